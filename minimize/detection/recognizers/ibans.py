"""IBANs of the countries that joined the IBAN registry after Presidio's table was written
("MN78 0004 0004 2861 7305", Mongolia's): Presidio's IbanRecognizer refuses a country it does not
know, however good its check digits. The same test as Presidio's: the country's length and mod-97.
"""
from __future__ import annotations

import re

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer

#: the registry's lengths for the countries Presidio's table lacks (SWIFT IBAN registry, 2024)
LENGTHS = {"BI": 27, "DJ": 27, "FK": 18, "MN": 20, "NI": 28, "OM": 23, "RU": 33, "SD": 18, "SO": 23, "SV": 28,
           "YE": 30}
_IBAN = re.compile(rf"(?<![\w\-])(?:{'|'.join(LENGTHS)})\d\d(?:[ ]?[A-Z0-9]{{4}}){{3,7}}(?:[ ]?[A-Z0-9]{{1,3}})?(?![\w\-])")
SCORE = 1.0  # as Presidio's own IBAN: the check digits say what it is


def valid(value: str) -> bool:
    compact = value.replace(" ", "")
    if LENGTHS.get(compact[:2]) != len(compact):
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


@RECOGNIZERS.register("IbanRecentCountriesRecognizer")
class IbanRecentCountriesRecognizer(OwnRecognizer):
    """IBAN_CODE for a checked IBAN of a country Presidio's table does not have."""

    ENTITIES = ["IBAN_CODE"]

    def analyze(self, text, entities, nlp_artifacts=None):
        return [make_result(self, "IBAN_CODE", m.start(), m.end(), SCORE, "an IBAN with its check digits")
                for m in _IBAN.finditer(text) if valid(m.group())]

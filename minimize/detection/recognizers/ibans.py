"""IBANs of the countries that joined the IBAN registry after Presidio's table was written
("MN78 0004 0004 2861 7305", Mongolia's), and of the countries whose banks use an IBAN of a fixed
length outside the registry (Morocco's 28, Algeria's 26, Iran's 26, West and Central Africa's):
Presidio's IbanRecognizer refuses a country it does not know, however good its check digits. The
same test as Presidio's: the country's length and mod-97.

After its label ("IBAN", "iban", "sheba") an IBAN is read in small letters too ("iban nl91abna0417164300")
and whatever its length, the check digits alone saying what it is.
"""
from __future__ import annotations

import re

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer

#: the registry's lengths for the countries Presidio's table lacks (SWIFT IBAN registry, 2024), and the lengths
#: banks use outside it (Morocco, Algeria, Iran, the UEMOA and CEMAC countries, Angola, Mozambique, Cape Verde...)
LENGTHS = {"BI": 27, "DJ": 27, "FK": 18, "MN": 20, "NI": 28, "OM": 23, "RU": 33, "SD": 18, "SO": 23, "SV": 28,
           "YE": 30,
           "AO": 25, "BF": 28, "BJ": 28, "CF": 27, "CG": 27, "CI": 28, "CM": 27, "CV": 25, "DZ": 26, "GA": 27, "GQ": 27,
           "GW": 25, "HN": 28, "IR": 26, "KM": 27, "MA": 28, "MG": 27, "ML": 28, "MZ": 25, "NE": 28, "SN": 28, "TD": 27,
           "TG": 28}
_IBAN = re.compile(rf"(?<![\w\-])(?:{'|'.join(LENGTHS)})\d\d(?:[ ]?[A-Z0-9]{{4}}){{3,7}}(?:[ ]?[A-Z0-9]{{1,3}})?(?![\w\-])")
# the label, then the value in any case: "iban nl91abna0417164300", "IBAN, LT60 1010 0123 4567 891"
_LABELLED = re.compile(
    r"(?i)\b(?:iban|sheba|shaba)(?:[ \t]+(?:no\.?|number|is))?[ \t]*[:,]?[ \t]*"
    r"(?P<value>[A-Za-z]{2}\d\d(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?)(?![\w\-])"
)
SCORE = 1.0  # as Presidio's own IBAN: the check digits say what it is


def valid(value: str) -> bool:
    compact = value.replace(" ", "")
    return LENGTHS.get(compact[:2]) == len(compact) and check_digits_valid(compact)


def check_digits_valid(value: str) -> bool:
    """mod-97 of the IBAN with its first four characters moved to its end (letters as 10-35)."""
    compact = value.replace(" ", "").upper()
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


@RECOGNIZERS.register("IbanRecentCountriesRecognizer")
class IbanRecentCountriesRecognizer(OwnRecognizer):
    """IBAN_CODE for a checked IBAN of a country Presidio's table does not have, or after its label."""

    ENTITIES = ["IBAN_CODE"]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = [make_result(self, "IBAN_CODE", m.start(), m.end(), SCORE, "an IBAN with its check digits")
                   for m in _IBAN.finditer(text) if valid(m.group())]
        if "ban" in text or "BAN" in text or "hab" in text or "heb" in text:
            results += [make_result(self, "IBAN_CODE", *m.span("value"), SCORE, "an IBAN after its label")
                        for m in _LABELLED.finditer(text) if check_digits_valid(m.group("value"))]
        return results

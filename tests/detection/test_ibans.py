"""IBANs of the countries Presidio's table lacks (recognizers/ibans.py)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.ibans import IbanRecentCountriesRecognizer, valid


@pytest.fixture(scope="module")
def ibans():
    return IbanRecentCountriesRecognizer()


@pytest.mark.parametrize(
    "text, value",
    [
        ('"данс": "MN78 0004 0004 2861 7305"}', "MN78 0004 0004 2861 7305"),  # Mongolia, grouped
        ("tanii tsalin MN900015003118745960 dans", "MN900015003118745960"),  # written without blanks
        ("part no. MN900015003118745960X", None),  # glued into a longer code
    ],
)
def test_when_a_mongolian_iban_has_its_length_and_check_then_it_is_found(ibans, text, value):
    found = [text[r.start : r.end] for r in ibans.analyze(text, ["IBAN_CODE"])]
    assert found == ([value] if value else [])


@pytest.mark.parametrize(
    "value",
    [
        "MN78 0004 0004 2861 7306",  # a check digit off
        "MN78 0004 0004 2861 730",  # a character short
    ],
)
def test_when_the_check_or_the_length_fails_then_it_is_no_iban(ibans, value):
    assert not valid(value)
    assert not ibans.analyze(f"account {value} closed", ["IBAN_CODE"])


def test_when_the_detector_reads_a_mongolian_iban_then_it_is_an_iban(detector):
    text = "таны цалингийн данс MN82 0005 0050 6271 4389 руу шилжүүлэг хийгдлээ."
    found = {(f.entity_type, text[f.start : f.end]) for f in detector.detect([text])[0]}
    assert ("IBAN_CODE", "MN82 0005 0050 6271 4389") in found

"""Round 22b: British postcodes read out in words on calls, and a province's four-digit code closing an address."""
import pytest


def _found(detector, text, value, entity=None):
    results = detector.detect([text])[0]
    start = text.index(value)
    end = start + len(value)
    return any(r.start <= start and end <= r.end and (entity is None or r.entity_type == entity) for r in results)


@pytest.mark.parametrize("text, value", [
    ("CALLER: Yeah it's twenty-two Meadow View, L-S-nine, four-D-W.\nAGENT: And the name?", "L-S-nine, four-D-W"),
    ("CALLER: Number nine Orchard Way, D E four, five Q R.\nAGENT: Date of birth?", "D E four, five Q R"),
    ("AGENT: And the postcode?\nCUSTOMER: S E fifteen, four T P\nAGENT: Is that Rye Lane?", "S E fifteen, four T P"),
    ("AGENT: Postcode?\nCALLER: H G one, two P Q.\nAGENT: Right.", "H G one, two P Q"),
    ("CALLER: it's M twenty-one, eight X Y", "M twenty-one, eight X Y"),
])
def test_spoken_postcode(detector, text, value):
    assert _found(detector, text, value, "ZIP_CODE")


@pytest.mark.parametrize("text, value", [
    ("Received from Juan dela Cruz of Blk 12 Lot 7, Sampaguita St., Brgy. San Isidro, Cainta, Rizal 1900 presented "
     "TIN 428-771-903-000.", "1900"),
    ("Phase 2, Villa Verde Subd., Brgy. Molino III, Bacoor, Cavite 4102 Mobile: 0917 482 3390", "4102"),
])
def test_region_and_code(detector, text, value):
    assert _found(detector, text, value, "ZIP_CODE")


@pytest.mark.parametrize("text", [
    "Plan B, one of the options, was to buy a Model S three times. Press A, B, C then one more.",
    "Grade A one, two B C. Vitamin B twelve, D three.",
    "Flight BA one, two Q R.",
    "In 1900 the province of Rizal grew; Cavite 4102 is not an address without its parts.",
    "Kent 2019 was a good year.",
    "The plan covers Ontario 2025 and Quebec 2026.",
])
def test_no_postcode_in_prose(detector, text):
    results = detector.detect([text])[0]
    assert not [r for r in results if r.entity_type == "ZIP_CODE"], [text[r.start:r.end] for r in results]

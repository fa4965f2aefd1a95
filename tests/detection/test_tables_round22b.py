"""Round 22b: table cells a header types (a long bracket in a header, a kin word after a name, a bare flat
number, a flat then its building); "NA" stays a placeholder."""
from __future__ import annotations

from tests.detection.helpers import covered_share


def _found(detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type, text[f.start:f.end]) for f in detector.detect([text])[0]}


def test_na_under_other_headers_stays_a_placeholder(detector):
    text = "Code,Name,State,Phone\nC-1,Ann Lee,NA,555 123 4567"
    assert not any(value == "NA" for _, value in _found(detector, text))


def test_header_with_a_long_bracket(detector):
    text = ("nombre,edad,comunidad (lugar de atención),fecha,celular,diagnóstico\n"
            "Bernardina Huaman Qquehue,67,Sallac,12/03/2024,974 618 203,hipertensión\n"
            "Saturnino Ccoa,4,Ccorca,12/03/2024,,IRA")
    found = _found(detector, text)
    assert ("LOCATION", "Sallac") in found and ("LOCATION", "Ccorca") in found


def test_kin_word_after_a_traders_name(detector):
    text = ("| Stall | Trader | Goods | Phone | Paid |\n|---|---|---|---|---|\n"
            "| A-13 | Kanat | phone cases | 0700 12 64 39 | no |\n"
            "| B-04 | Gulmira apa | spices | 0772 90 31 55 | yes |")
    assert covered_share(detector, text, "Gulmira apa") >= 0.5


def test_spoken_words_still_no_name(detector):
    text = "CALLER: Yes, that's my mobile.\nAGENT: Thank you."
    assert not any(kind == "PERSON" and "mobile" in value for kind, value in _found(detector, text))


def test_bare_flat_number(detector):
    text = ("ID      NAME               FLAT  REG\n"
            "P-0118  Sarah Okafor       7A    YH70 RWN\n"
            "P-0121  Li Na Zhou         12    BD66 FTO")
    assert ("ADDRESS", "12") in _found(detector, text)


def test_bare_unit_count_is_no_flat(detector):
    text = "Product,Units,Price\nWidget,12,3.99\nGadget,4,9.50"
    assert not any(kind == "ADDRESS" for kind, _ in _found(detector, text))


def test_flat_then_its_building_without_comma(detector):
    text = ("Property,Vendor,Phone,Negotiator,Listed,Price\n"
            "12 Fore Street Hertford,Ian Tull,01279 658 402,J. Harlow,14/02/2025,£495000\n"
            "Flat 4 Maltings Court Ware,Sunita Bhatt,07956 331 870,J. Harlow,15/02/2025,£210000")
    assert covered_share(detector, text, "Flat 4 Maltings Court Ware") >= 0.5


def test_property_kind_is_no_address(detector):
    text = "Property,Type,Price\nDetached house,3 bed,£300000\nFlat,2 bed,£150000"
    assert not any(kind == "ADDRESS" for kind, _ in _found(detector, text))

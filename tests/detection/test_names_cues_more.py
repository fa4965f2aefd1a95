"""Name shapes of round 24: a father's or husband's name after an Indian form's "S/o", "W/o"; a name in brackets
before the age; Malay, Javanese and Sundanese name labels; Kabyle "Nekk d"; a given name and a surname in fields
side by side (quoted in code, between a table's bars); a hospital note's signer before the grade; a town's name
as the surname after a given name; the given names of Java, Malaysia, Kabylia, Assam and Manipur, Chechnya and
Ossetia; and the words near them that are no names."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.names import NameCueRecognizer


@pytest.fixture(scope="module")
def names():
    recognizer = NameCueRecognizer()
    recognizer.load()
    return recognizer


def _persons(recognizer, text: str) -> set[str]:
    return {text[r.start : r.end] for r in recognizer.analyze(text, None) if r.entity_type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a father's name after "S/o", a comma before it, the surname an English word
        ("Applicant: Pranjal Kalita, S/o Dhiren Barman\nDOB: 01.02.1990", "Dhiren Barman"),
        # a husband's after "W/o Late"
        ("Name: Rekha Devi, W/o Late Kanak Sut, resident of Jorhat", "Kanak Sut"),
        # a name in brackets before the age, a word no language has
        ("Approve the seed advance for member KTP-0412 (Sutinah, 64). Code sent.", "Sutinah"),
        ("The claimant (Ebo Quansah, 37 yrs) states that the van was parked.", "Ebo Quansah"),
        # Sundanese, Javanese and Malay name labels
        ("Tiket #55011\nNgaran: Euis Sukmawati\nNo. HP: 0813-1111-2222", "Euis Sukmawati"),
        ("Jeneng: Slamet Riyadi\nAlamat: Dusun Krajan", "Slamet Riyadi"),
        ("Nama lengkap: Rizky Ramadhan\nNo. KTP: 3310140000000001", "Rizky Ramadhan"),
        # Kabyle "I am"
        ("Azul fell-awen. Nekk d Amayas Hamitouche, amassay n tiddukla.", "Amayas Hamitouche"),
        # a given name and a surname side by side, quoted in code and between a table's bars
        ('rows = [("24017711", "Chioma", "Eze-Lind", "c.el@example.com")]', "Eze-Lind"),
        ("-- 10234 | Darnell | Akins | 461-05-1111 | 1966-01-30", "Akins"),
        ("-- 10235 | Thuy | Lam | 528-39-1111 | 2001-12-03", "Lam"),
        # whoever signs a hospital note, the grade after
        ("Plan: TTO today if CBGs stable.\nrj (FY1)", "rj"),
        ("Seen by AK (registrar) on the ward.", "AK"),
        # a town's name as the surname after a given name
        ("Driver on this run: Pius Wari, mobile 7344 0111.", "Pius Wari"),
        ("Employee Onboarding: Ananya Raman\nemployee_id: EMP-30111", "Ananya Raman"),
        # given names of Java, Assam and Manipur, Chechnya, alone in a table's cell or opening a sentence
        ("| Sutrisno | 69 | Ngablak | 130/80 | sehat |", "Sutrisno"),
        ("User Thoibi, Network Operations Specialist, connected from 10.2.3.4", "Thoibi"),
        ("Petimat asked the library to renew her reader card.", "Petimat"),
    ],
)
def test_when_a_form_mark_or_field_names_someone_then_the_name_is_found(names, text, value):
    assert value in _persons(names, text)


@pytest.mark.parametrize(
    "text",
    [
        # a citation, a box count, a table or chapter in brackets before a number: no age
        "Results were poor (Smith, 45) but improved later.",
        "shipment (Box, 12) sent; order (Pallet, 4) pending",
        "See the summary (Table, 12) and (Chapter, 7).",
        # a shop after a name label
        "Nama: Toko Sinar Jaya\nAlamat: Jl. Merdeka 4",
        # fields side by side that are no given name and surname
        "| Country | Capital |\n| Jordan | Amman |\n| Status | Pending |",
        'config = ("Production", "Server", "Linux")',
        # "S/o" and "D/o" that are no relation
        "The kit (S/o version) ships with D/o cables.",
        # a city's name after a given name
        "The team met at Priya Mumbai office.",
    ],
)
def test_when_the_shape_holds_no_person_then_nothing_new_is_found(names, text):
    found = _persons(names, text)
    assert not found & {"Smith", "Box", "Pallet", "Table", "Chapter", "Toko Sinar Jaya", "Toko", "Country", "Capital",
                        "Jordan", "Amman", "Status", "Pending", "Production", "Server", "Linux", "version", "Priya Mumbai"}

"""The other items of a list whose items were found (minimize/detection/lists.py)."""
from __future__ import annotations

from minimize.detection.lists import listed_alike
from minimize.types import Span


def _found(detector, text, kind):
    return {text[s.start:s.end] for s in detector.detect([text])[0] if s.entity_type == kind}


def test_when_one_login_of_a_list_is_found_then_its_alike_neighbours_are_logins(detector):
    assert {"dfire.alt", "notdarkfire"} <= _found(detector, "3 alt accounts (darkfire_2, dfire.alt, notdarkfire)",
                                                  "USERNAME")


def test_when_two_names_of_a_list_are_known_then_a_rare_neighbour_is_a_name_too():
    text = "Team sheet: Saoirse, Aoife, Éabha"
    spans = [Span("PERSON", 12, 19, 0.85, "x"), Span("PERSON", 21, 26, 0.85, "x")]
    assert [text[s.start:s.end] for s in listed_alike(text, spans)] == ["Éabha"]


def test_when_a_found_login_is_a_csv_rows_cell_then_the_other_cells_are_no_list():
    text = "user_id,event,ip\nmahira_kz,password_reset,95.56.231.17\nmahira_kz,email_change,95.56.231.17"
    spans = [Span("USERNAME", 17, 26, 0.7, "x"), Span("USERNAME", 55, 64, 0.7, "x")]
    assert listed_alike(text, spans) == []

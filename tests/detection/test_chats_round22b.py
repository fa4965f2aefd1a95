"""Round 22b of chats (recognizers/chats.py): a speaker labelled by role, a dash and their name, with the
ordinary text it must leave alone."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.chats import ChatThreadRecognizer


def chat_found(text: str) -> set[tuple[str, str]]:
    return {(r.entity_type, text[r.start:r.end]) for r in ChatThreadRecognizer().analyze(text, ["PERSON", "TITLE"])}


@pytest.mark.parametrize("text, name", [
    ("Mum: ok love\nCoordinator - Lisa: Please don't put client names in this chat", "Lisa"),
    ("Customer: my parcel never came\nSupport – Tom: Sorry to hear that, can I take the order number?", "Tom"),
    ("[09:12] Care Agent - Sarah K: hi, how can I help?\n[09:13] Me: my bill is wrong", "Sarah K"),
    ("Dispatcher — Ken: unit 4 respond\nDriver: on my way", "Ken"),
])
def test_when_a_role_and_a_dash_come_before_a_name_then_the_speaker_is_found(text, name):
    assert ("PERSON", name) in chat_found(text)


@pytest.mark.parametrize("text", [
    "Step - Install: run pip install\nStep - Configure: edit the file",  # no role
    "Support - Windows: yes\nSupport - Linux: partial",  # platforms, no names
    "Agent - Will: be logged at debug level\nAgent - Status: ok",  # an English word
    "12/03/2024, 21:06 - Desmond: hi\n12/03/2024, 21:07 - Ana: hey",  # a clock, read as turns elsewhere
    "Driver - London: 3 vacancies\nDriver - Paris: 2 vacancies",  # places
    "The host - Python: 3.11\nversion - Build: 42",
])
def test_when_no_role_names_a_person_then_no_dash_speaker(text):
    assert not {name for kind, name in chat_found(text) if name in {"Install", "Windows", "Linux", "Will", "Status",
                                                                  "London", "Paris", "Python", "Build"}}

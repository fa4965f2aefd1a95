"""What word lists need (recognizers/words.py): names without accents, and the common words of seven languages."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.words import ascii_form, common_words, is_rare


@pytest.mark.parametrize(
    ("name", "folded"),
    [("Sénégal", "Senegal"), ("Łukasz", "Lukasz"), ("Straße", "Strasse"), ("Aydın", "Aydin"), ("Bjørn", "Bjorn"),
     ("Đorđe", "Dorde"), ("北京", "北京")],  # a script with no ASCII form stays as it is
)
def test_when_a_name_is_folded_then_letters_nfkd_leaves_whole_are_spelled_in_ascii(name, folded):
    assert ascii_form(name) == folded


@pytest.mark.parametrize("word", ["the", "House", "rechnung", "cliente", "café", "Cafe"])
def test_when_a_word_is_common_in_one_of_seven_languages_then_it_is_not_rare(word):
    assert not is_rare(word)


@pytest.mark.parametrize("word", ["Okonkwo", "Vuniwaqa", "Kololo", "Zhaksylyk"])
def test_when_no_common_word_list_holds_a_word_then_it_is_rare(word):
    assert is_rare(word)


def test_when_the_lists_are_read_then_they_come_from_the_installed_package_once():
    assert common_words() is common_words() and len(common_words()) > 100_000

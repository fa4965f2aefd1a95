"""Words as lists know them: a name without its accents, and the common words of seven languages.

    ascii_form("Łukasz") == "Lukasz"     # for lookups in ASCII name and place lists
    is_rare("Okonkwo")                   # no common-word list holds it: a name's or a place's word

Common words are `wordfreq`'s small lists (the 30,000 most frequent words of each language, installed
with the package, no download), read once.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

#: languages whose common words are no names (a capitalised German noun is no surname)
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
# letters NFKD leaves whole, written as ASCII lists spell them ("Łukasz", "Straße", "Aydın")
_UNDECOMPOSED = str.maketrans({"ß": "ss", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Æ": "Ae", "æ": "ae", "Œ": "Oe",
                               "œ": "oe", "Đ": "D", "đ": "d", "ı": "i", "Þ": "Th", "þ": "th"})


def ascii_form(name: str) -> str:
    """A name without its accents ("Sénégal" -> "Senegal", "léa" -> "lea"), for lookups in ASCII lists."""
    folded = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    return folded.encode("ascii", "ignore").decode() or name


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The most frequent words of the languages above, lower case and without accents too."""
    import wordfreq

    words: set[str] = set()
    for language in LANGUAGES:
        for word in wordfreq.iter_wordlist(language, wordlist="small"):
            words.add(word)
            words.add(ascii_form(word))
    wordfreq.get_frequency_list.cache_clear()  # wordfreq keeps every list it read: the set is all we need
    return frozenset(words)


def is_rare(word: str) -> bool:
    """A word no common-word list holds, with or without its accents ("Okonkwo", "Tomás" is a name's)."""
    lower = word.lower()
    common = common_words()
    return lower not in common and ascii_form(lower) not in common


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The most frequent words of English alone (many names among them: "paolo", "jade")."""
    import wordfreq

    return frozenset(wordfreq.iter_wordlist("en", wordlist="small"))

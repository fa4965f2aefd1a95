"""Names no list knows, by their shape: two or three capitalised words that are no common word of
English or of the big European languages ("Losana Vuniwaqa", "Ikaika Kahananui", "Tolulope Adewumi").

NER misses names from many cultures, and the name lists hold the common ones only. A word no
dictionary knows, capitalised beside another such word or a known given name, is a name more often
than anything else in text about people. Common words are `words.common_words()` (wordfreq's
small lists of seven languages); places, months, titles and the words of firms and streets
("Technologies", "Terrace") are no name.

A fallback only (refine.FALLBACK): kept where no other finding reads the same characters, with
a score kept in standard mode and dropped in permissive.
"""
from __future__ import annotations

import regex

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer
from minimize.detection.recognizers.gazetteer import gazetteer
from minimize.detection.recognizers.name_words import MONTHS, NOT_NAME_WORDS, known_first_names
from minimize.detection.recognizers.names import CAMEL_PREFIX
from minimize.detection.recognizers.words import is_rare
from minimize.detection.refine import FALLBACK_SCORE

_WORD = rf"(?:\p{{Lu}}['’]|{CAMEL_PREFIX})?\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}?\p{{Ll}}+)?"  # "O'Brien", "MacLeod", "Adeyemi-Ford"; not "Mwangi's"
_SHAPE = regex.compile(rf"(?<![\p{{L}}\d_@./\-'’])(?:{_WORD})(?:[ ](?:{_WORD})){{1,2}}(?![\p{{L}}\d_@\-]|\.\p{{L}})")
# the same in capitals, as forms and chats shout a name: "jina inakuja WANJIKU MWANGI" (words of 3+ letters with a vowel)
_CAPS_WORD = r"(?=\p{Lu}*[AEIOUY])\p{Lu}{3,}(?:-\p{Lu}{2,})?"
_CAPS_SHAPE = regex.compile(rf"(?<![\p{{L}}\d_@./\-'’])(?:{_CAPS_WORD})(?:[ ](?:{_CAPS_WORD})){{1,2}}(?![\p{{L}}\d_@\-]|\.\p{{L}})")


_NEXT_WORD = regex.compile(r"[ ]+(\p{Lu}\p{L}+)")


@RECOGNIZERS.register("NameShapeRecognizer")
class NameShapeRecognizer(OwnRecognizer):
    """PERSON for capitalised words no dictionary knows, beside each other or a known given name."""

    ENTITIES = ["PERSON"]

    def load(self) -> None:
        self.places = gazetteer()
        self.given = known_first_names()

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        matches = list(_SHAPE.finditer(text))
        if not text.isupper():  # (a text all in capitals says nothing by them)
            matches += _CAPS_SHAPE.finditer(text)
        for match in matches:
            words = match.group().split(" ")
            after = _NEXT_WORD.match(text, match.end())
            if after and after.group(1) in NOT_NAME_WORDS:
                continue  # "Sri Venkateswara Multispeciality Hospital": a place named like a person
            # a job or a word before the name is no part of it: "Courier Batbayar Ganbold", "Deckhand Rógvi Joensen"
            for first in range(len(words) - 1):
                if self._name(words[first:]):
                    start = match.start() + sum(len(word) + 1 for word in words[:first])
                    results.append(make_result(self, "PERSON", start, match.end(), FALLBACK_SCORE,
                                               "capitalised words no dictionary knows"))
                    break
        return results

    def _name(self, words: list[str]) -> bool:
        """The surname no dictionary knows; the given name a known one or another unknown word."""
        if any(word in NOT_NAME_WORDS or word in MONTHS or word in self.places or word.title() in self.places
               or word.title() in NOT_NAME_WORDS for word in words):
            return False
        lower = [word.lower() for word in words]
        rare = [is_rare(word) for word in lower]
        return rare[-1] and all(r or word in self.given for r, word in zip(rare[:-1], lower[:-1]))

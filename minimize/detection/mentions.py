"""Repeat mentions: a name found once is found wherever the text repeats it.

A long document names its people and places many times ("Mrs Adaeze Okonkwo
... Okonkwo said ... as Adaeze told the court"), and NER finds some mentions
and not others: one missed mention keeps the person identifiable. So every
PERSON or LOCATION finding that survived `refine()` teaches the rest of its
text: its whole value, and each capitalised word of a person's name, are
found wherever they recur as whole words with the same spelling and case.

    repeat_mentions("Ada Obi called. Obi said no.", [Span("PERSON", 0, 7, 0.85, "SpacyRecognizer")])
    # [Span("PERSON", 20, 23, 0.85, "RepeatMention")]

Case-sensitive on purpose: a "Rose" found as a name says nothing about "rose".
"""
from __future__ import annotations

from collections.abc import Sequence

from minimize.types import Span

RECOGNIZER = "RepeatMention"
TYPES = frozenset({"PERSON", "LOCATION"})
#: a part of a name shorter than this ("Li", "Ng") is taught only as part of the whole value
MIN_PART = 3
#: capitalised words that open sentences and greetings: never taught as a name on their own
NOT_TAUGHT = frozenset(
    "The This That These Those There Their They Then When Where What Which Who Dear Hello Hi And But For "
    "With From Saint Mount Lake River Port North South East West New Old San Santa".split()
)
_EDGE = ".,;:'’\"()[]"


def repeat_mentions(text: str, spans: Sequence[Span]) -> list[Span]:
    """New spans for the unfound repeats of the PERSON / LOCATION values in `spans`."""
    taught: dict[str, Span] = {}
    for span in spans:
        if span.entity_type not in TYPES:
            continue
        value = text[span.start : span.end].strip(_EDGE)
        parts = value.split() if span.entity_type == "PERSON" else []
        for word in (value, *parts):
            word = word.strip(_EDGE)
            if word and word[0].isupper() and (word == value or len(word) >= MIN_PART) and word not in NOT_TAUGHT:
                known = taught.get(word)
                if known is None or span.score > known.score:
                    taught[word] = span
    if not taught:
        return []
    taken = [(s.start, s.end) for s in spans]
    found = []
    for word in sorted(taught, key=len, reverse=True):  # a whole name before its parts
        source = taught[word]
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if _whole_word(text, at, end) and not any(a < end and at < b for a, b in taken):
                found.append(Span(source.entity_type, at, end, source.score, RECOGNIZER))
                taken.append((at, end))
            at = text.find(word, at + 1)
    return sorted(found, key=lambda span: span.start)


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_'’-") and not (after.isalnum() or after in "_-")

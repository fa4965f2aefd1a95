"""The other items of a list whose items were found: "Saoirse, Aoife M., Aoife K., Róisín, Clodagh, Éabha" (a team
sheet, two names known, the rest alike), "3 alt accounts (darkfire_2, dfire.alt, notdarkfire)".

A list says its items are of one kind. Once two of them are found as names (or one as a login), an item of the
same shape beside them is one too, though no rule reads it alone: a rare given name, a login no dictionary holds.
Only the words between separators of one line count, and an item another finding already covers stays as it is.
"""
from __future__ import annotations

from collections.abc import Sequence

import regex

from minimize.detection.recognizers.name_words import (
    BRANDS,
    CHAT_WORDS,
    ENGLISH,
    NOT_NAMES,
    known_first_names,
)
from minimize.detection.recognizers.words import english_words, is_rare
from minimize.types import Span

# between two items: a comma, "and", "or" (", and" too); "&" joins a pair ("Ben & Jerry's"), not a list
_SEPARATOR = r"[ \t]*(?:,|\band\b|\bor\b)[ \t]*(?:(?:and|or)[ \t]+)?"
# a name as team sheets write it: one capitalised word, maybe an initial after it ("Aoife M.")
_NAME_ITEM = r"\p{Lu}[\p{Ll}\p{M}'’\-]{2,}(?:[ \t]\p{Lu}\.)?"
# a login: small letters and digits with dots, dashes or underscores, no space
_LOGIN_ITEM = r"[a-z0-9][a-z0-9._\-]{2,30}[a-z0-9]"
# (an item before a colon is a record's key: "Användarnamn: oskar.lindh, namn: Oskar Lindh")
_NEXT = {"PERSON": regex.compile(rf"{_SEPARATOR}(?P<item>{_NAME_ITEM})(?![\w@'’\-]|\.\w|[ \t]*:)"),
         "USERNAME": regex.compile(rf"{_SEPARATOR}(?P<item>{_LOGIN_ITEM})(?![\w@\-]|\.\w|[ \t]*:)")}
_BEFORE = {"PERSON": regex.compile(rf"(?<![\w'’\-])(?P<item>{_NAME_ITEM}){_SEPARATOR}$"),
           "USERNAME": regex.compile(rf"(?<![\w@.\-])(?P<item>{_LOGIN_ITEM}){_SEPARATOR}$")}
#: found items of a kind a list needs before its other items are read as that kind
_KNOWN_ITEMS = {"PERSON": 2, "USERNAME": 1}
LIST_SCORE = 0.5


def listed_alike(text: str, spans: Sequence[Span]) -> list[Span]:
    """Items of a list beside found names or logins, shaped like them and not found as anything."""
    added: list[Span] = []
    taken = list(spans)  # what a new item may not overlap: every finding, and the items added
    for kind, needed in _KNOWN_ITEMS.items():
        found = sorted((s for s in spans if s.entity_type == kind), key=lambda s: s.start)
        if len(found) < needed:
            continue
        for span in found:
            if _table_row(text, span.start):
                continue  # a CSV row's cells are its columns' values, not a list's items
            items = _neighbours(text, span, kind)
            known = sum(1 for start, end in items if any(s.start == start and s.end == end for s in found)) + 1
            if known < needed:
                continue
            for start, end in items:
                if not any(s.start < end and start < s.end for s in taken) and _alike(text[start:end], kind):
                    added.append(Span(kind, start, end, LIST_SCORE, "ListItemRule"))
                    taken.append(added[-1])
    return added


def _table_row(text: str, at: int) -> bool:
    """Whether the line at `at` is a row of a comma-separated table: two commas or more, and as many on the line
    before or after it ("user_id,event,ip\nmahira_kz,password_reset,95.56.231.17")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    commas = text.count(",", start, end)
    if commas < 2:
        return False
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    after = text.find("\n", end + 1)
    return start > 0 and text.count(",", before, start - 1) == commas \
        or end < len(text) and text.count(",", end + 1, len(text) if after < 0 else after) == commas


def _neighbours(text: str, span: Span, kind: str) -> list[tuple[int, int]]:
    """The items of the list around a finding, on its line: those after it, then those before."""
    items = []
    at = span.end
    while (match := _NEXT[kind].match(text, at)) and "\n" not in text[at:match.start("item")]:
        items.append(match.span("item"))
        at = match.end("item")
    at = span.start
    while (match := _BEFORE[kind].search(text, max(0, at - 40), at)) and "\n" not in text[match.end("item"):at]:
        items.append(match.span("item"))
        at = match.start("item")
    return items


def _alike(item: str, kind: str) -> bool:
    word = item.split()[0].lower()
    if word in NOT_NAMES or word in CHAT_WORDS or word in _PLATFORMS or item.split()[0] in BRANDS:
        return False
    if kind == "PERSON":  # a given name that is no word ("Éabha"), or a word only as a name ("Love," signs a letter)
        return word in known_first_names() and word not in ENGLISH or is_rare(word) and word not in english_words()
    # a login has a digit, a dot, a dash or an underscore, or is no word at all ("notdarkfire")
    return any(c.isdigit() or c in "._-" for c in item) or (is_rare(word) and word not in english_words())


#: apps a list of payment or chat handles names beside them ("cashapp $JunPark88 or venmo @jun-park-art")
_PLATFORMS = frozenset("venmo cashapp paypal zelle gcash revolut monzo whatsapp telegram signal discord snapchat "
                       "instagram insta tiktok twitter reddit twitch steam skype wechat line viber".split())

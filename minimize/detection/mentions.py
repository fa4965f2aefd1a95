"""Mentions: NER's names read again, names listed beside a found one, and repeats (of logins too).

`read_ner_names()` runs before refine() and keeps of NER's PERSON only the words a
name can hold (the English model reads Portuguese or Hindi words as names).
`mentions()` runs on the findings of refine(): it adds the names listed beside a
found one ("Present: Rich Adebowale (chair), Love Mensah, Will Thorne"), then
finds each name and place again wherever the text repeats it.

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

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from minimize.detection.recognizers.gazetteer import gazetteer
from minimize.detection.recognizers.name_words import (
    BRANDS, CHAT_WORDS, MONTHS, NOT_NAME_WORDS, NOT_NAMES, PATRONYMIC_WORDS, PERSON_CUES, ROLE_NOUNS, census_surnames,
    known_first_names, surnames,
)
from minimize.detection.recognizers.names import ROLE_NAMES, TITLE_WORD, _mostly_lowercase, is_first_name
from minimize.detection.recognizers.words import ascii_form, is_rare
from minimize.detection.refine import LANGUAGES, opens_form_label
from minimize.types import Span

RECOGNIZER = "RepeatMention"
TYPES = frozenset({"PERSON", "LOCATION", "USERNAME"})
#: a part of a name shorter than this ("Li", "Ng") is taught only as part of the whole value
MIN_PART = 3
#: capitalised words that open sentences and greetings: never taught as a name on their own
NOT_TAUGHT = frozenset(
    "The This That These Those There Their They Then When Where What Which Who Dear Hello Hi And But For "
    "With From Saint Mount Lake River Port North South East West New Old San Santa".split()
)
_EDGE = ".,;:'’\"()[]"


LISTED = "NameInList"
NER = "SpacyRecognizer"
#: lowercase words a name may hold: "Ana de la Cruz", "Mr van der Berg", "Osama bin Laden"
PARTICLES = frozenset("van von de da di du del della der den dos das le la las los ter ten al el bin ibn y e".split())
_PARTICLE = r"(?:(?:van|von|de|da|di|du|del|der|den|dos|das|le|la|al|el|bin|ibn)[ \t]+)"
_LIST_WORD = r"(?:\p{Lu}[\p{Ll}'’\-]*\p{Ll}|\p{Lu}['’]\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?"
_LIST_NAME = rf"(?P<name>{_PARTICLE}?{_LIST_WORD}(?:[ \t]+{_PARTICLE}?{_LIST_WORD}){{0,2}})"
# the next name of a list: "Rich Adebowale (chair), Love Mensah, Will Thorne and Pat Kearns"
_NEXT_IN_LIST = regex.compile(
    rf"(?:[ \t]*\([^()\n]{{1,30}}\))?(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+){_LIST_NAME}"
    r"(?=[ \t]*(?:[,;.)(\n]|$|(?:and|&)[ \t])|[ \t]+\p{Ll})"
)
_PREVIOUS_IN_LIST = regex.compile(
    rf"(?:^|(?<=[:;(\n,|][ \t]*)|(?<=\band[ \t]+)|(?<=\b\p{{Ll}}+[ \t]+)){_LIST_NAME}(?:[ \t]*\([^()\n]{{1,30}}\))?"
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)$"
)


_WORD = regex.compile(r"[^\s,;:()\"“”]+")
_NAME_PART = regex.compile(r"\p{L}[\p{L}'’]+")
#: a login-like token: letters, maybe digits and marks inside, not part of an email, a URL or a path
_HANDLE_TOKEN = regex.compile(r"(?<![\w@./\\:\-])@?[A-Za-z][A-Za-z0-9._\-]{3,30}[A-Za-z0-9](?![\w@/\\\-]|\.\w)")
_PLURALS = frozenset({"s", "es", "'s", "’s"})
_LOGIN_MARK = regex.compile(r"[\d_.]")
_LOGIN_MARKS = regex.compile(r"[._\-]+")
MIN_HANDLE_PART = 4
HANDLE_SCORE = 0.55
_HYPHENATED = regex.compile(r"(?<![\w\-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+(?![\w\-])")
JOINED_SCORE = 0.6
_CELL_BOUNDARY = regex.compile(r"[\t|;]")
_CELL = regex.compile(r"[^\t|;]+")
# a surname's particle ending a name, and the surname after it
_SMALL_SURNAME = regex.compile(r"[ ](\p{Ll}[\p{Ll}'’\-]{2,})(?=['’]s\b|[ \t]*[,.;:)!?]|[ \t]*$)")  # ... closing a phrase
# (Flemish and Italian particles are written with a capital: "Léonie Van" -> "Léonie Van den Bossche")
_PARTICLE_END = regex.compile(r"\p{L}[ ](?:Ó|Ní|Nic|Mac|Ua|Uí|van|von|de|da|di|del|della|dos|das|du|Van|Von|De|Da|Di|Del|Della|Le|La|Du)$")
_SURNAME_NEXT = regex.compile(r"[ ](?:(?:den|der|de|la|le|des|du)[ ])?\p{Lu}[\p{Ll}'’\-]*\p{Ll}(?:-\p{Lu}\p{Ll}+)?")
_GREETING_WORD = regex.compile(
    r"(?i:greetings|hi|hello|hey|dear|welcome|congratulations|congrats|farewell|thanks|"
    r"coucou|salut|bonjour|ciao|hola|hallo|hoi|hej|olá)(?:[ \t,!]+|$)"
)
# a conjunction between two capitalised names in one NER span ("Aditi & Rohan", "Beatriz y Iker")
_JOINED = regex.compile(r"[ \t]+(?:&|and|y|et|und|en)[ \t]+(?=\p{Lu})")


def read_ner_names(text: str, spans: Sequence[Span], boosted: Sequence[bool]) -> tuple[list[Span], list[bool]]:
    """NER's PERSON findings reduced to the words a name can hold (see `_read`), before refine()
    weighs the findings against each other: so that a dropped misreading ("de treinta y cinco
    años") shadows nothing inside it. `boosted` runs beside `spans` and is kept beside them."""
    lowercase: list[bool] = []  # read once, for the first NER name

    def written_small() -> bool:
        if not lowercase:
            lowercase.append(_mostly_lowercase(text))
        return lowercase[0]

    out_spans: list[Span] = []
    out_boosted: list[bool] = []
    for span, boost in zip(spans, boosted):
        for piece in (p for cell in _cells(text, span) for p in _read(text, cell, written_small)):
            out_spans.append(piece)
            out_boosted.append(boost)
    return out_spans, out_boosted


def _cells(text: str, span: Span) -> list[Span]:
    """NER's span cut at the cell boundaries of a table it runs across ("Callum Reid\tMorag Reid",
    "NZ;New Zealand"): a value keeps to its cell."""
    if span.recognizer != NER or not _CELL_BOUNDARY.search(text, span.start, span.end):
        return [span]
    pieces = []
    for cell in _CELL.finditer(text, span.start, span.end):
        value = cell.group()
        start = cell.start() + len(value) - len(value.lstrip())
        end = cell.start() + len(value.rstrip())
        if end > start:
            pieces.append(Span(span.entity_type, start, end, span.score, span.recognizer))
    return pieces


def mentions(text: str, spans: Sequence[Span]) -> list[Span]:
    """The findings of refine() made whole: NER's surnames given their given name, the names listed
    beside a found name added, then the repeats of every name and place."""
    kept = _patronymics_joined(text, [_with_small_surname(text, _through_particle(text, _with_given_name(text, span, spans)))
                                      for span in spans])
    kept += listed_names(text, kept)
    kept += repeat_mentions(text, kept)
    kept += joined_names(text, kept) if "-" in text else []
    handles = handles_of_names(text, kept)
    misread = {(h.start, h.end) for h in handles}  # ("jpereira" read by NER as a place)
    return [s for s in kept if (s.start, s.end) not in misread] + handles


def _with_given_name(text: str, span: Span, spans: Sequence[Span]) -> Span:
    """A name with the given name left out before it ("Chase Whitfield's card" read as "Whitfield"):
    a capitalised known first name, even one that is also a word, right before a found name, and
    read as nothing else."""
    if span.entity_type != "PERSON":
        return span
    before = _GIVEN_BEFORE.search(text, max(0, span.start - 20), span.start)
    if not before:
        return span
    word = before.group("given")
    lower = word.lower()
    # a given name no list knows ("Ikaika Kahananui", "Bolat Nurlanov") only before NER's one-word name,
    # and only a word of no other kind: no place, no verb, no cue
    value = text[span.start : span.end]
    unknown_given = span.recognizer == NER and " " not in value and not value.isupper() and len(word) > 2 \
        and word not in gazetteer() and lower not in PERSON_CUES and lower not in CHAT_WORDS \
        and word not in MONTHS and not _VERB_ENDING.search(lower)
    if lower in _OPENERS:
        return span  # "Hey Kofi", "Auntie Grace", "Big Ben"
    if not (lower in known_first_names() or unknown_given) or word in NOT_NAME_WORDS or word in ROLE_NAMES \
            or lower in NOT_NAMES or lower in ROLE_NOUNS \
            or lower in STOP_WORDS or TITLE_WORD.fullmatch(word) or word in NOT_TAUGHT \
            or any(o.start < span.start and before.start("given") < o.end for o in spans if o is not span):
        return span
    if text[before.start("given") : span.end] in BRANDS:
        return span  # "a Jack Daniel's gift set"
    return Span(span.entity_type, before.start("given"), span.end, span.score, span.recognizer)


def _with_small_surname(text: str, span: Span) -> Span:
    """A given name written small and the surname after it, small too ("it's jess whitfield's", "patron babajide
    oyelaran"): a surname the census knows or a word no language we read has."""
    if span.entity_type != "PERSON" or not text[span.start:span.end].isalpha() or not text[span.start:span.end].islower():
        return span
    surname = _SMALL_SURNAME.match(text, span.end)
    if surname is None:
        return span
    word = surname.group(1).lower()
    if word in STOP_WORDS or not (word in census_surnames() or is_rare(word)):
        return span
    return Span(span.entity_type, span.start, surname.end(1), span.score, span.recognizer)


def _through_particle(text: str, span: Span) -> Span:
    """A name NER ends on a surname's particle read with the surname after it ("Liam Ó" -> "Liam Ó Súilleabháin",
    "Maria de" -> "Maria de Fátima")."""
    if span.entity_type != "PERSON" or not _PARTICLE_END.search(text, span.start, span.end):
        return span
    surname = _SURNAME_NEXT.match(text, span.end)
    return Span(span.entity_type, span.start, surname.end(), span.score, span.recognizer) if surname else span


def _patronymics_joined(text: str, spans: list[Span]) -> list[Span]:
    """A name and its father's name as one ("Nurul Izzah binti Ahmad", "Ravi a/l Subramaniam"): NER
    reads the two names apart and stops at the word between them."""
    people = sorted((s for s in spans if s.entity_type == "PERSON"), key=lambda s: (s.start, -s.end))
    at = {}
    for span in people:
        at.setdefault(span.start, span)  # the longest name starting there
    joined: dict[int, Span | None] = {}
    for first in people:
        between = _PATRONYMIC.match(text, first.end)
        second = at.get(between.end()) if between else None
        if second is None:
            continue
        head = joined.get(id(first)) or first  # "A bin B bin C": A and B are joined already
        joined[id(first)] = None
        joined[id(second)] = Span("PERSON", head.start, second.end, max(head.score, second.score), head.recognizer)
    if not joined:
        return spans
    out, seen = [], set()
    for span in (joined[id(s)] if id(s) in joined else s for s in spans):
        if span is not None and (span.entity_type, span.start, span.end) not in seen:  # found whole already
            seen.add((span.entity_type, span.start, span.end))
            out.append(span)
    return out


# "bin", "binti", "bint", "ibn" (Malay, Arabic), "a/l", "a/p", "s/o", "d/o" (Malaysia, Singapore)
_PATRONYMIC = regex.compile(rf"[ \t]+(?:{PATRONYMIC_WORDS})[ \t]+")
_TAG = regex.compile(r"</?[A-Za-z][\w:.\-]*>|<[A-Za-z][\w:.\-]*(?=>)|>")
_QUERY_PART = regex.compile(r"[^&=\s]+")
_BETWEEN_TAGS = regex.compile(r"[^<>/\s](?:[^<>/]*[^<>/\s])?")  # a tag's name follows "<" or "</"; text lies between
_GIVEN_BEFORE = regex.compile(r"(?<![\w'’.\-])(?P<given>\p{Lu}\p{Ll}+) \Z")
_VERB_ENDING = regex.compile(r"(?:ed|ing|ly)$")
#: words before a name that greet, relate, describe or say when, never its given name
_OPENERS = frozenset(
    """hey hiya coucou hola ciao olá ola oi hoi hallo hej cześć salut bonjour ahoj moin servus halo merhaba
    greetings yo morning evening afternoon
    auntie aunty nana granny grandma grandpa tita tito tia tio big little old young dear
    yesterday today tomorrow tonight meanwhile however then later earlier also please""".split()
)


def _read(text: str, span: Span, written_small) -> list[Span]:
    """NER's PERSON as a careful reader sees it. A name keeps to one line, and in text written with
    capitals its words are capitalised, but for particles ("de", "van") and known first names written
    small ("hey kofi"): "bateu", "o telefone", "hua hai" are words of Portuguese or Hindi that the
    English model took for names, "Beatriz Ochoa y Iker Etxeberria firmaron el" is two names. A role
    or a greeting ("Landlord", "Dear Colleague") is no name."""
    if span.recognizer != NER or span.entity_type != "PERSON":
        return [span]
    if ">" in text[span.start : span.end] and _TAG.search(text, max(0, span.start - 1), span.end):
        # NER ran across markup ("Cdtr><Nm", "Annika Bergström</Nm><PstlAdr>"): the text between tags only
        return [piece for part in _BETWEEN_TAGS.finditer(text, span.start, span.end)
                if text[part.start() - 1 : part.start()] not in ("<", "/") and part.group().lower() not in STOP_WORDS
                for piece in _read(text, Span("PERSON", part.start(), part.end(), span.score, span.recognizer), written_small)]

    if "&" in text[span.start : span.end] and "=" in text[span.start - 1 : span.end + 1]:
        # NER ran across a query string's fields ("Eze-Williams&email"): the values, never the keys
        return [piece for part in _QUERY_PART.finditer(text, span.start, span.end) if not text.startswith("=", part.end())
                for piece in _read(text, Span("PERSON", part.start(), part.end(), span.score, span.recognizer), written_small)]
    words = [w.strip(".,'’") for w in text[span.start : span.end].split()]
    if not words or all(w.lower() in ROLE_NOUNS or w.lower() in NOT_NAMES for w in words):
        return []
    if len(words) == 1 and words[0][:1].isupper() and opens_form_label(text, span.start, span.end) \
            and not is_first_name(words[0].lower(), known_first_names()) and words[0].lower() not in census_surnames():
        return []  # a form's label ("Geburtsdatum: ...", "Kundin: ..."), not a speaker ("Wei: ok", "pixelwitch: hi")
    greeting = _GREETING_WORD.match(text, span.start, span.end)
    if greeting and greeting.end() >= span.end:
        return []  # "Coucou": a greeting alone
    if greeting and greeting.end() < span.end:  # "Greetings Jaylen": the greeting is no part of the name
        return _read(text, Span(span.entity_type, greeting.end(), span.end, span.score, span.recognizer), written_small)
    value = text[span.start : span.end]
    joined = _JOINED.search(value)
    if joined and value[:1].isupper():  # "Aditi & Rohan", "Nick and Sally": two names
        left = Span(span.entity_type, span.start, span.start + joined.start(), span.score, span.recognizer)
        right = Span(span.entity_type, span.start + joined.end(), span.end, span.score, span.recognizer)
        return _read(text, left, written_small) + _read(text, right, written_small)
    if "\n" not in value and all(w[:1].isupper() for w in words):
        return [span]  # "Ana Ruiz": every word capitalised, on one line
    lowercase = written_small()
    pieces: list[Span] = []
    run: list[regex.Match] = []
    for word in [*_WORD.finditer(text, span.start, span.end), None]:
        value = word.group().strip(".,'’") if word else ""
        name = value[:1].isupper() or lowercase or value.lower() in known_first_names() and value not in STOP_WORDS \
            or bool(run) and value in surnames() and run[-1].group() in known_first_names()  # "aoife byrne"
        newline = word is not None and run and "\n" in text[run[-1].end() : word.start()]
        if word is not None and not newline and (name or run and value in PARTICLES):
            run.append(word)
            continue
        while run and not lowercase and run[-1].group() in PARTICLES:
            run.pop()
        # the first name in the span is it; another, after a word of another language, is one only
        # on a later line and in two words ("H. Oyama\n\nMrs Sato", not "Marcus Idowu\nOperations"),
        # or after a title ("Sehr geehrte Frau Albrecht": the name is "Albrecht")
        titled = len(run) > 1 and bool(TITLE_WORD.fullmatch(run[0].group())) and bool(pieces)
        if titled:
            run = run[1:]
        if run and (not pieces or titled or len(run) > 1 and "\n" in text[pieces[-1].end : run[0].start()]):
            pieces.append(Span(span.entity_type, run[0].start(), run[-1].end(), span.score, span.recognizer))
        run = [word] if word is not None and name else []
    if len(pieces) == 1 and (pieces[0].start, pieces[0].end) == (span.start, span.end):
        return [span]
    return pieces


def listed_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Names in a list beside a found name: "Present: Rich Adebowale (chair), Love Mensah, Will Thorne",
    "Tenants: Ciara O'Neill and Pádraig O'Neill". A listed word is a name only when it is no place,
    role or common word, and a single one only when it is a known first name or surname."""
    people = [s for s in spans if s.entity_type == "PERSON"]
    if not people or not ("," in text or " and " in text or "&" in text):
        return []
    taken = [(s.start, s.end) for s in spans]
    found: list[Span] = []
    todo = list(people)
    while todo:
        span = todo.pop()
        after = _NEXT_IN_LIST.match(text, span.end)
        joined = text[max(0, span.start - 5) : span.start].rstrip(" \t")
        before = _PREVIOUS_IN_LIST.search(text, max(0, span.start - 80), span.start) \
            if joined.endswith((",", " and", "&")) else None
        for match in (after, before):
            if match is None:
                continue
            start, end = match.span("name")
            first = text[start:end].split()[0]
            if match is before and " " in text[start:end] and (first.lower().rstrip("s") in ROLE_NOUNS or first in NOT_NAME_WORDS):
                start += len(first) + 1  # "Tenants Cole and Marisol Brennan": the role before the name is none of it
            if any(a < end and start < b for a, b in taken) or not _listed_name(text[start:end]):
                continue
            new = Span("PERSON", start, end, span.score, LISTED)
            taken.append((start, end))
            found.append(new)
            todo.append(new)
    return sorted(found, key=lambda span: span.start)


def _listed_name(value: str) -> bool:
    words = value.split()
    places = gazetteer()
    if value in LANGUAGES:
        return False  # "Hamid Karimi,Dari;Farsi": the next cell says what he speaks
    if value in places or any(w in places or w in NOT_NAME_WORDS or w in ROLE_NAMES for w in words):
        return False
    if any(w.lower() in NOT_NAMES or w.lower() in ROLE_NOUNS for w in words):
        return False
    if any(w.lower() in STOP_WORDS and w.lower() not in known_first_names() for w in words):
        return False  # "The Board", "Our Team"; but "Will Thorne"
    names = [w for w in words if w.lower() not in PARTICLES]
    if len(names) == 1:
        lower = names[0].lower()
        return is_first_name(lower, known_first_names()) or lower in census_surnames()
    return True


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
            # one initial ("Mr B") is never taught: "B" and "A" stand for much else; a login in any case
            login = span.entity_type == "USERNAME" and len(word) >= 4
            if word and (word[0].isupper() or login) and (word == value and len(word) > 1 or len(word) >= MIN_PART) \
                    and word not in NOT_TAUGHT:
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


def joined_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Two names found apart, joined by a hyphen into one ("Ndlovu" and "Mokoena" in "changed to Ndlovu-Mokoena")."""
    words = {part for s in spans if s.entity_type == "PERSON" for part in text[s.start:s.end].split() if len(part) >= MIN_PART}
    taken = [(s.start, s.end) for s in spans]
    return [Span("PERSON", *match.span(), JOINED_SCORE, RECOGNIZER) for match in _HYPHENATED.finditer(text)
            if all(part in words for part in match.group().split("-"))
            and not any(a < match.end() and match.start() < b for a, b in taken)]


def handles_of_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Logins made of a name found in the same text: "kanyanwu" beside Kelechi Anyanwu, "pereira_j22" beside
    Joana Pereira: the name with an initial, digits or marks added, never the name alone or its plural."""
    every = [ascii_form(part.group()).lower() for s in spans if s.entity_type == "PERSON"
             for part in _NAME_PART.finditer(text, s.start, s.end)]
    lower = text.lower()
    # a part written more often than the names hold it (most are not), which no dictionary has or is a
    # known name (never "owner" of "owner-builder")
    parts = {part for part in every if len(part) >= MIN_HANDLE_PART and part.isascii()
             and lower.count(part) > every.count(part)
             and (is_rare(part) or part in known_first_names() or part in surnames())}
    if not parts:
        return []
    names = set(every)
    taken = [(s.start, s.end) for s in spans]
    misread = {(s.start, s.end) for s in spans if s.recognizer == NER and s.entity_type in ("PERSON", "LOCATION")}
    found: dict[tuple[int, int], Span] = {}
    for part in parts:  # only the tokens that hold a part (a scan of every token costs long texts more)
        at = lower.find(part)
        while at >= 0:
            match = _handle_around(text, at)
            at = lower.find(part, at + 1)
            if match is None or match.span() in found:
                continue
            token = match.group()
            if token[0].isupper() and not _LOGIN_MARK.search(token) or token.isupper():
                continue  # "Al-Sayed", "Kerry-Ann": a name's own shape; "ZIP-U12": a reference's
            if match.span() not in misread and any(a < match.end() and match.start() < b for a, b in taken):
                continue  # (NER's name or place on the very token is the login misread: "jpereira")
            if _made_of(token.lower(), part, names):
                found[match.span()] = Span("USERNAME", *match.span(), HANDLE_SCORE, RECOGNIZER)
    return sorted(found.values(), key=lambda span: span.start)


def _handle_around(text: str, at: int) -> regex.Match | None:
    """The login-like token holding the character at `at`, if any."""
    start = at
    while start > 0 and (text[start - 1].isalnum() and text[start - 1].isascii() or text[start - 1] in "._-"):
        start -= 1
    start += len(text[start:at + 1]) - len(text[start:at + 1].lstrip("._-"))
    return _HANDLE_TOKEN.match(text, start)


def _made_of(token: str, part: str, names: set[str]) -> bool:
    """`token` is `part` with an initial, digits, marks or another part of the name added ("kanyanwu",
    "pereira22", "joana.pereira"), never the part alone or its plural."""
    at = token.find(part)
    extra = token[:at] + token[at + len(part):]
    if at < 0 or not extra or extra in _PLURALS:
        return False
    letters = "".join(word for word in _LOGIN_MARKS.split(extra) if not word.isdigit())
    if not extra.isalpha() and (len(letters) <= 2 and len(extra) <= 8 or letters in names):
        return True
    return at in (1, 2) and extra == token[:at] and is_rare(token)


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    # (a password's symbols glue a word to it: "4ninha!SP" repeats no "SP")
    return not (before.isalnum() or before in "_'’-!#$%&*+=^~") and not (after.isalnum() or after in "_-")

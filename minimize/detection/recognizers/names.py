"""Names that spaCy's NER misses: after a title, after a cue ("my name is", "hi"),
after a form label ("Name:", "Patient:"), and lowercase names in chat.

NER reads capitals as the main hint, so "hey it's priya" or "Dear Mr. Fofana"
slip through. The cues here are cheap regexes; a word taken as a name must
look like one: capitalised, or a known first name (US census list of the
`names` package, not Faker's) that is not also a common English word.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex
from presidio_analyzer import LocalRecognizer
from spacy.lang.en.stop_words import STOP_WORDS

from minimize.detection.recognizers import RECOGNIZERS, make_result

TITLES = (
    r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Rev|Revd|Fr|Capt|Col|Lt|Sgt|Nurse|Judge|Justice|"
    r"Hon|Madam|Mme|Mlle|Herr|Frau|Sra|Sr|Dra"
)
_TITLE = regex.compile(rf"(?<![\w.])(?:{TITLES})\b\.?(?=[ \t]+\p{{Lu}})")
_CAP_WORD = r"\p{Lu}[\p{Ll}'’\-]*\p{Ll}(?:-\p{Lu}\p{Ll}+)?|\p{Lu}'\p{Lu}\p{Ll}+|\p{Lu}\.(?:[ \t]?\p{Lu}\.)?"
_CAP_NAME = rf"(?:{_CAP_WORD})(?:[ \t]+(?:(?:van|von|de|da|del|bin|al|el|ben|le|la)[ \t]+)?(?:{_CAP_WORD})){{0,3}}"
_ANY_WORD = r"\p{L}[\p{L}'’\-]*"
# A form label, then a name: "Name: Ana Ruiz", "Patient: ...", "Next of kin: ...".
_LABEL = regex.compile(
    r"(?im)(?:^|[;|·]\s*)(?:full[ \t]+)?(?:name|patient|tenant|applicant|driver|sender|recipient|account[ \t]+holder|"
    r"holder|name[ \t]+of[ \t]+insured|insured|caller|customer|client|witness|guest|employee|next[ \t]+of[ \t]+kin|"
    r"signed|referee|candidate|contact[ \t]+person|attn|attention|parent|guardian|emergency[ \t]+contact|"
    r"beneficiary|lessee|lessor|payee|owner|borrower|student|pupil|member)[ \t]*[:\-][ \t]*"
    rf"(?P<name>(?-i:{_CAP_NAME}))"
)
# Cues before a name. "my name is" vouches for what follows; the others only
# for a known first name ("it's priya", "hey dave", "and sarah").
_NAMED = regex.compile(
    r"(?i)\b(?:my[ \t]+name[ \t]+is|my[ \t]+name's|i[ \t]+am[ \t]+called|call[ \t]+me|name[ \t]+is)[ \t]+"
    rf"(?P<name>{_ANY_WORD}(?:[ \t]+{_ANY_WORD}){{0,2}})"
)
# "Hi Priyanka,", "Dear Ngozi!", "Thanks,\nRahul", "- Takahashi Yumi" at the end: a
# capitalised name alone between a greeting or sign-off and the end of the line.
_GREETING = regex.compile(
    r"(?im)(?:^|(?<=[.!?]\s))(?:hi|hello|hey|dear|good[ \t]+(?:morning|afternoon|evening)|thanks|thank[ \t]+you|"
    r"welcome|congratulations|congrats)[ \t]+"
    rf"(?P<name>(?-i:{_CAP_NAME}))[ \t]*(?=[,!:\n]|$)"
)
_SIGN_OFF = regex.compile(
    r"(?im)(?:^|[.!][ \t]*)(?:thanks|thank[ \t]+you|many[ \t]+thanks|best|best[ \t]+regards|kind[ \t]+regards|"
    r"warm[ \t]+regards|regards|cheers|love|sincerely|yours(?:[ \t]+(?:truly|sincerely|faithfully))?|br|talk[ \t]+soon)"
    rf"[ \t]*[,!.]?[ \t]*(?:\n[ \t]*|[ \t]+)(?P<name>(?-i:{_CAP_NAME}))[ \t]*(?:\n|$)"
    rf"|(?:^|\s)[-–—][ \t]*(?P<name>(?-i:{_CAP_NAME}))[ \t]*$"
)
#: capitalised words after a greeting that are not names
NOT_NAMES = frozenset(
    "All Team Everyone Sir Madam There Colleagues Customer Customers Friends Support Guys Folks Parent Parents "
    "Neighbours Neighbors Hiring Manager Valued User Users Member Members Applicant Candidate Partner Partners "
    "Dear Hi Hello Sales Admin Doctor Nurse Both You Again Mum Mom Dad Boss".split()
)
# A name in capitals, as CV headers write it: "ANJALI SHARMA"
_CAPS_NAME = regex.compile(r"(?<![\w-])(?P<name>\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){1,2})(?![\w-])")
_CUED = regex.compile(
    r"(?i)(?:\b(?:this[ \t]+is|it's|it[ \t]+is|i'm|i[ \t]+am|hi|hey|hello|dear|yo|thanks|thank[ \t]+you|bye|love|"
    r"cheers|regards|ask[ \t]+for|talk[ \t]+to|tell|told|with|and|from|for|u|sorry|congrats|birthday|remind|fetch|"
    r"pick[ \t]+up|call|text|ping|cc|@)[ \t,]+|^[ \t]*|[\n.!?:;,\]][ \t]*)"
    rf"(?P<name>(?-i:\p{{Ll}}[\p{{Ll}}'’\-]+(?:[ \t]+\p{{Ll}}[\p{{Ll}}'’\-]+)?))",
    regex.MULTILINE,
)
#: first names that are ordinary lowercase English words, never taken as names in lowercase
ENGLISH = frozenset(
    """will may june april august rose grace hope joy faith mark bill art sue pat rich don guy ray jack dean
    frank gene major page price long young love king sun son chad dale dawn drew glen rick max fern rod lane
    ward gay herb bud sol val del dong hung long sang sung ma bo chi jc wm see so in an else many my van
    gale ivy lily iris ruby jade pearl crystal amber angel autumn summer winter spring star sky dusty sandy
    rusty buck bob cliff dell dot else eve fay hazel holly jewel joy lacy lynn mae marsh merry mercy miles
    misty nan noble norm olive penny pink pleasant rain reed rocky royal sage shad sherry story sunny
    tad tom true twila violet walker way wes wiley will young case cash chance chase clay cole colt cruz
    dallas dick ernest early earnest fair field ford forest grant hale hardy harley heath hunter lance
    lewis lincoln mason miller myles page parker pierce porter price ross sterling stone tanner taylor
    thomas tracy travis tucker tyler ulysses victor wade wallace walter warren wayne webster wesley
    wilbur worth al ed eli abe ali jean gus ike jay jed kip lee les lon lou mac mel ned sal ted min ping lan
    mere mai mona can amir""".split()
)
STRONG_SCORE = 0.65  # after "my name is"
LABEL_SCORE = 0.65
AFTER_TITLE_SCORE = 0.7
TITLE_SCORE = 0.6
WEAK_SCORE = 0.5  # a lowercase known first name after a cue
LOWERCASE_SCORE = 0.45  # a known first name in a text written in lowercase
_WORD = regex.compile(r"\p{L}+")
_FOLLOWING = regex.compile(r"[ \t]+(\p{L}[\p{L}'’\-]+)\b")
_LOWER_WORD = regex.compile(r"(?<![\w@.])\p{Ll}{3,}(?![\w@])")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lowercase first names: the US census lists (the `names` package) and our own
    list of names common elsewhere (given_names.txt), minus English words."""
    out = set()
    for file in ("dist.male.first", "dist.female.first"):
        for line in (resources.files("names") / file).read_text().splitlines():
            out.add(line.split()[0].lower())
    for line in (resources.files(__package__) / "given_names.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            out.update(line.split())
    return frozenset(n for n in out if len(n) > 2 and n not in ENGLISH and n not in STOP_WORDS)


@RECOGNIZERS.register("NameCueRecognizer")
class NameCueRecognizer(LocalRecognizer):
    """PERSON after titles, cues and form labels; TITLE for the honorific itself."""

    def __init__(self, supported_language: str = "en", context: list[str] | None = None):
        super().__init__(
            supported_entities=["PERSON", "TITLE"],
            supported_language=supported_language,
            name="NameCueRecognizer",
            context=context or [],
        )

    def load(self) -> None:
        first_names()
        surnames()

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for match in _TITLE.finditer(text):
            results.append(self._result("TITLE", match.start(), match.end(), TITLE_SCORE))
            name = regex.compile(rf"[ \t]+(?P<name>{_CAP_NAME})").match(text, match.end())
            if name:
                results.append(self._result("PERSON", name.start("name"), name.end("name"), AFTER_TITLE_SCORE))
        for match in _LABEL.finditer(text):
            results.append(self._result("PERSON", match.start("name"), match.end("name"), LABEL_SCORE))
        if _mostly_lowercase(text):
            # chat written all in lowercase: a known first name anywhere is a name
            for match in _LOWER_WORD.finditer(text):
                if match.group() in first_names():
                    end = _next_name_word(text, match.end(), lowercase=True)
                    results.append(self._result("PERSON", match.start(), end, LOWERCASE_SCORE))
        for pattern in (_GREETING, _SIGN_OFF):
            for match in pattern.finditer(text):
                name = match.group("name")
                if name and name.split()[0] not in NOT_NAMES:
                    start = match.start("name") if match.start("name") >= 0 else match.starts("name")[-1]
                    results.append(self._result("PERSON", start, start + len(name), LABEL_SCORE))
        for match in _CAPS_NAME.finditer(text):
            words = match.group("name").lower().split()
            if words[0] in census_first_names() and all(w in first_names() or w in surnames() for w in words[1:]):
                results.append(self._result("PERSON", match.start(), match.end(), LABEL_SCORE))
        for pattern, named in ((_NAMED, True), (_CUED, False)):
            for match in pattern.finditer(text):
                span = _name_words(match, named)
                if span:
                    results.append(self._result("PERSON", *span, STRONG_SCORE if named else WEAK_SCORE))
        return results

    def _result(self, entity: str, start: int, end: int, score: float):
        return make_result(self, entity, start, end, score)
@lru_cache(maxsize=1)
def census_first_names() -> frozenset[str]:
    """All first names, English words included ("VICTOR LEGRAND" in capitals is a name)."""
    out = set(first_names())
    for file in ("dist.male.first", "dist.female.first"):
        out.update(line.split()[0].lower() for line in (resources.files("names") / file).read_text().splitlines())
    return frozenset(out)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Lowercase surnames of the US census list (the `names` package), minus English words."""
    lines = (resources.files("names") / "dist.all.last").read_text().splitlines()
    return frozenset(w for w in (line.split()[0].lower() for line in lines) if w not in ENGLISH and w not in STOP_WORDS)


def _next_name_word(text: str, end: int, lowercase: bool) -> int:
    """End of a surname right after `end` ("marco bianchi"), or `end`."""
    match = _FOLLOWING.match(text, end)
    if match:
        word = match.group(1)
        if word.islower() == lowercase and (word.lower() in surnames() or word.lower() in first_names()):
            return match.end()
    return end


def _name_words(match, named: bool) -> tuple[int, int] | None:
    """Start and end of the name in a cue match: its first word must qualify, later
    words join while they are not common words and keep the first word's case."""
    base = match.start("name")
    words = list(regex.finditer(r"[^\s,.!?;:()]+", match.group("name")))
    if not words:
        return None
    first = words[0].group()
    lower = first.lower()
    if lower in STOP_WORDS or lower in ENGLISH or not (named or lower in first_names()):
        return None
    end = words[0].end()
    for word in words[1:]:
        value = word.group()
        known = value.lower() in first_names() or value.lower() in surnames()
        if not (named or known) or value.lower() in STOP_WORDS or value.lower() in ENGLISH:
            break
        if value.islower() != first.islower():
            break
        end = word.end()
    return base, base + end


def _mostly_lowercase(text: str) -> bool:
    words = _WORD.findall(text)
    capitals = sum(1 for w in words if w[0].isupper() and w not in ("I", "OK"))
    return len(words) >= 3 and capitals <= len(words) * 0.08

"""Findings of all recognizers, made consistent with each other, then thresholded.

Presidio scores each recognizer alone. Some evidence only shows when findings
are read together, and some findings are noise that Presidio's recognizers
report by design:

- a URL inside an email address is the email's domain, not a second finding;
- a weak pattern that needs a context word (a driver's licence is any letter
  and 7 digits) counts only when the context word was there;
- spans inside code-like tokens ("CUST-692743", "NG-88412-X") are ids, not names,
  places or dates;
- DATE_TIME without a calendar date ("10:15", "3 days", "Monday", "2019") is not PII;
- a finding inside a stronger finding of another type is shadowed by it;
- a number right after a name, "Ana Ruiz, 42," or "Ana Ruiz (42)", is an age.

The threshold is applied last, so that evidence can lift a candidate above it.
"""
from __future__ import annotations

from collections.abc import Sequence

import regex

from minimize.types import Span

#: entities whose patterns are too weak alone: kept only when a context word raised their score
NEEDS_CONTEXT = frozenset({"US_DRIVER_LICENSE", "US_BANK_NUMBER", "US_PASSPORT", "US_ITIN", "MEDICAL_LICENSE"})
#: NER entities never touch a code-like token; these patterns may be a whole one, never a part
NER_TYPES = frozenset({"PERSON", "LOCATION", "NRP", "DATE_TIME", "ORGANIZATION", "TITLE"})
PART_NOT_IN_CODES = frozenset({"US_DRIVER_LICENSE", "ZIP_CODE", "PHONE_NUMBER", "AGE", "US_BANK_NUMBER", "US_PASSPORT"})
AGE_AFTER_NAME_SCORE = 0.6

# Ids and codes: "CUST-692743", "NG-88412-X", "QN65Q80C"; not "45-year-old", "23rd", "10mg".
_CODE = regex.compile(
    r"(?<![^\s(\[,;:])(?:(?=[\w#/-]*\d)(?=[\w#/-]*\p{Lu})[\p{L}\d]+(?:[-_/#.][\p{L}\d]+)+"
    r"|(?=\w*\d)(?=\w*\p{Lu})(?=\w*\p{L}\d|\w*\d\p{L})[\p{L}\d]{4,})(?![\w-])"
)
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?"
)
# A date with a day or a month: "3 March", "March 3", "January 2024", "03/04/1985", "1985-04-03", "4/5".
_CALENDAR_DATE = regex.compile(
    rf"(?i)\b(?:{_MONTH})\b\.?,?[ \t]+(?:the[ \t]+)?\d|\d(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:{_MONTH})\b"
    r"|(?<![\d.\-/])(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}|\d{1,2}/\d{1,2})(?![\d\-/])"
)
# "Ana Ruiz, 42,", "Ana Ruiz (42)", "Arjun is 7 and", "61 M"; after a name or a relative
_AGE_AFTER = regex.compile(
    r"(?:,[ \t]*|[ \t]*\([ \t]*|[ \t]+(?:is|was|turned|turns|aged)[ \t]+)(1[01]\d|[1-9]?\d)"
    r"(?=[ \t]*(?:\)|,|[ \t]+(?:[MF]|y/?o|yrs?|and|years?)\b|[.;!?]?$|[.;!?][ \t]))"
)
_RELATIVE = regex.compile(
    r"(?i)\b(?:mom|mum|mother|dad|father|son|daughter|wife|husband|partner|grandma|grandpa|grandmother|"
    r"grandfather|brother|sister|child|baby|boy|girl|patient|nana|granny|uncle|aunt|niece|nephew)\b"
)
#: same span, two types: the first names the value better (a phone-shaped SSN is an SSN)
PREFERRED = {
    ("US_SSN", "PHONE_NUMBER"), ("CREDIT_CARD", "PHONE_NUMBER"), ("IBAN_CODE", "PHONE_NUMBER"),
    ("US_PASSPORT", "PHONE_NUMBER"), ("US_DRIVER_LICENSE", "PHONE_NUMBER"), ("ADDRESS", "PERSON"),
    ("LOCATION", "PERSON"), ("ZIP_CODE", "DATE_TIME"), ("PHONE_NUMBER", "DATE_TIME"), ("AGE", "DATE_TIME"),
    ("ADDRESS", "LOCATION"), ("US_SSN", "US_BANK_NUMBER"), ("ZIP_CODE", "US_BANK_NUMBER"),
}
#: recognizers whose LOCATION beats NER's PERSON on the same words ("Guildford", "Gangnam-gu")
PLACE_EVIDENCE = frozenset({"StreetAddressRecognizer", "LocationGazetteerRecognizer"})
# "Austin, TX": a state or province code after a place
_STATE_AFTER = regex.compile(
    r",[ \t]*((?-i:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
    r"NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|NSW|VIC|QLD|WA|SA|TAS|ACT|NT|ON|QC|BC|AB|MB|"
    r"NS|NB|NL|PE|SK))\b"
)


def refine(text: str, spans: Sequence[Span], boosted: Sequence[bool], threshold: float) -> list[Span]:
    """The findings worth reporting, from every recognizer's candidates (any score)."""
    kept = [s for s, b in zip(spans, boosted) if not (s.entity_type in NEEDS_CONTEXT and not b)]
    codes = [m.span() for m in _CODE.finditer(text)]
    kept = [s for s in kept if not _noise(text, s, kept, codes)]
    kept += _ages_after_names(text, kept) + _states_after_places(text, kept)
    kept = _preferred(_unshadowed(kept))
    return [s for s in kept if s.score >= threshold]


def _noise(text: str, span: Span, spans: Sequence[Span], codes: list[tuple[int, int]]) -> bool:
    kind = span.entity_type
    if kind == "URL" and any(o.entity_type == "EMAIL_ADDRESS" and _overlap(span, o) for o in spans):
        return True
    if kind == "DATE_TIME" and not _CALENDAR_DATE.search(text, span.start, span.end):
        return True
    if kind in NER_TYPES and any(span.start < b and a < span.end for a, b in codes):
        return True
    if kind in PART_NOT_IN_CODES and any(a <= span.start and span.end <= b and (a, b) != (span.start, span.end)
                                         for a, b in codes):
        return True
    return False


def _ages_after_names(text: str, spans: Sequence[Span]) -> list[Span]:
    ages = []
    taken = {(s.start, s.end) for s in spans if s.entity_type == "AGE"}
    ends = {s.end for s in spans if s.entity_type == "PERSON"}
    ends |= {m.end() for m in _RELATIVE.finditer(text)}
    for end in sorted(ends):
        match = _AGE_AFTER.match(text, end)
        if match and match.span(1) not in taken:
            taken.add(match.span(1))
            ages.append(Span("AGE", match.start(1), match.end(1), AGE_AFTER_NAME_SCORE, "AgeAfterNameRule"))
    return ages


def _states_after_places(text: str, spans: Sequence[Span]) -> list[Span]:
    taken = {s.start for s in spans if s.entity_type == "LOCATION"}
    found = []
    for span in spans:
        if span.entity_type == "LOCATION":
            match = _STATE_AFTER.match(text, span.end)
            if match and match.start(1) not in taken:
                found.append(Span("LOCATION", match.start(1), match.end(1), span.score, "StateAfterPlaceRule"))
    return found


def _preferred(spans: list[Span]) -> list[Span]:
    """Drop the weaker reading of a value that two types claim with the same words."""
    out = []
    for s in spans:
        lost = False
        for o in spans:
            if o is s or not (o.start <= s.start and s.end <= o.end):
                continue
            if (o.entity_type, s.entity_type) in PREFERRED and (o.start, o.end) == (s.start, s.end):
                lost = True
            # a place found by address or gazetteer evidence beats NER's PERSON on the same words
            if o.entity_type == "LOCATION" and s.entity_type == "PERSON" and o.recognizer in PLACE_EVIDENCE \
                    and (o.start, o.end) == (s.start, s.end):
                lost = True
            # ... and a gazetteer place inside a longer name is part of the name ("Ngozi Okonkwo-Bello")
        if s.entity_type == "LOCATION" and s.recognizer == "LocationGazetteerRecognizer" and any(
            o.entity_type == "PERSON" and o.start <= s.start and s.end <= o.end and (o.end - o.start) > (s.end - s.start)
            for o in spans
        ):
            lost = True
        if not lost:
            out.append(s)
    return out


def _unshadowed(spans: list[Span]) -> list[Span]:
    # A finding inside a longer one of another type with a higher score loses:
    # the "Ahmadu Bello" of "14 Ahmadu Bello Way", a phone-shaped SSN.
    return [
        s for s in spans
        if not any(o.entity_type != s.entity_type and o.start <= s.start and s.end <= o.end
                   and (o.end - o.start) >= (s.end - s.start) and o.score > s.score for o in spans)
    ]


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end

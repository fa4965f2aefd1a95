"""Healthcare and EDI messages pasted in text or stored in a field: HL7 v2 and X12 segments.

    PID|1||448812^^^MERCY^MR||Kowalczyk^Danuta^M^^Mrs||19610314|F
    NM1*IL*1*OKONKWO*CHIDI****MI*XJH123456789~

NER and patterns see no name in "Kowalczyk^Danuta^M^^Mrs": the format says what
each field is, so each value is typed by its segment and position, never by its words.

HL7 v2: one segment a line (or per "\\r"); fields are numbered from 1 after the
segment id, as the standard numbers them (PID-5 is the patient's name). MSH sets
the separators of the segments after it (MSH-1 the field's, MSH-2 the component,
repetition, escape and sub-component characters); without an MSH a line is read
when it opens with a known segment id and "|". Each field has an HL7 data type
(`TYPES`) saying which of its components is which entity; repeats ("~") and
sub-components ("&") are read alike. Set ID (field 1) must be empty or digits,
so that a "PID|USER|COMMAND" process table is no segment. A driver's licence (PID-20)
is an ID_NUMBER: refine() keeps a US_DRIVER_LICENSE only after a context word.

X12: segments end in "~" (or a line break), elements are split by "*"; an ISA sets
both for the segments after it (its 4th character, and the one after ISA16). NM1
names a party: a person's (type 1) name and id are PII (the id an SSN when its
qualifier is 34, else an ID_NUMBER, a provider's NPI too), an organisation's (type 2)
are not, and the N3/N4 address after an NM1 is PII only when the NM1 named a person.
DMG, PER and REF*SY/0F/1W are read wherever they are; a PER contact named as a desk
("CUSTOMER SERVICE") is no person, and its numbers are the desk's.

An airline's passenger record: SSR DOCS holds a travel document, its number and the
passenger's birth date ("DOCS: P/SWE/AB4821937/SWE/12MAY88/F/...").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer
from minimize.detection.recognizers.name_words import known_first_names

SCORE = 0.88  # above NER's 0.85: the field's position is better evidence than a guess (as tables.SCORE)

#: (entity, start, end, explanation) of one value
Found = tuple[str, int, int, str]

# HL7 data types: (component, entity) of the components holding PII, 1-based as the standard numbers them
TYPES: dict[str, tuple[tuple[int, str], ...]] = {
    "CX": ((1, "ID_NUMBER"),),  # id^check digit^scheme^authority^type code (an SSN when the type is SS)
    "XPN": ((1, "PERSON"), (2, "PERSON"), (3, "PERSON"), (5, "TITLE")),  # family^given^middle^suffix^prefix
    # id^family^given^...: a doctor's number singles the doctor out as a staff number does
    "XCN": ((1, "ID_NUMBER"), (2, "PERSON"), (3, "PERSON"), (4, "PERSON"), (6, "TITLE")),
    # street^other^city^state^zip^country
    "XAD": ((1, "ADDRESS"), (2, "ADDRESS"), (3, "LOCATION"), (4, "LOCATION"), (5, "ZIP_CODE"), (6, "LOCATION")),
    # number^use^equipment^email^country code^area code^local number
    "XTN": ((1, "PHONE_NUMBER"), (4, "EMAIL_ADDRESS"), (6, "PHONE_NUMBER"), (7, "PHONE_NUMBER")),
    "TS": ((1, "DATE_TIME"),),
    "SSN": ((1, "US_SSN"),),
    "DLN": ((1, "ID_NUMBER"),),  # number^issuing state^expiry
    "NRP": ((1, "NRP"),),  # a religion's or a nationality's code ("CAT", "GBR"): the CE/CWE types read for a people
}
#: the fields read, by segment: field number -> data type (IN1-36, the policy number, is no PII)
FIELDS: dict[str, dict[int, str]] = {
    "PID": {2: "CX", 3: "CX", 4: "CX", 5: "XPN", 6: "XPN", 7: "TS", 9: "XPN", 11: "XAD", 13: "XTN", 14: "XTN",
            17: "NRP", 18: "CX", 19: "SSN", 20: "DLN", 26: "NRP", 28: "NRP"},  # religion, citizenship, nationality
    "NK1": {2: "XPN", 4: "XAD", 5: "XTN", 6: "XTN"},
    "GT1": {3: "XPN", 5: "XAD", 6: "XTN", 7: "XTN", 8: "TS", 12: "SSN"},
    "IN1": {16: "XPN", 18: "TS", 19: "XAD", 49: "CX"},
    "PV1": {7: "XCN", 8: "XCN", 9: "XCN", 17: "XCN"},
}
#: fields that some senders shift by one, read only when their value has the shape of the type: a visit's attending
#: doctor written where its prior location stands ("PV1|1|I|LABWARD^BED4|||DR1183^SONKO^MODOU^^^DR", PV1-6; a place
#: there is "4W^412^B", no name and no title)
SHIFTED: dict[str, dict[int, str]] = {"PV1": {6: "XCN"}}
#: a doctor's title (XCN-6) or degree (XCN-7) that says a shifted field holds a person
_XCN_TITLES = frozenset("DR DR. DOC PROF PROF. MR MRS MS MISS MX MD DO MBBS RN NP PA".split())
_NAME_PART = re.compile(r"[^\W\d_][^\W\d_'’\- ]*(?:['’\- ][^\W\d_]+)*")
# A segment at a line start (after blanks or MLLP's start byte), then its field separator
_HL7_START = re.compile(r"(?:^|(?<=\r))[ \t\x0b]*(MSH|PID|NK1|GT1|IN1|PV1)([^\w\s])", re.MULTILINE)
_HL7_HINTS = ("PID|", "NK1|", "GT1|", "IN1|", "PV1|")
_EOL = re.compile(r"[\r\n]")
_DIGITS = re.compile(r"\d*")
#: HL7's explicit null ("delete this value") and blanks are no value
_NULL = '""'

#: X12 segments read, and those that end the party an NM1 named
_X12_IDS = ("NM1", "N3", "N4", "DMG", "PER", "REF")
_X12_RESETS = ("ISA", "GS", "ST", "HL", "N1", "SE")
#: words of a firm's or a place's name in an N1 party ("ACME SUPPLY INC", "WALMART DC 6094")
_FIRM_WORDS = frozenset("INC LLC LTD CORP CO COMPANY CORPORATION GROUP STORE STORES DC WAREHOUSE SUPPLY SUPPLIES "
                        "DISTRIBUTION LOGISTICS HOSPITAL CLINIC BANK SERVICES SERVICE CENTER CENTRE PLC GMBH SA SAS BV".split())
_ISA = re.compile(r"(?<!\w)ISA([^\w\s])")
_BLANK = re.compile(r"\s")
#: PER qualifiers of a phone (telephone, cell, fax, home, work, beeper) and of an email
_PHONE_QUALIFIERS = frozenset({"TE", "CP", "FX", "HP", "WP", "BN"})
#: REF qualifiers of a member's id (subscriber number, member id) and of an SSN
_REF_IDS = {"0F": "ID_NUMBER", "1W": "ID_NUMBER", "SY": "US_SSN"}
#: words of a PER contact that is a desk, not a person ("CUSTOMER SERVICE", "BILLING DEPT")
_DESK_WORDS = frozenset({
    "DEPT", "DEPARTMENT", "SERVICE", "SERVICES", "OFFICE", "BILLING", "CLAIMS", "SUPPORT", "DESK", "TEAM", "CENTER",
    "CENTRE", "UNIT", "HELP", "HELPDESK", "RELATIONS", "EDI",
})


# SSR DOCS: document type / issuing country / number / nationality / birth date / sex (IATA)
_DOCS = re.compile(
    r"\bDOCS\b[ \t:/]*(?:[A-Z0-9]{2}[ \t]+)?(?:HK\d[ \t/]*)?(?P<type>[PIAC])/[A-Z]{3}/(?P<number>[A-Z0-9]{5,15})/[A-Z]{3}/"
    r"(?P<birth>\d{2}[A-Z]{3}\d{2,4})/"
    # then sex, the document's expiry, surname and given names: ".../F/18AUG29/NDIAYE/FATOU"
    r"(?:[MFX]I?/\d{2}[A-Z]{3}\d{2,4}/(?P<surname>[A-Z][A-Z'\-]+)/(?P<given>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)*))?"
)


@RECOGNIZERS.register("MessageSegmentRecognizer")
class MessageSegmentRecognizer(OwnRecognizer):
    """Values of HL7 v2 and X12 segments, typed by their segment and position."""

    ENTITIES = sorted({entity for kinds in TYPES.values() for _, entity in kinds} | {"TITLE", "US_SSN"})

    def analyze(self, text, entities, nlp_artifacts=None):
        # cheapest first: a segment needs a field or element separator, or the header declaring another
        if "|" not in text and "*" not in text and "MSH" not in text and "ISA" not in text and "DOCS" not in text:
            return []
        wanted = set(entities) if entities else None
        found = []
        if "DOCS" in text:
            for match in _DOCS.finditer(text):
                found.append(("ID_NUMBER", *match.span("number"), "SSR DOCS number"))
                found.append(("DATE_TIME", *match.span("birth"), "SSR DOCS birth date"))
                found += [("PERSON", *match.span(part), "SSR DOCS name") for part in ("surname", "given") if match.group(part)]
        if "MSH" in text or any(hint in text for hint in _HL7_HINTS):
            found += _hl7(text)
        if "ISA" in text or "*" in text and any(f"{sid}*" in text for sid in _X12_IDS):
            found += _x12(text)
        return [make_result(self, entity, start, end, SCORE, why) for entity, start, end, why in found
                if wanted is None or entity in wanted]


def _hl7(text: str) -> Iterator[Found]:
    field, repeat, component, sub = "|", "~", "^", "&"
    for match in _HL7_START.finditer(text):
        segment, separator = match.groups()
        eol = _EOL.search(text, match.end())
        end = eol.start() if eol else len(text)
        if segment == "MSH":
            encoding = _encoding(text, match.end(), end, separator)
            if encoding:
                field, (component, repeat, sub) = separator, encoding
            continue
        if separator != field:
            continue
        fields = _split(text, match.end(), end, field)
        if not _DIGITS.fullmatch(text, *_trim(text, *fields[0])):
            continue  # Set ID (field 1) is a number: "PID|USER|COMMAND" is a table's header
        for number, kind in FIELDS[segment].items():
            if number <= len(fields):
                yield from _typed(text, fields[number - 1], kind, (repeat, component, sub), f"HL7 {segment}-{number}")
        for number, kind in SHIFTED.get(segment, {}).items():
            if number <= len(fields) and _doctor_shaped(text, fields[number - 1], component):
                yield from _typed(text, fields[number - 1], kind, (repeat, component, sub), f"HL7 {segment}-{number}")


def _doctor_shaped(text: str, span: tuple[int, int], component: str) -> bool:
    """Whether a field reads id^family^given^...^title: a number with a digit, two names, a title or a degree."""
    parts = [text[slice(*_trim(text, *part))] for part in _split(text, *span, component)]
    return len(parts) >= 6 and any(c.isdigit() for c in parts[0]) \
        and all(_NAME_PART.fullmatch(part) for part in parts[1:3]) \
        and any(part.upper() in _XCN_TITLES for part in parts[5:7])


def _encoding(text: str, start: int, end: int, field: str) -> tuple[str, str, str] | None:
    """(component, repetition, sub-component) characters of MSH-2; None when it is no encoding field."""
    cut = text.find(field, start, end)
    chars = text[start : end if cut == -1 else cut]
    if not 1 <= len(chars) <= 5 or len(set(chars)) != len(chars) or any(c.isalnum() or c.isspace() for c in chars):
        return None
    padded = chars + "~\\&"[len(chars) - 1 :] if len(chars) < 4 else chars
    return padded[0], padded[1], padded[3]


def _typed(text: str, span: tuple[int, int], kind: str, separators: tuple[str, str, str], why: str) -> Iterator[Found]:
    """The values of one field: each repeat split into components, each component into sub-components."""
    repeat, component, sub = separators
    for rep_start, rep_end in _split(text, *span, repeat):
        components = _split(text, rep_start, rep_end, component)
        for number, entity in TYPES[kind]:
            if number > len(components):
                break
            if kind == "CX" and len(components) >= 5 and text[slice(*_trim(text, *components[4]))] == "SS":
                entity = "US_SSN"  # an identifier whose type code says Social Security number
            for part in _split(text, *components[number - 1], sub):
                start, end = _trim(text, *part)
                if end > start and text[start:end] != _NULL \
                        and not (kind == "XCN" and entity == "ID_NUMBER" and not any(c.isdigit() for c in text[start:end])):
                    yield entity, start, end, why  # (a doctor's name where the number should be: "||ADEYEMI^SAMUEL^^^DR")


def _x12(text: str) -> Iterator[Found]:
    """Segments before the first ISA with the default separators, then each interchange with its own."""
    regions, at, separators = [], 0, ("*", "~")
    for isa in _ISA.finditer(text):
        declared = _isa_separators(text, isa.start(), isa.group(1))
        if declared:
            regions.append((at, isa.start(), separators))
            at, separators = isa.start(), declared
    regions.append((at, len(text), separators))
    person = False  # whether the last NM1 named a person (an N3/N4 address after it is theirs)
    for start, end, (element, terminator) in regions:
        starts, ends = _x12_patterns(element, terminator)
        for match in starts.finditer(text, start, end):
            segment = match.group(1)
            stop = ends.search(text, match.end(), end)
            elements = [_trim(text, *span) for span in _split(text, match.end(), stop.start() if stop else end, element)]
            if segment == "N1":  # a party by its role ("N1*ST*MARGUERITE DELACROIX"): a person's when so named
                person = _person_named(_value(text, elements, 2))
                if person:
                    yield from _element(text, elements, 2, "PERSON", segment)
            elif segment in _X12_RESETS:
                person = False
            elif segment == "NM1":
                person = _value(text, elements, 2) == "1"
                if person:
                    yield from _nm1(text, elements)
            else:
                yield from _x12_segment(text, segment, elements, person)


def _person_named(name: str) -> bool:
    """A party's name that is a person's: two to four words, the first a known given name, none a firm's word."""
    words = name.replace("-", " ").split()
    return 2 <= len(words) <= 4 and all(word.isalpha() for word in words) \
        and not _FIRM_WORDS.intersection(word.upper() for word in words) and words[0].lower() in known_first_names()


def _isa_separators(text: str, start: int, element: str) -> tuple[str, str] | None:
    """(element separator, segment terminator) an ISA declares: its 4th character, and the one after
    ISA16 (a line break stands for itself); None for an "ISA" that is no interchange header."""
    at = start + 3  # the separator before ISA01; 15 more before ISA16
    for _ in range(15):
        at = text.find(element, at + 1, at + 120)  # ISA elements are fixed-width and short
        if at == -1:
            return None
    terminator = text[at + 2 : at + 3]
    if not terminator or terminator.isalnum() or terminator in " \t" or terminator == element:
        terminator = "~"
    return element, terminator


@lru_cache(maxsize=16)
def _x12_patterns(element: str, terminator: str) -> tuple[re.Pattern, re.Pattern]:
    """A segment's start (an id of interest after a terminator, a blank or the text's start) and its end."""
    ids = "|".join(_X12_IDS + _X12_RESETS)
    starts = re.compile(rf"(?<![^\s{re.escape(terminator)}])({ids}){re.escape(element)}")
    return starts, re.compile(rf"[{re.escape(terminator)}\r\n]")


def _nm1(text: str, elements: list[tuple[int, int]]) -> Iterator[Found]:
    """NM1*<entity>*1*last*first*middle*prefix*suffix*<id qualifier>*<id>: a person's name and id."""
    for number, entity in ((3, "PERSON"), (4, "PERSON"), (5, "PERSON"), (6, "TITLE")):
        yield from _element(text, elements, number, entity, "NM1")
    yield from _element(text, elements, 9, "US_SSN" if _value(text, elements, 8) == "34" else "ID_NUMBER", "NM1",
                        one_word=True)


def _x12_segment(text: str, segment: str, elements: list[tuple[int, int]], person: bool) -> Iterator[Found]:
    if segment == "N3" and person:
        for number in (1, 2):
            yield from _element(text, elements, number, "ADDRESS", segment)
    elif segment == "N4" and person:
        for number, entity in ((1, "LOCATION"), (2, "LOCATION"), (3, "ZIP_CODE"), (4, "LOCATION")):
            yield from _element(text, elements, number, entity, segment)
    elif segment == "DMG":
        yield from _element(text, elements, 2, "DATE_TIME", segment, one_word=True)
    elif segment == "PER":
        if _DESK_WORDS.intersection(_value(text, elements, 2).upper().split()):
            return  # a desk's name, phone and email
        yield from _element(text, elements, 2, "PERSON", segment)
        for number in range(3, len(elements), 2):
            qualifier = _value(text, elements, number)
            entity = "PHONE_NUMBER" if qualifier in _PHONE_QUALIFIERS else "EMAIL_ADDRESS" if qualifier == "EM" else None
            if entity:
                yield from _element(text, elements, number + 1, entity, segment, one_word=entity == "EMAIL_ADDRESS")
    elif segment == "REF" and _value(text, elements, 1) in _REF_IDS:
        yield from _element(text, elements, 2, _REF_IDS[_value(text, elements, 1)], segment, one_word=True)


def _element(text: str, elements: list[tuple[int, int]], number: int, entity: str, segment: str,
             one_word: bool = False) -> Iterator[Found]:
    """Element `number` (1-based after the segment id) as `entity`, when it holds a value; an id or a
    date ends at a blank (a segment quoted in a sentence without its "~" runs on into the words)."""
    if number > len(elements):
        return
    start, end = elements[number - 1]
    if one_word:
        blank = _BLANK.search(text, start, end)
        end = blank.start() if blank else end
    if end > start:
        yield entity, start, end, f"X12 {segment}-{number:02d}"


def _value(text: str, elements: list[tuple[int, int]], number: int) -> str:
    return text[slice(*elements[number - 1])] if number <= len(elements) else ""


def _split(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each piece of text[start:end] between separators (at least one, maybe empty)."""
    out = []
    while (cut := text.find(separator, start, end)) != -1:
        out.append((start, cut))
        start = cut + 1
    out.append((start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end

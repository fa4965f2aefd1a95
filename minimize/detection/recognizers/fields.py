"""Values of named fields inside text: log pairs, JSON and dict snippets, XML elements, YAML blocks
and SQL INSERTs.

    2024-03-12 INFO login user=tkobayashi name="Takeshi Kobayashi" ip=10.4.22.19
    {"first_name": "Tendai", "last_name": "Moyo", "dob": "1991-06-30"}
    <patientName>Ana Beatriz Souza</patientName>

A message field or a log line keeps a record's fields as text. NER reads
"Tendai" between quotes with no sentence around it and misses it; the key says
what it is. Each value is typed by its key with the checks that type a pasted
table's columns (`tables.value_checks`: the structured column rules and the
header words of free text), so `first_name` holds a PERSON, `zip` a ZIP_CODE and
`order_id` nothing; a bare `name` holds a person's only when it starts with a known
first name ("name": "Widget Pro" is a product's), or when its line holds a person's key or a phone number
('{"to": "+221762290017", "name": "Ramata Ly"}').

Three formats say more than a key: a vCard's N and ADR properties hold a name and an
address by position ("N:Abernethy;Siobhan;;Dr.;"), an iCalendar event's DTSTART and
DTEND hold its day ("DTSTART:20240517T093000"), and a mail header's display name is its
sender's or recipient's name ('From: "Halvorsen, Ingrid" <ingrid@...>').

"Label: value" lines of forms are left to the label-aware recognizers (names,
addresses, ids), which know more phrasings than a key does.
"""
from __future__ import annotations

from urllib.parse import unquote_plus

import regex

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer
from minimize.detection.recognizers.names import MAIL_HEADER
from minimize.detection.recognizers.tables import BARE_NAME_CHECKS, ENTITIES, PERSON_CHECKS, typed_cell, value_checks

SCORE = 0.88  # as a table's header: the key is better evidence than NER's guess
_KEY = r"\p{L}[\p{L}\p{M}\p{N}_.\-]{0,40}"  # ("姓名": keys in other scripts too; Thai's vowel marks: "สัญชาติ")
# key=value in logs and query strings; a value in quotes may hold blanks, and so may one a query's "&" or an
# iCalendar parameter's ";" ends ("ATTENDEE;CN=Elif Kaya;ROLE=...")
_BARE = r"[^\s\"'&;,|)\]}}]"
_PAIR = regex.compile(
    rf"(?<![\w.\-])(?P<key>{_KEY})(?:=|[ ]=[ ](?=['\"]))(?:\"(?P<dq>[^\"\n]{{1,200}})\"|'(?P<sq>[^'\n]{{1,200}})'|"
    rf"(?P<bare>{_BARE}{{1,100}}(?:(?:[ ](?:(?!=){_BARE}){{1,40}}){{1,3}}(?=[&;]))?))"
)
# key: value fields of one line, semicolons between: "policy_holder: Keisha Dunbar; license_plate: 7TRX402; state: MD"
_SEMI_PAIR = regex.compile(
    r"(?:^|(?<=[;|][ \t]*))(?P<key>\p{Ll}[\p{Ll}0-9]*(?:_[\p{Ll}0-9]+)*)[ \t]*:[ \t]*(?P<bare>[^;|\n:]{1,100}?)[ \t]*(?=[;|]|\n|$)", regex.M
)
_SEMI_PAIR_HINT = regex.compile(r"[a-z]: [^;|\n]{1,100}[;|] [a-z_]+: ")  # (or pipes: "medical_record_number: MR0048217 | ...")
# a paper form's row of fields, two blanks or more between them: "Surname: Adebayo  First name: Temitope"
_FORM_KEY = r"\p{Lu}\p{Ll}{1,30}(?:['’]s)?(?:[ ]\p{Ll}{1,20}){0,3}"  # ("Father's name: Shivnath Yadav")
# (a line's first field only when another follows it: a line of one field is the YAML lines' below)
_FORM_VALUE = r"\S(?:(?:[^\s]|[ ](?![ \t])){0,80}?\S)?"  # (no two blanks inside)
# "son of", "daughter of", "wife of" after a name on Indian and Pakistani forms: where a name's value ends
_KIN_MARK = regex.compile(r",?[ \t]+[SDW]/[Oo](?=[ \t.])")
_FORM_FIELD = rf"(?P<key>{_FORM_KEY}):[ \t]+(?P<bare>{_FORM_VALUE})"
_FORM_ROW_PAIR = regex.compile(
    rf"(?m)(?:(?<=^[ \t]*){_FORM_FIELD}(?=[ \t]{{2,}}{_FORM_KEY}:)|(?<=\S[ \t]{{2,}}){_FORM_FIELD}(?=[ \t]{{2,}}|[ \t]*$))"
)
_FORM_ROW_HINT = regex.compile(rf"\S[ \t]{{2,}}{_FORM_KEY}:[ \t]")
# a benchmark's record in sentences, a field each: "Gender: Female. Age: 61. Street: Kingfisher Way. Building: 27."
_SENTENCE_PAIR = regex.compile(
    rf"(?:^|(?<=[.;][ \t]))(?P<key>{_FORM_KEY}):[ \t]+(?P<bare>[^.;:\n]{{1,80}}?)(?=[.;][ \t]+{_FORM_KEY}:|\.?[ \t]*(?:\n|$))"
)
_SENTENCE_PAIR_HINT = regex.compile(rf"\.[ \t]{_FORM_KEY}:[ \t][^.\n]{{1,80}}\.[ \t]{_FORM_KEY}:[ \t]")
# an INI or TOML file's "key = value" lines, two or more: "[player]\nname = Ciarán Maguire\ncounty = Roscommon"
_INI = regex.compile(r"(?m)^[ \t]*(?P<key>[a-z][a-z0-9_]{1,40})[ \t]+=[ \t]+(?P<bare>[^\n\"'=]{1,100}?)[ \t]*$")
# "key": "value" or 'key': 'value' (JSON, Python dicts), and "key": 42
_JSON = regex.compile(
    rf"[\"'](?P<key>{_KEY})[\"'][ \t]*:[ \t]*"
    r"(?:\"(?P<dq>(?:[^\"\\\n]|\\.){1,200})\"|'(?P<sq>[^'\n]{1,200})'|(?P<bare>-?\d[\d.]{0,19})(?![\w.]))"
)
# "key": ["value", "value"]: a JSON array of strings, each typed by the key (FHIR's "given": ["Mereana", "Huia"])
_JSON_ARRAY = regex.compile(rf"[\"'](?P<key>{_KEY})[\"'][ \t]*:[ \t]*\[(?P<items>[^\[\]{{}}\n]{{1,300}})\]")
_ARRAY_ITEM = regex.compile(r"\"((?:[^\"\\\n]|\\.){1,200})\"")
# code: a builder's or a setter's call ('.firstName("Ngozi")', ".setLastName('Eze')") and an object's key without
# quotes ("name: { given: 'Mehmet', family: 'Yılmaz' }"); the value in quotes
_CALL = regex.compile(r"\.(?:set|with)?(?P<key>[A-Za-z_]\w{0,40})\([ \t]*(?:\"(?P<dq>[^\"\n]{1,200})\"|'(?P<sq>[^'\n]{1,200})')[ \t]*\)")
_OBJECT_KEY = regex.compile(
    r"(?<![\w.\-\"'])(?P<key>[A-Za-z_]\w{0,40})[ \t]*:[ \t]*(?:\"(?P<dq>[^\"\n]{1,200})\"|'(?P<sq>[^'\n]{1,200})')"
)
_OBJECT_KEY_HINT = regex.compile(r"\w:[ \t]*['\"]")
# <key>value</key>, one line
# (a namespace's prefix is no part of the key: "<ver:PIN>560034</ver:PIN>" is a "PIN")
_XML = regex.compile(rf"<(?P<ns>{_KEY}:)?(?P<key>{_KEY})(?:[ \t][^<>\n]{{0,200}})?>(?P<bare>[^<>\n]{{1,200}})</(?P=ns)?(?P=key)>")
# an element that names its field by an attribute ('<field id="fullname">Ngaire Tupaea</field>') or holds its value
# in one (FHIR's '<family value="Oyelowo"/>')
_XML_NAMED = regex.compile(
    rf"<(?P<tag>{_KEY})[ \t]+(?:id|name|key|field)=\"(?P<key>{_KEY})\"[ \t]*>(?P<bare>[^<>\n]{{1,200}})</(?P=tag)>"
    rf"|<(?P<key>{_KEY})[ \t]+value=\"(?P<dq>[^\"\n]{{1,200}})\"[ \t]*/?>"
    # an HTML form's input, named by its name ('<input name="last_name" value="Nwachukwu">')
    rf"|<input[ \t][^<>\n]{{0,80}}?name=\"(?P<key>{_KEY})\"[^<>\n]{{0,80}}?[ \t]value=\"(?P<dq>[^\"\n]{{1,200}})\""
)
# a FHIR reference to a person and its display name: {"reference": "Patient/77120", "display": "Tui Fonoti"}
_FHIR_PERSON = regex.compile(
    r"\"reference\"[ \t]*:[ \t]*\"(?:Patient|Practitioner|RelatedPerson|Person)/[^\"\n]{1,64}\"[ \t]*,[ \t\n]*"
    r"\"display\"[ \t]*:[ \t]*\"(?P<value>[^\"\n]{2,80})\""
)


# a YAML block's "key: value" lines, keys in snake_case ("first_name: Kalani"); a bare "id" is named by the
# key of the block above it ("employee:\n  id: EMP004417" is an employee's id)
# (keys in scripts without capitals too: "氏名: 鈴木 一郎")
# (or a form's keys in words: "Complainant: Precious Moyo", "Date of birth: 04/02/1988")
_YAML_LINE = regex.compile(r"(?m)^(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<key>[a-z][a-z0-9_]{1,40}|[A-Z][A-Z0-9_]{1,40}|"
                           r"[A-Z][a-z]{1,30}(?:[ _][a-z]{1,20}){0,3}|[a-z]+(?:[A-Z][a-z0-9]+)+|"  # LDAP's "givenName"
                           # (an initialism and its card's or number's word: "ANC card", "NHS number"; never "NCT due")
                           r"[A-Z]{2,5}[ ](?:card|number|no|id|ref|code)|"
                           r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{1,12}):(?:[ \t]+(?P<value>[^#\n]*?))?[ \t]*$")
# a FHIR identifier's value after its system: {"system": "https://standards.digital.health.nz/ns/nhi-id", "value": "PRW3059"}
_FHIR_IDENTIFIER = regex.compile(
    # (an identifier's system is an address; a telecom's is a word: {"system": "phone", "value": ...})
    r"\"system\"[ \t]*:[ \t]*\"(?P<system>(?=[^\"\n]*[/:])[^\"\n]{3,120})\"[ \t]*,[ \t\n]*\"value\"[ \t]*:[ \t]*\"(?P<value>[^\"\n]{3,40})\""
)
# keys beside a bare "name" on its line that make it a person's ("user=... name=... phone=...")
_PERSONAL_KEYS = regex.compile(r"(?i)\b(?:user(?:name)?|login|e-?mail|phone|mobile|dob|birth|address|ssn|patient|customer)\b[\"']?[ \t]*[:=]"
                               # or a phone number in international form as a value, whatever its key: a message's
                               # recipient ('{"to": "+221762290017", "name": "Ramata Ly"}')
                               r"|[:=][ \t]*[\"']?\+[1-9]\d{7,14}[\"']?[ \t]*(?:[,;}&]|$)")


def _line(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the line holding `at`."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


# a YAML list of people: its items' "name" is a person's
_PEOPLE = regex.compile(
    r"(?i)(?:\w+_)?(?:tenants?|patients?|employees?|customers?|members?|students?|contacts?|users?|guests?|applicants?|"
    r"attendees?|participants?|passengers?|staff|people|persons?|clients?|volunteers?|donors?|residents?|pupils?|"
    r"candidates?|beneficiar(?:y|ies)|dependents?|dependants?|children|household|next_of_kin|authors?|owners?|drivers?|"
    r"witness(?:es)?|speakers?|travell?ers?|holders?|signatories|signers?|recipients?|parents?|guardians?|payees?|payers?|"
    r"pilots?|crew|crew_?members?|seafarers?|workers?|agents?|officers?|riders?|couriers?|nurses?|doctors?)"
)
_BARE_ID_KEYS = frozenset({"id", "no", "number", "num", "ref"})
# a person's keys on the lines after a bare "name" in its block
_PERSONAL_SIBLING = regex.compile(r"(?:\n[ \t]+[a-z_]+:[^\n]*){0,3}\n[ \t]+(?:phone|mobile|e-?mail|dob|birth_?date|date_of_birth|gecos)[ \t]*:")
_ACCOUNTS = regex.compile(r"(?:\w+_)?(?:users|accounts|logins|members)")
_LOGIN_CHECKS = value_checks("username")
# a given name's element beside a bare "<Name>", which is then the surname ("<Name>Nussbaumer</Name><Vorname>...")
_GIVEN_NAME_ELEMENT = regex.compile(r"(?i)<(?:vorname|first_?name|given_?name|forename|prenom|prénom|nombre|voornaam|imie)>")
_OPEN_TAG_BEFORE = regex.compile(r"<([A-Za-z][\w\-]{0,40})(?:[ \t][^<>\n]*)?>\s*$")
_SENDERS = regex.compile(r"(?i)sender|remitter|payer|payee|debtor|creditor|originator|ordering_?customer|insured|subscriber|"
                         r"claimant|policyholder|cardholder|account_?holder|person|individual|party")
# an SQL INSERT: its columns name its values by position ("INSERT INTO p (surname, nhs_no) VALUES ('Lee', 'RH0048')")
_INSERT = regex.compile(
    r"(?i)\binsert[ \t]+into[ \t]+[\w.\"`\[\]]+[ \t]*\((?P<columns>[^()]{1,500})\)[ \t\n]*values[ \t\n]*"
)
# (a function's call among the values: "NOW()")
_ROW = regex.compile(r"[ \t\n]*,?[ \t\n]*\((?P<row>(?:'(?:[^'\n]|'')*'|\w+\([^()'\n]*\)|[^()'\n])*)\)")
_SQL_VALUE = regex.compile(r"[ \t]*(?:'(?P<quoted>(?:[^'\n]|'')*)'|(?P<bare>\w+\([^()'\n]*\)|[^,'\s]+))[ \t]*(?:,|$)")
# vCard's properties, structured ones split by ";": N is family;given;additional;prefix;suffix, ADR is
# PO box;extended;street;locality;region;postal code;country (FN and EMAIL are read as text)
_VCARD_COMPONENTS = {
    "N": ("PERSON", "PERSON", "PERSON", "TITLE", None),
    "ADR": ("ADDRESS", "ADDRESS", "ADDRESS", "LOCATION", "LOCATION", "ZIP_CODE", "LOCATION"),
    "TEL": ("PHONE_NUMBER",),  # "TEL;TYPE=CELL:+44 7911 123456": the type glued before hides the "+44"
    "NICKNAME": ("PERSON",),
    "BDAY": ("DATE_TIME",),
}
# an iCalendar event's start, end or due day, in its basic form: "DTSTART;TZID=Europe/London:20240517T093000"
_ICAL_DAY = regex.compile(
    r"(?m)^(?P<property>DTSTART|DTEND|DUE)(?:;[^:\n]*)?:(?P<value>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?=T\d|\r?$)"
)
# an iCalendar attendee's or organiser's common name: "ATTENDEE;CN=Elif Kaya;ROLE=REQ-PARTICIPANT:mailto:..."
_ICAL_NAME = regex.compile(r"(?m)^(?:ATTENDEE|ORGANIZER)[^\n]*?;CN=(?P<value>\"[^\"\n]{1,80}\"|[^;:\n]{1,80})")
_VCARD_LINE = regex.compile(
    r"(?im)^(?:item\d+\.)?(?P<property>N|ADR|TEL|NICKNAME|BDAY)(?:;[^:\n]*)?:(?:tel:)?(?P<value>[^\n]*)$"
)


@RECOGNIZERS.register("FieldValueRecognizer")
class FieldValueRecognizer(OwnRecognizer):
    """A value inside text, typed by the key that names it."""

    ENTITIES = ENTITIES

    def analyze(self, text, entities, nlp_artifacts=None):
        patterns = []
        # cheapest first: the characters each syntax needs
        if "=" in text:
            patterns.append(_PAIR)
        if ":" in text and ('"' in text or "'" in text):
            patterns.append(_JSON)
        if "</" in text:
            patterns.append(_XML)
        if "<" in text and ('id="' in text or 'name="' in text or 'key="' in text or 'field="' in text or 'value="' in text):
            patterns.append(_XML_NAMED)
        if '("' in text or "('" in text:
            patterns.append(_CALL)
        if "{" in text and _OBJECT_KEY_HINT.search(text):
            patterns.append(_OBJECT_KEY)
        if (";" in text or "|" in text) and _SEMI_PAIR_HINT.search(text):
            patterns.append(_SEMI_PAIR)
        if " = " in text and len(_INI.findall(text)) >= 2:
            patterns.append(_INI)
        if ":" in text and _FORM_ROW_HINT.search(text):
            patterns.append(_FORM_ROW_PAIR)
        if ": " in text and _SENTENCE_PAIR_HINT.search(text):
            patterns.append(_SENTENCE_PAIR)
        wanted = set(entities) if entities else None
        found = []
        for pattern in patterns:
            for match in _with_inner_pairs(pattern.finditer(text)):
                checks = value_checks(match.group("key"))
                if checks is BARE_NAME_CHECKS and match.re is _XML and (
                        _person_element(text, match.start()) or _GIVEN_NAME_ELEMENT.search(text, max(0, match.start() - 200), match.end() + 200)):
                    checks = PERSON_CHECKS  # "<Sender>\n  <Name>Shafiqul Alam</Name>": the name of a person's element
                if checks is BARE_NAME_CHECKS and _PERSONAL_KEYS.search(text, *_line(text, match.start())):
                    checks = PERSON_CHECKS  # 'user=karo_ede name="Oghenekaro Ede" phone=...': a person's name
                if not checks:
                    continue
                group = next(g for g in ("dq", "sq", "bare") if g in match.re.groupindex and match.group(g) is not None)
                start, end = match.span(group)
                while end > start and text[end - 1] in " \t":
                    end -= 1
                while start < end and text[start] in " \t":
                    start += 1
                # a query string joins words with "+" ("patient=Bui+Van+Hieu"): read them as blanks
                read = text[:start] + text[start:end].replace("+", " ") + text[end:] if group == "bare" and \
                    "+" in text[start + 1 : end] else text
                if group == "bare" and "%" in text[start:end]:  # percent-encoded: "phone=%2B18085550164"
                    decoded = unquote_plus(text[start:end])
                    span = typed_cell(decoded, 0, len(decoded), checks, small_places=False)
                    span = span and (span[0], start, end)
                else:
                    span = typed_cell(read, start, end, checks, small_places=False)
                if span and (wanted is None or span[0] in wanted):
                    found.append(make_result(self, span[0], span[1], span[2], SCORE, "field name"))
        if ":" in text and "[" in text:
            for match in _JSON_ARRAY.finditer(text):
                checks = value_checks(match.group("key"))
                for item in _ARRAY_ITEM.finditer(text, *match.span("items")) if checks else ():
                    span = typed_cell(text, *item.span(1), checks, small_places=False)
                    if span and (wanted is None or span[0] in wanted):
                        found.append(make_result(self, span[0], span[1], span[2], SCORE, "field name"))
        if '"display"' in text:
            for m in _FHIR_PERSON.finditer(text):
                span = typed_cell(text, *m.span("value"), PERSON_CHECKS, small_places=False)
                if span and (wanted is None or span[0] in wanted):
                    found.append(make_result(self, span[0], span[1], span[2], SCORE, "FHIR reference's display"))
        if '"system"' in text:
            for m in _FHIR_IDENTIFIER.finditer(text):
                entity = "US_SSN" if m.group("system").endswith("us-ssn") else "ID_NUMBER"
                if not m.group("value").startswith(("http", "urn:")) and (wanted is None or entity in wanted):
                    found.append(make_result(self, entity, *m.span("value"), SCORE, "FHIR identifier"))
        if ":\n" in text or ": " in text and "\n" in text:
            found += [make_result(self, entity, start, end, SCORE, "YAML key") for entity, start, end in _yaml_values(text)
                      if wanted is None or entity in wanted]
        if "insert" in text or "INSERT" in text:
            found += [make_result(self, entity, start, end, SCORE, "SQL column") for entity, start, end in _inserted(text)
                      if wanted is None or entity in wanted]
        parts = []
        if "BEGIN:VCARD" in text.upper():
            parts += _vcard_parts(text)
        if "BEGIN:V" in text:  # an iCalendar component (its DTSTART/DTEND/DUE lines: a vCard has none)
            parts += [("DATE_TIME", *m.span("value"), "iCalendar " + m.group("property")) for m in _ICAL_DAY.finditer(text)]
            parts += [("PERSON", m.start("value") + m.group("value").startswith('"'),
                       m.end("value") - m.group("value").endswith('"'), "iCalendar CN") for m in _ICAL_NAME.finditer(text)]
        if "<" in text and "@" in text:
            parts += [("PERSON", *m.span("name"), "mail header") for m in MAIL_HEADER.finditer(text)]
        found += [make_result(self, entity, start, end, SCORE, why) for entity, start, end, why in parts
                  if wanted is None or entity in wanted]
        for result in found:
            if result.entity_type == "PERSON" and (kin := _KIN_MARK.search(text, result.start, result.end)):
                result.end = kin.start()  # "Pranjal Kalita, S/o Dhiren Barman": the father is another name
        return found


def _person_element(text: str, at: int) -> bool:
    """Whether the element opened last before `at` is a person's ("<Sender>", "<Tenant>", "<Patient>")."""
    opened = _OPEN_TAG_BEFORE.search(text, max(0, at - 80), at)
    return opened is not None and bool(_PEOPLE.fullmatch(opened.group(1)) or _SENDERS.fullmatch(opened.group(1)))


def _with_inner_pairs(matches):
    """Each match, then the key=value pairs inside its value ('Environment="BACKUP_USER=jsmith"', 'Environment=SYNC_USER=ongkx')."""
    for match in matches:
        yield match
        if match.re is _PAIR:
            group = "dq" if match.group("dq") else "bare" if match.group("bare") else None
            if group and "=" in match.group(group):
                yield from _PAIR.finditer(match.string, *match.span(group))


def _yaml_values(text: str):
    """(entity, start, end) of the values of a YAML block's lines, typed by their keys (two lines or more)."""
    lines = list(_YAML_LINE.finditer(text))
    if len(lines) < 2:
        return
    parents: list[tuple[int, str]] = []  # (indent, key) of the blocks open above a line
    for line in lines:
        indent = len(line.group("indent"))
        while parents and parents[-1][0] >= indent:
            parents.pop()
        key, value = line.group("key"), line.group("value")
        if not value:
            parents.append((indent, key))
            continue
        if key in _BARE_ID_KEYS and parents:
            key = f"{parents[-1][1]}_{key}"  # "employee" then "id": an employee_id
        # "tenants:" then "- name: Obi Anyanwu": a list of people names them
        # (or a block of people above: "contacts:\n  secondary:\n    name: Mereana Walker"; or a person's keys beside
        # it: "name: Mereana Walker\n    phone: ..."); a list of accounts names its logins ("admin_users:\n  - name: dmbeki")
        checks = value_checks(key)
        if key == "name" and (any(_PEOPLE.fullmatch(k) for _, k in parents) or _PERSONAL_SIBLING.match(
                text, line.end(), line.end() + 160)):
            checks = PERSON_CHECKS + (_LOGIN_CHECKS if any(_ACCOUNTS.fullmatch(k) for _, k in parents) else [])
        start, end = line.span("value")
        if checks and value[:1] in "\"'" and value[-1:] == value[:1] and len(value) > 1:
            start, end = start + 1, end - 1  # a quoted value
        if checks:
            span = typed_cell(text, start, end, checks, small_places=False)
            if span and span[0] == "ADDRESS" and (bracket := text.find(" (", span[1], span[2])) > 0:
                span = (span[0], span[1], bracket)  # "1422 Avenue H North, ... (owned, since August 2014)": a note after it
            if span:
                yield span


def _inserted(text: str):
    """(entity, start, end) of the values of SQL INSERT statements, typed by their columns."""
    for insert in _INSERT.finditer(text):
        checks = [value_checks(c.strip(" \t\n\"`[]")) for c in insert.group("columns").split(",")]
        at = insert.end()
        while row := _ROW.match(text, at):
            position = row.start("row")
            for column, value in enumerate(_SQL_VALUE.finditer(text, position, row.end("row"))):
                group = "quoted" if value.group("quoted") is not None else "bare"
                if column < len(checks) and checks[column] and value.group(group):
                    span = typed_cell(text, value.start(group), value.end(group), checks[column], small_places=False)
                    if span:
                        yield span
            at = row.end()


def _vcard_parts(text: str):
    """(entity, start, end, why) of a vCard's structured properties: N and ADR by component."""
    for match in _VCARD_LINE.finditer(text):
        kinds = _VCARD_COMPONENTS[match.group("property").upper()]
        at = match.start("value")
        for kind, part in zip(kinds, match.group("value").split(";")):
            start, end = at, at + len(part)
            while start < end and text[start] in " \t":
                start += 1
            while end > start and text[end - 1] in " \t\r,":
                end -= 1
            if kind and end > start:
                yield kind, start, end, "vCard " + match.group("property").upper()
            at += len(part) + 1

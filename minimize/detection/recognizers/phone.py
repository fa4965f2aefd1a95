"""Phone numbers in international and national formats, validated by `phonenumbers`.

Presidio's PhoneRecognizer runs phonenumbers' matcher over the whole text once
per region (slow) and scores every match 0.4, so a threshold of 0.5 drops them
all. Here a cheap regex finds digit runs shaped like a phone number first, and
only those are parsed: `+`/`00` numbers as they are, national ones against a
list of regions. A number valid in some region scores above the default
threshold on its own; one that is only possible (right length) needs a
context word.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers
import regex
from phonenumbers import NumberParseException

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer
from minimize.detection.refine import CALL_VERBS, WEAK_PHONE

#: regions tried for numbers written without a country code, most likely first
REGIONS = (
    "US", "GB", "IN", "CA", "AU", "DE", "FR", "ES", "IT", "NL", "BR", "MX", "JP", "CN", "NG", "ZA", "KE", "GH",
    "IE", "NZ", "PH", "PK", "AE", "SG",
)  # numbers written with a country code (+49 ...) are read for every country
# Digits with the separators phone numbers use; 7-15 digits, checked below. Words of other
# scripts may touch them ("手机138 1762 4410"), and so may a noun class's prefix in isiZulu and its kin
# ("ku-035 901 2287": at that number).
_CANDIDATE = regex.compile(
    r"(?:(?<![\p{Latin}\d_+/.:-])|(?<=(?<!\p{L})(?:ku|ka|ko|kwa|ngu|nga|nge|ngo|no|na|ne|ye)-))(?:\+|00)?\(?\d[\d \t().\-/]{5,40}\d(?!(?!x\d)\p{Latin}|[\d_/]|[.\-]\d)"  # (two, a slash apart)
)  # (an extension may touch it: "001-589-442-7710x338")
_DIGITS = regex.compile(r"\d")
# (or a table's gap between two columns: "19/03/1981  655 204 817")
_BETWEEN_NUMBERS = regex.compile(r"[ \t]+/[ \t]+|[ ]{2,}|\t")
_LAST_GROUP = regex.compile(r"(?<=\d{3}.*\d)[ \t]+\(?[\d\-]+$")
# Shapes that are dates, times, amounts or versions, not phones.
_NOT_PHONE = regex.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{1,2}\.\d{1,2}\.\d{1,3}$"
    r"|^\d{1,3}(?:\.\d{1,3}){3}$|^\d{1,3}(?:,\d{3})+|^(?:19|20)\d\d[ \t]*[-/][ \t]*(?:19|20)\d\d$"
    r"|^\d+[.,]\d{1,2}$"  # an amount: 19200.13
    r"|^\d{1,2}/(?:19|20)\d\d(?:[ \t]*-[ \t]*\d{1,2}/(?:19|20)\d\d)?$"  # a CV's months: "08/2013 - 02/2019"
    r"|^\d{5}-\d{3}$|^\d{2}-\d{7}$"  # groupings no phone has: Brazil's CEP "88015-530", a US EIN "86-1047729"
)
# Words right before a number that say it is an id, a code or an amount, not a phone.
_NOT_PHONE_BEFORE = regex.compile(
    r"\b(?:id|ids|code|codes|order|ref|reference|invoice|ticket|tracking|account|acct|passcode|pin|serial|sku|"
    r"tax|po|case|claim|policy|batch|build|version|iban|ssn|social|security|card|isbn|no|nr|#|pnr|booking|"
    r"confirmation|reservation|locator|waybill|awb|shipment|parcel|consignment|iccid|imei|imsi|microchip|chip|rx|"
    # "nº" (not "número", "numéro": "mon numéro" is a phone's too); a postal code's label
    r"nº|n°|plz|zip|postal|postcode)\W{0,3}"  # (not "cep": a mobile in Turkish, and a CEP's shape is no phone's)
    r"(?:(?:number|num|no|nr|is|was|of|:)\W{0,3}){0,2}$",
    regex.IGNORECASE,
)
# "the contact number on the booking is (503) ...", "the number on the order, 07908 ...", "his mobile for the delivery
# booking is 07723 ...": a phone's words, then where it is kept
_PHONE_ON_BEFORE = regex.compile(
    r"(?i)\b(?:contact|phone|mobile|cell|telephone|number)[ \t]+(?:number|no|#)?[ \t]*(?:on|for|in)[ \t]+(?:the|your|my|our|his|her)?"
    r"[ \t]*[\w\-]+(?:[ \t]+[\w\-]+)?\W{0,3}(?:is|was|:)?\W{0,3}$"
)
# "his new no is 0803 ...", "my no: 07...": "no" for a person's number in chat, not an id's
_PERSONS_NO_BEFORE = regex.compile(r"(?i)\b(?:my|his|her|their|your|ur|new|mobile|cell|phone)[ \t]+no\W{0,3}(?:is\W{0,3})?$")
# "téléphone (n° 07 58 33 41 90)": a phone's own number label, not an id's
_PHONE_LABEL_BEFORE = regex.compile(
    r"\b(?:phone|telephone|téléphone|tel|tél|mobile|portable|cell|handy|telefon|teléfono|telefone|telefono|"
    r"celular|cel|contact)\W{0,3}(?:n°|nº|no|nr|num|number|numéro|número|nummer)\W{0,3}$",
    regex.IGNORECASE,
)
# Right before a number: the end of a code it continues ("1Z 999 AA1 01 2345 6784", a parcel's
# tracking number) or Japan's postal mark ("〒530-0012").
# (a tab parts a table's cells: "20JUL25\t+39 347 402 1188" is a date's cell, then a phone's)
_CODE_BEFORE = regex.compile(r"(?:\b(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{2,}[ ]|〒[ \t]?)$")
# A time right after the number: its last group is the hour ("16/03/2024 01:42").
_TIME_AFTER = regex.compile(r":\d\d")
# A number read out in words (call transcripts): "oh-seven-nine-one-one, two-four-six, eight-eight-zero";
# 7 to 15 digit words in a run. It needs a context word ("mobile", "number") like a possible number.
# Said aloud, with pauses ("nine one eight, five five five, oh one four seven") and doubles ("double one").
_DIGIT_WORD = r"(?:(?:double|triple)[ \t-])?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_IN_WORDS = re.compile(rf"(?i)\b(?=[zotfsend]){_DIGIT_WORD}(?:(?:-|,?[ \t]){_DIGIT_WORD}){{5,14}}\b")
_SPOKEN_HINT = re.compile(r"(?i)\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[ ,\t-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double)\b")
_CALL_BEFORE = regex.compile(rf"(?i)\b(?:{CALL_VERBS})\b[^.\n\d]{{0,20}}$")
# ... or with nine digit words or more, a whole number said aloud, whose word may come after it ("Is oh seven seven
# one two, three four eight, nine nine oh still the best number?"); never a count ("one two three four five ...")
_LONG_SPOKEN_DIGITS = 9
_COUNTING = re.compile(r"(?i)\bone\W+two\W+three\W+four\W+five\b|\bnine\W+eight\W+seven\W+six\W+five\b")
# Spanish reads a mobile out in groups, its pairs as tens: "seis cuatro nueve, treinta y dos, dieciocho, cero siete"
_ES_UNIT = r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)"
_ES_GROUP = (rf"(?:(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?:[ \t]+y[ \t]+{_ES_UNIT})?|"
             rf"diez|once|doce|trece|catorce|quince|dieci(?:s[ée]is|siete|ocho|nueve)|veinte|veinti[a-zé]+|{_ES_UNIT})")
_ES_IN_WORDS = re.compile(rf"(?i)\b{_ES_GROUP}(?:,?[ \t]+{_ES_GROUP}){{5,11}}\b")
_ES_COUNTING = re.compile(r"(?i)\buno\W+dos\W+tres\b|\bcinco\W+cuatro\W+tres\b")
_ES_SPOKEN_HINT = re.compile(r"(?i)\b(?:cero|seis|siete|ocho|nueve|cuatro|cinco)[ ,]+(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\b")
# Russia's and Kazakhstan's trunk prefix 8 before the area code in brackets: "8 (8712) 22-41-07" is +7 8712 22-41-07
_TRUNK_8 = regex.compile(r"8[ \t]?\(\d{3,5}\)[ \t]?\d[\d \-]*\d")
_EXTENSION = regex.compile(r"[ \t]*(?:ext\.?|x|extension)[ \t]*\d{1,5}\b", regex.IGNORECASE)

_BARE_REGIONS = 6
VALID_INTERNATIONAL = 0.75  # "+44 20 7946 0958": country code and a valid number
VALID_NATIONAL = WEAK_PHONE  # valid in one of REGIONS, written with phone-like separators
VALID_BARE = 0.45  # valid, but a plain run of digits (could be an id)
POSSIBLE = 0.3  # the right length somewhere, not a valid number: needs context
# "+44 7700 900 418": a country code and grouped digits of a possible length, in a range no
# operator has yet (the UK's and the US's ranges for fiction). Written like a phone number, so it is one.
POSSIBLE_INTERNATIONAL = 0.5


@RECOGNIZERS.register("PhoneNumberRecognizer")
class PhoneNumberRecognizer(OwnRecognizer):
    ENTITIES = ["PHONE_NUMBER"]
    CONTEXT = ["phone", "tel", "telephone", "call", "mobile", "cell", "number", "whatsapp", "fax", "text",
               "contact", "reach", "ring", "dial", "sms"]

    def __init__(self, supported_language: str = "en", context: list[str] | None = None,
                 regions: tuple[str, ...] = REGIONS):
        self.regions = regions
        super().__init__(supported_language, context)

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for start, candidate in _pieces(_CANDIDATE.finditer(text)):
            if candidate.startswith("(") and ")" not in candidate:
                candidate, start = candidate[1:], start + 1
            if _TIME_AFTER.match(text, start + len(candidate)) and _LAST_GROUP.search(candidate):
                candidate = _LAST_GROUP.sub("", candidate)  # "16/03/2024 01:42": a date, then a time
            score = self.score(candidate)
            while not score and _LAST_GROUP.search(candidate):
                # "+44 20 7123 4567 (2 min)": drop trailing groups until a number is left
                candidate = _LAST_GROUP.sub("", candidate)
                score = self.score(candidate)
            # (a valid number written with its "+" is a phone whatever came before: "registration card, +233 24 ...")
            if score and (_not_phone_label(text, start) and not (candidate.startswith("+") and score == VALID_INTERNATIONAL)
                          or text[max(0, start - 1):start] == "#"
                          or _CODE_BEFORE.search(text, max(0, start - 12), start)):
                score = 0.0
            if score:
                end = start + len(candidate)
                ext = _EXTENSION.match(text, end)
                if ext:
                    end = ext.end()
                results.append(self._result(start, end, score))
        if _SPOKEN_HINT.search(text):  # digit words read out as a number ("oh-seven-nine", "nine one eight")
            # "call me back at five oh three, ...": spaCy counts "call" a stop word, so Presidio's context
            # words never see it; the verb of calling vouches for the number here
            results += [self._result(m.start(), m.end(), VALID_NATIONAL if _CALL_BEFORE.search(text, max(0, m.start() - 30),
                                                                                                  m.start())
                                     or _said_whole(m.group()) else POSSIBLE)
                        for m in _IN_WORDS.finditer(text)]
        if _ES_SPOKEN_HINT.search(text):  # (never a count: "uno, dos, tres, cuatro")
            results += [self._result(m.start(), m.end(), VALID_NATIONAL) for m in _ES_IN_WORDS.finditer(text)
                        if not _ES_COUNTING.search(m.group())]
        return results

    def score(self, candidate: str) -> float:
        return _score(candidate, self.regions)

    def _result(self, start: int, end: int, score: float):
        return make_result(self, "PHONE_NUMBER", start, end, score)


def _pieces(matches) -> Iterator[tuple[int, str]]:
    """(start, text) of each candidate; two numbers a spaced slash or a table's gap joins are read apart
    ("01434 683 209 / 07961 442 018")."""
    for match in matches:
        text, at = match.string, match.start()
        for between in _BETWEEN_NUMBERS.finditer(text, match.start(), match.end()):
            yield at, text[at:between.start()].rstrip(" \t-./(")
            at = between.end()
        yield at, text[at:match.end()].rstrip(" \t-./(")


def _said_whole(words: str) -> bool:
    """Nine digit words or more, not a count: a phone's length said aloud."""
    count = len(re.findall(r"(?i)zero|oh|one|two|three|four|five|six|seven|eight|nine", words)) \
        + len(re.findall(r"(?i)double", words))
    return count >= _LONG_SPOKEN_DIGITS and not _COUNTING.search(words)


def _not_phone_label(text: str, start: int) -> bool:
    """Whether the words before the number name an id, a code or an amount (and not a phone's number)."""
    before = max(0, start - 30)
    return bool(_NOT_PHONE_BEFORE.search(text, before, start)) and not _PHONE_LABEL_BEFORE.search(text, before, start) \
        and not _PERSONS_NO_BEFORE.search(text, before, start) and not _PHONE_ON_BEFORE.search(text, max(0, start - 50), start)


@lru_cache(maxsize=8192)  # the same numbers repeat across rows of a table
def _score(candidate: str, regions: tuple[str, ...]) -> float:
    digits = len(_DIGITS.findall(candidate))
    if not 7 <= digits <= 15 or _NOT_PHONE.match(candidate):
        return 0.0
    separated = any(c in candidate for c in " -.()")
    if candidate.startswith(("+", "00")):
        number = _parse("+" + candidate[2:] if candidate.startswith("00") else candidate, None)
        if number is None:
            return 0.0
        if phonenumbers.is_valid_number(number):
            return VALID_INTERNATIONAL
        if not phonenumbers.is_possible_number(number):
            return 0.0
        # (or written with its "+" and ten digits or more: a booking's "AP +447911448203")
        return POSSIBLE_INTERNATIONAL if separated or candidate.startswith("+") and digits >= 10 else POSSIBLE
    if digits == 11 and _TRUNK_8.fullmatch(candidate):
        number = _parse("+7" + candidate[1:], None)
        if number is not None and phonenumbers.is_valid_number(number):
            return VALID_NATIONAL
    possible = False
    # A bare run of digits could be anything: only the first regions are tried for it.
    for region in regions if separated else regions[:_BARE_REGIONS]:
        number = _parse(candidate, region)
        if number is None:
            continue
        if phonenumbers.is_valid_number(number):
            return VALID_NATIONAL if separated else VALID_BARE
        possible = possible or phonenumbers.is_possible_number(number)
    return POSSIBLE if possible and separated else 0.0


def _parse(candidate: str, region: str | None):
    try:
        return phonenumbers.parse(candidate, region)
    except NumberParseException:
        return None

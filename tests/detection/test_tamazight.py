"""Names, dates, places and ids in Kabyle and the other Tamazight languages: Tifinagh and Berber Latin
(recognizers/tamazight.py)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.tamazight import TamazightRecognizer


@pytest.fixture(scope="module")
def tamazight():
    return TamazightRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village's assembly "of" a place; a date with its Kabyle month
        ("Tajmaɛt n Tiferdud tettmuddu-d talɣut: ass n 12 Fuṛar 2021 ur yelli ara waman.",
         {("LOCATION", "Tiferdud"), ("DATE_TIME", "12 Fuṛar 2021")}),
        # given names with the family's "At"; codes after "uṭṭun" (number)
        ("Wid ur nxelleṣ ara: Saɛid At Ḥemmu (uṭṭun KA-052), Ɛeli Ait Yusef (uṭṭun KA-090).",
         {("PERSON", "Saɛid At Ḥemmu"), ("PERSON", "Ɛeli Ait Yusef"),
          ("ID_NUMBER", "KA-052"), ("ID_NUMBER", "KA-090")}),
        # one's own name after "isem-is" (his name); the code after "uṭṭun-is n ..." and a colon
        ("Isem-is Ɛmer. Uṭṭun-is n uɛeggal: KB-7781.", {("PERSON", "Ɛmer"), ("ID_NUMBER", "KB-7781")}),
        # one introducing himself, then his place after "zg" (from)
        ("Azul, nkki d Lḥusayn Ubaha zg Tamanar.", {("PERSON", "Lḥusayn Ubaha"), ("LOCATION", "Tamanar")}),
        # a post office "of" a spring's town; a Tashelhit month with its hour
        ("Ad ṛuḥeɣ ɣer lbusṭa n Ɛin Tagrunt azekka. Is trit ad tt-tẓṛt ass n 7 nuwanbir g 09:30?",
         {("LOCATION", "Ɛin Tagrunt"), ("DATE_TIME", "7 nuwanbir g 09:30")}),
        # a ridge's village by its kind's word; born in a town named for its market day
        ("Nekni aql-aɣ deg Iɣil Wadda. Lulleɣ di Larbeɛa n At Wasif, immut g 21 ɣuct 2022.",
         {("LOCATION", "Iɣil Wadda"), ("LOCATION", "Larbeɛa n At Wasif"), ("DATE_TIME", "21 ɣuct 2022")}),
    ],
)
def test_when_berber_latin_has_cues_then_values_are_found(tamazight, text, expected):
    assert expected <= _found(tamazight, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date with its Tifinagh month; a known given name and its family name; a known town
        ("ⴰⵙⵙ ⵏ 4 ⵢⵓⵏⵢⵓ, ⵎⵓⵃⵎⵎⴷ ⵓⴱⴰⵀⴰ ⴰⴷ ⵢⴰⵡⵉ ⴰⵣⵎⵎⵓⵔ ⵙ ⵜⵎⴰⵄⵚⵕⵜ ⵏ ⵜⴰⴼⵔⴰⵡⵜ. ⵓⵟⵟⵓⵏ ⵏⵙ: TF-2231.",
         {("DATE_TIME", "4 ⵢⵓⵏⵢⵓ"), ("PERSON", "ⵎⵓⵃⵎⵎⴷ ⵓⴱⴰⵀⴰ"), ("LOCATION", "ⵜⴰⴼⵔⴰⵡⵜ"), ("ID_NUMBER", "TF-2231")}),
        # one's own name after "ⵉⵙⵎ ⵉⵏⵓ" (my name); a place after "ⵣⴷⵖⵖ ⴳ" (I live in)
        ("ⵉⵙⵎ ⵉⵏⵓ ⵃⵎⴰⴷ ⴰⵢⵜ ⵄⵍⵉ, ⵣⴷⵖⵖ ⴳ ⵜⴰⴳⵍⵍⵉⵜ.", {("PERSON", "ⵃⵎⴰⴷ ⴰⵢⵜ ⵄⵍⵉ"), ("LOCATION", "ⵜⴰⴳⵍⵍⵉⵜ")}),
        # a press "of" a village after "ⵙ" (to); a given name and a noun's shape after it
        ("ⴱⵔⴰⵀⵉⵎ ⴰⵎⵖⴰⵔ ⴰⴷ ⵢⴰⵡⵉ ⴰⵣⵎⵎⵓⵔ ⵙ ⵜⵎⴰⵄⵚⵕⵜ ⵏ ⵜⴰⴳⵍⵍⵉⵜ.", {("PERSON", "ⴱⵔⴰⵀⵉⵎ ⴰⵎⵖⴰⵔ"), ("LOCATION", "ⵜⴰⴳⵍⵍⵉⵜ")}),
        # a record's labels: given name, family name, place
        ('{"ⵉⵙⵎ": "ⵄⴰⵢⵛⴰ", "ⵉⵙⵎ_ⵏ_ⵜⵡⴰⵛⵓⵍⵜ": "ⴰⵎⵣⵉⵍ", "ⴰⴷⵖⴰⵔ": "ⵜⵉⵣⵏⵉⵜ"}',
         {("PERSON", "ⵄⴰⵢⵛⴰ"), ("PERSON", "ⴰⵎⵣⵉⵍ"), ("LOCATION", "ⵜⵉⵣⵏⵉⵜ")}),
    ],
)
def test_when_tifinagh_has_cues_then_values_are_found(tamazight, text, expected):
    assert expected <= _found(tamazight, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a CSV with Kabyle headers: name, village, number (a code), phone
        ("Isem,Taddart,Uṭṭun,Tilifun\nMuḥend Uqasi,Tala Guilef,TG-011,0770 11 22 33\n"
         "Ṭiṭem At Ɛli,Tawrirt Mimun,TG-019,0553 44 55 66",
         {("PERSON", "Muḥend Uqasi"), ("LOCATION", "Tala Guilef"), ("ID_NUMBER", "TG-011"),
          ("PERSON", "Ṭiṭem At Ɛli"), ("LOCATION", "Tawrirt Mimun"), ("ID_NUMBER", "TG-019")}),
        # a Tifinagh markdown table: name, douar (village)
        ("| ⵉⵙⵎ | ⴷⵓⵡⴰⵔ | ⵜⵉⵍⵉⴼⵓⵏ |\n|---|---|---|\n| ⵎⵓⵃⴰ ⴰⵢⵜ ⵃⵎⵎⵓ | ⵉⵎⵉ ⵏ ⵜⴰⵏⵓⵜ | 0661 00 11 22 |\n"
         "| ⵉⵟⵟⵓ ⵓⵎⵓⵙⵙ | ⴰⵎⵙⴽⵔⵓⴷ | 0670 22 33 44 |",
         {("PERSON", "ⵎⵓⵃⴰ ⴰⵢⵜ ⵃⵎⵎⵓ"), ("LOCATION", "ⵉⵎⵉ ⵏ ⵜⴰⵏⵓⵜ"), ("PERSON", "ⵉⵟⵟⵓ ⵓⵎⵓⵙⵙ"), ("LOCATION", "ⴰⵎⵙⴽⵔⵓⴷ")}),
        # a column of dashed codes under a header these labels do not name
        ("Isem,Taddart,Tanekkit\nMuḥend Uqasi,Tala Guilef,WX-311\nLunis At Wali,Tawrirt Mimun,WX-312",
         {("ID_NUMBER", "WX-311"), ("ID_NUMBER", "WX-312"), ("PERSON", "Lunis At Wali")}),
    ],
)
def test_when_a_table_has_tamazight_headers_then_its_cells_are_typed(tamazight, text, expected):
    assert expected <= _found(tamazight, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the village's assembly (no name after "n"), months after "seg" and "deg", a weekday's market
        ("Tajmaɛt n taddart tettmuddu-d talɣut. Tura seg Yennayer ar Meɣres. Ass n Lexmis ad nṛuḥ ɣer ssuq n Larbeɛa. "
         "Tajmaɛt n Tazrut.", {("LOCATION", "Tazrut")}),
        # thanks "from the heart", apps after "deg", "his name I do not know", "I am a teacher"
        ("Tanemmirt seg wul. Nekni deg Facebook d WhatsApp. Isem-is ur t-ssineɣ ara. Nekk d aselmad deg uɣerbaz. "
         "Isem-is Ɛmer.", {("PERSON", "Ɛmer")}),
        # common nouns after "ⴳ" and "ⵏ" (the town, the olives), "freedom" and "light", a denied name
        ("ⵣⴷⵖⵖ ⴳ ⵜⵎⴷⵉⵏⵜ. ⵜⴰⵎⴰⵄⵚⵕⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⵜⵎⵇⵇⵓⵔ. ⴰⵔ ⵏⵙⵙⵓⵙⵎ ⵜⵉⵍⵍⵉ ⴷ ⵜⴰⴼⴰⵜ. ⵉⵙⵎ ⵉⵏⵓ ⵓⵔ ⵜ ⵉⵙⵙⵉⵏ ⵢⴰⵏ. ⵉⵣⴷⵖ ⴳ ⵜⴰⴳⵍⵍⵉⵜ.",
         {("LOCATION", "ⵜⴰⴳⵍⵍⵉⵜ")}),
        # a phone after "uṭṭun" is the phone recognizer's; "the eldest", "the youngest" are no names
        ("Uṭṭun n tilifun: 0550 12 34 56. Amɣar ameqran d mmi amezyan. Uṭṭun: RT-0042.", {("ID_NUMBER", "RT-0042")}),
        # English with the same words ("Isem", "Taddart", a month) beside a Berber date
        ("The meeting is on 12 May 2024. Isem is a rare word. The Taddart project ships. Ass n 3 Meɣres.",
         {("DATE_TIME", "3 Meɣres")}),
    ],
)
def test_when_tamazight_cue_words_hold_no_value_then_only_the_values_are_found(tamazight, text, expected):
    assert _found(tamazight, text) == expected


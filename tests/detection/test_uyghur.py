"""Names, ages, dates, places, addresses and ids in Uyghur: Arabic script, Latin and Cyrillic (recognizers/uyghur.py)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.uyghur import UyghurRecognizer


@pytest.fixture(scope="module")
def uyghur():
    return UyghurRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form: the name by its label, a birth date, an id by its label, the Uyghur parts of a Turkish address
        ("ئىسمى: ئابدۇللا ھەسەن\nتۇغۇلغان ۋاقتى: 1987-يىلى 14-نويابىر\nكىملىك نومۇرى: 99123456780\n"
         "ئادرېسى: Atatürk Cad. No: 7، قوجاتەپە، ئەنقەرە",
         {("PERSON", "ئابدۇللا ھەسەن"), ("DATE_TIME", "1987-يىلى 14-نويابىر"), ("ID_NUMBER", "99123456780"),
          ("LOCATION", "قوجاتەپە"), ("LOCATION", "ئەنقەرە")}),
        # a name opening a sentence before a date; the month by its number; a country's shape before "came";
        # the case ending stays outside the place
        ("ئابلەت قاسىم 2017-يىلى 5-ئاينىڭ 12-كۈنى شىۋېتسىيەگە كەلگەن.",
         {("PERSON", "ئابلەت قاسىم"), ("DATE_TIME", "2017-يىلى 5-ئاينىڭ 12-كۈنى"), ("LOCATION", "شىۋېتسىيە")}),
        # a date with its hour; a known town with its locative
        ("گۈلنار ئەمەت 2023-يىلى 8-مارت كۈنى سائەت 9:30 دا قەشقەردە ئىدى.",
         {("PERSON", "گۈلنار ئەمەت"), ("DATE_TIME", "2023-يىلى 8-مارت كۈنى سائەت 9:30"), ("LOCATION", "قەشقەر")}),
        # a name after a role word, the age in brackets, a place by its kind's word
        ("ئىلتىماسچى ئۆمەرجان تاھىر (45 ياش) قاراقاش ناھىيىسىدە تۇغۇلغان.",
         {("PERSON", "ئۆمەرجان تاھىر"), ("AGE", "45"), ("LOCATION", "قاراقاش")}),
        # a name before a place opening the text; a kin word before a name
        ("ياسىن ئوسمان ئىستانبۇلدا تۇرىدۇ. ئوغلى ئابدۇللا مەكتەپكە بارىدۇ.",
         {("PERSON", "ياسىن ئوسمان"), ("LOCATION", "ئىستانبۇل"), ("PERSON", "ئابدۇللا")}),
        # a courtesy title after the name, reported apart
        ("ھۆرمەتلىك تۇرسۇن ئەپەندى، سىزنى كۈتىمىز.", {("PERSON", "تۇرسۇن"), ("TITLE", "ئەپەندى")}),
        # a doctor's title before a known name; the name ends where the verb begins
        ("دوكتور ئەنۋەر كەلدى.", {("TITLE", "دوكتور"), ("PERSON", "ئەنۋەر")}),
        # a table's header names its columns
        ("| ئىسمى | تېلېفون | شەھەر |\n|---|---|---|\n| دىلنۇر ياقۇپ | +90 532 000 00 00 | قونيا |",
         {("PERSON", "دىلنۇر ياقۇپ"), ("LOCATION", "قونيا")}),
    ],
)
def test_when_uyghur_arabic_script_has_cues_then_values_are_found(uyghur, text, expected):
    assert expected <= _found(uyghur, text)


@pytest.mark.parametrize(
    "text",
    [
        # a common noun opening a sentence before a date, a pronoun, home and school before "came" and "went"
        "بۇ مەكتەپ 2019-يىلى قۇرۇلغان. ئۇ ئۆيگە كەلدى. ئۇلار مەكتەپكە باردى.",
        # a hospital, a camp before "born", "lived" (institutions and common places, not names)
        "ئۇ دوختۇرخانىدا تۇغۇلغان. ئۇلار لاگېردا تۇرغان.",
        # words before a date that are no name; "ياش" (young) before "خانىم" is no name
        "ياخشى ئادەم 2020-يىلى كەلدى. ياش خانىم سالام بەردى.",
        # "ماي" (butter) after a number with no dash; a number before a noun
        "5 كىلو ماي ئالدىم. ئۇنىڭ 3 بالىسى بار.",
        # a dorm before "lives" (a common noun with the same ending); an age limit; a doctoral student
        "ئۇ ياتاقتا تۇرىدۇ. 18 ياشقا توشمىغان بالىلار. دوكتور ئاسپىرانت كەلدى.",
        # a table whose header names no person or place column
        "| مەھسۇلات | باھاسى |\n|---|---|\n| چاي | 20 |",
    ],
)
def test_when_uyghur_arabic_script_looks_close_then_nothing_is_flagged(uyghur, text):
    found = _found(uyghur, text)
    assert not {f for f in found if f[0] in ("PERSON", "LOCATION", "TITLE", "AGE")}, found


def test_when_a_uyghur_date_has_no_hour_then_the_day_word_stays_outside(uyghur):
    text = "ئۇ 2019-يىلى 4-ئاپرېل كۈنى ئالمۇتاغا كەلگەن."
    assert _found(uyghur, text) == {("DATE_TIME", "2019-يىلى 4-ئاپرېل"), ("LOCATION", "ئالمۇتا")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Men Zulpiye Hoshur, 1990-yili 12-may Ürümchide tughulghan. 2017-yili 6-dékabir Türkiyege keldim.",
         {("DATE_TIME", "1990-yili 12-may"), ("LOCATION", "Ürümchi"), ("DATE_TIME", "2017-yili 6-dékabir"),
          ("LOCATION", "Türkiye")}),
        # a day with its hour; an age; a capitalised place with its case before "I live"
        ("Siz 2024-yili 3-iyul kuni saet 14:00 de kélishingiz kérek. Men 34 yashta, hazir Kayseride turimen.",
         {("DATE_TIME", "2024-yili 3-iyul kuni saet 14:00"), ("AGE", "34"), ("LOCATION", "Kayseri")}),
        ("Silerni 15-iyun küni toyumgha teklip qilimen!", {("DATE_TIME", "15-iyun")}),
    ],
)
def test_when_uyghur_latin_has_cues_then_values_are_found(uyghur, text, expected):
    assert expected <= _found(uyghur, text)


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised word opening a sentence, an app with its case, home before "came"
        "Bügün men öyge keldim. Mektepte turimen küni boyi. Hazir Telegramda yazdim.",
        # English and Uzbek with none of Uyghur's words
        "The meeting with Kuni is in May at 10am.",
        "Toshkentda yashayman, 2024-yil bahorda keldim.",
        # "his village" is no place's name
        "Uning yézisi chong, 2019-yili keldim.",
    ],
)
def test_when_latin_text_looks_close_then_no_place_or_name_is_flagged(uyghur, text):
    found = _found(uyghur, text)
    assert not {f for f in found if f[0] in ("PERSON", "LOCATION", "AGE")}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мен Илияр Һезим, 1988-жили 30-июль туғулғанмән, Алмута вилайити Уйғур наһийисидә туримән.",
         {("DATE_TIME", "1988-жили 30-июль"), ("LOCATION", "Алмута"), ("LOCATION", "Уйғур")}),
        # an avenue, its number and the flat; a weekday and its date
        ("Адрес: Абай даңғили 150, 12-өй. Җүмә күни, 14-июнь меһманға баримиз.",
         {("ADDRESS", "Абай даңғили 150, 12-өй"), ("DATE_TIME", "Җүмә күни, 14-июнь")}),
        # a known given name inside a sentence; an age
        ("Товарни елип кәт, Динара саәт 9 дин башлап шу йәрдә болиду. Мән 40 яшта.",
         {("PERSON", "Динара"), ("AGE", "40")}),
    ],
)
def test_when_uyghur_cyrillic_has_cues_then_values_are_found(uyghur, text, expected):
    assert expected <= _found(uyghur, text)


@pytest.mark.parametrize(
    "text",
    [
        # Tatar, Bashkir and Kazakh share the months and letters, but none of Uyghur's own words
        "Мин 1988 елны 30 июльдә туганмын, Казан шәһәрендә яшим. Сәгать 9да Динара килә.",
        "Мин 1988 йылда 30 июлдә тыуҙым, Өфө ҡалаһында йәшәйем. Дүшәмбе көнө.",
        "Мен 1988 жылы 30 шілдеде туылдым, Алматы облысы. Сағат 9, Динара келеді.",
        # God's name inside a Uyghur sentence is no one's
        "Ете саәт 9 да, Худа халиса, йетип келимиз.",
    ],
)
def test_when_cyrillic_is_not_uyghur_or_no_name_then_nothing_is_flagged(uyghur, text):
    assert not _found(uyghur, text)


def test_when_text_is_english_then_nothing_is_searched_past_one_cue(uyghur):
    assert uyghur.analyze("Patient John Smith, 45, seen on 12 May 2024 in Leeds.", None) == []

"""Names, ages, dates, places, addresses and ids in Sorani and Kurmanji Kurdish (recognizers/kurdish.py)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.kurdish import KurdishRecognizer


@pytest.fixture(scope="module")
def kurdish():
    return KurdishRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prescription's form: the patient by the label, the age, a neighbourhood by its word, lane and house
        ("ناوی نەخۆش: هێڤی کەریم ئەحمەد\nتەمەن: ٦٤ ساڵ\nناونیشان: سلێمانی، گەڕەکی بەختیاری، کۆڵانی ٣٢، خانووی ١٧",
         {("PERSON", "هێڤی کەریم ئەحمەد"), ("AGE", "٦٤"), ("LOCATION", "سلێمانی"), ("LOCATION", "بەختیاری"),
          ("ADDRESS", "کۆڵانی ٣٢، خانووی ١٧")}),
        # a camp's registration: the camp, the head of household, places before, the national card, block and tent
        ("فۆرمی تۆمارکردنی ئاوارە - کەمپی ئاشتی\nناوی سەرۆکی خێزان: سەلوا عەلی حوسێن\nشوێنی پێشوو: ڕومادی، ئەنبار\n"
         "ژمارەی کارتی نیشتمانی: ١٩٨٢٠٣٣١٤٥٨٧\nشوێنی نیشتەجێبوون: بلۆکی ٦، چادری ٤٢",
         {("LOCATION", "ئاشتی"), ("PERSON", "سەلوا عەلی حوسێن"), ("LOCATION", "ڕومادی"), ("LOCATION", "ئەنبار"),
          ("ID_NUMBER", "١٩٨٢٠٣٣١٤٥٨٧"), ("ADDRESS", "بلۆکی ٦، چادری ٤٢")}),
        # a staff list: people before a dash, employee numbers without a colon, a shift's start, a town and a province
        ("١. ڕێباز حەمە سەعید - ئەندازیاری بیر، ژمارەی کارمەند KR-ENG-0412\nدەستپێکی شیفت: ٢٠٢٤/١٠/٠٦ کاتژمێر ١٨:٠٠\n"
         "شوێن: نزیک کۆیە، پارێزگای هەولێر",
         {("PERSON", "ڕێباز حەمە سەعید"), ("ID_NUMBER", "KR-ENG-0412"), ("DATE_TIME", "٢٠٢٤/١٠/٠٦ کاتژمێر ١٨:٠٠"),
          ("LOCATION", "کۆیە"), ("LOCATION", "هەولێر")}),
        # JSON keys as labels
        ('{"نەخۆش": "شیلان مەحمود", "تەمەن": 29}', {("PERSON", "شیلان مەحمود"), ("AGE", "29")}),
        # a name before "age", a date with its ezafe and year, a camp
        ("ژینۆ عومەر تەمەنی ١٩ ساڵە و لە ١٥ی ئازاری ٢٠٢٤ەوە لە کەمپی عەربەت دەژی.",
         {("PERSON", "ژینۆ عومەر"), ("AGE", "١٩"), ("DATE_TIME", "١٥ی ئازاری ٢٠٢٤"), ("LOCATION", "عەربەت")}),
        # a courtesy title apart from the name; a weekday, a date and an hour as one
        ("بەڕێز کاوە، نۆرەی چاوپێکەوتنت لەگەڵ پزیشک بۆ ڕۆژی سێشەممە، ٢٠ی شوبات، کاتژمێر ١٠ دیاری کرا.",
         {("TITLE", "بەڕێز"), ("PERSON", "کاوە"), ("DATE_TIME", "ڕۆژی سێشەممە، ٢٠ی شوبات، کاتژمێر ١٠")}),
        ("خاتوو نەسرین لە شاری دهۆک دەژی", {("TITLE", "خاتوو"), ("PERSON", "نەسرین"), ("LOCATION", "دهۆک")}),
        ("پزیشک: د. ئاراس بەرزنجی\n", {("TITLE", "د."), ("PERSON", "ئاراس بەرزنجی")}),
        # after "Mr" a name ends where the sentence goes on, unless its next word is a known name too
        ("کاک ئازاد سڵاوی هەیە", {("TITLE", "کاک"), ("PERSON", "ئازاد")}),
        ("کارمەندی بەڕێز ئارام جەلال مستەفا، مووچەی مانگی ئەیلوول", {("TITLE", "بەڕێز"), ("PERSON", "ئارام جەلال مستەفا")}),
        # a two-word month and the year; an engineer's word before a known name
        ("ئەندازیار دلێر ڕەشید لە ١ی کانوونی دووەمی ٢٠٢٥ەوە وەک سەرپەرشتیار کار دەکات",
         {("PERSON", "دلێر ڕەشید"), ("DATE_TIME", "١ی کانوونی دووەمی ٢٠٢٥")}),
        # kin words before names, between commas; whom to contact
        ("تکایە ئەنجامی تاقیگەی منداڵەکە، ئارین، بنێرە بۆ دایکی، شنۆ جەمال، لە ڕێگەی ئیمەیڵ",
         {("PERSON", "ئارین"), ("PERSON", "شنۆ جەمال")}),
        ("هاوسەرەکەی، ڕووناک، لە ماڵەوەیە.", {("PERSON", "ڕووناک")}),
        ("بۆ هەر پرسیارێک پەیوەندی بکە بە سۆزان لە بەشی مووچە", {("PERSON", "سۆزان")}),
        # a name said with the copula glued to it, and the age after
        ("ناوی سەر ڕەچەتەکە عومەر عەبدوڵڵایە، تەمەنی ٧٨ ساڵە", {("PERSON", "عومەر عەبدوڵڵا"), ("AGE", "٧٨")}),
        ("ناوم ژیلا کەریمە.", {("PERSON", "ژیلا کەریم")}),
        # a given name opening a sentence before "yesterday"; a street by its name
        ("هاوڕێ دوێنێ لە دەرمانخانەکەی شەقامی سالم دەرمانی کڕی.", {("PERSON", "هاوڕێ"), ("ADDRESS", "شەقامی سالم")}),
        # ages after a kin word or "a ... boy"; a name with the age in brackets
        ("کوڕەکەم ٧ ساڵە", {("AGE", "٧")}),
        ("منداڵێکی ٥ ساڵە ون بووە", {("AGE", "٥")}),
        ("ئاکۆ (١٢ ساڵ) لە قوتابخانەیە", {("PERSON", "ئاکۆ"), ("AGE", "١٢")}),
        # a village and a district by their word; a solar month; Arabic keyboard letters ("ي", "ك", "ھ")
        ("لە گوندی هەڵەدن، قەزای ڕانیە", {("LOCATION", "هەڵەدن"), ("LOCATION", "ڕانیە")}),
        ("لە ٣ی خاکەلێوەی ٢٧٢٤ لەدایک بووە", {("DATE_TIME", "٣ی خاکەلێوەی ٢٧٢٤")}),
        ("ناوی باوک: كەريم\nشار: ھەولێر", {("PERSON", "كەريم"), ("LOCATION", "ھەولێر")}),
        ("لەدایکبووی ساڵی ١٩٨٥ە", {("DATE_TIME", "١٩٨٥")}),
        ("ڕۆژی پێنجشەممە کاتژمێر ٩ی بەیانی وەرە", {("DATE_TIME", "ڕۆژی پێنجشەممە کاتژمێر ٩ی بەیانی")}),
        ("ژمارەی ناسنامە: 0123 4567 89", {("ID_NUMBER", "0123 4567 89")}),
    ],
)
def test_when_sorani_marks_personal_data_then_it_is_found(kurdish, text, expected):
    assert _found(kurdish, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family's form: a wife's name by her kin word and the age in "salî"
        ("Jina wî: Nesrîn Mihemed, 38 salî", {("PERSON", "Nesrîn Mihemed"), ("AGE", "38")}),
        ("Karmendê me Serhat Doğan (34 salî), operatorê sondajê", {("AGE", "34")}),
        ("Baba Şêrzad di 67 saliya xwe de hê jî kar dike", {("AGE", "67")}),
        ("Temen: 45\nNavê bavê: Mihemed\nCihê jidayikbûnê: Qamişlo",
         {("AGE", "45"), ("PERSON", "Mihemed"), ("LOCATION", "Qamişlo")}),
        # a weekday, a day with its ezafe, a month and the hour as one date; a camp with its number
        ("Ji kerema xwe roja Duşemê, 12ê Sibatê, saet 9:00 were navenda belavkirinê ya kampa Domîz 2.",
         {("DATE_TIME", "roja Duşemê, 12ê Sibatê, saet 9:00"), ("LOCATION", "Domîz 2")}),
        ("Kampa Qewilgosk li nêzîkî Hewlêrê ye.", {("LOCATION", "Qewilgosk"), ("LOCATION", "Hewlêrê")}),
        ("ew di 12ê Adara 2024an de hat", {("DATE_TIME", "12ê Adara 2024an")}),
        ("Dîrok: 3ê Çileya Paşîn 2024", {("DATE_TIME", "3ê Çileya Paşîn 2024")}),
        ("Birayê min Şervan li kampa Mexmûr dimîne; ew di 12ê Adarê 1998 de li Colemêrg ji dayik bûye.",
         {("PERSON", "Şervan"), ("LOCATION", "Mexmûr"), ("DATE_TIME", "12ê Adarê 1998"), ("LOCATION", "Colemêrg")}),
        ("dermansaz got ku ew ê Pêncşemê, 7ê Adarê bigihîje.", {("DATE_TIME", "Pêncşemê, 7ê Adarê")}),
        # a block and a tent; a courtesy title; a village by its word; an id after its label
        ("Em li blok 9, kon 23 in, kesek dikare pakêtê bîne?", {("ADDRESS", "blok 9, kon 23")}),
        ("Birêz Rezan Ehmed, serlêdana we hate qebûlkirin", {("TITLE", "Birêz"), ("PERSON", "Rezan Ehmed")}),
        ("Ew ji gundê Girkê Legê ye", {("LOCATION", "Girkê Legê")}),
        ("Hejmara nasnameyê: 12345678", {("ID_NUMBER", "12345678")}),
        ("Navê min Rojda ye û ez li Hewlêrê dijîm", {("PERSON", "Rojda"), ("LOCATION", "Hewlêrê")}),
    ],
)
def test_when_kurmanji_marks_personal_data_then_it_is_found(kurdish, text, expected):
    assert _found(kurdish, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ئاشتی و ئازادی بۆ هەمووان.",  # peace and freedom: given names that are words, alone
        "ژیان ئێستا زۆر گرانە.",  # life is dear now
        "باران دوێنێ زۆر باری.",  # it rained a lot yesterday
        "١٠ ساڵە لێرە کار دەکەم و گرێبەستێکی ٥ ساڵە واژۆ کرا.",  # years of work, a five-year contract
        "٥ ئازار لە ژیانمدا هەبوو، ئازاری زۆری هەیە.",  # five pains, much pain: no month without its ezafe or year
        "شاری گەورە و ناوچەی باکوور.",  # a big city, the northern area
        "ناوی دەرمان: پاراسیتامۆڵ",  # a medicine's name
        "کاتەکەی دیاری کرا و پزیشک بۆ ڕۆژی داهاتوو دەیبینێت.",  # "was set": no name
        "تکایە کارتی نیشتمانییەکەت لەگەڵ خۆت بهێنە.",  # bring your national card (no number)
        "مووچەی مانگی ئەیلوول بۆ ماوەی ٣ ساڵ.",  # a month alone, three years
        "لە گوندەکەمان خانووی زۆر هەیە.",  # in our village there are many houses
        "بەڕێزان، تکایە بە وردی بخوێننەوە.",  # "ladies and gentlemen"
        "پرسەکانی ژن، تەندروستی، پەروەردە گرنگن.",  # a list after a bare kin word: women, health, education
        "کاک ئەمە بۆ تۆیە.",  # "brother, this is for you": no name after the title
        "سڵاو هاوڕێیان، ئەمڕۆ کۆبوونەوە هەیە.",  # hello friends
        "ڕاپۆرتی کۆگا\nکۆدی کیت: NFI-K7-2024، HYG-04-B",  # a kit's code is no id
        "بەروار: 2024-05-14 11:02:41",  # Latin digits: every language's, read elsewhere
        "محمد علی در کابل زندگی می‌کند و ۳۵ سال دارد",  # Persian: no Sorani letter
        "Salı günü 12 Mart 2024 saat 9:00'da kampa Ahmet ile gittik. A Blok 9, Kat 3, Daire 5.",  # Turkish
        "La bandera roja ondeaba; on 12 Adar 5784 they met. Nav: Home | About",  # Spanish, a Hebrew date, a menu
        "The camp is kon 23 miles away; block 9, tent 4 was empty.",
        "Ma tête est à Noël, ça va; la fenêtre du 12 mai.",  # French with Kurmanji's letters
    ],
)
def test_when_words_only_look_kurdish_then_nothing_is_found(kurdish, text):
    assert _found(kurdish, text) == set()


def test_when_no_kurdish_letter_is_in_a_text_then_one_search_decides(kurdish, monkeypatch):
    from minimize.detection.recognizers import kurdish as module

    monkeypatch.setattr(module, "_KURMANJI_CUE", None)  # would fail if it were searched
    monkeypatch.setattr(module, "_SORANI", None)
    assert kurdish.analyze("Please call Anna on Monday, 12 March, at the camp.", None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ناوی نەخۆش: هێڤی کەریم ئەحمەد\nتەمەن: ٦٤ ساڵ\nناونیشان: سلێمانی، گەڕەکی بەختیاری، کۆڵانی ٣٢، خانووی ١٧",
         {("PERSON", "هێڤی کەریم ئەحمەد"), ("AGE", "٦٤"), ("LOCATION", "بەختیاری"), ("ADDRESS", "کۆڵانی ٣٢، خانووی ١٧")}),
        ("١. ڕێباز حەمە سەعید - ئەندازیاری بیر، ژمارەی کارمەند KR-ENG-0412\nدەستپێکی شیفت: ٢٠٢٤/١٠/٠٦ کاتژمێر ١٨:٠٠",
         {("PERSON", "ڕێباز حەمە سەعید"), ("ID_NUMBER", "KR-ENG-0412"), ("DATE_TIME", "٢٠٢٤/١٠/٠٦ کاتژمێر ١٨:٠٠")}),
        ("بەڕێز کاوە، نۆرەی چاوپێکەوتنت بۆ ڕۆژی سێشەممە، ٢٠ی شوبات، کاتژمێر ١٠ دیاری کرا.",
         {("TITLE", "بەڕێز"), ("PERSON", "کاوە"), ("DATE_TIME", "ڕۆژی سێشەممە، ٢٠ی شوبات، کاتژمێر ١٠")}),
        ("ژینۆ عومەر تەمەنی ١٩ ساڵە و لە ١٥ی ئازاری ٢٠٢٤ەوە لە کەمپی عەربەت دەژی.",
         {("PERSON", "ژینۆ عومەر"), ("AGE", "١٩"), ("DATE_TIME", "١٥ی ئازاری ٢٠٢٤"), ("LOCATION", "عەربەت")}),
        ("Jina wî: Nesrîn Mihemed, 38 salî", {("PERSON", "Nesrîn Mihemed"), ("AGE", "38")}),
        ("[12.03.24, 18:47] Lavîn Xidir: Spas. Em li blok 9, kon 23 in, kesek dikare pakêtê bîne?",
         {("ADDRESS", "blok 9, kon 23")}),
        ("Birayê min Şervan li kampa Mexmûr dimîne.", {("PERSON", "Şervan"), ("LOCATION", "Mexmûr")}),
    ],
)
def test_when_the_full_detector_reads_kurdish_then_the_findings_survive_refining(detector, text, expected):
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert expected <= found


def test_when_the_full_detector_reads_a_kurmanji_date_then_it_survives_refining(detector):
    text = "Ji kerema xwe roja Duşemê, 12ê Sibatê, saet 9:00 were."
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert ("DATE_TIME", "roja Duşemê, 12ê Sibatê, saet 9:00") in found

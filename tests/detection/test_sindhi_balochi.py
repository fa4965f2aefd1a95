"""Names, ages, dates, places and ids in Sindhi and Balochi, Arabic script and romanized (recognizers/sindhi_balochi.py)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.sindhi_balochi import SindhiBalochiRecognizer


@pytest.fixture(scope="module")
def sindhi():
    return SindhiBalochiRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form: the name and the father's by their labels, the age, the taluka and the district, the address
        ("نالو: زينب خاتون\nپيءُ جو نالو: غلام رسول\nعمر: 34 سال\nتعلقو: ميهڙ\nضلعو: دادو\nپتو: گهر نمبر 12، محلو سومرا",
         {("PERSON", "زينب خاتون"), ("PERSON", "غلام رسول"), ("AGE", "34"), ("LOCATION", "ميهڙ"), ("LOCATION", "دادو"),
          ("ADDRESS", "گهر نمبر 12، محلو سومرا")}),
        # one's own name said, the age after "my age", a known town before "in"
        ("منهنجو نالو امداد علي چانڊيو آهي، منهنجي عمر 52 سال آهي ۽ آئون سکر ۾ رهان ٿو.",
         {("PERSON", "امداد علي چانڊيو"), ("AGE", "52"), ("LOCATION", "سکر")}),
        ("آئون نسرين سولنگي آهيان، لاڙڪاڻي ۾ استاد آهيان.", {("PERSON", "نسرين سولنگي"), ("LOCATION", "لاڙڪاڻي")}),
        # kin words before names; the last word before "from" is the place, not the name
        ("منهنجي ڌيءُ فاطمه اسڪول ۾ پڙهي ٿي.", {("PERSON", "فاطمه")}),
        ("سندس ڀاءُ عرفان ٿيٻو رياض مان پئسا موڪلي ٿو.", {("PERSON", "عرفان ٿيٻو"), ("LOCATION", "رياض")}),
        # titles apart from the name; a name ends at its postposition, or at the known names where a verb follows
        ("اها رسيد حاجي قادر بخش جي نالي تي آهي.", {("TITLE", "حاجي"), ("PERSON", "قادر بخش")}),
        ("پنهنجي ماءُ مائي سڪينه کي پئسا ڏنا.", {("TITLE", "مائي"), ("PERSON", "سڪينه")}),
        ("مسٽر جاويد اقبال ۽ محترمه نسرين ٻنهي شرڪت ڪئي.",
         {("TITLE", "مسٽر"), ("PERSON", "جاويد اقبال"), ("TITLE", "محترمه"), ("PERSON", "نسرين")}),
        # known names side by side, a month's name with and without the year, a port's name with its word
        ("غلام حيدر جوکيو 10 سيپٽمبر 2024 تي ڪيٽي بندر پهتو ۽ 28 ڊسمبر تائين رهيو.",
         {("PERSON", "غلام حيدر جوکيو"), ("DATE_TIME", "10 سيپٽمبر 2024"), ("LOCATION", "ڪيٽي بندر"),
          ("DATE_TIME", "28 ڊسمبر")}),
        # a weekday before the date; whose number; a chat's speaker after "brother" (a word of address, no title)
        ("ادا، سليم جو نمبر ڏيو؟\nادا رفيق: 0306-2184730 هي آهي\nپئسا جمعي 21 مارچ تائين موڪلي",
         {("PERSON", "سليم"), ("PERSON", "رفيق"), ("DATE_TIME", "جمعي 21 مارچ")}),
        # a village by its word, closed by a postposition; a district before its word
        ("بدين ضلعي جي ڳوٺ ڪڙيو گهنور ۾ پاڻي آيو.", {("LOCATION", "بدين"), ("LOCATION", "ڪڙيو گهنور")}),
        ("ڳوٺ الهڏنو ملاح ۾ ٻوڏ آئي.", {("LOCATION", "الهڏنو ملاح")}),  # (a village named for a man: no person)
        # ages before "years old" and a person
        ("12 سالن جي ڇوڪري گم ٿي وئي.", {("AGE", "12")}),
        # a table with Sindhi headers: names, the father's, the identity card, the village
        ("| نالو | پيءُ جو نالو | شناختي ڪارڊ | ڳوٺ | فون |\n|---|---|---|---|---|\n"
         "| مريم ملاح | رسول بخش | 41101-3304718-2 | شاهه بندر | 0315-3317429 |",
         {("PERSON", "مريم ملاح"), ("PERSON", "رسول بخش"), ("ID_NUMBER", "41101-3304718-2"), ("LOCATION", "شاهه بندر")}),
        # a South Asian place's kind as a JSON key
        ('{"taluka": "ڪوٽ ڏيجي", "crop": "کجي"}', {("LOCATION", "ڪوٽ ڏيجي")}),
    ],
)
def test_when_sindhi_marks_personal_data_then_it_is_found(sindhi, text, expected):
    assert _found(sindhi, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name said, its case ending glued to a place ("in Gwadar"), a boat's registration number
        ("منی نام دوستین بلوچ اِنت، من گوادرءِ ماهیگیرے آن. منی بوجیگءِ رجسٹریشن نمبر GWD-2291 اِنت.",
         {("PERSON", "دوستین بلوچ"), ("LOCATION", "گوادر"), ("ID_NUMBER", "GWD-2291")}),
        # Balochi's "Mr" apart, the name without the ezafe glued to it, the place without its case ending
        ("واجہ عبدالحمیدءِ باگ پنجگورءَ اِنت. آئیءِ عمر 62 سال اِنت.",
         {("TITLE", "واجہ"), ("PERSON", "عبدالحمید"), ("LOCATION", "پنجگور"), ("AGE", "62")}),
        # a form: the port by its label, the boat's number, the identity card after its label
        ("شناختی کارڈ: 52102-8817340-5\nبندر: پسنی\nبوجیگءِ نمبر: PSN-0412",
         {("ID_NUMBER", "52102-8817340-5"), ("LOCATION", "پسنی"), ("ID_NUMBER", "PSN-0412")}),
    ],
)
def test_when_balochi_marks_personal_data_then_it_is_found(sindhi, text, expected):
    assert _found(sindhi, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sindhi: the name said, the age after "age"; a Sindhi weekday before the date
        ("Muhinjo naalo Imdad Ali aahe, muhinji umar 41 saal aahe.", {("PERSON", "Imdad Ali"), ("AGE", "41")}),
        ("30 hazar rupya Jumay 7 Feb te moklya", {("DATE_TIME", "Jumay 7 Feb")}),
        # Balochi: the name said, the age; the case ending glued to a place and a date is no part of them
        ("Mani naam Gul Bibi int, umr 28 saal. Mani lógh Turbata int.",
         {("PERSON", "Gul Bibi"), ("AGE", "28"), ("LOCATION", "Turbat")}),
        ("Man 12 Marcha wati brata 500 dirham dant.", {("DATE_TIME", "12 March")}),
        ("Sharr, shambe 22 March mál raahi kanán", {("DATE_TIME", "shambe 22 March")}),
        ("man Sharjaha kaar kanaan", {("LOCATION", "Sharjah")}),
        # whose number ("Mahnaz's")
        ("Mahnaz'e number 0348 2271096", {("PERSON", "Mahnaz")}),
    ],
)
def test_when_romanized_sindhi_or_balochi_marks_personal_data_then_it_is_found(sindhi, text, expected):
    assert _found(sindhi, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "سنڌ حڪومت اعلان ڪيو ته سڀاڻي سڀني اسڪولن ۾ موڪل هوندي.",  # the government announced a holiday
        "رسول الله ﷺ جن فرمايو ته علم حاصل ڪرڻ فرض آهي.",  # the Prophet: given names that are words, a phrase
        "نبي ڪريم ﷺ جي سيرت تي ڪانفرنس ٿي.",
        "گلاب جو گل ڏاڍو سهڻو آهي ۽ نور جي روشني.",  # a rose, light: given names that are words, alone
        "مون بئنڪ ۾ رقم ادا ڪئي ۽ رسيد ورتي.",  # "paid": "ادا" is a verb's word here
        "ادا، توهان جي مهرباني آهي.",  # "brother, thank you": no name after the word of address
        "ڳوٺ پهتو ته مينهن وسي رهيو هو.",  # "reached the village": no postposition closes a name
        "مڇي بندر تي مهاڻن احتجاج ڪيو. هن بندر تي ٻيڙيون آهن.",  # the fish harbour, this port
        "ضلعي انتظاميه اجلاس ڪيو. ساڳي ضلعي ۾ ٻيو اجلاس آهي.",  # the district administration, the same district
        "عمر قيد جي سزا ٻڌائي وئي آهي.",  # a life sentence: "age" without a number
        "منهنجو پٽ بيمار آهي ۽ اسپتال ۾ داخل آهي.",  # my son is ill: no name after the kin word
        "آئون ڊاڪٽر آهيان. آئون خوش آهيان.",  # I am a doctor, I am happy
        "هو 10 سالن جو تجربو رکي ٿو. 5 سالن جي رٿا آهي.",  # years of experience, a five-year plan
        "حاجي صاحب اچي ويا. حاجي ڪيمپ ۾ رش هئي آهي.",  # "Haji sahib", the pilgrims' camp
        "اسان جو ڳوٺ سهڻو آهي. ڳوٺ جا ماڻهو سٺا آهن.",  # our village is pretty
        "15 جون ڪتاب آهن.",  # "جون" is "of" too: June only with its year
        "رسيد نمبر 22417. لاٽ نمبر L-0884، وزن 46 مڻ آهي.",  # a receipt's and a lot's numbers are no one's
        "Augusta met Maya on 5 Maya. Let's meet Friday 7 Feb at noon; int x = 5;",  # English with the cues' letters
        "میرا نام احمد ہے اور میں کراچی میں رہتا ہوں۔",  # Urdu: no Sindhi letter, no Balochi word
        "محمد علی در کابل زندگی می‌کند و ۳۵ سال دارد",  # Persian
        "انت محمد علي من دبي",  # Arabic's "you" is no Balochi copula
    ],
)
def test_when_words_only_look_sindhi_or_balochi_then_nothing_is_found(sindhi, text):
    assert _found(sindhi, text) == set()


def test_when_a_text_has_no_arabic_letter_and_no_cue_then_the_arabic_rules_never_run(sindhi, monkeypatch):
    from minimize.detection.recognizers import sindhi_balochi as module

    monkeypatch.setattr(module, "_SINDHI", None)  # would fail if it were searched
    monkeypatch.setattr(module, "_LATIN_NAMED", None)
    monkeypatch.setattr(module, "_LATIN_PLACE", None)
    assert sindhi.analyze("Please call Anna on Monday, 12 March, at the camp.", None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("منهنجو نالو عبدالرزاق سومرو آهي، منهنجي عمر 47 سال آهي ۽ آئون خيرپور ۾ رهان ٿو.",
         {("PERSON", "عبدالرزاق سومرو"), ("AGE", "47"), ("LOCATION", "خيرپور")}),
        ("واجہ عبدالغفورءِ باگ پنجگورءَ اِنت.", {("TITLE", "واجہ"), ("PERSON", "عبدالغفور"), ("LOCATION", "پنجگور")}),
        ("گلاب خان جوڻيجو 10 سيپٽمبر 2024 تي آيو.", {("PERSON", "گلاب خان جوڻيجو"), ("DATE_TIME", "10 سيپٽمبر 2024")}),
        ("Mani naam Mahganj int, umr 34 saal. Mani lógh Dashta int.",
         {("PERSON", "Mahganj"), ("AGE", "34"), ("LOCATION", "Dasht")}),
    ],
)
def test_when_the_full_detector_reads_sindhi_or_balochi_then_the_findings_survive_refining(detector, text, expected):
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert expected <= found

"""Names, ages, dates, places, addresses and ids in Assamese and Manipuri: Bengali-Assamese script and Meetei Mayek
(recognizers/assamese_manipuri.py)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.assamese_manipuri import AssameseManipuriRecognizer


@pytest.fixture(scope="module")
def assamese():
    return AssameseManipuriRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relief form: the village and the post office by their labels, a known district, the PIN code, a birth
        # date in Assamese digits, Aadhaar and a bank account by their labels
        ("নাম: হেমন্ত গগৈ\nগাঁও: নাহৰণি, ডাকঘৰ: বালিজান, জিলা: যোৰহাট, পিন: 785001\nজন্মৰ তাৰিখ: ১২/০৪/১৯৮১\n"
         "আধাৰ নম্বৰ: 5231 8870 1246\nবেংক একাউণ্ট নম্বৰ: ৩৩৪৫৬৭৮৯০১২",
         {("PERSON", "হেমন্ত গগৈ"), ("LOCATION", "নাহৰণি"), ("LOCATION", "বালিজান"), ("LOCATION", "যোৰহাট"),
          ("ZIP_CODE", "785001"), ("DATE_TIME", "১২/০৪/১৯৮১"), ("ID_NUMBER", "5231 8870 1246"),
          ("ID_NUMBER", "৩৩৪৫৬৭৮৯০১২")}),
        # a letter: titles before and after the name, a given and a family name, a known town with its genitive,
        # a day and a month with its locative, the signature under "ইতি"
        ("শ্ৰদ্ধাৰ শ্ৰীযুত মৃদুল হাজৰিকা ডাঙৰীয়া,\nমই ৰীতা বৰা, তেজপুৰৰ এগৰাকী তাঁতী। যোৱা ২২ মাৰ্চত আবেদন কৰিছিলো।\n"
         "ইতি,\nমিনু চেতিয়া",
         {("TITLE", "শ্ৰীযুত"), ("PERSON", "মৃদুল হাজৰিকা"), ("TITLE", "ডাঙৰীয়া"), ("PERSON", "ৰীতা বৰা"),
          ("LOCATION", "তেজপুৰ"), ("DATE_TIME", "২২ মাৰ্চ"), ("PERSON", "মিনু চেতিয়া")}),
        # an age by its words, a house's number and its road (the locative outside)
        ("মোৰ নাম পল্লৱী গগৈ, বয়স ২৭ বছৰ। মই গোলাঘাটৰ ঘৰ নং ৮, নামঘৰ পথত থাকো।",
         {("PERSON", "পল্লৱী গগৈ"), ("AGE", "২৭"), ("LOCATION", "গোলাঘাট"), ("ADDRESS", "ঘৰ নং ৮, নামঘৰ পথ")}),
        # places by their kind's word; a family name with its genitive
        ("নগাঁও জিলাৰ ৰহা ৰাজহ চক্ৰৰ মনোজ নাথৰ ঘৰ বানপানীত ক্ষতিগ্ৰস্ত হৈছে।",
         {("LOCATION", "নগাঁও"), ("LOCATION", "ৰহা"), ("PERSON", "মনোজ নাথ")}),
        # a date with an apostrophe and its year; the word before a name is no part of it; an age
        ("ডাঃ বিকাশ চলিহাৰ চেম্বাৰত ১৪ জুন' ২০২৩ তাৰিখে ধ্ৰুব মহন্তৰ এপইণ্টমেণ্ট আছে। ৰোগীৰ বয়স ৬১ বছৰ",
         {("PERSON", "বিকাশ চলিহা"), ("DATE_TIME", "১৪ জুন' ২০২৩"), ("PERSON", "ধ্ৰুব মহন্ত"), ("AGE", "৬১")}),
        # a name opening the text; a family name alone after a role; after a title, the name up to its family name
        # (not the verb after it)
        ("হিমাংশু দলৈয়ে আবেদন দিলে। বিধায়ক হাতীবৰুৱাই কয়। শ্ৰীমতী জুনু কাকতিক মাতিছিলো।",
         {("PERSON", "হিমাংশু দলৈ"), ("PERSON", "হাতীবৰুৱা"), ("TITLE", "শ্ৰীমতী"), ("PERSON", "জুনু কাকতি")}),
        # a name before a kin word in a chat
        ("মা: ৯৯৫৪৩ ১১২২৩, নৰেন খুৰা। মই কাইলৈ নলবাৰীলৈ যাম।", {("PERSON", "নৰেন"), ("LOCATION", "নলবাৰী")}),
        # a table's header names its columns
        ("ক্ৰমিক,তাঁতীৰ নাম,গাঁও,মবাইল\n১,জুৰি কলিতা,সৰুপথাৰ,৯৮৬৪০ ০০০০০\n২,কমল দাস,চেনিমাৰি,",
         {("PERSON", "জুৰি কলিতা"), ("LOCATION", "সৰুপথাৰ"), ("PERSON", "কমল দাস"), ("LOCATION", "চেনিমাৰি")}),
    ],
)
def test_when_assamese_has_cues_then_values_are_found(assamese, text, expected):
    assert expected <= _found(assamese, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Manipuri form in Bengali script: a Meitei family name first, "Singh" closing; the address's house and
        # locality; a district with its direction
        ("মিং: লাইশ্রম বিক্রম সিংহ\nপোকপা নুমিৎ: ১৪/০৭/২০০৩\nলৈফম: য়ুম নং ১৭, ৱাংখৈ মখা লৈকাই, বিষ্ণুপুর, পিন 795126",
         {("PERSON", "লাইশ্রম বিক্রম সিংহ"), ("DATE_TIME", "১৪/০৭/২০০৩"), ("ADDRESS", "য়ুম নং ১৭"),
          ("LOCATION", "ৱাংখৈ মখা লৈকাই"), ("LOCATION", "বিষ্ণুপুর"), ("ZIP_CODE", "795126")}),
        # one's own name said, a place one lives at (the locative outside), a date with its month
        ("ঐগী মিং নোংমৈথেম ইবোমচা নি। ঐ মোইরাংদা লৈ। ঐগী পোকপা নুমিৎ ৩ জানুৱারী ১৯৯১।",
         {("PERSON", "নোংমৈথেম ইবোমচা"), ("LOCATION", "মোইরাং"), ("DATE_TIME", "৩ জানুৱারী ১৯৯১")}),
        # a family name of the Meitei shape (-থেম) with its genitive; a river by its kind's word
        ("নম্বুল তুরেলগী ঈশিং চাওখৎপদা চিংখাম্থেম সুরেশগী য়ুম মাংখ্রে।",
         {("LOCATION", "নম্বুল তুরেল"), ("PERSON", "চিংখাম্থেম সুরেশ")}),
        # a Markdown table: names, the father's, the locality, Aadhaar
        ("| মিং | মপা / মপুরোইবা | লৈকাই | আধার |\n|---|---|---|---|\n| লাইশ্রম ইবেতোম্বী | লাইশ্রম ইবোচা | ৱাংখৈ | 4412 9087 3321 |",
         {("PERSON", "লাইশ্রম ইবেতোম্বী"), ("PERSON", "লাইশ্রম ইবোচা"), ("LOCATION", "ৱাংখৈ"),
          ("ID_NUMBER", "4412 9087 3321")}),
    ],
)
def test_when_manipuri_in_bengali_script_has_cues_then_values_are_found(assamese, text, expected):
    assert expected <= _found(assamese, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one's own name said, a place one lives at, an age after "years"
        ("ꯑꯩꯒꯤ ꯃꯤꯡ ꯂꯥꯏꯁ꯭ꯔꯝ ꯇꯣꯝꯕ ꯅꯤ꯫ ꯑꯩ ꯏꯝꯐꯥꯜꯗꯥ ꯂꯩ꯫ ꯃꯍꯥꯛ ꯆꯍꯤ ꯳꯵꯫",
         {("PERSON", "ꯂꯥꯏꯁ꯭ꯔꯝ ꯇꯣꯝꯕ"), ("LOCATION", "ꯏꯝꯐꯥꯜ"), ("AGE", "꯳꯵")}),
        # a family name opening the text with its genitive, a date in Meetei digits, the year first before the month
        ("ꯅꯤꯡꯊꯧꯖꯝ ꯆꯥꯎꯕꯥꯒꯤ ꯃꯦꯝꯕꯔ ꯅꯝꯕꯔ MN-XX-0001꯫ ꯄꯣꯛꯄ ꯅꯨꯃꯤꯠ ꯰꯳/꯱꯱/꯱꯹꯹꯹ ꯅꯣ? ꯃꯍꯥꯛ ꯲꯰꯲꯳ ꯃꯥꯔꯆ ꯰꯵ ꯗꯥ ꯂꯥꯛꯈꯤ꯫",
         {("PERSON", "ꯅꯤꯡꯊꯧꯖꯝ ꯆꯥꯎꯕꯥ"), ("DATE_TIME", "꯰꯳/꯱꯱/꯱꯹꯹꯹"), ("DATE_TIME", "꯲꯰꯲꯳ ꯃꯥꯔꯆ ꯰꯵")}),
        # a chat: the speaker who speaks twice; where one's house is, closing the sentence
        ("ꯇꯣꯝꯕ: ꯍꯥꯏ, ꯑꯩꯒꯤ ꯐꯣꯟ 9862 000 111꯫\nꯏꯕꯦꯝ: ꯑꯣꯀꯦ꯫\nꯇꯣꯝꯕ: ꯍꯣꯏ꯫ ꯃꯍꯥꯛꯀꯤ ꯌꯨꯝ ꯃꯌꯥꯡꯏꯝꯐꯥꯜ꯫",
         {("PERSON", "ꯇꯣꯝꯕ"), ("LOCATION", "ꯃꯌꯥꯡꯏꯝꯐꯥꯜ")}),
    ],
)
def test_when_meetei_mayek_has_cues_then_values_are_found(assamese, text, expected):
    assert expected <= _found(assamese, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # districts and police stations counted or named by their kind, no place's name before them; a district's
        # name before its kind's word is one
        ("কৃষি বিভাগৰ মতে কেইবাখনো জিলাত বানপানী হৈছে। সকলোবোৰ থানাত সতৰ্কতা। আৰক্ষী থানাত গোচৰ তৰা হয়। "
         "ধেমাজি জিলাত বেছি ক্ষতি।", {("LOCATION", "ধেমাজি")}),
        # an age limit, a span of years, counts of money and people; a patient's age is one
        ("বয়স ১৮ বছৰৰ তলৰ শিশুক কাম দিব নোৱাৰি। নূন্যতম বয়স ২১ হ'ব লাগিব। ৫ বছৰ ধৰি কাম চলিছে। ৰোগীৰ বয়স ৪৪।",
         {("AGE", "৪৪")}),
        # family names that are words too, with no given name before them (servitude, young, a rice)
        ("দাস প্ৰথা বহু পুৰণি। ডেকা প্ৰজন্মৰ বাবে নতুন আঁচনি। বৰা ধানৰ খেতি। এজন ডেকা ল'ৰাই মাছ কিনিলে। "
         "শিক্ষক অজয় ডেকাই পঢ়ায়।", {("PERSON", "অজয় ডেকা")}),
        # a school's name by a label that is no person's
        ("বিদ্যালয়ৰ নাম: আদৰ্শ বিদ্যালয়\nছাত্ৰ সংখ্যা: ৩৫০\nঅভিভাৱকৰ নাম: প্ৰণৱ কাকতি",
         {("PERSON", "প্ৰণৱ কাকতি")}),
        # Manipuri: at home, here, at school; a clan's word after a family name
        ("ঐগী য়ুমদা লৈ। স্কুলদা লৈরি। মখোয় লৈকাই অসিদা লৈ। লাইশ্রম সগাইগী মীওই। ঐ চান্দেলদা লৈ।",
         {("LOCATION", "চান্দেল")}),
        # Meetei Mayek: at home, a year with four digits after "year", time
        ("ꯑꯩ ꯌꯨꯃꯗꯥ ꯂꯩ꯫ ꯆꯍꯤ ꯲꯰꯲꯳ ꯗꯥ ꯑꯣꯏꯈꯤ꯫ ꯃꯇꯝ ꯑꯁꯤ ꯐꯖꯩ꯫ ꯃꯍꯥꯛ ꯆꯍꯤ ꯱꯹꯫", {("AGE", "꯱꯹")}),
    ],
)
def test_when_assamese_or_manipuri_looks_close_then_only_the_values_are_flagged(assamese, text, expected):
    found = {f for f in _found(assamese, text) if f[0] in ("PERSON", "LOCATION", "TITLE", "AGE")}
    assert found == expected


def test_when_a_text_is_bengali_then_nothing_is_read(assamese, monkeypatch):
    # Bengali writes neither ৰ nor ৱ nor Manipuri's words: the module costs one search and finds nothing
    from minimize.detection.recognizers import assamese_manipuri as module

    monkeypatch.setattr(module, "_B_PLACE", None)  # would fail if it were searched
    assert assamese.analyze("আমার নাম রহিম উদ্দিন, বয়স ৩০ বছর। ১২/০৩/১৯৯০ তারিখে জন্ম। পিন: 700001", None) == []
    assert assamese.analyze("Please call Anna on Monday, 12 March, at the camp.", None) == []


def test_when_a_letter_is_typed_with_its_dot_apart_then_it_reads_the_same(assamese):
    # "ড়" as one letter or as ড and its nukta; "য়" likewise
    one = "মই ডিব্ৰুগ\u09dcত থাকো। বয়স ৪০ বছৰ।"
    two = "মই ডিব্ৰুগ\u09a1\u09bcত থাকো। ব\u09af\u09bcস ৪০ বছৰ।"
    for text in (one, two):
        found = _found(assamese, text)
        assert ("AGE", "৪০") in found and any(kind == "LOCATION" and value.startswith("ডিব্ৰুগ") for kind, value in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("মোৰ নাম পল্লৱী গগৈ, বয়স ২৭ বছৰ। মই গোলাঘাটৰ ঘৰ নং ৮, নামঘৰ পথত থাকো।",
         {("AGE", "২৭"), ("LOCATION", "গোলাঘাট"), ("ADDRESS", "ঘৰ নং ৮, নামঘৰ পথ")}),
        ("নগাঁও জিলাৰ ৰহা ৰাজহ চক্ৰৰ মনোজ নাথৰ ঘৰ বানপানীত ক্ষতিগ্ৰস্ত হৈছে।",
         {("LOCATION", "নগাঁও"), ("LOCATION", "ৰহা"), ("PERSON", "মনোজ নাথ")}),
        ("ঐগী মিং নোংমৈথেম ইবোমচা নি। ঐ মোইরাংদা লৈ।", {("PERSON", "নোংমৈথেম ইবোমচা"), ("LOCATION", "মোইরাং")}),
        ("ꯑꯩꯒꯤ ꯃꯤꯡ ꯂꯥꯏꯁ꯭ꯔꯝ ꯇꯣꯝꯕ ꯅꯤ꯫ ꯃꯍꯥꯛ ꯆꯍꯤ ꯳꯵꯫ ꯄꯣꯛꯄ ꯅꯨꯃꯤꯠ ꯰꯳/꯱꯱/꯱꯹꯹꯹꯫",
         {("PERSON", "ꯂꯥꯏꯁ꯭ꯔꯝ ꯇꯣꯝꯕ"), ("AGE", "꯳꯵"), ("DATE_TIME", "꯰꯳/꯱꯱/꯱꯹꯹꯹")}),
    ],
)
def test_when_the_full_detector_reads_assamese_or_manipuri_then_the_findings_survive_refining(detector, text, expected):
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert expected <= found

"""Names, titles, ages, dates, places, ids and phones in Burmese script and romanized (recognizers/burmese.py)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.burmese import BurmeseRecognizer


@pytest.fixture(scope="module")
def burmese():
    return BurmeseRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title glued before the name, maybe a particle after it ("က": subject, "ရဲ့": possessive)
        ("ဦးထွန်းထွန်းနိုင် ၏ မွေးသက္ကရာဇ်မှာ", {("TITLE", "ဦး"), ("PERSON", "ထွန်းထွန်းနိုင်")}),
        ("ဖုန်းဆိုင်က ကိုသန့်ဇင်က ချိတ်ပေးတယ်။", {("TITLE", "ကို"), ("PERSON", "သန့်ဇင်")}),
        ("ကိုဇော်မင်း နဲ့ မခင်မြင့်အေး ရောက်လာတယ်။",
         {("TITLE", "ကို"), ("PERSON", "ဇော်မင်း"), ("TITLE", "မ"), ("PERSON", "ခင်မြင့်အေး")}),
        ("ဆရာမ ဒေါ် ခင်မြင့် နှင့်", {("TITLE", "ဒေါ်"), ("PERSON", "ခင်မြင့်")}),  # a blank after the title
        ("မောင်မောင်ရဲ့ အီးမေးလ်", {("PERSON", "မောင်မောင်")}),  # Maung Maung: a name, no title
        # a form's label: borrower, father's name, guarantor, winner; the title apart
        ("ငွေချေးသူ - ဒေါ်စန်းစန်းမြင့်\n", {("TITLE", "ဒေါ်"), ("PERSON", "စန်းစန်းမြင့်")}),
        ("အဖအမည် - ဦးမင်းထွန်း\n", {("TITLE", "ဦး"), ("PERSON", "မင်းထွန်း")}),
        ("ကံထူးရှင် - ဝေဖြိုးအောင် (၀၉၇၈၁၂၃၄၀၅၆)", {("PERSON", "ဝေဖြိုးအောင်"), ("PHONE_NUMBER", "၀၉၇၈၁၂၃၄၀၅၆")}),
        # one's own name ("my name is", "I am"), a chat's speakers, a name after "brother"
        ("ကျွန်တော့်နာမည် အောင်ကျော်မိုး ပါ။", {("PERSON", "အောင်ကျော်မိုး")}),
        ("ငွေဖြည့်ပေးပါ။ ကျွန်မ နှင်းဝေ ပါ။", {("PERSON", "နှင်းဝေ")}),
        ("ဇင်မာ: အစ်ကို ကျော်ကျော် ရေ၊ ဘာတွေလိုလဲ", {("PERSON", "ဇင်မာ"), ("PERSON", "ကျော်ကျော်")}),
        # the National Registration Card, in Burmese and romanized, any citizenship's letter
        ("မှတ်ပုံတင်အမှတ် - ၉/မဟမ(နိုင်)၀၃၈၄၁၇", {("ID_NUMBER", "၉/မဟမ(နိုင်)၀၃၈၄၁၇")}),
        ("၈/မကန(ဧည့်)၀၁၂၃၄၅", {("ID_NUMBER", "၈/မကန(ဧည့်)၀၁၂၃၄၅")}),
        ("NRC 12/ThaGaKa(N)093361, address", {("ID_NUMBER", "12/ThaGaKa(N)093361")}),
        ("| 9/AMaZa(N)102447 | 5/MaYaNa(E)123456 |", {("ID_NUMBER", "9/AMaZa(N)102447"), ("ID_NUMBER", "5/MaYaNa(E)123456")}),
        ("NRC 12/KaMaYa (N) 204719.", {("ID_NUMBER", "12/KaMaYa (N) 204719")}),
        # ages by their word, or before years-old
        ("အသက် - ၅၁\n", {("AGE", "၅၁")}),
        ("(အသက် ၄၅ နှစ်)", {("AGE", "၄၅")}),
        ("သား ၇ နှစ်သား", {("AGE", "၇")}),
        ("A thet: 47\n", {("AGE", "47")}),
        ("ka par, a thet 39 nhit.", {("AGE", "39")}),
        # dates: Burmese digits, a year's, a month's and a day's words, a weekday and a clock
        ("မွေးသက္ကရာဇ် - ၁၄-၁၁-၁၉၉၃\n", {("DATE_TIME", "၁၄-၁၁-၁၉၉၃")}),
        ("ကို ၂၀၂၄ ခုနှစ်၊ ဇန်နဝါရီလ ၁၅ ရက် တွင်", {("DATE_TIME", "၂၀၂၄ ခုနှစ်၊ ဇန်နဝါရီလ ၁၅ ရက်")}),
        ("ဒီဇင်ဘာ ၂၀ ရက်နေ့", {("DATE_TIME", "ဒီဇင်ဘာ ၂၀ ရက်")}),
        ("တနင်္လာနေ့၊ စက်တင်ဘာ ၉ ရက်၊ နံနက် ၁၀ နာရီ တွင်", {("DATE_TIME", "တနင်္လာနေ့၊ စက်တင်ဘာ ၉ ရက်၊ နံနက် ၁၀ နာရီ")}),
        # places: known alone, before their kind's word (a township's inside), after a label
        ("သူ မန္တလေးကို ပြောင်းသွားမယ်", {("LOCATION", "မန္တလေး")}),
        ("ဖြစ်ပြီး တောင်ကြီးမြို့တွင် နေထိုင်ပါသည်", {("LOCATION", "တောင်ကြီး")}),
        ("ကလေးမြို့၊ ဒလမြို့နယ်၊ ကျိုက်လတ်ကျေးရွာ၊ ရှမ်းပြည်နယ်",
         {("LOCATION", "ကလေး"), ("LOCATION", "ဒလမြို့နယ်"), ("LOCATION", "ကျိုက်လတ်"), ("LOCATION", "ရှမ်း")}),
        ("ရွာ: ကံကြီးကုန်း\n", {("LOCATION", "ကံကြီးကုန်း")}),
        # an address: house, room and street, then the township and town
        ("နေရပ်လိပ်စာ - အမှတ် ၁၂၇၊ ၆၂ လမ်း၊ ချမ်းအေးသာစံမြို့နယ်၊ မန္တလေး\n",
         {("ADDRESS", "အမှတ် ၁၂၇၊ ၆၂ လမ်း"), ("LOCATION", "ချမ်းအေးသာစံမြို့နယ်"), ("LOCATION", "ချမ်းအေးသာစံ"),
          ("LOCATION", "မန္တလေး")}),
        ("ကျွန်တော် အမှတ် ၄၂၊ ပြည်လမ်းမှာ နေပါတယ်။", {("ADDRESS", "အမှတ် ၄၂၊ ပြည်လမ်း")}),
        ("အမှတ် ၁၅၊ အခန်း ၄၊ ကမ်းနားလမ်း၊ ဗိုလ်တထောင်",
         {("ADDRESS", "အမှတ် ၁၅၊ အခန်း ၄၊ ကမ်းနားလမ်း"), ("LOCATION", "ဗိုလ်တထောင်")}),
        # a table's columns by their Burmese headings
        ("အမည် | ဖုန်း | မြို့နယ်\nမိုးမိုးခိုင် | ၀၉၂၅၀၄၄၁၈၇၃ | ရွာသစ်\n",
         {("PERSON", "မိုးမိုးခိုင်"), ("PHONE_NUMBER", "၀၉၂၅၀၄၄၁၈၇၃"), ("LOCATION", "ရွာသစ်")}),
        ("အမည်\tအသက်\nကိုမျိုးမင်း\t၃၅\n", {("TITLE", "ကို"), ("PERSON", "မျိုးမင်း"), ("AGE", "၃၅")}),
        # Myanmar mobiles, in Latin or Burmese digits
        ("1. Daw Tin Tin Aye - 25,000 - 09 4730 15528\n",
         {("TITLE", "Daw"), ("PERSON", "Tin Tin Aye"), ("PHONE_NUMBER", "09 4730 15528")}),
        ("ဖုန်း - ၀၉ ၄၅၀ ၃၃၁ ၂၇၆", {("PHONE_NUMBER", "၀၉ ၄၅၀ ၃၃၁ ၂၇၆")}),
        ("call +95 9 4730 15528", {("PHONE_NUMBER", "+95 9 4730 15528")}),
        # romanized titles before names' syllables; a doubled name is the name
        ("Guarantor: her husband U Myo Min Thant.", {("TITLE", "U"), ("PERSON", "Myo Min Thant")}),
        ("Officer: Ma Thet Htar Swe", {("TITLE", "Ma"), ("PERSON", "Thet Htar Swe")}),
        ("Customer Nang Seng Hom (NRC", {("TITLE", "Nang"), ("PERSON", "Seng Hom")}),
        ("Saw Eh Htoo | 09 4488 30921", {("TITLE", "Saw"), ("PERSON", "Eh Htoo"), ("PHONE_NUMBER", "09 4488 30921")}),
        ("met Maung Maung and Mg Mg Lwin", {("PERSON", "Maung Maung"), ("PERSON", "Mg Mg Lwin")}),
        ("Nay yat: Pathein, Ayeyarwady Region", {("LOCATION", "Ayeyarwady")}),
    ],
)
def test_when_burmese_personal_data_then_it_is_found(burmese, text, expected):
    assert expected <= _found(burmese, text)


@pytest.mark.parametrize(
    "text",
    [
        "ကျွန်တော် မသိဘူး။",  # "မ" denies: I don't know
        "မနက်ဖြန် ဆိုင်ကို လာခဲ့ပါ။",  # tomorrow, come to the shop ("ကို" marks the object)
        "ဒီနေ့ မိုးရွာတယ်။ နေ့တိုင်း အလုပ်သွားတယ်။",  # it rains ("ရွာ"), every day ("တိုင်း")
        "ဦးစွာ ဖုန်းနံပါတ်ကို ထည့်ပါ။ ဦးဆောင်မှု ဦးနှောက် ဦးစားပေး",  # first, leadership, brain, priority
        "ဒေါ်လာ ၁၀၀ ပေးရမယ်။",  # a hundred dollars
        "သူ့ကို ငွေ ပေးလိုက်ပြီ။ ကျွန်မ ပျော်ပါတယ်။",  # I am happy
        "ဒီမြို့က လှတယ်။ ကျွန်တော်တို့မြို့နယ်မှာ ပွဲရှိတယ်။ မြို့ထဲ သွားမယ်။",  # this town, our township
        "မကောင်းဘူး။ မအောင်မြင်ဘူး။ မကျော်နိုင်ပါ။ ဖိုင် ကိုတင်ပါ။ ပစ္စည်း ကိုထားပါ။",  # verbs after "not", objects
        "အသက်အာမခံ ၅၀၀၀ ကျပ်။ အသက် ၁၈ နှစ်အောက် ကလေးများ မဝင်ရ။ ၅ နှစ် ကြာပြီ။",  # life insurance, under 18
        "လမ်းလျှောက်သွားမယ်။ မေမေ နဲ့ ဖေဖေ။ ဆရာဝန်နဲ့ ပြပါ။ လာခဲ့နော်။ စောစော ထပါ။",  # walk, mum, doctor, early
        "လူ ၅ ဦး လာမယ်။ လူငယ် ၁၀ ဦးကို ရွေးထားတယ်။ သုံး ဦး ရှိတယ်။",  # ဦး counts people
        "ကျွန်တော် ကျောင်းသား ပါ။ ကျွန်မ ဆရာမ ပါ။ ကျွန်တော် နေကောင်းပါ။",  # I am a student, a teacher, well
        "မတ်တပ်ရပ်ပါ။ မေ့သွားပြီ။ မင်း ဘယ်သွားမလဲ။ မြန်မာစာ သင်တယ်။",  # stand up ("မတ်" March), forgot
        "မှတ်ပုံတင် ကတ်ပြား ပါရမယ်။ ဆင်းကတ်မှတ်ပုံတင်ဖို့ ဘာတွေလိုလဲ။",  # the card's word, no number
        "Make a U Turn at the light. The U.S. Army. Section U 2. Ma and Pa Kettle. Ma Rainey sang.",
        "Ko Samui is an island. I Saw Win Butler. Sai Baba. Ma Long won. Ma Lin played. Ko Eun-ji.",
        "Version 09 1234 and code 2009123456789, ISBN 978-0-09-123456-7, date 09-12-2024, time 09:30.",
        "A theta of 5. Thetford 45. The ratio 1/2(3)456789 and item 15/KaMaYa(N)123456.",  # no state 15
    ],
)
def test_when_ordinary_words_then_nothing_is_found(burmese, text):
    assert _found(burmese, text) == set()


def test_when_no_burmese_cue_then_nothing_is_searched(burmese):
    assert burmese.analyze("Dear Ana, the meeting is on 3 March at 10:00 in room 4.", None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ငွေချေးသူ - ဒေါ်စန်းစန်းမြင့်\nမှတ်ပုံတင် - ၇/ပခန(နိုင်)၁၅၀၂၈၈\nအသက် - ၅၁\nလိပ်စာ - အမှတ် ၈၈၊ ဗိုလ်ချုပ်လမ်း၊ ပဲခူး\n",
         {("TITLE", "ဒေါ်"), ("PERSON", "စန်းစန်းမြင့်"), ("ID_NUMBER", "၇/ပခန(နိုင်)၁၅၀၂၈၈"), ("AGE", "၅၁"),
          ("ADDRESS", "အမှတ် ၈၈၊ ဗိုလ်ချုပ်လမ်း"), ("LOCATION", "ပဲခူး")}),
        ("ဖုန်းဆိုင်က ကိုသန့်ဇင်က ကျွန်တော့် ဖုန်းအသစ်ကို ၀၉ ၂၅၄ ၃၇၁ ၈၀၉ နဲ့ ချိတ်ပေးတယ်။",
         {("TITLE", "ကို"), ("PERSON", "သန့်ဇင်")}),
        ("Mytel notice: subscriber Sai Htun Lin, NRC 13/TaKaNa(N)058231, must re-verify",
         {("TITLE", "Sai"), ("PERSON", "Htun Lin"), ("ID_NUMBER", "13/TaKaNa(N)058231")}),
        ("Daw Thin Thin Oo  09 4012 77364    500,000\nU Tun Lwin        09 2561 90483",
         {("TITLE", "Daw"), ("PERSON", "Thin Thin Oo"), ("TITLE", "U"), ("PERSON", "Tun Lwin")}),
        ("မွေးသက္ကရာဇ်: ၃-၉-၁၉၇၅\nရွာ: ကံကြီးကုန်း\n", {("DATE_TIME", "၃-၉-၁၉၇၅"), ("LOCATION", "ကံကြီးကုန်း")}),
        # a date in words: refine's calendar test knows no Burmese month, so the recognizer's own reading is kept
        ("ဦးထွန်းထွန်းနိုင် ၏ မွေးသက္ကရာဇ်မှာ ၁၉၆၈ ခုနှစ်၊ ဧပြီလ ၂၁ ရက် ဖြစ်ပြီး", {("DATE_TIME", "၁၉၆၈ ခုနှစ်၊ ဧပြီလ ၂၁ ရက်")}),
    ],
)
def test_when_the_full_detector_runs_then_burmese_findings_survive_refine(detector, text, expected):
    spans = detector.detect([text])[0]
    assert expected <= {(s.entity_type, text[s.start:s.end]) for s in spans}


def test_when_english_prose_runs_through_the_detector_then_no_burmese_title_is_read(detector):
    text = "Make a U Turn at the light, then Ma said the Ko Samui trip was off."
    assert not [s for s in detector.detect([text])[0] if s.recognizer == "BurmeseRecognizer"]

"""Names, ages, dates, places and ids in Dari and Pashto, and their romanized forms (recognizers/dari_pashto.py)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.dari_pashto import DariPashtoRecognizer


@pytest.fixture(scope="module")
def dari_pashto():
    return DariPashtoRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Dari form: surname and father's name by their labels, a solar date in Persian digits, a province
        ("نام: فرید\nتخلص: احمدزی\nنام پدر: محمد اکبر\nتاریخ تولد: ۱۳۶۵/۰۷/۰۲\nمحل تولد: جلال آباد، ولایت ننگرهار",
         {("PERSON", "احمدزی"), ("PERSON", "محمد اکبر"), ("DATE_TIME", "۱۳۶۵/۰۷/۰۲"), ("LOCATION", "جلال آباد"),
          ("LOCATION", "ننگرهار")}),
        # a Pashto form: name, father's name, age in "کاله", birthplace, the tazkira number in Persian digits
        ("نوم: عبدالستار\nد پلار نوم: حاجي ګل محمد\nعمر: ۴۱ کاله\nد زېږېدو ځای: خوست\nد تذکرې شمېره: ۱۴۰۱-۰۵۰۷-۳۳۱۰۲",
         {("PERSON", "عبدالستار"), ("PERSON", "حاجي ګل محمد"), ("AGE", "۴۱"), ("LOCATION", "خوست"),
          ("ID_NUMBER", "۱۴۰۱-۰۵۰۷-۳۳۱۰۲")}),
        # a house and a lane, then a place the list does not know, by its place in the address
        ("اوسنۍ پته: کور ۳۲، کوڅه ۹، بورډ، پېښور", {("ADDRESS", "کور ۳۲، کوڅه ۹"), ("LOCATION", "بورډ"),
                                                ("LOCATION", "پېښور")}),
        # Kabul's quarter, a road by its ordinal and a house
        ("به آدرس کارته چهار، سرک دوم، خانه ۱۴، کابل", {("LOCATION", "کارته چهار"), ("ADDRESS", "سرک دوم، خانه ۱۴"),
                                                     ("LOCATION", "کابل")}),
        # a solar month with its day and year, Dari and Pashto; a weekday and a clock with them
        ("تاریخ ملاقات: ۳ جوزا ۱۴۰۴", {("DATE_TIME", "۳ جوزا ۱۴۰۴")}),
        ("روز دوشنبه ۱۱ قوس ساعت سه بعد از ظهر می‌آید", {("DATE_TIME", "دوشنبه ۱۱ قوس ساعت سه بعد از ظهر")}),
        ("د ملاقات نېټه: چهارشنبه، ۲ اکتوبر ۲۰۲۴، سهار ۹:۱۵", {("DATE_TIME", "چهارشنبه، ۲ اکتوبر ۲۰۲۴، سهار ۹:۱۵")}),
        ("د ۱۴۰۲ کال د لړم په ۷مه کابل ته راغی", {("DATE_TIME", "۱۴۰۲ کال د لړم په ۷مه"), ("LOCATION", "کابل")}),
        ("جلسه با وکیل ۱۴ جنوری ۲۰۲۵ است", {("DATE_TIME", "۱۴ جنوری ۲۰۲۵")}),
        # ages: "-year-old", "has N years", in brackets after a name, after a name opening its line
        ("آقای رحمت‌الله کریمی، ۶۱ ساله", {("TITLE", "آقای"), ("PERSON", "رحمت\u200cالله کریمی"), ("AGE", "۶۱")}),
        ("دخترش نازیه که ۱۱ سال دارد با او است", {("PERSON", "نازیه"), ("AGE", "۱۱")}),
        ("یادداشت: خواهر کوچک، صدیقه (۱۴ ساله)، مریض است", {("PERSON", "صدیقه"), ("AGE", "۱۴")}),
        ("زما نوم احمد شاه دی او ۳۵ کلن یم", {("PERSON", "احمد شاه"), ("AGE", "۳۵")}),
        # titles apart from the name; a pilgrim's "حاجي" inside it
        ("ښاغلی نصیر احمد ځدراڼ\nد پاسپورټ شمېره", {("TITLE", "ښاغلی"), ("PERSON", "نصیر احمد ځدراڼ")}),
        ("میرمن زرمینه د کندهار ده", {("TITLE", "میرمن"), ("PERSON", "زرمینه"), ("LOCATION", "کندهار")}),
        # a relative before a name; a name before a verb of saying; "جان" after a given name; whom to call
        ("د هغې مېړه عبدالوکیل په ترکیه کې دی", {("PERSON", "عبدالوکیل"), ("LOCATION", "ترکیه")}),
        ("فرزانه می‌گوید که ویزه‌اش رد شد", {("PERSON", "فرزانه")}),
        ("زرغونه وايي چې ورور یې هلته دی", {("PERSON", "زرغونه")}),
        ("نرگس جان، مصاحبه شما فردا است", {("PERSON", "نرگس")}),
        ("اگر مشکلی بود به جاوید به شماره ۰۷۹۹۱۲۳۴۵۶ زنگ بزنید", {("PERSON", "جاوید")}),
        # a letter's opening: a name before "dear"; a parcel's receiver by the label
        ("شبنم رسولی گرامی، کارت شما آماده است", {("PERSON", "شبنم رسولی")}),
        ("گیرنده: نصرالله امیری. شماره فاکتور", {("PERSON", "نصرالله امیری")}),
        # provinces by their kind's word, Dari and Pashto order; the border crossing; a country as Afghans spell it
        ("او از ولسوالی چهار آسیاب ولایت لوگر است", {("LOCATION", "چهار آسیاب"), ("LOCATION", "لوگر")}),
        ("د سپین بولدک ولسوالۍ اوسېدونکی له تورخم تېر شو", {("LOCATION", "سپین بولدک"), ("LOCATION", "تورخم")}),
        ("ویزه‌اش برای جرمنی صادر شد", {("LOCATION", "جرمنی")}),
        # a record's number by its key in JSON; an electronic tazkira's number anywhere
        ('{"ولایت": "غزنی", "شماره_کارمند": "GHZ-2207"}', {("LOCATION", "غزنی"), ("ID_NUMBER", "GHZ-2207")}),
        ("کاپی تذکره 1400-1102-55678 ضمیمه است", {("ID_NUMBER", "1400-1102-55678")}),
        # an Iranian address's street and lane are an address too
        ("آدرس: تهران، خیابان آزادی، کوچه ۵، پلاک ۱۲", {("LOCATION", "تهران"), ("ADDRESS", "خیابان آزادی، کوچه ۵، پلاک ۱۲")}),
        # romanized: a solar date with its weekday, Pashto's "da April pa 3" with the hour, an age, an address
        ("raghlay shanbe, 4 Saratan 1403 ta", {("DATE_TIME", "shanbe, 4 Saratan 1403")}),
        ("nobat da March pa 12, Doshanba, 9 baje de", {("DATE_TIME", "da March pa 12, Doshanba, 9 baje")}),
        ("Za Wahidullah yem, 38 kala.", {("AGE", "38")}),
        ("zama kor pa kor 17, sarak 6, F-8/3 ke de", {("ADDRESS", "kor 17, sarak 6, F-8/3")}),
        ("pata: Sheikhan kalay, kor 9, Surkh Rod", {("ADDRESS", "Sheikhan kalay, kor 9")}),
    ],
)
def test_when_dari_or_pashto_text_holds_personal_data_then_it_is_found(dari_pashto, text, expected):
    assert expected <= _found(dari_pashto, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a markdown table in Pashto: name, father's name (a pilgrim's title in it), age, province
        ("| نوم | د پلار نوم | عمر | ولایت |\n|---|---|---|---|\n| ملالۍ | حاجي امان | ۳۳ | پکتیا |\n| وږمه | نور احمد | ۲۷ | فراه |",
         {("PERSON", "ملالۍ"), ("PERSON", "حاجي امان"), ("AGE", "۳۳"), ("LOCATION", "پکتیا"), ("PERSON", "وږمه"),
              ("PERSON", "نور احمد"), ("LOCATION", "فراه")}),
        # a CSV in Dari: given name, surname, birth date, tazkira, province
        ("نام,تخلص,تاریخ تولد,نمبر تذکره,ولایت\nحمیده,نوری,۱۳۷۲/۰۱/۳۰,1398-0304-11223,تخار",
         {("PERSON", "حمیده"), ("PERSON", "نوری"), ("DATE_TIME", "۱۳۷۲/۰۱/۳۰"), ("ID_NUMBER", "1398-0304-11223"),
          ("LOCATION", "تخار")}),
    ],
)
def test_when_a_table_has_a_header_of_dari_or_pashto_labels_then_its_cells_are_typed(dari_pashto, text, expected):
    assert expected <= _found(dari_pashto, text)


@pytest.mark.parametrize(
    "text",
    [
        "برنامه ۵ ساله دولت اعلام شد.",  # a five-year plan, no one's age
        "قرارداد ۲ ساله با شرکت امضا شد.",  # a two-year contract
        "۳ سال است که اینجا زندگی می‌کنم",  # "for three years", no age
        "سن بازنشستگی ۶۰ سال است",  # the retirement age, no one's
        "هزینه حمل ۲۰ دالر است.",  # "حمل" is transport too
        "۵ تله و ۳ کب خریدیم",  # traps and fish, no months
        "کارشناسان می‌گویند سرطان ۱۴۰۲ مورد جدید داشت",  # 1402 cases of cancer, no month
        "در خانه ۲ نفر زندگی می‌کنند.",  # a house and two people, no address
        "دا سړک ۱۴ کیلومتره اوږد دی",  # a road 14 km long
        "به طور کلی: وضعیت خوب است.",  # "in general", no village
        "مشتری گرامی، سفارش شما ارسال شد.",  # "dear customer"
        "خانم‌ها و آقایان، خوش آمدید.",  # "ladies and gentlemen"
        "نام کاربری: admin\nنام شرکت: افغان تلکام",  # a login's and a company's name
        "پسرش مریض است.",  # "his son is ill": no name after the relative
        "دولت می‌گوید که قیمت‌ها کاهش می‌یابد.",  # the government says
        "پولیس وايي چې پېښه وشوه",  # the police say (Pashto)
        "هغه وويل چې دا کار ښه دی.",  # a pronoun says
        "گل‌های این باغ زیبا هستند. گل می‌گوید که بهار آمد.",  # a flower, no name
        "خطر جان، برای همه مهم است.",  # "risk to life": "جان" after no name
        "لطفاً به دفتر به شماره ۰۷۹۳۴۴۸۲۱۰ زنگ بزنید",  # call the office
        "بسم الله الرحمن الرحیم",  # a prayer, no "-ullah" name
        "غور و بررسی این موضوع لازم است",  # "consideration", not the province Ghor
        "ولایت‌ها باید همکاری کنند",  # "the provinces"
        "نام,قیمت,تعداد\nقلم,۲۰,۵\nکتاب,۱۵۰,۲",  # a table of goods
        "ساعت کاری: ۸ صبح تا ۴ عصر",  # opening hours, no date
        # Iranian Persian
        "علی رفت به بازار",
        "۱۴ مهر ۱۴۰۲ جلسه برگزار شد",  # an Iranian month: dates.py reads it
        "مدیر عامل شرکت گفت که سود افزایش یافت",
        # Arabic and English
        "قال الرئيس في المؤتمر الصحفي يوم الاثنين إن الحكومة ستعمل",
        "The kala was great. Kor 5 is the best house in town.",
        "Meeting on 23 March 2014 at 10:00 with Dr Smith, 45 years old.",
        "Version 1399-0203-18745 of the build, da capo.",
    ],
)
def test_when_words_only_look_like_personal_data_then_nothing_is_found(dari_pashto, text):
    assert not _found(dari_pashto, text)


def test_when_an_afghan_place_is_named_then_only_the_place_is_found(dari_pashto):
    text = "زه دوه کاله مخکې کابل ته لاړم"  # "two years ago I went to Kabul": no age
    assert _found(dari_pashto, text) == {("LOCATION", "کابل")}


def test_when_a_dari_form_is_read_end_to_end_then_its_values_survive(detector):
    text = ("فورم ثبت نام\nنام: حسینه\nتخلص: یوسفی\nنام پدر: عبدالرزاق\nعمر: ۲۹\nتاریخ تولد: ۱۳۷۴/۰۳/۰۸\n"
            "محل تولد: شبرغان، ولایت جوزجان\nنمبر تذکره: ۱۴۰۰-۰۲۰۹-۵۵۱۲۳\nآدرس: کارته سه، سرک ششم، خانه ۲۱، کابل")
    spans = detector.detect([text])[0]
    found = {(s.entity_type, text[s.start : s.end]) for s in spans}
    assert {("PERSON", "یوسفی"), ("PERSON", "عبدالرزاق"), ("AGE", "۲۹"), ("DATE_TIME", "۱۳۷۴/۰۳/۰۸"),
            ("LOCATION", "جوزجان"), ("ID_NUMBER", "۱۴۰۰-۰۲۰۹-۵۵۱۲۳"), ("LOCATION", "کارته سه")} <= found
    # (the street address recognizer may read the whole labelled address: the road and house are inside it)
    street = text.index("سرک ششم، خانه ۲۱")
    assert any(s.entity_type == "ADDRESS" and s.start <= street and street + 16 <= s.end for s in spans)


def test_when_pashto_prose_names_people_then_they_survive_end_to_end(detector):
    text = "ګل مکۍ وايي چې د هغې ورور اجمل له تورخم څخه پاکستان ته تللی. ښاغلی حمیدالله زاخیل ۴۵ کلن دی."
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert {("PERSON", "ګل مکۍ"), ("PERSON", "اجمل"), ("LOCATION", "تورخم"), ("TITLE", "ښاغلی"),
            ("PERSON", "حمیدالله زاخیل"), ("AGE", "۴۵")} <= found


def test_when_a_romanized_pashto_text_gives_an_address_and_an_age_then_they_survive_end_to_end(detector):
    text = "Za Fazal Haq yem, 45 kala. Zama kor pa kor 231, sarak 14, G-11/2, Islamabad ke de."
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert {("AGE", "45"), ("ADDRESS", "kor 231, sarak 14, G-11/2")} <= found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("د لیدنې نېټه: ۱۸ حمل ۱۴۰۴", "۱۸ حمل ۱۴۰۴"),  # a solar month
        ("جلسه اول با وکیل ۲۸ فبروری ۲۰۲۵ است.", "۲۸ فبروری ۲۰۲۵"),  # a Gregorian month as Dari writes it
        ("د ۱۴۰۳ کال د سلواغې په ۱۰مه", "۱۴۰۳ کال د سلواغې په ۱۰مه"),  # Pashto's ordinal day
    ],
)
def test_when_a_date_names_its_month_in_dari_or_pashto_then_it_survives_end_to_end(detector, text, date):
    assert ("DATE_TIME", date) in {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}

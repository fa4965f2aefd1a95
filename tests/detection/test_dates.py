"""Calendar dates in shapes spaCy misses (recognizers/dates.py) and refine()'s calendar test."""
from __future__ import annotations

import pytest


def _found(detector, text):
    [spans] = detector.detect([text])
    return {(s.entity_type, text[s.start : s.end]) for s in spans}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DOB: 1999.08.14    Age: 24", "1999.08.14"),  # dotted, year first
        ("DOB 09-JUL-1990, seat 23A", "09-JUL-1990"),  # a month abbreviation between dashes: no code
        ("Caller: 3rd of June 1979, and", "3rd of June 1979"),  # "of" between day and month
        ("Caller: Fourth of October, nineteen seventy-three.", "Fourth of October, nineteen seventy-three"),
        ("born the twenty-first of April, 1980, holds", "the twenty-first of April, 1980"),  # ordinal words
        ("Date of birth: 1977年4月2日\nPassport", "1977年4月2日"),  # Japanese
        ("2015年4月 関西大学 入学", "2015年4月"),  # a Japanese year and month
        ("born on 1995년 3월 17일 in Daegu", "1995년 3월 17일"),  # Korean
        ("firmaron el 3 de marzo de 2022; cuenta", "3 de marzo de 2022"),  # Spanish
        ("né le 14 juillet 1989 à Lyon", "14 juillet 1989"),  # French
        ("geboren am 12. März 1988 in Köln", "12. März 1988"),  # German
        ("Schlüsselübergabe ist am 1.4. um 18 Uhr", "1.4."),  # a German day and month after "am"
        ("phone +36 20 318 4472; moved in 2024. szeptember 1.", "2024. szeptember 1."),  # Hungarian, year first
        ("2. NDIAYE/MOUSSA MSTR (CHD/14JUN16)", "14JUN16"),  # an airline's day in capitals
        ("1 AF 719 Y 12MAR DSSCDG HK2 2355 0615+1", "12MAR"),  # ... a flight segment's, without the year
        ("1,RAHMAN,AYESHA SIDDIQA,MS,04MAR1991,Bangladeshi", "04MAR1991"),  # ... a passenger list's, four-digit year
        ("paní Kateřina Dvořáková, narozena 7. 2. 1988, rodné číslo", "7. 2. 1988"),  # Czech, blanks after the dots
        ("Frau Corinne Bächtold, geboren am 28. Juni 1975, AHV", "28. Juni 1975"),
        ("syntynyt 14. maaliskuuta 1988 Tampereella", "14. maaliskuuta 1988"),  # Finnish
        ("seen on 2021-11-04T10:22 at", "2021-11-04T10:22"),  # ISO date and time: no code
        ("学歴\n2015年4月 関西大学 入学", "2015年4月"),  # NER's "name" with digits around it is none
        ("the evening of Saturday 9th March 2024 at about", "Saturday 9th March 2024"),  # after a weekday
        ("Room 1417    Arr 08 Apr / Dep 12 Apr", "08 Apr"),  # a day and a month abbreviation
        ("signed May 28, 2024 by", "May 28, 2024"),  # month first
        ("Henrik Nielsen, født 17. maj 1972, bor", "17. maj 1972"),  # Danish
        ("urodzona 3 maja 1990 w Krakowie", "3 maja 1990"),  # Polish
        ("ji-woo 언니 생일 5월 3일 맞지?", "5월 3일"),  # Korean month and day, no year
        ("誕生日は4月2日です", "4月2日"),  # Japanese month and day
        ("- Ruth out of office Aug 5-Aug 16\n", "Aug 5-Aug 16"),  # "5-Aug" inside a range is no code
        ("uncle raj's birthday is june 2! his new", "june 2"),  # month first, lower case
        ("the optician on 11/18/2025 at 3:45 PM. If you", "11/18/2025 at 3:45 PM"),  # a time's "PM", not the full stop
        ("pickup scheduled for Nov 21 at 6:15 a.m. Driver: Abdi", "Nov 21 at 6:15 a.m."),
        ("In March/2023, Kaveh opened a brokerage account", "March/2023"),  # a month and year
        ("LINDSAY MCGREGOR, SSN XXX-XX-4471, DOB 07/1983, current address", "07/1983"),  # a birth month
        ("appointment is confirmed for 12/07 at 9:30am", "12/07 at 9:30am"),  # day and month after "for", its time
        ("the flat in Paris is booked with Chloé on 22/04.", "22/04"),
        ("New tenant: Björn Halvorsen; moving in 15/08; previous", "15/08"),  # after "moving in"
        ("Amex on file, arriving 10/14, departing soon", "10/14"),
        ("bestie ur bday is 3/14 right?", "3/14"),
        ("has moved your PT session to 11/06 at 07:30. Reply", "11/06 at 07:30"),  # a clock time after it, with it
        # other calendars and languages: Dari, Thai, Arabic, a Japanese era, Croatian; a CV's year and month
        ("Hamida Rahimi, Afghan, born 1 Hamal 1371 (21 March 1992)", "1 Hamal 1371"),
        ("booked a health check for 15 ม.ค. 2568 at our branch", "15 ม.ค. 2568"),
        ("السيدة فاطمة بنعلي يوم 12 مارس في عيادة", "12 مارس"),
        ("Date of birth: Heisei 8, 4 April (4 April 1996)", "Heisei 8, 4 April"),
        ("rođena 3. svibnja 1991. u Splitu", "3. svibnja 1991"),
        ("Education\n2015.4 – 2019.3  Kobe University", "2015.4"),
        ("Education\n2015.4 – 2019.3  Kobe University", "2019.3"),
        ("mob. 091 428 7730, rođena 18. 5. 1991.", "18. 5. 1991"),  # a date, though a phone's shape fits it
        ("the seller accepted and closing is set for June twenty-eighth. Give", "June twenty-eighth"),  # words
        ("whos coming to hana's graduation on may 24? 🎓", "may 24"),  # "may" in lower case after "on"
        ("Ms. Pham Tuyet Lan, 33, DOB 19920503, member ID WLN882014937", "19920503"),  # one number after its label
        # more languages' months: Bulgarian, Estonian (inflected), Tagalog "ng", Malay, Icelandic, Vietnamese
        # and Lithuanian by their shapes, and Hindi (NER's reading of the script around it is dropped, ours kept)
        ("изплатена по сметка от 1 октомври 2024.", "1 октомври 2024"),
        ("hääletas elektrooniliselt 3. märtsil ja uuesti", "3. märtsil"),
        ("Noong ika-3 ng Marso 2025, sakay ako", "3 ng Marso 2025"),
        ("ahli kelab sejak 5 Mac 2021.", "5 Mac 2021"),
        ("sinh ngày 5 tháng 3 năm 1984 tại Hà Nội", "5 tháng 3 năm 1984"),
        ("gimė 1984 m. kovo 3 d. Vilniuje", "1984 m. kovo 3 d."),
        ("जन्म 5 मार्च 1982 को पटना में", "5 मार्च 1982"),
        ("生年月日：昭和63年4月2日、個人番号", "昭和63年4月2日"),  # a Japanese era's year, the Republic of China's
        ("出生日期：民國80年7月9日，地址", "民國80年7月9日"),
        ("for her stay of June 2–June 5. World of Hyatt", "June 2–June 5"),  # an en dash is no code's
        ("HUÉSPED: Llego el viernes 21 y me voy el domingo 23, con", "viernes 21"),  # a weekday, then a bare day
        ("HUÉSPED: Llego el viernes 21 y me voy el domingo 23, con", "domingo 23"),
        ("the blister pack for the week starting 03/03 was packed", "03/03"),  # more words saying when
        ("4000-124 Porto, no dia 30/09.", "30/09"),
        ("EXPERIÊNCIA\n03/2019 - atual: Construtora Beira-Mar", "03/2019"),  # a CV's months, the month first
        ("08/2013 - 02/2019: Cimentos do Norte", "02/2019"),
        # Georgian and Armenian months, an Armenian case ending after the day
        ("ნინო ბერიძე, დაბადებული 1991 წლის 3 მარტი, ოფთალმოლოგთან", "1991 წლის 3 მარტი"),
        ("შემდეგი ვიზიტი 24 ივნისს, 17:00 საათზე", "24 ივნისს, 17:00"),
        ("որը սխալ դեղ է տրամադրել 2024 թ. մայիսի 6-ին։", "2024 թ. մայիսի 6"),
        # isiZulu (its prefix glued to the day), Galician, Afrikaans months
        ("Ukulalelwa kwecala kuzoba ngomhla ka-9 Okthoba 2024 ngo-09:00.", "9 Okthoba 2024 ngo-09:00"),
        ("Chámome Xoán Otero, nacín o 4 de febreiro de 2005 en Lalín", "4 de febreiro de 2005"),
        ("Gebore op 3 Junie 1985 in Pretoria.", "3 Junie 1985"),
    ],
)
def test_when_a_calendar_date_has_another_shape_then_it_is_found(detector, text, value):
    assert ("DATE_TIME", value) in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("can someone cover my shift on the 22nd? its my bday", "22nd"),  # an ordinal day after "on the"
        ("I'll pick up the keys on Thursday the 14th. My", "14th"),  # after a weekday
        ("perfect, see u friday 21st at 2 😘 im at unit 3", "21st"),  # right after a weekday
    ],
)
def test_when_a_bare_ordinal_day_follows_a_word_saying_when_then_it_is_a_date(detector, text, day):
    [spans] = detector.detect([text])
    at = text.index(day)
    assert any(s.entity_type == "DATE_TIME" and s.start <= at and at + len(day) <= s.end for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "version 2023.10.4 released",  # a version: one-digit parts
        "the second of many attempts",  # an ordinal word without a month
        "call me at 10.30 on the 3rd floor",  # a time and a floor
        "you may 3 times try again",  # "may" the verb before a number
        "we need 2 dec places",  # no month
        "the lift is on the 3rd floor today",  # an ordinal before a noun
        "3/4 of the class passed",  # a fraction without a word saying when
        "the 2nd attempt failed",  # an ordinal without "on"
        "you may 24 times try again",  # "may" the verb
        "we finished not the 3rd but the 2nd by 5 points",  # places in a race, a margin
        "Friday. Score 17.10 points.",  # a score after a weekday's sentence
    ],
)
def test_when_no_calendar_date_is_named_then_no_date_is_found(detector, text):
    assert "DATE_TIME" not in {e for e, _ in _found(detector, text)}


def test_when_a_month_of_another_language_is_inside_our_date_then_ner_reading_it_as_a_name_or_place_is_dropped(detector):
    text = "Ihres Widerspruchs vom 3. Mai 2024 gegen den Bescheid; í Hafnarfjörður 3. febrúar."
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert ("DATE_TIME", "3. Mai 2024") in found and ("DATE_TIME", "3. febrúar") in found
    assert not {f for f in found if f[1] in ("Mai", "febrúar")}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Patient: Delphine Arceneaux, 58 y/o F, DOB 03.17.1966, MRN 4471", "03.17.1966"),  # month first, with dots
        ("und meine neue Adresse ab 1. April: Körnerstraße 7", "1. April"),  # a day and its dot, an English month
        ("ur nans bday is the 9th dont forget shes 90", "the 9th"),  # a birthday's ordinal, words after it
        ("The plumber is coming wed 12th between 8 and 10", "wed 12th between 8 and 10"),  # a weekday in short and the hours, inside
        ("Laura 2:06 PM\nYes, booked for tomorrow 28/02", "28/02"),  # "tomorrow" before a day and month
        ("Elmhurst Health, Registered Nurse, since 06/2014; base income", "06/2014"),  # a month and year it began
        # NER's date runs on past the line ("monday the 17th\nsarah.lindgren"); the day is ours
        ("new starter is kev, starts monday the 17th\nsarah.lindgren 10:45 AM\ndone.", "monday the 17th"),
        ("学歴\n平成31年3月　東京都立青山高等学校　卒業", "平成31年3月"),  # an era's year and month
        ("Estagiário de BI, Gerdau (01/2020 a 02/2022)", "02/2022"),  # a range's word between two months
        ("Analista, Banrisul, Porto Alegre (03/2022 até o momento)", "03/2022"),
        ("He has frozen their membership from 1/5 to 31/5 on a doctor's note.", "31/5"),  # a range's end
        ("Mr. Zhang Wei, 71M, discharged 3/9 to 88 Roseville Terrace", "3/9"),
        ("the gas safety check will take place on the 14th between 8am and 1pm.", "the 14th between 8am and 1pm"),  # a visit's hours after
        ("dan berdomisili di alamat tersebut sejak Januari 2019. Surat", "Januari 2019"),  # NER's date, words refine reads not
    ],
)
def test_when_a_day_is_named_by_its_context_then_it_is_found(detector, text, value):
    assert ("DATE_TIME", value) in _found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "card valid until 06/2027, CVV on the back",  # an expiry is nobody's date
        "payment is due on the 20th and the parcel arrives on the 18th of each month",  # not a person's day
        "Open house Sunday 1–3. Listing agent Tracy",  # hours after a weekday
    ],
)
def test_when_a_month_and_year_or_a_bare_ordinal_has_no_such_context_then_it_is_no_date(detector, text):
    found = _found(detector, text)
    assert ("DATE_TIME", "06/2027") not in found and ("DATE_TIME", "20th") not in found and ("DATE_TIME", "1") not in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Adjuster Tom Reyes will inspect on Feb 21 between 1 and 3 pm. Claim #HO-88213-A.", "Feb 21 between 1 and 3 pm"),
        ("Viewing at the mortuary, Friday March 8 from 5 to 9 pm; Mass the following day.",
         "Friday March 8 from 5 to 9 pm"),
        ("a technician missed the visit scheduled for Feb 18, 1-5 PM. He works from home", "Feb 18, 1-5 PM"),
        ("She was there Friday 3rd Jan from 13:05 to 14:20 and paid by app.", "Friday 3rd Jan from 13:05 to 14:20"),
        ("Next visit 19/06, 11 am. Contact +91 98201 46735.", "19/06, 11 am"),
        ("Okres najmu: od 12.07.2024 godz. 10:00 do 19.07.2024", "12.07.2024 godz. 10:00"),
        ("Mr. and Mrs. Haddad checked out early on the 9th and asked us to forward it.", "the 9th"),
        # hours without am/pm, until noon, about a time; a day a time follows; "may" small after an ordinal
        ("will be entering apartment 6D on Thursday, May 22, between 9 and 12 to", "Thursday, May 22, between 9 and 12"),
        ("pickup on Mon 11/18 between 8am and noon; driver will call", "Mon 11/18 between 8am and noon"),
        ("Ms. Sato will arrive late on 14 May, around 23:00; Mr. Okada", "14 May, around 23:00"),
        ("the car was hit outside 73 Albert Road on 2 Dec at about 6pm.", "2 Dec at about 6pm"),
        ("the dentist moved noah's appointment to the 14th at 3:40 and", "the 14th at 3:40"),
        ("parents evening is wed 15th may at 6pm", "wed 15th may at 6pm"),
        ("The car is due back at the Heathrow branch on 2 Sept by 18:00.", "2 Sept by 18:00"),  # a deadline's time
        ("Accident: 12/12/2024 approx 08:10 at the roundabout", "12/12/2024 approx 08:10"),
        # a date NER began inside the account number before it
        ("paid into IE20 BOFI 9000 1727 7418 36 on 3rd Feb please.", "3rd Feb"),
    ],
)
def test_when_a_date_is_said_with_its_hours_or_its_article_then_they_are_inside_its_span(detector, text, value):
    assert ("DATE_TIME", value) in _found(detector, text)


@pytest.mark.parametrize("text", ["Order 4417 ships Monday, 3-5 business days.", "the 2nd floor, 10-12 people"])
def test_when_numbers_follow_no_date_then_no_hours_are_read(detector, text):
    assert not {value for kind, value in _found(detector, text) if kind == "DATE_TIME"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dallas Mbeki finally moved to Dallas in January, and his new address is 7718 Skillman St", "January"),
        ("Chloé Marchetti is expecting a baby in mid-August. Please freeze her membership", "mid-August"),
        ("Dimitrios has asked to move to the Thessaloniki office from March.", "March"),
        ("Re: Odessa Bauch's vacation request, 12/22–12/31.", "12/22"),  # a range's first day
        ("für unsere Tochter Lina einen Platz ab August anmelden", "August"),
        ("Auf Hannes, der ist aber seit Oktober in Kopenhagen", "Oktober"),
    ],
)
def test_when_a_month_alone_says_when_someone_did_something_then_it_is_a_date(detector, text, value):
    assert ("DATE_TIME", value) in _found(detector, text)


@pytest.mark.parametrize("text", ["The March for Science drew crowds.", "Sales in May rose.", "in March of 2020 the shop shut"])
def test_when_a_month_word_names_no_time_of_someone_then_no_bare_month_is_read(detector, text):
    assert ("DATE_TIME", "March") not in _found(detector, text)



@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a chafodd ei eni ar 17 Mehefin 1961 yn Nhredegar.", "17 Mehefin 1961"),  # Welsh month
        ("yng Nghaernarfon ddydd Mawrth 14 Hydref am 10:00; ei weithiwr", "ddydd Mawrth 14 Hydref am 10:00"),  # weekday, clock
        ("go Príosún Loch Garman Dé Luain 7 Aibreán 2025. Cuirfear", "Dé Luain 7 Aibreán 2025"),  # Irish
        ("Az autó 2025. január 18-án új eszközről", "2025. január 18-án"),  # a Hungarian case ending, no code
        ("tennünk május 27-re, 16 órára. Ha nem", "május 27-re, 16 órára"),  # ... the year left out, the hour after
        ("موعد البصمة: الاثنين 2024/08/19 الساعة 11:30 — جدة", "الاثنين 2024/08/19 الساعة 11:30"),  # Arabic
    ],
)
def test_when_a_date_is_written_in_welsh_irish_hungarian_or_arabic_then_it_is_found_whole(detector, text, value):
    assert ("DATE_TIME", value) in _found(detector, text)


def test_when_a_hungarian_month_has_a_bare_number_after_it_then_it_is_no_date(detector):
    assert not {f for f in _found(detector, "A május 22 oldalas jelentés") if f[0] == "DATE_TIME"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Kazakh, a case ending on the month, the clock after "сағат"; romanised
        ("Жұмабеков 2024 жылғы 1 шілдеден бастап кеніште", "2024 жылғы 1 шілдеден"),
        ("Келесі вахтасы 2024 жылғы 3 қыркүйекте басталады.", "2024 жылғы 3 қыркүйекте"),
        ("Қасымова 2025 жылғы 15 наурыз, сағат 06:20 Астана әуежайында", "2025 жылғы 15 наурыз, сағат 06:20"),
        ("сәлемдемеңіз 11 қараша күні жеткізіледі.", "11 қараша"),
        ("JALDAU ŞARTY\nAtyrau q., 2024 jylğy 12 qaraşa\nJalğa beruşı", "2024 jylğy 12 qaraşa"),
        ("brifing 2025 jylğy 14 aqpan, sağat 05:30 ötedı.", "2025 jylğy 14 aqpan, sağat 05:30"),
        # Mongolian numbered months, the day's case ending glued ("-нд", "-nd") no code; a dotted date with one
        ("Ганзориг 2024 оны 7-р сарын 15-нд Улаанбаатар руу буцна.", "2024 оны 7-р сарын 15"),
        ("Төрсөн он, сар, өдөр: 1961 оны 3-р сарын 7\nХаяг:", "1961 оны 3-р сарын 7"),
        ("Сарангэрэл 2024 оны 12-р сарын 3-ны 07:45 цагт Сөүл рүү", "2024 оны 12-р сарын 3-ны 07:45"),
        ("Bi 10-r sariin 5-nd Darkhan ruu nuukh", "10-r sariin 5"),
        ("tiim, 4 sariin 3-nd 06:00-d Ulaanbaatar-aas garna", "4 sariin 3-nd 06:00"),
        ("ажилтан бөгөөд 2025.01.22-нд хөлөө гэмтээсэн.", "2025.01.22"),
        # Hausa ("ga" of, "da karfe" at), Igbo
        ("Ranar haihuwa: 2 ga Janairu, 1988\nAdireshi:", "2 ga Janairu, 1988"),
        ("ya karɓi kuɗi fiye da kima ranar Talata 4 ga Maris. Lambar", "Talata 4 ga Maris"),
        ("daga HAUWA MUSA ranar 10/03/2025 da karfe 09:14. Ragowar", "10/03/2025 da karfe 09:14"),
        ("Ụbọchị ọmụmụ: 14 Ọktoba 1990\nEbe obibi:", "14 Ọktoba 1990"),
        # Yoruba in words: the twelfth day of the second month
        ("Wọ́n yọ ₦12,000 lára rẹ̀ ní ọjọ́ kejìlá oṣù kejì láìjẹ́ pé", "ọjọ́ kejìlá oṣù kejì"),
        # Basque: the month's genitive, the day's ending; the weekday before it
        ("Sinadura: J. Lasa      Data: 2024ko ekainaren 3a", "2024ko ekainaren 3a"),
        ("Unai ez da ostegunean, urriaren 17an ikastolara etorriko", "ostegunean, urriaren 17an"),
        ("kontutik kobratuko dira irailaren 1etik aurrera.", "irailaren 1etik"),
        # Maltese: the article before the day, "nhar" and the weekday
        ("KUNTRATT TA' KIRI\nIllum, il-15 ta' Jannar 2025, bejn", "il-15 ta' Jannar 2025"),
        ("se jibda jattendi ċ-childcare nhar it-Tnejn 7 ta' Ottubru. Il-ġenituri", "nhar it-Tnejn 7 ta' Ottubru"),
        # a weekday before the date, the clock after it: Icelandic, Bulgarian, Slovenian
        ("Hann verður ekki í skólanum fimmtudaginn 14. nóvember vegna", "fimmtudaginn 14. nóvember"),
        ("има преглед във вторник, 22 октомври, в 10:30 ч. Ако", "вторник, 22 октомври, в 10:30"),
        ("Lahko pridem v sredo, 16. oktobra, ob 17.00. Moja", "sredo, 16. oktobra, ob 17.00"),
        ("Serviser pride v torek, 18. marca, ob 9h, bo kdo doma?", "torek, 18. marca, ob 9h"),
        # a form's date with blanks around the slashes
        ("Date of birth: 14 / 07 / 2012       UPN: K330411712019", "14 / 07 / 2012"),
        # Korean and Japanese romanized; a day and month with its hour in Portuguese; a German weekday in short
        ("Oh Jae-won (namseong, 1987nyeon 3wol 14il saeng) ga Incheon", "1987nyeon 3wol 14il"),
        ("(yuukou kigen 09/28) de 2024-nen 11-gatsu 3-ka 21:14 ni kessai", "2024-nen 11-gatsu 3-ka 21:14"),
        ("| 0882 4471 2093 0011 | 17/03 às 10h | Dra. Patrícia Nunes |", "17/03 às 10h"),
        ("Lukas Hoffmann\t0172 4481 903\tBMW iX1\tDi, 11.03. 10:00\tHH-LH 204", "Di, 11.03. 10:00"),
        # isiZulu: the weekday with its prefix, the clock after the date
        ("Umngcwabo ngoMgqibelo 19 Oktoba ngo-08:00 e-Nongoma.", "ngoMgqibelo 19 Oktoba ngo-08:00"),
        ("phambi kwekomiti ngoLwesithathu, 16 Okthoba 2024 ngo-10:00, ngenxa", "ngoLwesithathu, 16 Okthoba 2024 ngo-10:00"),
    ],
)
def test_when_a_date_is_written_in_kazakh_mongolian_hausa_yoruba_basque_maltese_or_a_slavic_language_then_it_is_found(
        detector, text, value):
    assert ("DATE_TIME", value) in _found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "We hope to exchange by the end of July.",  # a month's end: no one's day (our gold sets leave it)
        "So, 5 items. Do 3.5 kg. Mo 12.5 units; Sa 1.2. Fr 3.2.",  # German weekdays' letters before decimals
        "Окружающая среда 21 века требует внимания.",  # Russian "среда": a milieu, and a century
        "Ставка 6 сарын 12 000 төгрөг.",  # Mongolian: six months' money, no day
        "3 сарын хугацаанд ажилласан. 1-р хороо, 5-р байр.",  # a duration, a district and a building
        "Ọjọ́ kan, oṣù kan sẹ́yìn, mo lọ sí ọjà.",  # Yoruba "one day, one month ago"
        "Etxearen 3a solairuan bizi naiz.",  # Basque: a floor, no month before the day
        "Il-15 ta' dawk kienu preżenti.",  # Maltese: fifteen of those, no month
        "Maris Ozols called 4 times; Yuli is 10 km away",  # Hausa months as names, without "ga"
        "call u 10:30 ok? the score was 3 / 4 / 5",  # a clock without a date, a score
        "Set the 3-d printer to mode 2-t and pin id-10 to port 5.",
    ],
)
def test_when_words_of_these_languages_name_no_day_then_no_date_is_found(detector, text):
    assert "DATE_TIME" not in {e for e, _ in _found(detector, text)}

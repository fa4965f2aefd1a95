"""More ages and dates: a birthday's greeting, an age a pursuit began at, ages in words of other languages, dates in
more languages' months, with the weekday before them and the hour after them."""
from __future__ import annotations

import pytest

from tests.detection.helpers import covered_share


def _found(detector, text: str, kind: str) -> list[str]:
    return [text[f.start:f.end] for f in detector.detect([text])[0] if f.entity_type == kind]


@pytest.mark.parametrize("text, age", [
    ("happy birthday grandad!!! 80 and still winning at cards", "80"),
    ("happy bday jess!! 21 finally 🥳", "21"),
    ("Birthdays this month: Gloria (60!) and Sam.", "60"),
    ("Mr Hale told me he started using cannabis at 14 and left school.", "14"),
    ("not bad for someone who only started running at 45.", "45"),
    ("shout out to my cousin for finishing his first marathon at 41 🏃", "41"),
    ("Congratulations to Dolores, who at 68 just finished her first half marathon.", "68"),
    ("diagnosed at twelve and now, at thirty-four, runs a support group", "thirty-four"),
    ("She began drawing her pension on 1 July 2024, at sixty; her number is", "sixty"),
    ("our little one Zoya who'll be 2 by then.", "2"),
    ("Oliver will be 3 by then, so the funded hours apply.", "3"),
    ("CV: esmi Hala, 3omri 29 sene, sakne b shari3 el Jame3a", "29"),
    ("Ingoa: Hēmi Ngata, Tau: 45, Wāhi noho: Havelock North", "45"),
    ("Igama lami ngu-Nokwanda, ngineminyaka engu-28 futhi ngihlala eThekwini", "28"),
    ("გიორგი მხოლოდ 16 წლისაა.", "16"),
    ("Ho trentadue anni, lavoro in banca.", "trentadue"),
    ("domenica si va da nonna Pina per i suoi novanta anni 🎂", "novanta"),
    ("Tengo treinta y dos años de edad y busco piso.", "treinta y dos"),
    ("her appointment is on the 21st, she's eight and she's got a school trip", "eight"),
    ("an order for L, who is six. L lives with her mother.", "six"),
    ("lol my nan (92) still writes her PIN on the card", "92"),
    ("ur profile says 31 but u look like 25", "31"),
    ("Experienced multi-drop courier, 45, clean licence, own van", "45"),
    ("instructions from Giacomo Ferrandi (Senior Mobility Consultant, 46): wire the money", "46"),
    ("BED 1   Margaret Doyle      88   adm 02/03   hip fracture", "88"),
    ("and yes, I'm finally 30 🎉", "30"),
])
def test_ages(detector, text, age):
    assert age in _found(detector, text, "AGE")


@pytest.mark.parametrize("text", [
    "The meeting started at 10 and finished at 11.",
    "Shares began trading at 45p and finished at 52p.",
    "The kettle started boiling at 95 degrees.",
    "Happy birthday!! 2 more days until the party.",
    "Happy birthday Tom! 10 years ago we met at uni.",
    "she's five minutes away, he's two points behind",
    "Tiene cuarenta años de experiencia en el sector.",
    "Ho trenta anni di esperienza come cuoco.",
    "La empresa cumple cincuenta años de historia.",
    "Tau: 0.5, sigma: 2",
    "Inbox  12   Sent  45",
    "She will be there by then, and he will be 10 minutes late.",
])
def test_no_ages(detector, text):
    assert _found(detector, text, "AGE") == []


@pytest.mark.parametrize("text, date", [
    ("Ingoa: Hēmi Ngata, Rā whānau: 3 o Poutūterangi 1979, Tau: 45", "3 o Poutūterangi 1979"),
    ("jawaz el safar N010442871, mawloude b 3 Tammuz 1995.", "3 Tammuz 1995"),
    ("জন্ম তারিখ: ১২ জানুয়ারি ১৯৯২, ঠিকানা", "১২ জানুয়ারি ১৯৯২"),
    ("የትውልድ ቀን፦ ሚያዝያ 12 ቀን 1983 ዓ.ም.፣ አድራሻ፦ አዲስ አበባ", "ሚያዝያ 12 ቀን 1983 ዓ.ም."),
    ("ahli kelab badminton sejak Mac 2021.", "Mac 2021"),
    ("Client: Sóc soci des del març de 2022.", "març de 2022"),
    ("אבי עלה מצרפת באוגוסט 2019 ועדיין מחכה", "אוגוסט 2019"),
    ("Pavel: Ano, nejdříve od 1. 4., kauce dva nájmy.", "1. 4."),
    ("Jana má termín u zubaře 2. 6. v 8:15.", "2. 6."),
    ("có lịch tái khám vào 9 giờ sáng thứ Bảy, 15/03. Vui lòng đến", "9 giờ sáng thứ Bảy, 15/03"),
    ("Ra viện lúc: 14 giờ 00 ngày 08/03/2024\nChẩn đoán", "14 giờ 00 ngày 08/03/2024"),
    ("Hẹn tái khám ngày 15/04/2024 lúc 8 giờ 30.", "15/04/2024 lúc 8 giờ 30"),
    ("đơn sẽ được giao lại vào thứ Bảy 20/7 tại Quận 3", "thứ Bảy 20/7"),
    ("the landlord moved our viewing to thursday 23 may at 6:30pm, hope", "thursday 23 may at 6:30pm"),
    ("el visa hatetla3 yom el khamees 12 December. Ebaatli", "yom el khamees 12 December"),
    ("Karim: ba3atha yom el itnein 3 Mars 3ala 7esab Mama", "yom el itnein 3 Mars"),
    ("barat Itwar 9 Feb, raat 8 baje, Royal Palm Marquee", "Itwar 9 Feb, raat 8 baje"),
    ("kwenda namba hiyo tarehe 3 Machi 2025 saa 4 asubuhi lakini", "3 Machi 2025 saa 4 asubuhi"),
    ("de monteur komt dinsdag 18 maart tussen 8 en 12 uur voor de cv-ketel.", "dinsdag 18 maart tussen 8 en 12 uur"),
    ("curierul vă va suna mâine, 14 mai, între 10 și 14.", "mâine, 14 mai, între 10 și 14"),
    ("רכב ביום ראשון 9.6 בבוקר", "יום ראשון 9.6"),
    ("קבעתי תור ליום שלישי, 14.5 בשעה 9:20 להנפקת דרכון", "שלישי, 14.5 בשעה 9:20"),
    ("Logged by Dawid 12/04 14:05.", "12/04 14:05"),
    ("party at ours Sat 22nd from 3pm", "Sat 22nd from 3pm"),
    ("a revisión será o xoves 19 de xuño ás 10:00 no seu despacho", "xoves 19 de xuño ás 10:00"),
    ("Հաջորդ այցը՝ 18.06.2024, ժամը 11:00։", "18.06.2024, ժամը 11:00"),
    ("รับรถวันที่ 5 ม.ค. 2567 เวลา 14:00 น. คืนรถวันที่", "5 ม.ค. 2567 เวลา 14:00 น."),
    ("A primeira consulta ficou marcada para 15/09.", "15/09"),
])
def test_dates(detector, text, date):
    assert covered_share(detector, text, date, "DATE_TIME") > 0.5, (text, _found(detector, text, "DATE_TIME"))


@pytest.mark.parametrize("text", [
    "I bought a Mac 2021 model and a Magh 2020 print.",
    "Friday 13 may be unlucky for some.",
    "We need between 8 and 12 people at 10:00.",
    "Version 2. 3. was released with 4 fixes.",
    "The final score was 3 Mati 2 in the second half.",
    "Chapter 3 at 10am: revision.",
])
def test_no_dates(detector, text):
    assert _found(detector, text, "DATE_TIME") == []

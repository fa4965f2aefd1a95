"""Ages and dates, round 22: Malagasy, Melanesian pidgin, Tajik and Kyrgyz months, a date in code, a weekday's clock, a
note's heading, Arabic and Malagasy hours; a news age between commas, pidgin and Russian ages, "11-year-olds"."""
from __future__ import annotations

import pytest

from tests.detection.helpers import covered_share


def _found(detector, text: str, kind: str) -> list[str]:
    return [text[f.start:f.end] for f in detector.detect([text])[0] if f.entity_type == kind]


@pytest.mark.parametrize("text, value", [
    # Malagasy months, weekday and hour
    ("Nandoa 250 000 Ar tamin'ny 12 aprily 2025. IP: 154.126.88.40.", "12 aprily 2025"),
    ("Nalefan'i Rabe tamin'ny 14 martsa 2025. Raha misy olana dia antsoy", "14 martsa 2025"),
    ("Nivarotra lavanila izy tamin'ny 5 jona 2025. Ny findainy: 033 14 552 90.", "5 jona 2025"),
    ("seza faha-7, miainga ny alatsinainy 3 martsa amin'ny 6 ora maraina. Finday: 034", "alatsinainy 3 martsa amin'ny 6 ora maraina"),
    # Tok Pisin and Bislama
    ("Mi stap long maket long Fraede 12 Jenuari taem wan man i tekem bag blong mi.", "Fraede 12 Jenuari"),
    ("Long Fonde 14 Mas 2024, ol bai givim pe bilong graun long ples", "Fonde 14 Mas 2024"),
    ("long akaun bilong mi, namba 1003 2871 5564, long Disemba 2023, na mi laik save", "Disemba 2023"),
    ("Em i bon long 14 Epril 2009 long Goroka.", "14 Epril 2009"),
    # Tajik, Kyrgyz, Russian
    ("Аз 15 майи 2023 дар Екатеринбург кор мекунам", "15 майи 2023"),
    ("Хабар: Ҷамшед Раҳимов аз 3 октябр бедарак аст.", "3 октябр"),
    ("модарам бояд рӯзи сешанбе, 12 ноябр, соати 9:00 ба беморхонаи шаҳри Бохтар биёяд", "рӯзи сешанбе, 12 ноябр, соати 9:00"),
    ("Вохӯрӣ бо ӯ рӯзи шанбе, 7 сентябр, соати 10.", "рӯзи шанбе, 7 сентябр, соати 10"),
    ("Ош шаарынанмын. 2024-жылдын 9-апрелинде Москвага келдим", "2024-жылдын 9-апрелинде"),
    ("Айбек экөөбүз 20-июнда Бишкек – Новосибирск автобусуна билет алдык", "20-июнда"),
    ("ДОГОВОР ПОДРЯДА № 118/24. г. Москва, «5» февраля 2024 г. ООО «СтройМонтаж»", "«5» февраля 2024"),
    # code, a weekday's clock, a note's heading, a summons, Arabic's hour, a Hijri date, Armenian romanized
    ('        "dob": date(1966, 8, 25),\n        "phone": "+1-617-938-2250",', "1966, 8, 25"),
    ("        date_of_birth=datetime(1994, 6, 21, 9, 30),\n    )", "1994, 6, 21"),
    ("SSN 238-51-7702. Interview: Tuesday 2:30 PM, 04/23.", "Tuesday 2:30 PM, 04/23"),
    ("Ward round 11/04 — cons JRM\n\nPt D.K. (44M) day 3 DKA", "11/04"),
    ("Call notes, 12/03: spoke to Tunde about the rent arrears", "12/03"),
    ("w etla3 men Heliopolis yom 3/4.", "3/4"),
    ("You are required to appear before this court on the 24th day of April 2025 at 9 o'clock in the forenoon to answer",
     "the 24th day of April 2025 at 9 o'clock in the forenoon"),
    ("موعده في القنصلية يوم الجمعة 18 أكتوبر 2024 على الساعة العاشرة صباحا لتجديد جواز سفره",
     "الجمعة 18 أكتوبر 2024 على الساعة العاشرة صباحا"),
    ("وميعاد الفيزا في السفارة يوم الخميس ٢٧ يونيو الساعة ١٠ الصبح، ادعولها", "الخميس ٢٧ يونيو الساعة ١٠ الصبح"),
    ("قد نقل كفالته إلى مؤسسة النخبة بتاريخ 1445/08/17هـ، وجواله 0551 234 870.", "1445/08/17هـ"),
    ("Karogh em tegapokhel ayts@ urbat, 21.06, zhamy 15:00? Heraxosahamars", "urbat, 21.06, zhamy 15:00"),
    ("Handipumy nshanakvats e mayisi 30, zhamy 11:00, Yerevan", "mayisi 30, zhamy 11:00"),
])
def test_dates(detector, text, value):
    assert covered_share(detector, text, value, "DATE_TIME") > 0.5


@pytest.mark.parametrize("text", [
    "Buy 3 майки and 2 майора hats",  # T-shirts, majors
    "Ман инро 3 мартаба гуфтам.",  # three times
    "Progress notes 3/4 complete, the rest tomorrow.",
    "We open Monday 9:00-17:00 and Friday 9am to 5pm.",
    "The store opens Monday 9:00 and closes Friday 5pm.",
    "Team sync moved to Thursday at 3pm, same room.",  # a week's plan, no date
    "x = update(2024, 5, 6)",
    "I saw 5 jona fish and 14 Mas Rahman's cats.",
    "The chapter has 12 aprons and 4 mayisi.",
])
def test_no_dates(detector, text):
    assert _found(detector, text, "DATE_TIME") == []


@pytest.mark.parametrize("text, age", [
    ("Funeral rites for Park Soon-ja, 87, are being held in Daegu", "87"),
    ("Roustabout Ahmed Saleh al-Maliki, 26, was sent home from the Majnoon field", "26"),
    ("A student, Tomás Aguirre, 20, asked the bursar's office to refund the fee", "20"),
    ("Your age, 52, and date of birth, 14-Jun-1972, do not match", "52"),
    ("measured heights and weights of 11-year-olds; send the raw sheets", "11"),
    ("the heating has been off since Tuesday, and she has a 3-month-old.", "3"),
    ("Chua Boon Keat | NRIC T0418639C | DOB 19/06/2004 | 20 | 15 Tampines Street 81", "20"),
    ("Sie hat am 22. Juni Geburtstag und wird 80, also schick ihr eine Karte!", "80"),
    ("Вчера задержали Махмадали, 41 год, — у него патент просрочен", "41"),
    ("Nem bilong mi Kessy Yapu, mi gat 31 krismas, na mi laik go wok", "31"),
    ("Pikinini blong Annie Tabi i sik. Hem i gat 4 yia nomo.", "4"),
])
def test_ages(detector, text, age):
    assert age in _found(detector, text, "AGE")


@pytest.mark.parametrize("text", [
    "Abito in Via Roma, 31, a Milano dal 2019.",
    "Of the 300 applicants, 45, were rejected outright.",
    "Total items, 2024, were shipped.",
    "The 6-month-old contract expired; a 3-month-old backlog remains in the queue.",
    "Срок договора, 1 год, продлевается автоматически.",
    "Mi gat 3 pikinini na 2 haus.",
    "Sie hat Geburtstag und wird 80 Euro ausgeben.",
    "In 2019, 45, was the number of cases.",
])
def test_no_ages(detector, text):
    assert _found(detector, text, "AGE") == []

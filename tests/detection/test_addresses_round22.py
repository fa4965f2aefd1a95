"""Address shapes of round 22 (address.py): camps' shelters, labelled addresses in more scripts, Greek, Kyrgyz,
Tajik and romanised Russian streets, Welsh and Irish houses, Saudi national addresses, Arabic streets, and more;
and text that only looks so."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.address import StreetAddressRecognizer


def _addresses(recognizer, text):
    return {text[r.start : r.end] for r in recognizer.analyze(text, None) if r.entity_type == "ADDRESS"}


@pytest.fixture(scope="module")
def address():
    return StreetAddressRecognizer()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a camp's shelter: in a record's fields, in prose, as numbered parts
        ('<shelter camp="Essian" block="B-22" tent="9"/>', "B-22"),
        ('<shelter camp="Essian" block="B-22" tent="9"/>', "9"),
        ('{"camp": "Hasansham U3", "tent": "C-118", "phone": "07814530927"}', "C-118"),
        ("Mother: Gulê Xidir, tent D-47\nMUAC: 118 mm", "tent D-47"),
        ("we celebrated in our tent in Domiz camp with the neighbours from block D-12.", "block D-12"),
        ("Household: Phase 2, Tent 311\nSummary:", "Phase 2, Tent 311"),
        ("a widow with four children in Sector 3, Caravan 117 at Qushtapa", "Sector 3, Caravan 117"),
        ("Home: Section 118, Allotment 9, Lae, Morobe Province", "Section 118, Allotment 9"),
        ("Mrs. Hilda Pomat, sole trader, Allotment 3, Section 42, Wewak", "Allotment 3, Section 42"),
        # a field's unit in JSON, a building's number in a sentence
        ('"data":{"lease_id":"L-77120","unit":"1204","building":"Harbor Point Tower B"}', "1204"),
        ("her secondary address is Suite 802 and the building number is 1120.", "1120"),
        ("The officer will visit building 72 on Pondside Lane on 19/03/2025.", "building 72 on Pondside Lane"),
        # labelled addresses: Urdu, Bengali, Tamil, Amharic parts, a comma after the house number
        ("تاریخ پیدائش 05-09-1995، پتہ مکان نمبر 23، گلی نمبر 7، بلاک 13-D، گلشن اقبال، کراچی",
         "مکان نمبر 23، گلی نمبر 7، بلاک 13-D"),
        ("জন্ম তারিখ: ১২ জানুয়ারি ১৯৯২, ঠিকানা: বাড়ি নং ১৪, রোড নং ৫, ধানমন্ডি, ঢাকা ১২০৫", "বাড়ি নং ১৪, রোড নং ৫"),
        ("பிறந்த தேதி: 18-04-1986, முகவரி: 12, காமராஜர் தெரு, தியாகராய நகர், சென்னை 600017", "12, காமராஜர் தெரு"),
        ("Address: 27, Nehru Street, Puducherry", "27, Nehru Street"),
        ("ዓ.ም.፣ አድራሻ፦ አዲስ አበባ፣ ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1247፣ ስልክ፦ +251 911 630 517",
         "አዲስ አበባ፣ ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1247"),
        # Greek: after "οδού" or in the genitive after "στην", and a type word first
        ("μετακομίζει από το διαμέρισμα στην Ερμού 54, Θεσσαλονίκη· τηλέφωνο", "Ερμού 54"),
        ("μισθώνει το διαμέρισμα της οδού Ερμού 54, Θεσσαλονίκη 546 23", "Ερμού 54"),
        ("Ο Γιάννης μένει στην Εγνατίας 45, Θεσσαλονίκη.", "Εγνατίας 45"),
        ("Η έδρα είναι στη Λεωφ. Κηφισίας 12, Μαρούσι.", "Λεωφ. Κηφισίας 12"),
        # Kyrgyz, Tajik, a microdistrict, a flat alone, romanised Russian
        ("каттоо Люблинская көчөсү, 151-үй, 44-батир дареги боюнча", "Люблинская көчөсү, 151-үй, 44-батир"),
        ("Кимга: Турдубаев Эркин, Чүй проспектиси, 215, 12-батир, Бишкек 720044", "Чүй проспектиси, 215, 12-батир"),
        ("Jashagan daregi: Jalal-Abad oblusu, Bazar-Korgon, Lenin köchösü 22. Tel:", "Lenin köchösü 22"),
        ("Суроға: Душанбе, кӯчаи Фирдавсӣ 48. Вохӯрӣ", "кӯчаи Фирдавсӣ 48"),
        ("Address: мкр. Джал-29, д. 14, кв. 8, Бишкек.", "мкр. Джал-29, д. 14, кв. 8"),
        ("жалуемся на хозяина квартиры кв. 9 — он прописал там 18 мигрантов", "кв. 9"),
        ("Registered at Varshavskoye sh., 118, bldg 2, room 14.", "Varshavskoye sh., 118, bldg 2, room 14"),
        ("lives at Leninsky pr., 45, korp. 3, kv. 12 since May", "Leninsky pr., 45, korp. 3, kv. 12"),
        # Welsh and Irish houses and streets
        ("please stop sharing Megan's home address (\"5 Pen-y-Bryn\", Mold) in the chat", "5 Pen-y-Bryn"),
        ("Send it to 12 Maes-yr-Haf, Llandeilo.", "12 Maes-yr-Haf"),
        ("Mr Callum Strachan\nTigh na Mara\n7 Shore Road\nStonehaven\nAB39 2JY", "Tigh na Mara\n7 Shore Road"),
        ("Mrs Ann Hughes\nRose Cottage\n12 Mill Lane\nLeeds LS1 4AB", "Rose Cottage\n12 Mill Lane"),
        ("Claf: Gwilym Jones, 72 oed, Y Berllan, Heol y Wern, Caerfyrddin.", "Y Berllan, Heol y Wern"),
        ("le do thoil — Róisín Ní Bhriain, Teach an Chnoic, An Daingean, Co. Chiarraí, V92 X3F1.", "Teach an Chnoic"),
        ("Correspondence to Cnoc na Gréine, Baile an Fheirtéaraigh, Co. Kerry V92 F6D2", "Cnoc na Gréine"),
        ("asked for her P60 to go to Apt 14, The Maltings, Bray Road, Cabinteely, Co. Dublin; PPSN",
         "Apt 14, The Maltings, Bray Road"),
        # French, German, Czech, Brazilian, Polish, Belgian, Norwegian
        ("demeurant au 27 rue Marius et Ary Leblond, 97410 Saint-Pierre", "27 rue Marius et Ary Leblond"),
        ("Adresse : 95, montée des Arsenaux, app. 11, Repentigny J6A 7H2", "95, montée des Arsenaux, app. 11"),
        ("den Grundbuchauszug für das Objekt Am Mühlbach 7 in 93047 Regensburg.", "Am Mühlbach 7"),
        ("Die Wohnung Auf dem Berg 3 in 79098 Freiburg ist frei.", "Auf dem Berg 3"),
        ("byt 2+kk v ulici Cejl 517/36, Brno. Nájem od 1. 3. 2025", "Cejl 517/36"),
        ("no Sítio Recanto das Águas, Estrada Municipal 220, km 4, em Atibaia.",
         "Sítio Recanto das Águas, Estrada Municipal 220, km 4"),
        ("Jej adres: al. Jerozolimskie 123A, lok. 48, 02-017 Warszawa", "al. Jerozolimskie 123A, lok. 48"),
        ("<Street>Rue de la Loi 155</Street>\n    <Box>bte 12</Box>", "bte 12"),
        ("HR Advisor | Fjordline Logistics AS\n> +47 55 48 29 10 | Sandviksbodene 3, Bergen", "Sandviksbodene 3"),
        # Saudi national address, Arabic streets, Madagascar's lot, a South African farm, a Ghana Post GPS address
        ("abi agayyer 3enwani ila 3318 Tariq Bin Ziyad, Additional No. 6621, Al Malaz, Riyadh 12831",
         "3318 Tariq Bin Ziyad, Additional No. 6621"),
        ("يطلب شهادة السكنى بعنوانه زنقة المعتمد بن عباد رقم 14، حي الأدارسة.", "زنقة المعتمد بن عباد رقم 14"),
        ("يسكن في شارع الحمراء 12، بيروت", "شارع الحمراء 12"),
        ("his licence was suspended; he operates from Lot II M 45 Bis, Antananarivo 101.", "Lot II M 45 Bis"),
        ("Farm: Portion 7 of the farm Rietvlei 312, district Ventersdorp", "Portion 7 of the farm Rietvlei 312"),
        ('user=b.mensah new="House 12, Ringway Close, Osu, Accra" gps=GA-077-3561\nadmin', "GA-077-3561"),
        ("Digital address: AK-484-9321", "AK-484-9321"),
        # a villa and its numbered quarter (Dakar)
        ("Donation received from Fatou Diop, Villa 112, Sacré-Cœur 3, Dakar — 50 000 FCFA", "Villa 112, Sacré-Cœur 3"),
    ],
)
def test_when_text_holds_an_address_of_these_shapes_then_it_is_found(address, text, value):
    assert value in _addresses(address, text)


@pytest.mark.parametrize(
    "text",
    [
        # shelters: a tent's count, a chip's block, a blockchain's height
        "The tent: 2 person dome, weight 3 kg.",
        "We pitched the tent 3 metres from the river; tent 3 was damaged by wind.",
        "Shelter: yes, food: no, tent: 2 person.",
        "Error in block B-12 of the firmware image.",
        '"block": 18234567, "tx": "0xabc"',
        # sections of documents, an office's rooms
        "Read Section 12, Part 3 and Section 13 before the exam.",
        "Form I-9, Section 2 and Exhibit A-12",
        "See Section 2, Phase 3 of the plan; Unit 1, Lesson 2, Section 3 of the course.",
        '{"unit": "kg", "qty": 3}',
        "The building number is unknown.",
        # labelled values that are no street
        "Address: Berlin, Germany, Tel 030 1234",
        "IP address: 10.0.0.1, port 22",
        # Greek: a town, a day, a team
        "Μένω στην Αθήνα 3 χρόνια, στην Ελλάδα 12.",
        "Η συνάντηση της Παρασκευής 14, στις 10 το πρωί.",
        "Ο Ολυμπιακός νίκησε 3-1 στην Τούμπα 2 φορές.",
        # Russian square metres and quarters; a street's year
        "Площадь квартиры 50 кв. м, налог за 1 кв. 2024 года.",
        "Чүй проспектиси 1990-жылы курулган.",
        # German days and years before a postcode; Czech laws and tables
        "Am Montag 5 Stunden gearbeitet, in 10115 Berlin.",
        "Im Jahr 2024 zogen wir in 80331 München.",
        "Chapter 3 in 10000 Words explains it.",
        "Vyhláška 50/78 a Zákon 89/2012 Sb. platí.",
        "Tabulka 3/4 ukazuje výsledky.",
        # Welsh and Irish words in English
        "He scored 3 Pen-y-Bryn goals.",
        "Welcome to Pen-y-Fan, 3 hours climb.",
        "Teach an old dog new tricks, Dublin.",
        "Y Combinator, Market Street, San Francisco",
        "Mr Smith\nTown Hall\n12 people attended.",
        # kilometres, farms, lots, codes
        "He ran 5 km 3 times a week.",
        "Sítio do Picapau Amarelo é um livro.",
        "He bought a portion of the farm last year.",
        "Lot 12 sold for 300 dollars at the auction; Lot IV was withdrawn.",
        "The gps tracker model GT-100-2000 is cheap; code AB-123-4567 is out of stock.",
        "The Additional No. field is optional.",
        # Arabic: a street, then a year or a sentence
        "شارع الحمراء في 2020 كان مزدحما",
        "ذهبت إلى شارع الحمراء مع 3 أصدقاء",
        "Villa 3, Chapter 12 of the novel.",
        "The BTE 12 hearing aid is cheap.",
    ],
)
def test_when_text_only_looks_like_these_shapes_then_no_address_is_found(address, text):
    assert not _addresses(address, text)


def test_when_the_detector_reads_a_labelled_bengali_address_then_it_is_covered(detector):
    text = "জন্ম তারিখ: ১২ জানুয়ারি ১৯৯২, ঠিকানা: বাড়ি নং ১৪, রোড নং ৫, ধানমন্ডি, ঢাকা ১২০৫"
    value = "বাড়ি নং ১৪, রোড নং ৫"
    start = text.index(value)
    [found] = detector.detect([text])
    covered = {i for f in found for i in range(max(start, f.start), min(start + len(value), f.end))}
    assert 2 * len(covered) >= len(value), [(f.entity_type, text[f.start : f.end]) for f in found]

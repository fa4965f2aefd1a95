"""More address shapes (address.py): Arabizi, numbered parts with no street number, Indonesian, Turkish, Japanese in
Latin letters, and more street types; and text that only looks so."""
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
        # Arabizi: a building or street by its name, a floor, a block, a house by its number
        ("ba3atlak el address: bineyet Khoury, 3rd floor, share3 Makdessi, Hamra, Beirut",
         "bineyet Khoury, 3rd floor, share3 Makdessi"),
        ("el 3enwen: bineyet el Khoury, ta2 3, share3 Mar Mikhael, Beirut", "bineyet el Khoury, ta2 3, share3 Mar Mikhael"),
        ("w 3enwani qet3a 3, share3 15, manzel 22, Al Jabriya.", "qet3a 3, share3 15, manzel 22"),
        ("w el 3enwan 22 share3 El Nozha, Heliopolis, El Qahera 11341.", "22 share3 El Nozha"),
        ("el 3enwan villa 31, share3 18, Al Mushrif, Abu Dhabi.", "villa 31, share3 18"),
        ("sakne b shari3 el Jame3a, binayet 12, ta2 2, Jabal Al Hussein", "shari3 el Jame3a, binayet 12, ta2 2"),
        # numbered parts, no street number (Pakistan, Afghanistan, offices, Nigeria, the Philippines, Hong Kong, India)
        ("main Makan 27, Gali 4, Sector G-9/2, Islamabad 44090 mein rehti hoon", "Makan 27, Gali 4, Sector G-9/2"),
        ("parcel aye ga: Makan 112, Street 9, Bahria Town, Rawalpindi", "Makan 112, Street 9"),
        ("my share in the house at Street 4, House 115, Karte Char, Kabul.", "Street 4, House 115"),
        ("he works out of Plot 1087, Cadastral Zone A0, Abuja.", "Plot 1087, Cadastral Zone A0"),
        ("property location: Lot 7, Block 12, Camella Homes, Bacoor, Cavite", "Lot 7, Block 12, Camella Homes"),
        ("deliver your box to Lot 7 Block 12, Phase 2, Sampaguita St., Brgy. San Isidro",
         "Lot 7 Block 12, Phase 2, Sampaguita St."),
        ("Tenant Chan Ka Wai of Flat B, 12/F, Block 3, Laguna City, Kwun Tong, says", "Flat B, 12/F, Block 3, Laguna City"),
        ("Remitter: Gaurav Kapoor, Office 1403, Al Moosa Tower 2, Dubai, UAE", "Office 1403, Al Moosa Tower 2"),
        ("enrolled in 2024 and lives at Room 112, Burgmann College, Canberra.", "Room 112, Burgmann College"),
        ("her office at 3rd Floor, Sanlam Centre, Middelburg asked", "3rd Floor, Sanlam Centre"),
        ("Please send it to B-204, Sunrise Residency, Sector 45, Gurugram 122003.", "B-204, Sunrise Residency, Sector 45"),
        ("I couriered it to your address, B-604 Lotus Residency, Link Road, Andheri West", "B-604 Lotus Residency, Link Road"),
        ("1. Naveen Gowda, #48, 3rd Block, Jayanagar", "#48, 3rd Block"),
        ("a printed copy to Door No. 12-4-88, Ramnagar, Visakhapatnam.", "Door No. 12-4-88"),  # one part, dashed
        ("domicilié Cité Keur Gorgui, villa 41, Dakar, tél.", "Cité Keur Gorgui, villa 41"),
        ("Makazi: Mtaa wa Uhuru, Nyumba Na. 38, Kariakoo", "Mtaa wa Uhuru, Nyumba Na. 38"),
        # Indonesia: a road's kilometre, a lane, a housing estate's block
        ("untuk Ibu Dewi, Jl. Kaliurang Km 5,6 No. 14, Sleman, Yogyakarta 55281", "Jl. Kaliurang Km 5,6 No. 14"),
        ("Kamar kos di Jl. Kaliurang Km 5,6, Gg. Kinanti No. 3, Sleman disewa", "Jl. Kaliurang Km 5,6, Gg. Kinanti No. 3"),
        ('kirim ke "Perumahan Citra Raya Blok H3 No. 9, Tangerang 15710"', "Perumahan Citra Raya Blok H3 No. 9"),
        # Japanese in Latin letters, where the text is romanised Japanese
        ("Nanami-san wa 15:00 kara Marunouchi 2-7-2, JP Tower 22-kai, Chiyoda-ku de", "Marunouchi 2-7-2, JP Tower 22-kai"),
        ("Kaijou wa Dougenzaka 2-6-17, Shibuya da kara, 13-ji ni eki de au?", "Dougenzaka 2-6-17"),
        # more street types and numbers
        ("1002847755   Selin Erdoğan       Hoşnudiye Mah. 731. Sok. No:3 D:5, Tepebaşı/Eskişehir",
         "Hoşnudiye Mah. 731. Sok. No:3 D:5"),  # a Turkish street by its number
        ("lakcím: 6722 Szeged, Kossuth Lajos sugárút 31. 2/5., személyi", "Kossuth Lajos sugárút 31"),
        ("LENA KRÜGER\nAUGUSTENSTRASSE 61\n80333 MUENCHEN", "AUGUSTENSTRASSE 61"),  # a bank message's capitals
        ("he'll be at strandvejen 118, 2900 hellerup from july 6.", "strandvejen 118"),  # Danish, its article
        ("I have never lived at 1450 Route 9W, Newburgh, NY; my address", "1450 Route 9W"),
        ("was stopped near 1500 block of Fulton St. Driver's license", "1500 block of Fulton St."),
        ("shares a basement suite at 12788 76A Ave, Surrey, BC", "12788 76A Ave"),
        ("is O'Brien the one who lives on 22 Fairview strand or", "22 Fairview strand"),
        ("domiciliado en calle Bustillos N° 512, quienes acuerdan", "calle Bustillos N° 512"),
        ("abito in via castiglione 31, citofono Bassi", "via castiglione 31"),  # Italian "in via"
        ("Her flat is 3º B, Calle de Toledo 88, Madrid 28005", "3º B, Calle de Toledo 88"),  # Spain's floor first
        ('CL-0089077,Iker Zubizarreta,42110710X,"Kale Nagusia 4, 2º dcha.",48005,Bilbao', "Kale Nagusia 4, 2º dcha"),
        ("SFR, Service Résiliation\nTSA 73917\n62978 Arras Cedex 9", "TSA 73917"),  # a French bulk-mail box
        ("Parcel for J. Halvorsen left with neighbour at No. 9 because nobody answered", "No. 9"),
        ("leave the parcel with the neighbour at No. 14. Recipient Lim Wei Jie", "No. 14"),
    ],
)
def test_when_text_holds_an_address_of_these_shapes_then_it_is_found(address, text, value):
    assert value in _addresses(address, text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to share3 things with you and the TA2 3 hours lab",  # a digit in a word: no Arabizi part
        "The lab is on floor 2, villa 3 was sold",  # English parts alone
        "the Phase 2, Phase 3 trials and Phase 3, Level 2 results",  # one kind of part, or generic ones
        "Order parts C-142, D-160 and B-12 today",  # a part list
        "Read Unit 1, Lesson 2 and Unit 3, Level 2 tonight",  # a course
        "The meeting is in Room 12, Floor 3 at noon.",  # any office
        "Deliver to Building 4, Floor 3, Desk 3-117.",  # an office's building, floor and desk
        "Lot 4512, Unit 3 was recalled. Batch A-12 was fine.",  # a batch
        "Form I-9, Section 2 and Exhibit A-12; see Figure 3, Table 4",
        "Tanaka-san won Game 1-2-3 and Score 2-1-0",  # no district of Japanese syllables
        "the Warriors won 2-1-0 at home",  # not romanised Japanese text
        "My neighbour is No. 1 in the charts at No. 1 for weeks.",  # a rank
        "The TSA 2023 report and TSA PreCheck 12345678",  # the US agency
        "sent via email 2 times, via fax 3 days later",  # English "via"
        "Capítulo 3, 2º párrafo y Nivel 4, 3º curso",  # an ordinal, no floor and door
        "took the 5 Route 66 signs down",  # a route mid-sentence
        "Version 12 Block 3 and in 1999 block of time",
        "Im Jahr 2024 war Pläne 3 und Am Montag 5 Uhr",
    ],
)
def test_when_text_only_looks_like_these_shapes_then_no_address_is_found(address, text):
    assert not _addresses(address, text)


def test_when_the_detector_reads_an_arabizi_address_then_its_town_follows(detector):
    text = "Samir el Khoury sakin bi bineyet Nasr, tabe2 3, shere3 Hamra, Beirut. Ra2m el telefon +961 71 442 911"
    [findings] = detector.detect([text])
    spans = {(f.entity_type, text[f.start : f.end]) for f in findings}
    assert ("ADDRESS", "bineyet Nasr, tabe2 3, shere3 Hamra") in spans
    assert ("LOCATION", "Beirut") in spans

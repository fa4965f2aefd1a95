"""LocationGazetteerRecognizer, round 22: routes, camps and villages, Irish and Welsh mutations, Slavic
genitives, a letter's place and day, datelines, form labels, districts in addresses of India's scripts
(no spaCy needed for the recognizer's own tests)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.gazetteer import LocationGazetteerRecognizer, PlaceShapeRecognizer


@pytest.fixture(scope="module")
def places():
    recognizer = LocationGazetteerRecognizer()
    recognizer.load()
    return recognizer


@pytest.fixture(scope="module")
def shapes():
    recognizer = PlaceShapeRecognizer()
    recognizer.load()
    return recognizer


def _found(recognizer, text):
    return {text[r.start : r.end] for r in recognizer.analyze(text, None) if r.entity_type == "LOCATION"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a route's two ends, one a known town
        ("passenger Kamal Hossain, flight QR 640 Doha-Dhaka on 9 Dec 2024", {"Doha", "Dhaka"}),
        ('{"route": "Andijan-Moscow", "bus_no": "A 417 MX 77"}', {"Andijan", "Moscow"}),
        ('{"route": "Wellington-Picton", "sailing": "2025-04-12"}', {"Wellington", "Picton"}),  # after a route's word
        ("route: \"Nuku'alofa-'Eua\",", {"Nuku'alofa"}),  # the known end alone
        ("Flight EK 532 Dubai–Kochi was delayed; the bus Lagos-Ibadan left late.", {"Dubai", "Kochi", "Lagos", "Ibadan"}),
        ("Wir fahren von Graz nach Leoben, et de Lyon à Grenoble.", {"Graz", "Grenoble"}),
        # a camp, a village, a settlement by its name; a camp's label
        ("DISPENSING RECORD - Primary Health Clinic, Qushtapa camp", {"Qushtapa"}),
        ("Reported by: Layla Suleiman, volunteer, Washokani camp, Hasakah", {"Washokani"}),
        ("04/03/2024 — Kaupa Nime (Babuaf village) says his name was left off", {"Babuaf"}),
        ("Kakuma refugee camp and the Bidibidi settlement hold thousands.", {"Kakuma", "Bidibidi"}),
        ("Household size: 6\nArrived: March 2019\nCamp: Dadaab (Hagadera)\n", {"Dadaab"}),
        ("EOTC CONSENT FORM - Year 7 Camp, Tongariro\nStudent: Ruby", {"Tongariro"}),
        ("INCIDENT REPORT — exploration camp, Ömnögovi\nReported by:", {"Ömnögovi"}),
        # a town after its postal code in an address, or before a British postcode
        ("Rógvi Joensen, 52, of Biskupsstøðgøta 6, FO-700 Klaksvík, signed on", {"Klaksvík"}),
        ("domicilio na Praza Maior, 9, 2º, 27001 Lugo, en calidade de arrendadora.", {"Lugo"}),
        ("Mariahilfer Straße 117/12\n1060 Wien\n", {"Wien"}),
        ("The Steading, Mains of Glack, Inverurie AB51 0PN, and telephone", {"Inverurie"}),
        # a form's place, residence, port of disembarkation
        ("Date of marriage: 14 June 2025\nPlace: Marylebone Register Office, London\n", {"Marylebone Register Office, London"}),
        ("Residence: Antsahanoro, Antalaha\nDate of theft: 2-3 May", {"Antsahanoro, Antalaha"}),
        ("Embarked: Wewak, 03.01.2024    Disembarked: Rabaul, 09.02.2024", {"Rabaul"}),
        # a branch's town, a depot's town named like people, a parish's town
        ("am Donnerstag in unserer Filiale München-Schwabing. Bitte bringen Sie", {"München-Schwabing"}),
        ("Konto eröffnet in der Filiale Linz-Urfahr am Montag.", {"Linz-Urfahr"}),
        ("Your parcel from Marks & Spencer left our Warrington depot at 06:12", {"Warrington"}),
        ("Funeral Mass at St Brigid's Church, Castlebar. Donations to", {"Castlebar"}),
        ("Daria Wójcik of St Stanislaus, Ealing (first time of asking)", {"Ealing"}),
        ("Issued at Steelpoort.", {"Steelpoort"}),
        # Irish: a county by its Irish name, a town eclipsed after "i"
        ("Teach an Chnoic, An Daingean, Co. Chiarraí, V92 X3F1.", {"Chiarraí"}),
        ("9 Cnoc na Gaoithe, Gaoth Dobhair, Co. Dhún na nGall, F92 KX37", {"Dhún na nGall"}),
        ("Seoladh: 4 Bóthar na Trá, Salthill, Co. na Gaillimhe, H91 X2Y3", {"na Gaillimhe"}),
        ("Rugadh Caoimhe ar an 12 Bealtaine 1994 i nGaillimh, agus", {"nGaillimh"}),
        ("mar Bhainisteoir Sonraí nua inár n-oifig i gCorcaigh, seol", {"gCorcaigh"}),
        ("Tá sí ina cónaí i mBaile Átha Cliath ó 2019.", {"mBaile Átha Cliath"}),
        ("Bhí sí ag obair i n-Éirinn.", {"n-Éirinn"}),
        # Welsh: a town's nasal mutation after "yn"
        ("a gafodd ei eni ar 17 Mehefin 1961 yn Nhredegar.", {"Nhredegar"}),
        ("Cafodd ei geni yng Nghaerdydd a bu'n byw ym Mhontypridd.", {"Nghaerdydd", "Mhontypridd"}),
        ("Mae hi'n byw ym Mangor ers mis Mai.", {"Mangor"}),
        # Polish, Czech and Slovak: a town in its genitive, a Slovak locative, a letter's place and day
        ("Zuzana Kováčová (31) zo Žiliny si na piatok dohodla obhliadku", {"Žiliny"}),
        ("Mieszkam w Poznaniu, ale pochodzę z Krakowa i jeżdżę do Warszawy.", {"Krakowa", "Warszawy"}),
        ("Přijel ze Zlína do Brna.", {"Zlína", "Brna"}),
        ("Od 1. 9. 2024 nastupuje do skladu v Senci nový vodič", {"Senci"}),
        ("Mzda: 158 Kč/hod.\nV Rudné dne 20. 6. 2024\nPodpis", {"Rudné"}),
        # a news story's dateline in capitals
        ("By Siân Pritchard\n\nHOLYHEAD - A retired ferry captain who pulled", {"HOLYHEAD"}),
        ("KISUMU (Reuters) — Police said on Monday.", {"KISUMU"}),
        # Tok Pisin and Bislama
        ("Nau em i stap long Kavieng, fon bilong em 7962 0514.", {"Kavieng"}),
        ("Mi Jacob Kewa bilong Tabubil. Ol i no bin putim mani.", {"Tabubil"}),
        # India's scripts: a state after its town, a district before its known city and postal code
        ("पता: मकान नं. 45, गली नं. 3, शिव नगर, पटना, बिहार 800020, जन्म तिथि", {"पटना", "बिहार"}),
        ("गली नं. 4, शास्त्री नगर, जोधपुर, राजस्थान - 342003\nमोबाइल", {"राजस्थान"}),
        ("முகவரி: 12, காமராஜர் தெரு, தியாகராய நகர், சென்னை 600017, கைபேசி", {"தியாகராய நகர்", "சென்னை"}),
        ("ঠিকানা: বাড়ি নং ১৪, রোড নং ৫, ধানমন্ডি, ঢাকা ১২০৫, মোবাইল", {"ধানমন্ডি", "ঢাকা"}),
        ("پتہ مکان نمبر 23، گلی نمبر 7، بلاک 13-D، گلشن اقبال، کراچی 75300، موبائل", {"گلشن اقبال"}),
    ],
)
def test_when_a_place_stands_in_these_shapes_then_it_is_found(places, text, expected):
    assert expected <= _found(places, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bonjour, je suis Jean-Marc Payet, planteur de vanille à Bras-Panon.", "Bras-Panon"),
        ("Rakotozafy, planteur, demeurant à Ampanefena, district de Vohémar", "Ampanefena"),
    ],
)
def test_when_an_unknown_word_follows_french_a_then_it_is_a_fallback_place(shapes, text, expected):
    assert expected in _found(shapes, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # hyphenated names of firms, products and people are no routes
        ("She drives a Mercedes-Benz and he a Rolls-Royce; Coca-Cola paid.", "Mercedes"),
        ("Sydney-Smith and Lloyd-Webber met Austin-Healey fans.", "Sydney"),
        ("Ruby Tautahi-Wilson and Emrys Owen-Hughes signed.", "Wilson"),
        ("We are open from Monday to Friday, and from January to March.", "Monday"),
        ("The transfer of Virgil van Dijk to Liverpool was a record.", "Dijk"),  # a Dutch name's "van"
        ("Abierto de lunes a viernes. Vamos de Juan a María.", "Juan"),
        # a camp or a village of people, of words
        ("The Trump camp and the Biden camp traded blows; the Harris camp stayed quiet.", "Biden"),
        ("Summer camp, boot camp, Base Camp and the global village.", "Summer"),
        ("The Federer camp declined to comment.", "Federer"),
        ("We went to camp, Sarah said.", "Sarah"),
        # a year or a house number before words, no postal code and town
        ("The invoice, 2024 Annual Report, and 4500 Units.", "Annual Report"),
        ("Acme Ltd, 12345 Main Street, Springfield", "Main Street"),
        ("Ref: Flat AB1 2CD, Order Smith SW1A 1AA", "Order Smith"),
        # the languages in Irish, a firm's "Co.", Welsh months
        ("Labhair sé i nGaeilge agus i mBéarla, agus i bhFraincis.", "nGaeilge"),
        ("Labhair sé i nGaeilge agus i mBéarla, agus i bhFraincis.", "bhFraincis"),
        ("Acme Widgets, Co. Ltd and Müller GmbH, Co. KG.", "Ltd"),
        ("Bydd y briodas ym Mehefin eleni.", "Mehefin"),
        # names in the genitive, other languages' "do"
        ("Od Anny do Marii.", "Anny"),
        ("Banco do Brasil, estado do Pará, Universidade do Porto.", "Porto"),
        ("Jones v Stone and R v Lane were cited.", "Lane"),
        # capitals opening a line that are no dateline
        ("URGENT - Please reply today.", "URGENT"),
        ("HIPAA - compliance notes follow.", "HIPAA"),
        ("UPDATE — The meeting moved.", "UPDATE"),
        # a form's title in capitals before its subtitle, and a table's row after a code
        ("PAYSLIP – Oktober 2024. Werknemer: Jacobus", "PAYSLIP"),
        ("SCHADEMELDINGSFORMULIER — WA-verzekering\nVerzekeringnemer: Maarten", "SCHADEMELDINGSFORMULIER"),
        ("R-88107    Obinna Nwachukwu    N17 9LP    Bluetooth speaker", "Obinna Nwachukwu"),
        ("TN-4471  Toner 71A  1  89.00\nST-0900  Stapler, heavy duty  2  14.20", "Stapler"),
        # a form's answers in common words
        ("Residence: Rented\nIncome: 30,000", "Rented"),
        ("Summer camp: Yes", "Yes"),
        ("Place: Second\nTime: 31:44", "Second"),
        # English "long", a German branch's common word
        ("As long as you stay long Hours, all day long Monday.", "Hours"),
        ("Welcome to the Filiale Nord.", "Nord"),
    ],
)
def test_when_words_only_look_like_these_shapes_then_no_place_is_found(places, text, absent):
    assert absent not in _found(places, text)


def test_when_french_a_precedes_a_common_word_or_a_name_then_no_fallback_place(shapes):
    assert not _found(shapes, "Merci à Dieu, grâce à Internet, et à Marie.")


def test_when_the_whole_detector_reads_a_hindi_address_then_the_state_and_its_pin_are_found(detector):
    text = "पता: मकान नं. 45, गली नं. 3, शिव नगर, पटना, बिहार 800020, जन्म तिथि: 05/09/1982"
    found = {(f.entity_type, text[f.start : f.end]) for f in detector.detect([text])[0]}
    assert {("LOCATION", "बिहार"), ("ZIP_CODE", "800020")} <= found

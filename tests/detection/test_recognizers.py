"""Our Python recognizers (minimize/detection/recognizers/), called directly: no spaCy needed."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers import RECOGNIZERS, load_all
from minimize.detection.recognizers.address import StreetAddressRecognizer
from minimize.detection.recognizers.cards import MastercardSeries2Recognizer
from minimize.detection.recognizers.gazetteer import LocationGazetteerRecognizer
from minimize.detection.recognizers.names import NameCueRecognizer
from minimize.detection.recognizers.phone import PhoneNumberRecognizer


def _found(recognizer, text, threshold=0.0):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None) if r.score >= threshold}


@pytest.fixture(scope="module")
def address():
    return StreetAddressRecognizer()


@pytest.fixture(scope="module")
def phone():
    return PhoneNumberRecognizer()


@pytest.fixture(scope="module")
def places():
    return LocationGazetteerRecognizer()


@pytest.fixture(scope="module")
def names():
    return NameCueRecognizer()


def test_when_modules_load_then_every_recognizer_is_registered_by_name():
    load_all()
    assert {"StreetAddressRecognizer", "PhoneNumberRecognizer", "LocationGazetteerRecognizer", "NameCueRecognizer",
            "MastercardSeries2Recognizer"} <= set(RECOGNIZERS.names())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lives at 742 Evergreen Terrace now", {("ADDRESS", "742 Evergreen Terrace")}),  # number, name, suffix
        ("2217 Willow Creek Drive, Apt 5B, Plano, TX 75023. Love",  # unit after, then city/state/zip
         {("ADDRESS", "2217 Willow Creek Drive, Apt 5B"), ("LOCATION", "Plano"), ("LOCATION", "TX"),
          ("ZIP_CODE", "75023")}),
        ("Flat 3, 41 Harrowgate Road, Leeds LS7 4QD", {("ADDRESS", "Flat 3, 41 Harrowgate Road"),  # unit before
                                                      ("LOCATION", "Leeds"), ("ZIP_CODE", "LS7 4QD")}),
        ("Ship to:\nHauptstraße 12\n10115 Berlin\nGermany", {("ADDRESS", "Hauptstraße 12"), ("ZIP_CODE", "10115"),
                                                              ("LOCATION", "Berlin"), ("LOCATION", "Germany")}),
        ("8 rue de la République, 69002 Lyon", {("ADDRESS", "8 rue de la République"), ("ZIP_CODE", "69002"),
                                                  ("LOCATION", "Lyon")}),  # French: number before the type
        ("Rua Augusta 274, Lisboa", {("ADDRESS", "Rua Augusta 274"), ("LOCATION", "Lisboa")}),  # number after
        ("Bağdat Caddesi No: 112 Daire 7", {("ADDRESS", "Bağdat Caddesi No: 112 Daire 7")}),  # Turkish
        ("15 Teheran-ro 34-gil, Seoul", {("ADDRESS", "15 Teheran-ro 34-gil"), ("LOCATION", "Seoul")}),  # Korean
        ("2-11-3 Meguro, Tokyo 153-0063", {("ADDRESS", "2-11-3 Meguro"), ("LOCATION", "Tokyo"),
                                           ("ZIP_CODE", "153-0063")}),  # Japanese block number
        ("mail it to PO Box 4471, Lagos", {("ADDRESS", "PO Box 4471"), ("LOCATION", "Lagos")}),  # PO box
        ("Plot 14, Ahmadu Bello Way", {("ADDRESS", "Plot 14, Ahmadu Bello Way")}),  # no number, but a unit first
        ("at 232 albert port suite 015 ok", {("ADDRESS", "232 albert port suite 015")}),  # lower case
        ("the corner of Main Street and 5th Avenue", {("ADDRESS", "Main Street and 5th Avenue")}),  # a corner
        ("Kongens gate 21\n0153 Oslo", {("ADDRESS", "Kongens gate 21"), ("ZIP_CODE", "0153"),
                                         ("LOCATION", "Oslo")}),  # Norwegian: the street type as a word
        ("19B Harcourt Street, Dublin D02 H282", {("ZIP_CODE", "D02 H282")}),  # Irish Eircode in the tail
        ("mail from USS Sampson, FPO AE 54206", {("ADDRESS", "USS Sampson, FPO AE 54206")}),  # US military
        ("deliver to paseo carlos cañete 16 piso 7", {("ADDRESS", "paseo carlos cañete 16 piso 7")}),  # lower case
        ("brianweg 19", {("ADDRESS", "brianweg 19")}),  # lower-case German compound
        ("Bygdøy allé 23, 0262 Oslo", {("ADDRESS", "Bygdøy allé 23"), ("ZIP_CODE", "0262")}),  # Norwegian allé
        ("of 8 Willow Bank, Harrogate HG1 2AB, appoint", {("ADDRESS", "8 Willow Bank"), ("LOCATION", "Harrogate"),
                                                          ("ZIP_CODE", "HG1 2AB")}),  # no street type: town+code
        ("at B-204, Lotus Apartments, Andheri West, Mumbai 400053.",  # Indian: flat, building, area, PIN
         {("ADDRESS", "B-204, Lotus Apartments, Andheri West"), ("ZIP_CODE", "400053")}),
        ("moved to 30172 John Pines, Port Rebeccachester, IL 81025",  # a state code is no town: the city stays apart
         {("ADDRESS", "30172 John Pines"), ("LOCATION", "Port Rebeccachester"), ("ZIP_CODE", "81025")}),
        ("Apartment 9, The Maltings, 10 Quay Street, Falmouth",  # a building's name between unit and street
         {("ADDRESS", "Apartment 9, The Maltings, 10 Quay Street")}),
        ("address Teheran-ro 152, 12F, Gangnam-gu", {("ADDRESS", "Teheran-ro 152")}),  # Korean: road, then number
        ("lives at 3 Heol y Felin, Cardiff CF14 2LP", {("ADDRESS", "3 Heol y Felin"), ("ZIP_CODE", "CF14 2LP")}),  # Welsh
        ("billing address 5 Bóthar na Trá, Salthill, Galway.", {("ADDRESS", "5 Bóthar na Trá")}),  # Irish, the kind first
        ("her address is 14 Ard na Gréine, Ballincollig", {("ADDRESS", "14 Ard na Gréine")}),
        ("outside 88 Fairview Strand, Dublin 3, overnight", {("ADDRESS", "88 Fairview Strand")}),
        # a benchmark's fields in a sentence after a name and a colon
        ("Residence details for Hollis Vandermeer: building number 4419, street Oakmont Passage, secondary address "
         "Unit 1207", {("ADDRESS", "4419"), ("ADDRESS", "Oakmont Passage"), ("ADDRESS", "Unit 1207")}),
        # Czech and Slovak: the street's adjective, then its numbers
        ("jsem doma. Korunní 1208/74, Praha 2, zvonit na Bartošovou.", {("ADDRESS", "Korunní 1208/74")}),
        ("Bydliště: Jugoslávských partyzánů 1580/3, 160 00 Praha 6", {("ADDRESS", "Jugoslávských partyzánů 1580/3")}),
        ("nechal u susedy na Mlynská 12 v Košiciach, lebo", {("ADDRESS", "Mlynská 12")}),
        ("address 99/12 Soi Sukhumvit 31, Bangkok", {("ADDRESS", "99/12 Soi Sukhumvit 31")}),  # Thai lane
        ("vive en Carrera 43A # 1 Sur-50, El Poblado", {("ADDRESS", "Carrera 43A # 1 Sur-50")}),  # Colombian grid
        ("Адреса: вул. Хрещатик, 22, кв. 5, Київ", {("ADDRESS", "вул. Хрещатик, 22, кв. 5")}),  # Ukrainian
        ("Av. Amazonas N34-451 y Av. Atahualpa, Quito", {("ADDRESS", "Av. Amazonas N34-451")}),  # Quito's block numbers
        ("Bulevar Artigas 1234, apto 501, 11300 Montevideo", {("ADDRESS", "Bulevar Artigas 1234, apto 501")}),
        ("Keskuskatu 5 A 12, 33100 Tampere", {("ADDRESS", "Keskuskatu 5 A 12")}),  # a Finnish staircase and flat
        ("Rue de la Loi 16, bte 3, 1000 Bruxelles", {("ADDRESS", "Rue de la Loi 16, bte 3")}),  # a Belgian box
        ("Blk 123 Ang Mo Kio Ave 3, #08-456, Singapore", {("ADDRESS", "Blk 123 Ang Mo Kio Ave 3, #08-456")}),
        ("Unit 5/42 Smith Street, Fitzroy VIC 3065", {("ADDRESS", "Unit 5/42 Smith Street")}),
        ("lives at Số 27 ngõ 54 Phố Huế, Hai Bà Trưng", {("ADDRESS", "Số 27 ngõ 54 Phố Huế")}),  # Vietnamese lanes
        ("RUT 15.772.418-K, Los Aromos 1440, depto 302, Ñuñoa", {("ADDRESS", "Los Aromos 1440, depto 302")}),  # no type word
        ("ID card 318826M, 44, Triq il-Merkanti, Valletta VLT 1175, IBAN",  # Malta's street word and postcode
         {("ADDRESS", "44, Triq il-Merkanti"), ("ZIP_CODE", "VLT 1175")}),
        ("registered address The Old Forge, 3 Mill Lane, Chipping Norton", {("ADDRESS", "The Old Forge, 3 Mill Lane")}),
        ("its 88 wharf rd, block C, flat 31, buzz 31", {("ADDRESS", "88 wharf rd, block C, flat 31")}),
        ("ahora vive en Thames 1842, Palermo", {("ADDRESS", "Thames 1842")}),  # where someone lives, no type word
        ("je kunt hem ophalen op Vismarkt 12 in Groningen.", {("ADDRESS", "Vismarkt 12")}),
        ("SHIP TO:\nAPT 7C, 455 W 152ND ST\nNEW YORK NY 10031-1847", {("ADDRESS", "APT 7C, 455 W 152ND ST")}),
        ("60 Martin Place, Sydney NSW 2000. Please", {("LOCATION", "Sydney"), ("LOCATION", "NSW"), ("ZIP_CODE", "2000")}),
        ("with the doorman at 55 Sukhumvit Soi 31, Watthana", {("ADDRESS", "55 Sukhumvit Soi 31")}),  # a Bangkok lane
        ("cédula 0928417351, of Mz. 104, Villa 12, Guayaquil", {("ADDRESS", "Mz. 104, Villa 12")}),  # a block and a villa
        ("shall reside at Blk 7 Lot 22, Sampaguita St., Brgy.", {("ADDRESS", "Blk 7 Lot 22, Sampaguita St.")}),
        ("lives at prosp. Peremohy 37, kv. 118, Kyiv 03056", {("ADDRESS", "prosp. Peremohy 37, kv. 118")}),
        ("view the place at 2817 N Clark St. Is that normal", {("ADDRESS", "2817 N Clark St.")}),  # "place" is no street
        ("the address?\nCALLER: eleven Protea Street, Orlando East", {("ADDRESS", "eleven Protea Street")}),
        ("the water heater at, um, 4411 Southeast Division. We", {("ADDRESS", "4411 Southeast Division")}),
        ("um 18 Uhr in der Boxhagener Str. 71, Hinterhaus\nLea: ok", {("ADDRESS", "Boxhagener Str. 71, Hinterhaus")}),
        ("è in via dei Serragli 41, citofono Bianchi", {("ADDRESS", "via dei Serragli 41")}),
        ("at Atatürk Bulvarı No: 88/5, Çankaya/Ankara 06680; his car",  # a Turkish door after the number
         {("ADDRESS", "Atatürk Bulvarı No: 88/5"), ("LOCATION", "Ankara"), ("ZIP_CODE", "06680")}),
        ("Kungsgatan 23, lgh 1104\n411 19 Göteborg", {("ADDRESS", "Kungsgatan 23, lgh 1104"), ("ZIP_CODE", "411 19")}),
        ("domiciliée 27 cours Gambetta, appt 41, 69007 Lyon; portable",  # lower-case French street words
         {("ADDRESS", "27 cours Gambetta, appt 41"), ("ZIP_CODE", "69007"), ("LOCATION", "Lyon")}),
        ("para mandarle el regalo?\nc/ la palma 22, 4ºb, en malasaña", {("ADDRESS", "c/ la palma 22, 4ºb")}),
        ("oficina en Calle 26 No. 68C-61, Bogotá", {("ADDRESS", "Calle 26 No. 68C-61")}),
        ("現住所: 〒530-0012 大阪府大阪市北区芝田2-4-10 メゾン梅田605号\n電話: 080",  # Japanese: the line after 〒
         {("ADDRESS", "大阪府大阪市北区芝田2-4-10 メゾン梅田605号")}),
        ("Wohnadresse Mariahilfer Straße 101/2/14, 1060 Wien, IBAN AT61",  # a capitalised type word, stair and door
         {("ADDRESS", "Mariahilfer Straße 101/2/14"), ("ZIP_CODE", "1060"), ("LOCATION", "Wien")}),
        ("domiciled at Str. Lipscani nr. 18, ap. 4, București", {("ADDRESS", "Str. Lipscani nr. 18, ap. 4")}),  # Romanian
        ("for Marek Dvořák, Vinohradská 1511/230, 100 00 Praha 10", {("ADDRESS", "Vinohradská 1511/230")}),  # Czech
        ("Ilica 45, 10000 Zagreb, Croatia",  # no street type: the postal code and town after it say address
         {("ADDRESS", "Ilica 45"), ("ZIP_CODE", "10000")}),
        ("Konstantinou, 29, Ermou 56, 4th floor, 105 63 Athens", {("ADDRESS", "Ermou 56, 4th floor"), ("ZIP_CODE", "105 63")}),
        ("The Old Rectory, Church Street, Ludlow SY8 1AW.",  # no house number, but a house's name, a town and a postcode
         {("ADDRESS", "The Old Rectory, Church Street"), ("LOCATION", "Ludlow"), ("ZIP_CODE", "SY8 1AW")}),
        ("Bill to: Mrs Harriet Coombes, The Granary, Mill Road, Thaxted CM6 2LD",  # any house's name, then the street
         {("ADDRESS", "The Granary, Mill Road"), ("LOCATION", "Thaxted"), ("ZIP_CODE", "CM6 2LD")}),
        ("of Apartment 14, The Maltings,\nBishop Street, Dublin 8, D08 R2X7",  # a unit, a building, a street below
         {("ADDRESS", "Apartment 14, The Maltings,\nBishop Street"), ("ZIP_CODE", "D08 R2X7")}),
        ("Delivery for Ma. Cristina Dela Cruz, Blk 7 Lot 22 Phase 2, Camella Homes, Brgy. Talon Dos",  # a phase
         {("ADDRESS", "Blk 7 Lot 22 Phase 2, Camella Homes")}),
        ("Ate Joy: Blk 12 Lot 8 Sampaguita St., Marikina.", {("ADDRESS", "Blk 12 Lot 8 Sampaguita St.")}),
        ("Padraig Doherty, farmer, of Ballinacor, Co. Donegal, wrote", {("LOCATION", "Ballinacor")}),  # before a county
        ("she lives at Cnoc na Gréine, An Spidéal, Co. Galway H91 X2T4",  # an Irish house's name, then the town
         {("ADDRESS", "Cnoc na Gréine"), ("LOCATION", "An Spidéal")}),
        ("with residence at\nUnit 1206, Tower 2, Avida Towers Centera, Mandaluyong City",  # a unit in a named tower
         {("ADDRESS", "Unit 1206, Tower 2, Avida Towers Centera"), ("LOCATION", "Mandaluyong City")}),
        ("I left the keys at\nnumber nine Orchard Way under the blue pot.", {("ADDRESS", "nine Orchard Way")}),
        ("A-304, Sai Krupa Residency, Baner Road, Pune – 411045, Maharashtra",  # an Indian PIN after a dash
         {("ADDRESS", "A-304, Sai Krupa Residency, Baner Road"), ("ZIP_CODE", "411045")}),
        ("Dean: flat 3 22 cromwell rd hove bn3 3ef i think", {("LOCATION", "hove"), ("ZIP_CODE", "bn3 3ef")}),
        ("23 Bedok North St 2, #08-451, Singapore 460123 between",  # a numbered street, a unit with a dash
         {("ADDRESS", "23 Bedok North St 2, #08-451"), ("LOCATION", "Singapore"), ("ZIP_CODE", "460123")}),
        ("Av. Corrientes 1847, piso 3, depto B, Buenos Aires C1045AAC, Argentina.", {("ZIP_CODE", "C1045AAC")}),
        ("Customer: 2301 Elm St Apt 5 dallas tx 75201",  # chat in lower case: town, state, zip
         {("ADDRESS", "2301 Elm St Apt 5"), ("LOCATION", "dallas"), ("LOCATION", "tx"), ("ZIP_CODE", "75201")}),
        ("his new address is 1109 Maple Ave, edison nj", {("LOCATION", "edison"), ("LOCATION", "nj")}),
        ("Tremblay, 4520 rue Saint-Denis, app. 3, Montréal (QC) H2J 2L3, NAS 518 204 736",  # a state in brackets
         {("ADDRESS", "4520 rue Saint-Denis, app. 3"), ("LOCATION", "QC"), ("ZIP_CODE", "H2J 2L3")}),
        ("demeurant 18 avenue Jean Jaurès, bât. C, 69007 Lyon, tél.",  # French units
         {("ADDRESS", "18 avenue Jean Jaurès, bât. C"), ("ZIP_CODE", "69007"), ("LOCATION", "Lyon")}),
        ("l'adresse reste 42 rue Paul Bert, 3e étage, 69003 Lyon.", {("ADDRESS", "42 rue Paul Bert, 3e étage")}),
        ("will be sent to Üllői út 26, 1085 Budapest.", {("ADDRESS", "Üllői út 26")}),  # Hungarian, type as a word
        # a flat or a suite alone, as forms and PII benchmarks write a secondary address
        ("lives at Apt. 552 of 92648 Heller Ramp in West Kirstinton", {("ADDRESS", "Apt. 552"), ("ADDRESS", "92648 Heller Ramp")}),
        ("born 1985, Kortrijksesteenweg 412 bus 3, 9000 Gent, IBAN",  # a Belgian box number
         {("ADDRESS", "Kortrijksesteenweg 412 bus 3"), ("ZIP_CODE", "9000"), ("LOCATION", "Gent")}),
        ("just ship it to 221 w 79th st apt 4f, nyc 10024 thx!!",  # lower case: a direction, an ordinal street
         {("ADDRESS", "221 w 79th st apt 4f"), ("LOCATION", "nyc"), ("ZIP_CODE", "10024")}),
        ("meet at 22 oak ave, portland or 97201", {("ADDRESS", "22 oak ave"), ("LOCATION", "or"), ("ZIP_CODE", "97201")}),
        # a Turkish door number, then district/city and a postal code
        ("lives at Bağdat Caddesi No:214 D:9, Kadıköy/İstanbul 34728 and",
         {("ADDRESS", "Bağdat Caddesi No:214 D:9"), ("LOCATION", "İstanbul"), ("ZIP_CODE", "34728")}),
        # Dutch: a house number's letter, a postcode's two letters, a town with "'s-"
        ("de woning aan de Weimarstraat 140-A, 2562 HH Den Haag per",
         {("ADDRESS", "Weimarstraat 140-A"), ("ZIP_CODE", "2562 HH"), ("LOCATION", "Den Haag")}),
        ("naar Kerkstraat 8, 5211 KD 's-Hertogenbosch", {("ZIP_CODE", "5211 KD"), ("LOCATION", "'s-Hertogenbosch")}),
        # a form's next line, labelled
        ("Straße: Bergstraße 12\nPLZ/Ort: 69120 Heidelberg\nTelefon: 06221 478 302",
         {("ZIP_CODE", "69120"), ("LOCATION", "Heidelberg")}),
        ("visit her at Södra Vägen 14B, Göteborg on 19 November",  # Swedish, the type as its own word
         {("ADDRESS", "Södra Vägen 14B"), ("LOCATION", "Göteborg")}),
        ("new address is 455 ridgeview dr apt 12 boise id 83702", {("ADDRESS", "455 ridgeview dr apt 12")}),
        ("Rosewood House, 3 Heol y Nant, Caerphilly CF83 1AB", {("ADDRESS", "Rosewood House, 3 Heol y Nant")}),
        ("lives in Villa 14, Street 22b, Al Barsha 2, Dubai", {("ADDRESS", "Villa 14, Street 22b")}),  # a villa, a numbered street
        ("UL. SHIPKA 34, ET. 3, AP. 9\n1504 SOFIA\nBULGARIA",  # a Bulgarian floor, then code and town in capitals
         {("ADDRESS", "UL. SHIPKA 34, ET. 3, AP. 9"), ("ZIP_CODE", "1504"), ("LOCATION", "SOFIA")}),
        ("14/6 Railway Parade, Cabramatta NSW 2166", {("ADDRESS", "14/6 Railway Parade"), ("ZIP_CODE", "2166")}),
        ("CALLER: erm 27a dunmore rd, near the big tesco", {("ADDRESS", "27a dunmore rd")}),  # a house's letter
        ("domicilio en Avinguda Diagonal 401, 5º 2ª, 08008 Barcelona",  # Catalan, floor and door in digits
         {("ADDRESS", "Avinguda Diagonal 401, 5º 2ª"), ("ZIP_CODE", "08008")}),
        ("His address is Rehov Herzl 25, Tel Aviv 6578201, Israel.", {("ADDRESS", "Rehov Herzl 25")}),  # Israel
        ("Jr. de la Unión 456, Cercado de Lima", {("ADDRESS", "Jr. de la Unión 456")}),  # a Peruvian jirón
        ("Calle 72 # 10-34, Apto 501, Bogotá", {("ADDRESS", "Calle 72 # 10-34, Apto 501")}),
        ("lives at House No. 17, Ring Road East, Accra", {("ADDRESS", "House No. 17, Ring Road")}),
        ("Mr Tobias Wren\n3 Quarry Cottages, Low Lane\nSettle\nNorth Yorkshire BD24 9PL",  # a terrace of cottages
         {("ADDRESS", "3 Quarry Cottages"), ("LOCATION", "Settle"), ("ZIP_CODE", "BD24 9PL")}),
        ("retired, 8 Heron's Reach, Knysna, 6571, landline", {("ADDRESS", "8 Heron's Reach"), ("ZIP_CODE", "6571")}),
        # a house's name before a street with no number
        ("Amelia Clarke, sixty, of Rose Cottage, Church Lane, Little Shelford", {("ADDRESS", "Rose Cottage, Church Lane")}),
        ("Declan Walsh\nBallinacurra House, Ballinacurra Road\nLimerick V94 X2T6",
         {("ADDRESS", "Ballinacurra House, Ballinacurra Road"), ("ZIP_CODE", "V94 X2T6")}),
        # a street no pattern knows, after a label that says it is an address
        ("Địa chỉ: 45 Lê Lợi, Quận 1, TP. Hồ Chí Minh", {("ADDRESS", "45 Lê Lợi"), ("LOCATION", "Quận 1")}),
        # an address's label in more languages, with or without its colon
        ("starost 39, naslov Slovenska cesta 54, 1000 Ljubljana", {("ADDRESS", "Slovenska cesta 54")}),
        ("apríl 1988. Heimilisfang: Laugavegur 24, íbúð 302, 101 Reykjavík", {("ADDRESS", "Laugavegur 24")}),
        ("05.07.1990, адреса ул. Македонија бр. 12/3, 1000 Скопје", {("ADDRESS", "ул. Македонија бр. 12/3")}),
        ("email binh.nv@vnn.vn, address 118 Trần Hưng Đạo, Quận 5, TP. Hồ Chí Minh",  # in a sentence, no colon
         {("ADDRESS", "118 Trần Hưng Đạo"), ("LOCATION", "Quận 5")}),
        # a country's code closing the line after the postal code
        ("12 Residency Road, Indiranagar, Bengaluru 560038, IN\nTel: +91", {("ZIP_CODE", "560038"), ("LOCATION", "IN")}),
        # a boîte postale of French-speaking Africa; an Uzbek street
        ("Kindly send the documents to Fatoumata Diallo, BP 4412, Bamako, Mali.", {("ADDRESS", "BP 4412")}),
        ("received the parcel at Amir Temur ko'chasi 108, Tashkent?", {("ADDRESS", "Amir Temur ko'chasi 108")}),
        # Baltic street types, an Indian house number, a Vietnamese lane's street, a US street of Spanish words
        ("asmens kodas 48405170211, adresas Gedimino pr. 27-14, LT-01104 Vilnius", {("ADDRESS", "Gedimino pr. 27-14")}),
        ("DOB 23.10.1989, address Tartu mnt 63-18, 10115 Tallinn", {("ADDRESS", "Tartu mnt 63-18")}),
        ("She lives at Brīvības iela 55, Rīga, LV-1010, Latvia.", {("ADDRESS", "Brīvības iela 55")}),
        ("ab Gurgaon shift ho gaya, DLF Phase 3, U-block, H.No. 41\nAman: thanks", {("ADDRESS", "H.No. 41")}),
        ("sinh năm 1982, Số 18 ngõ 42 Hàng Bạc, Hoàn Kiếm, Hà Nội", {("ADDRESS", "Số 18 ngõ 42 Hàng Bạc")}),
        ("Garaging address: 2291 Alameda de las Pulgas, San Carlos, CA 94070.", {("ADDRESS", "2291 Alameda de las Pulgas")}),
        # a Scottish street with no type before its town
        ("in the presence of Jean Ritchie, solicitor, 22 Crossgate, Cupar.", {("ADDRESS", "22 Crossgate"),
                                                                              ("LOCATION", "Cupar")}),
    ],
)
def test_when_text_holds_an_address_then_its_parts_are_found(address, text, expected):
    assert expected <= _found(address, text)


@pytest.mark.parametrize(
    "text",
    [
        "I waited 3 days in the park",  # a number, words and a street word: prose
        "it takes 2 hours drive",  # a duration before "drive"
        "Wall Street fell 3% today",  # a street name without number or unit
        "we shipped 40 units to the client",  # numbers and nouns
        "version 4 Release Notes",  # no street type
        "sent via email 2 times",  # "via" and a number are no Italian street
        "Meeting on 12 March, London SW1A 1AA office",  # a date before a town and postcode
        "ticket #4412 about Calle 5 closures",  # a Spanish street word without the grid's "#" or "No."
        "Invoice 2024, 10000 Units shipped",  # a label word is no street before a number and a town-like word
        "a flat 5% fee for Room 12; the Flat 2-bed is let",  # a rate, a room, a flat's size
        "i had 3 dr appointments and 2 dr visits",  # "dr" after a count is a doctor
        "She lives in London 2024 and lives at No. 4 now",  # a year; a unit word is no street's name
        "The Guardian, 3 May 2024, and The Times, 12 pages",  # a newspaper before a date: no house's name
        "I have two Main Street shops; the meeting will take place on 20 June",  # a count; "place" as a word
        "Address: London\nAddress: The Old Rectory",  # a labelled address with no number is no street
        "device, address 100.64.12.7 behind CGNAT; IP address: 10.2.3.4",  # an IP address
        "O: T 37.9, HR 96, BP 118/74. Urine dip",  # a blood pressure, no boîte postale
        "Paní Nováková 32 let, bydlí v Praze; cena 1200 Kč za 3 ks.",  # a Czech name and an age, a price
        "Přihlášení proběhlo 12. 3.; Kupní cena 3 miliony; paní Svobodová a od 1. 4.",  # Czech words before numbers
        "the damage reported by the homeowner, Linnea Strand.",  # "Strand" as a surname
    ],
)
def test_when_text_has_no_address_then_none_is_found(address, text):
    assert not {e for e, _ in _found(address, text) if e == "ADDRESS"}


def test_when_a_chat_address_is_followed_by_words_then_a_state_like_word_is_no_state(address):
    assert _found(address, "im at 14 elm st later ok") == {("ADDRESS", "14 elm st")}  # "ok" is Oklahoma only before a zip


@pytest.mark.parametrize(
    ("text", "value", "at_least"),
    [
        ("call me on (617) 555-0142.", "(617) 555-0142", 0.5),  # US, valid: passes 0.5 without context
        ("My new number is +233 24 412 7789.", "+233 24 412 7789", 0.7),  # Ghana, international
        ("+7 495 123-45-67", "+7 495 123-45-67", 0.7),  # Russia
        ("Tel: 090-1234-5678", "090-1234-5678", 0.5),  # Japan, national format
        ("mobile 07700 900461", "07700 900461", 0.5),  # UK
        ("at (212) 555-0187 ext. 4.", "(212) 555-0187 ext. 4", 0.5),  # the extension belongs to it
        ("0044 20 7946 0958", "0044 20 7946 0958", 0.7),  # 00 instead of +
        ("Mon numéro : +33 6 12 34 56 78 - Julien", "+33 6 12 34 56 78", 0.7),  # "number" in French
        ("Mum: his new no is 0803 442 1198", "0803 442 1198", 0.5),  # "no" for a person's number
        ("the contact number on the booking is (503) 218-9944.", "(503) 218-9944", 0.5),  # a phone's words first
    ],
)
def test_when_text_holds_a_phone_number_then_it_is_found_with_a_useful_score(phone, text, value, at_least):
    assert ("PHONE_NUMBER", value) in _found(phone, text, at_least)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Caller: No, use my mobile, oh-seven-nine-one-one, two-four-six, eight-eight-zero.\nAgent: Got it.",
         "oh-seven-nine-one-one, two-four-six, eight-eight-zero"),
        # with pauses and no hyphens, and a digit said twice
        ("Caller: my number is nine one eight, five five five, oh one four seven", "nine one eight, five five five, oh one four seven"),
        ("CALLER: oh seven nine double one, four four two, eight oh six", "oh seven nine double one, four four two, eight oh six"),
    ],
)
def test_when_a_phone_number_is_read_out_in_words_then_it_is_found(detector, text, value):
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert ("PHONE_NUMBER", value) in found
    assert not {f for f in found if f[0] == "PERSON"}  # "oh seven" after "CALLER:" is no name


def test_when_digit_words_have_no_phone_word_near_then_no_phone_is_found(detector):
    text = "the kids counted one-two-three-four-five-six-seven and ran"
    [spans] = detector.detect([text])
    assert not [s for s in spans if s.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text",
    [
        "meeting id is 884 2231 9907 and",  # an id, said so before it
        "PO number 4500012345",  # a purchase order
        "Report generated at 2024-06-30 23:59:59",  # a timestamp
        "Tax ID 84-1234567",  # an employer id
        "IP 203.0.113.77",  # an IP address
        "salary 19200.13",  # an amount
        "worked there 2018-2023",  # a range of years
        "version 10.4.1 released",  # a version
        "PMP #2291844",  # a certificate number
        "tracking is 1Z 999 AA1 01 2345 6784 and",  # the rest of a parcel's code
        "Attended: 16/03/2024 01:42",  # a date, then the hour of a time
        "for 12-Dec-2023; PNR 4417298806, coach",  # a booking reference
        "現住所: 〒530-0012 大阪府",  # a Japanese postal code after its mark
        "Florianópolis - SC, 88015-530\nCelular",  # Brazil's CEP: five digits and three
        "Packing LLC, FEIN 86-1047729",  # a US EIN: two digits and seven
        "Sinistro nº 2024/118.553\n",  # "nº": a number's label in other languages
        "São Paulo - SP, CEP 01426-001.",  # a postal code's label
    ],
)
def test_when_digits_are_not_a_phone_then_no_phone_is_found(phone, text):
    assert not _found(phone, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She moved from Kumasi to São Paulo.", {"Kumasi", "São Paulo"}),  # cities of 15,000+
        ("Ship to Berlin, Germany", {"Berlin", "Germany"}),  # city and country
        ("He lives in Ohio", {"Ohio"}),  # a US state
        ("They travel between New Graceside and Tapiabury", {"New Graceside", "Tapiabury"}),  # town shapes
        ("im moving to CarlierVille soon", {"CarlierVille"}),  # a town shape after "moving to"
        ("i moved to toronto last year", {"toronto"}),  # a known city in lower case after a cue
        ("place of birth ABU DHABI, passport", {"ABU DHABI"}),  # a known place in capitals
    ],
)
def test_when_text_names_places_then_the_gazetteer_finds_them(places, text, expected):
    assert {v for _, v in _found(places, text)} >= expected


@pytest.mark.parametrize(
    "text",
    [
        "Nice to meet you.",  # an English word opening a sentence
        "Austin called this morning",  # a city named like a common first name is left out
        "Mobile: 555 0100",  # a label, not Mobile, Alabama
        "Can you help?",  # a town named Can, and a verb
        "i am from home today",  # "from" + an ordinary word
        "URGENT: READING LIST DUE",  # capitals that are English words, not towns
        "a 34-year-old Male, single",  # a sex, not Malé
    ],
)
def test_when_a_word_only_looks_like_a_place_then_the_gazetteer_skips_it(places, text):
    assert not _found(places, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dear Mr. Nakamura,", {("TITLE", "Mr."), ("PERSON", "Nakamura")}),  # title, then a surname
        ("Dear Mrs O'Sullivan, thank you", {("TITLE", "Mrs"), ("PERSON", "O'Sullivan")}),  # no dot, apostrophe
        ("my name is li na and i need help", {("PERSON", "li na")}),  # lowercase after "my name is"
        ("hey it's priya from the gym", {("PERSON", "priya")}),  # a known first name after a cue
        ("lol dave just fell asleep in the standup again", {("PERSON", "dave")}),  # lowercase chat
        ("Name: Aleksandra Nowak\nPhone: 1", {("PERSON", "Aleksandra Nowak")}),  # a form label
        ("Hi Priyanka,\n\nsee attached.\n\nThanks,\nRahul", {("PERSON", "Priyanka"), ("PERSON", "Rahul")}),
        ("Order arrived damaged. - Takahashi Yumi", {("PERSON", "Takahashi Yumi")}),  # signed with a dash
        ("ANJALI SHARMA\nSoftware engineer", {("PERSON", "ANJALI SHARMA")}),  # capitals
        ("BENTON, MATTHEW appears twice", {("PERSON", "BENTON, MATTHEW")}),  # register order
        ("ring 502.354.3473 and ask for chakradhar", {("PERSON", "chakradhar")}),  # "ask for"
        ("gianluigi here, can someone call me back", {("PERSON", "gianluigi")}),  # "X here"
        ("account holder is alphonse mary", {("PERSON", "alphonse mary")}),  # label with "is"
        ("Account holder: Miranda, Justin. Flagged", {("PERSON", "Miranda, Justin")}),  # surname first
        ("NAME ON ACCOUNT: GÖKNUR YÜKSEL.", {("PERSON", "GÖKNUR YÜKSEL")}),  # label in capitals
        ("The plaintiff, Zanele Mokoena, resides", {("PERSON", "Zanele Mokoena")}),  # a role
        ("Incident reported by Tanish Borde.", {("PERSON", "Tanish Borde")}),  # two capitalised words after "by"
        ("Wei: ok i'll be there\nJun: which exit?", {("PERSON", "Wei"), ("PERSON", "Jun")}),  # chat speakers
        ("email me\ncheers haluk", {("PERSON", "haluk")}),  # a lowercase sign-off
        ("Surname: O'Connell\nForename(s): Niamh Bríd", {("PERSON", "O'Connell"), ("PERSON", "Niamh Bríd")}),
        ("Could you remind June that it is due", {("PERSON", "June")}),  # an English-word name after a verb
        ("I'll ask Will whether he can drive", {("PERSON", "Will")}),  # ... after "ask"
        ("survived by his wife Hope and sons", {("PERSON", "Hope")}),  # ... after a relation
        ("Ring Mia on 0412 345 678", {("PERSON", "Mia")}),  # "ring" as a verb of contact
        ("testament of Edith Margaret Cole, born", {("PERSON", "Edith Margaret Cole")}),  # a legal cue
        ("Regards\n--\nDevendra Rao | Ops Lead | 0161", {("PERSON", "Devendra Rao")}),  # a signature
        ("Priya Nair | Senior Data Analyst\nAcme", {("PERSON", "Priya Nair")}),  # name | role
        ("Hope is allergic to penicillin.", {("PERSON", "Hope")}),  # an English-word name before a person's verb
        ("Sen. Warren spoke", {("TITLE", "Sen."), ("PERSON", "Warren")}),  # a senator
        ("Officer Alvarez took the report", {("TITLE", "Officer"), ("PERSON", "Alvarez")}),  # police
        ("Statement of PC 4471 Daniels:", {("TITLE", "PC"), ("PERSON", "Daniels")}),  # a collar number between
        ("the sermon by Rabbi Cohen", {("TITLE", "Rabbi"), ("PERSON", "Cohen")}),  # clergy
    ],
)
def test_when_a_cue_points_at_a_name_then_it_is_found(names, text, expected):
    assert expected <= _found(names, text)


@pytest.mark.parametrize(
    "text",
    [
        "i'm tired and it's late",  # cues followed by ordinary words
        "can you ask for help please",  # "ask for" + a common word
        "Hi all, the offsite is confirmed",  # a greeting to everyone
        "CURRICULUM VITAE\nEXPERIENCE",  # capitals that are no names
        "I miss you",  # "Miss" is not a title here
        "Willow Creek Dr, Apt 5B",  # "Dr" as a street type
        "sent to New York Office by Google Cloud",  # capitalised words after cues that name no person
        "thanks again\nbye",  # sign-off words only
        "Phone: 555 0100\nNote: call back",  # form labels are no chat speakers
        "remind June 5th about the invoice",  # a month with a day after a verb
        "Product Team | Lead Engineer wanted",  # a team before a role
        "Status | Open | Lead time 3 days",  # a table row
        "Hope is the thing with feathers",  # an English-word name before an ordinary verb
        "May is a good month to travel",  # a month
        "my PC 2019 Edition crashed",  # a computer and a year, no officer
        "PC World sells laptops",  # "PC" without a collar number
    ],
)
def test_when_no_name_is_there_then_the_cues_find_none(names, text):
    assert not {v for e, v in _found(names, text) if e == "PERSON"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("card 2263 9865 0582 6916", False),  # 2-series shape, but fails the Luhn check
        ("card 2223 0000 4841 0010", True),  # Mastercard 2-series test number (Luhn-valid)
        ("amex 3782 822463 10005", True),  # American Express in 4-6-5 groups
    ],
)
def test_when_card_numbers_use_newer_ranges_then_they_are_checked_and_found(text, found):
    results = MastercardSeries2Recognizer().analyze(text, ["CREDIT_CARD"])
    assert any(r.score >= 0.9 for r in results) == found


def test_when_a_solicitors_dx_number_follows_the_town_then_it_is_no_state_or_postcode(address):
    found = _found(address, "Carrington & Lowe, 14 Boroughgate, Appleby, DX 63101\nPurchasers: Mr. Devon")
    assert ("ADDRESS", "14 Boroughgate") in found and ("LOCATION", "Appleby") in found
    assert not {f for f in found if f[1] in ("DX", "63101")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flat or unit named alone after a word placing someone in it
        ("confirmed that unit 1207 will be ready for Bogdan Ionescu to move in", {("ADDRESS", "unit 1207")}),
        ("Actual: owner = Margaret Ellison (previous owner of unit 504).", {("ADDRESS", "unit 504")}),
        ("Resident portal - Message thread, Unit 1108", {("ADDRESS", "Unit 1108")}),
        ("Siapa unit C-08-04? paip bocor lagi", {("ADDRESS", "C-08-04")}),  # a Malaysian flat's block-floor-number
        # a unit with a letter after a dash in a named tower
        ("of Unit 18-C, Tower 2, Avida Towers Asten, Makati City", {("ADDRESS", "Unit 18-C, Tower 2, Avida Towers Asten")}),
        # a British or Irish address's parts before its town and postcode, no street pattern reading them
        ("Colin MacLeod of 7 Balallan, Isle of Lewis HS2 9PN phoned",
         {("ADDRESS", "7 Balallan"), ("LOCATION", "Isle of Lewis"), ("ZIP_CODE", "HS2 9PN")}),
        ("I, Cornelius Blythe, of Rosebank Cottage, Lower Slaughter, Gloucestershire GL54 2HR, revoke",
         {("ADDRESS", "Rosebank Cottage, Lower Slaughter"), ("LOCATION", "Gloucestershire")}),
        ("Owner Sean O'Driscoll, 4 Ashgrove Lawn, Cork T12 H2X9, mobile 087 204 5518.",
         {("ADDRESS", "4 Ashgrove Lawn"), ("LOCATION", "Cork"), ("ZIP_CODE", "T12 H2X9")}),
    ],
)
def test_when_a_unit_or_a_rural_address_is_written_then_it_is_found(address, text, expected):
    assert expected <= _found(address, text)


@pytest.mark.parametrize(
    "text",
    [
        "Unit 1 tag LKM-492; Unit 2 tag JPW-718.",  # ambulance units
        "She passed unit 3 of the course and went to unit 4 test.",  # a course's units
        "Mrs Harriet Coombes, Lakeside Road, Mill Street, Leeds LS1 4AB",  # a name opening the line is no house
    ],
)
def test_when_a_unit_is_no_home_or_a_name_opens_the_line_then_no_address_is_read_from_it(address, text):
    found = _found(address, text)
    assert not {v for e, v in found if e == "ADDRESS" and (v.lower().startswith("unit") or "Coombes" in v)}

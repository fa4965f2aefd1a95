"""LocationGazetteerRecognizer on place labels, verbs of living, lowercase chat and CJK script (no spaCy needed)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.gazetteer import LocationGazetteerRecognizer


@pytest.fixture(scope="module")
def places():
    return LocationGazetteerRecognizer()


def _found(recognizer, text):
    return {text[r.start : r.end] for r in recognizer.analyze(text, None) if r.entity_type == "LOCATION"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Heard at: Watford    On: 11-13 December 2023", {"Watford"}),  # a tribunal's venue label
        ("State of origin: Anambra\nFaculty: Pharmacy", {"Anambra"}),  # a Nigerian form
        ("Place of birth: Ibadan, Oyo State\n", {"Ibadan, Oyo State"}),
        ("now lives in Al Khuwair with his wife", {"Al Khuwair"}),  # a neighbourhood after "lives in"
        ("She grew up in Kibera and moved on.", {"Kibera"}),
        ("03940 Ciudad de México, y su teléfono", {"Ciudad de México"}),  # a big city's name in Spanish
        ("ended up in brighton lol", {"brighton"}),  # lowercase chat: a place named like a person, after "in"
        ("landed in lagos safe, will call u when i reach lekki", {"lagos", "lekki"}),
        ("my dog went missing in tallaght yesterday. black lab", {"tallaght"}),
        ("aiko が来週大阪に行くって!", {"大阪"}),  # a two-character city before a particle of place
        ("〒530-0012 大阪府大阪市北区芝田2-4-10", {"大阪府", "大阪市北区"}),  # prefecture, then city and ward
    ],
)
def test_when_a_cue_points_at_a_place_then_it_is_found(places, text, expected):
    assert expected <= _found(places, text)


@pytest.mark.parametrize(
    "text",
    [
        "She was born in March 1990.",  # a month after "born in"
        "He lives in Room 4 of the annex.",  # a room, not a place
        "bike stolen from outside the shop",  # a word shaped like a town ("-side")
        "send it to charlotte pls thx",  # a place named like a person, after "to": the person
        "i am in time for it and at home now",  # lowercase words that are no places
        "Time: 12:35 (yard)",  # a label, not a place label
        "来週の会議は大切です",  # CJK text with no place
    ],
)
def test_when_no_place_is_named_then_none_is_found(places, text):
    assert not _found(places, text)


@pytest.fixture(scope="module")
def loaded():
    recognizer = LocationGazetteerRecognizer()
    recognizer.load()
    return recognizer


@pytest.mark.parametrize(
    "text, expected",
    [
        # a region after its town: provinces, counties and states beyond the US ones
        ("Church Lane, Little Shelford, Cambridgeshire CB22 5HG", "Cambridgeshire"),
        ("Bengaluru, Karnataka 560001", "Karnataka"),
        # a bracket opens no sentence: the province after its city is a place
        ("app. 902, Montréal (Québec) H3G 1K4.", "Québec"),
        # a landmark by the word for its kind, in languages that put it first
        ("28001 Madrid, cerca del Parque del Retiro.", "Parque del Retiro"),
        ("a cinque minuti dalla Fontana di Trevi.", "Fontana di Trevi"),
        ("à deux pas de la place Bellecour.", "place Bellecour"),
        ("parado no semáforo da Avenida Beira-Mar quando", "Avenida Beira-Mar"),
        # a city named like a person, after a preposition only places take
        ("Jean-Baptiste Moreau, né le 17/04/1979 à Lyon, IBAN", "Lyon"),
        ("of 12 Ashgrove Park, Navan, Co. Meath C15 R2X4", "Meath"),  # an Irish county after "Co."
        ("44, Triq il-Merkanti, Valletta VLT 1175", "Valletta"),  # a small capital
        ("Kungsgatan 23, lgh 1104\n411 19 Göteborg\nSWEDEN", "Göteborg"),  # a city by its own people's name
        ("geboren am 24.08.1990 in Freiburg im Breisgau, Personalnummer", "Freiburg im Breisgau"),
        ("Sokak No: 8 D: 3, Bornova/İzmir. Kargo", "Bornova"),  # a district, a slash and its city
        ("sexo masculino, Recife - PE, CPF 052.719.483-23", "PE"),  # a Brazilian state after its city
        ("45 min delay AGAIN on the 07:12 from Reading 😡", "Reading"),  # a train's origin by its time
        ("Wojciech Ptak, ur. 21.02.1988 w Lublinie, PESEL", "Lublinie"),  # a Polish town in its locative case
        ("dopravní nehoda dne 2. 3. 2024 v Praze 6; vozidlo", "Praze 6"),  # a Czech one, with its district
        ("IMO 9482917    Port of arrival: Port Klang    Voyage", "Port Klang"),  # a ship's port
        ("Account Officer, Retail Banking\nIkeja Branch\n\nRE: absence", "Ikeja"),  # a bank's branch by its town
        ("née le 14/06/1956 à Abidjan (Côte d'Ivoire), n° de", "Côte d'Ivoire"),  # "d'" inside a country's name
        ("Av. Juárez 118, Col. Centro, C.P. 64000, Monterrey", "Centro"),  # a neighbourhood by its kind word
        ("Blk 7 Lot 22, Mabuhay Homes, Brgy. San Isidro, Dasmariñas", "San Isidro"),
        # a big city by its name in another language or script (GeoNames' alternate names)
        ("02.08.2025, nach Ankunft mit LX1831 aus Kopenhagen", "Kopenhagen"),
        ("από το διαμέρισμα στην Ερμού 54, Θεσσαλονίκη· τηλέφωνο", "Θεσσαλονίκη"),
        ("العنوان 4127 طريق الملك فهد، الرياض 12271", "الرياض"),
        ("ที่อยู่ 99/14 ซอยสุขุมวิท 77 เขตวัฒนา กรุงเทพฯ 10110", "กรุงเทพฯ"),
        ("गली नं. 3, शिव नगर, पटना, बिहार 800020", "पटना"),
        # a country in Arabic or Hebrew, a glued "from" or "in" apart; a town whose first word has two letters
        ("منى اتقبلت في منحة في ألمانيا وميعاد الفيزا", "ألمانيا"),
        ("אבי עלה מצרפת באוגוסט 2019 ועדיין מחכה", "צרפת"),
        ("שנערך ונחתם בתל אביב ביום 15 ביולי 2024", "תל אביב"),
        ("მისამართი: თბილისი, ვაჟა-ფშაველას გამზ. 41", "თბილისი"),  # Georgian and Armenian script
        ("Հասցե՝ Երևան, Կոմիտասի պող. 52, բն. 31", "Երևան"),
        ("secondary address Unit 1207, county Bexar County, state TX, zip 78249-3310.", "TX"),  # a state's field in prose
        ("City: Sacramento        State: CA        ZIP code: 95823", "CA"),  # a state's code in its field
        ("  address:\n    city: Waipahu\n    state: HI\n    zip: 96797", "HI"),  # ... "HI" there is no greeting
        # a smaller town of a Cyrillic-writing country by its own script's name, or by its usual romanization
        ("Издавам двособен стан на ул. Партизанска бр. 17, Битола, 250 евра", "Битола"),
        ("Мекенжайы: Әл-Фараби көшесі, 65-үй, 12-пәтер, Рудный. Телефоны", "Рудный"),
        ("Bi 10-r sariin 5-nd Darkhan ruu nuukh gej baigaa.", "Darkhan"),
        ("Umngcwabo ngoMgqibelo 19 Oktoba ngo-08:00 e-Nongoma.", "Nongoma"),  # isiZulu's locative glued on
        ("Днес, 12.02.2025 г., в гр. София, между:", "София"),  # a town after its kind's word in short
        ("роден в с. Ореше, общ. Белица", "Белица"),
        ("the site visit at 10:00 at our Dalston warehouse.", "Dalston"),  # a firm's site by its place
        ("your parcel is waiting in locker 18 at the Ringsend pick-up point.", "Ringsend"),
        ("listed for 10 a.m. at the Milimani Law Courts.", "Milimani"),
        ("Villa Verde Subd., Brgy. Molino III, Bacoor, Cavite 4102 Mobile", "Cavite"),  # a Philippine province
        ("Merhaba, İzmir'deki ofise gel.", "İzmir"),  # a case ending after an apostrophe or a hyphen
        ("tiim, 4 sariin 3-nd 06:00-d Ulaanbaatar-aas garna", "Ulaanbaatar"),
        ("POS agent Ifeoma Chukwu at Ojota bus stop charged Mr. Johnson", "Ojota"),  # a place by its bus stop
        ("POS woman for Ikotun junction collect my ATM card", "Ikotun"),
    ],
)
def test_when_the_text_shows_a_place_then_it_is_found(loaded, text, expected):
    assert expected in _found(loaded, text)


@pytest.mark.parametrize(
    "text",
    [
        "an email from Austin about the invoice",  # "from" is taken by people as often as places
        "Employee: José Luis Ramírez Castillo    ID: 004417",  # a surname that is also a kind of building
        "Skills: Java, Kotlin, SQL",  # a language, not the island
        "sent Via Email yesterday",  # "via" in English
        "guys pls vote for my cousin Amani in the talent show",  # a town's other name that is a person's name
        "الاسم | رقم الهوية | الجوال | المدينة",  # "the city": a word before it is Medina's name
        "Send it by e-Mail or buy the eBook on eBay; our e-Commerce team",  # English words after "e"
        '{"vehicle": "Kia e-Niro", "plate": "LR21 GZK"}',  # a car's model after its make
        "the Main office, our Head office, the Online store and our Flagship store",  # words, not places
        "turn left at Main junction, wait at School bus stop",  # words before a landmark
    ],
)
def test_when_a_word_only_looks_like_a_place_then_it_is_not_found(loaded, text):
    assert not _found(loaded, text)


def test_when_a_city_goes_by_its_short_name_or_an_accented_form_then_it_is_found(detector):
    text = "int. 8, C.P. 03940, CDMX, tel. +52 55 4187 2290; née à Dakar (Sénégal)"
    [spans] = detector.detect([text])
    found = {(s.entity_type, text[s.start : s.end]) for s in spans}
    assert {("LOCATION", "CDMX"), ("ZIP_CODE", "03940"), ("LOCATION", "Sénégal")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She rents a flat in Kololo with her sister", ["Kololo"]),  # a word no dictionary knows, after "in"
        ("Born in Kumasi, fluent in Twi and English", ["Kumasi"]),  # Twi is a language, not a place
        ("He lives in Smith's old house", []),  # a name's possessive
        # after a person's name, maybe with an age: where they are from
        ("Pálmi Rúnarsson of Grindavík landed 14 tonnes", ["Grindavík"]),
        ("Captain Emrys Owen-Hughes, 79, of Trearddur Bay, received", ["Trearddur Bay"]),
        ("Patrol leader Ánde Somby (16) from Guovdageaidnu is", ["Guovdageaidnu"]),
        ("The Department of Kinesiology and the University of Sussex", []),  # an office, not after a name
    ],
)
def test_when_an_unknown_capitalised_word_follows_in_then_the_place_fallback_reads_it(text, expected):
    from minimize.detection.recognizers.gazetteer import PlaceShapeRecognizer

    recognizer = PlaceShapeRecognizer()
    recognizer.load()
    assert [text[r.start : r.end] for r in recognizer.analyze(text, None)] == expected

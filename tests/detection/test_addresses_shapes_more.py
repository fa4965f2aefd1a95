"""More address shapes (address.py): a house by its number before its locality (north-east India, the Caucasus), a tea
garden's quarter and line, a shop in its market, a by-lane, Malaysian lanes, lots and villages, Indonesian neighbourhoods
(RT/RW), Algerian and Moroccan estates, blocks, plots and numbered streets, romanised CIS streets and flats, Czech
avenues and floors, a slashed house letter, a highway's direction, a flat named after the home; postal codes in
lower-case chat, after an Australian state, in a record's quoted values, in XML, before their town, after a box, after
"新加坡", and where a service is looked for; and text that only looks so."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.address import StreetAddressRecognizer


def _found(recognizer, text, entity="ADDRESS"):
    return {text[r.start : r.end] for r in recognizer.analyze(text, None) if r.entity_type == entity}


@pytest.fixture(scope="module")
def address():
    return StreetAddressRecognizer()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a house by its number, a locality after it
        ("She is a bonafide resident of House No. 87, Tuikual South, Lunglei, Mizoram.", "House No. 87"),
        ("residing at House No. 43, Laitumkhrah, hereinafter the TENANT", "House No. 43"),
        ("Ms. Nino Beridze of house 14, Sagarejo, Kakheti 3800 received the grant.", "house 14"),
        ("Stays at: House 33, Jaiaw Langsning, Shillong", "House 33"),
        ('"Ground floor, House 21, Laban Hills, Shillong",1,9000', "Ground floor, House 21"),
        # ... and its by-lane
        ("come and see it at House 31, Survey Bylane 6, Ganeshguri", "House 31, Survey Bylane 6"),
        ("resident of House No. 12, Bylane 4, Rukminigaon, Guwahati 781022, do hereby",
         "House No. 12, Bylane 4, Rukminigaon"),
        # a tea garden's quarter in its line, either order
        ("Quarters: Quarter 11, No. 4 Line, Dholla T.E., P.O. Doomdooma", "Quarter 11, No. 4 Line"),
        ("It is notified that quarter no. 38 in No. 6 Line, vacated by", "quarter no. 38 in No. 6 Line"),
        ("Line / quarter: No. 3 Line, Q-41", "No. 3 Line, Q-41"),
        ("Line / quarter: Factory Line, Q-9", "Factory Line, Q-9"),
        ("EMP-0101,Jitu Oraon,39,M,No. 4 Line,Q-12,Section 2", "No. 4 Line,Q-12"),
        # a shop in its market; a house number's letter after a slash
        ("Premises: Shop 23, Iewduh Market", "Shop 23, Iewduh Market"),
        ("held by Ranjit Das of 17/C Rashbehari Avenue Road, Silchar.", "17/C Rashbehari Avenue Road"),
        # Malaysia: a lane and its house, a lot in its village
        ("In the quiet lane of Lorong Merbah 3, No. 18 in Taman Melawati, the", "Lorong Merbah 3, No. 18"),
        ("her secondary address is Lot 1187, Kampung Baru Sungai Tiram.", "Lot 1187, Kampung Baru Sungai Tiram"),
        # Indonesia: a hamlet and its neighbourhood, a street and its neighbourhood
        ("manggen ing Dusun Karangrejo RT 03/RW 02, Wedi, Klaten, nyuwun", "Dusun Karangrejo RT 03/RW 02"),
        ("diantar ke Jl. Kebon Jeruk No. 12, RT 002/RW 005, Jakarta Barat 11530", "Jl. Kebon Jeruk No. 12, RT 002/RW 005"),
        # Algeria and Morocco: zones, estates, blocks, numbered streets
        ("his office is at Zone d'activité, lot 15, Béjaïa 06000.", "Zone d'activité, lot 15"),
        ("If you move from Cité des 120 Logements, bloc C, n° 4, Bouira, tell us.", "Cité des 120 Logements, bloc C, n° 4"),
        ("confirm your postal address: Rue 9, n° 31, Hay Salam, Fès 30000.", "Rue 9, n° 31, Hay Salam"),
        ("field_address_1: Résidence Les Acacias, bât. C", "Résidence Les Acacias, bât. C"),
        ("the pipe to his house, lot 22, lotissement Ouled Fayet, will be connected", "lot 22, lotissement Ouled Fayet"),
        ("for a second illegal connection at Bloc A, n° 41; he must come", "Bloc A, n° 41"),
        # romanised CIS streets and flats
        ("5. Zarema Aliyeva, Lesnaya 14, kv. 8", "Lesnaya 14, kv. 8"),
        ("Property: prospekt Putina 21, kv. 44, Grozny", "prospekt Putina 21, kv. 44"),
        ("could you change it to pr. Mira 118, kv. 6, Vladikavkaz?", "pr. Mira 118, kv. 6"),
        ("the new housing block on ulitsa Lenina 72 in Nalchik", "ulitsa Lenina 72"),
        ("secondaryaddress: kv. 9\ncity: Beslan", "kv. 9"),
        # a street of no type, its number, then a building
        ("Ludmila Petrova, 52, of Sunset Boulevard 318, building 4, 90027, requested", "Sunset Boulevard 318, building 4"),
        # a Czech avenue and its floor
        ("Dobrý den, ano. Adresa je Tř. Míru 14, 2. patro. Hodí se vám", "Tř. Míru 14, 2. patro"),
        # a highway's direction; a British street named "... Side"
        ("application (4410 Hwy 90 East, Lafayette, LA 70501) flagged", "4410 Hwy 90 East"),
        ("Jordan Kyle         4 Mill Side, Keighley", "4 Mill Side"),
        # a flat after the home it names
        ("the heat is out again at my place, unit 4C", "unit 4C"),
        ("can he ring the top bell, flat 2?", "flat 2"),
        # a street and its postcode in lower case
        ("new addy: 44 hazelmere, bedford mk40 2tq thanks", "44 hazelmere"),
    ],
)
def test_when_text_holds_an_address_of_these_shapes_then_it_is_found(address, text, value):
    assert value in _found(address, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("new addy: 44 hazelmere, bedford mk40 2tq thanks", "mk40 2tq"),  # in lower case
        ("shipped to unit 3/18 ocean st, coogee nsw 2034; contact", "2034"),  # after an Australian state
        ('Address(new Address("Landstraßer Hauptstraße 71/3", "1030", "Wien"));', "1030"),  # a record's quoted values
        ("VALUES ('Unit 2, 8 Carr Street', 'Coogee', '2034', '2024-09-01');", "2034"),
        ("<Suburb>Bellville</Suburb><City>Cape Town</City><Code>7530</Code></Address>", "7530"),  # in XML
        ("Petr Novák, a 6723 Szeged, Kossuth utca 12. szám alatt lakik", "6723"),  # before its town and street
        ("late of PO Box 1142, 113 Muscat, Oman, died on", "113"),  # after a box
        ("他住在宏茂桥5道第321座 #08-221，新加坡560321。", "560321"),  # after Singapore's name
        ("Ludmila Petrova, 52, of Sunset Boulevard 318, building 4, 90027, requested", "90027"),
        ("diantar ke Jl. Kebon Jeruk No. 12, RT 002/RW 005, Jakarta Barat 11530 dan", "11530"),
        ("You can renew online or at the office nearest 60614.", "60614"),  # where a service is looked for
        ("book at any centre near 10027 or reply to this message.", "10027"),
    ],
)
def test_when_text_holds_a_postal_code_of_these_shapes_then_it_is_found(address, text, value):
    assert value in _found(address, text, "ZIP_CODE")


@pytest.mark.parametrize(
    "text",
    [
        # a house in a vote, a series, a sentence
        "The House 52, Senate 48 vote passed.",
        "Dr. House 3, Season 2 was great.",
        "She lived in house 4, Maria in house 5.",
        "The House 12, Parliament said.",
        # a quarter, a line, a shop that are no dwelling's
        "Production Line, Q-4 forecast looks weak.",
        "Quarter 3, Line 2 of the report",
        "Revenue for Quarter 2, No. 1 Line of products rose.",
        "Shop 5 opened yesterday.",
        # lots, blocks, neighbourhood heads, streets without a number
        "lot 12, lot 13 were sold",
        "Ketua RT 03/RW 02 hadir",
        "The RT 05 meeting",
        "Lorong 5 is closed",
        "The Hwy 1 North exit is closed",
        "Rue 12, porte d'entrée",
        # Czech words, a report's page, a flat's word before a count
        "třída má 25 žáků",
        "pr. 5 of the report",
        "my place, unit 3 tests failed",
        # lower-case counts before a code-like word, a code of no British area
        "she spends 3 hours, london sw1a 1aa",
        "bought 2 players mp3 4gb cheap",
        "the team won 5 games, liverpool le1 5ab lol",
    ],
)
def test_when_text_only_looks_like_these_shapes_then_no_address_is_found(address, text):
    assert not _found(address, text)


@pytest.mark.parametrize(
    "text",
    [
        "we have stores near 50000 customers",  # a count after "near"
        "Order 1234 Paris, 12 rue de Rivoli",  # an order's number before a town
        "In 2019 Berlin, Hauptstraße 5 was sold",  # a year before a town
        "('8 Carr Street', 'Paid in full', '2034')",  # a record's number after a value that is no town
        "('8 Carr Street', '1999', 'paid')",  # ... or before one
    ],
)
def test_when_a_number_only_looks_like_a_postal_code_then_it_is_not_one(address, text):
    assert not _found(address, text, "ZIP_CODE")

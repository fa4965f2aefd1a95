"""Streets, units and the postal code and town after them in more languages (address.py), and words that only look so."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.address import StreetAddressRecognizer


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.fixture(scope="module")
def address():
    return StreetAddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Slovene and Croatian: the adjective, the type, the number; a flat with its dot; the code and town after it
        ("stalno prebivališče Prešernova ulica 8, 4000 Kranj. Plača", {("ADDRESS", "Prešernova ulica 8"), ("ZIP_CODE", "4000")}),
        ("stanovanje na naslovu Vojkova ulica 3, stan. 12, 6000 Koper",
         {("ADDRESS", "Vojkova ulica 3, stan. 12"), ("ZIP_CODE", "6000"), ("LOCATION", "Koper")}),
        ("ogled stanovanja na Celovški cesti 112 v Ljubljani", {("ADDRESS", "Celovški cesti 112")}),  # the locative
        ("Mojca Hribar\t1406773505195\tTrubarjeva cesta 12, Ljubljana\t031 442 918", {("ADDRESS", "Trubarjeva cesta 12")}),
        ("stojnica na Mestni trg 5 v Ljubljani", {("ADDRESS", "Mestni trg 5")}),  # a square
        ("na Prešernovem trgu 1 v Kranju", {("ADDRESS", "Prešernovem trgu 1")}),
        ("naslov: Rožna pot 5, 4000 Kranj", {("ADDRESS", "Rožna pot 5")}),  # "pot" after an adjective
        ("Prešernova ul. 8, Kranj", {("ADDRESS", "Prešernova ul. 8")}),  # the type shortened
        ("živi u Vukovarskoj ulici 25 u Zagrebu", {("ADDRESS", "Vukovarskoj ulici 25")}),  # Croatian locative
        ("Savska cesta 41, 10000 Zagreb", {("ADDRESS", "Savska cesta 41"), ("ZIP_CODE", "10000")}),
        # the type first, its name in the genitive or after a preposition
        ("Milena Zorko\t1609645051201\tUlica heroja Staneta 9, Celje\t041 770 384", {("ADDRESS", "Ulica heroja Staneta 9")}),
        ("prebiva Trg republike 3, Ljubljana", {("ADDRESS", "Trg republike 3")}),
        ("firma na Cesta v Mestni log 55, Ljubljana", {("ADDRESS", "Cesta v Mestni log 55")}),
        ("Trg bana Jelačića 1, 10000 Zagreb", {("ADDRESS", "Trg bana Jelačića 1"), ("ZIP_CODE", "10000")}),
        ("stanuje ul. Knez Mihailova br. 12, Beograd", {("ADDRESS", "ul. Knez Mihailova br. 12")}),  # Serbian "br."
        # Bulgarian and Macedonian: quotes, "№" and "бр.", floors, flats, entrances, blocks
        ("за покупка на апартамент на ул. „Шипка“ № 23, ет. 4, ап. 11, Пловдив.",
         {("ADDRESS", "ул. „Шипка“ № 23, ет. 4, ап. 11")}),
        ("Издавам двособен стан на ул. Партизанска бр. 17, стан 8, Битола", {("ADDRESS", "ул. Партизанска бр. 17, стан 8")}),
        ("стан од 68 м² на бул. Илинден бр. 47, влез 2, кат 5, стан 19, Скопје.",
         {("ADDRESS", "бул. Илинден бр. 47, влез 2, кат 5, стан 19")}),
        ("Продавач: Александар Стојановски, од Охрид, ул. Македонски просветители бр. 22.",
         {("ADDRESS", "ул. Македонски просветители бр. 22")}),  # a name of two words
        ("<адреса>ул. Гоце Делчев бр. 9, 2000 Штип</адреса>", {("ZIP_CODE", "2000"), ("LOCATION", "Штип")}),
        ("с постоянен адрес ж.к. „Младост“ 1, бл. 42, вх. А, ап. 17, наричана",  # a housing estate and its block
         {("ADDRESS", "ж.к. „Младост“ 1, бл. 42, вх. А, ап. 17")}),
        ("ж.к. Люлин, бл. 512, вх. В, ет. 5, ап. 18, София", {("ADDRESS", "ж.к. Люлин, бл. 512, вх. В, ет. 5, ап. 18")}),
        # Kazakh: the house and flat with their words; Mongolian: the sub-district, building and flat
        ("Мекенжайы: Әл-Фараби көшесі, 65-үй, 12-пәтер, Рудный.", {("ADDRESS", "Әл-Фараби көшесі, 65-үй, 12-пәтер")}),
        ("Мекенжайы: Астана, Қабанбай батыр даңғылы, 11-үй, 204-пәтер.",
         {("ADDRESS", "Қабанбай батыр даңғылы, 11-үй, 204-пәтер")}),
        ("Адрес: Абай даңғылы, 150, Алматы", {("ADDRESS", "Абай даңғылы, 150")}),  # a house number alone
        ('"хаяг": "Баянзүрх дүүрэг, 13-р хороо, Их тойруу 27, 4 тоот"}', {("ADDRESS", "13-р хороо, Их тойруу 27, 4 тоот")}),
        ("Хаяг: Сүхбаатар дүүрэг, 1-р хороо, Энхтайвны өргөн чөлөө 12, 3-р байр, 45 тоот, 14200\nУтас: 8808-4471",
         {("ADDRESS", "1-р хороо, Энхтайвны өргөн чөлөө 12, 3-р байр, 45 тоот"), ("ZIP_CODE", "14200")}),
        # Icelandic: a street in any case, its three-digit postcode (past the flat), or the code alone in a CSV cell
        ("Lögheimili: Víðihlíð 14, 105 Reykjavík\nSími: 695 3381",
         {("ADDRESS", "Víðihlíð 14"), ("ZIP_CODE", "105"), ("LOCATION", "Reykjavík")}),
        ("Skólabíllinn sækir Emblu Rún og Ísak að Brekkugötu 7, 600 Akureyri, kl. 7:45",
         {("ADDRESS", "Brekkugötu 7"), ("ZIP_CODE", "600")}),
        ("Heimilisfang: Hraunbæ 102, íbúð 0304, 110 Reykjavík. Netfang:", {("ZIP_CODE", "110")}),
        ("Aron Snær Jóhannsson,020611-3160,8. HB,Nei,Víðihlíð 14,105\nKatla Björt,111202-3540,Nei,Sunnuvegi 3,104",
         {("ADDRESS", "Víðihlíð 14"), ("ZIP_CODE", "105"), ("ADDRESS", "Sunnuvegi 3"), ("ZIP_CODE", "104")}),
        ("Skrifstofa á Hringbraut 121, 107 Reykjavík", {("ADDRESS", "Hringbraut 121"), ("ZIP_CODE", "107")}),
        # Malta: a street with no number after a flat or a building, the town (its article glued on) and the code
        ("Indirizz: Flat 3, Block B, Triq il-Wied, Birkirkara BKR 9052. Mowbajl: +356 9942 7715.",
         {("ADDRESS", "Flat 3, Block B, Triq il-Wied"), ("LOCATION", "Birkirkara"), ("ZIP_CODE", "BKR 9052")}),
        ('"Flat 4, Sea Breeze Court, Triq it-Turisti, San Pawl il-Baħar SPB 3012".',
         {("LOCATION", "San Pawl il-Baħar"), ("ZIP_CODE", "SPB 3012")}),
        ("Albert Zammit,0198765M,Villa Rita, Triq Santa Marija,Ħal Għaxaq,GXQ 2204,7942 0873",  # one code, then a phone
         {("ADDRESS", "Villa Rita, Triq Santa Marija"), ("ZIP_CODE", "GXQ 2204")}),
        ("Triq il-Kbira, Mosta MST 1234", {("ADDRESS", "Triq il-Kbira"), ("ZIP_CODE", "MST 1234")}),  # no unit: the code
        # Basque: the type after the name, a floor and side
        ("Helbidea: Nafarroa etorbidea 8, 3. esk., 20500 Arrasate\nTelefonoak:",
         {("ADDRESS", "Nafarroa etorbidea 8, 3. esk."), ("ZIP_CODE", "20500")}),
        ("Zabalbide kalea 14, 48006 Bilbo", {("ADDRESS", "Zabalbide kalea 14"), ("ZIP_CODE", "48006")}),
        # Welsh, Nigerian, Ghanaian, Yoruba
        ("registered to 27 Clos yr Wenallt, Pontypridd, CF37 4PL was", {("ADDRESS", "27 Clos yr Wenallt"), ("ZIP_CODE", "CF37 4PL")}),
        ("lives at 4 Cilgant y Bryn, Aberystwyth SY23 2AB", {("ADDRESS", "4 Cilgant y Bryn")}),
        ("drop-off: Plot 41, Trans-Amadi Layout at 18:37.", {("ADDRESS", "Plot 41, Trans-Amadi Layout")}),
        ("Bill to: Kwabena Owusu-Ansah, P.O. Box KN 4412, Kaneshie, Accra.", {("ADDRESS", "P.O. Box KN 4412")}),
        ("| Túndé Ògúnṣọlá | 0705 118 3362 | Ilé 2, Àdúgbò Mọ̀kọ́lá, Ìbàdàn | 52 |", {("ADDRESS", "Ilé 2, Àdúgbò Mọ̀kọ́lá")}),
        ("Ilé 14, Òpópónà Ẹ̀rúwà, Ìbàdàn", {("ADDRESS", "Ilé 14, Òpópónà Ẹ̀rúwà")}),
        # South Africa: a floor in capitals, then the town and its four digits; Singapore: the code after the unit
        ("office 27 Loop Street, 3rd Floor, Cape Town, 8001.",
         {("ADDRESS", "27 Loop Street, 3rd Floor"), ("LOCATION", "Cape Town"), ("ZIP_CODE", "8001")}),
        ("Salim T0316452C    Blk 612 Woodlands Ring Road      #09-57    730612", {("ZIP_CODE", "730612")}),
    ],
)
def test_when_text_holds_a_street_of_another_language_then_its_parts_are_found(address, text, expected):
    assert expected <= _found(address, text)


@pytest.mark.parametrize(
    "text",
    [
        "Una cesta 3 euro, Questa cesta 5 kg di mele",  # an Italian basket and its price
        "Cesta de Navidad 2024 con 12 productos",  # a Spanish hamper and a year
        "Ulica je bila prazna 3 dni, trg je lep.",  # a Croatian sentence after the type word
        "Ulica, Cesta and Trg were mentioned 3 times.",  # the type words in English prose
        "The Main pot 2 was split; Just put 3 eggs in.",  # "pot" and "put" as English words
        "Honey pot 5 and Crock pot 6 quart",
        "England 3 - 1 Scotland; Goldberg 2; Tomás 3 goles",  # words ending as an Icelandic street does not
        "Scaffold 3 and Manifold 2 parts; Hintergrund 2",
        "Laugavegur er gata 3 km löng",  # an Icelandic street word with no number after it
        "The page layout 12, Site Layout 3 of the report; Plot 3, Figure Layout",  # a layout of a page or a plot
        "Box KN 4412 shipped; PMB 2 episodes; P.O. Box AB",  # no box's number after its letters; a symptom
        "Ilé 2 ni mo wà",  # "house" and a number, no road or quarter
        "Тя живее на Шипка 23. Стан 8 души.",  # no type word before the name
        "кат 5 и стан 19 без улица",  # units alone
        "13-р хороо гэж юу вэ",  # a sub-district alone
        "Triq is a Maltese word, Triq means street",  # no unit before it, no postcode after it
        "Абай көшесі 1990 жылы",  # a year after the street
        "she scored 105, then 110 in Reykjavík",  # three digits without an Icelandic street
        "версия 2.1, бр. 5 от серията",  # "бр." with no street
    ],
)
def test_when_text_only_looks_like_a_street_then_none_is_found(address, text):
    assert not _found(address, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Najemodajalec: Bojan Kranjc, Tržaška cesta 45, 1000 Ljubljana, EMŠO 3005971501882",
         {("ADDRESS", "Tržaška cesta 45"), ("ZIP_CODE", "1000")}),
        ("Moj novi naslov za pošto pa je Kidričeva ulica 14, 3000 Celje.", {("ADDRESS", "Kidričeva ulica 14")}),
        ("Скопје.\nПредмет: стан од 68 м² на бул. Илинден бр. 47, влез 2, кат 5, стан 19, Скопје.",
         {("ADDRESS", "бул. Илинден бр. 47, влез 2, кат 5, стан 19")}),
        ("Құрметті Гүлнар Омарова, Алматы қаласы, Сәтбаев көшесі, 24-үй, 58-пәтер мекенжайына жіберілген",
         {("ADDRESS", "Сәтбаев көшесі, 24-үй, 58-пәтер")}),
        ("Skólabíllinn sækir Emblu Rún og Ísak að Brekkugötu 7, 600 Akureyri, kl. 7:45",
         {("ADDRESS", "Brekkugötu 7"), ("ZIP_CODE", "600")}),
    ],
)
def test_when_the_detector_reads_a_street_of_another_language_then_it_keeps_its_parts(detector, text, expected):
    found = {(f.entity_type, text[f.start : f.end]) for f in detector.detect([text])[0]}
    assert expected <= found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Residential: 4412 Zone 7, Sebokeng, 1983. Cell: 071 883 2014.", "4412 Zone 7"),  # a township's stand
        ("will be held at her home, 1182 Phase 1, Kwaguqa, Witbank.", "1182 Phase 1"),
        ("He stays at House 1127, Phase 2, Cosmo City, Johannesburg.", "House 1127, Phase 2"),
    ],
)
def test_when_a_township_stand_is_numbered_by_its_section_then_it_is_an_address(address, text, value):
    assert ("ADDRESS", value) in _found(address, text)


def test_when_a_trial_has_phases_then_no_township_is_read(address):
    text = "We ran 2 Phase 1 trials and reported 2023 Phase 2 results; the 3 Phase 3 studies, 14 Phase 2 sites"
    assert not {value for entity, value in _found(address, text) if entity == "ADDRESS"}


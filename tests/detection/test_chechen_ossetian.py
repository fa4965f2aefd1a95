"""Names, ages, dates, places, addresses and ids in Chechen and Ossetian and the Russian of their forms
(recognizers/chechen_ossetian.py)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.chechen_ossetian import ChechenOssetianRecognizer


@pytest.fixture(scope="module")
def caucasus():
    return ChechenOssetianRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of its own shape with a surname after a kin word; a day's ordinal before a month in the locative
        ("Хьоме Малика!\nХьан ден Ӏабдул-Хьамид Дадашев пенси 3-чу июнехь дӀаяьккхина.",
         {("PERSON", "Ӏабдул-Хьамид Дадашев"), ("DATE_TIME", "3-чу июнехь")}),
        # a known name opening the text as a greeting; a brother by his kin word
        ("Зарема, хьан ваша Ӏумар хӀинца а Германехь болх беш ву.", {("PERSON", "Зарема"), ("PERSON", "Ӏумар")}),
        # a village in Chechen opening a sentence; a town with its locative ending, which stays in the span
        ("Со Ӏела Ахмадов ву. Шуьйта сан цӀа ду. Ловзар Ачхой-Мартанехь ду.",
         {("LOCATION", "Шуьйта"), ("LOCATION", "Ачхой-Мартанехь")}),
        # a street's word after its name, and the house
        ("Ӏабдул: Адрес яздехьа.\nСеда: Садовни урам, 17.", {("ADDRESS", "Садовни урам, 17")}),
    ],
)
def test_when_chechen_has_cues_then_values_are_found(caucasus, text, expected):
    assert expected <= _found(caucasus, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form: the town by its label, the street by its word
        ("ФЫСТӔГ\nКӕмӕ: Ацамаз Гуриев\nЦӕрӕнбынат: Дигора, Ленины уынг, 14\nРайгуырд: 03.02.1961",
         {("PERSON", "Ацамаз Гуриев"), ("LOCATION", "Дигора"), ("ADDRESS", "Ленины уынг, 14")}),
        # an age by its word, with a dash and with the copula
        ("Агундӕ Цаголова, 66-аздзыд, фыстӕг ныффыста. Мӕ мад 71 азы у.", {("AGE", "66"), ("AGE", "71")}),
        # a table whose header names its village column
        ("Ном | Хъӕу | Телефон\nСослан Бестаты | Унал | +7 918 111 22 33",
         {("PERSON", "Сослан Бестаты"), ("LOCATION", "Унал")}),
    ],
)
def test_when_ossetian_has_cues_then_values_are_found(caucasus, text, expected):
    assert expected <= _found(caucasus, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plates, spaced or not, in English prose
        ("Driver: Ruslan Aliev, truck Р 735 ТХ 95, mobile +7 928 000 00 00", {("ID_NUMBER", "Р 735 ТХ 95")}),
        ("car: Lada Granta, В 904 АМ 15", {("ID_NUMBER", "В 904 АМ 15")}),
        # a postal index opening an address's value
        ("Адрес: 386101, Республика Ингушетия, г. Назрань", {("ZIP_CODE", "386101"), ("LOCATION", "Назрань")}),
        # a value after a Russian id label; a Cyrillic code after a card's and a certificate's word
        ("Логин: a.musaev, номер клиента Л-00732, карта 5536", {("ID_NUMBER", "Л-00732")}),
        ("she renewed her library card, ИН-007731, in May", {("ID_NUMBER", "ИН-007731")}),
        ("his disability certificate is МСЭ-2021 № 0522973.", {("ID_NUMBER", "МСЭ-2021 № 0522973")}),
        # a known name with its Russian case, a village with its case, a wife by her kin word
        ("Сослан, привет! Я у Марата в Даргавсе, это номер его жены Лианы.",
         {("PERSON", "Марата"), ("LOCATION", "Даргавсе"), ("PERSON", "Лианы"), ("PERSON", "Сослан")}),
    ],
)
def test_when_cyrillic_forms_and_messages_hold_values_then_they_are_found(caucasus, text, expected):
    assert expected <= _found(caucasus, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tsar's byname, a stern look, shawls: words named like places; the town inside a sentence is one
        ("Иван Грозный правил долго. Грозный взгляд учителя. Шали из шерсти. Мы живём в Грозном.",
         {("LOCATION", "Грозном")}),
        # the Alans, a people; God's son after a kin word; a sister's name after hers
        ("Аланы жили на Кавказе, сын Божий тоже. Это сестра Мадины.", {("PERSON", "Мадины")}),
        # a count before a city's word is no index; an index opening an address's part is
        ("Население 362013 человек, г. Москва не участвует. Россия, 366300, г. Аргун",
         {("ZIP_CODE", "366300"), ("LOCATION", "Аргун")}),
        # standards, car models and a code with no cue; a plate needs its region ("В 125 КМ": 125 km)
        ("По ГОСТ Р 51074-2003, ВАЗ-21099, раздел А-1234, В 125 КМ от города. Номер полиса ОМС-00123.",
         {("ID_NUMBER", "ОМС-00123")}),
        # a man named like a town, and the town
        ("Беслан Дзахов приехал в Беслане.", {("LOCATION", "Беслане")}),
        # a surname built on a town's name; years that are no age beside one that is
        ("Шеланов Игорь пришёл. Цуьнан 10 шо хилла кхузахь. Цунна 63 шо кхаьчна.", {("AGE", "63")}),
        # English prose: only the Cyrillic plate
        ("Patient John Smith, 45, seen on 12 May 2024 in Leeds, plate С 418 ОР 20.", {("ID_NUMBER", "С 418 ОР 20")}),
    ],
)
def test_when_cyrillic_text_looks_close_then_only_the_values_are_flagged(caucasus, text, expected):
    assert _found(caucasus, text) == expected


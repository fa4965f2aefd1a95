"""Names, ages, dates, places, addresses and ids written in Chechen and Ossetian (Cyrillic) and the Russian of
their forms.

The English NER reads none of them. Chechen writes its own sounds with the palochka ("Ӏ") and digraphs ("хь",
"кх", "аь"), Ossetian with "ӕ": their own rules run only where one is. What marks personal data there is a word
around it: an age's word after its number ("38-аздзыд", "63 шо кхаьчна"), a day's ordinal before a month ("1-чу
мартехь"), a street's word after its name ("Комсомолы уынг, 22", "Школьни урам, 42"), a kin word before a name
("хьан ваша Ӏумар"), a form's label or a table's header ("Цӕрӕнбынат:", "| Хъӕу |"). The region's towns and
villages and its given names are known lists, read with the case endings the three languages glue to them
("Хьалха-Мартанехь", "в Даргавсе", "у Заура").

Some shapes are the same in any Cyrillic text and plainly personal there: a Russian car plate ("К 482 МО 15"),
a six-digit postal index before a region or a town, a value after a Russian id label ("номер клиента …"), a
Cyrillic document code in prose with its cue ("reader card ЧБ-004127"), a relative's name after a Russian kin
word ("жены Дианы"). Texts without Cyrillic (English) cost one search.
"""
from __future__ import annotations

import regex

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer, distinct_places
from minimize.detection.recognizers.tables import row_cells, text_lines

SCORE = 0.9  # above NER's 0.85: the English model's reading of these languages is noise
# the one search an English text pays
_ANY = regex.compile(r"\p{Cyrillic}")
# Chechen's palochka and digraphs, Ossetian's ae: the languages' own rules run only where one is
_CHECHEN = regex.compile(r"[Ӏӏ]|\p{Ll}(?:хь|кх|аь|оь|уь)|(?:Хь|Кх)\p{Ll}")
_OSSETIAN = regex.compile(r"[Ӕӕ]")
_UP = r"[\p{Lu}Ӏ]"  # (the palochka has one form for both cases: "Ӏаьли", "дӀа")
_LOW = r"[\p{Ll}Ӏӏ]"
_WORD = rf"{_UP}{_LOW}+(?:-{_UP}?{_LOW}+)?"

# Shapes of any Cyrillic text

# A Russian plate: a letter, three digits, two letters, the region ("О 512 ЕН 95"); only the twelve letters
# Latin shares are used on plates; the region is needed ("В 125 КМ": 125 km)
_PL = "АВЕКМНОРСТУХ"
_PLATE = regex.compile(rf"(?<![\w-])[{_PL}][ ]?(?!000)\d{{3}}[ ]?[{_PL}]{{2}}[ ]?(?:\d{{2,3}}|RUS)(?![\w-])")
# a six-digit postal index before a region or a town ("362013, Республика …", "366000, г. Аргун"), or opening
# an address's value
_INDEX = regex.compile(
    r"(?<=(?:^|[\n:,])[ \t]*)(?P<code>[1-6]\d{5}),?[ ]"
    r"(?=(?:Россия|РФ|Республика|Респ\.|РСО|Чеченская|Чечня|Ингушетия|г\.|город|пос\.|с\.|ст\.|"
    r"\p{Lu}\p{Ll}+(?:ая|ий)[ ](?:обл|край|р-н|район)))"
    r"|(?<=(?i:адрес|адрис|индекс)[ \t]*:?[ \t]*)(?P<code>[1-6]\d{5})(?=,)"
)
# a value after a Russian id label ("номер клиента К-00518", "лицевой счёт: 0041237")
_RU_ID = regex.compile(
    r"(?i:номер[ ](?:клиента|договора|счёта|счета|карты|полиса|заявки|дела|билета|удостоверения|пропуска|абонента)"
    r"|лицевой[ ]сч[её]т|№[ ](?:договора|полиса|карты|дела)|(?:полис|удостоверение|пропуск)[ ]№)"
    r"[ \t]*[:№]?[ \t]*(?P<value>(?:\p{Lu}{1,3}-?)?\d[\d -]{2,18}\d)(?![\d\w])"
)
# a Cyrillic document code ("ЧБ-004127", a series and year before its number: "МСЭ-2023 № 0418862"), with
# a card's, a number's or a certificate's word a little before it
_CODE = regex.compile(r"(?<![\w-])(?P<prefix>[А-ЯЁ]{1,4})-(?:\d{4}[ ]?№[ ]?\d{5,8}|\d{4,8})(?![\w-])")
_CODE_CUE = regex.compile(r"(?i:card|certificate|number|no\.|licen[cs]e|permit|\bpass\b|\bID\b|#|№|номер|билет|карт|"
                          r"удостоверени|справк|свидетельств|пропуск|полис|договор|клиент)")
#: standards, laws and vehicle makers written the same way: no one's code
_NOT_CODE = frozenset("ГОСТ ОСТ ТУ СП СНИП СанПиН ФЗ ВАЗ ГАЗ УАЗ ЗИЛ ПАЗ МАЗ КАЗ ЛАЗ ЛИАЗ КРАЗ ИЖ ТЭЦ ГЭС".split())

# Russian kin words before a relative's name ("жены Дианы", "сын Аслан"), and words no name is
_RU_KIN = ("жена жены жене женой муж мужа мужу мужем сын сына сыну сыном дочь дочери дочерью брат брата брату братом "
           "сестра сестры сестре сестрой отец отца отцу отцом мать матери матерью дед деда деду бабушка бабушки "
           "бабушке внук внука внучка внучки племянник племянника племянница племянницы тётя тёти тетя тети дядя "
           "дяди").split()
_NOT_KIN_NAME = frozenset("Мороз Природа Природы Родины Божий Божья Божия Божией Бога Господа Господень Господня Христа "
                          "Человеческий".split())

# Chechen and Ossetian

# kin words before a name ("хьан ваша Ахьмад", "ден Ӏабдул-Кхьалид"; Ossetian "мӕ фыд Батрадз", "йӕ фырт Алан")
_CE_KIN = ("да ден дас дена нана ненан нанас нанна ваша вешин вешина йиша йишин йишина кӀант кӀентан кӀанта йоӀ "
           "йоӀан йоӀана зуда зудчун майра марин деда дедин").split()
_OS_KIN = "фыд фыды мад мады ӕфсымӕр ӕфсымӕры хо хойы фырт фырты чызг чызджы ус усы лӕг лӕджы".split()

# Given names of Chechens, Ingush and Ossetians as they write them in Cyrillic. Names that are words too (Ислам,
# the prophets', "gold", "Mecca", a Nart heroine, a town: "в Милане") are left out
_GIVEN = (
    # Chechen and Ingush
    "Ахмад Ахьмад Ахмед Аслан Адам Абдул Ӏабдул Алихан Ӏаьли Апти Арби Асланбек Ахъяд Ахьяд Аюб Бислан Байсангур Бекхан "
    "Бувайсар Ваха Висхан Вахид Гелани Джабраил Джамалдин Дени Докка Жабраил Зелимхан Зелимха Ибрагим Идрис Ильяс "
    "Исмаил Лечи Магомед Мохьмад Мансур Мовсар Мовлади Муса Муслим Рамзан Ризван Руслан Рустам Саид Салман "
    "Сайпуди Турпал Умар Ӏумар Усман Хаважи Хамзат Хасан Хусейн Хьасан Хьусайн Шамиль Шамхан Эльдар Юсуп Якуб "
    "Ӏела Ӏийса Ахьмадхан Супьян Сулим Ибрахьим Лема Ӏусман Ӏадам Ӏали "
    "Айшат Ӏайшат Амина Аминат Асет Бирлант Жарадат Заира Зарема Зулай Зура Луиза Лейла Малика Мадина Марем "
    "Марьям Петимат Раиса Седа Хеда Хава Хьава Элина Эсет Таиса Тоита Хадижат Зулихан Зарган Маликат Малкан "
    "Сацита Зайнап Хьеда "
    # Ossetian
    "Алан Азамат Ахсар Ацамаз Батраз Батрадз Заур Зелим Ирбек Инал Маирбек Марат Сослан Таймураз "
    "Тамерлан Хетаг Хетӕг Чермен Арсен Ахшар Дзамболат Знаур Камбулат Алыксандр Созырыко Тотрадз Ӕхсар Ацӕмӕз "
    "Агунда Агундӕ Зарина Залина Зӕлинӕ Зӕрӕмӕ Фатима Фатимӕ Диана Жанна Алана Алина Дзерасса Изета Земфира "
    "Эльвира Лаура Мадинӕ Дианӕ"
).split()
# endings a name takes in the three languages' cases ("Заура", "Дианы", "Ахьмадан", "Седина", "Аланӕн"): Russian's,
# Chechen's, Ossetian's; a stem without its last vowel ("Диан-") stands only with one
_NAME_CASE = r"(?:а|у|ом|е|ы|и|ой|ей|ою|ю|я|ем|ан|ин|на|ина|ас|с|ӕн|мӕ|ӕй|ыл|ӕ)"
_NO_STEM = {"Заир"}  # (a country: "в Заире")
_NAME_STEMS = {n[:-1] for n in _GIVEN if n[-1] in "аяӕ" and len(n) > 4} - _NO_STEM
_NAMES = rf"(?:{'|'.join(sorted(_GIVEN, key=len, reverse=True))}){_NAME_CASE}?" \
         rf"|(?:{'|'.join(sorted(_NAME_STEMS, key=len, reverse=True))}){_NAME_CASE}"
#: a name's case form that is a people's name too ("Аланы": the Alans)
_NOT_NAME = frozenset({"Аланы", "Аланов", "Аланам", "Аланами", "Аланах"})
_SURNAME = rf"{_UP}{_LOW}+(?:ов|ев|ин|ова|ева|ина|ты|ати|аты|ойты|ийн)(?:[аеуы]|ым|ой)?"
# a known name: inside a sentence, or opening one as a greeting ("Хеда, хьан ваша …", "Седа!")
_KNOWN = regex.compile(rf"(?<=[\p{{Ll}}\dӀ,;][ ])(?P<name>{_NAMES})(?P<rest>[ ]{_SURNAME})?(?![\p{{L}}Ӏ-])")
_KNOWN_OPEN = regex.compile(rf"(?:^|(?<=[\n.!?][ \t]*))(?P<name>{_NAMES})(?:(?P<rest>[ ]{_SURNAME})|[,!](?=[ \n]|$))",
                            regex.M)
# a name's own shape: "Ӏабдул-Кхьалид" (servant of), "Лом-Ӏаьли"
_NAME_SHAPE = regex.compile(rf"(?<![\w-])(?:(?:Ӏа|А)бдул?-?{_UP}?{_LOW}+|{_UP}{_LOW}+-Ӏаьли)(?:[ ]{_SURNAME})?(?![\w-])")
_KIN = regex.compile(rf"(?<![\w])(?P<kin>{'|'.join(_CE_KIN + _OS_KIN + _RU_KIN)})[ ](?P<name>{_WORD}(?:[ ]{_SURNAME})?)"
                     r"(?![\wӀ])")

# Places of Chechnya, Ingushetia and North Ossetia, in Russian and in their own languages (Chechen "Соьлжа-ГӀала"
# for Grozny, "Гуьмсе" for Gudermes; Ossetian "Дзӕуджыхъӕу" for Vladikavkaz). Names that are words too
# ("Валерик", "Октябрьское", "Троицкая") are left out
_PLACES = (
    # Chechnya
    "Грозный Гудермес Шали Урус-Мартан Аргун Ачхой-Мартан Курчалой Ведено Шатой Итум-Кали Ножай-Юрт Наурская "
    "Шелковская Знаменское Серноводское Бамут Самашки Гойты Старые-Атаги Цоци-Юрт Бачи-Юрт Алхан-Юрт Алхан-Кала "
    "Катыр-Юрт Гехи Шаами-Юрт Дышне-Ведено Махкеты Харачой Ца-Ведено Элистанжи Автуры Сержень-Юрт Мескер-Юрт "
    "Герменчук Майртуп Ойсхар Центарой Беной Хаттуни Агишты Ведучи Джалка Толстой-Юрт Кень-Юрт Гойское Мартан-Чу "
    "Рошни-Чу Бердыкель Новые-Атаги Чечен-Аул Комсомольское-Юрт Ассиновская "
    "Соьлжа-ГӀала Соьлжа Гуьмсе Шела Хьалха-Марта Ведана Ачхой-Марта Курчала Шуьйта Невре Гойта Жалка Эвтара "
    "Самашкаш Хаьттан Ӏалхан-ГӀала Ӏалхан-Юрт Тевзана "
    # Ingushetia
    "Назрань Магас Малгобек Карабулак Сунжа Сурхахи Экажево Плиево Насыр-Корт Кантышево Яндаре Галашки "
    "Армхи Джейрах Ольгети Али-Юрт Долаково Гамурзиево Альтиево Ачалуки Инарки Сагопши Пседах Мужичи Алкун "
    # North Ossetia, in Russian
    "Владикавказ Беслан Алагир Ардон Дигора Моздок Чикола Эльхотово Кармадон Даргавс Гизель Ногир Дзуарикау "
    "Фиагдон Зарамаг Садон Мизур Унал Бурон Кадгарон Змейская Архонская Тарское Камбилеевское Хумалаг Зильги "
    "Карджин Даргкох Заманкул Цалык Кодахджин Кора-Урсдон Ставд-Дурт Лескен Хазнидон Црау Суадаг Куртат Саниба "
    "Кобань Майрамадаг Павлодольская Ирафский Верхний-Фиагдон Нижний-Унал Гизельдон Коста-Хетагурово "
    # ... and in Ossetian
    "Дзӕуджыхъӕу Беслӕн Ӕрыдон Мӕздӕг Елхъотӕ Дзуарикъау Гизел Хъармадон Даргъавс Фыййагдон Зӕрӕмӕг Дигорӕ "
    "Ногири Къуыртат Чиколӕ Хъобан"
).split()
# the case endings the three languages glue to a place ("в Даргавсе", "Гуьмсехь", "Хьалха-Мартанехь",
# "Дзӕуджыхъӕуы"), and no other ("Шеланов", "Шелаева" are no "Шела")
_PLACE_CASE = (r"(?:н?(?:ехь|ера|е|а)|ого|ому|ыми|ами|ехь|ахь|ера|ара|мӕ|ӕй|ӕн|ом|ой|ем|ым|ах|ам|ан|ин|ыл|хь"
               r"|[аеиоуыюяьйӕ])")


def _place_forms(names: list[str]) -> str:
    """The names with an ending or none, and their stems with one ("Назран-и", "Хьалха-Мартан-ехь"; "Шато" alone
    is no "Шатой"). A name shaped like an adjective takes only a place's cases: its others are a surname's too
    ("у Знаменского")."""
    full, stems, masculine, feminine = [], [], [], []
    for name in names:
        name = name.replace("-", "[ -]") if name.startswith(("Старые", "Новые", "Верхний", "Нижний")) else name
        full.append(name)
        if name.endswith(("ый", "ий")) and len(name) > 6:
            masculine.append(name[:-2])  # ("Грозный": "в Грозном")
        elif name.endswith("ая") and len(name) > 6:
            feminine.append(name[:-2])  # ("в Наурской")
        elif name.endswith(("ое", "ой")) and len(name) > 6:
            continue
        elif name[-1] in "аеоыьяӕийу" and len(name) > 4:
            stems.append(name[:-1])
    by_len = lambda words: "|".join(sorted(set(words), key=len, reverse=True))  # noqa: E731
    return (rf"(?:{by_len(full)}){_PLACE_CASE}?|(?:{by_len(stems)}){_PLACE_CASE}|(?:{by_len(masculine)})(?:ом|ого|ому)"
            rf"|(?:{by_len(feminine)})(?:ой|ую)")


_PLACE = regex.compile(rf"(?<![\w-])(?<!Иван[а-я]*[ ])(?:{_place_forms(_PLACES)})(?![\w-])")
#: places named like a Russian word ("Грозный взгляд": a stern look; "Шали": shawls): not opening a sentence
_SURNAME_NEXT = regex.compile(rf"[ ]{_SURNAME}(?![\wӀ])")
_WORDLIKE = regex.compile(r"(?:Грозн|Шали)\p{Ll}*")
_OPENING = regex.compile(r"(?:^|[\n.!?])[ \t]*$")

# Ages: "38-аздзыд" (Ossetian: aged 38), "68 азы у" (is 68 years), "63 шо кхаьчна" (Chechen: has turned 63); not
# "шо ду", "шо хилла" (it is, it has been so many years)
_AGE = regex.compile(r"(?<![\d.,:/-])(?P<age>\d{1,3})(?:[ -]?аздзыд\p{Ll}*|[ ]азы(?=[ ](?:у|уыд|ис)\b)"
                     r"|[ ]шо(?=[ ]кхаьчна\b))(?![\w])")
# Chechen dates: the day's ordinal before the month, or the month in the locative ("1-чу мартехь", "2023-чу
# шеран 5-чу майхь", "12 августехь"); the year's "-чу шарахь" alone is no day
_CE_MONTHS = r"январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр"
_CE_DATE = regex.compile(
    rf"(?:(?<![\d.])\d{{4}}-(?:чу|гӀа)[ ]шеран[ ])?(?<![\d.])"
    rf"(?:\d{{1,2}}-(?:чу|гӀа|лгӀа)[ ](?:{_CE_MONTHS})\p{{Ll}}{{0,4}}"
    rf"|\d{{1,2}}[ ](?:{_CE_MONTHS})(?:ехь|ан))(?![\w])")
# a street's word after its name, and the house ("Комсомолы уынг, 22", "Школьни урам, 42")
_STREET = regex.compile(rf"(?<![\w-])(?:{_UP}{_LOW}+[ ]){{1,2}}(?:уынг|урам|фӕндаг|проспект)"
                        r"(?:,?[ ]\d{1,4}(?:[/-]?\w)?)(?![\w])")

# A form's labels and a table's headers, and what their value is
_LABELS = {
    "PERSON": ["Ном", "Мыггаг", "Ном ӕмӕ мыггаг", "Кӕмӕ", "ЦӀе", "ЦӀе-фамили", "Фамили"],
    "LOCATION": ["Цӕрӕнбынат", "Райгуырды бынат", "Хъӕу", "Горӕт", "Юрт", "ГӀала", "Вина меттиг"],
}
_KIND_OF = {label: kind for kind, labels in _LABELS.items() for label in labels}
_FIELD = regex.compile(rf"(?<![\w-])(?P<label>{'|'.join(sorted(_KIND_OF, key=len, reverse=True))})[ \t]*:[ \t]*"
                       r"(?P<value>[^\n|]*)")
_PART = regex.compile(rf"{_WORD}(?:[ ]{_WORD}){{0,2}}")
_SEPARATOR_ROW = regex.compile(r"[ \t]*\|?[ \t:\-|]+\|?[ \t]*")


@RECOGNIZERS.register("ChechenOssetianRecognizer")
class ChechenOssetianRecognizer(OwnRecognizer):
    """PERSON, AGE, DATE_TIME, LOCATION, ADDRESS, ZIP_CODE and ID_NUMBER in Chechen and Ossetian (Cyrillic) and the
    Russian of their forms."""

    ENTITIES = ["PERSON", "AGE", "DATE_TIME", "LOCATION", "ADDRESS", "ZIP_CODE", "ID_NUMBER"]

    def analyze(self, text, entities, nlp_artifacts=None):
        if not _ANY.search(text):
            return []
        found = self._any_cyrillic(text)
        if _CHECHEN.search(text) or _OSSETIAN.search(text):
            found += self._own(text)
        return distinct_places(found)

    def _result(self, entity: str, start: int, end: int, why: str):
        return make_result(self, entity, start, end, SCORE, why)

    def _any_cyrillic(self, text: str) -> list:
        out = [self._result("ID_NUMBER", *m.span(), "a Russian car plate") for m in _PLATE.finditer(text)]
        out += [self._result("ZIP_CODE", *m.span("code"), "a postal index before a region") for m in _INDEX.finditer(text)]
        out += [self._result("ID_NUMBER", *m.span("value"), "an id after its label") for m in _RU_ID.finditer(text)]
        for match in _CODE.finditer(text):
            if match.group("prefix").upper() not in _NOT_CODE and _CODE_CUE.search(text, max(0, match.start() - 40),
                                                                                       match.start()):
                out.append(self._result("ID_NUMBER", *match.span(), "a document code after its cue"))
        out += [self._result("LOCATION", *m.span(), "a place of the region") for m in _PLACE.finditer(text)
                if not (_WORDLIKE.fullmatch(m.group()) and _OPENING.search(text, max(0, m.start() - 3), m.start()))
                and not _SURNAME_NEXT.match(text, m.end())]  # ("Беслан Гагиев": a man named like the town)
        for pattern in (_KNOWN, _KNOWN_OPEN):
            for match in pattern.finditer(text):
                if match.group("name") in _NOT_NAME:
                    continue
                end = match.end("rest") if match.group("rest") else match.end("name")
                out.append(self._result("PERSON", match.start("name"), end, "a known given name"))
        for match in _KIN.finditer(text):
            name = match.group("name")
            if match.group("kin") in _RU_KIN and name.split(" ")[0] not in _NOT_KIN_NAME and not _PLACE.fullmatch(name):
                out.append(self._result("PERSON", *match.span("name"), "a name after a kin word"))
        return out

    def _own(self, text: str) -> list:
        out = [self._result("AGE", *m.span("age"), "an age by its word") for m in _AGE.finditer(text)
               if 0 < int(m.group("age")) < 125]
        out += [self._result("DATE_TIME", *m.span(), "a date in Chechen") for m in _CE_DATE.finditer(text)]
        out += [self._result("ADDRESS", *m.span(), "a street and its house") for m in _STREET.finditer(text)]
        out += [self._result("PERSON", *m.span(), "a name's own shape") for m in _NAME_SHAPE.finditer(text)]
        for match in _KIN.finditer(text):
            if match.group("kin") not in _RU_KIN and not _PLACE.fullmatch(match.group("name")):
                out.append(self._result("PERSON", *match.span("name"), "a name after a kin word"))
        for match in _FIELD.finditer(text):
            out += self._value(text, _KIND_OF[match.group("label")], *match.span("value"))
        if "|" in text and "\n" in text:
            out += self._table_cells(text)
        return out

    def _value(self, text: str, kind: str, start: int, end: int) -> list:
        """A labelled value: a name's words, or a place's first part (the street after it is read above)."""
        part = _PART.match(text, start, end)
        if not part:
            return []
        if kind == "LOCATION" and _STREET.match(text, part.start()):
            return []
        return [self._result(kind, *part.span(), "a form's label")]

    def _table_cells(self, text: str) -> list:
        """Cells under a header of these labels ("| Ном | Хъӕу | Телефон |")."""
        out, kinds = [], None
        for start, end in text_lines(text):
            if kinds is not None and _SEPARATOR_ROW.fullmatch(text, start, end):
                continue
            cells = row_cells(text, start, end, "|") if "|" in text[start:end] else []
            if kinds is not None and len(cells) == len(kinds):
                for (a, b), kind in zip(cells, kinds):
                    if kind and _PART.fullmatch(text, a, b):
                        out.append(self._result(kind, a, b, "a table's column"))
                continue
            kinds = None
            if len(cells) >= 2:
                found = [_KIND_OF.get(text[a:b]) for a, b in cells]
                if any(found):
                    kinds = found
        return out

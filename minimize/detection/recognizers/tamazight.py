"""Names, dates, places and ids written in Kabyle and the other Tamazight languages (Tifinagh and Berber Latin).

The English NER reads Tifinagh as noise and Berber Latin as English words ("Tajmaɛt", "aman"). What marks
personal data there is a word around it: a month's name after a day ("3 Yennayer 2024", "18 ⵏⵓⵡⴰⵏⴱⵉⵔ"), a
number's word before a code ("uṭṭun KA-052"), one's own name ("isem-iw ...", "ⵉⵙⵎ ⵉⵏⵓ ..."), a form's label or
a table's header ("ⵉⵙⵎ", "Taddart", "ⴷⵓⵡⴰⵔ"), a village's or an office's word before "n" and a name
("tajmaɛt n ...", "lbusṭa n ..."), a place's kind before its name ("Iɣil ...", "Tizi ..."), a verb of living or
being born before a place ("zedɣeɣ deg ...", "ⵣⴷⵖⵖ ⴳ ..."), the Kabyle "At" between a given name and a family
name ("Saɛid At Ḥemmu").

Tifinagh has no capitals: there a given name is a known one (the list below, written in Berber Latin and read
in both scripts), and a place is a known one or the one word a cue points at. The rules run only where
Tifinagh, "ɣ" or a Berber word is: texts without any (English) cost one search.
"""
from __future__ import annotations

import regex

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer
from minimize.detection.recognizers.tables import row_cells, text_lines

SCORE = 0.9  # above NER's 0.85: the English model's reading of these languages is noise
_TIF = "\u2D30-\u2D67\u2D6F\u2D7F"  # Tifinagh letters, the labialization mark and the joiner
# the one search an English text pays: a Tifinagh letter, "ɣ", or a frequent Berber word (Tashelhit's Latin
# often writes "gh": "ass n" (the day of), "tilifun")
_ANY = regex.compile(rf"[{_TIF}ɣƔ]|\b(?:uṭṭun|isem|nekk|nkki|taddart|tamdint|tajmaɛt|iseggasen|tilifun|ass[ ]n|"
                     r"tanemmirt|tanmmirt)\b", regex.I)

_TW = rf"[{_TIF}]+"  # a Tifinagh word
_NOT_TIF = rf"(?![{_TIF}])"
_BEFORE_TIF = rf"(?<![{_TIF}])"
_CAP = r"\p{Lu}[\p{L}'’]*\p{L}"  # a capitalised Latin word ("Ɛmer", "Leḥmam", "Ḥmad")

# Berber Latin and Tifinagh letters, one for one (IRCAM's and Kabyle's)
_LATIN_OF = dict(zip("ⴰⴱⴳⴷⴹⴻⴼⴽⵀⵃⵄⵅⵇⵉⵊⵍⵎⵏⵓⵔⵕⵖⵙⵚⵛⵜⵟⵡⵢⵣⵥⴵⵞⵝ",
                     "abgdḍefkhḥɛxqijlmnurṛɣsṣctṭwyzẓǧčt"))
_FOLD = str.maketrans(dict.fromkeys("eʷ\u2D6F\u2D7F'’-_ "))


def _key(word: str) -> str:
    """A word as the lists below hold it: Berber Latin, lower case, without the schwa Tashelhit does not write
    ("ⴱⵔⴰⵀⵉⵎ" and "Brahim" -> "brahim", "Ɛmer" -> "ɛmr")."""
    return "".join(_LATIN_OF.get(c, c) for c in word.lower()).translate(_FOLD)


# Given names as Berber Latin writes them (Tifinagh's spelling is the same letters); words of the language
# that are names too ("tafat" light, "tilelli" freedom, "idir" he lives) are left out
_GIVEN = frozenset(_key(w) for w in (
    "ɛli ɛmer ɛumar ɛumer muḥ muḥend muḥand mḥend muḥemmed muḥmmd mḥmmd muḥammed ḥmad ḥmed aḥmed lḥsn lḥusayn "
    "lḥusin lḥucin brahim ibrahim mbark mbarek ɛisa yusef yusf ɛbdllah ɛebdellah ɛebdelqader ɛbdrrḥman lmulud "
    "mulud lwennas yuba arezqi rezqi sliman smaɛil saɛid lɛarbi ḥmidu ḥemmu ḥmmu ḥammu muḥa moḥa ḥddu ḥeddu "
    "lmaḥjub ɛddi ɛeddi mimun ɛbdslam mesɛud ṭaher ṭahar belqasem blqasm qasi ɛmmar ɛemmar ferḥat masinisa "
    "yugurten ksil mennad lunis ḥsen ḥasan ḥusin ɛebbas ṣaleḥ ḥamid ḥmid nureddin ṣadeq lhadi yazid ɛbdlkrim "
    "lmaḥfud ḥafid buǧemɛa bujmaɛ ḥusayn "
    "faḍma fadma faṭma faṭima fatima ɛica ɛayca ɛaica ittu iṭṭu ṭawes nnuja nuja ḥuriya ḥurya jamila ǧamila "
    "ǧǧida lǧida tassadit tasɛdit ḍehbiya yamina yamna zahra zehra zuhra dihya kahina tanina werdiya saɛdiya "
    "malika meryem mryem ḥlima xdija xedija rqiya ḥafiḍa nuara nuwara lunja ferruǧa ferruja tinhinan ḥennu "
    "ṭamu mimuna ɛiccu ṭuḥa rkiya zina zineb").split())

# Words that are no name nor place: a sentence's small words, in both scripts
_STOP = frozenset(_key(w) for w in (
    "ad ar d n g s i ɣer ur yan is ma lli ayelli id da ta ula mac maca ima tura ɣila ass ass assa azekka "
    "iḍelli nekk nekki nkki nekkini kečč kemm netta nettat nekni nukni nitni d-ay aql wa ta wi ayen deg di seg "
    "zg si gi ɣef af s-ɣur ɣur dari dars inu nnes nns ines ik im nneɣ nnɣ idd yid akk kullec meṛṛa ḥtta ḥetta "
    "ⴰⴷ ⴰⵔ ⴷ ⵏ ⴳ ⵙ ⵉ ⵖⵔ ⵓⵔ ⵢⴰⵏ ⵉⵙ ⵎⴰ ⵍⵍⵉ ⵉⴷ ⴷⴰ ⵓⵍⴰ ⵎⴰⵛ ⵉⵎⴰ ⵜⵓⵔⴰ ⴰⵙⵙ ⴰⵙⵙⴰ ⵏⴽⴽⵉ ⵏⵜⵜⴰ ⵏⵜⵜⴰⵜ ⵏⴽⵏⵉ ⵏⵉⵜⵏⵉ "
    "ⵉⵏⵓ ⵏⵏⵙ ⵏⵏⵖ ⵣⴳ ⵖⴼ ⴷⴰⵔⵉ ⴷⴰⵔⵙ ⴽⵓⵍⵍⵓ").split())

# Towns and villages of Kabylie, the Souss, the Atlas and the Rif as Berber Latin writes them, and the countries
# their people write most; Tifinagh's words are looked up here by their letters (the gazetteer knows the larger
# towns by their French names)
_PLACES = frozenset(_key(w) for w in (
    "tizi-wezzu bgayet tubiret leɛzib azazga aqbu tazmalt xerraṭa buɣni iwaḍiyen icerriḍen tigzirt azeffun "
    "maɛtqa makuda yakuren ifiɣa buzeggan iferḥunen ɛin-leḥmam larbeɛa-n-at-yiraten tikjda tiẓi-rac waɣzen "
    "agadir tiznit tarudant tafrawt talwin taliwin igrm igherm biyugra ayt-mllul inzgan tamanar agulmim tata "
    "ifni warzazat tinɣir zagura imilcil xnifra nnaḍur lḥusima midlt imintanut imi-n-tanut taḥnawt amizmiz "
    "ayt-baha ayt-ɛbdllah fransa lezzayer lmerruk lmeɣrib tunes beljik lalman almanya sbanya kanada").split())
# ... and as French spells them in Latin texts, where the gazetteer does not know them
_LA_PLACE = regex.compile(r"\b(?:Biougra|Tafraout|Taliouine|Igherm|Tamanar|Imilchil|Tinghir|Tahanaout|Amizmiz|"
                          r"Imintanoute|Ait Baha|Ait Melloul|Inezgane|Tikjda|Maâtkas|Maatkas|Makouda|Yakouren|Ifigha|"
                          r"Iferhounène|Iferhounene|Bouzeguène|Bouzeguene|Illoula|Ouaguenoun|Tizi Rached|Aït Yenni|"
                          r"Ouadhia|Ouadhias|Tizi Wezzu|Bgayet|Tubiret|Leɛzib|Aqbu|Xerraṭa|Iwaḍiyen|Icerriḍen|Azeffun|"
                          r"Lezzayer|Lmerruk|Lmeɣrib)\b")
# an office's, a village's or a town's word before "n" and a place ("tajmaɛt n ...": the village's assembly)
_OFFICE = (r"taddart|tamdint|tiɣremt|tajmaɛt|taɣiwant|tawilayt|lwilaya|ddayra|lbaladiya|lbeldiya|lmirya|lbusṭa|"
           r"lbosṭa|lbusta|lbosta|sbiṭar|sbitar|ssbiṭar|lesbiṭar|tasdawit|aɣerbaz|lakul|lmedrasa|lmerkaz|lmeḥkama|"
           r"lḥebs|ssuq|lgar|lmina|tamesgida|lǧameɛ|tamaɛṣrt|tamɛṣrt|lmaɛṣra|tamnaḍt|aduwar|dduwwar|lmdint|lmdina")
_TIF_OFFICE = (r"ⵜⴰⴷⴷⴰⵔⵜ|ⵜⴰⵎⴷⵉⵏⵜ|ⵜⵎⴷⵉⵏⵜ|ⵜⴰⵎⴰⵄⵚⵕⵜ|ⵜⵎⴰⵄⵚⵕⵜ|ⵜⴰⵎⵄⵚⵕⵜ|ⵜⴰⵙⴷⴰⵡⵉⵜ|ⵜⵙⴷⴰⵡⵉⵜ|ⵜⴰⵖⵉⵡⴰⵏⵜ|ⵜⵖⵉⵡⴰⵏⵜ|ⵜⴰⵎⵣⴳⵉⴷⴰ|"
               r"ⵜⵎⵣⴳⵉⴷⴰ|ⵜⴰⵎⵙⴳⵉⴷⴰ|ⴰⵙⵓⵇ|ⵓⵙⵓⵇ|ⴰⴷⵓⵡⴰⵔ|ⵓⴷⵓⵡⴰⵔ|ⵍⵎⴷⵉⵏⵜ")  # (and after "ⵙ", "ⴳ": "ⵙ ⵜⵎⴰⵄⵚⵕⵜ ⵏ ...")
_PLACE_RUN = rf"{_CAP}(?:[ ](?:n[ ]|u[ ]|el[ ]|l-)?{_CAP}){{0,2}}"  # "Ɛin Leḥmam", "Iɣil n At Yemmel"
_BY_OFFICE = regex.compile(rf"(?i:\b(?:{_OFFICE}))[ ]n[ ](?P<place>{_PLACE_RUN})")
_TIF_BY_OFFICE = regex.compile(rf"{_BEFORE_TIF}(?:{_TIF_OFFICE})[ ]ⵏ[ ](?P<place>{_TW}){_NOT_TIF}")
# a place's kind before its name: a pass, a ridge, a spring, a hill, a ravine, a walled village ("Iɣil Bwammas")
_KIND = regex.compile(r"\b(?:Tizi|Iɣil|Ighil|Ɛin|Aïn|Agouni|Aguni|Tawrirt|Taourirt|Iɣzer|Ighzer|Tiɣilt|Tighilt|"
                      rf"Tiɣremt|Tighremt|Iɣrem|Ighrem|Imi)[ ](?:n[ ]|u[ ]|el[ ])?(?!(?:At|Ait|Aït|Ath|Ayt)\b){_CAP}")
# verbs of living, being born, coming before a preposition and a place ("zedɣeɣ deg ...", "ⵣⴷⵖⵖ ⴳ ...")
_LIVE = (r"zedɣeɣ|yezdeɣ|tezdeɣ|nezdeɣ|zedɣen|zedɣent|ttidireɣ|yettidir|tettidir|nettidir|lluleɣ|luleɣ|yelul|"
         r"lulleɣ|ilul|tlul|zdɣɣ|izdɣ|tzdɣ|nzdɣ|zdɣn|llulɣ|lulɣ|kkiɣ|ikka|tekka|usiɣ-d|yusa-d|tusa-d")
_TIF_LIVE = r"ⵣⴷⵖⵖ|ⵉⵣⴷⵖ|ⵜⵣⴷⵖ|ⵏⵣⴷⵖ|ⵣⴷⵖⵏ|ⵍⵍⵓⵍⵖ|ⵍⵓⵍⵖ|ⵉⵍⵓⵍ|ⵜⵍⵓⵍ|ⴽⴽⵉⵖ|ⵉⴽⴽⴰ|ⵜⴽⴽⴰ"
_BY_LIVE = regex.compile(rf"(?i:\b(?:{_LIVE})[ ](?:di|deg|g|seg|zg|si|ɣer)[ ])(?P<place>{_PLACE_RUN})")
_TIF_BY_LIVE = regex.compile(rf"{_BEFORE_TIF}(?:ⴰⵔ[ ])?(?:{_TIF_LIVE})[ ](?:ⴳ|ⴷⵉ|ⴷⴳ|ⴷⴻⴳ|ⵣⴳ|ⵙⴳ)[ ]"
                             rf"(?P<place>{_TW}){_NOT_TIF}")
# one introducing himself, then his place: "... d Ḥmad Amzzal zg ...", "Yidir At Qasi seg ..."
_FROM = regex.compile(rf"(?<=\p{{Lu}}\p{{Ll}}+[ ])(?:zg|seg)[ ](?P<place>{_PLACE_RUN})")
# a Tifinagh word after an office or a verb of living is a place's name where it is not a common noun after
# "n" or "ⴳ", which changes its first vowel ("ⴰⴷⵓⵡⴰⵔ" -> "ⵓⴷⵓⵡⴰⵔ", "ⵜⴰⵎⴷⵉⵏⵜ" -> "ⵜⵎⴷⵉⵏⵜ")
_NOT_PLACE = regex.compile(r"(?i:letnayen|ttlata|larbeɛa|lexmis|lǧemɛa|ssebt|lḥed|lḥedd|ramdan|remḍan|lɛid|"
                           r"facebook|whatsapp|messenger|viber|google|youtube|western)$")
_ANNEXED = regex.compile(r"^(?:[ⵓⵡⵢ]|ⵜ[^ⴰⵉⵓⴻ])")

# Dates: a day and a month's name, maybe a year and an hour ("3 Yennayer 2024", "9 nuwanbir g 10:00")
_LA_MONTHS = (r"yennayer|yennayr|innayr|ennayer|fuṛar|furar|fuṛaṛ|brayr|bṛayṛ|fbrayr|meɣres|maɣres|meghres|"
              r"yebrir|ibrir|mayyu|maggu|yunyu|yunyuz|yulyu|yulyuz|ɣuct|ɣucet|ghuct|ghusht|ctembeṛ|ctember|"
              r"cutembeṛ|cutanbir|shutanbir|tubeṛ|kṭubeṛ|ktuber|kṭuber|ktubr|kṭubr|wambeṛ|wamber|nunembeṛ|nunember|"
              r"nwambeṛ|nwanbir|nuwanbir|nuwambir|duǧembeṛ|dujembeṛ|dujember|dujanbir|dučembeṛ|dujamber")
_TIF_MONTHS = (r"ⵉⵏⵏⴰⵢⵔ|ⵢⴻⵏⵏⴰⵢⴻⵔ|ⵢⵏⵏⴰⵢⵔ|ⴱⵕⴰⵢⵕ|ⴱⵔⴰⵢⵔ|ⴼⵓⵕⴰⵕ|ⴼⵓⵔⴰⵔ|ⵎⴰⵕⵚ|ⵎⴰⵔⵙ|ⵎⴻⵖⵔⴻⵙ|ⵎⵖⵔⵙ|ⵉⴱⵔⵉⵔ|ⵢⴻⴱⵔⵉⵔ|ⵢⴱⵔⵉⵔ|ⵎⴰⵢⵢⵓ|"
               r"ⵎⴰⴳⴳⵓ|ⵢⵓⵏⵢⵓ|ⵢⵓⵏⵢⵓⵣ|ⵢⵓⵍⵢⵓⵣ|ⵢⵓⵍⵢⵓ|ⵖⵓⵛⵜ|ⵛⵓⵜⴰⵏⴱⵉⵔ|ⵛⵜⴻⵎⴱⴻⵕ|ⴽⵜⵓⴱⵔ|ⴽⵟⵓⴱⵕ|ⵜⵓⴱⴻⵕ|ⵏⵓⵡⴰⵏⴱⵉⵔ|ⵏⵓⵏⴻⵎⴱⴻⵕ|"
               r"ⵡⴰⵎⴱⴻⵕ|ⴷⵓⵊⴰⵏⴱⵉⵔ|ⴷⵓⵊⴻⵎⴱⴻⵕ|ⴷⵓⴵⴻⵎⴱⴻⵕ")
_YEAR = r"(?:[ ,]+(?:19|20)\d\d(?!\d))?"
_HOUR = r"(?:[ ](?:g|ɣef|af|ⴳ|ⵖⴼ|ⵖⴻⴼ)[ ]\d{1,2}[:h.]\d\d(?!\d))?"
_DATE = regex.compile(rf"(?<![\d.,:/])(?P<day>\d{{1,2}})[ ](?:(?i:{_LA_MONTHS})\b|(?:{_TIF_MONTHS}){_NOT_TIF})"
                      rf"{_YEAR}{_HOUR}|(?i:\b(?:{_LA_MONTHS}))[ ](?:19|20)\d\d(?!\d)")

# An id: a code after "uṭṭun" (number), with its owner's or its kind's words between ("uṭṭun-is n uɛeggal: ...")
_ID = regex.compile(rf"(?i:\b(?:uṭṭun|uttun|umḍan|amḍan)|{_BEFORE_TIF}(?:ⵓⵟⵟⵓⵏ|ⵓⵎⴹⴰⵏ|ⴰⵎⴹⴰⵏ))(?:-\p{{L}}+)?"
                    rf"(?:[ ][^\s\d:,()]{{1,15}}){{0,2}}[ \t]*[:：]?[ \t]*(?P<value>\b[A-Z]{{1,4}}[-/]?\d{{2,12}}\b)")
_CODE = regex.compile(r"[A-Z]{1,4}[-/ ]?\d{2,12}")
_DASHED_CODE = regex.compile(r"[A-Z]{1,4}-\d{2,12}")  # a member's or a file's code in a column of its own

# One's own name, and a form's labels: "isem-iw ...", "Isem-is Ɛmer", "ⵉⵙⵎ ⵉⵏⵓ ...", "nkki d ..."
_OWN = regex.compile(rf"(?i:\b(?:isem-(?:iw|inu|is|ines|nnes|nns)|ism(?:[ ]|-)(?:inu|nnes|nns)|"
                     rf"(?:nekk|nekki|nkki|nekkini)[ ]d))[ \t]*:?[ \t]*(?=\p{{Lu}})"
                     rf"|{_BEFORE_TIF}ⵉⵙⵎ[ -](?:ⵉⵏⵓ|ⵏⵏⵙ|ⵏⵏⴰⵙ)[ \t]*:?[ \t]*(?=[{_TIF}])")
_LABELS = {
    "PERSON": ("isem", "ism", "isem n twacult", "isem n tawacult", "isem ummid", "tawacult", "ⵉⵙⵎ", "ⵉⵙⵎ ⵏ ⵜⵡⴰⵛⵓⵍⵜ",
               "ⵜⴰⵡⴰⵛⵓⵍⵜ"),
    "LOCATION": ("taddart", "tamdint", "adɣar", "amḍiq", "aduwar", "duwar", "ⵜⴰⴷⴷⴰⵔⵜ", "ⵜⴰⵎⴷⵉⵏⵜ", "ⴰⴷⵖⴰⵔ", "ⴰⵎⴹⵉⵇ",
                 "ⴰⴷⵓⵡⴰⵔ", "ⴷⵓⵡⴰⵔ"),
    "ID_NUMBER": ("uṭṭun", "amḍan", "ⵓⵟⵟⵓⵏ", "ⴰⵎⴹⴰⵏ"),
}
_KIND_OF = {_key(label): kind for kind, labels in _LABELS.items() for label in labels}
_LABEL_ALT = "|".join(regex.escape(label).replace(r"\ ", "[ _]") for label in
                      sorted((l for labels in _LABELS.values() for l in labels), key=len, reverse=True))
_FIELD = regex.compile(rf"(?:^|(?<=[\s{{,\"'|]))(?i:(?P<label>{_LABEL_ALT}))[\"']?[ \t]*[:：=][ \t]*[\"']?[ \t]*"
                       r"(?P<value>[^\n\"|,;()]*)", regex.M)
# a name's words: capitalised Latin ones with the Kabyle "At" (the family's), or Tifinagh ones
_LA_NAME = regex.compile(rf"{_CAP}(?:[ ](?:(?:At|Ait|Aït|Ath|Ayt|Nait|U|Ou|Bu|Ben)[ ])?{_CAP}){{0,3}}")
_TIF_WORDS = regex.compile(rf"{_TW}(?:[ ]{_TW}){{0,3}}")
# a given name, the Kabyle "At" and a family name ("Saɛid At Ḥemmu"); not a place's kind before it ("Tizi At ...")
_AT_NAME = regex.compile(rf"(?<![\p{{L}}-])(?P<given>{_CAP})[ ](?:At|Ait|Aït|Ath|Ayt|Nait)[ ]{_CAP}(?![\p{{L}}-])")
_NOT_GIVEN = frozenset(_key(w) for w in (
    "tizi iɣil ighil ɛin aïn ain agouni aguni tawrirt taourirt iɣzer ighzer tiɣilt tighilt tiɣremt tighremt "
    "iɣrem ighrem imi tala taddart tamdint tajmaɛt larbeɛa larbaa souk ssuq azul tanemmirt nekk nekni "
    "ad ma ur di deg seg zg ɣer beni bni sidi lalla").split())
_TIF_AYT = regex.compile(rf"{_BEFORE_TIF}(?P<given>{_TW})[ ]ⴰⵢⵜ[ ]{_TW}{_NOT_TIF}")
_TIF_WORD = regex.compile(rf"{_BEFORE_TIF}{_TW}{_NOT_TIF}")
# a family name after a Tifinagh given name: a noun's shape ("ⴰⵎⵣⵉⵍ"), a son's ("ⵓⵍⵃⴰⵊ"), a family's ("ⴰⵢⵜ ...")
_TIF_SURNAME = regex.compile(rf"[ ](?:ⴰⵢⵜ[ ]{_TW}|[ⴰⵓ]{_TW}){_NOT_TIF}")

# a table's header naming its columns ("Isem,Taddart,Uṭṭun", "| ⵉⵙⵎ | ⴷⵓⵡⴰⵔ |")
_UNIT = regex.compile(r"[ ]?\([^()]*\)")
_SEPARATOR_ROW = regex.compile(r"[ \t]*\|?[ \t:\-|+]+\|?[ \t]*")
_DELIMITERS = ("|", "\t", ";", ",")


#: frequent Kabyle and Tashelhit words the English NER reads as names or places ("Ad", "aman" water, "tura"
#: now, "Azul" hello), for post-processing to drop where `is_tamazight` holds
COMMON_WORDS = _STOP | frozenset(_key(w) for w in (
    "aman ara tura azul tanemmirt tanmmirt yemma baba mmi yelli uṭṭun tilifun idrimen tajmaɛt jmeɛ ih ala waxxa "
    "wid wi ayen acu amek anda melmi iwacu imi axxam taddart tamdint lbusṭa lḥal aql-aɣ ⵜⵉⵍⵉⴼⵓⵏ ⴰⵎⵓⵔ ⴷⵓⵡⴰⵔ "
    "ⵉⵙⵎ ⴰⵎⴰⵏ").split())


def is_tamazight(text: str) -> bool:
    """Whether the text holds Tifinagh, "ɣ" or a frequent Berber word: where this module's rules run."""
    return _ANY.search(text) is not None


def common_word(word: str) -> bool:
    """Whether a word is a frequent Berber word, whatever its case or script ("Ad", "ⴰⵎⴰⵏ")."""
    return _key(word) in COMMON_WORDS


def _given(word: str) -> bool:
    return _key(word) in _GIVEN


def _la_place_ok(place: str) -> bool:
    """Not a month, a day, a feast, an app or one's given name after the cue ("seg Yennayer", "deg Facebook")."""
    first = place.split(" ")[0]
    if regex.fullmatch(_LA_MONTHS, first, regex.I) or _key(first) in _GIVEN | _STOP:
        return False
    return not _NOT_PLACE.match(first) or place != first  # ("Larbeɛa n At Yiraten": a town named for its market day)


def _tif_place_ok(word: str) -> bool:
    return len(word) >= 3 and _key(word) not in _STOP and (_key(word) in _PLACES or not _ANNEXED.match(word))


@RECOGNIZERS.register("TamazightRecognizer")
class TamazightRecognizer(OwnRecognizer):
    """PERSON, DATE_TIME, LOCATION and ID_NUMBER in Kabyle and the other Tamazight languages (Tifinagh and
    Berber Latin)."""

    ENTITIES = ["PERSON", "TITLE", "AGE", "DATE_TIME", "LOCATION", "ADDRESS", "ID_NUMBER"]

    def analyze(self, text, entities, nlp_artifacts=None):
        if not _ANY.search(text):
            return []
        found = self._dates(text) + self._ids(text) + self._places(text)
        found += self._names(text) + self._fields(text)
        if "\n" in text:
            found += self._table_cells(text)
        return list({(r.entity_type, r.start, r.end): r for r in found}.values())

    def _result(self, entity: str, start: int, end: int, why: str):
        return make_result(self, entity, start, end, SCORE, why)

    def _dates(self, text: str) -> list:
        return [self._result("DATE_TIME", *m.span(), "a date in Tamazight") for m in _DATE.finditer(text)
                if m.group("day") is None or 0 < int(m.group("day")) <= 31]

    def _ids(self, text: str) -> list:
        return [self._result("ID_NUMBER", *m.span("value"), "a code after its number's word")
                for m in _ID.finditer(text)]

    def _places(self, text: str) -> list:
        out = []
        for pattern, why in ((_BY_OFFICE, "a place after an office's word"),
                             (_BY_LIVE, "a place after a verb of living"), (_FROM, "one's place after his name")):
            out += [self._result("LOCATION", *m.span("place"), why) for m in pattern.finditer(text)
                    if _la_place_ok(m.group("place"))]
        out += [self._result("LOCATION", *m.span(), "a place by its kind's word") for m in _KIND.finditer(text)]
        out += [self._result("LOCATION", *m.span(), "a known place") for m in _LA_PLACE.finditer(text)]
        for pattern, why in ((_TIF_BY_OFFICE, "a place after an office's word"),
                             (_TIF_BY_LIVE, "a place after a verb of living")):
            out += [self._result("LOCATION", *m.span("place"), why) for m in pattern.finditer(text)
                    if _tif_place_ok(m.group("place"))]
        out += [self._result("LOCATION", *m.span(), "a known place") for m in _TIF_WORD.finditer(text)
                if _key(m.group()) in _PLACES]
        return out

    def _names(self, text: str) -> list:
        out = []
        for match in _OWN.finditer(text):
            span = self._name_at(text, match.end())
            if span:
                out.append(self._result("PERSON", *span, "one's own name"))
        out += [self._result("PERSON", *m.span(), "a given name and a family's") for m in _AT_NAME.finditer(text)
                if _key(m.group("given")) not in _NOT_GIVEN | _STOP]
        for match in _TIF_WORD.finditer(text):
            if _given(match.group()):
                end = match.end()
                surname = _TIF_SURNAME.match(text, end)
                if surname and _key(surname.group().split(" ")[-1]) not in _STOP | _PLACES:
                    end = surname.end()
                out.append(self._result("PERSON", match.start(), end, "a known given name"))
        out += [self._result("PERSON", *m.span(), "a given name and a family's") for m in _TIF_AYT.finditer(text)
                if _given(m.group("given"))]
        return out

    def _name_at(self, text: str, start: int, end: int | None = None) -> tuple[int, int] | None:
        """The name's words opening text at `start`: capitalised Latin ones, or Tifinagh ones up to a small word."""
        end = len(text) if end is None else end
        latin = _LA_NAME.match(text, start, end)
        if latin:
            return latin.span()
        words = _TIF_WORDS.match(text, start, end)
        if not words:
            return None
        kept = 0
        names = words.group().split(" ")
        while kept < len(names) and _key(names[kept]) not in _STOP:
            kept += 1
        return (start, start + len(" ".join(names[:kept]))) if kept else None

    def _fields(self, text: str) -> list:
        out = []
        for match in _FIELD.finditer(text):
            kind = _KIND_OF.get(_key(match.group("label")))
            start, end = match.span("value")
            while end > start and text[end - 1] in " \t.":
                end -= 1
            if kind == "PERSON":
                span = self._name_at(text, start, end)
                if span:
                    out.append(self._result("PERSON", *span, "a form's label"))
            elif kind == "LOCATION" and (_LA_NAME.fullmatch(text, start, end)
                                         or _TIF_WORDS.fullmatch(text, start, end)):
                if not _STOP.intersection(_key(w) for w in text[start:end].split(" ")):
                    out.append(self._result("LOCATION", start, end, "a form's label"))
            elif kind == "ID_NUMBER" and _CODE.fullmatch(text, start, end):
                out.append(self._result("ID_NUMBER", start, end, "a form's label"))
        return out

    def _table_cells(self, text: str) -> list:
        """Cells under a header of these labels ("Isem,Taddart,Uṭṭun", "| ⵉⵙⵎ | ⴷⵓⵡⴰⵔ |")."""
        out = []
        kinds, delimiter = None, None
        for start, end in text_lines(text):
            if kinds is not None and _SEPARATOR_ROW.fullmatch(text, start, end):
                continue
            if kinds is not None:
                cells = row_cells(text, start, end, delimiter)
                if len(cells) == len(kinds):
                    out += self._row(text, cells, kinds)
                    continue
            kinds = None
            for delimiter in _DELIMITERS:
                if delimiter not in text[start:end]:
                    continue
                cells = row_cells(text, start, end, delimiter)
                found = [_KIND_OF.get(_key(_UNIT.sub("", text[a:b]))) for a, b in cells]
                known = sum(1 for kind in found if kind)
                if all(b - a <= 30 for a, b in cells) and (known >= 2 or known and len(cells) >= 3):
                    kinds = found
                    break
        return out

    def _row(self, text: str, cells: list, kinds: list) -> list:
        out = []
        for (a, b), kind in zip(cells, kinds):
            code = _CODE if kind == "ID_NUMBER" else _DASHED_CODE if kind is None else None
            if code and code.fullmatch(text, a, b):
                out.append(self._result("ID_NUMBER", a, b, "a table's column"))
            elif kind in ("PERSON", "LOCATION") and (_LA_NAME.fullmatch(text, a, b)
                                                     or _TIF_WORDS.fullmatch(text, a, b)):
                words = text[a:b].split(" ")
                if kind == "LOCATION":  # ("ⵉⵎⵉ ⵏ ⵜⴰⵏⵓⵜ": a place's name holds "of")
                    words = [w for w in words[1:-1] if _key(w) != "n"] + words[:1] + words[1:][-1:]
                if not _STOP.intersection(_key(w) for w in words):
                    out.append(self._result(kind, a, b, "a table's column"))
        return out

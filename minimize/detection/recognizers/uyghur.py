"""Names, ages, dates, places and addresses written in Uyghur: in Arabic script, in Latin and in the Cyrillic
of the Kazakhstan Uyghurs.

The English NER reads none of them. What marks personal data is the word around it: a year's "يىلى" and a
month's name ("2019-يىلى 4-ئاپرېل", "1990-yili 12-may", "1988-жили 30-июль"), an age's unit after its number
("61 ياش"), a form's label or a table's header ("ئىسمى:"), a place's kind after its name ("Алмута вилайити"),
a verb of coming, being born or living after a place with its case ending ("Ürümchide tughulghan": born in
Urumqi, "گېرمانىيەگە كەلگەن": came to Germany; the ending is no part of the name).

Uyghur's Arabic script has letters Arabic, Persian, Sorani and Pashto lack (ۇ ۈ ۋ ڭ): its rules run only where
one is. Its Latin and its Cyrillic run only where Uyghur's own words are ("yili", "küni", "жили", "күни",
"вилайити"): Tatar and Bashkir share the Cyrillic months and letters but say "елы", "көне", "йылы". Texts
with none of them (English) cost one search.
"""
from __future__ import annotations

import regex

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.arabic_script import ALONE, LETTER, WORD, alternation
from minimize.detection.recognizers.base import OwnRecognizer, distinct_places
from minimize.detection.recognizers.name_words import world_first_names
from minimize.detection.recognizers.tables import row_cells, text_lines

SCORE = 0.9  # above NER's 0.85: the English model's reading of these scripts is noise
# the one search an English text pays: an Arabic-script Uyghur letter, or a Latin or Cyrillic Uyghur word
_ANY = regex.compile(r"[ۇۈۋڭ]|yili|k[üu]ni|yéshi|yash|tughul|жили|күни|вилайит|наһийи|йезис|даңғил|кочис|саәт|яш")
_ARABIC = regex.compile(r"[ۇۈۋڭ]")
# (a year's or a day's word after a number, an age's, a birth's: "2017-yili", "15-iyun küni", "45 yashta")
_LATIN = regex.compile(r"\d-yili\b|\bk[üu]ni\b|\byéshi\b|\d[ ]?yash(?:ta|liq)?\b|\btughul")
_CYRILLIC = regex.compile(r"\d-жили\b|күни\b|вилайит|наһийи|йезис|даңғил|кочиси|саәт|\d[ ]яш(?:та|лиқ)?\b|туғул")

# Arabic script

# Common Uyghur given names. Some names are words too (free, steel, sacrifice, Friday): those are left out,
# a name's own word shape says the rest ("-گۈل", "-جان", "ئابدۇ-")
_GIVEN = frozenset(
    "ئابدۇللا ئابدۇراخمان ئابدۇرەھمان ئابدۇرېھىم ئابدۇرەشىت ئابدۇكېرىم ئابدۇۋەلى ئابدۇغەنى ئابدۇقادىر ئابدۇسالام "
    "ئابدۇشۈكۈر ئابلىز ئابلىمىت ئابلەت ئابلىكىم ئەخمەت ئەھمەت ئالىمجان ئەلى ئەنۋەر ئەكبەر ئەسقەر ئىبراھىم "
    "ئىسمائىل ئىلھام ئىمىن ئىلياس ئوسمان ئۆمەر ئۆتكۈر بەختىيار بۇغرا پەرھات تاھىر تۇرسۇن تۇردى توختى جاپپار "
    "خالىق دىلشات راخمان رەھىم زۇنۇن سابىر سالىھ سەيپىدىن شەمشىدىن شىرزات غوپۇر قادىر قاسىم قەيۇم كېرىم مەمەت "
    "مۇھەممەت مەخمۇت مۇسا مەتتۇرسۇن مەمتىمىن ناسىر نۇرمەمەت ھوشۇر ھەسەن ھۈسەيىن ياسىن يۈسۈپ ياقۇپ ئەيسا "
    "مىرزات دىلمۇرات قەھرىمان مۇرات ئەمەت ئوبۇل ئابدۇۋاھىت ئۆمەرجان ئادىل "
    "ئايگۈل گۈلنار گۈلمىرە مېھرىگۈل پاتىگۈل پاتىمە زەينەپ مەريەم ئامىنە ئايشەم ئايشە رەيھان ساجىدە خالىدە مۇنىرە "
    "نۇرگۈل گۈلباھار دىلنۇر زۆھرە ھەلىمە سەلىمە مەلىكە زۇلپىيە ماھىرە رىزۋانگۈل گۈلنىسا سەنەم ئارزۇگۈل مۇكەررەم "
    "ئاسىيە روشەنگۈل گۈلچېھرە نازۇگۈل شەمشىنۇر ئابىدە ھامىدە زاھىدە رەشىدە پەرىدە شەھرىبانۇ بۇۋى".split()
)
# a name's own shape: a girl's "-gül" (flower), a boy's "-jan", "Abdu-" (servant of)
_NAME_SHAPE = regex.compile(rf"^(?:{LETTER}{{2,}}(?:گۈل|جان)|ئابدۇ{LETTER}{{3,}})$", regex.V1)
# Kin words before a name, "his"/"her" or "my" ("ئوغلى ئابدۇللا", "ئاپام گۈلنار"): never a name themselves
_KIN = ("ئوغلى ئوغلۇم قىزى قىزىم ئايالى ئايالىم ئېرى ئېرىم ئاكىسى ئاكام ئىنىسى ئىنىم سىڭلىسى سىڭلىم ئاچىسى ئاچام "
        "ھەدىسى ھەدەم ئاپىسى ئاپام ئانىسى ئانام دادىسى دادام ئاتىسى ئاتام بوۋىسى بوۋام مومىسى مومام نەۋرىسى "
        "نەۋرەم تاغىسى تاغام ھاممىسى ھاممام جىيەنى جىيەنىم").split()
# Words no name holds: a sentence's small words, time words, roles, a form's and a place's words
_NOT_NAME = frozenset(
    "ئۇ بۇ مەن سەن سىز بىز ئۇلار بۇلار سىلەر ئۇنىڭ مېنىڭ سېنىڭ سىزنىڭ بىزنىڭ ئۇلارنىڭ ئۆزى ئۆزۈم ئۆزىمىز شۇ ئاشۇ "
    "مۇشۇ ۋە ھەم ھەمدە بىلەن ئۈچۈن لېكىن ئەمما بىراق چۈنكى ئەگەر يەنە يەنى ياكى ھازىر بۈگۈن ئەتە تۈنۈگۈن "
    "بۇرۇن كېيىن ئاندىن ھەر ھەممە بارلىق بىر ئىككى ئۈچ تۆت بەش ئالتە يەتتە سەككىز توققۇز ئون يىگىرمە يىل يىلى ئاي "
    "ئېيى كۈن كۈنى سائەت ھەپتە بۇلتۇر ئۆتكەن كېلەر ئالدىنقى كېلەركى ئاخىرى تارىخىي تارخىي ئۇچۇر ئۇچۇرى "
    "ئىلتىماس ئىلتىماسى ئىلتىماسچى مۇلازىمەت بىمار دوختۇر دوكتور ئوقۇتقۇچى ئوقۇغۇچى خىزمەتچى شاھىت تەرجىمان "
    "ئىسمى ئىسىم فامىلىسى فامىلە تېلېفون تېلېفونى ئادرېس ئادرېسى نومۇر نومۇرى كىملىك پاسپورت شەھەر شەھىرى "
    "يېزا يېزىسى ناھىيە ناھىيىسى دۆلەت ۋىلايەت رايون ئەپەندى ئەپەندىم خانىم ھاجىم ھاجى ئاخۇنۇم مۇئەللىم "
    "ھۆرمەتلىك ئەزىز قەدىرلىك سالام ئەسسالامۇئەلەيكۇم رەھمەت ياخشى ياق بار يوق كېرەك ئىدى ئەمەس ئىكەن "
    "ئۇيغۇر ئۇيغۇرلار خىتاي قازاق ئۆزبېك تۈرك مۇسۇلمان جەمئىي ئائىلە ئائىلىسى بالا بالىلار بالىسى "
    "ئۆز توپ سودا سودىگەر ئىش ئىشچى دېھقان يېڭى كونا چوڭ كىچىك ياش قېرى ئەر ئايال قىز ئوغۇل كىشى ئادەم".split()
) | frozenset(_KIN)
# the endings of a word a name never is: a case, a plural, a possessive, a verb's ("ئىستانبۇلدا", "كەلگەن")
_NOT_NAME_ENDINGS = ("ىي", "نىڭ", "دا", "دە", "تا", "تە", "غا", "گە", "قا", "كە", "دىن", "تىن", "لار", "لەر", "دىكى",
                     "تىكى", "ىمىز", "ىڭىز", "ىدۇ", "ىمەن", "غان", "گەن", "قان", "كەن", "لىق", "لىك", "سى", "مۇ",
                     "ىدى", "ىپ", "چى",
                     "دى", "تى", "دۇ", "تۇ", "دىم", "تىم", "دۇق", "تۇق")  # (a given name so ending is known: "تۇردى")
#: ... nor a place's: its kind's and a direction's words, the common places any town has ("ئۆيگە": home)
_NOT_PLACE = _NOT_NAME | frozenset(
    "ئۆي ئۆيى مەكتەپ شىركەت ئىدارە ئىدارىسى بازار دۇكان زاۋۇت ئۇنىۋېرسىتېت ئىنستىتۇت ۋەتەن يۇرت چەتئەل "
    "ئەل يەر جاي ئورۇن تاغ دالا ئېتىز سىنىپ لاگېر تۈرمە مەسچىت پايتەخت قېشى يېنى ئالدى ئارقىسى ئىچى سىرتى "
    "تەرەپ توي يىغىن دەرس ئاپتونوم تەرەققىيات سانائەت ساياھەت چېگرا مەركىزى شەرقىي غەربىي شىمالىي جەنۇبىي ئوتتۇرا".split())
_NOT_PLACE_ENDINGS = ("خانا", "خانى", "گاھ")  # a hospital's, a canteen's word ("دوختۇرخانا")
# case endings glued to a place; the name is what stands before ("ئالمۇتاغا" -> "ئالمۇتا", "خوتەندە")
_CASES = ("دىكى", "تىكى", "دىن", "تىن", "نىڭ", "دا", "دە", "تا", "تە", "غا", "گە", "قا", "كە", "نى")
_CASE = alternation(_CASES)

# Places Uyghurs write most: the homeland's towns, the diaspora's cities, countries (the shape of a country's
# name, "-ىيە", "-ستان", finds others after a verb of coming or living)
_PLACES = alternation(
    "ئۈرۈمچى قەشقەر خوتەن غۇلجا ئاقسۇ تۇرپان قۇمۇل كورلا ئاتۇش يەكەن كۇچا كۇچار چۆچەك قاراماي بۇرتالا "
    "چاپچال قارغىلىق پەيزىۋات مەكىت چەرچەن كېرىيە نىلقا توقسۇن پىچان بۈگۈر ئۈچتۇرپان شايار قاراقاش لوپ "
    "شىنجاڭ ئالمۇتا ئاستانا بىشكەك تاشكەنت ياركەنت ئىستانبۇل ئەنقەرە قەيسەرى ئىزمىر بۇرسا قونيا "
    "ميۇنخېن مىيونخېن بېرلىن ئامستېردام لوندون پارىژ ستوكھولم ۋاشىنگتون تورونتو سىدنېي توكيو "
    "تۈركىيە قازاقىستان قىرغىزىستان ئۆزبېكىستان گېرمانىيە گوللاندىيە ئامېرىكا ئەنگلىيە فرانسىيە شىۋېتسىيە "
    "نورۋېگىيە بېلگىيە ئاۋسترالىيە ياپونىيە رۇسىيە كانادا پاكىستان ئافغانىستان جۇڭگو".split()
    + ["شەرقىي تۈركىستان", "سەئۇدى ئەرەبىستان"]
)
_PLACE = regex.compile(rf"{ALONE[0]}(?:{_PLACES})(?=(?:{_CASE})?{ALONE[1]})", regex.V1)
# a place's kind after its name, maybe with a case ("قەشقەر شەھىرى", "تەڭرىتاغ رايونىدا")
_KIND = r"(?:شەھىرى|ناھىيىسى|يېزىسى|كەنتى|ۋىلايىتى|رايونى|ئوبلاستى|مەھەللىسى|ئايمىقى)"
_BY_KIND = regex.compile(rf"{ALONE[0]}(?P<place>{WORD})[ ]{_KIND}(?:{_CASE}|دىكى)?{ALONE[1]}", regex.V1)
# verbs of coming, fleeing, moving, being born and living after a place with its case ("گېرمانىيەگە كەلگەن"): a
# name only where it has a country's shape (below)
_COME = r"كەل(?:دى|دىم|دۇق|گەن|گەندىن|ىدۇ|سە)|كېلىپ|كەپتۇ|كۆچ(?:ۈپ|تى|كەن|تۇق)|قاچ(?:تى|قان)|قېچىپ|قايت(?:تى|ىپ|قان)"
_LIVE = r"تۇغۇل(?:غان|دى|دۇم|ۇپ)|تۇر(?:ىدۇ|ىمەن|ىمىز|غان|ۇۋاتىدۇ|ۇۋاتقان)|ياشا(?:يدۇ|يمەن|ۋاتىدۇ)|ياشىغان|ئولتۇراقلاش(?:قان|تى)"
_BEFORE_VERB = regex.compile(rf"{ALONE[0]}(?P<word>{WORD})[ ](?P<verb>{_COME}|{_LIVE}){ALONE[1]}", regex.V1)
_COUNTRY_SHAPE = regex.compile(r"(?:ىيە|ستان)$")

# Dates: the year's "يىلى", the day's number and the month's name ("2019-يىلى 4-ئاپرېل", "1985-يىلى
# 21-سېنتەبىر"), or the month's number ("2018-يىلى 11-ئاينىڭ 3-كۈنى"); a day and its hour ("كۈنى سائەت 10:00")
_MONTHS = alternation(
    "يانۋار فېۋرال مارت ئاپرېل ئاپرىل ماي ئىيۇن ئىيۇل ئاۋغۇست سېنتەبىر سېنتەبر سېنتيابىر ئۆكتەبىر "
    "ئۆكتەبر ئوكتەبىر نويابىر نويابر دېكابىر دېكابر".split())
_WEEKDAYS = alternation("دۈشەنبە سەيشەنبە چارشەنبە پەيشەنبە جۈمە شەنبە يەكشەنبە".split())
_DASH = r"[ ]?[-–][ ]?"
_CLOCK = r"(?:[ ]كۈنى)?[،,]?[ ]سائەت[ ]\d{1,2}(?:[:.]\d\d)?(?!\d)"
_DATE = regex.compile(
    rf"(?:(?<![\d.])(?P<year>\d{{4}}){_DASH}يىلى[ ])?(?:(?P<weekday>{_WEEKDAYS})[ ](?:كۈنى)?[،,]?[ ]?)?"
    rf"(?:(?<!\d)(?P<day>\d{{1,2}}){_DASH}(?:{_MONTHS})(?=(?:{_CASE}|غىچە|گىچە)?{ALONE[1]})"
    rf"|(?<!\d)(?P<mon>\d{{1,2}}){_DASH}ئاي(?:نىڭ)?[ ](?P<day>\d{{1,2}}){_DASH}كۈنى{ALONE[1]})"
    rf"(?P<clock>{_CLOCK})?",
    regex.V1,
)
# a year alone when one was born then ("1985-يىلى تۇغۇلغان")
_BIRTH_YEAR = regex.compile(rf"(?<![\d.])(?P<year>\d{{4}}){_DASH}يىلى(?=[ ]تۇغۇل)", regex.V1)

# Ages: the number before "ياش" (years), maybe in brackets and with a case ("(61 ياش)", "45 ياشتا",
# "12 ياشلىق قىزى"), or after "his age" ("يېشى: 45")
_AGE = regex.compile(rf"(?<![\d.,:/])(?P<age>\d{{1,3}})[ ]?(?:-[ ]?)?ياش(?:تا|لىق|ىدا)?{ALONE[1]}"
                     rf"|{ALONE[0]}(?:يېشى|ياشى)[ \t]*[:：]?[ \t]*(?P<age>\d{{1,3}})(?![\d.,:/]\d|\d)", regex.V1)

# A form's labels, and what their value is: "ئىسمى: ئابدۇرېھىم تۇرسۇن", "ئادرېسى: ...، قەشقەر"
_LABELS = {
    "PERSON": ["ئىسمى", "ئىسىم", "ئىسىم فامىلىسى", "ئىسمى فامىلىسى", "ئىسىم فامىلە", "فامىلىسى", "تولۇق ئىسمى",
               "ئاتىسىنىڭ ئىسمى", "ئانىسىنىڭ ئىسمى", "ئىلتىماسچى", "ئىلتىماس قىلغۇچى", "بىمار", "ئەۋەتكۈچى",
               "تاپشۇرۇۋالغۇچى", "ئىسمى-فامىلىسى", "ئىسىم-فامىلىسى", "ئىسىم-فامىلە"],
    "LOCATION": ["شەھەر", "شەھىرى", "يۇرتى", "دۆلەت", "تۇرۇشلۇق جايى", "تۇغۇلغان يېرى", "تۇغۇلغان جايى",
                 "ۋىلايەت", "ناھىيە", "يېزا"],
    "ADDRESS": ["ئادرېسى", "ئادرېس", "تۇرۇشلۇق ئادرېسى", "ئۆي ئادرېسى", "ھازىرقى ئادرېسى"],
}
_KIND_OF = {label.replace(" ", "").replace("-", ""): kind for kind, labels in _LABELS.items() for label in labels}
_FIELD = regex.compile(rf"{ALONE[0]}(?P<label>{alternation(l for labels in _LABELS.values() for l in labels)})"
                       r"[\"'»]?[ \t]*[:：][ \t]*[\"'«]?[ \t]*(?P<value>[^\n\"|]*)", regex.V1)  # ("No: 4" in an address)
_PART_END = regex.compile(r"[،,;؛()]")
_STREET_PART = regex.compile(r"\d|كوچىسى|يولى|قەۋەت|ئۆي")  # an address's part with a house, not a place alone
_ID = regex.compile(rf"(?:{ALONE[0]}(?:كىملىك|پاسپورت|ئىقامەت|ئارخىپ)|\b(?:IIN|ИИН|ID))[ ]نومۇرى[ \t]*[:：]?[ \t]*"
                    r"(?P<value>[A-Z]{0,3}\d[\d \-]{4,18}\d)(?!\d)", regex.V1)

# Names: after a label (above), a role or a kin word, a title after the name ("... ئەپەندى", "... خانىم") or
# "respected" before it; opening a sentence before a date, a place or an age ("مۇھەممەت ئىمىن 2018-يىلى ...")
_ROLE = regex.compile(rf"{ALONE[0]}(?:ئىلتىماسچى|بىمار|ئوقۇغۇچى|خىزمەتچى|شاھىت|ھۆرمەتلىك|قەدىرلىك"
                      rf"|{'|'.join(_KIN)})[ ]?[،,]?[ ](?={LETTER})", regex.V1)
_TITLE_BEFORE = regex.compile(rf"{ALONE[0]}(?P<title>دوكتور|پروفېسسور|ھاجى)[ ](?={LETTER})", regex.V1)
_TITLE_AFTER = regex.compile(rf"(?<={LETTER})[ ](?P<title>ئەپەندى|ئەپەندىم|خانىم|ھاجىم|ئاخۇنۇم){ALONE[1]}", regex.V1)
_WORDS = regex.compile(rf"{WORD}(?:[ ]{WORD})*", regex.V1)
# (read backwards: up to three words, maybe opening a line, a sentence or a label's value)
_WORDS_BEFORE = regex.compile(rf"(?r)(?P<line>(?:^|[.!؟?:\n|])[ \t]*(?:[-*•][ \t]*)?)?(?P<name>{WORD}(?:[ ]{WORD}){{0,2}})"
                              r"[ ]?$", regex.V1 | regex.M)
_AGE_BRACKET = regex.compile(r"[ ]?\([ ]?\d{1,3}[ ]?ياش")

# Latin

_LA_MONTHS = (r"yanwar|yanvar|féwral|fewral|fevral|mart|aprél|aprel|may|iyun|iyul|awghust|avghust|awgust|séntebir|"
              r"sentebir|séntyabir|öktebir|oktebir|öktyabir|noyabir|dékabir|dekabir")
_LA_CASES = r"(?:diki|tiki|din|tin|ning|gha|ge|qa|ke|da|de|ta|te|ni)"
_LA_CLOCK = r"(?:[ ]k[üu]ni)?,?[ ](?:sa['’]?[ée]t)[ ]\d{1,2}(?:[:.]\d\d)?\b"
_LA_DATE = regex.compile(
    rf"(?i:(?<![\d.])(?:(?P<year>\d{{4}})-yili[ ])?"
    rf"(?:(?<!\d)(?P<day>\d{{1,2}})-(?:{_LA_MONTHS})(?={_LA_CASES}?\b)|(?<!\d)(?P<mon>\d{{1,2}})-ay(?:ning)?[ ](?P<day>\d{{1,2}})-k[üu]ni\b)"
    rf"(?P<clock>{_LA_CLOCK})?)"
)
_LA_BIRTH_YEAR = regex.compile(r"(?<![\d.])\d{4}-yili(?=[ ]tughul)")
_LA_AGE = regex.compile(r"(?<![\d.,:/])(?P<age>\d{1,3})[ ]?yash(?:ta|liq)?\b|\b(?i:yéshi)[ \t]*:?[ \t]*(?P<age>\d{1,3})\b(?![.,:/]\d)")
# a capitalised word inside a sentence with its case ending, before a verb of coming, being born, living
# ("Ürümchide tughulghan", "Türkiyege keldim", "hazir Qeyseride turimen")
_LA_VERB = (r"kel(?:dim|di|duq|gen|ip|idu|imen)|kélip|köch(?:üp|ti|ken|tuq)|qach(?:ti|qan)|qéchip|qayt(?:ti|ip|qan)|"
            r"tughul(?:ghan|dum|di|up)|tur(?:imen|imiz|idu|ghan|uwatimen|uwatidu)|yasha(?:ymen|ydu|watimen|watidu)|yashighan")
_LA_BEFORE_VERB = regex.compile(rf"(?<=[\p{{Ll}}\d,][ ])(?P<word>\p{{Lu}}\p{{Ll}}{{2,}}?)(?P<case>{_LA_CASES})[ ](?:{_LA_VERB})\b")
_LA_KIND = regex.compile(r"\b(?P<place>\p{Lu}\p{Ll}{2,})[ ](?:shehiri|nahiyisi|yézisi|yezisi|kenti|wilayiti|rayoni|oblasti)"
                         rf"{_LA_CASES}?\b")
_LA_PLACE = regex.compile(r"\b(?:Ürümchi|Urumchi|Qeshqer|Xoten|Ghulja|Aqsu|Turpan|Qumul|Korla|Atush|Yeken|Kucha|Chöchek|"
                          rf"Qaramay|Shinjang|Almuta|Qeyseri|Enqere|Türkiye|Qazaqistan|Gérmaniye|Gollandiye)(?={_LA_CASES}?\b)")

# Cyrillic (Kazakhstan's Uyghurs)

_CY_MONTHS = r"январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"
_CY_WEEKDAYS = r"Дүшәнбә|Сәйшәнбә|Чаршәнбә|Пәйшәнбә|Җүмә|Шәнбә|Йәкшәнбә"
_CY_CASES = r"(?:дики|тики|дин|тин|ниң|ға|гә|қа|кә|да|дә|та|тә|ни)"
_CY_DATE = regex.compile(
    rf"(?:(?P<weekday>(?i:{_CY_WEEKDAYS}))[ ]күни,?[ ])?(?:(?<![\d.])(?P<year>\d{{4}})-жили[ ])?"
    rf"(?<!\d)(?P<day>\d{{1,2}})-(?i:{_CY_MONTHS})(?={_CY_CASES}?\b)"
    r"(?P<clock>(?:[ ]күни)?,?[ ]саәт[ ]\d{1,2}(?:[:.]\d\d)?\b)?"
)
_CY_BIRTH_YEAR = regex.compile(r"(?<![\d.])\d{4}-жили(?=[ ]туғул)")
_CY_AGE = regex.compile(r"(?<![\d.,:/])(?P<age>\d{1,3})[ ]яш(?:та|лиқ)?\b")
_CY_KIND = regex.compile(r"\b(?P<place>\p{Lu}\p{Ll}{2,})[ ](?:вилайити|наһийиси|йезиси|шәһири|кәнти|мәһәллиси|райони)"
                         rf"{_CY_CASES}?\b")
_CY_PLACE = regex.compile(rf"\b(?:Алмута|Үрүмчи|Ғулҗа|Қәшқәр|Хотән|Яркәнт|Турпан|Ақсу)(?={_CY_CASES}?\b)")
_CY_VERB = (r"кәл(?:дим|ди|дуқ|гән|ип|иду|имән)|келип|көч(?:үп|ти|кән)|туғул(?:ған|дум|ди|уп|ғанмән)|"
            r"тур(?:имән|имиз|иду|ған)|яша(?:ймән|йду)")
_CY_BEFORE_VERB = regex.compile(rf"(?<=[\p{{Ll}}\d,][ ])(?P<word>\p{{Lu}}\p{{Ll}}{{2,}}?)(?P<case>{_CY_CASES})[ ](?:{_CY_VERB})\b")
# an avenue or a street, its number and the flat's ("Райымбек даңғили 212, 45-өй")
_CY_ADDRESS = regex.compile(r"\b\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?[ ](?:даңғили|кочиси|көчиси)[ ]\d{1,4}[а-я]?\b"
                            r"(?:,?[ ]\d{1,4}-(?:өй|өйи|квартира)\b)?")

# a known given name inside a sentence, maybe with a surname ("..., Динара саәт 9 дин башлап", "Мурат Исмаилов"):
# Kazakhstan's Uyghurs carry the names of the region, spelt as the world's lists have them once transliterated
_CY_NAME = regex.compile(r"(?<=[\p{Ll}\d,][ ])(?P<name>\p{Lu}\p{Ll}{2,})(?:[ ](?P<surname>\p{Lu}\p{Ll}+(?:ов|ова|ев|ева|ин|ина|ий)))?\b")
#: capitalised words inside a sentence that are no one's name, though lists hold them (God, Islam, hello)
_CY_NOT_NAME = frozenset("Худа Худа Аллаһ Алла Ислам Салам Ассалам Пәйғәмбәр Қуран".split())
_CY_LATIN = (str.maketrans({"а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
                            "ж": "zh", "җ": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l", "м": "m",
                            "н": "n", "ң": "ng", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
                            "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "",
                            "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}),
             str.maketrans({"ә": "e", "ж": "j", "җ": "j", "х": "h", "ы": "i", "ғ": "gh", "қ": "q", "ю": "iu", "я": "ia"}))

# A table's header naming its columns ("| ئىسمى | تېلېفون | شەھەر |", "| Исми | Шәһәр |")
_HEADERS = {**{k: v for k, v in _KIND_OF.items() if v != "ADDRESS"},
            **{w: "PERSON" for w in ("Ismi", "Isim", "Исми", "Исим", "Исимфамилиси")},
            **{w: "LOCATION" for w in ("Sheher", "Шәһәр", "Yurti", "Юрти")}}
_SEPARATOR_ROW = regex.compile(r"[ \t]*\|?[ \t:\-|]+\|?[ \t]*")
_CELL_VALUE = regex.compile(rf"{WORD}(?:[ ]{WORD}){{0,3}}|\p{{Lu}}\p{{Ll}}+(?:[ ]\p{{Lu}}\p{{Ll}}+){{0,3}}", regex.V1)


def _given(word: str) -> bool:
    return word in _GIVEN or _NAME_SHAPE.match(word) is not None


def _word_ok(word: str, stop: frozenset[str] = _NOT_NAME) -> bool:
    return word in _GIVEN or len(word) >= 2 and word not in stop and not word.endswith(_NOT_NAME_ENDINGS) \
        and regex.fullmatch(WORD, word, regex.V1) is not None


def _place_ok(word: str) -> bool:
    return len(word) >= 3 and word not in _NOT_PLACE and not word.endswith(_NOT_PLACE_ENDINGS)


def _stem(word: str) -> str:
    """A place's name without its case ending ("ئىستانبۇلدا" -> "ئىستانبۇل"), or the word as it was."""
    for case in _CASES:
        if word.endswith(case) and len(word) - len(case) >= 3:
            return word[: -len(case)]
    return word


def _name_at(text: str, start: int, most: int = 3) -> tuple[int, int] | None:
    """The run of name words opening text at `start`: where the sentence goes on after them, its last words
    are known names ("ئوغلى ئابدۇللا مەكتەپكە": "ئابدۇللا"); where a stop ends them, all of them."""
    match = _WORDS.match(text, start)
    if not match:
        return None
    words = match.group().split(" ")
    kept = 0
    while kept < min(len(words), most) and _word_ok(words[kept]):
        kept += 1
    while 1 < kept < len(words) and not _given(words[kept - 1]):
        kept -= 1
    return (start, start + len(" ".join(words[:kept]))) if kept else None


def _name_before(text: str, end: int) -> tuple[tuple[int, int] | None, bool]:
    """The name words just before `end`, and whether they open a line, a sentence or a label's value."""
    before = _WORDS_BEFORE.search(text, max(0, end - 80), end)
    if before is None:
        return None, False
    words = before.group("name").split(" ")
    dropped = 0
    while words and not all(map(_word_ok, words)):
        words, dropped = words[1:], dropped + 1
    if not words:
        return None, False
    return (before.end("name") - len(" ".join(words)), before.end("name")), before.group("line") is not None and not dropped


@RECOGNIZERS.register("UyghurRecognizer")
class UyghurRecognizer(OwnRecognizer):
    """PERSON, TITLE, AGE, DATE_TIME, LOCATION, ADDRESS and ID_NUMBER in Uyghur text."""

    ENTITIES = ["PERSON", "TITLE", "AGE", "DATE_TIME", "LOCATION", "ADDRESS", "ID_NUMBER"]

    def analyze(self, text, entities, nlp_artifacts=None):
        if not _ANY.search(text):
            return []
        found, uyghur = [], False
        if _ARABIC.search(text):
            found, uyghur = found + self._arabic(text), True
        if _LATIN.search(text):
            found, uyghur = found + self._latin(text), True
        if _CYRILLIC.search(text):
            found, uyghur = found + self._cyrillic(text), True
        if uyghur and "|" in text and "\n" in text:
            found += self._table_cells(text)
        return distinct_places(found)

    def _result(self, entity: str, start: int, end: int, why: str):
        return make_result(self, entity, start, end, SCORE, why)

    # Arabic script

    def _arabic(self, text: str) -> list:
        out = self._ar_dates(text) + self._ar_places(text)
        out += [self._result("AGE", *m.span("age"), "an age by its word") for m in _AGE.finditer(text)
                if 0 < int(m.group("age")) < 125]
        for match in _FIELD.finditer(text):
            kind = _KIND_OF[match.group("label").replace(" ", "").replace("-", "")]
            out += self._value(text, kind, *match.span("value"))
        out += [self._result("ID_NUMBER", *m.span("value"), "an id after its label") for m in _ID.finditer(text)]
        return out + self._ar_names(text, out)

    def _ar_dates(self, text: str) -> list:
        out = []
        for match in _DATE.finditer(text):
            day, mon, year = match.group("day"), match.group("mon"), match.group("year")
            if not 0 < int(day) <= 31 or mon and not 0 < int(mon) <= 12 or year and not 1900 <= int(year) < 2100:
                continue
            out.append(self._result("DATE_TIME", *match.span(), "a date in Uyghur"))
        out += [self._result("DATE_TIME", *m.span("year"), "a year of birth") for m in _BIRTH_YEAR.finditer(text)]
        return out

    def _ar_places(self, text: str) -> list:
        out = [self._result("LOCATION", *m.span(), "a place's name") for m in _PLACE.finditer(text)]
        for match in _BY_KIND.finditer(text):
            if _place_ok(match.group("place")) and _word_ok(match.group("place"), _NOT_PLACE):
                out.append(self._result("LOCATION", *match.span("place"), "a place by its kind's word"))
        for match in _BEFORE_VERB.finditer(text):
            word = match.group("word")
            stem = _stem(word)
            if stem == word or not _place_ok(stem):
                continue
            # (a common noun takes the same endings before the same verbs: "ياتاقتا تۇرىدۇ", lives in a dorm;
            # without capitals, only a country's shape tells a name: "شىۋېتسىيەگە كەلگەن")
            if _COUNTRY_SHAPE.search(stem):
                start = match.start("word")
                out.append(self._result("LOCATION", start, start + len(stem), "a place before a verb of coming or living"))
        return out

    def _value(self, text: str, kind: str, start: int, end: int, why: str = "a form's label") -> list:
        """The findings in a labelled value, by its label's kind."""
        if kind == "PERSON":
            words = _WORDS.match(text, start, end)
            if not words:
                return []
            names = words.group().split(" ")[:4]
            kept = 0
            while kept < len(names) and _word_ok(names[kept]):
                kept += 1
            return [self._result("PERSON", start, start + len(" ".join(names[:kept])), why)] if kept else []
        out, at = [], start
        for cut in [*(m.start() for m in _PART_END.finditer(text, start, end)), end]:
            a, b, at = at, cut, cut + 1
            while a < b and text[a] in " \t":
                a += 1
            while b > a and text[b - 1] in " \t.":
                b -= 1
            part = text[a:b]
            if not part or not regex.search(LETTER, part, regex.V1):
                continue  # (a Latin street is the address recognizers': "Telsiz Mah. 12. Sokak No: 4")
            if _STREET_PART.search(part):
                if kind == "ADDRESS" and regex.fullmatch(rf"[{LETTER[1:-1]}\d \-/.]+", part, regex.V1):
                    out.append(self._result("ADDRESS", a, b, why))
                continue
            words = [_stem(w) for w in part.split(" ")]
            if 1 <= len(words) <= 3 and all(_word_ok(w, _NOT_PLACE) or _PLACE.fullmatch(w) for w in words):
                out.append(self._result("LOCATION", a, a + len(" ".join(words)), why))
            elif len(words) == 2 and regex.fullmatch(_KIND, part.split(" ")[1]) and _place_ok(words[0]):
                out.append(self._result("LOCATION", a, a + len(words[0]), why))  # "ئۈرۈمچى شەھىرى"
        return out

    def _ar_names(self, text: str, found: list) -> list:
        out = []
        for match in _ROLE.finditer(text):
            span = _name_at(text, match.end())
            if span and _given(text[span[0]:span[1]].split(" ")[0]):
                out.append(self._result("PERSON", *span, "a name after a role or a kin word"))
        for match in _TITLE_BEFORE.finditer(text):
            span = _name_at(text, match.end())
            if span and _given(text[span[0]:span[1]].split(" ")[0]):  # (not "دوكتور ئاسپىرانت": a doctoral student)
                out += [self._result("TITLE", *match.span("title"), "a courtesy title"),
                        self._result("PERSON", *span, "a name after a title")]
        for match in _TITLE_AFTER.finditer(text):
            span, _ = _name_before(text, match.start())
            words = text[slice(*span)].split(" ") if span else []
            if words and (len(words) > 1 or _given(words[0])):
                out += [self._result("TITLE", *match.span("title"), "a courtesy title"),
                        self._result("PERSON", *span, "a name before a title")]
        # a name opening a sentence, a line or a label's value before a date, a place or its age in brackets
        starts = [r.start for r in found if r.entity_type in ("DATE_TIME", "LOCATION")]
        starts += [m.start() for m in _AGE_BRACKET.finditer(text)]
        for at in starts:
            span, opens = _name_before(text, at)
            words = text[slice(*span)].split(" ") if span else []
            if opens and (len(words) > 1 and any(map(_given, words)) or len(words) == 1 and _given(words[0])):
                out.append(self._result("PERSON", *span, "a name opening a sentence"))
        return out

    def _table_cells(self, text: str) -> list:
        """Cells under a header of these labels ("| ئىسمى | تېلېفون | شەھەر |")."""
        out = []
        kinds: list | None = None
        for start, end in text_lines(text):
            if kinds is not None and _SEPARATOR_ROW.fullmatch(text, start, end):
                continue
            cells = row_cells(text, start, end, "|") if "|" in text[start:end] else []
            if kinds is not None and len(cells) == len(kinds):
                for (a, b), kind in zip(cells, kinds):
                    value = _CELL_VALUE.fullmatch(text, a, b)
                    if kind and value and all(_word_ok(w, _NOT_PLACE if kind == "LOCATION" else _NOT_NAME)
                                              for w in value.group().split(" ") if not w[0].isupper()):
                        out.append(self._result(kind, a, b, "a table's column"))
                continue
            kinds = None
            if len(cells) >= 2:
                found = [_HEADERS.get(text[a:b].replace(" ", "").replace("-", "")) for a, b in cells]
                if any(found):
                    kinds = found
        return out

    # Latin

    def _latin(self, text: str) -> list:
        out = [self._result("DATE_TIME", *m.span(), "a date in Uyghur") for m in _LA_DATE.finditer(text)
               if 0 < int(m.group("day")) <= 31 and not (m.group("mon") and not 0 < int(m.group("mon")) <= 12)]
        out += [self._result("DATE_TIME", *m.span(), "a year of birth") for m in _LA_BIRTH_YEAR.finditer(text)]
        out += [self._result("AGE", *m.span("age"), "an age by its word") for m in _LA_AGE.finditer(text)
                if 0 < int(m.group("age")) < 125]
        out += [self._result("LOCATION", *m.span("word"), "a place before a verb of coming or living")
                for m in _LA_BEFORE_VERB.finditer(text)]
        out += [self._result("LOCATION", *m.span("place"), "a place by its kind's word") for m in _LA_KIND.finditer(text)
                if not m.group("place").endswith("ning")]  # ("Uning yézisi": his village)
        out += [self._result("LOCATION", *m.span(), "a place's name") for m in _LA_PLACE.finditer(text)]
        return out

    # Cyrillic

    def _cyrillic(self, text: str) -> list:
        out = [self._result("DATE_TIME", *m.span(), "a date in Uyghur") for m in _CY_DATE.finditer(text)
               if 0 < int(m.group("day")) <= 31]
        out += [self._result("DATE_TIME", *m.span(), "a year of birth") for m in _CY_BIRTH_YEAR.finditer(text)]
        out += [self._result("AGE", *m.span("age"), "an age by its word") for m in _CY_AGE.finditer(text)
                if 0 < int(m.group("age")) < 125]
        out += [self._result("LOCATION", *m.span("word"), "a place before a verb of coming or living")
                for m in _CY_BEFORE_VERB.finditer(text)]
        out += [self._result("LOCATION", *m.span("place"), "a place by its kind's word") for m in _CY_KIND.finditer(text)
                if not m.group("place").endswith("иң")]  # ("Униң йезиси": his village)
        out += [self._result("LOCATION", *m.span(), "a place's name") for m in _CY_PLACE.finditer(text)]
        out += [self._result("ADDRESS", *m.span(), "an avenue and its house") for m in _CY_ADDRESS.finditer(text)]
        for match in _CY_NAME.finditer(text):
            if _cy_given(match.group("name")):
                out.append(self._result("PERSON", *match.span(), "a known given name"))
        return out


def _cy_given(word: str) -> bool:
    """A Cyrillic word that is a known given name once written in Latin letters ("Динара": "dinara")."""
    if word in _CY_NOT_NAME:
        return False
    lower = word.lower()
    names = world_first_names()
    return lower.translate(_CY_LATIN[0]) in names or lower.translate(_CY_LATIN[1]).translate(_CY_LATIN[0]) in names

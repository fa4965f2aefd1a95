"""Names, ages, dates, places and addresses written in Kurdish: Sorani in Arabic script and Kurmanji in Latin.

The English NER reads neither. What marks personal data is the word around it: a form's label, a
courtesy title, an age's unit after its number, a month's name, a camp's, neighbourhood's or
province's word before its name.

Sorani writes with Arabic letters of its own (ڕ ڵ ێ ۆ ە), the rules for it run only where one is: Arabic,
Persian, Dari and Pashto texts (read by dari_pashto.py) hold none. Kurmanji shares its letters (ê î û ş ç) with
Turkish and French: its rules run only where its own words are ("salî", "roja", "kampa", "12ê Sibatê"). Texts
with neither script's letters (English) cost one search.
"""
from __future__ import annotations

import regex

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.arabic_script import ALONE, LETTER, LETTERS, WORD, alternation
from minimize.detection.recognizers.base import OwnRecognizer

SCORE = 0.9  # above NER's 0.85: the English model's reading of this script is noise
_SORANI = regex.compile(r"[ڕڵێۆە]")  # Sorani's own letters ("ناوی نەخۆش", "ساڵ")
# Kurmanji's words the rules below start from: an age's "salî", a date's "12ê" and months, a camp's or a
# village's word, a form's labels, a title, a tent
# (the months of two words first: "3ê Çileya Paşîn 2024" is one date)
_KU_MONTHS = ("Kanûna[ ]Paşîn|Kanûna[ ]Pêşîn|Çiriya[ ]Pêşîn|Çiriya[ ]Paşîn|Çileya[ ]Paşîn|Çileya[ ]Pêşîn|"
              "Çile|Sibat|Adar|Nîsan|Gulan|Hezîran|Tîrmeh|Tebax|Îlon|Cotmeh|Mijdar|Kanûn|Rêbendan|Reşemî|Avrêl|"
              "Pûşper|Gelawêj|Rezber|Kewçêr|Sermawez|Berfanbar")
_KU_WEEKDAY = r"(?:Yek|Du|Dû|Sê|Çar|Pênc)şem(?:bî|biyê|bê|ê|î)?|Îniyê|Înî|Înê|Şemiyê|Şemî"
_KURMANJI = (r"(?i:\b(?:salî|saliya|salîya|temen|temenê|roja|kampa|kampê|wargeha|gundê|bajarê|navçeya|parêzgeha|herêma|"
             r"kon|konê|xanî|kolana|avahiya|nav|navê|paşnav|jina|mêrê|birêz|rêzdar|xanim|xatûn|mamoste|hejmara|"
             rf"nasname|navnîşan|cihê|birayê|xwişka|diya|bavê|kurê|keça|{_KU_MONTHS})\b|\d['’\-]?ê\b|şem)")
_KURMANJI_CUE = regex.compile(_KURMANJI, regex.V1)
# (Kurmanji writes "ê", its ezafe, in nearly every phrase; a short message may go without: "Em li blok 9, kon 23 in")
_ANY = regex.compile(r"[ڕڵێۆەêîûşçÊÎÛŞÇ]")
_ASCII_CUES = ("saliya", "kampa", "roja ", "kon ", "Temen", "temen", "blok ")
_KU_LETTER = regex.compile(r"[êîûşçÊÎÛŞÇ]")  # (a Sorani text holds none: its Kurmanji rules cost one search)
# one letter for another as Arabic and Persian keyboards type them ("ي", "ك", "ھ"): spans stay where they were
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ھ": "ه", "ة": "ە"})
# (\d below is every script's digit: "٦٤", "۶۴", "64")

# Sorani given names. Some are words too (peace, hope, free, life, friend): alone those are a name only after a
# title, a label or a kin word; next to another name they are one ("ئارام جەلال", "دیاری ئیسماعیل")
_GIVEN_WORDS = frozenset(
    "ئازاد ئارام ئاشتی ئاوات ئاواز ئومێد باران بەهار بەختیار پەیام پەیمان جوتیار چالاک چنار دارا دانا دیار دیاری "
    "دەریا دڵنیا ڕزگار ڕووناک ڕەنج ڕەنگین ڕوخسار زانا زیرەک ژیان سەرکەوت سەردار سەرهەنگ سیما شادی شوان شیرین "
    "شەماڵ کامەران کانی گەلاوێژ لانە نەجات نیاز نیگار هاوار هاوڕێ هانا هەتاو هەژار هەڤاڵ هەڵۆ هەڵمەت هیوا "
    "خەندە پەری سروە وریا یادگار".split()
)
_GIVEN = _GIVEN_WORDS | frozenset(
    "ئاراس ئاسۆ ئاکۆ ئالان ئاری ئاریان ئاژوان ئەحمەد ئەمین ئەنوەر ئەیوب ئیبراهیم ئیدریس ئیسماعیل ئەکرەم ئیحسان "
    "ئەسعەد ئەبوبەکر بارزان بەرزان بەهرۆز بەهمەن بێستون بەکر بورهان بەشیر تاریق تاهیر تەها جەبار جەلال جەمال "
    "جەعفەر جەوهەر حەسەن حەمە حەمید حوسێن حەیدەر حەکیم خالید خەلیل خدر دڵشاد دلێر ڕاوێژ ڕەحیم ڕەحمان ڕەزا "
    "ڕەشید ڕەوەند ڕێباز ڕێبوار ڕێبین ڕێناس ڕەسوڵ زاهیر زریان زیاد ژیار سابیر سالار سالح سامان سۆران سەعید سیروان "
    "سیامەند سەباح سەلاح شاخەوان شێرزاد شێرکۆ شەهاب شاهۆ شەوکەت عادل عەباس عەبدوڵڵا عەبدوڵا عەبدولڕەحمان عەلی "
    "عومەر عوسمان عیماد عیزەدین غەفور فازڵ فەرهاد فەرەیدون فوئاد فاروق قادر قاسم کارزان کاروان کاوە کەریم کەمال "
    "گۆران لوقمان مەحمود محەمەد موحەمەد مستەفا مستافا مەسعود مەجید مووسا مەولود ناسر نەبەز نەریمان نەوزاد نیهاد "
    "هێمن هۆشیار هاوکار یاسین یوسف یونس یەحیا "
    "ئارین ئاڤان ئاڤێستا ئەڤین ئامینە ئەمینە بەفرین بەناز بێریڤان پەخشان تارا چیمەن خەجێ دیلان ڕۆژان ڕۆژین "
    "زەینەب ژیلا ژینۆ ژینا سازان سارا سۆزان سەلوا سۆما شیلان شنۆ شەهلا عایشە فاتمە فاطمە کوێستان کەژاڵ گوڵاڵە "
    "لەیلا مەریەم نازدار نازەنین نەسرین نەرمین هاوژین هێرۆ هێڤی ڤیان ڤینا".split()
)
# Kin words, bare or with "my", "his", "the" ("دایکی", "کوڕەکەم", "براکەی"): before a name, never one
_KIN_STEMS = "دایک باوک کوڕ کچ برا خوشک هاوسەر ژن مێرد منداڵ باپیر داپیر نەنک مام خاڵ پوور میمک نەوە ئامۆزا خاڵۆزا"
_KIN = rf"(?:{'|'.join(_KIN_STEMS.split())})(?P<own>(?:ەکە|کە)?(?:ی|م|ت|مان|تان|یان)?)"
# Words no name holds: a sentence's small words and verbs, roles and kin, a form's and a place's words
_NOT_NAME = frozenset(
    "و لە بە بۆ لەگەڵ لەسەر لەژێر لەبەر لەناو لەلای لەوێ لێرە تا هەتا کە ئەو ئەم ئەوە ئەمە ئەوان ئەمان ئێمە ئێوە "
    "من تۆ ئەویش هەر هەموو هەمووی هیچ یان یا بەڵام چونکە ئەگەر هەروەها هەروا دوای پێش پاش نێوان نزیک دوور ناو سەر "
    "ژێر بەر لای دوێنێ ئەمڕۆ سبەی سبەینێ ئێستا پێشتر دواتر زۆر کەم باش خراپ گەورە بچووک نوێ کۆن جوان خۆش "
    "یەک دوو سێ چوار پێنج شەش حەوت هەشت نۆ دە بیست سی سەد هەزار یەکەم دووەم سێیەم ئەمساڵ پار "
    "ساڵ ساڵە ساڵی مانگ مانگی ڕۆژ ڕۆژی هەفتە هەفتەی کاتژمێر سەعات بەیانی ئێوارە شەو نیوەڕۆ "
    "ژمارە ژمارەی ناوی ناوم ناونیشان تەمەن تەمەنی بەروار ڕێکەوت شوێن شوێنی خانوو خانووی کۆڵان کۆڵانی شەقام شەقامی "
    "گەڕەک گەڕەکی گوند گوندی شار شاری پارێزگا پارێزگای کەمپ کەمپی هەرێم هەرێمی وڵات وڵاتی ناوچە ناوچەی "
    "دەرمان دەرمانی نەخۆش نەخۆشی نەخۆشخانە پزیشک پزیشکی کارمەند کارمەندی بەڕێوەبەر ئەندازیار ئەندازیاری "
    "مامۆستا قوتابی بەڕێز بەڕێزان خاتوو خاتوون خاتون کاک دکتۆر سەرۆک سەرۆکی بەرپرس بەرپرسی سەرپەرشتیار "
    "سەرپەرشتیاری تەکنیشیەن کرێکار شۆفێر پاسەوان فەرمانبەر خێزان خێزانی خانەوادە ستاف لیست لیستی فۆرم فۆرمی "
    "کارت کارتی مۆبایل تەلەفۆن ئیمەیڵ واتساپ نیشتمانی تکایە سوپاس سڵاو گیان هەیە نییە بوو بێت دەبێت کرا کراوە "
    "کرد کردووە بکە بکەن بنێرە ناردم هات چوو گوتی وتی پێی کەسێک هەندێک چەند چی کێ کوێ کەی بۆچی چۆن بەش بەشی "
    "مووچە مووچەی هەژمار هەژماری بانک بانکی کۆمپانیا کۆمپانیای ڕێکخراو ڕێکخراوی حکومەت وەزارەت دادگا پۆلیس "
    "ئاسایش کێڵگە کێڵگەی نەوت نەوتی ئاوارە پەنابەر پەنابەران هاووڵاتی خەڵک ڕەگەز نێر مێ ئافرەت پیاو گەنج پیر کەس "
    "ئیمام شەهید خودا".split()
) | frozenset(stem + end for stem in _KIN_STEMS.split() for end in ("", "ی", "م", "ت", "مان", "تان", "یان"))
#: ... nor a place's name: its kind's adjectives and directions ("شاری گەورە", "ناوچەی باکوور"), "our own"
_NOT_PLACE = _NOT_NAME | frozenset("خۆم خۆمان خۆی خۆت خۆیان پیرۆز سەرەکی ناوەندی باکوور باشوور ڕۆژهەڵات ڕۆژئاوا "
                                   "دابڕاو هەژار دەوڵەمەند سنووری".split())
#: endings of a noun made definite, indefinite or plural, and of a verb ("ڕەچەتەکە", "کەسێک", "دەچێت", "کردووە")
_NOT_NAME_ENDINGS = ("کە", "کان", "کەی", "کانی", "کەم", "کەت", "کەمان", "کەتان", "کەیان", "ێک", "ێکی", "یەک", "ەوە",
                     "ووە", "ێت")
_WORDS = regex.compile(rf"{WORD}(?:[ ]{WORD})*", regex.V1)
# (read backwards from a cue: up to four words, maybe opening a line or a sentence)
_WORDS_BEFORE = regex.compile(rf"(?r)(?P<line>(?:^|[.!؟?\n])[ \t]*(?:[-*•][ \t]*)?)?(?P<name>{WORD}(?:[ ]{WORD}){{0,3}})"
                              r"[ ]?[،,]?[ ]?$", regex.V1 | regex.M)

# Courtesy titles, reported apart ("بەڕێز کاوە", "خاتوو شیلان", "کاک ئازاد", "د. ئاراس"); an engineer's, a
# lawyer's or a doctor's word before a known given name is no title but says a name follows ("ئەندازیار دلێر ڕەشید")
_TITLE = alternation(["بەڕێز", "خاتوو", "خاتوون", "خاتون", "کاک", "مامۆستا", "دکتۆر", "دکتۆرە", "دکتور", "پرۆفیسۆر", "د."])
_TITLE_AT = regex.compile(rf"(?:{_TITLE})[ ]?", regex.V1)
_NAME_CUES = [
    # (cue, whether the name's first word must be a known given name)
    (regex.compile(rf"{ALONE[0]}(?P<title>{_TITLE})(?:[ ]|(?<=\.))(?={LETTER})", regex.V1), False),  # (not "بەڕێزان")
    (regex.compile(rf"{ALONE[0]}(?:ئەندازیار|پارێزەر|پزیشک|دادوەر)[ ](?={LETTER})", regex.V1), True),
    # a kin word before the name, between commas or not ("دایکی، شنۆ جەمال،", "منداڵەکە، ئارین،", "کوڕەکەم ئارام")
    (regex.compile(rf"{ALONE[0]}{_KIN}(?P<comma>[ ]?[،,])?[ ](?={LETTER})", regex.V1), True),
    # whom to contact ("پەیوەندی بکە بە سۆزان لە بەشی مووچە"), whom to greet ("سڵاو کاوە،")
    (regex.compile(rf"{ALONE[0]}(?:پەیوەندیی?[ ](?:بکە[نی]?[ ]|بکەیت[ ])?بە|سڵاو[ ]?[،,]?)[ ](?={LETTER})", regex.V1), True),
]
# a numbered or bulleted list's person, before a dash and the role ("١. ڕێباز حەمە سەعید - ئەندازیاری بیر")
_LIST_ITEM = regex.compile(rf"(?m)^[ \t]*(?:\d{{1,3}}[.)\-]|[-*•])[ \t]*(?P<name>{WORD}(?:[ ]{WORD}){{1,3}})[ \t]+[-–—][ \t]",
                           regex.V1)
# a given name opening a sentence before a time word or a verb of saying ("هاوڕێ دوێنێ لە دەرمانخانەکە...")
_SUBJECT = regex.compile(rf"(?:^|(?<=[.!؟?\n][ \t]*))(?P<name>{WORD}(?:[ ]{WORD}){{0,2}})[ ]"
                         rf"(?P<next>دوێنێ|ئەمڕۆ|سبەی|سبەینێ|ئێستا|پار|پێشتر|ئەمساڵ|دەڵێت|دەڵێ|گوتی|وتی|نووسی|دەیەوێت){ALONE[1]}",
                         regex.V1 | regex.M)
#: a given name that is a word too stands alone only before the past, and never one that is a noun without its
#: article ("باران دوێنێ باری": it rained yesterday; "ژیان ئێستا...": life now); "هاوڕێ دوێنێ" (a friend) would have one
_PAST = frozenset("دوێنێ پار پێشتر گوتی وتی نووسی".split())
_MASS = frozenset("باران بەهار ژیان ئاشتی هیوا شادی ئومێد هەتاو نیاز ڕەنج خەندە نەجات ڕزگار کانی لانە گەلاوێژ هەنار "
                  "شەماڵ سروە چنار پەیام پەیمان".split())
# a name said ("ناوم کاوەیە", "ناوی سەر ڕەچەتەکە عومەر عەبدوڵڵایە"), the copula glued to its last word
_NAMED = regex.compile(rf"{ALONE[0]}ناو(?:ی|م|ت|مان)?(?P<words>(?:[ ]{WORD}){{1,6}})(?=[ \t]*(?:[،,.!؟\n]|$))", regex.V1)
# "کاوە گیان" (dear Kawa)
_DEAR = regex.compile(rf"(?P<name>{WORD}(?:[ ]{WORD})?)[ ]گیان{ALONE[1]}", regex.V1)
_CLOSED = regex.compile(r"[ ]?(?:[،,.!؟\n]|$)")  # a name's end before a comma or a stop

# Ages: the number after "age" ("تەمەن: ٦٤ ساڵ", "تەمەنی ١٩ ساڵە", "\"تەمەن\": 29", "لە تەمەنی ٦٧ ساڵیدا"), in
# brackets ("(٣٤ ساڵ)"), after a kin word or "a ... person" ("کوڕەکەم ٥ ساڵە", "منداڵێکی ٧ ساڵە")
_AGE = regex.compile(
    rf"{ALONE[0]}تەمەن(?:ی|م|ت|مان|یان)?[\"'»]?[ \t]*[:：]?[ \t]*[\"'«]?[ \t]*(?P<age>\d{{1,3}})(?![\d/.:\-]\d|\d)"
    rf"|\([ ]?(?P<age>\d{{1,3}})[ ]?ساڵ(?:ە|ان|ی)?[ ]?\)"
    rf"|{ALONE[0]}(?:{_KIN}|(?:منداڵ|کوڕ|کچ|پیاو|ژن|ئافرەت|نەخۆش|کەس|گەنج|پیرەمێرد|پیرەژن|کرێکار|قوتابی)ێکی)[ ]"
    rf"(?P<age>\d{{1,3}})[ ]ساڵ(?:ە|ان){ALONE[1]}",
    regex.V1,
)
# ... or after a name and a comma opening a record, or a known given name ("عومەر، ٧٨ ساڵ", "ژینۆ ١٩ ساڵە")
_AGE_AFTER_NAME = regex.compile(rf"(?<={LETTER})(?:[ ]?[،,][ ]?|[ ](?=\d{{1,3}}[ ]ساڵە))(?P<age>\d{{1,3}})[ ]ساڵ(?:ە|ان)?{ALONE[1]}"
                                rf"|(?<={LETTER})[ ]?\([ ]?(?P<age>\d{{1,3}})[ ]?ساڵ(?:ە|ان|ی)?[ ]?\)", regex.V1)
_AGE_WORD = regex.compile(rf"(?<={LETTER})[ ]?[،,]?[ ]تەمەنی[ ]\d", regex.V1)  # (a name before it: "ژینۆ عومەر تەمەنی ١٩")

# Dates: a day with its ezafe and the month's name ("١٥ی ئازاری ٢٠٢٤", "١ی کانوونی دووەمی ٢٠٢٥"), maybe its weekday
# and hour ("ڕۆژی سێشەممە، ٢٠ی شوبات، کاتژمێر ١٠"); digits and an hour ("٢٠٢٤/١٠/٠٦ کاتژمێر ١٨:٠٠"). Months as Iraqi
# Kurdistan names them, the Kurdish solar ones and the Latin ones
_SO_MONTHS = alternation(
    "شوبات ئازار نیسان ئایار مایس حوزەیران حوزیران تەممووز تەمووز تەمموز ئاب ئەیلوول ئەیلول".split()
    + ["کانوونی دووەم", "کانونی دووەم", "کانوونی دوەم", "کانوونی یەکەم", "کانونی یەکەم", "تشرینی یەکەم",
       "تشرینی دووەم", "تەشرینی یەکەم", "تەشرینی دووەم", "تشرینی دوەم"]
    + "خاکەلێوە گوڵان بانەمەڕ جۆزەردان پووشپەڕ گەلاوێژ خەرمانان ڕەزبەر گەڵاڕێزان سەرماوەز بەفرانبار ڕێبەندان ڕەشەمە "
      "ڕەشەمێ جانیوەری فێبریوەری فەبریوەری مارس ئەپریل ئەپرێل مەی جوون جولای ئۆگەست ئاگۆست سێپتەمبەر سێپتێمبەر "
      "ئۆکتۆبەر نۆڤەمبەر نۆفەمبەر دیسەمبەر".split()
)
_SO_WEEKDAY = alternation(["یەکشەممە", "دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "هەینی", "جومعە", "شەممە",
                           "یەک شەممە", "دوو شەممە", "سێ شەممە", "چوار شەممە", "پێنج شەممە"])
_DAY_PART = alternation(["بەیانی", "بەیانیان", "نیوەڕۆ", "پاشنیوەڕۆ", "پاش نیوەڕۆ", "دوای نیوەڕۆ", "ئێوارە", "شەو"])
_SO_CLOCK = (rf"(?:(?:لە[ ])?(?:کاتژمێر|سەعات)ی?[ ]\d{{1,2}}(?:[:.]\d\d)?(?:ی)?(?:[ ](?:{_DAY_PART}))?"
             rf"|\d{{1,2}}[:.]\d\d(?:[ ](?:{_DAY_PART}))?|\d{{1,2}}ی[ ](?:{_DAY_PART}))(?!{LETTER}|\d)")
_SO_DATE = regex.compile(
    rf"{ALONE[0]}(?:(?:ڕۆژی[ ])?(?P<weekday>{_SO_WEEKDAY})ی?[،,]?[ ])?(?:ڕۆژی[ ])?"
    rf"(?:(?<!\d)(?P<day>\d{{1,2}})(?P<ez>ی|ـی)?[ ](?P<month>{_SO_MONTHS})ی?(?!{LETTER})(?:[ ](?:ساڵی[ ])?(?P<year>\d{{4}}))?"
    rf"|(?P<month>{_SO_MONTHS})ی?[ ](?:ساڵی[ ])?(?P<year>\d{{4}})"
    r"|(?<![\d/.\-])(?P<year>\d{4})(?P<sep>[/.\-])(?P<mon>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d/.\-]?\d)"
    r"|(?<![\d/.\-])(?P<day>\d{1,2})(?P<sep>[/.\-])(?P<mon>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d))"
    rf"(?P<clock>[،,]?[ ]{_SO_CLOCK})?",
    regex.V1,
)
_SO_WEEKDAY_CLOCK = regex.compile(rf"{ALONE[0]}(?:ڕۆژی[ ])?(?:{_SO_WEEKDAY})ی?[،,]?[ ]{_SO_CLOCK}", regex.V1)
# a year of birth ("لەدایکبووی ساڵی ١٩٨٥", "ساڵی لەدایکبوون: ١٩٨٥")
_BIRTH_YEAR = regex.compile(rf"{ALONE[0]}(?:لەدایکبوو(?:ی|ە)?[ ](?:ساڵی[ ])?|ساڵی[ ]لەدایکبوون[ \t]*[:：][ \t]*)"
                            r"(?P<year>\d{4})(?!\d)", regex.V1)

# Places: Kurdistan's and Iraq's provinces and towns, the camps, and countries as Sorani spells them; a place's
# name after its kind's word ("کەمپی ئاشتی", "گەڕەکی بەختیاری", "پارێزگای هەولێر"), a camp's with its number
# ("کەمپی دۆمیز ٢"). Not "سۆران" (a given name too), nor "ئەنبار" (a storehouse): by the label only
_SO_PLACES = alternation(
    "هەولێر سلێمانی دهۆک کەرکووک کەرکوک هەڵەبجە حەڵەبجە زاخۆ ڕانیە کۆیە چەمچەماڵ کەلار خانەقین شەقڵاوە ئاکرێ "
    "ئامێدی پێنجوێن قەڵادزێ دەربەندیخان شارەزوور مەخموور شنگال سنجار دیالە بەغدا موسڵ ڕومادی فەلوجە تکریت بەسرە "
    "نەجەف کەربەلا تەلەعفەر بەعشیقە قامیشلۆ کۆبانێ عەفرین حەسەکە ئامەد دیاربەکر سنە مەهاباد کرماشان ورمێ سەقز "
    "مەریوان سەردەشت پیرانشار بۆکان عێراق سووریا تورکیا ئێران ئەڵمانیا سوید بەریتانیا ئەمریکا کوردستان نەرویج "
    "هۆڵەندا فەرەنسا نەمسا دانیمارک ئوسترالیا کەنەدا ئیتاڵیا یۆنان ئوردن لوبنان ڕووسیا بەحرکە هەرشەم دیبەگە "
    "کەورگۆسک قوشتەپە دارەشەکران باسرمە عەربەت دۆمیز".split() + ["سەید سادق"]
)
# (a glued postposition or ezafe may follow: "هەولێردا", "کۆیەوە", "سلێمانیی")
_SO_PLACE = regex.compile(rf"{ALONE[0]}(?:{_SO_PLACES})(?=(?:ی|دا|ەوە|وە|یش|ش)?(?!{LETTER}))", regex.V1)
_SO_KIND = alternation(["کەمپی", "کامپی", "گوندی", "گەڕەکی", "شاری", "شارۆچکەی", "قەزای", "ناحیەی", "پارێزگای", "هەرێمی",
                        "ناوچەی", "وڵاتی", "دێی", "ئۆردوگای"])
_SO_BY_KIND = regex.compile(rf"{ALONE[0]}(?:{_SO_KIND})[ ](?P<place>{WORD})(?P<number>[ ]\d{{1,2}}(?!\d|[/.:]\d))?{ALONE[1]}",
                            regex.V1)
_KIND_AT = regex.compile(rf"(?:(?:نزیک|لە)[ ])?(?:(?:{_SO_KIND})[ ])?", regex.V1)  # "نزیک کۆیە", "پارێزگای هەولێر"
# A house, a lane, a tent and their numbers: "کۆڵانی ٣٢، خانووی ١٧", "بلۆکی ٦، چادری ٤٢", "شەقامی ٦٠ مەتری"
_SO_PART = (rf"(?:(?:کۆڵانی|کۆڵان|خانووی|خانوو|بلۆکی|بلۆک|چادری|کەپری|کارەڤانی|شەقامی|شەقام|باڵەخانەی|تاوەری|نهۆمی|"
            rf"شوقەی|گەڕەکی)[ ](?:ژمارە[ ])?\d{{1,4}}(?:[/\-]\d{{1,3}})?(?:[ ]مەتری)?"
            rf"|شەقامی[ ](?!\d)(?P<street>{WORD}))(?![\d/])")
_SO_ADDRESS = regex.compile(rf"{ALONE[0]}{_SO_PART}(?:[ ]?[،,\-][ ]?{_SO_PART})*{ALONE[1]}", regex.V1)

# A form's labels, and what their value is: "ناوی نەخۆش: هێڤی کەریم ئەحمەد", "شوێنی پێشوو: ڕومادی، ئەنبار",
# "ناونیشان: سلێمانی، گەڕەکی بەختیاری، کۆڵانی ٣٢"; in JSON too ("{\"نەخۆش\": \"شیلان مەحمود\"")
_SO_LABELS = {
    "PERSON": ["ناو", "ناوی تەواو", "ناوی سیانی", "ناوی چواری", "ناوی یەکەم", "پاشناو", "نازناو", "ناوی باوک",
               "ناوی دایک", "ناوی باپیر", "ناوی هاوسەر", "ناوی نەخۆش", "نەخۆش", "ناوی سەرۆکی خێزان", "سەرۆکی خێزان",
               "ناوی کارمەند", "ناوی داواکار", "داواکار", "ناوی وەرگر", "وەرگر", "نێرەر", "ناوی نێرەر", "ناوی پزیشک",
               "پزیشک", "ناوی منداڵ", "ناوی قوتابی", "قوتابی", "خاوەن", "ناوی خاوەن", "شایەت", "ناوی شایەت", "بریکار",
               "هاوسەر", "ناوی خێزان", "ناوی ئاوارە"],
    "LOCATION": ["شوێن", "شوێنی لەدایکبوون", "جێی لەدایکبوون", "شوێنی پێشوو", "شوێنی نیشتەجێبوون", "شوێنی ئێستا",
                 "شار", "گوند", "ناحیە", "قەزا", "پارێزگا", "وڵات", "هەرێم", "کەمپ", "ناوچە", "گەڕەک", "نیشتەجێی"],
    "ADDRESS": ["ناونیشان", "ناونیشانی ئێستا", "ناونیشانی هەمیشەیی", "ناونیشانی ماڵ", "ناونیشانی نیشتەجێبوون"],
}
_KIND_OF = {label.replace(" ", ""): kind for kind, labels in _SO_LABELS.items() for label in labels}
_SO_FIELD = regex.compile(rf"{ALONE[0]}(?P<label>{alternation(l for labels in _SO_LABELS.values() for l in labels)})"
                          r"[\"'»]?[ \t]*[:：][ \t]*[\"'«]?[ \t]*(?P<value>[^\n\"|:]*)", regex.V1)
_PART_END = regex.compile(r"[،,;؛.()]")
# An id's label and its number, a colon or not ("ژمارەی کارمەند KR-ENG-0412", "ژمارەی کارتی نیشتمانی: ١٩٨٢...")
_SO_ID_LABELS = ["ژمارەی کارمەند", "کۆدی کارمەند", "ژمارەی کارتی نیشتمانی", "کارتی نیشتمانی", "ژمارەی ناسنامە",
                 "ناسنامە", "ژمارەی ناسنامەی باری شارستانی", "ژمارەی پاسپۆرت", "پاسپۆرت", "ژمارەی تۆمار",
                 "ژمارەی دۆسیە", "ژمارەی فایل", "ژمارەی کارتی خۆراک", "کارتی خۆراک", "ژمارەی کارتی زانیاری",
                 "کارتی زانیاری", "ژمارەی پەناهەندە", "ژمارەی پەنابەر", "ژمارەی نەخۆش", "ژمارەی کەیس", "ژمارەی ئاوارە"]
_ID_VALUE = r"(?P<value>[A-Za-z\d]+(?:[\-/][A-Za-z\d]+){0,4}(?:[ ]\d{2,}){0,3})(?![\w\-/])"
_SO_ID = regex.compile(rf"{ALONE[0]}(?:{alternation(_SO_ID_LABELS)})[\"'»]?[ \t]*[:：]?[ \t]*[\"'«]?[ \t]*{_ID_VALUE}", regex.V1)

# Kurmanji. Ages: "38 salî", "di 67 saliya xwe de", "Temen: 45", "temenê wî 45 sal e"
_KU_AGE = regex.compile(r"\b(?P<age>\d{1,3})[ \-]?(?:salî(?:ya|yê|ye)?|saliya|saliyê)\b"
                        r"|\b(?i:temen)(?:ê|a)?(?:[ ](?:wî|wê|min|te|me|we|wan|xwe))?[ \t]*:?[ \t]*(?P<age>\d{1,3})\b(?![.,:/]\d)")
# Dates: "12ê Sibatê", "12ê Adarê 1998", "roja Duşemê, 12ê Sibatê, saet 9:00", "Pêncşemê, 7ê Adarê"
_KU_CLOCK = r"(?:,?[ ](?i:saet|seet|demjimêr)[ ]\d{1,2}(?:[:.]\d\d)?(?:an|ê|a)?\b)"
_KU_DATE = regex.compile(
    rf"(?i:\b(?:roja[ ])?(?:(?P<weekday>{_KU_WEEKDAY})[,]?[ ])?(?:roja[ ])?)"
    rf"(?<!\d)(?P<day>\d{{1,2}})(?P<ez>['’\-]?ê)?[ ](?i:(?:{_KU_MONTHS})(?:yê|ê|ya|a)?)\b"
    rf"(?:[ ](?P<year>\d{{4}})(?:an|ê|'an)?\b)?{_KU_CLOCK}?"
    rf"|(?i:\b(?:roja[ ])?(?P<weekday>{_KU_WEEKDAY})){_KU_CLOCK}"
)
# Places by their kind's word ("kampa Domîz 2", "gundê Girkê Legê", "bajarê Amedê") or known by name; "kampa"
# after a Kurmanji word or opening a line (Turkish's "kampa Ahmet ile gittik" is "to the camp with Ahmet")
_KU_BY_KIND = regex.compile(r"(?:(?<=\b(?:li|ji|ya|yê|di|bo|ê|a|û)[ ])kampa|(?:(?m:^)[ \t]*|(?<=[.!?][ ]))Kampa"
                            r"|\b(?i:kampê|wargeha|gundê|bajarê|navçeya|parêzgeha|herêma))[ ]"
                            r"(?P<place>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?(?:[ ]\d{1,2}\b(?![.,:/]\d))?)")
_KU_PLACE = regex.compile(
    r"\b(?:Amed|Colemêrg|Mêrdîn|Dihok|Duhok|Hewlêr|Silêmanî|Zaxo|Qamişlo|Kobanî|Efrîn|Şengal|Mexmûr|Domîz|Cizîr|"
    r"Nisêbîn|Sêrt|Bedlîs|Mûş|Dêrsim|Semsûr|Kerkûk|Helebce|Silopî|Hesekê|Dêrik|Amûdê|Serêkaniyê|Şirnex|Agirî|"
    r"Wêranşar|Pirsûs|Hekarî|Qoser|Midyat|Kerboran|Xelat|Erdîş|Bazîd|Dîlok|Meletî|Xarpêt|Çewlik|Erzirom)(?:yê|ê)?\b")
# A block, a tent, a house: "blok 9, kon 23" (two parts at least, one of them Kurmanji's own word: Turkish writes
# "A Blok, Kat 3"), or a street by its name ("kolana Xebatê, xanî 14")
_KU_PART = (r"(?:(?i:blok|bloka|blokê|kon|konê|kona|xanî|xaniyê|xaniya|kolan|kolana|kolanê|avahî|avahiya|qat|qata|daîre|"
            r"karavan|konteyner)[ ](?:(?i:hejmar|jimar)[ ])?\d{1,4}[A-Za-z]?\b"
            r"|(?P<street>(?i:kolana|kolanê|cadeya)[ ]\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?))")
_KU_ADDRESS = regex.compile(rf"\b{_KU_PART}(?:,?[ ]{_KU_PART})*")
_KU_ONE_PART = regex.compile(rf"\b{_KU_PART}")
_KU_OWN_PART = regex.compile(r"(?i)\b(?:kon|konê|kona|xanî|xaniyê|xaniya|kolana|kolanê|avahî|avahiya|karavan|konteyner)\b")
# Names: after a title, a kin word, a form's label, or said ("Birêz Kawa", "Birayê min Şervan", "Jina wî: Nesrîn
# Mihemed", "Navê min Rojda ye")
_KU_CAPS = r"\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,2}"
#: a sentence's small words a capital may open, never a name's ("Birêz Kawa Li ...")
_KU_NOT_NAME = frozenset("Li Ji Bi Di Ew Em Ez Tu Hûn Ev Ku Û Jî Ya Yê Spas Silav Roja Sala".split())
_KU_NAMES = [
    regex.compile(rf"\b(?P<title>Birêz|birêz|Rêzdar|rêzdar|Xanim|Xatûn|Mamoste|mamoste)[ ](?P<name>{_KU_CAPS})"),
    regex.compile(r"\b(?i:birayê|bira|xwişka|xwîşka|diya|dayika|bavê|jina|mêrê|kurê|keça|qîza|zaroka|zarokê|apê|mamê|"
                  r"xaltiya|neviyê|neviya|hevjîna|hevjînê)[ ](?:min|te|wî|wê|me|we|wan|xwe)[ \t]*[,:]?[ \t]*"
                  rf"(?P<name>{_KU_CAPS})"),
    regex.compile(r"(?m)(?:^|(?<=[\n,;{\"]))[ \t\"]*(?i:nav[ ]û[ ]paşnav|navê[ ]temam|navê[ ]tevahî|paşnav|navê[ ]bav|"
                  r"navê[ ]bavê|navê[ ]dayikê|navê[ ]diya|navê[ ]nexweş|nexweş|serokê[ ]malbatê|navê[ ]serokê[ ]malbatê|"
                  rf"navê[ ]zarokê)[\"]?[ \t]*:[ \t\"]*(?P<name>{_KU_CAPS})"),
    regex.compile(rf"\b(?i:navê[ ](?:min|wî|wê|te))[ ](?P<name>{_KU_CAPS})[ ](?:e|ye|bû)\b"),
]
_KU_ID = regex.compile(r"\b(?i:hejmara[ ]nasnameyê|hejmara[ ]nasnameya|nasname|hejmara[ ]pasaportê|hejmara[ ]qeydê|"
                       rf"hejmara[ ]kartê|hejmara[ ]qertê|hejmara[ ]karmend)[ \t]*:?[ \t]*{_ID_VALUE}")
_KU_PLACE_FIELD = regex.compile(r"(?m)(?:^|(?<=\n))[ \t]*(?i:cihê[ ]jidayikbûnê|cihê[ ]jidayikbûna|gund|bajar|navçe|"
                                r"parêzgeh|welat|kamp)[ \t]*:[ \t]*(?P<place>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?)")


def _given(word: str) -> bool:
    return word in _GIVEN


def _name_ok(words: list[str], stop: frozenset[str] = _NOT_NAME) -> bool:
    """Whether the words can be a name (or with `stop=_NOT_PLACE` a place's): letters only, none a sentence's,
    a role's or a form's word, none a noun made definite or a verb ("ڕەچەتەکە", "دەچێت")."""
    return bool(words) and all(
        w in _GIVEN or len(w) >= 2 and w not in stop and LETTERS.fullmatch(w) is not None
        and not w.endswith(_NOT_NAME_ENDINGS) and not (w.startswith("دە") and len(w) > 3)
        for w in words
    )


def _name_at(text: str, start: int, most: int = 3, stop: frozenset[str] = _NOT_NAME, trim: bool = True) -> tuple[int, int] | None:
    """The run of name words opening text at `start` ("کاوە" of "کاوە، نۆرەی"), up to `most`, or None."""
    match = _WORDS.match(text, start)
    if not match:
        return None
    words = match.group().split(" ")
    kept = 0
    while kept < min(len(words), most) and _name_ok([words[kept]], stop):
        kept += 1
    # where a word of the sentence goes on after them, the name's last words are known given names
    # ("کاک ئازاد سڵاوی هەیە": "ئازاد"); where a stop ends them, they are all of it ("بەڕێز هێمن بەرزنجی،")
    while trim and 1 < kept < len(words) and words[kept - 1] not in _GIVEN:
        kept -= 1
    return (start, start + len(" ".join(words[:kept]))) if kept else None


def _name_before(text: str, end: int) -> tuple[tuple[int, int] | None, bool]:
    """The name words just before `end` ("ژینۆ عومەر" of "ژینۆ عومەر تەمەنی"), and whether they open a line."""
    before = _WORDS_BEFORE.search(text, max(0, end - 80), end)
    if before is None:
        return None, False
    words = before.group("name").split(" ")
    dropped = 0
    while words and not _name_ok(words):
        words, dropped = words[1:], dropped + 1
    if not words:
        return None, False
    start = before.end("name") - len(" ".join(words))
    # the copula glued to the name's last word is no part of it ("عومەر عەبدوڵڵایە، تەمەنی ٧٨")
    tail = next((t for t in ("یە", "ە") if words[-1] not in _GIVEN and words[-1][:-len(t)] in _GIVEN
                 and words[-1].endswith(t)), "")
    return (start, before.end("name") - len(tail)), before.group("line") is not None and not dropped


@RECOGNIZERS.register("KurdishRecognizer")
class KurdishRecognizer(OwnRecognizer):
    """PERSON, TITLE, AGE, DATE_TIME, LOCATION, ADDRESS and ID_NUMBER in Kurdish text."""

    ENTITIES = ["PERSON", "TITLE", "AGE", "DATE_TIME", "LOCATION", "ADDRESS", "ID_NUMBER"]

    def analyze(self, text, entities, nlp_artifacts=None):
        if not _ANY.search(text) and not any(cue in text for cue in _ASCII_CUES):
            return []
        found = []
        if _SORANI.search(text):
            found += self._sorani(text.translate(_FOLD))
        if (_KU_LETTER.search(text) or any(cue in text for cue in _ASCII_CUES)) and _KURMANJI_CUE.search(text):
            found += self._kurmanji(text)
        # one finding per type and span (a place both listed and after its kind's word: "پارێزگای هەولێر"), and no
        # place inside a longer one ("Domîz" of "kampa Domîz 2")
        places = [(r.start, r.end) for r in found if r.entity_type == "LOCATION"]
        return list({(r.entity_type, r.start, r.end): r for r in found
                     if r.entity_type != "LOCATION" or not any(a <= r.start and r.end <= b and b - a > r.end - r.start
                                                               for a, b in places)}.values())

    def _result(self, entity: str, start: int, end: int, why: str):
        return make_result(self, entity, start, end, SCORE, why)

    # Sorani

    def _sorani(self, text: str) -> list:
        out = self._so_names(text) + self._so_ages(text) + self._so_dates(text) + self._so_places(text)
        for match in _SO_FIELD.finditer(text):
            kind = _KIND_OF[regex.sub(r"[ _\u200c]", "", match.group("label"))]
            out += self._so_value(text, kind, *match.span("value"))
        for match in _SO_ID.finditer(text):
            if sum(c.isdigit() for c in match.group("value")) >= 4:
                out.append(self._result("ID_NUMBER", *match.span("value"), "an id after its label"))
        return out

    def _so_value(self, text: str, kind: str, start: int, end: int) -> list:
        """The findings in a form's labelled value, by its label's kind."""
        if kind == "PERSON":
            title = _TITLE_AT.match(text, start, end)
            out = [self._result("TITLE", start, title.end() - (text[title.end() - 1] == " "), "a form's label")] if title else []
            span = _name_at(text, title.end() if title else start, most=5, trim=False)  # (a label's value is all name)
            return [*out, self._result("PERSON", *span, "a form's label")] if span and span[1] <= end else []
        out = [self._result("ADDRESS", *m.span(), "a form's label") for m in _SO_ADDRESS.finditer(text, start, end)]
        streets = [(r.start, r.end) for r in out]
        at = start
        for cut in [*(m.start() for m in _PART_END.finditer(text, start, end)), end]:
            a, b, at = at, cut, cut + 1
            a = _KIND_AT.match(text, a + len(text[a:b]) - len(text[a:b].lstrip())).end()
            while b > a and text[b - 1] in " \t":
                b -= 1
            words = text[a:b].split(" ")
            if not any(s <= a < e for s, e in streets) and 1 <= len(words) <= 3 and _name_ok(words, _NOT_PLACE):
                out.append(self._result("LOCATION", a, b, "a form's label"))
        return out

    def _so_names(self, text: str) -> list:
        out = []
        for pattern, needs_given in _NAME_CUES:
            for match in pattern.finditer(text):
                span = _name_at(text, match.end())
                if span is None:
                    continue
                words = text[slice(*span)].split(" ")
                closed = _CLOSED.match(text, span[1])
                if needs_given and not _given(words[0]) and not (match.groupdict().get("comma") and match.group("own")
                                                                 and closed):
                    continue  # (between commas a kin word's apposition is a name: "دایکی، شنۆ جەمال،"; "ژن، ..." a list)
                if match.groupdict().get("title"):
                    out.append(self._result("TITLE", *match.span("title"), "a courtesy title"))
                out.append(self._result("PERSON", *span, "a name by the words around it"))
        for match in _LIST_ITEM.finditer(text):
            words = match.group("name").split(" ")
            if _name_ok(words) and any(map(_given, words)):
                out.append(self._result("PERSON", *match.span("name"), "a list's person"))
        for match in _SUBJECT.finditer(text):
            words = match.group("name").split(" ")
            if _name_ok(words) and _given(words[0]) and (len(words) > 1 or words[0] not in _GIVEN_WORDS
                                                          or match.group("next") in _PAST and words[0] not in _MASS):
                out.append(self._result("PERSON", *match.span("name"), "a name opening a sentence"))
        for match in _DEAR.finditer(text):
            span = _name_at(text, match.start(), most=2)
            if span and _given(text[span[0]:span[1]].split(" ")[0]):
                out.append(self._result("PERSON", *span, "a name before 'dear'"))
        for match in _NAMED.finditer(text):
            words = match.group("words").split()
            cut = 2 if words[-1].endswith("یە") else 1 if words[-1].endswith("ە") else 0
            words[-1] = words[-1][:len(words[-1]) - cut]
            kept = []
            for word in reversed(words):
                if len(kept) == 3 or not _name_ok([word]):
                    break
                kept.insert(0, word)
            if cut and any(map(_given, kept)):
                end = match.end() - cut
                out.append(self._result("PERSON", end - len(" ".join(kept)), end, "a name said"))
        return out + self._so_known_names(text)

    def _so_known_names(self, text: str) -> list:
        """Two known given names or more side by side, as Kurds write a name and their father's ("شنۆ جەمال",
        "ئارام جەلال مستەفا"), the copula maybe glued to the last ("عومەر عەبدوڵڵایە"); not two words alone
        ("هیوا ئازاد": hope, free)."""
        out, run = [], []  # (start, end, word, no copula glued) of the given names side by side so far
        for match in [*LETTERS.finditer(text), None]:
            word, end = (match.group(), match.end()) if match else ("", 0)
            if word and word not in _GIVEN:
                tail = next((t for t in ("یە", "ە") if word.endswith(t) and word[:-len(t)] in _GIVEN), "")
                word, end = (word[:-len(tail)], end - len(tail)) if tail else ("", end)
            if word and run and run[-1][3] and run[-1][1] + 1 == match.start() and text[run[-1][1]] == " ":
                run.append((match.start(), end, word, end == match.end()))
                continue
            if len(run) >= 2 and any(w not in _GIVEN_WORDS for _, _, w, _ in run):
                out.append(self._result("PERSON", run[0][0], run[-1][1], "known given names side by side"))
            run = [(match.start(), end, word, end == match.end())] if word else []
        return out

    def _so_ages(self, text: str) -> list:
        out = [self._result("AGE", *m.span("age"), "an age by its word") for m in _AGE.finditer(text)
               if 0 < int(m.group("age")) < 125]
        for match in _AGE_AFTER_NAME.finditer(text):
            span, opens = _name_before(text, match.start())
            if span and 0 < int(match.group("age")) < 125 and (opens or any(map(_given, text[slice(*span)].split(" ")))):
                out.append(self._result("PERSON", *span, "a name with the age after it"))
                out.append(self._result("AGE", *match.span("age"), "an age after a name"))
        for match in _AGE_WORD.finditer(text):  # "ژینۆ عومەر تەمەنی ١٩ ساڵە"
            span, opens = _name_before(text, match.start())
            words = text[slice(*span)].split(" ") if span else []
            if words and (opens and len(words) > 1 or any(map(_given, words))):
                out.append(self._result("PERSON", *span, "a name before its age"))
        return out

    def _so_dates(self, text: str) -> list:
        out = []
        for match in _SO_DATE.finditer(text):
            day, mon, year = match.group("day"), match.group("mon"), match.group("year")
            clock = match.group("clock") or ""
            if day and not 0 < int(day) <= 31 or mon and not 0 < int(mon) <= 12 or year and not _year_ok(int(year)):
                continue
            if match.group("month") and not (match.group("ez") or year or match.group("weekday")):
                continue  # "٥ ئازار": five pains
            if match.group("sep") and year.isascii() and "کاتژمێر" not in clock and "سەعات" not in clock:
                continue  # ("2024-05-14 11:02:41" is every language's, read by the date recognizers)
            out.append(self._result("DATE_TIME", *match.span(), "a date in Sorani"))
        out += [self._result("DATE_TIME", *m.span(), "a weekday and its hour") for m in _SO_WEEKDAY_CLOCK.finditer(text)]
        out += [self._result("DATE_TIME", *m.span("year"), "a year of birth") for m in _BIRTH_YEAR.finditer(text)
                if _year_ok(int(m.group("year")))]
        return out

    def _so_places(self, text: str) -> list:
        out = [self._result("LOCATION", *m.span(), "a Kurdish place's name") for m in _SO_PLACE.finditer(text)]
        for match in _SO_BY_KIND.finditer(text):
            if _name_ok([match.group("place")], _NOT_PLACE):
                end = match.end("number") if match.group("number") else match.end("place")
                out.append(self._result("LOCATION", match.start("place"), end, "a place by its kind's word"))
        for match in _SO_ADDRESS.finditer(text):
            lone = not any(c in match.group() for c in "،,-")
            if lone and (match.group().startswith("نهۆمی") or match.group("street")
                         and not _name_ok([match.group("street")], _NOT_PLACE)):
                continue  # "نهۆمی ٣": a floor alone; "شەقامی سەرەکی": the main street
            out.append(self._result("ADDRESS", *match.span(), "a house and its lane"))
        return out

    # Kurmanji

    def _kurmanji(self, text: str) -> list:
        out = [self._result("AGE", *m.span("age"), "a Kurmanji age") for m in _KU_AGE.finditer(text)
               if 0 < int(m.group("age")) < 125]
        for match in _KU_DATE.finditer(text):
            day, year = match.group("day"), match.group("year")
            if day and not (0 < int(day) <= 31 and (match.group("ez") or year or match.group("weekday"))) \
                    or year and not _year_ok(int(year)):
                continue  # "12 Adar": a Hebrew month's too, a date with its year or "12ê" only
            out.append(self._result("DATE_TIME", *match.span(), "a Kurmanji date"))
        out += [self._result("LOCATION", *m.span("place"), "a place by its kind's word") for m in _KU_BY_KIND.finditer(text)]
        out += [self._result("LOCATION", *m.span(), "a Kurdish place's name") for m in _KU_PLACE.finditer(text)]
        out += [self._result("LOCATION", *m.span("place"), "a form's label") for m in _KU_PLACE_FIELD.finditer(text)]
        out += [self._result("ADDRESS", *m.span(), "a tent and its block") for m in _KU_ADDRESS.finditer(text)
                if _KU_OWN_PART.search(m.group()) and (m.captures("street") or len(_KU_ONE_PART.findall(m.group())) > 1)]
        for pattern in _KU_NAMES:
            for match in pattern.finditer(text):
                words = match.group("name").split(" ")
                while words and words[-1] in _KU_NOT_NAME:
                    words.pop()
                if not words or words[0] in _KU_NOT_NAME:
                    continue
                if "title" in pattern.groupindex:
                    out.append(self._result("TITLE", *match.span("title"), "a courtesy title"))
                start = match.start("name")
                out.append(self._result("PERSON", start, start + len(" ".join(words)), "a name by the words around it"))
        out += [self._result("ID_NUMBER", *m.span("value"), "an id after its label") for m in _KU_ID.finditer(text)
                if sum(c.isdigit() for c in m.group("value")) >= 4]
        return out


def _year_ok(year: int) -> bool:
    """A year of the Gregorian, the solar hijri or the Kurdish calendar ("٢٠٢٤", "١٤٠٣", "٢٧٢٤")."""
    return 1900 <= year < 2100 or 1300 <= year < 1500 or 2600 <= year < 2800

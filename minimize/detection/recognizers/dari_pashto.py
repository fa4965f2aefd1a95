"""Names, ages, dates, places and ids written in Dari and Pashto, and their romanized forms.

Afghan forms and letters date by the solar hijri calendar with its own month names ("۱۸ حمل ۱۴۰۴"),
write digits in Persian ("۱۳۷۰/۰۵/۱۲"), and label a person's surname and father's name apart
("تخلص", "نام پدر", "د پلار نوم"). What marks personal data is the label or the word around it.
Texts without Arabic script or these romanized cues cost one search.
"""
from __future__ import annotations

import regex

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.arabic_script import ALONE, DELIMITERS, LETTER, LETTERS, WORD, alternation, labelled_cells
from minimize.detection.recognizers.base import OwnRecognizer

_ANY = regex.compile(r"\p{Arabic}")
SCORE = 0.9  # above NER's 0.85: the English model's reading of this script is noise
# the same letter typed from an Arabic, a Persian or a Pashto keyboard ("حاجي", "حاجی"; "ننګرهار", "ننگرهار")
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ګ": "گ", "ة": "ه", "\u200c": ""})


def _fold(word: str) -> str:
    return word.translate(_FOLD)


def _set(words: str) -> frozenset[str]:
    return frozenset(_fold(w) for w in words.split())


# Afghan given names (and the parts compound names are made of: "گل", "شاه"), read only where the words
# around say a name may stand: after a relative ("پسرش امید"), before a verb of saying ("لیلا می‌گوید"), before
# "جان" ("زهره جان")
_GIVEN = _set(
    "احمد محمد محمود مصطفی علی حسن حسین نوید امید جاوید فرید فرهاد فواد همایون سهراب رستم بهرام جمشید شاه نادر ناصر "
    "نصیر نسیم نجیب حمید رحیم کریم عزیز حبیب وحید سعید رشید مجید ولی نور گل خان اجمل اکمل اشرف اسد اسماعیل ابراهیم "
    "یوسف یونس یعقوب ادریس الیاس عیسی موسی داود داوود سلیمان زبیر زلمی زمری میرویس عارف عادل عمر عثمان طارق طاهر ظاهر "
    "صابر صادق صدیق صمد ضیا فضل فیض قادر قدیر کبیر لطیف مجیب منصور مسعود مراد نبی نعیم هارون هاشم یحیی بلال بشیر بصیر "
    "پرویز تمیم جلال جمیل حکمت خالد خلیل رامین رحمت رضا زکریا سمیع شفیق شکیب شریف شمس صفی عطا فاروق فهیم قاسم کامران "
    "مختار مهدی میلاد نعمت هدایت ولید یاسین فرزاد فرشید امین امان انور ایمل بریالی توریالی خوشحال میوند گلاب محب "
    "مرسل وحیدالله اسدالله غلام سید حاجی "
    "زهره مریم فاطمه لیلا لیلی ملالی ملالۍ ملاله زرغونه پلوشه شیرین شېرین فرشته فریبا فرزانه فریده نرگس گلالی گلالۍ "
    "مکۍ هما حمیرا رحیمه کریمه عزیزه نسرین نازنین نازیه ناهید نادیه نجیبه نیلوفر پروین پریسا ثریا جمیله حلیمه خدیجه "
    "رابعه رقیه زینب زلیخا سارا ساره سمیرا سیما شبنم شکریه شهلا صبا صدیقه طاهره عایشه فوزیه فهیمه لطیفه مرجان منیژه "
    "مینا مژگان مژده ندا نسیمه نفیسه هلاله وحیده یاسمین یلدا روشنا رخسار ستوری سپوږمۍ ناجیه نوریه گلناز ماریا آرزو"
)
#: given names' parts that alone are words (flower, king, lord): a name only with another part
_NAME_PARTS = _set("گل شاه خان سید غلام حاجی")
# Compound names Afghans give: "عبدالرحیم", "نجیب الله", "حمیدالله", "نصیرالدین"; never a phrase of prayer
_COMPOUND = regex.compile(rf"(?:عبد[ ]?ال{LETTER}{{2,}}|(?P<stem>{LETTER}{{2,}})[ \u200c]?(?:الله|الدین))", regex.V1)
_NOT_STEMS = _set("بسم سبحان شاء شا ان انشا انشاء ماشا ماشاء استغفر الحمد حمد رسول کلام بیت حزب لا اله الا ذکر امر به "
                  "خدا فی في امور علوم اصول")
# Words no name holds: the small words, pronouns and verbs of a sentence, kin and common nouns, a form's answers
_NOT_NAME = _set(
    # Dari
    "و در به از با که را برای تا این آن او وی ایشان من ما تو شما آنها اینها یا هم نیز اما ولی اگر چون چه چی هر همه هیچ "
    "یک دو سه چهار پنج شش هفت هشت نه ده بر بی پس پیش بعد قبل روی زیر نزد نزدیک مانند مثل خود خودش خودم همین همان "
    "کدام کجا کی چرا چطور است هست نیست بود بودند شد شده شود شوند می نمی باشد باید شاید خیلی بسیار فقط حتی دیگر دیگری "
    "اینجا آنجا امروز فردا دیروز حالا اکنون هنوز همچنان گفت گفته گفتند کرد کرده کردند کند کنند دارد دارند داشت داشته "
    "آمد آمده رفت رفته خواست خواهد نوشت داد داده گرفت گرفته رسید ماند صاحب عالی گرامی محترم محترمه ها های "
    "مربوط مربوطه فعلی اصلی دایمی قبلی جدید بزرگ کوچک خورد اول دوم سوم متخصص معالج "
    # Pashto
    "د په له ته کې کښې څخه سره او چې یې یي دی ده دي وو وه شو شوه شوی شوې کړ کړه کړی کړې کوي لري لرم غواړي وايي "
    "وویل ویل هغه هغې هغوی دوی دا دې دغه دغې کوم زه موږ مونږ تاسو خپل خپله خپلې نه ټول ټولو یو یوه دوه درې ډېر ډیر لږ بیا اوس نن "
    "سبا پرون مخکې وروسته اړه باندې لپاره "
    # people by their role or kin, bodies, and a form's words
    "دفتر اداره وزارت دولت حکومت پولیس شرکت بانک سازمان موسسه کمیسیون ملل یوناما طالبان مقامات منابع گزارش رپوټ "
    "سخنگو ویاند مسئول مسئولین رئیس ریس والی وزیر مدیر آمر قاضی محکمه سفارت قونسلگری کنسولگری مرکز بخش شعبه تیم "
    "کمیته شورا جرگه مردم خلک خانواده کورنۍ کودک کودکان طفل اطفال ماشوم ماشومان مرد زن زنان ښځه ښځې سړی نجلۍ هلک "
    "پسر دختر برادر خواهر پدر مادر همسر شوهر ورور خور زوی لور پلار مور مېړه میړه بچه جوان مشتری مشتریان کاربر "
    "کاربران همکار همکاران دوست دوستان هموطن هموطنان مراجعین شهروند شهروندان استاد شاگرد محصل خواننده والدین مخاطب "
    "خوانندگان شنوندگان بینندگان عزیزان مسافرین عضو اعضا مسافر مسافران بیمار مریض ناروغ داکتر دکتر وکیل ترجمان "
    "مترجم کارمند کارمندان مامور معلم ښوونکی خبرنگار "
    "ثبت نشده ندارد نامعلوم معلوم نامشخص مشخص موجود خالی ناشناس نشته شته بلی نخیر هو "
    "روز ماه سال ساعت تاریخ نېټه نیټه ورځ میاشت کال شماره نمبر شمېره تلفن تلیفون ایمیل آدرس پته ولایت ولسوالی شهر "
    "کشور قریه کلی ویزه پاسپورت پاسپورټ تذکره فورم درخواست مصاحبه جلسه ملاقات ایمیل واتساپ موبایل مبایل"
)
#: ... a place's name may hold a number's word ("چهار آسیاب", "ده سبز", "کارته سه")
_NOT_PLACE = _NOT_NAME - _set("یک دو سه چهار پنج شش هفت هشت نه ده")
_KIN_WORDS = ("پسرش پسرم پسر دخترش دخترم دختر برادرش برادرم برادر خواهرش خواهرم خواهر همسرش همسرم شوهرش شوهرم "
              "خانمش مادرش مادرم پدرش پدرم کاکایش ماما ورور خور زوی لور مېړه میړه ښځه پلار مور")
_KIN = alternation(_KIN_WORDS.split())
_NOT_NAME |= _set(_KIN_WORDS)
_SAYS = alternation(["می‌گوید", "میگوید", "می گوید", "گفت", "گفته است", "می‌خواهد", "میخواهد", "وايي", "وایي", "وایی",
                     "وويل", "وویل", "ویلي", "غواړي", "غواړی", "وغوښتل"])
# Courtesy titles, reported apart ("ښاغلی حمیدالله زاخیل"); a pilgrim's "حاجي" is part of the name ("حاجي نور")
_TITLE = alternation(["آقای", "خانم", "ښاغلی", "ښاغلي", "ښاغلے", "میرمن", "مېرمن", "محترم", "محترمه", "جناب", "داکتر", "دکتر",
                      "ډاکټر", "ډاکتر", "انجنیر", "انجینیر", "پوهاند", "پوهنوال", "مولوی", "مولوي", "الحاج"])
_TITLE_IN_NAME = alternation(["حاجی", "حاجي"])
_NAME_RUN = rf"(?:(?:{_TITLE_IN_NAME})[ ])?{WORD}(?:[ ]{WORD}){{0,3}}"

# Months: the solar hijri ones as Afghans name them in Dari and Pashto ("۱۸ حمل ۱۴۰۴", "د سلواغې په ۱۰مه"),
# the Gregorian ones as Dari and Pashto write them ("۱۵ اپرېل ۲۰۲۵")
_MONTHS = ("حمل ثور جوزا جوزاء سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت "
           "وری غویی غوایی غبرگولی چنگاښ زمری وږی تله تلې لړم لیندۍ لیندی مرغومی سلواغه سلواغې کب "
           "جنوری فبروری مارچ اپریل اپرېل می مئی جون جولای جولائی اگست آگست سپتمبر سپتامبر اکتوبر اکتبر نومبر نوامبر "
           "دسمبر دیسمبر").split()
#: months that are everyday words too (transport, amount, scorpion, trap, fish, lion...): a date only with its year
#: or after a weekday or a date's word ("۵ میزان" is "5 amounts", "روز ۵ میزان" a day)
_WORD_MONTHS = _set("حمل ثور سرطان اسد میزان عقرب قوس جدی تله کب زمری وږی می")
_MONTH_WORD_BEFORE = regex.compile(r"(?:ماه|برج|میاشت|میاشتې|روز|تاریخ|نېټه|نیټه)[ ]$")
_WEEKDAY = (r"(?:(?:یک|دو|سه|چهار|چار|پنج)[ \u200c]?)?شنبه|جمعه|اتوار")
_CLOCK_WORD = r"(?:د[ ])?(?:ساعت|سهار|صبح|سحر|چاشت|ظهر|غرمه|عصر|ماسپښین|مازدیګر|مازدیگر|شام|ماښام|شب|شپه)"
_HOUR_WORD = ("یک یو دو دوه سه درې چهار څلور پنج پنځه شش شپږ هفت اوه هشت اته نه نهه ده لس یازده یوولس دوازده "
              "دوولس").split()
_HOUR = rf"(?:\d{{1,2}}(?::\d\d)?|{alternation(_HOUR_WORD)})"
_CLOCK_AFTER = "(?:" + alternation(["بجه", "بجې", "بجو", "صبح", "قبل از ظهر", "بعد از ظهر", "ظهر", "عصر", "شام", "شب",
                                    "د سهار", "د ماښام", "سهار", "غرمه", "ماښام", "شپه"]) + ")"
# "ساعت ده صبح", "سهار ۸:۳۰", "۱۰ بجې", "۱۰:۳۰"
_CLOCK = rf"(?:{_CLOCK_WORD}[ ]{_HOUR}(?:[ ]{_CLOCK_AFTER})?|\d{{1,2}}(?::\d\d)?[ ]{_CLOCK_AFTER}|\d{{1,2}}:\d\d)"
_DATE = regex.compile(
    rf"{ALONE[0]}(?:(?P<weekday>{_WEEKDAY})[،,]?[ ](?:(?:د[ ])?(?:روز|ورځ|ورځې)[ ])?)?"
    rf"(?:(?P<day>\d{{1,2}})(?:ام|م|مه)?[ ](?P<month>{alternation(_MONTHS)})(?:[ ](?:سال[ ])?(?P<year>\d{{4}}))?"
    rf"|(?P<month>{alternation(_MONTHS)})[ ](?:سال[ ])?(?P<year>\d{{4}})"
    # Pashto: "۱۴۰۳ کال د سلواغې په ۱۰مه", "د حمل په ۱۸مه"
    rf"|(?:(?P<year>\d{{4}})[ ]کال[ ]د[ ])?(?P<month>{alternation(_MONTHS)})[ ]په[ ](?P<day>\d{{1,2}})(?:مه|م|ه)?"
    # the digits alone in Persian, in either order, the year solar or Gregorian: "۱۳۷۰/۰۵/۱۲", "۱۲/۰۵/۱۹۸۸" (Latin digits
    # are the date recognizers' of every language: "2024-05-14 11:02:41" keeps its seconds)
    r"|(?<![\d/.\-])(?P<year>[۰-۹٠-٩]{4})(?P<sep>[/.\-])(?P<mon>[۰-۹٠-٩]{1,2})(?P=sep)(?P<day>[۰-۹٠-٩]{1,2})(?![\d/.\-])"
    r"|(?<![\d/.\-])(?P<day>[۰-۹٠-٩]{1,2})(?P<sep>[/.\-])(?P<mon>[۰-۹٠-٩]{1,2})(?P=sep)(?P<year>[۰-۹٠-٩]{4})(?![\d/.\-]))"
    rf"(?P<clock>[،,]?[ ]{_CLOCK})?{ALONE[1]}",
    regex.V1,
)
# the electronic tazkira's number: the year it was issued, four digits, five ("1399-0203-18745", "۱۴۰۰-۰۱۰۳-۲۲۹۸۱")
_TAZKIRA = regex.compile(r"(?<![\d\-])(?P<year>\d{4})-\d{4}-\d{5}(?![\d\-])")

# Ages: the number before "-year-old" ("۵۲ ساله", "۴۵ کلن"), or before "years" with a verb of having or being
# ("۸ سال دارد", "۳۶ کاله یم"), or after the label ("عمر: ۳۶")
_AGE = regex.compile(
    rf"(?<![\d.,/:\-])(?P<age>\d{{1,3}})[ ]?(?:ساله|کلن|کلنه|کلنې|کلنی){ALONE[1]}"
    rf"|(?<![\d.,/:\-])(?P<age>\d{{1,3}})[ ](?:سال|کاله)(?:[ ](?:عمر|سن))?[ ]"
    rf"(?:دارد|داشت|دارم|داری|داشتم|داشته|یم|لري|لرم|لرې){ALONE[1]}"  # (not "است": "۳ سال است که" is "for 3 years")
    rf"|(?<![\d.,/:\-])(?P<age>\d{{1,3}})[ ]سالش{ALONE[1]}"
    rf"|{ALONE[0]}(?:عمر|عمرش|سن|سنش)[ ](?P<age>\d{{1,3}})[ ](?:سال|کاله){ALONE[1]}",  # "عمرش ۳۵ سال است"
    regex.V1,
)
#: words before the number that make "N ساله" a plan's, a contract's or a war's years, no one's age
_NOT_AGED = _set("برنامه قرارداد طرح پلان دوره تجربه سابقه ضمانت گارانتی اقامت ویزه ویزای جنگ حکومت بورسیه کورس "
                 "تحصیلات پروژه قرض وام")

# Places: Afghanistan's 34 provinces and main towns in Dari and Pashto spelling, Kabul's quarters, the border
# crossings and the Pakistani, Iranian and Turkish towns Afghans name, and countries as Afghans spell them. Not
# "غور" (consideration) nor "وردک" (a family name too) alone: after "ولایت" only
_PLACES = (
    "بدخشان تخار بغلان کندز قندوز کندوز سمنگان بلخ جوزجان سرپل سر پل فاریاب بادغیس هرات فراه نیمروز هلمند کندهار قندهار "
    "زابل ارزگان اروزگان روزگان دایکندی غزنی غزني پکتیکا پکتیا خوست لوگر کابل کاپیسا پنجشیر پنجشېر بامیان پروان "
    "لغمان ننگرهار کنر کونړ کونر نورستان",
    # towns
    "مزارشریف شبرغان میمنه پلخمری تالقان ایبک چاریکار بازارک پارون اسعدآباد مهترلام گردیز گردېز شرنه ترینکوت "
    "چغچران زرنج قلات تورخم حیرتان هیرتان پغمان",
    # ... Pakistan's, Iran's and Turkey's
    "پېښور پیښور پشاور پیشاور کویټه کویته راولپنډۍ راولپندی کراچی لاهور مشهد زاهدان تهران اصفهان شیراز قم کرج "
    "استانبول انقره کایسری ازمیر",
    # countries
    "برازیل جرمنی جرمني المان آلمان امریکا آمریکا کانادا کاناډا انگلستان بریتانیا هالند سویدن ناروی دنمارک فرانسه "
    "اتریش سویس بلجیم فنلند آسترالیا استرالیا هندوستان ازبکستان تاجکستان ترکمنستان قزاقستان روسیه عربستان امارات "
    "دوبی ایران پاکستان افغانستان ترکیه یونان ایتالیا اسپانیا",
)
_PLACE_PHRASES = [
    "میدان وردک", "میدان وردگ", "مزار شریف", "پل خمری", "جلال آباد", "جلال اباد", "فیض آباد", "فیض اباد", "لشکر گاه",
    "لشکرگاه", "اسعد آباد", "میدان شهر", "پل علم", "قلعه نو", "سپین بولدک", "اسلام قلعه", "شیرخان بندر", "اسلام آباد",
    "اسلام اباد", "وزیر اکبر خان", "مکروریان", "خیرخانه", "خیر خانه", "دشت برچی", "تایمنی", "کوته سنگی", "پل سوخته",
    "دهمزنگ", "چهلستون", "دارالامان", "پل چرخی", "ایالات متحده", "عربستان سعودی", "محمود راقی",
]
_PLACE = regex.compile(
    rf"{ALONE[0]}(?:{alternation([w for group in _PLACES for w in group.split()] + _PLACE_PHRASES)}"
    rf"|کارته[ ](?:\d{{1,2}}|{WORD})){ALONE[1]}",  # Kabul's "کارته سه", "کارته پروان", "کارته ۴"
    regex.V1,
)
# a province's, a district's or a village's name by its kind's word: "ولایت بلخ", "ولسوالی پغمان",
# "د ننګرهار ولایت", "د سپین بولدک ولسوالۍ", "د حاجي اباد کلی", "قریه ده سبز"
_KIND = alternation(["ولایت", "ولسوالی", "ولسوالۍ", "ولسوالي"])
_BY_KIND = regex.compile(
    rf"{ALONE[0]}(?:(?:{_KIND}|قریه|قریهٔ|قریه‌ی)[ ](?P<place>{WORD}(?:[ ]{WORD})?)"
    rf"|د[ ](?P<place>{WORD}(?:[ ]{WORD})?)[ ](?:{_KIND}|کلی|کلي|ښار)){ALONE[1]}",
    regex.V1,
)
# A house, a lane, a road and their numbers: "کور ۱۴، کوڅه ۷", "سرک ششم، خانه ۲۱", "کوچه ۳، پلاک ۱۲"
_ORDINAL = alternation("اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم یازدهم دوازدهم لومړی دوهم دویم دریم څلورم پنځم شپږم "
                "اووم اتم لسم".split())
_HOUSE = alternation(["کور", "خانه", "منزل", "پلاک", "بلاک", "اپارتمان", "آپارتمان", "دوکان", "دکان"])
_STREET = alternation(["کوڅه", "کوچه", "کوچهٔ", "سرک", "سړک", "جاده", "گذر", "ناحیه", "حوزه", "خیابان", "بلوار"])
_NUMBER = rf"(?:(?:نمبر|شماره|شمېره|نمره)[ ])?(?:\d{{1,4}}(?:[/\-]\d{{1,3}})?|{_ORDINAL})"
_ADDRESS_PART = rf"(?:(?:{_HOUSE})[ ]{_NUMBER}|(?:{_STREET})[ ](?:{_NUMBER}|{WORD}))"
_ADDRESS = regex.compile(rf"{ALONE[0]}{_ADDRESS_PART}(?:[ ]?[،,][ ]?{_ADDRESS_PART})*{ALONE[1]}", regex.V1)
#: a lone part with these words is an address ("کوڅه ۷"); a lone "خانه ۲" may be "two houses"
_STREET_ALONE = regex.compile(rf"(?:{alternation(['کوڅه', 'کوچه', 'پلاک', 'ناحیه'])})[ ]{_NUMBER}$", regex.V1)

# A form's labels, and what their value is: "تخلص: حیدری", "د پلار نوم: عبدالقیوم", "عمر: ۳۶ کاله",
# "محل تولد: مزار شریف، ولایت بلخ", "اوسنۍ پته: کور ۱۴، کوڅه ۷، ترناب", "د تذکرې شمېره: ۱۴۰۰-۰۱۰۳-۲۲۹۸۱"
_LABELS = {
    "PERSON": ["نام", "اسم", "نام کامل", "نام و نام خانوادگی", "نام مکمل", "نام و تخلص", "نام خانوادگی", "تخلص",
               "نام پدر", "ولد", "ولدیت", "بنت", "نام پدرکلان", "نام پدر کلان", "نام مادر", "نام همسر", "نام شوهر", "همسر", "شوهر", "سرپرست خانواده",
               "سرپرست", "متقاضی", "درخواست کننده", "مراجعه کننده", "گیرنده", "فرستنده", "ارسال کننده", "تحویل گیرنده",
               "موکل", "شاهد", "ضامن", "نوم", "بشپړ نوم", "پوره نوم", "د پلار نوم", "د نیکه نوم", "د مور نوم",
               "د مېړه نوم", "د میړه نوم", "د ښځې نوم", "کورنی نوم", "غوښتونکی", "غوښتونکې", "مراجعه کوونکی",
               "مراجعه کوونکې", "ترلاسه کوونکی", "لېږونکی", "مېړه", "میړه"],
    "AGE": ["عمر", "سن", "سن و سال", "د عمر"],
    "LOCATION": ["محل تولد", "جای تولد", "زادگاه", "ولایت", "ولسوالی", "ولسوالۍ", "ولسوالي", "قریه", "د کلي نوم", "ښار",
                 "شهر", "کشور", "هېواد", "هیواد", "محل سکونت", "محل اقامت", "سکونت", "د زېږېدو ځای", "د زیږیدو ځای",
                 "د زیږېدو ځای", "زېږځای", "ځای", "مقصد", "کشور مقصد"],
    "ADDRESS": ["آدرس", "ادرس", "نشانی", "پته", "اوسنۍ پته", "دایمي پته", "اصلي پته", "د اوسېدو ځای", "استوګنځی",
                "استوگنځی"],
    "ID_NUMBER": ["تذکره", "نمبر تذکره", "شماره تذکره", "تذکره الکترونیکی", "د تذکرې شمېره", "د تذکرې نمبر",
                  "تذکرې شمېره", "شماره کارمند", "نمبر کارمند", "کود کارمند", "کد کارمند", "آی دی", "آیدی",
                  "نمبر کیملیک", "کیملیک", "نمبر ثبت", "شماره ثبت", "د ثبت شمېره", "د پي او ار کارت شمېره",
                  "کارت مهاجرت", "شماره پرونده", "نمبر پرونده", "د دوسیې شمېره"],
}
_KIND_OF = {_fold(label).replace(" ", ""): kind for kind, labels in _LABELS.items() for label in labels}
# (a place's or an address's label may say more before its colon: "محل سکونت فعلی:", "کشور مقصد پیشنهاد شده:";
# a name's may not: "نام شرکت:" is a company's, "نام کاربری:" a login's)
_FIELD = regex.compile(
    rf"{ALONE[0]}(?P<label>{alternation(l for labels in _LABELS.values() for l in labels)})(?P<more>(?:[ ]{WORD}){{0,3}}?)"
    r"[\"']?[ \t]*[:：][ \t]*[\"']?[ \t]*(?P<value>[^\n\"|:]*)",
    regex.V1,
)
_VALUE_END = regex.compile(r"[،,;؛.()\[\]{}]|\d|[ \t]{2,}")
_PART_END = regex.compile(r"[،,;؛.()]")  # between a place's or an address's parts
_KIND_WORD = regex.compile(rf"(?:{_KIND}|قریه|شهر|ښار|کلی)[ ]", regex.V1)  # "ولایت بلخ" -> "بلخ"
_TITLE_WORD = regex.compile(rf"(?:{_TITLE})[ ]", regex.V1)
_AGE_VALUE = regex.compile(r"\d{1,3}(?!\d)")
_TOKEN = regex.compile(r"\S+")
_ID_VALUE = regex.compile(r"[A-Za-z\d]+(?:[\-/ ][A-Za-z\d]+){0,4}")
_LATIN_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,3}")

_NAME_CUES = [
    # a courtesy title before the name ("ښاغلی حمیدالله زاخیل", "آقای عبدالله نوری")
    regex.compile(rf"{ALONE[0]}(?P<title>{_TITLE})[ ](?P<name>{_NAME_RUN})", regex.V1),
    # a relative before a name ("پسرش امید", "د هغې ورور اجمل", "مېړه عبدالرحیم")
    regex.compile(rf"{ALONE[0]}(?:{_KIN})[ ](?P<name>{_NAME_RUN})", regex.V1),
    # the subject of a verb of saying or wanting, opening a sentence ("لیلا می‌گوید", "ګل مکۍ وايي چې")
    regex.compile(rf"(?:^|(?<=[.!?؟\n][ \t]*))(?P<name>{WORD}(?:[ ]{WORD})?)[ ](?:{_SAYS}){ALONE[1]}", regex.V1 | regex.M),
    # "جان" after a given name ("زهره جان،")
    regex.compile(rf"(?:^|(?<=[.!?؟\n،,][ \t]*)|(?<=سلام[ ]))(?P<name>{WORD}(?:[ ]{WORD})?)[ ](?:جان|جانه|جانې){ALONE[1]}",
                  regex.V1 | regex.M),
    # whom to call at a number ("به نوید به شماره ۰۷۹۳۴۴۸۲۱۰ زنگ بزنید")
    regex.compile(rf"{ALONE[0]}(?:به|با)[ ](?P<name>{WORD}(?:[ ]{WORD})?)[ ](?:به|با)[ ](?:شماره|نمبر)", regex.V1),
    # one's own name said ("زما نوم احمد شاه دی", "نام من فرشته است", "اسمم نوید است")
    regex.compile(rf"{ALONE[0]}(?:زما[ ]نوم|نام[ ]من|اسم[ ]من|نامم|اسمم)[ ](?P<name>{WORD}(?:[ ]{WORD}){{0,2}})[ ]"
                  rf"(?:دی|ده|است|هست|می‌باشد){ALONE[1]}", regex.V1),
]
#: which of _NAME_CUES need the name to be a known given or compound name (the words around are weak alone)
_CUES_NEED_GIVEN = (False, True, True, True, True, False)
# a name opening a letter before "dear" ("فریبا صدیقی گرامی،")
_GREETED = regex.compile(rf"(?:^|(?<=\n|سلام[،,]?[ ]))(?P<name>{WORD}(?:[ ]{WORD}){{0,2}})[ ](?:گرامی|عزیز|ګرانه|گرانه)"
                         r"(?=[ \t]*[،,!\n])", regex.V1 | regex.M)
# an age in brackets after a name ("سهراب (۱۹ ساله)"), or after a comma and a name opening its line ("احمد شاه، ۳۵ ساله")
_AGE_AFTER_NAME = regex.compile(rf"(?<={LETTER})(?:[ ]?\((?P<age>\d{{1,3}})[ ](?:ساله|کلن|سال|کاله)\)"
                                rf"|(?P<comma>[،,])[ ]?(?P<age>\d{{1,3}})[ ](?:ساله|کلن|کلنه){ALONE[1]})", regex.V1)
# (read backwards from the age: up to three words, the first opening its line after a comma)
_WORDS_BEFORE = regex.compile(rf"(?r)(?P<line>^[ \t]*(?:[-*•][ \t]*)?)?(?P<name>{WORD}(?:[ ]{WORD}){{0,2}})$",
                              regex.V1 | regex.M)

# Romanized: "23 Hoot 1403", "panjshanbe, 23 Hoot 1403", "da April pa 3, Panjshanba, 10 baje", "45 kala",
# "kor 231, sarak 14, G-11/2", "Hajiabad kalay, kor 23"
#: what each romanized rule needs in the text (English text holds none of them, or only " 13" / " 14")
_LATIN_CUES = {"date": (" 13", " 14"), "pashto date": (" pa ",), "age": ("kala", "sala"), "address": ("kor ", "Kor ", "arak ", "alay")}
_LATIN_WEEKDAY = r"(?:yak|do|se|seh|chahar|char|panj)?sh[ae]n?mb?[ae]|(?:yak|do|se|seh|chahar|char|panj)?shanb[ae]|jum(?:m?a|ah)|itwar"
_LATIN_DATE = regex.compile(
    r"\b\d{1,2}[ ](?i:hamal|sawr|saur|jawza|jauza|saratan|asad|sunbula|sonbola|sumbula|"
    r"mizan|meezan|aqrab|qaws|qaus|jadi|jaddi|dalw|dalwa|hoot|hut|hout)[ ]1[34]\d\d\b"
)
_LATIN_WEEKDAY_BEFORE = regex.compile(rf"(?i)\b(?:{_LATIN_WEEKDAY}),?[ ]$")  # "panjshanbe, 23 Hoot 1403"
# Pashto: "da April pa 3", its weekday and the hour after ("..., Panjshanba, 10 baje")
_LATIN_PASHTO_DATE = regex.compile(
    r"\bda[ ](?:January|February|March|April|May|June|July|August|September|October|November|December)[ ]pa[ ]\d{1,2}\b"
    rf"(?i:(?:,?[ ](?:{_LATIN_WEEKDAY})\b)?(?:,?[ ]\d{{1,2}}(?::\d\d)?[ ]baj(?:e|ay|y)\b)?)"
)
_LATIN_AGE = regex.compile(r"\b(?P<age>\d{1,3})[ ](?:kala|kaala|kalan|kalana|sala|saala)\b"
                           r"(?![ ](?:makhke|mkhke|mokhke|wrande|warande|pakhwa|wrusta|pas|pesh|qabl|rasi|raasi|da[ ]mkhke))")
_LATIN_PART = r"(?:kor|khana|kocha|kucha|koocha|sarak|gozar|guzar|nahia|nahiya)[ ](?:no\.?[ ])?\d{1,4}[A-Za-z]?"
_LATIN_ADDRESS = regex.compile(
    rf"(?i:(?:\b(?-i:\p{{Lu}}\p{{Ll}}{{2,}}(?:[ ]\p{{Lu}}\p{{Ll}}{{2,}})?)[ ]kal[ae]y)(?:,[ ]{_LATIN_PART})+"
    rf"|\b{_LATIN_PART}(?:,[ ](?:{_LATIN_PART}|(?-i:[A-I]-\d{{1,2}}(?:/\d)?)))+)\b(?!/)"
)
_LATIN_VILLAGE = regex.compile(r"\b(?P<place>\p{Lu}\p{Ll}{2,}(?:[ ]\p{Lu}\p{Ll}{2,})?)[ ]kal[ae]y\b")


def _name_ok(words: list[str], given: bool = False, stop: frozenset[str] = _NOT_NAME) -> bool:
    """Whether the words can be a name (or with `stop=_NOT_PLACE` a place's): letters only, none a word of a
    sentence, a role or a form; with `given`, the first a known given name or part of a compound one
    ("عبدالرحیم", "نجیب الله")."""
    folded = [_fold(word) for word in words]
    if not folded or any(w in stop or len(w) < 2 or not LETTERS.fullmatch(word)
                         or w.startswith(("می", "نمی")) and "\u200c" in word  # a verb: "می‌گوید"
                         for w, word in zip(folded, words)):
        return False
    if given and len(folded) == 1 and folded[0] in _NAME_PARTS:
        return False  # "گل می‌گوید": a flower, unless a name's other part follows ("گل مکۍ")
    return not given or folded[0] in _GIVEN or _compound(" ".join(words))


def _compound(value: str) -> bool:
    match = _COMPOUND.search(value)
    return bool(match) and not (match.group("stem") and _fold(match.group("stem")) in _NOT_STEMS)


def _name_words(text: str, start: int, end: int, stop: frozenset[str] = _NOT_NAME) -> tuple[int, int] | None:
    """The run of name words opening text[start:end] ("عبدالله نوری" of "عبدالله نوری گفت"), or None."""
    kept = []
    for word in _TOKEN.finditer(text, start, end):
        if not _name_ok([word.group()], stop=stop):
            break
        kept.append(word)
    return (kept[0].start(), kept[-1].end()) if kept else None


@RECOGNIZERS.register("DariPashtoRecognizer")
class DariPashtoRecognizer(OwnRecognizer):
    """PERSON, TITLE, AGE, DATE_TIME, LOCATION, ADDRESS and ID_NUMBER in Dari and Pashto text."""

    ENTITIES = ["PERSON", "TITLE", "AGE", "DATE_TIME", "LOCATION", "ADDRESS", "ID_NUMBER"]

    def analyze(self, text, entities, nlp_artifacts=None):
        found = self._romanized(text)  # (each of its rules only where its cue is)
        if not _ANY.search(text):
            return found
        found += self._names(text) + self._dates(text) + self._ages(text) + self._places(text)
        found += [make_result(self, "ID_NUMBER", *m.span(), SCORE, "an electronic tazkira's number")
                  for m in _TAZKIRA.finditer(text) if 1300 <= int(m.group("year")) < 1500]
        for match in _FIELD.finditer(text):
            kind = _KIND_OF.get(_fold(match.group("label")).replace(" ", "").replace("_", ""))
            if kind is None or match.group("more") and kind not in ("LOCATION", "ADDRESS"):
                continue  # "نام شرکت:": a company's name, not a person's
            found += self._value(text, kind, *match.span("value"), "a form's label")
        found += self._table_cells(text)
        # one finding per type and span (a place both listed and labelled: "محل تولد: بلخ")
        return list({(r.entity_type, r.start, r.end): r for r in found}.values())

    def _value(self, text: str, kind: str, start: int, end: int, why: str) -> list:
        """The findings in a labelled value (a form's field or a table's cell), by its label's kind."""
        while start < end and text[start] in " \t":
            start += 1
        if kind == "PERSON":
            stop = _VALUE_END.search(text, start, end)
            end = stop.start() if stop else end
            value = text[start:end].rstrip()
            if latin := _LATIN_NAME.fullmatch(value):
                return [make_result(self, "PERSON", start, start + latin.end(), SCORE, why)]
            title = _TITLE_WORD.match(value)
            out = [make_result(self, "TITLE", start, start + title.end() - 1, SCORE, why)] if title else []
            first = start + (title.end() if title else 0)
            words = text[first:start + len(value)].split()
            if words and words[-1] in ("جان", "جانه"):
                words = words[:-1]  # "زهره جان": the name is "زهره"
            if words and len(words) <= 5 and _name_ok(words[1:] if _fold(words[0]) in ("حاجی",) else words):
                end = first + len(" ".join(words))
                return [*out, make_result(self, "PERSON", first, end, SCORE, why)]
            return []
        if kind == "AGE":
            age = _AGE_VALUE.match(text, start, end)
            return [make_result(self, "AGE", *age.span(), SCORE, why)] if age and 0 < int(age.group()) < 125 else []
        if kind == "ID_NUMBER":
            number = _ID_VALUE.match(text, start, end)
            if number and sum(c.isdigit() for c in number.group()) >= 4:
                return [make_result(self, "ID_NUMBER", start, number.end(), SCORE, why)]
            return []
        return self._place_parts(text, start, end, why)

    def _place_parts(self, text: str, start: int, end: int, why: str) -> list:
        """A place's or an address's value, part by part: the house and street parts are the address,
        the rest places without their kind's word ("مزار شریف، ولایت بلخ" -> "مزار شریف", "بلخ")."""
        out = []
        streets = [m.span() for m in _ADDRESS.finditer(text, start, end)]
        out += [make_result(self, "ADDRESS", a, b, SCORE, why) for a, b in streets]
        at = start
        for cut in [*(m.start() for m in _PART_END.finditer(text, start, end)), end]:
            a, b, at = at, cut, cut + 1
            while a < b and text[a] in " \t":
                a += 1
            while b > a and text[b - 1] in " \t":
                b -= 1
            if any(s <= a < e for s, e in streets):
                continue
            kind = _KIND_WORD.match(text, a, b)
            a = kind.end() if kind else a
            if 1 <= len(text[a:b].split()) <= 3 and _name_ok(text[a:b].split(), stop=_NOT_PLACE):
                out.append(make_result(self, "LOCATION", a, b, SCORE, why))
        return out

    def _names(self, text: str) -> list:
        out = []
        for pattern, given in zip(_NAME_CUES, _CUES_NEED_GIVEN):
            for match in pattern.finditer(text):
                span = _name_words(text, *match.span("name"))
                if span is None or given and not _name_ok(text[slice(*span)].split(), given=True):
                    continue
                if "title" in match.re.groupindex:
                    out.append(make_result(self, "TITLE", *match.span("title"), SCORE, "a courtesy title"))
                out.append(make_result(self, "PERSON", *span, SCORE, "a name by the words around it"))
        for match in _GREETED.finditer(text):
            if _name_ok(match.group("name").split()):
                out.append(make_result(self, "PERSON", *match.span("name"), SCORE, "a name greeted"))
        for match in _AGE_AFTER_NAME.finditer(text):
            before = _WORDS_BEFORE.search(text, max(0, match.start() - 60), match.start())
            if before is None or match.group("comma") and before.group("line") is None:
                continue  # "..., 35 ساله" inside a sentence: no name opening a record
            # (the name's words back from the bracket: "پسر بزرگ، سهراب (۱۹ ساله)" is "سهراب")
            words = before.group("name").split()
            while words and not _name_ok(words):
                words = words[1:]
            if words:
                out.append(make_result(self, "PERSON", match.start() - len(" ".join(words)), match.start(), SCORE,
                                       "a name with the age after it"))
                out.append(make_result(self, "AGE", *match.span("age"), SCORE, "an age after a name"))
        return out

    def _dates(self, text: str) -> list:
        out = []
        for match in _DATE.finditer(text):
            day, year = match.group("day"), match.group("year")
            month = match.group("month")
            if day and not 0 < int(day) <= 31 or year and not (1300 <= int(year) < 1500 or 1900 <= int(year) < 2100):
                continue
            if match.group("mon") and not 0 < int(match.group("mon")) <= 12:
                continue
            if month and _fold(month) in _WORD_MONTHS and not match.group("weekday") \
                    and not (day and (year or " په " in match.group())) \
                    and not _MONTH_WORD_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                continue  # "۵ میزان": five amounts, "سرطان ۱۴۰۲ مورد": 1402 cases of cancer; "برج سرطان ۱۴۰۲" a month
            out.append(make_result(self, "DATE_TIME", *match.span(), SCORE, "a date in Dari or Pashto"))
        return out

    def _ages(self, text: str) -> list:
        out = []
        for match in _AGE.finditer(text):
            before = text[max(0, match.start() - 20):match.start()].split()
            if before and _fold(before[-1]) in _NOT_AGED or not 0 < int(match.group("age")) < 125:
                continue  # "قرارداد ۵ ساله": a five-year contract
            out.append(make_result(self, "AGE", *match.span("age"), SCORE, "an age by its unit"))
        return out

    def _places(self, text: str) -> list:
        out = [make_result(self, "LOCATION", *m.span(), SCORE, "an Afghan place's name") for m in _PLACE.finditer(text)]
        for match in _BY_KIND.finditer(text):
            span = _name_words(text, *match.span("place"), stop=_NOT_PLACE)
            if span and " " in text[slice(*span)] and not text.startswith("د ", match.start()) \
                    and not _PLACE.fullmatch(text, *span) and _fold(text[span[0]:text.index(" ", span[0])]) not in _NOT_NAME:
                # "ولایت بلخ مسافرت": one word, unless a known place's two or a number's word first ("چهار آسیاب")
                span = (span[0], text.index(" ", span[0]))
            if span:
                out.append(make_result(self, "LOCATION", *span, SCORE, "a place by its kind's word"))
        for match in _ADDRESS.finditer(text):
            lone = "،" not in match.group() and "," not in match.group()
            if not lone or _STREET_ALONE.match(match.group()):
                out.append(make_result(self, "ADDRESS", *match.span(), SCORE, "a house and its street"))
        return out

    def _table_cells(self, text: str) -> list:
        """Cells under a header of these labels ("| نوم | د پلار نوم | عمر | ولایت |", "نام,تخلص,تاریخ تولد,ولایت")."""
        if "\n" not in text or not any(d in text for d in DELIMITERS):
            return []
        out = []
        for a, b, kind in labelled_cells(text, lambda cell: _KIND_OF.get(_fold(cell.strip("\"'")).replace(" ", "").replace("_", ""))):
            out += self._value(text, kind, a, b, "a table's column")
        return out

    def _romanized(self, text: str) -> list:
        out = []
        if any(cue in text for cue in _LATIN_CUES["date"]):
            for match in _LATIN_DATE.finditer(text):
                weekday = _LATIN_WEEKDAY_BEFORE.search(text, max(0, match.start() - 16), match.start())
                out.append(make_result(self, "DATE_TIME", weekday.start() if weekday else match.start(), match.end(), SCORE,
                                       "a romanized Dari or Pashto date"))
        if any(cue in text for cue in _LATIN_CUES["pashto date"]):
            out += [make_result(self, "DATE_TIME", *m.span(), SCORE, "a romanized Pashto date") for m in _LATIN_PASHTO_DATE.finditer(text)]
        if any(cue in text for cue in _LATIN_CUES["age"]):
            out += [make_result(self, "AGE", *m.span("age"), SCORE, "a romanized age") for m in _LATIN_AGE.finditer(text)]
        if not any(cue in text for cue in _LATIN_CUES["address"]):
            return out
        addresses = [m.span() for m in _LATIN_ADDRESS.finditer(text)]
        out += [make_result(self, "ADDRESS", a, b, SCORE, "a romanized house and street") for a, b in addresses]
        out += [make_result(self, "LOCATION", *m.span("place"), SCORE, "a romanized village") for m in _LATIN_VILLAGE.finditer(text)
                if not any(a <= m.start() < b for a, b in addresses)]
        return out

"""Names, ages, dates, places, addresses and ids written in Sindhi and Balochi, in Arabic script and romanized.

The English NER reads neither. What marks personal data is the word around it: a form's label ("نالو:",
"ڳوٺ:"), a courtesy title ("حاجي", "مائي", "واجہ"), a kin word ("منهنجي ڀاءُ اعجاز"), one's own name said
("منهنجو نالو ... آهي", "منی نام ... اِنت", "Mani naam ... int"), an age's word ("عمر 47 سال", "umr 42"), a
month's name ("10 سيپٽمبر 2024"), a place's kind ("ڪيٽي بندر", "ڳوٺ ڀٽي ۾").

Sindhi writes letters of its own (ڪ ڏ ڳ ٺ ڀ ٽ ڦ ڄ ڃ ٻ ڊ ڻ ڙ ڇ) that Urdu, Persian, Pashto and Arabic never
do; Balochi writes as Urdu does, so its rules run only where its own words are ("اِنت", the ezafe "ءِ", "واجہ").
Balochi glues a case ending to a name ("عبدالغفورءِ", "پنجگورءَ", "Dashta", "12 Marcha"): the span is the bare
name. An English text costs the script test, one scan for a day and a month ("12 Marcha", "Jumay 7 Feb") and a
few substring tests: each romanized rule runs only where its own cue word is ("naam", "umr", "'e ").
"""
from __future__ import annotations

import bisect

import regex

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.arabic_script import DELIMITERS, LETTER, WORD, labelled_cells
from minimize.detection.recognizers.base import OwnRecognizer

SCORE = 0.9  # above NER's 0.85: the English model's reading of this script is noise
_ANY = regex.compile(r"\p{Arabic}")
# Sindhi's own letters, its "in" and its copula ("آهي": Urdu writes "ہے")
_SINDHI = regex.compile(r"[ڪڏڳٺڀٽڦڄڃٻڊڻڙڇ۾]|آه(?:ي|يان|ن|يون)(?!\p{L})")
# Balochi's copula and ezafe, its "Mr" ("منی نام مرید بلوچ اِنت", "بوجیگءِ نمبر", "واجہ ...")
_BALOCHI = regex.compile(r"ءِ|ءَ|اِنت|واجہ|منی[ ]نام")  # (not a bare "انت": Arabic's "you")
# one letter as Sindhi, Urdu, Persian and Arabic keyboards type it ("حاجی", "حاجي"; "واجہ", "واجه"): the text is
# read folded, letter for letter, so spans stay where they were; Urdu's "ک" is Sindhi's "ڪ" in names and places
_FOLD = str.maketrans({"ی": "ي", "ى": "ي", "ے": "ي", "ۓ": "ئ", "ک": "ڪ", "ك": "ڪ", "ہ": "ه", "ھ": "ه", "ۂ": "ه",
                       "ۃ": "ه", "ة": "ه", "ٹ": "ٽ", "ڈ": "ڊ", "ڑ": "ڙ", "أ": "ا", "إ": "ا", "ٱ": "ا"})
_MARKS = regex.compile(r"[\p{Mn}\u200c\u0640]")  # vowel marks, the non-joiner, the tatweel
# a case ending glued to a name ("گوادرءِ", "پنجگورءَ", "ڪراچيءَ"): a hamza and its mark closing a longer word
_GLUED = regex.compile(r"(?<=\p{L}\p{Mn}*\p{L}\p{Mn}*)ء\p{Mn}*$")
_TOKEN = regex.compile(rf"{WORD}|۾", regex.V1)  # (Sindhi's "in" is a symbol of its own, no letter)
_ALONE_BEFORE = rf"(?<!{LETTER})"
_ALONE_AFTER = rf"(?!{LETTER})"


def _fold(word: str) -> str:
    return _MARKS.sub("", word.translate(_FOLD))


def _set(words: str) -> frozenset[str]:
    return frozenset(_fold(w) for w in words.split())


def _alt(items) -> str:
    """A regex alternation of folded words or phrases, longest first, a vowel mark allowed after any letter
    ("ڀاءُ", "ڀاء"), a blank or a non-joiner between a phrase's words."""
    out = []
    for item in sorted({_fold(i) for i in items}, key=len, reverse=True):
        out.append("".join(r"[ \u200c]" if c == " " else regex.escape(c) + r"\p{Mn}*" for c in item))
    return "|".join(out)


# Given names of Sindh and Balochistan, Muslim and Hindu, as Sindhi and Urdu spell them: a name only where the
# words around say one may stand (after a kin word, before "جو نمبر", beside another name)
_GIVEN_WORDS = _set(
    # names that are words too (light, rose, candle, dear, noble, wish, lion, victory, greater, mercy, aid, system,
    # guidance...) and God's attributes ("الله اڪبر", "رحمان رحيم"): a name only beside another or after a strong cue
    "نور گلاب شمع صبا نسيم عزيز شريف امين صادق عادل جميل سعيد لطيف حبيب منظور ممتاز مختيار مقصود عاشق معشوق مراد "
    "نادر ناصر ولي رضا بخت جان عطا ظفر اقبال سلطان شوڪت اسد ڪريم نبي رسول امير بهار گل خوشي سچل سرور انور مهر "
    "وفا حيات دولت خير شاد راڻي سونهن چاندني ڪنول اڪبر اشرف افضل رحيم رحمان صابر صديق عابد عارف قادر مجيد "
    "نذير نصير نعيم وحيد جلال جمال ڪمال امداد حافظ خادم رحمت برڪت بهادر عنايت هدايت فيض ڪرم نظام واحد طالب "
    "صالح عظيم شمس فدا لياقت محسن ضمير غفار غفور ارشاد ذاڪر عتيق مظفر نجيب حنا شاهين فرحت نزهت بشري شگفته "
    "ارم نادره جميله"
)
_GIVEN = _GIVEN_WORDS | _set(
    "محمد احمد علي حسن حسين عمر عثمان اسلم اعجاز امجد اياز ايوب بشير بلال پرويز تنوير جاويد حامد "
    "حفيظ حميد خالد خليل دلاور ذوالفقار رزاق رشيد رفيق زاهد زبير سجاد سرفراز سڪندر سليم سليمان شاهد "
    "شفيق شڪيل طارق عامر عباس عرفان غلام فاروق فرحان فيصل قاسم ڪامران محمود مشتاق "
    "مظهر منير نثار نديم نواز وسيم ياسين يوسف يونس اسماعيل ابراهيم داود شبير منصور شاهنواز "
    "مريد حاصل دوستين بالاچ شهداد داد مير چاڪر گهرام اختر اظهر امتياز بابر ثاقب جنيد حماد "
    "دانش راشد رياض سهيل شاهزيب شهزاد ضياء ضيا عاطف عمران فهد قيصر ماجد مبين مصطفى مرتضى مجاهد نويد هارون "
    "الطاف افتخار منور نياز بچل ڀورو ڀاڳو جمن سومار هاشم وڏل ارباب موسى عيسى "
    "حيدر اسحاق الياس انيس جعفر طاهر ظهير عبيد صدام نوشاد ميران بيبگر "
    "ڪشور موهن ڪرشن سنجي راجيش ديپڪ گوپال مهيش سنتوش پرتاب ڪيلاش لڇمڻ "
    "فاطمه عائشه مريم زينب خديجه آمنه شبانه شاهده نسرين پروين رخسانه روبينه صائمه سائره سعديه نازيه ناديه ناهيد "
    "زاهده رضيه حميده حليمه سڪينه رقيه سلمى شازيه عذرا فرزانه فوزيه ڪوثر ڪلثوم گلشن مهناز نجمه نرگس ياسمين سسئي "
    "ماروي بختاور شهناز شميم ثميه عاصمه عظمى فرحانه ڪشمالا مهرين نائله نصرت نگهت نوشين هاجره شيرين گلناز "
    "زرينه پوجا سيتا ڪملا لڪشمي امينه انيلا ثريا حسينه رابعه رشيده زبيده سلمه سميرا صغري طاهره عابده غزاله "
    "فريده لبني مهوش بانڙي"
)
#: the words compound names are made of ("محمد علي", "رسول بخش", "الله ڏنو", "گلاب خان"): known, and after a
#: known word they make it a name
_PARTS = _set("خان بخش ڏنو دنو ڏتو دين الدين الله النساء بي بيگم خاتون شاهه شاه جان داد بانو")
# Tribes and castes of Sindh and Balochistan, the surnames Sindhis and Baloch go by
_SURNAMES = _set(
    "سومرو سمو ڀٽو ٻگهيو چانڊيو جتوئي جوڻيجو لغاري ٽالپر تالپور مري بگٽي رند مينگل بزنجو بلوچ ڪلهوڙو ميمڻ شيخ "
    "سيد قريشي انصاري ملاح ميربحر پنهور ڀنڀرو کوسو کهڙو مهر شر ابڙو ڏاهري سيال راڄپر جمالي سولنگي ناريجو مگسي "
    "لاشاري زرداري درس کوکر لنڊ لوهار ڪوري کٽي ٻرڙو سهتو ڀرڳڙي ميراڻي نظاماڻي خاصخيلي ڀيو کيڙو چنا ڏيپر شاهاڻي "
    "پيرزادو جوکيو ڄامڙو نوحاڻي ٿيٻو سوڍو راٺوڙ رئيسي دشتي گچڪي بليدي ڪلمتي هوت زهري رخشاني نوشيرواني ساجدي "
    "رودیني مزاري کهاوڙ ڀٽي وساڻ اوٺو مستوئي ٻرڙو انڙ سانگي گوپانگ سمون شاهه ميرجت ڪڪڙ"
)
#: ... those that are words too (a boatman, a weaver, evil, died, a seal, a lesson): a name only beside another
_SURNAME_WORDS = _set("ملاح ڪوري لوهار شيخ سيد مهر شر مري بلوچ جت ڀٽي شاهه ڪڪڙ درس سيال چنا سانگي کٽي دشتي زهري")
#: the words a known given name is sure of: not a word, not a compound's part
_SURE_GIVEN = (_GIVEN - _GIVEN_WORDS - _PARTS)
#: what after a known word makes it a name: a compound's part or a surname (not "الله": "رسول الله" is a phrase)
_TAIL = (_PARTS | _SURNAMES) - _set("الله")
_SURE_SURNAME = _SURNAMES - _SURNAME_WORDS
# a compound name in one word ("عبدالستار", "الهڏنو", "الله بخش", "نورالنساء")
_COMPOUND = regex.compile(r"^(?:عبد[ ]?ال\p{L}{2,}|\p{L}{2,}(?:الدين|النساء|الله|ڏنو|بخش))$")

# Courtesy titles, reported apart: a pilgrim's, an old woman's, Balochi's "Mr" and "Ms", a doctor's. "ادا"
# (elder brother), "سائين" (sir) and a landlord's are words of address, no titles: they say a name follows only
# before a known given name or a speaker's colon ("ادا رفيق: ...")
_TITLES = ["حاجي", "حاجياڻي", "مائي", "واجہ", "بانڪ", "محترم", "محترمه", "ڊاڪٽر", "ڊاڪٽرياڻي", "مسٽر", "مسز", "ميڊم",
           "سيٺ", "ماستر", "مولوي", "مولانا"]
_WEAK_TITLES = _set("ادا سائين وڏيرو استاد ڀائو")
_TITLE_WORDS = _set(" ".join(_TITLES)) | _WEAK_TITLES
_TITLE = _alt(_TITLES + sorted(_WEAK_TITLES))
# Kin words before a name ("منهنجي ڀاءُ اعجاز پنهور", "سندس پٽ عبدالستار", "پنهنجي ماءُ مائي حاجران"), Sindhi's,
# Balochi's and Urdu's
_KIN_WORDS = ("پٽ ڌيءُ ڌي ڀاءُ ڀائر ڀيڻ ماءُ امڙ پيءُ بابا ابو مڙس زال گهرواري ڏاڏو ڏاڏي نانو ناني چاچو چاچي مامو "
              "مامي ماسي پڦي ڀائٽيو ڀائٽي ڀاڻيجو ڀاڻيجي ناٺي سهرو سس نُنهن برات گهار مات جنڪ مرد بيٽا بيٽي بهائي بهن "
              "شوهر بيوي والد والده")
_KIN = _set(_KIN_WORDS)
# Words no name holds: a sentence's small words and verbs, a form's words, time and numbers (Sindhi, Balochi, Urdu)
_NOT_NAME = _set(
    "جو جي جا جون کي ۾ مان تي کان سان لاءِ لاء تائين ڏانهن ڏي وٽ ۽ يا پر ته به نه ئي هي هو هوء هن ان اهو اها اهي "
    "هنن انهن منهنجو منهنجي منهنجا منهنجون اسان توهان تون آئون اسين پنهنجو پنهنجي پنهنجا پنهنجون سندس سندن تنهنجو "
    "تنهنجي ڪير ڇا ڪٿي ڪڏهن ڇو ڪيئن جيڪو جيڪا جيڪي جنهن ڪو ڪا ڪي ڪنهن سڀ سڀني هر ٻيو ٻي ٻئي ٻين ساڳي ساڳيو ساڳئي "
    "آهي آهيان آهيون آهن آهين آهيو هئي هئو هيو هئا هيا ٿو ٿي ٿا ٿيو ٿيا ٿيندو ٿيندي ٿيڻ ڪيو ڪئي ڪيا ڪري ڪرڻ ڪندو "
    "ڪندي ڪندا ڪيائين ڪيون ڪريو ڪرڻو ڏنو ڏني ڏيو ڏيڻ ڏيندو ڏنا ويو وئي ويا وڃي وڃڻ آيو آئي آيا اچي موڪليا موڪليو "
    "موڪلي موڪليندو چيو چيائين چئي ٻڌايو ٻڌائيندس ٻڌائي ڏٺو ملي مليو رهي رهان رهندو رهندي رهيو هليو "
    "وارا وارو واري وارن وارين "
    "اڄ ڪالهه سڀاڻي اڄڪلهه هاڻي پوءِ اڳ اڳيان پويان صبح شام رات ڏينهن هفتو مهينو سال سالن ورهيه وقت "
    "هڪ ٻه ٽي چار پنج ڇهه ست اٺ نو ڏهه ويهه ٽيهه سو هزار لک ڪروڙ پهريون ٻيون "
    "نالو نالي نالا نمبر فون موبائل موبائيل ٽيليفون ميل اي شناختي ڪارڊ پتو پتي ائڊريس ايڊريس عمر ڄمار تاريخ "
    "ڳوٺ شهر ضلعو ضلعي ضلع تعلقو تعلقي تعلقه صوبو صوبي ملڪ بندر ديهه محلو محلي گهر گهٽي روڊ رستو "
    "ماڻهو ماڻهن ٻار ٻارن ڇوڪرو ڇوڪري عورت عورتون مرد پوڙهو پوڙهي نوجوان هاري مهاڻو مهاڻي مزدور نرس ڊرائيور "
    "مالڪ مريض ايجنٽ ڪسان دڪاندار استاد شاگرد صاحب سائين مهرباني شڪريه سلام رپيا رپيه پئسا پئسو رقم "
    "رسيد ٽڪيٽ شڪايت تفصيل درخواست فارم ادارو بئنڪ ڪمپني سرڪار حڪومت پوليس اسپتال ڊاڪٽر خدا الله "
    "وڏو وڏي وڏا ننڍو ننڍي ننڍا نئون نئين پراڻو پراڻي سٺو سٺي خراب سامونڊي مڇي ساحلي قومي "
    # Balochi and Urdu
    "اِنت انت ات اتنت آن من مني تئي آئي آئيءِ و گون گوں په چه تا ڪه هم بيت ڪنت ڪنان ڪنين نام شهر ميتگ "
    "ڪا ڪي ڪے هے هيں ميں سے ڪو نے پر اور يه وه تها تهي ميرا ميري آپ"
) | _KIN | _TITLE_WORDS
#: the postpositions after a place ("مسقط مان", "خيرپور ۾", "دبئي کان"): before one, a name's last word is the place
_AT_PLACE = _set("۾ مان کان ڏانهن تائين")
#: ... what after a given name that is a word too says it is one: to, with, from, at ("ڀاءُ اڪبر کي"); not "of"
#: ("پٽ ڪمال جو آهي": the son is wonderful)
_POSTPOSITIONS = _set("کي سان کان ڏانهن ڏي وٽ لاءِ")
#: ... what closes a name: a postposition, a copula, a stop
_CLOSES_NAME = _set("جو جي جا جون کي ۾ مان تي کان سان لاءِ تائين ڏانهن ڏي وٽ ۽ يا آهي آهيان آهن هو هئي اِنت انت آن")
_CLOSING_GAP = regex.compile(r"[ \t]*(?:[،,.:؛;؟?!\n()\-|\"'\[\]{}]|\d|$)")

# Places: Sindh's and Balochistan's towns, Pakistan's cities, and the Gulf's, where Sindhis and Baloch work; a
# place's kind word before or after its name ("ڳوٺ ڀٽي ۾", "ڪيٽي بندر جي", "ضلعي دادو")
_PLACES = _set(
    "ڪراچي حيدرآباد سکر لاڙڪاڻو لاڙڪاڻي لاڙڪاڻا نوابشاهه ميرپورخاص جيڪب‌آباد شڪارپور خيرپور دادو ٺٽو ٺٽي بدين "
    "سانگهڙ عمرڪوٽ ٿرپارڪر گهوٽڪي ڪشمور ڪنڌڪوٽ مٽياري هالا نوشهروفيروز مورو سيوهڻ ڄامشورو ڪوٽڙي قمبر "
    "شهدادڪوٽ رتوڏيرو ميهڙ جوهي سجاول روهڙي ڏهرڪي ڇاڇرو ڏيپلو ننگرپارڪر کپرو شهدادپور گمبٽ ڪنڊيارو "
    "ڪوئيٽا گوادر تربت پنجگور پسني اورماڙا اورماڙه جيوڻي جيوني ڪيچ خضدار لسٻيلو لسبيله مستونگ قلات نوشڪي خاران "
    "آواران سبي تمپ لاهور ملتان پشاور راولپنڊي اسلام‌آباد فيصل‌آباد "
    "دبئي شارجه ابوظهبي عجمان دوحا دوحه قطر مسقط عمان سلاله بحرين ڪويت رياض جده جدو دمام ايران افغانستان "
    "سعودي لنڊن"
)
_PLACE_PHRASES = ["جيڪب آباد", "اسلام آباد", "فيصل آباد", "ٽنڊو الهيار", "ٽنڊو محمد خان", "ٽنڊو آدم", "ٽنڊو جام",
                  "نوشهرو فيروز", "مير پور خاص", "شهيد بينظير آباد", "ڊيرا بگٽي", "ابو ظهبي", "سعودي عرب", "راس الخيمه"]
_PHRASES = {tuple(_fold(w) for w in p.split()) for p in _PLACE_PHRASES}
#: kinds of place before a name ("ڳوٺ ڀٽي", "تعلقي ميهڙ", "ضلعي دادو") or after it ("دادو ضلعي")
_KIND_BEFORE = _set("ڳوٺ تعلقي تعلقو ضلعي ضلعو ديهه ميتگ")
_KIND_AFTER = _set("ضلعي ضلعو تعلقي تعلقو")
_PORT = _fold("بندر")  # a port's word is its name's too ("ڪيٽي بندر", "شاهه بندر")
#: what may close a place read after its kind's word: a postposition, a comma (a sentence's end is a verb's)
_CLOSES_PLACE = _set("۾ جو جي جا جون کان مان ڏانهن تائين ۽ کي وٽ")

# A form's labels, and what their value is ("نالو: شمع پنهور", "بندر: اورماڑہ", "عمر: 34", "ڳوٺ: ڀٽي"); in a
# table's header too ("| نالو | پيءُ جو نالو | شناختي ڪارڊ | ڳوٺ | فون |")
_LABELS = {
    "PERSON": ["نالو", "پورو نالو", "مڪمل نالو", "پيءُ جو نالو", "والد جو نالو", "مڙس جو نالو", "ماءُ جو نالو",
               "درخواست ڏيندڙ", "موڪليندڙ", "وصول ڪندڙ", "مريض", "مريض جو نالو", "سرپرست", "شاهد", "ناخدا",
               "مالڪ", "مالڪ جو نالو", "پتءِ نام", "مردءِ نام", "واجهءِ نام"],
    "LOCATION": ["ڳوٺ", "شهر", "تعلقو", "تعلقه", "ضلعو", "ضلع", "ديهه", "يونين ڪائونسل", "صوبو", "ملڪ", "بندر",
                 "ڄمڻ جي جاءِ", "جنم جو هنڌ", "ڄمڻ جو هنڌ", "رهائش", "ميتگ", "هلڪ", "جاگه"],
    "ADDRESS": ["پتو", "گهر جو پتو", "رهائشي پتو", "موجوده پتو", "مستقل پتو", "ائڊريس", "ايڊريس", "پته", "لوگءِ پته"],
    "AGE": ["عمر", "ڄمار"],
    "ID_NUMBER": ["شناختي ڪارڊ", "شناختي ڪارڊ نمبر", "ڪسان ڪارڊ", "ڪسان ڪارڊ نمبر", "رجسٽريشن نمبر", "ٻيڙي نمبر",
                  "بوجيگءِ نمبر", "رجسٽريشنءِ نمبر", "ڪيس نمبر", "فائل نمبر", "سي اين آءِ سي"],
}
_KIND_OF = {_fold(label).replace(" ", ""): kind for kind, labels in _LABELS.items() for label in labels}
_FIELD = regex.compile(
    rf"(?:^|(?<=[\n{{,|\"]))[ \t\"]*(?P<label>{_alt(l for ls in _LABELS.values() for l in ls)})[\"']?[ \t]*[:：][ \t]*"
    r"[\"']?[ \t]*(?P<value>[^\n\"|:]*)",
    regex.V1 | regex.M,
)
_VALUE_END = regex.compile(r"[،,;؛.()\[\]{}\-–]|\d")
_PART_END = regex.compile(r"[،,;؛.()]|[ \t]{2,}")
_AGE_VALUE = regex.compile(r"\d{1,3}(?!\d)")
_ID_VALUE = regex.compile(r"[A-Za-z\d]+(?:[\-/][A-Za-z\d]+){0,4}(?![\w\-/])")
# an English key of a South Asian place's kind, its value in any script ("taluka": "ڪوٽ ڏيجي")
_PLACE_KEY = regex.compile(r"(?i)[\"']?\b(?:taluka|taluqa|tehsil|tahsil|deh|goth|union[ _]council)[\"']?[ \t]*[:=][ \t]*"
                           r"[\"']?(?P<value>[^\"'\n,{}]{2,40}?)[\"']?[ \t]*(?=[,}\n]|$)")

# Ages: after "age" ("منهنجي عمر 47 سال", "آئیءِ عمر 62 سال", "عمر: 34"), or before "years" and a person
# ("30 سالن جو ماڻهو", "12 سالن جي ڇوڪري")
_AGE = regex.compile(
    rf"{_ALONE_BEFORE}(?:عمر|ڄمار)(?:ء\p{{Mn}}*)?[ \t]*[:：]?[ \t]*(?P<age>\d{{1,3}})(?![\d/.:\-]\d|\d)"
    rf"|(?<![\d.,/:\-])(?P<age>\d{{1,3}})[ ](?:سالن|ورهين)[ ](?:جو|جي|جا)[ ]"
    rf"(?:{_alt('ماڻهو ڇوڪرو ڇوڪري ٻار پٽ ڌيءُ مرد عورت پوڙهو پوڙهي نوجوان مريض هاري مهاڻو عمر'.split())}){_ALONE_AFTER}",
    regex.V1,
)

# Dates: a day and a month's name, maybe its weekday and year ("10 سيپٽمبر 2024", "28 ڊسمبر", "جمعي 21 مارچ"),
# the months as Sindhi, Urdu and Balochi spell them and the hijri ones; "جون" (of, plural) is June only with a year
_MONTHS = ("جنوري فيبروري فبروري فيبرري فروري مارچ اپريل مئي جون جولاءِ جولائي آگسٽ اگسٽ اگست آگست سيپٽمبر "
           "سپٽمبر سيپٽيمبر ستمبر آڪٽوبر اڪٽوبر اڪتوبر نومبر نوَمبر ڊسمبر دسمبر "
           "محرم صفر رجب شعبان رمضان شوال ذوالقعد ذوالقعده ذوالحج ذوالحجه").split() + [
    "ربيع الاول", "ربيع الثاني", "جمادي الاول", "جمادي الثاني"]
_AMBIGUOUS_MONTHS = _set("جون صفر")
_WEEKDAYS = _alt("سومر اڱارو اڱاري اربع خميس جمعو جمعي جمعه ڇنڇر آچر پير منگل بده جمعرات هفته اتوار دوشنبه "
                 "سيشنبه چارشنبه پنجشنبه شنبه".split())
_DATE = regex.compile(
    rf"{_ALONE_BEFORE}(?:(?P<weekday>{_WEEKDAYS})[،,]?[ ](?:ڏينهن[ ])?)?"
    rf"(?:(?<!\d)(?P<day>\d{{1,2}})[ ](?P<month>{_alt(_MONTHS)})(?:(?P<glue>ء\p{{Mn}}*)|(?:[ ](?P<year>\d{{4}}))?)"
    rf"|(?P<month>{_alt(_MONTHS)})[ ](?P<year>\d{{4}}))(?!{LETTER}|\d)",
    regex.V1,
)

# Ids: a code of letters and digits after a registration's, a boat's, a card's or a licence's number
# ("بوجیگءِ نمبر: ORM-0338", "رجسٹریشن نمبر GWD-1147"); not a lot's, a receipt's or a phone's ("لاٽ نمبر L-0884")
_NUMBER_CODE = regex.compile(rf"{_ALONE_BEFORE}نمبر[ \t]*[:：]?[ \t]*(?P<value>[A-Za-z]{{1,5}}[\-/ ]?\d{{2,8}}(?:[\-/]\d{{1,6}})?)"
                             r"(?![\w\-/])", regex.V1)
_ID_WORDS = _set("رجسٽريشن رجسٽريشنءِ ٻيڙي ٻيڙيءَ بوجيگ بوجيگءِ لانچ ڪارڊ ڪارڊءِ لائسنس لائسنسءِ پاسپورٽ "
                 "پاسپورٽءِ گاڏي گاڏيءَ ملازم رڪنيت")
# the national identity card's number (CNIC) after its label
_CNIC = regex.compile(r"(?<![\d\-])\d{5}-\d{7}-\d(?![\d\-])")
_CNIC_LABEL = regex.compile(r"شناخت|ڪارڊ|CNIC|NIC")

# Names said: one's own ("منهنجو نالو عبدالرزاق سومرو آهي", "منی نام مرید بلوچ اِنت"), someone's ("سندس نالو ... آهي")
_NAMED = regex.compile(
    rf"{_ALONE_BEFORE}(?:(?:منهنجو|سندس|هن[ ]جو|ان[ ]جو|تنهنجو)[ ]نالو|(?:مني|آئيءِ|آئي|تئي)[ ]نام)[ ]?[:：]?[ ]"
    rf"(?P<name>{WORD}(?:[ ]{WORD}){{0,3}}?)[ ]?[،,]?[ ](?:آهي|اِنت|انت|هو|هئو){_ALONE_AFTER}",
    regex.V1,
)
# "I am X" ("آئون شبانه ميمڻ آهيان")
_I_AM = regex.compile(rf"{_ALONE_BEFORE}(?:آئون|مان|آءٌ)[ ](?P<name>{WORD}(?:[ ]{WORD}){{0,2}})[ ]آهيان{_ALONE_AFTER}", regex.V1)
# whose number, name or phone ("سليم جو نمبر ڏيو", "نواز جي نالي تي")
_WHOSE = regex.compile(rf"(?P<name>{WORD}(?:[ ]{WORD}){{0,2}})[ ](?:جو|جي)[ ](?:نمبر|فون|موبائل|نالي|ناليءَ|شناختي){_ALONE_AFTER}",
                       regex.V1)
# a chat's speaker or a list's person opening a line before a colon ("ادا رفيق: ٺيڪ آ")
_SPEAKER = regex.compile(rf"(?m)^[ \t]*(?:(?P<title>{_TITLE})[ ])?(?P<name>{WORD}(?:[ ]{WORD}){{0,2}})[ \t]*[:：][ \t]*\S",
                         regex.V1)
_TITLE_AT = regex.compile(rf"{_ALONE_BEFORE}(?P<title>{_TITLE}){_ALONE_AFTER}", regex.V1)
_KIN_AT = regex.compile(rf"{_ALONE_BEFORE}(?:{_alt(_KIN_WORDS.split())}){_ALONE_AFTER}", regex.V1)

# Romanized. Sindhi: "muhinjo naalo Sassui Chandio aahe", "muhinji umar 29 saal"; Balochi: "Mani naam Mahganj int,
# umr 34 saal", "Mani lógh Dashta int" (in Dasht), "man Sharjaha kaar kanaan" (I work in Sharjah), "Mahnaz'e number"
# (Mahnaz's), "12 Marcha" (on 12 March), "shambe 22 March" (Saturday), Sindhi's "Jumay 7 Feb" (Friday)
#: what each romanized rule needs in the text (an English text holds none of them, or seldom)
_LATIN_CUES = {"named": ("naam", "naalo"), "whose": ("'e ", "’e "), "age": ("umr", "Umr", "umar", "Umar", "umer", "umir"),
               "place": ("a int", "a ant", "a kaar kan")}
_CAPS = r"\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,2}"
_LATIN_NAMED = regex.compile(
    rf"\b(?i:mani|mani[ ]jo|muhinjo|munhinjo|muhinjo|sandas|hun[ ]jo|un[ ]jo|aiye|aiya)[ ](?i:naam|naalo)[ ]?:?[ ]"
    rf"(?P<name>{_CAPS})[,]?[ ](?:int|ant|en|aahe|aa)\b")
_LATIN_WHOSE = regex.compile(r"(?<![\p{L}'’])(?P<name>\p{Lu}\p{Ll}{2,})['’]e[ ](?i:number|nambar|kaard|card|naam|mobile|phone|fon)\b")
_LATIN_AGE = regex.compile(
    r"\b(?i:umr)[ ]?:?[ ]?(?P<age>\d{1,3})\b(?![.,:/]\d)"
    r"|\b(?i:umar|umer|umir)[ ]?:?[ ]?(?P<age>\d{1,3})[ ](?i:saal|sal|saalan|salan|varhya|varhyan|warhya|baras|years?)\b")
_LATIN_PLACE = regex.compile(
    r"\b(?i:lógh|logh|lógha|ghar|halk|shahr)[ ]?:?[ ](?P<place>\p{Lu}\p{Ll}{2,})a[ ](?:int|ant)\b"
    r"|(?<![\p{L}'’])(?P<place>\p{Lu}\p{Ll}{2,})a[ ]kaar[ ]kan\p{Ll}*\b")
_EN_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_EN_MON = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_LATIN_WEEKDAYS = frozenset("sumar angaro angaaro arbaa arba khamees khamis jumo jumay jumey jume juma jumah chanchar "
                            "chancher aartvar aachar achar shambe shanbe yakshambe doshambe seshambe chaarshambe "
                            "charshambe panchshambe panjshambe aadina".split())
# a day and a month with Balochi's case ending glued ("12 Marcha"), or after a Sindhi or Balochi weekday
_LATIN_DATE = regex.compile(rf"\d{{1,2}}[ ](?:{_EN_MONTH}|{_EN_MON})(?:[ ]\d{{4}})?"
                            r"(?:(?<!May|August)(?P<glue>a)\b|\b)")  # (not "5 Maya", "12 Augusta": names)


def _weekday_before(text: str, at: int) -> int | None:
    """Where a Sindhi or Balochi weekday opens, just before `at` ("Jumay 7 Feb", "shambe, 22 March"), or None."""
    if not text.endswith(" ", 0, at):
        return None
    end = at - 1 - text.endswith(",", 0, at - 1)
    start = end
    while start > 0 and end - start < 12 and text[start - 1].isalpha():
        start -= 1
    if start > 0 and text[start - 1].isalpha():
        return None
    return start if text[start:end].lower() in _LATIN_WEEKDAYS else None


def _tokens(text: str) -> list[tuple[int, int, int, str, str]]:
    """(start, end, end without a glued case ending, folded word, folded word without it) of each word."""
    out = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        glued = _GLUED.search(word)
        cut = match.start() + glued.start() if glued else match.end()
        out.append((match.start(), match.end(), cut, _fold(word), _fold(word[:cut - match.start()])))
    return out


def _known(bare: str) -> bool:
    return bare in _GIVEN or bare in _PARTS or bare in _SURNAMES or _COMPOUND.match(bare) is not None


def _sure(bare: str) -> bool:
    """A word that is a name wherever it stands: no everyday word's, nor a compound's part."""
    return bare in _SURE_GIVEN or bare in _SURE_SURNAME or _COMPOUND.match(bare) is not None


def _name_word(key: str, bare: str) -> bool:
    return (len(bare) >= 2 and key not in _NOT_NAME and bare not in _NOT_NAME
            and (bare not in _PLACES or bare in _GIVEN or bare in _SURNAMES))


def _is_name(bares: list[str]) -> bool:
    """Whether words read after a weak cue are a name: a sure one among them, or a known name with a compound's
    part or a surname beside it ("گلاب خان", "رسول بخش", "نور محمد لغاري")."""
    if any(map(_sure, bares)):
        return True
    return len(bares) > 1 and all(map(_known, bares)) and any(b in _TAIL for b in bares[1:])


@RECOGNIZERS.register("SindhiBalochiRecognizer")
class SindhiBalochiRecognizer(OwnRecognizer):
    """PERSON, TITLE, AGE, DATE_TIME, LOCATION, ADDRESS and ID_NUMBER in Sindhi and Balochi text."""

    ENTITIES = ["PERSON", "TITLE", "AGE", "DATE_TIME", "LOCATION", "ADDRESS", "ID_NUMBER"]

    def analyze(self, text, entities, nlp_artifacts=None):
        found = self._romanized(text)
        if _ANY.search(text) and (_SINDHI.search(text) or _BALOCHI.search(text)):
            found += self._arabic(text.translate(_FOLD))
        # one finding per type and span, and none inside a longer one of its type ("علي چانڊيو" of "امداد علي چانڊيو")
        by_span = {(r.entity_type, r.start, r.end): r for r in found}
        out, kind, reach = [], None, -1
        for key in sorted(by_span, key=lambda k: (k[0], k[1], -k[2])):
            if key[0] != kind:
                kind, reach = key[0], -1
            if key[2] > reach:
                out.append(by_span[key])
                reach = key[2]
        return out

    def _result(self, entity: str, start: int, end: int, why: str):
        return make_result(self, entity, start, end, SCORE, why)

    # Arabic script

    def _arabic(self, text: str) -> list:
        tokens = _tokens(text)
        out = self._names(text, tokens) + self._places(text, tokens) + self._table_cells(text, tokens)
        for match in _FIELD.finditer(text):
            kind = _KIND_OF.get(_fold(match.group("label")).replace(" ", ""))
            if kind:
                out += self._value(text, tokens, kind, *match.span("value"), "a form's label")
        for match in _PLACE_KEY.finditer(text):
            out += self._value(text, tokens, "LOCATION", *match.span("value"), "a place's key")
        out += [self._result("AGE", *m.span("age"), "an age by its word") for m in _AGE.finditer(text)
                if 0 < int(m.group("age")) < 125]
        for match in _DATE.finditer(text):
            day, year, month = match.group("day"), match.group("year"), _fold(match.group("month"))
            if day and not 0 < int(day) <= 31 or year and not 1900 <= int(year) < 2100:
                continue
            if month in _AMBIGUOUS_MONTHS and not (year or match.group("weekday")):
                continue  # "جون": of (plural), June only with its year
            end = match.start("glue") if match.group("glue") else match.end()
            out.append(self._result("DATE_TIME", match.start(), end, "a date in Sindhi or Balochi"))
        for match in _NUMBER_CODE.finditer(text):
            k = bisect.bisect_left(tokens, (match.start(),))
            if any(t[3] in _ID_WORDS or t[4] in _ID_WORDS for t in tokens[max(0, k - 2):k]):
                out.append(self._result("ID_NUMBER", *match.span("value"), "a code after its number's word"))
        for match in _CNIC.finditer(text):
            if _CNIC_LABEL.search(text, max(0, match.start() - 40), match.start()):
                out.append(self._result("ID_NUMBER", *match.span(), "an identity card's number"))
        return out

    def _run(self, text: str, tokens: list, i: int, most: int = 3, place: bool = False) -> tuple[int, int] | None:
        """The name words opening at token i, up to `most` (token indexes [i, j)), or None: a glued case ending
        closes a name ("عبدالغفورءِ"); before a place's postposition its last unknown word is the place
        ("اعجاز پنهور مسقط مان"); where a postposition, a copula or a stop closes it, it is all name ("حاجي نواز
        ڪوري جي"), else the sentence goes on and only its known words are ("محترمه نسرين ٻنهي شرڪت ڪئي")."""
        j = i
        while j < len(tokens) and j - i < most and _name_word(tokens[j][3], tokens[j][4]):
            if j > i and (text[tokens[j - 1][1]:tokens[j][0]] != " " or tokens[j - 1][2] < tokens[j - 1][1]):
                break
            j += 1
        if j == i:
            return None
        gap = text[tokens[j - 1][1]:tokens[j][0] if j < len(tokens) else len(text)]
        nxt = tokens[j][3] if j < len(tokens) and gap == " " else ""
        if tokens[j - 1][2] < tokens[j - 1][1] or j - i == 1 or place:
            return (i, j)
        if nxt in _AT_PLACE and (not _known(tokens[j - 1][4]) or tokens[j - 1][4] in _PLACES):
            j -= 1  # ("عرفان ٿيٻو رياض مان": from Riyadh, though Riaz is a name too)
        elif nxt not in _CLOSES_NAME and not (not nxt and _CLOSING_GAP.match(gap)):
            while j - i > 1 and not _known(tokens[j - 1][4]):
                j -= 1
        return (i, j)

    @staticmethod
    def _token_at(tokens: list, offset: int) -> int | None:
        k = bisect.bisect_left(tokens, (offset,))
        return k if k < len(tokens) and tokens[k][0] == offset else None

    def _person(self, tokens: list, i: int, j: int, why: str):
        return self._result("PERSON", tokens[i][0], tokens[j - 1][2], why)

    def _names(self, text: str, tokens: list) -> list:
        out = []
        # after a title ("حاجي نواز ڪوري جي", "واجہ عبدالغفورءِ", "مائي حاجران کي"); a weak one before a known name
        for match in _TITLE_AT.finditer(text):
            k = self._token_at(tokens, match.end() + 1)
            if k is None or text[match.end()] != " ":
                continue
            span = self._run(text, tokens, k)
            if span is None:
                continue
            bares = [t[4] for t in tokens[span[0]:span[1]]]
            if _fold(match.group("title")) in _WEAK_TITLES and not _is_name(bares):
                continue
            nxt = tokens[span[1]][3] if span[1] < len(tokens) else ""
            if nxt in _AT_PLACE and not any(map(_known, bares)):
                continue  # "حاجي ڪيمپ ۾": at the pilgrims' camp
            if _fold(match.group("title")) not in _WEAK_TITLES:  # (the words for brother and sir are no titles)
                out.append(self._result("TITLE", *match.span("title"), "a courtesy title"))
            out.append(self._person(tokens, *span, "a name after a title"))
        # after a kin word, maybe through a title ("منهنجي ڀاءُ اعجاز پنهور", "ماءُ مائي حاجران")
        for match in _KIN_AT.finditer(text):
            k = self._token_at(tokens, match.end() + 1)
            if k is None or text[match.end()] != " " or tokens[k][4] in _TITLE_WORDS:
                continue  # (a title after it is read above)
            span = self._run(text, tokens, k)
            if span is None:
                continue
            bares = [t[4] for t in tokens[span[0]:span[1]]]
            after = tokens[span[1]][3] if span[1] < len(tokens) and text[tokens[span[1] - 1][1]:tokens[span[1]][0]] == " " else ""
            # a given name that is a word too, where a postposition closes it ("ڀاءُ اڪبر کي": to brother Akbar;
            # not "پٽ عزيز آهي": the son is dear)
            if _is_name(bares) or bares[0] in _GIVEN and after in _POSTPOSITIONS:
                out.append(self._person(tokens, *span, "a name after a kin word"))
        # one's own name said, "I am X", whose number
        for pattern, weak in ((_NAMED, False), (_I_AM, True), (_WHOSE, True)):
            for match in pattern.finditer(text):
                k = self._token_at(tokens, match.start("name"))
                words = match.group("name").split(" ")
                if k is None:
                    continue
                if pattern is _WHOSE:  # (read back from the genitive: the known names just before it)
                    k2 = k + len(words)
                    while k < k2 and not _known(tokens[k][4]):
                        k += 1
                    span = (k, k2) if k < k2 and all(_name_word(t[3], t[4]) for t in tokens[k:k2]) else None
                else:
                    span = self._run(text, tokens, k, most=4)
                    if span and span[1] - span[0] != len(words):
                        span = None
                if span is None or weak and not _is_name([t[4] for t in tokens[span[0]:span[1]]]):
                    continue
                out.append(self._person(tokens, *span, "a name said"))
        # a chat's speaker ("ادا رفيق: ...")
        for match in _SPEAKER.finditer(text):
            k = self._token_at(tokens, match.start("name"))
            span = self._run(text, tokens, k) if k is not None else None
            if span is None or tokens[span[1] - 1][1] != match.end("name"):
                continue
            if not (match.group("title") or _is_name([t[4] for t in tokens[span[0]:span[1]]])):
                continue
            if match.group("title") and _fold(match.group("title")) not in _WEAK_TITLES:
                out.append(self._result("TITLE", *match.span("title"), "a speaker's title"))
            out.append(self._person(tokens, *span, "a speaker"))
        return out + self._known_names(text, tokens)

    def _known_names(self, text: str, tokens: list) -> list:
        """Known names side by side ("گلاب خان جوڻيجو", "محمد عثمان ملاح"), one of them sure."""
        out, i = [], 0
        while i < len(tokens):
            j = i
            while j < len(tokens) and _known(tokens[j][4]) and _name_word(tokens[j][3], tokens[j][4]) \
                    and (j == i or text[tokens[j - 1][1]:tokens[j][0]] == " " and tokens[j - 1][2] == tokens[j - 1][1]):
                j += 1
            after_kind = i and tokens[i - 1][4] in _KIND_BEFORE and text[tokens[i - 1][1]:tokens[i][0]] == " "
            if j - i > 2 and tokens[j - 1][4] in _PLACES and j < len(tokens) and tokens[j][3] in _AT_PLACE:
                j -= 1  # ("... ٿيٻو رياض مان": from Riyadh)
            if j - i >= 2 and _is_name([t[4] for t in tokens[i:j]]) and not after_kind:  # ("ڳوٺ الهڏنو ملاح": a village)
                out.append(self._person(tokens, i, j, "known names side by side"))
            i = max(j, i + 1)
        return out

    def _places(self, text: str, tokens: list) -> list:
        out = []
        for i, (start, end, cut, key, bare) in enumerate(tokens):
            # a known place, maybe of two or three words, maybe a case ending glued ("گوادرءِ", "پنجگورءَ")
            for n in (3, 2):
                words = tokens[i:i + n]
                if len(words) == n and tuple(t[4] for t in words) in _PHRASES \
                        and all(text[a[1]:b[0]] == " " for a, b in zip(words, words[1:])):
                    out.append(self._result("LOCATION", start, words[-1][2], "a known place"))
            nxt = tokens[i + 1] if i + 1 < len(tokens) and text[end:tokens[i + 1][0]] == " " else None
            if bare in _PLACES:
                out.append(self._result("LOCATION", start, cut, "a known place"))
            # a port's name ("ڪيٽي بندر جي", "شاهه بندر"), a district's before its word ("دادو ضلعي")
            if nxt and cut == end and (_name_word(key, bare) or bare in _PLACES) and bare not in _TITLE_WORDS:
                if nxt[4] == _PORT:
                    out.append(self._result("LOCATION", start, nxt[2], "a port's name"))
                elif nxt[4] in _KIND_AFTER:
                    out.append(self._result("LOCATION", start, end, "a place before its kind's word"))
            # a village's or a district's name after its word, closed by a postposition ("ڳوٺ ڀٽي ۾")
            if bare in _KIND_BEFORE and nxt:
                span = self._run(text, tokens, i + 1, most=2, place=True)
                if span is None:
                    continue
                after = tokens[span[1]] if span[1] < len(tokens) else None
                gap = text[tokens[span[1] - 1][2]:after[0] if after else len(text)]
                glued = tokens[span[1] - 1][2] < tokens[span[1] - 1][1]
                if glued or after and gap == " " and after[3] in _CLOSES_PLACE or gap.lstrip(" ")[:1] in ("،", ","):
                    out.append(self._result("LOCATION", tokens[span[0]][0], tokens[span[1] - 1][2], "a place by its kind's word"))
        return out

    def _value(self, text: str, all_tokens: list, kind: str, start: int, end: int, why: str) -> list:
        """The findings in a labelled value (a form's field, a table's cell), by its label's kind."""
        while start < end and text[start] in " \t\"'":
            start += 1
        while end > start and text[end - 1] in " \t\"'":
            end -= 1
        if start == end:
            return []
        if kind == "AGE":
            age = _AGE_VALUE.match(text, start, end)
            return [self._result("AGE", *age.span(), why)] if age and 0 < int(age.group()) < 125 else []
        if kind == "ID_NUMBER":
            number = _ID_VALUE.match(text, start, end)
            if number and sum(c.isdigit() for c in number.group()) >= 4:
                return [self._result("ID_NUMBER", *number.span(), why)]
            return []
        if kind == "ADDRESS":
            return [self._result("ADDRESS", start, end, why)] if any(c.isdigit() for c in text[start:end]) \
                or "،" in text[start:end] or "," in text[start:end] else \
                [self._result("LOCATION", start, end, why)] if len(text[start:end].split()) <= 3 else []
        tokens = all_tokens[bisect.bisect_left(all_tokens, (start,)):bisect.bisect_left(all_tokens, (end,))]
        tokens = [t for t in tokens if t[1] <= end]
        if kind == "PERSON":
            out = []
            if tokens and tokens[0][4] in _TITLE_WORDS:
                out.append(self._result("TITLE", tokens[0][0], tokens[0][1], why))
                tokens = tokens[1:]
            span = self._run(text, tokens, 0, most=5) if tokens else None
            rest = text[tokens[span[1] - 1][1]:end].lstrip(" \t") if span else ""
            if span is None or rest and not _VALUE_END.match(rest):
                return []  # (a label's value is a name up to its end or a stop: "نالو: ڪونهي ڏنل" is none)
            return [*out, self._person(tokens, *span, why)]
        out = []
        at = start
        for cut in [*(m.start() for m in _PART_END.finditer(text, start, end)), end]:
            a, b, at = at, cut, cut + 1
            while a < b and text[a] in " \t":
                a += 1
            while b > a and text[b - 1] in " \t":
                b -= 1
            part = [t for t in tokens if a <= t[0] and t[1] <= b]
            if part and part[0][4] in _KIND_BEFORE and len(part) > 1:
                part = part[1:]
            if part and text[part[0][0]:b] and 1 <= len(part) <= 3 and all(_name_word(t[3], t[4]) or t[4] == _PORT
                                                                           for t in part) \
                    and part[-1][1] == b and len(part) == len(text[part[0][0]:b].split()):
                out.append(self._result("LOCATION", part[0][0], part[-1][2], why))
            elif not part and regex.fullmatch(r"[\p{L}][\p{L}\p{Mn} .'\-]{1,38}", text[a:b]):
                out.append(self._result("LOCATION", a, b, why))  # (a romanized place under an English key)
        return out

    def _table_cells(self, text: str, tokens: list) -> list:
        """Cells under a header of these labels ("| نالو | پيءُ جو نالو | شناختي ڪارڊ | ڳوٺ | فون |")."""
        if "\n" not in text or not any(d in text for d in DELIMITERS):
            return []
        out = []
        for a, b, kind in labelled_cells(text, lambda cell: _KIND_OF.get(_fold(cell.strip("\"'")).replace(" ", ""))):
            out += self._value(text, tokens, kind, a, b, "a table's column")
        return out

    # Romanized

    def _romanized(self, text: str) -> list:
        out = []
        for match in _LATIN_DATE.finditer(text):
            if match.start() and text[match.start() - 1].isalnum():
                continue  # ("112 March")
            start = _weekday_before(text, match.start())
            if start is not None or match.group("glue"):  # (a date alone is every language's: the date recognizers')
                end = match.start("glue") if match.group("glue") else match.end()
                out.append(self._result("DATE_TIME", match.start() if start is None else start, end,
                                        "a Sindhi or Balochi date"))
        for rule, pattern, entity, group, why in (
                ("named", _LATIN_NAMED, "PERSON", "name", "a name said"),
                ("whose", _LATIN_WHOSE, "PERSON", "name", "whose number"),
                ("age", _LATIN_AGE, "AGE", "age", "a romanized age"),
                ("place", _LATIN_PLACE, "LOCATION", "place", "a place with its case ending")):
            if any(cue in text for cue in _LATIN_CUES[rule]):
                out += [self._result(entity, *m.span(group), why) for m in pattern.finditer(text)
                        if entity != "AGE" or 0 < int(m.group("age")) < 125]
        return out

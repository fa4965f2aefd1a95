"""Names, ages, dates, places and ids written in Burmese (Myanmar) script, and their romanized forms.

The English NER reads none of these scripts, and Burmese writes no space between words.
What marks personal data is the word around it: a courtesy title glued before a name, a form's
label, an age's unit after its number, a village's, district's or province's word before its name.
Texts without this script or its romanized cues cost one search.
"""
from __future__ import annotations

import itertools

import regex

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer

_ANY = regex.compile(r"\p{Myanmar}")
SCORE = 0.9  # above NER's 0.85: the English model's reading of these scripts is noise
PHONE_SCORE = 0.6  # a phone's shape alone, as recognizers/phone.py scores a valid national number
# Burmese letters and their marks, no digits or punctuation ("၏", "၊", "။" end a word); "၎" opens "၎င်း"
_L = "\u1000-\u103F\u104E\u1050-\u108F\u109A-\u109F"
_RUN = regex.compile(rf"[{_L}]+")
_RUN_BEFORE = regex.compile(rf"[{_L}]+$")
# A syllable opens on a consonant or a vowel letter, unless the consonant is stacked under the one before
# ("မန္တလေး": "မန္တ", "လေး") or killed into the one before ("ထွန်း", "မြင့်")
_SYLLABLE_START = regex.compile(r"(?<!\u1039)(?=[\u1000-\u102A\u103F\u104E\u1050-\u1055](?!\u1037?[\u103A\u1039]))")
# ... so a word read ends where the next syllable opens ("မန္တလေး|ကို", never "လမ်းမ|ှာ" of "လမ်းမှာ")
_SYLLABLE_END = r"(?![\u102B-\u103E\u1037\u1038]|[\u1000-\u1021]\u1037?[\u103A\u1039])"
_BEFORE = rf"(?<![{_L}])"  # a word's start: Burmese glues words, but a name or a title opens a run
_DIGITS = str.maketrans("၀၁၂၃၄၅၆၇၈၉", "0123456789")

# Syllables of Burmese given names ("ထွန်းထွန်းနိုင်", "စန်းစန်းမြင့်", "ဝေဖြိုးအောင်"). Many are words too
# ("မိုး" rain, "အောင်" succeed, "ငွေ" money): alone they prove nothing, only after a title or a label.
_NAME_SYLLABLES = frozenset(
    "အောင် ကျော် မိုး သန့် ဇင် ခင် မြင့် စန်း ထွန်း နိုင် ဇော် မင်း ဝင်း ဦး ချို မာ လွင် နှင်း ဝေ ဖြိုး မြ သီ တာ စိုး "
    "ကြည် အေး မွန် တင် သက် ထက် ထား ဆွေ လှ သိန်း ညွန့် နွယ် နု သူ ဇာ ဖြူ ငြိမ်း ယု ရီ ရည် ပြည့် ပိုင် သော် သဲ ဟန် "
    "လင်း မျိုး ဌေး လှိုင် စိန် ရွှေ နီ ညီ စန္ဒာ စန္ဒီ ဥမ္မာ နန္ဒာ နည် ဟ ရ တ နာ အိ ချော ရန် ယဉ် ခိုင် စည် ရဲ နောင် "
    "ကောင်း ခန့် မြတ် နိုး သ ဝင့် ဝါ ပွင့် ဖွေး ယ ငွေ ဟိန်း ထိုက် လေး တင့် ဝတ် နန်း အုန်း ပြုံး ဆောင်း သန်း ဇေ "
    "ညို ဘ ချစ် မောင် ကို စု မေ မြေ ပျို ကြယ် ဆု ဆန်း ရှိန် ထူး အိမ့် မှုံ ရိ ဘုန်း ပြည် နွေ စံ ပယ် ချမ်း လဲ့ "
    "ထွေး တိုး ဉာဏ် ဝဏ္ဏ ပ ညာ ဇွဲ ယမုံ မုံ ကြိုင် ကျော့ ပန်း နွဲ့ ရွှန်း ဟေ ဖူး ပု ဖေ ဝိုင်း သွယ် သင်း ပြုး "
    "ဇေယျာ သဇင် လွင့် ဆင့် မြိုင် ထိန် ဇော လတ် သစ် ကေ သီရိ".split()
)
#: courtesy titles glued before a name: Mr, Mrs, Ko (a young man's), Ma (a young woman's), Maung (a boy's), doctor,
#: teacher, and the Karen's and Shan's (Saw, Naw, Sai, Nang, Khun); ဦး and ဒေါ် head names of any syllables, the
#: others words too ("ကို" marks an object, "မ" denies a verb, "နော်" asks "right?"): only before name syllables
_STRONG_TITLES = {("ဦး",), ("ဒေါ်",), ("ဒေါက်", "တာ")}
_WEAK_TITLES = {("ကို",), ("မ",), ("မောင်",), ("ဆ", "ရာ"), ("ဆ", "ရာ", "မ"), ("စော",), ("နော်",), ("စိုင်း",), ("နန်း",),
                ("ခွန်",), ("ဒေါ်", "ဒေါ်")}
_DOUBLED = {("မောင်",), ("ကို",)}  # also names' syllables: "မောင်မောင်" is Maung Maung
_TWO_SYLLABLES = {("ကို",), ("မ",)}  # the commonest words of them: a name of one syllable is too like a verb
_COUNTED = regex.compile(rf"(?:\d|(?<![{_L}])(?:တစ်|နှစ်|သုံး|လေး|ငါး|ခြောက်|ခုနစ်|ရှစ်|ကိုး|ဆယ်|ရာ|ထောင်))[ ]*$")
#: words a strong title opens that name no one: "ဦးစွာ" first, "ဦးဆောင်" lead, "ဦးနှောက်" brain, "ဒေါ်လာ" dollar
_NOT_NAMED = frozenset("စွာ ဆောင် စီး တည် နှောက် ထုပ် ရေ စား ခေါင်း ချ ညွှတ် ဇင်း ပဉ္ဇင်း လာ".split())
#: particles glued after a name: subject, object, possessive, with, from, to, plural, "hey", "it is"
_PARTICLES = frozenset("က ကို ရဲ့ နဲ့ နှင့် မှ သည် ဟာ လည်း တို့ အား ထံ ဆီ ရေ ပါ လို့ ရော ပဲ တော့ မှာ တွင် သို့ ကော".split())
#: kin words said before a name in a chat ("အစ်ကို ကျော်ကျော် ရေ": brother Kyaw Kyaw, hey)
_KIN = regex.compile(rf"{_BEFORE}(?:အစ်ကို|အကို|အစ်မ|ညီလေး|ညီမလေး|ညီမ|ဦးလေး|အန်တီ|အဒေါ်|အဘ|ဘကြီး|ကြီးကြီး)[ ]?(?=[{_L}])")
# A form's label, then the person: father's, mother's, borrower's, guarantor's, winner's, buyer's, customer's name
_PERSON_LABEL = regex.compile(
    rf"{_BEFORE}(?:(?:အဖ|အမိ|ဖခင်|မိခင်|ဖ|မိ|အဘ|ဇနီး|ခင်ပွန်း|အုပ်ထိန်းသူ)?(?:အမည်|နာမည်)|ငွေချေးသူ|ချေးယူသူ|အာမခံသူ|"
    r"ကံထူးရှင်|ဝယ်သူ|ရောင်းသူ|ဖောက်သည်|လျှောက်ထားသူ|ပိုင်ရှင်|တာဝန်ခံ|လက်ခံသူ|ပေးပို့သူ|အသုံးပြုသူ|လူနာ|သက်သေ)"
    r"[ \t]*[:：\-–—][ \t]*(?=[^\n])"
)
# "ကျွန်တော့်နာမည် အောင်ကျော်မိုး ပါ" (my name is ...), "ကျွန်မ နှင်းဝေ ပါ" (I am ...): the name before "it is"
# (a person's name: never "ကုမ္ပဏီအမည် ... ပါ", the company's)
_NAME_IS = regex.compile(rf"(?:(?:{_BEFORE}|(?<=ကျွန်တော့်|ကျွန်မ|ကျနော့်|ကျမ|ကျွန်ုပ်|သူ့|ငါ့))(?:နာမည်|အမည်)(?:က|မှာ|ကတော့)?"
                         rf"|{_BEFORE}(?:ကျွန်တော်|ကျွန်မ|ကျနော်|ကျမ|ကျွန်ုပ်))[ ]+"
                         rf"(?P<name>[{_L}]+)[ ]?(?:ပါ|ဖြစ်ပါတယ်|ဖြစ်သည်|လို့ခေါ်ပါတယ်)(?=[ \t\n။၊,.!?]|$)")
# a chat's speaker opening a line ("ဇင်မာ: ...") or a name before its age in brackets ("... (အသက် ၄၅ နှစ်)")
_SPEAKER = regex.compile(rf"(?m)^[ \t]*(?P<name>[{_L}]+)[ \t]*:(?=[ \t]*\S)")
_BEFORE_AGE = regex.compile(rf"{_BEFORE}(?P<name>[{_L}]+)[ ]?[(,၊][ ]?အသက်")

# Regions, states and the towns and townships forms name most, found alone ("သူ မန္တလေးကို": to Mandalay);
# not those that are words or peoples too ("ပြည်" country, "ကလေး" child, "ချောက်" cliff, "မွန်", "ရခိုင်", "ချင်း",
# "မြဝတီ" a woman's name): their kind's word finds them
_PLACES = (
    "ရန်ကုန်|မန္တလေး|ပဲခူး|မကွေး|စစ်ကိုင်း|ဧရာဝတီ|တနင်္သာရီ|နေပြည်တော်|မော်လမြိုင်|ပုသိမ်|တောင်ကြီး|"
    "လားရှိုး|မြစ်ကြီးနား|ဘားအံ|လွိုင်ကော်|ဟားခါး|စစ်တွေ|ထားဝယ်|မြိတ်|ကော့သောင်း|ပခုက္ကူ|မုံရွာ|ရွှေဘို|မိတ္ထီလာ|"
    "မြင်းခြံ|ပြင်ဦးလွင်|သထုံ|ဟင်္သာတ|မြောင်းမြ|ဖျာပုံ|တောင်ငူ|သာယာဝတီ|ညောင်ဦး|မူဆယ်|ကျိုင်းတုံ|တာချီလိတ်|"
    "ကျောက်ဆည်|ပြည်ကြီးတံခွန်|အမရပူရ|ချမ်းအေးသာစံ|ချမ်းမြသာစည်|မဟာအောင်မြေ|အောင်မြေသာစံ|"
    "အင်းစိန်|သာကေတ|ကမာရွတ်|လှိုင်သာယာ|မင်္ဂလာဒုံ|မရမ်းကုန်း|ရန်ကင်း|တာမွေ|ဗဟန်း|စမ်းချောင်း|ကြည့်မြင်တိုင်|"
    "လမ်းမတော်|ပန်းဘဲတန်း|ကျောက်တံတား|ဗိုလ်တထောင်|ပုဇွန်တောင်|မင်္ဂလာတောင်ညွန့်|မြောက်ဒဂုံ|တောင်ဒဂုံ|"
    "အရှေ့ဒဂုံ|ဒဂုံမြို့သစ်|သင်္ဃန်းကျွန်း|တောင်ဥက္ကလာပ|မြောက်ဥက္ကလာပ|ဒေါပုံ|သန်လျင်|မှော်ဘီ|လှည်းကူး|"
    "ရွှေပြည်သာ"
)
_PLACE = regex.compile(rf"{_BEFORE}(?:{_PLACES}){_SYLLABLE_END}")
# A place before its kind's word: township (its word inside, as forms write it), town, region, state, district,
# village ("ပဲခူးမြို့မှ", "ချမ်းအေးသာစံမြို့နယ်"); never "တိုင်း" alone ("နေ့တိုင်း": every day) nor "ရွာ" ("မိုးရွာ": rain falls)
_PLACE_KIND = regex.compile(rf"(?P<kind>မြို့နယ်|မြို့|တိုင်းဒေသကြီး|ပြည်နယ်|ခရိုင်|ကျေးရွာ|ရပ်ကွက်){_SYLLABLE_END}")
_KIND_INSIDE = frozenset({"မြို့နယ်"})
#: words before a kind's word that name no place: this, that, our, border, which, another, one
_NOT_PLACES = frozenset("ဒီ အဲဒီ ထို ဤ ယင်း ၎င်း တစ် အခြား တခြား နယ်စပ် ကမ်းခြေ ဆိပ်ကမ်း ကိုယ့် ကျွန်တော့် ကျွန်မ သူ့ "
                        "ဘယ် မြို့ ဇာတိ နေရပ် မွေးရပ် အနီး ကြီး ငယ် သစ် ဟောင်း".split())
# a place after its label ("ရွာ: ကံကြီးကုန်း" village, "မြို့နယ် - ..." township, "ဇာတိ" native place)
_PLACE_LABEL = regex.compile(rf"{_BEFORE}(?:ရွာ|ကျေးရွာ|မြို့နယ်|မြို့|တိုင်း|တိုင်းဒေသကြီး|ပြည်နယ်|ခရိုင်|ဇာတိ|မွေးရပ်|နေရပ်)"
                             r"[ \t]*[:：\-–—][ \t]*(?=[^\n])")
# an address after its label: the house and street, then the township and town, "၊" apart
_ADDRESS_LABEL = regex.compile(rf"{_BEFORE}(?:နေရပ်လိပ်စာ|လိပ်စာ|နေထိုင်သည့်လိပ်စာ|အမြဲတမ်းလိပ်စာ)[ \t]*[:：\-–—][ \t]*(?=[^\n])")
# "အမှတ် ၁၂၇၊ ၆၂ လမ်း" (No. 127, 62nd Street), "အမှတ် ၈၈၊ ဗိုလ်ချုပ်လမ်း", "တိုက် ၅၊ အခန်း ၃၊ ပြည်လမ်း"
_NUMBER = r"(?:\(\d{1,5}\)|\d{1,5}(?:[/\-]\d{1,5})?(?:[/\-][က-အ])?)"
_STREET = rf"(?:\(?\d{{1,3}}\)?[ ]?|[{_L}]{{1,30}}?)(?:လမ်းမကြီး|လမ်းသွယ်|လမ်းမ|လမ်း){_SYLLABLE_END}"
_ADDRESS = regex.compile(
    rf"{_BEFORE}(?:အိမ်|တိုက်)?အမှတ်[ ]?{_NUMBER}(?:[ ]*[၊,][ ]*(?:တိုက်|အခန်း|အထပ်)(?:အမှတ်)?[ ]?{_NUMBER}){{0,2}}"
    rf"[ ]*[၊,][ ]*{_STREET}"
)
_STREET_PART = regex.compile(rf"{_STREET}$|.*\d")

# Months: the western ones in Burmese spelling, then the lunar ones ("တန်ခူး", "သီတင်းကျွတ်"), maybe with "လ" (month)
_MONTHS = (
    "ဇန်နဝါရီ|ဇန်နာဝါရီ|ဖေဖော်ဝါရီ|ဖေဖေါ်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|ဩဂုတ်|သြဂုတ်|ဪဂုတ်|စက်တင်ဘာ|အောက်တိုဘာ|"
    "နိုဝင်ဘာ|ဒီဇင်ဘာ|တန်ခူး|ကဆုန်|နယုန်|ဒုတိယဝါဆို|ပဝါဆို|ဝါဆို|ဝါခေါင်|တော်သလင်း|သီတင်းကျွတ်|တန်ဆောင်မုန်း|"
    "နတ်တော်|ပြာသို|တပို့တွဲ|တပေါင်း"
)
_WEEKDAY = r"(?:တနင်္ဂနွေ|တနင်္လာ|အင်္ဂါ|ဗုဒ္ဓဟူး|ကြာသပတေး|သောကြာ|စနေ)(?:နေ့)?[ ]*[၊,]?[ ]*"
_MONTH = rf"{_BEFORE}(?:{_MONTHS})(?:လ)?(?:[ ]?(?:လဆန်း|လပြည့်ကျော်|လပြည့်|လဆုတ်|လကွယ်))?(?![{_L}])"
_DAY = r"\d{1,2}[ ]?ရက်"
_YEAR = r"\d{4}[ ]?ခု(?:နှစ်)?"
_SEP = r"[ ]*[၊,]?[ ]*"
# "၂၀၂၄ ခုနှစ်၊ ဇန်နဝါရီလ ၁၅ ရက်", "ဒီဇင်ဘာ ၂၀ ရက်", "ဧပြီ ၂၁၊ ၁၉၆၈", "၁၅ ရက် ဇန်နဝါရီလ ၂၀၂၄"; a clock after ("နံနက် ၉ နာရီ")
_CLOCK = r"(?:[ ]*(?:နေ့)?[ ]*[၊,]?[ ]*(?:(?:နံနက်|မနက်|နေ့လည်|ညနေ|ည)[ ]*)?\d{1,2}[ ]?နာရီ(?:[ ]?(?:\d{1,2}[ ]?မိနစ်|ခွဲ))?)?"
_DATE = regex.compile(
    rf"(?:{_WEEKDAY})?(?:(?:{_YEAR}{_SEP})?{_MONTH}{_SEP}(?:{_DAY}|\d{{1,2}}(?:{_SEP}\d{{4}})?(?!\d))|{_YEAR}{_SEP}{_MONTH}"
    rf"|{_DAY}{_SEP}{_MONTH}(?:{_SEP}\d{{4}}(?:[ ]?ခု(?:နှစ်)?)?)?){_CLOCK}"
)
# "၁၄-၁၁-၁၉၉၃", "၃/၉/၁၉၇၅" in Burmese digits (the date readers know Latin digits)
_NUMERIC_DATE = regex.compile(r"(?<![\d/.\-])(?:[၀-၉]{1,2}[\-/.][၀-၉]{1,2}[\-/.][၀-၉]{4}|[၀-၉]{4}[\-/.][၀-၉]{1,2}[\-/.][၀-၉]{1,2})(?![\d/.\-])")
# An age: after its word ("အသက် ၄၅ နှစ်", "အသက် - ၅၁", "အသက်(၄၅)"), or before years-old ("၇ နှစ်သား", "၄၅ နှစ်အရွယ်")
_AGE = regex.compile(r"(?:အသက်[ \t]*[:：\-–]?[ \t]*\(?(?P<age>\d{1,3})\)?(?!\d)(?![ \t]*[\-/.]\d)"
                     r"|(?<!\d)(?P<age>\d{1,3})[ ]?နှစ်(?:သား|သမီး|အရွယ်|ရှိ))"
                     r"(?![ ]?(?:နှစ်)?[ ]?(?:အောက်|အထက်|နှင့်အထက်|ကျော်|မပြည့်))")  # "အသက် ၁၈ နှစ်အောက်": under 18, a rule's

# The National Registration Card: the state's number (1-14), the township's code, the citizenship, six digits
# ("၁၂/အစန(နိုင်)၀၉၂၃၁၈", "12/KaMaYa(N)204719", "9/AMaZa(N)102447"); (N) citizen, (E) associate, (P) naturalised
_NRC = regex.compile(
    rf"(?<![\d/\p{{L}}])(?P<state>\d{{1,2}})[ ]?/[ ]?(?:[{_L}]{{2,12}}|[A-Z][a-z]{{0,3}}(?:[A-Z][a-z]{{0,3}}){{1,4}}|[A-Z]{{2,6}})"
    rf"[ ]?\((?:[{_L}]{{1,8}}|N|E|P|A|F|TH|T|G|S|Y|C|Naing|NAING)\)[ ]?\d{{6}}(?!\d)"
)
# A Myanmar mobile: 09 and seven to nine digits ("09 4730 15528", "၀၉-၇၉၄၅၁၂၃၈၇"), maybe after +95
_PHONE = regex.compile(r"(?<![\d\p{L}.,/+\-])(?:\+(?:95|၉၅)[ \-]?|0|၀)(?:9|၉)(?:[ \-]?\d){7,9}(?![\-]?\d|[ ]\d)")

# Romanized: Burmese given names' syllables ("Aye Aye Mon", "Myo Min Thant", "Thet Htar Swe")
_ROMAN_SYLLABLES = frozenset(
    "Aung Kyaw Myo Min Thant Zaw Win Soe Myint Tun Htun Lwin Lin Linn Mya Thida Sandar Aye Mon Tin Khin Kyi Kyu Thet "
    "Htet Htar Swe Hla Thin Oo Nyein Su Suu Hlaing Phyu Moe Nay Naing Htoo Zarni Ohnmar Eh Seng Hom Thiha Yadanar Ei "
    "Chaw Wai Way Yan Paing Phyo Yin Nwe Nu Khaing Khine San Sein Maung Mg Ko Htay Han Thura Ye Yee Naung Pyae Sone "
    "Kaung Khant Myat Noe Shwe Sithu Thu Zin Mar Cho May Thazin Wint War Hnin Pwint Phway Yamin Ngwe Hein Htike Lay "
    "Sanda Sandi Theingi Tint Wutyi Yu Nan Ohn Pyone Saung Than Tar Dar Zar Zayar Zeyar Nyi Nyunt Ba Bo Chit Ni Thaw "
    "Thae Hsu Hsan Shein Eaint Hmone Thiri Phone Pyi Nway Wah Nadi Chan Nandar Lae Htwe Kyal Thuzar Nilar Thwe Yoon "
    "Yone Nyan Wunna Pyinnya Sabai Yi Kaythi Kay Thi Phyoe Myoe Htin Kyawt Zwe Thit Paw Htut Saing Thein Maw Kyaing "
    "Nyo Thandar Thinzar Marlar Zun Latt Lat Khun Sai Naw Nang Saw Tha Sann Si Hsaing Mahn Arkar Kyar Nge Hnin".split()
)
#: of them, English words and other languages' names: after "Ma", "Ko" or "Saw" (English's "ma", "saw", Korea's
#: Ko, China's Ma) one alone proves nothing ("Saw Tin", "Ma Lin"); two do ("Ma Thet Htar Swe")
_ROMAN_COMMON = frozenset(
    "Win May Tin Thin Lay Nay Oo Su Than Thu Yu Ye Eh San Han Mar War Wah Ba Bo Chit Ni Si Tha Tar Nan Lin Mon Kay "
    "Aye Moe Way Yan Cho Min Zin Chan Mya Phone Maw Lae Thaw Nu Ei Yi Dar Zar Sann Hom Paw Lat Sai Ko Saw Naw".split()
)
_ROMAN_TITLE = regex.compile(
    r"(?<![\p{L}\d.\-])(?P<title>U|Daw|Ko|Ma|Maung|Mg|Saw|Naw|Nang|Sai|Khun|Mahn|Sayar|Sayama)[ ](?P<name>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,3})"
)
_ROMAN_HINT = ("U ", "Daw ", "Ko ", "Ma ", "Maung ", "Mg ", "Saw ", "Naw ", "Nang ", "Sai ", "Khun ", "Mahn ", "Saya")
#: titles that are no English word: one name syllable after them is enough
_ROMAN_STRONG = frozenset({"U", "Daw", "Maung", "Mg", "Naw", "Nang", "Khun", "Mahn", "Sayar", "Sayama"})
# "a thet 39 nhit" (age 39 years), "A thet: 47"; "A mee: Kyaw Zin Htet" (name)
_ROMAN_AGE = regex.compile(r"(?<![\p{L}])(?i:a[ \-]?thet)[ \t]*[:\-]?[ \t]*(?P<age>\d{1,3})(?!\d)")
_ROMAN_NAME_LABEL = regex.compile(r"(?<![\p{L}])(?i:a[ \-]?mee|nar[ \-]?mae)[ \t]*:[ \t]*(?P<name>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,3})")
# a region or a state by its kind's word ("Ayeyarwady Region", "Shan State"): "Mon", "Chin", "Shan" are words alone
_ROMAN_REGION = regex.compile(
    r"\b(?P<place>Ayeyarwady|Irrawaddy|Bago|Magway|Magwe|Mandalay|Sagaing|Tanintharyi|Yangon|Kachin|Kayah|Kayin|Karen|"
    r"Chin|Mon|Rakhine|Shan)[ ](?:Region|State|Division)\b"
)


@RECOGNIZERS.register("BurmeseRecognizer")
class BurmeseRecognizer(OwnRecognizer):
    """PERSON, TITLE, AGE, DATE_TIME, LOCATION, ADDRESS, ID_NUMBER and PHONE_NUMBER in Burmese text."""

    ENTITIES = ["PERSON", "TITLE", "AGE", "DATE_TIME", "LOCATION", "ADDRESS", "ID_NUMBER", "PHONE_NUMBER"]

    def analyze(self, text, entities, nlp_artifacts=None):
        burmese = _ANY.search(text) is not None
        found: list[tuple[str, int, int, str]] = []
        if "/" in text and "(" in text:
            found += [("ID_NUMBER", *m.span(), "a National Registration Card's number") for m in _NRC.finditer(text)
                      if 1 <= int(m.group("state")) <= 14]
        if burmese or "09" in text or "+95" in text:
            found += [("PHONE_NUMBER", *m.span(), "a Myanmar mobile number") for m in _PHONE.finditer(text)]
        if any(hint in text for hint in _ROMAN_HINT) or "mee" in text or "mae" in text:
            found += _romanized_names(text)
        if "het" in text:
            found += [("AGE", *m.span("age"), "an age after a thet") for m in _ROMAN_AGE.finditer(text)]
        if "Region" in text or "State" in text or "Division" in text:
            found += [("LOCATION", *m.span("place"), "a region or state") for m in _ROMAN_REGION.finditer(text)]
        if burmese:
            found += _names(text) + _places(text) + _dates_and_ages(text)
            if "|" in text or "\t" in text:
                found += _table(text)
        unique = {(entity, start, end): why for entity, start, end, why in reversed(found)}  # (a label's and a title's)
        return [make_result(self, entity, start, end, PHONE_SCORE if entity == "PHONE_NUMBER" else SCORE, why)
                for (entity, start, end), why in unique.items()]


def _syllables(word: str) -> list[str]:
    return [piece for piece in _SYLLABLE_START.split(word) if piece]


def _run_at(text: str, start: int) -> str:
    match = _RUN.match(text, start)
    return match.group() if match else ""


def _name_length(syllables: list[str], strong: bool, most: int = 5) -> int:
    """How many of the syllables make the name: those before its first particle ("သန့်ဇင်|က"); 0 if they name no one.
    A strong cue (ဦး, ဒေါ်, a form's label) takes any syllables; a weak one only names' syllables and particles after."""
    cut = next((i for i, s in enumerate(syllables) if i and s in _PARTICLES), len(syllables))
    name = syllables[:cut]
    if strong:
        if not name or name[0] in _NOT_NAMED or name[0] in _PARTICLES:
            return 0
        if len(name) <= most:
            return len(name)
        known = next((i for i, s in enumerate(name) if s not in _NAME_SYLLABLES), len(name))
        return known if 0 < known <= most else 0
    if not 0 < len(name) <= 4 or any(s not in _NAME_SYLLABLES for s in name) \
            or any(s not in _PARTICLES for s in syllables[cut:]):
        return 0
    return len(name)


def _title_and_name(text: str, start: int, strong_cue: bool = False) -> list[tuple[str, int, int, str]]:
    """A title and the name glued after it, read from the run of letters at `start` ("ဦးထွန်းထွန်းနိုင်",
    "ကိုသန့်ဇင်က"); after a form's label (`strong_cue`) a name with no title too."""
    syllables = _syllables(_run_at(text, start))
    for size in (3, 2, 1):
        title = tuple(syllables[:size])
        if len(title) < size or title not in _STRONG_TITLES and title not in _WEAK_TITLES:
            continue
        rest, at = syllables[size:], start + len("".join(title))
        if not rest and title in _STRONG_TITLES and text.startswith(" ", at):  # "ဦး ကျော်စိုး"
            rest, at = _syllables(_run_at(text, at + 1)), at + 1
        if rest and rest[0] == title[-1] and title in _DOUBLED:  # "မောင်မောင်", "ကိုကို": the name itself
            rest, at, size = syllables, start, 0
        if title == ("ဦး",) and _COUNTED.search(text, max(0, start - 12), start):
            return []  # "လူ ၅ ဦး": five persons (ဦး counts people)
        strong = strong_cue or title in _STRONG_TITLES
        length = _name_length(rest, strong)
        if not length or not strong and title in _TWO_SYLLABLES and (length < 2 or rest[length - 1] == "နိုင်"):
            return []  # "ဖိုင် ကိုတင်ပါ" (upload the file), "မကျော်နိုင်ပါ" (cannot pass): Ko and Ma take two syllables
        end = at + len("".join(rest[:length]))
        found = [("PERSON", at, end, "a name after its title")]
        return found + [("TITLE", start, start + len("".join(title)), "a courtesy title")] if size else found
    if strong_cue and (length := _name_length(syllables, True, most=6)):
        return [("PERSON", start, start + len("".join(syllables[:length])), "a name after its label")]
    return []


def _names(text: str) -> list[tuple[str, int, int, str]]:
    found = []
    for run in _RUN.finditer(text):
        if run.group().startswith(("ဦး", "ဒေါ", "ကို", "မ", "ဆရာ", "စော", "နော်", "စိုင်း", "နန်း", "ခွန်")):
            found += _title_and_name(text, run.start())
    for match in _PERSON_LABEL.finditer(text):
        found += _title_and_name(text, match.end(), strong_cue=True)
    for match in _NAME_IS.finditer(text):
        strong = not match.group().startswith(("ကျွန်", "ကျ"))  # "my name is" says more than "I am"
        syllables = _syllables(match.group("name"))
        if len(syllables) == _name_length(syllables, strong):
            found.append(("PERSON", *match.span("name"), "a name said as one's own"))
    for match in (*_SPEAKER.finditer(text), *_BEFORE_AGE.finditer(text)):
        syllables = _syllables(match.group("name"))
        if len(syllables) == _name_length(syllables, False):
            found.append(("PERSON", *match.span("name"), "a chat's speaker or a name before its age"))
    for match in _KIN.finditer(text):
        syllables = _syllables(_run_at(text, match.end()))
        if length := _name_length(syllables, False):
            found.append(("PERSON", match.end(), match.end() + len("".join(syllables[:length])), "a name after a kin word"))
    return found


def _parts(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of a form's value from `start` to the line's end, parted at "၊" and ","."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    spans = []
    for piece in regex.finditer(r"[^၊,။|\t]+", text[start:end]):
        a, b = start + piece.start(), start + piece.end()
        while a < b and text[a] in " ":
            a += 1
        while b > a and text[b - 1] in " ":
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans


def _place_part(text: str, a: int, b: int) -> tuple[str, int, int, str] | None:
    """A part of an address naming a place (a town, a township: "ပဲခူး", "ချမ်းအေးသာစံမြို့နယ်"), without a town's word."""
    value = text[a:b]
    if not _RUN.fullmatch(value) or len(_syllables(value)) > 8:
        return None
    if value.endswith("မြို့") and len(value) > len("မြို့"):
        b -= len("မြို့")
    return ("LOCATION", a, b, "a place in an address")


def _places(text: str) -> list[tuple[str, int, int, str]]:
    found = [("LOCATION", *m.span(), "a region, state or town") for m in _PLACE.finditer(text)]
    for match in _PLACE_KIND.finditer(text):
        before = _RUN_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if not before:
            continue
        start = before.start()
        syllables = _syllables(text[start:match.start()])
        # after the words glued before it: "ကျွန်တော်တို့|ရန်ကုန်မြို့"
        cut = max((i + 1 for i, s in enumerate(syllables) if i and s in _PARTICLES), default=0)
        place = syllables[cut:]
        if not 0 < len(place) <= 5 or "".join(place) in _NOT_PLACES or place[0] in _NOT_PLACES:
            continue
        start += len("".join(syllables[:cut]))
        end = match.end() if match.group("kind") in _KIND_INSIDE else match.start()
        found.append(("LOCATION", start, end, "a place before its kind's word"))
    for match in _ADDRESS.finditer(text):
        found.append(("ADDRESS", *match.span(), "a house's number and its street"))
    for match in _ADDRESS_LABEL.finditer(text):
        parts = _parts(text, match.end())
        streets = 0
        while streets < len(parts) and _STREET_PART.match(text, *parts[streets]):
            streets += 1  # the house, the street: what holds a number or ends on a street's word
        if streets:
            found.append(("ADDRESS", parts[0][0], parts[streets - 1][1], "an address after its label"))
        found += [place for a, b in parts[streets:] if (place := _place_part(text, a, b))]
    for match in _PLACE_LABEL.finditer(text):
        found += [place for a, b in _parts(text, match.end()) if (place := _place_part(text, a, b))]
    return found


def _dates_and_ages(text: str) -> list[tuple[str, int, int, str]]:
    found = [("DATE_TIME", *m.span(), "a date in Burmese words") for m in _DATE.finditer(text)]
    for match in _NUMERIC_DATE.finditer(text):
        numbers = [int(n) for n in regex.split(r"[\-/.]", match.group().translate(_DIGITS))]
        day, month = (numbers[0], numbers[1]) if numbers[2] > 999 else (numbers[2], numbers[1])
        if 1 <= day <= 31 and 1 <= month <= 12:
            found.append(("DATE_TIME", *match.span(), "a date in Burmese digits"))
    found += [("AGE", *m.span("age"), "an age by its word") for m in _AGE.finditer(text) if int(m.group("age")) <= 120]
    return found


#: a table's columns by their heading: names, places, addresses, ages
_COLUMNS = {
    **dict.fromkeys(("အမည်", "နာမည်", "ဖောက်သည်", "ငွေချေးသူ", "အာမခံသူ", "ဝယ်သူ", "ကံထူးရှင်", "လူနာ"), "PERSON"),
    **dict.fromkeys(("မြို့နယ်", "မြို့", "ရွာ", "ကျေးရွာ", "တိုင်း", "တိုင်းဒေသကြီး", "ပြည်နယ်", "ခရိုင်", "နေရပ်", "ဇာတိ"), "LOCATION"),
    **dict.fromkeys(("လိပ်စာ", "နေရပ်လိပ်စာ"), "ADDRESS"),
    "အသက်": "AGE",
}


def _table(text: str) -> list[tuple[str, int, int, str]]:
    """The cells under a Burmese heading of a table parted by "|" or tabs ("အမည် | ဖုန်း | မြို့နယ်")."""
    found, columns, offset = [], None, 0
    for line in text.split("\n"):
        cells, at, offset = [], offset, offset + len(line) + 1
        sep = "|" if "|" in line else "\t" if "\t" in line else None
        for cell in line.split(sep) if sep else ():
            cells.append((at, at + len(cell)))
            at += len(cell) + 1
        heads = [_COLUMNS.get(text[a:b].strip()) for a, b in cells]
        if any(heads):
            columns = heads
            continue
        if columns is None or len(cells) != len(columns):
            columns = None
            continue
        for kind, (a, b) in zip(columns, cells):
            while a < b and text[a] in " \t":
                a += 1
            while b > a and text[b - 1] in " \t":
                b -= 1
            value = text[a:b]
            if kind == "AGE" and value.isdigit() and int(value) <= 120:
                found.append(("AGE", a, b, "a table's age"))
            elif kind == "PERSON" and _RUN.fullmatch(value):
                found += _title_and_name(text, a, strong_cue=True)
            elif kind in ("LOCATION", "ADDRESS") and _ANY.search(value):
                found.append((kind, a, b, "a table's place"))
    return found


def _romanized_names(text: str) -> list[tuple[str, int, int, str]]:
    """"Daw Aye Aye Mon", "U Myo Min Thant", "Ma Thet Htar Swe": a title and names' syllables (a title, then English
    words, is none: "U Turn"); "A mee: Kyaw Zin Htet" (name:)."""
    found = []
    for match in _ROMAN_TITLE.finditer(text):
        title, words = match.group("title"), match.group("name").split(" ")
        chain = list(itertools.takewhile(lambda word: word in _ROMAN_SYLLABLES, words))
        if not chain or title not in _ROMAN_STRONG and len(chain) == 1 and chain[0] in _ROMAN_COMMON:
            continue
        end = match.start("name") + len(" ".join(chain))
        if chain[0] == title:  # "Maung Maung", "Ko Ko Naing": the name itself
            found.append(("PERSON", match.start(), end, "a Burmese name"))
            continue
        found += [("TITLE", *match.span("title"), "a Burmese courtesy title"),
                  ("PERSON", match.start("name"), end, "a Burmese name after its title")]
    for match in _ROMAN_NAME_LABEL.finditer(text):
        words = match.group("name").split(" ")
        chain = list(itertools.takewhile(lambda word: word in _ROMAN_SYLLABLES, words))
        if chain:
            found.append(("PERSON", match.start("name"), match.start("name") + len(" ".join(chain)), "a name after a mee"))
    return found

"""Calendar dates in shapes spaCy and Presidio's DateRecognizer miss: "09-JUL-1990",
"1999.08.14", "2021-11-04T10:22", "3 de marzo de 2022", "12. März 1988",
"Fourth of October, nineteen seventy-three", "1977年4月2日", "1995년 3월 17일".

Each shape names a day or a month, so none is a bare year, a time or a
duration (refine() drops DATE_TIME findings without one; its `_CALENDAR_DATE`
accepts these shapes too, and holds the month and ordinal words). Cheap checks pick which patterns run: most texts
have no "年", no " of " and no month word of another language.
"""
from __future__ import annotations

import difflib
import re

import regex

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer
from minimize.detection.refine import FOREIGN_MONTH, HU_DAY_ENDINGS, ORDINAL_WORDS, WEEKDAYS

_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?"
)
#: the English months' names in full but May (a verb too, read only where its case or context says)
_FULL_MONTHS = r"january|february|march|april|june|july|august|september|october|november|december"
_YEAR_WORDS = (
    r"(?:nineteen|twenty)[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))|two[- ]thousand(?:[- ](?:and[- ])?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five))?))?"
)
_HU_MONTHS = r"január|február|március|április|május|június|július|augusztus|szeptember|október|november|december"
_HU_CASE = (rf"\.?-(?:{HU_DAY_ENDINGS})\b"
            r"(?:,?[ \t]+\d{1,2}(?:[:.]\d\d)?[ \t]+(?:órára|órakor|óráig|órától))?")  # ("..., 16 órára": at 4 pm)
# With digits: "1999.08.14", "2021-11-04T10:22", "3rd of June 1979" ("09-JUL-1990" is Presidio's).
_NUMERIC = re.compile(
    r"(?i)\b(?:19|20)\d\d\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])\b(?!\.\d)"  # not a version "2023.10.4"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)[ \t]+of[ \t]+(?:{_MONTH})\b(?:,?[ \t]+(?:19|20)\d\d\b)?"
    r"|\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+\-]\d\d:?\d\d)?"
    # Czech and Slovak, with blanks after the dots: "narozena 7. 2. 1988"
    r"|\b(?:0?[1-9]|[12]\d|3[01])\.[ ](?:0?[1-9]|1[0-2])\.[ ](?:19|20)\d\d\b"
    # a day and a month of one digit with dots: "ב-12.2.2025", "am 3.4.1990"
    r"|\b(?:0?[1-9]|[12]\d|3[01])\.(?:[1-9])\.(?:19|20)\d\d\b(?!\.\d)"
    # the month first with dots, where the day says so: "DOB 03.17.1966" (Presidio reads "17.03.1966")
    r"|\b(?:0?[1-9]|1[0-2])\.(?:1[3-9]|2\d|3[01])\.(?:19|20)\d\d\b(?!\.\d)"
    # an English month after a day and its dot, as German, Danish and Norwegian write them: "ab 1. April"
    rf"|\b(?:0?[1-9]|[12]\d|3[01])\.[ \t]+(?:{_MONTH})\b(?:[ \t]+(?:19|20)\d\d\b)?"
    # Hungarian, the year first: "2024. szeptember 1.", maybe the case ending glued to the day ("2025. január 18-án");
    # without the year only with that ending ("május 22-i", "május 27-re, 16 órára")
    rf"|\b(?:19|20)\d\d\.[ \t]*(?:{_HU_MONTHS})[ \t]+\d{{1,2}}(?:{_HU_CASE}|\.)?"
    rf"|\b(?:{_HU_MONTHS})[ \t]+\d{{1,2}}{_HU_CASE}"
)
# an airline's or a military record's day in capitals: "22SEP84", "14JUN16", "12MAR" (scored above NER's reading, which
# runs on past it into the record's codes and is dropped there: "(CHD/12MAR16)", "departing 19MAR 14:05")
_AIRLINE_DAY = re.compile(r"\b(?:0[1-9]|[12]\d|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:(?:19|20)\d\d|\d\d)?\b")
# Georgian and Armenian: "1991 წლის 3 მარტი", "24 ივნისს, 17:00", "2024 թ. մայիսի 6", "մայիսի 30"
_KA_MONTHS = "იანვარ|თებერვალ|მარტ|აპრილ|მაის|ივნის|ივლის|აგვისტო|სექტემბერ|ოქტომბერ|ნოემბერ|დეკემბერ"
_HY_MONTHS = "հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստոս|սեպտեմբեր|հոկտեմբեր|նոյեմբեր|դեկտեմբեր"
_CAUCASUS = regex.compile(
    rf"(?:(?:19|20)\d\d[ ]წლის[ ])?\b\d{{1,2}}[ ](?:{_KA_MONTHS})\p{{Georgian}}{{0,3}}(?:,[ ]\d{{1,2}}:\d\d)?"
    rf"|(?:(?:19|20)\d\d[ ]թ\.[ ])?(?:{_HY_MONTHS})ի[ ]\d{{1,2}}\b|\b\d{{1,2}}[ ](?:{_HY_MONTHS})ի"
)
_CAUCASUS_HINT = regex.compile(r"[\p{Georgian}\p{Armenian}]")
# a day said in Hindi or Urdu, romanised: "kal 12 tarikh ko"
_TARIKH = re.compile(r"(?i)\b(?:0?[1-9]|[12]\d|3[01])[ \t]+(?:tarikh|tareekh|taarikh|tarik)\b")
# a German day and month after "am", "vom", "bis", "ab": "am 1.4." (the day, not the word)
_GERMAN_DAY = re.compile(r"(?i)\b(?:am|vom|bis|ab|zum) ((?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.)(?!\d)")
# A birth date written as one number after its label: "DOB 19920503"
_COMPACT_BIRTH = re.compile(
    r"(?i)\b(?:dob|d\.o\.b\.?|born(?:[ \t]+on)?|date[ \t]+of[ \t]+birth|birth[ \t]?date)[ \t]*[:.]?[ \t]*"
    # ... or a month and year only, as a credit file gives it ("DOB 07/1983")
    r"((?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0?[1-9]|1[0-2])/(?:19|20)\d\d)\b(?![/.\-]\d)"
)
_FRENCH_SHORT_MONTH = r"janv|févr|fevr|avr|juil|déc"  # "24 févr. 2025" (the rest are English's or whole)
# Malagasy's and the Melanesian pidgins' months no other language spells so: "12 aprily 2025", "14 martsa", "Fraede
# 12 Jenuari", "6 Epril" (their "jona", "mey", "Mas", "Me" are words too: read with a year, in _MORE_MONTHS)
_LOCAL_MONTH = r"janoary|febroary|martsa|aprily|aogositra|septambra|novambra|desambra|janueri|jenuari|februeri|febuari|epril"
# Ilocano's and Cebuano's spellings of the Spanish months Tagalog's list lacks: "Hunio 14, 2023", "Disiembre 20"
_PH_MONTH = r"hunio|hulio|septiyembre|setiyembre|nobiembre|disiembre|agusto"
# Fula (Pulaar): its months from the French, after the day: "ñalnde 12 feebariyee" (on the day of), "5 mee 2025"
# ("mee", "marsa", "ut" only with the year, in _FOREIGN, or after "ñalnde"; not its "oktoobar", which is Somali's too)
_FF_MONTHS = (r"sanwiy?ee?|samwiy?ee?|janwiy?ee?|fee?b(?:a|i|u)?riy?ee?|awril|suwee|sulyee|septaa?mbar|"
              r"nowaa?mbar|dee?saa?mbar")
_FULA_DAY = re.compile(r"(?i)\b(?:ñ|ny)alnde[ \t]+((?:0?[1-9]|[12]\d|3[01])[ \t]+(?:mee|marsa|uu?t))\b")
# "12 de agosto", "3 de marzo de 2022", "1er mars 1990", "12. März 1988", "5 maggio 2001", "3 ng Marso 2025",
# "3 בינואר 1994" (Hebrew glues "in" to the month), "1η Σεπτεμβρίου 2024" (Greek's ordinal ending).
_FOREIGN = re.compile(
    rf"(?i)\b\d{{1,2}}(?:er|º|°|\.|ης|η)?[ \t]+(?:de[ \t]+|ng[ \t]+|ב)?(?:{FOREIGN_MONTH}|{_FRENCH_SHORT_MONTH}|{_LOCAL_MONTH}|{_PH_MONTH}|{_FF_MONTHS})(?!\w)"
    r"(?:\.?,?[ \t]+(?:de[ \t]+)?(?:19|20)\d\d\b)?"
    # the year first: "2024 m. kovo 3 d." (Lithuanian); the day and month by number: "ngày 5 tháng 3 năm 2024"
    rf"|\b(?:19|20)\d\d[ \t]*m\.[ \t]*(?:{FOREIGN_MONTH})[ \t]+\d{{1,2}}(?:[ \t]*d\.)?"
    r"|\b\d{1,2}[ \t]+tháng[ \t]+\d{1,2}(?:[ \t]+năm[ \t]+(?:19|20)\d\d)?\b"
    # short months of other languages, some English words too, so with a year: "3 mrt 2025", "5 dic. 2024", "2 set 2023"
    r"|\b\d{1,2}\.?[ \t]+(?:mrt|okt|mrz|ene|abr|ago|dic|fev|dez|set|out|mei|maj|dub|kvě|lis|pro|mee|marsa|uu?t)\.?[ \t]+(?:19|20)\d\d\b"
)
# More languages' months, read only with a day before and a year after (some are words too: "Adar", "Asar"):
# Māori "3 o Poutūterangi 1979", the Levantine and Hebrew months romanized "3 Tammuz 1995", Bengali "১২ জানুয়ারি ১৯৯২"
# (not the languages of the sets held out from study: Somali, Samoan, Haitian Creole, Nepali)
_MORE_MONTHS = (
    "Kohitātea|Hui-tanguru|Huitanguru|Poutū-te-rangi|Poutūterangi|Paenga-whāwhā|Paengawhāwhā|Haratua|Pipiri|"
    "Hōngongoi|Here-turi-kōkā|Hereturikōkā|Mahuru|Whiringa-ā-nuku|Whiringa-ā-rangi|Hakihea|"
    "Kanun|Shbat|Shubat|Adar|Nisan|Nissan|Ayyar|Iyar|Hziran|Hzeiran|Tammuz|Tamuz|Tamouz|Aylul|Ailul|Elul|Tishrin|"
    "Teshrin|Tishri|Heshvan|Cheshvan|Kislev|Tevet|Sivan|"
    "jona|mey|jolay|Mas|Me|Julae|"  # Malagasy "5 jona 2025", Tok Pisin "14 Mas 2024"
    "জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর"
)
# ... or without the year after a weekday or a day's words: "zoma 11 jolay", "nhar el tanen 17 Shbat" (the year group 1)
_MONTH_WITH_YEAR = re.compile(
    rf"(?i)(?<!\w)\d{{1,2}}[ \t]+(?:o[ \t]+)?(?:{_MORE_MONTHS})(?![\w-])(,?[ \t]+(?:19|20|১৯|২০)\d\d(?!\d))?"
)
# Amharic, the month first, the day and maybe the year with its era: "ሚያዝያ 12 ቀን 1983 ዓ.ም."
_AMHARIC = regex.compile(
    r"(?:መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ሃምሌ|ነሐሴ|ነሃሴ|ጳጉሜ)"
    r"[ \t]+(?:0?[1-9]|[12]\d|30)(?!\d)(?:[ \t]+ቀን)?(?:[ \t]+(?:19|20)\d\d(?!\d)(?:[ \t]*ዓ\.?ም\.?)?)?"
)
_ETHIOPIC = regex.compile(r"\p{Ethiopic}")
# Czech and Slovak, the day and month with a blank after the dot, after "from", "until", "on the day" or before
# "at" and the hour: "od 1. 4.", "do 15. 3.", "termín u zubaře 2. 6. v 8:15"
_CZECH_DAY = re.compile(
    r"(?i)\b(?:od|do|dne|ode)[ \t]+((?:0?[1-9]|[12]\d|3[01])\.[ ]?(?:0?[1-9]|1[0-2])\.)(?![ ]?\d)"
    r"|(?<![\w.])((?:0?[1-9]|[12]\d|3[01])\.[ ](?:0?[1-9]|1[0-2])\.)(?=[ \t]+(?:v|ve|od)[ \t]+(?:[01]?\d|2[0-3])[:.][0-5]\d)"
)
_CZECH_DAY_HINT = re.compile(r"\d\.[ ]?\d{1,2}\.(?![ ]?\d)")
# "Fourth of October, nineteen seventy-three", "the twenty-first of April, 1980".
_WORDS = re.compile(
    rf"(?i)\b(?:the[ \t]+)?(?:{ORDINAL_WORDS})[ \t]+of[ \t]+(?:{_MONTH})\b"
    rf"(?:,?[ \t]+(?:(?:19|20)\d\d\b|(?:{_YEAR_WORDS})\b))?"
    # the month first, as a call says it: "closing is set for June twenty-eighth"
    rf"|\b(?:(?i:{_FULL_MONTHS})|May)[ \t]+"
    rf"(?:the[ \t]+)?(?i:{ORDINAL_WORDS})\b(?:,?[ \t]+(?i:{_YEAR_WORDS})\b)?"  # "March third, nineteen seventy-two"
)
# "1977年4月2日", "2015年4月", "1995년 3월 17일", and a month and day without the year ("5월 3일", "4月2日")
_CJK = re.compile(
    # (a Japanese era's or the Republic of China's year: "昭和63年4月2日", "民國80年7月9日")
    r"(?:(?:(?:19|20)\d\d|(?:昭和|平成|令和|大正|民國|民国)\d{1,2})年)?\d{1,2}月\d{1,2}日|(?:19|20)\d\d年[ 　]?\d{1,2}月"  # "2016年 9月"
    r"|(?:昭和|平成|令和|大正)(?:\d{1,2}|元)年\d{1,2}月"  # a CV's era, year and month: "平成31年3月"
    r"|(?:(?:19|20)\d\d년[ \t]*)?\d{1,2}월[ \t]*\d{1,2}일|(?:19|20)\d\d년[ \t]*\d{1,2}월"
)
_ET_MONTHS = ("Meskerem|Tikimt|Tekemt|Tiqimt|Hidar|Hedar|Tahsas|Tahisas|Tir|Yekatit|Megabit|Miyazya|Miazia|Ginbot|Genbot|"
              "Sene|Hamle|Nehase|Nehasse|Pagume|Pagumen")
# Rarer dates, each looked for only where its hint is (a pattern over every text costs every text):
_RARE_DATES = (
    # a German day and month after the weekday and "den": "am Samstag, den 12.04."
    (re.compile(r"\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?[ \t]+(?:den[ \t]+)?"
                r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?!\d)"), re.compile(r"tag|Mittwoch")),
    # a deed's day: "made this 1st day of February, 2025"; a summons' hour after it: "on the 24th day of April 2025 at
    # 9 o'clock in the forenoon"
    (re.compile(rf"(?i)\b\d{{1,2}}(?:st|nd|rd|th)[ \t]+day[ \t]+of[ \t]+(?:{_MONTH})\b(?:,?[ \t]+(?:19|20)\d\d\b)?"
                r"(?:,?[ \t]+at[ \t]+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?[ \t]*(?:o['’]clock|[ap]\.?m\b\.?)"
                r"(?:[ \t]+in[ \t]+the[ \t]+(?:forenoon|afternoon|morning|evening))?)?"),
     re.compile(r"(?i) day of ")),
    # a note's heading, its day and month closed by a dash or a colon: "Ward round 11/04 — cons JRM", "Call notes, 12/03:
    # spoke to ..." (never "progress notes 3/4 complete")
    (regex.compile(r"(?i)\b(?:ward[ \t]+round|(?:call|case|progress|clinic|session|visit|phone|meeting)[ \t]+notes?),?[ \t]+"
                   r"\K(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?:/(?:19|20)?\d\d)?(?=[ \t]*(?:[:—–\-]|\n|$))"),
     re.compile(r"(?i)(?:round|notes?),?[ \t]+\d")),
    # a date in code: "date(1966, 8, 25)", "datetime(1994, 6, 21, 9, 30)", "new Date(1990, 4, 12)"
    (regex.compile(r"(?i)\bdate(?:time)?\([ \t]*\K(?:19|20)\d\d,[ \t]*(?:0?\d|1[0-2]),[ \t]*(?:0?[1-9]|[12]\d|3[01])(?=[ \t]*[,)])"),
     re.compile(r"(?i)date(?:time)?\([ \t]*(?:19|20)\d\d,")),
    # a weekday and its clock with the day's digits after: "Interview: Tuesday 2:30 PM, 04/23" (a weekday and a clock
    # alone, "on Thursday at 3pm", are a week's plan, no date; never a shop's hours: "Monday 9:00-17:00")
    (regex.compile(r"(?i)\b"
                   r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+(?:at[ \t]+)?(?:[01]?\d|2[0-3])"
                   r"(?::[0-5]\d(?:[ \t]*[ap]\.?m\b\.?)?|[ \t]*[ap]\.?m\b\.?)(?![ \t]*(?:[–\-]|to\b|till\b|until\b)[ \t]*\d)"
                   r",?[ \t]+(?:on[ \t]+)?(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?:/(?:19|20)?\d\d)?(?![\d/])"),
     re.compile(r"(?i)day,?[ \t]+(?:at[ \t]+)?\d")),
    # Armenian months romanized, in the genitive before the day and its case ending: "hulisi 3-in", "mayisi 30"
    # (the ending left out of the span: refine() reads "3-in" as a code)
    (re.compile(r"(?i)\b(?:hunvari|petrvari|aprili|mayisi|hunisi|hulisi|ogostosi|septemberi|hoktemberi|noyemberi|"
                r"dektemberi)[ \t]+(?:0?[1-9]|[12]\d|3[01])(?=(?:-(?:in|n|ic|its|y))?(?![\w.,:]?\d))"),
     re.compile(r"(?i)(?:vari|rili|isi|osi|beri) \d")),
    # a Hijri day in digits with its era's letter glued on, which Presidio leaves: "1445/08/17هـ", "17/08/1445 هـ"
    (regex.compile(r"(?<![\d/])(?:1[34]\d\d/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|30)|(?:0?[1-9]|[12]\d|30)/(?:0?[1-9]|1[0-2])/"
                   r"1[34]\d\d)[ \t]?هـ?(?!\p{L})"),
     re.compile(r"\dهـ|\d هـ|\dه\b|\d ه\b")),
    # a syslog line's time, opening the line: "Feb 03 14:22:10 web-02 sshd[2231]"
    (re.compile(r"(?m)^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ ][ 0-3]\d[ ]\d\d:\d\d:\d\d\b"),
     re.compile(r"\d\d:\d\d:\d\d")),
    # a web server's log time: "[02/Jun/2024:14:22:10 +0530]"; a tracker's: "Created: 12/Mar/25 9:14 AM"
    (re.compile(r"\b(?:0?[1-9]|[12]\d|3[01])/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/"
                r"(?:(?:19|20)\d\d:\d\d:\d\d:\d\d(?:[ ][+\-]\d{4})?|(?:19|20)?\d\d(?:[ ]\d{1,2}:\d\d(?:[ ]?[AP]M)?)?)(?![\w/:])"),
     re.compile(r"\d/[A-Z][a-z]{2}/\d")),
    # the Ethiopian calendar's months, romanized, with the day and maybe the year and its era: "Meskerem 12, 2017 E.C.",
    # "on Tir 12", "3 Hamle 2016"
    # (a year after it, or a word saying when before it: "Sene 12 points" is a score)
    (regex.compile(rf"\b(?:(?:{_ET_MONTHS})[ \t]+(?:0?[1-9]|[12]\d|30)\b|(?:0?[1-9]|[12]\d|30)[ \t]+(?:{_ET_MONTHS})\b)"
                   r"(?:,?[ \t]+(?:19|20)\d\d\b(?:[ \t]+E\.?C\.?)?|(?<=\b(?i:on|by|from|until|since|before|after|dated|of)[ \t]+\S+[ \t]+\S+))"),
     regex.compile(rf"\b(?:{_ET_MONTHS})\b")),
    # a year and month under a record's key for when: a CV's or a service record's "from: 2009-05", "to: 2013-08"
    (regex.compile(r"(?im)^[ \t\-]*(?:from|to|since|until|start(?:ed)?|end(?:ed)?|joined|left|start_date|end_date)[ \t]*:[ \t]*"
                r"[\"']?\K(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?![\d\-])"),
     re.compile(r":[ \t]*[\"']?(?:19|20)\d\d-[01]\d\b(?!-)")),
)
# A Spanish deed's date in words: "a los catorce días del mes de marzo de dos mil veinticinco", "el día veintiuno del mes de junio"
_ES_DAY_WORDS = (r"primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
                 r"diecis[ée]is|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veintid[óo]s|veintitr[ée]s|veinticuatro|"
                 r"veinticinco|veintis[ée]is|veintisiete|veintiocho|veintinueve|treinta(?:[ \t]+y[ \t]+uno)?")
_ES_DEED_DATE = re.compile(
    rf"(?i)\b(?:(?:{_ES_DAY_WORDS})[ \t]+d[íi]as?|d[íi]a[ \t]+(?:{_ES_DAY_WORDS}))[ \t]+del[ \t]+mes[ \t]+de[ \t]+(?:enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:[ \t]+del?[ \t]+(?:a[ñn]o[ \t]+)?"
    r"(?:dos[ \t]+mil|mil[ \t]+novecientos)(?:[ \t]+(?!de\b|del\b|ante\b|en\b)[a-záéíóúñ]+){0,4})?"
    # ... in digits, and an Italian minute's "il giorno 12 del mese di giugno"
    r"|\b(?:[12]\d|3[01]|0?[1-9])[ \t]+(?:d[íi]as?[ \t]+)?del[ \t]+mes[ \t]+de[ \t]+(?:enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b"
    r"|\b(?:[12]\d|3[01]|0?[1-9])[ \t]+del[ \t]+mese[ \t]+di[ \t]+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|"
    r"settembre|ottobre|novembre|dicembre)\b"
)
# Kazakh, maybe a case ending glued to the month: "2024 жылғы 1 шілдеден", "11 қараша", "2024 jylğy 12 qaraşa"
_KK_MONTHS = (
    "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|"
    "qañtar|qańtar|aqpan|nauryz|naýryz|säuır|säuir|sáýir|mamyr|mausym|maýsym|şılde|şilde|shilde|tamyz|qyrküiek|"
    "qyrkúiek|qazan|qaraşa|qarasha|jeltoqsan"
)
_KAZAKH = regex.compile(
    r"(?i)(?:\b(?:19|20)\d\d[ \t]+(?:жылғы|жылы|ж\.|jylğy|jylgy|jyly|j\.)[ \t]+)?"
    rf"\b(?:0?[1-9]|[12]\d|3[01])[ \t]+(?:{_KK_MONTHS})\p{{L}}{{0,4}}\b"
    r"(?:[ \t]+(?:19|20)\d\d\b(?:[ \t]*(?:ж\.|жыл\p{L}*))?)?"  # "1 шілде 2024 ж."
)
_KAZAKH_HINT = regex.compile(r"[әғқңұһӘҒҚҢҰҺğşĞŞıñū]|jyl")  # letters Russian and English have not
# Uzbek in Latin letters, the day's hyphen and maybe the year's word before it, the case ending left out of the span:
# "2023-yil 19-sentyabr kuni", "1974-yil 27-aprelda tug'ilgan", "25-may" (never "3-marta": the third time; "3-maydon":
# the third square; a blank for the hyphen only after the year: "2024 yil 5 may")
_UZ_ENDING = r"(?=(?:i?(?:da|dan|ga|gacha|ning|dagi|gi)|i)?(?![^\W\d_]|['’\-]))"
_UZ_MONTHS = "yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentyabr|oktyabr|noyabr|dekabr"
_UZBEK = re.compile(
    rf"(?i)\b(?:19|20)\d\d[ \t]*-?[ \t]*yil(?:ning|i)?[ \t]+(?:0?[1-9]|[12]\d|3[01])[ \t]*-?[ \t]*(?:{_UZ_MONTHS}){_UZ_ENDING}"
    rf"|\b(?:0?[1-9]|[12]\d|3[01])-(?:{_UZ_MONTHS}){_UZ_ENDING}"
)
# Russian's months as Tajik, Kyrgyz and Uzbek write them, the case ending glued, maybe a hyphen after the day and
# the year before it: "15 майи 2023", "3 октябр", "20-июнда", "2024-жылдын 9-апрелинде"; a Russian contract's day in
# quotes: "«5» февраля 2024"
# ("май" only with its endings: "3 майки" are T-shirts; "3 мартаба" is three times in Uzbek)
_CYRILLIC_DAY_MONTH = regex.compile(
    r"(?i)(?:\b(?:19|20)\d\d[ \t]*-?[ \t]*(?:жылдын|жылы|йил|йилнинг)[ \t]+)?"
    r"(?:[«\"“](?:0?[1-9]|[12]\d|3[01])[»\"”]|(?<![\d.,])(?:0?[1-9]|[12]\d|3[01]))[ \t]*-?[ \t]*"
    r"(?:май(?:и|я|е|да|дан|дын|ында|ындагы|ынан|га|ы|ь)?|(?:январ|феврал|март(?!аба)|апрел|июн|июл|август|сентябр|октябр|"
    r"ноябр|декабр)\p{Cyrillic}{0,7})(?![\p{L}\d])"
    r"(?:[ \t]+(?:19|20)\d\d(?!\d)(?:[ \t]*(?:г\.|года|йил))?)?"
)
_CYRILLIC_MONTH_HINT = re.compile(r"(?i)\d[»\"”]?[ \t]*-?[ \t]*(?:январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)")
# Mongolian numbers its months: "2024 оны 7-р сарын 15", "1961 оны 3-р сарын 7", "10-r sariin 5", and the clock after
# the day's case ending ("2024 оны 12-р сарын 3-ны 07:45", "4 sariin 3-nd 06:00"); a year and its month ("2024 оны 7-р сард")
_MONGOLIAN = regex.compile(
    r"(?i)(?:\b(?:19|20)\d\d[ \t]+(?:оны|он|onii|ony|on)[ \t]+)?\b(?:0?[1-9]|1[0-2])(?:-?(?:р|r))?[ \t]+(?:сарын|sariin|saryn)"
    r"[ \t]+(?:0?[1-9]|[12]\d|3[01])(?![\d.,:]|[ \t]\d{3})"  # ("6 сарын 12 000 төгрөг": money, no day)
    r"(?:(?:-(?:нд|ны|ний|d|nd|ny|nii))?[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))?"
    r"|\b(?:19|20)\d\d[ \t]+(?:оны|onii|ony)[ \t]+(?:0?[1-9]|1[0-2])-?(?:р|r)[ \t]+(?:сар|sar)(?:ын|д|iin|d)?\b"
)
# Basque: the month in the genitive, the day's ending glued: "2024ko ekainaren 3a", "urriaren 17an", "irailaren 1etik"
_EU_MONTHS = "urtarril|otsail|martxo|apiril|maiatz|ekain|uztail|abuztu|irail|urri|azaro|abendu"
_BASQUE = re.compile(
    rf"(?i)(?:\b(?:19|20)\d\d(?:\.?e?ko)?[ \t]+(?:urteko[ \t]+)?)?\b(?:{_EU_MONTHS})aren[ \t]+(?:0?[1-9]|[12]\d|3[01])"
    r"(?:a|e?an|e?tik|e?ra|e?rako|e?ko)?\b"
    r"(?:,?[ \t]+(?:[01]?\d|2[0-3])[:.][0-5]\d(?:e?tan)?\b)?"  # "urriaren 17an, 10:00etan"
)
# Maltese: "il-15 ta' Jannar 2025", "nhar it-Tnejn 7 ta' Ottubru" (the article before the day, "ta'" of)
_MT_MONTHS = "Jannar|Frar|Marzu|April|Mejju|[ĠG]unju|Lulju|Awwissu|Settembru|Ottubru|Novembru|Di[ċc]embru"
_MALTESE = regex.compile(
    r"(?i)(?:\bnhar[ \t]+)?(?:(?:\b(?:il|it|is|l)-)?(?:Tnejn|Tlieta|Erbg[ħh]a|[ĦH]amis|[ĠG]img[ħh]a|Sibt|[ĦH]add),?[ \t]+)?"
    r"(?:\b(?:il|l|it|is|id|ix|iż|in|ir|iċ|fil|fl|sal|mill|għall)-)?\b(?:0?[1-9]|[12]\d|3[01])[ \t]+ta['’][ \t]+"
    rf"(?:{_MT_MONTHS})\b(?:,?[ \t]+(?:19|20)\d\d\b)?"
)
# Hausa: "2 ga Janairu, 1988", "4 ga Maris" ("ga" of; "Maris", "Yuli" are names too, so only after it)
_HAUSA = re.compile(
    r"\b(?:0?[1-9]|[12]\d|3[01])[ \t]+ga[ \t]+(?:Janairu|Fabrairu|Maris|Afrilu|Mayu|Yuni|Yuli|Agusta|Satumba|Oktoba|"
    r"Nuwamba|Disamba)\b(?:,?[ \t]+(?:19|20)\d\d\b)?"
)
# Yoruba in words, the ordinals of the day ("ọjọ́") and of the month ("oṣù"): "ọjọ́ kejìlá oṣù kejì" (the twelfth of
# February); the ordinals all begin with "k" ("ọjọ́ kan" is "one day")
_YO_ORDINAL = r"(?:k(?!an\b)[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)?|\d{1,2})"
_YORUBA = regex.compile(
    rf"(?i)\b[oọ]\p{{M}}*j[oọ]\p{{M}}*[ \t]+{_YO_ORDINAL}[ \t]+[oọ]\p{{M}}*[sṣ]\p{{M}}*[uùú]\p{{M}}*[ \t]+{_YO_ORDINAL}"
    r"(?:,?[ \t]+[oọ]\p{M}*d[uùú]\p{M}*n[ \t]+(?:19|20)\d\d\b)?"  # "..., ọdún 2024"
)
# Korean and Japanese dates romanized: "1987nyeon 3wol 14il", "2024-nen 11-gatsu 3-ka 21:14", "3-gatsu 18-nichi (ka) 15:00"
_ROMANIZED_EAST_ASIAN = re.compile(
    r"\b(?:(?:19|20)\d\d[ \t-]?nyeon[ \t]+)?(?:0?[1-9]|1[0-2])[ \t-]?wol[ \t]+(?:0?[1-9]|[12]\d|3[01])[ \t-]?il\b"
    r"|\b(?:(?:19|20)\d\d-?nen[ \t]+)?(?:0?[1-9]|1[0-2])-?gatsu[ \t]+(?:0?[1-9]|[12]\d|3[01])-?(?:nichi|ka)\b(?:[ \t]*\([a-z]{1,3}\))?"
    # (its clock after it)
    r"(?:[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d)?"
)
# a day and a month with the hour in Portuguese, and a German weekday in short before a dotted day and month:
# "17/03 às 10h", "18/03 às 8h30", "Di, 11.03. 10:00"
_DAY_MONTH_HOUR = re.compile(
    r"\b(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])[ \t]+(?:às|as)[ \t]+(?:[01]?\d|2[0-3])h(?:[0-5]\d)?\b"
    r"|\b(?:Mo|Di|Mi|Do|Fr|Sa|So),[ \t]+(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:(?:19|20)?\d\d)?"
    r"(?:,?[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]*Uhr)?)?"
)
# a form's date with blanks around its slashes: "Date of birth: 14 / 07 / 2012"
_SPACED_SLASHES = re.compile(r"\b(\d{1,2})[ ]/[ ](\d{1,2})[ ]/[ ](?:19|20)\d\d\b(?![ ]/)")
# the clock after a date, in words refine() does not read: "22 октомври, в 10:30", "16. oktobra, ob 17.00", "ob 9h",
# "15 наурыз, сағат 06:20" (Kazakh), "10/03/2025 da karfe 09:14" (Hausa), "19 Oktoba ngo-08:00" (isiZulu)
# ... and in more languages, the hour's word or unit after it read too: "15/04/2024 lúc 8 giờ 30", "3 Machi 2025 saa 4
# asubuhi", "5 ม.ค. 2567 เวลา 14:00 น.", "18.06.2024, ժամը 11:00", "14.5 בשעה 9:20", "2. 6. v 8:15", "19 de xuño ás 10:00",
# "23 may at 6:30pm", "Sat 22nd from 3pm"; a span of hours: "18 maart tussen 8 en 12 uur", "14 mai, între 10 și 14"
_HOUR = r"(?:[01]?\d|2[0-3])"
_LOCAL_CLOCK = (r",?[ \t]+(?:(?:в|у|u|ob|da[ \t]+[kƙ]arfe|сағат|sağat|lúc|vào[ \t]+lúc|saa|เวลา|ժամը|zhamy|בשעה|v|ve|"
                r"ás|às|um|kl\.?|alle|at|from|raat|subah|shaam|dopahar|amin['’]ny)[ \t]+|ngo-)" + _HOUR +  # (a mail's "Op 12 okt
                # 2024 om 09:15 schreef" keeps its date alone)
                r"(?:[:.][0-5]\d(?!\d|[.:]\d)(?:[ \t]*(?:[ap]\.?m\b\.?|น\.|Uhr\b|uur\b))?|h(?:[0-5]\d)?\b|[ \t]*[ap]\.?m\b\.?"
                r"|[ \t]+giờ(?:[ \t]+[0-5]\d)?|[ \t]+(?:asubuhi|mchana|jioni|usiku|alasiri|baje)\b"
                r"|[ \t]+ora\b(?:[ \t]+(?:maraina|atoandro|tolakandro|hariva|alina)\b)?)"  # Malagasy "amin'ny 6 ora maraina"
                r"|,?[ \t]+(?:tussen|between|entre|între|zwischen)[ \t]+" + _HOUR + r"(?:[:.][0-5]\d)?[ \t]+(?:en|and|et|și|si|y|e|und)"
                r"[ \t]+" + _HOUR + r"(?:[:.][0-5]\d)?(?:[ \t]*(?:uur|Uhr|h|[ap]m)\b)?"
                # the hour in words of the day's part: "Sunday 16 February, just after 4 in the morning"
                r"|,?[ \t]+(?:(?:just|shortly|right|a[ \t]+little)[ \t]+)?(?:after|before|around|about|at|past)[ \t]+"
                + _HOUR + r"(?:[:.][0-5]\d)?[ \t]+in[ \t]+the[ \t]+(?:morning|afternoon|evening)\b"
                # the hour's own word before the number, which may then stand alone: Tajik "12 ноябр, соати 10", Arabic
                # "18 أكتوبر 2024 على الساعة العاشرة صباحا", "٢٧ يونيو الساعة ١٠ الصبح"
                r"|,?[ \t]+соати[ \t]+" + _HOUR + r"(?:[:.][0-5]\d)?(?!\d)"
                r"|،?[ \t]+(?:على[ \t]+|في[ \t]+)?الساعة[ \t]+(?:\d{1,2}(?:[:.]\d\d)?(?!\d)|ال(?:حادية|ثانية)[ \t]+عشرة?|الواحدة|"
                r"الثانية|الثالثة|الرابعة|الخامسة|السادسة|السابعة|الثامنة|التاسعة|العاشرة)(?:[ \t]+و(?:ال)?(?:نصف|ربع|نص))?"
                r"(?:[ \t]+(?:صباح[اً]*|مساء[اً]*|ظهر[اً]*|عصر[اً]*|ليل[اً]*|الصبح|الصباح|المسا|المساء|الظهر|الضهر|العصر|بالليل))?")
_LOCAL_CLOCK_AFTER = re.compile(_LOCAL_CLOCK, re.IGNORECASE)
_LOCAL_CLOCK_HINT = re.compile(r"(?:\b(?:в|у|u|ob|lúc|saa|v|ve|ás|às|um|kl|alle|at|from|raat|tussen|between|entre|între|"
                               r"zwischen|amin['’]ny|соати)|[kƙ]arfe|сағат|sağat|เวลา|ժամը|zhamy|בשעה)\.?[ \t]+\d|\bngo-\d|الساعة"
                               r"|\d[ \t]+in[ \t]+the[ \t]+(?:morning|afternoon|evening)",
                               re.IGNORECASE)
# ... and the digits of a date before it, which Presidio reads without the clock
_DIGITS_BEFORE_CLOCK = re.compile(
    rf"\b(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:19|20)?\d\d|(?:19|20)\d\d[/.\-]\d{{1,2}}[/.\-]\d{{1,2}})(?={_LOCAL_CLOCK})"
)
# A day and an English month: "9th March 2024", "08 Apr" (spaCy misses some
# after a weekday or a label). "May" and abbreviations only capitalised: "may" is mostly the verb,
# "2 dec places" no date.
_EN_MONTH = (
    rf"(?:(?i:{_FULL_MONTHS})|May|MAY"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
)
# Day first only: NER reads "March 3rd, 1999" well, and a pattern starting at a digit is cheap.
# ("15th may" written small after an ordinal or a weekday, not "the 15th may be too late": "thursday 23 may")
_ENGLISH = re.compile(rf"\b\d{{1,2}}(?i:st|nd|rd|th)?[ \t]+{_EN_MONTH}\b\.?(?:,?[ \t]+(?:19|20)\d\d\b)?"
                      r"|(?:\b\d{1,2}(?i:st|nd|rd|th)|(?<=(?i:day)[ \t])\d{1,2})[ \t]+may\b(?![ \t]+(?:be|have|not|also|still|need|want|get|go|come|take|"
                      r"make|well|or|and|just|only|i|we|you|he|she|they)\b)(?:,?[ \t]+(?:19|20)\d\d\b)?")
_MONTH_SLASH_YEAR = re.compile(rf"\b{_EN_MONTH}/(?:19|20)\d\d\b")  # "In March/2023"
# Solar Hijri (13xx, 14xx) and Thai Buddhist (25xx) dates with their years, Thai months abbreviated ("15 ม.ค. 2568")
_HIJRI_THAI = re.compile(
    r"(?i:\b\d{1,2}[ \t]+(?:farvardin|ordibehesht|khordad|mordad|shahrivar|esfand|hamal|sawr|jawza|saratan|sunbula|"
    r"aqrab|qaws|jadi|dalw)[ \t]+1[34]\d\d\b)"
    r"|\b\d{1,2}[ \t]+(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)"
    r"[ \t]+25\d\d\b"
    r"|\b\d{1,2}[ \t]*(?:ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)(?:[ \t]*(?:25\d\d|\d\d)\b)?"
)
# Islamic (Hijri) and Persian months with their day, in any digits: "١٥ رمضان ١٤٤٦", "۱۴ مهر ۱۳۶۸"
_HIJRI_PERSIAN = regex.compile(
    r"(?<![\d\p{L}])\d{1,2}[ ](?:محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|جمادى الثانية|رجب|"
    r"شعبان|رمضان|شوال|ذو القعدة|ذو الحجة|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)"
    r"(?:[ ]\d{4})?(?![\p{L}])"
)
# ... and the Islamic months romanised, with their day: "4 Ramadan", "14 Rajab 1440", "10 Dhul Hijjah 1445 AH"
# (and as South Asia spells them: "2 Rabi ul Awal", "12 Rabiul Awwal", "5 Jamadi-ul-Sani", "10 Zilhaj", "27 Ziqad")
_HIJRI_HALF = r"(?:[ \t\-]?(?i:al|ul|us|il)[ \t\-]?|[ \t\-])(?i:Aww?al|Thani|Th?aani|Sani|Akhir|Akhar|Akhira[h]?|Ula|Oola|Awla)"
_HIJRI_LATIN = regex.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:Muharram|Safar|Rabi['ʿ‘’]?" + _HIJRI_HALF + "|"
    r"(?:Jumad[aei]|Jamad[aei])" + _HIJRI_HALF + r"|Rajab|Sha['ʿ‘’]?ban|Ramadan|Ramadhan|Ramazan|Ramzan|"
    r"Shawwal|Dhu[ \t\-]?al[ \t\-]?Qa['ʿ‘’]?da[h]?|Dhul[ \t\-]?Qa['ʿ‘’]?da[h]?|Dhu[ \t\-]?al[ \t\-]?Hijja[h]?|Dhul[ \t\-]?Hijja[h]?|"
    r"Zul[ \t\-]?Hijja[h]?|Zil[ \t\-]?[Hh]ajj?(?:a|ah)?|Zil[ \t\-]?[Qq]a['ʿ‘’]?d(?:a|ah)?|Ziqa['ʿ‘’]?d(?:a|ah)?)\b"
    r"(?:[ \t]+1[34]\d\d(?:[ \t]*(?:AH|A\.H\.|H)\b)?)?"
)
_HIJRI_LATIN_HINT = re.compile(r"Muharram|Safar|Rabi|Jumad|Jamad|Rajab|Sha.?ban|Rama[dz]|Shawwal|Dhu|Zul|Zil|Ziq")
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")
_HIJRI_THAI_HINT = re.compile(r"[\u0e00-\u0e7f]|\b1[34]\d\d\b")  # Thai letters, or a Solar Hijri year
# a Japanese era's year before the day ("Heisei 8, 4 April")
_ERA = re.compile(
    rf"\b(?:Heisei|Reiwa|Sh[oō]wa|Taish[oō])[ \t]?\d{{1,2}}(?:,[ \t]*\d{{1,2}}[ \t]+{_EN_MONTH}\b|年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?)?"
)
# a CV's year and month in a range ("2015.4 – 2019.3", "2019.4 – present")
_YEAR_MONTH_RANGE = re.compile(
    r"\b(?:19|20)\d\d[./](?:1[0-2]|0?[1-9])(?=[ \t]*[–\-][ \t]*(?:(?:19|20)\d\d[./](?:1[0-2]|0?[1-9])\b|(?i:present|now|current|today)))"
    r"|(?<=[–\-][ \t])(?:19|20)\d\d[./](?:1[0-2]|0?[1-9])(?![\d.])(?=[ \t]{1,4}\S)"
)
# a range's word between two months ("01/2020 a 02/2022", "03/2022 até o momento")
_RANGE_WORDS = r"a|até|ate|to|au|bis|al|hasta|tot"
_RANGE_WORD = rf"(?:[ \t]*[–\-][ \t]*|[ \t]+(?:{_RANGE_WORDS})[ \t]+)"
_YEAR_MONTH_HINT = re.compile(rf"(?:19|20)\d\d[./]\d{{1,2}}[ \t]*[–\-]|\b\d\d/(?:19|20)\d\d(?:[ \t]*[–\-]|[ \t]+(?:{_RANGE_WORDS})\b)")
# ... and the month first ("03/2019 - atual", "08/2013 – 02/2019")
_MONTH_YEAR_RANGE = regex.compile(
    rf"\b(?:0[1-9]|1[0-2])/(?:19|20)\d\d(?={_RANGE_WORD}(?:(?:0[1-9]|1[0-2])/(?:19|20)\d\d\b|(?i:present|now|current|today|"
    r"atual|actual|presente|heute|aujourd'hui|oggi|hoy|nu|obecnie|o[ \t]+momento|el[ \t]+momento|hoje)))"
    rf"|(?<=\d\d/(?:19|20)\d\d(?:[ \t][–\-][ \t]|[ \t](?:{_RANGE_WORDS})[ \t]))(?:0[1-9]|1[0-2])/(?:19|20)\d\d(?![\d/])"
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY_SHORT = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
# An ordinal word after a weekday or a day word: "on Tuesday the eleventh", "yesterday, the fourth"
_WEEKDAY_ORDINAL = re.compile(
    rf"(?i)\b(?:{_WEEKDAY}|yesterday|today|tomorrow),?[ \t]+the[ \t]+((?:{ORDINAL_WORDS}))\b(?![ \t]+of\b)"
)
_WHEN = (
    r"(?:on|for|by|until|till|from|before|after|since|due|dated|moving[ \t]+(?:in|out)|move[ \t\-]?(?:in|out)|arriving|arrives|departing|departs|"
    r"leaving|returning|(?:bday|birthday|b-day)(?:[ \t]+is)?|(?:next[ \t]+)?(?:appointment|appt|visit|review):?|"
    r"el|le|am|dia|día|den|op|på|"  # "intervenida el 13/01", "le 14/02", "am 3/12", "no dia 30/09"
    r"starting|beginning|commencing|w/c|"
    r"(?:marcad|agendad|remarcad|reagendad|programad|fixad)[ao]s?[ \t]+para|"  # "consulta marcada para 15/09"  # "the week starting 03/03"
    r"discharged|admitted|adm|born|died|arrived|moved|seen|ends|"  # a ward's list: "adm 02/03"
    r"return|pick-?up|drop-?off|check-?in|check-?out|"  # a rental's: "pickup 5/24 at 9:00 at MIA, return 5/28"  # "your lease ends 30/04" (a card "expires" 11/26: no one's day)
    r"ngày|thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy)|chủ[ \t]+nhật|"  # Vietnamese: "ngày 30/9", "thứ Bảy 20/7"
    r"yom|yawm|youm|"  # Arabic romanized "day": "etla3 men Heliopolis yom 3/4"
    r"(?:night|morning|evening|afternoon|weekend)[ \t]+of)"  # "on the night of 23/11"  # "71M, discharged 3/9 to 88 Roseville Terrace"
)
# The dates below start at a small number and look back a few characters for what makes it a day
# (a scan for month or weekday words at every position would cost every text more).
_DAY = re.compile(r"(?<![\w.,:/])(\d{1,2})((?i:st|nd|rd|th))?(?:/(\d{1,2})(?![\d/]))?\b")
# Month first: "Aug 5", "june 2!", "Sept. 14th, 2023", "on may 24" (spaCy misses some in lists and chat)
_MONTH_BEFORE = regex.compile(
    rf"\b(?:{_EN_MONTH}|(?i:{FOREIGN_MONTH}|{_PH_MONTH})|(?:(?<=\bon )|(?<=\bby )|(?<=\buntil )|(?<=\bfrom )|(?<=\bsince ))may)\.?[ \t]+$",
    regex.REVERSE,  # searched back from the number: the words before it are tried once, not from every start
)
_YEAR_AFTER = re.compile(r",?[ \t]+(?:19|20)\d\d\b")
_NUMBER_GOES_ON = re.compile(r"[:.,]?\d")
_HOURS_AFTER = re.compile(r"[ \t]?[–\-][ \t]?\d")  # "open house Sunday 1–3": hours
# A day and month without the year, only after a word saying when: "confirmed for 12/07",
# "booked on 22/04" ("3/4 of the budget", "score 12/20" are no dates).
_WHEN_BEFORE = re.compile(
    rf"(?i)(?:\b{_WHEN}[ \t]+(?:the[ \t]+)?(?:{_WEEKDAY},?[ \t]+)?|\b(?:{_WEEKDAY}|{_WEEKDAY_SHORT}|tomorrow|today|tonight),?[ \t]+"
    r"|\b(?:bday|birthday|b-day|dob)[ \t]*\()$"
)  # "Tues 3/12", "booked for tomorrow 28/02", "her birthday (17/07)"
# A bare ordinal day after a weekday or a word saying when: "Thursday the 14th", "on the 22nd?"
# ("on the 3rd floor", "the 2nd attempt" are no dates: a word after it ends the match).
# ("moved it to the 14th at 3:40": a day a time follows)
# (or one a message sets against another day, or a birthday's: "not the 17th!!", "her birthday, the 21st", "by 5th")
_ORDINAL_BEFORE = re.compile(rf"(?i)\b(?:{_WEEKDAY}|{_WHEN}|to|not|(?:bday|birthday|b-day),)[ \t]+the[ \t]+$|\b{_WEEKDAY}[ \t]+$"
                             r"|\b(?:by|until|till|before)[ \t]+$"  # "friday 21st"
                             # a day offered against another ("I'd take a 27th or 28th"), or in doubt ("If the 15th
                             # doesn't suit"): the ordinal after it ends the match too
                             r"|\b\d\d?(?:st|nd|rd|th)[ \t]+(?:or|and|&)[ \t]+$|\bif[ \t]+the[ \t]+$")
# ... the first of the two: "a 27th or 28th" (never "the 19th and 20th centuries": nothing may follow the second)
_ORDINAL_PAIR_AFTER = re.compile(r"[ \t]+(?:or|and|&)[ \t]+\d\d?(?:st|nd|rd|th)(?![ \t]*[\w\-])")
_PAIR_OPENER = re.compile(r"(?i)\b(?:the|a|on)[ \t]+$")
# ... where a word may follow it: after a weekday ("coming wed 12th between 8 and 10") or a birthday
# ("ur nans bday is the 9th dont forget")
_ORDINAL_DAY_BEFORE = re.compile(
    rf"(?i)\b(?:{_WEEKDAY}|{_WEEKDAY_SHORT}|(?:bday|birthday|b-day)(?:[ \t]+is|['’]s)?)[ \t]+(?:the[ \t]+)?$"
)
# a month and year from when something began: "Registered Nurse, since 06/2014" ("valid until 06/2027" is none)
_SINCE_MONTH = re.compile(
    r"(?i)\b(?:since|from|started|starting|joined|hired|employed|desde|depuis|seit|dal|sinds)[ \t]"
    r"((?:0[1-9]|1[0-2])/(?:19|20)\d\d)\b(?![/\-.]\d)"
)
# the second day of a range: "from 1/5 to 31/5"
_RANGE_START_BEFORE = re.compile(rf"\b\d{{1,2}}/\d{{1,2}}[ \t]*(?:till|until|-|–|{_RANGE_WORDS})[ \t]*$")
# ... and its first day: "vacation request, 12/22–12/31"
_RANGE_END_AFTER = re.compile(r"[ \t]*[–\-][ \t]*\d{1,2}/\d{1,2}(?![\d/])")
# a time after a bare ordinal says it is a day: "on the 14th between 8am and 1pm"
_TIME_RANGE_AFTER = re.compile(r"(?i)[ \t]+(?:between|from|at)[ \t]+\d")
# a clock time after a day and month says it is a date: "moved your session to 11/06 at 07:30"
# its clock after it: "20/03 at 9.30", a log's or a table's "06/02 23:14"
_AT_TIME_AFTER = re.compile(r"(?i)[ \t]+(?:at[ \t]+\d{1,2}(?:[:.]\d\d|[ \t]*[ap]\.?m\b)|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]|\.\d))")  # ("by Dawid 12/04 14:05.")
_SHARE_AFTER = re.compile(r"(?i)[ \t]+(?:of|del?|des|du|der)\b")  # "el 3/4 del presupuesto": a share
_WORD_AFTER = re.compile(r"[ \t]+(?!and\b|or\b|at\b|to\b|till\b|until\b|y\b|e\b|et\b|und\b|en\b|och\b|og\b|a\b|à\b|alle\b|um\b|om\b"
                         # a chat's words after a day ("she's 90 on the 14th right?")
                         r"|right\b|ok\b|okay\b|then\b|too\b|instead\b|lol\b|pls\b|please\b|yeah\b|btw\b|though\b|so\b"
                         r"|doesn['’]?t\b|won['’]?t\b|suits?\b|works?\b)[a-z]",  # "If the 15th doesn't suit"
                         re.IGNORECASE)  # ("el sábado 22 a las 3")
# a weekday of English or another language right before a bare day: "on Friday 21", "el viernes 21", "samedi 14"
_WEEKDAY_BEFORE = regex.compile(
    rf"(?i)\b(?:{WEEKDAYS})(?:-feira)?,?[ \t]+(?:den[ \t]+|the[ \t]+)?$",
    regex.REVERSE,
)
# ... and the day's words a date carries before it, read into its span: a weekday of any language (Galician, Hebrew
# with its glued "to", Egyptian and Levantine Arabic and Urdu romanized, Vietnamese) or Vietnamese "ngày" (the day of)
# and its hour: "xoves 19 de xuño", "ליום שלישי, 14.5", "yom el khamees 12 December", "Itwar 9 Feb", "9 giờ sáng thứ Bảy, 15/03";
# Malagasy "alatsinainy 3 martsa", Tok Pisin and Bislama "Fonde 14 Mas 2024" (not "Tunde", "Sande": names too), Armenian
# romanized "urbat, 21.06", Tajik "рӯзи сешанбе, 12 ноябр" (its "душанбе" is the capital too: only after "рӯзи"), Kyrgyz
_MORE_WEEKDAYS = (
    r"alatsinainy|alarobia|alakamisy|zoma|sabotsy|alahady|mande|trinde|fonde|fraide|fraede|sarere|sarede|tusde|wenesde|"
    r"tosde|yerkushabti|yerekshabti|chorekshabti|hingshabti|urbat|shabat|kiraki|"
    # Georgian romanized, maybe in the dative ("paraskevs, 14 ivnisi")
    r"orshabat[is]|samshabat[is]|otkhshabat[is]|otxshabat[is]|khutshabat[is]|xutshabat[is]|paraskev[is]|shabat[is]|kviras|"
    r"(?:рӯзи[ \t]+)?(?:сешанбе|чоршанбе|панҷшанбе|ҷумъа|шанбе|якшанбе)|рӯзи[ \t]+душанбе|"
    r"дүйшөмбү|шейшемби|шаршемби|бейшемби|ишемби|жекшемби"
)
_DAY_WORDS_BEFORE = regex.compile(
    rf"(?i)(?:\b(?:[01]?\d|2[0-3])[ \t]*giờ(?:[ \t]*[0-5]\d)?(?:[ \t]+(?:sáng|chiều|tối|trưa|đêm))?,?[ \t]+)?"
    rf"(?:\b(?:{WEEKDAYS}|{_WEEKDAY_SHORT}|luns|mércores|xoves|venres|itwar|mangal|budh|jumm?e?rat|jumm?a|somwar|{_MORE_WEEKDAYS})"
    r"|(?<!\p{L})[בל]?יום[ \t]+(?:ראשון|שני|שלישי|רביעי|חמישי|שישי)|\b(?:yom|yawm|nhar|nehar)[ \t]+el[ \t]+\w*\p{L}\w*"
    r"|\b(?:(?:ngày[ \t]+)?(?:thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy)|chủ[ \t]+nhật)(?:,?[ \t]+ngày)?|ngày))[ \t]*,?[ \t]+$",
    regex.REVERSE,
)
# a weekday or "ngày" before a Vietnamese date with its year ("14 giờ 00 ngày 08/03/2024", which Presidio reads alone)
_VIETNAMESE_DATE = re.compile(r"(?i)\b(?:ngày|thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy)|chủ[ \t]+nhật),?[ \t]+"
                              r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)\d\d\b")
_DIGIT = re.compile(r"\d")
# a day and a month with dots after a weekday: "Friday 17.10", "czwartek 17.10", "čtvrtek 20. 3."
_DOTTED_DAY = re.compile(r"(?<![\w.,:/])(?:0?[1-9]|[12]\d|3[01])\.[ ]?(?:0?[1-9]|1[0-2])(?:\.(?![ ]?\d))?(?![\d]|\.\d)")
_TWO_DIGIT_DOTTED = re.compile(r"(?<![\w.,:/])(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])(?![\d.])")
_ENGLISH_WEEKDAY = re.compile(rf"(?i){_WEEKDAY}")  # (a word after the day of one says no date: "Friday 13 people")
# a month of another language and a year: "sejak Januari 2019", "desde marzo de 2021", "seit Mai 2020"
# (looked for back from each year: a scan for the month words at every position would cost every text more)
_MONTH_BEFORE_YEAR = regex.compile(
    r"(?i)\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|"
    r"dicembre|januar|februar|märz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|maret|agustus|"
    r"desember|ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    # Catalan ("des del març de 2022"), Malay ("sejak Mac 2021": "Mac" only after "since", "in", "month"), Hebrew
    # with its glued "in" ("באוגוסט 2019")
    r"gener|febrer|març|maig|juny|juliol|agost|setembre|desembre|julai|ogos|disember|"
    # Tagalog's, Cebuano's and Ilocano's ("sukad pa niadtong Hunyo 1998")
    r"pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|hunio|hulio|septiyembre|setiyembre|nobiembre|"
    r"disiembre|agusto|"
    # Swahili's, the pidgins' and Malagasy's months ("long Disemba 2023", "tangu Machi 2021")
    r"machi|aprili|agosti|septemba|oktoba|novemba|desemba|disemba|janueri|jenuari|februeri|epril|"
    r"janoary|febroary|martsa|aprily|aogositra|septambra|oktobra|novambra|desambra|"
    r"(?<=\b(?i:sejak|pada|bulan|hingga|dari)[ \t]+)mac|"
    r"ב?(?:ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר))"
    r"[ \t]+(?:de[ \t]+|del[ \t]+)?$",
    regex.REVERSE,
)
_YEAR_ALONE = re.compile(r"\b(?:19|20)\d\d\b")
# a month alone, said of when someone did something: "moved to Dallas in January", "from March", "ab August",
# "is expecting a baby in mid-August" (a month's name in full, capitalised, after a word saying when)
_BARE_MONTH = regex.compile(
    r"(?<=\b(?:[Ii]n|[Ff]rom|[Ss]ince|[Uu]ntil|[Tt]ill|[Aa]b|[Ss]eit|[Bb]is|[Dd]esde|[Hh]asta|[Dd]epuis|[Dd]al)[ \t]+"
    r"(?:(?:early|mid|late|the[ \t]+end[ \t]+of|the[ \t]+start[ \t]+of)[ \t-]*)?)"
    rf"(?:(?:mid|early|late)-)?(?:(?=\p{{Lu}}\p{{Ll}})(?i:{_FULL_MONTHS})|Januar|Februar|März|Juni|Juli|Oktober|Dezember)"
    r"\b(?![ \t]+(?:\d|of\b|the\b))"
)
_BARE_MONTH_HINT = re.compile(r"(?:in|from|since|until|till|ab|seit|bis|desde|hasta|depuis|dal) (?:mid-|early |late )?"
                              r"(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|okt|nov|dec|mär|dez)", re.I)
_WORDS_HINT = re.compile(rf"(?i) of (?:{_MONTH})\b")  # " of " is in most texts, a month after it is not
# ... and a month before an ordinal word ("June twenty-eighth"): the ordinal's ending first, in lower case
_ORDINAL_ENDINGS = ("first", "second", "third", "th ", "th.", "th,")
_MONTH_ORDINAL = re.compile(rf"(?i:ary|rch|ril|may|une|uly|ust|ber) (?:the )?(?i:{ORDINAL_WORDS})\b")
# A day, a month's name misspelled and a year: "5th Febuary 2024", "3rd Novmber 2025" (the word checked in Python: it
# shares its first three letters with a month and most of the rest)
_MISSPELLED = re.compile(r"\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \t]+([A-Za-z]{4,10})\.?,?[ \t]+(?:19|20)\d\d\b")
_MONTH_NAMES = ("january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
                "december")
# a day and a month both as ordinals, as a call spells a birth date, and the year: "the fourth of the ninth, sixty-eight"
_ORDINAL_OF_ORDINAL = re.compile(
    rf"(?i)\b(?:{ORDINAL_WORDS})[ \t]+of[ \t]+the[ \t]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth),?[ \t]+(?:(?:19|20)?\d\d\b|(?:nineteen[ \t\-])?(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    rf"ninety)(?:[ \-](?:one|two|three|four|five|six|seven|eight|nine))?\b|{_YEAR_WORDS}\b)"
)
_ORDINAL_OF_ORDINAL_HINT = re.compile(r"(?i)of the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b")
# a year and its month with a dot after a word saying since when: "monthly gift since 2019.04."
_SINCE_YEAR_MONTH = re.compile(
    r"(?i)\b(?:since|from|until|till|by|in|starting|started|joined|desde|depuis|seit|sejak|dal)[ \t]+"
    r"((?:19|20)\d\d\.(?:0[1-9]|1[0-2]))(?=[ \t]*(?:[,;)\n]|\.(?!\d)|$)|[ \t]+(?:to|until|till|and|onwards)\b)"
)  # (nothing after but a stop: "since 2023.10 adds themes" is a version)
# a month alone written small, after a word saying when, as _BARE_MONTH reads it capitalised: "started the job in april"
# (never "may"; nor a month's end, "by the end of July", nor "May" alone: the labeled sets leave both out)
_SMALL_MONTH = regex.compile(
    r"(?<=\b(?:in|from|since|until|till)[ \t]+(?:(?:early|mid|late)[ \t\-]+)?)"
    r"(?-i:january|february|march|april|june|july|august|september|october|november|december)\b(?![ \t]+(?:\d|of\b|the\b))"
)
_SMALL_MONTH_HINT = re.compile(r"\b(?:in|from|since|until|till) (?:early |mid |late |mid-)?"
                               r"(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)")
# a clock and what leaves at it before "on" and a date: "at 10.15 pm on 4 July", "the 18:45 sailing on 2 April" (a
# dotted clock only with its "am" or "pm": "rose 4.50 on 5 May" is a price)
_CLOCK_ON_DATE = regex.compile(
    r"(?i)(?<![£$€\d.,])\b(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]*[ap]\.?m\b\.?)?|(?:[01]?\d|2[0-3])\.[0-5]\d[ \t]*[ap]\.?m\b\.?"
    r"|(?:1[0-2]|0?[1-9])[ \t]*[ap]\.?m\b\.?)"
    r"(?:[ \t]+(?:sailing|crossing|flight|train|departure|ferry|bus|service|appointment|slot|class|session|meeting|call|"
    r"shift|kick-?off|show|performance|screening))?[ \t]+on[ \t]+(?:the[ \t]+)?"
    rf"\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?-i:{_EN_MONTH})\b(?:,?[ \t]+(?:19|20)\d\d\b)?"
)
# a day and a month joined by a dash after a word saying when: "hemiarthroplasty done on 07-03." (both in two digits,
# and nothing after but a stop or a clock: "on 10-12 occasions" is a count)
_DASHED_DAY = re.compile(
    r"(?i)\b(?:on|by|until|till|from|since|due|dated|done|before|after)[ \t]+((?:0[1-9]|[12]\d|3[01])-(?:0[1-9]|1[0-2]))"
    r"(?![\d\-/])(?=[ \t]*(?:[.,;!?)\n]|$)|[ \t]+at[ \t]+\d)"
)
# Georgian months romanized, after the day: "14 ivnisi", "3 marts", "21 agvistos"
_KA_LATIN = re.compile(
    r"(?i)\b(?:0?[1-9]|[12]\d|3[01])[ \t]+(?:(?:ianvar|teberval|mart|april|mais|ivnis|ivlis|se[kq]tember|o[kq]tomber|"
    r"noember|dekember)(?:i|s|idan|amde)|agvisto(?:s|dan|mde)?)\b"
)
_KA_LATIN_HINT = re.compile(r"(?i)\d[ \t]+(?:ianvar|teberv|mart|april|mais|ivnis|ivlis|agvist|se[kq]temb|o[kq]tomb|noemb|dekemb)")
# a bare day after French "le" and before what says it is one: "arrive à Lyon le 14 par le vol", "j'ai rdv le 22 alors"
# (never a number dialled: "appelle le 18", "composez le 15")
_FRENCH_DAY = regex.compile(
    r"(?i)(?<!\b(?:appel\w*|compos\w*|fai[st]|tape[sz]?|numéro|num)[ \t]+)\ble[ \t]+((?:0?[1-9]|[12]\d|3[01]))"
    r"(?![ \t]+(?:à|a|pour|sur|contre|ou)[ \t]+\d)"  # ("le 5 à 7", "le 2 pour 1": no day)
    r"(?=[ \t]*[,.!?;](?!\d)|[ \t]+(?:alors|prochain|au[ \t]+soir|au[ \t]+matin|matin|soir|midi|après-midi|par|à|avec|"
    r"pour|dans|chez|vers|ou[ \t]+le|et[ \t]+le)\b)"
)
_FRENCH_DAY_HINT = re.compile(r"(?i)\ble \d")
# a day named by its feast after a word saying when: "on New Year's Day", "by Christmas Eve", "until Boxing Day"
_HOLIDAY = regex.compile(
    r"(?<=\b(?i:on|by|until|till|before|after|since)[ \t]+(?:the[ \t]+)?)"
    r"(?:New[ \t]+Year['’]s[ \t]+(?:Day|Eve)|Christmas[ \t]+(?:Day|Eve)|Boxing[ \t]+Day|Easter[ \t]+(?:Sunday|Monday)|"
    r"Good[ \t]+Friday|Valentine['’]s[ \t]+Day|Mother['’]s[ \t]+Day|Father['’]s[ \t]+Day|St\.?[ \t]+Patrick['’]s[ \t]+Day)\b"
)
_HOLIDAY_HINT = re.compile(r"Year['’]s|Christmas|Boxing|Easter|Good Friday|Valentine|Mother['’]s|Father['’]s|Patrick['’]s")


def _misspelled(word: str) -> bool:
    """A month's name with a letter or two wrong ("Novmber", "Febuary"), never the month itself (read elsewhere) nor
    another word sharing its start ("Marathon", "Junior", "Decisions")."""
    lower = word.lower()
    return lower not in _MONTH_NAMES and any(
        lower[:3] == month[:3] and difflib.SequenceMatcher(None, lower, month).ratio() >= 0.8 for month in _MONTH_NAMES)


def _more_days(text: str) -> list[tuple[int, int]]:
    """Dates in the rarer shapes above, each looked for where its hint is."""
    spans = []
    if _DIGIT.search(text):
        spans += [m.span() for m in _MISSPELLED.finditer(text) if _misspelled(m.group(1))]
        if "." in text:
            spans += [m.span(1) for m in _SINCE_YEAR_MONTH.finditer(text)]
        if " on " in text:
            spans += [m.span() for m in _CLOCK_ON_DATE.finditer(text)]
        if "-" in text:
            spans += [m.span(1) for m in _DASHED_DAY.finditer(text)]
        if _KA_LATIN_HINT.search(text):
            spans += [m.span() for m in _KA_LATIN.finditer(text)]
        if _FRENCH_DAY_HINT.search(text):
            spans += [m.span(1) for m in _FRENCH_DAY.finditer(text)]
    if _ORDINAL_OF_ORDINAL_HINT.search(text):
        spans += [m.span() for m in _ORDINAL_OF_ORDINAL.finditer(text)]
    if _SMALL_MONTH_HINT.search(text):
        spans += [m.span() for m in _SMALL_MONTH.finditer(text)]
    if _HOLIDAY_HINT.search(text):
        spans += [m.span() for m in _HOLIDAY.finditer(text)]
    return spans


SCORE = 0.6
LABELLED_SCORE = 0.9  # a date of birth's label before the digits


def _days(text: str) -> list[tuple[int, int]]:
    """Month-first dates, day/month after a word saying when, and ordinal days after one."""
    spans = []
    for match in _DAY.finditer(text):
        start, end = match.span()
        if match.group(3):
            if _day_and_month(match.group(1), match.group(3)) and not _SHARE_AFTER.match(text, end) and (
                    _WHEN_BEFORE.search(text, max(0, start - 40), start) or _AT_TIME_AFTER.match(text, end)
                    or _RANGE_START_BEFORE.search(text, max(0, start - 16), start) or _RANGE_END_AFTER.match(text, end)
                    or _WEEKDAY_BEFORE.search(text, max(0, start - 24), start)  # "on Friday 2/28!"
                    or _DAY_WORDS_BEFORE.search(text, max(0, start - 24), start)):  # "thứ Bảy, 15/03"
                spans.append((start, end))
            continue
        month = _MONTH_BEFORE.search(text, max(0, start - 16), start)
        if month and not _NUMBER_GOES_ON.match(text, end):
            year = _YEAR_AFTER.match(text, end)
            spans.append((month.start(), year.end() if year else end))
        elif match.group(2) and int(match.group(1)) <= 31 and (
                (not _WORD_AFTER.match(text, end) or _TIME_RANGE_AFTER.match(text, end))
                and _ORDINAL_BEFORE.search(text, max(0, start - 30), start)
                or _ORDINAL_DAY_BEFORE.search(text, max(0, start - 24), start)
                or _ORDINAL_PAIR_AFTER.match(text, end) and _PAIR_OPENER.search(text, max(0, start - 6), start)):
            spans.append((start - 4 if text[max(0, start - 4):start].lower() == "the " else start, end))  # "the 9th"
        elif not match.group(2) and 1 <= int(match.group(1)) <= 31 and (dotted := _DOTTED_DAY.match(text, start)) \
                and (_WEEKDAY_BEFORE.search(text, max(0, start - 24), start)
                     or _DAY_WORDS_BEFORE.search(text, max(0, start - 24), start)):
            spans.append(dotted.span())  # "czwartek 17.10", "Friday 17.10", "יום ראשון 9.6"
        elif not match.group(2) and _TWO_DIGIT_DOTTED.match(text, start) and (clock := _AT_TIME_AFTER.match(text, end + 3)):
            spans.append((start, clock.end()))  # "on 28.06 at 11:00" (never a version's "1.2 at 10:00")
        elif not match.group(2) and 1 <= int(match.group(1)) <= 31 and not _NUMBER_GOES_ON.match(text, end) \
                and not _HOURS_AFTER.match(text, end) \
                and (weekday := _WEEKDAY_BEFORE.search(text, max(0, start - 24), start)) \
                and (not _WORD_AFTER.match(text, end) or not _ENGLISH_WEEKDAY.match(weekday.group())):
            spans.append((start, end))  # "el viernes 21 y me voy el domingo 23", "Friday 21"
    return spans


def _day_and_month(first: str, second: str) -> bool:
    """Either order: "22/04" and "04/22" are dates, "13/13" and "0/5" are not."""
    a, b = int(first), int(second)
    return 1 <= a <= 31 and 1 <= b <= 12 or 1 <= a <= 12 and 1 <= b <= 31


@RECOGNIZERS.register("DateShapeRecognizer")
class DateShapeRecognizer(OwnRecognizer):
    """DATE_TIME for calendar dates in other languages, month abbreviations, dots and words."""

    ENTITIES = ["DATE_TIME"]

    def analyze(self, text, entities, nlp_artifacts=None):
        spans = []
        if _DIGIT.search(text):
            spans += [m.span() for m in _NUMERIC.finditer(text)]
            spans += [m.span() for pattern, hint in _RARE_DATES if hint.search(text) for m in pattern.finditer(text)]
            spans += [m.span() for m in _FOREIGN.finditer(text)]
            spans += [m.span() for m in _ENGLISH.finditer(text)]
            spans += [m.span(1) for m in _GERMAN_DAY.finditer(text)]
            if not text.isascii() and _CAUCASUS_HINT.search(text):
                spans += [m.span() for m in _CAUCASUS.finditer(text)]
            if "tarikh" in text or "tareekh" in text or "taarikh" in text:
                spans += [m.span() for m in _TARIKH.finditer(text)]
            if _HIJRI_THAI_HINT.search(text):
                spans += [m.span() for m in _HIJRI_THAI.finditer(text)]
            if any(era in text for era in ("Heisei", "Reiwa", "Showa", "Shōwa", "Taish")):
                spans += [m.span() for m in _ERA.finditer(text)]
            if _YEAR_MONTH_HINT.search(text):
                spans += [m.span() for m in _YEAR_MONTH_RANGE.finditer(text)]
                spans += [m.span() for m in _MONTH_YEAR_RANGE.finditer(text)]
            spans += _days(text)
            if "/" in text:
                spans += [m.span(1) for m in _SINCE_MONTH.finditer(text)]
                spans += [m.span() for m in _MONTH_SLASH_YEAR.finditer(text)]
            if _HIJRI_LATIN_HINT.search(text):
                spans += [m.span() for m in _HIJRI_LATIN.finditer(text)]
            if not text.isascii() and _ARABIC_LETTER.search(text):
                spans += [m.span() for m in _HIJRI_PERSIAN.finditer(text)]
            for year in _YEAR_ALONE.finditer(text):
                month = _MONTH_BEFORE_YEAR.search(text, max(0, year.start() - 16), year.start())
                if month:
                    spans.append((month.start(), year.end()))

            if "月" in text or "월" in text:
                spans += [m.span() for m in _CJK.finditer(text)]
            if not text.isascii() and _KAZAKH_HINT.search(text):
                spans += [m.span() for m in _KAZAKH.finditer(text)]
            if not text.isascii() and _CYRILLIC_MONTH_HINT.search(text):
                spans += [m.span() for m in _CYRILLIC_DAY_MONTH.finditer(text)]
            if "сар" in text or "sari" in text or "sary" in text:
                spans += [m.span() for m in _MONGOLIAN.finditer(text)]
            if "aren " in text:
                spans += [m.span() for m in _BASQUE.finditer(text)]
            if "ta'" in text or "ta’" in text:
                spans += [m.span() for m in _MALTESE.finditer(text)]
            if " ga " in text:
                spans += [m.span() for m in _HAUSA.finditer(text)]
            if "-" in text or "yil" in text:
                spans += [m.span() for m in _UZBEK.finditer(text)]
            if "alnde" in text:
                spans += [m.span(1) for m in _FULA_DAY.finditer(text)]
            if "wol " in text or "gatsu" in text:
                spans += [m.span() for m in _ROMANIZED_EAST_ASIAN.finditer(text)]
            if "às " in text or "as " in text or "," in text:
                spans += [m.span() for m in _DAY_MONTH_HOUR.finditer(text)]
            if " / " in text:
                spans += [m.span() for m in _SPACED_SLASHES.finditer(text) if _day_and_month(m.group(1), m.group(2))]
            spans += [m.span() for m in _MONTH_WITH_YEAR.finditer(text)
                      if m.group(1) or not m.group().lower().endswith(" me")  # ("Friday 3 me and John": no month)
                      and (_DAY_WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start())
                           or _WEEKDAY_BEFORE.search(text, max(0, m.start() - 24), m.start()))]
            if not text.isascii() and _ETHIOPIC.search(text):
                spans += [m.span() for m in _AMHARIC.finditer(text)]
            if _CZECH_DAY_HINT.search(text):
                spans += [m.span(1) if m.group(1) else m.span(2) for m in _CZECH_DAY.finditer(text)]
            if "ngày" in text or "thứ" in text or "nhật" in text:
                spans += [m.span() for m in _VIETNAMESE_DATE.finditer(text)]
            if _LOCAL_CLOCK_HINT.search(text):
                spans += [m.span() for m in _DIGITS_BEFORE_CLOCK.finditer(text)]
                spans = [(start, clock.end() if (clock := _LOCAL_CLOCK_AFTER.match(text, end)) else end) for start, end in spans]
            # the weekday or day word before each date, and its hour before that: "thứ Bảy 20/7", "yom el itnein 3 Mars"
            # (never "ngày" alone before a date in words, which says the day itself: "ngày 5 tháng 3 năm 1984")
            spans = [(day.start() if (day := _DAY_WORDS_BEFORE.search(text, max(0, start - 40), start))
                      and not (day.group().startswith("ngày") and "tháng" in text[start:end]) else start, end)
                     for start, end in spans]
        if not text.isascii() and ("ṣ" in text or "\u0323" in text):
            spans += [m.span() for m in _YORUBA.finditer(text)]
        if _BARE_MONTH_HINT.search(text):
            spans += [m.span() for m in _BARE_MONTH.finditer(text)]
        if "del mes" in text:
            spans += [m.span() for m in _ES_DEED_DATE.finditer(text)]
        if _WORDS_HINT.search(text) or any(ending in text for ending in _ORDINAL_ENDINGS) and _MONTH_ORDINAL.search(text):
            spans += [m.span() for m in _WORDS.finditer(text)]
        if " the " in text and ("day" in text or "tomorrow" in text) and any(end in text for end in _ORDINAL_ENDINGS):
            spans += [m.span(1) for m in _WEEKDAY_ORDINAL.finditer(text)]
        spans += [(day.start() if (day := _DAY_WORDS_BEFORE.search(text, max(0, start - 40), start)) else start, end)
                  for start, end in _more_days(text)]  # (with the weekday before it: "paraskevs, 14 ivnisi")
        found = [make_result(self, "DATE_TIME", start, end, SCORE, "a calendar date") for start, end in spans]
        if _DIGIT.search(text):
            # above NER's reading of the same digits, which refine() drops as no calendar date
            found += [make_result(self, "DATE_TIME", *m.span(1), LABELLED_SCORE, "a birth date's label")
                      for m in _COMPACT_BIRTH.finditer(text)]
            found += [make_result(self, "DATE_TIME", *m.span(), LABELLED_SCORE, "an airline's day")
                      for m in _AIRLINE_DAY.finditer(text)]
        return found

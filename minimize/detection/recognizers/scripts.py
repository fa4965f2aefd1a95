"""Names and addresses written in Chinese, Japanese, Korean, Cyrillic, Arabic, Devanagari and Thai script.

The English NER reads none of them. What marks a name in these scripts is the
word around it: an honorific after it ("田中陽翔さん", "김민수 씨", "王伟先生"),
a form label before it ("姓名：张伟", "성명 박지민"), brackets after a
romanised name ("Zhang Wei (张伟)"); in Cyrillic, capitals ("Дмитрий
Соколов"); in Arabic, a common given name before a family name with ال ("خالد العتيبي"); in
Hebrew, a common given name and the family name after it ("נועה לוי").
A street is a road word and a number ("幸福路88号", "월드컵북로
396"), a Korean district the 구 after a city ("서울특별시 마포구"). Chinese,
Japanese and Korean names with no such mark ("张伟和王芳昨天去了北京") are read
with a word segmenter (segmenters.py). Uzbek places, in Cyrillic and Latin, by their kind's word ("Поп тумани",
"Pop tumani") or a street after them ("Qo'qon, Turkiston ko'chasi 19-uy"). Texts without these scripts cost one
search (and one for Uzbek's words).
"""
from __future__ import annotations

import regex

from minimize.detection import segmenters
from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer

_ANY = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Cyrillic}\p{Arabic}\p{Devanagari}\p{Thai}\p{Hebrew}"
                     r"\p{Bengali}\p{Tamil}\p{Sinhala}\p{Khmer}\p{Myanmar}\p{Ethiopic}\p{Georgian}\p{Armenian}]")
_SEGMENTED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")  # read by segmenters.py
_NAMES = [
    # Georgian and Armenian courtesy titles before a name: "ბატონი დავით კაპანაძე", "Պարոն Հովհաննես Ղազարյան"
    regex.compile(r"(?<!\p{Georgian})(?P<title>ქალბატონ[იო]|ბატონ[იო])[ ](?P<name>\p{Georgian}{2,14}(?:[ ]\p{Georgian}{2,16})?)(?!\p{Georgian})"),
    regex.compile(r"(?<!\p{Armenian})(?P<title>[Պպ]արոն|[Տտ]իկին)[ ](?P<name>\p{Lu}\p{Armenian}+(?:[ ]\p{Lu}\p{Armenian}+)?)"),
    # Japanese: a family and given name in kanji or katakana, then an honorific
    # (or in hiragana, as children's names are: "けんたくん"; never a word of the script glued before it)
    # ("会員の佐藤 美咲様": a particle in hiragana may come before a name in kanji)
    regex.compile(r"(?:(?<![\p{Han}\p{Katakana}])(?P<name>[\p{Han}\p{Katakana}]{2,6}|[\p{Han}\p{Katakana}]{1,4}[ 　][\p{Han}\p{Katakana}]{1,4})"
                  r"|(?<![\p{Han}\p{Hiragana}\p{Katakana}])(?P<name>\p{Hiragana}{2,5}))"
                  r"[ 　]?(?P<title>さん|様|さま|氏(?!名)|君|くん|ちゃん|先生|殿)"),  # "佐藤 美咲様", "山本 健一 先生" ("氏名" is "full name")
    # a name's reading, after its label or in brackets after the name: "ふりがな　たなか はると", "高橋 健太（タカハシ ケンタ）"
    regex.compile(r"(?:ふりがな|フリガナ)[ \t　]*[：:]?[ \t　]*(?P<name>[\p{Hiragana}\p{Katakana}ー]{1,8}[ 　][\p{Hiragana}\p{Katakana}ー]{1,8})"
                  r"|(?<=\p{Han}{1,3}[ 　]\p{Han}{1,3}[（(])(?P<name>\p{Katakana}[\p{Katakana}ー]{0,7}[ 　][\p{Katakana}ー]{1,8})(?=[）)])"),
    # ... or a family and given name apart after a role, a relative or a label: "医師 中村 美咲", "妻 高橋 久美子"
    regex.compile(r"(?:医師|主治医|担当医|院長|看護師|患者|妻|夫|長男|長女|次男|次女|父|母|氏名|名前)[ \t　]*[：:]?[ \t　]*"
                  r"(?P<name>\p{Han}{1,3}[ 　]\p{Han}{1,3})(?![\p{Han}\p{Hiragana}])"),
    # Chinese: a name, then Mr / Ms / Miss / teacher / doctor; or a name after a form's label
    # (or a surname alone: "接诊：杨医生", "李先生")
    regex.compile(rf"(?P<name>\p{{Han}}{{2,3}}|[{segmenters.COMMON_SURNAMES}])(?P<title>先生|女士|小姐|老师|老師|医生|醫生)"),
    regex.compile(r"(?:姓名|名字|氏名|联系人|聯絡人|收件人|收貨人|收货人|患者|申请人|申請人)[ \t]*[：:]?[ \t]*(?!氏名|姓名)(?P<name>\p{Han}{2,4})"),  # ("患者氏名：": a label)
    # a common surname and a given name after a verb of sending or telling: "寄给王建国，", "告诉李娜。"
    regex.compile(rf"(?:寄给|发给|交给|转给|打给|告诉|通知|寄給|發給|交給|轉給|告訴)(?P<name>[{segmenters.COMMON_SURNAMES}]\p{{Han}}{{1,2}})"
                  r"(?=[，,。：:；;！!？?、]|的|$)"),
    # "小王，": a short name made of 小 / 老 / 阿 and a surname, called out at the start
    regex.compile(r"(?:^|[。！？\n])[ \t]*(?P<name>[小老阿]\p{Han})(?=[，,：:！!])"),
    # Korean: a name, then 씨 / 님; or after a label (성명 = full name)
    regex.compile(r"(?P<name>\p{Hangul}{2,4})[ ]?(?P<title>씨|님|선생님)(?:에게|께서|께|는|은|가|이|을|를|의|도|와|과|한테|랑)?"
                  r"(?!\p{Hangul})"),
    # whom a Korean chat message calls, opening it: "민수: 지현아 다음주 ..." (-아/-야, the vocative)
    regex.compile(r"(?m)^[^\n:]{1,20}:[ \t]*(?P<name>\p{Hangul}{2,3})(?:아|야)(?=[ \t,!~.])"),
    regex.compile(r"(?:성명|이름|성함|환자명|환자|담당자|보호자|받는[ ]?사람|수령인|수취인|신청인)[ \t]*[：:]?[ \t]*"
                  r"(?P<name>\p{Hangul}{2,4})(?!\p{Hangul})"),
    # Hindi: a name after its label or a courtesy title ("नाम: सुनीता देवी यादव", "श्रीमती सुनीता")
    # (or a doctor's; the name ends at a stop or before a postposition: "डॉ. अनुराधा त्रिपाठी, ईमेल", "श्री रमेश गुप्ता का")
    regex.compile(r"(?:नाम|श्रीमती|श्री|सुश्री|कुमारी|डॉ\.|डॉक्टर|ग्राहक)[ \t]*[：:]?[ \t]*(?P<name>\p{Devanagari}{2,}(?:[ ]\p{Devanagari}{2,}){0,3}?)"
                  r"(?=[ \t]*(?:[,;।\n(]|$)|[ ](?:का|की|के|ने|को|से|पर|और|जी)(?![\p{Devanagari}]))"),
    # a form's name field in Hebrew, Persian, Urdu, Arabic, Bengali, Sinhala, Khmer, Burmese, Amharic and Mongolian,
    # maybe with a courtesy title ("নাম: মোছাম্মৎ নাসরিন আক্তার", "ስም፦ ወ/ሮ መሰረት ታደሰ", "Овог: Должинсүрэн")
    regex.compile(r"(?<![\p{L}\p{M}])(?:שם|نام|اسم|الاسم|নাম|නම|ឈ្មោះ|အမည်|ስም|Нэр|Овог|பெயர்)[ \t]*[:：፦៖\-]?[ \t]*"
                  r"(?:(?:ወ/ሮ|ወ/ሪት|አቶ|ዶ/ር|ဒေါ်|ဦး|မ|ශ්‍රී)[ \t]*)?"
                  r"(?P<name>[\p{L}\p{M}]{2,}(?:[ ][\p{L}\p{M}]{2,}){0,3}?)(?=[ \t]*(?:[,،、;\n፣။។]|$))"),  # ("نام پدر:": a label)
    # a name opening a record in Devanagari, Hebrew or Arabic script, before its age, id or birth ("सुनीता यादव, उम्र 46",
    # "נועה לוי, ת"ז 031584725")
    regex.compile(r"(?m)^[ \t]*(?P<name>[\p{Devanagari}\p{Hebrew}\p{Arabic}\p{M}]{2,}(?:[ ][\p{Devanagari}\p{Hebrew}\p{Arabic}\p{M}]{2,}){1,2})"
                  r"(?=[,،][ ]?(?:उम्र|आयु|आधार|जन्म|ת\"ז|ת\.ז|גיל|נולד|العمر|عمر|رقم|کد ملی|متولد|تاريخ الميلاد))"),
    # ... or after a form's label, its id's number right after ("კლიენტი: თამარ კაპანაძე, პირადი ნომერი 01017063358",
    # "مشخصات مشتری: سارا محمدی، کد ملی 0073819425")
    # (letters only, never a Persian digit; never a kin word or a weekday: "کور ۱۴", "پسر بزرگ", "سه شنبه")
    regex.compile(r"[:：][ \t]*(?!(?:پسر|دختر|همسر|پدر|مادر|برادر|خواهر|سه|چهار|پنج|یک|دو)[ ])"
                  r"(?P<name>(?:(?!\d)[\p{Devanagari}\p{Hebrew}\p{Arabic}\p{Georgian}\p{Armenian}\p{M}]){2,}"
                  r"(?:[ \-](?:(?!\d)[\p{Devanagari}\p{Hebrew}\p{Arabic}\p{Georgian}\p{Armenian}\p{M}]){2,}){1,2})"
                  r"(?=[,،][ ]?[^\d\n,،]{1,30}\d)"),
    # Tamil and Bengali courtesy titles, maybe an initial, then the name; its second word only where the name ends
    # ("திரு. க. முருகன்", "திருமதி லட்சுமி சுந்தரம்,", "জনাব রফিকুল ইসলাম,", "ডাঃ নাসরিন")
    regex.compile(r"(?<![\p{L}\p{M}])(?P<title>திருமதி|திரு|செல்வி|டாக்டர்|டா\.)\.?[ \t]*"
                  r"(?P<name>(?:[\p{Tamil}\p{M}]{1,3}\.[ ]?)?[\p{Tamil}\p{M}]{2,}(?:[ ][\p{Tamil}\p{M}]{2,}(?=[ \t]*(?:[,;.\n(]|$)))?)"),
    regex.compile(r"(?<![\p{L}\p{M}])(?P<title>শ্রীমতী|শ্রীমতি|শ্রী|জনাব|বেগম|ডাঃ|ডা\.|মিসেস)[ \t]*"
                  r"(?P<name>[\p{Bengali}\p{M}]{2,}(?:[ ][\p{Bengali}\p{M}]{2,}(?=[ \t]*(?:[,;।\n(]|$)))?)"),
    # Thai: a given name and surname after "named" or a form's "name" ("ลูกค้าชื่อ ธนวัฒน์ ศรีสุข เช่ารถ", "ชื่อ: สมชาย ใจดี")
    regex.compile(r"ชื่อ(?:[ \t]*:[ \t]*|[ ])(?P<name>\p{Thai}{2,}[ ]\p{Thai}{2,})(?=[ \t]|[,\n]|$)"),
    # Thai: the given name and surname after คุณ ("คุณสมหญิง แก้วมณี", "คุณ สมศรี ทองดี")
    regex.compile(r"(?P<title>คุณ)[ ]?(?P<name>\p{Thai}{2,}(?:[ ]\p{Thai}{2,})?)"),
    # ... or glued to Mr, Mrs, Miss, a boy's or a girl's title, a given name and surname both ("นางสาวพิมพ์ชนก วงศ์ใหญ่",
    # "นายกิตติพงษ์ บุญมา"); never the words these start ("นายจ้าง" employer, "นายก" mayor, "นางพยาบาล" nurse)
    regex.compile(r"(?<!\p{Thai})(?P<title>นางสาว|นาย|นาง|เด็กชาย|เด็กหญิง|ด\.ช\.|ด\.ญ\.)"
                  r"(?!จ้าง|หน้า|ก(?:[ ]|รัฐมนตรี|เทศมนตรี)|อำเภอ|ทะเบียน|ท่า|ประกัน|พยาบาล|แบบ|ฟ้า|งาน)"
                  r"[ ]?(?P<name>\p{Thai}{2,}[ ]\p{Thai}{2,})"),
    # Arabic: a courtesy or professional title, then the name ("السيدة ليلى الحسيني", "د. سلمى العتيبي")
    regex.compile(r"(?<!\p{Arabic})(?P<title>السيدة|السيد|الآنسة|الدكتورة|الدكتور|د\.|الأستاذة|الأستاذ|المهندسة|المهندس|الشيخ|خانم|آقای|دکتر|"
                  r"جناب|محترمہ|محترم|ڈاکٹر|بیگم)"  # (Urdu's: "جناب عمران خان", "محترمہ نسرین")
                  r"[ ]?(?P<name>\p{Arabic}{2,}(?:[ ](?!(?:يوم|في|من|على|إلى|عن|مع|الساعة|رقم|تاريخ|کا|کی|کے|نے|کو|سے|میں|پر|اور|ہے|"
                  r"به|از|را|در|با|که|برای|تا|هم|این|آن|است|بود|شد|می|نه|ته|سره|کې|په)(?!\p{Arabic}))\p{Arabic}{2,}){0,2})"),
    # a name in its own script in brackets after its romanised form: "Zhang Wei (张伟)", "Ploy Chaiyaporn (Thai name พลอย ชัยพร)"
    regex.compile(r"(?<=\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{Ll}\-]+[ \t]*)\((?:\p{Lu}\p{Ll}+[ ]name:?[ ])?(?P<name>[\p{Han}\p{Hangul}\p{Cyrillic}\p{Thai}]{2,}"
                  r"(?:[ ][\p{Han}\p{Hangul}\p{Cyrillic}\p{Thai}]+)?)\)"),
]
#: words an honorific follows that name no one: a role or a group ("担当者様", "고객님", "運転手さん")
_NOT_HONORED = frozenset(
    "担当者 関係者 利用者 購入者 申込者 各位 運転手 店員 看護師 大家 先輩 後輩 部長 課長 社長 医者 皆さ お客 "
    "고객 회원 선생 사장 부장 과장 차장 대리 기사 교수 환자 보호자 손님 여러분 아저씨 아주머니 아가씨 작가 팀장 원장 실장".split()
)
# Arabic: a common given name, then a family name with its article (ال), "bin" or another given name
_ARABIC_GIVEN = (
    "محمد|أحمد|احمد|محمود|مصطفى|علي|عمر|عثمان|خالد|يوسف|إبراهيم|ابراهيم|عبدالله|عبد الله|عبدالرحمن|عبد الرحمن|"
    "عبدالعزيز|سعود|فيصل|سلمان|فهد|ناصر|سعد|سعيد|حسن|حسين|طارق|ياسر|وليد|هشام|كريم|رامي|سامي|مازن|زياد|"
    "فاطمة|عائشة|مريم|سارة|نور|نورة|ليلى|هدى|منى|ريم|رنا|دينا|لينا|سلمى|أمل|هند|رشا|جميلة|خديجة|زينب|ياسمين|"
    "بدر|حمد|عمران|نادر|سلطان|راشد|ماجد|منصور|بندر|تركي|نايف|عادل|جاسم|حمدان|صالح|عيسى|موسى|يحيى|إسماعيل|بلال|"
    "حمزة|أنس|معاذ|أيمن|أشرف|عمرو|تامر|شريف|جمال|حسام|إيهاب|حصة|موزة|لطيفة|عبير|نجلاء|أسماء|شيماء|هيفاء|دعاء|"
    "إيمان|سناء|وفاء|غادة|بشرى|كوثر|يوسف"
)
# Persian: a common given name, then a family name of a Persian shape: an "-i" ("محمدی", "رضایی"), "-zadeh",
# "-pour", "-nejad", "-far", "-ian" ("سارا محمدی", "کامران حسین‌زاده")
_PERSIAN_GIVEN = (
    "محمد|علی|حسین|حسن|رضا|مهدی|امیر|احمد|مصطفی|جواد|حمید|سعید|مجید|مسعود|ناصر|هادی|یوسف|کریم|رحیم|بهرام|داریوش|"
    "سیاوش|فرهاد|مهرداد|آرش|بابک|پرویز|کامران|شهرام|کیوان|پیمان|نیما|امید|وحید|سینا|میلاد|فرزاد|بهزاد|"
    "سارا|مریم|فاطمه|زهرا|نرگس|لیلا|مینا|شیرین|پریسا|نازنین|فرشته|آزاده|الهام|سمیرا|نیلوفر|مهسا|ندا|رویا|"
    "سیمین|پروین|منیژه|شهلا|مهناز|ژاله|هما|طاهره|زینب|معصومه|اکرم|عاطفه|ساناز|یاسمن|ترانه|بهاره|نسرین"
)
#: words of a sentence with those endings ("علی خیلی", "رضا برای", "از تهران")
_PERSIAN_NOT_FAMILY = "خیلی|برای|وقتی|کسی|چیزی|جایی|یکی|دیگری|بسیاری|آنان|ایشان|میان|زمان|ایران|تهران|اصفهان|همان|آسان|ارزان|گران|جوان"
_PERSIAN_NAME = regex.compile(
    rf"(?<![\p{{Arabic}}\u200c])(?P<name>(?:{_PERSIAN_GIVEN})[ ](?!(?:{_PERSIAN_NOT_FAMILY})(?![\p{{Arabic}}\u200c]))"
    r"[\p{Arabic}\u200c]{2,}(?:ی|زاده|پور|نژاد|فر|یان|ان|لو|نیا))(?![\p{Arabic}\u200c])"
)
# Hebrew: a common given name and the family name after it ("נועה לוי", "ליוסי אברהמי": a glued "to" apart),
# never a word of the sentence after the given name ("יוסי אמר")
_HEBREW_GIVEN = (
    "נועה|רינה|יוסי|אורי|מאיה|רונית|מוחמד|דנה|אסתר|משה|דוד|יעקב|אברהם|יצחק|שרה|רחל|לאה|מרים|דניאל|איתי|יונתן|נועם|"
    "עומר|אריאל|תמר|שירה|יעל|מיכל|רותם|הילה|ליאור|עידו|אלון|אייל|יואב|עמית|נטע|אביגיל|מאור|אליהו|שלמה|חיים|"
    "מנחם|אילנה|אורית|סיגל|רונן|אסף|גלעד|ניר|ערן|דורון|שמואל|בנימין|יהודה|אהרון|ענבל|לימור|אפרת|מיכאל|יוסף|"
    "אליעזר|צבי|גדעון|עוזי|שלום|רבקה|חנה|יהודית|דבורה|זהבה|שושנה|ורד|אילן|אמיר|אחמד|עלי|חסן|פאטמה|מרואן|סמיר"
)
_HEBREW_NOT_SURNAME = "של|הוא|היא|את|עם|לא|כבר|עוד|גם|אמר|אמרה|אומר|אומרת|היה|היתה|הייתה|יש|אין|זה|זו|כי|אם|או|על|אל|מה|רק|בן|בת"
_HEBREW_NAME = regex.compile(
    rf"(?<!\p{{Hebrew}})[ולשהמב]?(?P<name>(?:{_HEBREW_GIVEN})[ ](?!(?:{_HEBREW_NOT_SURNAME})(?!\p{{Hebrew}}))"
    rf"\p{{Hebrew}}{{2,}}(?:-\p{{Hebrew}}{{2,}})?)(?![\p{{Hebrew}}\p{{M}}])"
)
# Hebrew: a doctor's, professor's, lawyer's or Mrs's title, then the family name, or a given name and the family name
# ("ד"ר כהן", "לעו"ד רינה כהן", "גב' לוי")
_HEBREW_TITLED = regex.compile(
    r"(?<!\p{Hebrew})[ולשהמב]?(?P<title>ד[\"״]ר|דר'|פרופ'|פרופסור|עו[\"״]ד|גב'|הגב')[ ]"
    rf"(?P<name>(?:{_HEBREW_GIVEN})[ ](?!(?:{_HEBREW_NOT_SURNAME})(?!\p{{Hebrew}}))\p{{Hebrew}}{{2,}}"
    rf"|(?!(?:{_HEBREW_NOT_SURNAME})(?!\p{{Hebrew}}))\p{{Hebrew}}{{2,}})(?![\p{{Hebrew}}\p{{M}}])"  # (not "ד"ר הוא": a word of the sentence)
)
# whom a chat greets, the name right after the greeting: "היי מיכל,", "مرحباً أحمد،", "يا منى" (a common given name, or
# any word before a comma after a greeting but the words greetings address: "שלום לכולם,", "مرحباً بكم،")
_GREETED = regex.compile(
    rf"(?<!\p{{Hebrew}})(?:היי|הי|שלום|אהלן|הלו|בוקר טוב|ערב טוב)[ ,]+(?:(?P<name>{_HEBREW_GIVEN})(?![\p{{Hebrew}}\p{{M}}])"
    r"|(?!(?:כולם|לכולם|חברים|חברות|צוות|רבותיי|רב|יקר|יקרה|יקרים|אחי|אחותי|מותק|חמוד|חמודה|גבר|שוב|לך|לכם|לכן|עולם|מה)[ ,!?.])"
    r"(?P<name>\p{Hebrew}{2,})(?=[ ]?[,!?]))"
    rf"|(?<!\p{{Arabic}})(?:مرحبا|مرحباً|مرحبًا|أهلا|أهلاً|أهلًا|اهلا|هلا|صباح الخير|مساء الخير|يا)[ ]+(?:(?P<name>{_ARABIC_GIVEN})(?!\p{{Arabic}})"
    r"|(?<!يا[ ]+)(?!(?:بكم|بك|بكِ|بالجميع|جميعا|جميعاً|وسهلا|وسهلاً|عزيزي|عزيزتي|حبيبي|حبيبتي|شباب|جماعة|أصدقائي|أخي|أختي|يا)[ ،,!])"
    r"(?P<name>\p{Arabic}{2,})(?=[ ]?[،,!؟?]))"
)
_ARABIC_NAME = regex.compile(
    rf"(?<!\p{{Arabic}})(?P<name>(?:{_ARABIC_GIVEN})(?:[ ](?:بن|بنت|ابن)[ ]\p{{Arabic}}{{2,}}|[ ](?:ال\p{{Arabic}}{{2,}}|{_ARABIC_GIVEN}))"
    rf"(?:[ ]ال\p{{Arabic}}{{2,}})?)(?!\p{{Arabic}})"
)
# Cyrillic: two or three capitalised words ("Дмитрий Соколов")
# Georgian: a word, then a family name of its own endings ("ნინო ბერიძე", "ირაკლი ხუციშვილი"); the endings -ია, -უა
# and -ავა only after a given name of the list (many words end so: "კომპანია", "ინფორმაცია")
_GEORGIAN_GIVEN = ("გიორგი|დავით|ლევან|ირაკლი|ნიკოლოზ|ალექსანდრე|ლაშა|ზურაბ|თამაზ|ვახტანგ|გოგა|ლუკა|საბა|ნიკა|დათო|"
                   "ნინო|მარიამ|თამარ|ეკა|ეკატერინე|ნათია|სალომე|ქეთევან|ანა|მაია|ნანა|ლიკა|თეა|ხატია|ელენე|სოფო|ნატო")
_GEORGIAN_NAME = regex.compile(
    r"(?<!\p{Georgian})(?P<name>\p{Georgian}{2,12}[ ]\p{Georgian}{2,14}(?:შვილი|ძე)"
    rf"|(?:{_GEORGIAN_GIVEN})[ ]\p{{Georgian}}{{2,14}}(?:ია|უა|ავა|ანი|ური))(?!\p{{Georgian}})"
)
# Armenian: a capitalised word, then a family name in -յան/-եան/-ունց ("Լուսինե Հակոբյան")
_ARMENIAN_NAME = regex.compile(r"(?<!\p{Armenian})(?P<name>\p{Lu}\p{Armenian}{1,12}[ ]\p{Lu}\p{Armenian}{1,14}(?:յան|եան|ունց))(?!\p{Armenian})")
# ... romanized: "Tumanyan poghots 14, bn. 9", "Megobrobis gamziri 9, bina 33"
_ROMANIZED_STREET = regex.compile(r"\p{Lu}[a-z\-]{2,}[ ](?:poghots|poghota|poghotsi|gamziri|gamz\.|kucha|qucha)[ ]\d{1,4}[a-z]?"
                                  r"(?:,[ ](?:bn|bina)\.?[ ]\d{1,4})?")
# Mongolian: the father's name in the genitive, then the given name ("Батбаярын Ганзориг", "Доржийн Цэцэгмаа"),
# never a body's name ("Монгол Улсын Их Хурал": the state's great assembly)
_MONGOLIAN_NAME = regex.compile(
    r"(?<!\p{L})(?P<name>(?!(?:Улсын|Засгийн|Хотын|Аймгийн|Дүүргийн|Сумын|Их|Банкны|Компанийн|Байгууллагын|Яамны|Хорооны|"
    r"Газрын|Төвийн|Эмнэлгийн|Сургуулийн|Монгол|Үндэсний)(?!\p{L}))\p{Lu}\p{Ll}{2,}(?:ын|ийн|гийн|ны|ний)[ ]\p{Lu}\p{Ll}{2,})(?!\p{L})"
)
# Mongolian and Kazakh: a place before its kind's word ("Баянзүрх дүүрэг", "Өмнөговь аймгийн", "Алматы қаласы")
_STEPPE_PLACE = regex.compile(
    r"(?<!\p{L})(?P<place>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)[ ](?:дүүрэг|дүүргийн|аймаг|аймгийн|сум|сумын|хот|хотын|"
    r"қаласы|қаласының|облысы|облысындағы|облысының|ауданы)(?!\p{L})"
)
_STEPPE_HINT = regex.compile(r"[өүӨҮқҚ]")
_CYRILLIC_NAME = regex.compile(r"(?<!\p{L})(?P<name>(?=\p{Cyrillic})\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2})(?!\p{L})")
# ... a surname and two initials, either way round ("Гончаренко О. В.", "Лапина О.Н", "О. В. Гончаренко")
_CYRILLIC_INITIALS = regex.compile(r"(?<!\p{L})(?P<name>(?=\p{Cyrillic})(?:\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?[ ]\p{Lu}\.[ ]?\p{Lu}\.?"
                                   r"|\p{Lu}\.[ ]?\p{Lu}\.[ ]?\p{Lu}\p{Ll}{2,}))(?!\p{L})")
# Chinese: an estate's name (never across a district's mark) and a tower, building or block of it ("望京西园三区",
# "华中小区", "颐和国际"; "312号楼", "8栋", "A座")
_CN_ESTATE = r"(?:(?![省市县縣区區])\p{Han}){1,6}(?:小区|小區|花园|花園|家园|家園|新村|公寓|大厦|大廈|国际|國際|广场|廣場|[苑园園村区區])"
_CN_BUILDING = r"(?:\d{1,4}|[A-Z])(?:号楼|號樓|栋|棟|幢|座)"
# ... the chain with no road before it, its unit or flat after ("望京西园三区312号楼2单元1801室", "住5栋1单元302")
# Thai: a house number (or a room, a building), then the village, moo, soi or road it is on, in a chain ("99/14
# ซอยสุขุมวิท 77", "88/3 หมู่ 4", "99/142 หมู่บ้านพฤกษา ซอย 7", "ห้อง 504 อาคารสุขสันต์แมนชั่น เลขที่ 77 ซอยรัชดาภิเษก 36",
# "คอนโดลุมพินี ซอยสุขุมวิท 77", "ถนนบางนา-ตราด กม. 10")
_TH_HOUSE = r"(?:เลขที่[ ]?)?\d{1,4}(?:/\d{1,4})?"
_TH_BUILDING = r"(?:ห้อง(?:เลขที่)?[ ]?\d{1,5}|(?:อาคาร|คอนโด|แมนชั่น|อพาร์ทเมนท์|หอพัก)\p{Thai}{2,})"
_TH_ON = (r"(?:หมู่บ้าน\p{Thai}{2,}(?:[ ]\d{1,3}(?![\d/]))?|(?:หมู่(?:ที่)?|ม\.)[ ]?\d{1,2}(?!\d)"
          r"|(?:ซอย|ซ\.)[ ]?(?:\p{Thai}{2,}(?:[ ]?\d{1,4}(?:/\d{1,3})?)?|\d{1,4})"
          r"|(?:ถนน|ถ\.)[ ]?\p{Thai}{2,}(?:-\p{Thai}{2,})?(?:[ ](?:กม\.|กิโลเมตร(?:ที่)?)[ ]?\d{1,3})?)")
_THAI_ADDRESS = regex.compile(rf"(?<![\d/])(?:{_TH_BUILDING}|{_TH_HOUSE})(?:[ ]+(?:{_TH_BUILDING}|{_TH_HOUSE}))*(?:[ ]+{_TH_ON})+")
# ... and the district and province after it, written bare before the postcode ("... ซอย 7 บางบัวทอง นนทบุรี 11110")
_THAI_BEFORE_POSTCODE = regex.compile(r"(?:[ ]+\p{Thai}{2,}){1,3}(?=[ ]+\d{5}(?!\d))")
_THAI_DISTRICT_WORD = regex.compile(r"เขต|อำเภอ|อ\.|แขวง|ตำบล|ต\.|จังหวัด|จ\.")
_THAI_WORD = regex.compile(r"\p{Thai}+")
_DIGIT = regex.compile(r"\d")
_CN_BUILDING_CHAIN = regex.compile(rf"(?:(?<=^|[^\p{{Han}}]|[省市县縣区區号號在住到于])(?:{_CN_ESTATE}))?{_CN_BUILDING}"
                                   r"(?:\d{1,2}[单單]元\d{1,5}[室号號]?|\d{1,5}室)")
_ADDRESSES = [
    # Georgian and Armenian: a street's or an avenue's name, its word, the number and a flat ("გორგასლის ქ. 27",
    # "ვაჟა-ფშაველას გამზ. 41, ბინა 18", "Կոմիտասի պող. 52, բն. 31"), or the number and the flat alone
    # ("Բաղրամյան 17, բն. 42")
    regex.compile(r"\p{Georgian}{2,}(?:-\p{Georgian}{2,})?[ ](?:ქ\.|ქუჩა|გამზ\.|გამზირი|ჩიხი|შესახვევი|ხეივანი)[ ]?\d{1,4}"
                  r"(?:,[ ]?ბინა[ ]?\d{1,4})?"),
    regex.compile(r"\p{Armenian}{2,}[ ](?:պող\.|պողոտա|փ\.|փողոց|նրբ\.)[ ]?\d{1,4}(?:,[ ]?բն\.[ ]?\d{1,4})?"
                  r"|\p{Lu}\p{Armenian}{2,}[ ]\d{1,4},[ ]?բն\.[ ]?\d{1,4}"),
    # Chinese: road, number, 号 / 號, then a room or a floor ("幸福路88号", "中山北路二段 12 号", "復興南路一段390號5樓")
    # (a building's number too: "漕溪北路88号2号楼1203室")
    # (a lane's number before it, an estate's name and a tower after: "张杨路1688弄12号601室", "香港中路76号颐和国际A座1203室")
    regex.compile(r"\p{Han}{1,6}?(?:路|街|大道|巷|弄)(?:\p{Han}{1,2}段)?[ \t]?\d{1,5}(?:弄\d{1,4})?[ \t]?[号號]院?"
                  rf"(?:(?:{_CN_ESTATE})?{_CN_BUILDING}(?:\d{{1,2}}[单單]元)?(?:\d{{1,5}}[室樓楼]?)?|\d{{1,5}}[室樓楼])?"),
    # Singapore's HDB blocks in Chinese: an avenue's number, the block and the unit ("宏茂桥3道第123座 #05-118")
    regex.compile(r"\p{Han}{2,4}\d{1,2}[道街巷]第?\d{1,4}[A-Z]?座(?:[ ]?#\d{1,2}-\d{1,4})?"),
    # Japanese: a district's block numbers after the ward or city, then the building and flat
    # ("世田谷区三軒茶屋2-14-7 サンハイツ201", "港北区日吉2-3-11", "三軒茶屋2丁目14-8", "自由が丘1丁目3番11号")
    regex.compile(r"(?<=[区市町村])[\p{Han}\p{Hiragana}\p{Katakana}ー]{1,8}\d{1,2}(?:-\d{1,4}(?:-\d{1,4})?|丁目\d{1,4}(?:[-番]\d{1,4}号?)?)(?:[ 　]?[\p{Katakana}ー]{2,12}\d{1,4}(?:号室)?)?"),
    # Korean: a road (로 / 길) and its number, then a building, floor and flat ("월드컵북로 396", "테헤란로 152-3",
    # "센텀중앙로 79, 502동 1804호", "봉천로 412, 3층 302호")
    regex.compile(r"(?<!\p{Hangul})\p{Hangul}{1,8}(?:로|길)[ ]?\d{1,4}(?:-\d{1,4})?"
                  # (a building's name may follow: "테헤란로 406 웨딩홀 3층")
                  r"(?![\d\-]|[ ]?\p{Hangul}(?!\p{Hangul}*(?:홀|빌딩|타워|아파트|센터|오피스텔|빌라|맨션|호텔|병원|프라자|플라자)))"
                  r"(?:,?[ ]?\d{1,4}동)?(?:,?[ ]?\d{1,3}층)?(?:,?[ ]?\d{1,5}호)?"),
    _THAI_ADDRESS,
    # Arabic: a number, then the street or road and its name ("4127 طريق الملك فهد")
    regex.compile(r"\d{1,5}[ ](?:طريق|شارع)(?:[ ]\p{Arabic}{2,}){1,3}"
                  r"(?:(?:،[ ]?(?:الدور|دور|شقة|عمارة|مبنى|بلوك)[ ][^\s،,]{1,10}){1,3}"  # "..., الدور التالت، شقة ٧" (floor, flat)
                  r"(?:،[ ]?(?P<quarter>ال\p{Arabic}{2,})(?=[ \t]*(?:\n|$)))?)?"),  # (and the quarter after them ending the line: "..., شقة ٧، الدقي")
    # Persian: street, alley, plate and unit ("خیابان ولیعصر، کوچه ناهید، پلاک ۱۲، واحد ۳")
    regex.compile(r"(?:خیابان|بلوار)[ ][^\n،,]{2,30}?(?:،[ ]?(?:کوچه|پلاک|واحد|طبقه)[ ][^\n،,]{1,20}){1,4}"),
    # Hindi: a house number, a lane's, and the colony ("मकान नं. 45, गली नं. 3, शिव नगर")
    regex.compile(r"मकान[ ]नं\.?[ ]?\d{1,5}(?:,[ ]?गली[ ]नं\.?[ ]?\d{1,4})?(?:,[ ]?\p{Devanagari}+[ ]नगर)?"),
]
# A Korean city and the district after it: "서울특별시 마포구", "서울 관악구"; a Chinese city's district: "臺北市大安區";
# a Chinese province before them: "四川省成都市武侯区"; a Thai district or province after its word (the word
# itself outside, and gold sets label either way): "เขตวัฒนา", "จังหวัดเชียงใหม่"
_KOREAN_DISTRICT = regex.compile(
    r"(?P<city>\p{Hangul}{1,4}(?:특별시|광역시|특별자치시|시)|서울|부산|대구|인천|광주|대전|울산)[ ]+"
    r"(?P<district>\p{Hangul}{1,4}(?:구|군))(?!\p{Hangul})"
)
_CHINESE_DISTRICT = regex.compile(
    r"(?:(?P<province>\p{Han}{2,3}?省))?(?P<city>\p{Han}{2,3}?[市縣县])(?P<district>\p{Han}{1,2}[區区])"
)
_THAI_DISTRICT = regex.compile(r"(?:เขต|อำเภอ|อ\.|แขวง|ตำบล|ต\.|จังหวัด|จ\.)(?P<district>\p{Thai}{2,}?)(?=\s|[,)]|$)")
# a person's nationality: Thai "ชาว" and a country's people ("ชาวอังกฤษ", never glued on: "ชาวไทยทุกคน"), Arabic "of
# ... nationality" ("باكستاني الجنسية"), Chinese "籍" after a country ("中国籍"), a Greek form's field ("υπηκοότητα τουρκική")
_NATIONALITY = regex.compile(
    r"(?<!\p{Thai})ชาว(?P<nrp>อังกฤษ|อเมริกัน|ญี่ปุ่น|จีน|เกาหลี|ฝรั่งเศส|เยอรมัน|อินเดีย|พม่า|ลาว|กัมพูชา|เวียดนาม|มาเลเซีย|"
    r"สิงคโปร์|อินโดนีเซีย|ฟิลิปปินส์|รัสเซีย|ออสเตรเลีย|แคนาดา|อิตาลี|สเปน|ดัตช์|สวิส|สวีเดน|ไทย|ปากีสถาน|บังกลาเทศ|อิสราเอล)"
    r"(?=[ ,)\n]|$)"
    r"|(?<!\p{Arabic})(?P<nrp>\p{Arabic}{2,}(?:ي|ية))[ ]الجنسية"
    r"|(?<!\p{Han})(?P<nrp>中国|美国|英国|法国|德国|韩国|泰国|日本|新加坡|马来西亚|印度|印尼|菲律宾|越南|澳大利亚|加拿大|"
    r"巴基斯坦|缅甸|俄罗斯|中國|美國|英國|韓國)籍"
    r"|(?i:υπηκοότητα|ιθαγένεια):?[ ](?P<nrp>\p{Greek}{3,})(?=[ ]?[,;)\n]|$)"  # (not "η υπηκοότητα είναι ...")
)
_NATIONALITY_HINT = regex.compile(r"ชาว|الجنسية|籍|(?i:υπηκοότητα|ιθαγένεια)")
# an Arabic quarter: "حي الأدارسة"
_ARABIC_QUARTER = regex.compile(r"(?<!\p{Arabic})حي[ ]ال\p{Arabic}{2,}(?:[ ]ال\p{Arabic}{2,})?")
# words that run into a Chinese street from before it: "放在幸福路88号" (put at), "住在", "寄到"
_BEFORE_STREET = frozenset("放在住到于於从從至寄送去来來")
# An email glued to words of another script ("アドレスをmisaki.sato88@docomo.ne.jpへ"): Presidio's
# pattern takes the script's letters as part of it (they are \w) and then rejects the whole.
_GLUED_EMAIL = regex.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9\-])"
)
# a Japanese or Korean honorific glued to a romanized name: "Takahashi-sama", "Kim-ssi", "Jiwoo-nim"
_ROMANIZED_HONORIFIC = regex.compile(r"(?<![\w\-])(?P<name>\p{Lu}\p{Ll}{1,15})-(?P<title>sama|san|kun|chan|sensei|dono|nim|ssi)(?![\w\-])")
_HONORIFIC_HINT = regex.compile(r"-(?:sama|san|kun|chan|sensei|dono|nim|ssi)\b")
_NOT_LATIN_LETTER = regex.compile(r"[^\p{Latin}\P{L}]")
# Uzbek places, in Cyrillic and in Latin: a name before its kind's word, a region, a district, a city, a village or a
# quarter ("Наманган вилояти", "Поп тумани", "Pop tumani", "Chust shahri"); and a town before its street in an address
# ("Qo'qon, Turkiston ko'chasi 19-uy", "Қўқон, Туркистон кўчаси 5"). (Uzbek's own words: Tatar and Bashkir say
# "районы", "урамы"; Kazakh "ауданы", "көшесі"; Tajik puts "вилояти" before the name.)
_UZ_APOSTROPHE = r"['ʻ’‘ʼ`]"
_UZ_WORD = rf"\p{{Lu}}(?:\p{{Ll}}|{_UZ_APOSTROPHE}(?=\p{{Ll}}))+"
_UZ_NAME = rf"{_UZ_WORD}(?:[ \-]{_UZ_WORD})?"
_UZ_KIND = (rf"viloyati|tumani|shahri|shaharchasi|qishlog{_UZ_APOSTROPHE}i|mahallasi|ovuli"
            r"|вилояти|тумани|шаҳри|шаҳарчаси|қишлоғи|маҳалласи|овули")
_UZ_STREET = rf"(?:shoh[ ]|tor[ ]|berk[ ])?ko{_UZ_APOSTROPHE}chasi|mavzesi|massivi|(?:шоҳ|тор|берк)?[ ]?кўчаси|мавзеси|массиви"
_UZBEK_PLACE = regex.compile(
    rf"(?<![\p{{L}}'ʻ’‘ʼ`])(?P<place>{_UZ_NAME}[ ](?:{_UZ_KIND}))(?![\p{{L}}])"
    rf"|(?<![\p{{L}}'ʻ’‘ʼ`])(?P<place>{_UZ_NAME}),[ ]?(?={_UZ_NAME}[ ](?:{_UZ_STREET})(?![\p{{L}}]))"
)
# ... and the street with its house and flat ("Мустақиллик кўчаси, 12-уй", "Istiqlol ko'chasi 7-uy, 3-xonadon")
_UZBEK_STREET = regex.compile(
    rf"(?<![\p{{L}}'ʻ’‘ʼ`]){_UZ_NAME}[ ](?:{_UZ_STREET}),?[ ]\d{{1,4}}(?:[-/]?\p{{Ll}})?(?:-(?:uy|уй))?"
    r"(?:,[ ]?\d{1,4}-(?:xonadon|хонадон))?(?![\p{L}\d])"
)
_UZBEK_HINT = regex.compile(rf"tumani|viloyati|shahri|mahallasi|qishlog|ko{_UZ_APOSTROPHE}chasi|mavzesi|массиви|мавзеси"
                            r"|вилояти|тумани|шаҳри|қишлоғи|маҳалласи|кўчаси")
NAME_SCORE = 0.9  # above NER's 0.85: the English model's reading of these scripts is noise (refine drops it)
CYRILLIC_SCORE = 0.5
ADDRESS_SCORE = 0.7


@RECOGNIZERS.register("OtherScriptRecognizer")
class OtherScriptRecognizer(OwnRecognizer):
    """PERSON, ADDRESS and LOCATION in CJK, Cyrillic and Arabic text, from the words around them."""

    ENTITIES = ["PERSON", "TITLE", "ADDRESS", "LOCATION", "EMAIL_ADDRESS", "NRP"]

    def analyze(self, text, entities, nlp_artifacts=None):
        if "@" in text and not text.isascii():
            results = [make_result(self, "EMAIL_ADDRESS", *m.span(), NAME_SCORE, "an email glued to other words")
                       for m in _GLUED_EMAIL.finditer(text) if _glued(text, *m.span())]
        else:
            results = []
        if "poghot" in text or "gamz" in text or "ucha " in text:
            results += [make_result(self, "ADDRESS", *m.span(), ADDRESS_SCORE, "a romanized Armenian or Georgian street")
                        for m in _ROMANIZED_STREET.finditer(text)]
        if _HONORIFIC_HINT.search(text):
            for match in _ROMANIZED_HONORIFIC.finditer(text):
                results.append(make_result(self, "PERSON", *match.span("name"), NAME_SCORE, "a romanized name and its honorific"))
                if match.group("title") not in ("san", "kun", "chan"):  # (everyday ones are part of how a name is said)
                    results.append(make_result(self, "TITLE", *match.span("title"), NAME_SCORE, "an honorific"))
        if _NATIONALITY_HINT.search(text):
            results += [make_result(self, "NRP", *m.span("nrp"), NAME_SCORE, "a nationality") for m in _NATIONALITY.finditer(text)]
        if _UZBEK_HINT.search(text):
            results += [make_result(self, "LOCATION", *m.span("place"), ADDRESS_SCORE, "an Uzbek place by its kind's word")
                        for m in _UZBEK_PLACE.finditer(text)]
            results += [make_result(self, "ADDRESS", *m.span(), ADDRESS_SCORE, "an Uzbek street and its house")
                        for m in _UZBEK_STREET.finditer(text)]
        if not _ANY.search(text):
            return results
        for pattern in _NAMES:
            for match in pattern.finditer(text):
                if match.group("name").replace("　", " ") in _NOT_HONORED:
                    continue  # "お客様", "고객님": the customer, not a name
                results.append(make_result(self, "PERSON", *match.span("name"), NAME_SCORE, "a name by its honorific or label"))
                if "title" in match.re.groupindex:  # the honorific after the name is its title ("様", "님", "くん")
                    results.append(make_result(self, "TITLE", *match.span("title"), NAME_SCORE, "an honorific"))
        if _SEGMENTED.search(text):
            results += [make_result(self, "PERSON", start, end, NAME_SCORE, "a name by the word segmenter")
                        for start, end in segmenters.names(text)]
        results += [make_result(self, "PERSON", *m.span("name"), CYRILLIC_SCORE, "capitalised Cyrillic words")
                    for m in _CYRILLIC_NAME.finditer(text)]
        if "." in text:
            results += [make_result(self, "PERSON", *m.span("name"), NAME_SCORE, "a Cyrillic surname and initials")
                        for m in _CYRILLIC_INITIALS.finditer(text)]
        for pattern in (_HEBREW_TITLED, _GREETED):
            for match in pattern.finditer(text):
                results.append(make_result(self, "PERSON", *match.span("name"), NAME_SCORE, "a name by its title or greeting"))
                if "title" in match.re.groupindex:
                    results.append(make_result(self, "TITLE", *match.span("title"), NAME_SCORE, "a title"))
        if _STEPPE_HINT.search(text):
            results += [make_result(self, "PERSON", *m.span("name"), NAME_SCORE, "a Mongolian patronymic and given name")
                        for m in _MONGOLIAN_NAME.finditer(text)]
            results += [make_result(self, "LOCATION", *m.span("place"), NAME_SCORE, "a place before its kind's word")
                        for m in _STEPPE_PLACE.finditer(text)]
        results += [make_result(self, "PERSON", *m.span("name"), NAME_SCORE, "an Arabic given and family name")
                    for m in _ARABIC_NAME.finditer(text)]
        results += [make_result(self, "PERSON", *m.span("name"), NAME_SCORE, "a Persian given and family name")
                    for m in _PERSIAN_NAME.finditer(text)]
        results += [make_result(self, "PERSON", *m.span("name"), NAME_SCORE, "a Hebrew given and family name")
                    for m in _HEBREW_NAME.finditer(text)]
        results += [make_result(self, "PERSON", *m.span("name"), NAME_SCORE, "a Georgian or Armenian family name")
                    for pattern in (_GEORGIAN_NAME, _ARMENIAN_NAME) for m in pattern.finditer(text)]
        for pattern in _ADDRESSES:
            for match in pattern.finditer(text):
                start = match.start()
                while text[start] in _BEFORE_STREET:
                    start += 1
                number = _DIGIT.search(text, start, match.end())  # (only before the road's number: "...号华中小区8栋")
                district = max(text.rfind(mark, start, number.start() if number else match.end()) for mark in "區区市縣县")
                start = district + 1 if district >= 0 else start  # "大安區復興南路...": the district is a place
                end = match.end()
                if "quarter" in pattern.groupindex and match.group("quarter"):  # a place of its own, after the flat
                    results.append(make_result(self, "LOCATION", *match.span("quarter"), ADDRESS_SCORE, "a quarter"))
                    end = text.rfind("،", start, match.start("quarter"))
                results.append(make_result(self, "ADDRESS", start, end, ADDRESS_SCORE, "a road and its number"))
                if pattern is _THAI_ADDRESS and (places := _THAI_BEFORE_POSTCODE.match(text, match.end())):
                    results += [make_result(self, "LOCATION", *m.span(), ADDRESS_SCORE, "a district or province before the postcode")
                                for m in _THAI_WORD.finditer(text, *places.span()) if not _THAI_DISTRICT_WORD.match(m.group())]
        for match in _CN_BUILDING_CHAIN.finditer(text) if any(mark in text for mark in "楼樓栋棟幢座") else ():
            start = match.start()
            while text[start] in _BEFORE_STREET:
                start += 1
            results.append(make_result(self, "ADDRESS", start, match.end(), ADDRESS_SCORE, "an estate's building and flat"))
        results += [make_result(self, "LOCATION", *m.span(), ADDRESS_SCORE, "a quarter") for m in _ARABIC_QUARTER.finditer(text)]
        for match in (*_KOREAN_DISTRICT.finditer(text), *_CHINESE_DISTRICT.finditer(text)):
            if match.groupdict().get("province"):
                results.append(make_result(self, "LOCATION", *match.span("province"), ADDRESS_SCORE, "a province"))
            results.append(make_result(self, "LOCATION", *match.span("city"), ADDRESS_SCORE, "a city"))
            results.append(make_result(self, "LOCATION", *match.span("district"), ADDRESS_SCORE, "a district"))
        for match in _THAI_DISTRICT.finditer(text):
            results.append(make_result(self, "LOCATION", *match.span("district"), ADDRESS_SCORE, "a district"))
        return results


def _glued(text: str, start: int, end: int) -> bool:
    """Whether letters of another script touch the span (else Presidio's pattern reads it)."""
    return bool(_NOT_LATIN_LETTER.match(text[start - 1:start]) or _NOT_LATIN_LETTER.match(text[end:end + 1]))

"""Names, streets and districts in CJK and Cyrillic script (recognizers/scripts.py)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.scripts import OtherScriptRecognizer


@pytest.fixture(scope="module")
def scripts():
    return OtherScriptRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("田中陽翔さんは2024年4月1日に在留カードを更新しました。", {("PERSON", "田中陽翔")}),  # Japanese honorific
        ("王伟先生的订单已发货", {("PERSON", "王伟")}),  # Chinese "Mr"
        ("姓名：张伟\n电话", {("PERSON", "张伟")}),  # a form's label
        ("小王，你的快递到了，放在幸福路88号门口了", {("PERSON", "小王"), ("ADDRESS", "幸福路88号")}),  # no "放在"
        ("김민수 씨에게 연락하세요.", {("PERSON", "김민수")}),  # Korean honorific and a particle
        ("성명 박지민 · 주소 서울특별시 마포구 월드컵북로 396",
         {("PERSON", "박지민"), ("LOCATION", "서울특별시"), ("LOCATION", "마포구"), ("ADDRESS", "월드컵북로 396")}),
        ("Zhang Wei (张伟), resident ID", {("PERSON", "张伟")}),  # own script after the romanised name
        ("Дмитрий Соколов подал заявление", {("PERSON", "Дмитрий Соколов")}),  # Cyrillic capitals
        # a Japanese name's reading, after its label or in brackets after the name
        ("履歴書\nふりがな　なかむら　あおい\n", {("PERSON", "なかむら　あおい")}),
        ("お客様情報：氏名 高橋 健太（タカハシ ケンタ）、生年月日", {("PERSON", "高橋 健太"), ("PERSON", "タカハシ ケンタ")}),
        # Mongolian: the father's name in the genitive, then the given name; a district and a province by their word
        ("уурхайн кемпэд ажилладаг Батбаярын Ганзориг (34 настай)", {("PERSON", "Батбаярын Ганзориг")}),
        ("Хаяг: Сүхбаатар дүүрэг, 1-р хороо", {("LOCATION", "Сүхбаатар")}),
        ("Өмнөговь аймгийн уурхай", {("LOCATION", "Өмнөговь")}),
        ("会員の佐藤 美咲様より", {("PERSON", "佐藤 美咲")}),  # family and given name, a space between
        ("请把合同寄给王建国，地址是", {("PERSON", "王建国")}),  # a common surname after "send to"
        # an email glued to Japanese words (Presidio's pattern takes them for part of it)
        ("アドレスをmisaki.sato88@docomo.ne.jpへ変更", {("EMAIL_ADDRESS", "misaki.sato88@docomo.ne.jp")}),
        # Arabic: a common given name and a family name with its article, or "bin" and a father's name
        ("قدّم خالد العتيبي طلب تجديد الإقامة", {("PERSON", "خالد العتيبي")}),
        ("محمد بن سلمان", {("PERSON", "محمد بن سلمان")}),
        # Hindi after its label, Thai after คุณ, Korean after "patient"
        ("नाम: सुनीता देवी यादव, आधार", {("PERSON", "सुनीता देवी यादव")}),
        ("คุณสมหญิง แก้วมณี เลขบัตรประชาชน", {("PERSON", "สมหญิง แก้วมณี")}),
        ("환자 이지훈, 주민등록번호", {("PERSON", "이지훈")}),
        # a form's name field in other scripts, a courtesy title before the name
        ("গ্রাহকের তথ্য: নাম: মোছাম্মৎ নাসরিন আক্তার, পিতার নাম", {("PERSON", "মোছাম্মৎ নাসরিন আক্তার")}),
        ("የደንበኛ መረጃ፦ ስም፦ ወ/ሮ መሰረት ታደሰ፣ የፋይዳ ቁጥር", {("PERSON", "መሰረት ታደሰ")}),
        ("Овог: Должинсүрэн, Нэр: Оюунчимэг, Регистрийн", {("PERSON", "Должинсүрэн"), ("PERSON", "Оюунчимэг")}),
        # streets with their building, floor and flat, and districts: Korean, Chinese, Thai, Arabic, Hindi
        ("주소 부산광역시 해운대구 센텀중앙로 79, 502동 1804호, 연락처", {("ADDRESS", "센텀중앙로 79, 502동 1804호")}),
        ("민지: 서울 관악구 봉천로 412, 3층 302호", {("LOCATION", "서울"), ("LOCATION", "관악구"), ("ADDRESS", "봉천로 412, 3층 302호")}),
        ("地址：臺北市大安區復興南路一段390號5樓，手機", {("LOCATION", "大安區"), ("ADDRESS", "復興南路一段390號5樓")}),
        ("ที่อยู่ 99/14 ซอยสุขุมวิท 77 เขตวัฒนา กรุงเทพฯ", {("ADDRESS", "99/14 ซอยสุขุมวิท 77"), ("LOCATION", "วัฒนา")}),
        # a Chinese province before its city; a Thai province, a district ending a table's cell
        ("住址：四川省成都市武侯区人民南路四段27号", {("LOCATION", "四川省"), ("LOCATION", "成都市"), ("LOCATION", "武侯区")}),
        ("ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200", {("LOCATION", "สุเทพ"), ("LOCATION", "เชียงใหม่")}),
        ("55/8 ถนนพหลโยธิน เขตพญาไท\t412", {("LOCATION", "พญาไท")}),
        # Georgian and Armenian: a family name by its ending, a title before a name, a street and a flat
        ("პაციენტი: თამარ გელაშვილი, პირადი ნომერი", {("PERSON", "თამარ გელაშვილი")}),
        ("ექიმი: ლევან ქავთარაძე.", {("PERSON", "ლევან ქავთარაძე")}),
        ("Պացիենտ՝ Լուսինե Հակոբյան, ծնվ. 09.04.1985", {("PERSON", "Լուսինե Հակոբյան")}),
        ("კლიენტის ანკეტა: ბატონი დავით კაპანაძე, 45 წლის", {("TITLE", "ბატონი"), ("PERSON", "დავით კაპანაძე")}),
        ("მისამართი: თბილისი, ვაჟა-ფშაველას გამზ. 41, ბინა 18. ტელ.", {("ADDRESS", "ვაჟა-ფშაველას გამზ. 41, ბინა 18")}),
        ("Հասցե՝ Երևան, Կոմիտասի պող. 52, բն. 31, 0014։", {("ADDRESS", "Կոմիտասի պող. 52, բն. 31")}),
        ("hasce: Tumanyan poghots 14, bn. 9, Gyumri.", {("ADDRESS", "Tumanyan poghots 14, bn. 9")}),
        ("العنوان 4127 طريق الملك فهد، الرياض", {("ADDRESS", "4127 طريق الملك فهد")}),
        ("पता: मकान नं. 45, गली नं. 3, शिव नगर, पटना", {("ADDRESS", "मकान नं. 45, गली नं. 3, शिव नगर")}),
        ("住址：上海市徐汇区漕溪北路88号2号楼1203室，联系电话", {("ADDRESS", "漕溪北路88号2号楼1203室")}),  # a building's number
        ("けんた：世田谷区三軒茶屋2-14-7 サンハイツ201だよ。", {("ADDRESS", "三軒茶屋2-14-7 サンハイツ201")}),  # Japanese blocks
        ("민수: 서울 강남구 테헤란로 406 웨딩홀 3층", {("ADDRESS", "테헤란로 406")}),  # a building's name after the road
        # honorifics are titles; a child's name in hiragana; a particle before a name in kanji
        ("会員の佐藤 美咲様より", {("PERSON", "佐藤 美咲"), ("TITLE", "様")}),
        ("明日の集合、けんたくんの家でいい？", {("PERSON", "けんた"), ("TITLE", "くん")}),
        ("김지은님의 배송지는", {("PERSON", "김지은"), ("TITLE", "님")}),
        ("민수: 지현아 다음주 토요일", {("PERSON", "지현")}),  # a Korean vocative
        ("منى: ١٤ شارع التحرير، الدور التالت، شقة ٧، الدقي", {("ADDRESS", "١٤ شارع التحرير، الدور التالت، شقة ٧")}),
        ("ساکن تهران، خیابان ولیعصر، کوچه ناهید، پلاک ۱۲، واحد ۳، کد پستی", {("ADDRESS", "خیابان ولیعصر، کوچه ناهید، پلاک ۱۲، واحد ۳")}),
        ("ที่อยู่ 99/12 หมู่บ้านพฤกษา ซอยลาดพร้าว 71 แขวงลาดพร้าว", {("ADDRESS", "99/12 หมู่บ้านพฤกษา ซอยลาดพร้าว 71"),
                                                               ("LOCATION", "ลาดพร้าว")}),
        ("于2025年4月2日在北京市朝阳区建国路88号院3号楼2单元501室办理了", {("ADDRESS", "建国路88号院3号楼2单元501室")}),
        ("خانم مریم احمدی، کد ملی 0076543218", {("TITLE", "خانم"), ("PERSON", "مریم احمدی")}),
        ("सुनीता यादव, उम्र 46 वर्ष, आधार संख्या 5482", {("PERSON", "सुनीता यादव")}),  # a record opening on a name
        ('נועה לוי, ת"ז 031584725, הגישה בקשה', {("PERSON", "נועה לוי")}),
        ("مشخصات مشتری: سارا محمدی، کد ملی 0073819425، تاریخ تولد", {("PERSON", "سارا محمدی")}),  # after a form's label
        ("פרטי המבוטחת: נועה בן-דוד, ת.ז. 034817262, תאריך לידה", {("PERSON", "נועה בן-דוד")}),
    ],
)
def test_when_a_name_or_street_is_written_in_another_script_then_it_is_found(scripts, text, expected):
    assert expected <= _found(scripts, text)


@pytest.mark.parametrize(
    "text",
    [
        "お客様のご注文は皆様に届きました。",  # "customer" and "everyone" with 様: one character before
        "学校로 3시에 가요",  # a Korean particle 로 before a time is no road
        "Meeting with John Smith at noon",  # Latin script: the English recognizers' business
        "请把文件寄给公司。",  # "send to the company": no surname
        "write to ana@example.com (アナ)",  # an email apart from the other script: Presidio's
        "ذهبت إلى السوق مع الأصدقاء",  # Arabic words, no given name
        "担当者様、고객님, 運転手さん",  # roles before an honorific
        "  連絡先氏名: ",  # "full name" is no honorific
        "კომპანია ინფორმაცია მოგვაწოდა",  # Georgian words ending like family names ("company", "information")
    ],
)
def test_when_no_name_is_marked_then_nothing_is_found(scripts, text):
    assert not _found(scripts, text)


def test_when_the_english_model_reads_korean_then_its_reading_is_dropped_for_the_honorific(detector):
    text = "김민수 씨에게 연락하세요."
    [spans] = detector.detect([text])
    assert [(s.entity_type, text[s.start : s.end]) for s in spans] == [("PERSON", "김민수"), ("TITLE", "씨")]


def test_when_a_chinese_text_names_a_passport_and_a_city_then_both_are_found(detector):
    text = "李明的护照号码是E48291735，他将于5月3日飞往东京。"  # "... flies to Tokyo on 3 May"
    [spans] = detector.detect([text])
    found = {(s.entity_type, text[s.start : s.end]) for s in spans}
    assert {("PASSPORT", "E48291735"), ("LOCATION", "东京"), ("DATE_TIME", "5月3日")} <= found


def test_when_the_english_model_reads_arabic_then_its_reading_is_dropped(detector):
    text = "قدّم خالد العتيبي طلب تجديد الإقامة يوم 12 مارس"
    assert [(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0] if s.entity_type == "PERSON"] == [
        ("PERSON", "خالد العتيبي")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("שלום, אני נועה לוי, מספר תעודת זהות 031284573.", "נועה לוי"),  # a Hebrew given and family name
        ("היי דנה, תזכירי ליוסי אברהמי שהוא בן 45", "יוסי אברהמי"),  # a glued "to" apart
        ("عزيزي بدر العنزي، تم تسجيل الدخول", "بدر العنزي"),  # more Arabic given names
        ("نفيدكم بأن المقيم عمران خالد، باكستاني الجنسية", "عمران خالد"),
    ],
)
def test_when_a_hebrew_or_arabic_given_name_has_a_family_name_after_it_then_both_are_the_name(scripts, text, name):
    assert ("PERSON", name) in _found(scripts, text)


def test_when_a_hebrew_given_name_has_a_verb_after_it_then_no_name_is_made_of_them(scripts):
    assert not _found(scripts, "יוסי אמר שהוא יבוא מחר")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("นางสมศรี แก้วมณี แจ้งว่าค่าไฟเดือนนี้สูงผิดปกติ", "สมศรี แก้วมณี"),  # Thai "Mrs" glued to the name
        ("นางสาวพิมพ์ชนก วงศ์ใหญ่ เลขประจำตัวประชาชน", "พิมพ์ชนก วงศ์ใหญ่"),  # "Miss"
        ("ชื่อ-นามสกุล: นายกิตติพงษ์ บุญมา", "กิตติพงษ์ บุญมา"),  # "Mr"
    ],
)
def test_when_a_thai_title_is_glued_to_a_name_then_the_name_is_found(scripts, text, name):
    assert ("PERSON", name) in _found(scripts, text)


@pytest.mark.parametrize("text", ["นายจ้างของเขา อยู่ที่ กรุงเทพ", "นางพยาบาล ช่วยดูแล คนไข้"])
def test_when_a_thai_word_only_starts_like_a_title_then_no_name_is_found(scripts, text):
    assert not {f for f in _found(scripts, text) if f[0] == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("مشخصات متوفی: سارا محمدی، فرزند علی، متولد ۱۳۴۵ در شیراز", "سارا محمدی"),  # a Persian "-i" family name
        ("وصیت‌نامه آقای کامران حسین‌زاده در تاریخ ۱۲ مهر ثبت شد", "کامران حسین\u200cزاده"),  # "-zadeh"
    ],
)
def test_when_a_persian_given_name_has_a_family_name_of_persian_shape_then_both_are_the_name(scripts, text, name):
    assert ("PERSON", name) in _found(scripts, text)


@pytest.mark.parametrize("text", ["علی خیلی خسته بود", "رضا برای کار رفت", "علی رفت به بازار"])
def test_when_a_persian_given_name_has_a_word_of_the_sentence_after_it_then_no_name_is_made_of_them(scripts, text):
    assert not {f for f in _found(scripts, text) if f[0] == "PERSON"}


def test_when_a_mongolian_body_is_named_in_the_genitive_then_it_is_no_patronymic(scripts):
    assert ("PERSON", "Улсын Их") not in _found(scripts, "Монгол Улсын Их Хурал хуралдав")  # the state's great assembly

"""Names, ages, dates, places and ids in Lao and Khmer script and their romanized forms (recognizers/lao_khmer.py)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.lao_khmer import LaoKhmerRecognizer


@pytest.fixture(scope="module")
def lao_khmer():
    return LaoKhmerRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Lao: a courtesy title, then a given name and surname; the age after its word
        ("ທ້າວ ສົມພອນ ໄຊຍະວົງ ອາຍຸ 29 ປີ ເຮັດວຽກ", {("TITLE", "ທ້າວ"), ("PERSON", "ສົມພອນ ໄຊຍະວົງ"), ("AGE", "29")}),
        ("ນາງສາວ ມະນີວອນ ສີສຸວັນ ອາຍຸ ໒໕ ປີ", {("TITLE", "ນາງສາວ"), ("PERSON", "ມະນີວອນ ສີສຸວັນ"), ("AGE", "໒໕")}),  # Lao figures
        ("ຈາກ ທ້າວ ແກ້ວ ດວງຈັນ ເພື່ອສົ່ງໄປເຮັດວຽກຢູ່ ເກົາຫຼີ", {("PERSON", "ແກ້ວ ດວງຈັນ"), ("LOCATION", "ເກົາຫຼີ")}),
        ("ທ່ານ ບຸນທັນ ພົມມະວົງ ເປັນຜູ້ຈັດການ", {("TITLE", "ທ່ານ"), ("PERSON", "ບຸນທັນ ພົມມະວົງ")}),
        # ... a form's label, a title after it; an id after its document's name
        ("ຊື່ ແລະ ນາມສະກຸນ: ຈັນທະລາ ສາຍະສານ\nວັນເດືອນປີເກີດ", {("PERSON", "ຈັນທະລາ ສາຍະສານ")}),
        ("ຜູ້ຮັບ: ນາງ ບົວພັນ ມະນີວົງ, ບັນຊີເລກທີ 010-12-00-04471839-001",
         {("TITLE", "ນາງ"), ("PERSON", "ບົວພັນ ມະນີວົງ"), ("ID_NUMBER", "010-12-00-04471839-001")}),
        ("ບັດປະຈຳຕົວເລກທີ: 01-0458127\nເບີໂທ", {("ID_NUMBER", "01-0458127")}),
        ("ຍັງຖືໜັງສືຜ່ານແດນເລກທີ P1739054 ຂອງ", {("ID_NUMBER", "P1739054")}),
        # ... a village, district and province after their kind's word; the capital by its whole name
        ("ທີ່ຢູ່: ບ້ານໂພນທັນ, ເມືອງໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ",
         {("LOCATION", "ໂພນທັນ"), ("LOCATION", "ໄຊເສດຖາ"), ("LOCATION", "ນະຄອນຫຼວງວຽງຈັນ")}),
        ("ບ້ານດົງໂດກ ເມືອງໄຊທານີ ແຂວງຫລວງພະບາງ", {("LOCATION", "ດົງໂດກ"), ("LOCATION", "ໄຊທານີ"), ("LOCATION", "ຫລວງພະບາງ")}),
        ("ເຮືອນເລກທີ 45, ໜ່ວຍ 7, ບ້ານໂພນໄຊ", {("ADDRESS", "ເຮືອນເລກທີ 45, ໜ່ວຍ 7"), ("LOCATION", "ໂພນໄຊ")}),
        # ... a town or country by its name after "at", "to" (never inside the name of a person: "ໄຊສົມບູນ ມະນີວົງ")
        ("ໄປເຮັດວຽກຢູ່ ບາງກອກ ຕັ້ງແຕ່", {("LOCATION", "ບາງກອກ")}),
        ("ຜູ້ໂອນ: ໄຊສົມບູນ ມະນີວົງ (ຢູ່ ຊົນບຸລີ, ປະເທດໄທ)",
         {("PERSON", "ໄຊສົມບູນ ມະນີວົງ"), ("LOCATION", "ຊົນບຸລີ"), ("LOCATION", "ໄທ")}),
        # ... a JSON record's English keys; a name before its login
        ('{"name": "ບຸນເຫຼືອ ແສງດາລາ", "village": "ບ້ານໂພນສະຫວັນ", "district": "ເມືອງນາຊາຍທອງ", "destination": "ໄທ"}',
         {("PERSON", "ບຸນເຫຼືອ ແສງດາລາ"), ("LOCATION", "ໂພນສະຫວັນ"), ("LOCATION", "ນາຊາຍທອງ"), ("LOCATION", "ໄທ")}),
        ("ການເຂົ້າລະບົບຂອງ ວົງສະຫວັນ ພົມມະຈັນ (vongsavanh.pmc) ຈາກ IP", {("PERSON", "ວົງສະຫວັນ ພົມມະຈັນ")}),
        # ... a table's columns by their Lao headers
        ("| ລ/ດ | ຊື່ ແລະ ນາມສະກຸນ | ອາຍຸ | ແຂວງ |\n|---|---|---|---|\n| 1 | ນ້ອຍ ແສງດາລາ | 19 | ຄຳມ່ວນ |",
         {("PERSON", "ນ້ອຍ ແສງດາລາ"), ("AGE", "19"), ("LOCATION", "ຄຳມ່ວນ")}),
        # ... a chat's speakers who speak twice, a name after a kin word, a Latin name after one
        ("ນ້ອຍ: ເອື້ອຍ ແສງ, ມື້ອື່ນ\nແສງ: ໂອເຄ\nນ້ອຍ: ອ້າຍ Somsak ຢູ່ Nonthaburi\nແສງ: ຂອບໃຈ",
         {("PERSON", "ນ້ອຍ"), ("PERSON", "ແສງ"), ("PERSON", "Somsak"), ("LOCATION", "Nonthaburi")}),
        # Khmer: titles and labels glued or apart; age, a village and province after their words
        ("លោកស្រី គីម ស្រីនាង បានបង់ប្រាក់ ៣០០ ដុល្លារ", {("TITLE", "លោកស្រី"), ("PERSON", "គីម ស្រីនាង")}),
        ("កញ្ញា ម៉ម ស្រីល័ក្ខ អាយុ ១៩ ឆ្នាំ", {("TITLE", "កញ្ញា"), ("PERSON", "ម៉ម ស្រីល័ក្ខ"), ("AGE", "១៩")}),
        ("ខ្ញុំឈ្មោះ ចាន់ សុភា អាយុ ២៣ ឆ្នាំ", {("PERSON", "ចាន់ សុភា"), ("AGE", "២៣")}),
        ("ឈ្មោះអ្នកជំងឺ៖ កែវ ចាន់ធី   ភេទ៖ ស្រី   អាយុ៖ ២៧", {("PERSON", "កែវ ចាន់ធី"), ("AGE", "២៧")}),
        ("អ្នកជំងឺ ទូច រិទ្ធី ភេទប្រុស អាយុ ៤៥ ឆ្នាំ រស់នៅភូមិត្រពាំងឈូក ខេត្តតាកែវ បានមក",
         {("PERSON", "ទូច រិទ្ធី"), ("AGE", "៤៥"), ("LOCATION", "ត្រពាំងឈូក"), ("LOCATION", "តាកែវ")}),
        ("អ្នកទទួល៖ លោកស្រី ហេង សុភាព។", {("TITLE", "លោកស្រី"), ("PERSON", "ហេង សុភាព")}),
        ("លោក សុខ ដារ៉ា បានទៅធ្វើការនៅប្រទេសកូរ៉េ", {("TITLE", "លោក"), ("PERSON", "សុខ ដារ៉ា"), ("LOCATION", "កូរ៉េ")}),
        ("ភូមិអូរតាគី ឃុំព្រៃស្វាយ ស្រុកមោងឫស្សី ខេត្តបាត់ដំបង",
         {("LOCATION", "អូរតាគី"), ("LOCATION", "ព្រៃស្វាយ"), ("LOCATION", "មោងឫស្សី"), ("LOCATION", "បាត់ដំបង")}),
        ("ធ្វើការនៅខណ្ឌពោធិ៍សែនជ័យ រាជធានីភ្នំពេញ។", {("LOCATION", "ពោធិ៍សែនជ័យ"), ("LOCATION", "ភ្នំពេញ")}),
        ("ខេត្តតាកែវបានមក", {("LOCATION", "តាកែវ")}),  # a clause run into the province's name
        ("ឱ្យមេខ្យល់ម្នាក់នៅប៉ោយប៉ែត ដើម្បីឆ្លងទៅធ្វើការនៅប្រទេសថៃ។", {("LOCATION", "ប៉ោយប៉ែត"), ("LOCATION", "ថៃ")}),
        # ... a house and its street; a date in Khmer figures; an account and an id after their names
        ("អាសយដ្ឋាន៖ ផ្ទះលេខ ៤៤ ផ្លូវ ១៩២៨ សង្កាត់ភ្នំពេញថ្មី ខណ្ឌសែនសុខ",
         {("ADDRESS", "ផ្ទះលេខ ៤៤ ផ្លូវ ១៩២៨"), ("LOCATION", "ភ្នំពេញថ្មី"), ("LOCATION", "សែនសុខ")}),
        ("ផ្ទះលេខ ១២B ផ្លូវលេខ ៣៧១", {("ADDRESS", "ផ្ទះលេខ ១២B ផ្លូវលេខ ៣៧១")}),
        ("ថ្ងៃខែឆ្នាំកំណើត៖ ០៩/០២/១៩៩៧\n", {("DATE_TIME", "០៩/០២/១៩៩៧")}),
        ("ផ្ទេរចូលគណនី ABA 001 284 773 ថ្ងៃទី", {("ID_NUMBER", "001 284 773")}),
        ("លេខអត្តសញ្ញាណប័ណ្ណ៖ ០១០២៣៤៥៦៧", {("ID_NUMBER", "០១០២៣៤៥៦៧")}),
        # ... a name found once is found again where it stands alone
        ("ឈ្មោះ៖ ស៊ុន ស្រីពៅ\nស្រីពៅ បានទទួលប្រាក់ខែ", {("PERSON", "ស៊ុន ស្រីពៅ"), ("PERSON", "ស្រីពៅ")}),
        # ... a table's columns by their Khmer headers, an XML record's English keys
        ("ល.រ\tឈ្មោះ\tភេទ\tថ្ងៃចូលធ្វើការ\n1\tស៊ឹម សុភ័ក្ត្រ\tស្រី\t០២/០៥/២០២២",
         {("PERSON", "ស៊ឹម សុភ័ក្ត្រ"), ("DATE_TIME", "០២/០៥/២០២២")}),
        ("<name>ញ៉ែម ពិសិដ្ឋ</name>\n<province>បាត់ដំបង</province>\n<destination>កូរ៉េ</destination>",
         {("PERSON", "ញ៉ែម ពិសិដ្ឋ"), ("LOCATION", "បាត់ដំបង"), ("LOCATION", "កូរ៉េ")}),
        # dates with their month's name, weekday and clock (refine.py keeps only dates of figures: see below)
        ("ຕັ້ງແຕ່ວັນທີ 15 ມັງກອນ 2023.", {("DATE_TIME", "15 ມັງກອນ 2023")}),
        ("ເກີດວັນທີ 12 ກໍລະກົດ 1995", {("DATE_TIME", "12 ກໍລະກົດ 1995")}),
        ("បានមកពិនិត្យនៅថ្ងៃទី ១៨ ខែមីនា ឆ្នាំ២០២៤។", {("DATE_TIME", "១៨ ខែមីនា ឆ្នាំ២០២៤")}),
        ("ថ្ងៃច័ន្ទ ទី២៥ ខែធ្នូ ម៉ោង ៨:៣០", {("DATE_TIME", "ថ្ងៃច័ន្ទ ទី២៥ ខែធ្នូ ម៉ោង ៨:៣០")}),
        # romanized: "my name is", an age after its word, places after their kinds' words
        ("Chumreap suor, knhom chmous Heng Vanna, ayu 31 chnam, mok pi srok Kamchay Mear, khet Prey Veng.",
         {("PERSON", "Heng Vanna"), ("AGE", "31"), ("LOCATION", "Kamchay Mear"), ("LOCATION", "Prey Veng")}),
        ("Sabaidee, khoy seu Bounmy Keomany, ayu 27 pi, yu ban Nongbone, muang Xaysettha, nakhone luang Vientiane.",
         {("PERSON", "Bounmy Keomany"), ("AGE", "27"), ("LOCATION", "Nongbone"), ("LOCATION", "Xaysettha"),
          ("LOCATION", "Vientiane")}),
        ("khoy seu Khamla Phommachanh, ayu: 30 pi, yu ban Dongdok, muang Xaythany",
         {("PERSON", "Khamla Phommachanh"), ("AGE", "30"), ("LOCATION", "Dongdok"), ("LOCATION", "Xaythany")}),
        ("phum Trapeang Chhuk, khum Prey Sva, srok Moung Ruessei, khet Battambang",
         {("LOCATION", "Trapeang Chhuk"), ("LOCATION", "Prey Sva"), ("LOCATION", "Moung Ruessei"), ("LOCATION", "Battambang")}),
        # ... a title, a record's sex, its house and street, its id
        ("Lok Chea Sokha, phet pros, ayu 33, lekh attasanhanobann 010487215, asayathan phteah lekh 27, phlauv 516, "
         "sangkat Boeung Kak Pir, khan Tuol Kork",
         {("TITLE", "Lok"), ("PERSON", "Chea Sokha"), ("AGE", "33"), ("ID_NUMBER", "010487215"),
          ("ADDRESS", "phteah lekh 27, phlauv 516"), ("LOCATION", "Boeung Kak Pir"), ("LOCATION", "Tuol Kork")}),
        ("Nov Sreyneth,srey,25,Roka Kong,Kandal,N02901136,Korea",
         {("PERSON", "Nov Sreyneth"), ("AGE", "25"), ("LOCATION", "Roka Kong"), ("LOCATION", "Kandal")}),
        ("Mok Sreyneang, srey, 22, Chrey Thom, Svay Rieng", {("PERSON", "Mok Sreyneang"), ("AGE", "22"), ("LOCATION", "Chrey Thom")}),
        ("ID card 0204-115873, house 88, unit 6, Ban Phonsaat, Pakse, Champasak",
         {("ADDRESS", "house 88, unit 6"), ("LOCATION", "Phonsaat"), ("LOCATION", "Pakse"), ("LOCATION", "Champasak")}),
        ("lekh likhet chlong den N01729463.", {("ID_NUMBER", "N01729463")}),
        # ... dates: a day, its month by name, the year, the clock
        ("nov thngai 3 khe Vicheka, mong 23:18. Sum tel", {("DATE_TIME", "3 khe Vicheka, mong 23:18")}),
        ("pai hed viak yu Samut Sakhon vanthi 3 mesa 2024, toh ha", {("DATE_TIME", "3 mesa 2024"), ("LOCATION", "Samut Sakhon")}),
        ("chab pi thngai 12 khe Mithona 2022;", {("DATE_TIME", "12 khe Mithona 2022")}),
        # English text naming Cambodian and Lao places (the gazetteer lists cities, not their provinces and districts)
        ("Address: Prey Kdei village, Ta Khmau, Kandal\nOccupation", {("LOCATION", "Prey Kdei"), ("LOCATION", "Kandal")}),
        ("I sewed collars at a garment factory in Por Senchey until", {("LOCATION", "Por Senchey")}),
        ("a sweater factory in Mae Sot, Tak\nComplaint", {("LOCATION", "Mae Sot"), ("LOCATION", "Tak")}),  # "Tak" in a list
        ("Sreyleak: Chmous Sao Sreyleak bong, ayu 20, nov Prey Veng", {("PERSON", "Sao Sreyleak"), ("AGE", "20")}),
    ],
)
def test_when_lao_or_khmer_personal_data_is_written_then_it_is_found(lao_khmer, text, expected):
    assert expected <= _found(lao_khmer, text)


@pytest.mark.parametrize(
    "text",
    [
        # English that shares their words: a ban, Khan, pros, Lok Sabha, Ayurveda, a house, a village
        "The travel ban Trump signed was challenged in court.",
        "Imran Khan spoke in Lahore; Khan Academy offers free courses.",
        "Weigh the pros and cons: 23 pros, 5 cons.",
        "Ayurveda clinic opened; Ayumi Hamasaki sang.",
        "The Lok Sabha passed the bill on Thursday.",
        "The house 3 on the left is blue.",
        "The village council met in the district office.",
        "Mesa Verde is a park; 3 mesas at 2024 prices.",
        "the khan of the Golden Horde",
        # ... other languages' words: Polish "yes", Portuguese "your", a Japanese given name; product codes
        "Tak, dziękuję bardzo.",
        "Seu nome é João e seu len é curto.",
        "Takeo Yamada joined the team in Osaka.",
        "Order KHET-2024 shipped; SKU SROK-11.",
        # Lao: "at home", "back to his birthplace", "she" before a verb, "you can", a minister, a younger sister
        "ຂ້ອຍຢູ່ບ້ານ ແລ້ວ",
        "ລາວກັບບ້ານເກີດ ແລ້ວ",
        "ນາງ ໄປເຮັດວຽກຢູ່ຕ່າງປະເທດ",
        "ທ່ານ ສາມາດ ຕິດຕໍ່ ພວກເຮົາ ໄດ້",
        "ທ່ານ ລັດຖະມົນຕີ ໄດ້ກ່າວ",
        "ນ້ອງ ສາວ, ມາກິນເຂົ້າ",
        "ອ້າຍ Facebook ບໍ່ເຮັດວຽກ",  # an English word after a kin word
        "ອາຍຸການໃຊ້ງານ 5 ປີ",  # a machine's service life
        "ສິນຄ້າ ລະຫັດ LX-2024 ລາຄາ 25.000 ກີບ",  # a product's code and price
        "ໃນເມືອງນີ້ ມີຕະຫຼາດ",  # "in this town"
        "ເມືອງນອກ ແລະ ເມືອງໃຫຍ່ໆ",  # "abroad and big towns"
        "ຊື່ບໍລິສັດ: ABC ຈຳກັດ",  # a company's name
        "ວຽກນີ້ ສົມບູນ ແບບ ແລ້ວ",  # "complete", a given name too
        "ເອື້ອຍ ເລກ P2230871",  # "sister's number"
        '{"name": "ອາວຍືດ", "price": 50000}',  # a product's one-word name
        "ຄົນໄທ ແລະ ພາສາໄທ",  # Thai people and language
        "ນາງ ບອກວ່າ ລາວ ຢາກກັບບ້ານ.",  # "she said he wants to go home"
        "ທ່ານ ມີເງິນ ຫຼາຍ",  # "you have a lot of money"
        "ອ້າຍ ໄປໃສ? ນ້ອງ ຢູ່ເຮືອນ. ລຸງ ມາແລ້ວ.",  # "where are you going, brother?"
        "ແມ່: ກິນເຂົ້າແລ້ວບໍ?\nລູກ: ກິນແລ້ວ\nແມ່: ດີ\nລູກ: ແມ່ສະບາຍດີບໍ",  # a chat of mum and child
        "ນ້ຳຖ້ວມ ໃນແຂວງພາກໃຕ້",  # "the southern provinces"
        "លោក មានលុយ ច្រើន",  # "he has a lot of money"
        "ទឹកជំនន់ នៅខេត្តមួយចំនួន។",  # "in some provinces"
        "ម៉ាក់៖ ញ៉ាំបាយហើយឬនៅ?\nកូន៖ ញ៉ាំហើយ\nម៉ាក់៖ ល្អ\nកូន៖ បាទ",
        # Khmer: "he said", geography, "my birthplace", "all provinces", "nation", a company's name, "register",
        # sex, "2 houses and 3 km of road", "how are you?", "in the city centre", a minister
        "លោក បាននិយាយថា គាត់នឹងមក",
        "ភូមិសាស្ត្រ និង ប្រវត្តិសាស្ត្រ",
        "ស្រុកកំណើតរបស់ខ្ញុំ",
        "ខេត្តក្រុង ទាំងអស់",
        "ប្រទេសជាតិ របស់យើង",
        "ឈ្មោះក្រុមហ៊ុន៖ ABC Garment",
        "សូមចុះឈ្មោះ ចូលរៀន",
        "ភេទ៖ ស្រី",
        "ផ្ទះ ២ ខ្នង និង ផ្លូវ ៣ គីឡូម៉ែត្រ",
        "សុខ សប្បាយ ទេ?",
        "នៅកណ្តាលទីក្រុង",
        "លោក រដ្ឋមន្ត្រី បានថ្លែង",
        "ថៃថ្នម ការងារ",  # "to take care": Thailand's name inside a word
    ],
)
def test_when_no_personal_data_is_marked_then_nothing_is_found(lao_khmer, text):
    assert not _found(lao_khmer, text)


def test_when_a_form_repeats_its_labels_then_they_are_no_chat_speakers(lao_khmer):
    text = "ຊື່: ສົມພອນ\nອາຍຸ: 29\nຊື່: ບຸນມີ\nອາຍຸ: 31"
    assert _found(lao_khmer, text) == {("PERSON", "ສົມພອນ"), ("PERSON", "ບຸນມີ"), ("AGE", "29"), ("AGE", "31")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ທ. ບຸນມີ ມາແລ້ວ", {("TITLE", "ທ."), ("PERSON", "ບຸນມີ")}),  # "came already" glues two clause words
        ("ນາງ ມາລີ ສີສຸວັນ ອາຍຸ 30", {("TITLE", "ນາງ"), ("PERSON", "ມາລີ ສີສຸວັນ"), ("AGE", "30")}),  # a name on "ມາ"
        ("ທ້າວ ຈະເລີນ ພົມມະວົງ ເຮັດວຽກ", {("TITLE", "ທ້າວ"), ("PERSON", "ຈະເລີນ ພົມມະວົງ")}),  # ... on "ຈະ"
        ("កញ្ញា ទេវី សុខ បានមក", {("TITLE", "កញ្ញា"), ("PERSON", "ទេវី សុខ")}),  # ... on "ទេ"
    ],
)
def test_when_a_name_ends_before_a_clause_then_the_clause_is_left_out(lao_khmer, text, expected):
    assert _found(lao_khmer, text) == expected


def _detected(detector, text):
    [spans] = detector.detect([text])
    return {(s.entity_type, text[s.start : s.end]) for s in spans}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ຊື່ ແລະ ນາມສະກຸນ: ຈັນທະລາ ສາຍະສານ\nທີ່ຢູ່: ບ້ານໂພນທັນ, ເມືອງໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ\nບັດປະຈຳຕົວເລກທີ: 01-0458127",
         {("PERSON", "ຈັນທະລາ ສາຍະສານ"), ("LOCATION", "ໂພນທັນ"), ("LOCATION", "ໄຊເສດຖາ"),
          ("LOCATION", "ນະຄອນຫຼວງວຽງຈັນ"), ("ID_NUMBER", "01-0458127")}),
        ("លោកស្រី គីម ស្រីនាង អាយុ ៣២ ឆ្នាំ រស់នៅភូមិត្រពាំងឈូក ខេត្តតាកែវ",
         {("TITLE", "លោកស្រី"), ("PERSON", "គីម ស្រីនាង"), ("AGE", "៣២"), ("LOCATION", "ត្រពាំងឈូក"), ("LOCATION", "តាកែវ")}),
        ("ថ្ងៃខែឆ្នាំកំណើត៖ ០៩/០២/១៩៩៧\nអាសយដ្ឋាន៖ ផ្ទះលេខ ៤៤ ផ្លូវ ១៩២៨ សង្កាត់ភ្នំពេញថ្មី",
         {("DATE_TIME", "០៩/០២/១៩៩៧"), ("ADDRESS", "ផ្ទះលេខ ៤៤ ផ្លូវ ១៩២៨"), ("LOCATION", "ភ្នំពេញថ្មី")}),
        # the title apart from the name NER read with it
        ("Lok Chea Sokha, phet pros, ayu 33, asayathan phteah lekh 27, phlauv 516, sangkat Boeung Kak Pir, khan Tuol Kork",
         {("TITLE", "Lok"), ("PERSON", "Chea Sokha"), ("AGE", "33"), ("ADDRESS", "phteah lekh 27, phlauv 516"),
          ("LOCATION", "Boeung Kak Pir"), ("LOCATION", "Tuol Kork")}),
        ("Souksakhone Inthavong, ID card 0204-115873, house 88, unit 6, Ban Phonsaat, Pakse, Champasak",
         {("ADDRESS", "house 88, unit 6"), ("LOCATION", "Champasak")}),
        # dates by their month's name, with the clock
        ("ນາງ ລັດສະໝີ ເພັງສະຫວາດ ໄປເຮັດວຽກຢູ່ ບາງກອກ ຕັ້ງແຕ່ວັນທີ 15 ມັງກອນ 2023.",
         {("TITLE", "ນາງ"), ("PERSON", "ລັດສະໝີ ເພັງສະຫວາດ"), ("LOCATION", "ບາງກອກ"), ("DATE_TIME", "15 ມັງກອນ 2023")}),
        ("ផ្ទេរចូលគណនី ABA 001 284 773 ថ្ងៃទី ១០ ឧសភា ២០២៤\n", {("ID_NUMBER", "001 284 773"), ("DATE_TIME", "១០ ឧសភា ២០២៤")}),
        ("daoy sar mean kar chol pi IP 36.37.142.90 nov thngai 3 khe Vicheka, mong 23:18.",
         {("DATE_TIME", "3 khe Vicheka, mong 23:18")}),
    ],
)
def test_when_the_detector_reads_lao_or_khmer_then_the_findings_survive_its_refining(detector, text, expected):
    assert expected <= _detected(detector, text)


def test_when_english_shares_their_words_then_the_detector_adds_nothing_of_theirs(detector):
    text = "The travel ban Trump signed was debated in the Lok Sabha; Imran Khan weighed the pros and cons."
    [spans] = detector.detect([text])
    assert not [s for s in spans if s.recognizer == "LaoKhmerRecognizer"]

"""Names, ages, dates, places and ids written in Lao and Khmer script, and their romanized forms.

The English NER reads none of these scripts, and Khmer writes no space between words.
What marks personal data is the word around it: a courtesy title glued before a name, a form's
label, an age's unit after its number, a village's, district's or province's word before its name.
Provinces, districts and border towns are known by name too, in both scripts and in Latin letters.
Texts without these scripts cost one search, and the romanized rules run only for the cue words
("ayu", "chmous", "khet", "phteah") or places a text's set of Latin words holds.
"""
from __future__ import annotations

import re

import regex

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer
from minimize.detection.recognizers.tables import row_cells, text_lines
from minimize.detection.recognizers.words import english_words

_ANY = regex.compile(r"[\p{Lao}\p{Khmer}]")
SCORE = 0.9  # above NER's 0.85: the English model's reading of these scripts is noise

# A letter of either script with its vowel signs, tone marks and coeng (\p{L} leaves the signs out: "ឆ្នាំ" is
# one word, not "ឆ" and "ន"); their digits and punctuation ("៖", "។", "໐-໙") part words
_LETTERS = "\u0E81-\u0EAE\u0EB0-\u0ECE\u0EDC-\u0EDF\u1780-\u17D3\u17D7\u17DC\u17DD"
_L = f"[{_LETTERS}]"
_DIGITS = "0-9\u0ED0-\u0ED9\u17E0-\u17E9"  # Latin, Lao and Khmer figures ("29", "໒໙", "២៩")
_D = f"[{_DIGITS}]"
_WORD = regex.compile(f"{_L}+")
_COLON = r"[ \t]*[:：៖][ \t]*"
_MAYBE_COLON = r"[ \t]*[:：៖]?[ \t]*"


def _variants(words: str) -> str:
    """An alternation of the words, longest first, in each spelling Unicode allows: Lao "ຫຼ" or "ຫລ", "ໜ" or "ຫນ"
    ("ຫຼວງພະບາງ"), Khmer coeng-da or coeng-ta ("កណ្ដាល", "កណ្តាល")."""
    forms = set()
    for word in words.split():
        forms |= {word, word.replace("ຫຼ", "ຫລ").replace("ໜ", "ຫນ").replace("ໝ", "ຫມ"),
                  word.replace("្ដ", "្ត"), word.replace("្ត", "្ដ")}
    return "|".join(sorted((regex.escape(f) for f in forms), key=len, reverse=True))


# Words that open a clause, never a name: a name after a title or a label ends before them ("ທ້າວ ສົມພອນ
# ເຮັດວຽກ...", "លោកស្រី គីម ស្រីនាង បានបង់ប្រាក់"). Some names open on a short one ("ຈະເລີນ", "មករា", "ថាវរី"):
# those stop only alone (below)
_CLAUSE_OPENERS = tuple(
    # Lao: age, got, is, and, at, that, of, for, with, said, born, do, not, from, in, which, sex, job, number, name...
    "ອາຍຸ ໄດ້ ແມ່ນ ເປັນ ແລະ ຢູ່ ທີ່ ຂອງ ເພື່ອ ກັບ ວ່າ ເກີດ ເຮັດ ບໍ່ ຈາກ ໃນ ເຊິ່ງ ຊຶ່ງ ເພດ ອາຊີບ ເບີ ເລກ ຊື່ ຍັງ ໃຫ້ "
    "ເອົາ ຈຶ່ງ ແຕ່ ຫຼື ໂທ ເວລາ ວັນທີ ວັນເດືອນ ແລ້ວ ສົ່ງ ຖືກ ກຳລັງ ສາມາດ ຕ້ອງ ຢາກ ເຄີຍ ບັດ ໜັງສື ບັນຊີ ຈຳນວນ ບ້ານ "
    "ເມືອງ ແຂວງ ນະຄອນ ປະເທດ ສັນຊາດ ພ້ອມ ຕັ້ງແຕ່ ມາຈາກ ມາເຮັດ ມາຢູ່ ມາໄດ້ ມາຮອດ ມາເອົາ ມີອາຍຸ ມີຊື່ ໄປເຮັດ ໄປຢູ່ "
    "ໄປຫາ ຈະໄປ ຈະມາ ຈະເຮັດ ຈະລໍ ລໍຖ້າ ໂອເຄ ຂອບໃຈ ສະບາຍດີ ເອື້ອຍ ອ້າຍ ນ້ອງ ທ່ານ ທ້າວ ຂ້ອຍ ພວກ "
    # ... and a form's labels: note, subject, status, details, company, factory, position, section, salary
    "ໝາຍເຫດ ຫົວຂໍ້ ສະຖານະ ລາຍລະອຽດ ບໍລິສັດ ໂຮງງານ ຕຳແໜ່ງ ພະແນກ ເງິນເດືອນ ອີເມວ ຜູ້ ລູກຄ້າ "
    "ផ្នែក ចំណាំ មុខតំណែង ប្រាក់ខែ ក្រុមហ៊ុន ស្ថានភាព សញ្ជាតិ មុខរបរ អ៊ីមែល រោងចក្រ អតិថិជន បុគ្គលិក ភ្នាក់ងារ "
    # ... and verbs a pronoun goes before ("ນາງ ບອກວ່າ", she said): tell, say, ask, answer, know, see, think, eat,
    # study, buy, sell, use, go out, enter, help, call, like, love, should, may, start, write, read, play, contact, pay
    "ບອກ ເວົ້າ ກ່າວ ຖາມ ຕອບ ຮູ້ ເຫັນ ຄິດ ກິນ ນອນ ຮຽນ ຊື້ ຂາຍ ໃຊ້ ອອກ ເຂົ້າ ຊ່ວຍ ເອີ້ນ ມັກ ຮັກ ຄວນ ອາດ ເລີ່ມ ຂຽນ "
    "ອ່ານ ຫຼິ້ນ ຕິດຕໍ່ ຈ່າຍ ພົບ ຂໍ ກັບມາ ກັບໄປ "
    "និយាយ ប្រាប់ សួរ ឆ្លើយ ដឹង ឃើញ គិត ញ៉ាំ ហូប ដេក រៀន ទិញ លក់ ប្រើ ចេញ ចូល ជួយ ស្រឡាញ់ ចូលចិត្ត អាច គួរ "
    "ចាប់ផ្តើម ដើរ សរសេរ លេង ទាក់ទង ថ្លែង សុំ ត្រឡប់ រង់ចាំ ស្គាល់ "
    # ... and offices a title goes before: minister, prime minister, president, head, deputy, officer, governor, teacher
    "ລັດຖະມົນຕີ ນາຍົກ ປະທານ ຫົວໜ້າ ຮອງ ເຈົ້າໜ້າທີ່ ເຈົ້າເມືອງ ນາຍບ້ານ ອາຈານ ຕຳຫຼວດ "
    "រដ្ឋមន្ត្រី នាយក ប្រធាន អនុ អភិបាល មន្ត្រី គ្រូ ប៉ូលិស ចៅ "
    # Khmer: has (past), must, will, is, which, and, in, of, and then, in order to, please, doing, lives, sex, age...
    "បាន ត្រូវ នឹង គឺ ដែល និង ក្នុង របស់ ហើយ ដើម្បី សូម កំពុង ធ្វើ រស់ ភេទ អាយុ កើត លេខ ទូរស័ព្ទ អាសយដ្ឋាន ឆ្នាំ "
    "ថ្ងៃ ខែ ពី ទៅ នៅ ជាមួយ ឱ្យ ឲ្យ ទទួល ផ្ញើ ផ្ទេរ បង់ ចង់ ជួប ព្រោះ ប៉ុន្តែ មិន ពុំ គាត់ ខ្ញុំ យើង ទាំង ដូច ហៅ ម៉ោង "
    "មកពី មកដល់ មកធ្វើ ជាអ្នក ជាកម្មករ មានអាយុ មានឈ្មោះ ឈ្មោះ ស្នាក់ ភូមិ ឃុំ ស្រុក ខេត្ត សង្កាត់ ខណ្ឌ ក្រុង "
    "ប្រទេស ផ្ទះ ផ្លូវ សប្បាយ អរគុណ លោក អ្នក ច្រើន ណាស់ "
    # ... and have, go, is, also, many (Lao); have, also (Khmer), which open no name ("ມີເງິນ", "មានលុយ": has money)
    "ມີ ໄປ ຄື ກໍ ຫຼາຍ មាន ក៏".split()
)
#: ... and the short ones that stop a name only as a whole word or glued to another clause word ("ມາແລ້ວ", came
#: already; "ມາລີ", "ຈະເລີນ", "ជា", "ថាវរី", "ទេវី", "មករា" are names): come, will; is, that, no, come
_SHORT_CLAUSE_WORDS = tuple("ມາ ຈະ ជា ថា ទេ មក".split())
#: ... and more whole words: this, that, he, she, very, good, male, female, a kin word's sex or in-law ("ນ້ອງ ສາວ",
#: "បង ប្អូន"); female, male, it, she, money; kin and friends a chat's speaker may be called ("ແມ່:" mum, "កូន៖" child)
_CLAUSE_WORDS = frozenset(_SHORT_CLAUSE_WORDS) | frozenset(
    "ນີ້ ນັ້ນ ລາວ ເຂົາ ເຈົ້າ ນາງ ແທ້ ດີ ຊາຍ ຍິງ ສາວ ເຂີຍ ໃພ້ ແມ່ ພໍ່ ລູກ ເມຍ ຜົວ ລຸງ ປ້າ ນ້າ ຍາຍ ປູ່ ຍ່າ ໝູ່ ເພື່ອນ "
    "ស្រី ប្រុស វា នាង ប្រាក់ បង អូន ប្អូន ថ្លៃ ម៉ាក់ ប៉ា ម្តាយ ម្ដាយ ឪពុក កូន ប្តី ប្រពន្ធ ពូ មីង យាយ តា មិត្ត ចៅ".split()
)
_MAX_NAME_WORD = 14  # letters with their signs: "ເພັງສະຫວາດ" is 10, "សុភ័ក្ត្រ" 9; a clause run together is longer

# Courtesy titles before a name, a blank between: Lao Mr, Madam, Ms, Miss, doctor ("ທ້າວ ສົມພອນ ໄຊຍະວົງ",
# "ນາງ ລັດສະໝີ ເພັງສະຫວາດ", "ທ. ບຸນມີ"); Khmer Mr, Mrs, Madam, Miss, Excellency ("លោកស្រី គីម ស្រីនាង")
_TITLES = _variants("ທ່ານນາງ ທ່ານໝໍ ທ່ານ ທ້າວ ນາງສາວ ນາງ ດຣ. ທ. ນ. ນ.ສ. "
                    "លោកជំទាវ លោកស្រី លោកគ្រូ អ្នកគ្រូ អ្នកស្រី ឯកឧត្តម សម្តេច លោក កញ្ញា បណ្ឌិត")
# (a blank after the title, or its abbreviation's dot: "ທ. ບຸນມີ", "ທ.ບຸນມີ")
_TITLE = regex.compile(rf"(?<![{_LETTERS}.])(?P<title>{_TITLES})[ ]?(?<=[ .])(?=[{_LETTERS}]|\p{{Lu}}\p{{Ll}})")
# Kin words a name follows in talk, which the gold sets do not count as titles: older brother or sister, younger
# sibling, uncle, aunt ("ເອື້ອຍ ແສງ,", "ອ້າຍ Somsak", "បង សុខា!"); the name ends the phrase, as a call does (or is in
# Latin letters), and no question or sentence ends there ("ອ້າຍ ໄປໃສ?": where are you going, brother?)
_KIN = regex.compile(rf"(?<!{_L})(?:{_variants('ອ້າຍ ເອື້ອຍ ນ້ອງ ລຸງ ປ້າ ນ້າ ພໍ່ໃຫຍ່ ແມ່ໃຫຍ່ បងស្រី បងប្រុស បង អូន ពូ មីង អ៊ំ')})[ ]"
                     rf"(?:(?P<latin>\p{{Lu}}\p{{Ll}}+)(?!\p{{L}})|(?P<name>{_L}{{2,{_MAX_NAME_WORD}}})(?=[ \t]*(?:[,!;:)\n]|$)))")
# Labels of a person's name, a colon after them: Lao name, name and surname, full name, surname, nickname, father's,
# mother's, sender, recipient, applicant, informant, patient, doctor, employee, contact, account holder
# ("ຊື່ ແລະ ນາມສະກຸນ: ຈັນທະລາ ສາຍະສານ", "ຜູ້ຮັບ: ນາງ ບົວພັນ ມະນີວົງ"); Khmer name (of a patient, father, mother,
# employee, worker, customer...), surname, given name, recipient, sender, doctor ("ឈ្មោះអ្នកជំងឺ៖ កែវ ចាន់ធី",
# "វេជ្ជបណ្ឌិត៖ ហេង សុវណ្ណ")
_PERSON_LABELS = _variants(
    "ຊື່_ແລະ_ນາມສະກຸນ ຊື່ແລະນາມສະກຸນ ຊື່-ນາມສະກຸນ ຊື່_ນາມສະກຸນ ຊື່ເຕັມ ນາມສະກຸນ ຊື່ຫຼິ້ນ ຊື່ພໍ່ ຊື່ແມ່ ຊື່ ຜູ້ໂອນ ຜູ້ຮັບ "
    "ຜູ້ສົ່ງ ຜູ້ສະໝັກ ຜູ້ແຈ້ງ ຜູ້ຮ້ອງ ຄົນເຈັບ ທ່ານໝໍ ແພດ ພະນັກງານ ລູກຈ້າງ ຜູ້ຕິດຕໍ່ ເຈົ້າຂອງບັນຊີ "
    "នាមត្រកូល នាមខ្លួន គោត្តនាម_និងនាម អ្នកទទួល អ្នកផ្ញើ វេជ្ជបណ្ឌិត គ្រូពេទ្យ អ្នកជំងឺ បុគ្គលិក និយោជិត កម្មករ "
    "ម្ចាស់គណនី អតិថិជន អ្នកដាក់ពាក្យ"
).replace("_", " ")
# whose name a Khmer "ឈ្មោះ" (name) labels, glued after it: "ឈ្មោះអ្នកជំងឺ៖" (the patient's name)
_KHMER_NAME_OF = _variants("ពេញ អ្នកជំងឺ ឪពុក ម្តាយ បុគ្គលិក កម្មករ អតិថិជន និយោជិត អ្នកដាក់ពាក្យ សិស្ស ប្តី ប្រពន្ធ "
                           "អ្នកទទួល អ្នកផ្ញើ ម្ចាស់គណនី")
# (no colon after "my name is", "named" or a patient: "ខ្ញុំឈ្មោះ ចាន់ សុភា", "ຂ້ອຍຊື່ ...", "អ្នកជំងឺ ទូច រិទ្ធី"; Khmer glues
# "ឈ្មោះ" to the words before it, but "ចុះឈ្មោះ" is to register)
_NAME_LABEL = regex.compile(
    rf"(?:(?<!{_L})(?:{_PERSON_LABELS}){_COLON}|(?<!ចុះ)ឈ្មោះ(?:{_KHMER_NAME_OF})?(?:{_COLON}|[ \t]+)"
    rf"|(?<!{_L})(?:ຂ້ອຍ|ຂ້າພະເຈົ້າ|ຂ້ານ້ອຍ|ມີ|ເຊິ່ງ)ຊື່(?:ວ່າ)?[ ]?|(?<!{_L})(?:អ្នកជំងឺ|ຄົນເຈັບ)[ ])"
    rf"(?:(?P<title>{_TITLES})[ ])?(?=[{_LETTERS}]|\p{{Lu}}\p{{Ll}})"
)
# A name given in brackets after it, romanized as a login: "ວົງສະຫວັນ ພົມມະຈັນ (vongsavanh.pmc)"
_NAME_BEFORE_LOGIN = regex.compile(rf"(?<!{_L})(?P<name>{_L}{{2,{_MAX_NAME_WORD}}}[ ]{_L}{{2,{_MAX_NAME_WORD}}})[ ]?"
                                   r"\((?=[a-z][a-z0-9]*[._][a-z0-9._]*\)|[^()\s@]{1,40}@)")
# A common Lao given name, or a Khmer family name (a family's name comes first), and the next word: "ພອນສະຫວັນ ວົງສາ",
# "ស៊ឹម សុភ័ក្ត្រ" in a table's cell; the commonest words are none of them ("កែវ" glass, "ជា" is), and those that
# are both count only as a whole cell (below)
_LAO_GIVEN = _variants(
    "ສົມພອນ ສົມສັກ ສົມຊາຍ ສົມຈິດ ສົມບັດ ສົມພົງ ສົມມາຍ ສົມຫວັງ ສົມສີ ສົມບູນ ບຸນມີ ບຸນເຫຼືອ ບຸນທັນ ບຸນຊູ ບຸນມາ ບຸນຍົງ "
    "ບຸນເພັງ ບົວພັນ ບົວລະພາ ຈັນທະລາ ຈັນສະໝອນ ຈັນທອນ ຄຳພອນ ຄຳຫຼ້າ ຄຳແພງ ຄຳສອນ ພອນສະຫວັນ ພອນໄຊ ພອນທິບ "
    "ວົງສະຫວັນ ໄຊສົມບູນ ອານຸສອນ ລັດສະໝີ ສຸກສະຫວັນ ສຸລິຍາ ແສງເດືອນ ແສງຈັນ ນາລີ ມາລີ ມະນີວອນ ດາລາວັນ ທອງສຸກ "
    "ທອງດີ ທອງລາ ທອງໃສ ວິໄລ ວິໄລວັນ ອຳພອນ ອຸໄລວັນ ສີພອນ ເພັດສະໝອນ ຄອນສະຫວັນ ສຸດາ ສຸດາລັດ ຂັນທະລີ ໄພວັນ ໄພສານ "
    "ອາລຸນ ສຸພາ ຈະເລີນ ຈັນເພັງ ເພັງສີ ນິດ ອ່ອນ ຕຸ້ຍ ແອນ ນ້ອຍ ເກດ ສຸກ ສີ ສົມ ແສງ"
)
_KHMER_FAMILY = _variants(
    "ចាន់ គីម ហេង លី ញ៉ែម ស៊ុន ទូច ឡុង ហ៊ុយ ស៊ឹម លឹម ម៉ៅ ហ៊ុន សែម ឈឹម ព្រាប យឹម អ៊ុក ទេព ម៉ម នួន ណុប ប៊ុន ស៊ិន ឃុន "
    "ម៉ែន សៅ ឌី អ៊ឹម ថាច់ សុខ ភួង ផុន ផល ឯម មាស ស្រេង អ៊ួន ហ៊ាង ទិត្យ ឈុន គង់ ភី ខាត់ ឃឹម ណាក់ ពៅ"
)
_SEEN_NAME = regex.compile(rf"(?<!{_L})(?P<name>(?:{_LAO_GIVEN}|{_KHMER_FAMILY})[ ]{_L}{{2,{_MAX_NAME_WORD}}})(?!{_L})")
#: names too common as words to open a name outside a table's cell ("ນ້ອຍ" small, "ສີ" colour, "ສົມບູນ" complete,
#: "ຈະເລີນ" to prosper; "សុខ" health, "មាស" gold, "គង់" still)
_GIVEN_WORDS = frozenset("ນິດ ອ່ອນ ຕຸ້ຍ ແອນ ນ້ອຍ ເກດ ສຸກ ສີ ສົມ ແສງ ສົມບູນ ຈະເລີນ ອາລຸນ ວິໄລ "
                         "ពៅ ផល មាស សុខ គង់ សៅ ភី ហ៊ុន ទេព ហេង លី ចាន់".split())

# An age after its word, its unit maybe after it: "ອາຍຸ 29 ປີ", "អាយុ៖ ២៧", "អាយុ ២៣ ឆ្នាំ"
_AGE = regex.compile(rf"(?<!{_L})(?:ອາຍຸ|អាយុ){_MAYBE_COLON}(?P<age>{_D}{{1,3}})(?!{_D}|[.,/]{_D})")

_LAO_MONTHS = "ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ"
_KHMER_MONTHS = "មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ"
_WEEKDAYS = _variants("ວັນຈັນ ວັນອັງຄານ ວັນພຸດ ວັນພະຫັດ ວັນສຸກ ວັນເສົາ ວັນອາທິດ "
                      "ថ្ងៃច័ន្ទ ថ្ងៃអង្គារ ថ្ងៃពុធ ថ្ងៃព្រហស្បតិ៍ ថ្ងៃសុក្រ ថ្ងៃសៅរ៍ ថ្ងៃអាទិត្យ")
# A day, its month by name and the year, maybe its weekday before and the clock after, as one date ("15 ມັງກອນ 2023",
# "១៨ ខែមីនា ឆ្នាំ២០២៤", "ថ្ងៃច័ន្ទ ទី១៨ ខែមីនា ម៉ោង ៨:៣០")
_DATE = regex.compile(
    rf"(?:(?P<weekday>{_WEEKDAYS})[ ,]*(?:ທີ|ទី)?[ ]?)?(?<!{_D})(?P<day>{_D}{{1,2}})[ ]?(?:ເດືອນ|ខែ)?[ ]?"
    rf"(?:{_variants(_LAO_MONTHS + ' ' + _KHMER_MONTHS)})(?!{_L})"
    rf"(?:[ ,]*(?:ປີ|ឆ្នាំ|ព\.ស\.|គ\.ស\.)?[ ]?{_D}{{4}}(?!{_D}))?"
    rf"(?:[ ,]*(?:ເວລາ|ម៉ោង)[ ]?{_D}{{1,2}}[:.]{_D}{{2}}(?!{_D}))?"
)
# ... or a day, month and year in Lao or Khmer figures ("០៩/០២/១៩៩៧"; in Latin ones the date recognizers read it)
_FIGURE_DATE = regex.compile(rf"(?<!{_D}|{_D}[/.\-]){_D}{{1,2}}[/.\-]{_D}{{1,2}}[/.\-]{_D}{{4}}(?!{_D})")

# Ids after the document naming them: a Lao ID card, passport, account, family book, work permit; a Khmer ID card,
# passport, account (at a bank named before the number), family book, work or staff card
# ("ບັດປະຈຳຕົວເລກທີ: 01-0458127", "ផ្ទេរចូលគណនី ABA 001 284 773", "ໜັງສືຜ່ານແດນເລກທີ P1739054")
_ID_LABELS = _variants(
    "ເລກບັດປະຈຳຕົວ ບັດປະຈຳຕົວ ໜັງສືຜ່ານແດນ ເລກບັນຊີ ບັນຊີ ປຶ້ມສຳມະໂນຄົວ ສຳມະໂນຄົວ ໃບອະນຸຍາດເຮັດວຽກ ເລກບັດ "
    "អត្តសញ្ញាណប័ណ្ណ លិខិតឆ្លងដែន គណនីធនាគារ គណនី សៀវភៅគ្រួសារ ប័ណ្ណការងារ កាតបុគ្គលិក ប័ណ្ណបុគ្គលិក"
)
_ID_VALUE = rf"(?P<id>[A-Z]{{0,3}}-?{_D}{{1,12}}(?:[ \-/]{_D}{{2,12}}){{0,5}})(?!{_D}|[A-Za-z])"
# (Khmer glues the document's name to the verb before it: "ផ្ទេរចូលគណនី", transfer into the account; five figures
# or more: "ບັນຊີ 2 ລາຍການ" is two items of a list)
_ID = regex.compile(rf"(?:ເລກ|លេខ)?(?:{_ID_LABELS})(?:ເລກທີ|ເລກ|លេខ)?{_MAYBE_COLON}"
                    rf"(?:(?:ABA|ACLEDA|Wing|BCEL|LDB|APB|Canadia|Prince|AMK|Sathapana|Chip Mong|Vattanac)[ ]+)?{_ID_VALUE}")

# A house's number and its street: Khmer ("ផ្ទះលេខ ៤៤ ផ្លូវ ១៩២៨"), Lao's house and unit ("ເຮືອນເລກທີ 12, ໜ່ວຍ 5");
# a street by its number alone before the quarter ("ផ្លូវលេខ ២៧១ សង្កាត់...")
_NUMBER = rf"{_D}{{1,5}}(?:[A-Z]|[ ]?[A-Z]?[\-/]{_D}{{1,3}})?(?!{_D})"
# (a number after a bare "house" counts houses, "ផ្ទះ ២ ខ្នង", "ເຮືອນ 3 ຫຼັງ": its "number" or its street names one)
_STREET = rf"(?:[ ,]+ផ្លូវ(?:លេខ)?[ ]?{_NUMBER})"
_UNIT = rf"(?:[ ,]+ໜ່ວຍ(?:ທີ)?[ ]?{_NUMBER})"
_ADDRESS = regex.compile(
    rf"(?<!{_L})(?:ផ្ទះ(?:លេខ[ ]?{_NUMBER}{_STREET}?|[ ]?{_NUMBER}{_STREET})"
    rf"|ផ្លូវ(?:លេខ)?[ ]?{_NUMBER}(?=[ ,]+(?:សង្កាត់|ឃុំ|ភូមិ|ខណ្ឌ|ក្រុង))"
    rf"|ເຮືອນ(?:(?:ເລກທີ|ເລກ)[ ]?{_NUMBER}{_UNIT}?|[ ]?{_NUMBER}{_UNIT})"
    rf"|ໜ່ວຍ(?:ທີ)?[ ]?{_NUMBER}(?=[ ,]+ບ້ານ))"
)

# Places after the word of their kind, glued or a blank apart: Lao village, district, province, city, country;
# Khmer village, commune, quarter, district, Phnom Penh's district, province, city, capital, country ("ບ້ານໂພນທັນ",
# "ເມືອງໄຊເສດຖາ", "ភូមិត្រពាំងឈូក", "ខណ្ឌពោធិ៍សែនជ័យ", "ប្រទេសថៃ"); "ນະຄອນຫຼວງວຽງຈັນ" is the capital's whole name
_KINDS = _variants("ບ້ານ ເມືອງ ແຂວງ ນະຄອນ ປະເທດ ຕາແສງ ភូមិ ឃុំ សង្កាត់ ស្រុក ខណ្ឌ ខេត្ត ក្រុង រាជធានី ប្រទេស")
# (both glue a place's word to a preposition, and Khmer that to its verb: "រស់នៅភូមិ...", lives at the village)
_PLACE_BEFORE = "ຢູ່|ໄປ|ຈາກ|ທີ່|ໃນ|ສູ່|ຮອດ|ເຖິງ|នៅ|ទៅ|ពី|ក្នុង|ដល់"
_AT_WORD = rf"(?:(?<!{_L})|(?<=(?:{_PLACE_BEFORE})))"
_KIND_PLACE = regex.compile(rf"{_AT_WORD}(?P<kind>{_KINDS})[ ]?(?P<place>{_L}{{2,40}})(?!{_L})")
_MAX_PLACE = 24  # letters with their signs: "ពោធិ៍សែនជ័យ" is 11, "ນະຄອນຫຼວງວຽງຈັນ" 15
# (a village's word is a home's too, "ຢູ່ບ້ານ": a village only in an address, its district's word after it)
_DISTRICT_NEXT = regex.compile(r"[ ]?[,،]?[ ]?(?:ເມືອງ|ແຂວງ|ນະຄອນ|ຕາແສງ)")
#: words opening what follows a kind's word that is no place's name: birth(place), house(hold), our, my, abroad,
#: number, of, this, that, all, neighbouring, friend's, parents', relatives', one, many, region (Lao); region, geography,
#: birth(place), rice fields, we, foreign, various, neighbouring, nation, oneself, this, that, all, one, many, some
#: (Khmer): "ស្រុកកំណើតរបស់ខ្ញុំ", "ແຂວງພາກໃຕ້", "ខេត្តមួយចំនួន"
_NOT_PLACES = tuple(
    "ເກີດ ເຮືອນ ເຮົາ ຂ້ອຍ ນອກ ພັກ ເລກທີ ເລກ ຂອງ ນີ້ ນັ້ນ ຕ່າງໆ ທັງ ເພື່ອນ ພໍ່ແມ່ ຍາດ ເຂົາ ໃດ ດຽວກັນ ໃຫຍ່ ໜຶ່ງ ຫຼາຍ ພາກ "
    "ភាគ សាស្ត្រ កំណើត ស្រែ យើង ក្រៅ នានា ផ្សេង ជិតខាង ជាតិ ខ្លួន នេះ នោះ ទាំង មួយ ច្រើន ខ្លះ នីមួយ".split()
)
#: ... and whole words that are none: small, capital, other, nation, one (Lao); they, which, town (Khmer) ("new" names
#: many villages: "ບ້ານໃໝ່", "ភូមិថ្មី")
_NOT_PLACE_WORDS = frozenset("ນ້ອຍ ຫຼວງ ຫລວງ ອື່ນ ຕ່າງ ຊາດ ດຽວ គេ ណា ក្រុង".split())

# ... and a clause run into the place's name ends it ("ខេត្តតាកែវបានមក": has come)
_PLACE_END = regex.compile(r"(?<=.{2})(?:បាន|ដែល|និង|ហើយ|ដើម្បី|ជាមួយ|ក្នុង|ແລະ|ໄດ້|ເພື່ອ|ເຊິ່ງ|ຊຶ່ງ|ຢູ່)")
# Places by name, in both scripts: Laos' provinces, the capital's districts and towns; Cambodia's provinces, Phnom
# Penh's districts and border towns; Thai towns the migrants work in; and countries. Alone they need a word's edge or a
# preposition before them (at, to, from, in: "ໄປເຮັດວຽກຢູ່ ບາງກອກ", "ឱ្យមេខ្យល់ម្នាក់នៅប៉ោយប៉ែត")
_SCRIPT_PLACES = _variants(
    "ຜົ້ງສາລີ ຫຼວງນ້ຳທາ ບໍ່ແກ້ວ ອຸດົມໄຊ ຫຼວງພະບາງ ຫົວພັນ ໄຊຍະບູລີ ຊຽງຂວາງ ວຽງຈັນ ບໍລິຄຳໄຊ ຄຳມ່ວນ ສະຫວັນນະເຂດ "
    "ສາລະວັນ ເຊກອງ ຈຳປາສັກ ອັດຕະປື ໄຊສົມບູນ ນະຄອນຫຼວງວຽງຈັນ ຈັນທະບູລີ ສີໂຄດຕະບອງ ໄຊເສດຖາ ສີສັດຕະນາກ ນາຊາຍທອງ "
    "ໄຊທານີ ຫາດຊາຍຟອງ ສັງທອງ ປາກງື່ມ ປາກເຊ ທ່າແຂກ ວັງວຽງ ຫ້ວຍຊາຍ ໂພນສະຫວັນ ບາງກອກ ຊົນບຸລີ ນົນທະບຸລີ "
    "ສະມຸດປາການ ສະມຸດສາຄອນ ປະທຸມທານີ ອຸດອນທານີ ຂອນແກ່ນ ໜອງຄາຍ ເຊຍໃໝ່ ພູເກັດ ລະຍອງ ໄທ ເກົາຫຼີ ຍີ່ປຸ່ນ ຈີນ "
    "ຫວຽດນາມ ມາເລເຊຍ ສິງກະໂປ ກຳປູເຈຍ ມຽນມາ "
    "បន្ទាយមានជ័យ បាត់ដំបង កំពង់ចាម កំពង់ឆ្នាំង កំពង់ស្ពឺ កំពង់ធំ កំពត កែប កោះកុង ក្រចេះ មណ្ឌលគិរី ឧត្ដរមានជ័យ "
    "ប៉ៃលិន ភ្នំពេញ ព្រះសីហនុ ព្រះវិហារ ព្រៃវែង ពោធិ៍សាត់ រតនគិរី សៀមរាប ស្ទឹងត្រែង ស្វាយរៀង តាកែវ ត្បូងឃ្មុំ "
    "ប៉ោយប៉ែត បាវិត តាខ្មៅ ពោធិ៍សែនជ័យ សែនសុខ ទួលគោក ដង្កោ មានជ័យ ច្បារអំពៅ ជ្រោយចង្វារ ព្រែកព្នៅ ឫស្សីកែវ "
    "ដូនពេញ ចំការមន ប្រាំពីរមករា បឹងកេងកង កំបូល បាងកក ថៃ កូរ៉េ ជប៉ុន ចិន វៀតណាម ម៉ាឡេស៊ី សិង្ហបុរី ឡាវ កម្ពុជា"
)
_NAMED_PLACE = regex.compile(rf"{_AT_WORD}(?P<place>{_SCRIPT_PLACES})(?!{_L})")

# A record's fields: a label and a colon, an English or romanized key ('"village": "ບ້ານໂພນສະຫວັນ"',
# "<province>បាត់ដំបង</province>"), or a table's column ("| ອາຍຸ | ແຂວງ |", "ឈ្មោះ\tភេទ"): what the field holds
_FIELDS = {
    "PERSON": "ຊື່|ຊື່ ແລະ ນາມສະກຸນ|ຊື່ແລະນາມສະກຸນ|ຊື່-ນາມສະກຸນ|ຊື່ ນາມສະກຸນ|ຊື່ເຕັມ|ນາມສະກຸນ|ຊື່ຫຼິ້ນ|ຊື່ພໍ່|ຊື່ແມ່|"
              "ឈ្មោះ|ឈ្មោះពេញ|ឈ្មោះបុគ្គលិក|ឈ្មោះកម្មករ|នាមត្រកូល|នាមខ្លួន|ឈ្មោះ និងនាមត្រកូល|chmous|chmuos|seu|"
              "name|full_name|fullname|first_name|last_name|given_name|family_name|surname|sender|recipient|receiver|"
              "patient|worker|employee|applicant|candidate|father_name|mother_name",
    "AGE": "ອາຍຸ|អាយុ|ayu|age",
    "LOCATION": "ແຂວງ|ເມືອງ|ບ້ານ|ນະຄອນ|ປະເທດ|ປາຍທາງ|ບ້ານເກີດ|ខេត្ត|ស្រុក|ខណ្ឌ|ឃុំ|សង្កាត់|ភូមិ|ក្រុង|ប្រទេស|"
                "ទីកន្លែងកំណើត|ស្រុកកំណើត|khet|srok|phum|khum|khoueng|muang|ban|village|district|province|city|town|"
                "commune|country|destination|origin|hometown|birthplace|place_of_birth|region",
    "DATE_TIME": "ວັນເດືອນປີເກີດ|ວັນເກີດ|ວັນທີ|ថ្ងៃខែឆ្នាំកំណើត|ថ្ងៃកំណើត|ថ្ងៃចូលធ្វើការ|កាលបរិច្ឆេទ",
    "ID_NUMBER": "ເລກບັດປະຈຳຕົວ|ບັດປະຈຳຕົວ|ໜັງສືຜ່ານແດນ|ເລກໜັງສືຜ່ານແດນ|អត្តសញ្ញាណប័ណ្ណ|លេខអត្តសញ្ញាណប័ណ្ណ|លិខិតឆ្លងដែន",
}
_FIELD_KINDS = {key: kind for kind, keys in _FIELDS.items() for key in keys.split("|")}
#: the romanized keys among them, whose values are in Latin letters too (under an English key only a value in these
#: scripts is ours: "name,price" lists goods)
_ROMANIZED_KEYS = frozenset("chmous chmuos ayu khet srok phum khum khoueng muang".split())  # ("ban", "seu": English, Portuguese)
_PLACE_LABEL = regex.compile(rf"(?<!{_L})(?:{'|'.join(k for k, v in _FIELD_KINDS.items() if v == 'LOCATION' and not k.isascii())})"
                             rf"{_COLON}")
# an English key before a value in these scripts (a value in Latin letters is fields.py's)
_KEYED = regex.compile(r"(?:[\"'](?P<key>[A-Za-z_]{2,20})[\"'][ \t]*:[ \t]*[\"']|<(?P<key>[A-Za-z_]{2,20})>)"
                       rf"(?P<value>[^\"'<>\n]*{_L}[^\"'<>\n]*)(?=[\"'<])")
_CELL_VALUE = {
    "PERSON": regex.compile(rf"(?:(?:{_TITLES})[ ])?(?P<v>{_L}{{2,{_MAX_NAME_WORD}}}(?:[ ]{_L}{{2,{_MAX_NAME_WORD}}}){{0,2}}"
                            r"|\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,3})"),
    "AGE": regex.compile(rf"(?P<v>{_D}{{1,3}})(?:[ ]?(?:ປີ|ឆ្នាំ|pi|chnam))?"),
    "LOCATION": regex.compile(rf"(?:(?!ນະຄອນຫຼວງ)(?:{_KINDS})[ ]?)?(?P<v>{_L}{{2,30}}|\p{{Lu}}\p{{Ll}}+(?:[ \-]\p{{Lu}}\p{{Ll}}+){{0,3}})"),
    "DATE_TIME": regex.compile(rf"(?P<v>{_D}{{1,4}}[/.\-]{_D}{{1,2}}[/.\-]{_D}{{1,4}})"),
    "ID_NUMBER": regex.compile(rf"(?P<v>[A-Z]{{0,3}}-?{_D}[{_DIGITS}\- /]{{3,24}}{_D})"),
}
_TABLE_DELIMITERS = ("\t", "|", ",")
# A chat's speaker: a name and a colon opening a line ("ນ້ອຍ: ເອົາໄປ."), counted only when it speaks twice or more
_SPEAKER = regex.compile(rf"(?m)^[ \t]*(?P<name>{_L}{{2,{_MAX_NAME_WORD}}}(?:[ ]{_L}{{2,{_MAX_NAME_WORD}}})?)[ \t]*[:៖][ \t]*(?=\S)")
_LATIN_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?(?!\p{L})")
_CELL_EDGE_BEFORE = regex.compile(r"(?:^|[|\t,\"'>:])[ \t]*$")
_CELL_EDGE_AFTER = regex.compile(r"[ \t]*(?:$|[|\t,\"'<\n])")

# Romanized Lao and Khmer, as chats and forms in Latin letters write them.
_CAP = r"\p{Lu}\p{Ll}+"
# Provinces, districts and towns of Laos and Cambodia, and Thai provinces their migrants work in (the gazetteer has
# cities, not these); a few are words or names elsewhere ("Tak" is Polish for yes, "Takeo" and "Pailin" given names)
# and count only in a list of places, after a comma or their kind's word
_ROMAN_PLACES = (
    "Phongsaly|Phongsali|Luang Namtha|Luang Prabang|Bokeo|Oudomxay|Oudomxai|Houaphanh|Houaphan|Xayaboury|Sayaboury|"
    "Xaignabouli|Xiengkhouang|Xieng Khouang|Vientiane|Bolikhamxay|Borikhamxay|Bolikhamsai|Khammouane|Khammouan|Savannakhet|"
    "Salavan|Saravane|Sekong|Xekong|Champasak|Champassak|Attapeu|Attapu|Xaisomboun|Xaysomboun|Chanthabouly|Sikhottabong|"
    "Xaysettha|Saysettha|Sisattanak|Naxaythong|Xaythany|Hadxayfong|Sangthong|Pakngum|Pakse|Thakhek|Kaysone Phomvihane|"
    "Vang Vieng|Phonsavan|Houayxay|Banteay Meanchey|Battambang|Kampong Cham|Kampong Chhnang|Kampong Speu|Kampong Thom|"
    "Kampot|Kandal|Koh Kong|Kratie|Mondulkiri|Mondol Kiri|Oddar Meanchey|Phnom Penh|Preah Sihanouk|Sihanoukville|"
    "Preah Vihear|Prey Veng|Pursat|Ratanakiri|Ratanak Kiri|Siem Reap|Stung Treng|Svay Rieng|Tbong Khmum|Por Senchey|"
    "Pou Senchey|Po Senchey|Sen Sok|Russey Keo|Tuol Kork|Toul Kork|Chbar Ampov|Dangkao|Chamkar Mon|Daun Penh|Prampir Makara|"
    "Chroy Changvar|Prek Pnov|Boeung Keng Kang|Boeng Keng Kang|Poipet|Bavet|Ta Khmau|Takhmao|Mae Sot|Samut Sakhon|"
    "Samut Prakan|Pathum Thani|Sa Kaeo|Chanthaburi|Nonthaburi|Chonburi|Chon Buri|Rayong|Songkhla|Ranong|Udon Thani|Nong Khai|"
    "Mukdahan|Nakhon Phanom|Tak|Kep|Takeo|Pailin|Meanchey|Kamboul|Trat"
)
_LISTED_ONLY = frozenset({"Tak", "Kep", "Takeo", "Pailin", "Meanchey", "Kamboul", "Trat"})
_ROMAN_KINDS = "khet|srok|sangkat|khan|phum|phoum|khum|krong|muang|meuang|mueang|khoueng|khouang|kwaeng|ban"
_LIST_BEFORE = regex.compile(rf"(?:,|(?<!\p{{L}})(?i:{_ROMAN_KINDS}|changwat))[ ]*$")
_PROVINCE_AFTER = regex.compile(r"[ ](?i:province)(?!\p{L})")
_ROMAN_MONTHS = (
    "makara|kompheak|kumpheak|kumphak|mina|minea|meenea|mesa|mesar|ousaphea|osaphea|uosaphea|usaphea|mithona|mithunar|"
    "kakkada|kakada|karakada|seyha|sayha|seiha|kanha|tola|tula|vicheka|vichika|vichhika|thnu|tnou|thnou|"  # Khmer
    "mangkon|mungkon|kumpha|koumpha|meena|maesa|phutsapha|pheutsapha|phruetsapha|mithuna|mitthuna|kolakot|karakot|"
    "kalakot|singha|sinha|kanya|kanyaa|toula|phachik|pachik|phajik|thanva|thanwa|tanva"  # Lao
)
# The text's Latin words say which rules to run (one pass of the standard library's `re`, several times faster here
# than any search for the words themselves): a text without these cues or places costs only it
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_PLACE_HEADS = frozenset(place.split(" ")[0] for place in _ROMAN_PLACES.split("|"))
_ROMAN_PLACE = regex.compile(rf"(?<![\p{{L}}\-])(?:{_ROMAN_PLACES})(?![\p{{L}}\-])")
_AGE_CUES = frozenset({"ayu", "ayou", "aayu", "ayuh"})
_NAME_CUES = frozenset({"chmous", "chmuos", "chhmuos", "chhmous", "khoy", "khoi", "khony", "seu", "xue"})
_HOUSE_CUES = frozenset({"phteah", "ptheah", "phtes", "heuan", "huean", "house"})
_RECORD_CUES = frozenset({"pros", "srey"})
_TITLE_CUES = frozenset({"lok", "neak", "thao", "nang"})
_ID_CUES = frozenset({"attasanhanobann", "attasanhanoban", "atesanhanaban", "likhet", "pacham", "pajam", "pachamtua",
                      "pajamtua", "nangsue", "nangseu"})
_DATE_CUES = frozenset({"thngai", "tngai", "vanthi", "wanthi", "thi", "khe", "khae", "deuan", "duean"}) \
    | frozenset(_ROMAN_MONTHS.split("|"))
_KIND_CUES = frozenset(_ROMAN_KINDS.split("|")) | {"luang", "thani"}
_ENGLISH_KINDS = frozenset({"village", "commune", "district", "province"})
#: cues that say the text is romanized Lao or Khmer (not English words: "house", "village", "ban", "khan", "lok")
_ROMANIZED = _AGE_CUES | _NAME_CUES | _RECORD_CUES | frozenset(
    "phteah ptheah heuan thngai tngai vanthi wanthi khet srok sangkat phum khum krong muang meuang mueang khoueng".split())
_CUES = _AGE_CUES | _NAME_CUES | _HOUSE_CUES | _RECORD_CUES | _TITLE_CUES | _ID_CUES | _DATE_CUES | _KIND_CUES \
    | _ENGLISH_KINDS | _ROMANIZED
_ROMAN_AGE = regex.compile(r"(?<!\p{L})(?i:ayu|ayou|aayu|ayuh)[ \t]*[:=\-]?[ \t]*(?P<age>\d{1,3})(?!\d|[.,/]\d)")
# "knhom chmous Heng Vanna" (Khmer: my name is), "khoy seu Bounmy Keomany" (Lao), "seu len Noy" (a nickname)
_ROMAN_NAME = regex.compile(
    r"(?<!\p{L})(?:(?i:chmous|chmuos|chhmuos|chhmous)|(?i:khoy|khoi|khony)[ ]+(?i:seu|xue|sue)|(?i:seu|xue)[ ]+len)"
    rf"[ ]+(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})"
)
# Mr, Mrs and Madam in Khmer, Mr and Ms in Lao, before a name of two words or three ("Lok Chea Sokha")
_ROMAN_TITLE = regex.compile(rf"(?<!\p{{L}})(?P<title>Lok[ ]Srey|Neak[ ]Srey|Lok|Thao|Nang)[ ](?P<name>{_CAP}(?:[ ]{_CAP}){{1,2}})(?!\p{{L}})")
# A record's name, sex (Khmer "pros" male, "srey" female) and age, and the places after them:
# "Nov Sreyneth,srey,25,Roka Kong,Kandal,N02901136", "Lok Chea Sokha, phet pros, ayu 33"
_ROMAN_RECORD = regex.compile(
    rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{1,2}})[ \t]*(?P<sep>[,;|\t])[ \t]*(?:(?i:phet|pheth)[ ]+)?(?i:pros|srey)[ \t]*[,;|\t][ \t]*"
    r"(?:(?i:ayu)[ :]*)?(?P<age>\d{1,3})(?!\d)"
)
_PLACE_CELL = regex.compile(rf"{_CAP}(?:[ \-]{_CAP}){{0,3}}")
# a place after its kind's word ("srok Kamchay Mear", "sangkat Boeung Kak Pir", "ban Nongbone, muang Xaysettha"),
# or before an English one ("Prey Kdei village, Ta Khmau, Kandal")
_ROMAN_KIND_PLACE = regex.compile(
    rf"(?<!\p{{L}})(?P<kind>(?i:{_ROMAN_KINDS}|nakhone?[ ]luang|reach[ ]thani))[ ]+(?P<place>{_CAP}(?:[ \-]{_CAP}){{0,3}}(?:[ ]\d{{1,2}})?)(?!\p{{L}})"
)
_PLACE_BEFORE_KIND = regex.compile(rf"(?<!\p{{L}})(?P<place>{_CAP}(?:[ ]{_CAP}){{0,2}})[ ](?i:village|commune|district|province)(?!\p{{L}})")
# a date: its day, month by name or figure and year, maybe the clock ("thngai 3 khe Vicheka, mong 23:18",
# "vanthi 3 mesa 2024", "12 khe Mithona 2022")
_ROMAN_DATE = regex.compile(
    r"(?i)(?<![\w])(?:(?P<cue>thngai|tngai|vanthi|van[ ]thi|wanthi|wan[ ]thi)[ ]+(?:ti[ ]+|thi[ ]+)?)?"
    rf"(?P<date>\d{{1,2}}[ ]+(?P<word>(?:khe|khae|kae|deuan|duean|dueane|deuane)[ ]+)?(?:(?P<month>{_ROMAN_MONTHS})|\d{{1,2}})"
    r"(?P<year>,?[ ]+(?:(?:chnam|chhnam|pi|pee)[ ]+)?(?:19|20)\d\d)?"
    r"(?:,?[ ]+(?:mong|maong|moung|vela|wela|weela)[ ]+\d{1,2}[:.h]\d\d)?)(?![\w])"
)
# an id after the document's name ("lekh attasanhanobann 010487215", "likhet chlong den N01729463")
_ROMAN_ID = regex.compile(
    r"(?i:attasanhanobann?|atesanhanaban|likhet[ ]chlong[ ]?den|bat[ ]?pa[ ]?[cj]ham[ ]?tua|nangs(?:ue|eu)[ ]?phan[ ]?d(?:ae|a|e)n)"
    r"(?:[ ](?i:lekh|lek|lekh[ ]thi|lek[ ]thi))?[ \t]*[:\-]?[ \t]*(?P<id>[A-Z]{0,3}\d[\d\- ]{4,20}\d)(?![\d\-])"
)
# a house's number and its street ("phteah lekh 27, phlauv 516"), a Lao house and its unit ("house 88, unit 6")
_ROMAN_ADDRESS = regex.compile(
    r"(?i:phteah|ptheah|phtes)[ ]+(?:(?i:lekh|lek|leik)[ ]+)?\d{1,5}[A-Za-z]?(?:,?[ ]+(?i:phlauv|phlov|phlouv|phlaov|plov)"
    r"[ ]+(?:(?i:lekh|lek)[ ]+)?\d{1,5}[A-Za-z]?)?"
    # (a bare "heuan 3" counts houses: its number's word or its unit names one)
    r"|(?i:heuan|huean)[ ]+(?:(?i:lek(?:[ ]?thi)?)[ ]+\d{1,5}[A-Za-z]?(?:,?[ ]+(?i:nuay|hnuay|nouay|unit)[ ]+\d{1,3})?"
    r"|\d{1,5}[A-Za-z]?,?[ ]+(?i:nuay|hnuay|nouay|unit)[ ]+\d{1,3})(?!\d)"
    r"|(?i:house)[ ]+(?:(?i:no\.?)[ ]*)?\d{1,5}[A-Za-z]?,?[ ]+(?i:nuay|hnuay|nouay|unit)[ ]+\d{1,3}(?!\d)"
)


@RECOGNIZERS.register("LaoKhmerRecognizer")
class LaoKhmerRecognizer(OwnRecognizer):
    """PERSON, TITLE, AGE, DATE_TIME, LOCATION, ADDRESS and ID_NUMBER in Lao and Khmer text."""

    ENTITIES = ["PERSON", "TITLE", "AGE", "DATE_TIME", "LOCATION", "ADDRESS", "ID_NUMBER"]

    def analyze(self, text, entities, nlp_artifacts=None):
        found = _in_script(text) if _ANY.search(text) else []
        found += _romanized(text)
        wanted = set(entities) if entities else None
        results, seen = [], set()
        for entity, start, end, why in found:
            if end > start and (entity, start, end) not in seen and (wanted is None or entity in wanted):
                seen.add((entity, start, end))
                results.append(make_result(self, entity, start, end, SCORE, why))
        return results


def _word_ok(word: str) -> bool:
    """A word that may be a name's: no clause's opening word, no word run on into a clause, and no short clause
    word glued to another ("ມາແລ້ວ": came already; but "ມາລີ", "ຈະເລີນ" are names)."""
    if not 2 <= len(word) <= _MAX_NAME_WORD or word in _CLAUSE_WORDS or word.startswith(_CLAUSE_OPENERS):
        return False
    rests = [word[len(short):] for short in _SHORT_CLAUSE_WORDS if word.startswith(short)]
    return not any(rest in _CLAUSE_WORDS or rest.startswith(_CLAUSE_OPENERS) for rest in rests)


def _name_end(text: str, at: int, words: int = 2) -> int:
    """Where the name of up to `words` words starting at `at` ends (`at` itself: none there)."""
    if latin := _LATIN_NAME.match(text, at):
        return latin.end()
    end = at
    for n in range(words):
        if n and not text.startswith(" ", end):
            break
        word = _WORD.match(text, end + (1 if n else 0))
        if not word or not _word_ok(word.group()):
            break
        end = word.end()
    return end


def _alone_in_cell(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is all of a table's cell or a field's value ("| ນ້ອຍ ແສງດາລາ |")."""
    return bool(_CELL_EDGE_BEFORE.search(text, max(0, start - 40), start)) and bool(_CELL_EDGE_AFTER.match(text, end))


def _in_script(text: str) -> list[tuple[str, int, int, str]]:
    """(entity, start, end, why) of what Lao and Khmer text says by its words."""
    found, persons = [], []
    for match in _TITLE.finditer(text):
        end = _name_end(text, match.end())
        if end > match.end():
            found.append(("TITLE", *match.span("title"), "a courtesy title"))
            persons.append((match.end(), end, "a name after its title"))
    for match in _NAME_LABEL.finditer(text):
        end = _name_end(text, match.end())
        if end > match.end():
            if match.group("title"):
                found.append(("TITLE", *match.span("title"), "a courtesy title"))
            persons.append((match.end(), end, "a name after its label"))
    for match in _KIN.finditer(text):
        if match.group("latin") and match.group("latin").lower() not in english_words():  # ("ອ້າຍ Facebook")
            persons.append((*match.span("latin"), "a name after a kin word"))
        elif match.group("name") and _word_ok(match.group("name")):
            persons.append((*match.span("name"), "a name after a kin word"))
    persons += [(*m.span("name"), "a name before its login") for m in _NAME_BEFORE_LOGIN.finditer(text)
                if all(_word_ok(word) for word in m.group("name").split(" "))]
    for match in _SEEN_NAME.finditer(text):
        first, last = match.group("name").split(" ")
        if _word_ok(last) and (first not in _GIVEN_WORDS or _alone_in_cell(text, *match.span("name"))):
            persons.append((*match.span("name"), "a common given or family name"))
    persons += _speakers(text)
    fields = _fields(text)
    persons += [(start, end, why) for entity, start, end, why in fields if entity == "PERSON"]
    persons += _mentions(text, persons)
    found += [("PERSON", *person) for person in persons]
    found += [entity_span for entity_span in fields if entity_span[0] != "PERSON"]
    found += [("AGE", *m.span("age"), "an age after its word") for m in _AGE.finditer(text)]
    for match in _DATE.finditer(text):
        found.append(("DATE_TIME", match.start("weekday") if match.group("weekday") else match.start("day"), match.end(),
                      "a day and its month's name"))
    found += [("DATE_TIME", *m.span(), "a date in Lao or Khmer figures") for m in _FIGURE_DATE.finditer(text)
              if not m.group().isascii()]
    found += [("ID_NUMBER", *m.span("id"), "an id after its document's name") for m in _ID.finditer(text)
              if sum(c.isdigit() for c in m.group("id")) >= 5]
    found += [("ADDRESS", *m.span(), "a house's or a street's number") for m in _ADDRESS.finditer(text)]
    found += _places(text, _mask(text, persons))
    return found


def _places(text: str, persons: bytearray) -> list[tuple[str, int, int, str]]:
    """Places after their kind's word or by their name; never inside a name found ("ໄຊສົມບູນ ມະນີວົງ")."""
    found = []
    for match in _KIND_PLACE.finditer(text):
        start, end = match.span("place")
        if (known := _NAMED_PLACE.match(text, start)) and known.end() <= end:
            end = known.end()  # "ខេត្តតាកែវបានមក": the province, then what it did
        elif cut := _PLACE_END.search(text, start, end):
            end = cut.start()
        kind, place = match.group("kind"), text[start:end]
        if kind.startswith("ນະຄອນ") and place.startswith(("ຫຼວງ", "ຫລວງ")):
            start = match.start()  # "ນະຄອນຫຼວງວຽງຈັນ": the capital's whole name
        if end - start > _MAX_PLACE or not known and (_not_place(place) or place.startswith(_CLAUSE_OPENERS)
                                                      or kind == "ບ້ານ" and not _village(text, match.start(), end)):
            continue
        found.append(("LOCATION", start, end, "a place after its kind's word"))
    for match in _NAMED_PLACE.finditer(text):
        if 1 not in persons[match.start():match.end()]:
            found.append(("LOCATION", *match.span("place"), "a place's name"))
    for match in _PLACE_LABEL.finditer(text):
        value = _CELL_VALUE["LOCATION"].match(text, match.end())
        if value and _CELL_EDGE_AFTER.match(text, value.end()) and not _not_place(text[value.start("v"):value.end("v")]):
            found.append(("LOCATION", *value.span("v"), "a place after its label"))
    return found


def _not_place(place: str) -> bool:
    """Words after a kind's word that name no place; a word said twice ("ໃຫຍ່ໆ": big ones) names none either."""
    return place in _NOT_PLACE_WORDS or place.startswith(_NOT_PLACES) or place.endswith(("ໆ", "ៗ"))


def _village(text: str, start: int, end: int) -> bool:
    """Whether "ບ້ານ" at `start` is a village's (not a home's, "ຢູ່ບ້ານ"): in an address, before its district
    ("ບ້ານໂພນທັນ, ເມືອງໄຊເສດຖາ"), after an address's label, or a field's whole value ('"village": "ບ້ານ..."')."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    return bool(_DISTRICT_NEXT.match(text, end)) or "ທີ່ຢູ່" in line or _alone_in_cell(text, start, end)


def _speakers(text: str) -> list[tuple[int, int, str]]:
    """A chat's speakers who speak twice or more ("ນ້ອຍ: ...\\nແສງ: ...\\nນ້ອຍ: ..."); a form's labels are no names."""
    if "\n" not in text:
        return []
    lines = [m for m in _SPEAKER.finditer(text) if all(_word_ok(w) for w in m.group("name").split(" "))
             and m.group("name") not in _FIELD_KINDS]
    counts: dict[str, int] = {}
    for match in lines:
        counts[match.group("name")] = counts.get(match.group("name"), 0) + 1
    if not 2 <= len(counts) <= 6:
        return []
    return [(*m.span("name"), "a chat's speaker") for m in lines if counts[m.group("name")] >= 2]


def _mentions(text: str, persons: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The names found, and their words of four letters or more, wherever else they stand alone."""
    names = {text[a:b] for a, b, _ in persons if _ANY.search(text, a, b)}
    words = {word for name in names for word in name.split(" ") if len(word) >= 4 and _word_ok(word)}
    taken = _mask(text, persons)
    found = []
    for value in names | words:
        for match in regex.finditer(rf"(?<!{_L}){regex.escape(value)}(?!{_L})", text):
            if 1 not in taken[match.start():match.end()]:
                taken[match.start():match.end()] = b"\x01" * (match.end() - match.start())
                found.append((*match.span(), "a name found elsewhere in the text"))
    return found


def _mask(text: str, spans: list[tuple[int, int, str]]) -> bytearray:
    """A byte per character of the text, 1 where one of the spans is."""
    mask = bytearray(len(text))
    for start, end, _ in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def _fields(text: str) -> list[tuple[str, int, int, str]]:
    """Values typed by their English key (JSON, XML) or by their table's column."""
    found = []
    if "<" in text or '"' in text or "'" in text:
        for match in _KEYED.finditer(text):
            kind = _FIELD_KINDS.get(match.group("key").lower())
            span = _cell(text, *match.span("value"), kind) if kind else None
            if span and kind == "PERSON" and match.group("key").lower() == "name" and " " not in text[slice(*span)]:
                continue  # a bare "name" of one word is a product's as often ("name": "អាវយឺត", a T-shirt)
            if span:
                found.append((kind, *span, "a field's key"))
    return found + (_table_cells(text) if "\n" in text else [])


def _cell(text: str, start: int, end: int, kind: str, latin: bool = False) -> tuple[int, int] | None:
    """(start, end) of the value a field of this kind holds, if it holds one (Latin letters only where `latin`)."""
    value = _CELL_VALUE[kind].fullmatch(text, start, end)
    if not value or not latin and not _ANY.search(text, start, end):
        return None
    words = text[value.start("v"):value.end("v")]
    if kind == "PERSON" and not all(_word_ok(word) for word in words.split(" ") if not word.isascii()) \
            or kind == "LOCATION" and _not_place(words):
        return None
    return value.span("v")


def _table_cells(text: str) -> list[tuple[str, int, int, str]]:
    """Cells of a table whose header names them in Lao, Khmer or romanized ("| ຊື່ ແລະ ນາມສະກຸນ | ອາຍຸ | ແຂວງ |")."""
    found, lines = [], text_lines(text)
    i = 0
    while i < len(lines) - 1:
        line = text[slice(*lines[i])]
        delimiter = next((d for d in _TABLE_DELIMITERS if d in line), None)
        header = row_cells(text, *lines[i], delimiter) if delimiter else []
        keys = [text[a:b].lower() if text[a:b].isascii() else text[a:b] for a, b in header]
        kinds = [_FIELD_KINDS.get(key) for key in keys]
        if not any(kind for kind, key in zip(kinds, keys) if not key.isascii() or key in _ROMANIZED_KEYS) \
                and not (any(kinds) and _ANY.search(text, lines[i][1])):
            i += 1
            continue
        j = i + 1
        if delimiter == "|" and j < len(lines) and not text[slice(*lines[j])].strip(" |-:"):
            j += 1  # a markdown table's rule
        while j < len(lines) and len(cells := row_cells(text, *lines[j], delimiter)) == len(kinds):
            for (a, b), kind, key in zip(cells, kinds, keys):
                if kind and (span := _cell(text, a, b, kind, latin=not key.isascii() or key in _ROMANIZED_KEYS)):
                    found.append((kind, *span, "a table's column"))
            j += 1
        i = j
    return found


def _romanized(text: str) -> list[tuple[str, int, int, str]]:
    """(entity, start, end, why) of romanized Lao and Khmer: the cue words a text holds say which rules to run."""
    words = set(_LATIN_WORD.findall(text))
    cues = {word.lower() for word in words} & _CUES
    places = list(_ROMAN_PLACE.finditer(text)) if not words.isdisjoint(_PLACE_HEADS) else []
    if not cues and not places:
        return []
    found = []
    for match in places:
        if match.group() not in _LISTED_ONLY or _listed(text, match.start(), match.end()):
            found.append(("LOCATION", *match.span(), "a province or town of Laos or Cambodia"))
    if cues & _AGE_CUES:
        found += [("AGE", *m.span("age"), "an age after its word") for m in _ROMAN_AGE.finditer(text)]
    if cues & _NAME_CUES:
        found += [("PERSON", *m.span("name"), "a name after 'my name is'") for m in _ROMAN_NAME.finditer(text)]
    if cues & _TITLE_CUES and cues & _ROMANIZED:
        for match in _ROMAN_TITLE.finditer(text):
            found += [("TITLE", *match.span("title"), "a courtesy title"), ("PERSON", *match.span("name"), "a name after its title")]
    if cues & _RECORD_CUES:
        found += _records(text)
    if cues & _HOUSE_CUES:
        found += [("ADDRESS", *m.span(), "a house's or a street's number") for m in _ROMAN_ADDRESS.finditer(text)]
    if cues & _ID_CUES:
        found += [("ID_NUMBER", *m.span("id"), "an id after its document's name") for m in _ROMAN_ID.finditer(text)]
    if cues & _DATE_CUES:
        found += [("DATE_TIME", *m.span("date"), "a day and its month") for m in _ROMAN_DATE.finditer(text)
                  if (m.group("month") and (m.group("cue") or m.group("word") or m.group("year")))
                  or (not m.group("month") and m.group("word"))]
    if cues & _KIND_CUES:
        found += _roman_kind_places(text, places)
    if cues & _ENGLISH_KINDS and places:
        lines = {text.count("\n", 0, m.start()) for m in places}
        found += [("LOCATION", *m.span("place"), "a place before its kind's word") for m in _PLACE_BEFORE_KIND.finditer(text)
                  if text.count("\n", 0, m.start()) in lines]
    if "\n" in text and cues & {"chmous", "ayu", "khet", "srok", "phum", "khum", "khoueng", "muang", "ban"}:
        found += _table_cells(text)
    return found


def _listed(text: str, start: int, end: int) -> bool:
    """Whether a place that is also a word stands in a list of places: after a comma or its kind's word, or before
    "province" ("Mae Sot, Tak", "khet Takeo", "Takeo province")."""
    return bool(_LIST_BEFORE.search(text, max(0, start - 10), start)) or bool(_PROVINCE_AFTER.match(text, end))



def _records(text: str) -> list[tuple[str, int, int, str]]:
    """A record's name and age around its sex, and the places in the cells after them."""
    found = []
    for match in _ROMAN_RECORD.finditer(text):
        found += [("PERSON", *match.span("name"), "a name before its sex"), ("AGE", *match.span("age"), "an age after a sex")]
        at, sep = match.end(), match.group("sep")
        while at < len(text) and text[at] == sep:
            start = at + 1
            while start < len(text) and text[start] == " ":
                start += 1
            cell = _PLACE_CELL.match(text, start)
            if not cell or not (cell.end() == len(text) or text[cell.end()] in sep + "\n\r"):
                break
            found.append(("LOCATION", *cell.span(), "a place in a record"))
            at = cell.end()
    return found


def _roman_kind_places(text: str, places: list) -> list[tuple[str, int, int, str]]:
    """Places after their kind's word; a Lao "ban" (village, or "ban" in English) and a Khmer "khan" (district, or
    "Khan" the name) only in an address of more kinds' words or known places on its line."""
    found = []
    matches = list(_ROMAN_KIND_PLACE.finditer(text))
    for match in matches:
        kind = match.group("kind").lower()
        if kind in ("ban", "khan"):
            line = (text.rfind("\n", 0, match.start()) + 1, (text.find("\n", match.end()) + 1 or len(text) + 1) - 1)
            others = [m for m in matches if m is not match and m.group("kind").lower() not in ("ban", "khan")] + places
            if not any(line[0] <= m.start() < line[1] for m in others):
                continue
        found.append(("LOCATION", *match.span("place"), "a place after its kind's word"))
    return found

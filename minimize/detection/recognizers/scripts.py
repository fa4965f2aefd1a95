"""Names and addresses written in Chinese, Japanese, Korean and Cyrillic script.

The English NER reads none of them. What marks a name in these scripts is the
word around it: an honorific after it ("田中陽翔さん", "김민수 씨", "王伟先生"),
a form label before it ("姓名：张伟", "성명 박지민"), brackets after a
romanised name ("Zhang Wei (张伟)"); in Cyrillic, capitals ("Дмитрий
Соколов"). A street is a road word and a number ("幸福路88号", "월드컵북로
396"), a Korean district the 구 after a city ("서울특별시 마포구"). Texts
without these scripts cost one search.
"""
from __future__ import annotations

import regex

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer

_ANY = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Cyrillic}]")
_NAMES = [
    # Japanese: a family and given name in kanji or katakana, then an honorific
    regex.compile(r"(?P<name>[\p{Han}\p{Katakana}]{2,6})(?:さん|様|さま|氏|君|くん|ちゃん|先生|殿)"),
    # Chinese: a name, then Mr / Ms / Miss / teacher / doctor; or a name after a form's label
    regex.compile(r"(?P<name>\p{Han}{2,3})(?:先生|女士|小姐|老师|老師|医生|醫生)"),
    regex.compile(r"(?:姓名|名字|氏名|联系人|聯絡人|收件人|收貨人|收货人|患者|申请人|申請人)[ \t]*[：:]?[ \t]*(?P<name>\p{Han}{2,4})"),
    # "小王，": a short name made of 小 / 老 / 阿 and a surname, called out at the start
    regex.compile(r"(?:^|[。！？\n])[ \t]*(?P<name>[小老阿]\p{Han})(?=[，,：:！!])"),
    # Korean: a name, then 씨 / 님; or after a label (성명 = full name)
    regex.compile(r"(?P<name>\p{Hangul}{2,4})[ ]?(?:씨|님|선생님)(?:에게|께서|께|는|은|가|이|을|를|의|도|와|과|한테|랑)?"
                  r"(?!\p{Hangul})"),
    regex.compile(r"(?:성명|이름|성함|환자명|담당자|보호자)[ \t]*[：:]?[ \t]*(?P<name>\p{Hangul}{2,4})(?!\p{Hangul})"),
    # a name in its own script in brackets after its romanised form: "Zhang Wei (张伟)"
    regex.compile(r"(?<=\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{Ll}\-]+[ \t]*)\((?P<name>[\p{Han}\p{Hangul}\p{Cyrillic}]{2,}"
                  r"(?:[ ][\p{Han}\p{Hangul}\p{Cyrillic}]+)?)\)"),
]
# Cyrillic: two or three capitalised words ("Дмитрий Соколов")
_CYRILLIC_NAME = regex.compile(r"(?<!\p{L})(?P<name>(?=\p{Cyrillic})\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2})(?!\p{L})")
_ADDRESSES = [
    # Chinese: road, number, 号 ("幸福路88号", "中山北路二段 12 号")
    regex.compile(r"\p{Han}{1,6}?(?:路|街|大道|巷|弄)(?:\p{Han}{1,2}段)?[ \t]?\d{1,5}[ \t]?号(?:\d{1,5}室)?"),
    # Korean: a road (로 / 길) and its number ("월드컵북로 396", "테헤란로 152-3")
    regex.compile(r"(?<!\p{Hangul})\p{Hangul}{1,8}(?:로|길)[ ]?\d{1,4}(?:-\d{1,4})?(?![\d\-]|[ ]?\p{Hangul})"),
]
# A Korean city and the district after it: "서울특별시 마포구"
_KOREAN_DISTRICT = regex.compile(
    r"(?P<city>\p{Hangul}{1,4}(?:특별시|광역시|특별자치시|시))[ ]+(?P<district>\p{Hangul}{1,4}(?:구|군))(?!\p{Hangul})"
)
# words that run into a Chinese street from before it: "放在幸福路88号" (put at), "住在", "寄到"
_BEFORE_STREET = frozenset("放在住到于於从從至寄送去来來")
NAME_SCORE = 0.9  # above NER's 0.85: the English model's reading of these scripts is noise (refine drops it)
CYRILLIC_SCORE = 0.5
ADDRESS_SCORE = 0.7


@RECOGNIZERS.register("OtherScriptRecognizer")
class OtherScriptRecognizer(OwnRecognizer):
    """PERSON, ADDRESS and LOCATION in CJK and Cyrillic text, from the words around them."""

    ENTITIES = ["PERSON", "ADDRESS", "LOCATION"]

    def analyze(self, text, entities, nlp_artifacts=None):
        if not _ANY.search(text):
            return []
        results = []
        for pattern in _NAMES:
            results += [make_result(self, "PERSON", *m.span("name"), NAME_SCORE, "a name by its honorific or label")
                        for m in pattern.finditer(text)]
        results += [make_result(self, "PERSON", *m.span("name"), CYRILLIC_SCORE, "capitalised Cyrillic words")
                    for m in _CYRILLIC_NAME.finditer(text)]
        for pattern in _ADDRESSES:
            for match in pattern.finditer(text):
                start = match.start()
                while text[start] in _BEFORE_STREET:
                    start += 1
                results.append(make_result(self, "ADDRESS", start, match.end(), ADDRESS_SCORE, "a road and its number"))
        for match in _KOREAN_DISTRICT.finditer(text):
            results.append(make_result(self, "LOCATION", *match.span("city"), ADDRESS_SCORE, "a city"))
            results.append(make_result(self, "LOCATION", *match.span("district"), ADDRESS_SCORE, "a district"))
        return results

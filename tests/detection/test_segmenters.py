"""Names in Chinese and Japanese text read with a word segmenter (minimize/detection/segmenters.py)."""
from __future__ import annotations

import pytest

from minimize.detection import segmenters


def _names(text):
    return [text[start:end] for start, end in segmenters.names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我是王小明，今年28岁，住在上海市浦东新区。", ["王小明"]),  # after "I am", no label, no honorific
        ("房东：吴建华（身份证 S6904418B）\n租客：郑浩然", ["吴建华", "郑浩然"]),  # after a role's label
        ("住户刘建国反映本月电费偏高。", ["刘建国"]),  # glued to the role before it
        ("李明的护照号码是E48291735。", ["李明"]),  # not the particle after it
        ("张伟和王芳昨天去了北京。", ["张伟", "王芳"]),  # not "and"
        ("会议由周杰主持，记录人是何丽。", ["周杰", "何丽"]),
        ("接诊：杨医生", ["杨"]),  # a surname before a title
        ("欧阳娜娜今天来了", ["欧阳娜娜"]),  # a compound surname
        # Japanese: a family name and the given name after it, maybe a space between; a family name alone
        ("田中太郎は東京に住んでいます。", ["田中太郎"]),
        ("鈴木一郎さんと高橋美咲が来ました。", ["鈴木一郎", "高橋美咲"]),
        ("担当者の渡辺 直樹です。", ["渡辺 直樹"]),
    ],
)
def test_when_a_chinese_or_japanese_text_names_someone_then_the_segmenter_finds_the_name(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "于是我们马上去了北京",  # "so", "at once": words that start with a surname
        "任何人都可以申请",  # "anyone"
        "张开始工作了",  # 张 and "begin": no given name
        "高兴地说",  # "happily"
        "上海市徐汇区张杨路88号",  # a district and a street, not people
        "申请人：",  # "the applicant"
        "单次购买",  # "once"
        "マイページからログインしてください",  # "my page": a loanword in katakana
        "籍贯：江苏",  # a province
        "The order shipped on Monday.",  # no Han at all
    ],
)
def test_when_no_one_is_named_then_the_segmenter_finds_no_name(text):
    assert _names(text) == []


def test_when_the_detector_reads_chinese_prose_then_its_names_are_found(detector):
    text = "您好，我是陈晓雯，身份证号330106199107230481。"
    found = {(f.entity_type, text[f.start:f.end]) for f in detector.detect([text])[0]}
    assert ("PERSON", "陈晓雯") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("김민수는 서울에 삽니다.", ["김민수"]),  # a surname and a given name, a particle after
        ("박지민의 전화번호는 010-1234-5678입니다.", ["박지민"]),  # ... the surname split off by the model
        ("민수: 지현아 다음주 토요일", ["지현"]),  # a given name called out
        ("이민호와 박서준이 출연한다", ["이민호", "박서준"]),
    ],
)
def test_when_a_korean_text_names_someone_then_the_segmenter_finds_the_name(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", ["이번에 정말로 한국어를 배웠어요.", "강남역 11번 출구", "한국은행 정책 발표", "배송지 변경 요청"])
def test_when_a_korean_proper_noun_is_a_place_a_language_or_a_bank_then_it_is_no_name(text):
    assert _names(text) == []

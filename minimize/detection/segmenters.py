"""Names in Chinese and Japanese text, read with a word segmenter.

Chinese and Japanese write no spaces, so neither the English NER nor a regex
can tell where a name ends ("张伟和李娜昨天去了北京": Zhang Wei and Li Na went to
Beijing yesterday). Segmenters that ship their dictionaries inside the package
(no download) split the text into words:

- Japanese (any kana in the text): Janome, whose IPADIC dictionary tags family
  and given names ("田中 / 太郎"); a family name and the given name after it are
  one name.
- Korean (any Hangul): Kiwi, whose model tags proper nouns; one of three syllables
  that starts with a common surname ("김민수는"), a surname and the given name it
  splits off ("박 / 지민의"), or a given name called out ("지현아") is a name.
- Chinese: jieba gives the word boundaries. A name is a common surname and one
  or two characters more, starting and ending on a boundary, that is no word of
  jieba's dictionary but a name ("马上" is "at once", "王国" a kingdom), and whose
  given name is no common verb or adverb ("张开始" is no one).

Each loads at first use: text without Han, kana or Hangul never pays for them.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import regex

_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
_HAN_RUN = regex.compile(r"\p{Han}{2,}")
_KATAKANA_ONLY = regex.compile(r"[\p{Katakana}ー]+")
_HANGUL = regex.compile(r"\p{Hangul}")
#: the most common Korean surnames
KOREAN_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용")
#: last syllables of places, languages and bodies, not of given names ("강남역" a station, "한국어" Korean, "한국은행")
_KOREAN_NOT_LAST = frozenset("역시구동도군읍면리로길대원청관교회사점어국산강천항공당학병")
#: words of three syllables the model may take for a name: a delivery's, a residence's address, a contact
_KOREAN_NOT_NAMES = frozenset({"배송지", "주소지", "소재지", "연락처", "성명란"})
_VOCATIVE = regex.compile(r"(?:아|야)(?![\p{Hangul}])")
# the most common Chinese surnames (simplified and traditional): these make two or three characters a name in
# any context (scripts.py reads them after a verb of sending); then rarer ones and the compound ones, for the
# segmenter; not those that are mostly words of their own ("和" and, "向" towards, "时" time, "全" all)
COMMON_SURNAMES = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋方白邹鄒孟熊秦邱江尹薛段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴武戴莫孔汤湯"
SURNAMES = frozenset(COMMON_SURNAMES + (
    "覃温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅"
    "童凌毕畢单單季裴霍涂苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒牟艾尤阳陽穆农農司卓古吉缪繆简簡车車项"
    "項芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂佟臧闵閔苟邬鄔边邊卞姬师師仇栾欒隋商刁沙荣榮巫寇桑郎甄丛"
    "叢仲虞敖巩鞏明佘池麻苑迟遲邝鄺"
))
COMPOUND_SURNAMES = ("欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙",
                     "公孫", "慕容", "令狐", "长孙", "長孫", "宇文", "司徒", "夏侯")
#: jieba's parts of speech of words that are no given name ("开始" begin, "已经" already, "还是" or)
_NOT_GIVEN = frozenset({"v", "vd", "d", "c", "p", "r", "u", "m", "q", "t", "f", "y", "e", "o", "uj", "ul", "uz", "ud", "ug", "uv", "zg"})
#: a dictionary name of two characters this common is a word first ("谢谢" thanks, "叶子" a leaf, "高明" clever)
_COMMON_WORD = 100
#: characters that end no name: particles, pronouns, verbs of saying ("李明的", "张伟和", "林涛说"), words of
#: counting ("单次" once), a place's or a street's ("徐汇区", "张杨路"), a role's ("申请人" the applicant)
_NOT_LAST = frozenset("的地得和与跟及或是在说讲问道把被给对向从于已又还也都就将要会能可等了着过呢吗吧啊呀您你我他她它们这那有没不很太最更"
                      "次个個位天年月日元块塊件份区區路市县縣省街道号號镇鎮村楼樓乡鄉州城湾灣桥橋站园園苑巷院里目人员員")
#: titles after a surname alone ("杨医生", "陈经理"): the surname is the name
_TITLES = ("先生", "女士", "小姐", "老师", "老師", "医生", "醫生", "经理", "經理", "主任", "律师", "律師", "护士", "護士", "教授",
           "师傅", "師傅", "阿姨", "警官", "总")


def names(text: str) -> list[tuple[int, int]]:
    """The spans of people's names in the Chinese, Japanese or Korean parts of `text`."""
    if _KANA.search(text):
        return _japanese_names(text)
    if _HANGUL.search(text):
        return _korean_names(text)
    spans: list[tuple[int, int]] = []
    for run in _HAN_RUN.finditer(text):
        spans += [(run.start() + s, run.start() + e) for s, e in _chinese_names(run.group())]
    return spans


@lru_cache(maxsize=1)
def _janome():
    from janome.tokenizer import Tokenizer

    return Tokenizer()


def _japanese_names(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    at = 0
    for token in _janome().tokenize(text):
        start = text.index(token.surface, at)
        at = end = start + len(token.surface)
        kind = token.part_of_speech.split(",")
        if kind[:3] != ["名詞", "固有名詞", "人名"] or _KATAKANA_ONLY.fullmatch(token.surface):
            continue  # (a word in katakana alone is a loanword before a name: "マイ" my, "ベル" bell)
        # a given name right after its family name (maybe a space between) is the same name
        if spans and kind[3] == "名" and not text[spans[-1][1]:start].strip(" 　"):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


@lru_cache(maxsize=1)
def _kiwi():
    from kiwipiepy import Kiwi

    # without its multi-word and typo dictionaries: about 300 MB once loaded instead of 500, the same names
    return Kiwi(num_workers=-1, load_multi_dict=False, load_typo_dict=False)


def _korean_names(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    tokens = [t for t in _kiwi().tokenize(text) if t.tag == "NNP" and _HANGUL.match(t.form)]
    for i, token in enumerate(tokens):
        start, end = token.start, token.start + token.len
        if spans and start < spans[-1][1]:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if len(token.form) == 1 and token.form in KOREAN_SURNAMES and after and after.start == end and len(after.form) == 2:
            spans.append((start, after.start + after.len))  # "박 / 지민": the surname split off its given name
        elif len(token.form) == 3 and token.form[0] in KOREAN_SURNAMES and token.form[2] not in _KOREAN_NOT_LAST \
                and token.form not in _KOREAN_NOT_NAMES:
            spans.append((start, end))
        elif len(token.form) == 2 and _VOCATIVE.match(text, end):
            spans.append((start, end))  # a given name called out: "지현아"
    return spans


@lru_cache(maxsize=1)
def _jieba():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)  # it announces building its prefix dictionary
    jieba.dt.check_initialized()
    return jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab


def _chinese_names(run: str) -> list[tuple[int, int]]:
    import jieba

    freq, tags = _jieba()
    bounds, at = {0}, 0
    for word in jieba.cut(run, HMM=False):
        at += len(word)
        bounds.add(at)
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(run) - 1:
        surname = 2 if run[start:start + 2] in COMPOUND_SURNAMES else 1 if run[start] in SURNAMES else 0
        if surname and start in bounds and run.startswith(_TITLES, start + surname):
            spans.append((start, start + surname))
            start += surname
            continue
        found = start in bounds and surname and next(
            (end for end in (start + surname + 2, start + surname + 1)
             if end in bounds and end <= len(run) and _is_name(run[start:end], run[start + surname:end], freq, tags)),
            None,
        )
        if found:
            spans.append((start, found))
            start = found
        else:
            start += 1
    return spans


def _is_name(word: str, given: str, freq, tags) -> bool:
    if word[-1] in _NOT_LAST or not all(freq.get(char) for char in given):  # (a Japanese kanji is no Chinese word: "申込者")
        return False
    tag = tags.get(word, "")
    if freq.get(word):  # a word of the dictionary: a name only if it is one, and not a common word too
        return tag.startswith("nr") and (len(word) > 2 or freq[word] < _COMMON_WORD)
    return not (len(given) > 1 and freq.get(given) and tags.get(given) in _NOT_GIVEN)

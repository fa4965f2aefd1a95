"""What the recognizers of languages written in Arabic script share: a letter, a word, an alternation of
words as any keyboard types them, and a table's cells under a header of labels (dari_pashto.py for Dari and
Pashto, kurdish.py for Sorani, sindhi_balochi.py for Sindhi and Balochi)."""
from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from minimize.detection.recognizers.tables import row_cells, text_lines

#: letters of the script (not its digits), vowel marks, and the zero-width non-joiner inside a word ("می‌گوید")
LETTER = r"[[\p{Arabic}&&\p{L}]\p{Mn}\u200c]"
WORD = rf"{LETTER}+"
LETTERS = regex.compile(WORD, regex.V1)
ALONE = (rf"(?<!{LETTER})", rf"(?!{LETTER})")  # no letter glued before or after
# the same letter typed from an Arabic, a Persian or a Pashto keyboard ("حاجي", "حاجی"; "ننګرهار", "ننگرهار")
_VARIANTS = {"ی": "[یيى]", "ک": "[کك]", "گ": "[گګ]", "ګ": "[گګ]"}


def alternation(items) -> str:
    """A regex alternation of words or phrases, longest first, in any keyboard's letters, a blank, a
    non-joiner, an underscore or nothing between a phrase's words ("سه شنبه", "سه‌شنبه", "شماره_کارمند")."""
    out = []
    for item in sorted(set(items), key=len, reverse=True):
        out.append("".join(_VARIANTS.get(c, "[ _\u200c]?" if c == " " else regex.escape(c)) for c in item))
    return "|".join(out)


#: a table's delimiters in these languages' texts: Arabic script's comma too ("نام،تخلص،ولایت")
DELIMITERS = ("|", "\t", "،", ",")
_SEPARATOR_ROW = regex.compile(r"[ \t|:\-]+")


def labelled_cells(text: str, kind_of: Callable[[str], str | None]) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of each non-empty cell under a header row two of whose cells `kind_of` knows as labels
    ("| نوم | د پلار نوم | عمر | ولایت |"), down to the first row of another width (one label among a sentence's
    commas makes no header)."""
    kinds: list | None = None
    delimiter = ""
    for start, end in text_lines(text):
        if kinds is not None and _SEPARATOR_ROW.fullmatch(text, start, end):
            continue
        cells = row_cells(text, start, end, delimiter) if kinds is not None else None
        if kinds is not None and cells is not None and len(cells) == len(kinds):
            yield from ((a, b, kind) for (a, b), kind in zip(cells, kinds) if kind and b > a)
            continue
        kinds = None
        for delimiter in DELIMITERS:
            cells = row_cells(text, start, end, delimiter)
            if len(cells) >= 2:
                found = [kind_of(text[a:b]) for a, b in cells]
                if sum(map(bool, found)) >= 2:
                    kinds = found
                    break

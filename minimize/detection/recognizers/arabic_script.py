"""What the recognizers of languages written in Arabic script share: a letter, a word, and an alternation of
words as any keyboard types them (dari_pashto.py for Dari and Pashto, kurdish.py for Sorani)."""
from __future__ import annotations

import regex

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

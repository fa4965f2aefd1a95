"""Bounds on pack regexes: no pattern may hang a job.

Two guards, because a regex engine that backtracks can take exponential time
on a short text (`(a+)+$` on "aaaa...!" doubles its work with every "a"):

1. `check_pack` lints every pattern of a recognizer pack when the pack is read
   and refuses the shapes that backtrack catastrophically: a quantifier around
   something that can itself match a run of the same characters in several
   ways (`(a+)+`, `(a*)*`, `(\\w+\\.?)+`, `(a{1,3})+`), and an alternation under
   a quantifier whose branches can start with the same character (`(a|a)*`,
   `(a|ab)+`, `(\\d|\\w)+`). The error names the pack, the recognizer and the
   pattern. The check is conservative (it refuses a few harmless patterns,
   never silently slow ones it understands); a pattern Python's parser cannot
   read (syntax of the `regex` module only) is left to the second guard.
2. `bound_patterns` gives every regex of the built analyzer a time budget per
   text. Presidio's own timeout (60 s) skips the pattern and lets the text
   through unscanned by it; here an overrun raises `RegexTimeout`, a
   DetectionError, so the record is rejected at `detect` with that reason
   (fail closed), and the job goes on.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from minimize.errors import DetectionError

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre  # type: ignore[no-redef]

#: seconds one pattern may run over one text (a chunk of at most detection.chunk_size characters)
BUDGET_SECONDS = 10.0
#: an outer quantifier with at most this many repetitions is not a hazard
_SMALL_REPEAT = 8
#: characters standing for "any character" when comparing what two pieces can match
_ALPHABET = frozenset(map(chr, range(128))) | frozenset("éßøЖж中٣\u00a0\u2028")
_CATEGORIES = {
    name: frozenset(ch for ch in _ALPHABET if re.fullmatch(pattern, ch))
    for name, pattern in {
        "CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
        "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W",
        "CATEGORY_LINEBREAK": r"\n", "CATEGORY_NOT_LINEBREAK": r"[^\n]",
    }.items()
}  # fmt: skip
# \p{...} classes of the `regex` module, read as the nearest class Python knows
_UNICODE_CLASS = re.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Za-z]")
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT}


# -- 1. lint at load time ------------------------------------------------------------------


def lint(pattern: str) -> str | None:
    """Why `pattern` can backtrack catastrophically, or None when it cannot (as far as we can tell)."""
    source = _UNICODE_CLASS.sub(lambda m: r"\w" if m.group()[1] == "p" else r"\W", pattern)
    try:
        tree = _sre.parse(source)
    except Exception:  # noqa: BLE001 - regex-module syntax: the time budget covers it
        return None
    return _check(list(tree)) or _alternation_hazard(source)


def check_pack(path: Path, data: Any) -> None:
    """Refuse a pack whose patterns can hang detection; the error names pack, recognizer and pattern."""
    for i, entry in enumerate(data.get("recognizers") or [] if isinstance(data, dict) else []):
        if not isinstance(entry, dict) or entry.get("enabled") is False:
            continue
        for j, pattern in enumerate(entry.get("patterns") or []):
            if not isinstance(pattern, dict) or not isinstance(pattern.get("regex"), str):
                continue  # Presidio's schema check reports it
            why = lint(pattern["regex"])
            if why:
                recognizer = entry.get("name") or f"recognizers[{i}]"
                name = pattern.get("name") or f"patterns[{j}]"
                raise DetectionError(
                    f"recognizer pack {path}: recognizer '{recognizer}', pattern '{name}' "
                    f"({pattern['regex']}) can backtrack catastrophically and hang detection: {why}; "
                    "rewrite it so that no repeated part can match the same text in two ways "
                    "(e.g. (a+)+ -> a+, (a|ab)* -> (ab?)*)"
                )


def _check(items: list) -> str | None:
    for op, av in items:
        if op in _REPEATS:
            _, high, body = av
            body = list(body)
            if high == _c.MAXREPEAT or high > _SMALL_REPEAT:
                why = _ambiguous(body)
                if why:
                    return why
            why = _check(body)
        else:
            why = None
            for child in _children(op, av):
                why = why or _check(child)
        if why:
            return why
    return None


def _children(op, av) -> Iterable[list]:
    if op == _c.SUBPATTERN:
        yield list(av[-1])
    elif op == _c.BRANCH:
        yield from (list(b) for b in av[1])
    elif op in (_c.ASSERT, _c.ASSERT_NOT):
        yield list(av[1])
    elif op == getattr(_c, "ATOMIC_GROUP", None) or op == getattr(_c, "POSSESSIVE_REPEAT", None):
        return  # no backtracking into these
    elif op == _c.GROUPREF_EXISTS:
        yield list(av[1])
        if av[2] is not None:
            yield list(av[2])


_QUANTIFIER = re.compile(r"(?:[*+]|\{(\d*)(,?)(\d*)\})(?![+])")
_GROUP_PREFIX = re.compile(r"\?(?:[:|]|P?<[A-Za-z_]\w*>|'[A-Za-z_]\w*'|[a-zA-Z-]+:)")


def _alternation_hazard(source: str) -> str | None:
    """Alternatives that can start alike in a quantified group, read from the source text:
    Python's parser merges `a|a` into a character set, the `regex` module does not."""
    stack: list[int] = []
    groups: list[tuple[int, int]] = []
    for i, ch in _structure(source):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            groups.append((stack.pop(), i))
    for start, end in groups:
        quantifier = _QUANTIFIER.match(source, end + 1)
        if not quantifier or not _many(quantifier):
            continue
        body = source[start + 1 : end]
        if body.startswith("?"):
            prefix = _GROUP_PREFIX.match(body)
            if not prefix:
                continue  # lookaround, atomic group, comment: not a repeated choice
            body = body[prefix.end() :]
        firsts = []
        for alternative in _top_level_split(body):
            try:
                firsts.append(_first_chars(_flatten(list(_sre.parse(alternative)))))
            except Exception:  # noqa: BLE001 - unreadable alternative: cannot judge it
                return None
        for x in range(len(firsts)):
            for y in range(x + 1, len(firsts)):
                if firsts[x] & firsts[y]:
                    return "alternatives that can start alike under a quantifier, like (a|a)* or (a|ab)+"
    return None


def _many(quantifier: re.Match) -> bool:
    if quantifier.group(0) in ("*", "+"):
        return True
    _, comma, high = quantifier.groups()
    return bool(comma) and (not high or int(high) > _SMALL_REPEAT)


def _top_level_split(body: str) -> list[str]:
    parts, depth, last = [], 0, 0
    for i, ch in _structure(body):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(body[last:i])
            last = i + 1
    parts.append(body[last:])
    return parts


def _structure(source: str) -> Iterator[tuple[int, str]]:
    """(index, character) of a pattern's source outside escapes and character classes: the
    characters that give it its structure (groups, alternation, quantifiers)."""
    i, in_class = 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source[i + 1 : i + 2] == "]" or source[i + 1 : i + 3] == "^]":  # a "]" first is literal
                i += 2 if source[i + 1] == "]" else 3
                continue
        else:
            yield i, ch
        i += 1


def _ambiguous(body: list) -> str | None:
    """Why a repeated `body` can match one text in many ways, or None."""
    for sequence in _sequences(body):
        for k, (op, av) in enumerate(sequence):
            if op not in _REPEATS or av[0] == av[1]:
                continue  # a fixed count is no choice
            chars = _chars([(op, av)])
            others = sequence[:k] + sequence[k + 1 :]
            if all(_min_width([item]) == 0 or _chars([item]) & chars for item in others):
                return "a quantifier inside a quantifier over the same characters, like (a+)+"
        branch = next((av for op, av in sequence if op == _c.BRANCH), None)
        if branch is not None:
            firsts = [_first_chars(list(b)) for b in branch[1]]
            for x in range(len(firsts)):
                for y in range(x + 1, len(firsts)):
                    if firsts[x] & firsts[y]:
                        return "alternatives that can start alike under a quantifier, like (a|ab)*"
    return None


def _sequences(body: list) -> Iterable[list]:
    """The body as flat sequences: groups opened, one sequence per top-level alternative."""
    flat = _flatten(body)
    if len(flat) == 1 and flat[0][0] == _c.BRANCH:
        for branch in flat[0][1][1]:
            yield from _sequences(list(branch))
        yield flat
        return
    yield flat


def _flatten(items: list) -> list:
    flat: list = []
    for op, av in items:
        if op == _c.SUBPATTERN:
            flat.extend(_flatten(list(av[-1])))
        else:
            flat.append((op, av))
    return flat


def _first_chars(sequence: list) -> frozenset:
    out: frozenset = frozenset()
    for item in sequence:
        out |= _chars([item]) if item[0] not in (_c.AT, _c.ASSERT, _c.ASSERT_NOT) else frozenset()
        if _min_width([item]) > 0:
            return out
    return out


def _chars(items: list) -> frozenset:
    """The characters (of _ALPHABET) that `items` can consume."""
    out: frozenset = frozenset()
    for op, av in items:
        if op == _c.LITERAL:
            out |= {chr(av), chr(av).swapcase()}
        elif op == _c.NOT_LITERAL or op == _c.ANY:
            out |= _ALPHABET - ({chr(av)} if op == _c.NOT_LITERAL else set())
        elif op == _c.IN:
            out |= _in_set(av)
        elif op in _REPEATS or op == getattr(_c, "POSSESSIVE_REPEAT", None):
            out |= _chars(list(av[2]))
        elif op == _c.SUBPATTERN:
            out |= _chars(list(av[-1]))
        elif op == _c.BRANCH:
            for branch in av[1]:
                out |= _chars(list(branch))
        elif op == getattr(_c, "ATOMIC_GROUP", None):
            out |= _chars(list(av))
        elif op == _c.GROUPREF or op == _c.GROUPREF_EXISTS:
            out |= _ALPHABET
    return frozenset(out)


def _in_set(members) -> frozenset:
    chosen: set = set()
    negate = False
    for op, av in members:
        if op == _c.NEGATE:
            negate = True
        elif op == _c.LITERAL:
            chosen |= {chr(av), chr(av).swapcase()}
        elif op == _c.RANGE:
            chosen |= {ch for ch in _ALPHABET if av[0] <= ord(ch) <= av[1]}
        elif op == _c.CATEGORY:
            chosen |= _CATEGORIES.get(str(av), _ALPHABET)
    return frozenset(_ALPHABET - chosen if negate else chosen)


def _min_width(items: list) -> int:
    total = 0
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN):
            total += 1
        elif op in _REPEATS or op == getattr(_c, "POSSESSIVE_REPEAT", None):
            total += av[0] * _min_width(list(av[2]))
        elif op == _c.SUBPATTERN:
            total += _min_width(list(av[-1]))
        elif op == _c.BRANCH:
            total += min(_min_width(list(b)) for b in av[1])
        elif op == getattr(_c, "ATOMIC_GROUP", None):
            total += _min_width(list(av))
    return total


# -- 2. a time budget per pattern and text ---------------------------------------------------


class RegexTimeout(DetectionError):
    """A pattern ran past its budget on one text: the record is rejected, never passed unscanned."""


#: patterns scanned only from the places where a match can start, found by a cheaper pattern (same flags):
#: Presidio's URL without a scheme starts in a run of letters, digits, dots and hyphens holding ".<letter>",
#: and tried at every letter of a text it costs a third of a millisecond per ticket
PREFILTERS = {("UrlRecognizer", "Non schema URL"): r"[a-z0-9.\-]*\.[a-z][a-z0-9.\-]*"}


class _Bounded:
    """A compiled pattern whose `finditer` runs under the budget and fails closed."""

    __slots__ = ("_compiled", "_pattern", "_recognizer", "_starts")

    def __init__(self, compiled: Any, recognizer: str, pattern: str, starts: Any = None) -> None:
        self._compiled, self._recognizer, self._pattern, self._starts = compiled, recognizer, pattern, starts

    def finditer(self, text: str, *args: Any, timeout: float | None = None, **kwargs: Any):
        try:
            if self._starts is not None and not args and not kwargs:
                return iter(self._from_starts(text))
            # all matches now: `regex` checks the timeout while iterating
            return iter(list(self._compiled.finditer(text, *args, timeout=BUDGET_SECONDS, **kwargs)))
        except TimeoutError:
            raise RegexTimeout(
                f"recognizer '{self._recognizer}', pattern '{self._pattern}' ran longer than {BUDGET_SECONDS:g} s "
                "on one text (a catastrophic regex?): fix or remove the pattern"
            ) from None

    def _from_starts(self, text: str) -> list:
        """The matches `finditer` would give, looked for only from the runs where one can start."""
        found: list = []
        at = 0
        for run in self._starts.finditer(text, timeout=BUDGET_SECONDS):
            if run.end() <= at:
                continue
            for match in self._compiled.finditer(text, max(run.start(), at), timeout=BUDGET_SECONDS):
                if match.start() >= run.end():
                    break
                found.append(match)
                at = match.end()
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._compiled, name)


def bound_patterns(recognizers: Iterable[Any]) -> None:
    """Put every pattern of Presidio's PatternRecognizers under the time budget."""
    import regex

    for recognizer in recognizers:
        flags = getattr(recognizer, "global_regex_flags", None)
        for pattern in getattr(recognizer, "patterns", None) or []:
            if isinstance(getattr(pattern, "compiled_regex", None), _Bounded) or flags is None:
                continue
            compiled = regex.compile(pattern.regex, flags=flags)
            name = getattr(recognizer, "name", "?")
            starts = PREFILTERS.get((name, pattern.name))
            pattern.compiled_regex = _Bounded(compiled, name, pattern.name,
                                              regex.compile(starts, flags=flags) if starts else None)
            pattern.compiled_with_flags = flags  # Presidio recompiles only when flags change


def bound_backend(backend: Any) -> None:
    """`bound_patterns` over a built PresidioBackend's analyzer (a fake backend has none)."""
    analyzer = getattr(backend, "_analyzer", None)
    registry = getattr(analyzer, "registry", None)
    if registry is not None:
        bound_patterns(registry.recognizers)

"""Score a detector against labeled texts: per-type precision/recall/F1, character
recall and record leak rate (the scrubadub pattern: evaluation ships in the package).

    gold = load_gold("tests/data/handwritten.jsonl")       # or a `minimize synth` folder
    report = evaluate(gold, build_detector(config))
    print(report.table())

Matching is by span overlap. Gold and predicted type names differ between
labelers (a benchmark says STREET_ADDRESS, Presidio says LOCATION), so gold
types are first renamed by `GOLD_ALIASES`, then a prediction counts for a gold
span when its type is in `COMPATIBLE[gold type]` (the type itself otherwise).
Character recall and leak rate ignore types: a value covered by any finding
does not leak, whatever it was called.
"""
from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from minimize.errors import InputError

#: gold label -> our (Presidio-style) type; labels not listed are used as they are
GOLD_ALIASES: Mapping[str, str] = {
    # people
    "NAME": "PERSON", "FULL_NAME": "PERSON", "FIRST_NAME": "PERSON", "LAST_NAME": "PERSON",
    "FIRSTNAME": "PERSON", "LASTNAME": "PERSON", "MIDDLENAME": "PERSON", "GIVENNAME": "PERSON",
    "SURNAME": "PERSON", "PER": "PERSON",
    "PREFIX": "TITLE", "HONORIFIC": "TITLE",
    # places
    "STREET_ADDRESS": "ADDRESS", "STREET": "ADDRESS", "BUILDINGNUMBER": "ADDRESS",
    "SECONDARYADDRESS": "ADDRESS", "PO_BOX": "ADDRESS",
    "CITY": "LOCATION", "COUNTRY": "LOCATION", "STATE": "LOCATION", "COUNTY": "LOCATION",
    "GPE": "LOCATION", "LOC": "LOCATION",
    "ZIP": "ZIP_CODE", "ZIPCODE": "ZIP_CODE", "POSTCODE": "ZIP_CODE", "POSTAL_CODE": "ZIP_CODE",
    # contact and identifiers
    "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "TELEPHONENUM": "PHONE_NUMBER",
    "SSN": "US_SSN", "SOCIALNUM": "US_SSN", "CREDITCARDNUMBER": "CREDIT_CARD", "IBAN": "IBAN_CODE",
    "IP": "IP_ADDRESS", "IPV4": "IP_ADDRESS", "IPV6": "IP_ADDRESS",
    "DRIVERLICENSENUM": "US_DRIVER_LICENSE", "PASSPORTNUM": "PASSPORT",
    # dates
    "DATE": "DATE_TIME", "DOB": "DATE_TIME", "DATE_OF_BIRTH": "DATE_TIME", "TIME": "DATE_TIME",
}

#: gold type -> predicted types that count as finding it. A street address cut
#: into a LOCATION and a ZIP_CODE is still found; a title inside a PERSON span is
#: found. AGE is not matched by DATE_TIME: "42 years" as a date is a lucky guess.
COMPATIBLE: Mapping[str, frozenset[str]] = {
    "ADDRESS": frozenset({"ADDRESS", "LOCATION", "ZIP_CODE"}),
    "LOCATION": frozenset({"LOCATION", "ADDRESS"}),
    "ZIP_CODE": frozenset({"ZIP_CODE", "ADDRESS", "LOCATION"}),
    "TITLE": frozenset({"TITLE", "PERSON"}),
    # a login name is a person's name in disguise: either reading finds it
    "PERSON": frozenset({"PERSON", "USERNAME"}),
    "USERNAME": frozenset({"USERNAME", "PERSON"}),
    "DATE_TIME": frozenset({"DATE_TIME", "DATE_OF_BIRTH"}),
    "US_PASSPORT": frozenset({"US_PASSPORT", "PASSPORT"}),
    "PASSPORT": frozenset({"PASSPORT", "US_PASSPORT"}),
    # any identifier of a person: a passport or a licence number found as such is found, and so
    # is a wallet, a device's MAC address or a bank account number (they single out their owner)
    "ID_NUMBER": frozenset({"ID_NUMBER", "PASSPORT", "US_PASSPORT", "US_DRIVER_LICENSE", "UK_NHS", "US_SSN",
                            "US_ITIN", "MEDICAL_LICENSE", "CRYPTO", "MAC_ADDRESS", "US_BANK_NUMBER"}),
    "US_DRIVER_LICENSE": frozenset({"US_DRIVER_LICENSE", "ID_NUMBER"}),
}

#: a record leaks when any of its gold values has less than this share of its characters covered
LEAK_COVERAGE = 0.5
_BATCH = 256


@dataclass(frozen=True)
class GoldSpan:
    entity_type: str
    start: int
    end: int


@dataclass(frozen=True)
class GoldText:
    record_id: str
    field: str
    text: str
    spans: tuple[GoldSpan, ...]


class _Detects(Protocol):
    def detect(self, texts: Sequence[str]) -> list[list[Any]]: ...


# -- loading -------------------------------------------------------------------------


def load_gold(path: str) -> list[GoldText]:
    """Labeled texts from a JSONL file ({"id","text","spans"}) or a `minimize synth` folder."""
    p = Path(path)
    if p.is_dir():
        return _load_synth_folder(p)
    if p.is_file():
        return _load_jsonl(p)
    raise InputError(f"{path}: no such file or folder (give a labeled JSONL file or a synth output folder)")


def _load_jsonl(path: Path) -> list[GoldText]:
    out = []
    for line_no, item in _jsonl(path):
        where = f"{path}:{line_no}"
        text = item.get("text")
        if not isinstance(text, str):
            raise InputError(f"{where}: 'text' must be a string")
        record_id = str(item.get("id", f"{path.name}:{line_no}"))
        spans = tuple(_span(s, len(text), f"{where}: spans[{i}]") for i, s in enumerate(item.get("spans") or []))
        out.append(GoldText(record_id, "text", text, spans))
    return out


def _load_synth_folder(folder: Path) -> list[GoldText]:
    data_files = sorted((folder / "data").glob("*.jsonl"))
    if not data_files:
        raise InputError(f"{folder}: no data/*.jsonl files (is it a `minimize synth` output folder?)")
    labels: dict[tuple[str, str], list[GoldSpan]] = defaultdict(list)
    label_lines: dict[tuple[str, str], str] = {}
    for label_file in sorted((folder / "labels").glob("*.jsonl")):
        for line_no, item in _jsonl(label_file):
            key = (str(item.get("record_id")), str(item.get("field")))
            labels[key].append(item)  # validated against the text below
            label_lines.setdefault(key, f"{label_file}:{line_no}")
    out = []
    for data_file in data_files:
        for line_no, record in _jsonl(data_file):
            record_id = str(record.get("id", f"{data_file.name}:{line_no}"))
            for field_path, text in _leaves(record):
                raw = labels.pop((record_id, field_path), [])
                where = label_lines.get((record_id, field_path), f"{data_file}:{line_no}")
                spans = tuple(_span(s, len(text), f"{where} ({field_path})") for s in raw)
                out.append(GoldText(record_id, field_path, text, spans))
    if labels:
        (record_id, field_path), _ = next(iter(labels.items()))
        raise InputError(
            f"{label_lines[(record_id, field_path)]}: label for record {record_id!r} field {field_path!r} "
            f"matches no text value in {folder}/data ({len(labels)} such record/field pairs)"
        )
    return out


def _jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    with path.open(encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{line_no}: not valid JSON ({exc.msg})") from None
            if not isinstance(item, dict):
                raise InputError(f"{path}:{line_no}: expected a JSON object")
            yield line_no, item


def _leaves(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    # Same paths as scan findings (`contact.email`, `tags[2]`); numbers count as
    # text (an age or zip stored as a number is still PII to find).
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _leaves(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, f"{path}[{i}]")
    elif isinstance(value, str):
        if value:
            yield path, value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield path, str(value)


def _span(item: Any, length: int, where: str) -> GoldSpan:
    if isinstance(item, GoldSpan):
        return item
    if not isinstance(item, Mapping):
        raise InputError(f"{where}: a span is an object with entity_type, start, end")
    entity, start, end = item.get("entity_type"), item.get("start"), item.get("end")
    if not isinstance(entity, str) or not entity:
        raise InputError(f"{where}: entity_type must be a non-empty string")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length):
        raise InputError(f"{where}: start/end must satisfy 0 <= start < end <= {length}, got {start}/{end}")
    return GoldSpan(entity, start, end)


# -- scoring --------------------------------------------------------------------------


def gold_type(label: str) -> str:
    """A gold label in our type names (`STREET_ADDRESS` -> `ADDRESS`)."""
    upper = label.upper()
    return GOLD_ALIASES.get(upper, upper)


def compatible(gold: str) -> frozenset[str]:
    """Predicted types that count as finding a gold span of (renamed) type `gold`."""
    return COMPATIBLE.get(gold, frozenset({gold}))


@dataclass
class TypeScore:
    gold: int = 0  # gold spans of this type
    found: int = 0  # ... overlapped by a compatible prediction
    predicted: int = 0  # predicted spans of this type
    correct: int = 0  # ... overlapping a gold span they are compatible with

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)


@dataclass
class EvalReport:
    types: dict[str, TypeScore] = field(default_factory=dict)
    gold_chars: int = 0
    covered_chars: int = 0  # gold characters inside any finding
    predicted_chars: int = 0  # characters inside any finding
    records: int = 0
    leaking_records: int = 0
    texts: int = 0
    leaking_texts: int = 0
    seconds: float = 0.0
    #: (record_id, field, gold type, start, end) of each value under half covered: for debugging a
    #: labeled set, so it names places, never text
    misses: list[tuple[str, str, str, int, int]] = field(default_factory=list)

    # Totals over every type: a prediction counts once, under its own type.
    @property
    def precision(self) -> float | None:
        predicted = sum(t.predicted for t in self.types.values())
        return sum(t.correct for t in self.types.values()) / predicted if predicted else None

    @property
    def recall(self) -> float | None:
        gold = sum(t.gold for t in self.types.values())
        return sum(t.found for t in self.types.values()) / gold if gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)

    @property
    def char_recall(self) -> float | None:
        return self.covered_chars / self.gold_chars if self.gold_chars else None

    @property
    def char_precision(self) -> float | None:
        return self.covered_chars / self.predicted_chars if self.predicted_chars else None

    @property
    def leak_rate(self) -> float | None:
        return self.leaking_records / self.records if self.records else None

    @property
    def texts_per_second(self) -> float | None:
        return self.texts / self.seconds if self.seconds > 0 else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
            "char_recall": _round(self.char_recall),
            "char_precision": _round(self.char_precision),
            "leak_rate": _round(self.leak_rate),
            "records": self.records,
            "leaking_records": self.leaking_records,
            "texts": self.texts,
            "leaking_texts": self.leaking_texts,
            "gold_chars": self.gold_chars,
            "covered_chars": self.covered_chars,
            "seconds": round(self.seconds, 3),
            "texts_per_second": _round(self.texts_per_second, 1),
            "entities": {
                name: {
                    "precision": _round(t.precision), "recall": _round(t.recall), "f1": _round(t.f1),
                    "gold": t.gold, "found": t.found, "predicted": t.predicted, "correct": t.correct,
                }
                for name, t in sorted(self.types.items())
            },
        }

    def table(self) -> str:
        """A fixed-width table: one row per type, then the totals."""
        rows = [("entity", "P", "R", "F1", "gold", "pred")]
        for name, t in sorted(self.types.items()):
            rows.append((name, _fmt(t.precision), _fmt(t.recall), _fmt(t.f1), str(t.gold), str(t.predicted)))
        rows.append(("ALL (span)", _fmt(self.precision), _fmt(self.recall), _fmt(self.f1),
                     str(sum(t.gold for t in self.types.values())),
                     str(sum(t.predicted for t in self.types.values()))))
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
                 for r in rows]
        lines.insert(1, "-" * len(lines[0]))
        lines.insert(len(lines) - 1, "-" * len(lines[0]))
        speed = self.texts_per_second
        lines += [
            f"char recall {_fmt(self.char_recall)}   char precision {_fmt(self.char_precision)}",
            f"leak rate {_fmt(self.leak_rate)} ({self.leaking_records} of {self.records} records "
            f"keep a value less than {LEAK_COVERAGE:.0%} covered)",
            f"{self.texts} texts in {self.seconds:.2f} s" + (f" ({speed:.1f} texts/s)" if speed else ""),
        ]
        return "\n".join(lines)


def evaluate(
    gold: Sequence[GoldText], detector: _Detects, batch_size: int = _BATCH, columns: bool = True
) -> EvalReport:
    """Run `detector.detect` over the gold texts in batches and score what it finds.

    Like `minimize scan`, values of structured fields whose column type is certain
    (a `zip` field of postal codes, an `age` of numbers: `detection/columns.py`)
    are typed as a whole instead of being scanned; `columns=False` scans every text.
    """
    report = EvalReport()
    leaking: dict[str, bool] = {}
    typed = _typed(gold) if columns else {}
    scanned = [i for i in range(len(gold)) if i not in typed]
    found: dict[int, list[Any]] = dict(typed)
    for at in range(0, len(scanned), batch_size):
        chunk = scanned[at : at + batch_size]
        started = time.perf_counter()
        results = detector.detect([gold[i].text for i in chunk])
        report.seconds += time.perf_counter() - started
        found.update(zip(chunk, results))
    for i, item in enumerate(gold):
        leaks = score_text(report, item, found.get(i, []))
        leaking[item.record_id] = leaking.get(item.record_id, False) or leaks
    report.records = len(leaking)
    report.leaking_records = sum(leaking.values())
    return report


def _typed(gold: Sequence[GoldText]) -> dict[int, list[Any]]:
    """Findings for the texts whose column type decides them, by index in `gold`."""
    from minimize import paths
    from minimize.detection.columns import SAMPLE, infer_column

    by_field: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(gold):
        by_field[paths.pattern_of(item.field)].append(i)
    out: dict[int, list[Any]] = {}
    for pattern, indexes in by_field.items():
        column = infer_column(pattern, [gold[i].text for i in indexes[:SAMPLE]])
        if column is None:
            continue
        for i in indexes:
            if column.covers(gold[i].text):
                span = column.span(gold[i].text)
                out[i] = [span] if span else []
    return out


def score_text(report: EvalReport, item: GoldText, predicted: Iterable[Any]) -> bool:
    """Add one text's counts to `report`; True when one of its gold values leaks."""
    report.texts += 1
    preds = [(p.entity_type, p.start, p.end) for p in predicted if p.end > p.start]
    golds = [(gold_type(g.entity_type), g.start, g.end) for g in item.spans]
    for g_type, g_start, g_end in golds:
        score = report.types.setdefault(g_type, TypeScore())
        score.gold += 1
        ok = compatible(g_type)
        if any(t in ok and s < g_end and g_start < e for t, s, e in preds):
            score.found += 1
    for p_type, p_start, p_end in preds:
        score = report.types.setdefault(p_type, TypeScore())
        score.predicted += 1
        if any(p_type in compatible(t) and p_start < e and s < p_end for t, s, e in golds):
            score.correct += 1
    gold_mask = _mask(len(item.text), [(s, e) for _, s, e in golds])
    pred_mask = _mask(len(item.text), [(s, e) for _, s, e in preds])
    report.gold_chars += sum(gold_mask)
    report.covered_chars += sum(g and p for g, p in zip(gold_mask, pred_mask))
    report.predicted_chars += sum(pred_mask)
    leaks = False
    for g_type, g_start, g_end in golds:
        covered = sum(pred_mask[g_start:g_end])
        if covered < LEAK_COVERAGE * (g_end - g_start):
            leaks = True
            report.misses.append((item.record_id, item.field, g_type, g_start, g_end))
    report.leaking_texts += leaks
    return leaks


def _mask(length: int, spans: Iterable[tuple[int, int]]) -> list[bool]:
    mask = [False] * length
    for start, end in spans:
        for i in range(max(0, start), min(length, end)):
            mask[i] = True
    return mask


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"

"""What the blind set scripts share: the checks on each labeled record, and writing the set.

    write_set("blind5", STYLES, OUT)   # ids "blind5-<style>-NNN", one JSON object per line

Every span must be non-empty, trimmed, inside its text and apart from the others;
a card must pass Luhn, an IBAN mod-97 and its country's length. A bad record
stops the script with its id, so a set is never written half-checked.
"""
from __future__ import annotations

import json
from collections import Counter
import re
from itertools import pairwise
from pathlib import Path

from make_handwritten import parse

#: IBAN lengths of the countries the sets use (SWIFT's IBAN registry)
IBAN_LENGTHS = {
    "AE": 23, "AT": 20, "BE": 16, "BR": 29, "CH": 21, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27,
    "GB": 22, "GR": 27, "HR": 21, "IE": 22, "IT": 27, "LU": 20, "MT": 31, "NL": 18, "NO": 15, "PL": 28,
    "PT": 25, "RO": 24, "SA": 24, "SE": 24, "TR": 26,
    "BA": 20, "BG": 22, "CY": 28, "CZ": 24, "EE": 20, "GE": 22, "HU": 28, "IL": 23, "IS": 26, "KZ": 20,
    "LI": 21, "LT": 20, "LV": 21, "ME": 22, "MK": 19, "PK": 24, "RS": 22, "SI": 19, "SK": 24, "UA": 29,
}


def luhn_ok(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(reversed(digits)))
    return len(digits) >= 13 and total % 10 == 0


def iban_ok(value: str) -> bool:
    compact = re.sub(r"\s", "", value).upper()
    if IBAN_LENGTHS.get(compact[:2], len(compact)) != len(compact):
        return False
    moved = compact[4:] + compact[:4]
    return compact[:2].isalpha() and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def check(rid: str, text: str, spans: list[dict], values: bool = True) -> None:
    for span in spans:
        if not (0 <= span["start"] < span["end"] <= len(text)):
            raise ValueError(f"span out of range or empty in {rid}: {span}")
        value = text[span["start"] : span["end"]]
        if value != value.strip():
            raise ValueError(f"untrimmed span {value!r} in {rid}")
        if values and span["entity_type"] == "CREDIT_CARD" and not luhn_ok(value):
            raise ValueError(f"card {value!r} fails Luhn in {rid}")
        if values and span["entity_type"] == "IBAN_CODE" and not iban_ok(value):
            raise ValueError(f"IBAN {value!r} fails mod-97 or its length in {rid}")
    for a, b in pairwise(sorted(spans, key=lambda s: (s["start"], s["end"]))):
        if b["start"] < a["end"]:
            raise ValueError(f"overlapping spans in {rid}: {a} {b}")


def write_set(prefix: str, styles: dict[str, list[str]], out: Path, values: bool = True) -> None:
    """Parse every marked-up record, check it (`values`: cards and IBANs too), and write the set."""
    rows = []
    for style, records in styles.items():
        for n, markup in enumerate(records, 1):
            rid = f"{prefix}-{style}-{n:03d}"
            text, spans = parse(markup)
            check(rid, text, spans, values)
            rows.append({"id": rid, "text": text, "spans": spans})
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {out}")


def write_and_report(prefix: str, styles: dict[str, list[str]], out: Path) -> None:
    """Write the set (see `write_set`), then print its records per style and spans per entity type."""
    write_set(prefix, styles, out)
    print("check passed on every record (spans, Luhn, mod-97)")
    print("records per style:")
    for style, records in styles.items():
        print(f"  {style:10s} {len(records)}")
    kinds: Counter[str] = Counter()
    for records in styles.values():
        for markup in records:
            kinds.update(span["entity_type"] for span in parse(markup)[1])
    print("spans per entity type:")
    for kind, n in kinds.most_common():
        print(f"  {kind:18s} {n}")
    print(f"  {'total':18s} {sum(kinds.values())}")

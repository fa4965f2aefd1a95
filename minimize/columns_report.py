"""What column types a dataset's structured fields get (detection/columns.py), for `check`.

Reads the first records of a job's input (never more than `limit`) and lists
each typed field with the reason, so a user sees before a run that `zip` will
be treated as ZIP_CODE and `customer_id` as not PII. Prints names and types only.
"""
from __future__ import annotations

from itertools import islice

from minimize.detection.columns import SAMPLE, Column, infer_columns
from minimize.types import Record


def sample_records(input_pattern: str, fmt: str = "auto", id_field: str = "id", limit: int = SAMPLE) -> list[dict]:
    """Up to `limit` records from the first input files (unreadable lines are skipped)."""
    from minimize.beam import io

    readers = {"jsonl": io.read_jsonl, "csv": io.read_csv, "parquet": io.read_parquet}
    out: list[dict] = []
    for path in io.match_inputs(input_pattern):
        read = readers[io.format_of(path, fmt)]
        out.extend(r.data for r in islice(read(path, id_field), limit - len(out)) if isinstance(r, Record))
        if len(out) >= limit:
            break
    return out


def lines(columns: dict[str, Column]) -> list[str]:
    """One line per typed field: `zip  ZIP_CODE  (name 'zip', 100% of 200 values fit ZIP_CODE)`."""
    if not columns:
        return ["inferred columns: none (no field name and its values agreed on a type)"]
    width = max(len(p) for p in columns)
    out = ["inferred columns (typed as a whole; their cells skip NER):"]
    for pattern, column in sorted(columns.items()):
        out.append(f"  {pattern.ljust(width)}  {(column.entity or 'not PII').ljust(13)}  ({column.reason})")
    return out


def check_lines(input_pattern: str, fmt: str = "auto", id_field: str = "id") -> list[str]:
    """The `check` section for a job's input; a line saying why when it cannot be read."""
    try:
        return lines(infer_columns(sample_records(input_pattern, fmt, id_field)))
    except Exception as exc:  # noqa: BLE001 - check goes on; the run itself reports input errors
        return [f"inferred columns: input not readable here ({type(exc).__name__})"]

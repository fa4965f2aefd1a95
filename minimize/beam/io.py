"""Reading records from files through Beam's file systems, and formatting them back.

Files are read by a DoFn over file names (not ReadFromText) because every
record needs its line or row number: it makes the record id
`<file name>:<line>` and locates rejected lines. Bad lines never stop a job:
they become `Failure`s that say where and why, never what the line held.
"""
from __future__ import annotations

import csv
import io
import json
import os
import posixpath
from typing import Any, Iterator

import apache_beam as beam
from apache_beam.io.filesystem import CompressedFile
from apache_beam.io.filesystems import FileSystems

from minimize.errors import InputError
from minimize.types import Failure, Record

FORMATS = ("jsonl", "csv", "parquet")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet"}
_COMPRESSIONS = (".gz", ".bz2", ".zst", ".deflate")
FAILED = "failed"  # tag of the rejected output


def format_of(path: str, requested: str = "auto") -> str:
    if requested != "auto":
        if requested not in FORMATS:
            raise InputError(f"--format must be one of auto, {', '.join(FORMATS)}; got '{requested}'")
        return requested
    name = path.lower()
    for suffix in _COMPRESSIONS:
        name = name.removesuffix(suffix)
    ext = posixpath.splitext(name)[1]
    if ext not in _EXTENSIONS:
        raise InputError(
            f"{path}: cannot tell the format from the extension '{ext}'; pass --format jsonl|csv|parquet"
        )
    return _EXTENSIONS[ext]


def match_inputs(pattern: str) -> list[str]:
    """The files a path, glob or folder names, sorted; a clear error when there are none."""
    if "://" not in pattern and os.path.isdir(pattern):
        pattern = os.path.join(pattern, "**")
    try:
        result = FileSystems.match([pattern])[0]
    except Exception as exc:  # Beam raises BeamIOError for unreachable stores, bad credentials ...
        raise InputError(f"cannot list input {pattern}: {type(exc).__name__}: {_first_line(exc)}") from None
    files = sorted(m.path for m in result.metadata_list if not m.path.endswith("/"))
    files = [f for f in files if "://" in f or os.path.isfile(f)]
    if not files:
        raise InputError(f"no input files match {pattern}")
    return files


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [""])[0][:200]


def record_id(data: Any, id_field: str, source: str, position: int) -> str:
    if isinstance(data, dict):
        value = data.get(id_field)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value) != "":
            return str(value)
    return f"{posixpath.basename(source)}:{position}"


class ReadRecords(beam.DoFn):
    """File name -> `Record`s, and `Failure`s (tagged FAILED) for lines that cannot be read."""

    def __init__(self, fmt: str, id_field: str):
        self.fmt = fmt
        self.id_field = id_field

    def process(self, path: str) -> Iterator[Any]:
        fmt = format_of(path, self.fmt)
        reader = {"jsonl": read_jsonl, "csv": read_csv, "parquet": read_parquet}[fmt]
        try:
            for item in reader(path, self.id_field):
                if isinstance(item, Failure):
                    yield beam.pvalue.TaggedOutput(FAILED, item)
                else:
                    yield item
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({type(exc).__name__})") from None


def _open(path: str):
    """A binary stream of the file, decompressed by extension (.gz, .bz2 ...).

    Beam's compressed stream can be read but not iterated or wrapped in a
    TextIOWrapper: a BufferedReader over it can."""
    stream = FileSystems.open(path)
    if isinstance(stream, CompressedFile):
        return io.BufferedReader(_Readable(stream))
    return stream


class _Readable(io.RawIOBase):
    def __init__(self, stream):
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._stream.close()
        super().close()


def read_jsonl(path: str, id_field: str) -> Iterator[Record | Failure]:
    with _open(path) as raw:
        for number, line in enumerate(raw, start=1):
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]  # a UTF-8 BOM is not part of the first record
            line = line.rstrip(b"\r\n")
            if not line.strip():
                continue  # blank lines hold no record
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Failure(path, number, None, "read", f"not valid UTF-8 (byte {exc.start + 1})")
                continue
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                yield Failure(path, number, None, "read", f"not valid JSON ({exc.msg} at column {exc.colno})")
                continue
            rid = record_id(data, id_field, path, number)
            if not isinstance(data, dict):
                yield Failure(path, number, rid, "read", f"record is a JSON {_json_kind(data)}, expected an object")
                continue
            yield Record(rid, data, path, number)


def _json_kind(value: Any) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(value), "number")


def read_csv(path: str, id_field: str) -> Iterator[Record | Failure]:
    with _open(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
        rows = csv.reader(text)
        try:
            header = next(rows)
        except StopIteration:
            return  # an empty file holds no records
        except csv.Error as exc:
            yield Failure(path, 1, None, "read", f"cannot parse the CSV header ({exc})")
            return
        if _has_surrogates(header) or not header or len(set(header)) != len(header) or "" in header:
            yield Failure(path, 1, None, "read", "the CSV header must be unique, non-empty UTF-8 column names")
            return
        start = rows.line_num + 1
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Failure(path, start, None, "read", f"cannot parse the CSV row ({exc})")
                start = rows.line_num + 1
                continue
            position, start = start, rows.line_num + 1
            if not row:
                continue
            if _has_surrogates(row):
                yield Failure(path, position, None, "read", "not valid UTF-8")
                continue
            if len(row) != len(header):
                yield Failure(path, position, None, "read", f"row has {len(row)} columns, the header has {len(header)}")
                continue
            data = dict(zip(header, row))
            yield Record(record_id(data, id_field, path, position), data, path, position)


def _has_surrogates(values: list[str]) -> bool:
    return any(any("\udc80" <= ch <= "\udcff" for ch in value) for value in values)


def read_parquet(path: str, id_field: str) -> Iterator[Record | Failure]:
    import pyarrow.parquet as pq

    with _open(path) as raw:
        try:
            parquet = pq.ParquetFile(raw)
        except Exception as exc:  # pyarrow raises ArrowInvalid and friends
            yield Failure(path, None, None, "read", f"not a readable Parquet file ({type(exc).__name__})")
            return
        number = 0
        for batch in parquet.iter_batches(batch_size=1024):
            for data in batch.to_pylist():
                number += 1
                yield Record(record_id(data, id_field, path, number), data, path, number)


def parquet_schema(path: str):
    import pyarrow.parquet as pq

    with _open(path) as raw:
        return pq.ParquetFile(raw).schema_arrow


def csv_header(path: str) -> list[str]:
    with _open(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")
        return next(csv.reader(text), [])


def to_json_line(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, default=_json_default, separators=(",", ":"))


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if hasattr(value, "item"):  # numpy / decimal-like scalars
        return value.item()
    return str(value)


def to_csv_line(data: dict, columns: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(["" if data.get(c) is None else _cell(data.get(c)) for c in columns])
    return out.getvalue()


def _cell(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return to_json_line(value)
    return str(value)

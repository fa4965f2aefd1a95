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
import re
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

    def process(self, element: str | tuple[str, int, int]) -> Iterator[Any]:
        """`element` is a file name, or (file name, shard, shards): then only the records
        whose line or row number is `shard` modulo `shards` (see `shards_of`)."""
        path, shard, shards = (element, 0, 1) if isinstance(element, str) else element
        fmt = format_of(path, self.fmt)
        reader = {"jsonl": read_jsonl, "csv": read_csv, "parquet": read_parquet}[fmt]
        try:
            for item in reader(path, self.id_field):
                if shards > 1 and (item.position or 0) % shards != shard:
                    continue  # another shard's record
                if isinstance(item, Failure):
                    yield beam.pvalue.TaggedOutput(FAILED, item)
                else:
                    yield item
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({type(exc).__name__})") from None


def shards_of(files: list[str], shards: int) -> list[str] | list[tuple[str, int, int]]:
    """What to read, so that `shards` workers share even one file.

    Each shard reads the whole file and keeps every `shards`-th record (by line
    or row number), so no step holds the records to spread them: reading costs
    a little more, detection (the slow part) is split evenly. Beam spreads the
    (file, shard, shards) elements over the workers."""
    if shards <= 1:
        return list(files)
    return [(path, shard, shards) for path in files for shard in range(shards)]


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
            except RecursionError:
                yield Failure(path, number, None, "read", f"JSON nested deeper than {MAX_DEPTH} levels")
                continue
            rid = record_id(data, id_field, path, number)
            if not isinstance(data, dict):
                yield Failure(path, number, rid, "read", f"record is a JSON {_json_kind(data)}, expected an object")
                continue
            problem = _unsafe_json(line, data)
            if problem:
                yield Failure(path, number, rid, "read", problem)
                continue
            yield Record(rid, data, path, number)


#: deeper records are rejected: every layer below walks records recursively
MAX_DEPTH = 100
_LONE_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _unsafe_json(line: bytes, data: Any) -> str | None:
    """Why a parsed record cannot go on, or None: nested too deeply, or a string
    holding a lone UTF-16 surrogate (valid JSON escapes, but not text: no writer can encode it).

    Cheap tests of the raw line skip the walk for nearly every record."""
    deep = line.count(b"[") + line.count(b"{") > MAX_DEPTH
    surrogates = _LONE_SURROGATE_ESCAPE.search(line) is not None
    if not (deep or surrogates):
        return None
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return f"JSON nested deeper than {MAX_DEPTH} levels"
        if isinstance(value, dict):
            if surrogates and not all(_encodable(key) for key in value):
                return "a key holds a lone UTF-16 surrogate (a \\uD800-\\uDFFF escape): not valid Unicode text"
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
        elif surrogates and isinstance(value, str) and not _encodable(value):
            return "a value holds a lone UTF-16 surrogate (a \\uD800-\\uDFFF escape): not valid Unicode text"
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _json_kind(value: Any) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(value), "number")


def read_csv(path: str, id_field: str) -> Iterator[Record | Failure]:
    """Rows of a CSV file whose first row names the columns.

    A first row that looks like data (a number, date, phone or email where a
    column name belongs) means the header is missing: every row of the file is
    rejected, since taking values for column names would put them in the audit
    trail and the summary. Quoting is strict: a quote never closed is one rejected
    row, not the rest of the file swallowed into one field.
    """
    csv.field_size_limit(_CSV_FIELD_LIMIT)  # the default (128 KiB) would reject big text cells
    with _open(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
        rows = csv.reader(text, strict=True)
        try:
            header = next(rows)
        except StopIteration:
            return  # an empty file holds no records
        except csv.Error as exc:
            header, unusable = [], f"cannot parse the CSV header ({_csv_problem(exc)})"
        else:
            unusable = _header_problem(header, id_field)
        if unusable:
            yield Failure(path, 1, None, "read", unusable)
            unusable = f"the file's first row (line 1) is unusable as a header: {unusable}"
        start = rows.line_num + 1
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Failure(path, start, None, "read", unusable or f"cannot parse the CSV row ({_csv_problem(exc)})")
                start = rows.line_num + 1
                continue
            position, start = start, rows.line_num + 1
            if not row:
                continue
            if unusable:  # every row is still accounted for, one rejected entry each
                yield Failure(path, position, None, "read", unusable)
                continue
            if _has_surrogates(row):
                yield Failure(path, position, None, "read", "not valid UTF-8")
                continue
            if len(row) != len(header):
                yield Failure(path, position, None, "read", f"row has {len(row)} columns, the header has {len(header)}")
                continue
            data = dict(zip(header, row))
            yield Record(record_id(data, id_field, path, position), data, path, position)


_CSV_FIELD_LIMIT = 2**31 - 1
#: a cell that is a value, not a column name: numbers, dates, times, phones, ids made of digits and separators
_DATA_CELL = re.compile(r"[\s\d()+.,:/#-]*\d[\s\d()+.,:/#-]*")


def _header_problem(header: list[str], id_field: str) -> str | None:
    """Why the first row of a CSV file cannot name its columns, or None. Never quotes a cell."""
    if _has_surrogates(header) or not header or len(set(header)) != len(header) or "" in header:
        return "the CSV header must be unique, non-empty UTF-8 column names"
    if id_field in header:
        return None
    for i, cell in enumerate(header, start=1):
        if "@" in cell or _DATA_CELL.fullmatch(cell.strip()):
            return (
                f"the first row looks like data, not a header (column {i} holds a number, date, phone or "
                f"email); CSV input needs a first row naming the columns"
            )
    return None


def _csv_problem(exc: csv.Error) -> str:
    message = str(exc)
    if message == "unexpected end of data":
        return "a quoted field is never closed"
    return message


def _has_surrogates(values: list[str]) -> bool:
    return any(any("\udc80" <= ch <= "\udcff" for ch in value) for value in values)


def read_parquet(path: str, id_field: str) -> Iterator[Record | Failure]:
    import pyarrow.parquet as pq

    with _open(path) as raw:
        try:
            parquet = pq.ParquetFile(raw)
        except Exception as exc:  # pyarrow raises ArrowInvalid and friends
            if not _is_empty(path):  # an empty file holds no records, in every format
                yield Failure(path, None, None, "read", f"not a readable Parquet file ({type(exc).__name__})")
            return
        number = 0
        for batch in parquet.iter_batches(batch_size=1024):
            for data in batch.to_pylist():
                number += 1
                yield Record(record_id(data, id_field, path, number), data, path, number)


def _is_empty(path: str) -> bool:
    try:
        return FileSystems.match([path])[0].metadata_list[0].size_in_bytes == 0
    except Exception:  # noqa: BLE001 - cannot tell: not empty
        return False


def parquet_schema(path: str):
    import pyarrow.parquet as pq

    with _open(path) as raw:
        return pq.ParquetFile(raw).schema_arrow


def readable_parquet_schema(path: str):
    """The file's Arrow schema, or None when it cannot be read (its job reports it per file)."""
    try:
        return parquet_schema(path)
    except Exception:  # noqa: BLE001 - pyarrow's ArrowInvalid, OSError ...
        return None


def csv_header(path: str, id_field: str = "id") -> list[str]:
    """The column names of a CSV file; [] when its first row cannot be a header (see read_csv)."""
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    with _open(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
        try:
            header = next(csv.reader(text, strict=True), [])
        except csv.Error:
            return []
    return [] if _header_problem(header, id_field) else header


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

"""Writing a run's outputs: data in its format, audit and rejected as JSONL.

Tabular outputs need their columns before the first record is written: they
are the input's columns that the policy keeps, in input order. In Parquet, a
column the policy keeps or noises keeps its type; every other transformed
column (hash, synthesize, mask, generalize, ...) becomes a string.
"""
from __future__ import annotations

import hashlib
import json
import posixpath
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from minimize.beam import io
from minimize.errors import OutputError
from minimize.policy import CompiledPolicy

ROW_GROUP_ROWS = 50_000  # Parquet row group: large enough to scan fast, small enough to buffer


def output_columns(columns: list[str], policy: CompiledPolicy) -> list[str]:
    kept = []
    for column in columns:
        rule = policy.fields.get(column)
        if rule is not None and rule.action == "drop":
            continue
        if rule is None and policy.mode == "strict" and column not in policy.field_prefixes:
            continue
        kept.append(column)
    return kept


def input_columns(files: list[str] | str, fmt: str, id_field: str) -> list[str]:
    """The input's columns in first-seen order: every CSV header and Parquet schema
    of the input (a column only later files have is kept too); JSONL: the keys of
    every record of every file (one pass over the input before the job: a key
    first seen in the millionth record still gets its column)."""
    files = [files] if isinstance(files, str) else list(files)
    if fmt == "csv":
        headers = _each(lambda path: io.csv_header(path, id_field), files)
        return list(dict.fromkeys(name for header in headers for name in header))
    if fmt == "parquet":
        return list(source_schema(tuple(files)).names)
    return list(dict.fromkeys(key for keys in _each(lambda path: _jsonl_keys(path, id_field), files) for key in keys))


def _jsonl_keys(path: str, id_field: str) -> dict[str, None]:
    seen: dict[str, None] = {}
    for item in io.read_jsonl(path, id_field):
        if isinstance(item, io.Record):
            seen.update(dict.fromkeys(item.data))
    return seen


def source_schema(files: tuple[str, ...]):
    """One Arrow schema over the footers of every input Parquet file.

    A column whose type differs between files gets a type both fit (int32 and
    int64: int64; int64 and double: double), else string: no file's values can
    fail to fit when written. Unreadable files are left out (each is rejected
    when the job reads it)."""
    import pyarrow as pa

    fields: dict[str, pa.Field] = {}
    for schema in _each(io.readable_parquet_schema, list(files)):
        for f in schema or ():
            known = fields.get(f.name)
            fields[f.name] = f if known is None or known.type.equals(f.type) else _common_field(known, f)
    return pa.schema(list(fields.values()))


def _common_field(a, b):
    import pyarrow as pa

    try:
        return pa.unify_schemas([pa.schema([a]), pa.schema([b])], promote_options="permissive").field(0)
    except pa.ArrowException:  # types that cannot be unified (invalid, mismatched, unsupported): strings
        return pa.field(a.name, pa.string())


def _each(read, files: list[str]) -> list:
    """`read(path)` for every file, in order; on object stores many requests at once."""
    if len(files) < 8:
        return [read(path) for path in files]
    with ThreadPoolExecutor(max_workers=16) as pool:
        return list(pool.map(read, files))


def parquet_output_schema(files: list[str] | str, in_fmt: str, columns: list[str], policy: CompiledPolicy):
    import pyarrow as pa

    files = [files] if isinstance(files, str) else list(files)
    source = source_schema(tuple(files)) if in_fmt == "parquet" else None
    fields = []
    for column in columns:
        rule = policy.fields.get(column)
        keeps_type = rule is None and policy.mode == "permissive" or (rule is not None and rule.action in ("keep", "noise"))
        if source is not None and keeps_type and column in source.names:
            field = source.field(column)
            if rule is not None and rule.action == "noise" and (getattr(rule.operator, "decimals", None) or 0) > 0:
                field = field.with_type(pa.float64())  # noise with decimals makes floats of ints
            fields.append(field)
        else:
            fields.append(pa.field(column, pa.string()))
    return pa.schema(fields)


def conform(data: dict, schema) -> dict:
    """A record shaped to the Parquet schema: every column present, strings where declared."""
    import pyarrow as pa

    out = {}
    for f in schema:
        value = data.get(f.name)
        if value is not None and (pa.types.is_string(f.type) or pa.types.is_large_string(f.type)) and not isinstance(value, str):
            value = io.to_json_line(value) if isinstance(value, (dict, list)) else str(value)
        out[f.name] = value
    return out


def partition_of(source: str | None, base: str) -> str:
    """The folder of `source` below the input's base: `dt=2026-11-01` for a partitioned lake."""
    if not source or not source.startswith(base):
        return ""
    return posixpath.dirname(source[len(base):].lstrip("/"))


def input_base(pattern: str, files: list[str]) -> str:
    """The fixed part of an input path or glob: what partition folders are relative to."""
    head = re.split(r"[*?\[]", pattern, maxsplit=1)[0]
    if head == pattern:  # no wildcard: a file (its folder) or a folder
        head = pattern if pattern.endswith("/") or not any(f == pattern for f in files) else posixpath.dirname(pattern)
    else:
        head = head[: head.rfind("/") + 1] if "/" in head else ""
    return head.rstrip("/") + "/" if head else ""


class _FileWriter:
    """One open output file; `close()` finishes it (a Parquet footer, say)."""

    def __init__(self, path: str, fmt: str, columns: list[str] | None, schema):
        self.fmt, self.columns, self.schema = fmt, columns, schema
        self.raw = FileSystems.create(path)
        self.rows: list[dict] = []
        self.parquet = None
        if fmt == "csv":
            self.raw.write((io.to_csv_line(dict(zip(columns, columns)), columns) + "\n").encode("utf-8"))

    def write(self, data: dict) -> None:
        if self.fmt == "jsonl":
            self.raw.write((io.to_json_line(data) + "\n").encode("utf-8"))
        elif self.fmt == "csv":
            self.raw.write((io.to_csv_line(data, self.columns) + "\n").encode("utf-8"))
        else:
            self.rows.append(conform(data, self.schema))
            if len(self.rows) >= ROW_GROUP_ROWS:
                self._flush_rows()

    def _flush_rows(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.parquet is None:
            self.parquet = pq.ParquetWriter(self.raw, self.schema)
        try:
            table = pa.Table.from_pylist(self.rows, schema=self.schema)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError) as exc:
            # pyarrow's message quotes the value: name the column and the type only
            raise OutputError(
                f"a value of column '{_misfit(self.rows, self.schema)}' does not fit the output schema's type "
                f"({type(exc).__name__}); run with --output-format jsonl, or give the column another action"
            ) from None
        self.parquet.write_table(table)
        self.rows = []

    def close(self) -> None:
        if self.fmt == "parquet":
            if self.rows or self.parquet is None:
                self._flush_rows()
            self.parquet.close()
        self.raw.close()


def _misfit(rows: list[dict], schema) -> str:
    import pyarrow as pa

    for f in schema:
        try:
            pa.array([row.get(f.name) for row in rows], type=f.type)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
            return f.name
    return "?"


class WriteRecords(beam.DoFn):
    """(source, data) -> files under `root`, keeping each input file's partition folder.

    One file per input partition per bundle, named after its input file and a
    digest of the first (minimized) record written to it, so names are stable
    across runs and a retried bundle overwrites its own file. Beam's text sinks cannot keep partition
    folders, and `fileio.WriteToFiles` silently drops files whose name holds a
    folder on local file systems.
    """

    def __init__(self, root: str, base: str, fmt: str, columns: list[str] | None = None, schema=None):
        self.root, self.base, self.fmt, self.columns, self.schema = root, base, fmt, columns, schema

    def start_bundle(self):
        self.writers: dict[str, _FileWriter] = {}

    def process(self, pair):
        source, data = pair
        partition = partition_of(source, self.base)
        writer = self.writers.get(partition)
        if writer is None:
            writer = self.writers[partition] = _FileWriter(
                self._name(partition, source, data), self.fmt, self.columns, self.schema
            )
        writer.write(data)

    def _name(self, partition: str, source: str | None, data: dict) -> str:
        stem = posixpath.basename(source or "records").split(".")[0]
        first = hashlib.sha256(io.to_json_line(data).encode("utf-8")).hexdigest()[:12]
        name = f"{stem}-{first}.{self.fmt}"
        return FileSystems.join(self.root, partition, name) if partition else FileSystems.join(self.root, name)

    def finish_bundle(self):
        for writer in self.writers.values():
            writer.close()
        self.writers = {}


class WriteJsonl(beam.PTransform):
    def __init__(self, prefix: str):
        super().__init__()
        self.prefix = prefix

    def expand(self, dicts):
        return (
            dicts
            | beam.Map(lambda d: json.dumps(d, ensure_ascii=False, sort_keys=False, default=str))
            # no empty shard: object stores refuse an upload with no parts
            | beam.io.WriteToText(self.prefix, file_name_suffix=".jsonl", skip_if_empty=True)
        )


def summary_line(summary: Any) -> str:
    return json.dumps(summary.to_dict(), sort_keys=True)

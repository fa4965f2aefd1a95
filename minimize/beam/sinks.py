"""Writing a run's outputs: data in its format, audit and rejected as JSONL.

Tabular outputs need their columns before the first record is written: they
are the input's columns that the policy keeps, in input order. In Parquet, a
column the policy keeps or noises keeps its type; every other transformed
column (hash, synthesize, mask, generalize, ...) becomes a string.
"""
from __future__ import annotations

import json
from typing import Any

import apache_beam as beam

from minimize.beam import io
from minimize.policy import CompiledPolicy

_SAMPLE = 200  # records read to learn a JSONL file's columns


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


def input_columns(path: str, fmt: str, id_field: str) -> list[str]:
    if fmt == "csv":
        return io.csv_header(path)
    if fmt == "parquet":
        return list(io.parquet_schema(path).names)
    seen: dict[str, None] = {}
    for n, item in enumerate(io.read_jsonl(path, id_field)):
        if n >= _SAMPLE:
            break
        if isinstance(item, io.Record):
            seen.update(dict.fromkeys(item.data))
    return list(seen)


def parquet_output_schema(first_input: str, in_fmt: str, columns: list[str], policy: CompiledPolicy):
    import pyarrow as pa

    source = io.parquet_schema(first_input) if in_fmt == "parquet" else None
    fields = []
    for column in columns:
        rule = policy.fields.get(column)
        keeps_type = rule is None and policy.mode == "permissive" or (rule is not None and rule.action in ("keep", "noise"))
        if source is not None and keeps_type and column in source.names:
            fields.append(source.field(column))
        else:
            fields.append(pa.field(column, pa.string()))
    return pa.schema(fields)


def conform(data: dict, schema) -> dict:
    """A record shaped to the Parquet schema: every column present, strings where declared."""
    import pyarrow as pa

    out = {}
    for f in schema:
        value = data.get(f.name)
        if value is not None and pa.types.is_string(f.type) and not isinstance(value, str):
            value = io.to_json_line(value) if isinstance(value, (dict, list)) else str(value)
        out[f.name] = value
    return out


class WriteData(beam.PTransform):
    """(source, data) pairs -> files under `prefix` in `fmt`."""

    def __init__(self, prefix: str, fmt: str, columns: list[str] | None = None, schema=None):
        super().__init__()
        self.prefix, self.fmt, self.columns, self.schema = prefix, fmt, columns, schema

    def expand(self, records):
        data = records | "Values" >> beam.Map(lambda pair: pair[1])
        if self.fmt == "jsonl":
            return data | beam.Map(io.to_json_line) | beam.io.WriteToText(self.prefix, file_name_suffix=".jsonl")
        if self.fmt == "csv":
            columns = self.columns
            header = io.to_csv_line(dict(zip(columns, columns)), columns)
            return (
                data
                | beam.Map(io.to_csv_line, columns)
                | beam.io.WriteToText(self.prefix, file_name_suffix=".csv", header=header)
            )
        schema = self.schema
        return (
            data
            | beam.Map(conform, schema)
            | beam.io.WriteToParquet(self.prefix, schema, file_name_suffix=".parquet")
        )


class WriteJsonl(beam.PTransform):
    def __init__(self, prefix: str):
        super().__init__()
        self.prefix = prefix

    def expand(self, dicts):
        return (
            dicts
            | beam.Map(lambda d: json.dumps(d, ensure_ascii=False, sort_keys=False, default=str))
            | beam.io.WriteToText(self.prefix, file_name_suffix=".jsonl")
        )


def summary_line(summary: Any) -> str:
    return json.dumps(summary.to_dict(), sort_keys=True)

"""Generated rows and labels as file contents: JSONL, CSV (a header in every file) or Parquet.

Each shard is serialised whole, in row order, so a shard file's bytes depend
only on its rows: the same seed gives byte-identical files.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from minimize.synth.draw import Draw, Fakers
from minimize.synth.rows import provider_value
from minimize.synth.schema import FieldSpec, SynthSchema
from minimize.synth.text import Label

EXTENSIONS = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet"}


def data_bytes(records: list[dict], fmt: str, schema: SynthSchema, arrow_schema=None) -> bytes:
    if fmt == "jsonl":
        return "".join(json_line(r) + "\n" for r in records).encode("utf-8")
    if fmt == "csv":
        columns = list(schema.with_id().fields)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for r in records:
            writer.writerow([_cell(r.get(c)) for c in columns])
        return out.getvalue().encode("utf-8")
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow_schema = arrow_schema or parquet_schema(schema)
    table = pa.Table.from_pylist([_conform(r, arrow_schema) for r in records], schema=arrow_schema)
    out = io.BytesIO()
    pq.write_table(table, out)
    return out.getvalue()


def json_line(data: Any) -> str:
    # the same form `minimize run` writes (minimize.beam.io.to_json_line)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_plain)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json_line(value)
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def labels_bytes(record_ids: list[str], labels: list[list[Label]]) -> bytes:
    lines = []
    for rid, row in zip(record_ids, labels):
        for label in row:
            lines.append(json.dumps({"record_id": rid, "field": label.field, "entity_type": label.entity_type,
                                     "start": label.start, "end": label.end}, ensure_ascii=False))
    return "".join(line + "\n" for line in lines).encode("utf-8")


# ---- Parquet types ------------------------------------------------------------------


def parquet_schema(schema: SynthSchema):
    import pyarrow as pa

    schema = schema.with_id()
    return pa.schema([pa.field(name, _arrow_type(spec, schema.locale)) for name, spec in schema.fields.items()])


def _arrow_type(spec: FieldSpec, locale: str):
    import pyarrow as pa

    kind = spec.kind
    if kind == "object":
        return pa.struct([pa.field(k, _arrow_type(c, locale)) for k, c in spec.object.items()])
    if kind == "list":
        return pa.list_(_arrow_type(spec.list.item, locale))
    if spec.number is not None:
        return pa.int64() if spec.number.decimals == 0 else pa.float64()
    if spec.date is not None and spec.date.format is None:
        return pa.date32()
    if spec.categories is not None:
        return _type_of(list(spec.categories))
    if kind == "provider":  # what the provider returns, learned from one call
        probe = Draw(Fakers(), 0, 0, locale, None)
        return _type_of([provider_value(spec, probe, locale)])
    return pa.string()


def _type_of(samples: list[Any]):
    import pyarrow as pa

    if all(isinstance(v, bool) for v in samples):
        return pa.bool_()
    if all(isinstance(v, int) and not isinstance(v, bool) for v in samples):
        return pa.int64()
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in samples):
        return pa.float64()
    return pa.string()


def _conform(value: Any, schema_or_type) -> Any:
    """A value shaped to its Arrow type: strings where strings are declared."""
    import pyarrow as pa

    if isinstance(schema_or_type, pa.Schema):
        return {f.name: _conform(value.get(f.name), f.type) for f in schema_or_type}
    if value is None:
        return None
    t = schema_or_type
    if pa.types.is_struct(t):
        return {f.name: _conform(value.get(f.name), f.type) for f in t}
    if pa.types.is_list(t):
        return [_conform(v, t.value_type) for v in value]
    if pa.types.is_string(t) and not isinstance(value, str):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if pa.types.is_floating(t):
        return float(value)
    return value

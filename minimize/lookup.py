"""`minimize audit find`: where did this person's data go?

The audit trail holds a keyed digest of every original value it transformed,
never the value. To answer a data subject access request we digest the values
the subject gave us (name, email, phone ...) with the run's key and stream the
trail for matching events: constant memory in the size of the trail, and the
values themselves are never written anywhere. The distinct record ids found are
what a deletion request would delete.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from minimize.errors import InputError, SecretKeyError
from minimize import storage
from minimize.keys import SecretKey, load_key

POLICY_COPY = "policy.yaml"
SUMMARY_FILE = "summary.json"
#: what an event match reports: where the value was and what was done to it
EVENT_KEYS = ("record_id", "field", "entity_type", "operator", "rule", "start", "end")


@dataclass
class Subject:
    """One value to look for, under a label that is safe to print (never the value)."""

    label: str
    digest: str
    events: list[dict] = field(default_factory=list)

    @property
    def record_ids(self) -> list[str]:
        return sort_ids({e["record_id"] for e in self.events})


def natural_key(text: str) -> list:
    """`c-2` before `c-10`."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


def sort_ids(ids: Iterable[str]) -> list[str]:
    return sorted(ids, key=lambda i: natural_key(str(i)))


def read_subject_file(path: str) -> list[tuple[str, str]]:
    """(label, value) per non-blank line; lines starting with `#` are comments."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError as exc:
        raise InputError(f"cannot read subject file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"subject file {path} is not UTF-8 text") from None
    name = os.path.basename(path)
    return [(f"{name} line {n}", line.strip()) for n, line in enumerate(lines, 1)
            if line.strip() and not line.lstrip().startswith("#")]


def run_key(out_dir: str) -> SecretKey:
    """The key the run used: from the source its policy names (as `run` reads it)."""
    source = None
    from minimize.policy import load_policy, load_policy_text

    copied = storage.join(out_dir, POLICY_COPY)
    if storage.exists(copied):
        source = load_policy_text(storage.read_text(copied), source=copied).key_source
    else:  # folders written before policy.yaml was copied
        policy_path = _summary(out_dir).get("policy") or ""
        if policy_path and os.path.exists(policy_path):
            source = load_policy(policy_path).key_source
    key = load_key(source)
    expected = _summary(out_dir).get("key_id")
    if expected and expected != key_id(key):
        raise SecretKeyError(
            f"the key from {key.source} is not the key this run used (key_id differs): "
            f"no digest could match, so an empty answer would be wrong; set the run's key"
        )
    return key


def key_id(key: SecretKey) -> str:
    """A public fingerprint of the key (an HMAC of a constant): tells keys apart, reveals nothing."""
    return "hmac-sha256:" + key.digest("key-id").hex()[:16]


def find(out_dir: str, values: list[tuple[str, str]], key: SecretKey) -> list[Subject]:
    """Every audit event whose value digest is that of one of `values` ((label, value) pairs)."""
    subjects = [Subject(label, key.value_digest(value)) for label, value in values]
    by_digest: dict[str, list[Subject]] = {}
    for subject in subjects:
        by_digest.setdefault(subject.digest, []).append(subject)
    for line in _audit_lines(out_dir):
        # cheap prefilter: parse only lines that hold one of the digests
        hits = [d for d in by_digest if d in line]
        if not hits:
            continue
        event = json.loads(line)
        for subject in by_digest.get(event.get("value_digest"), ()):
            subject.events.append({k: event.get(k) for k in EVENT_KEYS})
    for subject in subjects:
        subject.events.sort(key=lambda e: (natural_key(str(e["record_id"])), natural_key(e["field"] or ""),
                                           e["start"] if e["start"] is not None else -1))
    return subjects


def all_record_ids(subjects: list[Subject]) -> list[str]:
    return sort_ids({rid for s in subjects for rid in s.record_ids})


def to_json(out_dir: str, subjects: list[Subject]) -> dict:
    return {
        "output": out_dir,
        "subjects": [{"label": s.label, "events": s.events, "record_ids": s.record_ids} for s in subjects],
        "record_ids": all_record_ids(subjects),
    }


def format_text(out_dir: str, subjects: list[Subject]) -> str:
    ids = all_record_ids(subjects)
    lines = []
    for s in subjects:
        if not s.events:
            lines.append(f"{s.label}: no records")
            continue
        lines.append(f"{s.label}: {len(s.events)} transformation(s) in {len(s.record_ids)} record(s)")
        rows = [(e["record_id"], e["field"], e["entity_type"] or "-", e["operator"], e["rule"]) for e in s.events]
        widths = [max(len(str(r[i])) for r in rows) for i in range(4)]
        for row in rows:
            lines.append("  " + "  ".join(str(c).ljust(w) for c, w in zip(row, widths)) + "  " + row[4])
    if ids:
        lines.append(f"records ({len(ids)}): {', '.join(ids)}")
    else:
        lines.append(f"no records: none of the {len(subjects)} value(s) was transformed in {out_dir}")
    return "\n".join(lines)


def find_command(out_dir: str, values: list[str], subject_file: str | None, as_json: bool) -> int:
    labelled = [(f"--value #{n}", v) for n, v in enumerate(values, 1)]
    if subject_file:
        labelled += read_subject_file(subject_file)
    if not labelled:
        raise InputError("nothing to look for: give --value VALUE or --subject-file FILE")
    storage.require_complete(out_dir)
    if not storage.files(storage.join(out_dir, "audit")) and not _is_local_dir(storage.join(out_dir, "audit")):
        raise InputError(f"{out_dir} has no audit/ folder: give the output folder of `minimize run`")
    subjects = find(out_dir, labelled, run_key(out_dir))
    if as_json:
        print(json.dumps(to_json(out_dir, subjects), indent=2))
    else:
        print(format_text(out_dir, subjects))
    return 0


def _audit_lines(out_dir: str) -> Iterator[str]:
    for path in storage.files(storage.join(out_dir, "audit"), ".jsonl"):
        yield from storage.lines(path)


def _summary(out_dir: str) -> dict:
    try:
        return json.loads(storage.read_text(storage.join(out_dir, SUMMARY_FILE)))
    except (OSError, ValueError):
        return {}


def _is_local_dir(path: str) -> bool:
    return not storage.is_remote(path) and os.path.isdir(path)

"""Shared pieces of the reliability tests (issue 5).

- `assert_accounted`: the check every test that runs a job makes: every input
  record is in exactly one of data/ or rejected/ (or counted as suppressed), and
  the files agree with summary.json.
- Policies: `FAST_POLICY` detects only pattern entities (emails, phones, SSNs,
  cards), so spaCy runs its blank tokenizer and a job takes about a second.
- `fast_detection()`: the real `Detector` (its chunking, its checks) over a
  regex backend, patched in for jobs run in this process, for inputs too big for
  Presidio in a quick test (a 20 MB field, 100,000 values).
- `debug_run`: one `minimize --debug run` subprocess over records full of known
  PII, shared by the secrets and side-channel tests.
"""
from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from beam.conftest import (  # noqa: F401
    CONSOLE_SCRIPT,
    KEY,
    ROOT,
    Run,
    data_rows,
    jsonl_lines,
    run_cli,
    run_process,
)

from minimize.detection import DetectionConfig, Detector
from minimize.types import Span

#: pattern entities only: no NER model, so a job over a few records takes about a second
FAST_DETECTION = "detection:\n  entities: [EMAIL_ADDRESS, PHONE_NUMBER, US_SSN, CREDIT_CARD]\n  packs: []\n"
FAST_POLICY = (
    "version: 1\nmode: standard\n" + FAST_DETECTION
    + "fields:\n  id: {action: keep}\nentities:\n  DEFAULT: {action: placeholder}\n"
)  # fmt: skip


def write_policy(folder: Path, text: str = FAST_POLICY, name: str = "policy.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- accounting -------------------------------------------------------------------------------


def assert_accounted(output: Path | Run) -> dict:
    """records_in == records_out + records_rejected + records_suppressed, and data/ and
    rejected/ hold exactly records_out rows and records_rejected entries. Returns the summary."""
    output = output.ok().output if isinstance(output, Run) else output
    summary = json.loads((output / "summary.json").read_text(encoding="utf-8"))
    counts = {k: summary[k] for k in ("records_in", "records_out", "records_rejected", "records_suppressed")}
    assert counts["records_in"] == counts["records_out"] + counts["records_rejected"] + counts["records_suppressed"], counts
    assert len(data_rows(output)) == counts["records_out"], counts
    assert len(jsonl_lines(output / "rejected")) == counts["records_rejected"], counts
    return summary


def rejected(output: Path) -> list[dict]:
    return [json.loads(line) for line in jsonl_lines(output / "rejected")]


# -- a fast backend behind the real Detector ---------------------------------------------------

_FAST = {
    "EMAIL_ADDRESS": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "US_SSN": re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),
}


class FastBackend:
    """Finds emails and SSNs with one regex each; remembers the longest text it was handed."""

    supported_entities = frozenset(_FAST)
    ner_loaded = False

    def __init__(self) -> None:
        self.longest = 0
        self.texts = 0

    def analyze(self, texts: Sequence[str]) -> list[list[Span]]:
        self.longest = max([self.longest, *map(len, texts)])
        self.texts += len(texts)
        return [
            [Span(entity, m.start(), m.end(), 1.0, "FastBackend") for entity, rx in _FAST.items() for m in rx.finditer(t)]
            for t in texts
        ]


@contextlib.contextmanager
def fast_detection() -> Iterator[FastBackend]:
    """Jobs run in this process detect with a FastBackend (chunked by the real Detector)."""
    backend = FastBackend()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("minimize.detection.build_detector", lambda config=None: Detector(config or DetectionConfig(), backend))
        yield backend


# -- one DEBUG run over known PII, as a subprocess ---------------------------------------------

#: the key of the debug run: distinctive, so any copy of it (raw, hex, base64) is found
DEBUG_KEY = "reliability-debug-key-7f3a9c1e5b2d8f4a6c0e"

PEOPLE = ["Quintessa Vandermolen", "Bartholomew Okonkwo", "Ysolde Fairweather", "Ignatius Pemberton", "Leopoldine Hargreave"]
EMAILS = ["quintessa.v@example.com", "bart.okonkwo@example.org", "ysolde.f@example.net", "ignatius.p@example.com",
          "leopoldine.h@example.org"]  # fmt: skip
PHONES = ["(415) 555-0147", "212-555-0199", "312-555-0183", "206-555-0175", "617-555-0122"]
SSNS = ["219-09-9999", "536-90-4399", "457-55-5462", "323-45-6789", "512-44-8765"]
CARDS = ["4111 1111 1111 1111", "5500 0000 0000 0004", "3400 000000 00009", "6011 0000 0000 0004", "4012888888881881"]
#: every raw value the debug run's input holds
PII = [*PEOPLE, *EMAILS, *PHONES, *SSNS, *CARDS]

DEBUG_POLICY = """version: 1
mode: strict
fields:
  id: {action: keep}
  full_name: {action: synthesize, entity: PERSON}
  email: {action: hash, length: 16}
  phone: {action: mask, keep_last: 2}
  salary: {action: noise, epsilon: 1.0, sensitivity: 1000}
  notes: {action: scan}
entities:
  PERSON: {action: placeholder}
  DEFAULT: {action: placeholder}
"""


def _person(i: int, **extra) -> dict:
    return {
        "id": f"p-{i}", "full_name": PEOPLE[i], "email": EMAILS[i], "phone": PHONES[i], "salary": 50000 + i,
        "notes": f"{PEOPLE[i]} (SSN {SSNS[i]}) paid with card {CARDS[i]}; call {PHONES[i]} or write {EMAILS[i]}.",
        **extra,
    }  # fmt: skip


def debug_input(path: Path) -> Path:
    """Five people: two minimized, and one each rejected for invalid UTF-8, invalid JSON and a
    failing transformation (noise over a text salary), plus an array record holding PII."""
    lines = [
        json.dumps(_person(0)).encode(),
        json.dumps(_person(1)).encode(),
        json.dumps(_person(2)).encode().replace(b"(SSN", b"(\xe9 SSN"),  # invalid UTF-8
        json.dumps(_person(3)).encode()[:-1] + b", ",  # invalid JSON: cut short
        json.dumps(_person(4, salary=f"{PEOPLE[4]} {SSNS[4]}")).encode(),  # noise fails: not a number
        json.dumps([PEOPLE[4], EMAILS[4], CARDS[4]]).encode(),  # not an object
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@dataclass
class DebugRun:
    run: Run
    output: Path
    policy: Path
    key: str


@pytest.fixture(scope="session")
def debug_run(tmp_path_factory) -> DebugRun:
    """`minimize --debug run` as its own process (all logging at DEBUG, as a user would see it)."""
    folder = tmp_path_factory.mktemp("debug_run")
    source = debug_input(folder / "people.jsonl")
    policy = write_policy(folder, DEBUG_POLICY)
    run = run_process(["--debug", "run", "--policy", policy, "--input", source, "--output", folder / "out"],
                      key=DEBUG_KEY, timeout=300)  # fmt: skip
    return DebugRun(run.ok(), folder / "out", policy, DEBUG_KEY)


def all_output_except_data(debug: DebugRun) -> dict[str, str]:
    """Name -> text of everything the run showed or wrote, but data/: the places no raw value may be."""
    texts = {"stdout": debug.run.stdout, "stderr": debug.run.stderr}
    for path in sorted(p for p in debug.output.rglob("*") if p.is_file()):
        relative = path.relative_to(debug.output)
        if relative.parts[0] != "data":
            texts[str(relative)] = path.read_bytes().decode("utf-8", "replace")
    return texts

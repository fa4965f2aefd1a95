"""End-to-end fixtures: the CLI run in this process (or as the console script), and
the runs that several tests share, made once per session.

A CLI run costs a few seconds (a Beam pipeline; spaCy loads once per process), so
the fast tests share a handful of session runs instead of running their own.
Every run writes to a fresh parent folder, so a test can also check that nothing
but the output folder appeared next to it (no `.NAME.incomplete-*` left behind).
Paths are absolute: the tests do not depend on the working directory.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from minimize import cli

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_data"
CUSTOMERS_JOB = ROOT / "pipelines" / "customers_lake.yaml"
CUSTOMERS_POLICY = ROOT / "pipelines" / "policies" / "customers.yaml"
TRAINING_POLICY = ROOT / "pipelines" / "policies" / "training_corpus.yaml"
CONSOLE_SCRIPT = Path(sys.executable).parent / "minimize"

KEY = "test-key-0123456789abcdef0123456789abcdef"
OTHER_KEY = "other-key-fedcba9876543210fedcba9876543210"

# -- the contracts (DESIGN.md) -------------------------------------------------------

SUMMARY_KEYS = {
    "records_in", "records_out", "records_rejected", "records_suppressed",
    "findings", "fields", "operators", "policy_digest", "runner", "started_at", "finished_at",
}
AUDIT_KEYS = {
    "record_id", "field", "entity_type", "start", "end", "score", "recognizer",
    "operator", "rule", "value_digest",
}
REJECTED_KEYS = {"source", "position", "record_id", "stage", "error"}
FINDING_KEYS = {"record_id", "field", "entity_type", "start", "end", "score", "recognizer"}
RUN_LAYOUT = {"data", "audit", "rejected", "summary.json"}
#: files the README documents as additions to the output contract (nothing else may appear)
OUTPUT_ADDITIONS = {"policy.yaml", "report.html"}

#: the input columns the customers policy keeps, in input order (strict mode drops internal_score)
KEPT_COLUMNS = [
    "id", "customer_id", "full_name", "email", "phone", "date_of_birth", "age", "zip",
    "city", "gender", "salary", "segment", "notes",
]


# -- running the CLI -----------------------------------------------------------------


@dataclass
class Run:
    argv: list[str]
    code: int
    stdout: str
    stderr: str
    output: Path | None  # the --output folder, if one was given

    def ok(self) -> Run:
        assert self.code == 0, f"minimize {' '.join(self.argv)} exited {self.code}:\n{self.stderr}"
        return self

    @property
    def summary(self) -> dict:
        return json.loads((self.output / "summary.json").read_text(encoding="utf-8"))

    def lines(self, folder: str) -> list[str]:
        return jsonl_lines(self.output / folder)

    def dicts(self, folder: str) -> list[dict]:
        return [json.loads(line) for line in self.lines(folder)]


def _output_of(argv: Sequence[str]) -> Path | None:
    argv = list(argv)
    if "--output" in argv:
        return Path(argv[argv.index("--output") + 1])
    return None


def run_cli(argv: Sequence[Any], key: str | None = KEY) -> Run:
    """`minimize ARGV` in this process, with MINIMIZE_KEY set to `key` (unset when None)."""
    argv = [str(a) for a in argv]
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as env:
        if key is None:
            env.delenv("MINIMIZE_KEY", raising=False)
        else:
            env.setenv("MINIMIZE_KEY", key)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(argv)
            except SystemExit as exc:  # argparse errors
                code = exc.code if isinstance(exc.code, int) else 1
    return Run(argv, code, out.getvalue(), err.getvalue(), _output_of(argv))


def run_process(argv: Sequence[Any], key: str | None = KEY, timeout: float = 300, cwd: Path = ROOT) -> Run:
    """The installed console script `minimize ARGV` as its own process; a hang fails after `timeout`."""
    argv = [str(a) for a in argv]
    env = {k: v for k, v in os.environ.items() if k != "MINIMIZE_KEY"}
    if key is not None:
        env["MINIMIZE_KEY"] = key
    done = subprocess.run(
        [str(CONSOLE_SCRIPT), *argv], check=False, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )
    return Run(argv, done.returncode, done.stdout, done.stderr, _output_of(argv))


def assert_one_line_error(run: Run, code: int = 2) -> str:
    """The run failed with exit `code` and exactly one human line on stderr; returns it."""
    lines = run.stderr.strip().splitlines()
    assert run.code == code, f"exit {run.code}, stderr:\n{run.stderr}"
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}:\n{run.stderr}"
    assert lines[0].startswith("minimize: error: ")
    assert "Traceback" not in run.stderr
    return lines[0]


def assert_run_layout(output: Path) -> None:
    """The contract's folders and summary, plus at most the documented additions."""
    names = {p.name for p in output.iterdir()}
    assert RUN_LAYOUT <= names, f"missing: {sorted(RUN_LAYOUT - names)}"
    assert names - RUN_LAYOUT <= OUTPUT_ADDITIONS, f"unexpected: {sorted(names - RUN_LAYOUT - OUTPUT_ADDITIONS)}"
    assert all((output / name).is_dir() for name in ("data", "audit", "rejected"))


def assert_nothing_published(parent: Path, allowed: Sequence[str] = ()) -> None:
    """`parent` holds no output folder and no `.NAME.incomplete-*` leftover."""
    assert sorted(p.name for p in parent.iterdir()) == sorted(allowed)


# -- reading outputs -----------------------------------------------------------------


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def jsonl_lines(folder: Path) -> list[str]:
    lines = []
    for path in files_under(folder):
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in files_under(folder)}


def input_records(path: Path) -> dict[str, dict]:
    """The readable records of a JSONL sample, by id."""
    out = {}
    for line in path.read_bytes().splitlines():
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict) and "id" in data:
            out[data["id"]] = data
    return out


MISSING = object()
_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def value_at(data: Any, path: str) -> Any:
    """The value a concrete field path (`contact.email`, `tags[2]`) names, or MISSING."""
    for key, index in _PATH_PART.findall(path):
        if key:
            if not isinstance(data, dict) or key not in data:
                return MISSING
            data = data[key]
        else:
            if not isinstance(data, list) or int(index) >= len(data):
                return MISSING
            data = data[int(index)]
    return data


# -- shared runs (one per session) ------------------------------------------------------


def _out(tmp_path_factory, name: str) -> Path:
    return tmp_path_factory.mktemp(name) / "out"


@pytest.fixture(scope="session")
def customers_run(tmp_path_factory) -> Run:
    """The customers_lake job over the JSONL sample (DirectRunner)."""
    out = _out(tmp_path_factory, "customers")
    return run_cli(["run", CUSTOMERS_JOB, "--input", SAMPLES / "customers.jsonl", "--output", out])


@pytest.fixture(scope="session")
def customers_rerun(tmp_path_factory) -> Run:
    """The same job and key again, over a non-empty output folder with --overwrite."""
    out = _out(tmp_path_factory, "customers_rerun")
    out.mkdir()
    (out / "stale.txt").write_text("from an older run\n")
    return run_cli(["run", CUSTOMERS_JOB, "--input", SAMPLES / "customers.jsonl", "--output", out, "--overwrite"])


@pytest.fixture(scope="session")
def customers_other_key_run(tmp_path_factory) -> Run:
    out = _out(tmp_path_factory, "customers_other_key")
    return run_cli(
        ["run", CUSTOMERS_JOB, "--input", SAMPLES / "customers.jsonl", "--output", out], key=OTHER_KEY
    )


@pytest.fixture(scope="session")
def malformed_run(tmp_path_factory) -> Run:
    """customers_malformed.jsonl: lines 4, 7 and 11 are bad, 9 is blank, 10 has no id."""
    out = _out(tmp_path_factory, "malformed")
    return run_cli(["run", CUSTOMERS_JOB, "--input", SAMPLES / "customers_malformed.jsonl", "--output", out])


@pytest.fixture(scope="session")
def csv_run(tmp_path_factory) -> Run:
    out = _out(tmp_path_factory, "csv")
    return run_cli(["run", CUSTOMERS_JOB, "--input", SAMPLES / "customers.csv", "--output", out])


@pytest.fixture(scope="session")
def parquet_run(tmp_path_factory) -> Run:
    out = _out(tmp_path_factory, "parquet")
    return run_cli(["run", CUSTOMERS_JOB, "--input", SAMPLES / "customers.parquet", "--output", out])


@pytest.fixture(scope="session")
def csv_to_jsonl_run(tmp_path_factory) -> Run:
    out = _out(tmp_path_factory, "csv_to_jsonl")
    return run_cli(
        ["run", CUSTOMERS_JOB, "--input", SAMPLES / "customers.csv", "--output", out, "--output-format", "jsonl"]
    )


@pytest.fixture(scope="session")
def scan_default_run(tmp_path_factory) -> Run:
    """`scan` without --policy over the customers sample (nested fields, lists)."""
    out = _out(tmp_path_factory, "scan_default")
    return run_cli(["scan", "--input", SAMPLES / "customers.jsonl", "--output", out])


@pytest.fixture(scope="session")
def scan_policy_run(tmp_path_factory) -> Run:
    """`scan` with the training-corpus policy over the support tickets."""
    out = _out(tmp_path_factory, "scan_policy")
    return run_cli(["scan", "--input", SAMPLES / "tickets.jsonl", "--output", out, "--policy", TRAINING_POLICY])


def data_rows(output: Path) -> list[dict]:
    """Every record under `output/data/`, whatever its format (CSV values stay strings)."""
    import csv

    import pyarrow.parquet as pq

    rows: list[dict] = []
    for path in files_under(output / "data"):
        if path.suffix == ".jsonl":
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        elif path.suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as f:
                rows += list(csv.DictReader(f))
        elif path.suffix == ".parquet":
            rows += pq.read_table(path).to_pylist()
        else:
            raise AssertionError(f"unexpected file in data/: {path.name}")
    return rows

"""One run of the demo customer job per test session, shared by the report and audit tests.

It runs exactly what `make demo` runs (pipelines/customers_lake.yaml, same
relative paths) inside a temporary folder, so the report reads as the demo's.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from minimize.keys import SecretKey

ROOT = Path(__file__).resolve().parents[1]
KEY_TEXT = "test-key-for-the-demo-run-0123456789abcdef"
KEY = SecretKey(KEY_TEXT.encode(), "env:MINIMIZE_KEY")
_RUNS: dict[str, Path] = {}


def customers_run(tmp_path_factory) -> Path:
    """The output folder of the demo customer job (run once, then cached)."""
    if "customers" not in _RUNS:
        from minimize.beam.pipeline import run
        from minimize.job import load_job

        work = tmp_path_factory.mktemp("demo")
        shutil.copytree(ROOT / "pipelines", work / "pipelines")
        (work / "sample_data").mkdir()
        shutil.copy(ROOT / "sample_data" / "customers.jsonl", work / "sample_data")
        old_cwd, old_key = os.getcwd(), os.environ.get("MINIMIZE_KEY")
        os.chdir(work)
        os.environ["MINIMIZE_KEY"] = KEY_TEXT
        try:
            _, job = load_job("pipelines/customers_lake.yaml")
            run(job)
        finally:
            os.chdir(old_cwd)
            if old_key is None:
                os.environ.pop("MINIMIZE_KEY", None)
            else:
                os.environ["MINIMIZE_KEY"] = old_key
        _RUNS["customers"] = work / "out" / "customers_lake"
    return _RUNS["customers"]


def customers() -> list[dict]:
    with open(ROOT / "sample_data" / "customers.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]

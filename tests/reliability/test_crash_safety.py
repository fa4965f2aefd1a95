"""Crash safety: a job killed at any moment (SIGKILL: no handler, no cleanup) never
leaves a folder that looks complete, and the next run of the same output cleans
what it left and produces the full, correct output.

On a local disk a job writes into a hidden sibling `.NAME.incomplete-PID-*` and
renames it to NAME at the end; an older NAME being replaced is renamed away
first, not deleted in place. The next `run` of NAME deletes the
`.NAME.incomplete-*` siblings whose process is gone, and nothing else.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from beam.conftest import CONSOLE_SCRIPT, KEY, ROOT, tree_bytes

from minimize.beam.output import remove_stale_work

from .conftest import assert_accounted, data_rows, write_policy

# -- which leftovers the next run removes ----------------------------------------------------------


def _dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid  # exited and reaped: no process has this id now (for a while)


@pytest.mark.parametrize(
    "name, removed",
    [
        (".out.incomplete-{dead}-1a2b3c4d", True),  # a killed job's folder
        (".out.incomplete-{dead}-1a2b3c4d.replaced", True),  # the old output a killed job was replacing
        (".out.incomplete-1a2b3c4d", True),  # the older naming, without a process id
        (".out.incomplete-{live}-1a2b3c4d", False),  # a job still running (this process)
        (".out.incomplete-99999999-1a2b3c4d", True),  # a process id above the largest the kernel hands out
        (".other.incomplete-{dead}-1a2b3c4d", False),  # another output's leftovers
        (".out.incomplete", False),  # not the pattern: no dash
        ("out.incomplete-{dead}-1a2b3c4d", False),  # not hidden
        (".outer.incomplete-{dead}-1a2b3c4d", False),  # a name that only starts the same
        ("out", False),  # the output itself
    ],
)
def test_when_a_run_starts_then_only_dead_incomplete_siblings_of_its_output_are_removed(tmp_path, name, removed):
    name = name.format(dead=_dead_pid(), live=os.getpid())
    (tmp_path / name).mkdir()
    (tmp_path / name / "part.jsonl").write_text("{}\n")
    remove_stale_work(str(tmp_path / "out"))
    assert (tmp_path / name).exists() is not removed


# -- SIGKILL halfway --------------------------------------------------------------------------------

RECORDS = 6_000


def _input(folder: Path) -> Path:
    path = folder / "big.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(RECORDS):
            f.write(json.dumps({"id": f"r-{i}", "notes": f"Customer {i} wrote from user{i}@example.com; "
                                                          f"call 212-555-{i % 10_000:04d}."}) + "\n")  # fmt: skip
    return path


def _argv(policy: Path, source: Path, output: Path, *extra: str) -> list[str]:
    return [str(CONSOLE_SCRIPT), "run", "--policy", str(policy), "--input", str(source), "--output", str(output),
            "--no-report", *extra]  # fmt: skip


def _env() -> dict:
    # PYTHONFAULTHANDLER: a job that hangs prints every thread's stack when aborted (see _run)
    return {**{k: v for k, v in os.environ.items() if k != "MINIMIZE_KEY"}, "MINIMIZE_KEY": KEY, "PYTHONFAULTHANDLER": "1"}


def _run(argv: list[str], timeout: float = 300) -> None:
    process = subprocess.Popen(argv, env=_env(), cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGABRT)  # faulthandler dumps the stacks, then the process ends
        _, stderr = process.communicate()
        pytest.fail(f"the job hung for {timeout} s; its threads:\n{stderr[-6000:]}")
    assert process.returncode == 0, stderr


def _kill_halfway(argv: list[str], parent: Path, name: str) -> None:
    """Start the job, wait until it has worked a few seconds in its hidden folder, SIGKILL it."""
    process = subprocess.Popen(argv, env=_env(), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not list(parent.glob(f".{name}.incomplete-*")):
            assert process.poll() is None, "the job ended before it could be killed"
            assert time.monotonic() < deadline, "the job never started writing"
            time.sleep(0.05)
        time.sleep(3)  # well into the pipeline: the whole job takes ~10 s
        assert process.poll() is None, "the job finished before it could be killed: give it more input"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()


@pytest.mark.slow
def test_when_a_job_is_killed_halfway_then_nothing_looks_complete_and_a_rerun_is_complete(tmp_path):
    policy = write_policy(tmp_path / "conf")
    source = _input(tmp_path)
    reference = tmp_path / "reference"
    _run(_argv(policy, source, reference / "out"))
    expected = sorted(data_rows(reference / "out"), key=lambda row: row["id"])

    parent = tmp_path / "outputs"
    parent.mkdir()
    _kill_halfway(_argv(policy, source, parent / "out"), parent, "out")
    left = sorted(p.name for p in parent.iterdir())
    assert "out" not in left  # no folder that looks complete
    assert left and all(name.startswith(".out.incomplete-") for name in left)  # only the hidden work folder

    _run(_argv(policy, source, parent / "out"))
    assert sorted(p.name for p in parent.iterdir()) == ["out"]  # the killed job's folder was cleaned
    summary = assert_accounted(parent / "out")
    assert (summary["records_in"], summary["records_out"]) == (RECORDS, RECORDS)
    assert sorted(data_rows(parent / "out"), key=lambda row: row["id"]) == expected
    assert tree_bytes(parent / "out" / "data") == tree_bytes(reference / "out" / "data")


@pytest.mark.slow
def test_when_a_job_replacing_an_output_is_killed_then_the_old_output_is_intact(tmp_path):
    policy = write_policy(tmp_path / "conf")
    source = _input(tmp_path)
    parent = tmp_path / "outputs"
    _run(_argv(policy, source, parent / "out"))
    before = tree_bytes(parent / "out")

    _kill_halfway(_argv(policy, source, parent / "out", "--overwrite"), parent, "out")
    assert tree_bytes(parent / "out") == before  # the complete old output, untouched
    assert all(p.name == "out" or p.name.startswith(".out.incomplete-") for p in parent.iterdir())

    _run(_argv(policy, source, parent / "out", "--overwrite"))
    assert sorted(p.name for p in parent.iterdir()) == ["out"]
    assert_accounted(parent / "out")
    after = tree_bytes(parent / "out")
    assert {k: v for k, v in after.items() if k.startswith("data/")} == {k: v for k, v in before.items() if k.startswith("data/")}

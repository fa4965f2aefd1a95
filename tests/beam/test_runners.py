"""Runners other than the embedded single-process default, through the console script:
DirectRunner with worker processes, and the portable runner with an external SDK
worker pool (the way Flink, Spark and Dataflow run Python code). Slow: each test
starts processes and runs a whole job."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import (
    CUSTOMERS_JOB,
    KEY,
    SAMPLES,
    data_rows,
    run_process,
)

pytestmark = pytest.mark.slow

RUN_TIMEOUT = 300  # seconds: a hung runner fails the test instead of blocking CI


def test_when_run_with_two_workers_then_both_process_records_and_all_are_accounted_for(tmp_path):
    customers = [json.loads(line) for line in (SAMPLES / "customers.jsonl").read_text(encoding="utf-8").splitlines()]
    source = tmp_path / "lake" / "customers.jsonl"
    source.parent.mkdir()
    ids = [f"g-{i}" for i in range(3000)]
    lines = [json.dumps({**customers[i % len(customers)], "id": rid}) for i, rid in enumerate(ids)]
    lines[1000:1000] = ['{"id": "bad-1", "full_name": "Berta Ramos",']  # invalid JSON at line 1001
    lines[2000:2000] = ['["bad-2", "Daniel Wood"]']  # an array at line 2001
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")

    run = run_process(["run", CUSTOMERS_JOB, "--input", source, "--output", tmp_path / "out", "--workers", "2"],
                      timeout=RUN_TIMEOUT).ok()

    summary = run.summary
    assert summary["engine_processes"] == 2
    assert (summary["records_in"], summary["records_out"], summary["records_rejected"]) == (3002, 3000, 2)
    assert summary["records_in"] == summary["records_out"] + summary["records_rejected"] + summary["records_suppressed"]
    out_ids = [row["id"] for row in data_rows(run.output)]
    assert sorted(out_ids) == sorted(ids)  # each record once
    assert sorted(e["position"] for e in run.dicts("rejected")) == [1001, 2001]
    assert {e["record_id"] for e in run.dicts("audit")} == set(ids)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, process: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the worker pool exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with socket.create_connection(("localhost", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"the worker pool did not listen on port {port} within {timeout} s:\n{log.read_text(errors='replace')}")


@pytest.fixture
def worker_pool(request, tmp_path) -> str:
    """An external SDK worker pool as its own process; yields its `host:port`.

    The pool starts workers with `python` from PATH, so the venv's bin comes first;
    the workers read the secret key from their own environment.
    """
    port = _free_port()
    log = tmp_path / "worker_pool.log"
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}", "MINIMIZE_KEY": KEY}
    with log.open("wb") as out:
        pool = subprocess.Popen(
            [sys.executable, "-m", "apache_beam.runners.worker.worker_pool_main", "--service_port", str(port)],
            env=env, stdout=out, stderr=subprocess.STDOUT,
        )

    def stop():
        pool.terminate()
        try:
            pool.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pool.kill()
            pool.wait(timeout=10)

    request.addfinalizer(stop)
    _wait_for_port(port, pool, log)
    return f"localhost:{port}"


def test_when_run_on_the_portable_runner_then_outputs_equal_the_direct_runner(tmp_path, worker_pool, customers_run):
    run = run_process(
        ["run", CUSTOMERS_JOB, "--input", SAMPLES / "customers.jsonl", "--output", tmp_path / "out",
         "--runner", "PortableRunner", "--job_endpoint", "embed",
         "--environment_type", "EXTERNAL", "--environment_config", worker_pool],
        timeout=RUN_TIMEOUT,
    ).ok()
    direct = customers_run.ok()
    assert run.summary["runner"] == "PortableRunner"
    for folder in ("data", "audit", "rejected"):
        assert sorted(run.lines(folder)) == sorted(direct.lines(folder)), folder
    for name in ("records_in", "records_out", "records_rejected", "records_suppressed", "findings", "operators"):
        assert run.summary[name] == direct.summary[name], name

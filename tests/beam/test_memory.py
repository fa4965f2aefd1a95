"""Bounded memory on the local runner: nothing that grows with the input waits between two stages.

Beam's FnApiRunner (what DirectRunner runs here) keeps whatever crosses from one
stage to the next in its own buffers until the producing stage has read its whole
input, for example every element of a multi-input Flatten. These tests watch
those buffers: what lands in them must not grow with the number of records.
"""
from __future__ import annotations

import json

import pytest

from tests.beam.conftest import run_cli

POLICY = """
mode: strict
fields:
  id: {action: keep}
  name: {action: hash}
"""


@pytest.fixture
def stage_buffers(monkeypatch) -> list[int]:
    """Sizes (bytes) of every chunk the runner buffers between stages during the test."""
    from apache_beam.runners.portability.fn_api_runner import execution

    sizes: list[int] = []
    append = execution.ListBuffer.append

    def watched(self, element):
        sizes.append(len(element))
        return append(self, element)

    monkeypatch.setattr(execution.ListBuffer, "append", watched)
    return sizes


def test_when_many_records_pass_or_are_rejected_then_none_waits_between_stages(tmp_path, stage_buffers):
    data = tmp_path / "in.jsonl"
    with data.open("w", encoding="utf-8") as f:
        for i in range(4000):
            f.write('{"id": "c-%d", "name": broken}\n' % i if i % 2 else json.dumps({"id": f"c-{i}", "name": "Ana"}) + "\n")
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    run = run_cli(["run", "--policy", policy, "--input", data, "--output", tmp_path / "out"]).ok()
    assert (run.summary["records_out"], run.summary["records_rejected"]) == (2000, 2000)
    assert len(run.lines("rejected")) == 2000
    # before: every rejected entry and a Summary per rejected line and per batch waited
    # behind the two Flattens (380 KB and 698 KB here, linear in the input); now < 0.5 KB
    assert max(stage_buffers) < 20_000

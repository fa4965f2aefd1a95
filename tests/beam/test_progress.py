"""Progress lines: only when asked for (a terminal), counts and rates only."""
from __future__ import annotations

from minimize.beam import progress


def test_when_progress_is_off_then_nothing_is_printed(monkeypatch, capsys):
    monkeypatch.delenv(progress.ENV, raising=False)
    meter = progress.Progress()
    meter.last -= 10
    meter.add(500)
    assert capsys.readouterr().err == ""


def test_when_progress_is_on_then_records_rate_and_elapsed_are_printed(monkeypatch, capsys):
    monkeypatch.setenv(progress.ENV, "1")
    meter = progress.Progress()
    meter.started -= 10
    meter.last -= 10
    meter.add(1_000)
    line = capsys.readouterr().err
    assert "1,000 records" in line and "rec/s" in line and line.endswith(" s\n")

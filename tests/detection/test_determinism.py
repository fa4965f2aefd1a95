"""Detection is a function of the text alone: the same spans in every process and batch.

`minimize run` promises byte-identical output for the same key and input. Presidio
hands the recognizers of a request over in set order (memory addresses, so different
in each process), and when two recognizers report the same entity, span and score
the first one is credited; refine() reads that recognizer. These texts are ones
whose spans changed between two runs before the registry kept its own order.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from presidio_analyzer import PatternRecognizer
from presidio_analyzer.recognizer_registry import RecognizerRegistry

from minimize.detection.presidio import _OrderedRegistry

ROOT = Path(__file__).resolve().parents[2]
IDS = (
    "email-024", "chat-025", "chat-039", "clinical-014", "ticket-006", "ticket-044", "cv-027",
    "prose-002", "prose-005", "holdout-009", "holdout-013", "holdout-034", "holdout-037",
)


def _sample() -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "tests/data/handwritten.jsonl").read_text().splitlines()]
    texts = {row["id"]: row["text"] for row in rows}
    return [texts[i] for i in IDS]


def _plain(spans) -> list[list[list]]:
    return [[[s.entity_type, s.start, s.end, s.score, s.recognizer] for s in found] for found in spans]


class _Hashed(PatternRecognizer):
    """A recognizer with a chosen hash, so a set of them iterates in a known order."""

    def __init__(self, name: str, hash_value: int) -> None:
        super().__init__(supported_entity="THING", name=name, deny_list=[name])
        self._hash = hash_value

    def __hash__(self) -> int:
        return self._hash


def test_when_set_order_differs_from_registry_order_then_recognizers_come_in_registry_order():
    registry = _OrderedRegistry(supported_languages=["en"])
    names = [f"r{i}" for i in range(6)]
    for i, name in enumerate(names):
        registry.add_recognizer(_Hashed(name, hash_value=len(names) - i))  # set order: reversed
    unordered = RecognizerRegistry.get_recognizers(registry, language="en", entities=["THING"])
    assert [r.name for r in unordered] != names  # Presidio's own order is not the registry's
    ordered = registry.get_recognizers(language="en", entities=["THING"])
    assert [r.name for r in ordered] == names


def test_when_presidio_returns_recognizers_in_another_order_then_same_spans(detector, monkeypatch):
    texts = _sample()
    before = detector.detect(texts)
    presidio_order = RecognizerRegistry.get_recognizers
    monkeypatch.setattr(  # what another process's set order can look like
        RecognizerRegistry, "get_recognizers", lambda self, *a, **k: presidio_order(self, *a, **k)[::-1]
    )
    assert detector.detect(texts) == before


def test_when_batch_order_or_company_changes_then_same_spans(detector):
    texts = _sample()
    alone = [detector.detect([text])[0] for text in texts]
    assert detector.detect(texts) == alone
    assert detector.detect(texts[::-1])[::-1] == alone
    mixed = detector.detect([x for text in texts for x in (text, "Call Ana Ruiz in Lisbon.")])
    assert mixed[::2] == alone
    assert sum(map(len, alone)) > 30


def test_when_another_process_with_another_hash_seed_detects_then_same_spans(detector):
    script = (
        "import json, sys\n"
        "from minimize.detection import DetectionConfig, build_detector\n"
        "texts = json.load(sys.stdin)\n"
        "spans = build_detector(DetectionConfig(packs=('recognizers/core.yaml',))).detect(texts)\n"
        "print(json.dumps([[[s.entity_type, s.start, s.end, s.score, s.recognizer] for s in f] for f in spans]))\n"
    )
    texts = _sample()
    expected = _plain(detector.detect(texts))
    for seed in ("1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script], input=json.dumps(texts), capture_output=True, text=True,
            cwd=ROOT, env=env, timeout=120, check=True,
        )
        assert json.loads(done.stdout) == expected

"""Hostile recognizer packs and policies: nothing in them may hang a job, and every
mistake fails at start-up in one line that names where it is.

A pack regex that backtracks catastrophically (`(a+)+$`, `(a|a)*`) is refused
when the pack is read (minimize/detection/regex_guard.py); one the linter
cannot judge is bounded by a time budget per text, past which the record is
rejected (never passed unscanned, as Presidio's own timeout would). Policy
shape errors are tested at the compiler in tests/policy; here they go through
`minimize run`, with the ones the compiler tests leave out.
"""
from __future__ import annotations

import resource
from pathlib import Path

import pytest
import yaml
from beam.conftest import assert_nothing_published, assert_one_line_error

from minimize.detection import DetectionConfig, Detector, regex_guard
from minimize.detection.packs import read_pack
from minimize.engine import Engine
from minimize.errors import DetectionError
from minimize.policy import compile_policy
from minimize.types import Record

from .conftest import ROOT, assert_accounted, data_rows, rejected, run_cli, write_policy


def cpu_seconds() -> float:
    """CPU time of this process and of the children it waited for: a runaway regex burns CPU, while wall
    time also counts what other jobs on a shared CI machine take from us."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

# -- the linter ----------------------------------------------------------------------------------

CATASTROPHIC = [
    r"(a+)+$",  # the textbook case: a quantifier inside a quantifier
    r"(a*)*",  # ... of stars
    r"(a|a)*",  # alternatives that match the same text
    r"(a|ab)*",  # ... that start alike
    r"(?:a|aa)+$",  # ... one a prefix of the other
    r"(\d|\w)+",  # ... through classes that overlap
    r"(\w+\.?)+@",  # an optional separator does not separate
    r"(a{1,3})+",  # a bounded but variable inner count
    r"((a+)b?)+",  # the inner quantifier nested in another group
    r"^(\w+\s?)*$",  # the classic word-list ReDoS
    r"(x+x+)+y",  # two quantifiers over the same characters
    r"(.*a){12}",  # a large outer count is as bad as unbounded
    r"(\p{L}+)+$",  # regex-module classes are read as \w
    r"(?P<n>\d|\d\d){1,50}",  # a named group under a large count
]
SAFE = [
    r"a+",  # one quantifier
    r"(ab)+",  # a fixed-width group
    r"(\w+\s)+",  # a mandatory separator the inner part cannot match
    r"(?:\d{3}[- ]?)+",  # fixed counts inside
    r"(?:[a-z]+\.)+[a-z]+",  # a domain name
    r"(?:a+){2}",  # a small outer count
    r"(a|b)+",  # alternatives that never start alike
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)*",  # capitalised words
    r"(?:Mr|Mrs|Ms)\.? [A-Z]\w+",  # alternatives without a quantifier
    r"(?>a+)+",  # an atomic group cannot be backtracked into
    r"(?:a++)+",  # nor can a possessive quantifier
    r"[(|]+",  # parentheses and bars inside a class are characters
    r"\b(?-i:[A-Z]{1,2}\d[A-Z\d]?) ?\d[A-Z]{2}\b",  # a UK postcode, scoped flags
]


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_when_a_pattern_can_backtrack_catastrophically_then_the_linter_says_why(pattern):
    assert regex_guard.lint(pattern)


@pytest.mark.parametrize("pattern", SAFE)
def test_when_a_pattern_is_safe_then_the_linter_lets_it_pass(pattern):
    assert regex_guard.lint(pattern) is None


def test_when_the_shipped_and_presidio_patterns_are_linted_then_none_is_refused():
    from presidio_analyzer import RecognizerRegistry

    core = yaml.safe_load((ROOT / "recognizers" / "core.yaml").read_text(encoding="utf-8"))
    patterns = [p["regex"] for entry in core["recognizers"] for p in entry.get("patterns") or []]
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en", "es", "it", "pl"])
    patterns += [p.regex for r in registry.recognizers for p in getattr(r, "patterns", None) or []]
    assert len(patterns) > 100
    assert [p for p in patterns if regex_guard.lint(p)] == []


# -- a hostile pack ----------------------------------------------------------------------------------


def hostile_pack(folder: Path, regex: str = "(a+)+$") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hostile.yaml"
    path.write_text(yaml.safe_dump({"recognizers": [{
        "name": "HostileRecognizer", "supported_entity": "HOSTILE_ID", "supported_language": "en",
        "patterns": [{"name": "hostile_pattern", "regex": regex, "score": 0.9}],
    }]}))  # fmt: skip
    return path


def test_when_a_pack_holds_a_catastrophic_regex_then_reading_it_names_pack_recognizer_and_pattern(tmp_path):
    pack = hostile_pack(tmp_path)
    with pytest.raises(DetectionError) as err:
        read_pack(pack)
    message = str(err.value)
    for part in (str(pack), "HostileRecognizer", "hostile_pattern", "(a+)+$", "backtrack catastrophically"):
        assert part in message
    assert "\n" not in message


def test_when_a_job_names_a_hostile_pack_then_it_fails_at_start_up_in_one_line(tmp_path):
    pack = hostile_pack(tmp_path / "packs")
    policy = write_policy(tmp_path / "conf", (
        f"version: 1\nmode: standard\ndetection:\n  entities: [HOSTILE_ID]\n  packs: [{pack}]\n"))  # fmt: skip
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "h-1", "notes": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"}\n')
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    started = cpu_seconds()
    run = run_cli(["run", "--policy", policy, "--input", source, "--output", outputs / "out"])
    line = assert_one_line_error(run)
    assert "HostileRecognizer" in line and "hostile_pattern" in line
    assert_nothing_published(outputs)
    assert cpu_seconds() - started < 5  # refused before any pipeline starts


@pytest.fixture
def unlinted(monkeypatch):
    """The linter off and a short budget: a catastrophic pattern reaches detection."""
    monkeypatch.setattr(regex_guard, "lint", lambda pattern: None)
    monkeypatch.setattr(regex_guard, "BUDGET_SECONDS", 0.3)


def test_when_a_pattern_runs_past_its_budget_then_the_record_is_rejected_not_passed(tmp_path, key, unlinted):
    pack = hostile_pack(tmp_path, "(a|a)*$")  # catastrophic in the `regex` module too
    detector = Detector.build(DetectionConfig(entities=("HOSTILE_ID", "EMAIL_ADDRESS"), packs=(str(pack),)))
    policy = compile_policy({"mode": "strict", "fields": {"id": {"action": "keep"}, "notes": {"action": "scan"}},
                             "entities": {"DEFAULT": {"action": "placeholder"}}})  # fmt: skip
    records = [
        Record("slow", {"id": "slow", "notes": "a" * 40 + "!"}, "in.jsonl", 1),
        Record("fine", {"id": "fine", "notes": "mail ana@example.com"}, "in.jsonl", 2),
    ]
    started = cpu_seconds()
    result = Engine(policy, key, detector=detector).minimize(records)
    assert cpu_seconds() - started < 5  # the batch (0.3 s), then the culprit alone (0.3 s)
    assert [(r.record_id, d["notes"]) for r, d in result.records] == [("fine", "mail <EMAIL_ADDRESS_1>")]
    [failure] = result.failures
    assert (failure.record_id, failure.stage) == ("slow", "detect")
    assert "RegexTimeout" in failure.error and "HostileRecognizer" in failure.error and "hostile_pattern" in failure.error
    assert "aaaa" not in failure.error


def test_when_a_job_meets_a_pattern_past_its_budget_then_it_finishes_and_rejects_that_record(tmp_path, unlinted):
    pack = hostile_pack(tmp_path / "packs", "(a|a)*$")
    policy = write_policy(tmp_path / "conf", (
        f"version: 1\nmode: standard\ndetection:\n  entities: [HOSTILE_ID, EMAIL_ADDRESS]\n  packs: [{pack}]\n"
        "entities:\n  DEFAULT: {action: placeholder}\n"))  # fmt: skip
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "slow", "notes": "' + "a" * 40 + '!"}\n{"id": "fine", "notes": "ana@example.com"}\n')
    run = run_cli(["run", "--policy", policy, "--input", source, "--output", tmp_path / "out", "--no-report"])
    summary = assert_accounted(run)
    assert (summary["records_out"], summary["records_rejected"]) == (1, 1)
    [entry] = rejected(tmp_path / "out")
    assert entry["record_id"] == "slow" and "ran longer than 0.3 s" in entry["error"]
    assert [row["notes"] for row in data_rows(tmp_path / "out")] == ["<EMAIL_ADDRESS_1>"]


# -- hostile policies, through the command line ---------------------------------------------------

BOMB = "\n".join(
    ["version: 1", "fields:", "  x:", "    action: keep", '    p1: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"    p{i}: &{chr(97 + i - 1)} [{', '.join([f'*{chr(97 + i - 2)}'] * 9)}]" for i in range(2, 9)]
    + ["entities:", "  PERSON: {action: keep, why: *g}"]
)  # 9^8 values once expanded

POLICIES = [
    # (id, policy text, words the one-line error must hold: the YAML path, and the fix)
    ("unknown-top-level-key", "version: 1\nmodes: strict\n", "modes: unknown key"),
    ("unknown-nested-key", "version: 1\ndetection:\n  modle: en_core_web_lg\n", "detection.modle: unknown key"),
    ("unknown-rule-key-typo", "version: 1\nfields:\n  zip: {action: generalize, keep_digit: 3}\n", "fields.zip"),
    ("wrong-type", "version: 1\nmin_k: five\n", "min_k"),
    ("wrong-type-list", "version: 1\nquasi_identifiers: zip\n", "quasi_identifiers"),
    ("unknown-entity-operator", "version: 1\nentities:\n  PERSON: {action: pseudonymise}\n", "entities.PERSON"),
    ("rule-not-a-mapping", "version: 1\nfields:\n  email: hash\n", "fields.email: a rule is a mapping"),
    ("policy-is-a-list", "- version: 1\n", "a policy is a mapping"),
    ("invalid-yaml", "version: 1\nfields: {email: [\n", "line"),
    ("chunk-size-too-large", "version: 1\ndetection:\n  chunk_size: 50000000\n", "detection.chunk_size"),
    ("alias-bomb", BOMB, "YAML aliases"),
]


@pytest.mark.parametrize("text, words", [c[1:] for c in POLICIES], ids=[c[0] for c in POLICIES])
def test_when_a_policy_is_hostile_then_run_fails_at_start_up_in_one_line(tmp_path, text, words):
    policy = write_policy(tmp_path / "conf", text)
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "p-1"}\n')
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    started = cpu_seconds()
    run = run_cli(["run", "--policy", policy, "--input", source, "--output", outputs / "out"])
    line = assert_one_line_error(run)
    assert words in line and "policy.yaml" in line
    assert len(line) < 400  # never an echo of a huge value
    assert_nothing_published(outputs)
    assert cpu_seconds() - started < 10

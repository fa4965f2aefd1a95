"""Re-identification risk: k-anonymity, l-diversity, and `min_k` suppression in the pipeline."""
from __future__ import annotations

import json
from pathlib import Path

import apache_beam as beam
import pytest
import yaml
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.util import assert_that, equal_to

from minimize.audit import Summary
from minimize.beam.pipeline import Job, local_runner, run
from minimize.beam.risk import MeasureRisk
from minimize.beam.transforms import MergeSummaries
from minimize.errors import PolicyError
from minimize.policy import compile_policy
from minimize.risk import RiskSettings, class_key, measure, settings

ROOT = Path(__file__).resolve().parents[1]
POLICY = ROOT / "pipelines" / "policies" / "customers.yaml"
KEY = "test-key-for-risk-0123456789abcdef0123456789"

PEOPLE = [
    {"zip": "941**", "year": "1980", "diagnosis": "flu"},
    {"zip": "941**", "year": "1980", "diagnosis": "cold"},
    {"zip": "941**", "year": "1980", "diagnosis": "flu"},
    {"zip": "787**", "year": "1975", "diagnosis": "flu"},
    {"zip": "787**", "year": "1975", "diagnosis": "flu"},
    {"zip": "021**", "year": "1990", "diagnosis": "asthma"},
]
QI = RiskSettings(("zip", "year"), min_k=None, sensitive_field="diagnosis")


def BeamPipeline() -> beam.Pipeline:  # noqa: N802 - used like TestPipeline
    """An in-process pipeline on Beam's FnApiRunner: DirectRunner would first try to download Prism."""
    options = PipelineOptions(["--direct_num_workers=1", "--direct_running_mode=in_memory"])
    return beam.Pipeline(runner=local_runner("DirectRunner", options), options=options)


def test_when_classes_differ_in_size_then_k_is_the_smallest_and_the_histogram_counts_them():
    figures = measure(PEOPLE, QI)
    assert figures["k"] == 1
    assert figures["classes"] == 3 and figures["records"] == 6
    assert figures["class_size_histogram"] == {"1": 1, "2": 1, "3": 1}


def test_when_a_class_has_one_sensitive_value_then_l_is_1():
    figures = measure(PEOPLE, QI)
    ld = figures["l_diversity"]
    # the 787** class is all "flu" and the 021** class has one member: both have l = 1
    assert ld["l"] == 1 and ld["sensitive_field"] == "diagnosis"
    assert ld["class_l_histogram"] == {"1": 2, "2": 1}


@pytest.mark.parametrize(
    "records, k",
    [
        ([{"zip": "1", "year": "2"}] * 4, 4),  # one class of four
        ([{"zip": "1"}, {"zip": "1", "year": None}], 2),  # a missing value and null are the same class
        ([{"zip": 1}, {"zip": "1"}], 1),  # the number 1 and the text "1" are different values
        ([], None),  # no records: no k
    ],
)
def test_when_records_are_grouped_then_k_follows_their_quasi_identifiers(records, k):
    assert measure(records, RiskSettings(("zip", "year")))["k"] == k


def test_when_figures_are_reported_then_no_quasi_identifier_value_is_in_them():
    text = json.dumps(measure(PEOPLE, QI))
    assert "941" not in text and "flu" not in text and "1980" not in text


@pytest.mark.parametrize(
    "policy, message",
    [
        ({"min_k": 5}, "min_k: needs quasi_identifiers"),  # nothing to count classes over
        ({"sensitive_field": "salary"}, "sensitive_field: needs quasi_identifiers"),
    ],
)
def test_when_the_policy_sets_min_k_without_quasi_identifiers_then_it_is_refused(policy, message):
    with pytest.raises(PolicyError, match=message):
        settings(compile_policy(policy).spec)


def test_when_the_policy_names_no_quasi_identifiers_then_risk_is_off():
    assert settings(compile_policy({}).spec) is None


def test_when_min_k_is_2_then_the_beam_step_drops_the_singleton_class_and_counts_it():
    pairs = [("src", p) for p in PEOPLE]
    with BeamPipeline() as p:
        result = p | beam.Create(pairs) | MeasureRisk(RiskSettings(("zip", "year"), min_k=2))
        assert_that(result.records, equal_to(pairs[:5]), label="kept")
        totals = result.summaries | beam.CombineGlobally(MergeSummaries()) | beam.Map(
            lambda s: (s.records_out, s.records_suppressed, dict(s.suppressed_by_rule), s.k_anonymity["k"],
                       s.k_anonymity["class_size_histogram"]))
        assert_that(totals, equal_to([(-1, 1, {"min_k": 1}, 2, {"2": 1, "3": 1})]), label="counted")


def test_when_only_quasi_identifiers_are_set_then_records_pass_untouched_and_k_is_measured():
    pairs = [("src", p) for p in PEOPLE]
    with BeamPipeline() as p:
        result = p | beam.Create(pairs) | MeasureRisk(RiskSettings(("zip", "year")))
        assert_that(result.records, equal_to(pairs), label="all")
        ks = result.summaries | beam.Map(lambda s: (s.records_suppressed, s.k_anonymity["k"]))
        assert_that(ks, equal_to([(0, 1)]), label="k")


def test_when_summaries_merge_then_k_anonymity_survives_and_is_only_reported_when_measured():
    total = Summary().merge(Summary(k_anonymity={"k": 3})).merge(Summary(records_in=2))
    assert total.to_dict()["k_anonymity"] == {"k": 3}
    assert "k_anonymity" not in Summary(records_in=1).to_dict()


@pytest.fixture(scope="module")
def suppressed_run(tmp_path_factory):
    """The customer job with min_k 2 over (zip, gender): some classes are singletons."""
    import os

    base = tmp_path_factory.mktemp("risk")
    policy = yaml.safe_load(POLICY.read_text())
    policy.update(quasi_identifiers=["zip", "gender"], min_k=2, sensitive_field="segment")
    policy["detection"]["packs"] = [str(ROOT / "recognizers" / "core.yaml")]
    (base / "policy.yaml").write_text(yaml.safe_dump(policy))
    old = os.environ.get("MINIMIZE_KEY")
    os.environ["MINIMIZE_KEY"] = KEY
    try:
        summary = run(Job(input=str(ROOT / "sample_data" / "customers.jsonl"), output=str(base / "out"),
                          policy_path=str(base / "policy.yaml"), report=False))
    finally:
        if old is None:
            os.environ.pop("MINIMIZE_KEY")
        else:
            os.environ["MINIMIZE_KEY"] = old
    return base / "out", summary


def test_when_min_k_suppresses_records_then_in_equals_out_plus_rejected_plus_suppressed(suppressed_run):
    out, summary = suppressed_run
    assert summary["records_suppressed"] > 0
    assert summary["suppressed_by_rule"] == {"min_k": summary["records_suppressed"]}
    assert summary["records_in"] == summary["records_out"] + summary["records_rejected"] + summary["records_suppressed"]
    written = sum(1 for p in (out / "data").rglob("*.jsonl") for line in p.read_text().splitlines() if line)
    assert written == summary["records_out"]


def test_when_min_k_suppresses_records_then_every_written_class_has_at_least_k(suppressed_run):
    out, summary = suppressed_run
    k = summary["k_anonymity"]
    assert k["k"] >= 2 and k["min_k"] == 2 and k["records_in_classes_below_min_k"] == 0
    assert k["records"] == summary["records_out"]
    assert "l_diversity" in k
    records = [json.loads(line) for p in (out / "data").rglob("*.jsonl") for line in p.read_text().splitlines()]
    sizes = {}
    for record in records:
        key = class_key(record, ("zip", "gender"))
        sizes[key] = sizes.get(key, 0) + 1
    assert min(sizes.values()) >= 2

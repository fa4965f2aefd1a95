"""`minimize verify`: residual PII and policy checks on a run's output."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import yaml

from minimize import cli
from minimize.commands import verify_folder
from minimize.policy import compile_policy
from minimize.verify import shape_ok
from tests.demo_runs import KEY_TEXT, customers, customers_run

ROOT = Path(__file__).resolve().parents[1]
POLICY = ROOT / "pipelines" / "policies" / "customers.yaml"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return customers_run(tmp_path_factory)


@pytest.fixture(scope="module")
def weak(tmp_path_factory) -> Path:
    """The customer job under a weakened policy: emails kept, in the field and in text."""
    from minimize.beam.pipeline import Job, run

    base = tmp_path_factory.mktemp("weak")
    policy = yaml.safe_load(POLICY.read_text())
    policy["fields"]["email"] = {"action": "keep"}
    policy["entities"]["EMAIL_ADDRESS"] = {"action": "keep"}
    policy["detection"]["packs"] = [str(ROOT / "recognizers" / "core.yaml")]
    (base / "weak.yaml").write_text(yaml.safe_dump(policy))
    old = os.environ.get("MINIMIZE_KEY")
    os.environ["MINIMIZE_KEY"] = KEY_TEXT
    try:
        run(Job(input=str(ROOT / "sample_data" / "customers.jsonl"), output=str(base / "out"),
                policy_path=str(base / "weak.yaml"), report=False))
    finally:
        os.environ.pop("MINIMIZE_KEY") if old is None else os.environ.__setitem__("MINIMIZE_KEY", old)
    return base / "out"


@pytest.fixture(scope="module")
def demo_report(demo):
    return verify_folder(str(demo))


def test_when_the_demo_output_is_verified_then_residual_pii_is_counted_per_field_and_entity(demo_report):
    report = demo_report.to_dict()
    assert report["records"] == 40
    assert report["residual_findings"] == sum(n for per in report["residual"].values() for n in per.values())
    # kept fields are reported apart (the policy chose to keep city), fakes apart again
    assert "city" in report["kept"]
    assert sum(report["synthetic"].get("notes", {}).values()) > 10
    assert report["violations"] == {}


def test_when_the_demo_output_is_verified_then_k_anonymity_is_reported(demo_report):
    k = demo_report.k_anonymity
    assert k["quasi_identifiers"] == ["zip", "date_of_birth", "gender"]
    assert k["k"] == 1 and k["records"] == 40  # 40 rows: every (zip3, birth year, gender) is unique
    assert "k-anonymity over zip, date_of_birth, gender: k = 1" in demo_report.text()


def test_when_the_report_is_printed_then_it_holds_no_value_from_the_data(demo, demo_report):
    printed = demo_report.text() + json.dumps(demo_report.to_dict())
    values = {str(v) for record in customers() for k, v in record.items()
              if k not in ("id", "city", "gender", "segment", "age") and isinstance(v, (str, int)) and len(str(v)) > 3}
    outputs = {str(v) for p in (demo / "data").rglob("*.jsonl") for line in p.read_text().splitlines()
               for k, v in json.loads(line).items() if k not in ("id", "city", "gender", "segment")}
    assert not [v for v in values | outputs if len(v) > 3 and v in printed]


def test_when_a_weakened_policy_kept_emails_then_verify_against_the_policy_exits_1(weak, capsys):
    assert cli.main(["verify", str(weak), "--policy", str(POLICY), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["passed"] is False
    assert report["violations"]["not_transformed"]["email"] == 40  # no audit event: the email was never changed
    assert report["residual"]["email"]["EMAIL_ADDRESS"] == 40
    assert any("another policy" in note for note in report["notes"])


def test_when_a_weakened_policy_is_verified_against_itself_then_count_kept_catches_it(weak, capsys):
    assert cli.main(["verify", str(weak), "--json"]) in (0, 1)  # its own policy.yaml: emails are `kept`
    own = json.loads(capsys.readouterr().out)
    assert own["kept"]["email"]["EMAIL_ADDRESS"] == 40
    assert cli.main(["verify", str(weak), "--count-kept", "--max-residual", "50"]) == 1
    assert "FAILED" in capsys.readouterr().out


def test_when_the_threshold_covers_the_residual_findings_then_verify_passes(demo, demo_report, capsys):
    allowed = demo_report.residual_total
    assert cli.main(["verify", str(demo), "--max-residual", str(allowed)]) == 0
    assert "PASSED" in capsys.readouterr().out
    if allowed:
        assert cli.main(["verify", str(demo), "--max-residual", str(allowed - 1)]) == 1


def test_when_a_dropped_field_and_an_unnamed_field_are_in_the_output_then_both_are_violations(demo, tmp_path):
    out = tmp_path / "tampered"
    shutil.copytree(demo, out)
    (part,) = (out / "data").rglob("*.jsonl")
    lines = [json.loads(line) for line in part.read_text().splitlines()]
    lines[0]["internal_score"] = 1  # strict mode drops fields the policy does not name
    lines[1]["customer_id"] = "not-a-hash"  # the hash rule's output is cust_ + 16 hex
    part.write_text("".join(json.dumps(r) + "\n" for r in lines))
    report = verify_folder(str(out))
    assert report.violations[("unnamed_field", "internal_score")] == 1
    assert report.violations[("shape:hash", "customer_id")] == 1
    assert not report.passed


def test_when_the_folder_has_no_summary_then_verify_refuses_it(demo, tmp_path, capsys):
    out = tmp_path / "incomplete"
    shutil.copytree(demo, out)
    (out / "summary.json").unlink()
    assert cli.main(["verify", str(out)]) == 2
    assert "summary.json" in capsys.readouterr().err


def test_when_the_folder_has_no_policy_then_verify_asks_for_one(demo, tmp_path, capsys):
    out = tmp_path / "nopolicy"
    shutil.copytree(demo, out)
    (out / "policy.yaml").unlink()
    assert cli.main(["verify", str(out)]) == 2
    assert "--policy" in capsys.readouterr().err


def _rule(**spec):
    return compile_policy({"fields": {"f": spec}}).fields["f"]


@pytest.mark.parametrize(
    "spec, value, ok",
    [
        ({"action": "hash", "length": 16, "prefix": "cust_"}, "cust_17ae97331c3af665", True),
        ({"action": "hash", "length": 16, "prefix": "cust_"}, "CUST-692743", False),  # the original id
        ({"action": "mask", "keep_last": 2}, "***-***-**67", True),
        ({"action": "mask", "keep_last": 2}, "555-123-4567", False),  # nothing masked
        ({"action": "generalize", "to": "year"}, "1985", True),
        ({"action": "generalize", "to": "year"}, "1985-03-12", False),  # a full date
        ({"action": "generalize", "keep_digits": 3}, "941**", True),
        ({"action": "generalize", "keep_digits": 3}, "94107", False),  # the whole zip
        ({"action": "generalize", "bins": [0, 18, 30]}, "18-29", True),
        ({"action": "generalize", "bins": [0, 18, 30]}, "23", True),  # a bin of one age is a number too
        ({"action": "placeholder"}, "<PERSON_1>", True),
        ({"action": "placeholder"}, "Ana", False),
        ({"action": "redact"}, "", True),
        ({"action": "noise", "epsilon": 1.0}, 4312.5, True),
        ({"action": "noise", "epsilon": 1.0}, "n/a", False),
        ({"action": "synthesize", "entity": "PERSON"}, "Anyone", True),  # a fake has no shape
    ],
)
def test_when_a_value_is_checked_then_its_shape_must_be_its_rules_output(spec, value, ok):
    assert shape_ok(_rule(**spec), value) is ok

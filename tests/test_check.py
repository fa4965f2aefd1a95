"""`minimize check`: the policy as a table, and warnings about weak choices."""
from __future__ import annotations

import pytest

from minimize.check import check_command, rows, warnings
from minimize.cli import main
from minimize.policy import compile_policy, load_policy


def warned(fields=None, entities=None) -> list[str]:
    return warnings(compile_policy({"fields": fields or {}, "entities": entities or {}}))


@pytest.mark.parametrize(
    "name, rule, expected",
    [
        ("email", {"action": "keep"}, "fields.email: 'keep' on a field whose name suggests PII ('email')"),
        ("contact.phone", {"action": "keep"}, "'keep' on a field whose name suggests PII ('phone')"),
        ("ssn", {"action": "keep"}, "('ssn')"),
        ("full_name", {"action": "keep"}, "('name')"),
        ("firstName", {"action": "keep"}, "('name')"),  # camelCase is split into words
        ("home_address", {"action": "keep"}, "('address')"),
        ("dob", {"action": "keep"}, "('dob')"),
        ("date_of_birth", {"action": "keep"}, "('birth')"),
    ],
)
def test_when_a_pii_named_field_is_kept_then_it_warns(name, rule, expected):
    [line] = warned({name: rule})
    assert expected in line


@pytest.mark.parametrize(
    "name",
    [
        "product_name",  # `name` of a thing, not a person
        "city",  # not a direct identifier
        "segment",
        "filename",  # one word, not `name`
        "channel",
    ],
)
def test_when_a_non_pii_field_is_kept_then_no_warning(name):
    assert warned({name: {"action": "keep"}}) == []


def test_when_a_zip_is_hashed_then_it_says_all_100000_can_be_tried_and_suggests_generalize():
    [line] = warned({"zip": {"action": "hash"}})
    assert line.startswith("fields.zip: 'hash' of a low-entropy value is trivially reversible")
    assert "100,000" in line
    assert "generalize" in line and "keep_digits: 3" in line


@pytest.mark.parametrize(
    "name, rule, fragment",
    [
        ("zip", {"action": "hash", "length": 8}, "100,000"),  # a shorter hash is no better
        ("postal_code", {"action": "hash"}, "100,000"),
        ("home_zip", {"action": "hash", "entity": "ZIP_CODE"}, "100,000"),
        ("date_of_birth", {"action": "hash"}, "to: year"),
        ("age", {"action": "hash"}, "bins"),
        ("gender", {"action": "hash"}, "a handful"),
        ("postcode_area", {"action": "hash", "entity": "ZIP_CODE"}, "generalize"),
    ],
)
def test_when_a_low_entropy_field_is_hashed_then_it_warns(name, rule, fragment):
    [line] = warned({name: rule})
    assert "trivially reversible" in line and fragment in line


def test_when_a_high_entropy_id_is_hashed_then_no_warning():
    assert warned({"customer_id": {"action": "hash", "length": 16}, "email": {"action": "hash"}}) == []


@pytest.mark.parametrize(
    "epsilon, warns",
    [
        (20, True),  # little noise
        (10.5, True),
        (10, False),  # the limit itself is allowed
        (1.0, False),
    ],
)
def test_when_noise_epsilon_is_above_10_then_it_warns(epsilon, warns):
    found = warned({"salary": {"action": "noise", "epsilon": epsilon, "sensitivity": 1000}})
    assert bool(found) is warns
    if warns:
        assert f"epsilon {epsilon:g} > 10 adds almost no protection" in found[0]


def test_when_an_entity_that_identifies_a_person_is_kept_then_it_warns_but_dates_do_not():
    found = warned(entities={"PERSON": {"action": "keep"}, "DATE_TIME": {"action": "keep"}})
    assert found == ["entities.PERSON: 'keep' leaves every PERSON found in text unchanged; "
                     "synthesize, placeholder or redact it"]


@pytest.mark.parametrize("path", ["pipelines/policies/customers.yaml", "pipelines/policies/training_corpus.yaml"])
def test_when_the_shipped_policies_are_checked_then_no_warning(path):
    assert warnings(load_policy(path)) == []


def test_when_a_policy_is_checked_then_the_table_has_field_action_parameters_entity_why(capsys):
    assert check_command("pipelines/policies/customers.yaml") == 0
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if line.startswith("field"))
    assert header.split() == ["field", "action", "parameters", "entity", "why"]
    customer_id = next(line for line in out.splitlines() if line.startswith("customer_id "))
    assert customer_id.split()[:4] == ["customer_id", "hash", "length=16,", "prefix=cust_"]
    phone = next(line for line in out.splitlines() if line.startswith("phone "))
    assert "keep_last=2" in phone and "char=" not in phone  # defaults are not repeated
    unnamed = next(line for line in out.splitlines() if line.startswith("(unnamed fields)"))
    assert unnamed.split()[2] == "drop"
    assert "warning" not in out


def test_when_the_policy_is_weak_then_check_prints_each_warning_and_exits_0(tmp_path, capsys):
    policy = tmp_path / "weak.yaml"
    policy.write_text(
        "fields:\n  email: {action: keep}\n  zip: {action: hash}\n"
        "  salary: {action: noise, epsilon: 50}\n"
    )
    assert main(["check", str(policy)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("warning: ")]
    assert [line.split(":")[1].strip() for line in lines] == ["fields.email", "fields.zip", "fields.salary"]


def test_when_rows_are_built_then_bins_read_as_a_list_and_entities_follow_fields():
    table = rows(load_policy("pipelines/policies/customers.yaml"))
    age = next(row for row in table if row[0] == "age")
    assert age[2] == "bins=[0, 18, 30, 45, 65, 120]"
    assert table[-1][0] == "entity DEFAULT"


def test_when_a_synth_job_spec_is_checked_then_it_lists_each_field_and_what_it_is_labeled_as(capsys):
    assert main(["check", "pipelines/synthetic_test_data.yaml"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("synth job synthetic_test_data: 100,000 rows, seed 7, jsonl")
    table = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line[:1].isalpha() and "  " in line}
    assert table["full_name"] == ["entity", "PERSON", "-"]
    assert table["date_of_birth"][:2] == ["date", "DATE_TIME"]
    assert table["contact.email"] == ["entity", "EMAIL_ADDRESS", "0.5"]
    assert table["tags[]"][0] == "categories"
    assert table["notes"][:2] == ["text", "(in"]


def test_when_a_synth_spec_has_a_mistake_then_check_names_the_key(tmp_path, capsys):
    spec = tmp_path / "synth.yaml"
    spec.write_text("name: t\nschema: ../../sample_data/synth_schema.yaml\nrows: -5\noutput: out/t\n")
    assert main(["check", str(spec)]) != 0
    err = capsys.readouterr().err
    assert "rows" in err and len(err.strip().splitlines()) == 1

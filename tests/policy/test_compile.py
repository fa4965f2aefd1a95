"""Policy compilation: every mistake is one line naming the YAML path and the fix."""
from __future__ import annotations

from pathlib import Path

import pytest

from minimize.errors import PolicyError
from minimize.policy import SCAN, compile_policy, load_policy
from minimize.policy.compile import MODE_THRESHOLDS

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHIPPED_POLICIES = sorted((PROJECT_ROOT / "pipelines" / "policies").glob("*.yaml"))

#: a small valid policy that the digest tests vary one rule at a time
BASE = {
    "version": 1,
    "mode": "strict",
    "fields": {
        "customer_id": {"action": "hash", "length": 16},
        "zip": {"action": "generalize", "keep_digits": 3},
        "notes": {"action": "scan"},
    },
    "entities": {"PERSON": {"action": "synthesize"}, "DEFAULT": {"action": "placeholder"}},
}


def compile_error(data, source: str = "<policy>") -> str:
    """The PolicyError message for `data`, checked to be a single line."""
    with pytest.raises(PolicyError) as info:
        compile_policy(data, source=source)
    message = str(info.value)
    assert "\n" not in message
    assert "Traceback" not in message
    return message


# -- one test per kind of mistake ----------------------------------------------------


@pytest.mark.parametrize(
    "data, path",
    [
        ({"modee": "strict"}, "modee"),  # a misspelt known key
        ({"field": {"a": {"action": "drop"}}}, "field"),  # singular of `fields`
        ({"rules": []}, "rules"),  # a key from another tool's format
    ],
)
def test_when_top_level_key_is_unknown_then_error_names_it_and_says_check_spelling(data, path):
    message = compile_error(data)
    assert message == (
        f"<policy>: {path}: unknown key (check the spelling; see the policy reference in README.md)"
    )


@pytest.mark.parametrize(
    "detection, path",
    [
        ({"langauge": "en"}, "detection.langauge"),  # typo of language
        ({"threshold": 0.5}, "detection.threshold"),  # the setting is score_threshold
        ({"pack": ["recognizers/core.yaml"]}, "detection.pack"),  # singular of packs
    ],
)
def test_when_detection_key_is_unknown_then_error_names_its_path(detection, path):
    message = compile_error({"detection": detection})
    assert message.startswith(f"<policy>: {path}: unknown key")
    assert "check the spelling" in message


@pytest.mark.parametrize(
    "data, path, fix",
    [
        ({"mode": 3}, "mode", "must be 'strict', 'standard' or 'permissive', got 3"),  # number for a word
        ({"min_k": "x"}, "min_k", "valid integer"),  # text for a number
        ({"fields": ["email"]}, "fields", "valid dictionary, got ['email']"),  # list for a mapping
        ({"detection": {"score_threshold": "high"}}, "detection.score_threshold", "valid number"),  # word for a number
        ({"detection": {"packs": "recognizers/core.yaml"}}, "detection.packs", "valid list"),  # string for a list
        ({"fields": {"cid": {"action": "hash", "length": "x"}}}, "fields.cid.length", "whole number from 8 to 64, got 'x'"),  # operator parameter of the wrong type
    ],
)
def test_when_value_has_wrong_type_then_error_names_path_and_expected_type(data, path, fix):
    message = compile_error(data)
    assert message.startswith(f"<policy>: {path}: ")
    assert fix in message


@pytest.mark.parametrize(
    "mode",
    [
        "lenient",  # not a mode at all
        "Strict",  # modes are lower case
        "",  # empty
    ],
)
def test_when_mode_is_not_one_of_the_three_then_error_lists_them(mode):
    message = compile_error({"mode": mode})
    assert message == f"<policy>: mode: must be 'strict', 'standard' or 'permissive', got {mode!r}"


@pytest.mark.parametrize(
    "where, action, hint",
    [
        ("fields.email", "maks", "did you mean 'mask'?"),  # one letter swapped
        ("fields.email", "hashh", "did you mean 'hash'?"),  # one letter too many
        ("entities.PERSON", "synthesise", "did you mean 'synthesize'?"),  # British spelling
        ("fields.email", "obliterate", None),  # nothing close: no hint, just the list
    ],
)
def test_when_operator_is_unknown_then_error_lists_known_ones_and_suggests_the_closest(where, action, hint):
    section, name = where.split(".")
    message = compile_error({section: {name: {"action": action}}})
    assert message.startswith(f"<policy>: {where}.action: unknown operator '{action}' (known: scan, ")
    for known in ("hash", "mask", "synthesize", "placeholder", "drop", "keep"):
        assert known in message
    if hint:
        assert message.endswith(hint)
    else:
        assert "did you mean" not in message


def test_when_operator_is_misspelt_then_message_is_exactly_the_documented_line():
    message = compile_error({"fields": {"email": {"action": "maks"}}})
    assert message == (
        "<policy>: fields.email.action: unknown operator 'maks' (known: scan, date_shift, drop, "
        "generalize, hash, keep, mask, noise, placeholder, redact, replace, synthesize); "
        "did you mean 'mask'?"
    )


@pytest.mark.parametrize(
    "section, name",
    [
        ("fields", "email"),  # a field rule with only an entity
        ("entities", "PERSON"),  # an entity rule with only a reason
    ],
)
def test_when_action_is_missing_then_error_names_the_action_path(section, name):
    rule = {"entity": "PERSON"} if section == "fields" else {"why": "names identify people"}
    message = compile_error({section: {name: rule}})
    assert message == f"<policy>: {section}.{name}.action: required (write {{action: NAME, ...}})"


@pytest.mark.parametrize(
    "rule, expected",
    [
        ({"action": "generalize", "keep_digits": 9}, "fields.zip.keep_digits: must be 1-5, got 9"),  # the documented example
        ({"action": "generalize", "keep_digits": 0}, "fields.zip.keep_digits: must be 1-5, got 0"),  # below the range
        ({"action": "hash", "length": 4}, "fields.zip.length: must be 8-64, got 4"),  # too short a digest
        ({"action": "noise", "epsilon": 0}, "fields.zip.epsilon: must be greater than 0, got 0"),  # no noise at all
        ({"action": "noise", "epsilon": -1.5}, "fields.zip.epsilon: must be greater than 0, got -1.5"),  # negative
    ],
)
def test_when_operator_parameter_is_out_of_range_then_error_gives_the_range(rule, expected):
    assert compile_error({"fields": {"zip": rule}}) == f"<policy>: {expected}"


@pytest.mark.parametrize(
    "data, expected",
    [
        ({"min_k": 1}, "min_k: Input should be greater than or equal to 2, got 1"),  # k=1 protects nobody
        ({"detection": {"score_threshold": 2}}, "detection.score_threshold: Input should be less than or equal to 1, got 2"),  # scores are 0-1
        ({"detection": {"chunk_size": 10}}, "detection.chunk_size: Input should be greater than or equal to 1000, got 10"),  # too small to hold a sentence
    ],
)
def test_when_policy_setting_is_out_of_range_then_error_gives_bound_and_value(data, expected):
    assert compile_error(data) == f"<policy>: {expected}"


@pytest.mark.parametrize(
    "rule, path, allowed",
    [
        ({"action": "mask", "keep_lst": 2}, "fields.phone.keep_lst", "'mask' (allowed: char, keep_first, keep_last, keep_separators)"),  # typo
        ({"action": "hash", "salt": "x"}, "fields.phone.salt", "'hash' (allowed: length, prefix)"),  # a parameter hash does not take
        ({"action": "redact", "char": "*"}, "fields.phone.char", "'redact' (allowed: none)"),  # an operator without parameters
    ],
)
def test_when_operator_parameter_is_unknown_then_error_lists_allowed_ones(rule, path, allowed):
    message = compile_error({"fields": {"phone": rule}})
    assert message == f"<policy>: {path}: not a parameter of {allowed}"


def test_when_noise_has_no_epsilon_then_error_says_it_is_required_with_an_example():
    message = compile_error({"fields": {"salary": {"action": "noise", "sensitivity": 1000}}})
    assert message.startswith("<policy>: fields.salary.epsilon: required")
    assert "e.g. epsilon: 1.0" in message


@pytest.mark.parametrize(
    "entity",
    [
        "PERSON",  # a real entity type
        "DEFAULT",  # the fallback rule
    ],
)
def test_when_scan_is_used_under_entities_then_error_says_scan_is_for_fields(entity):
    message = compile_error({"entities": {entity: {"action": "scan"}}})
    assert message == (
        f"<policy>: entities.{entity}.action: 'scan' applies to fields; pick an operator for an entity"
    )


def test_when_scan_has_parameters_then_error_names_the_parameter():
    message = compile_error({"fields": {"notes": {"action": "scan", "keep_last": 2}}})
    assert message == "<policy>: fields.notes.keep_last: 'scan' takes no parameters"


@pytest.mark.parametrize(
    "entity",
    [
        "person",  # lower case
        "Email_Address",  # mixed case
        "PHONE-NUMBER",  # dash instead of underscore
        "1PERSON",  # starts with a digit
    ],
)
def test_when_entity_name_is_not_upper_snake_then_error_shows_the_expected_form(entity):
    message = compile_error({"entities": {entity: {"action": "redact"}}})
    assert message == (
        f"<policy>: entities.{entity}: entity types are UPPER_SNAKE like PERSON or EMAIL_ADDRESS"
    )


@pytest.mark.parametrize(
    "path",
    [
        "a..b",  # empty part between dots
        ".email",  # leading dot
        "contact.",  # trailing dot
        "tags[2]",  # a concrete index: policies name every element with []
        "tags[]x",  # text after the brackets
        "tags[",  # unclosed bracket
    ],
)
def test_when_field_path_is_invalid_then_error_shows_how_to_write_paths(path):
    message = compile_error({"fields": {path: {"action": "drop"}}})
    assert message == (
        f"<policy>: fields.{path}: not a field path (write a.b for nested keys, tags[] for list elements)"
    )


@pytest.mark.parametrize(
    "source",
    [
        "s3cr3t-inline-value-0123456789abcdef",  # the secret itself, inline
        "vault:secret/minimize-key-0123456789",  # an unsupported scheme
        "env:",  # a scheme without a name
        "file:",  # a scheme without a path
        "ENV:MINIMIZE_KEY",  # schemes are lower case
    ],
)
def test_when_key_source_is_not_env_or_file_then_error_never_echoes_it(source):
    message = compile_error({"key": source})
    assert message == (
        "<policy>: key: must be 'env:NAME' or 'file:PATH' (the key itself never goes in the policy)"
    )
    assert source not in message.replace("'env:NAME' or 'file:PATH'", "")  # only the fixed hint


@pytest.mark.parametrize(
    "data, secret",
    [
        ({"key": 123456789012345678}, "123456789012345678"),  # a number: wrong type, still not echoed
        ({"key": ["s3cr3t-in-a-list-0123"]}, "s3cr3t-in-a-list-0123"),  # a list
        ({"key": "s3cr3t-with-another-error", "mode": "x"}, "s3cr3t-with-another-error"),  # reported as "(and 1 more)"
    ],
)
def test_when_key_is_wrong_in_other_ways_then_error_still_never_echoes_it(data, secret):
    assert secret not in compile_error(data)


@pytest.mark.parametrize(
    "source",
    [
        "env:MINIMIZE_KEY",  # the default
        "env:OTHER_KEY",  # another variable
        "file:/run/secrets/minimize",  # a key file
    ],
)
def test_when_key_source_is_env_or_file_then_policy_compiles_and_keeps_it(source):
    assert compile_policy({"key": source}).key_source == source


def test_when_yaml_is_invalid_then_error_names_file_and_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("version: 1\nmode: strict\nfields:\n  a: {action: hash\n  b: 3\n")
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path} line 5: ")
    assert "expected ',' or '}'" in message


@pytest.mark.parametrize(
    "data",
    [
        None,  # an empty document
        ["mode", "strict"],  # a list
        "strict",  # a bare word
        3,  # a number
    ],
)
def test_when_policy_is_not_a_mapping_then_error_says_what_a_policy_looks_like(data):
    message = compile_error(data, source="p.yaml")
    assert message == "p.yaml: a policy is a mapping with keys version, mode, fields, entities ..."


def test_when_policy_file_is_empty_then_error_says_what_a_policy_looks_like(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("")
    with pytest.raises(PolicyError, match=r"a policy is a mapping with keys"):
        load_policy(path)


def test_when_policy_file_is_missing_then_error_names_it_and_the_reason(tmp_path):
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert str(info.value) == f"cannot read policy {path}: No such file or directory"


def test_when_error_is_in_a_loaded_file_then_message_starts_with_the_file(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text("mode: strict\nfields:\n  zip: {action: generalize, keep_digits: 9}\n")
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert str(info.value) == f"{path}: fields.zip.keep_digits: must be 1-5, got 9"


def test_when_several_things_are_wrong_then_the_first_is_reported_and_the_rest_counted():
    message = compile_error({"mode": "x", "min_k": 0, "modee": 1})
    assert message.startswith("<policy>: ")
    assert message.endswith("(and 2 more)")


# -- what a valid policy compiles to ---------------------------------------------------


def test_when_policy_compiles_then_rules_are_named_by_their_yaml_path():
    policy = compile_policy(BASE)
    assert {path: rule.name for path, rule in policy.fields.items()} == {
        "customer_id": "fields.customer_id",
        "zip": "fields.zip",
        "notes": "fields.notes",
    }
    assert policy.fields["notes"].action == SCAN and policy.fields["notes"].operator is None
    assert policy.entity_rule("PERSON").name == "entities.PERSON"
    assert policy.entity_rule("IBAN_CODE").name == "entities.DEFAULT"  # unlisted types fall back


def test_when_no_default_entity_rule_then_unlisted_entities_get_placeholders():
    rule = compile_policy({}).entity_rule("PERSON")
    assert (rule.name, rule.action) == ("entities.DEFAULT", "placeholder")


def test_when_same_policy_compiles_twice_then_digest_is_the_same():
    first, second = compile_policy(BASE), compile_policy(dict(BASE))
    assert first.digest == second.digest
    assert first.digest.startswith("sha256:") and len(first.digest) == len("sha256:") + 64


def test_when_keys_are_written_in_another_order_then_digest_is_the_same():
    reordered = {
        "entities": dict(reversed(list(BASE["entities"].items()))),
        "fields": dict(reversed(list(BASE["fields"].items()))),
        "mode": "strict",
        "version": 1,
    }
    assert compile_policy(reordered).digest == compile_policy(BASE).digest


def _with(path: str, value):
    """BASE with the value at a dotted path replaced (a deep copy)."""
    import copy

    data = copy.deepcopy(BASE)
    *parents, last = path.split("/")
    node = data
    for part in parents:
        node = node.setdefault(part, {})
    node[last] = value
    return data


@pytest.mark.parametrize(
    "changed",
    [
        _with("fields/zip/keep_digits", 2),  # an operator parameter
        _with("fields/customer_id", {"action": "drop"}),  # an operator
        _with("fields/email", {"action": "hash"}),  # a new field rule
        _with("entities/PERSON", {"action": "redact"}),  # an entity rule
        _with("mode", "standard"),  # the mode
        _with("detection", {"score_threshold": 0.5}),  # a detection setting
        _with("min_k", 5),  # k-anonymity
    ],
)
def test_when_a_rule_changes_then_digest_changes(changed):
    assert compile_policy(changed).digest != compile_policy(BASE).digest


@pytest.mark.parametrize(
    "mode",
    [
        "strict",  # recall first
        "standard",  # the middle
        "permissive",  # precision first
    ],
)
def test_when_score_threshold_is_unset_then_mode_decides_it(mode):
    assert compile_policy({"mode": mode}).detection.score_threshold == MODE_THRESHOLDS[mode]


def test_when_score_threshold_is_unset_then_strict_is_below_standard_below_permissive():
    strict, standard, permissive = (
        compile_policy({"mode": m}).detection.score_threshold for m in ("strict", "standard", "permissive")
    )
    assert strict < standard < permissive


@pytest.mark.parametrize(
    "mode",
    [
        "strict",  # would be 0.3
        "permissive",  # would be 0.6
    ],
)
def test_when_score_threshold_is_set_then_it_wins_over_the_mode(mode):
    policy = compile_policy({"mode": mode, "detection": {"score_threshold": 0.55}})
    assert policy.detection.score_threshold == 0.55


def test_when_project_ships_policies_then_there_are_some():
    assert SHIPPED_POLICIES, "pipelines/policies/*.yaml is empty"


@pytest.mark.parametrize("path", SHIPPED_POLICIES, ids=lambda p: p.name)
def test_when_shipped_policy_is_loaded_then_it_compiles(path):
    policy = load_policy(path)
    assert policy.source == str(path)
    assert policy.fields  # every shipped policy names its fields
    assert policy.needs_key  # and pseudonymises something, so it needs the key

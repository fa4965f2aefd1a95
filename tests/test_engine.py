"""The engine: records in, minimized records + audit events + failures out (no Beam)."""
from __future__ import annotations

import copy
import json
import logging
import re
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minimize.engine import Engine
from minimize.keys import DIGEST_PREFIX
from minimize.operators import OPERATORS, Operator, register_operator
from minimize.policy import compile_policy
from minimize.types import AuditEvent, Record, Span

AUDIT_CONTRACT = [
    "record_id", "field", "entity_type", "start", "end", "score",
    "recognizer", "operator", "rule", "value_digest",
]  # fmt: skip
DIGEST = re.compile(r"^hmac-sha256:[0-9a-f]{64}$")
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


# -- test doubles ---------------------------------------------------------------------


class FakeDetector:
    """Finds fixed phrases anywhere in a text: deterministic, instant, no model."""

    RECOGNIZER = "FakeRecognizer"

    def __init__(self, phrases: dict[str, str]):
        self.phrases = phrases
        self.calls: list[list[str]] = []

    def detect(self, texts):
        self.calls.append(list(texts))
        return [self.find(text) for text in texts]

    def find(self, text: str) -> list[Span]:
        spans = []
        for phrase, entity in self.phrases.items():
            start = text.find(phrase)
            while start != -1:
                spans.append(Span(entity, start, start + len(phrase), 0.9, self.RECOGNIZER))
                start = text.find(phrase, start + 1)
        return sorted(spans, key=lambda s: (s.start, s.end))


class PoisonedDetector(FakeDetector):
    """Raises (quoting the text, as careless libraries do) for any batch holding POISON."""

    def detect(self, texts):
        self.calls.append(list(texts))
        for text in texts:
            if "POISON" in text:
                raise RuntimeError(f"choked on {text!r}")
        return [self.find(text) for text in texts]


class ShortDetector(FakeDetector):
    """A broken detector: answers a batch of n texts with n - 1 results."""

    def detect(self, texts):
        return super().detect(texts)[: max(len(texts) - 1, 0)]


@dataclass(frozen=True)
class ExplodeForTest(Operator):
    """Fails on every value, quoting it in the message (what a careless operator does)."""

    def apply(self, value: Any, ctx) -> Any:
        raise ValueError(f"cannot handle {value!r}")


@pytest.fixture
def explode_for_test():
    """`explode_for_test` in the operator registry for one test (the registry is process-wide)."""
    register_operator("explode_for_test")(ExplodeForTest)
    yield "explode_for_test"
    OPERATORS._items.pop("explode_for_test", None)


PHRASES = {
    "Alice Smith": "PERSON",
    "Bob Jones": "PERSON",
    "alice@example.com": "EMAIL_ADDRESS",
    "(415) 555-0123": "PHONE_NUMBER",
}


@pytest.fixture
def fake():
    return FakeDetector(PHRASES)


def policy(mode: str = "strict", fields: dict | None = None, entities: dict | None = None, **extra):
    return compile_policy({"mode": mode, "fields": fields or {}, "entities": entities or {}, **extra})


def rec(data: Any, record_id: str = "r-1", position: int = 1) -> Record:
    return Record(record_id, data, "in.jsonl", position)


def value_at(data: Any, concrete: str) -> Any:
    """The value a concrete path (`a.b[2].c`) names in a record."""
    node = data
    for key, index in _STEP.findall(concrete):
        node = node[int(index)] if index else node[key]
    return node


def events_by_field(events: list[AuditEvent]) -> dict[str, list[AuditEvent]]:
    out: dict[str, list[AuditEvent]] = {}
    for event in events:
        out.setdefault(event.field, []).append(event)
    return out


# -- modes ------------------------------------------------------------------------------

MODE_RECORD = {"id": "c-1", "notes": "Alice Smith called", "extra": "Alice Smith wrote back", "count": 7}
MODE_FIELDS = {"id": {"action": "keep"}, "notes": {"action": "scan"}}
MODE_ENTITIES = {"PERSON": {"action": "placeholder"}}


@pytest.mark.parametrize(
    "mode, expected",
    [
        # strict: an allow-list; unnamed fields are gone
        ("strict", {"id": "c-1", "notes": "<PERSON_1> called"}),
        # standard: unnamed strings are scanned, unnamed numbers kept
        ("standard", {"id": "c-1", "notes": "<PERSON_1> called", "extra": "<PERSON_1> wrote back", "count": 7}),
        # permissive: unnamed fields are kept as they are
        ("permissive", {"id": "c-1", "notes": "<PERSON_1> called", "extra": "Alice Smith wrote back", "count": 7}),
    ],
)
def test_when_mode_varies_then_unnamed_fields_are_dropped_scanned_or_kept(mode, expected, key, fake):
    engine = Engine(policy(mode, MODE_FIELDS, MODE_ENTITIES), key, detector=fake)
    result = engine.minimize([rec(MODE_RECORD)])
    assert result.failures == []
    [(_, data)] = result.records
    assert data == expected


def test_when_mode_is_strict_then_each_dropped_field_has_a_drop_event(key, fake):
    engine = Engine(policy("strict", MODE_FIELDS, MODE_ENTITIES), key, detector=fake)
    result = engine.minimize([rec(MODE_RECORD)])
    drops = [e for e in result.audit if e.rule == "mode.strict"]
    assert drops == [
        AuditEvent("r-1", "extra", None, None, None, None, None, "drop", "mode.strict", key.value_digest("Alice Smith wrote back")),
        AuditEvent("r-1", "count", None, None, None, None, None, "drop", "mode.strict", key.value_digest("7")),
    ]


@pytest.mark.parametrize(
    "mode, extra_rules",
    [
        ("standard", ["entities.PERSON"]),  # the finding in `extra` is transformed and audited
        ("permissive", []),  # nothing happens to `extra`, so nothing is audited
    ],
)
def test_when_mode_is_not_strict_then_nothing_is_dropped_by_mode(mode, extra_rules, key, fake):
    result = Engine(policy(mode, MODE_FIELDS, MODE_ENTITIES), key, detector=fake).minimize([rec(MODE_RECORD)])
    assert not [e for e in result.audit if e.operator == "drop"]
    assert [e.rule for e in result.audit if e.field == "extra"] == extra_rules


def test_when_mode_is_standard_then_only_unnamed_strings_are_sent_to_detection(key, fake):
    Engine(policy("standard", MODE_FIELDS, MODE_ENTITIES), key, detector=fake).minimize([rec(MODE_RECORD)])
    assert fake.calls == [["Alice Smith called", "Alice Smith wrote back"]]


# -- nested fields ------------------------------------------------------------------------

NESTED_FIELDS = {
    "id": {"action": "keep"},
    "contact.email": {"action": "hash"},
    "tags[]": {"action": "scan"},
    "a.b[].c": {"action": "scan"},
}
NESTED_RECORD = {
    "id": "n-1",
    "contact": {"email": "alice@example.com", "phone": "(415) 555-0123"},
    "tags": ["vip", "new", "alice@example.com"],
    "a": {"b": [{"c": "Bob Jones", "d": 1}, {"c": "no one"}]},
    "top": "Alice Smith",
}


@pytest.fixture
def nested_result(key, fake):
    engine = Engine(policy("strict", NESTED_FIELDS, {"PERSON": {"action": "placeholder"}}), key, detector=fake)
    return engine.minimize([rec(NESTED_RECORD, "n-1")])


@pytest.mark.parametrize(
    "field, rule, operator",
    [
        ("contact.email", "fields.contact.email", "hash"),  # a named nested key
        ("contact.phone", "mode.strict", "drop"),  # its unnamed sibling
        ("tags[2]", "entities.DEFAULT", "placeholder"),  # a list element, by index
        ("a.b[0].c", "entities.PERSON", "placeholder"),  # a key inside a list element
        ("a.b[0].d", "mode.strict", "drop"),  # an unnamed key inside a list element
        ("top", "mode.strict", "drop"),  # an unnamed top-level key
    ],
)
def test_when_fields_are_nested_then_events_name_concrete_paths(nested_result, field, rule, operator):
    [event] = events_by_field(nested_result.audit)[field]
    assert (event.rule, event.operator) == (rule, operator)


def test_when_fields_are_nested_then_only_changed_values_have_events(nested_result):
    assert sorted(events_by_field(nested_result.audit)) == sorted(
        ["contact.email", "contact.phone", "tags[2]", "a.b[0].c", "a.b[0].d", "top"]
    )


def test_when_mode_is_strict_then_only_named_nested_children_are_kept(nested_result, key):
    [(_, data)] = nested_result.records
    assert data == {
        "id": "n-1",
        "contact": {"email": key.digest("hash", "alice@example.com").hex()},
        "tags": ["vip", "new", "<EMAIL_ADDRESS_1>"],
        "a": {"b": [{"c": "<PERSON_1>"}, {"c": "no one"}]},
    }


def test_when_policy_names_children_of_a_scalar_then_strict_drops_the_scalar(key, fake):
    engine = Engine(policy("strict", NESTED_FIELDS), key, detector=fake)
    result = engine.minimize([rec({"id": "x", "contact": "alice@example.com"})])
    [(_, data)] = result.records
    assert data == {"id": "x"}
    assert [(e.field, e.rule) for e in result.audit] == [("contact", "mode.strict")]


@pytest.mark.parametrize(
    "data, field",
    [
        ({"misc": {"note": "Alice Smith"}}, "misc.note"),  # an unnamed nested key
        ({"misc": ["x", "Alice Smith"]}, "misc[1]"),  # an unnamed list element
        ({"misc": [{"deep": ["Alice Smith"]}]}, "misc[0].deep[0]"),  # lists and dicts mixed
    ],
)
def test_when_mode_is_standard_then_unnamed_nested_strings_are_scanned_by_concrete_path(data, field, key, fake):
    result = Engine(policy("standard"), key, detector=fake).minimize([rec(data)])
    [event] = result.audit
    assert (event.field, event.entity_type, event.start, event.end) == (field, "PERSON", 0, 11)


# -- placeholders, hashes and pseudonyms ---------------------------------------------------------


def test_when_a_name_repeats_in_a_record_then_its_placeholder_repeats_and_restarts_per_record(key, fake):
    engine = Engine(
        policy("strict", {"notes": {"action": "scan"}, "bio": {"action": "scan"}}, {"PERSON": {"action": "placeholder"}}),
        key,
        detector=fake,
    )
    result = engine.minimize(
        [
            rec({"notes": "Alice Smith met Bob Jones; Alice Smith left.", "bio": "Bob Jones"}, "r-1"),
            rec({"notes": "Bob Jones alone", "bio": "then Alice Smith"}, "r-2"),
        ]
    )
    assert [data for _, data in result.records] == [
        {"notes": "<PERSON_1> met <PERSON_2>; <PERSON_1> left.", "bio": "<PERSON_2>"},
        {"notes": "<PERSON_1> alone", "bio": "then <PERSON_2>"},
    ]


def test_when_same_value_is_hashed_under_same_key_then_output_is_the_same(key, fake):
    engine = Engine(policy("strict", {"cid": {"action": "hash"}, "alt": {"action": "hash"}}), key, detector=fake)
    first = engine.minimize([rec({"cid": "C-1001"}, "r-1"), rec({"cid": "C-1001", "alt": "C-1001"}, "r-2")])
    again = Engine(engine.policy, key, detector=fake).minimize([rec({"cid": "C-1001"}, "r-3")])
    outputs = [d["cid"] for _, d in first.records] + [first.records[1][1]["alt"], again.records[0][1]["cid"]]
    assert len(set(outputs)) == 1
    assert re.fullmatch(r"[0-9a-f]{64}", outputs[0])


def test_when_same_value_is_hashed_under_another_key_then_output_differs(key, other_key, fake):
    hash_policy = policy("strict", {"cid": {"action": "hash"}})
    ours = Engine(hash_policy, key, detector=fake).minimize([rec({"cid": "C-1001"})])
    theirs = Engine(hash_policy, other_key, detector=fake).minimize([rec({"cid": "C-1001"})])
    assert ours.records[0][1]["cid"] != theirs.records[0][1]["cid"]
    # and the audit digests differ too: a trail under one key says nothing under another
    assert ours.audit[0].value_digest != theirs.audit[0].value_digest


def test_when_an_email_is_synthesized_in_two_records_then_both_get_the_same_fake(key, other_key, fake):
    synth = policy("strict", {"email": {"action": "synthesize", "entity": "EMAIL_ADDRESS"}})
    result = Engine(synth, key, detector=fake).minimize([rec({"email": "alice@example.com"}, f"r-{i}") for i in range(2)])
    fakes = {data["email"] for _, data in result.records}
    assert len(fakes) == 1 and "alice@example.com" not in fakes and "@" in next(iter(fakes))
    other = Engine(synth, other_key, detector=fake).minimize([rec({"email": "alice@example.com"})])
    assert other.records[0][1]["email"] not in fakes


# -- the audit event contract ------------------------------------------------------------------


@pytest.fixture
def contract_result(key, fake):
    engine = Engine(
        policy(
            "strict",
            {"id": {"action": "keep"}, "notes": {"action": "scan"}, "cid": {"action": "hash"}, "email": {"action": "drop", "entity": "EMAIL_ADDRESS"}},
            {"PERSON": {"action": "synthesize"}, "PHONE_NUMBER": {"action": "mask", "keep_last": 2}},
        ),
        key,
        detector=fake,
    )
    data = {
        "id": "c-17",
        "notes": "Call Alice Smith at (415) 555-0123, or Bob Jones.",
        "cid": "C-1001",
        "email": "alice@example.com",
        "internal": 0.7,
    }
    return data, engine.minimize([rec(data, "c-17")])


def test_when_events_are_emitted_then_they_have_exactly_the_contract_fields(contract_result):
    _, result = contract_result
    assert result.audit
    for event in result.audit:
        as_json = json.loads(json.dumps(event.to_dict()))
        assert list(as_json) == AUDIT_CONTRACT
        assert as_json["record_id"] == "c-17"
        assert DIGEST.match(as_json["value_digest"]) and as_json["value_digest"].startswith(DIGEST_PREFIX)


@pytest.mark.parametrize(
    "field, entity, operator, rule",
    [
        ("cid", None, "hash", "fields.cid"),  # a whole-field rule without an entity
        ("email", "EMAIL_ADDRESS", "drop", "fields.email"),  # a whole-field drop, entity from the rule
        ("internal", None, "drop", "mode.strict"),  # dropped by the mode
    ],
)
def test_when_a_whole_field_is_transformed_then_start_end_score_recognizer_are_null(contract_result, key, field, entity, operator, rule):
    data, result = contract_result
    [event] = events_by_field(result.audit)[field]
    assert event.to_dict() == {
        "record_id": "c-17",
        "field": field,
        "entity_type": entity,
        "start": None,
        "end": None,
        "score": None,
        "recognizer": None,
        "operator": operator,
        "rule": rule,
        "value_digest": key.value_digest(data[field]),
    }


@pytest.mark.parametrize(
    "finding, entity, operator, rule",
    [
        ("Alice Smith", "PERSON", "synthesize", "entities.PERSON"),  # an entity with its own rule
        ("(415) 555-0123", "PHONE_NUMBER", "mask", "entities.PHONE_NUMBER"),  # punctuation inside the span
        ("Bob Jones", "PERSON", "synthesize", "entities.PERSON"),  # a second finding of the same type
    ],
)
def test_when_a_span_is_transformed_then_start_end_point_at_the_original_text(contract_result, key, finding, entity, operator, rule):
    data, result = contract_result
    text = data["notes"]
    [event] = [e for e in result.audit if e.field == "notes" and text[e.start : e.end] == finding]
    assert (event.entity_type, event.operator, event.rule) == (entity, operator, rule)
    assert (event.start, event.end) == (text.index(finding), text.index(finding) + len(finding))
    assert (event.score, event.recognizer) == (0.9, "FakeRecognizer")
    assert event.value_digest == key.value_digest(finding)


def test_when_real_detector_finds_pii_then_span_events_point_at_the_original_text(detector, key):
    text = "Call Jane Doe at (415) 555-0123 or mail jane.doe@example.com before Friday."
    engine = Engine(policy("strict", {"notes": {"action": "scan"}}, {"DEFAULT": {"action": "redact"}}), key, detector=detector)
    result = engine.minimize([rec({"notes": text})])
    [(_, data)] = result.records
    assert "jane.doe@example.com" not in data["notes"] and "555-0123" not in data["notes"]
    found = {text[e.start : e.end]: e for e in result.audit}
    assert {"jane.doe@example.com", "(415) 555-0123"} <= set(found)
    assert found["jane.doe@example.com"].entity_type == "EMAIL_ADDRESS"
    for event in result.audit:
        assert 0 <= event.start < event.end <= len(text)
        assert event.value_digest == key.value_digest(text[event.start : event.end])
        assert event.recognizer and 0 < event.score <= 1


# -- failures: fail closed ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, kind",
    [
        (["alice@example.com"], "list"),  # a JSON array
        ("alice@example.com", "str"),  # a bare string (raw PII)
        (None, "NoneType"),  # null
        (4155550123, "int"),  # a bare number
    ],
)
def test_when_a_record_is_not_an_object_then_it_fails_at_read_without_its_content(data, kind, key, fake):
    engine = Engine(policy("standard"), key, detector=fake)
    result = engine.minimize([rec(data, "bad", 7), rec({"n": "ok"}, "good", 8)])
    [failure] = result.failures
    assert failure.to_dict() == {
        "source": "in.jsonl",
        "position": 7,
        "record_id": "bad",
        "stage": "read",
        "error": f"record is a {kind}, expected an object",
    }
    assert [r.record_id for r, _ in result.records] == ["good"]


EXPLODE_BASE = {"id": {"action": "keep"}, "name": {"action": "hash"}}


@pytest.mark.parametrize(
    "rules, entities, secret, field",
    [
        # a whole-field rule whose operator raises
        ({"secret": {"action": "explode_for_test"}}, {}, "Alice Smith", "secret"),
        # an entity rule whose operator raises on a span inside scanned text
        ({"secret": {"action": "scan"}}, {"PERSON": {"action": "explode_for_test"}}, "hi Alice Smith", "secret"),
        # the failing value sits in a list
        ({"secret[]": {"action": "explode_for_test"}}, {}, ["Alice Smith"], "secret[0]"),
    ],
)
def test_when_an_operator_raises_then_the_whole_record_fails_at_transform(
    rules, entities, secret, field, key, fake, caplog, explode_for_test
):
    engine = Engine(policy("strict", {**EXPLODE_BASE, **rules}, entities), key, detector=fake)
    with caplog.at_level(logging.DEBUG):
        result = engine.minimize(
            [rec({"id": "bad", "name": "Bob Jones", "secret": secret}, "bad"), rec({"id": "good", "name": "Bob Jones"}, "good")]
        )
    [failure] = result.failures
    assert (failure.record_id, failure.stage) == ("bad", "transform")
    assert failure.error == f"field {field}: ValueError"
    assert "Alice Smith" not in json.dumps(failure.to_dict())
    assert [r.record_id for r, _ in result.records] == ["good"]
    assert {e.record_id for e in result.audit} == {"good"}  # not even the failed record's other events
    assert "Alice Smith" not in caplog.text


def test_when_detection_fails_for_a_batch_then_texts_are_retried_and_only_the_bad_record_fails(key, caplog):
    detector = PoisonedDetector(PHRASES)
    engine = Engine(policy("strict", {"id": {"action": "keep"}, "notes": {"action": "scan"}}), key, detector=detector)
    records = [
        rec({"id": "a", "notes": "Alice Smith here"}, "a", 1),
        rec({"id": "b", "notes": "POISON Bob Jones"}, "b", 2),
        rec({"id": "c", "notes": "Bob Jones there"}, "c", 3),
    ]
    with caplog.at_level(logging.DEBUG):
        result = engine.minimize(records)
    assert detector.calls[0] == ["Alice Smith here", "POISON Bob Jones", "Bob Jones there"]
    assert sorted(detector.calls[1:]) == [["Alice Smith here"], ["Bob Jones there"], ["POISON Bob Jones"]]
    [failure] = result.failures
    assert failure.to_dict() == {"source": "in.jsonl", "position": 2, "record_id": "b", "stage": "detect", "error": "field notes: RuntimeError"}
    assert [(r.record_id, d["notes"]) for r, d in result.records] == [("a", "<PERSON_1> here"), ("c", "<PERSON_1> there")]
    assert {e.record_id for e in result.audit} == {"a", "c"}
    assert "POISON" not in caplog.text and "Bob Jones" not in caplog.text


def test_when_detector_returns_too_few_results_then_no_record_passes_unscanned(key):
    engine = Engine(policy("standard"), key, detector=ShortDetector(PHRASES))
    result = engine.minimize([rec({"n": "Alice Smith"}, "a"), rec({"n": "Bob Jones"}, "b")])
    passed = {r.record_id: d for r, d in result.records}
    assert all("Bob Jones" not in d["n"] and "Alice Smith" not in d["n"] for d in passed.values())
    assert len(passed) + len(result.failures) == 2


def test_when_records_are_minimized_then_the_input_is_not_modified(key, fake):
    data = copy.deepcopy(NESTED_RECORD)
    Engine(policy("strict", NESTED_FIELDS), key, detector=fake).minimize([rec(data)])
    assert data == NESTED_RECORD


# -- scan ----------------------------------------------------------------------------------------


def test_when_records_are_scanned_then_findings_are_returned_and_data_unchanged(key, fake):
    data = {"id": "s-1", "notes": "Alice Smith, (415) 555-0123", "tags": ["x", "alice@example.com"], "n": 3}
    before = copy.deepcopy(data)
    findings, failures = Engine(policy("strict"), key, detector=fake).scan([rec(data, "s-1")])
    assert failures == []
    assert [(r.record_id, path, s.entity_type, s.start, s.end) for r, path, s in findings] == [
        ("s-1", "notes", "PERSON", 0, 11),
        ("s-1", "notes", "PHONE_NUMBER", 13, 27),
        ("s-1", "tags[1]", "EMAIL_ADDRESS", 0, 17),
    ]
    assert data == before


def test_when_scanned_records_are_bad_then_they_fail_at_read_or_detect(key):
    engine = Engine(policy("strict"), key, detector=PoisonedDetector(PHRASES))
    findings, failures = engine.scan([rec([1], "list"), rec({"n": "POISON Alice Smith"}, "poison"), rec({"n": "Bob Jones"}, "ok")])
    assert [(f.record_id, f.stage) for f in failures] == [("list", "read"), ("poison", "detect")]
    assert "Alice Smith" not in json.dumps([f.to_dict() for f in failures])
    assert [(r.record_id, path) for r, path, _ in findings] == [("ok", "n")]


# -- nothing raw in the audit trail, the failures or the logs --------------------------------------

PEOPLE = ["Quintessa Vandermolen", "Bartholomew Okonkwo", "Ysolde Fairweather"]
EMAILS = ["q.vandermolen@mailbox.test", "bart.okonkwo@example.org", "ysolde.f@corp.example"]
PHONES = ["(415) 555-0147", "+1 212 555 0199", "020 7946 0958"]
POOL = {**dict.fromkeys(PEOPLE, "PERSON"), **dict.fromkeys(EMAILS, "EMAIL_ADDRESS"), **dict.fromkeys(PHONES, "PHONE_NUMBER")}
OTHER_KEYS = ["k1", "k2", "meta", "misc"]

PROPERTY_FIELDS = {
    "id": {"action": "keep"},
    "notes": {"action": "scan"},
    "bio": {"action": "scan"},
    "email": {"action": "synthesize", "entity": "EMAIL_ADDRESS"},
    "phone": {"action": "mask", "keep_last": 2},
    "cid": {"action": "hash"},
    "zip": {"action": "generalize", "keep_digits": 3},  # fails (OperatorError) on floats and booleans
    "tags[]": {"action": "scan"},
    "contact.email": {"action": "synthesize", "entity": "EMAIL_ADDRESS"},
}
PROPERTY_ENTITIES = {
    "PERSON": {"action": "synthesize"},
    "EMAIL_ADDRESS": {"action": "hash"},
    "PHONE_NUMBER": {"action": "mask", "keep_last": 2},
    "DEFAULT": {"action": "placeholder"},
}
PROPERTY_POLICIES = {m: policy(m, PROPERTY_FIELDS, PROPERTY_ENTITIES) for m in ("strict", "standard", "permissive")}

#: words the trail legitimately holds (paths, rule and operator names, fixed messages):
#: a raw value that happens to be a substring of these proves nothing
VOCABULARY = "\n".join(
    [
        *PROPERTY_FIELDS, *OTHER_KEYS, "contact", "tags", "mode.strict", "mode.standard", "mode.permissive",
        *(r.name for p in PROPERTY_POLICIES.values() for r in [*p.fields.values(), *p.entities.values(), p.default_entity]),
        *OPERATORS.names(), *POOL.values(), FakeDetector.RECOGNIZER, "in.jsonl", "read", "detect", "transform",
        "field OperatorError: generalize keep_digits: value is not a zip or postal code",
        "record is a", "expected an object", "null", "true", "false",
    ]
).casefold()  # fmt: skip

filler = st.text(max_size=10)
free_text = st.lists(st.one_of(st.sampled_from(list(POOL)), filler), max_size=6).map(" ".join)
scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12) | st.sampled_from(list(POOL))
)  # fmt: skip
json_values = st.recursive(
    scalars, lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.sampled_from(OTHER_KEYS), kids, max_size=3), max_leaves=8
)
record_data = st.fixed_dictionaries(
    {
        "notes": free_text,
        "bio": free_text,
        "email": st.sampled_from(EMAILS),
        "phone": st.sampled_from(PHONES),
        "cid": json_values,
        "zip": json_values,
        "tags": st.lists(free_text, max_size=3),
        "contact": st.fixed_dictionaries({"email": st.sampled_from(EMAILS), "note": free_text}),
    },
    optional={"misc": json_values, "extra": free_text, "meta": json_values},
)


def leaves(value: Any) -> set[str]:
    """Every string and number inside a value, as text (dict keys are field names, not values)."""
    if isinstance(value, dict):
        return set().union(*(leaves(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(leaves(v) for v in value)) if value else set()
    if isinstance(value, str):
        return {value}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return {str(value)}
    return set()


def checkable(raw: str) -> bool:
    return len(raw.strip()) >= 4 and raw.casefold() not in VOCABULARY


def texts_of(item: dict) -> list[str]:
    """The string values of an event or failure, the digest checked apart (hex can match anything hex)."""
    digest = item.get("value_digest")
    assert digest is None or DIGEST.match(digest)
    return [v for k, v in item.items() if isinstance(v, str) and k != "value_digest"]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mode=st.sampled_from(list(PROPERTY_POLICIES)), batch=st.lists(record_data, min_size=1, max_size=3))
def test_when_records_are_arbitrary_then_no_raw_value_reaches_audit_failures_or_logs(mode, batch, key, caplog):
    records = [rec({"id": f"rec-{i}", **data}, f"rec-{i}", i) for i, data in enumerate(batch)]
    by_id = {r.record_id: r for r in records}
    engine = Engine(PROPERTY_POLICIES[mode], key, detector=FakeDetector(POOL))
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        result = engine.minimize(records)

    # every record ends in exactly one of records / failures
    passed = [r.record_id for r, _ in result.records]
    failed = [f.record_id for f in result.failures]
    assert sorted(passed + failed) == sorted(by_id)

    raw: set[str] = set()
    for event in result.audit:
        value = value_at(by_id[event.record_id].data, event.field)
        if event.start is None:
            raw |= leaves(value)
        else:
            text = value if isinstance(value, str) else str(value)
            raw.add(text[event.start : event.end])
            assert event.value_digest == key.value_digest(text[event.start : event.end])
    for record in records:  # nothing of any record belongs in the trail, values kept or not
        raw |= leaves({k: v for k, v in record.data.items() if k != "id"})

    trail = [t for e in result.audit for t in texts_of(e.to_dict())]
    rejected = [t for f in result.failures for t in texts_of(f.to_dict())]
    logged = [r.getMessage() for r in caplog.records]
    for value in filter(checkable, raw):
        assert not any(value in t for t in trail), f"raw value in audit: {value!r}"
        assert not any(value in t for t in rejected), f"raw value in failures: {value!r}"
        assert not any(value in t for t in logged), f"raw value in logs: {value!r}"

    # and scanned free text keeps none of the inserted PII
    for _, data in result.records:
        for pii in POOL:
            assert pii not in data["notes"] and pii not in data["bio"]


def test_when_logging_at_debug_then_real_detection_logs_no_record_text(detector, key, caplog):
    text = "Call Jane Doe at (415) 555-0123 or mail jane.doe@example.com."
    engine = Engine(policy("strict", {"notes": {"action": "scan"}}), key, detector=detector)
    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, logger="presidio-analyzer"):
        result = engine.minimize([rec({"notes": text})])
    assert result.records and not result.failures
    for raw in ("jane.doe@example.com", "555-0123", "Jane Doe", "jane doe"):
        assert not any(raw in r.getMessage() for r in caplog.records), raw

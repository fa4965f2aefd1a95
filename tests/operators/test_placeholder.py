import pytest

from minimize.errors import PolicyError
from minimize.operators.placeholder import Placeholder

from .helpers import make_ctx

OP = Placeholder()


def _run(op, items, state):
    return [op.apply(value, make_ctx(entity, field=field, state=state)) for field, entity, value in items]


def test_when_same_value_repeats_in_a_record_then_it_gets_the_same_number():
    items = [
        ("notes", "PERSON", "Alice Smith"),
        ("notes", "PERSON", "Bob"),
        ("summary", "PERSON", "alice  smith"),  # other field, other case and spacing
        ("notes", "EMAIL_ADDRESS", "a@x.com"),
        ("notes", "PERSON", "Carol"),
    ]
    assert _run(OP, items, {}) == ["<PERSON_1>", "<PERSON_2>", "<PERSON_1>", "<EMAIL_ADDRESS_1>", "<PERSON_3>"]


def test_when_a_new_record_starts_then_numbering_restarts():
    first = _run(OP, [("n", "PERSON", "Alice"), ("n", "PERSON", "Bob")], {})
    second = _run(OP, [("n", "PERSON", "Bob")], {})
    assert first == ["<PERSON_1>", "<PERSON_2>"]
    assert second == ["<PERSON_1>"]  # Bob is not linked across records


def test_when_same_value_has_two_entity_types_then_each_type_numbers_it():
    items = [("n", "PERSON", "Jordan"), ("n", "LOCATION", "Jordan")]
    assert _run(OP, items, {}) == ["<PERSON_1>", "<LOCATION_1>"]


@pytest.mark.parametrize(
    "params, entity, expected",
    [
        ({"format": "[{entity}#{n}]"}, "PERSON", "[PERSON#1]"),  # custom format
        ({"format": "<{n}>"}, "PERSON", "<1>"),  # number only
        ({"format": "<{entity}>"}, "PERSON", "<PERSON>"),  # entity only
        ({"entity": "NAME"}, "PERSON", "<NAME_1>"),  # entity override
        ({}, None, "<REDACTED_1>"),  # no entity known
    ],
)
def test_when_format_or_entity_set_then_placeholder_follows_them(params, entity, expected):
    assert Placeholder(**params).apply("Alice", make_ctx(entity)) == expected


@pytest.mark.parametrize(
    "params, message",
    [
        ({"format": "<X>"}, r"^format: .*needs one of them"),  # no field at all
        ({"format": "<{name}>"}, r"^format: may only use"),  # unknown field
        ({"format": "<{}>"}, r"^format: may only use"),  # positional field
        ({"format": "<{entity"}, r"^format: may only use"),  # broken braces
        ({"format": 5}, r"^format: must be a string"),  # not text
        ({"entity": ""}, r"^entity: must not be empty"),  # empty override
    ],
)
def test_when_parameter_is_wrong_then_policy_error_names_it(params, message):
    with pytest.raises(PolicyError, match=message):
        Placeholder(**params)

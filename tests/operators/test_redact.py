import datetime as dt

import pytest

from minimize.errors import PolicyError
from minimize.operators.redact import Drop, Keep, Redact, Replace

from .helpers import make_ctx


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Alice Smith", ""),  # text: the span disappears
        (42, None),  # a number has no empty form: null
        (dt.date(1985, 3, 12), None),  # nor does a date
        (None, None),  # missing stays missing
    ],
)
def test_when_redacting_then_value_is_removed(value, expected):
    assert Redact().apply(value, make_ctx("PERSON")) == expected


@pytest.mark.parametrize(
    "params, entity, expected",
    [
        ({}, "PERSON", "<PERSON>"),  # default: the entity type
        ({}, None, "<REDACTED>"),  # default without an entity
        ({"value": "[removed]"}, "PERSON", "[removed]"),  # fixed text
        ({"value": ""}, "PERSON", ""),  # empty fixed text is allowed
    ],
)
def test_when_replacing_then_fixed_text_is_returned(params, entity, expected):
    assert Replace(**params).apply("Alice", make_ctx(entity)) == expected


def test_when_replace_value_is_not_text_then_policy_error_names_value():
    with pytest.raises(PolicyError, match=r"^value: must be a string"):
        Replace(value=5)


def test_when_dropping_a_span_then_text_is_removed():
    assert Drop.for_spans
    assert Drop().apply("Alice", make_ctx("PERSON")) == ""


@pytest.mark.parametrize(
    "value",
    [
        "Alice",  # text
        42,  # int
        3.5,  # float
        True,  # bool
        dt.date(2000, 1, 1),  # date
    ],
)
def test_when_keeping_then_value_is_unchanged(value):
    assert Keep().apply(value, make_ctx()) is value

import math
import statistics
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from minimize.errors import OperatorError, PolicyError
from minimize.operators.noise import Noise

from .helpers import OTHER_KEY, assert_clean, make_ctx

OP = Noise(epsilon=0.5)  # b = sensitivity / epsilon = 2


def test_when_many_records_then_noise_is_laplace_with_scale_b():
    n = 20_000
    draws = [OP.apply(0.0, make_ctx(record_id=f"r-{i}", field="salary")) for i in range(n)]
    assert OP.scale == 2.0
    # mean 0 (sd of the mean ~0.02); mean |x| = b for Laplace (sd ~0.014)
    assert abs(statistics.fmean(draws)) < 0.1
    assert statistics.fmean(abs(x) for x in draws) == pytest.approx(OP.scale, rel=0.05)


def test_when_same_record_and_field_then_same_noise():
    first = OP.apply(100.0, make_ctx(record_id="r-1", field="salary"))
    assert first == OP.apply(100.0, make_ctx(record_id="r-1", field="salary"))
    assert first != 100.0


@pytest.mark.parametrize(
    "other",
    [
        make_ctx(record_id="r-2", field="salary"),  # another record
        make_ctx(record_id="r-1", field="bonus"),  # another field
        make_ctx(record_id="r-1", field="salary", key=OTHER_KEY),  # another key
    ],
)
def test_when_record_field_or_key_differ_then_noise_differs(other):
    assert OP.apply(100.0, make_ctx(record_id="r-1", field="salary")) != OP.apply(100.0, other)


def test_when_epsilon_is_smaller_then_noise_is_larger():
    def mad(op):
        return statistics.fmean(abs(op.apply(0.0, make_ctx(record_id=f"r-{i}"))) for i in range(2000))

    assert mad(Noise(epsilon=0.1)) > 5 * mad(Noise(epsilon=2.0))


@pytest.mark.parametrize(
    "value, params, check",
    [
        (50_000, {"sensitivity": 1000}, lambda out: isinstance(out, int)),  # int in, int out
        (50_000.0, {"sensitivity": 1000}, lambda out: isinstance(out, float)),  # float stays float
        ("50000", {"sensitivity": 1000}, lambda out: out.lstrip("-").isdigit()),  # integer text stays integer text
        ("50000.5", {}, lambda out: isinstance(out, str) and "." in out),  # decimal text stays text
        (50_000, {"decimals": 2}, lambda out: isinstance(out, float) and round(out, 2) == out),  # decimals > 0: float
        (50_000, {"sensitivity": 1e5, "decimals": -3}, lambda out: isinstance(out, int) and out % 1000 == 0),  # thousands
        ("7", {"decimals": 2}, lambda out: len(out.split(".")[1]) == 2),  # text with fixed decimals
        (5, {"sensitivity": 1e6, "clamp": [0, 10]}, lambda out: 0 <= out <= 10),  # clamped
        (Decimal("52000.25"), {"sensitivity": 1000}, lambda out: isinstance(out, Decimal) and out.as_tuple().exponent == -2),
        (Decimal("7"), {"decimals": -1, "sensitivity": 1e4}, lambda out: isinstance(out, Decimal) and out % 10 == 0),
    ],
)
def test_when_noising_then_type_rounding_and_clamp_are_respected(value, params, check):
    op = Noise(epsilon=1.0, **params)
    for i in range(50):
        assert check(op.apply(value, make_ctx(record_id=f"r-{i}")))


SECRET = "Alice Smith"


@pytest.mark.parametrize(
    "value, message",
    [
        (SECRET, "noise: value is not a number"),  # text
        (True, "noise: value is a boolean"),  # bool
        ("nan", "noise: value is not a finite number"),  # NaN text
        (float("inf"), "noise: value is not a finite number"),  # infinity
        ([1, 2], "noise: value is not a finite number"),  # a list
        (Decimal("NaN"), "noise: value is not a finite number"),  # a Decimal NaN
    ],
)
def test_when_value_is_not_a_number_then_operator_error_without_the_value(value, message):
    with pytest.raises(OperatorError, match=message) as info:
        OP.apply(value, make_ctx())
    assert_clean(info.value, value)


FIXED = {"noise: value is not a number", "noise: value is not a finite number"}


@given(st.text(min_size=1))
@settings(max_examples=200, deadline=None)
def test_when_any_text_fails_then_message_is_fixed_and_unchained(text):
    try:
        out = OP.apply(text, make_ctx())
    except OperatorError as exc:
        assert str(exc) in FIXED
        assert exc.__cause__ is None and (exc.__context__ is None or exc.__suppress_context__)
    else:
        assert math.isfinite(float(out))


@pytest.mark.parametrize(
    "params, message",
    [
        ({}, r"^epsilon: required"),  # missing
        ({"epsilon": 0}, r"^epsilon: must be greater than 0, got 0"),  # zero
        ({"epsilon": -1}, r"^epsilon: must be greater than 0"),  # negative
        ({"epsilon": "1"}, r"^epsilon: must be a finite number"),  # text
        ({"epsilon": True}, r"^epsilon: must be a finite number"),  # bool
        ({"epsilon": float("inf")}, r"^epsilon: must be a finite number"),  # infinite
        ({"epsilon": 1, "sensitivity": 0}, r"^sensitivity: must be greater than 0"),  # zero
        ({"epsilon": 1, "mechanism": "gaussian"}, r"^mechanism: must be one of laplace, got 'gaussian'"),  # unknown
        ({"epsilon": 1, "clamp": [5, 1]}, r"^clamp: lo must be less than hi"),  # reversed
        ({"epsilon": 1, "clamp": [1, 1]}, r"^clamp: lo must be less than hi"),  # empty range
        ({"epsilon": 1, "clamp": [1]}, r"^clamp: must be two numbers"),  # one bound
        ({"epsilon": 1, "clamp": "0,1"}, r"^clamp: must be two numbers"),  # text
        ({"epsilon": 1, "clamp": [0, "x"]}, r"^clamp: must be a finite number"),  # text bound
        ({"epsilon": 1, "decimals": 13}, r"^decimals: must be from -9 to 12, got 13"),  # too many
        ({"epsilon": 1, "decimals": 1.5}, r"^decimals: must be a whole number"),  # fractional
    ],
)
def test_when_parameter_is_wrong_then_policy_error_names_it(params, message):
    with pytest.raises(PolicyError, match=message):
        Noise(**params)

import dataclasses
import pickle

import pytest

import minimize.operators as ops
from minimize.errors import PolicyError, SecretKeyError
from minimize.keys import unkeyed

from .helpers import make_ctx

# the smallest valid parameters for each operator
MINIMAL = {
    "date_shift": {},
    "drop": {},
    "generalize": {"to": "year"},
    "hash": {},
    "keep": {},
    "mask": {},
    "noise": {"epsilon": 1.0},
    "placeholder": {},
    "redact": {},
    "replace": {},
    "synthesize": {},
}
KEYED = {"hash", "synthesize", "date_shift", "noise"}


def test_when_package_imported_then_every_operator_is_registered():
    assert ops.OPERATORS.names() == sorted(MINIMAL)


@pytest.mark.parametrize("name", sorted(MINIMAL))
def test_when_built_by_name_then_keyed_flag_name_and_describe_are_right(name):
    op = ops.build_operator(name, MINIMAL[name])
    assert op.name == name
    assert op.keyed == (name in KEYED)
    assert isinstance(op.describe(), dict)


@pytest.mark.parametrize("name", sorted(MINIMAL))
def test_when_value_is_none_then_every_operator_passes_it_through(name):
    assert ops.build_operator(name, MINIMAL[name]).apply(None, make_ctx("PERSON")) is None


@pytest.mark.parametrize("name", sorted(MINIMAL))
def test_when_pickled_then_operator_round_trips_equal(name):
    # Beam ships compiled policies to workers by pickling them
    op = ops.build_operator(name, MINIMAL[name])
    assert pickle.loads(pickle.dumps(op)) == op


@pytest.mark.parametrize("name", sorted(MINIMAL))
def test_when_assigning_a_parameter_then_operator_is_frozen(name):
    op = ops.build_operator(name, MINIMAL[name])
    with pytest.raises(dataclasses.FrozenInstanceError):
        op.foo = 1


@pytest.mark.parametrize("name", sorted(KEYED))
def test_when_no_key_then_keyed_operators_refuse(name):
    op = ops.build_operator(name, MINIMAL[name])
    with pytest.raises(SecretKeyError):
        op.apply("1985-03-12" if name == "date_shift" else "42", make_ctx("PERSON", digest=unkeyed))


def test_when_operator_name_misspelt_then_error_suggests_the_right_one():
    with pytest.raises(PolicyError, match=r"unknown operator 'maks'.*did you mean 'mask'"):
        ops.build_operator("maks", {})


def test_when_unknown_parameter_then_error_names_it_and_lists_allowed():
    with pytest.raises(PolicyError, match=r"^keep_lsat: not a parameter of 'mask' \(allowed: .*keep_last"):
        ops.build_operator("mask", {"keep_lsat": 2})

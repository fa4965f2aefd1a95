import re

import pytest

from minimize.errors import PolicyError, SecretKeyError
from minimize.keys import unkeyed
from minimize.operators.hash import Hash

from .helpers import OTHER_KEY, make_ctx

OP = Hash()


def test_when_same_key_then_same_hash_and_other_key_then_other_hash():
    first = OP.apply("alice@example.com", make_ctx("EMAIL_ADDRESS"))
    assert first == OP.apply("alice@example.com", make_ctx("EMAIL_ADDRESS"))
    assert first != OP.apply("alice@example.com", make_ctx("EMAIL_ADDRESS", key=OTHER_KEY))
    assert re.fullmatch(r"[0-9a-f]{64}", first)


def test_when_field_entity_or_record_differ_then_hash_is_the_same():
    # joins across tables need the same hash wherever the value appears
    a = OP.apply("C-1001", make_ctx("PERSON", field="customer_id", record_id="r1"))
    b = OP.apply("C-1001", make_ctx(None, field="orders.customer", record_id="r9"))
    assert a == b


def test_when_int_and_its_text_then_hash_is_the_same():
    assert OP.apply(1001, make_ctx()) == OP.apply("1001", make_ctx())


def test_when_values_differ_then_hashes_differ():
    assert OP.apply("alice", make_ctx()) != OP.apply("alicf", make_ctx())


@pytest.mark.parametrize(
    "params, pattern",
    [
        ({"length": 16}, r"[0-9a-f]{16}"),  # shortened
        ({"length": 8, "prefix": "cust_"}, r"cust_[0-9a-f]{8}"),  # with a prefix
        ({"length": 64}, r"[0-9a-f]{64}"),  # full digest
    ],
)
def test_when_length_and_prefix_set_then_output_has_that_shape(params, pattern):
    assert re.fullmatch(pattern, Hash(**params).apply("x", make_ctx()))


def test_when_shortened_then_it_is_a_prefix_of_the_full_hash():
    assert OP.apply("x", make_ctx()).startswith(Hash(length=12).apply("x", make_ctx()))


def test_when_no_key_then_hash_refuses():
    with pytest.raises(SecretKeyError):
        OP.apply("alice@example.com", make_ctx(digest=unkeyed))


@pytest.mark.parametrize(
    "params, message",
    [
        ({"length": 7}, r"^length: must be 8-64, got 7"),  # too short to be unique
        ({"length": 65}, r"^length: must be 8-64, got 65"),  # longer than the digest
        ({"length": "16"}, r"^length: must be a whole number"),  # text
        ({"prefix": 5}, r"^prefix: must be a string"),  # not text
    ],
)
def test_when_parameter_is_wrong_then_policy_error_names_it(params, message):
    with pytest.raises(PolicyError, match=message):
        Hash(**params)

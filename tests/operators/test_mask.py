import pytest

from minimize.errors import PolicyError
from minimize.operators.mask import Mask

from .helpers import make_ctx


@pytest.mark.parametrize(
    "value, params, expected",
    [
        ("555-123-4567", {"keep_last": 2}, "***-***-**67"),  # phone: separators stay
        ("555-123-4567", {}, "***-***-****"),  # default: everything masked
        ("alice@example.com", {"keep_first": 1}, "a****@*******.***"),  # email shape stays
        ("4111 1111 1111 1234", {"keep_first": 4, "keep_last": 4}, "4111 **** **** 1234"),  # card
        ("555-123-4567", {"keep_last": 2, "keep_separators": False}, "**********67"),  # all chars
        ("Alice", {"char": "#"}, "#####"),  # other mask char
        ("1234", {"keep_last": 4}, "****"),  # keeping all would reveal it: mask all
        ("12", {"keep_first": 1, "keep_last": 1}, "**"),  # same, from both ends
        (123456, {"keep_last": 2}, "****56"),  # int: masked as text
        ("Zoë Ørsted", {"keep_first": 1}, "Z** ******"),  # non-ASCII letters count
        ("", {}, ""),  # empty stays empty
    ],
)
def test_when_masking_then_only_kept_characters_show(value, params, expected):
    assert Mask(**params).apply(value, make_ctx()) == expected


@pytest.mark.parametrize(
    "params, message",
    [
        ({"char": ""}, r"^char: must be exactly 1 character, got 0"),  # empty
        ({"char": "**"}, r"^char: must be exactly 1 character, got 2"),  # too long
        ({"char": 5}, r"^char: must be a string"),  # not text
        ({"keep_first": -1}, r"^keep_first: must be 0-"),  # negative
        ({"keep_last": "2"}, r"^keep_last: must be a whole number"),  # text, not int
        ({"keep_last": 2.5}, r"^keep_last: must be a whole number"),  # float
        ({"keep_last": True}, r"^keep_last: must be a whole number"),  # bool is not 1
        ({"keep_separators": "yes"}, r"^keep_separators: must be true or false"),  # not bool
    ],
)
def test_when_parameter_is_wrong_then_policy_error_names_it(params, message):
    with pytest.raises(PolicyError, match=message):
        Mask(**params)

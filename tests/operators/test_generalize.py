import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from minimize.errors import OperatorError, PolicyError
from minimize.operators.generalize import Generalize

from .helpers import assert_clean, make_ctx

CTX = make_ctx("DATE_TIME")
AS_OF = dt.date(2024, 6, 1)


def gen(value, **params):
    return Generalize(**params).apply(value, CTX)


@pytest.mark.parametrize(
    "value",
    [
        "1985-03-12",  # ISO
        "1985-03-12T10:20:30Z",  # ISO datetime
        "03/12/1985",  # US
        "12.03.1985",  # European
        "1985/03/12",  # year first
        "March 12, 1985",  # month name first
        "12 March 1985",  # day first
    ],
)
def test_when_date_text_in_any_known_form_then_generalized(value):
    assert gen(value, to="year") == "1985"
    assert gen(value, to="year_month") == "1985-03"
    assert gen(value, to="decade") == "1980s"


@pytest.mark.parametrize(
    "value, to, expected",
    [
        (dt.date(1985, 3, 12), "year", 1985),  # date object: an int year
        (dt.datetime(1985, 3, 12, 9), "year", 1985),  # datetime object
        (dt.date(1985, 3, 12), "year_month", "1985-03"),  # always text
        (dt.date(2000, 1, 1), "decade", "2000s"),  # decade boundary
        (dt.date(1999, 12, 31), "decade", "1990s"),  # last day of a decade
    ],
)
def test_when_date_object_then_year_is_int_and_others_text(value, to, expected):
    assert gen(value, to=to) == expected


@pytest.mark.parametrize(
    "value, params, expected",
    [
        ("1990-06-02", {}, "30-39"),  # 33: birthday tomorrow
        ("1990-06-01", {}, "30-39"),  # 34: birthday today
        ("1994-06-01", {}, "30-39"),  # exactly 30
        ("1994-06-02", {}, "20-29"),  # one day short of 30
        (dt.date(2024, 6, 1), {}, "0-9"),  # born today
        ("1990-06-01", {"band": 5}, "30-34"),  # 5-year bands
        ("1990-06-01", {"band": 1}, "34"),  # 1-year bands: the age itself
        (42, {}, "40-49"),  # a numeric age
        ("42", {}, "40-49"),  # a numeric age as text
        (42.9, {}, "40-49"),  # fractional age
    ],
)
def test_when_age_band_then_age_at_as_of_is_banded(value, params, expected):
    assert gen(value, to="age_band", as_of=AS_OF, **params) == expected


def test_when_as_of_is_iso_text_then_it_is_read_as_a_date():
    assert Generalize(to="age_band", as_of="2024-06-01").as_of == AS_OF


def test_when_as_of_missing_then_it_is_today():
    assert Generalize(to="age_band").as_of == dt.date.today()


def test_when_born_after_as_of_then_operator_error():
    with pytest.raises(OperatorError, match="age is outside 0-199"):
        gen("2030-01-01", to="age_band", as_of=AS_OF)


BINS = [0, 18, 30, 45, 65, 120]


@pytest.mark.parametrize(
    "value, bins, expected",
    [
        (42, BINS, "30-44"),  # inside a bin: inclusive integer range
        (0, BINS, "0-17"),  # first edge belongs to the first bin
        (18, BINS, "18-29"),  # an edge starts the next bin
        (44.5, BINS, "30-44"),  # float value, integer edges
        (119.99, BINS, "65-119"),  # just below the last edge
        (120, BINS, ">=120"),  # the last edge itself
        (500, BINS, ">=120"),  # above
        (-1, BINS, "<0"),  # below
        ("42", BINS, "30-44"),  # numeric text
        (" 42 ", BINS, "30-44"),  # numeric text with spaces
        (0, [0, 1, 2], "0"),  # one-wide bin: a single number
        (0.7, [0, 0.5, 1.0], "[0.5, 1)"),  # non-integer edges: half-open interval
        (0.2, [0, 0.5, 1.0], "[0, 0.5)"),  # first float bin
        (1.0, [0, 0.5, 1.0], ">=1"),  # last float edge
    ],
)
def test_when_bins_then_value_falls_in_its_bin(value, bins, expected):
    assert gen(value, bins=bins) == expected


@pytest.mark.parametrize(
    "value, n, expected",
    [
        ("94107", 3, "941**"),  # US zip
        ("94107-1234", 3, "941**"),  # ZIP+4: the +4 block is dropped
        ("94107-1234", 5, "94107"),  # keep the whole zip5, still drop +4
        ("94107", 1, "9****"),  # one digit
        (94107, 2, "94***"),  # int zip: text out
        (2134, 3, "021**"),  # int zip lost its leading zero: read as 5 digits
        ("02134", 3, "021**"),  # text keeps its zero
        ("SW1A 1AA", 3, "SW1* ***"),  # UK postcode: letters count too
        ("10115", 5, "10115"),  # keep all five: unchanged
        ("94", 3, "94"),  # shorter than n: shows no more than allowed
    ],
)
def test_when_keep_digits_then_leading_characters_survive(value, n, expected):
    assert gen(value, keep_digits=n) == expected


@pytest.mark.parametrize(
    "value, n, expected",
    [
        (37.774929, 2, 37.77),  # float stays float
        (-122.419416, 3, -122.419),  # negative
        (37.6, 0, 38.0),  # zero decimals
        (37, 2, 37),  # int has no decimals
        ("37.774929", 2, "37.77"),  # text stays text
        ("37.774929,-122.419416", 2, "37.77,-122.42"),  # lat,long pair
        ("POINT(-122.419416 37.774929)", 1, "POINT(-122.4 37.8)"),  # WKT point
        ("37", 2, "37"),  # integer text
    ],
)
def test_when_precision_then_decimals_are_rounded(value, n, expected):
    assert gen(value, precision=n) == expected


@pytest.mark.parametrize(
    "params",
    [
        {"to": "year"},  # dates
        {"bins": BINS},  # bins
        {"keep_digits": 3},  # zips
        {"precision": 2},  # coordinates
        {"to": "age_band", "as_of": AS_OF},  # ages
    ],
)
@pytest.mark.parametrize("value", [None, "", "   "])  # missing or empty
def test_when_value_missing_or_empty_then_it_passes_through(params, value):
    assert gen(value, **params) == value


SECRET = "Alice Smith 1985"


@pytest.mark.parametrize(
    "value, params, message",
    [
        (SECRET, {"to": "year"}, "generalize to=year: value is not a date in a known format"),  # text
        ("1985-02-30", {"to": "year_month"}, "to=year_month: value is not a date"),  # impossible date
        (2017, {"to": "decade"}, "to=decade: value is not a date"),  # an int is not a date
        (SECRET, {"to": "age_band"}, "to=age_band: value is not a date of birth or an age"),  # text
        (SECRET, {"bins": BINS}, "generalize bins: value is not a number"),  # text
        (True, {"bins": BINS}, "generalize bins: value is not a number"),  # bool
        ("nan", {"bins": BINS}, "generalize bins: value is not a finite number"),  # NaN text
        (float("inf"), {"bins": BINS}, "not a finite number"),  # infinity
        (94107.0, {"keep_digits": 3}, "keep_digits: value is not a zip"),  # float zip
        (SECRET, {"precision": 2}, "precision: value is not a number"),  # text without decimals
        (True, {"precision": 2}, "precision: value is not a number"),  # bool
        (float("nan"), {"precision": 2}, "precision: value is not a finite number"),  # NaN
    ],
)
def test_when_value_cannot_be_generalized_then_operator_error_without_the_value(value, params, message):
    with pytest.raises(OperatorError, match=message) as info:
        gen(value, **params)
    assert_clean(info.value, value)


def _error(params, value):
    try:
        gen(value, **params)
    except OperatorError as exc:
        return exc
    return None


# each mode's failure messages, collected from harmless sentinel values
FIXED_MESSAGES = [
    (params, {str(_error(params, s)) for s in sentinels})
    for params, sentinels in [
        ({"to": "year"}, ["x"]),
        ({"bins": BINS}, ["x", "nan"]),
        ({"to": "age_band", "as_of": AS_OF}, ["x", "nan", "999"]),
        ({"precision": 2}, ["x", "nan"]),
    ]
]


@given(st.text(min_size=1))
@settings(max_examples=150, deadline=None)
def test_when_any_text_fails_then_message_is_one_of_the_fixed_texts(text):
    # a message that never varies with the value cannot leak it
    for params, known in FIXED_MESSAGES:
        exc = _error(params, text)
        if exc is not None:
            assert str(exc) in known
            assert exc.__cause__ is None and (exc.__context__ is None or exc.__suppress_context__)


@pytest.mark.parametrize(
    "params, message",
    [
        ({}, r"^to: generalize takes exactly one of to, bins, keep_digits, precision; got none"),  # none
        ({"to": "year", "bins": BINS}, r"^bins: generalize takes exactly one of .*got to and bins"),  # two
        ({"keep_digits": 3, "precision": 2}, r"^precision: generalize takes exactly one"),  # two others
        ({"to": "yaer"}, r"^to: must be one of year, year_month, decade, age_band, got 'yaer'"),  # typo
        ({"bins": []}, r"^bins: needs at least 2 edges, got 0"),  # empty
        ({"bins": [5]}, r"^bins: needs at least 2 edges, got 1"),  # one edge
        ({"bins": [0, 30, 18]}, r"^bins: edges must be strictly increasing"),  # unsorted
        ({"bins": [0, 18, 18]}, r"^bins: edges must be strictly increasing"),  # repeated edge
        ({"bins": "0,18,30"}, r"^bins: must be a list of numbers"),  # text
        ({"bins": 18}, r"^bins: must be a list of numbers"),  # a single number
        ({"bins": [0, "18"]}, r"^bins: must be a finite number"),  # text edge
        ({"bins": [0, True]}, r"^bins: must be a finite number"),  # bool edge
        ({"bins": [0, float("nan")]}, r"^bins: must be a finite number"),  # NaN edge
        ({"keep_digits": 0}, r"^keep_digits: must be 1-5, got 0"),  # too few
        ({"keep_digits": 9}, r"^keep_digits: must be 1-5, got 9"),  # too many
        ({"keep_digits": "3"}, r"^keep_digits: must be a whole number"),  # text
        ({"precision": 7}, r"^precision: must be 0-6, got 7"),  # too many
        ({"precision": -1}, r"^precision: must be 0-6, got -1"),  # negative
        ({"to": "year", "as_of": AS_OF}, r"^as_of: only used with to: age_band"),  # misplaced
        ({"bins": BINS, "band": 5}, r"^band: only used with to: age_band"),  # misplaced
        ({"to": "age_band", "band": 0}, r"^band: must be 1-100, got 0"),  # zero band
        ({"to": "age_band", "as_of": "June 2024"}, r"^as_of: must be a date like 2024-01-31"),  # not ISO
        ({"to": "age_band", "as_of": 2024}, r"^as_of: must be a date"),  # a bare year
    ],
)
def test_when_parameter_is_wrong_then_policy_error_names_it(params, message):
    with pytest.raises(PolicyError, match=message):
        Generalize(**params)

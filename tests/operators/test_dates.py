import datetime as dt

import pytest

from minimize.operators._dates import parse_date

NEW = dt.date(2001, 1, 5)


@pytest.mark.parametrize(
    "value, day, rewritten",
    [
        ("1985-03-12", dt.date(1985, 3, 12), "2001-01-05"),  # ISO date
        ("1985-03-12T10:20:30Z", dt.date(1985, 3, 12), "2001-01-05T10:20:30Z"),  # ISO datetime, UTC
        ("1985-03-12 10:20:30.123+01:00", dt.date(1985, 3, 12), "2001-01-05 10:20:30.123+01:00"),  # offset
        ("1985-03-12T10:20", dt.date(1985, 3, 12), "2001-01-05T10:20"),  # minutes only
        ("03/12/1985", dt.date(1985, 3, 12), "01/05/2001"),  # US, padded
        ("3/7/1985", dt.date(1985, 3, 7), "1/5/2001"),  # US, unpadded
        ("25/12/1985", dt.date(1985, 12, 25), "05/01/2001"),  # first part > 12: day first
        ("12.03.1985", dt.date(1985, 3, 12), "05.01.2001"),  # European dots
        ("1985/03/12", dt.date(1985, 3, 12), "2001/01/05"),  # year first, slashes
        ("March 12, 1985", dt.date(1985, 3, 12), "January 5, 2001"),  # month name first
        ("Mar. 12 1985", dt.date(1985, 3, 12), "Jan. 5 2001"),  # abbreviated, no comma
        ("12 March 1985", dt.date(1985, 3, 12), "5 January 2001"),  # day first, month name
        ("12 SEPT 1985", dt.date(1985, 9, 12), "5 JAN 2001"),  # upper-case abbreviation
        ("may 1, 1985", dt.date(1985, 5, 1), "january 5, 2001"),  # lower-case full name
        ("  1985-03-12\n", dt.date(1985, 3, 12), "  2001-01-05\n"),  # surrounding space kept
        (dt.date(1985, 3, 12), dt.date(1985, 3, 12), NEW),  # date object
        (dt.datetime(1985, 3, 12, 8, 30), dt.date(1985, 3, 12), dt.datetime(2001, 1, 5, 8, 30)),  # time kept
    ],
)
def test_when_date_in_known_form_then_parsed_and_rewritten_alike(value, day, rewritten):
    parsed = parse_date(value)
    assert parsed.date == day
    assert parsed.rebuild(NEW) == rewritten


@pytest.mark.parametrize(
    "value",
    [
        "1985-02-30",  # no such day
        "13/13/1985",  # no such month either way
        "1985-3-12",  # ISO needs two digits
        "19850312",  # compact: too easily a number
        "March 1985",  # no day
        "yesterday",  # relative
        "",  # empty
        19850312,  # int
        1985.5,  # float
        None,  # missing
    ],
)
def test_when_not_a_date_in_known_form_then_none(value):
    assert parse_date(value) is None

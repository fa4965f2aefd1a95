import datetime as dt
from collections import Counter

import pytest

from minimize.errors import OperatorError, PolicyError
from minimize.operators.date_shift import DateShift

from .helpers import OTHER_KEY, assert_clean, make_ctx

OP = DateShift()
CTX = make_ctx("DATE_TIME", record_id="patient-7")
DAYS = OP.offset("patient-7", CTX)
D = dt.date(1985, 3, 12) + dt.timedelta(days=DAYS)  # the expected shifted day


@pytest.mark.parametrize(
    "value, expected",
    [
        ("1985-03-12", f"{D:%Y-%m-%d}"),  # ISO
        ("1985-03-12T10:20:30Z", f"{D:%Y-%m-%d}T10:20:30Z"),  # ISO datetime: time and zone kept
        ("03/12/1985", f"{D:%m/%d/%Y}"),  # US
        ("12.03.1985", f"{D:%d.%m.%Y}"),  # European
        ("1985/03/12", f"{D:%Y/%m/%d}"),  # year first
        ("March 12, 1985", f"{D:%B} {D.day}, {D.year}"),  # month name first
        ("12 March 1985", f"{D.day} {D:%B} {D.year}"),  # day first
        (dt.date(1985, 3, 12), D),  # date object stays a date
        (dt.datetime(1985, 3, 12, 8, 15), dt.datetime.combine(D, dt.time(8, 15))),  # datetime keeps time
    ],
)
def test_when_shifting_then_format_and_type_are_kept(value, expected):
    assert OP.apply(value, CTX) == expected


def test_when_same_subject_then_intervals_survive():
    admitted = OP.apply("2020-01-01", CTX)
    discharged = OP.apply("2020-01-04", make_ctx("DATE_TIME", record_id="patient-7", field="discharged"))
    gap = dt.date.fromisoformat(discharged) - dt.date.fromisoformat(admitted)
    assert gap == dt.timedelta(days=3)


def test_when_subject_field_is_a_dotted_path_then_records_of_one_subject_share_the_shift():
    op = DateShift(subject_field="patient.id")
    visit1 = make_ctx(record_id="v-1", record={"patient": {"id": "p-42"}})
    visit2 = make_ctx(record_id="v-2", record={"patient": {"id": "p-42"}})
    assert op.apply("2020-05-05", visit1) == op.apply("2020-05-05", visit2)


def test_when_default_subject_then_records_shift_independently():
    shifts = {OP.offset(f"r-{i}", CTX) for i in range(20)}
    assert len(shifts) > 10


def test_when_many_subjects_then_offsets_cover_the_range_and_never_zero():
    op = DateShift(max_days=3)
    counts = Counter(op.offset(f"s-{i}", CTX) for i in range(3000))
    assert set(counts) == {-3, -2, -1, 1, 2, 3}  # never 0, never beyond max_days
    assert min(counts.values()) > 400  # roughly uniform (500 expected each)


def test_when_key_changes_then_offsets_change():
    other = make_ctx(key=OTHER_KEY)
    subjects = [f"s-{i}" for i in range(5)]
    assert [OP.offset(s, CTX) for s in subjects] != [OP.offset(s, other) for s in subjects]


@pytest.mark.parametrize(
    "record",
    [
        {},  # field absent
        {"patient": {}},  # inner key absent
        {"patient": "p-42"},  # not a mapping on the way
        {"patient": {"id": None}},  # null
        {"patient": {"id": ""}},  # empty
    ],
)
def test_when_subject_missing_then_operator_error_names_the_field(record):
    with pytest.raises(OperatorError, match="subject_field 'patient.id' is missing or empty"):
        DateShift(subject_field="patient.id").apply("2020-05-05", make_ctx(record=record))


@pytest.mark.parametrize(
    "value",
    [
        "Alice was born in spring",  # free text
        "1985-02-30",  # impossible date
        19850312,  # int
    ],
)
def test_when_not_a_date_then_operator_error_without_the_value(value):
    with pytest.raises(OperatorError, match="date_shift: value is not a date in a known format") as info:
        OP.apply(value, CTX)
    assert_clean(info.value, value)


def test_when_shift_leaves_the_calendar_then_operator_error():
    with pytest.raises(OperatorError, match="outside years 1-9999"):
        DateShift(max_days=3650).apply(dt.date(1, 1, 1), make_ctx(record_id=_negative_subject()))


def _negative_subject():
    op = DateShift(max_days=3650)
    return next(f"s-{i}" for i in range(100) if op.offset(f"s-{i}", CTX) < 0)


@pytest.mark.parametrize(
    "params, message",
    [
        ({"max_days": 0}, r"^max_days: must be 1-3650, got 0"),  # no shift
        ({"max_days": 3651}, r"^max_days: must be 1-3650, got 3651"),  # over ten years
        ({"max_days": "30"}, r"^max_days: must be a whole number"),  # text
        ({"subject_field": ""}, r"^subject_field: must not be empty"),  # empty
        ({"subject_field": "a..b"}, r"^subject_field: empty part in path"),  # broken path
        ({"subject_field": 5}, r"^subject_field: must be a string"),  # not text
    ],
)
def test_when_parameter_is_wrong_then_policy_error_names_it(params, message):
    with pytest.raises(PolicyError, match=message):
        DateShift(**params)

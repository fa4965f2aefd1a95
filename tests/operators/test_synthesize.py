import datetime as dt
import ipaddress
import pickle
import re
from concurrent.futures import ThreadPoolExecutor

import pytest

from minimize.errors import OperatorError, PolicyError
from minimize.operators._dates import parse_date
from minimize.operators.synthesize import Synthesize

from .helpers import OTHER_KEY, make_ctx

OP = Synthesize()  # shared: Faker instances are cached per thread and locale


def syn(value, entity=None, **ctx):
    return OP.apply(value, make_ctx(entity, **ctx))


def luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def shape(text: str) -> str:
    return re.sub(r"[0-9]", "9", re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", text)))


SAMPLES = [
    ("PERSON", "John Smith"),  # full name
    ("EMAIL_ADDRESS", "john.smith@example.com"),  # email
    ("PHONE_NUMBER", "555-123-4567"),  # US phone
    ("LOCATION", "Springfield"),  # city
    ("ADDRESS", "12 Main St, Springfield, IL 62701"),  # full address
    ("STREET_ADDRESS", "12 Main St"),  # street
    ("CREDIT_CARD", "4111 1111 1111 1111"),  # Visa
    ("US_SSN", "123-45-6789"),  # SSN
    ("IBAN_CODE", "GB82 WEST 1234 5698 7654 32"),  # IBAN
    ("IP_ADDRESS", "203.0.113.7"),  # IPv4
    ("URL", "https://example.com/profile/jsmith"),  # URL
    ("ORGANIZATION", "Acme Corp"),  # company
    ("NRP", "Norwegian"),  # nationality: a company stand-in
    ("DATE_TIME", "1985-03-12"),  # date
    ("ZIP_CODE", "94107"),  # zip
    ("AGE", "42"),  # age
    ("US_PASSPORT", "X12345678"),  # no generator: shape kept
    (None, "AB-1234-x"),  # no entity: shape kept
]


@pytest.mark.parametrize("entity, value", SAMPLES)
def test_when_same_key_then_same_fake_and_other_key_then_other_fake(entity, value):
    fake = syn(value, entity)
    assert fake == syn(value, entity, record_id="another", field="other")  # same in every record
    assert fake != value
    assert fake != syn(value, entity, key=OTHER_KEY)


@pytest.mark.parametrize("entity, value", SAMPLES)
def test_when_entity_is_a_parameter_then_it_overrides_the_context(entity, value):
    if entity is None:
        return
    assert Synthesize(entity=entity).apply(value, make_ctx("SOMETHING_ELSE")) == syn(value, entity)


def test_when_many_values_then_output_never_equals_input():
    for entity, value in SAMPLES:
        for i in range(30):
            variant = re.sub(r"\d", lambda m: str((int(m[0]) + i) % 10), value)
            assert str(syn(variant, entity)).casefold() != variant.casefold()


@pytest.mark.parametrize(
    "value, expected_shape",
    [
        ("john smith", r"[a-z]+ [a-z]+"),  # lower case stays lower
        ("JOHN SMITH", r"[A-Z]+ [A-Z]+"),  # upper case stays upper
        ("John Smith", r"[A-Z][a-z]+ [A-Z][a-z']+"),  # title case
        ("Alice", r"[A-Z][a-z']+"),  # one token: one name
        ("Mary Ann Smith", r"\S+ \S+ \S+"),  # three tokens: three names
    ],
)
def test_when_person_then_token_count_and_case_style_are_kept(value, expected_shape):
    assert re.fullmatch(expected_shape, syn(value, "PERSON"))


def test_when_case_differs_then_the_same_person_is_chosen():
    assert syn("JOHN SMITH", "PERSON") == syn("John  Smith", "PERSON").upper()


@pytest.mark.parametrize(
    "value",
    [
        "4111 1111 1111 1111",  # Visa, spaced
        "4111111111111111",  # Visa, compact
        "5555-5555-5555-4444",  # Mastercard, dashes
        "2221000000000009",  # Mastercard 2-series
        "378282246310005",  # Amex, 15 digits
        "36227206271667",  # Diners, 14 digits
        "6011111111111117",  # Discover
        "4222222222222",  # 13-digit Visa
    ],
)
def test_when_credit_card_then_fakes_pass_luhn_and_keep_grouping_and_network(value):
    for i in range(60):  # many distinct inputs of the same form
        original = value[:-2] + f"{i:02d}" if value[-2:].isdigit() else value
        fake = syn(original, "CREDIT_CARD")
        assert shape(fake) == shape(original)
        digits = re.sub(r"\D", "", fake)
        assert luhn_ok(digits)
        assert digits[0] == re.sub(r"\D", "", original)[0]


@pytest.mark.parametrize(
    "value, pattern",
    [
        ("123-45-6789", r"(\d{3})-(\d{2})-(\d{4})"),  # dashed
        ("123456789", r"(\d{3})(\d{2})(\d{4})"),  # compact
        ("123 45 6789", r"(\d{3}) (\d{2}) (\d{4})"),  # spaced
    ],
)
def test_when_ssn_then_fakes_are_valid_and_keep_the_layout(value, pattern):
    for i in range(300):
        m = re.fullmatch(pattern, syn(value.replace("6789", f"{i:04d}"), "US_SSN"))
        area, group, serial = (int(g) for g in m.groups())
        assert 1 <= area < 900 and area != 666
        assert group != 0 and serial != 0


@pytest.mark.parametrize(
    "value, kept_prefix",
    [
        ("555-123-4567", ""),  # US, dashes
        ("(415) 555-1234", ""),  # US, parentheses
        ("+44 20 7946 0958", "+44 "),  # UK: country code kept
        ("+14155551234", "+1"),  # compact E.164: country code kept
        ("020 7946 0958", "0"),  # trunk zero kept
    ],
)
def test_when_phone_then_shape_and_country_code_are_kept(value, kept_prefix):
    fake = syn(value, "PHONE_NUMBER")
    assert shape(fake) == shape(value)
    assert fake.startswith(kept_prefix)


def test_when_phone_is_an_int_then_an_int_of_the_same_length_comes_back():
    fake = syn(4155551234, "PHONE_NUMBER")
    assert isinstance(fake, int) and len(str(fake)) == 10


@pytest.mark.parametrize(
    "value",
    [
        "GB82 WEST 1234 5698 7654 32",  # spaced
        "DE89370400440532013000",  # compact
        "FR1420041010050500013M02606",  # letters in the account part
    ],
)
def test_when_iban_then_country_layout_and_check_digits_are_valid(value):
    fake = syn(value, "IBAN_CODE")
    assert shape(fake) == shape(value) and fake[:2] == value[:2]
    compact = fake.replace(" ", "")
    assert int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


@pytest.mark.parametrize(
    "value, version, private",
    [
        ("93.184.216.34", 4, False),  # public v4
        ("192.168.0.12", 4, True),  # private v4 stays private
        ("2001:db8::1", 6, None),  # v6
    ],
)
def test_when_ip_then_the_same_version_comes_back(value, version, private):
    ip = ipaddress.ip_address(syn(value, "IP_ADDRESS"))
    assert ip.version == version
    if private is not None:
        assert ip.is_private == private


@pytest.mark.parametrize(
    "value",
    [
        "1985-03-12",  # ISO
        "03/12/1985",  # US
        "12 March 1985",  # day month-name year
        "1985-03-12T10:20:30Z",  # ISO datetime
    ],
)
def test_when_date_text_then_a_fake_date_in_the_same_form(value):
    fake = syn(value, "DATE_TIME")
    assert parse_date(fake) is not None and shape(fake).replace("a", "") == shape(value).replace("a", "")


@pytest.mark.parametrize(
    "value, check",
    [
        ("yesterday", lambda out: parse_date(out) is not None),  # unparseable: an ISO date
        (dt.date(1985, 3, 12), lambda out: type(out) is dt.date),  # date object stays a date
        (dt.datetime(1985, 3, 12, 9, 30), lambda out: out.time() == dt.time(9, 30)),  # datetime keeps time
    ],
)
def test_when_date_other_forms_then_a_date_of_the_same_kind(value, check):
    assert check(syn(value, "DATE_TIME"))


@pytest.mark.parametrize(
    "value, entity, check",
    [
        ("94107", "ZIP_CODE", lambda out: re.fullmatch(r"\d{5}", out)),  # zip: same shape
        (2134, "ZIP_CODE", lambda out: isinstance(out, int) and len(str(out)) == 4),  # int zip stays int
        ("SW1A 1AA", "POSTAL_CODE", lambda out: shape(out) == "AA9A 9AA"),  # UK postcode shape
        (42, "AGE", lambda out: isinstance(out, int) and 18 <= out <= 90),  # adult age, int
        ("7", "AGE", lambda out: 0 <= int(out) <= 17),  # a child stays a child
        (42.0, "AGE", lambda out: isinstance(out, float)),  # float stays float
        ("AB-1234-x", None, lambda out: shape(out) == "AA-9999-a"),  # unknown: shape kept
        (12345, None, lambda out: isinstance(out, int) and len(str(out)) == 5),  # unknown int
        ("bob@example.com", "EMAIL_ADDRESS", lambda out: re.fullmatch(r"[^@\s]+@[^@\s]+\.\w+", out)),  # email
        ("https://x.org/a/b", "URL", lambda out: out.startswith("http")),  # url
    ],
)
def test_when_other_entities_then_fake_has_the_right_kind(value, entity, check):
    assert check(syn(value, entity))


@pytest.mark.parametrize(
    "value",
    [
        "",  # empty
        "  ",  # blank
        "---",  # no letters or digits: nothing to hide
    ],
)
def test_when_nothing_to_hide_then_value_is_returned(value):
    assert syn(value, "PERSON") == value


def test_when_value_is_boolean_then_operator_error():
    with pytest.raises(OperatorError, match="synthesize: value is a boolean"):
        syn(True, None)


def test_when_threads_share_the_operator_then_results_match_a_single_thread():
    values = [f"Person {i}" for i in range(200)]
    expected = [syn(v, "PERSON") for v in values]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda v: syn(v, "PERSON"), values))
    assert got == expected


def test_when_pickled_then_the_copy_fakes_identically():
    copy = pickle.loads(pickle.dumps(OP))
    assert copy.apply("John Smith", make_ctx("PERSON")) == syn("John Smith", "PERSON")


def test_when_locale_set_then_faker_of_that_locale_is_used():
    de = Synthesize(locale="de_DE").apply("Berlin", make_ctx("LOCATION"))
    assert de != syn("Berlin", "LOCATION")


@pytest.mark.parametrize(
    "params, message",
    [
        ({"entity": "person"}, r"^entity: must be an UPPER_SNAKE entity name"),  # lower case
        ({"entity": ""}, r"^entity: must not be empty"),  # empty
        ({"entity": 5}, r"^entity: must be a string"),  # not text
        ({"locale": "xx_XX"}, r"^locale: unknown Faker locale 'xx_XX' \(e\.g\."),  # unknown
        ({"locale": "en-US"}, r"^locale: unknown Faker locale 'en-US'; did you mean 'en_US'"),  # dash
        ({"locale": None}, r"^locale: must be a string"),  # null
    ],
)
def test_when_parameter_is_wrong_then_policy_error_names_it(params, message):
    with pytest.raises(PolicyError, match=message):
        Synthesize(**params)

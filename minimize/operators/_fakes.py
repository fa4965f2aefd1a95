"""Fake-value generators for `synthesize`, one per entity type.

Each generator takes the original text, a seeded Faker and a seeded
`random.Random`, and returns a substitute that looks like the original:
same layout, a valid checksum where the kind has one (cards, IBANs, SSN rules).
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import random
import re
import string
from typing import Callable

from faker import Faker

from minimize.checksums import luhn_check_digit
from minimize.operators._dates import parse_date

Generator = Callable[[str, Faker, random.Random], str]

_FIRST_FAKE_DAY = dt.date(1950, 1, 1)
_FAKE_DAYS = (dt.date(2025, 12, 31) - _FIRST_FAKE_DAY).days  # fixed range: independent of the run date


# ---- shapes: keep the look of the original, change its content ----------------


def _shape(text: str, rng: random.Random) -> str:
    """Letters -> random letters of the same case, digits -> random digits, others kept.
    A digit run keeps a non-zero first digit, so numbers keep their length."""
    out, prev_digit = [], False
    for c in text:
        if c.isdigit():
            out.append(str(rng.randint(0 if prev_digit or c == "0" else 1, 9)))
        elif c.isalpha():
            letter = rng.choice(string.ascii_lowercase)
            out.append(letter.upper() if c.isupper() else letter)
        else:
            out.append(c)
        prev_digit = c.isdigit()
    return "".join(out)


def shape_gen(text: str, fk: Faker, rng: random.Random) -> str:
    return _shape(text, rng)


def _fill(template: str, chars: str, slot: Callable[[str], bool] = str.isdigit) -> str:
    """Write `chars` into the slots of `template` in order, keeping everything else."""
    it = iter(chars)
    return "".join(next(it) if slot(c) else c for c in template)


def _match_case(original: str, fake: str) -> str:
    if original.isupper():
        return fake.upper()
    if original.islower():
        return fake.lower()
    return fake


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


# ---- one generator per entity type -------------------------------------------


def _person(text: str, fk: Faker, rng: random.Random) -> str:
    tokens = text.split()
    if len(tokens) == 1:  # "Alice" or "Smith": one name, either kind
        name = fk.first_name() if rng.random() < 0.5 else fk.last_name()
    else:
        name = " ".join([fk.first_name() for _ in tokens[: min(len(tokens), 4) - 1]] + [fk.last_name()])
    return _match_case(text, name)


def _phone(text: str, fk: Faker, rng: random.Random) -> str:
    """Same separators and digit groups; a `+` country code is kept; the first national
    digit stays 0 (trunk prefix) or becomes 2-9 (a plausible area code)."""
    total = len(_digits(text))
    keep = _country_code_length(text)
    keep = keep if keep < total else 0
    out, seen = [], 0
    for c in text:
        if not c.isdigit():
            out.append(c)
            continue
        seen += 1
        if seen <= keep:
            out.append(c)
        elif seen == keep + 1:
            out.append("0" if c == "0" else str(rng.randint(2, 9)))
        else:
            out.append(str(rng.randint(0, 9)))
    return "".join(out)


def _country_code_length(text: str) -> int:
    if not text.lstrip().startswith("+"):
        return 0
    import phonenumbers  # only needed for international numbers

    try:
        return len(str(phonenumbers.parse(text, None).country_code))
    except phonenumbers.NumberParseException:
        return 0


def _address(text: str, fk: Faker, rng: random.Random) -> str:
    if "\n" in text:
        return fk.address()
    if "," in text:
        return fk.address().replace("\n", ", ")
    return fk.street_address()


def _credit_card(text: str, fk: Faker, rng: random.Random) -> str:
    """Same digit count and grouping, a prefix of the same card network, valid Luhn."""
    digits = _digits(text)
    if not 12 <= len(digits) <= 19:
        return _shape(text, rng)
    prefix = _card_prefix(digits[0], len(digits), rng)
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(len(digits) - 1 - len(prefix)))
    return _fill(text, body + luhn_check_digit(body))


def _card_prefix(first: str, length: int, rng: random.Random) -> str:
    if first == "3":
        return rng.choice(["34", "37"]) if length == 15 else "36"  # Amex / Diners
    if first == "5":
        return f"5{rng.randint(1, 5)}"  # Mastercard
    if first == "2":
        return str(rng.randint(2221, 2720))  # Mastercard 2-series
    if first == "6":
        return "6011"  # Discover
    return "4"  # Visa


def _ssn(text: str, fk: Faker, rng: random.Random) -> str:
    """A valid SSN in the input's layout: area 001-899 but not 666, group 01-99, serial 0001-9999."""
    if len(_digits(text)) != 9:
        return _shape(text, rng)
    area = rng.randint(1, 898)
    area += area >= 666
    return _fill(text, f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}")


def _iban(text: str, fk: Faker, rng: random.Random) -> str:
    """Same country, length and spacing; a new account part with valid check digits."""
    compact = "".join(text.split()).upper()
    m = re.fullmatch(r"([A-Z]{2})\d{2}([A-Z0-9]{8,30})", compact)
    if m is None:
        return fk.iban()
    country, bban = m[1], _shape(m[2], rng)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    iban = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return _fill(text, iban, slot=str.isalnum)


def _ip(text: str, fk: Faker, rng: random.Random) -> str:
    try:
        ip = ipaddress.ip_address(text.strip())
    except ValueError:
        return fk.ipv6() if ":" in text else fk.ipv4_public()
    if ip.version == 6:
        return fk.ipv6()
    return fk.ipv4_private() if ip.is_private else fk.ipv4_public()


def _url(text: str, fk: Faker, rng: random.Random) -> str:
    return fk.uri() if text.rstrip("/").count("/") > 2 else fk.url()


def _age(text: str, fk: Faker, rng: random.Random) -> str:
    try:
        age = float(text)
    except ValueError:
        return _shape(text, rng)
    # stay on the same side of 18: a children's dataset keeps children
    return str(rng.randint(18, 90) if age >= 18 else rng.randint(0, 17))


def fake_date(value: object, rng: random.Random) -> object:
    """A day in 1950-2025, written like `value` when it is a date, else ISO."""
    day = _FIRST_FAKE_DAY + dt.timedelta(days=rng.randrange(_FAKE_DAYS))
    parsed = parse_date(value)
    return day.isoformat() if parsed is None else parsed.rebuild(day)


def _faker_call(method: str) -> Generator:
    def generate(text: str, fk: Faker, rng: random.Random) -> str:
        return _match_case(text, getattr(fk, method)())

    return generate


GENERATORS: dict[str, Generator] = {
    "PERSON": _person,
    "EMAIL_ADDRESS": _faker_call("email"),
    "PHONE_NUMBER": _phone,
    "LOCATION": _faker_call("city"),
    "ADDRESS": _address,
    "STREET_ADDRESS": _faker_call("street_address"),
    "CREDIT_CARD": _credit_card,
    "US_SSN": _ssn,
    "IBAN_CODE": _iban,
    "IP_ADDRESS": _ip,
    "URL": _url,
    "ORGANIZATION": _faker_call("company"),
    "NRP": _faker_call("company"),
    "ZIP_CODE": shape_gen,
    "POSTAL_CODE": shape_gen,
    "AGE": _age,
}

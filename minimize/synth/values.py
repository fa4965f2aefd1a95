"""PII values, one generator per entity type, in the forms real data has them:
several phone layouts per country, dates in many formats, international names and
addresses, cards grouped as people write them.

Each generator is `(draw, locale) -> str`. Values that must look valid to a
checker are valid: phone numbers pass libphonenumber, cards the Luhn check,
SSNs the SSA rules, IBANs their check digits (Faker makes those). Emails and URLs
use the reserved example.com / .org / .net domains, so no generated address
can belong to anyone.
"""
from __future__ import annotations

import datetime as dt
import functools
import random
import unicodedata
from dataclasses import dataclass
from typing import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from minimize.synth.draw import Draw, Weighted

Generator = Callable[[Draw, str], str]

_MONTHS = "January February March April May June July August September October November December".split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "mail.example.com", "corp.example.org",
                 "inbox.example.net", "support.example.com")
#: where addresses come from: an international mix (Faker locales)
ADDRESS_LOCALES = Weighted.of({"en_US": 6, "en_GB": 2, "de_DE": 1.5, "fr_FR": 1.5, "es_ES": 1, "it_IT": 1,
                               "nl_NL": 1, "en_AU": 1, "en_CA": 1, "en_IE": 0.5, "pt_BR": 1, "pl_PL": 0.5,
                               "sv_SE": 0.5, "en_IN": 1})
IBAN_LOCALES = ("de_DE", "fr_FR", "nl_NL", "en_GB", "es_ES", "it_IT", "pl_PL", "pt_PT", "fi_FI", "de_AT")
#: region -> weight: where phone numbers are from
PHONE_REGIONS = Weighted.of({"US": 10, "GB": 2, "DE": 1.5, "FR": 1.5, "IN": 1.5, "AU": 1, "CA": 1, "BR": 1,
                             "ES": 1, "IT": 1, "NL": 1, "MX": 1})
_US_LAYOUTS = Weighted.of({"({a}) {e}-{l}": 4, "{a}-{e}-{l}": 4, "{a}.{e}.{l}": 2, "+1 {a} {e} {l}": 2,
                           "+1-{a}-{e}-{l}": 1, "1-{a}-{e}-{l}": 1, "{a} {e} {l}": 1, "+1 ({a}) {e}-{l}": 1})
_PHONE_FORMATS = Weighted.of({PhoneNumberFormat.INTERNATIONAL: 3, PhoneNumberFormat.NATIONAL: 2,
                              PhoneNumberFormat.E164: 1})


def tidy(value: str) -> str:
    """Single spaces, none at the ends (some Faker locales pad their addresses): a label's
    span must be exactly the value."""
    return " ".join(value.split())


# ---- people -------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    middle: str = ""

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


def person(draw: Draw, locale: str) -> Person:
    names = draw.names(locale)
    middle = names.first_name(draw.rng) if draw.chance(0.08) else ""
    return Person(names.first_name(draw.rng), names.last_name(draw.rng), middle)


def full_name(draw: Draw, locale: str) -> str:
    p = person(draw, locale)
    roll = draw.rng.random()
    if roll < 0.04:
        return f"{p.last}, {p.first}"  # how directories and CRMs list people
    if roll < 0.07:
        return f"{p.first} {p.middle[:1] or p.last[:1]}. {p.last}"
    return p.full


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and c.isalnum()).lower()


def email_for(draw: Draw, p: Person) -> str:
    f, l = ascii_fold(p.first) or "info", ascii_fold(p.last) or "mail"
    local = draw.choice((f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}", f"{f}{l}{draw.rng.randint(1, 99)}",
                         f"{f}.{l[0]}", f"{l}.{f}", f"{f}", f"{l}{draw.rng.randint(1, 9999)}"))
    return f"{local}@{draw.choice(EMAIL_DOMAINS)}"


def email(draw: Draw, locale: str) -> str:
    return email_for(draw, person(draw, locale))


# ---- numbers ------------------------------------------------------------------------


def phone(draw: Draw, locale: str) -> str:
    region = PHONE_REGIONS.pick(draw.rng)
    if region == "US":
        return us_phone(draw)
    return intl_phone(draw, region)


def us_phone(draw: Draw, layout: str | None = None) -> str:
    a, e, l = _nanp(draw)
    return (layout or _US_LAYOUTS.pick(draw.rng)).format(a=a, e=e, l=l)


def _nanp(draw: Draw) -> tuple[str, str, str]:
    rng = draw.rng
    return draw.choice(_area_codes()), f"{rng.randint(2, 9)}{rng.randint(0, 99):02d}", f"{rng.randint(0, 9999):04d}"


@functools.lru_cache(maxsize=None)
def _area_codes() -> tuple[str, ...]:
    """US area codes libphonenumber accepts (checking every number would cost ~100 us each)."""
    return tuple(
        a for a in (str(n) for n in range(200, 1000))
        if all(phonenumbers.is_valid_number(phonenumbers.parse(a + rest, "US")) for rest in ("2345678", "8765432"))
    )


def intl_phone(draw: Draw, region: str) -> str:
    kind = PhoneNumberType.MOBILE if draw.chance(0.6) else PhoneNumberType.FIXED_LINE
    shapes = _phone_shapes(region, kind)
    shape = draw.choice(shapes[_PHONE_FORMATS.pick(draw.rng)])
    return _redraw_tail(shape, draw)


@functools.lru_cache(maxsize=None)
def _phone_shapes(region: str, kind: int) -> dict[int, tuple[str, ...]]:
    """Valid numbers of a region, written in each format: found once per process, with a
    fixed seed (so every worker finds the same); a value then redraws their last digits,
    which never decide validity or grouping."""
    example = phonenumbers.example_number_for_type(region, kind)
    national = str(example.national_number)
    rng, found = random.Random(f"{region}:{kind}"), [example]
    for _ in range(400):
        if len(found) >= 40:
            break
        digits = national[:2] + "".join(str(rng.randint(0, 9)) for _ in national[2:])
        candidate = phonenumbers.parse("+" + str(example.country_code) + digits, None)
        if phonenumbers.is_valid_number(candidate):
            found.append(candidate)
    return {fmt: tuple(phonenumbers.format_number(n, fmt) for n in found) for fmt in _PHONE_FORMATS.values}


def _redraw_tail(text: str, draw: Draw, count: int = 4) -> str:
    out = list(text)
    for i in range(len(out) - 1, -1, -1):
        if count == 0:
            break
        if out[i].isdigit():
            out[i] = str(draw.rng.randint(0, 9))
            count -= 1
    return "".join(out)


def phone_in_format(draw: Draw, shape: str) -> str:
    """Digits into the `#` slots of `shape` ("(###) ###-####"); a valid US number when 10 slots."""
    slots, lead = shape.count("#"), shape.lstrip()
    if slots == 10 and (not lead.startswith("+") or lead.startswith("+1")):  # a North American number
        digits = "".join(_nanp(draw))
    else:
        digits = str(draw.rng.randint(2, 9)) + "".join(str(draw.rng.randint(0, 9)) for _ in range(slots - 1))
    it = iter(digits)
    return "".join(next(it) if c == "#" else c for c in shape)


def credit_card(draw: Draw, locale: str) -> str:
    kind = draw.choice(("visa16", "visa16", "visa16", "mastercard", "mastercard", "amex", "discover"))
    number = draw.faker("en_US").credit_card_number(card_type=kind)
    groups = (4, 6, 5) if len(number) == 15 else (4, 4, 4, 4)
    sep = draw.choice((" ", " ", "-", ""))
    parts, at = [], 0
    for size in groups:
        parts.append(number[at : at + size])
        at += size
    return sep.join(parts) if at == len(number) else number


def ssn(draw: Draw, locale: str) -> str:
    value = draw.faker("en_US").ssn()
    return value.replace("-", " ") if draw.chance(0.1) else value


def iban(draw: Draw, locale: str) -> str:
    value = draw.faker(draw.choice(IBAN_LOCALES)).iban()
    if draw.chance(0.5):  # the printed form: groups of four
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ip_address(draw: Draw, locale: str) -> str:
    fk = draw.faker("en_US")
    return fk.ipv6() if draw.chance(0.2) else fk.ipv4_public()


def url(draw: Draw, locale: str) -> str:
    p = person(draw, locale)
    host = draw.choice(("www.", "", "blog.", "shop.")) + draw.choice(("example.com", "example.org", "example.net"))
    slug = f"{ascii_fold(p.first)}-{ascii_fold(p.last)}"
    path = draw.choice((f"/u/{slug}", f"/profile/{slug}", f"/people/{slug}", f"/~{ascii_fold(p.last)}",
                        f"/orders/{draw.rng.randint(10000, 99999)}", ""))
    return f"{draw.choice(('https://', 'https://', 'http://'))}{host}{path}"


def zip_code(draw: Draw, locale: str) -> str:
    value = f"{draw.rng.randint(501, 99950):05d}"
    return f"{value}-{draw.rng.randint(0, 9999):04d}" if draw.chance(0.1) else value


def age(draw: Draw, locale: str) -> str:
    return str(draw.rng.randint(18, 97))


# ---- places and dates ---------------------------------------------------------------


def address(draw: Draw, locale: str) -> str:
    """A full postal address on one line, from an international mix of countries."""
    fk = draw.faker(ADDRESS_LOCALES.pick(draw.rng))
    return ", ".join(line.strip() for line in fk.address().splitlines() if line.strip())


def street(draw: Draw, locale: str) -> str:
    return draw.faker(ADDRESS_LOCALES.pick(draw.rng)).street_address().replace("\n", ", ")


def city(draw: Draw, locale: str) -> str:
    return draw.faker(ADDRESS_LOCALES.pick(draw.rng)).city()


def country(draw: Draw, locale: str) -> str:
    return draw.faker("en_US").country()


def location(draw: Draw, locale: str) -> str:
    """A place that is not a postal address: a city, sometimes a country."""
    return country(draw, locale) if draw.chance(0.15) else city(draw, locale)


def postal_address(draw: Draw, locale: str) -> str:
    """A full address or just the street part, as forms and notes hold them."""
    return address(draw, locale) if draw.chance(0.5) else street(draw, locale)


def date_text(draw: Draw, locale: str, start: dt.date = dt.date(2015, 1, 1), end: dt.date = dt.date(2025, 12, 31)) -> str:
    """A date in one of the ways people write them."""
    day = start + dt.timedelta(days=draw.rng.randint(0, (end - start).days))
    return format_date(day, draw.rng.randrange(len(_DATE_FORMS)))


_DATE_FORMS = (
    lambda d: d.isoformat(),
    lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    lambda d: f"{d.month}/{d.day}/{d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day}.{d.month}.{d.year}",
    lambda d: f"{_MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {_MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{_MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
    lambda d: f"{_MONTHS[d.month - 1]} {d.day}",
    lambda d: f"{_DAYS[d.weekday()]}, {_MONTHS[d.month - 1]} {d.day}",
    lambda d: f"{_MONTHS[d.month - 1]} {d.year}",
)


def format_date(day: dt.date, form: int) -> str:
    return _DATE_FORMS[form](day)


_WITH_YEAR = tuple(i for i, form in enumerate(_DATE_FORMS) if "2003" in form(dt.date(2003, 5, 6)))


def birth_date(draw: Draw, locale: str) -> str:
    """A date of birth (1935-2006), always written with its year."""
    day = dt.date(1935, 1, 1) + dt.timedelta(days=draw.rng.randint(0, 26_297))
    return format_date(day, draw.choice(_WITH_YEAR))


#: entity type -> generator of a whole value (fields with `entity:`)
GENERATORS: dict[str, Generator] = {
    "PERSON": full_name,
    "EMAIL_ADDRESS": email,
    "PHONE_NUMBER": phone,
    "LOCATION": location,
    "ADDRESS": postal_address,
    "DATE_TIME": date_text,
    "CREDIT_CARD": credit_card,
    "US_SSN": ssn,
    "IBAN_CODE": iban,
    "IP_ADDRESS": ip_address,
    "URL": url,
    "ZIP_CODE": zip_code,
    "AGE": age,
}

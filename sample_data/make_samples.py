"""Generate the committed sample data: small, synthetic, deterministic.

    .venv/bin/python sample_data/make_samples.py

writes, next to this script:

    customers.jsonl           40 customer records (with a nested `contact` object and a `tags` list)
    customers.csv             the same 40 rows, flat (no contact/tags), header row, every value a string
    customers.parquet         the same 40 rows, flat, typed: age int64, salary float64,
                              internal_score int64, date_of_birth date32, the rest strings
    tickets.jsonl             40 support tickets of free text, for the training-corpus job
    customers_malformed.jsonl 12 lines for the dead-letter path (bad lines listed below)

Every person, address, number and card here is fake: names come from Faker
(several locales), phone numbers use the fictional 555-01XX block, emails the
reserved example.com/.org/.net domains, IP addresses the documentation ranges
(RFC 5737 / RFC 3849), card numbers Faker's Luhn-valid fakes.

Deterministic: fixed seeds, one random stream per output file, no clock, no set
or hash ordering. Re-running gives byte-identical files for the same Faker and
pyarrow versions (a new Faker release may change the names it draws; the
parquet footer names the pyarrow version that wrote it).

customers_malformed.jsonl, line by line (1-based):
     1  valid          m-1
     2  valid          m-2
     3  valid          m-3
     4  BAD  invalid JSON: an object cut off mid-record (trailing comma, no closing brace)
     5  valid          m-5
     6  valid          m-6
     7  BAD  valid JSON, but an array instead of an object
     8  valid          m-8
     9  BLANK          an empty line: a reader should skip it, not reject it
    10  valid, but no `id` field: its record id falls back to customers_malformed.jsonl:10
    11  BAD  invalid UTF-8: the record's name is written in Latin-1 bytes (m-11)
    12  valid          m-12
So: 8 records that should come out (lines 1 2 3 5 6 8 10 12), 3 rejected
(lines 4 7 11), and the blank line 9 skipped.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import unicodedata
import zlib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from faker import Faker

HERE = Path(__file__).resolve().parent
SEED = 20240601
#: ages are computed on this day, so they never change with the clock
TODAY = dt.date(2024, 6, 30)
N_CUSTOMERS = 40
N_TICKETS = 40

# ---------------------------------------------------------------------------
# people

#: (locale, weight, romanized): locales whose names are not in Latin script
#: give their romanized names instead
LOCALES = [
    ("en_US", 8, False),
    ("es_MX", 4, False),
    ("de_DE", 3, False),
    ("fr_FR", 3, False),
    ("en_IN", 3, False),
    ("zh_CN", 2, True),
    ("ja_JP", 2, True),
    ("pt_BR", 2, False),
    ("it_IT", 2, False),
    ("pl_PL", 2, False),
    ("nl_NL", 1, False),
    ("tr_TR", 1, False),
    ("en_NG", 2, False),
    ("sv_SE", 1, False),
]

#: (city, state, zip prefix, zip tails, area code): a few zips per city, so
#: that generalized zips (3 digits) form groups; New England zips start with 0
CITIES = [
    ("Boston", "MA", "021", ("15", "18", "30"), "617"),
    ("Hartford", "CT", "061", ("03", "05", "14"), "860"),
    ("Newark", "NJ", "071", ("02", "04", "08"), "973"),
    ("San Francisco", "CA", "941", ("10", "14", "17"), "415"),
    ("Austin", "TX", "787", ("01", "04", "45"), "512"),
    ("Chicago", "IL", "606", ("14", "18", "40"), "312"),
    ("Seattle", "WA", "981", ("01", "03", "22"), "206"),
    ("Denver", "CO", "802", ("05", "06", "11"), "303"),
]
CITY_WEIGHTS = [6, 3, 3, 6, 4, 5, 4, 3]

STREETS = [
    "Oak Street", "Maple Avenue", "Elm Street", "Cedar Lane", "Harbor Road",
    "Mission Street", "Pine Court", "Lakeview Drive", "Washington Boulevard",
    "Main Street", "Willow Way", "Sunset Terrace", "Chestnut Street", "Park Place",
]
EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "inbox.example.org"]


def _fakers(seed: int) -> dict[str, Faker]:
    out = {}
    for locale, _, _ in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(seed + zlib.crc32(locale.encode()))
        out[locale] = fake
    return out


def _ascii(text: str) -> str:
    text = text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in "-"))


def make_person(rng: random.Random, fakers: dict[str, Faker], gender: str | None = None) -> dict:
    locale, _, romanized = rng.choices(LOCALES, weights=[w for _, w, _ in LOCALES])[0]
    fake = fakers[locale]
    gender = gender or rng.choice(["female", "male"])
    name_gender = gender if gender in ("female", "male") else rng.choice(["female", "male"])
    if romanized:
        if locale == "ja_JP":
            first = getattr(fake, f"first_romanized_name_{name_gender}")()
        else:
            first = fake.first_romanized_name()
        last = fake.last_romanized_name()
    else:
        first = getattr(fake, f"first_name_{name_gender}")()
        last = fake.last_name()
    return {"first": first, "last": last, "name": f"{first} {last}", "gender": gender, "locale": locale}


def make_email(rng: random.Random, first: str, last: str) -> str:
    f, l = _ascii(first).lower(), _ascii(last).lower().replace("-", "")
    local = rng.choice([
        f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f}.{l[0]}", f"{l}.{f}",
    ])
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def make_phone(rng: random.Random, area: str, style: str | None = None) -> str:
    line = f"01{rng.randint(0, 99):02d}"
    style = style or rng.choice(["paren", "intl", "dots", "dash"])
    return {
        "paren": f"({area}) 555-{line}",
        "intl": f"+1 {area} 555 {line}",
        "dots": f"{area}.555.{line}",
        "dash": f"{area}-555-{line}",
    }[style]


def make_street(rng: random.Random) -> str:
    street = f"{rng.randint(2, 980)} {rng.choice(STREETS)}"
    if rng.random() < 0.25:
        street += f", Apt {rng.randint(1, 12)}{rng.choice('ABCD')}"
    return street


def pronoun(gender: str) -> str:
    return {"female": "she", "male": "he"}.get(gender, "they")


# ---------------------------------------------------------------------------
# customers

#: notes are 1-3 of these; each mentions some PII the way a service rep would
NOTE_SENTENCES = [
    "Called {first} {last} back at {note_phone} about the refund; {they} moved to {street}.",
    "{first} asked us to use {email} for all statements from now on.",
    "Spoke with {name} on {note_date}; {they} wanted to know why the fee went up.",
    "Customer prefers text messages to {note_phone} over calls.",
    "{title} {last} disputed a charge from {note_date} and was credited in full.",
    "New mailing address: {street}, {city}.",
    "{first} said {their_rel} {other} may call about the account too.",
    "Left a voicemail for {first} at {note_phone}, no answer yet.",
    "Sent the signed form to {email} after {first} confirmed the details by phone.",
    "{name} was upset about the delivery delay but accepted a coupon.",
    "Verified identity with date of birth; {first} now lives near {street}.",
    "Do not call before 10am, per {first}.",
    "Emailed {first} at {email} with the upgrade offer; no reply so far.",
    "{title} {last} would like a call back at {note_phone} regarding the loan.",
    "Account flagged for review after {first} reported a lost card.",
    "Prefers paper statements.",
    "Referred by {other}, who is also a customer.",
]


def _note(rng: random.Random, ctx: dict) -> str:
    count = rng.choice([1, 1, 2, 2, 2, 3])
    picks = rng.sample(NOTE_SENTENCES, count)
    text = " ".join(s.format(**ctx) for s in picks)
    return text[0].upper() + text[1:]


def _fmt_date_natural(rng: random.Random, day: dt.date) -> str:
    style = rng.choice(["long", "short", "us", "iso", "month_day"])
    if style == "long":
        return f"{day:%B} {day.day}, {day.year}"
    if style == "short":
        return f"{day:%b} {day.day}"
    if style == "us":
        return f"{day.month}/{day.day}/{day.year}"
    if style == "iso":
        return day.isoformat()
    return f"{day:%B} {day.day}"


def make_customer(rng: random.Random, fakers: dict[str, Faker], index: int, segment: str,
                  gender: str, used_ids: set[int], id_prefix: str = "c") -> dict:
    person = make_person(rng, fakers, gender)
    city, _state, prefix, tails, area = rng.choices(CITIES, weights=CITY_WEIGHTS)[0]
    age = rng.randint(18, 84)
    # birthday between (age) and (age + 1) years before TODAY
    born_year = TODAY.year - age - 1
    start = dt.date(born_year, TODAY.month, TODAY.day) + dt.timedelta(days=1)
    dob = start + dt.timedelta(days=rng.randint(0, 364))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    while True:
        number = rng.randint(1000, 999_999)
        if number not in used_ids:
            used_ids.add(number)
            break
    email = make_email(rng, person["first"], person["last"])
    phone = make_phone(rng, area)
    street = make_street(rng)
    other = make_person(rng, fakers)
    rel = rng.choice(["husband", "wife", "partner", "son", "daughter", "sister", "brother"])
    salary_base = {"retail": (28_000, 95_000), "smb": (45_000, 140_000), "enterprise": (90_000, 240_000)}
    lo, hi = salary_base[segment]
    ctx = {
        **person,
        "email": email,
        "note_phone": make_phone(rng, area, rng.choice(["dash", "dots", "paren"])),
        "street": street,
        "city": city,
        "note_date": _fmt_date_natural(rng, TODAY - dt.timedelta(days=rng.randint(3, 200))),
        "they": pronoun(person["gender"]),
        "their_rel": f"{'her' if person['gender'] == 'female' else 'his' if person['gender'] == 'male' else 'their'} {rel}",
        "title": {"female": "Ms.", "male": "Mr."}.get(person["gender"], "Mx."),
        "other": other["name"],
    }
    notes = _note(rng, ctx)
    full_name = person["name"].lower() if rng.random() < 0.1 else person["name"]
    alt_email = email if rng.random() < 0.5 else make_email(rng, person["first"], person["last"])
    contact = {"email": alt_email, "phone": make_phone(rng, area)}
    tags = rng.sample(
        ["vip", "newsletter", "paperless", "churn-risk", "autopay", "spanish-speaking",
         "dispute-open", "beta-tester", "do-not-call", "referral"],
        rng.choice([0, 1, 1, 2, 2, 3]),
    )
    if rng.random() < 0.3:
        tags.append(rng.choice([
            f"referred-by:{make_email(rng, other['first'], other['last'])}",
            f"cc:{alt_email}",
            f"billing:{make_email(rng, person['first'], person['last'])}",
        ]))
    return {
        "id": f"{id_prefix}-{index}",
        "customer_id": f"CUST-{number:06d}",
        "full_name": full_name,
        "email": email,
        "phone": phone,
        "date_of_birth": dob.isoformat(),
        "age": age,
        "zip": prefix + rng.choice(tails),
        "city": city,
        "gender": gender,
        "salary": rng.randint(lo * 100, hi * 100) / 100,
        "segment": segment,
        "internal_score": rng.randint(300, 850),
        "notes": notes,
        "contact": contact,
        "tags": tags,
    }


def make_customers() -> list[dict]:
    rng = random.Random(SEED)
    fakers = _fakers(SEED)
    segments = ["retail"] * 24 + ["smb"] * 12 + ["enterprise"] * 4
    genders = ["female"] * 19 + ["male"] * 19 + ["nonbinary"] * 2
    rng.shuffle(segments)
    rng.shuffle(genders)
    used: set[int] = set()
    return [
        make_customer(rng, fakers, i + 1, segments[i], genders[i], used)
        for i in range(N_CUSTOMERS)
    ]


FLAT_FIELDS = [
    "id", "customer_id", "full_name", "email", "phone", "date_of_birth", "age", "zip",
    "city", "gender", "salary", "segment", "internal_score", "notes",
]
PARQUET_SCHEMA = pa.schema([
    ("id", pa.string()),
    ("customer_id", pa.string()),
    ("full_name", pa.string()),
    ("email", pa.string()),
    ("phone", pa.string()),
    ("date_of_birth", pa.date32()),
    ("age", pa.int64()),
    ("zip", pa.string()),
    ("city", pa.string()),
    ("gender", pa.string()),
    ("salary", pa.float64()),
    ("segment", pa.string()),
    ("internal_score", pa.int64()),
    ("notes", pa.string()),
])


def jsonl_bytes(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def csv_bytes(records: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(FLAT_FIELDS)
    for r in records:
        writer.writerow([str(r[f]) for f in FLAT_FIELDS])
    return buf.getvalue().encode("utf-8")


def write_parquet(records: list[dict], path: Path) -> None:
    columns = {f: [r[f] for r in records] for f in FLAT_FIELDS}
    columns["date_of_birth"] = [dt.date.fromisoformat(d) for d in columns["date_of_birth"]]
    table = pa.Table.from_pydict(columns, schema=PARQUET_SCHEMA)
    pq.write_table(table, path, compression="snappy")


# ---------------------------------------------------------------------------
# tickets

#: (subject, body): 3-6 sentences of support prose each
TICKET_TEMPLATES = [
    ("Refund not received",
     "Hi, my name is {name} and I returned order {order} on {date}. The refund of {amount} still "
     "hasn't shown up on my card ending in {card_last4}. You can reach me at {phone} or reply to "
     "{email}. Thanks for looking into it."),
    ("Can't log in",
     "Hello support, I've been locked out of my account since {date}. The login page keeps saying "
     "my password is wrong, even after the reset. My username is {email} and I'm trying from "
     "{city}. My IP address is {ip} if that helps. Please call me at {phone}."),
    ("Address change for {name}",
     "Please update the shipping address on my account. The new address is {street}, {city} {zip}. "
     "The old one should be removed from my profile. My phone number also changed, it's now "
     "{phone}. Thank you, {first}"),
    ("Double charge on my card",
     "I was charged twice for order {order} on {date}. The card number is {card}, expiry {exp}. "
     "I'd like one of the two charges reversed as soon as possible. — {name}"),
    ("Question about our invoice",
     "Hi, this is {first} from {company}. Our invoice dated {date} lists {amount}, but we agreed "
     "on a lower rate with {other}. Could someone from billing call me on {phone}? My colleague "
     "{other_first} is copied at {email2}."),
    ("Package delivered to wrong house",
     "My package was marked delivered on {date} but it never arrived. I live at {street} in "
     "{city}, and a neighbor thinks it went to the next block. The tracking number is {tracking}. "
     "Please contact me at {email}. Thanks, {first}"),
    ("Cancel subscription",
     "Please cancel my subscription effective immediately. The account is under {name}, email "
     "{email}. Your agent {agent} told me on the phone on {date} that this was done, but I was "
     "billed again. I expect a refund of {amount}."),
    ("Update phone number",
     "Hi there, can you change the phone number on file from {phone} to {phone2}? My name is "
     "{name} and my date of birth is {dob}, for verification. Please don't call the old number "
     "anymore, it belongs to someone else now."),
    ("Suspicious login alert",
     "I got an alert about a login from {ip} on {date} at {time}. That wasn't me, I was in {city} "
     "all day. Please lock the account tied to {email} and call me at {phone}. I've already "
     "changed my password."),
    ("Tax form request",
     "Hello, I need a copy of my 1099 for last year. My SSN is {ssn} and the account holder is "
     "{name}. Please mail it to {street}, {city} {zip}, or email it to {email}. Thank you."),
    ("Chat follow-up",
     "Following up on my chat with {agent} yesterday. {agent_first} said a supervisor would call "
     "me back within 24 hours, but no one has. My number is {phone}, best after 5pm. This is the "
     "third time I'm reaching out since {date}. — {first}"),
    ("Name misspelled on account",
     "My name is spelled wrong on my account. It says {misspelled} but it should be {name}. Can "
     "you fix it before my next statement on {date2}? You can confirm with me at {email}."),
    ("Payment declined",
     "My payment keeps getting declined even though the card is fine. I tried {card} twice on "
     "{date}. My bank says there were no attempts on their side. Could you check from your end? "
     "{first} {last}, {phone}"),
    ("Add authorized user",
     "I'd like to add my {relation} {other} as an authorized user on the account. {other_first}'s "
     "email is {email2} and phone {phone2}. The primary account holder is me, {name}. Let me know "
     "if you need anything else."),
    ("Damaged item",
     "The blender I received on {date} arrived with a cracked jar. I've attached photos. Order "
     "{order}, shipped to {city}. Please send a replacement or a prepaid label to {email}. "
     "Thanks, {first}"),
    ("Closing my late {parent}'s account",
     "My {parent} {other} passed away on {date}. I'm the executor of the estate and need to close "
     "the account. Please send the paperwork to {email} or call me, {name}, at {phone}. "
     "{other_first}'s last address was {street}, {city}."),
    ("Late fee dispute",
     "I was charged a late fee of {amount} on {date}, but my autopay was set up. My account email "
     "is {email}. I've been a customer since {since_year} and never missed a payment. Please "
     "remove the fee. {name}"),
    ("App crashes on startup",
     "The app crashes every time I open it since the update on {date}. I'm on an iPhone 14 with "
     "the latest iOS. I reinstalled it twice already. My account is {email}. If you need logs I "
     "can share them; my IP is {ip}."),
    ("Wrong item shipped",
     "Hi, I ordered a blue jacket (order {order}) and received a red one. I'm in {city} and would "
     "like to exchange it. Please reach me at {phone} and ask for {first}. My {relation} "
     "{other_first} might pick up if I'm not home."),
    ("Password reset email not arriving",
     "I requested a password reset for {email} several times today, but nothing arrives, not even "
     "in spam. My backup email is {email2}. Could you send it there instead? This is {name}, "
     "phone {phone}."),
    ("Complaint about an agent",
     "I spoke with {agent} on {date} and the conversation was very unprofessional. {agent_first} "
     "hung up on me twice. I'd like this escalated to a manager. I can be reached at {phone} or "
     "{email}. Regards, {name}"),
    ("Identity verification",
     "You asked me to verify my identity. My full name is {name}, date of birth {dob}, and the "
     "last four of my SSN are {ssn_last4}. My current address is {street}, {city}. Please let me "
     "know if this is enough."),
    ("Gift card not working",
     "I received a gift card from {other} for my birthday on {date}, but the code doesn't work at "
     "checkout. I'm logged in as {email}. Can you check whether it was activated? Thanks so much, "
     "{first}"),
    ("Moving abroad",
     "I'm relocating from {city} to Lisbon at the end of {month}. Can my account stay open with a "
     "foreign address? My current phone {phone} will stop working, so please use {email} from now "
     "on. — {name}"),
    ("Fraudulent transaction",
     "There's a charge of {amount} on {date} that I didn't make. According to the receipt email it "
     "came from IP {ip}. The card used was {card}. Please block it and send a new one to {street}, "
     "{city} {zip}. This is {name}, {phone}."),
    ("Reschedule installation",
     "Hi, this is {name}. I need to move my installation appointment from {date} to {date2}, "
     "preferably in the morning. The technician, {agent}, left a number but it doesn't work. "
     "Call me at {phone} to confirm."),
    ("Unsubscribe {email}",
     "Please remove {email} from all marketing lists. I've clicked unsubscribe three times since "
     "{date}. I also get texts at {phone} that I never signed up for. {first}"),
    ("Loyalty points missing",
     "My loyalty points from the purchase on {date} at your {city} store never showed up. The "
     "receipt shows order {order} and my member email {email}. The cashier, {agent_first}, said "
     "they would post within a week. Thanks, {name}"),
    ("Billing contact change",
     "Our accounts payable contact has changed. Please send invoices to {other} at {email2} "
     "instead of {name}. {other_first}'s direct line is {phone2}. The change applies from {date2}."),
    ("Warranty claim",
     "I bought a laptop on {date} in {city}, serial number {serial}. The screen flickers and now "
     "it won't turn on at all. I'd like to file a warranty claim. Contact: {name}, {email}, "
     "{phone}."),
]

COMPANIES = ["Bluebird Bakery", "Northwind Logistics", "Kestrel Dental", "Ridgeway Print Shop",
             "Copperleaf Design", "Harbor Lights Cafe"]


def _card(rng: random.Random, fake: Faker) -> str:
    while True:
        kind = rng.choice(["visa16", "visa16", "mastercard", "discover", "amex"])
        number = fake.credit_card_number(card_type=kind)
        if not number.startswith("2"):  # 2-series Mastercard: too new for many detectors
            break
    if len(number) == 16:
        sep = rng.choice(["", " ", "-"])
        return sep.join(number[i:i + 4] for i in range(0, 16, 4))
    return number


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return f"2001:db8:{rng.randint(1, 0xffff):x}::{rng.randint(1, 0xffff):x}"
    return f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(1, 254)}"


def _misspell(rng: random.Random, name: str) -> str:
    first, _, last = name.partition(" ")
    if len(last) > 3:
        i = rng.randint(1, len(last) - 2)
        last = last[:i] + last[i + 1] + last[i] + last[i + 2:]
    else:
        last = last + last[-1]
    return f"{first} {last}"


def make_tickets() -> list[dict]:
    rng = random.Random(SEED + 1)
    fakers = _fakers(SEED + 1)
    us = fakers["en_US"]
    start = dt.datetime(2024, 1, 2, 8, 0, 0)
    seconds = sorted(rng.randint(0, 178 * 86400) for _ in range(N_TICKETS))
    # every template at least once, then random picks, in random order
    order = list(range(len(TICKET_TEMPLATES)))
    order += [rng.randrange(len(TICKET_TEMPLATES)) for _ in range(N_TICKETS - len(order))]
    rng.shuffle(order)
    tickets = []
    for i, (offset, t) in enumerate(zip(seconds, order)):
        created = start + dt.timedelta(seconds=offset)
        person = make_person(rng, fakers)
        other = make_person(rng, fakers)
        agent = make_person(rng, fakers)
        city, state, prefix, tails, area = rng.choices(CITIES, weights=CITY_WEIGHTS)[0]
        card = _card(rng, us)
        ssn = us.ssn()
        before = (created - dt.timedelta(days=rng.randint(1, 40))).date()
        after = (created + dt.timedelta(days=rng.randint(3, 30))).date()
        dob = dt.date(rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28))
        first = person["first"].lower() if rng.random() < 0.1 else person["first"]
        ctx = {
            "name": person["name"],
            "first": first,
            "last": person["last"],
            "email": make_email(rng, person["first"], person["last"]),
            "email2": make_email(rng, other["first"], other["last"]),
            "phone": make_phone(rng, area),
            "phone2": make_phone(rng, rng.choice(CITIES)[4]),
            "city": city,
            "street": make_street(rng),
            "zip": f"{state} {prefix}{rng.choice(tails)}",
            "card": card,
            "card_last4": card.replace(" ", "").replace("-", "")[-4:],
            "exp": us.credit_card_expire(),
            "ip": _ip(rng),
            "ssn": ssn,
            "ssn_last4": ssn[-4:],
            "agent": agent["name"],
            "agent_first": agent["first"],
            "other": other["name"],
            "other_first": other["first"],
            "relation": {"female": "wife", "male": "husband"}.get(other["gender"], "partner")
            if rng.random() < 0.7 else rng.choice(["sister", "brother", "roommate", "partner"]),
            "parent": {"female": "mother", "male": "father"}[other["gender"]],
            "date": _fmt_date_natural(rng, before),
            "date2": _fmt_date_natural(rng, after),
            "dob": rng.choice([f"{dob.month:02d}/{dob.day:02d}/{dob.year}", f"{dob:%B} {dob.day}, {dob.year}"]),
            "time": f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}",
            "month": f"{after:%B}",
            "since_year": str(rng.randint(2008, 2021)),
            "order": f"#{rng.randint(100000, 999999)}",
            "amount": f"${rng.randint(9, 480)}.{rng.randint(0, 99):02d}",
            "company": rng.choice(COMPANIES),
            "tracking": "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
            "serial": "SN-" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(10)),
            "misspelled": _misspell(rng, person["name"]),
        }
        subject, body = TICKET_TEMPLATES[t]
        tickets.append({
            "id": f"t-{i + 1}",
            "subject": subject.format(**ctx),
            "body": body.format(**ctx),
            "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": rng.choices(["email", "chat", "phone"], weights=[5, 3, 2])[0],
        })
    return tickets


# ---------------------------------------------------------------------------
# malformed input (see the module docstring for the line list)

def malformed_bytes() -> bytes:
    rng = random.Random(SEED + 2)
    fakers = _fakers(SEED + 2)
    used: set[int] = set()

    def record(line: int) -> dict:
        return make_customer(rng, fakers, line, rng.choice(["retail", "retail", "smb", "enterprise"]),
                             rng.choice(["female", "male"]), used, id_prefix="m")

    lines: list[bytes] = []
    for n in range(1, 13):
        rec = record(n)
        if n == 4:  # invalid JSON: cut off after the age
            text = json.dumps(rec, ensure_ascii=False)
            cut = text.index('"zip"')
            lines.append(text[:cut].rstrip().encode("utf-8"))
        elif n == 7:  # a JSON array, not an object
            lines.append(json.dumps([rec["id"], rec["full_name"], rec["email"], rec["phone"]],
                                    ensure_ascii=False).encode("utf-8"))
        elif n == 9:  # blank
            lines.append(b"")
        elif n == 10:  # valid, no id
            del rec["id"]
            lines.append(json.dumps(rec, ensure_ascii=False).encode("utf-8"))
        elif n == 11:  # invalid UTF-8: the name in Latin-1
            rec["full_name"] = "Inés Muñoz"
            rec["email"] = "ines.munoz@example.com"
            rec["notes"] = "Inés Muñoz asked for a call back about her card."
            text = json.dumps(rec, ensure_ascii=False).encode("utf-8")
            lines.append(text.replace("Inés Muñoz".encode("utf-8"), "Inés Muñoz".encode("latin-1")))
        else:
            lines.append(json.dumps(rec, ensure_ascii=False).encode("utf-8"))
    return b"".join(line + b"\n" for line in lines)


def main() -> None:
    customers = make_customers()
    flat = [{k: r[k] for k in FLAT_FIELDS} for r in customers]
    (HERE / "customers.jsonl").write_bytes(jsonl_bytes(customers))
    (HERE / "customers.csv").write_bytes(csv_bytes(flat))
    write_parquet(flat, HERE / "customers.parquet")
    (HERE / "tickets.jsonl").write_bytes(jsonl_bytes(make_tickets()))
    (HERE / "customers_malformed.jsonl").write_bytes(malformed_bytes())
    for name in ["customers.jsonl", "customers.csv", "customers.parquet", "tickets.jsonl",
                 "customers_malformed.jsonl"]:
        print(f"wrote {HERE / name} ({(HERE / name).stat().st_size} bytes)")


if __name__ == "__main__":
    main()

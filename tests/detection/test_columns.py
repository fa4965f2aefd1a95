"""Structured columns typed from their name and values, and how the engine uses the types."""
from __future__ import annotations

import pytest

from minimize.detection.columns import infer_column, infer_columns
from minimize.engine import Engine
from minimize.keys import SecretKey
from minimize.policy import compile_policy
from minimize.types import Record, Span


@pytest.mark.parametrize(
    ("field", "values", "entity"),
    [
        ("zip", ["70679", "02139", "94043-1351"], "ZIP_CODE"),  # 5-digit strings: zips, not dates
        ("postcode", ["SW1A 1AA", "M1 1AE", "EH8 9YL"], "ZIP_CODE"),  # UK shapes
        ("zip", [70679, 94043, 10001], "ZIP_CODE"),  # stored as numbers
        ("age", [53, 18, 90, 41], "AGE"),  # ints in 0-120
        ("patient_age", ["53", "7"], "AGE"),  # a prefix, numbers as text
        ("dob", ["1987-01-18", "1990-12-31"], "DATE_TIME"),  # a date of birth
        ("dateOfBirth", ["03/04/1985"], "DATE_TIME"),  # camelCase name
        ("email", ["a@b.org", "x.y@example.com"], "EMAIL_ADDRESS"),
        ("mobile_phone", ["+49 1521 7962632", "(212) 555-0187"], "PHONE_NUMBER"),
        ("full_name", ["Ana Ruiz", "Osborn, Donna", "Chen Wei"], "PERSON"),
        ("city", ["Chicago", "San Francisco"], "LOCATION"),
        ("street", ["742 Evergreen Terrace", "5406 Valenzuela Lodge Suite 414"], "ADDRESS"),
        ("ssn", ["536-22-8726", "412567890"], "US_SSN"),
        ("last_login_ip", ["40.139.70.47", "fafd:7923::1"], "IP_ADDRESS"),
        ("customer_id", ["CUST-503037", "CUST-485659"], None),  # an id: not PII unless a policy says so
        ("id", ["s-1", "s-2"], None),  # record ids
        ("country", ["US", "DE", "FR"], "LOCATION"),  # country codes in a country column are places
        ("country", ["USA", "United States", "Japan"], "LOCATION"),  # codes and names mixed
        ("region", ["MA", "NSW", "CDMX", "Tamil Nadu"], "LOCATION"),  # state codes and names
        ("currency", ["USD", "EUR"], None),  # a currency code is no place
        ("employer", ["Burch Inc", "Dudley, Peters and Lang"], None),  # company names
        ("signup_date", ["2024-07-01", "2022-09-06"], "DATE_TIME"),  # a date of someone's row
        ("admitted_on", ["03/04/2021"], "DATE_TIME"),  # another person's date
        ("created_at", ["2024-07-01T10:22:01Z"], "DATE_TIME"),  # a timestamp of the row
        ("ingested_at", ["2024-07-01T10:22:01Z"], None),  # when the pipeline saw the row: not about anyone
        # short and foreign headers: a postcode, an age, a birth date, a person's number, a handle, a card
        ("PC", ["RG1 4QT", "80-831", "1021", "200120"], "ZIP_CODE"),
        ("Yrs", ["40", "45", "34"], "AGE"),
        ("fecha_de_nacimiento", ["14/03/1987"], "DATE_TIME"),
        ("NI", ["QQ 12 34 56 C", "AB 98 76 54 A"], "ID_NUMBER"),
        ("passport_no", ["X4471829", "C01X00T47"], "ID_NUMBER"),
        ("Handle", ["kez_obuya", "tomwro", "aroha.n"], "USERNAME"),
        ("Card No", ["4556 7375 8689 9855"], "CREDIT_CARD"),
        ("bitcoin_address", ["1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"], "ID_NUMBER"),
        ("postcode", ["H91 F6X2", "D02 AF30", "1100-053"], "ZIP_CODE"),  # Irish Eircodes, Portuguese codes
        ("product_name", ["Widget Pro", "Gadget"], None),  # a name that is not a person's
        # a key's own dots are no path ("Mobile No.", "D.O.B."); logins, accounts, tax ids, streets, spouses
        ("Mobile No.", ["07700 900123", "+44 7700 900456"], "PHONE_NUMBER"),
        ("D.O.B.", ["1990-01-02"], "DATE_TIME"),
        ("Username", ["aruiz", "k.osei"], "USERNAME"),
        ("Bank Account", ["12345678", "00418293"], "ID_NUMBER"),
        ("Tax ID", ["12-3456789"], "ID_NUMBER"),
        ("Street", ["Main St", "Rue de la Paix"], "ADDRESS"),
        ("Apartment", ["4B", "12"], "ADDRESS"),
        ("Spouse", ["Juan Ruiz"], "PERSON"),
        ("given_names", ["Manaia Rose", "Losaline"], "PERSON"),
        # a person's number by its role or in Dutch and German; an ORCID; a call name among a name's parts
        ("candidate_id", ["CND-88102", "CND-88117"], "ID_NUMBER"),
        ("deelnemersnr", ["204417", "204533"], "ID_NUMBER"),
        ("Mitgliedsnr", ["1187", "1192"], "ID_NUMBER"),
        ("orcid", ["0000-0003-4172-9052"], "ID_NUMBER"),
        ("naam", ["J.W. (Jan-Willem) Hoekstra", "Bartholomew 'Barty' Quigley"], "PERSON"),
        ("bairro", ["Casa Amarela", "Águas Compridas"], "LOCATION"),  # a neighbourhood
        ("cittadinanza", ["italiana", "tedesca"], "NRP"),  # citizenship in Italian
        ("Umur", ["12", "11", "13"], "AGE"),  # age in Indonesian
        ("IGN", ["Fjord", "saunaboy"], "USERNAME"),  # a player's in-game name
        ("Officer", ["K. Vang", "R. Osman"], "PERSON"),  # a case's officer
        ("a_number", ["A212-483-907"], "ID_NUMBER"),  # an immigrant's A-number
        # Kazakh, Yoruba, Basque, Icelandic and Slovenian headers; Mongolia's register number romanized
        ("tegi", ["Abenov", "Sadyqov"], "PERSON"),
        ("Orúkọ", ["Adébáyọ̀ Ọlátúnjí", "Túndé Ògúnṣọlá"], "PERSON"),
        ("Ọjọ́ orí", ["45", "38", "52"], "AGE"),
        ("herria", ["Azpeitia", "Azkoitia", "Zestoa"], "LOCATION"),
        ("qala", ["Pavlodar", "Aqtöbe"], "LOCATION"),
        ("Heimilisfang", ["Víðihlíð 14", "Sunnuvegi 3"], "ADDRESS"),
        ("Póstnúmer", ["105", "104"], "ZIP_CODE"),
        ("registr", ["УП89092134", "ЧД92110236"], "ID_NUMBER"),
        ("jsn", ["761203308455", "930615402199"], "ID_NUMBER"),
        # a sale's parties, a payroll's and an agent's numbers, a register's other names, Hausa's name and age
        ("buyer", ["Terrence Hall", "Anjali Shah"], "PERSON"),
        ("Payroll ID", ["PR-7721", "PR-7744"], "ID_NUMBER"),
        ("agent_code", ["AG-KN-0412", "AG-KN-0419"], "ID_NUMBER"),
        ("Other names", ["Chisom Mary", "Ekaete Grace"], "PERSON"),
        ("Suna", ["Aliyu Shehu", "Rabi Usman"], "PERSON"),
        ("Shekaru", ["41", "29", "56"], "AGE"),
    ],
)
def test_when_name_and_values_agree_then_the_column_is_typed(field, values, entity):
    column = infer_column(field, values)
    assert column is not None and column.entity == entity


@pytest.mark.parametrize(
    ("field", "values"),
    [
        ("zip", ["n/a", "unknown", "12345"]),  # the name promises zips, the values do not keep it
        ("age", ["young", "old"]),  # not numbers
        ("notes", ["call Ana at 555-0101"]),  # free text: no name hint
        ("amount", [12, 13]),  # numbers that are no PII
        ("username", ["root", "admin", "postgres"]),  # logins of machines, no person's
        ("vendor", ["Mr & Mrs Okonjo", "Acme Ltd"]),  # a house's vendor is a person, a shop's a firm: read cell by cell
        ("homeowner", ["Yes", "No"]),  # a yes or a no
    ],
)
def test_when_name_or_values_do_not_fit_then_the_column_is_scanned_cell_by_cell(field, values):
    assert infer_column(field, values) is None


def test_when_a_typed_value_is_read_then_its_span_covers_the_whole_value():
    [column] = infer_columns([{"age": 53}, {"age": 7}]).values()
    assert column.span(53) == Span("AGE", 0, 2, 0.95, "ColumnTypeRule")
    assert column.covers(53) and not column.covers("n/a")


class _Spy:
    """A detector that finds nothing and remembers what it was asked to scan."""

    def __init__(self):
        self.seen: list[str] = []

    def detect(self, texts):
        self.seen.extend(texts)
        return [[] for _ in texts]


RECORDS = [
    Record(f"r{i}", {"id": f"r{i}", "zip": f"{70000 + i}", "age": 30 + i, "notes": "no pii here"})
    for i in range(10)
]


def test_when_scanning_a_table_then_typed_columns_are_found_without_ner():
    spy = _Spy()
    engine = Engine(compile_policy({"mode": "standard"}), None, detector=spy)
    findings, failures = engine.scan(RECORDS)
    assert not failures
    found = {(path, span.entity_type) for _, path, span in findings}
    assert found == {("zip", "ZIP_CODE"), ("age", "AGE")}  # ints are covered too
    assert set(spy.seen) == {"no pii here"}  # ids, zips and ages never reached the detector


def test_when_minimizing_in_standard_mode_then_typed_columns_follow_the_entity_rules():
    policy = compile_policy({"mode": "standard", "entities": {"DEFAULT": {"action": "placeholder"}}})
    engine = Engine(policy, SecretKey(b"k" * 32), detector=_Spy())
    result = engine.minimize(RECORDS)
    data = result.records[0][1]
    assert data["zip"] == "<ZIP_CODE_1>" and data["age"] == "<AGE_1>"
    assert data["id"] == "r0"  # an id column is not PII

"""Structured columns typed as a whole, from the field name and a sample of values.

Per-cell detection sees "70679" or 53 without context: a zip is not found (or
is a date), an age never is, and an int is not scanned at all. A column named
`zip` whose values are 5-digit strings is ZIP_CODE, an `age` column of ints in
0-120 is AGE, `dob` of dates is DATE_TIME, and so on. When the name and the
values agree, the type is *certain*: every matching value is one finding over
the whole value, and per-cell NER is skipped. Columns whose name says id or
code (`customer_id`, `sku`) and whose values look like codes are certain too,
of no entity: not PII unless a policy types them. In a `country` or `state`
column, codes ("US", "NSW") are places; any dated column but pipeline
bookkeeping (`ingested_at`) is a DATE_TIME.

    columns = infer_columns([record.data for record in batch])
    columns["zip"]   # Column(field='zip', entity='ZIP_CODE', reason="name 'zip', 100% of 200 values postal codes")
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Callable

from minimize import paths
from minimize.detection.recognizers.words import ascii_form, english_words
from minimize.types import Span

#: a column is certain when at least this share of its sampled non-empty values fit its type
MIN_SHARE = 0.9
#: values looked at per column
SAMPLE = 200
SCORE = 0.95
RECOGNIZER = "ColumnTypeRule"

_POSTAL = re.compile(
    r"^(?:\d{5}(?:-\d{4})?|\d{3,4}|\d{6}|\d{3}[ -]?\d{2,4}|\d{2}-\d{3}|\d{5}-\d{3}|\d{4}-\d{3}"  # PT 1100-053
    r"|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{4} ?[A-Z]{2}"
    r"|[AC-FHKNPRTV-Y]\d{2} ?[AC-FHKNPRTV-Y\d]{4})$",  # Irish Eircode "H91 F6X2"
    re.I,
)
_DATE = re.compile(
    r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ][\d:.]+(?:Z|[+\-]\d\d:?\d\d)?)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|"
    r"\d{1,2} \w{3,9},? \d{4}|\w{3,9} \d{1,2},? \d{4}|"
    # a day in one run of digits, in a date column only: "09051999" (ddmmyyyy), "19990509"; an airline's "04MAR1991"
    r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|"
    # a day and month with its time, in a date column only: an appointment's "10/02 09:00"
    r"\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d\d|"
    r"\d\d(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d\d){1,2})$"
)
# in a column of dates only: a day and month ("10/03" under "Appt") or a month and year ("03/2022" under "donor since")
# (or a month and year in words: "Mar 2019" under "Joined")
_SHORT_DATE = re.compile(r"^(?:(?:0?[1-9]|[12]\d|3[01])[/.\-](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?:19|20)\d\d"
                         r"|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"  # the month first: "4/18" under "Refill due"
                         r"|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? (?:19|20)\d\d"
                         r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2]))$")  # a year and month: "2024-12" under "Start"
# a birthday without its year, month and day ("06-12", "11/28"), in a birth column only
_BIRTHDAY = re.compile(r"^(?:(?:0?[1-9]|1[0-2])[-/](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2]))$")
# in a column of dates only: a day with its weekday or its time, either way round ("Mon 3/17 9:15a", "Di, 11.03. 10:00",
# "09:12, 15 May")
_MONTHS = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
_DAY_MONTH = (r"(?:(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))"
              rf"(?:[-/.](?:\d\d){{1,2}}|\.)?|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)? {_MONTHS}(?: \d{{4}})?"
              rf"|{_MONTHS} (?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:,? \d{{4}})?|\d{{4}}-\d\d-\d\d")
_WEEKDAY = r"(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?|(?:Mo|Di|Mi|Do|Fr|Sa|So|Lu|Ma|Me|Je|Ve)\.?),? "
_CLOCK = r"(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?(?: ?(?i:[ap]\.?m?\.?))?|(?: ?(?i:[ap]\.?m\.?)))"
_WHEN = re.compile(rf"^(?:{_WEEKDAY})?(?:{_DAY_MONTH})(?:,? (?:at |@ )?{_CLOCK})?$|^{_CLOCK},? (?:{_WEEKDAY})?(?:{_DAY_MONTH})$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,22}(?:\s*(?:ext\.?|x)\s*\d+)?$")
_SSN = re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$")
_CARD = re.compile(r"^\d(?:[ -]?\d){12,18}$")
_IBAN = re.compile(r"^[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}$", re.I)
_IP = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:]+)$", re.I)
_URL = re.compile(r"^(?:https?://|www\.)\S+$|^[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}/\S+$"  # ("linkedin.com/in/kemi")
                  r"|^[a-z\d][\w\-]*(?:\.[\w\-]+)*\.(?-i:[a-z]{2,})/?$", re.I)  # a site by its domain alone: "ellie.design"
# (a call name in brackets or quotes between the parts: "J.W. (Jan-Willem) Hoekstra", "Bartholomew 'Barty' Quigley")
# (a name in katakana is dotted between its parts: "グエン・ヴァン・アン")
# (no digit in a name: "FR-33018" under "N° client" is the client's number)
# (a courtesy title in brackets after it: "Walsh, Eimear (Dr)")
# (a firm's or a shop's name ends on its kind: "Tumaini Agencies", "Mama Njoki Shop")
FIRM_ENDS = (r"inc|ltd|llc|corp|gmbh|plc|pty|limited|company|shop|store|agency|agencies|enterprises|ventures|traders|"
              r"services|electronics|supermarket|pharmacy|motors|solutions|holdings|group|partners|associates|union|bank|"
              r"trust|council|society|association|foundation|clinic|hospital|school|academy|university|college|institute|"
              r"centre|center|board|committee|panel|team|department|dept|office|desk")
#: the combining marks and the blocks of the scripts of India, Sri Lanka and Thailand, as a character class's range:
#: their marks and vowel signs are no \w in Python's `re` ("Adébáyọ̀"'s tones, "इंदौर", "மதுரை", "मोबाइल")
MARKED_SCRIPTS = "\u0300-\u036F\u0900-\u0DFF\u0E00-\u0E7F"
_NAME = re.compile(rf"^(?!.*\d)(?!(?i:n/a)$)(?!.*\b(?i:{FIRM_ENDS})\.?$)"
                   rf"[^\W\d_][\w'’.\-・{MARKED_SCRIPTS}]*(?:(?:,? |/)[^\W\d_][\w'’.\-・{MARKED_SCRIPTS}]*"
                   r"| [(\"'‘“][^\W\d_][\w'’.\-]*[)\"'’”](?= [^\W\d_])| [&+](?= )){0,5}"  # ("Hannah + Oisín Breathnach")
                   r"(?: \((?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Rev|Sr|Jr)\.?\))?$")
_PLACE = re.compile(rf"^[^\W\d_][\w'’.\-{MARKED_SCRIPTS}]*(?:[ ,\-]+[\w'’.\-{MARKED_SCRIPTS}]+){{0,4}}$")
#: political parties by the names their members give them
_PARTY = re.compile(
    r"^(?:Labour|Labor|Liberals?|Greens?|Conservatives?|Tory|Democrats?|Democratic|Republicans?|Independent|Nationals?|"
    r"Lib Dems?|Liberal Democrats?|SNP|Plaid Cymru|Reform(?: UK)?|UKIP|Libertarian|APC|PDP|ANC|EFF|BJP|Congress|AAP|"
    r"PTI|CDU|CSU|SPD|FDP|AfD|PSOE|Vox|Podemos|Likud|Morena|PRI|One Nation|Sinn F[ée]in|Fianna F[áa]il|Fine Gael|"
    # Kenya's, Northern Ireland's, Canada's and Southern Africa's by their letters ("ODM", "UDA", "DUP")
    r"ODM|UDA|KANU|DUP|UUP|SDLP|TUV|NDP|IFP|ZANU-PF|MDC|"
    # ... or named whole ("Green Party", "Scottish National Party"; not a "Birthday Party")
    r"(?:Green|Labour|Labor|Conservative|Liberal|Liberal Democratic|Democratic|Republican|National|Scottish National|"
    r"Socialist|Communist|Workers['’]?|Progressive|People['’]s|Brexit|Reform|Social Democratic|Alliance|Independence) Party)$"
)
#: what an office or a site column holds that is no place
_NOT_SITES = frozenset("remote home hybrid online lobby reception hq main virtual n/a none tbd field head office "
                       "headquarters front desk unknown hidden warehouse storage zoom teams webex".split()) \
    | {"head office", "front desk", "google meet", "microsoft teams"}  # (an event's "venue" online)
#: an order's or an account's state under "estado" (Spanish and Portuguese for a state, and for a status)
_STATUSES = frozenset("enviado enviada entregado entregada entregue pendiente pendente cancelado cancelada procesando "
                      "devuelto devolvido pagado pago recibido recebido activo ativo inactivo inativo abierto cerrado "
                      "yes no true false".split())  # (a form's answer: "camp": "Yes")
_ADDRESS = re.compile(r"\d.*[^\W\d_]|[^\W\d_].*\d")
# a street without its number, in an address column: "Heol y Dŵr", "Church Lane", "Rue des Lilas"
_STREET_NAME = re.compile(
    r"(?i)^(?:(?:heol|ffordd|rue|calle|via|rua|avenida|avenue|boulevard)\b.*|.*\b(?:road|rd|street|st|lane|ln|avenue|ave|"
    r"cottage|house|farm|lodge|barn|manor|villa|forge|granary|schoolhouse|rectory|vicarage|mill|"  # "Rose Cottage"
    r"drive|dr|close|way|crescent|terrace|gardens|grove|place|court|row|mews|walk|hill|square|straße|strasse|weg|gasse|"
    r"laan|straat|vej|gatan|gata|veien)|"
    # a Berlin building's part, in an address's own line: "Hinterhaus", "Seitenflügel"
    r"(?:hinter|vorder|garten|quer)haus|seitenfl(?:ü|ue)gel|quergeb(?:ä|ae)ude|hinterhof)\.?$"
)
# an address without a number in an address column: a house's or a farm's name, then its place ("The Byre, Mains of
# Auchmacoy, Ellon", "Rathcash House, Ballyfoyle, Co. Kilkenny"), each part capitalised
_NAMED_ADDRESS = re.compile(r"^[A-Z][\w'’.\-]*(?: [\w'’.\-]+){0,4}(?:, (?:Co\. |County )?[A-Z][\w'’.\-]*(?: [\w'’.\-]+){0,3}){1,4}$")
# an address's line in a column of properties or buildings: a number and a street ("9 Cotham Vale"), a flat first
# ("Apt 3, The Maltings, Green Street"), a name then a number and a street ("Harbour View, 3 Quay Street")
_FLAT = r"(?i:flat|apt|apartment|unit|suite)\.? ?\d{1,4}[A-Za-z]?"
_PART = r"[A-Z][\w'’.\-]*(?: [\w'’.\-]+){0,3}"
_ADDRESS_LINE = re.compile(
    rf"^(?:{_FLAT},? |[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){{0,3}}, )?\d{{1,5}}[A-Za-z]?,? "
    r"(?!(?i:beds?|bedrooms?|baths?|storeys?|acres?|rooms?|units?|flats?|floors?)\b)"  # ("3 Bed Semi" is a kind)
    rf"[A-Z][\w'’\-]*(?: [\w'’\-]+){{0,4}}(?:, {_PART}){{0,3}}$|^{_FLAT},? {_PART}(?:, {_PART}){{0,3}}$"
)  # (a flat's own word then its building, no comma: "Flat 4 Maltings Court Ware")
_CODE = re.compile(r"^(?=.*\d)[\w#./\-]+$")
_AGE_WITH_UNIT = re.compile(r"(?:1[01]\d|[1-9]?\d)[ ]?(?:y|yo|yrs?|years?|ans|años|Jahre|J\.)")  # "88 yrs"
_TITLE_WORDS = (r"mr|mrs|ms|miss|mstr|master|mx|dr|prof|herr|frau|m|mme|mlle|sr|sra|srta|sig|sig\.ra|dhr|mevr|pan|pani|"
                r"rev|sir|dame|lady|lord|señor|señora|signor|signora|monsieur|madame")
_TITLE = re.compile(rf"(?i)^(?:{_TITLE_WORDS})\.?(?: (?:{_TITLE_WORDS})\.?)?$")  # "Frau Dr."
_PERSONAL_NUMBER = re.compile(r"^(?=.*\d)[\w#./\-·]+(?: [\w#./\-·]+){0,7}$")  # "QQ 12 34 56 C", "2 90 05 75 108 042 36"
_HANDLE = re.compile(r"^@?(?=[\w.\-]*[^\W\d_])[\w.\-]{2,40}$")
#: logins of machines and services, no person's
SERVICE_ACCOUNTS = frozenset(
    """ubuntu user users admin administrator root runner app www www-data ec2-user centos debian pi vagrant git
    node shared public default guest all service system nobody postgres mysql oracle sa backup""".split()
)


def is_service_account(login: Any) -> bool:
    """A machine's or a service's login ("root", "svc_backup"), no person's."""
    login = str(login).strip().lower()
    return login in SERVICE_ACCOUNTS or login.startswith(("svc_", "svc-", "srv_"))


def _ints(low: int, high: int) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        text = str(value).strip()
        if isinstance(value, bool) or not re.fullmatch(r"\d{1,3}(?:\.0)?", text):
            return False
        return low <= float(text) <= high

    return check


def _text(pattern: re.Pattern) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, (str, int)) and not isinstance(value, bool) and bool(
        pattern.search(str(value).strip())
    )


def _digits(low: int, high: int) -> Callable[[Any], bool]:
    return lambda value: low <= sum(c.isdigit() for c in str(value)) <= high


def _both(*checks: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda value: all(check(value) for check in checks)


_HANDLE_FITS = _text(_HANDLE)


@dataclass(frozen=True)
class _Rule:
    entity: str | None  # None: not PII
    names: re.Pattern  # matched against the last part of the field path, in snake_case
    fits: Callable[[Any], bool]


def _names(pattern: str) -> re.Pattern:
    return re.compile(rf"^(?:{pattern})$")


# The first rule whose name matches and whose values fit wins. Order matters: `zip_code`
# before the id/code rule, `company_name` before `name`.
RULES = (
    _Rule("ZIP_CODE", _names(r"(?:\w+_)?(?:zip|zipcode|zip_code|postal|postal_code|postalcode|postcode|post_code|plz|cep|"
                             r"pin_code|pincode|pc|pcode|eircode|npa|cap|cp|code_postal|codigo_postal|postleitzahl|"
                             r"postnummer|postnr|post_nr|postinumero|kod_pocztowy|kod|psc|iranyitoszam|posta_kodu|cod_postal|"
                             r"codice_postale|pst_cd|yuubin|yubin|yuubin_bangou|upyeon|upyeon_beonho|kode_pos|poskod|"
                             r"postnumer|posta_kodea|postna_stevilka|kodici_postali)"),
          _text(_POSTAL)),
    # "yrs", "edad", "alter": an age column in short or in another language
    _Rule("AGE", _names(r"(?:\w+_)?age(?:_years|_yrs)?|age_\w+|yrs|years_old|edad|alter|eta|leeftijd|wiek|idade|"
                        r"umur|usia|edat|ikä|ika|alder|alder_ar|aldur|yas|vek|starost|vanus|eletkor|varsta|tuoi|"
                        r"ojo_ori|adina|jas|nas|shekaru|oed|tariq|tarik|"  # Armenian "tariq", Yoruba "Ọjọ́ orí", Basque "adina", Kazakh "jas", Mongolian "nas", Hausa, Welsh
                        r"temen"),  # Kurmanji ("nav,bav,temen")
          lambda v: _ints(0, 120)(v) or isinstance(v, str) and bool(_AGE_WITH_UNIT.fullmatch(v.strip()))),
    _Rule("DATE_TIME", _names(r"dob_\w+|geb_datum|fecha_nac|f_nac|fec_nac|f_nacimiento|date_naissance|(?:\w+_)?(?:dob|date_of_birth|birth_date|birthdate|birthday|born|birth_day|d_o_b|"
                              r"fecha_de_nacimiento|fecha_nacimiento|date_de_naissance|geburtsdatum|data_di_nascita|tanggal_lahir|tgl_lahir|"
                              r"data_nascita|data_de_nascimento|geboortedatum|nascimento|nacimiento|naissance|geburt|nascita|"
                              r"data_naixement|data_de_naixement|naixement)"),
          lambda v: _text(_DATE)(v) or _text(_BIRTHDAY)(v)),
    # When a pipeline handled the row is about the pipeline, not about anyone.
    _Rule(None, _names(r"(?:processed|ingested|imported|exported|loaded|etl|run|batch|synced|indexed)_?"
                       r"(?:at|on|date|time|ts|timestamp)?|timestamp|ts"),
          _text(_DATE)),
    # a card's or a document's expiry as a month ("09/27") is no one's date
    _Rule(None, _names(r"(?:\w+_)?(?:exp|expiry|expires|expiration|valid_thru|valid_to|valid_until)(?:_date|_dt)?"),
          _text(_SHORT_DATE)),
    # Any other date of a row: when someone signed up, ordered, logged in, was admitted or hired.
    # With the other columns of a person it narrows down who they are (HIPAA counts every
    # date about a person but the year), so it is a DATE_TIME like a birth date.
    _Rule("DATE_TIME", _names(r"date|day|(?:\w+_)?(?:date|dt|day|on|at|time|datetime|since|seen|login)|"
                              r"(?:\w+_)?(?:created|updated|modified|deleted|registered|joined|hired|admitted|appt|appointment|"
                              r"discharged|visited|signup|sign_up|registration|enrolled|enrollment|expires|expiry|"
                              r"desde|depuis|seit|sinds|dal|in_dienst|alta|fecha_alta|eintritt|eintrittsdatum|embauche|"
                              # a stay's, an account's or a visit's day: "Arrival", "Check-out", "Opened", "Last flu vacc"
                              r"arrival|departure|check_?in|check_?out|opened|closed|issued|booked|vacc|vaccinated|"
                              r"arrived|departed|checked_in|checked_out|collected|delivered|returned|"
                              # a stay's days under a verb or in another language: "Arrive", "Depart", "Arrivo", "Partenza"
                              r"arrive|depart|arrivo|partenza|llegada|salida|entrada|ankunft|anreise|abreise|arrivee|depart|"
                              # a lease's or a plan's first and last day, a line's activation, a trial's randomisation
                              r"start|end|starts|ends|start_date|end_date|activated|deactivated|cancelled|canceled|renewed|"
                              r"terminated|move_in|move_out|moved_in|moved_out|randomised|randomized|"
                              # a refill's or a payment's due day, a hire car's time out
                              r"due|due_date|next_due|refill_due|out|time_out|"
                              # a person's own last sign-in ("last_login"), unlike a record's created_at
                              r"last_login|last_logon|last_seen|last_active|last_sign_in|last_signin|"
                              r"date_embauche|assunzione|data_assunzione|admissao|data_admissao|"
                              # a date in Malay and Indonesian: "Tarikh masuk", "Tanggal"
                              r"tarikh|tarikh_\w+|tanggal|tanggal_\w+|tgl|"
                              # a social worker's or a clinic's visit and review; a date in Spanish, German, Dutch
                              # (no bare "review": a rating's "4/5")
                              r"visit|last_visit|next_visit|next_review|follow_up|fecha|datum|termin)"),
          lambda v: _text(_DATE)(v) or _text(_SHORT_DATE)(v) or _text(_WHEN)(v)),
    _Rule("EMAIL_ADDRESS", _names(r"(?:\w+_)?(?:e_?mail|mail|email_address)(?:_\w+)?"), _text(_EMAIL)),
    _Rule("PHONE_NUMBER", _names(r"(?:\w+_)?(?:phone|mobile|cell|cellphone|telephone|tel|fax|msisdn|telefon|telefono|"
                                 r"teléfono|telefone|handy|mobil|movil|móvil|celular|gsm|puhelin|simu|whatsapp)(?:_\w+)?|"
                                 # a phone in Tok Pisin ("namba fon") and in Malagasy ("finday")
                                 r"contact_(?:no|number|num)|namba_fon|finday"),  # ("Contact number: 01582 730 441")
          _both(_text(_PHONE), _digits(7, 15))),
    _Rule("US_SSN", _names(r"(?:\w+_)?(?:ssn|social_security(?:_number)?|sin|tax_?id)"), _text(_SSN)),
    _Rule("CREDIT_CARD", _names(r"(?:\w+_)?(?:card|card_number|cc|cc_number|credit_card)(?:_number|_no|_num)?"),
          _text(_CARD)),
    _Rule("IBAN_CODE", _names(r"(?:\w+_)?iban"), _text(_IBAN)),
    _Rule("IP_ADDRESS", _names(r"(?:\w+_)?(?:ip|ip_address|ipv4|ipv6|ip_addr)"), _text(_IP)),
    _Rule("URL", _names(r"(?:\w+_)?(?:url|website|homepage|home_page|profile_url|blog|linkedin|linkedin_url|portfolio)"),
          _text(_URL)),
    # a person's own number: national, tax and insurance ids, passports, licences, patient and member numbers
    _Rule("ID_NUMBER", _names(r"(?:\w+_)?(?:ni|nino|ni_number|ni_no|national_insurance(?:_number|_no)?|national_id|nid|"
                              r"passport(?:_no|_number|_num)?|(?:drivers?_|driving_)?licen[cs]e(?:_no|_number|_num)?|"
                              r"drivers?_lic(?:_no|_number)?|dl|secu|n_secu|num_secu|securite_sociale|nir|"
                              r"mrn|medical_record(?:_number|_no)?|nhs(?:_number|_no)?|medicare(?:_no|_number)?|tax_number|tin|nif|nie|dni|cpf|"
                              r"pesel|bsn|aadhaar|pan|personnummer|codice_fiscale|member(?:ship)?_(?:id|no|number)|"
                              r"cpr|civil_id|qid|emirates_id|iqama|nric|hkid|curp|rfc|cnp|nin|cust_(?:id|no|number)|hosp_no|"
                              # pupils' and learners' numbers; other countries' ids by their short names
                              r"upn|uln|personnr|person_nr|fodselsnummer|fodselsnr|fnr|hetu|henkilotunnus|rodne_cislo|"
                              r"tckn|tc_kimlik(?:_no)?|kimlik_no|rut|dui|cedula|nik|npwp|ahv|svnr|steuer_id|idnr|ppsn|"
                              r"kennitala|bvn|mykad|no_kp|no_ic|ic_no|nric_no|id_document|rsa_pin|pension_pin|registr|jsn|iin|emso|"
                              r"travel_document|identity_document|bank_account(?:_number|_no)?|account_number|account_no|"
                              r"tax_?id(?:_number|_no)?|taxpayer_id|tax_identification_number|"
                              r"patient_(?:id|no|number)|employee_(?:id|no|number)|student_(?:id|no|number)|school_id|orcid|"
                              r"emp|empno|emp_no|emp_id|emp_nr|emp_code|employee_code|staff_no|staffno|staff_id|staff_code|personnel_no|"
                              r"badge|badge_no|badge_number|badge_id|"
                              r"(?:university|student|school)_reg(?:istration)?_(?:no|number)|beneficiary_(?:id|no|number)|"
                              # a school's admission number ("ADM", "adm_no")
                              r"adm|adm_no|admission_no|admission_number|"
                              # a worker's number at a mine or a plant, in Czech, Slovak and Afrikaans; an id in Afrikaans
                              r"co_no|clock_no|clock_number|osobne_cislo|osobni_cislo|werknemernommer|werknemer_nr|id_nommer|"
                              r"(?:voter|elector|candidate|cand|applicant|participant|subject|pupil|learner|tenant|donor|volunteer|"
                              r"passenger|worker|resident|driver|rider|courier|agent|officer|juror|farmer|grower|borrower|interpreter|miner|"
                              # a fisheries observer's number ("observer_id": "PGOB-2104")
                              r"observer)_(?:id|no|nr|num|number|code)|namba_obseva|"  # (Tok Pisin's "Namba obseva")
                              r"juror|"
                              r"payroll_(?:id|no|number)|"
                              # Canada's client id for immigration (UCI), a gas engineer's registration ("Gas Safe no.")
                              r"uci|client_id_uci|gas_safe|gas_safe_(?:no|number|id|reg)|"
                              # an interpreter's register: Australia's NAATI practitioner number (CPN), the UK's NRPSI
                              r"naati|naati_cpn|naati_no|cpn|nrpsi|nrpsi_no|residence_permit|residence_permit_no|"
                              # a worker's badge, a utility's subscriber ("Abone No"), a member in Japanese
                              r"badge|badge_no|badge_id|abone_no|kaiin_bangou|kaiin_no|kokyaku_id|kokyaku_bangou|"
                              # a traveller's known-traveller and redress numbers
                              r"ktn|known_travell?er_(?:number|no|id)|redress(?:_number|_no)?|"
                              # a criminal-records check's certificate
                              r"dbs|dbs_(?:number|no|cert|certificate|certificate_number|certificate_no)|"
                              # more countries' ids by their short names: Canada's SIN, Singapore's NRIC/FIN, Kenya's KRA
                              # PIN, a Working With Children Check, the Philippines' SSS, PhilHealth and Pag-IBIG, Italy's
                              # fiscal code, Pakistan's CNIC, Ontario's OEN, a US prescriber's NPI and DEA, Hungary's TAJ and
                              # tax ids, Germany's "Matrikelnr", a holder's or a national id written out (not a UK payroll
                              # "tax code", 1257L, nor a VIN)
                              r"sin|sin_no|sin_number|nric_fin|kra_pin|wwcc|sss|sss_no|philhealth|philhealth_no|pag_ibig|pagibig|"
                              r"uhid|cod_fiscale|ird|ird_number|ird_no|nsn|numero_documento|num_doc|numero_doc|sa_id|"
                              r"oen|labour_card|labor_card|cnic|npi|dea|musteri_no|n_carte|taj|taj_szam|adoazonosito|"
                              r"adoazonosito_jel|holder_s_id|nat_l_id|matrikelnr|matrikel_nr|passportno|member|account|"
                              r"(?:municipal|utility|electricity|water|gas|rates|council_tax|billing)_account(?:_no|_number)?|"
                              # a member's number in Spanish, Portuguese, French: "nº socio", "n° adhérent"
                              r"(?:n|no|nr|num|numero|codice|cod|tessera)_(?:socio|socia|asociado|afiliado|adherent|membre|associado)|"
                              # an employee's number in Spanish and Portuguese: "num_empleado", "nº funcionário"
                              r"(?:n|no|nr|nro|num|numero)_(?:empleado|empregado|funcionario|trabajador|colaborador|nomina)|"
                              # a club's, a library's or a gym's member: "club_id", "library_card"
                              r"(?:club|library|gym|union|society)_(?:id|no|number|card|card_no|card_number)|"
                              # a seafarer's discharge book: "Seaman's book", "CDC no"
                              r"seaman_s_book|seamans_book|seaman_book|discharge_book|cdc_(?:no|number)|"
                              # the Dutch and German person's numbers: deelnemersnr, Mitgliedsnr (a customer's
                              # number stays a record's key, as customer_id does)
                              # an employee's number in Italian, Spanish, Portuguese, French: "matricola", "matrícula"
                              r"matricola|matricula|matrícula|matricule|"
                              # a German health insurance's member number ("kvnr": "T518809460")
                              r"kvnr|kv_nr|kv_nummer|krankenversichertennummer|versichertennummer|"
                              r"(?:deelnemers?|leden|lid|leerling|mitglieds?|patienten|versicherten|mitarbeiter|"
                              r"personal|personeels|schueler|medlems?)_?(?:nr|nummer|no)|"
                              # a wallet is its owner's: never a street ("bitcoin_address")
                              r"a_number|alien_number|uscis_number|(?:licen[cs]e_|number_|car_|vehicle_)?plate(?:_no|_number)?|kenteken|kennzeichen|targa|"
                              r"immatriculation|wallet(?:_address)?|(?:btc|eth|ltc|bitcoin|ethereum|litecoin|crypto)_(?:address|wallet))"),
          _both(_text(_PERSONAL_NUMBER), _digits(4, 30))),
    # a trial's subject by a code ("101-004"), not an email's subject line
    _Rule("ID_NUMBER", _names(r"subject"), _text(re.compile(r"^(?=.*\d)[\w#./\-]{3,20}$"))),
    # an interpreter's NAATI practitioner number: "CPN" and six letters and digits ("CPN8D2K4M")
    _Rule("ID_NUMBER", _names(r"naati|naati_cpn|cpn"), _text(re.compile(r"^CPN(?=[A-Z]*\d)[0-9A-Z]{6}$"))),
    _Rule("USERNAME", _names(r"(?:\w+_)?(?:handle|login|login_name|screen_name|gamertag|username|user_name|github|gitlab|twitter|instagram|"
                             r"telegram|tiktok|discord|skype|snapchat|reddit|ign|in_game_name|gamer_tag|player_tag|playertag|battletag|battle_tag|psn|xbox|steam|"
                             r"slack|slack_handle|wechat|kakao|kakaotalk)"),  # a colleague's chat handle: "slack: srao"
          lambda v: _HANDLE_FITS(v) and not is_service_account(v)),
    _Rule(None, _names(r"(?:\w+_)?(?:company|employer|organization|organisation|org|company_name|employer_name|"
                       r"business|business_name|merchant)"), _text(_PLACE)),  # (a house's vendor is a person: read cell by cell)
    _Rule(None, _names(r"(?:product|file|item|host|server|app|application|brand|project|team|model|device|service|plan|"
                       r"package|category|tag|field|column|table|event|domain|queue|bucket|branch|job|task|step)_?name"),
          lambda v: True),
    # a crew's or a staff list's rank and role: "Master", "AB", "Chief Officer" say no one's name or place
    _Rule(None, _names(r"rank|role|job|job_title|jobtitle|position|pos|occupation|designation|profession|beruf|funktion|"
                       r"poste|fonction|cargo|puesto|functie|ruolo|qualifica"), lambda v: True),
    # whoever reported, posted or signed up, by a login ("reporter": "tomasz_w", "Reported profile": "kenji.t"): a handle
    # with a mark of one (a dot, an underscore, a digit), never a plain word
    # (and whoever opened, created or exported a record: "opened_by": "agent_ski")
    _Rule("USERNAME", _names(r"(?:\w+_)?(?:reporter|reported|author|poster|sender|requester|profile|reviewer)|\w+_by|\w+_for|"
                             r"display_name|displayname"),  # ("display_name": "retro.rob"; "Vera Lindholm" is a name, below)
          lambda v: _HANDLE_FITS(v) and any(c in "._" or c.isdigit() for c in str(v))
          and not is_service_account(v)),
    _Rule("PERSON", _names(r"(?:\w+_)?(?:name|full_names?|fullname|first_names?|firstname|last_names?|lastname|surnames?|"
                           r"given_names?|family_names?|given|family|middle_names?|middle_initial|initials|maiden_name|mothers_maiden_name|nickname|"
                           r"caregiver|carer|next_of_kin_name|officer|case_officer|caseworker|case_worker|probation_officer|social_worker|"
                           r"worker|key_worker|keyworker|support_worker|"
                           r"emergency_contact(?:_name)?|spouse|spouse_name|partner_name|"
                           r"father_name|fathers_name|mother_name|mothers_name|"
                           r"contact|"
                           # a directory's common name and surname (LDAP's cn, sn), a display name
                           r"cn|sn|common_name|display_name|displayname|"
                           r"person|patient|customer|employee|owner|holder|account_holder|cardholder|card_holder|"
                           # whoever a record is about or from: "client", "donor", "reporter"
                           r"client|donor|reporter|tenant|applicant|claimant|passenger|guest|attendee|volunteer|"
                           r"adjuster|assessor|claim_handler|handler|examiner|underwriter|surveyor|player|athlete|"
                           # a court's judge ("IJ": an immigration judge) and a case's party
                           r"judge|ij|immigration_judge|case_party|"
                           r"accountholder|policyholder|beneficiary|payee|insured|guardian|next_of_kin|"
                           # in other languages, and ISO 20022's <Nm>
                           r"vorname|nachname|familienname|prenom|prénom|nom|nom_de_famille|nombres?|apellidos?|child|child_name|"
                           r"nombre_completo|nome_completo|nom_complet|vollstandiger_name|volledige_naam|"
                           r"primer_apellido|segundo_apellido|nome|cognome|sobrenome|voornaam|achternaam|imie|imię|"
                           r"nazwisko|fornavn|etternavn|efternamn|fornamn|förnamn|etunimi|sukunimi|ad|soyad|soyadi|"
                           r"namn|navn|nimi|naam|nume|prenume|jmeno|prijmeni|isim|nama|"
                           # a library's, a landlord's and an airline's people; a form's short first, middle, last
                           r"borrower|patron|mieter|inquilino|locataire|huurder|pax|fn|ln|mi|mn|"
                           # whoever served or looked after the person: "preparer": "M. Dion", "nurse": "Amy Lee"
                           r"preparer|advisor|adviser|teller|clerk|cashier|nurse|doctor|physician|therapist|coach|"
                           r"teacher|tutor|instructor|counsellor|counselor|recruiter|interviewer|technician|"
                           r"paziente|paciente|patiente|patientin|"
                           # who called, rode or subscribed; a team's captain, a hotel's guest
                           r"caller|rider|subscriber|captain|driver|ospite|huesped|huésped|gast|cliente|klient|kunde|"
                           r"competitor|entrant|runner|swimmer|name_on_card|"
                           # a name in romanized Japanese ("shimei"), Turkish "Abone Adı"
                           r"shimei|namae|adi|nama_\w+|"
                           # Italian "nominativo", Catalan "cognoms"
                           r"nominativo|nome_e_cognome|cognome_e_nome|cognoms|cognom|nom_i_cognoms|nome_e_apelidos|"
                           # given name and surname in Galician, isiZulu, Afrikaans, Armenian and Georgian (romanized),
                           # the Slavic and Baltic languages, Hungarian, Welsh, Irish, Swahili, Tagalog; whoever took a thing
                           r"apelidos|igama|isibongo|noemnaam|anun|azganun|sakheli|gvari|ime|prezime|meno|priezvisko|"
                           r"vardas|pavarde|vards|uzvards|eesnimi|perenimi|nev|vezeteknev|keresztnev|enw|ainm|sloinne|"
                           r"jina|pangalan|apelyido|ho_ten|ho_va_ten|kurier|kuryr|issued_to|"
                           # Kazakh, Mongolian (romanized), Yoruba, Basque, Icelandic, Maltese, Slovenian
                           r"aty|tegi|aty_joni|ovog|ner|oruko|izena|abizena|abizenak|nafn|fullt_nafn|isem|kunjom|priimek|"
                           # Kurmanji: a father's name, a surname, a full name, a patient, a doctor ("nav,bav,temen"; a
                           # bare "nav" is a table's: tables.py)
                           r"bav|nave_bav|pasnav|nav_u_pasnav|nexwes|bijisk|"
                           # Malagasy: a name ("anarana feno": a full one)
                           r"anarana|anarana_feno|"
                           # a sale's or a lease's parties: "buyer", "seller", "grantee"
                           r"buyers?|sellers?|purchasers?|grantor|grantee|lessor|lessee|decedent|"
                           # a Nigerian register's "Other names"; Hausa "Suna"
                           r"other_names?|suna)"
                           r"(?:_\d)?|nm|names"), _text(_NAME)),  # (a South African form's "Names": "Sizwe Bongani")
    # a name's courtesy title: "anrede=Herr", <prefix>Ms</prefix>; a `title` column only when it holds one ("MSTR",
    # not "Engineer": a job's title is no PII)
    _Rule("TITLE", _names(r"(?:\w+_)?(?:prefix|name_prefix|salutation|anrede|civilite|civilité|honorific|tratamiento|"
                          r"title|titre|titel|titulo|título)"), _text(_TITLE)),
    # a person's nationality: "Bangladeshi", "British" (a people, NRP)
    _Rule("NRP", _names(r"nat|race|ethnicity|race_ethnicity|(?:\w+_)?(?:nationality|nationalitat|nationalite|nationalité|nacionalidad|nacionalidade|nazionalita|"
                        r"nazionalità|citizenship|staatsangehoerigkeit|staatsangehörigkeit|staatsangehorigkeit|nationaliteit|cittadinanza|citoyennete|"
                        r"citoyenneté|ciudadania|ciudadanía|cidadania|obywatelstwo|uyruk|uyrugu|medborgarskap|statsborgerskab|"
                        r"jinsiya|el_jinsiya)"),  # (Arabic "el jinsiya", romanized)
          _text(re.compile(rf"^[^\W\d_][\w\-{MARKED_SCRIPTS}]+(?: [^\W\d_][\w\-{MARKED_SCRIPTS}]+)?$"))),  # ("เยอรมัน")
    # a person's religion or party: "Roman Catholic", "Iglesia ni Cristo", "Labour"
    _Rule("NRP", _names(r"(?:\w+_)?(?:religion|religious_affiliation|faith|konfession|religionsbekenntnis|bekenntnis|"
                        r"religión|religião|religione|religie|agama|political_party|party_affiliation)"),
          _text(re.compile(r"^[^\W\d_][\w\-'’]+(?: [^\W\d_][\w\-'’]+){0,3}$"))),
    # a bare "party" column holds a party only when its values are parties' names ("Greens", "Labor"), not a party
    # to a contract ("Claimant") or a booking's size
    _Rule("NRP", _names(r"party"), _text(_PARTY)),
    # how long someone has lived there ("Time at address: 2 yrs 4 mths") is no address
    _Rule(None, _names(r"(?:time|years|months|duration|length|period)_(?:at|in)_(?:\w+_)?address"), lambda v: True),
    # (a bare "line" is an address's; an "appointments_line" is a phone's)
    _Rule("ADDRESS", _names(r"block_unit|blk_unit|line|(?:\w+_)?(?:street|street_address|address|address_line_?\d?|addr|address\d|addr\d|line\d|ligne\d?|"
                            r"adresse|direccion|dirección|indirizzo|endereco|endereço|morada|adres|adr_line|adress|anschrift|"
                            r"osoite|adresa|adressi|ulica|ulice|gatuadress|gateadresse|alamat|juso|jusho|enderezo|hasce|"
                            r"naslov|helbidea|heimilisfang|logheimili|indirizz|mekenjai|khayag|"
                            # a home in Spanish, Portuguese, French and German; an address's extra line ("Zusatz")
                            r"domicilio|domicile|wohnadresse|adresszusatz|"
                            # a place in Kurmanji: a camp's "Blok 3 / Kon 44" (a town's name alone is a LOCATION's)
                            r"cih|navnisan)(?:_\d)?"),
          lambda v: _text(_ADDRESS)(v) or _text(_STREET_NAME)(v) and _text(_PLACE)(v) or _text(_NAMED_ADDRESS)(v)),
    # a street's name and its building's number apart (ISO 20022's <StrtNm> and <BldgNb>, "strasse", "hausnummer")
    _Rule("ADDRESS", _names(r"(?:\w+_)?(?:street|street_name|strt_nm|strasse|straße|calle|rua)"), _text(_PLACE)),
    _Rule("ADDRESS", _names(r"(?:\w+_)?(?:bldg_nb|building|building_number|buildingnumber|house_number|housenumber|house_no|hausnummer|hausnr|apartment|"
                            r"apartment_number|apt|apt_no|suite|secondary_address|"
                            # a house's number under its address ("home_address:\n  number: 43")
                            r"address_(?:number|no|num|nr)|addr_(?:number|no|num|nr)|hse_no)"),
          _text(re.compile(r"^\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?$"))),
    # a house by its block's letter and number in an estate's or a compound's list ("house": "B4"; a team's "4"
    # house points are none)
    _Rule("ADDRESS", _names(r"house|hse"), _text(re.compile(r"^(?:[A-Z]-?\d{1,4}[A-Za-z]?|\d{1,4}[A-Za-z])$"))),
    # a family's place in a camp: its tent, shelter or caravan by a block's letter and a number ("A-18", "F-112"), or
    # both spelled out ("Block C / Tent 12"; an animal shelter's "Battersea" is none)
    _Rule("ADDRESS", _names(r"(?:\w+_)?(?:tent|shelter|caravan|tent_block|block_tent|block_and_tent)(?:_no|_number|_nr)?"),
          _text(re.compile(r"^(?:[A-Z]{1,2}[- ]?\d{1,4}[A-Za-z]?|\d{1,4}[A-Za-z]?"
                           r"|[^\W\d_]{3,8}\.? ?[A-Z\d]{1,3} ?[/,\-] ?[^\W\d_]{3,8}\.? ?[A-Z\d]{1,4})$"))),
    # a building or a property by its address's line: "Harbour View, 3 Quay Street", "9 Cotham Vale"
    _Rule("ADDRESS", _names(r"building|property|property_address|premises"), _text(_ADDRESS_LINE)),
    # a South African plot: "Erf 1142" under "stand"
    _Rule("ADDRESS", _names(r"stand|stand_no|stand_number|erf|erf_no|erf_number|plot|plot_no|plot_number"),
          # (its own word first: a fair's "Stand 14" is no one's)
          _text(re.compile(r"^(?i:erf|plot|portion|ptn)\.? ?(?:no\.? ?)?\d{1,6}(?:/\d{1,4})?[A-Z]?$"))),
    # a flat in a `unit` column: with its own word ("Unit 7", "Flat 2") or a letter ("4B"), never a bare count
    # (a sales table's "units" are how many)
    # (or "#210" under "Unit")
    _Rule("ADDRESS", _names(r"(?:\w+_)?(?:unit|unit_no|unit_number|flat|flat_no)"),
          _text(re.compile(r"^(?:(?i:unit|apt|apartment|flat|suite|ste)\.?[ ]?#?\d{1,5}[A-Za-z]?(?:/\d{1,3})?|\d{1,4}[A-Za-z]|#\d{1,5}[A-Za-z]?"
                           r"|[A-Z]-\d{1,2}-\d{1,3}|#\d{1,2}-\d{1,4})$"))),  # (Malaysia's "A-05-12", Singapore's "#05-12")
    # a bare number under "Flat" is one (no count is a "flat"; a "unit" may be): "12" beside "7A"
    _Rule("ADDRESS", _names(r"flat|flat_no|flat_number|flat_nr"), _text(re.compile(r"^\d{1,4}$"))),
    # a flat in Switzerland, Germany and Austria: its floor and number and side ("3.2 links", "1.1", "EG rechts", "Top 5")
    _Rule("ADDRESS", _names(r"wohnung|whg|wohnung_nr|whg_nr"),
          _text(re.compile(r"^(?:(?:Whg\.?|Top) ?\d{1,3}|(?:\d{1,2}\.\d{1,2}|EG|OG|DG|UG|\d{1,2}\. ?(?:OG|Stock))"
                           r"(?: (?i:links|rechts|mitte|li|re))?)$"))),
    # a flat by its block's letter and its number: "A-101" under "apartment_id", "A Blok D:4" under Turkish "daire"
    _Rule("ADDRESS", _names(r"apartment_id|apt_id|flat_id|daire|daire_no"),
          _text(re.compile(r"^(?:[A-Z]-\d{1,4}|[A-Z] (?i:blok|block|blk) (?:D:|No:)?\d{1,4}|\d{1,4}[A-Za-z]?)$"))),
    # an Indian PIN in a "PIN" column: six digits (a card's PIN has four)
    _Rule("ZIP_CODE", _names(r"pin|pin_no"), _text(re.compile(r"^\d{6}$"))),
    # Codes count: "MA", "NSW", "US" in a `state` or `country` column say where someone is.
    _Rule("LOCATION", _names(r"st|(?:\w+_)?(?:city|town|municipality|state|province|region|county|district|"
                             r"country|country_name|country_code|country_iso|nationality_country|birthplace|"
                             r"place_of_birth|state_code|province_code|region_code|ort|stadt|wohnort|ville|ciudad|"
                             r"citta|città|cidade|stad|plaats|woonplaats|miasto|twn_nm|ctry|ctry_sub_dvsn|land|pays|"
                             r"pais|país|provincia|bundesland|kanton|comune|localidad|localidade|localita|municipio|"
                             # Brazil's "UF" (state), Poland's voivodeship, a Swedish "postort", Turkey's "ilçe"
                             r"uf|estado|wojewodztwo|miejscowosc|kommune|gemeinde|poblacion|provincie|departement|"
                             r"prefecture|prov|bandar|negeri|suburb|community|hometown|home_town|village|kaupunki|paikkakunta|postort|obec|mesto|ilce|sehir|kota|provinsi|"
                             r"municipi|kommun|dorp|indawo|rajon|grad|miestas|linn|pilseta|qala|herria|lokalita|gari|contae|"
                             # a neighbourhood: "bairro", "barrio", "quartier", "Stadtteil", "wijk"
                             r"neighbourhood|neighborhood|bairro|barrio|quartier|stadtteil|ortsteil|wijk|colonia|locality|"
                             # a parish, a borough, a barangay, an oblast, a governorate, a Chilean "comuna"
                             r"parish|borough|barangay|oblast|governorate|emirate|canton|comuna|parroquia|tehsil|taluk|upazila|"
                             # Nigeria's local government area; a log's "geo"
                             r"lga|geo|geo_city|"
                             # a district in Spanish and Portuguese, German, Indonesian; a Norwegian or Danish town
                             r"distrito|bezirk|kecamatan|kelurahan|sted|poststed|"
                             # a village or hamlet in Latin America: Peru's "centro poblado" and "ayllu", a "comunidad", a "vereda"
                             r"centro_poblado|poblado|ayllu|comunidad|caserio|aldea|vereda|corregimiento|"
                             r"comunidad_campesina|comunidad_nativa|"  # (Peru's: "comunidad campesina": "Sallac")
                             # a Dutch or Flemish municipality, a Galician one; an Indonesian village and regency
                             r"gemeente|concello|desa|dusun|kampung|kabupaten|"
                             # Kenya's sub-county, location and sub-location; where a patient comes from ("procedencia")
                             r"subcounty|sublocation|sub_location|procedencia|"
                             # a French "commune" and "localité"; Madagascar's fokontany and commune, a place in Malagasy
                             r"commune|localite|fokontany|kaominina|toerana|"
                             # a village, a street, a district and a region in Swahili (Zanzibar's "shehia"); a Kurmanji
                             # city and village; a place in Tok Pisin ("ples"); an island, a boat's home port
                             r"kijiji|shehia|mtaa|wilaya|mkoa|bajar|gund|cih|ples|island|home_port|homeport|"
                             # a Turkish neighbourhood ("mahalle"), a home's area, a displaced family's camp ("Hasansham U3")
                             r"mahalle|home_area|camp|camp_name|"
                             # a birthplace in German, Dutch, Polish, Danish and Norwegian ("Geburtsort")
                             r"geburtsort|herkunftsort|geboorteplaats|miejsce_urodzenia|fodested|fodeby)|"
                             # a place of origin or residence named whole: "State of Origin", "Comune di residenza"
                             r"(?:state|city|town|country|county|lga|place|comune|lieu|lugar|ciudad|cidade|luogo)_(?:of|di|de|do|da)_"
                             r"(?:origin|residence|birth|residenza|nascita|naissance|residence|nacimiento|residencia|nascimento)"),
          lambda v: isinstance(v, str) and bool(_PLACE.match(v.strip())) and v.strip().lower() not in _STATUSES),
    # where a person lives, works, trains or travels: a home's town, an office, a gym's home club, a crew's base, a trial's site, a ride's
    # pick-up and drop-off; a place's name there, not "Club 14", "Lobby" or "Remote"
    _Rule("LOCATION", _names(r"office|home|home_club|site|base|pickup|dropoff|pick_up|drop_off|origin|destination|area|zone|"
                             r"location|location_shown|current_location|last_location|"
                             # a bank's or a shop's branch, in English, Turkish, German/Italian, Spanish, Portuguese
                             r"branch|branch_name|sube|filiale|sucursal|agencia|depot|"
                             # an event's venue; a health worker's post (never a "ward": a hospital's is "Maternity")
                             r"venue|health_post|health_facility|duty_station|"
                             # a Peruvian village's "anexo", a place in Spanish ("Ccorca"; a document's "Anexo 1", "Sí"
                             # or a race's "1º" is none)
                             r"anexo|lugar|"
                             # a Japanese prefecture, romanized
                             r"todoufuken|todofuken|ken"),
          lambda v: isinstance(v, str) and bool(_PLACE.match(v.strip())) and not any(c.isdigit() for c in v)
          and len(v.strip()) > 2 and v.strip().lower() not in _NOT_SITES),  # (a zone's letter "B" is none)
    # a school trip's place, each word capitalised and no lone English word ("Ironbridge Gorge"; not "Day trip",
    # "Residential")
    _Rule("LOCATION", _names(r"trip|excursion|outing|trip_destination"),
          lambda v: isinstance(v, str) and bool(_PLACE.match(v.strip())) and not any(c.isdigit() for c in v)
          and all(word[0].isupper() for word in v.split()) and (" " in v.strip() or v.strip().lower() not in english_words())),
    _Rule(None, _names(r"(?:\w+_)?(?:iso|iso2|iso3|currency|locale|lang|language)"),
          _text(re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?$"))),
    _Rule(None, _names(r"id|uuid|guid|key|(?:\w+_)?(?:id|uuid|guid|key|code|sku|ref|reference|number|no|nr|num)"),
          _text(_CODE)),
)


@dataclass(frozen=True)
class Column:
    """A column typed as a whole; `entity` None means "not PII": its cells are not scanned."""

    field: str
    entity: str | None
    reason: str

    def span(self, value: Any) -> Span | None:
        """The finding over a whole value of this column (None for non-PII columns or misfits)."""
        text = _as_text(value)
        if self.entity is None or not text or not _rule_for(self.field, self.entity).fits(value):
            return None
        lead = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        return Span(self.entity, lead, end, SCORE, RECOGNIZER)

    def covers(self, value: Any) -> bool:
        """Whether this column decides `value` alone (per-cell NER skipped)."""
        return self.entity is None or self.span(value) is not None


def infer_columns(records: Iterable[Mapping[str, Any]], sample: int = SAMPLE) -> dict[str, Column]:
    """Field pattern -> Column, for the fields whose name and values agree on a type."""
    values: dict[str, list[Any]] = {}
    for record in records:
        if isinstance(record, Mapping):
            for pattern, value in _leaves(record):
                bucket = values.setdefault(pattern, [])
                if len(bucket) < sample:
                    bucket.append(value)
    out = {}
    for pattern, sampled in values.items():
        column = infer_column(pattern, sampled)
        if column is not None:
            out[pattern] = column
    return out


def infer_column(pattern: str, values: list[Any]) -> Column | None:
    present = [v for v in values if v is not None and _as_text(v)]
    if not present:
        return None
    name = snake_name(pattern)
    for rule in RULES:
        if not rule.names.match(name):
            continue
        share = sum(1 for v in present if rule.fits(v)) / len(present)
        if share >= MIN_SHARE:
            what = rule.entity or "not PII"
            return Column(pattern, rule.entity, f"name '{name}', {share:.0%} of {len(present)} values fit {what}")
    return None  # no name hint, or values that do not keep its promise: scanned cell by cell


def _rule_for(field: str, entity: str) -> _Rule:
    name = snake_name(field)
    return next(r for r in RULES if r.entity == entity and r.names.match(name))


def snake_name(pattern: str) -> str:
    """The last part of a field path in snake_case, as RULES match it ("billingZipCode" -> "billing_zip_code").
    A key's own dots are no path: "Mobile No." is mobile_no, "Emp. No" emp_no, "D.O.B." dob."""
    parts = _PATH_DOT.split(pattern.rstrip(".").replace("[]", ""))
    last = "".join(parts) if len(parts) > 1 and all(len(part) <= 2 for part in parts) else parts[-1]
    last = _BRANDS.sub(lambda m: m.group().lower(), last) if "Hub" in last or "Lab" in last or "In" in last \
        or "App" in last or "Tube" in last or "Tok" in last else last
    last = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", ascii_form(last))  # ("Póstnúmer", "Orúkọ": their letters kept)
    return re.sub(r"[^a-z0-9]+", "_", last.lower()).strip("_")


_PATH_DOT = re.compile(r"\.(?![ \t])")  # a dot between two keys (a dot before a blank ends an abbreviation)
# a site's name with a capital inside is one word: "GitHub" is github, not git_hub ("LinkedIn", "WhatsApp")
_BRANDS = re.compile(r"[Gg]itHub|[Gg]itLab|[Ll]inkedIn|[Ww]hatsApp|[Yy]ouTube|[Tt]ikTok")  # (a key's "whatsApp")


def _as_text(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if isinstance(value, (str, int, float)) else ""


def _leaves(value: Any, pattern: str = "") -> Iterable[tuple[str, Any]]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _leaves(item, paths.child(pattern, str(key)))
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item, paths.element(pattern, None))
    else:
        yield pattern, value

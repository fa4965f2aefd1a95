"""Tables pasted into free text: CSV, TSV, ";"-separated and pipe/markdown tables with a header row.

    id,first_name,last_name,email
    1042,Hai,Tran,tran.hai.vn@gmail.com

NER sees "Hai" between two commas without any context and misses it; the header
says what it is. Each column is typed from its header name by the same rules
that type structured columns (`columns.RULES`: a cell counts only when the
rule's `fits` accepts it), plus a few header words that free-text tables use
and records rarely do ("Candidate", "Visitor", "handle", "Car reg"). Headers
no rule knows ("Notes", "Role", "Host") leave their cells to the other recognizers, unless the cells show what
they hold: most of them a given name and a surname no English word (a column of people), and beside people a column
of codes of the same letters ("BAT-0452", "BAT-0466") that numbers them. A route's two places are two findings
("Dahra - Touba").

A table is a header of >= 2 cells shaped like column names (short, letters, no
sentence) and >= 1 row below with as many cells; a markdown separator row
(`|---|---|`) is skipped, outer pipes are allowed. Prose with commas is not a
table: its "cells" are sentence parts, not column names.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import islice
from typing import Any

from minimize.detection.columns import MARKED_SCRIPTS, RULES, is_service_account, snake_name
from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer
from minimize.detection.recognizers.name_words import census_surnames, known_first_names
from minimize.detection.recognizers.words import ascii_form, english_words

SCORE = 0.88  # above NER's 0.85: the header is better evidence than a guess from no context
#: longest line read as a header (a longer one is prose or data)
MAX_HEADER = 300
_HEADER_SIGN = re.compile(r"(?<=\w)[ ]?#")
_HEADER_UNIT = re.compile(r"[ ]?\([^()]*\)|（[^（）]*）")  # (full-width in Chinese: "本期金额（新元）")
_GENDER_ENDING = re.compile(r"(?<=[a-zäöü])(?:/-?in|\*in|:in|_in|\(in\))(?:nen)?$")
# "  " stands for a fixed-width table's columns: two blanks or more between cells ("STAFF NO  NAME  AGE")
_DELIMITERS = ("\t", "|", ";", ",", "  ")
# (a cell of one letter, "F" under "SEX", ends at the first wide gap, not the next cell's)
_FIXED_WIDTH_CELL = re.compile(r"[^ \t](?:[^\t]*?[^ \t])??(?=[ \t]{2,}|\t|$)")
# a letter, or a vowel sign of the scripts of India, Sri Lanka and Thailand or an Arabic diacritic ("मोबाइल", "முகவரி")
_LETTER = rf"(?:[^\W\d_]|[{MARKED_SCRIPTS}\u064B-\u065F])"
# A column name: up to four words of letters ("Car reg", "first_name", "E-mail", "Date of birth",
# "Tel.", "address_line_1"); a bare "#" is a row-number column
_COLUMN_NAME = re.compile(
    r"(?:(?:[Nn][°º]|Nr\.?)[ _]?)?"  # "N° sécu", "n° carte", "n°_adhérent"
    # (a word may hold an apostrophe, "Seaman's book"; words may be split by a spaced slash, "Discharge book / SIRB")
    # (or by a dot alone: "F.NAC.", "Tel.Nr.")
    # (a word's gender or plural in brackets: "né(e) le", "Name(s)")
    rf"(?:{_LETTER}(?:{_LETTER}|['’](?={_LETTER}))*(?:\({_LETTER}{{1,3}}\))?\.?"
    # (a form's number inside: "W-4 status", "Form 1099 box")
    rf"(?:(?:[ _\-/]|[ ]/[ ]|[ ]&[ ]|,[ ]|(?<=\.))(?:{_LETTER}(?:{_LETTER}|['’](?={_LETTER}))*|\d{{1,4}}(?=[ _\-]{_LETTER}))"
    rf"(?:\({_LETTER}{{1,3}}\))?\.?){{0,4}}"
    rf"(?:[ _]?\d{{1,4}}(?:{_LETTER}{{1,3}})?)?(?:[ ]?#)?(?:[ _]?[€$£¥%])?"  # "line2", "wages_2024", "trips_30d", "importe_€"
    # ("Card (last 4)", "Ποσό (€)", "comunidad (lugar de atención)"; not a number alone)
    r"(?:[ ]?\((?=[^()]*[^\d\s()])[^()]{1,24}\)|（[^（）]{1,12}）)?"
    # ... "2fa", "3ds"; a Russian row number's "№", a French one's "N°" (its degree sign is no letter, as "º" is)
    rf"|#|No\.|№|[Nn]°|(?:{_LETTER}\.){{2,4}}|\d{_LETTER}{{1,5}})"
)  # "Emp #", "D.O.B.", "Age (yrs)"
_CASELESS_WORD = re.compile(rf"[{MARKED_SCRIPTS}\u0600-\u06FF]{{2,}}(?: [{MARKED_SCRIPTS}\u0600-\u06FF]{{2,}}){{0,3}}")
# Headers of a table of goods, whose "Name" is a product's
_GOODS = re.compile(r"(?:\w+_)?(?:price|cost|amount|total|subtotal|qty|quantity|sku|stock|units?|product|item|"
                    r"category|brand|model|weight|size|discount|vat|currency|inventory)s?")
_CAPITALISED_WORDS = re.compile(r"[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-.]*){0,2}")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d\d(?:,|$))")  # "R$ 689,90" in a CSV row
# ... its units before the comma: a currency's sign or code, or thousands with dots ("R$ 1.104", "EUR 12", "1.104")
_AMOUNT_UNITS = re.compile(r"(?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{3})[ ]?\d[\d. ]*|\d{1,3}(?:\.\d{3})+")
_INDEX_CELL = re.compile(r"\d{1,7}[ \t]{2,}\S")  # a data frame's row index
_SEPARATOR_CELL = re.compile(r"[ \t]*:?-{2,}:?[ \t]*")
#: cells that stand for no value
_PLACEHOLDERS = frozenset({"-", "–", "—", "?", "x", "n/a", "na", "none", "null", "nil", "tbd", "tbc", "unknown", "vacant",
                           "anonymous", "anon", "withheld", "redacted"})
#: a yes/no column's answers, under a header that names people ("Staff?": "Yes")
_ANSWERS = frozenset("yes no y n true false ok self other all both any".split())
_HANDLE = re.compile(r"@?(?=[\w.\-]*[^\W\d_])[^\W_][\w.\-]{0,30}[^\W_]")
# A number plate or registration: capitals and digits, both ("LB19 XKE", "YR68-TZP", "7ABC123")
_PLATE = re.compile(r"(?=[A-Z0-9 \-]*\d)(?=[A-Z0-9 \-]*[A-Z])[A-Z0-9](?:[A-Z0-9]|[ \-](?=[A-Z0-9])){2,10}"
                    # China's: a province's character, a letter, five or six letters and digits ("京N·8K2F7")
                    r"|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·・.\- ]?[A-Z0-9]{5,6}"
                    # Thailand's: two consonants, a number and the province ("กข 4821 ภูเก็ต")
                    r"|\d?[\u0E01-\u0E2E]{1,2}[ \-]?\d{1,4}(?: [\u0E01-\u0E4E]+)?")
_PARTICLES = re.compile(r"(?i)(?:van|von|de|der|den|ter|ten|te|het|'t|la|le|du|da|di|dos|das|del|op|in)"
                        r"(?: (?:van|de|der|den|het|'t|la|le|ten|ter))*")
# what a speaker says, not a name: a small word no name has between capitalised ones, or a sentence's stop after a
# word ("CALLER: The ninth of March, nineteen seventy-one.", "Agent: Yes, that's my mobile.")
_SPOKEN = re.compile(
    r"(?:^|[ ,])(?!(?:van|von|de|der|den|ter|ten|te|het|la|le|du|da|di|dos|das|del|do|op|in|y|e|bin|binti|bte|bt|al|el|"
    r"ibn|ben|bat|dei|della|degli|zu|af|av|ap|dela|ul|i|s/o|d/o|a/l|a/p)\b)"
    # (a Turkic elder's kin word written small after the given name: "Gulmira apa", "Rustam aka", "Ayşe abla")
    r"(?!(?:apa|eje|aka|ake|opa|abla|abi|bey)$)[a-z][a-z'’\-]*\b|[a-z]{2}\.$"
)
_NAME_BEFORE_COMMA = re.compile(r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3}(?=, )")
# a number masked already (four X's, stars or dots before its last digits) or given by its last digits ("ending 7719")
_MASKED = re.compile(r"[Xx*•]{4}|^(?i:ending|ends)\b")
# a note in brackets after a guest's name, in small letters ("Becca (plus one TBC)", "Tom (+1)"; not "(Dr)" nor "(née Hall)")
_NOTE_AFTER = re.compile(r" \((?!n[ée]e\b)[a-z+][^()]{0,40}\)$")
_INITIALS = re.compile(r"[A-Z](?:\.?[ ]?[A-Z]){1,3}\.?")
# A person's number: three digits or more, letters, and separators between them ("AB 12 34 56 C")
_PERSONAL_NUMBER = re.compile(r"(?=(?:[^\d]*\d){3})[A-Za-z0-9](?:[A-Za-z0-9]|[ ./\-](?=[A-Za-z0-9])){2,44}")
# A person's record code in a bare "id" column: letters and three digits or more ("C-8812", "E0412")
_VOTER_VIN = re.compile(r"(?=(?:[A-Z]*\d){8})[0-9A-Z]{19}")
_RECORD_CODE = re.compile(r"(?=(?:[^\d]*\d){3})(?=[\d\-/.]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9\-/.]{2,20}")
_SMALL_LOGIN = re.compile(r"[a-z][a-z0-9._]{2,30}")
# a code of letters, then digits, hyphens between ("KNM-ANC-0773", "ANC-0421")
_LETTERED_CODE = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{2,6}){0,2}-\d{3,8}")
# a route between places, each capitalised, a dash, an arrow or "to" between ("Dahra - Touba", "Linguère→Dahra")
_ROUTE_PLACE = re.compile(r"[^\W\d_][\w'’.]*(?:[ ][^\W\d_][\w'’.]*){0,2}")
_ROUTE_STEP = re.compile(r"[ ][-–—][ ]|[ ]?[–—>→][ ]?|[ ](?:to|à)[ ]")  # (never a name's own hyphen: "Saint-Louis")


def _route(value: str) -> bool:
    """Two places or more, each capitalised, a step between each ("Dahra - Touba"; not "Night - out", "42")."""
    places = _ROUTE_STEP.split(value)
    return 2 <= len(places) <= 4 and all(_ROUTE_PLACE.fullmatch(place) and place[0].isupper() for place in places)


def _names(pattern: str) -> re.Pattern:
    return re.compile(rf"(?:\w+_)?(?:{pattern})s?")


_NAME_FITS: Callable[[Any], bool] = next(rule.fits for rule in RULES if rule.entity == "PERSON")
# a firm's legal form: under a person's header ("Licensee: Makran Exchange (Pvt) Ltd, Turbat") it is no one's name
_FIRM = re.compile(r"\b(?:Ltd|LTD|Limited|LLC|LLP|Inc|PLC|Plc|Pvt|PVT|GmbH|Corp|Co\.|S\.A\.|SARL|S\.A\.R\.L\.|Pty|BV|NV)(?![\w])")


def _PERSON_FITS(value: Any) -> bool:
    return _NAME_FITS(value) and not (isinstance(value, str) and _FIRM.search(value))


#: the checks of a value known to be a person's name
PERSON_CHECKS = [("PERSON", _PERSON_FITS)]
_LOCATION_FITS: Callable[[Any], bool] = next(rule.fits for rule in RULES if rule.entity == "LOCATION")
_SMALL_NAME = re.compile(r"[a-z][a-z'’\-]{1,30}")
# a given name written small, then an initial or a surname ("priya k", "maria garcia")
_SMALL_FULL_NAME = re.compile(r"([a-z][a-z'’\-]{1,30}) ([a-z](?=\.?$)|[a-z][a-z'’\-]{1,30})\.?")


def small_name(value: str) -> bool:
    """A known given name or surname written small, one word ("rodriguez", "mia"; not "unknown", "same")."""
    return bool(_SMALL_NAME.fullmatch(value)) and (value in known_first_names() or value in census_surnames()) \
        and value not in _ANSWERS and value not in _PLACEHOLDERS and value not in everyday_words()


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """English's 5,000 most frequent words, names among them or not ("home", "work", "smith"; not "rodriguez", "mia")."""
    import wordfreq

    return frozenset(islice(wordfreq.iter_wordlist("en", wordlist="small"), 5000))


# Header words of free-text tables the structured rules do not type (or type as a name,
# like "username", which a table in a ticket means as a login). Matched in snake_case.
EXTRA = (
    # a Dutch surname's particle in a column of its own ("Tussenvoegsel": "van der")
    ("PERSON", _names(r"tussenvoegsel|tussenvoegsels|voorvoegsel"), lambda value: bool(_PARTICLES.fullmatch(value))),
    ("PERSON", _names(r"(?:candidate|visitor|guest|attendee|passenger|applicant|tenant|student|member|assignee|"
                      r"reporter|driver|host|escort|approver|requester|reviewer|signatory|witness|attendant|pupil|learner|carer|"
                      # a child's parent in a school's list ("parent: Gwenllian Roberts"), a name's middle part
                      r"parent|mother|father|middle|"
                      # who served the customer (an agent in a shop's or a call centre's log; no browser's user agent)
                      r"(?<!user_)agent|sales_agent|account_manager|relationship_manager|"
                      # in Swahili: a pupil, a parent, a customer, a patient, a name
                      r"mwanafunzi|mzazi|mteja|mgonjwa|jina|jina_kamili|"
                      r"recipient|addressee|consignee|deliver_to|ship_to_name|ship_to|"
                      r"parent_carer|parent_guardian|negotiator|ordered_by|requested_by|booked_by|signed_by|"
                      r"approved_by|collected_by|received_by|served_by|seen_by|"
                      # the parties of a case
                      r"plaintiff|defendant|respondent|appellant|petitioner|accused|complainant|victim|suspect|offender|"
                      r"debtor|creditor_name|deceased|decedent|"
                      # who paid or received ("Paid by": "Oyelaran M."), who saw a patient ("Clinician": "ANP K. Lowry")
                      r"payer|paid_by|received_from|remitter|depositor|receiver|landlord|landlady|moderator|"
                      r"staff|staff_member|clinician|practitioner|consultant|"
                      r"optom|optometrist|dentist|pharmacist|midwife|physio|physiotherapist|surgeon|hcp|"
                      # who sells, grows or owns in a market's, a cooperative's or a land register ("Trader": "Kanat",
                      # "Producteur": "Rakotonirina Fidèle", "landowner": "Thomas Yowa")
                      r"trader|stallholder|stall_holder|hawker|farmer|grower|smallholder|landowner|land_owner|fisherman|"
                      r"producteur|planteur|cultivateur|agriculteur|eleveur|"
                      # a register's child and its parents in French, Spanish, Portuguese ("Nom de la mère": "Kadiatou
                      # Bah"); a boat's master ("Skipper", South Asia's "Nakhuda"); a driver in French
                      r"enfant|mere|pere|madre|padre|mae|pai|skipper|nakhuda|tindal|serang|chauffeur|conducteur|"
                      # who holds land, a licence or a permit ("Landholder": "Tui Henare")
                      r"landholder|licensee|proprietor|permit_holder|licen[cs]e_holder|leaseholder|grazier|"
                      # a name in Ilocano and Cebuano ("Nagan", "Ngalan"), in Uzbek ("F.I.Sh.", "Ism familiya")
                      r"nagan|ngalan|f_i_sh|ism|familiya|ism_familiya|familiya_ism)(?:_name)?|"
                      r"first|last|fname|lname|forenames?|given|family"),
     _PERSON_FITS),
    # a name in Kurmanji ("nav,bav,temen": "Hêvî"), never a site's menu ("nav": "Home", "About")
    ("PERSON", re.compile(r"nav"), lambda value: _PERSON_FITS(value) and value.lower() not in everyday_words()),
    # a given name or a surname written small in a column of its own ("rodriguez" under "last"), no English word
    ("PERSON", _names(r"first|last|first_name|last_name|firstname|lastname|surname|given_name|family_name|fname|lname"),
     small_name),
    # whoever counted, checked or entered a row, when a known given name or an initial says a person ("Agnieszka W.";
    # a login is the USERNAME rule's, "System" nobody's)
    ("PERSON", _names(r"\w+_by"), lambda value: starts_with_first_name(value)),
    # a trial's or a clinic's list of patients by initials ("K.M.", "TW")
    ("PERSON", _names(r"initials|patient_initials|pt_initials"), lambda value: bool(_INITIALS.fullmatch(value))),
    # (a service's login variable too: "SYNC_USER=ongkx", "DB_USER" names a service's account, checked below)
    ("USERNAME", _names(r"(?:\w+_)?user|handle|username|user_name|login|login_name|screen_name|uid|github|gitlab|twitter|instagram|"
                        r"tiktok|telegram|discord|skype|snapchat|reddit|steam|twitch|bluesky|mastodon|"
                        # "user" in Spanish/Portuguese, French, German, Dutch, Italian, Indonesian
                        r"usuario|usuário|utilisateur|benutzer(?:name)?|gebruiker(?:snaam)?|utente|pengguna|usuari"),  # (Catalan)
     lambda value: bool(_HANDLE.fullmatch(value)) and not is_service_account(value)),
    # a user's number: "uid": "88201" (not a Unix account's "uid=1004")
    ("ID_NUMBER", _names(r"uid"), lambda value: value.isdigit() and len(value) >= 5),
    ("ID_NUMBER", _names(r"car_reg|reg|rego|registration|plate|plat|number_plate|licen[cs]e_plate|plate_number|"
                         r"vehicle|vehicle_reg|car_registration|vrm|reg_no|reg_number|registration_no|registration_number|"
                         # a plate in Indonesian, Spanish/Portuguese, Dutch, German, Italian, French
                         r"plat_nomor|nopol|placa|kenteken|kennzeichen|targa|matricula|immatriculation|spz"),
     lambda value: bool(_PLATE.fullmatch(value))),
    # A number that is a person's: national and tax ids, passports, licences, patient, member,
    # customer and employee numbers, accounts, wallets (an `order_id` or a bare `id` is none)
    ("ID_NUMBER", _names(r"national_id|nid|nin|nino|ni_number|national_insurance(?:_number|_no)?|nat_id|nat_no|natid|"
                         r"passport(?:_no|_number|_num)?|(?:drivers?_|driving_)?licen[cs]e(?:_no|_number|_num)?|"
                         r"dl_(?:no|number)|mrn|medical_record(?:_number|_no)?|nhs(?:_number|_no)?|hospital_(?:no|number)|"
                         r"(?:patient|pt)_(?:id|no|number)|(?:doc|document|id)_(?:no|number)|(?:member|membership|customer|client|employee|emp|staff|student|"
                         r"pupil|loyalty|insurance|insured|subscriber|policyholder|donor|supporter|volunteer|"
                         r"participant|passenger|pensioner|claimant|user|driver|rider|courier|worker|patron|"
                         r"tenant|resident|guest|player|athlete|runner)_(?:id|no|number|num)|"
                         # a person's reference in a youth justice or a care service's list ("yp_ref": "YJ0441")
                         r"(?:yp|young_person|service_user|su|child|client|customer|patient|pupil|student|tenant|member)_ref|"
                         # a registration that is no car's ("reg_no": "458812/230/17401", a landlord's) (never "sid": a
                         # log's session)
                         r"reg_no|reg_number|registration_no|registration_number|"
                         r"contact_id|"  # (a contact's number is a phone: columns.py)
                         # a customer's number in German, Italian, Dutch, Spanish: "Kundennr", "codice_cliente"
                         r"kunden_?(?:nr|nummer)|codice_cliente|klant_?(?:nr|nummer)|numero_cliente|n_cliente|"
                         r"(?:bank_)?account(?:_no|_number|_num)|acct(?:_no|_number)?|tax_(?:no|number)|tin|"
                         r"pesel|cpf|bsn|dni|nie|nif|aadhaar|aadhar|pan|personnummer|codice_fiscale|cnp|nhi|"
                         r"no_ss|n_ss|nss|num_ss|naf|"  # Spain's social security number ("nº SS")
                         r"medicare(?:_no|_number)?|health_card(?:_no|_number)?|"
                         r"wallet(?:_address)?|btc_address|eth_address|btc|eth|ltc|trx|xrp|sol|usdt|doge|xmr|"
                         r"bitcoin|ethereum|litecoin|monero|"
                         # a sole trader's Australian business and tax file numbers; a West African identity card's
                         # ("CNI": "1 171 1979 02233")
                         r"abn|tfn|cni"),
     lambda value: bool(_PERSONAL_NUMBER.fullmatch(value))),
    # a boat's registration, its owner's as a car's is ("Boat no.": "KHI-FB-3318"; a "Boat" named "Sea Queen" is none)
    ("ID_NUMBER", _names(r"(?:boat|vessel|canoe|pirogue|dhow|hull)(?:_(?:id|no|nr|number|reg|registration|code))?"),
     lambda value: bool(_RECORD_CODE.fullmatch(value))),
    # a card that numbers its holder by letters then digits ("ANC card": "KNM-ANC-0773"; a bank card's digits are
    # the card rules')
    ("ID_NUMBER", re.compile(r"(?:\w+_)?card"), lambda value: bool(_LETTERED_CODE.fullmatch(value))),
    # a place-kind word of Sierra Leone, Pakistan, India, the Philippines, Uzbekistan as a column ("Chiefdom": "Nimikoro",
    # "Taluka": "Thatta", "Goth": "Rehri"); where a card or a passport is collected ("Collection office": "Basse")
    ("LOCATION", _names(r"chiefdom|taluka|mandal|deh|goth|union_council|mouza|mauza|sitio|"
                        r"shahar|tuman|viloyat|mahalla|qishloq|"
                        r"(?:collection|issuing|registration|enrolment|enrollment|pickup|pick_up)_(?:office|point|centre|center)|"
                        r"place_of_(?:issue|collection)"),
     lambda value: _LOCATION_FITS(value) and not any(c.isdigit() for c in value)),
    # a trip's route, a place to a place ("Trajet": "Dahra - Touba"; a bus's "Route": "42" is none)
    ("LOCATION", _names(r"route|trajet|itineraire|itinerary|ruta|trayecto|rota|percurso"), _route),
    # a voter's identification number in Nigeria's register: nineteen letters and digits ("90F5B04F19284413702"; a
    # car's VIN has seventeen, and is no one's)
    ("ID_NUMBER", _names(r"vin|voter_vin"), lambda value: bool(_VOTER_VIN.fullmatch(value))),
    # a household's, a family's, a case's or a ration card's code in a register of people ("hh_id": "VPR-2231",
    # "Card no": "KHK-0441"); letters and digits, as a bare row count is none
    ("ID_NUMBER", _names(r"hh_(?:id|no|number)|household_(?:id|no|number)|family_(?:id|no|number)|case_(?:no|number)|"
                         r"card_(?:no|number)|ration_card(?:_no|_number)?|unhcr_(?:id|no|number)"),
     lambda value: bool(_RECORD_CODE.fullmatch(value))),
    # a seller's shop and an account by their login, written small and no English words ("noordvintage",
    # "account": "rkumarasamy"; not "savings", a ledger's "cash-on-hand")
    ("USERNAME", re.compile(r"(?:seller|shop)(?:_id|_handle)?|account|account_name|user_account"),
     lambda value: bool(_SMALL_LOGIN.fullmatch(value)) and not is_service_account(value)
     and not all(part in english_words() or part.isdigit() for part in re.split(r"[._\-]+", value) if part)),
)


#: a two-column table of fields and their values ("Field,Value"): each row's key types its value
ROW_KEYED: list = []
_KEY_HEADER = re.compile(r"name|field|key|attribute|property|item|label|field_name")
# an HTML table's rows and cells ("<tr><th>Name</th>...</tr>", "<td>Raka Pratama</td>"), one row to a <tr>
_HTML_ROW = re.compile(r"<tr\b[^<>]{0,200}>(?:(?!</tr>).){0,4000}?</tr>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<(?P<tag>t[hd])\b[^<>]{0,200}>(?P<value>[^<>]{0,300})</t[hd]>", re.IGNORECASE)
_VALUE_HEADER = re.compile(r"values?|details?|entry|data|information|info")

ENTITIES = sorted({rule.entity for rule in RULES if rule.entity} | {entity for entity, _, _ in EXTRA})


@RECOGNIZERS.register("TextTableRecognizer")
class TextTableRecognizer(OwnRecognizer):
    """Cells of a table pasted in text, typed by their column's header."""

    ENTITIES = ENTITIES

    def analyze(self, text, entities, nlp_artifacts=None):
        wanted = set(entities) if entities else None
        found = self._html_cells(text, wanted) if "<t" in text and "</t" in text else []
        # cheapest first: no line break or no delimiter, no table
        if "\n" not in text or not any(d in text for d in _DELIMITERS):
            return found
        lines = text_lines(text)
        i = 0
        while i < len(lines) - 1:
            table = _table_at(text, lines, i)
            if table is None:
                i += 1
                continue
            columns, delimiter, rows = table
            for row in rows:
                cells = _row_cells(text, lines[row], delimiter, columns)
                # "Field,Value": each row's first cell names its second
                typed = [[], value_checks(text[slice(*cells[0])])] if columns is ROW_KEYED else columns
                for (start, end), checks in zip(cells, typed):
                    if checks:
                        span = typed_cell(text, start, end, checks)
                        if span and (wanted is None or span[0] in wanted):
                            found += [make_result(self, span[0], a, b, SCORE, "column header") for a, b in _places(text, span)]
                if wanted is None or "USERNAME" in wanted:
                    found += [make_result(self, "USERNAME", a, b, SCORE, "login in its row") for a, b in _row_logins(text, cells)]
            i = rows[-1] + 1
        return found

    def _html_cells(self, text: str, wanted: set[str] | None) -> list:
        """The cells of an HTML table, typed by the header row's <th> cells above them."""
        found = []
        columns: list = []
        for row in _HTML_ROW.finditer(text):
            cells = [(m.start("value"), m.end("value"), m.group("tag").lower()) for m in _HTML_CELL.finditer(row.group())]
            if cells and all(tag == "th" for _, _, tag in cells):
                columns = _columns([row.group()[a:b].strip() for a, b, _ in cells])
                continue
            for (a, b, _), checks in zip(cells, columns):
                start, end = _trimmed(text, row.start() + a, row.start() + b, 0)
                if checks and end > start:
                    span = typed_cell(text, start, end, checks)
                    if span and (wanted is None or span[0] in wanted):
                        found.append(make_result(self, span[0], span[1], span[2], SCORE, "column header"))
        return found


def _places(text: str, span: tuple[str, int, int]) -> list[tuple[int, int]]:
    """(start, end) of a cell's finding, each place of a route apart ("Dahra - Touba": two)."""
    entity, start, end = span
    value = text[start:end]
    if entity != "LOCATION" or not _ROUTE_STEP.search(value) or not _route(value):
        return [(start, end)]
    out, at = [], start
    for step in _ROUTE_STEP.finditer(value):
        out.append((at, start + step.start()))
        at = start + step.end()
    return [*out, (at, end)]


def _row_logins(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Logins a row shows by another of its cells, whatever their column: a handle that its profile's address
    beside it ends on ("jamie.carves" | "https://.../people/jamie.carves"), and a machine named for its user's
    name beside it ("laptop-jmorales" | "Julia Morales")."""
    values = [text[a:b] for a, b in cells]
    row = " ".join(values)
    out = []
    if "/" in row:
        tails = {m.group(1).lower() for value in values if (m := _PROFILE_URL.fullmatch(value))}
        out += [(a + (text[a] == "@"), b) for (a, b), value in zip(cells, values)
                if value.lstrip("@").lower() in tails and _HANDLE.fullmatch(value) and not is_service_account(value)]
    if "-" in row:
        people = [ascii_form(value).lower().split() for value in values if _TWO_NAMES.fullmatch(value)]
        logins = {first[0] + last for first, last in people} | {first + last[0] for first, last in people} | \
                 {first + last for first, last in people} | {first + "." + last for first, last in people}
        out += [(a + m.start(1), a + m.end(1)) for (a, _), value in zip(cells, values)
                if (m := _HOST_OF.fullmatch(value)) and m.group(1) in logins]
    return out


# a profile's address ending on its handle: "https://www.tiktok.com/@bigtruckbilly", "craftmarket.co.uk/people/priyaweaves"
# (a shop's "example.com/products/widget" is no one's)
_PROFILE_URL = re.compile(
    r"(?:https?://)?(?:www\.|m\.)?(?:(?:instagram|tiktok|twitter|x|facebook|github|gitlab|reddit|youtube|twitch|threads|"
    r"linkedin|medium|pinterest|soundcloud|behance|dribbble|etsy|depop|vinted)\.(?:com|net|co\.uk)/(?:in/|user/|u/|c/)?"
    r"|[^\s/]+\.[a-z]{2,}(?:/[^\s/]+)*/(?:@|(?:people|user|users|u|profile|profiles|member|members|seller|sellers|maker)/))"
    r"@?([\w.\-]{2,40})/?"
)
# a machine's name and its user's login ("laptop-jmorales", "desktop-pkaur"), a given name and a surname ("Preet Kaur")
_HOST_OF = re.compile(r"(?i:laptop|desktop|pc|mbp|macbook|lt|ws|nb|dt|wks)-([a-z][a-z.]{2,30})")
_TWO_NAMES = re.compile(r"[A-Z][^\W\d_A-Z]+ [A-Z][^\W\d_A-Z]+")


def quiet_cells(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
    """(start, end) of the header rows of a text's pasted tables, whose cells are column names whatever NER reads
    ("Personeelsnr\tNaam\tBSN", "nº socio;nombre;apellidos;DNI"), of the cells of columns that hold no
    one's name or place by their name ("Rank": "Master", "AB"; "Role": "Chief Officer"), and of every data cell
    (a value keeps to its cell: "Harcourt,2024-02-27,4.55" is no date)."""
    if "\n" not in text:
        return [], [], []
    lines = text_lines(text)
    headers, quiet, data, i = [], [], [], 0
    while i < len(lines) - 1:
        table = _table_at(text, lines, i)
        if table is None:
            i += 1
            continue
        columns, delimiter, rows = table
        headers.append(lines[i])
        silent: set[int] = set()
        if columns is not ROW_KEYED:
            header = row_cells(text, *lines[i], delimiter)
            shift = len(columns) - len(header)  # a data frame's index, a column with no name
            silent = {n + shift for n, (a, b) in enumerate(header) if _no_pii(text[a:b].strip("\"'"))}
        for row in rows:
            cells = _row_cells(text, lines[row], delimiter, columns)
            data += cells
            quiet += [cell for n, cell in enumerate(cells) if n in silent]
        i = rows[-1] + 1
    return headers, quiet, data


def _no_pii(header: str) -> bool:
    """A column named for what holds no PII: a job's rank or role, a product, a company."""
    name = snake_name(_header_words(header))
    rule = next((rule for rule in RULES if rule.names.match(name)), None) if name else None
    return rule is not None and rule.entity is None


def text_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    out, start = [], 0
    for match in re.finditer(r"\r?\n", text):
        out.append((start, match.start()))
        start = match.end()
    out.append((start, len(text)))
    return out


def _table_at(text: str, lines: list[tuple[int, int]], i: int):
    """(column checks, delimiter, data row indexes) when line i heads a table, else None."""
    start, end = lines[i]
    if end - start > MAX_HEADER:
        return None
    header = text[start:end]
    for delimiter in _DELIMITERS:
        if delimiter not in header:
            continue
        first = i + 1
        if delimiter == "|" and first < len(lines) and _is_separator(text[slice(*lines[first])]):
            first += 1
        if first >= len(lines):
            return None
        # the row below must split as the header does (a cheap count before any splitting)
        below = text[slice(*lines[first])]
        # a data frame printed by pandas: each row opens on its index, a column with no name ("0     Wiremu Tane ...")
        indexed = delimiter == "  " and bool(_INDEX_CELL.match(below)) \
            and _count(below, delimiter) == _count(header, delimiter) + 1
        if delimiter == "  " and not indexed and _count(below, delimiter) != _count(header, delimiter) \
                and _aligned(below, offsets := _offsets(header)):
            delimiter = offsets  # a fixed-width table whose cells one blank parts ("004412 ALVAREZ, RICARDO"): by position
        elif _count(below, delimiter) != _count(header, delimiter) and '"' not in below and not indexed \
                and not (delimiter == "," and _count(below, delimiter) - len(_DECIMAL_COMMA.findall(below))
                         == _count(header, delimiter)) \
                and not (delimiter == "," and ", " in below and _count(below, delimiter) == _count(header, delimiter) + 1):
            continue  # (a name or an address with its own comma, unquoted, is one cell: see _row_cells)
        cells = row_cells(text, start, end, delimiter)
        names = [text[a:b].strip("\"'") for a, b in cells]
        if len(names) < 2 or not _header_like(names, loose=delimiter in (";", "\t", "|")):
            continue
        if delimiter == "," and len(names) == 2 and any(" " in name for name in names):
            continue  # two phrases and a comma are a heading's words ("SUPERIOR COURT OF ARIZONA, MARICOPA COUNTY")
        if len(names) == 2 and _KEY_HEADER.fullmatch(snake_name(names[0])) \
                and _VALUE_HEADER.fullmatch(snake_name(names[1])):
            columns = ROW_KEYED
        else:
            columns = _columns(names)
        if columns is not ROW_KEYED and not any(columns) and len(names) < 3:
            return None  # a table, but no column says PII: its cells stay with the other recognizers
        if indexed:
            columns = [[], *columns]
        width = len(cells) + indexed
        rows = _rows(text, lines, first, header, delimiter, columns, width)
        # a fixed-width row further down with an empty cell or one blank between two ("4C   (empty)",
        # "GOODS-IN days"): the whole table is read by position, if its rows keep to the header's columns
        if delimiter == "  " and not indexed and rows and (after := rows[-1] + 1) < len(lines) \
                and "  " in (below := text[slice(*lines[after])]).strip() and _aligned(below, offsets := _offsets(header)) \
                and all(_aligned(text[slice(*lines[row])], offsets) for row in rows):
            delimiter = offsets
            rows = _rows(text, lines, first, header, delimiter, columns, width)
        if columns is not ROW_KEYED and len(rows) >= 2:
            columns = _shaped(text, lines, rows, delimiter, columns, [""] * indexed + names)
        if columns is not ROW_KEYED and not any(columns):
            return None  # a table, but no column says PII: its cells stay with the other recognizers
        if rows:
            return columns, delimiter, rows
    return None


def _shaped(text: str, lines: list[tuple[int, int]], rows: list[int], delimiter, columns: list[list], names: list[str]) -> list[list]:
    """Columns typed by their cells where their headers say nothing ("Nagan", "Kodigo"): a column of people, most of
    them a known given name and a surname no everyday word ("Ernesto Agcaoili"), and beside people a column of codes
    of the same letters that numbers them ("BAT-0452", "BAT-0466"). A header that says no PII ("Product") keeps its
    column's cells out."""
    snakes = [snake_name(_header_words(name)) if name else "" for name in names]
    unknown = [i for i, checks in enumerate(columns) if not checks and i < len(names) and not _no_pii(names[i])]
    if not unknown or any(_GOODS.fullmatch(snake) for snake in snakes):
        return columns  # (a table of goods: "Stella Sandal" is a product)
    table = [_row_cells(text, lines[row], delimiter, columns, len(columns)) for row in rows]
    values = {i: [text[slice(*cells[i])] for cells in table if i < len(cells)] for i in range(len(columns))}
    people = {i for i in unknown if _people_column(values[i])}
    # (people by a header that names them, not by a role: a ticket's "OPS-101" beside its "Assignee" is the ticket's)
    if not people and not _NAME_HEADERS.intersection(snakes):
        return columns
    codes = {i for i in unknown if i not in people and _code_column(values[i])}
    # ... and a bare "ID" or "No." column beside people the cells show ("ID | Nagan": "BAT-0452")
    bare = {i for i, snake in enumerate(snakes) if people and snake in _BARE_IDS | _BARE_CODES and not columns[i]}
    return [PERSON_CHECKS if i in people else [("ID_NUMBER", _is_record_code)] if i in codes | bare else checks
            for i, checks in enumerate(columns)]


def _people_column(values: list[str]) -> bool:
    """Every cell a name of two words or more, and half of them or more a known given name and a surname no English
    word ("Ernesto Agcaoili"; not "Victoria Park", "Grace Period")."""
    full = [value for value in values if value]
    named = [value for value in full if starts_with_first_name(value) and value.split()[-1].lower() not in english_words()]
    return len(full) >= 2 and all(" " in value and _PERSON_FITS(value) for value in full) and 2 * len(named) >= len(full)


_NAME_HEADERS = frozenset({"name", "names", "full_name", "fullname", "person", "nom", "nombre", "nome", "nama", "jina",
                           "pangalan", "nagan", "ngalan"})


def _code_column(values: list[str]) -> bool:
    """Every cell a code of letters then digits, the same letters in each and no code twice ("BAT-0452", "BAT-0466";
    a cost centre's "CC-330" on two rows numbers no one)."""
    return len(values) >= 2 and all(_LETTERED_CODE.fullmatch(value) for value in values) \
        and len({value.rstrip("0123456789") for value in values}) == 1 and len(set(values)) == len(values)


def _rows(text: str, lines: list[tuple[int, int]], first: int, header: str, delimiter, columns, width: int) -> list[int]:
    """The indexes of a table's data rows from `first`: as many cells as the header, down to the first that has not."""
    rows = []
    for row in range(first, len(lines)):
        if len(_row_cells(text, lines[row], delimiter, columns, width)) != width \
                or isinstance(delimiter, tuple) and not _aligned(text[slice(*lines[row])], delimiter):
            break
        if text[slice(*lines[row])].strip() != header.strip():  # a header repeated down the table
            rows.append(row)
    return rows


def _offsets(header: str) -> tuple[int, ...]:
    """Where each column of a fixed-width table starts, by its header's cells."""
    return tuple(m.start() for m in _FIXED_WIDTH_CELL.finditer(header))


def _aligned(line: str, offsets: tuple[int, ...]) -> bool:
    """Whether a row's cells start where the header's do: a blank before each column, a value at its start (or the
    row ends before it, its last cells empty)."""
    # (a value may fill its column to the next one's start, the next value a blank later: "MH12AB4471 MA3ERLF1S...")
    return len(offsets) >= 3 and bool(line.strip()) and all(
        at >= len(line.rstrip()) or line[at - 1] in " \t" and line[at] not in " \t" or not line[at - 1:at + 1].strip()
        or line[at] in " \t" and line[at + 1:at + 2].strip() for at in offsets[1:]) \
        and sum(at < len(line.rstrip()) and line[at] not in " \t" for at in offsets) >= 2


def _row_cells(text: str, line: tuple[int, int], delimiter: str, columns, width: int | None = None) -> list[tuple[int, int]]:
    """A row's cells; an address written with its own comma in a CSV row ("Flat 2, 9 Moseley Road" unquoted)
    is one cell of the address column, the row's extra cells joined into it."""
    cells = row_cells(text, *line, delimiter)
    width = width or (len(columns) if columns is not ROW_KEYED else len(cells))
    extra = len(cells) - width
    if extra <= 0 or delimiter != "," or columns is ROW_KEYED:
        return cells
    # an amount with a decimal comma, unquoted ("R$ 689,90"): one cell
    joined: list[tuple[int, int]] = []
    for cell in cells:
        if extra and joined and text[cell[0]:cell[1]].isdigit() and cell[1] - cell[0] == 2 \
                and _AMOUNT_UNITS.fullmatch(text, *joined[-1]) and text[joined[-1][1]] == ",":
            joined[-1], extra = (joined[-1][0], cell[1]), extra - 1
        else:
            joined.append(cell)
    cells = joined
    if not extra:
        return cells
    at = next((i for i, checks in enumerate(columns) if any(entity == "ADDRESS" for entity, _ in checks)), None)
    if at is None and extra == 1:  # "Kamau, Joseph" unquoted in a column of people: the surname, then the given name
        at = next((i for i, checks in enumerate(columns) if any(entity == "PERSON" for entity, _ in checks)
                   and i + 1 < len(cells) and all(_CAPITALISED_WORDS.fullmatch(text[a:b]) for a, b in cells[i:i + 2])), None)
    if at is None or at + extra >= len(cells):
        return cells
    return cells[:at] + [(cells[at][0], cells[at + extra][1])] + cells[at + extra + 1:]


def _columns(names: list[str]) -> list[list]:
    """Each column's checks, from the names of a header row."""
    # a header's dots and number sign are no path: "D.O.B." is d_o_b, "Emp #" is emp_no
    # (and a unit in brackets, accents: "Date of Birth (DD/MM/YYYY)", "N° sécu")
    names = [_header_words(name) for name in names]
    snakes = [snake_name(name) for name in names]
    columns = _ids_beside_people(snakes, _bare_names_checked(snakes, [column_checks(name) for name in names]))
    # a column of people may number them instead ("paziente": "MI-014", "participant": "P-3308"): the code is theirs
    return [checks + [("ID_NUMBER", _is_record_code)] if snake not in ("name", "names")
            and any(entity == "PERSON" for entity, _ in checks) else checks for snake, checks in zip(snakes, columns)]


def _ids_beside_people(snakes: list[str], columns: list[list]) -> list[list]:
    """A bare "id" column beside a column of people's names numbers those people ("id | full_name | pan": "C-8812");
    in a table of anything else an id is a row's or a thing's, no one's. So does an "SID" (a state's or a student's
    id: "SID | Name | DOB": "MN70512263")."""
    if not (_BARE_IDS | _BARE_CODES).intersection(snakes) or not any(entity == "PERSON" for checks in columns for entity, _ in checks):
        return columns
    bare = _BARE_IDS | _BARE_CODES if _NAME_HEADERS.intersection(snakes) else _BARE_IDS
    return [[("ID_NUMBER", _is_record_code)] if snake in bare and not checks else checks
            for snake, checks in zip(snakes, columns)]


_BARE_IDS = frozenset({"id", "sid"})
# ... and a bare "code", "no" or "ref" beside a column of names ("Code | Name": "BAT-0452"; beside a role's column,
# "Ref | Paid by": "INV-2041", the code is a thing's)
_BARE_CODES = frozenset({"code", "no", "nr", "ref", "number", "serial", "serial_no"})


def _is_record_code(value: str) -> bool:
    """A person's record code: letters and three digits or more ("C-8812", "E0412", "MI-014"); a bare number
    ("1041", "101") is the row's."""
    return bool(_RECORD_CODE.fullmatch(value.strip()))


def _foreign(name: str) -> str | None:
    """A header in a script with no ASCII form, as the column rules' words, in any case ("πόλη" as "Πόλη")."""
    return next((_FOREIGN_HEADERS[form] for form in (name, name.capitalize(), name.lower(), name.upper())
                 if form in _FOREIGN_HEADERS), None)


def _header_words(name: str) -> str:
    name = _foreign(name.strip()) or name
    name = _GENDER_ENDING.sub("", name)  # "Mieter/in", "Kund*innen": the column of "Mieter", "Kund"
    return ascii_form(_HEADER_UNIT.sub("", _HEADER_SIGN.sub(" no", name)).replace(".", " ").replace("&", " "))


#: headers in scripts with no ASCII form, read as the column rules' words: Japanese, Chinese, Korean, Arabic, Russian
_FOREIGN_HEADERS = {
    "氏名": "full_name", "名前": "name", "姓名": "full_name", "住所": "address", "地址": "address", "生年月日": "date_of_birth",
    "出生日期": "date_of_birth", "電話番号": "phone", "電話": "phone", "电话": "phone", "携帯": "mobile", "メール": "email",
    "年齢": "age", "年龄": "age", "이름": "name", "성명": "full_name", "주소": "address", "생년월일": "date_of_birth",
    "전화번호": "phone", "나이": "age", "الاسم": "name", "الاسم الكامل": "name", "العنوان": "address", "المدينة": "city",
    "الهاتف": "phone", "الجوال": "mobile", "رقم الجوال": "mobile", "رقم الهوية": "national_id", "تاريخ الميلاد": "date_of_birth",
    "العمر": "age", "البريد الإلكتروني": "email", "ФИО": "full_name", "Имя": "first_name", "Фамилия": "last_name",
    "Отчество": "middle_name", "Адрес": "address", "Телефон": "phone", "Город": "city", "Дата рождения": "date_of_birth",
    "Возраст": "age", "Прізвище": "last_name", "Ім'я": "first_name", "Місто": "city",
    "שם": "name", "שם מלא": "full_name", "ת.ז.": "national_id", "תעודת זהות": "national_id", "טלפון": "phone",
    "כתובת": "address", "עיר": "city", "תאריך לידה": "date_of_birth", "גיל": "age",
    "ПІБ": "full_name",  # (their lower-case forms: _foreign looks every header up in any case)
    "Ονοματεπώνυμο": "full_name", "Όνομα": "first_name", "Επώνυμο": "last_name", "ΑΜΚΑ": "national_id",
    "ΑΦΜ": "tax_id", "Τηλέφωνο": "phone", "Πόλη": "city", "Διεύθυνση": "address", "Ηλικία": "age",
    "身份证号": "national_id", "身分證字號": "national_id", "手机": "mobile", "手機": "mobile", "车牌": "plate",
    "주민등록번호": "national_id", "휴대폰": "mobile", "連絡先氏名": "emergency_contact_name", "社員番号": "employee_id",
    "緊急連絡先": "emergency_contact", "ふりがな": "name", "フリガナ": "name", "現住所": "address", "携帯電話": "mobile",
    # Hindi, Bengali, Urdu and Tamil
    "नाम": "full_name", "पूरा नाम": "full_name", "मोबाइल": "mobile", "फ़ोन": "phone", "फोन": "phone", "आधार": "aadhaar",
    "शहर": "city", "पता": "address", "उम्र": "age", "आयु": "age", "जन्म तिथि": "date_of_birth", "ईमेल": "email",
    "पिता का नाम": "father_name", "নাম": "full_name", "ঠিকানা": "address", "মোবাইল": "mobile", "বয়স": "age", "শহর": "city",
    "نام": "full_name", "پتہ": "address", "موبائل": "mobile", "عمر": "age", "شہر": "city", "شناختی کارڈ": "national_id",
    "பெயர்": "full_name", "முகவரி": "address", "கைபேசி": "mobile", "வயது": "age", "ஊர்": "city", "நகரம்": "city",
    # Georgian, Armenian, Serbian
    "სახელი": "first_name", "გვარი": "last_name", "სახელი და გვარი": "full_name", "პირადი ნომერი": "national_id",
    "ტელეფონი": "phone", "ქალაქი": "city", "მისამართი": "address", "დაბადების თარიღი": "date_of_birth", "ასაკი": "age",
    "Անուն": "first_name", "Ազգանուն": "last_name", "Անուն Ազգանուն": "full_name", "Հեռախոս": "phone", "Քաղաք": "city",
    "Հասցե": "address", "Ծննդյան ամսաթիվ": "date_of_birth", "Տարիք": "age",
    "Име": "first_name", "Презиме": "last_name", "Име и презиме": "full_name", "ЈМБГ": "national_id", "Адреса": "address",
    "Град": "city", "Датум рођења": "date_of_birth",
    # nationality in Arabic, Thai, Chinese; an employee's number in Chinese; a plate in Chinese
    "الجنسية": "nationality", "สัญชาติ": "nationality", "国籍": "nationality", "工号": "employee_id", "车牌号": "plate",
    # Bulgarian and Macedonian, Mongolian, Kazakh
    "ЕГН": "national_id", "ЕМБГ": "national_id", "Пк": "postcode", "Пощенски код": "postcode", "Овог": "last_name",
    "Нэр": "first_name", "Регистр": "national_id", "Регистрийн дугаар": "national_id", "Хаяг": "address", "Утас": "phone",
    "Аты": "first_name", "Тегі": "last_name", "Аты-жөні": "full_name", "Мекенжай": "address", "Мекенжайы": "address",
    "Қала": "city", "ЖСН": "national_id", "ИИН": "national_id",
    # a postcode in Chinese (Singapore's "邮区"), Japanese, Taiwanese
    "邮区": "postcode", "邮编": "postcode", "邮政编码": "postcode", "郵便番号": "postcode", "郵遞區號": "postcode",
    # Thai: a name, a utility's customer ("ชื่อผู้ใช้ไฟ", no login's "ชื่อผู้ใช้"), a passport, a car's plate
    "ชื่อ": "name", "ชื่อ-นามสกุล": "full_name", "ชื่อ-สกุล": "full_name", "ชื่อ นามสกุล": "full_name", "นามสกุล": "last_name",
    "ชื่อผู้ใช้": "username", "ชื่อผู้ใช้ไฟ": "full_name", "ชื่อผู้ใช้ไฟฟ้า": "full_name", "ชื่อลูกค้า": "customer_name",
    "ที่อยู่": "address", "โทร": "phone", "โทรศัพท์": "phone", "เบอร์โทร": "phone", "เบอร์โทรศัพท์": "phone", "มือถือ": "mobile",
    "อายุ": "age", "วันเกิด": "date_of_birth", "เลขบัตรประชาชน": "national_id", "เลขประจำตัวประชาชน": "national_id",
    "หนังสือเดินทาง": "passport", "เลขหนังสือเดินทาง": "passport", "ทะเบียนรถ": "plate", "เลขทะเบียน": "plate",
    "ป้ายทะเบียน": "plate", "จังหวัด": "province", "อำเภอ": "district", "อีเมล": "email",
    # Sorani Kurdish: a name, a patient's, an employee's number, a mobile, a city, an address, an age
    "ناو": "name", "ناوی تەواو": "full_name", "ناوی نەخۆش": "patient_name", "ژمارەی کارمەند": "employee_id",
    "مۆبایل": "mobile", "ژمارەی مۆبایل": "mobile", "شار": "city", "ناونیشان": "address", "تەمەن": "age",
    # Tajik: a full name ("Ному насаб"), an age ("Синну сол"), a city, an address, a birthday
    "Ному насаб": "full_name", "Ном": "first_name", "Насаб": "last_name", "Синну сол": "age", "Шаҳр": "city",
    "Суроға": "address", "Санаи таваллуд": "date_of_birth",
    # Russian: a city of registration or residence, a birthplace, a passport
    "Город регистрации": "city", "Город проживания": "city", "Место рождения": "place_of_birth", "Паспорт": "passport",
    # Sindhi: a name, a father's, a village ("ڳوٺ"), a city, a taluka, a district, an address, a phone, an identity card
    "نالو": "full_name", "پورو نالو": "full_name", "پيءُ جو نالو": "father_name", "پيء جو نالو": "father_name", "ڳوٺ": "village",
    "شهر": "city", "تعلقو": "taluka", "ضلعو": "district", "پتو": "address", "فون": "phone", "فون نمبر": "phone",
    "موبائيل": "mobile", "ڄمڻ جي تاريخ": "date_of_birth", "شناختي ڪارڊ": "national_id",
    # Uyghur: a name ("ئىسمى"), a surname, a city ("شەھەر"), a county, a village, an address, a phone, an age, a birthday
    "ئىسمى": "full_name", "ئىسىم": "full_name", "ئىسىم فامىلىسى": "full_name", "فامىلىسى": "last_name", "شەھەر": "city",
    "ناھىيە": "county", "يېزا": "village", "كەنت": "village", "مەھەللە": "neighbourhood", "ئادرېس": "address",
    "ئادرىس": "address", "تېلېفون": "phone", "تېلېفون نومۇرى": "phone", "يېشى": "age", "ياش": "age",
    "تۇغۇلغان ۋاقتى": "date_of_birth", "كىملىك نومۇرى": "national_id",
}


def _count(line: str, delimiter: str) -> int:
    """Delimiters between cells (a markdown row's outer pipes are none)."""
    if delimiter == "  ":
        return len(_FIXED_WIDTH_CELL.findall(line)) - 1
    if delimiter == "|":
        line = line.strip()
        line = line[1:].removesuffix("|") if line.startswith("|") else line
    return line.count(delimiter)


def _bare_names_checked(snakes: list[str], columns: list[list]) -> list[list]:
    """A column just called "Name" lists people beside another column that says PII ("Name | Mobile",
    "name,postcode,amount"), products in a table of goods ("Name,Price"); alone ("Name | Notes"), a
    cell is a person's name when it starts with a known first name."""
    bare = [i for i, snake in enumerate(snakes) if snake in ("name", "names")]
    goods = any(_GOODS.fullmatch(snake) for snake in snakes)
    if not bare or any(c for i, c in enumerate(columns) if i not in bare):
        return columns
    alone = [] if goods else [("PERSON", starts_with_first_name)]
    return [alone if i in bare else c for i, c in enumerate(columns)]


def starts_with_first_name(value: str) -> bool:
    """A known given name first ("Amy Lee"), or an initial and a surname either way round ("O. Hrytsenko",
    "Oyelaran M."), as no product is named."""
    return _PERSON_FITS(value) and (value.split()[0].lower() in known_first_names() or bool(_INITIAL_AND_SURNAME.fullmatch(value)))


_INITIAL_AND_SURNAME = re.compile(r"[A-Z]\.[ ]?[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?|[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?,?[ ][A-Z]\.")


BARE_NAME_CHECKS = [("PERSON", starts_with_first_name)]


def _header_like(names: list[str], loose: bool = False) -> bool:
    """Column names, not sentence parts: each a short name, and all single words (snake_case,
    camelCase, "Email") or all capitalised ("Car reg", "Date of birth"); between semicolons, tabs or
    pipes, which prose rarely holds, any three or more ("n° carte;nom;date de naissance")."""
    if not all(_COLUMN_NAME.fullmatch(name) for name in names if name):
        return False
    named = [name for name in names if name and name not in ("#", "No.", "№", "N°", "n°")]
    if len(named) < 2:
        return False
    # (a word and its unit in brackets is one word: "fecha (de atención)", "peso (kg)")
    return all(" " not in _HEADER_UNIT.sub("", name) for name in named) or all(not name[0].islower() or _CASELESS_LOWER.match(name)
                                                         for name in named) \
        or loose and len(named) >= 3 or _small_header(named)  # (or no case: Arabic)


def _small_header(named: list[str]) -> bool:
    """A header written small, three names or more of two words each on average and none of more than three ("first
    name,last name,email", "nem,ples,namba fon,mani (K)"); a sentence's parts run longer or hold a capital."""
    words = [_HEADER_UNIT.sub("", name).split() for name in named]
    return len(named) >= 3 and all(len(name) <= 3 for name in words) and sum(map(len, words)) <= 2 * len(named) \
        and not any(c.isupper() for name in words for word in name for c in word)


_CASELESS_LOWER = re.compile("[\u10d0-\u10ff]")  # Georgian: its everyday letters are lower case, and it has no other


def _is_separator(line: str) -> bool:
    """A markdown row under the header, "|---|:---:|", or a database shell's, "-----+--------" (MySQL's
    with its corners: "+------+------+")."""
    parts = line.strip().strip("|").split("+" if "+" in line and "|" not in line else "|")
    if len(parts) > 2 and parts[0] == parts[-1] == "" and "|" not in line:
        parts = parts[1:-1]
    return all(_SEPARATOR_CELL.fullmatch(part) for part in parts)


def row_cells(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """The cells of a line as (start, end), trimmed of blanks; outer pipes are no cells and a
    quoted cell ("Smith, Jo") holds its delimiters."""
    line = text[start:end]
    if isinstance(delimiter, tuple):  # a fixed-width table's columns by position
        bounds = [*delimiter[1:], len(line)]
        return [_trimmed(line, min(a, len(line)), min(b, len(line)), start) for a, b in zip(delimiter, bounds)]
    if delimiter == "  ":
        return [(start + m.start(), start + m.end()) for m in _FIXED_WIDTH_CELL.finditer(line)]
    if delimiter == "|":
        inner = line.strip()
        lead = line.find(inner) if inner else 0
        if inner.startswith("|"):  # outer pipes; without the first, a last pipe ends an empty cell ("Bilal | 0753 |")
            inner, lead = inner[1:].removesuffix("|"), lead + 1
        line, start = inner, start + lead
    out, at = [], 0
    while True:
        cell_start = at
        while at < len(line) and line[at] in " \t" and line[at] != delimiter:
            at += 1
        if at < len(line) and line[at] == '"' and delimiter != "|":
            close = at + 1
            while True:
                close = line.find('"', close)
                if close == -1 or not line.startswith('""', close):
                    break
                close += 2
            at = len(line) if close == -1 else close + 1
        cut = line.find(delimiter, at)
        cut = len(line) if cut == -1 else cut
        out.append(_trimmed(line, cell_start, cut, start))
        if cut == len(line):
            return out
        at = cut + 1


def _trimmed(line: str, a: int, b: int, offset: int) -> tuple[int, int]:
    while a < b and line[a] in " \t":
        a += 1
    while b > a and line[b - 1] in " \t\r":
        b -= 1
    if b - a >= 2 and line[a] == line[b - 1] == '"':
        a, b = a + 1, b - 1
    return offset + a, offset + b


def value_checks(key: str) -> list[tuple[str | None, Callable[[Any], bool]]]:
    """The checks of a value its key names, in a row or inside text: as a column's, but a bare
    "name" names products and jobs as often as people, so a known first name decides."""
    key = _foreign(key) or key  # "姓名", "שם": a key in a script with no ASCII form (snake_name folds "nationalität")
    return BARE_NAME_CHECKS if snake_name(key) in ("name", "names") else column_checks(key)


def column_checks(header: str) -> list[tuple[str | None, Callable[[Any], bool]]]:
    """(entity, fits) a cell of this column is tried against, in order; None: not PII."""
    name = snake_name(header)
    if not name:
        return []
    checks = [(entity, fits) for entity, names, fits in EXTRA if names.fullmatch(name)]
    checks += [(rule.entity, rule.fits) for rule in RULES if rule.names.match(name)]
    return checks if any(entity for entity, _ in checks) else []


def typed_cell(text: str, start: int, end: int, checks, small_places: bool = True) -> tuple[str, int, int] | None:
    """(entity, start, end) of a cell, typed by the first of its column's checks it fits (None: no PII).
    `small_places`: a place may be written small ("galway" in a table's city column); a record's field
    ('"state": "new"', "Location: cafeteria") written small is one only when no English word."""
    value = text[start:end]
    if not value or value.lower() in _PLACEHOLDERS or _MASKED.search(value):
        return None
    note = _NOTE_AFTER.search(value) if value.endswith(")") else None
    for entity, fits in checks:
        if entity == "PERSON" and note and not fits(value) and starts_with_first_name(value[:note.start()]) \
                and fits(value[:note.start()]):
            value, end = value[:note.start()], start + note.start()  # "Becca (plus one TBC)": the name before its note
        if fits(value):
            if entity is None:
                return None
            if entity == "PERSON" and _SPOKEN.search(value) and (head := _NAME_BEFORE_COMMA.match(value)):
                value = head.group()  # "CUSTOMER: Omotola Bankole, that's B-A-N-K-O-L-E": the name said first
                end = start + len(value)
            if not _plausible(entity, value, small_places) and fits is not small_name:
                continue  # "reporter": "tomasz_w" is no name, but maybe a login (the column's next check)
            if value.startswith("@"):
                start += 1
            return entity, start, end
    return None


def _plausible(entity: str, value: str, small_places: bool = True) -> bool:
    """Names and places in a pasted table are capitalised ("front desk" under "Contact" is none)."""
    if entity == "PERSON":  # (scripts without capitals, Japanese or Arabic, say nothing by case; a particle is small)
        if " " in value and (small := _SMALL_FULL_NAME.fullmatch(value)) and small_name(small.group(1)) \
                and (len(small.group(2)) == 1 or small_name(small.group(2))):
            return True  # a sign-up sheet's name written small: "priya k", "maria garcia"
        return (any(c.isupper() for c in value) or not any(c.islower() for c in value) or bool(_PARTICLES.fullmatch(value))
                or _CASELESS_LOWER.match(value) is not None) and not _SPOKEN.search(value) \
            and value.lower() not in _ANSWERS  # ("მარიამ"; a "Staff" column's "Yes" is no one)
    if entity == "LOCATION":  # "galway" in a city column is a place; "n/a", "-" are none
        return any(c.isupper() for c in value) or value.isalpha() and len(value) > 2 and (
            small_places or value not in english_words()) or _CASELESS_WORD.fullmatch(value) is not None  # ("इंदौर")
    return True

"""Build tests/data/blind144.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind144.py

Blind: written without any knowledge of the detector. Only three files of
the repository were read, to keep the conventions and the file format:
the first 121 lines of make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines) and its tail from
`STYLES = {` to the end (the STYLES dict and main(), copied here as
scaffolding), not the record lists in between; gold_sets.py in full (the
checks and write_and_report()); and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes, parse()). Nothing under
minimize/ or recognizers/ or bench/, no README, no other test, no other
make_*.py and no *.jsonl file (this script's own output included) was
opened. git was not run at all. The detector, the bench, pytest and
`minimize` were never run; the only code run was this script (which prints
counts) and throwaway code to compute check digits, not kept. Do not tune
the detector against this set: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. The `pap()`, `nld()` and `srn()`
wrappers only note a record's language for the count printed at the end;
they do not change the record. Card numbers pass Luhn; IBANs (Dutch,
German, Belgian and Dominican) pass mod-97 and have their country's length.
The two Dominican IBANs (DO, 28 characters) are from a country missing
from gold_sets.IBAN_LENGTHS, so `gold_sets.check` checks them on mod-97
only. Dutch BSNs pass the 11-test, the Belgian IBAN carries a right
national check, the Venezuelan RIFs carry a right check digit, and the
ISBN-13 / EAN-13 look-alikes carry a right check digit (all worked out by
throwaway code while writing). Curaçao and Aruba ID / persoonsnummers
(written as birth date + two digits, agreeing with the birth date where
it shows), Sint Maarten and Surinamese ID cards, Venezuelan cédulas, US
SSNs, health-card (AZV, BZV, SZV, ZVK, SZF) and SVB numbers, CRIB numbers,
passports, licences, plates, seaman's books, bank account numbers and
staff, student, member, patient and customer numbers have no public check
digit and were not checked.

Styles (ids `blind144-<style>-NNN`; 240 records):
- `bench` (85): in the manner of the public PII-masking benchmarks: odd
  dense sentences like ai4privacy pii-masking-200k/300k/400k (names, job
  titles, streets with building numbers, secondary addresses, IPv4 / IPv6,
  MACs, user agents, card / CVV / expiry, IBAN / BIC); claims, contracts,
  loan, medical, rental and benefit forms, notices, letters and a petition
  like gretel-pii-masking-en-v1; JSON, log lines, SQL, XML / FHIR, YAML,
  .env, HTTP requests, test code, tickets, form dumps and mail headers like
  Nemotron-PII.
- `gen` (80): one to four "realistic sentences with personal data", names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (60): one small table each rendered as text (CSV with commas and
  semicolons, quoted and not, TSV, pipes / Markdown, psql, fixed-width,
  JSON lines, YAML, key: value blocks), three or four data rows, header
  rows unlabeled, non-PII columns mixed in.
- `chat` (8): a bank support chat, a telecom support chat, two family
  threads, two marketplace threads and two team threads, with the
  speakers' names.
- `lookalike` (7): texts full of non-PII that looks like PII (bills of
  lading, container, seal, customs, lot, order, tracking, AWB, invoice,
  folio and booking references, SKUs, ISBN / EAN, IP-shaped versions and
  builds, hashes, UUIDs, serials, company registration and tax numbers,
  company phones, role mailboxes, eponyms, streets named after people
  without a number), with the few real PII values labeled; one of them
  (lookalike-002) has no PII at all.

Languages and places: about nine records in ten in English, set on
Curaçao, Aruba, Bonaire and Sint Maarten, in Suriname, the Netherlands, the
US and on Venezuela's coast (Falcón, Zulia, Carabobo), with the names of
the people who live there; 26 records are in Papiamentu (11), the Dutch of
the Caribbean and Suriname (10) and Sranan Tongo (5), spread over every
style. Local address shapes (Kaya / Caya + number, Aruban district + house
number, "#22 ... Road", Surinamese -weg / -straat / -laan, Dutch postcodes),
phone shapes (+599 9, +599 7, +297, +1 721, +597, +31 6, +58, US) and date
shapes (Papiamentu, Dutch and Sranan month names included). Extra weight
(about 55 records together) on port and refinery workers, hotel and
tourism staff and the islands' social insurance and health cards (SVB /
AOV, BZV, AZV, SZV, ZVK, SZF); the rest spread over banking, health,
pharmacy, legal, schools, HR and payroll, retail, travel, telecoms,
government, housing, gaming, social media, IT, deliveries, gyms, vets,
insurance and charities.

Labeling conventions: those of make_blind22.py's docstring, exactly; in
short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" (and Papiamentu "su") is outside; nicknames are PERSON.
  TITLE: honorifics and ranks attached to a name, labeled apart from it;
  job titles are not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  building names; city, district, neighbourhood, state and country are
  LOCATION; postcodes are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, times
  attached included; not bare years, weekdays alone, durations, or dates
  not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, CVVs and expiries, PINs, order / ticket / claim / policy /
  booking / tracking references, company phone numbers and role mailboxes,
  versions, hashes, serials, partial numbers ("ending 7721", "last 4"),
  pets, eponyms and brands named after people, a header row.

Calls made while writing this set, in the same spirit:
- honorifics that TITLE_IN_NAME does not split (Dutch "mevrouw", "heer",
  the lawyer's "mr.", Papiamentu "Sr.", "Capt.") are marked TITLE by hand;
  "tanta", "tia", "grandma", "uncle", "Mama", "Mommy", "baby" and
  "officer" stay outside the PERSON span.
- a chat speaker's name is PERSON every time it appears, the first name of
  a support agent included.
- timestamps of a named person's own action (a log line naming the badge
  holder or user, a mail Date header, an event's "ts" / "time" field with
  a user, a PMS check-in line) are DATE_TIME; log lines and events with no
  person (heartbeat, cron, night audit) stay unlabeled, and so do invoice,
  execution, free-time, reagent-expiry and card-expiry dates.
- a date range written for a person ("10-12 Feb", "14 to 21 June") is one
  DATE_TIME span; a weekday written with the date and a time is inside the
  span; "tamara" (tomorrow) and "every 25th" are not labeled. Loss and
  incident dates in a person's claim or report are DATE_TIME.
- every IPv4 / IPv6 address is IP_ADDRESS, private and mail-relay ones
  included; IP-shaped versions, builds and firmware numbers are not.
- island ID / persoonsnummers, sedula and SVB numbers, health-card numbers
  (AZV, BZV, SZV, ZVK, SZF), insurer member numbers, CRIB numbers, work and
  taxi permits, seaman's books, port badges (staff numbers), frequent-flyer
  and loyalty-member numbers, diving certification numbers, Venezuelan
  cédulas and RIFs are ID_NUMBER, and so are guest_id / customer_id
  columns (customer numbers); a FHIR resource id (a record id), SIM
  ICCIDs, bib, room, request and booking numbers are not.
- Aruban addresses written as a district or area with a house number
  ("Savaneta 231-B", "Piedra Plat 44", "Tanki Leendert 47-A") are ADDRESS;
  a street named after a person is ADDRESS when it has a number and is
  left unlabeled without one; hospitals, airports and companies named
  after people are not labeled.
- a "country" column or field is LOCATION, a "nationality" column NRP,
  "Venezuelan-born" NRP; "bario" / "district" / "area" fields and columns
  are LOCATION; a place name inside a company name is not labeled.
- a wrong age or date given for a person ("not 37 as HR has it", a wrong
  birth date on a card, a mistyped address) is labeled like the right one.
- a username that is part of a profile URL stays inside the URL span; it
  is USERNAME only where it stands alone.
- Curaçao, Aruba, Bonaire, Sint Maarten and Suriname have no postcodes, so
  ZIP_CODE only appears in Dutch and US addresses.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind144.jsonl")

#: the language of each non-English record (set by the wrappers below; everything else is English)
LANGUAGE: dict[str, str] = {}


def pap(markup: str) -> str:
    """Note a record written in Papiamentu."""
    LANGUAGE[markup] = "Papiamentu"
    return markup


def nld(markup: str) -> str:
    """Note a record written in the Dutch of the Caribbean or Suriname."""
    LANGUAGE[markup] = "Dutch"
    return markup


def srn(markup: str) -> str:
    """Note a record written in Sranan Tongo."""
    LANGUAGE[markup] = "Sranan Tongo"
    return markup


BENCH = [
    # -- in the manner of ai4privacy pii-masking-200k/300k/400k --
    """Attention [[PERSON:Jurwin]] [[PERSON:Martis]]: your jetty access badge for the crude terminal in [[LOCATION:Bullenbaai]] was reissued after the January audit. Badge pickup is booked for [[DATE_TIME:14/03/2025 07:15]] at gate 3. Confirm your staff ID [[ID_NUMBER:CPA-0448172]] and the mobile on file, [[PHONE_NUMBER:+599 9 561 2284]], with the Security Coordinator.""",
    """Customer [[PERSON:Xiomara Lucia Croes]], [[AGE:34]], Front Office Supervisor at a resort on [[LOCATION:Palm Beach]], asked for her payroll card to be sent to [[ADDRESS:Caya Punta Brabo 18-A]], [[LOCATION:Oranjestad]], [[LOCATION:Aruba]]. Card on file: [[CREDIT_CARD:4539 1287 4402 6130]], exp 09/27, CVV 418. Request came from IP [[IP_ADDRESS:190.112.231.47]].""",
    """Process Operator [[PERSON:Rignald Cijntje]] (username [[USERNAME:rcijntje_ops]], password Wm!k9Raa2) logged on to the distillation unit console from MAC 3C:52:82:1A:7F:0E at [[IP_ADDRESS:10.44.18.203]]; his previous login was [[DATE_TIME:2024-11-02T22:41:09]], during the night shift.""",
    """Dear [[PERSON:Ms Raysheline Girigorie]], the deposit for your apartment at [[ADDRESS:Kaya Flamboyan 7, unit 3]], [[LOCATION:Mahaai]], [[LOCATION:Willemstad]] has been received. Our records show DOB [[DATE_TIME:02/11/1991]], ID no. [[ID_NUMBER:1991110207]] and bank account [[ID_NUMBER:21.804.711]] at MCB.""",
    """[[PERSON:Giovanni]] [[PERSON:Rosaria]], a [[AGE:42]]-year-old electrician, filed a change of address with his internet provider to [[ADDRESS:Seru Papaya 31]], [[LOCATION:Curaçao]]. His IPv6 session [[IP_ADDRESS:2800:e2:8a80:1f3::4b7]] was flagged; user agent Mozilla/5.0 (Linux; Android 13; SM-A536E).""",
    """Ticket agent [[PERSON:Leona Gumbs]] of [[LOCATION:Simpson Bay]] took the passenger's card [[CREDIT_CARD:5391-4778-2010-9367]] (exp 04/26) for the Saba flight and saved the email [[EMAIL_ADDRESS:theo.wathey71@gmail.com]]. Passenger [[PERSON:Theophilus Wathey]] lives at [[ADDRESS:14 Back Street, Apt 2]], [[LOCATION:Philipsburg]], [[LOCATION:Sint Maarten]]; phone [[PHONE_NUMBER:+1 721 542 8817]].""",
    """Transfer request from [[PERSON:Sanne van der Linden]] to IBAN [[IBAN_CODE:NL21 INGB 0006 7412 39]] (BIC INGBNL2A), reference "Bonaire dive week", amount USD 1,240. Beneficiary [[PERSON:Anthony Frans]] of [[LOCATION:Rincon]], [[LOCATION:Bonaire]]. Requested from IP [[IP_ADDRESS:84.105.221.9]].""",
    """Hey [[PERSON:Shaqueel]], your results from the clinic visit on [[DATE_TIME:March 3rd, 2025]] are in. Blood type O+, weight 82 kg. Your BZV number [[ID_NUMBER:SVB 4471 2093]] is now linked to the patient portal under the username [[USERNAME:shaq.doran]].""",
    """Job title: Crane Operator III. Name: [[PERSON:Venancio Sulvaran]]. Gender: male. DOB: [[DATE_TIME:19850617]]. Street: [[ADDRESS:Schottegatweg Noord 112]]. City: [[LOCATION:Willemstad]]. Phone: [[PHONE_NUMBER:5999-7374418]]. Account PIN 4471. Terminal: container yard, berth 2.""",
    """Please update the beneficiary for [[PERSON:Dwayne]] [[PERSON:Broussard]], SSN [[US_SSN:431-72-8806]], a pipefitter at the [[LOCATION:Port Arthur]] refinery, to his spouse [[PERSON:Kiana Broussard]] at [[ADDRESS:3917 Procter St]], [[LOCATION:Port Arthur]], [[LOCATION:TX]] [[ZIP_CODE:77642]].""",
    """Guest relations agent [[PERSON:Marisela]] logged a complaint for [[PERSON:Mrs. Evelyn Thijsen]] (room 412) about a double charge on the card ending 7721. [[PERSON:Mrs. Thijsen]]'s callback number is [[PHONE_NUMBER:+297 593 1846]]; she checks out on [[DATE_TIME:Friday 21 February 2025]].""",
    """Seafarer [[PERSON:Yorman José Petit]] (cédula [[ID_NUMBER:V-20.931.744]], RIF [[ID_NUMBER:V-20931744-0]]) signed on the bunker tanker at [[LOCATION:Puerto Cabello]] on [[DATE_TIME:09-Jan-2025]]. Next of kin: [[PERSON:Yelitza Graterol]], [[PHONE_NUMBER:+58 414-682 3190]].""",
    """Send the replacement MasterCard [[CREDIT_CARD:5452 1036 7718 9247]] to [[PERSON:Quincy]] at [[ADDRESS:Kaya Damasco 9]], [[LOCATION:Santa Rosa]]; his email is [[EMAIL_ADDRESS:quincy.leito@hotmail.com]] and secondary phone [[PHONE_NUMBER:+599 9 690 4432]]. Security answer: 'Sorsaka'.""",
    """Device registered to [[PERSON:Shanaira Koolman]]: MAC 00:1B:44:11:3A:B7, IPv6 [[IP_ADDRESS:2803:1500:c04:2a::19]], hostname SK-LAPTOP. She is [[AGE:27]], works as a Claims Assistant and posts on the staff forum as [[USERNAME:shanaira.k]].""",
    """Bonaire claim: [[PERSON:Mr Ruben Janga]], born [[DATE_TIME:7 Aug 1962]], living at [[ADDRESS:Kaya Gobernador N. Debrot 71]], [[LOCATION:Kralendijk]], ZVK card [[ID_NUMBER:ZVK-BO-0087734]], was taken to the hospital in [[LOCATION:Kralendijk]] by ambulance on [[DATE_TIME:12/02/2025]].""",
    """Account holder: [[PERSON:Rishi Ramsaran]]. Address: [[ADDRESS:Indira Gandhiweg 567]], [[LOCATION:Wanica]], [[LOCATION:Suriname]]. Mobile [[PHONE_NUMBER:+597 871-4420]]. DOB [[DATE_TIME:1988-05-30]]. Card [[CREDIT_CARD:4716 2509 3318 8201]], expiry 02/28. Branch: Lelydorp.""",
    """Hi [[PERSON:Sharine]], a reminder that the AOV pension of your father [[PERSON:Euclides Obispo]] (SVB no. [[ID_NUMBER:AOV 318-22-047]]) now goes to account [[ID_NUMBER:1044287309]] at Banco di Caribe. Please bring his sedula and the life certificate he signed on [[DATE_TIME:5 February 2025]].""",
    """[[PERSON:Rendell]] from accounting asked [[PERSON:Michiel Dijkhoff]] to resend his salary slip to [[EMAIL_ADDRESS:m.dijkhoff@setarnet.aw]]; his persoonsnummer is [[ID_NUMBER:1979110402]] and his start date was [[DATE_TIME:01-09-2016]].""",
    """Login alert for [[USERNAME:g.wernet1980]]: new sign-in from [[IP_ADDRESS:201.229.170.88]] using Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X). Account owner [[PERSON:Glenvert Wernet]], [[ADDRESS:Kaya Jacinto 4]], [[LOCATION:Brievengat]]. Recovery phone: [[PHONE_NUMBER:+599 9 529 7720]].""",
    """Chargeback filed by [[PERSON:Marlène Habibe-Leito]] on [[CREDIT_CARD:3782 510471 19204]] for a beach club charge at [[LOCATION:Jan Thiel]]; dispute contact [[EMAIL_ADDRESS:marlene.hl@gmail.com]], billing address [[ADDRESS:Kaya Yarda 21]], [[LOCATION:Jan Thiel]], [[LOCATION:Curaçao]].""",
    """[[PERSON:Luis Alfredo Zambrano]], [[AGE:51]], instrument technician at the Amuay refinery in [[LOCATION:Punto Fijo]], [[LOCATION:Falcón]], sent his CV from [[EMAIL_ADDRESS:lazambrano.amuay@gmail.com]]; phone [[PHONE_NUMBER:0269-246 7731]], cédula [[ID_NUMBER:V-11.372.986]], RIF [[ID_NUMBER:V-11372986-0]].""",
    """Passport holder [[PERSON:Naomi Pieternella]], passport [[ID_NUMBER:NW5K83R17]], [[NRP:Dutch]] nationality, flying [[LOCATION:Curaçao]]–[[LOCATION:Miami]] on [[DATE_TIME:22.04.2025]], seat 14C, frequent flyer [[ID_NUMBER:DL 9182 4477 301]].""",
    """HR note: housekeeping attendant [[PERSON:Nelly Rasmijn]] (employee [[ID_NUMBER:EBR-20931]]) requested maternity leave from [[DATE_TIME:1 June 2025]]. AZV number [[ID_NUMBER:AZV 571 204 39]]. Emergency contact: husband [[PERSON:Ursell]], [[PHONE_NUMBER:(297) 736-2290]].""",
    """Longshoreman [[PERSON:Claudius Arrindell]] of [[ADDRESS:#22 Sucker Garden Road]], [[LOCATION:Sint Maarten]], SZV card [[ID_NUMBER:SZV 0193 4482]], was injured on Pier 1 on [[DATE_TIME:Dec 9, 2024]]. Supervisor [[PERSON:Omar Richardson]] reported it from [[EMAIL_ADDRESS:orichardson.pier@gmail.com]].""",
    """Wire to [[PERSON:Sita Mahabier]]: IBAN [[IBAN_CODE:NL81 TRIO 0379 5518 20]], BIC TRIONL2U, purpose "studiekosten [[PERSON:Kishen]]". Sender: [[PERSON:Radjesh Mahabier]], [[ADDRESS:Kernkampweg 14]], [[LOCATION:Paramaribo]], tel. [[PHONE_NUMBER:+597 499 218]].""",
    """[[PERSON:Yesenia Peña Rosario]], a [[NRP:Dominican]] hairdresser on a work permit ([[ID_NUMBER:WP-2024-118374]]), sends money home to IBAN [[IBAN_CODE:DO28BAGR00000001212453611324]] in [[LOCATION:Santiago de los Caballeros]]. Her phone in [[LOCATION:Willemstad]]: [[PHONE_NUMBER:+599 9 671 8830]].""",
    """On [[DATE_TIME:2025-01-17 09:30]] the children's clinic in [[LOCATION:Noord]] registered [[PERSON:Duvan Figaroa]] ([[AGE:6]]) with his mother [[PERSON:Shaira Figaroa]]; patient no. [[ID_NUMBER:KC-004471]], home address [[ADDRESS:Caya Alto Vista 82]], phone [[PHONE_NUMBER:+297 585 6641]].""",
    """New checking account: [[PERSON:Jaïr Anthony]], US passport [[US_PASSPORT:581374920]], Florida driver license [[US_DRIVER_LICENSE:A536-712-88-402-0]], born [[DATE_TIME:Nov. 4, 1990]]; home address [[ADDRESS:1452 NW 7th St, Apt 3]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33125]]; occupation: line cook.""",
    """Account recovery for [[USERNAME:bonbini_xiomy]]: owner [[PERSON:Xiomara Tromp]], recovery email [[EMAIL_ADDRESS:xiomy.tromp@outlook.com]], birthday [[DATE_TIME:29/10/1996]], profile [[URL:https://www.instagram.com/bonbini_xiomy]], last IP [[IP_ADDRESS:190.185.66.213]].""",
    """Mailing label: [[PERSON:Gracita Heyliger]], [[ADDRESS:Suite 5, Sint Rose Arcade, 37 Front Street]], [[LOCATION:Philipsburg]]. Alternative: [[ADDRESS:P.O. Box 1129]], [[LOCATION:Philipsburg]], [[LOCATION:St. Maarten]]. Mobile [[PHONE_NUMBER:+1 721 524 3390]].""",
    """Car rental: driver [[PERSON:Maarten de Groot]], Dutch licence [[ID_NUMBER:5193847261]], born [[DATE_TIME:3-7-1975]], pickup at Flamingo Airport on [[DATE_TIME:18 March 2025 at 14:20]], staying at [[ADDRESS:Kaya Gobernador N. Debrot 60]]; card [[CREDIT_CARD:5223840199265710]].""",
    """Player [[USERNAME:KingOtrabanda]] ([[PERSON:Jeandro Isenia]], [[AGE:19]]) won the online poker freeroll; payout to card [[CREDIT_CARD:4556 0193 8827 1454]]. KYC: sedula [[ID_NUMBER:2005062311]], address [[ADDRESS:Kaya Bougainvillea 53]], [[LOCATION:Otrobanda]].""",
    """Flow ticket: customer [[PERSON:Stanley Constancia]] reports no internet at [[ADDRESS:Kaya Sint Anna 33]], [[LOCATION:Sta. Maria]]. Modem MAC 9C:3D:CF:08:44:B1, WAN IP [[IP_ADDRESS:186.120.14.77]], contact [[PHONE_NUMBER:+5999 512-3398]] or [[EMAIL_ADDRESS:s.constancia@flow.cw]].""",
    nld("""Geachte [[TITLE:mevrouw]] [[PERSON:Pinas]], uw verzoek om terugbetaling van de zorgkosten van [[DATE_TIME:12 januari 2025]] is ontvangen. Wij maken het bedrag over naar [[IBAN_CODE:NL64SNSB0922417305]] t.n.v. [[PERSON:G. Pinas]]. Uw BSN: [[ID_NUMBER:193847267]]. Adres: [[ADDRESS:Vlaardingenstraat 41]], [[ZIP_CODE:3083 TE]] [[LOCATION:Rotterdam]]."""),
    pap("""Stimá [[TITLE:Sr.]] [[PERSON:Doran]], nos a risibí bo petishon pa un karchi nobo di BZV. Bo number di SVB ta [[ID_NUMBER:1967082514]], bo fecha di nasementu ta [[DATE_TIME:25 di ougùstùs 1967]] i bo ta biba na [[ADDRESS:Kaya Kanari 14]], [[LOCATION:Brievengat]]. Nos lo yama bo na [[PHONE_NUMBER:+599 9 684 1207]] ora e karchi ta kla."""),
    # -- in the manner of gretel-pii-masking-en-v1 --
    """WORKERS' COMPENSATION CLAIM
Claimant: [[PERSON:Edsel R. Winklaar]]
Date of birth: [[DATE_TIME:14 October 1979]]
Employer: Curaçao Port Services N.V.
Position: Lashing crew foreman
SVB number: [[ID_NUMBER:1979101406]]
Home address: [[ADDRESS:Kaya Turkesa 26]], [[LOCATION:Barber]], [[LOCATION:Curaçao]]
Date of incident: [[DATE_TIME:27/01/2025]]
Description: right hand caught between a twistlock and the cell guide while discharging at berth 5.
Claim no.: WC-25-00318""",
    """RESIDENTIAL LEASE AGREEMENT
This lease is made on [[DATE_TIME:1 April 2025]] between landlord [[PERSON:Mirto Eman]] and tenant [[PERSON:Ryan Lampe]], holder of Aruban ID [[ID_NUMBER:1990021507]], for the house at [[ADDRESS:Savaneta 231-B]], [[LOCATION:Aruba]]. Monthly rent Afl. 1,650, deposit Afl. 3,300, payable to the landlord's account [[ID_NUMBER:3071223940]] at Aruba Bank. Tenant phone: [[PHONE_NUMBER:+297 560 4471]].""",
    """[[PERSON:Dr. Ivette Martina]]
Internal Medicine
[[LOCATION:Willemstad]], [[DATE_TIME:4 March 2025]]

Re: [[PERSON:Urvin Clemencia]], born [[DATE_TIME:11-09-1958]], BZV [[ID_NUMBER:1958091103]]

Dear colleague, I saw [[PERSON:Mr Clemencia]] today for follow-up of his type 2 diabetes. HbA1c 8.1%. I have increased the metformin and ask you to repeat the labs in three months.""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Germaine Esajas]]
ID number: [[ID_NUMBER:FN 027731]]
Date of birth: [[DATE_TIME:08-12-1984]]
Address: [[ADDRESS:Anamoestraat 7]], [[LOCATION:Paramaribo]]
Employer: Ministry of Education
Monthly income: SRD 38,500
Mobile: [[PHONE_NUMBER:+597 862 3341]]
Email: [[EMAIL_ADDRESS:germaine.esajas@yahoo.com]]
Loan amount: SRD 250,000""",
    """APPLICATION FOR OLD-AGE PENSION (AOV)
Applicant: [[PERSON:Dorothy Maria Sillé]]
Maiden name: [[PERSON:Juliana]]
Born: [[DATE_TIME:2 February 1960]] in [[LOCATION:Aruba]]
ID no.: [[ID_NUMBER:1960020219]]
Address: [[ADDRESS:Kaya Sabana 5]], [[LOCATION:Tera Kora]]
Bank account for payment: [[ID_NUMBER:407.553.10]] (Banco di Caribe)
Signed on [[DATE_TIME:14-01-2025]]""",
    """PETITION TO THE ISLAND COUNCIL OF BONAIRE
We, residents of [[LOCATION:Antriol]], ask for the street lights on Kaya Korona to be repaired before the rainy season.
1. [[PERSON:Soliana Domacassé]], [[ADDRESS:Kaya Korona 44]], tel. [[PHONE_NUMBER:717-3382]]
2. [[PERSON:Elvis Piar]], [[ADDRESS:Kaya Sabal 8]], tel. [[PHONE_NUMBER:796-1175]]
3. [[PERSON:Cicilia Martis]], [[ADDRESS:Kaya Korona 51]], tel. [[PHONE_NUMBER:+599 785 4420]]""",
    """NOTICE TO VACATE
To: [[PERSON:Tamara Lake]]
Premises: [[ADDRESS:Apartment 2B, 19 Welfare Road]], [[LOCATION:Cole Bay]], [[LOCATION:St. Maarten]]
Date of notice: [[DATE_TIME:February 3, 2025]]
You are hereby notified that your tenancy will terminate on [[DATE_TIME:March 31, 2025]]. Keys are to be returned to the landlord, [[PERSON:Rolando Buncamper]], [[PHONE_NUMBER:+1 (721) 586-2094]].""",
    """TRAVEL INSURANCE CLAIM
Policy no.: TIC-88-201734
Insured: [[PERSON:Esther Vermeulen]], born [[DATE_TIME:17/06/1968]]
BSN: [[ID_NUMBER:230178455]]
Home address: [[ADDRESS:Burgemeester Hogguerstraat 112]], [[ZIP_CODE:1064 EB]] [[LOCATION:Amsterdam]]
Incident: slipped on the pool deck of a resort in [[LOCATION:Palm Beach]], [[LOCATION:Aruba]], on [[DATE_TIME:9 February 2025]]; treated at Dr. Horacio E. Oduber Hospital.
Payment to: [[IBAN_CODE:NL21 RABO 0318 8422 66]]""",
    """EMPLOYMENT CONTRACT
Between Bonbini Resorts N.V., [[LOCATION:Oranjestad]] ("the Employer") and [[PERSON:Glenbert Werleman]], born [[DATE_TIME:12 May 1993]], ID [[ID_NUMBER:1993051204]], residing at [[ADDRESS:Piedra Plat 44]], [[LOCATION:Aruba]] ("the Employee").
Position: Night Auditor. Start date: [[DATE_TIME:1 March 2025]]. Salary is paid to account [[ID_NUMBER:2209184471]] at CMB.""",
    """IN THE COURT OF FIRST INSTANCE OF CURAÇAO
Case no. CUR202400417
Plaintiff: [[PERSON:Quensley Mercelina]], residing at [[ADDRESS:Kaya Dr. Maalderink 12]], [[LOCATION:Curaçao]]
Defendant: [[PERSON:Jurensly Paulina]], residing at [[ADDRESS:Seru Grandi 88]], [[LOCATION:Curaçao]]
Hearing: [[DATE_TIME:Tuesday 8 April 2025, 09:00]]
Counsel for plaintiff: [[TITLE:mr.]] [[PERSON:R.F. Wiel]]""",
    """ENROLMENT FORM
Student: [[PERSON:Jayden Kock]]
Date of birth: [[DATE_TIME:2014-08-03]]
Student no.: [[ID_NUMBER:S-140803-17]]
Parent/guardian: [[PERSON:Marvelyne Kock]]
Parent phone: [[PHONE_NUMBER:+297 594 0027]]
Parent email: [[EMAIL_ADDRESS:marvelyne.kock@gmail.com]]
Home: [[ADDRESS:Caya Frans Figaroa 116]], [[LOCATION:Noord]]
Religion: [[NRP:Roman Catholic]]""",
    """Dear [[PERSON:Mrs. Ruthmila Bernabela]],
Your repeat prescription for metformin 500 mg is ready at our branch in [[LOCATION:Kralendijk]]. Please bring your ZVK card ([[ID_NUMBER:ZVK-BO-0041729]]) when you collect it. If you cannot come before your check-up on [[DATE_TIME:28 February]], your son [[PERSON:Rudsel]] may pick it up with a signed note.
Kind regards,
The pharmacy team""",
    """NOTICE OF TERMINATION
[[DATE_TIME:15 November 2024]]
[[PERSON:Mr. Gregorio Statia]]
[[ADDRESS:Kaya Pappa Godett 19]]
[[LOCATION:Soto]], [[LOCATION:Curaçao]]
Dear [[PERSON:Mr. Statia]],
Following the idling of the refinery units, your employment as Boilermaker (staff no. [[ID_NUMBER:RdK-07714]]) ends on [[DATE_TIME:31 December 2024]]. Severance will be paid to your account ending 0931.""",
    """PATIENT REGISTRATION – ST. MAARTEN
Name: [[PERSON:Silveria Hodge-Brooks]]
DOB: [[DATE_TIME:06/22/1981]]
SZV no.: [[ID_NUMBER:SZV 0042 7716]]
Address: [[ADDRESS:31 Bishop Hill Road]], [[LOCATION:Dutch Quarter]]
Phone: [[PHONE_NUMBER:(721) 523-4408]]
Allergies: penicillin
Next of kin: [[PERSON:Ardwell Brooks]] (husband), [[PHONE_NUMBER:(721) 581-3320]]""",
    """MORTGAGE PRE-APPROVAL
Borrower: [[PERSON:Carlos Urdaneta]], [[NRP:Venezuelan]]-born US resident
SSN: [[US_SSN:592-18-4476]]
Current address: [[ADDRESS:8720 NW 102nd Ave, Apt 1410]], [[LOCATION:Doral]], [[LOCATION:FL]] [[ZIP_CODE:33178]]
Phone: [[PHONE_NUMBER:(786) 291-0457]]
Date of birth: [[DATE_TIME:04/19/1977]]
Loan amount requested: $312,000""",
    """Thank you, [[PERSON:Henk]] and [[PERSON:Ineke Bakker]], for your gift of EUR 250 to the sea turtle project on [[LOCATION:Klein Curaçao]]. Your donor number is [[ID_NUMBER:D-003318]] and the amount was debited from [[IBAN_CODE:NL93 RABO 0152 9633 07]]. A tax receipt will follow in January.""",
    """INCIDENT REPORT – POLICE CURAÇAO
Reporting person: [[PERSON:Shurwendly Ellis]], [[AGE:23]], of [[ADDRESS:Kaya Wara Wara 3]], [[LOCATION:Seru Fortuna]]
Sedula: [[ID_NUMBER:2001071512]]
Reported on [[DATE_TIME:03-02-2025 at 23:10]] that his scooter, plate [[ID_NUMBER:N-41877]], was stolen outside a snack in [[LOCATION:Salina]].
Witness: [[PERSON:Marisela Cova]], [[PHONE_NUMBER:+599 9 678 2219]]""",
    """[[DATE_TIME:January 20, 2025]]
[[PERSON:Jacinta Romney]]
Cashier, Employee #[[ID_NUMBER:4471]]

Re: Written warning

Dear [[PERSON:Ms. Romney]],
On [[DATE_TIME:January 14]] you left the register open and unattended during the lunch rush. This letter will be kept in your personnel file. Signed, [[PERSON:Maurice Hyman]], Store Manager""",
    """VETERINARY CLINIC – CLIENT FORM
Owner: [[PERSON:Quirine de Haan]]
Address: [[ADDRESS:Kaya Flamboyan 12]], [[LOCATION:Kralendijk]]
Phone: [[PHONE_NUMBER:+599 701 4482]]
Email: [[EMAIL_ADDRESS:quirine.dehaan@kpnmail.nl]]
Pet: Bolo (dog, 4 years, male, neutered)
Reason for visit: ear infection""",
    nld("""[[LOCATION:Kralendijk]], [[DATE_TIME:10 maart 2025]]
Betreft: uw aanvraag zorgpas
Geachte [[TITLE:heer]] [[PERSON:Winklaar]],
Wij hebben uw aanvraag voor een nieuwe zorgpas van het Zorgverzekeringskantoor ontvangen. Uw verzekerdennummer is [[ID_NUMBER:BO-0093381]]. De nieuwe pas wordt verstuurd naar [[ADDRESS:Kaya Amsterdam 17]], [[LOCATION:Kralendijk]].
Met vriendelijke groet,
[[PERSON:M. Soliana]], medewerker klantcontact"""),
    nld("""AANVRAAG ALGEMENE OUDERDOMSVOORZIENING
Naam aanvrager: [[PERSON:Ingrid Sabajo]]
ID-nummer: [[ID_NUMBER:FA 018834]]
Geboortedatum: [[DATE_TIME:21 juli 1959]]
Adres: [[ADDRESS:Verlengde Gemenelandsweg 110]], [[LOCATION:Paramaribo]]
Telefoon: [[PHONE_NUMBER:+597 871-0443]]
SZF-kaartnummer: [[ID_NUMBER:SZF 1129-0447]]
Datum: [[DATE_TIME:07-01-2025]]   Handtekening: ______"""),
    pap("""FORMULARIO DI INSKRIPSHON
Nòmber di e mucha: [[PERSON:Jayson Martina]]
Fecha di nasementu: [[DATE_TIME:15 di yüni 2017]]
Nòmber di mama: [[PERSON:Yolanda Martina]]
Adrès: [[ADDRESS:Kaya Lora 28]], [[LOCATION:Montaña]]
Telefòn: [[PHONE_NUMBER:+599 9 518 6307]]
Number di seguro (BZV): [[ID_NUMBER:2017061528]]"""),
    """REFERRAL
Patient: [[PERSON:Edwin Arends]], [[AGE:67]] y/o male
AZV no.: [[ID_NUMBER:AZV 412 093 66]]
Passport: [[ID_NUMBER:NX9R27D41]]
Referred to: cardiology, [[LOCATION:Medellín]], [[LOCATION:Colombia]]
Referred by: [[PERSON:Dr. Ryan Koolman]]
Appointment: [[DATE_TIME:March 19, 2025 at 8:00 AM]]""",
    """HOME INSURANCE – CLAIM FOR STORM DAMAGE
Policyholder: [[PERSON:Grisha Peterson]]
Insured property: [[ADDRESS:7 Reward Road]], [[LOCATION:Middle Region]], [[LOCATION:Sint Maarten]]
Date of loss: [[DATE_TIME:09/06/2024]]
Contact: [[PHONE_NUMBER:+1 721 553 0981]], [[EMAIL_ADDRESS:grisha.p@caribserve.net]]
Payee bank account: [[ID_NUMBER:120009871]] (WIB)
Damage: roof sheets and gutter on the east side""",
    """MEMBERSHIP AGREEMENT
Member: [[PERSON:Shurandy Pietersz]]   Member ID: [[ID_NUMBER:FIT-CW-20817]]
DOB: [[DATE_TIME:30.11.1998]]
Address: [[ADDRESS:Kaya Oriòl 9]], [[LOCATION:Julianadorp]]
Card for monthly debit: [[CREDIT_CARD:5187 6024 4139 0827]], expiry 11/26
Plan: 12 months, ANG 95 per month
Signature date: [[DATE_TIME:02.01.2025]]""",
    # -- in the manner of Nemotron-PII --
    """{"employee_id": "[[ID_NUMBER:BNK-00917]]", "name": {"first": "[[PERSON:Shudarlyn]]", "last": "[[PERSON:Pieternella]]"}, "dob": "[[DATE_TIME:1992-03-08]]", "department": "Customer Service", "phone": "[[PHONE_NUMBER:+59995638104]]", "email": "[[EMAIL_ADDRESS:shudarlyn.p@gmail.com]]", "address": {"street": "[[ADDRESS:Kaya Perikòt 11]]", "district": "[[LOCATION:Jan Sofat]]", "country": "[[LOCATION:Curaçao]]"}}""",
    """[[DATE_TIME:2025-02-11T06:02:14Z]] INFO gate-access badge=[[ID_NUMBER:CPA-0448172]] holder="[[PERSON:Jurwin Martis]]" gate=3 dir=IN
[[DATE_TIME:2025-02-11T06:02:51Z]] WARN gate-access badge=[[ID_NUMBER:CPA-0391120]] holder="[[PERSON:Stanley Rojer]]" gate=3 dir=IN reason=expired_medical
2025-02-11T06:03:00Z INFO gate-access heartbeat ok
[[DATE_TIME:2025-02-11T06:03:07Z]] INFO vpn-login user=[[USERNAME:srojer]] src=[[IP_ADDRESS:190.88.132.17]]""",
    """INSERT INTO guests (guest_id, full_name, passport_no, nationality, email, phone, arrival) VALUES
([[ID_NUMBER:88121]], '[[PERSON:Wouter Dekker]]', '[[ID_NUMBER:NT3F82KL6]]', '[[NRP:Dutch]]', '[[EMAIL_ADDRESS:wouter.dekker@ziggo.nl]]', '[[PHONE_NUMBER:+31 6 41872203]]', '[[DATE_TIME:2025-03-02]]'),
([[ID_NUMBER:88122]], '[[PERSON:Kimberly Ochoa]]', '[[US_PASSPORT:674019238]]', '[[NRP:American]]', '[[EMAIL_ADDRESS:kim.ochoa88@yahoo.com]]', '[[PHONE_NUMBER:+1 713 448 2091]]', '[[DATE_TIME:2025-03-03]]');""",
    """<Patient xmlns="http://hl7.org/fhir">
  <id value="pt-20931"/>
  <identifier><system value="urn:aw:azv"/><value value="[[ID_NUMBER:AZV 330 871 02]]"/></identifier>
  <name><family value="[[PERSON:Boekhoudt]]"/><given value="[[PERSON:Evelyn]]"/></name>
  <telecom><system value="phone"/><value value="[[PHONE_NUMBER:+297 582 3317]]"/></telecom>
  <gender value="female"/>
  <birthDate value="[[DATE_TIME:1949-12-01]]"/>
  <address><line value="[[ADDRESS:Caya Dr. J.E.M. Arends 21]]"/><city value="[[LOCATION:Oranjestad]]"/><country value="[[LOCATION:Aruba]]"/></address>
</Patient>""",
    """crew_member:
  name: [[PERSON:Rolando Gibbs]]
  rank: Able Seaman
  seaman_book: [[ID_NUMBER:SXM-SB-004172]]
  date_of_birth: [[DATE_TIME:1986-10-27]]
  home_port: [[LOCATION:Philipsburg]]
  contact:
    phone: "[[PHONE_NUMBER:+1-721-520-7734]]"
    email: [[EMAIL_ADDRESS:rolando.gibbs@gmail.com]]
  next_of_kin: [[PERSON:Tamika Gibbs]]""",
    """# staging config - payroll export (school board)
DB_HOST=db-stg.internal
DB_USER=payroll_svc
DB_PASS=Tr0pical!2025
SMTP_USER=[[EMAIL_ADDRESS:ivan.hart.hr@gmail.com]]
TEST_EMPLOYEE_NAME="[[PERSON:Ivan Hart]]"
TEST_EMPLOYEE_ID_CW=[[ID_NUMBER:1983040918]]
ADMIN_PHONE=[[PHONE_NUMBER:+59995207718]]""",
    """POST /api/v2/bookings HTTP/1.1
Host: reservations.example-villas.cw
X-Forwarded-For: [[IP_ADDRESS:181.41.92.206]]
Content-Type: application/json

{"guest":"[[PERSON:Danielle Fontaine]]","email":"[[EMAIL_ADDRESS:dfontaine@videotron.ca]]","phone":"[[PHONE_NUMBER:+1 514 882 4410]]","card":"[[CREDIT_CARD:4263988102736659]]","cvv":"882","checkin":"[[DATE_TIME:2025-04-12]]","nights":7}""",
    """def test_export_passenger_manifest():
    pax = [
        Pax(name="[[PERSON:Ravindre Jagessar]]", passport="[[ID_NUMBER:R0384571]]", born="[[DATE_TIME:1990-02-14]]"),
        Pax(name="[[PERSON:Kenneth Pinas]]", passport="[[ID_NUMBER:R0412209]]", born="[[DATE_TIME:1978-08-30]]"),
    ]
    assert export(pax).startswith("NAME;PASSPORT;BORN")""",
    """Ticket #INC-77120 | Priority: P3 | Queue: Payroll
Reporter: [[PERSON:Ruud Smits]] ([[EMAIL_ADDRESS:ruud.smits@outlook.com]])
Summary: overtime for refinery shift C not paid to [[PERSON:Euclides Rojer]] (staff [[ID_NUMBER:P-30182]]) and [[PERSON:Dennys Wever]] (staff [[ID_NUMBER:P-30417]]).
Bank accounts on file: [[ID_NUMBER:100.221.874]], [[ID_NUMBER:110.903.552]]
Status: open""",
    """--- form_submission id=58821 ---
first_name: [[PERSON:Keisha]]
last_name: [[PERSON:Nisbeth]]
dob: [[DATE_TIME:1995/07/04]]
island: [[LOCATION:Sint Maarten]]
address_1: [[ADDRESS:52 Gumbs Road]]
address_2: [[ADDRESS:Unit C]]
district: [[LOCATION:St. Peters]]
phone: [[PHONE_NUMBER:7215274409]]
job_title: Teacher
employer: Methodist Agogic Centre
consent: yes""",
    """From: "[[PERSON:Raymond Gomes Casseres]]" <[[EMAIL_ADDRESS:ray.gcasseres@gmail.com]]>
To: hr@marinaoffice.cw
Date: [[DATE_TIME:Mon, 10 Feb 2025 08:14:32 -0400]]
Subject: Sick leave [[DATE_TIME:10-12 Feb]]
Received: from mail-ej1 ([[IP_ADDRESS:209.85.218.44]])
X-Originating-IP: [[IP_ADDRESS:190.112.245.19]]""",
    """{"ts":"[[DATE_TIME:2025-03-01T14:22:05-04:00]]","event":"password_reset","user":"[[USERNAME:mvictorina]]","email":"[[EMAIL_ADDRESS:m.victorina@live.com]]","ip":"[[IP_ADDRESS:190.120.4.231]]","ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}""",
    """UPDATE members SET phone = '[[PHONE_NUMBER:+297 741 2086]]', email = '[[EMAIL_ADDRESS:jeanette.giel@gmail.com]]', address = '[[ADDRESS:Sabana Basora 12-A]]' WHERE member_no = '[[ID_NUMBER:ARU-GYM-3321]]'; -- requested by [[PERSON:Jeanette Giel]] on [[DATE_TIME:2025-02-26]]""",
    """<Payment>
  <Dbtr><Nm>[[PERSON:Anouk Visser]]</Nm></Dbtr>
  <DbtrAcct><IBAN>[[IBAN_CODE:NL75ASNB0708214466]]</IBAN></DbtrAcct>
  <Cdtr><Nm>Sea Turtle Conservation Bonaire</Nm></Cdtr>
  <RmtInf>Member [[ID_NUMBER:STCB-1187]] - annual gift</RmtInf>
  <ReqdExctnDt>2025-03-15</ReqdExctnDt>
</Payment>""",
    """[[DATE_TIME:2025-02-14 23:41:07]] checkin room=1207 guest="[[PERSON:Femke Bos]]" loyalty=[[ID_NUMBER:BR-771204889]] card=****8841
[[DATE_TIME:2025-02-14 23:44:52]] keycard issued room=1207 operator=[[USERNAME:night_audit_gwerleman]]
2025-02-14 23:50:00 night audit started""",
    nld("""Melding #SR-20418 - Storing glasvezel
Klant: [[PERSON:Marloes Kuipers]]
Adres: [[ADDRESS:Kaya Platina 6]], [[LOCATION:Kralendijk]]
Contact: [[PHONE_NUMBER:+599 796 4417]] / [[EMAIL_ADDRESS:marloes.kuipers@telbo.net]]
Klantnummer: [[ID_NUMBER:TB-0041175]]
Afspraak monteur: [[DATE_TIME:do 6 maart 2025, 13:00-15:00]]"""),
    pap("""nòmber: [[PERSON:Marisela]]
fam: [[PERSON:Sint Jago]]
fecha_nasementu: [[DATE_TIME:03/04/1988]]
adrès: [[ADDRESS:Kaya Indjo 15]]
bario: [[LOCATION:Sta. Rosa]]
telefòn: [[PHONE_NUMBER:+599 9 697 2340]]
number_SVB: [[ID_NUMBER:1988040315]]
trabou: Resepshonista, hotel na [[LOCATION:Piscadera]]"""),
    """GET /v1/players/[[USERNAME:ElChamoMCBO]]/wallet HTTP/1.1
Host: api.playhub.example
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.Zx9
X-Real-IP: [[IP_ADDRESS:200.44.32.118]]
X-User-Email: [[EMAIL_ADDRESS:dayana.quintero@cantv.net]]
Accept: application/json""",
    """{"order":"DLV-558102","recipient":"[[PERSON:Yusmary Briceño]]","phone":"[[PHONE_NUMBER:+297 592 1144]]","drop_off":"[[ADDRESS:Tanki Leendert 47-A]]","area":"[[LOCATION:Noord]]","note":"gate code 4471, call tia [[PERSON:Rosmary]] if not home"}""",
    """<employee>
  <staffNo>[[ID_NUMBER:GEBE-0871]]</staffNo>
  <name>[[PERSON:Cornelius Hyman]]</name>
  <position>Lineman</position>
  <hireDate>[[DATE_TIME:2012-07-16]]</hireDate>
  <crib>[[ID_NUMBER:408-771-230]]</crib>
  <mobile>[[PHONE_NUMBER:+1 721 559 0348]]</mobile>
</employee>""",
    srn("""Boskopu fu a yepi-sentrum fu a bangi:
Nen: [[PERSON:Marciano Aloeboetoe]]
A e libi na [[ADDRESS:Tourtonnelaan 22]], [[LOCATION:Paramaribo]].
Telefon nomru: [[PHONE_NUMBER:+597 852-7710]]
A bangi karta fu en lasi; a rekening nomru na [[ID_NUMBER:184.420.719]].
A gebortedei fu en: [[DATE_TIME:4 oktober 1983]]."""),
    """{"claim_ref":"HLT-CL-2025-004417","member":{"name":"[[PERSON:Lourdes Felida]]","member_no":"[[ID_NUMBER:ENN-771204-02]]","dob":"[[DATE_TIME:09-12-1971]]"},"provider":"Botica Brion","items":[{"atc":"C09AA02","qty":30}],"submitted_by":"[[USERNAME:a.rojer]]"}""",
    """it('masks customer data', () => {
  const customer = { name: '[[PERSON:Priscilla Vanterpool]]', phone: '[[PHONE_NUMBER:+1 721 526 0083]]', dob: '[[DATE_TIME:12/05/1989]]', card: '[[CREDIT_CARD:5200 8361 4479 2516]]' };
  expect(mask(customer).card).toBe('**** **** **** 2516');
});""",
    """From: [[PERSON:Travis Guidry]] <[[EMAIL_ADDRESS:tguidry77@att.net]]>
To: badging@contractor-portal.example
Subject: TWIC renewal

Hi, my TWIC card for the refinery docks runs out soon. Name: [[PERSON:Travis J. Guidry]], DOB [[DATE_TIME:08/14/1981]], SSN last 4: 7731, DL [[US_DRIVER_LICENSE:21894407]] (TX), phone [[PHONE_NUMBER:(409) 724-3318]].
Thanks, [[PERSON:Travis]]""",
    """Telesur account [[ID_NUMBER:TS-88120447]] belongs to [[PERSON:Devika Bhagwandin]] ([[EMAIL_ADDRESS:devika.bh@sr.net]]). Her router, MAC A4:2B:B0:71:9E:05, has the IPv6 prefix [[IP_ADDRESS:2803:e600:4a1::1]]; she called the helpdesk on [[DATE_TIME:11/02/2025]]; user agent Dalvik/2.1.0 (Linux; U; Android 12).""",
]

GEN = [
    """Hi, I'm [[PERSON:Tamara Lake]] and I need to move my dentist appointment from [[DATE_TIME:March 12]] to the following week; you can text me on [[PHONE_NUMBER:+1 721 586 4410]].""",
    """My son [[PERSON:Jeandro]] turned [[AGE:16]] on [[DATE_TIME:4 January]] and wants his own debit card, so please link it to my account [[ID_NUMBER:0044127718]] at MCB.""",
    """Please send the lab results for [[PERSON:ivette cova]] to her new email, [[EMAIL_ADDRESS:ivettecova72@gmail.com]], not the old hotmail one.""",
    """The apartment at [[ADDRESS:Kaya Hulanda 9]] in [[LOCATION:Otrobanda]] was rented to a couple from [[LOCATION:Rotterdam]], [[PERSON:Bram]] and [[PERSON:Lotte Mulder]], who move in on [[DATE_TIME:1 May 2025]].""",
    """Could you confirm that [[PERSON:Stanley]]'s number is still [[PHONE_NUMBER:+599 9 520 1187]]? The courier couldn't reach him yesterday.""",
    """At the refinery gate this morning the guard asked for [[PERSON:Rudsel Thomas]]'s contractor badge, number [[ID_NUMBER:CX-22817]], and wouldn't let him in without his sedula.""",
    """Our new teller trainee, [[PERSON:Naomi Ras]], is only [[AGE:18]], so her contract has to be co-signed by her mother, [[PERSON:Michelle Ras]].""",
    """I paid the gym with my Visa [[CREDIT_CARD:4001 1567 2904 4181]] but the receipt says Mastercard — my name is [[PERSON:Joris Hendriks]], member [[ID_NUMBER:7712-BNR]].""",
    """My AZV card got wet and the number is hard to read, but I think it's [[ID_NUMBER:AZV 551 207 18]]; I was born on [[DATE_TIME:18 July 1985]] if that helps. — [[PERSON:Rendell Croes]]""",
    """[[PERSON:María Alejandra Colmenares]] came over from [[LOCATION:Coro]] in 2019 and now cleans offices at a law firm in [[LOCATION:Punda]]; her cédula is [[ID_NUMBER:V-24.118.903]].""",
    """When [[PERSON:Kimberly]] called the bank from [[LOCATION:Houston]], they only asked for the last four of her SSN, but the form needs the whole thing: [[US_SSN:527-40-1839]].""",
    """The school secretary wrote down [[PERSON:jayden doest]]'s date of birth as [[DATE_TIME:03/08/2014]], but his birth certificate says [[DATE_TIME:08/03/2014]].""",
    """I'm [[PERSON:Anjali Ramlal]], [[AGE:29]], from [[LOCATION:Nieuw-Nickerie]], and I'd like to know whether my driving licence from [[LOCATION:Suriname]], [[ID_NUMBER:RB-447120]], is valid for renting a car in [[LOCATION:Aruba]].""",
    """Package for [[PERSON:Mr. Cornelius Wescot]], [[ADDRESS:12 Hill Top Road]], [[LOCATION:Cay Hill]], was left with the neighbour because nobody answered at [[PHONE_NUMBER:(721) 544-2187]].""",
    """The dive shop on [[LOCATION:Bonaire]] needs a copy of [[PERSON:Femke]]'s certification and her emergency contact, [[PERSON:Daan de Wit]], [[PHONE_NUMBER:+31 6 20418873]].""",
    pap("""Bon dia, mi nòmber ta [[PERSON:Carmen Rosaria]] i mi ke sa kiko a pasa ku mi pago di AOV di luna pasá; mi number di SVB ta [[ID_NUMBER:1957031109]]."""),
    pap("""[[PERSON:Jurensly]] a bai [[LOCATION:Hulanda]] dia [[DATE_TIME:2 di sèptèmber]] pa studia; su adrès nobo ta [[ADDRESS:Weimarstraat 214]], [[ZIP_CODE:2562 HE]] [[LOCATION:Den Haag]]."""),
    pap("""Mi kasá [[PERSON:Glenn Evertsz]] ta traha komo operador di grua na waf; su telefòn ta [[PHONE_NUMBER:+599 9 564 7719]] i e ta kumpli [[AGE:45]] aña dia [[DATE_TIME:9 di aprel]]."""),
    pap("""[[PERSON:Xiomara]] su yiu muhé ta [[AGE:7]] aña i e tin su sita ku dòkter di mucha [[DATE_TIME:djarason 13 di mart na 8'or]]."""),
    nld("""Mijn moeder, [[PERSON:Joyce Kross]], is [[AGE:74]] en heeft haar SZF-kaart verloren; kan ik namens haar een nieuwe aanvragen? Ze woont aan de [[ADDRESS:Mahonylaan 33]] in [[LOCATION:Paramaribo]]."""),
    nld("""Graag het loonstrookje van [[PERSON:S. Jagessar]] sturen naar [[EMAIL_ADDRESS:sunil.jagessar@gmail.com]]; zijn personeelsnummer is [[ID_NUMBER:20447]] en hij is op [[DATE_TIME:15-08-2022]] begonnen."""),
    srn("""Mi nen na [[PERSON:Wendy Kromodimedjo]] èn mi wani sabi efu mi pikin [[PERSON:Dewi]] kan go na a skoro na [[LOCATION:Lelydorp]]; kari mi tapu [[PHONE_NUMBER:8846210]]."""),
    srn("""[[PERSON:Orlando]] e wroko na a supermarket na [[LOCATION:Latour]] èn a fadon esde; en brada [[PERSON:Melvin Vola]] tyari en go na a hospitaal."""),
    """A courier left a note for [[PERSON:Kishen Mahabier]] at [[ADDRESS:Kwattaweg 318]], but he was at work; please redeliver after 5 pm or call [[PHONE_NUMBER:+597 872 0094]].""",
    """Hey, it's [[PERSON:Quincy]] — the plumber I told you about is [[PERSON:Edsel Marchena]], his number is [[PHONE_NUMBER:+599 9 660 1738]], ask for the friends price.""",
    """The pharmacist noticed that [[PERSON:Joshua Wever]]'s prescription was dosed for an adult although he is [[AGE:9]], so she called [[PERSON:Dr. Faneyte]] before filling it.""",
    """I, [[PERSON:Luis Zambrano]], authorize my wife [[PERSON:Oriana Chirinos]] to collect my final pay cheque from the refinery office in [[LOCATION:Punto Fijo]].""",
    """[[PERSON:Nurse Gracia]] said baby [[PERSON:Aaliyah]] can get her second shot on [[DATE_TIME:18 March]] at the clinic in [[LOCATION:Latour]].""",
    """Can someone update the tenant list: [[ADDRESS:Kaya Grandi 48, flat 3]] is now [[PERSON:Maurice Hodge]], phone [[PHONE_NUMBER:+599 795 2210]], since [[DATE_TIME:February 1st]].""",
    """My Instagram [[USERNAME:sxm.foodie.tam]] was hacked last night; the hacker changed the email to [[EMAIL_ADDRESS:t4mara.lake@proton.me]], which is not mine.""",
    """For the visa interview on [[DATE_TIME:April 3, 2025]], [[PERSON:Yelitza]] needs her passport [[ID_NUMBER:148220917]], which her cousin in [[LOCATION:Maracaibo]] still has.""",
    """[[PERSON:Ravi]]'s wife called to say he's [[AGE:38]] today, not [[AGE:37]] as HR has it, and his birth date is [[DATE_TIME:22-02-1987]].""",
    """We tried to deliver the fridge to [[ADDRESS:Caya Ing. Roland Lacle 21]] in [[LOCATION:San Nicolas]], but the customer, [[PERSON:Ursell Trimon]], had moved to [[LOCATION:Savaneta]].""",
    """The vet's invoice for Max went to [[PERSON:Sanne]], but the dog belongs to her neighbour [[PERSON:Gerrit Kok]] at [[ADDRESS:Kaya Papagayo 12]].""",
    """Passenger [[PERSON:Maria Elena Ruiz]] missed the [[LOCATION:Bogotá]] flight; rebook her on [[DATE_TIME:Feb 28]] and send the e-ticket to [[EMAIL_ADDRESS:maruiz.aua@gmail.com]].""",
    """According to the lease, [[PERSON:Theo]] and [[PERSON:Gracita Wathey]] pay the rent into account [[ID_NUMBER:3101-774921]] at WIB every 25th.""",
    """The welder who got burned at the oil terminal, [[PERSON:Elvis Leito]] ([[AGE:33]]), was flown to [[LOCATION:Colombia]] for treatment on [[DATE_TIME:11 February]].""",
    """Please note that [[PERSON:Grisha]]'s new IBAN is [[IBAN_CODE:NL42 INGB 0009 3741 20]]; the old Rabobank account is closed.""",
    """[[PERSON:Soenita Chotkan]], a [[NRP:Hindu]] bride from [[LOCATION:Wanica]], wants the photos of the wedding on [[DATE_TIME:20 April]] sent to [[EMAIL_ADDRESS:soenita.c@gmail.com]].""",
    """The HR file says [[PERSON:Mr Tjin A Djie]] started as a teller on [[DATE_TIME:05/09/2011]] and his staff number is [[ID_NUMBER:HKB-1174]].""",
    """If grandma [[PERSON:Nena]] calls, tell her the appointment at the SVB office is on [[DATE_TIME:26 February at 10:00]] and [[PERSON:Ruthmila]] will drive her.""",
    """I'm [[PERSON:Sarah Fleming]] from [[LOCATION:Philipsburg]]; my SZV card [[ID_NUMBER:SZV 0211 3380]] shows the wrong birth date, [[DATE_TIME:1990-11-04]] instead of [[DATE_TIME:1990-04-11]].""",
    """Our cashier [[PERSON:Shaquille Benita]] is getting married, so the schedule from [[DATE_TIME:14 to 21 June]] needs cover.""",
    """Yesterday [[PERSON:ronny]] from the phone shop copied my sedula number [[ID_NUMBER:1994092217]] onto someone else's contract, so now I'm paying for two SIM cards.""",
    """The insurance adjuster, [[PERSON:Wilfred Koeiman]], will inspect my car at [[ADDRESS:Kaya Seru Loraweg 3]] on [[DATE_TIME:Monday 24 February]]; the plate is [[ID_NUMBER:PB-2071]].""",
    """[[PERSON:DeShawn Carter]] lives at [[ADDRESS:1123 Gulf Way]], [[LOCATION:Texas City]], [[LOCATION:TX]] [[ZIP_CODE:77590]] and works turnarounds at the refinery there; his Texas DL is [[US_DRIVER_LICENSE:30271844]].""",
    """Thanks for booking with us, [[PERSON:Mrs. Vermeulen]]! Your snorkel trip to [[LOCATION:Klein Curaçao]] is confirmed for [[DATE_TIME:Saturday, March 8]], pickup at 6:45 at the hotel lobby.""",
    """My name is [[PERSON:Imro Soemopawiro]], [[AGE:52]], and I'd like to cancel the broadband at [[ADDRESS:Soekhoestraat 19]], [[LOCATION:Commewijne]]; customer number [[ID_NUMBER:4471093]].""",
    """Please register [[PERSON:Yarzagaray]], [[PERSON:Rudolf]] (surname first, as on his ID) for the senior bus pass; his Aruban ID number is [[ID_NUMBER:1948120501]].""",
    """The school nurse called [[PERSON:Mrs. Lopez]] because [[PERSON:Ana]] had a fever; [[PERSON:Ana]]'s father can be reached at [[PHONE_NUMBER:+297 569 0331]].""",
    """According to the charity's records, [[PERSON:Kenneth Dissel]] has given monthly since [[DATE_TIME:March 2016]] and lives at [[ADDRESS:Grote Combéweg 41]], [[LOCATION:Paramaribo]].""",
    """Whoever runs [[URL:https://www.facebook.com/marlon.isenia.73]] keeps posting [[PERSON:Marlon]]'s home address, [[ADDRESS:Kaya Ambar 22]], [[LOCATION:Souax]].""",
    """[[PERSON:Henriquez]] from the harbour office says the tug roster for [[DATE_TIME:Sunday 2 March]] is [[TITLE:Capt.]] [[PERSON:Rojer]], deckhand [[PERSON:Jetro Palm]] and engineer [[PERSON:Edsel Beaujon]].""",
    """I booked the room under my maiden name, [[PERSON:Lotte de Boer]], and paid with card [[CREDIT_CARD:5528 0173 6604 8193]], so the hotel can't find [[PERSON:Lotte Peters]].""",
    """Mama's patient number at the clinic is [[ID_NUMBER:MC-1944-0617]] and her GP is [[PERSON:Dr. Mercelina]] in [[LOCATION:Mahuma]].""",
    """The gaming site closed [[USERNAME:reyesdelmar]]'s account after [[PERSON:Franklin Villalobos]] uploaded a blurry photo of his Venezuelan ID, [[ID_NUMBER:V-18.204.557]].""",
    """Could the landlord please fix the AC? – [[PERSON:Reshma]], [[ADDRESS:apt 2, Hofstraat 14]], [[LOCATION:Paramaribo]], [[PHONE_NUMBER:+597 858 2231]]""",
    pap("""Tanta [[PERSON:Mimi]] a manda e plaka pa [[PERSON:Jaïr]] su karchi di bùs riba su kuenta [[ID_NUMBER:1208447301]] na Banco di Caribe."""),
    """On [[DATE_TIME:17 February 2025]] [[PERSON:Jeannette Boasman]] of [[LOCATION:Dutch Quarter]] reported that her pay slip from the school board shows someone else's CRIB number, [[ID_NUMBER:102-448-913]].""",
    """Send the mortgage documents to [[PERSON:Wouter]] at [[EMAIL_ADDRESS:w.vdveen@kpnmail.nl]] and copy his partner, [[PERSON:Eline van der Veen]].""",
    """[[PERSON:Marcus]] told me his IP at home is [[IP_ADDRESS:190.88.217.44]] and that the router keeps restarting since the storm.""",
    """The lifeguard on duty, [[PERSON:Ricardo Sewnath]], [[AGE:24]], pulled a tourist from the water at [[LOCATION:Eagle Beach]] around noon.""",
    """At the border in [[LOCATION:Albina]], officers scanned [[PERSON:Sandra Adjako]]'s ID, [[ID_NUMBER:FB 304418]], and let her family through to [[LOCATION:Saint-Laurent]].""",
    """I'm writing on behalf of my father, [[PERSON:Pedro Arends]], who is [[AGE:81]] and cannot come to the AZV office; his number is [[ID_NUMBER:AZV 118 340 92]].""",
    """The new intern, [[PERSON:priya ramdin]], will shadow [[PERSON:Bhagwandin]] in accounts payable from [[DATE_TIME:3 March]].""",
    """Refund approved for [[PERSON:Mrs. K. Flanegin]]: USD 89.50 back to the Mastercard [[CREDIT_CARD:5466 1604 9823 1073]] she used at the souvenir shop in [[LOCATION:Oranjestad]].""",
    """My brother [[PERSON:Jurwin]] is a student in [[LOCATION:Rotterdam]]; he flies home on [[DATE_TIME:March 20]] and his Dutch number is [[PHONE_NUMBER:06-41873320]].""",
    """For the school trip, [[PERSON:Kiran]] ([[AGE:11]]) needs a signed form from his guardian, [[PERSON:Rajesh Oedit]], by Friday.""",
    nld("""Op [[DATE_TIME:maandag 10 februari]] heeft [[PERSON:Ricardo Pengel]] ([[AGE:41]]) uit [[LOCATION:Moengo]] zijn nieuwe ID-kaart opgehaald; het nummer is [[ID_NUMBER:FN 118207]]."""),
    """Tickets for the concert were bought by [[USERNAME:glenvert_w]] using the card ending 4418 and delivered to [[EMAIL_ADDRESS:glenvert.wernet@gmail.com]].""",
    """[[PERSON:Anthony]] from the cleaning crew at the airport, not the passenger [[PERSON:Anthony]], found the wallet; it had [[PERSON:Patrick O'Neill]]'s Irish driving licence, [[ID_NUMBER:D42170338]], inside.""",
    """The tax office sent [[PERSON:Daisy Cannegieter]]'s assessment to [[ADDRESS:P.O. Box 4120]], [[LOCATION:Philipsburg]], a box she closed in 2023.""",
    """Last week, [[PERSON:Mireille Pané]] ([[AGE:34]]) from [[LOCATION:Galibi]] registered her newborn, [[PERSON:Tanisha]], born [[DATE_TIME:2 February 2025]] in [[LOCATION:Albina]].""",
    """Mall security found a phone belonging to [[PERSON:Mr. Bryson]], and his wife's number, [[PHONE_NUMBER:+1 954 771 2083]], was on the lock screen.""",
    """We need [[PERSON:Rosmary Piña]]'s bank details for the refund: account [[ID_NUMBER:0102-0377-21-0100448213]] at Banco de Venezuela.""",
    """the gym app shows [[PERSON:kelvin]] checked in at 5:40 this morning, and his membership card is [[ID_NUMBER:00937714]].""",
    """Can you fix [[PERSON:Giselle Brete]]'s address in the system? It should be [[ADDRESS:Caya Papilon 62]], [[LOCATION:Santa Cruz]], not [[ADDRESS:Caya Papilon 26]].""",
    """[[PERSON:Naresh Ramdin]], a [[NRP:Surinamese]] taxi driver, was fined on [[DATE_TIME:5 March]] after officer [[PERSON:Kalloe]] found that his taxi permit [[ID_NUMBER:TX-0417]] had expired.""",
    """Please tell [[PERSON:Glenda]] in payroll that the SVB premium for [[PERSON:Aurelio Sulvaran]] was deducted twice in January; his staff number at the container terminal is [[ID_NUMBER:CT-7718]].""",
    """After the phishing email, [[PERSON:Ineke de Graaf]] reset her bank password from [[IP_ADDRESS:2a02:a446:1c3e:0:8d1:4ff2:9a0b:c3d1]] at home in [[LOCATION:Utrecht]].""",
]

TABLE = [
    """member_id,name,phone,joined,plan
[[ID_NUMBER:GYM-0412]],[[PERSON:Shurandy Doest]],[[PHONE_NUMBER:+599 9 563 2207]],[[DATE_TIME:2024-01-15]],Gold
[[ID_NUMBER:GYM-0413]],[[PERSON:Marisol Rojer]],[[PHONE_NUMBER:+599 9 691 0448]],[[DATE_TIME:2024-01-17]],Basic
[[ID_NUMBER:GYM-0418]],[[PERSON:Dennis Coffie]],[[PHONE_NUMBER:+599 9 527 8813]],[[DATE_TIME:2024-02-02]],Gold""",
    """"emp_no","name","dept","shift","mobile","start_date"
"[[ID_NUMBER:4102]]","[[PERSON:Rignald Koeiman]]","Housekeeping","A","[[PHONE_NUMBER:+297 592 4471]]","[[DATE_TIME:2019-11-04]]"
"[[ID_NUMBER:4117]]","[[PERSON:Shanaira Ras]]","Front Office","B","[[PHONE_NUMBER:+297 641 2093]]","[[DATE_TIME:2021-06-14]]"
"[[ID_NUMBER:4131]]","[[PERSON:Edwin Solognier]]","Banquets","A","[[PHONE_NUMBER:+297 733 8810]]","[[DATE_TIME:2023-02-01]]"
"[[ID_NUMBER:4140]]","[[PERSON:Maria Teresa Flanegin]]","Spa","C","[[PHONE_NUMBER:+297 596 0127]]","[[DATE_TIME:2024-08-19]]\"""",
    nld("""naam;geboortedatum;BSN;postcode;woonplaats;polis
[[PERSON:Daan Brouwer]];[[DATE_TIME:12-04-1983]];[[ID_NUMBER:165493021]];[[ZIP_CODE:3512 JE]];[[LOCATION:Utrecht]];Basis
[[PERSON:Femke Smit]];[[DATE_TIME:30-09-1990]];[[ID_NUMBER:302817645]];[[ZIP_CODE:1017 PT]];[[LOCATION:Amsterdam]];Basis+Tand
[[PERSON:Gerrit Dijkstra]];[[DATE_TIME:01-01-1956]];[[ID_NUMBER:218755302]];[[ZIP_CODE:8911 AC]];[[LOCATION:Leeuwarden]];Aanvullend 2"""),
    """owner\tpet\tspecies\tphone\tnext_visit
[[PERSON:Quincy Leito]]\tBolo\tdog\t[[PHONE_NUMBER:+599 9 690 4432]]\t[[DATE_TIME:2025-03-11]]
[[PERSON:Anouk Visser]]\tMies\tcat\t[[PHONE_NUMBER:+599 701 2297]]\t[[DATE_TIME:2025-03-12]]
[[PERSON:Ruben Janga]]\tChico\tdog\t[[PHONE_NUMBER:+599 796 8803]]\t[[DATE_TIME:2025-03-14]]
[[PERSON:Soliana Domacassé]]\tKiki\tparrot\t[[PHONE_NUMBER:717-3382]]\t[[DATE_TIME:2025-03-18]]""",
    """| Student | Grade | Guardian | Guardian phone |
|---|---|---|---|
| [[PERSON:Jayden Martis]] | 5 | [[PERSON:Yolanda Martis]] | [[PHONE_NUMBER:+599 9 518 2290]] |
| [[PERSON:Naïsha Cova]] | 5 | [[PERSON:Ivette Cova]] | [[PHONE_NUMBER:+599 9 561 0073]] |
| [[PERSON:Jeremy Felida]] | 6 | [[PERSON:Lourdes Felida]] | [[PHONE_NUMBER:+599 9 677 4418]] |""",
    """ patient_no |      name       |    dob     | insurer
------------+-----------------+------------+---------
 [[ID_NUMBER:P-100233]]   | [[PERSON:Ivette Wiel]]     | [[DATE_TIME:1966-05-21]] | Ennia
 [[ID_NUMBER:P-100241]]   | [[PERSON:Urvin Clemencia]] | [[DATE_TIME:1958-09-11]] | BZV
 [[ID_NUMBER:P-100256]]   | [[PERSON:Naomi Martina]]   | [[DATE_TIME:2001-12-30]] | Guardian
(3 rows)""",
    """{"parcel": "CW-PKG-771204", "to": "[[PERSON:Glenvert Wernet]]", "addr": "[[ADDRESS:Kaya Jacinto 4]]", "area": "[[LOCATION:Brievengat]]", "tel": "[[PHONE_NUMBER:+599 9 529 7720]]", "weight_kg": 2.4}
{"parcel": "CW-PKG-771209", "to": "[[PERSON:Marisela Cova]]", "addr": "[[ADDRESS:Kaya Kabritu 17]]", "area": "[[LOCATION:Seru Fortuna]]", "tel": "[[PHONE_NUMBER:+599 9 678 2219]]", "weight_kg": 0.8}
{"parcel": "CW-PKG-771215", "to": "[[PERSON:Stanley Constancia]]", "addr": "[[ADDRESS:Kaya Sint Anna 33]]", "area": "[[LOCATION:Sta. Maria]]", "tel": "[[PHONE_NUMBER:+599 9 512 3398]]", "weight_kg": 11.0}""",
    """volunteers:
  - name: [[PERSON:Ineke Bakker]]
    email: [[EMAIL_ADDRESS:ineke.bakker@kpnmail.nl]]
    phone: "[[PHONE_NUMBER:+31 6 51127740]]"
    shift: turtle nest patrol
  - name: [[PERSON:Elvis Piar]]
    email: [[EMAIL_ADDRESS:elvispiar@gmail.com]]
    phone: "[[PHONE_NUMBER:+599 796 1175]]"
    shift: beach clean-up
  - name: [[PERSON:Cicilia Martis]]
    email: [[EMAIL_ADDRESS:cmartis.bon@hotmail.com]]
    phone: "[[PHONE_NUMBER:+599 785 4420]]"
    shift: visitor centre""",
    """Name: [[PERSON:Evelyn Boekhoudt]]
AZV no.: [[ID_NUMBER:AZV 330 871 02]]
Born: [[DATE_TIME:01-12-1949]]
Card status: replaced

Name: [[PERSON:Duvan Figaroa]]
AZV no.: [[ID_NUMBER:AZV 602 118 75]]
Born: [[DATE_TIME:14-05-2018]]
Card status: new

Name: [[PERSON:Rendell Croes]]
AZV no.: [[ID_NUMBER:AZV 551 207 18]]
Born: [[DATE_TIME:18-07-1985]]
Card status: reprinted""",
    """HOLDER                 IBAN                        OPENED      TYPE
[[PERSON:Sanne van der Linden]]   [[IBAN_CODE:NL02ABNA0417283951]]          [[DATE_TIME:2012-03-05]]  current
[[PERSON:Bram Mulder]]            [[IBAN_CODE:NL89KNAB0254119873]]          [[DATE_TIME:2019-07-22]]  savings
[[PERSON:Lotte Mulder]]           [[IBAN_CODE:NL56BUNQ2061837459]]          [[DATE_TIME:2020-01-09]]  current""",
    """account,subscriber,service_address,static_ip,contact
[[ID_NUMBER:FL-220417]],[[PERSON:Giovanni Rosaria]],[[ADDRESS:Seru Papaya 31]],[[IP_ADDRESS:190.112.40.17]],[[PHONE_NUMBER:+599 9 566 0214]]
[[ID_NUMBER:FL-220433]],[[PERSON:Raysheline Girigorie]],[[ADDRESS:Kaya Flamboyan 7]],[[IP_ADDRESS:190.112.40.29]],[[EMAIL_ADDRESS:rgirigorie@gmail.com]]
[[ID_NUMBER:FL-220451]],[[PERSON:Edsel Marchena]],[[ADDRESS:Kaya Pachi 2]],[[IP_ADDRESS:190.112.41.3]],[[PHONE_NUMBER:+599 9 660 1738]]""",
    """"tenant";"unit";"address";"lease_start";"sedula"
"[[PERSON:Jurensly Paulina]]";"A1";"[[ADDRESS:Seru Grandi 88]]";"[[DATE_TIME:01-02-2024]]";"[[ID_NUMBER:1996030414]]"
"[[PERSON:Quensley Mercelina]]";"A2";"[[ADDRESS:Kaya Dr. Maalderink 12]]";"[[DATE_TIME:15-05-2023]]";"[[ID_NUMBER:1989112507]]"
"[[PERSON:Raymond Gomes Casseres]]";"B1";"[[ADDRESS:Kaya Hulanda 11]]";"[[DATE_TIME:01-09-2024]]";"[[ID_NUMBER:1977061822]]\"""",
    """| Crew | Rank | Seaman book | Nationality | DOB |
|------|------|-------------|-------------|-----|
| [[PERSON:Jetro Palm]] | Deckhand | [[ID_NUMBER:CW-SB-118204]] | [[NRP:Dutch]] | [[DATE_TIME:1994-06-02]] |
| [[PERSON:Edsel Beaujon]] | Engineer | [[ID_NUMBER:CW-SB-097731]] | [[NRP:Dutch]] | [[DATE_TIME:1981-01-19]] |
| [[PERSON:Yorman Petit]] | Oiler | [[ID_NUMBER:VE-SB-440218]] | [[NRP:Venezuelan]] | [[DATE_TIME:1990-10-07]] |
| [[PERSON:Rodel Manalo]] | Cook | [[ID_NUMBER:PH-SB-771094]] | [[NRP:Filipino]] | [[DATE_TIME:1986-03-25]] |""",
    """card_no\tholder\temail\tpoints\tlast_visit
[[ID_NUMBER:LY-0044120]]\t[[PERSON:Kiana Broussard]]\t[[EMAIL_ADDRESS:kiana.b@att.net]]\t1240\t[[DATE_TIME:2025-02-27]]
[[ID_NUMBER:LY-0044138]]\t[[PERSON:DeShawn Carter]]\t[[EMAIL_ADDRESS:dcarter.tc@gmail.com]]\t85\t[[DATE_TIME:2025-01-30]]
[[ID_NUMBER:LY-0044151]]\t[[PERSON:Travis Guidry]]\t[[EMAIL_ADDRESS:tguidry77@att.net]]\t3310\t[[DATE_TIME:2025-03-02]]""",
    """{"user": "[[USERNAME:KingOtrabanda]]", "email": "[[EMAIL_ADDRESS:jeandro.isenia@gmail.com]]", "last_ip": "[[IP_ADDRESS:190.88.70.142]]", "balance": 120.5, "vip": false}
{"user": "[[USERNAME:ElChamoMCBO]]", "email": "[[EMAIL_ADDRESS:dayana.quintero@cantv.net]]", "last_ip": "[[IP_ADDRESS:200.44.32.118]]", "balance": 0.0, "vip": false}
{"user": "[[USERNAME:reyesdelmar]]", "email": "[[EMAIL_ADDRESS:f.villalobos.r@gmail.com]]", "last_ip": "[[IP_ADDRESS:2800:bf0:8171:2e::a]]", "balance": 47.25, "vip": true}""",
    """booking,passenger,passport,nationality,departure,seat
AZ7K2Q,[[PERSON:Maria Elena Ruiz]],[[ID_NUMBER:AV4418207]],[[NRP:Colombian]],[[DATE_TIME:28/02/2025]],12A
AZ7K2Q,[[PERSON:Camilo Ruiz]],[[ID_NUMBER:AV5520931]],[[NRP:Colombian]],[[DATE_TIME:28/02/2025]],12B
BQ91LM,[[PERSON:Wouter Dekker]],[[ID_NUMBER:NT3F82KL6]],[[NRP:Dutch]],[[DATE_TIME:09/03/2025]],3C""",
    """ staff_no |       name        |   account    | bank
----------+-------------------+--------------+------
 [[ID_NUMBER:HR-2201]]  | [[PERSON:Ivan Hart]]         | [[ID_NUMBER:1002218740]]   | MCB
 [[ID_NUMBER:HR-2207]]  | [[PERSON:Sharine Obispo]]    | [[ID_NUMBER:4107734912]]   | BdC
 [[ID_NUMBER:HR-2215]]  | [[PERSON:Ruthmila Statia]]   | [[ID_NUMBER:2200459013]]   | RBC
 [[ID_NUMBER:HR-2219]]  | [[PERSON:Jeandro Hart]]      | [[ID_NUMBER:1002231189]]   | MCB
(4 rows)""",
    """| Role | Party | Address | ID |
|------|-------|---------|----|
| Plaintiff | [[PERSON:Quensley Mercelina]] | [[ADDRESS:Kaya Dr. Maalderink 12]], [[LOCATION:Curaçao]] | [[ID_NUMBER:1989112507]] |
| Defendant | [[PERSON:Jurensly Paulina]] | [[ADDRESS:Seru Grandi 88]], [[LOCATION:Curaçao]] | [[ID_NUMBER:1996030414]] |
| Counsel | [[TITLE:mr.]] [[PERSON:R.F. Wiel]] | Pietermaai 21 (office) | - |""",
    """users:
  - uid: [[USERNAME:srojer]]
    full_name: [[PERSON:Stanley Rojer]]
    email: [[EMAIL_ADDRESS:stanley.rojer@gmail.com]]
    groups: [vpn, scada-read]
  - uid: [[USERNAME:rcijntje_ops]]
    full_name: [[PERSON:Rignald Cijntje]]
    email: [[EMAIL_ADDRESS:rignald.c@hotmail.com]]
    groups: [vpn, scada-write]
  - uid: svc-backup
    full_name: Backup Service
    email: backup@localhost
    groups: [backup]""",
    """Patient: [[PERSON:Ruthmila Bernabela]]
Card: [[ID_NUMBER:ZVK-BO-0041729]]
Item: metformin 500 mg x 90
Pickup: [[DATE_TIME:2025-02-28]]

Patient: [[PERSON:Anthony Frans]]
Card: [[ID_NUMBER:ZVK-BO-0062210]]
Item: amlodipine 5 mg x 30
Pickup: [[DATE_TIME:2025-03-01]]

Patient: [[PERSON:Marloes Kuipers]]
Card: [[ID_NUMBER:ZVK-BO-0110584]]
Item: salbutamol inhaler
Pickup: [[DATE_TIME:2025-03-01]]""",
    """contractor,ssn,dl_state,dl_number,craft,badge_exp
[[PERSON:Dwayne Broussard]],[[US_SSN:431-72-8806]],TX,[[US_DRIVER_LICENSE:31447208]],Pipefitter,2025-09
[[PERSON:Travis Guidry]],[[US_SSN:456-21-7731]],TX,[[US_DRIVER_LICENSE:21894407]],Welder,2025-06
[[PERSON:Marcus Thibodeaux]],[[US_SSN:434-88-1025]],LA,[[US_DRIVER_LICENSE:008812744]],Insulator,2026-01
[[PERSON:Luis Ochoa]],[[US_SSN:627-04-3390]],TX,[[US_DRIVER_LICENSE:40019236]],Boilermaker,2025-11""",
    pap("""nòmber;fecha di nasementu;telefòn;adrès;posishon
[[PERSON:Jeremy Sambo]];[[DATE_TIME:14-02-2008]];[[PHONE_NUMBER:+599 9 684 2210]];[[ADDRESS:Kaya Kaktu 6]];portero
[[PERSON:Shurendy Capella]];[[DATE_TIME:03-07-2009]];[[PHONE_NUMBER:+599 9 511 7306]];[[ADDRESS:Kaya Watapana 40]];delantero
[[PERSON:Quiandro Daal]];[[DATE_TIME:22-11-2008]];[[PHONE_NUMBER:+599 9 697 4481]];[[ADDRESS:Kaya Bonchi 13]];defensa"""),
    """NAME                      ID NUMBER     DISTRICT         DOB
[[PERSON:Claudius Arrindell]]        [[ID_NUMBER:SX-0447721]]    [[LOCATION:St. Peters]]       [[DATE_TIME:1972-08-14]]
[[PERSON:Grisha Peterson]]           [[ID_NUMBER:SX-0610238]]    [[LOCATION:Middle Region]]    [[DATE_TIME:1988-03-02]]
[[PERSON:Keisha Nisbeth]]            [[ID_NUMBER:SX-0702216]]    [[LOCATION:St. Peters]]       [[DATE_TIME:1995-07-04]]
[[PERSON:Theophilus Wathey]]         [[ID_NUMBER:SX-0233907]]    [[LOCATION:Philipsburg]]      [[DATE_TIME:1951-01-23]]""",
    """handle\tprofile\treports\taction
[[USERNAME:sxm.foodie.tam]]\t[[URL:https://www.instagram.com/sxm.foodie.tam]]\t3\trestored
[[USERNAME:bonbini_xiomy]]\t[[URL:https://www.instagram.com/bonbini_xiomy]]\t1\tnone
[[USERNAME:marlon.isenia.73]]\t[[URL:https://www.facebook.com/marlon.isenia.73]]\t12\tdoxxing removed""",
    """ policy     | insured            | dob        | phone
------------+--------------------+------------+-----------------
 HI-7720184 | [[PERSON:Grisha Peterson]]    | [[DATE_TIME:1988-03-02]] | [[PHONE_NUMBER:+1 721 553 0981]]
 HI-7720211 | [[PERSON:Maurice Hyman]]      | [[DATE_TIME:1969-12-17]] | [[PHONE_NUMBER:+1 721 580 2247]]
 HI-7720230 | [[PERSON:Leona Gumbs]]        | [[DATE_TIME:1983-05-09]] | [[PHONE_NUMBER:+1 721 522 6614]]
(3 rows)""",
    """donor,card,amount,campaign
[[PERSON:Henk Bakker]],[[CREDIT_CARD:4929 4711 6205 5837]],250.00,Turtles 2025
[[PERSON:Kenneth Dissel]],[[CREDIT_CARD:6011 0048 2733 0156]],40.00,School meals
[[PERSON:Femke Bos]],[[CREDIT_CARD:3746 188302 55177]],75.00,Turtles 2025""",
    """{"room": 1207, "guest": "[[PERSON:Femke Bos]]", "email": "[[EMAIL_ADDRESS:femke.bos@ziggo.nl]]", "arrival": "[[DATE_TIME:2025-02-14]]", "departure": "[[DATE_TIME:2025-02-21]]", "rate": "BB"}
{"room": 1209, "guest": "[[PERSON:Kimberly Ochoa]]", "email": "[[EMAIL_ADDRESS:kim.ochoa88@yahoo.com]]", "arrival": "[[DATE_TIME:2025-02-15]]", "departure": "[[DATE_TIME:2025-02-19]]", "rate": "AI"}
{"room": 1302, "guest": "[[PERSON:Danielle Fontaine]]", "email": "[[EMAIL_ADDRESS:dfontaine@videotron.ca]]", "arrival": "[[DATE_TIME:2025-02-15]]", "departure": "[[DATE_TIME:2025-03-01]]", "rate": "RO"}""",
    """Applicant: [[PERSON:Ryan Lampe]]
ID: [[ID_NUMBER:1990021507]]
Current address: [[ADDRESS:Savaneta 231-B]]
Household: 3
Phone: [[PHONE_NUMBER:+297 560 4471]]

Applicant: [[PERSON:Nelly Rasmijn]]
ID: [[ID_NUMBER:1987091133]]
Current address: [[ADDRESS:Pos Chiquito 12]]
Household: 4
Phone: [[PHONE_NUMBER:(297) 736-2290]]

Applicant: [[PERSON:Edwin Solognier]]
ID: [[ID_NUMBER:1999010206]]
Current address: [[ADDRESS:Caya Santa Cruz 80]]
Household: 1
Phone: [[PHONE_NUMBER:+297 733 8810]]""",
    srn("""| Nen | Adresi | Telefon nomru | Gebortedei |
|-----|--------|---------------|------------|
| [[PERSON:Gracia Doekoe]] | [[ADDRESS:Kwattaweg 212]] | [[PHONE_NUMBER:8812047]] | [[DATE_TIME:12-03-1970]] |
| [[PERSON:Harvey Amoida]] | [[ADDRESS:Saramaccastraat 9]] | [[PHONE_NUMBER:8640931]] | [[DATE_TIME:05-11-1982]] |
| [[PERSON:Sarmi Karijo]] | [[ADDRESS:Commissaris Weytinghweg 77]] | [[PHONE_NUMBER:7420186]] | [[DATE_TIME:30-01-1991]] |"""),
    """flight,pax_name,dob,passport,frequent_flyer
KL0735,[[PERSON:Naomi Pieternella]],[[DATE_TIME:1993-09-17]],[[ID_NUMBER:NW5K83R17]],[[ID_NUMBER:FB 2210448901]]
KL0735,[[PERSON:Maarten de Groot]],[[DATE_TIME:1975-07-03]],[[ID_NUMBER:NP8L19C27]],
KL0735,[[PERSON:Esther Vermeulen]],[[DATE_TIME:1968-06-17]],[[ID_NUMBER:NR2D77H04]],[[ID_NUMBER:FB 1908834417]]""",
    nld("""Naam leerling;Geboortedatum;Ouder/verzorger;Telefoon;Adres
[[PERSON:Dewi Kromodimedjo]];[[DATE_TIME:09-05-2016]];[[PERSON:Wendy Kromodimedjo]];[[PHONE_NUMBER:884-6210]];[[ADDRESS:Indira Gandhiweg 402]]
[[PERSON:Kiran Oedit]];[[DATE_TIME:17-10-2013]];[[PERSON:Rajesh Oedit]];[[PHONE_NUMBER:871-3304]];[[ADDRESS:Sir Winston Churchillweg 221]]
[[PERSON:Tanisha Pané]];[[DATE_TIME:02-02-2019]];[[PERSON:Mireille Pané]];[[PHONE_NUMBER:866-0471]];[[ADDRESS:Galibi 14]]"""),
    """driver\tlicence\tvan\tphone
[[PERSON:Rudsel Thomas]]\t[[ID_NUMBER:CUR-B-0447218]]\tP-2204\t[[PHONE_NUMBER:+599 9 530 2214]]
[[PERSON:Dennis Coffie]]\t[[ID_NUMBER:CUR-B-0391106]]\tP-2209\t[[PHONE_NUMBER:+599 9 527 8813]]
[[PERSON:Jurwin Martis]]\t[[ID_NUMBER:CUR-C-0120774]]\tP-2211\t[[PHONE_NUMBER:+599 9 561 2284]]""",
    """referrals:
  - patient: [[PERSON:Edwin Arends]]
    azv: "[[ID_NUMBER:AZV 412 093 66]]"
    destination: [[LOCATION:Medellín]]
    appointment: [[DATE_TIME:2025-03-19 08:00]]
  - patient: [[PERSON:Evelyn Boekhoudt]]
    azv: "[[ID_NUMBER:AZV 330 871 02]]"
    destination: [[LOCATION:Bogotá]]
    appointment: [[DATE_TIME:2025-04-02 10:30]]""",
    """   svb_no   |        pensioner        | born       | bario
------------+-------------------------+------------+-------------
 [[ID_NUMBER:1960020219]] | [[PERSON:Dorothy Maria Sillé]]     | [[DATE_TIME:1960-02-02]] | [[LOCATION:Tera Kora]]
 [[ID_NUMBER:1957031109]] | [[PERSON:Carmen Rosaria]]          | [[DATE_TIME:1957-03-11]] | [[LOCATION:Souax]]
 [[ID_NUMBER:1944061707]] | [[PERSON:Venancia Mercelina]]      | [[DATE_TIME:1944-06-17]] | [[LOCATION:Mahuma]]
 [[ID_NUMBER:1951120430]] | [[PERSON:Euclides Obispo]]         | [[DATE_TIME:1951-12-04]] | [[LOCATION:Barber]]
(4 rows)""",
    """class,date,member,member_no
Spin 06:00,[[DATE_TIME:2025-03-04]],[[PERSON:Joris Hendriks]],[[ID_NUMBER:7712-BNR]]
Spin 06:00,[[DATE_TIME:2025-03-04]],[[PERSON:Quirine de Haan]],[[ID_NUMBER:7730-BNR]]
Yoga 18:30,[[DATE_TIME:2025-03-05]],[[PERSON:Marloes Kuipers]],[[ID_NUMBER:7741-BNR]]""",
    """| SIM | Owner | ID document | Activated |
|-----|-------|-------------|-----------|
| 8959901004471202417 | [[PERSON:Devika Bhagwandin]] | [[ID_NUMBER:FB 220471]] | [[DATE_TIME:2025-01-06]] |
| 8959901004471219902 | [[PERSON:Imro Soemopawiro]] | [[ID_NUMBER:FA 119034]] | [[DATE_TIME:2025-01-07]] |
| 8959901004471226075 | [[PERSON:Sandra Adjako]] | [[ID_NUMBER:FB 304418]] | [[DATE_TIME:2025-01-07]] |""",
    """{"time": "[[DATE_TIME:2025-03-03T08:01:44Z]]", "user": "[[USERNAME:m.dijkhoff]]", "src": "[[IP_ADDRESS:190.185.12.7]]", "action": "login", "result": "ok"}
{"time": "[[DATE_TIME:2025-03-03T08:02:10Z]]", "user": "[[USERNAME:x.tromp]]", "src": "[[IP_ADDRESS:190.185.12.44]]", "action": "login", "result": "fail"}
{"time": "2025-03-03T08:05:00Z", "user": "cron", "src": "127.0.0.1", "action": "rotate", "result": "ok"}""",
    """Insured: [[PERSON:Keisha Nisbeth]]
SZV card: [[ID_NUMBER:SZV 0188 2013]]
Date of birth: [[DATE_TIME:4 July 1995]]
GP: [[PERSON:Dr. Lynch]]

Insured: [[PERSON:Silveria Hodge-Brooks]]
SZV card: [[ID_NUMBER:SZV 0042 7716]]
Date of birth: [[DATE_TIME:22 June 1981]]
GP: [[PERSON:Dr. Meyers]]

Insured: [[PERSON:Claudius Arrindell]]
SZV card: [[ID_NUMBER:SZV 0193 4482]]
Date of birth: [[DATE_TIME:14 August 1972]]
GP: [[PERSON:Dr. Lynch]]""",
    """"request","cardholder","card","reason","requested"
"CR-3301","[[PERSON:Quincy Leito]]","[[CREDIT_CARD:4917 3058 6221 4035]]","worn chip","[[DATE_TIME:2025-02-18]]"
"CR-3302","[[PERSON:Marlène Habibe-Leito]]","[[CREDIT_CARD:3491 820557 63300]]","stolen","[[DATE_TIME:2025-02-18]]"
"CR-3307","[[PERSON:Shurandy Pietersz]]","[[CREDIT_CARD:4158 0627 7319 0428]]","lost","[[DATE_TIME:2025-02-19]]\"""",
    """EMP   NAME                    SHIFT  UNIT            MOBILE
[[ID_NUMBER:3301]]  [[PERSON:Ryan Koolman]]            A      Utilities       [[PHONE_NUMBER:+297 594 1180]]
[[ID_NUMBER:3318]]  [[PERSON:Glenbert Werleman]]       B      Sulphur plant   [[PHONE_NUMBER:+297 641 7302]]
[[ID_NUMBER:3324]]  [[PERSON:Mirto Eman]]              C      Tank farm       [[PHONE_NUMBER:+297 560 2281]]
[[ID_NUMBER:3340]]  [[PERSON:Michiel Dijkhoff]]        A      Jetty           [[PHONE_NUMBER:+297 593 6648]]""",
    """| Employee | Emergency contact | Relationship | Phone |
|---|---|---|---|
| [[PERSON:Ruud Smits]] | [[PERSON:Marloes Smits]] | spouse | [[PHONE_NUMBER:+31 6 44190827]] |
| [[PERSON:Shudarlyn Pieternella]] | [[PERSON:Naomi Pieternella]] | sister | [[PHONE_NUMBER:+599 9 563 8104]] |
| [[PERSON:Ivan Hart]] | [[PERSON:Jeandro Hart]] | son | [[PHONE_NUMBER:+599 9 520 7718]] |""",
    """holder\tparcel\tdistrict\tid_no\tsince
[[PERSON:Radjesh Mahabier]]\tperceel 1147\t[[LOCATION:Wanica]]\t[[ID_NUMBER:FA 004472]]\t[[DATE_TIME:1998-04-01]]
[[PERSON:Kenneth Dissel]]\tperceel 20-B\t[[LOCATION:Para]]\t[[ID_NUMBER:FB 118830]]\t[[DATE_TIME:2006-10-12]]
[[PERSON:Ingrid Sabajo]]\tperceel 7731\t[[LOCATION:Commewijne]]\t[[ID_NUMBER:FA 018834]]\t[[DATE_TIME:2011-02-28]]""",
    """teacher,subject,email,room
[[PERSON:Jeannette Boasman]],English,[[EMAIL_ADDRESS:jeannette.boasman@gmail.com]],B12
[[PERSON:Keisha Nisbeth]],Mathematics,[[EMAIL_ADDRESS:keisha.nisbeth@yahoo.com]],B14
[[PERSON:Cornelius Wescot]],Physical Ed.,[[EMAIL_ADDRESS:cwescot@caribserve.net]],Gym""",
    """runners:
  - bib: 101
    name: [[PERSON:Shurwendly Ellis]]
    age: [[AGE:23]]
    nationality: [[NRP:Dutch]]
  - bib: 102
    name: [[PERSON:Yorman Petit]]
    age: [[AGE:34]]
    nationality: [[NRP:Venezuelan]]
  - bib: 103
    name: [[PERSON:Sarah Fleming]]
    age: [[AGE:34]]
    nationality: [[NRP:Dutch]]""",
    """ customer_id |       name        |        email         |  zip
-------------+-------------------+----------------------+-------
        [[ID_NUMBER:5512]] | [[PERSON:Carlos Urdaneta]]   | [[EMAIL_ADDRESS:c.urdaneta@aol.com]]   | [[ZIP_CODE:33178]]
        [[ID_NUMBER:5530]] | [[PERSON:Kiana Broussard]]   | [[EMAIL_ADDRESS:kiana.b@att.net]]      | [[ZIP_CODE:77642]]
        [[ID_NUMBER:5547]] | [[PERSON:Jaïr Anthony]]      | [[EMAIL_ADDRESS:jair.anthony@me.com]]  | [[ZIP_CODE:33125]]
(3 rows)""",
    """worker;cedula;phone;city;since
[[PERSON:Wilmer Medina]];[[ID_NUMBER:V-16.447.902]];[[PHONE_NUMBER:+58 412-771 0293]];[[LOCATION:Punto Fijo]];[[DATE_TIME:2011-05-02]]
[[PERSON:Jhonny Sequera]];[[ID_NUMBER:V-19.022.815]];[[PHONE_NUMBER:+58 424-602 1184]];[[LOCATION:Coro]];[[DATE_TIME:2014-09-15]]
[[PERSON:Nelson Hernández]];[[ID_NUMBER:V-12.708.344]];[[PHONE_NUMBER:+58 416-650 4471]];[[LOCATION:Punto Fijo]];[[DATE_TIME:2003-01-20]]""",
    """Claimant: [[PERSON:Grisha Peterson]]
Claim: HC-25-0447
Loss date: [[DATE_TIME:06/09/2024]]
Adjuster: [[PERSON:Wilfred Koeiman]]

Claimant: [[PERSON:Tamara Lake]]
Claim: HC-25-0452
Loss date: [[DATE_TIME:11/09/2024]]
Adjuster: [[PERSON:Wilfred Koeiman]]

Claimant: [[PERSON:Omar Richardson]]
Claim: HC-25-0460
Loss date: [[DATE_TIME:11/09/2024]]
Adjuster: [[PERSON:Leona Gumbs]]""",
    """diver,cert_no,email,dives,arrival
[[PERSON:Daan de Wit]],[[ID_NUMBER:PADI-1804471]],[[EMAIL_ADDRESS:daan.dewit@xs4all.nl]],112,[[DATE_TIME:2025-03-08]]
[[PERSON:Femke de Wit]],[[ID_NUMBER:PADI-1904227]],[[EMAIL_ADDRESS:femke.dewit@xs4all.nl]],64,[[DATE_TIME:2025-03-08]]
[[PERSON:Patrick O'Neill]],[[ID_NUMBER:SSI-20177340]],[[EMAIL_ADDRESS:pat.oneill@eircom.net]],23,[[DATE_TIME:2025-03-10]]""",
    """{"platform": "facebook", "name": "[[PERSON:Marlon Isenia]]", "url": "[[URL:https://www.facebook.com/marlon.isenia.73]]", "followers": 812}
{"platform": "tiktok", "name": "[[PERSON:Shaqueel Doran]]", "url": "[[URL:https://www.tiktok.com/@shaq.doran]]", "followers": 20431}
{"platform": "linkedin", "name": "[[PERSON:Raysheline Girigorie]]", "url": "[[URL:https://www.linkedin.com/in/raysheline-girigorie]]", "followers": 390}""",
    """| Party | Capacity | Born | Address |
|-------|----------|------|---------|
| [[PERSON:Mirto Eman]] | seller | [[DATE_TIME:1961-04-30]] | [[ADDRESS:Kaya Lima 8]], [[LOCATION:Willemstad]] |
| [[PERSON:Sanne van der Linden]] | buyer | [[DATE_TIME:1979-10-12]] | [[ADDRESS:Keizersgracht 620]], [[ZIP_CODE:1017 ER]] [[LOCATION:Amsterdam]] |
| [[PERSON:Bram van der Linden]] | buyer | [[DATE_TIME:1977-02-08]] | [[ADDRESS:Keizersgracht 620]], [[ZIP_CODE:1017 ER]] [[LOCATION:Amsterdam]] |""",
    """patient\tdob\tdrug\tprescriber
[[PERSON:Urvin Clemencia]]\t[[DATE_TIME:11-09-1958]]\tmetformin 1000 mg\t[[PERSON:Dr. Ivette Martina]]
[[PERSON:Lourdes Felida]]\t[[DATE_TIME:09-12-1971]]\tlosartan 50 mg\t[[PERSON:Dr. Faneyte]]
[[PERSON:Joshua Wever]]\t[[DATE_TIME:23-06-2015]]\tamoxicillin 250 mg\t[[PERSON:Dr. Faneyte]]""",
    """EMPLOYEE              SSN           HIRE DATE   DEPT
[[PERSON:Kimberly Ochoa]]        [[US_SSN:527-40-1839]]   [[DATE_TIME:03/14/2016]]  Billing
[[PERSON:DeShawn Carter]]        [[US_SSN:461-09-2275]]   [[DATE_TIME:08/01/2019]]  Maintenance
[[PERSON:Kiana Broussard]]       [[US_SSN:433-61-0492]]   [[DATE_TIME:11/30/2021]]  Front desk""",
    """applicant,household,current_address,phone,registered
[[PERSON:Jacinta Romney]],4,[[ADDRESS:9 Sister Modesta Road]],[[PHONE_NUMBER:+1 721 527 3381]],[[DATE_TIME:2023-05-11]]
[[PERSON:Tamara Lake]],2,[[ADDRESS:Apartment 2B, 19 Welfare Road]],[[PHONE_NUMBER:+1 721 586 4410]],[[DATE_TIME:2024-02-20]]
[[PERSON:Ardwell Brooks]],5,[[ADDRESS:31 Bishop Hill Road]],[[PHONE_NUMBER:+1 721 581 3320]],[[DATE_TIME:2022-10-03]]""",
    """oncall:
  week_10:
    primary: {name: [[PERSON:Ruud Smits]], phone: "[[PHONE_NUMBER:+31 6 44190827]]", slack: "[[USERNAME:ruud.s]]"}
    secondary: {name: [[PERSON:Michiel Dijkhoff]], phone: "[[PHONE_NUMBER:+297 593 6648]]", slack: "[[USERNAME:mdijkhoff]]"}
  week_11:
    primary: {name: [[PERSON:Stanley Rojer]], phone: "[[PHONE_NUMBER:+599 9 561 0930]]", slack: "[[USERNAME:srojer]]"}""",
    """| Beneficiary | IBAN | Country |
|---|---|---|
| [[PERSON:Lukas Hoffmann]] | [[IBAN_CODE:DE44 5001 0517 5407 3249 31]] | [[LOCATION:Germany]] |
| [[PERSON:Elise Peeters]] | [[IBAN_CODE:BE62 0630 4218 7961]] | [[LOCATION:Belgium]] |
| [[PERSON:Bram Mulder]] | [[IBAN_CODE:NL08 RABO 0386 1047 25]] | [[LOCATION:Netherlands]] |
| [[PERSON:Wilfred Peña]] | [[IBAN_CODE:DO81 BPDO 0000 0000 2401 5883 6210]] | [[LOCATION:Dominican Republic]] |""",
    """"driver";"licence";"issued_in";"pickup";"car"
"[[PERSON:Maarten de Groot]]";"[[ID_NUMBER:5193847261]]";"[[LOCATION:Netherlands]]";"[[DATE_TIME:18-03-2025 14:20]]";"Kia Picanto"
"[[PERSON:Anjali Ramlal]]";"[[ID_NUMBER:RB-447120]]";"[[LOCATION:Suriname]]";"[[DATE_TIME:21-03-2025 09:00]]";"Toyota Yaris"
"[[PERSON:Patrick O'Neill]]";"[[ID_NUMBER:D42170338]]";"[[LOCATION:Ireland]]";"[[DATE_TIME:22-03-2025 16:45]]";"Suzuki Jimny\"""",
    """Student: [[PERSON:Jurensly Paulina]]
Student no.: [[ID_NUMBER:UOC-2021-0447]]
Programme: Law
Email: [[EMAIL_ADDRESS:jurensly.paulina@gmail.com]]

Student: [[PERSON:Naïsha Martina]]
Student no.: [[ID_NUMBER:UOC-2022-1180]]
Programme: Nursing
Email: [[EMAIL_ADDRESS:naisha.martina@hotmail.com]]

Student: [[PERSON:Jeremy Sambo]]
Student no.: [[ID_NUMBER:UOC-2024-0093]]
Programme: Engineering
Email: [[EMAIL_ADDRESS:jeremysambo08@gmail.com]]""",
    """number,current_owner,id_on_file,port_date
[[PHONE_NUMBER:+599 9 566 0214]],[[PERSON:Giovanni Rosaria]],[[ID_NUMBER:1982100311]],[[DATE_TIME:2025-03-10]]
[[PHONE_NUMBER:+599 9 684 1207]],[[PERSON:Urvin Doran]],[[ID_NUMBER:1967082514]],[[DATE_TIME:2025-03-11]]
[[PHONE_NUMBER:+599 9 697 2340]],[[PERSON:Marisela Sint Jago]],[[ID_NUMBER:1988040315]],[[DATE_TIME:2025-03-11]]""",
    """ chargeback | player        | card                | amount
------------+---------------+---------------------+--------
 CB-9901    | [[USERNAME:KingOtrabanda]] | [[CREDIT_CARD:4556 0193 8827 1454]] |  50.00
 CB-9904    | [[USERNAME:reyesdelmar]]   | [[CREDIT_CARD:4518 7730 0926 6841]] | 120.00
 CB-9910    | [[USERNAME:ElChamoMCBO]]   | [[CREDIT_CARD:2300 0965 1843 7729]] |  25.00
(3 rows)""",
    """stop\tchild\tage\tparent_phone
[[LOCATION:Brievengat]]\t[[PERSON:Jayson Martina]]\t[[AGE:7]]\t[[PHONE_NUMBER:+599 9 518 6307]]
[[LOCATION:Brievengat]]\t[[PERSON:Naïsha Cova]]\t[[AGE:10]]\t[[PHONE_NUMBER:+599 9 561 0073]]
[[LOCATION:Santa Rosa]]\t[[PERSON:Jeremy Felida]]\t[[AGE:11]]\t[[PHONE_NUMBER:+599 9 677 4418]]
[[LOCATION:Santa Rosa]]\t[[PERSON:Aaliyah Sambo]]\t[[AGE:8]]\t[[PHONE_NUMBER:+599 9 684 2210]]""",
]

CHAT = [
    """[[PERSON:Melissa]] (MCB Chat Support): Bon dia and welcome, how can I help you today?
[[PERSON:Raysheline Girigorie]]: hi, the ATM at the [[LOCATION:Santa Maria]] branch kept my debit card this morning
[[PERSON:Melissa]] (MCB Chat Support): I'm sorry to hear that! Can you confirm your date of birth and the last 4 digits of the card?
[[PERSON:Raysheline Girigorie]]: [[DATE_TIME:02/11/1991]], last 4 are 3318
[[PERSON:Melissa]] (MCB Chat Support): Thank you. I've blocked the card. The new one will be sent to [[ADDRESS:Kaya Flamboyan 7, unit 3]]; is that still correct?
[[PERSON:Raysheline Girigorie]]: yes. can you also update my phone to [[PHONE_NUMBER:+599 9 690 1123]]
[[PERSON:Melissa]] (MCB Chat Support): Done ✅ Anything else I can do for you?""",
    pap("""[08:12] [[PERSON:Yolanda Martina]]: Bon dia famia! Kon ta bai?
[08:13] Tanta [[PERSON:Mimi]]: Bon dia mi yu. Tur kos bon. [[PERSON:Jayson]] tin skol awe?
[08:15] [[PERSON:Yolanda Martina]]: Sí, ma e tin su sita na dòkter [[DATE_TIME:djabièrnè 14 di mart na 9'or]].
[08:16] [[PERSON:Jurensly]]: Mi por hib'é. Mi number nobo ta [[PHONE_NUMBER:+599 9 675 3309]], warda esaki.
[08:20] Tanta [[PERSON:Mimi]]: Danki [[PERSON:Jurensly]]! I no lubidá su karchi di BZV: [[ID_NUMBER:2017061528]]."""),
    """Marketplace – "Toyota Yaris 2014, Afl. 9,500"
[[PERSON:Ursell Trimon]]: Is this still available?
[[PERSON:Giselle Brete]]: Yes! Still available. Only 78,000 km.
[[PERSON:Ursell Trimon]]: Can I see it Saturday? I'm in [[LOCATION:San Nicolas]].
[[PERSON:Giselle Brete]]: Sure, come to [[ADDRESS:Caya Papilon 62]], [[LOCATION:Santa Cruz]] around 10. Call me at [[PHONE_NUMBER:+297 593 0718]] when you're outside.
[[PERSON:Ursell Trimon]]: 👍 I'll bring my cousin [[PERSON:Rendell]], he's a mechanic.
[[PERSON:Giselle Brete]]: ok. The plate is [[ID_NUMBER:A-24871]] if you want to check it with the tax office first.""",
    """#housekeeping-tower-b
[[PERSON:Marisela Cova]] 07:02: Morning team. [[PERSON:Nelly]] is out sick today, [[PERSON:Shanaira]] covers floors 11-12.
[[PERSON:Shanaira Ras]] 07:05: ok 👍
[[PERSON:Rignald Koeiman]] 07:09: Guest in 1207 ([[PERSON:Mrs. Bos]]) asked for late checkout + extra towels
[[PERSON:Marisela Cova]] 07:11: Fine, FO approved till 14:00. Lost & found: a passport in 1302, name [[PERSON:Danielle Fontaine]], number [[ID_NUMBER:HK204719]]. Bring it to the front desk, not the locker.
[[PERSON:Edwin Solognier]] 07:20: Can someone swap my Sunday? Call me [[PHONE_NUMBER:+297 733 8810]]""",
    srn("""[[PERSON:Soenita]] (Telesur): Odi! Fa mi kan yepi yu tide?
[[PERSON:Harvey Amoida]]: Odi. Mi internet no e waka sensi esde.
[[PERSON:Soenita]] (Telesur): Mi e sori fu dati. San na yu klantnomru?
[[PERSON:Harvey Amoida]]: [[ID_NUMBER:TS-77120931]]. A adresi na [[ADDRESS:Saramaccastraat 9]].
[[PERSON:Soenita]] (Telesur): Grantangi. Wan monteur sa kon tamara, [[DATE_TIME:7 maart]], fosi 12 yuru. Mi kan kari yu tapu [[PHONE_NUMBER:8640931]]?
[[PERSON:Harvey Amoida]]: Ai, dati bun. Grantangi."""),
    """[[PERSON:Leona Gumbs]]: Mommy turns [[AGE:70]] on [[DATE_TIME:April 5]] 🎉 who's handling the cake?
[[PERSON:Omar Gumbs]]: I'll do the cake. [[PERSON:Tasha]] can do the decorations
[[PERSON:Tasha Gumbs-Carty]]: sure. Send the money to my account at WIB, [[ID_NUMBER:1200447719]], I'll buy everything in [[LOCATION:Marigot]] Saturday
[[PERSON:Leona Gumbs]]: The hall is at [[ADDRESS:40 Walter Nisbeth Road]], [[LOCATION:Philipsburg]]; the manager is [[PERSON:Mr Hyman]], [[PHONE_NUMBER:+1 721 542 7130]]
[[PERSON:Omar Gumbs]]: is uncle [[PERSON:Cornelius]] coming from [[LOCATION:St. Kitts]]? his flight lands 2:15 pm""",
    pap("""[[PERSON:Shurendy Capella]]: Bon tardi, e mashin di laba ta disponibel ainda?
[[PERSON:Ivette Wiel]]: Sí, ainda. Ta NAf 350, e ta traha bon.
[[PERSON:Shurendy Capella]]: Mi por bini wak e djasabra?
[[PERSON:Ivette Wiel]]: Ta bon. Mi adrès ta [[ADDRESS:Kaya Kadushi 19]], [[LOCATION:Sta. Catharina]]. Yama mi na [[PHONE_NUMBER:+599 9 563 7702]] ora bo ta den porta.
[[PERSON:Shurendy Capella]]: Perfekto. Mi ta paga kèsh òf mi ta transferí pa bo kuenta?
[[PERSON:Ivette Wiel]]: Transferí ta mihó: MCB [[ID_NUMBER:20.771.508]], na nòmber di [[PERSON:I.M. Wiel]]."""),
    """#ops-alerts (Slack export)
[[PERSON:Ruud Smits]] 09:14: prod login spike from [[IP_ADDRESS:45.133.172.19]] hitting [[USERNAME:m.dijkhoff]]'s account, 400 attempts/min
[[PERSON:Michiel Dijkhoff]] 09:15: wasn't me 😅 resetting my password now
[[PERSON:Stanley Rojer]] 09:17: blocked the /24 at the WAF. [[PERSON:Michiel]], is your new MFA device the phone on [[PHONE_NUMBER:+297 593 6648]]?
[[PERSON:Michiel Dijkhoff]] 09:18: yes. send the incident report to [[EMAIL_ADDRESS:m.dijkhoff@setarnet.aw]], my work mail is locked
[[PERSON:Ruud Smits]] 09:26: post-mortem Thursday; build 10.2.14.3 has the fix""",
]

LOOKALIKE = [
    """ARRIVAL NOTICE – [[LOCATION:Willemstad]], [[LOCATION:Curaçao]]
Vessel: CARIBBEAN TRADER, IMO 9412073, voyage 25W07
B/L no.: CUR25010447   Container: MSCU 482917-3, seal ML-0044719
Customs declaration: CW-DEC-2025-0018842, HS code 8418.50.90, lot 2502-17
Consignee: Caribbean Cold Stores N.V., chamber of commerce no. 104477, warehouse 2 on Kaya Jombi Mensing, tel. +599 9 736 1100, imports@ccs-curacao.example
Notify party contact: [[PERSON:Edsel Winklaar]], mobile [[PHONE_NUMBER:+599 9 564 2081]]
Free time ends 2025-03-14; demurrage USD 85 per day thereafter.""",
    """Release notes – POS firmware 4.12.220.7 (replaces 4.12.219.30)
- SKU 88-2041-BLK and 88-2041-WHT now scan with EAN 8720044718304
- Bookshop module: ISBN 978-99904-0-317-6 and 978-90-71402-18-0 prices synced
- Fixed: receipt printer serial SN-PX4471-20931 not detected on boot
- Config hash sha256: 9f2c1e0b7a44d3e8a1c6b5f0e2d9a7c3b4e8f1a2c6d0e9b7a5f3c1e4d2b8a6f0
- Store device UUID 3f9a2c7e-41b8-4d0a-9e6f-2b7c18d4a905 re-registered
- Tested at the stores on Kaya Gobernador N. Debrot and Caya G.F. Betico Croes
- Support: pos-support@retailgroup.example, +297 588 4400 (Mon–Fri), order ref PO-2025-0441""",
    """BOOKING CONFIRMATION
Confirmation no.: 7HX4-220194 | Folio: F-30177 | Invoice: INV-2025-004471
Guest: [[PERSON:Danielle Fontaine]] ([[EMAIL_ADDRESS:dfontaine@videotron.ca]])
Room: Ocean View King, rate code RO-FLEX
Arrival [[DATE_TIME:12 Apr 2025]] – Departure [[DATE_TIME:19 Apr 2025]]
Hotel: on L.G. Smith Boulevard, opposite the marina, [[LOCATION:Oranjestad]], [[LOCATION:Aruba]]
Reservations: +297 527 1100 | reservations@hotel.example | hotel tax no. 1120447
Transfer: the shuttle leaves hourly from Queen Beatrix International Airport.""",
    nld("""FACTUUR 2025-00318
Datum: 28-02-2025
Leverancier: Bouwmaterialen Paramaribo N.V., Henck Arronstraat, [[LOCATION:Paramaribo]]
KKF-nummer: 38812 | Btw-nr.: 4401882207 | Tel. 597-471100 | verkoop@bouwmat.example
Klant: [[PERSON:Kenneth Dissel]], klantnummer [[ID_NUMBER:K-00871]]
Artikel 20-417 Cement 42,5 N (lot 2501-B), 40 zakken
Artikel 31-0092 Golfplaat 3 m, 25 stuks
Bestelling BST-77120, levering via route 4, chauffeurscode DR-11"""),
    """Lab batch report – run 2025-03-04
Reagent lot 44A71-2209, expiry 2026-01; analyser serial HX-9920417, software 7.1.0.22
Panels: Hodgkin follow-up (2), Cushing screen (1), Down syndrome NIPT (1), Parkinson's drug levels (1)
ATC codes dispensed: N04BA02, C09AA02, A10BA02
Sample 25-0304-0187 belongs to [[PERSON:Lourdes Felida]], born [[DATE_TIME:09-12-1971]]; all other samples are anonymised.
Orders ORD-771204 to ORD-771219; courier AWB 176-44182071""",
    """Tracking 1Z 8A4 471 03 9920 4178: delivered
AWB 729-10447215 (cargo), customs ref CW-IMP-25-004177, commercial invoice CI-88412
Shipper: ElectroParts Miami LLC, company reg. no. L19000447182, +1 305 592 4400, shipping@electroparts.example
Item: router, serial RT-AX55-L7D0P4401, MAC 04:D9:F5:1A:22:7C, firmware 3.0.0.4.386
Signed for by [[PERSON:Dennis Coffie]] at 14:22.""",
    """Change request CHG-004417: upgrade the switch stack to 15.2.7.4 (from 15.2.4.11).
Rollback image SHA1 3f7a2b9c1d4e6f8a0b2c4d6e8f0a1b3c5d7e9f1a; ticket INC-22091; asset UUID 8c1f7d2e-9a3b-4c5d-8e6f-7a8b9c0d1e2f.
Affected: VLAN 220 in the office building on Wilhelminaplein (no street number in the CMDB), rack B-07, patch panel PP-3.
Approver: [[PERSON:Stanley Rojer]]; implementer on call: [[PERSON:Ruud Smits]], [[PHONE_NUMBER:+31 6 44190827]].
Vendor TAC case 694471203, hotline +1 800 553 2447.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind144", STYLES, OUT)
    languages: Counter[str] = Counter()
    for records in STYLES.values():
        languages.update(LANGUAGE.get(markup, "English") for markup in records)
    print("records per language:")
    for language, n in languages.most_common():
        print(f"  {language:18s} {n}")


if __name__ == "__main__":
    main()

"""Build tests/data/blind37.jsonl: a thirty-seventh *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind37.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of the other gold sets
(every *.jsonl set, and the record lists inside the make_*.py scripts); only
these were read: lines 1-121 of make_blind22.py (its module docstring, with
the labeling conventions and the style descriptions, and its import lines)
and its closing scaffolding (from the line `STYLES = {` to the end of the
file), the whole of gold_sets.py, and lines 1-64 of make_handwritten.py (its
conventions, MARK, TITLE_IN_NAME and `parse()`). The import lines below
follow make_blind22.py. No git history was looked at. The detector, the
bench and the tests were never run on this file. Do not tune the detector
against it: once it has been used to tune, it no longer measures anything;
write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the national check digits inside the
French (RIB key), Spanish and Belgian IBANs are right too (worked out by
hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks cards and IBANs and refuses a bad one). National ids with a public check digit
(NHS number, Canadian SIN, Aadhaar, South African ID, Singapore NRIC / FIN,
Australian TFN and Medicare number, Irish PPSN, Brazilian CPF, Swedish
personnummer, Turkish T.C. kimlik and foreigners' 99- numbers, French NIR,
German Steuer-ID and Rentenversicherungsnummer) were given a valid one the
same way, agreeing with the person's sex and birth date where the id encodes
them and they show. UK NI numbers, US SSNs, PAN, Nigerian NIN and BVN,
Kenyan ids and KRA PINs, Philippine SSS numbers, passports, licences
(UK licence numbers follow the name / birth-date layout but their check
letters were not computed), plates, bank account numbers and staff,
student, member, participant and patient numbers were not checked.

Styles (ids `blind37-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Ireland, Canada, Australia, New Zealand, India, Nigeria,
Ghana, Kenya, South Africa, Singapore, the Philippines, the Gulf, the
Caribbean and the Pacific, with names from the many cultures living there);
the rest are in French, German, Swedish and Turkish:
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (single sentences and short messages packed with entity
  kinds), gretel-pii-masking-en-v1 (domain documents: medical, legal,
  financial, insurance, HR, education, logistics) and Nemotron-PII (forms,
  emails, tickets, log lines, JSON / YAML / SQL / HL7 / .env snippets,
  tracebacks, commit headers, call transcripts).
- `gen` (90): one to four sentences with personal data woven into prose, as
  a third-party LLM writes "realistic sentences with personal data", with
  weight on logistics and deliveries, university research consent,
  pharmacy, car rentals and traffic fines, immigration paperwork and
  customer support escalations, and the rest spread over banking, HR,
  schools, real estate, utilities, telecoms, weddings, clubs, churches,
  vets, hospitals, benefits, crowdfunding and social media.
- `table` (35): one labeled table per record rendered as text (CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks) with
  varied column names, non-PII columns beside the PII ones and a header row
  (never labeled) where the format has one.
- `chat` (8): chat and messaging threads (support live chat, WhatsApp,
  Slack, SMS, Teams, Discord), with clock times only as stamps.
- `lookalike` (7): mostly non-PII text full of identifiers that look like
  PII (tracking, waybill, container, order, invoice, lot and case
  references, SKUs, NDC codes, ISBNs, DOIs, versions shaped like
  IPs, hashes, UUIDs, VINs, company helplines, eponyms, streets named after
  people without a number), with the few real PII values labeled; one has
  no PII at all.

Labeling conventions: the same as in make_blind22.py (and the sets before
it), whose docstring lists them; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  rural routes with their box, house and building names; city, district,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any
  shape, times attached to them included; not bare years, weekdays alone,
  durations, or dates not tied to a person (sale, invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, IFSC and routing numbers, CVVs and expiries, PINs,
  order / ticket / claim / policy / booking / tracking references, company
  phone numbers and role mailboxes, versions, hashes, serials, partial
  numbers ("ending 4417"), pets, eponyms and brands named after people, a
  header row.
- The calls listed in make_blind22.py's docstring hold here too (table
  columns "sex", "gender", "role", "dept", "status" unlabeled, "age" AGE,
  "country" / "state" LOCATION, "nationality" NRP; "employer", "company"
  and "job_title" fields unlabeled; a building number or secondary address
  in its own field is ADDRESS; a "county" field is LOCATION; a time of day
  written with a person's date is inside the DATE_TIME span, a time alone
  is not; a "last login" timestamp of a person's account is DATE_TIME).
- Calls made while writing this set, in the same spirit: a weekday or a
  clock time said with the date belongs to the date's span ("Tuesday 28
  May, 7am-12pm", "05.08.2024 10:00"); the timestamp of a person's own
  action in a log or record (a login, a card transaction, a commit, a
  requested call-back, a delivery handed to them) is DATE_TIME, a system
  timestamp (message header, manifest or billing date) is not; a research
  participant or screening code is ID_NUMBER like a patient number, an
  ethics / protocol reference is not; frequent-flyer, library-card,
  loyalty and customs-clearance codes are member numbers (ID_NUMBER), and
  so is a professional registration number held by a person (GMC,
  pharmacist licence); prescription (Rx) numbers, penalty-notice and fine
  references, rental agreement numbers, USCIS receipt and visa case
  numbers, container, waybill and tracking numbers, VINs and IMEIs are
  references or serials and stay unlabeled; rental and fleet vehicle plates
  are ID_NUMBER like any plate; a "nationality" or "citizenship" field is
  NRP even when it holds a country name; a Turkish mahalle (neighbourhood)
  is LOCATION and the street with its No. / D. is ADDRESS; non-English and
  uppercase honorifics and ranks (Herr, Frau, M., Mme, Sayın, MR, MS, MSTR,
  Chief, Sgt., PC, Brother) are TITLE; a gate or key-safe code is a PIN.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind37.jsonl")

BENCH = [
    """Dear [[PERSON:Ms. Oyelaran]], a payment of £2,450.00 to [[IBAN_CODE:GB43 LOYD 3099 4821 0677 35]] was paused because the sign-in came from [[IP_ADDRESS:81.174.22.9]] rather than your usual device. If this was you, reply YES to the text we sent to [[PHONE_NUMBER:07700 918 245]].""",
    """Patient: [[PERSON:Hemi Walker-Tuhoe]]
NHI: [[ID_NUMBER:ZKT4829]]
DOB: [[DATE_TIME:03/11/1961]] ([[AGE:62]] y)
Address: [[ADDRESS:27 Kowhai Crescent]], [[LOCATION:Palmerston North]] [[ZIP_CODE:4410]]
Seen: [[DATE_TIME:14/02/2024 09:40]]
Presenting complaint: intermittent chest tightness on exertion for three weeks. ECG sinus rhythm, no acute changes. Troponin pending.
Plan: outpatient exercise test; return if pain at rest.""",
    """Hi [[PERSON:Zorion]], IT has created your intranet login [[USERNAME:zetxeberria]] with the temporary password Gaztelu#2024 (change it on first use). The HR form still shows your birth date as [[DATE_TIME:1987-09-04]] and your mobile as [[PHONE_NUMBER:+34 688 214 907]]; tell us if either is wrong.""",
    """LOAN APPLICATION SUMMARY
Applicant: [[PERSON:Bartholomew K. Ansah]]
SSN: [[US_SSN:529-41-8836]]
Date of Birth: [[DATE_TIME:April 2, 1975]]
Residence: [[ADDRESS:4418 Willow Bend Dr, Unit 12]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]]
Employer: Crestline Logistics LLC (Senior Dispatcher, 9 yrs)
Requested amount: $38,500 over 60 months
Checking account: [[ID_NUMBER:004417829163]] (routing 111000614)""",
    """[[DATE_TIME:2024-05-17T08:14:03.221Z]] INFO auth-service login_success user_id=[[ID_NUMBER:u_7730194]] email=[[EMAIL_ADDRESS:m.haddad@fastmail.com]] src_ip=[[IP_ADDRESS:2a02:c7c:9f41:2200:8d3e:1a07:55b2:e019]] ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15" session=9f2c1e0a mfa=totp""",
    """Reminder for [[PERSON:Mx. Rowan Achebe-Lindgren]]: your orthodontic appointment at Bright Smiles has moved to [[DATE_TIME:10/09/2024 at 3:45 PM]]. Free parking is behind the clinic. Questions about the new aligners can go to [[EMAIL_ADDRESS:rowan.al@protonmail.com]] (the address on your file) or to the front desk.""",
    """Claim Form - Motor
Policyholder: [[PERSON:Li Wei Chen]]
Policy No.: MTR-55201847
Vehicle registration: [[ID_NUMBER:SGX 4817 K]]
Date/time of incident: [[DATE_TIME:06 Mar 2024, approx. 19:30]]
Location of incident: junction of Bukit Timah Road and Dunearn Road
Driver's NRIC: [[ID_NUMBER:S8734102Z]]
Contact: [[PHONE_NUMBER:+65 8271 0394]]
Description: Third-party vehicle rear-ended insured car while stationary at red light. No injuries.""",
    """{"customer_id": "[[ID_NUMBER:CUST-00918273]]", "first_name": "[[PERSON:Ifeoma]]", "last_name": "[[PERSON:Chukwuma]]", "dob": "[[DATE_TIME:1990-12-01]]", "phone": "[[PHONE_NUMBER:+234 809 117 4402]]", "email": "[[EMAIL_ADDRESS:ifeoma.chukwuma@gmail.com]]", "bvn": "[[ID_NUMBER:22190437718]]", "tier": "gold", "kyc_level": 2}""",
    """The mural commissioned by [[PERSON:Kalani Pokipala]] for the community centre in [[LOCATION:Hilo]] will be unveiled next month; donors who want a plaque can reach her assistant at [[EMAIL_ADDRESS:kpokipala.studio@gmail.com]] or on [[PHONE_NUMBER:808-935-2716]].""",
    """DISCHARGE SUMMARY
Name: [[PERSON:Okwuosa]], [[PERSON:Chinedu]]    MRN: [[ID_NUMBER:00723815]]
Admitted: [[DATE_TIME:2024-01-08]]    Discharged: [[DATE_TIME:2024-01-12]]
Attending: [[PERSON:Dr. Margarethe Holm]]
Diagnosis: Community-acquired pneumonia, right lower lobe.
Follow-up: GP review in 7 days; repeat chest X-ray at 6 weeks.
Next of kin: [[PERSON:Adaora Okwuosa]] (wife), [[PHONE_NUMBER:0161 496 0732]]""",
    """# seed data for local dev - DO NOT COMMIT real users
users = [
    {"name": "[[PERSON:Tamsin Greaves]]", "email": "[[EMAIL_ADDRESS:tamsin.greaves@northwold.ac.uk]]", "role": "admin"},
    {"name": "[[PERSON:Obinna Eze]]", "email": "[[EMAIL_ADDRESS:obinna.eze@northwold.ac.uk]]", "role": "editor"},
]
DB_PASSWORD = "Northw0ld!2024"
""",
    """Account [[ID_NUMBER:41882093]] (holder [[PERSON:Esperanza Villalobos]]) was upgraded to Premium. Billing: [[CREDIT_CARD:6011 3827 5509 4212]], exp 11/27. Shipping to [[ADDRESS:1906 Calle Loma Linda]], [[LOCATION:Las Cruces]], [[LOCATION:NM]] [[ZIP_CODE:88001]].""",
    """THIS RESIDENTIAL LEASE is made on [[DATE_TIME:1 March 2024]] between [[PERSON:Graham Ellsworth]] ("Landlord") and [[PERSON:Amara Diallo]] and [[PERSON:Sékou Diallo]] ("Tenants") for the premises at [[ADDRESS:Unit 4, 77 Sutherland Street]], [[LOCATION:Paddington]], [[LOCATION:NSW]] [[ZIP_CODE:2021]]. The Tenants' contact number is [[PHONE_NUMBER:0431 882 607]]. Rent is $740 per week, payable fortnightly in advance.""",
    """EMPLOYEE ONBOARDING - PERSONAL DETAILS
Employee ID: [[ID_NUMBER:E-204817]]
Legal name: [[PERSON:Chidinma Grace Obi]]
Preferred name: [[PERSON:Chi]]
Date of birth: [[DATE_TIME:11 Aug 1994]]
Tax File Number: [[ID_NUMBER:876 150 348]]
Super fund member no.: [[ID_NUMBER:1048827731]]
Bank: BSB 062-914, Acct [[ID_NUMBER:1049 2281]]
Start date: [[DATE_TIME:15 July 2024]]
Emergency contact: [[PERSON:Uche Obi]] - [[PHONE_NUMBER:0402 116 953]]""",
    """[[PERSON:Kasimir]], the VPN logs show your laptop (MAC 3C:22:FB:91:0A:7E) connecting from [[IP_ADDRESS:10.48.7.212]] and then from [[IP_ADDRESS:185.220.101.44]] within two minutes. Please call IT on ext. 4410 before you log in again.""",
    """Kundkort
Namn: [[PERSON:Linnea Håkansson]]
Personnummer: [[ID_NUMBER:19850312-2981]]
Adress: [[ADDRESS:Vasagatan 17 lgh 1102]], [[ZIP_CODE:411 24]] [[LOCATION:Göteborg]]
Mobil: [[PHONE_NUMBER:073-615 40 28]]
E-post: [[EMAIL_ADDRESS:linnea.hakansson@bredband.net]]
IBAN: [[IBAN_CODE:SE45 5000 0000 0583 9825 7466]]
Kundsegment: Privat""",
    """Müşteri Bilgi Formu
Ad Soyad: [[PERSON:Zeynep Kocabaş]]
T.C. Kimlik No: [[ID_NUMBER:38492017510]]
Doğum Tarihi: [[DATE_TIME:14.09.1987]]
Adres: [[LOCATION:Caferağa Mah.]] [[ADDRESS:Moda Cad. No: 112 D: 5]], [[ZIP_CODE:34710]] [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]]
Cep Tel: [[PHONE_NUMBER:0533 721 48 06]]
IBAN: [[IBAN_CODE:TR30 0006 2000 0000 6297 8435 21]]""",
    """From: [[PERSON:Deepika Narayanan]] <[[EMAIL_ADDRESS:deepika.n@vellorecorp.in]]>
To: payroll@vellorecorp.in
Date: [[DATE_TIME:Mon, 22 Apr 2024 09:12:55 +0530]]
Subject: Salary account change

Hi team, please credit my salary from May onwards to the new account [[ID_NUMBER:50100482719364]] (IFSC HDFC0001823). My PAN is [[ID_NUMBER:AKRPN4912L]] for reference.
Thanks, [[PERSON:Deepika]]""",
    """Congratulations [[PERSON:Bjørn-Ole]]! Loyalty member [[ID_NUMBER:LP-7730-2291]] now has 12,400 points, and your birthday voucher will land in [[EMAIL_ADDRESS:bo.sandvik@online.no]] on [[DATE_TIME:18 November]].""",
    """IN THE DISTRICT COURT OF [[LOCATION:HARRIS COUNTY]], [[LOCATION:TEXAS]]
Cause No. 2024-18832
[[PERSON:MARISOL ECHEVERRÍA]], Petitioner, v. [[PERSON:DWAYNE PATTERSON]], Respondent.
Petitioner resides at [[ADDRESS:9150 Bellaire Blvd Apt 2106]], [[LOCATION:Houston]], [[LOCATION:Texas]] [[ZIP_CODE:77036]]. The last four digits of Petitioner's Social Security number are 4419. Hearing set for [[DATE_TIME:June 11, 2024, at 9:00 a.m.]]""",
    """Fleet record - vehicle assignment
Driver: [[PERSON:Sebastián Orozco]]
Licence no.: [[US_DRIVER_LICENSE:O621-447-89-013-0]]
State: [[LOCATION:FL]]
Plate: [[ID_NUMBER:QJT 48P]]
VIN: 1HGCV1F34PA018827
Assigned: [[DATE_TIME:2024-02-26]]
Home base: [[LOCATION:Tampa]] depot""",
    """To whom it may concern: [[PERSON:Aigerim Bekova]], [[AGE:29]], has worked as our lead UX researcher since [[DATE_TIME:September 2020]]. Her passport ([[ID_NUMBER:N11837204]]) and work permit are on file with HR; please direct reference requests to hr@kestrel.io.""",
    """PRESCRIPTION
Patient: [[PERSON:Harold Fitzsimmons]]    DOB: [[DATE_TIME:07/19/1944]]
Address: [[ADDRESS:88 Pleasant St]], [[LOCATION:Worcester]], [[LOCATION:MA]] [[ZIP_CODE:01609]]
Rx: Atorvastatin 40 mg tab, #90, sig: 1 tab PO qHS, refills: 3
Prescriber: [[PERSON:Dr. Nadia Rahman]] (Internal Medicine)
Date written: [[DATE_TIME:03/05/2024]]""",
    """smtp:
  host: mail.fernhill-dental.co.nz
  port: 587
  username: [[USERNAME:mhuata]]
  password: "K1wi-Smile#88"
alerts:
  on_call_name: [[PERSON:Mereana Huata]]
  on_call_mobile: "[[PHONE_NUMBER:+64 27 552 0841]]"
  escalate_to: [[EMAIL_ADDRESS:mereana.huata@fernhill-dental.co.nz]]""",
    """Hi, I'm [[PERSON:Nomvula]] from the [[LOCATION:Soweto]] branch. Client [[PERSON:Lebogang Sithole]] (ID [[ID_NUMBER:8806145127082]]) wants to close his account and move the balance to Capitec. He was born [[DATE_TIME:14 June 1988]], which matches the ID.""",
    """CLINICAL TRIAL SCREENING LOG - Protocol ONC-3317
Site: 014 ([[LOCATION:Leeds]])
Screening no.: [[ID_NUMBER:014-0092]]
Initials: [[PERSON:R.T.M.]]
Year of birth: 1958
Sex: F
Consent signed: [[DATE_TIME:29-Jan-2024 10:05]]
Eligibility: ECOG 1; eGFR 64; prior platinum therapy - ELIGIBLE
Screened by: [[PERSON:Nurse Philippa Grant]]""",
    """Ticket #88213 | Priority: High | Channel: Email
Requester: [[PERSON:Tomasz Kowalczyk]] <[[EMAIL_ADDRESS:t.kowalczyk@wp.pl]]>
Company: Baltic Timber Sp. z o.o.
Subject: Cannot access invoices after password reset
Body: After the reset on Friday my login [[USERNAME:tkowalczyk_bt]] shows "account locked". I tried from the office ([[IP_ADDRESS:83.238.14.190]]) and from home. Please unlock ASAP, month-end close is Tuesday.
Assignee: [[PERSON:Rhiannon Pryce]]""",
    """The school nurse needs [[PERSON:Emeka]]'s allergy plan updated before the residential trip; please send it to [[PERSON:Mrs. Ayodele]] at [[EMAIL_ADDRESS:f.ayodele@stmarksprimary.org.uk]] and copy in his dad, [[PERSON:Ikenna Nwankwo]].""",
    """STATEMENT OF ACCOUNT
Account holder: [[TITLE:MR]] [[PERSON:JAMES O'SULLIVAN]]
Address: [[ADDRESS:21 Sunday's Well Road]], [[LOCATION:Cork]], [[ZIP_CODE:T23 KP80]]
IBAN: [[IBAN_CODE:IE80 BOFI 9000 1728 3940 51]]   BIC: BOFIIE2D
Period: 01/03/2024 - 31/03/2024
02/03 DD ELECTRIC IRELAND          -112.40
08/03 SEPA CREDIT [[PERSON:M O SULLIVAN]]      +250.00
15/03 CARD 4417 TESCO              -63.18""",
    """POST /api/v2/bookings HTTP/1.1
Host: api.swiftrent.com
X-Forwarded-For: [[IP_ADDRESS:92.40.181.7]]
Content-Type: application/json

{"driver":{"full_name":"[[PERSON:Aoife Brennan]]","dob":"[[DATE_TIME:1992-06-30]]","licence_no":"[[ID_NUMBER:BRENN956302A99XY]]","licence_country":"[[LOCATION:United Kingdom]]"},"pickup":"LHR-T5","dropoff":"EDI","card":{"number":"[[CREDIT_CARD:5456132099440173]]","exp":"09/28","cvc":"***"}}""",
    """[[PERSON:Guadalupe]] turns [[AGE:40]] on [[DATE_TIME:the 14th of December]]!! Chip in for her gift through my Venmo @[[USERNAME:danny-orozco-7]] and please don't tell her.""",
    """CONFIDENTIAL - HR CASE NOTE
Employee: [[PERSON:Marcus Delacroix-Hale]] (Staff No. [[ID_NUMBER:004812]])
Manager: [[PERSON:Yvonne Achterberg]]
Meeting date: [[DATE_TIME:12 April 2024, 14:00]]
Summary: Second instance of unauthorised absence ([[DATE_TIME:4 April]] and [[DATE_TIME:8 April]]). Employee cited childcare issues. Outcome: first written warning; referral to EAP.
Union representative present: [[PERSON:Gareth Lloyd]]""",
    """MSH|^~\\&|LABSYS|STVINCENT|EHR|STVINCENT|20240311093012||ORU^R01|MSG004418|P|2.5
PID|1||[[ID_NUMBER:MRN88172035]]^^^STV^MR||[[PERSON:PARK]]^[[PERSON:JI-HOON]]||[[DATE_TIME:19810427]]|M|||[[ADDRESS:55 HARBOUR ST]]^^[[LOCATION:SYDNEY]]^[[LOCATION:NSW]]^[[ZIP_CODE:2000]]||[[PHONE_NUMBER:(02)92514408]]
OBX|1|NM|2345-7^Glucose^LN||6.1|mmol/L|3.9-7.8|N|||F""",
    """Please update the shipping profile for [[PERSON:Anjali Deshmukh-Roy]]: new address [[ADDRESS:B-1402, Lodha Bellissimo, N.M. Joshi Marg]], [[LOCATION:Mahalaxmi]], [[LOCATION:Mumbai]] [[ZIP_CODE:400011]]; alternate phone [[PHONE_NUMBER:022 2491 7730]].""",
    """Bewerbung - Stammdaten
Name: [[PERSON:Weidenfeller]], [[PERSON:Jörg]]
Geburtsdatum: [[DATE_TIME:22.04.1971]]
Anschrift: [[ADDRESS:Am Kupfergraben 6]], [[ZIP_CODE:10117]] [[LOCATION:Berlin]]
Telefon: [[PHONE_NUMBER:030 / 2847 1190]]
Steuer-ID: [[ID_NUMBER:65 082 197 536]]
Rentenversicherungsnr.: [[ID_NUMBER:65 220471 W 011]]
Staatsangehörigkeit: [[NRP:deutsch]]
Gewünschtes Gehalt: 68.000 EUR brutto""",
    """Dear valued customer [[PERSON:Ikaika Kealoha]], the firmware on your router (serial RT-AX58U-0093) has been updated to 3.0.0.4.388. Your public IP address is now [[IP_ADDRESS:66.8.129.41]], and the admin page is reachable only from inside your home network.""",
    """STUDENT RECORD - Greenfield Secondary
Name: [[PERSON:Tariq Al-Amin]]
Student no.: [[ID_NUMBER:GS-2019-0447]]
DOB: [[DATE_TIME:3 Feb 2009]]
Year group: 10
Guardian: [[PERSON:Samira Al-Amin]] ([[PHONE_NUMBER:07412 660 918]])
Medical: Asthma - inhaler kept at reception.
Religion (for catering): [[NRP:Muslim]]""",
    """Booking confirmation QF-7X2KL9
Passenger 1: [[TITLE:MS]] [[PERSON:AMELIA ROSE HARTIGAN]]
Passenger 2: [[TITLE:MSTR]] [[PERSON:OLIVER HARTIGAN]]
Frequent flyer: [[ID_NUMBER:QF 4418 2093]]
Contact: [[EMAIL_ADDRESS:amelia.hartigan@bigpond.com]], [[PHONE_NUMBER:+61 412 938 207]]
Flight QF1 SYD-LHR departing [[DATE_TIME:21 Dec 2024 15:35]]
Seats 44A, 44B. Baggage: 2 x 23 kg.""",
    """My nephew [[PERSON:Dmitri]] set up the smart doorbell, so the account is under his email, [[EMAIL_ADDRESS:dmitri.v.sokolov@mail.ru]], and the Wi-Fi password is Sunflower1962. The house is [[ADDRESS:31 Orchard Lane]], [[LOCATION:Guelph]], [[LOCATION:ON]] [[ZIP_CODE:N1H 4B8]].""",
    """FORM W-9 (excerpt)
Name: [[PERSON:Nguyen Van Thanh]]
Business name: Golden Lotus Nail Studio LLC
Address: [[ADDRESS:2217 E Colonial Dr, Ste 104]]
City, state, ZIP: [[LOCATION:Orlando]], [[LOCATION:FL]] [[ZIP_CODE:32803]]
Taxpayer Identification Number: SSN [[US_SSN:589-30-7142]]
Signature: ______  Date: [[DATE_TIME:01/18/2024]]""",
    """Mar 14 02:17:55 bastion-02 sshd[28831]: Failed password for invalid user oracle from [[IP_ADDRESS:45.134.26.118]] port 51244 ssh2
[[DATE_TIME:Mar 14 02:18:02]] bastion-02 sshd[28835]: Accepted publickey for [[USERNAME:lfaleolo]] from [[IP_ADDRESS:101.98.44.7]] port 60412 ssh2: ED25519 SHA256:q3Zf8kLm0Xy7""",
    """Greetings [[PERSON:Prof. Ingrid Solberg]], your speaker badge for the Nordic Pharma Summit will be posted to [[ADDRESS:Thorvald Meyers gate 58]], [[ZIP_CODE:0552]] [[LOCATION:Oslo]]. For dietary needs (vegan, halal, kosher) simply reply to this message.""",
    """APPLICATION FOR TEMPORARY RESIDENCE - SECTION A
Family name: [[PERSON:OKONJO]]
Given name(s): [[PERSON:Adaeze Chiamaka]]
Date of birth (DD/MM/YYYY): [[DATE_TIME:09/03/1990]]
Place of birth: [[LOCATION:Enugu]], [[LOCATION:Nigeria]]
Citizenship: [[NRP:Nigerian]]
Passport number: [[ID_NUMBER:A10428317]]
NIN: [[ID_NUMBER:48203917754]]
Current address: [[ADDRESS:14 Bode Thomas Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]
Intended date of arrival: [[DATE_TIME:01/09/2024]]""",
    """[CRM] Contact updated by agent [[USERNAME:jpatel02]]
- Name: [[PERSON:Folasade Williams-Adebayo]]
- Mobile: [[PHONE_NUMBER:+44 7700 916 554]] (was [[PHONE_NUMBER:+44 7700 900 123]])
- Preferred contact: SMS
- Marketing opt-in: No""",
    """Objet : Demande de remboursement - dossier client
Madame, Monsieur,
Je soussigné [[PERSON:Thibault Garnier]], demeurant au [[ADDRESS:47 boulevard Carnot]], [[ZIP_CODE:59800]] [[LOCATION:Lille]], sollicite le remboursement des frais de livraison facturés deux fois. Mon numéro client est [[ID_NUMBER:FR-0048213]] et les sommes peuvent être versées sur le compte [[IBAN_CODE:FR76 3000 4018 2300 0120 4773 528]].
Fait à [[LOCATION:Lille]], le [[DATE_TIME:12 février 2024]].
[[PERSON:T. Garnier]] - [[PHONE_NUMBER:+33 6 74 28 19 05]]""",
    """[[PERSON:Wanjiru]], the KRA PIN on your loan application ([[ID_NUMBER:A009274183K]]) does not match the one linked to your national ID [[ID_NUMBER:28471093]]. Please bring both documents to any branch, or reply from [[PHONE_NUMBER:0711 284 930]], the number we have on file.""",
    """PATIENT: "Biscuit" (Canine, Labrador, 7y, MN)
OWNER: [[PERSON:Craig]] & [[PERSON:Leanne Whitmore]]
ADDRESS: [[ADDRESS:6 Kestrel Rise]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 8PL]]
PHONE: [[PHONE_NUMBER:01423 557 204]]
VISIT: [[DATE_TIME:22/05/2024]] - lame L fore, 2 days. Exam: pain on carpal flexion. Rx: meloxicam 1.5 mg/ml, 0.1 ml/kg SID x 5 days. Recheck 1 week.
VET: [[PERSON:A. Marangoni]] MRCVS""",
    """Traceback (most recent call last):
  File "/srv/app/billing/charge.py", line 88, in charge_customer
    gateway.charge(card="[[CREDIT_CARD:4008372611905586]]", amount=4999, email="[[EMAIL_ADDRESS:g.mwale@zamtel.zm]]")
  File "/srv/app/billing/gateway.py", line 41, in charge
    raise CardDeclined(code=51)
billing.gateway.CardDeclined: insufficient funds (customer_id=[[ID_NUMBER:ZM-771203]])""",
    """Hello [[PERSON:Mr. Ramaswamy]], we have reset the password for [[USERNAME:vramaswamy.ca]]. The new temporary password is Tq!82mzeW and must be changed at first login. If you did not request this, call us on 1-888-555-0147.""",
    """INCIDENT REPORT #24-0031876
Reporting officer: [[TITLE:Sgt.]] [[PERSON:Danielle Whitfield]], badge [[ID_NUMBER:2291]]
Date/time: [[DATE_TIME:03/16/2024 23:40]]
Location: parking lot, [[ADDRESS:1822 W Division St]], [[LOCATION:Chicago]], [[LOCATION:IL]]
Victim: [[PERSON:Luis Ángel Márquez]], M, [[AGE:34]], DOB [[DATE_TIME:08/02/1989]]
Narrative: Victim reported that his vehicle, a 2017 Honda Civic, [[LOCATION:IL]] plate [[ID_NUMBER:DL 48213]], was broken into and a laptop bag taken from the back seat.""",
    """Hyresavtal - parter
Hyresvärd: Brf Solrosen 12, org.nr 769612-4410
Hyresgäst: [[PERSON:Mikael Öberg]], personnummer [[ID_NUMBER:891130-2373]]
Lägenhet: [[ADDRESS:Solrosvägen 12, lgh 1203]], [[ZIP_CODE:752 36]] [[LOCATION:Uppsala]]
Tillträde: [[DATE_TIME:1 september 2024]]
Telefon: [[PHONE_NUMBER:+46 70 552 81 49]]
Månadshyra: 8 940 kr""",
    """We are pleased to inform [[PERSON:Chukwudi]] that the scholarship committee has approved his application. Funds will be paid into account [[ID_NUMBER:0123847765]] at GTBank once his BVN, [[ID_NUMBER:22419087361]], is verified.""",
    """Telehealth visit note
Patient [[PERSON:Savannah Redcloud]], [[AGE:27]], called from [[LOCATION:Rapid City]], [[LOCATION:SD]] on [[DATE_TIME:Feb 9, 2024 at 7:15 PM]] reporting 2 days of fever and dysuria. Allergies: sulfa. Pharmacy of choice: Walgreens, [[ADDRESS:1120 E North St]]. Prescribed nitrofurantoin 100 mg BID x5d.""",
    """{"device_id":"thermo-8f3a21","owner":{"name":"[[PERSON:Katarzyna Lewandowska]]","email":"[[EMAIL_ADDRESS:kasia.lew@o2.pl]]"},"install_address":"[[ADDRESS:ul. Długa 14/3]], [[ZIP_CODE:31-146]] [[LOCATION:Kraków]]","wifi_mac":"B8:27:EB:4C:19:A2","last_seen_ip":"[[IP_ADDRESS:89.64.22.181]]","firmware":"2.14.1"}""",
    """[[PERSON:Olamide]]'s new number is [[PHONE_NUMBER:+234 (0) 706 218 4490]] - save it before the group moves to the new app.""",
    """[[DATE_TIME:2 May 2024]]

Dear [[TITLE:Mr]] and [[PERSON:Mrs Hardcastle]],
Re: Mortgage account [[ID_NUMBER:7720118493]], [[ADDRESS:12 Abbots Walk]], [[LOCATION:Cirencester]] [[ZIP_CODE:GL7 1XR]]
Your fixed rate of 1.79% ends later this year. To talk through your options, call your adviser [[PERSON:Nadia Kowalski]] on [[PHONE_NUMBER:01285 643 220]].""",
    """# .env.production (found in a public repo)
ADMIN_EMAIL=[[EMAIL_ADDRESS:r.baptiste@lunamarket.ht]]
ADMIN_PHONE=[[PHONE_NUMBER:+509 3712 4480]]
STRIPE_SECRET=sk_live_51Hx...redacted
OWNER_NAME="[[PERSON:Rose-Mitha Baptiste]]"
SUPPORT_EMAIL=support@lunamarket.ht""",
    """Driver [[PERSON:Abdirahman Warsame]] of vehicle [[ID_NUMBER:KDA 482X]] completed the [[LOCATION:Mombasa]]-[[LOCATION:Nairobi]] run at 04:50; his fuel card [[CREDIT_CARD:5168 3420 7719 4051]] was used twice in [[LOCATION:Mtito Andei]].""",
    """INFORMED CONSENT RECORD
Study: Effects of Bilingualism on Working Memory (Ethics ref. 2023/0871)
Participant name: [[PERSON:Hyun-woo Jang]]
Participant ID: [[ID_NUMBER:BWM-112]]
Age: [[AGE:21]]
Contact email: [[EMAIL_ADDRESS:hjang27@student.ubc.ca]]
I consent to audio recording: YES
I consent to my anonymised data being shared in a public repository: NO
Signature: [[PERSON:H. Jang]]    Date: [[DATE_TIME:2023-10-17]]
Researcher: [[PERSON:Dr. Camille Fortin]]""",
    """MANIFEST 2024-06-14 | Route 7 | Van [[ID_NUMBER:BX19 KFW]]
Stop 12: [[PERSON:R. Okonkwo-Hale]], [[ADDRESS:Flat 6, 41 Whitworth Street]], [[LOCATION:Manchester]] [[ZIP_CODE:M1 3NE]], tel [[PHONE_NUMBER:07700 911 448]], 2 parcels, signature req.
Stop 13: Pret A Manger, [[ADDRESS:1 Piccadilly Gardens]] - commercial, leave at goods-in""",
    """The [[PERSON:Nakamura]] family ([[PERSON:Haruto]], [[PERSON:Emi]] and baby [[PERSON:Sora]]) checked out of room 1207 on [[DATE_TIME:28/07]]; the deposit of ¥20,000 was refunded to the JCB card [[CREDIT_CARD:3530 1127 4408 9372]].""",
    """ADVERSE DRUG REACTION REPORT (Yellow Card)
Reporter: community pharmacist, [[PERSON:Owain Price]]
Patient initials: [[PERSON:B.H.]]   Age: [[AGE:81]]   Sex: M
Suspected drug: Clarithromycin 500 mg BD, started [[DATE_TIME:02/02/2024]]
Reaction: acute confusion, onset [[DATE_TIME:04/02/2024]]; resolved after stopping.
Concomitant: Simvastatin 40 mg.""",
    """Kargo Teslim Tutanağı
Alıcı: [[PERSON:Mustafa Çelik]]
Adres: [[ADDRESS:Kızılırmak Sok. No: 7/4]], [[LOCATION:Çankaya]]/[[LOCATION:Ankara]] [[ZIP_CODE:06420]]
Telefon: [[PHONE_NUMBER:+90 312 418 27 95]]
Teslim tarihi: [[DATE_TIME:19.03.2024 14:22]]
Teslim alan: [[PERSON:Hatice Çelik]] (eşi)
Gönderi no: 7720193348215""",
    """[[PERSON:Sven]] - remember the jury summons? It says to report to the courthouse on [[DATE_TIME:Monday 9/23 at 8:00 am]] and to bring a photo ID. Parking is validated.""",
    """EMPLOYMENT AGREEMENT
This agreement is entered into on [[DATE_TIME:the 5th day of February, 2024]] between Harbourline Freight Pty Ltd (ABN 51 824 753 556) and [[PERSON:Viliami Tupou]] of [[ADDRESS:3/18 Kent Road]], [[LOCATION:Mascot]] [[LOCATION:NSW]] [[ZIP_CODE:2020]] ("the Employee"). The Employee will commence as Warehouse Team Leader on [[DATE_TIME:19 February 2024]] at an annual salary of $78,000.""",
    """[00:00:04] Agent: Thank you for calling Horizon Car Rental, this is [[PERSON:Jade]], how can I help?
[00:00:09] Caller: Hi, I got a letter about a speeding fine on a car I rented in [[LOCATION:Phoenix]].
[00:00:15] Agent: I can look into that. What's the name on the rental agreement?
[00:00:18] Caller: [[PERSON:Terrence Bowman]], B-O-W-M-A-N.
[00:00:24] Agent: And your driver's license number?
[00:00:27] Caller: It's [[LOCATION:Arizona]], [[US_DRIVER_LICENSE:D08471926]].
[00:00:40] Agent: Thanks. I see the rental from [[DATE_TIME:April 2nd]] to [[DATE_TIME:April 6th]]; the camera notice was transferred to you as the driver.""",
    """Device registration: [[PERSON:Shreya Iyer]]'s Pixel 8 (IMEI 356789104522318) was assigned [[IP_ADDRESS:2401:4900:1c5a:7e21::1b]] by the campus network; MAC 7A:1F:9C:22:E0:5B is randomised.""",
    """HOME INSURANCE SCHEDULE
Policy number: HH-4471-90218
Insured: [[PERSON:Anneliese Vogt]] and [[PERSON:Ravi Chandrasekaran]]
Risk address: [[ADDRESS:The Old Forge, Mill Lane]], [[LOCATION:Great Bardfield]], [[LOCATION:Essex]] [[ZIP_CODE:CM7 4SD]]
Buildings sum insured: £425,000
Contents sum insured: £60,000
Excess: £250""",
    """INSERT INTO patients (mrn, first_name, last_name, dob, phone, insurance_id) VALUES
('[[ID_NUMBER:A0048217]]', '[[PERSON:Keanu]]', '[[PERSON:Makoa]]', '[[DATE_TIME:1996-03-08]]', '[[PHONE_NUMBER:808-555-0173]]', '[[ID_NUMBER:HMSA-99120834]]'),
('[[ID_NUMBER:A0048218]]', '[[PERSON:Leilani]]', '[[PERSON:Akana]]', '[[DATE_TIME:2001-11-23]]', '[[PHONE_NUMBER:808-555-0192]]', '[[ID_NUMBER:HMSA-99120871]]');""",
    """Dear [[PERSON:Dr. Olufemi Adebanjo-Walsh]], thank you for paying your annual retention fee. Your GMC number [[ID_NUMBER:7048213]] is unchanged and your revalidation date remains [[DATE_TIME:14 January 2026]].""",
    """BILL OF LADING - NON-NEGOTIABLE
Shipper: Kaveri Textiles Pvt Ltd, [[ADDRESS:Plot 44, SIPCOT Industrial Park]], [[LOCATION:Perundurai]], [[LOCATION:Tamil Nadu]] [[ZIP_CODE:638052]]
Consignee: [[PERSON:Harpal Singh Grewal]], [[ADDRESS:7740 Kingsway]], [[LOCATION:Burnaby]], [[LOCATION:BC]] [[ZIP_CODE:V5E 1G8]]
Notify party: same as consignee, tel. [[PHONE_NUMBER:+1 604 439 2281]]
Container: MSKU 4418207-3
Port of loading: [[LOCATION:Chennai]]   Port of discharge: [[LOCATION:Vancouver]]""",
    """Hi [[PERSON:Ines]],

Attached is the signed consent form for my daughter [[PERSON:Clara Montenegro]] ([[AGE:16]]) to take part in the adolescent sleep study. Her date of birth is [[DATE_TIME:2 May 2008]] and her school is in [[LOCATION:Coimbra]].

Best,
[[PERSON:Rui Montenegro]]
[[PHONE_NUMBER:+351 912 447 308]]""",
    """note to self: renew abuela [[PERSON:Carmen]]'s library card at the [[LOCATION:Pilsen]] branch. card no. [[ID_NUMBER:21491004718236]], PIN 4417, she wants the large-print mysteries put on hold again""",
    """TRANSCRIPT REQUEST
Name at time of attendance: [[PERSON:Maria Teresa Gonzaga]]
Current name: [[PERSON:Maria Teresa Gonzaga-Lim]]
Student number: [[ID_NUMBER:2009-48213]]
Program/Years: BS Nursing, 2009-2013
Send to: Commission on Graduates of Foreign Nursing Schools, [[ADDRESS:3600 Market Street, Suite 400]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19104]]
Requester email: [[EMAIL_ADDRESS:mtgonzagalim@gmail.com]]""",
    """{"alert_id":"FRD-20240611-0093","account_holder":"[[PERSON:Emmanuel Asante]]","account_no":"[[ID_NUMBER:1441003928172]]","card_pan":"[[CREDIT_CARD:2223004817751620]]","txn_time":"[[DATE_TIME:2024-06-11T02:41:09+00:00]]","merchant":"GIFTCARDS-ONLINE","ip":"[[IP_ADDRESS:197.251.183.4]]","risk_score":0.94}""",
    """[[PERSON:Seo-yeon]], your parcel from [[LOCATION:Seoul]] is being held at customs. Please enter your personal customs clearance code [[ID_NUMBER:P120048371925]] in the app so it can be released.""",
    """LAST WILL AND TESTAMENT
I, [[PERSON:Edith Margaret Pennington]], of [[ADDRESS:Rose Cottage, 2 Chapel Row]], [[LOCATION:Ledbury]], [[LOCATION:Herefordshire]] [[ZIP_CODE:HR8 1DP]], revoke all former wills. I appoint my son [[PERSON:Robert Pennington]] and my friend [[PERSON:Dr. Anjali Mehra]] as executors. I leave my engagement ring to my granddaughter [[PERSON:Lucy]].
Signed on [[DATE_TIME:9 September 2023]] in the presence of the witnesses below.""",
    """webhook.delivery_exception {"shipment":"1Z9V81X40392184471","status":"ADDRESS_INCORRECT","recipient":{"name":"[[PERSON:Pham Thi Lan]]","line1":"[[ADDRESS:4821 Bellflower Ave Apt 9]]","city":"[[LOCATION:Long Beach]]","state":"[[LOCATION:CA]]","zip":"[[ZIP_CODE:90808-1204]]","phone":"[[PHONE_NUMBER:5624417390]]"},"driver_note":"no apt 9 at this building"}""",
    """Welcome to the Riverside Co-op, [[PERSON:Ahmadou]]! Your membership number is [[ID_NUMBER:RC-004418]] and your first work shift is [[DATE_TIME:Sat. 6/8, 9-11:30am]].""",
    """UNIFORM TRAFFIC CITATION
Defendant: [[PERSON:KOWALSKI]], [[PERSON:ADAM J]]
Address: [[ADDRESS:301 N 5TH AVE APT 3B]], [[LOCATION:ANN ARBOR]], [[LOCATION:MI]] [[ZIP_CODE:48104]]
DOB: [[DATE_TIME:11-14-1998]]   Sex: M   Ht: 6-01
License No: [[US_DRIVER_LICENSE:K243 418 902 117]]   State: [[LOCATION:MI]]
Vehicle: 2021 TOYT RAV4, Plate [[ID_NUMBER:EHK 9021]] (rental)
Violation: Speed 52/35 MPH
Date/Time: [[DATE_TIME:05/04/2024 17:48]]""",
    """Från: [[PERSON:Sara Lindahl]] <[[EMAIL_ADDRESS:sara.lindahl@ki.se]]>
Till: [[PERSON:Johan Ekdahl]] <[[EMAIL_ADDRESS:johan.ekdahl@ki.se]]>
Ämne: Återkallat samtycke

Hej [[PERSON:Johan]]! Deltagare [[ID_NUMBER:SÖV-014]] ([[PERSON:Fatima Hassan]], född [[DATE_TIME:1994-05-19]]) har återkallat sitt samtycke per telefon idag. Kan du radera hennes enkätsvar innan analysen? /[[PERSON:Sara]]""",
    """[[PERSON:Jean-Baptiste]] set his gaming profile to private after his username [[USERNAME:jbtiste_grenoble]] was doxxed together with his street in [[LOCATION:Grenoble]].""",
    """ELECTRICITY BILL - Account [[ID_NUMBER:0093-448-2107]]
Customer: [[PERSON:Mthunzi Khumalo]]
Supply address: [[ADDRESS:17 Jacaranda Street]], [[LOCATION:Durbanville]], [[LOCATION:Cape Town]], [[ZIP_CODE:7550]]
Meter no.: 04218836
Billing period: 02 Feb - 03 Mar 2024
Amount due: R1,482.60 by 20 Mar 2024""",
    """[[IP_ADDRESS:77.102.44.19]] - [[USERNAME:hgudmundsdottir]] [[[DATE_TIME:12/Jun/2024:21:07:33 +0000]]] "GET /account/orders HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)" rt=0.042""",
    """Hi [[PERSON:Tavita]], the evening class roster now lists you as [[PERSON:Tavita Leota-Faleolo]], DOB [[DATE_TIME:27/11/1970]], nationality [[NRP:Samoan]]. Let the office know if anything needs correcting.""",
    """[[DATE_TIME:18 March 2024]]

Dear [[PERSON:Dr. Venter]],
Re: [[PERSON:Mrs. Nokuthula Zulu]], DOB [[DATE_TIME:12/12/1966]], hospital no. [[ID_NUMBER:GSH-448219]]
Thank you for seeing this [[AGE:57]]-year-old lady with worsening exertional dyspnoea. She lives at [[ADDRESS:44 Ntlazane Road]], [[LOCATION:Gugulethu]], and can be reached on [[PHONE_NUMBER:073 118 4402]].
Kind regards,
[[PERSON:Dr. Yusuf Patel]]""",
    """ARAÇ KİRALAMA SÖZLEŞMESİ
Kiracı: [[PERSON:Burak Öztürk]]
T.C. Kimlik No: [[ID_NUMBER:52173640828]]
Ehliyet No: [[ID_NUMBER:384721]]
Doğum Tarihi: [[DATE_TIME:02/11/1985]]
Teslim: [[DATE_TIME:05.08.2024 10:00]], [[LOCATION:Antalya]] Havalimanı
İade: [[DATE_TIME:12.08.2024 10:00]]
Plaka: [[ID_NUMBER:07 AKT 418]]
Kredi Kartı: [[CREDIT_CARD:4532 1190 7482 6154]]""",
    """The caregiver rota for [[PERSON:Mr. Delgado]] is [[PERSON:Rosalind]] in the mornings and [[PERSON:Thabo]] in the afternoons. His home is [[ADDRESS:55 Shoreline Drive, #210]], [[LOCATION:Sausalito]], [[LOCATION:CA]] [[ZIP_CODE:94965]], and the key safe code is 0729.""",
    """DATA SUBJECT ACCESS REQUEST - LOG
Request received: [[DATE_TIME:08/01/2024]]
Data subject: [[PERSON:Callum Mackenzie-Rhys]]
Verified by: passport [[ID_NUMBER:548201937]] (UK)
Registered email: [[EMAIL_ADDRESS:callum.mr@outlook.com]]
Systems searched: CRM, billing, call recordings, marketing
Response sent: [[DATE_TIME:29/01/2024]]""",
    """commit 4f2a9c1e8d7b6a5f3e2d1c0b9a8f7e6d5c4b3a21
Author: [[PERSON:Nikhil Bhattacharya]] <[[EMAIL_ADDRESS:nikhil.b@users.noreply.github.com]]>
Date:   [[DATE_TIME:Tue Apr 16 22:41:07 2024 +0530]]

    Fix timezone bug in delivery slot picker

    Reported-by: [[PERSON:Ayumi Sato]] <[[EMAIL_ADDRESS:ayumi.sato@kurobox.jp]]>""",
    """Refund notice: [[PERSON:Aleksandra Nowak]], your overpayment of €1,850 on the spring-term tuition will be returned to [[IBAN_CODE:DE73 7601 0085 0148 2739 16]], the account you gave us, quoting matriculation number [[ID_NUMBER:4418207]].""",
    """MEDICATION ADMINISTRATION RECORD - Willowbrook Care Home
Resident: [[PERSON:Dorothy Ashworth]]   Room 14   DOB [[DATE_TIME:30/06/1936]]
NHS No.: [[ID_NUMBER:401 023 2137]]
GP: [[PERSON:Dr. Hamish Lennox]]
Allergies: Penicillin (rash)
Donepezil 10 mg nocte - given [[DATE_TIME:14/05 21:00]] by [[PERSON:KM]]""",
    """Scanned document - passport data page
Type: P  Code: USA
Surname: [[PERSON:WASHINGTON]]
Given names: [[PERSON:KEISHA MONIQUE]]
Passport No.: [[US_PASSPORT:A04718293]]
Nationality: [[NRP:UNITED STATES OF AMERICA]]
Date of birth: [[DATE_TIME:17 MAR 1988]]
Place of birth: [[LOCATION:GEORGIA]], [[LOCATION:U.S.A.]]
Authority: United States Department of State""",
    """Pls send the signed NDA to [[PERSON:Kofi]] at [[EMAIL_ADDRESS:kofi.mensah@ashesi.edu.gh]] before his flight to [[LOCATION:Accra]] tonight.""",
    """Customer Relations
Case: CR-77182

[[DATE_TIME:3 June 2024]]

Dear [[PERSON:Mr. Abernethy]],
Thank you for your letter of [[DATE_TIME:27 May]] about the repeated failed deliveries to [[ADDRESS:Croft House, 9 Station Road]], [[LOCATION:Pitlochry]] [[ZIP_CODE:PH16 5AN]]. I am sorry that our driver recorded a 'card left' on three occasions while you were at home.""",
    """Licensee lookup
Name: [[PERSON:Esther Nakato Ssempijja]]
Licence type: Registered Pharmacist
Licence no.: [[ID_NUMBER:PSU/RP/2019/0418]]
Issued: [[DATE_TIME:14 Aug 2019]]
Practice address: Kampala Road Pharmacy, [[ADDRESS:Plot 22, Kampala Road]], [[LOCATION:Kampala]]""",
    """Please deliver the replacement SIM to [[PERSON:Tiago Nascimento]] at his office, [[ADDRESS:Av. da Liberdade 190, 4.º Esq.]], [[ZIP_CODE:1250-147]] [[LOCATION:Lisboa]]; his number [[PHONE_NUMBER:+351 936 204 771]] will be ported at midnight.""",
    """I-94 ARRIVAL RECORD
Family name: [[PERSON:HASSAN]]
First (given) name: [[PERSON:AMIRA]]
Birth date: [[DATE_TIME:1992 July 05]]
Document number: [[ID_NUMBER:P48210377]]
Country of citizenship: [[NRP:EGYPT]]
Most recent date of entry: [[DATE_TIME:2024 February 18]]
Class of admission: F1
Admit until date: D/S""",
    """{"ticket":"ESC-40918","tier":3,"customer":{"name":"[[PERSON:Olusegun Bamidele]]","customer_no":"[[ID_NUMBER:77120448]]","phone":"[[PHONE_NUMBER:+44 20 7946 0831]]"},"summary":"Third failed delivery of replacement router; customer works nights and has taken unpaid leave twice.","requested_callback":"[[DATE_TIME:2024-05-30 18:00]]","owner":"[[USERNAME:m.gallagher]]"}""",
    """On [[DATE_TIME:2023-12-24 at 23:58]] a gift of $250 was sent from Grandma [[PERSON:Jo]]'s account to @[[USERNAME:noah_the_builder]] with the memo 'for Lego, love you'.""",
]

GEN = [
    """Hi, this is [[PERSON:Dariusz Wróblewski]]. The courier left my parcel with the neighbour at [[ADDRESS:14 Larchfield Road]] instead of bringing it to my flat at [[ADDRESS:Flat 2, 16 Larchfield Road]], [[LOCATION:Maidenhead]] [[ZIP_CODE:SL6 2QT]]. The tracking page says it was delivered at 13:42, but nobody knocked. You can text me on [[PHONE_NUMBER:07700 914 382]].""",
    """Thank you for agreeing to take part in the Sleep and Shift Work Study. Your participant code is [[ID_NUMBER:SSW-0217]]; please write it instead of your name on every questionnaire. If you change your mind at any point, email the study coordinator, [[PERSON:Dr. Nkechi Eze]], at [[EMAIL_ADDRESS:n.eze@research.uclan.ac.uk]] and your answers will be removed.""",
    """[[PERSON:Mrs. Gwendolyn Achterberg]] rang the pharmacy at 4 pm asking whether her metformin repeat had come through from the surgery; her date of birth is [[DATE_TIME:2 February 1949]] and the NHS number on the script is [[ID_NUMBER:485 777 3457]].""",
    """The rental company has forwarded me a speed camera fine: it says the Corolla with plate [[ID_NUMBER:KX21 HBN]] was doing 47 in a 30 zone on the A38 on [[DATE_TIME:Saturday 9 March 2024 at 11:06]], which is the day I collected it from the [[LOCATION:Bristol]] Airport branch. I'd like to see the photo before I accept it. [[PERSON:Oluwaseun Adeyemi-Clarke]]""",
    """[[PERSON:Thandiwe Mokoena]], a [[NRP:South African]] national born on [[DATE_TIME:27 February 1993]], is applying for a Skilled Worker visa; her passport number is [[ID_NUMBER:A09385127]] and her South African ID number is [[ID_NUMBER:9302270431084]].""",
    """Escalating to tier 2: customer [[PERSON:Rahul Venkataraman]] (account [[ID_NUMBER:CU-88214079]]) has called four times about a double charge on the card ending 5521. He has asked for a manager to call him back on [[PHONE_NUMBER:+91 98450 21376]] after 6 pm IST.""",
    """Bonjour, je suis [[PERSON:Sandrine Morel]] et mon colis n'est jamais arrivé au [[ADDRESS:8 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]]. Le livreur affirme l'avoir remis le [[DATE_TIME:mardi 12 mars à 10 h 15]], mais j'étais au travail toute la journée. Merci de me rappeler au [[PHONE_NUMBER:06 12 47 83 90]].""",
    """I, [[PERSON:Mateo Fernández Quispe]], confirm that I have read the participant information sheet (version 3) for the study "Remote Work and Wellbeing", that I have had the chance to ask questions, and that I understand I can withdraw without giving a reason. Signed: [[PERSON:M. Fernández Q.]] Date: [[DATE_TIME:18/09/2023]]""",
    """The pharmacist at the branch on Queen Street called [[PERSON:Mr Fenwick]] to say the warfarin dose on his label didn't match what [[PERSON:Dr. Saanvi Kulkarni]] had written, so they are holding the prescription until the surgery confirms it.""",
    """Hey [[PERSON:Jess]], the car hire place in [[LOCATION:Faro]] just charged my card €120 as an "admin fee" for a parking ticket from our trip. The booking was under your name ([[PERSON:Jessica Tran-Nguyen]]) with your licence [[ID_NUMBER:TRANN852155J99AB]], so expect a letter too.""",
    """My husband [[PERSON:Arash]] and I filed the I-130 on [[DATE_TIME:March 4]] and got the receipt notice last week. His A-Number is [[ID_NUMBER:A-214-907-336]] and the receipt number is IOE0918273645, in case the lawyer needs them.""",
    """Complaint escalated by [[PERSON:Siobhán Ní Bhriain]] on [[DATE_TIME:14/02/2024]]: the broadband engineer missed two appointments at [[ADDRESS:3 Church View]], [[LOCATION:Ballinacurra]], [[LOCATION:Co. Limerick]] [[ZIP_CODE:V94 X2T8]]. She works from home and lost two days' pay, and wants the compensation confirmed in writing to [[EMAIL_ADDRESS:siobhan.nibhriain@gmail.com]].""",
    """[[PERSON:Kwabena]] asked me to move the rent from his savings into our joint account, [[IBAN_CODE:GB66 HBUK 4012 7673 4509 18]], before the landlord's deadline on Friday.""",
    """Welcome aboard, [[PERSON:Ngozi]]! Your first day is [[DATE_TIME:Monday, 3 June]], and you'll report to [[PERSON:Callum Whitfield]] on the fourth floor. Payroll has your NI number as [[ID_NUMBER:JT 48 21 93 B]]; shout if that's wrong.""",
    """[[PERSON:Ayesha Siddiqui]] (participant [[ID_NUMBER:P-044]]) withdrew her consent on [[DATE_TIME:21 November 2023]]; in line with protocol HREC 2022/418, her interview recording and transcript have been deleted and the deletion is logged in the study's data register.""",
    """Can someone pick up Nana's blood pressure tablets? They're ready at the chemist on Sturt Street under [[PERSON:Beryl Cosgrove]], Medicare number [[ID_NUMBER:2953 71603 1]], and the shop closes at 7.""",
    """Notice of intended prosecution: the registered keeper, Sunridge Car Rentals Ltd, has named [[PERSON:Mr. Bogdan Ionescu]] of [[ADDRESS:58 Wellington Road]], [[LOCATION:Stockport]] [[ZIP_CODE:SK4 1HF]] as the driver of vehicle [[ID_NUMBER:LR70 VXK]] at the time of the alleged offence on [[DATE_TIME:2 August 2024 at 18:51]].""",
    """Sehr geehrte [[TITLE:Frau]] [[PERSON:Kaya]], für Ihren Antrag auf Verlängerung der Aufenthaltserlaubnis fehlen noch die Meldebescheinigung und eine Kopie Ihres Reisepasses ([[ID_NUMBER:U18472953]]). Bitte bringen Sie beides zu Ihrem Termin am [[DATE_TIME:Donnerstag, 18. April, um 9:30 Uhr]] mit.""",
    """Hi team, I'm escalating this because [[PERSON:Mr. Obi]] has now been without a working fridge for 19 days. Engineer visits were booked for [[DATE_TIME:5 March]] and [[DATE_TIME:12 March]] and nobody came either time. His mobile is [[PHONE_NUMBER:0803 412 7765]] and he's at [[ADDRESS:22 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]].""",
    """Driver note: gate code 4471, leave with the guardhouse if [[PERSON:Mrs. Abeysekera]] isn't home. Unit [[ADDRESS:#12-04, 88 Marine Parade Road]], [[LOCATION:Singapore]] [[ZIP_CODE:449283]]. Customer prefers WhatsApp: [[PHONE_NUMBER:+65 9123 4867]].""",
    """[[PERSON:Lupita]]'s cat Mango is booked in for a dental on [[DATE_TIME:Friday the 21st at 8:00]], nothing to eat after midnight. The vet will ring [[PERSON:Lupita Ramírez]] on [[PHONE_NUMBER:(210) 447-9183]] once Mango is awake.""",
    """On the DS-160 she typed her surname as [[PERSON:NGUYEN]] and her given names as [[PERSON:THI HONG NHUNG]], but her [[NRP:Vietnamese]] passport, [[ID_NUMBER:C4728193]], prints them the other way round, so the consulate in [[LOCATION:Ho Chi Minh City]] asked her to submit the form again.""",
    """Recruitment log: I approached [[PERSON:Mr Hamid Rahimi]], [[AGE:67]], in the renal clinic waiting area on [[DATE_TIME:12/01/2024]]; he agreed to read the leaflet, and I'll phone him on [[PHONE_NUMBER:07829 331 604]] after his next dialysis session to ask whether he'd like to join.""",
    """Pharmacy note: [[PERSON:K. Osei-Bonsu]] (DOB [[DATE_TIME:1978-11-30]]) requested an emergency supply of salbutamol as the GP surgery was closed; one inhaler supplied, patient advised to contact the GP on Monday.""",
    """I rented a Hyundai i20 at [[LOCATION:İzmir]] airport from [[DATE_TIME:3 July]] to [[DATE_TIME:10 July]], and three months later a motorway toll penalty of 1,240 TL turned up on my card. The plate was [[ID_NUMBER:35 ABR 721]]. I'm [[PERSON:Henrik Lindqvist]], by the way, and you can reach me at [[EMAIL_ADDRESS:henrik.lindqvist@telia.com]].""",
    """Hej! Jag har nu mejlat er kundtjänst fyra gånger om min trasiga diskmaskin utan att få svar. Mitt kundnummer är [[ID_NUMBER:4418207]] och jag heter [[PERSON:Annika Bergström]]. Ring mig på [[PHONE_NUMBER:070-482 19 36]] eller skriv till [[EMAIL_ADDRESS:annika.bergstrom72@hotmail.se]], annars vänder jag mig till Allmänna reklamationsnämnden.""",
    """Year 4 trip slip: I give permission for my child [[PERSON:Zainab Yusuf]] to attend the visit to the Natural History Museum. In an emergency please contact [[PERSON:Halima Yusuf]] on [[PHONE_NUMBER:07956 208 114]].""",
    """Following your claim for storm damage at [[ADDRESS:19 Koppie Street]], [[LOCATION:Randburg]], our assessor [[PERSON:Pieter du Plessis]] will visit on [[DATE_TIME:14 May between 9 and 11 am]]; please make sure someone can let him into the roof space.""",
    """Checklist for [[PERSON:Joseph Kamau]]'s study permit extension: his [[NRP:Kenyan]] passport ([[ID_NUMBER:AK0419273]]), his UCI [[ID_NUMBER:11-0482-7735]], six months of bank statements and the enrolment letter from the registrar.""",
    """The landlord, [[PERSON:Mrs. Chua Bee Lian]], has agreed to let the two-bedroom at [[ADDRESS:Blk 412 Ang Mo Kio Avenue 10, #08-1127]], [[LOCATION:Singapore]] [[ZIP_CODE:560412]] to [[PERSON:Rohan Mehta]] from [[DATE_TIME:1 August 2024]]; his FIN is [[ID_NUMBER:G5192046K]].""",
    """Hallo, hier ist [[PERSON:Ömer Yıldırım]]. Die Sendung an meine Adresse [[ADDRESS:Hansastraße 41a]], [[ZIP_CODE:44137]] [[LOCATION:Dortmund]] wurde laut Sendungsverfolgung in die Packstation gelegt, ich habe aber keine Abholbenachrichtigung bekommen. Meine Postnummer ist [[ID_NUMBER:84710392]].""",
    """Before we start the recording, can you confirm for the tape that your name is [[PERSON:Maria das Graças Lima]], that you're [[AGE:58]], and that you've signed the consent form? - Yes, I signed it this morning with [[PERSON:Dr. Okafor]].""",
    """Refill request from [[PERSON:Delroy Campbell]] at [[PHONE_NUMBER:876-482-3190]] for lisinopril 10 mg; he uses his NHF card, [[ID_NUMBER:3120048765]], and wants it ready by Friday afternoon.""",
    """Parking charge notice: vehicle [[ID_NUMBER:WD68 YTP]], hired by [[PERSON:Ms Francesca Bellini]] from [[DATE_TIME:11/10/2024]] to [[DATE_TIME:14/10/2024]], overstayed at a retail car park. The hire agreement gives her address as [[ADDRESS:Via Garibaldi 23]], [[ZIP_CODE:10122]] [[LOCATION:Torino]], [[LOCATION:Italy]].""",
    """Dear Sir or Madam, I am writing to support the visitor visa application of my mother, [[PERSON:Mrs. Lakshmi Subramanian]] (passport [[ID_NUMBER:Z4817293]]), who will stay with us at [[ADDRESS:7 Birchwood Close]], [[LOCATION:Leeds]] [[ZIP_CODE:LS17 8QE]] from [[DATE_TIME:10 June]] to [[DATE_TIME:22 August 2024]]. Yours faithfully, [[PERSON:Dr. Karthik Subramanian]]""",
    """Supervisor, please take over: [[PERSON:Kelechi]] on account [[ID_NUMBER:700-318-2296]] is threatening to go to the ombudsman. She says her last three bills went to her old address ([[ADDRESS:Apt 5C, 310 Carlton Avenue]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11205]]) even though she moved out on [[DATE_TIME:January 15]].""",
    """[[PERSON:tomasz]] cancelled his membership again lol, third time this year. his card [[CREDIT_CARD:5301 8472 6695 3107]] got charged anyway so he's disputing it with the bank""",
    """Porting request: move [[PHONE_NUMBER:0412 738 205]] over from the old carrier; account holder [[PERSON:Wiremu Parata]], date of birth [[DATE_TIME:19 Oct 1988]], service address [[ADDRESS:4/27 Grey Street]], [[LOCATION:Glebe]] [[LOCATION:NSW]] [[ZIP_CODE:2037]].""",
    """Freight claim: pallet 3 of 4 arrived crushed at our warehouse. The driver, [[PERSON:Gurpreet Singh Dhillon]] ([[LOCATION:Ontario]] licence [[ID_NUMBER:D4172-81930-60218]]), signed the proof of delivery at 07:20 but refused to note the damage on it.""",
    """Formulaire de consentement - Je soussignée [[PERSON:Élodie Marchand]], née le [[DATE_TIME:14/05/1996]], accepte de participer à l'étude « Usages du vélo en ville » menée par le laboratoire de sociologie de l'université. Fait à [[LOCATION:Nantes]], le [[DATE_TIME:3 octobre 2023]].""",
    """Merhaba, ben [[PERSON:Elif Aydın]]. Geçen ay iade ettiğim ürünün parası hâlâ kartıma yatmadı; müşteri hizmetleri üç kez "işlemde" dedi. Konunun bir üst yetkiliye iletilmesini istiyorum. Bana [[PHONE_NUMBER:0532 418 27 63]] numarasından ya da [[EMAIL_ADDRESS:elif.aydin.84@gmail.com]] adresinden ulaşabilirsiniz.""",
    """[[TITLE:Sayın]] [[PERSON:Dmitri Volkov]], ikamet izni başvurunuz için randevunuz [[DATE_TIME:15 Nisan 2024 Pazartesi, saat 10:40]] olarak belirlenmiştir. Yabancı kimlik numaranız: [[ID_NUMBER:99184702336]]. Lütfen pasaportunuzu ve kira sözleşmenizi yanınızda getiriniz.""",
    """Kan du hämta ut mammas Waran på apoteket i morgon? Hon heter [[PERSON:Gunnel Åkesson]] och personnumret är [[ID_NUMBER:480315-2489]]. Du behöver visa din egen legitimation, och fullmakten ligger i hallen.""",
    """Sie werden beschuldigt, am [[DATE_TIME:07.09.2024 um 14:32 Uhr]] als Führer des Pkw mit dem Kennzeichen [[ID_NUMBER:M-KL 4821]] die zulässige Höchstgeschwindigkeit um 23 km/h überschritten zu haben. Laut Mietvertrag waren Sie, [[PERSON:Lukas Brandstätter]], [[ADDRESS:Leopoldstraße 112]], [[ZIP_CODE:80804]] [[LOCATION:München]], zu diesem Zeitpunkt Mieter des Fahrzeugs.""",
    """Einwilligungserklärung: Hiermit erkläre ich, [[PERSON:Friederike Hallmann]], geb. am [[DATE_TIME:30.01.1989]], mich mit der Teilnahme an der Studie und der pseudonymisierten Auswertung meiner Daten einverstanden. Meine Teilnehmer-ID lautet [[ID_NUMBER:KH-2023-117]].""",
    """[[TITLE:M.]] [[PERSON:Karim Benali]], vous avez loué le véhicule immatriculé [[ID_NUMBER:GH-417-QZ]] du [[DATE_TIME:2 août]] au [[DATE_TIME:6 août 2024]]. Un avis de contravention pour stationnement gênant nous a été adressé ; vos coordonnées ont été transmises à l'ANTAI et des frais de gestion de 35 € seront prélevés sur la carte [[CREDIT_CARD:4127 0583 9261 4473]].""",
    """Migrationsverket har tagit emot din ansökan om uppehållstillstånd. Sökande: [[PERSON:Yonas Tesfaye]], född [[DATE_TIME:1991-08-14]], [[NRP:eritreansk]] medborgare. Ärendenummer 21-8830145. Du får ett brev när vi behöver fler handlingar.""",
    """Escalation summary for [[PERSON:Harpreet]]: customer [[PERSON:Daniel Okafor]] ([[EMAIL_ADDRESS:dokafor.ng@yahoo.com]]) reports that the replacement laptop shipped to [[ADDRESS:15 Bourdillon Road]], [[LOCATION:Ikoyi]] never arrived and that the signature on the proof of delivery isn't his. Refund approved by [[PERSON:Marguerite Lavoie]], pending finance.""",
    """Save the date! [[PERSON:Aroha]] & [[PERSON:Ben]] are getting married on [[DATE_TIME:Saturday 15 February 2025]] in [[LOCATION:Hawke's Bay]]. RSVP to [[PERSON:Aroha]] on [[PHONE_NUMBER:021 447 8190]] by the end of the year.""",
    """The tenancy tribunal hearing in [[PERSON:Mr Tevita Fifita]]'s claim against Harcourt Property Ltd has been set down for [[DATE_TIME:20 March 2024 at 2:15 pm]]; he should bring the bond receipt and the photos of the mould.""",
    """Our records show the direct debit for [[PERSON:Mrs. E. Adjei]] was returned unpaid; the account on file is [[ID_NUMBER:41093382]], sort code 20-45-77. Please ask her to update it before the next collection.""",
    """Customs hold: the parcel addressed to [[PERSON:Ana Paula Ferreira]], [[ADDRESS:Rua Augusta 1450, apto 82]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], [[ZIP_CODE:01304-001]], needs her CPF ([[ID_NUMBER:417.820.593-50]]) before the tax authority will release it.""",
    """The IRB approved the amendment, so [[PERSON:Jae-won]] can start re-consenting the adolescent cohort this week: parents sign the permission form and teens like [[PERSON:Minji Park]], who turned [[AGE:14]] in the spring, sign the new assent form.""",
    """Hi, I'm calling about my dad's prescription. It's [[PERSON:Francis O'Rourke]], date of birth [[DATE_TIME:the fourth of June nineteen forty-one]]. The chemist says the GP hasn't sent the new one for his Eliquis; his PPS number is [[ID_NUMBER:4817203E]] if you need it for the medical card.""",
    """[[PERSON:Rashid Al-Mansoori]] returned the Nissan Patrol to our [[LOCATION:Dubai Marina]] branch with a quarter tank and a new scratch on the rear bumper, so we charged AED 850 to his card [[CREDIT_CARD:3714 826009 31555]] and emailed the photos to [[EMAIL_ADDRESS:r.almansoori@outlook.com]].""",
    """Hi [[PERSON:Ms. Okonkwo]], your biometrics appointment at the Application Support Center is on [[DATE_TIME:Wednesday, May 8, 2024 at 1:00 PM]]. Bring this notice and your EAD card; the A-Number on your card, [[ID_NUMBER:A208 493 117]], must match the one on the notice.""",
    """Hello, I've been passed between departments for three weeks about cancelling my insurance. I'm [[PERSON:Yuki Tanabe]], the policy holder, and my customer number is [[ID_NUMBER:KN-4471-0093]]. Please have a senior manager email me at [[EMAIL_ADDRESS:yuki.tanabe@icloud.com]] by the end of the week.""",
    """Met [[PERSON:Carlos]] on the app, his insta is @[[USERNAME:carlitos.mvd]] and he says he's [[AGE:31]] and from [[LOCATION:Montevideo]]. If I haven't texted you by 11, call me!!""",
    """[[PERSON:Fatima Zahra Benjelloun]], a [[AGE:34]]-year-old [[NRP:Moroccan]] engineer, came in through A&E on the night of [[DATE_TIME:22 October]] with suspected appendicitis and was in theatre within three hours.""",
    """Your hotel booking is confirmed: guest [[PERSON:Mr. Sipho Ndlovu]], check-in [[DATE_TIME:Thu 11 Jul 2024]], check-out [[DATE_TIME:Sun 14 Jul 2024]], booking ref HX93KD, contact number [[PHONE_NUMBER:+27 82 554 1093]].""",
    """Reminder: your sofa delivery is booked for [[DATE_TIME:Tuesday 28 May, 7am-12pm]]. Our two-person crew will need to park outside [[ADDRESS:41 rue Sherbrooke Est, app. 3]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2X 1C7]]. Questions? Call your delivery coordinator, [[PERSON:Marc-André]], on [[PHONE_NUMBER:(514) 820-3317]].""",
    """Consent to be contacted about future research: Yes. Name: [[PERSON:Lwazi Dube]]. Student number: [[ID_NUMBER:2143786]]. Preferred contact: email, [[EMAIL_ADDRESS:lwazi.dube@students.wits.ac.za]].""",
    """Pharmacist here, returning [[PERSON:Mr. Okoro]]'s call about his methotrexate - could you ask him to ring us back on the pharmacy's direct line, 0115 949 5000, before we close at six?""",
    """Traffic fine appeal: I was not driving the rental on [[DATE_TIME:June 3rd]]. My flight from [[LOCATION:Denver]] landed at 9:40 pm, two hours after the red-light camera photo was taken, and I've attached the boarding pass. Driver license [[US_DRIVER_LICENSE:17-482-9031]] ([[LOCATION:Colorado]]). [[PERSON:Brianna Whitehorse]]""",
    """[[PERSON:Wei]] just got the letter - the Home Office approved her indefinite leave! Her new BRP number is [[ID_NUMBER:ZX8041937]] and the leave counts from [[DATE_TIME:2 April 2024]].""",
    """[[PERSON:Moana]] (tier 1) to [[PERSON:Kieran]] (tier 2): caller [[PERSON:Leilani Kahananui]], DOB [[DATE_TIME:8/22/1979]], identity verified. Her HSA card [[CREDIT_CARD:4917 6100 2233 4809]] was declined at the pharmacy although the balance shows $1,204. Call back on [[PHONE_NUMBER:(808) 326-4471]].""",
    """[[PERSON:Prof. Adaeze Nwosu]] has approved [[PERSON:Liam O'Connell]]'s extension on his dissertation until [[DATE_TIME:5 September]]; his student ID is [[ID_NUMBER:20418832]] if the exams office asks.""",
    """Meter reading submitted by [[PERSON:Grace Mwangi]] for [[ADDRESS:House 12, Kileleshwa Gardens, Othaya Road]], [[LOCATION:Nairobi]]: 04812 units. Any refund will go to her M-Pesa number, [[PHONE_NUMBER:0722 418 903]].""",
    """Every dollar helps bring [[PERSON:Manu]] home. After his scooter accident in [[LOCATION:Bali]] on [[DATE_TIME:August 2]], my brother [[PERSON:Manu Tuilagi-Sapolu]], [[AGE:26]], needs a medevac flight. You can also give directly to his account at Westpac, BSB 032-001, account [[ID_NUMBER:418 207]].""",
    """POD exception: consignee [[PERSON:Ivan Petrenko]] refused delivery at [[ADDRESS:ul. Marszałkowska 84/92 m. 115]], [[ZIP_CODE:00-514]] [[LOCATION:Warszawa]], saying the box was wet. Photos attached; return to sender started.""",
    """Hi [[PERSON:Sadia]], quick one for the ethics file: participant [[ID_NUMBER:R-07]] ([[PERSON:Imran Chaudhry]]) has asked for his interview to be anonymised further. Can we swap his employer and his home town, [[LOCATION:Rochdale]], for pseudonyms in the transcript?""",
    """Counselling record: [[PERSON:Mrs. Ong]], [[AGE:72]], started alendronate today; explained to take it with a full glass of water 30 minutes before breakfast and to stay upright. Her daughter [[PERSON:Shirley]] will collect future supplies.""",
    """Driving history check for [[PERSON:Aidan Mulcahy]]: three penalty points endorsed on [[DATE_TIME:17/03/2023]] for using a mobile phone while driving; licence number [[ID_NUMBER:MULCA807160A99RT]]. Eligible to rent, with the young-driver surcharge waived.""",
    """Someone keeps making new accounts to harass my sister, the latest is @[[USERNAME:truth_teller_4491]], and the officer who took the report, [[TITLE:PC]] [[PERSON:Aled Roberts]], asked us to keep screenshots of everything.""",
    """As you requested, I'm escalating your complaint about the flight cancelled on [[DATE_TIME:December 23]] to our Executive Customer Relations team. [[PERSON:Ms. Reyes]], a case manager will contact you at [[EMAIL_ADDRESS:cj.reyes1985@gmail.com]] within five working days.""",
    """Dear [[PERSON:Ananya]], your Form 16 for the year has been issued. Before filing, please check that your PAN, [[ID_NUMBER:BXKPS4718Q]], is linked to your Aadhaar, [[ID_NUMBER:5274 1908 3164]].""",
    """Good day po! This is [[PERSON:Jericho Dela Cruz]] from [[LOCATION:Quezon City]]. I'd like to follow up on my salary loan application; my SSS number is [[ID_NUMBER:34-7281930-6]]. Please text me at [[PHONE_NUMBER:0917 482 3361]]. Thank you!""",
    """Sponsor's declaration: I, [[PERSON:Henrietta Boateng]], a [[NRP:British]] citizen residing at [[ADDRESS:Flat 9, Ashgrove Court, 112 Peckham Rye]], [[LOCATION:London]] [[ZIP_CODE:SE15 3UE]], confirm that I will house and support my nephew [[PERSON:Kofi Boateng]] for the whole of his visit.""",
    """Driver [[PERSON:Mehmet Aksoy]] (badge [[ID_NUMBER:RTM-10442]]) reported the pallet jack at the [[LOCATION:Rotterdam]] cross-dock broken again; he had to unload 26 roll cages by hand and was 40 minutes late for his next drop.""",
    """Participant information: you may withdraw at any time without giving a reason. Your answers will be stored under the code [[ID_NUMBER:UOT-HR-0381]], and only the principal investigator, [[PERSON:Dr. Hana Kobayashi]], will keep the key linking that code to your name, [[PERSON:Samuel Osei]].""",
    """Pharmacie du Centre : [[TITLE:Mme]] [[PERSON:Josiane Perrot]], votre traitement est disponible. Pensez à apporter votre carte Vitale et votre ordonnance ; le numéro de sécurité sociale enregistré chez nous est le [[ID_NUMBER:2 54 11 69 123 456 54]].""",
    """Hi [[PERSON:Priyanka]], the toll agency says the rental car, plate [[ID_NUMBER:7KPL329]], went over the bridge on [[DATE_TIME:10/14 at 6:52 PM]], and the rental company added a $24.99 convenience fee on top of the toll.""",
    """Notes from the legal clinic: client [[PERSON:Rosa Elvira Quispe Mamani]], [[NRP:Peruvian]], entered on a B-2 visa on [[DATE_TIME:11/02/2022]] and stayed past her admit date; her son [[PERSON:Diego]], [[AGE:19]], is an [[NRP:American]] citizen and may be able to petition for her in two years.""",
    """Escalation, VIP customer: [[TITLE:Chief]] [[PERSON:Emeka Nwachukwu]] called the CEO's office directly after his [[LOCATION:Lagos]]-[[LOCATION:London]] booking was cancelled twice. His frequent flyer number is [[ID_NUMBER:EK 418 273 901]], and his PA, [[PERSON:Blessing]], can be reached on [[PHONE_NUMBER:+234 803 221 4907]].""",
    """Under-12s team sheet update: [[PERSON:Kai Thompson]] (DOB [[DATE_TIME:14.02.2013]]) moves up from the development squad, and his mum [[PERSON:Renee]] has changed the emergency contact number to [[PHONE_NUMBER:027 390 5521]].""",
    """Please keep [[TITLE:Brother]] [[PERSON:Tomás Ochoa]] in your prayers this week; he had surgery on his hip. The [[NRP:Catholic]] men's group is organising meals, which can be dropped at [[ADDRESS:2207 Alameda Street]] any evening after five.""",
    """[[PERSON:Craig McAllister]], your next Universal Credit payment will be made on [[DATE_TIME:28 June]] to the account ending 3318. Your work coach, [[PERSON:Janine]], has booked you in for [[DATE_TIME:Tuesday 2 July at 10:20]] at the [[LOCATION:Paisley]] Jobcentre.""",
    """The app says my parcel was "handed to resident", but I live alone and wasn't home. My address is [[ADDRESS:RR 2, Box 118]], [[LOCATION:Antigonish]], [[LOCATION:NS]] [[ZIP_CODE:B2G 2K9]]; it's a rural route, so that note makes no sense. [[PERSON:Donalda MacIsaac]]""",
    """[[PERSON:Tyrone Jefferson]]'s Medicaid, ID [[ID_NUMBER:MD48201937]], was terminated on [[DATE_TIME:March 31]] because the renewal packet went to his old address. His SSN is [[US_SSN:412-78-3309]] and his caseworker is [[PERSON:Ms. Pauline Grady]].""",
    """Our cold-chain shipment for [[PERSON:Dr. Imogen Blackwood]]'s lab at [[ADDRESS:Level 3, 180 Grattan Street]], [[LOCATION:Parkville]] [[LOCATION:VIC]] [[ZIP_CODE:3010]] sat on the tarmac at [[LOCATION:Tullamarine]] for six hours; she wants the dry-ice log and a call on [[PHONE_NUMBER:0438 201 776]].""",
]

TABLE = [
    """stop,recipient,address,postcode,phone,parcels,window
1,[[PERSON:Aisha Mahmood]],[[ADDRESS:12 Lavender Grove]],[[ZIP_CODE:E8 3LR]],[[PHONE_NUMBER:07700 900 311]],2,09:00-11:00
2,[[PERSON:Tobias Wren]],"[[ADDRESS:Flat 4B, 88 Mare Street]]",[[ZIP_CODE:E8 4RT]],[[PHONE_NUMBER:07700 900 872]],1,09:00-11:00
3,[[PERSON:Gloria Mensah-Attah]],[[ADDRESS:201 Well Street]],[[ZIP_CODE:E9 7PX]],,3,11:00-13:00
4,[[PERSON:Declan Foy]],"[[ADDRESS:Unit 7, Bohemia Place]]",[[ZIP_CODE:E8 1DU]],[[PHONE_NUMBER:020 8985 4471]],1,11:00-13:00""",
    """| Participant ID | Initials | Age | Consent date | Arm | Withdrawn |
|---|---|---|---|---|---|
| [[ID_NUMBER:HB-001]] | [[PERSON:J.K.]] | [[AGE:34]] | [[DATE_TIME:2024-01-09]] | Control | No |
| [[ID_NUMBER:HB-002]] | [[PERSON:M.O.]] | [[AGE:51]] | [[DATE_TIME:2024-01-11]] | Intervention | No |
| [[ID_NUMBER:HB-003]] | [[PERSON:S.R.-T.]] | [[AGE:28]] | [[DATE_TIME:2024-01-11]] | Intervention | Yes ([[DATE_TIME:2024-02-20]]) |
| [[ID_NUMBER:HB-004]] | [[PERSON:A.N.]] | [[AGE:63]] | [[DATE_TIME:2024-01-15]] | Control | No |""",
    """rx_no\tpatient\tdob\titem\tqty\tready\tcollected_by
RX-448102\t[[PERSON:Marjorie Ellison]]\t[[DATE_TIME:1942-08-17]]\tAmlodipine 5mg tabs\t28\tY\t[[PERSON:P. Ellison]] (son)
RX-448117\t[[PERSON:Kwame Asiedu]]\t[[DATE_TIME:1969-02-03]]\tMetformin 500mg tabs\t56\tY\tself
RX-448130\t[[PERSON:Ilse Johansson]]\t[[DATE_TIME:1955-12-29]]\tLevothyroxine 50mcg\t28\tN\t
RX-448131\t[[PERSON:Deven Shah]]\t[[DATE_TIME:2001-06-10]]\tSertraline 50mg tabs\t28\tY\tdelivery driver""",
    """AGREEMENT  RENTER              PLATE     OFFENCE AT        FINE  STATUS
RA-448120  [[PERSON:Olga Ivanova]]        [[ID_NUMBER:WF23 KZL]]  [[DATE_TIME:2024-03-02 08:14]]  £100  recharged
RA-448163  [[PERSON:Tendai Moyo]]         [[ID_NUMBER:YH72 BNC]]  [[DATE_TIME:2024-03-05 17:40]]  £70   disputed
RA-448201  [[PERSON:Benedikt Auer]]       [[ID_NUMBER:LN21 ODV]]  [[DATE_TIME:2024-03-09 11:02]]  £160  transferred to driver
RA-448219  [[PERSON:Priya Nair-Lowe]]     [[ID_NUMBER:WF23 KZL]]  [[DATE_TIME:2024-03-11 22:15]]  £100  recharged""",
    """{"case_ref": "IMM-2024-0192", "client": "[[PERSON:Aliyu Garba]]", "nationality": "[[NRP:Nigerian]]", "passport": "[[ID_NUMBER:A11920384]]", "route": "Skilled Worker", "biometrics": "[[DATE_TIME:2024-04-16]]", "status": "decision pending"}
{"case_ref": "IMM-2024-0207", "client": "[[PERSON:Marisol Tejada]]", "nationality": "[[NRP:Dominican]]", "passport": "[[ID_NUMBER:RD4820173]]", "route": "Spouse", "biometrics": "[[DATE_TIME:2024-04-22]]", "status": "further evidence requested"}
{"case_ref": "IMM-2024-0211", "client": "[[PERSON:Farhan Chowdhury]]", "nationality": "[[NRP:Bangladeshi]]", "passport": "[[ID_NUMBER:EH0418273]]", "route": "Student", "biometrics": null, "status": "CAS awaited"}""",
    """escalations:
  - id: ESC-1182
    customer: [[PERSON:Beatriz Nogueira]]
    email: [[EMAIL_ADDRESS:bia.nogueira@uol.com.br]]
    tier: 2
    reason: refund not received after 30 days
  - id: ESC-1183
    customer: [[PERSON:Hamza Qureshi]]
    phone: "[[PHONE_NUMBER:+92 321 4408 917]]"
    tier: 3
    reason: account locked after fraud check
  - id: ESC-1190
    customer: [[PERSON:Ruth Abernathy-Cole]]
    email: [[EMAIL_ADDRESS:ruthac@comcast.net]]
    tier: 2
    reason: technician no-show, second time""",
    """Renter: [[PERSON:Dagny Sørensen]]
Licence: [[ID_NUMBER:41882097]]
Country of licence: [[LOCATION:Denmark]]
Mobile: [[PHONE_NUMBER:+45 21 48 39 07]]
Vehicle group: C (compact)

Renter: [[PERSON:Kenji Morimoto]]
Licence: [[ID_NUMBER:304819827730]]
Country of licence: [[LOCATION:Japan]]
Mobile: [[PHONE_NUMBER:+81 90-4418-2037]]
Vehicle group: F (SUV)

Renter: [[PERSON:Oyinkansola Ade]]
Licence: [[ID_NUMBER:AAB04182EA19]]
Country of licence: [[LOCATION:Nigeria]]
Mobile: [[PHONE_NUMBER:+234 802 771 0493]]
Vehicle group: C (compact)""",
    """emp_id,legal_name,sin,province,hourly_rate,deposit_account
C-0311,[[PERSON:Manon Tremblay]],[[ID_NUMBER:274 618 396]],[[LOCATION:QC]],24.50,[[ID_NUMBER:5021847]]
C-0318,[[PERSON:Baljit Sandhu]],[[ID_NUMBER:630 281 475]],[[LOCATION:BC]],27.00,[[ID_NUMBER:1104829]]
C-0322,[[PERSON:Ahmed Farah]],[[ID_NUMBER:719 402 539]],[[LOCATION:AB]],22.75,[[ID_NUMBER:8830146]]
C-0330,[[PERSON:Colleen MacNeil]],[[ID_NUMBER:518 734 025]],[[LOCATION:NS]],25.10,[[ID_NUMBER:4417093]]""",
    """| Name | Email | Organisation | Country | Dietary | T-shirt |
|:-----|:------|:-------------|:--------|:--------|:-------:|
| [[PERSON:Nompumelelo Dlamini]] | [[EMAIL_ADDRESS:n.dlamini@uct.ac.za]] | University of Cape Town | [[LOCATION:South Africa]] | vegetarian | M |
| [[PERSON:Rangi Te Kanawa]] | [[EMAIL_ADDRESS:rangi.tekanawa@niwa.co.nz]] | NIWA | [[LOCATION:New Zealand]] | none | L |
| [[PERSON:Sofía Castellanos]] | [[EMAIL_ADDRESS:scastellanos@unam.mx]] | UNAM | [[LOCATION:Mexico]] | gluten-free | S |
| [[PERSON:Arvid Nyström]] | [[EMAIL_ADDRESS:arvid.nystrom@chalmers.se]] | Chalmers | [[LOCATION:Sweden]] | none | XL |""",
    """timestamp\tuser\tsrc_ip\taction\tresult
[[DATE_TIME:2024-06-03T07:58:12Z]]\t[[USERNAME:pkaur]]\t[[IP_ADDRESS:49.36.112.18]]\tlogin\tok
[[DATE_TIME:2024-06-03T08:02:47Z]]\t[[USERNAME:dmensah]]\t[[IP_ADDRESS:154.160.3.211]]\tlogin\tfail (bad password)
[[DATE_TIME:2024-06-03T08:03:05Z]]\t[[USERNAME:dmensah]]\t[[IP_ADDRESS:154.160.3.211]]\tlogin\tok
[[DATE_TIME:2024-06-03T08:15:30Z]]\t[[USERNAME:a.lindqvist]]\t[[IP_ADDRESS:2001:9b1:4e2:a100::7c]]\texport_report\tok""",
    """STU_NO   NAME                  DOB         HOUSE    GUARDIAN_MOBILE
S20117   [[PERSON:Amelia Pohatu]]         [[DATE_TIME:2012-03-14]]  Kauri    [[PHONE_NUMBER:021 558 3107]]
S20118   [[PERSON:Hamish Drummond-Kerr]]  [[DATE_TIME:2012-07-02]]  Rimu     [[PHONE_NUMBER:022 401 7754]]
S20124   [[PERSON:Sione Vaipulu]]         [[DATE_TIME:2011-11-28]]  Totara   [[PHONE_NUMBER:027 883 2045]]
S20131   [[PERSON:Mei Lin Zhou]]          [[DATE_TIME:2012-01-09]]  Kauri""",
    """{"nhs_number": "[[ID_NUMBER:612 384 9506]]", "name": "[[PERSON:Agnieszka Wójcik]]", "vaccine": "COVID-19 autumn booster", "batch": "HK4471", "given": "[[DATE_TIME:2023-10-14 10:20]]", "site": "L deltoid"}
{"nhs_number": "[[ID_NUMBER:738 204 1166]]", "name": "[[PERSON:Desmond Oduya]]", "vaccine": "Influenza (QIVe)", "batch": "FL2093", "given": "[[DATE_TIME:2023-10-14 10:35]]", "site": "R deltoid"}
{"nhs_number": "[[ID_NUMBER:450 918 2732]]", "name": "[[PERSON:Hazel Brightwater]]", "vaccine": "Shingrix dose 2", "batch": "SX0182", "given": "[[DATE_TIME:2023-10-16 14:05]]", "site": "L deltoid"}
{"nhs_number": "[[ID_NUMBER:702 837 4610]]", "name": "[[PERSON:Ravinder Gill]]", "vaccine": "Pneumococcal (PPV23)", "batch": "PN7730", "given": "[[DATE_TIME:2023-10-16 14:20]]", "site": "R deltoid"}""",
    """volunteers:
  - name: [[PERSON:Folake Adeyemi]]
    shift: Saturday food bank, 9-12
    phone: "[[PHONE_NUMBER:0161 227 4408]]"
    dbs_checked: true
  - name: [[PERSON:Ciarán Murphy]]
    shift: Sunday soup run
    phone: "[[PHONE_NUMBER:07700 903 615]]"
    dbs_checked: false
  - name: [[PERSON:Hoa Tran]]
    shift: Wednesday warehouse
    email: [[EMAIL_ADDRESS:hoa.tran.volunteer@gmail.com]]
    dbs_checked: true""",
    """room,guest_name,nationality,passport_no,arrival,departure,rate_code
412,[[PERSON:Matteo Ricci]],[[NRP:Italian]],[[ID_NUMBER:YB4820173]],[[DATE_TIME:2024-07-11]],[[DATE_TIME:2024-07-14]],BAR
415,[[PERSON:Chen Jiahui]],[[NRP:Chinese]],[[ID_NUMBER:EJ0418826]],[[DATE_TIME:2024-07-11]],[[DATE_TIME:2024-07-18]],CORP-ACME
509,[[PERSON:Brandon Kessler]],[[NRP:American]],[[US_PASSPORT:567190443]],[[DATE_TIME:2024-07-12]],[[DATE_TIME:2024-07-13]],AAA
511,[[PERSON:Noura Al-Qahtani]],[[NRP:Saudi]],[[ID_NUMBER:W118273]],[[DATE_TIME:2024-07-12]],[[DATE_TIME:2024-07-16]],BAR""",
    """| Unit | Tenant | Mobile | Lease start | Rent (R) | Arrears |
|------|--------|--------|-------------|----------|---------|
| 2A | [[PERSON:Zanele Mthembu]] | [[PHONE_NUMBER:072 418 3390]] | [[DATE_TIME:1 Mar 2023]] | 7 200 | 0 |
| 2B | [[PERSON:Pieter-Jan Botha]] | [[PHONE_NUMBER:083 551 2207]] | [[DATE_TIME:1 Jun 2022]] | 7 200 | 1 450 |
| 3A | [[PERSON:Fatima Cassim]] | [[PHONE_NUMBER:061 903 7745]] | [[DATE_TIME:15 Jan 2024]] | 8 100 | 0 |""",
    """Employee: [[PERSON:Darnell Whitaker]]
SSN: [[US_SSN:361-48-2290]]
Date of birth: [[DATE_TIME:12/03/1991]]
Home address: [[ADDRESS:8812 Greenbriar Ct]], [[LOCATION:Indianapolis]], [[LOCATION:IN]] [[ZIP_CODE:46260]]
I-9 List A document: U.S. passport [[US_PASSPORT:488203917]]
Hire date: [[DATE_TIME:04/15/2024]]
Position: Forklift Operator II
Pay type: hourly""",
    """customer_no,name,street,city,region,postal_code,segment
"[[ID_NUMBER:100482]]","[[PERSON:Ewa Zielińska]]","[[ADDRESS:ul. Piotrkowska 118 m. 4]]","[[LOCATION:Łódź]]","[[LOCATION:łódzkie]]","[[ZIP_CODE:90-006]]","retail"
"[[ID_NUMBER:100517]]","[[PERSON:Andrius Kazlauskas]]","[[ADDRESS:Gedimino pr. 9-12]]","[[LOCATION:Vilnius]]","","[[ZIP_CODE:LT-01103]]","retail"
"[[ID_NUMBER:100533]]","[[PERSON:Jana Novotná]]","[[ADDRESS:Vinohradská 1511/230]]","[[LOCATION:Praha]]","","[[ZIP_CODE:100 00]]","wholesale"
"[[ID_NUMBER:100541]]","[[PERSON:Kristjan Tamm]]","[[ADDRESS:Pärnu mnt 31-8]]","[[LOCATION:Tallinn]]","[[LOCATION:Harjumaa]]","[[ZIP_CODE:10119]]","retail\"""",
    """driver\tlicence_no\tlicence_class\tplate\tdepot\tshift
[[PERSON:Tomasz Zieliński]]\t[[ID_NUMBER:ZIELI705213T99LK]]\tC+E\t[[ID_NUMBER:DX20 LKP]]\t[[LOCATION:Daventry]]\tnights
[[PERSON:Abimbola Okeke]]\t[[ID_NUMBER:OKEKE861042A97BZ]]\tC\t[[ID_NUMBER:DX22 RWA]]\t[[LOCATION:Daventry]]\tdays
[[PERSON:Lee Hutchinson]]\t[[ID_NUMBER:HUTCH710218L99MN]]\tC+E\t[[ID_NUMBER:DY19 VCE]]\t[[LOCATION:Magna Park]]\tdays""",
    """{"username": "[[USERNAME:rohit.kulk]]", "email": "[[EMAIL_ADDRESS:rohit.kulkarni@rediffmail.com]]", "plan": "pro", "last_login": "[[DATE_TIME:2024-05-28T19:42:10+05:30]]", "last_ip": "[[IP_ADDRESS:117.196.44.82]]"}
{"username": "[[USERNAME:mwangi_k]]", "email": "[[EMAIL_ADDRESS:kmwangi@gmail.com]]", "plan": "free", "last_login": "[[DATE_TIME:2024-05-29T06:03:55+03:00]]", "last_ip": "[[IP_ADDRESS:41.90.188.7]]"}
{"username": "[[USERNAME:ellie.b]]", "email": "[[EMAIL_ADDRESS:eleanor.bracewell@btinternet.com]]", "plan": "team", "last_login": null, "last_ip": null}""",
    """| Dispute | Cardholder | Card number | Merchant | Amount | Reason |
|---|---|---|---|---|---|
| DSP-30118 | [[PERSON:Harriet Osei]] | [[CREDIT_CARD:4556 7302 1849 3379]] | QuickFlights Ltd | £412.00 | not received |
| DSP-30121 | [[PERSON:Gabriel Mendes]] | [[CREDIT_CARD:5229 1847 0336 1085]] | StreamBox | £9.99 | cancelled subscription |
| DSP-30127 | [[PERSON:Yusra Hamdan]] | **** **** **** 4417 | HomeFurnish | £1,089.00 | damaged goods |
| DSP-30130 | [[PERSON:Colm Devlin]] | [[CREDIT_CARD:3498 217735 06414]] | Car Hire Direct | £260.00 | duplicate charge |""",
    """SEQ  BENEFICIARY          IBAN                                 AMOUNT_EUR  REMITTANCE
001  [[PERSON:Hendrik Claes]]        [[IBAN_CODE:BE76 0631 8275 4095]]                  1,250.00    INV-2024-0418
002  [[PERSON:Lucía Pardo Ortega]]   [[IBAN_CODE:ES50 0049 1507 2129 1028 4715]]        980.00      expenses March
003  [[PERSON:Maximilian Roth]]      [[IBAN_CODE:DE10 2004 1155 0612 8473 00]]          2,400.00    deposit refund
004  [[PERSON:Chloé Besnard]]        [[IBAN_CODE:FR76 1027 8061 4000 0204 8193 721]]    615.40      INV-2024-0431
005  [[PERSON:Reto Baumgartner]]     [[IBAN_CODE:CH34 0900 0003 0481 7263 9]]           3,100.00    consulting Q1""",
    """study: "Loneliness in later life (ethics 24/HSS/112)"
participants:
  - code: [[ID_NUMBER:LLL-021]]
    name: [[PERSON:Moira Cunningham]]
    age: [[AGE:79]]
    consent_signed: [[DATE_TIME:2024-02-06]]
    recording_ok: true
  - code: [[ID_NUMBER:LLL-022]]
    name: [[PERSON:Lionel Baptiste]]
    age: [[AGE:84]]
    consent_signed: [[DATE_TIME:2024-02-08]]
    recording_ok: false
    withdrawn: [[DATE_TIME:2024-03-01]]""",
    """member_no,first,last,dob,mobile,plan,status
GM-20418,[[PERSON:Kirra]],[[PERSON:Anderson]],[[DATE_TIME:14/08/1997]],[[PHONE_NUMBER:0423 771 905]],Off-peak,active
GM-20422,[[PERSON:Nikolaos]],[[PERSON:Papadakis]],[[DATE_TIME:02/02/1984]],[[PHONE_NUMBER:0409 336 218]],Anytime,frozen
GM-20431,[[PERSON:Mele]],[[PERSON:Fonua]],[[DATE_TIME:30/11/2001]],[[PHONE_NUMBER:0478 204 663]],Student,active
GM-20440,[[PERSON:Yaw]],[[PERSON:Boateng]],[[DATE_TIME:19/05/1979]],,Anytime,cancelled""",
    """LOCKER | SLOT | RECIPIENT | MOBILE | PIN | EXPIRES
LKR-ELIZ-04 | 12 | [[PERSON:S. Ramachandran]] | [[PHONE_NUMBER:0400 817 223]] | 448210 | 3 days
LKR-ELIZ-04 | 15 | [[PERSON:Lachlan Byrne]] | [[PHONE_NUMBER:0431 006 758]] | 902117 | 3 days
LKR-ELIZ-07 | 03 | [[PERSON:Minh Anh Dao]] | [[PHONE_NUMBER:0416 552 389]] | 330871 | 1 day""",
    """Client: [[PERSON:Oleksandr Marchenko]]
Nationality: [[NRP:Ukrainian]]
Date of birth: [[DATE_TIME:06.04.1986]]
Passport: [[ID_NUMBER:FV418273]]
Status sought: temporary protection extension
Appointment: [[DATE_TIME:Thursday 13 June, 14:00]]

Client: [[PERSON:Hana Mahmoud Saleh]]
Nationality: [[NRP:Syrian]]
Date of birth: [[DATE_TIME:22.09.1995]]
Passport: [[ID_NUMBER:N018827341]]
Status sought: family reunification
Appointment: [[DATE_TIME:Friday 14 June, 09:30]]""",
    """name\tgrad_year\tprogramme\tprofile\tcity
[[PERSON:Adwoa Asantewaa]]\t2016\tMSc Data Science\t[[URL:https://www.linkedin.com/in/adwoa-asantewaa]]\t[[LOCATION:Kumasi]]
[[PERSON:Liam Fitzgerald]]\t2018\tBEng Civil\t[[URL:linkedin.com/in/liamfitzgeraldeng]]\t[[LOCATION:Galway]]
[[PERSON:Priyamvada Rao]]\t2015\tMBA\t[[URL:https://github.com/priyamvada-rao]]\t[[LOCATION:Bengaluru]]""",
    """{"ticket": "ESC-77810", "opened_by": "[[PERSON:Salma Haddad]]", "customer_email": "[[EMAIL_ADDRESS:salma.haddad@orange.fr]]", "product": "washer-dryer WD-900", "escalation_level": 2, "sla_breached": true}
{"ticket": "ESC-77814", "opened_by": "[[PERSON:Owen Pritchard]]", "customer_email": "[[EMAIL_ADDRESS:owen.pritchard@sky.com]]", "product": "fridge FF-410", "escalation_level": 3, "sla_breached": true}
{"ticket": "ESC-77822", "opened_by": "[[PERSON:Nguyen Minh Chau]]", "customer_email": "[[EMAIL_ADDRESS:chau.nm@yahoo.com.vn]]", "product": "oven OV-22", "escalation_level": 1, "sla_breached": false}""",
    """| Name | Role | Office | Ext. | Mobile |
|------|------|--------|------|--------|
| [[PERSON:Deborah Fairweather]] | Logistics Manager | [[LOCATION:Felixstowe]] | x4410 | [[PHONE_NUMBER:07700 905 118]] |
| [[PERSON:Aziz Karimov]] | Customs Broker | [[LOCATION:Felixstowe]] | x4412 | [[PHONE_NUMBER:07700 905 240]] |
| [[PERSON:Rebecca Onwuachi]] | Transport Planner | [[LOCATION:Immingham]] | x5107 | |""",
    """citation_no,issued,driver,dl_number,dl_state,plate,violation
TC-2024-118820,[[DATE_TIME:2024-04-12 07:55]],[[PERSON:Kayla Brooks]],[[US_DRIVER_LICENSE:B620-418-92-733-0]],[[LOCATION:FL]],[[ID_NUMBER:LXV R42]],speeding 15+
TC-2024-118841,[[DATE_TIME:2024-04-12 09:10]],[[PERSON:Hector Villanueva]],[[US_DRIVER_LICENSE:41820937]],[[LOCATION:TX]],[[ID_NUMBER:NBT-4471]],red light
TC-2024-118860,[[DATE_TIME:2024-04-12 13:48]],[[PERSON:Whitney Amadi]],[[US_DRIVER_LICENSE:A-180-931-174-812]],[[LOCATION:MD]],[[ID_NUMBER:7CX 2093]],no seatbelt""",
    """CLIENT           PET     SPECIES  PHONE         ADDRESS       LAST VISIT
[[PERSON:Bronwyn Ashdown]]  Pickle  cat      [[PHONE_NUMBER:0412 337 980]]  [[ADDRESS:9 Wattle Pl]]   [[DATE_TIME:2024-04-02]]
[[PERSON:Arjun Malhotra]]   Rocky   dog      [[PHONE_NUMBER:0433 118 264]]  [[ADDRESS:21 Cobb St]]    [[DATE_TIME:2024-03-28]]
[[PERSON:Thi Mai Vo]]       Sushi   rabbit   [[PHONE_NUMBER:0401 925 377]]  [[ADDRESS:3/60 Kent Rd]]  [[DATE_TIME:2024-04-05]]""",
    """nom;prénom;date_naissance;n_secu;ville;code_postal;téléphone;formule
[[PERSON:Lambert]];[[PERSON:Hugo]];[[DATE_TIME:21/05/1979]];[[ID_NUMBER:1 79 05 33 063 218 47]];[[LOCATION:Bordeaux]];[[ZIP_CODE:33000]];[[PHONE_NUMBER:05 56 44 18 27]];mensuelle
[[PERSON:Nguyen]];[[PERSON:Camille]];[[DATE_TIME:03/12/1990]];;[[LOCATION:Villeurbanne]];[[ZIP_CODE:69100]];[[PHONE_NUMBER:07 81 22 40 93]];annuelle
[[PERSON:Haddad]];[[PERSON:Yasmine]];[[DATE_TIME:17/07/2002]];;[[LOCATION:Montpellier]];[[ZIP_CODE:34000]];[[PHONE_NUMBER:06 45 90 12 78]];étudiante""",
    """| Empfänger | Straße | PLZ | Ort | Telefon | Pakete | Zustellversuch |
|---|---|---|---|---|---|---|
| [[PERSON:Katharina Lenz]] | [[ADDRESS:Bergmannstraße 102]] | [[ZIP_CODE:10961]] | [[LOCATION:Berlin]] | [[PHONE_NUMBER:0176 48213907]] | 2 | 1 |
| [[PERSON:Yusuf Demir]] | [[ADDRESS:Schanzenstraße 7, 3. OG]] | [[ZIP_CODE:20357]] | [[LOCATION:Hamburg]] | | 1 | 2 |
| [[PERSON:Anneliese Huber]] | [[ADDRESS:Am Anger 3]] | [[ZIP_CODE:83209]] | [[LOCATION:Prien am Chiemsee]] | [[PHONE_NUMBER:08051 963214]] | 1 | 1 |""",
    """kod\tnamn\tpersonnummer\tsamtycke\tgrupp
[[ID_NUMBER:HÄL-101]]\t[[PERSON:Erik Sundqvist]]\t[[ID_NUMBER:670922-1839]]\t[[DATE_TIME:2024-03-04]]\tA
[[ID_NUMBER:HÄL-102]]\t[[PERSON:Maja Lindholm]]\t[[ID_NUMBER:031104-6627]]\t[[DATE_TIME:2024-03-04]]\tB
[[ID_NUMBER:HÄL-103]]\t[[PERSON:Göran Pettersson]]\t[[ID_NUMBER:550708-4175]]\t[[DATE_TIME:2024-03-06]]\tA
[[ID_NUMBER:HÄL-104]]\t[[PERSON:Amira Yousef]]\t[[ID_NUMBER:940519-8160]]\t[[DATE_TIME:2024-03-07]]\tB""",
    """personel:
  - ad_soyad: [[PERSON:Selin Arslan]]
    tc_kimlik: "[[ID_NUMBER:24681093700]]"
    telefon: "[[PHONE_NUMBER:0542 319 84 20]]"
    departman: Muhasebe
    ise_giris: [[DATE_TIME:2021-09-01]]
  - ad_soyad: [[PERSON:Kerem Yılmaz]]
    tc_kimlik: "[[ID_NUMBER:41305872954]]"
    telefon: "[[PHONE_NUMBER:0555 604 11 37]]"
    departman: Depo
    ise_giris: [[DATE_TIME:2023-02-13]]
  - ad_soyad: [[PERSON:Gülşen Kaya]]
    tc_kimlik: "[[ID_NUMBER:17904382644]]"
    departman: İnsan Kaynakları
    ise_giris: [[DATE_TIME:2019-05-06]]""",
    """donor,email,amount_usd,anonymous,country,message
[[PERSON:Rebekah Thornton]],[[EMAIL_ADDRESS:bekah.thornton@gmail.com]],50,no,[[LOCATION:USA]],Get well soon [[PERSON:Manu]]!
Anonymous,,200,yes,[[LOCATION:Australia]],
[[PERSON:Losa Fonoti]],[[EMAIL_ADDRESS:losa.f@outlook.com]],25,no,[[LOCATION:Samoa]],Alofa atu
[[PERSON:Grant McIver]],[[EMAIL_ADDRESS:grant@mciverplumbing.co.nz]],100,no,[[LOCATION:New Zealand]],From all the lads at work""",
]

CHAT = [
    """[14:02] Bot: Hi! I'm Pip, the delivery assistant. What's your tracking number?
[14:02] Customer: JD014472819GB
[14:03] Bot: Thanks. That parcel is marked as delivered. Would you like to speak to an agent?
[14:03] Customer: yes please, it was NOT delivered
[14:05] Agent ([[PERSON:Farah]]): Hi, I'm [[PERSON:Farah]], sorry about this. Can you confirm your name and the delivery address?
[14:06] Customer: [[PERSON:Gemma Thistlethwaite]], [[ADDRESS:27 Honeysuckle Way]], [[LOCATION:Bicester]] [[ZIP_CODE:OX26 3FN]]
[14:07] Agent ([[PERSON:Farah]]): Thank you, [[PERSON:Gemma]]. The driver's photo shows a blue door - is yours blue?
[14:07] Customer: mine's grey. there's a Honeysuckle Close two streets over, maybe it went there
[14:09] Agent ([[PERSON:Farah]]): That's likely it. I've opened an investigation and the local depot will call you on [[PHONE_NUMBER:07700 912 054]] before 6 pm.""",
    """[18:42] Aunty [[PERSON:Bisi]]: Who is collecting Daddy's tablets tomorrow? The pharmacy closes at 1 on Saturdays
[18:44] [[PERSON:Tunde]]: I can go after football. Is it still under his full name, [[PERSON:Samuel Adebayo Ogunleye]]?
[18:44] Aunty [[PERSON:Bisi]]: yes. they might ask for his DOB, it's [[DATE_TIME:3rd of May 1946]]
[18:45] [[PERSON:Kemi]]: the repeat slip is on the fridge btw
[18:47] [[PERSON:Tunde]]: ok. and the delivery service has the new address, [[ADDRESS:14 Beechwood Avenue]], not the old flat?
[18:48] Aunty [[PERSON:Bisi]]: yes [[ADDRESS:14 Beechwood Avenue]], [[LOCATION:Thornton Heath]] [[ZIP_CODE:CR7 8JE]]. [[PERSON:Kemi]] pls check it on the app
[18:55] [[PERSON:Kemi]]: done, updated""",
    """[[PERSON:Priya Raman]]  10:14 AM
@[[USERNAME:jonas.weber]] did participant [[ID_NUMBER:MW-033]] sign page 2 of the consent form? the scan only has page 1
[[PERSON:Jonas Weber]]  10:21 AM
yes, she signed both, I'll rescan. FYI she asked us to use her married name now, [[PERSON:Leah Goldberg-Sinclair]], on everything including the withdrawal form
[[PERSON:Priya Raman]]  10:22 AM
ok. also [[ID_NUMBER:MW-034]] never showed, I'll call him on [[PHONE_NUMBER:+44 7700 900 647]] this afternoon
[[PERSON:Jonas Weber]]  10:30 AM
thx. reminder that the ethics committee wants all signed forms in the locked cabinet in room 2.14, not on desks""",
    """Tue 09:14 DriveEasy: Kia ora [[PERSON:Marcus]], it's [[PERSON:Tanya]] from DriveEasy. We've received an infringement notice for the Corolla you rented from us, plate [[ID_NUMBER:NFE482]]. Can you confirm your licence number so we can nominate you as the driver?
Tue 09:31 [[PERSON:Marcus]]: ugh ok. [[ID_NUMBER:EK482917]], version 213
Tue 09:33 DriveEasy: Thanks. The notice says 68 km/h in a 50 zone on Great South Road on [[DATE_TIME:14 March at 16:22]]. The ticket will be posted to you at [[ADDRESS:5 Kereru Lane]], [[LOCATION:Whangārei]] - is that still right?
Tue 09:40 [[PERSON:Marcus]]: yep same address. can I pay it online?
Tue 09:41 DriveEasy: Yes, the police notice has a link. Our $45 admin fee will go on the card ending 0093.""",
    """[[PERSON:Olivia Chen]] 11:02
Hi [[PERSON:Rafael]], for your H-1B extension we still need a copy of your latest I-94 and your last three pay stubs.
[[PERSON:Rafael Oliveira Santos]] 11:05
Sure, uploading now. The I-94 number is [[ID_NUMBER:382177405A4]]. Also my [[NRP:Brazilian]] passport was renewed, the new number is [[ID_NUMBER:GB418273]].
[[PERSON:Olivia Chen]] 11:09
Thanks! I'll send both to [[PERSON:Mr. Feldman]] at the law firm and he'll prepare the petition. Can you also confirm your home address for the form?
[[PERSON:Rafael Oliveira Santos]] 11:12
[[ADDRESS:1550 N Lake Shore Dr, Apt 18F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60610]]""",
    """[21:14] [[USERNAME:frostbyte_77]]: anyone else getting kicked from the EU server?
[21:15] [[USERNAME:lunarmoth]]: yeah the lag is insane tonight
[21:15] [[USERNAME:frostbyte_77]]: my IP keeps showing as [[IP_ADDRESS:86.12.241.93]] in the logs and then it disconnects
[21:16] [[USERNAME:Grimnir]]: bro don't post your IP lol
[21:16] [[USERNAME:lunarmoth]]: also [[PERSON:Jake]], if you still want the mod role DM [[PERSON:Sanne]], her email for the form is [[EMAIL_ADDRESS:sanne.devries@ziggo.nl]]
[21:17] [[USERNAME:frostbyte_77]]: oh ok thx""",
    """[10:12] Kurye [[PERSON:Emre]]: Merhaba, siparişiniz için kapıdayım ama zile basınca kimse açmıyor.
[10:13] [[PERSON:Ayşe Demirtaş]]: Merhaba, işteyim şu an. Kapıcı [[PERSON:Hasan]] [[TITLE:Bey]]'e bırakabilir misiniz?
[10:14] Kurye [[PERSON:Emre]]: Adres [[LOCATION:Bahçelievler Mah.]] [[ADDRESS:Gazi Cad. No: 41 D: 9]], doğru mu?
[10:15] [[PERSON:Ayşe Demirtaş]]: Evet doğru. Kapıcının numarası [[PHONE_NUMBER:0536 772 14 08]].
[10:21] Kurye [[PERSON:Emre]]: Teslim ettim, iyi günler.""",
    """Agent [[PERSON:Sneha]] (12:40): Hello, you are chatting with [[PERSON:Sneha]] from customer support. How can I help?
[[PERSON:Vikram Malhotra]] (12:41): My order was delivered to the wrong address AGAIN. Third time!!
Agent [[PERSON:Sneha]] (12:42): I'm very sorry, sir. Could you share your registered mobile number?
[[PERSON:Vikram Malhotra]] (12:42): [[PHONE_NUMBER:98110 47263]]
Agent [[PERSON:Sneha]] (12:44): Thank you. I see your address as [[ADDRESS:C-42, Second Floor]], [[LOCATION:Greater Kailash Part 1]], [[LOCATION:New Delhi]] [[ZIP_CODE:110048]]. Is that correct?
[[PERSON:Vikram Malhotra]] (12:44): Yes. I want to speak to a supervisor now.
Agent [[PERSON:Sneha]] (12:45): Understood. I'm escalating this to my team lead, [[PERSON:Arvind]]; he will call you within 2 hours.""",
]

LOOKALIKE = [
    """Shipment update - AWB 176-48210375
Container MSCU 7720418-6 was discharged at MYPKG from MSC AURORA voy. 418W. HS code 8471.30.01, gross weight 12,480.5 kg, 22 pallets. Booking ref BKG-2024-118273; invoice INV-0048-2291 dated 2024-05-02, payable in 30 days. Customs entry 24MY0418273650. Next milestone: rail to the inland depot (MYNIL), ETA 2024-05-09 14:00. Consignee contact for the delivery appointment: [[PERSON:Lim Wei Jie]]. General enquiries: +60 3-7728 4000 or ops@klangfreight.com.my.""",
    """Release 10.4.2.17 (build 2024.06.118)
- Fixed a crash when the allowlist contained CIDR ranges wider than /8.
- Upgraded libxml2 to 2.12.7 and OpenSSL to 3.0.14; minimum client is now 8.1.0.3.
- Migration 0042_add_uuid: rows are now keyed by UUID (for example 3f8e2a1c-7b4d-4e91-a0c2-58d19f6b7e30).
- Image digest sha256:9b1e4c7a2f0d83e6c5b7a41928f0e3d6c2b1a09f8e7d6c5b4a3928170615f4e2.
- Default port moved from 8080 to 8443.
Thanks to [[PERSON:Ingrid Halvorsen]] (@[[USERNAME:ihalvorsen]]) for the report in issue #4417.""",
    """Stock check - week 23
Atorvastatin 20 mg x28: NDC 0093-5057-98, lot LT24A118, exp 11/2026, qty 14
Levothyroxine 25 mcg x28: lot 2304117 - RECALLED (drug alert EL(24)A/18), quarantine
Co-careldopa 25/100: keep the same brand for Parkinson's patients; do not substitute
Leaflets restocked: Crohn's disease, Hashimoto's thyroiditis, Raynaud's
Reference copy: formulary handbook, ISBN 978-0-85711-447-1, shelf B3
Wholesaler helpline 0800 028 9113, account 40-18827 (branch account, not a patient)
Checked by: [[PERSON:Nadia Petrova]]""",
    """Fees and charges (effective 1 April 2024)
Penalty charge notices: an admin fee of £35 applies to each PCN we pay or transfer (a PCN looks like ZY48210375). Speed camera notices: £40 per driver nomination. Congestion / ULEZ: £15 plus the daily charge. Fuel: £2.49 per litre if the car comes back below the pickup level. Your rental agreement number (RA- followed by six digits) and the vehicle's VIN (e.g. WVWZZZ1KZ8W418273) appear on every invoice. Damage excess, group C: £1,250. Card authorisation hold: £250. Customer service: 0344 844 4440, Monday to Friday, 8:00 to 20:00; complaints@driveeasy.co.uk.""",
    """Methods. Survival was estimated with the Kaplan-Meier method and compared with the log-rank test; hazard ratios came from Cox proportional-hazards models. Normality was checked with the Shapiro-Wilk test and pairwise comparisons used Tukey's HSD with a Bonferroni correction. Data and code: doi:10.5281/zenodo.11204183; preregistration osf.io/4k7tq. Participants were identified only by study code, and no names, dates of birth or NHS numbers were kept. Correspondence: [[PERSON:Dr. Oluwakemi Adesanya]], [[EMAIL_ADDRESS:o.adesanya@kcl.ac.uk]].""",
    """Filing fees and forms (from 1 April 2024): Form I-485, $1,440; Form I-765, $260 when filed with the I-485; Form I-131, $630. Receipt numbers have three letters and ten digits, for example MSC2490123456; quote yours whenever you call the contact center at 800-375-5283. An A-Number starts with "A" followed by 8 or 9 digits. The office on Martin Luther King Jr. Boulevard is open Monday to Friday, 7:30 a.m. to 4:00 p.m. A volunteer Spanish interpreter, [[PERSON:Ms. Guadalupe Serrano]], is available on Tuesdays.""",
    """KB-2291: Verifying a caller before an escalation
1. Ask for the account number (8 digits, starting with 7). Never read it back in full; say "ending 0448".
2. Ask for the postcode and date of birth. Reject a DOB entered as 00/00/0000 - it is a placeholder.
3. Cards: confirm only the last four digits (**** **** **** 1234 in the screen examples).
4. If the caller fails two questions, send the case to queue ESC-T2 and log reason code V-07.
5. Supervisor on duty this week: [[PERSON:Kwame Mensah]] (ext. 2291).
Article version 3.2.1, last reviewed 2024-02-12 by the Knowledge Team.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind37", STYLES, OUT)


if __name__ == "__main__":
    main()

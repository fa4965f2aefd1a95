"""Build tests/data/blind39.jsonl: a thirty-ninth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind39.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set and the record lists inside the make_*.py scripts); exactly
these were read and nothing else: lines 1-121 of make_blind22.py (its
module docstring with the labeling conventions and style descriptions, and
its import lines), the closing scaffolding of make_blind22.py from the line
starting `STYLES = {` to the end of the file (copied below), the whole of
gold_sets.py, and lines 1-64 of make_handwritten.py (its conventions, the
two regexes MARK and TITLE_IN_NAME, and `parse()`). The import lines below
follow make_blind22.py. No git history was looked at. The detector, the
bench and the tests were never run on this file. Do not tune the detector
against it: once it has been used to tune, it no longer measures anything;
write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country, and the national check digits inside the
French, Spanish, Belgian, Italian and Portuguese IBANs are right too (worked
out by hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks cards and IBANs and refuses a bad one).
National ids with a public check digit (NHS number, SIN, Aadhaar, BSN,
South African ID, TFN, Irish PPSN, Singapore NRIC, Romanian CNP, German
Steuer-ID, French NIR, Spanish DNI, Swiss AHV number, Australian Medicare
number, Italian codice fiscale) were given a valid one the same way (the
South African ids and the CNPs agree with the person's sex and birth date
where they show), and so were the look-alikes that carry one (ISBN-13).
UK NI numbers, US SSNs (no check digit), PAN, Nigerian NIN and BVN, Kenyan
ids and KRA PINs, Philippine SSS and PhilHealth numbers, passports,
licences, plates, bank account numbers and staff, student, member, patient,
trial-subject and loyalty numbers were not checked.

Styles (ids `blind39-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Canada, Australia, India, Ireland, South Africa, Nigeria,
Kenya, Ghana, Singapore, Malaysia, the Philippines, Jamaica and New Zealand
contexts, with names from the many cultures living there), the rest in
German, French, Italian and Romanian:
- `bench` (100): records in the manner of the public PII-masking
  benchmarks (ai4privacy pii-masking-200k/300k/400k, gretel-pii-masking-
  en-v1, Nemotron-PII): single sentences crowded with entities, forms,
  emails, support tickets, log lines, letters and document snippets with
  titles, names, sex, age, DOB in odd formats, job titles, employers,
  streets with building numbers and secondary addresses, cities, counties,
  states, zip codes, phones, emails, usernames, passwords, IPv4 / IPv6, user
  agents, MACs, account, IBAN and card numbers, SSNs, passports, licences,
  plates, national and tax ids.
- `gen` (90): realistic sentences with personal data as a third-party LLM
  would write them, the PII woven into prose, with weight on mortgage
  applications, clinical trial notes, hotel guest registers, alumni
  newsletters, aviation crew rosters and tenancy disputes, and besides them
  banking, insurance, pharmacy, schools, HR, retail, telecoms, government
  services, courts, sport, charities, vets and deliveries; names at the
  start, middle and end, lowercase and possessive.
- `table` (35): one labeled table per record rendered as text (CSV,
  pipes / Markdown, TSV, fixed-width, JSON lines, YAML, key: value blocks)
  with varied column names, non-PII columns among the PII ones, and a
  header row that is not labeled.
- `chat` (8): chat and messaging transcripts (support chats, group chats,
  SMS threads) with the PII spread over the turns.
- `lookalike` (7): texts full of things that look like PII but are not
  (order, tracking, invoice and case references, SKUs, ISBNs, versions
  shaped like IPs, hashes, UUIDs, serials, company phone numbers and role
  mailboxes, eponyms, streets named after people without a number, flight
  numbers, lab values), with the few real PII values labeled.

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name (also Herr, Frau, M., Mme, Dott.ssa, Sig.ra,
  Dl., Dna., Capt.), labeled apart from it; job titles are not TITLE and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  rural routes with their box, house and building names; city, district,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, check-in, duty, signature, letter ...) with a day or
  month, in any shape, times attached to them included; a weekday or a
  clock time said with the date belongs to the date's span; not bare years,
  weekdays alone, durations, or dates not tied to a person (sale, invoice,
  release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, IFSC, SWIFT and routing numbers, CVVs and expiries, PINs,
  order / ticket / claim / policy / booking / application / case / tracking
  references, flight numbers, room numbers, company phone numbers and role
  mailboxes, versions, hashes, serials and VINs, partial numbers ("ending
  4417"), pets, eponyms and brands named after people, a header row.
- Calls made while writing this set, in the same spirit: in a table a
  "sex", "gender", "role", "rank", "dept" or "status" column stays
  unlabeled, an "age" column is AGE, a "country" or "state" column is
  LOCATION and a "nationality" column is NRP; "job_title", "occupation",
  "employer" and "company" fields are unlabeled; a building number given in
  its own field is ADDRESS like a street, and a secondary address field is
  ADDRESS; a clinical trial's subject / participant number is ID_NUMBER like
  a patient number, and an airline crew member's staff number is ID_NUMBER;
  a "last login" timestamp of a person's account, and the timestamp of a
  log line recording a named user's sign-in or action, are DATE_TIME; a
  mortgage or loan application reference is unlabeled like other
  references, but the loan or bank account number of a person is ID_NUMBER;
  a doctor's council registration number is ID_NUMBER like a licence; the
  city of a trial site or a crew base is LOCATION like any city; "Italian
  passport", "Japanese licence" and the like name the document, not the
  holder's nationality, and stay unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind39.jsonl")

BENCH = [
    """Dear [[PERSON:Tobias Wendt]], we noticed a sign-in to [[USERNAME:t.wendt88]] from [[IP_ADDRESS:81.149.22.7]] on [[DATE_TIME:11 Feb 2024, 23:41 GMT]]. If this wasn't you, change your password now and call our security desk on 0345 600 2211 (case SEC-88-1029).""",
    """Name: [[PERSON:Aisha Bello]]
DOB: [[DATE_TIME:07/19/1991]]
Sex: F
SSN: [[US_SSN:531-76-2048]]
Address: [[ADDRESS:4410 Magnolia Crest Dr, Apt 12B]], [[LOCATION:Decatur]], [[LOCATION:GA]] [[ZIP_CODE:30030]]
Phone: [[PHONE_NUMBER:(404) 377-9152]]
Employer: Peachtree Dental Group
Occupation: Dental hygienist""",
    """Patient [[PERSON:Ngozi Eze-Williams]] ([[AGE:58]]), MRN [[ID_NUMBER:MRN-00731842]], was seen in the cardiology clinic on [[DATE_TIME:03/14/2023]]. Religion recorded as [[NRP:Catholic]]; next of kin is her brother [[PERSON:Chidi Eze]], reachable on [[PHONE_NUMBER:+234 803 551 7720]]. Blood type O+, BMI 31.2.""",
    """Hi [[PERSON:Kaito]], kindly transfer the outstanding tuition balance of 3,412.50 GBP to [[IBAN_CODE:GB62 LOYD 3096 3417 7452 60]] before the start of term and quote your student number [[ID_NUMBER:U2291047]] so the bursary team can match the payment.""",
    """[[DATE_TIME:2024-06-03T08:12:55Z]] sshd[2291]: Accepted publickey for [[USERNAME:rkapoor]] from [[IP_ADDRESS:10.42.7.19]] port 51544 ssh2
[[DATE_TIME:2024-06-03T08:13:02Z]] sudo: [[USERNAME:rkapoor]] : TTY=pts/1 ; PWD=/home/[[USERNAME:rkapoor]] ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
2024-06-03T08:13:04Z systemd[1]: Started nginx.service - A high performance web server.""",
    """Document type: Mortgage Pre-Approval Letter
Date: [[DATE_TIME:April 2, 2024]]
Borrower: [[PERSON:Marcus J. Delgado]]
Co-borrower: [[PERSON:Elena Delgado]]
Property: [[ADDRESS:1187 Sycamore Bend Rd]], [[LOCATION:Round Rock]], [[LOCATION:TX]] [[ZIP_CODE:78681]]
Loan program: 30-yr fixed, conventional
Pre-approved amount: $412,000
Application ref: MPA-2024-117736
Valid for: 90 days""",
    """Your parcel for [[PERSON:Thandiwe Mokoena]] could not be delivered to [[ADDRESS:14 Jan Smuts Ave]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2196]]. Reply with a safe place or call [[PHONE_NUMBER:082 415 9037]]. Tracking: ZA9931772045.""",
    """USER PROFILE EXPORT
username: [[USERNAME:lunar_moth_77]]
email: [[EMAIL_ADDRESS:bex.harrington@gmail.com]]
password: Wint3r!sC0ming
last_login: [[DATE_TIME:2023-12-29 02:17:44]]
last_ip: [[IP_ADDRESS:2a02:c7f:5e21:9d00:4c1b:77ff:fe3a:92d1]]
user_agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15
mac: 3C:22:FB:91:0A:6E""",
    """In the event of an emergency during the field trip, please contact [[PERSON:Mrs. Fenwick]] on [[PHONE_NUMBER:07834 229 610]] or the school office. [[PERSON:Oliver]]'s allergy plan (nuts) is attached; his GP is [[PERSON:Dr. Anand Bhatt]] at the Wellfield Surgery.""",
    """Card holder [[PERSON:Rafael Souza Lima]] disputes a charge of R$ 1.249,90 on card [[CREDIT_CARD:5312 4409 8817 2631]] (exp 09/27, CVV 114) made on [[DATE_TIME:18/05/2024]]. Contact: [[EMAIL_ADDRESS:rafael.slima@outlook.com.br]].""",
    """Claimant: [[PERSON:Siobhán Ní Bhriain]]
PPSN: [[ID_NUMBER:4821937C]]
Address: [[ADDRESS:Apartment 3, 22 Dominick Street Lower]], [[LOCATION:Galway]], [[ZIP_CODE:H91 X2K7]]
Mobile: [[PHONE_NUMBER:+353 87 614 2209]]
Claim type: Illness Benefit
Certificate date: [[DATE_TIME:12 January 2024]]""",
    """Please update the shipping address for [[PERSON:Hamid Qureshi]] to [[ADDRESS:Suite 402, 88 Bay Street]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5J 2R8]]. His SIN on file ([[ID_NUMBER:519 374 805]]) should be removed from the ticket per policy.""",
    """The account [[ID_NUMBER:0062 4471 9830]] belonging to [[PERSON:Mwangi Kariuki]] (ID No. [[ID_NUMBER:28817364]], KRA PIN [[ID_NUMBER:A009147732K]]) was flagged on [[DATE_TIME:2 March 2024]] after a deposit of KES 1,450,000 from an unverified M-Pesa line, [[PHONE_NUMBER:0722 908 114]].""",
    """{"event":"password_reset","user":{"name":"[[PERSON:Lucía Fernández]]","email":"[[EMAIL_ADDRESS:lucia.fdez@proton.me]]","phone":"[[PHONE_NUMBER:+34 612 48 93 07]]"},"ip":"[[IP_ADDRESS:88.27.140.203]]","ts":"[[DATE_TIME:2024-03-08T19:22:10+01:00]]","ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}""",
    """[[PERSON:Prof. Hyun-woo Park]] will chair the viva for [[PERSON:Adaeze Nwosu]] on [[DATE_TIME:Thursday 16 May at 14:00]] in Room 2.14. External examiner: [[PERSON:Dr. Ines Carvalho]] ([[EMAIL_ADDRESS:i.carvalho@uminho.pt]]).""",
    """TAX RETURN SUMMARY — TY2023
Taxpayer: [[PERSON:Darnell K. Whitaker]] | SSN: [[US_SSN:412-88-3091]]
Spouse: [[PERSON:Monique Whitaker]] | SSN: [[US_SSN:287-40-6615]]
Filing status: Married filing jointly
Home address: [[ADDRESS:2209 N Kedzie Blvd]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60647]]
Refund direct deposit: routing 071000013, account [[ID_NUMBER:4418207753]]""",
    """Driver [[PERSON:Kelechi Adeyemi]], licence no. [[ID_NUMBER:ADE88041K19]], was stopped on the A1 at 02:10 driving a grey Corolla, reg [[ID_NUMBER:LSD 442 KJ]]. He gave his address as [[ADDRESS:17 Admiralty Way]], [[LOCATION:Lekki]], [[LOCATION:Lagos]].""",
    """Subject: Re: Invoice 2024-0381 overdue

Hi [[PERSON:Gareth]],

Sorry for the delay — my payroll moved this month. I've just sent £640 from my account ([[ID_NUMBER:31926819]], sort code 60-16-13). If it doesn't show by Friday please ring me on [[PHONE_NUMBER:07962 318 004]].

Thanks,
[[PERSON:Pooja]]""",
    """Name: [[PERSON:Chen Wei-Ling]] | NRIC: [[ID_NUMBER:S8931652I]] | DOB: [[DATE_TIME:1989-11-02]] | Religion: [[NRP:Buddhist]] | Address: [[ADDRESS:Blk 412 Ang Mo Kio Ave 10, #08-1127]], [[LOCATION:Singapore]] [[ZIP_CODE:560412]] | HP: [[PHONE_NUMBER:9127 4630]]""",
    """Please confirm the wire for [[PERSON:Antoine Mercier]]: beneficiary IBAN [[IBAN_CODE:FR76 3000 4018 2300 0112 9604 833]], BIC BNPAFRPPXXX, amount 7 800,00 EUR, reason: deposit for [[ADDRESS:9 rue des Capucins]], [[LOCATION:Lyon]].""",
    """Your appointment with [[PERSON:Dr. Olumide Fashola]] is confirmed for [[DATE_TIME:Mon 22 Jul 2024 09:40]]. Bring your Medicare card ([[ID_NUMBER:2953 18404 1]]) and arrive 10 min early. The clinic address is in your confirmation email. Questions? Reply to this SMS.""",
    """Employee onboarding — [[PERSON:Sipho Ndlovu]]
ID number: [[ID_NUMBER:8804125093085]]
Start date: [[DATE_TIME:1 August 2024]]
Department: Logistics
Bank: FNB, account [[ID_NUMBER:62810044719]], branch 250655
Emergency contact: [[PERSON:Lindiwe Ndlovu]] ([[PHONE_NUMBER:+27 71 338 5046]])""",
    """hey [[USERNAME:xXdarkfireXx]], ur ban appeal was denied. IP [[IP_ADDRESS:172.58.19.240]] linked to 3 alt accounts ([[USERNAME:darkfire_2]], [[USERNAME:dfire.alt]], [[USERNAME:notdarkfire]]). contact appeals@ if u think this is a mistake""",
    """Passenger: [[TITLE:MS.]] [[PERSON:PRIYANKA SUBRAMANIAM]]
Passport: [[ID_NUMBER:Z4418290]] (IND), exp 2031
Date of birth: [[DATE_TIME:04MAR1993]]
Frequent flyer: [[ID_NUMBER:EK 310 774 925]]
Booking ref: QW7T2K   Seat 34K""",
    """This is to certify that [[PERSON:Mr. Gideon Asante]], holder of Ghana Card [[ID_NUMBER:GHA-721044835-6]], resides at [[ADDRESS:House No. 14, Kofi Annan Street]], [[LOCATION:Airport Residential Area]], [[LOCATION:Accra]], and has been a member of this congregation since [[DATE_TIME:March 2011]].""",
    """Request #44190: user [[PERSON:Emma-Louise Grant]] ([[EMAIL_ADDRESS:emmalouise.grant@nhs.net]]) cannot log in from new laptop. Asset tag NHS-LT-009913, MAC 98:5A:EB:10:4C:7F, last seen IP [[IP_ADDRESS:10.210.4.77]]. Staff number [[ID_NUMBER:20558712]]. Priority: P3.""",
    """Beneficiary designation: I, [[PERSON:Rosa María Castillo]], born [[DATE_TIME:8-Jun-1962]], name my daughter [[PERSON:Carmen Castillo-Reyes]] ([[US_SSN:604-19-3382]]) as primary beneficiary of policy LF-2210-8873. Signed at [[LOCATION:El Paso]], [[LOCATION:Texas]] on [[DATE_TIME:the 3rd day of October, 2023]].""",
    """Kunde: [[TITLE:Herr]] [[PERSON:Jannik Oberländer]]
Anschrift: [[ADDRESS:Lindenstraße 41a]], [[ZIP_CODE:70563]] [[LOCATION:Stuttgart]]
Geburtsdatum: [[DATE_TIME:22.09.1987]]
Steuer-ID: [[ID_NUMBER:65710248967]]
IBAN: [[IBAN_CODE:DE43 7015 0000 0021 9847 36]]
Telefon: [[PHONE_NUMBER:0711 48 29 305]]
Beruf: Ingenieur""",
    """Alert: new device login for [[EMAIL_ADDRESS:jomo.otieno@yahoo.com]] — Chrome on Linux, [[IP_ADDRESS:41.90.64.188]] ([[LOCATION:Nairobi]], [[LOCATION:Kenya]]) at [[DATE_TIME:2024-01-15 06:03 EAT]]. Not you? Secure your account.""",
    """Dear [[PERSON:Mx. Rowan Achterberg]],

Your application for the graduate scheme has progressed. Please attend an assessment centre on [[DATE_TIME:Wednesday, 12 June 2024, at 9.30am]] at our head office. Bring photo ID (passport or driving licence) and your National Insurance number.

Kind regards,
Graduate Recruitment""",
    """Guest: [[PERSON:Yusuf Al-Mansoori]]; Nationality: [[NRP:Emirati]]; Passport: [[ID_NUMBER:P7N0381445]]; Arrival: [[DATE_TIME:2024-08-19]]; Departure: [[DATE_TIME:2024-08-23]]; Room 1207 (Deluxe King); Card guarantee: [[CREDIT_CARD:4916 8302 5577 3108]]""",
    """Vehicle loan #VL-55821 — borrower [[PERSON:Patricia Ann Kowalczyk]], DL [[US_DRIVER_LICENSE:K442-8190-3375]] (IL), phone [[PHONE_NUMBER:773-555-0142]], VIN 1HGCV1F34LA048832, plate [[ID_NUMBER:DK 47219]]. First payment due 30 days after funding.""",
    """I am [[PERSON:Rahul Verma]], PAN [[ID_NUMBER:BKRPV4821M]], Aadhaar [[ID_NUMBER:5284 1907 7362]], residing at [[ADDRESS:Flat 604, Tower B, Prestige Shantiniketan]], [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560048]]. Please link my account to my mobile number, [[PHONE_NUMBER:+91 98860 41273]].""",
    """Incident 7731 — On [[DATE_TIME:27/02/2024 at approx. 16:45]] [[PERSON:Wiremu Tane]] (age [[AGE:34]]) slipped on the loading dock at the [[LOCATION:Hamilton]] depot. First aid by [[PERSON:Kiri Walker]]. ACC claim lodged. Contact: [[PHONE_NUMBER:021 448 9172]].""",
    """From: [[EMAIL_ADDRESS:maya.rosenfeld@cornell.edu]]
To: registrar@cornell.edu
Subject: Transcript request

Hello, please send an official transcript to [[ADDRESS:301 Wyman Park Rd, Unit 4]], [[LOCATION:Baltimore]], [[LOCATION:MD]] [[ZIP_CODE:21211]]. My student ID is [[ID_NUMBER:4418029]] and my DOB is [[DATE_TIME:2/27/99]].
— [[PERSON:Maya Rosenfeld]]""",
    """Payment failed for subscription PRM-88213. Card [[CREDIT_CARD:3411 290557 33187]] has been replaced by the issuer. [[PERSON:Samantha]], please update your billing details at your account page within 7 days.""",
    """[[TITLE:Dl.]] [[PERSON:Andrei Popescu]], CNP [[ID_NUMBER:1790923120343]], domiciliat în [[LOCATION:Cluj-Napoca]], [[ADDRESS:str. Horea nr. 27, ap. 9]], jud. [[LOCATION:Cluj]], telefon [[PHONE_NUMBER:0744 219 836]], solicită eliberarea unui certificat de atestare fiscală.""",
    """2023-11-30 14:22:07,551 WARN  [payments] chargeback received from issuer customer_id=[[ID_NUMBER:CUS-0091842]] email=[[EMAIL_ADDRESS:d.mbeki@telkomsa.net]] card=************4417 amount=1299.00 reason=fraud
2023-11-30 14:22:07,553 INFO  [notify] sms queued to=[[PHONE_NUMBER:+27 83 662 0194]] template=chargeback_ack""",
    """To whom it may concern, [[PERSON:Maria Theresa Dizon]] (SSS No. [[ID_NUMBER:34-5819027-6]], PhilHealth [[ID_NUMBER:12-050738119-4]]) has been employed as a nurse at our hospital since [[DATE_TIME:June 3, 2019]]. Her residence is [[ADDRESS:Blk 7 Lot 22, Mabuhay Homes Phase 2]], [[LOCATION:Dasmariñas]], [[LOCATION:Cavite]].""",
    """Registration form — Junior Football League
Child: [[PERSON:Leo Mancini]]   DOB: [[DATE_TIME:14/10/2015]]   Age: [[AGE:8]]
Parent/guardian: [[PERSON:Francesca Mancini]]
Email: [[EMAIL_ADDRESS:fran.mancini82@btinternet.com]]
Mobile: [[PHONE_NUMBER:07411 902 357]]
Medical notes: asthma (inhaler in bag)
Photo consent: Yes""",
    """Bonjour [[TITLE:Mme]] [[PERSON:Céline Garnier]], votre dossier de prêt immobilier (réf. PI-2024-5532) est complet. Le rendez-vous de signature chez le notaire est fixé au [[DATE_TIME:mardi 9 juillet 2024 à 10h30]]. Merci de vous munir de votre pièce d'identité et de votre RIB : [[IBAN_CODE:FR76 1751 5900 0008 4126 5571 375]].""",
    """Emp ID: [[ID_NUMBER:E-004417]] | Name: [[PERSON:Tran Thi Minh Anh]] | Title: Sr. Data Analyst | Manager: [[PERSON:Brian O'Rourke]] | Work email: [[EMAIL_ADDRESS:minhanh.tran@corvanta.com]] | Hire date: [[DATE_TIME:2021-04-12]] | Location: [[LOCATION:Austin]], [[LOCATION:TX]]""",
    """Can you ask [[PERSON:Jerome]] to send the signed lease to [[EMAIL_ADDRESS:jerome.baptiste.lettings@gmail.com]]? He moves into [[ADDRESS:Flat 2, 58 Coldharbour Lane]], [[LOCATION:Brixton]], [[ZIP_CODE:SW9 8LF]] on [[DATE_TIME:the 1st of March]].""",
    """ACCOUNT VERIFICATION
Full name: [[PERSON:Abimbola Ogunleye]]
BVN: [[ID_NUMBER:22184730915]]
NIN: [[ID_NUMBER:70418825361]]
Date of birth: [[DATE_TIME:30-Aug-1990]]
Phone: [[PHONE_NUMBER:0806 714 3392]]
State of origin: [[LOCATION:Ogun]]""",
    """Reminder: [[PERSON:Dr. Farah Siddiqui]]'s on-call shift starts [[DATE_TIME:Saturday 5 Oct, 20:00]]. Pager 4471. If unreachable, escalate to the duty manager on ext. 2200.""",
    """we are pleased to inform [[PERSON:joseph kamau njoroge]] of [[ADDRESS:p.o. box 4410]]-[[ZIP_CODE:00100]], [[LOCATION:nairobi]] that his application for the county bursary has been approved. id no. [[ID_NUMBER:31190827]]. funds will be sent to the school directly.""",
    """Order 100-4419821-2237 shipped to: [[PERSON:Kayla Brooks-Nguyen]], [[ADDRESS:5512 Ridgeview Ter]], [[LOCATION:Spokane]], [[LOCATION:WA]] [[ZIP_CODE:99223-4107]]. Delivery expected Thu. Questions about this order? Visit Your Orders.""",
    """{"patient_id": "[[ID_NUMBER:PT-5520931]]", "name": "[[PERSON:Ananya Krishnan]]", "dob": "[[DATE_TIME:1978-01-30]]", "sex": "F", "allergies": ["penicillin"], "insurance": {"provider": "Star Health", "member_id": "[[ID_NUMBER:SHI-2290-44718]]"}, "phone": "[[PHONE_NUMBER:+91 98450 21773]]"}""",
    """Caller identified as [[PERSON:Brendan McAllister]], DOB [[DATE_TIME:3rd April 1958]], postcode [[ZIP_CODE:BT9 6GH]]. Passed security. Requests replacement debit card; old card [[CREDIT_CARD:4556 7301 8829 4708]] cancelled at 11:02. New card to registered address.""",
    """Application for residence permit: [[PERSON:Olena Shevchenko]], [[NRP:Ukrainian]] national, passport [[ID_NUMBER:FK 284719]], arrived in [[LOCATION:Ireland]] on [[DATE_TIME:14 April 2022]]. Current address: [[ADDRESS:31 Ashgrove Park]], [[LOCATION:Ennis]], [[LOCATION:Co. Clare]].""",
    """Hi team, [[PERSON:Marguerite]] from accounts here. The vendor [[PERSON:Ji-ho Lim]] sent bank details by email; before paying please call him on the number we already hold ([[PHONE_NUMBER:+82 10-4729-3381]]) — not the one in the email. Invoice 3390 can wait until then.""",
    """SHIP TO: [[PERSON:Aroha Ngata]]
[[ADDRESS:RD 2, 448 Kaimai Road]]
[[LOCATION:Katikati]] [[ZIP_CODE:3178]]
[[LOCATION:New Zealand]]
Ph [[PHONE_NUMBER:027 301 8846]]
Items: 2 x merino base layer (M), 1 x beanie""",
    """Transaction log: [[DATE_TIME:2024-05-02 10:14]] — [[PERSON:Isabella Rossi]] paid €86.40 with card [[CREDIT_CARD:5457 6230 0148 7392]] at Farmacia Centrale; loyalty no. [[ID_NUMBER:FC-0088213]] credited 86 points.""",
    """[[TITLE:Sgt.]] [[PERSON:Dwayne Forbes]] (badge 4471) attended [[ADDRESS:12 Hope Road]], [[LOCATION:Kingston 6]], [[LOCATION:Jamaica]] following a report by [[PERSON:Claudette Reid]] ([[PHONE_NUMBER:876-927-4410]]). Complainant's TRN: [[ID_NUMBER:104-772-318]].""",
    """Applicant: [[PERSON:Niamh Gallagher]]; DOB: [[DATE_TIME:19.02.2001]]; Course: BSc Nursing; Previous school: St. Louis Grammar, [[LOCATION:Ballymena]]; Contact: [[EMAIL_ADDRESS:niamhg01@hotmail.co.uk]] / [[PHONE_NUMBER:+44 7521 338 901]]; UCAS ID: [[ID_NUMBER:184-227-3905]]""",
    """My name is [[PERSON:Luca Ferraro]] and my codice fiscale is [[ID_NUMBER:FRRLCU78B03L219O]]. I need to change the IBAN for my pension payments to [[IBAN_CODE:IT56 L020 0801 6340 0010 4773 218]] from the start of next month.""",
    """ADMISSION NOTE
Pt: [[PERSON:Hemi Rāwiri]], [[AGE:71]]M, NHI [[ID_NUMBER:ZAC4411]]
Admitted [[DATE_TIME:08/09/2023 22:15]] via ED with SOB.
Lives with wife [[PERSON:Mere]] at [[ADDRESS:22 Tui Street]], [[LOCATION:Rotorua]].
GP: [[PERSON:Dr S. Patel]].""",
    """Attention: [[PERSON:Kwame Boateng]] — your US visa interview is on [[DATE_TIME:11/20/2024 at 8:15 AM]]. Bring passport [[ID_NUMBER:G2281374]], DS-160 confirmation AA00D4ZK71 and proof of ties. Applicant email on file: [[EMAIL_ADDRESS:kboateng.gh@gmail.com]].""",
    """Username [[USERNAME:mara.k]] changed recovery phone from [[PHONE_NUMBER:+61 412 883 026]] to [[PHONE_NUMBER:+61 438 117 594]] on [[DATE_TIME:2024-04-21 21:48 AEST]] from [[IP_ADDRESS:2001:8003:1c4e:8a00:d1f2:6b9:3e40:11a7]].""",
    """Name of insured: [[PERSON:Olufemi Adebayo-Clarke]]
Date of loss: [[DATE_TIME:January 6, 2024]]
Property: [[ADDRESS:903 Whitmore Ave]], [[LOCATION:Hartford]], [[LOCATION:CT]] [[ZIP_CODE:06114]]
Cause: burst pipe, second floor bathroom
Adjuster: [[PERSON:Lisa Tran]] (Hartwell Mutual claims line, 800-555-0199)
Claim no.: HM-24-00719""",
    """I hereby authorise [[PERSON:Meera Pillai]] to collect my passport ([[ID_NUMBER:N9184402]]) from the consulate on my behalf. — [[PERSON:Suresh Pillai]], [[ADDRESS:Flat 9B, Marina Heights, JLT Cluster D]], [[LOCATION:Dubai]]. Mob: [[PHONE_NUMBER:+971 50 771 2094]].""",
    """Sehr geehrte [[TITLE:Frau]] [[PERSON:Dr. Katharina Vogt]], wir bestätigen Ihren Termin zur Kontoeröffnung am [[DATE_TIME:Donnerstag, 14. März 2024, 15:00 Uhr]] in unserer Filiale [[LOCATION:München-Schwabing]]. Bitte bringen Sie Ihren Personalausweis (Nr. [[ID_NUMBER:L01X00T47]]) mit.""",
    """login_attempts: user=[[USERNAME:dkhumalo]] result=FAIL count=5 src=[[IP_ADDRESS:196.22.141.9]] locked=true; user=[[USERNAME:asmith_admin]] result=OK src=[[IP_ADDRESS:196.22.141.14]]""",
    """Congratulations [[PERSON:Beatriz]]! You've been selected for our summer internship. Please send a copy of your Social Security card ([[US_SSN:731-02-8846]]) and a voided check to HR before your start date, [[DATE_TIME:June 3]]. Your manager will be [[PERSON:Tom Ellison]].""",
    """Tenant reference request
Applicant: [[PERSON:Connor Fitzpatrick]]
Current address: [[ADDRESS:Flat 11, 4 Albion Street]], [[LOCATION:Leeds]] [[ZIP_CODE:LS1 6AD]]
Time at address: 2 yrs 4 mths
Landlord: [[PERSON:Sunita Mehra]] ([[PHONE_NUMBER:0113 496 0721]])
Monthly rent: £925
Any arrears? No""",
    """Sample 4 of 9 — PII detection test: [[PERSON:Zeynep Arslan]] was born in [[LOCATION:Izmir]] on [[DATE_TIME:17 Haziran 1994]]; her TR ID is [[ID_NUMBER:38417290554]], her IBAN [[IBAN_CODE:NL67 RABO 0318 7762 54]] (she banks in the [[LOCATION:Netherlands]]), and her handle is @[[USERNAME:zeynep.codes]].""",
    """Incoming fax from [[PHONE_NUMBER:(212) 555-0187]] to [[PERSON:Dr. Levine]]'s office: referral for [[PERSON:Harold Bernstein]], DOB [[DATE_TIME:11-04-1947]], Medicare ID [[ID_NUMBER:4TQ7-JW2-RA58]], for evaluation of atrial fibrillation.""",
    """Gentile [[TITLE:Dott.ssa]] [[PERSON:Giulia Marchetti]], la informiamo che il suo codice fiscale [[ID_NUMBER:MRCGLI90P54A944A]] risulta associato a due utenze. Per chiarimenti può contattarci al numero verde 800 900 700 oppure scriverci a [[EMAIL_ADDRESS:giulia.marchetti90@libero.it]] rispondendo a questa email.""",
    """Security question reset for [[PERSON:Felipe Andrade]] ([[EMAIL_ADDRESS:felipe.andrade@uol.com.br]]): mother's maiden name changed, new answer "[[PERSON:Cavalcanti]]"; recovery email [[EMAIL_ADDRESS:f.andrade.backup@gmail.com]]; confirmed via SMS to [[PHONE_NUMBER:+55 11 98842-7310]].""",
    """Volunteer sign-up: [[PERSON:Gurpreet Kaur Sandhu]], [[AGE:45]], [[NRP:Sikh]], from [[LOCATION:Surrey]], [[LOCATION:BC]]. Available weekends. Food handling cert #FH-29930. Email [[EMAIL_ADDRESS:gk.sandhu@shaw.ca]], cell [[PHONE_NUMBER:604-839-2271]].""",
    """VPN session opened: user=[[EMAIL_ADDRESS:a.lindqvist@nordhamn.se]] assigned=[[IP_ADDRESS:10.8.0.54]] public=[[IP_ADDRESS:83.250.17.92]] client=OpenVPN 2.6.8 start=[[DATE_TIME:2024-02-19 07:58:31]] device=LT-0417""",
    """Re: complaint about noise — I'm [[PERSON:Deborah Okonkwo]] at [[ADDRESS:No. 7 Harcourt Mews]] and I've logged the disturbances from the flat above on [[DATE_TIME:12 Nov]], [[DATE_TIME:15 Nov]] and [[DATE_TIME:19 Nov]]. Please call me on [[PHONE_NUMBER:07888 203 164]] rather than emailing.""",
    """Dear Customer, the direct debit mandate for [[PERSON:Willem de Bruijn]] (BSN [[ID_NUMBER:238174657]]) from [[IBAN_CODE:NL45 INGB 0006 7251 90]] has been cancelled as requested on [[DATE_TIME:3 januari 2024]].""",
    """Booking for [[TITLE:Mr]] & [[TITLE:Mrs]] [[PERSON:Obi]] — table for 6, [[DATE_TIME:Sat 14 Dec 7.30pm]], contact [[PHONE_NUMBER:07940 551 238]]. Note: birthday cake for [[PERSON:Chiamaka]] (turning [[AGE:40]]), nut-free please.""",
    """Proof of address: utility bill issued to [[PERSON:A. K. Mensah]], [[ADDRESS:Plot 22, Block C, Sakumono Estates]], [[LOCATION:Tema]], billing period Mar–Apr 2024, account no. [[ID_NUMBER:0110472281]].""",
    """[[PERSON:Ioana Dumitrescu]], născută la [[DATE_TIME:14.03.1985]] în [[LOCATION:București]], CNP [[ID_NUMBER:2850314402179]], cont [[IBAN_CODE:RO46 BTRL RONC RT03 1822 4401]], email [[EMAIL_ADDRESS:ioana.dumitrescu@yahoo.ro]], a depus cererea de rambursare TVA nr. 4417/2024.""",
    """git log excerpt:
commit 9f4c2ab71e03d8c55b1e2f0a7d6c93e41f8b2a10
Author: [[PERSON:Sven Halvorsen]] <[[EMAIL_ADDRESS:sven.halvorsen@gmail.com]]>
Date:   [[DATE_TIME:Tue Mar 12 22:41:07 2024 +0100]]

    fix: stop logging full card numbers in checkout""",
    """Prescription: [[PERSON:Margaret O'Sullivan]], [[AGE:82]], of [[ADDRESS:9 Chapel Row]], [[LOCATION:Bandon]], [[LOCATION:Co. Cork]]. Rx: apixaban 2.5 mg BD. Prescriber: [[PERSON:Dr. Eoin Keane]], MCRN [[ID_NUMBER:019443]]. Dispensed [[DATE_TIME:4/1/24]].""",
    """Name: [[PERSON:Tevita Fifita]]
Gender: M
Date of Birth: [[DATE_TIME:1995/07/08]]
Tax File Number: [[ID_NUMBER:417 389 268]]
Street: [[ADDRESS:12 Wattle Grove]]
Suburb: [[LOCATION:Logan Central]]
State: [[LOCATION:QLD]]
Postcode: [[ZIP_CODE:4114]]
Mobile: [[PHONE_NUMBER:0423 719 805]]""",
    """Hi, it's [[PERSON:Natasha]] from 4B. The boiler's out again — can you send someone Monday? Best number is [[PHONE_NUMBER:+44 7700 183 452]]. Also my new email is [[EMAIL_ADDRESS:tash.volkova@icloud.com]] since I closed the old one.""",
    """Subject: Your rental application — [[ADDRESS:2/18 Fitzroy St]], [[LOCATION:St Kilda]] [[LOCATION:VIC]] [[ZIP_CODE:3182]]
Dear [[PERSON:Ravi]] and [[PERSON:Deepa Shankar]], we're happy to offer you the lease starting [[DATE_TIME:15 June 2024]]. Bond of $2,840 is payable to the agency trust account (details attached). Please sign by Friday.""",
    """Customer [[ID_NUMBER:C-88120447]] ([[PERSON:Hannah Lindgren]]) requested data deletion under GDPR on [[DATE_TIME:2024-03-15]]. Systems affected: CRM, mailing list ([[EMAIL_ADDRESS:hannah.lindgren@telia.se]]), loyalty. Completed by [[PERSON:J. Holm]].""",
    """POLICE REPORT EXTRACT — Reporting person: [[PERSON:Luis Alberto Medina]], M/[[AGE:29]], DL [[US_DRIVER_LICENSE:D4471092]] (CA), res. [[ADDRESS:1546 W 37th Pl]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90018]], states his vehicle was broken into overnight.""",
    """Our records show [[PERSON:Aditi]] ([[EMAIL_ADDRESS:aditi.rao@iitb.ac.in]]) last logged in on [[DATE_TIME:22 Jan 2024 at 18:07 IST]] from [[IP_ADDRESS:103.21.58.114]]. Her storage quota (15 GB) is 98% full.""",
    """[[TITLE:M.]] [[PERSON:Karim Benali]], né le [[DATE_TIME:02/11/1979]] à [[LOCATION:Marseille]], numéro de sécurité sociale [[ID_NUMBER:1 79 11 13 055 214 54]], demeurant [[ADDRESS:47 boulevard Longchamp]], [[ZIP_CODE:13001]] [[LOCATION:Marseille]], déclare sur l'honneur l'exactitude des informations ci-dessus.""",
    """Hi [[PERSON:Mateo]], just a reminder that your US passport ([[US_PASSPORT:A09142287]]) expires soon. Renew before your [[DATE_TIME:August 14]] flight to [[LOCATION:Lima]]. The form is DS-82; photo must be 2x2 in.""",
    """Ticket ZD-229104
From: [[PERSON:Ahmad Faizal bin Rahman]] <[[EMAIL_ADDRESS:afaizal.rahman@gmail.com]]>
Message: I was charged RM 189 twice for order 7712. My IC no is [[ID_NUMBER:880914-14-5527]] and phone [[PHONE_NUMBER:012-773 4091]]. Please refund to the card ending 2210.""",
    """The following users were added to the finance-ro group on [[DATE_TIME:2024-05-06]]: [[USERNAME:pnkosi]], [[USERNAME:jlaurent]], [[USERNAME:m.oyelaran]]. Approved by [[PERSON:Clara Winslow]].""",
    """KYC refresh — [[PERSON:Dimitrios Papadakis]], Greek ID [[ID_NUMBER:AK 481927]], IBAN [[IBAN_CODE:CH28 0076 2011 6409 1885 2]], address [[ADDRESS:Rämistrasse 71]], [[ZIP_CODE:8006]] [[LOCATION:Zürich]]. AHV no. [[ID_NUMBER:756.9182.7364.57]]. Source of funds: salary.""",
    """Hello, I'm writing about my mother, [[PERSON:Mrs. Edna Pryce]], [[AGE:88]], resident in Room 14 of Larchfield Care Home. Her NHS number is [[ID_NUMBER:485 777 3457]]. Please send any correspondence to me, [[PERSON:Gwen Pryce-Jones]], at [[EMAIL_ADDRESS:gwenpj@talktalk.net]].""",
    """Pickup: [[PERSON:Omar]] · [[ADDRESS:221 Queen St W]] → YYZ Terminal 3 · [[DATE_TIME:Fri Apr 19, 5:20 AM]] · Driver: [[PERSON:Baljit]] · Toyota Camry [[ID_NUMBER:CBXR 417]] · Rider phone [[PHONE_NUMBER:+1 647 555 0133]]""",
    """Scholarship award letter, [[DATE_TIME:28 February 2024]]. Dear [[PERSON:Fatuma Wanjiru Mwangi]], index number [[ID_NUMBER:20417008112]], you have been awarded a full scholarship to study at Moi University. Please report on [[DATE_TIME:2 September 2024]] with your national ID and KCSE certificate.""",
    """Sehr geehrter [[TITLE:Herr]] [[PERSON:Ömer Yıldız]], Ihre neue Adresse [[ADDRESS:Hansaring 112]], [[ZIP_CODE:50670]] [[LOCATION:Köln]] wurde zum [[DATE_TIME:01.04.2024]] in unserem System hinterlegt. Kundennummer: [[ID_NUMBER:KD-7720418]].""",
    """Signal from [[PHONE_NUMBER:+1 (917) 448-2093]]: "hey it's [[PERSON:Dev]], new number. can u venmo me for the tickets? @[[USERNAME:dev-malhotra-3]]" """.strip(),
    """Name [[PERSON:Elif Demir]] | Age [[AGE:27]] | Nationality [[NRP:Turkish]] | Passport [[ID_NUMBER:U28814930]] | Address [[ADDRESS:Calle de Toledo 86, 3º izq.]], [[ZIP_CODE:28005]] [[LOCATION:Madrid]] | NIE: [[ID_NUMBER:Y4418202P]] | Phone [[PHONE_NUMBER:+34 655 210 874]]""",
    """Il sottoscritto [[PERSON:Andrea Costa]], codice fiscale [[ID_NUMBER:CSTNDR85H21F205K]], residente in [[ADDRESS:Via Paolo Sarpi 14]], [[ZIP_CODE:20154]] [[LOCATION:Milano]], autorizza l'addebito sul conto [[IBAN_CODE:IT96 D030 6909 6061 0000 0047 329]] delle rate del finanziamento n. 88120.""",
    """Patch notes reviewed by [[PERSON:Keanu Kahananui]] on [[DATE_TIME:2024-01-09]]. He can be reached at [[EMAIL_ADDRESS:keanu.k@hawaii.edu]] or at [[PHONE_NUMBER:(808) 956-2271]] (office, Mon–Wed).""",
    """DISCHARGE SUMMARY (extract)
Patient: [[PERSON:Reuben Achterberg-Mills]]    Sex: M    Age: [[AGE:47]]
Hospital no.: [[ID_NUMBER:RX0914472]]    Blood group: A Rh-
Admitted: [[DATE_TIME:06/02/2024]]    Discharged: [[DATE_TIME:10/02/2024]]
Occupation: HGV driver (employer: Fenland Freight Ltd)
Insurer: Bupa, membership no. [[ID_NUMBER:BU-88204173]]
Home: [[ADDRESS:5 Saxon Rise]], [[LOCATION:March]], [[LOCATION:Cambridgeshire]] [[ZIP_CODE:PE15 9BT]]
Diagnosis: community-acquired pneumonia; treated with IV co-amoxiclav.
Follow-up: respiratory clinic with [[PERSON:Dr. Yewande Oladipo]] on [[DATE_TIME:4 March 2024]].""",
    """Good afternoon [[PERSON:Cosmin]], as discussed, our records list your vehicle with the registration [[ID_NUMBER:B 117 KXR]], your mobile [[PHONE_NUMBER:+40 721 448 093]] and the email [[EMAIL_ADDRESS:cosmin.vlad1989@gmail.com]]. Could you confirm the street as well? We currently have [[ADDRESS:Calea Victoriei 155, bl. D1, ap. 42]], [[LOCATION:sector 1]], [[LOCATION:București]].""",
    """Customer Feedback Record
Record ID: FB-2024-00931
Submitted: [[DATE_TIME:2024-04-18]]
Customer: [[PERSON:Leticia Mbeki-Santos]]
Account no.: [[ID_NUMBER:88-4471-2093]]
Contact email: [[EMAIL_ADDRESS:leticia.ms@icloud.com]]
Branch visited: [[LOCATION:Port Elizabeth]] (Walmer Park)
Comments: The teller, [[PERSON:Sizwe]], was very patient while I updated my address to [[ADDRESS:23 Heugh Road]], [[LOCATION:Walmer]]. However I waited 40 minutes.
Rating: 3/5""",
]

GEN = [
    """Underwriting note: [[PERSON:Priyanka Deshmukh]] and her husband [[PERSON:Arjun Deshmukh]] are applying for a $385,000 conventional loan to buy [[ADDRESS:72 Larkspur Lane]] in [[LOCATION:Edison]], [[LOCATION:New Jersey]]. [[PERSON:Priyanka]] has been with the same pharmaceutical company since [[DATE_TIME:March 2017]], while [[PERSON:Arjun]]'s freelance income only goes back eighteen months, so we have asked for two full years of tax returns.""",
    """Hi [[PERSON:Callum]], thanks for sending your payslips. To finish your mortgage application I still need a bank statement showing the deposit, and your address history — you mentioned you lived at [[ADDRESS:Flat 3/2, 119 Dumbarton Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6PW]] until [[DATE_TIME:August 2022]]. Once I have those I can book the valuation.""",
    """[[PERSON:Tomás]] and [[PERSON:Aoife Brennan]] got mortgage approval in principle from their bank on [[DATE_TIME:9 February]], but it lapses after six months, so they are racing to go sale agreed on a three-bed semi in [[LOCATION:Naas]] before the summer.""",
    """Für die Baufinanzierung benötigen wir von [[TITLE:Frau]] [[PERSON:Sabine Krüger]] noch die Gehaltsabrechnungen der letzten drei Monate sowie den Grundbuchauszug für das Objekt [[ADDRESS:Am Mühlbach 7]] in [[ZIP_CODE:93047]] [[LOCATION:Regensburg]]. Rückfragen beantwortet sie gern unter [[PHONE_NUMBER:0941 584 2276]].""",
    """Our client, [[PERSON:Mei Ling Tan]], [[AGE:29]], is a first home buyer purchasing in [[LOCATION:Parramatta]] with a 5% deposit under the Home Guarantee Scheme. She earns about $104k as a physiotherapist and carries a HECS debt of roughly $22k; the best way to reach her is her mobile, [[PHONE_NUMBER:0431 622 908]].""",
    """The self-employed applicant, [[PERSON:Oluwaseun Adekunle]], runs a small logistics firm in [[LOCATION:Dartford]]. For the remortgage of his home at [[ADDRESS:18 Beechwood Close]], [[LOCATION:Bexleyheath]] [[ZIP_CODE:DA7 4RN]], the lender wants SA302s for the last two tax years and a reference from his accountant.""",
    """[[PERSON:Mihai Ionescu]] și soția sa, [[PERSON:Elena]], au depus cererea de credit ipotecar pentru apartamentul din [[ADDRESS:Strada Zizinului nr. 112, bl. 4, ap. 18]], [[LOCATION:Brașov]]. Banca mai solicită adeverința de venit a lui [[PERSON:Mihai]] și extrasul contului [[IBAN_CODE:RO69 RNCB 0082 0447 1930 0001]] pe ultimele șase luni.""",
    """Hi [[PERSON:Sandra]], just flagging that the stress test puts [[PERSON:Jean-Philippe Tremblay]]'s qualifying rate at 7.25%, which leaves him about $18,000 short on the [[LOCATION:Laval]] condo. He'd like to add his sister [[PERSON:Isabelle]] as a co-signer — her credit consent form is attached.""",
    """Visit 4 note — Subject [[ID_NUMBER:1047-0219]] ([[PERSON:R.K.]]), [[AGE:61]]-year-old male, attended on [[DATE_TIME:14 May 2024]]. Reports mild nausea since the dose escalation on [[DATE_TIME:2 May]]; ALT 48 U/L. The investigator, [[PERSON:Dr. Helen Mbatha]], judged it possibly related. Next visit booked for [[DATE_TIME:28 May 2024]].""",
    """Screening log: [[PERSON:Maria Gonçalves]] (DOB [[DATE_TIME:12/03/1957]]) was consented on [[DATE_TIME:3 April 2024]] but screen-failed because her eGFR came back at 38. She was given screening number [[ID_NUMBER:SCR-0441]] and agreed to be contacted about future studies on [[PHONE_NUMBER:+351 912 448 071]].""",
    """Nota di monitoraggio: il paziente [[ID_NUMBER:IT-07-0032]] ([[PERSON:G. Russo]], [[AGE:67]] anni) ha saltato la visita del [[DATE_TIME:15 marzo 2024]] per un ricovero all'ospedale di [[LOCATION:Bergamo]]. Lo sperimentatore, [[TITLE:Dott.]] [[PERSON:Paolo Benedetti]], ha segnalato l'evento come SAE entro 24 ore.""",
    """Protocol deviation: participant [[ID_NUMBER:P-3308]] took her study tablets with breakfast on [[DATE_TIME:Monday, 8 July]] because she misread the diary card. Her daughter, [[PERSON:Keisha Thompson]], who helps manage her medicines, rang the site from [[PHONE_NUMBER:(678) 221-4409]] to report it.""",
    """Note de l'attachée de recherche clinique : [[TITLE:Mme]] [[PERSON:Nathalie Roux]], patiente n° [[ID_NUMBER:FR-12-0087]], [[AGE:49]] ans, a signé le consentement éclairé le [[DATE_TIME:4 juin 2024]] en présence du [[TITLE:Pr]] [[PERSON:Laurent Fabre]]. Le premier prélèvement pharmacocinétique est prévu le [[DATE_TIME:11 juin 2024 à 8h00]].""",
    """In the week-12 adverse event review, the safety physician noted that subject [[ID_NUMBER:0214]] at the [[LOCATION:Durban]] site, a [[AGE:34]]-year-old woman enrolled on [[DATE_TIME:19 January 2024]], developed a grade 2 rash. The site coordinator, [[PERSON:Nomvula Zulu]], sent photographs from [[EMAIL_ADDRESS:nomvula.zulu@ahri.org]].""",
    """Unblinding request: [[PERSON:Dr. Jonas Eriksson]] asked for emergency unblinding of subject [[ID_NUMBER:SE-03-115]] on [[DATE_TIME:22 Feb 2024 at 03:10]] after the participant, [[PERSON:Lars Nyberg]], arrived at the emergency department with severe hypoglycaemia.""",
    """Please note that [[PERSON:Mr. Haruto Sato]] withdrew his consent at the visit on [[DATE_TIME:30/08/2023]]. No further samples should be taken, although the data collected up to that date may be kept. His study ID was [[ID_NUMBER:JP-211-004]].""",
    """Just before midnight a late arrival, [[PERSON:Svetlana Morozova]], checked in to room 512 on a [[NRP:Russian]] passport, number [[ID_NUMBER:75 4418203]], and asked that the register show her company's address rather than her home in [[LOCATION:St Petersburg]]. She is due to check out on [[DATE_TIME:24 October]].""",
    """Meldeschein: [[PERSON:Lorenzo Bianchi]], geb. [[DATE_TIME:03.11.1982]], Staatsangehörigkeit [[NRP:italienisch]], wohnhaft [[ADDRESS:Via Garibaldi 22]], [[ZIP_CODE:10122]] [[LOCATION:Torino]]; Anreise [[DATE_TIME:12.08.2024]], Abreise [[DATE_TIME:16.08.2024]]; mitreisend Ehefrau [[PERSON:Chiara]] und zwei Kinder.""",
    """The night auditor flagged that [[PERSON:Mr. Daniel Osei]] (room 304) and [[PERSON:Ms. Abena Osei]] (room 306) had been registered against the same Visa ending 8812, and that the mobile number on their registration card, [[PHONE_NUMBER:+233 24 418 7720]], had been typed into the PMS with the wrong country code.""",
    """Guest history for [[PERSON:Haruka Watanabe]]: stayed [[DATE_TIME:3–6 April 2023]] and [[DATE_TIME:14–17 November 2023]]; always asks for a high floor and a humidifier. Loyalty member [[ID_NUMBER:HH 882 104 377]]. Email on the profile: [[EMAIL_ADDRESS:haruka.w@docomo.ne.jp]].""",
    """Registro ospiti, camera 8: [[TITLE:Sig.ra]] [[PERSON:Anna Lombardi]], nata a [[LOCATION:Napoli]] il [[DATE_TIME:21/02/1975]], carta d'identità [[ID_NUMBER:CA44182BF]], arrivo [[DATE_TIME:5 agosto]], partenza [[DATE_TIME:9 agosto]]; con lei il figlio [[PERSON:Marco]], di [[AGE:12]] anni.""",
    """We are writing on behalf of our guest, [[PERSON:Benjamin Adler]], who stayed with us from [[DATE_TIME:June 2]] to [[DATE_TIME:June 5, 2024]] and thinks he left a grey laptop bag in the lobby. If it turns up, please courier it to [[ADDRESS:410 Park Ave S, Apt 9C]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10016]], or call him on [[PHONE_NUMBER:917-448-3022]].""",
    """The front-desk register for [[DATE_TIME:Saturday night, 17 August]] shows [[PERSON:Rohan]] and [[PERSON:Kavya Iyer]] ([[NRP:Indian]] nationals, passports [[ID_NUMBER:V4478102]] and [[ID_NUMBER:V4478117]]) in the lake-view suite; the booking came through a travel agent in [[LOCATION:Chennai]].""",
    """Class notes, 1998: [[PERSON:Grace Adjei]] writes that she has been appointed head of paediatric surgery at a teaching hospital in [[LOCATION:Accra]] and still sings in the choir she joined as a fresher. She would love to hear from old housemates at [[EMAIL_ADDRESS:grace.adjei@gmail.com]].""",
    """It is with sadness that we report the death of the [[TITLE:Reverend]] [[PERSON:Alistair Munro]] (Divinity, 1961) on [[DATE_TIME:4 January 2024]] in [[LOCATION:Inverness]], aged [[AGE:85]]. He is survived by his wife, [[PERSON:Morag]], and their three children.""",
    """Where are they now? After ten years in [[LOCATION:Singapore]], [[PERSON:Vikram]] "[[PERSON:Vik]]" [[PERSON:Malhotra]] (MBA '09) has moved back to [[LOCATION:Toronto]] with his partner [[PERSON:Lena]] and their twins. [[PERSON:Vik]] says the alumni WhatsApp group can still reach him on [[PHONE_NUMBER:+1 416 882 3195]].""",
    """Congratulations to [[PERSON:Ifeoma Chukwu]] ('15) and [[PERSON:Daniel Ferreira]] ('14), who met in the organic chemistry lab and were married in [[LOCATION:Lisbon]] on [[DATE_TIME:22 June]]; their daughter [[PERSON:Amara]] arrived this spring.""",
    """The reunion committee — [[PERSON:Hollis Carver]], [[PERSON:Anjali Mehta]] and [[PERSON:Ben Okafor]] — asks everyone from the Class of 2004 to RSVP by the end of the month. Send news for the next issue to alumni@westbrook.edu, or text [[PERSON:Anjali]] on [[PHONE_NUMBER:(503) 771-4420]].""",
    """Din viața absolvenților: [[PERSON:Raluca Stan]] (promoția 2006) conduce acum un laborator de robotică la [[LOCATION:Timișoara]], iar fostul ei coleg de bancă, [[PERSON:Sorin Munteanu]], s-a mutat la [[LOCATION:München]]. Cei care vor să-i scrie [[PERSON:Ralucăi]] o pot face la [[EMAIL_ADDRESS:raluca.stan.tm@gmail.com]].""",
    """Alumni spotlight: [[PERSON:Tanvir Hossain]] (BEng 2011) left a [[LOCATION:London]] consultancy to start a solar microgrid company in [[LOCATION:Sylhet]], [[LOCATION:Bangladesh]]. You can read more about the journey on his blog, [[URL:https://tanvirhossain.me/writing]].""",
    """Crew for QF11 on [[DATE_TIME:14 March]]: [[TITLE:Capt.]] [[PERSON:Fiona McLeod]] (staff no. [[ID_NUMBER:408812]]), with [[PERSON:Ravi Sundaram]] (FO, [[ID_NUMBER:411590]]) and [[PERSON:Jessica Tuilagi]] as cabin manager. Report time at [[LOCATION:Sydney]] is 06:15.""",
    """Roster change: the first officer, [[PERSON:Miguel Ángel Ortega]], comes off the [[LOCATION:Madrid]] turnaround on [[DATE_TIME:Friday 9 August]] because his medical certificate runs out, and [[PERSON:Clara Dubois]] from standby covers it. Please call [[PERSON:Miguel]] on [[PHONE_NUMBER:+34 633 418 207]] to confirm his new pairing.""",
    """Dienstplanänderung: [[PERSON:Katrin Hofmann]] (Personalnummer [[ID_NUMBER:F-230918]]) fliegt am [[DATE_TIME:22.09.2024]] statt ihres geplanten Umlaufs die Rotation nach [[LOCATION:Lissabon]]; die Ruhezeit endet um 05:30. Rückfragen bitte direkt an [[EMAIL_ADDRESS:k.hofmann@crew-mail.de]].""",
    """Pairing 7742 ([[DATE_TIME:3–5 Nov]]): flight deck [[TITLE:Capt.]] [[PERSON:Anil Deshpande]] and [[PERSON:S. Kowalski]]; cabin [[PERSON:Noura Haddad]] (purser), [[PERSON:Tom Briggs]], [[PERSON:Aiyana Redcloud]] and [[PERSON:Kim Jae-won]]. Layover hotel in [[LOCATION:Doha]]. [[PERSON:Noura]]'s passport ([[ID_NUMBER:N01882744]]) runs out next month, so please check it before the next long-haul bid.""",
    """The fatigue report filed by flight attendant [[PERSON:Chiara Esposito]] after her duty on [[DATE_TIME:July 28]] describes a 13-hour day with a single 35-minute break. Her crew ID is [[ID_NUMBER:CA-77102]] and she is based in [[LOCATION:Rome]].""",
    """Training schedule: simulator check for [[PERSON:Olusegun Bakare]] on [[DATE_TIME:Tuesday, 16 April, 22:00–02:00]] in Bay 3, examiner [[TITLE:Capt.]] [[PERSON:Ingrid Solberg]]. [[PERSON:Olusegun]]'s licence number, [[ID_NUMBER:NG-ATPL-03317]], must be entered on the check form.""",
    """Standby list for [[DATE_TIME:Sunday 1 December]]: [[PERSON:Leilani Kamaka]] ([[PHONE_NUMBER:808-391-2277]]), [[PERSON:Ethan Brooks]] ([[PHONE_NUMBER:808-446-0918]]) and [[PERSON:Hana Yoshida]] ([[PHONE_NUMBER:808-220-7135]]). Each must answer within 15 minutes and be able to report to [[LOCATION:Honolulu]] within 90.""",
    """[[PERSON:Ms. Latoya Grant]] withheld two months' rent after repeated complaints about black mould at [[ADDRESS:Flat 6, 31 Chatsworth Road]], [[LOCATION:Hackney]], [[ZIP_CODE:E5 0LH]]. Her landlord, [[PERSON:Mr. Stavros Georgiou]], served a section 8 notice on [[DATE_TIME:2 April 2024]], and the possession hearing is listed for [[DATE_TIME:18 June 2024 at 10am]].""",
    """The Residential Tenancies Board has received a dispute from [[PERSON:Kateryna Bondar]], who says her landlord kept her €1,400 deposit when she moved out of [[ADDRESS:12 Rathgar Avenue]], [[LOCATION:Dublin 6]] on [[DATE_TIME:31 January]]. She can be contacted at [[EMAIL_ADDRESS:kateryna.bondar@gmail.com]].""",
    """Im Streit um die Mieterhöhung für die Wohnung [[ADDRESS:Schönhauser Allee 150, 3. OG links]], [[ZIP_CODE:10435]] [[LOCATION:Berlin]], hat der Mieter [[PERSON:Tobias Lehmann]] Widerspruch eingelegt; die Vermieterin, [[TITLE:Frau]] [[PERSON:Gisela Brandt]], besteht auf 14 Prozent mehr. Verhandlungstermin vor dem Amtsgericht ist der [[DATE_TIME:5. November 2024]].""",
    """Tenant [[PERSON:Jorge Ramírez]] of [[ADDRESS:3318 Alameda St, Unit B]], [[LOCATION:San Antonio]], [[LOCATION:TX]] [[ZIP_CODE:78207]] says the AC has been broken since [[DATE_TIME:July 3]] and his landlord, [[PERSON:Greg Hollister]], won't return calls. He wants to know from the legal aid clinic whether he can repair and deduct; his cell is [[PHONE_NUMBER:210-384-0178]].""",
    """Litige locatif : [[TITLE:M.]] [[PERSON:Youssef El Amrani]], locataire au [[ADDRESS:18 rue Montgrand, 2e étage]], [[ZIP_CODE:13006]] [[LOCATION:Marseille]], conteste la retenue de 950 € sur son dépôt de garantie. L'état des lieux de sortie a été fait le [[DATE_TIME:30 septembre 2023]] en présence de sa propriétaire, [[TITLE:Mme]] [[PERSON:Hélène Vidal]].""",
    """Our mediation service spoke to both parties. [[PERSON:Anahera]] says the landlord let himself into the house at [[ADDRESS:17 Kowhai Street]] without notice on [[DATE_TIME:14 February]] and again on [[DATE_TIME:16 February]]; the landlord, [[PERSON:Pieter van der Merwe]], insists he gave 48 hours' notice by text to [[PHONE_NUMBER:022 517 3390]].""",
    """Il conduttore [[PERSON:Francesco Gallo]] ha ricevuto il [[DATE_TIME:12 gennaio 2024]] l'intimazione di sfratto per morosità relativa all'appartamento di [[ADDRESS:Via dei Mille 41, interno 5]], [[LOCATION:Bari]]; il proprietario, [[TITLE:Avv.]] [[PERSON:Vittorio De Santis]], chiede 6.200 euro di canoni arretrati.""",
    """In her small-claims filing, [[PERSON:Precious Dlamini]] says her former landlord at [[ADDRESS:44 Smit Street]], [[LOCATION:Braamfontein]], kept her R8,500 deposit without ever doing an inspection. Her ID number is [[ID_NUMBER:9507270418085]] and the matter is set down for [[DATE_TIME:Wednesday 21 August]].""",
    """Hi there! I'm [[PERSON:Chloe Beaumont]] and I've just moved from [[LOCATION:Halifax]] to [[LOCATION:Calgary]]. Could you change my address to [[ADDRESS:2207 14 St SW, Unit 310]], [[LOCATION:Calgary]], [[LOCATION:AB]] [[ZIP_CODE:T2T 3T3]]? My chequing account number is [[ID_NUMBER:5031-0088174]].""",
    """After the hailstorm on [[DATE_TIME:19 October]], [[PERSON:Bronwyn Taylor]] lodged a claim for her Mazda, rego [[ID_NUMBER:1XQ 7DH]], and was told an assessor would ring her on [[PHONE_NUMBER:0402 881 763]] within two business days.""",
    """Pharmacist's note: [[PERSON:Mr. Yaw Darko]], [[AGE:66]], collected his repeat prescription but mentioned feeling dizzy since his amlodipine dose went up on [[DATE_TIME:5 March]]. I advised him to book in with [[PERSON:Dr. Hughes]] and gave him our blood pressure leaflet.""",
    """Dear parents, [[PERSON:Zara]] in Year 4 has had a wonderful term! Her reading assessment with [[TITLE:Miss]] [[PERSON:Patel]] is on [[DATE_TIME:Thursday 27 June]]. If you have any questions, email me at [[EMAIL_ADDRESS:r.whitfield@stmarksprimary.org.uk]]. — [[PERSON:Mrs. Whitfield]]""",
    """HR file note: [[PERSON:Aleksander Nowak]] raised a grievance on [[DATE_TIME:11 September 2023]] about his shift pattern. A meeting with his line manager, [[PERSON:Fiona Grady]], took place a week later, and the outcome letter was posted to [[ADDRESS:56 Gloucester Road]], [[LOCATION:Peterborough]] [[ZIP_CODE:PE2 8BW]].""",
    """The customer, [[PERSON:Layla Hassan]], returned a pair of boots bought online and wants the refund to go back to her Mastercard [[CREDIT_CARD:5274 1688 5903 2149]] rather than as store credit; she gave [[EMAIL_ADDRESS:layla.h.hassan@gmail.com]] for the receipt.""",
    """Port-out request: the number [[PHONE_NUMBER:0917 884 2201]] belongs to [[PERSON:Jose Miguel Santos]] of [[LOCATION:Quezon City]], who wants to move to another network and has given his PhilSys number [[ID_NUMBER:4418-2093-7751-0642]] for verification.""",
    """Your appointment to renew your driver's license is confirmed, [[PERSON:Tiffany]]. Please arrive on [[DATE_TIME:Tuesday, March 5 at 1:20 PM]] with your current license, [[US_DRIVER_LICENSE:F255-921-68-412-0]], and two proofs of residency.""",
    """The defendant, [[PERSON:Jamal Whitaker-Brown]], [[AGE:24]], of [[LOCATION:Moss Side]], [[LOCATION:Manchester]], pleaded not guilty at Minshull Street Crown Court and was released on bail to appear again on [[DATE_TIME:9 October]].""",
    """Our under-16s captain [[PERSON:Kofi Mensah-Bonsu]] has been called up to the county squad, with training starting [[DATE_TIME:Saturday 7 September]] in [[LOCATION:Leicester]]. Well done, [[PERSON:Kofi]]!""",
    """Thank you, [[PERSON:Mrs. Dorothy Ashworth]], for your Gift Aid declaration. We will claim tax back on your monthly gift of £15 from account [[ID_NUMBER:40918263]]. If you move from [[ADDRESS:3 Orchard Way]], [[LOCATION:Kendal]] [[ZIP_CODE:LA9 7JE]], please let us know.""",
    """Reminder: Biscuit's booster vaccination is booked for [[DATE_TIME:Wed 3 July, 4:15pm]]. The owner, [[PERSON:Craig Donnelly]], asked us to text [[PHONE_NUMBER:07759 104 662]] rather than call, as he works nights.""",
    """Driver note: left the parcel with the neighbour because nobody answered at [[ADDRESS:12 Mornington Crescent]]. The customer, [[PERSON:Saoirse Kavanagh]], will collect it this evening; her mobile is [[PHONE_NUMBER:086 214 7738]].""",
    """GG to [[USERNAME:NightOwl_Zed]] who carried the whole squad last night! If anyone wants to join the clan, DM [[USERNAME:kiwi.tactics]] on Discord — we play Sundays from 8pm NZT.""",
    """Just landed in [[LOCATION:Marrakech]] with my sister [[PERSON:Hind]] 🌴 follow the trip at [[URL:https://instagram.com/salma.travels]] — and yes, I'm finally [[AGE:30]] 🎉 #birthdaytrip""",
    """I spoke with [[PERSON:Arnav]] on the help desk and he thinks the problem is the VPN client. My laptop's address on the office network is [[IP_ADDRESS:192.168.14.63]] and my login is [[USERNAME:asharma02]]; could someone remote in this afternoon?""",
    """Membership freeze approved for [[PERSON:Diego Alvarez]] (member [[ID_NUMBER:GYM-220481]]) from [[DATE_TIME:1 May]] to [[DATE_TIME:31 July]] while he recovers from knee surgery.""",
    """Open home this Saturday at [[ADDRESS:9 Pōhutukawa Drive]], [[LOCATION:Ōrewa]]. The vendor, [[PERSON:Judith Kerr]], asks that viewers take their shoes off. Agent: [[PERSON:Manu Tipene]], [[PHONE_NUMBER:021 774 3019]].""",
    """A woman who gave her name as [[PERSON:Eunice Adomako]] called claiming to be the account holder and asked for the balance of account [[ID_NUMBER:7730018842]]; she failed the date-of-birth question, giving [[DATE_TIME:5 May 1972]] instead of the date on file.""",
    """My wife [[PERSON:Ngozi]] and I landed in [[LOCATION:Calgary]] on [[DATE_TIME:October 2, 2023]] as permanent residents; our UCI numbers are [[ID_NUMBER:11-2244-1809]] and [[ID_NUMBER:11-2244-1817]]. We still haven't received our PR cards at [[ADDRESS:88 Cityscape Blvd NE]].""",
    """Overdue notice for [[PERSON:Imogen Sutherland]], library card [[ID_NUMBER:21190004471826]]: "The Overstory" was due back on [[DATE_TIME:2 February]]. You can renew online or ask at the branch.""",
    """Student [[PERSON:Nguyen Van Duc]] (zID [[ID_NUMBER:z5318842]]) has applied for special consideration for the final exam on [[DATE_TIME:20 November]] after a hospital admission; a certificate from [[PERSON:Dr. Amelia Ross]] is attached.""",
    """Hello [[PERSON:Mr. Gupta]], we've booked an engineer to fit your smart meter at [[ADDRESS:27 Victoria Terrace]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF5 1LZ]] on [[DATE_TIME:12th September between 8am and 12pm]]. If that doesn't suit, reply CHANGE.""",
    """Matched with [[PERSON:Jun]] ([[AGE:32]], [[LOCATION:Oakland]]) — he said to text him at [[PHONE_NUMBER:510-882-4017]] instead of using the app, and his Insta is @[[USERNAME:jun.cooks.things]].""",
    """The parish has approved the wedding of [[PERSON:Emeka Obiora]] and [[PERSON:Chinwe Nnaji]] for [[DATE_TIME:Saturday, 14 December 2024]] at Holy Ghost Cathedral, [[LOCATION:Enugu]]; both families have been asked to bring the couple's baptism certificates.""",
    """[[PERSON:Achieng Odhiambo]], [[AGE:19]], from [[LOCATION:Kisumu]], was among the top scorers in the national exams and has been admitted to study medicine; her mother, [[PERSON:Pamela]], sells fish at the market in town.""",
    """Offer letter dated [[DATE_TIME:5 January 2024]] to [[PERSON:Sneha Kulkarni]], [[ADDRESS:B-1204, Lodha Amara]], [[LOCATION:Thane West]] [[ZIP_CODE:400607]]: joining date [[DATE_TIME:1 February 2024]], CTC ₹18,40,000 per annum. Please bring your PAN card ([[ID_NUMBER:CXJPK7714R]]) on your first day.""",
    """Dear [[TITLE:Mdm]] [[PERSON:Siti Aminah binte Osman]], your HDB resale application for the flat at [[ADDRESS:Blk 208 Toa Payoh North, #11-1147]] has been approved. Please attend the completion appointment on [[DATE_TIME:22 May 2024, 2.30 pm]].""",
    """[[PERSON:Marlon Campbell]] told the adjuster that his taxi, plate [[ID_NUMBER:PH 4471]], was parked outside his home in [[LOCATION:Spanish Town]] when a tree came down on it; he can be reached at [[PHONE_NUMBER:(876) 449-2081]].""",
    """Hi [[PERSON:Danielle]], it's [[PERSON:Karen]] from [[PERSON:Dr. Feldman]]'s office, calling to confirm your colonoscopy on [[DATE_TIME:Monday the 15th at 7:30]]. Remember the prep starts the day before. Call the office back if you need to reschedule.""",
    """My late father, [[PERSON:Kenneth Oduya]], died on [[DATE_TIME:17 March 2024]]; his pension reference is PEN/44/18207 and his National Insurance number was [[ID_NUMBER:JT 48 19 37 B]]. Please send the forms to me at [[ADDRESS:41 Stanley Road]], [[LOCATION:Wolverhampton]] [[ZIP_CODE:WV10 9EW]].""",
    """[[PERSON:Lucas]] and [[PERSON:Beatriz Oliveira]] fostered three teenagers over seven years and now mentor new foster carers in [[LOCATION:Leeds]]; anyone interested can reach them through the council's fostering team.""",
    """Someone used my Visa [[CREDIT_CARD:4024 0071 9345 2868]] at a petrol station in [[LOCATION:Bristol]] at 2 a.m. while I was asleep at home in [[LOCATION:Swansea]]. I've frozen it in the app. — [[PERSON:Rhys Llewellyn]]""",
    """Interviewee 7 ([[PERSON:Akosua]], a [[AGE:52]]-year-old trader from [[LOCATION:Kumasi]]) described saving through a susu collector and asked that her surname not be recorded.""",
    """[[PERSON:Valentina Greco]], travelling on Italian passport [[ID_NUMBER:YA4418290]], declared €12,000 in cash on arrival in [[LOCATION:Toronto]] on [[DATE_TIME:6 August 2024]].""",
    """Speaker bio: [[PERSON:Dr. Chiamaka Eze]] is a paediatric epidemiologist based in [[LOCATION:Abuja]]. Follow her work at [[URL:https://scholar.google.com/citations?user=Xk3pQ9AAAAAJ]] or on X at @[[USERNAME:chiamaka_eze_md]].""",
    """[[PERSON:Lim Boon Keat]], [[AGE:58]], a durian farmer from [[LOCATION:Raub]], [[LOCATION:Pahang]], says he sold his whole harvest through a WhatsApp group he runs from his own phone, [[PHONE_NUMBER:+60 13-928 4410]].""",
    """Could you send the birth certificate for our son, [[PERSON:Cillian Ó Súilleabháin]], born [[DATE_TIME:2 November 2023]] at the Rotunda, to [[ADDRESS:7 Seafield Court]], [[LOCATION:Malahide]], [[LOCATION:Co. Dublin]] [[ZIP_CODE:K36 P2X4]]?""",
    """[[PERSON:Ayesha Siddiqa]] (CNIC [[ID_NUMBER:35202-4418273-4]]) applied for the teaching post at a government girls' high school in [[LOCATION:Lahore]] and gave her mobile as [[PHONE_NUMBER:0300 441 8827]].""",
    """Just closed on [[ADDRESS:7714 Prairie Dove Ct]] in [[LOCATION:Omaha]]! Huge thanks to our lender [[PERSON:Shelby Kranz]] and to my husband [[PERSON:Jeremiah]] for putting up with forty-two showings.""",
    """[[PERSON:Nurse Amaka]] noticed that the wristband on bed 9 said [[PERSON:John Okafor]] while the chart said [[PERSON:John Okoro]]; hospital numbers [[ID_NUMBER:H0447182]] and [[ID_NUMBER:H0447218]] were checked and the band was replaced.""",
    """[[TITLE:Councillor]] [[PERSON:Mark Pemberton]], a [[NRP:Liberal Democrat]], has asked residents of [[LOCATION:Frome]] to email him at [[EMAIL_ADDRESS:mark.pemberton.ld@gmail.com]] about the new bus timetable.""",
    """The [[NRP:Muslim]] chaplaincy at the hospital, led by [[TITLE:Imam]] [[PERSON:Abdullahi Yusuf]], holds Friday prayers in the multi-faith room; families can arrange a bedside visit by calling him on [[PHONE_NUMBER:07403 882 115]].""",
    """Renter [[PERSON:Hiroshi Tanaka]] showed Japanese licence [[ID_NUMBER:301442718830]] and an international driving permit; pick-up [[DATE_TIME:10 Oct 09:00]] at [[LOCATION:Christchurch]] airport, drop-off [[DATE_TIME:17 Oct]] in [[LOCATION:Queenstown]].""",
    """Found: a wallet on the 47 bus with an ID card for [[PERSON:Brianna L. Foster]], DOB [[DATE_TIME:08/23/1996]], address [[ADDRESS:3120 W Charleston Blvd #204]], [[LOCATION:Las Vegas]]. It has been handed to the driver at the depot.""",
]

TABLE = [
    """app_ref,applicant,co_applicant,loan_amount,ltv,property_postcode,status
MA-24-0118,[[PERSON:Hollie Spencer]],[[PERSON:Dean Spencer]],245000,85%,[[ZIP_CODE:NG5 1AP]],Offer issued
MA-24-0121,[[PERSON:Babajide Ogun]],,310000,90%,[[ZIP_CODE:M20 2QR]],Valuation booked
MA-24-0127,[[PERSON:Ewa Zielińska]],[[PERSON:Piotr Zieliński]],198500,75%,[[ZIP_CODE:LS6 3HN]],Underwriting
MA-24-0130,[[PERSON:Rhiannon Pugh]],,162000,80%,[[ZIP_CODE:CF14 4AB]],Docs outstanding""",
    """| Duty date | Flight | Rank | Crew member | Staff no. | Base |
|---|---|---|---|---|---|
| [[DATE_TIME:2024-09-03]] | NZ101 | CPT | [[PERSON:Hemi Walker]] | [[ID_NUMBER:77410]] | [[LOCATION:Auckland]] |
| [[DATE_TIME:2024-09-03]] | NZ101 | FO | [[PERSON:Priya Nair]] | [[ID_NUMBER:80233]] | [[LOCATION:Auckland]] |
| [[DATE_TIME:2024-09-03]] | NZ101 | CM | [[PERSON:Sione Latu]] | [[ID_NUMBER:81975]] | [[LOCATION:Wellington]] |
| [[DATE_TIME:2024-09-04]] | NZ102 | FA | [[PERSON:Grace Huang]] | [[ID_NUMBER:83102]] | [[LOCATION:Christchurch]] |""",
    """subject_id\tsite\tinitials\tsex\tage\tconsent_date\tarm
[[ID_NUMBER:204-0011]]\t[[LOCATION:Leeds]]\t[[PERSON:K.B.]]\tF\t[[AGE:57]]\t[[DATE_TIME:2024-01-08]]\tA
[[ID_NUMBER:204-0012]]\t[[LOCATION:Leeds]]\t[[PERSON:D.O.]]\tM\t[[AGE:63]]\t[[DATE_TIME:2024-01-15]]\tB
[[ID_NUMBER:207-0003]]\t[[LOCATION:Bristol]]\t[[PERSON:A.M.-S.]]\tF\t[[AGE:48]]\t[[DATE_TIME:2024-02-02]]\tA
[[ID_NUMBER:207-0004]]\t[[LOCATION:Bristol]]\t[[PERSON:T.W.]]\tM\t[[AGE:70]]\t[[DATE_TIME:2024-02-06]]\tB""",
    """{"room": 214, "guest": "[[PERSON:Jakob Lindström]]", "nationality": "[[NRP:Swedish]]", "passport": "[[ID_NUMBER:91882044]]", "check_in": "[[DATE_TIME:2024-07-11]]", "nights": 3, "rate": "BAR"}
{"room": 215, "guest": "[[PERSON:Amelia Hart]]", "nationality": "[[NRP:British]]", "passport": "[[ID_NUMBER:127744019]]", "check_in": "[[DATE_TIME:2024-07-11]]", "nights": 2, "rate": "CORP"}
{"room": 302, "guest": "[[PERSON:Takumi Mori]]", "nationality": "[[NRP:Japanese]]", "passport": "[[ID_NUMBER:TZ1184420]]", "check_in": "[[DATE_TIME:2024-07-12]]", "nights": 5, "rate": "PKG"}""",
    """alumni:
  - name: [[PERSON:Olivia Chen-Marsh]]
    class_of: 2009
    degree: BA History
    city: [[LOCATION:Vancouver]]
    email: [[EMAIL_ADDRESS:olivia.chenmarsh@gmail.com]]
    newsletter: true
  - name: [[PERSON:Femi Adewale]]
    class_of: 2012
    degree: MEng Civil
    city: [[LOCATION:Lagos]]
    email: [[EMAIL_ADDRESS:femi.adewale@yahoo.co.uk]]
    newsletter: false
  - name: [[PERSON:Saanvi Rao]]
    class_of: 2017
    degree: MSc Data Science
    city: [[LOCATION:Hyderabad]]
    email: [[EMAIL_ADDRESS:saanvi.rao.17@alumni.example.edu]]
    newsletter: true""",
    """Case number: TDT/2024/00418
Tenant: [[PERSON:Mariana Costa]]
Tenant phone: [[PHONE_NUMBER:+44 7723 810 446]]
Landlord: [[PERSON:Harjit Singh Bains]]
Property: [[ADDRESS:Flat B, 77 Stapleton Road]]
Town: [[LOCATION:Bristol]]
Postcode: [[ZIP_CODE:BS5 0QR]]
Tenancy start: [[DATE_TIME:1 October 2021]]
Deposit: £1,150
Protected: No
Hearing: [[DATE_TIME:12 September 2024, 2:00 pm]]""",
    """EMP#    NAME                DEPT       NI NUMBER       START DATE
[[ID_NUMBER:10442]]   [[PERSON:Jennifer Okonjo]]     Finance    [[ID_NUMBER:NR 22 81 07 D]]   [[DATE_TIME:03/04/2019]]
[[ID_NUMBER:10517]]   [[PERSON:Marek Dvořák]]        Warehouse  [[ID_NUMBER:SP 61 44 92 A]]   [[DATE_TIME:15/11/2020]]
[[ID_NUMBER:10608]]   [[PERSON:Aaliyah Rahman]]      IT         [[ID_NUMBER:WB 37 10 58 C]]   [[DATE_TIME:01/02/2022]]
[[ID_NUMBER:10644]]   [[PERSON:Stuart McKenzie]]     Sales      [[ID_NUMBER:JK 90 26 13 B]]   [[DATE_TIME:22/08/2022]]""",
    """Mieter;Wohnung;Straße;PLZ;Ort;Kaltmiete;Rückstand;Telefon
[[PERSON:Jürgen Baumann]];EG links;[[ADDRESS:Karl-Marx-Straße 204]];[[ZIP_CODE:12055]];[[LOCATION:Berlin]];780,00;1.560,00;[[PHONE_NUMBER:030 6815 4402]]
[[PERSON:Ayşe Kaya]];1. OG rechts;[[ADDRESS:Karl-Marx-Straße 204]];[[ZIP_CODE:12055]];[[LOCATION:Berlin]];695,00;0,00;[[PHONE_NUMBER:0176 2238 9104]]
[[PERSON:Nikola Petrović]];2. OG Mitte;[[ADDRESS:Karl-Marx-Straße 204]];[[ZIP_CODE:12055]];[[LOCATION:Berlin]];720,00;720,00;[[PHONE_NUMBER:0157 8820 3317]]""",
    """| Chambre | Nom du client | Date d'arrivée | Pièce d'identité | Nationalité | Téléphone |
|---|---|---|---|---|---|
| 101 | [[PERSON:Camille Lefèvre]] | [[DATE_TIME:02/05/2024]] | [[ID_NUMBER:23AB44187]] | [[NRP:française]] | [[PHONE_NUMBER:06 48 21 77 90]] |
| 104 | [[PERSON:Mathieu Girard]] | [[DATE_TIME:02/05/2024]] | [[ID_NUMBER:19CD08233]] | [[NRP:française]] | [[PHONE_NUMBER:07 61 33 04 58]] |
| 109 | [[PERSON:Sofia Moreau-Diallo]] | [[DATE_TIME:03/05/2024]] | [[ID_NUMBER:A04418226]] | [[NRP:belge]] | [[PHONE_NUMBER:+32 478 22 19 04]] |""",
    """codice_paziente\tcognome\tnome\tdata_nascita\tcentro\tvisita_basale\tbraccio
[[ID_NUMBER:MI-014]]\t[[PERSON:Ferri]]\t[[PERSON:Roberta]]\t[[DATE_TIME:1961-04-19]]\t[[LOCATION:Milano]]\t[[DATE_TIME:2024-02-12]]\tplacebo
[[ID_NUMBER:MI-015]]\t[[PERSON:Colombo]]\t[[PERSON:Davide]]\t[[DATE_TIME:1958-10-03]]\t[[LOCATION:Milano]]\t[[DATE_TIME:2024-02-14]]\tattivo
[[ID_NUMBER:PD-006]]\t[[PERSON:Zanetti]]\t[[PERSON:Ilaria]]\t[[DATE_TIME:1966-07-27]]\t[[LOCATION:Padova]]\t[[DATE_TIME:2024-03-01]]\tattivo""",
    """Nume: [[PERSON:Cristina Marinescu]]
CNP: [[ID_NUMBER:6020611220853]]
Data nașterii: [[DATE_TIME:11.06.2002]]
Funcție: asistent vânzări
Adresă: [[ADDRESS:Bd. Independenței nr. 5, bl. C2, sc. A, ap. 14]]
Localitate: [[LOCATION:Iași]]
Cod poștal: [[ZIP_CODE:700102]]
Telefon: [[PHONE_NUMBER:0752 318 604]]
Data angajării: [[DATE_TIME:01.03.2024]]""",
    """customer_id,first_name,last_name,email,phone,signup_date,card_last4,plan
[[ID_NUMBER:CU-100482]],[[PERSON:Brandon]],[[PERSON:Liu]],[[EMAIL_ADDRESS:brandon.liu@fastmail.com]],[[PHONE_NUMBER:+1-312-555-0148]],[[DATE_TIME:2023-05-14]],4417,Pro
[[ID_NUMBER:CU-100483]],[[PERSON:Ngozi]],[[PERSON:Okeke]],[[EMAIL_ADDRESS:ngozi.okeke@gmail.com]],[[PHONE_NUMBER:+234-809-441-2275]],[[DATE_TIME:2023-05-14]],0921,Basic
[[ID_NUMBER:CU-100491]],[[PERSON:Mateus]],[[PERSON:Pereira]],[[EMAIL_ADDRESS:mateus.p@gmx.net]],[[PHONE_NUMBER:+49-1512-3380-447]],[[DATE_TIME:2023-05-16]],7730,Pro""",
    """| Pupil | Form | Parent / carer | Emergency mobile | Medical |
|-------|------|----------------|------------------|---------|
| [[PERSON:Isla Robertson]] | 5B | [[PERSON:Fiona Robertson]] | [[PHONE_NUMBER:07812 440 129]] | none |
| [[PERSON:Yusuf Khan]] | 5B | [[PERSON:Imran Khan]] | [[PHONE_NUMBER:07449 218 306]] | asthma |
| [[PERSON:Maisie-Rose Clarke]] | 5C | [[PERSON:Kerry Clarke]] | [[PHONE_NUMBER:07305 661 840]] | epipen |
| [[PERSON:Tomasz Wiśniewski]] | 5C | [[PERSON:Agnieszka Wiśniewska]] | [[PHONE_NUMBER:07961 003 275]] | none |""",
    """{"ts":"[[DATE_TIME:2024-04-02T09:14:11Z]]","event":"login","user":"[[USERNAME:hwang.seo]]","ip":"[[IP_ADDRESS:121.134.77.20]]","result":"ok"}
{"ts":"2024-04-02T09:14:19Z","event":"healthcheck","user":null,"ip":"[[IP_ADDRESS:10.0.0.5]]","result":"ok"}
{"ts":"[[DATE_TIME:2024-04-02T09:15:40Z]]","event":"login","user":"[[USERNAME:b.adeyemi]]","ip":"[[IP_ADDRESS:2c0f:f5c0:4a1:3301::1f]]","result":"mfa_failed"}
{"ts":"[[DATE_TIME:2024-04-02T09:16:02Z]]","event":"login","user":"[[USERNAME:b.adeyemi]]","ip":"[[IP_ADDRESS:2c0f:f5c0:4a1:3301::1f]]","result":"ok"}""",
    """HOLDER                IBAN                              BIC          OPENED
[[PERSON:Ana-Maria Popa]]        [[IBAN_CODE:RO93 INGB 0000 9999 0731 2455]]     INGBROBU     [[DATE_TIME:2019-06-03]]
[[PERSON:Pieter Claes]]          [[IBAN_CODE:BE78 3101 8732 6486]]               GEBABEBB     [[DATE_TIME:2021-11-22]]
[[PERSON:Fernando Ruiz Ortega]]  [[IBAN_CODE:ES77 2100 0418 4102 0184 7735]]     CAIXESBBXXX  [[DATE_TIME:2020-02-17]]
[[PERSON:Inês Carvalho]]         [[IBAN_CODE:PT50 0033 0000 4530 1877 4265 1]]   BCOMPTPL     [[DATE_TIME:2022-09-05]]""",
    """NHS number,Surname,Forename,DOB,Vaccine,Dose,Date given
[[ID_NUMBER:721 054 8394]],[[PERSON:Evans]],[[PERSON:Gareth]],[[DATE_TIME:12/07/1949]],COVID-19 XBB.1.5,Autumn booster,[[DATE_TIME:04/10/2023]]
[[ID_NUMBER:604 318 8724]],[[PERSON:Begum]],[[PERSON:Rukhsana]],[[DATE_TIME:30/01/1955]],Influenza (QIV),Annual,[[DATE_TIME:04/10/2023]]
[[ID_NUMBER:450 219 9672]],[[PERSON:Whitmore]],[[PERSON:Eileen]],[[DATE_TIME:18/03/1938]],Shingrix,1 of 2,[[DATE_TIME:11/10/2023]]""",
    """employee:
  id: [[ID_NUMBER:AU-55213]]
  given_name: [[PERSON:Lachlan]]
  family_name: [[PERSON:O'Connell]]
  date_of_birth: [[DATE_TIME:1988-12-01]]
  tfn: [[ID_NUMBER:872 145 909]]
  position: Site supervisor
  home_address:
    unit: [[ADDRESS:Unit 7]]
    number: [[ADDRESS:43]]
    street: [[ADDRESS:Beaconsfield Parade]]
    suburb: [[LOCATION:Albert Park]]
    state: [[LOCATION:VIC]]
    postcode: [[ZIP_CODE:3206]]
  super_fund: AustralianSuper
  mobile: [[PHONE_NUMBER:0410 553 287]]""",
    """Member No | Name | DOB | Plan | Joined | Home club
GF-30118 | [[PERSON:Kwabena Asamoah]] | [[DATE_TIME:1990-03-22]] | Off-peak | [[DATE_TIME:2022-01-10]] | [[LOCATION:Croydon]]
GF-30241 | [[PERSON:Hannah Goldberg]] | [[DATE_TIME:1985-09-09]] | Anytime | [[DATE_TIME:2022-03-01]] | [[LOCATION:Sutton]]
GF-30302 | [[PERSON:Rui Zhang]] | [[DATE_TIME:2001-06-30]] | Student | [[DATE_TIME:2023-09-18]] | [[LOCATION:Croydon]]""",
    """tracking\trecipient\taddress\tcity\tpostcode\tphone\tweight_kg
JD014482273GB\t[[PERSON:Eleanor Briggs]]\t[[ADDRESS:Rose Cottage, Mill Lane]]\t[[LOCATION:Ashbourne]]\t[[ZIP_CODE:DE6 1JQ]]\t[[PHONE_NUMBER:01335 343 218]]\t2.4
JD014482281GB\t[[PERSON:Kamal Haddad]]\t[[ADDRESS:14a Princes Street]]\t[[LOCATION:Edinburgh]]\t[[ZIP_CODE:EH2 2ER]]\t[[PHONE_NUMBER:07591 882 044]]\t0.8
JD014482299GB\t[[PERSON:Bethany Moyo]]\t[[ADDRESS:PO Box 219]]\t[[LOCATION:Truro]]\t[[ZIP_CODE:TR1 9EX]]\t\t11.0""",
    """Name,Affiliation,Email,Country,Dietary,Session
[[PERSON:Dr. Aigerim Bekova]],Nazarbayev University,[[EMAIL_ADDRESS:a.bekova@nu.edu.kz]],[[LOCATION:Kazakhstan]],Halal,Panel 2
[[PERSON:Prof. Matteo Ricci]],Università di Pisa,[[EMAIL_ADDRESS:matteo.ricci@unipi.it]],[[LOCATION:Italy]],None,Keynote
[[PERSON:Thabo Molefe]],Wits,[[EMAIL_ADDRESS:thabo.molefe@students.wits.ac.za]],[[LOCATION:South Africa]],Vegetarian,Poster 14
[[PERSON:Ana Lúcia Prado]],USP,[[EMAIL_ADDRESS:analucia.prado@usp.br]],[[LOCATION:Brazil]],Vegan,Panel 2""",
    """ARREARS REPORT — block C

tenant: [[PERSON:Darius Rahimi]]
flat: C-04
arrears: £2,310
last payment: [[DATE_TIME:14 Feb 2024]]
contact: [[EMAIL_ADDRESS:darius.rahimi@outlook.com]]

tenant: [[PERSON:Shauna Keogh]]
flat: C-11
arrears: £640
last payment: [[DATE_TIME:2 Apr 2024]]
contact: [[PHONE_NUMBER:07412 990 371]]

tenant: [[PERSON:Oleksandr Hnatiuk]]
flat: C-15
arrears: £1,025
last payment: [[DATE_TIME:28 Mar 2024]]
contact: [[PHONE_NUMBER:07856 214 903]]""",
    """| Donor | Class | City | Gift (USD) | Recognition |
| :--- | :---: | :--- | ---: | :--- |
| [[PERSON:Margaret]] & [[PERSON:Howard Lin]] | '78 | [[LOCATION:Pasadena]] | 25,000 | Founders Circle |
| [[PERSON:Desmond Achebe]] | '95 | [[LOCATION:Atlanta]] | 5,000 | Tower Society |
| [[PERSON:Rebecca Stein]] | '03 | [[LOCATION:Brooklyn]] | 1,000 | Blue & Gold |
| Anonymous | '88 | — | 10,000 | Tower Society |""",
    """{"trip_id":"T-88201","rider":"[[PERSON:Nadia Ferreira]]","rider_phone":"[[PHONE_NUMBER:+27 82 774 1093]]","pickup":"[[ADDRESS:31 Bree Street]], [[LOCATION:Cape Town]]","dropoff":"[[LOCATION:Sea Point]]","fare_zar":212.40}
{"trip_id":"T-88202","rider":"[[PERSON:Lungile Mthembu]]","rider_phone":"[[PHONE_NUMBER:+27 73 508 2261]]","pickup":"[[ADDRESS:9 Kloof Nek Road]], [[LOCATION:Tamboerskloof]]","dropoff":"[[LOCATION:Green Point]]","fare_zar":64.00}""",
    """CREW HOTEL ALLOCATION - LHR LAYOVER

ROOM  NAME                POSITION  STAFF ID   CHECK-IN
1412  [[PERSON:Bradley Thornton]]    CPT       [[ID_NUMBER:CR-482117]]  [[DATE_TIME:21/10 19:40]]
1414  [[PERSON:Oyelaran Temitope]]   SFO       [[ID_NUMBER:CR-519003]]  [[DATE_TIME:21/10 19:40]]
1416  [[PERSON:Svenja Kraus]]        CSD       [[ID_NUMBER:CR-600271]]  [[DATE_TIME:21/10 19:45]]
1418  [[PERSON:Ramón Iglesias]]      CC        [[ID_NUMBER:CR-611850]]  [[DATE_TIME:21/10 19:45]]""",
    """employee,ssn,drivers_license,dl_state,hire_date,department
[[PERSON:Tamika Robinson]],[[US_SSN:219-44-7730]],[[US_DRIVER_LICENSE:R-415-227-883-012]],[[LOCATION:MD]],[[DATE_TIME:2021-07-19]],Operations
[[PERSON:Kevin O'Hara]],[[US_SSN:048-62-1195]],[[US_DRIVER_LICENSE:O600-1180-4472-10]],[[LOCATION:WI]],[[DATE_TIME:2022-03-07]],Facilities
[[PERSON:Hye-jin Seo]],[[US_SSN:561-08-3374]],[[US_DRIVER_LICENSE:Y4419203]],[[LOCATION:CA]],[[DATE_TIME:2023-10-30]],Engineering""",
    """| Customer Name | PAN | Aadhaar (masked) | Mobile | City | PIN |
|---|---|---|---|---|---|
| [[PERSON:Rajesh Kumar Yadav]] | [[ID_NUMBER:AFZPY3318K]] | XXXX XXXX 4471 | [[PHONE_NUMBER:98110 44725]] | [[LOCATION:Gurugram]] | [[ZIP_CODE:122002]] |
| [[PERSON:Lakshmi Narayanan]] | [[ID_NUMBER:BQEPN7720C]] | XXXX XXXX 9083 | [[PHONE_NUMBER:94440 18362]] | [[LOCATION:Chennai]] | [[ZIP_CODE:600041]] |
| [[PERSON:Farhan Akhtar Sheikh]] | [[ID_NUMBER:DKMPS0915H]] | XXXX XXXX 2264 | [[PHONE_NUMBER:98200 73119]] | [[LOCATION:Mumbai]] | [[ZIP_CODE:400050]] |""",
    """name,id_number,gender,cell,province,branch
[[PERSON:Sipho Dube]],[[ID_NUMBER:0109305247180]],M,[[PHONE_NUMBER:072 448 1093]],[[LOCATION:Gauteng]],BR-014
[[PERSON:Ayanda Khumalo]],[[ID_NUMBER:9802140733080]],F,[[PHONE_NUMBER:061 775 2208]],[[LOCATION:KwaZulu-Natal]],BR-203
[[PERSON:Johan Pretorius]],[[ID_NUMBER:7511035612083]],M,[[PHONE_NUMBER:083 902 4417]],[[LOCATION:Western Cape]],BR-311""",
    """Name\tID No.\tKRA PIN\tPhone\tCounty\tCrop
[[PERSON:Wanjiku Kamau]]\t[[ID_NUMBER:22914407]]\t[[ID_NUMBER:A004418207Z]]\t[[PHONE_NUMBER:0712 448 306]]\t[[LOCATION:Kiambu]]\tTea
[[PERSON:Kiprotich Rono]]\t[[ID_NUMBER:30118842]]\t[[ID_NUMBER:A009921476M]]\t[[PHONE_NUMBER:0722 031 594]]\t[[LOCATION:Kericho]]\tTea
[[PERSON:Atieno Ouma]]\t[[ID_NUMBER:27703391]]\t[[ID_NUMBER:A008830152P]]\t[[PHONE_NUMBER:0733 620 118]]\t[[LOCATION:Siaya]]\tMaize""",
    """guest_profile:
  full_name: "[[PERSON:Omar Farouk Al-Sayed]]"
  nationality: "[[NRP:Egyptian]]"
  passport_no: "[[ID_NUMBER:A28814736]]"
  date_of_birth: "[[DATE_TIME:1979-05-16]]"
  vip: true
  preferences:
    pillow: firm
    newspaper: Al-Ahram
  stays:
    - arrival: "[[DATE_TIME:2024-02-03]]"
      room: 1801
    - arrival: "[[DATE_TIME:2024-05-19]]"
      room: 1804""",
    """MRN,Initials,Collected,Test,Result,Units,Flag
[[ID_NUMBER:00418822]],[[PERSON:PJ]],[[DATE_TIME:2024-03-11 07:20]],HbA1c,58,mmol/mol,H
[[ID_NUMBER:00418822]],[[PERSON:PJ]],[[DATE_TIME:2024-03-11 07:20]],eGFR,72,mL/min/1.73m2,
[[ID_NUMBER:00503107]],[[PERSON:MOK]],[[DATE_TIME:2024-03-11 08:05]],Ferritin,9,ug/L,L
[[ID_NUMBER:00503107]],[[PERSON:MOK]],[[DATE_TIME:2024-03-11 08:05]],Hb,104,g/L,L""",
    """| Applicant | Employment | Gross income | Monthly debts | DOB | Phone |
|---|---|---|---|---|---|
| [[PERSON:Connor Walsh]] | Employed (teacher) | $78,400 | $610 | [[DATE_TIME:1990-02-14]] | [[PHONE_NUMBER:(617) 449-2083]] |
| [[PERSON:Alyssa Walsh]] | Self-employed | $52,000 | $220 | [[DATE_TIME:1991-08-05]] | [[PHONE_NUMBER:(617) 449-7716]] |
| [[PERSON:Gabriel Moreno]] | Employed (nurse) | $91,250 | $1,140 | [[DATE_TIME:1986-11-23]] | [[PHONE_NUMBER:(857) 301-5528]] |""",
    """user,hostname,ip,mac,os,last_login
[[USERNAME:jmorrison]],LT-FIN-014,[[IP_ADDRESS:10.20.4.31]],F4:5C:89:AB:10:7E,Windows 11 23H2,[[DATE_TIME:2024-05-20 08:47]]
[[USERNAME:s.balogun]],LT-HR-003,[[IP_ADDRESS:10.20.6.12]],A4:83:E7:0C:55:19,macOS 14.4,[[DATE_TIME:2024-05-20 09:02]]
[[USERNAME:wchoi]],DT-ENG-221,[[IP_ADDRESS:10.20.9.88]],00:1B:21:3A:9F:D2,Ubuntu 22.04,[[DATE_TIME:2024-05-17 17:31]]""",
    """{"txn": "p_7Hc2", "cardholder": "[[PERSON:Giulia Romano]]", "pan": "[[CREDIT_CARD:4761 7300 2291 8455]]", "exp": "11/26", "amount": 184.20, "currency": "EUR"}
{"txn": "p_7Hc3", "cardholder": "[[PERSON:Oscar Nilsson]]", "pan": "[[CREDIT_CARD:2223004177568903]]", "exp": "02/27", "amount": 39.99, "currency": "SEK"}
{"txn": "p_7Hc4", "cardholder": "[[PERSON:Aiko Fujimoto]]", "pan": "[[CREDIT_CARD:3530-1133-7205-9489]]", "exp": "07/25", "amount": 12800, "currency": "JPY"}
{"txn": "p_7Hc5", "cardholder": "[[PERSON:Liam Gallagher-Reyes]]", "pan": "[[CREDIT_CARD:6011 0048 2297 3562]]", "exp": "04/28", "amount": 76.15, "currency": "USD"}""",
    """PATIENT          MEDICARE NO.  IRN  DOB         SUBURB
[[PERSON:Aarav Sharma]]     [[ID_NUMBER:4108 72367 1]]  1    [[DATE_TIME:14/05/2016]]  [[LOCATION:Blacktown]]
[[PERSON:Matilda Jones]]    [[ID_NUMBER:2953 18404 2]]  2    [[DATE_TIME:02/11/1984]]  [[LOCATION:Penrith]]
[[PERSON:Nguyen Thi Hoa]]   [[ID_NUMBER:2295 61032 1]]  1    [[DATE_TIME:27/09/1959]]  [[LOCATION:Cabramatta]]""",
    """LIST: Property Chamber — Residential, Court 3
Date: [[DATE_TIME:Tuesday 9 July 2024]]
Time: 10:00
Applicant: [[PERSON:Rosalind Achterberg]] (landlord)
Respondent: [[PERSON:Kwame Owusu-Ansah]] (tenant)
Premises: [[ADDRESS:22 Tennyson Road]], [[LOCATION:Luton]] [[ZIP_CODE:LU1 3RS]]
Type: Rent increase appeal
Representation: Respondent in person""",
]

CHAT = [
    """[09:14] Assistant: Hi! You're chatting with Northfield Bank. How can we help today?
[09:14] Customer: my card got declined at the supermarket but there's money in the account
[09:15] Assistant: I'll connect you to a colleague. Please confirm your full name and date of birth.
[09:15] Customer: [[PERSON:Temitope Adesanya]], [[DATE_TIME:9 Sept 1987]]
[09:16] [[PERSON:Lauren]] (Agent): Thanks [[PERSON:Temitope]]. I can see a temporary block after a payment attempt in [[LOCATION:Lithuania]]. Was that you?
[09:17] Customer: no!! I'm in [[LOCATION:Leicester]], never been there
[09:17] [[PERSON:Lauren]] (Agent): Understood. I'll cancel the card ending 3310 and send a new one to [[ADDRESS:12 Lonsdale Road]], [[ZIP_CODE:LE2 1GD]]. Is that still right?
[09:18] Customer: yes. can you text me on [[PHONE_NUMBER:07983 441 620]] when it's posted
[09:18] [[PERSON:Lauren]] (Agent): Done — you'll get an SMS within 2 working days.""",
    """[[PERSON:Bisi]]: Mummy was moved to ward 7 this morning, bed 12. Her hospital number is [[ID_NUMBER:UCH/24/118402]] if anyone calls
[[PERSON:Tunde]]: ok I'll go after work. who has her phone?
[[PERSON:Kemi]]: me. her line is off, use mine [[PHONE_NUMBER:0813 552 0947]]
[[PERSON:Bisi]]: the doctor said the scan is on [[DATE_TIME:the 18th]], we need to pay before then
[[PERSON:Tunde]]: I'll transfer. send the account
[[PERSON:Kemi]]: [[ID_NUMBER:0123894471]] GTBank, [[PERSON:Oluwakemi Adeyemi]]
[[PERSON:Tunde]]: sent 85k 👍🏾 tell Mummy I'm coming""",
    """[[PERSON:Gary]]: Hi [[PERSON:Priya]], rent for March still hasn't come through.
[[PERSON:Priya]]: Hi [[PERSON:Gary]], it went out on [[DATE_TIME:1 March]] as usual — same account ending 0912. I'll send the screenshot.
[[PERSON:Gary]]: Got it, thanks. Also the inspection is [[DATE_TIME:Friday 15th at 11]], ok?
[[PERSON:Priya]]: That's fine but please don't let yourself in like last time. The deposit scheme told me you need my agreement.
[[PERSON:Gary]]: Fair enough. I'll knock.
[[PERSON:Priya]]: Also the bathroom fan at [[ADDRESS:Flat 2, 9 Elmhurst Road]] is still broken, I reported it on [[DATE_TIME:2 February]]. If it's not fixed by then I'll contact the council. My email for the paper trail is [[EMAIL_ADDRESS:priya.venkatesh@gmail.com]]""",
    """#crew-swaps-MAN
[[PERSON:Jess T]]: anyone want my [[DATE_TIME:24 Dec]] [[LOCATION:Tenerife]] turnaround? I'd take a [[DATE_TIME:27th]] or [[DATE_TIME:28th]] 🎄
[[PERSON:Marco R]]: I'm on reserve [[DATE_TIME:the 27th]], could swap if crewing allow
[[PERSON:Jess T]]: amazing. my staff no is [[ID_NUMBER:44192]], yours?
[[PERSON:Marco R]]: [[ID_NUMBER:47005]]. I'll email crewing from [[EMAIL_ADDRESS:marco.rinaldi.cc@gmail.com]] as my work one is locked
[[PERSON:Daniela]]: FYI [[PERSON:Marco]] [[DATE_TIME:the 27th]] pairing reports 04:50 😬
[[PERSON:Marco R]]: ugh fine""",
    """Conseiller ([[PERSON:Julien]]) : Bonjour et bienvenue chez votre opérateur. Je suis [[PERSON:Julien]], en quoi puis-je vous aider ?
Client : Bonjour, je voudrais résilier la ligne de ma mère qui est décédée.
Conseiller ([[PERSON:Julien]]) : Toutes mes condoléances. Pouvez-vous m'indiquer son nom et le numéro de la ligne ?
Client : [[PERSON:Jacqueline Perrin]], le [[PHONE_NUMBER:06 12 84 47 30]]. Elle est décédée le [[DATE_TIME:2 mars]].
Conseiller ([[PERSON:Julien]]) : Merci. Il me faudra l'acte de décès. Vous pouvez l'envoyer à quelle adresse e-mail ?
Client : [[EMAIL_ADDRESS:s.perrin-laval@orange.fr]], c'est [[PERSON:Stéphane]], son fils.
Conseiller ([[PERSON:Julien]]) : Parfait [[PERSON:Stéphane]], je vous envoie le lien de dépôt.""",
    """Guest (Room 418): hi, is it possible to extend my stay by one night?
Front Desk: Good evening! May I have the name on the reservation?
Guest (Room 418): [[PERSON:Abdulrahman Al-Harthy]]
Front Desk: Thank you, [[PERSON:Mr. Al-Harthy]]. We can extend you to [[DATE_TIME:Sunday 14 April]]. The rate is the same. Shall we charge the card on file?
Guest (Room 418): no, please use this one [[CREDIT_CARD:5129 8044 7712 0588]]
Front Desk: Noted. For security, please don't send the CVV in chat. Could you confirm your passport number for the register update?
Guest (Room 418): [[ID_NUMBER:K8841207]], [[NRP:Omani]]""",
    """#payments-eng
[[USERNAME:nadia.k]]: who owns the refund job? it's been failing since the deploy
[[USERNAME:tomasz]]: me — looks like the webhook from the PSP changed. [[PERSON:Wei]] can you check the prod box, [[IP_ADDRESS:10.14.2.57]]?
[[USERNAME:wei.zhang]]: on it. also fyi a customer emailed [[EMAIL_ADDRESS:okwu.chinedu@gmail.com]] asking why his refund of 49.99 hasn't landed, he's on hold with support
[[USERNAME:nadia.k]]: please don't paste customer emails in public channels 🙏 use the ticket
[[USERNAME:wei.zhang]]: sorry! removing. ticket is SUP-22910""",
    """Broker: Hi [[PERSON:Siddharth]], quick one — the lender came back and needs the deed of gift from your parents for the £40k.
Client: ok. my dad is [[PERSON:Ramesh Iyer]], mum is [[PERSON:Lalitha Iyer]]. they live at [[ADDRESS:33 Queens Drive]], [[LOCATION:Wembley]] [[ZIP_CODE:HA0 3LQ]]
Broker: Perfect. Do they have photo ID?
Client: yes both passports. dad's DOB is [[DATE_TIME:11/06/1955]] if you need it
Broker: I'll send them the form. Best number for your dad?
Client: [[PHONE_NUMBER:07956 330 218]]. he doesn't really do email
Broker: No problem, I'll post it. Completion is still pencilled in for [[DATE_TIME:28 June]].""",
]

LOOKALIKE = [
    """Order confirmation #114-7718203-5520931

Thanks for shopping with Halden Home, [[PERSON:Maureen]]! Your order has been dispatched.
Items: 1 x Oslo desk lamp (SKU HH-LMP-0042-BLK), 2 x linen cushion cover (SKU HH-CSH-5510-SND)
Invoice no.: INV-2024-000918   Invoice date: 2024-05-07
Tracking: 1Z 999 AA1 01 2345 6784 (UPS)
Questions? Call 0800 048 7710 or email orders@haldenhome.co.uk. Please quote your order number.""",
    """Release notes — v4.12.0.231 (build 20240318.4)
- Upgraded OpenSSL to 3.0.13; minimum TLS now 1.2.
- Fixed a crash when the config path contained IP-shaped version strings such as 10.2.0.14 (issue #4417).
- Default listen port changed from 8080 to 8443.
- New device IDs are UUIDv7 (e.g. 018e4f3a-7c2b-7d10-9a41-3f6c2e9b5d77).
- SHA-256 of the installer: 9b3e2f41c0d7a8e5f6b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3
- Docs: see the Dijkstra and Bellman-Ford notes in /docs/routing.md.
Thanks to [[USERNAME:hkowalczyk]] for the bug report.""",
    """LABORATORY REPORT
Patient: [[PERSON:Ebony Whitfield]]     Specimen: SP-24-0093381     Analyzer: Cobas c503, S/N 2201-4417
Sodium 139 mmol/L (135-145)   Potassium 4.1 mmol/L (3.5-5.3)   Creatinine 88 umol/L (45-90)
TSH 2.31 mU/L (0.27-4.20)   Free T4 14.2 pmol/L (12-22)
Method: ISO 15189 accredited. Lot 44719-B, expiry 2025-11-30.
Lab enquiries: 020 7188 7188 (ext. 4)""",
    """Reading list for the Neurology module:
1. "Parkinson's Disease: A Clinical Guide", ISBN 978-1-84353-172-2
2. "Alzheimer's and the Brain", ISBN 978-0-307-40617-0
3. Papers on Huntington's chorea and Tourette syndrome (see Moodle).
The seminar moves to the Florence Nightingale Building on Nelson Mandela Avenue from week 5. Module convenor: [[PERSON:Dr. Aoife Brannigan]] ([[EMAIL_ADDRESS:a.brannigan@ucc.ie]]); module code NE3021, room 2.17.""",
    """OPS BULLETIN 24/117
Flights EZY8441 and EZY8442 (G-UZHF) are swapped to G-UZLB from 06:00Z due to an APU defect (tech log 447120). NOTAM A1193/24: RWY 09L/27R closed 2300-0500. Frequencies: ATIS 128.075, GND 121.705.
Coordinates for the new holding point: 51°28'39"N 000°27'41"W. Crewing desk: +44 1582 525 000.
Bulletin issued by [[TITLE:Capt.]] [[PERSON:Rhodri Vaughan]], Base Captain.""",
    """Fattura n. 2024/00812 del 14/03/2024
Fornitore: Tipografia Lombarda S.r.l. (P.IVA 03318820164)
Codice articolo: TL-BR-A4-100 (brochure A4, 100 pz.) — Lotto 7731
Ordine cliente: OC-55129, DDT n. 441 del 12/03/2024
Totale imponibile: 1.240,00 EUR; IVA 22%: 272,80 EUR
Per informazioni: numero verde 800 441 220, amministrazione@tipografialombarda.it
Referente per il cliente: [[PERSON:Silvia Bertolini]]""",
    """Change request CR-20931: migrate the reporting cluster from 10.4.0.0/16 to the new VPC. Hosts rpt-db-01 and rpt-db-02 (Dell R750, service tags 7HX2K93 and 7HX2K94) move in the window 02:00-04:00 on Sunday. Rollback plan: restore snapshot snap-0a41f9c2e7b3d5811 and re-point DNS (TTL 300). Reference: RFC 1918, ITIL v4, KB0011872. Approver: Change Advisory Board.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind39", STYLES, OUT)


if __name__ == "__main__":
    main()

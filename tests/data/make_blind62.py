"""Build tests/data/blind62.jsonl: a sixty-second *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind62.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end of the file (the closing scaffolding, copied here);
gold_sets.py (whole file); and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and `parse()`). Not read:
minimize/, recognizers/, the tests (other than those lines), bench/, the
README, any *.jsonl set, the record lists of make_blind22.py and every other
make_*.py, git history / log / status, and anything under /tmp beyond the
brief of this task. The detector, the bench and the tests were never run;
only this script was run, until it succeeded. Do not tune the detector
against this set: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with their country's length; the RIB key inside the French
IBANs and the two control digits inside the Spanish one are right too
(worked out with throwaway code while writing, not generated here;
`gold_sets.check` re-checks cards and IBANs). National ids with a public
check digit were given a valid one the same way: NHS number, Canadian SIN,
Aadhaar (Verhoeff), Australian TFN and Medicare number, Irish PPSN,
Singapore NRIC, South African ID (Luhn; sex and birth date agree where
they show), Dutch BSN, Brazilian CPF, Polish PESEL (sex digit agrees),
Swedish personnummer, Korean resident registration number (sex digit and
birth date agree) and Japanese My Number; so were the ISBN-13 look-alikes.
Not checked: US SSNs, UK NI numbers, PAN, Nigerian NIN and BVN, Kenyan
ids, Philippine SSS and TIN, the US Medicare MBI (shape only), NZ NSN,
passports, licences, plates, bank account numbers and staff, student,
member, patient, player and loyalty numbers.

Styles (ids `blind62-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of the public PII-masking
  benchmarks: ai4privacy pii-masking-200k/300k/400k (odd mixed sentences
  dense with names, titles, job titles, streets with building numbers,
  secondary addresses, counties, IPv4 / IPv6, MACs, user agents, IMEIs,
  VINs, card + CVV + expiry, IBAN + BIC, SSNs, licences), gretel-pii-
  masking-en-v1 (claims, leases, contracts, discharge summaries, loan,
  enrolment, pharmacy, jury, benefits and injury forms, notices, wills,
  payslips) and Nemotron-PII (JSON, JSON lines, log lines, SQL, XML,
  YAML, systemd units, curl, TypeScript and Python snippets, HTTP
  requests, tickets and intake forms).
- `gen` (90): one to four LLM-style "realistic sentences with personal
  data", with extra weight on telecom, customer support, online gaming,
  subscriptions and e-commerce returns, the rest spread over banking,
  health, pharmacy, insurance, legal, schools, HR, travel and hotels,
  government, lettings, vets, gyms, weddings, church, dating, rideshare
  and deliveries; names at the start, middle and end, lowercase and
  possessive; ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record rendered as text (CSV,
  semicolon CSV, quoted CSV, TSV, pipes / Markdown, fixed-width, JSON
  lines, YAML, key: value blocks), with varied column names, non-PII
  columns and unlabeled header rows.
- `chat` (8): support chats, messaging threads, a gaming Discord channel
  and team chat, with the speakers' names and the data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, case and customs references, SKUs, ISBNs, versions
  shaped like IPs, hashes, UUIDs, OIDs, serials, lot numbers, company
  numbers and VAT ids, company phones, short codes, role mailboxes,
  eponyms, streets named after people with no number), with the few real
  PII values labeled; one (the release notes) has no PII at all.

Languages: about nine records in ten are in English (US, UK, Ireland,
Canada, Australia, New Zealand, India, South Africa, Nigeria, Kenya,
Singapore, the Philippines and more, with names from the many cultures
living there); the other 25 (11 gen, 10 bench, 3 table, 1 chat) are in
Japanese and Korean written in Latin letters (romanized).

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any shape;
  a weekday or a clock time said with such a date is inside the span, a
  time or weekday alone is not; not bare years, durations, relative days,
  or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, member and player numbers, bank account numbers,
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, IMEIs, VINs, BIC / SWIFT codes, sort codes, BSB and routing
  numbers, CVVs and expiries, order / ticket / claim / policy / booking /
  tracking / RMA references, company phone numbers and role mailboxes,
  extensions, versions, hashes, serials, partial numbers ("ending 4417",
  "**** 2281"), pets, eponyms and brands named after people, header rows.
- Calls made while writing this set, in the same spirit:
  - Japanese and Korean honorific suffixes attached to a name (-san, -sama,
    -nim) are TITLE, labeled apart from the name, with the hyphen or
    space outside both spans; "gogaengnim" ("dear customer") without a name is not
    labeled. Romanized Japanese and Korean names are PERSON whole, surname
    first as written.
  - Romanized Japanese block addresses ("4-2-8 Umeda", "3-8-12
    Nishi-Shinjuku") and Korean road addresses ("Teheran-ro 152") with
    their floor, building or room ("22-kai", "12-cheung", "102-dong
    1804-ho") are ADDRESS; -ku, -gu, -shi, cities and prefectures are
    LOCATION; "530-0001" and "06236" are ZIP_CODE. In romanized Korean and
    Japanese a particle glued on with a hyphen ("-e", "-ui") stays outside
    the span; age counters ("34-se", "16-sai", "29-sal") leave only the
    number as AGE.
  - Korean resident registration numbers, Japanese My Numbers, member and
    employee numbers are ID_NUMBER.
  - The leading timestamp of a machine log line or chat transcript line is
    not labeled; a date or time stored in a person's record (dob,
    hire_date, last_login, last_seen, activated, renews, a visitor's
    time in) is DATE_TIME.
  - The date of a named person's own action on their account (return,
    refund, renewal, activation, port, coverage start, date of loss) is
    DATE_TIME; an anonymous donation date and a class deadline are not.
  - "1500 block of Fulton St" is ADDRESS; a country given as a field value
    ("Japan") is LOCATION; a "Religion" or "Nationality" cell is NRP;
    "Mum" as a chat contact name is a family word and stays unlabeled;
    a Slack user id and a PGP fingerprint are not labeled; company and
    warehouse addresses were kept out of the look-alikes, so none is left
    there unlabeled.
  - Officer, Father, Fr., Rev. and Doña before a name are TITLE.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind62.jsonl")

BENCH = [
    # ai4privacy-style odd mixed sentences
    """Dear [[PERSON:Mx. Rowan Ellsworth-Pike]], as Senior Intranet Coordinator you must reset the credentials on workstation MAC 3c:22:fb:9a:41:07 before [[DATE_TIME:04/17/2025]]. Your last session came from [[IP_ADDRESS:88.214.9.173]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15.""",
    """[[PERSON:Obadiah Quincy Marchetti]], [[AGE:52]], Regional Branding Liaison, resides at [[ADDRESS:8821 Kessler Loop, Suite 904]], [[LOCATION:North Tavares]], [[LOCATION:Oneida County]] [[ZIP_CODE:13502-4418]] and asked that the Q3 invoices be mailed there instead of the office.""",
    """Card alert for [[PERSON:Ms. Zelda Hintz]]: [[CREDIT_CARD:5271-9033-6648-2152]] (exp 08/27, CVV 519) was charged $412.07 from [[IP_ADDRESS:2607:fb90:1a2c:84e3:5d1:7b2e:9c0f:33a1]]. The cardholder's registered number [[PHONE_NUMBER:+1-689-203-4417]] has been sent a one-time code.""",
    """Please transfer the remaining balance of €2,340 to [[PERSON:Henrike Baumgartner]], IBAN [[IBAN_CODE:DE08 1007 0024 0649 1203 00]], BIC BELADEBEXXX, with reference "Nachzahlung Kaution [[ADDRESS:Lindenstraße 41]]".""",
    """Our Lead Paradigm Engineer, [[PERSON:Dr. Kofi Amankwah-Reyes]], will present at the [[LOCATION:Port Lilyanmouth]] campus. Attendees should bring ID; parking passes are tied to VRM [[ID_NUMBER:LK71 TZB]] and device IMEI 35-209900-176148-1.""",
    """[[PERSON:Jaxon]], your password 'W7#pqLz!82' expires tomorrow. Log in from [[IP_ADDRESS:172.16.254.38]] with username [[USERNAME:jaxon.fadel]] and update it, or contact [[EMAIL_ADDRESS:jaxon.fadel@wunschmail.net]].""",
    """Patient feedback session: [[PERSON:Imelda]] (female, [[AGE:71]], born [[DATE_TIME:February 3rd, 1954]]) reported that the kiosk at [[ADDRESS:1140 Wintheiser Court]] rejected her card [[CREDIT_CARD:4796502188340272]] twice.""",
    """Hi [[PERSON:Ignatius Oyelaran-Whitfield]], the Forward Metrics Executive role in [[LOCATION:South Dakota]] requires relocation to [[ADDRESS:53 Pollich Meadows, Apt. 117]], [[LOCATION:East Corinne]] [[ZIP_CODE:57104]]. Please confirm by email to [[EMAIL_ADDRESS:i.oyelaran@corvexa.io]].""",
    """The account nickname 'Home Loan Account' belonging to [[PERSON:Svetlana Oduya]] shows an outgoing SWIFT payment to [[IBAN_CODE:GB85LOYD30963617452908]] on [[DATE_TIME:11/29/2024 14:02]]; BIC LOYDGB21XXX; amount ₣ 9,210.""",
    """Reminder to [[PERSON:Mr. Thaddeus Kuhic]]: your vehicle (VIN 1HGCM82633A004352) registration [[ID_NUMBER:XJ-482-KP]] lapses on [[DATE_TIME:30 June]]. The renewal form is at [[ADDRESS:700 Marquardt Crossing]], [[LOCATION:Lake Ozella]].""",
    """Greetings [[PERSON:Anouk]], as our Dynamic Intranet Agent you'll be using laptop 00:1B:44:11:3A:B7 and remote login [[USERNAME:anouk_vdberg]] from [[IP_ADDRESS:145.53.201.76]]. Your BSN ([[ID_NUMBER:174306258]]) is needed for payroll.""",
    """Research consent: [[PERSON:Bartholomew Igwe]], male, [[AGE:38]], height 5'11", eye colour brown, of [[ADDRESS:Flat 12, 9 Sandringham Mews]], [[LOCATION:Gateshead]] [[ZIP_CODE:NE8 3QR]], agreed on [[DATE_TIME:2024-09-02]] to share his anonymised genome data.""",
    """[[PERSON:Leocadia Ferreira-Nakashima]] just bought 3 seats with [[CREDIT_CARD:3530 1127 4593 0681]] CVV 044 exp 11/26; user agent Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36.""",
    """To [[PERSON:Prof. Eustace Adjei]]: the Human Factors Strategist shortlist is attached. Candidates [[PERSON:Marisol Quiñones]] ([[EMAIL_ADDRESS:mquinones@tutamail.com]]) and [[PERSON:Hamza Qureshi]] ([[PHONE_NUMBER:(929) 417-3086]]) are available from [[DATE_TIME:March 10th]].""",
    """Security log review: failed logins for [[USERNAME:ktremblay_91]] came from [[IP_ADDRESS:203.0.113.77]] and [[IP_ADDRESS:198.51.100.12]]; MAC a4:83:e7:2c:9f:10; the account owner [[PERSON:Kayleigh Tremblay]] confirmed on [[DATE_TIME:Tue, 14 Jan 2025 08:17]] that neither was her.""",
    """Hello [[PERSON:Benedetta]], to finish onboarding as Principal Accountability Planner please send us your SSN ([[US_SSN:529-41-7783]]), date of birth ([[DATE_TIME:9/14/1987]]) and the Bitcoin wallet you'd like bonuses paid to.""",
    """[[PERSON:Orla Fitzgerald-Mbeki]] lives at [[ADDRESS:Apartment 2, The Old Granary]], [[ADDRESS:44 Quay Street]], [[LOCATION:Galway]] [[ZIP_CODE:H91 E2K4]]; her PPS number is [[ID_NUMBER:7315062AA]] and her mobile is [[PHONE_NUMBER:086 302 7714]].""",
    """Refund for [[PERSON:Cyrus Mehrabi]] of $1,118.40 to Amex [[CREDIT_CARD:341552073902841]] (exp 02/28) is blocked: billing street [[ADDRESS:4910 Stracke Plaza]] doesn't match [[ADDRESS:4901 Stracke Plaza]] on file.""",
    """[[PERSON:Ayesha Siddiqa]], [[AGE:29]], Legacy Usability Consultant, [[NRP:Muslim]], prefers halal catering for the offsite in [[LOCATION:Kuala Lumpur]] on [[DATE_TIME:18 August 2025]].""",
    """Your new Chromebook (serial 5CD249HV7Q) has been assigned to [[USERNAME:pnkemelu]]. [[PERSON:Patience Nkemelu]], please sign the equipment form by [[DATE_TIME:Friday, 7 March]] and email it to [[EMAIL_ADDRESS:patience.nkemelu@hollowbrook-hs.org]].""",
    """Employee [[PERSON:Dashiell Kerrigan]], DOB [[DATE_TIME:1972-12-30]], SSN [[US_SSN:401 92 7718]], Driver's license [[US_DRIVER_LICENSE:D482-7715-3309]], residing in [[LOCATION:Fairbanks North Star Borough]], [[LOCATION:AK]], has updated his emergency contact.""",
    """The wire to [[PERSON:Karim Haddad]] (IBAN [[IBAN_CODE:AE80 0260 0010 1557 2938 401]]) was returned because the beneficiary address, [[ADDRESS:Villa 17, Street 4B]], [[LOCATION:Al Barsha 2]], [[LOCATION:Dubai]], was incomplete.""",
    # Korean / Japanese ai4privacy-style
    """[[PERSON:Kim Seo-hyun]] [[TITLE:nim]], [[AGE:34]]-se, jigeop: marketing timjang. Juso: [[ADDRESS:Seolleung-ro 428, 1203-ho]], [[LOCATION:Gangnam-gu]], [[LOCATION:Seoul]] [[ZIP_CODE:06192]]. Jeonhwa [[PHONE_NUMBER:010-4418-2093]], IP [[IP_ADDRESS:211.234.118.45]].""",
    """[[PERSON:Watanabe Ren]]-[[TITLE:sama]] no kurejitto kaado [[CREDIT_CARD:3568-2700-4419-3529]] (yuukou kigen 09/28) de [[DATE_TIME:2024-nen 11-gatsu 3-ka 21:14]] ni kessai ga arimashita. Akusesu moto IP: [[IP_ADDRESS:126.72.198.3]].""",
    """Jumin deungnok beonho [[ID_NUMBER:870314-1048214]]-ui sayongja [[PERSON:Oh Jae-won]] (namseong, [[DATE_TIME:1987nyeon 3wol 14il]] saeng) ga [[LOCATION:Incheon]] jijeom-eseo gyejwa-reul gaeseol haetseumnida.""",
    # gretel-style domain documents
    """CLAIM FORM — HOMEOWNERS
Claimant: [[PERSON:Delphine Okwuosa]]
Policy no.: HO-7729140-3
Property address: [[ADDRESS:2816 Magnolia Bend Dr]], [[LOCATION:Baton Rouge]], [[LOCATION:LA]] [[ZIP_CODE:70816]]
Date of loss: [[DATE_TIME:08/29/2024]]
Description: Roof damage from fallen oak during storm; tarp installed by claimant's brother, [[PERSON:Ifeanyi Okwuosa]].
Contact phone: [[PHONE_NUMBER:225-381-0472]]""",
    """RESIDENTIAL LEASE AGREEMENT
This Lease is made on [[DATE_TIME:January 15, 2025]] between Greystone Property Holdings LLC ("Landlord") and [[PERSON:Tobias Lindgren]] and [[PERSON:Amara Lindgren]] ("Tenants") for the premises at [[ADDRESS:419 Cedar Hollow Rd, Unit 2]], [[LOCATION:Burlington]], [[LOCATION:VT]] [[ZIP_CODE:05401]]. The term begins [[DATE_TIME:February 1, 2025]] and monthly rent of $1,875 is due on the first of each month.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Ramón Echeverría]]   MRN: [[ID_NUMBER:00482917]]   DOB: [[DATE_TIME:06/11/1949]]
Admitted: [[DATE_TIME:03/02/2025]]   Discharged: [[DATE_TIME:03/07/2025]]
Attending: [[PERSON:Dr. Priya Venkataraman]]
Diagnosis: Community-acquired pneumonia. Follow up with PCP [[PERSON:Dr. Linda Osei]] within 7 days. Patient lives with daughter [[PERSON:Carmen]] at [[ADDRESS:1290 Alameda St]], [[LOCATION:Walnut Creek]], [[LOCATION:CA]].""",
    """LOAN APPLICATION — PERSONAL
Applicant name: [[PERSON:Sipho Dlamini]]
Identity number: [[ID_NUMBER:8804175129086]]
Residential address: [[ADDRESS:22 Jacaranda Avenue]], [[LOCATION:Lynnwood Ridge]], [[LOCATION:Pretoria]], [[ZIP_CODE:0081]]
Employer: Kestrel Mining (Pty) Ltd   Monthly gross: R38,500
Bank account: [[ID_NUMBER:62814479302]] (cheque)
Signed at [[LOCATION:Pretoria]] on [[DATE_TIME:14 October 2024]]""",
    """NOTICE OF RENT INCREASE
To: [[PERSON:Harold]] and [[PERSON:Pearl Whitmore]]
[[ADDRESS:Flat 4, 118 Kingsway]]
[[LOCATION:Hove]] [[ZIP_CODE:BN3 4FA]]
Dear [[PERSON:Mr. Whitmore]] and [[PERSON:Mrs. Whitmore]], under section 13 of the Housing Act 1988 your rent will rise from £1,150 to £1,240 per calendar month from [[DATE_TIME:1 May 2025]].""",
    """INDEPENDENT CONTRACTOR AGREEMENT
Effective as of [[DATE_TIME:March 3, 2025]], Northwind Analytics, Inc. engages [[PERSON:Esperanza Villalobos]] (Taxpayer ID [[US_SSN:587-22-9041]]), an individual residing at [[ADDRESS:6502 Oak Shadow Ln]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85750]], to provide data-labeling services. Payments will be made by ACH to account [[ID_NUMBER:4471902283]], routing 122105155.""",
    """Incident report #IR-2025-0318
Reported by: [[TITLE:Officer]] [[PERSON:Dmitri Volkov]], badge 4471
On [[DATE_TIME:March 18, 2025 at approximately 23:40]], [[PERSON:Tyrese Holloway]] ([[AGE:22]]) was stopped near [[ADDRESS:1500 block of Fulton St]]. Driver's license [[US_DRIVER_LICENSE:H418-2290-9317]] was valid; no citation issued.""",
    """EXPLANATION OF BENEFITS
Member: [[PERSON:Giulia Moretti-Clarke]]      Member ID: [[ID_NUMBER:XQW884102937]]
Group: 00417-B     Provider: Lakeshore Orthopedics
Date of service: [[DATE_TIME:12/04/2024]]
Amount billed $2,310.00 — Plan paid $1,640.00 — You owe $670.00""",
    """SCHOOL ENROLMENT FORM
Student: [[PERSON:Aroha Ngata-Williams]]   Date of birth: [[DATE_TIME:22/06/2015]]   NSN: [[ID_NUMBER:0148273561]]
Parent/Caregiver: [[PERSON:Hemi Ngata]]   Mobile: [[PHONE_NUMBER:022 513 8840]]
Address: [[ADDRESS:7 Kowhai Street]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]]
Citizenship: [[NRP:New Zealander]]""",
    """LAST WILL AND TESTAMENT
I, [[PERSON:Cornelius Abernathy Blythe]], of [[ADDRESS:Rosebank Cottage, Lower Slaughter]], [[LOCATION:Gloucestershire]] [[ZIP_CODE:GL54 2HR]], revoke all earlier wills and appoint my niece [[PERSON:Philippa Blythe-Osei]] as sole executrix. Signed this [[DATE_TIME:ninth day of September 2024]].""",
    """PHARMACY REFILL REQUEST
Pt: [[PERSON:Nguyen, Van Thanh]]  DOB [[DATE_TIME:1961-04-28]]  Ph [[PHONE_NUMBER:(714) 892-3340]]
Rx #: 7720184-03  Drug: atorvastatin 40 mg
Insurance ID: [[ID_NUMBER:W284017733]]
Prescriber: [[PERSON:Dr. Ellen Marsh]]""",
    """JURY SUMMONS — SUPERIOR COURT
[[PERSON:Beatrice Onyango-Hale]]
[[ADDRESS:3340 Ravenna Ave NE, Apt 5]]
[[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98105]]
Juror ID: [[ID_NUMBER:KC-5582019]]
You are summoned to appear on [[DATE_TIME:Monday, April 14, 2025 at 8:00 AM]] at the King County Courthouse.""",
    """AUTO INSURANCE — FIRST NOTICE OF LOSS
Insured: [[PERSON:Rashida Campbell]]   Phone: [[PHONE_NUMBER:905-552-0913]]
Vehicle: 2019 Honda CR-V, VIN 7FARW2H53KE018832, plate [[ID_NUMBER:FBX 7720]]
Loss date/time: [[DATE_TIME:02/11/2025 17:25]]
Location: intersection of Dixie Rd and Eglinton Ave, [[LOCATION:Mississauga]], [[LOCATION:ON]]
Other driver: [[PERSON:Graham Pettersen]], licence [[ID_NUMBER:P2841-73920-60815]]""",
    """PAYSLIP — February 2025
Employee: [[PERSON:Siosaia Tupou]]   Employee no.: [[ID_NUMBER:EMP-008127]]
Tax file number: [[ID_NUMBER:329 817 647]]
Address: [[ADDRESS:15/42 Railway Parade]], [[LOCATION:Granville]] [[LOCATION:NSW]] [[ZIP_CODE:2142]]
Gross: $6,140.00  PAYG: $1,288.00  Super: $706.10
Paid to BSB 062-118 acct [[ID_NUMBER:10482275]]""",
    """MORTGAGE PRE-APPROVAL LETTER
Date: [[DATE_TIME:20 January 2025]]
Dear [[PERSON:Mr. Arjun Bhattacharya]] and [[PERSON:Ms. Leah Goldberg]],
We are pleased to confirm pre-approval of up to $640,000 for the purchase of [[ADDRESS:88 Larkspur Terrace]], [[LOCATION:Markham]], [[LOCATION:Ontario]] [[ZIP_CODE:L3R 5G2]]. SIN on file for the primary applicant: [[ID_NUMBER:528 133 903]].""",
    """VACCINATION RECORD
Name: [[PERSON:Fiifi Quaye]]   Sex: M   DOB: [[DATE_TIME:17.02.2019]]
Dose 1 MMR — [[DATE_TIME:20.02.2020]] — Clinic: Hackney Children's Centre
Dose 2 MMR — [[DATE_TIME:14.05.2022]]
NHS no.: [[ID_NUMBER:943 476 5919]]
Parent: [[PERSON:Efua Quaye]], [[PHONE_NUMBER:07956 320 118]]""",
    """SETTLEMENT AGREEMENT AND RELEASE
This Agreement is entered into by [[PERSON:Marguerite Delacroix]] ("Employee") and Halvorsen Logistics ("Company"). Employee's employment ended on [[DATE_TIME:November 30, 2024]]. The Company will pay $18,000 less withholdings to Employee's account ending 5521 within 14 days of Employee's signature.
Employee signature: ______  Date: [[DATE_TIME:12/09/2024]]""",
    """TENANT REFERENCE REQUEST
Applicant: [[PERSON:Chidinma Eze]]
Current address: [[ADDRESS:27B Coldharbour Lane]], [[LOCATION:Brixton]], [[LOCATION:London]] [[ZIP_CODE:SW9 8PR]]
Previous landlord: [[PERSON:Mr. Leonard Gaskell]], [[PHONE_NUMBER:020 7733 4189]]
Date moved in: [[DATE_TIME:March 2021]]   Rent: £1,420 pcm""",
    """Clinical note: [[PERSON:Mrs. Anjali Deshmukh]], a [[AGE:63]]-year-old woman with type 2 diabetes, presented on [[DATE_TIME:2024-07-19]] with blurred vision. Health plan beneficiary number [[ID_NUMBER:HPB-552-019-744]]. Her son [[PERSON:Rohan]] ([[PHONE_NUMBER:+1 (408) 661-2095]]) accompanied her.""",
    """CERTIFICATE OF EMPLOYMENT
This is to certify that [[PERSON:Ma. Theresa Villanueva]], with SSS No. [[ID_NUMBER:34-1928475-6]] and TIN [[ID_NUMBER:418-227-903-000]], has been employed with Bayside BPO Solutions as Customer Service Representative from [[DATE_TIME:June 3, 2019]] up to [[DATE_TIME:January 31, 2025]].
Issued at [[LOCATION:Pasig City]].""",
    # Nemotron-PII-style structured records
    """{"customer_id": "[[ID_NUMBER:C-00918274]]", "first_name": "[[PERSON:Ingrid]]", "last_name": "[[PERSON:Solberg-Amadi]]", "email": "[[EMAIL_ADDRESS:ingrid.solberg.amadi@proton.me]]", "phone": "[[PHONE_NUMBER:+47 412 88 093]]", "dob": "[[DATE_TIME:1990-08-14]]", "address": {"street": "[[ADDRESS:Thereses gate 22B]]", "postcode": "[[ZIP_CODE:0168]]", "city": "[[LOCATION:Oslo]]"}, "iban": "[[IBAN_CODE:NO3115032204718]]", "marketing_opt_in": false}""",
    """2025-02-11T08:14:22.381Z INFO  auth-service  login_success user=[[USERNAME:mbeauchamp]] src_ip=[[IP_ADDRESS:24.114.87.203]] session=9f3c1e7a mfa=totp
2025-02-11T08:14:23.002Z WARN  profile-svc   missing field 'middle_name' for user_id=448201
2025-02-11T08:15:40.917Z INFO  billing       card_updated user=[[USERNAME:mbeauchamp]] last4=0824 brand=visa holder="[[PERSON:Mathilde Beauchamp]]" status=ok""",
    """INSERT INTO patients (mrn, full_name, sex, date_of_birth, phone, street, city, zip)
VALUES ('[[ID_NUMBER:MRN-2093381]]', '[[PERSON:Olusegun Bankole]]', 'M', '[[DATE_TIME:1958-01-23]]', '[[PHONE_NUMBER:713-480-2271]]', '[[ADDRESS:9027 Bellaire Blvd Apt 14]]', '[[LOCATION:Houston]]', '[[ZIP_CODE:77036]]');""",
    """<applicant>
  <name><given>[[PERSON:Priscila]]</given><family>[[PERSON:Albuquerque Santos]]</family></name>
  <birthDate>[[DATE_TIME:1986-11-02]]</birthDate>
  <nationalId type="CPF">[[ID_NUMBER:382.915.047-41]]</nationalId>
  <email>[[EMAIL_ADDRESS:priscila.asantos@uol.com.br]]</email>
  <address><line>[[ADDRESS:Rua Harmonia, 715, apto 42]]</line><city>[[LOCATION:São Paulo]]</city><state>[[LOCATION:SP]]</state><cep>[[ZIP_CODE:05435-001]]</cep></address>
</applicant>""",
    """# config/notify.yaml
alerts:
  on_call:
    name: [[PERSON:Teodora Vasilescu]]
    phone: "[[PHONE_NUMBER:+40 721 448 905]]"
    email: [[EMAIL_ADDRESS:teodora.vasilescu@ops-halcyon.ro]]
  escalation:
    name: [[PERSON:Radu Ionescu]]
    phone: "[[PHONE_NUMBER:+40 744 019 382]]"
  smtp_password: "hX9!rT2pq"
  webhook: https://hooks.halcyon.internal/alerts""",
    """def test_checkout_flow():
    # TODO: replace with fixture, this is [[PERSON:Sam]]'s real card from the demo
    user = User(name="[[PERSON:Samuel Adeyinka]]", email="[[EMAIL_ADDRESS:samadeyinka@gmail.com]]")
    card = Card(number="[[CREDIT_CARD:4008371592640824]]", exp="07/27", cvv="331")
    assert checkout(user, card, zip="[[ZIP_CODE:30318]]").ok""",
    """TICKET #SR-448127 | Priority: High | Channel: Email
Requester: [[PERSON:Marguerite Fontaine-Obi]] <[[EMAIL_ADDRESS:mfontaineobi@videotron.ca]]>
Phone: [[PHONE_NUMBER:514-662-0398]]
Subject: Locked out after SIM swap
Body: Since [[DATE_TIME:Feb 3]] I cannot receive 2FA codes. My username is [[USERNAME:mfo_bleu]] and my last successful login was from [[IP_ADDRESS:70.81.244.16]].
Assignee: [[PERSON:Kyle Drummond]] (Tier 2)""",
    """[
  {"emp_id": "[[ID_NUMBER:E10442]]", "name": "[[PERSON:Haruka Sato-Jensen]]", "title": "QA Lead", "hire_date": "[[DATE_TIME:2021-04-19]]", "ssn": "[[US_SSN:287-66-1043]]"},
  {"emp_id": "[[ID_NUMBER:E10587]]", "name": "[[PERSON:Demetrius Cole]]", "title": "Support Engineer", "hire_date": "[[DATE_TIME:2023-09-05]]", "ssn": "[[US_SSN:604-31-8820]]"}
]""",
    """Feb 14 03:22:19 web-02 sshd[18233]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.44]] port 51432 ssh2
Feb 14 03:22:25 web-02 sshd[18240]: Accepted publickey for [[USERNAME:rkapoor]] from [[IP_ADDRESS:10.8.0.17]] port 60211 ssh2
Feb 14 03:22:25 web-02 systemd-logind[712]: New session 4471 of user [[USERNAME:rkapoor]].""",
    """UPDATE accounts SET email = '[[EMAIL_ADDRESS:d.achterberg@kpnmail.nl]]', phone = '[[PHONE_NUMBER:06-41837290]]', iban = '[[IBAN_CODE:NL18INGB0007713524]]' WHERE customer_no = '[[ID_NUMBER:700218834]]'; -- requested by [[PERSON:Dirk Achterberg]] on [[DATE_TIME:2024-12-02]]""",
    """FORM W-4 WORKSHEET (internal copy)
First name and middle initial: [[PERSON:Latoya R.]]   Last name: [[PERSON:Pemberton]]
SSN: [[US_SSN:512-48-3391]]
Address: [[ADDRESS:1145 Peachtree Battle Ave NW]]
City/State/ZIP: [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30327]]
Filing status: Married filing jointly   Dependents: 2""",
    """{"event": "password_reset", "ts": "2025-01-07T19:42:10Z", "user": {"id": 88123, "handle": "[[USERNAME:zoe.marchand]]", "email": "[[EMAIL_ADDRESS:zoe.marchand@laposte.net]]"}, "client": {"ip": "[[IP_ADDRESS:90.112.48.201]]", "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:122.0) Gecko/20100101 Firefox/122.0"}}""",
    """KYC REVIEW — ESCALATED
Name: [[PERSON:Adebola Akinwande-Harris]]
Passport: [[ID_NUMBER:A09482716]] (Nigeria), exp 2031
BVN: [[ID_NUMBER:22418093771]]
Residential: [[ADDRESS:Plot 14, Admiralty Road]], [[LOCATION:Lekki]], [[LOCATION:Lagos State]]
Reason: name on utility bill ([[PERSON:Bola Harris]]) differs from passport""",
    """<?xml version="1.0"?>
<Order id="SO-2291047">
  <Customer loyaltyNo="[[ID_NUMBER:LY-55102938]]">
    <Name>[[PERSON:Fionnuala Kearney]]</Name>
    <Phone>[[PHONE_NUMBER:+353 1 834 2917]]</Phone>
  </Customer>
  <ShipTo>[[ADDRESS:Apt 9, Clontarf Court, 61 Vernon Avenue]], [[LOCATION:Dublin 3]], [[ZIP_CODE:D03 KF80]]</ShipTo>
  <Sku>HX-2210-BLK</Sku><Qty>1</Qty>
</Order>""",
    """$ curl -X POST https://api.example-crm.io/v2/contacts \\
  -H "Authorization: Bearer sk_live_51Hx9QkPz3" \\
  -d '{"name":"[[PERSON:Tanvir Hossain]]","phone":"[[PHONE_NUMBER:+44 7723 480 119]]","email":"[[EMAIL_ADDRESS:tanvir.h@btinternet.com]]","postcode":"[[ZIP_CODE:E1 6RU]]"}'""",
    """[2025-03-02 10:05:11] chat.transcript session=77a1 agent=[[PERSON:Noor]] customer=[[PERSON:Viktor Hellström]]
[2025-03-02 10:05:40] customer: my personnummer is [[ID_NUMBER:19840612-3375]] and the card is [[CREDIT_CARD:4147 2098 3310 6571]]
[2025-03-02 10:06:02] agent: please never share the full card in chat, I have masked it in our records""",
    """type Contact = { name: string; email: string; phone?: string };
const seed: Contact[] = [
  { name: "[[PERSON:Valentina Greco]]", email: "[[EMAIL_ADDRESS:vale.greco@libero.it]]", phone: "[[PHONE_NUMBER:+39 333 871 2046]]" },
  { name: "[[PERSON:Marco Bellandi]]", email: "[[EMAIL_ADDRESS:mbellandi@tiscali.it]]" },
];""",
    """HR ONBOARDING CHECKLIST
[x] Offer signed — [[DATE_TIME:2025-02-17]]
[x] ID verified: UK passport [[ID_NUMBER:538817264]]; NI number [[ID_NUMBER:JN 48 21 93 C]]
[ ] Bank details: sort code 20-45-77, account [[ID_NUMBER:63018824]]
[ ] Emergency contact: [[PERSON:Bernadette Okoye]] ([[PHONE_NUMBER:07803 114 562]])
Employee: [[PERSON:Callum Okoye-Reid]], start date [[DATE_TIME:3 March 2025]]""",
    """GET /api/v1/users/[[USERNAME:ldiaz_88]]/orders?since=2024-10-01 HTTP/1.1
Host: shop.internal
X-Forwarded-For: [[IP_ADDRESS:76.102.33.190]]
X-User-Email: [[EMAIL_ADDRESS:luis.diaz88@yahoo.com]]
User-Agent: ShopApp/4.12.0 (iPhone; iOS 17.3; Scale/3.00)""",
    """{
  "policy_holder": "[[PERSON:Abimbola Olatunji]]",
  "dob": "[[DATE_TIME:04/02/1977]]",
  "license_no": "[[US_DRIVER_LICENSE:O452-617-83-402-0]]",
  "state": "[[LOCATION:FL]]",
  "vehicles": [{"vin": "5YJ3E1EA7KF317293", "plate": "[[ID_NUMBER:QJT-8841]]"}],
  "agent": "[[PERSON:Craig Lutz]]"
}""",
    """DELETE FROM newsletter_subscribers WHERE email IN ('[[EMAIL_ADDRESS:gwen.pritchard@sky.com]]', '[[EMAIL_ADDRESS:t.akhtar1990@gmail.com]]'); -- GDPR erasure, ticket 55120, requested [[DATE_TIME:2025-01-29]] by [[PERSON:Gwen Pritchard]] and [[PERSON:Tariq Akhtar]]""",
    """Form: Change of Address (USPS-style)
Name: [[PERSON:Wendell P. Okafor-Stein]]
Old address: [[ADDRESS:2260 Elmhurst Ave]], [[LOCATION:Detroit]], [[LOCATION:MI]] [[ZIP_CODE:48206]]
New address: [[ADDRESS:PO Box 1148]], [[LOCATION:Ann Arbor]], [[LOCATION:MI]] [[ZIP_CODE:48106-1148]]
Effective: [[DATE_TIME:12/15/2024]]   Signature on file""",
    """kubectl logs deploy/signup-api | tail -3
{"level":"info","msg":"new signup","email":"[[EMAIL_ADDRESS:kaito.mori@icloud.com]]","ip":"[[IP_ADDRESS:153.246.77.14]]","country":"[[LOCATION:Japan]]"}
{"level":"info","msg":"verification sent","phone":"[[PHONE_NUMBER:+81 80-4471-2930]]"}
{"level":"error","msg":"rate limit","ip":"[[IP_ADDRESS:153.246.77.14]]"}""",
    """Support form submission
Full name: [[PERSON:Aleksandra Petrović]]
Account email: [[EMAIL_ADDRESS:apetrovic@gmx.at]]
IBAN for refund: [[IBAN_CODE:AT29 2011 1829 9143 0071]]
Reason: Charged twice for annual plan on [[DATE_TIME:05.01.2025]]
Browser: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/121.0 Safari/537.36""",
    """-- seed data for staging, do NOT ship
INSERT INTO users VALUES (1, '[[USERNAME:jmcallister]]', '[[PERSON:Jolene McAllister]]', '[[EMAIL_ADDRESS:jolene.mca@comcast.net]]', '[[PHONE_NUMBER:(508) 227-9140]]', '$2b$12$Qx8vL1c9eXr0a1');
INSERT INTO users VALUES (2, '[[USERNAME:bkwabena]]', '[[PERSON:Bright Kwabena]]', '[[EMAIL_ADDRESS:bright.kwabena@outlook.com]]', NULL, '$2b$12$7YtPq2hWm4Jz0c');""",
    """Loan file notes (underwriter [[PERSON:Celeste Arnaud]]):
- Borrower [[PERSON:Vikram Sethi]], [[AGE:44]], self-employed, Aadhaar [[ID_NUMBER:5816 2047 3395]], PAN [[ID_NUMBER:BQRPS7718K]]
- Co-borrower [[PERSON:Neha Sethi]], DOB [[DATE_TIME:02-11-1983]]
- Property: [[ADDRESS:Flat 1102, Tower C, Prestige Lakeside Habitat]], [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560066]]""",
    """[Unit]
Description=Backup job for [[PERSON:Dr. Osei]]'s practice
[Service]
Environment=ADMIN_EMAIL=[[EMAIL_ADDRESS:kwame.osei@oseifamilymed.com]]
Environment=ADMIN_PHONE=[[PHONE_NUMBER:+1-919-447-2086]]
Environment=NAS_HOST=[[IP_ADDRESS:192.168.10.40]]
ExecStart=/usr/local/bin/backup.sh""",
    """Case intake (legal aid)
Client: [[PERSON:Rosario Mendoza Quispe]]   DOB: [[DATE_TIME:March 9, 1992]]   Nationality: [[NRP:Peruvian]]
A-Number: [[ID_NUMBER:A-219-448-307]]
Address: [[ADDRESS:418 W 46th St, Apt 3R]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10036]]
Next hearing: [[DATE_TIME:06/23/2025 at 1:00 PM]]""",
    """name,email,ip,last_seen
"[[PERSON:Rhiannon Price]]",[[EMAIL_ADDRESS:rhiannon.price@ntlworld.com]],[[IP_ADDRESS:81.98.144.2]],[[DATE_TIME:2025-03-01 22:10]]""",
    """// Slack export, #billing-escalations
{"user": "U02F7K1", "real_name": "[[PERSON:Gemma Thornbury]]", "text": "customer [[PERSON:Ishaan Reddy]] says we billed [[CREDIT_CARD:5204 7311 9856 0321]] twice, can someone in finance check? his number is [[PHONE_NUMBER:+61 423 905 771]]", "ts": "1738910022.004100"}""",
    """VISITOR LOG — Building B reception
[[DATE_TIME:04/03/2025 09:12]]  [[PERSON:Mohamed Farah]]  ID: DL [[US_DRIVER_LICENSE:F622-4817-9031]]  Host: [[PERSON:Ellen Sørensen]]  Badge V-118
[[DATE_TIME:04/03/2025 09:40]]  [[PERSON:Jin Park]]  ID: US Passport [[US_PASSPORT:548213907]]  Host: [[PERSON:Ellen Sørensen]]  Badge V-119""",
    # Japanese / Korean, structured
    """{"kokyaku_id": "[[ID_NUMBER:K-20931877]]", "shimei": "[[PERSON:Yamaguchi Sakura]]", "furigana": "[[PERSON:Yamaguchi Sakura]]", "seinengappi": "[[DATE_TIME:1993-05-27]]", "denwa": "[[PHONE_NUMBER:070-3318-6642]]", "juusho": "[[ADDRESS:4-2-8 Umeda]], [[LOCATION:Kita-ku]], [[LOCATION:Osaka-shi]]", "yuubin": "[[ZIP_CODE:530-0001]]", "mai_nambaa": "[[ID_NUMBER:4830 1927 5613]]"}""",
    """Hoeweon gaip jeongbo
Ireum: [[PERSON:Han Ye-jin]]
Saengnyeonwolil: [[DATE_TIME:1995.02.12]]
Jumin beonho: [[ID_NUMBER:950212-2077151]]
Hyudaepon: [[PHONE_NUMBER:010-5502-8817]]
Imeil: [[EMAIL_ADDRESS:yejin.han0212@naver.com]]
Juso: [[ADDRESS:Haeundae-ro 570, 102-dong 1804-ho]], [[LOCATION:Haeundae-gu]], [[LOCATION:Busan]] [[ZIP_CODE:48094]]""",
    """2025-01-22 14:03:55 JST [WARN] login kyohi: yuuzaa=[[USERNAME:tanaka_h]] IP=[[IP_ADDRESS:60.70.211.88]] riyuu=pasuwaado fuicchi (3-kaime)
2025-01-22 14:04:30 JST [INFO] kanrisha [[PERSON:Fujimoto Kenta]] ga [[USERNAME:tanaka_h]] no akaunto o ichiji teishi shimashita""",
    """Gyeyak-seo (yoyak)
Gapseo: (ju) Hanbit Tongsin
Eulseo: [[PERSON:Seo Min-ho]], [[DATE_TIME:1981nyeon 11wol 30il]] saeng, jumin beonho [[ID_NUMBER:781130-1264191]]
Gyeyak il: [[DATE_TIME:2024nyeon 12wol 2il]] / Gyeyak gigan 24gaewol
Jadong ichae gyejwa: Kookmin Eunhaeng [[ID_NUMBER:412-21-0883-194]]""",
    # more ai4privacy / gretel mix
    """Kindly note that [[PERSON:Gwendolyn Achterberg-Oyelowo]] (pronouns she/her), our International Tactics Officer, has moved from [[ADDRESS:4187 Runolfsdottir Ports]] to [[ADDRESS:912 Wuckert Glens, Floor 3]], [[LOCATION:Lake Maudie]] [[ZIP_CODE:70134]]. Her new direct line is [[PHONE_NUMBER:504.338.9027]] and her portfolio lives at [[URL:https://gwenachterberg.design]].""",
    """Litecoin payouts are paused for [[USERNAME:crypt0_mags]] until [[PERSON:Magdalena Wiśniewska]] verifies her identity: PESEL [[ID_NUMBER:85071204568]], phone [[PHONE_NUMBER:+48 601 229 874]], IP at signup [[IP_ADDRESS:31.0.114.250]].""",
    """[[PERSON:Leroy]] - please process the reimbursement of £312.80 to [[IBAN_CODE:GB57 MIDL 4005 1572 2901 46]] (sort code 40-05-15) for [[PERSON:Mr. Desmond Achebe]], who attended the [[LOCATION:Sheffield]] workshop on [[DATE_TIME:27/01/2025]].""",
    """PRIOR AUTHORIZATION REQUEST
Member name: [[PERSON:Huang, Mei]]   Member #: [[ID_NUMBER:UHC-88317420-01]]   DOB: [[DATE_TIME:10/30/1968]]
Requesting provider: [[PERSON:Dr. Samuel Oyelaran]], Cardiology
Procedure: CPT 93306 echocardiogram   Requested date: [[DATE_TIME:04/02/2025]]
Member phone: [[PHONE_NUMBER:(626) 570-1183]]""",
    """Our Corporate Response Orchestrator [[PERSON:Efosa]] will ship the test device (IMEI 01-384400-792451-6, MAC 7c:d1:c3:88:0a:5e) to [[ADDRESS:60 Zemlak Hollow, Apt. 881]], [[LOCATION:Hermistonfurt]], [[LOCATION:Kent County]] [[ZIP_CODE:19901]].""",
    """CREDIT CARD DISPUTE FORM
Cardholder: [[PERSON:Maximilian Oberhauser]]
Card number: [[CREDIT_CARD:5466 1620 3397 5818]]
Merchant: PixelForge Games   Amount: $59.99   Transaction date: 01/19/2025
Reason: I did not authorize this purchase; my son [[PERSON:Felix]] ([[AGE:12]]) used the saved card.
Signature: [[PERSON:M. Oberhauser]]   Date: [[DATE_TIME:01/24/2025]]""",
    """Beneficiary designation — [[PERSON:Teresa Kowalski-Nair]] names her spouse [[PERSON:Anil Nair]] (DOB [[DATE_TIME:1979-07-08]], SSN [[US_SSN:219-54-6630]]) as primary beneficiary and her sister [[PERSON:Joanna Kowalski]] of [[LOCATION:Kraków]], [[LOCATION:Poland]] as contingent.""",
    """RE: Subpoena response — records of subscriber [[PERSON:Dwayne A. Merriweather]], MSISDN [[PHONE_NUMBER:+1 (318) 992-4407]], account [[ID_NUMBER:880014392]], IP assignments [[IP_ADDRESS:98.165.20.77]] and [[IP_ADDRESS:98.165.21.3]] between [[DATE_TIME:10/01/2024]] and [[DATE_TIME:10/31/2024]].""",
    """Hi [[PERSON:Cosmin]], attached is the signed NDA. Counterparty: [[PERSON:Florence Abara]], [[ADDRESS:Unit 5, 14 Gwydir Street]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB1 2LL]]; witness: [[PERSON:Maurice Ng]]. Executed [[DATE_TIME:Thursday 6 February 2025]].""",
    """<record>
 <patient id="[[ID_NUMBER:PT-7720913]]">
  <name>[[PERSON:Alinta Wirrpanda]]</name><age>[[AGE:46]]</age>
  <medicare>[[ID_NUMBER:2948 61707 1]]</medicare>
  <suburb>[[LOCATION:Nhulunbuy]]</suburb><state>[[LOCATION:NT]]</state><postcode>[[ZIP_CODE:0880]]</postcode>
 </patient>
 <appointment>[[DATE_TIME:2025-03-12T10:30:00+09:30]]</appointment>
</record>""",

    """Kaigi no go-annai: [[PERSON:Matsumoto Daisuke]] (eigyou buchou) to [[PERSON:Ishikawa Nanami]]-[[TITLE:san]] wa [[DATE_TIME:3-gatsu 18-nichi (ka) 15:00]] kara [[ADDRESS:Marunouchi 2-7-2, JP Tower 22-kai]], [[LOCATION:Chiyoda-ku]] de uchiawase. Renraku-saki: [[EMAIL_ADDRESS:n.ishikawa@kawabe-shoji.co.jp]], keitai [[PHONE_NUMBER:090-2284-6150]].""",
    """Gyeoljae oryu allim: [[PERSON:Bae Su-ji]] [[TITLE:nim]]-ui kadeu [[CREDIT_CARD:4917 6100 4473 8516]] (yuhyo gigan 03/27) gyeoljae-ga [[DATE_TIME:2025nyeon 1wol 9il 02:41]]-e geobu doeeotseumnida. Jeopsok IP [[IP_ADDRESS:121.134.59.207]], User-Agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X).""",
    """shain_meibo.csv (bassui)
shain_bangou,shimei,nyuusha_bi,naisen
[[ID_NUMBER:S-10348]],[[PERSON:Okada Shun]],[[DATE_TIME:2019/04/01]],2231
[[ID_NUMBER:S-11207]],[[PERSON:Nishimura Rina]],[[DATE_TIME:2022/10/17]],2240""",
    """BENEFITS ENROLLMENT CONFIRMATION
Employee: [[PERSON:Thandeka Mthembu-Larsen]]   Employee ID: [[ID_NUMBER:88-40917]]
Dependents: [[PERSON:Soren Larsen]] (spouse, DOB [[DATE_TIME:05/19/1984]]); [[PERSON:Nia Larsen]] (child, DOB [[DATE_TIME:11/02/2016]])
Medical: PPO Plus   Dental: Basic   Vision: declined
Coverage effective [[DATE_TIME:January 1, 2025]]""",
    """Our Dynamic Accounts Officer [[PERSON:Ezekiel Onyekachi Brandt]] flagged the transfer from [[IBAN_CODE:FR76 3000 4018 2300 0104 4825 766]] to [[IBAN_CODE:ES93 2100 0813 6102 0145 7632]]; the ordering customer logged in from [[IP_ADDRESS:82.64.193.118]] (Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edge/121.0) at [[DATE_TIME:23:58 on 12/31/2024]].""",
    """WORKERS' COMPENSATION — EMPLOYER'S REPORT OF INJURY
Employee: [[PERSON:Luis Alberto Cárdenas]]   SSN: [[US_SSN:633-08-2914]]   Age: [[AGE:37]]
Home address: [[ADDRESS:7715 Pinebrook Ct]], [[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93720]]
Date/time of injury: [[DATE_TIME:02/06/2025 10:15 AM]]
Injury: laceration to left hand while operating box cutter in warehouse aisle 14
Supervisor: [[PERSON:Dana Whitlock]]""",
    """<form name="volunteer_signup">
  <field id="fullname">[[PERSON:Ngaire Tupaea]]</field>
  <field id="dob">[[DATE_TIME:1999-09-09]]</field>
  <field id="mobile">[[PHONE_NUMBER:027 830 4412]]</field>
  <field id="email">[[EMAIL_ADDRESS:ngaire.t@xtra.co.nz]]</field>
  <field id="suburb">[[LOCATION:Papatoetoe]]</field>
  <field id="availability">weekends</field>
</form>""",
    """Subject: Background check result for [[PERSON:Kenji Abernathy-Soto]]
Candidate DOB: [[DATE_TIME:Aug 30 1994]] | SSN: [[US_SSN:457-29-0188]] | DL: [[US_DRIVER_LICENSE:A4471928]] ([[LOCATION:CA]]) | Passport: [[US_PASSPORT:A04817265]]
Prior addresses: [[ADDRESS:2021 Shattuck Ave #4]], [[LOCATION:Berkeley]]; [[ADDRESS:88 Mission Bay Blvd N, Apt 611]], [[LOCATION:San Francisco]]
Result: Clear""",
    """Dear [[PERSON:Sir Alasdair Cunningham-Reid]], the Holistic Identity Supervisor for [[LOCATION:Aberdeenshire]] asks that you confirm your mailing address, [[ADDRESS:The Steading, Mains of Glack]], [[LOCATION:Inverurie]] [[ZIP_CODE:AB51 0PN]], and telephone [[PHONE_NUMBER:01467 622 819]] before [[DATE_TIME:28 February]].""",
    """{"ticket": "INC0091827", "opened_by": "[[PERSON:Rukhsana Begum]]", "opened_by_email": "[[EMAIL_ADDRESS:rukhsana.begum@lbth-schools.org.uk]]", "affected_user": {"name": "[[PERSON:Zayn Chowdhury]]", "staff_no": "[[ID_NUMBER:T208841]]", "workstation_ip": "[[IP_ADDRESS:10.44.12.187]]"}, "summary": "cannot print to room 3B printer", "state": "new"}""",
]

GEN = [
    """Hi, I'm [[PERSON:Darnell Okafor]] and I switched carriers last week, but my old number [[PHONE_NUMBER:(312) 847-2093]] still hasn't ported over. The account was opened under my SSN [[US_SSN:412-87-3306]] and the billing ZIP is [[ZIP_CODE:60615]].""",
    """Customer [[PERSON:Mei-Ling Zhou]] ([[EMAIL_ADDRESS:meiling.zhou88@gmail.com]]) returned a pair of running shoes on [[DATE_TIME:12/03/2024]]; the refund should go back to the Visa ending 4417, not to store credit.""",
    """my son [[PERSON:tyler]] is [[AGE:13]] and keeps buying skins on my card. his gamertag is [[USERNAME:xXTylerRektXx]] and I want every purchase since [[DATE_TIME:august 2nd]] refunded please""",
    """Please cancel the Premium Family plan for [[PERSON:Siobhán Ní Bhriain]] at [[ADDRESS:14 Castle Street]], [[LOCATION:Dundalk]], [[LOCATION:Co. Louth]] [[ZIP_CODE:A91 X2F7]], effective [[DATE_TIME:31 January 2025]].""",
    """The support agent, [[PERSON:Raj Malhotra]], told me on the call that my broadband fault would be escalated, but nobody has rung me back on [[PHONE_NUMBER:07824 913 382]] in nine days.""",
    """The player [[USERNAME:nightowl_kasia]] (real name [[PERSON:Katarzyna Wójcik]], [[AGE:19]], from [[LOCATION:Łódź]]) was banned on [[DATE_TIME:2024-11-18 at 22:41 UTC]] after a chargeback hit her account.""",
    """Your Streamly subscription renews on [[DATE_TIME:March 9]], [[PERSON:Ahmed]]. We'll charge the Mastercard [[CREDIT_CARD:5167 4209 3318 8052]] unless you cancel before then.""",
    """Return label for [[PERSON:Oluwaseun Adebayo-Cole]], [[ADDRESS:Flat 3, 27 Peckham Rye]], [[LOCATION:London]] [[ZIP_CODE:SE15 4JR]] — RMA 88213-B, two items, reason: wrong size.""",
    """[[PERSON:Grace Mwangi]] of [[LOCATION:Nakuru]] opened a savings account on [[DATE_TIME:5th June 2023]]; her national ID number is [[ID_NUMBER:28841907]] and her M-Pesa line is [[PHONE_NUMBER:0722 481 306]].""",
    """[[PERSON:Dr. Hannah Whitcombe]] saw [[PERSON:Mr. Alan Price]], [[AGE:67]], on [[DATE_TIME:Thursday 14 November at 9:20]] to review his warfarin dose. NHS number [[ID_NUMBER:401 023 2137]].""",
    """Sir my Jio number [[PHONE_NUMBER:+91 98204 17736]] is not getting recharged since 3 days, I am [[PERSON:Santosh Kumar Yadav]] from [[LOCATION:Lucknow]] and the Aadhaar linked is [[ID_NUMBER:4091 7362 2856]].""",
    """hi its [[PERSON:jess]] again (ticket 5521093) — can you send the replacement modem to my new place at [[ADDRESS:Unit 4, 88 Wattle Grove]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2150]] instead of the old one?""",
    """Payroll note: [[PERSON:Tomasz Nowicki]]'s start date has moved to [[DATE_TIME:1 April 2025]]; please update his IBAN to [[IBAN_CODE:PL27 1240 1037 1111 0000 7413 9625]] before the first run.""",
    """Congrats to [[PERSON:Lucía Fernández]] (aka [[USERNAME:LuFer]]) who took first place at the regional qualifier! Catch her streams at [[URL:https://www.twitch.tv/lufer_plays]]. The prize money goes out to the email on file, [[EMAIL_ADDRESS:lucia.fdz.gaming@outlook.es]].""",
    """I never signed up for this meal kit. Someone used my name, [[PERSON:Brenda Kowalczyk]], and my address, [[ADDRESS:4410 N Lamar Blvd Apt 212]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78756]], and I've been charged three times since [[DATE_TIME:October 3rd]].""",
    """Hello, order #W-77120394 arrived with a cracked screen. I'm [[PERSON:Kwame Asante]] and I'd like the courier pickup on [[DATE_TIME:Friday the 22nd between 9 and 12]]; my phone is [[PHONE_NUMBER:+1 416-839-2271]].""",
    """Claimant [[PERSON:Fatima Zahra Benali]], born [[DATE_TIME:03/07/1979]], reported the water leak at [[ADDRESS:19 Rue des Lilas]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2J 3K5]]; the SIN on file is [[ID_NUMBER:719 502 460]].""",
    """[[PERSON:Aiden O'Sullivan]] (Year 9) will be absent on [[DATE_TIME:4 March]] and [[DATE_TIME:5 March]] for a family funeral. Any questions to his mum, [[PERSON:Maeve]], on [[PHONE_NUMBER:087 441 9023]].""",
    """MTN abeg, my line [[PHONE_NUMBER:0803 412 7759]] was barred right after I did the NIN linkage with [[ID_NUMBER:48201937615]]. Name is [[PERSON:Chukwuemeka Obi]], I dey for [[LOCATION:Enugu]].""",
    """Account recovery request: username [[USERNAME:frostbyte_77]], registered email [[EMAIL_ADDRESS:d.lindqvist@telia.se]], last login from [[IP_ADDRESS:83.250.17.204]] on [[DATE_TIME:2 Feb 2025]]. The owner says his name is [[PERSON:Daniel Lindqvist]] and he lives in [[LOCATION:Uppsala]].""",
    """[[PERSON:Priyanka]] wants to pause her yoga subscription until [[DATE_TIME:15 August]] because she's relocating to [[LOCATION:Pune]] for work.""",
    """returned the blender i bought for [[PERSON:nana akosua]]'s birthday, refund went to her paypal [[EMAIL_ADDRESS:akosua.boateng@yahoo.com]] on [[DATE_TIME:jan 14]] so all sorted""",
    """The tenants, [[PERSON:Marcus]] and [[PERSON:Leilani Kahananui]], moved into [[ADDRESS:2237 Kalākaua Ave, Apt 1504]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96815]] on [[DATE_TIME:September 1, 2023]].""",
    """The hearing for [[PERSON:Jerome Baptiste]] is set for [[DATE_TIME:Monday, 17 March 2025 at 10:00 a.m.]] in Courtroom 4B; his attorney, [[PERSON:Ms. Carla Ruiz-Tagle]], can be reached at [[EMAIL_ADDRESS:cruiztagle@ruiztaglelaw.com]].""",
    """Booking ref QX7TPL for [[PERSON:Mr. Hamid Rezaei]], [[NRP:Iranian]] passport [[ID_NUMBER:K48291736]], arriving in [[LOCATION:Dubai]] on [[DATE_TIME:22 Dec 2024 at 03:55]].""",
    """Can you confirm the SIM swap on [[PHONE_NUMBER:+44 7911 382 045]]? The account holder is [[PERSON:Ruth Adeyemi]], date of birth [[DATE_TIME:11.09.1985]], postcode [[ZIP_CODE:M14 5TQ]].""",
    """I've emailed your support team three times from [[EMAIL_ADDRESS:gbarros@icloud.com]] and nobody answers. My name is [[PERSON:Gabriel Barros]], client number [[ID_NUMBER:CL-2209184]], and I just want my deposit back.""",
    """Annyeonghaseyo, jeoneun [[PERSON:Park Ji-hoon]] imnida. Je gyejeong [[USERNAME:jihoon_kr99]]-i [[DATE_TIME:3wol 12il]]-e jeongji doeeosseoyo. Yeollakcheo-neun [[PHONE_NUMBER:010-3847-2291]] imnida.""",
    """Konnichiwa, [[PERSON:Suzuki Aiko]] to moushimasu. [[DATE_TIME:10-gatsu 5-ka]] ni chuumon shita kutsu o henpin shitai no desu ga, saizu ga aimasen deshita. Denwa bangou wa [[PHONE_NUMBER:090-6612-3048]] desu.""",
    """Bella (golden retriever, 4) belongs to [[PERSON:Chloe Tremblay]] of [[ADDRESS:56 Maple Crescent]], [[LOCATION:Moncton]] [[LOCATION:NB]] [[ZIP_CODE:E1A 4P2]]; her booster shot is booked for [[DATE_TIME:the 3rd of May]].""",
    """[[PERSON:Thandiwe Nkosi]] applied for her smart ID card at the [[LOCATION:Soweto]] branch on [[DATE_TIME:2024/05/14]]; ID number [[ID_NUMBER:9109230341083]].""",
    """Hi [[PERSON:Wei Jie]], your fibre + mobile bundle (line [[PHONE_NUMBER:9173 4482]]) has been renewed for 24 months. Your NRIC [[ID_NUMBER:S8734216F]] has been verified, no further action needed.""",
    """The return was started by [[PERSON:Isabella Rossi]] in the app ([[USERNAME:bella.rossi_]]) but she shipped it from [[LOCATION:Naples]], [[LOCATION:Florida]], not [[LOCATION:Naples]], [[LOCATION:Italy]], which confused the carrier no end.""",
    """For the reference check: [[PERSON:Jun-seo Lim]] worked with us from [[DATE_TIME:Feb 2019]] to [[DATE_TIME:Nov 2022]] as a network engineer and left on good terms.""",
    """Everybody at the gym calls him [[PERSON:Moose]], but the membership card says [[PERSON:Maurice Delacroix-Henry]], member [[ID_NUMBER:204-88173]].""",
    """Prescription for [[PERSON:Ravinder Gill]] ([[AGE:58]]) will be ready for pickup on [[DATE_TIME:Wed 19 Feb]]; please call [[PHONE_NUMBER:604.377.2198]] if the metformin dose changed.""",
    """third outage this month at [[ADDRESS:1207 westview dr]], [[LOCATION:fort collins]]. account holder is [[PERSON:kayla brennan]], phone [[PHONE_NUMBER:970 214 6637]], and yes i already restarted the router""",
    """Reporting [[USERNAME:Gr1mReaper_404]] for doxxing — he posted my real name ([[PERSON:Ethan Nakamura-Price]]), my school and my home IP [[IP_ADDRESS:174.62.118.9]] in the lobby chat.""",
    """Please cancel my magazine subscription: [[PERSON:Noeline Papadopoulos]], [[ADDRESS:PO Box 318]], [[LOCATION:Mildura]] [[LOCATION:VIC]] [[ZIP_CODE:3502]], customer no. [[ID_NUMBER:600471928]].""",
    """The rider picked up the return from [[PERSON:Wanjiru Kamau]] at [[ADDRESS:Apartment 6B, Riverside Heights]], [[LOCATION:Kilimani]], [[LOCATION:Nairobi]] on [[DATE_TIME:12 July]], and the refund was processed the same day.""",
    """On [[DATE_TIME:8 March at 21:40]] someone used [[PERSON:Li Na]]'s card [[CREDIT_CARD:4556-0217-3389-4105]] at a petrol station in [[LOCATION:Leeds]]; she was at home in [[LOCATION:Bristol]] at the time.""",
    """Good day po! I'm [[PERSON:Maricel Dela Cruz]] from [[LOCATION:Quezon City]]. My postpaid line [[PHONE_NUMBER:0917 558 2201]] was charged twice for roaming; my SSS number for verification is [[ID_NUMBER:33-8471092-5]].""",
    """[[PERSON:Prof. Adaeze Nwosu]] will supervise [[PERSON:Liam Chen]] (student ID [[ID_NUMBER:a1792034]]) starting [[DATE_TIME:1 March 2025]].""",
    """[[PERSON:Takahashi]]-[[TITLE:sama]], go-riyouchuu no sabusukuripushon wa [[DATE_TIME:2025-nen 4-gatsu 1-nichi]] ni jidou koushin saremasu. Kaiin bangou: [[ID_NUMBER:JP-0073391]].""",
    """[[PERSON:Lee Seo-yeon]] gogaengnim, [[DATE_TIME:5wol 2il]] bucheo hyudaepon beonho [[PHONE_NUMBER:010-7721-4093]]-ui yogeumje-ga 5G sutaendeodeu-ro byeongyeong doemnida.""",
    """[[PERSON:Aroha]] and [[PERSON:Jack Te Whata]] are getting married on [[DATE_TIME:Saturday 8 November 2025]] at the marae in [[LOCATION:Rotorua]] — RSVP to [[PERSON:Aroha]] on [[PHONE_NUMBER:021 448 9120]].""",
    """[[TITLE:Father]] [[PERSON:Tomás Herrera]] baptised [[PERSON:Sofía]], daughter of [[PERSON:Ana]] and [[PERSON:Julián Morales]], on [[DATE_TIME:Sunday 6 April]] at St Brigid's.""",
    """Hey, it's [[PERSON:Deshawn]]. I sent back the controller (tracking 1Z 4F7 R92 03 8826 1047) on [[DATE_TIME:11/4]] but the refund still says pending??""",
    """Port request: donor operator Vodafone, MSISDN [[PHONE_NUMBER:+353 87 219 4470]], account holder [[PERSON:Ciarán Ó Dálaigh]], PPSN [[ID_NUMBER:4827193K]], requested port date [[DATE_TIME:28/02/2025]].""",
    """lol [[PERSON:mateo]] just told the whole discord he's [[AGE:15]] and lives on [[ADDRESS:Calle Olmo 12]] in [[LOCATION:Sevilla]], someone tell him to delete that""",
    """[[PERSON:Sana]], [[AGE:27]], [[NRP:British Pakistani]], software tester in [[LOCATION:Birmingham]]. Not here for hookups. Insta is [[USERNAME:sana.writes]] if you want to chat there.""",
    """[[PERSON:Harpreet Sandhu]]'s TFN is [[ID_NUMBER:610 739 255]] and her return for the year was lodged on [[DATE_TIME:29 October 2024]].""",
    """Driver note: if nobody answers at [[ADDRESS:16 Birchfield Road]], leave the parcel with [[PERSON:Mrs. Okonkwo]] next door, she's expecting it. Customer mobile [[PHONE_NUMBER:07412 558 903]].""",
    """Remove [[EMAIL_ADDRESS:kev.obrien77@hotmail.co.uk]] from my family plan please. That's my ex, [[PERSON:Kevin O'Brien]], and he still has access to everything.""",
    """Per our call on [[DATE_TIME:Wednesday 5 March at 2:30 PM]], I'm confirming that [[PERSON:Yusuf Demir]]'s account password was reset and a new verification code was sent to [[PHONE_NUMBER:+90 532 418 77 05]].""",
    """My daughter [[PERSON:Ava-Rose]] bought 40 loot boxes with my Amex [[CREDIT_CARD:3782 990471 85634]] and she's only [[AGE:9]]. Please refund to [[PERSON:Jennifer Lalonde]] in [[LOCATION:Gatineau]].""",
    """Store 214 returns log: customer [[PERSON:Abdi Warsame]] presented a Minnesota driver's licence, [[US_DRIVER_LICENSE:W452-781-392-170]], for a no-receipt return of a space heater.""",
    """Policyholder [[PERSON:Kateryna Melnyk]] reports that her car, reg [[ID_NUMBER:KY19 XRW]], was hit outside [[ADDRESS:73 Albert Road]], [[LOCATION:Southsea]] on [[DATE_TIME:2 Dec at about 6pm]].""",
    """Deposit of €1,850 received from [[PERSON:Oisín]] and [[PERSON:Aoife Brennan]] into [[IBAN_CODE:IE20 BOFI 9000 1727 7418 36]] on [[DATE_TIME:3rd Feb]]. Keys can be collected any time after that.""",
    """Your driver today is [[PERSON:Emmanuel]] (4.9★) in a white Corolla, plate [[ID_NUMBER:KDG 417X]]. Share your trip with [[PERSON:Aisha]] at [[PHONE_NUMBER:+254 711 902 648]]?""",
    """[[PERSON:Nakamura Yuki]]-[[TITLE:san]] no keiyaku wa [[DATE_TIME:12-gatsu 31-nichi]] de kaiyaku to narimasu. Kakunin meeru wa [[EMAIL_ADDRESS:yuki.nakamura@docomo.ne.jp]] ni okurimashita.""",
    """Banpum sincheong: [[PERSON:Choi Min-jae]], [[ADDRESS:Teheran-ro 152, 12-cheung]], [[LOCATION:Gangnam-gu]], [[LOCATION:Seoul]] [[ZIP_CODE:06236]]. Jumun beonho 2024-88172, sayu: sangpum pason.""",
    """big thanks to [[TITLE:mrs.]] [[PERSON:patel]] and [[PERSON:dwayne]] for running the bake sale, we raised $1,240! questions to [[PERSON:tanya]] at [[EMAIL_ADDRESS:tanya.h.pto@gmail.com]]""",
    """[[PERSON:Olena Shevchenko]], a [[NRP:Ukrainian]] national born on [[DATE_TIME:14 May 1990]] in [[LOCATION:Kharkiv]], has been granted leave to remain until [[DATE_TIME:13 May 2027]].""",
    """[[PERSON:Lachlan Reid]] here, my birthday is [[DATE_TIME:04/09/2006]] so I'm [[AGE:18]] — why is my account still age-restricted? gamertag [[USERNAME:LachyR_06]]""",
    """Thanks for subscribing, [[PERSON:Ngozi]]! Your first box ships to [[ADDRESS:12B Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]], and your welcome call is on [[DATE_TIME:Tuesday 7 January at 4pm]].""",
    """Seller [[USERNAME:vintage_vera]] says [[PERSON:Hoang Minh Tuan]] returned an empty box; the buyer's IP at checkout was [[IP_ADDRESS:2a02:c7c:5d3a:4100:9d1e:7f2b:16a4:e08c]].""",
    """Your bill, [[PERSON:Ricardo Alves]]: the line [[PHONE_NUMBER:+351 912 448 307]] used 38 GB this month. We'll post a paper copy to [[ADDRESS:Rua Augusta 214, 3.º Esq.]], [[ZIP_CODE:1100-053]] [[LOCATION:Lisboa]].""",
    """[[PERSON:Jordan]] (they/them), [[AGE:24]], booked the PrEP follow-up for [[DATE_TIME:19 June, 11:15]]; prefers texts to [[PHONE_NUMBER:0412 887 305]].""",
    """Witness [[PERSON:Gurpreet Dhillon]], [[AGE:41]], of [[ADDRESS:9 Hawthorn Close]], [[LOCATION:Slough]] [[ZIP_CODE:SL2 5RD]], says the van had been parked there since roughly 7am.""",
    """Escalating for [[PERSON:Mr. Benedikt Krause]]: his router (serial 8T4K-22F9-0CQ1) has been replaced twice. Contact [[EMAIL_ADDRESS:b.krause@posteo.de]], callback preferred on [[DATE_TIME:Thursday 13 March after 5 pm]].""",
    """Geemu ID [[USERNAME:kuro_neko_88]] no mochinushi wa [[PERSON:Ito Haruto]] desu. Mada [[AGE:16]]-sai nanode, kakin seigen o settei shite kudasai. Hogosha: [[PERSON:Ito Megumi]], [[PHONE_NUMBER:080-5534-1197]].""",
    """[[PERSON:Jung Ha-eun]]-[[TITLE:nim]], Netflix gudok-i [[DATE_TIME:2025nyeon 6wol 30il]]-e haeji doel yejeong imnida. Hwagin imeil-eun [[EMAIL_ADDRESS:haeun.jung@naver.com]]-euro balsong doeeotseumnida.""",
    """[[PERSON:Siddharth Iyer]] (PAN [[ID_NUMBER:AKLPI4827Q]]) applied for a two-wheeler loan on [[DATE_TIME:17-10-2024]]; his salary is credited to account [[ID_NUMBER:50100284719302]] at the [[LOCATION:Koramangala]] branch.""",
    """This is the fourth time I'm writing. My husband [[PERSON:Roberto]] passed away on [[DATE_TIME:February 2]] and the gym keeps charging his card. Please close account [[ID_NUMBER:M-338201]] and send confirmation to me, [[PERSON:Lucia Esposito]], at [[EMAIL_ADDRESS:lucia.esposito51@gmail.com]].""",
    """Follow [[PERSON:Zanele]] on instagram at [[USERNAME:zanele_bakes]] or order through her site [[URL:https://zanelebakes.co.za]] if you're in [[LOCATION:Durban]].""",
    """Return authorized for [[PERSON:Hector Villanueva]]: pickup at [[ADDRESS:3318 W Cermak Rd]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60623]] on [[DATE_TIME:Mon 11/18 between 8am and noon]]; driver will call [[PHONE_NUMBER:773-908-4412]] on arrival.""",
    """Guest [[PERSON:Farah Haddad]] checked in to room 1207 on [[DATE_TIME:9 Oct 2024, 23:12]] with a [[NRP:Jordanian]] passport, [[ID_NUMBER:N2841935]]; card on file [[CREDIT_CARD:4929 3185 0076 2543]].""",
    """Hi [[PERSON:Lorenzo]], the new eSIM for [[PHONE_NUMBER:+39 347 215 8804]] is ready. Scan the QR code we sent to [[EMAIL_ADDRESS:lorenzo.galli@fastwebnet.it]] before [[DATE_TIME:Friday 31 Jan]] or it expires.""",
    """Registration: [[PERSON:Nguyen Thi Lan]] / IGN [[USERNAME:LanLan]] / born [[DATE_TIME:2004.03.21]] / team Saigon Phoenix / discord [[USERNAME:lanlan#4821]]""",
    """[[PERSON:Colin MacLeod]] of [[ADDRESS:7 Balallan]], [[LOCATION:Isle of Lewis]] [[ZIP_CODE:HS2 9PN]] phoned to say the paper hasn't come since [[DATE_TIME:the 14th]] and he's paid up to the end of the year.""",
    """[[TITLE:Doña]] [[PERSON:Rosa Jiménez]], [[AGE:81]], needs her insulin delivered to [[ADDRESS:1502 S Zarzamora St]], [[LOCATION:San Antonio]] [[ZIP_CODE:78207]]; her Medicare number is [[ID_NUMBER:4TQ9-HN2-WX81]].""",
    """G'day, [[PERSON:Bronwyn]] from [[LOCATION:Toowoomba]] here. The NBN tech never showed on [[DATE_TIME:Tuesday the 4th]] and I took the day off for it. Account [[ID_NUMBER:1400 3827 119]], mobile [[PHONE_NUMBER:0438 227 901]].""",
    """We are pleased to offer [[PERSON:Adwoa Mensah-Bonsu]] the position of Data Analyst starting [[DATE_TIME:6 January 2025]], at an annual salary of £42,000.""",
    """Someone opened a phone plan in my name using my SSN, [[US_SSN:623-19-0457]], and my old address, [[ADDRESS:77 Elm Street, Apt 3C]], [[LOCATION:Hartford]], [[LOCATION:CT]]. I'm [[PERSON:Denise Whitaker]] and I've already filed a police report.""",
    """PC-bang hoewon [[PERSON:Kang Tae-yang]], saengnyeonwolil [[DATE_TIME:1998.07.15]], hoewon beonho [[ID_NUMBER:PB-448120]]. Geim ID-neun [[USERNAME:taeyang_gg]] imnida.""",
    """[[PERSON:Kobayashi]]-[[TITLE:sama]], o-toiawase arigatou gozaimasu. Go-touroku no juusho, [[ADDRESS:3-8-12 Nishi-Shinjuku]], [[LOCATION:Shinjuku-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:160-0023]] ni koukan-hin o hassou itashimasu.""",
    """[[PERSON:Abebe Girma]] in [[LOCATION:Silver Spring]], [[LOCATION:MD]] sends money home every month; his number is [[PHONE_NUMBER:(301) 622-8140]] and his mother's in [[LOCATION:Addis Ababa]] is [[PHONE_NUMBER:+251 91 144 7823]].""",
    """A refund of $89.99 was issued to [[PERSON:Samantha Greene]]'s Discover card [[CREDIT_CARD:6011 0084 7362 9159]] on [[DATE_TIME:Dec 27, 2024]]; please allow 5–7 business days.""",
    """Jeoneun [[PERSON:Yoon Ji-woo]], [[AGE:29]]-sal-igo [[LOCATION:Busan]]-e sarayo. Gudok haeji hwagin-eun [[EMAIL_ADDRESS:jiwoo.yoon95@kakao.com]]-euro bonae juseyo.""",
]

TABLE = [
    """customer_name,phone,plan,monthly_fee,contract_end
[[PERSON:Hollis Grant]],[[PHONE_NUMBER:(615) 338-2094]],Unlimited Plus,$75.00,2026-02-28
[[PERSON:Marisa Okoro]],[[PHONE_NUMBER:(615) 902-4417]],Basic 10GB,$35.00,2025-09-30
[[PERSON:Deepak Raman]],[[PHONE_NUMBER:(629) 410-7783]],Family x4,$160.00,2026-11-15""",
    """| Ticket | Customer | Email | Issue | Opened |
|---|---|---|---|---|
| 40122 | [[PERSON:Annika Berg]] | [[EMAIL_ADDRESS:annika.berg@telia.se]] | no dial tone | 02/03 |
| 40127 | [[PERSON:Tariq Mahmood]] | [[EMAIL_ADDRESS:tmahmood@virginmedia.com]] | slow speeds evenings | 02/03 |
| 40131 | [[PERSON:Colette Durand]] | [[EMAIL_ADDRESS:colette.durand@orange.fr]] | billing: double charge | 02/04 |""",
    """player_id\tgamertag\tcountry\tlast_login\tbanned
[[ID_NUMBER:770021]]\t[[USERNAME:VoidWalker_ZA]]\t[[LOCATION:South Africa]]\t[[DATE_TIME:2025-02-09 23:14]]\tno
[[ID_NUMBER:770388]]\t[[USERNAME:mochi_mage]]\t[[LOCATION:Philippines]]\t[[DATE_TIME:2025-02-10 06:02]]\tyes
[[ID_NUMBER:771004]]\t[[USERNAME:KiwiKrusher]]\t[[LOCATION:New Zealand]]\t[[DATE_TIME:2025-02-10 19:47]]\tno""",
    """RETURN_ID  CUSTOMER            POSTCODE   ITEM                  REASON
R-88102    [[PERSON:Bethan Hughes]]       [[ZIP_CODE:CF24 3DG]]   Wool coat (M)         too small
R-88107    [[PERSON:Obinna Nwachukwu]]    [[ZIP_CODE:N17 9LP]]    Bluetooth speaker     faulty
R-88115    [[PERSON:Ruth Goldstein]]      [[ZIP_CODE:LS17 6AH]]   Kettle                changed mind""",
    """{"subscriber": "[[PERSON:Mthunzi Zulu]]", "msisdn": "[[PHONE_NUMBER:+27 82 447 1093]]", "bundle": "10GB night", "activated": "[[DATE_TIME:2025-01-03]]"}
{"subscriber": "[[PERSON:Lerato Mokoena]]", "msisdn": "[[PHONE_NUMBER:+27 71 830 2265]]", "bundle": "WhatsApp daily", "activated": "[[DATE_TIME:2025-01-04]]"}
{"subscriber": "[[PERSON:Pieter van Wyk]]", "msisdn": "[[PHONE_NUMBER:+27 83 219 0548]]", "bundle": "Unlimited Home", "activated": "[[DATE_TIME:2025-01-04]]"}""",
    """- member: [[PERSON:Oyelaran, Tolulope]]
  member_no: [[ID_NUMBER:GYM-30418]]
  tier: Gold
  renews: [[DATE_TIME:2025-06-01]]
  card_on_file: "**** 2281"
- member: [[PERSON:Brophy, Declan]]
  member_no: [[ID_NUMBER:GYM-30422]]
  tier: Off-peak
  renews: [[DATE_TIME:2025-04-15]]
  card_on_file: "**** 9034\"""",
    """Name: [[PERSON:Evangeline Moss]]
Date of birth: [[DATE_TIME:23 October 1962]]
NHS number: [[ID_NUMBER:612 849 7306]]
GP surgery: Riverside Medical Practice
Next of kin: [[PERSON:Jonah Moss]] (son)
Telephone: [[PHONE_NUMBER:01632 960 418]]
Allergies: penicillin""",
    """emp_no,first,last,dept,hire_dt,ssn
[[ID_NUMBER:20418]],[[PERSON:Carmen]],[[PERSON:Delgado-Ruiz]],Finance,[[DATE_TIME:03/14/2016]],[[US_SSN:558-20-7741]]
[[ID_NUMBER:20577]],[[PERSON:Winston]],[[PERSON:Achebe]],IT,[[DATE_TIME:11/01/2019]],[[US_SSN:318-44-9026]]
[[ID_NUMBER:20603]],[[PERSON:Hye-jin]],[[PERSON:Kwon]],Legal,[[DATE_TIME:06/27/2022]],[[US_SSN:744-09-1158]]""",
    """| # | Subscriber | Email | Plan | Status |
|---|------------|-------|------|--------|
| 1 | [[PERSON:Reuben Castellanos]] | [[EMAIL_ADDRESS:rcastellanos@me.com]] | Annual | active |
| 2 | [[PERSON:Yaw Darko]] | [[EMAIL_ADDRESS:yaw.darko.gh@gmail.com]] | Monthly | past_due |
| 3 | [[PERSON:Freya Lindahl]] | [[EMAIL_ADDRESS:freya.lindahl@hotmail.com]] | Student | cancelled |
| 4 | [[PERSON:Ibrahim Sesay]] | [[EMAIL_ADDRESS:isesay@fastmail.com]] | Monthly | active |""",
    """order\tcustomer\tship_to\tcity\tstate\tzip
5510293\t[[PERSON:Lorna Beaulieu]]\t[[ADDRESS:82 Juniper Ln]]\t[[LOCATION:Bangor]]\t[[LOCATION:ME]]\t[[ZIP_CODE:04401]]
5510301\t[[PERSON:Ezra Feldman]]\t[[ADDRESS:1709 Walnut St Apt 9F]]\t[[LOCATION:Philadelphia]]\t[[LOCATION:PA]]\t[[ZIP_CODE:19103]]
5510318\t[[PERSON:Kalani Akana]]\t[[ADDRESS:45-190 Kamehameha Hwy]]\t[[LOCATION:Kaneohe]]\t[[LOCATION:HI]]\t[[ZIP_CODE:96744]]""",
    """Cardholder           Card number            Exp    Amount   Result
[[PERSON:Niamh Gallagher]]      [[CREDIT_CARD:4539 7102 8846 2134]]    09/26  €44.99   approved
[[PERSON:Haruto Kimura]]        [[CREDIT_CARD:3584 0177 3920 6482]]    12/27  ¥6,800   approved
[[PERSON:Beatriz Oliveira]]     [[CREDIT_CARD:2231 0048 1957 3626]]    04/25  R$120    declined""",
    """student_id,name,age,year_group,guardian_phone
[[ID_NUMBER:ST-40918]],[[PERSON:Amelia Tautahi]],[[AGE:11]],Y7,[[PHONE_NUMBER:021 339 8812]]
[[ID_NUMBER:ST-40922]],[[PERSON:Rangi Parata]],[[AGE:12]],Y7,[[PHONE_NUMBER:027 605 1144]]
[[ID_NUMBER:ST-40930]],[[PERSON:Mia Chen-Walker]],[[AGE:11]],Y7,[[PHONE_NUMBER:022 870 4419]]""",
    """kaiin_bangou | shimei | denwa | yuubin | todoufuken
[[ID_NUMBER:M-082214]] | [[PERSON:Hayashi Mio]] | [[PHONE_NUMBER:080-1127-5563]] | [[ZIP_CODE:812-0011]] | [[LOCATION:Fukuoka]]
[[ID_NUMBER:M-082219]] | [[PERSON:Shimizu Takumi]] | [[PHONE_NUMBER:090-7735-0418]] | [[ZIP_CODE:980-0021]] | [[LOCATION:Miyagi]]
[[ID_NUMBER:M-082230]] | [[PERSON:Mori Kanako]] | [[PHONE_NUMBER:070-4402-9961]] | [[ZIP_CODE:060-0042]] | [[LOCATION:Hokkaido]]""",
    """ireum,saengil,hyudaepon,jiyeok,deunggeup
[[PERSON:Kim Do-yun]],[[DATE_TIME:1997-04-22]],[[PHONE_NUMBER:010-2284-7719]],[[LOCATION:Daegu]],VIP
[[PERSON:Lim Seo-ah]],[[DATE_TIME:2001-12-05]],[[PHONE_NUMBER:010-9130-4462]],[[LOCATION:Gwangju]],Silver
[[PERSON:Jang Woo-jin]],[[DATE_TIME:1989-08-17]],[[PHONE_NUMBER:010-6648-2035]],[[LOCATION:Suwon]],Gold""",
    """device        user                  ip_address       mac                 os
LT-0441       [[USERNAME:a.mukherjee]]           [[IP_ADDRESS:10.20.4.118]]      d4:5d:64:9e:21:0b   Windows 11
LT-0452       [[USERNAME:s.oconnell]]            [[IP_ADDRESS:10.20.4.131]]      f0:2f:74:1a:c3:88   macOS 14
DT-0107       [[USERNAME:k.vaipulu]]             [[IP_ADDRESS:10.20.6.9]]        00:e0:4c:68:0f:72   Ubuntu 22.04""",
    """Payee: [[PERSON:Elodie Marchetti]]
IBAN: [[IBAN_CODE:FR76 1027 8060 7500 0205 8714 152]]
BIC: CMCIFR2A
Amount: 1 240,00 EUR
Reference: Loyer mars
Payee address: [[ADDRESS:14 rue Saint-Hélier]], [[ZIP_CODE:35000]] [[LOCATION:Rennes]]""",
    """"Full Name","Date of Birth","Passport No.","Nationality","Seat"
"[[PERSON:Ravi Chandrasekhar]]","[[DATE_TIME:12-Jan-1980]]","[[ID_NUMBER:Z4418207]]","[[NRP:Indian]]","14C"
"[[PERSON:Meera Chandrasekhar]]","[[DATE_TIME:03-Jul-1983]]","[[ID_NUMBER:Z4418233]]","[[NRP:Indian]]","14D"
"[[PERSON:Kiran Chandrasekhar]]","[[DATE_TIME:29-Feb-2012]]","[[ID_NUMBER:Z7790125]]","[[NRP:Indian]]","14E\"""",
    """| agent | shift | calls | csat | notes |
|-------|-------|-------|------|-------|
| [[PERSON:Joy]] | AM | 61 | 4.6 | covered for [[PERSON:Patrick]] |
| [[PERSON:Patrick Mulcahy]] | PM | 0 | - | sick leave |
| [[PERSON:Imani]] | PM | 57 | 4.8 | |""",
    """{"claim": "CLM-55021", "claimant": "[[PERSON:Ahmad Karimi]]", "dob": "[[DATE_TIME:1974-02-19]]", "policy": "HM-991204", "loss_date": "[[DATE_TIME:2024-12-22]]", "postcode": "[[ZIP_CODE:M20 2RN]]"}
{"claim": "CLM-55034", "claimant": "[[PERSON:Sinéad Fallon]]", "dob": "[[DATE_TIME:1988-10-07]]", "policy": "HM-991377", "loss_date": "[[DATE_TIME:2024-12-24]]", "postcode": "[[ZIP_CODE:BT9 6GH]]"}""",
    """patient,mrn,ward,admitted,consultant
[[PERSON:Josephine Adu]],[[ID_NUMBER:H882019]],Ward 6,[[DATE_TIME:14/02/2025]],[[PERSON:Dr. Faisal Rahman]]
[[PERSON:Gordon McIntyre]],[[ID_NUMBER:H882044]],Ward 6,[[DATE_TIME:15/02/2025]],[[PERSON:Dr. Faisal Rahman]]
[[PERSON:Leilani Fonoti]],[[ID_NUMBER:H882051]],ICU,[[DATE_TIME:15/02/2025]],[[PERSON:Dr. Ines Carvalho]]""",
    """Tenant            Unit   Lease start    Phone             Deposit
[[PERSON:Omar Abdelrahman]]  2A     [[DATE_TIME:01 Sep 2023]]    [[PHONE_NUMBER:0412 338 019]]      $2,400
[[PERSON:Jessica Tran]]      2B     [[DATE_TIME:15 Jan 2024]]    [[PHONE_NUMBER:0423 771 504]]      $2,400
[[PERSON:Hamish Doyle]]      3A     [[DATE_TIME:01 Jul 2024]]    [[PHONE_NUMBER:0400 219 836]]      $2,750""",
    """username;email;signup_ip;referrer
[[USERNAME:cosmic_okra]];[[EMAIL_ADDRESS:okra.adewale@gmail.com]];[[IP_ADDRESS:102.89.33.14]];tiktok
[[USERNAME:pixelpriya]];[[EMAIL_ADDRESS:priya.s.art@outlook.com]];[[IP_ADDRESS:49.36.112.208]];organic
[[USERNAME:Th3_Gr4nd_Duke]];[[EMAIL_ADDRESS:duke.ellington.k@proton.me]];[[IP_ADDRESS:2600:1700:3ec0:8a10::41]];reddit""",
    """account_holder: [[PERSON:Moana Faleolo]]
account_number: [[ID_NUMBER:02-0108-0334219-000]]
bank: ASB
branch: [[LOCATION:Manukau]]
opened: [[DATE_TIME:2019-07-22]]
joint_holder: [[PERSON:Sione Faleolo]]""",
    """| Name | SIN | Province | Employer | Start date |
|:-----|:----|:---------|:---------|:-----------|
| [[PERSON:Geneviève Lapointe]] | [[ID_NUMBER:273 819 045]] | [[LOCATION:Québec]] | Desjardins | [[DATE_TIME:2021-05-03]] |
| [[PERSON:Harjit Bains]] | [[ID_NUMBER:630 194 751]] | [[LOCATION:British Columbia]] | TransLink | [[DATE_TIME:2018-09-17]] |""",
    """Customer\tAccount\tDevice\tIMEI\tRepair status
[[PERSON:Lwazi Mabaso]]\t[[ID_NUMBER:ACC-8814402]]\tGalaxy A54\t352094118827316\tawaiting parts
[[PERSON:Chantelle Pillay]]\t[[ID_NUMBER:ACC-8814419]]\tiPhone 13\t356728112093845\tready for collection""",
    """donor_name           amount   gift_date     email
[[TITLE:Rev.]] [[PERSON:Samuel Adeyemi]]  £50      [[DATE_TIME:02/12/2024]]    [[EMAIL_ADDRESS:sam.adeyemi@rccgnorth.org.uk]]
[[PERSON:Hilary Penhaligon]]    £250     [[DATE_TIME:05/12/2024]]    [[EMAIL_ADDRESS:hpenhaligon@btinternet.com]]
Anonymous            £20      07/12/2024    -""",
    """first_name,last_name,dl_number,dl_state,dob
[[PERSON:Travis]],[[PERSON:Lee Whitfield]],[[US_DRIVER_LICENSE:31847229]],[[LOCATION:TX]],[[DATE_TIME:1991-03-08]]
[[PERSON:Keisha]],[[PERSON:Montgomery]],[[US_DRIVER_LICENSE:K635-4419-2270]],[[LOCATION:IL]],[[DATE_TIME:1986-12-19]]
[[PERSON:Ruben]],[[PERSON:Salazar]],[[US_DRIVER_LICENSE:D1148203]],[[LOCATION:CA]],[[DATE_TIME:2000-07-30]]""",
    """name: [[PERSON:Priti Venkatesh]]
role: Maintainer
github: [[USERNAME:pvenkatesh]]
homepage: [[URL:https://priti.dev]]
timezone: UTC+05:30
pgp: 4F2A 91C3 0B7E 66D1 A004  8C21 7E90 3B4F 1D22 A7C8""",
    """Ref      | Caller            | Callback number   | Topic
---------+-------------------+-------------------+----------------------
CB-3301  | [[PERSON:Mrs. Doreen Platt]] | [[PHONE_NUMBER:01202 557 104]]     | pension transfer
CB-3302  | [[PERSON:Ashok Menon]]       | [[PHONE_NUMBER:07760 213 988]]     | lost card
CB-3303  | [[PERSON:Wiremu Henare]]     | [[PHONE_NUMBER:+64 21 550 3172]]   | account closure""",
    """{"id": 1, "name": "[[PERSON:Dagny Haugen]]", "iban": "[[IBAN_CODE:DK12 3000 0012 6598 24]]", "city": "[[LOCATION:Aarhus]]"}
{"id": 2, "name": "[[PERSON:Luca Bernasconi]]", "iban": "[[IBAN_CODE:CH41 0023 0230 9817 1400 1]]", "city": "[[LOCATION:Lugano]]"}
{"id": 3, "name": "[[PERSON:Emre Yıldız]]", "iban": "[[IBAN_CODE:TR96 0001 2009 9430 0006 6124 59]]", "city": "[[LOCATION:İzmir]]"}""",
    """Visitor            Resident visited  Room   Relationship   Time in
[[PERSON:Carol Ainsworth]]    [[PERSON:Edith Ainsworth]]   12     daughter       [[DATE_TIME:Sat 15/03 14:05]]
[[TITLE:Fr.]] [[PERSON:Michael Doyle]]  [[PERSON:Patrick Keane]]     7      chaplain       [[DATE_TIME:Sat 15/03 15:30]]""",
    """Gwanri beonho  Gogaek      Juso                                   Upyeon
A-2201         [[PERSON:Song Ji-ho]]  [[ADDRESS:Jungang-daero 214, 503-ho]]              [[ZIP_CODE:48930]]
A-2202         [[PERSON:Ryu Hana]]    [[ADDRESS:Dongil-ro 1031, 7-dong 402-ho]]          [[ZIP_CODE:01681]]""",
    """Applicant,Age,Country of residence,Religion,Contact
[[PERSON:Yosef Mizrahi]],[[AGE:34]],[[LOCATION:Canada]],[[NRP:Jewish]],[[EMAIL_ADDRESS:yosef.mizrahi@rogers.com]]
[[PERSON:Nimmi Jayasuriya]],[[AGE:29]],[[LOCATION:Australia]],[[NRP:Buddhist]],[[EMAIL_ADDRESS:nimmi.j@bigpond.com]]
[[PERSON:Grace Achieng]],[[AGE:41]],[[LOCATION:Kenya]],[[NRP:Anglican]],[[EMAIL_ADDRESS:grace.achieng@gmail.com]]""",
    """Booking,Guest,Check-in,Nights,Mobile,Notes
BK77120,[[PERSON:Mr. Tendai Moyo]],[[DATE_TIME:2025-04-11]],3,[[PHONE_NUMBER:+263 77 214 8830]],late arrival
BK77126,[[PERSON:Ms. Ilse Vermeulen]],[[DATE_TIME:2025-04-12]],2,[[PHONE_NUMBER:+32 478 22 91 04]],vegetarian
BK77131,[[PERSON:Anh Pham]],[[DATE_TIME:2025-04-12]],5,[[PHONE_NUMBER:+61 401 882 573]],""",
    """| Seed | Team | Captain | Captain's Discord | Captain's age | Region |
|------|------|---------|-------------------|---------------|--------|
| 1 | Nightshade | [[PERSON:Kofi Boateng]] | [[USERNAME:kofi.b]] | [[AGE:21]] | EU West |
| 2 | Lotus Drift | [[PERSON:Ananya Rao]] | [[USERNAME:ananya_rao]] | [[AGE:19]] | APAC |
| 3 | Iron Tide | [[PERSON:Connor McBride]] | [[USERNAME:tidecaller]] | [[AGE:23]] | NA East |""",
]

CHAT = [
    """[14:02] Agent [[PERSON:Kelsey]]: Thanks for contacting Vireo Mobile support! Who am I speaking with today?
[14:02] Customer: hi it's [[PERSON:Marcus Oyelaran]], the account's under my wife [[PERSON:Temi]] though
[14:03] Agent [[PERSON:Kelsey]]: No problem. Can you confirm the number on the account and the account holder's date of birth?
[14:03] Customer: [[PHONE_NUMBER:(469) 551-2087]] and she's [[DATE_TIME:6/22/1990]]
[14:04] Agent [[PERSON:Kelsey]]: Perfect. I can see the roaming pass was added on [[DATE_TIME:Jan 30]]. I'll refund it to the card ending 7712.
[14:05] Customer: great, send the receipt to [[EMAIL_ADDRESS:temi.oyelaran@gmail.com]] pls""",
    """[[PERSON:Nadia]]: did you get the parcel back to them?
[[PERSON:Callum]]: yeah dropped it at the post office this morning, the returns address was [[ADDRESS:Unit 7, Harbour Trade Park]], [[LOCATION:Felixstowe]] [[ZIP_CODE:IP11 3SW]]
[[PERSON:Nadia]]: and they're refunding to my card not yours right
[[PERSON:Callum]]: to yours. they asked for the email on the order so i gave them [[EMAIL_ADDRESS:nadia.rahman.uk@gmail.com]]
[[PERSON:Nadia]]: 👍 tracking?
[[PERSON:Callum]]: RM 448 120 337 GB""",
    """#raid-night
[[USERNAME:GhostPepper]]: who's tanking tonight
[[USERNAME:ashen_valkyrie]]: me, but I'm on mobile data, my home IP got banned again lol
[[USERNAME:GhostPepper]]: banned for what
[[USERNAME:ashen_valkyrie]]: someone reported me. the mod said it was [[IP_ADDRESS:86.14.203.91]] flagged for "ban evasion"
[[USERNAME:dadbod_druid]]: [[PERSON:Chloe]] just appeal it, mention your acct email [[EMAIL_ADDRESS:chloe.whitlam@icloud.com]] and that you're [[AGE:17]] and it was your brother's alt
[[USERNAME:ashen_valkyrie]]: bro don't put my real name in here 💀""",
    """Support chat — Parcelio
Bot: Hi! What's your order number?
User: 88-2210-4471
Bot: Thanks. I see a return for this order. Who's the return for?
User: [[PERSON:Siti Nurhaliza Rahman]]
Agent [[PERSON:Derek]] joined the chat
[[PERSON:Derek]]: Hi [[PERSON:Siti]], the courier tried to collect at [[ADDRESS:Blk 412 Bedok North Ave 2, #08-115]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]] on [[DATE_TIME:Monday 10 Feb]] but no one was in. Shall I rebook for [[DATE_TIME:Wednesday 12 Feb, 2–6pm]]?
User: yes please, call me at [[PHONE_NUMBER:8827 3140]] when he's downstairs""",
    """[[PERSON:Priya S]] (Team Lead) 09:12
Morning all. [[PERSON:Andile]] is off sick, can someone cover his 10am callback with [[PERSON:Mrs. Vermaak]]? Her number is [[PHONE_NUMBER:021 447 8803]]
[[PERSON:Jacques Botha]] 09:14
I'll take it. Is it the debit order dispute from [[DATE_TIME:28 Jan]]?
[[PERSON:Priya S]] (Team Lead) 09:15
Yes. Account [[ID_NUMBER:62 4418 0937]]. She wants it reversed before month end
[[PERSON:Jacques Botha]] 09:15
👍""",
    """Messages with Mum
Mum: Love can you help me cancel that TV thing, it's charging me again
Me: Which one, the sports one?
Mum: Yes the one [[PERSON:Gareth]] set up. The login is [[EMAIL_ADDRESS:brenda.llewellyn54@talktalk.net]] and I think the password was the dog's name
Me: OK I'll do it tonight. Is the card still the one ending 3309?
Mum: Yes xx""",
    """LINE — [[PERSON:Ogawa Riku]]
[[PERSON:Ogawa Riku]]: Ashita no geemu taikai, sanka dekiru?
[[PERSON:Fujita Yui]]: Un! Touroku wa [[EMAIL_ADDRESS:yui.fujita.22@gmail.com]] de shita yo. ID wa [[USERNAME:yuiyui_22]]
[[PERSON:Ogawa Riku]]: Ryoukai. Kaijou wa [[ADDRESS:Dougenzaka 2-6-17]], [[LOCATION:Shibuya]] da kara, 13-ji ni eki de au?
[[PERSON:Fujita Yui]]: OK! Nanika attara [[PHONE_NUMBER:080-3391-2274]] ni denwa shite""",
    """Chat transcript — Kestrel Bank
[10:41] Customer: Hi, someone's been trying to log into my online banking
[10:41] [[PERSON:Amara]] (Kestrel): I'm sorry to hear that. Can I take your full name and postcode?
[10:42] Customer: [[PERSON:Faisal Chaudhry]], [[ZIP_CODE:B11 1QT]]
[10:42] [[PERSON:Amara]] (Kestrel): Thank you [[PERSON:Mr. Chaudhry]]. I can see three failed attempts from [[IP_ADDRESS:45.133.1.206]] overnight. Your customer number is [[ID_NUMBER:44019283]] — I've locked it and a new activation code is going to [[PHONE_NUMBER:07700 118 452]].
[10:43] Customer: thanks, and I never gave anyone my details, not even my brother [[PERSON:Imran]]""",
]

LOOKALIKE = [
    """Your order 114-7730921-4482016 has shipped! Carrier: UPS, tracking 1Z 8A2 W41 03 5519 2280. Items: SKU HB-4471-GRY (hoodie, L) x1, SKU MUG-0092-WHT x2. Invoice INV-2025-004417 is attached. Questions? Call us free on 1-800-555-0199 or email support@northpeakoutfitters.com — please quote case #00448213. This parcel is addressed to [[PERSON:Rafaela Costa]].""",
    """Release notes — edge-gateway 10.4.2.118 (build 2025.02.11-rc3)
- Fixed a crash when the config version string was 192.168.0.3-style (e.g. 1.0.0.1) and parsed as an address.
- Default admin listener moved to port 8443; health check still on :9090/healthz.
- Firmware image SHA-256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
- Device serials affected: EGW-22B-0048812 through EGW-22B-0049100.
- Migration UUID 3f2c8a1e-7b44-4d2e-9c1a-55e0a2b7c913. OID prefix 1.3.6.1.4.1.55012.
Contact the release team at releases@edgegw.example or on the status page.""",
    """Reading list for the Year 12 history unit (please order via the school office, ext. 204):
1. Long Walk to Freedom — ISBN 978-1-84724-918-0
2. The Warmth of Other Suns — ISBN 978-0-307-59117-3
3. Born a Crime — ISBN 978-1-5247-3628-6
Field trip: we meet at the corner of Martin Luther King Jr. Boulevard and Nelson Mandela Drive, walk down Rosa Parks Way and finish at the Frederick Douglass memorial. Permission slips go to [[PERSON:Ms. Achterberg]] by Friday 21 March.""",
    """INVOICE No. 2025/0311-77
Supplier: Halden & Price Ltd, Company No. 08812735, VAT GB 294 7712 08
Registered office: as per letterhead
PO ref: PO-44817 | Account code: HP-CUST-0091 | Terms: 30 days
Line 1: Service plan SP-24M-PRO, serial SN-7Q2-88410-ZX, qty 1, £1,440.00
Remittance advice to accounts@haldenprice.co.uk; general enquiries 0345 600 2210.
Attn: [[PERSON:Gideon Mwale]] ([[EMAIL_ADDRESS:gideon.mwale@outlook.com]])""",
    """Lab panel reference sheet (rev. 7, effective 2025-01-01)
- HbA1c: 20–41 mmol/mol; CPT 83036; ICD-10 E11.9 for follow-up.
- Thyroid: TSH 0.4–4.0 mIU/L; rule out Graves' disease or Hashimoto's thyroiditis.
- Neurology referrals: Parkinson's, Alzheimer's, Guillain-Barré.
- Reagent lot 24-0915-B, analyser S/N CX9-004417, calibration code 4412-0097-3318.
Call the lab on 020 3456 7000 for urgent results, or page the duty biochemist via switchboard extension 44021. Sheet owner: [[PERSON:Dr. Yetunde Balogun]].""",
    """Outage notice: Cell site TWR-KSM-0419 (sector 2) near Gandhi Road and Wellington Street will be down from 01:00 to 04:00 for maintenance. Affected exchange prefixes: 020 71xx, 020 72xx. Customers can text STATUS to 8824 or call 611 from their mobile; business lines call 0800 000 123. Reference: CHG-2025-00817. Field engineer on site: [[PERSON:Tanvi Kulkarni]], who will notify the one subscriber with a medical priority flag at [[PHONE_NUMBER:020 7194 6612]] directly.""",
    """Return to sender — address unknown. Package ID RTS-5582-0093-1, weight 2.4 kg, customs form CN23 no. LX 778 201 446 GB. Reason code 04 (recipient moved). Warehouse bin A-17-03. Scanned at depot 0098, door 12, by handheld HH-2231. Next attempt: none; returned to the sender's returns centre. Addressee on the label: [[PERSON:Chiamaka Eze-Whitfield]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind62", STYLES, OUT)


if __name__ == "__main__":
    main()

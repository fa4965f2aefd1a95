"""Build tests/data/blind112.jsonl: a hundred-and-twelfth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind112.py

Blind: written with no knowledge of the detector. The only things read were
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, its import lines, and the opening line of its GEN
list), its tail from `STYLES = {` to the end of the file (the STYLES dict
and main(), copied here as scaffolding), gold_sets.py in full, and lines
1-64 of make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME
regexes and `parse()`). Nothing else was read: not minimize/, not
recognizers/, not bench/, not the README, no other test, no *.jsonl set
(blind112.jsonl included), no other make_*.py, not the rest of
make_blind22.py, nothing under /tmp, and no git history, log or status (git
was not run at all). The detector, the bench and the tests were never run.
Do not tune the detector against this set: once it has been used for
tuning it no longer measures anything, so write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn, and IBANs pass mod-97 with the
right length for their country. The national check digits inside the
French, Spanish and Portuguese IBANs are right too. All of these were worked
out with throwaway code run by hand while writing (python -c style, with no
file kept) and are not generated here; `gold_sets.check` re-checks cards and
IBANs and refuses a bad one. National ids that have a public check digit
were given a valid one the same way: the NHS number, Canadian SIN (a 9-
prefix one for a work-permit holder), Aadhaar (Verhoeff), Australian TFN,
New Zealand IRD and NHI numbers, South African ID (which agrees with the
person's sex and birth date), Singapore NRIC and Irish PPSN. The following
were not checked because they have no public check digit, or none I could
rely on: Jamaican TRN and NIS numbers, the Barbados national registration
number (written YYMMDD-NNNN to agree with the birth date where one shows),
the Trinidad and Tobago national id (written YYYYMMDD + 3 digits, also
agreeing with the birth date), the Haitian NIF, CIN and NINU, UK NI
numbers, US SSNs, the Medicare MBI (only its character pattern was
followed), PAN, BVN and NIN, Kenyan ids, Guyanese ids, Philippine SSS numbers, US
Alien Registration Numbers, voter and elector
numbers, passports, licences (the UK licence number follows its
surname/birth-date pattern), plates, bank account numbers, and staff,
student, member, patient and benefit numbers.

Styles (ids `blind112-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of the public PII-masking benchmarks.
  ai4privacy pii-masking-200k/300k/400k style: odd mixed sentences dense
  with names, job titles, streets with building numbers, secondary
  addresses, IPs, MACs, user agents, card/CVV/expiry and IBAN/BIC.
  gretel-pii-masking-en-v1 style: domain documents such as claims,
  contracts, medical, loan and benefit forms, notices, affidavits, deeds and
  letters. Nemotron-PII style: JSON, log lines, SQL, XML, HL7, YAML/.env
  config, code, tracebacks, HTTP requests, tickets and forms with many kinds
  of entity.
- `gen` (90): one to four sentences with personal data woven into prose, the
  way a third-party LLM writes "realistic sentences with personal data".
  Names come at the start, middle and end, some lowercase, some possessive;
  ages, dates, addresses, phones and ids come in many shapes.
- `table` (35): one small labeled table per record rendered as text (CSV,
  TSV, pipes/Markdown, fixed-width, JSON lines, YAML, key: value blocks),
  with varied column names and non-PII columns. Header rows are unlabeled.
- `chat` (8): support chats, messaging threads and team chat, with the
  speakers' names and the personal data they trade.
- `lookalike` (7): text full of non-PII that looks like PII (order,
  tracking and invoice refs, SKUs, ISBNs, IP-shaped versions, hashes,
  serials, company phones, role mailboxes, eponyms, streets named after
  people with no number), with the few real PII values labeled. One of
  them has no PII at all.
Domains given extra weight in `gen` and `bench` (a bit over a third of
those records): elections, voter rolls and registration, census returns and
enumeration, and public benefits (SNAP, WIC, Medicaid/Medicare, Social
Security, Universal Credit and PIP, OAS/GIS, Jamaica's PATH and NIS,
Barbados NIS and welfare, Trinidad and Tobago public assistance and
pensions, Haiti's cash-transfer programmes). The other records are spread
over banking, insurance, health, legal, HR, retail, travel, housing,
schools, IT and security.

Languages: about nine records in ten are in English. Jamaican, Trinidadian
and Barbadian contexts are weighted heavily; the rest come from US, UK,
Canadian, Irish, Australian, New Zealand, Indian, Nigerian, Ghanaian,
Kenyan, South African, Singaporean, Guyanese and other settings, with names
from the many cultures living there. About one record in ten is in Haitian
Creole, spread over every style (Haiti itself, and the diaspora in Miami,
Boston and Brooklyn).

Labeling conventions: the same as in make_blind22.py (and the sets before
it). In short:
- PERSON: any part of a name, lowercase or not, including initials and
  middle names. A possessive "'s" is outside the span. Nicknames are PERSON.
- TITLE: honorifics and ranks attached to a name, labeled apart from it
  (here also Miss, Sen., Deacon, Pastè, Madan/Madanm, Manmzèl). Job
  titles are not TITLE, and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, lots
  and "LP" (light-pole) numbers, house and building names.
- LOCATION: city, district, parish, county, state / province (also
  abbreviated) and country.
- ZIP_CODE: postcodes of every shape.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or a month, in any
  shape. A time or weekday said with such a date is inside the span; a time
  or weekday on its own is not labeled.
- AGE: the number only. USERNAME: the handle without "@". URL: personal
  pages and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates.
- US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE,
  IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS: as their names say.
- Not labeled: passwords, genders / sex, job titles, user agents, MACs,
  sort codes, BSB and routing numbers, CVVs and expiries, PINs, order /
  ticket / claim / policy / booking / tracking references, company phone
  numbers and role mailboxes, versions, hashes, serials, partial numbers
  ("ending 4471", "last 4"), pets, eponyms and brands named after people,
  header rows.
Calls made while writing this set, in the same spirit:
- Elections. Voter, elector, VUID and registration numbers are ID_NUMBER.
  Precinct, ward-division, polling-division and polling-station numbers are
  not labeled.
- Places. A constituency, electoral district, ward or division name
  ("St. Andrew East Rural", "Ward 6", "Kingston Western") is LOCATION, and
  so is a Jamaican postal district ("Kingston 10"). A polling place, school,
  hospital or office named without a street number is not labeled.
- NRP. A person's party affiliation ("Democrat", "DEM", "PNM", "Fanmi
  Lavalas") is NRP, and so is a religion entered on a census form.
  "Unaffiliated" ("UNA") is not a group and is not labeled. Neither is a
  spoken-language preference or an ethnic-origin census column, since
  these are not a nationality, religion or political group.
- Dates. The date of an election itself is not labeled. A person's own
  registration, application, ballot-sent / ballot-received, voting,
  interview, visit and payment dates are DATE_TIME, and a month with a year
  tied to a person ("effective March 2025") is DATE_TIME.
- Benefits. A benefits case, family or household reference and a census
  household id are unlabeled, like claim refs. Recipient, member, Medicaid,
  MassHealth, WIC, NHF, CDAP and NIS numbers are ID_NUMBER. An SSA claim
  number that is the SSN is US_SSN, with its trailing letter left outside.
- Timestamps at the head of log lines and chat messages, commit dates and
  order/transaction dates are not labeled. A last-login field, or a person's record date
  (check-in, customer since, start date), is DATE_TIME.
- A service account ("svc_notify") is not USERNAME.
- A medical registration number of a named prescriber is ID_NUMBER, like
  a licence.
- An organisation's own address, phone or mailbox is left out or
  unlabeled.
- Coordinates, VINs and crypto addresses do not appear.
- A URL-encoded e-mail address in a form body is still EMAIL_ADDRESS.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind112.jsonl")

BENCH = [
    # 001
    """Attention [[PERSON:Kerry-Ann Thelwell]], as Senior Community Liaison for the electoral division of [[LOCATION:St. Andrew East Rural]], your registration record [[ID_NUMBER:EOJ-0617-442918]] shows a residential address of [[ADDRESS:27 Mannings Hill Road]], [[LOCATION:Kingston 8]] but your ballot notice went to [[ADDRESS:Lot 112, Stony Hill Heights]]. Please confirm through the portal from [[IP_ADDRESS:72.252.14.187]] before the verification window closes.""",
    # 002
    """The refund for [[PERSON:Mr. Anselm Joseph-Baptiste]]'s damaged goods will be credited to card [[CREDIT_CARD:4532 7791 0264 3184]] (exp 09/27, CVV 318) once the courier confirms pickup at [[ADDRESS:Unit 4B, 19 Frederick Street]], [[LOCATION:Port of Spain]]. Device on file: MAC 3C:22:FB:71:0A:9E, browser Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15.""",
    # 003
    """SUPPLEMENTAL NUTRITION ASSISTANCE PROGRAM - RECERTIFICATION SUMMARY
Household head: [[PERSON:Marisol Quintanilla-Reyes]]    DOB: [[DATE_TIME:03/22/1979]]    SSN: [[US_SSN:529-41-7736]]
Address: [[ADDRESS:1840 W Alondra Blvd, Apt 12]], [[LOCATION:Compton]], [[LOCATION:CA]] [[ZIP_CODE:90220]]
Phone: [[PHONE_NUMBER:(310) 604-2291]]
Household members: [[PERSON:Julián Reyes]] (son, age [[AGE:14]]), [[PERSON:Abril Reyes]] (daughter, age [[AGE:9]])
Interview scheduled: [[DATE_TIME:Thursday, April 17, 2025, 9:30 AM]] by phone with caseworker [[PERSON:T. Okonkwo]]
Case no. 4418-220-93 | EBT card ending 6612""",
    # 004
    """{"voter_id": "[[ID_NUMBER:FL-V-118204736]]", "last_name": "[[PERSON:Saint-Fleur]]", "first_name": "[[PERSON:Guerda]]", "middle": "[[PERSON:M]]", "dob": "[[DATE_TIME:1968-11-04]]", "res_address": "[[ADDRESS:745 NE 82nd Terrace]]", "city": "[[LOCATION:Miami]]", "zip": "[[ZIP_CODE:33138]]", "county": "[[LOCATION:Miami-Dade]]", "party": "[[NRP:DEM]]", "precinct": "0512", "registration_date": "[[DATE_TIME:2004-09-27]]", "language_pref": "Haitian Creole", "status": "ACTIVE"}""",
    # 005
    """2025-03-14T08:12:44Z INFO auth.login user=[[USERNAME:shantelle.b]] ip=[[IP_ADDRESS:190.213.77.41]] ua="Mozilla/5.0 (Linux; Android 14; SM-A546E)" result=success
2025-03-14T08:13:02Z WARN profile.update user=[[USERNAME:shantelle.b]] field=phone old=[[PHONE_NUMBER:+1 868 683 4410]] new=[[PHONE_NUMBER:+1 868 759 2207]]
2025-03-14T08:13:05Z INFO profile.update user=[[USERNAME:shantelle.b]] field=email new=[[EMAIL_ADDRESS:shantelle.bhagwansingh@gmail.com]]
2025-03-14T08:20:19Z ERROR payments.charge user=[[USERNAME:shantelle.b]] card=**** **** **** 2207 decline_code=do_not_honor""",
    # 006
    """Claim Notification - Motor
Policyholder [[PERSON:Shanelle Holder]] (NRN [[ID_NUMBER:870614-0233]]) of [[ADDRESS:#14 Rendezvous Gardens]], [[LOCATION:Christ Church]], [[ZIP_CODE:BB15096]] reports that on [[DATE_TIME:2 February 2025 at 7:45 p.m.]] her Toyota Yaris, registration [[ID_NUMBER:XD 4417]], was struck from behind by a minibus on Highway 7 near [[LOCATION:Worthing]]. The other driver, [[PERSON:Corey Greaves]], [[PHONE_NUMBER:(246) 231-8842]], admitted fault at the scene. Witness: [[PERSON:Mrs. Doreen Blackman]], [[PHONE_NUMBER:428-0917]]. Policy BB-MTR-0093321; claim 25-01187. Adjuster assigned: [[PERSON:Ramesh Persaud]].""",
    # 007
    """INSERT INTO census_2022_household (hh_id, enumerator, respondent_name, respondent_dob, address_line, parish, phone, persons) VALUES
  ('SA-0219-0044', '[[PERSON:Tameka Scarlett]]', '[[PERSON:Winston Ebanks]]', '[[DATE_TIME:1951-07-30]]', '[[ADDRESS:6 Lime Tree Lane]]', '[[LOCATION:St. Ann]]', '[[PHONE_NUMBER:876-794-3315]]', 5),
  ('SA-0219-0045', '[[PERSON:Tameka Scarlett]]', '[[PERSON:Claudette Ebanks-Reid]]', '[[DATE_TIME:1983-02-11]]', '[[ADDRESS:8 Lime Tree Lane]]', '[[LOCATION:St. Ann]]', '[[PHONE_NUMBER:876-456-0182]]', 3);""",
    # 008
    """<claimant>
  <title>[[TITLE:Mr]]</title>
  <forename>[[PERSON:Oluwaseun]]</forename>
  <surname>[[PERSON:Adeyemi-Clarke]]</surname>
  <nino>[[ID_NUMBER:JK 48 21 90 C]]</nino>
  <dob>[[DATE_TIME:1990-05-19]]</dob>
  <address>
    <line1>[[ADDRESS:Flat 9, Carrow House]]</line1>
    <line2>[[ADDRESS:211 Old Kent Road]]</line2>
    <town>[[LOCATION:London]]</town>
    <postcode>[[ZIP_CODE:SE1 5LU]]</postcode>
  </address>
  <benefit>Universal Credit</benefit>
  <sortCode>20-45-77</sortCode>
  <accountNumber>[[ID_NUMBER:63019284]]</accountNumber>
  <mobile>[[PHONE_NUMBER:07700 918 442]]</mobile>
</claimant>""",
    # 009
    """[[PERSON:Ximena]], the new Regional Infrastructure Facilitator, needs VPN access from [[IP_ADDRESS:2a02:c7f:5c10:8e00:1d4:9b2e:77a1:3f06]] and MAC 9a:4f:02:bb:e1:7c. Her badge photo is pending; send the PIN 4471 to [[EMAIL_ADDRESS:x.villalobos@northgate-ops.io]] and ship the laptop to [[ADDRESS:3308 Kessler Ridge Dr]], [[ADDRESS:Suite 140]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75024]].""",
    # 010
    """Ticket #EB-77120 | Elections and Boundaries Commission - Registration Query
Submitted by: [[PERSON:Ravindra Maharaj]]
National ID: [[ID_NUMBER:19850314023]]
Email: [[EMAIL_ADDRESS:ravi.maharaj85@yahoo.com]]
Phone: [[PHONE_NUMBER:1-868-665-3042]]
Address on card: [[ADDRESS:LP 41 Caroni Savannah Road]], [[LOCATION:Chaguanas]]
New address: [[ADDRESS:17 Eastern Main Road]], [[LOCATION:Tunapuna]]
Message: Moved on [[DATE_TIME:1 December 2024]]. Please transfer my registration to the [[LOCATION:Tunapuna]] electoral district. My wife [[PERSON:Anjali]] also needs to transfer hers.""",
    # 011
    """RESIDENTIAL TENANCY AGREEMENT
This Agreement is made on the [[DATE_TIME:5th day of January, 2025]] between [[PERSON:Hyacinth Gayle]] ("Landlord"), TRN [[ID_NUMBER:104-772-318]], of [[ADDRESS:22 Tremaine Road]], [[LOCATION:Kingston 6]], and [[PERSON:Omari Brissett]] ("Tenant"), TRN [[ID_NUMBER:117-205-946]]. The Landlord lets to the Tenant the premises known as [[ADDRESS:Apartment 3B, Liguanea Court, 9 Barbican Road]], [[LOCATION:St. Andrew]], for a term of twelve months commencing [[DATE_TIME:1 February 2025]]. Rent: JMD 95,000 per month, payable to account [[ID_NUMBER:351-087-442]] at the Half Way Tree branch.""",
    # 012
    """AVI KONSÈY ELEKTORAL PWOVIZWA (KEP)
Sitwayen [[PERSON:Wilner Jean-Baptiste]], ki fèt [[DATE_TIME:14 mas 1976]] nan [[LOCATION:Gonayiv]], ak nimewo CIN [[ID_NUMBER:04-01-99-1976-03-00418]], enskri sou lis elektoral la nan biwo enskripsyon [[LOCATION:Rabato]]. Adrès li: [[ADDRESS:12, Ri Louverture]], [[LOCATION:Gonayiv]]. Si gen nenpòt erè, rele [[PHONE_NUMBER:+509 3715-2286]] oswa ekri nan [[EMAIL_ADDRESS:wjbaptiste76@gmail.com]] anvan dat limit la.""",
    # 013
    """# deploy/config/notify.yaml
smtp:
  host: smtp.sendgrid.net
  port: 587
  from: no-reply@eastbridge-health.org
alerts:
  oncall_primary:
    name: [[PERSON:Femi Adebanjo]]
    pager: [[PHONE_NUMBER:+44 7911 402 863]]
    email: [[EMAIL_ADDRESS:femi.adebanjo@eastbridge-health.org]]
  oncall_secondary:
    name: [[PERSON:Ciara Ní Bhriain]]
    pager: [[PHONE_NUMBER:+353 87 214 6630]]
    email: [[EMAIL_ADDRESS:ciara.nibhriain@eastbridge-health.org]]
db:
  user: svc_notify
  password: Qm7#tR2vLx9!""",
    # 014
    """Hi [[PERSON:Tamika]], as part of the [[LOCATION:Fulton County]] poll worker onboarding we need your SSN [[US_SSN:257-83-1904]], date of birth [[DATE_TIME:8/14/1992]] and a mailing address ([[ADDRESS:PO Box 46712]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30346]]). Your training is on [[DATE_TIME:Saturday, Oct 4 at 10am]] at the Adamsville Rec Center. The stipend goes to routing 061000104, account [[ID_NUMBER:1004 7725 3318]].""",
    # 015
    """def test_send_reminder():
    patient = Patient(
        name="[[PERSON:Aroha Te Whata]]",
        nhi="[[ID_NUMBER:ZAC4810]]",
        dob="[[DATE_TIME:1987-06-02]]",
        mobile="[[PHONE_NUMBER:021 448 9102]]",
    )
    appt = Appointment(patient, when="[[DATE_TIME:2025-06-18 14:40]]", clinic="[[LOCATION:Ponsonby]]")
    assert render(appt).startswith("Kia ora [[PERSON:Aroha]]")""",
    # 016
    """DISCHARGE SUMMARY - Queen Elizabeth Hospital, [[LOCATION:Bridgetown]]
Patient: [[PERSON:Akeem Griffith]]   Hosp. No: [[ID_NUMBER:QEH-0338172]]   DOB: [[DATE_TIME:11/09/1964]]   Age: [[AGE:60]]
Admitted: [[DATE_TIME:24/01/2025]]   Discharged: [[DATE_TIME:03/02/2025]]
Attending: [[PERSON:Dr. Natalie Small-Bynoe]]
Diagnosis: Type 2 diabetes mellitus with right foot ulcer; debridement performed [[DATE_TIME:27/01/2025]].
Follow-up: Winston Scott Polyclinic dressing clinic in 1 week; call [[PHONE_NUMBER:246-536-7781]] (patient's daughter, [[PERSON:Renée Griffith]]) to confirm.""",
    # 017
    """Bonjou [[TITLE:Manmzèl]] [[PERSON:Nadège Pierre-Louis]], dosye MassHealth ou a ([[ID_NUMBER:100374229186]]) bezwen yon nouvo adrès. Nou gen [[ADDRESS:58 Fessenden Street, Apt 2]], [[LOCATION:Mattapan]], [[LOCATION:MA]] [[ZIP_CODE:02126]] nan sistèm nan. Randevou ou ak travayè sosyal la se [[DATE_TIME:madi 22 avril a 11è]]. Si w pa ka vini, rele nou pou di nou nan [[PHONE_NUMBER:617-296-4408]].""",
    # 018
    """{
  "customer": {
    "id": "[[ID_NUMBER:CUS-00419873]]",
    "full_name": "[[PERSON:Rukmini Venkataraman]]",
    "email": "[[EMAIL_ADDRESS:rukmini.v@outlook.in]]",
    "phone": "[[PHONE_NUMBER:+91 98450 31226]]",
    "aadhaar_last4": "6558",
    "pan": "[[ID_NUMBER:AKQPV4821L]]"
  },
  "shipping": {"line1": "[[ADDRESS:No. 14, 3rd Cross, 6th Main]]", "area": "[[LOCATION:Malleshwaram]]", "city": "[[LOCATION:Bengaluru]]", "pin": "[[ZIP_CODE:560003]]"},
  "payment": {"method": "card", "number": "[[CREDIT_CARD:4024007188349053]]", "exp": "11/28", "cvv": "271"},
  "order": "OD-2291-88473",
  "placed_at": "2025-02-11T19:22:08+05:30"
}""",
    # 019
    """Census field memo: enumerator [[PERSON:Latoya Mohammed-Sealy]] ([[USERNAME:lmsealy_cso]]) recorded a household at [[ADDRESS:Lot 7 Pasea Extension]], [[LOCATION:Tunapuna]]: head [[PERSON:Ishmael Sealy]], [[AGE:72]], retired, [[NRP:Muslim]]; spouse [[PERSON:Bibi Sealy]], [[AGE:68]], [[NRP:Hindu]]. Tablet synced from [[IP_ADDRESS:186.45.201.9]] at 16:02 with firmware 4.2.19.""",
    # 020
    """LOAN APPLICATION - PERSONAL (UNSECURED)
Applicant: [[PERSON:Chidinma Okafor]]; Date of birth: [[DATE_TIME:17 August 1988]]; BVN: [[ID_NUMBER:22158340917]]; NIN: [[ID_NUMBER:48120937715]]
Residential address: [[ADDRESS:Flat 3, Block C, 14 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]
Employer: Zenith Logistics Ltd (Finance Analyst), monthly net N640,000
Salary account: [[ID_NUMBER:0123948851]] (GTBank)
Next of kin: [[PERSON:Emeka Okafor]] (brother), [[PHONE_NUMBER:0803 441 2097]]
Requested amount: N2,500,000 over 24 months
Signed: [[PERSON:C. Okafor]]   Date: [[DATE_TIME:04/03/2025]]""",
    # 021
    """<VoterRecord state="[[LOCATION:PA]]" county="[[LOCATION:Philadelphia]]">
  <VoterID>[[ID_NUMBER:015529184-51]]</VoterID>
  <Name><First>[[PERSON:Tyrone]]</First><Middle>[[PERSON:L.]]</Middle><Last>[[PERSON:Whitaker]]</Last></Name>
  <BirthDate>[[DATE_TIME:1959-12-01]]</BirthDate>
  <Residence>[[ADDRESS:5612 Chester Ave]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19143-4310]]</Residence>
  <Party>[[NRP:Republican]]</Party>
  <Ward>51</Ward><Division>14</Division>
  <LastVoted>[[DATE_TIME:2024-11-05]]</LastVoted>
</VoterRecord>""",
    # 022
    """Please update the fleet record: driver [[PERSON:Natasha Oyelowo]], licence [[ID_NUMBER:OYELO858295N99KT]], vehicle Ford Transit Custom, plate [[ID_NUMBER:LK19 XWA]], home [[ADDRESS:41 Cranbrook Rise]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 3QT]]. She was born [[DATE_TIME:29/08/1985]]; contact [[PHONE_NUMBER:+44 20 8553 7719]].""",
    # 023
    """-- ticket BEN-3391: correct payee details
UPDATE nis_pensioners
SET payee_name = '[[PERSON:Gwendolyn Alleyne]]',
    bank_acct = '[[ID_NUMBER:1004-220915-7]]',
    phone = '[[PHONE_NUMBER:(246) 425-6613]]',
    addr1 = '[[ADDRESS:#3 Chapel Gap]]',
    district = '[[LOCATION:Jackson]]',
    parish = '[[LOCATION:St. Michael]]'
WHERE nis_no = '[[ID_NUMBER:510302-0418]]' AND dob = '[[DATE_TIME:1951-03-02]]';""",
    # 024
    """NOTICE OF PROPOSED REMOVAL FROM THE REGISTER OF ELECTORS
To: [[PERSON:Mr. Everton Lindo]]
[[ADDRESS:31 Spanish Town Road]], [[LOCATION:Kingston 13]]
Elector No.: [[ID_NUMBER:042187331]]   Polling Division: KSA-16-07
Dear Sir,
An objection has been lodged by [[PERSON:Marcia Thompson-Lee]] of [[ADDRESS:29 Spanish Town Road]] on the ground that you no longer reside at the above address. A hearing will be held before the Registering Officer on [[DATE_TIME:Wednesday 12 March 2025 at 2:00 p.m.]] at the constituency office. If you do not attend, your name may be removed from the list.
Registering Officer, [[LOCATION:Kingston Western]]""",
    # 025
    """Transfer request from [[PERSON:Ingrid Vasquez-Holm]]: move EUR 1,240.50 from [[IBAN_CODE:DE48370501980012887456]] (BIC COLSDE33XXX) to [[IBAN_CODE:NL80 INGB 0006 2918 43]] in the name of [[PERSON:Bram de Wit]]. Initiated from [[IP_ADDRESS:84.241.193.66]], device fingerprint 7f3a9c01e2, at 22:17 CET.""",
    # 026
    """{"fòm": "Resansman Jeneral Popilasyon - IHSI", "kay_id": "OU-11-0382", "chèf_fanmi": "[[PERSON:Roselène Duverger]]", "laj": [[AGE:47]], "sèks": "F", "adrès": "[[ADDRESS:Impasse Lavaud #9]]", "komin": "[[LOCATION:Petyonvil]]", "telefòn": "[[PHONE_NUMBER:3847-1120]]", "manm": [{"non": "[[PERSON:Jonas Duverger]]", "laj": [[AGE:19]]}, {"non": "[[PERSON:Mirlande Duverger]]", "laj": [[AGE:15]]}], "relijyon": "[[NRP:Katolik]]"}""",
    # 027
    """EMPLOYMENT CONTRACT
Between Caribbean Cold Storage Ltd ("the Company") and [[PERSON:Kerwin Baptiste]], of [[ADDRESS:88 Pinto Road]], [[LOCATION:Arima]], born [[DATE_TIME:22 June 1994]], BIR No. [[ID_NUMBER:301-448-902]], NIS No. [[ID_NUMBER:04417729]] ("the Employee").
Position: Warehouse Supervisor, commencing [[DATE_TIME:3 March 2025]], probation three months.
Salary: TT$11,500 per month paid to account [[ID_NUMBER:160-447-29810-1]].
Signed for the Company: [[PERSON:Reshma Dookie]], HR Manager""",
    # 028
    """[2025-01-09 10:41:13] POST /ovr/submit 201 applicant="[[PERSON:Dominique Arceneaux]]" dl="[[US_DRIVER_LICENSE:A265-718-94-332-0]]" dob="[[DATE_TIME:1997-04-30]]" addr="[[ADDRESS:2219 Mercy Dr]], [[LOCATION:Orlando]], [[LOCATION:FL]] [[ZIP_CODE:32808]]" party="[[NRP:Libertarian]]" ip=[[IP_ADDRESS:24.203.118.57]]
[2025-01-09 10:41:14] INFO ovr.verify match=FLHSMV status=PENDING ref=OVR-25-0044719""",
    # 029
    """As discussed, [[PERSON:Siosaia Taufa]] (he/him), Lead Tactics Orchestrator, will relocate to [[ADDRESS:Level 3, 88 Queen Street]], [[LOCATION:Auckland]] [[ZIP_CODE:1010]] from [[DATE_TIME:14/07/2025]]. His IRD number [[ID_NUMBER:049-327-811]] and KiwiSaver details are on file; reimburse the bond to [[ID_NUMBER:12-3140-0482716-00]]. Personal mobile [[PHONE_NUMBER:027 315 8840]].""",
    # 030
    """SERVICE CANADA - OLD AGE SECURITY / GIS DETERMINATION
Name: [[PERSON:Lakshmi Narayanan]]
SIN: [[ID_NUMBER:527 184 600]]
Date of birth: [[DATE_TIME:February 3, 1959]]
Address: [[ADDRESS:1204-35 Brian Harrison Way]], [[LOCATION:Scarborough]] [[LOCATION:ON]] [[ZIP_CODE:M1P 5J3]]
We have determined that you are eligible for the Guaranteed Income Supplement effective [[DATE_TIME:March 2025]]. Your first payment of $1,086.88 will be deposited on [[DATE_TIME:March 26, 2025]] to the account ending in 4471.
Telephone on file: [[PHONE_NUMBER:416-289-7730]]""",
    # 031
    """POST /api/v2/loyalty/enroll HTTP/1.1
Host: rewards.caribshop.tt
Content-Type: application/x-www-form-urlencoded
X-Forwarded-For: [[IP_ADDRESS:190.58.14.203]]

first_name=[[PERSON:Aaliyah]]&last_name=[[PERSON:Mohammed]]&email=[[EMAIL_ADDRESS:aaliyah.m%40hotmail.com]]&mobile=[[PHONE_NUMBER:18687814452]]&dob=[[DATE_TIME:2001-10-09]]&card=[[CREDIT_CARD:5189440273162289]]&marketing=true""",
    # 032
    """We regret to inform [[PERSON:Ms. Prudence Oyugi]], age [[AGE:34]], that her application to vote as a transferred voter was rejected: the ID number [[ID_NUMBER:28814730]] she entered does not match the IEBC register for [[LOCATION:Kisumu Central]] constituency, [[LOCATION:Market Milimani]] ward. She was notified at [[EMAIL_ADDRESS:poyugi@gmail.com]] on [[DATE_TIME:2 Aug 2022]].""",
    # 033
    """REFERRAL LETTER
[[DATE_TIME:18 February 2025]]
To: Consultant Ophthalmologist, University Hospital of the West Indies, [[LOCATION:Mona]]
Re: [[PERSON:Pearline Whyte]], [[AGE:66]] yrs, DOB [[DATE_TIME:09.07.1958]], of [[ADDRESS:4 Cassava Piece Road]], [[LOCATION:Kingston 8]]. Tel. [[PHONE_NUMBER:876-931-0245]]. NHF card [[ID_NUMBER:NHF 0092 4471 3]].
[[PERSON:Mrs. Whyte]] reports gradual blurring in the left eye over six months, worse at night. Visual acuity 6/24 left, 6/9 right. Kindly assess for cataract.
Yours faithfully,
[[PERSON:Dr. Garfield Henry]], MBBS""",
    # 034
    """MSH|^~\\&|EPIC|NYU_LGN|LAB|QUEST|202503141022||ORU^R01|MSG00418|P|2.5.1
PID|1||[[ID_NUMBER:MRN7730194]]^^^NYU||[[PERSON:PIERRE-CHARLES]]^[[PERSON:ROODY]]^[[PERSON:J]]||[[DATE_TIME:19810623]]|M|||[[ADDRESS:1146 FLATBUSH AVE APT 5F]]^^[[LOCATION:BROOKLYN]]^[[LOCATION:NY]]^[[ZIP_CODE:11226]]||[[PHONE_NUMBER:(718)284-5521]]|||||||[[US_SSN:118-64-2290]]
OBX|1|NM|2345-7^GLUCOSE^LN||112|mg/dL|70-99|H|||F""",
    # 035
    """Can you believe [[PERSON:Jun-ho]] still hasn't paid back the $300? His Venmo is @[[USERNAME:junho-park-88]] and the card he saved on my account was [[CREDIT_CARD:5425 2334 3010 9705]]. I'm going over to his place at [[ADDRESS:410 Grand Street, Unit 7C]], [[LOCATION:Jersey City]] tomorrow.""",
    # 036
    """Mandatory Reconsideration Notice - Personal Independence Payment
[[PERSON:Mrs. Sandra Okwuosa]]
[[ADDRESS:17 Linthorpe Crescent]]
[[LOCATION:Middlesbrough]]
[[ZIP_CODE:TS5 6QN]]
National Insurance number: [[ID_NUMBER:SR 71 04 88 B]]
Date: [[DATE_TIME:6 January 2025]]
Dear [[PERSON:Mrs Okwuosa]],
We have looked again at our decision of [[DATE_TIME:14 October 2024]] about your Personal Independence Payment. We have changed the decision. You are now entitled to the standard rate of the daily living component from [[DATE_TIME:2 September 2024]].
If you disagree you can appeal to HM Courts & Tribunals Service within one month.""",
    # 037
    """{"application_type": "Public Assistance Grant", "ministry": "MSDFS", "applicant": {"name": "[[PERSON:Marlene Joseph]]", "national_id": "[[ID_NUMBER:19620907114]]", "dob": "[[DATE_TIME:07/09/1962]]", "address": "[[ADDRESS:#23 Cipero Street]]", "town": "[[LOCATION:San Fernando]]", "mobile": "[[PHONE_NUMBER:(868) 657-3391]]"}, "dependants": [{"name": "[[PERSON:Keon Joseph]]", "age": [[AGE:12]]}], "submitted": "[[DATE_TIME:2025-02-03]]", "officer": "[[PERSON:R. Ramdial]]"}""",
    # 038
    """Dear [[PERSON:Oriana]], your Chief Interactions Designer badge has been reissued. The old badge last scanned at reader [[IP_ADDRESS:10.44.18.201]] on the 4th floor has been revoked. Please confirm your gender (female) and eye colour (hazel) in the HR portal using [[USERNAME:oriana.castellanos]] and collect the badge at [[ADDRESS:1290 Avenue of the Americas, Floor 4]].""",
    # 039
    """FÒM DEMANN KREDI - Fonkoze
Non konplè: [[PERSON:Marie-Ange Dorvil]]
Dat nesans: [[DATE_TIME:02/05/1984]]
NIF: [[ID_NUMBER:004-552-781-3]]
Adrès: [[ADDRESS:Rout Nasyonal #2, Kay #41]], [[LOCATION:Miragwàn]]
Telefòn: [[PHONE_NUMBER:+509 4412 7730]]
Kantite lajan: 25 000 goud
Rezon: agrandi ti komès pwodui manje
Garanti: [[PERSON:Jean-Robert Dorvil]] (mari), telefòn [[PHONE_NUMBER:+509 3690 2218]]
Siyati: ____________  Dat: [[DATE_TIME:19 fevriye 2025]]""",
    # 040
    """# .env.staging - DO NOT COMMIT
APP_NAME=ParishConnect
ADMIN_NAME="[[PERSON:Kimberley Hinds]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:k.hinds@parishconnect.bb]]
ADMIN_PHONE=[[PHONE_NUMBER:+12462307715]]
SEED_USER_1=[[USERNAME:dwaynecumberbatch]]
SEED_USER_1_PW=Bajan#2024
ALLOWED_IPS=[[IP_ADDRESS:200.50.71.14]],[[IP_ADDRESS:200.50.71.15]]
SUPPORT_EMAIL=support@parishconnect.bb
SUPPORT_PHONE=+1 246 430 1000""",
    # 041
    """INCIDENT REPORT - Polling Station 14, Precinct 0231, [[LOCATION:Gwinnett County]]
Reported by: Poll Manager [[PERSON:Deborah Kwarteng]], tel. [[PHONE_NUMBER:770-418-2296]]
At approximately 11:20 a.m. a voter, [[PERSON:Harold Brantley]], DOB [[DATE_TIME:05/17/1946]], residing at [[ADDRESS:3871 Sugarloaf Pkwy]], [[LOCATION:Lawrenceville]], was listed in the poll book as having already voted absentee. [[PERSON:Mr. Brantley]] stated he never requested an absentee ballot. He was issued a provisional ballot (envelope #P-0231-007) and given the hotline number 1-877-725-9797 to check its status.""",
    # 042
    """Kindly process the KYC for [[PERSON:Harpreet Kaur Sandhu]], DOB [[DATE_TIME:23-11-1991]], Aadhaar [[ID_NUMBER:4830 2917 6558]], PAN [[ID_NUMBER:BQRPS7715K]], residing at [[ADDRESS:H.No. 2147, Sector 37-C]], [[LOCATION:Chandigarh]] [[ZIP_CODE:160036]]. Mobile [[PHONE_NUMBER:98142 60337]]; linked card [[CREDIT_CARD:6250941006118375]] expires 03/29.""",
    # 043
    """VOTERS = [
    {"elector_no": "[[ID_NUMBER:00341187]]", "name": "[[PERSON:BLACKMAN, Tamara J.]]", "address": "[[ADDRESS:Lot 19 Bagatelle Terrace]]", "parish": "[[LOCATION:St. Thomas]]", "dob": "[[DATE_TIME:1990-08-21]]"},
    {"elector_no": "[[ID_NUMBER:00341188]]", "name": "[[PERSON:BLACKMAN, Rohan]]", "address": "[[ADDRESS:Lot 19 Bagatelle Terrace]]", "parish": "[[LOCATION:St. Thomas]]", "dob": "[[DATE_TIME:1987-01-30]]"},
]""",
    # 044
    """Hey team, [[PERSON:Ngozi]] from Accounts says the invoice payment for [[PERSON:Mr. Tobias Lindqvist]] bounced. His IBAN [[IBAN_CODE:GB49 BARC 2004 1573 8492 16]] is correct but the BIC was entered as BARCGB2L instead of BARCGB22. Please re-run the payment and email him at [[EMAIL_ADDRESS:tobias@lindqvist.me]] once it clears.""",
    # 045
    """IN THE PARISH COURT FOR THE PARISH OF [[LOCATION:ST. CATHERINE]]
HOLDEN AT [[LOCATION:SPANISH TOWN]]
Plaint No. 2025/CV/00412
BETWEEN [[PERSON:DELROY ANTHONY MCKENZIE]] - CLAIMANT
AND [[PERSON:SHERENE PATRICE LEWIS]] - DEFENDANT
SUMMONS: You are hereby required to attend this Court on [[DATE_TIME:Tuesday, the 8th day of April, 2025, at 10:00 a.m.]] to answer a claim for $480,000 for unpaid rent and damage to premises.
Defendant's address: [[ADDRESS:Lot 1184 Phase 2, Old Harbour Glades]], [[LOCATION:Old Harbour]]""",
    # 046
    """Subject: Can't log in after phone change
From: [[PERSON:Beverley Forbes-Nugent]] <[[EMAIL_ADDRESS:bevforbes@icloud.com]]>
Account: [[USERNAME:bev_fn]]
Priority: P3 - Channel: web form
Body: I changed my number from [[PHONE_NUMBER:876-542-8813]] to [[PHONE_NUMBER:876-410-3379]] and now the 2FA texts go to the old phone. My last successful login was [[DATE_TIME:March 2 around 9pm]] from [[IP_ADDRESS:72.27.140.18]]. Billing address is [[ADDRESS:11 Mona Heights Drive]], [[LOCATION:Kingston 6]], [[LOCATION:Jamaica]].""",
    # 047
    """Nou konfime ke [[PERSON:Jean-Claude Estimé]], [[AGE:52]] an, ki rete [[ADDRESS:Ri Dezire #17]], [[LOCATION:Okap]], gen kat elektoral li ki pote nimewo CIN [[ID_NUMBER:03-01-99-1972-11-00284]]. Biwo vòt li se Lekòl Nasyonal Sainte-Philomène. Madanm li [[PERSON:Nadine Estimé]] ka pran kat la pou li ak yon pwokirasyon siyen. Kontak: [[PHONE_NUMBER:(509) 3109-4472]].""",
    # 048
    """BENEFICIARY DESIGNATION FORM
Insured: [[PERSON:Gloria Fitzgerald-Osei]]   Policy No. LF-2209-884-1
Insured's SSN: [[US_SSN:043-72-5518]]   Date of birth: [[DATE_TIME:January 9, 1971]]
Primary beneficiary: [[PERSON:Kwame Osei]], spouse, DOB [[DATE_TIME:4/2/1968]], 100%
Contingent beneficiary: [[PERSON:Adjoa Osei]], daughter, DOB [[DATE_TIME:12/15/2003]]
Address of insured: [[ADDRESS:77 Prospect Hill Rd]], [[LOCATION:East Windsor]], [[LOCATION:CT]] [[ZIP_CODE:06088]]
Signed this [[DATE_TIME:21st of February, 2025]].""",
    # 049
    """census-web-03 | 2022-04-03 19:04:55 | submit_ok | hh=7734-2281-0915 | respondent="[[PERSON:Paddy Ó Súilleabháin]]" | email=[[EMAIL_ADDRESS:paddy.osull@eircom.net]] | eircode=[[ZIP_CODE:T12 X2P7]] | client_ip=[[IP_ADDRESS:86.44.215.7]] | persons=4 | ua=Edg/100.0.1185.29 | lang=en""",
    # 050
    """To whom it may concern: [[PERSON:Rangi Parata]], male, [[AGE:41]], Principal Operations Agent at the [[LOCATION:Rotorua]] office, has requested his final pay be split: 60% to [[ID_NUMBER:06-0501-0744219-00]] and 40% to card [[CREDIT_CARD:4147 2031 9951 0823]]. His forwarding address is [[ADDRESS:23B Ranolf Street]], [[LOCATION:Glenholme]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]].""",
    # 051
    """MINISTRY OF LABOUR AND SOCIAL SECURITY
PROGRAMME OF ADVANCEMENT THROUGH HEALTH AND EDUCATION (PATH)
BENEFICIARY UPDATE FORM
Family ID: PATH-CL-004418
Head of household: [[PERSON:Icilda Brown]]   TRN: [[ID_NUMBER:128-440-715]]
Address: [[ADDRESS:Lot 32 Race Course]], [[LOCATION:May Pen]], [[LOCATION:Clarendon]]
Student beneficiaries: [[PERSON:Jamoy Brown]] ([[AGE:11]]), Denbigh Primary; [[PERSON:Shantoy Brown]] ([[AGE:15]]), Glenmuir High
Payment method: Keycard (account [[ID_NUMBER:0920331847]])
Social worker: [[PERSON:Mr. Omar Facey]]   Date of visit: [[DATE_TIME:11/02/2025]]""",
    # 052
    """// TODO remove hardcoded test data before release
Customer c = new Customer();
c.setFullName("[[PERSON:Yusuf Abdirahman]]");
c.setEmail("[[EMAIL_ADDRESS:yusuf.abdirahman@gmail.com]]");
c.setPhone("[[PHONE_NUMBER:+61 412 775 309]]");
c.setTaxFileNumber("[[ID_NUMBER:876 134 025]]");
c.setAddress(new Address("[[ADDRESS:Unit 5, 27 Gladstone Street]]", "[[LOCATION:Footscray]]", "[[LOCATION:VIC]]", "[[ZIP_CODE:3011]]"));
c.setDateOfBirth(LocalDate.parse("[[DATE_TIME:1993-09-14]]"));""",
    # 053
    """Offsite roster update: [[PERSON:Chantal Mbeki-Ross]] (username [[USERNAME:cmbekiross]]) will share a cabin with [[PERSON:Liam Ferreira]]; both listed dietary needs as vegetarian. [[PERSON:Chantal]]'s loaner iPad MAC is 60:F8:1D:AA:04:3C and her cell is [[PHONE_NUMBER:202.709.3318]]. The shuttle picks them up at [[ADDRESS:1338 G Street SE]] on [[DATE_TIME:Sat 10/26 at 9:00]].""",
    # 054
    """PRESCRIPTION
Patient: [[PERSON:Stacy-Ann Ramoutar]]   Age: [[AGE:29]]   Date: [[DATE_TIME:14-Mar-2025]]
Address: [[ADDRESS:7 Ragoonanan Road]], [[LOCATION:Chaguanas]]
Rx: Amoxicillin 500 mg caps, 1 tds x 7/7 (#21)
    Paracetamol 500 mg, 2 qds prn
CDAP card: [[ID_NUMBER:CD-0044-81973]]
Prescriber: [[PERSON:Dr. Vishnu Seecharan]], Reg. No. [[ID_NUMBER:MBTT-2241]]""",
    # 055
    """<nomination>
  <electoral_district>[[LOCATION:St. Michael North East]]</electoral_district>
  <candidate>
    <name>[[PERSON:Rhonda Maynard-Springer]]</name>
    <nrn>[[ID_NUMBER:780126-0091]]</nrn>
    <occupation>Attorney-at-Law</occupation>
    <address>[[ADDRESS:No. 5, 2nd Avenue]], [[LOCATION:Belleville]]</address>
    <party>[[NRP:Democratic Labour Party]]</party>
  </candidate>
  <nominators>
    <elector reg="[[ID_NUMBER:01129384]]">[[PERSON:Hal Cumberbatch]]</elector>
    <elector reg="[[ID_NUMBER:01130022]]">[[PERSON:Marcia Yearwood]]</elector>
  </nominators>
  <filed>[[DATE_TIME:2022-01-04T11:35]]</filed>
</nomination>""",
    # 056
    """[[PERSON:Bartholomew]], kindly note the updated parental leave for [[PERSON:Mireille Tshibangu]]: from [[DATE_TIME:01.05.2025]] to [[DATE_TIME:31.10.2025]]. Payroll should continue to [[IBAN_CODE:FR76 2004 1010 0504 5182 7306 149]]. Her secondary address during leave: [[ADDRESS:Bâtiment B, 8 rue des Pâquerettes]], [[ZIP_CODE:93200]] [[LOCATION:Saint-Denis]].""",
    # 057
    """NONRESPONSE FOLLOWUP - CASE NOTES
Address: [[ADDRESS:418 Pelham Pkwy S, Apt 3G]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10462]]
Visit 1 ([[DATE_TIME:05/14/2020 4:10 PM]]): no answer, left notice of visit.
Visit 2 ([[DATE_TIME:05/19/2020 6:45 PM]]): spoke to [[PERSON:Rosa Cabrera]], [[AGE:58]], who completed the interview for herself, her husband [[PERSON:Efraín Cabrera]] ([[AGE:61]]) and grandson [[PERSON:Dylan Ortiz]] ([[AGE:7]]). Respondent phone [[PHONE_NUMBER:347-862-0194]].
Enumerator: [[PERSON:K. Abernathy]]""",
    # 058
    """$ curl -s -X POST https://api.tellacare.io/v1/patients \\
  -H "Authorization: Bearer sk_live_51HxQ..." \\
  -d '{"name":"[[PERSON:Oyinkansola Bello]]","dob":"[[DATE_TIME:1979-01-25]]","nhs_number":"[[ID_NUMBER:485 721 9034]]","phone":"[[PHONE_NUMBER:+447824113052]]"}'
{"id":"pat_8KX2Q","status":"created","gp_practice":"Y02816"}""",
    # 059
    """Good day [[PERSON:Ms Keisha Alleyne]], your application for the Senior Citizens' Pension on behalf of your mother, [[PERSON:Mrs. Theresa Alleyne]] (age [[AGE:71]]), was received on [[DATE_TIME:20/01/2025]]. Please bring her birth certificate (PIN [[ID_NUMBER:1953-SF-002217]]) and ID card [[ID_NUMBER:19531002087]] to the [[LOCATION:San Fernando]] Social Welfare office. We will call you on [[PHONE_NUMBER:868-652-8816]] to confirm a time.""",
    # 060
    """DEED OF CONVEYANCE
THIS DEED is made the [[DATE_TIME:28th day of November 2024]] BETWEEN [[PERSON:CLIVE AUGUSTUS FRANCIS]] of [[ADDRESS:14 Ashby Road]], [[LOCATION:Arima]] in the Island of [[LOCATION:Trinidad]] (hereinafter called "the Vendor") of the one part AND [[PERSON:NALINI DEVI RAMPERSAD]] of [[ADDRESS:LP 88 Bon Air Road]], [[LOCATION:Arouca]] (hereinafter called "the Purchaser") of the other part.
ALL AND SINGULAR that certain piece or parcel of land situate in the Ward of [[LOCATION:Arima]] comprising 5,200 square feet and bounded on the North by lands of [[PERSON:Kenneth Mohan]] and on the South by Ashby Road.""",
    # 061
    """Tikè #SNAP-HT-20931
Non: [[PERSON:Fabiola Michel]]
Imel: [[EMAIL_ADDRESS:fabiolamichel509@gmail.com]]
Telefòn: [[PHONE_NUMBER:(305) 758-2214]]
Adrès: [[ADDRESS:8240 NE 2nd Ave, Apt 14]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33138]]
Mesaj: Mwen te aplike pou koupon manje (SNAP) le [[DATE_TIME:3 janvye 2025]] men mwen poko resevwa kat EBT mwen. Nimewo ka a se 110-448-2291. Pitit mwen [[PERSON:Kervens]] gen [[AGE:6]] an epi li gen Medicaid ([[ID_NUMBER:9104418837]]).""",
    # 062
    """New hire checklist for [[PERSON:Giovanni Esposito-Lamb]]: NI number [[ID_NUMBER:PC 55 18 27 D]], DOB [[DATE_TIME:1996/03/07]], start [[DATE_TIME:Monday 7 April 2025]], laptop asset tag LT-88421, static IP [[IP_ADDRESS:172.16.40.113]], locker 118. Emergency contact [[PERSON:Franca Esposito]] on [[PHONE_NUMBER:0161 496 2280]].""",
    # 063
    """SOCIAL SECURITY ADMINISTRATION
Retirement, Survivors and Disability Insurance
Notice of Award
[[PERSON:EARLINE T. MCCRAY]]
[[ADDRESS:2716 MORRIS AVE]]
[[LOCATION:BIRMINGHAM]] [[LOCATION:AL]] [[ZIP_CODE:35203-1142]]
Claim Number: [[US_SSN:419-52-8830]]A
You are entitled to monthly retirement benefits beginning [[DATE_TIME:February 2025]]. The first payment of $1,742.00 will be paid on or about [[DATE_TIME:March 12, 2025]]. We based this decision on your date of birth, [[DATE_TIME:December 3, 1958]].""",
    # 064
    """commit 4f9c2e1b7a0d3e55c61f08b9a2d7e4c3b1f06a92
Author: [[PERSON:Anneliese Drummond]] <[[EMAIL_ADDRESS:anneliese.drummond@protonmail.com]]>
Date:   Thu Feb 13 21:47:09 2025 +0000

    fix(onboarding): stop logging applicant phone numbers

    Previously we wrote e.g. "applicant=[[PERSON:J. Ocampo]] phone=[[PHONE_NUMBER:+63 917 552 0381]]" to stdout.
    Reported-by: [[PERSON:Ferdinand Ocampo]] <[[EMAIL_ADDRESS:ferd.ocampo@gmail.com]]>""",
    # 065
    """The Constituted Authority has verified the identity of [[PERSON:Mr. Glenroy Chambers]], elector number [[ID_NUMBER:052-118-774]], date of birth [[DATE_TIME:1981 Jul 05]], who applied for a replacement voter ID card on [[DATE_TIME:16 January 2025]] at the Electoral Office in [[LOCATION:Montego Bay]]. The card is to be collected by his nominee [[PERSON:Sophia Chambers]], TRN [[ID_NUMBER:109 336 527]]. Applicant mobile [[PHONE_NUMBER:(876) 979-2281]].""",
    # 066
    """CARD DISPUTE FORM
Cardholder: [[PERSON:Priyanka Deonarine]]
Card number: [[CREDIT_CARD:4929 8812 0371 5563]]
Transaction date: 02/02/2025   Merchant: AMZN Mktp US   Amount: US$184.99
Reason: I did not authorise this transaction. My card was in my possession at all times.
Contact: [[EMAIL_ADDRESS:pdeonarine@tstt.net.tt]] / [[PHONE_NUMBER:868-363-5541]]
Mailing address: [[ADDRESS:24 Cocoyea Avenue]], [[LOCATION:San Fernando]]
Signature: [[PERSON:P. Deonarine]]     Date: [[DATE_TIME:5 Feb 2025]]""",
    # 067
    """FÒMILÈ ENSKRIPSYON - PWOGRAM TI MANMAN CHERI
Non manman: [[PERSON:Yveline Charles]]
Laj: [[AGE:33]]
NINU: [[ID_NUMBER:2018447390]]
Adrès: [[ADDRESS:Lakou Bwa Nèf, Kay #6]], [[LOCATION:Sen Mak]]
Timoun ki lekòl: [[PERSON:Wood-Stanley Charles]] ([[AGE:8]] an), [[PERSON:Christla Charles]] ([[AGE:10]] an)
Telefòn Natcom: [[PHONE_NUMBER:4207-3318]]
Dat enskripsyon: [[DATE_TIME:7 oktòb 2024]]""",
    # 068
    """Our records show [[PERSON:Farida Haidari]] logged in as [[USERNAME:farida_h92]] from [[IP_ADDRESS:2001:8003:1c0d:4e00:5d1:33f2:a8c0:91b4]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/121.0.0.0 Safari/537.36 and changed her delivery address to [[ADDRESS:2/18 Ormond Road]], [[LOCATION:Moonee Ponds]] [[LOCATION:VIC]] [[ZIP_CODE:3039]]. If this wasn't you, call us.""",
    # 069
    """Household Enquiry Form 2025 - Electoral Registration Office, [[LOCATION:London Borough of Lewisham]]
Property: [[ADDRESS:Flat 2, 64 Brockley Rise]], [[LOCATION:London]] [[ZIP_CODE:SE23 1LN]]
Residents aged 16+:
1. [[PERSON:Adaeze Nwankwo]] - nationality [[NRP:British]] - already registered
2. [[PERSON:Tomasz Wróbel]] - nationality [[NRP:Polish]] - moved in [[DATE_TIME:12/09/2024]]
3. [[PERSON:Leah Goldberg-Hart]] - nationality [[NRP:British]], [[NRP:Irish]] - age [[AGE:17]], attainer (DOB [[DATE_TIME:03/06/2008]])
Opt out of open register: 1, 3
Completed by [[PERSON:Adaeze Nwankwo]] on [[DATE_TIME:14/02/2025]]""",
    # 070
    """employee:
  id: [[ID_NUMBER:E-40917]]
  name: [[PERSON:Obiageli Nwachukwu-Boateng]]
  preferred_name: [[PERSON:Obi]]
  email: [[EMAIL_ADDRESS:obi.nb@hartwell-group.co.uk]]
  phone: "[[PHONE_NUMBER:+44 (0)113 496 1057]]"
  home:
    street: [[ADDRESS:9 Chapeltown Road]]
    city: [[LOCATION:Leeds]]
    postcode: [[ZIP_CODE:LS7 3AP]]
  bank:
    sort_code: "40-12-76"
    iban: [[IBAN_CODE:GB77HBUK40127690315528]]
  start_date: [[DATE_TIME:2023-08-14]]
  manager: [[PERSON:Declan Fairweather]]""",
    # 071
    """For the recount observer list please add [[TITLE:Sen.]] [[PERSON:Avinash Bhagaloo]] ([[NRP:UNC]]) and polling agent [[PERSON:Yvette Pierre-Lezama]] ([[NRP:PNM]]). Both must present ID at the [[LOCATION:Couva North]] returning office by 8 a.m.; [[PERSON:Yvette]]'s badge photo was emailed from [[EMAIL_ADDRESS:ypierrelezama@gmail.com]] and her ID card number is [[ID_NUMBER:19770412216]].""",
    # 072
    """PRIVATE & CONFIDENTIAL
[[DATE_TIME:10 March 2025]]
[[PERSON:Mr. Sipho Ndlovu]]
[[ADDRESS:32 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]
ID No.: [[ID_NUMBER:8804125271087]]   Employee No.: [[ID_NUMBER:SN-21784]]
NOTICE TO ATTEND DISCIPLINARY HEARING
You are required to attend a disciplinary hearing on [[DATE_TIME:17 March 2025 at 09:00]] in the Boardroom, Block C. You may be represented by a fellow employee or shop steward. The chairperson will be [[PERSON:Ms. Lerato Mokoena]].
Signed: [[PERSON:Anton Bezuidenhout]], HR Business Partner""",
    # 073
    """HTTP/1.1 200 OK
Content-Type: application/json

{"eligibility":{"program":"WIC","status":"eligible","participant":{"name":"[[PERSON:Kiara Washington]]","dob":"[[DATE_TIME:2024-06-30]]","guardian":"[[PERSON:Monique Washington]]","wic_id":"[[ID_NUMBER:WIC-MD-0038841922]]"},"clinic_appt":"[[DATE_TIME:2025-03-19T13:15:00-04:00]]","address":{"line1":"[[ADDRESS:3315 Ellerslie Ave]]","city":"[[LOCATION:Baltimore]]","state":"[[LOCATION:MD]]","zip":"[[ZIP_CODE:21218]]"}}}""",
    # 074
    """[[PERSON:Thandiwe]] asked me to forward her new banking details to you. Account holder: [[PERSON:Thandiwe Dlamini-Sithole]], account [[ID_NUMBER:62841170352]], branch code 250655, ID [[ID_NUMBER:9307270414089]]. She is [[AGE:31]] and moving next month to [[ADDRESS:Unit 12, Sandown Mews, 88 Grayston Drive]], [[LOCATION:Sandton]] [[ZIP_CODE:2196]].""",
    # 075
    """AFFIDAVIT OF [[PERSON:NICHOLA ANN-MARIE GORDON]]
I, [[PERSON:NICHOLA ANN-MARIE GORDON]], of [[ADDRESS:56 Molynes Road]], [[LOCATION:Kingston 10]], in the parish of [[LOCATION:Saint Andrew]], Businesswoman, being duly sworn make oath and say:
1. That I was a Presiding Officer at Polling Station 3, Polling Division 11 in the constituency of [[LOCATION:St. Andrew West Central]] on Election Day.
2. That at about 3:15 p.m. a person presenting voter identification card no. [[ID_NUMBER:031-774-219]] in the name of [[PERSON:Leroy Stewart]] sought to vote, and I knew him not to be [[PERSON:Leroy Stewart]].
SWORN to at [[LOCATION:Kingston]] this [[DATE_TIME:24th day of February 2025]].""",
    # 076
    """[[IP_ADDRESS:41.215.133.20]] - [[USERNAME:wanjiku.m]] [12/Mar/2025:08:14:52 +0300] "GET /account/statements?acct=[[ID_NUMBER:0110293847]] HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Linux; Android 13; Infinix X6831)"
[[IP_ADDRESS:41.215.133.20]] - [[USERNAME:wanjiku.m]] [12/Mar/2025:08:15:10 +0300] "POST /account/profile HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Linux; Android 13; Infinix X6831)"
[[IP_ADDRESS:105.163.2.88]] - - [12/Mar/2025:08:15:44 +0300] "GET /robots.txt HTTP/1.1" 404 153 "-" "Googlebot/2.1" rt=0.002""",
    # 077
    """Enumerator note ([[LOCATION:Barbados]] PHC): respondent [[PERSON:Marva Greenidge]], [[AGE:83]], lives alone at [[ADDRESS:#2 Pile Bay Road]], [[LOCATION:St. Philip]] [[ZIP_CODE:BB18063]]; religion [[NRP:Anglican]]; receives the non-contributory old age pension; her nephew [[PERSON:Jason Greenidge]] ([[PHONE_NUMBER:246-262-4410]]) answered most questions for her.""",
    # 078
    """TO WHOM IT MAY CONCERN
This is to certify that [[PERSON:Ms. Rochelle Bisnath]], National ID [[ID_NUMBER:19900518062]], has been employed by this Company as a Claims Officer since [[DATE_TIME:September 4, 2017]]. Her current basic salary is TT$14,200.00 per month. [[PERSON:Ms. Bisnath]] resides at [[ADDRESS:112 Southern Main Road]], [[LOCATION:Marabella]].
This letter is issued at her request for the purpose of a mortgage application.
[[PERSON:Andrew Lum Kin]]
Human Resources Manager
[[DATE_TIME:21 January 2025]]""",
    # 079
    """mysql> SELECT id, full_name, nis_number, dob, benefit, monthly_amt FROM nis_claims WHERE parish='[[LOCATION:St. Lucy]]' LIMIT 2;
+------+----------------+-------------+------------+-----------------+-------------+
| id   | full_name      | nis_number  | dob        | benefit         | monthly_amt |
+------+----------------+-------------+------------+-----------------+-------------+
| 3301 | [[PERSON:Elvis Cadogan]]  | [[ID_NUMBER:470918-0057]] | [[DATE_TIME:1947-09-18]] | old age pension | 1180.00     |
| 3302 | [[PERSON:Ermine Cadogan]] | [[ID_NUMBER:500221-0301]] | [[DATE_TIME:1950-02-21]] | survivors       | 745.50      |
+------+----------------+-------------+------------+-----------------+-------------+""",
    # 080
    """[[PERSON:Rood-Mitchell Auguste]], enjenyè sistèm, ap travay nan biwo [[LOCATION:Dèlma]]; li konekte sou rezo a ak IP [[IP_ADDRESS:200.113.230.54]] epi adrès MAC 5C:CF:7F:22:9D:10. Kont labank li: [[ID_NUMBER:1100-0042-1183]] (Unibank). Li fèt [[DATE_TIME:30/06/1990]], li rete [[ADDRESS:Dèlma 75, Ri Sansaricq #4]], [[LOCATION:Petyonvil]]. Imèl: [[EMAIL_ADDRESS:rm.auguste@hotmail.com]].""",
    # 081
    """APPLICATION FOR ABSENTEE BALLOT - STATE OF [[LOCATION:OHIO]]
Name: [[PERSON:Mohamed Abdullahi Warsame]]
Date of birth: [[DATE_TIME:10/02/1988]]
Ohio driver's license no.: [[US_DRIVER_LICENSE:RK482917]]
Voting residence: [[ADDRESS:1447 Cleveland Ave]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43211]]
Mail ballot to: [[ADDRESS:PO Box 9044]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43209]]
Election: General, November 5, 2024
Phone: [[PHONE_NUMBER:614-397-2208]]   Email: [[EMAIL_ADDRESS:m.a.warsame@gmail.com]]
Signature: [[PERSON:Mohamed A. Warsame]]   Date: [[DATE_TIME:9/18/2024]]""",
    # 082
    """const fixtures = {
  guest: { name: '[[PERSON:Saoirse Kavanagh]]', ppsn: '[[ID_NUMBER:6381492H]]', phone: '[[PHONE_NUMBER:+353 86 019 4472]]' },
  booking: { ref: 'HTL-7Q2X9', checkIn: '[[DATE_TIME:2025-05-02]]', nights: 3, room: '214' },
  card: { pan: '[[CREDIT_CARD:375914087266317]]', exp: '08/26', cvc: '4402' },
  billing: { line1: '[[ADDRESS:Apt 6, 19 Harcourt Terrace]]', city: '[[LOCATION:Dublin 2]]', eircode: '[[ZIP_CODE:D02 WV60]]' },
};""",
    # 083
    """Reminder for [[PERSON:Delphine]]: the dental office flagged account [[USERNAME:delphine.okoro]] - her crown fitting moved to [[DATE_TIME:Fri Jun 6, 2025 @ 2:30pm]] and billing needs the policyholder's name ([[PERSON:Gus Papadakis]]) and number [[PHONE_NUMBER:(713) 641-0953]] plus the last 4 of his SSN (7781).""",
    # 084
    """STUDENT ADMISSION FORM - [[LOCATION:Nairobi]] Campus
Full name: [[PERSON:Brian Kiprotich Chebet]]
Admission No.: [[ID_NUMBER:BSC/CS/0412/2025]]
National ID/Birth Cert.: [[ID_NUMBER:33918274]]
Date of birth: [[DATE_TIME:14th May 2006]]
Postal address: [[ADDRESS:P.O. Box 1183]]-[[ZIP_CODE:30100]], [[LOCATION:Eldoret]]
Phone: [[PHONE_NUMBER:0712 448 309]]
Parent/Guardian: [[PERSON:Mrs. Agnes Chebet]], [[PHONE_NUMBER:0722 901 146]]
Reporting date: [[DATE_TIME:8 September 2025]]""",
    # 085
    """{"ts":"2024-10-28T14:02:11Z","svc":"voter-lookup","q":{"last":"[[PERSON:Nguyen]]","first":"[[PERSON:Thi Mai]]","dob":"[[DATE_TIME:1975-03-09]]","zip":"[[ZIP_CODE:77072]]"},"hit":{"vuid":"[[ID_NUMBER:1175504328]]","precinct":"0541","status":"V","polling_place":"Alief ISD Admin Bldg"},"client":"[[IP_ADDRESS:98.199.40.122]]"}""",
    # 086
    """Pls ship the replacement headset to [[PERSON:Abebe Girma]], [[ADDRESS:5021 Georgia Ave NW, Apt 301]], [[LOCATION:Washington]], [[LOCATION:DC]] [[ZIP_CODE:20011]]. He paid with [[CREDIT_CARD:6011 5540 2387 1197]] (exp 12/26, CVV 622). Customer since [[DATE_TIME:2019-04-11]], account [[ID_NUMBER:ACC-77104238]], tel [[PHONE_NUMBER:+1 202 291 4436]].""",
    # 087
    """WELFARE DEPARTMENT - HOME VISIT REPORT
Client: [[PERSON:Junior Alleyne]] (NRN [[ID_NUMBER:920805-0144]])   File: WD/SM/2291
Address: [[ADDRESS:Cave Hill Tenantry, House 14]], [[LOCATION:St. Michael]]
Visit: [[DATE_TIME:03 Mar 2025, 10:40]]
Household: client ([[AGE:32]]), partner [[PERSON:Kerry-Ann Phillips]] ([[AGE:28]]), two children under five.
Client unemployed since [[DATE_TIME:November 2024]]; partner receives NIS maternity benefit. Recommend rent assistance of BDS$600 for three months.
Officer: [[PERSON:S. Bovell]]""",
    # 088
    """JIRA SEC-1182: Leaked spreadsheet in public bucket
Reporter: [[PERSON:Hamid Farahani]] (@[[USERNAME:hfarahani]])
Description: s3://ops-exports-tmp/payroll_feb.xlsx was world-readable for ~6h. Sample row: "[[PERSON:Lucía Benavides]], [[IBAN_CODE:ES27 2100 0418 4102 0006 1992]], [[PHONE_NUMBER:+34 612 48 90 17]]". Access logs show downloads from [[IP_ADDRESS:185.220.101.47]] and [[IP_ADDRESS:45.133.1.92]].
Assignee: [[PERSON:Kirsten Ahlgren]]""",
    # 089
    """Hello [[PERSON:Shirley-Ann]], I'm the Regional Data Strategist verifying census responses in [[LOCATION:Manchester]] parish. Our file shows [[PERSON:Desmond Kerr]], born [[DATE_TIME:5 May 1939]], living at [[ADDRESS:Lot 5, Greenvale Road]], [[LOCATION:Mandeville]], with his granddaughter [[PERSON:Tishauna]], aged [[AGE:16]]. Is [[PHONE_NUMBER:876-625-1190]] still the best number for the household?""",
    # 090
    """INDIVIDUAL TAX RETURN 2024 - SUMMARY
Taxpayer: [[PERSON:Mei Ling Tan]]   TFN: [[ID_NUMBER:451 029 381]]
Date of birth: [[DATE_TIME:22/10/1982]]
Postal address: [[ADDRESS:PO Box 3317]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2124]]
Spouse: [[PERSON:Daniel Koh]]   Spouse DOB: [[DATE_TIME:07/01/1980]]
Bank for refund: BSB 062-118, account [[ID_NUMBER:1044 7298]]
Taxable income: $96,412   Medicare levy: $1,928.24
Lodged by tax agent [[PERSON:R. Sivaraman]] on [[DATE_TIME:29/08/2024]]""",
    # 091
    """<BallotTracking>
  <Voter id="[[ID_NUMBER:WA-004418273]]">
    <Name>[[PERSON:Kalani Akana]]</Name>
    <County>[[LOCATION:King]]</County>
    <MailingAddress>[[ADDRESS:8810 Rainier Ave S, Unit 204]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98118]]</MailingAddress>
    <BallotSent>[[DATE_TIME:2024-10-16]]</BallotSent>
    <BallotReceived>[[DATE_TIME:2024-10-29]]</BallotReceived>
    <SignatureStatus>CURED</SignatureStatus>
    <Phone>[[PHONE_NUMBER:206-722-9041]]</Phone>
  </Voter>
</BallotTracking>""",
    # 092
    """Hi, [[PERSON:Lorenzo Capozzi]] here ([[NRP:Italian]], [[AGE:44]]); I'm the Dynamic Branding Liaison and my password reset isn't working. Username [[USERNAME:lcapozzi_81]], phone [[PHONE_NUMBER:+39 347 218 5530]], last login [[DATE_TIME:2025-02-27 07:58]] from [[IP_ADDRESS:93.47.212.6]]. Please ship the hardware token to [[ADDRESS:Via Dante Alighieri 112]], [[ZIP_CODE:70121]] [[LOCATION:Bari]].""",
    # 093
    """ELECTIONS AND BOUNDARIES COMMISSION
CLAIM FOR TRANSFER OF REGISTRATION (FORM 3)
Surname: [[PERSON:GONZALES]]   Given names: [[PERSON:Krystal Marie]]
Date of birth: [[DATE_TIME:16/04/1999]]   ID Card No.: [[ID_NUMBER:19990416078]]
Previous address: [[ADDRESS:12 Mango Lane]], [[LOCATION:Diego Martin]]
New address: [[ADDRESS:Apt 5, 41 Henry Street]], [[LOCATION:Port of Spain]]
Date of change of residence: [[DATE_TIME:02/11/2024]]
Occupation: Teacher
Telephone: [[PHONE_NUMBER:(868) 496-2210]]
Registration Officer: [[PERSON:P. Ali]]   Received: [[DATE_TIME:14/01/2025]]""",
    # 094
    """Traceback (most recent call last):
  File "/srv/app/billing/charge.py", line 88, in charge
    gateway.capture(order.total, card)
PaymentError: declined for Card(holder='[[PERSON:OLUMIDE FASHOLA]]', number='[[CREDIT_CARD:5577003148291061]]', exp='04/27', zip='[[ZIP_CODE:60616]]', email='[[EMAIL_ADDRESS:ofashola@uic.edu]]')""",
    # 095
    """Dear [[PERSON:Mr. Pierre Lubin]], your TPS re-registration (Form I-821) was received on [[DATE_TIME:March 10, 2025]]. Alien Registration Number [[ID_NUMBER:A-214-773-908]]; biometrics appointment: [[DATE_TIME:April 2, 2025 at 8:00 AM]] at the Application Support Center in [[LOCATION:Doral]], [[LOCATION:FL]]. Bring your Haitian passport [[ID_NUMBER:RD2184773]] and this notice.""",
    # 096
    """WORKPLACE INCIDENT REPORT (Form 7 attachment)
Worker: [[PERSON:Amandeep Gill]]   SIN: [[ID_NUMBER:193 406 279]]   DOB: [[DATE_TIME:1986-07-12]]
Home: [[ADDRESS:48 Cottrelle Blvd]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6S 0E1]]
Date/time of incident: [[DATE_TIME:2025-02-19 06:20]]
Description: Worker slipped on ice at loading dock 3 and fractured left wrist. First aid by [[PERSON:Jacqueline Tremblay]]; taken to Brampton Civic Hospital by ambulance.
Supervisor: [[PERSON:Mark Oduya]]   Cell: [[PHONE_NUMBER:905-791-3320]]""",
    # 097
    """<soap:Body>
  <GetContributionHistoryResponse>
    <Contributor>
      <NISNumber>[[ID_NUMBER:C 418 227]]</NISNumber>
      <TRN>[[ID_NUMBER:131-902-448]]</TRN>
      <Name>[[PERSON:Hopeton Wint]]</Name>
      <DOB>[[DATE_TIME:1963-10-27]]</DOB>
      <Employer>Jamaica Producers Group</Employer>
      <WeeksPaid>1642</WeeksPaid>
      <PensionEligibleFrom>[[DATE_TIME:2028-10-27]]</PensionEligibleFrom>
    </Contributor>
  </GetContributionHistoryResponse>
</soap:Body>""",
    # 098
    """Attn: [[PERSON:Ms. Aigerim Sadykova]], Forward Accountability Coordinator - your reimbursement to [[IBAN_CODE:IE71 AIBK 9312 0847 1903 52]] (BIC AIBKIE2D) has been processed. Travel: [[LOCATION:Almaty]] to [[LOCATION:Dublin]], [[DATE_TIME:3-7 March 2025]]. Receipts uploaded from [[IP_ADDRESS:95.56.233.180]]; MAC 70:85:C2:4E:19:AB.""",
    # 099
    """NOTICE OF CHANGE OF POLLING PLACE
[[PERSON:ABIGAIL R. HUTCHINSON]]
[[ADDRESS:1120 W 9TH ST APT 2]]
[[LOCATION:AUSTIN]] [[LOCATION:TX]] [[ZIP_CODE:78703-4419]]
VUID: [[ID_NUMBER:1049972216]]   Precinct: 349
Your Election Day polling place has changed to: Westlake Hills Presbyterian Church. Early voting locations are listed at votetravis.gov. Questions? Call the County Clerk's office at 512-238-8683.""",
    # 100
    """### Claims and Objections - change of address
- **Name:** [[PERSON:Devika Persaud-Khan]]
- **ID card:** [[ID_NUMBER:071822491]]
- **DOB:** [[DATE_TIME:1994-12-08]]
- **Address:** [[ADDRESS:Lot 62 Section B]], [[LOCATION:Non Pariel]], [[LOCATION:East Coast Demerara]]
- **Phone:** [[PHONE_NUMBER:+592 627 4410]]
- **Claim type:** transfer within [[LOCATION:Region 4]]
- **Date of claim:** [[DATE_TIME:18 Nov 2024]]""",
]

GEN = [
    # 001
    """[[PERSON:Tanisha Blake]] moved from [[LOCATION:Spanish Town]] to [[ADDRESS:18 Constant Spring Road]], [[LOCATION:Kingston 10]] last month and needs to update her voter registration before the next enumeration cycle; her elector number is [[ID_NUMBER:048-221-907]].""",
    # 002
    """my grandmother [[PERSON:ivy mcfarlane]] is [[AGE:94]] and still insists on walking to the polling station at Bethel Baptist herself, so please don't send the mobile unit to [[ADDRESS:7 russell heights]] unless she calls [[PHONE_NUMBER:876 977 4418]] first.""",
    # 003
    """The caseworker confirmed that [[PERSON:Marcus Delacroix]]'s SNAP benefits will resume on [[DATE_TIME:April 1st]], once he submits a pay stub and proof of rent for his apartment at [[ADDRESS:2207 Orleans Ave]].""",
    # 004
    """When I registered to vote in [[LOCATION:Bridgetown]] on [[DATE_TIME:9 March 2021]], the clerk typed one digit of my national registration number wrong, and I have been trying to fix it ever since. The correct number is [[ID_NUMBER:960411-0275]]. - [[PERSON:Shakira Brathwaite]]""",
    # 005
    """[[PERSON:Ketly Baptiste]] gen [[AGE:67]] an, li rete [[LOCATION:Jakmèl]], e li resevwa yon ti lajan chak mwa nan pwogram sosyal pou moun aje yo; nimewo telefòn pitit gason li se [[PHONE_NUMBER:+509 3644 0912]].""",
    # 006
    """Dear [[PERSON:Dr. Anand]], I'm writing on behalf of my father, [[PERSON:Suresh Pillai]], DOB [[DATE_TIME:12/03/1948]], NHS number [[ID_NUMBER:613 094 7828]], who missed his appointment on [[DATE_TIME:Tuesday 4 March]] because the letter went to our old address.""",
    # 007
    """Please update the census record for the household at [[ADDRESS:44 Nelson Street]], [[LOCATION:Port of Spain]]: [[PERSON:Gemma Charles]] ([[AGE:38]]) is now head of household after her husband [[PERSON:Clint]] passed away on [[DATE_TIME:12 December 2024]].""",
    # 008
    """After [[PERSON:Olumide]] was made redundant in January, HR agreed his severance and told him the first instalment would land on [[DATE_TIME:28 February]] in the account ending 0921.""",
    # 009
    """Hi, this is [[PERSON:Renata Kowalczyk]] calling from [[PHONE_NUMBER:0412 883 106]] - I'd like to change the delivery address on my order to [[ADDRESS:14/2 Addison Road]], [[LOCATION:Manly]] [[ZIP_CODE:2095]].""",
    # 010
    """Our new tenant, [[PERSON:Jermaine O'Connor-Lewis]], [[AGE:26]], starts his lease on the [[DATE_TIME:1st of May]] and has already paid the deposit by card ([[CREDIT_CARD:4539 1488 0343 6772]]).""",
    # 011
    """The voter list for [[LOCATION:St. George North]] still shows [[PERSON:Winston Holder]] at [[ADDRESS:Lot 4 Redland Road]] even though he emigrated to [[LOCATION:Toronto]] years ago, and his sister [[PERSON:Paulette]] wants him removed.""",
    # 012
    """[[PERSON:ayesha]] said she'd email the signed consent form from [[EMAIL_ADDRESS:ayesha.rahman.uk@gmail.com]] before her daughter's school trip on [[DATE_TIME:14 May]].""",
    # 013
    """Mwen rele [[PERSON:Jean-Ronald Polynice]], mwen fèt [[DATE_TIME:25 desanm 1990]] nan [[LOCATION:Okay]], e mwen vle konnen ki kote biwo vòt mwen ye pou pwochen eleksyon yo; kat elektoral mwen gen nimewo [[ID_NUMBER:1003718452]].""",
    # 014
    """The pharmacy at Liguanea called [[PERSON:Mrs. Campbell]] on [[PHONE_NUMBER:876-927-3314]] to say her insulin refill was ready, but the NHF card number on file, [[ID_NUMBER:0127 4411 903]], had expired.""",
    # 015
    """[[PERSON:Kofi Mensah-Bonsu]] was born on [[DATE_TIME:2 June 1979]] in [[LOCATION:Kumasi]], moved to [[LOCATION:London]] at [[AGE:19]], and now lives at [[ADDRESS:67 Peckham Park Road]], [[ZIP_CODE:SE15 6TR]].""",
    # 016
    """Can someone check on my neighbour [[PERSON:Mr. Ramlogan]]? He's [[AGE:79]], lives alone at [[ADDRESS:LP 23 Guaico Trace]], [[LOCATION:Sangre Grande]], and his old-age pension hasn't come for two months.""",
    # 017
    """I'm [[PERSON:Priti]] and my husband's passport number is [[ID_NUMBER:Z4417823]] - can you add him to our booking for [[DATE_TIME:June 12]]?""",
    # 018
    """Congratulations to [[PERSON:Chukwuemeka Obi]] of [[LOCATION:Enugu]], who turned [[AGE:100]] on [[DATE_TIME:Sunday, 9 February 2025]] and says he has not missed a single election since independence!""",
    # 019
    """hey it's [[PERSON:marlon]], my new number is [[PHONE_NUMBER:868 781 2290]] and i moved to [[ADDRESS:15 Siparia Road]], [[LOCATION:Penal]], so update the church list pls""",
    # 020
    """The scholarship committee approved [[PERSON:Zara Abdi]]'s application, and the award will be paid into her student account [[ID_NUMBER:S2208417]] before the fall term begins.""",
    # 021
    """According to the census return, [[PERSON:Nadia Lalla]], [[AGE:45]], of [[ADDRESS:9 Coconut Drive]], [[LOCATION:Couva]], reported three people in her household and listed her religion as [[NRP:Presbyterian]].""",
    # 022
    """Please refund [[PERSON:Hamza Qureshi]] the £42.60 to the card he used ([[CREDIT_CARD:4716 2290 5583 1640]]); he can be reached at [[EMAIL_ADDRESS:hamzaq@btinternet.com]].""",
    # 023
    """Last Tuesday [[PERSON:Dr. Folasade Adewale]] examined little [[PERSON:Tobi Adeyemi]], who is [[AGE:3]], and booked his follow-up for [[DATE_TIME:25 March 2025 at 11:15]].""",
    # 024
    """Ofisye resansman an, [[PERSON:Guerline Saint-Vil]], te pase lakay nou nan [[ADDRESS:Ri Kapwa #88]] e li ekri ke nou sis moun nan kay la; mwen menm, [[PERSON:Josué Célestin]], mwen gen [[AGE:41]] an.""",
    # 025
    """I'm [[PERSON:Laila Haddad]]'s attorney; please direct all correspondence about her immigration hearing on [[DATE_TIME:May 6, 2025, 9:00 a.m.]] to me, not to her home at [[ADDRESS:3408 W Lawrence Ave]].""",
    # 026
    """The county clerk mailed [[PERSON:Dolores Whitehorse]] a new voter card after she changed her name from [[PERSON:Dolores Begay]] when she married on [[DATE_TIME:August 3, 2024]].""",
    # 027
    """My son [[PERSON:Rishi]] is [[AGE:15]] and needs an Aadhaar update because his photo is outdated; his number is [[ID_NUMBER:7391 8264 0315]] and we live in [[LOCATION:Pune]].""",
    # 028
    """[[PERSON:Ewa]] and [[PERSON:Piotr Nowicki]] from [[ADDRESS:22 Ballymun Road]], [[LOCATION:Dublin 9]] won the raffle; we'll ring them at [[PHONE_NUMBER:01 836 4412]] tomorrow.""",
    # 029
    """[[TITLE:Miss]] [[PERSON:Hortense]] at the post office said the PATH cheque for [[PERSON:Kadian Lawrence]] was returned because her address, [[ADDRESS:Lot 14 Top Hill District]], is spelled differently on her TRN record ([[ID_NUMBER:116-408-327]]).""",
    # 030
    """The hotel has [[PERSON:Oluwadamilare Oyelaran]] and [[PERSON:Folake Oyelaran]] checking in on [[DATE_TIME:Friday the 18th]] for two nights, paid with the card ending 3307.""",
    # 031
    """I've been with the company since [[DATE_TIME:June 2016]], my staff ID is [[ID_NUMBER:HR-10477]], and my manager [[PERSON:Gail Pemberton]] approved my leave from [[DATE_TIME:22 to 29 July]].""",
    # 032
    """[[PERSON:Darnell Robinson]], a first-time voter who turned [[AGE:18]] on [[DATE_TIME:October 30]], was turned away at his polling place in [[LOCATION:Milwaukee]] because his registration at [[ADDRESS:2915 N 38th St]] hadn't been processed.""",
    # 033
    """Message from [[PERSON:grace o'donnell]]: my card got swallowed by the atm, the number was [[CREDIT_CARD:4485 6120 9937 2417]], please cancel it asap. She called from [[PHONE_NUMBER:087 442 1905]].""",
    # 034
    """[[PERSON:Mackenson]] te rele m nan [[PHONE_NUMBER:3412-8806]] pou l di m ke manman l, [[TITLE:Madan]] [[PERSON:Lamercie Joseph]], tonbe malad e li entène nan lopital Sen Nikola nan [[LOCATION:Sen Mak]] depi [[DATE_TIME:lendi 3 mas]].""",
    # 035
    """Following the meeting on [[DATE_TIME:11 February]], the school agreed that [[PERSON:Kayla Mitchell]]'s twins keep their bursary, with any refunds paid into [[PERSON:Kayla]]'s Postbank account [[ID_NUMBER:1034 2201 8823]].""",
    # 036
    """Election officials in [[LOCATION:Maricopa County]] contacted [[PERSON:Luis Armendáriz]] at [[EMAIL_ADDRESS:luis.armendariz62@gmail.com]] to cure the signature on his early ballot before the deadline.""",
    # 037
    """The courier left the parcel with [[PERSON:Mrs Thompson]] next door at [[ADDRESS:12 Ravenscroft Avenue]], [[LOCATION:Wolverhampton]], because [[PERSON:Devon Clarke]] wasn't home.""",
    # 038
    """[[PERSON:Siddharth]]'s new SIN is [[ID_NUMBER:914 283 510]] now that his work permit has come through; please update payroll before his start date, [[DATE_TIME:March 17]].""",
    # 039
    """[[PERSON:Alicia Fernandes]], presiding officer in [[LOCATION:Diego Martin West]], reported that an elector named [[PERSON:Ronald Beharry]] presented an expired ID card, number [[ID_NUMBER:19580722105]], and was allowed to vote after swearing a declaration.""",
    # 040
    """my sister [[PERSON:Chanel]] (she's [[AGE:22]]) is looking for a room near Cave Hill campus, her number is [[PHONE_NUMBER:1 246 251 7714]] if anyone has something""",
    # 041
    """The claim for water damage at [[ADDRESS:Unit 3, 118 Ridge Road]], [[LOCATION:Toowong]], was lodged by [[PERSON:Harrison Whitlock]] on [[DATE_TIME:2 January 2025]], and the assessor, [[PERSON:Leanne Vo]], will inspect on [[DATE_TIME:Monday 13 January at 1:30pm]].""",
    # 042
    """Si w bezwen kontakte [[TITLE:Pastè]] [[PERSON:Wesner Désir]] pou batèm nan, imèl li se [[EMAIL_ADDRESS:wdesir.egliz@gmail.com]] e li rete [[ADDRESS:1502 Nostrand Ave, Apt 3R]], [[LOCATION:Brooklyn]].""",
    # 043
    """According to her discharge papers, [[PERSON:Yolanda Ruiz-Meléndez]] (MRN [[ID_NUMBER:4471029]]) was admitted on [[DATE_TIME:02/27/2025]] and is [[AGE:54]] years old.""",
    # 044
    """The bank says [[PERSON:Terrence]] can't open his savings account until his [[LOCATION:Eastern Cape]] address, [[ADDRESS:415 Ntsikana Street]], [[LOCATION:Mdantsane]], matches the one linked to his ID, [[ID_NUMBER:7601155819087]].""",
    # 045
    """[[PERSON:jamal]] forgot his password again - his username is [[USERNAME:jamal_the_great07]] and the reset link should go to [[EMAIL_ADDRESS:jamal.khoury@live.com]], not his work email.""",
    # 046
    """We celebrated [[PERSON:Nana Ama]]'s [[AGE:80]]th birthday on [[DATE_TIME:15 March]] at her house on [[ADDRESS:3 Ring Road East]], [[LOCATION:Osu]], [[LOCATION:Accra]].""",
    # 047
    """Before the by-election, the registrar wrote to [[PERSON:Mr. Henry Lindo]] at [[ADDRESS:16 Hagley Park Road]] saying his voter ID ([[ID_NUMBER:071-338-412]]) had been cancelled by mistake, and asked him to visit the office with his TRN.""",
    # 048
    """[[PERSON:Fatima Zahra El Amrani]]'s residence permit expires on [[DATE_TIME:30/09/2025]], so HR booked her renewal appointment for [[DATE_TIME:2 July at 10:00]].""",
    # 049
    """The gym member [[PERSON:Kwabena Asante]], ID [[ID_NUMBER:GYM-55017]], froze his membership from [[DATE_TIME:1 to 31 August]] and asked us to call [[PHONE_NUMBER:07956 332 118]] if anything changes.""",
    # 050
    """Depi [[DATE_TIME:janvye 2024]], [[PERSON:Rose-Merline Thélusma]] ap resevwa èd lojman nan [[LOCATION:Boston]]; si travayè sosyal la bezwen li, li ka rele l nan [[PHONE_NUMBER:857-244-0193]].""",
    # 051
    """In her statement, [[PERSON:Chloe Baptiste]] said she saw the car, registration [[ID_NUMBER:PCR 4418]], leave the car park on [[DATE_TIME:Saturday 22 February around 11pm]].""",
    # 052
    """[[PERSON:Imani Okonjo]], aged [[AGE:24]], referees under-12 matches on weekends and asked that her fee be sent by Interac to [[EMAIL_ADDRESS:imani.okonjo@gmail.com]].""",
    # 053
    """Reminder: [[TITLE:Deacon]] [[PERSON:Lennox Gittens]] turns [[AGE:70]] on [[DATE_TIME:April 4]]; cards can be dropped at his home, [[ADDRESS:#9 Welches Terrace]], [[LOCATION:St. Thomas]].""",
    # 054
    """The new patient form lists [[PERSON:Arjun Mehta]], born [[DATE_TIME:1 Sep 2018]], birth certificate no. [[ID_NUMBER:T1834229J]], with his mother [[PERSON:Kavya]] as guardian and a contact number of [[PHONE_NUMBER:+65 9123 4476]].""",
    # 055
    """[[PERSON:Bhola Ramkissoon]] refused to tell the census taker his income but happily gave his age ([[AGE:58]]), his wife's name ([[PERSON:Savitri]]) and his mobile, [[PHONE_NUMBER:868-753-0044]].""",
    # 056
    """I, [[PERSON:Tomás Ó Briain]], authorise [[PERSON:Niamh Walsh]] to collect my prescription from the pharmacy on [[DATE_TIME:Friday 14th]]; my PPS number is [[ID_NUMBER:2749015RA]].""",
    # 057
    """Sorry for the delay - [[PERSON:Mei]] only sent me her new address this morning: [[ADDRESS:Block 212, #08-114, Tampines Street 23]], [[LOCATION:Singapore]] [[ZIP_CODE:520212]].""",
    # 058
    """Thanks to the volunteers, [[PERSON:Earl Brathwaite]], who is [[AGE:88]] and blind, was able to vote at home in [[LOCATION:St. Lucy]] under the special voting provisions, with his daughter [[PERSON:Marcia]] as witness.""",
    # 059
    """[[PERSON:Yusra]]'s landlord, [[PERSON:Mr. Goldstein]], has agreed to let her pay the March rent on [[DATE_TIME:March 15]] instead of the first.""",
    # 060
    """Lapolis [[LOCATION:Kafou]] ap chèche [[PERSON:Junior Louis-Jeune]], yon jenn gason [[AGE:17]] an ki disparèt depi [[DATE_TIME:samdi 8 fevriye]]; si w wè l, rele fanmi an nan [[PHONE_NUMBER:+509 4871-2209]].""",
    # 061
    """Please note that [[PERSON:Ms. Zodwa Khumalo]] will sign the lease in person on [[DATE_TIME:27 March]] and will pay the deposit from her account [[ID_NUMBER:4077 1102 38]].""",
    # 062
    """[[PERSON:Andre Samuels]] of [[LOCATION:Linstead]] signed up both his children, [[PERSON:Andrea]] and [[PERSON:Andrew]], for the summer swim programme; they are [[AGE:9]] and [[AGE:12]].""",
    # 063
    """For the visa interview, [[PERSON:Nguyen Van Long]] needs to bring his passport [[ID_NUMBER:C4829103]], six months of bank statements, and the invitation from his cousin [[PERSON:Linh Tran]] of [[ADDRESS:1744 Kingsway]], [[LOCATION:Vancouver]].""",
    # 064
    """this is [[PERSON:shanice]] from [[LOCATION:mandeville]], i need the nurse to call me back on [[PHONE_NUMBER:8763821140]] about my mother's pressure tablets""",
    # 065
    """[[PERSON:Marguerite Toussaint]] registered as a [[NRP:Democrat]] in [[LOCATION:Broward County]] on [[DATE_TIME:July 14, 2008]], a few weeks after becoming a citizen.""",
    # 066
    """The wedding planner needs [[PERSON:Aisling]] and [[PERSON:Cormac]]'s guest list by the end of the month; their shared email is [[EMAIL_ADDRESS:aislingandcormac2025@gmail.com]].""",
    # 067
    """Hi [[PERSON:Mr. Okafor]], your appointment with the housing officer has moved to [[DATE_TIME:Wednesday 19 March 2025, 3:45 pm]]; please bring proof of address for [[ADDRESS:Flat 14, Brunel Court]].""",
    # 068
    """The enumerator marked [[PERSON:Claudette Reid]]'s house at [[ADDRESS:22 Old Hope Road]] as vacant, though she has lived there since [[DATE_TIME:October 1998]] with her brother [[PERSON:Neville]].""",
    # 069
    """[[PERSON:Tariq Al-Mansouri]], a [[NRP:Jordanian]] national, was held at the border on [[DATE_TIME:January 9]] because his passport number, [[ID_NUMBER:N0983315]], matched an old watchlist entry.""",
    # 070
    """Pitit fi m nan, [[PERSON:Widline]], fèt [[DATE_TIME:12 jen 2012]], e nou bezwen yon kopi ekstrè akt nesans li pou nou ka enskri l nan yon lekòl nan [[LOCATION:Pòtoprens]].""",
    # 071
    """[[PERSON:Kemar]]'s football coach, [[PERSON:Mr. Dixon]], needs every player's date of birth; [[PERSON:Kemar]] was born on [[DATE_TIME:19/03/2011]] and his guardian's number is [[PHONE_NUMBER:876-861-2207]].""",
    # 072
    """Because of the boundary review, [[PERSON:Sharon Tulloch]] at [[ADDRESS:31 Coral Gardens Road]] now votes in [[LOCATION:St. James Central]] rather than [[LOCATION:St. James West Central]], even though she hasn't moved in thirty years.""",
    # 073
    """[[PERSON:Mr. Bello]]'s bank asked him to confirm his BVN, [[ID_NUMBER:22417790355]], after a login from an unfamiliar device at [[IP_ADDRESS:102.89.34.151]].""",
    # 074
    """Our records show the prescription for [[PERSON:Ana Lúcia Ferreira]], [[AGE:62]], was picked up on [[DATE_TIME:3/12]] by someone who signed as [[PERSON:A. Ferreira]].""",
    # 075
    """Her health insurer notified [[PERSON:Brenda Two Bulls]] that her policy renewal, member ID [[ID_NUMBER:SD44180327]], was due by [[DATE_TIME:May 31]] or her coverage would lapse.""",
    # 076
    """I need to transfer the car from my late father, [[PERSON:Hubert Maingot]], to myself; the plate is [[ID_NUMBER:PBV 2271]] and the transfer appointment is [[DATE_TIME:Monday 28 April, 9am]] at the licensing office in [[LOCATION:Caroni]].""",
    # 077
    """[[PERSON:Dieunie]] ak [[PERSON:Samuel Jean-Louis]] marye [[DATE_TIME:14 fevriye 2019]] nan [[LOCATION:Akayè]], e kounye a yo rete nan [[ADDRESS:19, Rue Pétion]], [[LOCATION:Okap]].""",
    # 078
    """[[PERSON:Thabo]]'s mum asked whether the school could use her email, [[EMAIL_ADDRESS:nomsa.mokoena@webmail.co.za]], instead of his father's for report cards.""",
    # 079
    """A poll worker in [[LOCATION:Clark County]] mistakenly gave [[PERSON:Rosalind Pham]] the ballot for precinct 6221 instead of 6218, so she cast a provisional ballot on [[DATE_TIME:November 5, 2024, at 4:40 p.m.]]""",
    # 080
    """[[PERSON:Kenji Watanabe]], [[AGE:37]], from [[LOCATION:Osaka]], booked the studio at [[ADDRESS:88 Dalston Lane]] for [[DATE_TIME:8-12 June]] and paid with [[CREDIT_CARD:3566 0020 2036 0489]].""",
    # 081
    """If you need anything while I'm away, call my brother [[PERSON:Gavin]] on [[PHONE_NUMBER:+1 (246) 266-3109]] or email me at [[EMAIL_ADDRESS:natalie.boyce@gmail.com]]. - [[PERSON:Natalie]]""",
    # 082
    """Election day observer [[PERSON:Yvonne Ng-Chung]] photographed the ballot box seals at a station in [[LOCATION:Arouca/Lopinot]] and uploaded them from the account [[USERNAME:yvonnengchung]] on the observer app.""",
    # 083
    """Per the probate file, [[PERSON:Arthur Pennington]] died on [[DATE_TIME:11 November 2024]] aged [[AGE:91]], leaving the house at [[ADDRESS:6 Rosemary Lane]], [[LOCATION:Kidlington]], to his niece [[PERSON:Helen Cartwright]].""",
    # 084
    """Travayè sosyal la di [[TITLE:Madanm]] [[PERSON:Altagrâce Féquière]] ke li dwe pote kat Medicare li ([[ID_NUMBER:5TW3-KR8-MA17]]) ak kat Medicaid li lè l vin nan randevou [[DATE_TIME:jedi 10 avril]].""",
    # 085
    """[[PERSON:Hannah Goldberg]] (DOB [[DATE_TIME:09-04-1995]], member no. [[ID_NUMBER:BUPA 8812 4407]]) called to ask why her physio claim was declined.""",
    # 086
    """Can you let [[PERSON:Keisha]] know that her package, tracking 1Z 999 AA1 01 2345 6784, was left at [[ADDRESS:1402 Church Ave]], [[LOCATION:Brooklyn]], instead of her new place?""",
    # 087
    """Under the new regulations, [[PERSON:Veronica Small]], a [[AGE:67]]-year-old retired nurse from [[LOCATION:Christ Church]], will receive her non-contributory pension by direct deposit starting [[DATE_TIME:1 July 2025]].""",
    # 088
    """The intake nurse wrote down [[PERSON:Li Wei]]'s phone as [[PHONE_NUMBER:(604) 873-0198]] and his allergy as penicillin; he is [[AGE:48]].""",
    # 089
    """Nan eleksyon 2016 yo, [[PERSON:Franckel Pierre]], ki se manm [[NRP:Fanmi Lavalas]], te obsèvatè nan yon biwo vòt nan [[LOCATION:Lestè]]; nimewo CIN li se [[ID_NUMBER:05-02-99-1980-07-00131]].""",
    # 090
    """Thanks for the lovely dinner, [[PERSON:Rahul]] and [[PERSON:Sunita]]! Send me a photo of the kids - my new number is [[PHONE_NUMBER:+91 99206 48813]]. Love, Aunty [[PERSON:Meera]]""",
]

TABLE = [
    # 001
    """elector_no,surname,given_names,address,pd,dob
[[ID_NUMBER:041-227-118]],[[PERSON:Campbell]],[[PERSON:Orville Anthony]],[[ADDRESS:12 Red Hills Road]],KSA-03-12,[[DATE_TIME:1972-05-14]]
[[ID_NUMBER:041-227-119]],[[PERSON:Campbell]],[[PERSON:Jacqueline]],[[ADDRESS:12 Red Hills Road]],KSA-03-12,[[DATE_TIME:1975-10-02]]
[[ID_NUMBER:041-227-164]],[[PERSON:Ffrench]],[[PERSON:Dwight]],[[ADDRESS:3 Wellington Drive]],KSA-03-12,[[DATE_TIME:1990-01-29]]
[[ID_NUMBER:041-228-007]],[[PERSON:Mahfood]],[[PERSON:Celia R.]],[[ADDRESS:Apt 2, 18 Wellington Drive]],KSA-03-13,[[DATE_TIME:1961-07-08]]""",
    # 002
    "emp_id\tname\tssn\tdept\thire_date\tannual_salary\n"
    "[[ID_NUMBER:10442]]\t[[PERSON:Brianna Okoye]]\t[[US_SSN:412-66-0937]]\tFinance\t[[DATE_TIME:2019-03-11]]\t78500\n"
    "[[ID_NUMBER:10457]]\t[[PERSON:Héctor Villanueva]]\t[[US_SSN:602-18-4471]]\tWarehouse\t[[DATE_TIME:2020-08-24]]\t46200\n"
    "[[ID_NUMBER:10503]]\t[[PERSON:Daniel Kim]]\t[[US_SSN:330-49-2815]]\tIT\t[[DATE_TIME:2022-01-03]]\t102000\n"
    "[[ID_NUMBER:10511]]\t[[PERSON:Patrice Lumumba-Hill]]\t[[US_SSN:219-07-6634]]\tLegal\t[[DATE_TIME:2023-06-19]]\t131750",
    # 003
    """| Line | Name | Relationship to head | Sex | Age | Religion | Place of birth |
|---|---|---|---|---|---|---|
| 1 | [[PERSON:Ricardo Belgrave]] | Head | M | [[AGE:46]] | [[NRP:Methodist]] | [[LOCATION:St. Joseph]] |
| 2 | [[PERSON:Simone Belgrave]] | Spouse | F | [[AGE:43]] | [[NRP:Methodist]] | [[LOCATION:Guyana]] |
| 3 | [[PERSON:Jaden Belgrave]] | Son | M | [[AGE:14]] | [[NRP:Methodist]] | [[LOCATION:St. Michael]] |
| 4 | [[PERSON:Ena Belgrave]] | Mother | F | [[AGE:79]] | [[NRP:Moravian]] | [[LOCATION:St. Joseph]] |""",
    # 004
    """NAME                  NATIONAL ID   PROGRAMME            AMOUNT   PAY DATE
[[PERSON:Ramdass, Sookdeo]]      [[ID_NUMBER:19490611032]]   Senior Pension       3500.00  [[DATE_TIME:2025-03-28]]
[[PERSON:Mitchell, Annette]]     [[ID_NUMBER:19820304117]]   Public Assistance    1300.00  [[DATE_TIME:2025-03-28]]
[[PERSON:Noel, Curtis]]          [[ID_NUMBER:19560923048]]   Senior Pension       3500.00  [[DATE_TIME:2025-03-28]]
[[PERSON:Khan, Rabia]]           [[ID_NUMBER:19951130201]]   Disability Grant     2000.00  [[DATE_TIME:2025-03-31]]""",
    # 005
    """{"customer_no": "[[ID_NUMBER:C-000731]]", "name": "[[PERSON:Aled Pritchard]]", "email": "[[EMAIL_ADDRESS:aled.pritchard@btinternet.com]]", "postcode": "[[ZIP_CODE:CF14 3LX]]", "tier": "gold"}
{"customer_no": "[[ID_NUMBER:C-000744]]", "name": "[[PERSON:Shabnam Akhtar]]", "email": "[[EMAIL_ADDRESS:shabnam.akhtar88@gmail.com]]", "postcode": "[[ZIP_CODE:B11 1QJ]]", "tier": "silver"}
{"customer_no": "[[ID_NUMBER:C-000802]]", "name": "[[PERSON:Callum McAteer]]", "email": "[[EMAIL_ADDRESS:callum.mcateer@outlook.com]]", "postcode": "[[ZIP_CODE:G41 2PE]]", "tier": "bronze"}""",
    # 006
    """speakers:
  - name: [[PERSON:Dr. Adaeze Uchenna]]
    talk: "Fraud patterns in mobile money"
    email: [[EMAIL_ADDRESS:adaeze.uchenna@gmail.com]]
    phone: "[[PHONE_NUMBER:+234 809 551 2034]]"
    nationality: [[NRP:Nigerian]]
  - name: [[PERSON:Marcus Ellington-Shaw]]
    talk: "Open data and the census"
    email: [[EMAIL_ADDRESS:m.ellingtonshaw@proton.me]]
    phone: "[[PHONE_NUMBER:+1 246 233 0918]]"
    nationality: [[NRP:Barbadian]]
  - name: [[PERSON:Priscila Andrade]]
    talk: "Consent UX"
    email: [[EMAIL_ADDRESS:pri.andrade@uol.com.br]]
    phone: "[[PHONE_NUMBER:+55 11 98123 4470]]"
    nationality: [[NRP:Brazilian]]""",
    # 007
    """Triage No: A-114
Patient: [[PERSON:Deon Mattis]]
Age: [[AGE:34]]
Contact: [[PHONE_NUMBER:876-314-2290]]
Complaint: laceration, left hand
Priority: 3

Triage No: A-115
Patient: [[PERSON:Myrtle Shaw]]
Age: [[AGE:81]]
Contact: [[PHONE_NUMBER:876-927-5561]] (son [[PERSON:Clive]])
Complaint: chest pain
Priority: 1

Triage No: A-116
Patient: [[PERSON:Tyra Powell]]
Age: [[AGE:2]]
Contact: [[PHONE_NUMBER:876-455-0876]] (mother [[PERSON:Tashana Powell]])
Complaint: fever 39.4
Priority: 2""",
    # 008
    """non,laj,komin,telefòn,montan_goud,dat_peman
[[PERSON:Louisiane Jean]],[[AGE:72]],[[LOCATION:Tigwav]],[[PHONE_NUMBER:3781-2265]],4000,[[DATE_TIME:2024-11-15]]
[[PERSON:Dieuseul Fleurimond]],[[AGE:66]],[[LOCATION:Tigwav]],[[PHONE_NUMBER:4609-1132]],4000,[[DATE_TIME:2024-11-15]]
[[PERSON:Mirlène Cadet]],[[AGE:39]],[[LOCATION:Leyogàn]],[[PHONE_NUMBER:3320-8874]],2500,[[DATE_TIME:2024-11-18]]
[[PERSON:Anel Bien-Aimé]],[[AGE:58]],[[LOCATION:Leyogàn]],[[PHONE_NUMBER:4877-4019]],2500,[[DATE_TIME:2024-11-18]]""",
    # 009
    """| Room | Guest | Arrival | Nights | Mobile | Notes |
|------|-------|---------|--------|--------|-------|
| 104 | [[PERSON:Trevor & Gail Marshall]] | [[DATE_TIME:14 Mar]] | 5 | [[PHONE_NUMBER:+44 7788 209 114]] | anniversary, cake |
| 211 | [[PERSON:Imogen Fairclough]] | [[DATE_TIME:15 Mar]] | 7 | [[PHONE_NUMBER:+44 7700 381 552]] | ground floor pls |
| 305 | [[PERSON:Kwesi Boateng]] | [[DATE_TIME:15 Mar]] | 2 | [[PHONE_NUMBER:+1 416 882 0193]] | late arrival ~23:30 |""",
    # 010
    """adm_no,student,gender,dob,county,guardian_phone
[[ID_NUMBER:2025/0418]],[[PERSON:Faith Wanjiru Kamau]],F,[[DATE_TIME:2009-02-14]],[[LOCATION:Kiambu]],[[PHONE_NUMBER:0722 418 331]]
[[ID_NUMBER:2025/0419]],[[PERSON:Otieno Brian Ouma]],M,[[DATE_TIME:2008-11-30]],[[LOCATION:Siaya]],[[PHONE_NUMBER:0711 903 284]]
[[ID_NUMBER:2025/0420]],[[PERSON:Abdirahman Hassan Noor]],M,[[DATE_TIME:2009-06-05]],[[LOCATION:Garissa]],[[PHONE_NUMBER:0733 120 776]]""",
    # 011
    "ncid\tlast_name\tfirst_name\tres_street_address\tres_city\tzip\tparty_cd\tbirth_year\tage\n"
    "[[ID_NUMBER:EH448201]]\t[[PERSON:LOCKLEAR]]\t[[PERSON:DWAYNE]]\t[[ADDRESS:1187 DEEP BRANCH RD]]\t[[LOCATION:PEMBROKE]]\t[[ZIP_CODE:28372]]\t[[NRP:DEM]]\t1983\t[[AGE:41]]\n"
    "[[ID_NUMBER:EH448202]]\t[[PERSON:LOCKLEAR]]\t[[PERSON:TONYA]]\t[[ADDRESS:1187 DEEP BRANCH RD]]\t[[LOCATION:PEMBROKE]]\t[[ZIP_CODE:28372]]\t[[NRP:UNA]]\t1985\t[[AGE:39]]\n"
    "[[ID_NUMBER:EH511930]]\t[[PERSON:OXENDINE]]\t[[PERSON:HAROLD]]\t[[ADDRESS:44 PROSPECT RD]]\t[[LOCATION:PEMBROKE]]\t[[ZIP_CODE:28372]]\t[[NRP:REP]]\t1950\t[[AGE:74]]",
    # 012
    """| Employee | Emergency contact | Relation | Phone |
| --- | --- | --- | --- |
| [[PERSON:Jasmine Cole]] | [[PERSON:Anthony Cole]] | husband | [[PHONE_NUMBER:(02) 9516 4410]] |
| [[PERSON:Rohit Bhandari]] | [[PERSON:Sushma Bhandari]] | mother | [[PHONE_NUMBER:+61 438 210 774]] |
| [[PERSON:Tui Mahe]] | [[PERSON:Hemi Mahe]] | brother | [[PHONE_NUMBER:+64 21 044 8132]] |""",
    # 013
    """CASE       HEAD OF HOUSEHOLD        HH  ISSUANCE    BENEFIT  COUNTY
0087731    [[PERSON:GUTIERREZ, MARIA E]]       4   [[DATE_TIME:03/05/2025]]  $975     [[LOCATION:HIDALGO]]
0087745    [[PERSON:THIBODEAUX, RENEE]]        1   [[DATE_TIME:03/05/2025]]  $292     [[LOCATION:JEFFERSON]]
0087802    [[PERSON:NWOSU, CHIBUZOR]]          3   [[DATE_TIME:03/07/2025]]  $768     [[LOCATION:HARRIS]]
0087811    [[PERSON:LE, QUANG MINH]]           2   [[DATE_TIME:03/07/2025]]  $546     [[LOCATION:HARRIS]]""",
    # 014
    """{"user": "[[USERNAME:k.ramcharan]]", "ip": "[[IP_ADDRESS:190.213.4.77]]", "last_login": "[[DATE_TIME:2025-03-12T07:41:09Z]]", "mfa": true}
{"user": "[[USERNAME:shelly_ann.d]]", "ip": "[[IP_ADDRESS:186.96.112.15]]", "last_login": "[[DATE_TIME:2025-03-11T22:03:54Z]]", "mfa": false}
{"user": "[[USERNAME:admin_backup]]", "ip": "[[IP_ADDRESS:10.0.4.12]]", "last_login": "[[DATE_TIME:2025-02-28T03:15:00Z]]", "mfa": true}
{"user": "[[USERNAME:jp.mohammed]]", "ip": "[[IP_ADDRESS:2607:fb90:a31c:2d04::1e]]", "last_login": "[[DATE_TIME:2025-03-12T09:27:44Z]]", "mfa": true}""",
    # 015
    """Non: [[PERSON:Edner Lafortune]]
Dat nesans: [[DATE_TIME:11/04/1969]]
CIN: [[ID_NUMBER:01-11-99-1969-04-00752]]
Adrès: [[ADDRESS:Kafou Fèy, Ri Sen Jera #33]]
Biwo vòt: Lise Marie-Jeanne

Non: [[PERSON:Sonia Lafortune]]
Dat nesans: [[DATE_TIME:27/09/1973]]
CIN: [[ID_NUMBER:01-11-99-1973-09-00161]]
Adrès: [[ADDRESS:Kafou Fèy, Ri Sen Jera #33]]
Biwo vòt: Lise Marie-Jeanne

Non: [[PERSON:Ricardo Lafortune]]
Dat nesans: [[DATE_TIME:03/01/2001]]
CIN: [[ID_NUMBER:01-11-99-2001-01-00094]]
Adrès: [[ADDRESS:Kafou Fèy, Ri Sen Jera #33]]
Biwo vòt: Lise Marie-Jeanne""",
    # 016
    """payee,iban,bic,amount_eur,reference
[[PERSON:Siobhán Kearney]],[[IBAN_CODE:IE75BOFI90001752836104]],BOFIIE2D,1250.00,INV-2025-0311
[[PERSON:Maarten Visser]],[[IBAN_CODE:NL53ABNA0517236198]],ABNANL2A,480.00,INV-2025-0312
[[PERSON:Joaquim Tavares]],[[IBAN_CODE:PT50003500970004182733537]],CGDIPTPL,2210.75,INV-2025-0315
[[PERSON:Hélène Marchetti]],[[IBAN_CODE:FR7630003024170005029173425]],SOGEFRPP,95.40,INV-2025-0316""",
    # 017
    """tenants:
  - unit: A1
    name: [[PERSON:Kristen Mohammed]]
    phone: "[[PHONE_NUMBER:868-754-2218]]"
    lease_start: [[DATE_TIME:2024-09-01]]
    rent_ttd: 4200
  - unit: A2
    name: [[PERSON:Jevon Charles]]
    phone: "[[PHONE_NUMBER:868-681-0473]]"
    lease_start: [[DATE_TIME:2023-02-15]]
    rent_ttd: 3900
  - unit: B1
    name: Auntie [[PERSON:Pat Roberts]]
    phone: "[[PHONE_NUMBER:868-622-9137]]"
    lease_start: [[DATE_TIME:2019-07-01]]
    rent_ttd: 3500
property: [[ADDRESS:27 Saddle Road]], [[LOCATION:Maraval]]""",
    # 018
    """| Time | Patient | DOB | Clinic | Doctor |
|------|---------|-----|--------|--------|
| 08:30 | [[PERSON:Rajkumar Seepersad]] | [[DATE_TIME:14/02/1955]] | Diabetes | [[PERSON:Dr. Hosein]] |
| 09:00 | [[PERSON:Lystra Ottley]] | [[DATE_TIME:30/11/1978]] | Antenatal | [[PERSON:Dr. Gomez]] |
| 09:15 | [[PERSON:Ezekiel Duke]] | [[DATE_TIME:02/06/2019]] | Paediatrics | [[PERSON:Dr. Hosein]] |
| 09:40 | [[PERSON:Candace La Borde]] | [[DATE_TIME:21/08/1990]] | Antenatal | [[PERSON:Dr. Gomez]] |""",
    # 019
    "client\tSIN\tprovince\tbenefit\tstart\n"
    "[[PERSON:Gurdeep Dhaliwal]]\t[[ID_NUMBER:718-304-959]]\t[[LOCATION:BC]]\tOAS+GIS\t[[DATE_TIME:2024-11]]\n"
    "[[PERSON:Marie-Josée Tremblay]]\t[[ID_NUMBER:264-077-181]]\t[[LOCATION:QC]]\tOAS\t[[DATE_TIME:2025-01]]\n"
    "[[PERSON:Winston Oduya]]\t[[ID_NUMBER:462-190-539]]\t[[LOCATION:ON]]\tCPP-D\t[[DATE_TIME:2025-02]]",
    # 020
    """person_no,name,relationship,sex,age,marital_status,ethnic_origin,religion
1,[[PERSON:Devon Lyn]],head,M,[[AGE:52]],married,Chinese-Jamaican,[[NRP:Roman Catholic]]
2,[[PERSON:Sandra Lyn]],spouse,F,[[AGE:49]],married,Black,[[NRP:Roman Catholic]]
3,[[PERSON:Kimani Lyn]],son,M,[[AGE:20]],never married,Mixed,None
4,[[PERSON:Ashanti Lyn]],daughter,F,[[AGE:16]],never married,Mixed,[[NRP:Roman Catholic]]""",
    # 021
    """| Poll worker | Role | Precinct | Shift | Cell |
|---|---|---|---|---|
| [[PERSON:Gloria Ashby]] | Chief judge | 1204 | 6a-close | [[PHONE_NUMBER:(614) 552-0839]] |
| [[PERSON:Nasir Rahimi]] | Clerk | 1204 | 6a-2p | [[PHONE_NUMBER:(614) 278-4416]] |
| [[PERSON:Bev O'Malley]] | Clerk | 1204 | 2p-close | [[PHONE_NUMBER:(740) 913-3020]] |
| [[PERSON:Terrell Banks]] | Tech | 1204/1205 | all day | [[PHONE_NUMBER:(614) 400-7751]] |""",
    # 022
    """{"txn": "T-90114", "cardholder": "[[PERSON:Mthunzi Zulu]]", "card": "[[CREDIT_CARD:4916038255176427]]", "amount": 1249.00, "currency": "ZAR", "status": "approved"}
{"txn": "T-90115", "cardholder": "[[PERSON:Ayanda Ngcobo]]", "card": "[[CREDIT_CARD:5312604177593804]]", "amount": 89.99, "currency": "ZAR", "status": "declined"}
{"txn": "T-90116", "cardholder": "[[PERSON:Pieter van der Merwe]]", "card": "[[CREDIT_CARD:2221005619347717]]", "amount": 4300.50, "currency": "ZAR", "status": "approved"}""",
    # 023
    """REG NO    SURNAME          FIRST NAMES            ADDRESS                          DISTRICT
[[ID_NUMBER:0712204]]   [[PERSON:WORRELL]]          [[PERSON:FRANK CLEMENT]]          [[ADDRESS:#18 Hothersal Turning]]            [[LOCATION:ST. MICHAEL]]
[[ID_NUMBER:0712205]]   [[PERSON:WORRELL]]          [[PERSON:ANN-MARIE]]              [[ADDRESS:#18 Hothersal Turning]]            [[LOCATION:ST. MICHAEL]]
[[ID_NUMBER:0712231]]   [[PERSON:KING]]             [[PERSON:SHAMAR DEVON]]           [[ADDRESS:Lot 6 Deacons Farm]]               [[LOCATION:ST. MICHAEL]]""",
    # 024
    """claim_ref: CLM-88213
claimant: [[PERSON:Ifeoma Nnaji]]
policy: HOM-442-19
incident_date: [[DATE_TIME:2025-01-04]]
address_insured: [[ADDRESS:9 Orchard Close]], [[LOCATION:Luton]] [[ZIP_CODE:LU3 2HG]]
contact: [[PHONE_NUMBER:07412 993 605]]
---
claim_ref: CLM-88229
claimant: [[PERSON:Gareth Pryce-Jones]]
policy: MTR-118-07
incident_date: [[DATE_TIME:2025-01-06]]
address_insured: [[ADDRESS:Flat 1, 33 Cathedral Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF11 9HB]]
contact: [[EMAIL_ADDRESS:gpj1979@hotmail.co.uk]]""",
    # 025
    """Account Name,BVN,Phone,Branch,Opened
[[PERSON:ADEBAYO Oluwatobi Samuel]],[[ID_NUMBER:22390118462]],[[PHONE_NUMBER:08034419920]],Ikeja,[[DATE_TIME:2018-05-22]]
[[PERSON:EZE Chiamaka Grace]],[[ID_NUMBER:22117304859]],[[PHONE_NUMBER:07066213047]],Enugu,[[DATE_TIME:2020-10-02]]
[[PERSON:MUSA Abubakar]],[[ID_NUMBER:22540981733]],[[PHONE_NUMBER:09012208815]],Kano,[[DATE_TIME:2021-03-17]]""",
    # 026
    """| NHS No. | Surname | Forename | DOB | Practice |
|---|---|---|---|---|
| [[ID_NUMBER:402 183 5768]] | [[PERSON:Oduya]] | [[PERSON:Grace]] | [[DATE_TIME:04-Jun-1991]] | F84003 |
| [[ID_NUMBER:722 905 1460]] | [[PERSON:Hughes]] | [[PERSON:Bethan]] | [[DATE_TIME:19-Dec-1958]] | W95041 |
| [[ID_NUMBER:613 094 7828]] | [[PERSON:Pillai]] | [[PERSON:Suresh]] | [[DATE_TIME:12-Mar-1948]] | F84003 |""",
    # 027
    "non\ttelefòn\tvil\tdat_antre\n"
    "[[PERSON:Marjorie Célestin]]\t[[PHONE_NUMBER:(786) 245-9901]]\t[[LOCATION:North Miami]]\t[[DATE_TIME:2021-06-05]]\n"
    "[[PERSON:Fritz Gérald Noël]]\t[[PHONE_NUMBER:(305) 893-4418]]\t[[LOCATION:Little Haiti]]\t[[DATE_TIME:2019-01-12]]\n"
    "[[PERSON:Nathalie Désir]]\t[[PHONE_NUMBER:(954) 366-0127]]\t[[LOCATION:Fort Lauderdale]]\t[[DATE_TIME:2023-09-30]]",
    # 028
    """oncall:
  week_11:
    primary: {name: "[[PERSON:Nkosi Alexander]]", phone: "[[PHONE_NUMBER:+1 868 390 4471]]", slack: "[[USERNAME:nkosi.a]]"}
    secondary: {name: "[[PERSON:Reisha Persad]]", phone: "[[PHONE_NUMBER:+1 868 707 2318]]", slack: "[[USERNAME:rpersad]]"}
  week_12:
    primary: {name: "[[PERSON:Brent Lee Quay]]", phone: "[[PHONE_NUMBER:+1 868 473 0982]]", slack: "[[USERNAME:blq]]"}
    secondary: {name: "[[PERSON:Nkosi Alexander]]", phone: "[[PHONE_NUMBER:+1 868 390 4471]]", slack: "[[USERNAME:nkosi.a]]"}
escalation: ops-leads@example-telecom.tt""",
    # 029
    """member_id,first,last,joined,plan,email
[[ID_NUMBER:BGF-2219]],[[PERSON:Tiffany]],[[PERSON:Bynoe]],[[DATE_TIME:2024-01-08]],annual,[[EMAIL_ADDRESS:tiffbynoe@gmail.com]]
[[ID_NUMBER:BGF-2231]],[[PERSON:Ryan]],[[PERSON:Alleyne-Forte]],[[DATE_TIME:2024-02-19]],monthly,[[EMAIL_ADDRESS:ryanaf246@yahoo.com]]
[[ID_NUMBER:BGF-2240]],[[PERSON:Keisha]],[[PERSON:Thompson]],[[DATE_TIME:2024-03-02]],student,[[EMAIL_ADDRESS:k.thompson@cavehill.uwi.edu]]""",
    # 030
    """{"app_id": "R-44012", "name": "[[PERSON:Rishi Ramsaroop]]", "id_card": "[[ID_NUMBER:20030521087]]", "dob": "[[DATE_TIME:2003-05-21]]", "address": "[[ADDRESS:9 Jogie Road]], [[LOCATION:San Juan]]", "type": "first registration"}
{"app_id": "R-44013", "name": "[[PERSON:Chelsea-Ann Thomas]]", "id_card": "[[ID_NUMBER:20040907155]]", "dob": "[[DATE_TIME:2004-09-07]]", "address": "[[ADDRESS:Apt 12, Building 4, Maloney Gardens]]", "type": "first registration"}
{"app_id": "R-44014", "name": "[[PERSON:Ali Hosein]]", "id_card": "[[ID_NUMBER:19880117209]]", "dob": "[[DATE_TIME:1988-01-17]]", "address": "[[ADDRESS:LP 5 Railway Road]], [[LOCATION:Dow Village]]", "type": "transfer"}""",
    # 031
    """| Grade | Student | Parent/Guardian | Phone | Allergies |
|:--|:--|:--|:--|:--|
| 3 | [[PERSON:Jada-Lee Bennett]] | [[PERSON:Nordia Bennett]] | [[PHONE_NUMBER:876-828-4113]] | peanuts |
| 3 | [[PERSON:Zion Reid]] | [[PERSON:Garfield Reid]] | [[PHONE_NUMBER:876-350-2981]] | none |
| 4 | [[PERSON:Amoy Clarke]] | [[TITLE:Miss]] [[PERSON:Paulette Grant]] (aunt) | [[PHONE_NUMBER:876-619-0477]] | penicillin |""",
    # 032
    """BENEFICIARY               MBI            MEDICAID ID    DOB         PLAN
[[PERSON:ALVAREZ, ROSA M]]          [[ID_NUMBER:2KR9-UY4-HT61]]  [[ID_NUMBER:M00418822]]      [[DATE_TIME:07/11/1949]]  DSNP-H5209
[[PERSON:WASHINGTON, EARL]]         [[ID_NUMBER:8VC1-FN7-QA22]]  [[ID_NUMBER:M00519037]]      [[DATE_TIME:02/28/1944]]  DSNP-H5209
[[PERSON:NGUYEN, HOA]]              [[ID_NUMBER:4MD6-JW2-XE90]]  [[ID_NUMBER:M00602211]]      [[DATE_TIME:10/03/1952]]  MAPD-H1036""",
    # 033
    """Applicant: [[PERSON:Chloe Andersen]]
Current address: [[ADDRESS:3/41 Beach Street]], [[LOCATION:Coogee]] [[LOCATION:NSW]] [[ZIP_CODE:2034]]
Employer: Northwind Freight (since [[DATE_TIME:Feb 2021]])
Weekly income: $1,640
Referee: [[PERSON:Sam Trinh]], [[PHONE_NUMBER:0401 772 905]]

Applicant: [[PERSON:Jack O'Sullivan]]
Current address: [[ADDRESS:12 Arden Street]], [[LOCATION:Clovelly]] [[LOCATION:NSW]] [[ZIP_CODE:2031]]
Employer: self-employed electrician
Weekly income: $2,100
Referee: [[PERSON:Maria Costa]], [[PHONE_NUMBER:0422 318 640]]""",
    # 034
    """sss_no,member_name,birthdate,mobile,city
[[ID_NUMBER:34-1928374-5]],[[PERSON:Dela Cruz, Maricel R.]],[[DATE_TIME:1989-07-04]],[[PHONE_NUMBER:0917 883 2041]],[[LOCATION:Quezon City]]
[[ID_NUMBER:33-4471209-8]],[[PERSON:Santos, Jerome P.]],[[DATE_TIME:1992-12-15]],[[PHONE_NUMBER:0998 120 4467]],[[LOCATION:Cebu City]]
[[ID_NUMBER:02-3381946-1]],[[PERSON:Macaraeg, Lolita B.]],[[DATE_TIME:1961-03-28]],[[PHONE_NUMBER:0929 551 0832]],[[LOCATION:Dagupan]]""",
    # 035
    """| TRN | NIS No. | Pensioner | Parish | Award date |
|-----|---------|-----------|--------|------------|
| [[ID_NUMBER:102-448-319]] | [[ID_NUMBER:B 211 904]] | [[PERSON:Lascelles Nembhard]] | [[LOCATION:St. Elizabeth]] | [[DATE_TIME:2019-08-01]] |
| [[ID_NUMBER:101-993-027]] | [[ID_NUMBER:A 887 415]] | [[PERSON:Gloria Wedderburn]] | [[LOCATION:Westmoreland]] | [[DATE_TIME:2017-03-14]] |
| [[ID_NUMBER:103-702-556]] | [[ID_NUMBER:B 340 118]] | [[PERSON:Uriah Brissett]] | [[LOCATION:Hanover]] | [[DATE_TIME:2021-11-22]] |""",
]

CHAT = [
    # 001
    """[12/03/25, 7:14 pm] [[PERSON:Shauna-Kay Mills]]: Mommy TRN is [[ID_NUMBER:112-903-447]] right? The lady at the Electoral Office need it for the replacement voter ID
[12/03/25, 7:16 pm] [[PERSON:Kevin Mills]]: yeah [[ID_NUMBER:112 903 447]]. her DOB is [[DATE_TIME:21 June 1956]] if they ask
[12/03/25, 7:17 pm] [[PERSON:Shauna-Kay Mills]]: and address still [[ADDRESS:9 Chancery Street]], [[LOCATION:Kingston 10]]?
[12/03/25, 7:21 pm] [[PERSON:Kevin Mills]]: no man she move go by Aunty [[PERSON:Bev]] since Christmas. [[ADDRESS:Lot 27 Green Acres]], [[LOCATION:Spanish Town]]
[12/03/25, 7:22 pm] [[PERSON:Shauna-Kay Mills]]: ok so that is [[LOCATION:St. Catherine]] now, different constituency. I will tell them. Appointment is [[DATE_TIME:Friday 14th at 10]], [[PERSON:Kev]] you can carry her?
[12/03/25, 7:30 pm] [[PERSON:Kevin Mills]]: yes. send me the lady number
[12/03/25, 7:31 pm] [[PERSON:Shauna-Kay Mills]]: [[TITLE:Miss]] [[PERSON:Grant]] [[PHONE_NUMBER:876-388-1092]]""",
    # 002
    """Live chat - RepublicOnline Support
Agent ([[PERSON:Rhea]]): Good afternoon, you're chatting with [[PERSON:Rhea]]. How can I help?
Customer: hi my card was blocked after i tried to pay at a hotel in [[LOCATION:Miami]]
Agent ([[PERSON:Rhea]]): I'm sorry to hear that. Can I have your full name and date of birth to verify?
Customer: [[PERSON:Sherwin Ali]], [[DATE_TIME:19/01/1987]]
Agent ([[PERSON:Rhea]]): Thank you, [[PERSON:Mr. Ali]]. And the mobile number on the account?
Customer: [[PHONE_NUMBER:868-779-3014]]
Agent ([[PERSON:Rhea]]): Verified. The card ending 7746 was blocked for a foreign transaction on [[DATE_TIME:21 March at 11:02 pm]]. I've lifted the block and added a travel notice until [[DATE_TIME:30 March]].
Customer: great thanks. also can you update my email to [[EMAIL_ADDRESS:sherwin.ali87@gmail.com]]
Agent ([[PERSON:Rhea]]): Done. Your reference for today is CHT-5518204.""",
    # 003
    """#people-ops
[[PERSON:Hollie Brennan]] 09:12 new starter monday - [[PERSON:Oluwafemi Adegoke]], he's coming in from the [[LOCATION:Manchester]] office. can someone set up his laptop?
[[PERSON:Ravi Chandrasekaran]] 09:14 on it. what username do we want, [[USERNAME:oadegoke]] or [[USERNAME:femi.adegoke]]?
[[PERSON:Hollie Brennan]] 09:15 [[USERNAME:femi.adegoke]] pls, he goes by [[PERSON:Femi]]
[[PERSON:Hollie Brennan]] 09:16 his personal email for the welcome pack is [[EMAIL_ADDRESS:femi.adegoke@yahoo.co.uk]] and mobile [[PHONE_NUMBER:07984 221 630]]
[[PERSON:Ravi Chandrasekaran]] 09:20 cool. do you have his NI number for payroll or is that with [[PERSON:Gemma]]?
[[PERSON:Hollie Brennan]] 09:21 [[PERSON:Gemma]] has it, don't paste it here :)
[[PERSON:Gemma Ruiz]] 09:40 got it, all sorted in the payroll system. start date [[DATE_TIME:Mon 7 April]] confirmed""",
    # 004
    """Tante [[PERSON:Marie]]: [[PERSON:Woodly]], èske w resevwa lèt imigrasyon an pou TPS la?
[[PERSON:Woodly]]: Wi tante, li di randevou byometri m se [[DATE_TIME:15 avril a 9è]] nan [[LOCATION:Hialeah]]
Tante [[PERSON:Marie]]: Pa bliye pote paspò ou. Ki nimewo A ou a ankò?
[[PERSON:Woodly]]: [[ID_NUMBER:A-219-448-031]]
Tante [[PERSON:Marie]]: Bon. Voye l bay [[PERSON:Guerdy]] tou, imèl li se [[EMAIL_ADDRESS:guerdy.fleurant@gmail.com]], se li k ap ede w ak papye yo
[[PERSON:Woodly]]: Oke. Nouvo adrès mwen se [[ADDRESS:1290 NW 119th St, Apt 6]], [[LOCATION:North Miami]] [[ZIP_CODE:33168]], fòk mwen chanje l tou
Tante [[PERSON:Marie]]: Rele m nan [[PHONE_NUMBER:(786) 312-0447]] aswè a""",
    # 005
    """SMS thread
From [[PERSON:Mr. Clyde Springer]] (landlord), [[PHONE_NUMBER:+1 246 820 3315]]:
Morning [[PERSON:Tenisha]]. Plumber coming [[DATE_TIME:Thursday 10th between 9 and 12]] for the kitchen sink. Please leave the gate open.
From [[PERSON:Tenisha Worrell]], [[PHONE_NUMBER:+1 246 253 7718]]:
Morning [[PERSON:Mr Springer]], ok no problem. I will be at work but my brother [[PERSON:Shane]] will be home. Rent sent to your account [[ID_NUMBER:0041 2290 187]] yesterday.
From [[PERSON:Mr. Clyde Springer]]:
Received, thank you. Also the water bill for [[ADDRESS:#7 Tweedside Road]] came in, I will drop it off.""",
    # 006
    """[Chat transcript - Wireless support]
Bot: Hi! Before we connect you to an agent, what's your name?
User: [[PERSON:Ashley Nwachukwu]]
Bot: Thanks [[PERSON:Ashley]]. You're now chatting with [[PERSON:Marco]].
[[PERSON:Marco]]: Hey [[PERSON:Ashley]], I see you're asking about a SIM swap. For security I need the account PIN and the last 4 of the SSN on the account.
User: pin is 8812 and ssn last 4 is 0456. the account is under my mom [[PERSON:Nkechi Nwachukwu]] though
[[PERSON:Marco]]: Got it. And the service address?
User: [[ADDRESS:5640 Kenwood Ave, Apt 2B]], [[LOCATION:Chicago]] [[ZIP_CODE:60637]]
[[PERSON:Marco]]: Perfect. The new SIM will be active on [[PHONE_NUMBER:(773) 548-2091]] within 15 minutes. Anything else?
User: can you text the confirmation to my own number, [[PHONE_NUMBER:312-860-7735]]""",
    # 007
    """#support-tickets (Discord)
[[USERNAME:xXShadowReaperXx]]: my account got hacked, someone changed the email
[[USERNAME:Mod_Kenji]]: sorry about that! what was the original email on the account?
[[USERNAME:xXShadowReaperXx]]: [[EMAIL_ADDRESS:darius.holloway2009@gmail.com]]
[[USERNAME:Mod_Kenji]]: and roughly when did you last log in yourself?
[[USERNAME:xXShadowReaperXx]]: sunday night, [[DATE_TIME:march 9 around 10pm]]
[[USERNAME:Mod_Kenji]]: ok I see a login from [[IP_ADDRESS:91.203.145.77]] right after that, not your usual region. I've locked it. A parent or guardian needs to email support to restore it since the account holder is a minor
[[USERNAME:xXShadowReaperXx]]: my dad is [[PERSON:Marcus Holloway]] he can do it""",
    # 008
    """Teams - Voter Protection Hotline, shift 2
[[PERSON:Danielle Okafor]] 2:04 PM: caller [[PERSON:Ruth Amsel]], [[AGE:87]], says her name isn't in the poll book at precinct 17. DOB [[DATE_TIME:4/9/1937]], lives at [[ADDRESS:212 Linden Ave]], [[LOCATION:Teaneck]]
[[PERSON:Sam Whitfield]] 2:06 PM: checked the state lookup, she's active, voter ID [[ID_NUMBER:NJ-0021178430]]. Probably in the supplemental book
[[PERSON:Danielle Okafor]] 2:07 PM: told the poll worker, they found her. resolved
[[PERSON:Sam Whitfield]] 2:15 PM: next one: [[PERSON:Hector Ruiz]] says he was told he voted by mail already. callback [[PHONE_NUMBER:201-488-7302]]
[[PERSON:Danielle Okafor]] 2:16 PM: I'll take it""",
]

LOOKALIKE = [
    # 001
    """Your order #114-7730921-5582716 has shipped! Tracking: 1Z 4F7 82W 03 6619 4420 (UPS). Items: USB-C hub (SKU HB-7C-1102), 2 x HDMI 2.1 cable (SKU CB-HD21-2M). Invoice INV-2025-004418 is attached. Questions? Call 1-800-555-0199 or write to orders@gadgetbarn.com, Mon-Fri 9-5 EST. Delivery to [[PERSON:Marisa Dellacroce]], estimated Thursday.""",
    # 002
    """Release notes - fieldsync 4.12.0 (build 2025.03.118)
- Bumped the minimum agent version to 10.4.2.1; agents at 10.3.9.44 or older will be refused.
- Fixed a crash when the device serial (e.g. SN-7Q4K-22A9-LM01) contained lowercase letters.
- Default gateway in the sample config is now 192.0.2.1, and the docs use 198.51.100.0/24.
- Checksums: sha256 9f2c4e1a7b3d8e60c5f1a2b4d6e8f0a13c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d
- Migration 0047_add_region_code adds the column region_code CHAR(4) (values like JM01, TT03, BB11).
- Known issue FS-2291: sync fails if the UUID 3f6b1c2e-9a4d-4e8b-b7c1-5d2e9f0a6c84 is reused.""",
    # 003
    """INVOICE No. 0004419 - Sangster's Book Stores, wholesale order
1 x "Caribbean History for CSEC", ISBN 978-976-8202-41-3, qty 40, J$2,850.00 ea.
1 x "Things Fall Apart" (AWS), ISBN 978-0-435-98909-5, qty 25, J$1,990.00 ea.
1 x "The Lonely Londoners", ISBN 978-1-911648-27-7, qty 15, J$2,400.00 ea.
Account code SCH-0872, PO 24/118, terms net 30. For queries call the accounts office on 876-922-3640 or email accounts@sangsters.example.
Ordered by: [[PERSON:Mrs. Andrea Dunkley-Hall]], Head of English, [[EMAIL_ADDRESS:adunkleyhall@gmail.com]]""",
    # 004
    """Getting there: from Sir Grantley Adams International Airport take the ABC Highway west past the Errol Barrow roundabout, then follow Tom Adams Highway into town. The venue is opposite the Nelson statue site on Broad Street; parking is on Bay Street. The Tom Adams Financial Centre and the Frank Worrell Hall are both five minutes' walk away. Event line: (246) 417-0000. If you get lost, text our volunteer [[PERSON:Jerome]] on [[PHONE_NUMBER:(246) 271-8830]].""",
    # 005
    """AVI: Biwo Digicel ki nan Ri Kapwa a ap fèmen pou renovasyon. Pou sèvis kliyan, rele 3400-0000 (gratis) oswa ekri nan serviceclient@digicel.example. Nimewo referans kanpay la se DGC-HT-2025-118. Kliyan ki gen kat SIM 8950 9010 0044 1823 006 ka chanje l nan Ayewopò Tousen Louvèti oswa nan Boulva Jean-Jacques Dessalines. Pou plent espesyal, kontakte responsab zòn nan, [[PERSON:Ketia Montas]], nan [[PHONE_NUMBER:+509 3158-6620]].""",
    # 006
    """Returning Officer's Checklist - By-election, Polling Division 14-B
Form 7 (ballot account), Form 12A (spoiled ballots), Form 21 (statement of poll).
Ballot serial range: 0041201 to 0042200; seal numbers 77310-77325.
Section 36(2) of the Representation of the People Act applies; see also Regulation 14(1)(b).
Results to be phoned to the control centre on 876-929-0001 and emailed to results@eoj.example.
Station codes: KSA-14-B-01, KSA-14-B-02, KSA-14-B-03. Count begins at 5:00 p.m.
Returning Officer for this division: [[PERSON:Mr. Winston Barrett]].""",
    # 007
    """INC-2025-03-0418: nightly build host reported agent 3.11.4.190 (looks like an IP, isn't) and firmware 10.0.0.12-rc2. Disk serial WD-WX72D81K4P05, MAC 00:1A:2B:3C:4D:5E, asset tag TTG-04418. The commit 8d3f2a1c broke the parser on inputs like 255.255.255.0-build. The only real address involved was the user's workstation at [[IP_ADDRESS:10.22.7.41]], logged in as [[USERNAME:n.balgobin]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind112", STYLES, OUT)


if __name__ == "__main__":
    main()

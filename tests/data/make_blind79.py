"""Build tests/data/blind79.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind79.py

Blind: written without any knowledge of the detector. Read while writing it:
the brief; lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines) and its tail from
`STYLES = {` to the end (the scaffolding copied below); gold_sets.py whole;
lines 1-64 of make_handwritten.py (conventions, the MARK and TITLE_IN_NAME
regexes, `parse()`). Not read: minimize/ (so no recognizers), any test other
than those lines, bench/, the README, any *.jsonl (blind79.jsonl included),
any other make_*.py, git history / log / status (git was not run at all).
The detector, the bench and the tests were never run; the only thing run was
this script (and, to check the alignment of the three fixed-width tables,
`parse()` on those three records of this file). No package registry was
queried and nothing was downloaded. Do not tune the detector against this
set: once it has been used to tune, it no longer measures anything; write a
new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Check digits were worked out by
throwaway code run on stdin while writing (no file kept, nothing generated
here): cards pass Luhn; IBANs pass mod-97 at their country's length (GB, IE,
DE, NL, ES with its national check digits, DK, TR, UA at 29);
`gold_sets.check` re-checks cards and IBANs. National ids with a public
check digit got a valid one: NHS number, Canadian SIN, Aadhaar (Verhoeff),
South African ID (agreeing with the birth date and sex where shown),
Singapore NRIC / FIN, Australian TFN and Medicare number, Irish PPSN, NZ IRD
and NHI, Brazilian CPF, Ukrainian RNOKPP (agreeing with birth date and sex)
and UNZR, Russian 12-digit INN and SNILS; and so did the look-alikes that
carry one (ISBN-13, EAN-13, UPU S10 tracking number). Not checked: UK NI
numbers (valid prefixes only), US SSNs, PAN (format only), Nigerian NIN and
BVN, Kenyan ids and KRA PIN, Philippine SSS / TIN / PhilHealth, passports,
licences, plates, bank account numbers, staff, student, member and patient
numbers, Ukrainian and Russian passport / ID card numbers.

Styles (ids `blind79-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Canada, Australia, New Zealand, Ireland, India,
South Africa, Nigeria, Kenya, Ghana, Singapore and Philippines contexts,
with names from the many cultures living there); 24 are in Ukrainian (12)
and Russian (12), spread over every style:
- `bench` (100): in the manner of ai4privacy pii-masking-200k/300k/400k (35
  odd, dense sentences: names, job titles, streets with building numbers,
  secondary addresses, IPv4 / IPv6, MACs, user agents, card / CVV / expiry,
  IBAN / BIC, usernames, passwords), gretel-pii-masking-en-v1 (28 domain
  documents: claims, leases, referrals and discharge summaries, loan and
  account-opening forms, contracts, subpoenas, deeds, notices, affidavits)
  and Nemotron-PII (28: JSON, log lines, SQL, XML, HL7, YAML, .env, code,
  Dockerfile, curl, tracebacks, tickets, email headers, web forms), plus 9
  Ukrainian / Russian ones (lease, medical extract, JSON, log, loan form,
  SQL, ticket, claim, XML).
- `gen` (90): one to four LLM-style sentences with personal data woven in;
  extra weight on dating apps (11), social media moderation (8) and online
  marketplaces (11), the rest spread over banking, health, pharmacy, vets,
  schools, payroll, retail, travel, hotels, telecoms, government, housing,
  gaming, tech support, deliveries, insurance, legal, jury service, police,
  charity, utilities, therapy, dentists, car hire, tax, DMV, libraries,
  churches, sports clubs, crypto KYC, ride-hailing, funerals, weddings,
  voting and pensions; 9 of them Ukrainian / Russian (dating, marketplace,
  moderation, tax, bank, HR). Names at the start, middle and end, lowercase
  and possessive; ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small table per record (CSV, quoted CSV, TSV, pipes,
  Markdown, fixed-width, JSON lines, a JSON array, YAML, key: value blocks)
  with varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): a marketplace support chat, a family thread, a team channel,
  a dating-app chat, a bank chat transcript, a nurse's phone-consult chat, a
  Discord moderation thread and a Ukrainian flat-rental Viber thread.
- `lookalike` (7): texts full of order / tracking / invoice refs, SKUs,
  ISBNs, EANs, IP-shaped versions, hashes, UUIDs, MACs, serials, lot and
  NDC / CAS numbers, company phones, role mailboxes, eponyms and streets
  named after people with no number; the few real PII values are labeled,
  and the first record has no PII at all.

Labeling conventions (the same as make_blind22.py's, in short):
- PERSON: any part of a name, lowercase or not, initials, middle names,
  patronymics (a Cyrillic full name with patronymic is one span); a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, account activity ...) with a day or month, in
  any shape; a weekday or a clock time said with such a date is inside the
  span; a time or weekday alone is not, nor are bare years, durations, or
  dates not tied to a person (invoice, release, issue dates, deadlines).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, branch and routing numbers, BIC, CVVs and expiries, PINs
  and one-time codes, order / ticket / claim / policy / case / report /
  permit / tracking references, company phone numbers and role mailboxes,
  versions, hashes, serials, VINs, partial or masked numbers ("ending
  4417", "516875******2340"), pets, eponyms and brands named after people,
  organisation names, a header row.
- Calls made while writing this set: speakers in chats are PERSON when they
  are names and USERNAME when they are handles, while "Mum", "Agent",
  "Customer" and "Support bot" stay outside; "Nurse" before a name is TITLE
  (TITLE_IN_NAME splits it), and so are "Rev.", "Sgt.", "Captain", "Mdm" and
  the Ukrainian "пані", while "Councillor" is left as a job title; a unit
  or flat given alone in its own cell ("#03-12", "4B") is ADDRESS, as are
  street, building-number and flat fields; the Ukrainian / Russian street
  words ("вул.", "ул.", "просп.") are inside ADDRESS and the city marker
  "м." is outside LOCATION; a person's activity timestamp (last login, an
  access-log request time, an account alert) is DATE_TIME, while log lines
  here start with bare clock times, which stay unlabeled; a staff number in
  an SQL WHERE clause or an "emp_no" column is ID_NUMBER, a row id in query
  output is not; a surname in a case name ("Okonkwo v. ...") is PERSON; a
  "country", "state", "province", "county" or "region" column or field is
  LOCATION and a "nationality" column is NRP; an "age" field is AGE, "13+"
  is not; a Russian passport's series and number make one ID_NUMBER span,
  and a Russian plate ("гос. номер") is ID_NUMBER like other plates; the
  dates of a person's own acts (selling a car, registering to vote,
  checking in, changing bank details) are DATE_TIME.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind79.jsonl")

BENCH = [
    # --- in the manner of ai4privacy pii-masking-200k/300k/400k ---
    """Attention [[PERSON:Ms. Rosalind Teague]], your account with Kestrel Mutual has been flagged for review. Please confirm your ZIP code [[ZIP_CODE:29407-3318]] and the last transaction made from [[IP_ADDRESS:172.58.114.9]] on [[DATE_TIME:11/04/2023]].""",
    """As the Principal Branding Strategist, [[PERSON:Emeka]] is requested to attend the quarterly workshop in [[LOCATION:Port Harcourt]]. Reimburse travel to card [[CREDIT_CARD:5191 2307 4470 2185]] (exp 04/26, CVV 318). Contact: [[EMAIL_ADDRESS:emeka.nnadi@finch-hollow.ng]].""",
    """Hello [[PERSON:Jarrah]], the imaging results for your patient [[PERSON:Haylee Goodwin]] (gender: female, [[AGE:46]] yrs) are ready. Sign in with username [[USERNAME:hgoodwin46]] and password Tr!ck3r_88 from the registered device with MAC 3C:22:FB:91:0A:7E.""",
    """Our records show [[PERSON:Connolly]], [[PERSON:Aidan]] moved from [[ADDRESS:Apartment 402]], [[ADDRESS:7781 Greenfield Terrace]] to [[LOCATION:Boise]] on [[DATE_TIME:March 12th, 2022]]. Please confirm the new county ([[LOCATION:Ada County]]) for tax filing purposes.""",
    """Transfer of €2,340.00 from [[IBAN_CODE:DE61 1007 0024 0551 2834 00]] (BIC BELADEBEXXX) to the account of [[PERSON:Lotte Vermeulen]] has been initiated by [[USERNAME:lvermeulen_92]] from [[IP_ADDRESS:2a01:4f8:c17:5c2d::1f]].""",
    """[[PERSON:Dr. Kalinda Roper]], Regional Quality Officer, please review the incident logged at [[ADDRESS:512 Hibiscus Way, Suite 300]], [[LOCATION:Darwin]] [[ZIP_CODE:0800]]. Browser used: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.5993.90 Safari/537.36.""",
    """The [[NRP:Buddhist]] meditation circle led by [[PERSON:Tenzin Dorje]] now meets at [[ADDRESS:22 Prospect Hill Rd]], [[LOCATION:Somerville]], [[LOCATION:MA]] [[ZIP_CODE:02143]]. RSVP by text to [[PHONE_NUMBER:+1-617-294-0193]] and bring your own cushion.""",
    """[[PERSON:Valentina Ruiz-Tagle]]'s loan application (Loan Officer: [[PERSON:Dmitri Halvorsen]]) lists her SSN as [[US_SSN:538-22-0917]], DOB [[DATE_TIME:1985-10-02]], and employer Crestline Biotech. Deposit account: [[ID_NUMBER:004418237761]], routing 121000358.""",
    """Thanks for updating your profile, [[PERSON:Farrukh]]! New details: Job: Lead Integration Engineer; Phone: [[PHONE_NUMBER:+998 90 371 22 18]]; Address: [[ADDRESS:14 Navoi Street, apt 6]], [[LOCATION:Tashkent]]; Sex: M.""",
    """Kindly reset the telematics unit for VIN 1HGCM82633A004352, registered to [[PERSON:Ivy Castellanos]], plate [[ID_NUMBER:8KZR271]] ([[LOCATION:California]]). The owner last synced from [[IP_ADDRESS:76.102.33.148]].""",
    """Dear [[PERSON:Mx. Ronan Fairweather]], your order of the 'Astral' ergonomic chair will ship to [[ADDRESS:Unit 5B, 19 Tannery Row]], [[LOCATION:Kilkenny]], [[ZIP_CODE:R95 X2C3]]. Payment taken via [[CREDIT_CARD:3714 496353 98431]].""",
    """Cardholder [[PERSON:Halima Warsame]], card [[CREDIT_CARD:4485271099673165]], exp 11/28, CVV 044, billing [[ADDRESS:88 Cedar Street]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55454]]. Device UA: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15.""",
    """Survey response from [[PERSON:Losaline Taufa]] ([[AGE:52]], [[NRP:Tongan]], lives in [[LOCATION:Ōtāhuhu]]): 'The clinic on Great South Road never answers the phone.' Follow-up consent: yes, via [[EMAIL_ADDRESS:losa.taufa@xtra.co.nz]].""",
    """The Chief Mobility Officer, [[PERSON:Reuben Achterberg]], will present at the summit. Book his flights on the corporate card [[CREDIT_CARD:2223 0031 2200 3305]] and send the itinerary to his assistant [[PERSON:Colette]] ([[PHONE_NUMBER:+31 6 4127 0938]]).""",
    """Account alert for [[USERNAME:Jermaine.Okoye]]: a login was detected from [[IP_ADDRESS:41.203.72.19]] (MAC 00:1B:44:11:3A:B7) at [[DATE_TIME:2024-02-29T04:17:55Z]]. If this was not you, reset your password (current hint: "first dog + 1987").""",
    """Please prepare severance documents for [[PERSON:Rafaela Bittencourt]], Senior Accounts Coordinator, employee [[ID_NUMBER:E-449120]], last day [[DATE_TIME:30th September 2024]]. Her CPF is [[ID_NUMBER:318.402.775-99]] and her personal email is [[EMAIL_ADDRESS:rafa.bitten@gmail.com]].""",
    """Greetings [[PERSON:Kiri]], the Human Factors Associate position in [[LOCATION:Hamilton]] is yours! Start date: [[DATE_TIME:05/08/2024]]. We'll courier the contract to [[ADDRESS:PO Box 4412]], [[LOCATION:Hamilton East]] [[ZIP_CODE:3247]].""",
    """The IP [[IP_ADDRESS:10.44.7.212]] belongs to the workstation of [[PERSON:Mr. Goran Petrović]] (ext. 4471). He reported phishing emails from an address impersonating [[PERSON:Ingrid Solberg]], our CFO.""",
    """Hi [[PERSON:Zaid Haddad]], we noticed you changed your shipping address to [[ADDRESS:3120 W Belmont Ave, Apt 2R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60618]]. Your saved Discover card [[CREDIT_CARD:6011 5082 1934 7701]] will be charged for future orders.""",
    """In [[LOCATION:Kisumu]], the [[AGE:41]]-year-old [[PERSON:Beatrice Achieng]] registered her tailoring business with KRA PIN [[ID_NUMBER:A004418263Z]] and national ID [[ID_NUMBER:27719403]].""",
    """Confirm the wire: beneficiary [[PERSON:Ömer Faruk Yıldız]], IBAN [[IBAN_CODE:TR18 0006 2001 1900 0006 6723 15]], amount ₺18.500, purpose 'rent for the [[LOCATION:Kadıköy]] flat'. Sender IP [[IP_ADDRESS:88.241.60.77]].""",
    """We regret to inform [[PERSON:Mrs. Ottilie Brandt-Hughes]] that the Associate Creative Director role has been filled. Her file (DOB [[DATE_TIME:14 Aug 1979]], phone [[PHONE_NUMBER:020 7946 0381]]) will be kept for six months.""",
    """Routing check: the laptop MBA-4471 (MAC a4:83:e7:2c:19:f0) of [[PERSON:Priya Nandakumar]] was given [[IP_ADDRESS:192.168.1.47]] by the home router at [[ADDRESS:41 Glenview Crescent]], [[LOCATION:Markham]], [[LOCATION:Ontario]].""",
    """[[PERSON:Fitzgerald]], [[PERSON:Oona]] | Gender: Non-binary | Age: [[AGE:23]] | Username: [[USERNAME:oona.fitz]] | Pwd: g7#Lq!2v | Country: [[LOCATION:Ireland]] | County: [[LOCATION:Galway]] | Eircode: [[ZIP_CODE:H91 E2K3]]""",
    """The [[NRP:Sikh]] community centre's treasurer, [[PERSON:Harpreet Kaur Sandhu]], asked that the donation receipts be sent to [[EMAIL_ADDRESS:hk.sandhu@rogers.com]]; her direct line is [[PHONE_NUMBER:604-839-2271]].""",
    """Process a refund of ¥12,800 to JCB [[CREDIT_CARD:3566 0021 4870 9138]] for [[PERSON:Haruto Ishikawa]], who stayed in room 708 from [[DATE_TIME:2024/03/18]] to [[DATE_TIME:2024/03/21]].""",
    """[[PERSON:Deon Ferreira]], born [[DATE_TIME:11 September 1975]], ID [[ID_NUMBER:7509115790084]], applied for the Forklift Operator vacancy at the [[LOCATION:Germiston]] depot. Contact [[PHONE_NUMBER:082 417 5530]].""",
    """System notice: [[USERNAME:akanksha_r]] changed her recovery phone from [[PHONE_NUMBER:+91 98201 44736]] to [[PHONE_NUMBER:+91 70451 90823]] using Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 from [[IP_ADDRESS:49.36.129.203]].""",
    """To: [[PERSON:Prof. Adebayo Okunola]]; Subject: Your sabbatical. Your leave from [[DATE_TIME:1 January 2025]] has been approved by the Dean of Engineering. Payroll ID [[ID_NUMBER:UL-208813]]; salary continues to account [[ID_NUMBER:0123498761]] (GTBank).""",
    """Medical alert bracelet engraving: [[PERSON:CHARLOTTE BEAUMONT]] | DOB [[DATE_TIME:03/07/1962]] | ALLERGY: PENICILLIN | ICE: [[PERSON:HUGH]] [[PHONE_NUMBER:07700 900 462]]""",
    """[[PERSON:Nomvula]] is a [[AGE:33]] year old Senior Data Steward living at [[ADDRESS:27 Rissik Street]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2001]]. She banks with Capitec, account [[ID_NUMBER:1472093385]], card [[CREDIT_CARD:4024 0071 5633 6280]].""",
    """Send the consultancy invoice to [[PERSON:Mette Kjær Andersen]], [[ADDRESS:Vesterbrogade 112, 3. th.]], [[ZIP_CODE:1620]] [[LOCATION:København V]], and pay to [[IBAN_CODE:DK13 3000 4012 3477 18]] within 30 days.""",
    """[[TITLE:Sgt.]] [[PERSON:Leroy Baptiste]] logged the found wallet: it held a driver's licence for [[PERSON:Camille Fortin]] ([[LOCATION:Quebec]], [[ID_NUMBER:F6531-270884-07]]), a health card and $40 in cash.""",
    """Dear customer [[PERSON:Kapoor]], the SIM linked to Aadhaar [[ID_NUMBER:7390 1154 8626]] will be deactivated unless you complete e-KYC by replying from [[PHONE_NUMBER:+91-88264-10937]].""",
    """Emergency contact form. Name: [[PERSON:Aigerim Seitkali]]; Relation: sister; Mobile: [[PHONE_NUMBER:+7 701 338 4412]]; City: [[LOCATION:Almaty]]; Street: [[ADDRESS:Abay Avenue]]; Building no.: [[ADDRESS:58]]; Flat: [[ADDRESS:41]]""",
    # --- in the manner of gretel-pii-masking-en-v1 (domain documents) ---
    """MOTOR INSURANCE CLAIM FORM
Claim No.: MC-2024-118403
Policy No.: PL-4471-2290-A
Policyholder: [[PERSON:Desmond Oyelowo-Hart]]
Date of birth: [[DATE_TIME:19 April 1968]]
Address: [[ADDRESS:9 Saffron Close]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 7QT]]
Telephone: [[PHONE_NUMBER:0116 496 0732]]
Date/time of incident: [[DATE_TIME:22/05/2024 17:40]]
Third party: [[PERSON:Karolina Wiśniewska]], vehicle reg. [[ID_NUMBER:FN21 OKL]]
Description: Third party reversed out of a parking bay at the retail park and struck the rear nearside door of the insured vehicle. No injuries.""",
    """RESIDENTIAL TENANCY AGREEMENT

This Agreement is made on [[DATE_TIME:1 March 2024]] between [[PERSON:Gwendolyn Achebe]] ("the Landlord") of [[ADDRESS:14 Parkside Avenue]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 7TW]] and [[PERSON:Tomás Ó Briain]] and [[PERSON:Marta Kowalska]] ("the Tenants") in respect of the property known as [[ADDRESS:Flat 3, 77 Gloucester Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS7 8AE]]. The term shall begin on [[DATE_TIME:15 March 2024]] and run for twelve months. Rent of £1,450 per calendar month is payable in advance to account [[ID_NUMBER:73041196]], sort code 30-96-34, on the first day of each month.""",
    """REFERRAL LETTER

Patient: [[PERSON:Mrs. Parveen Akhtar]]    DOB: [[DATE_TIME:02.12.1959]]    NHS No: [[ID_NUMBER:943 476 5919]]
Address: [[ADDRESS:63 Whitmore Road]], [[LOCATION:Small Heath]], [[LOCATION:Birmingham]] [[ZIP_CODE:B10 0NR]]

Dear [[PERSON:Dr. Sinclair]],

I would be grateful if you could see this [[AGE:64]]-year-old woman with a three-month history of breathlessness on exertion and ankle swelling. Her ECG shows new atrial fibrillation. She is a practising [[NRP:Muslim]] and has asked for a female clinician where possible. Her son [[PERSON:Tariq]] usually accompanies her and can be reached on [[PHONE_NUMBER:07723 401 558]].

Yours sincerely,
[[PERSON:Dr. Olamide Fashola]]
Heathfield Medical Centre""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Arjun Raghavan]]
SSN: [[US_SSN:271-48-9063]]
Date of birth: [[DATE_TIME:07/19/1990]]
Residential address: [[ADDRESS:1450 Elm Street, Apt 6]], [[LOCATION:Cary]], [[LOCATION:NC]] [[ZIP_CODE:27513]]
Years at address: 3
Employer: Verdant Analytics LLC    Position: Data Engineer    Annual income: $118,000
Requested amount: $25,000    Term: 60 months    Purpose: debt consolidation
Co-applicant: [[PERSON:Lakshmi Raghavan]], SSN [[US_SSN:271-56-1184]]
Driver's license (NC): [[US_DRIVER_LICENSE:000412239071]]""",
    """NOTICE OF ARREARS

To: [[PERSON:Bernadette Quigley]]
[[ADDRESS:212 Harbour View Road]]
[[LOCATION:Cobh]], [[LOCATION:Co. Cork]]
[[ZIP_CODE:P24 XT62]]

Re: Credit agreement 5510-884-27

Dear [[PERSON:Ms Quigley]],

Our records show that the instalments due from you on [[DATE_TIME:1 April 2024]] and [[DATE_TIME:1 May 2024]] have not been received. The arrears now stand at €1,312.40. If you are experiencing financial difficulty, please contact our customer care team on 021 431 2200 so that we can discuss a repayment arrangement. If no payment or contact is received within 14 days, we may refer the account to a collection agency.

Collections Department""",
    """DISCHARGE SUMMARY
Name: [[PERSON:Hemi Tawhiri]]    NHI: [[ID_NUMBER:ZAC4128]]    DOB: [[DATE_TIME:23/10/1954]]    Age: [[AGE:69]]
Admitted: [[DATE_TIME:02/06/2024]]    Discharged: [[DATE_TIME:09/06/2024]]
Consultant: [[PERSON:Dr. Mei-Ling Chua]]
Diagnosis: community-acquired pneumonia, right lower lobe.
Medications on discharge: amoxicillin 500 mg TDS for 5 days; usual inhalers unchanged.
Follow-up: GP review in one week; repeat chest X-ray in six weeks.
Next of kin: [[PERSON:Aroha Tawhiri]] (daughter), [[PHONE_NUMBER:027 318 4490]]""",
    """EMPLOYMENT AGREEMENT

This Agreement is entered into on [[DATE_TIME:June 3, 2024]] by and between Pinnacle Freight Solutions Inc. (the "Company") and [[PERSON:Marisol Echeverría]] (the "Employee"), residing at [[ADDRESS:905 N Alvernon Way, Unit 12]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85711]].

1. Position. The Employee shall serve as Logistics Coordinator beginning on [[DATE_TIME:June 17, 2024]], reporting to the Operations Manager.
2. Compensation. The Company shall pay the Employee an annual base salary of $54,000, payable bi-weekly by direct deposit.
3. Confidentiality. The Employee's Social Security Number ([[US_SSN:602-31-7745]]) and banking information shall be used solely for payroll and tax reporting.

Signed: [[PERSON:Marisol Echeverría]]    Date: [[DATE_TIME:06/03/2024]]""",
    """SUBPOENA TO APPEAR AND TESTIFY

To: [[PERSON:Curtis Lamar Odom]], [[ADDRESS:4418 Magnolia Bend]], [[LOCATION:Jackson]], [[LOCATION:Mississippi]] [[ZIP_CODE:39206]]

YOU ARE COMMANDED to appear before the circuit court in [[LOCATION:Jackson]] on [[DATE_TIME:November 4, 2024, at 9:00 a.m.]] to testify in the case of State v. [[PERSON:Pruitt]]. Bring with you any text messages exchanged with [[PERSON:Tonya Pruitt]] between [[DATE_TIME:March 1]] and [[DATE_TIME:March 15, 2024]], including those sent from [[PHONE_NUMBER:601-372-8850]].""",
    """DEED OF TRUST

THIS DEED OF TRUST is made on [[DATE_TIME:the 14th day of February, 2024]]. The Grantor is [[PERSON:Howard T. Nakamura]] and [[PERSON:Eileen S. Nakamura]], husband and wife, whose address is [[ADDRESS:2741 Kilauea Avenue]], [[LOCATION:Honolulu]], [[LOCATION:Hawaii]] [[ZIP_CODE:96816]]. The Beneficiary is Pacific Rim Savings Bank. Borrower owes Lender the principal sum of Six Hundred Eighty Thousand Dollars (U.S. $680,000.00), evidenced by Borrower's note dated the same date as this Security Instrument.""",
    """LIFE INSURANCE BENEFICIARY DESIGNATION
Insured: [[PERSON:Folasade Adeyemi-Coker]]    Policy: LF-88204117
Insured's date of birth: [[DATE_TIME:5 January 1977]]
Primary beneficiary: [[PERSON:Babatunde Coker]] (spouse), 100%
   Address: [[ADDRESS:18 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]
   Phone: [[PHONE_NUMBER:+234 802 771 4093]]
Contingent beneficiaries: [[PERSON:Temiloluwa Coker]] and [[PERSON:Oreoluwa Coker]] (children), 50% each
Signature of insured: ____________    Date: [[DATE_TIME:12/03/2024]]""",
    """PHARMACY DISPENSING RECORD
Patient: [[PERSON:Liang, Xiaoming]]    Rx #: 7730218
DOB: [[DATE_TIME:1949-05-30]]    Phone: [[PHONE_NUMBER:(718) 939-2246]]
Address: [[ADDRESS:136-20 Roosevelt Ave, Apt 5F]], [[LOCATION:Flushing]], [[LOCATION:NY]] [[ZIP_CODE:11354]]
Prescriber: [[PERSON:Dr. Anita Moskowitz]], NPI 1487726350
Drug: Apixaban 5 mg tablets, #60, 1 tab PO BID
Insurance: Medicare Part D, member ID [[ID_NUMBER:1EG4-TE5-MK72]]
Counselled by: [[PERSON:R. Abernathy]], PharmD""",
    """TRAFFIC COLLISION REPORT
Report No.: 24-03317
Date/time: [[DATE_TIME:04/27/2024 16:05]]    Location: Route 9 at Old Post Road, [[LOCATION:Rhinebeck]], [[LOCATION:NY]]
Driver 1: [[PERSON:Samantha Jo Ferraro]], DOB [[DATE_TIME:08/14/1998]], NY license [[US_DRIVER_LICENSE:742 118 903]], vehicle plate [[ID_NUMBER:KNT-4471]]
Driver 2: [[PERSON:Ahmed Khalil]], DOB [[DATE_TIME:02/02/1966]], NJ license [[US_DRIVER_LICENSE:K4018 27730 66202]], vehicle plate [[ID_NUMBER:E47-LRD]]
Narrative: Vehicle 1 was travelling southbound when Vehicle 2 failed to yield while turning left. Driver 2 complained of neck pain and was transported to Northern Dutchess Hospital.""",
    """SCHOOL INCIDENT REPORT
Pupil: [[PERSON:Kayden Mbeki-Sullivan]]    Year 7    DOB: [[DATE_TIME:30.09.2012]]
Date of incident: [[DATE_TIME:Tuesday 14 May 2024]]    Reported by: [[PERSON:Mr. Huw Pritchard]] (PE)
Summary: During the lunchtime football session, [[PERSON:Kayden]] collided with another pupil and hit his head on the goalpost. First aid given by [[PERSON:Mrs. Angharad Lloyd]]. Parent ([[PERSON:Shona Sullivan]], [[PHONE_NUMBER:07457 338 120]]) was contacted at 12:55 and collected him at 13:30.""",
    """INFORMED CONSENT FOR RESEARCH PARTICIPATION
Study: Sleep quality and shift work (Protocol SQ-2023-14)
Participant: [[PERSON:Dr. Thuy Anh Pham]]    Participant no.: [[ID_NUMBER:SQ-0417]]
Age: [[AGE:44]]    Email: [[EMAIL_ADDRESS:thuyanh.pham@gmail.com]]
I confirm that I have read the information sheet dated 02/01/2024 and have had the opportunity to ask questions. I understand that my participation is voluntary and that I may withdraw at any time.
Signature of participant: [[PERSON:T. A. Pham]]    Date: [[DATE_TIME:9 February 2024]]
Person taking consent: [[PERSON:Ellie Brackenbury]], Research Nurse""",
    """LASTING POWER OF ATTORNEY (extract)
Donor: [[PERSON:Mr. Reginald Arthur Pike]], of [[ADDRESS:7 Fennel Gardens]], [[LOCATION:Colchester]] [[ZIP_CODE:CO4 9RS]], born [[DATE_TIME:21 July 1938]]
Attorneys: [[PERSON:Janet Pike-Morris]] ([[ADDRESS:22 Lexden Road]], [[LOCATION:Colchester]] [[ZIP_CODE:CO3 3RE]]) and [[PERSON:Graham Pike]] ([[ADDRESS:Rose Cottage, Mill Lane]], [[LOCATION:Dedham]] [[ZIP_CODE:CO7 6DH]])
The attorneys are appointed to act jointly and severally in relation to the donor's property and financial affairs.""",
    """ACCOUNT OPENING FORM (INDIVIDUAL)
Full name: [[PERSON:Precious Nokuthula Zulu]]
Identity number: [[ID_NUMBER:880714 5123 089]]
Nationality: [[NRP:South African]]
Residential address: [[ADDRESS:Unit 14, Sandton Heights, 88 Rivonia Road]], [[LOCATION:Sandton]], [[ZIP_CODE:2196]]
Cell: [[PHONE_NUMBER:071 552 0384]]    Email: [[EMAIL_ADDRESS:precious.zulu@webmail.co.za]]
Occupation: Quantity Surveyor    Source of funds: salary
Account type: Savings""",
    """Dear Sir or Madam,

I am writing to dispute a charge of $1,249.99 posted to my credit card account, card number [[CREDIT_CARD:5417 3309 8120 6649]], on [[DATE_TIME:April 2, 2024]]. I did not authorize this transaction and was in [[LOCATION:Denver]] at the time. I have not lost my card, and I believe the number may have been compromised at a gas station.

Please investigate and remove the charge. You may reach me at [[PHONE_NUMBER:720-664-1938]] or [[EMAIL_ADDRESS:ljbautista@comcast.net]].

Sincerely,
[[PERSON:Lorenzo J. Bautista]]
[[ADDRESS:3390 S Kalamath St]]
[[LOCATION:Englewood]], [[LOCATION:CO]] [[ZIP_CODE:80110]]""",
    """WORKERS' COMPENSATION - EMPLOYER'S FIRST REPORT OF INJURY
Employee: [[PERSON:Raymond Oduya]]    SSN: [[US_SSN:449-03-2817]]
Home address: [[ADDRESS:1207 Pecan Grove Ln]], [[LOCATION:Round Rock]], [[LOCATION:TX]] [[ZIP_CODE:78664]]
Date of hire: [[DATE_TIME:08/01/2019]]    Occupation: warehouse associate
Date of injury: [[DATE_TIME:05/09/2024]]    Time: 2:15 PM
Description: Employee strained lower back while lifting a 60 lb carton from the bottom shelf.
Treating physician: [[PERSON:Dr. Leticia Guerrero]], occupational medicine""",
    """To whom it may concern,

I, [[PERSON:Gurpreet Singh Dhillon]], a Canadian citizen residing at [[ADDRESS:15 Sandalwood Pkwy E, Unit 7]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Z 1Y5]], confirm that I will host my mother, [[PERSON:Jaswinder Kaur]], born [[DATE_TIME:12-08-1957]], Indian passport [[ID_NUMBER:Z4408192]], during her visit from [[DATE_TIME:June 1]] to [[DATE_TIME:August 30, 2024]]. I will cover all her expenses. My SIN is [[ID_NUMBER:130 692 544]] and I can be reached at [[PHONE_NUMBER:905-451-7782]].

[[PERSON:Gurpreet Singh Dhillon]]""",
    """NOTICE OF INTENDED SALE

Property: [[ADDRESS:17 Kowhai Street]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]]
Registered proprietors: [[PERSON:Daniel Hohaia]] and [[PERSON:Merenia Hohaia]]
Take notice that the mortgagee intends to exercise its power of sale if the default is not remedied by [[DATE_TIME:31 July 2024]]. The amount required to remedy the default is $14,880.17.""",
    """DENTAL TREATMENT RECORD
Patient: [[PERSON:Ms. Oyinkansola Bello]]    File no.: [[ID_NUMBER:D-66120]]    DOB: [[DATE_TIME:17/01/1992]]
Visit: [[DATE_TIME:06/05/2024 09:30]]    Clinician: [[PERSON:Dr. Kieran Mulholland]]
Tooth 36: MO composite restoration; local anaesthetic 2.2 ml articaine.
Medical history: asthma (salbutamol PRN); no known drug allergies.
Recall in six months. Text reminder to [[PHONE_NUMBER:07388 214 605]].""",
    """CHANGE OF NAME DEED

I, [[PERSON:Jessica Marie Thornbury]], of [[ADDRESS:41 Cecil Street]], [[LOCATION:Lincoln]] [[ZIP_CODE:LN1 3AU]], born on [[DATE_TIME:3rd October 1995]], formerly known as [[PERSON:Jessica Marie Holt]], HEREBY absolutely renounce and abandon the use of my former name and assume the name of [[PERSON:Jessica Marie Thornbury]] for all purposes.

Signed as a deed on [[DATE_TIME:18th April 2024]] in the presence of: [[PERSON:Peter Okwuosa]], Solicitor, [[ADDRESS:9 Silver Street]], [[LOCATION:Lincoln]].""",
    """ESTATE NOTICE
[[PERSON:EDWARD JOHN McALLISTER]], late of [[ADDRESS:3 Kilmory Crescent]], [[LOCATION:Ballymena]], [[LOCATION:County Antrim]], retired engineer, deceased, who died on [[DATE_TIME:19 January 2024]]. Any person having claims against the estate should send particulars to the executor, [[PERSON:Fiona McAllister-Reid]], c/o Hanna & Boyd Solicitors, by 30 June 2024.""",
    """STUDENT LOAN DEFERMENT REQUEST
Borrower name: [[PERSON:Destiny Rochelle Harris]]
SSN: [[US_SSN:233-90-4418]]    Date of birth: [[DATE_TIME:11/02/1997]]
Permanent address: [[ADDRESS:822 Dogwood Trail]], [[LOCATION:Greensboro]], [[LOCATION:NC]] [[ZIP_CODE:27405]]
Email: [[EMAIL_ADDRESS:destiny.harris97@gmail.com]]    Phone: [[PHONE_NUMBER:(336) 217-0954]]
Deferment type: In-school. Enrollment start date: [[DATE_TIME:08/19/2024]]. School: Bennett College.""",
    """HOME CARE SUPPORT PLAN
Client: [[PERSON:Mrs Iris Pemberton]] ([[AGE:87]])    Client ID: [[ID_NUMBER:HC-30552]]
Address: [[ADDRESS:Flat 9, Cedar Court, 1 Station Approach]], [[LOCATION:Worthing]] [[ZIP_CODE:BN11 1AA]]
Key safe code: 4471 (do not share)
Visits: 08:00, 12:30 and 19:00 daily. Assist with medication, meals and personal care.
Family contact: [[PERSON:Andrew Pemberton]] (son), [[PHONE_NUMBER:07900 614 233]], [[EMAIL_ADDRESS:andrew.pemberton@icloud.com]]
Care coordinator: [[PERSON:Bisi Adekunle]]""",
    """LABORATORY REPORT
Patient: [[PERSON:WANJIKU, Esther]]    Sex: F    Age: [[AGE:29]]    Lab no.: 24-118730
Patient ID: [[ID_NUMBER:KNH-0937714]]    Collected: [[DATE_TIME:12-Jun-2024 08:14]]
Requesting clinician: [[PERSON:Dr. P. Kamau]]
Haemoglobin 10.9 g/dL (L); MCV 74 fL (L); ferritin 8 ng/mL (L); platelets 312 x10^9/L.
Comment: microcytic anaemia consistent with iron deficiency.""",
    """NOTICE OF ASSESSMENT 2023-24
Name: [[PERSON:Ms Harriet Wong]]
Postal address: [[ADDRESS:PO Box 287]], [[LOCATION:Toowong]] [[LOCATION:QLD]] [[ZIP_CODE:4066]]
Tax file number: [[ID_NUMBER:459 182 737]]
Date of issue: 22 August 2024
Taxable income: $96,412. Tax on taxable income: $21,107.84. Refund: $1,036.40, to be paid to your nominated account, BSB 064-118, account [[ID_NUMBER:10447293]].""",
    """PARENTAL CONSENT FOR A MINOR TO TRAVEL (affidavit)
I, the undersigned, [[PERSON:Sibusiso Mthembu]], identity number [[ID_NUMBER:660228 5231 087]], residing at [[ADDRESS:45 Hibiscus Road]], [[LOCATION:Morningside]], [[LOCATION:Durban]], [[ZIP_CODE:4001]], being the father of [[PERSON:Lwazi Mthembu]], born [[DATE_TIME:3 March 2012]], passport [[ID_NUMBER:A07731942]], hereby give consent for my son to travel to [[LOCATION:Mauritius]] with his mother, [[PERSON:Nomsa Mthembu]], from [[DATE_TIME:28 June 2024]] to [[DATE_TIME:7 July 2024]].
Contact number: [[PHONE_NUMBER:083 902 4417]]
Sworn before me at [[LOCATION:Durban]] on this [[DATE_TIME:20th day of June 2024]]. Commissioner of Oaths.""",
    # --- in the manner of Nemotron-PII (JSON, logs, SQL, XML, config, code, tickets, forms) ---
    """{"full_name": "[[PERSON:Kenji Watanabe-Lowe]]", "email": "[[EMAIL_ADDRESS:kenji.wl@fastmail.com]]", "phone": "[[PHONE_NUMBER:+1 206 718 4402]]", "dob": "[[DATE_TIME:1988-12-04]]", "address": {"street": "[[ADDRESS:4127 Fremont Ave N]]", "city": "[[LOCATION:Seattle]]", "state": "[[LOCATION:WA]]", "zip": "[[ZIP_CODE:98103]]"}, "plan": "premium", "marketing_opt_in": false, "last_login_ip": "[[IP_ADDRESS:24.17.203.88]]"}""",
    """08:42:17.331 INFO  auth-service   login success user=[[USERNAME:mgarcia.rios]] ip=[[IP_ADDRESS:189.203.44.17]] ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15" session=9f2c1e7a
08:42:19.004 WARN  profile-service email change requested user=[[USERNAME:mgarcia.rios]] old=[[EMAIL_ADDRESS:m.garcia.rios@hotmail.com]] new=[[EMAIL_ADDRESS:mariana.gr@protonmail.com]]
08:42:19.120 INFO  notify-service sms queued to=[[PHONE_NUMBER:+52 33 1872 6604]] template=EMAIL_CHANGE_OTP attempt=1""",
    """INSERT INTO customers (first_name, last_name, email, phone, dob, ssn, street, city, state, zip)
VALUES ('[[PERSON:Brianna]]', '[[PERSON:Kowalski]]', '[[EMAIL_ADDRESS:bkowalski@att.net]]', '[[PHONE_NUMBER:(414) 302-7789]]', '[[DATE_TIME:1979-03-22]]', '[[US_SSN:391-52-6604]]', '[[ADDRESS:2218 S 16th St]]', '[[LOCATION:Milwaukee]]', '[[LOCATION:WI]]', '[[ZIP_CODE:53215]]');""",
    """<patient>
  <mrn>[[ID_NUMBER:MRN-00731884]]</mrn>
  <name><given>[[PERSON:Ngozi]]</given><family>[[PERSON:Eze-Williams]]</family></name>
  <birthDate>[[DATE_TIME:1983-07-09]]</birthDate>
  <gender>female</gender>
  <telecom system="phone">[[PHONE_NUMBER:+1-832-441-9027]]</telecom>
  <telecom system="email">[[EMAIL_ADDRESS:ngozi.ew@yahoo.com]]</telecom>
  <address><line>[[ADDRESS:7700 Kirby Dr, Apt 1214]]</line><city>[[LOCATION:Houston]]</city><state>[[LOCATION:TX]]</state><postalCode>[[ZIP_CODE:77030]]</postalCode></address>
</patient>""",
    """service: billing-reconciler
owner:
  name: [[PERSON:Siddharth Iyer]]
  email: [[EMAIL_ADDRESS:siddharth.iyer@ledgerline.in]]
  oncall_phone: "[[PHONE_NUMBER:+91 99016 22873]]"
db:
  host: db-billing-02.internal
  user: svc_billing
  password: "Xk9#pQ2!mLr"
schedule: "0 */4 * * *"
alerts:
  slack_channel: "#billing-alerts\"""",
    """# test fixture -- replace with synthetic data before merging!
customer = Customer(
    name="[[PERSON:Aoife Brennan]]",
    iban="[[IBAN_CODE:IE63 BOFI 9000 1758 2419 36]]",
    email="[[EMAIL_ADDRESS:aoife.brennan@eircom.net]]",
    dob="[[DATE_TIME:1991-04-17]]",
    eircode="[[ZIP_CODE:A94 X7P2]]",
)
assert customer.is_valid()""",
    """Ticket INC-204417
Opened by: [[PERSON:Marguerite Lavoie]] ([[EMAIL_ADDRESS:mlavoie@groupe-boreal.ca]])
Priority: P3    Category: Access
Subject: Can't get into the payroll portal
Description: Since [[DATE_TIME:Monday 10 June]] I get "account locked" whenever I log in as [[USERNAME:mlavoie]]. My employee number is [[ID_NUMBER:004817]] and my cell is [[PHONE_NUMBER:418-660-2391]]. I'm working from home in [[LOCATION:Lévis]] this week if someone needs to remote in.""",
    """{"order": "ORD-5521-KX", "customer": {"name": "[[PERSON:Tomasz Zieliński]]", "email": "[[EMAIL_ADDRESS:t.zielinski@wp.pl]]"}, "shipping": {"line1": "[[ADDRESS:ul. Marszałkowska 84/92 m. 17]]", "postcode": "[[ZIP_CODE:00-514]]", "city": "[[LOCATION:Warszawa]]", "country": "[[LOCATION:Poland]]"}, "payment": {"card": "[[CREDIT_CARD:4532 0177 3904 2185]]", "exp": "08/27", "cvv": "912"}, "items": 3}""",
    r"""MSH|^~\&|LABSYS|STMARYS|EHR|STMARYS|20240612091500||ORU^R01|MSG00417|P|2.5
PID|1||[[ID_NUMBER:448812093]]^^^STMARYS^MR||[[PERSON:DUBOIS]]^[[PERSON:ANNE-MARIE]]^^^^||[[DATE_TIME:19720315]]|F|||[[ADDRESS:118 RUE PRINCIPALE]]^^[[LOCATION:MONCTON]]^[[LOCATION:NB]]^[[ZIP_CODE:E1C 4P2]]||[[PHONE_NUMBER:(506)857-2218]]
OBX|1|NM|2345-7^GLUCOSE^LN||6.1|mmol/L|3.9-6.0|H|||F""",
    """APP_ENV=staging
ADMIN_NAME="[[PERSON:Kofi Mensah-Bonsu]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:kofi.mb@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+233 24 418 7730]]
SMTP_HOST=smtp.mailgun.org
SMTP_PASSWORD=9c1f-77ab-e2d0
FEATURE_FLAGS=new_checkout,dark_mode""",
    """UPDATE employees
SET home_address = '[[ADDRESS:56 Kingsway, Unit 3]]', city = '[[LOCATION:Vancouver]]', postal_code = '[[ZIP_CODE:V5T 3H9]]', sin = '[[ID_NUMBER:712 884 063]]'
WHERE employee_id = [[ID_NUMBER:20931]] AND last_name = '[[PERSON:Nakashima]]';""",
    """--- Contact form submission ---
Name: [[PERSON:Rukhsana Begum]]
Email: [[EMAIL_ADDRESS:rukhsana.b@outlook.com]]
Phone: [[PHONE_NUMBER:07418 220 931]]
Postcode: [[ZIP_CODE:E1 5LJ]]
Message: Hi, my mother [[PERSON:Jahanara]] ([[AGE:79]]) needs a ground-floor flat near [[LOCATION:Whitechapel]] as she now uses a wheelchair. She is currently at [[ADDRESS:Flat 31, Brunton House, 8 Cable Street]] on the 4th floor and the lift is often broken.
Submitted from: [[IP_ADDRESS:86.12.201.54]]""",
    """const applicant = {
  firstName: "[[PERSON:Tevita]]",
  lastName: "[[PERSON:Fifita]]",
  dateOfBirth: "[[DATE_TIME:2000-09-27]]",
  passportNo: "[[ID_NUMBER:LH418820]]", // NZ passport
  mobile: "[[PHONE_NUMBER:022 519 7736]]",
  suburb: "[[LOCATION:Māngere]]",
  city: "[[LOCATION:Auckland]]",
  consent: true,
};""",
    """{"event": "user.updated", "actor": {"role": "admin", "email": "[[EMAIL_ADDRESS:r.chowdhury@helixpay.io]]"}, "target": {"username": "[[USERNAME:fatima.zahra.b]]", "phone": "[[PHONE_NUMBER:+212 661 48 27 90]]", "kyc_level": 2}, "source_ip": "[[IP_ADDRESS:102.50.14.203]]", "changes": {"phone": "updated"}}""",
    """BUG-3310: customer PII shown in checkout error
Steps to reproduce:
1. Check out with card [[CREDIT_CARD:5128 6744 0931 7268]] and a billing postcode that doesn't match.
2. The error banner reads: "Invalid billing address for [[PERSON:Grace Adjei]] at [[ADDRESS:90 Plumstead High St]], [[ZIP_CODE:SE18 1SL]]".
Expected: generic message only.
Reporter: [[PERSON:Lukas Bauer]]    Component: checkout-web    Build: 3.18.2""",
    """From: "[[PERSON:Beatriz Souza]]" <[[EMAIL_ADDRESS:bia.souza@uol.com.br]]>
To: hr@vantage-grp.com
Subject: Sick note
X-Originating-IP: [[IP_ADDRESS:177.92.18.240]]

Hi, attached is my doctor's note. I was seen on [[DATE_TIME:12 June]] by [[PERSON:Dr. Paulo Menezes]] and signed off until the 14th. Employee no. [[ID_NUMBER:BR-3381]].
Thanks, [[PERSON:Bia]]""",
    """{"data": {"users": [{"name": "[[PERSON:Hyun-woo Park]]", "email": "[[EMAIL_ADDRESS:hwpark@naver.com]]", "age": [[AGE:31]]}, {"name": "[[PERSON:Seo-yeon Kim]]", "email": "[[EMAIL_ADDRESS:seoyeon.kim92@gmail.com]]", "age": [[AGE:32]]}], "page": 1, "total": 2}}""",
    """[[IP_ADDRESS:203.118.44.9]] - [[USERNAME:jlim]] [[[DATE_TIME:12/Jun/2024:10:14:33 +0800]]] "POST /account/profile HTTP/1.1" 200 512 "https://shop.example.sg/account" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/126.0\"""",
    """FROM python:3.12-slim
LABEL maintainer="[[PERSON:Oluwaseun Adeyinka]] <[[EMAIL_ADDRESS:seun.adeyinka@gmail.com]]>"
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
ENV CONTACT_PHONE="[[PHONE_NUMBER:+44 7423 118 560]]"
CMD ["gunicorn", "app:app"]""",
    """{"applicant": {"given_names": "[[PERSON:Arnav]]", "surname": "[[PERSON:Bose]]", "nationality": "[[NRP:Indian]]", "passport_number": "[[ID_NUMBER:T6391047]]", "pan": "[[ID_NUMBER:BQKPB4471M]]", "dob": "[[DATE_TIME:14/11/1986]]", "address": "[[ADDRESS:Flat 7B, Palm Grove Apartments, 12 Lake Road]]", "city": "[[LOCATION:Kolkata]]", "pin": "[[ZIP_CODE:700029]]"}, "risk_score": 0.12}""",
    """Lead: [[PERSON:Chloé Marchetti]] | Source: webinar | Phone: [[PHONE_NUMBER:+61 2 9018 4471]] | Email: [[EMAIL_ADDRESS:chloe.marchetti@bigpond.com]]
Notes: called on [[DATE_TIME:11/06/2024]], keen on the premium plan, decision by end of month. Her partner [[PERSON:Luca]] handles the finances; follow up [[DATE_TIME:Thu 20/06 at 2pm]].""",
    """Traceback (most recent call last):
  File "/srv/app/payments.py", line 88, in charge
    gateway.charge(card="[[CREDIT_CARD:4916 7130 8825 0470]]", name="[[PERSON:Rosa Delgado]]", zip="[[ZIP_CODE:33125]]")
  File "/srv/app/gateway.py", line 41, in charge
    raise PaymentError(resp.reason)
PaymentError: card declined for customer [[EMAIL_ADDRESS:rosa.delgado61@gmail.com]]""",
    """mysql> SELECT id, name, phone FROM drivers WHERE license_no = '[[US_DRIVER_LICENSE:S530-4417-9823]]';
+------+----------------+----------------+
| id   | name           | phone          |
+------+----------------+----------------+
| 4471 | [[PERSON:Mark Szymanski]] | [[PHONE_NUMBER:(773) 481-2290]] |
+------+----------------+----------------+
1 row in set (0.00 sec)""",
    """{"type": "report.created", "reporter": {"handle": "[[USERNAME:kels_in_kc]]"}, "reported": {"handle": "[[USERNAME:mike.r.1983]]", "display_name": "[[PERSON:Mike]]", "age": [[AGE:41]], "city": "[[LOCATION:Overland Park]]"}, "reason": "off_platform_contact", "evidence": "he sent me his number [[PHONE_NUMBER:913-208-4476]] and kept asking for mine"}""",
    """<Invoice id="INV-2024-0611">
  <BillTo>
    <Name>[[PERSON:Seamus Doherty]]</Name>
    <Street>[[ADDRESS:12 Strand Road]]</Street>
    <Town>[[LOCATION:Derry]]</Town>
    <Postcode>[[ZIP_CODE:BT48 7AB]]</Postcode>
  </BillTo>
  <Payment method="DirectDebit"><IBAN>[[IBAN_CODE:GB22 HBUK 4012 7690 3155 48]]</IBAN></Payment>
  <Total currency="GBP">86.40</Total>
</Invoice>""",
    """employee:
  legal_name: [[PERSON:Ifeoma Chukwuemeka]]
  preferred_name: [[PERSON:Ify]]
  start_date: [[DATE_TIME:2024-07-01]]
  personal_email: [[EMAIL_ADDRESS:ify.chukwuemeka@gmail.com]]
  ni_number: [[ID_NUMBER:SN 41 77 20 B]]
  bank:
    account_number: "[[ID_NUMBER:19284470]]"
    sort_code: "40-12-76"
  emergency_contact:
    name: [[PERSON:Obinna Chukwuemeka]]
    relationship: brother
    phone: "[[PHONE_NUMBER:+44 7911 402 385]]\"""",
    """curl -X POST https://api.kinhealth.example/v2/patients -H "Content-Type: application/json" -d '{"name": "[[PERSON:Sione Vaipulu]]", "dob": "[[DATE_TIME:1971-02-18]]", "medicare": "[[ID_NUMBER:5128 44602 3]]", "phone": "[[PHONE_NUMBER:0422 807 113]]", "suburb": "[[LOCATION:Logan Central]]"}'""",
    """[09:14:02] OUT to [[PHONE_NUMBER:+63 917 804 2219]]: "Hi [[PERSON:Jocelyn]], your one-time code is 448201. Do not share it with anyone."
[09:14:40] IN  from [[PHONE_NUMBER:+63 917 804 2219]]: "ok thanks. pls update my address to [[ADDRESS:Unit 12B Avida Towers, 34th St]], [[LOCATION:Taguig]]"
[09:15:03] OUT to [[PHONE_NUMBER:+63 917 804 2219]]: "Address updated, [[PERSON:Ms. Reyes]]. Reply STOP to opt out.\"""",
    # --- Ukrainian and Russian ---
    """ДОГОВІР ОРЕНДИ КВАРТИРИ № 14/06
м. [[LOCATION:Одеса]]    [[DATE_TIME:14 червня 2024 р.]]
Орендодавець: [[PERSON:Коваленко Віктор Степанович]], РНОКПП [[ID_NUMBER:2903033014]], паспорт [[ID_NUMBER:КМ 418305]]
Орендар: [[PERSON:Савчук Дарина Олегівна]], РНОКПП [[ID_NUMBER:3427412764]]
Об'єкт оренди: квартира за адресою [[ADDRESS:вул. Дерибасівська, 21, кв. 5]], м. [[LOCATION:Одеса]], [[ZIP_CODE:65026]].
Орендна плата 14 000 грн на місяць сплачується на рахунок Орендодавця [[IBAN_CODE:UA09 3003 4600 0002 6004 1189 0037 7]].
Телефон Орендаря: [[PHONE_NUMBER:+380 50 771 28 46]]""",
    """ВИПИСКА З МЕДИЧНОЇ КАРТИ СТАЦІОНАРНОГО ХВОРОГО
Пацієнт: [[PERSON:Литвиненко Марія Іванівна]], [[AGE:57]] років
Дата народження: [[DATE_TIME:02.02.1967]]    УНЗР: [[ID_NUMBER:19670202-03189]]
Адреса: [[ADDRESS:просп. Науки, 44, кв. 90]], м. [[LOCATION:Харків]]
Госпіталізована [[DATE_TIME:03.06.2024]], виписана [[DATE_TIME:12.06.2024]].
Діагноз: гіпертонічна хвороба II ст.
Лікуючий лікар: [[PERSON:Гончаренко О. В.]]
Контактний телефон родини: [[PHONE_NUMBER:(057) 714-22-90]]""",
    """{"recipient": {"last_name": "[[PERSON:Ткаченко]]", "first_name": "[[PERSON:Богдан]]", "phone": "[[PHONE_NUMBER:380661934475]]"}, "city": "[[LOCATION:Дніпро]]", "warehouse": "Відділення 17", "sender": {"name": "[[PERSON:Олена Кравець]]", "phone": "[[PHONE_NUMBER:380977024418]]"}, "ttn": "20450918273341", "cod_card": "[[CREDIT_CARD:4149 4993 1205 7761]]", "weight_kg": 2.4}""",
    """12:01:44 INFO  login ok user=[[USERNAME:o.shevchuk]] ip=[[IP_ADDRESS:93.170.117.42]]
12:01:51 INFO  profile view user=[[USERNAME:o.shevchuk]] піб="[[PERSON:Шевчук Ольга Миколаївна]]"
12:02:10 WARN  card add failed user=[[USERNAME:o.shevchuk]] pan=516875******2340 reason=3DS_TIMEOUT
12:02:11 INFO  sms sent phone=[[PHONE_NUMBER:+380634471092]] text="Картку не додано, спробуйте ще раз\"""",
    """АНКЕТА ЗАЁМЩИКА
ФИО: [[PERSON:Волкова Екатерина Сергеевна]]
Дата рождения: [[DATE_TIME:19.04.1990]]
Паспорт: [[ID_NUMBER:4514 782209]]
ИНН: [[ID_NUMBER:502789012327]]
СНИЛС: [[ID_NUMBER:046-118-309 34]]
Адрес регистрации: [[ADDRESS:ул. Профсоюзная, д. 93, корп. 2, кв. 114]], [[LOCATION:Москва]], [[ZIP_CODE:117279]]
Мобильный телефон: [[PHONE_NUMBER:8 (916) 402-77-15]]
E-mail: [[EMAIL_ADDRESS:e.volkova90@mail.ru]]
Место работы: ООО «Северный ветер», должность: бухгалтер
Сумма кредита: 450 000 руб., срок 36 мес.""",
    """INSERT INTO clients (fio, phone, email, birth_date, city) VALUES
('[[PERSON:Орлов Павел Андреевич]]', '[[PHONE_NUMBER:+7 (921) 308-44-61]]', '[[EMAIL_ADDRESS:p.orlov@yandex.ru]]', '[[DATE_TIME:1982-08-30]]', '[[LOCATION:Санкт-Петербург]]'),
('[[PERSON:Ахмедова Лейла Рашидовна]]', '[[PHONE_NUMBER:+7 (928) 117-90-03]]', '[[EMAIL_ADDRESS:leyla.akhmedova@gmail.com]]', '[[DATE_TIME:1995-01-14]]', '[[LOCATION:Махачкала]]');""",
    """Заявка 77120
От: [[PERSON:Никита Белоусов]] <[[EMAIL_ADDRESS:nbelousov@bk.ru]]>
Тема: Не приходит СМС с кодом
Здравствуйте! Мой номер [[PHONE_NUMBER:+7 903 551-20-84]], логин [[USERNAME:nik_belousov]]. С [[DATE_TIME:10 июня]] не могу войти в личный кабинет, код не приходит. Последний вход был с IP [[IP_ADDRESS:95.165.40.212]]. Помогите, пожалуйста.""",
    """ЗАЯВЛЕНИЕ О СТРАХОВОМ СЛУЧАЕ (ОСАГО)
Потерпевший: [[PERSON:Гусейнов Рамиль Эльдарович]], водительское удостоверение [[ID_NUMBER:99 18 447201]]
Транспортное средство: Kia Rio, гос. номер [[ID_NUMBER:А417ВК 178]]
Дата и время ДТП: [[DATE_TIME:08.06.2024 18:20]]
Место ДТП: [[LOCATION:Санкт-Петербург]], пересечение Невского пр. и ул. Марата
Второй участник: [[PERSON:Федорова Анна Викторовна]], тел. [[PHONE_NUMBER:+7 911 720-53-38]]
Реквизиты для выплаты: карта Мир [[CREDIT_CARD:2202 2061 3377 4526]]""",
    """<Сотрудник>
  <ФИО>[[PERSON:Лебедев Артём Олегович]]</ФИО>
  <ДатаРождения>[[DATE_TIME:1993-06-11]]</ДатаРождения>
  <ИНН>[[ID_NUMBER:780144552080]]</ИНН>
  <СНИЛС>[[ID_NUMBER:158-330-274 61]]</СНИЛС>
  <Адрес>[[ADDRESS:Лиговский пр., д. 50, кв. 12]], [[LOCATION:Санкт-Петербург]]</Адрес>
  <Телефон>[[PHONE_NUMBER:+79213306517]]</Телефон>
</Сотрудник>""",
]

GEN = [
    # --- dating apps ---
    """Reported profile: the user calling himself "[[PERSON:Jake]]" on Kindling told [[PERSON:Danielle Okafor]] his name was [[PERSON:Jacob Whitcombe]], [[AGE:34]], and asked her to move the chat to WhatsApp at [[PHONE_NUMBER:+44 7700 918 342]] before they had even met.""",
    """my match [[PERSON:tomasz]] keeps asking where i live lol, i only told him i'm near [[LOCATION:Leith]] and that i'm [[AGE:31]] but now he's found my instagram [[USERNAME:ailsa.mcrae_]] and messaged me there""",
    """Safety team, I matched with someone named [[PERSON:Rohan Mehta]] on Hinge. After our date on [[DATE_TIME:Friday the 12th of April]] he showed up at my work twice. He's about [[AGE:40]] though his profile says [[AGE:35]]. His number is [[PHONE_NUMBER:+1 (647) 390-2281]].""",
    """Profile text flagged for review: "[[PERSON:Chidinma]], [[AGE:27]], [[LOCATION:Lekki]]. [[NRP:Catholic]], nurse, love jollof and long drives. Text me on [[PHONE_NUMBER:0803 417 2265]], I'm rarely on here." Phone numbers in bios break policy 4.2, so the bio was hidden.""",
    """Dating app support: [[PERSON:Ethan Wu]] says a match, "[[PERSON:Bella]]", sent him a link to a 'verification site' that asked for his card. He entered [[CREDIT_CARD:4716 2085 5193 0429]] with expiry 09/27 before realising, and we advised him to call his bank.""",
    """Romance scam report from [[PERSON:Margaret Ellery]], [[AGE:71]]: a man calling himself [[TITLE:Captain]] [[PERSON:Daniel Morris]], whom she met on a dating site, talked her into wiring $8,400 to an account in [[LOCATION:Ghana]]. She first spoke to him on [[DATE_TIME:January 9]].""",
    """so i'm meeting [[PERSON:sam]] from bumble tonight at 8 at the taproom on 5th, if i don't text you by 11 his full name is [[PERSON:Samuel Ogunleye]] and his number is [[PHONE_NUMBER:404-718-2290]] lol just in case""",
    """Photo verification failed for [[PERSON:Anjali Krishnan]]: the selfie doesn't match the ID she uploaded, which reads [[PERSON:Anjali K. Nair]], born [[DATE_TIME:22-04-1996]], Aadhaar [[ID_NUMBER:4821 3906 7753]]. Do not keep the ID image after review.""",
    """Hey [[PERSON:Liam]]! Loved your profile. I'm [[PERSON:Tayla]], [[AGE:26]], just moved to [[LOCATION:Wellington]] from [[LOCATION:Perth]]. Add me on snap, [[USERNAME:taylaxo_]], I barely check this app.""",
    """The account [[EMAIL_ADDRESS:priya.v.sundaram@icloud.com]] was registered with a birth date of [[DATE_TIME:March 3, 2007]], which makes the user under 18; the profile is hidden until an age check is done.""",
    """Trust & Safety summary: [[PERSON:Noor Haddad]] reported that a Tinder match, [[PERSON:Viktor]], sent her a screenshot of her office and named her suburb, [[LOCATION:Parramatta]], which she had never shared. His profile is tied to [[EMAIL_ADDRESS:viktor.k.1990@proton.me]]; account banned.""",
    # --- social media moderation ---
    """Moderator note: account [[USERNAME:truthbomb_88]] posted a photo of a driving licence belonging to [[PERSON:Sharon Petrakis]] showing her date of birth, [[DATE_TIME:17/09/1971]], and her home address on [[ADDRESS:2207 Cedar Ridge Dr]], [[LOCATION:Plano]], [[LOCATION:TX]]. Removed under the doxxing policy; strike 2 of 3.""",
    """Escalating a report from [[PERSON:lucía fernández]]: a Facebook group admin shared screenshots of her private messages along with her email, [[EMAIL_ADDRESS:lucia.fdz.84@gmail.com]], and the name of her son's school in [[LOCATION:Hialeah]]. She asked that the posts come down within 24 hours.""",
    """Reporter [[USERNAME:mamabear_kate]] flagged a post by [[USERNAME:lil.shadow.77]] that gives her child's full name, [[PERSON:Oliver James Penhaligon]], and the name of his primary school in [[LOCATION:Truro]]. Action taken: removed, poster warned.""",
    """Appeal from [[PERSON:Yusuf Demir]]: "My account [[USERNAME:ydemir_photo]] was banned for impersonation but I am the real person, my passport scan is attached." Passport number visible in the scan: [[ID_NUMBER:U28471930]]. Identity verified and the account was restored.""",
    """Automated filter held a comment on a [[LOCATION:Brisbane]] buy-swap-sell page: "anyone know [[PERSON:Courtney Baxter]]? she owes me $300, she lives at [[ADDRESS:3/22 Kedron Brook Rd]], [[LOCATION:Wilston]], her number is [[PHONE_NUMBER:0433 902 117]]". Held for review as possible harassment.""",
    """Please review: a TikTok live by [[USERNAME:jaydenvibes]] showed his friend's student card on screen, with the name [[PERSON:Priyanka Chaudhary]] and student number [[ID_NUMBER:s4419027]] clearly legible about twelve minutes in.""",
    """Ticket 88213, harassment. The reported user keeps making new accounts ([[USERNAME:realdanny_v2]], [[USERNAME:realdanny_v3]]) from the same address, [[IP_ADDRESS:2a02:c7c:5a10:3e00:b1f4:77e:9a1:e2]], to message [[PERSON:Ruth Adebayo-Clarke]]. All linked accounts suspended.""",
    """Content removed from the neighbourhood group: a post gave Councillor [[PERSON:Mark Fennimore]]'s home address, [[ADDRESS:19 Bramble Way]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 8PN]], and urged people to "pay him a visit". Poster [[USERNAME:yorks_patriot]] banned.""",
    # --- online marketplaces ---
    """Buyer [[PERSON:Kwame Asante-Boateng]] paid for the used Peloton but asked that it be delivered to his cousin at [[ADDRESS:14 Marlowe Court, Flat 3]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2LT]] instead of the address on his account.""",
    """Hey, is the cot still available? I can collect Saturday morning. I'm [[PERSON:Ngaio]], you can text me on [[PHONE_NUMBER:021 448 9173]].""",
    """Seller reply: Hi [[PERSON:Gemma]], I've refunded the £42.50 to the card ending 7731. If it hasn't shown by Monday email me directly at [[EMAIL_ADDRESS:gem.vintage.finds@outlook.com]] and quote order 11-0472-88. Thanks, [[PERSON:Bronwyn]]""",
    """Listing removed: the seller [[PERSON:Dwayne Kessler]] put his full card number, [[CREDIT_CARD:5425 2334 3010 9101]], in the description of a gift card bundle "as proof of purchase". We've emailed him at [[EMAIL_ADDRESS:dkessler77@aol.com]].""",
    """Collection only from [[LOCATION:Hackney]]. Ask for [[PERSON:Ife]] at the door, the bell says [[PERSON:Adeyemi]]. Cash or bank transfer, I'll send my details ([[PERSON:I. Adeyemi]], account [[ID_NUMBER:41907356]]) once you confirm.""",
    """Dispute D-2093: buyer [[PERSON:Chen Jia Hui]] says the iPhone arrived with the iCloud lock still on. Seller [[PERSON:Ravi Subramaniam]] ([[USERNAME:ravisubz]]) says he posted it from [[ADDRESS:Blk 22 Toa Payoh Lorong 7, #04-318]] working and reset.""",
    """I sold my car to [[PERSON:Brett Haldane]] through Autotrader on [[DATE_TIME:the 2nd of May]] and he still hasn't taken over the registration. Plate is [[ID_NUMBER:KV19 XPT]], he lives somewhere in [[LOCATION:Swindon]].""",
    """Hi! Before I send the deposit for the flat, can you confirm the landlord's name? The listing says [[PERSON:J. Okoro]] but the bank details you sent are for [[PERSON:Bashir Lawal]], IBAN [[IBAN_CODE:GB33 LOYD 3096 3444 8712 50]]. Feels off to me.""",
    """Etsy order note: please engrave "[[PERSON:Nana Ama]] & [[PERSON:Kofi]] – [[DATE_TIME:14.02.2015]]" on the back. Ship to [[PERSON:Ama Owusu]], [[ADDRESS:402 Bloor St W, Unit 1108]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5S 1X5]].""",
    """Vinted message from [[USERNAME:thriftqueen_leanne]]: "can u post it to my work instead, [[PERSON:Leanne Carty]], c/o Halcyon Dental, [[ADDRESS:2 Market Street]], [[LOCATION:Omagh]] [[ZIP_CODE:BT78 1EE]]". The seller agreed.""",
    """Marketplace scam alert: someone using the name [[PERSON:Kathy Lindgren]] is asking buyers to pay a "courier fee" through a link. Her profile is [[URL:https://www.facebook.com/kathy.lindgren.5203]]. Please don't pay anything.""",
    # --- everything else ---
    """On [[DATE_TIME:3 February 2024]] [[PERSON:Mr. Olumide Bakare]] reported that his debit card [[CREDIT_CARD:4539 1488 0343 6715]] had been used at a filling station in [[LOCATION:Ikeja]] while he was in [[LOCATION:Abuja]].""",
    """[[PERSON:Agnes Wairimu]], [[AGE:67]], came onto the ward at 02:40 with chest pain; her NHIF number is [[ID_NUMBER:4402918]] and her daughter [[PERSON:Njeri]] can be reached on [[PHONE_NUMBER:0722 614 309]].""",
    """[[PERSON:Tane Parata]] froze his membership at the gym in [[LOCATION:Ponsonby]] from [[DATE_TIME:1 July]] to [[DATE_TIME:31 August]]. His IRD number, [[ID_NUMBER:049-321-872]], was written on the direct debit form by mistake, so please shred the paper copy.""",
    """The clinic called [[TITLE:mrs.]] [[PERSON:hadley]] at [[PHONE_NUMBER:(503) 771-0926]] to say Biscuit's surgery went fine and he can be picked up tomorrow after 4pm.""",
    """Dear parents, [[PERSON:Aarav Sharma]]'s trip consent form is still missing. Please send it in with him or email [[EMAIL_ADDRESS:k.odonnell@stbrendans.ie]] before Friday. – [[PERSON:Ms Kathleen O'Donnell]], 4th class""",
    """Please update payroll: [[PERSON:Thandiwe Mokoena]] (staff no. [[ID_NUMBER:ZA-20417]]) changes her bank details from [[DATE_TIME:25 March 2024]]; new account [[ID_NUMBER:62841903377]] at FNB, branch code 250655.""",
    """I'm returning the blender, order #A55-209174. Refund to the original card please, the Amex ending 1008. Name on the order is [[PERSON:Harvey Lindqvist]], [[ADDRESS:88 Orchard Lane]], [[LOCATION:Ames]], [[LOCATION:IA]] [[ZIP_CODE:50010]].""",
    """Passenger [[PERSON:Maria Lourdes Dimaculangan]], Philippine passport [[ID_NUMBER:P4417092B]], born [[DATE_TIME:08 DEC 1990]], is booked on PR 102 to [[LOCATION:Los Angeles]] and asked for a wheelchair at the gate.""",
    """Customer says the SIM swap on her line [[PHONE_NUMBER:0412 338 915]] was not requested by her. Verified as [[PERSON:Leilani Fonoti]], DOB [[DATE_TIME:02/11/1988]], using the last four digits of her licence.""",
    """Your Universal Credit appointment is on [[DATE_TIME:Wednesday 15 May at 11:20]] at the Jobcentre in [[LOCATION:Stratford]]. Bring your National Insurance number ([[ID_NUMBER:JT 58 21 07 C]]) and proof of address. Work coach: [[PERSON:Imran]]""",
    """Viewing confirmed for [[PERSON:Siobhán]] and [[PERSON:Declan Ryan]] at [[ADDRESS:Apt 12, Grand Canal Wharf]], [[LOCATION:Dublin]] [[ZIP_CODE:D04 K7W2]] on [[DATE_TIME:Sat 8 June, 2:30pm]]. Their mortgage letter shows a PPSN of [[ID_NUMBER:8391047I]], which we've asked them not to send by email again.""",
    """[[USERNAME:xXNovaSlayerXx]] charged back three skin purchases; the account holder on file is [[PERSON:Brandon Tuialii]], [[EMAIL_ADDRESS:btuialii2009@yahoo.com]], last login from [[IP_ADDRESS:73.158.42.201]]. His mum says he is only [[AGE:14]].""",
    """hi its [[PERSON:Deepa]] from accounts, my laptop won't connect to the VPN since the update. asset tag LT-04471, my ext is 2214 and mobile is [[PHONE_NUMBER:98450 31276]]""",
    """Driver note: if no one answers at [[ADDRESS:Blk 418 Bedok North Ave 2, #09-114]], [[LOCATION:Singapore]] [[ZIP_CODE:460418]], call [[TITLE:Mdm]] [[PERSON:Tan]] on [[PHONE_NUMBER:9176 2280]].""",
    """Claim lodged by [[PERSON:Graham Whitlock]] for water damage at [[ADDRESS:51 Wattle Street]], [[LOCATION:Ultimo]] [[LOCATION:NSW]] [[ZIP_CODE:2007]], which he first noticed on [[DATE_TIME:the 4th of March]]. His Medicare number [[ID_NUMBER:2950 71439 1]] was attached to the form in error.""",
    """Prescription ready for collection: [[PERSON:Mr A. Venkataraman]], NHS no. [[ID_NUMBER:485 777 3023]]. Please bring photo ID; the pharmacy closes at 6pm.""",
    """The hearing in [[PERSON:Okonkwo]] v. Brightline Logistics has been moved to [[DATE_TIME:October 21, 2024 at 9:30 a.m.]] Counsel for the claimant, [[PERSON:Adaeze Nwosu]], can be reached at [[EMAIL_ADDRESS:anwosu@nwosulegal.com]].""",
    """Student [[PERSON:Hamid Rahimi]] (ID [[ID_NUMBER:2301847]]) has asked for an extension on his dissertation; his supervisor, [[PERSON:Dr. Fiona Baird]], supports it. New submission date: [[DATE_TIME:30 August 2024]].""",
    """Mortgage in principle for [[PERSON:Callum]] and [[PERSON:Aisha Ferguson-Iqbal]]: combined income £78,400, deposit £32,000. [[PERSON:Callum]]'s date of birth is [[DATE_TIME:11 Nov 1991]], [[PERSON:Aisha]]'s [[DATE_TIME:27 Jun 1993]]. Current address [[ADDRESS:Flat 2, 16 Pollokshaws Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G41 1PZ]].""",
    """Thanks for applying, [[PERSON:Olivia Tran]]. Your phone interview with [[PERSON:Marcus]] from our talent team is set for [[DATE_TIME:Tuesday, July 9 at 3:00 PM CT]]. He'll call you at [[PHONE_NUMBER:(612) 408-3391]].""",
    """[[PERSON:Mohammed Al-Sayed]] landed in [[LOCATION:Canada]] on [[DATE_TIME:2019-08-14]] and became a permanent resident three years later; his SIN is [[ID_NUMBER:527 331 904]] and he lives with his wife [[PERSON:Rania]] in [[LOCATION:Mississauga]].""",
    """[[PERSON:Ms. Deborah Kline]], you have been summoned for jury service in [[LOCATION:Cook County]] on [[DATE_TIME:August 19, 2024]]. Juror ID [[ID_NUMBER:J-2024-558103]]. Report to the Daley Center by 8:30 a.m.""",
    """Witness statement taken from [[PERSON:Keanu Makoa]], [[AGE:19]], of [[ADDRESS:94-1032 Kaiau Ave]], [[LOCATION:Waipahu]], [[LOCATION:HI]]. He states that late on [[DATE_TIME:June 3rd]] he saw a silver Tacoma, plate [[ID_NUMBER:LKM 482]], leave the lot without lights.""",
    """Thank you, [[TITLE:Rev.]] [[PERSON:Samuel Idowu]], for your gift of £250 to the roof appeal. Your Gift Aid declaration was received on [[DATE_TIME:5 March 2024]] for [[ADDRESS:The Old Vicarage, Church Lane]], [[LOCATION:Much Wenlock]] [[ZIP_CODE:TF13 6AS]].""",
    """Final meter reading for [[PERSON:Zanele Dlamini]], moving out of [[ADDRESS:12 Jacaranda Avenue]], [[LOCATION:Durban North]], on [[DATE_TIME:31 May 2024]]: 48211 kWh. Her ID number [[ID_NUMBER:920302 0456 084]] is on the municipal account.""",
    """Session notes shared with consent: client [[PERSON:J.R.]] ([[AGE:38]]) reports anxiety since his divorce; next session [[DATE_TIME:Thu 20 June, 5pm]]. Emergency contact: his sister [[PERSON:Renée]], [[PHONE_NUMBER:514-882-0413]].""",
    """Reminder: [[PERSON:Aroha]] has a check-up with [[PERSON:Dr Patel]] on [[DATE_TIME:12/07 at 10:45]]. Reply Y to confirm or call the practice.""",
    """Name change request: the booking was made for [[PERSON:Kateryna Melnyk]] but her passport reads [[PERSON:Kateryna Melnyk-Stone]] (UK passport [[ID_NUMBER:562094817]]). Customer email: [[EMAIL_ADDRESS:katia.melnyk.stone@gmail.com]].""",
    """Guest [[PERSON:Fernando Aguirre]] checked in on [[DATE_TIME:May 28]] and left his phone in room 1412; his wife called from [[PHONE_NUMBER:+52 55 4128 7730]] to ask that it be couriered to their home in [[LOCATION:Coyoacán]].""",
    """Rental agreement: driver [[PERSON:Tobias Schreiber]], German licence [[ID_NUMBER:B072RRE2I55]], additional driver [[PERSON:Hanna Schreiber]]. Pick-up [[DATE_TIME:2024-07-02 09:00]] at the airport in [[LOCATION:Cairns]], return [[DATE_TIME:2024-07-16]].""",
    """Hi [[PERSON:Sipho]], your June payslip shows the wrong tax number. SARS has you as [[ID_NUMBER:0184729530]]; please confirm and I'll fix it before the next run. Regards, [[PERSON:Lerato]] (Payroll)""",
    """Kinder enrolment for [[PERSON:Mia Nguyen]], born [[DATE_TIME:19 January 2020]]. Parents: [[PERSON:Thi Lan Nguyen]] ([[PHONE_NUMBER:0401 227 845]]) and [[PERSON:Peter Lam]]. Home: [[ADDRESS:8 Tarwin Street]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]].""",
    """The 1099 for [[PERSON:Reginald Pryce]] went to his old address. His SSN is [[US_SSN:412-67-3098]] and the new address is [[ADDRESS:6617 Bellaire Blvd, Apt 14B]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77074]].""",
    """[[PERSON:Kimberly Ann Dorsey]], your Real ID appointment at the [[LOCATION:Tallahassee]] office is on [[DATE_TIME:09/23/2024 at 1:15 PM]]. Bring your current license ([[US_DRIVER_LICENSE:D621-408-77-592-0]]) and two proofs of residency.""",
    """My US passport, number [[US_PASSPORT:583019274]], was stolen from my bag in [[LOCATION:Barcelona]] on [[DATE_TIME:Aug 3]]. I'm [[PERSON:Tyler Brooks-Hamilton]] and I'm staying at the hotel until the 7th.""",
    """Overdue notice for [[PERSON:amara diallo]], library card [[ID_NUMBER:21182004419305]]: three items, including "The Power Broker", are now two weeks late.""",
    """Baptism booked for baby [[PERSON:Sebastián Morales-Quintero]] on [[DATE_TIME:Sunday, September 8]] at St. Agnes. Godparents: [[PERSON:Lucía]] and [[PERSON:Andrés Quintero]]. Contact mum on [[PHONE_NUMBER:07941 226 803]].""",
    """U14 squad update: [[PERSON:Jayden Okafor-Reid]] (DOB [[DATE_TIME:14/03/2011]]) moves up from the U12s. Parent contact [[EMAIL_ADDRESS:tokafor.reid@btinternet.com]].""",
    """KYC rejected for [[USERNAME:moonwalker_sg]]: the NRIC uploaded ([[ID_NUMBER:S8734120H]]) belongs to [[PERSON:Lim Wei Ming]], [[AGE:36]], but the selfie shows a much younger man. Login came from [[IP_ADDRESS:116.86.203.41]].""",
    """Lost item: rider [[PERSON:Grace Mwangi]] left a laptop in the car after her trip on [[DATE_TIME:14 June at 22:10]] from [[LOCATION:Westlands]] to [[LOCATION:Kilimani]]. Driver [[PERSON:Otieno]] has it; the rider's number is [[PHONE_NUMBER:+254 712 558 094]].""",
    """Order note from [[PERSON:Kev]]: "Ring the buzzer for 3C, it says [[PERSON:K. Bhattacharya]], dog is friendly." Deliver to [[ADDRESS:275 Ocean Pkwy, Apt 3C]], [[LOCATION:Brooklyn]] [[ZIP_CODE:11218]].""",
    """[[PERSON:Mr. Eamon Gallagher]] ([[AGE:82]]) was discharged on [[DATE_TIME:Friday 7th June]] to the care of his son [[PERSON:Conor]]. GP: [[PERSON:Dr. Niamh Walsh]]. Follow-up bloods in two weeks.""",
    """Pre-authorisation for the IVF cycle approved for [[PERSON:Meera]] and [[PERSON:Arjun Pillai]]; member no. [[ID_NUMBER:BU-0071-4428-9]]. Treatment may start on or after [[DATE_TIME:1 Sept 2024]].""",
    """The funeral of [[PERSON:Winifred Mae Osei]], who died on [[DATE_TIME:2 March]] aged [[AGE:91]], will be held at [[LOCATION:Kensal Green]] on [[DATE_TIME:Thursday 21 March at 1pm]]. Family flowers only; donations c/o [[PERSON:Kojo Osei]], [[ADDRESS:31 Ladbroke Grove]], [[LOCATION:London]] [[ZIP_CODE:W10 5AA]].""",
    """Final headcount for the [[PERSON:Ramos]]–[[PERSON:Delacroix]] wedding on [[DATE_TIME:October 12, 2024]] is 142. The bride, [[PERSON:Isabelle Delacroix]], asked that invoices go to her dad, [[PERSON:Pierre]], at [[EMAIL_ADDRESS:pdelacroix@videotron.ca]].""",
    """Notice to quit served on [[PERSON:Mr Stuart Kerr]], tenant of [[ADDRESS:Flat 1/2, 48 Hyndland Street]], [[LOCATION:Glasgow]], on [[DATE_TIME:3 June 2024]]. Deposit held in the approved scheme, ref 88421-77.""",
    """my nan [[PERSON:Dorothy]] (she's [[AGE:88]]) got a call from someone saying they were her bank and she read out her card number, [[CREDIT_CARD:4929 6541 1073 2058]], and the 3 digits on the back. Her sort code and account too, 20-45-73 / [[ID_NUMBER:61058824]]. what do we do??""",
    """Password reset requested for [[EMAIL_ADDRESS:h.kowalczyk@meridianfreight.co.uk]] from [[IP_ADDRESS:81.149.22.173]] at 03:12. The user, [[PERSON:Henryk Kowalczyk]], says he was asleep, so the account is locked.""",
    """[[PERSON:Jasmine Oyelaran]] registered to vote at [[ADDRESS:5 Coldharbour Lane]], [[LOCATION:Brixton]] on [[DATE_TIME:17 April]]; her postal vote application gives a date of birth of [[DATE_TIME:30.06.2002]].""",
    """Pension transfer for [[PERSON:Rangi Walker]], [[AGE:64]], of [[LOCATION:Rotorua]]: KiwiSaver member [[ID_NUMBER:KS-3309412]], IRD [[ID_NUMBER:113-576-243]]. He wants to withdraw on his 65th birthday, [[DATE_TIME:14 February 2025]].""",
    """ok so [[PERSON:marcus]]'s mum is picking us up from the station, her reg is [[ID_NUMBER:MA68 TXV]], white corsa. if she's late ring her on [[PHONE_NUMBER:07812 559 406]], her name's [[PERSON:joy]]""",
    # --- Ukrainian and Russian ---
    """Привіт! Я [[PERSON:Соломія]], мені [[AGE:28]], живу у [[LOCATION:Львові]]. Пиши в телеграм [[USERNAME:solomiya_lv]] або дзвони [[PHONE_NUMBER:+380 67 412 90 35]], тут я майже не буваю.""",
    """Продаю дитячу коляску, самовивіз з [[ADDRESS:вул. Січових Стрільців, 37, кв. 12]], [[LOCATION:Київ]]. Питати [[PERSON:Оксану Гнатюк]], тел. [[PHONE_NUMBER:093 218 44 70]]. Оплата на картку [[CREDIT_CARD:5375 4141 0258 9131]].""",
    """Скарга від користувачки [[PERSON:Ірини Бондаренко]]: у коментарях під її фото опублікували її домашню адресу ([[ADDRESS:вул. Шевченка, 112]], [[LOCATION:Полтава]]) та дату народження [[DATE_TIME:03.09.1990]]. Коментар видалено, автора [[USERNAME:vasyl_kozak77]] заблоковано на 30 днів.""",
    """[[PERSON:Петренко Андрій Васильович]], РНОКПП [[ID_NUMBER:3184904139]], народився [[DATE_TIME:14 березня 1987 року]]. Довідку про доходи надіслано на [[EMAIL_ADDRESS:a.petrenko87@ukr.net]].""",
    """Шановна [[TITLE:пані]] [[PERSON:Людмило]], ваш візит до відділення банку призначено на [[DATE_TIME:25 червня о 14:30]]. Кошти за договором будуть зараховані на рахунок [[IBAN_CODE:UA84 3052 9900 0002 6202 3550 1774 1]]. З повагою, [[PERSON:Тарас Мельничук]].""",
    """Меня зовут [[PERSON:Алина]], мне [[AGE:24]], я из [[LOCATION:Казани]]. Если что, мой инстаграм [[USERNAME:alina.kzn_]], а номер дам после первой встречи 🙂""",
    """Авито, сделка 5502: покупатель [[PERSON:Дмитрий Соколов]] просит отправить ноутбук СДЭКом на адрес [[ADDRESS:ул. Ленина, д. 45, кв. 8]], [[LOCATION:Екатеринбург]], [[ZIP_CODE:620014]]. Телефон для курьера [[PHONE_NUMBER:+7 912 604-33-18]].""",
    """Модератору: в группе выложили скан паспорта [[PERSON:Кузнецовой Марины Игоревны]] – серия и номер [[ID_NUMBER:45 12 683019]], дата рождения [[DATE_TIME:07.11.1985]]. Прошу удалить пост и заблокировать [[USERNAME:anon_truth_ru]].""",
    """[[PERSON:Смирнов И. П.]] принят на работу [[DATE_TIME:1 июля 2024 г.]]; ИНН [[ID_NUMBER:771234567859]], СНИЛС [[ID_NUMBER:137-452-189 66]]. Зарплату перечислять на карту Мир [[CREDIT_CARD:2200 7702 1345 8864]].""",
]

TABLE = [
    """display_name,legal_name,payout_iban,country,active_listings
[[USERNAME:vintage_vera]],[[PERSON:Vera Lindholm]],[[IBAN_CODE:DE44 5001 0517 5407 3249 31]],[[LOCATION:Germany]],38
[[USERNAME:retro.rob]],[[PERSON:Robbie Fenwick]],[[IBAN_CODE:GB91 MIDL 0700 9312 3488 11]],[[LOCATION:United Kingdom]],112
[[USERNAME:casa_lucia]],[[PERSON:Lucía Ortega Pardo]],[[IBAN_CODE:ES91 2100 0418 4502 0005 1332]],[[LOCATION:Spain]],7
[[USERNAME:noordvintage]],[[PERSON:Sanne de Wit]],[[IBAN_CODE:NL33 INGB 0006 8712 94]],[[LOCATION:Netherlands]],21""",
    """| report | reported_user | reporter | reason | age_on_profile | action |
|---|---|---|---|---|---|
| R-88120 | [[USERNAME:jay.k.fit]] | [[USERNAME:ellie_b]] | fake photos | [[AGE:29]] | pending |
| R-88121 | [[USERNAME:mandla_m]] | [[USERNAME:zinhle.d]] | asked for money | [[AGE:38]] | banned |
| R-88127 | [[USERNAME:grace_in_galway]] | [[USERNAME:cormac.o]] | possibly underage | [[AGE:18]] | age check |
| R-88133 | [[USERNAME:drtomhanley]] | (auto) | impersonation | [[AGE:45]] | pending |""",
    """NAME                  EXT   MOBILE          OFFICE
[[PERSON:Tamsin Greaves]]        2214  [[PHONE_NUMBER:07700 918 552]]   [[LOCATION:Leeds]]
[[PERSON:Obafemi Adewale-Jones]] 2290  [[PHONE_NUMBER:07448 301 276]]   [[LOCATION:Manchester]]
[[PERSON:Ciara Nic Aodha]]       2305  [[PHONE_NUMBER:07831 664 019]]   [[LOCATION:Belfast]]
[[PERSON:Wojciech Nowak]]        2311  [[PHONE_NUMBER:07584 229 730]]   [[LOCATION:Leeds]]""",
    """{"order": "MK-30071", "buyer": "[[PERSON:Hollie Brennan-Shaw]]", "ship_to": "[[ADDRESS:27 Jubilee Terrace]]", "town": "[[LOCATION:Whitby]]", "postcode": "[[ZIP_CODE:YO21 3HB]]", "item": "Denby teapot", "price": 18.0}
{"order": "MK-30072", "buyer": "[[PERSON:Arturo Valencia]]", "ship_to": "[[ADDRESS:1183 Mission St, Apt 4]]", "town": "[[LOCATION:San Francisco]]", "postcode": "[[ZIP_CODE:94103]]", "item": "Nikon FM2 body", "price": 240.0}
{"order": "MK-30075", "buyer": "[[PERSON:Mele Havili]]", "ship_to": "[[ADDRESS:6/41 Beach Road]]", "town": "[[LOCATION:Mount Maunganui]]", "postcode": "[[ZIP_CODE:3116]]", "item": "wool blanket", "price": 95.5}""",
    """trip: Year 9 Geography, [[LOCATION:Malham]]
students:
  - name: [[PERSON:Maisie Thornton]]
    dob: [[DATE_TIME:2010-02-17]]
    medical: asthma (blue inhaler)
    contact: [[PERSON:Claire Thornton]]
    phone: "[[PHONE_NUMBER:07788 342 915]]"
  - name: [[PERSON:Abdirahman Hussein]]
    dob: [[DATE_TIME:2009-11-05]]
    medical: none
    contact: [[PERSON:Hodan Ali]]
    phone: "[[PHONE_NUMBER:07403 118 260]]"
  - name: [[PERSON:Kacper Zając]]
    dob: [[DATE_TIME:2010-06-30]]
    medical: nut allergy (EpiPen)
    contact: [[PERSON:Agnieszka Zając]]
    phone: "[[PHONE_NUMBER:07952 771 304]]\"""",
    """Patient: [[PERSON:Oluwakemi Ajayi]]
Age: [[AGE:34]]
NHS number: [[ID_NUMBER:320 418 7756]]
Triage: amber

Patient: [[PERSON:Gordon McBride]]
Age: [[AGE:71]]
NHS number: [[ID_NUMBER:698 102 4438]]
Triage: red

Patient: [[PERSON:Sana Mirza]]
Age: [[AGE:8]]
NHS number: [[ID_NUMBER:547 730 1260]]
Triage: green""",
    """emp_no\tname\tni_number\tbank_acct\tsort_code\tgross_pay
[[ID_NUMBER:10442]]\t[[PERSON:Rhiannon Price]]\t[[ID_NUMBER:JB 30 47 18 D]]\t[[ID_NUMBER:55201873]]\t30-91-12\t2,418.33
[[ID_NUMBER:10457]]\t[[PERSON:Kwabena Owusu-Ansah]]\t[[ID_NUMBER:PW 81 22 05 A]]\t[[ID_NUMBER:30771946]]\t20-00-00\t3,102.75
[[ID_NUMBER:10460]]\t[[PERSON:Sinéad Kavanagh]]\t[[ID_NUMBER:AE 66 10 39 C]]\t[[ID_NUMBER:81144023]]\t40-47-84\t1,987.10""",
    """"Employee","SSN","DOB","State","ZIP","Dept"
"[[PERSON:Jonah Whitfield]]","[[US_SSN:521-74-0983]]","[[DATE_TIME:03/11/1984]]","[[LOCATION:CO]]","[[ZIP_CODE:80203]]","Finance"
"[[PERSON:Guadalupe Reyes]]","[[US_SSN:627-18-4450]]","[[DATE_TIME:09/27/1991]]","[[LOCATION:NM]]","[[ZIP_CODE:87102]]","Operations"
"[[PERSON:Terrence Boateng]]","[[US_SSN:318-90-2261]]","[[DATE_TIME:12/02/1977]]","[[LOCATION:IL]]","[[ZIP_CODE:60615]]","IT"
"[[PERSON:Abigail Stoltzfus]]","[[US_SSN:190-44-7318]]","[[DATE_TIME:05/30/1999]]","[[LOCATION:PA]]","[[ZIP_CODE:17602]]","Customer Care\"""",
    """| Room | Guest | Nationality | Passport | Arrival | Nights |
|------|-------|-------------|----------|---------|--------|
| 204 | [[PERSON:Henrik Aalto]] | [[NRP:Finnish]] | [[ID_NUMBER:FP4418273]] | [[DATE_TIME:2024-06-14]] | 3 |
| 311 | [[PERSON:Adaeze Okonjo]] | [[NRP:Nigerian]] | [[ID_NUMBER:A09184471]] | [[DATE_TIME:2024-06-14]] | 5 |
| 312 | [[PERSON:Lakshmi Narayanan]] | [[NRP:Indian]] | [[ID_NUMBER:V3308127]] | [[DATE_TIME:2024-06-15]] | 2 |
| 415 | [[PERSON:Brandon Kealoha]] | [[NRP:American]] | [[US_PASSPORT:641093827]] | [[DATE_TIME:2024-06-15]] | 4 |""",
    """member_no | name | dob | mobile | plan
[[ID_NUMBER:GM-20417]] | [[PERSON:Tiago Ferreira]] | [[DATE_TIME:12.03.1993]] | [[PHONE_NUMBER:0412 771 039]] | off-peak
[[ID_NUMBER:GM-20418]] | [[PERSON:Bronte Willis]] | [[DATE_TIME:28.11.2001]] | [[PHONE_NUMBER:0455 308 612]] | student
[[ID_NUMBER:GM-20431]] | [[PERSON:Dae-jung Lim]] | [[DATE_TIME:04.07.1986]] | [[PHONE_NUMBER:0421 990 274]] | premium""",
    """appt_time,patient,phone,clinician,room
[[DATE_TIME:2024-06-18 09:00]],[[PERSON:Ruth Abernethy]],[[PHONE_NUMBER:0131 496 0719]],[[PERSON:Dr. Kaur]],3
[[DATE_TIME:2024-06-18 09:20]],[[PERSON:Faisal Qureshi]],[[PHONE_NUMBER:07711 340 286]],[[PERSON:Dr. Kaur]],3
[[DATE_TIME:2024-06-18 09:40]],[[PERSON:Euan Baillie]],[[PHONE_NUMBER:07922 118 403]],[[PERSON:Nurse Morag Fyfe]],1
[[DATE_TIME:2024-06-18 10:00]],[[PERSON:Agata Lewandowska]],[[PHONE_NUMBER:07480 552 917]],[[PERSON:Dr. Kaur]],3""",
    """PD    NAME                     ADDRESS                     POSTCODE
NA1   [[PERSON:Amelia Stroud]]            [[ADDRESS:14 Linden Grove]]             [[ZIP_CODE:NG7 2HX]]
NA1   [[PERSON:Rajesh Chauhan]]           [[ADDRESS:14 Linden Grove]]             [[ZIP_CODE:NG7 2HX]]
NA1   [[PERSON:Kerry-Ann Bailey]]         [[ADDRESS:Flat 2, 16 Linden Grove]]     [[ZIP_CODE:NG7 2HX]]
NA2   [[PERSON:Tadeusz Wróbel]]           [[ADDRESS:3 Rosemary Walk]]             [[ZIP_CODE:NG7 2JB]]""",
    """{"username": "[[USERNAME:a.mahlangu]]", "last_login": "[[DATE_TIME:2024-06-11T07:58:03Z]]", "ip": "[[IP_ADDRESS:105.233.18.40]]", "mfa": true}
{"username": "[[USERNAME:jvanwyk]]", "last_login": "[[DATE_TIME:2024-06-10T22:41:17Z]]", "ip": "[[IP_ADDRESS:41.13.202.9]]", "mfa": false}
{"username": "[[USERNAME:n.pillay]]", "last_login": "[[DATE_TIME:2024-06-11T06:03:55Z]]", "ip": "[[IP_ADDRESS:2c0f:f4c0:1187:3e::a2]]", "mfa": true}""",
    """name,phone,national_id,amount_kes,county
[[PERSON:Wanjiru Kamau]],[[PHONE_NUMBER:0711 402 883]],[[ID_NUMBER:31408877]],4500,[[LOCATION:Kiambu]]
[[PERSON:Omondi Odhiambo]],[[PHONE_NUMBER:0722 918 046]],[[ID_NUMBER:28831046]],3200,[[LOCATION:Siaya]]
[[PERSON:Chebet Kiprono]],[[PHONE_NUMBER:0790 335 178]],[[ID_NUMBER:35099214]],5100,[[LOCATION:Uasin Gishu]]
[[PERSON:Abdi Noor Hassan]],[[PHONE_NUMBER:0104 227 615]],[[ID_NUMBER:24410398]],2750,[[LOCATION:Garissa]]""",
    """| Customer | PAN | Aadhaar | City | Mobile |
|:--|:--|:--|:--|:--|
| [[PERSON:Rahul Deshmukh]] | [[ID_NUMBER:AKXPD7731L]] | [[ID_NUMBER:5093 8127 7468]] | [[LOCATION:Pune]] | [[PHONE_NUMBER:+91 98220 41736]] |
| [[PERSON:Fatima Sheikh]] | [[ID_NUMBER:BOPPS4408Q]] | [[ID_NUMBER:8612 0459 3388]] | [[LOCATION:Hyderabad]] | [[PHONE_NUMBER:+91 90004 18825]] |
| [[PERSON:Gurleen Kaur]] | [[ID_NUMBER:CJHPK1192F]] | [[ID_NUMBER:3384 7106 2152]] | [[LOCATION:Ludhiana]] | [[PHONE_NUMBER:+91 98150 77310]] |""",
    """unit\ttenant\tnric_fin\tmobile\tlease_start
[[ADDRESS:#03-12]]\t[[PERSON:Goh Siew Ling]]\t[[ID_NUMBER:S7915586A]]\t[[PHONE_NUMBER:9821 4407]]\t[[DATE_TIME:01/03/2024]]
[[ADDRESS:#05-07]]\t[[PERSON:Muhammad Faizal bin Rahmat]]\t[[ID_NUMBER:T0211893E]]\t[[PHONE_NUMBER:8733 1029]]\t[[DATE_TIME:15/04/2024]]
[[ADDRESS:#08-21]]\t[[PERSON:Anand Krishnamurthy]]\t[[ID_NUMBER:G5532107N]]\t[[PHONE_NUMBER:9120 6648]]\t[[DATE_TIME:01/06/2024]]
[[ADDRESS:#11-02]]\t[[PERSON:Chua Bee Hoon]]\t[[ID_NUMBER:S6628413A]]\t[[PHONE_NUMBER:6471 2290]]\t[[DATE_TIME:01/06/2024]]""",
    """Applicant: [[PERSON:Kagiso Molefe]]
ID number: [[ID_NUMBER:0712045223088]]
Date of birth: [[DATE_TIME:2007-12-04]]
Guardian cell: [[PHONE_NUMBER:072 418 0963]]
Province: [[LOCATION:North West]]
---
Applicant: [[PERSON:Refilwe Nkosi]]
ID number: [[ID_NUMBER:0105170144080]]
Date of birth: [[DATE_TIME:2001-05-17]]
Guardian cell: [[PHONE_NUMBER:079 661 2045]]
Province: [[LOCATION:Gauteng]]
---
Applicant: [[PERSON:Thabo Sithole]]
ID number: (not supplied)
Date of birth: [[DATE_TIME:2006-08-21]]
Guardian cell: [[PHONE_NUMBER:061 330 8472]]
Province: [[LOCATION:Limpopo]]""",
    """name,sin,prov,postal_code,slip
[[PERSON:Geneviève Tremblay]],[[ID_NUMBER:284 160 934]],[[LOCATION:QC]],[[ZIP_CODE:G1R 2L3]],T4
[[PERSON:Harjit Gill]],[[ID_NUMBER:619 330 475]],[[LOCATION:BC]],[[ZIP_CODE:V3W 4M1]],T4A
[[PERSON:Aiden MacLeod]],[[ID_NUMBER:457 022 184]],[[LOCATION:NS]],[[ZIP_CODE:B3H 1Y6]],T4""",
    """| Employee | TFN | BSB | Account | Fund |
|---|---|---|---|---|
| [[PERSON:Jarrah Wilson]] | [[ID_NUMBER:718 203 642]] | 062-000 | [[ID_NUMBER:10293847]] | AustralianSuper |
| [[PERSON:Mai Tran]] | [[ID_NUMBER:862 031 475]] | 033-157 | [[ID_NUMBER:412883019]] | Hostplus |
| [[PERSON:Connor O'Sullivan]] | [[ID_NUMBER:315 529 082]] | 084-004 | [[ID_NUMBER:552014478]] | REST |""",
    """employee,sss_no,tin,philhealth,city
[[PERSON:Ma. Cristina Villanueva]],[[ID_NUMBER:34-1827730-4]],[[ID_NUMBER:418-220-937-000]],[[ID_NUMBER:12-050441873-2]],[[LOCATION:Quezon City]]
[[PERSON:Jomar Dizon]],[[ID_NUMBER:06-2290417-8]],[[ID_NUMBER:302-118-446-000]],[[ID_NUMBER:19-200873310-5]],[[LOCATION:Cebu City]]
[[PERSON:Rowena Pascual-Tan]],[[ID_NUMBER:33-4471920-1]],[[ID_NUMBER:227-604-918-000]],[[ID_NUMBER:08-251193047-6]],[[LOCATION:Davao City]]""",
    """clients:
  - name: [[PERSON:Pádraig Ó Súilleabháin]]
    ppsn: [[ID_NUMBER:4471920K]]
    eircode: [[ZIP_CODE:V94 T9PX]]
    county: [[LOCATION:Limerick]]
    scheme: HAP
  - name: [[PERSON:Niamh Gallagher]]
    ppsn: [[ID_NUMBER:2093318A]]
    eircode: [[ZIP_CODE:F92 Y2KW]]
    county: [[LOCATION:Donegal]]
    scheme: RAS
  - name: [[PERSON:Olena Bondar]]
    ppsn: [[ID_NUMBER:6620158HA]]
    eircode: [[ZIP_CODE:D15 X8N4]]
    county: [[LOCATION:Dublin]]
    scheme: HAP""",
    """{"handle": "[[USERNAME:surfer_nate]]", "first_name": "[[PERSON:Nate]]", "age": [[AGE:33]], "city": "[[LOCATION:San Diego]]", "instagram": "[[URL:https://instagram.com/nate.surfs.sd]]", "verified": true}
{"handle": "[[USERNAME:bookish.bea]]", "first_name": "[[PERSON:Beatrice]]", "age": [[AGE:29]], "city": "[[LOCATION:Austin]]", "instagram": null, "verified": false}
{"handle": "[[USERNAME:kwabena_k]]", "first_name": "[[PERSON:Kwabena]]", "age": [[AGE:36]], "city": "[[LOCATION:Columbus]]", "instagram": "[[URL:https://www.instagram.com/kwabena.creates]]", "verified": true}""",
    """PERMIT  RESIDENT             FLAT  VEHICLE
P-0117  [[PERSON:Mehmet Yilmaz]]        [[ADDRESS:4B]]    [[ID_NUMBER:LB19 KXT]]
P-0118  [[PERSON:Deborah Okafor]]       [[ADDRESS:7A]]    [[ID_NUMBER:YH70 RWN]]
P-0121  [[PERSON:Li Na Zhou]]           [[ADDRESS:12]]    [[ID_NUMBER:BD66 FTO]]
P-0124  [[PERSON:Gareth Llewellyn]]     [[ADDRESS:3C]]    [[ID_NUMBER:CP21 ZJE]]""",
    """nhs_number,surname,forename,dob,postcode,registered_gp
[[ID_NUMBER:732 019 4473]],[[PERSON:Okoro]],[[PERSON:Chiamaka]],[[DATE_TIME:1990-04-22]],[[ZIP_CODE:M14 5RU]],[[PERSON:Dr S Rahman]]
[[ID_NUMBER:615 882 0938]],[[PERSON:Hughes]],[[PERSON:Bethan]],[[DATE_TIME:1958-10-03]],[[ZIP_CODE:M20 2LN]],[[PERSON:Dr S Rahman]]
[[ID_NUMBER:450 213 8762]],[[PERSON:Kaminski]],[[PERSON:Oskar]],[[DATE_TIME:2016-01-29]],[[ZIP_CODE:M14 6HS]],[[PERSON:Dr P Leung]]
[[ID_NUMBER:401 023 2137]],[[PERSON:Mahmood]],[[PERSON:Zainab]],[[DATE_TIME:1983-07-15]],[[ZIP_CODE:M13 0FE]],[[PERSON:Dr P Leung]]""",
    """| case | account | profile | violation | action | moderator |
| --- | --- | --- | --- | --- | --- |
| M-7701 | [[USERNAME:gr8deals_uk]] | [[URL:https://x.com/gr8deals_uk]] | spam | suspended | [[PERSON:Aisling]] |
| M-7702 | [[USERNAME:mariam.k.art]] | [[URL:https://www.instagram.com/mariam.k.art]] | false report | no action | [[PERSON:Dev]] |
| M-7706 | [[USERNAME:bigtruckbilly]] | [[URL:https://www.tiktok.com/@bigtruckbilly]] | doxxing | removed | [[PERSON:Aisling]] |""",
    """Cardholder: [[PERSON:Mr. Naveen Rao]]
Card number: [[CREDIT_CARD:4539 8044 1273 6610]]
Expiry: 10/27
CVV: 553
Billing postcode: [[ZIP_CODE:LS6 2QE]]
Phone: [[PHONE_NUMBER:07834 120 557]]
Email: [[EMAIL_ADDRESS:naveen.rao@sky.com]]
Risk flag: none""",
    """account_name,account_no,bvn,nin,branch_state
[[PERSON:Chukwudi Eze]],[[ID_NUMBER:0041829375]],[[ID_NUMBER:22184059371]],[[ID_NUMBER:70318842619]],[[LOCATION:Enugu]]
[[PERSON:Aisha Bello Musa]],[[ID_NUMBER:2209471836]],[[ID_NUMBER:22410387725]],[[ID_NUMBER:41902275380]],[[LOCATION:Kano]]
[[PERSON:Temitope Adeleke]],[[ID_NUMBER:0137720498]],[[ID_NUMBER:22301948862]],[[ID_NUMBER:58831104726]],[[LOCATION:Oyo]]""",
    """patient\tnhi\tird\tregion\tphone
[[PERSON:Wiremu Ngata]]\t[[ID_NUMBER:KHB3089]]\t[[ID_NUMBER:096-254-180]]\t[[LOCATION:Tairāwhiti]]\t[[PHONE_NUMBER:06 868 4417]]
[[PERSON:Sarah Fountaine]]\t[[ID_NUMBER:PLM5572]]\t-\t[[LOCATION:Canterbury]]\t[[PHONE_NUMBER:03 379 2210]]""",
    """name | state | driver_license | passport | zip
[[PERSON:Carla Benavides]] | [[LOCATION:TX]] | [[US_DRIVER_LICENSE:40918273]] | [[US_PASSPORT:A04471938]] | [[ZIP_CODE:78704]]
[[PERSON:Duane Whitaker]] | [[LOCATION:OH]] | [[US_DRIVER_LICENSE:SR418207]] | - | [[ZIP_CODE:43215]]
[[PERSON:Mei Chen]] | [[LOCATION:CA]] | [[US_DRIVER_LICENSE:D7310442]] | [[US_PASSPORT:566102834]] | [[ZIP_CODE:94611]]""",
    """return_id,sku,reason,customer_email,refund_to
RT-1182,SKU-44718-BLK-M,too small,[[EMAIL_ADDRESS:jolene.m.carter@gmail.com]],card ending 0185
RT-1183,SKU-20930-NVY-L,damaged in transit,[[EMAIL_ADDRESS:obinna.okafor@yahoo.co.uk]],store credit
RT-1187,SKU-88012-GRN-S,changed mind,[[EMAIL_ADDRESS:t.haddad@orange.fr]],card ending 2291
RT-1190,SKU-44718-BLK-L,wrong colour,[[EMAIL_ADDRESS:mwangi.brian@gmail.com]],M-Pesa""",
    """[
  {"name": "[[PERSON:Dominique Laurent-Baptiste]]", "mobile": "[[PHONE_NUMBER:+1 (305) 448-2071]]", "company": "Sunfield Realty", "linkedin": "[[URL:https://www.linkedin.com/in/dominique-laurent-baptiste]]"},
  {"name": "[[PERSON:Ahmad Farouk]]", "mobile": "[[PHONE_NUMBER:+971 50 418 2273]]", "company": "Gulfstar Trading", "linkedin": "[[URL:https://www.linkedin.com/in/ahmadfarouk]]"},
  {"name": "[[PERSON:Yvonne Achterberg]]", "mobile": "[[PHONE_NUMBER:+27 82 771 0394]]", "company": "Karoo Solar", "linkedin": null}
]""",
    # --- Ukrainian and Russian ---
    """ПІБ,телефон,місто,відділення,сума
[[PERSON:Мороз Наталія]],[[PHONE_NUMBER:+380 95 204 17 83]],[[LOCATION:Житомир]],5,1250
[[PERSON:Ярошенко Іван]],[[PHONE_NUMBER:+380 68 330 91 42]],[[LOCATION:Вінниця]],12,870
[[PERSON:Бойко Христина]],[[PHONE_NUMBER:+380 73 118 64 09]],[[LOCATION:Ужгород]],2,2300""",
    """| ПІБ | РНОКПП | Дата народження | Посада | IBAN |
|---|---|---|---|---|
| [[PERSON:Руденко Сергій Миколайович]] | [[ID_NUMBER:3071021754]] | [[DATE_TIME:30.01.1984]] | інженер | [[IBAN_CODE:UA29 3220 0100 0002 6206 3117 0458 8]] |
| [[PERSON:Клименко Артем Юрійович]] | [[ID_NUMBER:3526408390]] | [[DATE_TIME:19.07.1996]] | програміст | [[IBAN_CODE:UA96 3515 3300 0002 6009 8772 1603 4]] |
| [[PERSON:Поліщук Галина Петрівна]] | [[ID_NUMBER:2773040246]] | [[DATE_TIME:03.12.1975]] | бухгалтер | — |
| [[PERSON:Зайченко Вікторія Андріївна]] | [[ID_NUMBER:3711105283]] | [[DATE_TIME:09.08.2001]] | стажистка | — |""",
    """фамилия\tимя\tтелефон\tгород\tвозраст
[[PERSON:Никифоров]]\t[[PERSON:Глеб]]\t[[PHONE_NUMBER:+7 (923) 415-08-62]]\t[[LOCATION:Новосибирск]]\t[[AGE:27]]
[[PERSON:Сафина]]\t[[PERSON:Алия]]\t[[PHONE_NUMBER:+7 (917) 284-33-10]]\t[[LOCATION:Уфа]]\t[[AGE:34]]
[[PERSON:Ким]]\t[[PERSON:Виктор]]\t[[PHONE_NUMBER:+7 (914) 700-12-58]]\t[[LOCATION:Владивосток]]\t[[AGE:52]]""",
    """сотрудники:
  - фио: [[PERSON:Зайцева Ольга Викторовна]]
    инн: "[[ID_NUMBER:665821093496]]"
    снилс: "[[ID_NUMBER:204-117-358 11]]"
    email: [[EMAIL_ADDRESS:o.zaitseva@inbox.ru]]
    отдел: логистика
  - фио: [[PERSON:Галиев Тимур Ринатович]]
    инн: "[[ID_NUMBER:165508732149]]"
    снилс: "[[ID_NUMBER:319-062-844 71]]"
    email: [[EMAIL_ADDRESS:timur.galiev@yandex.ru]]
    отдел: продажи""",
]

CHAT = [
    """[14:02] Support bot: Hi! What can we help with today?
[14:02] [[PERSON:Hannah Kowalczyk]]: my account was hacked, someone changed my email and listed 6 iphones
[14:03] Agent [[PERSON:Marco]]: I'm sorry to hear that, [[PERSON:Hannah]]. Can you confirm the email that used to be on the account?
[14:03] [[PERSON:Hannah Kowalczyk]]: [[EMAIL_ADDRESS:hannah.k.1994@gmail.com]]
[14:04] Agent [[PERSON:Marco]]: Thanks. And the new one, [[EMAIL_ADDRESS:hk.deals.shop@mail.ru]], you don't recognise it?
[14:04] [[PERSON:Hannah Kowalczyk]]: no never seen it. my username is [[USERNAME:hannahk_finds]]
[14:05] Agent [[PERSON:Marco]]: I've frozen the listings. To verify you, what's the postcode on the account?
[14:05] [[PERSON:Hannah Kowalczyk]]: [[ZIP_CODE:B29 6LN]]
[14:06] Agent [[PERSON:Marco]]: That matches. The last login came from [[IP_ADDRESS:185.220.101.44]], which isn't one of your devices, so I'm resetting access now.""",
    """[[PERSON:Priya]]: did anyone book grandad's flu jab?
Mum: yes, [[DATE_TIME:Thursday 10th at 11:40]] at the surgery, his NHS number is on the fridge
[[PERSON:Priya]]: can u send it, the online form wants it
Mum: [[ID_NUMBER:612 448 3076]]
[[PERSON:Rohan]]: also his new address for the form is [[ADDRESS:Flat 6, Cedar House, 21 Park Road]], [[LOCATION:Harrow]] [[ZIP_CODE:HA1 2BQ]]
[[PERSON:Priya]]: done 👍 booked under [[PERSON:Mr Dinesh Mehta]], DOB [[DATE_TIME:04/08/1941]]
Mum: thank you beta""",
    """#payroll-ops
[[PERSON:Jess Okonkwo]] 9:12 AM: anyone know why [[PERSON:Tom Reilly]]'s pay went to the wrong account?
[[PERSON:Arun Pillay]] 9:14 AM: he changed it on [[DATE_TIME:the 3rd]], new account is [[IBAN_CODE:GB16 NWBK 5570 1833 0147 26]] but the import still had the old one
[[PERSON:Jess Okonkwo]] 9:15 AM: ugh. can you reissue? his personal email is [[EMAIL_ADDRESS:tomreilly84@hotmail.co.uk]] if you need to confirm anything
[[PERSON:Arun Pillay]] 9:17 AM: on it, I'll ping @[[USERNAME:tom.reilly]] here too
[[PERSON:Tom Reilly]] 9:31 AM: thanks both 🙏""",
    """[[PERSON:Maya]]: so where are you from originally?
[[PERSON:Tunde]]: [[LOCATION:Ibadan]], moved to [[LOCATION:Leeds]] for uni. you?
[[PERSON:Maya]]: born in [[LOCATION:Kingston]], grew up in [[LOCATION:Croydon]] haha
[[PERSON:Tunde]]: nice. fancy a drink thursday? here's my number so we can get off this app, [[PHONE_NUMBER:07456 210 889]]
[[PERSON:Maya]]: go on then. I'm [[PERSON:Maya Campbell]] on insta btw, [[USERNAME:mayacampbell.x]]
[[PERSON:Tunde]]: following! I'm [[USERNAME:tunde.adebisi]] 🙂""",
    """Chat transcript - Hollis Bank
Agent ([[PERSON:Deandra]]): Good afternoon, you're chatting with [[PERSON:Deandra]]. How can I help?
Customer: Hi, I need to report my card stolen. It's [[CREDIT_CARD:4000 1288 3710 2442]].
Agent ([[PERSON:Deandra]]): I've blocked it. Can I confirm your full name and date of birth?
Customer: [[PERSON:Marcus Aurelio Santos]], [[DATE_TIME:6th May 1982]]
Agent ([[PERSON:Deandra]]): Thank you, [[PERSON:Mr. Santos]]. A replacement will go to [[ADDRESS:4 Bramley Close]], [[LOCATION:Reading]] [[ZIP_CODE:RG6 4QP]]. Is that still right?
Customer: yes. also can you text updates to [[PHONE_NUMBER:07712 884 301]] instead of my old number
Agent ([[PERSON:Deandra]]): Done. Anything else today?
Customer: no thats all thanks""",
    """[[PERSON:Nurse Kiri]]: Kia ora, thanks for waiting. Can I get your full name and date of birth?
[[PERSON:Leilani Faleolo]]: [[PERSON:Leilani Faleolo]], [[DATE_TIME:19/03/1979]]
[[PERSON:Nurse Kiri]]: Thanks. And your NHI number?
[[PERSON:Leilani Faleolo]]: [[ID_NUMBER:ZAC4136]]
[[PERSON:Nurse Kiri]]: I can see your repeat prescription. Still the pharmacy in [[LOCATION:Porirua]]?
[[PERSON:Leilani Faleolo]]: yes. and can you update my mobile, it's [[PHONE_NUMBER:027 604 1193]] now
[[PERSON:Nurse Kiri]]: Done. Your next phone consult with [[PERSON:Dr Ahmed]] is [[DATE_TIME:Tuesday 25 June at 4.15pm]].""",
    """[[USERNAME:ModSquad_Rae]]: @[[USERNAME:zeroCool_07]] you posted someone's home address in #general, that's a ban
[[USERNAME:zeroCool_07]]: its my OWN address lol, [[ADDRESS:1904 Larkspur Ln]] [[LOCATION:Fresno]]
[[USERNAME:ModSquad_Rae]]: doesn't matter, no personal info in public channels. also are you even [[AGE:13]]? you need to be 13+ to be here
[[USERNAME:zeroCool_07]]: im [[AGE:13]] my bday was [[DATE_TIME:march 2]]
[[USERNAME:ModSquad_Rae]]: ok. message deleted, 24h timeout.""",
    # --- Ukrainian ---
    """[[PERSON:Олег]]: Добрий день, квартира на [[ADDRESS:вул. Городоцькій, 154]] у [[LOCATION:Львові]] ще здається?
[[PERSON:Марта Іванівна]]: Так. Коли хочете подивитися?
[[PERSON:Олег]]: Завтра після 18:00 можна? Мене звати [[PERSON:Олег Данилюк]], мій номер [[PHONE_NUMBER:+380 96 552 08 31]]
[[PERSON:Марта Іванівна]]: Добре. Для договору знадобляться ваш РНОКПП і паспорт.
[[PERSON:Олег]]: РНОКПП [[ID_NUMBER:3300431673]], ID-картка [[ID_NUMBER:004418273]]. Скину фото у вайбер.""",
]

LOOKALIKE = [
    """Warehouse update: order ORD-2024-558173 shipped via UPS, tracking 1Z 4E7 302 03 9841 7752; invoice INV-88420 attached. SKU BK-978-0-14 restocked. Firmware 10.2.0.14 rolled out to scanners SN-A7731-0042 through SN-A7731-0096. Questions: call the depot on 0800 731 4400 or email logistics@northgate-supply.co.uk. Commit 9f3a1c27e4b0 fixed the label-printer bug.""",
    """Reading list for week 3: "Alzheimer's Disease: A Clinical Guide" (ISBN 978-1-4472-9418-4) and the chapter on Parkinson's in ISBN 978-1-61729-312-2. Lectures are in the Newton Building, room 2.14, next to the Hodgkin Lab. The Darwin Prize form asks for your student number (format S1234567); hand it to the module leader, [[PERSON:Dr. Imogen Faraday-Clarke]], not to the general office.""",
    """CHG-40217: upgrade the ingress controller from 1.9.4 to 1.10.1 and the node image to 2024.06.03.1. Build digest sha256:4b8e1f09c2d7a3e5; request id 7c9e6679-7425-40de-944b-e07fc1f98ae7; gateway MAC 00:50:56:A1:3F:09. Rollback: revert to chart 4.8.3. Approver: [[PERSON:Samir Haddad]] (use [[EMAIL_ADDRESS:samir.haddad@gmail.com]] while his work mailbox is migrated). Service desk: 1-800-733-0199.""",
    """Road closures this weekend: Nelson Mandela Way between Victoria Street and Queen Elizabeth Road, and Pankhurst Road from the Rutherford roundabout to Turing Close. Diversions are signed via King George Avenue. Questions go to the roads team on 0161 234 5000 or highways@council.example.gov.uk. Garden of the month: [[PERSON:Doreen Abbott]] of [[LOCATION:Chorlton]], for her hanging baskets.""",
    """Thanks for your order! Order #114-8830271-5521093, invoice NX-2024-000917, paid with Visa ending 4821. Gift card 7HQK-2PLX-9RTM applied. Estimated delivery 3-5 working days. Items: Brother TN-2420 toner (EAN 4977766779463), Leitz 180 lever arch file x4. Ordered by [[PERSON:Femi Adeyemi-Ross]] ([[EMAIL_ADDRESS:femi.ar@btinternet.com]]). Questions? Call 0333 014 0000.""",
    """Batch release: lot 24F118-A, NDC 0093-7146-56, CAS 50-78-2, expiry 2026-05-31, released on 14 June 2024. Stability chamber SC-07 at 25 °C / 60% RH; data logger serial 4C-91-A2-07; protocol v3.2.1. Deviation DEV-2024-0331 closed with CAPA-118. QA reviewer: [[PERSON:Anjali Rao]].""",
    # --- Russian ---
    """Заказ № 4471-2290-118 отправлен. Трек-номер: RA418720936RU. Счёт-фактура № 00418 от 11.06.2024. Артикул товара: ТВ-55-UHD-2024, серийный номер SN7730-441-K. Горячая линия магазина: 8 800 200-44-71. Вопросы по доставке: support@shop-example.ru. Пункт выдачи: улица Пушкина, вход со двора. Получатель: [[PERSON:Ирина Лебедева]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind79", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind101.jsonl: a *blind*, hand-written labeled PII set (set 101).

    .venv/bin/python tests/data/make_blind101.py

Blind: written without any knowledge of the detector. Read, and nothing
else: the module docstring and import lines of make_blind22.py (its lines
1-121) and its closing scaffolding from `STYLES = {` to the end of the file
(copied here), the whole of gold_sets.py, and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes and
`parse()`). Not read: minimize/, recognizers/, the tests, bench/, the README,
any *.jsonl (the file this script writes included), any other make_*.py or
their record lists, git history, log or status (git was not run at all), and
nothing under /tmp. The detector, the bench and the tests were never run.
Do not tune the detector against this set: once it has been used to tune, it
no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py (the
summary printed at the end only counts the marks). Values with a public
check were worked out while writing with throwaway Python typed into the
shell (not saved, not generating records): card numbers pass Luhn, IBANs
pass mod-97 with their country's length (and the national check digits
inside the French, Spanish, Belgian and Portuguese IBANs are right);
South African ID numbers pass Luhn and agree with the birth date and sex
(SSSS below 5000 for women) wherever those show; SARS income tax numbers
were given a Luhn check digit; NHS numbers (mod 11), Canadian SINs (Luhn),
Aadhaar (Verhoeff), Australian TFNs, Irish PPSNs, Singapore NRICs and the
ISBN-13 look-alikes are valid. Not checked: US SSNs, UK NI numbers, PAN,
KRA PINs, NSSF/NHIF, SSS/PhilHealth, IRD numbers, passports, licences,
plates, bank account numbers and staff, clock, student, member and patient
numbers. No package registry or other outside service was queried.

Styles (ids `blind101-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd, dense sentences with job titles, streets with building numbers,
  secondary addresses, IPv4/IPv6, MACs, user agents, cards with CVV and
  expiry, IBAN with BIC), gretel-pii-masking-en-v1 (claims, contracts,
  discharge summaries, loan and medical-aid forms, notices, certificates)
  and Nemotron-PII (JSON, YAML, log lines, SQL, XML, INI and .env files,
  HL7, vCard, iCal, GraphQL, JS and Python snippets, e-mail headers,
  tickets and forms).
- `gen` (90): one to four sentences with personal data woven into prose,
  names at the start, middle and end, lowercase and possessive, ages,
  dates, addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record (CSV, semicolon CSV,
  TSV, pipes / Markdown, boxed ASCII, fixed-width, JSON lines, a JSON
  array, YAML, key: value blocks), with non-PII columns; header rows are
  unlabeled.
- `chat` (8): bank and telecom support chats, an airline assistant, a
  payroll WhatsApp bot, a mine shift-handover channel, an HR Teams thread,
  a family WhatsApp group and a neighbourhood-watch group.
- `lookalike` (7): order and tracking numbers, SKUs, invoice and RMA refs,
  ISBNs, versions shaped like IPs, hashes, serials, part numbers, VAT and
  company registration numbers, branch and SWIFT codes, company phones,
  role mailboxes, eponyms and streets named after people without a number;
  the few real PII values are labeled, and the release-notes record has no
  PII at all.
About a third of the `bench` and `gen` records (about 35 of each) are from
mining and heavy-industry safety reports, HR disciplinary records and
payroll; the rest spread over insurance, health, pharmacy, legal, lettings,
banking, schools, travel, telecoms, government grants, funerals, churches,
gaming, social media, tech support, deliveries and gyms. Languages: about
nine records in ten in English (South African English most of all, with
Zulu, Xhosa, Sotho, Tswana, Tsonga, Venda, Afrikaans, Indian, Cape Malay
and Portuguese-descended names, plus UK, Ireland, US, Canada, India,
Nigeria, Ghana, Kenya, Australia, New Zealand, Singapore and the
Philippines); 25 records are in Afrikaans (15) or isiZulu (10), spread over
bench (10), gen (9), table (3), chat (2) and lookalike (1).

Labeling conventions: the same as make_blind22.py (and the sets before it);
in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart; job titles are not TITLE, family
  words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  building names; city, suburb, township, district, province / state and
  country are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, hearing, injury, move,
  start and end of a job, signature, letter ...) with a day or month, in any
  shape; a weekday or a clock time said with such a date is inside the span,
  a time or weekday alone is not; not bare years, durations, or dates not
  tied to a person (invoice, release, batch dates).
- AGE: the number only. USERNAME: the handle without "@". URL: personal
  pages and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, clock,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort / branch codes, BIC / SWIFT, CVVs and expiries, PINs, order /
  ticket / claim / policy / permit / case / invoice references, company
  phone numbers and role mailboxes, versions, hashes, serials, VINs,
  partial numbers ("card ending 4417", a card_last4 column), pets,
  eponyms and brands, a header row.
- Calls made while writing this set: on a named person's payslip or tax
  certificate the pay date and the engagement / employment dates are
  DATE_TIME, but period headings ("PAYSLIP – August 2024", <Period>, a
  payroll run or EFT batch date, a report month) and bare month names are
  not; expiry dates of permits, medicals and competency certificates are
  not labeled (like card expiries), while the date of a person's last
  medical is; log-line timestamps are DATE_TIME when the line records a
  named user's own action (login, session, request for his payslip), like
  a "last login", but not on system lines or an attacker's "invalid user";
  the "Date:" header of a person's e-mail and the "Created" time of a
  customer's ticket are DATE_TIME (a letter's date); every IP address is
  IP_ADDRESS, private ones and a database host in a config file included,
  while IP-shaped versions are not; mine, shaft, smelter, plant, hospital
  and company names are unlabeled and the town they stand in is LOCATION;
  stand and township house numbers ("Stand 4471", "House 1127",
  "1182 Phase 1", "B1190 Section B") and a bare "flat 204" are ADDRESS, a
  hospital ward is not; clock, badge, company and TEBA numbers, work
  permits, an HPCSA registration and operator certificates or machine
  licences are ID_NUMBER (a person's own numbers), a practice number, an
  employer's UIF reference and a permit-to-work number are not; honorifics
  that `parse()` does not split (Adv., Fr., Rev., Sgt., Cllr., Konst., and
  the Afrikaans and isiZulu Mnr., Me., Ds., Nkk.) are marked TITLE apart,
  a "title" column of a table is TITLE, and respect or family words (Mama,
  oom, Tannie, Gogo) stay outside; in isiZulu and Afrikaans the hyphenated
  prefixes ("ngu-", "e-", "ka-", "ku-", "u-") stay outside the span, and in
  "ngoLwesithathu" the weekday is taken from "Lwesithathu"; a political
  party of a councillor is NRP; chat speakers' names are PERSON, while a
  bot, "You" and the word "Agent" are not; a misspelled variant of a name
  is PERSON too; HL7 and vCard name components are labeled one by one; a
  "country", "state", "county", "suburb" or "city" column is LOCATION and a
  "nationality" column NRP, as in make_blind22.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind101.jsonl")

BENCH = [
    # --- ai4privacy-like: odd, dense mixed sentences ---
    """Hello [[PERSON:Mr. Kagiso]], as the newly appointed Senior Ventilation Officer for the [[LOCATION:Rustenburg]] operation, please confirm your postal details: [[ADDRESS:17 Heystek Street]], [[ADDRESS:Unit 4]], [[LOCATION:Rustenburg]], [[ZIP_CODE:0299]]. Your laptop is registered under IP [[IP_ADDRESS:196.22.143.87]] with MAC 3C:52:82:A1:7F:0E.""",
    """Attention [[PERSON:Yolanda Pillay]]: the card [[CREDIT_CARD:4966 2240 9883 2686]] (exp 09/27, CVV 418) linked to [[EMAIL_ADDRESS:yolanda.pillay84@webmail.co.za]] was used from [[IP_ADDRESS:41.13.207.19]] using Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.101 Mobile Safari/537.36. If this wasn't you, phone [[PHONE_NUMBER:+27 83 614 2290]] back.""",
    """Our Investor Relations Associate, [[PERSON:Desmond Abernathy-Kruger]], aged [[AGE:46]], will move into [[ADDRESS:Suite 1204]], [[ADDRESS:88 Rivonia Road]], [[LOCATION:Sandton]] from [[DATE_TIME:03/06/2024]]. Kindly forward his IBAN [[IBAN_CODE:GB42NWBK16941303121007]] (BIC NWBKGB2L) to accounts.""",
    """[[PERSON:Thandiwe]], your new password for account [[USERNAME:tmkhize_77]] is Kx!9rPq2#w. Log in from [[IP_ADDRESS:2c0f:f4c0:1d2a:8a00:5d1e:b7c3:91f4:e02a]] only, as the Regional Accounts Coordinator role is restricted to [[LOCATION:KwaZulu-Natal]] devices.""",
    """Dear [[PERSON:Dr. Ingrid Vosloo]], your malpractice premium of R4,812.50 will be debited from card [[CREDIT_CARD:5183-0402-6713-3498]] on the first business day. We have your date of birth as [[DATE_TIME:11/09/1971]] and your practice at [[ADDRESS:Suite 3]], [[ADDRESS:Medforum Building]], [[ADDRESS:214 Voortrekker Road]], [[LOCATION:Parow]], [[ZIP_CODE:7500]].""",
    """Scholarship winner [[PERSON:Musa Dlamini]] ([[AGE:19]]) of [[ADDRESS:2291 Mthembu Street]], [[LOCATION:Umlazi]], [[LOCATION:Durban]] will receive the R15,000 grant into account [[ID_NUMBER:62845510937]] (branch 250655). Contact: [[EMAIL_ADDRESS:musa.dlamini.um@gmail.com]] / [[PHONE_NUMBER:072 418 3396]].""",
    """The Legacy Solutions Designer [[PERSON:Aurelio Bianchi]] logged in at 03:14 from [[IP_ADDRESS:102.67.11.240]], MAC 00:1B:44:11:3A:B7, then changed the payout IBAN to [[IBAN_CODE:IT53O8244295276774374212270]]. Please verify with him on [[PHONE_NUMBER:+39 347 882 1045]] before approving.""",
    """Reminder for [[PERSON:Nomvula Sithole]]: your vehicle [[ID_NUMBER:ND 482-731]] is due for its roadworthy test on [[DATE_TIME:Thursday 18 July 2024 at 08:00]] at the [[LOCATION:Pietermaritzburg]] testing station. Bring your ID [[ID_NUMBER:8807263118085]].""",
    """Patient [[PERSON:Hendrik]] (male, [[AGE:57]]) asked that the invoice be posted to [[ADDRESS:PO Box 1184]], [[LOCATION:Witbank]], [[ZIP_CODE:1035]] and billed to card [[CREDIT_CARD:3729 073018 53145]]. His username on the portal is [[USERNAME:hendrik.wb57]].""",
    """Please be informed that [[PERSON:Chidinma Okafor-Reyes]], a Principal Data Architect, will travel with passport [[ID_NUMBER:A09472183]] to [[LOCATION:Johannesburg]] on [[DATE_TIME:12 August 2024]]; hotel confirmation goes to [[EMAIL_ADDRESS:c.okaforreyes@protonmail.com]].""",
    """Account holder: [[PERSON:Pieter-Jan de Klerk]]. Billing street: [[ADDRESS:5 Kerk Straat]], [[LOCATION:Stellenbosch]], [[LOCATION:Western Cape]] [[ZIP_CODE:7600]]. Card: [[CREDIT_CARD:4349220324429493]], expiry 11/26. Browser: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15.""",
    """[[PERSON:ayesha]], your shift as Forward Operations Liaison starts [[DATE_TIME:Monday 2 September 2024, 06:00]]. Report to gate 3 and give security your staff number [[ID_NUMBER:EMP-407731]]. If delayed call [[PHONE_NUMBER:+27 (0)71 902 5513]].""",
    """Refund request from [[PERSON:Rafael Okonkwo-Santos]] ([[EMAIL_ADDRESS:rafa.os@outlook.com]]): 3 items, total R2,349. Ship to [[ADDRESS:Flat 22]], [[ADDRESS:Oceanview Mansions]], [[ADDRESS:41 Beach Road]], [[LOCATION:Sea Point]], [[LOCATION:Cape Town]], [[ZIP_CODE:8005]]. His IBAN: [[IBAN_CODE:PT50 6464 5440 2647 6688 4756 0]].""",
    """Good morning [[PERSON:Prof. Adaeze Nwosu]], the Human Factors Strategist position has been offered to [[PERSON:Liam O'Driscoll]] ([[AGE:38]]) who lives at [[ADDRESS:14 Glenageary Park]], [[LOCATION:Dún Laoghaire]], [[LOCATION:Co. Dublin]], [[ZIP_CODE:A96 K2P3]]. His PPSN is [[ID_NUMBER:2755309L]].""",
    """Loyalty member [[ID_NUMBER:SMR-0048-2291]] ([[PERSON:Keabetswe Modise]], born [[DATE_TIME:1994.03.15]]) redeemed 4,000 points at the [[LOCATION:Mahikeng]] store; the receipt was emailed to [[EMAIL_ADDRESS:kea.modise@yahoo.com]] and the device at [[IP_ADDRESS:105.233.18.4]] was flagged.""",
    """The Dynamic Branding Officer [[PERSON:Sunil Ramjattan]] requests that his salary go to [[IBAN_CODE:AE374333612354669980467]] while he is posted in [[LOCATION:Dubai]]. Home address on file remains [[ADDRESS:33 Jacaranda Crescent]], [[LOCATION:Chatsworth]], [[ZIP_CODE:4092]].""",
    """[[PERSON:Mrs Gugu Zungu]]'s Discover card [[CREDIT_CARD:6011953975454038]] was charged $89.00 for a course advertised on her profile [[URL:https://www.linkedin.com/in/gugu-zungu-0a81b2]]. She can be reached at [[PHONE_NUMBER:(646) 555-0193]] or at her office, [[ADDRESS:250 Park Avenue South]], [[ADDRESS:7th Floor]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10003]].""",
    """For audit purposes, Chief Metallurgy Manager [[PERSON:Johan Ferreira]] ([[ID_NUMBER:7909119697089]]) accessed the smelter control panel from [[IP_ADDRESS:10.14.2.77]] on [[DATE_TIME:2024-05-21 22:48]] using username [[USERNAME:jferreira]]; MAC A4:5E:60:C2:19:DD.""",
    """Transfer confirmation: R18,400 from [[PERSON:Ntombi Mahlangu]] (acc [[ID_NUMBER:1052 778 314]]) to [[PERSON:Vusi Mahlangu]] at IBAN [[IBAN_CODE:DE18 4230 8374 3539 8713 37]], BIC DEUTDEFFXXX, reference "school fees [[PERSON:Lerato]]".""",
    """Hi [[PERSON:Zanele]], I'm the Lead Intranet Facilitator; your Amex [[CREDIT_CARD:371717716088638]] (CVV 5531) is still the default for the team account [[USERNAME:zanele_ops]]. Your new badge shows DOB [[DATE_TIME:24-07-1977]] – please confirm this is right.""",
    """Driver [[PERSON:Tendai Moyo]], a [[NRP:Zimbabwean]] national aged [[AGE:34]], holds licence [[ID_NUMBER:DL 402771839]] and passport [[ID_NUMBER:FN481203]]. He stays at [[ADDRESS:House 1127]], [[ADDRESS:Phase 2]], [[LOCATION:Cosmo City]], [[LOCATION:Johannesburg]].""",
    """Dear [[PERSON:Ms. Olufunke Adeyemi-Bassey]], your application for the Global Quality Technician role was received from [[IP_ADDRESS:197.210.54.162]]. Interview: [[DATE_TIME:Wednesday, 9 October 2024 at 11h30]]. Bring your SSN card ([[US_SSN:512-84-3390]]) and your US passport [[US_PASSPORT:583920417]].""",
    # --- ai4privacy-like, Afrikaans / isiZulu ---
    """Geagte [[TITLE:Mnr.]] [[PERSON:Barend Coetzee]], u rekening [[USERNAME:barendc_62]] is op [[DATE_TIME:14 Maart 2024 om 21:07]] vanaf [[IP_ADDRESS:165.73.112.9]] oopgemaak. Ons het u kaart [[CREDIT_CARD:5567 7440 6504 3405]] (verval 03/28) tydelik gevries. Skakel ons by [[PHONE_NUMBER:082 771 4025]] indien dit nie u was nie.""",
    """Die nuwe Streekbestuurder, [[TITLE:Me.]] [[PERSON:Anri Steyn]] ([[AGE:41]]), woon by [[ADDRESS:9 Protealaan]], [[LOCATION:Potchefstroom]], [[ZIP_CODE:2531]]. Haar salaris word na [[IBAN_CODE:NL70RABO6540853907]] betaal, en haar ID-nommer is [[ID_NUMBER:8302141942088]].""",
    """Sawubona [[PERSON:Sbu]], i-akhawunti yakho [[USERNAME:sbu_ngcobo]] ivuliwe kusuka ku-IP [[IP_ADDRESS:41.150.88.201]]. Ikhadi lakho [[CREDIT_CARD:4132 0659 4735 8269]] lisetshenziswe e-[[LOCATION:Pinetown]]. Uma kungewona wena, shayela [[PHONE_NUMBER:+27 73 208 6614]].""",
    # --- gretel-like domain documents ---
    """INSURANCE CLAIM – MOTOR. Claimant: [[PERSON:Siphesihle Ndaba]]. ID number: [[ID_NUMBER:0009124403081]]. Policy: MV-22-0071943. Date of loss: [[DATE_TIME:17 February 2024]]. The claimant states that while driving vehicle [[ID_NUMBER:KZN 44 718]] along the N3 near [[LOCATION:Howick]] she was struck from behind. Contact number: [[PHONE_NUMBER:061 337 9048]]. Residential address: [[ADDRESS:12 Acacia Lane]], [[LOCATION:Hilton]], [[ZIP_CODE:3245]]. Assessor appointed: [[PERSON:Craig Lötter]].""",
    """EMPLOYMENT CONTRACT (FIXED TERM). This agreement is entered into between Kwena Platinum (Pty) Ltd ("the Company") and [[PERSON:Lebohang Mokoena]], identity number [[ID_NUMBER:9105037453089]], residing at [[ADDRESS:Stand 4471]], [[LOCATION:Phokeng]], [[ZIP_CODE:0335]] ("the Employee"). The Employee is engaged as a Winch Operator with effect from [[DATE_TIME:1 April 2024]] until [[DATE_TIME:31 March 2025]]. Remuneration shall be paid monthly into account number [[ID_NUMBER:62081749923]]. Signed at [[LOCATION:Rustenburg]] on [[DATE_TIME:22 March 2024]].""",
    """DISCHARGE SUMMARY. Patient: [[PERSON:Fatima Ebrahim]] | Hospital no.: [[ID_NUMBER:GSH-7731902]] | DOB: [[DATE_TIME:30/06/1984]] | Age: [[AGE:39]]. Admitted [[DATE_TIME:02/04/2024]] with community-acquired pneumonia; discharged [[DATE_TIME:08/04/2024]] on oral amoxicillin. Next of kin: [[PERSON:Yusuf Ebrahim]] ([[PHONE_NUMBER:021 697 4402]]). Follow up with [[PERSON:Dr Naledi Khumalo]] at [[ADDRESS:31 Main Road]], [[LOCATION:Rondebosch]]. Patient is [[NRP:Muslim]] and requests halaal meals.""",
    """PERSONAL LOAN APPLICATION. Applicant: [[PERSON:Marcus Thibault]]. SSN: [[US_SSN:431-07-2285]]. Date of birth: [[DATE_TIME:March 4, 1986]]. Current address: [[ADDRESS:4410 Willow Bend Drive]], [[ADDRESS:Apt 12C]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77035]]. Employer: Gulf Coast Fabrication LLC (welding supervisor, 9 years). Monthly gross income: $6,850. Driver's license: [[US_DRIVER_LICENSE:24871093]] (Texas). Requested amount: $18,000 for 60 months. Co-applicant: [[PERSON:Danielle Thibault]], phone [[PHONE_NUMBER:713-555-0148]].""",
    """NOTICE OF TERMINATION OF LEASE. To: [[PERSON:Mr. Oluwaseun Bakare]], [[ADDRESS:Flat 9]], [[ADDRESS:Kingsway Court]], [[ADDRESS:112 Kingsway]], [[LOCATION:Auckland Park]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2092]]. Dear Sir, we hereby give notice that your lease will terminate on [[DATE_TIME:30 September 2024]]. The deposit of R9,500 plus interest will be refunded to account [[ID_NUMBER:4082 119 503]] after the outgoing inspection. Signed: [[PERSON:Heidi van Rooyen]], Rental Agent, [[DATE_TIME:29 July 2024]].""",
    """WORKERS' COMPENSATION CLAIM (W.Cl.2). Employee: [[PERSON:Thabo Mofokeng]]. ID: [[ID_NUMBER:8701017089082]]. Occupation: Rock Drill Operator. Date and time of accident: [[DATE_TIME:2024-03-11 at 13:40]]. Place: Level 28 West, Shaft 3, near [[LOCATION:Carletonville]]. Description: while barring down after blasting, a loose rock of approximately 40 kg fell from the hangingwall and struck the employee's left shoulder. Witness: [[PERSON:Sello Nkosi]] (clock no. [[ID_NUMBER:304418]]). Treating doctor: [[PERSON:Dr. Pravin Moodley]], practice no. 0423119.""",
    """CERTIFICATE OF SERVICE. This is to certify that [[PERSON:Zodwa Priscilla Mnguni]] (ID [[ID_NUMBER:7707244114081]]) was employed by Ubuhle Steel Fabricators from [[DATE_TIME:15 January 2009]] to [[DATE_TIME:31 May 2024]] as a Crane Driver. Her last remuneration was R21,340.00 per month. Reason for leaving: retrenchment. Enquiries: [[PERSON:Jacques Olivier]], HR Manager, [[EMAIL_ADDRESS:jacques.olivier@ubuhlesteel.co.za]].""",
    """MEDICAL AID MEMBERSHIP FORM. Principal member: [[PERSON:Ravi Govender]]. Membership no.: [[ID_NUMBER:907 441 28]]. Dependants: [[PERSON:Shanthi Govender]] (spouse, born [[DATE_TIME:12 Aug 1989]]), [[PERSON:Kiara Govender]] (child, [[AGE:6]]). Postal address: [[ADDRESS:PO Box 50712]], [[LOCATION:Musgrave]], [[ZIP_CODE:4062]]. Debit order: account [[ID_NUMBER:1283045596]], Nedbank, branch 198765, on the 1st of each month. Cell: [[PHONE_NUMBER:084 552 0917]].""",
    """TENANCY REFERENCE. I, [[PERSON:Margaret Holloway]], landlady of [[ADDRESS:27 Crescent Gardens]], [[LOCATION:Bath]], [[ZIP_CODE:BA1 2NB]], confirm that [[PERSON:Kwame Asante-Boateng]] rented the ground-floor flat from [[DATE_TIME:October 2019]] until [[DATE_TIME:March 2024]], always paying on time. He may be contacted on [[PHONE_NUMBER:07700 900 482]]. Signed [[DATE_TIME:2 April 2024]].""",
    """VEHICLE FINANCE AGREEMENT – SCHEDULE. Buyer: [[PERSON:Annemarie Jacobs]]; ID [[ID_NUMBER:8511220029084]]; address [[ADDRESS:6 Sonneblom Street]], [[LOCATION:Kathu]], [[LOCATION:Northern Cape]], [[ZIP_CODE:8446]]; employer Sishen Iron Ore (plant operator). Vehicle: 2021 Toyota Hilux 2.4 GD-6, VIN AHTKB3CD702617744, registration [[ID_NUMBER:CDF 114 NC]]. First instalment due [[DATE_TIME:1 July 2024]]. Debit from account [[ID_NUMBER:62 771 904 183]].""",
    """PRESCRIPTION. [[PERSON:Dr. Lwazi Cele]], MBChB, practice [[ADDRESS:Shop 14]], [[ADDRESS:Esplanade Centre]], [[LOCATION:Richards Bay]]. Patient: [[PERSON:Nokuthula Shange]], age [[AGE:29]], file no. [[ID_NUMBER:RB-55120]]. Rx: Salbutamol inhaler 100 mcg, 2 puffs prn; Budesonide 200 mcg bd. Date: [[DATE_TIME:19/06/2024]]. Repeat x5.""",
    """HOME INSURANCE – LOSS REPORT. Insured: [[PERSON:Greg]] and [[PERSON:Lynette Dawson]]. Risk address: [[ADDRESS:44 Kiepersol Drive]], [[LOCATION:Nelspruit]], [[ZIP_CODE:1201]]. On the night of [[DATE_TIME:Saturday 4 May 2024]], hail damaged the roof and two vehicles. [[PERSON:Mr Dawson]]'s contact: [[PHONE_NUMBER:082 449 3371]]; email [[EMAIL_ADDRESS:gldawson@mweb.co.za]]. Excess payable from card ending 4417.""",
    """PROBATION REVIEW. Employee: [[PERSON:Mpho Letsoalo]], staff no. [[ID_NUMBER:KP-01944]], Shift Boss (Development). Review date: [[DATE_TIME:12 June 2024]]. Appointed [[DATE_TIME:1 December 2023]]. Reviewer: [[PERSON:Ms Carla Pretorius]]. Comments: meets safety targets; two late PTO submissions. Recommendation: confirm appointment.""",
    """SUBPOENA TO APPEAR. In the matter between [[PERSON:Nosipho Khanyile]] and Metro Haulage CC (case D1244/2023), you, [[PERSON:Ahmed Cassim]] of [[ADDRESS:78 Grey Street]], [[LOCATION:Durban]], are required to appear before the Labour Court on [[DATE_TIME:Tuesday, 15 October 2024 at 10:00]].""",
    """STUDENT LOAN STATEMENT. Borrower: [[PERSON:Aroha Ngata]]. IRD number: [[ID_NUMBER:094-771-302]]. Student ID: [[ID_NUMBER:21784406]]. Address: [[ADDRESS:17B Tui Street]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]]. Balance as of 31 March: NZ$27,411.90. Contact: [[EMAIL_ADDRESS:aroha.ngata@student.auckland.ac.nz]].""",
    # --- gretel-like, mining / heavy industry safety ---
    """INCIDENT INVESTIGATION REPORT – HIGH POTENTIAL INCIDENT. Site: Mamba Colliery, Section 7 (continuous miner section), near [[LOCATION:eMalahleni]], [[LOCATION:Mpumalanga]]. Date/time: [[DATE_TIME:14 May 2024, 02:35]]. Persons involved: CM operator [[PERSON:Jabulani Masilela]] (company no. [[ID_NUMBER:MC20331]]), cable handler [[PERSON:Samuel Chauke]] ([[ID_NUMBER:MC18874]]). Description: a roof fall of approx. 2.5 m x 4 m occurred inby the last row of roof bolts while the miner was tramming. No injuries. Methane reading 0.4%. Investigation led by [[PERSON:Willem Strydom]], Mine Overseer. Root cause: bolting cycle skipped after shift change.""",
    """LOST-TIME INJURY NOTIFICATION. Name of injured: [[PERSON:Kgomotso Seleke]]. Age: [[AGE:30]]. ID: [[ID_NUMBER:9306088243086]]. Date of injury: [[DATE_TIME:3 June 2024]]. Department: Smelter – Furnace 2 tapping floor. Nature of injury: second-degree burns to right forearm from a matte splash. Days lost: 9. Supervisor: [[PERSON:Riaan Bezuidenhout]]. Reported to DMRE inspector [[PERSON:Ms. Thuli Ngubane]] on [[DATE_TIME:4 June 2024]].""",
    """SECTION 54 INSTRUCTION – RESPONSE. To: Principal Inspector of Mines, [[LOCATION:Klerksdorp]]. From: [[PERSON:Andries Botha]], Manager: Mines (GMR 2.1(1)), [[EMAIL_ADDRESS:andries.botha@goudrandmining.co.za]], cell [[PHONE_NUMBER:083 298 1177]]. Following the fatal accident of [[DATE_TIME:8 July 2024]] in which loco driver [[PERSON:Fernando Macuácua]] ([[NRP:Mozambican]], passport [[ID_NUMBER:13AB44518]]) lost his life on 42 Level, the haulage has been stopped and the following corrective actions implemented...""",
    """PERMIT TO WORK – HOT WORK. Permit no. HW-2024-11873. Work: cutting of chute liner plates, Primary Crusher 2. Issued to: [[PERSON:Pule Radebe]] (boilermaker, clock [[ID_NUMBER:ST-5521]]). Fire watcher: [[PERSON:Eunice Maluleke]]. Valid from [[DATE_TIME:22 August 2024 07:00]] to [[DATE_TIME:22 August 2024 15:00]]. Gas test: O2 20.9%, LEL 0%. Authorised by [[PERSON:G. Hattingh]], Engineering Foreman.""",
    """MEDICAL FITNESS CERTIFICATE (Mine Health and Safety Act, s.13). Employee: [[PERSON:Bongani Zwane]]. ID: [[ID_NUMBER:8604095414083]]. Occupation: Underground Trackless Mobile Machine Operator. Examination date: [[DATE_TIME:09/04/2024]]. Audiometry: PLH 6.2%. Chest X-ray: no abnormality. Outcome: FIT with restrictions (must wear hearing protection > 85 dB). Occupational Medical Practitioner: [[PERSON:Dr. Refilwe Masondo]], HPCSA [[ID_NUMBER:MP 0655142]].""",
    """HEAVY LIFT PLAN sign-off. Lift: 62 t kiln shell section, Bay 4. Crane: Liebherr LTM 1250. Lift supervisor: [[PERSON:Dawid Engelbrecht]] ([[PHONE_NUMBER:076 480 2213]]). Rigger: [[PERSON:Mandla Ngwenya]]. Crane operator: [[PERSON:Costa Papadopoulos]], operator certificate [[ID_NUMBER:TLB/COP/77125]]. Signed off by all parties on [[DATE_TIME:28/08/2024 at 05:45]]; wind speed 11 km/h.""",
    """SAFETY STAND-DOWN ATTENDANCE – Shaft 2, [[LOCATION:Marikana]]. Facilitator: [[PERSON:Nomsa Phiri]]. Attendees signed: [[PERSON:T. Mabena]], [[PERSON:L. Mashaba]], [[PERSON:Joseph Kekana]], [[PERSON:Ricardo Nhantumbo]], [[PERSON:P. du Toit]]. Topic: fall of ground after the seismic event on 30 Level. Next stand-down: [[DATE_TIME:Monday 16 September 2024, 05:30]] at the lamp room.""",
    # --- gretel-like, HR disciplinary ---
    """NOTICE TO ATTEND A DISCIPLINARY HEARING. To: [[PERSON:Sibusiso Mthethwa]], Employee no. [[ID_NUMBER:40021871]], Artisan Assistant, Engineering Department. You are hereby notified to attend a disciplinary hearing on [[DATE_TIME:Thursday, 25 July 2024 at 09:00]] in the Training Centre boardroom. Allegations: (1) gross negligence in that on [[DATE_TIME:12 July 2024]] you bypassed the interlock on conveyor CV-07; (2) failure to follow lock-out procedure. You may be represented by a fellow employee or shop steward. Chairperson: [[PERSON:Mr. Louis Venter]]. Initiator: [[PERSON:Ms. Bontle Moagi]].""",
    """OUTCOME OF DISCIPLINARY ENQUIRY. Employee: [[PERSON:Elias Mabunda]] (ID [[ID_NUMBER:7501199195082]]). Date of hearing: [[DATE_TIME:5 March 2024]]. Charge: unauthorised absence from [[DATE_TIME:19 February 2024]] to [[DATE_TIME:23 February 2024]]. Finding: guilty. Sanction: final written warning valid for 12 months. The employee was represented by [[PERSON:Sipho Shabangu]] (NUM). Signed: [[TITLE:Adv.]] [[PERSON:Karen Smit]], Chairperson.""",
    """WRITTEN WARNING. Employee name: [[PERSON:Cheryl-Ann Daniels]]. Staff no.: [[ID_NUMBER:CT-20817]]. Position: Payroll Clerk. Date of offence: [[DATE_TIME:14 August 2024]]. Nature: disclosed colleagues' salary information in the staff WhatsApp group. This warning remains on file for six months. Employee signature: ________ Date: [[DATE_TIME:21/08/2024]]. Manager: [[PERSON:Yusuf Patel]].""",
    """SUSPENSION LETTER – PRECAUTIONARY. Dear [[PERSON:Mr Kabelo Rantho]], pending an investigation into the alleged theft of 14 litres of diesel from the [[LOCATION:Lephalale]] yard on [[DATE_TIME:2 September 2024]], you are placed on precautionary suspension on full pay with effect from [[DATE_TIME:4 September 2024]]. You may not enter company premises. Please remain available on [[PHONE_NUMBER:079 620 4418]]. Regards, [[PERSON:Ilse Kotzé]], HR Business Partner.""",
    """CCMA REFERRAL (LRA 7.11) – Part B. Referring party: [[PERSON:Nonhlanhla Dube]]. ID: [[ID_NUMBER:9209173904085]]. Address: [[ADDRESS:88 Mampuru Street]], [[LOCATION:Mamelodi East]], [[LOCATION:Pretoria]], [[ZIP_CODE:0122]]. Tel: [[PHONE_NUMBER:012 805 3316]]. Cell: [[PHONE_NUMBER:071 443 0981]]. Date of dismissal: [[DATE_TIME:30 April 2024]]. Nature of dispute: unfair dismissal – misconduct. Respondent: Tshwane Castings (Pty) Ltd.""",
    # --- payroll (gretel- and Nemotron-like) ---
    """PAYSLIP – August 2024. Employee: [[PERSON:Lerato Nkadimeng]] | Emp no: [[ID_NUMBER:100-44718]] | ID: [[ID_NUMBER:9501212303083]] | Tax no: [[ID_NUMBER:0256235599]] | Engagement date: [[DATE_TIME:01/02/2019]] | Pay date: [[DATE_TIME:25/08/2024]]. Earnings: Basic R24,600.00; Shift allowance R1,850.00; Overtime (12.5 h @ 1.5) R2,891.41. Deductions: PAYE R4,377.18; UIF R177.12; Medical aid R2,140.00; Union (NUMSA) R246.00. Net pay R22,401.11 paid to FNB account [[ID_NUMBER:62749901183]].""",
    """Subject: Bank detail change – payroll. Hi Payroll team (payroll@kalaharimanganese.co.za), please update my banking details from the next run. Name: [[PERSON:Gift Mothibi]]. Employee number: [[ID_NUMBER:KM07712]]. New bank: Capitec, account [[ID_NUMBER:1608 447 229]], branch code 470010. I attach a stamped bank letter. My cell is [[PHONE_NUMBER:073 914 2268]] if you need to verify. Thanks, [[PERSON:Gift]]""",
    """EMOLUMENT ATTACHMENT ORDER (s.65J Magistrates' Courts Act). Judgment debtor: [[PERSON:Patrick Sibanyoni]], ID [[ID_NUMBER:7306129242081]], employed as a Driller by Thaba Chrome Mines, employee no. [[ID_NUMBER:TCM-2240]]. The employer is directed to deduct R1,250.00 monthly from the debtor's salary, starting [[DATE_TIME:31 October 2024]], and to pay it to the attorneys' trust account. Issued at [[LOCATION:Steelpoort]].""",
    """{"payroll_run": "2024-09", "company": "Vulcan Heavy Engineering", "employees": [{"emp_id": "[[ID_NUMBER:VHE0391]]", "name": "[[PERSON:Ashwin Naicker]]", "id_no": "[[ID_NUMBER:8108276469080]]", "tax_ref": "[[ID_NUMBER:3188155661]]", "bank_acc": "[[ID_NUMBER:4071 883 215]]", "branch": "632005", "gross": 38750.00, "paye": 7922.40, "uif": 177.12, "net": 28120.11}, {"emp_id": "[[ID_NUMBER:VHE0412]]", "name": "[[PERSON:Magdalena Oosthuizen]]", "id_no": "[[ID_NUMBER:8406300817088]]", "tax_ref": "[[ID_NUMBER:1808027690]]", "bank_acc": "[[ID_NUMBER:62 091 447 510]]", "branch": "250655", "gross": 29400.00, "paye": 4870.25, "uif": 177.12, "net": 22011.63}]}""",
    """IRP5 EMPLOYEE TAX CERTIFICATE 2024. Employee surname: [[PERSON:MAKHUBELA]]. First names: [[PERSON:TSAKANI JOYCE]]. Initials: [[PERSON:TJ]]. Identity no: [[ID_NUMBER:8908122024082]]. Date of birth: [[DATE_TIME:19890812]]. Income tax ref no: [[ID_NUMBER:2670074455]]. Residential address: [[ADDRESS:1406 Nyeleti Street]], [[LOCATION:Nkowankowa]], [[ZIP_CODE:0870]]. Period employed from [[DATE_TIME:20230301]] to [[DATE_TIME:20240229]]. Code 3601 income: 312 480.00. Code 4102 PAYE: 41 206.33.""",
    """OVERTIME CLAIM FORM. Name: [[PERSON:Vincent Mokgalaka]] | Clock no: [[ID_NUMBER:2241]] | Section: Concentrator – Mill 2. Overtime worked: [[DATE_TIME:Sat 10 Aug 2024 06:00–14:00]] (8 h, 1.5x) and [[DATE_TIME:Sun 11 Aug 2024 06:00–10:00]] (4 h, 2x), relining ball mill. Approved by: [[PERSON:H. Prinsloo]] (Plant Superintendent). Submitted to payroll on [[DATE_TIME:12/08/2024]].""",
    """PAYROLL QUERY #PQ-3381. Raised by: [[PERSON:Precious Ndlovu]] ([[EMAIL_ADDRESS:precious.ndlovu77@gmail.com]], [[PHONE_NUMBER:+27 66 120 4439]]). Query: my July payslip shows night-shift allowance for 4 shifts but I worked 9. Employee number [[ID_NUMBER:SH-33018]]. Supervisor [[PERSON:Thulani]] can confirm from the attendance register. Status: assigned to [[PERSON:Marinda Swart]].""",
    """SALARY ADVANCE REQUEST. I, [[PERSON:Jonas Shikongo]], [[NRP:Namibian]] citizen, passport [[ID_NUMBER:P0671124]], employee no. [[ID_NUMBER:WB-5518]], request an advance of N$6,000 to be recovered over three months starting with the [[DATE_TIME:25 October 2024]] payroll. Reason: funeral of my father in [[LOCATION:Oshakati]]. Signed [[DATE_TIME:14/10/2024]]. Bank: [[IBAN_CODE:DE66 7517 3722 5945 2113 85]] (German account, used while on secondment).""",
    """UIF DECLARATION (UI-19) – termination. Employee: [[PERSON:Lindokuhle Mhlongo]]; ID [[ID_NUMBER:0204177845086]]; commencement date [[DATE_TIME:2022-06-01]]; termination date [[DATE_TIME:2024-07-31]]; reason code 04 (contract expired); remuneration per month R8,450.00; hours worked 195. Employer UIF ref 1204417/8. Form completed by [[PERSON:Bianca Lategan]] on [[DATE_TIME:2024-08-02]].""",
    """<Payslip><Period>2024-06</Period><Employee><Number>[[ID_NUMBER:00831]]</Number><Name>[[PERSON:Okello Wanjiru]]</Name><KRAPin>[[ID_NUMBER:A009418273Q]]</KRAPin><NSSF>[[ID_NUMBER:2011483902]]</NSSF><NHIF>[[ID_NUMBER:5581207]]</NHIF><Phone>[[PHONE_NUMBER:+254 722 418 903]]</Phone></Employee><Gross>185000</Gross><PAYE>44721</PAYE><Net>129408</Net><Bank>KCB</Bank><Account>[[ID_NUMBER:1198453021]]</Account></Payslip>""",
    # --- Nemotron-like: JSON, logs, SQL, XML, config, code, tickets, forms ---
    """[[DATE_TIME:2024-06-14T07:02:11Z]] INFO auth-service login success user=[[USERNAME:nmaseko]] email=[[EMAIL_ADDRESS:nandi.maseko@ridgeback-mining.co.za]] ip=[[IP_ADDRESS:196.41.118.20]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"
[[DATE_TIME:2024-06-14T07:02:15Z]] INFO sheq-portal open record incident_id=INC-24-0619 user=[[USERNAME:nmaseko]]
[[DATE_TIME:2024-06-14T07:09:48Z]] WARN sheq-portal export denied user=[[USERNAME:nmaseko]] reason=role""",
    """INSERT INTO employees (emp_no, first_name, last_name, id_number, dob, cell, email, start_date, dept) VALUES ('[[ID_NUMBER:RM-10442]]', '[[PERSON:Kagiso]]', '[[PERSON:Mokwena]]', '[[ID_NUMBER:8009186931088]]', '[[DATE_TIME:1980-09-18]]', '[[PHONE_NUMBER:0826603915]]', '[[EMAIL_ADDRESS:kmokwena@outlook.co.za]]', '[[DATE_TIME:2015-03-02]]', 'Shaft Engineering');""",
    """incident:
  id: SHE-2024-0457
  site: Grootvlei Smelter
  classification: LTI
  injured_person:
    name: [[PERSON:Anele Gqirana]]
    employee_no: "[[ID_NUMBER:GV40988]]"
    age: [[AGE:27]]
    contact: "[[PHONE_NUMBER:+27 78 331 0276]]"
  occurred_at: "[[DATE_TIME:2024-07-19 16:20]]"
  description: Caught between slag pot carrier and bund wall while guiding the carrier; fractured pelvis.
  reported_by: [[PERSON:Francois le Roux]]
  reported_to_inspectorate: true""",
    """Ticket #88213 – HR Helpdesk
From: [[PERSON:Sizwe Buthelezi]] <[[EMAIL_ADDRESS:sizwe.buthelezi@zululandcoal.co.za]]>
Priority: High
Subject: Appeal against dismissal
Body: I was dismissed on [[DATE_TIME:19 August 2024]] after the hearing chaired by [[PERSON:Mr. P. Ferreira]]. I want to lodge an internal appeal. My company number is [[ID_NUMBER:ZC-7741]] and my ID is [[ID_NUMBER:8503176878085]]. Please call me on [[PHONE_NUMBER:076 209 4415]], I no longer have access to my work email after 17:00.""",
    """[database]
host = [[IP_ADDRESS:10.20.4.18]]
port = 5432
user = payroll_svc
password = Pr0d!Payr0ll#24

[alerts]
owner = [[PERSON:Shireen Abrahams]]
owner_email = [[EMAIL_ADDRESS:shireen.abrahams@capegrainmills.co.za]]
owner_mobile = [[PHONE_NUMBER:+27 82 904 3312]]
escalation = it-ops@capegrainmills.co.za""",
    """def test_create_employee(client):
    payload = {
        "full_name": "[[PERSON:Hlengiwe Mabaso]]",
        "sa_id": "[[ID_NUMBER:9007021021080]]",
        "birth_date": "[[DATE_TIME:1990-07-02]]",
        "home_address": "[[ADDRESS:17 Nkosi Albert Luthuli Street]], [[LOCATION:Newcastle]], [[ZIP_CODE:2940]]",
        "mobile": "[[PHONE_NUMBER:0834471209]]",
    }
    resp = client.post("/api/v2/employees", json=payload)
    assert resp.status_code == 201""",
    """{"user": {"id": 55120, "username": "[[USERNAME:riaan_vdm]]", "display_name": "[[PERSON:Riaan van der Merwe]]", "email": "[[EMAIL_ADDRESS:riaanvdm@gmail.com]]", "phone": "[[PHONE_NUMBER:+27 72 513 8840]]", "last_login": "[[DATE_TIME:2024-08-30T18:44:02+02:00]]", "last_ip": "[[IP_ADDRESS:105.186.221.74]]", "locale": "af-ZA", "plan": "premium"}}""",
    """MSH|^~\\&|LABSYS|AMPATH|HIS|NETCARE|202405141022||ORU^R01|MSG00419|P|2.5
PID|1||[[ID_NUMBER:MRN4417092]]||[[PERSON:MOLOI]]^[[PERSON:REFILOE]]^[[PERSON:D]]||[[DATE_TIME:19870516]]|F|||[[ADDRESS:23 Bree Street]]^^[[LOCATION:Kroonstad]]^^[[ZIP_CODE:9499]]||[[PHONE_NUMBER:0568124470]]
OBX|1|NM|HB^Haemoglobin||11.2|g/dL|12.0-15.5|L""",
    """Jun 03 22:17:45 vpn-gw01 sshd[20913]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.47]] port 51234 ssh2
[[DATE_TIME:Jun 03 22:18:02]] vpn-gw01 sshd[20917]: Accepted publickey for [[USERNAME:tkhumalo]] from [[IP_ADDRESS:41.193.12.88]] port 60211 ssh2
[[DATE_TIME:Jun 03 22:18:02]] vpn-gw01 sshd[20917]: pam_unix(sshd:session): session opened for user [[USERNAME:tkhumalo]] by (uid=0)""",
    """<?xml version="1.0" encoding="UTF-8"?>
<EFTBatch date="2024-09-25" bank="ABSA">
  <Credit><Beneficiary>[[PERSON:N MAZIBUKO]]</Beneficiary><Account>[[ID_NUMBER:4055128831]]</Account><Branch>632005</Branch><Amount>14230.55</Amount><Ref>SAL SEP24</Ref></Credit>
  <Credit><Beneficiary>[[PERSON:J VAN WYK]]</Beneficiary><Account>[[ID_NUMBER:62219904417]]</Account><Branch>250655</Branch><Amount>31802.10</Amount><Ref>SAL SEP24</Ref></Credit>
  <Credit><Beneficiary>[[PERSON:A HASSIM]]</Beneficiary><Account>[[ID_NUMBER:1910 227 854]]</Account><Branch>051001</Branch><Amount>19775.00</Amount><Ref>SAL SEP24</Ref></Credit>
</EFTBatch>""",
    """UPDATE customers SET email = '[[EMAIL_ADDRESS:p.oyelaran@yahoo.co.uk]]', phone = '[[PHONE_NUMBER:+44 7911 204 335]]', address_line1 = '[[ADDRESS:58 Coldharbour Lane]]', city = '[[LOCATION:Brixton]]', postcode = '[[ZIP_CODE:SW9 8LF]]' WHERE customer_id = 99120 AND surname = '[[PERSON:Oyelaran]]';""",
    """const testUser = {
  firstName: "[[PERSON:Meera]]",
  lastName: "[[PERSON:Krishnamurthy]]",
  aadhaar: "[[ID_NUMBER:3185 4706 6034]]",
  pan: "[[ID_NUMBER:BQKPK4471M]]",
  mobile: "[[PHONE_NUMBER:+91 98450 21763]]",
  address: { line1: "[[ADDRESS:No. 14, 3rd Cross, Jayanagar 4th Block]]", city: "[[LOCATION:Bengaluru]]", pin: "[[ZIP_CODE:560011]]" },
  card: { number: "[[CREDIT_CARD:5245990987581739]]", cvv: "072", exp: "04/29" },
};""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Mthembu]];[[PERSON:Nothando]];;;
FN:[[PERSON:Nothando Mthembu]]
TITLE:Environmental Compliance Officer
TEL;TYPE=CELL:[[PHONE_NUMBER:+27 81 552 0734]]
EMAIL;TYPE=HOME:[[EMAIL_ADDRESS:nothando.mthembu@icloud.com]]
ADR;TYPE=HOME:;;[[ADDRESS:41 Jan Smuts Avenue]];[[LOCATION:Secunda]];[[LOCATION:Mpumalanga]];[[ZIP_CODE:2302]];[[LOCATION:South Africa]]
BDAY:[[DATE_TIME:1991-01-25]]
END:VCARD""",
    """BEGIN:VEVENT
SUMMARY:Disciplinary hearing – [[PERSON:T. Mokoena]] (absenteeism)
DTSTART:[[DATE_TIME:20241107T090000]]
DTEND:[[DATE_TIME:20241107T110000]]
LOCATION:Boardroom 2, Admin Block
ORGANIZER;CN=[[PERSON:Lizelle Burger]]:mailto:[[EMAIL_ADDRESS:lizelle.burger@sasolburgchem.co.za]]
ATTENDEE;CN=[[PERSON:Themba Mokoena]]:mailto:[[EMAIL_ADDRESS:themba.mokoena88@gmail.com]]
END:VEVENT""",
    """[[IP_ADDRESS:192.0.2.10]] - - [[[DATE_TIME:12/Mar/2024:09:15:02 +0200]]] "GET /portal/payslips?emp=[[ID_NUMBER:44187]]&name=[[PERSON:khoza]] HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
[[IP_ADDRESS:102.132.97.8]] - [[USERNAME:skhoza]] [[[DATE_TIME:12/Mar/2024:09:15:40 +0200]]] "POST /portal/bank-details HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)\"""",
    """Form: New Contractor Onboarding
Full legal name: [[PERSON:Obinna Chukwuemeka Eze]]
Preferred name: [[PERSON:Obi]]
Nationality: [[NRP:Nigerian]]
Passport no.: [[ID_NUMBER:A11937520]]
Work permit: [[ID_NUMBER:CWV-2024-118734]]
Local address: [[ADDRESS:Unit 602]], [[ADDRESS:The Zenith]], [[ADDRESS:12 Fredman Drive]], [[LOCATION:Sandton]], [[ZIP_CODE:2196]]
Mobile (SA): [[PHONE_NUMBER:068 301 7745]]
Mobile (NG): [[PHONE_NUMBER:+234 803 418 2276]]
Start date: [[DATE_TIME:4 November 2024]]
Role: Instrumentation Technician (contract)""",
    """mutation {
  updateProfile(input: {
    userId: "u_80417",
    fullName: "[[PERSON:Siobhan McAllister]]",
    dateOfBirth: "[[DATE_TIME:1992-11-03]]",
    iban: "[[IBAN_CODE:IE52AIBK93115241597263]]",
    phone: "[[PHONE_NUMBER:+353 87 412 6630]]",
    address: "[[ADDRESS:4 Ashgrove Terrace]], [[LOCATION:Ballincollig]], [[LOCATION:Co. Cork]], [[ZIP_CODE:P31 X2Y8]]"
  }) { ok }
}""",
    """From: [[PERSON:Kirsten Fourie]] <[[EMAIL_ADDRESS:kirsten.fourie@gmail.com]]>
To: recruitment@overbergquarries.co.za
Date: [[DATE_TIME:Mon, 9 Sep 2024 08:12:44 +0200]]
Received: from [[[IP_ADDRESS:192.168.1.104]]] ([[IP_ADDRESS:154.66.219.31]]) by smtp.gmail.com
Subject: Application – Blasting Supervisor (ref OQ-77)
X-Mailer: iPhone Mail (21G93)""",
    """ENV FILE (.env.staging)
APP_NAME=SafeShift
ADMIN_NAME=[[PERSON:Bheki Nxumalo]]
ADMIN_EMAIL=[[EMAIL_ADDRESS:bheki.nxumalo@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+27834469012]]
SMTP_HOST=smtp.sendgrid.net
SMTP_PASS=SG.x8Kf2_qWq.1rT9
DEFAULT_SITE=SITE-07
SUPPORT_MAILBOX=support@safeshift.co.za""",
    """Ticket SR-20419 | Channel: web form | Created: [[DATE_TIME:2024-10-02 14:07]]
Customer: [[PERSON:Dilnoza Rakhimova]]
Account: [[ID_NUMBER:ACC-7730219]]
Email: [[EMAIL_ADDRESS:dilnoza.r@mail.ru]]
Card on file: [[CREDIT_CARD:3528 5638 0628 0453]]
Issue: Double charge of $39.99 on my subscription. I am now in [[LOCATION:Tashkent]] and cannot receive SMS to [[PHONE_NUMBER:+1 (437) 555-0112]].
Agent: [[PERSON:Marco]] (L1)""",
    # --- mining / HR, Nemotron-like ---
    """{"event": "fatigue_alert", "site": "Mogalakwena North Pit", "truck": "HT-221", "operator": {"name": "[[PERSON:Reneilwe Sebola]]", "badge": "[[ID_NUMBER:MN-00917]]", "mobile": "[[PHONE_NUMBER:0715524091]]"}, "detected_at": "[[DATE_TIME:2024-08-11T03:52:16+02:00]]", "eye_closure_ms": 2150, "action": "stop_and_call", "controller": "[[PERSON:D. Kruger]]"}""",
    """SELECT e.emp_no, e.full_name, d.sanction, d.hearing_date
FROM discipline d JOIN employees e USING (emp_no)
WHERE d.sanction = 'FINAL WRITTEN';
 emp_no  | full_name          | sanction      | hearing_date
---------+--------------------+---------------+-------------
 [[ID_NUMBER:TC-1180]] | [[PERSON:Mbali Hadebe]]       | FINAL WRITTEN | [[DATE_TIME:2024-02-14]]
 [[ID_NUMBER:TC-1342]] | [[PERSON:Gerhard Lombard]]    | FINAL WRITTEN | [[DATE_TIME:2024-05-30]]""",
    """<IncidentReport xmlns="urn:sheq:v2"><Ref>IR-44871</Ref><Site>Saldanha Steel Works</Site><Injured><Name>[[PERSON:Ismail Jacobs]]</Name><IdNumber>[[ID_NUMBER:7605045515086]]</IdNumber><Age>[[AGE:47]]</Age></Injured><When>[[DATE_TIME:2024-04-27T11:05:00]]</When><What>Hand caught in pinch point of roller conveyor during cleaning without isolation.</What><Supervisor>[[PERSON:Ronel Cloete]]</Supervisor></IncidentReport>""",
    # --- Afrikaans / isiZulu ---
    """SALARISSTROKIE – Oktober 2024. Werknemer: [[PERSON:Jacobus]] ([[PERSON:Kobus]]) [[PERSON:Nel]] | Werknemernr.: [[ID_NUMBER:BM-2207]] | ID-nr.: [[ID_NUMBER:6609148019088]] | Belastingnr.: [[ID_NUMBER:3519936805]] | Aanstellingsdatum: [[DATE_TIME:1 Maart 1998]] | Betaaldatum: [[DATE_TIME:25 Oktober 2024]]. Basiese salaris R41 200,00; Bonus R3 500,00; LBS R9 114,60; WVF R177,12; Pensioen R3 296,00. Netto R32 112,28 betaal in rekening [[ID_NUMBER:1028 440 671]] (Nedbank).""",
    """KENNISGEWING VAN DISSIPLINÊRE VERHOOR. Aan: [[PERSON:Marius Swanepoel]], werknemernommer [[ID_NUMBER:4471]], Masjienoperateur. U word versoek om 'n dissiplinêre verhoor by te woon op [[DATE_TIME:Woensdag 13 November 2024 om 10:00]] in die raadsaal by die [[LOCATION:Vanderbijlpark]]-aanleg. Klag: wangedrag deurdat u op [[DATE_TIME:4 November 2024]] onder die invloed van alkohol op diens was (asemtoets 0,08). Voorsitter: [[TITLE:Mnr.]] [[PERSON:D. Jordaan]]. U kan deur 'n medewerker of vakbondverteenwoordiger verteenwoordig word.""",
    """VOORVALVERSLAG – Steengroef. Datum en tyd: [[DATE_TIME:Vrydag 6 September 2024, 14:15]]. Betrokke persoon: [[PERSON:Willem Smit]] (ouderdom [[AGE:52]], selnr. [[PHONE_NUMBER:082 553 7410]]). Beskrywing: 'n Laaigraaf het agteruit gery en amper die bandspanner raakgery; geen beserings nie. Getuie: [[PERSON:Susan Olivier]]. Aangemeld deur: [[PERSON:Hennie Lourens]], Veiligheidsbeampte.""",
    """{"naam": "[[PERSON:Elmarie Venter]]", "id_nommer": "[[ID_NUMBER:7802093652081]]", "geboortedatum": "[[DATE_TIME:1978-02-09]]", "selfoon": "[[PHONE_NUMBER:083 662 0915]]", "e-pos": "[[EMAIL_ADDRESS:elmarie.venter@telkomsa.net]]", "adres": "[[ADDRESS:22 Paul Krugerstraat]], [[LOCATION:Bethlehem]], [[ZIP_CODE:9701]]", "afdeling": "Besoldiging"}""",
    """UMBIKO WENGOZI. Igama lomsebenzi: [[PERSON:Mandla Zulu]]. Inombolo kamazisi: [[ID_NUMBER:8307307210089]]. Usuku nesikhathi: [[DATE_TIME:15/07/2024 ngo-10:20]]. Indawo: Shaft 4, eduze kwase-[[LOCATION:Dundee]]. Okwenzekile: itshe liwele emlenzeni wakhe lapho esusa udoti emzileni. Ufakazi: [[PERSON:Themba Khoza]]. Umphathi: [[PERSON:Nkosinathi Mchunu]], [[PHONE_NUMBER:072 904 1136]].""",
    """ISAZISO SOKUMISWA EMSEBENZINI. Kuya ku: [[PERSON:Sibongile Ntuli]], inombolo yomsebenzi [[ID_NUMBER:RBX-6620]]. Uyaziswa ukuthi umisiwe emsebenzini kusukela ngomhla ka-[[DATE_TIME:2 Okthoba 2024]] kuze kuphothulwe uphenyo ngokuntuleka kwezinto esitolo. Ungaxhumana no-[[TITLE:Nkk.]] [[PERSON:Zanele Mkhize]] ku-[[PHONE_NUMBER:035 901 2287]]. Ukulalelwa kwecala kuzoba ngomhla ka-[[DATE_TIME:9 Okthoba 2024 ngo-09:00]].""",
    """Ifomu lokubhalisa: Igama eliphelele: [[PERSON:Ayanda Nomvula Shezi]] | Ubudala: [[AGE:23]] | Ikheli: [[ADDRESS:B1190 Section B]], [[LOCATION:KwaMashu]], [[ZIP_CODE:4360]] | Ucingo: [[PHONE_NUMBER:0639917704]] | I-imeyili: [[EMAIL_ADDRESS:ayandashezi01@gmail.com]] | Inombolo ye-akhawunti yasebhange: [[ID_NUMBER:10159274836]] | Usuku lokuzalwa: [[DATE_TIME:19 Disemba 2001]]""",
    # --- more ai4privacy-like ---
    """Greetings [[PERSON:Wiremu]]! As our Investor Assurance Planner you are entitled to the relocation package. The moving company will collect from [[ADDRESS:91 Victoria Street West]], [[ADDRESS:Level 3]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]] on [[DATE_TIME:19/11/2024]]. Pay the deposit with card [[CREDIT_CARD:4284 0349 0345 0334]] or IBAN [[IBAN_CODE:CH20 1843 9047 4638 2682 6]].""",
    """Notice to [[PERSON:Aditya Venkataraman]], [[AGE:33]]: the laptop assigned to you (MAC 8C:85:90:4E:11:F2, IP [[IP_ADDRESS:172.16.40.213]]) was reported lost near [[ADDRESS:3 Bellairs Drive]], [[LOCATION:North Riding]]. Your TFN [[ID_NUMBER:575 178 287]] and Medicare details were stored on it.""",
    """Your Dynamic Configuration Engineer, [[PERSON:Soo-ah Park]], has booked the hall for [[DATE_TIME:Friday 6 December 2024 from 18:00]]. Payment: Diners [[CREDIT_CARD:3608 782429 1053]]. Invoice to [[ADDRESS:2/44 Oxford Street]], [[LOCATION:Paddington]], [[LOCATION:NSW]] [[ZIP_CODE:2021]]; mobile [[PHONE_NUMBER:0412 887 306]].""",
    """Dear [[PERSON:Mrs. Ebere Nnaji]], the school has flagged that [[PERSON:chisom]]'s fees (R38,900) are unpaid. Please transfer to IBAN [[IBAN_CODE:GB20BARC28621768054367]] quoting learner number [[ID_NUMBER:LRN20881]]; our records show [[PERSON:Chisom]] born [[DATE_TIME:2012/05/30]] living at [[ADDRESS:16 Loerie Close]], [[LOCATION:Wilgeheuwel]].""",
    """Client [[PERSON:Rashid Al-Mansoori]] (SIN [[ID_NUMBER:463 270 140]]) called from [[PHONE_NUMBER:+1 416 555 0167]] about his RRSP; he lives at [[ADDRESS:1702-25 The Esplanade]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5E 1W5]] and asked us to email [[EMAIL_ADDRESS:r.almansoori@rogers.com]] only.""",
    """BENEFICIARY NOMINATION – GROUP LIFE SCHEME. Member: [[PERSON:Gareth Llewellyn-Jones]], NI number [[ID_NUMBER:QQ 42 71 88 C]], date of birth [[DATE_TIME:2 February 1969]], of [[ADDRESS:11 Heol y Nant]], [[LOCATION:Pontypridd]], [[ZIP_CODE:CF37 4BN]]. I nominate my partner [[PERSON:Sian Morgan]] (born [[DATE_TIME:17/10/1972]]) to receive 70% and my son [[PERSON:Rhys Llewellyn-Jones]] ([[AGE:24]]) to receive 30% of any lump sum. Witnessed by [[PERSON:Eleri Price]] on [[DATE_TIME:6 March 2024]].""",
    """{"topic":"payments.outbound","key":"tx-99f3a1","value":{"payer":{"name":"[[PERSON:Camille Dufresne]]","iban":"[[IBAN_CODE:FR7603687573281227543415519]]","bic":"AGRIFRPP836"},"payee":{"name":"[[PERSON:Abdoulaye Traoré]]","iban":"[[IBAN_CODE:BE42075377716054]]"},"amount":{"value":"1250.00","currency":"EUR"},"requested_by_ip":"[[IP_ADDRESS:88.172.19.245]]","memo":"loyer septembre"}}""",
    """Could the Chief Tactics Agent, [[PERSON:Valentina Ruiz Ocampo]], confirm her Amex [[CREDIT_CARD:340073318863970]] and her refund IBAN [[IBAN_CODE:ES36 4245 3487 8946 8100 6004]]? Her flat is [[ADDRESS:3º B]], [[ADDRESS:Calle de Toledo 88]], [[LOCATION:Madrid]] [[ZIP_CODE:28005]], and her mobile [[PHONE_NUMBER:+34 612 448 093]].""",
]

GEN = [
    # --- mining, heavy industry safety ---
    """[[PERSON:Sipho Mahlaba]], a [[AGE:38]]-year-old winder driver at the [[LOCATION:Westonaria]] shaft, was treated for smoke inhalation on the night of [[DATE_TIME:3 April 2024]] after a conveyor belt fire on 23 Level. His wife can be reached on [[PHONE_NUMBER:082 617 4403]].""",
    """The section engineer, [[PERSON:Ruan Steenkamp]], told investigators that he had last checked the brake linings of haul truck 17 on [[DATE_TIME:Tuesday 9 July]], two days before operator [[PERSON:Lindiwe Mabuza]] lost control on the ramp.""",
    """After the gas explosion at the colliery near [[LOCATION:Ermelo]], miner [[PERSON:Jeremiah Sithebe]] (ID [[ID_NUMBER:6801239049088]]) was airlifted to Milpark Hospital; his brother [[PERSON:Solomon]] is asking for updates at [[EMAIL_ADDRESS:solomon.sithebe@gmail.com]].""",
    """Please note that the fall-of-ground incident involving [[PERSON:mpho radebe]] happened at 11:40, not 13:40 as first reported, on [[DATE_TIME:21 May 2024]].""",
    """We recorded [[PERSON:Kwabena Mensah]]'s noise exposure at 94 dB(A) over his 10-hour shift in the crusher house, so from [[DATE_TIME:1 August]] he is rotated to the control room. He is [[AGE:44]] and already shows a 9% hearing loss.""",
    """Boilermaker [[PERSON:Gideon Lekalakala]] was burned on his left hand while cutting inside the ladle at the [[LOCATION:Newcastle]] steel plant on [[DATE_TIME:14/03/2024]]; he lives at [[ADDRESS:45 Hlongwane Street]], [[LOCATION:Madadeni]], and was discharged the same evening.""",
    """Safety officer [[PERSON:Carmen Pieterse]] signed the lock-out register at 05:50 on [[DATE_TIME:Monday, 12 August 2024]] and handed the key to electrician [[PERSON:Abel Mnisi]], whose cellphone number is [[PHONE_NUMBER:+27 79 502 8834]].""",
    """A contractor from [[LOCATION:Zimbabwe]], [[PERSON:Tinashe Chikwanha]], [[AGE:29]], slipped from the scaffold at the [[LOCATION:Richards Bay]] aluminium smelter on [[DATE_TIME:19 June 2024]]; his permit number is [[ID_NUMBER:ZWR771044]] and his employer has been asked for his medical records.""",
    """When the dragline at [[LOCATION:Kriel]] stalled, the operator on duty, [[PERSON:Nkululeko Shabalala]], radioed control and evacuated the bench; the mine manager, [[PERSON:Ms Riana Fourie]], praised him at the safety awards on [[DATE_TIME:30 August 2024]].""",
    """I'm writing about my father, [[PERSON:Alberto Cossa]], who worked underground in [[LOCATION:Welkom]] from 1987 to 2009 and now has silicosis; his old company number was [[ID_NUMBER:HG41178]] and his TEBA number was [[ID_NUMBER:T-0871453]]. Can the compensation fund contact me, [[PERSON:Graça Cossa]], on [[PHONE_NUMBER:+258 84 712 3390]]?""",
    # --- HR disciplinary ---
    """HR has confirmed that [[PERSON:Desiree Naidoo]] will face a disciplinary hearing on [[DATE_TIME:18 September 2024 at 14:00]] for allegedly falsifying her overtime sheets, and that her representative, [[PERSON:Clive Mathebula]], has been given the evidence bundle.""",
    """The chairperson found [[PERSON:kevin o'connor]] guilty of insubordination and issued a final written warning, which he signed on [[DATE_TIME:2024-06-07]]; his staff number is [[ID_NUMBER:DUB-88214]].""",
    """Following the hearing, the panel dismissed the warehouse supervisor, [[PERSON:Refentse Molefe]], for theft of stock worth R48,000; his last working day was [[DATE_TIME:31 July 2024]] and his final pay will go to account [[ID_NUMBER:1490 355 276]].""",
    """Could you please send [[PERSON:Sarah-Jane Whitfield]]'s written warning from [[DATE_TIME:March 12th]] to her new manager, [[PERSON:Oluwadamilare Ogunleye]], at [[EMAIL_ADDRESS:dami.ogunleye@gmail.com]]? She has asked for it to be removed after six months.""",
    """Our investigation into the complaint by [[PERSON:Aisha Bello]] against her team lead, [[PERSON:Marcus Webb]], concluded on [[DATE_TIME:5 November 2024]]; [[PERSON:Mr Webb]] was suspended and will attend a hearing the following week.""",
    """He was late eleven times this quarter, so [[PERSON:Tshepo Kekana]] (employee [[ID_NUMBER:5523]], born [[DATE_TIME:27/08/1981]]) received a first written warning from his shift supervisor, [[PERSON:Marlene Booysen]].""",
    """The appeal lodged by [[PERSON:Lucky Mnguni]] against his dismissal will be heard by [[TITLE:Adv.]] [[PERSON:Priya Maharaj]] on [[DATE_TIME:Friday, 22 November 2024]], and he may bring his NUM shop steward, [[PERSON:Patience Zitha]].""",
    """According to the incident log, on [[DATE_TIME:11 October 2024]] [[PERSON:ryan de beer]] swore at a client over the phone; he has been invited to a counselling session instead of a hearing because it is his first offence.""",
    """Dear [[PERSON:Nomsa]], you are hereby suspended on full pay pending investigation into the missing cash float; please hand in your access card and keep your phone, [[PHONE_NUMBER:073 118 6625]], switched on during working hours.""",
    """[[PERSON:Hassan Abdullahi]], a [[NRP:Somali]] national working as a forklift driver in [[LOCATION:Germiston]], claims that his dismissal on [[DATE_TIME:19 April 2024]] was procedurally unfair and has referred it to the CCMA with the help of [[PERSON:Ms. Thandeka Zwane]].""",
    # --- payroll ---
    """My salary for September was paid into my old account instead of the new one, [[ID_NUMBER:62 844 117 509]]; my name is [[PERSON:Olwethu Gqola]] and my employee number is [[ID_NUMBER:AR-20491]].""",
    """Payroll please note: [[PERSON:Johannes Mokoena]]'s tax number changed to [[ID_NUMBER:3837781966]] after SARS merged his two records, and his starting date should read [[DATE_TIME:1 March 2016]], not 2017.""",
    """Kindly process the pro-rata leave pay for [[PERSON:Nadine Isaacs]], ID [[ID_NUMBER:9902283938080]], who resigned with effect from [[DATE_TIME:15 October 2024]] and has 7.5 leave days outstanding.""",
    """The garnishee order against [[PERSON:Bongani Hlophe]] means R850 comes off every payslip until the debt is settled; he queried it on [[DATE_TIME:26 June 2024]] from his personal email, [[EMAIL_ADDRESS:bongani.hlophe@yahoo.com]].""",
    """Hi, I'm [[PERSON:Emeka Nwachukwu]], the new payroll administrator. Could you send me [[PERSON:Ifeoma]]'s signed IRP5 for 2024 and her bank confirmation letter? Her account ends 7782 but payroll has it as [[ID_NUMBER:4078 992 114]].""",
    """We underpaid [[PERSON:Pravesh Singh]] by R3,412.66 in August because his night-shift allowance was captured against employee [[ID_NUMBER:NS-4471]] instead of [[ID_NUMBER:NS-4417]]; the correction will be in the [[DATE_TIME:25 September 2024]] run.""",
    """On [[DATE_TIME:30 May 2024]], [[PERSON:Vuyokazi Mbeki]] asked payroll to reduce her pension contribution to 5% and to pay her 13th cheque into her savings account [[ID_NUMBER:10 113 448 270]] at Standard Bank.""",
    """The bonus of R12,500 owed to [[PERSON:Ahmed Karriem]] was paid twice; he has agreed to a recovery of R2,500 per month from [[DATE_TIME:November 2024]], confirmed by SMS from [[PHONE_NUMBER:084 300 9127]].""",
    """[[PERSON:Gloria Baloyi]], aged [[AGE:61]], retires at the end of the year and wants her provident fund payout split between her FNB account [[ID_NUMBER:62740188231]] and a living annuity.""",
    """For the audit, the payroll clerk who approved the overtime for [[PERSON:Themba Ndlela]] and [[PERSON:Justice Maake]] was [[PERSON:Lorraine du Plessis]], on [[DATE_TIME:Thursday 4 July 2024 at 16:55]].""",
    # --- spread widely ---
    """Hi, this is [[PERSON:Connor Whelan]] – I booked a double room for [[DATE_TIME:14–17 March]] under confirmation HX-44219 and need to add my partner, [[PERSON:Aoife]]. You can text me on [[PHONE_NUMBER:+353 86 219 4470]].""",
    """My daughter [[PERSON:Zinhle]] is [[AGE:7]] and allergic to penicillin; please update her file at the [[LOCATION:Ballito]] clinic, patient number [[ID_NUMBER:BC-30887]].""",
    """The vet appointment for Bella (our Labrador) is booked under [[PERSON:Naomi Achterberg]], [[ADDRESS:19 Hibiscus Road]], [[LOCATION:Umhlanga]], for [[DATE_TIME:Saturday 9 November at 9:15]].""",
    """Could you update the delivery address on my order to [[ADDRESS:Unit 12]], [[ADDRESS:Bougainvillea Estate]], [[ADDRESS:301 Sarel Cilliers Street]], [[LOCATION:Pretoria North]], [[ZIP_CODE:0182]]? It's under the name [[PERSON:Bethuel Mathebe]].""",
    """[[PERSON:Dr. Anjali Deshmukh]] referred her patient, a [[AGE:52]]-year-old man from [[LOCATION:Pune]], for an MRI on [[DATE_TIME:12.08.2024]]; his Aadhaar number is [[ID_NUMBER:7885 5693 1275]] and his mobile is [[PHONE_NUMBER:98220 41173]].""",
    """I would like to cancel the gym membership registered to [[EMAIL_ADDRESS:lwazi.dube@outlook.com]]; the debit order runs from account [[ID_NUMBER:1012 774 335]] and my contract started on [[DATE_TIME:1 Feb 2023]].""",
    """Last week [[PERSON:Abigail Chen]] (she's [[AGE:34]] now, born [[DATE_TIME:April 9, 1990]]) moved from [[LOCATION:Vancouver]] to [[ADDRESS:88 Queen Street West]], [[LOCATION:Toronto]], and asked the bank to change her SIN record, [[ID_NUMBER:168 291 631]], which had a typo.""",
    """The school secretary, [[PERSON:Mrs. Fikile Mabena]], says that [[PERSON:Lethabo]]'s report card was posted to [[ADDRESS:PO Box 2207]], [[LOCATION:Polokwane]], [[ZIP_CODE:0700]], but the family moved to [[LOCATION:Tzaneen]] in June.""",
    """Please reset the password for [[USERNAME:khanyi_m92]]; I can no longer access the email [[EMAIL_ADDRESS:khanyisile.msimang@webmail.co.za]] that the account is registered to.""",
    """Yesterday a man who called himself [[PERSON:Peter]] phoned my mother, [[PERSON:Mrs. Edith Clarke]] ([[AGE:84]]), from [[PHONE_NUMBER:0161 496 0733]] claiming to be from her bank and asking for her card number.""",
    """The keys to [[ADDRESS:7 Rhodes Avenue]], [[LOCATION:Mowbray]], will be handed over to the new tenant, [[PERSON:Jabu Radebe]], on [[DATE_TIME:1 December 2024]]; the landlord, [[PERSON:Mr. Farouk Isaacs]], will do the inspection himself.""",
    """For the Comrades Marathon entry, please record [[PERSON:Siyabonga Khumalo]]'s race number 41177 and his emergency contact, his sister [[PERSON:Lungile]], on [[PHONE_NUMBER:078 443 5512]].""",
    """Our tenant at [[ADDRESS:Flat 3B]], [[ADDRESS:Marine Heights]], [[LOCATION:Port Elizabeth]], [[PERSON:Charmaine October]], has paid her deposit by card [[CREDIT_CARD:4100 2505 8124 0639]] and moves in on the [[DATE_TIME:1st of October]].""",
    """I am [[AGE:27]], unemployed, and applying for the SRD grant; my ID is [[ID_NUMBER:9703148008089]] and SASSA keeps sending the SMS to an old number, [[PHONE_NUMBER:060 227 9143]], which my cousin [[PERSON:Andile]] now uses.""",
    """[[PERSON:Grace Wambui]] flew from [[LOCATION:Nairobi]] to [[LOCATION:Johannesburg]] on [[DATE_TIME:7 August 2024]] and her bag never arrived; her passport number is [[ID_NUMBER:AK0448172]] and she is staying with her aunt at [[ADDRESS:23 Bompas Road]], [[LOCATION:Dunkeld]].""",
    """Please send the signed lease to [[TITLE:Mr.]] and [[PERSON:Mrs. Oyelowo]] at [[EMAIL_ADDRESS:oyelowo.family@gmail.com]]; [[PERSON:Mr Oyelowo]]'s mobile is [[PHONE_NUMBER:0803 412 7765]] and they'll arrive in [[LOCATION:Lagos]] on [[DATE_TIME:Sunday 20 October]].""",
    """Can someone from the Telkom fibre team call [[PERSON:Lizette Marais]] back? Her line at [[ADDRESS:12 Akasia Street]], [[LOCATION:Durbanville]], has been down since [[DATE_TIME:Friday 26 July]] and her customer number is [[ID_NUMBER:TK 5502 9917]].""",
    """My son [[PERSON:Kamogelo]] turned [[AGE:16]] on [[DATE_TIME:5 November]], so he can now apply for his learner's licence at the [[LOCATION:Randburg]] testing centre.""",
    """When I checked in at the [[LOCATION:Windhoek]] hotel, the receptionist typed my name as "[[PERSON:Rudi Gous]]" instead of "[[PERSON:Rudi Gouws]]", so the booking under [[EMAIL_ADDRESS:rudi.gouws@gmail.com]] could not be found.""",
    """Dear [[TITLE:Fr.]] [[PERSON:Thomas Kgosana]], thank you for baptising our twins on [[DATE_TIME:Sunday, 8 September 2024]]. We are [[NRP:Catholic]] and would like the certificates posted to [[ADDRESS:56 Church Street]], [[LOCATION:Mthatha]], [[ZIP_CODE:5099]].""",
    """The Uber driver, [[PERSON:Mohammed Ismail]], returned the laptop [[PERSON:Ingrid]] left in his car; he asked us to thank her and gave his number, [[PHONE_NUMBER:+27 61 905 2287]], in case she needs a witness statement.""",
    """To claim the prize, [[PERSON:Nqobile Cele]] must send a copy of her ID ([[ID_NUMBER:8601272253086]]) and her banking details before [[DATE_TIME:15 December]] to prizes@radioxyz.co.za.""",
    """We’re so proud of [[PERSON:Ama Owusu]], [[AGE:17]], from [[LOCATION:Kumasi]], who won the maths olympiad; her teacher, [[PERSON:Mr. Kofi Boateng]], can be contacted at [[EMAIL_ADDRESS:kboateng.math@gmail.com]].""",
    """My grandmother, [[PERSON:Annie Ndlovu]], born [[DATE_TIME:1 January 1942]], needs her SASSA grant moved to a Postbank card; she lives at [[ADDRESS:Stand 2204]], [[LOCATION:Ga-Rankuwa]] and her phone is [[PHONE_NUMBER:012 703 4418]].""",
    """Invoice INV-2024-3381 for R4,220 was sent to [[PERSON:Tasneem Adams]] at [[EMAIL_ADDRESS:tasneem.adams@icloud.com]] on 3 September; she paid by card [[CREDIT_CARD:4931 5666 8886 8526]] the next day.""",
    """[[PERSON:Hemi Walker]], [[AGE:45]], of [[ADDRESS:28 Kowhai Street]], [[LOCATION:Rotorua]], has applied for a firearms licence; his previous licence number was [[ID_NUMBER:AB889104]].""",
    """At the parents' meeting, [[PERSON:Busisiwe]]'s father complained that the bus company still has his old address, [[ADDRESS:4 Impala Close]], [[LOCATION:Kempton Park]], and his old cell, [[PHONE_NUMBER:083 710 2264]].""",
    """Police are looking for [[PERSON:Jason Pillay]], [[AGE:19]], who was last seen leaving [[ADDRESS:17 Clayton Road]], [[LOCATION:Phoenix]], on [[DATE_TIME:Wednesday 2 October 2024 at about 19:30]]; anyone with information should call [[TITLE:Sgt.]] [[PERSON:Naidoo]].""",
    """Hi team, [[PERSON:marisa]]'s laptop (asset tag LT-0471) keeps dropping off the VPN; her IP on the office wifi is [[IP_ADDRESS:10.0.12.58]] and her username is [[USERNAME:mvanwyk]].""",
    """The funeral of Mama [[PERSON:Dorcas Mahlangu]], who passed away on [[DATE_TIME:12 July 2024]] aged [[AGE:79]], will be held at her home, [[ADDRESS:1182 Phase 1]], [[LOCATION:Kwaguqa]], [[LOCATION:Witbank]]. Contributions to the family account [[ID_NUMBER:1570 224 338]] (Capitec).""",
    """I'd like to transfer my Vodacom number, [[PHONE_NUMBER:082 900 4413]], to my husband [[PERSON:Thabiso]]; the account is in my name, [[PERSON:Puleng Ramaphosa-Moloi]], ID [[ID_NUMBER:8910314700081]].""",
    """The university confirmed that [[PERSON:Juan Pablo Herrera]], student number [[ID_NUMBER:u20418337]], will graduate on [[DATE_TIME:16 April 2025]]; his parents in [[LOCATION:Bogotá]] want tickets sent to [[EMAIL_ADDRESS:jpherrera.family@hotmail.com]].""",
    """Could [[PERSON:Ms. Victoria Ampofo]] please bring her NHS number ([[ID_NUMBER:545 033 8341]]) and a list of her medication to the pre-op clinic at Ward 7, St Thomas' Hospital, on [[DATE_TIME:22/01/2025 at 08:30]]?""",
    """My landlord, [[PERSON:Stavros Georgiou]], still hasn't returned the R11,000 deposit from when I left [[ADDRESS:9 Pam Court]], [[ADDRESS:33 Esselen Street]], [[LOCATION:Hillbrow]] on [[DATE_TIME:31 May]].""",
    """The online gaming account [[USERNAME:xXShadowMambaXx]] belongs to a [[AGE:14]]-year-old, [[PERSON:Luyanda Mkhize]], whose mother asked us to close it and refund the R1,499 charged to card [[CREDIT_CARD:5316 1799 4199 8569]].""",
    """Pharmacy note: [[PERSON:Mr. Ebrahim Kajee]], date of birth [[DATE_TIME:05-04-1972]], collects his chronic medication on the 5th of every month; medical aid number [[ID_NUMBER:DH 8830 4172]].""",
    """Delivery for [[PERSON:Ngozi]]: please leave the parcel with security at [[ADDRESS:Block C]], [[ADDRESS:Waterfall View]], [[ADDRESS:15 Maxwell Drive]], [[LOCATION:Midrand]] and call [[PHONE_NUMBER:+27 (0)64 115 2098]] on arrival.""",
    """On [[DATE_TIME:3 March 2024]], our client [[PERSON:Hendrina Kotze]] (ID [[ID_NUMBER:7106303104085]]) signed the deed of sale for Erf 4471, [[LOCATION:Langebaan]]; the transfer attorney is [[PERSON:Werner Basson]].""",
    """Reminder: [[PERSON:Ruth Mulenga]]'s work permit ([[ID_NUMBER:WP-2022-88413]]) expires on [[DATE_TIME:28 February 2025]]; she is [[NRP:Zambian]] and works night shifts at the [[LOCATION:Sasolburg]] plant.""",
    """The [[LOCATION:Singapore]] office wrote that [[PERSON:Tan Wei Ming]] (NRIC [[ID_NUMBER:S0531649I]]) will join the [[LOCATION:Johannesburg]] team on [[DATE_TIME:6 January 2025]] and needs housing near [[LOCATION:Rosebank]].""",
    """[[PERSON:Mr Dlamini]] from [[ADDRESS:flat 204]] asked me to tell you that his niece, [[PERSON:Zama]], will collect his post while he is in hospital in [[LOCATION:Pietermaritzburg]].""",
    """If you find this wallet, please call [[PERSON:Erin]] on [[PHONE_NUMBER:+61 423 118 904]] — it has my Victorian driver licence [[ID_NUMBER:049 551 227]] and my Medicare card inside.""",
    """[[PERSON:Maria Santos Dela Cruz]], OFW nurse, asked us to send her SSS number [[ID_NUMBER:34-5518790-2]] and her PhilHealth ID [[ID_NUMBER:01-025518473-4]] to [[EMAIL_ADDRESS:mariadc.rn@yahoo.com]]; she is currently in [[LOCATION:Durban]].""",
    """I'm [[PERSON:Kieran Lawless]], [[AGE:36]], from [[LOCATION:Galway]], and I'd like to appeal the parking fine on my car [[ID_NUMBER:191-G-4417]] issued on [[DATE_TIME:2 September]] outside my own house.""",
    """Every Sunday since [[DATE_TIME:February 2021]], [[PERSON:Ronald]] and [[PERSON:Sheila Mokgosi]] have run the soup kitchen at [[ADDRESS:42 Dube Street]], [[LOCATION:Alexandra]], and you can donate through their pastor, [[TITLE:Rev.]] [[PERSON:Abraham Sekhu]].""",
    # --- Afrikaans ---
    """[[PERSON:Marietjie Olivier]] is [[AGE:67]] jaar oud en woon sedert [[DATE_TIME:Junie 2019]] by [[ADDRESS:14 Jakarandastraat]], [[LOCATION:Worcester]]. Haar seun, [[PERSON:Pieter]], skakel haar elke Sondag op [[PHONE_NUMBER:023 347 2291]].""",
    """Die veiligheidsbeampte, [[PERSON:Frikkie Snyman]], het op [[DATE_TIME:17 Mei 2024]] die myn by [[LOCATION:Sishen]] gesluit nadat [[PERSON:Johanna Beukes]] se trok teen die walle vasgery het.""",
    """Ek is [[PERSON:Chrisna Joubert]] en my salaris is vir Augustus nie betaal nie; my werknemernommer is [[ID_NUMBER:P-30441]] en my rekeningnommer [[ID_NUMBER:62 418 005 977]]. Kontak my asseblief by [[EMAIL_ADDRESS:chrisna.joubert@gmail.com]].""",
    """[[TITLE:Ds.]] [[PERSON:Gert Rossouw]] het die begrafnis van oom [[PERSON:Sarel Pretorius]] op [[DATE_TIME:Saterdag 5 Oktober 2024 om 10:00]] in [[LOCATION:Reitz]] gelei.""",
    """Die dissiplinêre verhoor teen [[PERSON:Werner Lombaard]] is uitgestel tot [[DATE_TIME:Dinsdag 3 Desember]], omdat sy verteenwoordiger, [[TITLE:Me.]] [[PERSON:Lizanne Human]], siek is.""",
    # --- isiZulu ---
    """Igama lami ngu-[[PERSON:Nokwanda Mthembu]], ngineminyaka engu-[[AGE:28]] futhi ngihlala e-[[ADDRESS:67 Umgeni Road]], [[LOCATION:eThekwini]]. Inombolo yami ithi [[PHONE_NUMBER:071 558 3302]].""",
    """Umsebenzi wasemayini, [[PERSON:Bhekumuzi Ngcobo]], walimala ngomhla ka-[[DATE_TIME:22 Agasti 2024]] lapho itshe liwa ophahleni e-[[LOCATION:Vryheid]]; umfowabo [[PERSON:Sifiso]] ufuna ukwazi ukuthi usesibhedlela sini.""",
    """Sicela ukhokhele umholo ka-[[PERSON:Zodwa Mkhabela]] ku-akhawunti entsha, [[ID_NUMBER:1602 887 319]]; inombolo yakhe yomsebenzi ngu-[[ID_NUMBER:ES-0921]].""",
    """U-[[PERSON:Mfundo Zungu]] uzovela phambi kwekomiti lokuqondiswa kwezigwegwe ngo[[DATE_TIME:Lwesithathu, 16 Okthoba 2024 ngo-10:00]], ngenxa yokungezi emsebenzini izinsuku ezinhlanu.""",
    """I run a small bakery on Instagram as [[USERNAME:sweet_treats_by_palesa]], and someone has cloned my page; my real name is [[PERSON:Palesa Motaung]] and my business line is [[PHONE_NUMBER:074 228 1190]].""",
    """The insurer rejected [[PERSON:Devon Fredericks]]'s claim for the stolen bakkie because the tracker subscription, billed to [[EMAIL_ADDRESS:devonfred@mweb.co.za]], had lapsed on [[DATE_TIME:30 April]].""",
    """Attorney [[PERSON:Lerato Mashego]] represents [[PERSON:Mr. Piet Nkwinika]] in the eviction case; her office at [[ADDRESS:3rd Floor]], [[ADDRESS:Sanlam Centre]], [[LOCATION:Middelburg]] asked the court to move the hearing to [[DATE_TIME:14 January 2025]].""",
    """Tickets for [[PERSON:Rohan Mehta]] and [[PERSON:Kavya Mehta]] (age [[AGE:9]]) on the [[DATE_TIME:24 December]] flight from [[LOCATION:Mumbai]] to [[LOCATION:Durban]] were booked with card [[CREDIT_CARD:4340-8295-1996-1802]]; [[PERSON:Rohan]]'s passport is [[ID_NUMBER:Z4471092]].""",
    """Tech support log: remote session to [[PERSON:Angela Moreno]]'s PC at [[IP_ADDRESS:73.41.208.155]] on [[DATE_TIME:Oct 3, 2024 at 2:15 PM]]; she had clicked a phishing link sent to [[EMAIL_ADDRESS:angela.moreno71@aol.com]]. Her home address is [[ADDRESS:1129 Pecan Hollow Ln]], [[LOCATION:Round Rock]], [[LOCATION:TX]] [[ZIP_CODE:78664]].""",
    """Happy [[AGE:50]]th birthday to our dear friend [[PERSON:Nandipha]]! Born on [[DATE_TIME:13 January 1974]] in [[LOCATION:Queenstown]], she has been the heart of the [[LOCATION:Gqeberha]] choir for twenty years – love from [[PERSON:Lulama]] and [[PERSON:Bongeka]].""",
]

TABLE = [
    """emp_no,surname,first_name,id_number,dept,basic_salary,bank_acc
[[ID_NUMBER:KP1021]],[[PERSON:Molefe]],[[PERSON:Dineo]],[[ID_NUMBER:8705160327082]],Finance,32400.00,[[ID_NUMBER:62113048817]]
[[ID_NUMBER:KP1022]],[[PERSON:Strauss]],[[PERSON:Hannes]],[[ID_NUMBER:7402288651087]],Engineering,45100.00,[[ID_NUMBER:4062 551 902]]
[[ID_NUMBER:KP1030]],[[PERSON:Naidoo]],[[PERSON:Kershia]],[[ID_NUMBER:9510084223089]],Stores,18750.00,[[ID_NUMBER:1284 330 719]]
[[ID_NUMBER:KP1034]],[[PERSON:Sibiya]],[[PERSON:Khulekani]],[[ID_NUMBER:9806118650085]],Mining,21980.00,[[ID_NUMBER:10 094 775 263]]""",
    """| Date | Name | Company No. | Injury | Body part | Days lost |
|------|------|-------------|--------|-----------|-----------|
| [[DATE_TIME:03 Jan 2024]] | [[PERSON:L. Mokoena]] | [[ID_NUMBER:60412]] | Laceration | Left hand | 0 |
| [[DATE_TIME:17 Jan 2024]] | [[PERSON:S. Ngobeni]] | [[ID_NUMBER:60877]] | Sprain | Right ankle | 3 |
| [[DATE_TIME:02 Feb 2024]] | [[PERSON:J. Pienaar]] | [[ID_NUMBER:51190]] | Burn | Forearm | 9 |
| [[DATE_TIME:29 Feb 2024]] | [[PERSON:M. Chauke]] | [[ID_NUMBER:63305]] | Fracture | Toe | 14 |""",
    """name\tage\tcity\tphone\tfavourite_team
[[PERSON:Thabang Motsepe]]\t[[AGE:24]]\t[[LOCATION:Soweto]]\t[[PHONE_NUMBER:072 115 8843]]\tOrlando Pirates
[[PERSON:Aisha Patel]]\t[[AGE:31]]\t[[LOCATION:Lenasia]]\t[[PHONE_NUMBER:083 662 0198]]\tKaizer Chiefs
[[PERSON:Brendan Fortuin]]\t[[AGE:19]]\t[[LOCATION:Mitchells Plain]]\t[[PHONE_NUMBER:061 774 2235]]\tCape Town City
[[PERSON:Neo Kgosi]]\t[[AGE:42]]\t[[LOCATION:Mahikeng]]\t[[PHONE_NUMBER:+27 18 381 4402]]\tMamelodi Sundowns""",
    """{"case": "DC-0331", "employee": "[[PERSON:Yvonne Mashaba]]", "emp_id": "[[ID_NUMBER:HR4471]]", "charge": "absenteeism", "hearing": "[[DATE_TIME:2024-03-12]]", "outcome": "written warning"}
{"case": "DC-0334", "employee": "[[PERSON:Rolf Mostert]]", "emp_id": "[[ID_NUMBER:HR2290]]", "charge": "safety breach – no harness", "hearing": "[[DATE_TIME:2024-04-02]]", "outcome": "final written warning"}
{"case": "DC-0340", "employee": "[[PERSON:Sakhile Mdletshe]]", "emp_id": "[[ID_NUMBER:HR5102]]", "charge": "theft of copper cable", "hearing": "[[DATE_TIME:2024-05-21]]", "outcome": "dismissal"}""",
    """Student ID   Full name            DOB          Email                              Programme
[[ID_NUMBER:219044718]]    [[PERSON:Kgothatso Ramoshaba]]  [[DATE_TIME:2001-12-19]]   [[EMAIL_ADDRESS:219044718@student.uj.ac.za]]         BEng Mining
[[ID_NUMBER:220113906]]    [[PERSON:Jessica Hartley]]      [[DATE_TIME:2002-04-03]]   [[EMAIL_ADDRESS:jess.hartley02@gmail.com]]           BSc Geology
[[ID_NUMBER:218877312]]    [[PERSON:Muhammad Seedat]]      [[DATE_TIME:2000-08-27]]   [[EMAIL_ADDRESS:m.seedat@outlook.com]]               BEng Metallurgy""",
    """- name: [[PERSON:Oupa Masemola]]
  clock_no: "[[ID_NUMBER:7731]]"
  shift: B
  cell: "[[PHONE_NUMBER:079 441 2096]]"
  medical_expiry: 2025-03-31
- name: [[PERSON:Kobus Smit]]
  clock_no: "[[ID_NUMBER:7745]]"
  shift: C
  cell: "[[PHONE_NUMBER:082 337 9051]]"
  medical_expiry: 2024-12-15
- name: [[PERSON:Patricia Ngwenya]]
  clock_no: "[[ID_NUMBER:7802]]"
  shift: A
  cell: "[[PHONE_NUMBER:071 208 6634]]"
  medical_expiry: 2025-06-30""",
    """Customer: [[PERSON:Helen Okoro]]
Account no: [[ID_NUMBER:30 1148 2275]]
Card: [[CREDIT_CARD:5403 0939 0287 8815]]
Phone: [[PHONE_NUMBER:+234 809 221 4470]]
Address: [[ADDRESS:14 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]
Segment: Premier
Risk rating: Low""",
    """Naam,Van,ID-nommer,Selnommer,Dorp,Pos
[[PERSON:Annelie]],[[PERSON:Bosman]],[[ID_NUMBER:8204113405088]],[[PHONE_NUMBER:082 441 7730]],[[LOCATION:Upington]],Kassier
[[PERSON:Gerrit]],[[PERSON:Kruger]],[[ID_NUMBER:7703186079085]],[[PHONE_NUMBER:083 209 6612]],[[LOCATION:Kuruman]],Voorman
[[PERSON:Lerina]],[[PERSON:Visser]],[[ID_NUMBER:9309220233080]],[[PHONE_NUMBER:071 553 0904]],[[LOCATION:Kimberley]],Klerk""",
    """| Patient | MRN | DOB | Ward | Attending |
|---|---|---|---|---|
| [[PERSON:Mthunzi Gumede]] | [[ID_NUMBER:KEH-204417]] | [[DATE_TIME:11/06/1998]] | Surgical 3 | [[PERSON:Dr. Reddy]] |
| [[PERSON:Philippa Haines]] | [[ID_NUMBER:KEH-204502]] | [[DATE_TIME:02/09/1955]] | Medical 1 | [[PERSON:Dr. Mkhize]] |
| [[PERSON:Sunita Ramlall]] | [[ID_NUMBER:KEH-204519]] | [[DATE_TIME:23/01/1979]] | Maternity | [[PERSON:Dr. Bhengu]] |""",
    """username,email,signup_ip,country,plan
[[USERNAME:zee_the_gamer]],[[EMAIL_ADDRESS:zwelethu.n@gmail.com]],[[IP_ADDRESS:41.114.22.187]],[[LOCATION:South Africa]],free
[[USERNAME:kiwi_kate]],[[EMAIL_ADDRESS:kate.m.harris@xtra.co.nz]],[[IP_ADDRESS:122.58.14.9]],[[LOCATION:New Zealand]],pro
[[USERNAME:dhruv.k]],[[EMAIL_ADDRESS:dhruv.kulkarni@yahoo.in]],[[IP_ADDRESS:2405:201:a00c:3e1f::7b]],[[LOCATION:India]],pro
[[USERNAME:lagos_lion]],[[EMAIL_ADDRESS:tunde.ajayi@live.com]],[[IP_ADDRESS:102.89.33.240]],[[LOCATION:Nigeria]],free""",
    """PAYROLL EXCEPTIONS – SEPTEMBER 2024
Emp#     Employee               Issue                          Amount
[[ID_NUMBER:30018]]    [[PERSON:Ntsako Maluleke]]        Overtime not captured          2 140.55
[[ID_NUMBER:30122]]    [[PERSON:Carel Botes]]            Duplicate housing allowance   -3 500.00
[[ID_NUMBER:30187]]    [[PERSON:Zanele Hlatshwayo]]      Wrong tax directive            4 912.00
[[ID_NUMBER:30204]]    [[PERSON:Imraan Dawood]]          Bank account rejected              0.00""",
    """Tenant\tUnit\tMove-in\tDeposit\tContact
[[PERSON:Grace Adjei]]\t[[ADDRESS:Unit 4]]\t[[DATE_TIME:01/03/2024]]\tR7 500\t[[PHONE_NUMBER:064 118 2273]]
[[PERSON:Luca Ferraro]]\t[[ADDRESS:Unit 7]]\t[[DATE_TIME:15/04/2024]]\tR8 200\t[[EMAIL_ADDRESS:luca.ferraro@gmail.com]]
[[PERSON:Bontle Ramokgopa]]\t[[ADDRESS:Unit 11]]\t[[DATE_TIME:01/08/2024]]\tR7 500\t[[PHONE_NUMBER:072 990 1146]]""",
    """employee: [[PERSON:Fezile Nqakula]]
employee_number: [[ID_NUMBER:BRT-3381]]
id_number: [[ID_NUMBER:9403151126189]]
date_of_birth: [[DATE_TIME:15 March 1994]]
job_title: Process Controller
site: Secunda Synfuels
next_of_kin: [[PERSON:Thandeka Nqakula]] ([[PHONE_NUMBER:078 502 3319]])
blood_type: O+""",
    """| Member | Membership # | Joined | Age | Suburb |
| --- | --- | --- | --- | --- |
| [[PERSON:Dean Koekemoer]] | [[ID_NUMBER:VGC-1042]] | [[DATE_TIME:Mar 2019]] | [[AGE:54]] | [[LOCATION:Waterkloof]] |
| [[PERSON:Precious Mokoka]] | [[ID_NUMBER:VGC-1177]] | [[DATE_TIME:Jan 2022]] | [[AGE:38]] | [[LOCATION:Brooklyn]] |
| [[PERSON:Ravi Chetty]] | [[ID_NUMBER:VGC-1203]] | [[DATE_TIME:Sep 2023]] | [[AGE:61]] | [[LOCATION:Menlo Park]] |
| [[PERSON:Annika Lindqvist]] | [[ID_NUMBER:VGC-1219]] | [[DATE_TIME:Feb 2024]] | [[AGE:29]] | [[LOCATION:Lynnwood]] |""",
    """ssn,last,first,dob,state,dl_number
[[US_SSN:529-41-7702]],[[PERSON:Whitaker]],[[PERSON:Jolene]],[[DATE_TIME:1983-07-14]],[[LOCATION:UT]],[[US_DRIVER_LICENSE:170442913]]
[[US_SSN:402-88-1593]],[[PERSON:Ramirez]],[[PERSON:Hector]],[[DATE_TIME:1976-11-02]],[[LOCATION:KY]],[[US_DRIVER_LICENSE:R04-412-877]]
[[US_SSN:611-20-4438]],[[PERSON:Nguyen]],[[PERSON:Thao]],[[DATE_TIME:1990-02-21]],[[LOCATION:CA]],[[US_DRIVER_LICENSE:D4471920]]""",
    """Gas detector issue register – Shaft 5
Serial      Issued to              Co. no.    Issued            Returned
GD-44120    [[PERSON:Tebogo Matlala]]        [[ID_NUMBER:88201]]      06:02             14:10
GD-44131    [[PERSON:Hennie Oberholzer]]     [[ID_NUMBER:88457]]      06:05             14:22
GD-44187    [[PERSON:Gift Mnisi]]            [[ID_NUMBER:90112]]      06:11             13:58""",
    """Igama,Isibongo,Inombolo kamazisi,Ucingo,Indawo
[[PERSON:Sanele]],[[PERSON:Mkhwanazi]],[[ID_NUMBER:0111058739082]],[[PHONE_NUMBER:073 440 2187]],[[LOCATION:Empangeni]]
[[PERSON:Lindiwe]],[[PERSON:Gumede]],[[ID_NUMBER:0308273027083]],[[PHONE_NUMBER:081 665 0932]],[[LOCATION:Eshowe]]
[[PERSON:Mxolisi]],[[PERSON:Biyela]],[[ID_NUMBER:8409156514080]],[[PHONE_NUMBER:076 301 7748]],[[LOCATION:Ulundi]]""",
    """{"id": 1, "full_name": "[[PERSON:Olivia Brennan]]", "iban": "[[IBAN_CODE:IE68 BOFI 9000 1763 7532 89]]", "ppsn": "[[ID_NUMBER:3057198U]]", "county": "[[LOCATION:Kildare]]"}
{"id": 2, "full_name": "[[PERSON:Seán Ó Briain]]", "iban": "[[IBAN_CODE:GB47 LOYD 9111 3212 8081 49]]", "ppsn": null, "county": "[[LOCATION:Antrim]]"}
{"id": 3, "full_name": "[[PERSON:Agnieszka Nowak]]", "iban": "[[IBAN_CODE:PL55 4529 1169 5307 6550 0908 8198]]", "ppsn": null, "county": "[[LOCATION:Dublin]]"}""",
    """+-----------------+--------------+------------------+---------+
| driver          | licence_no   | vehicle_reg      | region  |
+-----------------+--------------+------------------+---------+
| [[PERSON:Musa Khanye]]     | [[ID_NUMBER:4401008GH2P7]] | [[ID_NUMBER:JHB 441 GP]]       | North   |
| [[PERSON:Willem Appel]]    | [[ID_NUMBER:6014112LK9R3]] | [[ID_NUMBER:CA 228-517]]       | Coastal |
| [[PERSON:Themba Vilakazi]] | [[ID_NUMBER:1022003BN4X1]] | [[ID_NUMBER:MP 77 BX]]         | East    |
+-----------------+--------------+------------------+---------+""",
    """Name: [[PERSON:Prisca Chanda]] | Nationality: [[NRP:Zambian]] | Passport: [[ID_NUMBER:ZN449172]] | Permit expiry: 2025-10-31 | Employer ref: EMP/ZM/044
Name: [[PERSON:Joaquim Tembe]] | Nationality: [[NRP:Mozambican]] | Passport: [[ID_NUMBER:12AB90214]] | Permit expiry: 2025-01-15 | Employer ref: EMP/MZ/117
Name: [[PERSON:Rutendo Mapfumo]] | Nationality: [[NRP:Zimbabwean]] | Passport: [[ID_NUMBER:FN774120]] | Permit expiry: 2026-04-30 | Employer ref: EMP/ZW/209""",
    """order_id;customer;email;card_last4;postcode;total
ORD-55120;[[PERSON:Chantelle Adonis]];[[EMAIL_ADDRESS:chantelle.adonis@gmail.com]];4417;[[ZIP_CODE:7460]];R1 249,00
ORD-55121;[[PERSON:Vikram Sood]];[[EMAIL_ADDRESS:vik.sood@outlook.com]];0031;[[ZIP_CODE:2196]];R389,90
ORD-55124;[[PERSON:Nompumelelo Khoza]];[[EMAIL_ADDRESS:mpumi.khoza@icloud.com]];8820;[[ZIP_CODE:4001]];R2 075,50""",
    """Werknemer          | Datum van voorval | Voorval                         | Sanksie
[[PERSON:J. Coetzer]]         | [[DATE_TIME:08/05/2024]]        | Laat vir skof (4de keer)       | Skriftelike waarskuwing
[[PERSON:M. Sekgobela]]       | [[DATE_TIME:22/05/2024]]        | Rook in 'n verbode area        | Finale waarskuwing
[[PERSON:R. Abrahams]]        | [[DATE_TIME:03/06/2024]]        | Onbevoegde gebruik van voertuig | Ontslag""",
    """Card holder           Card number              Exp     Billing zip
[[PERSON:Mariana López]]        [[CREDIT_CARD:4970 8734 7319 3603]]      08/27   [[ZIP_CODE:33126]]
[[PERSON:Derrick Holloway]]     [[CREDIT_CARD:2221 7868 4980 5364]]      01/26   [[ZIP_CODE:60614]]
[[PERSON:Yuki Tanaka]]          [[CREDIT_CARD:6540 5557 0945 6245]]      11/28   [[ZIP_CODE:98104]]""",
    """Attendance – Toolbox talk "Working at heights"
Attendee\tCompany\tID / Passport\tSignature
[[PERSON:Kennedy Phiri]]\tSteelwise Contractors\t[[ID_NUMBER:MN772014]]\t(signed)
[[PERSON:Vusumuzi Dladla]]\tSteelwise Contractors\t[[ID_NUMBER:7904039043084]]\t(signed)
[[PERSON:Andre Bezuidenhout]]\tIn-house\t[[ID_NUMBER:7204058396186]]\t(signed)""",
    """ward_no: 14
councillor: [[TITLE:Cllr.]] [[PERSON:Mapula Sebothoma]]
office: [[ADDRESS:22 Thabo Mbeki Street]], [[LOCATION:Polokwane]]
office_phone: 015 290 2044
mobile: [[PHONE_NUMBER:082 661 9043]]
email: [[EMAIL_ADDRESS:mapula.sebothoma@gmail.com]]
party: [[NRP:ANC]]""",
    """| # | Applicant | Phone | Loan amount | Employer | Payslip date |
|---|-----------|-------|-------------|----------|--------------|
| 1 | [[PERSON:Sibusiso Nhlapo]] | [[PHONE_NUMBER:0725518804]] | R15 000 | Exxaro | [[DATE_TIME:25/09/2024]] |
| 2 | [[PERSON:Maria de Sousa]] | [[PHONE_NUMBER:0834402271]] | R8 000 | ArcelorMittal | [[DATE_TIME:27/09/2024]] |
| 3 | [[PERSON:Tumelo Rapoo]] | [[PHONE_NUMBER:0616609217]] | R22 500 | Sibanye | [[DATE_TIME:25/09/2024]] |""",
    """first_name  last_name    title   nhs_number     gp_practice          postcode
[[PERSON:Margaret]]    [[PERSON:Oduya]]        [[TITLE:Mrs]]     [[ID_NUMBER:664 633 2614]]   Elm Tree Surgery     [[ZIP_CODE:LS7 3HB]]
[[PERSON:Callum]]      [[PERSON:Fraser]]       [[TITLE:Mr]]      [[ID_NUMBER:497 534 1697]]   Firhill Medical      [[ZIP_CODE:G20 7BA]]
[[PERSON:Priya]]       [[PERSON:Chandrasekar]] [[TITLE:Dr]]      [[ID_NUMBER:618 093 5874]]   Riverside Practice   [[ZIP_CODE:CV1 2GT]]""",
    """- {emp: "[[ID_NUMBER:E-4102]]", name: "[[PERSON:Lesego Mothupi]]", gross: 28450.00, paye: 4620.10, uif: 177.12, net: 21702.78, paid: "[[DATE_TIME:2024-10-25]]"}
- {emp: "[[ID_NUMBER:E-4118]]", name: "[[PERSON:Hugo van Niekerk]]", gross: 51200.00, paye: 11908.44, uif: 177.12, net: 35914.44, paid: "[[DATE_TIME:2024-10-25]]"}
- {emp: "[[ID_NUMBER:E-4130]]", name: "[[PERSON:Khadija Mohamed]]", gross: 19800.00, paye: 1907.55, uif: 177.12, net: 16315.33, paid: "[[DATE_TIME:2024-10-25]]"}""",
    """Supplier contacts (for the gate list)
Company                  Contact person          Mobile                 Email
Rand Conveyor Spares     [[PERSON:Eugene Lamprecht]]       [[PHONE_NUMBER:082 558 1097]]           [[EMAIL_ADDRESS:eugene@randconveyor.co.za]]
Mpisi Hydraulics         [[PERSON:Nokuthula Mpisi]]        [[PHONE_NUMBER:071 330 4418]]           sales@mpisihydraulics.co.za
Delta Safety Wear        [[PERSON:Faizel Jaffer]]          [[PHONE_NUMBER:084 902 7741]]           [[EMAIL_ADDRESS:faizel.jaffer@deltasafety.co.za]]""",
    """Guest,Room,Check-in,Check-out,Passport,Nationality
[[PERSON:Henrik Solberg]],214,[[DATE_TIME:2024-11-02]],[[DATE_TIME:2024-11-06]],[[ID_NUMBER:FN0447812]],[[NRP:Norwegian]]
[[PERSON:Chiara Conti]],215,[[DATE_TIME:2024-11-02]],[[DATE_TIME:2024-11-04]],[[ID_NUMBER:YA7719043]],[[NRP:Italian]]
[[PERSON:Oluwatobi Adebayo]],301,[[DATE_TIME:2024-11-03]],[[DATE_TIME:2024-11-09]],[[ID_NUMBER:B02214587]],[[NRP:Nigerian]]""",
    """SHIFT ROSTER WEEK 44 (Crusher plant)
| Day | Day shift (06–14) | Afternoon (14–22) | Night (22–06) |
|-----|-------------------|-------------------|---------------|
| Mon | [[PERSON:P. Molapo]] | [[PERSON:K. Ndou]] | [[PERSON:T. Sambo]] |
| Tue | [[PERSON:P. Molapo]] | [[PERSON:A. Fouché]] | [[PERSON:T. Sambo]] |
| Wed | [[PERSON:L. Khumalo]] | [[PERSON:A. Fouché]] | [[PERSON:T. Sambo]] |
Standby fitter: [[PERSON:Lucas Mahlangu]] ([[PHONE_NUMBER:079 118 4406]])""",
    """policy_no,insured,dob,address,suburb,code,vehicle_reg
POL-88120,[[PERSON:Bianca Hendricks]],[[DATE_TIME:1988-07-26]],[[ADDRESS:4 Daisy Way]],[[LOCATION:Bellville]],[[ZIP_CODE:7530]],[[ID_NUMBER:CY 401-229]]
POL-88137,[[PERSON:Tshilidzi Netshitenzhe]],[[DATE_TIME:1996-08-30]],[[ADDRESS:77 Makhado Avenue]],[[LOCATION:Thohoyandou]],[[ZIP_CODE:0950]],[[ID_NUMBER:DZ 44 KL L]]
POL-88141,[[PERSON:George Papadakis]],[[DATE_TIME:1969-03-05]],[[ADDRESS:12 Marine Drive]],[[LOCATION:Margate]],[[ZIP_CODE:4275]],[[ID_NUMBER:NPS 17719]]""",
    """Leave balances (HR export)
EmpNo  | Name                 | Annual | Sick | Family resp. | Last leave taken
[[ID_NUMBER:11820]]  | [[PERSON:Zukiswa Mbotho]]       | 12.5   | 24   | 3            | [[DATE_TIME:14–18 Oct 2024]]
[[ID_NUMBER:11944]]  | [[PERSON:Dylan Moodley]]        | 3.0    | 30   | 1            | [[DATE_TIME:23 Sep 2024]]
[[ID_NUMBER:12007]]  | [[PERSON:Rachel Sithole-Banda]] | 18.0   | 27   | 3            | [[DATE_TIME:05–09 Aug 2024]]""",
    """[
  {"name": "[[PERSON:Lwandle Mqadi]]", "handle": "@[[USERNAME:lwandle_mq]]", "followers": 1840, "profile": "[[URL:https://x.com/lwandle_mq]]"},
  {"name": "[[PERSON:Sophie Laurent]]", "handle": "@[[USERNAME:sophielaurent.art]]", "followers": 22100, "profile": "[[URL:https://www.instagram.com/sophielaurent.art]]"},
  {"name": "[[PERSON:Karabo Sello]]", "handle": "@[[USERNAME:karabo.codes]]", "followers": 612, "profile": "[[URL:https://github.com/karabo-codes]]"}
]""",
    """Machine   Operator             Licence        Last medical      Competency valid to
LHD-07    [[PERSON:Isaac Mahlaela]]       [[ID_NUMBER:LHD-0441-R]]     [[DATE_TIME:12/02/2024]]        2026-02-11
DT-12     [[PERSON:Christo Meyer]]        [[ID_NUMBER:DT-1187-R]]      [[DATE_TIME:30/05/2024]]        2025-11-30
DR-03     [[PERSON:Kelebogile Moshoeu]]   [[ID_NUMBER:DR-0552-R]]      [[DATE_TIME:18/07/2024]]        2026-07-17""",
]

CHAT = [
    """[09:02] Bot: Welcome to FNB Chat. Please type your full name.
[09:02] [[PERSON:Lindelwa Ngxola]]: [[PERSON:Lindelwa Ngxola]]
[09:03] Agent [[PERSON:Thato]]: Hi [[PERSON:Lindelwa]], I'm [[PERSON:Thato]]. How can I help?
[09:03] [[PERSON:Lindelwa Ngxola]]: my card was swallowed at the ATM in [[LOCATION:Mthatha]] this morning
[09:04] Agent [[PERSON:Thato]]: Sorry about that. For verification, please give me your ID number and the cellphone number on the profile.
[09:05] [[PERSON:Lindelwa Ngxola]]: [[ID_NUMBER:0005051289089]] and [[PHONE_NUMBER:078 224 6150]]
[09:06] Agent [[PERSON:Thato]]: Thank you. I've stopped the card ending 2291. A replacement can be collected at the [[LOCATION:Mthatha]] Plaza branch from tomorrow.
[09:06] [[PERSON:Lindelwa Ngxola]]: can u courier it rather to [[ADDRESS:44 Nelson Mandela Drive]], [[LOCATION:Mthatha]] [[ZIP_CODE:5099]]?""",
    """#shaft3-shift-handover
[[PERSON:Gerhard Visagie]] 05:48: Night shift done. Pump 2 on 31 Level tripped twice, electrician [[PERSON:Bonginkosi]] reset it. Water level OK now.
[[PERSON:Gerhard Visagie]] 05:49: Also [[PERSON:Themba Mabaso]] went to the clinic at 03:30 with a cut on his hand, he's fine, came back.
[[PERSON:Nthabiseng Kgatle]] 05:55: Thanks. Who's on standby for the winder today?
[[PERSON:Gerhard Visagie]] 05:56: [[PERSON:Louis Hattingh]], [[PHONE_NUMBER:082 770 3918]]. If he doesn't answer try [[PERSON:Petrus]] on [[PHONE_NUMBER:076 884 1205]].
[[PERSON:Nthabiseng Kgatle]] 05:58: 👍 I'll add it to the SHEQ log.""",
    """Family 🙏🏾 Umngcwabo ka-Gogo
[[PERSON:Nomalanga]]: Sanibonani. I-funeral policy idinga ama-ID wabo bonke abazoba khona kuhla.
[[PERSON:Nomalanga]]: Mina: [[ID_NUMBER:9202260196087]]
[[PERSON:Sipho]]: Eyami ithi [[ID_NUMBER:7608116276083]]. Kanti u[[PERSON:Mthunzi]] usashintshe inombolo?
[[PERSON:Mthunzi]]: Yebo, entsha ngu-[[PHONE_NUMBER:063 551 9024]]. ID yami [[ID_NUMBER:9907147629080]]
[[PERSON:Nomalanga]]: Ngiyabonga. Umngcwabo ngo[[DATE_TIME:Mgqibelo 19 Oktoba ngo-08:00]] e-[[LOCATION:Nongoma]].""",
    """Customer ([[PERSON:Daniel Osei]]): Hi, I've been charged twice for my broadband this month.
Agent ([[PERSON:Holly]]): Hi [[PERSON:Daniel]], sorry to hear that! Can I take the account holder's date of birth and postcode?
Customer ([[PERSON:Daniel Osei]]): [[DATE_TIME:14/02/1986]], [[ZIP_CODE:N15 4QT]]
Agent ([[PERSON:Holly]]): Thanks. I can see two payments from card ending 0921. I'll refund one within 3–5 working days. Shall I send confirmation to [[EMAIL_ADDRESS:d.osei86@btinternet.com]]?
Customer ([[PERSON:Daniel Osei]]): Yes please, and my new mobile is [[PHONE_NUMBER:07700 900 715]].""",
    """[[PERSON:Renate Kruger]]: Haai almal, daar is 'n verdagte wit Polo, registrasie [[ID_NUMBER:CA 412-088]], wat al twee keer in Eikestraat op en af ry.
[[PERSON:Johan du Preez]]: Ek het hom ook gesien. Ek bel vir [[PERSON:Sarel]] van die buurtwag, sy nommer is [[PHONE_NUMBER:082 515 0347]].
[[PERSON:Renate Kruger]]: Dankie [[PERSON:Johan]]! Tannie [[PERSON:Martie]] op die hoek sê die man het by haar hek gestaan.
[[PERSON:Sarel Botha]]: Ek is op pad. Ek het ook die polisie gebel, hulle sê [[TITLE:Konst.]] [[PERSON:Mokoena]] kom.""",
    """[Teams] HR Case 2024-117
[[PERSON:Zaheera Moosa]] 10:14 AM: Hi [[PERSON:Craig]], the hearing for [[PERSON:Ntokozo Mdlalose]] is confirmed for [[DATE_TIME:Tuesday 12 November at 09:00]]. Can you book Boardroom B?
[[PERSON:Craig Willemse]] 10:16 AM: Done. Who is chairing?
[[PERSON:Zaheera Moosa]] 10:17 AM: An external chair, [[TITLE:Adv.]] [[PERSON:Ravesh Pillay]]. His cell is [[PHONE_NUMBER:083 448 0129]].
[[PERSON:Craig Willemse]] 10:18 AM: And the witnesses?
[[PERSON:Zaheera Moosa]] 10:20 AM: [[PERSON:Kelly Arendse]] from stores and the security guard, [[PERSON:Dumisani]]. I'll email the bundle to [[PERSON:Ntokozo]]'s personal address, [[EMAIL_ADDRESS:ntokozo.mdlalose@gmail.com]], since he's suspended.""",
    """You: Hi, I need to change the name on my booking, it's misspelled
SkyLink Assistant: Of course. Please share your booking reference and the passenger's full name as it appears on the passport.
You: Ref QX7P2L. It should be [[PERSON:Anand Raghavan]], not [[PERSON:Anand Ragavan]]. Passport [[ID_NUMBER:V8843172]], date of birth [[DATE_TIME:3 Sept 1979]]
SkyLink Assistant: Thank you, [[PERSON:Anand]]. A name correction fee of ZAR 450 applies. Shall I charge the card used for the booking?
You: No, use this one: [[CREDIT_CARD:4617 6667 5985 8983]], exp 10/27
SkyLink Assistant: Done. A new e-ticket has been sent to [[EMAIL_ADDRESS:anand.raghavan@gmail.com]].""",
    """PayBot (WhatsApp) – Helderberg Foods payroll
[[PERSON:Bukelwa Sotashe]]: Hi I didn't get my payslip for October
PayBot: Hi! Please enter your employee number.
[[PERSON:Bukelwa Sotashe]]: [[ID_NUMBER:HF-2290]]
PayBot: Thanks, [[PERSON:Bukelwa]]. Please confirm the last 4 digits of your ID number.
[[PERSON:Bukelwa Sotashe]]: 3089
PayBot: Your October payslip (pay date [[DATE_TIME:25 Oct 2024]]) has been sent to [[EMAIL_ADDRESS:bukelwa.s@yahoo.com]]. Net pay: R9 840,15.
[[PERSON:Bukelwa Sotashe]]: That email is old, pls use [[EMAIL_ADDRESS:bsotashe92@gmail.com]]""",
]

LOOKALIKE = [
    """Your order #ZA-20240918-44710 has shipped! Tracking number: 1Z 999 AA1 01 2345 6784 (courier reference DPD-7731-0092). Items: 1 x Hi-Vis vest (SKU HV-XL-0042-Y), 2 x Safety boots size 9 (SKU SB-BLK-09-220). Invoice INV-887120 has been emailed. Questions? Call 0861 223 344 or write to support@workwearonline.co.za. Delivery to: [[PERSON:Khumo Lekgetho]].""",
    """Release notes – FleetTrack 10.4.2.1 (build 2024.09.17-r3)
- Upgraded the PLC gateway firmware from 4.12.0.7 to 4.12.1.0.
- Fixed a crash when the device serial (e.g. SN-7F3A-00921-KX) contained lowercase letters.
- Checksums: sha256 9f2c4e1a7b3d8f60c5e2a19d4b7c3e8f1a6d0b92e4c7f135a8d2b6e9c0f4a713; md5 44d0a9e1c7b35f2a8e61d9c0b4f7a312.
- Default gateway config template 192.168.x.x is no longer shipped; see KB-30217.
- Known issue: ticket JIRA FT-4471 (Modbus timeout on 1.0.0.42 firmware).
Support: +27 11 555 0100 (24/7 control room), fleettrack-support@acmesystems.co.za.""",
    """TAX INVOICE No. 2024/11/0387 – Van Schaik Books, VAT no. 4410187263, Reg. 1998/004127/07.
Bill to: University of Limpopo, Library Acquisitions, Account 00418-UL.
1 x Handbook of Mine Ventilation, ISBN 978-0-620-04102-7 ... R1 240,00
2 x Rock Engineering Practice, ISBN 978-1-84355-393-9 ... R2 980,00
1 x The Hidden Life of Trees, ISBN 978-0-14-312512-9 ... R320,00
Branch code 051001, SWIFT SBZAZAJJ. Your account manager: [[PERSON:Marelize Human]] ([[EMAIL_ADDRESS:marelize.human@vanschaik.co.za]]).""",
    """Directions to the training centre: take the N4 past the Hendrik Verwoerd Drive turn-off, continue on Nelson Mandela Drive, then left into Jan Smuts Avenue and right into Oliver Tambo Street. We are opposite the Mr Price and the Steve Biko Academic Hospital sign. Parking is behind the Albertina Sisulu building. Please note the course on Parkinson's disease and Hodgkin's lymphoma has moved to Hall 2. If you get lost, phone the receptionist, [[PERSON:Dolly Matlou]], on [[PHONE_NUMBER:072 334 8016]].""",
    """Maintenance log – Crusher CR-02 (asset tag 10004417-MEC)
Replaced bearing SKF 22230 E/C3, part no. 1240-0091-33; old part returned under RMA 55102-A.
PLC module 6ES7 315-2AG10-0AB0 firmware v3.3.11.0; HMI panel serial S C-F2K9 1344.
Oil sample lab ref OA-24-08812; vibration 4.2 mm/s (alarm at 7.1).
Technician: [[PERSON:Sibusiso Mkhize]], job card JC-778102. Next service at 12 000 h.""",
    """Kennisgewing aan alle lede van die Brandfort-biblioteek: die nuwe boeke is beskikbaar onder ISBN 978-0-628-50822-5 en 978-1-990407-04-8. Die uitleenkaart-reeks 4410-2290-1187 is vervang; ou kaarte met nommers wat met 4410 begin, sal na 30 November nie meer werk nie. Navrae: 051 821 0044 (kantoor) of biblioteek@brandfort.gov.za. Die boekklub word hierdie maand deur [[PERSON:Elsabé Nortjé]] gelei.""",
    """IMPORTANT NOTICE TO ALL CARDHOLDERS
Dear [[PERSON:Mr A. Gumede]],
From 1 December, our call centre number changes from 0860 100 200 to 0861 400 500. Cards ending in 4417, 0921 and 8820 were part of the recall batch R-2024-77 and will be replaced automatically. Our SWIFT code remains ABSAZAJJ and the universal branch code 632005 is unchanged. Reference numbers such as CR-0044-7712-99 are not account numbers; we will never ask for your PIN or OTP. Visit any branch or write to service@bank.example.co.za.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind101", STYLES, OUT)


if __name__ == "__main__":
    main()

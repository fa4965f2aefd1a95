"""Build tests/data/blind30.jsonl: a thirtieth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind30.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of any other gold set. What was
read, and nothing else: lines 1-121 of make_blind22.py (its module
docstring with the labeling conventions and style descriptions, and its
import lines) and its closing scaffolding (from `STYLES = {` to the end of
the file, copied below); gold_sets.py in full (the checks and `write_set`);
lines 1-64 of make_handwritten.py (its conventions docstring, MARK,
TITLE_IN_NAME and `parse()`). A listing of the tests/data folder was seen
(file names only). No *.jsonl file, no record list of any make_*.py
(make_blind22.py's included, make_blind24.py to make_blind29.py not even
opened), nothing under minimize/, recognizers/, bench/ or /tmp, and no git
history was looked at. The detector and the bench were never run, on this
file or on anything else, while writing it. Do not tune the detector
against it: once it has been used to tune, it no longer measures anything;
write a new set instead.

Every record below is written out by hand: no Faker, no word lists, no
templates filled by code, no loops. Only the offsets are computed, by
`parse()` from make_handwritten.py, which strips the inline
`[[TYPE:value]]` marks (the summary printed at the end only counts them).
Card numbers pass Luhn and IBANs pass mod-97 with the right length for
their country; the national check digits inside the French, Spanish and
Portuguese IBANs are right too (the CIN letter of the Italian ones was not
worked out). Those, and the check digits of
the national ids that have a public one (NHS number, Canadian SIN, Aadhaar,
BSN, CPF, DNI and NIE, South African ID -- agreeing with the sex and birth
date shown --, TFN, Irish PPSN, Singapore NRIC / FIN, Swedish personnummer,
French NIR, Italian codice fiscale, Portuguese NIF, Australian Medicare,
NZ IRD and NHI numbers) and of the ISBN-13 look-alikes, were worked out
with throwaway code run by hand while writing, outside the repository; the
records hold them as literal strings. `gold_sets.check` re-checks cards and
IBANs and refuses a bad one. UK NI numbers, US SSNs, PAN, CNIC, Nigerian
NIN and BVN, Kenyan ids and KRA PINs, Philippine SSS / TIN / PhilHealth
numbers, Malaysian MyKad, Jamaican TRN, German tax and social-insurance
numbers, UK UPN, US MBI, passports, licences, plates, bank account numbers
and staff, student, member, patient and loyalty numbers were not checked.

Styles (ids `blind30-<style>-NNN`; 240 records), imitating what an outside
evaluator would feed the tool. About nine records in ten are in English
(US, UK, Canada, Australia, Ireland, New Zealand, India, Pakistan, South
Africa, Nigeria, Kenya, Jamaica, the Philippines, Singapore and Malaysia
contexts, with names from the many cultures living there), the rest in
French, German, Spanish, Portuguese, Italian, Dutch and Swedish:
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k, gretel-pii-masking-en-v1 and Nemotron-PII: odd,
  synthetic-sounding sentences, forms, emails, tickets, log lines, SQL,
  XML, HL7 and HTTP snippets with many entity kinds each.
- `gen` (80): realistic sentences with personal data as a third-party LLM
  would write them, PII woven into prose across many domains (banking,
  health, schools, HR, travel, housing, retail, government, sport, legal,
  telecoms, charities, vets, deliveries).
- `table` (40): one labeled table per record rendered as text (CSV, pipes
  and Markdown, TSV, fixed-width, JSON lines, YAML, key: value blocks,
  HTML), with varied column names and non-PII columns (amounts, statuses,
  SKUs, departments, scores) left unlabeled; header rows are not labeled.
- `chat` (12): chat and SMS threads, support transcripts, forum posts.
- `lookalike` (8): texts full of things that look like PII but are not
  (order, ticket, invoice, tracking and case references, SKUs, ISBNs,
  versions shaped like IPs, hashes, serials, company phone numbers and
  role mailboxes, eponyms, brands, streets named after people without a
  number, dates of releases and sales), with the few real PII values
  labeled; two of them hold no PII at all.

Labeling conventions: those of make_handwritten.py and make_blind22.py, in
short:
- PERSON: any part of a name, lowercase or upper case, initials, middle
  names, "s/o", "a/p" and "binti" names as one span; a name written in
  one field as "LAST/FIRST" or "LAST, FIRST M" is one span, a name split
  over fields (CSV columns, HL7 components) is one span per field; a
  possessive "'s" is outside; nicknames are PERSON; a chat speaker's name
  is PERSON at every turn, a speaker shown by a handle is USERNAME ("u/"
  and "@" outside). TITLE: honorifics and ranks attached to a name (Mr,
  Mrs, Ms, Mx, Dr, Prof, Nurse, Rev., Rabbi, Hon., Herr, Frau, Madame,
  M., Sra., sig., signor, Encik, Adv., Ma'am, MR in a boarding-pass
  name), apart from the name; job titles are not TITLE and family words
  ("Auntie", "Uncle") stay outside.
- ADDRESS: number + street (+ unit / flat / apartment / suite / floor),
  PO boxes, block and lot, house and building names in an address, a
  building number given in its own field; city, district, named
  neighbourhood, county, state / province (also abbreviated) and country
  are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, visit, move, start and
  end of a job, hearing, signature, letter, login, call, chat,
  complaint, commit, rental, account opening, gym visit, vaccination)
  with a day or a month, in any shape; a weekday or clock time said
  with the date is inside its span; not bare years, weekdays or clock
  times alone, durations, or dates not tied to a person (sales, releases,
  invoices, tax years, parcel scans, stock counts).
- AGE: the number only. USERNAME: a handle without "@". URL: personal
  pages and profiles only. NRP: a person's nationality, religion or
  political group (not an adjective naming a language or a document).
- ID_NUMBER: national / tax / social-security / health ids, patient, MRN,
  staff, student, customer, member, library, loyalty and frequent-flyer
  numbers, bank account numbers, non-US passports and licences,
  professional registration numbers, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS (v4 and v6),
  PHONE_NUMBER (a person's direct line too), EMAIL_ADDRESS as their names
  say.
- Not labeled: passwords, genders, job titles, employers and company
  names, user agents, MAC addresses, IMEIs, meter point numbers, bag
  tags, VAT and company numbers, serials, sort codes, BSB,
  IFSC, BIC and routing numbers, CVVs and expiries, PINs, group and policy
  numbers, order / ticket / claim / booking / PNR / tracking / transaction
  references, company phone numbers and role mailboxes, versions, hashes,
  partial or masked numbers ("ending 4417"), pets, eponyms and brands
  named after people, streets without a number, a header row, medical
  conditions, blood types, heights.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind30.jsonl")

BENCH = [
    # 001
    "Dear [[PERSON:Ms. Oyelaran]], your portfolio review for the Cognitive Systems elective is booked for "
    "[[DATE_TIME:11/03/2025 at 14:40]]. Confirm attendance from [[EMAIL_ADDRESS:t.oyelaran94@outlook.com]] or by "
    "calling [[PHONE_NUMBER:+44 7911 284603]] before Friday.",
    # 002
    "ALERT: card [[CREDIT_CARD:4173 8290 5561 2035]] (cvv 318, exp 09/27) charged GBP 742.18 at 03:12 from "
    "[[IP_ADDRESS:185.44.231.97]]; cardholder [[PERSON:Declan Mwangi-Hart]], billing postcode [[ZIP_CODE:BS6 5QT]], "
    "contact [[PHONE_NUMBER:0117 496 0382]].",
    # 003
    "Name: [[PERSON:Priyanka Raghunathan]] | DOB: [[DATE_TIME:1989-07-22]] | Gender: F | Aadhaar: "
    "[[ID_NUMBER:3827 1946 0155]] | PAN: [[ID_NUMBER:BKTPR4821L]] | Mobile: [[PHONE_NUMBER:+91 98450 21736]] | "
    "Addr: [[ADDRESS:17/3, 2nd Main Road]], [[LOCATION:Jayanagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560011]]",
    # 004
    '[[DATE_TIME:2024-11-08T22:41:07Z]] WARN auth-svc login_failed user=[[USERNAME:kofi.asante92]] '
    'src=[[IP_ADDRESS:10.18.4.211]] attempts=5 email=[[EMAIL_ADDRESS:kofi.asante@protonmail.com]] '
    'ua="Mozilla/5.0 (X11; Linux x86_64)"',
    # 005
    "INSERT INTO patients (mrn, first_name, last_name, dob, phone, postcode) VALUES ('[[ID_NUMBER:MRN-0048217]]', "
    "'[[PERSON:Aroha]]', '[[PERSON:Tipene]]', '[[DATE_TIME:1976-02-14]]', '[[PHONE_NUMBER:021 448 9051]]', "
    "'[[ZIP_CODE:3110]]');",
    # 006
    "Claim intake - policyholder [[PERSON:Rosalind Achterberg]], born [[DATE_TIME:March 9, 1961]], member ID "
    "[[ID_NUMBER:HPB-77302941]], reports water damage at [[ADDRESS:2218 Larkspur Lane]], [[LOCATION:Boise]], "
    "[[LOCATION:ID]] [[ZIP_CODE:83706]]. Adjuster visit set for [[DATE_TIME:April 2, 2025]]. Reach her at "
    "[[PHONE_NUMBER:(208) 555-0143]].",
    # 007
    "The interdisciplinary hackathon squad led by [[PERSON:Zainab]] needs scans of her passport "
    "[[ID_NUMBER:AB4829173]] and CNIC [[ID_NUMBER:35202-4829173-5]] before the visa letter is couriered to "
    "[[ADDRESS:House 14, Street 7, F-8/3]], [[LOCATION:Islamabad]] [[ZIP_CODE:44220]].",
    # 008
    "Username: [[USERNAME:quietfalcon_77]]\nPassword: Tr33top!Mango\nRecovery email: "
    "[[EMAIL_ADDRESS:m.delacroix.home@gmail.com]]\nRecovery phone: [[PHONE_NUMBER:+1 438 555 0172]]\nLast login: "
    "[[DATE_TIME:2025-01-19 07:58]] from [[IP_ADDRESS:2607:fea8:1c2:7e00:9d14:3bb1:40e2:8c51]]",
    # 009
    "Wire instruction for [[PERSON:Henrik Lindqvist]]: beneficiary IBAN [[IBAN_CODE:SE28 6000 0000 0004 8269 1534]], "
    "BIC HANDSESS, amount SEK 48,500.00, reference INV-2291-A. Beneficiary address [[ADDRESS:Storgatan 41]], "
    "[[ZIP_CODE:411 38]] [[LOCATION:Göteborg]], [[LOCATION:Sweden]].",
    # 010
    "Subject: Re: tenancy deposit\n\nHi [[PERSON:Mr Falconer]], the deposit of £1,150 for "
    "[[ADDRESS:Flat 3, 28 Marchmont Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HG]] will be returned to "
    "sort code 83-21-07, account [[ID_NUMBER:40218836]], within ten days of [[DATE_TIME:31 July 2025]].\n"
    "Regards, [[PERSON:Ishbel Ross]]",
    # 011
    "Employment verification: [[PERSON:Tomás Ó Briain]] (staff no. [[ID_NUMBER:E-20417]]) has worked at Kilcormac "
    "Logistics since [[DATE_TIME:14 February 2019]]. PPSN [[ID_NUMBER:4817263W]]. Home: "
    "[[ADDRESS:7 Ardnacrusha Road]], [[LOCATION:Limerick]], [[ZIP_CODE:V94 T2K8]]. Date of birth "
    "[[DATE_TIME:02/09/1987]].",
    # 012
    "Bereavement leave for [[TITLE:Rev.]] [[PERSON:Alphonso Kiprotich]] ([[AGE:58]]) approved; cover arranged by "
    "his deputy [[PERSON:Wanjiru Kamau]]. Salary continues to account [[ID_NUMBER:0110293847561]] at Equity Bank, "
    "KRA PIN [[ID_NUMBER:A004829173K]].",
    # 013
    "Asset 7731-LT assigned to [[PERSON:Chen Wei Ling]] ([[EMAIL_ADDRESS:weiling.chen@marisco.com.sg]]), NRIC "
    "[[ID_NUMBER:S8734219J]], MAC 3C:22:FB:91:0A:7E, static IP [[IP_ADDRESS:172.20.14.88]], handed over "
    "[[DATE_TIME:3 Jan 2025]].",
    # 014
    "Discharge summary. Patient: [[PERSON:Lerato Dlamini]], [[AGE:31]]-year-old female, ID "
    "[[ID_NUMBER:9307180127086]], admitted [[DATE_TIME:2025-02-11]], discharged [[DATE_TIME:2025-02-15]]. Next of "
    "kin: [[PERSON:Sipho Dlamini]] [[PHONE_NUMBER:082 417 3390]]. Follow-up at the clinic on "
    "[[DATE_TIME:4 March]].",
    # 015
    "first_name=[[PERSON:Olumide]]&last_name=[[PERSON:Bankole]]&email=[[EMAIL_ADDRESS:olu.bankole@yahoo.com]]"
    "&phone=[[PHONE_NUMBER:+2348031234567]]&state=[[LOCATION:Lagos]]&lga=[[LOCATION:Ikeja]]"
    "&bvn=[[ID_NUMBER:22184730591]]&consent=true",
    # 016
    "Vehicle incident report: driver [[PERSON:Marguerite Tshabalala]], registration [[ID_NUMBER:CA 718-204]], "
    "reversed into a parked bakkie in [[LOCATION:Gardens]], [[LOCATION:Cape Town]], on "
    "[[DATE_TIME:17 October 2024 at about 18:20]]. Witness [[PERSON:Yusuf Adams]] can be reached on "
    "[[PHONE_NUMBER:+27 83 904 1127]].",
    # 017
    "Hey [[PERSON:Jolene]], the 3D-printing workshop needs your driver's license [[US_DRIVER_LICENSE:TR482917]] and "
    "SSN [[US_SSN:412-73-9058]] for the liability waiver. Mail the copies to "
    "[[ADDRESS:8830 Wexford Ct, Unit 12]], [[LOCATION:Dublin]], [[LOCATION:OH]] [[ZIP_CODE:43016]].",
    # 018
    '<customer id="[[ID_NUMBER:C-99120]]"><name>[[PERSON:Valentina Greco]]</name><dob>[[DATE_TIME:1983-05-30]]</dob>'
    '<cf>[[ID_NUMBER:GRCVNT83E70F205D]]</cf><iban>[[IBAN_CODE:IT79L0306909418100000071482]]</iban>'
    '<city>[[LOCATION:Milano]]</city><tier>gold</tier></customer>',
    # 019
    "Ticket #48213 | Opened by: [[PERSON:Dwayne McFarlane]] | Email: [[EMAIL_ADDRESS:dwaynemcf@hotmail.com]] | "
    "Phone: [[PHONE_NUMBER:876-555-0198]] | TRN: [[ID_NUMBER:104-382-917]] | Issue: cannot log in to the portal "
    "since [[DATE_TIME:May 3rd]], username [[USERNAME:dmcfarlane_ja]]",
    # 020
    "[[TITLE:Madame]] [[PERSON:Solène Marchetti]], votre rendez-vous de kinésithérapie est fixé au "
    "[[DATE_TIME:mardi 14 janvier 2025 à 9h15]]. Merci de vous présenter au [[ADDRESS:12 rue des Tanneurs]], "
    "[[ZIP_CODE:67000]] [[LOCATION:Strasbourg]], muni de votre carte Vitale (n° "
    "[[ID_NUMBER:2 85 07 75 112 048 17]]).",
    # 021
    "Kundennummer [[ID_NUMBER:KD-4471920]] – [[TITLE:Herr]] [[PERSON:Lukas Brandstätter]], geb. "
    "[[DATE_TIME:12.08.1979]], [[ADDRESS:Hauptstraße 118]], [[ZIP_CODE:4020]] [[LOCATION:Linz]]. Bankverbindung: "
    "[[IBAN_CODE:AT04 2011 1829 4730 5512]]. Tel. [[PHONE_NUMBER:+43 664 3829175]].",
    # 022
    "Estimada [[TITLE:Sra.]] [[PERSON:Inmaculada Herrero]]: le confirmamos la domiciliación de recibos en la "
    "cuenta [[IBAN_CODE:ES33 2085 9381 1203 3027 4115]], cuya titular tiene el DNI [[ID_NUMBER:47382916H]]. "
    "Para cualquier duda, escríbanos desde [[EMAIL_ADDRESS:inma.herrero@telefonica.net]].",
    # 023
    "HR note - [[PERSON:Grace Adebayo-Lewis]] (employee [[ID_NUMBER:EMP-118402]]) asked for a religious "
    "accommodation as a practising [[NRP:Seventh-day Adventist]]; her Saturday shifts are removed from "
    "[[DATE_TIME:1 June 2025]]. Line manager: [[PERSON:Rhys Pemberton]].",
    # 024
    "Cryptic puzzle clue sent to [[USERNAME:nightowl_saskia]] at [[IP_ADDRESS:88.214.19.6]]: 'the orchard opens "
    "at seven'. Her profile lists [[URL:https://saskia-vermeulen.nl]] and the phone [[PHONE_NUMBER:06-41829173]].",
    # 025
    "[[DATE_TIME:Jan 22 04:13:55]] web02 sshd[22871]: Accepted publickey for [[USERNAME:rnaidoo]] from "
    "[[IP_ADDRESS:41.76.108.53]] port 51822 ssh2: RSA SHA256:q8VZt0mJ3aR1",
    # 026
    "Member: [[PERSON:Kwame Boateng]]\nMember ID: [[ID_NUMBER:UHX 204 881 937]]\nGroup: 0048813\nDOB: "
    "[[DATE_TIME:11-23-1970]]\nPCP: [[PERSON:Dr. Ellen Marsh]]\nCopay: $25 / Specialist $50",
    # 027
    "APPLICANT: [[PERSON:Marisol Quintanilla-Reyes]]   SSN: [[US_SSN:529-41-7730]]   PASSPORT: "
    "[[US_PASSPORT:A04829173]]   DL: [[US_DRIVER_LICENSE:Q5829104]] ([[LOCATION:CA]])   ADDRESS: "
    "[[ADDRESS:1447 W. Olive Ave]], [[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93728]]",
    # 028
    "Please ship the replacement fossil kit to [[PERSON:Bartholomew]] at [[ADDRESS:Unit 5, 62 Gouger Street]], "
    "[[LOCATION:Adelaide]] [[LOCATION:SA]] [[ZIP_CODE:5000]]; his Medicare no. is [[ID_NUMBER:2953 71843 1]] and "
    "his TFN is [[ID_NUMBER:459 182 737]].",
    # 029
    "From: [[PERSON:Ngozi Eze]] <[[EMAIL_ADDRESS:ngozi.eze@kelanhealth.ng]]>\nTo: records@kelanhealth.ng\n"
    "Subject: NIN update\n\nPlease change my NIN to [[ID_NUMBER:40817236954]] and my address to "
    "[[ADDRESS:23 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]. My hospital number is "
    "[[ID_NUMBER:KH/0492/21]].",
    # 030
    "user_id: 88213 | handle: [[USERNAME:mango.lassi.queen]] | full_name: [[PERSON:Harpreet Kaur Sandhu]] | dob: "
    "[[DATE_TIME:04/11/1996]] | location: [[LOCATION:Brampton]], [[LOCATION:ON]] | postal: [[ZIP_CODE:L6Y 2K9]] | "
    "ip: [[IP_ADDRESS:99.241.7.130]] | plan: premium",
    # 031
    "Prezado [[PERSON:João Pedro Albuquerque]], o seu pedido de reembolso foi aprovado e o valor será creditado "
    "no IBAN [[IBAN_CODE:PT50 0033 0000 4528 7391 0265 0]]. NIF: [[ID_NUMBER:218 406 932]]. Morada: "
    "[[ADDRESS:Rua de Santa Catarina 512, 3.º Esq.]], [[ZIP_CODE:4000-447]] [[LOCATION:Porto]].",
    # 032
    "Your astrology subscription renews next month. Card on file: [[CREDIT_CARD:5351-0884-7261-0939]]. If you "
    "did not sign up, [[PERSON:Imogen]], reply from [[EMAIL_ADDRESS:imogen.thackeray@btinternet.com]] and we will "
    "close the account.",
    # 033
    "Incident INC0092841: user [[PERSON:Anand Venkataraman]] ([[EMAIL_ADDRESS:anand.v@ortheon.in]], ext. 4471) "
    "reports VPN drops every 20 minutes; laptop IP [[IP_ADDRESS:192.168.43.17]], public IP "
    "[[IP_ADDRESS:49.207.188.22]], client 5.2.1.",
    # 034
    "QDC4X8K2LM Confirmed. Ksh3,200.00 sent to [[PERSON:JOSEPH OTIENO]] [[PHONE_NUMBER:0722418903]] on "
    "[[DATE_TIME:12/4/25 at 7:41 PM]]. New M-PESA balance is Ksh1,045.50.",
    # 035
    "Student record: [[PERSON:Amelia Fotheringham]], student no. [[ID_NUMBER:22014873]], age [[AGE:14]], Year 9. "
    "Guardian: [[PERSON:Paula Fotheringham]], [[PHONE_NUMBER:0412 803 559]], "
    "[[EMAIL_ADDRESS:paula.foth@bigpond.com]]. Allergy: peanuts.",
    # 036
    "This Lease Agreement is made on the [[DATE_TIME:5th day of August, 2024]] between "
    "[[PERSON:Cornelius van Rensburg]] (ID [[ID_NUMBER:6509306123088]]), the Landlord, and "
    "[[PERSON:Thandeka Mokoena]], the Tenant, for the premises at [[ADDRESS:14 Jacaranda Street]], "
    "[[LOCATION:Menlo Park]], [[LOCATION:Pretoria]], [[ZIP_CODE:0081]].",
    # 037
    "[[PERSON:Kaito]], your 24-hour pass for the quantum optics lab unlocks at 06:00. Badge [[ID_NUMBER:QL-55210]] "
    "is tied to [[EMAIL_ADDRESS:kaito.nakamura@mail.mcgill.ca]]; lost badges cost $20.",
    # 038
    "Reservation HX-77120 for [[PERSON:Mr Adewale Ogunleye]] and [[PERSON:Mrs Funmilayo Ogunleye]], arriving "
    "[[DATE_TIME:Thu 19 Jun 2025]], departing [[DATE_TIME:Sun 22 Jun 2025]]. Passport [[ID_NUMBER:A07382914]]. "
    "Card guarantee [[CREDIT_CARD:5167 3409 2218 3767]].",
    # 039
    "Hej [[PERSON:Elsa]]! Din tid på vårdcentralen är [[DATE_TIME:onsdag 7 maj kl. 10.20]]. Personnummer: "
    "[[ID_NUMBER:880614-4823]]. Vi skickar en påminnelse till [[PHONE_NUMBER:070-482 91 73]] dagen innan.",
    # 040
    "Complaint logged [[DATE_TIME:2025-03-04]]: [[PERSON:Fatima Al-Rashid]] states that a refund of $89.99 for "
    "order #A55-2931 never reached her Amex [[CREDIT_CARD:3782 910456 63720]]. Callback: "
    "[[PHONE_NUMBER:+1 (917) 555-0126]].",
    # 041
    "Kindly forward the hydroponics grant paperwork to [[PERSON:Marek Nowakowski]], "
    "[[ADDRESS:ul. Piotrkowska 104/12]], [[ZIP_CODE:90-006]] [[LOCATION:Łódź]], [[LOCATION:Poland]]; the grant "
    "goes to his IBAN [[IBAN_CODE:PL58124010531111000098273615]].",
    # 042
    "Fraud report: on [[DATE_TIME:January 8, 2025]] someone opened a credit line with the SSN "
    "[[US_SSN:372-18-4409]] of [[PERSON:Delores Whitfield]] ([[AGE:74]]), of [[ADDRESS:419 Magnolia Dr]], "
    "[[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31405]]. Her daughter [[PERSON:Tanya]] filed it from "
    "[[EMAIL_ADDRESS:tanyawhit@aol.com]].",
    # 043
    '{"ts":"[[DATE_TIME:2025-04-17T11:02:44.118Z]]","event":"password_reset","user":"[[USERNAME:b.okafor]]",'
    '"email":"[[EMAIL_ADDRESS:b.okafor@zenithmail.ng]]","ip":"[[IP_ADDRESS:102.89.33.210]]","geo":"[[LOCATION:Abuja]]",'
    '"result":"ok"}',
    # 044
    "Hi, I'm [[PERSON:Tavita]] from [[LOCATION:Porirua]]. My IRD number is [[ID_NUMBER:113-829-478]] and my NHI is "
    "[[ID_NUMBER:ZKL2049]] - can you merge my two MyHealth accounts?",
    # 045
    "Rx: Amoxicillin 500 mg TDS x 7 days. Patient [[PERSON:Rukhsana Begum]], DOB [[DATE_TIME:17 Sep 1958]], NHS No. "
    "[[ID_NUMBER:485 777 3023]], [[ADDRESS:44 Whitechapel Road]], [[LOCATION:London]] [[ZIP_CODE:E1 1JX]]. "
    "Prescriber: [[PERSON:Dr. Oluwaseun Adeyemi]], GMC [[ID_NUMBER:7049312]].",
    # 046
    "Good day! For the salary loan of [[PERSON:Maria Cristina Dela Cruz]]: SSS No. [[ID_NUMBER:34-8291736-4]], TIN "
    "[[ID_NUMBER:482-193-760-000]], address [[ADDRESS:Blk 12 Lot 7, Camella Homes]], [[LOCATION:Bacoor]], "
    "[[LOCATION:Cavite]] [[ZIP_CODE:4102]], mobile [[PHONE_NUMBER:0917 482 1093]].",
    # 047
    "Applicant Name: [[PERSON:Nurul Izzah binti Kamarudin]]\nIC No.: [[ID_NUMBER:850412-14-5528]]\nTel: "
    "[[PHONE_NUMBER:012-738 4419]]\nAddress: [[ADDRESS:No. 23, Jalan SS 2/64]], [[ZIP_CODE:47300]] "
    "[[LOCATION:Petaling Jaya]], [[LOCATION:Selangor]]\nMonthly income: RM 6,800",
    # 048
    "Audit trail: [[DATE_TIME:2025-02-28 16:20:11]] admin [[USERNAME:jtremblay]] exported the payslip of "
    "[[PERSON:Ikechukwu Nwosu]] (staff ID [[ID_NUMBER:NG-4410]]) to a workstation at [[IP_ADDRESS:10.0.12.5]].",
    # 049
    "Greetings [[PERSON:Prof. Anneliese Vogt]]! The immersive opera prototype streamed from "
    "[[IP_ADDRESS:2a02:8108:1240:3f00:5d2:91ff:fe3a:7c10]] crashed twice. Please send your logs to "
    "[[EMAIL_ADDRESS:a.vogt@hfmt-koeln.de]] before [[DATE_TIME:Thursday, 20 February]].",
    # 050
    "Policy AUT-5582019 | Insured: [[PERSON:Siobhan Gallagher]] | Licence: [[ID_NUMBER:038274619]] | Vehicle reg: "
    "[[ID_NUMBER:191-D-48213]] | Address: [[ADDRESS:Apt 9, Clarion Quay]], [[LOCATION:Dublin 1]], "
    "[[ZIP_CODE:D01 K7W2]] | Premium: €612.40",
]
BENCH += [
    # 051
    "Beste [[PERSON:Daan Hoekstra]], bedankt voor je aanmelding bij de roeivereniging. We hebben je BSN "
    "([[ID_NUMBER:193746281]]) en rekeningnummer [[IBAN_CODE:NL28 INGB 0006 7341 29]] genoteerd. Je proefles is "
    "op [[DATE_TIME:zaterdag 15 maart om 10:00]].",
    # 052
    "Gentile [[PERSON:Giulia Ferraresi]], la sua pratica di rimborso n. 2025/0418 è stata accolta. Codice fiscale "
    "[[ID_NUMBER:FRRGLI91P52A944V]]; l'importo sarà accreditato su [[IBAN_CODE:IT27 Z020 0805 3640 0010 3829 611]]. "
    "Per informazioni risponda a questa email o chiami il [[PHONE_NUMBER:+39 347 218 4091]].",
    # 053
    "KYC refresh - customer [[PERSON:Oluwakemi Adesanya]], DOB [[DATE_TIME:1992-10-05]], NIN "
    "[[ID_NUMBER:71930482615]], BVN [[ID_NUMBER:22319847602]], occupation: pharmacist, address "
    "[[ADDRESS:Plot 7, Ogunlana Drive]], [[LOCATION:Surulere]], [[LOCATION:Lagos State]]. Phone "
    "[[PHONE_NUMBER:0803 412 7765]]. Risk: low.",
    # 054
    "As discussed in the synergy call, [[PERSON:Evander]] will forward the marine biology dataset to "
    "[[EMAIL_ADDRESS:evander.quigley@seaspray-research.org]]; his backup number is [[PHONE_NUMBER:(902) 555-0119]] "
    "and his office sits at [[ADDRESS:5850 College Street, Suite 300]], [[LOCATION:Halifax]], [[LOCATION:NS]] "
    "[[ZIP_CODE:B3H 1X5]]. ORCID: [[URL:https://orcid.org/0000-0002-4418-2093]].",
    # 055
    "Call summary [[DATE_TIME:07/14/2024]]: caller verified as [[PERSON:Bernadette Okonkwo-Price]] (last four of "
    "SSN 6612, DOB [[DATE_TIME:1965-01-30]]). New debit card requested; old card [[CREDIT_CARD:4791 2883 0461 9576]] "
    "cancelled. Ship to [[ADDRESS:77 Pine Hollow Rd]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28806]].",
    # 056
    "Reminder for [[PERSON:Sebastián Ferreyra]]: the car with plate [[ID_NUMBER:AE 482 KT]] must pass its "
    "inspection before [[DATE_TIME:30/09/2025]]. Questions to [[EMAIL_ADDRESS:sebaferreyra@gmail.com]].",
    # 057
    "Pharmacy refill request: [[PERSON:Mohammed Iqbal Chaudhry]], [[AGE:67]], DOB [[DATE_TIME:03.05.1957]], NHS "
    "[[ID_NUMBER:943 476 5919]], repeat metformin 500 mg, collect from the branch nearest "
    "[[ADDRESS:112 Stoney Lane]], [[LOCATION:Sparkhill]], [[LOCATION:Birmingham]] [[ZIP_CODE:B12 8AF]].",
    # 058
    "commit 9f2a7c1e4b\nAuthor: [[PERSON:Lindiwe Mthembu]] <[[EMAIL_ADDRESS:lindiwe.m@devmail.co.za]]>\n"
    "Date:   [[DATE_TIME:Tue Mar 11 16:04:22 2025 +0200]]\n\n    fix: redact phone numbers in CSV export",
    # 059
    "The surrealist poetry workshop was cancelled. [[PERSON:Ms. Hollis Abernathy-Kaur]], your deposit goes back "
    "to your account [[IBAN_CODE:GB49 NWBK 5600 3128 8450 71]] with reference POET-18; questions to "
    "[[EMAIL_ADDRESS:hollis.ak@icloud.com]].",
    # 060
    "Cause list: [[PERSON:R. Kalyanaraman]] v. Sunview Builders Pvt Ltd, hearing on "
    "[[DATE_TIME:22 April 2025, 10:30 a.m.]], Court Hall 4. Petitioner's address: "
    "[[ADDRESS:No. 8, Kamaraj Salai]], [[LOCATION:Mylapore]], [[LOCATION:Chennai]] [[ZIP_CODE:600004]]. Counsel: "
    "[[TITLE:Adv.]] [[PERSON:Meenakshi Sundaram]].",
    # 061
    "Order #77231 shipped to [[PERSON:Keanu Pelesa]], [[ADDRESS:3/19 Hobson Street]], [[LOCATION:Auckland Central]], "
    "[[LOCATION:Auckland]] [[ZIP_CODE:1010]]. Tracking NZ4820193715. SMS updates go to "
    "[[PHONE_NUMBER:027 481 9302]].",
    # 062
    "In the cybersecurity seminar [[PERSON:Ingrid Solberg]] showed how her old account [[USERNAME:ingrid.s1984]] "
    "was hijacked from [[IP_ADDRESS:203.0.113.77]] after she reused a password from 2016.",
    # 063
    "Preparer notes - Taxpayer: [[PERSON:Leonard Castellano]], SSN [[US_SSN:218-64-3390]]; Spouse: "
    "[[PERSON:Rita Castellano]], SSN [[US_SSN:218-64-7712]]; dependents [[PERSON:Mia]] ([[AGE:9]]) and "
    "[[PERSON:Luca]] ([[AGE:6]]). Refund by direct deposit to account [[ID_NUMBER:004417829301]], routing "
    "021000021.",
    # 064
    "Send the calligraphy set to [[PERSON:Aarav]] ([[AGE:12]]) care of his mother [[PERSON:Deepa Malhotra]], "
    "[[ADDRESS:B-204, Lotus Residency, Sector 62]], [[LOCATION:Noida]], [[LOCATION:Uttar Pradesh]] "
    "[[ZIP_CODE:201309]]. Phone [[PHONE_NUMBER:+91-98110-43276]].",
    # 065
    '[[IP_ADDRESS:81.102.44.190]] - [[USERNAME:harriet.k]] [[[DATE_TIME:14/Feb/2025:09:12:40 +0000]]] '
    '"GET /account/settings HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)"',
    # 066
    "Historia clínica n.º [[ID_NUMBER:HC-558201]]. Paciente: [[PERSON:Rocío Valdés Pineda]], [[AGE:45]] años, NIE "
    "[[ID_NUMBER:Y3017462Z]], nacionalidad [[NRP:colombiana]]. Domicilio: [[ADDRESS:Calle de Embajadores 87, 2.º B]], "
    "[[ZIP_CODE:28012]] [[LOCATION:Madrid]]. Teléfono [[PHONE_NUMBER:612 48 39 07]].",
    # 067
    "Congratulations [[PERSON:Thandiwe]]! The community garden has allocated you plot 14. We will text "
    "[[PHONE_NUMBER:+27 71 482 9031]] when the keys are ready; bring your ID book ([[ID_NUMBER:0111050905087]]).",
    # 068
    "[[DATE_TIME:January 6, 2025]]\n\n[[PERSON:Ms. Carmen Ibarra-Lowell]]\n[[ADDRESS:6120 Sunset Ridge Dr]]\n"
    "[[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79912]]\n\nDear [[PERSON:Carmen]],\nWe are pleased to offer "
    "you the position of Data Analyst starting [[DATE_TIME:February 3, 2025]] at an annual salary of $78,000.",
    # 069
    "[[PERSON:Ottilie]], the [[NRP:Lutheran]] choir director, asked that her new mobile "
    "[[PHONE_NUMBER:0151 28394716]] and email [[EMAIL_ADDRESS:ottilie.brenner@web.de]] go on the rota; she moves "
    "to [[ADDRESS:Lindenallee 9]], [[ZIP_CODE:24105]] [[LOCATION:Kiel]] on [[DATE_TIME:1 April]].",
    # 070
    "Failed MFA for [[EMAIL_ADDRESS:j.obi@lagosfreight.com]] from [[IP_ADDRESS:197.210.54.12]] and "
    "[[IP_ADDRESS:197.210.54.19]] at 02:14 and 02:15 UTC; the account owner [[PERSON:Jideofor Obi]] was notified on "
    "[[PHONE_NUMBER:+234 809 117 4420]].",
    # 071
    "SIN: [[ID_NUMBER:517 392 049]]\nName: [[PERSON:Geneviève Thibodeau]]\nHealth card: "
    "[[ID_NUMBER:2948 173 605 MK]]\nAddress: [[ADDRESS:88 Rue Saint-Paul Ouest, app. 402]], "
    "[[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2Y 1Z1]]\nLanguage: French",
    # 072
    "Please update billing for the llama-trekking tour: new card [[CREDIT_CARD:3530 1124 8875 6012]], holder "
    "[[PERSON:Haruto Sasaki]], billing address [[ADDRESS:1203-1288 W Georgia St]], [[LOCATION:Vancouver]], "
    "[[LOCATION:BC]] [[ZIP_CODE:V6E 4R3]].",
    # 073
    "Beneficiary designation: I, [[PERSON:Winston Ebanks]], name [[PERSON:Marcia Ebanks]] (wife, DOB "
    "[[DATE_TIME:1969-08-17]]) as primary beneficiary of policy LF-220871. Signed [[DATE_TIME:03 Oct 2024]] at "
    "[[LOCATION:Montego Bay]], [[LOCATION:St. James]].",
    # 074
    "NRIC: [[ID_NUMBER:S7902846J]] - [[PERSON:Ravi s/o Subramaniam]], [[ADDRESS:Blk 412 Ang Mo Kio Ave 10, #08-1147]], "
    "[[LOCATION:Singapore]] [[ZIP_CODE:560412]], HP [[PHONE_NUMBER:9182 4473]], CPF contributions up to date.",
    # 075
    "Dear valued customer [[PERSON:Ebony Richards-Clarke]], your parcel could not be delivered to "
    "[[ADDRESS:15 Tamarind Close]], [[LOCATION:Kingston 8]], on [[DATE_TIME:Monday 10 March]]. Reply with a "
    "convenient slot or call our driver, [[PERSON:Delroy]], on [[PHONE_NUMBER:(876) 927 4410]].",
    # 076
    "Arbeitsvertrag zwischen der Mertens GmbH und [[TITLE:Frau]] [[PERSON:Aylin Yıldız]], geboren am "
    "[[DATE_TIME:23.11.1994]] in [[LOCATION:Duisburg]], wohnhaft [[ADDRESS:Königstraße 61]], [[ZIP_CODE:47051]] "
    "[[LOCATION:Duisburg]]. Steuer-ID: [[ID_NUMBER:48 219 736 105]]. Sozialversicherungsnummer: "
    "[[ID_NUMBER:12 231194 Y 507]]. Beginn: [[DATE_TIME:01.03.2025]].",
    # 077
    "[[PERSON:Lachlan]], thanks for joining the drone-racing league! Your pilot profile is linked to "
    "[[USERNAME:lachy_fpv]] and [[EMAIL_ADDRESS:lachlan.obrien88@gmail.com]]; the transponder will be posted to "
    "[[ADDRESS:PO Box 1182]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]].",
    # 078
    "PID|1||[[ID_NUMBER:400718293]]^^^MRN||[[PERSON:OKONJO]]^[[PERSON:CHIDINMA]]^[[PERSON:A]]||[[DATE_TIME:19880312]]|F|||"
    "[[ADDRESS:220 ELM ST APT 4]]^^[[LOCATION:WORCESTER]]^[[LOCATION:MA]]^[[ZIP_CODE:01609]]||"
    "[[PHONE_NUMBER:(508)555-0164]]",
    # 079
    "Dear [[PERSON:Mx. River Castellanos]], your library card [[ID_NUMBER:21928004417735]] now lets you borrow "
    "e-books and audiobooks. Holds will be texted to [[PHONE_NUMBER:503.555.0187]].",
    # 080
    "Loan application LA-20931: applicant [[PERSON:Elif Demir]], [[AGE:29]], [[NRP:Turkish]] national, living at "
    "[[ADDRESS:Weserstraße 17, 3. OG]], [[ZIP_CODE:12047]] [[LOCATION:Berlin]]; salary paid into "
    "[[IBAN_CODE:DE33 2004 0060 0527 3819 46]]; mobile [[PHONE_NUMBER:+49 176 48291735]].",
    # 081
    "Exit interview: [[PERSON:Desmond Achebe]] left on [[DATE_TIME:28 February 2025]]. Forwarding address: "
    "[[ADDRESS:Flat 12B, Kilimani Heights, Argwings Kodhek Road]], [[LOCATION:Nairobi]]. Personal email "
    "[[EMAIL_ADDRESS:desachebe@gmail.com]]. Final pay to account [[ID_NUMBER:1180 2947 3361]].",
    # 082
    "Hi [[PERSON:Svetlana Petrović]], your knitting circle membership ([[ID_NUMBER:KNT-0872]]) has been renewed. "
    "Receipts go to [[EMAIL_ADDRESS:svetlana.p@outlook.ie]], and the parking permit for [[ID_NUMBER:221-G-8814]] "
    "is valid at the [[LOCATION:Galway]] venue.",
    # 083
    "dn: uid=[[USERNAME:mkhumalo]],ou=people,dc=ubuntu-lab,dc=co,dc=za\ncn: [[PERSON:Mandla Khumalo]]\nmail: "
    "[[EMAIL_ADDRESS:mandla.khumalo@ubuntu-lab.co.za]]\ntelephoneNumber: [[PHONE_NUMBER:+27 11 482 7719]]\n"
    "employeeNumber: [[ID_NUMBER:004182]]\nloginShell: /bin/zsh",
    # 084
    "Warranty claim for an espresso machine (serial ECM-2291-77): owner [[PERSON:Giuseppe Lombardo]], "
    "[[ADDRESS:Via Nazionale 203]], [[ZIP_CODE:00184]] [[LOCATION:Roma]]; paid with "
    "[[CREDIT_CARD:5198 4720 1633 4890]] on the day of purchase.",
    # 085
    "Referral: [[PERSON:Dr. Farah Siddiqui]] refers [[PERSON:Imran Qureshi]] ([[AGE:52]]), MRN "
    "[[ID_NUMBER:00731982]], for cardiology review. The patient is [[NRP:Muslim]], asks for a male clinician, and "
    "is fasting until [[DATE_TIME:30 March]].",
    # 086
    'POST /api/v2/users HTTP/1.1\nHost: api.fitpulse.io\nContent-Type: application/json\n\n{"name": '
    '"[[PERSON:Ayesha Siddiqa]]", "email": "[[EMAIL_ADDRESS:ayesha.s@fitpulse-user.com]]", "dob": '
    '"[[DATE_TIME:2001-06-09]]", "height_cm": 163, "phone": "[[PHONE_NUMBER:+92 300 4182736]]"}',
    # 087
    "Bonjour [[PERSON:Anaïs]], votre abonnement au club d'escalade est actif. Identifiant : "
    "[[USERNAME:anais_grimpe]], mot de passe provisoire : Kx82!pq. Adresse de facturation : "
    "[[ADDRESS:4 avenue Jean Jaurès]], [[ZIP_CODE:69007]] [[LOCATION:Lyon]].",
    # 088
    "Background check for candidate [[PERSON:Nathaniel Osei-Bonsu]]: SSN [[US_SSN:604-21-8837]] verified; prior "
    "addresses [[ADDRESS:12 Harbor View Ln]], [[LOCATION:Providence]], [[LOCATION:RI]] [[ZIP_CODE:02903]] and "
    "[[ADDRESS:905 Dorchester Ave, Apt 2]], [[LOCATION:Boston]], [[LOCATION:MA]] [[ZIP_CODE:02125]]; no records found.",
    # 089
    "BOARDING PASS  [[PERSON:SINGH/GURPREET]] [[TITLE:MR]]  AI 162 LHR-DEL  SEAT 34K  PNR 5XK2QM  "
    "FF [[ID_NUMBER:AI 40918273]]  PPT [[ID_NUMBER:Z4829173]]  DATE [[DATE_TIME:09APR25]]",
    # 090
    "[[PERSON:Beatriz]] asked that the vegan bakery's newsletter go to [[EMAIL_ADDRESS:bia.fontes@uol.com.br]] "
    "instead; her CPF is [[ID_NUMBER:527.016.493-07]] and she is [[AGE:34]].",
    # 091
    "Nota: cliente [[PERSON:Rafael Nogueira]], CPF [[ID_NUMBER:384.719.205-14]], telefone "
    "[[PHONE_NUMBER:(11) 98427-3310]], endereço [[ADDRESS:Rua Augusta, 1508, apto 72]], [[LOCATION:São Paulo]] - "
    "[[LOCATION:SP]], CEP [[ZIP_CODE:01304-001]]. Preferência de contato: WhatsApp.",
    # 092
    "Subject: quarterly mentoring\n\n[[PERSON:Kiri]] - I've booked us in for [[DATE_TIME:5 May, 3pm]]. If you're "
    "running late, ring my landline on [[PHONE_NUMBER:(09) 376 4418]].\n- [[PERSON:Hemi Walker]]",
    # 093
    "Device registration: owner [[PERSON:Camille Rousseau-Diallo]], IMEI 356938035643809, phone "
    "[[PHONE_NUMBER:+33 6 48 21 93 07]], registered [[DATE_TIME:02/12/2024]], home network IP "
    "[[IP_ADDRESS:90.112.48.201]].",
    # 094
    "W-2 summary: employee [[PERSON:Ashley Nguyen-Tran]], SSN [[US_SSN:531-90-2276]], address "
    "[[ADDRESS:15002 NE 8th St, Apt B210]], [[LOCATION:Bellevue]], [[LOCATION:WA]] [[ZIP_CODE:98007]]. Box 1 wages "
    "$64,212.44; box 2 withholding $7,015.80.",
    # 095
    "We noticed a login to [[USERNAME:pixel.and.pine]] from [[LOCATION:Kuala Lumpur]] ([[IP_ADDRESS:175.139.88.41]]) "
    "on [[DATE_TIME:25 Dec at 23:47]]. If this wasn't you, [[PERSON:Farhan]], reset your password now.",
    # 096
    "Tenant screening: [[PERSON:Olamide Fashola]], current address [[ADDRESS:Flat 4, 19 Coldharbour Lane]], "
    "[[LOCATION:Brixton]], [[LOCATION:London]] [[ZIP_CODE:SW9 8PR]]; NI number [[ID_NUMBER:JT 48 21 73 B]]; "
    "employer reference from [[PERSON:Claire Dunmore]] ([[EMAIL_ADDRESS:claire.dunmore@harrowfield.co.uk]]).",
    # 097
    "[[PERSON:Ezekiel]], [[AGE:41]], asked for a rain check on the ballroom lesson; rebook him for "
    "[[DATE_TIME:19 November]] and text [[PHONE_NUMBER:+1 868 555 0142]] to confirm.",
    # 098
    "Passport renewal: [[PERSON:Jamal Anthony Whitaker]], DOB [[DATE_TIME:08/30/1990]], born in "
    "[[LOCATION:Memphis]], [[LOCATION:Tennessee]]; current passport [[US_PASSPORT:584930217]]; emergency contact "
    "[[PERSON:Loretta Whitaker]] [[PHONE_NUMBER:901-555-0133]].",
    # 099
    "Verbale di consegna: il [[TITLE:sig.]] [[PERSON:Marco Bianchi]], nato a [[LOCATION:Roma]] il "
    "[[DATE_TIME:12/01/1977]], codice fiscale [[ID_NUMBER:BNCMRC77A12H501N]], patente [[ID_NUMBER:RM5829174K]], "
    "ritira il veicolo targato [[ID_NUMBER:FG 305 TR]].",
    # 100
    "[[PERSON:Fionnuala]]'s ticket to the tidal-energy expo is attached; her Eircode [[ZIP_CODE:H91 E2K3]] and "
    "mobile [[PHONE_NUMBER:087 219 4830]] are on file for the shuttle bus.",
]

GEN = [
    # 001
    "After the move, [[PERSON:Harriet Okafor]] updated her details with the council to "
    "[[ADDRESS:29 Beechwood Avenue]], [[LOCATION:Leeds]] [[ZIP_CODE:LS8 2HE]], and asked that council tax letters "
    "be emailed to [[EMAIL_ADDRESS:harriet.okafor@gmail.com]] instead of posted to her old flat.",
    # 002
    "[[PERSON:Dr. Vikram Nair]], [[AGE:46]], a cardiologist at a private hospital, was born on "
    "[[DATE_TIME:14 August 1978]] in [[LOCATION:Kochi]] and now lives with his family in [[LOCATION:Hyderabad]].",
    # 003
    "If you have questions about your claim, please contact your adjuster, [[PERSON:Tamsin Hollyoak]], directly on "
    "[[PHONE_NUMBER:0161 496 0734]] or at [[EMAIL_ADDRESS:tamsin.hollyoak@northfieldins.co.uk]].",
    # 004
    "[[PERSON:Emeka]]'s mother, [[PERSON:Chioma Nwankwo]], called the school on [[DATE_TIME:9 September]] to say he "
    "would be absent until [[DATE_TIME:12 September]]; she can be reached on [[PHONE_NUMBER:0706 218 4493]].",
    # 005
    "The parcel for [[PERSON:Siddharth Rao]] was left at the reception of [[ADDRESS:501 Park Towers]], "
    "[[LOCATION:Bandra West]], [[LOCATION:Mumbai]] [[ZIP_CODE:400050]], and he was notified by SMS at "
    "[[PHONE_NUMBER:+91 99204 18372]].",
    # 006
    "[[PERSON:Mrs. Eleanor Whitcombe]], aged [[AGE:82]], of [[ADDRESS:3 Church Lane]], [[LOCATION:Little Snoring]], "
    "[[LOCATION:Norfolk]] [[ZIP_CODE:NR21 0AY]], has asked that her granddaughter [[PERSON:Poppy]] be listed as her "
    "emergency contact.",
    # 007
    "Our records show that the checking account ending in 4417 belongs to [[PERSON:Mr. Javier Morales]], whose debit "
    "card [[CREDIT_CARD:4005 5172 6638 9048]] was reported stolen on [[DATE_TIME:February 2, 2025]].",
    # 008
    "[[PERSON:Kavita Sharma]] ([[EMAIL_ADDRESS:kavita.sharma82@yahoo.in]]) left a glowing review of the homestay in "
    "[[LOCATION:Shimla]], saying that her host, [[PERSON:Mr. Thakur]], even picked her up from the bus stand.",
    # 009
    "For the summit in [[LOCATION:Nairobi]], delegate [[PERSON:Akinyi Odhiambo]] will share a room with "
    "[[PERSON:Brenda Chebet]]; both passports ([[ID_NUMBER:AK0482913]] and [[ID_NUMBER:AK1930457]]) went to the "
    "embassy on [[DATE_TIME:4 June]].",
    # 010
    "[[PERSON:Liam O'Sullivan]], a [[AGE:27]]-year-old electrician from [[LOCATION:Cork]], said he had been trying "
    "for weeks to reach his landlord on [[PHONE_NUMBER:021 427 8830]] about the broken boiler.",
    # 011
    "On Instagram, where she posts as [[USERNAME:chloe.bakes.syd]], [[PERSON:Chloe Tran]] shares recipes from her "
    "tiny kitchen in [[LOCATION:Marrickville]], the suburb she has called home since 2019; the full recipes are on "
    "her blog, [[URL:https://chloetranbakes.com.au]].",
    # 012
    "The court heard that on the night of [[DATE_TIME:14 November 2023]], [[PERSON:Daniel Pryce]], [[AGE:34]], of "
    "[[ADDRESS:61 Caledonian Road]], [[LOCATION:Islington]], was stopped by officers after a neighbour reported a "
    "disturbance.",
    # 013
    "Bella, a four-year-old spaniel owned by [[PERSON:Margaret Olufemi]] of [[ADDRESS:8 Rowan Court]], "
    "[[LOCATION:Swindon]] [[ZIP_CODE:SN2 7QP]], was treated for a grass seed in her ear and is recovering well.",
    # 014
    "Welcome aboard, [[PERSON:Tan Jun Hao]]! Your membership at the [[LOCATION:Tampines]] club starts on "
    "[[DATE_TIME:1 May 2025]], and the monthly fee of S$128 will be charged to the Visa card ending 7781.",
    # 015
    "Thank you, [[TITLE:Mr.]] and [[PERSON:Mrs. Okonkwo]], for your generous gift to the food bank. A tax receipt "
    "has been sent to [[ADDRESS:412 Bathurst Street]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5T 2S6]].",
    # 016
    "Your SIM registration for [[PHONE_NUMBER:0321-4829173]] has been verified against CNIC "
    "[[ID_NUMBER:42101-3829174-1]] in the name of [[PERSON:Bilal Ahmed Khan]].",
    # 017
    "Please note that [[PERSON:Sizwe Ndlovu]] starts as a junior accountant on [[DATE_TIME:1 April 2025]]; his income "
    "tax number [[ID_NUMBER:0482917365]] and banking details have already been captured by payroll.",
    # 018
    "To renew his [[LOCATION:Illinois]] driver's license, [[PERSON:Marcus Bell]] (license number "
    "[[US_DRIVER_LICENSE:B412-7730-9185]]) has to visit a facility before his birthday on "
    "[[DATE_TIME:October 22]].",
    # 019
    "Hi [[TITLE:Ma'am]] [[PERSON:Jocelyn Bautista]]! Your order will be delivered to "
    "[[ADDRESS:Unit 1405, Tower 2, Avida Residences]], [[LOCATION:Santa Rosa]], [[LOCATION:Laguna]] "
    "[[ZIP_CODE:4026]] on [[DATE_TIME:18 March]]. Your rider is [[PERSON:Mark Anthony Reyes]], "
    "[[PHONE_NUMBER:0998 210 4738]].",
    # 020
    "The academy confirmed that [[AGE:17]]-year-old lock [[PERSON:Tama Rangihuna]] from [[LOCATION:Rotorua]] has "
    "signed a two-year development contract, with his parents [[PERSON:Hine]] and [[PERSON:Wiremu]] at his side.",
]
GEN += [
    # 021
    "In a sworn statement dated [[DATE_TIME:2 December 2024]], [[PERSON:Andre Morrison]] of "
    "[[ADDRESS:27 Hope Road]], [[LOCATION:Kingston 6]], said that his brother-in-law, [[PERSON:Kemar Lindo]], had "
    "taken his car without permission.",
    # 022
    "[[PERSON:Siti Aishah]] and her husband [[PERSON:Hafiz]] checked into the hotel in [[LOCATION:Penang]] on "
    "[[DATE_TIME:12 August]]; the booking was made with her email [[EMAIL_ADDRESS:siti.aishah.r@gmail.com]] and "
    "her passport number [[ID_NUMBER:A38192046]].",
    # 023
    "Après trente ans à [[LOCATION:Lyon]], [[PERSON:Bernadette Moreau]], [[AGE:68]] ans, s'est installée au "
    "[[ADDRESS:17 chemin des Vignes]], [[ZIP_CODE:84000]] [[LOCATION:Avignon]], où elle accueille ses petits-enfants "
    "chaque été.",
    # 024
    "[[PERSON:Tyler Brooks]], whose Social Security number is [[US_SSN:487-21-9063]], was hired by the county as a "
    "seasonal park ranger on [[DATE_TIME:May 19, 2025]].",
    # 025
    "[[PERSON:Mei Lin Zhou]], [[AGE:39]], of [[LOCATION:Box Hill]], [[LOCATION:Victoria]], was referred by her GP, "
    "[[PERSON:Dr Peter Nakos]], to a dermatologist on [[DATE_TIME:3 February]]; her Medicare number is "
    "[[ID_NUMBER:4182 60937 2]].",
    # 026
    "[[PERSON:Peter Mutua Njoroge]] opened a savings account at the [[LOCATION:Kisumu]] branch on "
    "[[DATE_TIME:14 January 2025]] using his national ID [[ID_NUMBER:28417390]] and KRA PIN "
    "[[ID_NUMBER:A012847391Q]]; statements will be emailed to [[EMAIL_ADDRESS:pmnjoroge@gmail.com]].",
    # 027
    "When [[PERSON:Olga Ivanova]] called about her frozen laptop, the technician asked her to read out the address "
    "shown on the screen, [[IP_ADDRESS:192.168.1.104]], and then connected to it remotely.",
    # 028
    "The listing agent confirmed that [[PERSON:Amrit]] and [[PERSON:Jasleen Gill]] will take possession of "
    "[[ADDRESS:7723 148 Street]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3S 9E2]] on "
    "[[DATE_TIME:June 30, 2025]].",
    # 029
    "The tournament was won by [[AGE:19]]-year-old [[NRP:Filipino]] player [[PERSON:Jericho]] '[[PERSON:Jeck]]' "
    "[[PERSON:Manalo]], who competes under the handle [[USERNAME:JeckStrike]] and lives in "
    "[[LOCATION:Quezon City]].",
    # 030
    "[[TITLE:Frau]] [[PERSON:Dr. Katrin Weißenberger]] ist ab dem [[DATE_TIME:1. Juli]] unter der Durchwahl "
    "[[PHONE_NUMBER:089 2180-4471]] und per E-Mail an [[EMAIL_ADDRESS:k.weissenberger@klinikum-isar.de]] "
    "erreichbar.",
    # 031
    "[[PERSON:Adaeze Okoro]], [[AGE:31]], a nurse in [[LOCATION:Enugu]], filed a claim after her car, registration "
    "[[ID_NUMBER:ENU 482 KT]], was hit on the expressway on [[DATE_TIME:6 March]].",
    # 032
    "Year 6 pupil [[PERSON:Ibrahim Hussain]] (UPN [[ID_NUMBER:K820193847015]]) will be collected on Friday by his "
    "uncle, [[PERSON:Tariq Hussain]], whose mobile is [[PHONE_NUMBER:07845 302 118]].",
    # 033
    "[[PERSON:Ayesha Malik]] transferred Rs. 150,000 from her account [[ID_NUMBER:1482 7930 0246 03]] to her "
    "brother [[PERSON:Usman]] in [[LOCATION:Karachi]] on [[DATE_TIME:2 March 2025]].",
    # 034
    "El paciente [[PERSON:Javier Ruiz Castaño]], de [[AGE:58]] años, con domicilio en la "
    "[[ADDRESS:Avenida de la Constitución 14, 3.º A]], [[ZIP_CODE:41004]] [[LOCATION:Sevilla]], ingresó el "
    "[[DATE_TIME:21 de enero]] por una neumonía.",
    # 035
    "Many thanks to [[PERSON:Gwen Pritchard]] of [[LOCATION:Aberystwyth]], who ran the half marathon in "
    "[[LOCATION:Cardiff]] on [[DATE_TIME:6 October]] and raised £2,340 for the hospice.",
    # 036
    "Hi [[PERSON:Brianna]], your return for order #114-2293117-8841 has been received. The refund of $54.20 will go "
    "back to the Mastercard ending 0939 within 5 business days.",
    # 037
    "Good news, [[PERSON:Ms Okafor-Reid]]: we've ported your number, [[PHONE_NUMBER:07700 914 382]], from your "
    "old provider. Your new SIM's PUK code is 84729163; keep it somewhere safe.",
    # 038
    "[[PERSON:Ramesh Kumar Yadav]] of [[LOCATION:Bhagwanpur]] village, [[LOCATION:Vaishali]] district, "
    "[[LOCATION:Bihar]], has applied for a ration card; his Aadhaar number [[ID_NUMBER:6109 3857 2247]] was linked "
    "on [[DATE_TIME:10 June 2024]].",
    # 039
    "Op [[DATE_TIME:12 februari]] verhuist [[PERSON:Sanne de Vries]] naar de [[ADDRESS:Prinsengracht 451-II]], "
    "[[ZIP_CODE:1016 HN]] [[LOCATION:Amsterdam]]; haar nieuwe telefoonnummer is [[PHONE_NUMBER:06 38 19 47 25]].",
    # 040
    "Marathoner [[PERSON:Faith Jepkosgei]], [[AGE:26]], from [[LOCATION:Iten]], set a personal best in "
    "[[LOCATION:Berlin]] on [[DATE_TIME:29 September]] and dedicated the win to her coach, "
    "[[PERSON:Joseph Kiprono]].",
    # 041
    "Attorney [[PERSON:Sarah Feldman]] filed the motion on behalf of her client, [[PERSON:Luis Ortega]], DOB "
    "[[DATE_TIME:04/17/1985]], who lives at [[ADDRESS:3380 Mission St]], [[LOCATION:San Francisco]], "
    "[[LOCATION:CA]] [[ZIP_CODE:94110]].",
    # 042
    "[[PERSON:Nurse Adaora Eze]] asked the patient, [[PERSON:Mr. Gordon Black]], to confirm his date of birth "
    "([[DATE_TIME:12 May 1949]]) and NHS number [[ID_NUMBER:721 305 4686]] before giving the flu jab.",
    # 043
    "Effective [[DATE_TIME:16 June 2025]], [[PERSON:Rowena Santos]] (Employee No. [[ID_NUMBER:2019-0347]]) will be "
    "transferred to the [[LOCATION:Cebu]] office; her PhilHealth number [[ID_NUMBER:12-025918374-6]] stays the same.",
    # 044
    "[[PERSON:Aoife Brennan]]'s flight from [[LOCATION:Dublin]] to [[LOCATION:Boston]] on "
    "[[DATE_TIME:22 December]] was cancelled, so the airline rebooked her and sent the new itinerary to "
    "[[EMAIL_ADDRESS:aoife.brennan@eircom.net]].",
    # 045
    "The tenancy at [[ADDRESS:Unit 7/42 Beach Road]], [[LOCATION:Bondi]] [[LOCATION:NSW]] [[ZIP_CODE:2026]] is held "
    "jointly by [[PERSON:Lachlan Murray]] and [[PERSON:Priya Desai]], with the bond lodged on "
    "[[DATE_TIME:15 January 2025]].",
    # 046
    "A enfermeira [[PERSON:Maria do Carmo Lopes]], de [[AGE:52]] anos, mora na "
    "[[ADDRESS:Rua das Flores 38, 2.º Dto]], [[ZIP_CODE:1200-195]] [[LOCATION:Lisboa]], e atende pelo telemóvel "
    "[[PHONE_NUMBER:912 384 705]].",
    # 047
    "Il [[TITLE:signor]] [[PERSON:Alessandro Conti]], residente in [[ADDRESS:Via Garibaldi 22]] a "
    "[[LOCATION:Torino]], ha chiesto che le bollette gli siano inviate a "
    "[[EMAIL_ADDRESS:alessandro.conti@libero.it]] a partire dal [[DATE_TIME:1° marzo]].",
    # 048
    "[[PERSON:Tan Mei Ling]]'s Baby Bonus application lists her daughter, [[PERSON:Tan Xin Yi]], born on "
    "[[DATE_TIME:2 November 2024]], and her own NRIC, [[ID_NUMBER:T0241738Z]].",
    # 049
    "Baby [[PERSON:Amani Wafula]] was delivered at [[DATE_TIME:3:15 a.m. on 8 January 2025]] at a hospital in "
    "[[LOCATION:Eldoret]]; the mother, [[PERSON:Grace Nafula]], [[AGE:24]], went home two days later.",
    # 050
    "Streamer [[PERSON:Devon]] '[[PERSON:Dev]]' [[PERSON:Parker]], known online as [[USERNAME:devplaysdirty]], said "
    "fans had found his home address, [[ADDRESS:1102 Quail Run]], [[LOCATION:Round Rock]], [[LOCATION:Texas]], "
    "and asked them to stop turning up.",
    # 051
    "[[PERSON:Seán Ó Murchú]] asked the bank to switch the direct debit for his mortgage to "
    "[[IBAN_CODE:IE97 AIBK 9320 8741 9382 06]] from the start of next month.",
    # 052
    "[[PERSON:Nomvula Khoza]], [[AGE:28]], gives her address as [[ADDRESS:14 Vilakazi Street]], "
    "[[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]], and her email as "
    "[[EMAIL_ADDRESS:nomvula.khoza@webmail.co.za]] on her CV.",
    # 053
    "[[PERSON:Lars-Erik Johansson]], född den [[DATE_TIME:3 maj 1952]], bor på [[ADDRESS:Kungsgatan 12]] i "
    "[[LOCATION:Uppsala]] och nås på telefon [[PHONE_NUMBER:018-47 29 13]].",
    # 054
    "Patient [[PERSON:Evelyn Harper]], [[AGE:71]], was seen on [[DATE_TIME:03/18/2025]] for a follow-up; her "
    "Medicare Beneficiary Identifier is [[ID_NUMBER:1EG4-TE5-MK72]].",
    # 055
    "HMRC has written to [[PERSON:Mr Kwabena Mensah]] at [[ADDRESS:56 Tudor Road]], [[LOCATION:Reading]] "
    "[[ZIP_CODE:RG1 7NX]] about the tax year ending 5 April 2024, quoting his UTR [[ID_NUMBER:48291 73650]].",
    # 056
    "[[PERSON:Gabriel Lévesque]], student number [[ID_NUMBER:300174826]], has been admitted to the nursing program "
    "starting [[DATE_TIME:September 3, 2025]]; the confirmation went to "
    "[[EMAIL_ADDRESS:gabriel.levesque@videotron.ca]].",
    # 057
    "[[TITLE:Encik]] [[PERSON:Muhammad Faiz bin Rosli]], [[AGE:35]], from [[LOCATION:Johor Bahru]], won the "
    "state-level Quran recitation contest and thanked his late father for teaching him.",
    # 058
    "The dispatch rider, [[PERSON:Musa Abdullahi]], called [[PHONE_NUMBER:0812 447 9301]] twice but nobody answered "
    "at [[ADDRESS:18 Ademola Street]], [[LOCATION:Ikoyi]], so the package went back to the depot.",
    # 059
    "According to the report, the driver, identified as [[PERSON:Brandon Kyle Mercer]], [[AGE:23]], of "
    "[[LOCATION:Tulsa]], was in a gray Honda Civic with [[LOCATION:Oklahoma]] plate [[ID_NUMBER:KTL-4829]] when he "
    "was pulled over.",
    # 060
    "[[PERSON:Dr. Alisha Greene]] from the animal clinic called [[PERSON:Mr. Roberto Díaz]] at "
    "[[PHONE_NUMBER:305-555-0161]] to say that Rocky's surgery had gone well.",
    # 061
    "[[TITLE:Rabbi]] [[PERSON:Daniel Gold]] of the [[LOCATION:Manchester]] congregation welcomed the couple, "
    "[[PERSON:Noa]] and [[PERSON:Eitan Shapiro]], who are both [[NRP:Jewish]] and moved from [[LOCATION:Haifa]] "
    "last year.",
    # 062
    "[[TITLE:Hon.]] [[PERSON:Jane Wambui]], a member of [[NRP:UDA]], told residents of [[LOCATION:Ruiru]] that her "
    "office line, [[PHONE_NUMBER:0711 904 382]], is open to anyone with a bursary question.",
    # 063
    "Seeking alliance for our daughter [[PERSON:Ananya Iyer]], [[AGE:28]], [[NRP:Hindu]], software engineer in "
    "[[LOCATION:Pune]]; contact her father on [[PHONE_NUMBER:+91 94440 71826]] or at "
    "[[EMAIL_ADDRESS:iyer.family.chennai@gmail.com]].",
    # 064
    "Le locataire, [[TITLE:M.]] [[PERSON:Karim Benali]], né le [[DATE_TIME:4 avril 1986]] à [[LOCATION:Marseille]], "
    "s'engage à verser le loyer sur le compte [[IBAN_CODE:FR76 1027 8060 7600 0219 4735 297]].",
    # 065
    "Passenger [[PERSON:Olena Kovalenko]], seat 22C, says her suitcase (tag 0125AA448193) never arrived in "
    "[[LOCATION:Calgary]] and asks to be contacted at [[PHONE_NUMBER:403-555-0184]].",
    # 066
    "[[PERSON:Jordan Ellis]]'s last day at the [[LOCATION:Denver]] office will be [[DATE_TIME:Friday, March 28]]; "
    "her personal email after that is [[EMAIL_ADDRESS:jordan.ellis.co@gmail.com]].",
    # 067
    "Construction worker [[PERSON:Md. Rahim Uddin]], FIN [[ID_NUMBER:G5183927M]], from [[LOCATION:Bangladesh]], was "
    "issued a new work permit on [[DATE_TIME:7 February 2025]].",
    # 068
    "[[PERSON:Ms. Shanique Campbell]] reminded parents that consent forms for the [[LOCATION:Ocho Rios]] trip are due "
    "on Friday; questions can go to [[EMAIL_ADDRESS:shanique.campbell@stmarysprep.edu.jm]].",
    # 069
    "[[TITLE:Herr]] [[PERSON:Jonas Keller]] ([[AGE:32]]) aus [[LOCATION:Freiburg]] hat seine Kreditkarte "
    "[[CREDIT_CARD:5355 2201 9384 7161]] am [[DATE_TIME:9. Januar]] als gestohlen gemeldet.",
    # 070
    "[[PERSON:Ana Lucía Paredes]], a [[NRP:Guatemalan]] national, entered on a B-2 visa; her passport number is "
    "[[ID_NUMBER:248193750]] and her A-number is [[ID_NUMBER:A 218 493 706]].",
    # 071
    "Ticket from [[PERSON:Owen Griffiths]]: since the router swap his static IP [[IP_ADDRESS:86.13.224.50]] is no "
    "longer whitelisted, and his VPN username [[USERNAME:ogriffiths]] has been locked.",
    # 072
    "Hey, I'm [[PERSON:Zara]] (she/her), [[AGE:26]], a nurse in [[LOCATION:Leicester]]; find me at "
    "[[URL:https://www.linkedin.com/in/zara-patel-rn]] if you want to swap night shifts.",
    # 073
    "Adjuster notes: insured [[PERSON:Marie-Claude Gagnon]], policy HO-8841023, reported a burst pipe at "
    "[[ADDRESS:25 Rue des Érables]], [[LOCATION:Gatineau]], [[LOCATION:QC]] [[ZIP_CODE:J8Y 3K1]] on "
    "[[DATE_TIME:17 January 2025]].",
    # 074
    "Power will be connected at [[ADDRESS:14 Wattle Grove]], [[LOCATION:Dubbo]] [[LOCATION:NSW]] "
    "[[ZIP_CODE:2830]] for new customer [[PERSON:Hamish Fraser]] on "
    "[[DATE_TIME:Tuesday 4 March between 8am and 12pm]].",
    # 075
    "[[PERSON:Fatima Zahra]], daughter of [[PERSON:Muhammad Asif]], scored 1,045 marks in the matriculation exam; "
    "her roll number [[ID_NUMBER:402817]] and B-form number [[ID_NUMBER:35202-8173920-4]] are printed on the "
    "certificate.",
    # 076
    "Reminder: [[PERSON:Kayla Johnson]] has a cleaning with [[PERSON:Dr. Patel]] on "
    "[[DATE_TIME:Wed, 04/09 at 2:30 PM]]. Reply C to confirm or R to reschedule.",
    # 077
    "Sprinter [[PERSON:Tajay Gordon]], [[AGE:20]], of [[LOCATION:Spanish Town]], clocked 10.02 at the national "
    "trials in [[LOCATION:Kingston]] on [[DATE_TIME:22 June]].",
    # 078
    "[[PERSON:Edna Pike]], who turned [[AGE:90]] on [[DATE_TIME:3 July]], celebrated with her family at her home on "
    "[[ADDRESS:12 Kowhai Street]], [[LOCATION:Nelson]].",
    # 079
    "Support note: [[PERSON:Hyun-woo Park]] asked us to change the delivery address on his account to "
    "[[ADDRESS:Suite 1208, 33 Bay Street]], [[LOCATION:Toronto]] [[ZIP_CODE:M5J 2Z3]] and to call him on "
    "[[PHONE_NUMBER:416-555-0193]] before dispatch.",
    # 080
    "[[PERSON:Chinedu]] and [[PERSON:Amaka Obi]], both devout [[NRP:Catholics]], renewed their vows on "
    "[[DATE_TIME:14 February 2025]] in the parish where they first married, and sent the photos to "
    "[[EMAIL_ADDRESS:obi.family.abj@yahoo.com]].",
]

TABLE = [
    # 001 CSV
    """customer_id,first_name,last_name,email,phone,state,zip,lifetime_value,status
[[ID_NUMBER:C-10482]],[[PERSON:Marcus]],[[PERSON:Delgado]],[[EMAIL_ADDRESS:marcus.delgado@gmail.com]],[[PHONE_NUMBER:(713) 555-0148]],[[LOCATION:TX]],[[ZIP_CODE:77019]],1842.50,active
[[ID_NUMBER:C-10483]],[[PERSON:Shauna]],[[PERSON:Whitehorse]],[[EMAIL_ADDRESS:shaunaw@outlook.com]],[[PHONE_NUMBER:(406) 555-0172]],[[LOCATION:MT]],[[ZIP_CODE:59101]],96.00,churned
[[ID_NUMBER:C-10490]],[[PERSON:Hoang]],[[PERSON:Pham]],[[EMAIL_ADDRESS:hoang.pham.dev@yahoo.com]],[[PHONE_NUMBER:(714) 555-0106]],[[LOCATION:CA]],[[ZIP_CODE:92683]],3310.75,active""",
    # 002 Markdown
    """| Patient | NHS No. | DOB | Appointment | Clinic | Status |
|---|---|---|---|---|---|
| [[PERSON:Gareth Llewellyn]] | [[ID_NUMBER:612 498 3079]] | [[DATE_TIME:04/02/1951]] | [[DATE_TIME:12/05/2025 09:40]] | Diabetes | Booked |
| [[PERSON:Sunita Patel]] | [[ID_NUMBER:438 120 9567]] | [[DATE_TIME:19/10/1977]] | [[DATE_TIME:12/05/2025 10:00]] | Diabetes | Arrived |
| [[PERSON:Connor Doherty]] | [[ID_NUMBER:529 036 7144]] | [[DATE_TIME:28/06/2003]] | [[DATE_TIME:12/05/2025 10:20]] | Podiatry | DNA |""",
    # 003 TSV
    """emp_code\tname\tpan\tdept\tcity\tjoining_date\tctc_lpa
[[ID_NUMBER:INF20931]]\t[[PERSON:Shreya Kulkarni]]\t[[ID_NUMBER:CQWPK4829D]]\tQA\t[[LOCATION:Pune]]\t[[DATE_TIME:2021-07-12]]\t9.5
[[ID_NUMBER:INF21407]]\t[[PERSON:Mohammed Arif Shaikh]]\t[[ID_NUMBER:DLRPS7301K]]\tPlatform\t[[LOCATION:Hyderabad]]\t[[DATE_TIME:2022-01-03]]\t14.0
[[ID_NUMBER:INF22815]]\t[[PERSON:Lakshmi Narayanan]]\t[[ID_NUMBER:AJMPN1583F]]\tFinance\t[[LOCATION:Chennai]]\t[[DATE_TIME:2023-09-18]]\t11.2""",
    # 004 fixed-width
    """ACCOUNT HOLDER         IBAN                           BRANCH      BALANCE EUR
[[PERSON:Niamh Fitzgerald]]       [[IBAN_CODE:IE70 AIBK 9335 6218 4720 93]]    Tralee         2,418.06
[[PERSON:Padraig Kavanagh]]       [[IBAN_CODE:IE08 BOFI 9013 8474 0126 51]]    Athlone          311.90
[[PERSON:Oksana Hrytsenko]]       [[IBAN_CODE:GB19 MIDL 4047 1225 8099 13]]    Newry         12,007.44""",
    # 005 JSON lines
    """{"uid": 1041, "username": "[[USERNAME:tidepool_ana]]", "email": "[[EMAIL_ADDRESS:ana.folau@gmail.com]]", "last_ip": "[[IP_ADDRESS:121.98.44.203]]", "country": "[[LOCATION:New Zealand]]", "plan": "free"}
{"uid": 1042, "username": "[[USERNAME:grumpy_kettle]]", "email": "[[EMAIL_ADDRESS:r.ashworth@zoho.com]]", "last_ip": "[[IP_ADDRESS:2a00:23c6:9a1e:4d01::1f]]", "country": "[[LOCATION:United Kingdom]]", "plan": "pro"}
{"uid": 1043, "username": "[[USERNAME:kopi_o_kosong]]", "email": "[[EMAIL_ADDRESS:weijie.lim@hotmail.sg]]", "last_ip": "[[IP_ADDRESS:116.86.12.77]]", "country": "[[LOCATION:Singapore]]", "plan": "free"}
{"uid": 1044, "username": "[[USERNAME:jollofqueen]]", "email": "[[EMAIL_ADDRESS:temiloluwa.a@gmail.com]]", "last_ip": "[[IP_ADDRESS:105.112.9.48]]", "country": "[[LOCATION:Nigeria]]", "plan": "team"}""",
    # 006 YAML
    """attendees:
  - name: [[PERSON:Rebecca Thornbury]]
    email: [[EMAIL_ADDRESS:rthornbury@cardiffmet.ac.uk]]
    dietary: vegetarian
    badge: speaker
  - name: [[PERSON:Kiplagat Ruto]]
    email: [[EMAIL_ADDRESS:kiplagat.ruto@strathmore.edu]]
    dietary: none
    badge: delegate
  - name: [[PERSON:Isabella Moretti]]
    email: [[EMAIL_ADDRESS:isa.moretti@gmail.com]]
    dietary: gluten-free
    badge: delegate""",
    # 007 key: value
    """PATIENT INTAKE
Full name: [[PERSON:Darnell Washington]]
Date of birth: [[DATE_TIME:07/04/1982]]
Age: [[AGE:42]]
SSN: [[US_SSN:318-44-9021]]
Address: [[ADDRESS:2741 Riverside Pkwy, Apt 6C]]
City/State/ZIP: [[LOCATION:Columbus]], [[LOCATION:GA]] [[ZIP_CODE:31904]]
Phone: [[PHONE_NUMBER:706-555-0191]]
Insurance member ID: [[ID_NUMBER:ZGP839201774]]
Blood type: O+
Emergency contact: [[PERSON:Tiana Washington]] (wife) [[PHONE_NUMBER:706-555-0138]]""",
    # 008 HTML
    """<table>
<tr><th>Name</th><th>Department</th><th>Ext.</th><th>Mobile</th><th>Email</th></tr>
<tr><td>[[PERSON:Yolanda Pieterse]]</td><td>Legal</td><td>2210</td><td>[[PHONE_NUMBER:084 317 2290]]</td><td>[[EMAIL_ADDRESS:y.pieterse@karooagri.co.za]]</td></tr>
<tr><td>[[PERSON:Bongani Zulu]]</td><td>Logistics</td><td>2234</td><td>[[PHONE_NUMBER:072 884 1063]]</td><td>[[EMAIL_ADDRESS:b.zulu@karooagri.co.za]]</td></tr>
<tr><td>[[PERSON:Annemarie Botha]]</td><td>Finance</td><td>2251</td><td>[[PHONE_NUMBER:061 490 3375]]</td><td>[[EMAIL_ADDRESS:a.botha@karooagri.co.za]]</td></tr>
</table>""",
    # 009 CSV (German, semicolons)
    """Kundennr;Name;Straße;PLZ;Ort;IBAN;Betrag
[[ID_NUMBER:100482]];[[PERSON:Friederike Hansen]];[[ADDRESS:Moorweg 12a]];[[ZIP_CODE:25813]];[[LOCATION:Husum]];[[IBAN_CODE:DE46 4306 0967 1150 2483 00]];49,90
[[ID_NUMBER:100517]];[[PERSON:Mehmet Aksoy]];[[ADDRESS:Sonnenallee 203]];[[ZIP_CODE:12059]];[[LOCATION:Berlin]];[[IBAN_CODE:DE52 7601 0085 0732 1966 40]];129,00
[[ID_NUMBER:100533]];[[PERSON:Jana Novotná]];[[ADDRESS:Bahnhofstraße 4]];[[ZIP_CODE:01067]];[[LOCATION:Dresden]];[[IBAN_CODE:DE43 7015 0000 0031 8455 62]];12,50""",
    # 010 Markdown (French)
    """| Nom | Prénom | Date de naissance | Ville | Téléphone | Statut |
|-----|--------|-------------------|-------|-----------|--------|
| [[PERSON:Lefebvre]] | [[PERSON:Maëlle]] | [[DATE_TIME:03/09/1998]] | [[LOCATION:Nantes]] | [[PHONE_NUMBER:06 72 18 40 95]] | inscrite |
| [[PERSON:N'Diaye]] | [[PERSON:Ousmane]] | [[DATE_TIME:22/01/1991]] | [[LOCATION:Rennes]] | [[PHONE_NUMBER:07 81 33 20 46]] | en attente |
| [[PERSON:Garnier]] | [[PERSON:Hugo]] | [[DATE_TIME:15/12/2000]] | [[LOCATION:Angers]] | [[PHONE_NUMBER:06 05 49 87 12]] | inscrit |""",
    # 011 TSV (Dutch)
    """naam\tbsn\tpostcode\twoonplaats\tgeboortedatum\tlidmaatschap
[[PERSON:Femke Jansen]]\t[[ID_NUMBER:248051374]]\t[[ZIP_CODE:3581 KP]]\t[[LOCATION:Utrecht]]\t[[DATE_TIME:11-04-1989]]\tsenior
[[PERSON:Thijs van Leeuwen]]\t[[ID_NUMBER:317294611]]\t[[ZIP_CODE:9712 GH]]\t[[LOCATION:Groningen]]\t[[DATE_TIME:30-08-2006]]\tjunior
[[PERSON:Yasmina El Idrissi]]\t[[ID_NUMBER:420183759]]\t[[ZIP_CODE:2515 BC]]\t[[LOCATION:Den Haag]]\t[[DATE_TIME:02-02-1995]]\tsenior""",
    # 012 JSON lines (Spanish)
    """{"nombre": "[[PERSON:Lucía Fernández Ortega]]", "dni": "[[ID_NUMBER:70215384H]]", "correo": "[[EMAIL_ADDRESS:lucia.fdez@gmail.com]]", "provincia": "[[LOCATION:Valencia]]", "cuota": 35}
{"nombre": "[[PERSON:Andrés Molina]]", "dni": "[[ID_NUMBER:21958407P]]", "correo": "[[EMAIL_ADDRESS:amolina.83@hotmail.es]]", "provincia": "[[LOCATION:Alicante]]", "cuota": 35}
{"nombre": "[[PERSON:Khadija Benali]]", "dni": "[[ID_NUMBER:X4829175A]]", "correo": "[[EMAIL_ADDRESS:khadija.benali@yahoo.es]]", "provincia": "[[LOCATION:Murcia]]", "cuota": 20}""",
    # 013 pipes
    """member_no | name              | national_id | phone        | county   | shares_ksh
[[ID_NUMBER:SAC-0913]]  | [[PERSON:Wanjiku Muthoni]]   | [[ID_NUMBER:31840297]]    | [[PHONE_NUMBER:0722 613 840]] | [[LOCATION:Kiambu]]   | 45,000
[[ID_NUMBER:SAC-0927]]  | [[PERSON:Otieno Ochieng]]    | [[ID_NUMBER:24917365]]    | [[PHONE_NUMBER:0733 209 517]] | [[LOCATION:Kisumu]]   | 12,500
[[ID_NUMBER:SAC-1002]]  | [[PERSON:Halima Abdi Noor]]  | [[ID_NUMBER:38102744]]    | [[PHONE_NUMBER:0798 441 026]] | [[LOCATION:Garissa]]  | 8,000""",
    # 014 CSV
    """staff_id,full_name,bvn,bank,acct_no,grade,net_pay_ngn
[[ID_NUMBER:FMH/2231]],[[PERSON:Chukwuemeka Obiora]],[[ID_NUMBER:22476019384]],Access,[[ID_NUMBER:0693817264]],GL-08,287400
[[ID_NUMBER:FMH/2267]],[[PERSON:Aisha Bello Usman]],[[ID_NUMBER:22501873640]],GTBank,[[ID_NUMBER:0124908371]],GL-10,391250
[[ID_NUMBER:FMH/2290]],[[PERSON:Babatunde Ayinde]],[[ID_NUMBER:22138406295]],First Bank,[[ID_NUMBER:3048172956]],GL-07,241800""",
]
TABLE += [
    # 015 fixed-width manifest
    """SEQ  PASSENGER                PASSPORT     NATIONALITY   DOB          SEAT
001  [[PERSON:OKAFOR/CHIAMAKA]]          [[ID_NUMBER:A10482937]]    [[NRP:Nigerian]]      [[DATE_TIME:14MAR1990]]    12A
002  [[PERSON:BHATTACHARYA/ARJUN]]       [[ID_NUMBER:V3918274]]     [[NRP:Indian]]        [[DATE_TIME:02NOV1985]]    12B
003  [[PERSON:MCALLISTER/FIONA]]         [[ID_NUMBER:562019384]]    [[NRP:British]]       [[DATE_TIME:27JUL1972]]    14C
004  [[PERSON:NJOROGE/DAVID]]            [[ID_NUMBER:AK2048113]]    [[NRP:Kenyan]]        [[DATE_TIME:09SEP1999]]    14D""",
    # 016 HTML
    """<table class="roster">
  <thead><tr><th>LRN</th><th>Learner</th><th>Grade</th><th>Guardian</th><th>Contact No.</th></tr></thead>
  <tbody>
    <tr><td>[[ID_NUMBER:136482190057]]</td><td>[[PERSON:Angelica Mae Villanueva]]</td><td>5</td><td>[[PERSON:Rosario Villanueva]]</td><td>[[PHONE_NUMBER:0927 318 4402]]</td></tr>
    <tr><td>[[ID_NUMBER:136482190112]]</td><td>[[PERSON:John Paulo Mendoza]]</td><td>5</td><td>[[PERSON:Editha Mendoza]]</td><td>[[PHONE_NUMBER:0918 774 2091]]</td></tr>
    <tr><td>[[ID_NUMBER:136482190148]]</td><td>[[PERSON:Princess Joy Garcia]]</td><td>5</td><td>[[PERSON:Rolando Garcia]]</td><td>[[PHONE_NUMBER:0905 612 8830]]</td></tr>
  </tbody>
</table>""",
    # 017 YAML
    """users:
  dkowalczyk:
    full_name: [[PERSON:Dominika Kowalczyk]]
    email: [[EMAIL_ADDRESS:dominika.kowalczyk@brightnest.io]]
    shell: /bin/bash
    allowed_from: [[IP_ADDRESS:82.132.219.14]]
    sudo: true
  amensah:
    full_name: [[PERSON:Abena Mensah]]
    email: [[EMAIL_ADDRESS:abena.mensah@brightnest.io]]
    shell: /bin/zsh
    allowed_from: [[IP_ADDRESS:31.94.27.160]]
    sudo: false""",
    # 018 key: value
    """Account Opening Form - Individual
Name: [[PERSON:Sana Tariq]]
Father/Husband Name: [[PERSON:Tariq Mehmood]]
CNIC: [[ID_NUMBER:61101-7392018-6]]
Date of Birth: [[DATE_TIME:19-02-1994]]
Mobile: [[PHONE_NUMBER:0333-5182704]]
Email: [[EMAIL_ADDRESS:sana.tariq94@gmail.com]]
Residential Address: [[ADDRESS:House 221, Street 36, G-10/1]], [[LOCATION:Islamabad]]
Account Type: Asaan Current
Initial Deposit: PKR 10,000""",
    # 019 CSV
    """tenant,address,suburb,state,postcode,rent_pw,lease_start,arrears
[[PERSON:Tegan O'Loughlin]],[[ADDRESS:4/17 Chapel Street]],[[LOCATION:St Kilda]],[[LOCATION:VIC]],[[ZIP_CODE:3182]],520,[[DATE_TIME:01/02/2024]],0
[[PERSON:Rajesh Pillai]],[[ADDRESS:88 Kent Road]],[[LOCATION:Mascot]],[[LOCATION:NSW]],[[ZIP_CODE:2020]],690,[[DATE_TIME:15/07/2023]],345
[[PERSON:Bridget Nakamura]],[[ADDRESS:2 Hakea Place]],[[LOCATION:Joondalup]],[[LOCATION:WA]],[[ZIP_CODE:6027]],480,[[DATE_TIME:20/11/2024]],0""",
    # 020 Markdown
    """| Name | ID number | Cell | Province | Gender | Role |
| --- | --- | --- | --- | --- | --- |
| [[PERSON:Palesa Mofokeng]] | [[ID_NUMBER:9503270314085]] | [[PHONE_NUMBER:073 418 2260]] | [[LOCATION:Free State]] | F | Coordinator |
| [[PERSON:Jacques du Plessis]] | [[ID_NUMBER:8704125294081]] | [[PHONE_NUMBER:082 661 0473]] | [[LOCATION:Western Cape]] | M | Volunteer |
| [[PERSON:Ayanda Mkhize]] | [[ID_NUMBER:0206125401086]] | [[PHONE_NUMBER:060 235 9184]] | [[LOCATION:KwaZulu-Natal]] | M | Volunteer |""",
    # 021 TSV
    """name\tnric\thp\tpostal_code\taddress\tvaccinated
[[PERSON:Goh Siew Hwa]]\t[[ID_NUMBER:S6813492G]]\t[[PHONE_NUMBER:9734 2108]]\t[[ZIP_CODE:520246]]\t[[ADDRESS:Blk 246 Tampines St 21, #05-312]]\tY
[[PERSON:Muthu Krishnan]]\t[[ID_NUMBER:S8529016I]]\t[[PHONE_NUMBER:8162 4490]]\t[[ZIP_CODE:730888]]\t[[ADDRESS:Blk 888 Woodlands Dr 50, #11-725]]\tY
[[PERSON:Nur Aisyah Binte Rahman]]\t[[ID_NUMBER:T0382914B]]\t[[PHONE_NUMBER:9021 5573]]\t[[ZIP_CODE:640512]]\t[[ADDRESS:Blk 512 Jurong West St 52, #03-98]]\tN""",
    # 022 JSON lines
    """{"txn": "T-88120", "card": "[[CREDIT_CARD:4916 2883 0057 1425]]", "holder": "[[PERSON:Callum Reid]]", "amount": 64.20, "currency": "GBP", "merchant_city": "Glasgow", "result": "approved"}
{"txn": "T-88121", "card": "[[CREDIT_CARD:5423 9901 7713 8567]]", "holder": "[[PERSON:Nadia Rahman]]", "amount": 9.99, "currency": "GBP", "merchant_city": "Online", "result": "declined"}
{"txn": "T-88122", "card": "[[CREDIT_CARD:3714 419002 88165]]", "holder": "[[PERSON:Edward Blakemore]]", "amount": 1240.00, "currency": "GBP", "merchant_city": "London", "result": "approved"}""",
    # 023 fixed-width
    """VOTER NAME              PARTY         PRECINCT  RESIDENCE ADDRESS          ZIP    BIRTH DATE
[[PERSON:HOLLOWAY, JUDITH A]]      [[NRP:Democrat]]      0412      [[ADDRESS:118 N MAPLE AVE]]            [[ZIP_CODE:53703]]  [[DATE_TIME:1958-03-22]]
[[PERSON:KOWALSKI, STEVEN P]]      [[NRP:Republican]]    0412      [[ADDRESS:2205 ATWOOD AVE APT 3]]      [[ZIP_CODE:53704]]  [[DATE_TIME:1979-11-08]]
[[PERSON:VUE, PAJ NIAM]]           [[NRP:Libertarian]]   0415      [[ADDRESS:47 SHERMAN TER]]             [[ZIP_CODE:53704]]  [[DATE_TIME:1996-06-30]]""",
    # 024 HTML
    """<h3>Guest list - Deluxe wing</h3>
<table border="1">
<tr><th>Room</th><th>Guest</th><th>Passport/IC</th><th>Check-in</th><th>Nights</th></tr>
<tr><td>1204</td><td>[[PERSON:Lim Chee Keong]]</td><td>[[ID_NUMBER:780925-07-5143]]</td><td>[[DATE_TIME:08 Aug 2025]]</td><td>3</td></tr>
<tr><td>1207</td><td>[[PERSON:Siobhan Rourke]]</td><td>[[ID_NUMBER:PB8391027]]</td><td>[[DATE_TIME:08 Aug 2025]]</td><td>5</td></tr>
<tr><td>1210</td><td>[[PERSON:Kavitha a/p Ramasamy]]</td><td>[[ID_NUMBER:910314-10-6228]]</td><td>[[DATE_TIME:09 Aug 2025]]</td><td>2</td></tr>
</table>""",
    # 025 CSV
    """sin,surname,given_names,province,postal_code,phone,tax_year,refund_cad
[[ID_NUMBER:134 829 571]],[[PERSON:MacNeil]],[[PERSON:Catriona Jean]],[[LOCATION:NS]],[[ZIP_CODE:B1P 6J3]],[[PHONE_NUMBER:902-555-0157]],2024,412.88
[[ID_NUMBER:276 049 186]],[[PERSON:Tremblay-Roy]],[[PERSON:Olivier]],[[LOCATION:QC]],[[ZIP_CODE:G1R 4P5]],[[PHONE_NUMBER:418-555-0129]],2024,1033.10
[[ID_NUMBER:482 193 067]],[[PERSON:Dhaliwal]],[[PERSON:Manpreet]],[[LOCATION:ON]],[[ZIP_CODE:L5B 3C2]],[[PHONE_NUMBER:905-555-0186]],2024,0.00""",
    # 026 key: value
    """Member: [[PERSON:Courtney L. Abernathy]]
Member ID: [[ID_NUMBER:W284190377]]
Group #: 88102-A
SSN: [[US_SSN:215 48 6630]]
Driver License: [[US_DRIVER_LICENSE:A31852947]] ([[LOCATION:AZ]])
Home: [[ADDRESS:9021 E Camelback Rd, Unit 14]], [[LOCATION:Scottsdale]], [[LOCATION:AZ]] [[ZIP_CODE:85251]]
Plan: PPO Silver
Copay: $30""",
    # 027 Markdown
    """| TRN | Account holder | Parish | Phone | Product | Opened |
|:----|:---------------|:-------|:------|:--------|:-------|
| [[ID_NUMBER:118-204-736]] | [[PERSON:Shaneika Thompson]] | [[LOCATION:St. Catherine]] | [[PHONE_NUMBER:876-384-2271]] | Savings | [[DATE_TIME:2024-03-11]] |
| [[ID_NUMBER:107-931-482]] | [[PERSON:Omari Bennett]] | [[LOCATION:Manchester]] | [[PHONE_NUMBER:876-961-0348]] | Chequing | [[DATE_TIME:2023-12-02]] |
| [[ID_NUMBER:125-660-913]] | [[PERSON:Claudette Reid-Powell]] | [[LOCATION:Portland]] | [[PHONE_NUMBER:876-715-4409]] | Savings | [[DATE_TIME:2025-01-20]] |""",
    # 028 YAML
    """- member: [[PERSON:Ngaire Tawhiri]]
  dob: [[DATE_TIME:1988-12-01]]
  phone: [[PHONE_NUMBER:021 0829 4415]]
  suburb: [[LOCATION:Petone]]
  grade: B
  paid: true
- member: [[PERSON:Callum Henderson]]
  dob: [[DATE_TIME:2009-05-17]]
  phone: [[PHONE_NUMBER:027 554 1893]]
  suburb: [[LOCATION:Karori]]
  grade: junior
  paid: false""",
]
TABLE += [
    # 029 TSV
    """ni_number\tname\tstart_date\tdept\tsalary_gbp\tline_manager
[[ID_NUMBER:PW 61 82 40 C]]\t[[PERSON:Bethany Cartwright]]\t[[DATE_TIME:06/01/2025]]\tMarketing\t34,500\t[[PERSON:Ian Greaves]]
[[ID_NUMBER:NH 27 93 15 A]]\t[[PERSON:Emmanuel Asante]]\t[[DATE_TIME:13/01/2025]]\tOperations\t41,000\t[[PERSON:Ian Greaves]]
[[ID_NUMBER:SK 04 71 88 D]]\t[[PERSON:Jaspreet Bains]]\t[[DATE_TIME:03/02/2025]]\tFinance\t47,250\t[[PERSON:Moira Lennox]]""",
    # 030 JSON lines
    """{"account": "[[ID_NUMBER:900218374]]", "holder": "[[PERSON:Cian Mac Giolla]]", "eircode": "[[ZIP_CODE:A92 X4F7]]", "mprn": "10012487365", "phone": "[[PHONE_NUMBER:+353 86 402 1189]]", "tariff": "night saver"}
{"account": "[[ID_NUMBER:900218391]]", "holder": "[[PERSON:Agnieszka Wróbel]]", "eircode": "[[ZIP_CODE:T12 P6R8]]", "mprn": "10012499021", "phone": "[[PHONE_NUMBER:+353 83 771 0342]]", "tariff": "standard"}
{"account": "[[ID_NUMBER:900218412]]", "holder": "[[PERSON:Declan Furlong]]", "eircode": "[[ZIP_CODE:Y35 R2W9]]", "mprn": "10012503377", "phone": "[[PHONE_NUMBER:+353 87 219 6604]]", "tariff": "standard"}""",
    # 031 CSV (Portuguese)
    """nome,nif,telemovel,codigo_postal,localidade,plano,mensalidade
[[PERSON:Inês Carvalho]],[[ID_NUMBER:257193804]],[[PHONE_NUMBER:936 204 118]],[[ZIP_CODE:4700-320]],[[LOCATION:Braga]],anual,29.90
[[PERSON:Tiago Fernandes]],[[ID_NUMBER:231498705]],[[PHONE_NUMBER:917 482 305]],[[ZIP_CODE:3000-214]],[[LOCATION:Coimbra]],mensal,34.90""",
    # 032 Markdown (Italian)
    """| Matricola | Studente | Codice fiscale | Email | Corso |
|-----------|----------|----------------|-------|-------|
| [[ID_NUMBER:0001048273]] | [[PERSON:Chiara Esposito]] | [[ID_NUMBER:SPSCHR02H45F839E]] | [[EMAIL_ADDRESS:chiara.esposito@studenti.unina.it]] | Ingegneria civile |
| [[ID_NUMBER:0001049918]] | [[PERSON:Davide Russo]] | [[ID_NUMBER:RSSDVD01C12F839L]] | [[EMAIL_ADDRESS:davide.russo7@studenti.unina.it]] | Architettura |""",
    # 033 fixed-width
    """HOST            OWNER                 IPV4             MAC                 VLAN
ws-fin-014      [[PERSON:Priscilla Adjei]]       [[IP_ADDRESS:10.40.8.114]]      00:1A:2B:3C:4D:5E   40
ws-fin-015      [[PERSON:Gordon McKinnon]]       [[IP_ADDRESS:10.40.8.115]]      00:1A:2B:3C:4D:61   40
ws-hr-003       [[PERSON:Ruth Abernethy]]        [[IP_ADDRESS:10.40.12.3]]       00:1A:2B:3C:52:07   41""",
    # 034 HTML
    """<table>
<caption>Spring appeal - donors over $500</caption>
<tr><th>Donor</th><th>City</th><th>Gift</th><th>Receipt sent to</th></tr>
<tr><td>[[PERSON:Dr. Helena Sokolova]]</td><td>[[LOCATION:Winnipeg]]</td><td>$1,000</td><td>[[EMAIL_ADDRESS:hsokolova@mymts.net]]</td></tr>
<tr><td>[[PERSON:Terrence]] and [[PERSON:Marlene Boyd]]</td><td>[[LOCATION:Brandon]]</td><td>$750</td><td>[[EMAIL_ADDRESS:tboyd1960@gmail.com]]</td></tr>
<tr><td>Anonymous</td><td>[[LOCATION:Steinbach]]</td><td>$500</td><td>-</td></tr>
</table>""",
    # 035 key: value
    """Applicant Name      : [[PERSON:Harshvardhan Singh Rathore]]
Father's Name       : [[PERSON:Mahendra Singh Rathore]]
Date of Birth       : [[DATE_TIME:23/06/1993]]
Place of Birth      : [[LOCATION:Jodhpur]], [[LOCATION:Rajasthan]]
Old Passport No.    : [[ID_NUMBER:L4193827]]
Present Address     : [[ADDRESS:Plot 44, Shastri Nagar]], [[LOCATION:Jodhpur]]
PIN                 : [[ZIP_CODE:342003]]
Mobile              : [[PHONE_NUMBER:+91 94141 20387]]
Appointment         : [[DATE_TIME:14 July 2025, 10:15]]""",
    # 036 CSV
    """date,member_no,member,branch,visit_minutes,locker
[[DATE_TIME:2025-03-02]],[[ID_NUMBER:GF-44102]],[[PERSON:Kelechi Nwachukwu]],Lekki,75,112
[[DATE_TIME:2025-03-02]],[[ID_NUMBER:GF-44388]],[[PERSON:Zainab Lawal]],Lekki,40,-
[[DATE_TIME:2025-03-03]],[[ID_NUMBER:GF-45017]],[[PERSON:Tobi Adeleke]],Ikeja GRA,90,87
[[DATE_TIME:2025-03-03]],[[ID_NUMBER:GF-44102]],[[PERSON:Kelechi Nwachukwu]],Ikeja GRA,60,31""",
    # 037 pipes
    """Child | Age | Vaccine | Dose | Date given | Nurse
[[PERSON:Mia Harawira]] | [[AGE:4]] | MMR | 2 | [[DATE_TIME:11 Mar 2025]] | [[PERSON:J. Tuilagi]]
[[PERSON:Oscar Lindgren]] | [[AGE:1]] | PCV | 3 | [[DATE_TIME:11 Mar 2025]] | [[PERSON:J. Tuilagi]]
[[PERSON:Aaliyah Singh]] | [[AGE:4]] | DTaP-IPV | 4 | [[DATE_TIME:12 Mar 2025]] | [[PERSON:R. Moana]]""",
    # 038 YAML
    """employee: [[PERSON:Kofi Ansah-Boateng]]
employee_id: [[ID_NUMBER:UK-30918]]
emergency_contacts:
  - name: [[PERSON:Efua Ansah-Boateng]]
    relation: spouse
    phone: [[PHONE_NUMBER:07983 114 205]]
  - name: [[PERSON:Yaw Boateng]]
    relation: brother
    phone: [[PHONE_NUMBER:+233 24 418 3307]]
    city: [[LOCATION:Kumasi]]""",
    # 039 JSON lines
    """{"ticket": 50112, "user": "[[USERNAME:marisol.ventura]]", "email": "[[EMAIL_ADDRESS:marisol.ventura@gmail.com]]", "ip": "[[IP_ADDRESS:187.190.44.12]]", "subject": "cannot reset 2FA", "priority": "P2"}
{"ticket": 50113, "user": "[[USERNAME:oldmanriver_53]]", "email": "[[EMAIL_ADDRESS:clarence.hobbs@att.net]]", "ip": "[[IP_ADDRESS:108.221.9.75]]", "subject": "billing twice", "priority": "P3"}
{"ticket": 50114, "user": "[[USERNAME:sakura_draws]]", "email": "[[EMAIL_ADDRESS:yui.tanaka.art@icloud.com]]", "ip": "[[IP_ADDRESS:2404:7a80:3c1:9d00:814f:22ad:6b0e:19c3]]", "subject": "export fails", "priority": "P2"}""",
    # 040 TSV
    """renter\tlicence\tlicence_state\tplate\tpickup\treturn\tdaily_rate
[[PERSON:Brodie Kennedy]]\t[[ID_NUMBER:048291736]]\t[[LOCATION:QLD]]\t[[ID_NUMBER:842 KTR]]\t[[DATE_TIME:03/04/2025]]\t[[DATE_TIME:07/04/2025]]\t89.00
[[PERSON:Samantha Ortiz]]\t[[US_DRIVER_LICENSE:O361-548-29-117-0]]\t[[LOCATION:FL]]\t[[ID_NUMBER:1XG 7MW]]\t[[DATE_TIME:04/04/2025]]\t[[DATE_TIME:11/04/2025]]\t74.00
[[PERSON:Anh Nguyen]]\t[[ID_NUMBER:13849207]]\t[[LOCATION:NSW]]\t[[ID_NUMBER:DQ 81 HX]]\t[[DATE_TIME:05/04/2025]]\t[[DATE_TIME:06/04/2025]]\t95.00""",
]

CHAT = [
    # 001 family group chat
    """19:02 Auntie [[PERSON:Grace]]: has anyone got [[PERSON:Kwesi]]'s new number?
19:04 [[PERSON:Ama]]: yes [[PHONE_NUMBER:07412 889302]]
19:05 Auntie [[PERSON:Grace]]: thanks love. and his address for the card?
19:07 [[PERSON:Ama]]: [[ADDRESS:Flat 6, 40 Mansfield Road]], [[LOCATION:Nottingham]] [[ZIP_CODE:NG5 2BB]]
19:07 [[PERSON:Ama]]: his birthday is [[DATE_TIME:21 March]] btw, he'll be [[AGE:30]] 🎉
19:09 Uncle [[PERSON:Kojo]]: [[AGE:30]] already?? I remember carrying him at his christening""",
    # 002 bank support transcript
    """Agent ([[PERSON:Rohan]]): Thank you for calling. May I have your full name and registered mobile number?
Customer: It's [[PERSON:Meera Venkatesh]], mobile [[PHONE_NUMBER:98860 41275]].
Agent ([[PERSON:Rohan]]): Thank you, ma'am. For verification, your date of birth?
Customer: [[DATE_TIME:9th November 1984]].
Agent ([[PERSON:Rohan]]): Verified. I can see the debit card ending 3390 was blocked after three wrong PIN attempts.
Customer: Yes. Can you send the new card to [[ADDRESS:No. 41, 3rd Cross, HAL 2nd Stage]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560008]]?
Agent ([[PERSON:Rohan]]): Done. You'll get an SMS with the courier tracking number within 48 hours.""",
    # 003 landlord SMS
    """[[PERSON:Craig]]: Hi [[PERSON:Mel]], plumber's booked for [[DATE_TIME:Thurs 6 Feb, 8-10am]]. His name is [[PERSON:Dimitri]], mob [[PHONE_NUMBER:0433 918 207]].
[[PERSON:Mel]]: Thanks [[PERSON:Craig]]! I'll be at work, can he grab the spare key from my neighbour next door?
[[PERSON:Craig]]: Should be fine. Also rent goes up to $560 from [[DATE_TIME:1 March]] as per the notice.
[[PERSON:Mel]]: Yep got the letter. New BSB/acc same as before?
[[PERSON:Craig]]: Same. BSB 062-914, acc [[ID_NUMBER:1038 4472]]""",
    # 004 forum post
    """Posted by u/[[USERNAME:throwaway_landlord_woes]] in r/LegalAdviceUK

Title: Letting agent gave my details to a debt collector??

So I moved out of [[ADDRESS:14 Kestrel Way]], [[LOCATION:Bracknell]] [[ZIP_CODE:RG12 8TP]] on [[DATE_TIME:30 November]] and handed everything back. Today I get a letter addressed to "[[PERSON:Mr D. Okwuosa]]" at my NEW address claiming I owe £420 for cleaning. The only people who had my new address were the agents. They even had my mobile ([[PHONE_NUMBER:07391 224 518]]). Is this allowed under GDPR?

Edit: I'm in [[LOCATION:England]], the agency is Homeward Lettings.""",
    # 005 e-commerce live chat
    """[[DATE_TIME:Mar 18, 2025 at 4:12 PM]] - Chat started
Bot: Hi! I'm Sparky, your virtual assistant. What's your order number?
Visitor: 112-8843021
Bot: Thanks. I'll connect you with an agent.
[[PERSON:Jenna]] (Agent): Hi there, I see order 112-8843021 going to [[ADDRESS:5520 Lakeview Dr]], [[LOCATION:Madison]], [[LOCATION:WI]]. How can I help?
Visitor: I need it sent to my work instead: [[ADDRESS:1 E Main St, Suite 700]], [[LOCATION:Madison]], [[LOCATION:WI]] [[ZIP_CODE:53703]]. Name on it should be [[PERSON:Tobias Lindahl]].
[[PERSON:Jenna]] (Agent): Updated! Confirmation will go to [[EMAIL_ADDRESS:tobias.lindahl@gmail.com]].
Visitor: perfect thank you""",
    # 006 workplace Slack thread
    """#travel-desk
[[USERNAME:priya.n]]: booking the [[LOCATION:Jakarta]] trip for [[PERSON:Wei Jie]] and [[PERSON:Farah]] - need passport nos pls
[[USERNAME:weijie.ong]]: mine is [[ID_NUMBER:K1293847B]], expires 2031
[[USERNAME:farah.aziz]]: [[ID_NUMBER:A51839274]] (Malaysian passport) 🙏
[[USERNAME:priya.n]]: thanks! also [[PERSON:Farah]] your DOB? the form insists
[[USERNAME:farah.aziz]]: [[DATE_TIME:17/08/1993]]
[[USERNAME:priya.n]]: done, tix sent to your work emails""",
    # 007 gaming Discord
    """[[USERNAME:xX_Bayani_Xx]]: lag is insane rn, who's hosting?
[[USERNAME:mochi.mayhem]]: me. if u wanna direct connect my ip is [[IP_ADDRESS:112.198.74.31]]
[[USERNAME:Kuya_Renz]]: bro don't post ur ip in public lol
[[USERNAME:mochi.mayhem]]: it's fine it's dynamic
[[USERNAME:xX_Bayani_Xx]]: also [[PERSON:Renz]] ur gcash for the tourney fee? [[PHONE_NUMBER:0917 204 8836]] right?
[[USERNAME:Kuya_Renz]]: yep under [[PERSON:Lorenzo Aquino]]""",
    # 008 telecom support
    """Agent: Welcome to customer care, my name is [[PERSON:Blessing]]. How may I help you?
Customer: Good afternoon. My line [[PHONE_NUMBER:0806 372 1194]] stopped working since yesterday and I need a SIM replacement.
Agent: Sorry about that. Please provide the NIN linked to the line and your full name.
Customer: NIN is [[ID_NUMBER:58201937462]], name [[PERSON:Abdulrahman Sani Yusuf]].
Agent: Thank you [[TITLE:Mr]] [[PERSON:Yusuf]]. Your date of birth as registered?
Customer: [[DATE_TIME:03/07/1979]].
Agent: Verified. Please visit any of our shops in [[LOCATION:Kano]] with a valid ID to collect the new SIM.""",
    # 009 airline chat
    """Customer: Hi, I booked YQ7KZM for [[DATE_TIME:May 4]] YVR-YYZ but my passport number was entered wrong.
Agent [[PERSON:Marc]]: I can help with that. What name is on the booking?
Customer: [[PERSON:Anjali Deshpande]]. The right passport number is [[ID_NUMBER:HR482917]], Canadian, expiry 2030.
Agent [[PERSON:Marc]]: Thanks [[PERSON:Anjali]], updated. Date of birth on file is [[DATE_TIME:1991-02-28]], is that correct?
Customer: Yes. Can you also send the receipt to [[EMAIL_ADDRESS:anjali.deshpande@shaw.ca]]?
Agent [[PERSON:Marc]]: Done.""",
    # 010 marketplace messages
    """[[PERSON:Brian Kiprop]]: Hi, is the fridge still available?
[[PERSON:Mercy Atieno]]: Yes still there. 18k final.
[[PERSON:Brian Kiprop]]: Ok I'll take it. Where can I pick?
[[PERSON:Mercy Atieno]]: [[ADDRESS:House 12, Block C, Othaya Road]], [[LOCATION:Kileleshwa]], [[LOCATION:Nairobi]]. Send M-Pesa to [[PHONE_NUMBER:0729 508 113]] then come after 5pm
[[PERSON:Brian Kiprop]]: Sawa, I'll come with a pickup tomorrow""",
    # 011 clinic SMS
    """CLINIC: Hi [[PERSON:Roisin]], this is a reminder of your appointment with [[PERSON:Dr. Kelleher]] on [[DATE_TIME:Wed 12 March at 11:20]]. Reply YES to confirm.
[[PERSON:Roisin]]: yes but can my husband [[PERSON:Fergal]] come in my place to pick up the results? his mobile is [[PHONE_NUMBER:085 772 0419]]
CLINIC: Results can only be given to the patient, sorry. Please bring photo ID and your GMS card no. ([[ID_NUMBER:2837491T]]).
[[PERSON:Roisin]]: ok thanks, see you wed""",
    # 012 tech forum
    """Re: SMTP auth keeps failing on cPanel

Hey all, posting logs in case anyone sees what I'm missing (mailbox is mine, changed the password already):

[[DATE_TIME:2025-02-03 21:44:09]] SMTP connection from [[IP_ADDRESS:175.143.22.90]] rejected: authenticator failed for [[EMAIL_ADDRESS:hafiz@kedaihafiz.my]]
[[DATE_TIME:2025-02-03 21:44:31]] SMTP connection from [[IP_ADDRESS:175.143.22.90]] rejected: authenticator failed for [[EMAIL_ADDRESS:hafiz@kedaihafiz.my]]

Server is shared hosting, PHP 8.2, Exim 4.97.1. Thanks in advance!
-- [[PERSON:Hafiz]] ([[USERNAME:hafiz_kl]])""",
]

LOOKALIKE = [
    # 001 release notes, no PII
    """Release notes - FieldSync 10.4.2.1 (build 20250311.7, commit a41f09c2e7)

- Fixed a crash when the sync target was 10.4.2.0 or older.
- Default retry window raised from 2.5.1.8 to 3.0.0.0 in the legacy scheduler profile.
- SKU FS-ENT-2025-0448 now includes the offline module; SKU FS-STD-2025-0112 unchanged.
- Known issue KB-448-201-7732: exports over 65,535 rows are truncated.
Released 11 March 2025. Support hotline 1-800-555-0100 (Mon-Fri, 8:00-18:00 ET), support@fieldsync.example.""",
    # 002 invoice, one customer name
    """INVOICE INV-2025-004417
Date of issue: 02/04/2025   Due: 02/05/2025
Bill to: [[PERSON:Okonkwo Adichie-Bassey]]
PO number: 4500-2281-09
Line 1  SKU 7731-004-XL   Hi-vis vest x 20     £84.00
Line 2  SKU 7731-118-M   Safety boots x 4     £196.00
VAT reg. GB 298 4471 22   Company no. 08813427
Sort code for payment: 40-11-62 (account details on remittance slip)
Queries: accounts@northgate-ppe.example or 0345 600 2210""",
    # 003 library list, ISBNs
    """Reading list - Module HIS204 (Spring term)
1. The Silk Roads - ISBN 978-1-84627-301-8 - shelfmark 909.0951 FRA
2. Guns, Germs and Steel - ISBN 978-0-306-41928-7 - shelfmark 303.4 DIA
3. Les Routes du thé - ISBN 979-10-84217-53-8 - shelfmark 382.41 ROU
Short-loan copies at the Wilberforce Library; scans on the VLE under ref. HIS204-2025-S.
Compiled by [[PERSON:Dr. Miriam Oduya]] ([[EMAIL_ADDRESS:m.oduya@history-dept.example.ac.uk]]).""",
    # 004 tracking page
    """Tracking 1Z 84X 729 03 4418 2276
Mar 04  06:12  Departed facility - Heathrow Gateway
Mar 04  11:48  Arrived at depot - Victoria Street, Belfast
Mar 05  07:30  Out for delivery - route 17
Mar 05  13:02  Delivered - left with neighbour
Name on label: [[PERSON:K. McCready]]
Reference: CUST-REF 55019-B   Weight: 2.4 kg   Service: Express Saver""",
    # 005 pharmacy stock sheet
    """Stock count 14/03 - Aisle 3 (neuro)
Item                         Batch        Exp      NDC            Qty
Levodopa/carbidopa 100/25    LC2291-07    08/2026  0378-0087-01   44
Donepezil 10 mg              DZ4418-12    11/2025  0093-7321-56   12
Riluzole 50 mg               RZ0093-02    03/2027  0054-0272-25    6
Notes: Parkinson's and Alzheimer's leaflets restocked; Tourette's support flyers out of stock.
Checked by: [[PERSON:Farida Osei]] (pharmacist reg. [[ID_NUMBER:2083917]])""",
    # 006 network doc
    """Network design note v3.2.1.4
OID for the custom MIB is 1.3.6.1.4.1.55021.2.7; section 4.2.1.7 covers trap handling.
Firmware 15.2.4.8 is required on the edge routers; 15.2.3.9 has a known memory leak.
Serial numbers FOC2231X0AB and FOC2231X0AC are the spare units in cage 12.
VLAN 4094, MTU 9216, ASN 64512. Ticket CHG0041188 approved on change board.
Author: [[PERSON:Ravindra Pillay]], network team ([[EMAIL_ADDRESS:ravindra.pillay@telcoza.example]])""",
    # 007 menu and events poster, no PII
    """THE MARTIN LUTHER KING JR. COMMUNITY HALL - SPRING MENU
Mrs. Beeton's steamed pudding ............ £6.50
Dr Pepper float .......................... £3.20
Earl Grey & lavender shortbread .......... £2.80
Eggs Benedict ............................ £8.90
Live music Fridays from 20:00; quiz night 14/03 and 28/03.
Bookings 020 7946 0312 | hello@mlkhall.example | Table 12 reserved for the Peel Street bowls club""",
    # 008 German order confirmation
    """Bestellbestätigung Nr. 302-4471182-5590
Vielen Dank für Ihre Bestellung, [[PERSON:Henrike Albers]]!
Artikel: Wasserkocher WK-2200 (Art.-Nr. 48819-22), Menge 1, 39,99 €
Sendungsnummer: 00340434161094042557
Voraussichtliche Zustellung: 3-5 Werktage
Rechnungsnummer: RE-2025-118204
Kundenservice: 0800 330 1000 (kostenlos) oder service@haushaltshop.example""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind30", STYLES, OUT)


if __name__ == "__main__":
    main()

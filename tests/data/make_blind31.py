"""Build tests/data/blind31.jsonl: a thirty-first *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind31.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of any other gold set. The only
files of the repository that were read are: lines 1-121 of
make_blind22.py (its module docstring with the labeling conventions and
the style descriptions, and its import lines) and its closing scaffolding
from `STYLES = {` to the end of the file (the STYLES dict and main(), copied
here); gold_sets.py (the checks and `write_set`); and lines 1-64 of
make_handwritten.py (its conventions docstring, MARK, TITLE_IN_NAME and
`parse()`). The record lists of make_blind22.py, every other make_*.py
(make_blind24.py ... make_blind32.py included), every *.jsonl file, the
bench scripts and git history were not looked at, and nothing under /tmp
was read. The detector and the bench were never run, on this file or any
other. Do not tune the detector against this set: once it has been used to
tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand, one by one, in the voice of an
outside evaluator: no Faker, no word lists, no templates filled by code, no
loops. Only the offsets are computed, by `parse()` from make_handwritten.py,
which strips the inline `[[TYPE:value]]` marks (the summary printed at the
end only counts them). Card numbers pass Luhn and IBANs pass mod-97 with
the right length for their country; the national check digits inside the
French, Spanish, Italian, Belgian and Portuguese IBANs are right too. They
were worked out with throwaway code run by hand while writing (kept outside
the repository) and pasted in as literal strings; `gold_sets.check`
re-checks cards and IBANs and refuses a bad one. National ids with a public
check digit were given a valid one the same way: NHS numbers, Canadian
SINs, Aadhaar (Verhoeff), Dutch BSN (11-test), Brazilian CPF, Spanish DNI
and NIE, South African ids (agreeing with the sex and birth date shown),
Australian TFN and Medicare numbers, Irish PPSN, Singapore NRIC, Emirates
ids, Swiss AVS numbers, French NIR, Belgian national numbers, Italian
codici fiscali, Portuguese NIF, and the ISBN-13 of the look-alikes. UK NI
numbers, US SSNs, PAN, Nigerian NIN and BVN, Kenyan ids and KRA PINs,
Ghana Card, Philippine SSS / PhilHealth / TIN / Pag-IBIG numbers, MyKad,
Zimbabwean ids, passports, licences, plates, bank accounts and staff,
student, member, patient and loyalty numbers were not checked.

Styles (ids `blind31-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Canada, Australia, Ireland, New Zealand, India,
South Africa, Nigeria, Kenya, Ghana, Zimbabwe, the Philippines, Singapore,
Malaysia and UAE contexts, with names from the many cultures living there);
the rest are in French, German, Spanish, Portuguese, Italian and Dutch.
- `gen` (100): one to four sentences as a third-party LLM asked for
  "realistic text with personal data" would write them, in many everyday
  and professional settings (banking, pharmacy, schools, HR and payroll,
  vets, law, social media, insurance, telecoms, hotels, support desks,
  clinics, delivery, government services, lettings, gaming, obituaries,
  weddings, the military, churches, courts, co-ops, dating profiles);
  people named at the start, middle and end, possessive, lowercase, with
  nicknames, relatives, honorifics and ranks; ages said several ways;
  dates in many shapes; addresses of each of the countries above.
- `bench` (90): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (dense synthetic sentences and form-like snippets), gretel-
  pii-masking-en-v1 (document-type records: forms, statements, notes) and
  Nemotron-PII (domain records with many typed fields), each with many
  entity kinds: national ids of many countries, accounts, plates,
  usernames, IPv4 / IPv6, cards, IBANs, passwords, user agents.
- `table` (30): labeled tables rendered as text (CSV, pipes / Markdown,
  TSV, fixed-width, JSON lines, YAML, key: value blocks, SQL inserts), with
  non-PII columns beside the PII ones and a header that stays unlabeled.
- `doc` (12): longer documents (600-1500 characters): letters, emails,
  minutes, reports, transcripts and forms.
- `lookalike` (8): text full of things shaped like PII that are not
  (order, ticket, invoice and tracking references, SKUs, ISBNs, versions
  shaped like IPs, hashes, company phone lines and mailboxes, eponyms,
  streets named after people without a number, amounts, clock times), with
  the few real PII values labeled; two of them have no PII at all.

Labeling conventions: the ones stated in the docstrings of make_blind22.py
and make_handwritten.py, in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name (Mr, Mrs, Ms, Dr, Prof., Sir, Lady, Rev., Sgt.,
  Capt., Alhaji, Chief, Mdm, Mme, M., Herr, Frau, heer, Sr., Dra.,
  prof.ssa, Professor), labeled apart from the name; job titles are not
  TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / block / building name), PO
  boxes, house and plot numbers; neighbourhoods, cities, counties, states
  and provinces (also abbreviated) and countries are LOCATION; postcodes of
  every shape are ZIP_CODE.
- DATE_TIME: a person's dates with a day or a month, in any shape; a
  weekday or a clock time said with the date is inside the span; not bare
  years, weekdays or times alone, durations, expiry dates of cards and
  documents.
- AGE: the number only. USERNAME: the handle without "@". URL: personal
  pages and profiles only. NRP: a person's nationality, ethnicity, religion
  or political group.
- ID_NUMBER: national, tax and social-security ids, other countries'
  passports and licences, plates, patient, member, student, staff,
  customer and loyalty numbers, bank account numbers; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: order / ticket / invoice / claim / policy / booking / PNR /
  tracking references, SKUs, amounts, passwords, genders, job titles,
  employers and other company names, user agents, MAC addresses, sort
  codes, BIC / SWIFT, IFSC and routing numbers, CVVs and expiries, PINs,
  partial numbers ("ending 4471"), company phone numbers and role
  mailboxes, pets, eponyms and brands named after people, header rows.
- Calls made while writing this set: in a table a "sex", "role", "dept",
  "plan" or "status" column stays unlabeled, an "age" column is AGE, a
  "city" / "country" / "state" column is LOCATION and a "nationality" or
  "religion" column is NRP; a building number in its own field is ADDRESS
  like the street field beside it; a "last login" timestamp of a person is
  DATE_TIME; the issuing country of a passport written beside it is
  LOCATION.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind31.jsonl")

# --- gen: LLM-style sentences and short paragraphs ---------------------------------
GEN = [
    # 001 banking, US
    "Hi, this is [[PERSON:Marisol Castañeda]] calling about the checking account ending in 4471 — I moved to "
    "[[ADDRESS:2318 Alder Creek Drive]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83706]] on "
    "[[DATE_TIME:June 3rd]], so please update my mailing address and send the replacement debit card there.",
    # 002 pharmacy, UK
    "Prescription ready for collection: [[PERSON:Mr Oluwaseun Adebayo-Clarke]], DOB [[DATE_TIME:14/02/1979]], "
    "NHS number [[ID_NUMBER:546 896 0419]]. Please bring photo ID; the pharmacist, [[PERSON:Priya]], will go "
    "over the new dosage with him.",
    # 003 school absence, Canada
    "Our daughter [[PERSON:Zara]] (grade 4, student no. [[ID_NUMBER:300418762]]) will be absent from "
    "[[DATE_TIME:Monday, November 18]] to [[DATE_TIME:November 22]] while we visit her grandparents in "
    "[[LOCATION:Winnipeg]]. Thank you, [[PERSON:Harpreet]] and [[PERSON:Gurdeep Sandhu]]",
    # 004 gym signup, Australia, lowercase
    "new member signup: [[PERSON:liam o'connell]], [[AGE:27]], mobile [[PHONE_NUMBER:0412 738 905]], lives at "
    "[[ADDRESS:4/19 Bondi Road]], [[LOCATION:Bondi]] [[LOCATION:NSW]] [[ZIP_CODE:2026]]. joining fee paid with "
    "card [[CREDIT_CARD:4908 7209 1123 9026]], first PT session booked with coach [[PERSON:Shaz]].",
    # 005 HR relocation, India
    "Please process the relocation allowance for [[PERSON:Anirudh Venkataraman]] (employee ID "
    "[[ID_NUMBER:INF-204817]]), who joins the [[LOCATION:Hyderabad]] office on [[DATE_TIME:1 August 2024]]. His "
    "PAN is [[ID_NUMBER:AJKPV4821L]] and his salary account is [[ID_NUMBER:50100384729163]] with HDFC Bank, IFSC "
    "HDFC0001234.",
    # 006 vet, New Zealand
    "Bella the beagle was seen on [[DATE_TIME:12 March]] for her annual vaccinations. Owner: [[PERSON:Tama Ngata]], "
    "[[ADDRESS:27 Kowhai Street]], [[LOCATION:Hamilton]] [[ZIP_CODE:3204]], ph [[PHONE_NUMBER:021 448 3170]].",
    # 007 legal, US
    "The deposition of [[PERSON:Dr. Raymond Feliciano]] has been moved to [[DATE_TIME:Thursday, April 10, 2025 at "
    "9:30 a.m.]] at our [[LOCATION:Newark]] office; opposing counsel, [[PERSON:Ms. Adaeze Nwosu]], confirmed by "
    "email ([[EMAIL_ADDRESS:anwosu@nwosulegal.com]]).",
    # 008 social media, Ghana
    "Just noticed that [[PERSON:Kwame]]'s cousin [[PERSON:Efua Asantewaa Boateng]] started following me — her "
    "handle is @[[USERNAME:efua.boat]], she says she's [[AGE:19]] and studying nursing in [[LOCATION:Kumasi]].",
    # 009 motor insurance, South Africa
    "Claimant [[PERSON:Thandiwe Mokoena]], ID number [[ID_NUMBER:9309254759083]], reports that her Polo "
    "([[ID_NUMBER:CA 482-917]]) was struck while parked outside [[ADDRESS:18 Long Street]], "
    "[[LOCATION:Cape Town]] on the evening of [[DATE_TIME:2 October]]. Best number to reach her: "
    "[[PHONE_NUMBER:+27 82 554 1938]].",
    # 010 telecoms, Philippines
    "Good day! Your postpaid line [[PHONE_NUMBER:0917 582 4406]] registered to [[PERSON:Ma. Cristina Dela Cruz]] "
    "will be upgraded to the new plan on [[DATE_TIME:05/20/2025]]. SSS no. on file: [[ID_NUMBER:34-8217465-9]]. "
    "Salamat po!",
    # 011 lettings, France
    "Bonjour, je suis [[PERSON:Clémence Vautrin]], locataire au [[ADDRESS:14 rue des Tanneurs]], "
    "[[ZIP_CODE:67000]] [[LOCATION:Strasbourg]]. Mon bail commence le [[DATE_TIME:1er septembre 2024]] ; vous "
    "pouvez me joindre au [[PHONE_NUMBER:06 48 21 93 57]] ou à [[EMAIL_ADDRESS:clemence.vautrin@laposte.net]].",
    # 012 delivery, Nigeria
    "Rider note: package for [[TITLE:Alhaji]] [[PERSON:Musa Danjuma]], [[ADDRESS:Plot 14, 2nd Avenue]], [[LOCATION:Gwarimpa]], "
    "[[LOCATION:Abuja]]. Call [[PHONE_NUMBER:0803 417 2295]] on arrival; if he is not around, his son "
    "[[PERSON:Abdullahi]] can sign for it.",
    # 013 hotel, UAE
    "Guest [[PERSON:Fatima Al Mansoori]] checked in on [[DATE_TIME:7 January 2025]], room 1412, Emirates ID "
    "[[ID_NUMBER:784-1986-4533314-1]], mobile [[PHONE_NUMBER:+971 50 318 2746]]. She asked for a late "
    "check-out and a cot for her toddler.",
    # 014 IT support, US
    "Ticket #88214: user [[PERSON:Brandon Whitfield]] ([[EMAIL_ADDRESS:bwhitfield@carrowayfoods.com]]) can't "
    "connect to the VPN from home; his router shows the WAN address [[IP_ADDRESS:73.162.48.201]]. He's free "
    "after 3 pm Eastern.",
    # 015 maternity, Kenya
    "[[PERSON:Wanjiru Kamau]], [[AGE:34]], was admitted to the maternity ward at Kenyatta National Hospital on "
    "[[DATE_TIME:14 August 2024]]. Her national ID is [[ID_NUMBER:28471936]] and her husband, "
    "[[PERSON:Otieno]], can be reached on [[PHONE_NUMBER:0722 418 093]].",
    # 016 HR, Germany
    "Sehr geehrte [[TITLE:Frau]] [[PERSON:Dr. Albers]], wir bestätigen Ihren Arbeitsbeginn am "
    "[[DATE_TIME:2. Januar 2025]]. Bitte senden Sie uns noch Ihre Steuer-ID ([[ID_NUMBER:48 217 395 604]]) und "
    "Ihre Bankverbindung ([[IBAN_CODE:DE10 5327 5304 1353 5624 30]]).",
    # 017 retail return, UK
    "Return authorised for [[PERSON:Siobhan Gallagher-Reid]]; the refund of £84.99 will go back to the "
    "Mastercard ending 3302. Our courier will collect the parcel from [[ADDRESS:Flat 2, 57 Dalkeith Road]], "
    "[[LOCATION:Edinburgh]] [[ZIP_CODE:EH16 5AD]] on [[DATE_TIME:Wed 9 July]].",
    # 018 university, Singapore
    "[[PERSON:Tan Wei Ling]] (matric no. [[ID_NUMBER:A0248173X]]) has asked to move her thesis defence to "
    "[[DATE_TIME:3 March 2025]]. NRIC [[ID_NUMBER:S8534228B]]; mobile [[PHONE_NUMBER:9183 4720]].",
    # 019 gaming
    "GG to everyone in last night's raid — shout-out to [[USERNAME:xXNightOwlXx]] and [[USERNAME:brrrrianna]] "
    "for carrying. If anyone wants to duo, add me: [[USERNAME:tomasz_gg]] on Discord (it's [[PERSON:Tomasz]], "
    "from [[LOCATION:Leeds]]).",
    # 020 viewing, Ireland
    "Viewing confirmed: [[ADDRESS:Apartment 6, The Maltings, 12 Bridge Street]], [[LOCATION:Kilkenny]], "
    "[[ZIP_CODE:R95 X2K7]], on [[DATE_TIME:Saturday 15 February at 11:00]]. Prospective tenants "
    "[[PERSON:Aoife Ní Bhriain]] and [[PERSON:Darragh Kinsella]]; PPSN for the RTB form: [[ID_NUMBER:2036103NA]].",
    # 021 fraud alert, Canada
    "Hi [[PERSON:Jean-Philippe]], we noticed a purchase of $1,249.00 on your Visa "
    "[[CREDIT_CARD:4693 5843 1810 1257]] from IP [[IP_ADDRESS:2607:fea8:1c40:7d2::3a]] at 02:14. If this "
    "wasn't you, please call the number on the back of your card.",
    # 022 car insurance, Malaysia
    "Policyholder [[PERSON:Nurul Aisyah binti Rahman]], MyKad [[ID_NUMBER:950907-10-1078]], born "
    "[[DATE_TIME:7 Sept 1995]], vehicle [[ID_NUMBER:WXY 4821]], address [[ADDRESS:No. 23, Jalan SS 2/64]], "
    "[[ZIP_CODE:47300]] [[LOCATION:Petaling Jaya]], [[LOCATION:Selangor]].",
    # 023 NGO, Zimbabwe
    "Beneficiary: [[PERSON:Tendai Moyo]], [[AGE:41]], national ID [[ID_NUMBER:63-2271943 F 47]], village head "
    "in [[LOCATION:Gokwe]], [[LOCATION:Midlands Province]]. Mobile money number [[PHONE_NUMBER:+263 77 318 4402]].",
    # 024 family, US
    "My grandmother, [[PERSON:Rosalind]] \"[[PERSON:Roz]]\" [[PERSON:Pemberton]], turned [[AGE:90]] on "
    "[[DATE_TIME:February 28]], and the whole family flew to [[LOCATION:Savannah]] to celebrate. Uncle "
    "[[PERSON:Desmond]] even drove down from [[LOCATION:Charlotte]].",
    # 025 DVLA, UK
    "I'm [[PERSON:Hamza Qureshi]] and I need to replace my driving licence, number "
    "[[ID_NUMBER:QURES802147H99LN]], which was stolen on [[DATE_TIME:2 May]]. My National Insurance number is "
    "[[ID_NUMBER:JT 52 84 19 B]] and I now live at [[ADDRESS:91 Oldham Road]], [[LOCATION:Rochdale]] "
    "[[ZIP_CODE:OL16 5QH]].",
    # 026 clinic, Spain
    "La paciente [[PERSON:Lucía Fernández Ortega]], de [[AGE:52]] años, con DNI [[ID_NUMBER:17249957A]], tiene "
    "cita con el [[PERSON:Dr. Iñaki Etxeberria]] el [[DATE_TIME:martes 11 de marzo a las 10:15]] en "
    "[[ADDRESS:Calle de Alcalá 214]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]].",
    # 027 wedding, India
    "Save the date! [[PERSON:Ishaan]] & [[PERSON:Meher]] are getting married on [[DATE_TIME:22.11.2025]] in "
    "[[LOCATION:Udaipur]]. Please RSVP to [[PERSON:Meher]]'s mom, [[PERSON:Kavita Malhotra]], on "
    "[[PHONE_NUMBER:+91 98110 47326]].",
    # 028 payroll, US
    "Per the updated W-4, [[PERSON:Deshawn Carter]] (SSN [[US_SSN:521-47-9083]]) changed his withholding starting "
    "with the next pay period. Direct deposit now goes to account [[ID_NUMBER:004718362915]], routing 021000021.",
    # 029 church, Ghana
    "[[TITLE:Rev.]] [[PERSON:Kofi Appiah-Mensah]], a lifelong [[NRP:Methodist]], will be honoured in "
    "[[LOCATION:Cape Coast]] on [[DATE_TIME:Sunday 6 April]] for forty years of ministry. Gifts can be sent by MoMo "
    "to his daughter [[PERSON:Abena]] on [[PHONE_NUMBER:024 481 7730]].",
    # 030 car rental, Australia
    "Rental agreement: hirer [[PERSON:Mitchell Brennan]], Victorian licence [[ID_NUMBER:048217936]], born "
    "[[DATE_TIME:19/10/1990]]; additional driver [[PERSON:Sophie Tran]]. Car returned to our "
    "[[LOCATION:Tullamarine]] depot on [[DATE_TIME:4 Nov]] with a full tank.",
    # 031 remittance, Philippines
    "Padala received! [[PERSON:Jericho Santos]] sent PHP 15,000 to [[PERSON:Lorna Santos]] of "
    "[[ADDRESS:Purok 3]], [[LOCATION:Barangay San Isidro]], [[LOCATION:Tarlac City]] on "
    "[[DATE_TIME:Dec 18, 2024 4:52 PM]]. Receiver's mobile: [[PHONE_NUMBER:+63 928 447 1035]].",
    # 032 municipality, Netherlands
    "Geachte [[TITLE:heer]] [[PERSON:Van den Berg]], uw verhuizing naar [[ADDRESS:Oudegracht 118-bis]], "
    "[[ZIP_CODE:3511 AZ]] [[LOCATION:Utrecht]] is per [[DATE_TIME:15 april 2025]] verwerkt. Uw BSN "
    "[[ID_NUMBER:649336860]] blijft ongewijzigd.",
    # 033 army, US
    "[[TITLE:Sgt.]] [[PERSON:Marcus Ellery]] and [[TITLE:Cpl.]] [[PERSON:Ana Reyes-Villanueva]] will report to "
    "the [[LOCATION:Fayetteville]] recruiting office on [[DATE_TIME:2 June 2025]]; [[PERSON:Ellery]]'s DoD ID "
    "is [[ID_NUMBER:1482937561]].",
    # 034 birthday party, US
    "Party for the twins, [[PERSON:Noah]] and [[PERSON:Nia]], who turn [[AGE:6]] this Saturday! Their big sister "
    "[[PERSON:Imani]] ([[AGE:11]]) is running the bouncy castle. Address: [[ADDRESS:4410 Greenbriar Lane]], "
    "[[LOCATION:Plano]], [[LOCATION:TX]].",
    # 035 bank, Italy
    "Gentile [[PERSON:Giulia Bianchi]], il bonifico di 1.200 euro è stato accreditato sul suo conto "
    "[[IBAN_CODE:IT44 M202 3539 1042 6280 5085 304]] in data [[DATE_TIME:12/10/2024]]. Codice fiscale "
    "registrato: [[ID_NUMBER:BNCGLI88R52F205A]].",
    # 036 ride-share complaint, lowercase
    "my driver yesterday (name on the app: [[PERSON:sunil]]) took a huge detour from [[ADDRESS:55 king st w]], "
    "[[LOCATION:toronto]] to the airport and charged me $78. my account email is "
    "[[EMAIL_ADDRESS:jess.park94@gmail.com]], can someone look into it? - [[PERSON:jess]]",
    # 037 clinical trial, NZ
    "Participant 07 is a [[AGE:63]]-year-old retired teacher from [[LOCATION:Dunedin]]; her sister, aged "
    "[[AGE:58]], also enrolled. Both were screened on [[DATE_TIME:9 September 2024]] by "
    "[[PERSON:Dr. Hemi Walker]].",
    # 038 flight, Ghana
    "Booking ref QX7R4P. Passenger: [[TITLE:MR]] [[PERSON:KWABENA OSEI-TUTU]], frequent flyer "
    "[[ID_NUMBER:BA 48217395]], passport [[ID_NUMBER:G2847193]] ([[LOCATION:Ghana]]), departing "
    "[[LOCATION:Accra]] on [[DATE_TIME:14MAR25]].",
    # 039 Brazil, Portuguese
    "Olá, meu nome é [[PERSON:Rafael Nogueira Lima]], tenho [[AGE:29]] anos e moro na "
    "[[ADDRESS:Rua Augusta, 1508, apto 42]], [[LOCATION:São Paulo]], CEP [[ZIP_CODE:01304-001]]. Meu CPF é "
    "[[ID_NUMBER:850.542.768-82]] e meu celular é [[PHONE_NUMBER:(11) 98472-3316]].",
    # 040 school trip, UK
    "Permission slip: [[PERSON:Oliver]] '[[PERSON:Olly]]' [[PERSON:Fairbrother]], Year 8, allergic to peanuts. "
    "Emergency contact is his dad, [[PERSON:Graham]], on [[PHONE_NUMBER:07823 416 092]]. Trip date: "
    "[[DATE_TIME:Friday 23rd May]].",
    # 041 KYC, US
    "KYC approved for [[PERSON:Alexei Volkov]], a [[NRP:Russian]]-born [[NRP:American]] citizen; passport "
    "[[US_PASSPORT:548120937]], DOB [[DATE_TIME:1988-07-30]], residential address "
    "[[ADDRESS:1120 Brickell Bay Dr, Unit 3104]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33131]].",
    # 042 restaurant, Singapore
    "Table for 6 under [[TITLE:Mdm]] [[PERSON:Lim Siew Hoon]], [[DATE_TIME:31 Dec, 7.30pm]], contact "
    "[[PHONE_NUMBER:+65 8127 3390]]. It's her husband's [[AGE:70]]th birthday, so please prepare the longevity "
    "bun platter.",
    # 043 police, Kenya
    "On [[DATE_TIME:3rd January 2025 at 2100hrs]], motor vehicle [[ID_NUMBER:KDA 482T]] driven by "
    "[[PERSON:Brian Kiprotich Rotich]] (ID [[ID_NUMBER:31847205]]) collided with a matatu along Thika Road "
    "near [[LOCATION:Roysambu]].",
    # 044 job application, Nigeria
    "I'm [[PERSON:Chidinma Eze]], a data analyst based in [[LOCATION:Lagos]], applying for the BI role. "
    "Portfolio: [[URL:https://chidinmaeze.github.io]]; LinkedIn: [[URL:linkedin.com/in/chidinma-eze-48a1b7]]. I "
    "can start from [[DATE_TIME:1 March]].",
    # 045 Quebec, French
    "[[TITLE:Mme]] [[PERSON:Geneviève Tremblay]], née le [[DATE_TIME:4 juillet 1962]], demeurant au "
    "[[ADDRESS:2275, boulevard Laurier]], [[LOCATION:Québec]] ([[LOCATION:Québec]]) [[ZIP_CODE:G1V 2M2]], "
    "numéro d'assurance sociale [[ID_NUMBER:588 118 927]].",
    # 046 pharmacy pickup, US
    "ID check for controlled-substance pickup: [[PERSON:Tyler Brooks]], [[LOCATION:California]] DL "
    "[[US_DRIVER_LICENSE:D4829175]], exp 08/27. Picked up by his wife, [[PERSON:Kaylee]], on "
    "[[DATE_TIME:10/14]].",
    # 047 tenant verification, India
    "Tenant verification form submitted to [[LOCATION:Pune]] police for [[PERSON:Rohan Deshpande]], [[AGE:31]], "
    "Aadhaar [[ID_NUMBER:2715 5530 6048]], permanent address [[ADDRESS:House No. 47, Lane 3]], "
    "[[LOCATION:Shivaji Nagar]], [[LOCATION:Nanded]] [[ZIP_CODE:431602]].",
    # 048 account lockout, Ireland
    "From [[EMAIL_ADDRESS:k.obrien@eircom.net]]: Hi, I keep getting locked out of my account "
    "([[USERNAME:kobrien77]]). Your logs should show failed logins from [[IP_ADDRESS:86.44.129.17]], which is my "
    "home in [[LOCATION:Galway]]. Thanks, [[PERSON:Kieran]]",
    # 049 obituary, Australia
    "[[PERSON:Margaret Anne]] \"[[PERSON:Peggy]]\" [[PERSON:Thornton]] (née [[PERSON:Walsh]]) of "
    "[[LOCATION:Ballarat]] passed away peacefully on [[DATE_TIME:17 January 2025]], aged [[AGE:88]]. Beloved wife "
    "of the late [[PERSON:Jim]], mother of [[PERSON:Carol]], [[PERSON:Stephen]] and [[PERSON:Ruth]].",
    # 050 garage, Germany
    "Sehr geehrter [[TITLE:Herr]] [[PERSON:Yılmaz]], Ihr Fahrzeug mit dem Kennzeichen [[ID_NUMBER:B-KL 4821]] ist "
    "fertig und kann ab [[DATE_TIME:Freitag, 14.03.]] abgeholt werden. Unter [[PHONE_NUMBER:0176 48291735]] "
    "haben wir Sie leider nicht erreicht.",
    # 051 tax return, Australia
    "Hey [[PERSON:Bec]], can you lodge [[PERSON:Daniel Nguyen]]'s return before Friday? TFN "
    "[[ID_NUMBER:902 658 614]], Medicare [[ID_NUMBER:2407 23868 2]], and he's at [[ADDRESS:12 Wattle Crescent]], "
    "[[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]] now.",
    # 052 dentist SMS, UK
    "Reminder: [[PERSON:Aaliyah]], your hygiene appointment at Smile Studio is on [[DATE_TIME:Tue 18/03 at "
    "4:40pm]]. Reply C to confirm or call us on 0161 496 0731.",
    # 053 vetting, Ireland
    "Vetting subject: [[PERSON:Síle Ní Dhonnchadha]], d.o.b. [[DATE_TIME:03-11-1996]]. Previous addresses: "
    "[[ADDRESS:7 Castle View]], [[LOCATION:Tralee]], [[LOCATION:Co. Kerry]] [[ZIP_CODE:V92 K3P8]] and "
    "[[ADDRESS:Flat 11, 40 Harold's Cross Road]], [[LOCATION:Dublin 6W]].",
    # 054 admission, Nigeria
    "Candidate [[PERSON:Ifeoluwa Adeyemi]], JAMB reg. no. [[ID_NUMBER:20248173952FA]], scored 287 and has been "
    "offered admission to study Medicine. Her NIN is [[ID_NUMBER:48217395061]]. Parent: "
    "[[PERSON:Mrs. Folake Adeyemi]], [[ADDRESS:16 Awolowo Road]], [[LOCATION:Ikoyi]], [[LOCATION:Lagos]].",
    # 055 lost wallet, Spain
    "Encontré una cartera en el metro de [[LOCATION:Barcelona]] con el NIE [[ID_NUMBER:Y0620552A]] a nombre de "
    "[[PERSON:Andrei Popescu]] y una tarjeta [[CREDIT_CARD:5133 0485 9757 1841]]. Si eres tú, escríbeme a "
    "[[EMAIL_ADDRESS:marta.soler.r@gmail.com]]. [[PERSON:Marta]]",
    # 056 performance review, lowercase
    "during the Q3 review, [[PERSON:priya raman]]'s manager noted that she mentored two new hires and covered for "
    "[[PERSON:ben]] while he was on paternity leave from [[DATE_TIME:aug 5]] to [[DATE_TIME:sept 13]].",
    # 057 jury, US
    "Juror [[PERSON:Ernesto L. Gutierrez]] is to report to the jury assembly room in [[LOCATION:Phoenix]] on "
    "[[DATE_TIME:Monday, 01/13/2025, 8:00 AM]]. [[LOCATION:Arizona]] driver license on file: "
    "[[US_DRIVER_LICENSE:D08472915]].",
    # 058 council tax, UK
    "Council tax account [[ID_NUMBER:60048213]]: [[PERSON:Mrs Bernadette Okonjo]] has applied for the single "
    "person discount at [[ADDRESS:33 Hawthorn Close]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK5 6HY]], as her "
    "partner moved out on [[DATE_TIME:28th February]].",
    # 059 tax, Kenya
    "Dear [[PERSON:Achieng]], your KRA PIN [[ID_NUMBER:A014827395Z]] is now linked to your M-Pesa line "
    "[[PHONE_NUMBER:0712 394 058]]. Your tax compliance certificate was issued on [[DATE_TIME:12/02/2025]].",
    # 060 running app, UAE
    "Congrats [[USERNAME:runwithrania]]! [[PERSON:Rania]], you've logged 500 km this year, not bad for someone "
    "who only started running at [[AGE:45]]. Your next race is in [[LOCATION:Dubai]] on [[DATE_TIME:8 February]].",
    # 061 school, Italy
    "La [[TITLE:prof.ssa]] [[PERSON:Chiara Lombardi]] comunica che il colloquio con i genitori di "
    "[[PERSON:Matteo Russo]] è fissato per [[DATE_TIME:giovedì 20 febbraio alle 17:00]]. Per disdire scrivere a "
    "[[EMAIL_ADDRESS:chiara.lombardi@icmanzoni.edu.it]].",
    # 062 rates dispute, South Africa
    "Rates account holder [[PERSON:Pieter van Wyk]] (ID [[ID_NUMBER:7511306565085]]) has disputed the water "
    "reading for [[ADDRESS:42 Jacaranda Avenue]], [[LOCATION:Waterkloof]], [[LOCATION:Pretoria]], "
    "[[ZIP_CODE:0181]]. He asked to be called on [[PHONE_NUMBER:083 271 4490]].",
    # 063 referral, Canada
    "Patient: [[PERSON:Mohammed Al-Khatib]], [[AGE:72]] y/o M, OHIP [[ID_NUMBER:4827-193-652-KT]], referred by "
    "[[PERSON:Dr. Lisa Chen]] for a cardiology consult on [[DATE_TIME:Feb 6 2025]]. Lives with his daughter "
    "[[PERSON:Rana]] in [[LOCATION:Mississauga]].",
    # 064 wedding deposit, US
    "Deposit received from [[PERSON:Courtney]] & [[PERSON:Jake Halvorsen]] via Venmo "
    "(@[[USERNAME:courtney-halvorsen]]) for their [[DATE_TIME:Sept 27]] wedding at the barn in "
    "[[LOCATION:Stillwater]], [[LOCATION:Minnesota]].",
    # 065 HDB, Singapore
    "The flat at [[ADDRESS:Blk 218 Bedok North Street 1, #07-142]], [[LOCATION:Singapore]] [[ZIP_CODE:460218]] "
    "is jointly owned by [[PERSON:Muhammad Hafiz bin Ismail]] (NRIC [[ID_NUMBER:S9212463J]]) and his wife "
    "[[PERSON:Nur Farhana binte Osman]].",
    # 066 discharge, Philippines
    "Discharged: [[PERSON:Rodel Bautista]], [[AGE:57]], PhilHealth no. [[ID_NUMBER:12-048271935-6]], treated for "
    "community-acquired pneumonia. Follow-up with [[TITLE:Dra.]] [[PERSON:Joanna Villanueva]] on "
    "[[DATE_TIME:January 9]].",
    # 067 rent, Ghana
    "Tenant [[PERSON:Yaw Darko]] of [[ADDRESS:House No. 12, Osu Badu Street]], [[LOCATION:Dzorwulu]], "
    "[[LOCATION:Accra]] (Ghana Card [[ID_NUMBER:GHA-724918305-3]]) paid two years' rent in advance on "
    "[[DATE_TIME:1/10/2024]].",
    # 068 school nurse, US
    "[[PERSON:Ethan Morales]], [[AGE:8]], was sent home on [[DATE_TIME:March 4]] with a fever of 101.2°F. His "
    "mom, [[PERSON:Vanessa]], picked him up at 11:15.",
    # 069 bio, UK
    "[[PERSON:Dr Amara Okafor-Hughes]] is a consultant dermatologist in [[LOCATION:Bristol]]. Born in "
    "[[LOCATION:Enugu]] and raised in [[LOCATION:Croydon]], she blogs at "
    "[[URL:www.amaraokaforhughes.co.uk]] and posts as @[[USERNAME:DrAmaraOH]].",
    # 070 BVN alert, Nigeria
    "Dear Customer, the BVN [[ID_NUMBER:22481739506]] linked to account [[ID_NUMBER:0123847719]] "
    "([[PERSON:OKONKWO CHUKWUEMEKA J.]]) was used to open a new account on [[DATE_TIME:14-Feb-2025]]. If you "
    "did not authorise this, call our contact centre on 01-448 2210.",
    # 071 tax, Switzerland, French
    "[[TITLE:M.]] [[PERSON:Laurent Favre]], domicilié [[ADDRESS:chemin des Vignes 8]], [[ZIP_CODE:1009]] "
    "[[LOCATION:Pully]], nous a transmis son numéro AVS [[ID_NUMBER:756.9969.4521.81]] ainsi que l'IBAN "
    "[[IBAN_CODE:CH59 3497 3354 9484 6680 8]] pour le remboursement.",
    # 072 politics, US
    "[[PERSON:Gloria Whitehorse]], a registered [[NRP:Democrat]] in [[LOCATION:Albuquerque]], says she has "
    "volunteered on every campaign since she was [[AGE:17]].",
    # 073 gym, Malaysia
    "New member [[PERSON:Arjun Subramaniam]], [[AGE:36]], IC [[ID_NUMBER:880412-14-2483]], phone "
    "[[PHONE_NUMBER:012-748 3319]]; emergency contact [[PERSON:Devi]] (wife).",
    # 074 claim, US
    "Claimant [[PERSON:Harold Jennings]] reported that his 2019 Honda CR-V (plate [[ID_NUMBER:8KRT492]]) was "
    "rear-ended on I-5 near [[LOCATION:Sacramento]] on [[DATE_TIME:11/02/2024]]. Contact: "
    "[[PHONE_NUMBER:(916) 482-7731]].",
    # 075 pen pal, NZ
    "Kia ora! My name is [[PERSON:Aroha]], I'm [[AGE:15]] and I live in [[LOCATION:Rotorua]]. I'm "
    "[[NRP:Māori]] and my mum is [[NRP:Samoan]]. Write to me at [[EMAIL_ADDRESS:aroha.penpal@xtra.co.nz]]!",
    # 076 loan, US, lowercase
    "co-borrower [[PERSON:linh tran]] (ssn [[US_SSN:287-63-1045]], dob [[DATE_TIME:5/9/87]]) lives at "
    "[[ADDRESS:8821 bolsa ave apt 12]], [[LOCATION:westminster]] [[LOCATION:ca]] [[ZIP_CODE:92683]].",
    # 077 GP letter, UK
    "Dear [[PERSON:Dr Patel]], I saw [[PERSON:Mrs Eileen Hargreaves]] ([[AGE:81]]) today with her son, "
    "[[PERSON:Martin]]. Her NHS number is [[ID_NUMBER:5968484136]]. I will review her again on the "
    "[[DATE_TIME:4th of April]].",
    # 078 hen party, Ireland
    "Sent €250 to [[PERSON:Niamh]] for the hen on [[DATE_TIME:Saturday 14 June]]. Her IBAN is "
    "[[IBAN_CODE:IE40AIBK32834060509772]], account name [[PERSON:Niamh Brennan-Fox]], if you want to send yours. "
    "[[PERSON:Orla]] x",
    # 079 tenancy, UAE
    "Tenancy contract: landlord [[PERSON:Rashid Obaid Al Falasi]]; tenant [[PERSON:Vikram Nair]], "
    "[[NRP:Indian]], passport [[ID_NUMBER:N4821937]]; premises [[ADDRESS:Apartment 2204, Marina Heights Tower]], "
    "[[LOCATION:Dubai Marina]], [[LOCATION:Dubai]]. Rent payable to [[IBAN_CODE:AE13 4200 9357 9101 5312 770]].",
    # 080 student email, US
    "Hi [[TITLE:Professor]] [[PERSON:Okoro]], this is [[PERSON:Samantha Reyes]] (student ID "
    "[[ID_NUMBER:901482736]]) from your Tuesday section. I had a family emergency on [[DATE_TIME:Oct 21]] and "
    "missed the midterm.",
    # 081 graduate, South Africa
    "[[PERSON:Lerato Dlamini]], [[AGE:23]], ID [[ID_NUMBER:0106033421087]], graduated from Wits on "
    "[[DATE_TIME:12 March 2025]] and starts her articles at a firm in [[LOCATION:Sandton]] next month.",
    # 082 short let, US
    "Hey [[PERSON:Marcus]]! The door code is 4821#. Address is [[ADDRESS:716 N Calvert St, Apt 2R]], "
    "[[LOCATION:Baltimore]]. Checkout is Sunday at 11, text me at [[PHONE_NUMBER:410-482-9917]] if anything "
    "comes up. [[PERSON:Dana]]",
    # 083 tax, Portugal
    "Caro [[TITLE:Sr.]] [[PERSON:Joaquim Pereira]], o seu NIF [[ID_NUMBER:139762604]] ficou associado à morada "
    "[[ADDRESS:Rua de Cedofeita, 312, 3.º Esq.]], [[ZIP_CODE:4050-174]] [[LOCATION:Porto]]. O reembolso será "
    "transferido para [[IBAN_CODE:PT50 1569 2913 2456 7814 3471 8]].",
    # 084 health cover, India
    "Members covered under the family floater: [[PERSON:Suresh Iyer]] (self, [[AGE:48]]), "
    "[[PERSON:Lakshmi Iyer]] (spouse, [[AGE:45]]), [[PERSON:Aditya]] (son, [[AGE:17]]) and [[PERSON:Ananya]] "
    "(daughter, [[AGE:12]]). Registered mobile: [[PHONE_NUMBER:9840172653]].",
    # 085 dating profile
    "[[PERSON:jordan]], [[AGE:32]]. [[LOCATION:austin]] transplant from [[LOCATION:ohio]], [[NRP:jewish]], dog "
    "dad, bakes too much sourdough. ig: [[USERNAME:jordy.bakes]]",
    # 086 remembrance, Canada
    "[[TITLE:Capt.]] [[PERSON:Évelyne Gagnon]] (ret.) will lay the wreath at the cenotaph in "
    "[[LOCATION:Trois-Rivières]] on [[DATE_TIME:11 November]], accompanied by her grandson [[PERSON:Félix]].",
    # 087 school fees, Kenya
    "Fees for [[PERSON:Baraka Mwangi]] (adm. no. [[ID_NUMBER:7741]]) received via M-Pesa from "
    "[[PHONE_NUMBER:0798 104 662]] on [[DATE_TIME:09/01/2025]]. Balance: KES 12,500.",
    # 088 doctor's office, Germany
    "Patientin [[PERSON:Katharina Weiß]], geb. [[DATE_TIME:23.08.1971]], versichert bei der TK unter "
    "[[ID_NUMBER:K482193756]], wohnhaft [[ADDRESS:Schillerstraße 27]], [[ZIP_CODE:80336]] [[LOCATION:München]].",
    # 089 scam warning, UK
    "Be careful with a seller calling himself [[PERSON:Dave Lomax]]: he asked me to pay by bank transfer to sort "
    "code 20-45-77, account [[ID_NUMBER:41829307]], and never sent the bike. His number was "
    "[[PHONE_NUMBER:07492 118 305]], email [[EMAIL_ADDRESS:davelomax.bikes@outlook.com]].",
    # 090 onboarding, Philippines
    "Welcome aboard, [[PERSON:Kristine Joy Mendoza]]! Please submit your TIN ([[ID_NUMBER:482-917-305-000]]), "
    "Pag-IBIG MID no. [[ID_NUMBER:1211-4829-3376]] and NBI clearance before your first day on "
    "[[DATE_TIME:February 17, 2025]].",
    # 091 HOA, US
    "The HOA board voted to fine the owners of [[ADDRESS:14 Magnolia Ct]], [[LOCATION:Lafayette]], "
    "[[LOCATION:LA]] (the [[PERSON:Delacroix]] family) $150 for the unapproved fence. [[PERSON:Renée Delacroix]] "
    "says she will appeal at the meeting on [[DATE_TIME:May 12]].",
    # 092 train, India
    "PNR 4821937561 confirmed: [[PERSON:Meenakshi Sundaram]] (F, [[AGE:66]]) and [[PERSON:R. Sundaram]] (M, "
    "[[AGE:70]]), [[LOCATION:Chennai]] to [[LOCATION:Madurai]], journey date [[DATE_TIME:18-04-2025]].",
    # 093 wire, US to Germany
    "Please wire $3,400 to my landlord in [[LOCATION:Berlin]], [[PERSON:Jonas Hartmann]], IBAN "
    "[[IBAN_CODE:DE66 1168 4263 5519 1905 62]], for the flat at [[ADDRESS:Kastanienallee 41]] that I move into on "
    "[[DATE_TIME:March 1st]]. Thanks, [[PERSON:Olivia Marsh]]",
    # 094 CrossFit, nickname
    "Everyone at the box calls him [[PERSON:Big Mike]], but [[PERSON:Michael Oyelaran]] just pulled a 500-lb "
    "deadlift at [[AGE:52]] years young. His birthday is [[DATE_TIME:Dec 2]], so bring cake.",
    # 095 co-op, Zimbabwe
    "[[PERSON:Farai Chikwanha]] of [[LOCATION:Mutare]] delivered 40 bags of maize on [[DATE_TIME:21 May 2025]]; "
    "payment of US$1,120 was sent to EcoCash [[PHONE_NUMBER:0772 418 903]]. National ID "
    "[[ID_NUMBER:75-418293 K 75]].",
    # 096 ER note, lowercase
    "pt [[PERSON:jose ramirez]], mrn [[ID_NUMBER:00482193]], [[AGE:44]]M, presents w/ chest pain since "
    "[[DATE_TIME:1/22]]. wife [[PERSON:carmen]] at bedside, contact [[PHONE_NUMBER:773-418-2290]].",
    # 097 credit check, Canada
    "To the landlord: I, [[PERSON:Aiden MacLeod]], authorize a credit check. SIN [[ID_NUMBER:757 039 805]]. "
    "Current address: [[ADDRESS:88 Quinpool Rd, Unit 5]], [[LOCATION:Halifax]], [[LOCATION:NS]] "
    "[[ZIP_CODE:B3L 1A2]]. Signed [[DATE_TIME:2025-01-08]].",
    # 098 RSVP, UK
    "[[PERSON:Sir Nigel Ashworth]] and [[TITLE:Lady]] [[PERSON:Ashworth]] are delighted to accept; "
    "[[PERSON:Prof. Hugh Pennington-Vale]] sends his regrets. Any questions to "
    "[[EMAIL_ADDRESS:nigel.ashworth@btinternet.com]].",
    # 099 lost cat, Singapore
    "Lost ginger cat near [[ADDRESS:Blk 512 Serangoon North Ave 4]]! Please contact [[PERSON:Kavitha Rajendran]] "
    "at [[PHONE_NUMBER:+65 9682 1407]] or her brother [[PERSON:Arul]].",
    # 100 sick note, Belgium, French
    "Je soussignée, [[PERSON:Dr. Nathalie Peeters]], certifie avoir examiné [[PERSON:Youssef El Amrani]], né le "
    "[[DATE_TIME:15/03/1988]], numéro national [[ID_NUMBER:88.03.15-897.37]], et lui prescris un repos de cinq "
    "jours à partir du [[DATE_TIME:3 février 2025]].",
]

# --- bench: records in the manner of ai4privacy, gretel and Nemotron-PII ---------
BENCH = [
    # 001
    "Hello [[PERSON:Ms. Henrietta Osei]], we detected a login to your account [[USERNAME:hosei_1987]] from "
    "[[IP_ADDRESS:41.66.205.13]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) on "
    "[[DATE_TIME:04/11/2024 22:17]]. A verification code has been sent to "
    "[[EMAIL_ADDRESS:henrietta.osei@yahoo.com]] and to [[PHONE_NUMBER:+233 20 481 7396]]. Your old password "
    "Kumasi#87 will stop working in 24 hours.",
    # 002
    "Participant [[PERSON:Yusuf Abdi Hassan]], [[AGE:38]], male, [[NRP:Somali]]-[[NRP:Kenyan]], of "
    "[[ADDRESS:Apartment 4C, Eastleigh Court, 2nd Avenue]], [[LOCATION:Eastleigh]], [[LOCATION:Nairobi]], "
    "consented on [[DATE_TIME:2024-09-16]]. ID: [[ID_NUMBER:29384716]]; phone: [[PHONE_NUMBER:+254 711 482 039]]; "
    "height: 178 cm; eye colour: brown.",
    # 003
    "Transfer request from [[PERSON:Dieter Krämer]]: move 2,450.00 EUR from IBAN "
    "[[IBAN_CODE:DE06614163210956922081]] (BIC GENODES1VBK) to account holder [[PERSON:Anneliese Krämer]], "
    "[[IBAN_CODE:AT95 1895 9180 6852 3238]]. Confirm via [[PHONE_NUMBER:+49 171 4829 306]]; litecoin address "
    "LZ4qW9rN3vXk8T2mB7hJ1cYp6DsEf5GaRu is also on file.",
    # 004
    "[[PERSON:Rajesh Kumar Pillai]], Senior Interaction Designer (Male, [[AGE:41]]), will join our "
    "[[LOCATION:Kochi]] studio. Staff ID [[ID_NUMBER:EMP-00731]]; PAN [[ID_NUMBER:BQHPP7410K]]; Aadhaar "
    "[[ID_NUMBER:7663 2224 7799]]; salary to be credited to [[ID_NUMBER:918020047381526]] (IFSC UTIB0000412).",
    # 005
    "Statement for: [[PERSON:Chloé Marchetti]]\nAccount no.: [[ID_NUMBER:11-204-778193]]\nCard: "
    "[[CREDIT_CARD:5391-1979-3717-3268]]\nAddress: [[ADDRESS:45 Harbour Street]], [[LOCATION:Wollongong]] "
    "[[LOCATION:NSW]] [[ZIP_CODE:2500]]\nBSB: 062-548\nClosing balance: $4,812.36",
    # 006
    "Agent: Thanks for calling. Can I have your customer ID?\nCaller: It's [[ID_NUMBER:CUS-58203147]].\n"
    "Agent: And your date of birth?\nCaller: [[DATE_TIME:March 14th, 1983]].\nAgent: Thank you, "
    "[[PERSON:Mr. Haddad]]. The device is registered to [[EMAIL_ADDRESS:samir.haddad@gmail.com]]. Is "
    "[[ADDRESS:3907 Wyndham Hill Road]], [[LOCATION:Dearborn]], [[LOCATION:MI]] still your address?\nCaller: Yes.",
    # 007
    "medical_record_number: [[ID_NUMBER:MRN-7740219]] | patient: [[PERSON:Grace Wanjiku Njoroge]] | "
    "date_of_birth: [[DATE_TIME:1979-06-02]] | blood_type: O+ | health_plan_beneficiary_number: "
    "[[ID_NUMBER:NHIF-4471-9320]] | attending: [[PERSON:Dr. Peter Odhiambo]] | admission: "
    "[[DATE_TIME:2025-02-11 08:40]]",
    # 008
    "[[TITLE:Madame]] [[PERSON:Sandrine Lefebvre]], née le [[DATE_TIME:12/06/1991]] à [[LOCATION:Lyon]], numéro "
    "de sécurité sociale [[ID_NUMBER:2 91 06 69 718 147 20]], est priée de confirmer son RIB "
    "[[IBAN_CODE:FR76 1022 8571 8958 1053 2353 110]] avant le versement. Contact : "
    "[[EMAIL_ADDRESS:s.lefebvre91@orange.fr]], [[PHONE_NUMBER:+33 6 71 48 29 03]].",
    # 009
    "INSURANCE CLAIM FORM\nPolicy No.: HX-4471-22\nClaimant: [[PERSON:Owen Gallagher]]\nDate of birth: "
    "[[DATE_TIME:22 Oct 1969]]\nAddress: [[ADDRESS:19 Rathgar Avenue]], [[LOCATION:Dublin 6]], "
    "[[ZIP_CODE:D06 R2F8]]\nPPSN: [[ID_NUMBER:8090831IA]]\nVehicle reg.: [[ID_NUMBER:191-D-48213]]\nDate of "
    "incident: [[DATE_TIME:03/01/2025]]\nDescription: rear-ended at traffic lights on the N11.",
    # 010
    "Device audit: laptop assigned to [[PERSON:Keanu Pahia]] ([[EMAIL_ADDRESS:keanu.pahia@tewhatu.co.nz]]), MAC "
    "3C:22:FB:91:0A:7E, last seen at [[IP_ADDRESS:2404:4408:63a1:9c00:4d2:88ff:fe1a:23b]] on "
    "[[DATE_TIME:11 Feb 2025, 16:02]]. Employee no. [[ID_NUMBER:TW-2291]].",
    # 011
    "Wire details: beneficiary: [[PERSON:Esperanza Villalobos]]; account_number: [[ID_NUMBER:4820193374]]; "
    "bank_routing_number: 122000661; swift_bic: BOFAUS3N; address: [[ADDRESS:1540 E Colorado Blvd]], "
    "[[LOCATION:Pasadena]], [[LOCATION:CA]] [[ZIP_CODE:91106]]; tax_id: [[US_SSN:602-18-7734]].",
    # 012
    "To whom it may concern: this letter confirms that [[PERSON:Nomvula Khumalo]] (ID No. "
    "[[ID_NUMBER:8207191568081]]) has been employed by Ubuntu Logistics (Pty) Ltd as a Payroll Administrator "
    "since [[DATE_TIME:1 February 2016]]. Her residential address on file is [[ADDRESS:Unit 9, Protea Gardens, "
    "31 Ontdekkers Road]], [[LOCATION:Roodepoort]], [[ZIP_CODE:1724]].",
    # 013
    "[[PERSON:Sebastián]] needs to update the registration of vehicle [[ID_NUMBER:NDA 4821]] to his new address, "
    "[[ADDRESS:Unit 5B, 88 Kalayaan Avenue]], [[LOCATION:Diliman]], [[LOCATION:Quezon City]] [[ZIP_CODE:1101]]. "
    "License no. [[ID_NUMBER:N03-12-482917]].",
    # 014
    "Estimado [[TITLE:Sr.]] [[PERSON:Gonzalo Herrera Pinto]], hemos recibido su solicitud de préstamo. Datos: DNI "
    "[[ID_NUMBER:90239084X]], fecha de nacimiento [[DATE_TIME:30/04/1977]], domicilio "
    "[[ADDRESS:Avenida de la Constitución 18, 4º A]], [[ZIP_CODE:41004]] [[LOCATION:Sevilla]], cuenta "
    "[[IBAN_CODE:ES24 8836 2003 2140 7827 4201]], usuario web [[USERNAME:gherrera77]].",
    # 015
    "student_id: [[ID_NUMBER:S2021-48817]]; name: [[PERSON:Hannah Opoku-Mensah]]; date_of_birth: "
    "[[DATE_TIME:2004-01-19]]; program: BSc Nursing; guardian: [[PERSON:Comfort Opoku]]; guardian_phone: "
    "[[PHONE_NUMBER:+44 7700 183 924]]; home_address: [[ADDRESS:27 Elmhurst Gardens]], [[LOCATION:Leicester]] "
    "[[ZIP_CODE:LE3 9QA]]; gpa: 3.6",
    # 016
    "Card dispute filed by [[PERSON:Tomás Ó Ceallaigh]] for the €312.40 charge on card "
    "[[CREDIT_CARD:4932 5805 0851 1371]] (exp 11/27, CVV 284). Cardholder phone "
    "[[PHONE_NUMBER:+353 87 419 2276]]; billing address [[ADDRESS:3 Church Lane]], [[LOCATION:Ennis]], "
    "[[LOCATION:Co. Clare]].",
    # 017
    "Rx #7723019\nPatient: [[PERSON:Agnes Mbeki-Ross]]\nDOB: [[DATE_TIME:08/30/1948]]\nPrescriber: "
    "[[PERSON:Dr. Felix Amador]]\nMedication: Metoprolol 25 mg, 60 tablets\nMember ID: "
    "[[ID_NUMBER:XWG482917301]]\nFilled: [[DATE_TIME:02/19/2025]]",
    # 018
    "Account recovery for [[USERNAME:zinhle.sings]]: full name [[PERSON:Zinhle Ndlovu]], born "
    "[[DATE_TIME:19th of July '99]], registered phone [[PHONE_NUMBER:072 418 3306]], last login from "
    "[[IP_ADDRESS:105.224.18.77]]. Security question: make of first car.",
    # 019
    "employee_id: [[ID_NUMBER:E-209481]]\nfull_name: [[PERSON:Mei Ling Chua]]\ndate_of_birth: "
    "[[DATE_TIME:1977-05-21]]\nnational_id: [[ID_NUMBER:S7729077Z]]\noccupation: Procurement Lead\nemail: "
    "[[EMAIL_ADDRESS:meiling.chua@harbourfront-sg.com]]\nphone: [[PHONE_NUMBER:+65 6812 4493]]\nmarital_status: "
    "married\nreligious_belief: [[NRP:Buddhist]]",
    # 020
    "The lease between [[PERSON:Hendrik Visser]] ([[NRP:Dutch]]) and [[PERSON:Amani Mwakilema]] "
    "([[NRP:Tanzanian]]) covers [[ADDRESS:Flat 12, 204 Great Western Road]], [[LOCATION:Glasgow]] "
    "[[ZIP_CODE:G4 9EJ]] from [[DATE_TIME:1 September 2024]]. The deposit was paid from "
    "[[IBAN_CODE:NL25 ABNA 8282 3560 71]].",
    # 021
    "customer_id=[[ID_NUMBER:884102377]]; name=[[PERSON:Paulo Tuilagi]]; email=[[EMAIL_ADDRESS:ptuilagi@xtra.co.nz]]; "
    "phone=[[PHONE_NUMBER:+64 27 481 9903]]; city=[[LOCATION:Porirua]]; http_cookie=sessionid=7f3a9c0e21b84d6a; "
    "device_identifier=a3f9-22c1-7b0e; ip=[[IP_ADDRESS:203.86.194.12]]",
    # 022
    "Case summary. The respondent, [[PERSON:Kelechi Obi]], born [[DATE_TIME:17 May 1985]], of "
    "[[ADDRESS:9 Ogui Road]], [[LOCATION:Enugu]], appeared before [[TITLE:Justice]] [[PERSON:A. N. Uwais]] on "
    "[[DATE_TIME:20 January 2025]]. His international passport, no. [[ID_NUMBER:A08472913]], was ordered "
    "deposited with the registrar.",
    # 023
    "Hallo [[PERSON:Lena]], deine Bestellung wird an [[ADDRESS:Brunnenstraße 112]], [[ZIP_CODE:10119]] "
    "[[LOCATION:Berlin]] geliefert. Die Rechnung geht an [[EMAIL_ADDRESS:lena.schreiber@posteo.de]]; bezahlt mit "
    "[[CREDIT_CARD:5595 7724 3674 6766]]. Kundenkonto: [[USERNAME:lenaschr]], Geburtsdatum "
    "[[DATE_TIME:02.09.1996]].",
    # 024
    "loan_application: applicant=[[PERSON:Tyrone Whitaker]]; ssn=[[US_SSN:148-92-3360]]; "
    "dob=[[DATE_TIME:09/12/1984]]; driver_license=[[US_DRIVER_LICENSE:W426-718-84-412-0]] ([[LOCATION:FL]]); "
    "employer=Publix; income=$58,000; address=[[ADDRESS:2207 Coral Way]], [[LOCATION:Miami]], [[LOCATION:FL]] "
    "[[ZIP_CODE:33145]]; license_plate=[[ID_NUMBER:QRT-H48]]",
    # 025
    "At [[AGE:29]], [[PERSON:Ngozi Okafor]] became the youngest Principal Data Scientist at her firm. She lives at "
    "[[ADDRESS:22B Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]], and can be reached at "
    "[[EMAIL_ADDRESS:ngozi.okafor@protonmail.com]] or [[PHONE_NUMBER:+234 809 418 2273]].",
    # 026
    "T4 slip\nEmployee name: [[PERSON:Minh Anh Hoang]]\nSIN: [[ID_NUMBER:131 934 440]]\nEmployee address: "
    "[[ADDRESS:1450 Rue Saint-Denis, App. 3]], [[LOCATION:Montréal]] [[LOCATION:QC]] [[ZIP_CODE:H2X 3J8]]\n"
    "Employment income (box 14): 52,340.00\nCPP contributions (box 16): 3,180.22",
    # 027
    "[[PERSON:Caroline Mbeki-Jansen]] is renewing her US passport [[US_PASSPORT:A03917462]]; her DOB is "
    "[[DATE_TIME:Nov 5, 1990]] and she was born in [[LOCATION:Durban]], [[LOCATION:South Africa]]. Mailing "
    "address: [[ADDRESS:PO Box 4471]], [[LOCATION:Bozeman]], [[LOCATION:MT]] [[ZIP_CODE:59772]].",
    # 028
    "patient_name: [[PERSON:Ramón Esquivel]] | age: [[AGE:67]] | gender: male | medical_record_number: "
    "[[ID_NUMBER:MR0048217]] | diagnosis: type 2 diabetes | prescribing_physician: [[PERSON:Dr. Anjali Rao]] | "
    "next_visit: [[DATE_TIME:2025-04-02 10:00]] | insurance_member_id: [[ID_NUMBER:HUM918274605]]",
    # 029
    "Gentile [[PERSON:Marco Ferrari]], la informiamo che la sua carta d'identità [[ID_NUMBER:CA48217KM]] scadrà a "
    "breve. Codice fiscale [[ID_NUMBER:FRRMRC79C14L219J]], nato il [[DATE_TIME:14 marzo 1979]] a "
    "[[LOCATION:Torino]], residente in [[ADDRESS:Via Po 18]], [[ZIP_CODE:10123]] [[LOCATION:Torino]]. Per il "
    "rinnovo la contatteremo al [[PHONE_NUMBER:+39 347 481 2290]].",
    # 030
    "DISCHARGE SUMMARY\nName: [[PERSON:Gareth Pryce-Jones]]   Hospital No.: [[ID_NUMBER:K0448217]]   NHS No.: "
    "[[ID_NUMBER:497 708 9340]]\nDOB: [[DATE_TIME:02.03.1958]]   Admitted: [[DATE_TIME:14.01.2025]]   "
    "Discharged: [[DATE_TIME:19.01.2025]]\nGP: [[PERSON:Dr Sian Morgan]], [[LOCATION:Cardiff]]\nNext of kin: "
    "[[PERSON:Bethan]] (daughter), [[PHONE_NUMBER:07700 184 552]]",
    # 031
    "Login alert for [[USERNAME:tunde_bakare]]: a new sign-in from [[IP_ADDRESS:102.89.34.211]] "
    "([[LOCATION:Ibadan]], [[LOCATION:Nigeria]]) with Mozilla/5.0 (Linux; Android 13; SM-A145F) at 23:41. Your "
    "password Bakare@2019! has not been changed.",
    # 032
    "policy_holder: [[PERSON:Charlotte Reid]]\ndate_of_birth: [[DATE_TIME:21/06/1986]]\nmedicare_number: "
    "[[ID_NUMBER:4511 84874 2]]\ndrivers_licence: [[ID_NUMBER:17 482 903]] ([[LOCATION:QLD]])\n"
    "vehicle_registration: [[ID_NUMBER:482 KRZ]]\naddress: [[ADDRESS:6 Bellbird Place]], "
    "[[LOCATION:Mount Gravatt]] [[LOCATION:QLD]] [[ZIP_CODE:4122]]\npremium: $1,214.50 p.a.",
    # 033
    "Beste [[PERSON:Sanne de Jong]], uw nieuwe pas wordt verstuurd naar [[ADDRESS:Prinsengracht 418-2]], "
    "[[ZIP_CODE:1016 HZ]] [[LOCATION:Amsterdam]]. Controleer uw gegevens: geboortedatum "
    "[[DATE_TIME:19-03-1992]], BSN [[ID_NUMBER:546298539]], rekening [[IBAN_CODE:NL96 RABO 2210 8328 03]], mobiel "
    "[[PHONE_NUMBER:06 4821 7390]].",
    # 034
    "On [[DATE_TIME:28 January 2025]], [[PERSON:Mrs. Deepa Krishnan]] enrolled her son [[PERSON:Vihaan]], aged "
    "[[AGE:5]], at the primary school, giving her address as [[ADDRESS:14 Banksia Street]], "
    "[[LOCATION:Glen Waverley]] [[LOCATION:VIC]] [[ZIP_CODE:3150]] and her mobile as "
    "[[PHONE_NUMBER:0433 918 274]]. Victorian Student Number [[ID_NUMBER:948 271 553]] was issued.",
    # 035
    "[[PERSON:Dmitri Sokolov]], please verify your withdrawal of 0.42 BTC to "
    "bc1q8x7n3w4kq2d9f0j6m5hz3t8vpl2c4r7y9e1s0a. The 2FA code was sent to [[PHONE_NUMBER:+44 7911 482 063]]. "
    "Login IP [[IP_ADDRESS:185.44.78.201]], account [[USERNAME:dsokolov_trades]].",
    # 036
    "This Agreement is made on [[DATE_TIME:5 March 2025]] between [[PERSON:Ahmed Farouk El-Sayed]], holder of "
    "Emirates ID [[ID_NUMBER:784-1992-7893288-6]], residing at [[ADDRESS:Villa 17, Street 4]], "
    "[[LOCATION:Al Barsha 2]], [[LOCATION:Dubai]] (the \"Lessor\"), and [[PERSON:Oksana Kovalenko]], a "
    "[[NRP:Ukrainian]] national holding passport [[ID_NUMBER:FX482917]] (the \"Lessee\").",
    # 037
    "Feedback from [[PERSON:Isabelle Fontaine]] ([[EMAIL_ADDRESS:isa.fontaine@videotron.ca]]): delivery to "
    "[[ADDRESS:612 Rue Principale]], [[LOCATION:Granby]], [[LOCATION:QC]] arrived two days late. Order "
    "#CA-448201. Loyalty number [[ID_NUMBER:6042 8819 3320]]. Would recommend? No.",
    # 038
    "Name: [[PERSON:Bongani Sithole]] | DOB: [[DATE_TIME:1999-02-11T00:00:00]] | SA ID: "
    "[[ID_NUMBER:9902116338086]] | Cell: [[PHONE_NUMBER:+27 71 448 2093]] | Email: "
    "[[EMAIL_ADDRESS:bongani.s@webmail.co.za]] | Suburb: [[LOCATION:Umlazi]] | City: [[LOCATION:Durban]] | "
    "Postal code: [[ZIP_CODE:4031]]",
    # 039
    "subscriber: [[PERSON:Aisha Bello]]; msisdn: [[PHONE_NUMBER:2348034827193]]; nin: [[ID_NUMBER:71829304615]]; "
    "sim_registration_date: [[DATE_TIME:2023-08-14]]; state: [[LOCATION:Kano]]; device_imei: 356938035643809; "
    "plan: Prepaid Smart",
    # 040
    "Itinerary for [[PERSON:Mr. Shinji Watanabe]] and [[PERSON:Mrs. Yuko Watanabe]]: depart "
    "[[LOCATION:Vancouver]] [[DATE_TIME:12 Apr 2025 13:45]], arrive [[LOCATION:Auckland]] "
    "[[DATE_TIME:14 Apr 2025 05:10]]. Passports: [[ID_NUMBER:TR4829173]], [[ID_NUMBER:TR4829174]]. Contact: "
    "[[EMAIL_ADDRESS:shinji.w@shaw.ca]].",
    # 041
    "Prezada [[PERSON:Fernanda Albuquerque]], seu pedido de cartão foi aprovado. CPF "
    "[[ID_NUMBER:452.723.001-81]], RG [[ID_NUMBER:38.471.209-5]], nascida em [[DATE_TIME:09/08/1990]], endereço "
    "[[ADDRESS:Av. Boa Viagem, 3200, apto 1102]], [[LOCATION:Recife]] - [[LOCATION:PE]], CEP "
    "[[ZIP_CODE:51020-000]]. O cartão com final 4417 segue pelo correio.",
    # 042
    "incident_report: employee [[PERSON:Craig Donnelly]] (staff no. [[ID_NUMBER:77120]]) was seen on CCTV on "
    "[[DATE_TIME:2025-03-03 at 14:05]] removing stock. Manager: [[PERSON:Funmi Adeleke]]. Witness: "
    "[[PERSON:J. Park]]. Employee home address: [[ADDRESS:5 Mill Row]], [[LOCATION:Stockport]] "
    "[[ZIP_CODE:SK4 2NB]].",
    # 043
    "Dear [[PERSON:Pooja Agarwal]], your KYC is pending. Please submit PAN [[ID_NUMBER:CKLPA3948F]] and Aadhaar "
    "[[ID_NUMBER:2214 2726 2670]] at the branch. Registered address: [[ADDRESS:B-204, Shanti Kunj Apartments, "
    "Sector 62]], [[LOCATION:Noida]], [[LOCATION:Uttar Pradesh]] [[ZIP_CODE:201301]]. Mobile "
    "[[PHONE_NUMBER:+91-98715-40382]].",
    # 044
    "LAB REPORT  Patient: [[PERSON:Kamala Devi Persaud]]  Sex: F  Age: [[AGE:54]]  Sample collected: "
    "[[DATE_TIME:07-Mar-2025 07:30]]  Lab ID: LR-990174  Ref. doctor: [[PERSON:Dr. O. Bankole]]  HbA1c: 7.9 %  "
    "Fasting glucose: 142 mg/dL",
    # 045
    "crm_contact { first_name: [[PERSON:Leilani]], last_name: [[PERSON:Kahananui]], email: "
    "[[EMAIL_ADDRESS:leilani.k@hawaiiantel.net]], phone: [[PHONE_NUMBER:(808) 482-1190]], street: "
    "[[ADDRESS:94-1021 Waipahu St]], city: [[LOCATION:Waipahu]], state: [[LOCATION:HI]], zip: "
    "[[ZIP_CODE:96797]], lead_source: webinar, political_affiliation: [[NRP:Republican]] }",
    # 046
    "Account [[USERNAME:ShadowFennec42]] (registered to [[EMAIL_ADDRESS:finn.oleary08@gmail.com]], DOB "
    "[[DATE_TIME:2008-05-17]]) was suspended for chargebacks on card [[CREDIT_CARD:2223384057545480]]. Last IP: "
    "[[IP_ADDRESS:2a02:8084:4e0:c700:9d41:2b1:ae3f:11c0]].",
    # 047
    "RENTAL APPLICATION\nApplicant: [[PERSON:Keisha Monroe]]  DOB: [[DATE_TIME:03/17/1993]]  SSN: "
    "[[US_SSN:410-55-2897]]\nCurrent address: [[ADDRESS:3341 Peachtree Rd NE, Apt 1207]], [[LOCATION:Atlanta]], "
    "[[LOCATION:GA]] [[ZIP_CODE:30326]]\nEmployer: Emory Healthcare   Monthly income: $5,400\nDriver's license: "
    "[[US_DRIVER_LICENSE:058412937]] ([[LOCATION:GA]])\nReference: [[PERSON:Darnell Monroe]] (brother), "
    "[[PHONE_NUMBER:404-918-2230]]",
    # 048
    "kyc_record: full_name=[[PERSON:Priyanka Shah]]; date_of_birth=[[DATE_TIME:1988-12-04]]; "
    "ni_number=[[ID_NUMBER:NP418273C]]; passport_number=[[ID_NUMBER:533817264]]; nationality=[[NRP:British]]; "
    "sort_code=75-86-06; account_number=[[ID_NUMBER:34832614]]; iban=[[IBAN_CODE:GB33HBUK75860634832614]]; "
    "address_line_1=[[ADDRESS:17 Kenton Road]]; town=[[LOCATION:Harrow]]; postcode=[[ZIP_CODE:HA3 0AW]]",
    # 049
    "[[PERSON:Nurse Adwoa Frimpong]] ([[EMAIL_ADDRESS:a.frimpong@nhs.net]]) swapped her [[DATE_TIME:22 March]] "
    "night shift with [[PERSON:Chinonso]]; patients in bay 4 include [[PERSON:Mr Albert Keane]], [[AGE:79]], and "
    "[[TITLE:Miss]] [[PERSON:Dorothy Pugh]], [[AGE:91]].",
    # 050
    "fleet_log: driver=[[PERSON:Sipho Mahlangu]]; licence_no=[[ID_NUMBER:40820004L2T9]]; "
    "vehicle_plate=[[ID_NUMBER:BX 48 KL GP]]; route=[[LOCATION:Johannesburg]]-[[LOCATION:Polokwane]]; "
    "departure=[[DATE_TIME:2025-01-27 05:30]]; cell=[[PHONE_NUMBER:082 904 1175]]",
    # 051
    "Appointment letter. Dear [[PERSON:Ms Gráinne Mulcahy]], your appointment with the Orthopaedic Clinic is on "
    "[[DATE_TIME:Tuesday 8 April 2025 at 14:30]]. Please quote your MRN [[ID_NUMBER:1048217]] and bring your "
    "PPSN ([[ID_NUMBER:8601759TA]]) and a list of your current medications.",
    # 052
    "Ship to: [[PERSON:Ji-woo Park]], [[ADDRESS:1204-88 Harbour St]], [[LOCATION:Toronto]], [[LOCATION:ON]] "
    "[[ZIP_CODE:M5J 0C3]]. Bill to: [[PERSON:Seo-yeon Park]], same address. Paid with Amex "
    "[[CREDIT_CARD:3497 889898 09611]]. Phone: [[PHONE_NUMBER:647-482-1193]].",
    # 053
    "record_type: scholarship_award\nrecipient: [[PERSON:Faith Chebet]]\nnational_id: [[ID_NUMBER:36482017]]\n"
    "university_reg_no: [[ID_NUMBER:SCT211-0482/2022]]\ncounty: [[LOCATION:Uasin Gishu]]\namount_kes: 85000\n"
    "mpesa_number: [[PHONE_NUMBER:0703 481 229]]\naward_date: [[DATE_TIME:2024-10-01]]",
    # 054
    "Arbeitsvertrag zwischen der Kessler GmbH und [[TITLE:Herrn]] [[PERSON:Florian Baumgartner]], geboren am "
    "[[DATE_TIME:07.11.1989]] in [[LOCATION:Graz]], wohnhaft [[ADDRESS:Mariahilfer Straße 88/14]], "
    "[[ZIP_CODE:1070]] [[LOCATION:Wien]]. Das Gehalt wird auf [[IBAN_CODE:AT10 4496 9335 4424 6138]] überwiesen; "
    "Sozialversicherungsnummer [[ID_NUMBER:4827 071189]].",
    # 055
    "fraud_review: order=ORD-7730185; account_holder=[[PERSON:Jasmine Kaur Gill]]; billing_zip=[[ZIP_CODE:V3W 1K4]]; "
    "card=[[CREDIT_CARD:4542 2045 8814 5115]]; shipping_address=[[ADDRESS:12850 72 Ave]], [[LOCATION:Surrey]], "
    "[[LOCATION:BC]]; ip_address=[[IP_ADDRESS:24.85.211.49]]; ip_city=[[LOCATION:Seattle]]; decision=hold",
    # 056
    "Hello [[PERSON:Walter]], this is a reminder from the senior center: your Medicare number "
    "[[ID_NUMBER:4QT7-HN2-WR58]] and SSN [[US_SSN:219-80-4471]] must match on the benefits form. You are listed "
    "as [[AGE:74]] years old, living at [[ADDRESS:77 Orchard Hill Rd]], [[LOCATION:Brattleboro]], "
    "[[LOCATION:VT]] [[ZIP_CODE:05301]].",
    # 057
    "Statement of [[PERSON:Akosua Agyemang]], [[AGE:26]], trader, resident at "
    "[[ADDRESS:H/No. 27 Nii Okaiman Street]], [[LOCATION:Dansoman]], [[LOCATION:Accra]]. On "
    "[[DATE_TIME:15/02/2025 at 19:30]] my phone was snatched at [[LOCATION:Kaneshie]] market. My number is "
    "[[PHONE_NUMBER:+233 24 318 7764]]. Ghana Card: [[ID_NUMBER:GHA-003918274-6]].",
    # 058
    "[[DATE_TIME:2025-03-18T09:12:44Z]] INFO auth.login user=[[USERNAME:m.oduya]] "
    "email=[[EMAIL_ADDRESS:michael.oduya@kibanda.co.ke]] src_ip=[[IP_ADDRESS:197.232.61.140]] "
    "api_key=sk_live_51Hx9aQ2Lw8 session=9c1e0a7b status=200 latency_ms=184",
    # 059
    "[[TITLE:Encik]] [[PERSON:Faizal Hamzah]], IC no. [[ID_NUMBER:830226-08-5517]], of "
    "[[ADDRESS:No. 9, Lorong Kenari 3]], [[LOCATION:Bayan Lepas]], [[ZIP_CODE:11900]] [[LOCATION:Penang]], has "
    "registered vehicle [[ID_NUMBER:PKN 7720]] in his name. Email: [[EMAIL_ADDRESS:faizal.hamzah83@gmail.com]].",
    # 060
    "Exit interview: [[PERSON:Bronwyn Tait]], employee #[[ID_NUMBER:30418]], last working day "
    "[[DATE_TIME:28/03/2025]]. Reason for leaving: moving to [[LOCATION:Christchurch]] with her partner "
    "[[PERSON:Hemi]]. Forwarding address: [[ADDRESS:14 Riccarton Road]], [[LOCATION:Riccarton]] "
    "[[ZIP_CODE:8011]]. IRD [[ID_NUMBER:104-382-716]] for final pay.",
    # 061
    "@[[USERNAME:karanjohar_fan22]] lol my cousin [[PERSON:Simran]] just turned [[AGE:21]] and the party is at "
    "[[ADDRESS:D-14 Hauz Khas Village]], [[LOCATION:New Delhi]] on the [[DATE_TIME:9th]], dm her at "
    "[[PHONE_NUMBER:+91 98100 73412]] for the guest list",
    # 062
    "invoice_recipient: [[PERSON:Jürgen Schwarz]]; patient_id: [[ID_NUMBER:P-448201]]; date_of_service: "
    "[[DATE_TIME:2025-02-04]]; insurance_number: [[ID_NUMBER:S738201945]]; iban: "
    "[[IBAN_CODE:DE68 8293 0284 5843 1274 55]]; address: [[ADDRESS:Am Lindenhof 6]], [[ZIP_CODE:01187]] "
    "[[LOCATION:Dresden]]; amount_eur: 148.20",
    # 063
    "Hola [[PERSON:Valentina]], confirmamos tu reserva a nombre de [[PERSON:Valentina Ríos Cabrera]], pasaporte "
    "[[ID_NUMBER:PAB482917]], para el [[DATE_TIME:12 de julio]]. Te escribiremos a "
    "[[EMAIL_ADDRESS:vale.rios.c@hotmail.es]] o al [[PHONE_NUMBER:+34 612 48 29 17]].",
    # 064
    "CREDIT REPORT. Consumer: [[PERSON:Lamar J. Whitfield]]; SSN: [[US_SSN:058-31-9926]]; Date of Birth: "
    "[[DATE_TIME:01/29/1979]]; Current Address: [[ADDRESS:5400 Lakeview Pkwy, Apt 9]], [[LOCATION:Rowlett]], "
    "[[LOCATION:TX]] [[ZIP_CODE:75088]]; Previous Address: [[ADDRESS:1218 Elm St]], [[LOCATION:Dallas]], "
    "[[LOCATION:TX]] [[ZIP_CODE:75201]]; Open tradelines: 6; Score: 712",
    # 065
    "subject_code: KX-019 | initials: [[PERSON:M.T.]] | age: [[AGE:46]] | race_ethnicity: [[NRP:Filipino]] | "
    "date_of_consent: [[DATE_TIME:2024-12-09]] | site: [[LOCATION:Cebu City]] | coordinator_email: "
    "[[EMAIL_ADDRESS:rjavier.research@gmail.com]]",
    # 066
    "[[PERSON:Cathal Brennan]] is selling his 2017 Golf, reg [[ID_NUMBER:171-KY-2290]], to [[PERSON:Emma Dwyer]] "
    "for €9,800. Payment to [[IBAN_CODE:IE08 AIBK 5827 0550 9592 54]]. Handover at [[ADDRESS:12 Strand Street]], "
    "[[LOCATION:Tralee]] on [[DATE_TIME:Saturday 22nd March]].",
    # 067
    "PAYSLIP  Employee: [[PERSON:Rukhsana Begum]]  Employee No: [[ID_NUMBER:004417]]  NI No: "
    "[[ID_NUMBER:SH 90 12 46 D]]  Tax code: 1257L  Period: M11  Gross: £2,318.50  Net: £1,902.14  Paid to: "
    "[[IBAN_CODE:GB87NWBK21964134299104]]",
    # 068
    "report_id: 88271 | reported_user: [[USERNAME:aussie_vibes_93]] | display_name: [[PERSON:Brodie Kellett]] | "
    "profile_url: [[URL:https://www.instagram.com/aussie_vibes_93]] | reporter: [[USERNAME:meg.oz]] | reason: "
    "harassment | reporter_location: [[LOCATION:Perth]], [[LOCATION:WA]]",
    # 069
    "[[PERSON:Rutendo Mashingaidze]], born [[DATE_TIME:4 April 1992]] in [[LOCATION:Bulawayo]], applies for a "
    "prepaid meter at [[ADDRESS:1142 Mbizo 12]], [[LOCATION:Kwekwe]]. ID [[ID_NUMBER:08-2204817 R 08]], cell "
    "[[PHONE_NUMBER:+263 71 482 9930]], email [[EMAIL_ADDRESS:rutendo.mash@gmail.com]].",
    # 070
    "Dental chart note: [[PERSON:Ahmad Rahimi]] ([[AGE:35]]), seen [[DATE_TIME:03/12/2025]] by "
    "[[PERSON:Dr. Sara Lindqvist]]. Tooth 36 root canal completed. Next appointment: "
    "[[DATE_TIME:03/26/2025 2:00 PM]]. Insurance: Delta Dental, member ID [[ID_NUMBER:DD4820193375]]. Emergency "
    "contact: [[PERSON:Shirin Rahimi]] [[PHONE_NUMBER:(503) 482-6617]].",
    # 071
    "buyer_name: [[PERSON:Olumide Ajayi]] & [[PERSON:Temitope Ajayi]]; property_address: "
    "[[ADDRESS:48 Chestnut Grove]], [[LOCATION:Basildon]] [[ZIP_CODE:SS14 3PL]]; completion_date: "
    "[[DATE_TIME:2025-04-30]]; solicitor_ref: BL/4471/AJ; buyer_email: [[EMAIL_ADDRESS:olu.ajayi@icloud.com]]; "
    "deposit_source_account: [[IBAN_CODE:GB47BUKB20407812355799]]",
    # 072
    "[[PERSON:Daan Bakker]] (geboren [[DATE_TIME:4 mei 1985]]) heeft zijn rijbewijs [[ID_NUMBER:5048217390]] "
    "verloren in [[LOCATION:Rotterdam]]. Hij woont op [[ADDRESS:Westersingel 71B]], [[ZIP_CODE:3014 GV]] en is "
    "bereikbaar via [[EMAIL_ADDRESS:daan.bakker85@ziggo.nl]].",
    # 073
    "PAX 1: [[PERSON:SINGH]]/[[PERSON:HARPREET KAUR]] [[TITLE:MRS]]  DOB [[DATE_TIME:12JUN81]]  PPT "
    "[[ID_NUMBER:Z4829173]]\nPAX 2: [[PERSON:SINGH]]/[[PERSON:ARJAN]] [[TITLE:MSTR]]  DOB [[DATE_TIME:03SEP15]]  "
    "PPT [[ID_NUMBER:Z7710482]]\nSEAT 32A/32B  FQTV [[ID_NUMBER:AI 4829 1730]]  CTC "
    "[[PHONE_NUMBER:+44 7958 201 447]]",
    # 074
    "case_party: petitioner=[[PERSON:Leticia Oduya-Banks]], respondent=[[PERSON:Carl Banks]]; "
    "children=[[PERSON:Maya]] ([[AGE:9]]), [[PERSON:Elijah]] ([[AGE:6]]); petitioner_address=confidential; "
    "respondent_address=[[ADDRESS:2290 Riverside Dr]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43221]]; "
    "hearing_date=[[DATE_TIME:2025-05-06T09:00]]",
    # 075
    "Cher [[PERSON:Karim]], votre adhésion au club est confirmée. Numéro de membre : [[ID_NUMBER:CLB-004829]]. "
    "Nous prélèverons 39 € par mois sur [[IBAN_CODE:FR76 5767 8721 5999 5652 0933 418]] à partir du "
    "[[DATE_TIME:5 mars]]. Adresse : [[ADDRESS:27 avenue Jean Jaurès]], [[ZIP_CODE:69007]] [[LOCATION:Lyon]].",
    # 076
    "Immunisation record for [[PERSON:Aarav Menon]], DOB [[DATE_TIME:2021-08-14]], NHI [[ID_NUMBER:ZHK4821]]: "
    "MMR dose 1 given [[DATE_TIME:2022-08-20]] at the [[LOCATION:Papatoetoe]] clinic by "
    "[[PERSON:Nurse Fiona Latu]]. Parent: [[PERSON:Divya Menon]], [[PHONE_NUMBER:022 481 7730]].",
    # 077
    "applicant: [[PERSON:Ravinder Dhaliwal]] | sin: [[ID_NUMBER:531 447 837]] | date_of_birth: "
    "[[DATE_TIME:1961-03-09]] | age: [[AGE:64]] | address: [[ADDRESS:7 Fallingbrook Cres]], [[LOCATION:Brampton]] "
    "[[LOCATION:ON]] [[ZIP_CODE:L6Z 3K2]] | benefit: CPP retirement | direct_deposit_account: "
    "[[ID_NUMBER:5038291]] | institution: 003 | transit: 04821",
    # 078
    "Hi team, I'm [[PERSON:Samuel Adu-Gyamfi]], [[AGE:27]], a backend engineer from [[LOCATION:Tema]]. My GitHub is "
    "[[URL:github.com/samadugyamfi]] and my personal site is [[URL:https://samuel.adugyamfi.dev]]. Reach me on "
    "[[PHONE_NUMBER:+233 55 918 2074]] or [[EMAIL_ADDRESS:sam.adugyamfi@gmail.com]].",
    # 079
    "Real Property Tax receipt. Declared owners: [[PERSON:Ramon Villareal]] and [[PERSON:Teresita Villareal]]; "
    "property location: [[ADDRESS:Lot 7, Block 12, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]]; "
    "TIN: [[ID_NUMBER:293-481-772-000]]; contact: [[PHONE_NUMBER:0918 447 2091]]; amount paid: PHP 6,240.00",
    # 080
    "gast_name: [[PERSON:Ingrid Halvorsen]]; nationalität: [[NRP:norwegisch]]; reisepass: [[ID_NUMBER:FH4829173]]; "
    "anreise: [[DATE_TIME:2025-07-03]]; abreise: [[DATE_TIME:2025-07-09]]; zimmer: 305; kreditkarte: "
    "[[CREDIT_CARD:4285 9321 4866 3224]]; telefon: [[PHONE_NUMBER:+47 412 83 907]]",
    # 081
    "[[PERSON:Róisín McAllister]], your statement is ready. Card ****-****-****-4471, account "
    "[[ID_NUMBER:31927704]], sort code 95-01-22. Online banking user [[USERNAME:rmcallister_ni]]; last access "
    "[[DATE_TIME:18/03/2025 08:14]] from [[IP_ADDRESS:81.149.72.3]] in [[LOCATION:Belfast]].",
    # 082
    "OFFICIAL TRANSCRIPT  Student: [[PERSON:Nkechi Amadi-Lawson]]  Student No.: [[ID_NUMBER:2019/48217]]  Date of "
    "Birth: [[DATE_TIME:11 November 2000]]  Programme: LLB (Hons)  Award date: [[DATE_TIME:18 July 2023]]  "
    "Classification: Upper Second  Registrar: [[PERSON:Prof. D. Oyewole]]",
    # 083
    "user: [[USERNAME:thabo.nk]] | name: [[PERSON:Thabo Nkosi]] | id_number: [[ID_NUMBER:6802178418086]] | dob: "
    "[[DATE_TIME:17-02-1968]] | medical_aid: Discovery Health | member_no: [[ID_NUMBER:118204477]] | delivery: "
    "[[ADDRESS:5 Acacia Lane]], [[LOCATION:Durbanville]], [[ZIP_CODE:7550]] | card_on_file: "
    "[[CREDIT_CARD:5357 8892 8357 9690]]",
    # 084
    "La [[TITLE:sig.ra]] [[PERSON:Elena Colombo]], [[AGE:71]] anni, tessera sanitaria "
    "[[ID_NUMBER:80380001200482917304]], è stata ricoverata il [[DATE_TIME:2 febbraio 2025]] all'ospedale di "
    "[[LOCATION:Bergamo]]. Il figlio [[PERSON:Luca]] è raggiungibile al [[PHONE_NUMBER:333 482 1907]].",
    # 085
    "Applicant 1: [[PERSON:Hamish Douglas]], DOB [[DATE_TIME:07/05/1985]], TFN [[ID_NUMBER:499 266 005]], [[LOCATION:NSW]] "
    "licence [[ID_NUMBER:14829307]]. Applicant 2: [[PERSON:Mai Douglas]] (née [[PERSON:Pham]]), DOB "
    "[[DATE_TIME:23/01/1987]], TFN [[ID_NUMBER:590 896 413]]. Security property: [[ADDRESS:3 Lorikeet Close]], "
    "[[LOCATION:Kellyville]] [[LOCATION:NSW]] [[ZIP_CODE:2155]].",
    # 086
    "incident: INC-20931 | affected_user: [[PERSON:Nadia Rahman]] ([[EMAIL_ADDRESS:nrahman@bracewell-hq.com]]) | "
    "workstation: WS-LDN-114 | mac: 00:1B:44:11:3A:B7 | internal_ip: [[IP_ADDRESS:10.14.22.87]] | external_ip: "
    "[[IP_ADDRESS:51.148.96.12]] | phished_at: [[DATE_TIME:2025-02-27 10:48 GMT]] | mfa_phone: "
    "[[PHONE_NUMBER:+44 7384 102 665]]",
    # 087
    "[[PERSON:Pieter-Jan Claes]], rijksregisternummer [[ID_NUMBER:95.07.21-071.82]], geboren op "
    "[[DATE_TIME:21 juli 1995]] te [[LOCATION:Gent]], woonachtig [[ADDRESS:Kortrijksesteenweg 412 bus 3]], "
    "[[ZIP_CODE:9000]] [[LOCATION:Gent]], rekening [[IBAN_CODE:BE60 9606 9414 7170]].",
    # 088
    "Invoice 2025-0419 | Client: [[PERSON:Megan Kowalski]] | Client no.: [[ID_NUMBER:C-77182]] | Patient: "
    "'Biscuit' (canine) | Address: [[ADDRESS:88 Pine Hollow Rd]], [[LOCATION:Scranton]], [[LOCATION:PA]] "
    "[[ZIP_CODE:18505]] | Phone: [[PHONE_NUMBER:570-482-3319]] | Total: $212.40 | Paid: Discover "
    "[[CREDIT_CARD:6011 8644 9807 1417]]",
    # 089
    "pass_holder: [[PERSON:Rahul Bhattacharya]]; fin: [[ID_NUMBER:G4821937N]]; nationality: [[NRP:Indian]]; "
    "passport: [[ID_NUMBER:V4829173]]; employer_uen: 201948271K; residential_address: "
    "[[ADDRESS:21 Tanjong Pagar Road, #12-04]], [[LOCATION:Singapore]] [[ZIP_CODE:088444]]; pass_expiry: "
    "2027-03-31; mobile: [[PHONE_NUMBER:+65 9048 2217]]",
    # 090
    "[[PERSON:Layla Haddad]], [[AGE:30]], [[NRP:Lebanese]], works in [[LOCATION:Abu Dhabi]] and sends money home "
    "every month from [[IBAN_CODE:AE36 0333 5448 2666 3155 689]]. Her mobile is [[PHONE_NUMBER:+971 56 482 1907]] "
    "and her username on the exchange app is [[USERNAME:layla.h.auh]].",
]

# --- table: labeled tables rendered as text ------------------------------------
TABLE = [
    # 001 CSV, HR roster, Ireland
    "employee_id,name,dept,start_date,email,mobile\n"
    "[[ID_NUMBER:E1047]],[[PERSON:Aoife Brennan]],Finance,[[DATE_TIME:2021-03-15]],"
    "[[EMAIL_ADDRESS:aoife.brennan@lumenco.ie]],[[PHONE_NUMBER:+353 86 412 7730]]\n"
    "[[ID_NUMBER:E1052]],[[PERSON:Tadhg Ó Súilleabháin]],Ops,[[DATE_TIME:2022-11-01]],"
    "[[EMAIL_ADDRESS:tadhg.osullivan@lumenco.ie]],[[PHONE_NUMBER:+353 83 190 4482]]\n"
    "[[ID_NUMBER:E1060]],[[PERSON:Wiktoria Nowak]],Finance,[[DATE_TIME:2023-06-19]],"
    "[[EMAIL_ADDRESS:wiktoria.nowak@lumenco.ie]],[[PHONE_NUMBER:+353 87 775 2019]]\n"
    "[[ID_NUMBER:E1071]],[[PERSON:Babajide Oyelowo]],IT,[[DATE_TIME:2024-01-08]],"
    "[[EMAIL_ADDRESS:babajide.oyelowo@lumenco.ie]],[[PHONE_NUMBER:+353 89 602 3341]]",
    # 002 Markdown, ward list, UK
    "| Hosp. No. | Patient | DOB | Ward | NHS No. | Consultant |\n"
    "|---|---|---|---|---|---|\n"
    "| [[ID_NUMBER:RX40217]] | [[PERSON:Harold Bishop]] | [[DATE_TIME:12/04/1941]] | Ward 7 | "
    "[[ID_NUMBER:593 189 1749]] | [[PERSON:Dr Okeke]] |\n"
    "| [[ID_NUMBER:RX40388]] | [[PERSON:Sunita Chauhan]] | [[DATE_TIME:30/09/1962]] | Ward 7 | "
    "[[ID_NUMBER:538 311 0674]] | [[PERSON:Dr Okeke]] |\n"
    "| [[ID_NUMBER:RX41002]] | [[PERSON:Keith Rowntree]] | [[DATE_TIME:05/01/1955]] | Ward 9 | "
    "[[ID_NUMBER:719 044 2669]] | [[PERSON:Mr Ferreira]] |",
    # 003 TSV, card payments
    "txn_id\tcardholder\tcard_number\texpiry\tamount\tcurrency\tstatus\n"
    "TX-90117\t[[PERSON:Gabriel Moreau]]\t[[CREDIT_CARD:4657 6886 0397 1029]]\t09/27\t129.90\tEUR\tsettled\n"
    "TX-90118\t[[PERSON:Naledi Mthembu]]\t[[CREDIT_CARD:5469105275984912]]\t02/26\t1,450.00\tZAR\tsettled\n"
    "TX-90119\t[[PERSON:Hiroshi Tanaka]]\t[[CREDIT_CARD:3530-4959-6205-1855]]\t11/28\t88.00\tSGD\tdeclined\n"
    "TX-90120\t[[PERSON:Emily Sutherland]]\t[[CREDIT_CARD:3758 102481 20155]]\t04/27\t310.25\tUSD\trefunded",
    # 004 fixed-width, gym members, Australia
    "MEMBER#   NAME                  AGE  SUBURB          MOBILE         PLAN\n"
    "[[ID_NUMBER:M-30418]]   [[PERSON:Jack Thornbury]]        [[AGE:34]]   [[LOCATION:Fitzroy]]         "
    "[[PHONE_NUMBER:0411 902 384]]   Premium\n"
    "[[ID_NUMBER:M-30422]]   [[PERSON:Priya Raghunathan]]     [[AGE:29]]   [[LOCATION:Brunswick]]       "
    "[[PHONE_NUMBER:0422 118 570]]   Off-peak\n"
    "[[ID_NUMBER:M-30431]]   [[PERSON:Tevita Fifita]]         [[AGE:41]]   [[LOCATION:Footscray]]       "
    "[[PHONE_NUMBER:0438 554 019]]   Premium\n"
    "[[ID_NUMBER:M-30440]]   [[PERSON:Sophie Leclerc]]        [[AGE:23]]   [[LOCATION:Carlton]]         "
    "[[PHONE_NUMBER:0450 337 821]]   Student",
    # 005 JSON lines, web sessions
    '{"user": "[[USERNAME:kiri_m]]", "email": "[[EMAIL_ADDRESS:kiri.matene@gmail.com]]", "ip": '
    '"[[IP_ADDRESS:115.189.84.22]]", "country": "[[LOCATION:New Zealand]]", "plan": "free", "pages": 14}\n'
    '{"user": "[[USERNAME:obi.wan.kenobi.ng]]", "email": "[[EMAIL_ADDRESS:obinna.nwachukwu@yahoo.com]]", "ip": '
    '"[[IP_ADDRESS:197.210.55.118]]", "country": "[[LOCATION:Nigeria]]", "plan": "pro", "pages": 3}\n'
    '{"user": "[[USERNAME:marguerite_l]]", "email": "[[EMAIL_ADDRESS:m.lavoie@sympatico.ca]]", "ip": '
    '"[[IP_ADDRESS:2605:8d80:6a0:3f1b::2c]]", "country": "[[LOCATION:Canada]]", "plan": "pro", "pages": 27}',
    # 006 YAML, emergency contacts
    "contacts:\n"
    "  - name: [[PERSON:Rebecca Aldridge]]\n"
    "    relation: mother\n"
    "    phone: \"[[PHONE_NUMBER:+44 7412 883 019]]\"\n"
    "    address: \"[[ADDRESS:22 Holly Bank]], [[LOCATION:Huddersfield]] [[ZIP_CODE:HD3 3LA]]\"\n"
    "  - name: [[PERSON:Thomas Aldridge]]\n"
    "    relation: brother\n"
    "    phone: \"[[PHONE_NUMBER:07855 201 436]]\"\n"
    "    address: \"[[ADDRESS:Flat 3, 9 Otley Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 3AA]]\"\n"
    "  - name: [[PERSON:Dr Farah Siddiqui]]\n"
    "    relation: GP\n"
    "    phone: \"01484 530 227\"",
    # 007 key: value blocks, visitor log, UAE
    "Visitor: [[PERSON:Omar Al Suwaidi]]\nEmirates ID: [[ID_NUMBER:784-1979-3316204-8]]\nHost: "
    "[[PERSON:Ritu Sharma]]\nTime in: 09:12\nBadge: V-118\n\n"
    "Visitor: [[PERSON:Grace Mwangi]]\nPassport: [[ID_NUMBER:AK0471923]]\nHost: [[PERSON:Ritu Sharma]]\nTime in: "
    "09:40\nBadge: V-119\n\n"
    "Visitor: [[PERSON:Daniel Fischer]]\nPassport: [[ID_NUMBER:C01X00T47]]\nHost: [[PERSON:Yousef Karimi]]\nTime "
    "in: 10:05\nBadge: V-120",
    # 008 SQL inserts, users, US
    "INSERT INTO customers (id, full_name, ssn, dob, state, tier) VALUES\n"
    "  (1001, '[[PERSON:Brianna Castillo]]', '[[US_SSN:364-27-5108]]', '[[DATE_TIME:1991-02-14]]', "
    "'[[LOCATION:NM]]', 'gold'),\n"
    "  (1002, '[[PERSON:Marcus Delaney]]', '[[US_SSN:690-41-2253]]', '[[DATE_TIME:1984-10-30]]', '[[LOCATION:OR]]', "
    "'silver'),\n"
    "  (1003, '[[PERSON:Hyun-woo Lee]]', '[[US_SSN:733-04-6612]]', '[[DATE_TIME:1999-07-07]]', '[[LOCATION:WA]]', "
    "'basic');",
    # 009 CSV, survey respondents
    "respondent,first_name,age,city,country,nationality,religion,score\n"
    "R-01,[[PERSON:Amara]],[[AGE:33]],[[LOCATION:Accra]],[[LOCATION:Ghana]],[[NRP:Ghanaian]],[[NRP:Christian]],7\n"
    "R-02,[[PERSON:Farhan]],[[AGE:27]],[[LOCATION:Kuala Lumpur]],[[LOCATION:Malaysia]],[[NRP:Malaysian]],"
    "[[NRP:Muslim]],9\n"
    "R-03,[[PERSON:Ishita]],[[AGE:45]],[[LOCATION:Leicester]],[[LOCATION:UK]],[[NRP:British]],[[NRP:Hindu]],6\n"
    "R-04,[[PERSON:Mateo]],[[AGE:38]],[[LOCATION:Auckland]],[[LOCATION:New Zealand]],[[NRP:Uruguayan]],"
    "[[NRP:Catholic]],8",
    # 010 pipes, tenancy register, Singapore
    "| Unit | Tenant | NRIC/FIN | Mobile | Lease start |\n"
    "| #03-11 | [[PERSON:Goh Kian Seng]] | [[ID_NUMBER:T0101115J]] | [[PHONE_NUMBER:9721 4083]] | "
    "[[DATE_TIME:01 Feb 2025]] |\n"
    "| #05-02 | [[PERSON:Siti Aminah bte Yusof]] | [[ID_NUMBER:T0384970D]] | [[PHONE_NUMBER:8830 1127]] | "
    "[[DATE_TIME:15 Mar 2025]] |\n"
    "| #07-19 | [[PERSON:Karthik Ramasamy]] | [[ID_NUMBER:S8820966D]] | [[PHONE_NUMBER:9156 0348]] | "
    "[[DATE_TIME:01 Apr 2025]] |",
    # 011 CSV, French staff list
    "matricule;nom;prénom;date_naissance;ville;téléphone\n"
    "[[ID_NUMBER:F-2207]];[[PERSON:Girard]];[[PERSON:Antoine]];[[DATE_TIME:14/11/1984]];[[LOCATION:Bordeaux]];"
    "[[PHONE_NUMBER:06 12 48 77 30]]\n"
    "[[ID_NUMBER:F-2214]];[[PERSON:Benali]];[[PERSON:Yasmina]];[[DATE_TIME:02/05/1990]];[[LOCATION:Marseille]];"
    "[[PHONE_NUMBER:07 81 20 39 45]]\n"
    "[[ID_NUMBER:F-2231]];[[PERSON:Nguyen]];[[PERSON:Thi Hoa]];[[DATE_TIME:27/08/1996]];[[LOCATION:Lille]];"
    "[[PHONE_NUMBER:06 44 91 05 62]]",
    # 012 TSV, India KYC
    "cust_no\tname\tpan\taadhaar\tcity\tpin\n"
    "[[ID_NUMBER:C00912]]\t[[PERSON:Rekha Nambiar]]\t[[ID_NUMBER:AMZPN4471Q]]\t[[ID_NUMBER:2497 9715 2313]]\t"
    "[[LOCATION:Thiruvananthapuram]]\t[[ZIP_CODE:695014]]\n"
    "[[ID_NUMBER:C00913]]\t[[PERSON:Gurpreet Bhullar]]\t[[ID_NUMBER:BFKPB9203M]]\t[[ID_NUMBER:9694 1667 5860]]\t"
    "[[LOCATION:Ludhiana]]\t[[ZIP_CODE:141001]]\n"
    "[[ID_NUMBER:C00914]]\t[[PERSON:Sayan Mukherjee]]\t[[ID_NUMBER:CJHPM1186K]]\t[[ID_NUMBER:5151 9811 7496]]\t"
    "[[LOCATION:Kolkata]]\t[[ZIP_CODE:700029]]",
    # 013 JSON lines, Spanish clinic
    '{"paciente": "[[PERSON:Ainhoa Zubiri]]", "dni": "[[ID_NUMBER:40880006J]]", "edad": [[AGE:61]], "cita": '
    '"[[DATE_TIME:2025-03-21 09:30]]", "especialidad": "cardiología"}\n'
    '{"paciente": "[[PERSON:Jorge Salinas Vega]]", "dni": "[[ID_NUMBER:58373368N]]", "edad": [[AGE:47]], "cita": '
    '"[[DATE_TIME:2025-03-21 10:15]]", "especialidad": "dermatología"}\n'
    '{"paciente": "[[PERSON:Mihaela Ionescu]]", "nie": "[[ID_NUMBER:X7917894Y]]", "edad": [[AGE:35]], "cita": '
    '"[[DATE_TIME:2025-03-22 12:00]]", "especialidad": "ginecología"}',
    # 014 fixed-width, class list, Kenya
    "ADM NO  STUDENT NAME              FORM  PARENT/GUARDIAN        PARENT PHONE\n"
    "[[ID_NUMBER:4417]]    [[PERSON:Mercy Wambui Karanja]]      3W    [[PERSON:Joseph Karanja]]         "
    "[[PHONE_NUMBER:0722 301 448]]\n"
    "[[ID_NUMBER:4452]]    [[PERSON:Kelvin Omondi Ouma]]        3W    [[PERSON:Rose Akinyi]]            "
    "[[PHONE_NUMBER:0733 918 204]]\n"
    "[[ID_NUMBER:4478]]    [[PERSON:Abdirahman Hussein]]        3E    [[PERSON:Halima Hussein]]         "
    "[[PHONE_NUMBER:0711 560 872]]",
    # 015 SQL, orders with customers
    "INSERT INTO orders (order_no, customer_name, customer_email, ship_to, postcode, total_gbp) VALUES\n"
    "('UK-88120', '[[PERSON:Helen Marsh]]', '[[EMAIL_ADDRESS:helen.marsh@talktalk.net]]', "
    "'[[ADDRESS:4 Abbey Mews]], [[LOCATION:Bath]]', '[[ZIP_CODE:BA1 1LY]]', 42.50),\n"
    "('UK-88121', '[[PERSON:Kojo Asante]]', '[[EMAIL_ADDRESS:kojo.asante@gmail.com]]', "
    "'[[ADDRESS:118 Stratford Road]], [[LOCATION:Birmingham]]', '[[ZIP_CODE:B11 1AN]]', 19.99),\n"
    "('UK-88122', '[[PERSON:Fiona McIntyre]]', '[[EMAIL_ADDRESS:fmcintyre@btinternet.com]]', "
    "'[[ADDRESS:Flat 7, 31 Leith Walk]], [[LOCATION:Edinburgh]]', '[[ZIP_CODE:EH6 8LN]]', 105.00);",
    # 016 CSV, SEPA payees
    "payee,iban,bic,reference,amount_eur\n"
    "[[PERSON:Sofia Conti]],[[IBAN_CODE:IT78R1273796271264057478905]],UNCRITMM,RENT-APR,950.00\n"
    "[[PERSON:Luís Carvalho]],[[IBAN_CODE:PT50293762575037406081412]],CGDIPTPL,INV-3317,212.40\n"
    "[[PERSON:Marieke Janssens]],[[IBAN_CODE:BE82928081806068]],GEBABEBB,CONSULT-17,1200.00\n"
    "[[PERSON:Tomasz Wiśniewski]],[[IBAN_CODE:PL46199778556310119471441563]],BPKOPLPW,RENT-APR,780.00",
    # 017 Markdown, community volunteers
    "| Volunteer | Handle | Shift | Suburb | Phone |\n"
    "|-----------|--------|-------|--------|-------|\n"
    "| [[PERSON:Mere Tawhiri]] | @[[USERNAME:mere_t]] | Sat AM | [[LOCATION:Ōtara]] | "
    "[[PHONE_NUMBER:027 448 1903]] |\n"
    "| [[PERSON:Ben Carmichael]] | @[[USERNAME:bencarm]] | Sat PM | [[LOCATION:Onehunga]] | "
    "[[PHONE_NUMBER:021 773 2041]] |\n"
    "| [[PERSON:Losa Faleolo]] | @[[USERNAME:losa.f]] | Sun AM | [[LOCATION:Mangere]] | "
    "[[PHONE_NUMBER:022 190 5538]] |",
    # 018 YAML, delivery drivers, South Africa
    "drivers:\n"
    "  - id: D-07\n"
    "    name: [[PERSON:Lwazi Zulu]]\n"
    "    licence: [[ID_NUMBER:60300011K8P2]]\n"
    "    vehicle: [[ID_NUMBER:ND 482-117]]\n"
    "    depot: [[LOCATION:Pietermaritzburg]]\n"
    "  - id: D-11\n"
    "    name: [[PERSON:Annelie du Plessis]]\n"
    "    licence: [[ID_NUMBER:40820019Z7C4]]\n"
    "    vehicle: [[ID_NUMBER:CY 771-402]]\n"
    "    depot: [[LOCATION:Bellville]]",
    # 019 CSV, vet appointments
    "date,time,owner,pet,species,owner_phone,reason\n"
    "[[DATE_TIME:2025-04-07]],09:00,[[PERSON:Colleen Farrow]],Maple,dog,[[PHONE_NUMBER:(902) 448-1177]],vaccines\n"
    "[[DATE_TIME:2025-04-07]],09:30,[[PERSON:Rajiv Menon]],Pixel,cat,[[PHONE_NUMBER:(902) 830-2291]],dental\n"
    "[[DATE_TIME:2025-04-07]],10:15,[[PERSON:Étienne Boudreau]],Gus,dog,[[PHONE_NUMBER:(506) 771-0924]],limping",
    # 020 JSON array, bank accounts, UK
    "[\n"
    '  {"holder": "[[PERSON:Callum Fraser]]", "sort_code": "26-65-72", "account": "[[ID_NUMBER:13585845]]", '
    '"iban": "[[IBAN_CODE:GB49NWBK26657213585845]]", "opened": "[[DATE_TIME:2016-09-12]]"},\n'
    '  {"holder": "[[PERSON:Zainab Hussain]]", "sort_code": "95-04-59", "account": "[[ID_NUMBER:85187655]]", '
    '"iban": "[[IBAN_CODE:GB30BARC95045985187655]]", "opened": "[[DATE_TIME:2020-02-03]]"},\n'
    '  {"holder": "[[PERSON:Gethin Rhys]]", "sort_code": "64-32-26", "account": "[[ID_NUMBER:24718683]]", '
    '"iban": "[[IBAN_CODE:GB81LOYD64322624718683]]", "opened": "[[DATE_TIME:2011-05-27]]"}\n'
    "]",
    # 021 pipes, parking permits, UK
    "Permit | Reg | Holder | Address | Valid from\n"
    "PZ-1182 | [[ID_NUMBER:LK19 XTB]] | [[PERSON:Anita Kowalczyk]] | [[ADDRESS:14 Elm Grove]] | "
    "[[DATE_TIME:01/04/2025]]\n"
    "PZ-1183 | [[ID_NUMBER:BD68 KHF]] | [[PERSON:Mohammed Iqbal]] | [[ADDRESS:2 Elm Grove]] | [[DATE_TIME:01/04/2025]]\n"
    "PZ-1184 | [[ID_NUMBER:YS21 OPM]] | [[PERSON:Gwen Pritchard]] | [[ADDRESS:Flat B, 27 Elm Grove]] | "
    "[[DATE_TIME:14/04/2025]]",
    # 022 TSV, South African payroll
    "staff_no\tsurname\tfirst_names\tid_number\ttax_no\tbranch\n"
    "[[ID_NUMBER:ZA-0381]]\t[[PERSON:Naidoo]]\t[[PERSON:Kovilan]]\t[[ID_NUMBER:8704128280087]]\t"
    "[[ID_NUMBER:0482193756]]\t[[LOCATION:Durban]]\n"
    "[[ID_NUMBER:ZA-0394]]\t[[PERSON:Botha]]\t[[PERSON:Marike Elna]]\t[[ID_NUMBER:6408053657085]]\t"
    "[[ID_NUMBER:1930482716]]\t[[LOCATION:Stellenbosch]]\n"
    "[[ID_NUMBER:ZA-0402]]\t[[PERSON:Mabaso]]\t[[PERSON:Themba]]\t[[ID_NUMBER:9110288405085]]\t"
    "[[ID_NUMBER:2281049375]]\t[[LOCATION:Soweto]]",
    # 023 key: value, directory entries
    "dn: uid=[[USERNAME:jwoolf]],ou=people,dc=harbourlaw,dc=com\ncn: [[PERSON:Jessica Woolf]]\nmail: "
    "[[EMAIL_ADDRESS:jessica.woolf@harbourlaw.com]]\ntelephoneNumber: [[PHONE_NUMBER:+1 617 482 0193]]\n"
    "employeeNumber: [[ID_NUMBER:HL-0447]]\ntitle: Associate\n\n"
    "dn: uid=[[USERNAME:amensah]],ou=people,dc=harbourlaw,dc=com\ncn: [[PERSON:Augustine Mensah]]\nmail: "
    "[[EMAIL_ADDRESS:augustine.mensah@harbourlaw.com]]\ntelephoneNumber: [[PHONE_NUMBER:+1 617 482 0288]]\n"
    "employeeNumber: [[ID_NUMBER:HL-0452]]\ntitle: Paralegal",
    # 024 SQL, licences and passports, US
    "INSERT INTO travelers (traveler, passport_no, dl_number, dl_state, birth_date) VALUES\n"
    "  ('[[PERSON:Rachel Goldberg]]', '[[US_PASSPORT:562018437]]', '[[US_DRIVER_LICENSE:738204519]]', "
    "'[[LOCATION:NY]]', '[[DATE_TIME:1986-04-22]]'),\n"
    "  ('[[PERSON:Diego Alvarado]]', '[[US_PASSPORT:B04827196]]', '[[US_DRIVER_LICENSE:41873092]]', "
    "'[[LOCATION:TX]]', '[[DATE_TIME:1993-12-02]]'),\n"
    "  ('[[PERSON:Naomi Kealoha]]', '[[US_PASSPORT:571930284]]', '[[US_DRIVER_LICENSE:H04829173]]', "
    "'[[LOCATION:HI]]', '[[DATE_TIME:1979-08-16]]');",
    # 025 CSV, conference attendees
    "attendee,company,job_title,linkedin,city\n"
    "[[PERSON:Oluwakemi Balogun]],Paystack,Product Manager,[[URL:https://www.linkedin.com/in/kemi-balogun]],"
    "[[LOCATION:Lagos]]\n"
    "[[PERSON:Declan Whitty]],Stripe,Solutions Engineer,[[URL:https://www.linkedin.com/in/declanwhitty]],"
    "[[LOCATION:Dublin]]\n"
    "[[PERSON:Shreya Kulkarni]],Razorpay,Data Scientist,[[URL:https://www.linkedin.com/in/shreya-kulkarni-ds]],"
    "[[LOCATION:Bengaluru]]\n"
    "[[PERSON:Marcus Teo]],Grab,Staff Engineer,[[URL:https://www.linkedin.com/in/marcusteo]],[[LOCATION:Singapore]]",
    # 026 fixed-width, loan ledger, Ghana
    "ACCOUNT NO      BORROWER                 PRINCIPAL   RATE   PHONE\n"
    "[[ID_NUMBER:1441000482193]]   [[PERSON:Ama Serwaa Boakye]]        5,000.00    28%    "
    "[[PHONE_NUMBER:024 771 3082]]\n"
    "[[ID_NUMBER:1441000517760]]   [[PERSON:Kwesi Ofori-Atta]]         12,500.00   26%    "
    "[[PHONE_NUMBER:020 913 4477]]\n"
    "[[ID_NUMBER:1441000623318]]   [[PERSON:Mawuli Agbeko]]            3,200.00    30%    "
    "[[PHONE_NUMBER:050 248 1196]]",
    # 027 JSON lines, Canadian payroll
    '{"emp": "[[ID_NUMBER:CA-5512]]", "name": "[[PERSON:Nathalie Bergeron]]", "sin": "[[ID_NUMBER:427 762 067]]", '
    '"province": "[[LOCATION:QC]]", "hourly": 31.50}\n'
    '{"emp": "[[ID_NUMBER:CA-5519]]", "name": "[[PERSON:Kulvir Grewal]]", "sin": "[[ID_NUMBER:167 261 502]]", '
    '"province": "[[LOCATION:BC]]", "hourly": 28.75}\n'
    '{"emp": "[[ID_NUMBER:CA-5527]]", "name": "[[PERSON:Liam Kowalchuk]]", "sin": "[[ID_NUMBER:215 984 667]]", '
    '"province": "[[LOCATION:MB]]", "hourly": 35.00}',
    # 028 Markdown, enrolment register, Nigeria
    "| S/N | Full name | NIN | Date of birth | LGA | State |\n"
    "|:---:|-----------|-----|---------------|-----|-------|\n"
    "| 1 | [[PERSON:Oluwaseyi Adeleke]] | [[ID_NUMBER:30418274519]] | [[DATE_TIME:04-06-1994]] | "
    "[[LOCATION:Ibadan North]] | [[LOCATION:Oyo]] |\n"
    "| 2 | [[PERSON:Hadiza Abubakar]] | [[ID_NUMBER:51820396472]] | [[DATE_TIME:19-11-1988]] | "
    "[[LOCATION:Nassarawa]] | [[LOCATION:Kano]] |\n"
    "| 3 | [[PERSON:Chukwudi Nnaji]] | [[ID_NUMBER:62904718335]] | [[DATE_TIME:27-02-2001]] | "
    "[[LOCATION:Nsukka]] | [[LOCATION:Enugu]] |",
    # 029 CSV, contact list, Philippines and Malaysia
    "name,mobile,email,address,country\n"
    "[[PERSON:Angelica Ramos]],[[PHONE_NUMBER:+63 917 448 2093]],[[EMAIL_ADDRESS:angel.ramos@yahoo.com.ph]],"
    "\"[[ADDRESS:27 Mabini St]], [[LOCATION:Poblacion]], [[LOCATION:Makati]]\",[[LOCATION:Philippines]]\n"
    "[[PERSON:Lim Chee Keong]],[[PHONE_NUMBER:+60 12-418 7730]],[[EMAIL_ADDRESS:cheekeong.lim@gmail.com]],"
    "\"[[ADDRESS:18 Jalan Bukit Bintang]], [[LOCATION:Kuala Lumpur]]\",[[LOCATION:Malaysia]]\n"
    "[[PERSON:Jonathan Dizon]],[[PHONE_NUMBER:0998 301 4472]],[[EMAIL_ADDRESS:jondizon88@gmail.com]],"
    "\"[[ADDRESS:Blk 4 Lot 22, Sampaguita St]], [[LOCATION:Dasmariñas]], [[LOCATION:Cavite]]\","
    "[[LOCATION:Philippines]]",
    # 030 YAML, Dutch tenants
    "huurders:\n"
    "  - naam: [[PERSON:Femke Visser]]\n"
    "    bsn: \"[[ID_NUMBER:210373386]]\"\n"
    "    adres: [[ADDRESS:Vondelstraat 12-3]]\n"
    "    postcode: [[ZIP_CODE:1054 GD]]\n"
    "    iban: [[IBAN_CODE:NL29INGB8355959641]]\n"
    "  - naam: [[PERSON:Youssef Amrani]]\n"
    "    bsn: \"[[ID_NUMBER:350304592]]\"\n"
    "    adres: [[ADDRESS:Vondelstraat 12-1]]\n"
    "    postcode: [[ZIP_CODE:1054 GD]]\n"
    "    iban: [[IBAN_CODE:NL36 TRIO 1930 8792 56]]",
]

# --- doc: longer documents -------------------------------------------------------
DOC = [
    # 001 onboarding email, UK
    "From: [[EMAIL_ADDRESS:l.hargreaves@northfieldtrust.org.uk]]\n"
    "To: [[EMAIL_ADDRESS:kemi.adebayo.87@gmail.com]]\n"
    "Subject: Your first day on [[DATE_TIME:7 April]]\n\n"
    "Dear [[PERSON:Kemi]],\n\n"
    "Welcome to Northfield Trust! Your start date is confirmed as [[DATE_TIME:Monday 7 April 2025]], and you will "
    "be based at our [[LOCATION:Sheffield]] office. Before then, please check the details below so that payroll "
    "can set you up:\n\n"
    "- National Insurance number: we have [[ID_NUMBER:KE 73 05 62 A]] from your application form.\n"
    "- Salary account: sort code 40-47-84, account [[ID_NUMBER:93847106]].\n"
    "- Emergency contact: [[PERSON:Tunde Adebayo]] (husband), [[PHONE_NUMBER:07931 448 207]].\n"
    "- Home address: [[ADDRESS:56 Crookesmoor Road]], [[LOCATION:Sheffield]] [[ZIP_CODE:S10 1BA]].\n\n"
    "Your staff number will be [[ID_NUMBER:NT-20417]] and your network login [[USERNAME:kadebayo]]; the IT team "
    "will send a temporary password by text. On your first morning please ask for [[PERSON:Gavin]] at reception, "
    "who will take you through the induction and your building pass.\n\n"
    "If anything above is wrong, just reply to this email.\n\n"
    "Kind regards,\n"
    "[[PERSON:Lucy Hargreaves]]\n"
    "People Team",
    # 002 solicitor's letter, Ireland
    "Kearney Daly Solicitors LLP\n"
    "Our ref: KD/2291/MF\n\n"
    "[[DATE_TIME:18 March 2025]]\n\n"
    "[[PERSON:Mr Fintan Moloney]] and [[PERSON:Mrs Carmel Moloney]]\n"
    "[[ADDRESS:Ard na Gréine, 4 Station Road]]\n"
    "[[LOCATION:Blarney]]\n"
    "[[LOCATION:Co. Cork]]\n"
    "[[ZIP_CODE:T23 X8W1]]\n\n"
    "Dear [[PERSON:Fintan]] and [[PERSON:Carmel]],\n\n"
    "Re: Sale of [[ADDRESS:27 Wellington Road]], [[LOCATION:Cork]]\n\n"
    "We confirm that contracts were signed by the purchaser, [[PERSON:Ms Ewa Zielińska]], on "
    "[[DATE_TIME:14 March 2025]], and that the closing date is fixed for [[DATE_TIME:Friday 25 April 2025]]. The "
    "balance of the purchase price, less our fees and outlays, will be transferred to your joint account "
    "[[IBAN_CODE:IE04 BOFI 7376 7052 5695 76]] on closing.\n\n"
    "For the Revenue capital gains form we need both of your PPS numbers. We hold [[ID_NUMBER:5454940NA]] for "
    "[[PERSON:Fintan]]; please send [[PERSON:Carmel]]'s by return, together with a copy of her passport.\n\n"
    "If you have any questions, please ring [[PERSON:Maeve]] in our office.\n\n"
    "Yours sincerely,\n\n"
    "[[PERSON:Michael Foley]]\n"
    "Kearney Daly Solicitors LLP",
    # 003 P&C minutes, Australia
    "Minutes of the P&C Association meeting\n"
    "Held [[DATE_TIME:Tuesday 11 February 2025]], 7 pm, school library\n\n"
    "Present: [[PERSON:Naomi Clarke]] (President), [[PERSON:Sanjay Verma]] (Treasurer), [[PERSON:Li Na Zhou]], "
    "[[PERSON:Kirra Walker]], [[PERSON:Dean Hollis]], Principal [[PERSON:Mrs Judith Kemp]]\n"
    "Apologies: [[PERSON:Tom Gallo]]\n\n"
    "1. Treasurer's report. [[PERSON:Sanjay]] reported a balance of $14,820.35. The canteen float is held by "
    "[[PERSON:Kirra]]; reimbursements go to BSB 062-913, account [[ID_NUMBER:1048 2273]].\n"
    "2. Working bee set for [[DATE_TIME:Saturday 8 March]]. Volunteers to text [[PERSON:Dean]] on "
    "[[PHONE_NUMBER:0407 338 912]].\n"
    "3. The fun run permit was lodged by [[PERSON:Naomi]] ([[EMAIL_ADDRESS:naomi.clarke.pc@bigpond.com]]); "
    "council approval expected within a fortnight.\n"
    "4. A parent raised concerns about the crossing outside [[ADDRESS:41 Bellbird Drive]], "
    "[[LOCATION:Kellyville]]; [[PERSON:Mrs Kemp]] will write to council and copy in [[PERSON:Li Na]].\n"
    "5. Uniform shop: [[PERSON:Dean]] asked for two more volunteers for Thursday afternoons.\n\n"
    "Meeting closed 8.40 pm. Next meeting: [[DATE_TIME:Tuesday 11 March]].",
    # 004 security incident report, Canada
    "INCIDENT REPORT SEC-2025-014\n"
    "Prepared by: [[PERSON:Aditi Rao]], IT Security\n"
    "Date of report: [[DATE_TIME:March 6, 2025]]\n\n"
    "Summary\n"
    "On [[DATE_TIME:March 4, 2025 at 22:41 EST]], the account [[USERNAME:gtremblay]] belonging to "
    "[[PERSON:Guy Tremblay]] (Accounts Payable, employee [[ID_NUMBER:00-4471]]) signed in from "
    "[[IP_ADDRESS:185.220.101.47]], an address never before seen for this user. His usual address is "
    "[[IP_ADDRESS:70.52.118.9]] (home, [[LOCATION:Laval]]). The session downloaded two vendor banking files. MFA "
    "prompts were approved from his registered phone, [[PHONE_NUMBER:514-482-7731]].\n\n"
    "Actions\n"
    "Password reset and all sessions revoked. [[PERSON:Guy]] was interviewed on [[DATE_TIME:March 5]] and confirmed "
    "he approved a prompt by mistake while watching TV. His personal address "
    "[[EMAIL_ADDRESS:guy.tremblay58@videotron.ca]] appears in a recent breach list, and he reuses a password "
    "there. Finance lead [[PERSON:Sandra Okafor]] has asked the bank to hold payment run PR-8812.\n\n"
    "Indicators\n"
    "Source IP [[IP_ADDRESS:185.220.101.47]] (Tor exit node); user agent python-requests/2.31; file names "
    "vendors_Q1.csv and eft_batch_0304.xml.\n\n"
    "Recommendation: enforce number matching for MFA.",
    # 005 call transcript, US bank
    "[Call recording, inbound, 00:00]\n"
    "AGENT ([[PERSON:Tasha]]): Thank you for calling Lakeshore Credit Union, this is [[PERSON:Tasha]]. Who am I "
    "speaking with?\n"
    "CALLER: Hi, it's [[PERSON:Gerald Kowalczyk]]. I got a text about my card.\n"
    "AGENT: I can help with that. For verification, can I get the last four of your social?\n"
    "CALLER: I'll just give you the whole thing, [[US_SSN:318-42-7765]].\n"
    "AGENT: Thank you. And your date of birth?\n"
    "CALLER: [[DATE_TIME:August 9th, 1956]].\n"
    "AGENT: Thanks, [[PERSON:Mr. Kowalczyk]]. I see a pending charge of $642.18 at an electronics store in "
    "[[LOCATION:Orlando]] on your Visa [[CREDIT_CARD:4563 0404 8911 2588]]. Did you make that purchase?\n"
    "CALLER: No. I'm in [[LOCATION:Milwaukee]], I haven't been to [[LOCATION:Florida]] in years.\n"
    "AGENT: I'll block the card now and mail a new one to [[ADDRESS:2914 S Kinnickinnic Ave]], "
    "[[LOCATION:Milwaukee]], [[LOCATION:WI]] [[ZIP_CODE:53207]]. Is that still correct?\n"
    "CALLER: Yes. And text me at [[PHONE_NUMBER:414-390-2271]], not my wife's number.\n"
    "AGENT: Noted. Your case number is 77104. Anything else today?\n"
    "CALLER: No, thank you, [[PERSON:Tasha]].",
    # 006 referral letter, India
    "Sunrise Multispeciality Hospital, [[LOCATION:Jaipur]]\n"
    "Date: [[DATE_TIME:24/02/2025]]\n\n"
    "To,\n"
    "[[PERSON:Dr. Vikram Sethi]], MD (Neurology)\n\n"
    "Dear Sir,\n\n"
    "I am referring [[PERSON:Mr. Harish Chandra Sharma]], [[AGE:58]] years, male, resident of "
    "[[ADDRESS:C-112]], [[LOCATION:Vaishali Nagar]], [[LOCATION:Jaipur]] [[ZIP_CODE:302021]], UHID "
    "[[ID_NUMBER:SMH-2290418]], for evaluation of recurrent dizziness since [[DATE_TIME:January 2025]]. He is a "
    "known diabetic on metformin 500 mg twice daily and had a fall at home on [[DATE_TIME:15 February]]. MRI "
    "brain done on [[DATE_TIME:20/02/2025]] shows small vessel changes only; the report is enclosed.\n\n"
    "For insurance purposes his Aadhaar ([[ID_NUMBER:4068 3796 0713]]) and ABHA number "
    "([[ID_NUMBER:91-4829-1773-1045]]) are noted. His son, [[PERSON:Rahul]], accompanies him and can be reached "
    "on [[PHONE_NUMBER:+91 94140 28817]].\n\n"
    "Kindly see him at your earliest convenience.\n\n"
    "Regards,\n"
    "[[PERSON:Dr. Neha Khandelwal]]\n"
    "Consultant Physician",
    # 007 witness statement, Kenya
    "WITNESS STATEMENT\n"
    "OB No. 14/22/03/2025\n"
    "Name: [[PERSON:Esther Nyambura Gitau]]\n"
    "ID No.: [[ID_NUMBER:24817730]]\n"
    "Age: [[AGE:42]]\n"
    "Occupation: Teacher\n"
    "Residence: [[ADDRESS:House 17, Kileleshwa Gardens]], [[LOCATION:Kileleshwa]], [[LOCATION:Nairobi]]\n"
    "Tel: [[PHONE_NUMBER:0722 904 318]]\n\n"
    "I, the above named, state as follows. On [[DATE_TIME:22nd March 2025 at 7.45 pm]] I was driving my "
    "vehicle [[ID_NUMBER:KCX 118M]] along Ngong Road towards town when a motorcycle overtook me on the left and "
    "hit my side mirror. The rider, who I later learned is called [[PERSON:Dennis Mutua]], stopped and "
    "apologised but refused to pay for the damage. His motorcycle registration was [[ID_NUMBER:KMFB 482X]]. A "
    "pedestrian, [[PERSON:Mr. Joseph Kiprono]], saw everything and gave me his number, "
    "[[PHONE_NUMBER:0710 448 291]]. I reported the matter at the police station the same night.\n\n"
    "Signed: [[PERSON:E. N. Gitau]]\n"
    "Recording officer: [[TITLE:PC]] [[PERSON:Abdi Noor]], service no. [[ID_NUMBER:89204]]",
    # 008 tenancy agreement, Nigeria
    "TENANCY AGREEMENT\n\n"
    "THIS AGREEMENT is made this [[DATE_TIME:1st day of February, 2025]]\n"
    "BETWEEN [[TITLE:Chief]] [[PERSON:Emeka Okonkwo-Nwosu]] of [[ADDRESS:12 Ogunlana Drive]], "
    "[[LOCATION:Surulere]], [[LOCATION:Lagos State]] (hereinafter called \"the Landlord\")\n"
    "AND [[TITLE:Miss]] [[PERSON:Adaobi Chinwe Eze]], a [[NRP:Nigerian]] citizen with NIN "
    "[[ID_NUMBER:40219385716]], presently of [[ADDRESS:Flat 3, Block B, 7 Akerele Street]], "
    "[[LOCATION:Surulere]] (hereinafter called \"the Tenant\").\n\n"
    "1. The Landlord lets to the Tenant the two-bedroom flat at [[ADDRESS:Flat 2, 12 Ogunlana Drive]] for one "
    "year from [[DATE_TIME:1st February 2025]] at a rent of N2,400,000 per annum, payable into account "
    "[[ID_NUMBER:0048291736]] held in the Landlord's name.\n"
    "2. The Tenant shall not sublet the premises or any part thereof.\n"
    "3. The Tenant shall pay for electricity and water consumed during the tenancy.\n\n"
    "SIGNED by the Landlord ____________\n"
    "SIGNED by the Tenant ____________\n"
    "In the presence of: [[TITLE:Barr.]] [[PERSON:Funke Adeyemi]], Tel. [[PHONE_NUMBER:0802 318 4470]]",
    # 009 email thread, Singapore
    "From: [[PERSON:Tan Boon Huat]] <[[EMAIL_ADDRESS:boonhuat.tan@meridianlogix.sg]]>\n"
    "Sent: [[DATE_TIME:Thursday, 13 March 2025 4:12 PM]]\n"
    "To: Finance SG <finance.sg@meridianlogix.sg>\n"
    "Subject: RE: Reimbursement for [[LOCATION:KL]] trip\n\n"
    "Hi team,\n\n"
    "Attaching the receipts for the [[LOCATION:Kuala Lumpur]] client visit on [[DATE_TIME:10-11 March]]. Hotel "
    "and flights went on my personal card ([[CREDIT_CARD:4060 0214 7710 7119]]) because the corporate card was "
    "declined at check-in. Please reimburse to my DBS account [[ID_NUMBER:120-48291-7]]; my staff ID is "
    "[[ID_NUMBER:MLX-0932]].\n\n"
    "[[PERSON:Farah]] from our [[LOCATION:KL]] office joined me for the second day; her claim will come separately.\n\n"
    "Thanks,\n"
    "[[PERSON:Boon Huat]]\n\n"
    "> From: [[PERSON:Nur Aqilah Rahim]] <[[EMAIL_ADDRESS:aqilah.rahim@meridianlogix.sg]]>\n"
    "> Sent: [[DATE_TIME:Wednesday, 12 March 2025 9:03 AM]]\n"
    "> Subject: Reimbursement for [[LOCATION:KL]] trip\n"
    ">\n"
    "> Hi [[PERSON:Boon Huat]], please submit your claim by Friday with your staff ID, which was missing on "
    "the last one. Claims over SGD 1,000 need approval from [[PERSON:Mr Lim]].",
    # 010 case notes, New Zealand
    "CASE NOTES (confidential)\n"
    "Client: [[PERSON:Hinemoa Rāwiri]] (DOB [[DATE_TIME:02/07/1989]], NHI [[ID_NUMBER:PQR8273]])\n"
    "Children: [[PERSON:Tamati]] ([[AGE:7]]), [[PERSON:Kaia]] ([[AGE:4]])\n"
    "Address: [[ADDRESS:33A Puriri Street]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]]\n\n"
    "[[DATE_TIME:19/03/2025]] Home visit with [[PERSON:Sam Vaifale]] (SW). [[PERSON:Hinemoa]] reports that her "
    "ex-partner [[PERSON:Wiremu Tane]] has been texting from a new number, [[PHONE_NUMBER:022 510 8834]], despite "
    "the protection order. Children present and well; [[PERSON:Kaia]] has started kindy.\n\n"
    "[[DATE_TIME:21/03/2025]] Phone call. Client's mother, [[PERSON:Ngaire]], will have the children on "
    "weekends. Client's phone: [[PHONE_NUMBER:021 0838 1147]]. Client number [[ID_NUMBER:483-291-067]] confirmed "
    "for the accommodation supplement.\n\n"
    "Next visit: [[DATE_TIME:2 April]], with the school counsellor if she is free. Bring the food parcel "
    "referral form.",
    # 011 mutual insurer letter, France
    "Mutuelle Santé Horizon - Service Adhérents\n\n"
    "[[LOCATION:Nantes]], le [[DATE_TIME:10 mars 2025]]\n\n"
    "[[TITLE:M.]] [[PERSON:Olivier Ménard]]\n"
    "[[ADDRESS:8 allée des Cerisiers]]\n"
    "[[ZIP_CODE:44300]] [[LOCATION:Nantes]]\n\n"
    "Objet : votre adhésion n° [[ID_NUMBER:AD-7742091]]\n\n"
    "Monsieur,\n\n"
    "Nous accusons réception de votre demande d'ajout de votre épouse, [[TITLE:Mme]] [[PERSON:Camille Ménard]], "
    "née le [[DATE_TIME:23 avril 1986]], et de votre fils [[PERSON:Hugo]], né le [[DATE_TIME:5 juin 2019]], à "
    "votre contrat.\n\n"
    "Pour finaliser, merci de nous transmettre le numéro de sécurité sociale de votre épouse ; le vôtre "
    "([[ID_NUMBER:1 84 11 33 815 806 30]]) figure déjà dans notre dossier. Les cotisations seront prélevées sur "
    "le compte [[IBAN_CODE:FR76 0187 7964 1017 0538 4837 064]] à compter du [[DATE_TIME:1er avril 2025]].\n\n"
    "Votre conseillère, [[PERSON:Sophie Garnier]], reste à votre disposition au 02 51 84 12 30.\n\n"
    "Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.",
    # 012 bursary application, Zimbabwe / South Africa
    "BURSARY APPLICATION FORM\n\n"
    "Section A: Applicant\n"
    "Full name: [[PERSON:Tatenda Rufaro Chikore]]\n"
    "Date of birth: [[DATE_TIME:14 January 2006]]   Age: [[AGE:19]]\n"
    "Nationality: [[NRP:Zimbabwean]]\n"
    "National ID: [[ID_NUMBER:63-1048227 Q 63]]   Passport: [[ID_NUMBER:FN482917]]\n"
    "Home address: [[ADDRESS:4418 Mkoba 14]], [[LOCATION:Gweru]], [[LOCATION:Zimbabwe]]\n"
    "Current address: [[ADDRESS:Room 212, Kopano Residence, 1 Jan Smuts Avenue]], [[LOCATION:Braamfontein]], "
    "[[LOCATION:Johannesburg]] [[ZIP_CODE:2001]]\n"
    "Cell: [[PHONE_NUMBER:+27 63 448 1092]]   Email: [[EMAIL_ADDRESS:tatenda.chikore@students.wits.ac.za]]\n"
    "Student number: [[ID_NUMBER:2548173]]\n\n"
    "Section B: Parent or guardian\n"
    "Name: [[PERSON:Mrs Chipo Chikore]] (mother), [[AGE:47]], nurse\n"
    "Phone: [[PHONE_NUMBER:+263 77 204 8813]]\n\n"
    "Section C: Motivation\n"
    "I moved to [[LOCATION:South Africa]] in [[DATE_TIME:February 2024]] to study Electrical Engineering. My "
    "mother has supported our family alone since my father, [[PERSON:Farai]], passed away on "
    "[[DATE_TIME:30 June 2019]]. The bursary would cover my residence fees for the year.\n\n"
    "Signed: [[PERSON:T. R. Chikore]]   Date: [[DATE_TIME:28/02/2025]]",
]

# --- lookalike: identifiers shaped like PII that are not -------------------------
LOOKALIKE = [
    # 001 release notes, no PII
    "Patch notes for WinterSync 7.12.0.4 (build 20418). Fixes: the sync agent no longer crashes when the server "
    "returns HTTP 503; memory use is down 18%; the default port moved from 8443 to 9443. Checksum (SHA-256): "
    "9b1f4c2e7a0d3e58c6b1a9f04d7e2c3b8a5f6e1d0c9b8a7f6e5d4c3b2a1f0e9d. Known issue KI-2291: clients older than "
    "6.0.0.128 must upgrade to 7.0.1.0 first. Questions? Email support@wintersync.io or call 1-888-412-7700, "
    "Monday to Friday, 8:00-18:00 EST.",
    # 002 order confirmation, no PII
    "Thanks for your order! Order no. 114-4829173-6620945 has shipped. Items: 2 x Hamilton Beach kettle (SKU "
    "HB-40880-WH) and 1 x Great Expectations, Penguin Classics, ISBN 9789667331061. Tracking: 1Z 48X 917 03 4482 "
    "1930. Invoice INV-00482917, total £64.97 incl. VAT (VAT reg. GB 482 9173 06). Delivery window 10:00-14:00. "
    "Returns are accepted within 30 days; quote RMA-77310 and call 0800 046 1170 to book a collection.",
    # 003 library notice
    "Victorian fiction module, reading list: Middlemarch (ISBN 9795407286430, shelf 823.8 ELI), Bleak House "
    "(ISBN 9784918861830, shelf 823.8 DIC) and North and South (shelf 823.8 GAS). Short-loan copies are at the "
    "Carnegie branch on Lord Street; opening hours 09:00-17:30, phone 0151 233 5829. Holds placed by borrower "
    "[[PERSON:Joanne Kirkbride]] (library card [[ID_NUMBER:2 9004 01827 4416]]) are ready for collection; fines "
    "outstanding: £1.20.",
    # 004 hospital grand rounds
    "Grand rounds this week: Bell's palsy vs. Ramsay Hunt syndrome, and an update on Hodgkin lymphoma staging "
    "(Ann Arbor and Lugano). Presenter: [[PERSON:Dr. Priyanka Venkatesh]]. Venue: lecture theatre 3, Florence "
    "Nightingale Wing, off Victoria Street; rooms 4.12 and 4.14 are closed for works. CPD code RCP-24-118, 1.5 "
    "credits. Dial-in: +44 20 3481 7720 (conference line), PIN 448291#. Questions to the organiser, "
    "[[EMAIL_ADDRESS:m.ashby.neuro@gmail.com]].",
    # 005 finance memo
    "Q3 accruals: invoice INV-2025-0448 (Acme Freight, $12,480.00), PO 4500918273, cost centre 4471-220. "
    "Payment by ACH, routing 026009593, account ending 8812, SWIFT CHASUS33. The vendor's VAT id DE 811 482 917 "
    "is on the supplier master. Sales tax 7.25%. GL code 6100-04-221, batch ZA-48-2291-0, amount due in 30 days. "
    "Approved by [[PERSON:Hélène Marchand]].",
    # 006 travel itinerary
    "Flight QF 12 from SYD T1 departs 21:35, gate 8; arrival LAX 17:10 local, Tom Bradley terminal. Seat 44K. "
    "Booking reference XK7P2M, e-ticket 081 2148291736, baggage tag QF 714829. Hotel confirmation 84920173, "
    "check-in from 15:00, room type King Deluxe, rate code BAR1. Shuttle line: +1 310 646 0000. Passenger: "
    "[[PERSON:Mr Ahmed Siddiqui]].",
    # 007 compliance briefing
    "Compliance briefing: under the Jeanne Clery Act and Megan's Law the campus publishes its annual security "
    "report; Sarbanes-Oxley section 404 governs our internal controls, and 18 U.S.C. 1030 covers unauthorised "
    "access. Docket no. 2:24-cv-01482 is stayed. Form W-9 rev. 3-2024 replaces the old version. Policy "
    "HR-7.4.2.1 applies to all staff. Contact the compliance office via compliance@northgate.edu or extension "
    "4471. Training slot for [[PERSON:Renata Oduya]]: room B-204.",
    # 008 ops log
    "Rollout of edge-proxy v2.10.4.1 to cluster eu-west-3: 48 of 48 pods healthy, p99 latency 212 ms, error rate "
    "0.04%. SNMP OID 1.3.6.1.4.1.2021.10.1.3.1 polled every 60 s. Image digest "
    "sha256:4be1c0de7a9f3b2e; request id 3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718; MAC 00:50:56:a1:2b:3c on the "
    "build host; Postgres listening on 5432. Ack'd by on-call [[USERNAME:jhao_sre]] at 03:12.",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "doc": DOC,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind31", STYLES, OUT)


if __name__ == "__main__":
    main()

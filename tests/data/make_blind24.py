"""Build tests/data/blind24.jsonl: a twenty-fourth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind24.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets. Exactly
these were read, and nothing else in the repository: lines 1-121 of
make_blind22.py (its module docstring with the labeling conventions and the
style descriptions, and its import lines) and its closing scaffolding from
the line `STYLES = {` to the end of the file (the STYLES dict and main(),
copied here); gold_sets.py in full (the checks and `write_set`); and lines
1-64 of make_handwritten.py (its conventions docstring, MARK,
TITLE_IN_NAME and `parse()`). The record lists of make_blind22.py (GEN,
BENCH, TABLE, DOC, LOOKALIKE), every other make_*.py script, every *.jsonl
file, anything under minimize/, recognizers/ and bench/, the other files
under tests/, /tmp and the git history were not read, and no git command
was run. The detector and the bench were never run on this file. Do not
tune the detector against it: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand, one by one, in the voice of an
outside evaluator: no Faker, no word lists, no templates filled by code, no
loops. Only the offsets are computed, by `parse()` from make_handwritten.py,
which strips the inline `[[TYPE:value]]` marks (the summary printed at the
end only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the national check digits inside the
French, Spanish, Italian, Portuguese, Belgian and Polish IBANs are right
too. National ids with a public check digit (NHS number, SIN, Aadhaar, BSN,
CPF, DNI and NIE, South African ID, TFN, Irish PPSN, Singapore NRIC,
PESEL, Swedish personnummer, Turkish TC Kimlik, French NIR, Italian codice
fiscale, Portuguese NIF, Belgian national number, Medicare, OHIP, Emirates
ID) were given a valid one. All of these were worked out with throwaway
code, run by hand while writing, kept outside the repository and then
deleted; the records themselves are literal strings. `gold_sets.check`
re-checks cards and IBANs and refuses a bad one. Other ids (NI numbers, SSNs, passports,
licences, plates, PAN, CNIC, NIN, BVN, KRA PINs, SSS, bank accounts, staff,
student, member and patient numbers) were not checked.

Styles (ids `blind24-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool: third-party LLM-generated "realistic
sentences with personal data", records in the manner of the public
PII-masking benchmarks (ai4privacy pii-masking-200k/300k/400k,
gretel-pii-masking-en-v1, Nemotron-PII) and labeled tables rendered as
text. About 85% of the records are in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Pakistan, South Africa, Nigeria, Ghana,
Kenya, Singapore, Malaysia, the Philippines and Jamaica, with names from the
many cultures living there), the rest in French, German, Spanish, Italian,
Dutch, Portuguese, Polish, Swedish and Turkish:
- `gen` (85): one to four LLM-style sentences in everyday situations
  (insurance claims, HR onboarding and payroll, school admin, lettings,
  travel, telecom support, pharmacy, legal intake, charity, gyms, car
  rental, immigration paperwork, weddings, vets, banking).
- `bench` (85): single sentences and short forms in the manner of the
  masking benchmarks: synthetic-sounding names and places, titles,
  usernames, passwords, IPv4 / IPv6, user agents, MACs, cards, IBANs,
  national ids, dates in many formats, ages, field: value forms.
- `table` (30): one small table per record (CSV, TSV, pipes / Markdown,
  key: value blocks), headers named variously (abbreviated, some not in
  English), with columns that are not PII (order id, sku, amount, status,
  record id).
- `doc` (20): letters, minutes, discharge summaries, tenancy agreements,
  incident reports and CVs of 600-1500 characters.
- `chat` (10): support chats and SMS threads, some lowercase, with
  nicknames and typos.
- `lookalike` (10): text full of things that look like PII and are not
  (versions, SKUs, order ids, amounts, clock times, product and company
  names, room numbers, chemical formulas), with little or no real PII.

Labeling conventions: those of make_handwritten.py and make_blind22.py; in
short:
- PERSON: any part of a name, lowercase or not, initials, nicknames; a
  possessive "'s" and family words ("aunty", "mum") stay outside. TITLE:
  honorifics and ranks attached to a name (Mr, Mrs, Ms, Miss, Mx, Dr,
  Prof, Lady, Lord, Rev., Capt., Sgt, PC, Alhaji, Herr, Frau, Mme, M.,
  Monsieur, Sig., Sig.ra, Pan, Sr., Sra., Hanım, mec.), labeled apart from
  the name; job titles are not TITLE.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names, block and lot numbers; a street or building number
  given in its own form field is ADDRESS. Neighbourhoods, districts, cities,
  counties, states / provinces (also abbreviated) and countries are
  LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, visit, move, start,
  leave, hearing, payment, login ...) with a day or a month, in any shape,
  a weekday or time of day written with them included; not bare years,
  weekdays alone, clock times alone, durations, release or sale dates.
- AGE: the number only. USERNAME: the handle without "@". URL: personal
  pages and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, non-US passports and
  licences, residence permits, patient, member, student, staff, customer
  and voter numbers, bank account numbers, vehicle plates. US_SSN,
  US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, PINs, genders, job titles, employers and other
  company names, user agents, MAC addresses, BIC / sort codes / routing
  numbers / IFSC, CVVs and expiries, order / ticket / claim / policy /
  booking / invoice / receipt references, SKUs, amounts, versions, room
  numbers, company phone numbers and role mailboxes, partial numbers
  ("ending 1901"), pets, eponyms and brands named after people, a header
  row.
- In tables: an "age" column is AGE, a "country" / "state" / "city" column
  is LOCATION, a "nationality" column is NRP; "sex", "gender", "role",
  "dept" and "status" columns stay unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind24.jsonl")

GEN = [
    # 001 insurance claim, US
    "Hi, my name is [[PERSON:Renata Okafor-Hughes]] and I'm filing a claim for water damage at my condo, "
    "[[ADDRESS:2218 Larkspur Lane, Unit 4C]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83706]]. The pipe "
    "under the sink burst overnight on [[DATE_TIME:February 9th]], and the adjuster can reach me at "
    "[[PHONE_NUMBER:(208) 555-0173]]. Policy HX-4471920 is in my name.",
    # 002 HR onboarding, UK
    "Welcome aboard, [[PERSON:Tomasz Wiśniewski]]! Your first day at the [[LOCATION:Leeds]] depot is "
    "[[DATE_TIME:Monday 3 March 2025]]. Before then, please send payroll your National Insurance number "
    "([[ID_NUMBER:JT 48 21 93 C]]) and bank details. Your line manager, [[PERSON:Funmi Adeyemi]], will meet you "
    "at reception at 8:45, and your staff number will be [[ID_NUMBER:LDS-20931]].",
    # 003 school absence note, Australia
    "To [[PERSON:Ms Harcourt]], [[PERSON:Mia Tran]] (Year 4, student no. [[ID_NUMBER:204871]]) will be away from "
    "[[DATE_TIME:12/08/2024]] until [[DATE_TIME:16/08/2024]] for a family trip to [[LOCATION:Da Nang]]. I can be "
    "reached on [[PHONE_NUMBER:0412 558 907]] if anything comes up. Kind regards, [[PERSON:Linh Tran]]",
    # 004 lettings, Ireland
    "The lease for [[ADDRESS:Apartment 12, Millbrook Court]], [[LOCATION:Ranelagh]], [[LOCATION:Dublin]] "
    "[[ZIP_CODE:D06 K2P7]] starts on the [[DATE_TIME:1st of October]] and is in the joint names of "
    "[[PERSON:Siobhán Ní Bhriain]] and [[PERSON:Declan Moyles]]. Both tenants gave their PPS numbers "
    "([[ID_NUMBER:6483219G]] and [[ID_NUMBER:8107362B]]) for the RTB registration.",
    # 005 travel booking, India
    "Booking confirmed for [[PERSON:Mr. Arjun Venkataraman]] (age [[AGE:46]]) and "
    "[[PERSON:Mrs. Kavitha Venkataraman]] on the [[DATE_TIME:23-Dec-2024]] flight from [[LOCATION:Chennai]] to "
    "[[LOCATION:Singapore]]. Passport numbers on file: [[ID_NUMBER:Z4829173]] and [[ID_NUMBER:T6105938]]. "
    "PNR 6KX2QP, seats 14A and 14B.",
    # 006 telecom support, Canada
    "The customer, [[PERSON:Gabriel Thibodeau]], called from [[PHONE_NUMBER:+1 514 555 0192]] about roaming "
    "charges he picked up in [[LOCATION:Portugal]] between [[DATE_TIME:July 14]] and [[DATE_TIME:July 21]]. "
    "Account [[ID_NUMBER:8827 4410 3]] was verified with his date of birth, [[DATE_TIME:1979-05-30]], and the "
    "postal code on file, [[ZIP_CODE:H2T 1S4]].",
    # 007 pharmacy, US
    "Prescription ready for pickup: [[PERSON:Delores Whitfield]], DOB [[DATE_TIME:04/17/1951]], lisinopril 10 mg, "
    "90 tablets, prescribed by [[PERSON:Dr. Anand Raghunathan]]. Phone on file [[PHONE_NUMBER:757-555-0126]]. "
    "She has asked that her grandson [[PERSON:Marcus]] be allowed to collect it.",
    # 008 legal intake, South Africa
    "Intake note: [[PERSON:Thandiwe Mokoena]], [[AGE:33]], of [[ADDRESS:17 Jan Smuts Avenue]], "
    "[[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]], wants advice on an unfair dismissal. "
    "ID number [[ID_NUMBER:9107140427083]]. She was dismissed on [[DATE_TIME:28 June 2024]]; no CCMA referral "
    "has been filed yet.",
    # 009 charity, Wales
    "Thank you, [[PERSON:Mrs Gwendolyn Pryce]], for your gift of £50 on [[DATE_TIME:5 April]]. As you ticked "
    "Gift Aid, we've recorded your home address as [[ADDRESS:Ty Gwyn, 8 Heol y Coed]], [[LOCATION:Cardiff]] "
    "[[ZIP_CODE:CF14 6HF]]. Your supporter number is [[ID_NUMBER:SUP0048213]].",
    # 010 gym, New Zealand
    "hey team, can you freeze my membership from the [[DATE_TIME:2nd of May]] till the [[DATE_TIME:30th of June]]? "
    "having knee surgery. member ID [[ID_NUMBER:AKL-77412]], name's [[PERSON:Hemi Walker]], phone "
    "[[PHONE_NUMBER:021 458 3390]]. cheers",
    # 011 car rental, Spain (es)
    "Reserva confirmada a nombre de [[PERSON:Lucía Ferrer Gómez]], DNI [[ID_NUMBER:48193026E]]. Recogida en el "
    "aeropuerto de [[LOCATION:Málaga]] el [[DATE_TIME:viernes 18 de julio a las 10:00]] y devolución el "
    "[[DATE_TIME:25 de julio]]. Tarjeta de garantía: [[CREDIT_CARD:4532 0188 7613 4025]]. Teléfono de contacto: "
    "[[PHONE_NUMBER:+34 612 48 73 90]].",
    # 012 immigration, Canada
    "I am filling in the visitor visa form for my mother, [[PERSON:Corazon Dela Cruz]], who was born on "
    "[[DATE_TIME:March 8, 1962]] in [[LOCATION:Iloilo City]], [[LOCATION:Philippines]]. Her passport number is "
    "[[ID_NUMBER:P4720193B]] and her UCI is [[ID_NUMBER:1104-7729]]. She will stay with us at "
    "[[ADDRESS:88 Birchmount Road]], [[LOCATION:Scarborough]], [[LOCATION:ON]] [[ZIP_CODE:M1K 1N5]].",
    # 013 wedding, Nigeria
    "Hello! [[PERSON:Chidinma]] and [[PERSON:Tunde]] here. Our traditional wedding holds on "
    "[[DATE_TIME:Saturday, 14 December 2024]] at the family compound, [[ADDRESS:22 Adebayo Doherty Road]], "
    "[[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]. Kindly send the catering quote to "
    "[[EMAIL_ADDRESS:chidi.tunde2024@gmail.com]] or WhatsApp [[PHONE_NUMBER:+234 803 417 2290]].",
    # 014 vet, Australia
    "Reminder: Biscuit (Labrador, 7 yrs) is due for his annual vaccination on [[DATE_TIME:Thu 6 Feb at 2:15pm]]. "
    "Owner: [[PERSON:Priya Raman]], [[ADDRESS:4/19 Carrington Street]], [[LOCATION:Adelaide]] [[LOCATION:SA]] "
    "[[ZIP_CODE:5000]]. Mobile on file: [[PHONE_NUMBER:0423 117 860]].",
    # 015 banking dispute, US
    "I'm [[PERSON:Kwame Asante]] and I want to dispute two charges on my card [[CREDIT_CARD:5355 2107 8843 1901]] "
    "dated [[DATE_TIME:11/03/2024]]. Both were made in [[LOCATION:Tulsa]], and I was home in "
    "[[LOCATION:Columbus]] that whole week. My email is [[EMAIL_ADDRESS:kwame.asante@fastmail.com]].",
    # 016 HR offer, India
    "We are pleased to offer [[PERSON:Ms. Sneha Kulkarni]] the role of Senior Data Analyst at our "
    "[[LOCATION:Pune]] office, with a joining date of [[DATE_TIME:15th January 2025]]. Please bring your PAN card "
    "([[ID_NUMBER:BQKPK4821M]]), your Aadhaar ([[ID_NUMBER:5261 0948 3721]]) and a cancelled cheque for account "
    "[[ID_NUMBER:50100237718264]] (IFSC HDFC0001234).",
    # 017 school admission, Kenya
    "Admission confirmed: [[PERSON:Wanjiru Kamau]], Form 1, admission no. [[ID_NUMBER:KHS/2025/0412]]. "
    "Parent/guardian: [[PERSON:Joseph Kamau Mwangi]], ID [[ID_NUMBER:28471930]], tel [[PHONE_NUMBER:0722 481 337]]. "
    "Reporting date is [[DATE_TIME:6th January 2025]]. Postal address: [[ADDRESS:P.O. Box 3318]]-[[ZIP_CODE:20100]], "
    "[[LOCATION:Nakuru]].",
    # 018 telecom, Pakistan
    "Assalam o alaikum, my SIM [[PHONE_NUMBER:0300 4827196]] was blocked after the biometric check failed. My "
    "CNIC is [[ID_NUMBER:35202-4817263-5]] but the SIM is registered to my father, [[PERSON:Muhammad Tariq Butt]]. "
    "We live at [[ADDRESS:House 41, Street 7, Block C]], [[LOCATION:Johar Town]], [[LOCATION:Lahore]]. "
    "— [[PERSON:Hamza]]",
    # 019 pharmacy, UK
    "Repeat prescription request for [[PERSON:Alan Crossley]] (NHS no. [[ID_NUMBER:943 476 5919]]), "
    "[[ADDRESS:51 Cromwell Terrace]], [[LOCATION:Scarborough]] [[ZIP_CODE:YO11 2DR]]. Items: atorvastatin 20mg, "
    "ramipril 5mg. Please deliver on Wednesday if possible, as his daughter [[PERSON:Karen]] is there that day.",
    # 020 legal intake, US
    "New client [[PERSON:Esperanza Villalobos]] (SSN [[US_SSN:521-84-3307]]) was rear-ended on I-35 near "
    "[[LOCATION:San Marcos]], [[LOCATION:Texas]] on [[DATE_TIME:August 2, 2024]]. The other driver, "
    "[[PERSON:Brett Coughlin]], gave driver's license [[US_DRIVER_LICENSE:31847265]] and plate "
    "[[ID_NUMBER:NKT-4471]].",
    # 021 charity pledge, Ghana
    "Our thanks go to [[PERSON:Nana Akua Boateng]] of [[LOCATION:Kumasi]], who pledged GH₵500 a month to the "
    "borehole project starting [[DATE_TIME:1 March]]. Her mobile money payments will come from "
    "[[PHONE_NUMBER:024 551 8803]].",
    # 022 gym transfer, Singapore
    "Membership transfer request from [[PERSON:Lim Wei Ling]] (NRIC [[ID_NUMBER:S8734512B]]) to her brother "
    "[[PERSON:Lim Wei Jie]], effective [[DATE_TIME:01.04.2025]]. The new member's mobile is "
    "[[PHONE_NUMBER:+65 9123 4876]] and his email [[EMAIL_ADDRESS:weijie.lim88@gmail.com]].",
    # 023 car rental, Germany (de)
    "Sehr geehrte [[TITLE:Frau]] [[PERSON:Brandt]], vielen Dank für Ihre Buchung. Die Fahrzeugübergabe ist am "
    "[[DATE_TIME:14.08.2025]] in [[LOCATION:München]]. Bitte bringen Sie Ihren Führerschein "
    "([[ID_NUMBER:J4108KL7T29]]) und die hinterlegte Kreditkarte [[CREDIT_CARD:4929 1730 5518 7764]] mit. "
    "Ihre Mobilnummer laut Buchung: [[PHONE_NUMBER:+49 171 4829301]].",
    # 024 immigration sponsor, UK
    "I, [[PERSON:Farah Siddiqui]], of [[ADDRESS:14 Wellington Road]], [[LOCATION:Bradford]] [[ZIP_CODE:BD2 3AB]], "
    "confirm that my husband [[PERSON:Imran Siddiqui]], a [[NRP:Pakistani]] national born on "
    "[[DATE_TIME:19/11/1988]], will live with me. His passport number is [[ID_NUMBER:AB8291734]] and my BRP "
    "number is [[ID_NUMBER:ZX4817293]].",
    # 025 wedding, Italy (it)
    "Ciao [[PERSON:Giulia]]! Confermo la villa per il matrimonio di [[PERSON:Francesca Moretti]] e "
    "[[PERSON:Luca Bianchi]], [[DATE_TIME:sabato 20 settembre]], a [[LOCATION:Montepulciano]]. Per il saldo usate "
    "l'IBAN [[IBAN_CODE:IT29 R030 6909 6061 0000 0047 312]] intestato a [[PERSON:Francesca]]; il suo cellulare è "
    "[[PHONE_NUMBER:347 218 9054]].",
    # 026 vet, Canada
    "Patient: Mochi (cat). Client: [[PERSON:Sophie Leclerc-Nguyen]], client # [[ID_NUMBER:C-20487]], "
    "[[ADDRESS:1402-250 Queens Quay W]], [[LOCATION:Toronto]] [[ZIP_CODE:M5J 2N2]]. Spay booked for "
    "[[DATE_TIME:Jan 22]], drop-off 7:30am. Deposit paid with card [[CREDIT_CARD:3530 1182 9475 0362]].",
    # 027 motor claim, Jamaica
    "Motor claim: the insured, [[PERSON:Devon Campbell]], TRN [[ID_NUMBER:112-847-395]], says his car was hit "
    "while parked outside his home at [[ADDRESS:9 Hope Road]], [[LOCATION:Kingston]], on the morning of "
    "[[DATE_TIME:17th May]]. Vehicle plate [[ID_NUMBER:5821 JK]]. Contact: [[PHONE_NUMBER:(876) 555-0188]].",
    # 028 HR paperwork, US
    "For the I-9 and W-4, please double-check: [[PERSON:Jasmine Le]], SSN [[US_SSN:614 22 9087]], date of birth "
    "[[DATE_TIME:1996.02.11]], home address [[ADDRESS:3900 N Kedzie Ave, Apt 2R]], [[LOCATION:Chicago]], "
    "[[LOCATION:IL]] [[ZIP_CODE:60618]]. She starts [[DATE_TIME:Sept 9]] and is presenting US passport "
    "[[US_PASSPORT:561028374]] as her List A document.",
    # 029 school note, UK
    "[[PERSON:Oliwia Nowak]]'s mum here — she has a dentist appointment on [[DATE_TIME:Tuesday 11th at 10]] so "
    "she'll come in after break. Class 5B, [[PERSON:Mrs Okonkwo]]'s class. Thanks!",
    # 030 rental application, Australia
    "Hi [[PERSON:Bronwyn]], we'd love to apply for the unit at [[ADDRESS:3/27 Wattle Grove]], "
    "[[LOCATION:Fitzroy North]]. I'm [[PERSON:Rahul Deshpande]], [[AGE:31]], a software tester, and my partner "
    "[[PERSON:Ella O'Sullivan]] is [[AGE:29]]. We could move in from the [[DATE_TIME:15th of March]]. My licence "
    "number is [[ID_NUMBER:047 219 836]] ([[LOCATION:VIC]]).",
    # 031 hotel, Kenya
    "Guest [[PERSON:Amina Hassan Abdi]] checked in at the beach resort in [[LOCATION:Mombasa]] on "
    "[[DATE_TIME:12/04/2025]]: passport [[ID_NUMBER:AK0482913]], nationality [[NRP:Kenyan]], room 214, departing "
    "[[DATE_TIME:16/04/2025]]. Her husband [[PERSON:Abdirahman]] asked for a late checkout.",
    # 032 telecom porting, Philippines
    "Good day po! I want to port my number [[PHONE_NUMBER:0917 824 3361]] to another network. Account name: "
    "[[PERSON:Maria Theresa Villanueva]], birthday [[DATE_TIME:June 3, 1990]], address "
    "[[ADDRESS:Blk 12 Lot 5, Sampaguita St.]], [[LOCATION:BF Homes]], [[LOCATION:Parañaque City]] "
    "[[ZIP_CODE:1720]]. Thank you po.",
    # 033 memorial gift, US
    "[[PERSON:Harold]] and [[PERSON:Joan Feldman]] gave $250 in memory of [[PERSON:Ruth Abramowitz]], who passed "
    "away on [[DATE_TIME:January 6]]. Please send the acknowledgment card to her daughter, "
    "[[PERSON:Naomi Abramowitz-Klein]], [[ADDRESS:61 Beacon Hill Dr]], [[LOCATION:Newton]], [[LOCATION:MA]] "
    "[[ZIP_CODE:02459]].",
    # 034 legal, Ireland
    "Our client, [[PERSON:Pádraig Ó Súilleabháin]] (date of birth [[DATE_TIME:2 February 1971]]), instructs us "
    "in a boundary dispute with his neighbour, [[PERSON:Mr. Niall Geraghty]], at "
    "[[ADDRESS:Cnoc na Gréine, Ballyvourney Road]], [[LOCATION:Macroom]], [[LOCATION:Co. Cork]] "
    "[[ZIP_CODE:P12 X4F3]].",
    # 035 pharmacy, Malaysia
    "Hi, this is [[PERSON:Nurul Izzah binti Kamarudin]], IC [[ID_NUMBER:880614-10-5526]]. Can the "
    "[[LOCATION:Shah Alam]] branch hold my insulin pens until [[DATE_TIME:Saturday the 8th]]? My number is "
    "[[PHONE_NUMBER:012-347 8816]].",
    # 036 payroll, South Africa
    "Payroll change: please update the bank details for [[PERSON:Sipho Ndlovu]] (employee no. "
    "[[ID_NUMBER:E04417]], ID [[ID_NUMBER:8502035312088]]) to account [[ID_NUMBER:62841937205]], branch code "
    "250655, from the next pay run. His income tax reference is [[ID_NUMBER:0384719265]].",
    # 037 car rental, UK
    "Driver check complete for [[PERSON:Callum McIntyre]], licence [[ID_NUMBER:MCINT807157C99KL]]; additional "
    "driver [[PERSON:Roisin McIntyre]]. Collection from [[LOCATION:Glasgow]] on [[DATE_TIME:10/06/2025]], return "
    "to [[LOCATION:Inverness]] a week later.",
    # 038 immigration, US
    "Please prepare the I-130 for [[PERSON:Alejandro Ruiz Paredes]] (A-Number [[ID_NUMBER:A208-417-392]]), born "
    "[[DATE_TIME:3 Oct 1985]] in [[LOCATION:Guadalajara]], [[LOCATION:Mexico]]. The petitioner is his wife, "
    "[[PERSON:Kimberly Ruiz]], US passport [[US_PASSPORT:548193027]], SSN [[US_SSN:402-71-8835]].",
    # 039 wedding, India
    "Dear [[PERSON:Meenakshi]] aunty, the sangeet for [[PERSON:Ishaan]] and [[PERSON:Tanvi]] is on "
    "[[DATE_TIME:27 Nov]] and the wedding on [[DATE_TIME:29 Nov]] in [[LOCATION:Udaipur]]. Please send your guest "
    "list to [[PERSON:Ritu]] at [[EMAIL_ADDRESS:ritu.malhotra.weds@gmail.com]] or call her on "
    "[[PHONE_NUMBER:+91 98110 42736]].",
    # 040 vet, UK
    "[[PERSON:Helen Achterberg]] rang to say her rabbit Pip is off his food. Booked in with "
    "[[PERSON:Dr Siân Evans]] on [[DATE_TIME:Fri 14/03 at 16:40]]. Client address: "
    "[[ADDRESS:Flat 2, 19 Clarence Street]], [[LOCATION:Brighton]] [[ZIP_CODE:BN1 2LJ]].",
    # 041 home insurance, France (fr)
    "Déclaration de sinistre : [[TITLE:Mme]] [[PERSON:Claire Dubois-Martin]], domiciliée au "
    "[[ADDRESS:14 rue des Lilas]], [[ZIP_CODE:69003]] [[LOCATION:Lyon]], signale un dégât des eaux survenu le "
    "[[DATE_TIME:3 février 2025]]. Numéro de sécurité sociale : [[ID_NUMBER:2 87 06 75 118 042 20]]. "
    "Téléphone : [[PHONE_NUMBER:06 12 48 93 57]].",
    # 042 HR onboarding, Netherlands (nl)
    "Beste [[PERSON:Sanne]], welkom bij het team! Je eerste werkdag is [[DATE_TIME:maandag 2 juni]]. Wil je vóór "
    "die tijd je BSN ([[ID_NUMBER:174529387]]) en je IBAN ([[IBAN_CODE:NL46 RABO 0317 8455 29]]) doorgeven aan "
    "[[PERSON:Mark de Vries]] van HR? Groet, [[PERSON:Yusuf]]",
    # 043 school attendance, US
    "Per our records, [[PERSON:DeShawn Williams]] (student ID [[ID_NUMBER:1048822]], grade 7) has six unexcused "
    "absences. A meeting with his guardian, [[PERSON:Loretta Williams]], is set for "
    "[[DATE_TIME:October 17 at 3:30 PM]] at Jefferson Middle School. We left a voicemail at her number, "
    "[[PHONE_NUMBER:(404) 555-0139]].",
    # 044 airline infant, UK
    "Hi, I need to add an infant to booking QZ7H2M: [[PERSON:Aarav Patel]], born [[DATE_TIME:02/09/2024]], "
    "travelling on his mum [[PERSON:Nisha Patel]]'s lap from [[LOCATION:Birmingham]] to [[LOCATION:Ahmedabad]] "
    "on [[DATE_TIME:18 Dec]]. His passport number is [[ID_NUMBER:128374659]].",
    # 045 telecom security alert, US
    "Security alert for [[PERSON:Trevor Nakamura]]: a SIM change was requested for "
    "[[PHONE_NUMBER:+1 (808) 555-0164]] from IP [[IP_ADDRESS:73.189.42.117]] on [[DATE_TIME:2024-09-14 02:13]]. "
    "If this wasn't you, reply STOP or dial 611.",
    # 046 pharmacy, Québec (fr)
    "Bonjour [[TITLE:M.]] [[PERSON:Gagnon]], votre ordonnance de metformine est prête à la pharmacie de "
    "[[LOCATION:Trois-Rivières]]. Numéro d'assurance maladie : [[ID_NUMBER:GAGJ 5803 1214]]. Vous pouvez passer "
    "la chercher dès [[DATE_TIME:jeudi 9 janvier]].",
    # 047 affidavit, Nigeria
    "The deponent, [[TITLE:Alhaji]] [[PERSON:Musa Danladi]], a [[NRP:Muslim]] of "
    "[[ADDRESS:No. 7 Ahmadu Bello Way]], [[LOCATION:Kaduna]], states that he was born on "
    "[[DATE_TIME:12th August 1964]] and that his NIN is [[ID_NUMBER:48192736051]].",
    # 048 tax receipt, Australia
    "Tax receipt R-88213 issued to [[PERSON:Georgia Papadopoulos]], [[ADDRESS:PO Box 412]], "
    "[[LOCATION:Toowong]] [[LOCATION:QLD]] [[ZIP_CODE:4066]], for a donation of $120.00 she made on "
    "[[DATE_TIME:28/06/2024]].",
    # 049 gym guest pass, US
    "The guest pass for [[PERSON:Brianna]] ([[AGE:17]]) needs a parent signature since she's under 18. Parent: "
    "[[PERSON:Carla Mendez]], member [[ID_NUMBER:00482913]], cell [[PHONE_NUMBER:915.555.0147]].",
    # 050 health claim, Kenya
    "Outpatient claim for [[PERSON:Otieno Odhiambo]], member no. [[ID_NUMBER:SHA-0384721]], seen in "
    "[[LOCATION:Kisumu]] on [[DATE_TIME:3/2/2025]]. KRA PIN [[ID_NUMBER:A004817263K]], mobile "
    "[[PHONE_NUMBER:+254 712 908 441]].",
    # 051 residence permit, Ireland
    "Permit renewal for [[PERSON:Ana Beatriz Costa]], [[NRP:Brazilian]], GNIB number [[ID_NUMBER:4182937]], PPSN "
    "[[ID_NUMBER:3920574SA]]. Current address: [[ADDRESS:Apt 5, 102 Capel Street]], [[LOCATION:Dublin]] "
    "[[ZIP_CODE:D01 F5P2]].",
    # 052 RSVP, US
    "RSVP: [[PERSON:Jun-ho Park]] plus one ([[PERSON:Sarah Kim]]), both attending on [[DATE_TIME:6/14]]. "
    "[[PERSON:Sarah]] is vegetarian. Mailing address for the thank-you card: [[ADDRESS:2714 Beverly Glen Blvd]], "
    "[[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90077]].",
    # 053 vet emergency, New Zealand
    "Rex the huntaway got into rat bait at the farm, [[ADDRESS:1147 Kaipara Coast Highway]], "
    "[[LOCATION:Kaukapakapa]]. Owner [[PERSON:Aroha Ngata]], ph [[PHONE_NUMBER:09 420 5513]]. Seen "
    "[[DATE_TIME:22/7 6.50pm]], vitamin K started.",
    # 054 parental leave, Canada
    "[[PERSON:Harpreet Kaur Gill]] (SIN [[ID_NUMBER:527 183 040]]) goes on parental leave from "
    "[[DATE_TIME:March 31, 2025]] to [[DATE_TIME:March 30, 2026]]. Her ROE should be mailed to "
    "[[ADDRESS:7820 128 Street]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3W 4E6]].",
    # 055 SIM registration, South Africa
    "RICA details captured: [[PERSON:Lerato Dlamini]], ID [[ID_NUMBER:0109082174086]], residential address "
    "[[ADDRESS:45 Voortrekker Road]], [[LOCATION:Bellville]], [[LOCATION:Cape Town]], [[ZIP_CODE:7530]]. "
    "MSISDN [[PHONE_NUMBER:082 417 3390]].",
    # 056 lettings, Portugal (pt)
    "Olá, sou o [[PERSON:Rui Carvalho]] e gostaria de arrendar o T2 na "
    "[[ADDRESS:Rua de Santa Catarina, 212, 3.º Esq.]], no [[LOCATION:Porto]]. Posso visitar na "
    "[[DATE_TIME:quinta-feira, 10 de abril]]? O meu NIF é [[ID_NUMBER:213847590]] e o telemóvel "
    "[[PHONE_NUMBER:912 483 170]].",
    # 057 school camp consent, Singapore
    "Consent form for the [[LOCATION:Bintan]] camp. Child: [[PERSON:Nur Aisyah binte Rahmat]], P5 Integrity, "
    "birth certificate no. [[ID_NUMBER:T1403872D]], DOB [[DATE_TIME:15-03-2014]]. Emergency contact: "
    "[[PERSON:Rahimah]] (mother), [[PHONE_NUMBER:8733 2016]].",
    # 058 power of attorney, Poland (pl)
    "Ja, [[PERSON:Katarzyna Zielińska]], PESEL [[ID_NUMBER:88051908249]], zamieszkała przy "
    "[[ADDRESS:ul. Długiej 14/6]], [[ZIP_CODE:31-146]] [[LOCATION:Kraków]], upoważniam [[TITLE:mec.]] "
    "[[PERSON:Piotra Nowaka]] do reprezentowania mnie na rozprawie w dniu [[DATE_TIME:12 marca 2025]].",
    # 059 monthly donor, Canada
    "Hi [[PERSON:Marguerite]], we've updated your monthly gift to $35 as you asked. Starting "
    "[[DATE_TIME:February 15]] it will be charged to your Visa [[CREDIT_CARD:4556 7301 9284 6378]]. Your donor "
    "number stays [[ID_NUMBER:D-771204]].",
    # 060 flight, Turkey (tr)
    "[[PERSON:Elif Yıldız]] [[TITLE:Hanım]], [[DATE_TIME:22 Ağustos 2025]] tarihli [[LOCATION:İstanbul]]–"
    "[[LOCATION:Antalya]] uçuşunuz onaylanmıştır. T.C. Kimlik No: [[ID_NUMBER:38491627000]]. Rezervasyon kodu: "
    "TK8Q2L. İletişim: [[PHONE_NUMBER:0532 418 27 90]].",
    # 061 onboarding, Ghana
    "Onboarding checklist for [[PERSON:Kofi Mensah-Bonsu]]: Ghana Card [[ID_NUMBER:GHA-718293046-5]], SSNIT "
    "[[ID_NUMBER:C018406180042]], start date [[DATE_TIME:02/06/2025]], reporting to [[PERSON:Abena Owusu]] in "
    "[[LOCATION:Takoradi]].",
    # 062 health insurance, US
    "Member [[PERSON:Guadalupe Reyes]] (ID [[ID_NUMBER:XKQ482917304]]) called about the EOB for an ER visit on "
    "[[DATE_TIME:07/22/2024]] at St. Luke's. She lives at [[ADDRESS:1106 W Magnolia Ave]], "
    "[[LOCATION:Fort Worth]], [[LOCATION:TX]] [[ZIP_CODE:76104]] and prefers calls in Spanish.",
    # 063 rent arrears, UK
    "Dear [[TITLE:Mr]] and [[TITLE:Mrs]] [[PERSON:Oyelaran]], the rent of £1,275 for [[ADDRESS:42 Grange Avenue]], "
    "[[LOCATION:Leicester]] [[ZIP_CODE:LE2 1TX]] was due on [[DATE_TIME:1st November]] and has not been received. "
    "Please contact me, [[PERSON:Gemma Holt]], on my mobile [[PHONE_NUMBER:07700 900561]].",
    # 064 pharmacy, Nigeria
    "Customer [[PERSON:Ngozi Eze]], [[AGE:62]], collected her amlodipine on [[DATE_TIME:14/01/25]] and paid by "
    "transfer from account [[ID_NUMBER:0692847315]]. Next refill to be delivered to "
    "[[ADDRESS:Plot 18, Trans-Amadi Layout]], [[LOCATION:Port Harcourt]].",
    # 065 car rental damage, US
    "Renter [[PERSON:Colton Briggs]] returned the Camry (plate [[ID_NUMBER:8KXJ203]]) on "
    "[[DATE_TIME:Sunday, March 2]] with a cracked windshield. Driver license [[US_DRIVER_LICENSE:B624-718-53-412-0]], "
    "issued in [[LOCATION:Florida]]; card on file [[CREDIT_CARD:3716 540992 13881]].",
    # 066 partner visa, Australia
    "Visa applicant: [[PERSON:Nguyễn Thị Hồng]], born [[DATE_TIME:21.09.1993]] in [[LOCATION:Hải Phòng]], passport "
    "[[ID_NUMBER:C3847192]]. Sponsor: [[PERSON:Daniel Whitmore]], [[ADDRESS:16 Parer Street]], "
    "[[LOCATION:Maroubra]] [[LOCATION:NSW]] [[ZIP_CODE:2035]]. De facto relationship since "
    "[[DATE_TIME:April 2021]].",
    # 067 wedding dinner, Sweden (sv)
    "Hej [[PERSON:Linnéa]]! Vi bekräftar bröllopsmiddagen för [[PERSON:Oskar Lindqvist]] och "
    "[[PERSON:Amira Haddad]] [[DATE_TIME:lördag 16 augusti]] i [[LOCATION:Uppsala]]. Anmälan till "
    "[[EMAIL_ADDRESS:oskar.lindqvist@telia.se]] eller [[PHONE_NUMBER:070-418 23 57]].",
    # 068 broadband engineer, UK
    "Engineer visit booked for [[DATE_TIME:Thursday 20 February]] (morning slot) at "
    "[[ADDRESS:Flat 9, Wessex House, 3 Lower Road]], [[LOCATION:Kingston upon Thames]] [[ZIP_CODE:KT1 2AS]]. "
    "Account holder: [[PERSON:Zainab Hussain]], account number [[ID_NUMBER:4481920377]]. Her router's public IP "
    "is [[IP_ADDRESS:86.14.207.91]].",
    # 069 university admission, Pakistan
    "Dear [[PERSON:Ayesha Noor]], your admission to BS Computer Science at the [[LOCATION:Islamabad]] campus is "
    "confirmed. Roll No. [[ID_NUMBER:FA25-BCS-117]]. Please pay the fee challan by [[DATE_TIME:20 August 2025]]. "
    "Father's name: [[PERSON:Ghulam Mustafa Noor]]; CNIC [[ID_NUMBER:61101-3928471-9]].",
    # 070 vet follow-up, US
    "Hi [[PERSON:Dr. Patel]], it's [[PERSON:jenna]] from the 4pm slot yesterday — Luna has thrown up twice since "
    "the dental. Could you call me at [[PHONE_NUMBER:612-555-0181]]?",
    # 071 motor incident, UK
    "Incident on [[DATE_TIME:19/02/2025]] on the A38 near [[LOCATION:Plymouth]]: our driver, "
    "[[PERSON:Jamal Bakr]] (DOB [[DATE_TIME:07/12/1990]]), was hit from behind by a grey Astra, reg "
    "[[ID_NUMBER:WF19 KZP]], driven by [[PERSON:Mrs Pauline Treharne]].",
    # 072 new hire, Australia
    "[[PERSON:Tevita Fifita]] has accepted the warehouse lead role. TFN [[ID_NUMBER:459 127 385]], super member "
    "no. [[ID_NUMBER:30184772]], start [[DATE_TIME:Mon 7 April]]. Home: [[ADDRESS:12 Kurrajong Cres]], "
    "[[LOCATION:Blacktown]] [[LOCATION:NSW]] [[ZIP_CODE:2148]].",
    # 073 flight change, Malaysia
    "Flight change for [[PERSON:Tan Mei Xuan]] and [[PERSON:Ravi Chandran]]: [[LOCATION:Penang]] to "
    "[[LOCATION:Kota Kinabalu]], moved from [[DATE_TIME:3 May]] to [[DATE_TIME:5 May]]. MyKad numbers "
    "[[ID_NUMBER:910214-07-5834]] and [[ID_NUMBER:870930-14-6121]].",
    # 074 will, US
    "I, [[PERSON:Margaret Ann Kowalczyk]], of [[LOCATION:Erie County]], [[LOCATION:New York]], being of sound mind, "
    "leave my house at [[ADDRESS:77 Orchard Park Rd]], [[LOCATION:West Seneca]], [[LOCATION:NY]] "
    "[[ZIP_CODE:14224]] to my niece, [[PERSON:Dana Kowalczyk-Reed]]. Signed this "
    "[[DATE_TIME:4th day of June, 2024]].",
    # 075 sponsorship, Ireland
    "Go raibh maith agat, [[PERSON:Aoife]]! Your €40 sponsorship for [[PERSON:Ciarán]]'s sunrise walk has gone "
    "through, and the receipt will be emailed to [[EMAIL_ADDRESS:aoife.brennan@eircom.net]].",
    # 076 gym complaint, UK
    "cancelled my membership on the app but still got charged £34.99 on [[DATE_TIME:28 jan]]. membership no "
    "[[ID_NUMBER:PG7712049]], [[PERSON:shannon o'neill]]. pls sort it",
    # 077 car rental, Italy (it)
    "Gentile [[TITLE:Sig.]] [[PERSON:Marco Esposito]], la informiamo che il veicolo targato "
    "[[ID_NUMBER:GK 482 TR]] è stato ritirato il [[DATE_TIME:12/05/2025]] presso la sede di [[LOCATION:Napoli]]. "
    "Codice fiscale registrato: [[ID_NUMBER:SPSMRC85E14F839W]].",
    # 078 prescription transfer, US
    "Transfer request from [[PERSON:Ikechukwu Nwosu]], DOB [[DATE_TIME:Dec 1 1983]], for his sertraline. "
    "Insurance member ID [[ID_NUMBER:W284719306]]; reach him at [[EMAIL_ADDRESS:ike.nwosu83@yahoo.com]].",
    # 079 school enrolment, New Zealand
    "Enrolment form — student: [[PERSON:Kauri Te Whata]], NSN [[ID_NUMBER:128437692]], DOB "
    "[[DATE_TIME:9 Oct 2012]]. Caregiver: [[PERSON:Moana Te Whata]], [[PHONE_NUMBER:027 384 1192]], "
    "[[ADDRESS:6 Kowhai Street]], [[LOCATION:Whangārei]] [[ZIP_CODE:0110]].",
    # 080 telecom complaint, India
    "Complaint: mobile number [[PHONE_NUMBER:+91 70213 88456]] belonging to [[PERSON:Suresh Babu Nair]] keeps "
    "getting spam calls. Registered address [[ADDRESS:TC 14/1127]], [[LOCATION:Kowdiar]], "
    "[[LOCATION:Thiruvananthapuram]] [[ZIP_CODE:695003]].",
    # 081 home claim follow-up, Canada
    "Hi, it's [[PERSON:Olumide]] again about claim 22-HO-58123. The contractor can start "
    "[[DATE_TIME:Monday, Oct. 6]]. My email has changed to [[EMAIL_ADDRESS:olumide.adebayo@proton.me]] and my "
    "address is still [[ADDRESS:219 Wolf Willow Blvd]], [[LOCATION:Edmonton]] [[LOCATION:AB]] "
    "[[ZIP_CODE:T5T 6N7]].",
    # 082 residence permit, Germany (de)
    "Antrag auf Aufenthaltserlaubnis: [[PERSON:Mehmet Kaya]], geboren am [[DATE_TIME:07.03.1992]] in "
    "[[LOCATION:Izmir]], Staatsangehörigkeit [[NRP:türkisch]], Reisepassnummer [[ID_NUMBER:U28374915]], wohnhaft "
    "[[ADDRESS:Hermannstraße 112]], [[ZIP_CODE:12051]] [[LOCATION:Berlin]].",
    # 083 wedding photographer, South Africa
    "Vendor note: the couple, [[PERSON:Naledi]] & [[PERSON:Pieter van der Merwe]], want the photographer at the "
    "farm, [[ADDRESS:Plot 44, R44]], [[LOCATION:Stellenbosch]], on [[DATE_TIME:29 March]]. [[PERSON:Pieter]]'s "
    "cell is [[PHONE_NUMBER:083 552 1047]].",
    # 084 vet certificate, Canada
    "Tucker's owner, [[PERSON:Gurpreet Sandhu]] of [[ADDRESS:3345 Cedar Hills Cres]], [[LOCATION:Kamloops]], "
    "[[LOCATION:BC]], brought him in on [[DATE_TIME:2025-01-18]] for his rabies booster; certificate emailed to "
    "[[EMAIL_ADDRESS:gsandhu.kam@shaw.ca]].",
    # 085 exit interview, US
    "Exit interview for [[PERSON:Brandon Okoye]] is scheduled for [[DATE_TIME:12/19 at 11am]]. His final paycheck "
    "will be mailed to [[ADDRESS:5521 Rainier Ave S]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98118]], "
    "and COBRA notices go to his personal email, [[EMAIL_ADDRESS:b.okoye@icloud.com]].",
]

BENCH = [
    # 001
    "[[PERSON:Mx Rowan Ellery]] requested a password reset for username [[USERNAME:rowan.ellery77]] from IP "
    "[[IP_ADDRESS:192.168.14.203]] on [[DATE_TIME:11/08/2023 at 03:12]]. New temporary password: Tr0ub4dor&3x.",
    # 002
    "[[TITLE:Miss]] [[PERSON:Oyinkansola Bello]], your personal loan account [[ID_NUMBER:40917263]] was debited "
    "₦84,200 on [[DATE_TIME:2022-10-05]]. If you did not authorise this, call us quoting BIC GTBINGLA.",
    # 003
    "Patient is a [[AGE:54]]-year-old male born in 1970, living in [[LOCATION:Hartlepool]], "
    "[[LOCATION:County Durham]]; GP is [[PERSON:Dr. E. Oduya]].",
    # 004
    "Account holder [[PERSON:Yvette Marchetti]] with customer ID [[ID_NUMBER:CUST-5519027]] and email "
    "[[EMAIL_ADDRESS:ymarchetti@northwind-mail.com]] requested closure of checking account "
    "[[ID_NUMBER:003918274456]] (routing 071000013) on [[DATE_TIME:March 3rd, 2023]].",
    # 005
    "[[PERSON:Xiomara Quitzon]], your badge for the [[LOCATION:North Deshawnberg]] site is ready. Collect it from "
    "[[ADDRESS:8812 Schimmel Ports, Suite 340]] before [[DATE_TIME:17/09/2024]]. Badge PIN: 4471.",
    # 006
    "Name: [[PERSON:Priyanka Chaudhary]]; Gender: Female; Age: [[AGE:29]]; DOB: [[DATE_TIME:1995-06-21]]; Mobile: "
    "[[PHONE_NUMBER:+91-9845012367]]; Email: [[EMAIL_ADDRESS:priyanka.c95@rediffmail.com]]; City: "
    "[[LOCATION:Jaipur]]; PIN: [[ZIP_CODE:302017]]",
    # 007
    "Transaction of $1,204.55 declined on card [[CREDIT_CARD:6011550744182930]] (exp 09/27, CVV 418) for "
    "[[PERSON:Beau Lindgren]]; request came from [[IP_ADDRESS:2a02:c7c:5e31:a800:1d4:9f2e:88b1:4c07]].",
    # 008
    "Please wire the refund to [[IBAN_CODE:DE15 1007 0024 0938 4715 62]] (BIC DEUTDEDBBER), account holder "
    "[[PERSON:Lukas Hoffmann-Reiter]].",
    # 009
    "Follow [[PERSON:Amara Okonkwo]] on her blog [[URL:https://amaraokonkwo.substack.com]] or on X as "
    "@[[USERNAME:amara_writes_ng]].",
    # 010
    "[[PERSON:Cody Rasmussen]] (SSN: [[US_SSN:233-71-4098]]) listed his employer as Brightline Logistics and his "
    "DOB as [[DATE_TIME:9-14-1987]].",
    # 011
    "Vehicle VRM [[ID_NUMBER:LK68 PXE]] is registered to [[PERSON:Mr Oluwaseun Adebisi]], "
    "[[ADDRESS:71 Chiltern Drive]], [[LOCATION:Surbiton]], [[ZIP_CODE:KT5 8LS]].",
    # 012
    "The [[AGE:72]] y/o [[NRP:Catholic]] widow [[PERSON:Teresa Fonseca]] asked for a priest's visit on "
    "[[DATE_TIME:Sunday 14 April]].",
    # 013
    "Employee [[PERSON:Rashid Al-Mansoori]] (employee_id: [[ID_NUMBER:EMP-220931]]) logged in from "
    "[[IP_ADDRESS:10.44.2.178]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) at "
    "[[DATE_TIME:2024-02-29T08:14:07Z]].",
    # 014
    "[[PERSON:Whitney Harlow]] renewed US passport [[US_PASSPORT:A02938471]] at the [[LOCATION:Denver]] "
    "acceptance facility on [[DATE_TIME:Aug. 21]].",
    # 015
    "[[PERSON:Lacey Mraz]], our Senior Branding Coordinator, moves to the [[LOCATION:Gusikowskiview]] branch on "
    "[[DATE_TIME:03/11/2022]]; her extension is 4471 and her mobile [[PHONE_NUMBER:(745) 332-8810]].",
    # 016
    "The [[AGE:41]]-year-old [[NRP:Sikh]] applicant, [[PERSON:Manjit Singh Bhullar]], holds private hire licence "
    "[[ID_NUMBER:PHV/0472193]] in [[LOCATION:Wolverhampton]].",
    # 017
    "Device 3C:52:82:1A:9F:04 is assigned to [[PERSON:Haruto Sato]] (username [[USERNAME:hsato]]) at "
    "[[IP_ADDRESS:172.16.9.41]].",
    # 018 (es)
    "La paciente [[PERSON:Carmen Ortega Ruiz]], de [[AGE:67]] años, con NIE [[ID_NUMBER:X4718293G]], reside en "
    "[[ADDRESS:Calle Mayor 23, 2º B]], [[ZIP_CODE:28013]] [[LOCATION:Madrid]].",
    # 019 (fr)
    "[[TITLE:Monsieur]] [[PERSON:Yannick Le Goff]], né le [[DATE_TIME:14/02/1979]] à [[LOCATION:Brest]], est "
    "titulaire du compte [[IBAN_CODE:FR76 3000 4008 2100 0473 8291 560]].",
    # 020 (de)
    "[[TITLE:Herr]] [[PERSON:Dr. Jonas Albrecht]], Steuer-ID [[ID_NUMBER:57 493 082 161]], wohnhaft in "
    "[[ADDRESS:Lindenweg 7a]], [[ZIP_CODE:70174]] [[LOCATION:Stuttgart]].",
    # 021 (nl)
    "[[PERSON:Femke Jansen]] ([[AGE:34]]) woont op [[ADDRESS:Prinsengracht 418-II]], [[ZIP_CODE:1016 JB]] "
    "[[LOCATION:Amsterdam]]; telefoon [[PHONE_NUMBER:06-41829375]].",
    # 022 (it)
    "[[TITLE:Sig.ra]] [[PERSON:Alessandra Greco]], nata a [[LOCATION:Bari]] il [[DATE_TIME:3 luglio 1984]], "
    "codice fiscale [[ID_NUMBER:GRCLSN84L43A662H]], email [[EMAIL_ADDRESS:ale.greco84@libero.it]], cell. "
    "[[PHONE_NUMBER:+39 333 481 2907]].",
    # 023 (pt-BR)
    "O cliente [[PERSON:João Pedro Albuquerque]], CPF [[ID_NUMBER:418.273.905-14]], mora na "
    "[[ADDRESS:Av. Paulista, 1578, apto 82]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP "
    "[[ZIP_CODE:01310-200]].",
    # 024 (pl)
    "[[TITLE:Pan]] [[PERSON:Michał Kowalski]], ur. [[DATE_TIME:03.11.2002]], PESEL [[ID_NUMBER:02310314576]], "
    "nr rachunku [[IBAN_CODE:PL51 1090 1014 4000 0712 1981 2874]].",
    # 025 (sv)
    "[[PERSON:Karin Sjöberg]], personnummer [[ID_NUMBER:930627-2387]], flyttade till [[ADDRESS:Storgatan 14]], "
    "[[ZIP_CODE:903 26]] [[LOCATION:Umeå]] den [[DATE_TIME:1 oktober]].",
    # 026 (tr)
    "[[PERSON:Burak Demir]], [[DATE_TIME:05.09.1988]] doğumlu, [[LOCATION:Ankara]]'da ikamet ediyor; IBAN: "
    "[[IBAN_CODE:TR35 0006 1012 9937 7118 2400 51]].",
    # 027
    "User [[USERNAME:xX_sn1per_Xx]] (real name [[PERSON:Declan Ferris]]) was banned on [[DATE_TIME:Jan 5 2024]] "
    "for cheating; last seen at [[IP_ADDRESS:81.102.77.213]].",
    # 028
    "Good morning, [[PERSON:Fredy]]. Kindly send the signed NDA to [[EMAIL_ADDRESS:Fredy_Koss@hotmail.com]] and "
    "put your SSN [[US_SSN:512-40-9981]] in the subject line.",
    # 029
    "[[PERSON:Ifeoma]], a [[AGE:26]] year old female with green eyes, 170 cm tall, was last seen near "
    "[[ADDRESS:3 Allen Avenue]], [[LOCATION:Ikeja]], on [[DATE_TIME:Friday 7th June]].",
    # 030
    "[[PERSON:Wiremu Tane]]'s driver licence number is [[ID_NUMBER:DK482917]], version 214, and his date of birth "
    "is [[DATE_TIME:30/01/1977]].",
    # 031
    "Card: [[CREDIT_CARD:5424-1880-3376-6528]] Name on card: [[PERSON:SUNITA RAMPERSAD]] Exp: 11/26 Billing ZIP: "
    "[[ZIP_CODE:11432]]",
    # 032
    "DOB: [[DATE_TIME:20th of Feb, 2001]]; birthplace: [[LOCATION:Multan]]; father: [[PERSON:Zafar Iqbal]]; "
    "CNIC: [[ID_NUMBER:36302-9283746-1]]",
    # 033
    "Ship to: [[PERSON:Marisol Ybarra]], [[ADDRESS:4410 Ridgecrest Blvd Apt 1107]], [[LOCATION:El Paso]], "
    "[[LOCATION:TX]] [[ZIP_CODE:79912-3308]]",
    # 034
    "Customer [[PERSON:Agnieszka]] wants her billing address changed to [[ADDRESS:Flat 4B, 220 Leith Walk]], "
    "[[LOCATION:Edinburgh]] [[ZIP_CODE:EH6 5EQ]]; old IP [[IP_ADDRESS:31.54.118.9]], new IP "
    "[[IP_ADDRESS:31.54.118.201]].",
    # 035
    "Patient: [[PERSON:Rosalind Achebe]] | MRN: [[ID_NUMBER:00731948]] | DOB: [[DATE_TIME:1958-12-02]] | Admit: "
    "[[DATE_TIME:2024-11-20]] | Attending: [[PERSON:Dr. Vikram Sethi]] | Insurance ID: [[ID_NUMBER:UHC884120937]]",
    # 036
    "[[TITLE:Lady]] [[PERSON:Imogen Ashcombe]] and [[TITLE:Lord]] [[PERSON:Hugo Ashcombe]] of "
    "[[LOCATION:Wiltshire]] lent the portrait to the gallery on [[DATE_TIME:12 May 1998]].",
    # 037
    "[[TITLE:Rev.]] [[PERSON:Samuel Owusu-Ansah]] will officiate; contact him at "
    "[[EMAIL_ADDRESS:rev.sam.oa@gmail.com]] or [[PHONE_NUMBER:+233 20 447 8192]].",
    # 038
    "[[TITLE:Capt.]] [[PERSON:Leilani Kealoha]], pilot certificate [[ID_NUMBER:ATP 3829104]], based in "
    "[[LOCATION:Honolulu]], [[AGE:39]].",
    # 039
    "The ferret owner, [[PERSON:Zelda Pfannerstill]], aged [[AGE:83]], moved from "
    "[[ADDRESS:331 Bauch Mountains]] to [[LOCATION:Schaumburg]]; her router reported "
    "[[IP_ADDRESS:fe80::6c1b:23ff:fe9a:b41e]].",
    # 040
    "Pay [[PERSON:Ms. Halima Yusuf]] into account [[ID_NUMBER:41920375]], sort code 20-45-77, reference "
    "INV-20931.",
    # 041
    "Beneficiary: [[PERSON:Owen Pritchard]] IBAN [[IBAN_CODE:GB24BARC20765843921065]] BIC BARCGB22 Amount: "
    "£3,400.00",
    # 042 (es)
    "Domiciliación: titular [[PERSON:Iker Etxeberria]], cuenta [[IBAN_CODE:ES31 2100 0418 4222 0051 9837]], DNI "
    "[[ID_NUMBER:70526183H]].",
    # 043
    "Holder: [[PERSON:Inês Mourão]]; IBAN [[IBAN_CODE:PT50 0035 0683 0003 8172 9451 3]]; NIF "
    "[[ID_NUMBER:245918302]]; born [[DATE_TIME:1979/08/02]]",
    # 044 (nl)
    "[[PERSON:Thomas Peeters]] – rekening [[IBAN_CODE:BE90 0014 7293 8532]] – rijksregisternummer "
    "[[ID_NUMBER:85.07.30-033.28]] – [[LOCATION:Leuven]]",
    # 045
    "[[PERSON:Orla Fitzgerald]], [[ADDRESS:3 Sea View Terrace]], [[LOCATION:Dún Laoghaire]], "
    "[[LOCATION:Co. Dublin]] [[ZIP_CODE:A96 R8C4]]; IBAN [[IBAN_CODE:IE66 AIBK 9311 5228 7604 19]]",
    # 046 (nl)
    "[[USERNAME:daan_vdberg]] heeft zijn uitbetalingsrekening op [[DATE_TIME:14-02-2025]] gewijzigd naar "
    "[[IBAN_CODE:NL68ABNA0462198807]].",
    # 047
    "Refund for [[PERSON:Nils Ekström]] to [[IBAN_CODE:SE45 5000 0000 0583 9825 7466]], order 88-21944.",
    # 048 (it)
    "Bonifico ricevuto da [[PERSON:Giorgio Rinaldi]] ([[IBAN_CODE:IT56Q0503411701000000184529]]) il "
    "[[DATE_TIME:2 dicembre]].",
    # 049
    "[[PERSON:Zhao Lei]] (born [[DATE_TIME:31.12.1999]], [[AGE:25]]) studies in [[LOCATION:Chengdu]]; WeChat ID "
    "[[USERNAME:zhaolei_1231]].",
    # 050
    "[[PERSON:Alexis Moreau]] (they/them), [[AGE:19]], [[LOCATION:Montréal]], Discord: [[USERNAME:lexi_mro]]",
    # 051
    "[[PERSON:Rosa Quintero]], a registered [[NRP:Democrat]] in [[LOCATION:Maricopa County]], requested a mail-in "
    "ballot on [[DATE_TIME:Oct 2]].",
    # 052
    "Voter file: [[PERSON:Dale Hutchins]], [[NRP:Republican]], [[ADDRESS:1802 County Road 14]], "
    "[[LOCATION:Harlan]], [[LOCATION:IA]] [[ZIP_CODE:51537]], DOB [[DATE_TIME:1961/04/27]], voter ID "
    "[[ID_NUMBER:IA0093381274]]",
    # 053
    "[[PERSON:Lakshmi Iyer]], [[NRP:Hindu]], [[AGE:58]], asked for vegetarian meals during her stay from "
    "[[DATE_TIME:2 Sep]] to [[DATE_TIME:9 Sep]].",
    # 054
    "[[PERSON:Mr. Avi Rosenthal]], who is [[NRP:Jewish]], asked that the hearing not be listed on "
    "[[DATE_TIME:2 October 2024]] because of Rosh Hashanah.",
    # 055
    "[[PERSON:Ji-woo Choi]], [[NRP:South Korean]], passport [[ID_NUMBER:M48291736]], entered on "
    "[[DATE_TIME:30 Nov 2024]].",
    # 056
    "Login for [[PERSON:Kevin O'Brien]]: [[EMAIL_ADDRESS:kev.obrien88@gmail.com]] / pass: Gr33nF!eld#21, 2FA phone "
    "[[PHONE_NUMBER:+353 86 219 4470]].",
    # 057
    "Session from [[IP_ADDRESS:102.89.33.14]] (Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)) belongs to "
    "[[USERNAME:tolu_ak]], registered to [[PERSON:Tolulope Akinola]] of [[LOCATION:Ibadan]].",
    # 058
    "applicant [[PERSON:travis boone]] ssn [[US_SSN:419508837]] dob [[DATE_TIME:19860304]] state [[LOCATION:AL]]",
    # 059
    "[[LOCATION:California]] license [[US_DRIVER_LICENSE:D4829173]] issued to [[PERSON:Valeria Santos]], "
    "[[ADDRESS:912 Alvarado St]], [[LOCATION:San Diego]], [[LOCATION:CA]] [[ZIP_CODE:92103]].",
    # 060
    "[[PERSON:Shanice Greene]]'s learner permit number is [[US_DRIVER_LICENSE:482 917 305]] "
    "([[LOCATION:New York]]).",
    # 061
    "Student [[PERSON:Aditi Menon]] (ID [[ID_NUMBER:S3928471]]) submitted her thesis on "
    "[[DATE_TIME:May 30, 2024]]; supervisor [[PERSON:Prof. Graham Whitby]].",
    # 062
    "We've noticed unusual activity from [[IP_ADDRESS:141.178.60.22]] on the account of "
    "[[USERNAME:Tremaine.Gleichner]]. Please confirm your date of birth ([[DATE_TIME:July 19, 1972]]) to unlock it.",
    # 063
    "state: [[LOCATION:Ohio]], city: [[LOCATION:Dayton]], street: [[ADDRESS:Wayne Avenue]], buildingnumber: "
    "[[ADDRESS:1427]], zipcode: [[ZIP_CODE:45410]], firstname: [[PERSON:Kendra]], lastname: [[PERSON:Voss]]",
    # 064
    "prefix: [[TITLE:Mrs.]] firstname: [[PERSON:Chiamaka]] middlename: [[PERSON:Adaeze]] lastname: "
    "[[PERSON:Nwachukwu]] secondaryaddress: [[ADDRESS:Apt. 703]] county: [[LOCATION:Harris County]]",
    # 065
    "Customer [[PERSON:Beatriz Olmedo]] (customer_id [[ID_NUMBER:78120345]]) paid $2,150.00 with card "
    "[[CREDIT_CARD:4483902177650137]] on [[DATE_TIME:2023-07-18 14:22:09]] from [[LOCATION:Albuquerque]].",
    # 066
    "Amex [[CREDIT_CARD:3794 401257 88134]] belongs to [[PERSON:Graham Lockwood]], billing postcode "
    "[[ZIP_CODE:GU21 4TL]].",
    # 067
    "[[PERSON:Reza Tehrani]] of [[LOCATION:Vancouver]] paid the deposit with Diners Club "
    "[[CREDIT_CARD:3056 930902 5904]].",
    # 068
    "Booking guarantee for [[PERSON:Yuki Matsumoto]] ([[EMAIL_ADDRESS:y.matsumoto@docomo.ne.jp]]): JCB "
    "[[CREDIT_CARD:3589 2100 4417 5626]].",
    # 069
    "Discover card [[CREDIT_CARD:6011-0083-9274-6159]] was added to the wallet of [[USERNAME:bigsky_mel]] on "
    "[[DATE_TIME:12 Jan 2025]].",
    # 070
    "[[PERSON:Chen Jing]] paid with UnionPay [[CREDIT_CARD:6203 1495 5708 8124]] and asked for the invoice in "
    "her name at [[ADDRESS:Unit 2305, 18 Harbour Road]], [[LOCATION:Wan Chai]].",
    # 071
    "Mastercard [[CREDIT_CARD:2223 0041 6758 2914]] | cardholder [[PERSON:Dmitri Volkov]] | phone "
    "[[PHONE_NUMBER:+1-437-555-0119]]",
    # 072
    "[[PERSON:Wafula Chebet]], ID no. [[ID_NUMBER:31829476]], M-Pesa [[PHONE_NUMBER:0711 382 947]], KRA PIN "
    "[[ID_NUMBER:A012394857Z]], [[LOCATION:Eldoret]]",
    # 073
    "SSS No. [[ID_NUMBER:34-1829374-6]], PhilHealth [[ID_NUMBER:19-050182937-4]], TIN "
    "[[ID_NUMBER:284-917-305-000]] — [[PERSON:Rodrigo Bautista Jr.]], [[LOCATION:Quezon City]]",
    # 074
    "[[PERSON:Goh Siew Hoon]], NRIC [[ID_NUMBER:S9182437Z]], [[ADDRESS:Blk 418 Tampines Street 41, #09-237]], "
    "[[LOCATION:Singapore]] [[ZIP_CODE:520418]]",
    # 075
    "[[PERSON:Gurleen Kaur]] | Aadhaar: [[ID_NUMBER:3847 2915 0632]] | Mobile: [[PHONE_NUMBER:93720 81554]] | "
    "[[LOCATION:Ludhiana]]",
    # 076
    "[[PERSON:Bridget Nguyen]], Medicare [[ID_NUMBER:2953 18477 1]], [[AGE:44]], [[LOCATION:Hobart]] "
    "[[LOCATION:TAS]] [[ZIP_CODE:7000]]",
    # 077
    "[[PERSON:Eilidh Munro]] — NHS [[ID_NUMBER:401 023 2137]], NI [[ID_NUMBER:PW713826D]], "
    "[[LOCATION:Inverness]]",
    # 078
    "OHIP [[ID_NUMBER:4829-173-600-KT]] for [[PERSON:Mohammed Farouk]], born [[DATE_TIME:1966-11-09]], "
    "[[LOCATION:Mississauga]].",
    # 079
    "[[PERSON:Sana Javed Qureshi]], passport [[ID_NUMBER:AB1928374]], cell [[PHONE_NUMBER:+92 321 4859302]], "
    "[[LOCATION:Karachi]] [[ZIP_CODE:75300]]",
    # 080
    "BVN [[ID_NUMBER:22184937561]] belongs to [[PERSON:Emeka Obi]], DOB [[DATE_TIME:23-Apr-1990]], branch "
    "[[LOCATION:Enugu]].",
    # 081
    "Appointment: [[DATE_TIME:Wednesday, 05 March 2025 09:30 GMT]] with [[PERSON:Dr Nkechi Ibe]] for patient "
    "[[PERSON:Samuel Adeyemi]] (hospital no. [[ID_NUMBER:LUTH/24/118273]]).",
    # 082
    "Portfolio: [[URL:https://www.linkedin.com/in/kalani-mahoe-4b21a9]] · Code: [[URL:github.com/kmahoe]] · "
    "[[PERSON:Kalani Mahoe]], [[LOCATION:Hilo]]",
    # 083
    "[[PERSON:Hana Al-Sayed]] — Emirates ID [[ID_NUMBER:784-1990-4829173-8]], moving to [[LOCATION:Auckland]] on "
    "[[DATE_TIME:4/9/2025]].",
    # 084
    "[[TITLE:Sr.]] [[PERSON:Andrés Caballero]] y [[TITLE:Sra.]] [[PERSON:Pilar Núñez]], [[ADDRESS:Av. de la "
    "Constitución 9, 4º izq.]], [[ZIP_CODE:41001]] [[LOCATION:Sevilla]], tel. [[PHONE_NUMBER:954 21 83 07]].",
    # 085
    "The [[NRP:jamaican]] applicant [[PERSON:Shericka Thompson]] ([[AGE:27]]), TRN [[ID_NUMBER:109-284-617]], gave "
    "[[ADDRESS:14 Barbican Road]], [[LOCATION:Kingston]] and [[PHONE_NUMBER:876-555-0142]] as her details.",
]

TABLE = [
    # 001 CSV, US web orders
    "order_id,customer,email,zip,amount,status\n"
    "ORD-10482,[[PERSON:Tamika Rhodes]],[[EMAIL_ADDRESS:tamika.rhodes@gmail.com]],[[ZIP_CODE:30310]],84.50,shipped\n"
    "ORD-10483,[[PERSON:Luis Carrillo]],[[EMAIL_ADDRESS:lcarrillo77@yahoo.com]],[[ZIP_CODE:85008]],212.00,pending\n"
    "ORD-10484,[[PERSON:Mei Ling Howard]],[[EMAIL_ADDRESS:meiling.h@outlook.com]],[[ZIP_CODE:97214]],19.99,refunded",
    # 002 Markdown, UK HR
    "| Emp No | Name | NI Number | Start Date | Dept |\n"
    "|---|---|---|---|---|\n"
    "| [[ID_NUMBER:00412]] | [[PERSON:Gareth Lloyd]] | [[ID_NUMBER:NE 21 49 87 B]] | [[DATE_TIME:04/03/2019]] | Finance |\n"
    "| [[ID_NUMBER:00587]] | [[PERSON:Precious Moyo]] | [[ID_NUMBER:SK 73 05 12 A]] | [[DATE_TIME:17/10/2022]] | Ops |\n"
    "| [[ID_NUMBER:00603]] | [[PERSON:Daniel Szabó]] | [[ID_NUMBER:HL 90 33 61 C]] | [[DATE_TIME:09/01/2023]] | IT |",
    # 003 TSV, India ward list
    "patient_id\tname\tage\tsex\tphone\tward\tbed\n"
    "[[ID_NUMBER:P-88213]]\t[[PERSON:Ramesh Yadav]]\t[[AGE:61]]\tM\t[[PHONE_NUMBER:98291 40573]]\t4B\t12\n"
    "[[ID_NUMBER:P-88219]]\t[[PERSON:Fatima Sheikh]]\t[[AGE:38]]\tF\t[[PHONE_NUMBER:99302 18846]]\t4B\t14\n"
    "[[ID_NUMBER:P-88240]]\t[[PERSON:Joseph D'Souza]]\t[[AGE:72]]\tM\t[[PHONE_NUMBER:98200 67314]]\t2A\t3",
    # 004 key: value, Nigeria KYC
    "Full name: [[PERSON:Adaobi Chukwuemeka]]\n"
    "Date of birth: [[DATE_TIME:17-08-1992]]\n"
    "BVN: [[ID_NUMBER:22301948576]]\n"
    "Phone: [[PHONE_NUMBER:0809 311 4472]]\n"
    "Address: [[ADDRESS:15 Bode Thomas Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]\n"
    "Account tier: 2\n"
    "Record ID: KYC-009183",
    # 005 semicolon CSV, Germany (de)
    "Kundennr;Name;Geburtsdatum;Straße;PLZ;Ort;Betrag\n"
    "[[ID_NUMBER:K-40219]];[[PERSON:Sabine Krüger]];[[DATE_TIME:12.04.1968]];[[ADDRESS:Bahnhofstraße 22]];[[ZIP_CODE:50667]];[[LOCATION:Köln]];149,90\n"
    "[[ID_NUMBER:K-40233]];[[PERSON:Emre Aydın]];[[DATE_TIME:03.09.1991]];[[ADDRESS:Schillerplatz 5]];[[ZIP_CODE:01067]];[[LOCATION:Dresden]];39,00\n"
    "[[ID_NUMBER:K-40251]];[[PERSON:Lena Hofmann]];[[DATE_TIME:28.02.1985]];[[ADDRESS:Am Anger 3b]];[[ZIP_CODE:99084]];[[LOCATION:Erfurt]];212,45",
    # 006 pipes, France (fr)
    "| Nom | Prénom | Tél. | Ville | N° commande | Montant |\n"
    "| [[PERSON:Lefèvre]] | [[PERSON:Camille]] | [[PHONE_NUMBER:06 71 24 88 10]] | [[LOCATION:Nantes]] | CMD-77120 | 58,00 € |\n"
    "| [[PERSON:Benali]] | [[PERSON:Sofiane]] | [[PHONE_NUMBER:07 52 19 03 46]] | [[LOCATION:Marseille]] | CMD-77131 | 124,90 € |\n"
    "| [[PERSON:Girard]] | [[PERSON:Hélène]] | [[PHONE_NUMBER:+33 4 78 92 15 60]] | [[LOCATION:Lyon]] | CMD-77145 | 9,99 € |",
    # 007 CSV, Spain (es)
    "id_registro,nombre,dni,fecha_nac,provincia,estado\n"
    "R-2201,[[PERSON:Javier Morales Soto]],[[ID_NUMBER:50293847T]],[[DATE_TIME:1982-03-14]],[[LOCATION:Valencia]],activo\n"
    "R-2202,[[PERSON:Nuria Castells]],[[ID_NUMBER:12938475D]],[[DATE_TIME:1995-11-02]],[[LOCATION:Girona]],baja\n"
    "R-2203,[[PERSON:Omar El Idrissi]],[[ID_NUMBER:07482910K]],[[DATE_TIME:1978-07-21]],[[LOCATION:Almería]],activo",
    # 008 JSON lines, US app users
    '{"uid": 5512, "handle": "[[USERNAME:skaterjay_09]]", "email": "[[EMAIL_ADDRESS:jay.whitaker09@gmail.com]]", "last_ip": "[[IP_ADDRESS:68.43.190.12]]", "plan": "free"}\n'
    '{"uid": 5513, "handle": "[[USERNAME:moonlit.ana]]", "email": "[[EMAIL_ADDRESS:ana.beltran@icloud.com]]", "last_ip": "[[IP_ADDRESS:24.17.88.203]]", "plan": "pro"}\n'
    '{"uid": 5514, "handle": "[[USERNAME:kofi_dev]]", "email": "[[EMAIL_ADDRESS:kofi.adjei.dev@proton.me]]", "last_ip": "[[IP_ADDRESS:2600:1700:3e4:9a10::2f]]", "plan": "team"}',
    # 009 CSV, Australia gym
    "member_no,first,last,dob,mobile,plan,status\n"
    "[[ID_NUMBER:M204118]],[[PERSON:Sione]],[[PERSON:Taufa]],[[DATE_TIME:14/02/1994]],[[PHONE_NUMBER:0438 201 775]],Flex,active\n"
    "[[ID_NUMBER:M204131]],[[PERSON:Chloe]],[[PERSON:Brennan]],[[DATE_TIME:30/09/2001]],[[PHONE_NUMBER:0467 930 114]],Off-peak,frozen\n"
    "[[ID_NUMBER:M204162]],[[PERSON:Arash]],[[PERSON:Karimi]],[[DATE_TIME:07/07/1988]],[[PHONE_NUMBER:0412 663 098]],Flex,active",
    # 010 pipes, US car rental
    "Rental # | Driver | DL # | State | Pickup | Plate | Total\n"
    "RA-55120 | [[PERSON:Keisha Monroe]] | [[US_DRIVER_LICENSE:M520-418-79-311-0]] | [[LOCATION:FL]] | [[DATE_TIME:03/14/2025]] | [[ID_NUMBER:QRT 4J8]] | $318.40\n"
    "RA-55121 | [[PERSON:Dustin Pruitt]] | [[US_DRIVER_LICENSE:40922187]] | [[LOCATION:TX]] | [[DATE_TIME:03/14/2025]] | [[ID_NUMBER:LMV-2291]] | $96.00\n"
    "RA-55127 | [[PERSON:Anh Vo]] | [[US_DRIVER_LICENSE:F3918276]] | [[LOCATION:CA]] | [[DATE_TIME:03/15/2025]] | [[ID_NUMBER:9DRX417]] | $240.75",
    # 011 TSV, Kenya school fees
    "Adm No\tStudent\tForm\tGuardian\tGuardian Tel\tFee Bal (KES)\n"
    "[[ID_NUMBER:4417]]\t[[PERSON:Brian Kiprono]]\t3\t[[PERSON:Grace Jepkosgei]]\t[[PHONE_NUMBER:0721 664 019]]\t12,500\n"
    "[[ID_NUMBER:4452]]\t[[PERSON:Mercy Achieng]]\t2\t[[PERSON:Peter Ouma]]\t[[PHONE_NUMBER:0733 208 551]]\t0\n"
    "[[ID_NUMBER:4460]]\t[[PERSON:Abdi Noor]]\t3\t[[PERSON:Halima Abdi]]\t[[PHONE_NUMBER:0710 947 382]]\t4,200",
    # 012 key: value, Philippines telecom
    "Account No.: [[ID_NUMBER:0091-4482-7710]]\n"
    "Subscriber: [[PERSON:Jerome Dizon Manalo]]\n"
    "Mobile: [[PHONE_NUMBER:+63 917 552 0834]]\n"
    "Birthdate: [[DATE_TIME:11/23/1987]]\n"
    "Billing Address: [[ADDRESS:27 Mabini Street]], [[LOCATION:Barangay San Roque]], [[LOCATION:Marikina]] [[ZIP_CODE:1801]]\n"
    "Plan: Unli 999\n"
    "Status: Active",
    # 013 CSV, Canada donation receipts
    "receipt_no,donor,address,city,prov,postal,amount,gift_date\n"
    "CR-3301,[[PERSON:Evelyn Chow]],[[ADDRESS:88 Maple Ridge Dr]],[[LOCATION:Markham]],[[LOCATION:ON]],[[ZIP_CODE:L3R 5K2]],100.00,[[DATE_TIME:2024-12-18]]\n"
    "CR-3302,[[PERSON:Amadou Diallo]],[[ADDRESS:4410 rue Saint-Denis]],[[LOCATION:Montréal]],[[LOCATION:QC]],[[ZIP_CODE:H2J 2L1]],45.00,[[DATE_TIME:2024-12-20]]\n"
    "CR-3303,[[PERSON:Bernice MacLeod]],[[ADDRESS:12 Pleasant St]],[[LOCATION:Truro]],[[LOCATION:NS]],[[ZIP_CODE:B2N 3R5]],250.00,[[DATE_TIME:2024-12-31]]",
    # 014 pipes, New Zealand vet
    "Client | Pet | Species | Phone | Last visit | Balance\n"
    "[[PERSON:Tama Rangihuna]] | Kuri | dog | [[PHONE_NUMBER:022 187 4430]] | [[DATE_TIME:4 Mar 2025]] | $0.00\n"
    "[[PERSON:Grace Liu]] | Mochi | cat | [[PHONE_NUMBER:021 904 2261]] | [[DATE_TIME:19 Feb 2025]] | $86.50\n"
    "[[PERSON:Fiona McCaw]] | Bramble | horse | [[PHONE_NUMBER:03 318 7702]] | [[DATE_TIME:27 Jan 2025]] | $412.00",
    # 015 pipes, Singapore flight manifest
    "| PAX | Name | Nationality | Passport | DOB | Seat |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | [[PERSON:TAN Boon Hock]] | [[NRP:Singaporean]] | [[ID_NUMBER:K2918374E]] | [[DATE_TIME:05MAR1969]] | 22A |\n"
    "| 2 | [[PERSON:Priscilla TAN]] | [[NRP:Singaporean]] | [[ID_NUMBER:K3047719B]] | [[DATE_TIME:18AUG1972]] | 22B |\n"
    "| 3 | [[PERSON:Marcus HOLLAND]] | [[NRP:British]] | [[ID_NUMBER:548201937]] | [[DATE_TIME:29NOV1990]] | 31F |",
    # 016 CSV, South Africa payroll
    "EmpID,Name,ID Number,Tax No,Bank Acc,Gross (ZAR)\n"
    "[[ID_NUMBER:ZA-1187]],[[PERSON:Themba Khumalo]],[[ID_NUMBER:9004175821084]],[[ID_NUMBER:1928374650]],[[ID_NUMBER:1048293716]],28500.00\n"
    "[[ID_NUMBER:ZA-1190]],[[PERSON:Anika Botha]],[[ID_NUMBER:8712020193084]],[[ID_NUMBER:2837461950]],[[ID_NUMBER:62019384752]],34100.00\n"
    "[[ID_NUMBER:ZA-1204]],[[PERSON:Rajesh Pillay]],[[ID_NUMBER:7206307402087]],[[ID_NUMBER:0192837465]],[[ID_NUMBER:4071829365]],41250.00",
    # 017 Markdown, UK motor claims
    "| Claim Ref | Policyholder | Postcode | Incident Date | Reg | Reserve (£) |\n"
    "| --- | --- | --- | --- | --- | --- |\n"
    "| CLM-448201 | [[PERSON:Nicola Brewster]] | [[ZIP_CODE:NG7 2QP]] | [[DATE_TIME:02/01/2025]] | [[ID_NUMBER:YD21 HVC]] | 2,400 |\n"
    "| CLM-448219 | [[PERSON:Asif Mahmood]] | [[ZIP_CODE:B11 4AU]] | [[DATE_TIME:05/01/2025]] | [[ID_NUMBER:BK70 OZT]] | 850 |\n"
    "| CLM-448230 | [[PERSON:Rhys Vaughan]] | [[ZIP_CODE:SA1 6PJ]] | [[DATE_TIME:06/01/2025]] | [[ID_NUMBER:CU66 WNE]] | 11,200 |",
    # 018 TSV, Netherlands (nl)
    "klantnummer\tnaam\tIBAN\tpostcode\twoonplaats\tsaldo\n"
    "[[ID_NUMBER:300182]]\t[[PERSON:Joost Verhoeven]]\t[[IBAN_CODE:NL13 INGB 0009 1837 46]]\t[[ZIP_CODE:3511 AB]]\t[[LOCATION:Utrecht]]\t€ 12,40\n"
    "[[ID_NUMBER:300197]]\t[[PERSON:Ilse Bakker-Smit]]\t[[IBAN_CODE:NL70 TRIO 0391 8274 65]]\t[[ZIP_CODE:9711 LM]]\t[[LOCATION:Groningen]]\t€ 0,00\n"
    "[[ID_NUMBER:300214]]\t[[PERSON:Mohamed Ait Taleb]]\t[[IBAN_CODE:NL34 SNSB 0928 3746 15]]\t[[ZIP_CODE:5611 EM]]\t[[LOCATION:Eindhoven]]\t€ -45,10",
    # 019 CSV, Italy (it)
    "cognome,nome,codice_fiscale,comune,cap,telefono,pratica\n"
    "[[PERSON:Rossi]],[[PERSON:Mario]],[[ID_NUMBER:RSSMRA79B28H501V]],[[LOCATION:Roma]],[[ZIP_CODE:00185]],[[PHONE_NUMBER:+39 338 204 1177]],PR-0091\n"
    "[[PERSON:Ferraro]],[[PERSON:Chiara]],[[ID_NUMBER:FRRCHR90R45L219C]],[[LOCATION:Torino]],[[ZIP_CODE:10128]],[[PHONE_NUMBER:+39 349 711 0382]],PR-0092\n"
    "[[PERSON:Conti]],[[PERSON:Giuseppe]],[[ID_NUMBER:CNTGPP56H17G273F]],[[LOCATION:Palermo]],[[ZIP_CODE:90133]],[[PHONE_NUMBER:091 611 4820]],PR-0093",
    # 020 pipes, access log
    "timestamp | user | src_ip | action | bytes\n"
    "[[DATE_TIME:2025-02-11 07:58:12]] | [[USERNAME:mfernandes]] | [[IP_ADDRESS:10.20.4.117]] | LOGIN | 0\n"
    "[[DATE_TIME:2025-02-11 08:03:40]] | [[USERNAME:mfernandes]] | [[IP_ADDRESS:10.20.4.117]] | DOWNLOAD report_q4.pdf | 482113\n"
    "[[DATE_TIME:2025-02-11 08:15:02]] | [[USERNAME:o.adeyinka]] | [[IP_ADDRESS:197.210.53.8]] | LOGIN_FAILED | 0",
    # 021 pipes, US pharmacy
    "Rx# | Patient | DOB | Drug | Qty | Prescriber\n"
    "6120448 | [[PERSON:Earl Jenkins]] | [[DATE_TIME:02/11/1947]] | warfarin 5mg | 30 | [[PERSON:Dr. S. Mahadevan]]\n"
    "6120451 | [[PERSON:Kimberly Nowicki]] | [[DATE_TIME:09/30/1983]] | sertraline 50mg | 90 | [[PERSON:Dr. L. Ortiz]]\n"
    "6120457 | [[PERSON:Tyrone Baptiste]] | [[DATE_TIME:12/05/1969]] | metformin 1000mg | 180 | [[PERSON:Dr. S. Mahadevan]]",
    # 022 key: value, Ireland tenancy
    "Tenant: [[PERSON:Róisín Hegarty]]\n"
    "PPSN: [[ID_NUMBER:7142859A]]\n"
    "Property: [[ADDRESS:Flat 3, 17 Dominick Street]], [[LOCATION:Galway]]\n"
    "Eircode: [[ZIP_CODE:H91 C2W6]]\n"
    "Monthly rent: €1,450\n"
    "Lease start: [[DATE_TIME:01/09/2024]]\n"
    "RTB reg. no.: RT0042981",
    # 023 CSV, Pakistan
    "s_no,name,father_name,cnic,city,mobile\n"
    "1,[[PERSON:Bilal Ahmed Khan]],[[PERSON:Naveed Ahmed Khan]],[[ID_NUMBER:17301-5829174-3]],[[LOCATION:Peshawar]],[[PHONE_NUMBER:0333-9182746]]\n"
    "2,[[PERSON:Maryam Shah]],[[PERSON:Syed Irfan Shah]],[[ID_NUMBER:42101-7362819-4]],[[LOCATION:Karachi]],[[PHONE_NUMBER:0345-2219083]]\n"
    "3,[[PERSON:Usman Rafiq]],[[PERSON:Rafiq Masih]],[[ID_NUMBER:34101-2837461-7]],[[LOCATION:Gujranwala]],[[PHONE_NUMBER:0301-6654128]]",
    # 024 TSV, Malaysia staff
    "Staff ID\tNama\tNo. MyKad\tJabatan\tNegeri\n"
    "[[ID_NUMBER:MY-0719]]\t[[PERSON:Ahmad Faizal bin Ismail]]\t[[ID_NUMBER:850312-01-5571]]\tKewangan\t[[LOCATION:Johor]]\n"
    "[[ID_NUMBER:MY-0733]]\t[[PERSON:Lee Chong Wei]]\t[[ID_NUMBER:900721-08-6213]]\tIT\t[[LOCATION:Perak]]\n"
    "[[ID_NUMBER:MY-0741]]\t[[PERSON:Kavitha a/p Subramaniam]]\t[[ID_NUMBER:930118-10-5842]]\tHR\t[[LOCATION:Selangor]]",
    # 025 Markdown, wedding guests
    "| Guest | Plus one | Table | Dietary | RSVP email |\n"
    "|:--|:--|:-:|:--|:--|\n"
    "| Auntie [[PERSON:Bisi]] | — | 4 | none | [[EMAIL_ADDRESS:bisi.oladipo@yahoo.co.uk]] |\n"
    "| [[PERSON:Connor Walsh]] | [[PERSON:Aisling]] | 7 | coeliac | [[EMAIL_ADDRESS:connorwalsh91@gmail.com]] |\n"
    "| [[PERSON:Dr Mehreen Akhtar]] | [[PERSON:Faisal Akhtar]] | 2 | halal | [[EMAIL_ADDRESS:m.akhtar@nhs.net]] |",
    # 026 semicolon CSV, Portugal (pt)
    "nome;nif;morada;código postal;localidade;telemóvel;estado\n"
    "[[PERSON:Tiago Ferreira]];[[ID_NUMBER:217394086]];[[ADDRESS:Rua do Almada 301, 2.º]];[[ZIP_CODE:4050-038]];[[LOCATION:Porto]];[[PHONE_NUMBER:917 204 338]];pago\n"
    "[[PERSON:Mariana Lopes]];[[ID_NUMBER:230581722]];[[ADDRESS:Av. da Liberdade 144]];[[ZIP_CODE:1250-146]];[[LOCATION:Lisboa]];[[PHONE_NUMBER:963 812 075]];pendente\n"
    "[[PERSON:Nuno Sequeira]];[[ID_NUMBER:198473605]];[[ADDRESS:Largo da Sé 2]];[[ZIP_CODE:8000-138]];[[LOCATION:Faro]];[[PHONE_NUMBER:289 801 447]];pago",
    # 027 pipes, Poland (pl)
    "Imię i nazwisko | PESEL | Adres | Kod | Miasto | Nr zamówienia\n"
    "[[PERSON:Anna Wójcik]] | [[ID_NUMBER:75091204622]] | [[ADDRESS:ul. Piotrkowska 120 m. 4]] | [[ZIP_CODE:90-006]] | [[LOCATION:Łódź]] | ZAM/2025/0113\n"
    "[[PERSON:Tomasz Lewandowski]] | [[ID_NUMBER:83013013755]] | [[ADDRESS:ul. Garbary 41]] | [[ZIP_CODE:61-868]] | [[LOCATION:Poznań]] | ZAM/2025/0114\n"
    "[[PERSON:Zofia Kamińska]] | [[ID_NUMBER:04270801282]] | [[ADDRESS:al. Grunwaldzka 82/9]] | [[ZIP_CODE:80-244]] | [[LOCATION:Gdańsk]] | ZAM/2025/0117",
    # 028 CSV, card payments
    "txn_id,cardholder,card_number,exp,amount,merchant\n"
    "T-90017,[[PERSON:Samantha Greer]],[[CREDIT_CARD:4761739000145288]],08/27,64.20,Bluebird Cafe\n"
    "T-90018,[[PERSON:Ngozi Okafor]],[[CREDIT_CARD:5267 1944 0028 3154]],01/26,1299.00,Stellar Electronics\n"
    "T-90021,[[PERSON:Hamish Reid]],[[CREDIT_CARD:3401 239884 77120]],11/28,18.75,City Parking Ltd\n"
    "T-90022,[[PERSON:Valentina Rossi]],[[CREDIT_CARD:4024-0071-8832-9642]],05/27,240.00,Hotel Miramare",
    # 029 pipes, Turkey (tr)
    "| Ad Soyad | TC Kimlik | Doğum Tarihi | İl | Telefon | Sipariş |\n"
    "| [[PERSON:Zeynep Aksoy]] | [[ID_NUMBER:18473629000]] | [[DATE_TIME:14.06.1990]] | [[LOCATION:İzmir]] | [[PHONE_NUMBER:0533 712 40 18]] | S-55102 |\n"
    "| [[PERSON:Mustafa Çelik]] | [[ID_NUMBER:62718394550]] | [[DATE_TIME:02.01.1976]] | [[LOCATION:Bursa]] | [[PHONE_NUMBER:0505 218 93 61]] | S-55108 |\n"
    "| [[PERSON:Ayşe Şahin]] | [[ID_NUMBER:30591826420]] | [[DATE_TIME:23.10.1985]] | [[LOCATION:Konya]] | [[PHONE_NUMBER:0542 381 07 29]] | S-55110 |",
    # 030 CSV, Ghana / Jamaica credit union
    "Member ID,Name,Age,Gender,Region,Phone,Shares\n"
    "[[ID_NUMBER:CU-77810]],[[PERSON:Yaw Darko]],[[AGE:47]],M,[[LOCATION:Ashanti]],[[PHONE_NUMBER:+233 24 881 0932]],1200\n"
    "[[ID_NUMBER:CU-77824]],[[PERSON:Efua Quansah]],[[AGE:35]],F,[[LOCATION:Central]],[[PHONE_NUMBER:+233 55 407 1186]],300\n"
    "[[ID_NUMBER:CU-77839]],[[PERSON:Marlon Grant]],[[AGE:52]],M,[[LOCATION:St. Catherine]],[[PHONE_NUMBER:+1 876 555 0171]],850",
]

DOC = [
    # 001 GP referral letter, UK
    "Riverside Medical Practice\n"
    "[[DATE_TIME:14 January 2025]]\n\n"
    "Dear [[PERSON:Dr Okafor]],\n\n"
    "Re: [[PERSON:Mrs Beryl Haworth]], DOB [[DATE_TIME:22/05/1944]], NHS No. [[ID_NUMBER:654 982 1304]]\n"
    "[[ADDRESS:9 Moorside Lane]], [[LOCATION:Todmorden]], [[ZIP_CODE:OL14 7DX]]\n\n"
    "Thank you for seeing this [[AGE:80]]-year-old lady, who has had three falls since [[DATE_TIME:November]]. "
    "She lives alone; her son, [[PERSON:Graham Haworth]], visits most evenings and is happy to be contacted on "
    "[[PHONE_NUMBER:07700 900284]]. She takes amlodipine 5 mg and alendronic acid weekly. Lying and standing "
    "blood pressure showed a 25 mmHg postural drop. I would be grateful for your assessment in the falls clinic, "
    "ideally before her hip review on [[DATE_TIME:3 March]].\n\n"
    "Yours sincerely,\n[[PERSON:Dr Priya Ramanathan]]\nGP partner",
    # 002 strata committee minutes, Australia
    "MINUTES – Owners Corporation SP 48213, committee meeting, [[DATE_TIME:Tuesday 11 February 2025, 6:30 pm]], common room\n\n"
    "Present: [[PERSON:Helen Tsakalos]] (chair, lot 4), [[PERSON:Jacob Nguyen]] (lot 11), [[PERSON:Margaret O'Dea]] "
    "(lot 17), [[PERSON:Sunil Reddy]] (treasurer, lot 22).\n"
    "Apologies: [[PERSON:Bill Hartigan]].\n\n"
    "1. Water leak, lot 17. [[PERSON:Margaret]] reported that water came through her ceiling on "
    "[[DATE_TIME:2 February]]. The plumber traced it to the balcony drain of lot 21 ([[PERSON:Mr Tan]]). "
    "Resolved that the strata manager write to the owner at his postal address, [[ADDRESS:PO Box 2290]], "
    "[[LOCATION:Chatswood]] [[LOCATION:NSW]] [[ZIP_CODE:2057]].\n"
    "2. Levies. [[PERSON:Sunil]] tabled the arrears list; two lots are more than 90 days behind, total $6,412.80.\n"
    "3. Parking. A resident's car, rego [[ID_NUMBER:DQ 27 LM]], has been left in visitor bay 3 for six weeks. "
    "[[PERSON:Jacob]] will leave a note.\n"
    "4. Next meeting: [[DATE_TIME:8 April 2025]].\n\n"
    "Meeting closed 7:48 pm.",
    # 003 discharge summary, US
    "DISCHARGE SUMMARY\n"
    "Patient: [[PERSON:Ramón Echeverría]]    MRN: [[ID_NUMBER:004829173]]    DOB: [[DATE_TIME:06/02/1958]] "
    "([[AGE:66]] y)\n"
    "Admitted: [[DATE_TIME:11/28/2024]]    Discharged: [[DATE_TIME:12/03/2024]]\n"
    "Attending: [[PERSON:Dr. Hannah Feld]]    PCP: [[PERSON:Dr. Curtis Obi]]\n\n"
    "Diagnosis: community-acquired pneumonia, right lower lobe; type 2 diabetes.\n\n"
    "Hospital course: [[PERSON:Mr. Echeverría]] presented with fever and productive cough. He was treated with ceftriaxone "
    "and azithromycin, switched to oral amoxicillin-clavulanate on day 3, and weaned off oxygen by day 4.\n\n"
    "Follow-up: PCP visit on [[DATE_TIME:December 10 at 9:15 AM]]. Repeat chest X-ray in six weeks.\n"
    "Discharged to home: [[ADDRESS:2740 Calle Arroyo]], [[LOCATION:Las Cruces]], [[LOCATION:NM]] "
    "[[ZIP_CODE:88001]]. Emergency contact: daughter [[PERSON:Lucía Echeverría-Vance]], "
    "[[PHONE_NUMBER:(575) 555-0198]].",
    # 004 tenancy agreement, New Zealand
    "RESIDENTIAL TENANCY AGREEMENT (extract)\n\n"
    "Landlord: [[PERSON:Sandeep Chopra]], [[ADDRESS:41 Ranui Station Road]], [[LOCATION:Ranui]], "
    "[[LOCATION:Auckland]] [[ZIP_CODE:0612]]; email [[EMAIL_ADDRESS:sandeep.chopra.nz@gmail.com]]; phone "
    "[[PHONE_NUMBER:021 773 0418]].\n"
    "Tenant(s): [[PERSON:Losa Faleolo]] (date of birth [[DATE_TIME:9 September 1996]]) and [[PERSON:Tyler Faleolo]] "
    "(date of birth [[DATE_TIME:17 April 1995]]).\n"
    "Address for service of tenant: [[ADDRESS:Unit 3, 58 Great North Road]], [[LOCATION:Grey Lynn]], "
    "[[LOCATION:Auckland]] [[ZIP_CODE:1021]].\n"
    "Tenancy commences [[DATE_TIME:1 May 2025]] and is periodic. Rent: $640 per week, paid fortnightly in "
    "advance. Bond: $2,560 (four weeks), to be lodged with Tenancy Services within 23 working days.\n"
    "Smoke alarms: installed and working at the start of the tenancy. Insulation statement attached. "
    "Pets: one cat permitted (Pua).",
    # 005 workplace incident report, Canada
    "INCIDENT REPORT #IR-2025-0117\n"
    "Site: distribution centre, [[LOCATION:Brampton]], [[LOCATION:Ontario]]\n"
    "Date and time of incident: [[DATE_TIME:Friday, January 24, 2025, 14:05]]\n\n"
    "Injured worker: [[PERSON:Baljit Dhaliwal]], employee #[[ID_NUMBER:B-30418]], forklift operator, "
    "age [[AGE:44]].\n"
    "Witnesses: [[PERSON:Kyle Fournier]] (ext. 2214) and [[PERSON:Ana Paula Ribeiro]].\n\n"
    "Description: while reversing in aisle 14, the forklift clipped an upright; a pallet of boxed kettles "
    "(SKU KT-2200-WH) fell and struck [[PERSON:Baljit]]'s left shoulder. First aid was given by "
    "[[PERSON:Kyle]]. He was taken to hospital and released the same evening.\n\n"
    "WSIB claim filed; his OHIP number [[ID_NUMBER:5738-102-945-AB]] and home address "
    "([[ADDRESS:18 Sandalwood Pkwy E]], [[LOCATION:Brampton]], [[ZIP_CODE:L6Z 1Y5]]) were supplied to the "
    "insurer. Corrective action: rack protectors to be fitted this month.",
    # 006 CV, India
    "[[PERSON:ANANYA KRISHNAMURTHY]]\n"
    "Senior Backend Engineer\n"
    "[[ADDRESS:B-1104, Prestige Lakeside Habitat]], [[LOCATION:Varthur]], [[LOCATION:Bengaluru]] "
    "[[ZIP_CODE:560087]] | [[PHONE_NUMBER:+91 99019 27743]] | [[EMAIL_ADDRESS:ananya.k.dev@gmail.com]]\n"
    "[[URL:linkedin.com/in/ananya-krishnamurthy]] | [[URL:github.com/ananyak]]\n\n"
    "PROFILE\nEight years building payment and ledger services in Go and Java; led the migration of a "
    "2,000 TPS settlement system to Kafka.\n\n"
    "EXPERIENCE\nRazorleaf Payments, [[LOCATION:Bengaluru]] — Senior Engineer, 2021–present\n"
    "Kestrel Software, [[LOCATION:Chennai]] — Software Engineer, 2017–2021\n\n"
    "EDUCATION\nB.Tech, Computer Science, 2017\n\n"
    "PERSONAL DETAILS\nDate of birth: [[DATE_TIME:11 August 1995]]\nNationality: [[NRP:Indian]]\n"
    "Languages: English, Kannada, Tamil, Hindi\nPassport: [[ID_NUMBER:V8291746]]",
    # 007 CV, Ghana
    "CURRICULUM VITAE\n\n"
    "Name: [[PERSON:Akosua Serwaa Frimpong]]\n"
    "Address: [[ADDRESS:House No. 14, Nii Okaiman Street]], [[LOCATION:Dzorwulu]], [[LOCATION:Accra]]\n"
    "Telephone: [[PHONE_NUMBER:+233 24 318 9920]] / [[PHONE_NUMBER:050 771 2043]]\n"
    "Email: [[EMAIL_ADDRESS:akosua.frimpong@yahoo.com]]\n"
    "Date of Birth: [[DATE_TIME:3rd May 1990]]\n"
    "Marital Status: Married\n\n"
    "Career objective: a registered nurse with seven years of ward and public health experience, seeking a "
    "senior nursing officer position.\n\n"
    "Work experience:\n"
    "2019 – date: Staff Nurse, Korle Bu Teaching Hospital\n"
    "2016 – 2019: Community Health Nurse, Ga East Municipal Health Directorate\n\n"
    "Professional registration: NMC PIN [[ID_NUMBER:RGN/0483921]]\n\n"
    "Referees:\n"
    "1. [[PERSON:Dr. Kwabena Asiedu]], Head of Department, [[PHONE_NUMBER:020 811 4562]]\n"
    "2. [[PERSON:Mrs. Georgina Tetteh]], Nursing Manager, [[EMAIL_ADDRESS:g.tetteh@outlook.com]]",
    # 008 insurance claim letter, South Africa
    "[[DATE_TIME:7 March 2025]]\n\n"
    "The Claims Department\n\n"
    "Dear Sir/Madam\n\n"
    "CLAIM HC-7730192: BURGLARY AT [[ADDRESS:23 KINGFISHER CRESCENT]], [[LOCATION:DURBAN NORTH]]\n\n"
    "I, [[PERSON:Ashwin Naidoo]] (ID [[ID_NUMBER:6809115093088]]), wish to claim for items stolen from my home "
    "during the night of [[DATE_TIME:28 February 2025]]. The matter was reported at the [[LOCATION:Durban North]] "
    "police station the next morning, and the investigating officer is [[TITLE:Sgt]] [[PERSON:N. Zulu]].\n\n"
    "Stolen: a 55-inch television, a laptop, my wife [[PERSON:Kamini]]'s jewellery (valuation certificate "
    "enclosed) and a power tool set. The total estimated value is R84 300.\n\n"
    "Please pay any settlement into my account [[ID_NUMBER:1092837465]], branch code 198765. I can be "
    "contacted on [[PHONE_NUMBER:082 611 4409]] or at [[EMAIL_ADDRESS:ashwin.naidoo@webmail.co.za]].\n\n"
    "Yours faithfully\n[[PERSON:A. Naidoo]]",
    # 009 cover letter, Canada / Philippines
    "Letter of Explanation\n\n"
    "To the Visa Officer, Immigration, Refugees and Citizenship Canada\n\n"
    "My name is [[PERSON:Jericho Santos Bautista]], born on [[DATE_TIME:April 29, 1991]] in "
    "[[LOCATION:Cebu City]], [[LOCATION:Philippines]]. I hold passport [[ID_NUMBER:P7381920A]]. I am applying "
    "for a temporary resident visa to attend the graduation of my sister, [[PERSON:Krystel Bautista]], from "
    "the practical nursing program in [[LOCATION:Winnipeg]] on [[DATE_TIME:June 13, 2025]].\n\n"
    "During my visit I will stay with her at [[ADDRESS:502-1150 Portage Avenue]], [[LOCATION:Winnipeg]], "
    "[[LOCATION:MB]] [[ZIP_CODE:R3G 0S7]]. I intend to arrive on [[DATE_TIME:June 8]] and depart on "
    "[[DATE_TIME:June 27]]. I work as an accountant in [[LOCATION:Mandaue City]] and my approved leave is "
    "attached, together with my bank certificate and my employer's letter.\n\n"
    "You can reach me at [[EMAIL_ADDRESS:jericho.bautista91@gmail.com]] or [[PHONE_NUMBER:+63 932 418 7705]].\n\n"
    "Respectfully,\n[[PERSON:Jericho S. Bautista]]",
    # 010 HR letter, Singapore
    "PRIVATE & CONFIDENTIAL\n\n"
    "[[DATE_TIME:21 October 2024]]\n\n"
    "[[PERSON:Mr Muthu Kumaran s/o Rajendran]]\n"
    "[[ADDRESS:Blk 682 Jurong West Central 1, #12-45]]\n"
    "[[LOCATION:Singapore]] [[ZIP_CODE:640682]]\n"
    "NRIC: [[ID_NUMBER:S8821937F]]    Staff No.: [[ID_NUMBER:SG-02291]]\n\n"
    "Dear [[PERSON:Mr Kumaran]],\n\n"
    "FIRST WRITTEN WARNING\n\n"
    "Following the disciplinary hearing held on [[DATE_TIME:17 October 2024]], chaired by "
    "[[PERSON:Ms Joanne Teo]], the panel found that you were absent from duty without leave on "
    "[[DATE_TIME:30 September]] and [[DATE_TIME:1 October 2024]]. This warning will remain on your file for "
    "twelve months.\n\n"
    "You may appeal in writing within seven days to the HR Director. Please acknowledge receipt by signing and "
    "returning the attached copy.\n\n"
    "Yours sincerely,\n[[PERSON:Ong Pei Shan]]\nHR Business Partner",
    # 011 witness statement, UK
    "WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, s.5B)\n\n"
    "Statement of: [[PERSON:Oluwadamilare Ajayi]]\n"
    "Age if under 18: over 18    Occupation: bus driver\n\n"
    "On [[DATE_TIME:Saturday 15th March 2025]], late in the evening, I was driving the number 38 bus towards "
    "[[LOCATION:Islington]]. At the stop outside the launderette a man I now "
    "know to be [[PERSON:Connor Reilly]] got on without paying and began shouting at a female passenger. I "
    "recognised him because he had travelled on my bus before. He is about [[AGE:25]], around 5'10\", with a "
    "shaved head and a tattoo of a swallow on his neck.\n\n"
    "The female passenger gave me her name as [[PERSON:Lauren Mistry]] and her phone number as "
    "[[PHONE_NUMBER:07700 900742]]. I pressed the alarm and [[TITLE:PC]] [[PERSON:Hughes]] attended. My home address is "
    "[[ADDRESS:112 Amhurst Road]], [[LOCATION:London]] [[ZIP_CODE:E8 2AG]].\n\n"
    "Signed: [[PERSON:O. Ajayi]]    Date: [[DATE_TIME:16/03/2025]]",
    # 012 school incident report, US
    "Lincoln Elementary — Student Incident Report\n\n"
    "Student: [[PERSON:Mateo Alvarez]]   Grade: 3   Student ID: [[ID_NUMBER:3308841]]\n"
    "Date of incident: [[DATE_TIME:Thursday, 2/13/2025]]   Location: playground\n"
    "Reported by: [[PERSON:Ms. Dana Whitford]] (recess aide)\n\n"
    "Summary: During lunch recess, [[PERSON:Mateo]] fell from the monkey bars and scraped his chin. The nurse, "
    "[[PERSON:Mrs. Oyelowo]], cleaned the wound and applied a bandage. No loss of consciousness.\n\n"
    "Parent contact: [[PERSON:Gabriela Alvarez]] (mother) was called at [[PHONE_NUMBER:(915) 555-0162]] at "
    "12:25 and chose to pick him up at 1:10. A copy of this report was emailed to "
    "[[EMAIL_ADDRESS:gaby.alvarez82@gmail.com]].\n\n"
    "Follow-up: facilities to check the mulch depth under the equipment. Parent conference offered for "
    "[[DATE_TIME:February 18]].",
    # 013 notice to quit, France (fr)
    "[[PERSON:Amélie Rousseau]]\n"
    "[[ADDRESS:27 boulevard Voltaire, appartement 12]]\n"
    "[[ZIP_CODE:75011]] [[LOCATION:Paris]]\n"
    "Tél. : [[PHONE_NUMBER:06 48 21 77 39]]\n\n"
    "À l'attention de [[TITLE:M.]] [[PERSON:Bernard Lemoine]], propriétaire\n"
    "[[ADDRESS:5 rue de la Paix]], [[ZIP_CODE:78000]] [[LOCATION:Versailles]]\n\n"
    "[[LOCATION:Paris]], le [[DATE_TIME:3 mars 2025]]\n\n"
    "Objet : congé du logement – lettre recommandée avec accusé de réception\n\n"
    "Monsieur,\n\n"
    "Par la présente, je vous informe de ma décision de quitter le logement que je loue au "
    "[[ADDRESS:27 boulevard Voltaire, appartement 12]]. Le logement se trouvant en zone tendue, le préavis est "
    "d'un mois : il prendra donc fin le [[DATE_TIME:3 avril 2025]]. Je vous propose d'organiser l'état des lieux "
    "de sortie ce jour-là. Merci de me restituer le dépôt de garantie sur le compte "
    "[[IBAN_CODE:FR76 2004 1010 0505 3182 7922 289]].\n\n"
    "Veuillez agréer, Monsieur, mes salutations distinguées.\n\n"
    "[[PERSON:Amélie Rousseau]]",
    # 014 rental termination, Germany (de)
    "[[PERSON:Jan-Philipp Schröder]]\n"
    "[[ADDRESS:Eppendorfer Weg 231]]\n"
    "[[ZIP_CODE:20251]] [[LOCATION:Hamburg]]\n\n"
    "An die Hausverwaltung Nordblick GmbH\n\n"
    "[[LOCATION:Hamburg]], [[DATE_TIME:28.01.2025]]\n\n"
    "Kündigung des Mietvertrags für die Wohnung [[ADDRESS:Eppendorfer Weg 231, 3. OG links]], Mieternummer "
    "[[ID_NUMBER:M-2207-114]]\n\n"
    "Sehr geehrte Damen und Herren,\n\n"
    "hiermit kündige ich, zusammen mit meiner Partnerin [[PERSON:Leonie Wagner]], das Mietverhältnis über die "
    "oben genannte Wohnung fristgerecht zum [[DATE_TIME:30.04.2025]]. Bitte bestätigen Sie mir den Eingang "
    "dieser Kündigung und nennen Sie mir einen Termin für die Wohnungsübergabe.\n\n"
    "Die Mietkaution überweisen Sie bitte auf mein Konto [[IBAN_CODE:DE70 5001 0517 5407 8239 16]]. Sie "
    "erreichen mich unter [[PHONE_NUMBER:0176 22481930]] oder [[EMAIL_ADDRESS:jp.schroeder@posteo.de]].\n\n"
    "Mit freundlichen Grüßen\n\n"
    "[[PERSON:Jan-Philipp Schröder]]    [[PERSON:Leonie Wagner]]",
    # 015 vet discharge, Australia
    "Bayside Animal Hospital — Discharge Instructions\n\n"
    "Patient: Ziggy (Cavoodle, 4 years, MN)\n"
    "Owner: [[PERSON:Rebecca Kostas]]   Client no.: [[ID_NUMBER:BAH-18842]]\n"
    "Address: [[ADDRESS:7 Esplanade Mews]], [[LOCATION:Brighton]] [[LOCATION:VIC]] [[ZIP_CODE:3186]]\n"
    "Mobile: [[PHONE_NUMBER:0402 388 115]]\n"
    "Admitted: [[DATE_TIME:10/03/2025]]   Discharged: [[DATE_TIME:12/03/2025]]\n"
    "Vet: [[PERSON:Dr Aidan Ferreira]]\n\n"
    "Ziggy was admitted after eating a corn cob, which was removed from his small intestine by enterotomy. "
    "He has recovered well and is eating a bland diet.\n\n"
    "At home: strict rest for 10 days, lead walks only. Give meloxicam 1.2 mg once daily with food and "
    "amoxicillin-clavulanate 125 mg twice daily until finished. Keep the cone on at all times.\n\n"
    "Recheck and wound check with [[PERSON:Dr Ferreira]] on [[DATE_TIME:Monday 17 March at 4:30pm]]. Call "
    "us immediately if he vomits or the wound discharges. Invoice INV-552910 paid in full, $3,874.60.",
    # 016 legal intake memo, Kenya
    "MEMO — NEW MATTER INTAKE\n"
    "To: [[PERSON:Wambui Njoroge]], Advocate\nFrom: [[PERSON:Brian Otieno]], pupil\nDate: [[DATE_TIME:4 February 2025]]\n\n"
    "Client: [[PERSON:Mary Atieno Okoth]], [[AGE:57]], retired teacher, of [[LOCATION:Kisumu]]. ID "
    "[[ID_NUMBER:10482937]]; KRA PIN [[ID_NUMBER:A001928374B]]; phone [[PHONE_NUMBER:0722 104 839]].\n\n"
    "Facts: the client's late husband, [[PERSON:Joseph Okoth Ouma]], died on [[DATE_TIME:9 November 2024]]. "
    "He owned a plot in [[LOCATION:Manyatta]]. His brother, [[PERSON:Daniel Ouma]], has since fenced off "
    "part of the parcel and claims it was gifted to him orally. The client holds the original title deed and "
    "a copy of the death certificate.\n\n"
    "Advice needed: application for a grant of letters of administration at [[LOCATION:Kisumu]]; possible "
    "injunction against [[PERSON:Daniel]]. Client's postal address: [[ADDRESS:P.O. Box 1774]]-"
    "[[ZIP_CODE:40100]], [[LOCATION:Kisumu]].\n\n"
    "Fee note to follow.",
    # 017 wedding planner email, Jamaica
    "From: [[PERSON:Simone Whyte]] <[[EMAIL_ADDRESS:simone@whyteweddings.com.jm]]>\n"
    "To: [[EMAIL_ADDRESS:kadian.and.rory@gmail.com]]\n"
    "Subject: Final run sheet — [[DATE_TIME:Saturday 26 April]]\n\n"
    "Hi [[PERSON:Kadian]] and [[PERSON:Rory]],\n\n"
    "Here is where we landed after Tuesday's call:\n\n"
    "- Ceremony at 3:30 pm on the lawn at the villa, [[ADDRESS:12 Mammee Bay Road]], [[LOCATION:Ocho Rios]], "
    "[[LOCATION:St. Ann]]. [[TITLE:Rev.]] [[PERSON:Lloyd Ferguson]] officiates; he asked for both of your "
    "TRNs for the licence: [[ID_NUMBER:118-294-736]] ([[PERSON:Kadian]]) and [[ID_NUMBER:121-830-547]] "
    "([[PERSON:Rory]]).\n"
    "- [[PERSON:Rory]]'s parents land in [[LOCATION:Montego Bay]] on [[DATE_TIME:April 23]]; driver [[PERSON:Desmond]] "
    "will collect them ([[PHONE_NUMBER:876-555-0133]]).\n"
    "- Photographer [[PERSON:Andre Clarke]] arrives at 1 pm for the getting-ready shots and needs the bridal "
    "suite from noon.\n"
    "- The balance of US$4,200 is due by [[DATE_TIME:April 11]].\n\n"
    "Bless up,\n[[PERSON:Simone]]",
    # 018 trustee minutes, New Zealand
    "Ōtaki Community Foodbank Trust — minutes of trustees' meeting, [[LOCATION:Ōtaki]], [[DATE_TIME:19 March 2025]]\n\n"
    "Present: [[PERSON:Rawiri Pōhatu]] (chair), [[PERSON:Jenny Hollis]] (secretary), [[PERSON:Deepak Sharma]] "
    "(treasurer), [[PERSON:Maria Tuilagi]].\n\n"
    "1. Minutes of the meeting of [[DATE_TIME:19 February]] confirmed.\n"
    "2. Treasurer's report: balance $18,402.16. A bequest of $5,000 was received from the estate of the late "
    "[[PERSON:Edith Crane]]; [[PERSON:Jenny]] will write to her executor, [[PERSON:Colin Crane]], at "
    "[[ADDRESS:22 Rangiuru Road]], [[LOCATION:Ōtaki]] [[ZIP_CODE:5512]].\n"
    "3. Volunteers: [[PERSON:Maria]] reported that [[PERSON:Hone Wihongi]] ([[AGE:78]]) is stepping back after "
    "eleven years. Resolved to present him with a certificate at the AGM.\n"
    "4. Police vetting: [[PERSON:Deepak]] will chase the outstanding checks for two new volunteers.\n"
    "5. General business: the van's warrant of fitness is due next month.\n\n"
    "Meeting closed 8.05pm.",
    # 019 car rental damage report, Malaysia
    "VEHICLE RETURN & DAMAGE REPORT\n"
    "Agreement no.: KUL-RA-448201\n"
    "Hirer: [[PERSON:Siti Hajar binti Abdullah]]\n"
    "MyKad: [[ID_NUMBER:920506-14-5390]]\n"
    "Driving licence: [[ID_NUMBER:D 88213047]]\n"
    "Address: [[ADDRESS:No. 27, Jalan SS 2/64]], [[ZIP_CODE:47300]] [[LOCATION:Petaling Jaya]], "
    "[[LOCATION:Selangor]]\n"
    "Phone: [[PHONE_NUMBER:+60 12-738 4491]]\n"
    "Vehicle: Perodua Bezza 1.3, reg. [[ID_NUMBER:VKB 8831]]\n"
    "Out: [[DATE_TIME:14/02/2025 09:00]], KLIA2 counter    In: [[DATE_TIME:17/02/2025 18:20]]\n\n"
    "Findings at return: dent on rear left door approx. 8 cm; scratch on front bumper; fuel 1/2 (out: full).\n\n"
    "Hirer's account: she states that the dent happened in a car park in [[LOCATION:Ipoh]] while she was away "
    "from the vehicle. No police report was made.\n\n"
    "Charges: damage RM 650.00 (capped by CDW), refuelling RM 45.00. Deposit hold on card "
    "[[CREDIT_CARD:5178 0533 1946 2705]] released less RM 695.00.\n\n"
    "Inspected by: [[PERSON:Ravindran]]",
    # 020 complaint escalation, Pakistan
    "Subject: Escalation – broadband down for 9 days (complaint no. 7781-22039)\n\n"
    "Dear Customer Services Manager,\n\n"
    "I am writing for the third time about my home broadband connection, customer ID "
    "[[ID_NUMBER:ISB-0049182]], registered to me, [[PERSON:Rabia Anwar]], at [[ADDRESS:House 23, Street 41]], "
    "[[LOCATION:F-8/1]], [[LOCATION:Islamabad]]. The service has been down since [[DATE_TIME:Monday 6 January]]. "
    "Your technician [[PERSON:Asad]] visited on [[DATE_TIME:8 January]] and said a fibre had been cut near the "
    "market; nothing has happened since.\n\n"
    "I work from home for a company in [[LOCATION:Dubai]] and have lost several days of work. I have paid every "
    "bill on time (the last Rs 4,999 on [[DATE_TIME:2 January]]). I request that the fault be fixed within 48 "
    "hours and that January's charges be waived.\n\n"
    "Please call me on [[PHONE_NUMBER:0321 5582 014]] or write to [[EMAIL_ADDRESS:rabia.anwar.isb@gmail.com]]. "
    "If I do not hear back, I will lodge a complaint with the PTA.\n\n"
    "Regards,\n[[PERSON:Rabia Anwar]]\nCNIC [[ID_NUMBER:61101-4829137-2]]",
]

CHAT = [
    # 001 broadband support chat, Scotland
    "[10:02] customer: hi my internet keeps droping every nite around 9\n"
    "[10:02] Agent [[PERSON:Priya]]: Hi there, sorry to hear that! Can I take your full name and the postcode "
    "of the property?\n"
    "[10:03] customer: [[PERSON:jordan mckenzie]], [[ZIP_CODE:g41 3ru]]\n"
    "[10:03] Agent [[PERSON:Priya]]: Thanks [[PERSON:Jordan]]. And the first line of the address plus your date "
    "of birth for security?\n"
    "[10:04] customer: [[ADDRESS:flat 2/1 87 nithsdale rd]], dob [[DATE_TIME:4/11/93]]\n"
    "[10:05] Agent [[PERSON:Priya]]: Perfect, you're verified. I can see 14 drops since Monday on the line. "
    "I'll book an engineer — does [[DATE_TIME:Thursday the 20th]] work?\n"
    "[10:05] customer: ya fine, text me on [[PHONE_NUMBER:07700 900 318]] when hes on the way",
    # 002 SMS thread, Nigeria
    "[[PERSON:Tobi]]: abeg send me ur account number make i pay for the aso ebi\n"
    "[[PERSON:Damz]]: [[ID_NUMBER:0123984571]] GTB, [[PERSON:Damilola Okon]]\n"
    "[[PERSON:Tobi]]: sent 35k. confirm\n"
    "[[PERSON:Damz]]: seen 🙏🏾 fitting is on [[DATE_TIME:sat 9th]] by 12 at my aunty place, "
    "[[ADDRESS:4 Ogunlana Drive]] [[LOCATION:surulere]]\n"
    "[[PERSON:Tobi]]: ok. tell [[PERSON:Chioma]] to call me [[PHONE_NUMBER:08134420917]] i no get her number",
    # 003 family WhatsApp, India
    "Mom: beta did u book the train for nani's bday on [[DATE_TIME:12th march]]??\n"
    "[[PERSON:Rohan]]: yes ma, 3AC, PNR 4528193067, leaving [[DATE_TIME:11 mar]] night\n"
    "Mom: good. [[PERSON:Pinky]] is coming from [[LOCATION:Pune]] separately\n"
    "[[PERSON:Pinky]]: haan I'll reach [[LOCATION:Lucknow]] by 10am. [[PERSON:rohan]] bhaiya pls pick me up\n"
    "[[PERSON:Rohan]]: ok send ur coach no. and keep phone on. [[PHONE_NUMBER:98765 01234]] is off na?\n"
    "[[PERSON:Pinky]]: use my jio one [[PHONE_NUMBER:70451 88296]]",
    # 004 bank chat, US
    "Bot: Welcome to online banking support. How can I help?\n"
    "User: my card got declined at costco but i have money??\n"
    "Agent [[PERSON:Marcus T.]]: Hi! I can look into that. Can you confirm the card number and the last 4 of "
    "your SSN?\n"
    "User: [[CREDIT_CARD:4716 0439 2817 5501]], last 4 is 8812\n"
    "Agent [[PERSON:Marcus T.]]: Thank you, [[PERSON:Ms. Delgado]]. I see a fraud hold placed today at 11:42 "
    "after a charge attempt from [[LOCATION:Lagos]]. Was that you?\n"
    "User: no!! im in [[LOCATION:Phoenix]]. my name is [[PERSON:Yesenia Delgado]] i never left [[LOCATION:AZ]]\n"
    "Agent [[PERSON:Marcus T.]]: Understood. I'll block the card and mail a new one to "
    "[[ADDRESS:2231 W Camelback Rd Apt 14]]. It should arrive by [[DATE_TIME:Friday, May 16]].",
    # 005 ecommerce chat, Spain (es)
    "cliente: hola, soy [[PERSON:marta]], mi pedido 88120-ES no ha llegado y pone entregado\n"
    "agente: Hola [[PERSON:Marta]], lo siento. ¿Me confirmas la dirección de entrega y un teléfono?\n"
    "cliente: [[ADDRESS:c/ Sant Joan 14, 3r 2a]], [[ZIP_CODE:08037]] [[LOCATION:barcelona]], tlf "
    "[[PHONE_NUMBER:654 19 20 83]]\n"
    "agente: Gracias. El repartidor lo dejó el [[DATE_TIME:martes 4]] con un vecino, el [[TITLE:Sr.]] [[PERSON:Puig]].\n"
    "cliente: ah vale, ahora le pregunto!! gracias",
    # 006 gym SMS, Australia
    "FitHub: Hi [[PERSON:Jess]], your PT session with [[PERSON:Corey]] is booked for [[DATE_TIME:Wed 19/3 at 6:15am]]. "
    "Reply Y to confirm.\n"
    "[[PERSON:Jess]]: Y. can i bring my sister [[PERSON:Tahlia]] on a guest pass? she's [[AGE:16]]\n"
    "FitHub: Guests under 18 need a parent to sign. Send her full name + DOB and we'll pre-fill it.\n"
    "[[PERSON:Jess]]: [[PERSON:Tahlia Marie Kennedy]] [[DATE_TIME:02/08/2008]], mum is [[PERSON:Lisa Kennedy]] "
    "[[PHONE_NUMBER:0411 207 553]]",
    # 007 dating app safety report, Canada
    "Support: Thanks for reporting. Which profile is this about?\n"
    "Reporter ([[USERNAME:maplesyrup_mei]]): user [[USERNAME:dan.the.man.yyc]], says his name is "
    "[[PERSON:Daniel]] but his pics are from someone else's insta @[[USERNAME:trevor.halvorsen]]\n"
    "Support: Did he ask you for anything?\n"
    "Reporter: he wanted me to send gift cards and asked for my address. i only gave him my email "
    "[[EMAIL_ADDRESS:mei.zhang.ca@gmail.com]] before i realised\n"
    "Support: We've suspended the account. If you lost money, contact police in [[LOCATION:Calgary]] and quote "
    "our case 55-1290.",
    # 008 landlord SMS, Kenya
    "Landlord [[PERSON:Mr Kariuki]]: Good morning [[PERSON:Achieng]], rent for [[DATE_TIME:March]] is still "
    "pending. Pay to till 552190 or send to [[PHONE_NUMBER:0712 339 804]].\n"
    "[[PERSON:Achieng]]: Morning sir. Salary delayed, will pay by [[DATE_TIME:5th]]. Sorry\n"
    "[[PERSON:Mr Kariuki]]: Sawa. Also the water guy [[PERSON:Musyoka]] will come to [[ADDRESS:Hse B7]] on "
    "[[DATE_TIME:Thursday 6th]] to fix the meter\n"
    "[[PERSON:Achieng]]: ok asante, my neighbour mama [[PERSON:Wanjiku]] has the spare key",
    # 009 clinic SMS, Singapore
    "Clinic: Reminder for [[PERSON:TAN AH KOW]] (NRIC ending 437Z): appt [[DATE_TIME:Sat 22 Feb 10.30am]], "
    "[[ADDRESS:Blk 210 Toa Payoh Lor 8, #01-11]]. Reply C to cancel.\n"
    "[[PERSON:Ah Kow]]: C lah, cannot make it. my son [[PERSON:Wei Ming]] will call u to rebook. his hp "
    "[[PHONE_NUMBER:9688 2041]]\n"
    "Clinic: Noted, appointment cancelled.",
    # 010 game support, Philippines
    "[support] hi! pls share your IGN and the email on the account\n"
    "[player] IGN [[USERNAME:xXMarites69Xx]] email [[EMAIL_ADDRESS:jomar.reyes2003@yahoo.com]]\n"
    "[support] thanks. we see logins from [[IP_ADDRESS:112.198.77.41]] ([[LOCATION:Manila]] ISP) and "
    "[[IP_ADDRESS:45.133.172.9]] on [[DATE_TIME:Feb 3]]. is the 2nd one yours?\n"
    "[player] no po!! someone hacked me, my bday is [[DATE_TIME:Aug 17 2003]] if u need to verify, im "
    "[[PERSON:Jomar Reyes]] from [[LOCATION:Caloocan]]\n"
    "[support] verified. password reset link sent, pls enable 2FA 🙏",
]

LOOKALIKE = [
    # 001 release notes, no PII
    "Release notes — build 10.4.2.1 (2025-03-01)\n"
    "- Upgraded the TLS library from 3.0.13 to 3.2.1.\n"
    "- Fixed a crash when the config value max_conn was set to 65535.\n"
    "- The installer now checks for at least 4.5 GB free and .NET 8.0.12.\n"
    "- Known issue: on firmware 2.17.255.4 the status LED blinks amber for ~90 s after boot.\n"
    "Checksums: sha256 9f2c1a7b0e4d8c3f5a6b1e2d7c9f0a3b4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b. "
    "Next patch planned for week 14.",
    # 002 lab sheet with one analyst name
    "Certificate of Analysis — Lot 24-0917-B\n"
    "Product: anhydrous glucose (C6H12O6), CAS 50-99-7\n"
    "Assay: 99.6% (spec ≥ 99.0%); loss on drying 0.18%; sulphated ash < 0.05%\n"
    "Heavy metals (as Pb): < 5 ppm. Storage: 15–25 °C, RH < 60%.\n"
    "Tested on instrument HPLC-07 (column C18, 250 × 4.6 mm, 5 µm) at 14:30.\n"
    "Released by QA: [[PERSON:R. Kamau]]",
    # 003 delivery note, Germany (de), no PII
    "Lieferschein Nr. 4500183920 zu Auftrag 77-1102\n"
    "Pos. 10  Art.-Nr. 0815-442-19  Sechskantschraube M8×40, verzinkt  500 Stk.\n"
    "Pos. 20  Art.-Nr. 0815-442-27  Unterlegscheibe 8,4 mm  500 Stk.\n"
    "Pos. 30  Art.-Nr. 3310-001-05  Dübel SX 10×50  200 Stk.\n"
    "Gewicht: 18,6 kg  Packstücke: 2  Lagerplatz: R12-F03\n"
    "Warenwert netto: 312,40 EUR, zzgl. 19 % MwSt. Anlieferung Rampe 4, 07:00–15:00 Uhr.",
    # 004 conference programme, one speaker
    "09:00  Registration & coffee — Foyer B\n"
    "09:30  Opening keynote: 'Scaling LLM evaluation' — [[PERSON:Dr. Imani Okello]] — Room 2.14\n"
    "10:45  Panel: Vendors on the record (Acme Analytics, Northwind Data, Contoso Cloud) — Room 3.01\n"
    "12:00  Lunch — ground floor\n"
    "13:30  Workshop: Benchmarks with the BLEU-4 and ROUGE-L metrics — Lab 0.07\n"
    "15:15  Product demo: Helix 5 Pro firmware 5.2.0 — Room 2.14\n"
    "Wi-Fi: ConfGuest / password spring2025. Helpdesk ext. 4400.",
    # 005 B2B invoice, no PII
    "INVOICE 2025-00417\n"
    "Seller: Brightwater Components Ltd, VAT GB 918 2204 17\n"
    "Buyer: Kestrel Marine Services Ltd, PO 4410-88-02\n"
    "Item 1: SKU BWC-2240-SS, stainless hinge, 120 × £3.85 = £462.00\n"
    "Item 2: SKU BWC-1102-NY, nylon bushing, 1,000 × £0.12 = £120.00\n"
    "Carriage: £18.50    Subtotal: £600.50    VAT 20%: £120.10    Total: £720.60\n"
    "Payment terms: 30 days. Accounts queries: accounts@brightwater-components.example, 0345 600 7730.",
    # 006 server log, no PII
    "2025-02-11T07:58:12.114Z INFO  worker-3 job=7d1f0c2e-5b6a-4c8e-9f10-2a3b4c5d6e7f started queue=reports\n"
    "2025-02-11T07:58:12.902Z DEBUG worker-3 pid=48211 rss=512MB gc=12ms\n"
    "2025-02-11T07:58:14.030Z WARN  worker-3 retry 2/5 after 503 from upstream svc-billing:8443\n"
    "2025-02-11T07:58:19.447Z INFO  worker-3 job=7d1f0c2e-5b6a-4c8e-9f10-2a3b4c5d6e7f done rows=104233 took=7.3s\n"
    "2025-02-11T07:58:19.450Z INFO  scheduler next run in 3600s (cron 0 * * * *) build=4.12.0.7",
    # 007 bookshop order confirmation, one customer
    "Thanks for your order, [[PERSON:Siobhan]]! Order #BK-2025-55102\n"
    "1 × 'The Tidal Atlas' (ISBN 978-1-84723-561-9), hardback, €24.99\n"
    "1 × 'Field Notes on Moss' (ISBN 978-0-19-283746-2), paperback, €12.50\n"
    "Delivery: standard, 3–5 working days. Tracking: IE 9931 0442 8817.\n"
    "Questions? Call our shop on 01 555 0140 (Mon–Sat 9–6) or reply to this email.",
    # 008 product catalogue, no PII
    "Catalogue page 14 — Storage\n"
    "Model ST-1200: shelving unit, 1200 × 600 × 1800 mm, 5 shelves, 250 kg per shelf, part 412-55-0917, $189.00\n"
    "Model ST-0900: as above, 900 mm wide, part 412-55-0923, $149.00\n"
    "Add-on kit AK-44: 4 castors (Ø 100 mm), part 733-20-4410, $36.50\n"
    "Colours: RAL 7035 light grey, RAL 5010 gentian blue. Lead time 2–3 weeks. Prices ex GST.",
    # 009 clinical teaching note with eponyms, no PII
    "Revision card: eponyms in neurology\n"
    "- Parkinson's disease: tremor at rest (4–6 Hz), rigidity, bradykinesia; L-DOPA response.\n"
    "- Guillain-Barré syndrome: ascending weakness; check FVC every 4 h.\n"
    "- Bell's palsy: LMN facial weakness, forehead involved; prednisolone 50 mg OD for 10 days.\n"
    "- Wernicke's encephalopathy: give Pabrinex before glucose.\n"
    "- Babinski sign: upgoing plantar. Romberg test: positive in sensory ataxia.\n"
    "Ward 7B, bay 3 — teaching round at 14:00.",
    # 010 parcel locker notice, Dutch (nl), one customer
    "Hallo [[PERSON:Bram]], je pakket 3SABCD0123456789 ligt klaar in pakketautomaat 0417, vak 22.\n"
    "Ophaalcode: 884 210 (geldig 7 dagen). Afmetingen: 40 × 30 × 15 cm, gewicht 2,3 kg.\n"
    "Bestelling 1029-3381-77 bij Bolderman Sport B.V., totaalbedrag € 89,95 incl. btw.\n"
    "Vragen? Bel de klantenservice op 088 555 0123 (ma–vr 08:00–20:00).",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "doc": DOC,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind24", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind73.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind73.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end (the STYLES dict and main(), copied here); gold_sets.py (whole);
and lines 1-64 of make_handwritten.py (conventions, the MARK and
TITLE_IN_NAME regexes, parse()). Not read: minimize/, recognizers/, any
other test, bench/, the README, any *.jsonl (this set's output included),
any other make_*.py or the records of make_blind22.py, git history, log or
status (git was not run at all). The detector, the bench and the tests were
never run. Do not tune the detector against this file: once it has been
used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Check digits were worked out with
hand-run throwaway code while writing (not generated here): cards pass Luhn;
IBANs pass mod-97 with their country's length, and the national check
digits inside the French (RIB key), Spanish, Belgian, Portuguese and Italian
(CIN) IBANs are right too (`gold_sets.check` re-checks cards and IBANs).
National ids with a public check digit got a valid one: Canadian SIN and
Ontario health numbers (Luhn), BC PHN (mod 11), Mexican CURP, RFC (its
homoclave check digit), IMSS NSS (Luhn) and CLABE (3-7-1 weights), NHS
number, Aadhaar (Verhoeff), Australian TFN and Medicare number, Singapore
NRIC, Irish PPSN, South African ID (Luhn; sex and birth date agree with the
record where they show), Emirates ID (Luhn), NZ IRD and NHI, Swiss AHV
(EAN-13), Italian codice fiscale, Spanish DNI letter, US NPI (Luhn with the
80840 prefix); so did the unlabeled numbers that carry one (the ISBN-13s
of the look-alikes, and an ABN left unlabeled as a company number). The Quebec RAMQ numbers, the UK
driving licences, the INE claves de elector and the Malaysian MyKad number
are built from the holder's name and birth date but carry no public check.
Not checked: UK NI numbers, US SSNs, PAN, Nigerian NIN and BVN, Kenyan ids
and KRA PINs, Philippine SSS / PhilHealth / TIN, Ghana Card numbers,
passports, other licences, plates, bank account numbers and staff, student,
member, patient and loyalty numbers.

Styles (ids `blind73-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd dense sentences with names, job titles, streets with building
  numbers and secondary addresses, IPs, MACs, user agents, card / CVV /
  expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts,
  medical, pharmacy, loan, school, court and lease forms, notices) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML / .env config, code, HL7,
  an airline PNR, GraphQL, tickets and forms).
- `gen` (90): one to four LLM-style sentences with personal data in prose;
  travel, airlines, hotels and car hire get extra weight (about 40), the
  rest spread over banking, insurance, health, pharmacy, legal, schools,
  HR, retail, telecoms, government, lettings, gaming, social media, tech
  support, deliveries, gyms, vets, charity, politics, weddings, libraries,
  childcare and policing; names at the start, middle and end, lowercase
  and possessive; ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record (CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines, YAML, key: value blocks) with varied
  column names and non-PII columns; header rows unlabeled.
- `chat` (8): airline and bank support chats, a family WhatsApp thread, a
  team Slack channel, hotel concierge and car-hire chats, landlord / tenant
  texts, a telecom support chat.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice refs, SKUs, ISBNs, IP-shaped versions, hashes, UUIDs,
  serials, company phones, role mailboxes, eponyms, streets named after
  people without a number), the few real values labeled; one has no PII.
Languages: about nine records in ten in English (US, UK, Canada, Australia,
India, Ireland, South Africa, Nigeria, Kenya, Ghana, Singapore, Malaysia,
the Philippines, New Zealand, the UAE; names from the many cultures living
there); 24 records (10 bench, 9 gen, 3 table, 1 chat, 1 lookalike) in
Canadian French and Mexican Spanish.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, nicknames; a
  possessive "'s" is outside. TITLE: honorifics and ranks attached to a
  name, apart from it; job titles are not TITLE; family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  building names; city, district, neighbourhood, county, state / province
  (abbreviated too) and country are LOCATION; postcodes are ZIP_CODE.
- DATE_TIME: a person's dates with a day or month, in any shape; a weekday
  or clock time said with such a date is inside the span; not bare years,
  weekdays or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: the handle without "@". URL: personal
  pages and profiles only. NRP: nationality, religion, political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank accounts, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MACs, sort
  codes, BSB, IFSC and routing numbers, CVVs and expiries, PINs, order /
  ticket / claim / policy / booking / tracking references, company phones
  and role mailboxes, versions, hashes, serials, partial numbers, pets,
  eponyms and brands named after people, header rows.
Calls made while writing this set, in the same spirit:
- Timestamps of log lines, chat-message headers, thread day separators and
  record metadata (created_at, submittedAt, creado_en) are unlabeled; a
  "last_login" field, a "joined" date and prose about a person's account
  event (a lock, a sign-in) are DATE_TIME.
- A person's travel dates (flight, check-in / out, car pick-up / return,
  transfer) are DATE_TIME; a range written as one ("12-14 January") is one
  span, two written dates are two spans. Passport and card expiries stay
  unlabeled.
- Loyalty, frequent-flyer and hotel member numbers, trusted-traveller ids
  (KTN, NEXUS PASSID), Canadian UCI, SEVIS id, CLABE, CURP, RFC, NSS, INE
  clave, cédula profesional, NPI, attorney / juror / badge / crew numbers
  and user ids are ID_NUMBER; PNR locators, e-ticket numbers, rental
  agreements, hotel confirmations, bag tags and application refs are not.
- BIC / SWIFT codes, VINs, IMEIs, microchips, API keys, tokens, SSH keys,
  DSNs, company numbers (ABN, a company RFC) are unlabeled.
- Title fields in PNRs and manifests (MR, MRS, MS, MISS, MSTR) are TITLE;
  Mme, Ing., Sr., Sra., Dra., Dre, Lic., Hon., Miss, Captain, Rabbi, Fr.,
  Frau and Ma'am are TITLE too; "First Officer" is a job title.
- A nationality field (IND, POL, NGA) is NRP; issuing-country codes and
  airport codes stay unlabeled; a country or state column is LOCATION.
- Mexican "Col." and "C.P." prefixes stay outside the LOCATION / ZIP_CODE;
  a street in its own field next to a number field is ADDRESS each.
- Every real IP address is IP_ADDRESS, private ones of a person's device
  and a VPN address given to a user included; IP-shaped versions are not.
- A named person's own work email or direct phone is labeled; a branch
  named by its city ("the Leeds branch") gives a LOCATION; company
  addresses were left out of the records; a ride-share drop-off address
  is ADDRESS; a street named without a number is unlabeled.
- A vet visit date is the owner's date; a pet's name and age are not PII.
- No package registry or other outside service was queried for this set.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind73.jsonl")

BENCH = [
    """Attention [[PERSON:Ms. Roisin Gallagher-Mbeki]], your recertification for the role of Lead Hydrology Analyst is scheduled for [[DATE_TIME:11/04/2024 at 09:15]]. Please bring photo ID to [[ADDRESS:77 Carrowmore Terrace, Unit 4]], [[LOCATION:Sligo]], [[ZIP_CODE:F91 X2K7]]. The €220 fee will be taken from [[IBAN_CODE:IE33AIBK93208007751499]] (BIC AIBKIE2D). Queries: [[PHONE_NUMBER:+353 71 914 2285]].""",
    """User [[USERNAME:kwame.adj_88]] ([[PERSON:Kwame Adjei-Boateng]], [[AGE:34]], Principal Response Facilitator) attempted a login from [[IP_ADDRESS:102.176.94.13]] with Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.101 Mobile Safari/537.36, device MAC 3C:A6:F6:1B:08:9E. The account was locked on [[DATE_TIME:2024-02-19 22:47:03]] after three failed PIN attempts (PIN hint: 4409).""",
    """Refund note: the Visa [[CREDIT_CARD:4593 7349 2424 3651]] (exp 08/27, CVV 614) belonging to [[PERSON:Tomasz Wróblewski]] was charged twice for the 'Advanced Forestry Metrics' course. Reverse one charge and email the receipt to [[EMAIL_ADDRESS:t.wroblewski@onet.pl]]. Billing address: [[ADDRESS:Flat 2, 19 Ladypool Road]], [[LOCATION:Birmingham]] [[ZIP_CODE:B12 8LA]], [[LOCATION:United Kingdom]].""",
    """[[PERSON:Leilani]], as discussed, we have updated the direct-deposit details for your role as Dynamic Implementation Orchestrator: routing 121000358, account [[ID_NUMBER:004471289035]]. The SSN on file ends in 7781; please confirm your full SSN ([[US_SSN:531-74-7781]]) and date of birth ([[DATE_TIME:June 3rd, 1990]]) in the portal before Friday. Mahalo, [[PERSON:Keoni Akana]], Payroll.""",
    """Patient intake – [[PERSON:Ngozi Eze-Okafor]], female, [[AGE:52]] y/o, height 5'6", blood type O+. Referred by [[PERSON:Dr. Ifeanyi Obi]] for an MRI of the left knee. Residence: [[ADDRESS:14B Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]. NIN [[ID_NUMBER:40817625593]]. Next of kin: [[PERSON:Chidi Okafor]] ([[PHONE_NUMBER:0803 412 7765]]).""",
    """Security digest for [[EMAIL_ADDRESS:haruto.sato1994@gmail.com]]: new sign-in from [[IP_ADDRESS:2a02:c7c:5d14:8e00:1d4b:9a2f:6e3:41b7]] near [[LOCATION:Osaka]], [[LOCATION:Japan]] on [[DATE_TIME:Tue 5 Mar 2024, 03:12 JST]]. If this wasn't you, reset your password (current hint: 'Mochi!2024') and review your trusted devices (MAC 00:1A:2B:9C:4D:7E, serial C02ZK1XJMD6T).""",
    """The Senior Branding Consultant [[PERSON:Aroha Te Whata]] ([[AGE:41]]) leased a 2022 Toyota RAV4, plate [[ID_NUMBER:NKT482]], VIN JTMW1RFV8ND123784. Send the lease to [[ADDRESS:3/58 Kahikatea Drive]], [[LOCATION:Frankton]], [[LOCATION:Hamilton]] [[ZIP_CODE:3204]]; her IRD number is [[ID_NUMBER:049-182-376]] and her mobile [[PHONE_NUMBER:021 448 9930]].""",
    """Transfer request TR-558201: send €1,450.00 from [[IBAN_CODE:DE23 3704 0044 0791 9157 94]] (BIC COBADEFFXXX) to [[PERSON:Henrike Baumgärtner]], [[IBAN_CODE:NL38INGB9454088428]], reference 'Miete Feb – [[ADDRESS:Keizersgracht 412-III]]'. Authorised by [[PERSON:Lukas Baumgärtner]] on [[DATE_TIME:02.02.2024]] from [[IP_ADDRESS:87.123.44.201]], session token eyJhbGciOiJIUzI1NiJ9.x7Qw.""",
    """Bonjour [[TITLE:Mme]] [[PERSON:Geneviève Thibodeau]], votre rendez-vous en ergothérapie est confirmé pour le [[DATE_TIME:jeudi 18 avril 2024 à 13 h 45]] au [[ADDRESS:2250, boulevard Laurier, bureau 310]], [[LOCATION:Québec]] ([[LOCATION:QC]]) [[ZIP_CODE:G1V 2L1]]. Veuillez apporter votre carte d'assurance maladie ([[ID_NUMBER:THIG 8562 1407]]). Pour annuler, composez le [[PHONE_NUMBER:418 651-2093]].""",
    """Estimado [[TITLE:Ing.]] [[PERSON:José Luis Ramírez Ortega]]: su solicitud de crédito automotriz fue aprobada y el enganche se depositará en la CLABE [[ID_NUMBER:012180014635030093]]. Datos registrados: CURP [[ID_NUMBER:RAOL851102HDFMRS07]], RFC [[ID_NUMBER:RAOL851102QK9]], domicilio [[ADDRESS:Calle Tajín 584, int. 3]], Col. [[LOCATION:Narvarte Poniente]], [[LOCATION:Ciudad de México]], C.P. [[ZIP_CODE:03020]]. Celular: [[PHONE_NUMBER:55 3187 4420]].""",
    """KYC update: [[PERSON:Shreya Venkataraman]], DOB [[DATE_TIME:17-08-1993]], PAN [[ID_NUMBER:BQVPV4827K]], Aadhaar [[ID_NUMBER:9981 2279 0416]], mobile [[PHONE_NUMBER:+91 98450 31276]]. Correspondence address: [[ADDRESS:Flat 7C, Prestige Lakeside Habitat, 11 Varthur Main Road]], [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560066]]. Salary account [[ID_NUMBER:50100287746312]], IFSC HDFC0001763.""",
    """Tenancy screening for [[PERSON:Lim Wei Jie]] (NRIC [[ID_NUMBER:S8834127I]]), Data Quality Strategist, currently residing at [[ADDRESS:Blk 417 Tampines Street 41, #08-233]], [[LOCATION:Singapore]] [[ZIP_CODE:520417]]. Contact [[PHONE_NUMBER:+65 9127 4480]] or [[EMAIL_ADDRESS:weijie.lim88@gmail.com]]. Viewing booked for [[DATE_TIME:Sat 23 Mar, 11am]] with agent [[PERSON:Priscilla Goh]].""",
    """G'day [[PERSON:Mitchell]], here is your new-starter pack as Assistant Viticulture Coordinator: TFN [[ID_NUMBER:356 987 140]], super member no. [[ID_NUMBER:7700412983]], BSB 062-692, account [[ID_NUMBER:1048 2271]]. Your first shift at the cellar door, [[ADDRESS:1184 Seppeltsfield Road]], [[LOCATION:Seppeltsfield]] [[LOCATION:SA]] [[ZIP_CODE:5355]], starts [[DATE_TIME:Monday 8 July]]. Emergency contact listed: [[PERSON:Jacinta O'Loughlin]], [[PHONE_NUMBER:0417 552 093]].""",
    """Applicant [[PERSON:DeShawn Marcus Whitfield]] presented Georgia driver's license [[US_DRIVER_LICENSE:058213974]] and U.S. passport [[US_PASSPORT:583920174]] on [[DATE_TIME:01/22/2024]]. Current address [[ADDRESS:2291 Cascade Rd SW, Apt 1108]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30311]]. Listed occupation: Forward Marketing Liaison; eye color: brown; height 6'1".""",
    """Profile export — name: [[PERSON:Saoirse Ní Bhriain]]; handle: [[USERNAME:saoirse_nb]]; site: [[URL:https://saoirsenibhriain.ie]]; joined [[DATE_TIME:14 Feb 2019]]; last seen from [[IP_ADDRESS:89.101.220.37]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15; PPSN on file: [[ID_NUMBER:6839201P]]; newsletter: opted out.""",
    """M-Pesa dispute lodged by [[PERSON:Wanjiru Kamau]] (ID No. [[ID_NUMBER:28470913]], KRA PIN [[ID_NUMBER:A008471623K]]) about KES 12,500 sent to [[PHONE_NUMBER:0722 481 306]] instead of [[PHONE_NUMBER:0722 418 306]] on [[DATE_TIME:9th January 2024 at 18:22]]. Transaction code SAJ7KQ2M4X. She lives at [[ADDRESS:House 14, Kiambu Road]], [[LOCATION:Ridgeways]], [[LOCATION:Nairobi]].""",
    """Policy holder: [[PERSON:Thandiwe Mokoena]]; ID [[ID_NUMBER:9307260248083]]; born [[DATE_TIME:26 July 1993]]; occupation: Chief Usability Officer; physical address [[ADDRESS:23 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]]; cell [[PHONE_NUMBER:082 614 3390]]; debit order from account [[ID_NUMBER:62847719021]] (branch code 250655) on the 25th of each month.""",
    """Member update — [[PERSON:Ma. Cristina dela Cruz-Villanueva]], SSS No. [[ID_NUMBER:34-5821709-6]], PhilHealth [[ID_NUMBER:12-050417388-2]], TIN [[ID_NUMBER:412-887-093-000]]. New address: [[ADDRESS:Unit 1204 Tower 2, Avida Towers, 48 Sucat Road]], [[LOCATION:Parañaque City]], [[LOCATION:Metro Manila]] [[ZIP_CODE:1700]]. Mobile [[PHONE_NUMBER:0917 845 2203]], landline (02) 8820 4471 is the office trunk line.""",
    """Notificación: la tarjeta [[CREDIT_CARD:5547-5307-9015-9912]] (vence 11/26, CVV 302) a nombre de [[PERSON:Ximena Gutiérrez Salas]] registró un cargo de $4,890.00 MXN en una tienda departamental el [[DATE_TIME:3 de febrero de 2024 a las 19:40]]. Si no reconoce el movimiento, llame al 800 226 2663 o responda desde [[EMAIL_ADDRESS:ximena.gutierrez.s@hotmail.com]].""",
    """Avis de changement d'adresse — [[PERSON:Mathieu Lapointe-Cyr]], NAS [[ID_NUMBER:461 369 159]], né le [[DATE_TIME:2 septembre 1979]]. Ancienne adresse : [[ADDRESS:318, rue des Érables]], [[LOCATION:Drummondville]] [[ZIP_CODE:J2B 5K8]]. Nouvelle adresse à compter du [[DATE_TIME:1er juillet 2024]] : [[ADDRESS:1045, avenue du Mont-Royal Est, app. 6]], [[LOCATION:Montréal]] ([[LOCATION:Québec]]) [[ZIP_CODE:H2J 1X9]]. Courriel : [[EMAIL_ADDRESS:mlapointecyr@videotron.ca]].""",
    """To whom it may concern, I, [[PERSON:Oluwaseun Adebayo-Hughes]], Regional Tactics Engineer, authorise a standing order of £85 a month from sort code 20-46-17, account [[ID_NUMBER:00868834]] ([[IBAN_CODE:GB50 BARC 2046 1700 8688 34]]), to the joint savings pot I hold with [[PERSON:Gareth Hughes]]. Signed [[DATE_TIME:15/01/2024]], [[ADDRESS:9 Cromwell Mews]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 4QT]].""",
    """Ticket from [[PERSON:Nguyen Thi Thu Trang]] ([[EMAIL_ADDRESS:trang.nguyen.tt@yahoo.com]]): my Discover card [[CREDIT_CARD:6011 3680 1172 4262]] keeps getting declined at checkout even though the billing zip is right ([[ZIP_CODE:77072]]). Calling from [[PHONE_NUMBER:(832) 609-4418]]. Browser: Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1; IP [[IP_ADDRESS:172.58.113.9]].""",
    """Onboarding checklist for [[PERSON:Ji-woo Kang]] — Associate Quantum Researcher, start date [[DATE_TIME:2024-05-13]]. SIN [[ID_NUMBER:597-626-506]]; Ontario health card [[ID_NUMBER:3539-340-673-KJ]]; home: [[ADDRESS:88 Harbour Street, Suite 4102]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5J 0C3]]; laptop MAC A4:83:E7:12:9F:C0 assigned; badge photo pending; buddy: [[PERSON:Farhan Siddiqui]].""",
    """Re: [[PERSON:Abena Owusu-Ansah]] ([[AGE:29]]) — your Senior Creative Designer contract renewal. Salary will be paid into [[IBAN_CODE:GB65LOYD30963432920274]]; NI number [[ID_NUMBER:JT 48 27 19 C]]; address [[ADDRESS:Apartment 31, Kingsland Basin, 22 De Beauvoir Crescent]], [[LOCATION:London]] [[ZIP_CODE:N1 5SQ]]. Your line manager [[PERSON:Rhys Pritchard]] will countersign on [[DATE_TIME:Thursday 22nd]].""",
    """Tenant: [[PERSON:Yousef Al-Khatib]]; Emirates ID [[ID_NUMBER:784-1987-4412093-6]]; passport [[ID_NUMBER:N418273]]; nationality: [[NRP:Jordanian]]; unit [[ADDRESS:Apt 1507, Marina Crown]], [[LOCATION:Dubai Marina]], [[LOCATION:Dubai]]; rent paid by cheque and by transfer from [[IBAN_CODE:AE100337497239390243274]]; mobile [[PHONE_NUMBER:+971 50 812 4497]]; Ejari contract no. 0012024031188.""",
    """CLAIM FORM – AUTO
Claimant: [[PERSON:Patricia Okonkwo-Reyes]]
Policy No.: PA-7719203-04
Date of loss: [[DATE_TIME:December 12, 2023]]
Location of incident: intersection of Division St and Western Ave, [[LOCATION:Chicago]], [[LOCATION:IL]]
Claimant address: [[ADDRESS:4418 N Kedzie Ave, Unit 2F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60625]]
Driver's License: [[US_DRIVER_LICENSE:O524-7718-9043]]
Phone: [[PHONE_NUMBER:773-555-0148]]
Other party: [[PERSON:Marek Nowicki]], insured by Lakeshore Mutual
Adjuster: [[PERSON:Gwen Halvorsen]], ext. 4417""",
    """Loan Application Summary
Applicant: [[PERSON:Rajesh Kumar Pillai]]
Co-applicant: [[PERSON:Anitha Pillai]]
DOB (applicant): [[DATE_TIME:1981-10-05]]
SSN: [[US_SSN:402-61-8834]]
Employer: Meridian Logistics LLC (Operations Manager, 9 yrs)
Annual income: $118,400
Residence: [[ADDRESS:1502 Willow Bend Dr]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]]
Checking account: [[ID_NUMBER:3819 0047 7216]] (routing 111000614)
Requested: $42,000 over 60 months
Application channel: branch""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Eleanor Whitcombe]]   MRN: [[ID_NUMBER:MRN-00482719]]   DOB: [[DATE_TIME:04/11/1946]]   Age: [[AGE:77]]
Admitted: [[DATE_TIME:02/26/2024]]   Discharged: [[DATE_TIME:03/02/2024]]
Attending: [[PERSON:Dr. Samuel Adeyemi]], MD
Diagnosis: community-acquired pneumonia, resolved; history of COPD.
Medicare Beneficiary Identifier: [[ID_NUMBER:5EG4-TE5-MK73]]
Follow-up with PCP [[PERSON:Dr. Linh Tran]] within 7 days.
Emergency contact: [[PERSON:Margaret Whitcombe-Hale]] (daughter), [[PHONE_NUMBER:(603) 448-2910]]""",
    """EMPLOYMENT AGREEMENT
This Agreement is made on [[DATE_TIME:1 March 2024]] between Kestrel Analytics Pty Ltd (ABN 98 722 546 563) ("the Employer") and [[PERSON:Siosaia Taufa]] of [[ADDRESS:6 Birrarung Court]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]] ("the Employee").
1. Position: Data Engineer, commencing [[DATE_TIME:18 March 2024]], reporting to [[PERSON:Priya Natarajan]].
2. Remuneration: AUD 128,000 per annum plus superannuation, paid to the Employee's nominated account (BSB 033-044, account [[ID_NUMBER:482 917 336]]).
3. Tax file number declared: [[ID_NUMBER:817 915 959]].""",
    """NOTICE TO VACATE
To: [[PERSON:Bongani Dlamini]] and [[PERSON:Lerato Dlamini]]
Premises: [[ADDRESS:Unit 12, Silverleaf Estate, 45 Main Road]], [[LOCATION:Rondebosch]], [[LOCATION:Cape Town]], [[ZIP_CODE:7700]]
Take notice that the lease dated [[DATE_TIME:1 February 2022]] will terminate on [[DATE_TIME:31 May 2024]]. Please arrange a final inspection with the managing agent, [[PERSON:Charlene van Wyk]], on [[PHONE_NUMBER:072 685 3372]] or [[EMAIL_ADDRESS:charlene@vanwykrentals.co.za]].
The deposit will be refunded to account [[ID_NUMBER:1052 448 796]] (Nedbank).""",
    """Rx 0448217
Patient: [[PERSON:Harjit Kaur Sandhu]]   DOB [[DATE_TIME:09-Jan-1958]]
Address: [[ADDRESS:7720 128 St]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3W 4E6]]
PHN: [[ID_NUMBER:9633 681 324]]
Drug: apixaban 5 mg, 1 tab BID, qty 60, refills 3
Prescriber: [[PERSON:Dr. Navdeep Grewal]]
Filled: [[DATE_TIME:2024-04-02]] by RPh [[PERSON:K. Thompson]]""",
    """SUPERIOR COURT OF NEW JERSEY, LAW DIVISION
Docket No. ESX-L-004417-23
[[PERSON:Carmen Delgado-Whitaker]], Plaintiff, v. [[PERSON:Brian T. Sokolowski]], Defendant.
NOTICE OF MOTION: Please take notice that on [[DATE_TIME:April 19, 2024 at 9:00 a.m.]], the undersigned, attorney for Plaintiff, shall move before the [[TITLE:Hon.]] [[PERSON:Renée Abramowitz]], J.S.C., for an order compelling discovery. Defendant's last known address: [[ADDRESS:61 Mulberry Street, Apt 3]], [[LOCATION:Newark]], [[LOCATION:NJ]] [[ZIP_CODE:07102]].
[[PERSON:Marcus J. Feld]], Esq., Attorney ID [[ID_NUMBER:021441998]]""",
    """STUDENT RECORD — CONFIDENTIAL
Name: [[PERSON:Amara Chukwuemeka]]  |  Student No.: [[ID_NUMBER:2021048836]]  |  DOB: [[DATE_TIME:22/06/2003]]
Programme: BSc Biomedical Science, Year 3
Term address: [[ADDRESS:Room 14, Block C, Pemberton Hall]], [[LOCATION:Leicester]] [[ZIP_CODE:LE1 7RH]]
Home address: [[ADDRESS:5 Orchard Close]], [[LOCATION:Enfield]] [[ZIP_CODE:EN2 0QS]]
Personal tutor: [[PERSON:Dr Fiona McAllister]]
Support plan: yes (dyslexia), last reviewed [[DATE_TIME:03/10/2023]]""",
    """SEPA Direct Debit Mandate
Mandate reference: MND-44817-IE   Creditor identifier: IE98ZZZ300166
Debtor name: [[PERSON:Declan Fitzpatrick]]
Debtor address: [[ADDRESS:Apt 6, 14 Sandymount Green]], [[LOCATION:Dublin 4]], [[ZIP_CODE:D04 K7P2]]
IBAN: [[IBAN_CODE:IE17 BOFI 9000 1746 5117 78]]   BIC: BOFIIE2D
Type of payment: recurrent
Signed at [[LOCATION:Dublin]] on [[DATE_TIME:19/02/2024]] — signature: [[PERSON:D. Fitzpatrick]]""",
    """TRAVEL INSURANCE CLAIM — Section B: Trip Interruption
Insured person: [[PERSON:Mrs. Farida Begum Chowdhury]]
Date of birth: [[DATE_TIME:12.05.1962]]
Policy number: TRV-GB-55102388
Trip: [[LOCATION:Manchester]] → [[LOCATION:Dhaka]], departed [[DATE_TIME:2 January 2024]], return due [[DATE_TIME:30 January 2024]]
Reason for curtailment: hospitalisation of brother, [[PERSON:Mohammed Aminul Chowdhury]], in [[LOCATION:Sylhet]]
Passport: [[ID_NUMBER:548219073]] ([[NRP:British]])
Payment to: [[PERSON:F. B. Chowdhury]], sort code 40-05-30, account [[ID_NUMBER:49827276]]
Contact: [[PHONE_NUMBER:07700 914 226]] / [[EMAIL_ADDRESS:farida.chowdhury62@btinternet.com]]""",
    """APPLICATION FOR TEMPORARY RESIDENT VISA — summary
Family name: [[PERSON:Okafor]]   Given name(s): [[PERSON:Chinonso Emmanuel]]
Sex: M   Date of birth: [[DATE_TIME:1988-03-21]]   Place of birth: [[LOCATION:Enugu]], [[LOCATION:Nigeria]]
Citizenship: [[NRP:Nigerian]]   Passport no.: [[ID_NUMBER:B04718236]]   Expiry: 2031-07-14
UCI: [[ID_NUMBER:11-2847-6690]]
Purpose of visit: attend sister's graduation in [[LOCATION:Winnipeg]] on [[DATE_TIME:June 14, 2024]]
Host: [[PERSON:Adaeze Okafor]], [[ADDRESS:207-1550 Pembina Hwy]], [[LOCATION:Winnipeg]] [[LOCATION:MB]] [[ZIP_CODE:R3T 2E4]], [[PHONE_NUMBER:204-881-3407]]""",
    """PATIENT: Biscuit (canine, beagle, 6 yrs, neutered)
OWNER: [[PERSON:Tariq Haddad]]  •  [[ADDRESS:52 Wattle Grove]], [[LOCATION:Fitzroy North]] [[LOCATION:VIC]] [[ZIP_CODE:3068]]  •  [[PHONE_NUMBER:0402 118 745]]
Microchip: 956000012748391
Visit [[DATE_TIME:14/03/2024 10:40]] — vomiting x2 days, mild dehydration. Treated with SC fluids and maropitant. Recheck [[DATE_TIME:18/03/2024]].
Vet: [[PERSON:Dr. Anneliese Kruger]]
Client account: [[ID_NUMBER:C-20931]]   Paid: Mastercard ending 3387""",
    """WORKPLACE INCIDENT REPORT
Employee: [[PERSON:Rosa Maria Ferreira]]   Employee ID: [[ID_NUMBER:E-448102]]
Department: Warehouse / Inbound   Shift: nights
Date and time of incident: [[DATE_TIME:27 Feb 2024, 02:35]]
Description: pallet jack rolled over right foot near dock door 7; first aid given by [[PERSON:Kofi Mensah]].
Taken to A&E by [[PERSON:Sinead Kavanagh]], shift lead.
Home address: [[ADDRESS:41 Stenson Road]], [[LOCATION:Derby]] [[ZIP_CODE:DE23 1JB]]   Tel: [[PHONE_NUMBER:07932 604 118]]
RIDDOR reportable: Yes — ref 1447-2024-FT""",
    """BAIL DE LOGEMENT (extrait du formulaire obligatoire du Tribunal administratif du logement)
Locateur : [[PERSON:Normand Bélanger]], [[ADDRESS:77, rue Principale]], [[LOCATION:Saint-Jérôme]] ([[LOCATION:QC]]) [[ZIP_CODE:J7Z 1X4]], tél. [[PHONE_NUMBER:450 436-8812]]
Locataire : [[PERSON:Anne-Sophie Desrosiers]], courriel [[EMAIL_ADDRESS:as.desrosiers@gmail.com]]
Logement : [[ADDRESS:412, rue Labelle, app. 2]], [[LOCATION:Saint-Jérôme]] [[ZIP_CODE:J7Z 5L3]]
Durée : du [[DATE_TIME:1er juillet 2024]] au [[DATE_TIME:30 juin 2025]]
Loyer : 1 085 $ par mois, payable le premier jour de chaque mois par virement Interac.
Signé à [[LOCATION:Saint-Jérôme]], le [[DATE_TIME:12 mars 2024]].""",
    """DEMANDE D'INDEMNISATION — résumé du dossier
Accidenté : [[PERSON:Jean-François Tremblay]]
Date de naissance : [[DATE_TIME:1976-11-30]]
Numéro de permis de conduire : [[ID_NUMBER:T6514-301176-04]]
Date de l'accident : le [[DATE_TIME:8 janvier 2024 vers 7 h 20]]
Lieu : autoroute 40 Est, à la hauteur de [[LOCATION:Repentigny]]
Adresse : [[ADDRESS:95, montée des Arsenaux, app. 11]], [[LOCATION:Repentigny]] [[ZIP_CODE:J6A 7H2]]
Médecin traitant : [[TITLE:Dre]] [[PERSON:Mélanie Fortin]]
Indemnité versée au compte [[ID_NUMBER:815-30412-0048817]]""",
    """CONTRATO DE ARRENDAMIENTO (extracto)
En la ciudad de [[LOCATION:Guadalajara]], [[LOCATION:Jalisco]], a [[DATE_TIME:15 de enero de 2024]], comparecen por una parte la [[TITLE:Sra.]] [[PERSON:María Fernanda López Castañeda]], en lo sucesivo LA ARRENDADORA, quien se identifica con credencial para votar con clave de elector [[ID_NUMBER:LPCSMR91031414M700]], y por la otra el [[TITLE:Sr.]] [[PERSON:Héctor Iván Solís Navarro]], EL ARRENDATARIO, respecto del inmueble ubicado en [[ADDRESS:Av. Chapultepec Sur 318, depto. 5B]], Col. [[LOCATION:Americana]], C.P. [[ZIP_CODE:44160]]. La renta mensual de $14,500.00 se depositará en la cuenta CLABE [[ID_NUMBER:002320708877820998]] a nombre de la arrendadora.""",
    """IMSS — HOJA DE REFERENCIA
Derechohabiente: [[PERSON:Daniela Méndez Peralta]]   NSS: [[ID_NUMBER:43068863182]]   CURP: [[ID_NUMBER:MEPD880417MVZNRN00]]
Fecha de nacimiento: [[DATE_TIME:17/04/1988]]   Edad: [[AGE:35]] años
Domicilio: [[ADDRESS:Calle Mariano Abasolo 227]], Col. [[LOCATION:Centro]], [[LOCATION:Veracruz]], [[LOCATION:Ver.]], C.P. [[ZIP_CODE:91700]]
Unidad de origen: UMF No. 61, consultorio 4, turno matutino
Motivo: dolor abdominal recurrente; se refiere a Gastroenterología, HGZ No. 71.
Cita: [[DATE_TIME:miércoles 6 de marzo de 2024, 08:30 h]]
Médico: [[TITLE:Dra.]] [[PERSON:Alma Rosa Cházaro]], céd. prof. [[ID_NUMBER:7741902]]""",
    """GUEST INCIDENT REPORT
Guest: [[PERSON:Mr. Oyelaran Babatunde]]   Loyalty no.: [[ID_NUMBER:HH 771 048 295]]
Room: 1417   Stay: [[DATE_TIME:10 March 2024]] – [[DATE_TIME:14 March 2024]]   Confirmation: 88412093
Incident: guest reports a laptop missing from the room safe on [[DATE_TIME:12 March at approx. 16:00]]. Safe audit shows last opening at 14:52 with the guest PIN.
Guest contact: [[PHONE_NUMBER:+234 809 771 2043]]; [[EMAIL_ADDRESS:oyebabs@yahoo.co.uk]]
Home address: [[ADDRESS:Plot 22, Adetokunbo Ademola Crescent]], [[LOCATION:Wuse II]], [[LOCATION:Abuja]]
Reported to duty manager [[PERSON:Celeste Marchetti]]; police reference CAD 5571/12MAR.""",
    """[[PERSON:Marisol Quintanilla]]
[[ADDRESS:8805 Bellaire Blvd, Apt 214]]
[[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77036]]
[[DATE_TIME:March 4, 2024]]

Equifax Information Services LLC — Consumer Dispute Center

Re: Dispute of inaccurate information — SSN [[US_SSN:629-18-4402]], DOB [[DATE_TIME:08/30/1984]]

To whom it may concern: the collection account reported by Lone Star Recovery does not belong to me; I have never held an account with this creditor. Please investigate and delete it within 30 days as the FCRA requires. Enclosed: a copy of my Texas driver license ([[US_DRIVER_LICENSE:31847720]]) and a utility bill.
Sincerely, [[PERSON:Marisol Quintanilla]]""",
    """BENEFICIARY DESIGNATION FORM
Insured: [[PERSON:Bartholomew Okonjo-Reid]]   Policy: WL-00429917   DOB: [[DATE_TIME:7 Nov 1969]]
Primary beneficiary: [[PERSON:Imogen Okonjo-Reid]] (spouse), 100%, DOB [[DATE_TIME:19 Apr 1972]], SSN [[US_SSN:218-47-9930]]
Contingent beneficiaries: [[PERSON:Felix Okonjo-Reid]] (son, DOB [[DATE_TIME:2 Aug 2001]]) and [[PERSON:Ada Okonjo-Reid]] (daughter, DOB [[DATE_TIME:15 Dec 2004]]), 50% each
Mailing address: [[ADDRESS:3120 Wisconsin Ave NW, #608]], [[LOCATION:Washington]], [[LOCATION:DC]] [[ZIP_CODE:20016]]
Signature of owner: [[PERSON:B. Okonjo-Reid]]   Date: [[DATE_TIME:02/14/2024]]""",
    """NHS e-Referral — Advice & Guidance
Patient: [[PERSON:Gurpreet Singh Bhamra]]   NHS No: [[ID_NUMBER:581 690 7654]]   DOB: [[DATE_TIME:03-Oct-1955]] ([[AGE:68]] y)
Address: [[ADDRESS:117 Soho Road]], [[LOCATION:Handsworth]], [[LOCATION:Birmingham]] [[ZIP_CODE:B21 9ST]]
Referring GP: [[PERSON:Dr Helen Oyelowo]]
Query: raised PSA (6.2 ng/mL on [[DATE_TIME:19/01/2024]]); please advise on 2WW referral.
Religion (recorded for chaplaincy): [[NRP:Sikh]]
Preferred contact: [[PHONE_NUMBER:0121 554 8871]] (home)""",
    """VEHICLE DAMAGE REPORT — Rental Agreement RA 7734120
Renter: [[PERSON:Svetlana Kuznetsova-Price]]   DOB [[DATE_TIME:21/09/1987]]
Licence: [[ID_NUMBER:KUZNE859217SV9AB]] (GB)   Additional driver: [[PERSON:Owen Price]], licence [[ID_NUMBER:PRICE811050O99CD]]
Vehicle: VW Golf, reg [[ID_NUMBER:LK23 XTF]]; picked up at the [[LOCATION:Edinburgh]] airport branch [[DATE_TIME:09/02/2024 08:10]], returned [[DATE_TIME:12/02/2024 19:55]]
Damage: scuff to rear nearside bumper, 12 cm. Renter signature obtained. Card on file: Amex [[CREDIT_CARD:3749 646745 44056]]
Renter address: [[ADDRESS:26 Marchmont Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HF]]""",
    """SCHOOL ENROLLMENT — Grade 3
Student: [[PERSON:Mateo Alejandro Ruiz-Chen]]   DOB: [[DATE_TIME:2015-07-09]]   Age: [[AGE:8]]
District student ID: [[ID_NUMBER:S0047719]]
Parent/guardian 1: [[PERSON:Valeria Ruiz]], cell [[PHONE_NUMBER:(503) 771-0924]], [[EMAIL_ADDRESS:vruiz.pdx@gmail.com]]
Parent/guardian 2: [[PERSON:Kevin Chen]], cell [[PHONE_NUMBER:(503) 771-4480]]
Home address: [[ADDRESS:6215 SE Woodstock Blvd]], [[LOCATION:Portland]], [[LOCATION:OR]] [[ZIP_CODE:97206]]
Languages at home: Spanish, English, Mandarin
Allergies: tree nuts (EpiPen kept in the office)
First day: [[DATE_TIME:Tuesday, September 3]]""",
    """PATIENT ACCOUNT STATEMENT
Guarantor: [[PERSON:Haruka Matsumoto-Lee]]   Account #: [[ID_NUMBER:40017728834]]
Patient: [[PERSON:Ethan Matsumoto-Lee]]   Date of service: [[DATE_TIME:01/08/2024]]
Insurance: BlueShield PPO, member ID [[ID_NUMBER:XJH884710293]], group 00471
Balance due: $312.40 — pay online or mail a check to the address on the reverse.
Guarantor address: [[ADDRESS:1440 Kapiolani Blvd, Apt 2803]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96814]]""",
    """LOAN APPLICATION FORM — SACCO
Member name: [[PERSON:Otieno Odhiambo Brian]]   Member no.: [[ID_NUMBER:KS-10472]]
National ID: [[ID_NUMBER:31027764]]   KRA PIN: [[ID_NUMBER:A012847733Q]]
Date of birth: [[DATE_TIME:04/04/1990]]   Mobile: [[PHONE_NUMBER:+254 711 204 893]]
Employer: Lakeview Medical Centre (Clinical Officer)
Residence: [[LOCATION:Milimani]] estate, [[LOCATION:Kisumu]]; postal address [[ADDRESS:P.O. Box 2291]]-[[ZIP_CODE:40100]], [[LOCATION:Kisumu]]
Guarantors: [[PERSON:Akinyi Achieng]] (member no. [[ID_NUMBER:KS-09815]]) and [[PERSON:Mwangi Njoroge]] (member no. [[ID_NUMBER:KS-11102]])
Amount applied for: KES 350,000 over 36 months""",
    """{
  "customer_id": "[[ID_NUMBER:CUST-00918273]]",
  "first_name": "[[PERSON:Aaliyah]]",
  "last_name": "[[PERSON:Washington-Boyd]]",
  "dob": "[[DATE_TIME:1995-02-11]]",
  "email": "[[EMAIL_ADDRESS:aaliyah.wb@protonmail.com]]",
  "phone": "[[PHONE_NUMBER:+1-404-771-2290]]",
  "address": {"street": "[[ADDRESS:915 Ponce De Leon Ave NE]]", "unit": "[[ADDRESS:Apt 4C]]", "city": "[[LOCATION:Atlanta]]", "state": "[[LOCATION:GA]]", "zip": "[[ZIP_CODE:30306]]"},
  "ssn_last4": "0917",
  "card": {"number": "[[CREDIT_CARD:4060071117454108]]", "exp": "04/28", "cvv": "771"},
  "created_at": "2023-11-02T14:20:11Z",
  "marketing_opt_in": false
}""",
    """2024-03-11T08:14:22.117Z INFO auth.login success user_id=[[ID_NUMBER:u_55102]] username=[[USERNAME:mfernandes77]] email=[[EMAIL_ADDRESS:marta.fernandes@sapo.pt]] ip=[[IP_ADDRESS:85.240.17.96]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"
2024-03-11T08:14:25.402Z WARN payments.card_update user_id=[[ID_NUMBER:u_55102]] card=****-****-****-9912 reason=avs_mismatch postcode_given=[[ZIP_CODE:4450-208]]
2024-03-11T08:15:03.889Z INFO profile.update user_id=[[ID_NUMBER:u_55102]] field=phone old=[[PHONE_NUMBER:+351 912 447 083]] new=[[PHONE_NUMBER:+351 934 108 552]]
2024-03-11T08:15:04.010Z DEBUG cache.flush keys=42 took_ms=3""",
    """INSERT INTO patients (patient_id, first_name, last_name, dob, sex, phone, email, address_line1, city, province, postal_code, health_card_no) VALUES
  ([[ID_NUMBER:10482]], '[[PERSON:Oluwadamilare]]', '[[PERSON:Adeyinka]]', '[[DATE_TIME:1979-06-30]]', 'M', '[[PHONE_NUMBER:647-555-0183]]', '[[EMAIL_ADDRESS:dami.adeyinka@rogers.com]]', '[[ADDRESS:1187 Dufferin St]]', '[[LOCATION:Toronto]]', '[[LOCATION:ON]]', '[[ZIP_CODE:M6H 2X1]]', '[[ID_NUMBER:6003-720-932-AB]]'),
  ([[ID_NUMBER:10483]], '[[PERSON:Mei Ling]]', '[[PERSON:Chow]]', '[[DATE_TIME:1951-01-17]]', 'F', '[[PHONE_NUMBER:905-882-4137]]', NULL, '[[ADDRESS:42 Bayview Fairways Dr]]', '[[LOCATION:Thornhill]]', '[[LOCATION:ON]]', '[[ZIP_CODE:L3T 2Y8]]', '[[ID_NUMBER:9746-083-550-MC]]');""",
    """<HotelReservation ResStatus="Commit">
  <UniqueID Type="14" ID="HX7731920"/>
  <Guest>
    <PersonName><NamePrefix>[[TITLE:Dr]]</NamePrefix><GivenName>[[PERSON:Ingrid]]</GivenName><Surname>[[PERSON:Solberg-Haugen]]</Surname></PersonName>
    <Telephone PhoneNumber="[[PHONE_NUMBER:+47 922 81 446]]"/>
    <Email>[[EMAIL_ADDRESS:ingrid.solberg@online.no]]</Email>
    <Address><AddressLine>[[ADDRESS:Thereses gate 41]]</AddressLine><CityName>[[LOCATION:Oslo]]</CityName><PostalCode>[[ZIP_CODE:0168]]</PostalCode><CountryName Code="NO">[[LOCATION:Norway]]</CountryName></Address>
    <CustLoyalty ProgramID="RWD" MembershipID="[[ID_NUMBER:RW2204718836]]"/>
  </Guest>
  <RoomStay><TimeSpan Start="[[DATE_TIME:2024-05-16]]" End="[[DATE_TIME:2024-05-19]]"/><RoomType>KING-CITY</RoomType><Rate>189.00 EUR</Rate></RoomStay>
  <Guarantee><PaymentCard CardCode="MC" CardNumber="[[CREDIT_CARD:5128226799436180]]" ExpireDate="0927" SeriesCode="118"/></Guarantee>
</HotelReservation>""",
    """# deploy/prod/oncall.yaml
service: booking-api
version: 4.12.7
region: ap-southeast-2
oncall:
  primary:
    name: [[PERSON:Tevita Fifita]]
    phone: "[[PHONE_NUMBER:+64 27 448 1902]]"
    email: [[EMAIL_ADDRESS:tevita.fifita@kiwitrip.co.nz]]
    slack: "@[[USERNAME:tfifita]]"
  secondary:
    name: [[PERSON:Mereana Walker]]
    phone: "[[PHONE_NUMBER:+64 21 903 377]]"
    email: [[EMAIL_ADDRESS:mereana.walker@kiwitrip.co.nz]]
    slack: "@[[USERNAME:mereana.w]]"
escalation_mailbox: incidents@kiwitrip.co.nz
db:
  host: pg-prod-01.internal
  user: booking_rw
  password: "R3d!Kowhai#22\"""",
    """def test_refund_to_iban():
    customer = Customer(
        full_name="[[PERSON:Corinne Blaser-Imhof]]",
        email="[[EMAIL_ADDRESS:corinne.blaser@bluewin.ch]]",
        iban="[[IBAN_CODE:CH86 0023 0396 0177 3076 2]]",
        phone="[[PHONE_NUMBER:+41 79 412 88 03]]",
        birth_date="[[DATE_TIME:1983-09-14]]",
        ahv="[[ID_NUMBER:756.4471.2093.15]]",
    )
    refund = issue_refund(customer, amount=Decimal("240.00"), currency="CHF")
    assert refund.status == "queued"
    assert refund.reference.startswith("RF-")""",
    """Ticket SR-2024-114873
Priority: High | Channel: web form
Submitted by: [[PERSON:Kiran Patel-Okoye]] <[[EMAIL_ADDRESS:kiran.po@hey.com]]>
Phone: [[PHONE_NUMBER:07488 201 557]]
Account number: [[ID_NUMBER:70019283]]
Subject: Locked out of online banking after SIM swap
Description: Since my number was ported to a new network on [[DATE_TIME:26/02]] I can't receive OTPs. I've verified with my date of birth ([[DATE_TIME:11/07/1990]]) and the last four of my card (2163) but the app still says "device not recognised". Please call me after 5pm.""",
    """{
  "recordLocator": "QX7H2L",
  "passengers": [
    {"paxId": 1, "title": "[[TITLE:MR]]", "firstName": "[[PERSON:ARJUN]]", "lastName": "[[PERSON:MEHROTRA]]", "dob": "[[DATE_TIME:1984-12-02]]", "ffn": {"airline": "AI", "number": "[[ID_NUMBER:2938847710]]"}, "passport": {"number": "[[ID_NUMBER:Z4418293]]", "nationality": "[[NRP:IND]]", "expiry": "2032-05-30"}},
    {"paxId": 2, "title": "[[TITLE:MRS]]", "firstName": "[[PERSON:NANDINI]]", "lastName": "[[PERSON:MEHROTRA]]", "dob": "[[DATE_TIME:1987-07-19]]", "ffn": null, "passport": {"number": "[[ID_NUMBER:Z5107736]]", "nationality": "[[NRP:IND]]", "expiry": "2031-11-08"}}
  ],
  "segments": [{"flight": "AI 131", "from": "BOM", "to": "LHR", "departure": "[[DATE_TIME:2024-06-02T02:10]]", "cabin": "Y"}],
  "contact": {"email": "[[EMAIL_ADDRESS:arjun.mehrotra@gmail.com]]", "mobile": "[[PHONE_NUMBER:+919820447712]]"},
  "ticketing": {"status": "TKTD", "tkt": ["0982401187733", "0982401187734"]}
}""",
    """[[IP_ADDRESS:73.162.88.14]] - [[USERNAME:rkowalczyk]] [11/Mar/2024:09:41:07 +0000] "GET /account/statements?acct=[[ID_NUMBER:88120443]] HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"
[[IP_ADDRESS:73.162.88.14]] - [[USERNAME:rkowalczyk]] [11/Mar/2024:09:41:19 +0000] "POST /account/profile HTTP/1.1" 302 0 "https://bank.example/account" "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"
[[IP_ADDRESS:2600:1700:3ec0:8e10:9c41:22ff:fe0b:71a4]] - [[USERNAME:tbanda]] [11/Mar/2024:09:42:55 +0000] "GET /account/cards HTTP/1.1" 200 1877 "-" "Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X) AppleWebKit/605.1.15" rt=0.041""",
    r"""MSH|^~\&|EPIC|KAPIOLANI|LAB|KAP|20240307101522||ADT^A04|MSG00412|P|2.5
PID|1||[[ID_NUMBER:MRN448201]]^^^KMC^MR||[[PERSON:Nakamura]]^[[PERSON:Kenji]]^[[PERSON:T]]||[[DATE_TIME:19620815]]|M|||[[ADDRESS:2210 Keeaumoku St]]^[[ADDRESS:Apt 5]]^[[LOCATION:Honolulu]]^[[LOCATION:HI]]^[[ZIP_CODE:96826]]||[[PHONE_NUMBER:(808)555-0172]]|||||[[ID_NUMBER:ACCT99120]]|[[US_SSN:530-22-8741]]
NK1|1|[[PERSON:Nakamura]]^[[PERSON:Aiko]]|SPO|||[[PHONE_NUMBER:(808)555-0139]]
PV1|1|O|ENDO^204^1||||[[ID_NUMBER:1184]]^[[PERSON:Kealoha]]^[[PERSON:Malia]]^^^[[TITLE:Dr]]""",
    """From: "[[PERSON:Fatima Zahra Benali]]" <[[EMAIL_ADDRESS:fz.benali@gmail.com]]>
To: hr@northwind-logistics.com
Subject: Sick leave — [[PERSON:Fatima Benali]] ([[ID_NUMBER:EMP-20417]])

Hello,
I won't be able to come in from [[DATE_TIME:Monday 4 March]] until [[DATE_TIME:Friday 8 March]]; my GP, [[PERSON:Dr. Kowalski]], has signed me off (fit note attached). My manager [[PERSON:Stuart]] knows. In an emergency you can reach my husband [[PERSON:Youssef]] on [[PHONE_NUMBER:07911 328 640]].
Thanks, [[PERSON:Fatima]]""",
    """{"no_client": "[[ID_NUMBER:QC-558201]]", "prenom": "[[PERSON:Émilie]]", "nom": "[[PERSON:Gagnon-Roy]]", "date_naissance": "[[DATE_TIME:1990-04-22]]", "nas": "[[ID_NUMBER:734 869 035]]", "adresse": "[[ADDRESS:5870, avenue Christophe-Colomb]]", "ville": "[[LOCATION:Montréal]]", "province": "[[LOCATION:QC]]", "code_postal": "[[ZIP_CODE:H2S 2G3]]", "telephone": "[[PHONE_NUMBER:438-771-0294]]", "courriel": "[[EMAIL_ADDRESS:emilie.gagnonroy@hotmail.ca]]", "langue": "fr", "consentement_marketing": false, "segment": "particulier"}""",
    """INSERT INTO clientes (id_cliente, nombre, apellido_paterno, apellido_materno, curp, rfc, telefono, correo, calle, numero_ext, colonia, municipio, estado, cp, creado_en)
VALUES ('[[ID_NUMBER:C-77120]]', '[[PERSON:Guadalupe]]', '[[PERSON:Hernández]]', '[[PERSON:Ruiz]]', '[[ID_NUMBER:HERG020721MNLRZDA0]]', '[[ID_NUMBER:HERG020721KT7]]', '[[PHONE_NUMBER:81 1447 2093]]', '[[EMAIL_ADDRESS:lupita.hdz.ruiz@gmail.com]]', '[[ADDRESS:Calle Padre Mier]]', '[[ADDRESS:1120]]', '[[LOCATION:Obispado]]', '[[LOCATION:Monterrey]]', '[[LOCATION:Nuevo León]]', '[[ZIP_CODE:64060]]', '2024-01-09 10:14:33');""",
    """Could [[PERSON:Aurelio Bianchi-Nakagawa]], our Customer Integration Architect, confirm that the refund for order 77-AX-1029 went to the Mastercard [[CREDIT_CARD:5342 7725 4396 3482]] and not to his old Maestro? He asked us to reply to [[EMAIL_ADDRESS:aurelio.bn@fastmail.com]] or text [[PHONE_NUMBER:+44 7723 190 442]]; he is working from home at [[ADDRESS:14 Elmhurst Road]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 5HY]] until the [[DATE_TIME:21st of March]].""",
    """[[PERSON:Mrs. Gwendolyn Achterberg]], the [[AGE:58]]-year-old Legacy Accounts Producer, reports that her car (plate [[ID_NUMBER:WP19 KHV]]) was clamped outside [[ADDRESS:63 Clarendon Park Road]], [[LOCATION:Leicester]] on [[DATE_TIME:Wednesday 6 March]]. She filed the appeal from [[IP_ADDRESS:86.14.203.77]] and asks that the £120 be returned to account [[ID_NUMBER:31926804]] (sort code 60-16-13).""",
    """Name: [[PERSON:Kai Tanaka-Morrison]] | Pronouns: they/them | Gender: non-binary | DOB: [[DATE_TIME:Aug 29 2000]] | Job area: Tactics | Job type: Coordinator | Email: [[EMAIL_ADDRESS:kai.tm@icloud.com]] | Phone: [[PHONE_NUMBER:+1 (206) 418-7730]] | Street: [[ADDRESS:4127 Fremont Ave N]] | City: [[LOCATION:Seattle]] | State: [[LOCATION:WA]] | ZIP: [[ZIP_CODE:98103]] | Account: [[ID_NUMBER:58810229473]] | Card: [[CREDIT_CARD:2221438565377992]] | CVV: 404 | IP: [[IP_ADDRESS:24.18.221.90]]""",
    """RENTAL CONFIRMATION — Reservation 4418-KX-22
Driver: [[PERSON:Marcus Oyelaran-Teague]]   Age at rental: [[AGE:24]] (young driver surcharge applies)
Pick-up: [[DATE_TIME:Fri, Apr 12, 2024 10:00 AM]] — DEN airport counter, [[LOCATION:Denver]]
Return: [[DATE_TIME:Mon, Apr 15, 2024 6:00 PM]] — same location
Class: Intermediate SUV (Ford Escape or similar)
Driver license: [[US_DRIVER_LICENSE:21-447-9031]] ([[LOCATION:Colorado]])
Payment: Visa [[CREDIT_CARD:4202-0928-7038-6328]]
Loyalty #: [[ID_NUMBER:GC88401772]]
Mobile: [[PHONE_NUMBER:720-914-3307]]""",
    """Customer Relations — Delayed Baggage
File reference: LHRBA81472
Passenger: [[PERSON:Mr Emeka Nwachukwu]]
Flight: BA 75 [[LOCATION:Lagos]]–[[LOCATION:London]] on [[DATE_TIME:28 February 2024]]
Bag tag: BA419227
Delivery address: [[ADDRESS:Flat 9, Beaumont Court, 38 Upper Clapton Road]], [[LOCATION:London]] [[ZIP_CODE:E5 8BQ]]
Contact: [[PHONE_NUMBER:+44 7456 003 918]], [[EMAIL_ADDRESS:emeka.nwachukwu@outlook.com]]
Executive Club no.: [[ID_NUMBER:71882049]]
Contents: navy Samsonite, 23 kg, clothing, gifts, a framed photo.""",
    """ACCOUNT OPENING — INDIVIDUAL
Surname: [[PERSON:Adebayo]]  First name: [[PERSON:Temitope]]  Other names: [[PERSON:Folasade]]
Title: [[TITLE:Miss]]  Date of birth: [[DATE_TIME:14-09-1996]]  State of origin: [[LOCATION:Ogun]]
BVN: [[ID_NUMBER:22184790533]]  NIN: [[ID_NUMBER:71930448216]]
Residential address: [[ADDRESS:No. 7, Oduduwa Crescent]], [[LOCATION:GRA]], [[LOCATION:Ikeja]], [[LOCATION:Lagos State]]
Phone: [[PHONE_NUMBER:0816 304 9921]]  Email: [[EMAIL_ADDRESS:temifolasade@gmail.com]]
Occupation: Pharmacist  Religion: [[NRP:Christian]]
Next of kin: [[PERSON:Olumide Adebayo]] (brother), [[PHONE_NUMBER:0703 118 4470]]""",
    """{"event":"booking.created","booking_ref":"HTL-5520917","guest":{"name":"[[PERSON:Chloé Martin-Dubois]]","email":"[[EMAIL_ADDRESS:chloe.mdubois@free.fr]]","phone":"[[PHONE_NUMBER:+33 6 12 48 90 37]]"},"hotel":"Sea View Lodge","checkin":"[[DATE_TIME:2024-07-08]]","checkout":"[[DATE_TIME:2024-07-12]]","card_last4":"7504"}
{"event":"booking.modified","booking_ref":"HTL-5520917","guest":{"name":"[[PERSON:Chloé Martin-Dubois]]"},"checkout":"[[DATE_TIME:2024-07-13]]","by":"guest"}
{"event":"refund.issued","booking_ref":"HTL-5520917","amount":94.50,"currency":"EUR","iban":"[[IBAN_CODE:FR76 1027 8060 4182 1018 2731 875]]","holder":"[[PERSON:C. Martin-Dubois]]"}""",
    """<employee id="[[ID_NUMBER:E10293]]">
  <name><first>[[PERSON:Ravindra]]</first><middle>[[PERSON:K.]]</middle><last>[[PERSON:Jayasuriya]]</last></name>
  <dob>[[DATE_TIME:1977-03-25]]</dob>
  <ssn>[[US_SSN:318-40-2276]]</ssn>
  <address>
    <line1>[[ADDRESS:770 Castro St]]</line1>
    <line2>[[ADDRESS:Unit 12]]</line2>
    <city>[[LOCATION:Mountain View]]</city><state>[[LOCATION:CA]]</state><zip>[[ZIP_CODE:94041]]</zip>
  </address>
  <hireDate>[[DATE_TIME:2016-08-01]]</hireDate>
  <title>Staff Reliability Engineer</title>
  <manager ref="[[ID_NUMBER:E10011]]">[[PERSON:Deborah Klein]]</manager>
  <salary currency="USD">198400</salary>
</employee>""",
    """# .env.staging — DO NOT COMMIT
APP_ADMIN_NAME="[[PERSON:Oksana Hrytsenko]]"
APP_ADMIN_EMAIL=[[EMAIL_ADDRESS:oksana.hrytsenko@ukr.net]]
APP_ADMIN_PHONE=[[PHONE_NUMBER:+380 67 412 9083]]
SMTP_HOST=smtp.mailgun.org
SMTP_PASSWORD=gT7#pq!2aaW
SUPPORT_LINE=+1 800 468 2290
ALLOWED_ADMIN_IPS=[[IP_ADDRESS:91.196.44.12]],[[IP_ADDRESS:91.196.44.13]]
SENTRY_DSN=https://7f3c2a91b0e4@o44812.ingest.sentry.io/550192
FEATURE_FLAGS=new_checkout,loyalty_v2""",
    """GYM MEMBERSHIP AGREEMENT
Member: [[PERSON:Aiyana Redcloud]]   Member no.: [[ID_NUMBER:FL-0028817]]   Date of birth: [[DATE_TIME:03/17/1992]]
Address: [[ADDRESS:2640 Central Ave SE, Apt 7]], [[LOCATION:Albuquerque]], [[LOCATION:NM]] [[ZIP_CODE:87106]]
Start date: [[DATE_TIME:March 1, 2024]]   Plan: Anytime 12-month, $39.99/mo
Billing: checking account [[ID_NUMBER:000918472261]], routing 107002312
Emergency contact: [[PERSON:Joseph Redcloud]], [[PHONE_NUMBER:505-412-7788]]
Member signature: [[PERSON:A. Redcloud]]   Club manager: [[PERSON:Trent Vasquez]]""",
    """Mar 12 06:58:41 vpn-gw01 charon: 14[IKE] <ikev2-eap|8812> EAP-MSCHAPv2 authentication of '[[USERNAME:a.oduya]]' successful, peer [[IP_ADDRESS:197.232.61.140]]
Mar 12 06:58:41 vpn-gw01 charon: 14[IKE] <ikev2-eap|8812> assigning virtual IP [[IP_ADDRESS:10.66.0.23]] to peer '[[USERNAME:a.oduya]]'
Mar 12 06:58:42 vpn-gw01 dhcpd: DHCPACK on [[IP_ADDRESS:10.66.0.23]] to 5c:e9:1e:40:a2:7b (LAPTOP-7F3K2) via tun0
Mar 12 07:31:09 vpn-gw01 charon: 09[IKE] <ikev2-eap|8813> EAP-MSCHAPv2 authentication of '[[USERNAME:pwambui]]' failed, peer [[IP_ADDRESS:41.90.188.7]]""",
    """Kindly note that the Forward Intranet Producer, [[PERSON:Ms. Valentina Oyarzún]], has changed her residential address to [[ADDRESS:18 Acacia Avenue, Apartment 5]], [[LOCATION:Randburg]], [[ZIP_CODE:2194]] with effect from [[DATE_TIME:1 April 2024]]. Her new contact is [[PHONE_NUMBER:+27 83 440 1926]]. The relocation allowance of R18,000 will be paid to account [[ID_NUMBER:1187 442 903]], and her old Visa [[CREDIT_CARD:4082 8824 8912 3426]] should be removed from the travel portal.""",
    """PRE-APPROVAL LETTER
[[DATE_TIME:February 27, 2024]]
[[PERSON:Tomás Echeverría]] and [[PERSON:Sun-hee Echeverría]]
[[ADDRESS:5519 N Lakewood Ave, Unit 3]]
[[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60640]]
Dear [[PERSON:Mr. Echeverría]] and [[PERSON:Mrs. Echeverría]],
Based on the information you provided, you are pre-approved for a 30-year fixed mortgage of up to $465,000. This pre-approval is valid for 90 days and assumes a purchase price of $520,000 and a credit score above 720 (borrower SSN [[US_SSN:327-55-0194]]).
Your loan officer is [[PERSON:Denise Whitlock]], NMLS [[ID_NUMBER:1447203]], [[PHONE_NUMBER:(312) 663-0418]].""",
    """JUROR SUMMONS — PLEASE RESPOND WITHIN 10 DAYS
Juror number: [[ID_NUMBER:2024-041877]]
[[PERSON:Precious Nyambura Githinji]]
[[ADDRESS:1402 W Cermak Rd, Apt 1R]]
[[LOCATION:Chicago]] [[LOCATION:IL]] [[ZIP_CODE:60608]]
You are summoned to appear for jury service on [[DATE_TIME:Monday, May 6, 2024 at 8:30 a.m.]] at the courthouse. If you are not a U.S. citizen, or have a disability that prevents service, complete the enclosed questionnaire. Call 312-603-5939 (Jury Administration) with questions.""",
    """{
  "claimId": "CLM-2024-0418830",
  "member": {"memberId": "[[ID_NUMBER:W448201937]]", "name": {"given": "[[PERSON:Dolores]]", "family": "[[PERSON:Castellanos-Webb]]"}, "birthDate": "[[DATE_TIME:1959-10-02]]", "gender": "female"},
  "provider": {"npi": "[[ID_NUMBER:1488273065]]", "name": "[[PERSON:Dr. Hamid Rezaei]]", "taxonomy": "207RC0000X"},
  "serviceDate": "[[DATE_TIME:2024-02-14]]",
  "diagnosis": ["I48.91", "E11.9"],
  "procedures": [{"cpt": "93000", "charge": 85.00}, {"cpt": "99214", "charge": 210.00}],
  "status": "PENDED",
  "submittedAt": "2024-02-16T09:01:55Z"
}""",
    """Bug #4471 — Checkout crash when postcode contains a space
Reporter: [[PERSON:Ruairí Mac Giolla Phádraig]] ([[EMAIL_ADDRESS:ruairi.macgp@gmail.com]])
Steps: 1) log in as [[USERNAME:ruairi_mgp]]; 2) add any item; 3) enter billing postcode [[ZIP_CODE:H91 E2K3]]; 4) click Pay.
Expected: payment page. Actual: HTTP 500.
Stack trace (trimmed):
  File "checkout/views.py", line 212, in pay
    addr = normalise_postcode(form.cleaned_data["postcode"])
  ValueError: invalid literal for int() with base 10: '[[ZIP_CODE:H91 E2K3]]'
Customer record: id=[[ID_NUMBER:884120]], phone=[[PHONE_NUMBER:+353 87 204 6618]]""",
    """Hi team, quick flag on the Galway booking. [[PERSON:Ms. Aoife Brennan-Walsh]] (DOB [[DATE_TIME:04/02/1989]]) called from [[PHONE_NUMBER:087 331 4092]] to say the Visa [[CREDIT_CARD:4606 9551 4502 2922]] we have on file was cancelled; she'd like the balance taken from her Revolut instead, [[IBAN_CODE:IE64IPBS99060214395373]]. Her PPSN for the tax receipt is [[ID_NUMBER:1187345CA]]. Room 12, arriving [[DATE_TIME:Friday 19 April]], departing [[DATE_TIME:Sunday 21 April]].""",
    """INCIDENT REPORT — Constable [[PERSON:A. Sithole]], Badge [[ID_NUMBER:44817]]
Date/time reported: [[DATE_TIME:2024-03-09 21:40]]
Complainant: [[PERSON:Nomvula Zungu]], ID [[ID_NUMBER:7502036602082]], cell [[PHONE_NUMBER:071 552 0034]]
Address: [[ADDRESS:118 Florida Road]], [[LOCATION:Morningside]], [[LOCATION:Durban]], [[ZIP_CODE:4001]]
Summary: complainant states that at approx. 19:15 an unknown male snatched her handbag containing her smart ID card and a Capitec card near the corner of Florida Road and Sandile Thusi Road. Suspect: male, approx. 25 years, grey hoodie. CAS 211/03/2024 opened.""",
    """query GetTraveller { traveller(id: "[[ID_NUMBER:T-88420]]") { ... } }
--- response ---
{
  "data": {
    "traveller": {
      "id": "[[ID_NUMBER:T-88420]]",
      "fullName": "[[PERSON:Hoang Minh Chau]]",
      "birthDate": "[[DATE_TIME:1993-05-27]]",
      "knownTravelerNumber": "[[ID_NUMBER:158204473]]",
      "passport": {"number": "[[US_PASSPORT:647218053]]", "country": "USA"},
      "emails": ["[[EMAIL_ADDRESS:chau.hoang93@gmail.com]]", "[[EMAIL_ADDRESS:mhoang@sfsu.edu]]"],
      "homeAirport": "SFO",
      "seatPreference": "AISLE"
    }
  }
}""",
    """GUEST FOLIO — copy
Guest name: [[PERSON:Siti Nurhaliza binti Abdullah]]   Room 0812   Arrival [[DATE_TIME:03/03/2024]]   Departure [[DATE_TIME:06/03/2024]]
Address: [[ADDRESS:No. 21, Jalan SS 2/64]], [[ZIP_CODE:47300]] [[LOCATION:Petaling Jaya]], [[LOCATION:Selangor]]
NRIC/Passport: [[ID_NUMBER:910418-10-5526]]
Mobile: [[PHONE_NUMBER:+60 12-448 7021]]
03/03 Room charge RM 420.00
04/03 Room charge RM 420.00; Laundry RM 38.00
05/03 Room charge RM 420.00; In-room dining RM 112.50
Settled: Mastercard [[CREDIT_CARD:5446 9813 3216 3387]]   Cashier: [[PERSON:Farid]]""",
    """RP/LON1A0955/LON1A0955            AA/SU  10MAR24/1422Z   Y7QK2M
  1.[[PERSON:KOWALSKA]]/[[PERSON:AGNIESZKA]] [[TITLE:MRS]]   2.[[PERSON:KOWALSKI]]/[[PERSON:JAN]] [[TITLE:MSTR]](CHD/[[DATE_TIME:12MAR16]])
  3  LO 280 Y [[DATE_TIME:14JUN]] 5 WAWLHR HK2  0710 0855  E  LO/Y7QK2M
  4 AP [[PHONE_NUMBER:+48 601 448 213]]
  5 APE [[EMAIL_ADDRESS:agnieszka.kowalska@wp.pl]]
  6 SSR DOCS LO HK1 P/POL/[[ID_NUMBER:EM4418207]]/[[NRP:POL]]/[[DATE_TIME:03MAY85]]/F/22AUG31/[[PERSON:KOWALSKA]]/[[PERSON:AGNIESZKA]]/P1
  7 SSR DOCS LO HK1 P/POL/[[ID_NUMBER:EN0917724]]/[[NRP:POL]]/[[DATE_TIME:12MAR16]]/M/09JAN29/[[PERSON:KOWALSKI]]/[[PERSON:JAN]]/P2
  8 FP CCVI[[CREDIT_CARD:4106556950107504]]/0927
  9 TK OK10MAR/LON1A0955""",
    """GET /v2/rentals/RNT-771203 200 OK
{
  "rentalId": "RNT-771203",
  "status": "ON_RENT",
  "primaryDriver": {"firstName": "[[PERSON:Oluwatobi]]", "lastName": "[[PERSON:Bankole]]", "licence": {"number": "[[ID_NUMBER:BANKO904220OT9LM]]", "country": "GB", "points": 3}, "dob": "[[DATE_TIME:1990-04-22]]"},
  "vehicle": {"plate": "[[ID_NUMBER:YD72 MKE]]", "make": "Kia", "model": "Niro EV", "vin": "KNACC81GFN5112098"},
  "pickup": {"branch": "MAN-T2", "at": "[[DATE_TIME:2024-03-14T09:20:00Z]]"},
  "dropoff": {"branch": "MAN-T2", "due": "[[DATE_TIME:2024-03-18T09:20:00Z]]"},
  "payment": {"type": "card", "last4": "3163", "preauth": 450.00}
}""",
    """LOST PROPERTY / BAGGAGE CLAIM — supplementary form
Claimant: [[PERSON:Anjali Ramasubramanian]]   Frequent flyer no.: [[ID_NUMBER:QF 1882 0471]]
Flights: QF 1 [[LOCATION:Sydney]]–[[LOCATION:Singapore]]–[[LOCATION:London]], departed [[DATE_TIME:3 March 2024]]
Items not returned: Sony camera (serial 4471029), prescription glasses, saree (silk)
Home address: [[ADDRESS:Unit 4, 17 Station Street]], [[LOCATION:Wentworthville]] [[LOCATION:NSW]] [[ZIP_CODE:2145]]
Medicare card: [[ID_NUMBER:2948 17366 1]] (for the optometrist receipt)
Preferred payment: BSB 062-000, account [[ID_NUMBER:1472 0038]]
Declared: [[DATE_TIME:25/03/2024]], signature [[PERSON:A. Ramasubramanian]]""",
    """[JIRA] (HRSUP-2291) Update emergency contact — [[PERSON:Bilal Hussain]]
Reporter: [[PERSON:Bilal Hussain]] <[[EMAIL_ADDRESS:bilal.hussain@tidewaterbio.com]]>
Assignee: [[PERSON:Grace O'Donnell]]
Description:
Please replace my emergency contact ([[PERSON:Samina Hussain]], [[PHONE_NUMBER:0161 224 7719]]) with my partner, [[PERSON:Zoe Whitfield]], mobile [[PHONE_NUMBER:07789 445 102]], address [[ADDRESS:22 Mauldeth Road]], [[LOCATION:Withington]], [[LOCATION:Manchester]] [[ZIP_CODE:M20 4NF]]. Employee number [[ID_NUMBER:TB-00781]].
Labels: hr, personal-data   Priority: Low""",
    """badge_id,holder,door,event,ts
[[ID_NUMBER:B-20041]],[[PERSON:Yerlan Abenov]],LAB-2 EAST,GRANTED,2024-03-05 07:41:12
[[ID_NUMBER:B-20041]],[[PERSON:Yerlan Abenov]],SERVER ROOM,DENIED,2024-03-05 07:43:55
[[ID_NUMBER:B-19877]],[[PERSON:Mahalia Greenidge]],MAIN LOBBY,GRANTED,2024-03-05 07:52:03
[[ID_NUMBER:B-20310]],[[PERSON:Ioana Dumitrescu]],LAB-2 EAST,GRANTED,2024-03-05 08:05:40""",
    """ENDURING POWER OF ATTORNEY (extract)
I, [[PERSON:Walter Hemi Ngata]], born [[DATE_TIME:11 June 1941]], of [[ADDRESS:9 Pōhutukawa Place]], [[LOCATION:Whakatāne]] [[ZIP_CODE:3120]], appoint my daughter [[PERSON:Ripeka Ngata-Moore]], of [[ADDRESS:45B Ōtūmoetai Road]], [[LOCATION:Tauranga]], to be my attorney in relation to my property.
Signed by the donor on [[DATE_TIME:20 February 2024]] in the presence of [[PERSON:Graham Letts]], solicitor, [[LOCATION:Whakatāne]].
Donor's NHI: [[ID_NUMBER:ZAC5361]]""",
    """New device registered to [[PERSON:Hyun-woo Park]]'s account ([[EMAIL_ADDRESS:hwpark@naver.com]]): iPhone 15 Pro, MAC 8C:86:1E:A2:44:F0, IMEI 356789104417238, first seen from [[IP_ADDRESS:2001:4860:7:60e::1b]] and [[IP_ADDRESS:121.134.77.201]] on [[DATE_TIME:Sun 10 Mar 2024 23:04 KST]]. Korean resident registration number withheld; phone [[PHONE_NUMBER:+82 10-4418-2093]].""",
    """- hosts: bastion
  vars:
    admin_users:
      - name: [[USERNAME:dmbeki]]
        gecos: "[[PERSON:Dumisani Mbeki]]"
        email: [[EMAIL_ADDRESS:dumisani.mbeki@karoo-cloud.co.za]]
        ssh_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIL7q1mN0w9cFz2bQ dmbeki@laptop"
      - name: [[USERNAME:lvanzyl]]
        gecos: "[[PERSON:Liesl van Zyl]]"
        email: [[EMAIL_ADDRESS:liesl.vanzyl@karoo-cloud.co.za]]
        ssh_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB3kT9s0Xq lvanzyl@workstation"
    allow_from: ["[[IP_ADDRESS:196.21.44.17]]"]""",
    """CHILD CARE SUBSIDY APPLICATION
Child: [[PERSON:Layla Haddad-Stewart]]   DOB: [[DATE_TIME:2021-11-19]]   Age: [[AGE:2]]
Parent/carer: [[PERSON:Rania Haddad]]   CRN: [[ID_NUMBER:204 118 337K]]
Partner: [[PERSON:Callum Stewart]]   CRN: [[ID_NUMBER:311 470 926B]]
Address: [[ADDRESS:3/12 Hopetoun Avenue]], [[LOCATION:Canterbury]] [[LOCATION:NSW]] [[ZIP_CODE:2193]]
Service: Little Wattles ELC, 3 days/week from [[DATE_TIME:8 April 2024]]
Contact: [[PHONE_NUMBER:0433 907 215]], [[EMAIL_ADDRESS:rania.haddad@bigpond.com]]""",
    """mysql> UPDATE members SET phone = '[[PHONE_NUMBER:+63 917 302 8841]]', email = '[[EMAIL_ADDRESS:jp.bautista@yahoo.com.ph]]' WHERE member_no = '[[ID_NUMBER:PH-220417]]';
Query OK, 1 row affected (0.01 sec)

mysql> SELECT member_no, full_name, birthdate, city FROM members WHERE member_no = '[[ID_NUMBER:PH-220417]]';
+-----------+------------------------+------------+-------------+
| member_no | full_name              | birthdate  | city        |
+-----------+------------------------+------------+-------------+
| [[ID_NUMBER:PH-220417]] | [[PERSON:Juan Paolo Bautista]]    | [[DATE_TIME:1986-08-30]] | [[LOCATION:Cebu City]]   |
+-----------+------------------------+------------+-------------+
1 row in set (0.00 sec)""",
    """PAY ADVICE — period ending 29/02/2024
Employee: [[PERSON:Jaswinder Gill]]   Employee no.: [[ID_NUMBER:004417]]   Tax code: 1257L
NI number: [[ID_NUMBER:SP 20 44 71 B]]
Gross pay £3,208.33   Tax £432.20   NI £198.47   Pension £160.42   Net pay £2,417.24
Paid to: Monzo, sort code 04-00-04, account [[ID_NUMBER:25906311]]
Address: [[ADDRESS:71 Dudley Road]], [[LOCATION:Wolverhampton]] [[ZIP_CODE:WV2 3BY]]""",
    """Our Principal Accounts Manager [[PERSON:Sipho Ndlovu]] (ID [[ID_NUMBER:8904125173083]], born [[DATE_TIME:12/04/1989]]) has requested that his new Amex [[CREDIT_CARD:370197107227924]] (exp 02/29, CID 8841) replace the Diners [[CREDIT_CARD:36662062130369]] for all client entertainment. He will collect the card from the [[LOCATION:Sandton]] branch on [[DATE_TIME:Tuesday 19 March at 14:00]]. Cell: [[PHONE_NUMBER:+27 (0)82 771 4038]].""",
    """{
  "employee": "[[PERSON:Carys Llewellyn]]",
  "employee_id": "[[ID_NUMBER:CL-7781]]",
  "emergency_contacts": [
    {"name": "[[PERSON:Huw Llewellyn]]", "relation": "father", "phone": "[[PHONE_NUMBER:01267 234 891]]"},
    {"name": "[[PERSON:Bethan Morgan]]", "relation": "friend", "phone": "[[PHONE_NUMBER:07800 553 214]]", "email": "[[EMAIL_ADDRESS:bethmorgan@live.co.uk]]"}
  ],
  "home": {"line1": "[[ADDRESS:Ty Gwyn, 4 Heol y Felin]]", "town": "[[LOCATION:Carmarthen]]", "postcode": "[[ZIP_CODE:SA31 3QP]]"},
  "medical_notes": "type 1 diabetes; carries insulin",
  "last_updated": "2024-01-30"
}""",
    """PRE-AUTHORISATION REQUEST — CASHLESS HOSPITALISATION
Patient: [[PERSON:Mr. Anil Kumar Sharma]]   Age: [[AGE:63]]   Gender: M
Policy no.: 2811/44920187/00/000   Member ID: [[ID_NUMBER:HDS-4471-0923-01]]
Aadhaar: [[ID_NUMBER:4269 5416 8745]]   Mobile: [[PHONE_NUMBER:98110 47362]]
Address: [[ADDRESS:C-214, Sector 19]], [[LOCATION:Noida]], [[LOCATION:Uttar Pradesh]] [[ZIP_CODE:201301]]
Proposed admission: [[DATE_TIME:18-03-2024]]; procedure: laparoscopic cholecystectomy; estimated cost ₹1,85,000
Treating doctor: [[PERSON:Dr. Meenakshi Iyer]], Reg. No. [[ID_NUMBER:DMC/R/08812]]""",
    """Welcome aboard, [[PERSON:Xochitl]]! As the new Central Solutions Developer you'll get a laptop (MAC 9C:B6:D0:11:7E:2A) and access from the office VLAN only. Please send your bank details to payroll before your start date ([[DATE_TIME:April 2]]) — they'll need your routing number and account [[ID_NUMBER:221047783190]] — and confirm your address, still [[ADDRESS:3390 Mission St, Apt 6]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94110]]? Your username will be [[USERNAME:xmendoza]].""",
    """Hello [[PERSON:Dr. Rahel Tesfaye]], your NEXUS renewal interview is set for [[DATE_TIME:May 2, 2024 at 1:30 PM]] at the enrolment centre. Bring your Canadian passport ([[ID_NUMBER:AK418203]]) and your current card (PASSID [[ID_NUMBER:154490218]]). We have your address as [[ADDRESS:1209-330 Rideau St]], [[LOCATION:Ottawa]], [[LOCATION:ON]] [[ZIP_CODE:K1N 5Y6]], your phone as [[PHONE_NUMBER:613-290-4471]] and your citizenship as [[NRP:Canadian]].""",
    """Payment instructions from [[PERSON:Giacomo Ferrandi]] (Senior Mobility Consultant, [[AGE:46]]): wire €2,300 to [[IBAN_CODE:IT43F0306909606463472738813]], BIC BCITITMM, causale 'Deposito villa [[ADDRESS:Via dei Colli 18]], [[LOCATION:Lucca]]'. His Maestro [[CREDIT_CARD:6759 7751 9473 1127 758]] covers the incidentals; codice fiscale [[ID_NUMBER:FRRGCM77L14E715E]]; mobile [[PHONE_NUMBER:+39 347 812 4409]].""",
]

GEN = [
    """Hi, this is [[PERSON:Bronwyn Tuhiwai]] — I'm flying NZ 5 from [[LOCATION:Auckland]] to [[LOCATION:Los Angeles]] on [[DATE_TIME:14 June]] and need to add my Airpoints number, [[ID_NUMBER:4417209318]], to booking K7PXQ2. My mobile is [[PHONE_NUMBER:021 0447 8812]] if anything changes.""",
    """we checked into the lakeside inn on [[DATE_TIME:march 3rd]] under the name [[PERSON:o'sullivan]] and the front desk charged my card ending 0041 twice. my husband [[PERSON:declan]]'s email is [[EMAIL_ADDRESS:declan.osullivan@eircom.net]] if you need to reach us.""",
    """Please note that [[PERSON:Mr. Thabo Nkosi]], [[AGE:42]], will be the additional driver on rental agreement 88120-B; his South African licence number is [[ID_NUMBER:4417000021XK]] and he was born on [[DATE_TIME:2 February 1982]].""",
    """Can you move [[PERSON:priya]]'s seat next to mine? Her ticket is under [[PERSON:Priya Balasubramanian]], frequent flyer [[ID_NUMBER:7781 0423 99]], and we're both on the 6:40 flight to [[LOCATION:Chennai]] on [[DATE_TIME:Friday 22 March]].""",
    """The guest in room 508, [[PERSON:Mrs. Adaeze Nwosu]], has asked for a late checkout on [[DATE_TIME:12/04]] and left her number, [[PHONE_NUMBER:+234 803 555 1290]], with the concierge.""",
    """[[PERSON:Ryan McAllister]] picked up a Jeep Wrangler at our [[LOCATION:Kahului]] branch at [[DATE_TIME:9am on July 3, 2024]]; his Ohio driver's license is [[US_DRIVER_LICENSE:SK448120]] and he paid with an Amex ending in 1005.""",
    """My grandmother, [[PERSON:Esperanza Villalobos]] ([[AGE:81]]), is flying alone from [[LOCATION:Phoenix]] to [[LOCATION:Guadalajara]] on [[DATE_TIME:5/18]] — please arrange wheelchair assistance and note her U.S. passport number, [[US_PASSPORT:567801243]], and my cell, [[PHONE_NUMBER:(602) 488-1930]].""",
    """On [[DATE_TIME:14 February 2024]], [[PERSON:Oliver Bennett-Shaw]] opened a joint account with his partner [[PERSON:Yasmin Qureshi]] at the [[LOCATION:Leeds]] branch; the account number is [[ID_NUMBER:41920377]] and statements go to [[ADDRESS:12 Headingley Lane]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1BL]].""",
    """the claimant, [[TITLE:mr]] [[PERSON:juan pablo arce]], says the hail damage happened on [[DATE_TIME:04/17/2024 at around 4 pm]] at his home, [[ADDRESS:1187 Cedar Ridge Dr]], [[LOCATION:Round Rock]], [[LOCATION:TX]] [[ZIP_CODE:78681]].""",
    """[[PERSON:Dr. Kwabena Asante]] asked me to remind [[PERSON:Lucy Fairweather]] that her follow-up colonoscopy is booked for [[DATE_TIME:Tuesday 9 April at 8.15am]] and that she mustn't eat after midnight the night before.""",
    """Hi, I'm collecting a prescription for my dad, [[PERSON:Harold Fenwick]], date of birth [[DATE_TIME:19/11/1940]], NHS number [[ID_NUMBER:401 150 8101]] — could you have it ready by 3?""",
    """On behalf of our client, [[PERSON:Ms. Rebecca Thornbury]], we write regarding the tenancy of [[ADDRESS:Flat 4B, 21 Albion Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G1 1LH]], which she vacated on [[DATE_TIME:31 January 2024]], and the deposit that remains unreturned.""",
    """Year 9 student [[PERSON:Tanvir Ahmed]], born [[DATE_TIME:06/03/2010]], will be absent from [[DATE_TIME:11 March]] to [[DATE_TIME:15 March]] for a family wedding in [[LOCATION:Sylhet]]; his mother, [[PERSON:Rukhsana Begum]], can be reached on [[PHONE_NUMBER:07404 551 228]].""",
    """Following her return from maternity leave on [[DATE_TIME:2 April]], [[PERSON:Keisha Campbell-Grant]] (employee ID [[ID_NUMBER:30817]]) will work Mondays to Wednesdays; please update her payroll address to [[ADDRESS:5 Clarendon Rise]], [[LOCATION:Luton]] [[ZIP_CODE:LU2 7DP]].""",
    """Order 114-8827710-4410 was returned by [[PERSON:Jakub Nowak]] on [[DATE_TIME:03/07/2024]]; refund the $89.99 to the card ending 5521 and send the confirmation to [[EMAIL_ADDRESS:jnowak1987@gmail.com]].""",
    """Port-in request: [[PERSON:Aisha Mohammed Bello]] wants to move her number, [[PHONE_NUMBER:0802 447 9130]], to our network. Her NIN is [[ID_NUMBER:38201947552]] and she'll come into the [[LOCATION:Wuse]] store on Saturday.""",
    """The passport application for [[PERSON:Liam Patrick Doherty]], born [[DATE_TIME:23 August 2009]] in [[LOCATION:Derry]], has been received; his mother [[PERSON:Siobhan Doherty]]'s passport number, [[ID_NUMBER:548119207]], was given as the countersignatory reference.""",
    """Viewing confirmed: [[ADDRESS:27 Glenferrie Road]], [[LOCATION:Malvern]] [[LOCATION:VIC]] [[ZIP_CODE:3144]], on [[DATE_TIME:Saturday 16 March at 11:15am]] for [[PERSON:Ming Zhao]] and her partner, [[PERSON:Daniel Okoro]]; contact [[PHONE_NUMBER:0412 558 207]].""",
    """GG to [[USERNAME:xX_VoidWalker_Xx]]! Real name's [[PERSON:Ethan Kowalczyk]], [[AGE:17]], from [[LOCATION:Winnipeg]], and he's taking home the $2,500 prize, paid out to [[EMAIL_ADDRESS:ethan.kowal@outlook.com]].""",
    """Follow @[[USERNAME:maria.jose.travels]] for her van-life diaries! [[PERSON:María José Aldana]], [[AGE:29]], has been on the road since [[DATE_TIME:1 May 2022]] and posts her whole itinerary at [[URL:https://mariajosetravels.blog]].""",
    """The machine at [[IP_ADDRESS:192.168.0.14]] is actually [[PERSON:Dorota Galecka]]'s laptop; she called from [[PHONE_NUMBER:785-267-0913]] saying Outlook keeps asking for her password since the update.""",
    """Parcel for [[PERSON:Kehinde Ogunleye]], [[ADDRESS:33 Rye Lane]], [[LOCATION:Peckham]], [[LOCATION:London]] [[ZIP_CODE:SE15 5EW]] — leave it in the porch if nobody's in, or call [[PHONE_NUMBER:07951 884 020]].""",
    """[[PERSON:Sione Latu]] has frozen his membership (no. [[ID_NUMBER:8830142]]) from [[DATE_TIME:1 May]] to [[DATE_TIME:31 July]] while he recovers from knee surgery; direct debits will resume on [[DATE_TIME:1 August]].""",
    """Our cat Mango is booked in with [[PERSON:Dr. Hannah Liebermann]] on [[DATE_TIME:22/05 at 4:30pm]] — the appointment's under my name, [[PERSON:Sakura Ito]], phone [[PHONE_NUMBER:0478 220 915]].""",
    """I'm writing about flight EK 412 on [[DATE_TIME:9 January 2024]]: my wife, [[PERSON:Farzana Rahman]], and I ([[PERSON:Mohammed Shafiqul Rahman]], Skywards no. [[ID_NUMBER:EK 441 872 903]]) were denied boarding in [[LOCATION:Sydney]] despite confirmed seats.""",
    """Booking for two adults under the name [[PERSON:Hemi Walker]], arriving [[DATE_TIME:Thursday 4 July]] and departing [[DATE_TIME:Sunday 7 July]]. Please take the deposit from Mastercard [[CREDIT_CARD:2720 2990 4384 5497]] and email the confirmation to [[EMAIL_ADDRESS:hemi.walker@xtra.co.nz]].""",
    """We rented a Nissan Qashqai in [[LOCATION:Faro]] under my name, [[PERSON:Ailbhe Kennelly]], and it was towed from Rua de Santo António on the [[DATE_TIME:14th]]. The rental company says the plate was [[ID_NUMBER:44-XT-81]] and they're charging my Visa [[CREDIT_CARD:4656 8118 9842 4279]] €180 for it.""",
    """[[PERSON:Shun Watanabe]]'s e-Visa for India was approved (application IN2024SH0041187); he lands in [[LOCATION:Delhi]] on [[DATE_TIME:20 March 2024]] on passport [[ID_NUMBER:TR4418209]].""",
    """Cabin 7142 is assigned to [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Gallagher]] — [[PERSON:Kieran Gallagher]], born [[DATE_TIME:1955-06-02]], and [[PERSON:Mary Gallagher]], born [[DATE_TIME:1957-10-29]] — embarking in [[LOCATION:Southampton]] on [[DATE_TIME:11 May]].""",
    """A black wallet found at Gate B12 held a driving licence in the name of [[PERSON:Fionnuala Byrne]], [[ADDRESS:14 Glenageary Road Upper]], [[LOCATION:Dún Laoghaire]], [[LOCATION:Co. Dublin]], and a Revolut card; we rang her on [[PHONE_NUMBER:086 774 2013]] and she's on her way.""",
    """Hi, [[PERSON:Rashid]] here — my Bonvoy number [[ID_NUMBER:882 019 447]] didn't get points for my stay in [[LOCATION:Doha]] from [[DATE_TIME:2 February]] to [[DATE_TIME:5 February]] (booking 71190442).""",
    """The hire was in my husband's name, [[PERSON:Gareth Price]], licence [[ID_NUMBER:PRICE803123GW9RT]], but I'll be doing most of the driving — I'm [[PERSON:Nia Price]], licence [[ID_NUMBER:PRICE852195N99LK]].""",
    """Your driver, [[PERSON:Abdirahman]], is arriving in a white Prius (plate [[ID_NUMBER:CKLR 447]]) to pick you up at [[ADDRESS:88 Queen St W]]; call him on [[PHONE_NUMBER:+1 416 882 3019]] if you can't see him.""",
    """Passenger [[PERSON:Leota Faleolo]], [[AGE:67]], travelling [[LOCATION:Apia]]–[[LOCATION:Auckland]] on [[DATE_TIME:2 June]], needs oxygen on board; her fitness-to-fly letter is signed by [[PERSON:Dr Tupe Alofaituli]].""",
    """Buenas tardes, les escribe [[PERSON:Rodrigo Bañuelos]]. Hice una reservación en su hotel de [[LOCATION:Playa del Carmen]] a nombre de mi esposa, [[PERSON:Itzel Cárdenas]], con llegada el [[DATE_TIME:12 de abril]] y salida el [[DATE_TIME:16 de abril]], y quiero agregar mi número de socio, [[ID_NUMBER:4410982277]]. Mi celular es [[PHONE_NUMBER:998 214 7730]].""",
    """El cliente [[PERSON:Alejandro Torres Vázquez]] recogió un Jetta en el aeropuerto de [[LOCATION:Puebla]] el [[DATE_TIME:2 de marzo a las 10:15]]; presentó la licencia de conducir [[ID_NUMBER:PUE-0448127]], su CURP es [[ID_NUMBER:TOVA780130HPLRZL09]] y pagó con la tarjeta [[CREDIT_CARD:4431 9259 9127 3375]].""",
    """Hola, soy [[PERSON:Karla Ibarra Zúñiga]]. Mi vuelo [[LOCATION:Monterrey]]–[[LOCATION:Cancún]] del [[DATE_TIME:viernes 19 de julio]] fue cancelado y necesito que me reembolsen a la cuenta CLABE [[ID_NUMBER:014180606061478075]]. Mi correo es [[EMAIL_ADDRESS:karla.ibarraz@outlook.com]].""",
    """Bonsoir, ici [[PERSON:Stéphanie Ouellet]]. J'ai une réservation à votre hôtel du [[LOCATION:Vieux-Québec]] pour le [[DATE_TIME:22 février]], deux nuits, au nom de mon conjoint, [[PERSON:Patrice Lavoie]]; vous pouvez me joindre au [[PHONE_NUMBER:581 305-2218]].""",
    """La voiture louée par [[PERSON:Marc-André Gauthier]] à l'aéroport de [[LOCATION:Montréal]] le [[DATE_TIME:5 janvier]] a été rapportée avec une bosse; son permis de conduire est le [[ID_NUMBER:G3021-150682-07]] et il habite au [[ADDRESS:2044, rue Beaubien Est]], [[LOCATION:Montréal]] [[ZIP_CODE:H2G 1M4]].""",
    """Mon père, [[PERSON:Réjean Côté]], [[AGE:74]] ans, revient de [[LOCATION:Fort Lauderdale]] le [[DATE_TIME:28 mars]] par le vol de 14 h 10. Pouvez-vous prévoir un fauteuil roulant? Son numéro Aéroplan est le [[ID_NUMBER:448 201 933]].""",
    """[[PERSON:Mr. Sandeep Rao]] from [[LOCATION:Pune]] checked out of room 304 at [[DATE_TIME:11:20 on 14/02/2024]]; the bill of ₹18,450 was settled by his company, and his Aadhaar, [[ID_NUMBER:2149 0073 9673]], was recorded at check-in.""",
    """Please issue the [[LOCATION:Nairobi]]–[[LOCATION:Mombasa]] SGR tickets for [[PERSON:Grace Wambui Mwangi]] (ID [[ID_NUMBER:30412875]]) and her son [[PERSON:Brian Kiprono]], aged [[AGE:9]], for [[DATE_TIME:23 December]].""",
    """[[TITLE:Ma'am]] [[PERSON:Joy Santos-Reyes]], your flight 5J 560 on [[DATE_TIME:30 March]] has been moved to 4:15 PM. To rebook, call us with your booking reference and your GetGo number, [[ID_NUMBER:4418820193]].""",
    """[[PERSON:Ms. Tan Hui Min]] (NRIC [[ID_NUMBER:T0251963H]]) checked in at [[DATE_TIME:3:05pm on 7 Apr]] and asked for a cot for her [[AGE:1]]-year-old; her husband, [[PERSON:Rajendran s/o Muthu]], joins her on [[DATE_TIME:9 Apr]].""",
    """Could you add [[PERSON:Jarrah Thompson]] as a second driver? He's [[AGE:23]], holds NSW licence [[ID_NUMBER:14 882 019]], and will drop the Hilux back at the [[LOCATION:Broome]] depot on the [[DATE_TIME:30th]].""",
    """Hi [[PERSON:Camila]]! Your check-in code for [[ADDRESS:17 Wellington Street, Apt 3]], [[LOCATION:Hobart]] [[LOCATION:TAS]] [[ZIP_CODE:7000]] is 4471#. I'm [[PERSON:Declan]], your host — ring me on [[PHONE_NUMBER:0419 227 603]] if the lockbox plays up.""",
    """My son, [[PERSON:Arjun Nair]], broke his wrist skiing in [[LOCATION:Niseko]] on [[DATE_TIME:2 February]]; he's [[AGE:19]] and covered under my family policy, and his passport number is [[ID_NUMBER:N8820417]].""",
    """[[PERSON:Nomsa Khumalo]], a [[NRP:South African]] citizen, entered the UK on a Skilled Worker visa on [[DATE_TIME:15 September 2023]]; her BRP number is [[ID_NUMBER:ZU4410927]] and she lives at [[ADDRESS:9 Fairfield Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 5JP]].""",
    """Someone used my Chase card [[CREDIT_CARD:4333 8944 9807 7292]] in [[LOCATION:Lisbon]] on [[DATE_TIME:March 2 at 11:48 PM]] — I'm [[PERSON:Brandon Yoo]] and I was at home in [[LOCATION:Fort Lee]], [[LOCATION:NJ]] the whole time.""",
    """[[PERSON:Manaia Tupou]]'s claim for physiotherapy has been approved; her member number is [[ID_NUMBER:77120443]] and the $240 will be paid to [[ID_NUMBER:12-3140-0188723-00]].""",
    """Defendant [[PERSON:Tyrone Pinnock]], of [[ADDRESS:40 Burdett Road]], [[LOCATION:London]] [[ZIP_CODE:E3 4TN]], appeared before magistrates on [[DATE_TIME:17 January 2024]] and was bailed to [[DATE_TIME:21 February]].""",
    """The scholarship committee congratulates [[PERSON:Adwoa Mensah-Bonsu]] (student no. [[ID_NUMBER:22018447]]) of [[LOCATION:Kumasi]], who turns [[AGE:20]] on [[DATE_TIME:4 October]], on her award.""",
    """As a practising [[NRP:Muslim]], [[PERSON:Imran Chaudhry]] asked that his £750 zakat donation go to the emergency appeal; receipts to [[EMAIL_ADDRESS:imran.chaudhry@btinternet.com]].""",
    """Volunteer sign-up: [[PERSON:Dolores]] '[[PERSON:Lola]]' [[PERSON:Martínez]], a registered [[NRP:Democrat]] from [[LOCATION:Las Cruces]], [[LOCATION:NM]], can canvass on weekends; cell [[PHONE_NUMBER:575-339-0417]].""",
    """hey it's [[PERSON:tash]] ([[PERSON:natasha kowalczyk]] lol), [[AGE:26]], just moved to [[LOCATION:brisbane]] — my insta is @[[USERNAME:tash.kow]] if you wanna chat off the app""",
    """The gas meter at [[ADDRESS:62 Elm Park Avenue]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 9JN]] is registered to [[PERSON:Mrs. Pauline Ackroyd]]; her customer number is [[ID_NUMBER:3004418827]] and the next reading is due in April.""",
    """Save the date! [[PERSON:Chiamaka Obi]] and [[PERSON:Tobenna Eze]] will marry on [[DATE_TIME:Saturday, 14 December 2024]] at St. Anne's, [[LOCATION:Enugu]]. RSVP to [[PERSON:Chiamaka]]'s sister, [[PERSON:Ifeoma]], on [[PHONE_NUMBER:+234 706 118 2904]].""",
    """Library card [[ID_NUMBER:29930018844712]], belonging to [[PERSON:Bertram Osei]], has three overdue items; the reminder went to [[ADDRESS:15 Larch Close]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK14 6BQ]].""",
    """Little Acorns can take [[PERSON:Ruby-Mae Hollis]] (DOB [[DATE_TIME:12.08.2021]]) on Tuesdays and Thursdays from [[DATE_TIME:7 May]]; her emergency contact is her nan, [[PERSON:Brenda Hollis]], on [[PHONE_NUMBER:01632 960 448]].""",
    """Officers are appealing for information after [[PERSON:Karolina Wiśniewska]], [[AGE:31]], was reported missing from her home in [[LOCATION:Ealing]] on [[DATE_TIME:Sunday 3 March]]. She was last seen wearing a red coat.""",
    """I have known [[PERSON:Obinna Chukwu]] since [[DATE_TIME:September 2019]], when he joined our team as a junior analyst. He can be contacted on [[EMAIL_ADDRESS:obinna.chukwu@gmail.com]] or [[PHONE_NUMBER:+44 7700 118 942]].""",
    """[[PERSON:Angus MacLeod]]'s TFN is [[ID_NUMBER:807 103 675]]; he runs a sole-trader joinery business out of [[LOCATION:Ballarat]] and lodged his return on [[DATE_TIME:28 October]].""",
    """Patient [[PERSON:Baraka Otieno]], [[AGE:45]] years old, attended the diabetic clinic at Kenyatta National Hospital on [[DATE_TIME:12/03/2024]]; his NHIF number is [[ID_NUMBER:4418203]] and his phone [[PHONE_NUMBER:0733 201 889]].""",
    """Landlord [[PERSON:Hamish Duncan]] is letting [[ADDRESS:3/14 Cuba Street]], [[LOCATION:Te Aro]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]]; prospective tenants should email [[EMAIL_ADDRESS:hamish.duncan@gmail.com]] with two references.""",
    """The account holder, [[PERSON:Sunita Devi Ramdass]], disputes the calls to [[PHONE_NUMBER:868 772 4410]] made on [[DATE_TIME:11 January]]; her own number is [[PHONE_NUMBER:868 620 3384]] and her account number [[ID_NUMBER:7719 0418]].""",
    """Username: [[USERNAME:grandma_rosie52]]; real name [[PERSON:Rosalind Pemberton]]; shipping to [[ADDRESS:4 Mill Lane]], [[LOCATION:Hay-on-Wye]], [[LOCATION:Hereford]] [[ZIP_CODE:HR3 5AA]].""",
    """[[TITLE:Captain]] [[PERSON:Leilani Kahale]] and First Officer [[PERSON:Noa Peleke]] are rostered on HA 11 out of [[LOCATION:Honolulu]] on [[DATE_TIME:27 April]]; the captain's crew ID is [[ID_NUMBER:HA40417]].""",
    """During our stay at your hotel in [[LOCATION:Galway]] on [[DATE_TIME:28–30 December]], my daughter [[PERSON:Éabha]] (age [[AGE:6]]) had an allergic reaction at breakfast. I'm [[PERSON:Clodagh Furey]] and I'd appreciate a call on [[PHONE_NUMBER:+353 91 528 447]].""",
    """Last summer [[PERSON:Tomasz]] and [[PERSON:Ola Zielińska]] drove from [[LOCATION:Gdańsk]] to [[LOCATION:Lisbon]]; [[PERSON:Ola]]'s brother [[PERSON:Marek]], who lives at [[ADDRESS:ul. Długa 14/3]], [[ZIP_CODE:80-827]] [[LOCATION:Gdańsk]], looked after their cat.""",
    """Congratulations, [[PERSON:Mr. Venkatesh Iyer]] — your bid upgrade on SQ 322 from [[LOCATION:Singapore]] to [[LOCATION:London]] on [[DATE_TIME:18 May]] was successful, and KrisFlyer [[ID_NUMBER:8820417733]] has been credited with 2,000 miles.""",
    """Transfer booked: pick up [[PERSON:Ngaio Barrett]] and [[PERSON:Sam Whitcombe]] from the airport at [[DATE_TIME:14:35 on 21/07]] and drop them at [[ADDRESS:18 Fernhill Road]], [[LOCATION:Queenstown]] [[ZIP_CODE:9300]]; the driver's mobile is [[PHONE_NUMBER:027 448 1120]].""",
    """We regret to inform [[PERSON:Mr. Oluwafemi Adeyemi-Cole]] (passport [[ID_NUMBER:A09918273]], born [[DATE_TIME:10/10/1990]]) that his Schengen visa application submitted on [[DATE_TIME:5 February 2024]] has been refused.""",
    """[[PERSON:Sophie Marchetti]] was charged a £95 refuelling fee when she returned the Fiat 500 to the airport desk on [[DATE_TIME:4 April at 7am]]; the booking used [[EMAIL_ADDRESS:sophie.m@btopenworld.com]] and the card [[CREDIT_CARD:3528 2647 4579 9394]].""",
    """FYI, VIP arriving tonight: [[PERSON:Ms. Yuki Takahashi-Brown]], Platinum member [[ID_NUMBER:88 4410 2271]], room 2201 (upgraded). She's allergic to shellfish and prefers feather-free pillows.""",
    """An inspector fined [[PERSON:Connor Byrne]], [[AGE:24]], of [[ADDRESS:11 Seafield Crescent]], [[LOCATION:Cork]] [[ZIP_CODE:T12 X8P4]], for travelling without a valid ticket on the [[LOCATION:Dublin]] train on [[DATE_TIME:8 March]].""",
    """[[PERSON:Jamal Washington]] (member ID [[ID_NUMBER:UHC 9982017734]], DOB [[DATE_TIME:1/14/1979]]) needs prior authorization for the lumbar MRI ordered by [[PERSON:Dr. Priya Raman]] on [[DATE_TIME:3/1/2024]].""",
    """Hi it's [[PERSON:Benedikt]] — my router's public IP is [[IP_ADDRESS:93.184.22.145]] and the laptop's MAC is F0:18:98:4C:21:AA, but I still can't reach the VPN. The ticket is under [[EMAIL_ADDRESS:benedikt.hoffmann@gmx.de]].""",
    """Please deliver the parcel to [[PERSON:Sunaina Kapoor]], [[ADDRESS:2nd floor, House No. 118, Sector 15A]], [[LOCATION:Faridabad]], [[LOCATION:Haryana]] [[ZIP_CODE:121007]], and call [[PHONE_NUMBER:99100 44721]] before coming.""",
    """Pharmacist note: [[PERSON:Mrs. Kamala Persaud]], [[AGE:79]], of [[ADDRESS:45 Ashgrove Dr]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Y 3K2]], wants her blister pack delivered on Wednesdays; OHIP [[ID_NUMBER:1768-694-182-XM]].""",
    """Removal booked for [[PERSON:Fergus]] & [[PERSON:Niamh Quinlan]]: collection from [[ADDRESS:7 Kelvin Drive]], [[LOCATION:Glasgow]] [[ZIP_CODE:G20 8QG]] on [[DATE_TIME:29 March at 8am]], delivery to [[ADDRESS:22 Annfield Place]], [[LOCATION:Dundee]] [[ZIP_CODE:DD1 5JA]] the same afternoon.""",
    """Dear [[PERSON:Mr. Haddad]], thank you for staying with us on [[DATE_TIME:12–14 January]]. We've refunded the minibar charge to your card, and our manager, [[PERSON:Ruth Eriksen]], will call you on [[PHONE_NUMBER:+61 2 9481 2207]] to apologise in person.""",
    """Bunk 4 in the eight-bed dorm is held for [[PERSON:Lwazi Dube]] from [[LOCATION:Bulawayo]], arriving [[DATE_TIME:20 Feb]]; he paid the deposit by transfer and left his WhatsApp, [[PHONE_NUMBER:+263 77 441 8290]].""",
    """Unaccompanied minor [[PERSON:Zara Okonkwo]], age [[AGE:11]], flies LOS–ATL on [[DATE_TIME:15 June]]. She will be met by her aunt, [[PERSON:Ngozi Okonkwo-Davis]], [[PHONE_NUMBER:770-318-4402]], who must show ID matching the name on the form.""",
    """I returned the Corolla to the [[LOCATION:Calgary]] airport location on [[DATE_TIME:Nov 30 at 6:15 a.m.]] and nobody was there to inspect it — now they want $1,200 for a dent. The rental is under [[PERSON:Harpreet Dhillon]], Alberta licence [[ID_NUMBER:184729-033]].""",
    """[[PERSON:Mr. Faisal Al-Mansoori]]'s booking at the Marina property has been extended to [[DATE_TIME:9 March]]; his Emirates ID, [[ID_NUMBER:784-1979-0066128-7]], is on file and his PA, [[PERSON:Joanne Pereira]], will settle the balance.""",
    """Please refund the cancelled flights of [[PERSON:Joana Pereira Santos]] to [[IBAN_CODE:PT50 0035 0651 3357 4427 8152 1]]; she was due to fly [[LOCATION:Porto]]–[[LOCATION:Paris]] on [[DATE_TIME:6 May]] with her partner, [[PERSON:Tiago]].""",
    """Please prepare the invoice for [[TITLE:Frau]] [[PERSON:Dr. Katharina Vogt]] (booking 4471-HB) and collect it by SEPA from [[IBAN_CODE:DE90 2004 1111 7340 9181 72]]; she checks out on [[DATE_TIME:11 April]] and asked for a taxi to the station.""",
    """La contadora, [[TITLE:Lic.]] [[PERSON:Verónica Aguilar]], ya tiene el RFC de [[PERSON:Ximena Gutiérrez]] ([[ID_NUMBER:GUSX9609051J2]]) y su fecha de nacimiento, [[DATE_TIME:5 de septiembre de 1996]]; si falta algo, escríbele a [[EMAIL_ADDRESS:vero.aguilar.cp@gmail.com]].""",
    """Mi hija [[PERSON:Sofía Morales Rentería]], de [[AGE:7]] años, tiene cita con el pediatra el [[DATE_TIME:lunes 8 de abril a las 17:00]] en la clínica de la colonia [[LOCATION:Chapalita]]; el número de afiliación de mi esposo, [[PERSON:Joaquín Morales]], es [[ID_NUMBER:12109144712]].""",
    """Bonjour, je m'appelle [[PERSON:Nadia Benchekroun]] et je souhaite mettre à jour mon adresse auprès de Revenu Québec : j'habite maintenant au [[ADDRESS:8120, boulevard Saint-Michel, app. 204]], [[LOCATION:Montréal]] ([[LOCATION:Québec]]) [[ZIP_CODE:H1Z 3E2]]. Mon NAS est le [[ID_NUMBER:127 507 762]].""",
]

TABLE = [
    """guest_name,arrival,nights,room_type,loyalty_no,phone
[[PERSON:Priyanka Chaturvedi]],[[DATE_TIME:2024-04-02]],3,DLX-K,[[ID_NUMBER:RW8830124471]],[[PHONE_NUMBER:+91 98201 55430]]
[[PERSON:Oisín Mac Cárthaigh]],[[DATE_TIME:2024-04-02]],1,STD-Q,,[[PHONE_NUMBER:+353 85 117 2290]]
[[PERSON:Gabriela Nowak-Ruiz]],[[DATE_TIME:2024-04-03]],5,STE,[[ID_NUMBER:RW7720019384]],[[PHONE_NUMBER:+48 512 304 771]]
[[PERSON:Wiremu Parata]],[[DATE_TIME:2024-04-03]],2,STD-T,,[[PHONE_NUMBER:021 558 4430]]""",
    """emp_no\tsurname\tforename\tni_number\ttax_code\tsort_code\taccount_no\tdept
[[ID_NUMBER:4401]]\t[[PERSON:Adeyemi]]\t[[PERSON:Folake]]\t[[ID_NUMBER:PX 44 10 27 D]]\t1257L\t20-00-00\t[[ID_NUMBER:41558209]]\tFinance
[[ID_NUMBER:4402]]\t[[PERSON:Hartley]]\t[[PERSON:Graham]]\t[[ID_NUMBER:JB 71 02 88 A]]\tBR\t40-11-62\t[[ID_NUMBER:80234417]]\tOps
[[ID_NUMBER:4403]]\t[[PERSON:Szymańska]]\t[[PERSON:Ewa]]\t[[ID_NUMBER:SN 22 91 04 C]]\t1257L\t09-01-28\t[[ID_NUMBER:12998830]]\tOps
[[ID_NUMBER:4404]]\t[[PERSON:Bose]]\t[[PERSON:Arnab]]\t[[ID_NUMBER:NY 83 14 52 B]]\tK475\t60-83-71\t[[ID_NUMBER:55012349]]\tIT""",
    """| Agreement | Driver | DOB | Licence no. | Issuing country | Mobile |
|---|---|---|---|---|---|
| RA-55120 | [[PERSON:Matteo Ricci-Farrugia]] | [[DATE_TIME:14/05/1988]] | [[ID_NUMBER:0448217M]] | [[LOCATION:Malta]] | [[PHONE_NUMBER:+356 7944 1820]] |
| RA-55121 | [[PERSON:Hannah Schofield]] | [[DATE_TIME:02/12/1995]] | [[ID_NUMBER:SCHOF962025H99KT]] | [[LOCATION:UK]] | [[PHONE_NUMBER:+44 7711 402 338]] |
| RA-55122 | [[PERSON:Abdullahi Warsame]] | [[DATE_TIME:30/01/1979]] | [[US_DRIVER_LICENSE:W526481790300]] | [[LOCATION:USA]] | [[PHONE_NUMBER:+1 612 555 0147]] |
| RA-55123 | [[PERSON:Lucía Benítez]] | [[DATE_TIME:19/07/2001]] | [[ID_NUMBER:50218734M]] | [[LOCATION:Spain]] | [[PHONE_NUMBER:+34 622 418 903]] |""",
    """SEQ  NAME                       SEAT  DOB         DOC         NAT  FQTV
001  [[PERSON:OKONJO]]/[[PERSON:ADAEZE]] [[TITLE:MS]]           14C   [[DATE_TIME:12MAR1990]]   [[ID_NUMBER:A07719283]]   [[NRP:NGA]]  [[ID_NUMBER:BA 88120477]]
002  [[PERSON:LINDQVIST]]/[[PERSON:ERIK]] [[TITLE:MR]]          14D   [[DATE_TIME:03SEP1985]]   [[ID_NUMBER:94418207]]    [[NRP:SWE]]
003  [[PERSON:RAHMAN]]/[[PERSON:TASNIM]] [[TITLE:MISS]]         22A   [[DATE_TIME:27JUL2009]]   [[ID_NUMBER:128440917]]   [[NRP:GBR]]
004  [[PERSON:FERREIRA]]/[[PERSON:JOAO]] [[TITLE:MR]]           22B   [[DATE_TIME:11NOV1962]]   [[ID_NUMBER:CB447812]]    [[NRP:PRT]]  [[ID_NUMBER:TP 441029883]]""",
    """{"member_id": "[[ID_NUMBER:GLD-118204]]", "name": "[[PERSON:Keanu Makoa]]", "email": "[[EMAIL_ADDRESS:keanu.makoa@gmail.com]]", "tier": "Gold", "joined": "[[DATE_TIME:2019-06-14]]", "home_airport": "HNL"}
{"member_id": "[[ID_NUMBER:SLV-220917]]", "name": "[[PERSON:Aditi Deshpande]]", "email": "[[EMAIL_ADDRESS:aditi.d@rediffmail.com]]", "tier": "Silver", "joined": "[[DATE_TIME:2021-11-03]]", "home_airport": "PNQ"}
{"member_id": "[[ID_NUMBER:BRZ-304488]]", "name": "[[PERSON:Thulani Mahlangu]]", "email": "[[EMAIL_ADDRESS:thulani.m@webmail.co.za]]", "tier": "Bronze", "joined": "[[DATE_TIME:2023-02-27]]", "home_airport": "JNB"}
{"member_id": "[[ID_NUMBER:GLD-119377]]", "name": "[[PERSON:Siobhán Kehoe]]", "email": null, "tier": "Gold", "joined": "[[DATE_TIME:2017-08-09]]", "home_airport": "DUB"}""",
    """trip: Year 10 Geography field trip
coach: 2 x 53 seats
students:
  - name: [[PERSON:Ffion Roberts]]
    dob: [[DATE_TIME:2009-02-11]]
    parent: [[PERSON:Gwenllian Roberts]]
    parent_phone: "[[PHONE_NUMBER:07700 900 412]]"
    medical: asthma (inhaler)
  - name: [[PERSON:Kacper Wójcik]]
    dob: [[DATE_TIME:2008-11-30]]
    parent: [[PERSON:Beata Wójcik]]
    parent_phone: "[[PHONE_NUMBER:07824 310 559]]"
    medical: none
  - name: [[PERSON:Ayaan Chaudhary]]
    dob: [[DATE_TIME:2009-05-07]]
    parent: [[PERSON:Sadia Chaudhary]]
    parent_phone: "[[PHONE_NUMBER:07412 880 641]]"
    medical: nut allergy (EpiPen)""",
    """GUEST REGISTRATION CARD
Surname: [[PERSON:Haddad]]
Given names: [[PERSON:Nour El Houda]]
Nationality: [[NRP:Lebanese]]
Passport no.: [[ID_NUMBER:LR0448127]]
Date of birth: [[DATE_TIME:09/09/1993]]
Home address: [[ADDRESS:Rue Abdel Aziz, Bldg 14, 3rd floor]], [[LOCATION:Hamra]], [[LOCATION:Beirut]]
Arrival: [[DATE_TIME:16/03/2024]]   Departure: [[DATE_TIME:19/03/2024]]
Room: 611   Rate code: BAR   Adults: 1
Mobile: [[PHONE_NUMBER:+961 3 448 120]]
Email: [[EMAIL_ADDRESS:nour.haddad93@gmail.com]]""",
    """num_empleado,nombre_completo,curp,rfc,nss,fecha_ingreso,puesto,sueldo_diario
[[ID_NUMBER:1047]],[[PERSON:Luis Enrique Domínguez Pérez]],[[ID_NUMBER:DOPL900821HJCMRS07]],[[ID_NUMBER:DOPL900821A49]],[[ID_NUMBER:04129033181]],[[DATE_TIME:2019-03-04]],Supervisor de almacén,612.50
[[ID_NUMBER:1088]],[[PERSON:Ana Karen Velázquez Ríos]],[[ID_NUMBER:VERA970203MDFLSN05]],[[ID_NUMBER:VERA9702037Q4]],[[ID_NUMBER:39169704424]],[[DATE_TIME:2022-08-15]],Analista de nómina,540.00
[[ID_NUMBER:1102]],[[PERSON:Jesús Ángel Castro Mejía]],[[ID_NUMBER:CAMJ841211HSRSJS05]],[[ID_NUMBER:CAMJ841211D28]],[[ID_NUMBER:21038477192]],[[DATE_TIME:2023-01-09]],Chofer,498.00""",
    """| Logement | Locataire | Téléphone | Courriel | Début du bail | Loyer |
|---|---|---|---|---|---|
| [[ADDRESS:3410, rue Ontario Est, app. 1]] | [[PERSON:Kevin Nguyen-Tremblay]] | [[PHONE_NUMBER:514 447-2081]] | [[EMAIL_ADDRESS:kevin.nt@gmail.com]] | [[DATE_TIME:2022-07-01]] | 1 150 $ |
| [[ADDRESS:3410, rue Ontario Est, app. 2]] | [[PERSON:Fatoumata Diallo]] | [[PHONE_NUMBER:438 220-9174]] | [[EMAIL_ADDRESS:f.diallo@videotron.ca]] | [[DATE_TIME:2023-07-01]] | 1 240 $ |
| [[ADDRESS:3410, rue Ontario Est, app. 3]] | [[PERSON:Guillaume Pelletier]] | [[PHONE_NUMBER:514 881-3306]] |  | [[DATE_TIME:2019-10-01]] | 985 $ |""",
    """asiento\tpasajero\tedad\tidentificación\tdestino\tteléfono de contacto
07\t[[PERSON:Rosa Elena Quiñones Ríos]]\t[[AGE:64]]\tINE [[ID_NUMBER:QNRSRS59112220M500]]\t[[LOCATION:Oaxaca]]\t[[PHONE_NUMBER:951 204 8837]]
08\t[[PERSON:Emiliano Quiñones]]\t[[AGE:12]]\t—\t[[LOCATION:Oaxaca]]\t[[PHONE_NUMBER:951 204 8837]]
15\t[[PERSON:Brenda Solórzano]]\t[[AGE:27]]\tpasaporte [[ID_NUMBER:G41882076]]\t[[LOCATION:Puerto Escondido]]\t[[PHONE_NUMBER:55 6120 4419]]
22\t[[PERSON:Tomás Xicoténcatl Torres]]\t[[AGE:45]]\tINE [[ID_NUMBER:XCTRTM78040320H300]]\t[[LOCATION:Tuxtepec]]\t[[PHONE_NUMBER:287 118 0294]]""",
    """| Attendee | Company | Role | Twitter | Website | Dietary |
|----------|---------|------|---------|---------|---------|
| [[PERSON:Dr. Aisha Raman]] | Coral Genomics | Speaker | @[[USERNAME:aisharaman_dna]] | [[URL:https://aisharaman.net]] | vegetarian |
| [[PERSON:Tobias Lund]] | Fjordlight | Attendee | @[[USERNAME:tobiaslund]] | — | none |
| [[PERSON:Mwajuma Said]] | Savanna Data | Panelist | @[[USERNAME:mwajuma_codes]] | [[URL:https://github.com/mwajuma-said]] | halal |
| [[PERSON:Craig O'Halloran]] | — | Attendee | — | [[URL:https://craigohalloran.dev]] | gluten-free |""",
    """ALERT_ID   CARDHOLDER              CARD NUMBER           MERCHANT COUNTRY  AMOUNT    STATUS
A-771201   [[PERSON:Ngaire Holmes]]           [[CREDIT_CARD:4191 9064 4463 1534]]   GB                412.00    BLOCKED
A-771202   [[PERSON:Farouk Abdelrahman]]      [[CREDIT_CARD:5181 7017 1482 4524]]   TR                89.90     REVIEW
A-771203   [[PERSON:Bethany-Rose Clarke]]     [[CREDIT_CARD:3770 496581 36546]]     US                1,250.00  BLOCKED
A-771204   [[PERSON:Pham Quoc Bao]]           [[CREDIT_CARD:4869 2604 2215 5988]]   VN                15.25     CLEARED""",
    """{"uid": "[[ID_NUMBER:88201]]", "username": "[[USERNAME:lkaur_91]]", "email": "[[EMAIL_ADDRESS:lovepreet.kaur91@gmail.com]]", "last_login": "[[DATE_TIME:2024-03-10T21:14:09Z]]", "last_ip": "[[IP_ADDRESS:99.241.80.17]]", "2fa": true}
{"uid": "[[ID_NUMBER:88202]]", "username": "[[USERNAME:olu.ajayi]]", "email": "[[EMAIL_ADDRESS:oluajayi@yahoo.com]]", "last_login": "[[DATE_TIME:2024-03-11T06:02:44Z]]", "last_ip": "[[IP_ADDRESS:105.112.33.240]]", "2fa": false}
{"uid": "[[ID_NUMBER:88203]]", "username": "[[USERNAME:hemiparata]]", "email": "[[EMAIL_ADDRESS:hemi.parata@xtra.co.nz]]", "last_login": null, "last_ip": null, "2fa": false}
{"uid": "[[ID_NUMBER:88204]]", "username": "[[USERNAME:sveta.k]]", "email": "[[EMAIL_ADDRESS:s.kuznetsova@mail.ru]]", "last_login": "[[DATE_TIME:2024-02-28T17:40:51Z]]", "last_ip": "[[IP_ADDRESS:2a00:1370:8188:4f1a:d4e2:91ff:fe3c:7b10]]", "2fa": true}""",
    """appt_time,patient,nhs_number,dob,clinician,reason
09:00,[[PERSON:Doreen Appiah]],[[ID_NUMBER:443 341 1647]],[[DATE_TIME:14/02/1951]],[[PERSON:Dr R. Malik]],BP review
09:15,[[PERSON:Callum Fraser]],[[ID_NUMBER:506 052 6887]],[[DATE_TIME:03/09/1988]],[[PERSON:Dr R. Malik]],sick note
09:30,[[PERSON:Iqra Javed]],[[ID_NUMBER:519 027 8018]],[[DATE_TIME:22/11/2019]],[[PERSON:Nurse Okoro]],immunisations
09:45,[[PERSON:Stanisław Kowal]],[[ID_NUMBER:794 160 9061]],[[DATE_TIME:30/06/1974]],[[PERSON:Dr R. Malik]],medication review""",
    """unit\ttenant\tid_number\tcell\tlease_start\tarrears
A1\t[[PERSON:Lindiwe Sithole]]\t[[ID_NUMBER:8503175091086]]\t[[PHONE_NUMBER:076 441 2093]]\t[[DATE_TIME:2021-03-01]]\tR0.00
A2\t[[PERSON:Pieter Jacobs]]\t[[ID_NUMBER:6806054410083]]\t[[PHONE_NUMBER:083 220 7781]]\t[[DATE_TIME:2019-09-01]]\tR1,450.00
B1\t[[PERSON:Kgomotso Molefe]]\t[[ID_NUMBER:0109220734080]]\t[[PHONE_NUMBER:061 904 3318]]\t[[DATE_TIME:2023-12-01]]\tR0.00
B2\t[[PERSON:Ayanda Cele]]\t[[ID_NUMBER:9901145823084]]\t[[PHONE_NUMBER:072 551 0467]]\t[[DATE_TIME:2024-02-01]]\tR3,100.00""",
    """RENTAL COUNTER RECORD
renter_name: [[PERSON:Tiago Albuquerque]]
renter_dob: [[DATE_TIME:1986-01-23]]
licence_no: [[ID_NUMBER:P-1448207 3]]
licence_country: [[LOCATION:Portugal]]
passport_no: [[ID_NUMBER:CB882014]]
home_address: [[ADDRESS:Rua Damasceno Monteiro 41, 2.º Esq.]], [[ZIP_CODE:1170-110]] [[LOCATION:Lisboa]]
mobile: [[PHONE_NUMBER:+351 962 118 440]]
vehicle_group: CDMR
pickup: [[DATE_TIME:2024-05-03 09:30]]
return: [[DATE_TIME:2024-05-10 09:30]]
deposit_card: [[CREDIT_CARD:4236 7661 7762 9767]]""",
    """payees:
  - name: [[PERSON:Marta Esteve i Puig]]
    iban: [[IBAN_CODE:ES66 2085 9252 0252 9014 2467]]
    purpose: translator fee, March
  - name: [[PERSON:Jeroen de Graaf]]
    iban: [[IBAN_CODE:NL06RABO6530805083]]
    purpose: photography, Amsterdam shoot
  - name: [[PERSON:Aurélie Fontaine]]
    iban: [[IBAN_CODE:FR76 3000 3036 2066 4498 9513 961]]
    purpose: guide, Lyon tour
  - name: [[PERSON:Wim Peeters]]
    iban: [[IBAN_CODE:BE84 3100 2254 9859]]
    purpose: driver, Brussels transfers""",
    """| Donor | Faith | Pledge | Gift Aid | Postcode | Phone |
|---|---|---|---|---|---|
| [[TITLE:Rabbi]] [[PERSON:Shmuel Katz]] | [[NRP:Jewish]] | £500 | yes | [[ZIP_CODE:M7 4FN]] | [[PHONE_NUMBER:0161 795 3320]] |
| [[PERSON:Harinder Kaur Bains]] | [[NRP:Sikh]] | £250 | yes | [[ZIP_CODE:UB2 4BD]] | [[PHONE_NUMBER:07944 210 873]] |
| [[TITLE:Fr.]] [[PERSON:Anthony Mulvey]] | [[NRP:Catholic]] | £100 | no | [[ZIP_CODE:L15 3HU]] | [[PHONE_NUMBER:0151 733 4419]] |
| [[PERSON:Zainab Oladipo]] | [[NRP:Muslim]] | £300 | yes | [[ZIP_CODE:SE18 6QA]] | [[PHONE_NUMBER:07587 443 120]] |""",
    """nric,name,dob,mobile,ward,admitted
[[ID_NUMBER:S7712480B]],[[PERSON:Goh Boon Keng]],[[DATE_TIME:1977-06-18]],[[PHONE_NUMBER:9012 4471]],W12,[[DATE_TIME:2024-03-05]]
[[ID_NUMBER:S4418207F]],[[PERSON:Siti Aminah bte Rahmat]],[[DATE_TIME:1944-02-29]],[[PHONE_NUMBER:8338 2019]],W07,[[DATE_TIME:2024-03-06]]
[[ID_NUMBER:T0482219B]],[[PERSON:Arun Pillai]],[[DATE_TIME:2004-10-12]],[[PHONE_NUMBER:9771 0463]],W12,[[DATE_TIME:2024-03-06]]""",
    """EMP ID  NAME                     SSN          DOB         STATE  PAY RATE
10021   [[PERSON:Latoya Jenkins]]           [[US_SSN:412-08-7730]]  [[DATE_TIME:1983-04-19]]  [[LOCATION:TN]]     $24.50/hr
10022   [[PERSON:Bao Tran]]                 [[US_SSN:601-44-2918]]  [[DATE_TIME:1991-12-02]]  [[LOCATION:CA]]     $31.00/hr
10023   [[PERSON:Kenji Robert Ashford]]     [[US_SSN:290-71-5536]]  [[DATE_TIME:1968-08-27]]  [[LOCATION:OH]]     $42.75/hr
10024   [[PERSON:Marisela Ocampo]]          [[US_SSN:535-19-0482]]  [[DATE_TIME:1999-01-31]]  [[LOCATION:WA]]     $19.80/hr""",
    """{"trip_id":"TR-88120","rider":"[[PERSON:Aaron Feldman]]","rider_phone":"[[PHONE_NUMBER:+1 917 448 2093]]","pickup":"[[ADDRESS:245 E 63rd St]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10065]]","dropoff":"JFK Terminal 4","requested_at":"[[DATE_TIME:2024-03-15T05:10:00-04:00]]","fare_usd":71.40}
{"trip_id":"TR-88121","rider":"[[PERSON:Priscila Monteiro]]","rider_phone":"[[PHONE_NUMBER:+1 646 220 7719]]","pickup":"[[ADDRESS:88 Bedford Ave, Apt 3R]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11249]]","dropoff":"[[ADDRESS:1 Rockefeller Plaza]]","requested_at":"[[DATE_TIME:2024-03-15T08:42:13-04:00]]","fare_usd":38.15}
{"trip_id":"TR-88122","rider":"[[PERSON:Darnell Hughes]]","rider_phone":"[[PHONE_NUMBER:+1 718 390 5526]]","pickup":"LGA Terminal B","dropoff":"[[ADDRESS:1420 Grand Concourse]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10456]]","requested_at":"[[DATE_TIME:2024-03-15T23:55:40-04:00]]","fare_usd":29.60}""",
    """roll_no\tstudent_name\tfather_name\taadhaar\tmobile\tcity
[[ID_NUMBER:21CS1043]]\t[[PERSON:Ananya Reddy]]\t[[PERSON:K. Srinivas Reddy]]\t[[ID_NUMBER:3578 5135 0430]]\t[[PHONE_NUMBER:90004 18832]]\t[[LOCATION:Hyderabad]]
[[ID_NUMBER:21CS1044]]\t[[PERSON:Mohammed Irfan]]\t[[PERSON:Abdul Rasheed]]\t[[ID_NUMBER:2396 5350 8538]]\t[[PHONE_NUMBER:98480 22107]]\t[[LOCATION:Kurnool]]
[[ID_NUMBER:21CS1045]]\t[[PERSON:Lakshmi Priya S]]\t[[PERSON:Subramaniam V]]\t[[ID_NUMBER:8398 6423 7262]]\t[[PHONE_NUMBER:94440 71923]]\t[[LOCATION:Chennai]]
[[ID_NUMBER:21CS1046]]\t[[PERSON:Rohan Deshmukh]]\t[[PERSON:Prakash Deshmukh]]\t[[ID_NUMBER:9140 8814 7048]]\t[[PHONE_NUMBER:77200 49318]]\t[[LOCATION:Nagpur]]""",
    """| Member No | Name | ID No | Phone | Shares (KES) | Joined |
|:--|:--|:--|:--|--:|:--|
| [[ID_NUMBER:MS-0412]] | [[PERSON:Chebet Jepkoech]] | [[ID_NUMBER:27719044]] | [[PHONE_NUMBER:0712 448 201]] | 48,000 | [[DATE_TIME:12 Jan 2018]] |
| [[ID_NUMBER:MS-0588]] | [[PERSON:Kamau Gitau]] | [[ID_NUMBER:22104837]] | [[PHONE_NUMBER:0721 903 554]] | 120,500 | [[DATE_TIME:3 Jul 2015]] |
| [[ID_NUMBER:MS-0731]] | [[PERSON:Halima Abdi]] | [[ID_NUMBER:33018275]] | [[PHONE_NUMBER:0799 214 660]] | 12,000 | [[DATE_TIME:28 Feb 2022]] |""",
    """member,age,plan,start,emergency_contact,emergency_phone
[[PERSON:Jordan Okafor-Leigh]],[[AGE:34]],Off-peak,[[DATE_TIME:01/02/2024]],[[PERSON:Sam Leigh]],[[PHONE_NUMBER:0400 118 937]]
[[PERSON:Mia Ferraro]],[[AGE:19]],Student,[[DATE_TIME:15/02/2024]],[[PERSON:Gina Ferraro]],[[PHONE_NUMBER:0431 552 084]]
[[PERSON:Tuan Anh Vu]],[[AGE:52]],Anytime,[[DATE_TIME:20/02/2024]],[[PERSON:Hoa Vu]],[[PHONE_NUMBER:(03) 9418 2270]]
[[PERSON:Ella-Grace Whitby]],[[AGE:27]],Anytime,[[DATE_TIME:01/03/2024]],,""",
    """Interview slot: [[DATE_TIME:Tue 9 April 2024, 08:40]]
Applicant: [[PERSON:Chukwudi Anyanwu]]
Passport: [[ID_NUMBER:A11820473]]
Date of birth: [[DATE_TIME:17 November 1994]]
Visa category: F-1 (student)
School: as listed on the I-20
SEVIS ID: [[ID_NUMBER:N0034418207]]
Phone: [[PHONE_NUMBER:+234 813 440 2918]]
Email: [[EMAIL_ADDRESS:chukwudi.anyanwu@gmail.com]]""",
    """| No. | Worker | Passport | Birthdate | Destination | Employer | Deployment |
|-----|--------|----------|-----------|-------------|----------|------------|
| 1 | [[PERSON:Rowena Dimaculangan]] | [[ID_NUMBER:P4418207A]] | [[DATE_TIME:1990-05-14]] | [[LOCATION:Hong Kong]] | private household | [[DATE_TIME:2024-04-20]] |
| 2 | [[PERSON:Jericho Manalastas]] | [[ID_NUMBER:P0982215B]] | [[DATE_TIME:1987-10-02]] | [[LOCATION:Qatar]] | Gulf Star Contracting | [[DATE_TIME:2024-04-22]] |
| 3 | [[PERSON:Maricel Buenaventura]] | [[ID_NUMBER:P7730194A]] | [[DATE_TIME:1995-01-28]] | [[LOCATION:Canada]] | care home, [[LOCATION:Winnipeg]] | [[DATE_TIME:2024-05-02]] |""",
    """team: platform
members:
  - name: [[PERSON:Oyinkansola Bello]]
    github: [[USERNAME:oyinbello]]
    homepage: [[URL:https://oyinbello.dev]]
    timezone: Africa/Lagos
  - name: [[PERSON:Rasmus Kjær]]
    github: [[USERNAME:rkjaer]]
    homepage: null
    timezone: Europe/Copenhagen
  - name: [[PERSON:Mele Havili]]
    github: [[USERNAME:melehavili]]
    homepage: [[URL:https://melehavili.nz/about]]
    timezone: Pacific/Auckland""",
    """EMPLOYEE             SIN           PROV  HIRED        BRANCH
[[PERSON:Gurleen Brar]]         [[ID_NUMBER:131 578 965]]   [[LOCATION:BC]]    [[DATE_TIME:2018-06-04]]   BR-014
[[PERSON:Étienne Lachance]]     [[ID_NUMBER:269 223 541]]   [[LOCATION:QC]]    [[DATE_TIME:2020-01-13]]   BR-221
[[PERSON:Amina Yusuf]]          [[ID_NUMBER:434 366 571]]   [[LOCATION:AB]]    [[DATE_TIME:2021-09-27]]   BR-087
[[PERSON:Liam O'Rourke]]        [[ID_NUMBER:564 002 426]]   [[LOCATION:NS]]    [[DATE_TIME:2015-03-02]]   BR-302""",
    """{"review_id": 55120, "reviewer": "[[USERNAME:wanderlust_meg]]", "stay": "[[DATE_TIME:March 2024]]", "rating": 5, "text": "Lovely staff, ask for [[PERSON:Joaquim]] at the bar!"}
{"review_id": 55121, "reviewer": "[[PERSON:Thomas K.]]", "stay": "[[DATE_TIME:February 2024]]", "rating": 2, "text": "Room 304 was freezing."}
{"review_id": 55122, "reviewer": "[[USERNAME:ak_travels88]]", "stay": "[[DATE_TIME:January 2024]]", "rating": 4, "text": "Great location near the old town."}""",
    """plate,driver,licence_no,offence,fine_eur,notice_sent_to
[[ID_NUMBER:FK-318-QW]],[[PERSON:Nicolas Garnier]],[[ID_NUMBER:120775200417]],speeding 62/50,135,[[ADDRESS:14 rue des Tanneurs]] [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]]
[[ID_NUMBER:GH-448-TZ]],[[PERSON:Elena Vasquez-Moll]],[[ID_NUMBER:VASQU861031E99ZP]],bus lane,90,[[ADDRESS:5 Bath Street]] [[LOCATION:Bristol]] [[ZIP_CODE:BS1 6HL]]
[[ID_NUMBER:FR-902-KL]],[[PERSON:Dieter Brandt]],[[ID_NUMBER:B072H1RX341]],speeding 97/80,135,[[ADDRESS:Lindenstraße 8]] [[ZIP_CODE:79098]] [[LOCATION:Freiburg]]""",
    """guest\tpartner\taddress\tdietary\tRSVP
Auntie [[PERSON:Florence Mensah]]\tUncle [[PERSON:Kwame]]\t[[ADDRESS:19 Tudor Close]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 5QR]]\tnone\tyes
[[PERSON:Daniel Osei-Tutu]]\t—\t[[ADDRESS:Flat 2, 7 Peckham Road]], [[LOCATION:London]] [[ZIP_CODE:SE5 8UH]]\tvegan\tyes
[[PERSON:Priscilla Asamoah]]\t[[PERSON:Joel Asamoah]]\t[[ADDRESS:44 Hollybush Lane]], [[LOCATION:Welwyn Garden City]] [[ZIP_CODE:AL7 4JL]]\thalal\tno""",
    """| Client | Pet | Species | Phone | Address | Next vaccination |
| --- | --- | --- | --- | --- | --- |
| [[PERSON:Graham Mbatha]] | Rocco | dog | [[PHONE_NUMBER:021 448 5520]] | [[ADDRESS:12 Kloof Nek Road]], [[LOCATION:Tamboerskloof]] | [[DATE_TIME:2024-05-02]] |
| [[PERSON:Yolandi Botha]] | Mr Whiskers | cat | [[PHONE_NUMBER:082 331 7709]] | [[ADDRESS:3 Vrede Street]], [[LOCATION:Gardens]] | [[DATE_TIME:2024-04-18]] |
| [[PERSON:Sizwe Dube]] | Kiki | parrot | [[PHONE_NUMBER:073 552 0148]] | [[ADDRESS:88 Buitengracht Street, Unit 5]], [[LOCATION:Bo-Kaap]] | [[DATE_TIME:2024-06-11]] |""",
    """Account holder: [[PERSON:Ciarán Ó Murchú]]
IBAN: [[IBAN_CODE:IE49 AIBK 9311 5235 6117 38]]
BIC: AIBKIE2D
Opened: [[DATE_TIME:2016-09-12]]
Type: current

Account holder: [[PERSON:Moira Delaney]]
IBAN: [[IBAN_CODE:GB60 NWBK 5600 3616 1655 98]]
BIC: NWBKGB2L
Opened: [[DATE_TIME:2022-01-05]]
Type: savings""",
    """Child | Authorised adult | Relationship | Phone | Password
[[PERSON:Te Ariki Henare]] | [[PERSON:Moana Henare]] | mother | [[PHONE_NUMBER:022 418 3307]] | kōwhai
[[PERSON:Te Ariki Henare]] | [[PERSON:Rawiri Henare]] | grandfather | [[PHONE_NUMBER:07 345 8821]] | kōwhai
[[PERSON:Isla McKenzie]] | [[PERSON:Fiona McKenzie]] | mother | [[PHONE_NUMBER:027 904 1153]] | tui
[[PERSON:Isla McKenzie]] | [[PERSON:Brodie Tait]] | family friend | [[PHONE_NUMBER:021 330 4479]] | tui""",
    """msisdn,subscriber,id_type,id_number,imei,registered
[[PHONE_NUMBER:0244 118 207]],[[PERSON:Akosua Boatemaa]],Ghana Card,[[ID_NUMBER:GHA-718204937-5]],356938035643809,[[DATE_TIME:2023-09-14]]
[[PHONE_NUMBER:0501 447 932]],[[PERSON:Yaw Darko]],Ghana Card,[[ID_NUMBER:GHA-002918447-1]],353918104472026,[[DATE_TIME:2023-10-02]]
[[PHONE_NUMBER:0277 903 115]],[[PERSON:Abdul-Rahman Issah]],Passport,[[ID_NUMBER:G2204817]],861536030194417,[[DATE_TIME:2024-01-22]]""",
]

CHAT = [
    """[14:02] Virtual Assistant: Hi! I'm Sky, how can I help today?
[14:02] Customer: need to change my flight
[14:03] Agent [[PERSON:Marcus]]: Hi there, this is [[PERSON:Marcus]] taking over. May I have the booking reference and the passenger's full name?
[14:03] Customer: 6HQ2TZ, [[PERSON:Olufunmilayo Adesanya-Grant]]
[14:04] Agent [[PERSON:Marcus]]: Thanks, [[PERSON:Ms Adesanya-Grant]]. For security, please confirm your date of birth.
[14:04] [[PERSON:Olufunmilayo]]: [[DATE_TIME:19 July 1986]]
[14:05] Agent [[PERSON:Marcus]]: Perfect. You're on the [[DATE_TIME:22 April]] flight to [[LOCATION:Toronto]]; which date would you like instead?
[14:05] [[PERSON:Olufunmilayo]]: [[DATE_TIME:25 April]] if possible, same time. also pls add my Aeroplan [[ID_NUMBER:552 118 407]]
[14:06] Agent [[PERSON:Marcus]]: Done — [[DATE_TIME:25 April at 18:35]] is confirmed, fare difference CAD 84.20. Shall I charge the card ending 8831?
[14:06] [[PERSON:Olufunmilayo]]: yes. and send the receipt to [[EMAIL_ADDRESS:funmi.ag@gmail.com]] not my work email
[14:07] Agent [[PERSON:Marcus]]: Sent! Anything else?""",
    """[09/03/24, 19:41] Mum: Right, flights are booked! Dad and I land at [[LOCATION:Heathrow]] on [[DATE_TIME:Thurs 28th at 06:50]]
[09/03/24, 19:42] [[PERSON:Tendai]]: 🙌 I'll pick you up. Send me the flight no.
[09/03/24, 19:42] Mum: KQ 100. Dad's passport expires in June so he's renewing it, the new number will be [[ID_NUMBER:FN4418207]]
[09/03/24, 19:44] [[PERSON:Rudo]]: Mum you can stay with me the 2nd week, address is [[ADDRESS:31 Cherry Tree Walk]], [[LOCATION:Beckenham]] [[ZIP_CODE:BR3 3PG]], my new landline [[PHONE_NUMBER:020 8650 4471]]
[09/03/24, 19:45] [[PERSON:Tendai]]: [[PERSON:Rudo]] is that the one above the bakery?
[09/03/24, 19:45] [[PERSON:Rudo]]: yep
[09/03/24, 19:47] Mum: Lovely. [[PERSON:Tendai]], what's [[PERSON:Chipo]]'s number again?
[09/03/24, 19:48] [[PERSON:Tendai]]: [[PHONE_NUMBER:+263 71 882 4419]]""",
    """#it-helpdesk
[[PERSON:Kiri Waititi]]  9:14 AM
@[[PERSON:Dev Malhotra]] can you reset MFA for [[PERSON:Paora Tawhiri]]? new phone, number's now [[PHONE_NUMBER:021 887 3054]]
[[PERSON:Dev Malhotra]]  9:16 AM
sure — what's his username?
[[PERSON:Kiri Waititi]]  9:16 AM
[[USERNAME:ptawhiri]]. he's working from the [[LOCATION:Rotorua]] office today, IP showing as [[IP_ADDRESS:203.97.118.44]]
[[PERSON:Dev Malhotra]]  9:21 AM
done. temp code sent to his personal email [[EMAIL_ADDRESS:p.tawhiri@gmail.com]], he needs to enrol before 11
[[PERSON:Paora Tawhiri]]  9:40 AM
all sorted, cheers both 🙏""",
    """Concierge: Good evening [[PERSON:Mr. Oduya]], this is [[PERSON:Inés]] at the concierge desk. Your table at Harbour Kitchen is confirmed for [[DATE_TIME:Saturday 23 March at 8pm]], 4 guests.
Guest: Great, thanks [[PERSON:Inés]]. Can you also book a car to the airport on Monday morning? Flight is at 10:40
Concierge: Of course. Pickup at 7:45 from the main entrance; the driver, [[PERSON:Sanjay]], will text you from [[PHONE_NUMBER:+61 412 009 817]].
Guest: perfect, charge it to room 1806. also the table booking should be under my wife's name, [[PERSON:Dr. Akinyi Oduya]], not mine
Concierge: Updated! Enjoy your evening.""",
    """You: Hi, I booked a car for pick-up in [[LOCATION:Reykjavík]] on [[DATE_TIME:14 Aug]] but my licence is from [[LOCATION:Nigeria]] — is that OK?
Agent ([[PERSON:Guðrún]]): Hi! Yes, as long as it's in English or you bring an IDP. Can I have your name and booking number?
You: [[PERSON:Ifeanyi Chukwuma]], booking 77AXR-2210
Agent ([[PERSON:Guðrún]]): Thanks [[PERSON:Ifeanyi]], I can see it. What's the licence number so I can add it?
You: [[ID_NUMBER:KJA88120AC14]]
Agent ([[PERSON:Guðrún]]): Added. The deposit hold goes on a card in the driver's name — is it the Visa ending 1534?
You: no use my Mastercard [[CREDIT_CARD:5248 0315 6107 5207]], exp 03/27
Agent ([[PERSON:Guðrún]]): Please don't share full card numbers in chat — I've masked it on our side. You'll be asked for the card at the desk.
You: sorry! my number while travelling is [[PHONE_NUMBER:+234 802 331 9071]]""",
    """Chat transcript — Customer: [[PERSON:Deborah Achterberg-Osei]] | Agent: [[PERSON:Liam]] (Team 4)
[[PERSON:Liam]]: Hi [[PERSON:Deborah]], thanks for waiting. I just need to verify a few details. Could you confirm your postcode and date of birth?
[[PERSON:Deborah]]: [[ZIP_CODE:NG7 2FQ]] and [[DATE_TIME:30/11/1972]]
[[PERSON:Liam]]: Thank you. And the payee set up yesterday — was that "[[PERSON:T. Okoro]]", account [[ID_NUMBER:44180293]], sort code 30-94-57?
[[PERSON:Deborah]]: no!! I never set that up. I think someone got into my account. I had a text from [[PHONE_NUMBER:07418 220 519]] pretending to be you
[[PERSON:Liam]]: I've frozen the account. Your new card will go to [[ADDRESS:58 Derby Road]], [[LOCATION:Lenton]], [[LOCATION:Nottingham]] — is that still correct?
[[PERSON:Deborah]]: yes
[[PERSON:Liam]]: Your fraud case is FR-20240312-0418. A specialist, [[PERSON:Amara]], will call you on [[PHONE_NUMBER:07903 118 442]] within 2 hours.""",
    """Mon 4 Mar
[[PERSON:Ritu]] (tenant): Hi [[PERSON:Mr Papadopoulos]], the boiler at [[ADDRESS:22B Wrottesley Road]] is leaking again 😞
[[PERSON:Nikos Papadopoulos]]: Hi [[PERSON:Ritu]], sorry to hear. I'll send my plumber [[PERSON:Dave Kerrigan]] tomorrow, his mobile is [[PHONE_NUMBER:07868 441 092]]
[[PERSON:Ritu]] (tenant): Thanks. I'm out from 9 but my flatmate [[PERSON:Jessie]] will be in
Tue 5 Mar
[[PERSON:Nikos Papadopoulos]]: [[PERSON:Dave]] says he can come Thursday at 2pm instead
[[PERSON:Ritu]] (tenant): that works. Also the March rent — I paid it from my new account, [[PERSON:Ritu Sharma]], 20-32-06 / [[ID_NUMBER:63392017]], just so you know it's me
[[PERSON:Nikos Papadopoulos]]: Got it, thanks [[PERSON:Ritu]]""",
    """Agente [[PERSON:Marie-Ève]] : Bonjour, bienvenue au soutien technique! À qui ai-je le plaisir de parler?
Client : Bonjour, c'est [[PERSON:Olivier Bouchard-Nadeau]]
Agente [[PERSON:Marie-Ève]] : Merci [[PERSON:Olivier]]. Pour vérifier votre identité, pouvez-vous me donner votre date de naissance et votre code postal?
Client : [[DATE_TIME:14 février 1992]], [[ZIP_CODE:G1R 3Z2]]
Agente [[PERSON:Marie-Ève]] : Parfait. Que puis-je faire pour vous?
Client : Je veux garder mon numéro, [[PHONE_NUMBER:418 998-2041]], passer à un nouveau forfait et changer mon adresse pour [[ADDRESS:1120, avenue Cartier, app. 5]], [[LOCATION:Québec]]
Agente [[PERSON:Marie-Ève]] : C'est fait. Votre nouvelle carte SIM sera livrée d'ici trois jours ouvrables. Votre courriel est toujours [[EMAIL_ADDRESS:olivier.bn@outlook.com]]?
Client : Oui, merci!""",
]

LOOKALIKE = [
    """Release 10.4.2.118 (build 2024.03.11-rc2) is now live. Checksums: SHA-256 9f2c4e1a7b3d8805c6e2f19a0b4d7c3e5a1f6b2d8e9c0a7f4b3e2d1c0a9b8f7e. Fixed: SKU AX-4471-BLK showing as out of stock; invoice INV-2024-008812 rounding; tracking numbers like 1Z999AA10123456784 not linking. The Parkinson's and Alzheimer's charity bundles now ship from the Wellington Street warehouse. ISBN 978-0-7432-7356-5 reprint arrives Friday. Questions: support@northgate-books.example or 1-800-267-4410 (Mon–Fri, 9–5). Device serial SN-00A4-7F21-99C3; config UUID 3f8a2c10-77e4-4b1d-9a0e-5c2b81f4d6e7.""",
    """Bookshop order 55-1029 (placed by [[PERSON:Hester Mulvaney]], [[EMAIL_ADDRESS:hester.mulvaney@gmail.com]]): 2 x ISBN 978-1-99215-683-8, 1 x ISBN 978-2-84111-603-4, gift-wrapped. Note: Darwin's Origin is backordered; the Newton Road branch has one copy. Invoice 0041882, dispatch ref DSP-77120-B, carrier hotline 0344 800 4100.""",
    """Changelog: bumped the agent from 2.14.0.3 to 2.14.1.0; the schema is now v192.168.1 (yes, that's a version, not an IP). The hash for the admin bundle is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855. Only one real incident this sprint: user [[USERNAME:jmwangi_ops]] was locked out after repeated failures from [[IP_ADDRESS:41.80.22.196]]. Ticket OPS-4471, incident INC0098812, asset tag LT-2291-KE.""",
    """Hi, thanks for contacting Parcelway. Your order ORD-88120-UK (invoice IV/2024/03/7712) was dispatched on 11 March with tracking PW-0044-8812-77GB and will be delivered by our partner courier. For changes call 0330 123 4410 or email deliveries@parcelway.example; for returns use returns@parcelway.example and quote RMA-55102. The driver will call the number on the order, [[PHONE_NUMBER:07723 440 918]], and ask for [[PERSON:Ms. Okafor]] on arrival.""",
    """FACTURA — Serie A, Folio 20418
Emisor: Distribuidora del Bajío S.A. de C.V., RFC DBA0903158K2, régimen 601
Folio fiscal (UUID): 6F1C2A8E-44D7-4B10-9E3A-77C2B1F05A93
Lugar de expedición: sucursal de la calle Miguel Hidalgo
Pedido 7719-MX, guía de envío 8840 1772 0930 MX, SKU BJ-220-ROJO
Atención a clientes: 800 112 4477 o ventas@bajio-distribuidora.example
Receptor: [[PERSON:Marisol Treviño Garza]], [[EMAIL_ADDRESS:marisol.trevino.g@gmail.com]]""",
    """Clinical coding notes: Hodgkin's lymphoma (C81.9), Crohn's disease (K50.9) and Down syndrome (Q90.9) remain eponymous in ICD-10; the Apgar score, the Glasgow Coma Scale and the Babinski sign are named after their describers. Lab accession LAB-24-0077812, specimen barcode 0045118820, ward extension 4471. This week's audit sample includes one record: [[PERSON:Perpetua Nwankwo]], DOB [[DATE_TIME:03/05/1961]].""",
    """Itinerary summary (no action needed): flight QF 409 departs Terminal 3 Gate 12 at 07:05, seat 23A, fare basis YLXAU, e-ticket 081 2144188201; hotel confirmation 88204417 at the Hilton on George Street (front desk +61 2 9266 2000, reservations@hilton-sydney.example); car with Hertz, voucher HZ-7712-AU, collection from the Collins Street depot. Traveller: [[PERSON:Declan Murphy-Osei]], Qantas Frequent Flyer [[ID_NUMBER:1928 4471]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind73", STYLES, OUT)


if __name__ == "__main__":
    main()

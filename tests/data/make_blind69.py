"""Build tests/data/blind69.jsonl: a *blind*, hand-written labeled PII set (table-heavy).

    .venv/bin/python tests/data/make_blind69.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and the style descriptions, and its import lines) and its closing
scaffolding from `STYLES = {` to the end of the file (copied below, with
this set's style names); gold_sets.py (whole file); and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes and
`parse()`). Not read: minimize/, recognizers/, any other test or any other
part of those files, bench/, the README, any *.jsonl set, any other
make_*.py script, git history, log or status. The detector, the bench and
the tests were never run, and the output .jsonl was not read back. Do not
tune the detector against this set: once it has been used to tune, it no
longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country (the national check digits inside the
Portuguese, Spanish, French and Belgian IBANs are right too). National ids
with a public check digit were given a valid one: CPF, PIS/PASEP and CNS
(Brazil), NHS number, SIN, Aadhaar (Verhoeff), BSN, DNI / NIE, South
African ID (agreeing with the sex and birth date where they show), TFN,
Australian Medicare, Irish PPSN, Singapore NRIC / FIN, NZ IRD and NHI; so
were the ISBN-13 look-alikes. All of these were worked out with throwaway
hand-run code while writing (digits picked by hand, only the check digit
computed; nothing generated here), and `gold_sets.check` re-checks cards
and IBANs. UK NI numbers and licences, US SSNs, PAN, UAN, Sri Lankan NIC,
Nigerian BVN, Ugandan NIN, Kenyan ids and KRA PINs, Philippine SSS,
PhilHealth, TIN, Pag-IBIG, UMID and PhilSys numbers, Ghana Card numbers,
passports, other licences, plates, bank account numbers and staff, student,
member, patient and customer numbers were not checked.

Styles (ids `blind69-<style>-NNN`; 240 records):
- `gen` (82): one to four sentences with personal data woven into prose, as
  a third-party LLM writes "realistic sentences with personal data"; extra
  weight on insurance claims (motor, home, health, dental, travel, life,
  pet, critical illness, workers' comp; about 19) and HR / payroll
  (onboarding, bank details, tax ids, leave, terminations, references;
  about 17), the rest spread over banking, health, pharmacy, legal,
  government and immigration, schools, retail and deliveries, travel,
  telecoms and utilities, lettings, gaming, social media, tech support,
  gyms, vets, sports clubs, charities, weddings, libraries and police.
  Names at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `bench` (83): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (28: odd mixed sentences dense with names, job titles,
  streets with building numbers, secondary addresses, IPs, MACs, user
  agents, card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1 (22:
  claim forms, contracts, medical, loan, HR and legal forms, notices,
  statements) and Nemotron-PII (33: JSON, log lines, SQL, XML, .env, YAML,
  vCard, iCal, LDIF, HL7, FHIR, curl, code, GraphQL, HTTP, tickets, labels).
- `table` (60): one small labeled table per record rendered as text (CSV,
  semicolon CSV, TSV, pipes / Markdown, fixed-width, JSON lines, YAML,
  key: value blocks) with two to five data rows, varied
  column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, a WhatsApp group, Slack, a Messenger thread in
  Taglish, a claims live chat, a landlord thread, a Discord server and a
  ward handover, with the speakers' names and the data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking and invoice refs, SKUs, EAN and ISBN codes, IP-shaped versions
  and firmware, hashes, serials, licence keys, company phones, role
  mailboxes, eponyms, streets named after people with no number), the few
  real PII values labeled; one has no PII at all.
About nine records in ten are in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Singapore, Malaysia, the Philippines,
Nigeria, Ghana, Kenya, Uganda, South Africa and Trinidad contexts, with
names from the many cultures living there); 26 are in Brazilian Portuguese
(12) and Tagalog or Taglish (14).

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart; job titles are not TITLE and family
  words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, incident, signature, letter ...) with a day or month, in
  any shape, with a weekday or clock time said with them inside the span;
  not bare years, weekdays or times alone, durations, or dates not tied to
  a person (sale, invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB, IFSC, routing, branch and agency codes,
  BIC / SWIFT, CVVs and expiries, PINs, order / ticket / claim / policy /
  booking / tracking references, company phones and role mailboxes,
  versions, hashes, serials, partial numbers ("ending 4417"), pets and
  their ages, eponyms and brands named after people, header rows.
- Calls made while writing this set: in a table a "sex", "gender", "role",
  "dept", "grade", "plan" or "status" column stays unlabeled, an "age"
  column is AGE, a "country", "state", "province", "city", "suburb",
  "region" or "home club" column is LOCATION and a "nationality" or
  "religion" column is NRP; a building number in its own field is ADDRESS
  and so is a secondary address field or a street given apart from its
  number; a "last login", "last_seen" or "created_at" timestamp of a
  person's account, a calendar invite's start and end and an email's Date
  header are DATE_TIME, while log-line timestamps (even on a user's login
  line), bank-statement and payment-log dates and pay-period ("week
  ending") dates are not; a vehicle VIN is a serial and stays unlabeled
  while a plate is ID_NUMBER; insurance policy and claim numbers stay
  unlabeled like other references while health-plan member ids are
  ID_NUMBER; a server's IP address (DB host, SMTP relay) is IP_ADDRESS like
  any other; "Chief", "Deacon" and "Officer" before a name, the Filipino
  honorifics "G.", "Gng.", "Bb." and "Mang", the Portuguese "Sr.", "Sra.",
  "Dona" and "Dra." and a boarding pass's trailing "MS" are TITLE, while
  "Kuya", "Ate", "Tita", "Lolo" and "Auntie" are family words and stay
  outside; a Philippine barangay or district and a Brazilian bairro are
  LOCATION; "d/o" between two names stays outside them; a name written
  "SURNAME, Given" is two PERSON spans.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind69.jsonl")

GEN = [
    # --- insurance claims ---
    """Hi, I'd like to report water damage under my home policy HH-2291-0457. Policyholder is [[PERSON:Graham Whitcombe]], the house is [[ADDRESS:17 Orchard Rise]], [[LOCATION:Tonbridge]] [[ZIP_CODE:TN10 4PL]], and the leak started on the night of [[DATE_TIME:Sunday 12 January 2025]]. The loss adjuster can ring me on [[PHONE_NUMBER:07812 446 903]] any weekday after 4.""",
    """On [[DATE_TIME:03/18/2025 at 7:40 p.m.]] my Civic was rear-ended at the light on Ventura Blvd. The other driver gave his name as [[PERSON:Dmitri Kovalenko]], CA license [[US_DRIVER_LICENSE:D7430981]], plate [[ID_NUMBER:8KTZ512]], phone [[PHONE_NUMBER:818-309-4472]]. Please send the claim forms to [[EMAIL_ADDRESS:r.okafor.home@gmail.com]]. Thanks, [[PERSON:Rosemary Okafor]]""",
    """[[PERSON:Anjali Subramanian]] (member ID [[ID_NUMBER:XHB448120973]]) has asked why her claim for the MRI she had on [[DATE_TIME:February 6]] was only partly paid; the explanation of benefits went to her old address, [[ADDRESS:48 Kellerman Court]], [[LOCATION:Edison]], [[LOCATION:NJ]] [[ZIP_CODE:08817]], instead of the new one.""",
    """My flight home from [[LOCATION:Nairobi]] was cancelled and I'm claiming under my travel cover, policy TRV/88/104522. Name as on passport: [[PERSON:Wanjiru Kamau]], passport no. [[ID_NUMBER:AK0392817]], date of birth [[DATE_TIME:14.09.1990]]. I'm still in [[LOCATION:Kenya]] and reachable on [[PHONE_NUMBER:+254 722 418 306]].""",
    """claim note [[DATE_TIME:14/05]] - spoke to [[PERSON:tomasz wisniewski]] about the burst pipe at his flat ([[ADDRESS:Flat 6, 22 Ormeau Road]], [[LOCATION:Belfast]] [[ZIP_CODE:BT7 1EB]]). says the plumber came out on the [[DATE_TIME:9th of May]] and he has the invoice. wife [[PERSON:agnieszka]] will email photos from [[EMAIL_ADDRESS:aga.wisniewska@hotmail.co.uk]].""",
    """The beneficiary named on the funeral policy is [[PERSON:Nomvula Dlamini]], ID number [[ID_NUMBER:9207260193083]], and the payout should go into her Capitec account [[ID_NUMBER:1583920471]], branch code 470010. She can be contacted on [[PHONE_NUMBER:082 419 6630]].""",
    """Claimant [[PERSON:Gurpreet Singh Sandhu]], [[AGE:41]], of [[ADDRESS:3318 Kingsway]], [[LOCATION:Burnaby]], [[LOCATION:BC]] [[ZIP_CODE:V5R 5K8]], says his minivan was hit while parked outside the public library on [[DATE_TIME:Saturday, April 5]]. A witness, [[PERSON:Ms. Joanne Lui]], left a note with her number, [[PHONE_NUMBER:604-551-2938]].""",
    """Please resubmit the claim for [[PERSON:Ethan]]'s crown under his mother's dental plan. The subscriber is [[PERSON:Lucia Castillo]], SSN [[US_SSN:538-21-7740]], date of birth [[DATE_TIME:11/02/1979]], and [[PERSON:Ethan]]'s date of service was [[DATE_TIME:January 27, 2025]].""",
    """[[PERSON:Mehmet Yilmaz]]'s laptop and e-bike were taken from [[ADDRESS:Unit 4, 61 Sydney Road]], [[LOCATION:Brunswick]] [[LOCATION:VIC]] [[ZIP_CODE:3056]] sometime between [[DATE_TIME:Friday 7 March]] and [[DATE_TIME:Saturday 8 March]]. Police event number E25031187; he's asked us to call him on [[PHONE_NUMBER:0413 772 905]] rather than email.""",
    """We're sorry to tell you that your claim CLM-0092271 can't be paid, because the damage was caused by gradual wear rather than a sudden event. If you'd like us to look at it again, reply quoting your customer number [[ID_NUMBER:CU-7730418]]. Yours sincerely, [[PERSON:Harriet Osei]], Claims Handler""",
    """Incident report: warehouse operative [[PERSON:Luis Alberto Fuentes]] (staff no. [[ID_NUMBER:40917]]) slipped on the wet loading dock on [[DATE_TIME:2025-04-22 at 06:50]] and hurt his left wrist. He was seen at the urgent care on [[ADDRESS:1200 W Alameda Ave]] and the workers' comp claim has gone to the carrier.""",
    """Olá, meu nome é [[PERSON:Carla Menezes]] e preciso abrir um sinistro no meu seguro residencial. A água entrou no meu apartamento, na [[ADDRESS:Rua Padre Chagas, 415, apto 302]], [[LOCATION:Moinhos de Vento]], [[LOCATION:Porto Alegre]], no dia [[DATE_TIME:2 de maio]]. Meu CPF é [[ID_NUMBER:431.950.287-60]] e o celular é [[PHONE_NUMBER:(51) 99834-2071]].""",
    """Magandang araw po. Ako si [[PERSON:Rowena Dela Cruz]] at gusto ko pong mag-file ng claim para sa pagka-ospital ng asawa kong si [[PERSON:Arnel]] noong [[DATE_TIME:Marso 3]]. Ang PhilHealth number niya ay [[ID_NUMBER:12-050318724-6]], at puwede n'yo po akong tawagan sa [[PHONE_NUMBER:0917 845 2290]].""",
    """[[TITLE:Chief]] [[PERSON:Chukwuemeka Eze]] of [[ADDRESS:14 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] has lodged a motor claim after his Camry, registration [[ID_NUMBER:LND 482 KJ]], was damaged in the flooding of [[DATE_TIME:2 July]]. VIN 4T1BF1FK5CU512803 is on the proposal form.""",
    """For the windscreen claim we just need the driver's details: [[PERSON:Priyanka Chaudhary]], licence [[ID_NUMBER:CHAUD852195P99KT]], and the best time to call her on [[PHONE_NUMBER:07700 318 442]] is lunchtime.""",
    # --- HR / payroll ---
    """Please update [[PERSON:Fatima Zahra Benali]]'s bank details for payroll: new account number [[ID_NUMBER:41829370]], sort code 20-45-77. Her employee number is [[ID_NUMBER:E-00731]] and she'd like the change in place before the June run.""",
    """[[PERSON:Kevin O'Sullivan]] starts as warehouse supervisor on [[DATE_TIME:Monday 2 June 2025]]. His PPSN is [[ID_NUMBER:6819204J]] and the signed contract should be posted to [[ADDRESS:5 Glenview Park]], [[LOCATION:Tallaght]], [[LOCATION:Dublin]] [[ZIP_CODE:D24 K2F1]].""",
    """New hire packet for [[PERSON:Jasmine Tran]]: SSN [[US_SSN:412-68-9035]], DOB [[DATE_TIME:April 9, 1996]], home address [[ADDRESS:7702 Cedar Bluff Dr]], [[LOCATION:Knoxville]], [[LOCATION:TN]] [[ZIP_CODE:37919]]. Direct deposit goes to checking account [[ID_NUMBER:0038817245]], routing 064000017.""",
    """Following the disciplinary hearing held on [[DATE_TIME:14 May 2025 at 14:00]], [[PERSON:Andrew Pillay]]'s employment was terminated. His final payslip and UI-19 form will be emailed to [[EMAIL_ADDRESS:andrewpillay82@outlook.com]]; his ID number is [[ID_NUMBER:8703145082088]] for the UIF declaration.""",
    """hey its [[PERSON:marcus]] from nights, my tax code looks wrong on this months slip?? can someone in payroll check it. NI number is [[ID_NUMBER:JT 84 21 09 B]], payroll no [[ID_NUMBER:77105]]""",
    """[[PERSON:Siobhan Reilly]] has returned her TFN declaration ([[ID_NUMBER:459 283 162]]) and super choice form. She was born on [[DATE_TIME:23/08/1988]] and lives at [[ADDRESS:2/14 Beach Street]], [[LOCATION:Coogee]] [[LOCATION:NSW]] [[ZIP_CODE:2034]].""",
    """Salary for [[PERSON:Rohit Deshmukh]] (Emp Code [[ID_NUMBER:INF-22871]], PAN [[ID_NUMBER:BXKPD4417M]]) will now be credited to A/c No. [[ID_NUMBER:50100248813972]], IFSC HDFC0000239; his UAN [[ID_NUMBER:100938274615]] has been linked for PF.""",
    """The Record of Employment for [[PERSON:Marie-Ève Tremblay]] (SIN [[ID_NUMBER:285 307 625]]) shows her last day worked as [[DATE_TIME:March 28, 2025]]; she asked that a copy be mailed to [[ADDRESS:4471 rue Saint-Denis, app. 3]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2J 2L2]].""",
    """[[PERSON:Adaeze Nwosu]] has handed in her maternity leave form: she plans to start leave on [[DATE_TIME:1 August 2025]] and come back on [[DATE_TIME:2 February 2026]]. Her line manager, [[PERSON:Tunde Bakare]], has already signed it.""",
    """For this month's CPF submission, please add [[PERSON:Tan Wei Ling]] (NRIC [[ID_NUMBER:S8834172D]]), who joined us on [[DATE_TIME:5 May 2025]]; her mobile is [[PHONE_NUMBER:+65 9127 3840]] in case the agency needs to confirm anything.""",
    """I'm glad to give a reference for [[PERSON:Aroha Ngata]], who reported to me from [[DATE_TIME:March 2019]] until [[DATE_TIME:November 2023]] and was the most reliable scheduler we had. Feel free to call me on [[PHONE_NUMBER:021 448 3902]]. Regards, [[PERSON:Brendan Walsh]]""",
    """We have received an income withholding order for child support in respect of [[PERSON:Terrence Boyd Jr.]]; the SSN on the order ends in 4471, which matches our records, so deductions start from the next pay run.""",
    """Prezados, segue a documentação do novo colaborador [[PERSON:Thiago Albuquerque]]: CPF [[ID_NUMBER:068.214.735-44]], PIS [[ID_NUMBER:120.48372.61-0]], data de admissão [[DATE_TIME:16/06/2025]]. O salário deve ser depositado na conta corrente [[ID_NUMBER:04417-3]], agência 1520 do Itaú.""",
    """Hi HR, si [[PERSON:Jerome Bautista]] po ito from Accounting. Pakiayos naman po ng SSS number ko sa payroll kasi mali ang nakalagay, ang tama po ay [[ID_NUMBER:34-7720915-3]]. Salamat po!""",
    """Can you check whether [[PERSON:Ama Owusu-Ansah]]'s overtime from the week of [[DATE_TIME:April 14]] was paid? Her staff ID is [[ID_NUMBER:KATH-3381]] and she says the hours were approved by [[PERSON:Mr. Kwabena Asante]].""",
    # --- banking / cards ---
    """[[PERSON:Olumide Adeyemi]] called to dispute a ₦48,500 POS charge on his card [[CREDIT_CARD:5399 8310 4728 8150]]; his BVN is [[ID_NUMBER:22184930571]] and he banks at our branch in [[LOCATION:Ikeja]].""",
    """I lost my wallet on the bus in [[LOCATION:Leeds]] this morning, please block my debit card [[CREDIT_CARD:4556 7300 2184 5518]] straight away and send a new one to [[ADDRESS:29 Headingley Mount]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 3EL]]. Thanks, [[PERSON:Harpreet Kaur Bains]]""",
    """Transfer of €2,300 to [[PERSON:Lukas Brandt]], IBAN [[IBAN_CODE:DE49 5001 0517 5409 1882 11]], was held for review because the payee name did not match; customer [[PERSON:Eilidh MacLeod]] confirmed it by phone on [[DATE_TIME:Tuesday 20 May]].""",
    # --- health / pharmacy ---
    """[[PERSON:Mrs. Evelyn Achterberg]], [[AGE:82]], was brought into A&E on the evening of [[DATE_TIME:17 April]] with a suspected fractured hip. NHS number [[ID_NUMBER:943 476 5919]]; next of kin is her son [[PERSON:Pieter]], on [[PHONE_NUMBER:01904 627 318]].""",
    """Prescription ready for [[PERSON:Zhou Li Na]] (DOB [[DATE_TIME:1961-12-03]]) at the Bloor Street pharmacy; she asked us to text [[PHONE_NUMBER:647-382-0915]] when it's ready instead of calling.""",
    """my dad [[PERSON:ravi]] is [[AGE:67]] and has had a cough for three weeks, can I book him in with [[PERSON:Dr Menon]] on [[DATE_TIME:thursday the 12th]]? his patient number is [[ID_NUMBER:PT-0091846]]""",
    # --- legal / government ---
    """The hearing in [[PERSON:Jovanović]] v Harbour Lettings Ltd has been relisted for [[DATE_TIME:Thursday 19 June 2025 at 10:00]] at the county court; [[PERSON:Ms. Jovanović]] should bring her tenancy agreement and the deposit receipt.""",
    """Your passport renewal application for [[PERSON:Olivia Grace Bennett]], born [[DATE_TIME:2 March 2011]], arrived on [[DATE_TIME:8 April]] and is being processed. We'll post the new passport to [[ADDRESS:11 Kingfisher Way]], [[LOCATION:Bicester]] [[ZIP_CODE:OX26 6WB]].""",
    """Case officer's note: [[PERSON:Abdirahman Hassan Warsame]], a [[NRP:Somali]] national born [[DATE_TIME:1 January 1994]], attended his biometrics appointment at the [[LOCATION:Croydon]] centre on [[DATE_TIME:Wednesday 21 May at 09:20]]; his BRP number [[ID_NUMBER:ZX5019384]] was re-issued.""",
    """Dear [[PERSON:Mr. Amoah]], your Ghana Card number [[ID_NUMBER:GHA-718204993-4]] has been linked to your TIN. If any of the details below are wrong, call the office at [[LOCATION:Kumasi]] with your receipt.""",
    """Voter registration confirmation: [[PERSON:Leilani Kahananui]], [[ADDRESS:94-1036 Waipahu Street]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]], registered as a [[NRP:Democrat]] on [[DATE_TIME:October 3, 2024]].""",
    # --- schools / universities ---
    """My daughter [[PERSON:Amara]] ([[AGE:9]]) will miss school on [[DATE_TIME:Friday 23rd May]] because of a hospital appointment in the morning. Any questions, please ring me on [[PHONE_NUMBER:07956 213 884]]. Many thanks, [[PERSON:Kemi Oladipo]]""",
    """Student [[PERSON:Nguyen Thi Mai]] (ID [[ID_NUMBER:s4421873]]) has asked for an extension on her thesis chapter because of illness; her supervisor, [[PERSON:Prof. Helen Whitlock]], supports a new deadline. [[PERSON:Mai]]'s contact email is [[EMAIL_ADDRESS:mai.nguyen@student.uq.edu.au]].""",
    """Parent-teacher conference for [[PERSON:Diego Ramírez]] is set for [[DATE_TIME:Tuesday, November 4 at 3:45 PM]] in Room 112; his mom, [[PERSON:Yesenia]], prefers texts at [[PHONE_NUMBER:(956) 381-0724]].""",
    # --- retail / deliveries ---
    """Return authorised for order #A-558102 placed by [[PERSON:Callum Fraser]]; the refund of £64.99 will go back to the Mastercard ending 9872. DPD will collect the parcel from [[ADDRESS:41 Sciennes Road]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1NX]] on [[DATE_TIME:Wednesday 14 May]].""",
    """Parcel for [[PERSON:Senthil Kumar]], [[ADDRESS:No. 12, 3rd Cross, 5th Main]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]. Please call [[PHONE_NUMBER:+91 98450 21736]] before delivering, nobody is home after 10.""",
    """the courier left my package with a neighbour called [[PERSON:Bev]] at number 14 instead of at [[ADDRESS:16 Mafeking Terrace]], and now I can't find which house is hers, can you ask the driver? — [[PERSON:sam o'donnell]]""",
    """Oi, sou a [[PERSON:Juliana Prado]] e comprei um fone que veio com defeito. Quero devolver e receber o estorno no cartão [[CREDIT_CARD:6363 6800 5117 2945]]. Meu endereço para a coleta é [[ADDRESS:Av. Sete de Setembro, 2210, bloco B, apto 54]], [[LOCATION:Salvador]] - [[LOCATION:BA]], CEP [[ZIP_CODE:40060-001]].""",
    # --- travel / hotels / airlines ---
    """Booking QX7TLM: [[PERSON:Mr. Hamid Rahimi]] and [[PERSON:Mrs. Parisa Rahimi]], arriving [[DATE_TIME:22 Jul 2025]], departing [[DATE_TIME:29 Jul 2025]]. Guest asked for a ground-floor room as [[PERSON:Mr. Rahimi]] is [[AGE:78]] and uses a walker; [[NRP:Iranian]] passport [[ID_NUMBER:P44182731]].""",
    """Hi, I'm travelling with my son [[PERSON:Kai]], who is [[AGE:4]], on flight NZ 103 on [[DATE_TIME:June 30]]; could you add his passport [[ID_NUMBER:LH482019]] to the booking? My name is [[PERSON:Mereana Tipene]].""",
    """Kindly note that guest [[PERSON:Rajesh Iyer]] checked out of room 418 on [[DATE_TIME:12/04/2025 at 11:30]] and left a charger; his contact number on file is [[PHONE_NUMBER:+91-22-2649-8813]].""",
    # --- telecoms / utilities ---
    """To port the number [[PHONE_NUMBER:0412 905 337]] to us we need the account holder's full name, [[PERSON:Tran Van Hieu]], and his date of birth, [[DATE_TIME:17/03/1975]], exactly as your old provider has them.""",
    """Gas meter read for [[ADDRESS:Flat 2B, 9 Albion Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G1 1LH]] was booked for the morning slot on [[DATE_TIME:Monday 16 June]]; the account holder, [[PERSON:Mr. Stuart McAllister]], won't be home so his neighbour [[PERSON:Moira]] has the key.""",
    """Ang bill ko sa internet ay dumoble ngayong buwan. Account name: [[PERSON:Maricel Villanueva]], account number [[ID_NUMBER:0293-118-447]], address [[ADDRESS:Blk 7 Lot 22 Sampaguita St.]], [[LOCATION:Brgy. Molino III]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]]. Pakitingnan naman po.""",
    # --- lettings / real estate ---
    """The lease for [[ADDRESS:Apartment 1204, 88 Queens Quay West]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5J 0B8]] begins [[DATE_TIME:September 1st]]; tenants are [[PERSON:Farid Haddad]] and [[PERSON:Noor Haddad]], and the first and last month's rent is due at signing.""",
    """Viewing confirmed for [[DATE_TIME:Sat 7 June, 11:15]] at [[ADDRESS:3 Wattle Grove]], [[LOCATION:Newtown]]. The prospective tenant, [[PERSON:Ifeoma]], will bring her guarantor, [[PERSON:Chinedu Okeke]], whose details are [[EMAIL_ADDRESS:c.okeke@bigpond.com]] / [[PHONE_NUMBER:0438 227 610]].""",
    # --- gaming / social media / tech support ---
    """The account [[USERNAME:nightowl_kenji]] was banned for repeated chargebacks. Registered email: [[EMAIL_ADDRESS:kenji.morimoto97@yahoo.co.jp]]; last login from [[IP_ADDRESS:126.214.88.30]] on [[DATE_TIME:2025-03-30 02:14 JST]].""",
    """follow my cousin [[PERSON:Tasha]] on insta @[[USERNAME:tashabakes.nz]], she's doing custom cakes out of her kitchen in [[LOCATION:Porirua]] now and honestly they're unreal""",
    """I can't log in to the HR portal since my password reset. Username [[USERNAME:dkariuki]], work email [[EMAIL_ADDRESS:david.kariuki@tumainilogistics.co.ke]], and my laptop shows IP [[IP_ADDRESS:10.14.2.117]] if that helps.""",
    """Ticket INC0048821: user [[PERSON:Aigerim Bekova]] reports her VPN drops every few minutes; her home IP is [[IP_ADDRESS:2a02:c7c:9d41:1e00:5d3:88ff:fe21:7b40]] and the laptop MAC is 3C:22:FB:91:0A:7E.""",
    """Someone keeps impersonating my brother [[PERSON:Rafael]] on TikTok with the handle @[[USERNAME:rafa.oliveira.oficial]]; his real account is @[[USERNAME:rafaoliveira_]] and his page is [[URL:https://www.tiktok.com/@rafaoliveira_]].""",
    # --- gyms / vets / clubs ---
    """Welcome to the club, [[PERSON:Bongani]]! Your membership number is [[ID_NUMBER:VG-338104]] and your first induction is on [[DATE_TIME:Thursday 3 July at 6:30 pm]] at our branch in [[LOCATION:Sandton]].""",
    """Biscuit (Labrador, 7) is booked in for her boosters on [[DATE_TIME:Tue 10 June at 4:15pm]]; owner [[PERSON:Marguerite Lafleur]], [[PHONE_NUMBER:(514) 903-2281]], asked that we use the side entrance.""",
    """The under-12s sign-up for [[PERSON:Tomás Ó Briain]] lists his date of birth as [[DATE_TIME:30/09/2013]] and his emergency contact as [[PERSON:Gráinne]] on [[PHONE_NUMBER:087 624 1190]].""",
    # --- church / charity / community ---
    """Thank you, [[TITLE:Deacon]] [[PERSON:Samuel Mensah]], for organising the food drive; the [[NRP:Methodist]] women's group will drop off the boxes at [[ADDRESS:27 Palm Avenue]], [[LOCATION:Kaneshie]] on [[DATE_TIME:Saturday 14 June]].""",
    """Gift Aid declaration: I, [[PERSON:Rebecca Holloway]], of [[ADDRESS:The Old Forge, Church Lane]], [[LOCATION:Little Milton]] [[ZIP_CODE:OX44 7QD]], want all donations I make to be treated as Gift Aid. Signed [[DATE_TIME:4/5/25]].""",
    """Nagpapasalamat kami kay [[TITLE:Gng.]] [[PERSON:Lourdes Ramos]] sa donasyon niyang bigas para sa mga nasalanta ng bagyo sa [[LOCATION:Catanduanes]]. Para sa susunod na donation drive, makipag-ugnayan sa Kuya [[PERSON:Benjie]] sa [[PHONE_NUMBER:0928 331 0645]].""",
    # --- misc: car rental, dating, weddings, library, police ---
    """Rental agreement RA-5520913: driver [[PERSON:Emily Hargreaves]], [[AGE:24]], so the young driver fee applies; licence [[ID_NUMBER:HARGR058210E99LN]], card on file [[CREDIT_CARD:4761 7390 0011 2403]], pick-up [[DATE_TIME:Friday 18 July 9:00]] at the airport in [[LOCATION:Cork]].""",
    """We're so happy to invite you to the wedding of [[PERSON:Nkechi]] and [[PERSON:Aditya]] on [[DATE_TIME:Saturday, the 20th of September 2025]]! Please RSVP to [[PERSON:Nkechi]]'s sister [[PERSON:Ngozi]] at [[EMAIL_ADDRESS:ngozi.obi.events@gmail.com]].""",
    """A library card has been issued to [[PERSON:Marcus Whitfield-Obi]], [[ADDRESS:802 Elm St Apt 3]], [[LOCATION:Ann Arbor]], [[LOCATION:MI]] [[ZIP_CODE:48104]]; card number [[ID_NUMBER:21621004839172]], expires in two years.""",
    """A bicycle was reported stolen by [[PERSON:Hannah Kowalczyk]] ([[AGE:31]]) from outside [[ADDRESS:220 Cuba Street]], [[LOCATION:Wellington]] on the afternoon of [[DATE_TIME:11 May]]; she gave her IRD number [[ID_NUMBER:103-847-265]] by mistake on the form and it has been redacted from the copy.""",
    """Bom dia! A consulta da [[TITLE:Dona]] [[PERSON:Cida]] com a [[TITLE:Dra.]] [[PERSON:Patrícia Lopes]] ficou para [[DATE_TIME:quinta-feira, 12 de junho, às 14h30]]. Ela tem [[AGE:71]] anos e o cartão do SUS dela é [[ID_NUMBER:704 8091 3321 6657]].""",
    """Sabi ni Tita [[PERSON:Baby]] na lilipat na raw sila ni Lolo [[PERSON:Pepe]] sa [[LOCATION:Iloilo City]] sa [[DATE_TIME:Hunyo 15]]; ang bagong address nila ay [[ADDRESS:18 Gen. Luna St.]], [[LOCATION:Jaro]].""",
    """[[PERSON:Nakamura Haruto]], [[AGE:36]], a [[NRP:Japanese]] engineer on assignment in [[LOCATION:Perth]], has registered with the clinic; his Medicare card is [[ID_NUMBER:2951 70435 1]] and his mobile is [[PHONE_NUMBER:0402 118 937]].""",
    """Electricity account transfer: [[PERSON:Kamala Devi Ramsaroop]] moves into [[ADDRESS:6 Tulsi Lane]], [[LOCATION:Chaguanas]] on [[DATE_TIME:July 1st]]; the previous occupant, [[PERSON:Mr. Boodoo]], had the meter read on [[DATE_TIME:June 30th]].""",
    # --- more insurance / HR ---
    """Re: claim 77-A-20391, pet insurance. Our customer [[PERSON:Saoirse Keane]] says her cat Mochi was treated for a blocked bladder on [[DATE_TIME:5 March]]; the vet's invoice is attached and the payment should go to [[IBAN_CODE:IE64 AIBK 9311 5252 8841 61]].""",
    """The insured, [[PERSON:Oluwaseun Adebayo-Smith]], DOB [[DATE_TIME:7 Nov 1983]], says a delivery van reversed into his garden wall at [[ADDRESS:19 Coniston Avenue]], [[LOCATION:Reading]] [[ZIP_CODE:RG2 7PS]] on [[DATE_TIME:Wednesday 30 April at 8.10am]]; he got the van's plate, [[ID_NUMBER:KX71 HDU]].""",
    """A critical illness claim was received for [[PERSON:Deepa Raghavan]], [[AGE:52]], who was diagnosed on [[DATE_TIME:18 February 2025]]; her husband [[PERSON:Suresh]] is handling the paperwork and can be reached at [[EMAIL_ADDRESS:suresh.raghavan64@gmail.com]].""",
    """hi, who do I talk to about my hail damage claim? adjuster [[PERSON:kyle]] came out on the [[DATE_TIME:22nd]] and nobody has called me since. [[PERSON:Darlene Pruitt]], [[ADDRESS:1408 County Road 27]], [[LOCATION:Amarillo]] [[LOCATION:TX]] [[ZIP_CODE:79118]], [[PHONE_NUMBER:806-414-2271]]""",
    """Please set up [[PERSON:Wiremu Parata]] on payroll from [[DATE_TIME:14 July]]: IRD number [[ID_NUMBER:049-283-172]], tax code M, KiwiSaver 4%, bank account [[ID_NUMBER:12-3140-0418823-00]].""",
    """[[PERSON:Ng Kok Leong]]'s last day with us is [[DATE_TIME:31 July 2025]]. Please pay out his unused leave and send the IR8A form to his personal email, [[EMAIL_ADDRESS:kokleong.ng@gmail.com]].""",
    """Employee [[PERSON:Grace Wambui Njoroge]] (KRA PIN [[ID_NUMBER:A009418275K]], ID [[ID_NUMBER:28817403]]) has asked for her NHIF deductions to be checked for the months she was on unpaid leave.""",
]

BENCH = [
    # --- ai4privacy-like ---
    """Dear [[PERSON:Ms. Roswitha Kling-Mbeki]], as Senior Compliance Analyst you are asked to confirm the transfer from [[IBAN_CODE:GB50 BARC 2003 5344 1077 15]] (BIC BARCGB22) before Friday. Our records list your address as [[ADDRESS:4418 Lindqvist Parade]], [[ADDRESS:Suite 960]], [[LOCATION:Port Hollyview]], [[LOCATION:Lancashire]] [[ZIP_CODE:PR4 9QT]].""",
    """Attention [[PERSON:Thaddeus]], the card [[CREDIT_CARD:5425233411098729]] (CVV 418, exp 09/27) was used at 03:12 from IP [[IP_ADDRESS:203.94.117.62]] with agent Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.101 Mobile Safari/537.36. If this wasn't you, reply to [[EMAIL_ADDRESS:thaddeus.orr-vance@protonmail.com]].""",
    """Our Lead Integration Engineer, [[PERSON:Kalani Mokoena-Holt]], born [[DATE_TIME:1989-10-23]] ([[AGE:35]] years old), needs access to building [[ADDRESS:72]] on [[ADDRESS:Ferncliff Crescent]], [[ADDRESS:Floor 3]]; please register MAC 8e:4f:1a:c2:77:09 for the device.""",
    """Greetings [[PERSON:Dr. Evander Quist]], the retirement planning session for your account [[ID_NUMBER:81302274]] is set for [[DATE_TIME:14/11/2025 10:30]]. Bring ID; your SSN on file is [[US_SSN:219-09-4461]].""",
    """Please process the refund of ₹12,480 for [[PERSON:Ishaan Mehrotra]] to card [[CREDIT_CARD:4127 5200 3918 4707]]; the account holder lives at [[ADDRESS:Flat 11B, Lodha Primero]], [[ADDRESS:Mahalaxmi Road]], [[LOCATION:Mumbai]] [[ZIP_CODE:400011]] and may be contacted at [[PHONE_NUMBER:+91 99204 17732]].""",
    """[[USERNAME:quinn.harlow_88]] with password Qh!7w2#kLp reset the account from [[IP_ADDRESS:172.58.201.14]]; the recovery email is [[EMAIL_ADDRESS:quinn.harlow@outlook.com]] and the recovery phone is [[PHONE_NUMBER:+1-503-412-8869]].""",
    """Hi [[PERSON:Obiageli]], your childcare voucher scheme enrolment for [[PERSON:Chimamanda Obiageli Eze]], Chief Happiness Officer, is complete. Payment of £243 will be taken monthly from [[IBAN_CODE:GB70 LOYD 3096 2481 5533 02]].""",
    """The vehicle with VRM [[ID_NUMBER:WU19 XPZ]] and VIN 1HGCM82633A004352 belongs to [[PERSON:Lorcan Fitzgerald]], [[AGE:44]], of [[ADDRESS:33 Abbeyvale Close]], [[LOCATION:Swords]], [[LOCATION:County Dublin]]; it was flagged on [[DATE_TIME:March 3rd, 2025]].""",
    """Subject: Student loan repayment plan\n\nDear [[PERSON:Mx. Rowan Ellery]], your repayment will be taken from account [[ID_NUMBER:93817264]] each month. Your date of birth ([[DATE_TIME:07/30/2001]]) and your SSN ([[US_SSN:601-37-8824]]) were verified by our Financial Aid Coordinator.""",
    """[[PERSON:Valentina]] [[PERSON:Okonkwo-Reyes]], the Customer Markets Designer, logged in as [[USERNAME:vokonkwo]] from [[IP_ADDRESS:2001:db8:3c4d:15::1a2f]]; her browser was Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15.""",
    """For the pension transfer please use IBAN [[IBAN_CODE:NL08INGB0007739215]] in the name of [[PERSON:Jeroen van der Wal]], BSN [[ID_NUMBER:271940530]], residing at [[ADDRESS:Keizersgracht 412-II]], [[ZIP_CODE:1016 GC]] [[LOCATION:Amsterdam]].""",
    """The gift card purchase by [[PERSON:Saanvi]] ([[AGE:17]]) using [[CREDIT_CARD:6011 5204 8871 9304]] was blocked because the account's registered age is under 18; her guardian [[PERSON:Mr. Vikram Bhatt]] has been emailed at [[EMAIL_ADDRESS:vbhatt.home@gmail.com]].""",
    """Kindly note that [[PERSON:Mrs. Adwoa Boateng]], our Principal Tax Strategist, moved from [[ADDRESS:21 Ring Road East]], [[LOCATION:Osu]], [[LOCATION:Accra]] to [[ADDRESS:Plot 9, Spintex Road]] on [[DATE_TIME:01.04.2025]]; her work phone stays [[PHONE_NUMBER:+233 24 418 7706]].""",
    """Verification code sent to [[PHONE_NUMBER:(312) 804-5519]] for [[PERSON:Brennan Kowalski]]; account [[USERNAME:bkowalski_chi]], DOB [[DATE_TIME:12-Aug-1992]], driver's license [[US_DRIVER_LICENSE:K234-5601-8827]], last sign-in [[IP_ADDRESS:73.162.44.208]].""",
    """Dear [[PERSON:Sir Reginald Ashworth-Pike]], the insured value of your collection at [[ADDRESS:Hollins Hall]], [[ADDRESS:Brockhurst Lane]], [[LOCATION:Ludlow]], [[LOCATION:Shropshire]] [[ZIP_CODE:SY8 2HF]] has been revised. Premium will be collected by Amex [[CREDIT_CARD:379182044771631]], expiry 03/28.""",
    """The customer [[PERSON:Yusuf Demir]] paid the ticket using card [[CREDIT_CARD:4488 0361 9027 3448]] and the refund should be sent to [[IBAN_CODE:TR33 0006 1005 1978 6457 8413 26]]; he is [[AGE:29]], male, and lives at [[ADDRESS:Bağdat Caddesi No: 214 Daire 7]], [[LOCATION:Kadıköy]], [[LOCATION:İstanbul]].""",
    """Reminder: [[PERSON:Leota Faleolo]]'s orthodontic appointment at [[ADDRESS:1550 Great South Road]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]] is on [[DATE_TIME:Mon, 9 Jun 2025 15:40]]. Text CANCEL to [[PHONE_NUMBER:027 502 8813]] if needed.""",
    """Transaction alert for [[PERSON:Hoang Bao Chau]]: card [[CREDIT_CARD:3569 1204 4183 7203]] charged ¥38,200 at 21:04. Device MAC 00:1B:44:11:3A:B7, IP [[IP_ADDRESS:60.112.9.241]]. Contact [[EMAIL_ADDRESS:bchau.hoang@gmail.com]] for confirmation.""",
    """[[PERSON:Zanele]], please confirm the new payroll account for the Direct Response Agent role: account holder [[PERSON:Zanele Khumalo]], account number [[ID_NUMBER:62814403917]], ID [[ID_NUMBER:6505020418085]], born [[DATE_TIME:2 May 1965]].""",
    """To whom it may concern, [[PERSON:Ignatius]] [[PERSON:Papadakis]] (user [[USERNAME:ipapadakis77]], password: Oct0pus$ea) shall receive his equipment at [[ADDRESS:88 Wentworth Avenue]], [[ADDRESS:Unit 12]], [[LOCATION:Surry Hills]] [[LOCATION:NSW]] [[ZIP_CODE:2010]].""",
    """Your bank has flagged a payment of €1,250.00 from [[IBAN_CODE:ES43 0081 0216 7100 0184 7293]] to [[IBAN_CODE:PT50 0033 0000 4539 1872 6054 6]]. The payer, [[PERSON:Inmaculada Ferrer Soler]] (DNI [[ID_NUMBER:48213907L]]), must confirm via [[PHONE_NUMBER:+34 612 48 90 37]].""",
    """[[PERSON:Kwame]] is a [[AGE:58]]-year-old [[NRP:Ghanaian]] retiree; his pension of GH₵ 3,400 is paid to account [[ID_NUMBER:1441002837165]] and he logs in from [[IP_ADDRESS:41.66.203.18]] with Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/125.0.""",
    """Hi [[PERSON:Delphine]]! Team building at [[ADDRESS:5 Rue des Lilas]], [[LOCATION:Toulouse]] on [[DATE_TIME:the 18th of June]]. Please transfer the €45 fee to [[IBAN_CODE:FR14 2004 1010 0505 0001 3M02 606]] and mention your staff ID [[ID_NUMBER:TLS-0482]].""",
    """[[PERSON:Svetlana Ivanova-Park]], Direct Branding Liaison, [[ADDRESS:1908 Greenbriar Terrace]], [[ADDRESS:Apt. 221]], [[LOCATION:Lake Oswego]], [[LOCATION:Oregon]] [[ZIP_CODE:97034]]; mobile [[PHONE_NUMBER:971.204.3386]]; US passport [[US_PASSPORT:A03918274]].""",
    """A new login to the account of [[PERSON:Abena Frimpong]] was detected on [[DATE_TIME:May 6, 2025 at 11:47 PM]] from [[IP_ADDRESS:105.112.64.7]]. Device: iPhone; agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X). Her username is [[USERNAME:abena.f]].""",
    """Kumusta [[PERSON:Paolo]]! Ang iyong sweldo bilang Junior Data Analyst ay ipapadala sa account number [[ID_NUMBER:0071-2290-4418]] tuwing ika-15 at ika-30. Ang TIN mo sa record ay [[ID_NUMBER:428-119-306-000]] at ang email [[EMAIL_ADDRESS:paolo.santiago@yahoo.com]].""",
    """Olá [[PERSON:Renata]], sua fatura do cartão [[CREDIT_CARD:5041 7501 8443 3118]] vence amanhã. O débito automático será feito na conta [[IBAN_CODE:BR97 0036 0305 0000 1000 9795 493P 1]] em nome de [[PERSON:Renata Cavalcanti Moura]], CPF [[ID_NUMBER:384.019.276-50]].""",
    """[[PERSON:Ilse]], [[AGE:63]], Legacy Accounts Manager, is relocating from [[ADDRESS:Am Kirchberg 17]], [[ZIP_CODE:65817]] [[LOCATION:Eppstein]] to [[LOCATION:Leipzig]]; her salary account [[IBAN_CODE:DE51 1001 0010 0933 8811 02]] stays the same.""",
    # --- gretel-like documents ---
    """INSURANCE CLAIM FORM\nPolicy Number: AUT-5582019-KS\nClaim Number: 2025-CL-004417\nInsured: [[PERSON:Harold Beaumont]]\nDate of Birth: [[DATE_TIME:06/14/1958]]\nAddress: [[ADDRESS:2217 Prairie View Road]], [[LOCATION:Salina]], [[LOCATION:KS]] [[ZIP_CODE:67401]]\nPhone: [[PHONE_NUMBER:(785) 826-4410]]\nDate of Loss: [[DATE_TIME:04/28/2025]]\nDescription: Insured's vehicle struck a deer on I-135 northbound near mile marker 93. Front bumper, grille and radiator damaged. No injuries. Vehicle towed to Hank's Body Shop.""",
    """LOAN APPLICATION — PERSONAL\nApplicant: [[PERSON:Priscilla Nakato Ssemwogerere]]\nDate of birth: [[DATE_TIME:22 October 1987]]\nNational ID (NIN): [[ID_NUMBER:CF87104102KJLA]]\nResidential address: [[ADDRESS:Plot 44, Kiwatule Road]], [[LOCATION:Kampala]], [[LOCATION:Uganda]]\nEmployer: Nile Breweries Ltd (Quality Supervisor, 6 years)\nMonthly income: UGX 4,200,000\nLoan amount requested: UGX 18,000,000 over 36 months\nRepayment account: [[ID_NUMBER:9030014471825]] (Stanbic)""",
    """This Employment Agreement is made on [[DATE_TIME:the 3rd day of March, 2025]] between Corvella Systems Inc. (the "Company") and [[PERSON:Benjamin Adeyemi-Ross]], residing at [[ADDRESS:1934 Fulton Street, Apt 5]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94117]] (the "Employee"). The Employee's start date shall be [[DATE_TIME:March 17, 2025]].""",
    """PATIENT DISCHARGE SUMMARY\nPatient: [[PERSON:Ngaire Whānau-Pohatu]]    NHI: [[ID_NUMBER:ZAC4519]]\nDOB: [[DATE_TIME:19/05/1949]]    Age: [[AGE:76]]\nAdmitted: [[DATE_TIME:02/06/2025]]    Discharged: [[DATE_TIME:07/06/2025]]\nDiagnosis: Community-acquired pneumonia, right lower lobe.\nGP: [[PERSON:Dr. Samuel Tui]], Otara Family Health\nFollow-up: review in 2 weeks; repeat chest X-ray in 6 weeks.""",
    """NOTICE TO VACATE\nTo: [[PERSON:Curtis Blanchard]] and [[PERSON:Shawna Blanchard]]\nPremises: [[ADDRESS:618 Magnolia Ave, Unit C]], [[LOCATION:Macon]], [[LOCATION:GA]] [[ZIP_CODE:31201]]\nYou are hereby notified that your tenancy will terminate on [[DATE_TIME:July 31, 2025]]. Please return all keys to the management office. Served by: [[PERSON:Roberta Kim]], Property Manager, on [[DATE_TIME:June 1, 2025]].""",
    """The claimant, [[PERSON:Ms. Funmilayo Adeleke]], alleges that on [[DATE_TIME:14 February 2025]] she tripped on a raised paving slab outside [[ADDRESS:112 Walworth Road]], [[LOCATION:London]] [[ZIP_CODE:SE17 1JL]] and fractured her right wrist. She was treated at King's College Hospital (hospital number [[ID_NUMBER:K4471093]]). Her solicitor is [[PERSON:Mr. Desmond Achebe]] of Achebe & Partners.""",
    """MEDICAL HISTORY FORM\nName: [[PERSON:Rosario Villafuerte]]\nDate of birth: [[DATE_TIME:March 8, 1971]]\nMember ID: [[ID_NUMBER:W274019386]]\nGroup: 88104\nAllergies: penicillin\nCurrent medications: metformin 500 mg twice daily, lisinopril 10 mg\nEmergency contact: [[PERSON:Arturo Villafuerte]] (husband) [[PHONE_NUMBER:(623) 412-7780]]""",
    """CONSENT TO RELEASE INFORMATION\nI, [[PERSON:Kiran Bhattacharya]], born [[DATE_TIME:11-01-1990]], authorise Whitfield Medical Group to release my records from [[DATE_TIME:January 2023]] onwards to [[PERSON:Dr. Mira Solberg]] at [[ADDRESS:900 Harbor Blvd, Suite 300]], [[LOCATION:Oxnard]], [[LOCATION:CA]] [[ZIP_CODE:93035]].\nSignature: ______  Date: [[DATE_TIME:05/12/2025]]""",
    """Deed of Guarantee dated [[DATE_TIME:9 April 2025]]. The guarantor, [[PERSON:Alistair Crombie-Nkosi]] of [[ADDRESS:7 Glebe Close]], [[LOCATION:Kenilworth]], [[LOCATION:Cape Town]] [[ZIP_CODE:7708]], identity number [[ID_NUMBER:9908186127085]], irrevocably guarantees the obligations of the tenant under the lease.""",
    """VEHICLE ACCIDENT REPORT\nDriver 1: [[PERSON:Jaswinder Gill]], licence [[ID_NUMBER:G4410-28736-90215]] ([[LOCATION:Ontario]]), plate [[ID_NUMBER:CKRW 418]]\nDriver 2: [[PERSON:Amélie Charbonneau]], licence [[ID_NUMBER:C2031-480711-05]] ([[LOCATION:Québec]]), plate [[ID_NUMBER:V74 KDN]]\nLocation: Hwy 417 eastbound near exit 131\nDate/time: [[DATE_TIME:2025-01-18 16:25]]\nConditions: snow, reduced visibility""",
    """FORMULÁRIO DE REEMBOLSO MÉDICO\nBeneficiário: [[PERSON:Marcelo Tavares Rocha]]\nCPF: [[ID_NUMBER:629.305.518-79]]\nCarteirinha: [[ID_NUMBER:0044 8172 3390 0017]]\nData do atendimento: [[DATE_TIME:14/04/2025]]\nProcedimento: consulta com ortopedista\nValor: R$ 450,00\nConta para crédito: [[IBAN_CODE:BR69 6070 1190 0001 2004 6671 872C 1]]""",
    """KASUNDUAN SA PAGUPA\nAng kasunduang ito ay ginawa ngayong [[DATE_TIME:ika-1 ng Hunyo 2025]] sa pagitan ni [[TITLE:G.]] [[PERSON:Ernesto Mercado]], may-ari ng bahay sa [[ADDRESS:45 Mabini St.]], [[LOCATION:Brgy. Poblacion]], [[LOCATION:Lipa City]], [[LOCATION:Batangas]], at ni [[TITLE:Bb.]] [[PERSON:Kristine Joy Aquino]], nangungupahan, na may UMID CRN [[ID_NUMBER:0111-4482913-7]].""",
    """INCIDENT REPORT — SECURITY\nReported by: [[TITLE:Officer]] [[PERSON:Kenneth Mbatha]]\nDate: [[DATE_TIME:2025-05-03]]\nSummary: At approximately 22:10 a male later identified as [[PERSON:Sipho Ndlovu]] ([[AGE:27]]) was found in the staff car park without authorisation. He gave his address as [[ADDRESS:58 Jan Smuts Avenue]], [[LOCATION:Rosebank]] and his phone as [[PHONE_NUMBER:071 338 4902]]. He was escorted off the premises.""",
    """CERTIFICATE OF COVERAGE\nEmployee: [[PERSON:Maya Rosenthal]]\nEmployee ID: [[ID_NUMBER:100482]]\nCoverage: Dental PPO – Employee + Spouse\nSpouse: [[PERSON:Eli Rosenthal]], DOB [[DATE_TIME:02/11/1984]]\nEffective: [[DATE_TIME:January 1, 2025]]\nThis certificate is issued by Clearwater Benefits for the plan year 2025.""",
    """PROPERTY DAMAGE CLAIM — STATEMENT OF LOSS\nClaimant: [[PERSON:Lindiwe Mahlangu]]\nID No.: [[ID_NUMBER:8811230562086]]\nRisk address: [[ADDRESS:23 Protea Street]], [[LOCATION:Mondeor]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2091]]\nDate of loss: [[DATE_TIME:Tuesday, 11 March 2025]]\nCause: lightning strike; geyser and DSTV decoder damaged\nAmount claimed: R 18 450.00\nBanking details: Standard Bank, account [[ID_NUMBER:071839204]], branch 051001""",
    """WITNESS STATEMENT\nMy name is [[PERSON:Declan Farrelly]]. I am [[AGE:38]] years old and I live at [[ADDRESS:9 Mill Street]], [[LOCATION:Navan]], [[LOCATION:Co. Meath]] [[ZIP_CODE:C15 YD42]]. On the [[DATE_TIME:4th of April 2025 at 5.30 pm]] I saw a silver van reverse into the bollard outside the Centra and then drive off. My mobile number is [[PHONE_NUMBER:086 771 2043]].""",
    """PRESCRIPTION\nPatient: [[PERSON:Evangeline Sorensen]]   DOB: [[DATE_TIME:30-Jun-1944]]\nAddress: [[ADDRESS:15 Birch Hollow Lane]], [[LOCATION:Duluth]], [[LOCATION:MN]] [[ZIP_CODE:55803]]\nRx: Apixaban 5 mg tablets, 1 tab PO BID, #60, refills: 2\nPrescriber: [[PERSON:Dr. Omar Haddad]], DEA BH4418726, NPI 1538207746""",
    """NOTICE OF ANNUAL LEAVE APPROVAL\nEmployee: [[PERSON:Rashid Al-Mansoori]]    Staff No.: [[ID_NUMBER:DXB-20417]]\nLeave from: [[DATE_TIME:15 August 2025]]    Returning: [[DATE_TIME:1 September 2025]]\nContact during leave: [[PHONE_NUMBER:+971 50 318 2749]]\nSalary for August will be paid to [[IBAN_CODE:AE09 0260 0010 1533 3439 501]] as usual.\nApproved by: [[PERSON:Fiona Gallagher]], HR Business Partner""",
    """COMPLAINT\nIN THE CIRCUIT COURT — LAW DIVISION\n[[PERSON:MARISOL GUTIERREZ]], Plaintiff, v. LAKESHORE AUTO SALES LLC, Defendant.\nPlaintiff resides at [[ADDRESS:3347 W. 26th Street]], [[LOCATION:Chicago]], [[LOCATION:Illinois]] [[ZIP_CODE:60623]]. On or about [[DATE_TIME:September 12, 2024]], Plaintiff purchased a used 2017 Nissan Altima from Defendant and was told it had never been in an accident.""",
    """HOSPICE REFERRAL\nPatient: [[PERSON:Mr. Gerald Ashby]], [[AGE:88]]\nNHS No.: [[ID_NUMBER:401 023 2137]]\nLives with: wife, [[PERSON:Pamela]], at [[ADDRESS:Rosemary Cottage, 4 Station Road]], [[LOCATION:Wymondham]] [[ZIP_CODE:NR18 0JY]]\nReferred by: [[PERSON:Dr. Anisha Rao]], GP\nDate of referral: [[DATE_TIME:20/05/2025]]""",
    """TERMO DE RESCISÃO DO CONTRATO DE TRABALHO\nEmpregado: [[PERSON:Luana Ferreira dos Santos]]\nCPF: [[ID_NUMBER:740.882.163-50]]    PIS/PASEP: [[ID_NUMBER:130.77291.54-0]]\nData de admissão: [[DATE_TIME:03/02/2021]]    Data de afastamento: [[DATE_TIME:30/05/2025]]\nEndereço: [[ADDRESS:Rua Sergipe, 1120, casa 2]], [[LOCATION:Funcionários]], [[LOCATION:Belo Horizonte]]/[[LOCATION:MG]], CEP [[ZIP_CODE:30130-171]]""",
    """ULAT NG INSIDENTE\nPangalan ng nag-ulat: [[TITLE:Mang]] [[PERSON:Romy Salazar]]\nEdad: [[AGE:61]]\nTirahan: [[ADDRESS:Purok 3, 112 Rizal Ave.]], [[LOCATION:Brgy. San Roque]], [[LOCATION:Tacloban City]]\nPetsa ng pangyayari: [[DATE_TIME:Abril 27, 2025, 9:00 ng gabi]]\nSalaysay: Nabangga ang kanyang tricycle, plakang [[ID_NUMBER:1234-AHK]], ng isang motorsiklo sa tapat ng palengke.""",
    # --- Nemotron-like structured ---
    """{"customer_id": "[[ID_NUMBER:CUS-00918273]]", "full_name": "[[PERSON:Oyelaran Temitope]]", "email": "[[EMAIL_ADDRESS:temi.oyelaran@gmail.com]]", "phone": "[[PHONE_NUMBER:+234 803 441 2297]]", "dob": "[[DATE_TIME:1993-02-17]]", "address": {"street": "[[ADDRESS:27 Allen Avenue]]", "city": "[[LOCATION:Ikeja]]", "state": "[[LOCATION:Lagos]]", "country": "[[LOCATION:NG]]"}, "tier": "gold", "marketing_opt_in": false}""",
    """2025-05-14T09:12:44.118Z INFO  auth-svc  login ok user=[[USERNAME:mbanda.c]] src=[[IP_ADDRESS:197.248.12.90]] ua="Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/126.0" session=8f2c1e0a\n2025-05-14T09:13:02.551Z WARN  billing   card declined for account [[ID_NUMBER:ACC-448102]] holder="[[PERSON:Chipo Mbanda]]" last4=0159 reason=insufficient_funds""",
    """INSERT INTO patients (patient_id, first_name, last_name, dob, sex, phone, postcode)\nVALUES ('[[ID_NUMBER:P-2207813]]', '[[PERSON:Aoife]]', '[[PERSON:Brennan]]', '[[DATE_TIME:1986-07-22]]', 'F', '[[PHONE_NUMBER:+353 87 219 4406]]', '[[ZIP_CODE:H91 E2K3]]'),\n       ('[[ID_NUMBER:P-2207814]]', '[[PERSON:Cathal]]', '[[PERSON:Ó Súilleabháin]]', '[[DATE_TIME:1979-12-01]]', 'M', '[[PHONE_NUMBER:+353 86 554 0912]]', '[[ZIP_CODE:V94 T9PX]]');""",
    """<employee>\n  <id>[[ID_NUMBER:EMP-55120]]</id>\n  <name>\n    <given>[[PERSON:Ravindra]]</given>\n    <family>[[PERSON:Gunasekara]]</family>\n  </name>\n  <nic>[[ID_NUMBER:198734501882]]</nic>\n  <hireDate>[[DATE_TIME:2022-11-07]]</hireDate>\n  <email>[[EMAIL_ADDRESS:ravindra.g@lankatextiles.lk]]</email>\n  <department>Dyeing</department>\n</employee>""",
    """# .env.local (DO NOT COMMIT)\nDB_HOST=[[IP_ADDRESS:10.0.3.41]]\nDB_USER=app_rw\nDB_PASS=Wint3r!sComing\nADMIN_EMAIL=[[EMAIL_ADDRESS:h.lindqvist@gmail.com]]\nADMIN_NAME="[[PERSON:Henrik Lindqvist]]"\nADMIN_PHONE=[[PHONE_NUMBER:+46 70 412 88 31]]\nSTRIPE_TEST_KEY=sk_test_51Hx9aLZ3rQ""",
    """Ticket #58213 — Priority: High\nRequester: [[PERSON:Ananya Krishnamurthy]] <[[EMAIL_ADDRESS:ananya.k@zenthra.in]]>\nPhone: [[PHONE_NUMBER:+91 80 4718 2290]]\nSubject: Unable to update Aadhaar in KYC\nDescription: I have tried three times to update my Aadhaar [[ID_NUMBER:4821 7730 9151]] but the OTP goes to my old number [[PHONE_NUMBER:98860 41127]]. Please help, my account gets frozen on [[DATE_TIME:June 30]].""",
    """def test_create_user():\n    payload = {\n        "username": "[[USERNAME:lwashington]]",\n        "name": "[[PERSON:Latoya Washington]]",\n        "ssn": "[[US_SSN:347-52-1098]]",\n        "birthdate": "[[DATE_TIME:1990-04-03]]",\n        "zip": "[[ZIP_CODE:30310]]",\n    }\n    resp = client.post("/api/users", json=payload)\n    assert resp.status_code == 201""",
    """customer:\n  name: [[PERSON:Bilal Chaudhry]]\n  account_no: "[[ID_NUMBER:0148829310]]"\n  contact:\n    email: [[EMAIL_ADDRESS:bilal.chaudhry@btinternet.com]]\n    mobile: "[[PHONE_NUMBER:07473 118 920]]"\n  billing_address:\n    line1: [[ADDRESS:71 Soho Road]]\n    city: [[LOCATION:Birmingham]]\n    postcode: [[ZIP_CODE:B21 9SP]]\n  plan: fibre-500\n  contract_months: 24""",
    """[Mon Jun 09 14:22:07 2025] [error] [client [[IP_ADDRESS:88.214.190.3]]] PHP Notice: Undefined index: phone in /var/www/html/signup.php on line 44, referer: https://example-shop.co.uk/register?email=[[EMAIL_ADDRESS:gemma.ridley84@yahoo.co.uk]]&name=[[PERSON:Gemma]]+[[PERSON:Ridley]]""",
    """BEGIN:VCARD\nVERSION:3.0\nFN:[[PERSON:Dr. Farhana Akter]]\nN:[[PERSON:Akter]];[[PERSON:Farhana]];;[[TITLE:Dr.]];\nTEL;TYPE=CELL:[[PHONE_NUMBER:+61 423 907 115]]\nEMAIL:[[EMAIL_ADDRESS:farhana.akter@outlook.com.au]]\nADR;TYPE=HOME:;;[[ADDRESS:42 Delhi Road]];[[LOCATION:North Ryde]];[[LOCATION:NSW]];[[ZIP_CODE:2113]];[[LOCATION:Australia]]\nBDAY:[[DATE_TIME:1982-09-14]]\nEND:VCARD""",
    """MSH|^~&|LAB|STMARYS|EHR|CLINIC|202505141032||ORU^R01|MSG00481|P|2.5\nPID|1||[[ID_NUMBER:MRN884120]]^^^STMARYS||[[PERSON:OKAFOR]]^[[PERSON:CHIAMAKA]]^[[PERSON:N]]||[[DATE_TIME:19760811]]|F|||[[ADDRESS:1420 PINE ST]]^^[[LOCATION:PHILADELPHIA]]^[[LOCATION:PA]]^[[ZIP_CODE:19102]]||[[PHONE_NUMBER:(215)748-7342]]\nOBX|1|NM|2345-7^GLUCOSE^LN||112|mg/dL|70-99|H|||F""",
    """curl -X POST https://api.payfast.example/v2/charges \\\n  -H "Content-Type: application/json" \\\n  -d '{"amount": 4999, "currency": "ZAR", "card": {"number": "[[CREDIT_CARD:4557014288930159]]", "exp": "11/27", "cvc": "302"}, "billing_name": "[[PERSON:Thandeka Zungu]]", "email": "[[EMAIL_ADDRESS:thandeka.zungu@webmail.co.za]]"}'""",
    """{\n  "resourceType": "Patient",\n  "id": "a81f-22c9",\n  "identifier": [{"system": "urn:oid:2.16.840.1.113883.2.1.4.1", "value": "[[ID_NUMBER:721 498 3052]]"}],\n  "name": [{"family": "[[PERSON:Hussain]]", "given": ["[[PERSON:Zainab]]", "[[PERSON:Bibi]]"]}],\n  "gender": "female",\n  "birthDate": "[[DATE_TIME:1997-03-09]]",\n  "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:07388 201 544]]"}],\n  "address": [{"line": ["[[ADDRESS:14 Whalley Range Road]]"], "city": "[[LOCATION:Blackburn]]", "postalCode": "[[ZIP_CODE:BB1 6EH]]"}]\n}""",
    """From: [[PERSON:Cormac Doherty]] <[[EMAIL_ADDRESS:cormac.doherty@eircom.net]]>\nTo: payroll@brightwaterfoods.ie\nDate: [[DATE_TIME:Tue, 10 Jun 2025 08:41:17 +0100]]\nSubject: P60 and bank change\n\nHi, could you send my P60 to the address below and use my new account from next month? IBAN [[IBAN_CODE:IE84 BOFI 9000 1726 8819 43]]. PPSN [[ID_NUMBER:3047715RA]]. [[ADDRESS:Apt 3, Harbour View, Quay Street]], [[LOCATION:Galway]] [[ZIP_CODE:H91 K7X2]]. Thanks, [[PERSON:Cormac]]""",
    """Jun 12 03:14:55 bastion-01 sshd[20931]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.47]] port 51234 ssh2\nJun 12 03:15:02 bastion-01 sshd[20935]: Accepted publickey for [[USERNAME:rnair]] from [[IP_ADDRESS:49.207.180.22]] port 60112 ssh2: RSA SHA256:Qw8vK1p0hTz3""",
    """db.members.insertOne({\n  memberNo: "[[ID_NUMBER:FIT-20931]]",\n  name: { first: "[[PERSON:Keanu]]", last: "[[PERSON:Kealoha-Santos]]" },\n  age: [[AGE:27]],\n  email: "[[EMAIL_ADDRESS:keanu.ks@icloud.com]]",\n  joined: ISODate("[[DATE_TIME:2024-11-02T17:05:00Z]]"),\n  homeGym: "[[LOCATION:Kapolei]]",\n  card: { brand: "visa", last4: "3340" }\n})""",
    """BEGIN:VEVENT\nDTSTART:[[DATE_TIME:20250702T093000]]\nDTEND:[[DATE_TIME:20250702T100000]]\nSUMMARY:Probation review - [[PERSON:Oksana Melnyk]]\nATTENDEE;CN=[[PERSON:Oksana Melnyk]]:mailto:[[EMAIL_ADDRESS:oksana.melnyk@harbourlogistics.com.au]]\nATTENDEE;CN=[[PERSON:Greg Pappas]]:mailto:[[EMAIL_ADDRESS:greg.pappas@harbourlogistics.com.au]]\nLOCATION:Meeting room 2\nEND:VEVENT""",
    """dn: uid=[[USERNAME:sfonoti]],ou=people,dc=unitec,dc=ac,dc=nz\nobjectClass: inetOrgPerson\ncn: [[PERSON:Sione Fonoti]]\nsn: [[PERSON:Fonoti]]\nmail: [[EMAIL_ADDRESS:sione.fonoti@unitec.ac.nz]]\ntelephoneNumber: [[PHONE_NUMBER:+64 9 815 4321]]\nemployeeNumber: [[ID_NUMBER:U0048217]]\nuserPassword: {SSHA}k3Jd9sPq0vLm""",
    """UPDATE borrowers SET phone = '[[PHONE_NUMBER:+254 733 908 112]]', email = '[[EMAIL_ADDRESS:otieno.brian@gmail.com]]', national_id = '[[ID_NUMBER:30118472]]', kra_pin = '[[ID_NUMBER:A014392857Q]]' WHERE borrower_name = '[[PERSON:Brian Otieno Ouma]]' AND dob = '[[DATE_TIME:1991-06-25]]';""",
    """GET /account/profile?uid=88213 HTTP/1.1\nHost: portal.greenleafbank.com\nUser-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36\nX-Forwarded-For: [[IP_ADDRESS:98.207.14.166]]\nCookie: sid=e41b9c02; remember_email=[[EMAIL_ADDRESS:jcarrillo.77@gmail.com]]\nX-Customer-Name: [[PERSON:Joaquin Carrillo]]""",
    """PROJ-4471  Bug  Open\nSummary: Export shows wrong DOB for one patient\nReporter: [[PERSON:Helga Vinter]]\nDetails: For patient [[PERSON:Soo-ah Park]] (MRN [[ID_NUMBER:00918462]]) the CSV export shows DOB [[DATE_TIME:1988-02-30]] but the chart says [[DATE_TIME:1988-03-02]]. Looks like a day/month swap in the formatter. Assignee: [[PERSON:T. Okoro]]""",
    """apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: alerting\ndata:\n  oncall_primary: "[[PERSON:Mateus Ribeiro]] [[PHONE_NUMBER:+55 11 98120-4473]]"\n  oncall_secondary: "[[PERSON:Jia Hui Lim]] [[PHONE_NUMBER:+65 8822 1947]]"\n  escalation_email: sre-escalations@kestrelpay.io\n  smtp_relay: [[IP_ADDRESS:10.40.0.12]]""",
    """SHIPPING LABEL\nSHIP TO: [[PERSON:KAREN MCALLISTER-DUBE]]\n[[ADDRESS:PO BOX 1187]]\n[[LOCATION:WHITEHORSE]] [[LOCATION:YT]] [[ZIP_CODE:Y1A 6E8]]\n[[LOCATION:CANADA]]\nTEL [[PHONE_NUMBER:867-335-9041]]\nTRACKING 1Z 4E8 R72 03 9914 2208  WEIGHT 2.4 KG  REF ORD-77152""",
    """BOARDING PASS\nPassenger: [[PERSON:SANTOS]]/[[PERSON:MARIA CLARA]] [[TITLE:MS]]\nFlight PR 431  MNL–NRT  Date [[DATE_TIME:21JUL25]]  Seat 34K  Seq 118\nPassport [[ID_NUMBER:P7719204B]]  Nationality [[NRP:PHL]]\nFrequent flyer [[ID_NUMBER:MB 4420 9918]]  Booking ref 7HQZ2D""",
    """KYC FORM — INDIVIDUAL\nFull name: [[PERSON:Tanvir Ahmed Chowdhury]]\nFather's name: [[PERSON:Shafiqul Islam Chowdhury]]\nNationality: [[NRP:Bangladeshi]]\nPassport: [[ID_NUMBER:EB0482917]]\nDate of birth: [[DATE_TIME:12 Dec 1985]]\nAddress in Malaysia: [[ADDRESS:No. 8, Jalan SS 15/4C]], [[ZIP_CODE:47500]] [[LOCATION:Subang Jaya]], [[LOCATION:Selangor]]\nMobile: [[PHONE_NUMBER:+60 12-418 7730]]\nSource of funds: salary""",
    """logger.info("password reset requested", extra={"user": "[[USERNAME:kfrancois]]", "email": "[[EMAIL_ADDRESS:k.francois@videotron.ca]]", "ip": "[[IP_ADDRESS:24.201.77.15]]", "account_holder": "[[PERSON:Kerline François]]"})""",
    """query {\n  customer(id: "cus_88Qz") {\n    name        # "[[PERSON:Adrián Solís Quesada]]"\n    email       # "[[EMAIL_ADDRESS:adrian.solis.q@gmail.com]]"\n    phone       # "[[PHONE_NUMBER:+506 8831 2290]]"\n    lastLogin   # "[[DATE_TIME:2025-06-01T22:48:10Z]]"\n  }\n}""",
    """Webhook payload received:\n{"event": "payout.failed", "data": {"recipient": "[[PERSON:Magdalena Nowicka]]", "iban": "[[IBAN_CODE:PL60 1020 1026 0000 0422 7020 1111]]", "amount": 1840.00, "currency": "PLN", "reason": "account_closed", "recipient_email": "[[EMAIL_ADDRESS:m.nowicka@wp.pl]]"}}""",
    """public static final Customer SAMPLE = new Customer(\n    "[[PERSON:Ebony Marshall]]",\n    "[[EMAIL_ADDRESS:ebony.marshall@gmail.com]]",\n    "[[PHONE_NUMBER:(404) 771-2385]]",\n    LocalDate.parse("[[DATE_TIME:1995-08-19]]"),\n    "[[ADDRESS:845 Peachtree St NE, Apt 1710]]", "[[LOCATION:Atlanta]]", "[[LOCATION:GA]]", "[[ZIP_CODE:30308]]");""",
    """Lead: [[PERSON:Fernando Quispe]] | Title: Procurement Manager | Company: Andes Mining SAC | Email: [[EMAIL_ADDRESS:fquispe@andesmining.pe]] | Mobile: [[PHONE_NUMBER:+51 987 220 413]] | LinkedIn: [[URL:linkedin.com/in/fernando-quispe-74b2a1]] | Source: webinar | Status: Working""",
    """Remote access audit - week 23\nuser            name                   last_login               src_ip\n[[USERNAME:p.gallo]]         [[PERSON:Paola Gallo]]            [[DATE_TIME:2025-06-06 18:42]]         [[IP_ADDRESS:79.40.211.8]]\n[[USERNAME:d.mwangi]]        [[PERSON:Daniel Mwangi]]          [[DATE_TIME:2025-06-07 07:15]]         [[IP_ADDRESS:102.68.79.140]]""",
    """{"tipo": "cadastro", "nome": "[[PERSON:Rodrigo Nascimento]]", "cpf": "[[ID_NUMBER:253.617.904-43]]", "nascimento": "[[DATE_TIME:1988-11-05]]", "celular": "[[PHONE_NUMBER:+55 21 99702-3318]]", "email": "[[EMAIL_ADDRESS:rodrigo.nasc@uol.com.br]]", "endereco": {"logradouro": "[[ADDRESS:Rua Voluntários da Pátria, 190, apto 801]]", "bairro": "[[LOCATION:Botafogo]]", "cidade": "[[LOCATION:Rio de Janeiro]]", "uf": "[[LOCATION:RJ]]", "cep": "[[ZIP_CODE:22270-010]]"}}""",
    """[2025-06-03 10:02:11] APLIKASYON NG LOAN - bagong entry\nnangutang: [[PERSON:Jonathan Reyes Macaraeg]]\nedad: [[AGE:33]]\nSSS: [[ID_NUMBER:33-9184702-6]]  Pag-IBIG MID: [[ID_NUMBER:1211-4480-3392]]\ncellphone: [[PHONE_NUMBER:+63 918 552 0417]]\ntirahan: [[ADDRESS:Unit 5B, Torre Lorenzo]], [[ADDRESS:2400 Taft Avenue]], [[LOCATION:Malate]], [[LOCATION:Maynila]]""",
]

TABLE = [
    """employee_id,first_name,last_name,dept,start_date,work_email
[[ID_NUMBER:E10482]],[[PERSON:Hannah]],[[PERSON:Oyelowo]],Finance,[[DATE_TIME:2023-01-09]],[[EMAIL_ADDRESS:hannah.oyelowo@brightmere.co.uk]]
[[ID_NUMBER:E10517]],[[PERSON:Tobias]],[[PERSON:Reinholt]],Logistics,[[DATE_TIME:2023-03-20]],[[EMAIL_ADDRESS:tobias.reinholt@brightmere.co.uk]]
[[ID_NUMBER:E10603]],[[PERSON:Shreya]],[[PERSON:Venkataraman]],IT,[[DATE_TIME:2024-07-01]],[[EMAIL_ADDRESS:shreya.venkataraman@brightmere.co.uk]]
[[ID_NUMBER:E10644]],[[PERSON:Connor]],[[PERSON:Mulligan]],Sales,[[DATE_TIME:2024-10-14]],[[EMAIL_ADDRESS:connor.mulligan@brightmere.co.uk]]""",
    "emp_no\tname\tsort_code\taccount_no\tnet_pay\tpay_group\n[[ID_NUMBER:00381]]\t[[PERSON:Abiola Ogunleye]]\t40-11-62\t[[ID_NUMBER:71839022]]\t2,184.55\tmonthly\n[[ID_NUMBER:00392]]\t[[PERSON:Fraser Lindsay]]\t83-20-14\t[[ID_NUMBER:10447718]]\t1,962.10\tmonthly\n[[ID_NUMBER:00415]]\t[[PERSON:Małgorzata Zielińska]]\t09-01-28\t[[ID_NUMBER:33920146]]\t1,540.00\tweekly",
    """| Claim # | Policyholder | Date of loss | Contact | Peril | Status |
|---|---|---|---|---|---|
| CL-250311 | [[PERSON:Yvonne Delacroix]] | [[DATE_TIME:11 Mar 2025]] | [[PHONE_NUMBER:0161 496 2087]] | Escape of water | Open |
| CL-250319 | [[PERSON:Rahim Uddin]] | [[DATE_TIME:19 Mar 2025]] | [[PHONE_NUMBER:07412 663 190]] | Theft | Referred |
| CL-250402 | [[PERSON:Bethany Cole]] | [[DATE_TIME:02 Apr 2025]] | [[PHONE_NUMBER:01273 558 214]] | Storm | Settled |""",
    """{"cust": "[[ID_NUMBER:C-770231]]", "name": "[[PERSON:Elif Şahin]]", "phone": "[[PHONE_NUMBER:+90 532 418 77 02]]", "city": "[[LOCATION:İzmir]]", "segment": "retail"}
{"cust": "[[ID_NUMBER:C-770248]]", "name": "[[PERSON:Burak Aydın]]", "phone": "[[PHONE_NUMBER:+90 541 209 33 18]]", "city": "[[LOCATION:Bursa]]", "segment": "sme"}
{"cust": "[[ID_NUMBER:C-770255]]", "name": "[[PERSON:Zeynep Kaya]]", "phone": "[[PHONE_NUMBER:+90 505 331 62 94]]", "city": "[[LOCATION:Ankara]]", "segment": "retail"}""",
    """emergency_contacts:
  - employee: [[PERSON:Liam Kavanagh]]
    contact_name: [[PERSON:Niamh Kavanagh]]
    relationship: spouse
    phone: "[[PHONE_NUMBER:087 410 2298]]"
  - employee: [[PERSON:Precious Moyo]]
    contact_name: [[PERSON:Tendai Moyo]]
    relationship: brother
    phone: "[[PHONE_NUMBER:+263 77 418 3302]]"
  - employee: [[PERSON:Hyun-woo Cho]]
    contact_name: [[PERSON:Min-ji Cho]]
    relationship: mother
    phone: "[[PHONE_NUMBER:+82 10-4471-2093]]\"""",
    """MRN        PATIENT NAME             DOB         WARD   CONSULTANT
[[ID_NUMBER:RX44821]]    [[PERSON:ABERNATHY]], [[PERSON:Colin]]         [[DATE_TIME:03/02/1951]]  B4     [[PERSON:Dr. Iyer]]
[[ID_NUMBER:RX44907]]    [[PERSON:OKONJO]], [[PERSON:Blessing]]         [[DATE_TIME:21/09/1968]]  C1     [[PERSON:Dr. Whelan]]
[[ID_NUMBER:RX45011]]    [[PERSON:FITZROY]], [[PERSON:Marguerite]]      [[DATE_TIME:14/12/1939]]  B4     [[PERSON:Dr. Iyer]]""",
    """Name: [[PERSON:Jun Hao Teo]]
NRIC: [[ID_NUMBER:S9045513C]]
Join date: [[DATE_TIME:02 Jun 2025]]
Grade: M2
Mobile: [[PHONE_NUMBER:9634 2281]]

Name: [[PERSON:Nurul Aisyah binte Rahman]]
NRIC: [[ID_NUMBER:T0217745A]]
Join date: [[DATE_TIME:16 Jun 2025]]
Grade: E1
Mobile: [[PHONE_NUMBER:8127 4409]]

Name: [[PERSON:Vikram Rajaratnam]]
FIN: [[ID_NUMBER:G5129087P]]
Join date: [[DATE_TIME:30 Jun 2025]]
Grade: M3
Mobile: [[PHONE_NUMBER:9018 3352]]""",
    """txn_id,cardholder,card_number,exp,amount,merchant
T9001841,[[PERSON:Gloria Mwangi]],[[CREDIT_CARD:4532 0174 8823 1906]],08/27,129.99,Carrefour Junction
T9001842,[[PERSON:Peter Kimani]],[[CREDIT_CARD:5353 1004 2771 8069]],02/26,15.50,Java House
T9001843,[[PERSON:Achieng Odhiambo]],[[CREDIT_CARD:2223 0048 1155 9219]],11/28,2300.00,Naivas Westlands""",
    """nome;cpf;data_nascimento;cidade;uf;plano
[[PERSON:Ana Beatriz Lima]];[[ID_NUMBER:502.718.843-98]];[[DATE_TIME:14/03/1992]];[[LOCATION:Recife]];[[LOCATION:PE]];Essencial
[[PERSON:João Pedro Carvalho]];[[ID_NUMBER:117.462.390-00]];[[DATE_TIME:02/11/1985]];[[LOCATION:Curitiba]];[[LOCATION:PR]];Premium
[[PERSON:Francisca das Chagas Sousa]];[[ID_NUMBER:815.473.026-07]];[[DATE_TIME:25/07/1960]];[[LOCATION:Teresina]];[[LOCATION:PI]];Sênior""",
    """| Pangalan | Edad | Barangay | Cellphone | Bakuna |
|---|---|---|---|---|
| [[PERSON:Lorna Pacheco]] | [[AGE:67]] | [[LOCATION:San Antonio]] | [[PHONE_NUMBER:0918 224 7710]] | Oo |
| [[PERSON:Efren Dizon]] | [[AGE:72]] | [[LOCATION:Santa Cruz]] | [[PHONE_NUMBER:0927 503 1186]] | Hindi pa |
| [[PERSON:Corazon Manalo]] | [[AGE:69]] | [[LOCATION:San Antonio]] | [[PHONE_NUMBER:0906 881 4432]] | Oo |""",
    """policy_no  insured              vehicle_reg  dob         excess
MTR88102   [[PERSON:Daniel Okeke]]         [[ID_NUMBER:LK22 VWP]]     [[DATE_TIME:1990-05-17]]  250
MTR88117   [[PERSON:Sophie Archambault]]   [[ID_NUMBER:GF68 TRO]]     [[DATE_TIME:1974-11-30]]  500
MTR88130   [[PERSON:Imran Siddiqui]]       [[ID_NUMBER:BD19 KXZ]]     [[DATE_TIME:2001-02-08]]  750""",
    """student_id,surname,given_names,dob,guardian_phone,year_level
[[ID_NUMBER:ST-20871]],[[PERSON:Tuhiwai]],[[PERSON:Anahera Rose]],[[DATE_TIME:2011-04-22]],[[PHONE_NUMBER:022 417 8803]],Year 9
[[ID_NUMBER:ST-20894]],[[PERSON:Wong]],[[PERSON:Ethan Ka-Ho]],[[DATE_TIME:2010-09-03]],[[PHONE_NUMBER:021 660 1947]],Year 10
[[ID_NUMBER:ST-20902]],[[PERSON:Faleafa]],[[PERSON:Losa]],[[DATE_TIME:2011-12-15]],[[PHONE_NUMBER:027 332 0418]],Year 9""",
    """{"user":"[[USERNAME:jules_b]]","email":"[[EMAIL_ADDRESS:julesbarrow@gmail.com]]","signup_ip":"[[IP_ADDRESS:81.101.44.210]]","plan":"free","created_at":"[[DATE_TIME:2025-02-11T10:04:55Z]]"}
{"user":"[[USERNAME:m.okafor]]","email":"[[EMAIL_ADDRESS:michael.okafor@yahoo.com]]","signup_ip":"[[IP_ADDRESS:105.113.22.9]]","plan":"pro","created_at":"[[DATE_TIME:2025-02-11T10:17:31Z]]"}
{"user":"[[USERNAME:tran.kim]]","email":"[[EMAIL_ADDRESS:kimtran.designs@outlook.com]]","signup_ip":"[[IP_ADDRESS:2405:4802:a1b2:9c00::41]]","plan":"pro","created_at":"[[DATE_TIME:2025-02-11T11:02:08Z]]"}""",
    """| Tenant | Unit | Lease start | Rent (AUD) | Bond lodged | Phone |
|--------|------|-------------|-----------:|-------------|-------|
| [[PERSON:Chloe Papadopoulos]] | 3/27 | [[DATE_TIME:01/02/2025]] | 620 | Yes | [[PHONE_NUMBER:0421 339 207]] |
| [[PERSON:Arjun Malhotra]] | 5/27 | [[DATE_TIME:15/03/2025]] | 585 | Yes | [[PHONE_NUMBER:0450 118 662]] |
| [[PERSON:Mia Schultz]] | 8/27 | [[DATE_TIME:01/05/2025]] | 640 | Pending | [[PHONE_NUMBER:0478 204 915]] |""",
    """Claimant            Injury date   Body part    Employer ref  Claimant phone
[[PERSON:Ray Tamihana]]        [[DATE_TIME:2025-03-04]]    Lower back   WK-118        [[PHONE_NUMBER:027 448 1902]]
[[PERSON:Sandeep Gill]]        [[DATE_TIME:2025-03-19]]    Left hand    WK-121        [[PHONE_NUMBER:021 905 3376]]
[[PERSON:Kirsty McPhail]]      [[DATE_TIME:2025-04-02]]    Right knee   WK-124        [[PHONE_NUMBER:022 118 7740]]""",
    "Employee\tTFN\tSuper fund\tMember no.\tStart\n[[PERSON:Jack Thornton]]\t[[ID_NUMBER:873 015 246]]\tAustralianSuper\t[[ID_NUMBER:500918274]]\t[[DATE_TIME:3/02/2025]]\n[[PERSON:Layla Haddad]]\t[[ID_NUMBER:620 471 852]]\tREST\t[[ID_NUMBER:RS4471920]]\t[[DATE_TIME:17/03/2025]]\n[[PERSON:Minh Anh Pham]]\t[[ID_NUMBER:318 597 203]]\tHostPlus\t[[ID_NUMBER:1200488172]]\t[[DATE_TIME:7/04/2025]]",
    """- name: [[PERSON:Kofi Boateng]]
  ghana_card: [[ID_NUMBER:GHA-004817263-9]]
  region: [[LOCATION:Ashanti]]
  mobile_money: "[[PHONE_NUMBER:024 553 1187]]"
  status: verified
- name: [[PERSON:Esi Appiah]]
  ghana_card: [[ID_NUMBER:GHA-712093448-2]]
  region: [[LOCATION:Central]]
  mobile_money: "[[PHONE_NUMBER:020 771 4093]]"
  status: pending""",
    """invoice,patient,nhs_no,appt,clinic,fee_gbp
INV-3301,[[PERSON:Harriet Dunmore]],[[ID_NUMBER:485 777 3422]],[[DATE_TIME:2025-05-02 09:30]],Physio,0
INV-3302,[[PERSON:Wasim Akram Butt]],[[ID_NUMBER:634 081 7726]],[[DATE_TIME:2025-05-02 10:15]],Podiatry,0
INV-3303,[[PERSON:Georgina Ellis]],[[ID_NUMBER:450 392 8171]],[[DATE_TIME:2025-05-02 11:00]],Physio,45""",
    """account_holder | iban | bic | mandate_date
[[PERSON:Wouter Jansen]] | [[IBAN_CODE:BE18 0630 4218 8365]] | GKCCBEBB | [[DATE_TIME:2025-01-15]]
[[PERSON:Chiara Bianchi]] | [[IBAN_CODE:IT56 Y030 6909 6061 0000 0063 917]] | BCITITMM | [[DATE_TIME:2025-02-03]]
[[PERSON:Andrei Popescu]] | [[IBAN_CODE:RO41 RNCB 0082 0044 8717 0001]] | RNCBROBU | [[DATE_TIME:2025-02-20]]
[[PERSON:Elin Johansson]] | [[IBAN_CODE:SE45 5000 0000 0583 9825 7466]] | ESSESESS | [[DATE_TIME:2025-03-01]]""",
    """Guest, Room, Check-in, Check-out, Passport, Nationality
[[PERSON:Hans-Peter Vogel]], 204, [[DATE_TIME:12 Jun]], [[DATE_TIME:15 Jun]], [[ID_NUMBER:C01X7KT92]], [[NRP:German]]
[[PERSON:Aiko Tanabe]], 311, [[DATE_TIME:12 Jun]], [[DATE_TIME:19 Jun]], [[ID_NUMBER:TZ1048832]], [[NRP:Japanese]]
[[PERSON:Lucas Moreau]], 118, [[DATE_TIME:13 Jun]], [[DATE_TIME:14 Jun]], [[ID_NUMBER:19AV41027]], [[NRP:French]]""",
    """worker_id | full_name | sss_no | philhealth_no | tin | daily_rate
--- | --- | --- | --- | --- | ---
[[ID_NUMBER:W-0117]] | [[PERSON:Rodel Mendoza]] | [[ID_NUMBER:04-1183920-7]] | [[ID_NUMBER:19-025518840-3]] | [[ID_NUMBER:301-447-982-000]] | 610
[[ID_NUMBER:W-0121]] | [[PERSON:Jennifer Castro]] | [[ID_NUMBER:34-5520184-1]] | [[ID_NUMBER:02-051193774-8]] | [[ID_NUMBER:288-903-114-000]] | 610
[[ID_NUMBER:W-0134]] | [[PERSON:Alvin Soriano]] | [[ID_NUMBER:33-8817402-9]] | [[ID_NUMBER:12-200418392-5]] | [[ID_NUMBER:419-220-587-000]] | 645""",
    """Date,Caller,Callback number,Reason,Agent
[[DATE_TIME:2025-06-02 08:14]],[[PERSON:Mrs. Doreen Pike]],[[PHONE_NUMBER:01603 774 210]],Boiler cover query,[[PERSON:Sam]]
[[DATE_TIME:2025-06-02 08:31]],[[PERSON:Mr. Adebayo Olatunji]],[[PHONE_NUMBER:07903 118 466]],Change of address,[[PERSON:Priya]]
[[DATE_TIME:2025-06-02 09:02]],[[PERSON:Ms. Kerry-Ann Blake]],[[PHONE_NUMBER:0208 340 5519]],Cancel policy,[[PERSON:Sam]]""",
    """- id: [[ID_NUMBER:4410-22]]
  name: [[PERSON:Ximena Herrera Duarte]]
  age: [[AGE:34]]
  nationality: [[NRP:Colombian]]
  visa_class: 482
- id: [[ID_NUMBER:4410-23]]
  name: [[PERSON:Olamide Bankole]]
  age: [[AGE:29]]
  nationality: [[NRP:Nigerian]]
  visa_class: 482
- id: [[ID_NUMBER:4410-24]]
  name: [[PERSON:Gaurav Tiwari]]
  age: [[AGE:41]]
  nationality: [[NRP:Indian]]
  visa_class: 186""",
    """NAME                    ADDRESS                                 CITY          ST  ZIP    PHONE
[[PERSON:Dolores Whitaker]]        [[ADDRESS:1182 Sycamore Ridge Rd]]                  [[LOCATION:Lexington]]     [[LOCATION:KY]]  [[ZIP_CODE:40511]]  [[PHONE_NUMBER:859-271-4408]]
[[PERSON:Tyrone Mabry]]            [[ADDRESS:40 Grant Ave Apt 2F]]                     [[LOCATION:Jersey City]]   [[LOCATION:NJ]]  [[ZIP_CODE:07305]]  [[PHONE_NUMBER:201-433-9178]]
[[PERSON:Guadalupe Arreola]]       [[ADDRESS:7716 N 43rd Ave]]                         [[LOCATION:Phoenix]]       [[LOCATION:AZ]]  [[ZIP_CODE:85051]]  [[PHONE_NUMBER:602-918-3324]]""",
    """ssn,last,first,hire_dt,w4_status,state
[[US_SSN:523-41-0987]],[[PERSON:Halvorsen]],[[PERSON:Britt]],[[DATE_TIME:01/06/2025]],single,[[LOCATION:MN]]
[[US_SSN:264-83-1150]],[[PERSON:Nakamura]],[[PERSON:Ken]],[[DATE_TIME:02/17/2025]],married,[[LOCATION:FL]]
[[US_SSN:455-12-7836]],[[PERSON:Okonkwo]],[[PERSON:Ifeanyi]],[[DATE_TIME:03/03/2025]],head_of_household,[[LOCATION:TX]]""",
    """| Nome | Cargo | Admissão | Conta salário | Celular |
|------|-------|----------|---------------|---------|
| [[PERSON:Bruna Oliveira Ramos]] | Analista de RH | [[DATE_TIME:10/01/2024]] | [[IBAN_CODE:BR33 0000 0000 0248 5001 3000 781M 1]] | [[PHONE_NUMBER:(11) 98711-4402]] |
| [[PERSON:Everton Silva]] | Motorista | [[DATE_TIME:05/08/2024]] | [[IBAN_CODE:BR81 2373 2014 0000 0008 1442 059P 1]] | [[PHONE_NUMBER:(11) 97320-1185]] |
| [[PERSON:Kelly Cristina Araújo]] | Auxiliar administrativa | [[DATE_TIME:17/02/2025]] | [[IBAN_CODE:BR09 1041 3389 0000 1830 4827 317C 1]] | [[PHONE_NUMBER:(11) 99156-2270]] |""",
    """{"member":"[[ID_NUMBER:HLT-8830192]]","name":"[[PERSON:Cynthia Agyeman]]","dob":"[[DATE_TIME:1979-08-12]]","claim":"DN-11842","service_date":"[[DATE_TIME:2025-04-07]]","amount":185.00}
{"member":"[[ID_NUMBER:HLT-8830417]]","name":"[[PERSON:Marco Esposito]]","dob":"[[DATE_TIME:1966-01-25]]","claim":"DN-11843","service_date":"[[DATE_TIME:2025-04-08]]","amount":420.00}
{"member":"[[ID_NUMBER:HLT-8830522]]","name":"[[PERSON:Hailey Morgan]]","dob":"[[DATE_TIME:2002-10-30]]","claim":"DN-11851","service_date":"[[DATE_TIME:2025-04-09]]","amount":95.50}""",
    """Customer: [[PERSON:Ravi Shankar Pillai]]
Aadhaar: [[ID_NUMBER:7332 0418 8626]]
PAN: [[ID_NUMBER:AQRPP7741K]]
Mobile: [[PHONE_NUMBER:+91 94470 33812]]
Address: [[ADDRESS:TC 25/1140, Vanchiyoor]], [[LOCATION:Thiruvananthapuram]] [[ZIP_CODE:695035]]
Loan type: gold loan
Loan amount: ₹1,80,000""",
    "plate\towner\tmake\tpermit_zone\towner_phone\n[[ID_NUMBER:BKZ 4471]]\t[[PERSON:Olga Petrenko]]\tToyota\tZone C\t[[PHONE_NUMBER:(416) 820-3391]]\n[[ID_NUMBER:CMTA 902]]\t[[PERSON:Desmond Clarke]]\tHonda\tZone C\t[[PHONE_NUMBER:(647) 511-2046]]\n[[ID_NUMBER:DFRV 118]]\t[[PERSON:Parminder Dhaliwal]]\tFord\tZone D\t[[PHONE_NUMBER:(905) 448-7320]]",
    """Petsa,Pangalan,Halaga (PHP),Paraan,GCash No.
05/06/2025,[[PERSON:Marites Gonzales]],1500,GCash,[[PHONE_NUMBER:0915 338 2041]]
05/06/2025,[[PERSON:Ramil Torres]],800,cash,
06/06/2025,[[PERSON:Jocelyn Navarro]],2000,GCash,[[PHONE_NUMBER:0947 110 5823]]""",
    """| Donor | Email | Amount | Gift Aid | Postcode |
|:--|:--|--:|:-:|:--|
| [[PERSON:Peter Ashdown]] | [[EMAIL_ADDRESS:p.ashdown@talktalk.net]] | £25.00 | Y | [[ZIP_CODE:BS6 5QH]] |
| [[PERSON:Yasmin Begum]] | [[EMAIL_ADDRESS:yasminbegum91@gmail.com]] | £10.00 | N | [[ZIP_CODE:E1 6RU]] |
| [[PERSON:Niall McGuinness]] | [[EMAIL_ADDRESS:niallmcg@hotmail.com]] | £100.00 | Y | [[ZIP_CODE:BT9 6BS]] |""",
    """Employee          Leave type     From          To            Approver
[[PERSON:Zodwa Nkosi]]       Annual         [[DATE_TIME:2025-07-07]]    [[DATE_TIME:2025-07-18]]    [[PERSON:J. Botha]]
[[PERSON:Ruan van Wyk]]      Sick           [[DATE_TIME:2025-06-02]]    [[DATE_TIME:2025-06-04]]    [[PERSON:J. Botha]]
[[PERSON:Fatima Cassim]]     Family resp.   [[DATE_TIME:2025-06-12]]    [[DATE_TIME:2025-06-12]]    [[PERSON:L. Daniels]]""",
    """card_holder,card_no,cvv,expiry,billing_zip
[[PERSON:Kayla Brooks]],[[CREDIT_CARD:4024007188362072]],882,04/27,[[ZIP_CODE:29407]]
[[PERSON:Marcus Oyelaran]],[[CREDIT_CARD:5167329988104528]],310,12/26,[[ZIP_CODE:60615]]
[[PERSON:Sophia Nguyen]],[[CREDIT_CARD:36148203771501]],071,09/28,[[ZIP_CODE:92683]]
[[PERSON:Derek Lindgren]],[[CREDIT_CARD:6011735502921138]],554,01/29,[[ZIP_CODE:55407]]""",
    """user: [[USERNAME:afua.mensah]]
full_name: [[PERSON:Afua Mensah]]
last_login: [[DATE_TIME:2025-06-08 21:14:03]]
last_ip: [[IP_ADDRESS:154.160.3.77]]
mfa: enabled
---
user: [[USERNAME:kojo_a]]
full_name: [[PERSON:Kojo Asamoah]]
last_login: [[DATE_TIME:2025-06-09 07:52:40]]
last_ip: [[IP_ADDRESS:41.215.160.12]]
mfa: disabled""",
    """pid|name|sex|age|blood_type|ward|admitted
[[ID_NUMBER:112045]]|[[PERSON:Aziz Karimov]]|M|[[AGE:45]]|O+|ICU-2|[[DATE_TIME:2025-05-28]]
[[ID_NUMBER:112051]]|[[PERSON:Nadia Benali]]|F|[[AGE:31]]|A-|MAT-1|[[DATE_TIME:2025-05-29]]
[[ID_NUMBER:112060]]|[[PERSON:Giorgos Alexiou]]|M|[[AGE:77]]|B+|GEN-4|[[DATE_TIME:2025-05-30]]""",
    """| Interviewee | Role applied | Interview | Panel | Phone |
| --- | --- | --- | --- | --- |
| [[PERSON:Oluwadamilare Ajayi]] | Payroll Officer | [[DATE_TIME:Mon 16 June, 10:00]] | [[PERSON:Sarah]], [[PERSON:Imran]] | [[PHONE_NUMBER:07891 204 553]] |
| [[PERSON:Becky Throssell]] | Payroll Officer | [[DATE_TIME:Mon 16 June, 11:30]] | [[PERSON:Sarah]], [[PERSON:Imran]] | [[PHONE_NUMBER:07740 662 118]] |
| [[PERSON:Amrit Sehgal]] | HR Assistant | [[DATE_TIME:Tue 17 June, 14:00]] | [[PERSON:Imran]] | [[PHONE_NUMBER:07518 339 017]] |""",
    """name,dni_nie,start_date,city,phone
[[PERSON:Lucía Moreno Gil]],[[ID_NUMBER:71530284P]],[[DATE_TIME:01/04/2025]],[[LOCATION:Valladolid]],[[PHONE_NUMBER:+34 683 21 44 09]]
[[PERSON:Youssef El Amrani]],[[ID_NUMBER:Y2093418H]],[[DATE_TIME:15/04/2025]],[[LOCATION:Murcia]],[[PHONE_NUMBER:+34 634 90 11 27]]
[[PERSON:Pablo Iglesias Rey]],[[ID_NUMBER:20394417H]],[[DATE_TIME:02/05/2025]],[[LOCATION:Vigo]],[[PHONE_NUMBER:+34 699 73 28 50]]""",
    """claim_id      claimant            incident              adjuster     reserve
HX-900412     [[PERSON:Nikolai Sorokin]]     [[DATE_TIME:2025-02-14 22:40]]      [[PERSON:B. Adair]]     8,500
HX-900418     [[PERSON:Precious Chanda]]     [[DATE_TIME:2025-02-16 06:15]]      [[PERSON:B. Adair]]     2,100
HX-900431     [[PERSON:Leon Stavros]]        [[DATE_TIME:2025-02-21 13:05]]      [[PERSON:K. Mistry]]    14,750""",
    """{"name": "[[PERSON:Zhang Wei]]", "wechat": "[[USERNAME:zhangwei_sh88]]", "mobile": "[[PHONE_NUMBER:+86 138 1742 0093]]", "city": "[[LOCATION:Shanghai]]"}
{"name": "[[PERSON:Li Xiuying]]", "wechat": "[[USERNAME:xiuying.li]]", "mobile": "[[PHONE_NUMBER:+86 186 2209 4471]]", "city": "[[LOCATION:Hangzhou]]"}
{"name": "[[PERSON:Chen Jie]]", "wechat": "[[USERNAME:chenjie_1990]]", "mobile": "[[PHONE_NUMBER:+86 139 0518 3362]]", "city": "[[LOCATION:Nanjing]]"}""",
    """Lote | Morador | Documento | Telefone | Vaga
101 | [[TITLE:Sr.]] [[PERSON:Antônio Fagundes Neto]] | [[ID_NUMBER:372.608.159-30]] | [[PHONE_NUMBER:(48) 3224-1190]] | G1-14
102 | [[TITLE:Sra.]] [[PERSON:Helena Bastos]] | [[ID_NUMBER:924.116.387-95]] | [[PHONE_NUMBER:(48) 99620-7733]] | G1-15
204 | [[PERSON:Moisés Kaufmann]] | [[ID_NUMBER:186.540.729-11]] | [[PHONE_NUMBER:(48) 98402-5561]] | G2-03""",
    """policy,insured,beneficiary,relationship,share_pct,beneficiary_dob
LF-200417,[[PERSON:Clement Osei]],[[PERSON:Abigail Osei]],daughter,50,[[DATE_TIME:2004-03-11]]
LF-200417,[[PERSON:Clement Osei]],[[PERSON:Jeremiah Osei]],son,50,[[DATE_TIME:2007-08-29]]
LF-200452,[[PERSON:Beatrix Holm]],[[PERSON:Anders Holm]],spouse,100,[[DATE_TIME:1958-12-04]]""",
    "staff_id\tname\tweek_ending\thours\tovertime\tsite\n[[ID_NUMBER:3318]]\t[[PERSON:Tamati Rangi]]\t2025-06-06\t40\t4.5\tDC-1\n[[ID_NUMBER:3325]]\t[[PERSON:Lupe Vaifale]]\t2025-06-06\t38\t0\tDC-1\n[[ID_NUMBER:3341]]\t[[PERSON:Harjit Bains]]\t2025-06-06\t40\t8\tDC-3",
    """| Traveller | Passport | Destination | Incident date | Claimed (NZD) |
|---|---|---|---|---|
| [[PERSON:Olivia Te Kani]] | [[ID_NUMBER:LJ908214]] | [[LOCATION:Bali]] | [[DATE_TIME:2025-04-19]] | 1,240 |
| [[PERSON:Raj Patel]] | [[ID_NUMBER:LK118370]] | [[LOCATION:Fiji]] | [[DATE_TIME:2025-04-22]] | 380 |
| [[PERSON:Grace Liu]] | [[ID_NUMBER:LH772045]] | [[LOCATION:Japan]] | [[DATE_TIME:2025-05-01]] | 2,915 |""",
    """{"session":"a9f3","username":"[[USERNAME:deshawn.p]]","ip":"[[IP_ADDRESS:68.45.120.201]]","last_seen":"[[DATE_TIME:2025-06-10T19:44:12-04:00]]","device":"iPad"}
{"session":"b1c7","username":"[[USERNAME:rosa_ml]]","ip":"[[IP_ADDRESS:187.190.33.4]]","last_seen":"[[DATE_TIME:2025-06-10T17:02:55-06:00]]","device":"Android"}
{"session":"c004","username":"[[USERNAME:wkowal]]","ip":"[[IP_ADDRESS:83.27.150.96]]","last_seen":"[[DATE_TIME:2025-06-11T01:20:31+02:00]]","device":"Windows"}""",
    """pupil: [[PERSON:Eli Abramowitz]]
class: 2B
authorised_collectors:
  - name: [[PERSON:Rachel Abramowitz]]
    relation: mother
    phone: "[[PHONE_NUMBER:07825 410 339]]"
  - name: [[PERSON:Dov Abramowitz]]
    relation: grandfather
    phone: "[[PHONE_NUMBER:0161 792 4018]]"
religion: [[NRP:Jewish]]
dietary: kosher""",
    """DATE        DESCRIPTION                          OUT        IN
02/06/2025  FPS TO [[PERSON:K OLAWALE]] RENT JUNE                850.00
03/06/2025  TESCO STORES 2231                   42.18
04/06/2025  FPS FROM [[PERSON:D MARSH]] SPLIT BILL                      23.50
05/06/2025  DD THAMES WATER                     38.00
06/06/2025  TFR TO [[PERSON:AMINA YUSUF]] [[ID_NUMBER:41128837]]           120.00""",
    """Owner: [[PERSON:Bridget Lafferty]]
Phone: [[PHONE_NUMBER:(902) 455-3018]]
Pet: Murphy (beagle, 9 yrs)
Next visit: [[DATE_TIME:June 24, 3:20 pm]]

Owner: [[PERSON:Amit Saxena]]
Phone: [[PHONE_NUMBER:(902) 880-1147]]
Pet: Kiwi (budgie, 2 yrs)
Next visit: [[DATE_TIME:June 25, 10:40 am]]""",
    """member_no,name,dob,email,plan,home_club
[[ID_NUMBER:GY-550192]],[[PERSON:Tevita Fifita]],[[DATE_TIME:1996-07-08]],[[EMAIL_ADDRESS:tevita.f@gmail.com]],Peak,[[LOCATION:Ipswich]]
[[ID_NUMBER:GY-550207]],[[PERSON:Sienna O'Loughlin]],[[DATE_TIME:2000-02-19]],[[EMAIL_ADDRESS:siennaol@icloud.com]],Off-peak,[[LOCATION:Springfield]]
[[ID_NUMBER:GY-550211]],[[PERSON:Haruka Sato]],[[DATE_TIME:1989-11-27]],[[EMAIL_ADDRESS:haruka.sato89@yahoo.com]],Peak,[[LOCATION:Ipswich]]""",
    """Pangalan: [[PERSON:Nenita Ocampo]]
Edad: [[AGE:58]]
Tirahan: [[ADDRESS:Sitio Malinis, Purok 5]], [[LOCATION:Brgy. Dalig]], [[LOCATION:Antipolo]]
PhilSys No.: [[ID_NUMBER:4418-2093-7716-5502]]
Katayuan: aprubado

Pangalan: [[PERSON:Isidro Lacson]]
Edad: [[AGE:63]]
Tirahan: [[ADDRESS:Blk 3 Lot 19 Ilang-Ilang St.]], [[LOCATION:Brgy. San Jose]], [[LOCATION:Antipolo]]
PhilSys No.: [[ID_NUMBER:5102-7734-0918-2261]]
Katayuan: kulang ang dokumento""",
    """| Renter | DL # | DL state | Pickup | Vehicle class |
|---|---|---|---|---|
| [[PERSON:Chase Whitmore]] | [[US_DRIVER_LICENSE:W426-518-77-312-0]] | [[LOCATION:FL]] | [[DATE_TIME:06/20/2025 09:00]] | Midsize SUV |
| [[PERSON:Imani Jefferson]] | [[US_DRIVER_LICENSE:31840726]] | [[LOCATION:TX]] | [[DATE_TIME:06/20/2025 11:30]] | Compact |
| [[PERSON:Nikhil Rao]] | [[US_DRIVER_LICENSE:713 482 991]] | [[LOCATION:NY]] | [[DATE_TIME:06/21/2025 08:15]] | Minivan |""",
    """EmpID  Name                 SIN           Province  Hire date
[[ID_NUMBER:7781]]   [[PERSON:Geneviève Lapointe]]   [[ID_NUMBER:527 188 049]]   [[LOCATION:NB]]        [[DATE_TIME:2024-09-03]]
[[ID_NUMBER:7794]]   [[PERSON:Connor MacIsaac]]      [[ID_NUMBER:110 294 352]]   [[LOCATION:NS]]        [[DATE_TIME:2025-01-13]]
[[ID_NUMBER:7802]]   [[PERSON:Harleen Brar]]         [[ID_NUMBER:730 411 964]]   [[LOCATION:BC]]        [[DATE_TIME:2025-04-28]]""",
    """name,ppsn,eircode,mobile
[[PERSON:Róisín Nic Giolla]],[[ID_NUMBER:9120836F]],[[ZIP_CODE:F91 W2K8]],[[PHONE_NUMBER:085 129 4470]]
[[PERSON:Eoin Cassidy]],[[ID_NUMBER:5523019QA]],[[ZIP_CODE:T12 XC84]],[[PHONE_NUMBER:083 604 2291]]
[[PERSON:Olabisi Adebanjo]],[[ID_NUMBER:7740312J]],[[ZIP_CODE:D15 R6N3]],[[PHONE_NUMBER:089 447 0316]]""",
    """| Patient | NHI | IRD | DOB | GP practice |
|---|---|---|---|---|
| [[PERSON:Hemi Walker]] | [[ID_NUMBER:ZKM3083]] | [[ID_NUMBER:066-372-014]] | [[DATE_TIME:04/10/1982]] | Te Awamutu Medical |
| [[PERSON:Jessica Tuilagi]] | [[ID_NUMBER:PRT7724]] | [[ID_NUMBER:112-904-581]] | [[DATE_TIME:18/01/1995]] | Ōtara Health |""",
    """Name\tMedicare\tIRN\tDOB\tSuburb\n[[PERSON:Bronwyn Hale]]\t[[ID_NUMBER:4103 88626 2]]\t2\t[[DATE_TIME:09/09/1970]]\t[[LOCATION:Toowong]]\n[[PERSON:Dinh Quoc Bao]]\t[[ID_NUMBER:5339 12076 1]]\t1\t[[DATE_TIME:27/01/2003]]\t[[LOCATION:Inala]]""",
    """MRN,Last,First,Insurer,Member ID,Visit
[[ID_NUMBER:00471822]],[[PERSON:Delgado]],[[PERSON:Marisol]],Aetna,[[ID_NUMBER:W448192037]],[[DATE_TIME:2025-06-04 08:40]]
[[ID_NUMBER:00471830]],[[PERSON:Fenwick]],[[PERSON:Arthur]],Medicare,[[ID_NUMBER:1EG4-TE5-MK72]],[[DATE_TIME:2025-06-04 09:20]]
[[ID_NUMBER:00471851]],[[PERSON:Yazzie]],[[PERSON:Lorraine]],BCBS AZ,[[ID_NUMBER:XZB882014551]],[[DATE_TIME:2025-06-04 10:00]]""",
    """cust_no;name;bsn;birth_date;city
[[ID_NUMBER:K-30918]];[[PERSON:Sanne de Boer]];[[ID_NUMBER:316288408]];[[DATE_TIME:12-05-1991]];[[LOCATION:Utrecht]]
[[ID_NUMBER:K-30944]];[[PERSON:Mohammed Bouzid]];[[ID_NUMBER:190433759]];[[DATE_TIME:03-08-1984]];[[LOCATION:Rotterdam]]
[[ID_NUMBER:K-30952]];[[PERSON:Femke Visser]];[[ID_NUMBER:458712267]];[[DATE_TIME:27-11-1999]];[[LOCATION:Groningen]]""",
    """Guest | Email | Table | Meal | +1
Auntie [[PERSON:Comfort]] | [[EMAIL_ADDRESS:comfort.adjei@yahoo.com]] | 3 | Jollof | yes
[[PERSON:Tomasz Nowak]] | [[EMAIL_ADDRESS:t.nowak1987@gmail.com]] | 5 | Vegetarian | no
[[PERSON:Ruth Bekele]] | [[EMAIL_ADDRESS:ruthbekele@outlook.com]] | 5 | Fish | yes""",
    """CASE NO.        DEFENDANT                 DOB          HEARING                 CT
CR-25-04418     [[PERSON:Dwayne Holcomb]]            [[DATE_TIME:1989-03-15]]   [[DATE_TIME:06/23/2025 9:00 AM]]      4B
CR-25-04431     [[PERSON:Esperanza Villalobos]]      [[DATE_TIME:1996-10-02]]   [[DATE_TIME:06/23/2025 9:00 AM]]      4B
CR-25-04452     [[PERSON:Travis Kimbrough]]          [[DATE_TIME:1978-07-27]]   [[DATE_TIME:06/23/2025 1:30 PM]]      2A""",
    """Time,Name,Phone,Amount (KES),M-Pesa Ref
08:12,[[PERSON:JOSEPH KARIUKI]],[[PHONE_NUMBER:0722 418 903]],1500,SFG4KQ2X1L
08:40,[[PERSON:MERCY WANJIKU]],[[PHONE_NUMBER:0711 290 447]],650,SFG6TR9BNA
09:05,[[PERSON:HASSAN ABDI]],[[PHONE_NUMBER:0733 805 216]],3200,SFG8ZD0PQE""",
    """unit,resident,ic_or_fin,vehicle,contact
"#12-04",[[PERSON:Lim Boon Keng]],[[ID_NUMBER:S7602931H]],[[ID_NUMBER:SKA 4471 J]],[[PHONE_NUMBER:+65 9023 7718]]
"#12-05",[[PERSON:Priya]] d/o [[PERSON:Raman]],[[ID_NUMBER:F2283645P]],,[[PHONE_NUMBER:+65 8341 0962]]
"#14-01",[[PERSON:Marcus Goh Jun Wei]],[[ID_NUMBER:T0359128F]],[[ID_NUMBER:SMB 982 D]],[[PHONE_NUMBER:+65 9177 2045]]""",
]

CHAT = [
    """[09:41] Agent ([[PERSON:Bev]]): Thanks for waiting. Can I take your full name and date of birth to verify the account?
[09:42] [[PERSON:Callum Ruddock]]: [[PERSON:Callum James Ruddock]], [[DATE_TIME:4th Feb 1990]]
[09:42] Agent ([[PERSON:Bev]]): Thank you [[PERSON:Callum]]. And the first line of your address and postcode?
[09:43] [[PERSON:Callum Ruddock]]: [[ADDRESS:27 Tennyson Road]], [[ZIP_CODE:NG5 2JW]]
[09:43] Agent ([[PERSON:Bev]]): Perfect. I can see the payment to [[PERSON:R. Ashcroft]] for £450 that you mentioned. Is the card ending 7781 still in your possession?
[09:44] [[PERSON:Callum Ruddock]]: yes, still got it. best number to reach me is [[PHONE_NUMBER:07411 902 385]]""",
    """*[[PERSON:Ifeoma]]'s 40th 🎉* (group)
[[PERSON:Chioma]]: Guys the venue is confirmed!! [[ADDRESS:12 Bourdillon Road]], [[LOCATION:Ikoyi]]. [[DATE_TIME:Saturday 21st June, 4pm]]
[[PERSON:Tolu]]: Yesss. Who's collecting the cake?
[[PERSON:Chioma]]: [[PERSON:Emeka]] said he will. [[PERSON:Emeka]] pls share your number for the baker
[[PERSON:Emeka]]: [[PHONE_NUMBER:0803 558 2291]]. Also send me the baker's address
[[PERSON:Tolu]]: And don't forget [[PERSON:Ifeoma]] must not see this group 😂 her number is [[PHONE_NUMBER:+234 809 117 4402]] just in case anyone needs to call her on the day""",
    """#people-ops
[[PERSON:Aisha Karim]]: @[[USERNAME:liam.o]] the new starter for payroll is [[PERSON:Roberto Saldívar]], starting [[DATE_TIME:Mon 7 July]]. His NI number is [[ID_NUMBER:SH 52 88 10 D]], can you set him up?
[[PERSON:Liam O'Neill]]: on it. do we have his bank details yet?
[[PERSON:Aisha Karim]]: he emailed them to [[EMAIL_ADDRESS:aisha.karim@northlightgroup.co.uk]], I'll forward. please don't paste them here
[[PERSON:Liam O'Neill]]: 👍 also @[[USERNAME:priya.hr]] can you send [[PERSON:Roberto]] the onboarding pack to [[EMAIL_ADDRESS:roberto.saldivar.r@gmail.com]]?
[[PERSON:Priya Shah]]: done ✅""",
    """[[PERSON:Jhen]]: ate [[PERSON:Mylene]] sige po order ako ng 2 ube halaya, pa-deliver na lang po
[[PERSON:Mylene Garcia]]: sige sis! send mo address at cp mo
[[PERSON:Jhen]]: [[PERSON:Jhennifer Ramos]] po, [[ADDRESS:Unit 1207 Tower 2, Avida Towers]], [[LOCATION:Sta. Mesa]], [[LOCATION:Manila]]. cp ko [[PHONE_NUMBER:0995 224 8130]]
[[PERSON:Mylene Garcia]]: noted! GCash mo na lang sa [[PHONE_NUMBER:0917 660 3048]], [[PERSON:Mylene G.]] yung name
[[PERSON:Jhen]]: sent na po! salamat ate""",
    """Claims live chat — transcript
Bot: Hi! What's your claim about?
Customer: my car was broken into last night
Bot: Sorry to hear that. I'll connect you with an advisor.
[[PERSON:Nadia]] (Advisor): Hi, I'm [[PERSON:Nadia]]. Could you confirm your name, policy number and date of birth?
Customer: [[PERSON:Samuel Achterberg-Obi]], policy MC-7741920, born [[DATE_TIME:22/12/1987]]
[[PERSON:Nadia]] (Advisor): Thanks [[PERSON:Samuel]]. Where was the car parked?
Customer: outside my house, [[ADDRESS:58 Fernbank Drive]], [[LOCATION:Bingley]] [[ZIP_CODE:BD16 4AX]]. the reg is [[ID_NUMBER:YF20 OKB]]
[[PERSON:Nadia]] (Advisor): Got it. I've opened claim CLM-118402 and a repairer will call you on the mobile we have, ending 019.""",
    """Landlord - [[PERSON:Mr Haddad]]: Hi [[PERSON:Tanya]], the plumber [[PERSON:Giorgio]] will come on [[DATE_TIME:Thursday 12 June at 10am]], is that ok?
[[PERSON:Tanya Vukovic]]: yes that's fine, I work from home on thursdays
Landlord - [[PERSON:Mr Haddad]]: great, his number is [[PHONE_NUMBER:0433 819 204]] if he's running late
[[PERSON:Tanya Vukovic]]: perfect thanks. also the bond receipt still has my old address, it should be [[ADDRESS:Unit 6, 14 Railway Parade]], [[LOCATION:Marrickville]] [[ZIP_CODE:2204]]
Landlord - [[PERSON:Mr Haddad]]: will fix 👍""",
    """#general — Lumen Raiders
[[USERNAME:vexa_ttv]]: who's up for raids at 9
[[USERNAME:Kraken_Dad]]: me, but my internet is trash rn
[[USERNAME:lilbao]]: lol [[USERNAME:Kraken_Dad]] stop hosting from your grandma's house
[[USERNAME:Kraken_Dad]]: bro it's [[ADDRESS:14 Willow Ct]] not my grandma's 😤
[[USERNAME:vexa_ttv]]: mods pls, [[USERNAME:lilbao]] posted [[USERNAME:Kraken_Dad]]'s IP yesterday ([[IP_ADDRESS:67.183.42.119]]), that's not ok
[[USERNAME:Mod_Aurelia]]: removed. [[USERNAME:lilbao]] 24h timeout""",
    """Handover — Ward 7, night → day
[[PERSON:Sinéad]]: Bed 3 is [[PERSON:Mr. Okoro]], [[AGE:79]], NHS [[ID_NUMBER:612 904 8734]] — no wait that's the wrong one, his is [[ID_NUMBER:708 331 5426]]. Post-op day 2, hip.
[[PERSON:Marco]]: ok. family?
[[PERSON:Sinéad]]: daughter [[PERSON:Adaku]] rang twice, her number's on the board, [[PHONE_NUMBER:07944 118 302]]. She wants a call after the ward round.
[[PERSON:Marco]]: and bed 5?
[[PERSON:Sinéad]]: [[PERSON:Mrs. Pritchard]], [[AGE:91]], for discharge to her daughter's at [[ADDRESS:3 Bryn Terrace]], [[LOCATION:Llanelli]] on [[DATE_TIME:Friday 13th]] if OT agrees.""",
]

LOOKALIKE = [
    """Release notes — Harbourline POS 4.12.0.7\n- Fixed a crash when scanning SKU 8801-442-19 with a leading zero.\n- Receipt header now shows the store line 0800 464 2210 instead of the old 0345 number.\n- Firmware 10.2.1.4 required for the Verifone P400 (serial 805-331-927).\n- Build hash 3f9a1c7e44b0d2e8a91f0c5d7b6e2a14c8f0e9d3.\nQuestions: pos-support@harbourline.com""",
    """Order #114-9928371-4420195 has shipped with tracking 1Z 999 AA1 01 2345 6784. Items: "The Power of Habit" (ISBN 978-1-84408-127-1), Bosch GSR 12V drill (model 06019H4000), Nando's gift card. Invoice INV-2025-00418, VAT GB 832 4471 90. Delivered to the Gordon Street collection point; customer [[PERSON:Imogen Field]].""",
    """Pedido nº 7720-44183 confirmado! Código de rastreio: QB182773405BR. Nota fiscal 000.118.442, série 1. Produto: Cafeteira Philco PCF38 (cód. 7891356092318). Retirada na loja da Rua Barão de Itapetininga. Dúvidas: sac@lojabrava.com.br ou 0800 771 4400. Cliente: [[PERSON:Vânia Coutinho]].""",
    """Lab notebook, p. 47: sample batch B-2025-0611 run on the Beckman centrifuge at 10.4.2 settings; Gauss elimination for the calibration (notebook owner: [[PERSON:Dr. Helena Marsh]]); results hashed (sha1 9c1185a5c5e9fc54612808977ee8f548b2258d31). Next run booked for Parkinson Lab, room 4.12. Contact the core facility at 01223 336 900 or core-lab@cam-bio.ac.uk.""",
    """Meeting notes — Q3 planning\nAttendees: Finance, Ops, IT\n1. Upgrade the gateway firmware from 3.10.2.18 to 3.11.0.4.\n2. Renew licence keys XJ4Q-88PL-2ZTR-0M9K before 30 September.\n3. Asset tags AT-0041 to AT-0057 to be retired.\n4. Support line 1300 655 506 to be moved to the new IVR.\n5. Version 2.4.1.0 of the client goes to pilot; action owner [[PERSON:Devika Raman]], reachable at [[EMAIL_ADDRESS:devika.raman@gmail.com]] while on leave.""",
    """Tour itinerary: meet at the Nelson Mandela statue, walk down Adderley Street past the Queen Victoria building, lunch at Mama Africa on Long Street, then the Cecil Rhodes memorial. Ticket refs TKT-55010 to TKT-55018, group code CPT-G14. Guide on duty: [[PERSON:Lwazi]], mobile [[PHONE_NUMBER:072 118 5530]].""",
    """Pakitandaan: ang bagong hotline ng barangay ay (02) 8711-4400 at ang email ay barangay.sanisidro@gmail.com. Ang Ordinance No. 2025-014 ay ipapatupad simula sa susunod na buwan. Form BF-22 version 3.1.0 ang gagamitin para sa clearance; reference no. BRGY-CLR-00418. Bukas ang opisina sa Rizal Street at Bonifacio Avenue mula 8:00 hanggang 5:00. Para sa mga tanong, lumapit kay [[PERSON:Lito Manalastas]], ang kalihim ng barangay.""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind69", STYLES, OUT)


if __name__ == "__main__":
    main()

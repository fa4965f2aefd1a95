"""Build tests/data/blind45.jsonl: a forty-fifth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind45.py

Blind: written without any knowledge of the detector. Read while writing
it, besides the task brief, and nothing else: the module docstring and import lines of
make_blind22.py (its lines 1-121) and its closing scaffolding (from
`STYLES = {` to the end, copied below), the whole of gold_sets.py, and
lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). Not read: minimize/, recognizers/,
bench/, the README, the tests (other than the lines above), any *.jsonl
set, any other make_*.py script, git history / log / status. The detector,
the bench and the tests were never run on this file. Do not tune the
detector against it: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country; the national check
digits inside the Spanish, French, Polish and Belgian IBANs and the
Portuguese NIB are right too. National ids with a public check digit were
given a valid one: Spanish DNI and NIE, Mexican CURP (which
also agree with the name, birth date, sex and state they encode) and RFC,
Mexican IMSS NSS and CLABE, Polish PESEL (agreeing with birth date and
sex), NIP and identity-card number, Canadian SIN (NAS), Ontario health
card, BC PHN, UK NHS number, Aadhaar, Australian TFN and Medicare, NZ NHI,
Singapore NRIC, South African ID (agreeing with sex and birth date), Irish
PPSN, Israeli ID, and the look-alike ISBN-13s. All were worked out with
hand-run throwaway code while writing (not generated here; the records
were typed by hand). `gold_sets.check` re-checks cards and IBANs and
refuses a bad one. US SSNs, UK NI numbers and driving licences (built by
their published pattern), PAN, passports, licences, plates, RAMQ numbers,
bank account numbers and staff, student, patient, member and customer
numbers were not checked.

Styles (ids `blind45-<style>-NNN`; 240 records):
- `bench` (100): in the manner of the public PII-masking benchmarks:
  ai4privacy pii-masking-200k/300k/400k (odd mixed sentences dense with
  names, job titles, streets with building numbers, secondary addresses,
  IPs, MACs, user agents, card / CVV / expiry, IBAN / BIC), gretel-pii-
  masking-en-v1 (claims, contracts, leases, medical, loan and mortgage
  forms, notices, court papers) and Nemotron-PII (JSON, log lines, SQL,
  XML, YAML / .env config, code, vCard, tickets and forms).
- `gen` (90): one to four LLM-style "realistic sentences with personal
  data"; extra weight on mortgage applications, dental clinics, car
  rentals, school trips and consent forms, small-claims courts and
  ride-sharing disputes, the rest spread widely (banking, pharmacy,
  insurance, HR, telecoms, lettings, vets, gyms, universities,
  immigration, funerals, weddings, moving, volunteering, tech support,
  dating apps, deliveries ...). Names at the start, middle and end,
  lowercase and possessive; ages, dates, addresses, phones and ids in many
  shapes.
- `table` (35): one small labeled table per record rendered as text (CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value
  blocks), varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and case references, SKUs, ISBNs, IP-shaped versions,
  hashes, serials, company phones, role mailboxes, eponyms, streets named
  after people with no number) with the few real PII values labeled; one
  has no PII at all.
About nine records in ten are in English (US, UK, Canada, Australia, New
Zealand, Ireland, India, Singapore, the Philippines, South Africa,
Nigeria, Kenya contexts, with names from the many cultures living there),
the rest in Spanish (Spain and Mexico), Polish and Canadian French.

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside; family words ("Auntie",
  "mum") stay outside. TITLE: honorifics and ranks attached to a name
  (Mr, Mrs, Ms, Mx, Dr, Dra., Dre, D., Dña., Pani, lek., M., Mdm, Smt.,
  Officer), labeled apart from the name; job titles are not TITLE.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province
  (also abbreviated) and country are LOCATION; postcodes of every shape
  are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, trip, rental, signature, letter ...) with a day or a month, in
  any shape; a weekday or clock time said with such a date is inside the
  span, a time or weekday alone is not; not bare years, durations, or
  dates not tied to a person (sale, invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, member and driver numbers, bank account numbers
  (CLABE included), non-US passports and licences, plates; US_SSN,
  US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents,
  MAC addresses, sort codes, BSB, transit and routing numbers, CVVs and
  expiries, PINs, order / ticket / claim / policy / booking / trip /
  tracking / case references, company phone numbers and role mailboxes,
  versions, hashes, serials and VINs, wallet addresses, partial numbers
  ("ends in 9022"), pets and their ages, eponyms and brands named after
  people, a header row.
- Calls made while writing this set: a BIC / SWIFT code is unlabeled like
  a sort code; a mortgage or loan *account* number is ID_NUMBER like other
  account numbers, while an application reference is not; a plate is
  ID_NUMBER also on a rental or ride-share car; a tooth number is
  unlabeled; a company's tax id (NIP, KRS, REGON, RFC, ABN, EIN of a
  company) is unlabeled, a sole trader's or a person's is ID_NUMBER; the timestamp that opens a
  log line, a ticket header or a commit is machine metadata and unlabeled,
  while a date field about the person (dob, pickup, lastLogin, trip time)
  and an email's Date header (the date of a letter) are DATE_TIME; an IP
  address is IP_ADDRESS also when private; a name inside a device name
  ("Eleni-iPhone") is PERSON; a "grade", "sex", "status" or "dept" column
  is unlabeled, an "age" column is AGE, a "country" or "city" column is
  LOCATION and a "nationality" column is NRP; a city or district named as
  the place of a branch, office or court ("our Ikeja office", a "branch"
  column) is LOCATION, a place inside an organisation's name is not;
  airport and office codes (LAX, DXB-T3) are unlabeled; a business's
  street address is ADDRESS like any other; a school trip's dates are the
  pupils' dates (DATE_TIME); a transaction or purchase date and a pet's
  vaccination due date are not a person's date; "Happy 40th" gives AGE
  "40".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind45.jsonl")

GEN = [
    # mortgage applications
    """[[PERSON:Danielle Okafor]] submitted her mortgage application on [[DATE_TIME:March 4, 2024]] for the condo at [[ADDRESS:1187 Larkspur Lane, Unit 3B]], [[LOCATION:Aurora]], [[LOCATION:CO]] [[ZIP_CODE:80014]]. Her co-borrower, [[PERSON:Marcus Okafor]], listed his SSN as [[US_SSN:529-07-1846]] and his cell as [[PHONE_NUMBER:720-555-0182]].""",
    """The underwriter flagged that [[PERSON:Gareth Pryce-Jones]]'s payslips show a start date of [[DATE_TIME:1 September 2021]] with his current employer, so the broker, [[PERSON:Sunita]], asked him to send his P60 to [[EMAIL_ADDRESS:gpryce.jones@btinternet.com]] before the valuation on [[DATE_TIME:Thursday 18 April]].""",
    """hi, this is [[PERSON:wei ling chen]] — we're closing on [[DATE_TIME:June 30]] and still haven't heard back about the appraisal for [[ADDRESS:42 Glenholme Ave]], [[LOCATION:Toronto]] [[ZIP_CODE:M6H 3B1]]. my SIN is [[ID_NUMBER:462 819 376]] if you need to re-run the credit check, and my husband [[PERSON:Arjun Mehta]] can be reached at [[PHONE_NUMBER:416.555.0147]].""",
    """Loan officer notes: applicants [[PERSON:Liam]] and [[PERSON:Chloe Nguyen]], ages [[AGE:34]] and [[AGE:31]], both PAYG, combined income $212k. Deposit held in account [[ID_NUMBER:10482 3317]] (BSB 062-914). Settlement booked for [[DATE_TIME:14/08/2024]]; the property is [[ADDRESS:7/23 Barkly Street]], [[LOCATION:Brunswick]] [[LOCATION:VIC]] [[ZIP_CODE:3056]].""",
    """[[PERSON:Mr. Rakesh Iyer]] (PAN [[ID_NUMBER:ABQPI4827K]]) has applied for a home loan of ₹68 lakh on a 2BHK at [[ADDRESS:Flat 504, Sai Krupa Residency, 14th Cross]], [[LOCATION:Malleshwaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]]. He was born on [[DATE_TIME:22 July 1987]] and his salary is credited to account [[ID_NUMBER:50100238841762]] with the same bank.""",
    """Buenas tardes, soy [[PERSON:Adriana Pérez Cano]] y quiero saber en qué va mi trámite de crédito Infonavit. Mi RFC es [[ID_NUMBER:PECA790621QX6]] y mi número de seguridad social es [[ID_NUMBER:32178504190]]. La casa está en [[ADDRESS:Calle Fresno 218, Int. 4]], col. [[LOCATION:Las Águilas]], [[LOCATION:Zapopan]], [[LOCATION:Jalisco]], C.P. [[ZIP_CODE:45080]]. Me pueden llamar al [[PHONE_NUMBER:33 1842 7705]].""",
    """[[TITLE:Pani]] [[PERSON:Katarzyna Wójcik]] złożyła wniosek o kredyt hipoteczny [[DATE_TIME:12 lutego 2024]] r. w oddziale przy ul. Świętokrzyskiej. PESEL: [[ID_NUMBER:88072304626]], adres zamieszkania: [[ADDRESS:ul. Grochowska 117 m. 24]], [[ZIP_CODE:04-186]] [[LOCATION:Warszawa]]. Wkład własny przelano z rachunku [[IBAN_CODE:PL68 1090 1014 0000 0001 4512 7781]].""",
    """can you check why [[PERSON:jamal]]'s refi got stuck in underwriting? [[PERSON:Jamal Whitfield]], DOB [[DATE_TIME:11/09/1979]], loan account [[ID_NUMBER:0048817293]], property at [[ADDRESS:3306 Pecan Hollow Dr]], [[LOCATION:Round Rock]], [[LOCATION:TX]] [[ZIP_CODE:78664]]. He says the appraiser never showed up on [[DATE_TIME:Tuesday the 9th]].""",
    # dental clinics
    """Reminder for [[PERSON:Mrs. Eleanor Fitzgerald]]: your cleaning with [[PERSON:Dr. Anand]] is on [[DATE_TIME:Monday, October 14 at 8:40 AM]] at Bright Smile Family Dental. Please bring your Delta Dental card (member ID [[ID_NUMBER:DD1193847702]]) and arrive ten minutes early. Questions? Call us at (503) 555-0100.""",
    """[[PERSON:Tomás Ó Briain]], aged [[AGE:9]], was seen as an emergency on [[DATE_TIME:3rd May]] after falling off his scooter; upper left central incisor (21) fractured. Mum ([[PERSON:Siobhán]]) gave consent by phone from [[PHONE_NUMBER:07700 914 362]]. NHS no. [[ID_NUMBER:485 777 3457]].""",
    """Bonjour [[TITLE:M.]] [[PERSON:Gagnon]], nous confirmons votre rendez-vous pour l'extraction de la dent 38 le [[DATE_TIME:mardi 21 mai à 13 h 30]] avec la [[TITLE:Dre]] [[PERSON:Isabelle Roy]]. Votre numéro d'assurance maladie ([[ID_NUMBER:GAGL 6811 0419]]) est bien à jour et nous avons votre cellulaire au [[PHONE_NUMBER:438-555-0163]]. Pour annuler, appelez la clinique au 514 555-0199.""",
    """La [[TITLE:Dra.]] [[PERSON:Marta Llorente]] ha visto hoy a [[PERSON:Joaquín Beltrán Ruiz]] ([[AGE:47]] años, DNI [[ID_NUMBER:48291637D]]) por dolor en el molar 46; se le cita para endodoncia el [[DATE_TIME:jueves 7 de noviembre a las 17:00]]. Domicilio: [[ADDRESS:C/ Embajadores 54, 3º izq.]], [[ZIP_CODE:28012]] [[LOCATION:Madrid]]. Móvil [[PHONE_NUMBER:612 48 93 07]].""",
    """Kia ora [[PERSON:Mere]], it's [[PERSON:Jess]] from Harbourside Dental — just confirming [[PERSON:Tane]]'s fissure sealants tomorrow, [[DATE_TIME:Wed 12 June, 3.15pm]]. We have his NHI as [[ID_NUMBER:ZGT4828]] and your mobile as [[PHONE_NUMBER:021 448 9173]]; reply YES to confirm.""",
    """I'm disputing a $1,240 charge from Lakeview Orthodontics on my Visa [[CREDIT_CARD:4716 2290 4415 3080]]. My daughter [[PERSON:Ava Kowalczyk]] had her braces removed on [[DATE_TIME:January 22, 2024]] and the balance was supposed to be covered by Cigna. — [[PERSON:Renata Kowalczyk]], [[ADDRESS:915 W. Fullerton Pkwy, Apt 2R]], [[LOCATION:Chicago]] [[ZIP_CODE:60614]]""",
    """Patient: [[PERSON:Fatima Sheikh]], F/[[AGE:28]], reg. no. [[ID_NUMBER:DCH/23/08817]]. C/o sensitivity in lower anteriors since 2 weeks; advised desensitising paste. Next visit [[DATE_TIME:19/06, 11 am]]. Contact [[PHONE_NUMBER:+91 98201 46735]].""",
    """Dear [[PERSON:Mr Sipho Dlamini]], your medical aid (member no. [[ID_NUMBER:183442907]]) has declined the claim for the crown placed on [[DATE_TIME:2024-02-28]]. Please settle R4 380 at reception or by EFT quoting invoice 77120. Our records show your ID number as [[ID_NUMBER:8309275719083]]; let us know if this has changed.""",
    # car rentals
    """Rental agreement for [[PERSON:Kenji Watanabe]], pickup at LAX on [[DATE_TIME:Friday, July 19, 2024 at 10:15 PM]], return [[DATE_TIME:July 23]]. Driver's license [[US_DRIVER_LICENSE:B4827719]] ([[LOCATION:CA]]), exp. 2027. Card on file: Amex [[CREDIT_CARD:3782 915530 22145]]. Vehicle: 2023 Nissan Altima, plate [[ID_NUMBER:9KTR418]].""",
    """Hola, alquilé un coche en el aeropuerto de [[LOCATION:Málaga]] el [[DATE_TIME:2 de agosto]] a nombre de [[PERSON:Lucía Fernández Ortega]] y me han cobrado 300 € de franquicia por un rayón que ya estaba. Mi NIE es [[ID_NUMBER:Y2093561T]], la matrícula era [[ID_NUMBER:4821 LMK]] y podéis escribirme a [[EMAIL_ADDRESS:lucia.fdez.ortega@gmail.com]].""",
    """Customer [[PERSON:Olumide Adeyemi]] has been charged a £95 admin fee for a speeding notice (PCN ref. HX44170) from [[DATE_TIME:14/03/2024]] in the hire car [[ID_NUMBER:LV23 KXA]]. His licence number [[ID_NUMBER:ADEYE803154O99LW]] was passed to the police as the driver at the time.""",
    """[[PERSON:Priyanka]] from the [[LOCATION:Calgary]] airport branch here. The customer, [[PERSON:Brent Halvorsen]], returned the Ford Escape two days late on [[DATE_TIME:Sept 3]] and says he called ahead from [[PHONE_NUMBER:(403) 555-0129]]. His [[LOCATION:Alberta]] licence is [[ID_NUMBER:148293-507]] and his Visa ends in 9022, so I can't rebill without his OK.""",
    """hey mate, just dropped the ute back at the [[LOCATION:Cairns]] depot. name's [[PERSON:Dean O'Rourke]], booking under [[EMAIL_ADDRESS:deano.orourke77@bigpond.com]]. fuel's full. left my sunnies in the glovebox, can someone post them to [[ADDRESS:14 Mango Ave]], [[LOCATION:Edge Hill]] [[LOCATION:QLD]] [[ZIP_CODE:4870]]? cheers""",
    """Please note that [[PERSON:Chiamaka Eze]] collected the Toyota Corolla ([[ID_NUMBER:LAG 482 KJ]]) from our [[LOCATION:Ikeja]] office on [[DATE_TIME:Monday 6th May 2024]] with a driver. NIN [[ID_NUMBER:48102937615]], phone [[PHONE_NUMBER:0803 447 2916]].""",
    """On [[DATE_TIME:June 2nd]] I rented a Jeep from Peak Auto Rentals in [[LOCATION:Flagstaff]] under my name, [[PERSON:Teresa Yazzie]]. When I returned it the agent, [[PERSON:Cody]], said there was hail damage, but I have time-stamped photos from the return lot. My reservation email is [[EMAIL_ADDRESS:tyazzie.nm@outlook.com]] and my cell is [[PHONE_NUMBER:928-555-0163]].""",
    """Good day! I would like to reserve a van with driver for [[DATE_TIME:Dec 27–30]] for our family trip to [[LOCATION:Baguio]]. Driver's license of my husband: [[ID_NUMBER:N03-12-004518]]. Contact person: [[PERSON:Ma. Cristina Dela Cruz]], [[PHONE_NUMBER:0917 552 8830]].""",
    # school trips and consent forms
    """I, [[PERSON:Rachel Goldberg]], give permission for my son [[PERSON:Eli Goldberg]] (grade 5, student ID [[ID_NUMBER:2041187]]) to attend the field trip to the Museum of Science on [[DATE_TIME:Thursday, May 16]]. Emergency contact: [[PERSON:David Goldberg]], [[PHONE_NUMBER:617-555-0134]]. Allergies: tree nuts.""",
    """Year 8 residential to the [[LOCATION:Peak District]], [[DATE_TIME:10–12 June]]: we still need the medical form for [[PERSON:Amara Osei-Bonsu]] and the consent slip for [[PERSON:Harvey Clarke]]. [[PERSON:harvey]]'s dad asked us to ring him on [[PHONE_NUMBER:07912 447 103]] rather than email.""",
    """Autorisation parentale — sortie de classe au Biodôme de [[LOCATION:Montréal]], le [[DATE_TIME:vendredi 25 octobre]]. Nom de l'élève : [[PERSON:Léa Bouchard-Tremblay]]. Date de naissance : [[DATE_TIME:2013-03-09]]. Parent ou tuteur : [[PERSON:Nathalie Bouchard]], tél. : [[PHONE_NUMBER:450 555-0172]]. N° d'assurance maladie de l'enfant : [[ID_NUMBER:BOUL 1353 0914]].""",
    """Por medio de la presente autorizo a mi hija [[PERSON:Valeria Sánchez Mora]], alumna de 6.º grado, con CURP [[ID_NUMBER:SAMV120809MNLNRLA4]], a asistir a la excursión al museo Horno3 el [[DATE_TIME:miércoles 13 de marzo]]. Nombre y firma del tutor: [[PERSON:Rosa Elena Mora Garza]]. Teléfono: [[PHONE_NUMBER:81 2214 6098]].""",
    """Excursion note returned for [[PERSON:Jayden Tuilagi]] (Yr 4) — signed by [[PERSON:Losana Tuilagi]] on [[DATE_TIME:28/2]]; asthma plan attached, Ventolin in bag. Medicare [[ID_NUMBER:2953 61842 1]] noted. Pick-up from Taronga Zoo by 2:45pm.""",
    """Dear Parent, Grade 7 learners will travel to [[LOCATION:Naivasha]] for the geography field trip on [[DATE_TIME:Friday 19th July]]. Kindly sign and return this slip with Ksh 2,500 paid to the school paybill. Learner: [[PERSON:Wanjiru Kamau]]  Assessment No.: [[ID_NUMBER:A004417829]]  Parent's phone: [[PHONE_NUMBER:0722 318 456]]""",
    """Hi [[TITLE:Mdm]] [[PERSON:Tan]], this is [[PERSON:Mr Lim]] (form teacher 3E2). [[PERSON:Zhi Hao]] has not returned the consent form for the [[LOCATION:Sentosa]] learning journey on [[DATE_TIME:22 Aug]]. Could you sign it on Parents Gateway by Friday? Thank you!""",
    """Consent form – Transition Year trip to [[LOCATION:Barcelona]], [[DATE_TIME:3–7 March 2025]]. Student: [[PERSON:Oisín Kavanagh]], DOB [[DATE_TIME:14/01/2009]], passport no. [[ID_NUMBER:PX4418297]], PPSN [[ID_NUMBER:8371520T]]. Parent/guardian: [[PERSON:Aoife Kavanagh]], [[EMAIL_ADDRESS:aoife.kav@eircom.net]].""",
    # small-claims courts
    """[[PERSON:Marisol Vega]] v. [[PERSON:Gregory Tash]], Case No. SC-2024-00871, is set for hearing on [[DATE_TIME:August 12, 2024 at 9:00 a.m.]] in Department 14 of the Superior Court in [[LOCATION:Riverside]]. Plaintiff claims $4,200 for an unreturned security deposit on [[ADDRESS:6412 Magnolia Ave, Apt 9]].""",
    """I'm taking my former landlord to the small claims track. He's [[PERSON:Mr Colin Ashworth]] of [[ADDRESS:27 Denmark Road]], [[LOCATION:Gloucester]] [[ZIP_CODE:GL1 3HZ]]. I moved out on [[DATE_TIME:31 January]] and he still has my £1,150 deposit. Money Claim Online reference 4QZ71K2P. — [[PERSON:Nadia Rahman]]""",
    """Powód: [[PERSON:Marek Zieliński]], zam. [[ADDRESS:ul. Kościuszki 48/3]], [[ZIP_CODE:30-114]] [[LOCATION:Kraków]], PESEL [[ID_NUMBER:75010519372]]. Pozwany: [[PERSON:Piotr Nowakowski]], prowadzący działalność pod firmą „Remonty Nowakowski”, NIP [[ID_NUMBER:5261040828]]. Wnoszę o zasądzenie kwoty 6 800 zł tytułem zwrotu zaliczki wpłaconej [[DATE_TIME:5 czerwca 2023]] r.""",
    """Notice of Claim — Civil Resolution Tribunal. Applicant: [[PERSON:Harpreet Sandhu]], [[ADDRESS:8830 132 St]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3W 4N8]]. Respondent: [[PERSON:Kyle Brandt]]. The applicant says the respondent backed into her car in a parking lot on [[DATE_TIME:November 18, 2023]] and refuses to pay the $2,310 repair bill.""",
    """The matter between [[PERSON:Thandiwe Mokoena]] and [[PERSON:Johan van der Merwe]] was postponed to [[DATE_TIME:15 May 2024 at 09:30]] at the Small Claims Court in [[LOCATION:Randburg]]. [[PERSON:Ms Mokoena]] must bring her ID book ([[ID_NUMBER:9002144823082]]) and the original invoice.""",
    """hey [[PERSON:ronnie]], the clerk said the hearing for my case against the moving company got moved to [[DATE_TIME:Wed 10/23 at 6:30pm]] (it's night court in [[LOCATION:Queens]]). can you come testify? you saw them drop the dresser. text me at [[PHONE_NUMBER:347 555 0191]] – [[PERSON:Dee]]""",
    """Complainant [[TITLE:Smt.]] [[PERSON:Lakshmi Narayanan]], [[AGE:63]], r/o [[ADDRESS:Plot 17, Kamaraj Nagar 2nd Street]], [[LOCATION:Chennai]] – [[ZIP_CODE:600041]], has filed a complaint before the District Consumer Commission against the dealer for a defective washing machine purchased on 04.01.2024.""",
    # ride-sharing disputes
    """I was charged a $150 cleaning fee after my ride on [[DATE_TIME:Saturday, March 9 around 1:40 AM]] from [[ADDRESS:2200 N Lamar Blvd]] to my apartment. I did not throw up in the car. The driver ([[PERSON:Anthony]], plate [[ID_NUMBER:LKT-4491]]) uploaded a photo that isn't even his back seat. My account email is [[EMAIL_ADDRESS:b.castellanos@icloud.com]]. — [[PERSON:Bianca Castellanos]]""",
    """Ayer en la noche pedí un viaje de [[LOCATION:Polanco]] a [[LOCATION:Coyoacán]] y el conductor, [[PERSON:Édgar]], cambió la ruta y me cobró $480 en lugar de $210. Mi cuenta está registrada con el [[PHONE_NUMBER:55 4918 2203]] y con el correo [[EMAIL_ADDRESS:jl.ramirez.ortega@hotmail.com]]. Les pido el reembolso. Atte. [[PERSON:José Luis Ramírez]]""",
    """Driver statement: I am [[PERSON:Bilal Chaudhry]], PHV driver licence [[ID_NUMBER:PHD 0384172]], and on the evening of [[DATE_TIME:2 February]] I collected a passenger named [[PERSON:Kerry]] from [[ADDRESS:118 Deansgate]], [[LOCATION:Manchester]]. She became abusive when I asked her to wear a seatbelt.""",
    """My ride CRN7719304 on [[DATE_TIME:14 Jan]] from [[LOCATION:Koramangala]] to Kempegowda airport was cancelled by driver [[PERSON:Manjunath S]] after he made me wait 25 min, but I was still charged ₹212 on my card [[CREDIT_CARD:5425 3316 0972 4187]]. Registered mobile [[PHONE_NUMBER:9845012276]]. - [[PERSON:Ritika]]""",
    """lost property: [[PERSON:Hannah Lindqvist]] left a black Kindle in a rideshare on [[DATE_TIME:Fri 5 Apr]] (trip from [[LOCATION:Surry Hills]] to [[LOCATION:Bondi]]). Driver [[PERSON:Mohammed Al-Amin]] says he has it and will drop it at [[ADDRESS:Unit 6, 41-43 Glenayr Avenue]], [[LOCATION:Bondi Beach]] [[ZIP_CODE:2026]].""",
    """To whom it may concern, I'm a driver on the platform (driver ID [[ID_NUMBER:DRV-5520914]]) and my account was deactivated on [[DATE_TIME:April 11]] after a rider, [[PERSON:J. Morrison]], claimed I was driving impaired. I have dashcam footage. Please contact me at [[EMAIL_ADDRESS:samuel.tesfaye.drives@gmail.com]] or [[PHONE_NUMBER:+1 613 555 0155]]. [[PERSON:Samuel Tesfaye]], [[LOCATION:Ottawa]]""",
    """the driver that took me from [[LOCATION:Lekki]] to [[LOCATION:Yaba]] yesterday drove off with my laptop bag!! his name on the app shows [[PERSON:Ifeanyi O.]] and the car is a silver Corolla [[ID_NUMBER:KJA 719 GH]]. anyone who knows him pls dm me, my line is [[PHONE_NUMBER:08134472901]]""",
    # everything else
    """Hi, this is [[PERSON:Grace Liu]]. Someone used my Mastercard [[CREDIT_CARD:5199 7402 3386 1054]] at a gas station in [[LOCATION:Reno]] on [[DATE_TIME:May 30]] while I was home in [[LOCATION:Sacramento]]. My online banking username is [[USERNAME:graceliu_88]] and my number is [[PHONE_NUMBER:916-555-0177]].""",
    """Prescription ready for collection: [[PERSON:Mr Edward Nkemelu]], DOB [[DATE_TIME:02.11.1958]], NHS [[ID_NUMBER:9434765919]]. Amlodipine 5mg x28. Collect from the pharmacy at [[ADDRESS:22 High Street]], [[LOCATION:Bromley]].""",
    """Policyholder [[PERSON:Sophia Marchetti]] reported water damage at [[ADDRESS:48 Orchard Street]], [[LOCATION:Hoboken]], [[LOCATION:NJ]] [[ZIP_CODE:07030]] on [[DATE_TIME:2/17/24]]. Adjuster [[PERSON:Tom Reyes]] will inspect on [[DATE_TIME:Feb 21 between 1 and 3 pm]]. Claim #HO-88213-A.""",
    """Welcome aboard, [[PERSON:Nikhil]]! Your start date is [[DATE_TIME:Monday 3 June]] and your employee number will be [[ID_NUMBER:E10482]]. Please send a photo of your passport and your tax file number ([[ID_NUMBER:459 203 805]]) to [[PERSON:Claire]] in payroll before then.""",
    """Hello po, I'm requesting a SIM replacement for my number [[PHONE_NUMBER:0998 417 2235]]. Name: [[PERSON:Jerome Villanueva]], birthday [[DATE_TIME:April 8, 1995]], address [[ADDRESS:Blk 12 Lot 7, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]]. Valid ID: UMID [[ID_NUMBER:0111-4829371-5]].""",
    """Viewing confirmed for [[PERSON:Ms Aaliyah Brooks]] at [[ADDRESS:Flat 4, 19 Kelvin Grove]], [[LOCATION:Glasgow]] [[ZIP_CODE:G3 7RZ]] on [[DATE_TIME:Saturday 13th at 11am]]. She works nights at the Royal Infirmary so please text rather than call: [[PHONE_NUMBER:07458 302 119]].""",
    """Biscuit (golden retriever, 6 yrs) was seen today for an ear infection. Owner: [[PERSON:Callum Baird]], [[ADDRESS:3 Fernbank Crescent]], [[LOCATION:Perth]] [[ZIP_CODE:PH2 7LD]], tel [[PHONE_NUMBER:01738 552 904]]. Recheck booked [[DATE_TIME:18/10 at 16:20]].""",
    """can someone at the front desk freeze [[PERSON:maria jose]]'s membership from [[DATE_TIME:july 1]] to [[DATE_TIME:august 15]]? she's having knee surgery. member # [[ID_NUMBER:448201]], her email is [[EMAIL_ADDRESS:mariajose.ruiz@yahoo.com]]""",
    """[[PERSON:Aditya Kulkarni]] (applicant ID [[ID_NUMBER:UGA-2025-118403]]) has been admitted to the MS in Data Science and should arrive on campus by [[DATE_TIME:August 18, 2025]]. His I-20 will be couriered to [[ADDRESS:B-1104, Lodha Splendora]], [[LOCATION:Thane West]], [[LOCATION:Maharashtra]] [[ZIP_CODE:400615]], [[LOCATION:India]].""",
    """My name is [[PERSON:Yohannes Gebremedhin]], I am an [[NRP:Eritrean]] citizen and my UCI is [[ID_NUMBER:1123-4587]]. I landed in [[LOCATION:Winnipeg]] on [[DATE_TIME:October 2, 2022]] and I am applying to renew my PR card.""",
    """Seating note from [[PERSON:Funmi]]: put Auntie [[PERSON:Bisi]] next to Grandpa [[PERSON:Olu]] at table 3, and keep [[PERSON:Tayo]] away from his ex, [[PERSON:Kemi Adebayo]]. The wedding is [[DATE_TIME:Saturday 21 September]] — RSVPs to [[PHONE_NUMBER:+234 802 331 7745]].""",
    """[[PERSON:Ciarán Doyle]] moved into [[ADDRESS:Apartment 12, The Maltings, Bridge Street]], [[LOCATION:Kilkenny]], Eircode [[ZIP_CODE:R95 X2P7]] on [[DATE_TIME:1st March]] and wants the electricity account moved into his name. MPRN 10012345678.""",
    """The IRS notice was addressed to [[PERSON:Luis]] and [[PERSON:Carmen Ochoa]] at [[ADDRESS:PO Box 1172]], [[LOCATION:Yuma]], [[LOCATION:AZ]] [[ZIP_CODE:85366]], and lists [[PERSON:Carmen]]'s SSN as [[US_SSN:412-68-3390]] instead of her ITIN.""",
    """overdue notice: [[PERSON:okonkwo, chidi]] – library card [[ID_NUMBER:21982004418273]] – 3 items overdue. please return them to the Carnegie branch or renew online.""",
    """[[PERSON:Akinyi Otieno]], [[AGE:41]], was discharged from Aga Khan Hospital on [[DATE_TIME:9 March 2024]] after an appendectomy. Follow-up at the surgical clinic in two weeks. NHIF no. [[ID_NUMBER:R4418203]], next of kin [[PERSON:Brian Otieno]] ([[PHONE_NUMBER:+254 711 448 203]]).""",
    """[[TITLE:Officer]] [[PERSON:Daniels]] took a statement from the victim, [[PERSON:Kim Soo-ah]], [[AGE:26]], of [[ADDRESS:405 Grand St, Apt 5F]], [[LOCATION:Brooklyn]], who reported her bicycle stolen from outside her building on [[DATE_TIME:10/14/2024 between 7 and 9 a.m.]]""",
    """i got a parking charge for my car [[ID_NUMBER:YD19 HNT]] at the retail park on the [[DATE_TIME:3rd of april]] but i was only there 20 mins. appeal from [[PERSON:leanne marsh]], [[EMAIL_ADDRESS:leannemarsh1992@hotmail.co.uk]]""",
    """I'd like to report the user [[USERNAME:mike_adventures_82]] who says his name is [[PERSON:Michael Brandt]] and that he's [[AGE:39]]. He asked me to send £600 to [[IBAN_CODE:GB36 BARC 2004 1543 8290 17]] for a "plane ticket". My profile is [[USERNAME:sarah.k.reads]].""",
    """Service details for the late [[PERSON:Rosario]] "[[PERSON:Charo]]" [[PERSON:Bautista]] ([[AGE:82]]), who passed away peacefully on [[DATE_TIME:March 2, 2024]] in [[LOCATION:Daly City]]. Viewing at Duggan's Serra Mortuary, [[DATE_TIME:Friday March 8 from 5 to 9 pm]]; Mass of Christian Burial the following morning. Family contact: [[PERSON:Noel Bautista]], [[PHONE_NUMBER:(650) 555-0138]].""",
    """Quote request from [[PERSON:Yusuf Demir]]: 2-bed flat from [[ADDRESS:61 Wick Road]], [[LOCATION:Hackney]] to [[ADDRESS:9 Cedar Close]], [[LOCATION:St Albans]] [[ZIP_CODE:AL4 9QS]], moving day [[DATE_TIME:Sat 27 July]]. He's [[NRP:Turkish]] and prefers WhatsApp on [[PHONE_NUMBER:+44 7395 118 240]].""",
    """[[PERSON:Aroha Ngata]] signed up to help at the beach clean-up in [[LOCATION:Raglan]] on [[DATE_TIME:Sunday 17 November]]. Her email is [[EMAIL_ADDRESS:aroha.ngata@xtra.co.nz]] and she's bringing her two kids, aged [[AGE:8]] and [[AGE:11]].""",
    """The customer, [[PERSON:Giovanni Russo]], says he can't log in to the portal since the password reset. His username is [[USERNAME:grusso_admin]], he's connecting from [[IP_ADDRESS:82.49.118.203]], and his phone for 2FA is [[PHONE_NUMBER:+39 347 118 2093]]. He's in [[LOCATION:Milan]] so call before 5pm CET.""",
    """Follow my baking journey on Instagram at @[[USERNAME:kneadtoknow_priya]] or on [[URL:https://www.youtube.com/@PriyaBakesAtHome]]! I'm [[PERSON:Priya Venkatesan]], a [[AGE:29]]-year-old software tester from [[LOCATION:Leicester]] who bakes to stay sane.""",
    """Hey, the courier left my package at [[ADDRESS:77 Ridgeway Drive]] instead of [[ADDRESS:77 Ridgeway Court]]. Tracking 1Z 999 AA1 01 2345 6784. Please redeliver to [[PERSON:Kwame Asante]], ph [[PHONE_NUMBER:(919) 555-0112]].""",
    """The parish office has the baptism of [[PERSON:Mateo Alvarez]], born [[DATE_TIME:January 3, 2024]], scheduled for [[DATE_TIME:Sunday, April 14 at 1 pm]]. Parents [[PERSON:Diego]] and [[PERSON:Lucia Alvarez]] are registered [[NRP:Catholic]] parishioners; the godparents still need to send their certificates to office@stmonica-parish.org.""",
    """[[PERSON:Eamon Gallagher]], [[AGE:71]], a lifelong [[NRP:Republican]] from [[LOCATION:Scranton]], told the reporter he still keeps the yard sign from his first campaign in his garage on [[ADDRESS:1408 Wyoming Ave]].""",
    """Dear Hiring Manager, I am [[PERSON:Oluwaseun Bakare]], a registered nurse with seven years of ICU experience. You can reach me at [[EMAIL_ADDRESS:seun.bakare.rn@gmail.com]] or [[PHONE_NUMBER:+1 (346) 555-0109]], and my LinkedIn is [[URL:linkedin.com/in/oluwaseun-bakare-rn]]. I am available to start on [[DATE_TIME:July 15]].""",
    """Please cancel the subscription for [[EMAIL_ADDRESS:h.yilmaz@web.de]] immediately. I've been charged on my card [[CREDIT_CARD:4929 8103 5562 7714]] even though I cancelled by phone on [[DATE_TIME:January 12]]. [[PERSON:Hakan Yılmaz]], [[LOCATION:Berlin]]""",
    """Selling my old PS5 to someone called [[PERSON:Travis]] who insisted on paying by "certified check" and shipping to [[ADDRESS:1450 Commerce Pkwy, Suite 200]], [[LOCATION:Dallas]], [[LOCATION:TX]] [[ZIP_CODE:75247]]. His number was [[PHONE_NUMBER:214-555-0186]]. Definitely a scam, right?""",
    """Passenger [[PERSON:Nguyễn Thị Thu Hà]], passport [[ID_NUMBER:C4418273]], seat 23C on the [[DATE_TIME:28 Dec]] flight to [[LOCATION:Hanoi]], requested wheelchair assistance on arrival. Booking ref QX7LMP.""",
    """Front desk log: [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Haddad]] (room 512) checked out early on [[DATE_TIME:the 9th]] and asked us to forward a forgotten charger to [[ADDRESS:21 Rue Gouraud]], [[LOCATION:Beirut]]. Guest email [[EMAIL_ADDRESS:rami.haddad@gmail.com]].""",
    """Banned player report: [[USERNAME:xXDarkReaperXx]] (name on the payment method: [[PERSON:Connor Walsh]]) used a charged-back card and logged in from [[IP_ADDRESS:2a02:c7f:8e41:2200:1c4d:9a1f:e3b0:71d2]] after the ban. Alt account suspected: [[USERNAME:reaper_returns]].""",
    """Please wire the deposit for the [[LOCATION:Lisbon]] flat to [[PERSON:Inês Carvalho]], IBAN [[IBAN_CODE:PT50 0035 0214 0006 3728 9158 1]]. She hands over the keys on [[DATE_TIME:10 May]] and her mobile is [[PHONE_NUMBER:+351 912 448 370]].""",
    """[[PERSON:Muhammad Hafiz bin Rahman]], NRIC [[ID_NUMBER:S8814273Z]], of [[ADDRESS:Blk 318 Clementi Ave 4, #11-207]], [[LOCATION:Singapore]] [[ZIP_CODE:120318]], has claimed for a cancelled trip to [[LOCATION:Osaka]] due to his hospitalisation on [[DATE_TIME:3 November 2023]].""",
    """[[PERSON:Zara Ahmadi]] will start kindergarten on [[DATE_TIME:September 3]]. Her [[LOCATION:Ontario]] health card is [[ID_NUMBER:4581-930-270-KM]] and her mom [[PERSON:Farzana]] works shifts at the hospital — call [[PHONE_NUMBER:905-555-0133]] first.""",
    """[[PERSON:Dr. Helen Park]] saw [[PERSON:Marcus Bell]] ([[AGE:52]], MRN [[ID_NUMBER:00418872]]) on [[DATE_TIME:2024-05-06]] for a follow-up of his type 2 diabetes. A1c improved to 7.1.""",
    """Good morning, I'm [[PERSON:Ngozi Chukwuma]] and I can't access my mobile app since I changed phones. My BVN is [[ID_NUMBER:22184739016]], account [[ID_NUMBER:2048816733]], and the new phone number is [[PHONE_NUMBER:0706 118 4492]].""",
    """told [[PERSON:fatou]] and [[PERSON:ibrahima diallo]] the babysitting is on for [[DATE_TIME:saturday the 14th]], they live at [[ADDRESS:1820 Grand Concourse apt 4c]], [[LOCATION:bronx]]. their girl is [[AGE:6]] and allergic to peanuts.""",
    """[[PERSON:Peter Mwangi Njoroge]], KRA PIN [[ID_NUMBER:A004829173K]], filed his returns late on [[DATE_TIME:2 July 2024]] and was charged a penalty of Ksh 2,000.""",
    """my mum [[PERSON:Joan]] is [[AGE:88]] and lives at [[ADDRESS:Rosehill Care Home, 4 Abbey Lane]], [[LOCATION:Sheffield]] [[ZIP_CODE:S8 0BA]]. her hearing aid appointment on the [[DATE_TIME:22nd]] needs moving. I'm [[PERSON:Alison Pryor]], her daughter, [[PHONE_NUMBER:0114 255 8731]].""",
    """[[PERSON:Harriet Nakamura]] booked the Lincoln Room at the hotel on Washington Street for her retirement party on [[DATE_TIME:June 28]]; RSVPs go to her assistant [[PERSON:Dev]] at [[EMAIL_ADDRESS:dev.patel@nakamura-law.com]].""",
    """I, [[PERSON:Stefan Popescu]], confirm that the withdrawal to wallet bc1qx8r4m2k9t0w7yzv3n6hj5p0cfd2l8ersu4gq7a was not made by me. The login came from [[IP_ADDRESS:185.220.101.47]] on [[DATE_TIME:2024-03-11 02:14 UTC]], while I was asleep in [[LOCATION:Cluj-Napoca]]. Account email: [[EMAIL_ADDRESS:stefan.popescu91@gmail.com]].""",
    """Travel agent note: [[PERSON:Beverly Jean Thibodeaux]] and her grandson [[PERSON:Landry]] ([[AGE:12]]) fly [[LOCATION:New Orleans]] to [[LOCATION:Cancún]] on [[DATE_TIME:March 15]]. Her US passport is [[US_PASSPORT:583920174]] (expires 2029) and his is [[US_PASSPORT:A04418237]]; she asked that the e-tickets go to [[EMAIL_ADDRESS:bjthibodeaux@cox.net]].""",
    """Roommate wanted! I'm [[PERSON:Thandeka]], [[AGE:23]], a [[NRP:South African]] postgrad, looking for a room near [[LOCATION:Camden]] from [[DATE_TIME:1 October]]. Message me on [[PHONE_NUMBER:+44 7700 900 412]] or IG @[[USERNAME:thandeka.m_]].""",
]

BENCH = [
    # ai4privacy-like
    """Attention [[PERSON:Mr. Desmond Achterberg]], your annual performance review as Senior Logistics Coordinator is scheduled for [[DATE_TIME:11/04/2024 at 14:00]]. Please confirm by emailing [[EMAIL_ADDRESS:d.achterberg@harrowfield-freight.co.uk]] from your registered device (MAC 3c:22:fb:91:4e:07).""",
    """Hi [[PERSON:Kalani]], we noticed a login to your account [[USERNAME:kalani.mahoe]] from IP [[IP_ADDRESS:172.58.114.9]] using Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1. If this wasn't you, reset your password (current: Pineapple#2291).""",
    """The transfer of 4,850.00 EUR from account [[IBAN_CODE:DE44500105175407324931]] (BIC INGDDEFFXXX) to [[PERSON:Friederike Haas]] was flagged; her registered address is [[ADDRESS:Lindenstraße 42, Hinterhaus, 3. OG]], [[ZIP_CODE:10969]] [[LOCATION:Berlin]].""",
    """Student [[PERSON:Ayodele Ogunleye]], [[AGE:19]], enrolled in Forward Implementation Studies, has an outstanding balance. Payment via card [[CREDIT_CARD:6011503822479165]], CVV 884, exp 09/27, was declined on the portal. Contact: [[PHONE_NUMBER:+44 20 7946 0321]].""",
    """Our records show vehicle VIN 1HGCM82633A004352 with plate [[ID_NUMBER:8ZKP293]] registered to [[PERSON:Beatrix Lundgren]], [[ADDRESS:5521 Quail Run Court]], [[LOCATION:Boise]], [[LOCATION:Idaho]] [[ZIP_CODE:83709]]. Her license is [[US_DRIVER_LICENSE:YR482917C]].""",
    """Dear [[PERSON:Mx. Rowan Achebe]], as Lead Intranet Strategist for the [[LOCATION:Port Elsaborough]] office, please update your emergency contact. We have [[PHONE_NUMBER:001-589-442-7710x338]] on file and DOB [[DATE_TIME:1987-02-19T00:00:00]].""",
    """Payment of 0.0421 BTC received from bc1q9h7garjy6m4z3w0x5kfq2v8tnrc3ld0p4e6ysu for invoice 7720-B. Payer: [[PERSON:Horace Villeneuve]], [[EMAIL_ADDRESS:horace_v@protonmail.com]]. Shipping: [[ADDRESS:880 Oakmont Circle, Apt. 1207]], [[LOCATION:Lake Kiana]], [[ZIP_CODE:60421-3318]].""",
    """Please find attached the updated consent for [[PERSON:Zainab]] ([[AGE:7]] y/o, female, height 121cm). Guardian: [[PERSON:Tariq Hussain]], account no. [[ID_NUMBER:41099237]], sort code 20-44-91.""",
    """Reminder: [[PERSON:Sven]]'s pension contribution of £212.40 will be taken from [[IBAN_CODE:GB18LOYD30963471155028]]. His employee PIN is 4471 and his username is [[USERNAME:sven.e.thorsen]].""",
    """In the heart of [[LOCATION:Wrexham]], [[PERSON:Gwenllian Morgan]], a [[AGE:44]]-year-old Chief Accounts Officer, shared her story of identity theft: someone opened a card [[CREDIT_CARD:5312 6688 0141 2731]] in her name using her old address, [[ADDRESS:17 Ffordd Garth]], and her date of birth, [[DATE_TIME:5th of June 1980]].""",
    """Submit your timesheets to [[PERSON:Leopold Kaczmarek]] at [[EMAIL_ADDRESS:l.kaczmarek@lumen-logistics.io]] before Friday. Access the HR dashboard at https://hr.lumen-logistics.io/dashboard from an approved IP such as [[IP_ADDRESS:10.44.12.201]].""",
    """Greetings [[PERSON:Ottilie]], your therapy session notes for [[DATE_TIME:March 3rd, 2024]] have been uploaded to the portal under username [[USERNAME:ottie_b1990]]. Payment of $175 was taken from the card ending 3080.""",
    """Estimado [[PERSON:Ramón Ibarra Quintero]], su solicitud como Coordinador Regional de Ventas ha sido aprobada y su fecha de ingreso es el [[DATE_TIME:15/07/2024]]. Le depositaremos la nómina en la CLABE [[ID_NUMBER:002180700812345676]]. Dirección registrada: [[ADDRESS:Av. Revolución 1420, Depto. 302]], [[LOCATION:Guadalajara]], [[LOCATION:Jalisco]] [[ZIP_CODE:44100]].""",
    """Szanowna [[TITLE:Pani]] [[PERSON:Agnieszka Dąbrowska]], jako Kierownik ds. Relacji z Klientami prosimy o aktualizację danych: telefon [[PHONE_NUMBER:+48 601 228 914]], adres [[ADDRESS:ul. Piotrkowska 212/14]], [[ZIP_CODE:90-368]] [[LOCATION:Łódź]]. Ostatnie logowanie: [[DATE_TIME:2024-04-18 08:12]] z adresu [[IP_ADDRESS:83.24.197.60]].""",
    """Bonjour [[PERSON:Étienne Lavoie]], votre demande de remboursement de 842,17 $ a été déposée le [[DATE_TIME:7 février 2024]]. Le montant sera versé au compte [[ID_NUMBER:5021874]] (transit 00412, institution 815). Pour toute question, écrivez à [[EMAIL_ADDRESS:etienne.lavoie@videotron.ca]].""",
    """[[PERSON:Dr. Imani Oyelaran-Scott]], please confirm receipt of the lab kit sent to [[ADDRESS:Suite 410, 2750 Peachtree Rd NW]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30305]]. The courier code XJ-55 is printed on the label.""",
    """Account holder: [[PERSON:Maeve Donnelly]] | Sex: Female | Eye colour: Green | Height: 5'6" | DOB: [[DATE_TIME:22/11/1993]] | PPSN: [[ID_NUMBER:6029143L]] | Mobile: [[PHONE_NUMBER:087 219 4406]]""",
    """The shipment to [[PERSON:Dorian]] at [[ADDRESS:Apt 33, 1019 Kessler Parkway]], [[LOCATION:South Marisol]] was held because the card [[CREDIT_CARD:3530 1184 2276 0937]] failed 3-D Secure. Device: 7a:1c:d0:4e:88:b2 / Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0.""",
    """Kindly verify the KYC of [[PERSON:Sneha Raghavan]] (PAN [[ID_NUMBER:BKRPR7719M]], Aadhaar [[ID_NUMBER:4918 2736 4020]]). Her nominee is her father [[PERSON:K. Raghavan]], [[AGE:66]].""",
    """[[PERSON:Ikaika]], your jazz lessons start [[DATE_TIME:08/19/2024]]. Fees of $320 will be charged to card [[CREDIT_CARD:4556-0187-6623-9547]] (expires 11/26, cvv 302). Your teacher is [[PERSON:Ms. Delphine Aucoin]].""",
    """Mandatory compliance training for Principal Directives Associate [[PERSON:Jaroslav Novák]] has been rescheduled. Log in as [[USERNAME:jnovak_79]] at the learning portal; your temporary password is Tq!8vLm2#zR. Employee ID: [[ID_NUMBER:EMP-004417]].""",
    """Dear [[PERSON:Mrs. Haruka Sato]], we confirm the cancellation of your gym membership. The final direct debit will be taken from [[IBAN_CODE:NL09ABNA0583621947]]. Your member ID was [[ID_NUMBER:FIT-228914]].""",
    """Hey [[PERSON:Brody]]! Sent the drone footage to your NAS at [[IP_ADDRESS:192.168.1.47]]. Also, [[PERSON:Jolene]] says her new number is [[PHONE_NUMBER:(775) 555-0193]] and she moved to [[ADDRESS:209 Skyline Blvd]], [[LOCATION:Reno]].""",
    """Customer [[PERSON:Florentyna Wiśniewska]] (ID card [[ID_NUMBER:AYR441927]]) requested a card replacement. New card [[CREDIT_CARD:5178 4509 1203 3679]] will be sent to [[ADDRESS:ul. Długa 7 lok. 2]], [[ZIP_CODE:80-831]] [[LOCATION:Gdańsk]].""",
    """Job applicant [[PERSON:Tobiah Greenstein]] (he/him, [[AGE:31]]) for the Human Usability Planner role lives at [[ADDRESS:4402 Bergstrom Crossing]], [[LOCATION:New Anastacio]], [[LOCATION:Vermont]]. SSN [[US_SSN:238-51-7702]]. Interview: [[DATE_TIME:Tuesday 2:30 PM, 04/23]].""",
    """Medical alert: patient [[PERSON:Olamide]] ([[AGE:58]]), blood type O+, has reported adverse reactions to penicillin. Emergency contact [[PERSON:Fola Adekunle]] at [[PHONE_NUMBER:+234 809 442 1176]]. Vehicle [[ID_NUMBER:EKY 318 AA]] parked in bay 12.""",
    """Tenant screening for [[PERSON:Camille Fontaine]]: current address [[ADDRESS:Unit 5, 88 Boundary Street]], [[LOCATION:Spring Hill]] [[LOCATION:QLD]] [[ZIP_CODE:4000]]; previous landlord [[PERSON:Mr. Ahmed Farouk]] confirmed tenancy from [[DATE_TIME:01/2019]] to [[DATE_TIME:08/2023]].""",
    """Dear [[PERSON:Marguerite]], the Ethereum address 0x4e8b1f7a92c3d05e6b71a8f94c2d3e0b5a716f28 has been whitelisted for your account [[USERNAME:margo_defi]]. If you did not request this, contact us from your registered number [[PHONE_NUMBER:+33 6 12 48 90 37]].""",
    """[[PERSON:Sione Fifita]], Product Infrastructure Engineer, [[AGE:27]], Male, lives at [[ADDRESS:3/47 Halsey Road]], [[LOCATION:Māngere]], [[LOCATION:Auckland]] [[ZIP_CODE:2022]]. Preferred contact: [[EMAIL_ADDRESS:sione.fifita@hotmail.com]].""",
    """We regret to inform [[PERSON:Mr. Guillermo Sáenz]] that his application for the Dynamic Quality Agent position has not been successful. The assessment fee (€45.00) will be returned to [[IBAN_CODE:ES24 2100 0418 4402 0178 3455]].""",
    """Hola [[PERSON:Nerea]], tu cita para renovar el DNI es el [[DATE_TIME:lunes 22 de abril a las 9:40]] en la comisaría de [[LOCATION:Getafe]]. Trae el DNI actual ([[ID_NUMBER:05237819Y]]) y una fotografía reciente. Confirmación enviada a [[EMAIL_ADDRESS:nerea.g.s@telefonica.net]].""",
    """Order shipped to [[PERSON:Kiri Wallace]], [[ADDRESS:PO Box 4471]], [[LOCATION:Rotorua]] [[ZIP_CODE:3046]]. Paid with [[CREDIT_CARD:2223 0041 7759 0626]]. Gift message: "Happy [[AGE:40]]th, [[PERSON:Mikaere]]! Love, [[PERSON:K]]\"""",
    """The mentoring session between [[PERSON:Femi]] and [[PERSON:Ludmila Horvath]] is confirmed. The video link was sent to both; [[PERSON:Ludmila]]'s portfolio is at [[URL:https://ludmilahorvath.design]] and her number is [[PHONE_NUMBER:+36 30 418 2277]].""",
    """Driver [[PERSON:Kwabena Mensah]] (licence [[ID_NUMBER:MEN-87-3341]]) completed the route at 17:40; the last drop was at [[ADDRESS:House No. 14, Asokwa Road]], [[LOCATION:Kumasi]]. Customer [[PERSON:Abena Owusu]] signed for it.""",
    """Hello [[PERSON:Shira]], per your request we've changed the billing address on your account to [[ADDRESS:12 HaNevi'im St, Apt 6]], [[LOCATION:Jerusalem]] [[ZIP_CODE:9458112]] and the phone to [[PHONE_NUMBER:+972 54-318-2270]]. Your ID number ([[ID_NUMBER:038471926]]) remains unchanged.""",
    # gretel-like documents
    """CLAIM NOTIFICATION — AUTO
Claim No.: AC-2024-118873
Insured: [[PERSON:Desiree Montgomery]]
Policy No.: PA-4471902
Date of Loss: [[DATE_TIME:02/14/2024]]
Location of Loss: Elm St and 5th Ave, [[LOCATION:Springfield]], [[LOCATION:IL]]
Driver's License: [[US_DRIVER_LICENSE:M253-4418-2907]]
Contact: [[PHONE_NUMBER:217-555-0164]] / [[EMAIL_ADDRESS:dmontgomery@comcast.net]]
Description: Insured's vehicle was rear-ended while stopped at a red light. Third party: [[PERSON:Curtis Bloom]], insured by Midwest Mutual.""",
    """THIS PERSONAL LOAN AGREEMENT ("Agreement") is entered into on [[DATE_TIME:April 2, 2024]] by and between [[PERSON:Harold Espinoza]] ("Lender"), residing at [[ADDRESS:720 Cypress Bend]], [[LOCATION:Tallahassee]], [[LOCATION:Florida]] [[ZIP_CODE:32301]], and [[PERSON:Nicole Tran]] ("Borrower"), residing at [[ADDRESS:1559 Pine Hollow Rd, Unit 12]], [[LOCATION:Gainesville]], [[LOCATION:Florida]] [[ZIP_CODE:32608]]. The Lender agrees to lend the Borrower the principal sum of $8,500.00, to be repaid in monthly installments of $375.00 beginning [[DATE_TIME:May 1, 2024]].""",
    """Patient Name: [[PERSON:Aurelio Bustamante]]
MRN: [[ID_NUMBER:MR-7730412]]
DOB: [[DATE_TIME:1961-08-30]]
Admission Date: [[DATE_TIME:2024-01-17]]
Attending: [[PERSON:Dr. Naomi Feldstein]]
Chief Complaint: Shortness of breath x3 days.
HPI: [[AGE:62]] y/o male with COPD on home O2 presents with worsening dyspnea and productive cough. Wife ([[PERSON:Consuelo]]) reports fever since Sunday.""",
    """UNIFORM RESIDENTIAL LOAN APPLICATION — Section 1a. Personal Information
Name: [[PERSON:Theodore J. Abernathy]]    SSN: [[US_SSN:611-40-2285]]    DOB: [[DATE_TIME:03/27/1984]]
Marital Status: Married    Dependents: 2 (ages [[AGE:6]], [[AGE:9]])
Current Address: [[ADDRESS:2841 Whitmore Ave]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43214]]    Housing: Rent ($1,650/month)    4 yrs 2 mos
Employer: Meridian Health Systems    Position: Radiology Technician    Start Date: [[DATE_TIME:08/15/2016]]
Cell Phone: [[PHONE_NUMBER:(614) 555-0179]]    Email: [[EMAIL_ADDRESS:ted.abernathy84@gmail.com]]""",
    """TREATMENT PLAN AND FINANCIAL CONSENT
Patient: [[PERSON:Winifred Osei]]    Patient #: [[ID_NUMBER:44817]]    Date: [[DATE_TIME:09/12/2024]]
Proposed: #30 crown (PFM) $1,150.00; #31 MOD composite $285.00
Insurance: MetLife Dental, Subscriber ID [[ID_NUMBER:XMT884120377]], Group 0219445
Estimated patient portion: $612.40
I, [[PERSON:Winifred Osei]], understand the proposed treatment and the fees above.
Signature: ______________    Date: [[DATE_TIME:09/12/2024]]""",
    """VEHICLE RENTAL AGREEMENT No. 55-10892
Renter: [[PERSON:Mbali Khumalo]]    Date of birth: [[DATE_TIME:07 Nov 1992]]
ID No.: [[ID_NUMBER:9211070913086]]
Address: [[ADDRESS:34 Jan Smuts Avenue]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2196]]
Vehicle: VW Polo Vivo    Reg.: [[ID_NUMBER:HX 44 RB GP]]    VIN: AAVZZZ6RZJU048217
Out: [[DATE_TIME:03/06/2024 09:00]]    Due in: [[DATE_TIME:07/06/2024 09:00]]    Km out: 48 221
Payment: Mastercard [[CREDIT_CARD:5521 8440 3917 2655]]    Deposit: R5 000""",
    """NOTICE TO QUIT
To: [[PERSON:Reginald Fairweather]] and all other occupiers
Premises: [[ADDRESS:Flat 2, 56 Cavendish Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1EX]]
I give you notice that you are required to leave the above premises by [[DATE_TIME:31 August 2024]], after which date proceedings for possession may be brought.
Landlord: [[PERSON:Priya Chandrasekar]], [[ADDRESS:8 Moor Allerton Drive]], [[LOCATION:Leeds]] [[ZIP_CODE:LS17 6RU]]
Dated: [[DATE_TIME:29 May 2024]]""",
    """EMPLOYMENT CONTRACT
This contract is made between Tidewater Analytics Pty Ltd (ABN 51 824 753 556) and [[PERSON:Lachlan Fitzroy-Hughes]] of [[ADDRESS:22 Wattle Street]], [[LOCATION:Fremantle]] [[LOCATION:WA]] [[ZIP_CODE:6160]].
Commencement: [[DATE_TIME:15 July 2024]]
Position: Senior Data Engineer
Remuneration: AUD 148,000 p.a. plus superannuation, paid fortnightly into the Employee's nominated account (BSB 066-128, account [[ID_NUMBER:1044 7719]]).
Tax File Number: [[ID_NUMBER:459 203 813]]""",
    """DISCHARGE SUMMARY — Royal Columbian Hospital
Patient: [[PERSON:Gurpreet Kaur Dhillon]]    PHN: [[ID_NUMBER:9203 647 186]]    DOB: [[DATE_TIME:1975-12-02]]
Admitted: [[DATE_TIME:2024-03-08]]    Discharged: [[DATE_TIME:2024-03-12]]
Diagnosis: Community-acquired pneumonia, resolved.
Plan: Complete amoxicillin course. Follow up with family physician [[PERSON:Dr. Hamid Rostami]] within 1 week.
Next of kin: [[PERSON:Jasvinder Dhillon]] (husband), [[PHONE_NUMBER:604-555-0118]]""",
    """SMALL CLAIMS COMPLAINT
Plaintiff: [[PERSON:Ernesto Villalobos]], [[ADDRESS:3914 E. Thomas Rd]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85018]], Tel. [[PHONE_NUMBER:602-555-0146]]
Defendant: [[PERSON:Lydia Kramer]] d/b/a Kramer Custom Pools, [[ADDRESS:77 W. Baseline Rd, Suite 3]], [[LOCATION:Tempe]], [[LOCATION:AZ]] [[ZIP_CODE:85283]]
Amount claimed: $3,975.00
Basis of claim: On [[DATE_TIME:June 6, 2023]], Plaintiff paid Defendant a deposit to resurface his pool. Defendant never performed the work and has not returned the deposit despite a demand letter sent [[DATE_TIME:September 1, 2023]].""",
    """INCIDENT REPORT — Trip #TR-88104-7731
Rider: [[PERSON:Alessandra Moretti]] (rider account [[ID_NUMBER:R-22089147]])
Driver: [[PERSON:Dmitri Volkov]] (driver ID [[ID_NUMBER:D-55018]]), Toyota Prius, plate [[ID_NUMBER:CWX 3390]]
Date/time of trip: [[DATE_TIME:05/18/2024, 11:52 PM]]
Pickup: [[ADDRESS:640 Atlantic Ave]], [[LOCATION:Boston]]    Drop-off: [[ADDRESS:18 Perkins St]], [[LOCATION:Jamaica Plain]]
Summary: Rider reports the driver refused to end the trip at the requested stop and drove an extra 4.2 miles. Driver states the rider changed the destination mid-trip. Fare adjusted pending review.""",
    """PARENT/GUARDIAN CONSENT AND MEDICAL RELEASE — 8th Grade Trip to [[LOCATION:Washington, D.C.]]
Student Name: [[PERSON:Isaiah Thompson-Reyes]]    Date of Birth: [[DATE_TIME:10/02/2010]]    Grade: 8
Parent/Guardian: [[PERSON:Monique Thompson]]    Cell: [[PHONE_NUMBER:(804) 555-0157]]
Insurance Carrier: Anthem    Member ID: [[ID_NUMBER:YRK882104416]]
Medications: Albuterol inhaler as needed
I authorize the chaperones to seek emergency treatment for my child.
Signature: [[PERSON:M. Thompson]]    Date: [[DATE_TIME:3/4/24]]""",
    """Dear [[PERSON:Mrs Ashcroft]],
Re: Claim HC/441278 – escape of water at [[ADDRESS:19 Linnet Way]], [[LOCATION:Chelmsford]] [[ZIP_CODE:CM2 8PL]]
Thank you for speaking with me on [[DATE_TIME:Tuesday 7 May]]. Our loss adjuster, [[PERSON:Graham Pike]], will visit on [[DATE_TIME:14 May between 10am and 12pm]]. Settlement will be paid to the account you gave us, sort code 30-96-34, account number [[ID_NUMBER:71155028]].
Yours sincerely,
[[PERSON:Janet Oduya]]
Claims Handler""",
    """CONTRATO DE ARRENDAMIENTO DE VIVIENDA
En [[LOCATION:Valencia]], a [[DATE_TIME:1 de septiembre de 2024]].
De una parte, [[TITLE:D.]] [[PERSON:Vicente Albiol Martí]], mayor de edad, con DNI [[ID_NUMBER:71904426D]] y domicilio en [[ADDRESS:Calle de Colón 18, 4.º B]], [[ZIP_CODE:46004]] [[LOCATION:Valencia]], en calidad de arrendador.
De otra parte, [[TITLE:Dña.]] [[PERSON:Ingrid Halvorsen]], de nacionalidad [[NRP:noruega]], con NIE [[ID_NUMBER:X4417823Y]], en calidad de arrendataria.
La renta mensual de 950 € se abonará en la cuenta [[IBAN_CODE:ES45 0049 1500 0427 1023 9687]] dentro de los cinco primeros días de cada mes.""",
    """KARTA INFORMACYJNA LECZENIA SZPITALNEGO
Pacjentka: [[PERSON:Halina Mazur]], wiek: [[AGE:61]] lat
PESEL: [[ID_NUMBER:62113002285]]
Adres: [[ADDRESS:os. Tysiąclecia 41/7]], [[ZIP_CODE:40-871]] [[LOCATION:Katowice]]
Data przyjęcia: [[DATE_TIME:04.03.2024]]    Data wypisu: [[DATE_TIME:11.03.2024]]
Lekarz prowadzący: [[TITLE:lek.]] [[PERSON:Paweł Kubiak]]
Rozpoznanie: zapalenie płuc. Zalecenia: kontrola w POZ za 7 dni.""",
    """SOLICITUD DE CRÉDITO HIPOTECARIO
Nombre del solicitante: [[PERSON:María Fernanda Gutiérrez Salinas]]
CURP: [[ID_NUMBER:GUSF910314MJCTLR09]]
Fecha de nacimiento: [[DATE_TIME:14/03/1991]]
Estado civil: Casada    Ocupación: Contadora
Domicilio actual: [[ADDRESS:Av. de las Américas 1545, Torre B, Depto. 804]], col. [[LOCATION:Providencia]], [[LOCATION:Guadalajara]], [[LOCATION:Jal.]], C.P. [[ZIP_CODE:44630]]
Teléfono celular: [[PHONE_NUMBER:+52 33 1956 4082]]
Correo electrónico: [[EMAIL_ADDRESS:mafer.gtz.salinas@gmail.com]]
Valor del inmueble: $2,850,000 MXN""",
    """DEMANDE — DIVISION DES PETITES CRÉANCES
Partie demanderesse : [[PERSON:Geneviève Pelletier]], [[ADDRESS:1245, rue Beaubien Est, app. 3]], [[LOCATION:Montréal]] ([[LOCATION:Québec]]) [[ZIP_CODE:H2G 1L6]], tél. : [[PHONE_NUMBER:514-555-0137]]
Partie défenderesse : Garage Mécanique Fortin inc., représentée par [[PERSON:Réal Fortin]]
Montant réclamé : 3 420,00 $
Faits : Le [[DATE_TIME:12 janvier 2024]], j'ai confié mon véhicule (plaque [[ID_NUMBER:F42 KTR]]) au garage pour un remplacement d'embrayage. Le véhicule m'a été remis le [[DATE_TIME:19 janvier]] et la même panne est revenue le lendemain.""",
    """Rx #6610483
Patient: [[PERSON:Beatriz Oliveira]]    DOB: [[DATE_TIME:07/21/1949]]
Address: [[ADDRESS:31 Ferry St]], [[LOCATION:Newark]], [[LOCATION:NJ]] [[ZIP_CODE:07105]]
Prescriber: [[PERSON:Dr. Samuel Whitaker]]
Medication: Metformin ER 500 mg, #90, refills: 3, Sig: 1 tab PO BID with meals
Medicare Beneficiary Identifier: [[ID_NUMBER:4TR7-HJ2-MK81]]""",
    """PERSONAL CURRENT ACCOUNT APPLICATION
Title: [[TITLE:Mr]]    Forename(s): [[PERSON:Oluwafemi Adewale]]    Surname: [[PERSON:Johnson]]
Date of birth: [[DATE_TIME:19/04/1988]]    Nationality: [[NRP:British]]
National Insurance number: [[ID_NUMBER:JT 48 15 92 C]]
Address: [[ADDRESS:Flat 9, Bellingham Court, 210 Kennington Lane]], [[LOCATION:London]] [[ZIP_CODE:SE11 5QU]]
Time at address: 3 years 4 months
Mobile: [[PHONE_NUMBER:07812 339 406]]    Email: [[EMAIL_ADDRESS:femi.johnson88@outlook.com]]""",
    """REPUBLIC OF KENYA
IN THE SMALL CLAIMS COURT AT [[LOCATION:MILIMANI]]
SCCC No. E1123 of 2024
[[PERSON:GRACE WAMBUI NDUNG'U]] ........ CLAIMANT
VERSUS
[[PERSON:SAMSON KIPROTICH KORIR]] ........ RESPONDENT
JUDGMENT
1. The Claimant, a resident of [[LOCATION:Kasarani]], [[LOCATION:Nairobi]], lent the Respondent Kshs. 180,000 on [[DATE_TIME:3rd March 2023]], repayable by [[DATE_TIME:30th June 2023]]. The Respondent admits the debt but pleads hardship.
Delivered virtually this [[DATE_TIME:14th day of May 2024]].""",
    """Date: [[DATE_TIME:18-07-2024]]
To,
[[PERSON:Mr. Sandeep Kumar Yadav]]
Employee Code: [[ID_NUMBER:TCL-20931]]
[[ADDRESS:H.No. 3-6-441]], [[LOCATION:Himayatnagar]], [[LOCATION:Hyderabad]] – [[ZIP_CODE:500029]]
Subject: Show Cause Notice
It has been observed that you were absent without intimation from [[DATE_TIME:08-07-2024]] to [[DATE_TIME:12-07-2024]]. You are directed to explain in writing within three days why disciplinary action should not be taken.
Yours faithfully,
[[PERSON:Anjali Deshmukh]]
HR Manager""",
    """AUTO LOAN APPLICATION
Applicant: [[PERSON:Rodel P. Manalastas]]    Birthdate: [[DATE_TIME:Sept 12, 1986]]    Civil status: Married
TIN: [[ID_NUMBER:312-558-904-000]]    SSS No.: [[ID_NUMBER:34-1728409-6]]
Residence: [[ADDRESS:28 Sampaguita St., Brgy. San Isidro]], [[LOCATION:Antipolo City]], [[LOCATION:Rizal]] [[ZIP_CODE:1870]]
Employer: BPO (inbound support)    Monthly income: PHP 92,000
Unit applied for: 2024 Toyota Vios 1.3 XLE    SRP: PHP 868,000    Down payment: 20%""",
    """INFORMED CONSENT — ADULT PARTICIPANT
I, [[PERSON:Hyun-woo Cho]], born [[DATE_TIME:1979-05-03]], agree to take part in the study "Sleep and Shift Work in Hospital Staff". I understand that my data will be stored under participant number [[ID_NUMBER:P-0447]] and that I may withdraw at any time.
Witness: [[PERSON:Leticia Ramos]], Research Coordinator
Signed at [[LOCATION:Seattle]] on [[DATE_TIME:June 3, 2024]].""",
    """HEALTH INSURANCE CLAIM FORM
Member: [[PERSON:Declan Moriarty]]    Membership no.: [[ID_NUMBER:VH-00418273]]
Date of treatment: [[DATE_TIME:11/04/2024]]    Hospital: Beacon Hospital, [[LOCATION:Sandyford]]
Procedure: Knee arthroscopy (right)
Consultant: [[PERSON:Mr. Fergal Keane]]
Please pay benefit to: [[IBAN_CODE:IE79 AIBK 9311 5247 7103 96]]""",
    """LAST WILL AND TESTAMENT OF [[PERSON:MARGARET ELOISE DUNBAR]]
I, [[PERSON:Margaret Eloise Dunbar]], of [[ADDRESS:14 Thistle Brae]], [[LOCATION:Inverness]] [[ZIP_CODE:IV2 4JX]], revoke all former wills. I appoint my nephew [[PERSON:Fraser Dunbar]] to be my executor. I leave my house to my granddaughter [[PERSON:Isla Macrae]] and the residue of my estate equally to my children.
Signed on the [[DATE_TIME:2nd day of February 2024]] in the presence of [[PERSON:Iain Robertson]] and [[PERSON:Morag Fraser]].""",
    """VISA APPLICATION — SUMMARY
Applicant: [[PERSON:Chukwuemeka Nwosu]]
Nationality: [[NRP:Nigerian]]
Passport No.: [[ID_NUMBER:A09384721]]
Date of Birth: [[DATE_TIME:27 OCT 1991]]
Intended arrival: [[DATE_TIME:12 Sep 2024]]
Address in UK: [[ADDRESS:45 Marlborough Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX1 4LW]]
Sponsor: [[PERSON:Dr. Adaeze Nwosu]] (sister), [[PHONE_NUMBER:+44 7700 900 581]]""",
    """UMOWA NAJMU SAMOCHODU nr 2024/07/118
Najemca: [[PERSON:Tomasz Lewandowski]], zam. [[ADDRESS:ul. Wrocławska 15/4]], [[ZIP_CODE:61-838]] [[LOCATION:Poznań]]
Dowód osobisty: [[ID_NUMBER:CBK673018]]    Prawo jazdy: [[ID_NUMBER:00418/19/3064]]
Telefon: [[PHONE_NUMBER:507 318 224]]
Okres najmu: od [[DATE_TIME:12.07.2024 godz. 10:00]] do [[DATE_TIME:19.07.2024 godz. 10:00]]
Pojazd: Škoda Octavia, nr rej. [[ID_NUMBER:PO 4KL72]]
Kaucja 1500 zł pobrana z karty [[CREDIT_CARD:4532 0177 5310 8243]].""",
    """DECLARACIÓN AMISTOSA DE ACCIDENTE
Fecha y hora: [[DATE_TIME:23/05/2024, 18:40]]    Lugar: [[ADDRESS:Av. de la Constitución 31]], [[LOCATION:Sevilla]]
Vehículo A — Conductor: [[PERSON:Manuel Ortiz Carmona]], DNI [[ID_NUMBER:33820157Z]], matrícula [[ID_NUMBER:2187 KFD]], póliza 0961-88204.
Vehículo B — Conductora: [[PERSON:Claire Dubois]], permiso de conducir francés [[ID_NUMBER:140775200418]], matrícula [[ID_NUMBER:GH-418-TZ]].
Observaciones: el vehículo B dio marcha atrás sin mirar al salir del aparcamiento.""",
    """To whom it may concern:
This letter confirms that [[PERSON:Anh Thu Pham]] has been employed by Coastal Dental Group as a Registered Dental Hygienist since [[DATE_TIME:March 14, 2019]]. She works 36 hours per week and her current annual salary is $84,500.
For verification, please contact [[PERSON:Renee Callahan]], Office Manager, at [[PHONE_NUMBER:(757) 555-0125 ext. 204]] or [[EMAIL_ADDRESS:rcallahan@coastaldentalgroup.com]].""",
    """Dear [[PERSON:Vanessa Oyelowo]],
We are writing to inform you of a data security incident that may have involved your personal information. The information involved may include your name, address ([[ADDRESS:88 Birchwood Terrace]], [[LOCATION:Stamford]], [[LOCATION:CT]] [[ZIP_CODE:06905]]), date of birth ([[DATE_TIME:May 9, 1977]]), and the last four digits of your Social Security number (4412). We are offering 24 months of credit monitoring at no cost.""",
    # Nemotron-PII-like
    """{"customer_id": "[[ID_NUMBER:C-1048831]]", "first_name": "[[PERSON:Ingrid]]", "last_name": "[[PERSON:Solberg]]", "dob": "[[DATE_TIME:1990-06-14]]", "email": "[[EMAIL_ADDRESS:ingrid.solberg@online.no]]", "phone": "[[PHONE_NUMBER:+47 912 44 318]]", "address": {"street": "[[ADDRESS:Thorvald Meyers gate 52B]]", "city": "[[LOCATION:Oslo]]", "postal_code": "[[ZIP_CODE:0552]]"}, "loyalty_tier": "gold"}""",
    """2024-05-14T09:12:44Z INFO auth: login ok user=[[USERNAME:mkowalski]] src=[[IP_ADDRESS:91.198.44.17]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)" session=9f2c1e7a
2024-05-14T09:13:02Z WARN billing: card declined user=[[USERNAME:mkowalski]] last4=9022 reason=insufficient_funds
2024-05-14T09:15:30Z INFO profile: email changed user=[[USERNAME:mkowalski]] new=[[EMAIL_ADDRESS:marta.kowalski@wp.pl]]""",
    """INSERT INTO patients (patient_id, full_name, dob, sex, phone, insurance_member_id, city) VALUES
  ('[[ID_NUMBER:PT-208814]]', '[[PERSON:Darnell Whitaker]]', '[[DATE_TIME:1972-10-03]]', 'M', '[[PHONE_NUMBER:313-555-0148]]', '[[ID_NUMBER:BCB774102938]]', '[[LOCATION:Detroit]]'),
  ('[[ID_NUMBER:PT-208815]]', '[[PERSON:Yesenia Duarte]]', '[[DATE_TIME:1988-01-27]]', 'F', '[[PHONE_NUMBER:313-555-0171]]', '[[ID_NUMBER:BCB661093745]]', '[[LOCATION:Dearborn]]');""",
    """<employee staffNo="[[ID_NUMBER:E-4471]]">
  <name>[[PERSON:Ravi Shankar Pillai]]</name>
  <ssn>[[US_SSN:318-72-4490]]</ssn>
  <hireDate>[[DATE_TIME:2018-09-04]]</hireDate>
  <address>
    <line1>[[ADDRESS:9 Juniper Court]]</line1>
    <city>[[LOCATION:Edison]]</city><state>[[LOCATION:NJ]]</state><zip>[[ZIP_CODE:08820]]</zip>
  </address>
  <directDeposit routing="021000021" account="[[ID_NUMBER:483920177]]"/>
</employee>""",
    """# deploy config — owner: [[PERSON:Tamsin Kerr]] ([[EMAIL_ADDRESS:tamsin.kerr@northwind-dev.io]])
database:
  host: [[IP_ADDRESS:10.20.4.18]]
  port: 5432
  user: [[USERNAME:tkerr]]
  password: "hunter2-Prod!"
alerts:
  oncall_phone: "[[PHONE_NUMBER:+44 7911 245 880]]"
  channel: "#orders-alerts\"""",
    """# TODO([[PERSON:ajit]]): remove hardcoded test user before release
TEST_USER = {
    "name": "[[PERSON:Ajit Banerjee]]",
    "email": "[[EMAIL_ADDRESS:ajit.banerjee@gmail.com]]",
    "card": "[[CREDIT_CARD:4024007188345127]]",
    "cvv": "512",
    "ssn": "[[US_SSN:544-19-8037]]",
}""",
    """Ticket #HD-55120 | Priority: High | Opened: 2024-06-02 14:22
Requester: [[PERSON:Folasade Akintola]] <[[EMAIL_ADDRESS:f.akintola@lagosmed.ng]]>
Subject: Cannot access patient portal
Hi team, since this morning I can't log in as [[USERNAME:fakintola]]. My IP is [[IP_ADDRESS:102.89.33.140]] and I'm on Chrome 125 / Windows 11. My staff ID is [[ID_NUMBER:LMC-0934]]. Please call me on [[PHONE_NUMBER:+234 803 559 2210]].""",
    """{"trip_id": "t_8841ac02", "status": "disputed", "rider": {"name": "[[PERSON:Camila Restrepo]]", "phone": "[[PHONE_NUMBER:+1 305 555 0162]]", "rating": 4.92}, "driver": {"name": "[[PERSON:Yaw Boateng]]", "license_plate": "[[ID_NUMBER:QJT 771]]", "driver_id": "[[ID_NUMBER:drv_30918]]"}, "pickup": "[[ADDRESS:1401 Brickell Ave]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33131]]", "requested_at": "[[DATE_TIME:2024-04-27T22:41:09-04:00]]", "fare_usd": 38.5, "dispute_reason": "route_deviation"}""",
    """SELECT * FROM mortgage_applications WHERE applicant_ssn = '[[US_SSN:287-44-1093]]' OR (last_name = '[[PERSON:Okonjo]]' AND dob = '[[DATE_TIME:1983-07-19]]');
-- requested by [[USERNAME:lhernandez]] for the [[PERSON:Okonjo]] file, see ticket UW-2291""",
    """From: [[PERSON:Benedikt Auer]] <[[EMAIL_ADDRESS:b.auer@gmx.at]]>
To: Buchhaltung <buchhaltung@holzbau-stern.at>
Date: [[DATE_TIME:Mon, 3 Jun 2024 08:17:55 +0200]]
Subject: Invoice 2024-118 / payment
Received: from [[IP_ADDRESS:193.81.77.12]] by mx.holzbau-stern.at

Hello, I paid invoice 2024-118 from my account [[IBAN_CODE:AT56 1200 0520 6681 3907]] on [[DATE_TIME:31 May]]. Please confirm receipt. Regards, [[PERSON:Benedikt]]""",
    """{"resourceType": "Patient", "id": "pat-7781", "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID_NUMBER:6382019542]]"}], "name": [{"family": "[[PERSON:Okoro]]", "given": ["[[PERSON:Chinwe]]"]}], "gender": "female", "birthDate": "[[DATE_TIME:1979-04-11]]", "address": [{"line": ["[[ADDRESS:12 Albert Terrace]]"], "city": "[[LOCATION:Bristol]]", "postalCode": "[[ZIP_CODE:BS2 9QP]]"}], "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:0117 496 0832]]"}]}""",
    """[[IP_ADDRESS:203.0.113.77]] - [[USERNAME:pnair]] [14/May/2024:10:22:31 +0000] "GET /account/settings?email=[[EMAIL_ADDRESS:priya.nair@fastmail.com]] HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15\"""",
    """INCIDENT INTAKE FORM
Reporter name: [[PERSON:Mthunzi Ndlovu]]
Reporter role: Warehouse Supervisor
Employee #: [[ID_NUMBER:WH-88214]]
Date of incident: [[DATE_TIME:2024-02-09 16:05]]
Injured party: [[PERSON:Lindiwe Zulu]], age [[AGE:34]]
Injured party phone: [[PHONE_NUMBER:082 447 1903]]
Witnesses: [[PERSON:P. Naidoo]], [[PERSON:J. Botha]]
Description: Forklift reversed into racking; [[PERSON:Ms. Zulu]] struck on left shoulder, first aid given on site.""",
    """const seedUsers = [
  { id: 1, username: "[[USERNAME:harper.q]]", fullName: "[[PERSON:Harper Quinlan]]", email: "[[EMAIL_ADDRESS:harper.quinlan@icloud.com]]", lastLogin: "[[DATE_TIME:2024-05-30T18:02:11Z]]", ip: "[[IP_ADDRESS:73.162.41.208]]" },
  { id: 2, username: "[[USERNAME:devon_m]]", fullName: "[[PERSON:Devon Mbatha]]", email: "[[EMAIL_ADDRESS:devon.mbatha@yahoo.co.za]]", lastLogin: "[[DATE_TIME:2024-06-01T07:45:39Z]]", ip: "[[IP_ADDRESS:41.13.250.6]]" },
];""",
    """{"klient": {"imie": "[[PERSON:Bartosz]]", "nazwisko": "[[PERSON:Grabowski]]", "pesel": "[[ID_NUMBER:90100213578]]", "nr_rachunku": "[[IBAN_CODE:PL34114020044000330287619944]]", "telefon": "[[PHONE_NUMBER:+48 512 904 337]]", "adres": "[[ADDRESS:ul. Lipowa 3]], [[ZIP_CODE:20-020]] [[LOCATION:Lublin]]"}, "wniosek": "kredyt hipoteczny", "kwota": 480000, "okres_mies": 360}""",
    """[2024-03-18 10:04:12] reserva.creada cliente="[[PERSON:Alejandro Muñoz Peña]]" dni=[[ID_NUMBER:52381064J]] tel=[[PHONE_NUMBER:+34 655 102 847]] vehiculo=SEAT_Leon recogida="[[DATE_TIME:2024-03-22 09:00]]" oficina=MAD-T4
[2024-03-18 10:04:13] pago.autorizado tarjeta=************3080 importe=287.40EUR
[2024-03-18 10:04:13] email.enviado a=[[EMAIL_ADDRESS:alejandro.munoz.p@gmail.com]] plantilla=confirmacion_reserva""",
    """<cfdi:Receptor Rfc="[[ID_NUMBER:RAOL851102K71]]" Nombre="[[PERSON:JOSE LUIS RAMIREZ ORTEGA]]" DomicilioFiscalReceptor="[[ZIP_CODE:03100]]" RegimenFiscalReceptor="605" UsoCFDI="G03"/>
<cfdi:Emisor Rfc="DSF990101AB1" Nombre="DENTALIA SANTA FE SA DE CV" RegimenFiscal="601"/>
<cfdi:Concepto ClaveProdServ="85131700" Descripcion="Limpieza dental y resina" Importe="1850.00"/>""",
    """# .env.local — [[PERSON:Keanu Akana]]'s dev machine, do not commit
STRIPE_TEST_CARD=[[CREDIT_CARD:4012888344719022]]
ADMIN_EMAIL=[[EMAIL_ADDRESS:keanu.akana@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:808-555-0120]]
HOME_IP=[[IP_ADDRESS:66.91.204.33]]
JWT_SECRET=8f1e0c7b2a9d44e6b3f51c0a7d8e2b94""",
    """Jun 04 11:32:07 gw-edge-02 dhcpd[1187]: DHCPACK on [[IP_ADDRESS:192.168.20.54]] to a4:83:e7:1c:92:0f ([[PERSON:Eleni]]-iPhone) via eth1
Jun 04 11:32:09 gw-edge-02 hostapd: wlan0: STA a4:83:e7:1c:92:0f IEEE 802.11: authenticated (user [[USERNAME:eleni.papadakis]])""",
    """Incidencia n.º 44871 — Clínica Dental Sonrisas Retiro
Paciente: [[PERSON:Almudena Vidal Roca]] | Nº historia: [[ID_NUMBER:HC-20931]] | Tel.: [[PHONE_NUMBER:699 214 583]]
Descripción: la paciente indica que se le cobró dos veces la revisión del [[DATE_TIME:14 de mayo]] en su tarjeta [[CREDIT_CARD:4917 4980 1127 6532]]. Solicita la devolución a la cuenta [[IBAN_CODE:ES16 0182 5322 2402 0841 0271]].""",
    """{"event": "kyc.submitted", "customer_no": "[[ID_NUMBER:CN-55810294]]", "full_name": "[[PERSON:Arash Tehrani]]", "nationality": "[[NRP:Iranian]]", "passport": "[[ID_NUMBER:Y48830217]]", "dob": "[[DATE_TIME:12/08/1986]]", "address": "[[ADDRESS:Flat 3, 27 Brondesbury Villas]], [[LOCATION:London]] [[ZIP_CODE:NW6 6AH]]", "selfie_match": 0.97, "device_ip": "[[IP_ADDRESS:86.12.201.99]]"}""",
    """PROJ-4412: Bug — customer data visible on error page
Reporter: [[PERSON:Grzegorz Lis]]
Steps: 1) log in as test user [[USERNAME:qa_anita]] (password Welcome123!) 2) open an order with an expired card 3) click Retry.
Actual: the stack trace shows "Customer: [[PERSON:Anita Sharma]], phone [[PHONE_NUMBER:+91 90040 71285]], card [[CREDIT_CARD:5234 0711 8855 2903]]" in plain text.
Expected: generic error message.""",
    """UPDATE appointments SET provider = '[[PERSON:Dr. Okafor]]', starts_at = '[[DATE_TIME:2024-07-09 15:30:00]]' WHERE patient_no = '[[ID_NUMBER:DN-10087]]'; -- patient [[PERSON:Lorraine Becket]] called to reschedule, cell [[PHONE_NUMBER:480-555-0152]]""",
    """<Reservation conf="RX7741092">
  <Driver primary="true"><GivenName>[[PERSON:Siddharth]]</GivenName><Surname>[[PERSON:Menon]]</Surname><BirthDate>[[DATE_TIME:1992-03-05]]</BirthDate><Licence country="IN">[[ID_NUMBER:KL07 20110034871]]</Licence></Driver>
  <Pickup location="DXB-T3" time="[[DATE_TIME:2024-08-02T06:30]]"/>
  <Return location="AUH-CITY" time="[[DATE_TIME:2024-08-06T18:00]]"/>
  <Payment type="CC" number="[[CREDIT_CARD:3566002288417591]]" expiry="03/28"/>
</Reservation>""",
    """field_trip_consent:
  student_name: [[PERSON:Noah Abernathy-Liu]]
  student_id: "[[ID_NUMBER:S0048213]]"
  grade: 3
  trip: Pacific Science Center
  trip_date: [[DATE_TIME:2024-10-17]]
  guardian:
    name: [[PERSON:Mei Liu]]
    relationship: mother
    phone: "[[PHONE_NUMBER:(206) 555-0193]]"
    email: [[EMAIL_ADDRESS:mei.liu.home@gmail.com]]
  allergies: [peanuts]
  photo_release: false""",
    """{"application_ref": "MA-2024-03381", "applicants": [{"name": "[[PERSON:Roberto Ferri]]", "ssn": "[[US_SSN:135-48-2206]]", "dob": "[[DATE_TIME:1977-09-12]]", "annual_income": 118000, "employer": "Ferri & Sons Plumbing"}, {"name": "[[PERSON:Julia Ferri]]", "ssn": "[[US_SSN:135-48-9917]]", "dob": "[[DATE_TIME:1979-02-28]]", "annual_income": 64000}], "property": {"address": "[[ADDRESS:27 Saddle Ridge Rd]]", "city": "[[LOCATION:Danbury]]", "state": "[[LOCATION:CT]]", "zip": "[[ZIP_CODE:06811]]"}, "loan_amount": 412000, "rate_lock_expires": "2024-07-15"}""",
    """May 21 03:14:07 bastion sshd[22108]: Failed password for [[USERNAME:rvasquez]] from [[IP_ADDRESS:45.155.204.91]] port 51122 ssh2
May 21 03:14:11 bastion sshd[22108]: Accepted publickey for [[USERNAME:rvasquez]] from [[IP_ADDRESS:2001:db8:4a1e::1f]] port 51130 ssh2: ED25519 SHA256:q8H2v0lN3cZ1mTkP4xR7yWj9bF6eA5sD2gU0oI8hLkE""",
    """queja = {
    "usuario": "[[USERNAME:fer_castaneda]]",
    "nombre": "[[PERSON:Fernanda Castañeda]]",
    "telefono": "[[PHONE_NUMBER:+52 1 55 3307 4419]]",
    "viaje": {"origen": "[[ADDRESS:Av. Insurgentes Sur 1602]]", "destino": "[[LOCATION:Santa Fe]]", "fecha": "[[DATE_TIME:2024-05-03 21:15]]"},
    "conductor": "[[PERSON:Ulises Herrera]]",
    "placas": "[[ID_NUMBER:NXR-418-B]]",
    "monto_cobrado": 612.0,
    "motivo": "cobro de tarifa dinámica no informada",
}""",
    """Traceback (most recent call last):
  File "/srv/app/billing.py", line 88, in charge
    gateway.charge(card="[[CREDIT_CARD:6250941006382773]]", holder="[[PERSON:Zhang Wei]]", amount=129.00)
PaymentError: card_declined for customer [[ID_NUMBER:CUST-0091827]] ([[EMAIL_ADDRESS:zhangwei.sh@163.com]])""",
    """{"ts": 1717512331, "device": {"mac": "f0:18:98:3a:7c:e1", "ua": "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B)"}, "user": {"name": "[[PERSON:Tunde Bakare]]", "email": "[[EMAIL_ADDRESS:tunde.bakare@gmail.com]]", "phone": "[[PHONE_NUMBER:+2348031184472]]"}, "geo": {"ip": "[[IP_ADDRESS:105.112.44.201]]", "city": "[[LOCATION:Abuja]]"}}""",
    """<form id="consent" action="/trips/consent" method="post">
  <input name="parent_name" value="[[PERSON:Dolores Quintanilla]]">
  <input name="child_name" value="[[PERSON:Benicio Quintanilla]]">
  <input name="child_dob" value="[[DATE_TIME:2015-11-22]]">
  <input name="phone" value="[[PHONE_NUMBER:956-555-0174]]">
  <input type="checkbox" name="photo_ok" checked>
</form>""",
    """Case 00918834 — Member called re: denied claim
Member: [[PERSON:Harriet Ssempala]] | Member ID: [[ID_NUMBER:UHC-448120937]] | DOB: [[DATE_TIME:04/30/1966]] | Callback: [[PHONE_NUMBER:651-555-0140]]
Notes: Claim for D2740 crown on tooth #19 (DOS [[DATE_TIME:05/02/2024]]) denied for missing x-ray. Advised member to have the dental office resubmit with films. Agent: [[USERNAME:kbrennan]]""",
    """commit 7f3a9c2e1b4d5a6f8e0c1b2a3d4e5f6a7b8c9d0e
Author: [[PERSON:Mateusz Wróbel]] <[[EMAIL_ADDRESS:mateusz.wrobel@protonmail.com]]>
Date:   Thu May 16 21:47:03 2024 +0200

    fix: stop logging rider phone numbers (was leaking e.g. [[PHONE_NUMBER:+48 600 912 447]] into trip-events)""",
    """BEGIN:VCARD
VERSION:3.0
FN:[[PERSON:Anjali Ramaswamy]]
N:[[PERSON:Ramaswamy]];[[PERSON:Anjali]];;[[TITLE:Dr.]];
TEL;TYPE=CELL:[[PHONE_NUMBER:+1-647-555-0166]]
EMAIL:[[EMAIL_ADDRESS:anjali.ramaswamy@rogers.com]]
ADR;TYPE=HOME:;;[[ADDRESS:55 Harbour Sq, Unit 2907]];[[LOCATION:Toronto]];[[LOCATION:ON]];[[ZIP_CODE:M5J 2L1]];[[LOCATION:Canada]]
BDAY:[[DATE_TIME:1981-07-04]]
END:VCARD""",
    """DRIVER ONBOARDING — BACKGROUND CHECK CONSENT
Full legal name: [[PERSON:Emmanuel Kofi Asamoah]]
Other names used: [[PERSON:Manny Asamoah]]
SSN: [[US_SSN:602-38-1174]]
Driver's license: [[US_DRIVER_LICENSE:A253-781-84-317-0]]    State: [[LOCATION:FL]]
Date of birth: [[DATE_TIME:1984-11-17]]
Current address: [[ADDRESS:3120 NW 79th Ave, Apt 214]], [[LOCATION:Doral]], [[LOCATION:FL]] [[ZIP_CODE:33122]]
Vehicle: 2021 Toyota Camry, plate [[ID_NUMBER:QFL T44]], VIN 4T1G11AK5MU418772
Signature: /s/ [[PERSON:Emmanuel K. Asamoah]]    Date: [[DATE_TIME:06/03/2024]]""",
]

TABLE = [
    """app_ref,applicant,co_applicant,ssn,property_zip,loan_amt,stage
MA-3381,[[PERSON:Alan Brightwater]],[[PERSON:Suki Brightwater]],[[US_SSN:219-60-4471]],[[ZIP_CODE:06811]],412000,underwriting
MA-3390,[[PERSON:Keisha Lambert]],,[[US_SSN:331-08-5526]],[[ZIP_CODE:06902]],289500,appraisal
MA-3402,[[PERSON:Dang Van Minh]],[[PERSON:Le Thi Hoa]],[[US_SSN:078-22-9135]],[[ZIP_CODE:06516]],355000,clear_to_close""",
    """| Time | Patient | DOB | Procedure | Provider | Phone |
|---|---|---|---|---|---|
| 08:00 | [[PERSON:Obi Nwachukwu]] | [[DATE_TIME:1990-02-11]] | Prophy + BWX | Hyg. [[PERSON:Carla]] | [[PHONE_NUMBER:412-555-0102]] |
| 08:40 | [[PERSON:Margaret Kowalski]] | [[DATE_TIME:1948-07-30]] | Denture adjust | [[PERSON:Dr. Singh]] | [[PHONE_NUMBER:412-555-0188]] |
| 09:20 | [[PERSON:Tyler Fenwick]] | [[DATE_TIME:2011-12-04]] | Sealants #3, #14 | Hyg. [[PERSON:Carla]] | [[PHONE_NUMBER:724-555-0139]] |
| 10:00 | [[PERSON:Rosa Benítez]] | [[DATE_TIME:1977-05-19]] | Crown prep #19 | [[PERSON:Dr. Singh]] | [[PHONE_NUMBER:412-555-0161]] |""",
    """agreement	renter	licence_no	plate	returned	fuel	damage
RA-55012	[[PERSON:Hamish Lockhart]]	[[ID_NUMBER:LOCKH702118H99XT]]	[[ID_NUMBER:SN72 WKE]]	[[DATE_TIME:03/07 10:42]]	full	none
RA-55019	[[PERSON:Parveen Akhtar]]	[[ID_NUMBER:AKHTA856224P99MK]]	[[ID_NUMBER:SK23 FXO]]	[[DATE_TIME:03/07 11:15]]	3/4	scuff rear bumper
RA-55027	[[PERSON:Ewan McAllister]]	[[ID_NUMBER:MCALL910089E9JR7]]	[[ID_NUMBER:SV71 HDL]]	[[DATE_TIME:03/07 12:03]]	full	none""",
    """{"dispute": "D-7741", "rider": "[[PERSON:Sofia Andersson]]", "rider_phone": "[[PHONE_NUMBER:+46 70 412 88 19]]", "driver": "[[PERSON:Kaveh Jafari]]", "plate": "[[ID_NUMBER:MLK 42B]]", "amount_sek": 389, "reason": "no-show fee"}
{"dispute": "D-7745", "rider": "[[PERSON:Elias Berg]]", "rider_phone": "[[PHONE_NUMBER:+46 73 908 15 62]]", "driver": "[[PERSON:Amina Warsame]]", "plate": "[[ID_NUMBER:RTC 118]]", "amount_sek": 612, "reason": "route deviation"}
{"dispute": "D-7752", "rider": "[[PERSON:Linnea Holm]]", "rider_phone": "[[PHONE_NUMBER:+46 76 221 40 07]]", "driver": "[[PERSON:Goran Petrović]]", "plate": "[[ID_NUMBER:JXW 90C]]", "amount_sek": 150, "reason": "cleaning fee"}""",
    """trip: Year 6 Outdoor Ed — Camp Kookaburra
dates: [[DATE_TIME:14–16 Aug]]
students:
  - name: [[PERSON:Ruby Sinclair]]
    dob: [[DATE_TIME:2013-05-02]]
    medicare: "[[ID_NUMBER:3104 88262 1]]"
    emergency: "[[PHONE_NUMBER:0412 338 905]]"
    dietary: vegetarian
  - name: [[PERSON:Arjun Sethi]]
    dob: [[DATE_TIME:2012-11-28]]
    medicare: "[[ID_NUMBER:4117 90538 2]]"
    emergency: "[[PHONE_NUMBER:0433 017 662]]"
    dietary: none
  - name: [[PERSON:Matilda Nguyen-Hart]]
    dob: [[DATE_TIME:2013-02-17]]
    medicare: "[[ID_NUMBER:5226 09413 1]]"
    emergency: "[[PHONE_NUMBER:0407 551 284]]"
    dietary: coeliac""",
    """Case: SC-24-01877
Plaintiff: [[PERSON:Oyelaran, Bisola]]
Plaintiff address: [[ADDRESS:612 Mercer St]], [[LOCATION:Seattle]] [[LOCATION:WA]] [[ZIP_CODE:98109]]
Plaintiff phone: [[PHONE_NUMBER:206-555-0114]]
Defendant: [[PERSON:Grant, Tyler]]
Defendant address: [[ADDRESS:2290 Eastlake Ave E, #310]], [[LOCATION:Seattle]] [[LOCATION:WA]] [[ZIP_CODE:98102]]
Hearing: [[DATE_TIME:Thu 09/12/2024 1:30 PM]]
Courtroom: E-942
Amount: $2,140.00
Nature: unpaid loan between roommates""",
    """EMP_NO  NAME                  DEPT  SSN          HIRE_DATE   STATUS
004417  [[PERSON:ALVAREZ, MARISOL]]      FIN   [[US_SSN:447-21-9083]]  [[DATE_TIME:2015-03-09]]  ACTIVE
004523  [[PERSON:O'SULLIVAN, DERMOT]]    OPS   [[US_SSN:152-70-3318]]  [[DATE_TIME:2017-08-21]]  ACTIVE
004610  [[PERSON:NGUYEN, BAO TRAN]]      IT    [[US_SSN:603-44-1297]]  [[DATE_TIME:2019-01-07]]  LOA
004702  [[PERSON:ABDULLAHI, HAUWA]]      HR    [[US_SSN:284-15-6670]]  [[DATE_TIME:2021-06-14]]  ACTIVE""",
    """imię i nazwisko;PESEL;telefon;miasto;data wizyty;gabinet
[[PERSON:Zofia Krawczyk]];[[ID_NUMBER:95093004860]];[[PHONE_NUMBER:601 447 218]];[[LOCATION:Wrocław]];[[DATE_TIME:2024-06-11 09:30]];2
[[PERSON:Jan Wieczorek]];[[ID_NUMBER:58041217336]];[[PHONE_NUMBER:+48 792 330 145]];[[LOCATION:Oława]];[[DATE_TIME:2024-06-11 10:15]];2
[[PERSON:Oliwia Sadowska]];[[ID_NUMBER:03221807421]];[[PHONE_NUMBER:512-884-903]];[[LOCATION:Wrocław]];[[DATE_TIME:2024-06-11 11:00]];3""",
    """| Alumno | CURP | Tutor | Celular del tutor | Autorización |
|---|---|---|---|---|
| [[PERSON:Diego Hernández López]] | [[ID_NUMBER:HELD120521HDFRPGA2]] | [[PERSON:Mariana López Ruiz]] | [[PHONE_NUMBER:55 3921 8840]] | firmada |
| [[PERSON:Ximena Torres Aguilar]] | [[ID_NUMBER:TOAX121102MPLRGMA0]] | [[PERSON:Óscar Torres Vega]] | [[PHONE_NUMBER:222 418 7705]] | pendiente |
| [[PERSON:Santiago Ruiz Mendoza]] | [[ID_NUMBER:RUMS130115HMCZNNA0]] | [[PERSON:Claudia Mendoza Ríos]] | [[PHONE_NUMBER:55 1187 3092]] | firmada |""",
    """Nom	NAS	Date d'embauche	Service	Courriel
[[PERSON:Gabriel Tremblay]]	[[ID_NUMBER:284 710 357]]	[[DATE_TIME:2019-04-01]]	Entrepôt	[[EMAIL_ADDRESS:gabtremblay@videotron.ca]]
[[PERSON:Sophie Nguyen-Lapointe]]	[[ID_NUMBER:219 306 487]]	[[DATE_TIME:2021-09-13]]	Comptabilité	[[EMAIL_ADDRESS:sophie.nl@hotmail.com]]
[[PERSON:Mamadou Diop]]	[[ID_NUMBER:230 658 171]]	[[DATE_TIME:2023-01-09]]	Livraison	[[EMAIL_ADDRESS:mamadou.diop.qc@gmail.com]]""",
    """{"user": "[[USERNAME:lena.vogel]]", "last_ip": "[[IP_ADDRESS:84.171.22.93]]", "mfa": true, "plan": "pro", "seats": 5}
{"user": "[[USERNAME:ochieng_k]]", "last_ip": "[[IP_ADDRESS:197.237.11.40]]", "mfa": false, "plan": "free", "seats": 1}
{"user": "[[USERNAME:tmorales]]", "last_ip": "[[IP_ADDRESS:2600:1700:3c40:9e0::2a]]", "mfa": true, "plan": "team", "seats": 12}
{"user": "[[USERNAME:yuki_sato_dev]]", "last_ip": "[[IP_ADDRESS:126.72.188.5]]", "mfa": true, "plan": "pro", "seats": 1}""",
    """| beneficiary | iban | amount_eur | reference |
|-------------|------|-----------:|-----------|
| [[PERSON:Amélie Rousseau]] | [[IBAN_CODE:FR76 3000 4008 2300 0103 8647 025]] | 129.90 | RMB-55102 |
| [[PERSON:Pieter De Smet]] | [[IBAN_CODE:BE68 5390 0754 7034]] | 64.00 | RMB-55107 |
| [[PERSON:Henrike Wolff]] | [[IBAN_CODE:DE78 1007 0000 0728 1466 01]] | 310.45 | RMB-55111 |
| [[PERSON:Noémie Lambert]] | [[IBAN_CODE:FR76 1027 8060 1400 0204 1560 132]] | 18.50 | RMB-55114 |""",
    """employee,dept,shift,emergency_contact,relationship,contact_phone
[[PERSON:Kofi Mensah]],Packing,Nights,[[PERSON:Efua Mensah]],wife,[[PHONE_NUMBER:+44 7723 118 540]]
[[PERSON:Bronwyn Hale]],Goods In,Days,[[PERSON:Terry Hale]],father,[[PHONE_NUMBER:01633 840 271]]
[[PERSON:Rafał Zając]],Dispatch,Lates,[[PERSON:Ewelina Zając]],sister,[[PHONE_NUMBER:+48 505 227 913]]
[[PERSON:Imran Qureshi]],Packing,Days,[[PERSON:Shazia Qureshi]],mother,[[PHONE_NUMBER:07984 662 017]]""",
    """building: [[ADDRESS:Lowther House]]
flats:
  "1A":
    tenant: [[PERSON:Beatrice Oyewole]]
    since: [[DATE_TIME:2021-02-01]]
    phone: [[PHONE_NUMBER:07305 882 140]]
    rent_pcm: 1150
  "2B":
    tenant: [[PERSON:Connor]] & [[PERSON:Aoife Brennan]]
    since: [[DATE_TIME:2023-09-15]]
    phone: [[PHONE_NUMBER:07551 204 993]]
    rent_pcm: 1325
  "3A":
    tenant: [[PERSON:Hiroshi Tanaka]]
    since: [[DATE_TIME:2019-06-30]]
    phone: [[PHONE_NUMBER:07812 090 366]]
    rent_pcm: 1080""",
    """POLICY      INSURED                DOB         POSTCODE  PREMIUM
HP-4471902  [[PERSON:Gethin Llewellyn]]       [[DATE_TIME:12/03/1969]]  [[ZIP_CODE:CF14 3NZ]]  £412.80
HP-4471955  [[PERSON:Nasra Abdi Farah]]       [[DATE_TIME:02/10/1985]]  [[ZIP_CODE:BS5 6HQ]]   £377.15
HP-4472013  [[PERSON:Lorcan Devlin]]          [[DATE_TIME:28/07/1991]]  [[ZIP_CODE:BT7 1NN]]   £298.60
HP-4472040  [[PERSON:Ursula Pemberton-Ives]]  [[DATE_TIME:09/01/1952]]  [[ZIP_CODE:GL50 2QR]]  £520.00""",
    """| Reg. No. | Patient | Age | Aadhaar | Mobile | Ward |
|---|---|---|---|---|---|
| OP/24/11873 | [[PERSON:Ramesh Babu Gowda]] | [[AGE:54]] | [[ID_NUMBER:5820 4719 3626]] | [[PHONE_NUMBER:98450 21837]] | Ortho |
| OP/24/11874 | [[PERSON:Kavya N.]] | [[AGE:23]] | [[ID_NUMBER:8293 7105 5461]] | [[PHONE_NUMBER:+91 77608 44129]] | ENT |
| OP/24/11880 | [[PERSON:Syed Mohammed Irfan]] | [[AGE:37]] | [[ID_NUMBER:3660 1872 0492]] | [[PHONE_NUMBER:9008811456]] | General |""",
    """pupil,form,trip,consent,medical_form,parent_email
[[PERSON:Freya Dawson]],9C,[[LOCATION:Ironbridge Gorge]],yes,yes,[[EMAIL_ADDRESS:kdawson77@gmail.com]]
[[PERSON:Aarav Sharma]],9C,[[LOCATION:Ironbridge Gorge]],yes,no,[[EMAIL_ADDRESS:sharma.family@btinternet.com]]
[[PERSON:Kacper Nowak]],9D,[[LOCATION:Ironbridge Gorge]],no,no,[[EMAIL_ADDRESS:m.nowak.uk@outlook.com]]
[[PERSON:Ebony-Rose Campbell]],9D,[[LOCATION:Ironbridge Gorge]],yes,yes,[[EMAIL_ADDRESS:j.campbell1984@hotmail.co.uk]]""",
    """guest	nationality	passport	arrival	departure	room
[[PERSON:Matteo Bianchi]]	[[NRP:Italian]]	[[ID_NUMBER:YA4418203]]	[[DATE_TIME:2024-07-02]]	[[DATE_TIME:2024-07-06]]	214
[[PERSON:Chloé Martin]]	[[NRP:French]]	[[ID_NUMBER:19AV38271]]	[[DATE_TIME:2024-07-02]]	[[DATE_TIME:2024-07-04]]	118
[[PERSON:Sung-min Park]]	[[NRP:Korean]]	[[ID_NUMBER:M71829304]]	[[DATE_TIME:2024-07-03]]	[[DATE_TIME:2024-07-09]]	305
[[PERSON:Olusegun Ajayi]]	[[NRP:Nigerian]]	[[ID_NUMBER:B02918374]]	[[DATE_TIME:2024-07-03]]	[[DATE_TIME:2024-07-05]]	221""",
    """Driver profile
Name: [[PERSON:Tevita Taufa]]
Driver ID: [[ID_NUMBER:AKL-DRV-20448]]
Phone: [[PHONE_NUMBER:+64 22 419 8830]]
Email: [[EMAIL_ADDRESS:tevita.taufa@gmail.com]]
Vehicle: Toyota Prius Hybrid, silver
Plate: [[ID_NUMBER:NKT412]]
Licence: [[ID_NUMBER:DL483920]], version 214
Rating: 4.87 (1,932 trips)
Home suburb: [[LOCATION:Ōtāhuhu]]
Joined: [[DATE_TIME:14 March 2022]]""",
    """{"booking": "HZ-883104", "driver": "[[PERSON:Monica Esposito]]", "dl": "[[US_DRIVER_LICENSE:E214-6630-8912]]", "dl_state": "[[LOCATION:IL]]", "pickup": "[[DATE_TIME:2024-06-14 08:00]]", "class": "ICAR", "card": "[[CREDIT_CARD:5407 1936 2208 8145]]"}
{"booking": "HZ-883117", "driver": "[[PERSON:Terrence Oduya]]", "dl": "[[US_DRIVER_LICENSE:40128847]]", "dl_state": "[[LOCATION:TX]]", "pickup": "[[DATE_TIME:2024-06-14 09:30]]", "class": "SFAR", "card": "[[CREDIT_CARD:4388 5760 0219 4739]]"}
{"booking": "HZ-883125", "driver": "[[PERSON:Ji-ho Kang]]", "dl": "[[US_DRIVER_LICENSE:D8830417]]", "dl_state": "[[LOCATION:CA]]", "pickup": "[[DATE_TIME:2024-06-14 11:15]]", "class": "CCAR", "card": "[[CREDIT_CARD:3794 105277 19326]]"}""",
    """claim_no,plaintiff,defendant,filed,amount_cad,court_location,status
SC-24-00412,[[PERSON:Anil Persaud]],[[PERSON:Derek Whitlock]],[[DATE_TIME:2024-02-06]],4800.00,[[LOCATION:Brampton]],settlement conference
SC-24-00437,[[PERSON:Marie-Claire Okonkwo]],[[PERSON:Stephen Lau]],[[DATE_TIME:2024-02-09]],12500.00,[[LOCATION:Toronto]],trial scheduled
SC-24-00455,[[PERSON:Jasmine Haddad]],Northline Renovations Inc.,[[DATE_TIME:2024-02-13]],7350.00,[[LOCATION:Oshawa]],served""",
    """member_no | name | tier | points | joined | email
----------|------|------|--------|--------|------
[[ID_NUMBER:LC-0448120]] | [[PERSON:Teodora Ilić]] | Gold | 18,240 | [[DATE_TIME:2018-04-09]] | [[EMAIL_ADDRESS:teodora.ilic@gmail.com]]
[[ID_NUMBER:LC-0448277]] | [[PERSON:Samir Benali]] | Silver | 6,015 | [[DATE_TIME:2021-11-30]] | [[EMAIL_ADDRESS:samir.benali@orange.fr]]
[[ID_NUMBER:LC-0449003]] | [[PERSON:Grace O'Connell]] | Bronze | 410 | [[DATE_TIME:2024-01-02]] | [[EMAIL_ADDRESS:grace.oc@icloud.com]]""",
    """chargeback_id,cardholder,card_number,txn_date,amount,reason_code
CB-10091,[[PERSON:Priscilla Yeboah]],[[CREDIT_CARD:6011 0045 2981 3368]],2024-05-02,89.99,10.4
CB-10094,[[PERSON:Dmitri Sokolov]],[[CREDIT_CARD:2227 1008 4423 9054]],2024-05-03,1240.00,13.1
CB-10102,[[PERSON:Hana Kobayashi]],[[CREDIT_CARD:4711 0399 8527 4612]],2024-05-05,45.50,12.6.1
CB-10115,[[PERSON:Wiremu Tipene]],[[CREDIT_CARD:3056 927461 8394]],2024-05-06,312.00,4837""",
    """| Student | Age | Home country | Nationality | Host family suburb |
|---------|-----|--------------|-------------|--------------------|
| [[PERSON:Lucas Ferreira]] | [[AGE:16]] | [[LOCATION:Brazil]] | [[NRP:Brazilian]] | [[LOCATION:Epsom]] |
| [[PERSON:Mai Takahashi]] | [[AGE:15]] | [[LOCATION:Japan]] | [[NRP:Japanese]] | [[LOCATION:Remuera]] |
| [[PERSON:Jonas Müller]] | [[AGE:17]] | [[LOCATION:Germany]] | [[NRP:German]] | [[LOCATION:Mount Eden]] |
| [[PERSON:Nguyen Minh Anh]] | [[AGE:16]] | [[LOCATION:Vietnam]] | [[NRP:Vietnamese]] | [[LOCATION:Epsom]] |""",
    """pet	species	owner	owner_phone	next_due	vaccine
Pickle	cat	[[PERSON:Harriet Vance]]	[[PHONE_NUMBER:0161 496 0721]]	2024-09-01	F4
Bruno	dog	[[PERSON:Giorgos Papadopoulos]]	[[PHONE_NUMBER:07722 519 034]]	2024-08-14	L4 + KC
Mochi	rabbit	[[PERSON:Amelia Chen]]	[[PHONE_NUMBER:07498 330 612]]	2024-10-22	RHDV2
Duke	dog	[[PERSON:Delroy Grant]]	[[PHONE_NUMBER:0161 496 0388]]	2024-08-30	DHP""",
    """application: remortgage-2024-0771
borrowers:
  - name: [[PERSON:Callum Reid]]
    dob: [[DATE_TIME:1986-10-23]]
    ni_number: [[ID_NUMBER:NH 73 40 18 B]]
    employer: NHS Lothian
    gross_income: 52400
  - name: [[PERSON:Isobel Reid]]
    dob: [[DATE_TIME:1988-01-05]]
    ni_number: [[ID_NUMBER:SK 21 88 64 D]]
    employer: self-employed
    gross_income: 38900
property:
  address: [[ADDRESS:17 Comely Bank Avenue]]
  town: [[LOCATION:Edinburgh]]
  postcode: [[ZIP_CODE:EH4 1EW]]
ltv: 0.68""",
    """NAME                 EXT   MOBILE           OFFICE
[[PERSON:Oksana Melnyk]]        4417  [[PHONE_NUMBER:+353 87 412 9930]] [[LOCATION:Dublin]]
[[PERSON:Paddy Whelan]]         2210  [[PHONE_NUMBER:+353 86 118 4027]] [[LOCATION:Cork]]
[[PERSON:Xu Mingyu]]            3302  [[PHONE_NUMBER:+353 85 330 7719]] [[LOCATION:Galway]]
[[PERSON:Róisín Ní Bhriain]]    2284  [[PHONE_NUMBER:+353 83 905 1142]] [[LOCATION:Cork]]""",
    """{"ts": "2024-06-05T08:01:12Z", "user": "[[USERNAME:a.okoye]]", "src_ip": "[[IP_ADDRESS:41.58.201.77]]", "action": "download", "file": "Q2-forecast.xlsx"}
{"ts": "2024-06-05T08:03:40Z", "user": "[[USERNAME:bwilliams]]", "src_ip": "[[IP_ADDRESS:10.12.0.44]]", "action": "login", "file": null}
{"ts": "2024-06-05T08:04:02Z", "user": "[[USERNAME:a.okoye]]", "src_ip": "[[IP_ADDRESS:41.58.201.77]]", "action": "share_external", "file": "payroll_june.csv"}""",
    """Name: [[PERSON:Maricel Bautista]]
Birthday: [[DATE_TIME:02/14/1990]]
Mobile: [[PHONE_NUMBER:0917 882 4410]]
Address: [[ADDRESS:Unit 1203, Avida Towers]], [[LOCATION:Makati]]
PhilHealth: [[ID_NUMBER:12-050388127-4]]

Name: [[PERSON:Arnel Reyes]]
Birthday: [[DATE_TIME:11/30/1983]]
Mobile: [[PHONE_NUMBER:0928 331 0576]]
Address: [[ADDRESS:45 Mabini St.]], [[LOCATION:Marikina]]
PhilHealth: [[ID_NUMBER:19-201477530-2]]""",
    """customer,bvn,nin,phone,branch,kyc_level
[[PERSON:Adaeze Okonkwo]],[[ID_NUMBER:22390184751]],[[ID_NUMBER:70193845562]],[[PHONE_NUMBER:08031147729]],[[LOCATION:Enugu]],3
[[PERSON:Musa Abdullahi]],[[ID_NUMBER:22517730148]],[[ID_NUMBER:38820174459]],[[PHONE_NUMBER:07065523018]],[[LOCATION:Kano]],2
[[PERSON:Temitope Adeyemi-Cole]],[[ID_NUMBER:22108844306]],[[ID_NUMBER:91730026681]],[[PHONE_NUMBER:+234 909 448 2107]],[[LOCATION:Lekki]],3""",
    """| Member | Birthday | Plan | Status | Phone |
|---|---|---|---|---|
| [[PERSON:Jordan Blackfeather]] | [[DATE_TIME:Mar 3]] | Annual | Active | [[PHONE_NUMBER:(505) 555-0147]] |
| [[PERSON:Esperanza Lucero]] | [[DATE_TIME:Jul 19]] | Monthly | Frozen | [[PHONE_NUMBER:(505) 555-0183]] |
| [[PERSON:Hyejin Oh]] | [[DATE_TIME:Nov 8]] | Student | Active | [[PHONE_NUMBER:(505) 555-0126]] |""",
    """payout_id,recipient,mpesa_number,amount_kes,county,purpose
PO-3310,[[PERSON:Wambui Njeri]],[[PHONE_NUMBER:0712 448 903]],4500,[[LOCATION:Kiambu]],field allowance
PO-3311,[[PERSON:Otieno Ouma]],[[PHONE_NUMBER:+254 733 210 884]],4500,[[LOCATION:Kisumu]],field allowance
PO-3312,[[PERSON:Chebet Kiprono]],[[PHONE_NUMBER:0798 115 627]],6200,[[LOCATION:Uasin Gishu]],transport refund""",
    """Student | NRIC/FIN | Parent | Contact | Level
--------|----------|--------|---------|------
[[PERSON:Lim Jia Hui]] | [[ID_NUMBER:T0184452G]] | [[PERSON:Lim Boon Keng]] | [[PHONE_NUMBER:9123 4471]] | Sec 3
[[PERSON:Aarav Nair]] | [[ID_NUMBER:G5218804R]] | [[PERSON:Deepa Nair]] | [[PHONE_NUMBER:8830 2196]] | Sec 1
[[PERSON:Nur Aisyah binte Hamzah]] | [[ID_NUMBER:S9127364J]] | [[PERSON:Hamzah bin Osman]] | [[PHONE_NUMBER:+65 9770 1382]] | JC 1""",
    """claim	patient	subscriber_id	dos	cdt	billed	paid
DC-77104	[[PERSON:Rebecca Stoltzfus]]	[[ID_NUMBER:GRD448102377]]	[[DATE_TIME:04/02/2024]]	D1110	142.00	113.60
DC-77111	[[PERSON:Marcus Boateng]]	[[ID_NUMBER:GRD551873009]]	[[DATE_TIME:04/03/2024]]	D2392	265.00	0.00
DC-77126	[[PERSON:Lupe Fonoti]]	[[ID_NUMBER:GRD330918264]]	[[DATE_TIME:04/05/2024]]	D7140	198.00	158.40""",
    """stop,parcel,recipient,address,suburb,postcode,weight_kg
1,NZP-55810,[[PERSON:Hemi Walker]],[[ADDRESS:22 Kowhai Street]],[[LOCATION:Te Atatū]],[[ZIP_CODE:0610]],2.4
2,NZP-55814,[[PERSON:Priya Ramanathan]],[[ADDRESS:5/118 Lincoln Road]],[[LOCATION:Henderson]],[[ZIP_CODE:0610]],0.8
3,NZP-55821,[[PERSON:Tom Fa'afili]],[[ADDRESS:7 Rata Place]],[[LOCATION:Massey]],[[ZIP_CODE:0614]],11.0""",
]

CHAT = [
    """[[PERSON:Daniel]] (Northgate Bank): Hi, you're chatting with [[PERSON:Daniel]]. Can I take your full name and date of birth, please?
Customer: hi its [[PERSON:Rukhsana Begum]], [[DATE_TIME:3 March 1979]]
[[PERSON:Daniel]] (Northgate Bank): Thanks [[PERSON:Rukhsana]]. And the postcode on the account?
Customer: [[ZIP_CODE:B10 0TJ]]
[[PERSON:Daniel]] (Northgate Bank): Great, you're verified. How can I help today?
Customer: the cash machine on Coventry Road kept my card. number was [[CREDIT_CARD:4987 6502 1133 4868]]
[[PERSON:Daniel]] (Northgate Bank): I've cancelled that card now. The replacement will go to [[ADDRESS:41 Cattell Road]], [[LOCATION:Small Heath]] — is that still right?
Customer: yes. can you text me when its sent, [[PHONE_NUMBER:07700 983 214]]
[[PERSON:Daniel]] (Northgate Bank): Done. It should arrive in 3–5 working days.""",
    """[[PERSON:Naledi]]: did the school send the consent form for the Kruger trip? [[PERSON:Kamo]] says it's due tomorrow
[[PERSON:Thabo]]: ja it's in my email. I'll fill it in tonight. what's his medical aid number again?
[[PERSON:Naledi]]: [[ID_NUMBER:441028836]], main member is me. his ID number is [[ID_NUMBER:1104185129086]]
[[PERSON:Thabo]]: ok. for emergency contact I'll put your sister [[PERSON:Lerato]], [[PHONE_NUMBER:072 558 1904]]?
[[PERSON:Naledi]]: yes fine. trip is [[DATE_TIME:18–20 Sept]], bus leaves 5am 😬
[[PERSON:Thabo]]: lol he'll survive. sending it now""",
    """#mortgage-ops
[[PERSON:Ellie Park]] 10:14 AM
@[[USERNAME:marco.b]] can you look at the [[PERSON:Whitfield]] refi? appraisal came back $18k under
[[PERSON:Marco Bellini]] 10:16 AM
on it. borrower is [[PERSON:Jamal Whitfield]], loan acct [[ID_NUMBER:0048817293]] right? I'll call him at [[PHONE_NUMBER:512-555-0168]]
[[PERSON:Ellie Park]] 10:17 AM
yep. his wife [[PERSON:Tanisha]] is on title too, her SSN on the 1003 is [[US_SSN:463-71-2058]] but the credit report has a different one, pls check
[[PERSON:Marco Bellini]] 10:21 AM
will do. rate lock expires Friday so we need the reconsideration in today""",
    """Support: Hi, this is [[PERSON:Farah]] from rider support. I see you reported an issue with your trip on [[DATE_TIME:Sunday, June 9]]. How can I help?
Rider: yeah the driver [[PERSON:Marco]] took a massive detour, it should've been $22 and I paid $61
Rider: I was going from [[ADDRESS:350 Mission St]] to [[ADDRESS:1 Ferry Building]]
Support: I'm sorry about that. Can you confirm the email on your account?
Rider: [[EMAIL_ADDRESS:nkechi.obi.sf@gmail.com]]
Support: Thanks, [[PERSON:Nkechi]]. I've refunded $39 to your Visa ending 1184. You'll see it in 5–7 business days.
Rider: ok thanks. pls make sure I don't get matched with him again""",
    """Chat with Maple Leaf Car & Truck Rental
Agent [[PERSON:Gurjit]]: Good afternoon! How can I help?
Visitor: Hi, I have a one-way rental from [[LOCATION:Halifax]] to [[LOCATION:Moncton]] booked for [[DATE_TIME:July 28]] and I'd like to add my partner as a second driver.
Agent [[PERSON:Gurjit]]: Sure. What's the name on the reservation?
Visitor: [[PERSON:Colleen MacIsaac]]. My partner is [[PERSON:Jean-Philippe Arsenault]], born [[DATE_TIME:1990-08-02]], his licence is [[ID_NUMBER:A3271-020890-07]]
Agent [[PERSON:Gurjit]]: Thank you. The additional driver fee is $13.99/day. We'll email the updated agreement to the address on file.
Visitor: That's [[EMAIL_ADDRESS:colleen.macisaac@eastlink.ca]], right?
Agent [[PERSON:Gurjit]]: Correct!""",
    """Lakeside Family Dentistry: Hi [[PERSON:Brandon]], this is a reminder of [[PERSON:Olivia]]'s appointment on [[DATE_TIME:Tue 6/18 at 3:45pm]]. Reply C to confirm or call (608) 555-0100.
[[PERSON:Brandon]]: C. Also can you update her insurance? We switched to Delta, member ID [[ID_NUMBER:DLT0038847126]], I'm the subscriber, DOB [[DATE_TIME:11/02/1985]]
Lakeside Family Dentistry: Got it, thanks! Is her date of birth still [[DATE_TIME:04/27/2016]]?
[[PERSON:Brandon]]: yes
Lakeside Family Dentistry: Perfect. See you Tuesday!""",
    """[[USERNAME:n1ghtowl_kai]]: gg. who's running raids tomorrow
[[USERNAME:sunfl0wer.sam]]: me, 8pm EST. [[PERSON:kai]] you still owe me for the server, venmo is @[[USERNAME:Samantha-Reyes-12]]
[[USERNAME:n1ghtowl_kai]]: lol fine. also my bro [[PERSON:Marcus]] wants in, his tag is [[USERNAME:MarcusTheMeatShield#4471]]
[[USERNAME:grumpy_dwarf_77]]: is he the one who doxxed himself last week and posted his address, [[ADDRESS:1187 Linden Ave]] lmao
[[USERNAME:n1ghtowl_kai]]: yeah don't remind him""",
    """[[PERSON:Meghna Rao]] 11:02: Hi [[PERSON:Vikram]], the new joiner [[PERSON:Aniket Deshpande]] starts on [[DATE_TIME:Monday 1 July]]. Can you set up his laptop and access?
[[PERSON:Vikram Shetty]] 11:05: Sure. Need his employee ID and personal email for the welcome mail
[[PERSON:Meghna Rao]] 11:06: Emp ID [[ID_NUMBER:INF-230918]], personal email [[EMAIL_ADDRESS:aniket.deshpande94@gmail.com]], mobile [[PHONE_NUMBER:+91 99230 41876]]
[[PERSON:Meghna Rao]] 11:06: His PAN is [[ID_NUMBER:CXNPD4471K]] for payroll, but that goes to [[PERSON:Shalini]], not IT 🙂
[[PERSON:Vikram Shetty]] 11:08: Noted. Laptop will be at the [[LOCATION:Pune]] office reception by Friday""",
]

LOOKALIKE = [
    """Warehouse exception report — Dock 4, night shift
Order ORD-2024-558120 (SKU TBL-OAK-180X90, qty 2) failed QC: tabletop split. Replacement pulled from bin A-14-03. Carrier pickup rescheduled; tracking 1Z 8V7 E41 03 9921 5530 and 9400 1118 9922 3841 5507 12 cancelled. Escalations go to the logistics desk at 1-800-555-0199 or dispatch@oakhaven-furniture.com. Customer [[PERSON:Lorna McBride]] ([[PHONE_NUMBER:07700 900 318]]) has been told to expect a call from the depot on 0141 496 0822. PO 7741-33 / invoice INV-0098812 unchanged.""",
    """Release notes — gateway 10.4.2.118 (build 20240611.3)
- Upgraded the TLS library to 3.0.13; fixes CVE-2024-2511.
- Route planner now uses Dijkstra's algorithm with a Fibonacci heap instead of Bellman-Ford; fuzzy search uses Levenshtein distance.
- Default bind port changed from 8080 to 8443; health check at /healthz returns build hash 4c1e9b7d0a22f3e8.
- Node 7f3e2a10-9c4d-4b8e-a1f6-2d5c9e0b8a73 removed from the cluster after disk failure (serial WD-WX71A83C2F9K).
- Firmware 2.10.0.44 is now the minimum for edge devices; version 1.9.255.0 is no longer supported.
Support hotline: +1 888 555 0147 (24/7).""",
    """Order summary — Harbour Lights Books
1 x The Feynman Lectures box set, ISBN 978-0-306-81486-0, £62.00
1 x Darwin's Notebooks (facsimile), ISBN 9780007213979, £24.99
1 x Euclid's Elements, pocket edition, ISBN 978-1-5247-2631-7, £8.99
Dewey 509.2 / 576.82; publisher order line 0800 555 0173.
Gift-wrapped for collection by [[PERSON:Tobias Wren]] ([[EMAIL_ADDRESS:tobias.wren@gmail.com]]). Store order HL-44910; loyalty scheme terms at harbourlights.co.uk/terms.""",
    """Pathology worklist, Bay 3
Specimen S24-008817: thyroid FNA, query Hashimoto's thyroiditis vs. Graves' disease; accession ACC-55109-2.
Specimen S24-008821: lymph node, rule out Hodgkin lymphoma; LOINC 33717-0, CPT 88305.
Specimen S24-008830: CSF for a patient with suspected Guillain-Barré syndrome; Glasgow Coma Scale 14 on arrival.
Only S24-008821 belongs to a named outpatient: [[PERSON:Wilhelmina Achterberg]], DOB [[DATE_TIME:17/06/1958]], MRN [[ID_NUMBER:RVH-0041872]]. The others are anonymised trial samples (Down syndrome screening cohort, Apgar data attached).""",
    """Zawiadomienie o zmianie organizacji ruchu
Od poniedziałku zamknięty będzie odcinek ul. Mickiewicza między rondem Dmowskiego a aleją Jana Pawła II; objazd przez ul. Kopernika i plac Kościuszki. Wykonawca: Budimex-Trakt sp. z o.o., NIP 5213004871, KRS 0000122854, REGON 012345678. Faktura FV/2024/06/0118. Infolinia zarządu dróg: 801 555 019, skrzynka kontakt@zdm-przyklad.pl.
Kierownik budowy: [[PERSON:Andrzej Pawlak]], tel. [[PHONE_NUMBER:604 338 172]].""",
    """Asset register update (IT-OPS-2291)
Laptop ASSET-00418, Dell Latitude 7440, serial 8FQ2MV3, MAC 9c:b6:d0:11:4e:a2, BIOS 1.12.0, dock firmware 01.00.14.01, hostname LT-FIN-0418.
Switch SW-CORE-02 on firmware 17.9.4.1, SNMP community rotated; management VLAN 120.
Licence key 7QX4M-9HPRD-2VW8K-T3G6Y-BC41J reassigned to the finance pool.
Laptop ASSET-00418 reassigned to [[PERSON:Nomvula Sithole]] ([[EMAIL_ADDRESS:nomvula.sithole@ridgeback-fin.co.za]]). Service desk: 0860 555 021, servicedesk@ridgeback-fin.co.za.""",
    """AP memo — vendor set-up
Vendor: Kellogg & Vance Supply LLC (EIN 84-2917734); remit-to address as on the W-9, deliveries via the Washington Street loading dock.
Vendor contact: [[PERSON:Dolores Kim]], [[EMAIL_ADDRESS:dkim@kelloggvance.com]].
Bank: routing 011000138, SWIFT BOFAUS3N; GL 6120-400, cost centre CC-0932.
Invoices INV-2024-10441 through INV-2024-10463, terms net 30; PO 45-88120. Form W-9 on file; 1099 reporting applies.
Office closed for Martin Luther King Jr. Day; payments queued for the next business day. Questions: ap@ourcompany.example or ext. 4410.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind45", STYLES, OUT)


if __name__ == "__main__":
    main()

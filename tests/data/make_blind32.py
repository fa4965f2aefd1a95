"""Build tests/data/blind32.jsonl: a thirty-second *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind32.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of any other gold set. Exactly
three files of the repo were read, and only these parts of them: lines
1-121 of make_blind22.py (its module docstring with the labeling
conventions and style descriptions, and its import lines) and its closing
scaffolding from `STYLES = {` to the end of the file (the STYLES dict and
main(), copied here with the added `chat` style); gold_sets.py in full (the
checks and `write_set`); and lines 1-64 of make_handwritten.py (its
conventions docstring, MARK, TITLE_IN_NAME and `parse()`). The record lists
of make_blind22.py, every other make_*.py (make_blind24.py ...
make_blind31.py included), every *.jsonl set and the git history were not
looked at. The detector and the bench were never run, on this file or on
anything else, while writing it. Do not tune the detector against it: once
it has been used to tune, it no longer measures anything; write a new set
instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the national check digits inside the
French, Spanish, Italian, Belgian and Portuguese IBANs are right too, and
the Dutch account numbers pass the old eleven-test. They were worked out by
hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks cards and IBANs and refuses a bad one.
National ids with a public check digit were given a valid one the same way:
NHS numbers, Canadian SINs, Aadhaar (Verhoeff), BSN, DNI and NIE, South
African ids (agreeing with the sex and birth date where they show), TFNs,
Australian Medicare numbers, Irish PPSNs, Singapore NRIC / FIN, Hong Kong
HKIDs, New Zealand IRD numbers, PESEL, the French NIR, the Belgian national
number, the Portuguese NIF, Italian codici fiscali and the DEA number; so
were the look-alikes that carry one (ISBN-13, ISO 6346 container numbers).
UK NI numbers, US SSNs, ITINs and passports, PAN, CNIC, Bangladeshi NIDs,
Sri Lankan NICs, Nigerian NIN and BVN, Kenyan ids and KRA PINs, Ugandan
NINs, NIDA numbers, TRNs, Philippine SSS / TIN / PhilHealth numbers,
licences, plates, bank account numbers and staff, student, member, patient
and loyalty numbers were not checked.

Styles (ids `blind32-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Canada, Australia, Ireland, New Zealand, India, Pakistan,
Bangladesh, Sri Lanka, South Africa, Nigeria, Kenya, Uganda, Tanzania,
Jamaica, Barbados, the Philippines, Singapore and Hong Kong contexts, with
names from the many cultures living there), the rest in French, German,
Spanish, Portuguese, Italian, Dutch and Polish:
- `gen` (90): one to three LLM-style sentences with the personal data woven
  into prose, across banking, tax, payroll and HR, health, pharmacy,
  dentists and opticians, clinical trials, insurance, legal and courts,
  police, schools and universities, admissions, libraries, government
  services, immigration and visas, voting, real estate and lettings,
  utilities and telecoms, retail and deliveries, rideshare, travel,
  airlines and hotels, gaming, social media and dating, gyms, vets,
  churches, weddings, funerals, charities, adoption and lost property.
- `bench` (90): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (short synthetic sentences with odd names and places, user
  agents, MACs, passwords, emails and letters in six other languages),
  gretel-pii-masking-en-v1 (discharge summaries, loan agreements, court
  captions, claim forms, W-9s, powers of attorney, wire requests) and
  Nemotron-PII (JSON, CSV, XML, YAML, SQL, HTTP headers, logs, KYC and
  credentialing forms).
- `table` (30): one labeled table per record (CSV, TSV, semicolon CSV,
  pipes, Markdown, HTML, JSON lines, fixed-width, ASCII box) with a header
  row, three or four data rows and non-PII columns too.
- `chat` (12): group chats, SMS threads, a chatbot, a Discord channel, a
  Slack thread, support transcripts and forum posts.
- `doc` (10): emails, letters, minutes, a call transcript, a referral, an
  incident report, a tenancy agreement (600 to 1500 characters each).
- `lookalike` (8): text full of things that look like PII but are not
  (order, tracking, invoice, PO, SKU, CAS, lot, seal and B/L numbers,
  ISBNs, container numbers, OIDs and versions shaped like IPs, hashes,
  company numbers, VAT numbers, sort codes, company phone numbers and role
  mailboxes, format placeholders, eponymous streets and buildings), with
  the few real PII values labeled; four of them have no PII at all.

Labeling conventions: those of make_handwritten.py and make_blind22.py; in
short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics, ranks and
  clergy titles attached to a name (Mr, Dr., Sgt., PC, Father, Fr., Alhaji,
  Miss, Frau, Mme, Monsieur, Madame, heer, Pan, Pani, Dott.ssa, sig.),
  labeled apart from it; job titles are not TITLE and family words
  ("aunty", "mother") stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor / block), PO
  boxes, house and building names; city, neighbourhood, district, county,
  parish, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, death, appointment, move, hire,
  start, visit, hearing, admission, signature, letter, login, deadline
  addressed to the person) with a day or a month, in any shape; a weekday
  or clock time said with the date is inside the span, a leading "the" is
  outside; not bare years, weekdays alone, clock times alone, durations, or
  dates not tied to a person (release, invoice, statement period, sample
  log dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, non-US passports and
  licences, professional registration numbers of a person, plates, patient,
  staff, student, customer, member, applicant, library and loyalty numbers,
  bank account numbers; US_SSN (also when given as a TIN), US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS (private and IPv6
  too), PHONE_NUMBER (a person's work line and fax too), EMAIL_ADDRESS (a
  person's work address too) as their names say.
- Not labeled: passwords, API keys, cookies, genders, heights, eye colours,
  blood types, languages, job titles, employers and company names, user
  agents, MAC addresses, sort codes, BSB, IFSC, routing and SWIFT codes,
  CVVs and expiries, order / ticket / claim / policy / booking / PNR /
  case / invoice / loan references, group numbers, flight numbers, company
  phone numbers, switchboards and role mailboxes, versions, hashes,
  serials, partial or masked numbers ("ending 4417", "****4417"), pets,
  eponyms and brands named after people, streets without a number, a
  header row.
- Calls made while writing this set: in a table a "sex", "gender",
  "dept", "status" or "plan" column stays unlabeled, an "age" column is
  AGE, a "country", "state", "province", "parish" or "district" column is
  LOCATION and a "nationality" column is NRP; a "row_id" or "s/n" column is
  a record id and stays unlabeled; a business street address (a letterhead,
  an office, a practice) is ADDRESS like a home; a timestamp of a person's
  own login or action in a log is DATE_TIME; chat speaker names are PERSON
  and chat handles are USERNAME; message times alone are unlabeled; a
  country shown next to a passport or plate is LOCATION; a city
  named as a branch, depot or office is LOCATION.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind32.jsonl")

GEN = [
    # 001 US, classic LLM profile sentence
    "[[PERSON:Jennifer Okafor]], born on [[DATE_TIME:07/22/1988]], lives at [[ADDRESS:4418 Maple Ridge Drive]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43215]]. "
    "Her Social Security number is [[US_SSN:529-41-8036]] and she can be reached at [[PHONE_NUMBER:(614) 555-0192]].",
    # 002 UK hospital
    "Patient [[PERSON:Harriet Blackwood]] ([[AGE:67]]) attended the fracture clinic at St Mary's on [[DATE_TIME:3 February 2025]]; "
    "her NHS number is [[ID_NUMBER:943 476 5919]] and her GP has been sent a copy of the discharge letter.",
    # 003 India onboarding
    "Onboarding checklist for [[PERSON:Ananya Raghunathan]]: PAN [[ID_NUMBER:BQRPR4821K]], Aadhaar [[ID_NUMBER:3649 1820 5733]], "
    "joining date [[DATE_TIME:1st April 2025]], salary to be credited to account [[ID_NUMBER:50100284736194]] (IFSC HDFC0001234).",
    # 004 Australia lease
    "The tenancy at [[ADDRESS:Unit 6, 22 Wattle Street]], [[LOCATION:Ultimo]] [[LOCATION:NSW]] [[ZIP_CODE:2007]] has been offered to "
    "[[PERSON:Liam Nguyen]] and [[PERSON:Priya Chand]], with the lease commencing on [[DATE_TIME:Saturday 1 March 2025]].",
    # 005 Canada change of address
    "Please note that [[PERSON:Étienne Lavoie]] (SIN [[ID_NUMBER:046 128 393]]) moved from [[LOCATION:Gatineau]] to "
    "[[ADDRESS:1580 rue Saint-Denis]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2X 3K3]] on [[DATE_TIME:June 30, 2024]], "
    "so his next notice of assessment should go to the new address.",
    # 006 Nigeria bank alert
    "Dear [[PERSON:Chukwuemeka Eze]], your BVN [[ID_NUMBER:22318457609]] has now been linked to savings account [[ID_NUMBER:0123984576]]. "
    "If you did not make this request, please call our contact centre on 0700 225 5678 immediately.",
    # 007 Kenya SIM registration
    "M-Pesa registration record: [[PERSON:Wanjiru Kamau]], ID No. [[ID_NUMBER:28475031]], line [[PHONE_NUMBER:0722 418 396]], "
    "registered at the [[LOCATION:Nyeri]] branch on [[DATE_TIME:14/09/2023]].",
    # 008 Philippines PhilHealth
    "Good day! This is to confirm that [[PERSON:Ma. Cristina Villanueva]] has settled her PhilHealth contribution for the quarter. "
    "Her PhilHealth ID is [[ID_NUMBER:12-050473819-6]] and her registered mobile number is [[PHONE_NUMBER:0917 864 2205]].",
    # 009 Singapore flat viewing
    "[[PERSON:Tan Wei Ling]], NRIC [[ID_NUMBER:S8734162C]], has booked a resale flat viewing at "
    "[[ADDRESS:Blk 412 Ang Mo Kio Avenue 10, #08-1127]], [[LOCATION:Singapore]] [[ZIP_CODE:560412]] for [[DATE_TIME:18 Jan 2025, 3:30 pm]].",
    # 010 gaming tournament
    "gg to everyone who joined Saturday's bracket! Huge shout-out to [[USERNAME:xXNightOwl_93Xx]] (aka [[PERSON:Dylan Forsythe]]) who took first place - "
    "the prize code will be sent to [[EMAIL_ADDRESS:dylan.forsythe@outlook.com]] by the end of the week.",
    # 011 Ireland fuel allowance
    "[[PERSON:Siobhán Ní Bhriain]], PPSN [[ID_NUMBER:6381927Q]], of [[ADDRESS:14 Griffith Avenue]], [[LOCATION:Drumcondra]], "
    "[[LOCATION:Dublin 9]], [[ZIP_CODE:D09 K7W2]], has applied for the Fuel Allowance and is awaiting a decision.",
    # 012 South Africa accident
    "[[PERSON:Mr Sipho Ndlovu]], ID number [[ID_NUMBER:8305255719085]], was involved in a minor collision on the N1 near [[LOCATION:Midrand]] "
    "on [[DATE_TIME:2 November 2024]]; his vehicle registration is [[ID_NUMBER:HGT 482 GP]].",
    # 013 US pharmacy
    "Your prescription is ready for pickup, [[PERSON:Gloria Estefanía Ruiz]] (DOB [[DATE_TIME:04/11/1951]]). It will be held at the "
    "store in [[LOCATION:Cicero]] for 10 days. Questions? Call the pharmacy team at (708) 555-0100.",
    # 014 Pakistan application
    "Applicant: [[PERSON:Muhammad Usman Tariq]] s/o [[PERSON:Tariq Mehmood]], CNIC [[ID_NUMBER:35202-8714563-7]], resident of "
    "[[ADDRESS:House 27, Street 9, Block F]], [[LOCATION:Johar Town]], [[LOCATION:Lahore]]. Contact: [[PHONE_NUMBER:0321-4478902]].",
    # 015 Bangladesh stipend
    "[[PERSON:Farhana Akter]] (NID [[ID_NUMBER:4617283950]]) received her monthly stipend of BDT 12,000 through the bKash wallet "
    "[[PHONE_NUMBER:01711-482396]] on [[DATE_TIME:12 March 2025]].",
    # 016 Sri Lanka scholarship
    "The scholarship committee has selected [[PERSON:Kavindi Perera]], NIC [[ID_NUMBER:200158304712]], a [[AGE:23]]-year-old "
    "civil engineering student from [[LOCATION:Kandy]], for the 2025 overseas exchange.",
    # 017 Jamaica licence renewal
    "[[PERSON:Andre McKenzie]] of [[ADDRESS:12 Hope Road]], [[LOCATION:Kingston 6]], TRN [[ID_NUMBER:118-274-903]], renewed his "
    "driver's licence at the [[LOCATION:Half Way Tree]] tax office on [[DATE_TIME:January 27]].",
    # 018 Uganda savings group
    "[[PERSON:Nakato Brenda]], NIN [[ID_NUMBER:CF92034108LKPA]], phone [[PHONE_NUMBER:+256 772 418 903]], was elected treasurer of the "
    "[[LOCATION:Ntinda]] women's savings group at the meeting last month.",
    # 019 Tanzania SIM
    "[[PERSON:Juma Rashidi Mwakyusa]] has re-registered his SIM card biometrically using NIDA number "
    "[[ID_NUMBER:19870614-31102-00004-21]]; the line [[PHONE_NUMBER:+255 754 208 317]] is active again.",
    # 020 Barbados clinic
    "Dear [[PERSON:Ms. Keisha Greaves]], your outpatient appointment is confirmed for [[DATE_TIME:Tuesday, 8 April 2025 at 9:15 a.m.]] "
    "Please bring your national registration card ([[ID_NUMBER:890214-0738]]) and a list of your current medications.",
    # 021 Hong Kong lost wallet
    "[[PERSON:Leung Ka Yan]] (HKID [[ID_NUMBER:K382915(4)]]) reported that her wallet was stolen in [[LOCATION:Mong Kok]] on "
    "the evening of [[DATE_TIME:6 February]]; officers can reach her on [[PHONE_NUMBER:+852 9473 2186]].",
    # 022 New Zealand IRD
    "Kia ora [[PERSON:Aroha Te Whata]], your IRD number [[ID_NUMBER:049-182-732]] has been verified and your refund will be paid into "
    "account [[ID_NUMBER:12-3140-0582731-00]] within five working days.",
    # 023 US school absence
    "Student [[PERSON:Mateo Hernández]] (student ID [[ID_NUMBER:900418273]]) will be absent from [[DATE_TIME:May 5]] to [[DATE_TIME:May 9]] "
    "for a family wedding in [[LOCATION:Guadalajara]]; his mother, [[PERSON:Lucía]], can be reached at [[PHONE_NUMBER:213-555-0164]].",
    # 024 US lawsuit
    "On [[DATE_TIME:October 3, 2023]], plaintiff [[PERSON:Raymond J. Kowalski]], a [[AGE:58]]-year-old resident of [[LOCATION:Scranton]], "
    "[[LOCATION:Pennsylvania]], filed suit against his former employer alleging age discrimination.",
    # 025 UK car insurance
    "Policyholder [[PERSON:Oliver Pembury-Hughes]] reported that his car, registration [[ID_NUMBER:LK19 XPT]], was damaged while parked outside "
    "[[ADDRESS:47 Chalcot Road]], [[LOCATION:London]] [[ZIP_CODE:NW1 8LS]] on the night of [[DATE_TIME:21 December 2024]]. Claim ref CLM-2024-118734.",
    # 026 hotel booking
    "Booking confirmed for [[PERSON:Mr. Hiroshi Tanaka]] and [[PERSON:Mrs. Yuki Tanaka]], arriving [[DATE_TIME:12 July 2025]] and departing "
    "[[DATE_TIME:19 July 2025]]. A sea-view double has been reserved; reservation code HX7Q2L.",
    # 027 security alert
    "Hi [[PERSON:Grace]], we noticed a sign-in to your account from [[IP_ADDRESS:203.94.117.42]] on [[DATE_TIME:Feb 2 at 11:48 PM]]. "
    "If this wasn't you, please reset your password from the help centre.",
    # 028 social bio
    "📸 [[PERSON:Zanele Mokoena]] | [[AGE:29]] | [[LOCATION:Joburg]] ✈️ [[LOCATION:Cape Town]] | bookings: [[EMAIL_ADDRESS:zanele.shoots@gmail.com]] | "
    "portfolio: [[URL:https://zanelemokoena.myportfolio.com]]",
    # 029 gym freeze
    "Membership [[ID_NUMBER:GF-0048271]] for [[PERSON:Tyrone Baptiste]] has been frozen from [[DATE_TIME:1 Aug]] until [[DATE_TIME:30 Sep]] "
    "following his knee surgery; no fees will be taken during that period.",
    # 030 vet reminder
    "Reminder: Biscuit is due for his annual booster on [[DATE_TIME:16/05/2025]]. Owner: [[PERSON:Fiona MacLeod]], [[PHONE_NUMBER:07700 900418]], "
    "[[ADDRESS:3 Braid Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH10 6AX]].",
    # 031 German payment confirmation
    "Sehr geehrte [[TITLE:Frau]] [[PERSON:Hoffmann]], wir bestätigen den Eingang Ihrer Zahlung. Die Erstattung erfolgt auf Ihr Konto "
    "[[IBAN_CODE:DE37 3704 0044 0817 2644 55]]. Ihre Kundennummer lautet [[ID_NUMBER:KD-5518273]].",
    # 032 French civil record
    "[[TITLE:Mme]] [[PERSON:Élodie Marchand]], née le [[DATE_TIME:3 mars 1979]] à [[LOCATION:Lyon]], domiciliée au [[ADDRESS:18 rue des Capucins]], "
    "[[ZIP_CODE:69001]] [[LOCATION:Lyon]], numéro de sécurité sociale [[ID_NUMBER:2 79 03 69 123 087 40]].",
    # 033 Spanish hospital admission
    "El paciente [[PERSON:Javier Morales Ortega]], con DNI [[ID_NUMBER:48215937W]], ingresó en el servicio de urgencias de [[LOCATION:Valencia]] "
    "el [[DATE_TIME:14 de febrero de 2025]]. Teléfono de contacto: [[PHONE_NUMBER:+34 612 48 39 27]].",
    # 034 Portuguese bank transfer
    "A cliente [[PERSON:Mariana Costa Almeida]], NIF [[ID_NUMBER:248173650]], pediu que o saldo da conta fosse transferido para o IBAN "
    "[[IBAN_CODE:PT50 0035 0683 0000 0478 3193 0]] até ao fim do mês.",
    # 035 Italian refund
    "Il signor [[PERSON:Lorenzo Bianchi]], nato a [[LOCATION:Bologna]] il [[DATE_TIME:22/09/1974]], ha chiesto che il rimborso venga accreditato "
    "sul conto [[IBAN_CODE:IT61 D030 6911 2031 0000 0047 261]].",
    # 036 Dutch ID card
    "Beste [[PERSON:Sanne de Vries]], je nieuwe identiteitskaart is verstuurd naar [[ADDRESS:Kerkstraat 112-B]], [[ZIP_CODE:1017 GP]] "
    "[[LOCATION:Amsterdam]]. Je BSN [[ID_NUMBER:174829358]] staat op de achterkant van de kaart.",
    # 037 Polish phone change
    "[[TITLE:Pan]] [[PERSON:Tomasz Wiśniewski]], PESEL [[ID_NUMBER:84061725319]], zamieszkały przy [[ADDRESS:ul. Długiej 14/3]], "
    "[[ZIP_CODE:80-827]] [[LOCATION:Gdańsk]], zgłosił zmianę numeru telefonu na [[PHONE_NUMBER:+48 601 284 739]].",
    # 038 US DMV
    "Hi [[PERSON:Kevin Tran]], your California driver license [[US_DRIVER_LICENSE:D4827316]] expires on [[DATE_TIME:08/19/2025]]. "
    "You can renew online or visit the DMV office in [[LOCATION:Garden Grove]].",
    # 039 travel itinerary
    "Traveler: [[PERSON:Ashley Marie Donovan]]; U.S. passport no. [[US_PASSPORT:A04718263]], issued [[DATE_TIME:2019-06-11]]; "
    "seat 14C on the overnight flight to [[LOCATION:Lisbon]].",
    # 040 retail order
    "Thanks for your order, [[PERSON:Brianna]]! We charged $84.97 to your Visa [[CREDIT_CARD:4532 0175 8843 0127]]. Your parcel ships to "
    "[[ADDRESS:908 Larkspur Lane, Apt 3B]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83702]] within two business days.",
    # 041 UK payroll
    "Payroll update: [[PERSON:Daniel O'Connell]] (employee no. [[ID_NUMBER:E20417]], NI number [[ID_NUMBER:JT 48 29 71 B]]) will be paid into "
    "[[IBAN_CODE:GB93 NWBK 5600 3842 1170 95]] from the [[DATE_TIME:28 February]] pay run onwards.",
    # 042 baptism
    "[[TITLE:Father]] [[PERSON:Emmanuel Osei]] will officiate the baptism of baby [[PERSON:Nana Ama]] on [[DATE_TIME:Sunday, 23 March]]; "
    "the parents, [[PERSON:Kwame]] and [[PERSON:Akosua Mensah]], are asked to arrive by 9am.",
    # 043 visa grant
    "[[PERSON:Harpreet Kaur Sandhu]], an [[NRP:Indian]] national holding passport [[ID_NUMBER:Z4718265]], has been granted a Skilled Worker visa "
    "valid from [[DATE_TIME:10 January 2025]].",
    # 044 Canada ER
    "[[PERSON:Noah Whitehorse]], [[AGE:12]], was seen in the emergency department for a sprained wrist. Health card: [[ID_NUMBER:5284-719-306-KT]]. "
    "Parent/guardian: [[PERSON:Danielle Whitehorse]], [[PHONE_NUMBER:(807) 555-0123]].",
    # 045 dating profile
    "Hey, I'm [[PERSON:Rahul]], [[AGE:31]], a software tester living in [[LOCATION:Pune]]. Vegetarian, [[NRP:Hindu]], and happiest on a "
    "weekend trek. Insta: @[[USERNAME:rahul.treks]]",
    # 046 Kenya court
    "The accused, [[PERSON:Otieno Brian Ouma]], aged [[AGE:24]], of [[LOCATION:Kisumu]], was arraigned before the Chief Magistrate on "
    "[[DATE_TIME:5th June 2024]] and released on a cash bail of KSh 50,000.",
    # 047 delivery note
    "Driver note: if nobody answers, leave the parcel with [[PERSON:Mrs. Adeyemi]] at [[ADDRESS:Flat 12, 5 Marlowe Court]] next door. "
    "Recipient phone [[PHONE_NUMBER:07911 204 583]].",
    # 048 US admissions
    "Congratulations, [[PERSON:Imani Jefferson]]! You have been admitted to the Class of 2029. Your applicant ID is [[ID_NUMBER:UA-7718204]]; "
    "please confirm your enrollment by [[DATE_TIME:May 1]].",
    # 049 Australia utilities
    "[[PERSON:Chloe Papadopoulos]] has moved out of [[ADDRESS:17/45 Brunswick Street]], [[LOCATION:Fitzroy]] [[LOCATION:VIC]] [[ZIP_CODE:3065]]; "
    "the final meter read is booked for [[DATE_TIME:Thu 27 Feb]]. Forwarding email: [[EMAIL_ADDRESS:chloe.papa@bigpond.com]].",
    # 050 UK police log
    "At approximately [[DATE_TIME:22:40 on 14/11/2024]] [[TITLE:PC]] [[PERSON:Yusuf Ahmed]] attended a report of theft. The victim, "
    "[[PERSON:Megan Lloyd]] ([[AGE:34]]), stated that her bicycle had been taken from outside [[ADDRESS:221 Cowley Road]], [[LOCATION:Oxford]].",
    # 051 charity
    "Thank you, [[PERSON:Abdul Rahman Siddiqui]], for your Zakat donation of £250. Gift Aid has been claimed on your behalf; "
    "your donor number is [[ID_NUMBER:DN448217]].",
    # 052 US pension
    "[[PERSON:Dorothy Ann Whitfield]], SSN [[US_SSN:412-68-3057]], retired on [[DATE_TIME:December 31, 2024]] after 32 years with the county "
    "and has elected to receive her pension by direct deposit.",
    # 053 crypto KYC
    "KYC pending: [[PERSON:Aditya Bhattacharya]], DOB [[DATE_TIME:1993-11-02]], nationality [[NRP:Indian]], passport [[ID_NUMBER:K8273645]], "
    "selfie uploaded from [[IP_ADDRESS:49.36.182.207]].",
    # 054 rideshare
    "Your driver [[PERSON:Samuel Mwangi]] is arriving in a white Toyota Axio, plate [[ID_NUMBER:KDK 417M]]. Want to share your trip status "
    "with [[PERSON:Faith]]?",
    # 055 Nigeria cover letter
    "I am [[PERSON:Oluwaseun Adebayo]], a [[AGE:27]]-year-old graduate of the University of Ibadan, currently residing at "
    "[[ADDRESS:15 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]. You can reach me on [[PHONE_NUMBER:0803 417 2268]] "
    "or [[EMAIL_ADDRESS:seun.adebayo@yahoo.com]].",
    # 056 reference letter
    "I have known [[PERSON:Ms. Thandiwe Dlamini]] since [[DATE_TIME:January 2019]], when she joined our accounts team in [[LOCATION:Durban]], "
    "and I recommend her without reservation.",
    # 057 NZ camp consent
    "I give permission for my child [[PERSON:Manaia Fonoti]] (Year 7, DOB [[DATE_TIME:09/03/2013]]) to attend the school camp at "
    "[[LOCATION:Whakatāne]]. Emergency contact: [[PERSON:Losa Fonoti]], [[PHONE_NUMBER:021 884 3170]].",
    # 058 Ireland lost property
    "Found near Heuston Station: a brown leather wallet containing a driving licence in the name of [[PERSON:Kieran Doyle]], DOB "
    "[[DATE_TIME:12.07.1990]], licence no. [[ID_NUMBER:904172863]]. Handed in to the Garda station.",
    # 059 neighbourhood post
    "Heads up, neighbors - [[PERSON:Carla Jiménez]] at [[ADDRESS:1127 Willow Bend Ct]] caught someone on her doorbell camera around 3 a.m. "
    "trying car doors. If you see anything, text her at [[PHONE_NUMBER:480-555-0139]].",
    # 060 wedding save-the-date
    "Save the date! [[PERSON:Priyanka]] & [[PERSON:Arjun]] are getting married on [[DATE_TIME:14 December 2025]] in [[LOCATION:Udaipur]]. "
    "Please RSVP to [[PERSON:Meera Kapoor]] at [[EMAIL_ADDRESS:meera.kapoor.rsvp@gmail.com]].",
    # 061 Philippines telecom
    "Your postpaid account [[ID_NUMBER:1048273619]] under [[PERSON:Jose Miguel Dela Cruz]] is now overdue. Billing address on file: "
    "[[ADDRESS:Unit 1204, 88 Kalayaan Avenue]], [[LOCATION:Quezon City]] [[ZIP_CODE:1101]].",
    # 062 Canada home purchase
    "[[PERSON:Amrit]] and [[PERSON:Jasleen Gill]] took possession of [[ADDRESS:7732 148 Street]], [[LOCATION:Surrey]], [[LOCATION:BC]] "
    "[[ZIP_CODE:V3S 8M2]] on [[DATE_TIME:November 15, 2024]], after a six-week closing.",
    # 063 clinical trial
    "Subject 014 ([[PERSON:Lorraine Harrington]], [[AGE:62]]) reported mild nausea after the third dose on [[DATE_TIME:3/18/2025]]. "
    "Her MRN is [[ID_NUMBER:00837261]]; the event was graded as non-serious.",
    # 064 library
    "Overdue notice: [[PERSON:Ethan Chowdhury]], library card [[ID_NUMBER:21987004618234]], has three items overdue since "
    "[[DATE_TIME:January 9]]. Fines are waived for readers under 18.",
    # 065 dentist SMS
    "Hi [[PERSON:Aoife]], just a reminder of your cleaning with [[PERSON:Dr. Kavanagh]] on [[DATE_TIME:Wed 12th March at 4.20pm]]. "
    "Reply Y to confirm or call the practice to rebook.",
    # 066 optician
    "[[PERSON:Mr. Gurpreet Singh Bhamra]], [[AGE:71]], sight test on [[DATE_TIME:7 Oct 2024]]: R -2.25 / L -2.00, no change since last visit. "
    "Next test due [[DATE_TIME:Oct 2026]].",
    # 067 funeral notice
    "It is with deep sadness that we announce the passing of [[PERSON:Winston Alphonso Clarke]], aged [[AGE:84]], of [[LOCATION:Mandeville]], "
    "on [[DATE_TIME:19 January 2025]]. Service details will be shared by his daughter, [[PERSON:Marcia]].",
    # 068 adoption home study
    "Adoption file: [[PERSON:Rebecca]] and [[PERSON:Thomas Whitlock]] of [[LOCATION:Halifax]], [[LOCATION:Nova Scotia]], ages [[AGE:38]] and "
    "[[AGE:41]], completed their home study on [[DATE_TIME:September 12, 2024]].",
    # 069 Singapore airline
    "Passenger [[PERSON:Muhammad Hafiz bin Rahman]], KrisFlyer no. [[ID_NUMBER:8827461093]], has requested a vegetarian meal on SQ 322 "
    "departing [[DATE_TIME:22 Mar 2025 23:35]].",
    # 070 employment verification
    "This letter confirms that [[PERSON:Kimberly Nguyen-Baptiste]] has been employed as a Senior Analyst since [[DATE_TIME:April 3, 2017]], "
    "with an annual base salary of $92,400. Employee ID: [[ID_NUMBER:004718]].",
    # 071 Australia tax
    "G'day [[PERSON:Jack]], your 2023-24 tax return has been lodged. TFN [[ID_NUMBER:459 728 139]]; the refund of $1,284 will go to "
    "BSB 062-000, account [[ID_NUMBER:1048 2736]].",
    # 072 South Africa medical aid
    "Medical aid member [[PERSON:Lerato Mahlangu]], membership no. [[ID_NUMBER:903284716]], dependant code 01, was admitted to a private "
    "hospital in [[LOCATION:Johannesburg]] on [[DATE_TIME:02/12/2024]].",
    # 073 IT ticket IPv6
    "Ticket #58213: user [[USERNAME:jmorales]] ([[PERSON:Jorge Morales]]) cannot reach the VPN from [[IP_ADDRESS:2601:1c0:4a80:3f10::7b2e]]. "
    "Laptop MAC 3C:22:FB:91:0A:4D, firmware 1.14.2.",
    # 074 UK dissertation extension
    "[[PERSON:Ebere Nwosu]], student number [[ID_NUMBER:20481736]], has been granted an extension for her dissertation until "
    "[[DATE_TIME:30 June 2025]] on medical grounds.",
    # 075 Bangladesh factory
    "Worker [[PERSON:Rokeya Begum]], age [[AGE:22]], card no. [[ID_NUMBER:DK-3317]], joined the sewing section of the factory in "
    "[[LOCATION:Gazipur]] on [[DATE_TIME:05-08-2023]].",
    # 076 Pakistan IBAN transfer
    "Dear [[PERSON:Ayesha Siddiqa]], PKR 45,000 has been received in your account [[IBAN_CODE:PK15 MEZN 0004 1701 0148 2937]] from "
    "[[PERSON:Bilal Ahmed Qureshi]] on [[DATE_TIME:12-Feb-2025]].",
    # 077 Sri Lanka lost NIC
    "Lost NIC: [[PERSON:Mohamed Rizwan]], NIC no. [[ID_NUMBER:862314578V]], lost in [[LOCATION:Pettah]] on [[DATE_TIME:3rd January]]. "
    "The finder is kindly requested to contact [[PHONE_NUMBER:077 341 8826]].",
    # 078 Hong Kong tenancy
    "Tenant: [[PERSON:Wong Ka Yee]] (HKID [[ID_NUMBER:Y604718(A)]]); premises: [[ADDRESS:Flat 9C, 18 Tai Hang Road]], [[LOCATION:Tai Hang]], "
    "[[LOCATION:Hong Kong]]; term commencing [[DATE_TIME:1 April 2025]].",
    # 079 US ballot
    "[[PERSON:Harold Bixby]], a registered [[NRP:Republican]] in [[LOCATION:Maricopa County]], has asked for his early ballot to be mailed to "
    "[[ADDRESS:P.O. Box 4417]], [[LOCATION:Mesa]], [[LOCATION:AZ]] [[ZIP_CODE:85211]].",
    # 080 Nigeria market committee
    "[[TITLE:Alhaji]] [[PERSON:Musa Danjuma]], NIN [[ID_NUMBER:48271930564]], a grain trader from [[LOCATION:Kano]], has been appointed to "
    "the market committee with effect from [[DATE_TIME:1 March 2025]].",
    # 081 email sign-off
    "You can read more about my work on LinkedIn ([[URL:https://www.linkedin.com/in/fatima-zahra-hussain]]) or ring me on "
    "[[PHONE_NUMBER:+44 7823 114 906]]. Best wishes, [[PERSON:Fatima Zahra Hussain]]",
    # 082 car rental
    "Renter: [[PERSON:Brandon Ellis]]; Texas DL [[US_DRIVER_LICENSE:41827365]]; pickup [[DATE_TIME:3/7/25 10:00 AM]] at the airport counter; "
    "card on file [[CREDIT_CARD:5391 6422 0318 7450]].",
    # 083 account suspension
    "The account [[USERNAME:ShadowMantis77]] (linked email [[EMAIL_ADDRESS:t.oyelaran@gmail.com]]) has been suspended for 7 days "
    "after repeated chat violations on [[DATE_TIME:January 4]].",
    # 084 Kenya tax
    "[[PERSON:Achieng Odhiambo]], KRA PIN [[ID_NUMBER:A009284716K]], filed her nil return on [[DATE_TIME:28/06/2024]], two days before the deadline.",
    # 085 Uganda referral
    "[[PERSON:Ssemwanga Patrick]], male, [[AGE:45]], was referred from [[LOCATION:Masaka]] on [[DATE_TIME:11/10/2024]] with suspected "
    "severe malaria. Next of kin: [[PERSON:Nansubuga Grace]] ([[PHONE_NUMBER:0701 284 519]]).",
    # 086 Spanish lease
    "La inquilina, [[PERSON:Valentina Rossi]], de nacionalidad [[NRP:italiana]] y con NIE [[ID_NUMBER:Y2618407D]], firmó el contrato del piso "
    "de la [[ADDRESS:calle de Embajadores 87, 3.º B]], [[LOCATION:Madrid]], el [[DATE_TIME:2 de septiembre de 2024]].",
    # 087 French Belgium
    "[[TITLE:Monsieur]] [[PERSON:Julien Peeters]], numéro national [[ID_NUMBER:85.04.12-273.16]], est invité à se présenter à la maison "
    "communale d'[[LOCATION:Ixelles]] le [[DATE_TIME:lundi 17 mars à 10h30]].",
    # 088 India train
    "PNR 4827163059: [[PERSON:Lakshmi Venkataraman]] (F, [[AGE:64]]) and [[PERSON:S. Venkataraman]] (M, [[AGE:68]]), from [[LOCATION:Chennai]] "
    "to [[LOCATION:Madurai]] on [[DATE_TIME:19-Apr-2025]], coach B2, berths 33 and 36.",
    # 089 Singapore employment pass
    "[[PERSON:Rajesh Kumar]] s/o [[PERSON:Muthusamy]], FIN [[ID_NUMBER:G5127846T]], Employment Pass holder, resides at "
    "[[ADDRESS:21 Jalan Bukit Merah, #12-48]], [[LOCATION:Singapore]] [[ZIP_CODE:150021]].",
    # 090 Australia Medicare
    "[[PERSON:Mia Robertson]], Medicare [[ID_NUMBER:2953 41877 2]], was bulk-billed for her appointment with [[PERSON:Dr. Sunil Fernando]] "
    "on [[DATE_TIME:20 February 2025]] in [[LOCATION:Parramatta]].",
]

BENCH = [
    # 001 ai4privacy-style alert
    "[[PERSON:Kasandra]], your recent transaction of ₹718.23 on card [[CREDIT_CARD:6011007382916459]] was flagged by our system. "
    "Please verify it from a trusted device; the last access to your profile came from [[IP_ADDRESS:176.202.49.127]].",
    # 002
    "Dear [[PERSON:Mr. Leopold Wunsch]], our Regional Intranet Designer will review your access request shortly. Your username "
    "[[USERNAME:Leopold_Wunsch27]] and temporary password eM7#kq2!Lp will expire in 24 hours.",
    # 003
    "Patient [[PERSON:Armando Thiel]], [[AGE:52]] years, born [[DATE_TIME:11/28/1972]], was transferred to the cardiology ward. "
    "Please contact his daughter at [[EMAIL_ADDRESS:Noemi.Thiel@hotmail.com]] regarding visiting hours.",
    # 004
    "[[PERSON:Demarco]]'s renovation at [[ADDRESS:8921 Koelpin Crossroad, Suite 408]], [[LOCATION:North Dena]], [[LOCATION:Wyoming]] "
    "[[ZIP_CODE:82401-3316]] is scheduled to begin on [[DATE_TIME:4/17]], pending the permit.",
    # 005
    "Please send the updated payroll sheet to [[EMAIL_ADDRESS:Brenda.Ruecker@yahoo.com]] by Friday. Account no. [[ID_NUMBER:39840219]] "
    "will be credited with £4,218.77 for [[PERSON:Brenda]]'s consultancy work.",
    # 006
    "Transfer of €2,340.00 from [[PERSON:Jérôme Fontaine]] to IBAN [[IBAN_CODE:FR7630004028710004719352018]] (BIC BNPAFRPPXXX) "
    "was completed. Reference: INV-88213.",
    # 007
    "Session log for [[USERNAME:annika.voss]]: IP [[IP_ADDRESS:10.48.212.7]], MAC 6a:1f:bd:03:c2:9e, user agent Mozilla/5.0 "
    "(Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36.",
    # 008
    "Attention [[PERSON:Roxanne]], the workshop on inclusive curriculum design will take place at [[ADDRESS:551 Hettinger Mall]] in "
    "[[LOCATION:Port Jaylon]]. Please confirm with the coordinator, [[PERSON:Ms. Yvette Haag]], at [[PHONE_NUMBER:+1-479-555-0198]].",
    # 009
    "Applicant [[PERSON:Dariusz Kowalczyk]], SSN [[US_SSN:618-27-4405]], DOB [[DATE_TIME:Sep 3rd, 1966]], gender male, height 5'11\", "
    "has completed the pre-employment screening.",
    # 010
    "Good afternoon [[PERSON:Oriana Castellanos]], we have scheduled your on-site interview for the [[DATE_TIME:12th of June]]. Please arrive "
    "at reception by 10:15; the panel will include [[PERSON:Jabari Whitlock]] and [[PERSON:Sun-Hee Park]].",
    # 011
    "Hello, my name is [[PERSON:Abhishek]] and I am writing about my mother's pension. Her name is [[PERSON:Kamala Devi Sharma]], she is "
    "[[AGE:79]], and her pensioner ID is [[ID_NUMBER:PEN-10482736]].",
    # 012
    "NY DMV record: [[PERSON:Shanice Grant]], license ID [[US_DRIVER_LICENSE:718 462 093]], class D, address [[ADDRESS:845 Nostrand Ave, Apt 4R]], "
    "[[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11216]].",
    # 013
    "[[PERSON:Callum]], a charge of £39.99 to your card ****4417 was declined. Please update your details using the link we sent to "
    "[[EMAIL_ADDRESS:callum.fraser@btinternet.com]].",
    # 014
    "Corporate card holder [[PERSON:Rania Haddad]], Amex [[CREDIT_CARD:3478 552096 10434]], has exceeded her monthly limit; approval has been "
    "requested from her manager, [[PERSON:Owen Sinclair]].",
    # 015
    "[[PERSON:Bartholomew]] is a [[AGE:63]]-year-old male, 178 cm, blue eyes, who lives in [[LOCATION:Dorset]] and works as a Regional "
    "Security Analyst.",
    # 016 gretel healthcare
    "PATIENT DISCHARGE SUMMARY\nPatient Name: [[PERSON:Theodore R. Maddox]]\nMRN: [[ID_NUMBER:4471928]]\nDate of Birth: [[DATE_TIME:02/14/1949]]\n"
    "Admission Date: [[DATE_TIME:01/06/2025]]\nDischarge Date: [[DATE_TIME:01/11/2025]]\nAttending: [[PERSON:Dr. Naomi Feldstein]]\n"
    "Diagnosis: Community-acquired pneumonia. Follow up with PCP in 7-10 days.",
    # 017 gretel finance
    "LOAN AGREEMENT\nThis Loan Agreement is entered into on [[DATE_TIME:March 3, 2025]] between Summit Ridge Credit Union (\"Lender\") and "
    "[[PERSON:Carmen Velasquez]] (\"Borrower\"), residing at [[ADDRESS:2710 Coyote Trail]], [[LOCATION:Santa Fe]], [[LOCATION:NM]] "
    "[[ZIP_CODE:87505]]. Borrower's account number: [[ID_NUMBER:0029184736]]. Principal: $18,500.00 at 7.9% APR.",
    # 018 gretel legal
    "IN THE CIRCUIT COURT OF [[LOCATION:COOK COUNTY]], [[LOCATION:ILLINOIS]]\nCase No. 2024-L-018273\n[[PERSON:DEVONTE WASHINGTON]], Plaintiff,\nv.\n"
    "MIDWAY LOGISTICS LLC, Defendant.\nPlaintiff, by counsel [[PERSON:Sarah Goldberg]] (ARDC No. [[ID_NUMBER:6318274]]), alleges that on "
    "[[DATE_TIME:August 14, 2023]] he was injured at the Defendant's warehouse.",
    # 019 gretel insurance
    "Claim Form - Homeowner\nClaimant: [[PERSON:Ifeoma Chukwu-Barnes]]\nPolicy Number: HO-7718204-22\nProperty Address: [[ADDRESS:63 Birchwood Lane]], "
    "[[LOCATION:Stamford]], [[LOCATION:CT]] [[ZIP_CODE:06902]]\nDate of Loss: [[DATE_TIME:2025-01-19]]\nPhone: [[PHONE_NUMBER:203.555.0147]]\n"
    "Description: burst pipe in basement, water damage to flooring.",
    # 020 Nemotron JSON
    "{\"customer_id\": \"[[ID_NUMBER:CUST-00481927]]\", \"first_name\": \"[[PERSON:Haruto]]\", \"last_name\": \"[[PERSON:Sato]]\", "
    "\"email\": \"[[EMAIL_ADDRESS:haruto.sato@fastmail.com]]\", \"phone\": \"[[PHONE_NUMBER:+1 (206) 555-0175]]\", \"city\": \"[[LOCATION:Seattle]]\", "
    "\"state\": \"[[LOCATION:WA]]\", \"postcode\": \"[[ZIP_CODE:98109]]\", \"loyalty_tier\": \"gold\"}",
    # 021 Nemotron log
    "[[DATE_TIME:2025-02-11T08:14:22Z]] INFO auth.login user=[[USERNAME:pbanerjee]] src_ip=[[IP_ADDRESS:172.16.40.118]] mfa=ok session=9f2c1e7a\n"
    "[[DATE_TIME:2025-02-11T08:14:25Z]] WARN api.keys user=[[USERNAME:pbanerjee]] key=sk_live_51Hx9kQ2 rotated",
    # 022 Nemotron HR
    "Employee Record\nEmployee ID: [[ID_NUMBER:EMP-20931]]\nName: [[PERSON:Grace Achieng Otieno]]\nDate of Birth: [[DATE_TIME:1990-04-27]]\n"
    "National ID: [[ID_NUMBER:31829475]]\nKRA PIN: [[ID_NUMBER:A014827361P]]\nDepartment: Finance\nEmployment Status: Full-time\n"
    "Bank: Equity Bank, A/C [[ID_NUMBER:0480192837465]]",
    # 023 Nemotron health plan
    "Member: [[PERSON:Luis Alberto Camacho]] | Health Plan Beneficiary No.: [[ID_NUMBER:HPB-7720418395]] | DOB: [[DATE_TIME:12-Jan-1983]] | "
    "Blood type: O+ | Religion: [[NRP:Catholic]] | Preferred language: Spanish",
    # 024 ai4privacy 300k style email
    "Hi Team,\n\nPlease update the contact sheet for our new Senior Mobility Engineer, [[PERSON:Kofi Boateng]]. He starts on [[DATE_TIME:June 2nd]] "
    "and will be based at [[ADDRESS:77 Carver Street]], [[LOCATION:Sheffield]] [[ZIP_CODE:S1 4FS]]. His direct line is "
    "[[PHONE_NUMBER:0114 496 0283]].\n\nThanks,\n[[PERSON:Marguerite]]",
    # 025
    "[[PERSON:Hilma]]'s orthodontic appointment is set for [[DATE_TIME:23/11/2024 at 14:30]]. Please bring her insurance card and a guardian's "
    "ID. For changes, email [[EMAIL_ADDRESS:hilma.bergstrom72@gmail.com]].",
    # 026
    "Assessment results for [[PERSON:Zion Abernathy]] (student id [[ID_NUMBER:S-00492817]]) have been uploaded to the portal. "
    "Login: [[USERNAME:zabernathy_08]], password Zp!77x_rQ.",
    # 027
    "We received a payment of $1,602.44 from card [[CREDIT_CARD:3530113276549809]] (JCB) belonging to [[PERSON:Makoa Kealoha]]. "
    "CVV 417 was verified. Billing ZIP [[ZIP_CODE:96815]].",
    # 028
    "Hello [[PERSON:Olamide]], your mentor [[PERSON:Prof. Eleanor Whitcombe]] will meet you in Room 214 on [[DATE_TIME:Thursday the 9th]] "
    "to go over the research proposal.",
    # 029
    "Reminder: the legal documentation for [[PERSON:Cruz Altenwerth]]'s property transfer is ready. The property at "
    "[[ADDRESS:3309 Rohan Stravenue]], [[LOCATION:East Kylie]], [[LOCATION:Kent County]] needs a signature by [[DATE_TIME:7th August]].",
    # 030
    "Network audit: the device assigned to [[PERSON:Ibrahim Al-Sayed]] connected from [[IP_ADDRESS:fe80::1ff:fe23:4567:890a]] and "
    "[[IP_ADDRESS:192.168.4.77]] with MAC 00:1A:2B:3C:4D:5E during the maintenance window.",
    # 031
    "[[PERSON:Esperanza]] ([[AGE:17]]), female, eye color brown, height 162 cm, has registered for the youth choir trip to [[LOCATION:Vienna]]. "
    "Guardian phone: [[PHONE_NUMBER:+1-505-555-0172]].",
    # 032
    "Invoice INV-30912 for [[PERSON:Anatole Bergnaum]], [[ADDRESS:71 Lind Field, Apt. 930]], [[LOCATION:South Marcellus]] [[ZIP_CODE:54021]]. "
    "Amount due: ₦184,500. Pay into account [[ID_NUMBER:2048173395]] quoting the invoice number.",
    # 033
    "Your psychometric evaluation is scheduled, [[PERSON:Tomasina]]. Bring a photo ID; your reference number is EV-7712. Contact our "
    "coordinator [[PERSON:Gunnar]] at [[EMAIL_ADDRESS:gunnar.lindqvist@evalcentre.org]] with any questions.",
    # 034
    "Dear [[PERSON:Mx. River Okonkwo-Hale]], your name change has been applied to your staff profile ([[ID_NUMBER:STF-88120]]). "
    "Your new email is [[EMAIL_ADDRESS:river.okonkwohale@northgate-uni.ac.uk]].",
    # 035
    "Background check for [[PERSON:Wyatt Cole Brennan]]: SSN [[US_SSN:531-70-2286]], Washington DL [[US_DRIVER_LICENSE:WDL9K2M4X7BP]], "
    "US passport [[US_PASSPORT:548217936]], DOB [[DATE_TIME:1985/02/09]]. No records found.",
    # 036
    "Kindly transfer the outstanding tuition of €3,920 to [[IBAN_CODE:IE19AIBK93208641572934]] before term starts, quoting "
    "[[PERSON:Ciarán Ó Súilleabháin]], student [[ID_NUMBER:R00184627]].",
    # 037
    "Per our records, [[PERSON:Yesenia Padberg]] last logged in on [[DATE_TIME:2024-12-30 21:07:44]] from [[IP_ADDRESS:81.143.22.190]] using "
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X).",
    # 038
    "Hey [[PERSON:Deshawn]], the group project files are in the shared drive. Ping me at [[PHONE_NUMBER:(470) 555-0116]] or on Discord "
    "([[USERNAME:dshawn.codes]]) if anything's missing.",
    # 039
    "Account holder: [[PERSON:Prudence Okwuosa]]\nCard: [[CREDIT_CARD:4917-6102-3358-1420]]\nExp: 09/27\nIssuer: Visa\n"
    "Billing: [[ADDRESS:19 Ozumba Mbadiwe Avenue]], [[LOCATION:Lagos]]",
    # 040 300k-style visitor email
    "Subject: Visitor access next week\n\nHi all,\n\n[[PERSON:Mr. Anselm Dzikunu]] from our auditors will be on site from [[DATE_TIME:10 March]] "
    "to [[DATE_TIME:14 March]]. Please issue a temporary badge in his name and register his car ([[ID_NUMBER:GR 4417-22]]). He can be reached "
    "on [[PHONE_NUMBER:+233 24 418 2291]].\n\nThanks,\n[[PERSON:Nomvula]]",
    # 041 school notice
    "Dear Parent/Guardian,\nWe are pleased to inform you that [[PERSON:Aarav Mehta]] (Grade 4) has been selected for the inter-school quiz "
    "on [[DATE_TIME:22nd November]]. Kindly sign and return the consent slip. For queries, contact the class teacher, "
    "[[PERSON:Mrs. Sunita Rao]], at [[PHONE_NUMBER:+91 98450 21736]].",
    # 042
    "Registration completed: [[PERSON:Teodora Vasquez-Lin]], [[AGE:44]], born [[DATE_TIME:October 2nd, 1980]], ITIN [[ID_NUMBER:938-71-2207]], "
    "preferred contact by mail.",
    # 043
    "The account [[USERNAME:mirela_popescu]] requested a password reset from [[IP_ADDRESS:86.124.77.3]]. If this wasn't you, contact "
    "support. Registered mobile: [[PHONE_NUMBER:+40 722 481 306]].",
    # 044 medical certificate
    "Medical certificate\n\nThis is to certify that [[PERSON:Ms. Nimmi Jayasekara]], aged [[AGE:36]], residing at [[ADDRESS:42/7 Galle Road]], "
    "[[LOCATION:Colombo 03]], was examined by me on [[DATE_TIME:14.01.2025]] and requires rest for five days.\n\n"
    "[[PERSON:Dr. Ruwan Wickramasinghe]]\nSLMC Reg. No. [[ID_NUMBER:18274]]",
    # 045
    "Your loyalty card [[ID_NUMBER:6033 8241 7720 9914]] now has 4,120 points, [[PERSON:Paulette]]! Redeem them in any store before the "
    "end of the year.",
    # 046
    "Ship to: [[PERSON:Keoni Akana]], [[ADDRESS:94-1035 Waipahu Street]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]]. "
    "Phone: [[PHONE_NUMBER:808-555-0144]]. Gift message: Happy birthday, Tutu!",
    # 047
    "Beneficiary: [[PERSON:Rhys Llewellyn]], sort code 60-83-71, account [[ID_NUMBER:42905318]], IBAN [[IBAN_CODE:GB90 NWBK 6083 7142 9053 18]], "
    "reference RENT-MAR.",
    # 048
    "Passport renewal for [[PERSON:Zainab Bello]]: current passport [[ID_NUMBER:A08371946]] ([[LOCATION:Nigeria]]) expires soon. "
    "Appointment: [[DATE_TIME:Monday 3 February 2025, 11:00]].",
    # 049
    "Employee [[PERSON:Haruka Inoue]] (ID [[ID_NUMBER:HR-4471]]) has updated her emergency contact to [[PERSON:Kenji Inoue]], "
    "[[PHONE_NUMBER:+61 412 883 907]].",
    # 050 German
    "[[PERSON:Jannik]], bitte überweisen Sie die Kaution bis zum [[DATE_TIME:01.04.2025]] auf [[IBAN_CODE:DE81 4306 0967 7032 9184 00]]. "
    "Ihre Steuer-ID [[ID_NUMBER:47 036 892 816]] liegt uns bereits vor.",
    # 051 French
    "Bonjour [[PERSON:Maëlle]], votre colis sera livré le [[DATE_TIME:jeudi 20 février]] au [[ADDRESS:7 allée des Tilleuls]], [[ZIP_CODE:44300]] "
    "[[LOCATION:Nantes]]. Code d'accès de l'immeuble : 4821B.",
    # 052 Spanish
    "Hola [[PERSON:Ximena]], tu contraseña temporal es Ab!93kLm. Usuario: [[USERNAME:ximena.gallardo]]. Si no solicitaste el cambio, "
    "llama al [[PHONE_NUMBER:+34 655 102 847]].",
    # 053 Italian
    "Gentile [[PERSON:Chiara Esposito]], il suo codice fiscale [[ID_NUMBER:SPSCHR91L62F839E]] risulta associato a una tessera sanitaria "
    "scaduta. La preghiamo di rinnovarla presso l'ASL di [[LOCATION:Napoli]].",
    # 054 Dutch
    "Geachte [[TITLE:heer]] [[PERSON:Jansen]], uw nieuwe rijbewijs met nummer [[ID_NUMBER:5481937260]] ligt klaar bij het gemeentehuis van "
    "[[LOCATION:Utrecht]]. Uw afspraak: [[DATE_TIME:donderdag 6 maart, 14:15 uur]].",
    # 055 Portuguese
    "Olá [[PERSON:Rafael Teixeira]], o seu cartão foi aprovado. Morada de envio: [[ADDRESS:Rua de Santa Catarina, 512, 2.º Esq.]], "
    "[[ZIP_CODE:4000-446]] [[LOCATION:Porto]]. Telemóvel: [[PHONE_NUMBER:+351 912 483 705]].",
    # 056 Polish
    "Szanowna [[TITLE:Pani]] [[PERSON:Agnieszka Zielińska]], prosimy o potwierdzenie numeru PESEL [[ID_NUMBER:92110408463]], rachunku "
    "[[IBAN_CODE:PL35 1140 2004 0000 3502 7664 5913]] oraz adresu e-mail [[EMAIL_ADDRESS:a.zielinska@wp.pl]] przed aktywacją konta.",
    # 057 French registration
    "Objet : Dossier d'inscription\n\n[[TITLE:Madame]] [[PERSON:Amandine Lefèvre]], née le [[DATE_TIME:17/08/1996]], nous avons bien reçu "
    "votre carte d'identité n° [[ID_NUMBER:180875203146]]. Votre identifiant client : [[ID_NUMBER:CL-20749]].",
    # 058 Spanish
    "Estimado [[PERSON:Alejandro Ruiz Cabrera]]: le recordamos que su cita en la oficina de extranjería de [[LOCATION:Sevilla]] es el "
    "[[DATE_TIME:8 de mayo a las 09:40]]. Traiga su pasaporte [[ID_NUMBER:AAK482917]] y su NIE [[ID_NUMBER:X4782193X]].",
    # 059 German parents' evening
    "Betreff: Anmeldung zum Elternabend\n\nHallo [[PERSON:Lukas Brandt]], wir haben Ihre Telefonnummer [[PHONE_NUMBER:+49 171 4829375]] und "
    "die Adresse [[ADDRESS:Gartenweg 17]], [[ZIP_CODE:79098]] [[LOCATION:Freiburg]] gespeichert. Ihre Tochter [[PERSON:Mila]] ist in der Klasse 3b.",
    # 060 gretel employment contract
    "EMPLOYMENT CONTRACT\n\nThis Employment Contract is made on [[DATE_TIME:15 January 2025]] between Harbourview Logistics Pty Ltd "
    "(ABN 51 824 753 556) and [[PERSON:Tamsin Kaye Holloway]] of [[ADDRESS:9 Jacaranda Close]], [[LOCATION:Toowong]] [[LOCATION:QLD]] "
    "[[ZIP_CODE:4066]] (the \"Employee\"). The Employee's Tax File Number is [[ID_NUMBER:871 320 457]] and superannuation member number "
    "[[ID_NUMBER:SM-40918273]].",
    # 061 gretel pharmacy
    "Pharmacy Dispensing Record\nPatient: [[PERSON:Mehmet Yıldız]]  DOB: [[DATE_TIME:03-Mar-1958]]\nNHS No: [[ID_NUMBER:401 023 2714]]\n"
    "Prescriber: [[PERSON:Dr. A. Okonjo]]\nItem: Atorvastatin 20mg tablets x28\nDispensed: [[DATE_TIME:11-Feb-2025]]",
    # 062 gretel bank statement
    "BANK STATEMENT\nAccount Holder: [[PERSON:Yolanda Fitzgerald-Maas]]\nAccount Number: [[ID_NUMBER:7730019284]]\nRouting Number: 021000021\n"
    "Statement Period: 01/01/2025 - 01/31/2025\nMailing Address: [[ADDRESS:118 Edgewater Blvd, Unit 5]], [[LOCATION:Foster City]], "
    "[[LOCATION:CA]] [[ZIP_CODE:94404]]",
    # 063 gretel incident report
    "Incident Report #IR-2291\nReported by: [[TITLE:Sgt.]] [[PERSON:Marcus Webb]], badge [[ID_NUMBER:4471]]\nSubject: [[PERSON:Colton Reyes]], "
    "DOB [[DATE_TIME:06/30/1999]], Oregon DL [[US_DRIVER_LICENSE:7281946]]\nLocation: [[ADDRESS:2250 SE Division St]], [[LOCATION:Portland]]\n"
    "Narrative: Subject was cited for driving with an expired registration.",
    # 064 gretel enrollment
    "Insurance Enrollment Form\nEmployee: [[PERSON:Sunil Thapa]]\nSSN: [[US_SSN:603-18-4927]]\nDependents: [[PERSON:Anju Thapa]] (spouse, DOB "
    "[[DATE_TIME:1987-08-14]]); [[PERSON:Aarohi Thapa]] (daughter, DOB [[DATE_TIME:2016-02-03]])\nCoverage start: [[DATE_TIME:2025-03-01]]\nPlan: PPO Gold",
    # 065 gretel tenant application
    "Tenant Application\nApplicant Name: [[PERSON:Chidinma Okeke]]\nCurrent Address: [[ADDRESS:55 Rideau Terrace, Apt 1104]], [[LOCATION:Ottawa]], "
    "[[LOCATION:ON]] [[ZIP_CODE:K1M 2C3]]\nEmployer: Shopify\nMonthly Income: CAD 6,800\nReference: [[PERSON:Lionel Baptiste]] (previous landlord), "
    "[[PHONE_NUMBER:613-555-0188]]",
    # 066 gretel config note
    "Config note for the deploy pipeline - owner: [[PERSON:Priyamvada Iyer]] ([[EMAIL_ADDRESS:priyamvada.iyer@quantleaf.io]]); service account "
    "key AKIAQ7X2LM49R8TZ3WQP (rotate quarterly); bastion host [[IP_ADDRESS:34.201.118.62]].",
    # 067 gretel court order
    "Court Order - Family Division\nIn the matter of [[PERSON:Lily-Rose Bennett]] (a child, born [[DATE_TIME:4 June 2016]])\nApplicant: "
    "[[PERSON:Joanne Bennett]]\nRespondent: [[PERSON:Craig Bennett]]\nThe Respondent shall have contact every other weekend, collecting the "
    "child from [[ADDRESS:31 Meadowsweet Way]], [[LOCATION:Swindon]] [[ZIP_CODE:SN25 4FJ]].",
    # 068 gretel prior auth
    "Prior Authorization Request\nMember Name: [[PERSON:Evelyn Duarte]]\nMember ID: [[ID_NUMBER:W271849305]]\nGroup #: 00418\n"
    "DOB: [[DATE_TIME:11/05/1962]]\nRequesting Provider: [[PERSON:Dr. Malik Haddad]], NPI [[ID_NUMBER:1487362950]]\nService: MRI lumbar spine",
    # 069 gretel W-9
    "W-9 summary: Name [[PERSON:Gabriel Okonkwo]]; Business name: Okonkwo Design LLC; TIN [[US_SSN:548-20-7139]]; Address "
    "[[ADDRESS:400 Peachtree St NE, Ste 1720]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30308]].",
    # 070 gretel transcript request
    "Student Transcript Request\nName: [[PERSON:Saoirse Brennan]]\nStudent No.: [[ID_NUMBER:19384726]]\nDate of Birth: [[DATE_TIME:21/01/2001]]\n"
    "Send to: [[EMAIL_ADDRESS:saoirse.brennan@ucdconnect.ie]]\nPurpose: Graduate admission",
    # 071 gretel power of attorney
    "Power of Attorney\nI, [[PERSON:Rosalind Mbeki-Jones]], of [[ADDRESS:8 Kloof Street]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]] "
    "[[ZIP_CODE:8001]], identity number [[ID_NUMBER:6502184012085]], appoint my son [[PERSON:Themba Jones]] as my attorney. "
    "Signed on [[DATE_TIME:12 March 2025]].",
    # 072 gretel vaccination
    "Vaccination Record\nChild: [[PERSON:Amara Nwachukwu]] | DOB [[DATE_TIME:2023-09-17]] | Sex F\nMMR dose 1: [[DATE_TIME:2024-09-20]]\n"
    "Clinic: Sunnyside Family Health, [[LOCATION:Pretoria]]",
    # 073 gretel wire transfer
    "Wire Transfer Request\nOriginator: [[PERSON:Hamza Raza]], account [[ID_NUMBER:0104827361]]\nBeneficiary: [[PERSON:Sana Raza]]\n"
    "Beneficiary IBAN: [[IBAN_CODE:PK95 HABB 0012 8473 0061 9254]]\nSWIFT: HABBPKKA\nAmount: USD 2,500\nPurpose: family support",
    # 074 Nemotron CSV
    "customer_id,full_name,dob,phone,email,state\n[[ID_NUMBER:C-771204]],[[PERSON:Marisol Quintero]],[[DATE_TIME:1979-05-30]],"
    "[[PHONE_NUMBER:+1-915-555-0127]],[[EMAIL_ADDRESS:mquintero79@aol.com]],[[LOCATION:TX]]",
    # 075 Nemotron XML
    "<patient><mrn>[[ID_NUMBER:MRN448193]]</mrn><name>[[PERSON:Oksana Hrytsenko]]</name><dob>[[DATE_TIME:1991-07-12]]</dob>"
    "<blood_type>A-</blood_type><insurer_id>[[ID_NUMBER:BCX90021847]]</insurer_id></patient>",
    # 076 Nemotron YAML
    "user:\n  username: [[USERNAME:kwame_asante]]\n  email: [[EMAIL_ADDRESS:kwame.asante@protonmail.com]]\n  last_login: "
    "[[DATE_TIME:2025-02-27T19:44:08Z]]\n  last_ip: [[IP_ADDRESS:41.203.18.94]]\n  api_token: ghp_7Kx2LqN9rT4vW8yZ1mB3",
    # 077 Nemotron SQL
    "INSERT INTO employees (row_id, name, ssn, hire_date, salary) VALUES (4471, '[[PERSON:Bernard Oyelaran]]', '[[US_SSN:274-61-9038]]', "
    "'[[DATE_TIME:2021-08-16]]', 78500);",
    # 078 Nemotron email
    "From: [[EMAIL_ADDRESS:dana.whitaker@gmail.com]]\nTo: hr@brightlane.com\nSubject: Accommodation request\n\nHello, I'm [[PERSON:Dana Whitaker]] "
    "(employee [[ID_NUMBER:BL-20915]]). As an observant [[NRP:Jewish]] employee I'd like to request leave on [[DATE_TIME:April 13]] and "
    "[[DATE_TIME:April 14]] for Passover.",
    # 079 Nemotron credentialing
    "Provider Credentialing\nName: [[PERSON:Dr. Olufemi Adeyinka]]\nState License: [[ID_NUMBER:MD-0421873]] ([[LOCATION:Maryland]])\n"
    "DEA: [[ID_NUMBER:BA4827169]]\nFax: [[PHONE_NUMBER:(410) 555-0199]]\nPractice address: [[ADDRESS:600 N Wolfe St]], [[LOCATION:Baltimore]], "
    "[[LOCATION:MD]] [[ZIP_CODE:21287]]",
    # 080 Nemotron survey
    "Voter survey response #2291: respondent [[PERSON:Graham Tolliver]], [[AGE:49]], party affiliation [[NRP:Democrat]], religion "
    "[[NRP:Methodist]], zip [[ZIP_CODE:40502]], education: some college.",
    # 081 Nemotron parking
    "Parking violation: plate [[ID_NUMBER:8XKR412]] ([[LOCATION:CA]]), registered owner [[PERSON:Naveen Subramaniam]], "
    "[[ADDRESS:1450 Alameda de las Pulgas]], [[LOCATION:Redwood City]], [[LOCATION:CA]]. Fine: $95, due within 21 days.",
    # 082 Nemotron access control
    "Access control enrolment - staff [[ID_NUMBER:SG-7710]], [[PERSON:Lim Jun Hao]], NRIC [[ID_NUMBER:T0281957G]], fingerprint template "
    "FPT-9A77C2 enrolled on [[DATE_TIME:3 Jan 2025]], card UID 04:A2:19:7C.",
    # 083 Nemotron HTTP
    "GET /account/settings HTTP/1.1\nHost: app.fernleaf.com\nCookie: session=eyJ1aWQiOjQ0NzF9.ZxT2; theme=dark\n"
    "X-Forwarded-For: [[IP_ADDRESS:105.112.44.208]]\nX-User-Email: [[EMAIL_ADDRESS:ngozi.obi@gmail.com]]",
    # 084 Nemotron learner profile
    "Learner profile: [[PERSON:Tashi Dorji]], [[AGE:19]], bachelor's (in progress), enrolled [[DATE_TIME:August 2023]], learner number "
    "[[ID_NUMBER:LN-20931847]], originally from [[LOCATION:Thimphu]], now living in [[LOCATION:Brisbane]].",
    # 085 Nemotron claim JSON
    "{\"claim_id\": \"CLM-558201\", \"policyholder\": {\"name\": \"[[PERSON:Ravi Shankar Pillai]]\", \"dob\": \"[[DATE_TIME:14/04/1970]]\", "
    "\"phone\": \"[[PHONE_NUMBER:+91 94470 38215]]\", \"address\": \"[[ADDRESS:TC 15/1123]], [[LOCATION:Vazhuthacaud]], "
    "[[LOCATION:Thiruvananthapuram]] [[ZIP_CODE:695014]]\"}, \"amount_inr\": 48200}",
    # 086 Nemotron KYC
    "KYC Review - Client: [[PERSON:Tendai Moyo]]; DOB: [[DATE_TIME:22 Oct 1984]]; Nationality: [[NRP:Zimbabwean]]; Passport: [[ID_NUMBER:FN482716]]; "
    "Account: [[ID_NUMBER:62048173950]]; SWIFT: FIRNZAJJ; Risk rating: medium.",
    # 087 Nemotron HR letter
    "Dear [[PERSON:Mr. Pieter van der Merwe]], further to our meeting on [[DATE_TIME:27 February 2025]], your employment will end on "
    "[[DATE_TIME:31 March 2025]]. Your final payslip will be sent to [[EMAIL_ADDRESS:pvdmerwe@mweb.co.za]].",
    # 088 Nemotron telehealth
    "Telehealth session: patient [[PERSON:Hina Matsumoto]] (MRN [[ID_NUMBER:7728190]]) joined at [[DATE_TIME:2025-03-04 16:02]] from "
    "[[IP_ADDRESS:2a02:c7c:5e41:8800:d14b:22ff:fe9a:1c07]]; clinician [[PERSON:Dr. Sean Abara]].",
    # 089 Nemotron UK form
    "Name: [[PERSON:Bethany Coulson]]\nNational Insurance No: [[ID_NUMBER:NP 73 18 45 C]]\nDate of birth: [[DATE_TIME:8th August 1992]]\n"
    "Postcode: [[ZIP_CODE:LS6 2QF]]\nHousehold size: 3",
    # 090 Nemotron credit application
    "Credit application - [[PERSON:Marie-Ève Gagnon]], SIN [[ID_NUMBER:728 194 606]], DOB [[DATE_TIME:1988-12-03]], "
    "[[ADDRESS:2150 boulevard René-Lévesque Ouest, app. 908]], [[LOCATION:Montréal]] [[LOCATION:QC]] [[ZIP_CODE:H3H 1R6]]; "
    "employer: Desjardins; annual income $71,000.",
]

TABLE = [
    # 001 CSV HR roster (US)
    "emp_id,name,dept,hire_date,work_email,ext\n"
    "[[ID_NUMBER:E1042]],[[PERSON:Sofia Marchetti]],Marketing,[[DATE_TIME:2019-03-11]],[[EMAIL_ADDRESS:smarchetti@corvel.io]],2214\n"
    "[[ID_NUMBER:E1107]],[[PERSON:Darnell Hughes]],Sales,[[DATE_TIME:2020-11-02]],[[EMAIL_ADDRESS:dhughes@corvel.io]],2230\n"
    "[[ID_NUMBER:E1188]],[[PERSON:Mei-Ling Cho]],Engineering,[[DATE_TIME:2022-06-27]],[[EMAIL_ADDRESS:mcho@corvel.io]],2301\n"
    "[[ID_NUMBER:E1203]],[[PERSON:Patrick Ferreira]],Finance,[[DATE_TIME:2023-01-09]],[[EMAIL_ADDRESS:pferreira@corvel.io]],2117",
    # 002 Markdown clinic list (UK)
    "| Time | Patient | NHS No. | DOB | Clinician |\n|---|---|---|---|---|\n"
    "| 09:00 | [[PERSON:Ruth Adebayo]] | [[ID_NUMBER:310 582 7463]] | [[DATE_TIME:14/02/1961]] | [[PERSON:Dr Patel]] |\n"
    "| 09:20 | [[PERSON:Graham Whitty]] | [[ID_NUMBER:529 174 0388]] | [[DATE_TIME:30/09/1947]] | [[PERSON:Dr Patel]] |\n"
    "| 09:40 | [[PERSON:Kasia Nowak]] | [[ID_NUMBER:804 216 3576]] | [[DATE_TIME:02/07/1989]] | [[PERSON:Dr Osei]] |\n"
    "| 10:00 | [[PERSON:Imran Chaudhry]] | [[ID_NUMBER:662 093 5184]] | [[DATE_TIME:19/12/1975]] | [[PERSON:Dr Osei]] |",
    # 003 TSV exam results (India)
    "Enrolment No\tStudent Name\tFather's Name\tMarks (/500)\tResult\n"
    "[[ID_NUMBER:2304117]]\t[[PERSON:Sneha Kulkarni]]\t[[PERSON:Prakash Kulkarni]]\t452\tPass\n"
    "[[ID_NUMBER:2304118]]\t[[PERSON:Mohammed Faiz Ansari]]\t[[PERSON:Iqbal Ansari]]\t389\tPass\n"
    "[[ID_NUMBER:2304121]]\t[[PERSON:Divya Nair]]\t[[PERSON:Suresh Nair]]\t471\tPass\n"
    "[[ID_NUMBER:2304125]]\t[[PERSON:Gurleen Dhillon]]\t[[PERSON:Manjit Singh Dhillon]]\t198\tCompartment",
    # 004 JSON lines gym members (Singapore)
    "{\"member\": \"[[ID_NUMBER:FT-20931]]\", \"name\": \"[[PERSON:Ong Mei Xuan]]\", \"mobile\": \"[[PHONE_NUMBER:+65 9128 4471]]\", \"plan\": \"Annual\", \"status\": \"active\"}\n"
    "{\"member\": \"[[ID_NUMBER:FT-20944]]\", \"name\": \"[[PERSON:Arvind Menon]]\", \"mobile\": \"[[PHONE_NUMBER:+65 8337 2906]]\", \"plan\": \"Monthly\", \"status\": \"frozen\"}\n"
    "{\"member\": \"[[ID_NUMBER:FT-20958]]\", \"name\": \"[[PERSON:Nurul Aisyah binte Kamal]]\", \"mobile\": \"[[PHONE_NUMBER:+65 9742 0158]]\", \"plan\": \"Student\", \"status\": \"active\"}",
    # 005 fixed-width payroll (Kenya)
    "NAME                    ID NO.     KRA PIN        NET PAY (KES)\n"
    "[[PERSON:Kiprono Langat]]          [[ID_NUMBER:27481903]]   [[ID_NUMBER:A005918273Q]]    84,210.00\n"
    "[[PERSON:Mercy Wambui Njoroge]]    [[ID_NUMBER:30918274]]   [[ID_NUMBER:A011827346M]]    61,775.50\n"
    "[[PERSON:Hassan Abdi Farah]]       [[ID_NUMBER:25570184]]   [[ID_NUMBER:A003772918B]]   102,400.00",
    # 006 pipe table rentals (Australia)
    "Property | Tenant | Mobile | Weekly rent | Arrears\n"
    "[[ADDRESS:4/18 Ocean Pde]], [[LOCATION:Coogee]] | [[PERSON:Hamish Gallagher]] | [[PHONE_NUMBER:0412 558 301]] | $720 | No\n"
    "[[ADDRESS:22 Kurrajong Ave]], [[LOCATION:Leichhardt]] | [[PERSON:Thi Hoa Pham]] | [[PHONE_NUMBER:0433 901 274]] | $650 | Yes\n"
    "[[ADDRESS:9 Banksia Cl]], [[LOCATION:Penrith]] | [[PERSON:Jarrah Williams]] | [[PHONE_NUMBER:0401 226 849]] | $530 | No",
    # 007 CSV volunteers (Canada)
    "First,Last,City,Province,Postal,Phone,Shifts\n"
    "[[PERSON:Gurpreet]],[[PERSON:Sidhu]],[[LOCATION:Brampton]],[[LOCATION:ON]],[[ZIP_CODE:L6P 2R4]],[[PHONE_NUMBER:905-555-0163]],4\n"
    "[[PERSON:Chantal]],[[PERSON:Tremblay]],[[LOCATION:Sherbrooke]],[[LOCATION:QC]],[[ZIP_CODE:J1H 5N3]],[[PHONE_NUMBER:819-555-0107]],2\n"
    "[[PERSON:Oluwadamilare]],[[PERSON:Ajayi]],[[LOCATION:Winnipeg]],[[LOCATION:MB]],[[ZIP_CODE:R3T 2N2]],[[PHONE_NUMBER:204-555-0148]],6\n"
    "[[PERSON:Ayaan]],[[PERSON:Kassam]],[[LOCATION:Calgary]],[[LOCATION:AB]],[[ZIP_CODE:T2N 1N4]],[[PHONE_NUMBER:403-555-0119]],3",
    # 008 HTML rows (US insurance)
    "<table><tr><th>Insured</th><th>Member ID</th><th>DOB</th><th>Plan</th></tr>\n"
    "<tr><td>[[PERSON:Rosa Delgado-Ibarra]]</td><td>[[ID_NUMBER:XKH482019374]]</td><td>[[DATE_TIME:05/19/1970]]</td><td>HMO Silver</td></tr>\n"
    "<tr><td>[[PERSON:Curtis Lamb]]</td><td>[[ID_NUMBER:XKH482019552]]</td><td>[[DATE_TIME:10/02/1958]]</td><td>PPO Gold</td></tr>\n"
    "<tr><td>[[PERSON:Tamika Rhodes]]</td><td>[[ID_NUMBER:XKH482020017]]</td><td>[[DATE_TIME:01/23/1994]]</td><td>HMO Bronze</td></tr></table>",
    # 009 ASCII box (Philippines)
    "+----------------------------+----------------+---------------+----------+\n"
    "| Employee                   | SSS No.        | TIN           | Branch   |\n"
    "+----------------------------+----------------+---------------+----------+\n"
    "| [[PERSON:Reyes, Angelica M.]]        | [[ID_NUMBER:34-2817465-9]]   | [[ID_NUMBER:418-227-906-000]] | [[LOCATION:Makati]]   |\n"
    "| [[PERSON:Bautista, Ramon Jr.]]       | [[ID_NUMBER:33-9014728-1]]   | [[ID_NUMBER:302-514-877-000]] | [[LOCATION:Cebu]]     |\n"
    "| [[PERSON:Lim, Katherine Joy]]        | [[ID_NUMBER:02-1183046-4]]   | [[ID_NUMBER:227-908-413-000]] | [[LOCATION:Davao]]    |\n"
    "+----------------------------+----------------+---------------+----------+",
    # 010 German semicolon CSV
    "Name;Geburtsdatum;Wohnort;IBAN;Abteilung\n"
    "[[PERSON:Jonas Weber]];[[DATE_TIME:12.05.1987]];[[LOCATION:Köln]];[[IBAN_CODE:DE52 1002 0500 0003 7811 54]];Vertrieb\n"
    "[[PERSON:Leonie Schmitt]];[[DATE_TIME:03.11.1992]];[[LOCATION:Bonn]];[[IBAN_CODE:DE49 7015 0000 0091 8263 74]];Einkauf\n"
    "[[PERSON:Mehmet Aydın]];[[DATE_TIME:27.08.1979]];[[LOCATION:Düsseldorf]];[[IBAN_CODE:DE61 2005 0550 1284 7360 95]];Lager",
    # 011 French pipe table
    "Nom | Prénom | Date de naissance | Ville | Téléphone | Statut\n"
    "[[PERSON:Girard]] | [[PERSON:Camille]] | [[DATE_TIME:04/06/1990]] | [[LOCATION:Toulouse]] | [[PHONE_NUMBER:06 12 48 73 90]] | inscrite\n"
    "[[PERSON:Benali]] | [[PERSON:Yacine]] | [[DATE_TIME:21/10/1985]] | [[LOCATION:Marseille]] | [[PHONE_NUMBER:07 81 22 46 15]] | en attente\n"
    "[[PERSON:Lambert]] | [[PERSON:Hugo]] | [[DATE_TIME:15/01/2001]] | [[LOCATION:Rennes]] | [[PHONE_NUMBER:06 73 05 18 64]] | inscrit",
    # 012 Spanish TSV
    "Nombre\tDNI\tEdad\tProvincia\tCuota\n"
    "[[PERSON:Lucía Fernández Gil]]\t[[ID_NUMBER:03917264L]]\t[[AGE:34]]\t[[LOCATION:Toledo]]\t45 €\n"
    "[[PERSON:Andrés Molina Paredes]]\t[[ID_NUMBER:71540382D]]\t[[AGE:52]]\t[[LOCATION:Asturias]]\t45 €\n"
    "[[PERSON:Nerea Etxeberria]]\t[[ID_NUMBER:26483019Z]]\t[[AGE:27]]\t[[LOCATION:Gipuzkoa]]\t30 €",
    # 013 Markdown fraud review (US)
    "| Case | Cardholder | Card number | Amount | Decision |\n|---|---|---|---|---|\n"
    "| FR-1182 | [[PERSON:Melissa Ortega]] | [[CREDIT_CARD:4539 0182 7364 5188]] | $2,410.00 | refund |\n"
    "| FR-1183 | [[PERSON:Trevor Banks]] | [[CREDIT_CARD:5220 1496 3308 2175]] | $89.99 | decline |\n"
    "| FR-1190 | [[PERSON:Nkechi Umeh]] | [[CREDIT_CARD:6011 4482 7391 0567]] | $640.15 | refund |\n"
    "| FR-1194 | [[PERSON:Yusuf Demir]] | [[CREDIT_CARD:3766 104829 37150]] | $1,005.00 | escalate |",
    # 014 CSV delegates (Nigeria)
    "s/n,full_name,nationality,state_of_origin,phone,email\n"
    "1,[[PERSON:Aisha Bello Yusuf]],[[NRP:Nigerian]],[[LOCATION:Kaduna]],[[PHONE_NUMBER:0806 114 2937]],[[EMAIL_ADDRESS:aishabyusuf@gmail.com]]\n"
    "2,[[PERSON:Chinedu Okafor]],[[NRP:Nigerian]],[[LOCATION:Anambra]],[[PHONE_NUMBER:0813 770 4182]],[[EMAIL_ADDRESS:chinedu.okafor@yahoo.com]]\n"
    "3,[[PERSON:Kwabena Asare]],[[NRP:Ghanaian]],-,[[PHONE_NUMBER:+233 20 771 3046]],[[EMAIL_ADDRESS:kasare@outlook.com]]\n"
    "4,[[PERSON:Tolulope Adeyemi]],[[NRP:Nigerian]],[[LOCATION:Ogun]],[[PHONE_NUMBER:0902 448 1175]],[[EMAIL_ADDRESS:tolu.adeyemi@gmail.com]]",
    # 015 club members (Ireland)
    "Member No | Name | Age | Phone | Eircode | Team\n"
    "[[ID_NUMBER:GAA-0412]] | [[PERSON:Cian Murphy]] | [[AGE:16]] | [[PHONE_NUMBER:087 214 9036]] | [[ZIP_CODE:T12 X5F8]] | Minor\n"
    "[[ID_NUMBER:GAA-0419]] | [[PERSON:Róisín Walsh]] | [[AGE:15]] | [[PHONE_NUMBER:086 330 7142]] | [[ZIP_CODE:T23 KD71]] | Minor\n"
    "[[ID_NUMBER:GAA-0433]] | [[PERSON:Eoin Fitzpatrick]] | [[AGE:24]] | [[PHONE_NUMBER:085 771 2904]] | [[ZIP_CODE:T12 R2C6]] | Senior",
    # 016 fleet (NZ)
    "Plate    Driver               Licence no.   Depot        Last service\n"
    "[[ID_NUMBER:NKT482]]   [[PERSON:Wiremu Tane]]          [[ID_NUMBER:DJ418273]]      [[LOCATION:Hamilton]]     2024-11-30\n"
    "[[ID_NUMBER:PLQ917]]   [[PERSON:Sarah-Jane McKay]]     [[ID_NUMBER:EK902716]]      [[LOCATION:Tauranga]]     2025-01-14\n"
    "[[ID_NUMBER:MZB204]]   [[PERSON:Sione Latu]]           [[ID_NUMBER:CB557382]]      [[LOCATION:Hamilton]]     2024-12-08",
    # 017 South Africa learners
    "Learner,ID number,Gender,Grade,Guardian cell\n"
    "[[PERSON:Lwazi Khumalo]],[[ID_NUMBER:0209055806084]],M,11,[[PHONE_NUMBER:072 418 3390]]\n"
    "[[PERSON:Anika Botha]],[[ID_NUMBER:0805120193083]],F,5,[[PHONE_NUMBER:083 227 9014]]\n"
    "[[PERSON:Naledi Sithole]],[[ID_NUMBER:0411290388080]],F,9,[[PHONE_NUMBER:061 904 5572]]",
    # 018 Pakistan beneficiaries
    "Sr | Beneficiary | CNIC | Mobile | City | Amount (PKR)\n"
    "1 | [[PERSON:Shazia Parveen]] | [[ID_NUMBER:42101-4471829-4]] | [[PHONE_NUMBER:0300-2184736]] | [[LOCATION:Karachi]] | 12,000\n"
    "2 | [[PERSON:Ghulam Rasool]] | [[ID_NUMBER:33100-9182736-5]] | [[PHONE_NUMBER:0345-7719024]] | [[LOCATION:Faisalabad]] | 12,000\n"
    "3 | [[PERSON:Naseem Akhtar]] | [[ID_NUMBER:17301-2047718-2]] | [[PHONE_NUMBER:0312-9054413]] | [[LOCATION:Peshawar]] | 8,500",
    # 019 Bangladesh microfinance
    "Loan ID\tBorrower\tNID\tUpazila\tMobile\tInstalment\n"
    "LN-7781\t[[PERSON:Shahnaz Parvin]]\t[[ID_NUMBER:1992271904418]]\t[[LOCATION:Savar]]\t[[PHONE_NUMBER:01819-447203]]\t1,250\n"
    "LN-7782\t[[PERSON:Md. Jahangir Alam]]\t[[ID_NUMBER:8714402953]]\t[[LOCATION:Dhamrai]]\t[[PHONE_NUMBER:01552-308816]]\t2,000\n"
    "LN-7790\t[[PERSON:Kohinoor Begum]]\t[[ID_NUMBER:5524018837]]\t[[LOCATION:Keraniganj]]\t[[PHONE_NUMBER:01977-120594]]\t1,250",
    # 020 Sri Lanka voters
    "No. | Name | NIC | District | Polling station\n"
    "1 | [[PERSON:W. A. Dilani Fernando]] | [[ID_NUMBER:897450128V]] | [[LOCATION:Gampaha]] | Station 14\n"
    "2 | [[PERSON:S. Tharshan]] | [[ID_NUMBER:199326004417]] | [[LOCATION:Jaffna]] | Station 3\n"
    "3 | [[PERSON:M. H. Fathima Rifka]] | [[ID_NUMBER:200071602288]] | [[LOCATION:Batticaloa]] | Station 9",
    # 021 Jamaica and Barbados customers
    "Customer,TRN/NRN,Parish,Phone,Balance\n"
    "[[PERSON:Shauna-Kay Brown]],[[ID_NUMBER:107-448-219]],[[LOCATION:St. Catherine]],[[PHONE_NUMBER:(876) 412-7730]],JMD 18,400\n"
    "[[PERSON:Delroy Campbell]],[[ID_NUMBER:114-902-376]],[[LOCATION:Manchester]],[[PHONE_NUMBER:(876) 603-2291]],JMD 0\n"
    "[[PERSON:Renée Holder]],[[ID_NUMBER:910611-0274]],[[LOCATION:Christ Church]],[[PHONE_NUMBER:(246) 428-5516]],BBD 1,120",
    # 022 Hong Kong residents
    "Flat  | Resident           | HKID        | Mobile          | Parking\n"
    "12A   | [[PERSON:Chow Siu Fung]]      | [[ID_NUMBER:A418273(4)]]  | [[PHONE_NUMBER:9318 2274]]       | Yes\n"
    "12B   | [[PERSON:Ho Wing Sze Vanessa]] | [[ID_NUMBER:D902617(8)]]  | [[PHONE_NUMBER:6027 4419]]       | No\n"
    "15C   | [[PERSON:Kwok Chi Keung]]     | [[ID_NUMBER:P275390(5)]]  | [[PHONE_NUMBER:9466 0381]]       | Yes",
    # 023 IT assets (US)
    "hostname,assigned_to,username,ip,mac,os\n"
    "LT-0412,[[PERSON:Bryce Holloway]],[[USERNAME:bholloway]],[[IP_ADDRESS:10.20.4.112]],A4:5E:60:D2:1B:09,Windows 11\n"
    "LT-0415,[[PERSON:Guadalupe Soto]],[[USERNAME:gsoto]],[[IP_ADDRESS:10.20.4.118]],A4:5E:60:D2:1C:7F,macOS 14\n"
    "LT-0421,[[PERSON:Vikram Raghavan]],[[USERNAME:vraghavan]],[[IP_ADDRESS:10.20.5.7]],F0:18:98:4A:22:E1,Ubuntu 22.04",
    # 024 UK payees
    "Payee               Sort code   Account no.   Reference\n"
    "[[PERSON:Hollie Sutcliffe]]     20-45-77    [[ID_NUMBER:73019284]]      DEPOSIT RTN\n"
    "[[PERSON:Ahmed Farouk]]         40-11-62    [[ID_NUMBER:51847302]]      OCT EXPENSES\n"
    "[[PERSON:Bronwen Pritchard]]    30-96-21    [[ID_NUMBER:02294817]]      CHILDCARE",
    # 025 refunds with IBANs (EU)
    "Refund batch 2025-07\n\nCustomer | IBAN | Amount\n"
    "[[PERSON:Maarten Claes]] | [[IBAN_CODE:BE72 0018 3746 2916]] | €120.00\n"
    "[[PERSON:Federica Gallo]] | [[IBAN_CODE:IT68 P050 3411 7010 0000 0184 726]] | €89.50\n"
    "[[PERSON:Pablo Serrano]] | [[IBAN_CODE:ES43 0081 0216 7300 0741 8293]] | €240.00\n"
    "[[PERSON:Léa Dubois]] | [[IBAN_CODE:FR76 1027 8060 4100 0218 7491 571]] | €35.90\n"
    "[[PERSON:Femke Visser]] | [[IBAN_CODE:NL54 INGB 0861 3572 05]] | €62.00",
    # 026 patients (US)
    "MRN       PATIENT                AGE  SEX  PAYER        MEMBER ID\n"
    "[[ID_NUMBER:00912847]]  [[PERSON:Harlan Pierce]]          [[AGE:81]]   M    Medicare     [[ID_NUMBER:1EG4-TE5-MK72]]\n"
    "[[ID_NUMBER:00913302]]  [[PERSON:Jasmine Oyelowo]]        [[AGE:29]]   F    Aetna        [[ID_NUMBER:W184729305]]\n"
    "[[ID_NUMBER:00914478]]  [[PERSON:Consuelo Ybarra]]        [[AGE:67]]   F    Medicaid     [[ID_NUMBER:TX0048217765]]",
    # 027 SACCO members (Uganda/Tanzania)
    "Member | Names | Phone | National ID | Country | Shares\n"
    "[[ID_NUMBER:SAC-118]] | [[PERSON:Mugisha Ronald]] | [[PHONE_NUMBER:+256 782 440 193]] | [[ID_NUMBER:CM88021047PKXA]] | [[LOCATION:Uganda]] | 40\n"
    "[[ID_NUMBER:SAC-121]] | [[PERSON:Atuhaire Doreen]] | [[PHONE_NUMBER:+256 704 118 562]] | [[ID_NUMBER:CF95011293HLMD]] | [[LOCATION:Uganda]] | 25\n"
    "[[ID_NUMBER:SAC-130]] | [[PERSON:Neema Mollel]] | [[PHONE_NUMBER:+255 713 904 288]] | [[ID_NUMBER:19910305-23114-00002-17]] | [[LOCATION:Tanzania]] | 15",
    # 028 conference speakers
    "speaker | affiliation | country | handle | homepage\n"
    "[[PERSON:Dr. Nomsa Dube]] | Univ. of the Witwatersrand | [[LOCATION:South Africa]] | @[[USERNAME:nomsadube_ml]] | [[URL:https://nomsadube.github.io]]\n"
    "[[PERSON:Jakub Nowicki]] | Allegro | [[LOCATION:Poland]] | @[[USERNAME:jnowicki]] | [[URL:https://jakubnowicki.dev]]\n"
    "[[PERSON:Aditi Rao]] | IISc Bengaluru | [[LOCATION:India]] | @[[USERNAME:aditirao_nlp]] | [[URL:https://aditirao.in/about]]",
    # 029 delivery manifest (Singapore)
    "Stop\tRecipient\tAddress\tPostal\tContact\tParcels\n"
    "1\t[[PERSON:Goh Siew Lan]]\t[[ADDRESS:Blk 221 Bishan St 22, #05-171]]\t[[ZIP_CODE:570221]]\t[[PHONE_NUMBER:9627 1834]]\t2\n"
    "2\t[[PERSON:Pravin Naidu]]\t[[ADDRESS:8 Sunset Drive]]\t[[ZIP_CODE:597412]]\t[[PHONE_NUMBER:8104 7729]]\t1\n"
    "3\t[[PERSON:Siti Nurhaliza bte Osman]]\t[[ADDRESS:Blk 5 Tanjong Pagar Plaza, #11-20]]\t[[ZIP_CODE:081005]]\t[[PHONE_NUMBER:9338 6015]]\t3",
    # 030 key/value grid (Australia) with ages and Medicare
    "Name               | Age | Suburb        | State | Medicare no.    | Allergies\n"
    "[[PERSON:Olivia Tran]]        | [[AGE:8]]   | [[LOCATION:Cabramatta]]    | [[LOCATION:NSW]]   | [[ID_NUMBER:4178 20930 1]]    | peanuts\n"
    "[[PERSON:Lachlan O'Brien]]    | [[AGE:9]]   | [[LOCATION:Brunswick]]     | [[LOCATION:VIC]]   | [[ID_NUMBER:5104 68271 3]]    | none\n"
    "[[PERSON:Ngaire Thompson]]    | [[AGE:8]]   | [[LOCATION:Fremantle]]     | [[LOCATION:WA]]    | [[ID_NUMBER:3661 92043 2]]    | penicillin",
]

CHAT = [
    # 001 family WhatsApp (Nigeria)
    "08:14 - [[PERSON:Tunde]]: morning all, abeg who has aunty [[PERSON:Folake]]'s new number?\n"
    "08:16 - [[PERSON:Bisi]]: yes o, it's [[PHONE_NUMBER:0809 552 3417]]\n"
    "08:17 - [[PERSON:Tunde]]: thanks. and her address for the invitation card?\n"
    "08:21 - [[PERSON:Bisi]]: [[ADDRESS:22 Bode Thomas Street]], [[LOCATION:Surulere]]. she moved there in [[DATE_TIME:January]]\n"
    "08:22 - [[PERSON:Tunde]]: 👍🏾 will send it with [[PERSON:Kunle]]'s own",
    # 002 SMS thread (US)
    "Mom: hey sweetie did u get the forms from [[TITLE:dr.]] [[PERSON:hall]]'s office?\n"
    "Me: not yet, they said they'd email them to [[EMAIL_ADDRESS:kayla.b.rivers@gmail.com]]\n"
    "Mom: ok. ur appt is [[DATE_TIME:thurs the 20th at 2:45]] dont forget the insurance card\n"
    "Me: k. member id is [[ID_NUMBER:ZGP771029384]] right?\n"
    "Mom: yes. love u [[PERSON:kay]] ❤️",
    # 003 telecom support transcript (Wales)
    "Agent ([[PERSON:Priya]]): Thanks for holding. Can I take your full name and postcode, please?\n"
    "Customer: It's [[PERSON:Gareth Evans]], [[ZIP_CODE:CF14 3UZ]].\n"
    "Agent ([[PERSON:Priya]]): And the first line of the address?\n"
    "Customer: [[ADDRESS:17 Heol Hir]].\n"
    "Agent ([[PERSON:Priya]]): Lovely, thanks [[PERSON:Gareth]]. For security, what's your date of birth?\n"
    "Customer: [[DATE_TIME:9th of May 1976]].\n"
    "Agent ([[PERSON:Priya]]): Perfect. I can see the broadband fault logged last week - an engineer is booked for "
    "[[DATE_TIME:Friday 14 March between 8 and 1]].",
    # 004 forum post (Australia)
    "Posted by u/[[USERNAME:brisbane_battler]] - r/AusLegal\n\n"
    "Landlord keeps entering without notice - what are my rights?\n\n"
    "We rent a unit at [[ADDRESS:3/61 Dornoch Tce]], [[LOCATION:Highgate Hill]] and the owner, [[PERSON:Craig]], has let himself in twice "
    "this month. My partner [[PERSON:Mel]] was home alone the second time. We signed the lease on [[DATE_TIME:1 July 2024]]. "
    "Do we go to the RTA first or straight to QCAT? (throwaway because he knows my main account)",
    # 005 bank chatbot (India)
    "You: I want to block my debit card, it was stolen at the station\n"
    "Bot: Sorry to hear that. Please share the card number.\n"
    "You: [[CREDIT_CARD:4556 7302 1984 5601]]\n"
    "Bot: Thank you. For verification, please enter your registered mobile number.\n"
    "You: [[PHONE_NUMBER:98203 41176]]\n"
    "Bot: Your card has been blocked. A replacement will be sent to your address in [[LOCATION:Thane]] within 7 working days. "
    "Is there anything else, [[PERSON:Mr. Deshpande]]?",
    # 006 Discord
    "[[USERNAME:v0idwalker]]: yo who's hosting the lan on saturday\n"
    "[[USERNAME:peachyqueen_]]: me!! [[ADDRESS:4410 Alder Ave]] in [[LOCATION:Tacoma]], bring ur own chair lol\n"
    "[[USERNAME:v0idwalker]]: bet. can [[PERSON:marcus]] come? he's [[AGE:15]] tho\n"
    "[[USERNAME:peachyqueen_]]: ya my mom said its fine, just have his mom text her at [[PHONE_NUMBER:253-555-0138]]\n"
    "[[USERNAME:grimm.ttv]]: im streaming it on [[URL:twitch.tv/grimm_ttv]] btw",
    # 007 rider SMS (Philippines)
    "Hi po ma'am [[PERSON:Jocelyn]], this is [[PERSON:Mark]], your rider for order 5821-LZ. I'm outside the gate of "
    "[[ADDRESS:Block 7 Lot 22 Sampaguita Street]], [[LOCATION:BF Homes]], [[LOCATION:Parañaque]]. Cash on delivery po, P1,480. "
    "If I can't find the house I'll call [[PHONE_NUMBER:0918 447 2016]]. Salamat po!",
    # 008 Spanish WhatsApp
    "[[PERSON:Carmen]]: oye, ¿me pasas el número de [[PERSON:Rocío]]? Le quiero mandar lo del cumple\n"
    "[[PERSON:Inés]]: claro, es el [[PHONE_NUMBER:644 28 91 37]]\n"
    "[[PERSON:Carmen]]: gracias guapa. ¿Y sigue viviendo en [[ADDRESS:Calle Alfarería 12]]?\n"
    "[[PERSON:Inés]]: no, se mudó a [[LOCATION:Triana]] en [[DATE_TIME:octubre]]. el cumple es el [[DATE_TIME:sábado 22]] por la noche",
    # 009 IT support chat (Kenya)
    "[10:02] [[PERSON:Brian K.]] (IT Helpdesk): Hi [[PERSON:Njeri]], I've received your ticket about the VPN.\n"
    "[10:03] [[PERSON:Njeri Mwangi]]: Thanks. It keeps dropping since yesterday. My laptop shows [[IP_ADDRESS:197.232.61.18]] as the public IP.\n"
    "[10:05] [[PERSON:Brian K.]] (IT Helpdesk): Ok. Please confirm your staff number and the email on the account.\n"
    "[10:06] [[PERSON:Njeri Mwangi]]: [[ID_NUMBER:KE-40917]], [[EMAIL_ADDRESS:njeri.mwangi@savannahfoods.co.ke]]\n"
    "[10:09] [[PERSON:Brian K.]] (IT Helpdesk): Reset done. Try again and tell me if it holds.",
    # 010 health forum (Canada)
    "Re: Waitlist for a family doctor in Nova Scotia?\n\n"
    "Quote from [[USERNAME:maritime_mom82]]: \"Has anyone actually gotten off the list?\"\n\n"
    "Yes! My dad ([[AGE:74]]) registered on [[DATE_TIME:March 3, 2023]] and finally got a call last week - he's now with a clinic in "
    "[[LOCATION:Dartmouth]]. Took almost two years. Keep your health card number handy when they call, they ask for it straight away. "
    "- [[PERSON:Jen]]",
    # 011 Slack HR thread (Singapore)
    "#people-ops\n"
    "[[PERSON:Clara Tan]]: New joiner next week: [[PERSON:Hafiz Ismail]], starts [[DATE_TIME:Mon 7 Apr]]. Can someone set up his laptop?\n"
    "[[PERSON:Derek Yeo]]: on it. username will be [[USERNAME:hafiz.ismail]], I'll send creds to his personal email\n"
    "[[PERSON:Clara Tan]]: thanks, it's [[EMAIL_ADDRESS:hafizismail92@gmail.com]]. His NRIC for the building pass is [[ID_NUMBER:S9048173H]]\n"
    "[[PERSON:Derek Yeo]]: 👍 please don't paste NRICs here next time 🙏",
    # 012 Barbados / Jamaica SMS to landlord
    "Good evening [[TITLE:Miss]] [[PERSON:Gittens]], this is [[PERSON:Kemar]] from the downstairs apartment at [[ADDRESS:14 Pine Hill Road]]. "
    "The rent for March sent by bank transfer this afternoon. I also want to let you know my cousin [[PERSON:Dwayne Reid]] "
    "will be staying with me from the [[DATE_TIME:18th]] until the [[DATE_TIME:25th]]. You can reach me on [[PHONE_NUMBER:(246) 839-4407]]. Thanks!",
]

DOC = [
    # 001 relocation email (US -> UK)
    "From: [[PERSON:Rebecca Thornton]] <[[EMAIL_ADDRESS:rebecca.thornton@halvorsen-group.com]]>\n"
    "To: [[PERSON:Marcus Oduya]] <[[EMAIL_ADDRESS:marcus.oduya@gmail.com]]>\n"
    "Subject: Your move to London - next steps\n\n"
    "Hi [[PERSON:Marcus]],\n\n"
    "Congratulations again on the transfer. Before I can request your Certificate of Sponsorship I need you to confirm the details below:\n\n"
    "- Full name as in passport: [[PERSON:Marcus Adeyemi Oduya]]\n"
    "- US passport number: [[US_PASSPORT:A27184093]]\n"
    "- Date of birth: [[DATE_TIME:17 October 1989]]\n"
    "- Current address: [[ADDRESS:2215 N Halsted St, Apt 3F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60614]]\n\n"
    "Your first day in the London office is [[DATE_TIME:Monday 2 June 2025]]. The company flat at [[ADDRESS:Flat 4, 19 Amwell Street]], "
    "[[LOCATION:London]] [[ZIP_CODE:EC1R 1UP]] is yours for the first 90 days, and your UK mobile will be [[PHONE_NUMBER:07700 900617]].\n\n"
    "For [[PERSON:Olena]]'s dependant application we will also need her [[NRP:Ukrainian]] passport number - the one you sent, "
    "[[ID_NUMBER:FH418273]], has a typo according to the visa agent, so please double-check it against the document.\n\n"
    "Best,\n[[PERSON:Rebecca]]\nHR Business Partner | [[PHONE_NUMBER:+44 20 7946 0321]]",
    # 002 solicitor's letter (UK probate)
    "Pemberton & Hale LLP\n[[ADDRESS:14 Castle Street]], [[LOCATION:Kendal]] [[ZIP_CODE:LA9 7AA]]\n\n"
    "Our ref: JH/PRB/2291\nDate: [[DATE_TIME:4 March 2025]]\n\n"
    "[[PERSON:Mrs Eileen Fairbairn]]\n[[ADDRESS:Rowan Cottage, 3 Mill Lane]]\n[[LOCATION:Kirkby Lonsdale]]\n[[LOCATION:Cumbria]]\n[[ZIP_CODE:LA6 2AT]]\n\n"
    "Dear [[PERSON:Mrs Fairbairn]],\n\n"
    "Estate of the late [[PERSON:Mr Douglas Fairbairn]] (died [[DATE_TIME:11 December 2024]])\n\n"
    "Thank you for meeting us last week. To apply for the grant of probate we still need the original death certificate and "
    "your late husband's National Insurance number, which we understand to be [[ID_NUMBER:WP 41 88 27 D]]. We have written to his "
    "building society about account [[ID_NUMBER:41882075]] and expect a valuation as at the date of death within four weeks.\n\n"
    "Your son, [[PERSON:Alasdair]], telephoned on [[DATE_TIME:28 February]] to say he is willing to act as co-executor. If that is still "
    "the case, we will send him the forms to sign at [[EMAIL_ADDRESS:alasdair.fairbairn@icloud.com]], the address he gave us.\n\n"
    "Yours sincerely,\n\n[[PERSON:James Hartigan]]\nPartner",
    # 003 residents' association minutes (Ireland)
    "Glenview Park Residents' Association - Minutes of AGM\n"
    "Held on [[DATE_TIME:Tuesday 21 January 2025]] in the community centre, [[LOCATION:Lucan]], [[LOCATION:Co. Dublin]]\n\n"
    "Present: [[PERSON:Noreen Gallagher]] (Chair), [[PERSON:Tadhg O'Rourke]] (Treasurer), [[PERSON:Deepa Krishnan]] (Secretary), "
    "[[PERSON:Bartosz Lewandowski]], [[PERSON:Mary Kinsella]] and 14 residents.\n"
    "Apologies: [[TITLE:Fr.]] [[PERSON:Liam Cusack]].\n\n"
    "1. Treasurer's report. [[PERSON:Tadhg]] reported a balance of €4,312. Subscriptions can now be paid by transfer to the "
    "association's account; residents should put their house number in the reference.\n"
    "2. Speeding. [[PERSON:Bartosz]] (of [[ADDRESS:27 Glenview Drive]]) presented the petition for ramps. The council engineer, "
    "[[PERSON:Ms. Ciara Brophy]], can be contacted on [[PHONE_NUMBER:01 222 8471]] or [[EMAIL_ADDRESS:ciara.brophy@sdublincoco.ie]].\n"
    "3. Christmas lights. Thanks to [[PERSON:Mary]] and her son [[PERSON:Oisín]] ([[AGE:16]]) for organising.\n"
    "4. AOB. New residents at [[ADDRESS:4 Glenview Close]], [[PERSON:Amara]] and [[PERSON:Tobi Adeleke]], were welcomed.\n\n"
    "Next meeting: [[DATE_TIME:18 March 2025]]. Minutes taken by [[PERSON:D. Krishnan]].",
    # 004 insurance call transcript (South Africa)
    "CALL TRANSCRIPT - Motor Claims - Ref MC-2025-044817\n\n"
    "AGENT: Good morning, you're speaking to [[PERSON:Refilwe]]. May I have your full name?\n"
    "CALLER: Yes, it's [[PERSON:Johannes Petrus Kruger]].\n"
    "AGENT: Thank you [[PERSON:Mr Kruger]]. And your ID number for verification?\n"
    "CALLER: [[ID_NUMBER:7601025331081]].\n"
    "AGENT: Thank you. What happened?\n"
    "CALLER: On [[DATE_TIME:Sunday the 9th of February, around half past six in the evening]], a taxi went into the back of my bakkie "
    "at the robot on Voortrekker Road in [[LOCATION:Parow]]. The registration of my vehicle is [[ID_NUMBER:CA 418-227]].\n"
    "AGENT: Was anyone injured?\n"
    "CALLER: My daughter [[PERSON:Annelie]], she's [[AGE:11]], hurt her neck. We took her to the doctor the next day.\n"
    "AGENT: I'm sorry to hear that. Do you have the other driver's details?\n"
    "CALLER: His name is [[PERSON:Sizwe Mthembu]], cell [[PHONE_NUMBER:073 904 1182]]. He gave me his licence number, "
    "[[ID_NUMBER:4028000ZKX71]].\n"
    "AGENT: Thank you. I'll send the claim form to the email on the policy, [[EMAIL_ADDRESS:jp.kruger@telkomsa.net]]. "
    "An assessor will contact you on [[PHONE_NUMBER:082 771 3094]] within 48 hours.\n"
    "CALLER: Dankie.",
    # 005 referral letter (India)
    "Sunrise Multispeciality Clinic\n[[ADDRESS:No. 48, 2nd Cross, 5th Block]], [[LOCATION:Jayanagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560041]]\n\n"
    "Date: [[DATE_TIME:06/03/2025]]\n\n"
    "To,\n[[PERSON:Dr. Farhan Qureshi]]\nConsultant Nephrologist\n\n"
    "Dear [[PERSON:Dr. Qureshi]],\n\n"
    "Re: [[PERSON:Mrs. Padmavathi Ramaswamy]], [[AGE:58]] years, F, UHID [[ID_NUMBER:SMC-0071942]]\n\n"
    "I am referring this patient, a known diabetic for 14 years, with a serum creatinine of 2.1 mg/dL on [[DATE_TIME:1 March]] and "
    "persistent proteinuria. Her ABHA number is [[ID_NUMBER:91-4418-2730-6652]] so previous reports can be pulled from the portal. "
    "She will be accompanied by her son, [[PERSON:Karthik Ramaswamy]], who can be reached at [[PHONE_NUMBER:+91 99001 84273]] or "
    "[[EMAIL_ADDRESS:karthik.rs@rediffmail.com]].\n\n"
    "Kindly see her at the earliest. She is covered under her employer's group policy; the TPA card shows Aadhaar "
    "[[ID_NUMBER:6184 0293 7517]].\n\n"
    "With regards,\n[[PERSON:Dr. Lavanya Hegde]], MBBS, MD\nKMC Reg. No. [[ID_NUMBER:84721]]",
    # 006 school incident report (Australia)
    "INCIDENT REPORT - Student Welfare\n"
    "School: Kingfisher Creek State School\n"
    "Date/time of incident: [[DATE_TIME:Wednesday 19 February 2025, approx. 12:50 pm]]\n"
    "Location: Oval, near the northern fence\n\n"
    "Student involved: [[PERSON:Kai Mitchell-Ngata]], Year 5, DOB [[DATE_TIME:03/08/2015]], EQ ID [[ID_NUMBER:0419287735]]\n"
    "Reported by: [[PERSON:Mrs. Helen Sorensen]] (teacher on duty)\n\n"
    "Description: [[PERSON:Kai]] fell from the climbing frame and hit his chin. First aid was given by [[PERSON:Ms. Jodie Amato]]. "
    "A small cut was cleaned and dressed; no loss of consciousness.\n\n"
    "Parent contacted: [[PERSON:Rangi Ngata]] (father) on [[PHONE_NUMBER:0428 610 975]] at 1:05 pm. He collected [[PERSON:Kai]] at 1:40 pm and "
    "took him to the GP in [[LOCATION:Caboolture]].\n"
    "Home address on file: [[ADDRESS:16 Lomandra Crescent]], [[LOCATION:Morayfield]] [[LOCATION:QLD]] [[ZIP_CODE:4506]].\n\n"
    "Follow-up: [[PERSON:Ms. Amato]] to phone the family on [[DATE_TIME:20 February]]. Report entered in OneSchool by "
    "[[PERSON:H. Sorensen]].",
    # 007 employer sponsorship letter (Canada / Philippines)
    "[[DATE_TIME:February 26, 2025]]\n\n"
    "Immigration, Refugees and Citizenship Canada\n\n"
    "RE: Letter of employment for [[PERSON:Maria Luisa Santos Domingo]]\n\n"
    "To whom it may concern,\n\n"
    "We confirm that [[PERSON:Ms. Domingo]], a citizen of the [[LOCATION:Philippines]] (passport [[ID_NUMBER:P4418273B]]), has worked in our "
    "home as a live-in caregiver for our mother, [[PERSON:Mrs. Beatrice Lindqvist]] ([[AGE:88]]), since [[DATE_TIME:September 12, 2022]]. "
    "She works 40 hours per week at $19.50 per hour and lives with us at [[ADDRESS:3307 Lakeshore Road]], [[LOCATION:Kelowna]], "
    "[[LOCATION:British Columbia]] [[ZIP_CODE:V1W 3S9]].\n\n"
    "Her UCI is [[ID_NUMBER:1104-8827]] and her SIN is [[ID_NUMBER:920 183 746]]. We fully support her application for permanent residence "
    "and would be glad to continue employing her.\n\n"
    "Should you require further information, please contact me at [[PHONE_NUMBER:(250) 555-0182]] or [[EMAIL_ADDRESS:erik.lindqvist@shaw.ca]].\n\n"
    "Sincerely,\n[[PERSON:Erik Lindqvist]]",
    # 008 tenancy agreement (Kenya)
    "TENANCY AGREEMENT\n\n"
    "This agreement is made on the [[DATE_TIME:3rd day of March 2025]] BETWEEN [[PERSON:Mr. Joseph Kariuki Njenga]] of [[ADDRESS:P.O. Box 40211]]-[[ZIP_CODE:00100]], "
    "[[LOCATION:Nairobi]] (ID No. [[ID_NUMBER:12874093]]) (\"the Landlord\") AND [[PERSON:Ms. Fatuma Abdalla Said]] (ID No. "
    "[[ID_NUMBER:33018472]], KRA PIN [[ID_NUMBER:A017283946R]]) (\"the Tenant\").\n\n"
    "1. PREMISES: [[ADDRESS:Apartment B4, Sunrise Court, Argwings Kodhek Road]], [[LOCATION:Kilimani]], [[LOCATION:Nairobi]].\n"
    "2. TERM: one year commencing [[DATE_TIME:1st April 2025]].\n"
    "3. RENT: KSh 65,000 per month, payable by the 5th of each month into the Landlord's account no. [[ID_NUMBER:1180264739]] or via "
    "M-Pesa to [[PHONE_NUMBER:0711 402 958]].\n"
    "4. DEPOSIT: KSh 130,000, refundable on vacating less any damage.\n"
    "5. NOTICE: either party may terminate by giving two months' written notice.\n\n"
    "SIGNED by the Landlord ______________\nSIGNED by the Tenant ______________\n"
    "In the presence of: [[PERSON:Cyrus Otieno]], Advocate",
    # 009 Italian hiring letter
    "Spett.le\n[[TITLE:Dott.ssa]] [[PERSON:Giulia Ferrante]]\n[[ADDRESS:Via Garibaldi 27]]\n[[ZIP_CODE:10122]] [[LOCATION:Torino]] ([[LOCATION:TO]])\n\n"
    "[[LOCATION:Milano]], [[DATE_TIME:10 febbraio 2025]]\n\n"
    "Oggetto: lettera di assunzione\n\n"
    "Gentile [[TITLE:Dott.ssa]] [[PERSON:Ferrante]],\n\n"
    "facendo seguito ai colloqui intercorsi, siamo lieti di comunicarLe la Sua assunzione a tempo indeterminato con decorrenza "
    "[[DATE_TIME:3 marzo 2025]], con la qualifica di impiegata di 5° livello CCNL Commercio.\n\n"
    "La retribuzione sarà accreditata sul conto corrente da Lei indicato, IBAN [[IBAN_CODE:IT26 V030 6901 0001 0000 0729 184]]. "
    "La preghiamo di consegnare all'ufficio del personale copia del documento d'identità, del codice fiscale "
    "([[ID_NUMBER:FRRGLI93E48L219U]]) e del permesso di guida.\n\n"
    "Per qualsiasi chiarimento può rivolgersi al [[TITLE:sig.]] [[PERSON:Marco Re]] al numero [[PHONE_NUMBER:+39 347 118 2094]].\n\n"
    "Cordiali saluti,\n[[PERSON:Anna Colombo]]\nResponsabile Risorse Umane",
    # 010 bank complaint email (Hong Kong)
    "Subject: Unauthorised transactions on my credit card - please investigate\n\n"
    "Dear Sir/Madam,\n\n"
    "I am writing to dispute three transactions on my credit card [[CREDIT_CARD:6250 9410 0652 8599]] that I did not make. They were "
    "charged on the night of [[DATE_TIME:14 February 2025]] to an online electronics shop, totalling HK$18,460. At that time I was on "
    "a flight from [[LOCATION:Taipei]] to [[LOCATION:Hong Kong]], so I could not have made them.\n\n"
    "I noticed that the login to my online banking just before the first charge came from [[IP_ADDRESS:45.128.77.203]], which is not "
    "my home connection. I have already changed my password.\n\n"
    "My details for your reference:\n"
    "Name: [[PERSON:Lau Hoi Ying, Cherry]]\n"
    "HKID: [[ID_NUMBER:E663104(9)]]\n"
    "Correspondence address: [[ADDRESS:Flat 21B, Block 3, Laguna City]], [[LOCATION:Kwun Tong]], [[LOCATION:Kowloon]]\n"
    "Mobile: [[PHONE_NUMBER:+852 6182 3307]]\n\n"
    "Please freeze the card, issue a replacement, and confirm in writing that I will not be held liable. I can be reached at "
    "[[EMAIL_ADDRESS:cherry.lau.hy@gmail.com]].\n\n"
    "Yours faithfully,\n[[PERSON:Cherry Lau]]",
]

LOOKALIKE = [
    # 001 release notes, no PII
    "Release notes - Fieldkit Agent 4.12.0 (build 20250307.2)\n\n"
    "- Fixed a crash when the SNMP subtree 1.3.6.1.4.1.2021 was polled with an empty community string.\n"
    "- Schema migrated from 2.9.14.7 to 2.10.256.1; run `fk migrate --to 2.10` after upgrading.\n"
    "- Default listener moved from port 8443 to 9443; health checks now hit /v2/healthz.\n"
    "- Bundled OpenSSL bumped to 3.0.13 (CVE-2024-0727).\n"
    "- Package checksum (SHA-256): 4b7e2d19c0a8f3e65d1b9a7c2e0f48d3a6b5c9e1f07d2a84b3c6e5f9a1d0c7b2\n"
    "- Known issue FK-2291: the tray icon may show 00:00:00 uptime after resume from sleep.",
    # 002 order shipped, first name only
    "Hi [[PERSON:Tamara]], good news - order #112-4482917-0038215 is on its way!\n\n"
    "Carrier: UPS | Tracking: 1Z 8W7 46A 03 9182 7340\n"
    "Items: Ceramic pour-over set (SKU CRM-2291-WHT) x1, Paper filters 100pk (SKU FLT-0100-02) x2\n"
    "Paid: $46.17 with Visa ending in 4417 | Gift card GC-7XQ2-99LM-4T8R applied\n"
    "Estimated delivery: 3-5 business days.\n\n"
    "Questions? Call us at 1-800-555-0199 (Mon-Fri, 8am-6pm ET) or write to support@brightcart.com. Please quote your order number.",
    # 003 reading list with ISBNs, no PII
    "Year 10 English - Term 2 reading list\n\n"
    "1. The Salt Road Letters - ISBN 978-1-84715-229-9 - 312 pp.\n"
    "2. Notes from the Lighthouse - ISBN 978-0-9955301-7-1 - 188 pp.\n"
    "3. Small Hours (anthology) - ISBN 978-1-908714-82-4 - 240 pp.\n"
    "4. The Copper Orchard - ISBN 978-1-5266-0318-0 - 276 pp.\n\n"
    "Library call numbers: 823.92 SAL, 823.914 NOT, 808.83 SMA, 823.92 COP. "
    "Book packs cost $48.50 and are available from the uniform shop from week 3.",
    # 004 directions full of eponyms
    "Getting to the symposium\n\n"
    "From Jomo Kenyatta International Airport, take the expressway towards the CBD and exit at Uhuru Highway. Turn left onto "
    "Kenyatta Avenue, then right onto Wabera Street; the venue is the Kofi Annan Hall inside the Mandela Conference Centre, "
    "next to the Nelson Mandela statue. Parking is available on Harambee Avenue for KSh 300 per day. Matatu route 34 also stops "
    "outside. The nearest hospital is Aga Khan on 3rd Parklands Avenue. If you are staying outside [[LOCATION:Nairobi]], allow an "
    "extra hour for traffic on the Thika Superhighway.",
    # 005 B2B invoice, one contact person
    "INVOICE No. INV-2025-00417\nInvoice date: 28/02/2025 | Due: 30/03/2025 | PO: 4500018273\n\n"
    "Bill to: Harrow & Finch Ltd, Accounts Payable\nCompany no. 08123457 | VAT GB 284 7719 06\n\n"
    "Qty  Item                              Unit     Total\n"
    "12   Safety helmets, EN 397 (SKU SH-397-YL)  £14.20   £170.40\n"
    "4    First aid kit BS 8599-1              £39.00   £156.00\n\n"
    "Subtotal £326.40 | VAT 20% £65.28 | Total £391.68\n"
    "Payment: sort code 20-00-00, account 00018273 (company account), ref INV-2025-00417.\n"
    "Queries: [[PERSON:Yvonne Achterberg]], credit control, on the main switchboard 0161 496 0000 or accounts@northlinesupply.co.uk.",
    # 006 lab sample sheet, no PII
    "Sample log - batch B-0412\n\n"
    "Sample ID     CAS no.      Lot        Conc. (mg/L)  Temp   Logged\n"
    "S-2025-0412   7732-18-5    LT-88213   0.00          21.4C  2025-03-12 09:14\n"
    "S-2025-0413   64-17-5      LT-88214   12.75         21.6C  2025-03-12 09:31\n"
    "S-2025-0414   7647-14-5    LT-88219   3.20          21.5C  2025-03-12 10:02\n\n"
    "Instrument: HPLC-02 (serial 4471-AX-2290), column 250 x 4.6 mm, run time 00:18:30. Calibration ref CAL/25/0077.",
    # 007 shipping manifest, no PII
    "CARGO MANIFEST - Voyage 512E\nVessel: MV Coral Horizon (IMO 9321483) | POL: KEMBA | POD: GBFXT\n\n"
    "Container       Seal       Type  HS code     Gross kg   B/L\n"
    "MSKU 481927 6   ML-2291047 40HC  0902.40     21,480     MBAFXT250118\n"
    "TGHU 702318 1   ML-2291052 20GP  0803.90     18,200     MBAFXT250119\n"
    "CMAU 550914 5   ML-2291060 40HC  0603.11      9,875     MBAFXT250121\n"
    "MEDU 318274 5   ML-2291066 40RF  0804.40     24,310     MBAFXT250121\n\n"
    "Shipper: Rift Valley Produce Exporters Ltd. Consignee: to order. Freight prepaid.",
    # 008 help article with placeholders and one handle
    "How to update your details in the member portal\n\n"
    "1. Sign in and open Profile > Personal details.\n"
    "2. Phone numbers must be entered in international format, e.g. +44 7XXX XXXXXX or +1 (XXX) XXX-XXXX.\n"
    "3. Dates use the DD/MM/YYYY format; your membership number has the pattern AAA-000000.\n"
    "4. Never type a full card number into the chat - our agents will only ever ask for the last four digits.\n"
    "5. If you see error E-1042 or E-4471, clear your cache and try again.\n\n"
    "Still stuck? Post in the community forum - moderator @[[USERNAME:helpdesk_hana]] usually replies within a day - or call the "
    "helpline on 0345 600 0123 (local rate).",
]


STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "doc": DOC,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind32", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind48.jsonl: a forty-eighth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind48.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of the other gold sets
(every *.jsonl set and the record lists inside the other make_*.py scripts).
Only these were read, to keep the conventions and the file format: lines
1-121 of make_blind22.py (its docstring with the labeling conventions and
style descriptions, its import lines, and the first line of its first
record) and its closing scaffolding from `STYLES = {` to the end of the
file (copied below); gold_sets.py in full; and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes
and `parse()`). No git history, log or status was looked at, and nothing
under /tmp but the brief. The detector, the bench and the tests were never
run on this file. Do not tune the detector against it: once it has been
used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the national check digits inside the
French (RIB key) and Belgian IBANs are right too. Worked out with throwaway
code run by hand while writing, not generated here; `gold_sets.check`
re-checks cards and IBANs and refuses a bad one. National ids with a
public check digit were given a valid one the same way: NHS numbers, SIN,
Aadhaar (Verhoeff), French NIR (key), Belgian national register numbers
(NISS, for births before and after 2000), Romanian CNP (agreeing with sex,
birth date and county where they show), Singapore NRIC, Irish PPSN,
Australian TFN, South African ids (agreeing with sex and birth date),
Spanish DNI, the US NPI and DEA numbers, a Norwegian account number, and
the look-alike ISBN-13s. Indonesian NIKs have no check digit but follow
the region + birth date (+40 for women) + serial layout. US SSNs, UK NI
numbers, PAN, Nigerian BVN, Kenyan ids, Philippine SSS, BPJS, A-numbers,
UCI, passports, licences, plates, bank account numbers and staff, student,
member, patient and loyalty numbers were not checked.

Styles (ids `blind48-<style>-NNN`; 240 records):
- `gen` (90): one to four sentences of the kind a third-party LLM writes
  when asked for "realistic sentences with personal data". Extra weight on
  visa and residence permits (8), payroll disputes (7), children's sports
  clubs (7), pharmacy prescriptions (7), mobile phone contracts (6) and
  dating app reports (7); the rest spread widely (banking, gyms, schools,
  universities, lettings, vets, insurance, clinics, courts, hotels,
  deliveries, IT support, social media, onboarding, returns, tax, pensions,
  crowdfunding, gaming, ride hailing, libraries, volunteering, blood
  donation, weddings, obituaries, police, utilities, car hire, parking,
  job seeking, dentists, opticians, research consent, conferences,
  neighbours, arrivals, lost property, voter rolls, alumni notes,
  prayer lists, airlines, school fees, removals, card fraud, loans).
  Names at the start, middle and end, lowercase and possessive; ages,
  dates, addresses, phones and ids in many shapes.
- `bench` (100): 39 in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd mixed sentences dense with names, job titles, streets with building
  numbers, secondary addresses, IPs, MACs, user agents, card / CVV /
  expiry, IBAN / BIC, VRM / VIN), 30 in the manner of
  gretel-pii-masking-en-v1 (claim forms, contracts, medical, loan and tax
  forms, leases, notices, summons, wills, bills of lading, licences) and
  31 in the manner of Nemotron-PII (JSON, log lines, SQL, XML, YAML,
  systemd and Kubernetes config, code, tickets, form posts, FHIR, e-mail
  headers).
- `table` (35): one small table per record rendered as text (CSV, TSV,
  semicolon CSV, pipes / Markdown, fixed-width, JSON lines, JSON arrays,
  YAML, key: value blocks), header row unlabeled, varied column names and
  non-PII columns (SKUs, kit sizes, plans, statuses, BICs, expiries).
- `chat` (8): a parents' WhatsApp group, a telecom support chat, a team
  chat about payroll, an in-app dating chat, a pharmacy chatbot, a visa
  consultant chat, a landlord-tenant chat and a delivery support chat,
  speakers' names labeled wherever they appear.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, PO and booking references, SKUs, ISBNs, IP-shaped
  versions and section numbers, hashes, UUIDs, serials, MACs,
  company phones, role mailboxes, VAT and company numbers, eponyms,
  streets named after people without a number), the few real PII values
  labeled; one has no PII at all.

Languages: 216 records in English (US, UK, Ireland, Canada, Australia, New
Zealand, India, Nigeria, Ghana, Kenya, South Africa, Singapore, the
Philippines, the UAE and others, with names from the many cultures living
there); 24 in other languages: French from France (5) and Belgium (4),
Romanian (6) and Indonesian (9).

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name (Mr, Mrs, Ms, Mx, Dr, Prof, Nurse, Sir, and also Rev.,
  Sgt., Father, Madame, domnule, dr., Bapak / Pak, Bu, mbak, an airline
  "MR" after the name), labeled apart from the name; job titles are not
  TITLE ("Coach", "Charge Nurse" after a name, "Lurah" stay unlabeled) and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor / boîte / ap.),
  PO boxes, house and building names; a secondary address in its own field
  is ADDRESS. City, district, neighbourhood, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE. A street named without a number is not labeled.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter or e-mail, a person's payment or
  charge, a login or other logged action of a person's account, document
  issue and expiry dates of permits, passports and licences) with a day or
  month, in any shape; a weekday or a clock time said with such a date is
  inside the span, a time or weekday alone is not. Not bare years,
  durations, recurring slots, or dates not tied to a person (invoice,
  statement and due dates, release and build dates, pay-run dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, member, donor, library-card and participant numbers,
  immigration file numbers (BRP, A-Number, UCI, residence card, IRP),
  bank and loan account numbers, non-US passports and licences, prescriber
  NPI / DEA numbers, plates, frequent-flyer numbers; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, API keys, genders / sex, blood types, job titles,
  employers and company names, user agents, MAC addresses, IMEIs, VINs,
  serials, asset tags, device ids, sort codes, routing numbers, BIC /
  SWIFT codes, CVVs and card expiries, PINs and pickup codes, tax codes
  (1257L), order / ticket / case / claim / policy / booking / tracking /
  receipt / prescription (Rx) / invoice references, company phone numbers,
  role mailboxes and company VAT / registration numbers, versions, hashes,
  UUIDs, partial numbers ("ending 4417", masked cards), pets and their
  ages, eponyms and brands named after people, header rows.
- Calls made while writing this set: in a table a "sex", "role", "status",
  "plan" or "kit" column stays unlabeled, an "age" column is AGE, a
  "country", "state", "province", "city" or "site" column is LOCATION and a
  "nationality" column is NRP; an "Rx" number is a prescription reference
  and stays unlabeled while the patient's NHS / BPJS number is ID_NUMBER; a
  USCIS receipt number and a visa application reference stay unlabeled like
  case references, while the A-Number, BRP, UCI and residence card numbers
  are ID_NUMBER; a dating app's numeric user id is a member number
  (ID_NUMBER); a loan number is an account number (ID_NUMBER); a log line's
  timestamp is DATE_TIME when the line records a named user's action, and
  not otherwise, and so is the date-and-time stamp on a named speaker's
  message in a chat export; a pay period code (P06) and a payroll pay date stay
  unlabeled; "Hindu" or "Catholic" given as a person's religion is NRP.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind48.jsonl")

GEN = [
    # --- visa and residence permits ---
    """Hi, my name is [[PERSON:Adaeze Okonkwo]] and my biometric residence permit ([[ID_NUMBER:ZU4831096]]) runs out on [[DATE_TIME:31 January 2025]]. I applied to extend on [[DATE_TIME:2 December 2024]] but the acknowledgement letter went to my old address, [[ADDRESS:Flat 3, 27 Dunstable Road]], [[LOCATION:Luton]] [[ZIP_CODE:LU1 1EA]], instead of [[ADDRESS:8 Cowper Street]], [[LOCATION:Bedford]] [[ZIP_CODE:MK40 2LX]].""",
    """USCIS mailed [[PERSON:Ximena Castañeda]]'s work permit to the wrong address. Her A-Number is [[ID_NUMBER:A-219-884-306]], the card was approved on [[DATE_TIME:April 17, 2024]], and she has lived at [[ADDRESS:1452 W. 18th Street, Unit 3]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60608]] since last fall. The receipt number on the notice is IOE0923118475.""",
    """I am writing in support of the partner visa application of my wife, [[PERSON:Nguyễn Thị Hồng]], a [[NRP:Vietnamese]] citizen born on [[DATE_TIME:2 September 1994]] in [[LOCATION:Hải Phòng]]. We married on [[DATE_TIME:19 May 2023]] and have lived together in [[LOCATION:Geelong]] since then. I can be contacted on [[PHONE_NUMBER:0431 908 226]]. Yours faithfully, [[PERSON:Callum Fraser]]""",
    """Hello, I'm starting a master's in September on a Student visa and my CAS was issued on [[DATE_TIME:3 July]]. My passport number is [[ID_NUMBER:B01947322]]. Can my daughter [[PERSON:Chioma]], who is [[AGE:4]], come with me as a dependant, or does that rule only apply to PhD students? Regards, [[PERSON:Emeka Nwosu]], [[LOCATION:Enugu]], [[LOCATION:Nigeria]]""",
    """[[PERSON:ananya reddy]] here — my study permit expires [[DATE_TIME:August 31, 2024]] and I still haven't heard back on the PGWP. UCI is [[ID_NUMBER:11-0944-7283]], SIN [[ID_NUMBER:719 382 467]]. Should I stop working at the café in [[LOCATION:Kitchener]] until IRCC replies?""",
    """Bonjour, je m'appelle [[PERSON:Karim Bensaïd]] et mon titre de séjour (n° [[ID_NUMBER:9910342587]]) expire le [[DATE_TIME:15 mars 2025]]. J'ai déposé ma demande de renouvellement en ligne le [[DATE_TIME:12 janvier]], mais la préfecture de [[LOCATION:Bobigny]] ne m'a jamais répondu. Vous pouvez me joindre au [[PHONE_NUMBER:06 51 27 84 30]].""",
    """Subsemnatul [[PERSON:Rahul Verma]], cetățean [[NRP:indian]], solicit prelungirea permisului de ședere în scop de muncă, valabil până la [[DATE_TIME:30.06.2024]]. Locuiesc în [[LOCATION:Cluj-Napoca]], [[ADDRESS:str. Observatorului nr. 34, ap. 12]], și pot fi contactat la [[PHONE_NUMBER:0756 318 402]].""",
    """Selamat pagi, saya [[PERSON:Thomas Weber]], warga negara [[NRP:Jerman]]. KITAS saya akan habis pada [[DATE_TIME:17 Oktober 2024]] dan saya ingin memperpanjangnya lewat sponsor yang sama. Nomor paspor saya [[ID_NUMBER:C4JX18RT2]], alamat tinggal [[ADDRESS:Jl. Raya Seminyak No. 27]], [[LOCATION:Badung]], [[LOCATION:Bali]].""",
    # --- payroll disputes ---
    """Payroll still has the old bank details for [[PERSON:Marcus Delaney-Reid]] (employee no. [[ID_NUMBER:E-207815]]). His March salary went to account [[ID_NUMBER:41820937]] instead of the new one he gave HR on [[DATE_TIME:27 February]], and he is now two rent payments behind.""",
    """Hi [[PERSON:Deborah]], I've gone through the timesheets again and [[PERSON:Kofi Boateng]] did work 46 hours in the week of [[DATE_TIME:10 June]], not 38. His employee number is [[ID_NUMBER:100447]], his tax code is 1257L, and he'd rather have the overtime in the next pay run than as a separate payment.""",
    """To whom it may concern: I, [[PERSON:Rosa Isela Guzmán]], worked at the packing plant in [[LOCATION:Fresno]] from [[DATE_TIME:March 4, 2023]] to [[DATE_TIME:January 19, 2024]] and was never paid for my last two weeks. My SSN is [[US_SSN:540-13-6287]] and my mailing address is [[ADDRESS:PO Box 1187]], [[LOCATION:Selma]], [[LOCATION:CA]] [[ZIP_CODE:93662]].""",
    """Payslip query: [[PERSON:Shreya Nair]] (Emp ID [[ID_NUMBER:INF-558201]]) had ₹3,200 deducted for PF in August even though her UAN [[ID_NUMBER:100983417265]] was moved to the new employer on [[DATE_TIME:01-07-2024]]. Please reverse it before the September cycle.""",
    """Madame, Monsieur, je conteste ma fiche de paie de février : douze heures supplémentaires n'ont pas été payées. Nom : [[PERSON:Lucas Vandenbroucke]], numéro de registre national [[ID_NUMBER:85.07.12-163.50]], compte [[IBAN_CODE:BE12 0630 4812 7492]]. Je suis joignable au [[PHONE_NUMBER:0478 21 63 09]].""",
    """Selamat siang [[TITLE:Bu]] [[PERSON:Ratna]], gaji saya bulan Mei belum masuk ke rekening BCA [[ID_NUMBER:5270441893]]. Nama saya [[PERSON:Agus Setiawan]], NIK karyawan [[ID_NUMBER:KRY-20193]], bagian gudang. Mohon dicek ya Bu, terima kasih.""",
    """Fair Work complaint lodged by [[PERSON:Jasmine Tuala]] on [[DATE_TIME:22/05/2024]]: the café in [[LOCATION:Parramatta]] that employed her paid a flat $14 an hour to a [[AGE:17]]-year-old casual, with no penalty rates on Sundays. Best contact is [[EMAIL_ADDRESS:jas.tuala07@outlook.com]].""",
    # --- children's sports clubs ---
    """Welcome to the Under-10s! [[PERSON:Zainab]]'s coach this season is [[PERSON:Grant Hollis]] and training is Tuesdays at 5:30 at the Fernhill ground. Zainab is [[AGE:9]] (born [[DATE_TIME:04/11/2015]]) and her emergency contact is her dad, [[PERSON:Tariq Mahmood]], on [[PHONE_NUMBER:07723 418 905]].""",
    """Quick reminder from the U12 girls in [[LOCATION:Westfield]]: [[PERSON:Ethan]]'s sister [[PERSON:Lily Kaminski]] and [[PERSON:Sofia Reyes]] still owe the $85 spring registration. You can Venmo it to [[USERNAME:Dana-Ruiz-7]] or bring cash to the field by Saturday.""",
    """Hi Coach [[PERSON:Simone]], [[PERSON:Aarav]] sprained his wrist at gymnastics on [[DATE_TIME:Monday 3/18]], so he'll have to miss the regional meet. The doctor's note is attached. Thanks, [[PERSON:Meera Krishnan]] (his mom), [[PHONE_NUMBER:732-555-0174]]""",
    """Player registration, Junior Netball 2024. Player: [[PERSON:Ruby-Mae Thompson]], DOB [[DATE_TIME:2013-09-27]] (age [[AGE:10]]). Parent/guardian: [[PERSON:Kirsty Thompson]], [[ADDRESS:41 Glenview Crescent]], [[LOCATION:Hamilton]] [[ZIP_CODE:3216]], [[PHONE_NUMBER:021 448 3917]]. Medical: asthma, inhaler kept in her bag.""",
    """Bonjour, je souhaite inscrire ma fille [[PERSON:Inès Moreau]], née le [[DATE_TIME:3 avril 2014]], à l'école de foot pour la saison 2024-2025. Le certificat médical a été signé par le [[PERSON:Dr Lefèvre]] le [[DATE_TIME:28 août]]. Vous pouvez me joindre au [[PHONE_NUMBER:07 62 18 45 93]] ou à [[EMAIL_ADDRESS:celine.moreau29@orange.fr]]. [[PERSON:Céline Moreau]]""",
    """Bună ziua, sunt mama lui [[PERSON:Andrei Popescu]] ([[AGE:11]] ani), înscris la grupa de baschet juniori. Vă rog să trimiteți factura pentru cotizația pe trimestrul doi la [[EMAIL_ADDRESS:popescu.irina@yahoo.ro]]. CNP-ul copilului îl aduc personal, nu îl trimit pe e-mail. Mulțumesc, [[PERSON:Irina Popescu]]""",
    """[[PERSON:Ryan Lim Jun Hao]] (Primary 5) has been picked for the zonal swimming squad. Training starts on [[DATE_TIME:Wed, 8 Jan 2025]]; please submit his birth certificate and a parent's NRIC ([[ID_NUMBER:S8817534D]]) through the form by next week.""",
    # --- pharmacy prescriptions ---
    """Prescription ready for collection: [[PERSON:Mrs Gwendolyn Pryce]], DOB [[DATE_TIME:19.06.1948]], NHS No. [[ID_NUMBER:485 777 3457]]. Prescriber: [[PERSON:Dr. Oyelaran]]. Please bring photo ID; the repeat for amlodipine 5mg can't be issued again until her medication review on [[DATE_TIME:14 May]].""",
    """This is a message for [[PERSON:Dolores Hinojosa]], date of birth [[DATE_TIME:7/2/1961]]. Your prescription for metformin 500 mg (Rx #4471920) is ready for pickup. We tried to reach you at [[PHONE_NUMBER:956-381-2209]]; please call the pharmacy at your convenience.""",
    """[[PERSON:Dr. Sunita Mehra]] prescribed amoxicillin syrup for [[PERSON:Arjun]] (age [[AGE:6]]) on [[DATE_TIME:14/02/2024]], but the chemist on Gandhi Road says the prescription isn't in their system. His Aadhaar is [[ID_NUMBER:8246 0317 7596]] if that helps trace it.""",
    """Bonjour, ma pharmacienne à [[LOCATION:Namur]] me dit que ma prescription électronique du [[DATE_TIME:5 février]] n'apparaît pas. Je suis [[PERSON:Anne-Sophie Lambert]], NISS [[ID_NUMBER:93020407823]], et mon médecin traitant est le [[PERSON:Dr Vermeulen]] à [[LOCATION:Jambes]].""",
    """Resep atas nama [[PERSON:Siti Nurhaliza Rahmawati]], umur [[AGE:32]] tahun, dari [[TITLE:dr.]] [[PERSON:Hendra Wijaya]], Sp.PD sudah bisa diambil di apotek mulai [[DATE_TIME:Senin, 9 September 2024]]. Nomor kartu BPJS: [[ID_NUMBER:0001458729366]].""",
    """Repeat prescription request for [[PERSON:Mr Dariusz Nowak]], [[DATE_TIME:11/04/1979]], [[ADDRESS:33 Brook Lane]], [[LOCATION:Kings Heath]], [[ZIP_CODE:B14 7QH]]: sertraline 100mg x 28 and omeprazole 20mg x 28. Nominated pharmacy is the one on the High Street.""",
    """Could you deliver Mum's insulin to my place this month? The prescription is under [[PERSON:Mere Tipene]], born [[DATE_TIME:23 August 1952]], and I'm at [[ADDRESS:7 Rāwhiti Street]], [[LOCATION:Ōtaki]]. Ring me, [[PERSON:Hine]], on [[PHONE_NUMBER:027 530 1184]] when the driver is on the way.""",
    # --- mobile phone contracts ---
    """I signed a 24-month contract on [[DATE_TIME:8 August 2023]] for the number [[PHONE_NUMBER:+44 7456 201338]] and was promised £18 a month. My account number is [[ID_NUMBER:8840217755]] and the bill is in my name, [[PERSON:Harjit Sandhu]], but the last three bills say £31.50.""",
    """Please port my number [[PHONE_NUMBER:0403 117 582]] to the new SIM. Account holder [[PERSON:Dimitrios Papadakis]], DOB [[DATE_TIME:26/01/1983]], account [[ID_NUMBER:3009478812]]. The IMEI of the new handset is 356938035643809 if you need it.""",
    """I cancelled my plan over the phone on [[DATE_TIME:July 9th]] and the rep, [[PERSON:Brandon]], confirmed it. I'm still being charged on my Amex [[CREDIT_CARD:3714 963539 81435]]. Account name [[PERSON:Latoya Jenkins]], [[ADDRESS:8820 Ridgecrest Dr]], [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28269]].""",
    """Bună ziua, am abonament pe numărul [[PHONE_NUMBER:0744 286 103]] și contractul mi s-a prelungit automat pe încă 24 de luni, fără acordul meu, pe [[DATE_TIME:1 martie 2024]]. Titular: [[PERSON:Mihai-Cristian Dumitrescu]], CNP [[ID_NUMBER:1790522460111]]. Vă rog să anulați prelungirea.""",
    """Min, nomor saya [[PHONE_NUMBER:0812-3390-4417]] tiba-tiba diblokir padahal sudah registrasi pakai NIK [[ID_NUMBER:3578120301900007]] sama KK. Atas nama [[PERSON:Budi Santoso]], domisili [[LOCATION:Surabaya]]. Tolong dibantu ya min.""",
    """Upgrade check for [[PERSON:Anjali Deshpande]] ([[PHONE_NUMBER:+91 98201 44736]]): her contract started on [[DATE_TIME:15-Oct-2022]], so she's eligible from [[DATE_TIME:15-Oct-2024]]. Identity verified against PAN [[ID_NUMBER:BQMPD4417K]].""",
    # --- dating app reports ---
    """I want to report a profile called [[USERNAME:sunny_mike_1984]]. He says he's [[PERSON:Michael Brandt]], [[AGE:39]], from [[LOCATION:Tampa]]. After we matched he moved the chat to WhatsApp on [[PHONE_NUMBER:+1 813-555-0192]] and on [[DATE_TIME:March 3]] he asked me to buy him $500 in gift cards.""",
    """Reporting user [[USERNAME:AlexTheExplorer]] (profile says [[PERSON:Alex]], [[AGE:34]], [[LOCATION:Bristol]]). We met for one drink on [[DATE_TIME:Friday 16th Feb]] and since then he has been emailing my work address, [[EMAIL_ADDRESS:h.oduya@kestrelhealth.co.uk]], and turned up outside my building. My name on the app is [[PERSON:Hannah]].""",
    """Someone is using my photos. The real me is [[PERSON:Camila Restrepo]], my Instagram is [[URL:instagram.com/cami.restrepo]], and the fake profile is [[USERNAME:camila_r_95]], which says I'm [[AGE:28]] and live in [[LOCATION:Miami]]. I have never even been to [[LOCATION:Miami]].""",
    """Safety report: member [[PERSON:Kevin]] (user ID [[ID_NUMBER:8830217]]) asked [[PERSON:Priscila]] for her home address and then sent her a street-view screenshot of [[ADDRESS:64 Harcourt Terrace]] on [[DATE_TIME:2024-02-03 at 21:47]]. Case DR-55102, priority high.""",
    """Je signale le profil [[USERNAME:julien_75_sportif]] : il se présente comme [[PERSON:Julien]], [[AGE:36]] ans, médecin à [[LOCATION:Paris]], mais après notre rendez-vous du [[DATE_TIME:samedi 9 mars]] il m'a demandé 2 000 € par virement sur le compte [[IBAN_CODE:FR76 1027 8060 7400 0201 5940 174]].""",
    """Saya mau lapor akun [[USERNAME:rizky.ganteng99]]. Dia ngaku namanya [[PERSON:Rizky]], umur [[AGE:29]], tinggal di [[LOCATION:Bekasi]], tapi dari awal minta dikirimi pulsa terus ke nomor [[PHONE_NUMBER:0857-1244-8830]]. Saya [[PERSON:Dewi]], pengguna sejak 2022.""",
    """Hi Trust & Safety, the person I matched with as [[USERNAME:nat_rides_bikes]] gave me her real number ([[PHONE_NUMBER:+61 423 884 019]]) and said she's [[PERSON:Natalie Cho]] from [[LOCATION:Fitzroy]]. I'm reporting it because she then told me she's only [[AGE:16]].""",
    # --- everything else ---
    """Can you confirm the direct debit on [[IBAN_CODE:GB28 LOYD 3096 3458 2011 77]] has been cancelled? It was set up by my late husband, [[PERSON:Desmond Achterberg]], and I am now the only holder of the account. Kind regards, [[PERSON:Lorraine Achterberg]]""",
    """hey it's [[PERSON:kenji]] from the 6am spin class, I left my water bottle and my membership card ([[ID_NUMBER:PF-33917204]]) in the locker room on [[DATE_TIME:thursday the 12th]]. my number is [[PHONE_NUMBER:0412 773 059]] if anyone finds them""",
    """Dear parents, [[PERSON:Olamide Adeyemi]] in Year 4 has been chosen to represent the school at the county spelling bee on [[DATE_TIME:Saturday 15 June]]. Please return the signed consent slip to [[PERSON:Ms Haverford]] by Friday.""",
    """Student [[PERSON:Luis Fernando Quispe Mamani]] (ID [[ID_NUMBER:20418863]]) has asked for an extension on his dissertation until [[DATE_TIME:5 September 2024]] on medical grounds. Supervisor: [[PERSON:Prof. Annika Lindqvist]].""",
    """The lease at [[ADDRESS:Unit 12, 450 Smith Street]], [[LOCATION:Collingwood]] [[LOCATION:VIC]] [[ZIP_CODE:3066]] is in the names of [[PERSON:Ngoc Anh Tran]] and [[PERSON:Bradley Oakes]]; the $2,400 bond was lodged on [[DATE_TIME:1 July 2022]] and they're moving out on [[DATE_TIME:30 June]].""",
    """[[PERSON:Brenda Kowalczyk]] called about Biscuit, her 12-year-old beagle. She can bring him in on [[DATE_TIME:Wednesday 9 October at 2:45pm]]. Her mobile is [[PHONE_NUMBER:(608) 331-2790]] and she lives at [[ADDRESS:2217 Atwood Ave]], [[LOCATION:Madison]].""",
    """Claim notes: the insured, [[PERSON:Rafael Domínguez]], [[AGE:52]], was rear-ended near the Cesar Chavez exit in [[LOCATION:Phoenix]] on [[DATE_TIME:11/02/2024]]. The other driver, [[PERSON:Kaylee Brooks]], gave her licence number as [[US_DRIVER_LICENSE:D08274519]] ([[LOCATION:AZ]]) and says she was not on her phone.""",
    """Patient [[PERSON:Samira El-Haddad]] (MRN [[ID_NUMBER:00729154]]) was seen on [[DATE_TIME:22 Feb 2024]] with a sprained left ankle. Follow-up booked with [[PERSON:Dr. Kwame Mensah]] for [[DATE_TIME:7 March, 10:20]].""",
    """The hearing in [[PERSON:Connor Fitzgerald]] v Ardmore Lettings Ltd has been moved to [[DATE_TIME:Monday, 18 November 2024 at 10:00]] at the District Court in [[LOCATION:Cork]]. [[PERSON:Mr Fitzgerald]]'s PPS number ([[ID_NUMBER:6432871U]]) must be redacted from the booklet before it is filed.""",
    """Reservation for two adults: [[PERSON:Mr. Hamid Rahimi]] and [[PERSON:Mrs. Farzaneh Rahimi]], [[NRP:Iranian]] nationals, check-in [[DATE_TIME:Friday 23 August]], check-out [[DATE_TIME:26 August]]. Passport nos. [[ID_NUMBER:K41937205]] and [[ID_NUMBER:K41937318]] were scanned at the desk.""",
    """Parcel for [[PERSON:J. Okafor]], [[ADDRESS:12 Sandringham Gardens]], [[LOCATION:Gateshead]] [[ZIP_CODE:NE8 3LP]] was left with the neighbour, [[PERSON:Pat Hennessy]], because nobody answered. Tracking JD014600007283915640.""",
    """User [[PERSON:dmitri volkov]] (login [[USERNAME:dvolkov]]) hasn't been able to reach the VPN from [[IP_ADDRESS:81.174.22.109]] since his password reset on [[DATE_TIME:2024-04-09]]. Ticket raised by his manager, [[PERSON:Ines Carvalho]].""",
    """Shout out to my amazing sister [[PERSON:Leilani]] who turns [[AGE:30]] today!! Follow her bakery adventures at [[URL:instagram.com/leilani.bakes]] 🎂 love you sis, [[PERSON:Kai]]""",
    """Welcome aboard, [[PERSON:Chiara Bellini]]! Your start date is [[DATE_TIME:3 June 2024]] and your staff ID is [[ID_NUMBER:STF-40392]]. Please send a photo of your National Insurance number ([[ID_NUMBER:JT 48 21 67 B]]) to people.ops@harwoodgroup.co.uk before your first day.""",
    """I returned the blender (order #114-8830291-5527710) three weeks ago and the refund still hasn't reached my card ending 4417. Please call me, [[PERSON:Denise Whitford]], at [[PHONE_NUMBER:267.555.0148]] rather than emailing.""",
    """Notice of assessment issued to [[PERSON:Aroha Ngata]], TFN [[ID_NUMBER:459 827 138]], [[ADDRESS:6/18 Ormond Road]], [[LOCATION:Elwood]] [[LOCATION:VIC]] [[ZIP_CODE:3184]]. A refund of $1,184.20 will be paid to her nominated account within 14 days.""",
    """[[PERSON:Gurpreet Kaur Bains]], born [[DATE_TIME:March 14, 1957]], started receiving her CPP pension on [[DATE_TIME:April 1, 2022]]. Her SIN is [[ID_NUMBER:527-601-835]] and she lives with her son in [[LOCATION:Brampton]], [[LOCATION:Ontario]].""",
    """Please help [[PERSON:Thandiwe Khumalo]] get home! Thandi, [[AGE:27]], was hurt in a taxi crash in [[LOCATION:Durban]] on [[DATE_TIME:6 April]] and needs R45,000 for surgery. You can also send money straight to her mom, [[PERSON:Nomsa]], on [[PHONE_NUMBER:082 447 9130]].""",
    """Ban appeal: my account [[USERNAME:xXShadowReaperXx]] was banned on [[DATE_TIME:01/09/2024]] for "cheating" but I was at my lola's in [[LOCATION:Cebu]] that whole week with no PC. Real name [[PERSON:Jerome Villanueva]], email [[EMAIL_ADDRESS:jerome.v.2006@yahoo.com]].""",
    """Your driver [[PERSON:Abdirahman]] is arriving in a silver Toyota Fielder, plate [[ID_NUMBER:KDJ 482Q]]. Share your trip with [[PERSON:Wanjiru]] ([[PHONE_NUMBER:+254 722 318 640]])?""",
    """Overdue notice for [[PERSON:Eleanor Vance-Whitaker]], library card [[ID_NUMBER:21982004471536]]: "The Remains of the Day" was due back on [[DATE_TIME:October 3]]. Fines are waived for patrons over 65.""",
    """Our food bank crew this Saturday: [[TITLE:Father]] [[PERSON:Tomás Ibarra]], [[PERSON:Mei-Ling Cho]] and [[PERSON:Ruth Abernathy]], who is [[AGE:81]] and still our fastest packer. Ring [[PERSON:Ruth]] on [[PHONE_NUMBER:(02) 9565 3318]] if you'd like to join.""",
    """Thank you, [[PERSON:Vikram Iyer]]! Your donation on [[DATE_TIME:17/08/2024]] at the [[LOCATION:Koramangala]] camp was your 25th. Donor ID [[ID_NUMBER:BD-KA-0092871]]. Aadhaar on file: XXXX XXXX 2267.""",
    """Save the date! [[PERSON:Priyanka]] & [[PERSON:Owen]] are getting married on [[DATE_TIME:Saturday, 12 April 2025]] at St Brigid's in [[LOCATION:Kilkenny]]. Please RSVP to Owen's mum, [[PERSON:Siobhan Keane]], at [[EMAIL_ADDRESS:siobhankeane54@eircom.net]].""",
    """[[PERSON:Harold James Pickering]], [[AGE:88]], of [[LOCATION:Bridlington]], passed away peacefully on [[DATE_TIME:9th January 2024]]. Beloved husband of the late [[PERSON:Margaret]] and a much-loved dad to [[PERSON:Steven]] and [[PERSON:Julie]]. Donations in his memory to the RNLI.""",
    """Crime report taken by [[TITLE:Sgt.]] [[PERSON:Lina Petrović]]. Complainant [[PERSON:Omar Faruk]], [[AGE:34]], of [[ADDRESS:88B Whitechapel Road]], [[LOCATION:London]] [[ZIP_CODE:E1 1JH]], states his e-bike was taken from outside the flat on [[DATE_TIME:14/05/24 at 23:10]].""",
    """Final meter reading for [[PERSON:Ms. Yetunde Balogun]] at [[ADDRESS:Flat 9B, Kingfisher House, 2 Bridge Street]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 2LU]]: 48213, taken on [[DATE_TIME:30 Sept]]. She is moving out and will send a forwarding address.""",
    """Renter: [[PERSON:Sebastián Ortega Ruiz]]. Spanish licence [[ID_NUMBER:48271936L]]. Pick-up [[DATE_TIME:20/07/2024 09:00]] at [[LOCATION:Dublin]] Airport, return [[DATE_TIME:27/07/2024]]. Additional driver: [[PERSON:Lucía Ortega]].""",
    """A penalty charge notice was issued to vehicle [[ID_NUMBER:LM19 XKP]] on [[DATE_TIME:4 March 2024]] in the bus lane on Kingsland Road. The registered keeper, [[PERSON:Daniel Asante]], has 28 days to pay or challenge it.""",
    """I'm [[PERSON:Fatima Zahra Benali]], a [[AGE:26]]-year-old data analyst based in [[LOCATION:Manchester]]. You can see my portfolio at [[URL:https://fzbenali.github.io]] or call me on [[PHONE_NUMBER:+44 (0)161 496 0732]].""",
    """Reminder: [[PERSON:Liam O'Sullivan]] has a check-up with [[PERSON:Dr Patel]] on [[DATE_TIME:Tue 03/09 at 4:15pm]]. Reply C to confirm or R to rearrange.""",
    """[[PERSON:noor al-rashid]]'s new glasses are ready to collect. We tried [[PHONE_NUMBER:07911 204 388]] twice yesterday, so if anyone in the family sees this, please let her know.""",
    """Participant [[PERSON:Hemi Walker]] signed the consent form on [[DATE_TIME:2 Oct 2023]] with [[PERSON:Aiyana Redcloud]] as witness. He asked that his results also be sent to his GP, [[PERSON:Dr. Rawiri Poutama]].""",
    """Badge reprint for [[PERSON:Dr. Olusegun Bankole-Williams]] (speaker, Track B). Please also change his email on the attendee list to [[EMAIL_ADDRESS:o.bankole-williams@unilag.edu.ng]].""",
    """For the third time this month, the tenant at [[ADDRESS:Apt 5C, 1140 Grand Concourse]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10456]] (I believe her name is [[PERSON:Yolanda]]) has had music going past 2am.""",
    """Arrival card for [[PERSON:Chen Wei]], [[NRP:Chinese]] passport [[ID_NUMBER:EJ4820917]], landing in [[LOCATION:Auckland]] on NZ288 on [[DATE_TIME:15 January 2025]]; nothing to declare.""",
    """Found a wallet on the B44 bus with a driver's license for [[PERSON:Tyrone Baptiste]], [[ADDRESS:509 Eastern Pkwy]], [[LOCATION:Brooklyn]], DOB [[DATE_TIME:08-22-1991]]. If this is you, DM me here, [[USERNAME:bk_goodsamaritan]].""",
    """Voter registration update: [[PERSON:Mariana Lopes da Silva]] has moved from [[ADDRESS:22 Fairmount Street]] to [[ADDRESS:71 Wellington Avenue, Apt 2]], [[LOCATION:Fall River]], [[LOCATION:MA]] [[ZIP_CODE:02721]], effective [[DATE_TIME:June 1, 2024]]. Party enrollment: [[NRP:Democrat]].""",
    """Class notes: [[PERSON:Aisha Bello]] ('09) married [[PERSON:Ikenna Eze]] in [[LOCATION:Abuja]] on [[DATE_TIME:28 December 2023]]; they now live in [[LOCATION:Lekki]] with their son [[PERSON:Chidera]], [[AGE:2]].""",
    """Prayer list this week: please remember [[PERSON:Esther Nyambura]], recovering from surgery at Aga Khan, and the family of [[PERSON:Joseph Kiprotich]], who was laid to rest on [[DATE_TIME:Saturday 2nd March]] in [[LOCATION:Eldoret]].""",
    """Passenger [[PERSON:SINGH]]/[[PERSON:HARPREET]] [[TITLE:MR]], travelling [[DATE_TIME:14NOV]] LHR-AMD, seat 32A, booking ref 6XKQ2D. Frequent flyer [[ID_NUMBER:BA 71820394]]; special meal AVML.""",
    """[[PERSON:Mohammed Al-Amin]] paid the Term 2 fees for [[PERSON:Yusuf]] and [[PERSON:Maryam]] by card [[CREDIT_CARD:4556 7302 2118 9345]] on [[DATE_TIME:9 January]]; receipt emailed to the school office.""",
    """Hi, I'm [[PERSON:Ifeoluwa]] and my landlord, [[PERSON:Mr. Gerald Ashby]], still hasn't returned my deposit even though I moved out of [[ADDRESS:22A Marlborough Road]], [[LOCATION:Oxford]] on [[DATE_TIME:31st May]] and left it spotless.""",
    """Discharge summary: [[PERSON:Alejandro Fuentes]], [[AGE:67]] y/o, admitted [[DATE_TIME:03/14/2024 22:40]] with chest pain, discharged [[DATE_TIME:03/19/2024]]. Pt asked for a [[NRP:Catholic]] chaplain before the procedure. PCP: [[PERSON:Dr. Hannah Weiss]].""",
    """Removal quote: from [[ADDRESS:4 Orchard Mews]], [[LOCATION:Canterbury]] [[ZIP_CODE:CT1 2PL]] to [[ADDRESS:The Old Forge, Church Lane]], [[LOCATION:Wye]] [[ZIP_CODE:TN25 5BX]] on [[DATE_TIME:Thursday 29 August]]. Customer: [[PERSON:Penelope Hartington-Lowe]], mobile [[PHONE_NUMBER:07700 900461]].""",
    """I did not make the $1,240 purchase at an electronics store in [[LOCATION:Houston]] on [[DATE_TIME:Jan 5]]. My card is [[CREDIT_CARD:5425-2334-3010-8814]] and I was home in [[LOCATION:Baton Rouge]] all day. [[PERSON:Marie-Claire Thibodeaux]]""",
    """Fees for [[PERSON:Brian Otieno]] (adm. no. [[ID_NUMBER:4471]]) were paid via M-Pesa from [[PHONE_NUMBER:0712 608 334]] on [[DATE_TIME:15/01/2024]]. Parent: [[PERSON:Grace Achieng]], ID No. [[ID_NUMBER:27839104]].""",
    """Good day! This is to inform [[PERSON:Ma. Cristina Dela Cruz]] that her salary loan application dated [[DATE_TIME:June 3, 2024]] has been approved. SSS No. [[ID_NUMBER:34-5678912-3]]. The proceeds will be credited to her UMID-linked account.""",
]

BENCH = [
    # --- in the manner of ai4privacy pii-masking-200k/300k/400k ---
    """Dear [[PERSON:Mr. Okonjo]], as our new Senior Integration Architect you will receive a laptop (MAC 3c:22:fb:91:0e:7a) shipped to [[ADDRESS:4471 Wexford Lane]], [[ADDRESS:Suite 908]], [[LOCATION:Port Estherview]], [[ZIP_CODE:60514-2231]]. Please confirm receipt from IP [[IP_ADDRESS:172.58.94.213]].""",
    """Patient [[PERSON:Thaddeus Kowalski-Brandt]], male, [[AGE:47]] years old, height 5'11", eye colour hazel, was referred on [[DATE_TIME:09/14/2023]] through his employer's wellness plan. SSN on file: [[US_SSN:347-82-1965]]. Contact: [[EMAIL_ADDRESS:thaddeus_kb@hotmail.com]].""",
    """Your transfer of 8,402.17 EUR from [[IBAN_CODE:DE37100100100812734562]] (BIC COBADEFFXXX) to [[PERSON:Ludmila Harrow]] was scheduled on [[DATE_TIME:2023-11-08T14:20:00Z]] by [[USERNAME:lharrow_finance]]. If this wasn't you, change your password (currently Xq8#vLm2!pT) right away.""",
    """Hello [[PERSON:Genevieve]], the Regional Usability Supervisor post in [[LOCATION:Lake Damonfurt]] is confirmed. Your relocation allowance goes to card [[CREDIT_CARD:6011048712550394]] (CVV 418, exp 07/27). Please also update your vehicle record: VRM [[ID_NUMBER:WX71 HBN]], VIN 2T1BURHE0JC043821.""",
    """[[PERSON:Dr. Ingrid Solberg]] ([[AGE:58]]) will run the Forward Paradigm Agent workshop in [[LOCATION:Berkshire]] County on [[DATE_TIME:March 22nd, 2024 at 9:30 AM]]. Her remote session from [[IP_ADDRESS:2a02:c7f:8e21:4b00:9d3:71ff:fe22:1a60]] was flagged; user agent Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15.""",
    """[[PERSON:Bernadette Oyelowo]], your account [[ID_NUMBER:71820493]] linked to [[IBAN_CODE:GB27BARC20445571620493]] has been locked after three wrong PIN entries (last tried: 0938). Call back from [[PHONE_NUMBER:+44 20 7946 0218]] or visit a branch with photo ID.""",
    """The Lead Tactics Consultant, [[PERSON:Marisol Echeverría]], born [[DATE_TIME:11/30/1979]], requested that her payroll card [[CREDIT_CARD:5167 3209 1144 8702]] be reissued to [[ADDRESS:902 Corrine Flats]], [[ADDRESS:Apt. 417]], [[LOCATION:South Kittyborough]], [[LOCATION:NV]] [[ZIP_CODE:89014]].""",
    """Hey [[USERNAME:kwabena.dev]], your 2FA backup codes were regenerated from [[IP_ADDRESS:41.215.170.66]] using Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36. If this wasn't you, reply to [[EMAIL_ADDRESS:kwabena.asare@proton.me]].""",
    """[[PERSON:Mx. Rowan Achebe-Lind]], a [[AGE:31]]-year-old Product Mobility Liaison, is relocating from [[LOCATION:Hampshire]] to [[ADDRESS:17 Tern Close]], [[LOCATION:Poole]] [[ZIP_CODE:BH17 7LQ]]. Please add their new number [[PHONE_NUMBER:07458 332190]] and retire [[PHONE_NUMBER:01962 840557]].""",
    """The reimbursement of 1,250 USD for [[PERSON:Ayodele]] was sent to [[IBAN_CODE:IE42BOFI90001718552630]] (BIC BOFIIE2D) on [[DATE_TIME:14/02/2024]]. Her masked card ************4071 stays active. Job area: Quality. Job type: Supervisor.""",
    """Please schedule a vaccination for [[PERSON:Ms. Petra Vukovic]], DOB [[DATE_TIME:3rd of May 1990]], at the clinic nearest [[ADDRESS:58 Abernathy Ridge]], [[LOCATION:Reedsburg]], [[LOCATION:Sauk County]]. She prefers morning slots and can be reached on [[PHONE_NUMBER:(608) 555-0139 ext. 22]].""",
    """Security notice: [[USERNAME:jsalonga88]] logged in from [[IP_ADDRESS:112.198.73.4]] (MAC 00-1B-44-11-3A-B7) on [[DATE_TIME:2024/06/01 03:12]]. The account owner, [[PERSON:Jerome Salonga]], lives in [[LOCATION:Quezon City]] and has never travelled abroad.""",
    """Hi [[PERSON:Siddharth]], your voucher for turning [[AGE:42]] is ready! Use it at checkout with card [[CREDIT_CARD:4917612008473163]] expiring 11/26. Delivery to [[ADDRESS:221 Koramangala 5th Block]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560095]].""",
    """Investor [[PERSON:Clementine Aubry-Hastings]] requested a wire from [[IBAN_CODE:CH2704835000123456789]] to her brother [[PERSON:Felix]] in [[LOCATION:Lausanne]]. Reference: INV-2291. Authorised from IP [[IP_ADDRESS:185.12.64.201]] on [[DATE_TIME:Tuesday, 7 May 2024, 16:05]].""",
    """The new District Identity Planner, [[PERSON:Olamide Fashola]], needs VPN access for device MAC b8:27:eb:4c:19:d2 at [[ADDRESS:3303 Carrington Court]], [[ADDRESS:Floor 6]], [[LOCATION:Fort Zackaryside]]. Username [[USERNAME:ofashola]], temporary password Welcome2024!.""",
    """Hi [[PERSON:Shannon]], can you verify the payroll for [[PERSON:Lachlan O'Dea]] ([[ID_NUMBER:EMP-093317]])? His TFN [[ID_NUMBER:872 145 602]] is on file but the super fund was set up under his old address in [[LOCATION:Wagga Wagga]], [[LOCATION:NSW]] [[ZIP_CODE:2650]].""",
    """[[PERSON:Rosalind Mbeki-Thornton]], [[AGE:64]], female, 162 cm, blood type O+, resides at [[ADDRESS:12 Protea Avenue]], [[LOCATION:Durbanville]], [[LOCATION:Cape Town]], [[ZIP_CODE:7550]]. SA ID: [[ID_NUMBER:6003150238085]]. Please verify before the pension transfer.""",
    """We noticed a new sign-in to [[EMAIL_ADDRESS:ellie.marchetti@gmail.com]] from a Windows device at [[IP_ADDRESS:93.41.207.118]] ([[LOCATION:Milan]], [[LOCATION:Italy]]). If this was you, [[PERSON:Eleonora]], you can ignore this message.""",
    """Due to an error, [[PERSON:Kristoffer Haugen]]'s bonus of NOK 18 000 was paid twice. Please reverse one payment from his account [[ID_NUMBER:1503 44 98218]]. He started with us on [[DATE_TIME:01.09.2021]] and his manager is [[PERSON:Astrid Nilsen]].""",
    """Dear [[PERSON:Prof. Abimbola Adeyinka]], your keynote travel is booked: depart [[LOCATION:Lagos]] [[DATE_TIME:24 Oct 2024, 23:15]], return [[DATE_TIME:29 Oct]]. Please send your passport bio page ([[ID_NUMBER:A09182734]]) to [[EMAIL_ADDRESS:abimbola.a@oauife.edu.ng]] for the visa letter.""",
    """Order placed by [[PERSON:Tomasz Wiśniewski]] using card [[CREDIT_CARD:2221004917385206]], CVV 771, shipping to [[ADDRESS:ul. Długa 14/3]], [[ZIP_CODE:80-827]] [[LOCATION:Gdańsk]]. Contact [[PHONE_NUMBER:+48 512 334 908]]. Bitcoin refunds are not supported.""",
    """The Investor Accounts Designer for [[LOCATION:North Yorkshire]], [[PERSON:Harriet Blackwood]], will present on [[DATE_TIME:15/03/2024]]. Her assistant [[PERSON:Deepak]] can be reached at [[EMAIL_ADDRESS:deepak.r@blackwood-advisory.com]] or [[PHONE_NUMBER:01904 612 447]].""",
    """[[PERSON:Kiri Te Rangi]], Senior Configuration Strategist, [[AGE:38]], uses account [[USERNAME:kiri_tr]] with password Pounamu#77. She logs in from [[IP_ADDRESS:203.109.188.42]] ([[LOCATION:Rotorua]]) with Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1.""",
    """Your claim for the broken laptop screen has been received, [[PERSON:Fionnuala]]. We will credit [[IBAN_CODE:IE73AIBK93115224381907]] within 5 working days. Laptop serial SN-5CD1302XQ7 and MAC 9c:b6:d0:e3:41:2f recorded.""",
    """Employee [[PERSON:Arjun Malhotra]] (ID [[ID_NUMBER:104-77-2219]]) was born on [[DATE_TIME:5th August 1988]] in [[LOCATION:Ludhiana]] and joined the [[LOCATION:Leicester]] office on [[DATE_TIME:2 October 2017]]. His NI number is [[ID_NUMBER:SK 28 55 01 A]].""",
    """Gift card delivery for [[PERSON:Oluwaseun]] at [[ADDRESS:Block C, 14 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]. Payment with Mastercard [[CREDIT_CARD:5354 9107 7326 1509]], exp 02/28, CVV 093. Note: leave with the gateman.""",
    """Pursuant to our call, [[PERSON:Mrs. Evangeline Castillo]] will transfer the deposit from account [[ID_NUMBER:000123884710]] (routing 026009593) on [[DATE_TIME:the 21st of June]]. Her realtor, [[PERSON:Brent Yoshida]], will hold the keys until then.""",
    """Hi [[PERSON:Ahmad]], we've shipped your headset to [[ADDRESS:Apartment 1204, Al Seef Tower 2]], [[LOCATION:Dubai Marina]], [[LOCATION:Dubai]]. Payment: Visa [[CREDIT_CARD:4485 1027 3316 0923]]. Questions? Call [[PHONE_NUMBER:+971 50 318 2247]].""",
    """[[PERSON:Nurse Bridget Lawlor]] noted that [[PERSON:Mr Joseph Adeyemi]], [[AGE:73]], left the ward on [[DATE_TIME:Sunday 4 Feb at 18:30]] against medical advice. His next of kin, [[PERSON:Funmi Adeyemi]], was informed at [[PHONE_NUMBER:07850 119 342]].""",
    """New vendor account: [[PERSON:Yusuf Demir]], Chief Optimization Engineer, [[EMAIL_ADDRESS:y.demir@outlook.com.tr]], IBAN TR-format pending, phone [[PHONE_NUMBER:+90 532 481 20 77]], address [[ADDRESS:Bağdat Caddesi No. 218 D:5]], [[LOCATION:Kadıköy]], [[LOCATION:İstanbul]].""",
    """[[PERSON:Harper]]'s Ethereum payout was blocked. Account holder [[PERSON:Harper Quinlan-Moss]], SSN [[US_SSN:471-96-0358]], DOB [[DATE_TIME:1985-12-02]]. Login [[USERNAME:hqm_trades]] from [[IP_ADDRESS:24.6.118.93]] at 02:14.""",
    """Dear [[PERSON:Ms Abena Owusu]], your mortgage offer on [[ADDRESS:29 Larch Road]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK9 3AP]] expires on [[DATE_TIME:30/11/2024]]. Payments will be collected from [[IBAN_CODE:GB65HBUK40112783340612]].""",
    """[[TITLE:Madame]] [[PERSON:Océane Giraud]], Directrice des Opérations Numériques, née le [[DATE_TIME:14/02/1986]], domiciliée [[ADDRESS:27 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]], a demandé le remboursement sur le compte [[IBAN_CODE:FR7630003031100005037718333]] (BIC SOGEFRPP). Tél. : [[PHONE_NUMBER:+33 6 74 21 90 38]].""",
    """Stimate [[TITLE:domnule]] [[PERSON:Vlad Ionescu]], contul [[USERNAME:vlad.ionescu85]] a fost accesat de la adresa IP [[IP_ADDRESS:86.124.77.190]] pe [[DATE_TIME:12.03.2024, ora 22:41]]. Dacă nu ați fost dumneavoastră, contactați-ne de pe numărul [[PHONE_NUMBER:0722 519 036]] asociat contului.""",
    """Kepada Yth. [[TITLE:Bapak]] [[PERSON:Yohanes Pardede]], Manajer Pemasaran Wilayah, kartu kredit [[CREDIT_CARD:4716 0988 2255 4102]] Anda akan dikirim ke [[ADDRESS:Jl. Gatot Subroto No. 112, Blok B]], [[LOCATION:Medan]] [[ZIP_CODE:20112]]. Hubungi [[PHONE_NUMBER:+62 811 6540 2231]] jika ada perubahan.""",
    """[[PERSON:Caoimhe]]'s streaming subscription renews on [[DATE_TIME:01/08/2024]] on card [[CREDIT_CARD:4539 1488 0343 6723]]. Profile: [[USERNAME:caoimhe_watches]], language English, IP [[IP_ADDRESS:109.78.203.15]], device MAC 44:65:0d:9a:be:01.""",
    """Ref. HR-77: the Internal Assurance Officer, [[PERSON:Gaurav Saxena]], aged [[AGE:29]], was transferred from [[LOCATION:Noida]] to the [[LOCATION:Pune]] site; new desk at [[ADDRESS:Tower 3, 7th Floor, Magarpatta City]]. Aadhaar [[ID_NUMBER:5387 4019 2267]] and PAN [[ID_NUMBER:CXKPS7712M]] re-verified.""",
    """Pls reset the router for [[PERSON:Malia Fonoti]] at [[ADDRESS:3/27 Kelvin Grove Road]], [[LOCATION:Brisbane]] [[LOCATION:QLD]] [[ZIP_CODE:4059]]; WAN IP [[IP_ADDRESS:120.148.9.77]], router MAC 70:4f:57:a2:11:c3, admin password left as default.""",
    """Congratulations [[PERSON:Dr. Yaw Antwi]]! Your pilot licence [[ID_NUMBER:GH-ATPL-2207]] renewal is approved. Your new medical is due by [[DATE_TIME:17 September 2025]]; book via [[EMAIL_ADDRESS:yaw.antwi.md@gmail.com]] confirmation link.""",
    # --- in the manner of gretel-pii-masking-en-v1 (domain documents) ---
    """INSURANCE CLAIM FORM
Policyholder: [[PERSON:Reginald T. Ashworth]]
Date of Birth: [[DATE_TIME:04/18/1966]]
Policy Number: HOM-4471-229-08
Address of Loss: [[ADDRESS:1308 Magnolia Bend]], [[LOCATION:Baton Rouge]], [[LOCATION:LA]] [[ZIP_CODE:70810]]
Date of Loss: [[DATE_TIME:August 29, 2024]]
Description: Storm damage to roof and rear fence. Claimant's contractor, Bayou Roofing LLC, estimated $14,300.
Claimant Phone: [[PHONE_NUMBER:(225) 761-4093]]   Email: [[EMAIL_ADDRESS:rashworth66@bellsouth.net]]""",
    """EMPLOYMENT AGREEMENT

This Employment Agreement ("Agreement") is entered into on [[DATE_TIME:January 8, 2024]] by and between Northwind Logistics, Inc., a Delaware corporation ("Company"), and [[PERSON:Priya Venkataraman]], residing at [[ADDRESS:77 Sutter Creek Road]], [[LOCATION:Sacramento]], [[LOCATION:California]] [[ZIP_CODE:95821]] ("Employee"). Employee's start date shall be [[DATE_TIME:February 1, 2024]]. Employee ID [[ID_NUMBER:NWL-30418]] will be assigned on the start date. Salary shall be paid by direct deposit to account no. [[ID_NUMBER:4418203377]].""",
    """Medical Record — Outpatient Note
Patient: [[PERSON:Gloria Esperanza Quintero]]   MRN: [[ID_NUMBER:MR-00588127]]   DOB: [[DATE_TIME:1958-03-22]]
Visit: [[DATE_TIME:2024-05-16]]   Attending: [[PERSON:Dr. Martin Adebayo]]
Health plan member ID: [[ID_NUMBER:XKW884102937]]
HPI: 66-year-old female with type 2 diabetes presents for follow-up. A1c 7.9%. Continue metformin; add empagliflozin 10 mg daily. Return in 3 months.""",
    """LOAN APPLICATION SUMMARY
Applicant: [[PERSON:Tobias Eriksen]]        Co-applicant: [[PERSON:Mai Eriksen]]
SSN (applicant): [[US_SSN:631-27-9054]]
Current address: [[ADDRESS:4120 Birchwood Ct, Apt 12]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55416]] (since 2019)
Employer: Hennepin Health Systems — Annual income: $94,500
Requested amount: $32,000 (auto refinance); Application date: [[DATE_TIME:06/03/2024]]
Existing account: [[ID_NUMBER:7730 0192 5584]]""",
    """RESIDENTIAL LEASE AGREEMENT (excerpt)
Landlord: Greystone Property Management Ltd
Tenant(s): [[PERSON:Kwame Asante-Boakye]] and [[PERSON:Efua Asante-Boakye]]
Premises: [[ADDRESS:Flat 4, 19 Albion Street]], [[LOCATION:Leeds]] [[ZIP_CODE:LS1 6AD]]
Term: twelve (12) months commencing [[DATE_TIME:1 September 2024]]
Rent: £1,150 per calendar month, payable on the 1st by standing order from [[IBAN_CODE:GB26MIDL40051562039841]].
Emergency contact for Tenant: [[PERSON:Ama Boakye]], [[PHONE_NUMBER:07932 481 006]].""",
    """NOTICE OF TERMINATION OF EMPLOYMENT

Dear [[PERSON:Mr. Pieterse]],

This letter confirms that your employment with Kaap Freight (Pty) Ltd will end on [[DATE_TIME:31 July 2024]] due to operational requirements. Your final salary, leave pay and severance will be paid to your account ending 4418 on or before 25 August. Please return your access card and company laptop to [[PERSON:Nadia Jacobs]] in HR.

Employee no.: [[ID_NUMBER:KF-02219]]   ID no.: [[ID_NUMBER:9102275731086]]""",
    """PRIVACY NOTICE — Riverside Community Dental

Riverside Community Dental ("we") collects your name, date of birth, contact details and treatment history to provide care. We do not sell your data. Requests to access or erase your information should go to our Data Protection Officer, [[PERSON:Imogen Saltmarsh]], at dpo@riversidedental.co.uk or by post to the practice. This notice was last updated in March 2024.""",
    """2023 INDIVIDUAL TAX RETURN — SUMMARY
Taxpayer: [[PERSON:Hyun-woo Park]]    SSN: [[US_SSN:662-30-4419]]
Spouse: [[PERSON:Ji-eun Park]]         SSN: [[US_SSN:403-58-1176]]
Filing status: Married filing jointly
Address: [[ADDRESS:2981 Elm Grove Lane]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]]
Dependents: [[PERSON:Daniel Park]] (DOB [[DATE_TIME:2012-07-09]])
Refund: $2,318 — direct deposit to account [[ID_NUMBER:508812407715]], routing 111000025""",
    """BILL OF LADING No. MAEU-558210447
Shipper: Orion Textiles Pvt Ltd, [[LOCATION:Surat]], [[LOCATION:India]]
Consignee: [[PERSON:Fatoumata Diallo]], [[ADDRESS:9 Rue Mohamed V]], [[LOCATION:Dakar]], [[LOCATION:Senegal]]
Notify party: same as consignee, tel. [[PHONE_NUMBER:+221 77 514 20 83]]
Port of loading: [[LOCATION:Nhava Sheva]]   Port of discharge: [[LOCATION:Dakar]]
Description: 312 cartons cotton fabric, gross weight 6,480 kg. Container MSKU 8820147.""",
    """SUMMONS — CIVIL ACTION No. 2024-CV-01187

TO: [[PERSON:Darnell Whitaker]]
[[ADDRESS:615 Peachtree Hills Ave NE, Unit 3]]
[[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30305]]

You are hereby summoned to appear before the Magistrate Court in [[LOCATION:Fulton County]] on [[DATE_TIME:October 22, 2024 at 9:00 a.m.]] to answer the complaint of plaintiff [[PERSON:Lorena Batista]]. Failure to appear may result in a default judgment against you.""",
    """DURABLE POWER OF ATTORNEY

I, [[PERSON:Eleanor Mae Cunningham]], of [[ADDRESS:48 Quarry Hill Road]], [[LOCATION:Montpelier]], [[LOCATION:Vermont]], born on [[DATE_TIME:June 2, 1941]], appoint my daughter, [[PERSON:Susan Cunningham-Reyes]], as my agent. This power of attorney shall not be affected by my subsequent disability. Signed on [[DATE_TIME:this 14th day of March, 2024]].

Witness: [[PERSON:Gordon Pike]]""",
    """VEHICLE SALE AGREEMENT
Seller: [[PERSON:Brendan Carolan]], [[ADDRESS:11 Ballyboden Way]], [[LOCATION:Dublin 16]], [[ZIP_CODE:D16 X2F8]]
Buyer: [[PERSON:Agnieszka Zielińska]], [[PHONE_NUMBER:087 412 3308]]
Vehicle: 2017 Skoda Octavia, reg. [[ID_NUMBER:171-D-44827]], VIN TMBJG7NE4H0123471, odometer 142,300 km
Price: €9,800, paid in full on [[DATE_TIME:18/04/2024]] by bank transfer.""",
    """Transcript request form
Name at time of attendance: [[PERSON:Rebecca L. Sorensen]]
Current name: [[PERSON:Rebecca Sorensen-Albright]]
Student ID: [[ID_NUMBER:900184327]]   Dates attended: 2009–2013
Date of birth: [[DATE_TIME:Nov. 11, 1990]]
Send to: Office of Admissions, Western State Nursing Program (electronic)
Requester email: [[EMAIL_ADDRESS:becca.albright@icloud.com]]""",
    """MORTGAGE STATEMENT — Statement date 07/01/2024
Borrower(s): [[PERSON:Luis A. Herrera]], [[PERSON:Carmen Herrera]]
Property: [[ADDRESS:3306 Ocotillo Drive]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85712]]
Loan number: [[ID_NUMBER:0048812277]]
Principal balance: $187,442.16   Payment due: 08/01/2024   Amount due: $1,486.33
Questions? Call 1-800-555-0199 (Mon–Fri 8–8 ET).""",
    """CLINICAL TRIAL ENROLLMENT CONFIRMATION
Study: PRX-204 Phase II (hypertension)
Participant: [[PERSON:Obinna Chukwuemeka]], [[AGE:54]] years
Enrollment date: [[DATE_TIME:12 March 2024]]   Randomisation arm: blinded
Site investigator: [[PERSON:Dr. Helen Marsh]]
NHS number: [[ID_NUMBER:401 023 2137]]
Next visit: [[DATE_TIME:9 April 2024, 08:45]] (fasting)""",
    """WORKPLACE INCIDENT REPORT
Reported by: [[PERSON:Carlos Mendoza]] (Supervisor, Line 3)
Injured employee: [[PERSON:Tevita Fifita]], employee #[[ID_NUMBER:88213]]
Date/time of incident: [[DATE_TIME:05/28/2024 14:35]]
Location: Warehouse B, loading dock 4
Description: Employee's left hand was caught between pallet and dock leveler. First aid given; transported to St. Rose Hospital by co-worker [[PERSON:Jenny Tran]].""",
    """AUTHORIZATION FOR BACKGROUND CHECK

I, [[PERSON:Marcus Aurelio Bianchi]], authorize Keystone Screening to obtain consumer reports about me. Previous addresses (last 7 years): [[ADDRESS:88 Pine St, Apt 5]], [[LOCATION:Providence]], [[LOCATION:RI]] [[ZIP_CODE:02903]]; [[ADDRESS:15 Bay View Ave]], [[LOCATION:Warwick]], [[LOCATION:RI]] [[ZIP_CODE:02889]]. Driver's license: [[US_DRIVER_LICENSE:7018244]] (RI). SSN: [[US_SSN:289-61-4402]]. Date of birth: [[DATE_TIME:09/03/1987]].""",
    """Customer support log — chat transcript
Agent: Thank you for contacting us. May I have the account holder's full name?
Customer: [[PERSON:Ngozi Eze-Williams]].
Agent: And the postcode on the account?
Customer: [[ZIP_CODE:SE15 4QN]].
Agent: Thanks. I can see the refund was issued to the card ending 0923 on [[DATE_TIME:2 May]].
Customer: My new email is [[EMAIL_ADDRESS:ngozi.ew@btinternet.com]], can you update it?
Agent: Done.""",
    """LAST WILL AND TESTAMENT (excerpt)

I, [[PERSON:Walter Hemi Ruatapu]], of [[ADDRESS:26 Totara Street]], [[LOCATION:Whanganui]], revoke all former wills. I appoint my nephew, [[PERSON:Anaru Ruatapu]], as executor. I leave my house to my partner, [[PERSON:Janet Collier]], and my fishing boat to my grandson, [[PERSON:Tama]]. Dated [[DATE_TIME:2 February 2023]].""",
    """CERTIFICATE OF SPONSORSHIP — SUMMARY
Sponsor licence holder: Halden Engineering Ltd
Worker: [[PERSON:Mehmet Yıldırım]], [[NRP:Turkish]] national
Date of birth: [[DATE_TIME:21/09/1992]]   Passport: [[ID_NUMBER:U18273645]]
Job title: Structural Engineer (SOC 2121)   Salary: £46,000
Intended start date: [[DATE_TIME:2 September 2024]]
UK address: [[ADDRESS:5 Mill Race Court]], [[LOCATION:Derby]] [[ZIP_CODE:DE1 3RT]]""",
    """DENTAL CLAIM FORM
Subscriber: [[PERSON:Irene Kowalski]]     Subscriber ID: [[ID_NUMBER:DLT00492218]]
Patient: [[PERSON:Maya Kowalski]] (dependent, age [[AGE:13]])
Date of service: [[DATE_TIME:04/02/2024]]   Procedure: D1351 sealant x4
Treating dentist: [[PERSON:Dr. Anil Gupta]], NPI [[ID_NUMBER:1538209465]]""",
    """DIRECT DEPOSIT AUTHORIZATION
Employee name: [[PERSON:Chanel Broussard]]
Employee ID: [[ID_NUMBER:004518]]
Bank: Hancock Whitney   Account type: Checking
Account number: [[ID_NUMBER:002198467201]]   Routing number: 065400137
Effective with the pay period beginning [[DATE_TIME:08/12/2024]].
Signature: [[PERSON:C. Broussard]]""",
    """To whom it may concern,

It is my pleasure to recommend [[PERSON:Ms. Aroha Te Whata]], who worked under my supervision at Waikato District Health from [[DATE_TIME:March 2019]] to [[DATE_TIME:June 2024]]. She is reliable and kind. Please contact me at [[EMAIL_ADDRESS:graham.muir@xtra.co.nz]] or [[PHONE_NUMBER:+64 7 839 2210]] if you need anything further.

[[PERSON:Graham Muir]], Charge Nurse""",
    """PROFESSIONAL LICENSE VERIFICATION
Licensee: [[PERSON:Oksana Hrytsenko]], RN
License number: [[ID_NUMBER:RN-1189432]]   State: [[LOCATION:Texas]]
Original issue date: [[DATE_TIME:03/15/2016]]   Expiration: [[DATE_TIME:03/31/2026]]   Status: Active
Address of record: [[ADDRESS:10422 Ferndale Trace]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77064]]
No disciplinary actions on file.""",
    """CONTRAT DE BAIL DE RÉSIDENCE PRINCIPALE (Région de Bruxelles-Capitale)
Entre : [[PERSON:Marc Dewaele]], bailleur, et [[PERSON:Aïcha Benali]], preneuse, née le [[DATE_TIME:04/02/1993]], numéro de registre national [[ID_NUMBER:93.02.04-082.19]].
Bien loué : [[ADDRESS:rue de la Brasserie 71, boîte 3]], [[ZIP_CODE:1050]] [[LOCATION:Ixelles]].
Durée : 3 ans à partir du [[DATE_TIME:1er octobre 2024]]. Loyer : 920 € par mois, versés sur le compte [[IBAN_CODE:BE03 3100 7288 5684]].
Garantie locative : deux mois de loyer.""",
    """CONTRACT INDIVIDUAL DE MUNCĂ nr. 118/2024
Angajator: SC Delta Construct SRL, CUI RO18822143
Salariat: [[PERSON:Elena-Mădălina Stan]], CNP [[ID_NUMBER:2931220130781]], domiciliată în [[LOCATION:Constanța]], [[ADDRESS:bd. Tomis nr. 143, bl. T4, sc. B, ap. 27]], județul [[LOCATION:Constanța]]
Data începerii activității: [[DATE_TIME:15.04.2024]]
Funcția: contabil   Salariu de bază brut: 5.800 lei
Plata salariului în contul [[IBAN_CODE:RO76 RNCB 0082 0447 1237 0001]].""",
    """SURAT KETERANGAN DOMISILI
Yang bertanda tangan di bawah ini, Lurah [[LOCATION:Kebayoran Baru]], menerangkan bahwa:
Nama: [[PERSON:Dian Permatasari]]
NIK: [[ID_NUMBER:3174055408920003]]
Tempat/Tgl. Lahir: [[LOCATION:Jakarta]], [[DATE_TIME:14-08-1992]]
Agama: [[NRP:Islam]]
Alamat: [[ADDRESS:Jl. Wijaya II No. 8, RT 004/RW 02]], [[LOCATION:Kebayoran Baru]], [[LOCATION:Jakarta Selatan]] [[ZIP_CODE:12160]]
benar berdomisili di alamat tersebut.""",
    """HEALTH PLAN ENROLLMENT CHANGE
Member: [[PERSON:Dwayne Oyelaran-Hughes]]   Member ID: [[ID_NUMBER:W4418820317]]
Qualifying event: birth of child on [[DATE_TIME:05/06/2024]]
Add dependent: [[PERSON:Zuri Oyelaran-Hughes]], DOB [[DATE_TIME:05/06/2024]], relationship: daughter
Coverage effective: same day
Member phone: [[PHONE_NUMBER:404-555-0163]]""",
    """UTILITY ACCOUNT TRANSFER REQUEST
Outgoing occupant: [[PERSON:Simon Leclerc]]   Forwarding address: [[ADDRESS:390 Rue Saint-Paul Ouest, app. 7]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2Y 2A7]]
Incoming occupant: [[PERSON:Haruka Tanaka]]   Phone: [[PHONE_NUMBER:514-555-0147]]
Service address: [[ADDRESS:1218 Avenue Laurier Est]], [[LOCATION:Montréal]]
Transfer date: [[DATE_TIME:2024-07-01]]   Final reading: 55182 kWh""",
    """PRESCRIPTION
Patient: [[PERSON:Aleksander Novak]]   DOB: [[DATE_TIME:03/03/1971]]   Age: [[AGE:53]]
Address: [[ADDRESS:702 Spring Garden St, Apt 3F]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19123]]
Rx: Lisinopril 20 mg tablets — #30 — 1 tab PO daily — Refills: 3
Prescriber: [[PERSON:Dr. Naomi Feld]], MD   DEA: [[ID_NUMBER:BF4482915]]
Date written: [[DATE_TIME:06/11/2024]]""",
    # --- in the manner of Nemotron-PII (structured: JSON, logs, SQL, XML, config, code, tickets, forms) ---
    """{"customer_id": "[[ID_NUMBER:CUST-0092817]]", "first_name": "[[PERSON:Imani]]", "last_name": "[[PERSON:Okoro-Banks]]", "email": "[[EMAIL_ADDRESS:imani.okorobanks@gmail.com]]", "phone": "[[PHONE_NUMBER:+1-312-555-0187]]", "date_of_birth": "[[DATE_TIME:1993-04-27]]", "address": {"street": "[[ADDRESS:2840 N Halsted St]]", "unit": "[[ADDRESS:Apt 2R]]", "city": "[[LOCATION:Chicago]]", "state": "[[LOCATION:IL]]", "postcode": "[[ZIP_CODE:60657]]"}, "loyalty_tier": "gold"}""",
    """[[DATE_TIME:2024-06-14T08:22:41.118Z]] INFO  auth-service  login_success user=[[USERNAME:r.castellanos]] uid=[[ID_NUMBER:550219]] src_ip=[[IP_ADDRESS:10.42.7.118]] mac=a4:83:e7:2c:19:0b ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36" session=8f3c2a91e6d04b7f
[[DATE_TIME:2024-06-14T08:23:05.402Z]] WARN  auth-service  mfa_retry user=[[USERNAME:r.castellanos]] src_ip=[[IP_ADDRESS:10.42.7.118]] attempt=2""",
    """INSERT INTO patients (patient_id, full_name, dob, ssn, phone, blood_type, insurer_member_no) VALUES
('[[ID_NUMBER:P-771034]]', '[[PERSON:Harold Birchfield]]', '[[DATE_TIME:1949-10-03]]', '[[US_SSN:512-44-8873]]', '[[PHONE_NUMBER:(503) 555-0129]]', 'A-', '[[ID_NUMBER:MBR99201847]]'),
('[[ID_NUMBER:P-771035]]', '[[PERSON:Lucia Ferreira Santos]]', '[[DATE_TIME:1977-01-19]]', NULL, '[[PHONE_NUMBER:503-555-0164]]', 'O+', '[[ID_NUMBER:MBR99207311]]');""",
    """<employee>
  <id>[[ID_NUMBER:E10442]]</id>
  <name>
    <first>[[PERSON:Sven]]</first>
    <last>[[PERSON:Lindqvist-Obi]]</last>
  </name>
  <title>Site Reliability Engineer</title>
  <email>[[EMAIL_ADDRESS:sven.lindqvistobi@corvexa.io]]</email>
  <hire_date>[[DATE_TIME:2021-03-15]]</hire_date>
  <home_address>[[ADDRESS:Vasagatan 12]], [[ZIP_CODE:111 20]] [[LOCATION:Stockholm]]</home_address>
  <workstation_ip>[[IP_ADDRESS:192.168.40.27]]</workstation_ip>
</employee>""",
    """# config/notify.yaml
owner:
  name: [[PERSON:Priyanka Chatterjee]]
  email: [[EMAIL_ADDRESS:priyanka.c@fastmail.com]]
  pager: "[[PHONE_NUMBER:+91 90040 17722]]"
smtp:
  host: smtp.mailgun.org
  port: 587
  user: postmaster@alerts.example.net
  password: "hT7!qP2x_vR9"
allowlist:
  - [[IP_ADDRESS:49.36.112.8]]
  - [[IP_ADDRESS:2401:4900:1c2a:8b3e::17]]""",
    """def test_create_account():
    payload = {
        "username": "[[USERNAME:bella_nguyen22]]",
        "full_name": "[[PERSON:Bella Nguyen]]",
        "card_number": "[[CREDIT_CARD:4024007163528176]]",
        "cvv": "612",
        "expiry": "09/29",
        "billing_zip": "[[ZIP_CODE:92683]]",
    }
    resp = client.post("/api/v2/accounts", json=payload)
    assert resp.status_code == 201""",
    """Ticket #48213 — Priority: High — Status: Open
Requester: [[PERSON:Olga Petrenko]] <[[EMAIL_ADDRESS:o.petrenko@ukr.net]]>
Phone: [[PHONE_NUMBER:+380 67 412 9083]]
Subject: Charged twice for annual plan
Body: Hello, my card [[CREDIT_CARD:5570 3911 0624 7135]] was charged twice on [[DATE_TIME:3 March]]. My username is [[USERNAME:olgap_kyiv]]. Please refund one payment. I live in [[LOCATION:Lviv]] now, not [[LOCATION:Kyiv]].
Assigned to: [[PERSON:Mateo Alvarez]]""",
    """name,email,phone,dob,national_id,city
[[PERSON:Kagiso Molefe]],[[EMAIL_ADDRESS:kagiso.molefe@webmail.co.za]],[[PHONE_NUMBER:+27 71 448 2093]],[[DATE_TIME:1988-06-14]],[[ID_NUMBER:8806140124084]],[[LOCATION:Pretoria]]""",
    """[[[DATE_TIME:2024-03-02 19:44:10]]] payment.service ERROR charge_failed order=ORD-771-2294 customer="[[PERSON:Tanvir Hasan]]" card=[[CREDIT_CARD:4929183055716041]] exp=04/26 amount=129.99 currency=GBP ip=[[IP_ADDRESS:86.150.33.207]] reason="do_not_honor"
[2024-03-02 19:44:12] payment.service INFO retry_scheduled order=ORD-771-2294 delay=300s""",
    """{
  "event": "kyc_submitted",
  "timestamp": "[[DATE_TIME:2024-09-30T11:02:55+05:30]]",
  "applicant": {
    "name": "[[PERSON:Mohit Agarwal]]",
    "gender": "male",
    "dob": "[[DATE_TIME:14/08/1990]]",
    "pan": "[[ID_NUMBER:AGRPA6612L]]",
    "aadhaar": "[[ID_NUMBER:3910 5528 6432]]",
    "mobile": "[[PHONE_NUMBER:+919811044027]]",
    "address": "[[ADDRESS:C-44, Sector 19]], [[LOCATION:Noida]], [[LOCATION:Uttar Pradesh]] [[ZIP_CODE:201301]]"
  },
  "religion": "[[NRP:Hindu]]",
  "device_id": "a91f-33c0-7be2"
}""",
    """UPDATE users SET email = '[[EMAIL_ADDRESS:m.oconnell@eircom.net]]', phone = '[[PHONE_NUMBER:+353 86 204 7718]]', last_login = '[[DATE_TIME:2024-05-21 07:13:44]]' WHERE username = '[[USERNAME:maeveoc]]' AND account_no = '[[ID_NUMBER:IE-0044718]]';""",
    """Form W-4 (draft extract)
Step 1(a) First name and middle initial: [[PERSON:Kendra J.]]   Last name: [[PERSON:Whitfield]]
(b) Social security number: [[US_SSN:219-47-3806]]
Address: [[ADDRESS:1604 Cumberland Ave]]
City or town, state, and ZIP code: [[LOCATION:Knoxville]], [[LOCATION:TN]] [[ZIP_CODE:37916]]
(c) [x] Single or Married filing separately
Employee's signature: [[PERSON:Kendra J. Whitfield]]   Date: [[DATE_TIME:01/02/2024]]""",
    """<?xml version="1.0" encoding="UTF-8"?>
<PaymentInstruction>
  <Debtor>
    <Nm>[[PERSON:Annelies de Graaf]]</Nm>
    <IBAN>[[IBAN_CODE:NL09INGB0006928471]]</IBAN>
    <BIC>INGBNL2A</BIC>
  </Debtor>
  <Creditor>
    <Nm>Rotterdam Woonstichting</Nm>
  </Creditor>
  <Amount Ccy="EUR">845.00</Amount>
  <ReqdExctnDt>[[DATE_TIME:2024-08-01]]</ReqdExctnDt>
</PaymentInstruction>""",
    """[Unit]
Description=Nightly home backup
[Service]
Environment="BACKUP_USER=[[USERNAME:jsmith]]"
Environment="BACKUP_NOTIFY=[[EMAIL_ADDRESS:jonathan.smith@hartleyfoods.com]]"
Environment="BACKUP_TARGET=sftp://backup.internal:2222/home"
Environment="OWNER_MOBILE=[[PHONE_NUMBER:07811 390 224]]"
ExecStart=/usr/local/bin/restic backup /home/${BACKUP_USER}""",
    """Support ticket SR-20931
Customer: [[PERSON:Ifeanyi Obiora]]
Account #: [[ID_NUMBER:AC-7720-1183]]
Contact: [[PHONE_NUMBER:0803 441 2786]] / [[EMAIL_ADDRESS:ifeanyi.obiora@yahoo.com]]
Issue: Router at [[ADDRESS:17 Allen Avenue]], [[LOCATION:Ikeja]], [[LOCATION:Lagos]] drops connection nightly. Router MAC 00:25:9c:cf:1c:ac, WAN IP [[IP_ADDRESS:105.112.44.19]].
BVN provided for verification: [[ID_NUMBER:22318840917]]
Notes: visited on [[DATE_TIME:11 July]], replaced splitter.""",
    """const seedUsers = [
  { id: 1, name: "[[PERSON:Aiko Matsumoto]]", email: "[[EMAIL_ADDRESS:aiko.matsumoto@docomo.ne.jp]]", phone: "[[PHONE_NUMBER:090-4418-2271]]", zip: "[[ZIP_CODE:150-0002]]" },
  { id: 2, name: "[[PERSON:Ravi Shankar Pillai]]", email: "[[EMAIL_ADDRESS:ravi.pillai@rediffmail.com]]", phone: "[[PHONE_NUMBER:+91 94470 22815]]", zip: "[[ZIP_CODE:695014]]" },
];""",
    """Patient intake (web form submission)
full_name=[[PERSON:Marguerite Osei]]&dob=[[DATE_TIME:1962-11-08]]&sex=F&phone=[[PHONE_NUMBER:6175550143]]&email=[[EMAIL_ADDRESS:margosei62@aol.com]]&insurance_id=[[ID_NUMBER:BCBS-XJK448201937]]&allergies=penicillin&religion=[[NRP:Seventh-day Adventist]]&emergency_contact=[[PERSON:Kojo Osei]]""",
    """[[DATE_TIME:Jun 03 14:02:11]] vpn-gw01 openvpn[2281]: [[USERNAME:lwanjiku]]/[[IP_ADDRESS:197.232.61.140]]:51822 MULTI_sva: pool returned IPv4=[[IP_ADDRESS:10.8.0.14]], IPv6=(Not enabled)
[[DATE_TIME:Jun 03 14:02:11]] vpn-gw01 openvpn[2281]: [[USERNAME:lwanjiku]]/[[IP_ADDRESS:197.232.61.140]]:51822 peer info: IV_PLAT=win IV_HWADDR=f4:8c:50:1a:22:9e
[[DATE_TIME:Jun 03 14:05:47]] vpn-gw01 openvpn[2281]: [[USERNAME:okamau]]/[[IP_ADDRESS:41.90.118.7]]:40211 TLS Auth Error: Auth Username/Password verification failed""",
    """{"type":"chargeback","case":"CB-2024-00817","cardholder":{"name":"[[PERSON:Rhys Llewellyn]]","card":"[[CREDIT_CARD:4117442650391887]]","billing_postcode":"[[ZIP_CODE:CF10 1EP]]"},"merchant":"Glyn Outdoors Ltd","amount":"£212.40","reason":"item not received","opened_by":"[[USERNAME:agent_ski]]"}""",
    """SELECT c.customer_id, c.name, c.iban
FROM customers c
WHERE c.name = '[[PERSON:Ștefan Munteanu]]'
   OR c.iban = '[[IBAN_CODE:RO15INGB0000999907245183]]';
-- result: 1 row (customer_id = [[ID_NUMBER:409918]], created [[DATE_TIME:2019-02-11]])""",
    """HR onboarding checklist — new hire
[x] Name: [[PERSON:Tamar Ben-David]]
[x] Start date: [[DATE_TIME:Sunday, 1 September 2024]]
[x] Emergency contact: [[PERSON:Yosef Ben-David]] ([[PHONE_NUMBER:+972 52-448-1097]])
[ ] Bank details: pending
[x] Laptop asset tag IT-44821, serial C02ZK1XYMD6R
[x] Slack handle: [[USERNAME:tamar.bd]]""",
    """apiVersion: v1
kind: Secret
metadata:
  name: billing-contact
  annotations:
    owner: "[[PERSON:Lars Kristiansen]] <[[EMAIL_ADDRESS:lars.kristiansen@nordpay.no]]>"
stringData:
  STRIPE_KEY: sk_live_51Hx0000fakekey000
  ESCALATION_PHONE: "[[PHONE_NUMBER:+47 412 88 031]]\"""",
    """Loan application (JSON export)
{"applicant_name":"[[PERSON:Jessica Amoah]]","ssn":"[[US_SSN:582-17-9930]]","dob":"[[DATE_TIME:07/19/1984]]","employer":"Columbus Metro Schools","occupation":"teacher","annual_income":61200,"address":"[[ADDRESS:455 Oakland Park Ave]]","city":"[[LOCATION:Columbus]]","state":"[[LOCATION:OH]]","zip":"[[ZIP_CODE:43214]]","drivers_license":"[[US_DRIVER_LICENSE:SU418226]]","marital_status":"married"}""",
    """Access log excerpt:
[[IP_ADDRESS:203.0.113.77]] - [[USERNAME:mrossi]] [[[DATE_TIME:12/Apr/2024:09:15:02 +0200]]] "GET /account/settings HTTP/1.1" 200 5124 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0"
[[IP_ADDRESS:203.0.113.77]] - [[USERNAME:mrossi]] [[[DATE_TIME:12/Apr/2024:09:15:40 +0200]]] "POST /account/email HTTP/1.1" 302 0 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0\"""",
    """Form: Change of Address (Benefits)
Claimant: [[PERSON:Sipho Ndlovu]]
ID number: [[ID_NUMBER:8509115482087]]
Old address: [[ADDRESS:42 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2193]]
New address: [[ADDRESS:7 Rissik Street, Unit 5]], [[LOCATION:Braamfontein]] [[ZIP_CODE:2001]]
Date of move: [[DATE_TIME:2024-10-15]]
Cell: [[PHONE_NUMBER:083 229 7714]]""",
    """// TODO remove hard-coded test user before release
const ADMIN = {
  user: "[[USERNAME:dkhalil]]",
  name: "[[PERSON:Dina Khalil]]",
  ip: "[[IP_ADDRESS:2001:41d0:302:2200::4e1]]",
  mac: "0c:c4:7a:9d:31:8e",
  recoveryEmail: "[[EMAIL_ADDRESS:dina.khalil.89@gmail.com]]",
};""",
    """Incident: ID theft report, filed [[DATE_TIME:2024-02-19]]
Victim: [[PERSON:Ruth Okafor-Lindgren]], DOB [[DATE_TIME:1956-05-30]], SSN [[US_SSN:347-10-2288]]
Fraudulent accounts opened: credit card [[CREDIT_CARD:5200 9943 6128 7759]]; cell contract on [[PHONE_NUMBER:(614) 555-0172]]
Passport (not compromised): [[US_PASSPORT:561204873]]""",
    """{"resourceType":"Patient","id":"pt-55810","identifier":[{"system":"urn:oid:2.16.840.1.113883.2.1.4.1","value":"[[ID_NUMBER:6329184577]]"}],"name":[{"family":"[[PERSON:Adeyemi]]","given":["[[PERSON:Folasade]]"]}],"gender":"female","birthDate":"[[DATE_TIME:1981-02-12]]","address":[{"line":["[[ADDRESS:14 Mornington Crescent]]"],"city":"[[LOCATION:London]]","postalCode":"[[ZIP_CODE:NW1 7RH]]"}],"telecom":[{"system":"phone","value":"[[PHONE_NUMBER:020 7946 0381]]"}]}""",
    """Rental car agreement RA-88120
Driver: [[PERSON:Oscar Lindahl]]   Licence: [[ID_NUMBER:LINDA805187O99XK]] (GB)
Date of birth: [[DATE_TIME:18 May 1987]]
Pick-up: [[DATE_TIME:02/09/2024 10:30]], [[LOCATION:Edinburgh]] Airport
Vehicle reg: [[ID_NUMBER:SG73 KFX]]   Fuel: full/full
Card on file: [[CREDIT_CARD:3530 1162 4409 1770]] (JCB), pre-auth £250
Additional driver: none""",
    """Member export — running club (CSV with notes)
# exported by [[USERNAME:club_admin_gavin]] on [[DATE_TIME:2024-04-02]]
member_no;name;email;emergency_phone;notes
[[ID_NUMBER:RC-0117]];[[PERSON:Declan Hughes]];[[EMAIL_ADDRESS:dec.hughes@gmail.com]];[[PHONE_NUMBER:07700 900812]];knee injury, no hills""",
    """From: [[PERSON:Hollis Grantham]] <[[EMAIL_ADDRESS:hgrantham@comcast.net]]>
To: claims@shieldmutual.com
Date: [[DATE_TIME:Mon, 8 Jul 2024 07:52:19 -0400]]
Subject: Claim CLM-2024-448190 - water damage
X-Originating-IP: [[[IP_ADDRESS:73.162.40.219]]]

Policy HO-2290114. Loss address [[ADDRESS:58 Juniper Hollow Rd]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28805]]. Adjuster visit requested for [[DATE_TIME:Wednesday, July 10]]; best number [[PHONE_NUMBER:828-555-0106]].""",
]

TABLE = [
    """application_ref,surname,given_names,nationality,passport_no,dob,visa_type,decision
VA-24-00871,[[PERSON:Osei]],[[PERSON:Kwabena Yaw]],[[NRP:Ghanaian]],[[ID_NUMBER:G2918407]],[[DATE_TIME:1990-02-11]],Skilled Worker,approved
VA-24-00872,[[PERSON:Castillo Rivas]],[[PERSON:María José]],[[NRP:Colombian]],[[ID_NUMBER:AV417729]],[[DATE_TIME:1996-07-30]],Student,pending
VA-24-00875,[[PERSON:Haddad]],[[PERSON:Rami]],[[NRP:Lebanese]],[[ID_NUMBER:RL2284190]],[[DATE_TIME:1984-12-05]],Visitor,refused""",
    """| Emp # | Employee | Period | Hours claimed | Hours paid | Dispute raised |
|---|---|---|---|---|---|
| [[ID_NUMBER:40118]] | [[PERSON:Gloria Mendes]] | P06 | 88 | 80 | [[DATE_TIME:18/03/2024]] |
| [[ID_NUMBER:40263]] | [[PERSON:Tunde Bakare]] | P06 | 92.5 | 84 | [[DATE_TIME:19/03/2024]] |
| [[ID_NUMBER:40301]] | [[PERSON:Hoang Minh Chau]] | P06 | 80 | 80 | - |
| [[ID_NUMBER:40355]] | [[PERSON:Aleksandra Nowicka]] | P07 | 76 | 60 | [[DATE_TIME:02/04/2024]] |""",
    "player\tdob\tage_group\tparent_guardian\tcontact\tkit\n[[PERSON:Jayden Osei-Mensah]]\t[[DATE_TIME:14/02/2015]]\tU10\t[[PERSON:Abena Osei-Mensah]]\t[[PHONE_NUMBER:07402 118 930]]\tYM\n[[PERSON:Freya Lindgren]]\t[[DATE_TIME:03/09/2014]]\tU10\t[[PERSON:Nils Lindgren]]\t[[PHONE_NUMBER:07893 554 201]]\tYL\n[[PERSON:Mohammed Iqbal]]\t[[DATE_TIME:22/11/2015]]\tU9\t[[PERSON:Shazia Iqbal]]\t[[PHONE_NUMBER:07511 390 647]]\tYS\n[[PERSON:Poppy-Rose Clarke]]\t[[DATE_TIME:30/06/2014]]\tU10\t[[PERSON:Dean Clarke]]\t[[PHONE_NUMBER:07950 223 418]]\tYM",
    """{"rx_no": "RX-7718204", "patient": "[[PERSON:Winifred Achebe]]", "dob": "[[DATE_TIME:1944-08-19]]", "drug": "warfarin 3mg", "qty": 28, "prescriber": "[[PERSON:Dr. Ian Colquhoun]]", "status": "ready"}
{"rx_no": "RX-7718211", "patient": "[[PERSON:Keanu Makoa]]", "dob": "[[DATE_TIME:2001-03-02]]", "drug": "salbutamol inhaler", "qty": 2, "prescriber": "[[PERSON:Dr. Leah Fong]]", "status": "awaiting stock"}
{"rx_no": "RX-7718230", "patient": "[[PERSON:Esperanza Villalobos]]", "dob": "[[DATE_TIME:1969-11-25]]", "drug": "levothyroxine 75mcg", "qty": 56, "prescriber": "[[PERSON:Dr. Ian Colquhoun]]", "status": "collected"}""",
    """contracts:
  - msisdn: "[[PHONE_NUMBER:+44 7700 900318]]"
    holder: [[PERSON:Ruairi Gallagher]]
    account: [[ID_NUMBER:ACC-55201947]]
    plan: Unlimited 24m
    start: [[DATE_TIME:2023-05-12]]
    status: active
  - msisdn: "[[PHONE_NUMBER:+44 7700 900562]]"
    holder: [[PERSON:Nkechi Ume]]
    account: [[ID_NUMBER:ACC-55208830]]
    plan: 30GB SIM-only 12m
    start: [[DATE_TIME:2024-01-03]]
    status: disputed (early termination fee)""",
    """Report ID: TS-90412
Reported user: [[USERNAME:jay_the_chef]]
Display name: [[PERSON:Jay]]
Stated age: [[AGE:31]]
Category: financial scam
Reporter: [[USERNAME:lina.k]]

Report ID: TS-90417
Reported user: [[USERNAME:mark.surfs.sydney]]
Display name: [[PERSON:Mark Delaney]]
Stated age: [[AGE:42]]
Category: harassment after meeting on [[DATE_TIME:14 Jan 2024]]
Reporter: [[USERNAME:kirra_b]]""",
    """STAFF DIRECTORY - FACILITIES (printed 2024-05-01)
NAME                  EXT    MOBILE          DESK
[[PERSON:Abernethy, Colin]]      4410   [[PHONE_NUMBER:07781 220 945]]   B2-14
[[PERSON:Ferreira, Joana]]       4412   [[PHONE_NUMBER:07412 873 301]]   B2-15
[[PERSON:Nakamura, Ken]]         4419   [[PHONE_NUMBER:07958 102 667]]   B3-02
[[PERSON:Ogunleye, Bisi]]        4425   [[PHONE_NUMBER:07834 661 209]]   B3-07""",
    """id,first,last,email,ip_address,country,signup
1,[[PERSON:Evander]],[[PERSON:Holyfield-Price]],[[EMAIL_ADDRESS:evander.hp@gmail.com]],[[IP_ADDRESS:73.51.204.17]],[[LOCATION:United States]],[[DATE_TIME:2023-11-02]]
2,[[PERSON:Mette]],[[PERSON:Kjærsgaard]],[[EMAIL_ADDRESS:mette.kj@hotmail.dk]],[[IP_ADDRESS:87.61.118.240]],[[LOCATION:Denmark]],[[DATE_TIME:2023-11-02]]
3,[[PERSON:Thabo]],[[PERSON:Nkosi]],[[EMAIL_ADDRESS:thabo.nkosi@mweb.co.za]],[[IP_ADDRESS:196.21.44.103]],[[LOCATION:South Africa]],[[DATE_TIME:2023-11-03]]
4,[[PERSON:Ana Paula]],[[PERSON:Rezende]],[[EMAIL_ADDRESS:anapaula.rezende@uol.com.br]],[[IP_ADDRESS:177.92.8.61]],[[LOCATION:Brazil]],[[DATE_TIME:2023-11-05]]""",
    """| Tenant | Unit | Lease start | Monthly rent | Arrears | Phone |
| --- | --- | --- | --- | --- | --- |
| [[PERSON:Desiree Holloway]] | [[ADDRESS:Apt 101, 2250 Fulton St]] | [[DATE_TIME:Jan 1, 2023]] | $1,850 | $0 | [[PHONE_NUMBER:(415) 555-0110]] |
| [[PERSON:Miguel Ángel Soto]] | [[ADDRESS:Apt 204, 2250 Fulton St]] | [[DATE_TIME:Aug 15, 2022]] | $1,975 | $3,950 | [[PHONE_NUMBER:(415) 555-0127]] |
| [[PERSON:Wen Li]] | [[ADDRESS:Apt 307, 2250 Fulton St]] | [[DATE_TIME:Mar 1, 2024]] | $2,100 | $0 | [[PHONE_NUMBER:(628) 555-0195]] |""",
    """name: [[PERSON:Oluwadamilare Ajayi]]
student_id: [[ID_NUMBER:U2219043]]
programme: MSc Data Science
nationality: [[NRP:Nigerian]]
term_address: [[ADDRESS:Room 14, Tower Court]], [[LOCATION:Egham]] [[ZIP_CODE:TW20 0EX]]
home_address: [[ADDRESS:22 Bode Thomas Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]
visa_expiry: [[DATE_TIME:2025-01-31]]
status: enrolled""",
    """card_holder|card_number|exp|brand|last_used
[[PERSON:Giulia Romano]]|[[CREDIT_CARD:4556739182046626]]|05/27|VISA|[[DATE_TIME:2024-06-02]]
[[PERSON:Kaveh Farahani]]|[[CREDIT_CARD:379910482765107]]|11/25|AMEX|[[DATE_TIME:2024-05-28]]
[[PERSON:Siobhán Ní Bhriain]]|[[CREDIT_CARD:5453018866210944]]|08/26|MC|[[DATE_TIME:2024-06-01]]""",
    "Name\tNHS number\tDOB\tGP practice\tNext appt\n[[PERSON:Bernard Okello]]\t[[ID_NUMBER:718 204 5532]]\t[[DATE_TIME:12-Jan-1950]]\tRiverside MC\t[[DATE_TIME:04-Jun-2024 09:10]]\n[[PERSON:Glenys Rowlands]]\t[[ID_NUMBER:640 182 2732]]\t[[DATE_TIME:29-Jul-1946]]\tCastle Surgery\t[[DATE_TIME:04-Jun-2024 09:30]]\n[[PERSON:Krzysztof Mazur]]\t[[ID_NUMBER:462 071 9382]]\t[[DATE_TIME:03-Mar-1963]]\tRiverside MC\t-",
    """employee_id,name,iban,bic,net_pay_eur,pay_date
[[ID_NUMBER:DE-1187]],[[PERSON:Johanna Weißmüller]],[[IBAN_CODE:DE44500105175407324931]],INGDDEFFXXX,3412.88,2024-06-28
[[ID_NUMBER:DE-1192]],[[PERSON:Emre Aydın]],[[IBAN_CODE:DE53430609671147302284]],PBNKDEFFXXX,2987.10,2024-06-28
[[ID_NUMBER:IE-0041]],[[PERSON:Saoirse Kenny]],[[IBAN_CODE:IE20AIBK93352044718290]],AIBKIE2D,3105.55,2024-06-28""",
    """Volunteer roster — Saturday junior parkrun
Name               | Role          | Mobile         | DBS checked
[[PERSON:Hamish McAllister]]  | Run director  | [[PHONE_NUMBER:07866 410 228]]  | yes
[[PERSON:Priti Chauhan]]      | Timekeeper    | [[PHONE_NUMBER:07713 009 582]]  | yes
[[PERSON:Ellis Baptiste]]     | Marshal       | [[PHONE_NUMBER:07557 381 440]]  | pending
[[PERSON:Gwen Tudor]]         | Tail walker   | [[PHONE_NUMBER:07429 118 703]]  | yes""",
    """[
  {"username": "[[USERNAME:luna_kaur]]", "age": [[AGE:27]], "city": "[[LOCATION:Surrey]]", "reports": 0},
  {"username": "[[USERNAME:dave_bigsmile]]", "age": [[AGE:45]], "city": "[[LOCATION:Calgary]]", "reports": 4},
  {"username": "[[USERNAME:quietreader_mo]]", "age": [[AGE:33]], "city": "[[LOCATION:Halifax]]", "reports": 1}
]""",
    """Patient, DOB, Sex, Ward, Consultant, Admitted
"[[PERSON:Ó Súilleabháin, Peadar]]", [[DATE_TIME:1938-05-14]], M, St Anne's, [[PERSON:Dr. Roisin Walsh]], [[DATE_TIME:2024-03-09]]
"[[PERSON:Mbatha, Lindiwe]]", [[DATE_TIME:1972-10-01]], F, Victoria, [[PERSON:Dr. Samuel Oyewole]], [[DATE_TIME:2024-03-10]]
"[[PERSON:Grant, Felicity]]", [[DATE_TIME:1990-12-24]], F, Victoria, [[PERSON:Dr. Samuel Oyewole]], [[DATE_TIME:2024-03-11]]""",
    """SSN          NAME                   STATE  DL NUMBER
[[US_SSN:118-52-3047]]  [[PERSON:HARRIS, DWIGHT A]]       [[LOCATION:NY]]     [[US_DRIVER_LICENSE:871 302 559]]
[[US_SSN:631-27-9054]]  [[PERSON:ERIKSEN, TOBIAS]]        [[LOCATION:MN]]     [[US_DRIVER_LICENSE:K-418-227-903-117]]
[[US_SSN:289-61-4402]]  [[PERSON:BIANCHI, MARCUS A]]      [[LOCATION:RI]]     [[US_DRIVER_LICENSE:7018244]]""",
    """# guests.csv
booking,guest,email,arrival,nights,room
HB-30021,[[PERSON:Sakura Ishikawa]],[[EMAIL_ADDRESS:sakura.ishikawa@gmail.com]],[[DATE_TIME:2024-07-19]],3,Deluxe King
HB-30022,[[PERSON:Lorenzo Bassi]],[[EMAIL_ADDRESS:l.bassi@libero.it]],[[DATE_TIME:2024-07-19]],2,Twin
HB-30027,[[PERSON:Oyinda Balogun]],[[EMAIL_ADDRESS:oyinda.b@yahoo.co.uk]],[[DATE_TIME:2024-07-20]],5,Junior Suite""",
    """Member       : [[PERSON:Rangi Parata]]
Member no.   : [[ID_NUMBER:GYM-004471]]
Address      : [[ADDRESS:15 Kowhai Lane]], [[LOCATION:Napier]] [[ZIP_CODE:4110]]
Mobile       : [[PHONE_NUMBER:022 318 4470]]
Joined       : [[DATE_TIME:03/02/2022]]
Plan         : Off-peak
Direct debit : [[ID_NUMBER:06-0501-0489217-00]]""",
    """| Student | Year | Guardian | Guardian email | Allergy |
|:--|:-:|:--|:--|:--|
| [[PERSON:Amara Nwachukwu]] | 3 | [[PERSON:Chinedu Nwachukwu]] | [[EMAIL_ADDRESS:chinedu.nwachukwu@gmail.com]] | peanuts |
| [[PERSON:Leo Fitzpatrick]] | 3 | [[PERSON:Orla Fitzpatrick]] | [[EMAIL_ADDRESS:orlafitz@outlook.ie]] | none |
| [[PERSON:Ishaan Bhatt]] | 4 | [[PERSON:Kavita Bhatt]] | [[EMAIL_ADDRESS:kavita.bhatt82@yahoo.com]] | dairy |""",
    """timestamp,user,action,src_ip
[[DATE_TIME:2024-04-02T09:14:55Z]],[[USERNAME:akowalski]],login,[[IP_ADDRESS:89.64.12.201]]
[[DATE_TIME:2024-04-02T09:15:10Z]],[[USERNAME:akowalski]],export_report,[[IP_ADDRESS:89.64.12.201]]
[[DATE_TIME:2024-04-02T11:02:33Z]],[[USERNAME:tnguyen]],login_failed,[[IP_ADDRESS:2405:4802:1d3:a60::21]]
[[DATE_TIME:2024-04-02T11:02:41Z]],[[USERNAME:tnguyen]],login,[[IP_ADDRESS:2405:4802:1d3:a60::21]]""",
    """- name: [[PERSON:Farhan Chowdhury]]
  role: Captain
  age: [[AGE:14]]
  school: Bow School
- name: [[PERSON:Lucas Pereira]]
  role: Wicketkeeper
  age: [[AGE:13]]
  school: Bow School
- name: [[PERSON:Ayaan Mirza]]
  role: Bowler
  age: [[AGE:14]]
  school: Mulberry Academy""",
    """Account holder;IBAN;Mandate signed;Amount
[[PERSON:Sophie Vermeersch]];[[IBAN_CODE:BE28 7350 1193 4220]];[[DATE_TIME:12/01/2024]];€45,00
[[PERSON:Mathieu Lejeune]];[[IBAN_CODE:BE55 0018 8354 0744]];[[DATE_TIME:15/01/2024]];€45,00
[[PERSON:Nour El Amrani]];[[IBAN_CODE:BE50 0631 1884 2718]];[[DATE_TIME:03/02/2024]];€30,00""",
    """Nom,Prénom,Date de naissance,N° de sécurité sociale,Ville,Téléphone
[[PERSON:Girard]],[[PERSON:Élodie]],[[DATE_TIME:05/05/1988]],[[ID_NUMBER:2 88 05 75 114 067 50]],[[LOCATION:Paris]],[[PHONE_NUMBER:06 12 48 73 90]]
[[PERSON:Rousseau]],[[PERSON:Théo]],[[DATE_TIME:17/03/1991]],[[ID_NUMBER:1 91 03 69 123 214 54]],[[LOCATION:Lyon]],[[PHONE_NUMBER:07 81 22 46 05]]
[[PERSON:Haddad]],[[PERSON:Yasmine]],[[DATE_TIME:09/02/2001]],[[ID_NUMBER:2 01 02 13 055 128 82]],[[LOCATION:Marseille]],[[PHONE_NUMBER:06 98 30 17 64]]""",
    """| Nume | CNP | Data nașterii | Localitate | Telefon |
|---|---|---|---|---|
| [[PERSON:Ioana Marinescu]] | [[ID_NUMBER:2870312400520]] | [[DATE_TIME:12.03.1987]] | [[LOCATION:București]] | [[PHONE_NUMBER:0721 448 093]] |
| [[PERSON:Radu Georgescu]] | [[ID_NUMBER:1951109350173]] | [[DATE_TIME:09.11.1995]] | [[LOCATION:Timișoara]] | [[PHONE_NUMBER:0745 910 337]] |
| [[PERSON:Maria Stoica]] | [[ID_NUMBER:6080724400387]] | [[DATE_TIME:24.07.2008]] | [[LOCATION:București]] | [[PHONE_NUMBER:0733 102 584]] |""",
    """No  Nama                    NIK               Tgl Lahir   Kota
1   [[PERSON:Made Wirawan]]            [[ID_NUMBER:5171030904850011]]  [[DATE_TIME:09-04-1985]]  [[LOCATION:Denpasar]]
2   [[PERSON:Putri Ayu Lestari]]       [[ID_NUMBER:3273016711960002]]  [[DATE_TIME:27-11-1996]]  [[LOCATION:Bandung]]
3   [[PERSON:Budi Santoso]]            [[ID_NUMBER:3578120301900007]]  [[DATE_TIME:03-01-1990]]  [[LOCATION:Surabaya]]""",
    """order_id,sku,qty,customer,ship_to,postcode,phone
100482,TS-BLK-M,2,[[PERSON:Callum Reid]],[[ADDRESS:9 Rosebery Crescent]],[[ZIP_CODE:EH12 5JY]],[[PHONE_NUMBER:07412 300 981]]
100483,MUG-CER-01,1,[[PERSON:Yara Haddad]],[[ADDRESS:Flat 2, 44 Byres Road]],[[ZIP_CODE:G11 5RD]],[[PHONE_NUMBER:07890 552 147]]
100487,HD-GRY-L,1,[[PERSON:Connor Boyle]],[[ADDRESS:118 Lisburn Road]],[[ZIP_CODE:BT9 6AH]],[[PHONE_NUMBER:07725 019 836]]""",
    """Pharmacy delivery run (Tue)
Stop | Patient | Address | Phone | Notes
1 | [[PERSON:Mrs Agnes Duffy]] | [[ADDRESS:3 Glebe Cottages]], [[LOCATION:Rathfarnham]] | [[PHONE_NUMBER:01 490 2281]] | blister packs x4
2 | [[PERSON:Mr Tadhg Ó Briain]] | [[ADDRESS:27 Willow Park Avenue]], [[LOCATION:Glasnevin]] | [[PHONE_NUMBER:086 331 9027]] | controlled drug, sign
3 | [[PERSON:Zofia Kamińska]] | [[ADDRESS:Apt 12, The Maltings]], [[LOCATION:Dublin 8]] | [[PHONE_NUMBER:083 118 4402]] | fridge item""",
    """{"sin": "[[ID_NUMBER:719 382 467]]", "name": "[[PERSON:Ananya Reddy]]", "permit": "study", "permit_expiry": "[[DATE_TIME:2024-08-31]]", "province": "[[LOCATION:ON]]"}
{"sin": "[[ID_NUMBER:527 601 835]]", "name": "[[PERSON:Gurpreet Kaur Bains]]", "permit": null, "permit_expiry": null, "province": "[[LOCATION:ON]]"}""",
    """Line  Holder                  Number             Handset          Contract end
01    [[PERSON:Olivia Brennan]]          [[PHONE_NUMBER:0412 883 019]]       iPhone 15        [[DATE_TIME:30/09/2025]]
02    [[PERSON:Sam Brennan]]             [[PHONE_NUMBER:0412 883 020]]       Galaxy A35       [[DATE_TIME:30/09/2025]]
03    [[PERSON:Mia Brennan]] (minor)     [[PHONE_NUMBER:0438 201 774]]       Pixel 8a         [[DATE_TIME:14/02/2026]]""",
    """Donor,Amount,Method,Date,Gift Aid
[[TITLE:Rev.]] [[PERSON:Jonathan Ames]],£50.00,cheque,[[DATE_TIME:03/03/2024]],Y
[[PERSON:Mrs Patience Adjei]],£20.00,card,[[DATE_TIME:05/03/2024]],Y
Anonymous,£100.00,cash,,N
[[PERSON:Harvey]] & [[PERSON:Lin Cole]],£35.00,standing order,[[DATE_TIME:10/03/2024]],Y""",
    """| # | Claimant | Policy | Incident date | Postcode | Contact |
|---|----------|--------|---------------|----------|---------|
| 1 | [[PERSON:Brooke Tamaki]] | MTR-44810 | [[DATE_TIME:21 Apr 2024]] | [[ZIP_CODE:0630]] | [[EMAIL_ADDRESS:brooke.tamaki@gmail.com]] |
| 2 | [[PERSON:Jaswinder Gill]] | HSE-22019 | [[DATE_TIME:2 May 2024]] | [[ZIP_CODE:2025]] | [[PHONE_NUMBER:021 0844 3371]] |
| 3 | [[PERSON:Ewan Murdoch]] | MTR-44977 | [[DATE_TIME:9 May 2024]] | [[ZIP_CODE:9016]] | [[PHONE_NUMBER:027 449 2018]] |""",
    """owner_name: [[PERSON:Daniyar Seitkali]]
owner_email: [[EMAIL_ADDRESS:daniyar.seitkali@mail.kz]]
owner_phone: [[PHONE_NUMBER:+7 701 448 2093]]
server_ip: [[IP_ADDRESS:95.56.238.14]]
server_mac: 52:54:00:8a:3e:17
hostname: dns-kz-02
os: Ubuntu 22.04.4""",
    """Participant ID,Initials,Age,Sex,Site,Consent date
[[ID_NUMBER:P-014]],[[PERSON:A.K.]],[[AGE:61]],F,[[LOCATION:Leeds]],[[DATE_TIME:2024-01-08]]
[[ID_NUMBER:P-015]],[[PERSON:R.O.]],[[AGE:57]],M,[[LOCATION:Leeds]],[[DATE_TIME:2024-01-09]]
[[ID_NUMBER:P-016]],[[PERSON:S.M.-J.]],[[AGE:70]],F,[[LOCATION:York]],[[DATE_TIME:2024-01-15]]""",
    "IRP card no.\tHolder\tNationality\tStamp\tExpiry\tEmail\n[[ID_NUMBER:IRL8804471]]\t[[PERSON:Pedro Henrique Alves]]\t[[NRP:Brazilian]]\t1G\t[[DATE_TIME:2024-11-30]]\t[[EMAIL_ADDRESS:pedro.halves@gmail.com]]\n[[ID_NUMBER:IRL8810932]]\t[[PERSON:Zhang Yuxin]]\t[[NRP:Chinese]]\t2\t[[DATE_TIME:2025-09-15]]\t[[EMAIL_ADDRESS:yuxin.zhang@mail.ucd.ie]]\n[[ID_NUMBER:IRL8795106]]\t[[PERSON:Arturo Mejía]]\t[[NRP:Mexican]]\t4\t[[DATE_TIME:2026-02-28]]\t[[EMAIL_ADDRESS:arturo.mejia.dub@gmail.com]]",
]

CHAT = [
    """[[DATE_TIME:14/09/2024, 19:02]] - [[PERSON:Claire Donnelly]]: Hi all, U9s training moved to the 3G pitch this week 👍
[[DATE_TIME:14/09/2024, 19:05]] - [[PERSON:Rob Kettering]]: Cheers [[PERSON:Claire]]. [[PERSON:Alfie]] can't make Saturday, he's at his nan's in [[LOCATION:Swindon]]
[[DATE_TIME:14/09/2024, 19:11]] - [[PERSON:Nadia Rahman]]: Who has the subs list? [[PERSON:Idris]] still needs his DBS-checked lift, my number's [[PHONE_NUMBER:07496 228 301]] if any parent can share driving
[[DATE_TIME:14/09/2024, 19:14]] - [[PERSON:Claire Donnelly]]: I'll do it, I live two doors down from them anyway. Subs go to the club account, not to me x""",
    """Agent ([[PERSON:Marisa]]): Thanks for waiting! Can I take the mobile number on the account?
Customer: [[PHONE_NUMBER:0417 220 589]]
Agent ([[PERSON:Marisa]]): And to confirm it's you, your date of birth?
Customer: [[DATE_TIME:2 Feb 1979]]
Agent ([[PERSON:Marisa]]): Thanks [[PERSON:Wayne]]. I can see the $240 early termination fee from [[DATE_TIME:12 June]]. You were told you could leave without a fee?
Customer: yes, the bloke in the [[LOCATION:Penrith]] store said so. His name tag said [[PERSON:Jaxon]]
Agent ([[PERSON:Marisa]]): I'll raise a dispute. You'll get an SMS at the same number within 48h.""",
    """#payroll-help
[[PERSON:Tomasz Zielinski]] 10:02 AM
@[[USERNAME:amara.o]] my payslip for Oct shows 0 hours for the 14th–18th but I was on site all week, see the sign-in sheet
[[PERSON:Amara Okafor]] 10:07 AM
thanks [[PERSON:Tom]], can you DM me your employee number? don't post it here
[[PERSON:Tomasz Zielinski]] 10:08 AM
oops already did it in the other channel lol. it's [[ID_NUMBER:000318842]]
[[PERSON:Amara Okafor]] 10:15 AM
ok found it. the hours were keyed against [[PERSON:Tomasz Zielonka]] instead, same initials. I'll correct it in the next run""",
    """[[PERSON:Leandro]]: so nice chatting with you, honestly the app keeps crashing on me
[[PERSON:Leandro]]: want to move to text? I'm [[PHONE_NUMBER:+1 (646) 555-0138]]
[[PERSON:Harriet]]: maybe in a bit! what do you do again?
[[PERSON:Leandro]]: I work offshore, oil rig off [[LOCATION:Angola]] lol, back in [[LOCATION:New York]] in a month
[[PERSON:Harriet]]: oh wow. my friend [[PERSON:Bea]] said to ask for a video call first 😅
[[PERSON:Leandro]]: connection is bad on the rig. could you help me with a small customs fee though? my bank is blocked""",
    """You: Hi, my repeat prescription hasn't arrived
PharmaBot: I can help! Please share the name and date of birth of the patient.
You: [[PERSON:Kamal Haidari]], [[DATE_TIME:30/11/1958]]
PharmaBot: Thanks. I found a prescription from [[PERSON:Dr. Ruth Aldous]] issued [[DATE_TIME:3 May]]. It is waiting for stock (ramipril 5mg).
You: can you send it to the pharmacy near my daughter instead, [[ADDRESS:45 Lowther Street]], [[LOCATION:Carlisle]]?
PharmaBot: I'll pass this to a pharmacist. Our team will call [[PHONE_NUMBER:01228 511 904]] today.""",
    """[[PERSON:Kateryna Bondar]] (consultant): Hello! Which permit are you applying for?
[[PERSON:Mohammed Salah Eldin]]: family reunification, for my wife [[PERSON:Hiba]] and son [[PERSON:Omar]], he is [[AGE:7]]
[[PERSON:Kateryna Bondar]] (consultant): OK. I'll need both passports and your residence card number.
[[PERSON:Mohammed Salah Eldin]]: my card is [[ID_NUMBER:ZR0482917]], expires [[DATE_TIME:03.08.2026]]. Hiba's passport [[ID_NUMBER:P07718294]]
[[PERSON:Kateryna Bondar]] (consultant): Thank you. Appointment at the foreigners' office is [[DATE_TIME:Thursday 21 November at 9:40]]. Bring the marriage certificate translated.""",
    """[[PERSON:Rina]]: Pak, transfer uang kos bulan ini sudah saya kirim ya ke BRI a.n. [[PERSON:Suharto Wibowo]] rek. [[ID_NUMBER:0127-01-002231-50-9]]
[[TITLE:Pak]] [[PERSON:Harto]]: Oke [[TITLE:mbak]] [[PERSON:Rina]], sudah masuk. Jangan lupa KTP mbak belum difotokopi buat RT
[[PERSON:Rina]]: Siap Pak, NIK saya [[ID_NUMBER:3273024506990004]] kalau mau dicatat dulu
[[TITLE:Pak]] [[PERSON:Harto]]: Ok. Kalau ada tamu nginap lapor ke saya di [[PHONE_NUMBER:0813-2204-7781]] ya""",
    """[[PERSON:Joanne]] (Support): Morning! I see a failed delivery at [[ADDRESS:Unit 4, 17 Carrow Road]] yesterday. Is that still the right address?
[[PERSON:Raj Patel]]: no, I moved on [[DATE_TIME:Friday 1 March]], it's [[ADDRESS:62 Unthank Road]], [[LOCATION:Norwich]] [[ZIP_CODE:NR2 2RN]] now
[[PERSON:Joanne]] (Support): Updated. For security, can you confirm the email on the account?
[[PERSON:Raj Patel]]: [[EMAIL_ADDRESS:rajpatel.nrw@gmail.com]]
[[PERSON:Joanne]] (Support): Perfect. Redelivery booked, tracking stays the same: H00A1C0049273615.""",
]

LOOKALIKE = [
    """Order confirmation #402-7718293-1184017
Thanks for shopping with us, [[PERSON:Leontyne]]! Your items:
- SKU 7730-4418-2291  Stainless kettle 1.7L  x1
- SKU 0045-9921-3307  Descaler tablets (pack of 12)  x2
Shipment tracking: 1Z 4E7 A82 03 4471 9025 (UPS Ground), estimated 3-5 business days.
Invoice INV-2024-0088127 is attached. Questions? Call our help desk at 1-800-555-0142 or write to orders@kettleandco.com. Promo code SPRING-4471-OFF has been applied.""",
    """Release notes, build 10.4.2.1 (2024-05-30)
- Bumped libssl to 3.0.13 and zlib to 1.3.1.
- Sample gateway config moved to docs/examples/gateway.conf.
- Fixed crash when parsing serial numbers like SN-4471-2290-AX.
- Commit a3f9c2e17b4d08e6 reverts 5e1d77f0; artifact checksum sha256:9b8f1c44e0d2a7b35f61e8c0d94a7e2b1c3f5a6d7e8b9c0d1e2f3a4b5c6d7e8f.
- UUID for the default tenant is 3f2a9c1e-7b44-4d10-9e0a-55c2b7d8e912.
- Docs: see section 4.4.2.1 and ISBN 979-10-214-9875-4 for the printed manual.
Thanks to [[USERNAME:okonkwo-dev]] for the parser patch.""",
    """Our reading group this term covers the history of medicine: Alzheimer's early case notes, the Apgar score, Hodgkin lymphoma, Parkinson's 1817 essay and the invention of the Bunsen burner. We meet in the Florence Nightingale Room on Lister Road, opposite the Churchill Gardens bus stop (route 360). Books to order: ISBN 978-1-84628-473-1 and ISBN 979-10-214-9875-4. Sign-up sheet is with [[PERSON:Agatha Nwosu]] at reception.""",
    """INVOICE No. 2024/0417   Date: 02/04/2024   PO: PO-88213-B
From: Kestrel Office Supplies Ltd, VAT GB 294 8817 36, Company No. 08812274
Tel. 0161 555 0190 | accounts@kestreloffice.co.uk | Fax 0161 555 0191
Bill to: Harwood Dental Group, customer no. [[ID_NUMBER:C-004418]], attn. [[PERSON:Priya Lal]]
1 x Toner HP 89A (CF289A) £142.00; 4 x A4 paper 80gsm (SKU 550-2291) £19.96
Payment terms: 30 days. Sort code 20-44-55. Remittance advice to credit.control@kestreloffice.co.uk.""",
    """Asset register export — floor 3
ASSET-00418  Dell Latitude 5440  S/N 7HX2KQ3  MAC 3c:7c:3f:a1:22:90  fw 1.14.0.22
ASSET-00419  Cisco IP Phone 8841  S/N FCH2204L9QZ  MAC 00:af:1f:9a:63:10  fw 14.2.1.0
ASSET-00420  HP LaserJet M507  S/N PHBLL44108  MAC 70:5a:0f:44:b2:c1  fw 2409.1.0
ASSET-00421  Lenovo ThinkPad T14  S/N PF3Z8K1M  MAC 8c:16:45:e0:71:2d  assigned to [[PERSON:Marek Dvořák]] ([[USERNAME:mdvorak]])
Patch panel 3B, switch port Gi1/0/24, VLAN 330.""",
    """Avis de passage — envoi n° CD 4471 2290 5BE / réf. expéditeur 0088127
Votre colis n'a pas pu être livré. Il vous attend au point relais de la rue Royale (à côté de la place Sainte-Catherine), ouvert du lundi au samedi. Service clientèle : 02 201 23 45 (appel local). Destinataire : [[PERSON:Géraldine Pirson]], [[ADDRESS:avenue Louise 231, boîte 12]], [[ZIP_CODE:1050]] [[LOCATION:Bruxelles]]. Code de retrait : 884 217.""",
    """Venue notes for the summit: load-in via King George V Dock, gate 4, from 07:00. Stage plan rev. 3.2.1.7; PA patch list v2.0.0.1. Wi-Fi SSID SUMMIT-2024-EXPO, VLAN 1408, controller firmware 8.10.151.0. Taxi rank on Nelson Mandela Way; overflow parking at the Victoria Quay car park (space codes A-1192 to A-1240). Production office line 020 7946 0000, ext. 4410. Booking ref SUM/24/00871, PO 7718-2291.""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind48", STYLES, OUT)


if __name__ == "__main__":
    main()

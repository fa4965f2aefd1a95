"""Build tests/data/blind104.jsonl: a *blind*, hand-written labeled PII set (set 104).

    .venv/bin/python tests/data/make_blind104.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end of the file (the STYLES dict and main(), copied here);
gold_sets.py (whole file); and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and `parse()`). Not read:
minimize/, recognizers/, any test other than those lines, bench/, the
README, any *.jsonl (this script's own output included), any other make_*.py
(the record lists of make_blind22.py included), git history, log or status,
and anything under /tmp. The detector, the bench and the tests were never
run. Do not tune the detector against this set: once it has been used to
tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length (HR, DE, GB, NL, IE, AT, CH, ES, FR; the
Spanish DC digits and the French RIB key inside them are right too);
`gold_sets.check` re-checks cards and IBANs. National ids with a public
check digit got a valid one, worked out with throwaway Python run in the
shell while writing (not kept, nothing generated here): Serbian JMBG (date,
region and sex digits agree with the person where they show), Croatian OIB,
NHS number, Canadian SIN, South African ID (sex and birth date agree),
Aadhaar, BSN, Singapore NRIC / FIN, Irish PPSN, Australian TFN, NZ IRD,
Brazilian CPF, Spanish DNI and NIE, Polish PESEL, Swiss AHV, UK UTR and
Ontario health card numbers; the control digits of the Serbian domestic
bank account numbers (mod 97) too, and, among the look-alikes, the ISBN-13s,
the Serbian company PIB and company account and the ISO 6346 container
number. Not checked (no public check digit, or none used): US SSNs,
passports, licences, plates, UK NI numbers, Nigerian NIN and BVN, Kenyan
ids, Pakistani CNIC, Indian PAN and bank accounts, PhilHealth and SSS
numbers, Serbian LBO, Medicaid ids, bank account numbers and staff,
student, member, patient and customer numbers. No package registry and no
network were used.

Styles (ids `blind104-<style>-NNN`; 240 records), chosen to look like what
an outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Ireland, Canada, Australia, New Zealand, India, Pakistan,
Bangladesh, Singapore, the Philippines, South Africa, Nigeria, Kenya and
diaspora contexts, with names from the many cultures living there); 27 are
in Serbian (Cyrillic 9, Latin 9) or Croatian (9), spread over the styles
(bench 10, gen 11, table 3, chat 2, lookalike 1). Courts, notaries, land and
property registries and inheritance get extra weight: a little over a third
of the bench and gen records, and some tables and chats.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences dense with names, job titles, streets with
  building numbers and secondary addresses, IPv4 / IPv6, MACs, user agents,
  card / CVV / expiry, IBAN / BIC, passwords, PINs), gretel-pii-masking-en-v1
  (leases, loan and mortgage applications, claims, intake and discharge
  forms, notices of hearing and probate, affidavits, deeds, register
  extracts, letters) and Nemotron-PII (JSON, log lines, SQL, XML, YAML,
  .env, HL7, SWIFT MT103, HTTP requests, git commits, Java / Python / JS
  snippets, tickets and forms).
- `gen` (90): one to four sentences with personal data woven into prose, as
  a third-party LLM writes "realistic sentences with personal data": names
  at the start, middle and end, lowercase and possessive, ages, dates,
  addresses, phones and ids in many shapes; banking, health, pharmacy,
  schools, HR, retail, travel, telecoms, government, gaming, social media,
  deliveries, vets besides the weighted legal domains.
- `table` (35): one small table per record rendered as text (CSV, semicolon
  CSV, TSV, pipes and Markdown, fixed-width, JSON lines, YAML, key: value
  blocks), varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, a family messaging thread, team chats and an
  SMS thread, with the speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  invoice and tracking references, SKUs, ISBNs, IP-shaped versions, hashes,
  serials, UUIDs, MACs, company phones and role mailboxes, company tax ids,
  eponyms, streets named after people with no number), the few real PII
  values labeled; one has no PII at all.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames, inflected forms; a possessive "'s" is outside. TITLE:
  honorifics and ranks attached to a name, labeled apart; job titles are not
  TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, rural
  routes with their box, house and building names; city, district, county,
  state / province (also abbreviated) and country are LOCATION; postcodes
  of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, death, appointment, hearing, move,
  start of a job, signature, letter ...) with a day or a month, in any
  shape; a weekday or clock time said with such a date is inside the span;
  not bare years, weekdays or times alone, durations, or dates not tied to
  a person (statement, invoice, sale, ETA, expiry dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security / health ids, patient,
  staff, student, customer and member numbers, bank account numbers,
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB, IFSC, routing numbers and BICs, CVVs and
  expiries, PINs, order / ticket / claim / policy / booking / tracking
  references, company phone numbers and role mailboxes, versions, hashes,
  serials, partial numbers ("ending 7731", last4), pets, eponyms and brands
  named after people, header rows.
- Calls made while writing this set:
  - place names inside court and registry names ("the Cuyahoga County
    Probate Court", "Općinski sud u Splitu", "k.o. Sušak") are LOCATION;
  - honorifics of address are TITLE, apart from the name: "Hon.",
    "Magistrate", "District Judge", "Barrister", "Rabbi", "Colonel",
    Quebec "Me", "Shri", Serbian / Croatian "g." and "др", and "MR", "MRS",
    "MS", "HERR" in manifests and payment messages; the same words used as
    a job ("javni bilježnik", "advokat", "notary", "coach") stay unlabeled;
  - case, docket and matter numbers, land-title numbers, parcel, APN, lot,
    erf and khasra numbers, cadastral list numbers and notary register
    numbers are references, not labeled; an attorney's bar number and a
    notary's commission or portal id are ID_NUMBER (personal licences);
  - Serbian domestic account numbers (160-...-39) are ID_NUMBER like other
    bank accounts; a company's account number, tax id (PIB) and phone in an
    invoice are not labeled;
  - a timestamp recording a person's own action (a log line with their
    login or request, an email "Date:" header, a commit date, a CRM note,
    a form submission, an account's created_at or last_login) is DATE_TIME;
    system-only log lines (retries, batches, health checks, KYC batch
    processing) are not; chat lines carry clock times only, unlabeled;
  - dates of death, marriage, separation, purchase, deed recording,
    registration of ownership, judgment in the person's case and a
    contract's signature are a person's dates;
  - in tables a hearing cell with date and time is one span; a "Unit"
    column ("Apt 1A") is ADDRESS as a secondary address; a "nationality"
    column is NRP, a "country" column LOCATION, an "age" column AGE;
  - house and care-home names ("Gortnamona", "Tŷ Gwyn, Heol y Llan",
    "Rosedene Care Home") are ADDRESS; suburbs, townlands, barangays and
    neighbourhoods are LOCATION; a street without a number is not labeled;
  - "Jr." belongs to the PERSON span; HL7 name components separated by "^"
    are labeled one by one; in a case caption only the person party is
    PERSON;
  - VINs, IMEIs, ICCIDs, gift-card numbers, SSCCs and container numbers are
    serials; a private (LAN) or documentation-range IP used by a person is
    IP_ADDRESS, a CIDR range is not;
  - a personal document URL on a family domain and a (fake) personal
    profile URL are URL.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind104.jsonl")

GEN = [
    """Hi, I'm [[PERSON:Deborah Okonkwo-Hale]] and I need to move the probate hearing for my late father, [[PERSON:Emmanuel Okonkwo]], which the [[LOCATION:Cuyahoga County]] Probate Court set for [[DATE_TIME:Tuesday, April 9, 2024 at 1:30 PM]]. He died on [[DATE_TIME:December 2, 2023]] and I'm the named executor; my cell is [[PHONE_NUMBER:(216) 704-3381]].""",
    """my grandmother [[PERSON:rosa delgado-ibarra]] left her house at [[ADDRESS:1187 W 33rd Pl]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60608]] to me and my cousin [[PERSON:tomás]], but the will was never probated. how do we get the deed into our names??""",
    """Could you let [[PERSON:Mrs. Ffion Pritchard]] know her repeat prescription is ready? Her NHS number is [[ID_NUMBER:485 777 3023]] and she asked us to text [[PHONE_NUMBER:07700 918244]] rather than ring the landline.""",
    """[[PERSON:Hamid Rahimi]] swore the statutory declaration before a commissioner in [[LOCATION:Mississauga]] on [[DATE_TIME:14 February 2024]], producing his Ontario driver's licence [[ID_NUMBER:R1043-78052-60521]] as proof of identity.""",
    """Patient [[PERSON:Lakshmi Venkataraman]], [[AGE:67]], was admitted to the cardiology ward on [[DATE_TIME:02-11-2023]] with chest pain; her Aadhaar [[ID_NUMBER:8472 0193 5563]] and her son [[PERSON:Arvind]]'s mobile [[PHONE_NUMBER:+91 98401 22736]] are on the admission sheet.""",
    """I bought the blender in the spring sale and it arrived cracked. Order 113-4827716-0092231, name on the order is [[PERSON:Kayla Brunswick]], shipping to [[ADDRESS:4410 Fremont Ave N, Apt 3B]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98103]]. Email me the return label at [[EMAIL_ADDRESS:kbrunswick88@gmail.com]].""",
    """HM Land Registry has registered [[PERSON:Oluwaseun Bakare]] and [[PERSON:Grace Bakare]] as joint proprietors of [[ADDRESS:27 Cranbrook Road]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 4PU]] with effect from [[DATE_TIME:19 January 2024]]. Title number EGL392817 now shows the new charge in favour of their lender.""",
    """Streamer [[USERNAME:xX_N1ghtOwl_Xx]] (real name [[PERSON:Declan Moriarty]], [[AGE:19]], from [[LOCATION:Cork]]) got banned after someone leaked his home address, [[ADDRESS:8 Ballinlough Road]], in the Discord.""",
    """The Local Court at [[LOCATION:Parramatta]] adjourned [[PERSON:Mr Tevita Fifita]]'s matter to [[DATE_TIME:Friday 3 May 2024, 9.30am]]. His solicitor, [[PERSON:Priyanka Sethi]], can be reached on [[PHONE_NUMBER:0412 774 019]].""",
    """Please update the payroll record for [[PERSON:Sipho Ndlovu]] (ID [[ID_NUMBER:8804125213089]]): he has moved to [[ADDRESS:14 Jacaranda Street]], [[LOCATION:Lynnwood]], [[LOCATION:Pretoria]], [[ZIP_CODE:0081]], and his salary now goes to account [[ID_NUMBER:62841937705]] at FNB, branch code 250655.""",
    """Поштовани, ја сам [[PERSON:Драгана Милосављевић]], ћерка покојног [[PERSON:Радомира Милосављевића]] (ЈМБГ [[ID_NUMBER:2203956710818]]), који је преминуо [[DATE_TIME:11. јануара 2024]]. године у [[LOCATION:Крагујевцу]]. Оставинска расправа код јавног бележника заказана је за [[DATE_TIME:понедељак, 18. март у 10 часова]], а ја сам доступна на [[PHONE_NUMBER:064 218 3357]].""",
    """Good day! This is [[PERSON:Ma. Cristina Dela Peña]] from [[LOCATION:Quezon City]]. My postpaid line [[PHONE_NUMBER:0917 842 3360]] was cut even though I paid on [[DATE_TIME:March 5]], reference no. 7781209934. My SSS number is [[ID_NUMBER:34-5829174-6]] if you need to verify.""",
    """Your remote online notarization with [[PERSON:Cheryl Vandermeer]], commissioned notary in [[LOCATION:Virginia]], is booked for [[DATE_TIME:June 12, 2024, 4:15 p.m. ET]]. Have your passport ready: the session will compare it against the name [[PERSON:Jae-won Seo]] and the date of birth [[DATE_TIME:1990-08-27]] you entered.""",
    """[[PERSON:Aroha Te Rangi]]'s enrolment at the primary school starts on [[DATE_TIME:29 January]]; she turns [[AGE:6]] the week before. Mum's number is [[PHONE_NUMBER:021 458 2293]] and the whānau lives at [[ADDRESS:52 Kowhai Crescent]], [[LOCATION:Porirua]] [[ZIP_CODE:5024]].""",
    """Someone used my card [[CREDIT_CARD:4556 7301 2849 9375]] at a gas station in [[LOCATION:Tulsa]] on [[DATE_TIME:Sunday night, Feb 18]] and I've never even been to [[LOCATION:Oklahoma]]. This is [[PERSON:Marisol Quintanilla]]; the last four of my SSN are 4471 and the full number is [[US_SSN:512-38-9047]] if the fraud team needs it.""",
    """Općinski sud u [[LOCATION:Splitu]], zemljišnoknjižni odjel, dozvolio je uknjižbu prava vlasništva na stanu u [[ADDRESS:Ulici Ruđera Boškovića 18]] u korist [[PERSON:Ivana Barišića]], OIB [[ID_NUMBER:34709182651]], rješenjem od [[DATE_TIME:7. veljače 2024]]. Prijedlog je podnio javni bilježnik [[PERSON:Tomislav Vuković]] iz [[LOCATION:Kaštela]].""",
    """Booking for [[PERSON:Yusuf Demir]] and [[PERSON:Elif Demir]], check-in [[DATE_TIME:Thu 22 Aug]], two nights. Guest passport [[ID_NUMBER:U18374625]], contact [[EMAIL_ADDRESS:yusuf.demir@outlook.com.tr]]; they arrive late from [[LOCATION:Istanbul]], around 23:40.""",
    """The clinic's reminder went to [[PERSON:Mr. Anil Ramdass]] at [[EMAIL_ADDRESS:a.ramdass@rogers.com]]: Biscuit is due for his rabies shot on [[DATE_TIME:11/04/2024]]. Please call [[PHONE_NUMBER:905-881-2074]] to confirm.""",
    """I'm suing my former landlord, [[PERSON:Gerald Pinkney]], in small claims for my $1,850 deposit. The hearing is [[DATE_TIME:May 7 at 8:30am]] and he still lives at [[ADDRESS:902 Lakeshore Dr, Unit 14]], [[LOCATION:Madison]], [[LOCATION:WI]] [[ZIP_CODE:53703]], which is where I'll have him served.""",
    """[[PERSON:jess o'halloran]] posted her whole boarding pass on insta (@[[USERNAME:jessohh.travels]]), you can see her name, the booking and her frequent flyer number [[ID_NUMBER:QF 3829104]] clear as day.""",
    """Hey, it's [[PERSON:Thabo]]. Can you freeze my membership from [[DATE_TIME:1 July]] to [[DATE_TIME:31 August]]? I'm doing an internship in [[LOCATION:Durban]]. Member no. [[ID_NUMBER:VG-204417]].""",
    """Following the death of [[PERSON:Bridget Mary Fahy]], late of [[ADDRESS:Gortnamona]], [[LOCATION:Ballinasloe]], [[LOCATION:Co. Galway]], on [[DATE_TIME:4th October 2023]], anyone with a claim against her estate should write within six weeks to the solicitors acting for the executor, [[PERSON:Ciarán Fahy]].""",
    """Our policyholder [[PERSON:Aleksandra Nowicka]] (DOB [[DATE_TIME:17.03.1986]]) reported the leak at [[ADDRESS:Flat 6, 41 Harehills Lane]], [[LOCATION:Leeds]] [[ZIP_CODE:LS8 4HS]] on [[DATE_TIME:Monday 8th January]]. Claim ref CLM-00918273. She is [[NRP:Polish]] and prefers calls in the evening on [[PHONE_NUMBER:07943 220518]].""",
    """[[PERSON:Luis Alberto Cárdenas]] came in to renew his license; the old Texas DL [[US_DRIVER_LICENSE:27184039]] expired on his birthday, [[DATE_TIME:March 14]]. New mailing address: [[ADDRESS:3317 Sherwood Forest Dr]], [[LOCATION:San Antonio]], [[LOCATION:TX]] [[ZIP_CODE:78217]].""",
    """Obaveštavamo Vas da je ročište u parničnom predmetu P. 2314/23 pred Osnovnim sudom u [[LOCATION:Nišu]] odloženo i zakazano za [[DATE_TIME:četvrtak, 25. april 2024. godine u 11:30 časova]]. Tužilja [[PERSON:Snežana Ilić]] iz [[LOCATION:Niša]], [[ADDRESS:Obrenovićeva 38/4]], i tuženi [[PERSON:Dejan Ristić]] pozivaju se da pristupe lično.""",
    """Hi, I'm locked out of my account (username [[USERNAME:marguerite.l]]) after logging in from the library at [[IP_ADDRESS:73.162.45.208]]. My recovery email is [[EMAIL_ADDRESS:m.laflamme@videotron.ca]]. Thanks, [[PERSON:Marguerite Laflamme]]""",
    """Delivery for [[PERSON:O. Mensah]] at [[ADDRESS:Unit 12, 88 Gordon Street]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]]: if nobody answers, leave it with the neighbour two doors down. Call [[PHONE_NUMBER:+61 3 9689 4412]]. Tracking 1Z 999 AA1 01 2345 6784.""",
    """Closing on [[ADDRESS:61 Wolcott Hill Road]], [[LOCATION:Wethersfield]], [[LOCATION:CT]] is set for [[DATE_TIME:June 28 at 10 a.m.]] at the attorney's office. The sellers, [[PERSON:Raymond]] and [[PERSON:Joan Kowalczyk]], will sign the warranty deed, and the buyer, [[PERSON:Aisha Farouk]], wires the balance that morning.""",
    """[[PERSON:Darnell Whitfield]], [[AGE:54]], MRN [[ID_NUMBER:00738219]], is scheduled for a colonoscopy [[DATE_TIME:Wednesday 10/16 at 7:00 AM]]. Prep instructions were mailed to [[ADDRESS:218 Pecan St]], [[LOCATION:Macon]], [[LOCATION:GA]] [[ZIP_CODE:31201]].""",
    """Ostavinska rasprava iza pok. [[PERSON:Ante Jurića]], rođenog [[DATE_TIME:3. 5. 1941]], preminulog [[DATE_TIME:22. 11. 2023]] u [[LOCATION:Zadru]], održat će se kod javne bilježnice [[PERSON:Marine Perić]], [[ADDRESS:Široka ulica 4]], [[LOCATION:Zadar]], [[DATE_TIME:12. ožujka 2024. u 9 sati]]. Nasljednici su sin [[PERSON:Mate Jurić]] (OIB [[ID_NUMBER:52984610739]]) i kći [[PERSON:Ivanka Škorić]].""",
    """Student [[PERSON:Chen Jiayi]] (student no. [[ID_NUMBER:22194481]]) asked for an extension on her dissertation; her supervisor, [[PERSON:Prof. Martin Hollis]], agreed a new deadline of [[DATE_TIME:30 September]].""",
    """The tenancy for [[ADDRESS:Flat 2, 19 Albion Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G1 1LH]] runs from [[DATE_TIME:1st March 2024]]. Lead tenant [[PERSON:Ruaridh MacLeod]]; guarantor is his mother, [[PERSON:Morag]] ([[PHONE_NUMBER:01851 703228]]). The deposit is lodged with the scheme.""",
    """In re the Marriage of [[PERSON:Tiffany Nguyen]] and [[PERSON:Brandon Nguyen]]: the trial is set for [[DATE_TIME:July 22, 2024]] in Department L14 of the [[LOCATION:Orange County]] Superior Court. Petitioner's counsel is [[PERSON:Rebecca Haddad]], State Bar No. [[ID_NUMBER:287441]].""",
    """Habari! Kindly reverse the M-Pesa I sent by mistake to [[PHONE_NUMBER:0722 418 903]] on [[DATE_TIME:12th Jan at 6pm]]. My name is [[PERSON:Wanjiru Kamau]], ID number [[ID_NUMBER:28471903]], and my line is [[PHONE_NUMBER:0711 650 274]].""",
    """pls cancel [[PERSON:ahmed]]'s order, wrong size. the account is under [[EMAIL_ADDRESS:ahmed.elsayed92@yahoo.com]] and he lives at [[ADDRESS:77 grafton st]], [[LOCATION:dublin]] [[ZIP_CODE:D02 X285]]""",
    """My brother [[PERSON:Harjit]] and I are co-executors of our mother [[PERSON:Surinder Kaur Gill]]'s estate. She passed away at [[AGE:81]] on [[DATE_TIME:November 19, 2023]] in [[LOCATION:Surrey]], [[LOCATION:BC]]; her SIN was [[ID_NUMBER:527 183 909]] and the CRA wants a final return by April.""",
    """Passenger [[PERSON:KOWALSKI/MAREK]] [[TITLE:MR]] is rebooked on the [[DATE_TIME:16MAR]] flight to [[LOCATION:Warsaw]]; passport [[ID_NUMBER:EK4829107]], DOB [[DATE_TIME:02FEB79]]. Contact [[PHONE_NUMBER:+48 601 382 774]].""",
    """Захтев за упис права својине поднела је [[PERSON:Јелена Тодоровић]], ЈМБГ [[ID_NUMBER:2303992715472]], са пребивалиштем у [[LOCATION:Београду]], [[ADDRESS:Устаничка 64, стан 12]]. Предмет уписа је стан у [[LOCATION:Земуну]], купљен уговором овереним код јавног бележника [[DATE_TIME:5. фебруара 2024]]. године.""",
    """Welcome aboard, [[PERSON:Kwame Asante-Boateng]]! Your first day is [[DATE_TIME:Monday, 2 September 2024]], your staff ID is [[ID_NUMBER:E-0047718]] and your laptop will be couriered to [[ADDRESS:19 Walton Road]], [[LOCATION:Kingston upon Thames]] [[ZIP_CODE:KT1 2DL]].""",
    """[[PERSON:Siobhán Ní Bhriain]]'s car, reg [[ID_NUMBER:191-D-48273]], was rear-ended on the N7 near [[LOCATION:Naas]] on [[DATE_TIME:9 February]]. Her PPS number, [[ID_NUMBER:6348921P]], went on the claim form by mistake.""",
    """Hi [[PERSON:Mr Lim]], the HDB resale appointment for [[ADDRESS:Blk 412 Bedok North Ave 2, #09-117]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]] is confirmed for [[DATE_TIME:18 Apr, 2.30pm]]. Please bring your NRIC ([[ID_NUMBER:S8723451G]]) and your wife's.""",
    """The witness summons was served on [[PERSON:Mr Paul Greaves]] at his home, [[ADDRESS:3 Millbrook Close]], [[LOCATION:Chesterfield]], on [[DATE_TIME:11 March 2024]]; he must attend [[LOCATION:Sheffield]] Crown Court on [[DATE_TIME:8 April 2024 at 10am]].""",
    """Zdravo, ja sam [[PERSON:Nikola Stanković]] i juče su mi dvaput skinuli 4.500 dinara sa računa [[ID_NUMBER:265-1100003381902-45]]. Kartica je [[CREDIT_CARD:4987 0221 5563 1073]], a možete me dobiti na [[PHONE_NUMBER:+381 63 771 2049]] ili na [[EMAIL_ADDRESS:nikola.stankovic@gmail.com]].""",
    """i'm writing for my partner [[PERSON:sam]] ([[PERSON:samantha rivera-holt]]), who's [[AGE:29]] and was discharged from the psych unit on [[DATE_TIME:jan 30]]. nobody has called her since, her number is [[PHONE_NUMBER:503.219.8846]]""",
    """The Deed of Absolute Sale between the spouses [[PERSON:Rodrigo]] and [[PERSON:Lorna Villanueva]] and the buyer, [[PERSON:Jerome Tan Uy]], was notarized in [[LOCATION:Makati City]] on [[DATE_TIME:February 26, 2024]]. The lot at [[ADDRESS:Lot 7, Block 12, Sampaguita St.]], [[LOCATION:BF Homes]], [[LOCATION:Parañaque]] is covered by TCT No. 008-2019001234.""",
    """Engineer visit for [[PERSON:Imran Chaudhry]] booked for [[DATE_TIME:Sat 13 Jan, 8am–1pm]] at [[ADDRESS:112 Stratford Road]], [[LOCATION:Sparkhill]], [[LOCATION:Birmingham]] [[ZIP_CODE:B11 1AN]]. His router's WAN address keeps flipping away from [[IP_ADDRESS:86.142.77.19]].""",
    """I, [[PERSON:Margaret Ellen Sowers]], of [[LOCATION:Knox County]], [[LOCATION:Tennessee]], being of sound mind, leave my home at [[ADDRESS:4021 Kingston Pike]] to my niece [[PERSON:Carla Sowers Dunn]] and my savings to the church. Signed this [[DATE_TIME:15th day of August, 2022]].""",
    """[[PERSON:Chukwuemeka]] is in JSS2 and just turned [[AGE:13]]. His mother, [[PERSON:Mrs. Adaeze Obi]], asked the school to send the term report to [[EMAIL_ADDRESS:adaeze.obi@yahoo.co.uk]] and to call [[PHONE_NUMBER:0803 224 7719]] about the fees.""",
    """Poštovani, ja sam [[PERSON:Lucija Horvat]] iz [[LOCATION:Osijeka]] i molim prebacivanje broja [[PHONE_NUMBER:091 552 3184]] na novu tarifu. OIB mi je [[ID_NUMBER:27548903163]], a račune šaljite na [[ADDRESS:Vukovarska 112]], [[ZIP_CODE:31000]] [[LOCATION:Osijek]].""",
    """Annual leave approved for [[PERSON:Fatima Zahra Benali]], [[DATE_TIME:22/07/2024]] to [[DATE_TIME:09/08/2024]]. She'll be in [[LOCATION:Casablanca]] and can be reached at [[PHONE_NUMBER:+212 661 408 273]] for emergencies only.""",
    """The Environment and Land Court at [[LOCATION:Nakuru]] issued an injunction against [[PERSON:Joseph Kiprono Langat]] on [[DATE_TIME:6 March 2024]], stopping any sale of the family land at [[LOCATION:Njoro]] until the succession cause filed by his sister [[PERSON:Chepkoech]] is heard.""",
    """We're buying a flat in [[LOCATION:Málaga]] and the notary appointment is [[DATE_TIME:Thursday 20 June at 12:00]]. We both needed an NIE first (mine is [[ID_NUMBER:Y4827193J]]) and my husband [[PERSON:Gareth]]'s is still pending. [[PERSON:Rhian Lloyd]]""",
    """[[PERSON:Dolores]] "[[PERSON:Lolly]]" [[PERSON:Amaya]] redeemed 4,000 points on [[DATE_TIME:Dec 23]]; her rewards card is [[ID_NUMBER:6019 8821 4470]] and the receipt lists her phone as [[PHONE_NUMBER:(602) 931-0447]].""",
    """Мој син [[PERSON:Лука Петровић]] има [[AGE:7]] година и треба да се упише у први разред. Рођен је [[DATE_TIME:17.02.2017]]. Живимо у [[LOCATION:Чачку]], у [[ADDRESS:Улици краља Петра I бр. 23]], а мене, мајку [[PERSON:Ивану]], можете добити на [[PHONE_NUMBER:032/344-219]].""",
    """Juror summons: [[PERSON:Brittany Okafor]], report to the [[LOCATION:Fulton County]] Courthouse in [[LOCATION:Atlanta]] on [[DATE_TIME:Monday, March 25, 2024 at 8:00 AM]]. Bring this notice and a photo ID.""",
    """Reporting a profile: the man calls himself [[TITLE:Colonel]] [[PERSON:Dave Whitman]] and asked my mum, [[PERSON:Pauline Hargreaves]] ([[AGE:72]]), to send gift cards to [[ADDRESS:PO Box 4419]], [[LOCATION:Lagos]]. His profile is [[URL:https://www.facebook.com/dave.whitman.5476]].""",
    """The grant of probate for [[PERSON:Dennis Arthur Hebblethwaite]], who died at [[ADDRESS:Rosedene Care Home]], [[LOCATION:Harrogate]], on [[DATE_TIME:27 July 2023]] aged [[AGE:93]], was issued to his daughters [[PERSON:Janet]] and [[PERSON:Susan]] on [[DATE_TIME:5 January 2024]].""",
    """Dear [[PERSON:Ms Tan Hui Min]], your PayNow transfer of S$2,300 to [[PERSON:Rajesh s/o Murugan]] on [[DATE_TIME:04/03/2024]] was successful. If you did not authorise it, call us immediately.""",
    """Ugovor o poklonu stana u [[LOCATION:Novom Sadu]], [[ADDRESS:Bulevar oslobođenja 112, stan 9]], između [[PERSON:Branislava Đurića]] (JMBG [[ID_NUMBER:0911965800231]]) i njegove ćerke [[PERSON:Milice Đurić]] potvrdila je javni beležnik [[PERSON:Sanja Vasić]] [[DATE_TIME:13. marta 2024]]. godine, pod brojem OPU: 412-2024.""",
    """hey support my steam got hijacked. acct name [[USERNAME:grimreaper_1337]], email was [[EMAIL_ADDRESS:tyler.b.2007@icloud.com]], the hacker logged in from [[IP_ADDRESS:185.220.101.47]]. im [[PERSON:Tyler Bouchard]], [[AGE:16]], my dad [[PERSON:Marc]] paid for everything on his card ending 0193""",
    """[[PERSON:Jamal Idris Carter]] applied to renew passport [[US_PASSPORT:583920174]] on [[DATE_TIME:1/22/2024]]; his date of birth, [[DATE_TIME:06/30/1988]], and place of birth, [[LOCATION:Baltimore]], [[LOCATION:Maryland]], match the old book.""",
    """Rx for [[PERSON:Nguyen Thi Thu Ha]], DOB [[DATE_TIME:1975-11-03]], health card [[ID_NUMBER:4829-104-373-KT]]: metformin 500 mg, refill ready for pickup at the [[LOCATION:Brampton]] store.""",
    """Notice to [[PERSON:Shanice Bell]] and all occupants of [[ADDRESS:2250 Grand Concourse, Apt 5F]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10457]]: a nonpayment petition has been filed in Housing Court and your first appearance is [[DATE_TIME:April 17, 2024, 9:30 AM]].""",
    """Općinski kazneni sud u [[LOCATION:Zagrebu]] obavještava okrivljenika [[PERSON:Marka Kovačevića]], rođenog [[DATE_TIME:25. 3. 1978]], s prebivalištem u [[LOCATION:Velikoj Gorici]], [[ADDRESS:Zagrebačka cesta 41]], da je glavna rasprava zakazana za [[DATE_TIME:srijedu, 10. travnja 2024. u 13:00 sati]].""",
    """The beneficiary on [[PERSON:Hyun-woo Park]]'s life policy is his wife, [[PERSON:Min-ji Park]], born [[DATE_TIME:14 Sep 1983]]. Premiums come out of account [[ID_NUMBER:31928847]], sort code 40-47-84.""",
    """Transfer of land from [[PERSON:Giuseppe Marchetti]] to [[PERSON:Anh Tran]] and [[PERSON:Quoc Bao Tran]]: lot 3 on deposited plan 48219, known as [[ADDRESS:17 Tuart Street]], [[LOCATION:Yokine]] [[LOCATION:WA]] [[ZIP_CODE:6060]]. Settlement is booked for [[DATE_TIME:Wednesday 15 May 2024]].""",
    """[[PERSON:Ritika Bhattacharya]], roll no. [[ID_NUMBER:21CS3047]], has been admitted to the M.Tech programme; hostel allotment is on [[DATE_TIME:28th July]]. Father: [[PERSON:Subhas Bhattacharya]], [[ADDRESS:44/2 Jodhpur Park]], [[LOCATION:Kolkata]] [[ZIP_CODE:700068]].""",
    """[[PERSON:Abdirahman Warsame]], a [[NRP:Muslim]] warehouse picker in [[LOCATION:Minneapolis]], says his shift lead, [[PERSON:Kyle]], would not let him pray during breaks; his written complaint is dated [[DATE_TIME:2/9/24]].""",
    """Moj pokojni deda [[PERSON:Živojin Marković]] umro je [[DATE_TIME:3. oktobra 2023]]. i ostavio kuću u selu [[LOCATION:Brestovac]] kod [[LOCATION:Bora]]. Stric [[PERSON:Vlada]] tvrdi da postoji testament, a ostavinska rasprava kod javnog beležnika u [[LOCATION:Zaječaru]] je [[DATE_TIME:22. aprila]]. Šta da radim? [[PERSON:Miloš]]""",
    """Referral: [[PERSON:Hollie-Mae Clarke]], [[AGE:8]], NHS no. [[ID_NUMBER:943 476 5919]], seen in paediatrics on [[DATE_TIME:05/02/24]]. Parent: [[PERSON:Kerry Clarke]], [[PHONE_NUMBER:01633 852117]], [[ADDRESS:9 Oakfield Road]], [[LOCATION:Newport]] [[ZIP_CODE:NP20 4JT]].""",
    """Power of attorney: I, [[PERSON:Evelyn Tsosie]], of [[LOCATION:Window Rock]], [[LOCATION:Arizona]], appoint my son [[PERSON:Darrell Tsosie]] as my agent. Acknowledged before me on [[DATE_TIME:March 1, 2024]] by [[PERSON:Evelyn Tsosie]]. [[PERSON:Karen L. Whitehorse]], Notary Public, commission no. [[ID_NUMBER:20231847]].""",
    """Visa application for [[PERSON:Oksana Hrytsenko]], a [[NRP:Ukrainian]] national born [[DATE_TIME:21.06.1991]] in [[LOCATION:Kharkiv]], passport [[ID_NUMBER:FE482917]], who is staying with her cousin at [[ADDRESS:15 Rua das Flores]], [[LOCATION:Lisbon]].""",
    """the parcel was signed for by someone called [[PERSON:d. mcallister]] at 14:02 but i never got it. i'm at [[ADDRESS:3/12 Eildon Rd]], [[LOCATION:St Kilda]]. [[PERSON:pip]]""",
    """The court appointed [[PERSON:Ms. Lorraine Baptiste]] guardian of her nephew [[PERSON:Jayden Baptiste]] ([[AGE:11]]) at the hearing on [[DATE_TIME:February 8, 2024]]. Jayden's Medicaid ID, [[ID_NUMBER:KT48217C]], now needs the new address, [[ADDRESS:388 Linden Blvd]], [[LOCATION:Brooklyn]].""",
    """[[PERSON:Reza Karimi]]'s VPN session dropped twice this morning; his client address was [[IP_ADDRESS:2a02:c7f:8214:3e00:5d1a:9c44:e07b:11f2]] and he works from [[LOCATION:Manchester]]. Ticket assigned to [[PERSON:Leanne]].""",
    """[[PERSON:Thiago Albuquerque]], a [[NRP:Brazilian]] citizen living in [[LOCATION:Framingham]], [[LOCATION:MA]], sends money home every month; his CPF [[ID_NUMBER:318.604.572-07]] is on the remittance account together with his phone, [[PHONE_NUMBER:(508) 872-3319]].""",
    """Can I quitclaim my half of [[ADDRESS:5613 N Ravenswood Ave]] to my ex, [[PERSON:Dustin]]? The county recorder still shows both of us, [[PERSON:Amber L. Kessler]] and [[PERSON:Dustin R. Kessler]], as owners since [[DATE_TIME:10/05/2017]].""",
    """Congrats to [[PERSON:Mateo]] ([[AGE:14]]) and [[PERSON:Inés Ferreira]] ([[AGE:15]]) for making the regional swim squad! Parents, please send the medical forms to coach [[PERSON:Dana Whitlock]] at [[EMAIL_ADDRESS:dwhitlock.swim@gmail.com]] by Friday.""",
    """Estate late [[PERSON:Johannes Petrus van der Merwe]], ID [[ID_NUMBER:7502165831080]], who died on [[DATE_TIME:14 October 2023]]: creditors and debtors are called on to lodge claims with the executor, [[PERSON:Anneke Botha]], [[ADDRESS:8 Kerk Street]], [[LOCATION:Stellenbosch]], [[ZIP_CODE:7600]].""",
    """Somebody posted that [[PERSON:Kiara Whitebird]] lives at [[ADDRESS:1402 Pembina Hwy]] in [[LOCATION:Winnipeg]] and works nights, and linked her TikTok, [[URL:tiktok.com/@kiara.whitebird]]. Can you take it down?""",
    """Petition to expunge: [[PERSON:Carlos Ybarra]], DOB [[DATE_TIME:04/19/1993]], arrested [[DATE_TIME:06/02/2014]] in [[LOCATION:Pima County]], case CR20141187. Petitioner's address is [[ADDRESS:801 E Lee St]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85719]].""",
    """I stayed in room 1104 from [[DATE_TIME:3 November]] to [[DATE_TIME:6 November]] under the name [[PERSON:Haruto Kobayashi]] and the minibar was charged twice to my card [[CREDIT_CARD:3566 0020 2036 0489]]. Please refund it to the same card; my email is [[EMAIL_ADDRESS:h.kobayashi@docomo.ne.jp]].""",
    """Thank you, [[TITLE:Rabbi]] [[PERSON:Feldstein]], for your pledge of $500. The tax receipt will be mailed to [[ADDRESS:27 Hillcrest Ave]], [[LOCATION:Teaneck]], [[LOCATION:NJ]] [[ZIP_CODE:07666]].""",
    """Please pay the deposit refund to [[PERSON:Femke de Vries]], IBAN [[IBAN_CODE:NL27 RABO 0314 7221 80]] (BSN on file: [[ID_NUMBER:164825307]]); she moved out of [[ADDRESS:Oudegracht 211-bis]], [[LOCATION:Utrecht]] on [[DATE_TIME:31 January]].""",
    """The notary, [[TITLE:Me]] [[PERSON:Geneviève Tremblay]], will read the marriage contract to [[PERSON:Olivier Gagnon]] and [[PERSON:Nadia Haddad]] at her office in [[LOCATION:Sherbrooke]] on [[DATE_TIME:Saturday, May 11 at 2 pm]].""",
    """[[PERSON:Siddharth]] worked in my team from [[DATE_TIME:June 2019]] to [[DATE_TIME:March 2023]] and I would hire him again tomorrow. [[PERSON:Helen Abernathy]], [[PHONE_NUMBER:+44 20 7946 0318]]""",
    """We are tracing the heirs of [[PERSON:Władysław Zieliński]], who died intestate in [[LOCATION:Hamtramck]], [[LOCATION:Michigan]], on [[DATE_TIME:September 4, 2022]]. If you are related to him or to his late wife, [[PERSON:Halina]], please contact [[PERSON:Robert Szymanski]] at [[EMAIL_ADDRESS:rszymanski.heirsearch@gmail.com]].""",
    """Hi, this is [[PERSON:Ji-hoon]]. My package went to [[ADDRESS:48 Bourke St]] instead of [[ADDRESS:48 Burke St]], [[LOCATION:Tamworth]]; could the driver ring me on [[PHONE_NUMBER:0433 019 582]]?""",
    """[[PERSON:Aaliyah Robinson]], license [[US_DRIVER_LICENSE:R163-482-93-715-0]], must appear in [[LOCATION:Miami-Dade]] traffic court on [[DATE_TIME:May 2, 2024 at 1:30 PM]] for the citation she received on [[DATE_TIME:March 18]].""",
    """Mutation of the plot (khasra no. 218/4) in village [[LOCATION:Rampur]], tehsil [[LOCATION:Hapur]], has been entered in favour of [[PERSON:Sunita Devi]], widow of late [[TITLE:Shri]] [[PERSON:Ram Kishore]], on [[DATE_TIME:12.01.2024]]. Her Aadhaar [[ID_NUMBER:5019 2837 4600]] was seeded at the tehsil office.""",
]

BENCH = [
    """Dear [[PERSON:Mr. Kendrick Olawale]], as Principal Tax Consultant your access to the client portal has been moved to [[IP_ADDRESS:10.48.213.77]]. Please re-verify the card [[CREDIT_CARD:5425233430109101]] (CVV 418, exp 09/27) you used on [[DATE_TIME:03/12/2024]] to avoid suspension.""",
    """Attention [[PERSON:Carlotta Brekke]], the Investment Law workshop takes place at [[ADDRESS:8831 Schaefer Viaduct]], [[ADDRESS:Suite 402]], [[LOCATION:Port Dessie]], [[LOCATION:Nebraska]]. Register your device (MAC 3c:22:fb:91:0e:7a) under the account [[USERNAME:Carlotta_Brekke44]] beforehand.""",
    """Hi [[PERSON:Ezinne]], as Senior Mobility Architect you need to update the IBAN for the relocation allowance to [[IBAN_CODE:DE53100200304412983301]] (BIC BELADEBEXXX). New address on file: [[ADDRESS:Landsberger Allee 117]], [[ADDRESS:3. OG links]], [[ZIP_CODE:10407]] [[LOCATION:Berlin]].""",
    """The dispute between [[PERSON:Ms. Harriet Quigley]] and the estate of [[PERSON:Lionel Quigley]] over the cottage at [[ADDRESS:4 Tannery Lane]], [[LOCATION:Bishop's Stortford]], [[LOCATION:Hertfordshire]] [[ZIP_CODE:CM23 3DH]] will be mediated online. Joining from the office network ([[IP_ADDRESS:192.168.14.62]]) is blocked, so use the guest link sent to [[EMAIL_ADDRESS:hquigley@btinternet.com]].""",
    """[[PERSON:Ngoc Anh]], a [[AGE:34]]-year-old female Dynamic Research Executive, logged in from [[IP_ADDRESS:2001:db8:4f2a:0:9e1b:77ff:fe20:c3d1]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 13_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15 and changed her password to 'Xk9!mQ2#vL'.""",
    """Notice: the land title for the quarter section at [[ADDRESS:RR 2, Box 118]], [[LOCATION:Wetaskiwin]], [[LOCATION:Alberta]] [[ZIP_CODE:T9A 1W5]] was transferred on [[DATE_TIME:2023-09-14]] from [[PERSON:Arnold Kvisle]] to his grandson [[PERSON:Tanner Kvisle]]; fees of CAD 412.50 were charged to card [[CREDIT_CARD:4024 0071 5632 2181]].""",
    """Your [[PERSON:Kertzmann]] family plan has renewed: we charged the Discover card [[CREDIT_CARD:6011-5432-8890-1377]], CVV 772. Billing address: [[ADDRESS:590 Hettinger Fords]], [[ADDRESS:Apt. 183]], [[LOCATION:West Lonzo]], [[ZIP_CODE:29841-0372]]. Questions? [[PHONE_NUMBER:+1-843-555-0172]].""",
    """Student [[PERSON:Ravi Teja Kondapalli]] (gender: male, DOB [[DATE_TIME:11/30/2002]]) at the [[LOCATION:North Carolina]] campus must re-enter his SSN [[US_SSN:241-87-3306]]; the form rejected it when sent from [[IP_ADDRESS:152.14.96.201]].""",
    """In the Circuit Court of [[LOCATION:Cook County]], [[LOCATION:Illinois]], County Department, Probate Division: the petition of [[PERSON:Latisha M. Greer]], [[ADDRESS:7745 S Essex Ave]], [[LOCATION:Chicago]] [[ZIP_CODE:60649]], for letters of administration of the estate of [[PERSON:Curtis Greer]], deceased [[DATE_TIME:January 27, 2024]], will be heard on [[DATE_TIME:March 19, 2024 at 9:30 a.m.]] in Courtroom 1804.""",
    """Hello [[PERSON:Fritsch]], as our Lead Accounts Liaison please wire the refund of €1,204.33 to [[IBAN_CODE:FR76 3000 4028 3700 0104 7392 502]] and confirm at [[EMAIL_ADDRESS:ofritsch@hotmail.fr]]. Your vehicle VRM [[ID_NUMBER:GH-412-KP]] is still registered at [[ADDRESS:14 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]].""",
    """[[PERSON:Yolanda Pérez-Whitlock]] and [[PERSON:Marcus Whitlock]], married on [[DATE_TIME:06/15/2019]], have requested a joint account; combined income $148,200; household IP [[IP_ADDRESS:98.234.17.66]]; chosen PIN 4829.""",
    """Poštovana [[PERSON:Tamara Lazić]], kao Senior Product Manager dobićete pristup sistemu sa IP adrese [[IP_ADDRESS:91.150.112.38]]. Vaša uplata karticom [[CREDIT_CARD:5167 3109 9842 2639]] (CVV 604) evidentirana je [[DATE_TIME:14.02.2024. u 16:22]], a račun se šalje na [[ADDRESS:Makedonska 30, stan 7]], [[ZIP_CODE:11000]] [[LOCATION:Beograd]].""",
    """[[PERSON:Lowell Schamberger]], our new Central Web Developer, will sit at [[ADDRESS:1207 Quigley Mall]], [[ADDRESS:Floor 6]], [[LOCATION:Lake Jovanport]], [[LOCATION:Wisconsin]]. His phone (IMEI 35-209900-176148-1) is ready; he starts on [[DATE_TIME:8 July]], was born [[DATE_TIME:1991-02-05]] and is [[AGE:33]].""",
    """Re: Estate of [[PERSON:Georgina Alcott]]. The executor, [[PERSON:Bernard Alcott]], confirmed that the house at [[ADDRESS:12 Church Walk]], [[LOCATION:Bakewell]] [[ZIP_CODE:DE45 1BE]] will be sold and the proceeds split with [[PERSON:Imogen Alcott-Reyes]]; her share goes to [[IBAN_CODE:GB65LOYD30963477120458]].""",
    """Account [[USERNAME:priya_k_90]] ([[PERSON:Priya Kulkarni]], [[EMAIL_ADDRESS:priya.kulkarni90@rediffmail.com]]) tried three logins from [[IP_ADDRESS:49.36.152.203]] at 02:14; the card on file, [[CREDIT_CARD:4111 1188 8472 0358]], was frozen.""",
    """The Ethical Hacker role offered to [[PERSON:Mr. Dominic Achterberg]] means relocating to [[ADDRESS:Keizersgracht 482]], [[ZIP_CODE:1017 EG]] [[LOCATION:Amsterdam]]. Salary goes to [[IBAN_CODE:NL93ABNA0562287710]]; BSN [[ID_NUMBER:307541265]].""",
    """[[PERSON:Ayesha Siddiqui]] signed the transfer of her share in [[ADDRESS:House 47, Street 12, F-8/3]], [[LOCATION:Islamabad]] to her brother [[PERSON:Bilal]] before the notary on [[DATE_TIME:21-02-2024]]; her CNIC [[ID_NUMBER:61101-4827193-2]] and his phone [[PHONE_NUMBER:+92 300 5214876]] are on the deed.""",
    """Our records show that [[PERSON:Kaito]], aged [[AGE:27]], eye color brown, height 178 cm, uses [[EMAIL_ADDRESS:kaito.ishikawa@protonmail.com]] and the handle [[USERNAME:k_ishi]]; billing ZIP [[ZIP_CODE:94110]].""",
    """Poštovani [[TITLE:g.]] [[PERSON:Davor Matić]], kao voditelja prodaje molimo Vas da ažurirate IBAN za isplatu putnih troškova na [[IBAN_CODE:HR2924840083215579024]]. Prijava u sustav zabilježena je s adrese [[IP_ADDRESS:93.142.77.210]] [[DATE_TIME:3. 4. 2024. u 8:47]]. Adresa: [[ADDRESS:Ilica 242]], [[ZIP_CODE:10000]] [[LOCATION:Zagreb]].""",
    """Hey [[PERSON:Sunny]]! As Future Assurance Planner, grab your badge at reception. Your Visa [[CREDIT_CARD:4716-8850-2213-4606]], exp 11/26, CVV 390, is linked to the canteen account [[USERNAME:sunny.ahluwalia]]. Badge photo DOB check: [[DATE_TIME:May 3rd, 1996]].""",
    """RESIDENTIAL LEASE AGREEMENT

This Lease is made on [[DATE_TIME:March 1, 2024]] between Hollister Property Group LLC ("Landlord") and [[PERSON:Devonte Marcus Hill]] ("Tenant"), date of birth [[DATE_TIME:08/11/1995]], Florida driver license [[US_DRIVER_LICENSE:H400-521-95-311-0]]. Landlord leases to Tenant the premises at [[ADDRESS:2140 NW 7th Terrace, Unit 3]], [[LOCATION:Fort Lauderdale]], [[LOCATION:Florida]] [[ZIP_CODE:33311]] for twelve (12) months. Rent of $1,725.00 is due on the first day of each month by ACH debit from Tenant's account [[ID_NUMBER:004418273390]], routing number 063100277.""",
    """PATIENT INTAKE - Riverside Family Medicine
Name: [[PERSON:Oyelaran, Temitope A.]]
DOB: [[DATE_TIME:1979-07-22]]   Sex: F
MRN: [[ID_NUMBER:RFM-0092217]]
Address: [[ADDRESS:66 Clover Hill Rd]], [[LOCATION:Hackensack]], [[LOCATION:NJ]] [[ZIP_CODE:07601]]
Emergency contact: [[PERSON:Femi Oyelaran]] (husband) [[PHONE_NUMBER:201-488-7302]]
Insurance member ID: [[ID_NUMBER:XHZ904417821]]
Reason for visit: hypertension follow-up; last visit [[DATE_TIME:11/02/2023]].""",
    """Claim Summary: On [[DATE_TIME:January 14, 2024]], policyholder [[PERSON:Gwendolyn Achebe-Moss]] (policy HO-3381927) reported that a burst pipe had flooded the basement of her home at [[ADDRESS:918 Larchmont Street]], [[LOCATION:Syracuse]], [[LOCATION:NY]] [[ZIP_CODE:13207]]. Adjuster [[PERSON:Victor Lamb]] inspected the property on [[DATE_TIME:January 17]]. Payment of $8,430.00 will be issued by direct deposit to the account ending 7731. [[PERSON:Ms. Achebe-Moss]] can be reached at [[PHONE_NUMBER:(315) 472-9014]] or [[EMAIL_ADDRESS:gwen.am@verizon.net]].""",
    """UNIFORM RESIDENTIAL LOAN APPLICATION (summary)
Borrower: [[PERSON:Rajiv Menon]]   SSN: [[US_SSN:418-62-0937]]   DOB: [[DATE_TIME:04/07/1984]]
Co-Borrower: [[PERSON:Deepa Menon]]   SSN: [[US_SSN:418-71-2250]]   DOB: [[DATE_TIME:12/29/1986]]
Present address: [[ADDRESS:3305 Alder Creek Ct]], [[LOCATION:Cary]], [[LOCATION:NC]] [[ZIP_CODE:27519]] (own, 6 yrs)
Subject property: [[ADDRESS:1208 Ridgeview Lane]], [[LOCATION:Apex]], [[LOCATION:NC]] [[ZIP_CODE:27502]]
Employment: Cisco Systems, Sr. Software Engineer, 9 yrs
Contact: [[PHONE_NUMBER:919-380-4471]] / [[EMAIL_ADDRESS:rajiv.menon84@gmail.com]]""",
    """NOTICE OF HEARING ON PETITION FOR PROBATE OF WILL

To all heirs, beneficiaries and creditors of [[PERSON:Frances Irene Lindqvist]], also known as [[PERSON:Fran Lindqvist]], who died on [[DATE_TIME:October 30, 2023]] in [[LOCATION:Duluth]], [[LOCATION:Minnesota]]: a petition has been filed by [[PERSON:Erik Lindqvist]], [[ADDRESS:5110 London Road]], [[LOCATION:Duluth]], [[LOCATION:MN]] [[ZIP_CODE:55804]], asking that he be appointed personal representative. The hearing will be held on [[DATE_TIME:February 20, 2024, at 10:00 a.m.]] at the [[LOCATION:St. Louis County]] Courthouse.""",
    """EMPLOYMENT AGREEMENT. This agreement, dated [[DATE_TIME:15 April 2024]], is between Northvale Analytics Pty Ltd (ABN 51 824 753 556) and [[PERSON:Mei Ling Koh]] of [[ADDRESS:22/140 Wellington Parade]], [[LOCATION:East Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3002]]. The Employee will commence as Data Governance Lead on [[DATE_TIME:6 May 2024]]. Salary is paid fortnightly to BSB 063-182, account [[ID_NUMBER:1047 3321]]. Tax file number: [[ID_NUMBER:459 217 360]].""",
    """State of [[LOCATION:Texas]]
County of [[LOCATION:Travis]]
On this [[DATE_TIME:9th day of January, 2024]], before me, the undersigned notary, personally appeared [[PERSON:Héctor Manuel Salazar]], known to me through Texas driver's license [[US_DRIVER_LICENSE:40918273]] to be the person whose name is subscribed to the foregoing Special Warranty Deed conveying [[ADDRESS:1604 Cedar Bend Dr]], [[LOCATION:Austin]] [[ZIP_CODE:78758]], and acknowledged to me that he executed the same.
[[PERSON:Linda C. Pruitt]], Notary Public, Notary ID [[ID_NUMBER:13204876-5]]""",
    """Dear [[PERSON:Mr. Oghenekaro Eyitayo]],
We regret to inform you that your application for a personal loan of ₦2,500,000 submitted on [[DATE_TIME:29 February 2024]] has been declined. The decision was based on information from the credit bureau linked to your BVN [[ID_NUMBER:22418390715]]. You may request a copy of your report by calling 0700 225 5226. Your savings account [[ID_NUMBER:0123984476]] remains active.""",
    """KUPOPRODAJNI UGOVOR
sklopljen [[DATE_TIME:18. siječnja 2024]]. u [[LOCATION:Rijeci]] između:
1. [[PERSON:Dragica Knežević]], OIB: [[ID_NUMBER:81235077341]], iz [[LOCATION:Rijeke]], [[ADDRESS:Ulica Franje Čandeka 27]] (prodavateljica), i
2. [[PERSON:Petar Lovrić]], OIB: [[ID_NUMBER:44820176959]], iz [[LOCATION:Opatije]], [[ADDRESS:Nova cesta 88a]] (kupac).
Predmet ugovora je stan površine 62 m² upisan u zk. ul. 4127, k.o. [[LOCATION:Sušak]]. Kupoprodajna cijena od 145.000,00 EUR uplaćuje se na račun prodavateljice [[IBAN_CODE:HR7423600001102487361]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Amadou Diallo]], [[AGE:71]] y/o M. Admitted [[DATE_TIME:03/02/2024]], discharged [[DATE_TIME:03/09/2024]].
Attending: [[PERSON:Dr. Serena Whitcombe]]. Dx: community-acquired pneumonia.
Follow-up with PCP [[PERSON:Dr. Kofi Mensah-Bonsu]] within 7 days; appointment [[DATE_TIME:03/14/2024 10:40]].
Preferred pharmacy: Walgreens #4417. Patient phone [[PHONE_NUMBER:(614) 238-5096]].""",
    """IN THE HIGH COURT OF SOUTH AFRICA, [[LOCATION:GAUTENG]] DIVISION, [[LOCATION:PRETORIA]]
Case No: 41827/2022
In the matter between [[PERSON:THANDIWE GRACE MOKOENA]] (Applicant) and [[PERSON:SELLO ABRAM MOKOENA]] (Respondent).
JUDGMENT delivered on [[DATE_TIME:12 March 2024]]. The respondent is ordered to transfer his undivided half share in Erf 2217, [[LOCATION:Garsfontein]], held under Deed of Transfer T48812/2009, to the applicant within 60 days.""",
    """Account holder: [[PERSON:Caoimhe Brennan]]
Address: [[ADDRESS:Apt 4, 17 Leeson Park]], [[LOCATION:Ranelagh]], [[LOCATION:Dublin]] [[ZIP_CODE:D06 F2X7]]
IBAN: [[IBAN_CODE:IE33AIBK93338127604159]]   BIC: AIBKIE2D
Statement date: 31/01/2024
Opening balance €2,114.09. Card payments on card ****5521. Standing order to [[PERSON:P. Brennan]] €300.00.""",
    """РЕШЕЊЕ О НАСЛЕЂИВАЊУ
Јавни бележник [[PERSON:Мирјана Стевановић]], [[LOCATION:Ниш]], у оставинском предмету иза пок. [[PERSON:Милутина Јовановића]] из [[LOCATION:Ниша]], рођеног [[DATE_TIME:27.07.1949]]. године, ЈМБГ [[ID_NUMBER:2707949820045]], умрлог [[DATE_TIME:02.12.2023]]. године, са последњим пребивалиштем у [[ADDRESS:Вожда Карађорђа 51]], доноси решење којим се за наследнике оглашавају супруга [[PERSON:Зорка Јовановић]] и ћерка [[PERSON:Весна Павловић]], свака са по 1/2 заоставштине.""",
    """Auto Loan Agreement No. AL-2024-118273
Borrower: [[PERSON:Graciela Montoya]], [[ADDRESS:1452 Calle Ocho]], [[ADDRESS:Apt 210]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33135]]
Vehicle: 2021 Honda CR-V, VIN 7FARW2H51ME004718, plate [[ID_NUMBER:QZT-R81]]
Amount financed: $24,980.00 at 7.49% APR, 60 monthly payments
Autopay card: [[CREDIT_CARD:5300 7219 4418 3620]]""",
    """HM Land Registry - Official copy of register of title. Title number WYK918273.
A: Property Register. The Freehold land shown edged with red on the plan of the above title and being [[ADDRESS:14 Sunnybank Avenue]], [[LOCATION:Horsforth]], [[LOCATION:Leeds]] ([[ZIP_CODE:LS18 4LZ]]).
B: Proprietorship Register. PROPRIETOR: [[PERSON:KAMALJIT SINGH DHALIWAL]] and [[PERSON:HARPREET KAUR DHALIWAL]] of [[ADDRESS:14 Sunnybank Avenue]], [[LOCATION:Horsforth]], [[LOCATION:Leeds]] [[ZIP_CODE:LS18 4LZ]].
([[DATE_TIME:21 November 2019]]) The price stated to have been paid on [[DATE_TIME:18 October 2019]] was £312,000.""",
    """Private & Confidential
[[PERSON:Ms. Joanne Pettigrew]]
[[ADDRESS:41 Kelvin Drive]]
[[LOCATION:Paisley]]
[[ZIP_CODE:PA2 7QB]]

Dear [[PERSON:Joanne]],
You are required to attend a disciplinary hearing on [[DATE_TIME:Thursday 18 April 2024 at 2.00pm]] in the second-floor meeting room. You may be accompanied by a colleague or a trade union representative. Please quote your employee number, [[ID_NUMBER:SC-002871]], in any correspondence.
[[PERSON:Alan Cowie]], HR Business Partner""",
    """Title insurance claim. Claimant [[PERSON:Olusegun Bankole]] purchased [[ADDRESS:77 Maple Ridge Court]], [[LOCATION:Bowie]], [[LOCATION:MD]] [[ZIP_CODE:20716]] on [[DATE_TIME:August 3, 2021]]. On [[DATE_TIME:November 6, 2023]] he learned of an unreleased lien recorded against a prior owner, [[PERSON:Gary Dent]]. Policy number 21-7730184; claimant email [[EMAIL_ADDRESS:obankole@comcast.net]].""",
    """LAB REPORT - specimen collected [[DATE_TIME:2024-02-12 07:55]]
Patient: [[PERSON:Kaveh Soltani]] | DOB [[DATE_TIME:1968-10-04]] | MRN [[ID_NUMBER:558301927]] | Sex M
Ordering provider: [[PERSON:Dr. Anika Rosen]]
HbA1c 7.9 % (H); LDL 142 mg/dL (H); eGFR 81
Results released to patient portal user [[USERNAME:ksoltani68]].""",
    """Javni bilježnik [[PERSON:Vesna Radić]] iz [[LOCATION:Varaždina]], kao povjerenik Općinskog suda u [[LOCATION:Varaždinu]], u ostavinskom predmetu iza pok. [[PERSON:Stjepana Novaka]], OIB [[ID_NUMBER:90162735488]], rođenog [[DATE_TIME:14. 6. 1938]]., umrlog [[DATE_TIME:9. 1. 2024]]., sa zadnjim prebivalištem u [[LOCATION:Varaždinu]], [[ADDRESS:Zagrebačka 67]], donosi RJEŠENJE O NASLJEĐIVANJU. Nasljednica je kći [[PERSON:Snježana Bistrović]], OIB [[ID_NUMBER:16392748504]].""",
    """[[DATE_TIME:April 2, 2024]]

[[PERSON:Ms. Naledi Khumalo]]
[[ADDRESS:23 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]

Dear [[PERSON:Naledi]],
Congratulations! You have been awarded the 2024 STEM Bursary. Funds will be paid into your student account ([[ID_NUMBER:218840173]]). Please confirm your ID number ([[ID_NUMBER:9109230468084]]) and banking details by replying to this letter.""",
    """{"customer_id": "[[ID_NUMBER:C-448219]]", "first_name": "[[PERSON:Marguerite]]", "last_name": "[[PERSON:Okeke]]", "email": "[[EMAIL_ADDRESS:m.okeke@fastmail.com]]", "phone": "[[PHONE_NUMBER:+1 (404) 882-1970]]", "dob": "[[DATE_TIME:1987-03-22]]", "address": {"street": "[[ADDRESS:2281 Peachtree Rd NE]]", "unit": "[[ADDRESS:Apt 1402]]", "city": "[[LOCATION:Atlanta]]", "state": "[[LOCATION:GA]]", "zip": "[[ZIP_CODE:30309]]"}, "loyalty_tier": "gold", "created_at": "[[DATE_TIME:2021-06-14T10:02:11Z]]"}""",
    """[[DATE_TIME:2024-03-11T08:14:52.118Z]] INFO  auth-svc  login success user=[[USERNAME:dkhumalo]] email=[[EMAIL_ADDRESS:d.khumalo@capetownmail.co.za]] src_ip=[[IP_ADDRESS:41.13.208.92]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
[[DATE_TIME:2024-03-11T08:15:03.402Z]] WARN  billing   card declined last4=4417 user=[[USERNAME:dkhumalo]]
[[DATE_TIME:2024-03-11T08:15:40.007Z]] INFO  auth-svc  password reset requested user=[[USERNAME:dkhumalo]] src_ip=[[IP_ADDRESS:41.13.208.92]]
2024-03-11T08:16:00.000Z INFO  scheduler nightly-export queued""",
    """INSERT INTO parcel_owners (parcel_id, owner_name, owner_tin, mailing_address, city, state, zip, acquired_on) VALUES
  ('12-034-118-00', '[[PERSON:Whitaker, Lorene J.]]', '[[US_SSN:527-44-1068]]', '[[ADDRESS:PO Box 2290]]', '[[LOCATION:Bozeman]]', '[[LOCATION:MT]]', '[[ZIP_CODE:59771]]', '[[DATE_TIME:2016-05-27]]'),
  ('12-034-119-00', '[[PERSON:Redfeather, Thomas]]', '[[US_SSN:516-09-3382]]', '[[ADDRESS:4410 Bridger Canyon Rd]]', '[[LOCATION:Bozeman]]', '[[LOCATION:MT]]', '[[ZIP_CODE:59715]]', '[[DATE_TIME:2009-11-03]]');""",
    """<FilingEnvelope>
  <Court>Superior Court of [[LOCATION:Arizona]], [[LOCATION:Maricopa County]]</Court>
  <CaseNumber>PB2024-000318</CaseNumber>
  <Party role="Petitioner">
    <Name>[[PERSON:Consuelo Ortega-Reyes]]</Name>
    <Address>[[ADDRESS:3920 W Camelback Rd Apt 117]]</Address>
    <City>[[LOCATION:Phoenix]]</City><State>[[LOCATION:AZ]]</State><Zip>[[ZIP_CODE:85019]]</Zip>
    <Email>[[EMAIL_ADDRESS:consuelo.ortega.reyes@gmail.com]]</Email>
  </Party>
  <Decedent>
    <Name>[[PERSON:Alfonso Reyes]]</Name>
    <DateOfDeath>[[DATE_TIME:2023-12-19]]</DateOfDeath>
  </Decedent>
  <SubmittedFrom>[[IP_ADDRESS:68.105.29.144]]</SubmittedFrom>
</FilingEnvelope>""",
    """# deploy/staging.yaml
app:
  name: payroll-sync
  env: staging
  admin:
    name: [[PERSON:Oluwadamilare Ayodele]]
    email: [[EMAIL_ADDRESS:dami.ayodele@payroll-sync.io]]
    phone: "[[PHONE_NUMBER:+234 809 331 4420]]"
  smtp:
    host: smtp.mailgun.org
    user: postmaster@mg.payroll-sync.io
    password: "h7Qx!92kzLw"
  allowed_ips:
    - [[IP_ADDRESS:102.89.34.17]]
    - 10.0.0.0/8""",
    """def test_create_member(client):
    payload = {
        "name": "[[PERSON:Saoirse Kavanagh]]",
        "pps": "[[ID_NUMBER:4120786W]]",
        "iban": "[[IBAN_CODE:IE44BOFI90001744128390]]",
        "phone": "[[PHONE_NUMBER:087 214 6639]]",
        "dob": "[[DATE_TIME:1994-01-30]]",
    }
    resp = client.post("/api/members", json=payload)
    assert resp.status_code == 201""",
    """Ticket #88213 | Priority: High | Channel: web form
Customer: [[PERSON:Bartholomew Nkemelu]]
Account email: [[EMAIL_ADDRESS:bart.nkemelu@outlook.com]]
Phone: [[PHONE_NUMBER:+44 7412 883902]]
Subject: Charged after cancelling
Description: I cancelled my subscription on [[DATE_TIME:2 Feb 2024]] but was billed £14.99 on my Mastercard [[CREDIT_CARD:5186 0012 7734 5800]]. Billing address is [[ADDRESS:Flat 9, Holloway Court, 212 Holloway Road]], [[LOCATION:London]] [[ZIP_CODE:N7 8DA]].
Assigned agent: [[PERSON:Chloe R.]]""",
    """<form id="kyc" method="post">
  <input name="full_name" value="[[PERSON:Aditi Raghavan]]">
  <input name="pan" value="[[ID_NUMBER:BQKPR4418M]]">
  <input name="aadhaar" value="[[ID_NUMBER:2341 5678 9014]]">
  <input name="mobile" value="[[PHONE_NUMBER:+91-9845012377]]">
  <input name="address" value="[[ADDRESS:No. 14, 3rd Cross]], [[LOCATION:Indiranagar 2nd Stage]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]">
  <input name="dob" type="date" value="[[DATE_TIME:1992-05-17]]">
</form>""",
    """{
  "parcel": {"apn": "5573-021-014", "situs": "[[ADDRESS:11842 Gladstone Ave]]", "city": "[[LOCATION:Sylmar]]", "zip": "[[ZIP_CODE:91342]]"},
  "owners": [
    {"name": "[[PERSON:ARMENTA, JOSE L]]", "vesting": "JT", "mailing": "[[ADDRESS:11842 Gladstone Ave]], [[LOCATION:Sylmar]] [[LOCATION:CA]] [[ZIP_CODE:91342]]"},
    {"name": "[[PERSON:ARMENTA, MARIA E]]", "vesting": "JT"}
  ],
  "last_transfer": {"doc": "20-1488213", "date": "[[DATE_TIME:2020-11-30]]", "price": 512000}
}""",
    """[[[DATE_TIME:2024-05-06 14:02:37]]] notary-portal session.start notary_id=[[ID_NUMBER:NP-7714]] name="[[PERSON:Gwendolyn Price-Ocasio]]" ip=[[IP_ADDRESS:173.48.201.9]]
[[[DATE_TIME:2024-05-06 14:05:12]]] notary-portal signer.verify signer="[[PERSON:Ibrahim Al-Masri]]" id_type=passport id_no=[[ID_NUMBER:N04418273]] kba=pass
[2024-05-06 14:19:44] notary-portal job.archive doc=deed_of_trust_4471.pdf status=ok""",
    """SELECT * FROM patients WHERE last_name = '[[PERSON:Abernethy]]' AND dob = '[[DATE_TIME:1959-12-01]]';
-- 1 row: id=[[ID_NUMBER:PT-300918]], first_name='[[PERSON:Glenys]]', phone='[[PHONE_NUMBER:029 2048 7731]]', postcode='[[ZIP_CODE:CF14 3UZ]]', gp='[[PERSON:Dr. Rhys Mabbott]]'""",
    """From: [[PERSON:Leilani Kahananui]] <[[EMAIL_ADDRESS:leilani.k@hawaiiantel.net]]>
To: records@honolulu-title.com
Date: [[DATE_TIME:Mon, 8 Apr 2024 09:41:07 -1000]]
Subject: Deed copy for my parents' house

Aloha, I need a certified copy of the deed for [[ADDRESS:45-310 Kaneohe Bay Dr]], [[LOCATION:Kaneohe]], [[LOCATION:HI]] [[ZIP_CODE:96744]], recorded when my parents, [[PERSON:Samuel]] and [[PERSON:Rose Kahananui]], bought it in [[DATE_TIME:June 1988]]. Please call me at [[PHONE_NUMBER:808-247-6613]]. Mahalo!""",
    """# .env.local (do not commit)
DATABASE_URL=postgres://app:s3cr3t@db.internal:5432/crm
SEED_ADMIN_NAME="[[PERSON:Tomasz Wiśniewski]]"
SEED_ADMIN_EMAIL=[[EMAIL_ADDRESS:tomasz.wisniewski@crmdemo.pl]]
SEED_ADMIN_PESEL=[[ID_NUMBER:85071403691]]
SEED_ADMIN_PHONE=[[PHONE_NUMBER:+48 512 904 337]]
SUPPORT_EMAIL=support@crmdemo.pl""",
    """{"ime_prezime": "[[PERSON:Слободан Николић]]", "jmbg": "[[ID_NUMBER:1406987710144]]", "datum_rodjenja": "[[DATE_TIME:14.06.1987]]", "adresa": "[[ADDRESS:Јурија Гагарина 147, стан 33]]", "mesto": "[[LOCATION:Нови Београд]]", "postanski_broj": "[[ZIP_CODE:11070]]", "telefon": "[[PHONE_NUMBER:+381 65 402 1187]]", "racun": "[[ID_NUMBER:160-0000019204731-03]]", "status": "aktivan"}""",
    """JIRA ECF-2291 "Attorney cannot upload exhibit"
Reporter: [[PERSON:Marcus Oyelowo]] ([[EMAIL_ADDRESS:moyelowo@oyelowolaw.com]]), bar no. [[ID_NUMBER:0392714]]
Environment: Chrome 122 / Windows 11, client IP [[IP_ADDRESS:24.61.155.38]]
Steps: open case 1:24-cv-00417 ([[PERSON:Dunmore]] v. Halvorsen Realty), upload Exhibit C (lease signed by [[PERSON:Patricia Dunmore]] on [[DATE_TIME:05/01/2022]]), click Submit. Result: HTTP 500.""",
    """[[IP_ADDRESS:197.232.61.14]] - [[USERNAME:hmwangi]] [[[DATE_TIME:12/Mar/2024:09:22:41 +0300]]] "GET /account/statements?acct=[[ID_NUMBER:0047291183]] HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (Linux; Android 13; SM-A536E)"
[[IP_ADDRESS:197.232.61.14]] - [[USERNAME:hmwangi]] [[[DATE_TIME:12/Mar/2024:09:23:02 +0300]]] "GET /profile HTTP/1.1" 200 2210 "-" "Mozilla/5.0 (Linux; Android 13; SM-A536E)"
10.0.4.2 - - [12/Mar/2024:09:23:05 +0300] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001""",
    """IHT205 (extract)
1.1 Name of the deceased: [[PERSON:Winifred Agnes Clough]]
1.2 Date of death: [[DATE_TIME:17/09/2023]]
1.3 Date of birth: [[DATE_TIME:02/03/1931]]
1.5 Last known permanent address: [[ADDRESS:6 Priory Gardens]], [[LOCATION:Whitby]], [[LOCATION:North Yorkshire]] [[ZIP_CODE:YO21 3HJ]]
1.7 National Insurance number: [[ID_NUMBER:YH 41 82 73 C]]
1.9 Unique Taxpayer Reference: [[ID_NUMBER:23018 42159]]
Applicant: [[PERSON:Geoffrey Clough]] (son), tel. [[PHONE_NUMBER:01947 602118]]""",
    """{"employee": {"id": "[[ID_NUMBER:EMP-20931]]", "name": "[[PERSON:Lucía Benítez Calvo]]", "dni": "[[ID_NUMBER:48302175J]]", "iban": "[[IBAN_CODE:ES3000491500022710473825]]", "start_date": "[[DATE_TIME:2022-09-01]]", "office": "[[LOCATION:Valencia]]", "manager": "[[PERSON:Jordi Puig]]", "grade": "B2"}}""",
    """### Bug: CSV export includes unmasked fields
When I export /admin/users, row 3 comes out as `[[PERSON:Hannah Oduya]],[[EMAIL_ADDRESS:hannah.oduya@gmail.com]],[[PHONE_NUMBER:+254 733 905 118]],[[ID_NUMBER:31847720]]` in plain text even though masking is switched on.
Version: 3.14.2 · Browser: Firefox 124 · Reported by @[[USERNAME:kipchirchir-dev]]""",
    """@Test
void rejectsExpiredCard() {
    Customer c = new Customer("[[PERSON:Ingrid Solberg]]", "[[EMAIL_ADDRESS:ingrid.solberg@online.no]]");
    c.setAddress("[[ADDRESS:Thereses gate 24B]]", "[[ZIP_CODE:0168]]", "[[LOCATION:Oslo]]");
    Card card = new Card("[[CREDIT_CARD:4532017766093846]]", "03/23", "811");
    assertThrows(ExpiredCardException.class, () -> checkout.pay(c, card));
}""",
    """<zahtev tip="upis_hipoteke">
  <podnosilac>
    <ime>[[PERSON:Aleksandar]]</ime><prezime>[[PERSON:Popović]]</prezime>
    <jmbg>[[ID_NUMBER:0402990750271]]</jmbg>
    <adresa>[[ADDRESS:Cara Dušana 12]], [[LOCATION:Kraljevo]]</adresa>
  </podnosilac>
  <nepokretnost ko="[[LOCATION:Kraljevo]]" parcela="1873/4" list="3318"/>
  <datum_podnosenja>[[DATE_TIME:2024-03-19]]</datum_podnosenja>
  <email>[[EMAIL_ADDRESS:a.popovic90@yahoo.com]]</email>
</zahtev>""",
    """CRM note [[DATE_TIME:2024-01-09 11:20]], agent [[PERSON:Rosa Iglesias]]
Caller verified as [[PERSON:Mr. Anand Krishnaswamy]] (DOB [[DATE_TIME:22/08/1961]], postcode [[ZIP_CODE:HA0 4TP]]). Wants to add his daughter [[PERSON:Meera]] as a second cardholder. New card to be sent to [[ADDRESS:31 Ealing Road]], [[LOCATION:Wembley]]. Callback on [[PHONE_NUMBER:020 8903 4416]].""",
    """UPDATE accounts
SET status = 'DECEASED', date_of_death = '[[DATE_TIME:2024-02-03]]', estate_contact = '[[PERSON:Oyelaran Adebayo]]', estate_contact_phone = '[[PHONE_NUMBER:+2348023317745]]'
WHERE account_no = '[[ID_NUMBER:2039178462]]' AND holder_name = '[[PERSON:Adebayo Folasade]]';""",
    r"""MSH|^~\&|LAB|STJOHNS|EHR|STJOHNS|202403140812||ORU^R01|MSG00412|P|2.5
PID|1||[[ID_NUMBER:MRN44719203]]^^^STJ^MR||[[PERSON:O'SULLIVAN]]^[[PERSON:DECLAN]]^[[PERSON:P]]||[[DATE_TIME:19720915]]|M|||[[ADDRESS:22 CASTLE ST]]^^[[LOCATION:KILKENNY]]^^[[ZIP_CODE:R95 X2K4]]^IRL||[[PHONE_NUMBER:0567721934]]
OBX|1|NM|2345-7^GLUCOSE^LN||5.4|mmol/L|3.9-7.8|N|||F""",
    """{"docket": "FAM-24-00981", "court": "[[LOCATION:Hamilton County]] Juvenile Court", "hearing": {"type": "custody review", "datetime": "[[DATE_TIME:2024-06-04T13:30:00-04:00]]", "judge": "[[TITLE:Magistrate]] [[PERSON:Ellen Voss]]"}, "parties": [{"name": "[[PERSON:Kristen Albers]]", "role": "mother", "phone": "[[PHONE_NUMBER:513-921-4408]]"}, {"name": "[[PERSON:Jordan Albers]]", "role": "father"}], "child": {"initials": "[[PERSON:M.A.]]", "age": [[AGE:6]]}}""",
    """{1:F01BARCGB22AXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:
:20:TRF2024031400917
:32A:240314EUR12500,00
:50K:/[[IBAN_CODE:GB09BARC20315844871230]]
[[TITLE:MRS]] [[PERSON:CATHERINE ELLIS-ADEBAYO]]
[[ADDRESS:18 QUEENS ROAD]]
[[LOCATION:BRIGHTON]] [[ZIP_CODE:BN1 3XA]]
:59:/[[IBAN_CODE:DE48500105170648479930]]
[[TITLE:HERR]] [[PERSON:JOHANNES KRAEMER]]
:70:ERBTEIL NACHLASS [[PERSON:ELLIS]]
-}""",
    """level=error ts=2024-02-27T03:12:55Z caller=notify.go:88 msg="sms send failed" to=[[PHONE_NUMBER:+61412774019]] name="[[PERSON:Tevita F.]]" err="carrier rejected"
level=info ts=2024-02-27T03:12:56Z caller=retry.go:41 msg="retry scheduled" attempt=2 backoff=30s""",
    """patients = [
    {"nhs": "[[ID_NUMBER:634 219 8802]]", "name": "[[PERSON:Amira Haddad]]", "age": [[AGE:42]], "postcode": "[[ZIP_CODE:M14 5RQ]]", "gp_visit": "[[DATE_TIME:2024-01-18]]"},
    {"nhs": "[[ID_NUMBER:7024813660]]", "name": "[[PERSON:Brendan O'Toole]]", "age": [[AGE:77]], "postcode": "[[ZIP_CODE:M20 2LN]]", "gp_visit": "[[DATE_TIME:2024-01-22]]"},
]
print(len(patients), "patients loaded")""",
    """[[PERSON:Bashir]], the Regional Logistics Coordinator, drove the company van, VRM [[ID_NUMBER:LK21 XVW]], to [[ADDRESS:Unit 4, Trafford Park Road]], [[LOCATION:Manchester]] on [[DATE_TIME:14/03/2024]]; his fuel card [[CREDIT_CARD:4929 5001 2367 7352]] was swiped at 07:12.""",
    """For the upcoming clinical trial, [[PERSON:Zofia Wróblewska]] ([[AGE:58]], female, blood type A+) must bring the consent form she signed on [[DATE_TIME:February 29th]] to [[ADDRESS:Building C, 3100 Innovation Way]], [[LOCATION:Durham]], [[LOCATION:NC]]. Contact her at [[PHONE_NUMBER:919.544.0327]] or [[EMAIL_ADDRESS:zofiaw@me.com]].""",
    """The Legal Compliance Associate, [[PERSON:Leuschke]], flagged that the will of [[PERSON:Mrs. Ottilie Bergstrom]], stored at [[URL:https://docs.bergstrom-family.net/ottilie/will-2019.pdf]], was opened from [[IP_ADDRESS:162.218.44.101]] by [[USERNAME:Otti.Bergstrom]].""",
    """Reminder: [[PERSON:Dayanara Cruz-Molina]], your savings account [[ID_NUMBER:78341922650]] will be linked to IBAN [[IBAN_CODE:ES0320385778956000391742]] and BIC CAHMESMMXXX next month. Use PIN 7702 for the first login from [[IP_ADDRESS:88.27.190.14]].""",
    """Gamer profile: [[USERNAME:VoidWalker_88]] | real name [[PERSON:Ikaika Kealoha]] | DOB [[DATE_TIME:07/04/1998]] | location [[LOCATION:Hilo]], [[LOCATION:Hawaii]] | payout PayPal [[EMAIL_ADDRESS:ikaika.k@gmail.com]] | last seen [[IP_ADDRESS:72.253.141.9]] via Mozilla/5.0 (PlayStation; PlayStation 5/6.00) AppleWebKit/605.1.15""",
    """As Chief Notarial Officer, [[PERSON:Bernadette Umeh]] must check the signature of [[PERSON:Kwabena Owusu]], born [[DATE_TIME:14-Aug-1970]], against his passport [[ID_NUMBER:G2948173]] and the address [[ADDRESS:2 Ringway Court]], [[ADDRESS:Flat 11]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2LP]] before Wednesday 14:00.""",
    """Hello [[PERSON:Jazmín]], the Internal Branding Strategist team refunded €342.10 to your card [[CREDIT_CARD:5522 0433 7781 9063]]. Your welcome kit ships to [[ADDRESS:Calle de Alcalá 219]], [[ADDRESS:4º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]]; your staff login is [[USERNAME:jazmin.orozco]].""",
    """[[PERSON:Goran Vuković]], advokat iz [[LOCATION:Kragujevca]], zastupa naslednike pok. [[PERSON:Radojke Stojanović]] (JMBG [[ID_NUMBER:3012958735129]]) u postupku pred Osnovnim sudom u [[LOCATION:Kragujevcu]]. Punomoćje je overeno [[DATE_TIME:06.03.2024]]. Kontakt kancelarije: [[EMAIL_ADDRESS:goran.vukovic.advokat@gmail.com]], [[PHONE_NUMBER:034/335-120]].""",
    """Пацијент: [[PERSON:Милена Стојковић]], ЈМБГ [[ID_NUMBER:1101983786426]], ЛБО [[ID_NUMBER:10047825391]]. Преглед код кардиолога [[TITLE:др]] [[PERSON:Небојше Савића]] заказан је за [[DATE_TIME:среду, 17. април 2024. у 09:15]]. Адреса: [[ADDRESS:Николе Пашића 8]], [[ZIP_CODE:34000]] [[LOCATION:Крагујевац]]. Тел: [[PHONE_NUMBER:034/612-448]].""",
    """ПОЗИВ ЗА ГЛАВНУ РАСПРАВУ
Основни суд у [[LOCATION:Суботици]], посл. бр. П. 811/23
Позива се тужени [[PERSON:Имре Ковач]] из [[LOCATION:Бачке Тополе]], [[ADDRESS:Маршала Тита 44]], да [[DATE_TIME:02.04.2024. године у 10,00 часова]] приступи у судницу бр. 14 ради одржавања главне расправе по тужби [[PERSON:Ерике Ковач]] ради развода брака.""",
    """Internal Revenue Service - Notice CP2000
[[DATE_TIME:March 18, 2024]]
[[PERSON:JOSEPH D]] & [[PERSON:LINH T CARUSO]]
[[ADDRESS:2907 OAK TRAIL]]
[[LOCATION:ROUND ROCK]] [[LOCATION:TX]] [[ZIP_CODE:78681-4427]]
Taxpayer ID: [[US_SSN:461-30-7718]]   Tax year: 2022
We are proposing changes to your 2022 Form 1040 based on income reported by third parties that does not match your return.""",
    """AFFIDAVIT OF HEIRSHIP
Before me, the undersigned authority, personally appeared [[PERSON:Delia Marie Fontenot]], who, being first duly sworn, stated: "I knew [[PERSON:Clarence Joseph Fontenot]] (the Decedent) for forty years. The Decedent died on [[DATE_TIME:June 6, 2022]] at [[LOCATION:Lafayette]], [[LOCATION:Louisiana]], and at the time of death resided at [[ADDRESS:208 Bayou Parkway]], [[LOCATION:Lafayette]], [[LOCATION:LA]] [[ZIP_CODE:70508]]. The Decedent was married only once, to [[PERSON:Yvette Broussard Fontenot]], and had three children: [[PERSON:Andre]], [[PERSON:Monique]] and [[PERSON:Rene Fontenot]]."
Sworn to and subscribed before me on [[DATE_TIME:March 4, 2024]].""",
    """Personal Line of Credit. Applicant: [[PERSON:Manpreet Sandhu]], SIN [[ID_NUMBER:130 692 544]], born [[DATE_TIME:1989/10/02]]. Residential address: [[ADDRESS:8127 144 St]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3W 5T4]]. Employer: Fraser Health (RN, 7 years). Requested limit: $25,000. Existing chequing account [[ID_NUMBER:5029-118 4471]].""",
    """NOTICE of intended application for probate: after 14 days from publication of this notice, an application for a grant of probate of the will dated [[DATE_TIME:11 November 2015]] of [[PERSON:Colin Raymond Beasley]], late of [[ADDRESS:42 Kookaburra Drive]], [[LOCATION:Toowoomba]] [[LOCATION:Qld]] [[ZIP_CODE:4350]], retired electrician, who died on [[DATE_TIME:2 January 2024]], will be made by [[PERSON:Sharon Beasley]] to the Supreme Court of [[LOCATION:Queensland]].""",
    """CMS-1500 extract: 2. PATIENT NAME [[PERSON:WASHINGTON, TYRONE L]] 3. DOB [[DATE_TIME:09 14 1977]] M 5. PATIENT ADDRESS [[ADDRESS:1619 E 55TH ST]] [[LOCATION:CLEVELAND]] [[LOCATION:OH]] [[ZIP_CODE:44103]] 1a. INSURED ID [[ID_NUMBER:YKW881237401]] 24A. DATE OF SERVICE [[DATE_TIME:02 06 24]] 31. SIGNATURE OF PHYSICIAN [[PERSON:R. PATEL]] MD""",
    """MARITAL SETTLEMENT AGREEMENT. [[PERSON:Nadia Petrosyan]] ("Wife") and [[PERSON:Armen Petrosyan]] ("Husband") were married on [[DATE_TIME:May 21, 2011]] in [[LOCATION:Glendale]], [[LOCATION:California]], and separated on [[DATE_TIME:January 3, 2023]]. The family residence at [[ADDRESS:1140 N Verdugo Rd]], [[LOCATION:Glendale]], [[LOCATION:CA]] [[ZIP_CODE:91206]] is awarded to Wife; Husband shall transfer the 2019 Lexus RX (California plate [[ID_NUMBER:8KLM412]]) to Wife within 30 days.""",
    """Dear [[PERSON:Marisa Delgado]], your loan servicer has changed. Your account number [[ID_NUMBER:7740192283]] and your repayment plan stay the same. Our records list your address as [[ADDRESS:522 Cypress Ave]], [[LOCATION:Santa Rosa]], [[LOCATION:CA]] [[ZIP_CODE:95401]] and your date of birth as [[DATE_TIME:10/28/1999]]. Log in with your user ID [[USERNAME:mdelgado1028]] to review.""",
    """NOTICE OF PENDENCY OF ACTION. PLEASE TAKE NOTICE that an action has been commenced in the Supreme Court of the State of New York, County of [[LOCATION:Kings]], by [[PERSON:Adebola Ogunleye]] against [[PERSON:Mordechai Friedman]] and [[PERSON:Chaya Friedman]], affecting the real property known as [[ADDRESS:1427 East 8th Street]], [[LOCATION:Brooklyn]], [[LOCATION:New York]] [[ZIP_CODE:11230]] (Block 6542, Lot 31).
Dated: [[DATE_TIME:February 12, 2024]]""",
    """POST /v2/appointments HTTP/1.1
Host: api.clinicnow.example
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMDQ4In0.x7Tt
Content-Type: application/json

{"patient": {"name": "[[PERSON:Oyinkansola Bello]]", "dob": "[[DATE_TIME:1990-02-14]]", "phone": "[[PHONE_NUMBER:+1 647 555 0199]]", "ohip": "[[ID_NUMBER:7381 204 911 PQ]]"}, "slot": "[[DATE_TIME:2024-04-22T15:40:00-04:00]]", "provider": "[[PERSON:Dr. Hamza Qureshi]]"}""",
    """commit 9f2c41e7b0a1d3c88e5f02b6a4d7e1c9f3b2a810
Author: [[PERSON:Priscila Nakamura]] <[[EMAIL_ADDRESS:priscila.nakamura@gmail.com]]>
Date:   [[DATE_TIME:Tue Mar 5 22:17:40 2024 -0300]]

    fix seed data

-    {"nome": "Teste", "cpf": "000.000.000-00"},
+    {"nome": "[[PERSON:Rafael Moura]]", "cpf": "[[ID_NUMBER:074.219.836-78]]", "cidade": "[[LOCATION:Campinas]]"},""",
    """Case: LR-SUP-55120 | Queue: Land Registry online services
Submitted by: [[PERSON:Keisha Thompson-Baptiste]] ([[EMAIL_ADDRESS:keisha.tb@icloud.com]])
Customer no.: [[ID_NUMBER:LRC-0091823]]
Message: My late aunt, [[PERSON:Gloria Baptiste]] (died [[DATE_TIME:3 Dec 2023]]), still shows as the owner of [[ADDRESS:Flat B, 58 Railton Road]], [[LOCATION:Brixton]], [[LOCATION:London]] [[ZIP_CODE:SE24 0LD]]. I uploaded the death certificate and the assent on [[DATE_TIME:12/02/2024]] but the application is stuck. Mobile [[PHONE_NUMBER:07831 442905]].""",
    """2024-01-30 10:04:11,882 INFO kyc.verify applicant="[[PERSON:Tan Wei Jie]]" nric=[[ID_NUMBER:T0138562Z]] dob=[[DATE_TIME:2001-06-02]] result=MATCH
2024-01-30 10:04:12,020 INFO kyc.verify applicant="[[PERSON:Siti Nurhaliza binte Rahmat]]" fin=[[ID_NUMBER:G5520917R]] result=NAME_MISMATCH
2024-01-30 10:04:12,301 INFO kyc.batch done count=2""",
    """{"matter_id": "EST-2024-0147", "decedent": {"full_name": "[[PERSON:Harold Winston Pemberton]]", "dod": "[[DATE_TIME:2024-01-11]]", "ssn_last4": "8802", "last_address": "[[ADDRESS:19 Old Mill Rd]], [[LOCATION:Ridgefield]], [[LOCATION:CT]] [[ZIP_CODE:06877]]"}, "executor": {"full_name": "[[PERSON:Allison Pemberton-Cole]]", "email": "[[EMAIL_ADDRESS:allison.pcole@gmail.com]]", "phone": "[[PHONE_NUMBER:203-438-7120]]"}, "beneficiaries": ["[[PERSON:Allison Pemberton-Cole]]", "[[PERSON:Hugh Pemberton]]", "the town library"], "assets": [{"type": "brokerage", "acct": "[[ID_NUMBER:X41-882913]]"}]}""",
    """## Incident IR-2024-031: misdirected email
**Reported:** [[DATE_TIME:2024-03-21 16:05]] by [[PERSON:Colm Devereux]]
**Summary:** A payslip for [[PERSON:Aoife Gallagher]] (employee [[ID_NUMBER:004417]], PPSN [[ID_NUMBER:9031457B]]) was emailed to [[EMAIL_ADDRESS:aoife.gallaher@gmail.com]] instead of [[EMAIL_ADDRESS:aoife.gallagher@gmail.com]]. The recipient was contacted and confirmed deletion.
**Data exposed:** name, PPSN, salary, IBAN [[IBAN_CODE:IE63AIBK93052361029487]]""",
    """Hi [[PERSON:Kiri]], your new SIM (ICCID 8964 0118 3320 4471 992) is linked to [[PHONE_NUMBER:+64 27 318 0442]] and we'll send the porting code to [[EMAIL_ADDRESS:kiri.tane@xtra.co.nz]]. For verification we used your IRD number [[ID_NUMBER:049-138-270]] and your address, [[ADDRESS:12 Rata Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3015]].""",
    """Dear [[PERSON:Ruecker]], as Senior Quality Agent you should know that [[PERSON:Mr. Ezekiel Abernathy-Ruiz]] ([[AGE:45]]) logged a complaint about the drone pilot course at [[ADDRESS:77 Hangar Row]], [[ADDRESS:Bldg 5]], [[LOCATION:Wichita]], [[LOCATION:KS]] [[ZIP_CODE:67209]]. His call came from [[PHONE_NUMBER:316.942.5518]] at [[DATE_TIME:4:45 PM on 3/11/2024]].""",
    """Our Customer Identity Team needs [[PERSON:Farhan]] to upload a copy of his passport [[ID_NUMBER:EB0491827]] and a utility bill showing [[ADDRESS:House 21, Road 7, Block F]], [[LOCATION:Banani]], [[LOCATION:Dhaka]] [[ZIP_CODE:1213]]. Upload from [[IP_ADDRESS:103.112.54.20]] only.""",
    """The Land Surveyor, [[PERSON:Mateus Ferraz]], requested the deed for [[ADDRESS:RR 1, Box 76]], [[LOCATION:Lancaster County]], [[LOCATION:PA]], owned by [[PERSON:Jacob Stoltzfus]] (DOB [[DATE_TIME:3-2-1961]]). Send scans to [[EMAIL_ADDRESS:mferraz.survey@gmail.com]]; the device MAC 00:1b:63:84:45:e6 is whitelisted.""",
    """COURT OF PROTECTION - ORDER. [[PERSON:Gwilym Rhys Prydderch]] of [[ADDRESS:Tŷ Gwyn, Heol y Llan]], [[LOCATION:Llandeilo]] [[ZIP_CODE:SA19 6BB]] ("P"), born [[DATE_TIME:4 May 1938]]. Upon the application of [[PERSON:Eleri Prydderch]] dated [[DATE_TIME:9 October 2023]], it is ordered that the applicant be appointed deputy for P's property and financial affairs. Made on [[DATE_TIME:15 January 2024]] by [[TITLE:District Judge]] [[PERSON:Okafor]].""",
    """[[DATE_TIME:March 2, 2024]]
Re: Dispute of charge, card [[CREDIT_CARD:3782 822463 10005]]
I, [[PERSON:Beatrice Onyango-Harris]], dispute a charge of $612.40 from LuxeStay Hotels dated 02/17/2024. I cancelled the reservation on [[DATE_TIME:February 9, 2024]] and have the confirmation email. Please contact me at [[PHONE_NUMBER:(312) 805-4417]] or at [[ADDRESS:1530 S State St, Apt 2207]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60605]].""",
    """JUROR QUESTIONNAIRE (online), submitted [[DATE_TIME:2024-02-08 19:22]]
Full name: [[PERSON:Mahmoud Al-Rashid]]
Age: [[AGE:39]]
Address: [[ADDRESS:6630 Schaefer Rd]], [[LOCATION:Dearborn]], [[LOCATION:MI]] [[ZIP_CODE:48126]]
Occupation: pharmacist
Religion (optional): [[NRP:Muslim]]
Have you or a family member been a party to a lawsuit? Yes, my brother [[PERSON:Karim]], landlord dispute, 2019.
Phone: [[PHONE_NUMBER:(313) 581-0974]]""",
    """// TODO(remove before release): hard-coded test user
const TEST_USER = {
  username: "[[USERNAME:lwazi.m]]",
  fullName: "[[PERSON:Lwazi Mthembu]]",
  idNumber: "[[ID_NUMBER:0112084270183]]",
  cell: "[[PHONE_NUMBER:082 447 1905]]",
  card: "[[CREDIT_CARD:4485 2710 9936 0524]]",
  cvv: "231",
  homeIp: "[[IP_ADDRESS:105.224.18.77]]",
};""",
]

TABLE = [
    """name,email,phone,dept,start_date
[[PERSON:Oluwatobi Adeyemi]],[[EMAIL_ADDRESS:o.adeyemi@brightlane.co.uk]],[[PHONE_NUMBER:07911 204558]],Finance,[[DATE_TIME:2021-03-15]]
[[PERSON:Gráinne Doherty]],[[EMAIL_ADDRESS:g.doherty@brightlane.co.uk]],[[PHONE_NUMBER:07700 163402]],Ops,[[DATE_TIME:2019-11-04]]
[[PERSON:Vikram Sood]],[[EMAIL_ADDRESS:v.sood@brightlane.co.uk]],[[PHONE_NUMBER:07832 551907]],IT,[[DATE_TIME:2023-06-26]]
[[PERSON:Hannah Kowalczyk]],[[EMAIL_ADDRESS:h.kowalczyk@brightlane.co.uk]],,Sales,[[DATE_TIME:2022-01-10]]""",
    """case_no,decedent,date_of_death,petitioner,petitioner_phone,hearing
PR-24-0112,[[PERSON:Leonard Ashby]],[[DATE_TIME:2023-11-02]],[[PERSON:Carol Ashby]],[[PHONE_NUMBER:(612) 374-0981]],[[DATE_TIME:2024-03-05 09:00]]
PR-24-0118,[[PERSON:Maria Teresa Gonzaga]],[[DATE_TIME:2023-12-14]],[[PERSON:Paolo Gonzaga]],[[PHONE_NUMBER:(651) 228-4410]],[[DATE_TIME:2024-03-05 10:30]]
PR-24-0131,[[PERSON:Tou Vang]],[[DATE_TIME:2024-01-07]],[[PERSON:Mai Vang]],[[PHONE_NUMBER:(651) 776-3025]],[[DATE_TIME:2024-03-12 09:00]]""",
    """cust_id,full_name,card_number,exp,zip,segment
[[ID_NUMBER:100482]],[[PERSON:Brianna Castellanos]],[[CREDIT_CARD:4539148803436715]],08/26,[[ZIP_CODE:85281]],retail
[[ID_NUMBER:100517]],[[PERSON:Wendell Okafor]],[[CREDIT_CARD:2221008166354177]],01/27,[[ZIP_CODE:30318]],smb
[[ID_NUMBER:100533]],[[PERSON:Sun-hee Yoon]],[[CREDIT_CARD:341598273641051]],12/25,[[ZIP_CODE:98052]],retail
[[ID_NUMBER:100560]],[[PERSON:Tariq Haddad]],[[CREDIT_CARD:6449238011775634]],05/28,[[ZIP_CODE:48126]],retail""",
    """rb,ime_i_prezime,jmbg,srodstvo,adresa,mesto,udeo
1,[[PERSON:Ljubica Ilić]],[[ID_NUMBER:0706613735801]],supruga,[[ADDRESS:Bulevar kralja Aleksandra 73]],[[LOCATION:Beograd]],1/3
2,[[PERSON:Dušan Ilić]],[[ID_NUMBER:2912883710939]],sin,[[ADDRESS:Bulevar kralja Aleksandra 73]],[[LOCATION:Beograd]],1/3
3,[[PERSON:Jasmina Ilić Tomić]],[[ID_NUMBER:1608727715446]],ćerka,[[ADDRESS:Svetozara Markovića 15]],[[LOCATION:Pančevo]],1/3""",
    """patient,nhs_no,dob,ward,consultant
[[PERSON:Edith Marlow]],[[ID_NUMBER:818 203 5570]],[[DATE_TIME:12/01/1940]],Ward 7,[[PERSON:Dr. Okonjo]]
[[PERSON:Rashida Begum]],[[ID_NUMBER:463 118 0277]],[[DATE_TIME:03/09/1956]],Ward 7,[[PERSON:Dr. Okonjo]]
[[PERSON:Stanley Pryce]],[[ID_NUMBER:390 752 6414]],[[DATE_TIME:28/02/1949]],AMU,[[PERSON:Dr. Fenwick]]""",
    """Stan;Suvlasnik;OIB;Telefon;E-pošta;Udio
1;[[PERSON:Ivica Šimunović]];[[ID_NUMBER:69403511288]];[[PHONE_NUMBER:098 412 775]];[[EMAIL_ADDRESS:ivica.simunovic@gmail.com]];8,42 %
2;[[PERSON:Ankica Babić]];[[ID_NUMBER:71056382928]];[[PHONE_NUMBER:091 330 1846]];;7,95 %
3;[[PERSON:Robert Kolar]];[[ID_NUMBER:66201834797]];[[PHONE_NUMBER:099 218 4470]];[[EMAIL_ADDRESS:rkolar@net.hr]];9,10 %
4;[[PERSON:Mirela Tomić-Jukić]];[[ID_NUMBER:30158277466]];;[[EMAIL_ADDRESS:mirela.tj@yahoo.com]];8,42 %""",
    """student_id\tname\tdob\temail\tprogramme
[[ID_NUMBER:s2210443]]\t[[PERSON:Aiyana Redcloud]]\t[[DATE_TIME:2003-04-18]]\t[[EMAIL_ADDRESS:aiyana.redcloud@mail.utoronto.ca]]\tBSc Biology
[[ID_NUMBER:s2210517]]\t[[PERSON:Bao Ngoc Pham]]\t[[DATE_TIME:2002-12-01]]\t[[EMAIL_ADDRESS:baongoc.pham@mail.utoronto.ca]]\tBCom
[[ID_NUMBER:s2210602]]\t[[PERSON:Eitan Mizrahi]]\t[[DATE_TIME:2003-07-09]]\t[[EMAIL_ADDRESS:eitan.mizrahi@mail.utoronto.ca]]\tBASc Civil""",
    """parcel\towner\towner_address\tregistered\tshare
0412-118\t[[PERSON:Ngaio Williams]]\t[[ADDRESS:18 Koromiko Street]], [[LOCATION:Nelson]] [[ZIP_CODE:7010]]\t[[DATE_TIME:2011-08-30]]\t1/2
0412-118\t[[PERSON:Hemi Williams]]\t[[ADDRESS:18 Koromiko Street]], [[LOCATION:Nelson]] [[ZIP_CODE:7010]]\t[[DATE_TIME:2011-08-30]]\t1/2
0412-121\t[[PERSON:Douglas Fairweather]]\t[[ADDRESS:PO Box 882]], [[LOCATION:Richmond]] [[ZIP_CODE:7050]]\t[[DATE_TIME:1998-02-17]]\t1/1""",
    """user\tip\tlast_login\tcountry\tfailed_attempts
[[USERNAME:adeola.b]]\t[[IP_ADDRESS:102.88.34.201]]\t[[DATE_TIME:2024-03-02 07:41]]\t[[LOCATION:Nigeria]]\t0
[[USERNAME:m.lindgren]]\t[[IP_ADDRESS:81.232.19.77]]\t[[DATE_TIME:2024-03-02 08:05]]\t[[LOCATION:Sweden]]\t2
[[USERNAME:tnguyen]]\t[[IP_ADDRESS:2405:4802:91a3:7c00::1f]]\t[[DATE_TIME:2024-03-01 22:17]]\t[[LOCATION:Vietnam]]\t0
[[USERNAME:ravi_s]]\t[[IP_ADDRESS:49.207.12.156]]\t[[DATE_TIME:2024-02-28 13:30]]\t[[LOCATION:India]]\t5""",
    """emp_no\tname\tiban\ttax_class\tstart
[[ID_NUMBER:40117]]\t[[PERSON:Katharina Brenner]]\t[[IBAN_CODE:DE19701500000029383746]]\tI\t[[DATE_TIME:01.04.2019]]
[[ID_NUMBER:40152]]\t[[PERSON:Mehmet Yıldız]]\t[[IBAN_CODE:DE12 2005 0550 1268 8340 21]]\tIII\t[[DATE_TIME:15.08.2020]]
[[ID_NUMBER:40188]]\t[[PERSON:Joanna Wiśniewska]]\t[[IBAN_CODE:DE77430609671173558200]]\tI\t[[DATE_TIME:01.02.2022]]
[[ID_NUMBER:40203]]\t[[PERSON:Samuel Osei]]\t[[IBAN_CODE:DE63120300001044718293]]\tIV\t[[DATE_TIME:01.10.2023]]""",
    """| Hearing | Case | Petitioner | Respondent | Room |
|---|---|---|---|---|
| [[DATE_TIME:15 Apr 2024 09:30]] | FA-24-0311 | [[PERSON:Lucía Rodríguez]] | [[PERSON:Ernesto Rodríguez]] | 4B |
| [[DATE_TIME:15 Apr 2024 10:15]] | PR-24-0087 | Estate of [[PERSON:Walter Kimura]] | n/a | 4B |
| [[DATE_TIME:15 Apr 2024 11:00]] | CV-23-1942 | [[PERSON:Deshawn Pryor]] | Midland Credit LLC | 2A |
| [[DATE_TIME:16 Apr 2024 09:00]] | FA-24-0330 | [[PERSON:Anjali Mehta]] | [[PERSON:Rohan Mehta]] | 4B |""",
    """Tenants, [[ADDRESS:2210 Fairmount Ave]], [[LOCATION:Philadelphia]] [[ZIP_CODE:19130]]

| Unit | Tenant | Phone | Email | Lease end | Rent |
|------|--------|-------|-------|-----------|------|
| [[ADDRESS:Apt 1A]] | [[PERSON:Chidi Nwosu]] | [[PHONE_NUMBER:(267) 401-8834]] | [[EMAIL_ADDRESS:chidi.nwosu@gmail.com]] | [[DATE_TIME:2024-08-31]] | $1,450 |
| [[ADDRESS:Apt 1B]] | [[PERSON:Rachel Goldfarb]] | [[PHONE_NUMBER:(215) 730-2291]] | [[EMAIL_ADDRESS:rgoldfarb@temple.edu]] | [[DATE_TIME:2025-01-31]] | $1,395 |
| [[ADDRESS:Apt 2A]] | [[PERSON:Luis Ocampo]] | [[PHONE_NUMBER:(445) 201-6648]] | | [[DATE_TIME:2024-05-31]] | $1,520 |""",
    """| Volunteer | Mobile | Shift | Area |
| --- | --- | --- | --- |
| [[PERSON:Achieng Odhiambo]] | [[PHONE_NUMBER:+254 712 448 390]] | Sat AM | [[LOCATION:Kibera]] |
| [[PERSON:Brian Mutua]] | [[PHONE_NUMBER:0733 118 204]] | Sat PM | [[LOCATION:Mathare]] |
| [[PERSON:Faith Wambui]] | [[PHONE_NUMBER:0720 553 917]] | Sun AM | [[LOCATION:Kawangware]] |""",
    """ORDER|RECIPIENT|ADDRESS|CITY|POSTCODE|PHONE|WEIGHT_KG
SO-88412|[[PERSON:Aisling Byrne]]|[[ADDRESS:12 Seaview Terrace]]|[[LOCATION:Galway]]|[[ZIP_CODE:H91 E2W4]]|[[PHONE_NUMBER:+353 91 524 118]]|2.4
SO-88413|[[PERSON:Padraig Nolan]]|[[ADDRESS:Apt 3, 41 Main Street]]|[[LOCATION:Tralee]]|[[ZIP_CODE:V92 HX76]]|[[PHONE_NUMBER:087 330 1942]]|0.8
SO-88415|[[PERSON:Olena Kravets]]|[[ADDRESS:7 Beechwood Lawn]]|[[LOCATION:Limerick]]|[[ZIP_CODE:V94 R2C8]]|[[PHONE_NUMBER:083 914 2270]]|5.1""",
    """| Датум и време | Предмет | Тужилац / предлагач | Тужени | Судница |
|---|---|---|---|---|
| [[DATE_TIME:08.04.2024. 09:00]] | П. 1127/23 | [[PERSON:Бојан Марић]] | [[PERSON:Соња Марић]] | 12 |
| [[DATE_TIME:08.04.2024. 10:30]] | П. 301/24 | [[PERSON:Драган Лукић]] | ЕПС Дистрибуција д.о.о. | 12 |
| [[DATE_TIME:09.04.2024. 09:00]] | О. 88/24 | оставина иза пок. [[PERSON:Вукосаве Ранковић]] | / | 7 |""",
    """| Member # | Name | DOB | Suburb | Postcode | Mobile |
|---|---|---|---|---|---|
| [[ID_NUMBER:A-10442]] | [[PERSON:Jarrah Nguyen-Walker]] | [[DATE_TIME:14/05/2001]] | [[LOCATION:Fremantle]] | [[ZIP_CODE:6160]] | [[PHONE_NUMBER:0407 318 662]] |
| [[ID_NUMBER:A-10451]] | [[PERSON:Carmel Fitzgibbon]] | [[DATE_TIME:02/11/1958]] | [[LOCATION:Cottesloe]] | [[ZIP_CODE:6011]] | [[PHONE_NUMBER:0419 902 144]] |
| [[ID_NUMBER:J-00317]] | [[PERSON:Kai Yamamoto]] | [[DATE_TIME:30/08/2012]] | [[LOCATION:Bicton]] | [[ZIP_CODE:6157]] | |""",
    """claim_id | insured | dob | cover | loss_date | payout_iban
CL-55102 | [[PERSON:Henrik Aalto]] | [[DATE_TIME:14.09.1981]] | home | [[DATE_TIME:02.01.2024]] | [[IBAN_CODE:AT401200000513884210]]
CL-55117 | [[PERSON:Sabine Gruber]] | [[DATE_TIME:22.04.1975]] | travel | [[DATE_TIME:28.12.2023]] | [[IBAN_CODE:AT82 2011 1822 2154 3900]]
CL-55130 | [[PERSON:Reto Caflisch]] | [[DATE_TIME:09.06.1990]] | motor | [[DATE_TIME:05.01.2024]] | [[IBAN_CODE:CH2709000000250761344]]""",
    """ACCT_NO   HOLDER                 SORT_CODE  DOB          BALANCE_GBP
[[ID_NUMBER:41988270]]  [[PERSON:Margaret Oyinlola]]      20-45-77   [[DATE_TIME:1962-04-17]]     3,120.44
[[ID_NUMBER:60113852]]  [[PERSON:Callum McTavish]]        83-22-10   [[DATE_TIME:1990-09-03]]       411.09
[[ID_NUMBER:27704419]]  [[PERSON:Nusrat Jahan]]           40-11-62   [[DATE_TIME:1985-01-28]]    12,880.00""",
    """PD   NAME                      ADDRESS
NW1  [[PERSON:ABUBAKAR, Fatima]]         [[ADDRESS:14 Chapel Street]], [[LOCATION:Bradford]] [[ZIP_CODE:BD1 5DL]]
NW1  [[PERSON:ABUBAKAR, Yusuf]]          [[ADDRESS:14 Chapel Street]], [[LOCATION:Bradford]] [[ZIP_CODE:BD1 5DL]]
NW1  [[PERSON:ACKROYD, Derek J]]         [[ADDRESS:16 Chapel Street]], [[LOCATION:Bradford]] [[ZIP_CODE:BD1 5DL]]
NW2  [[PERSON:ADAMCZYK, Beata]]          [[ADDRESS:Flat 3, 2 Mill Lane]], [[LOCATION:Bradford]] [[ZIP_CODE:BD5 0HF]]""",
    """NO.   DATE        SIGNER               ID TYPE    ID NUMBER     DOCUMENT
0412  [[DATE_TIME:03/04/2024]]  [[PERSON:Fernando Aguilar]]     CA DL      [[US_DRIVER_LICENSE:F4471902]]      Grant deed
0413  [[DATE_TIME:03/04/2024]]  [[PERSON:Mi-rae Choi]]          US Pass.   [[US_PASSPORT:A04417823]]     Power of attorney
0414  [[DATE_TIME:03/05/2024]]  [[PERSON:Bogdan Ionescu]]       RO ID      [[ID_NUMBER:RX 418273]]     Affidavit of heirship""",
    """BED  PATIENT                 AGE  ADMITTED      CONSULTANT
3A   [[PERSON:Kowalski, Irena]]        [[AGE:82]]   [[DATE_TIME:11/03 14:20]]   [[PERSON:Dr Adeyemi]]
3B   [[PERSON:Mthembu, Sizwe]]         [[AGE:57]]   [[DATE_TIME:12/03 02:05]]   [[PERSON:Dr Adeyemi]]
4A   [[PERSON:Oduya, Grace]]           [[AGE:34]]   [[DATE_TIME:12/03 09:48]]   [[PERSON:Dr Lindqvist]]
4B   (empty)""",
    """SEQ NAME                         NATIONALITY  DOC NO       SEAT
001 [[PERSON:HOSSEINI/LEILA]] [[TITLE:MS]]           [[NRP:Canadian]]     [[ID_NUMBER:HK418273]]     14C
002 [[PERSON:HOSSEINI/ARASH]] [[TITLE:MR]]           [[NRP:Canadian]]     [[ID_NUMBER:HK418290]]     14D
003 [[PERSON:OKONKWO/CHIDIEBERE]] [[TITLE:MR]]       [[NRP:Nigerian]]     [[ID_NUMBER:A09918273]]    22A
004 [[PERSON:BRENNAN/MAEVE]] [[TITLE:MRS]]           [[NRP:American]]     [[US_PASSPORT:566184402]]    22B""",
    """{"user": "[[USERNAME:mariana.alves]]", "email": "[[EMAIL_ADDRESS:mariana.alves@gmail.com]]", "ip": "[[IP_ADDRESS:177.92.41.8]]", "signup": "[[DATE_TIME:2024-02-11T18:22:04Z]]", "plan": "free"}
{"user": "[[USERNAME:bkoh_sg]]", "email": "[[EMAIL_ADDRESS:benjamin.koh@singnet.com.sg]]", "ip": "[[IP_ADDRESS:118.200.61.42]]", "signup": "[[DATE_TIME:2024-02-11T18:40:51Z]]", "plan": "pro"}
{"user": "[[USERNAME:zainab_o]]", "email": "[[EMAIL_ADDRESS:zainab.ogundipe@yahoo.com]]", "ip": "[[IP_ADDRESS:197.210.53.119]]", "signup": "[[DATE_TIME:2024-02-11T19:02:37Z]]", "plan": "free"}""",
    """{"heir": "[[PERSON:Malia Fonoti]]", "relation": "daughter", "share": 0.25, "address": "[[ADDRESS:88 Te Atatu Road]], [[LOCATION:Auckland]] [[ZIP_CODE:0610]]", "phone": "[[PHONE_NUMBER:022 671 4409]]"}
{"heir": "[[PERSON:Sione Fonoti]]", "relation": "son", "share": 0.25, "address": "[[ADDRESS:3/14 Massey Road]], [[LOCATION:Mangere East]], [[LOCATION:Auckland]] [[ZIP_CODE:2024]]", "phone": "[[PHONE_NUMBER:021 904 3318]]"}
{"heir": "[[PERSON:Losa Fonoti-Leaupepe]]", "relation": "daughter", "share": 0.25, "address": "[[ADDRESS:12 Hinau Street]], [[LOCATION:Porirua]] [[ZIP_CODE:5022]]", "phone": null}
{"heir": "[[PERSON:Tavita Fonoti]]", "relation": "grandson", "share": 0.25, "address": "[[LOCATION:Apia]], [[LOCATION:Samoa]]", "phone": "[[PHONE_NUMBER:+685 772 4410]]"}""",
    """{"name": "[[PERSON:Lerato Mahlangu]]", "id_number": "[[ID_NUMBER:8506230147082]]", "dob": "[[DATE_TIME:1985-06-23]]", "status": "verified"}
{"name": "[[PERSON:Pieter Joubert]]", "id_number": "[[ID_NUMBER:6903145773080]]", "dob": "[[DATE_TIME:1969-03-14]]", "status": "pending"}
{"name": "[[PERSON:Zanele Dube]]", "id_number": "[[ID_NUMBER:9307172915084]]", "dob": "[[DATE_TIME:1993-07-17]]", "status": "verified"}""",
    """{"contact": "[[PERSON:Marie-Ève Lapointe]]", "phone": "[[PHONE_NUMBER:+1 418 692 3371]]", "city": "[[LOCATION:Québec]]", "sin": "[[ID_NUMBER:277 560 124]]"}
{"contact": "[[PERSON:Gurpreet Grewal]]", "phone": "[[PHONE_NUMBER:+1 604 591 2208]]", "city": "[[LOCATION:Surrey]]", "sin": "[[ID_NUMBER:734 210 586]]"}
{"contact": "[[PERSON:Nathan Bear]]", "phone": "[[PHONE_NUMBER:+1 306 764 1190]]", "city": "[[LOCATION:Prince Albert]]", "sin": "[[ID_NUMBER:618 293 344]]"}""",
    """{"room": 412, "guest": "[[PERSON:Giulia Ferraro]]", "arrival": "[[DATE_TIME:2024-05-17]]", "departure": "[[DATE_TIME:2024-05-20]]", "phone": "[[PHONE_NUMBER:+39 347 218 4471]]", "card_last4": "9921"}
{"room": 415, "guest": "[[PERSON:Anders Holm]]", "arrival": "[[DATE_TIME:2024-05-17]]", "departure": "[[DATE_TIME:2024-05-18]]", "phone": "[[PHONE_NUMBER:+45 21 84 19 07]]", "card_last4": "3307"}
{"room": 501, "guest": "[[PERSON:Layla Mansour]]", "arrival": "[[DATE_TIME:2024-05-18]]", "departure": "[[DATE_TIME:2024-05-22]]", "phone": "[[PHONE_NUMBER:+971 50 418 2736]]", "card_last4": "0410"}""",
    """team: field-ops-dhaka
members:
  - name: [[PERSON:Tanvir Hossain]]
    phone: "[[PHONE_NUMBER:+880 1711 428390]]"
    emergency_contact:
      name: [[PERSON:Nasrin Hossain]]
      relation: wife
      phone: "[[PHONE_NUMBER:+880 1819 204577]]"
  - name: [[PERSON:Rupa Chakma]]
    phone: "[[PHONE_NUMBER:+880 1552 093118]]"
    emergency_contact:
      name: [[PERSON:Amit Chakma]]
      relation: brother
      phone: "[[PHONE_NUMBER:+880 1911 740265]]"
    blood_group: O+""",
    """estate: [[PERSON:Eleanor Whitcombe-Hayes]]
date_of_death: [[DATE_TIME:2023-10-08]]
executor: [[PERSON:Rupert Hayes]]
beneficiaries:
  - name: [[PERSON:Clementine Hayes]]
    share: 40%
    iban: [[IBAN_CODE:GB24HBUK40127658823104]]
  - name: [[PERSON:Jonah Hayes]]
    share: 40%
    iban: [[IBAN_CODE:GB98MIDL40051562239917]]
  - name: RSPCA
    share: 20%""",
    """- id: [[ID_NUMBER:CUS-20817]]
  holder: [[PERSON:Lorenz Bühler]]
  iban: [[IBAN_CODE:CH3900235000087221654]]
  ahv: [[ID_NUMBER:756.1948.2273.08]]
  city: [[LOCATION:Winterthur]]
  tier: private
- id: [[ID_NUMBER:CUS-20822]]
  holder: [[PERSON:Chiara Bernasconi]]
  iban: [[IBAN_CODE:CH4400762011487236905]]
  ahv: [[ID_NUMBER:756.3084.1772.57]]
  city: [[LOCATION:Lugano]]
  tier: retail""",
    """speakers:
  - name: [[PERSON:Dr. Amara Nwachukwu]]
    affiliation: Kemi Labs
    email: [[EMAIL_ADDRESS:a.nwachukwu@kemilabs.ng]]
    handle: [[USERNAME:amara_builds]]
    talk: Privacy by design in fintech
    slot: Day 2, 10:30
  - name: [[PERSON:Joaquín Ibarra]]
    affiliation: freelance
    email: [[EMAIL_ADDRESS:joaquin@ibarra.dev]]
    handle: [[USERNAME:jibarra]]
    talk: Shipping PII-free logs
    slot: Day 2, 14:00""",
    """Property record
Parcel: 17-22-401-009
Owner 1: [[PERSON:Dmitri Volkov]]
Owner 2: [[PERSON:Svetlana Volkova]]
Site address: [[ADDRESS:930 Linden Ave]], [[LOCATION:Wilmette]], [[LOCATION:IL]] [[ZIP_CODE:60091]]
Mailing address: same
Deed recorded: [[DATE_TIME:07/22/2015]]
Assessed value: $612,400
Exemption: homeowner""",
    """Name: [[PERSON:Tadhg Ó Súilleabháin]]
Phone: [[PHONE_NUMBER:086 392 1147]]
Address: [[ADDRESS:4 Fr. Mathew Quay]], [[LOCATION:Cork]]
Eircode: [[ZIP_CODE:T12 K8AF]]
Move-in: [[DATE_TIME:01/09/2023]]

Name: [[PERSON:Niamh Kearney]]
Phone: [[PHONE_NUMBER:085 118 4402]]
Address: [[ADDRESS:Apt 12, The Maltings, Bishop Street]], [[LOCATION:Cork]]
Eircode: [[ZIP_CODE:T12 YX04]]
Move-in: [[DATE_TIME:15/01/2024]]""",
    """Patient: [[PERSON:Rosario Bautista]]
PhilHealth No.: [[ID_NUMBER:12-050418273-4]]
Age: [[AGE:63]]
Barangay: [[LOCATION:San Antonio]]
Next visit: [[DATE_TIME:Apr 12]]

Patient: [[PERSON:Eduardo Manalo Jr.]]
PhilHealth No.: [[ID_NUMBER:03-201177419-8]]
Age: [[AGE:71]]
Barangay: [[LOCATION:Poblacion]]
Next visit: [[DATE_TIME:Apr 15]]""",
    """Employee: [[PERSON:Kavya Iyer]]
Emp code: [[ID_NUMBER:INF-77310]]
PAN: [[ID_NUMBER:AKLPI7731Q]]
Aadhaar: [[ID_NUMBER:6230 8741 1955]]
Bank a/c: [[ID_NUMBER:50100418273360]] (IFSC HDFC0001234)
DOJ: [[DATE_TIME:12-Jun-2022]]
Grade: L2

Employee: [[PERSON:Mohammed Irfan Shaikh]]
Emp code: [[ID_NUMBER:INF-77344]]
PAN: [[ID_NUMBER:DXQPS4410K]]
Bank a/c: [[ID_NUMBER:918010044182736]] (IFSC UTIB0000417)
DOJ: [[DATE_TIME:03-Jul-2023]]
Grade: L1""",
]

CHAT = [
    """[14:02] Agent ([[PERSON:Priya]]): Hi, you're through to Northbank support, I'm [[PERSON:Priya]]. Who am I speaking with?
[14:02] Customer: hi its [[PERSON:Dean Whitmore]]
[14:03] Agent ([[PERSON:Priya]]): Thanks [[PERSON:Dean]]. Can you confirm your date of birth and postcode?
[14:03] Customer: [[DATE_TIME:19/11/1983]], [[ZIP_CODE:NE6 5TQ]]
[14:04] Customer: someone took £480 out with my card [[CREDIT_CARD:4263 9817 0055 1299]] last night in [[LOCATION:Lisbon]]??
[14:05] Agent ([[PERSON:Priya]]): I've frozen that card. A new one will go to [[ADDRESS:27 Heaton Park View]], [[LOCATION:Newcastle]], is that still right?
[14:05] Customer: yes thats right""",
    """[[PERSON:Tunde]] (19:12): Guys the lawyer says mum's will leaves the [[LOCATION:Ikeja]] house to all three of us
[[PERSON:Funmi Adebisi]] (19:13): Which lawyer? [[TITLE:Barrister]] [[PERSON:Okoro]]?
[[PERSON:Tunde]] (19:15): yes. he needs our NINs before the probate registry will accept the application. mine is [[ID_NUMBER:71829304615]]
[[PERSON:Kayode]] (19:20): I'll send mine tomorrow. The registry appointment is [[DATE_TIME:Thursday 21 March at 11am]]
[[PERSON:Funmi Adebisi]] (19:21): ok. my number changed btw, it's [[PHONE_NUMBER:0809 441 2276]]
[[PERSON:Kayode]] (19:22): saved 👍""",
    """#support-escalations
[[PERSON:Megan Liu]]  10:14 AM
@[[USERNAME:rafael.o]] can you look at the refund for [[PERSON:Mrs. Hollis]]? order 55-81723, she says she was charged twice
[[PERSON:Rafael Ortega]]  10:16 AM
on it. account email is [[EMAIL_ADDRESS:dhollis1954@aol.com]], card is the amex [[CREDIT_CARD:3769 430152 88332]] right?
[[PERSON:Megan Liu]]  10:17 AM
yep. she's [[AGE:70]] and not great with email, please call her on [[PHONE_NUMBER:(740) 385-2219]] instead
[[PERSON:Rafael Ortega]]  10:31 AM
done, refunded. also fixed her address to [[ADDRESS:44 Hocking St]], [[LOCATION:Nelsonville]], [[LOCATION:OH]] [[ZIP_CODE:45764]]""",
    """[[PERSON:Milan]]: Ćao [[PERSON:Jeco]], notar je potvrdio da je overa ugovora u [[DATE_TIME:petak, 12. aprila u 13h]]
[[PERSON:Jelena]]: Super! Šta treba da ponesem?
[[PERSON:Milan]]: ličnu kartu, a za prodavca treba JMBG, on je [[PERSON:Stevan Kostić]], JMBG [[ID_NUMBER:1403995800285]]
[[PERSON:Jelena]]: a tačna adresa stana?
[[PERSON:Milan]]: [[ADDRESS:Bulevar Evrope 27, stan 41]], [[LOCATION:Novi Sad]]. Kapara ide na njegov račun [[ID_NUMBER:205-0000004471286-69]]
[[PERSON:Jelena]]: ok, zovi me na [[PHONE_NUMBER:062 884 1930]] ako nešto zapne""",
    """Agent [[PERSON:Ivana]]: Dobar dan, kako Vam mogu pomoći?
Korisnik: Dobar dan, ja sam [[PERSON:Krešimir Vidović]], internet mi ne radi od jutros.
Agent [[PERSON:Ivana]]: Možete li mi potvrditi OIB i adresu priključka?
Korisnik: OIB [[ID_NUMBER:58730921641]], [[ADDRESS:Ulica Matije Gupca 14]], [[LOCATION:Slavonski Brod]].
Agent [[PERSON:Ivana]]: Hvala. Tehničar može doći u [[DATE_TIME:četvrtak, 14. ožujka, između 8 i 12 sati]]. Na koji broj da Vas nazove?
Korisnik: [[PHONE_NUMBER:095 771 2048]], hvala.""",
    """Bot: Hi! Please share your order ID.
You: 402-8817732-11
Agent [[PERSON:Sneha]]: Hi, this is [[PERSON:Sneha]]. I can see the parcel came back to us. Could you confirm the delivery address?
You: [[ADDRESS:Flat 302, Shanti Apartments, 14th Main Road]], [[LOCATION:HSR Layout]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560102]]. Name is [[PERSON:Rohit Malhotra]], phone [[PHONE_NUMBER:98860 41127]]
Agent [[PERSON:Sneha]]: Thanks [[PERSON:Rohit]]! The courier will reattempt tomorrow. Anything else?
You: no thanks""",
    """To: [[PERSON:Gary]] (landlord)
Me: Hi [[PERSON:Gary]], the heater in [[ADDRESS:unit 3]] is out again. It's [[PERSON:Tamika Reynolds]] btw, new number [[PHONE_NUMBER:(414) 902-7735]]
[[PERSON:Gary]]: ok ill send [[PERSON:Luis]] tomorrow between 9 and 11
Me: I work tomorrow. can he come [[DATE_TIME:Saturday the 16th]] instead?
[[PERSON:Gary]]: fine. also reminder ur lease renewal has to be signed by [[DATE_TIME:March 31]]
Me: ok ill zelle the rent to [[EMAIL_ADDRESS:gpinkston.rentals@gmail.com]] friday""",
    """[[PERSON:Jess Pham]] 3:02 PM: Hey [[PERSON:Aaron]], new starter details for payroll: [[PERSON:Mohammed Al-Sayegh]], start date [[DATE_TIME:Mon 22 April]], TFN [[ID_NUMBER:872 035 147]]
[[PERSON:Aaron Whitfield]] 3:05 PM: thanks! super fund and member no?
[[PERSON:Jess Pham]] 3:06 PM: AustralianSuper, member [[ID_NUMBER:601884273]]. Bank is BSB 062-000 acc [[ID_NUMBER:1188 2745]]
[[PERSON:Aaron Whitfield]] 3:09 PM: and his address?
[[PERSON:Jess Pham]] 3:10 PM: [[ADDRESS:5/21 Harris Street]], [[LOCATION:Pyrmont]] [[LOCATION:NSW]] [[ZIP_CODE:2009]]. he's [[AGE:24]], first job out of uni""",
]

LOOKALIKE = [
    """Release 4.12.0.3 (build 20240311.2)
- Fixed a crash when the gateway reported 10.2.0.1 as its firmware version (issue #4471).
- Updated OpenSSL to 3.0.13; SHA-256 of the installer: 9b74c9897bac770ffc029102a200c5de8f2e4c1b9f2c3a5d7e6f8a0b1c2d3e4f
- Default NTP server changed to 0.pool.ntp.org.
- Support: support@fieldlink.io or +1 800 555 0142 (Mon-Fri).
- Known issue: units with serial FL-2209-33817 and MAC prefix 00:1A:2B may not pair.
- Routing now uses Dijkstra's algorithm with a Fibonacci heap.""",
    """Order confirmation #WB-2024-0038817
Thanks for your order, [[PERSON:Nkechi]]!
Gaiwan tea set, SKU TEA-GW-0412-BLU, qty 1, £34.00
Darjeeling First Flush 100 g, SKU TEA-DJ-FF-100, qty 2, £19.00
Invoice INV-77120-B · Tracking: Royal Mail JX 4482 1093 7GB
Delivering to: [[ADDRESS:9 Aberdeen Park]], [[LOCATION:London]] [[ZIP_CODE:N5 2BL]]
Questions? Call us on 0345 600 4417 or email orders@whistlebrew.co.uk.
Gift card balance: £12.50 (card no. 6280 1144 0092 3317)""",
    """Author evening at Page & Pint, on the corner of Nelson Mandela Boulevard and Steve Biko Road: signed copies of The Quiet Index (ISBN 978-0-14-103614-4) and Salt Roads (ISBN 978-0-306-40615-7) will be on sale, with proceeds going to the Alzheimer's Society and the local Parkinson's support group. Reserve a seat with our events coordinator, [[PERSON:Tendai Moyo]], at events@pageandpint.co.za or on 021 447 3310 (shop line).""",
    """Asset register, floor 3
LAP-00412  Dell Latitude 7440  S/N 7CX9Q24  MAC a4:bb:6d:21:9f:03  OS 10.0.22631.3296  agent 5.4.10.2  owner: [[PERSON:Ruth Okonjo-Palmer]] ([[EMAIL_ADDRESS:r.okonjo-palmer@halden.co]])
LAP-00413  Dell Latitude 7440  S/N 7CX9Q31  MAC a4:bb:6d:21:a0:17  OS 10.0.22631.3296  agent 5.4.10.2  owner: pool
SRV-0091   PowerEdge R650  UUID 4c4c4544-0047-3510-8033-b7c04f4b3233  BIOS 1.12.2  firmware 7.00.00.171
PRN-0007   HP M479fdw  asset tag 000418273  queue print01/floor3-color""",
    """ПРЕДРАЧУН бр. 118/2024
Продавац: Техномаркет плус д.о.о., ПИБ 104418277, текући рачун 160-441827-03, тел. 011/2045-330, info@tehnomarket.rs
Купац: [[PERSON:Дејан Стаменковић]], [[ADDRESS:Цара Лазара 9]], [[ZIP_CODE:37000]] [[LOCATION:Крушевац]]
Шифра артикла: TM-LG-55UR7, количина 1, цена 64.990,00 дин.
Позив на број: 97 4418-2730-118. Рок плаћања: 8 дана.""",
    """Container MSCU 472918-9 loaded at Koper, ETA Rotterdam 2024-04-02. B/L MEDU8841273, HS code 8471.30.00, seal 004418273, customs MRN 24NL0004418273A1B2. Consignee contact: [[PERSON:Willemijn Bakker]], [[PHONE_NUMBER:+31 6 4182 7390]]. Carrier hotline +31 10 400 7000. Pallet SSCCs 00387123450000123456 and 00387123450000123463.""",
    """Clinic handout: Graves' disease, Hashimoto's thyroiditis and Addison's disease are all autoimmune conditions. Reference range for TSH is 0.4-4.0 mIU/L and for free T4 12-22 pmol/L. Ask for leaflet ENDO-0412 at reception or call the endocrine nurses on 0161 276 4000. Patient [[PERSON:J. Whitlock]], [[AGE:46]], review on [[DATE_TIME:14 May]]: repeat TFTs and bring the Levothyroxine 100 mcg box (lot 4418273, exp 2026-08).""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind104", STYLES, OUT)


if __name__ == "__main__":
    main()

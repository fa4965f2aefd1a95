"""Build tests/data/blind117.jsonl: a hundred-and-seventeenth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind117.py

Blind: written without any knowledge of the detector. Read for this set, and
nothing else: lines 1-121 of tests/data/make_blind22.py (its docstring with
the labeling conventions and style descriptions, and its import lines) and
its tail from `STYLES = {` to the end of the file (the scaffolding copied
below); tests/data/gold_sets.py (whole file); lines 1-64 of
tests/data/make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME
regexes and `parse()`). Not read: minimize/, recognizers/, any other test,
bench/, the README, any *.jsonl (the output of this script included), any
other make_*.py, git history, log or status (git was not run at all). The
detector, the bench and the tests were never run. Do not tune the detector
against this file: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the national check digits inside the
Spanish, French, Belgian and Portuguese IBANs are right too (worked out with
hand-run throwaway code while writing, not generated here; `gold_sets.check`
re-checks cards and IBANs and refuses a bad one). National ids with a public
check digit were given a valid one the same way: NHS numbers, Canadian SINs
(first digit matching the province where shown), Aadhaar (Verhoeff), TFN,
Australian Medicare, Irish PPSN, Singapore NRIC, South African ids (agreeing
with the person's sex and, where shown, birth date), Spanish NIE, New
Zealand IRD and NHI, Swiss AHV, Polish PESEL, Ecuadorian cédula, Chilean
RUT, Peruvian RUC (10 + the DNI) and Paraguayan RUC (cédula + DV), and the
ISBN-13 look-alikes. Bolivian CI (with its department suffix), Peruvian DNI
and Paraguayan cédula numbers carry no public check digit as written, and
UK NI numbers, US SSNs, PAN, Nigerian NIN and BVN, Kenyan ids, Ghana Card
numbers, Philippine SSS / PhilHealth / TIN numbers, Bangladeshi NIDs,
passports, licences, plates, bank account numbers and staff, student,
member, patient and loyalty numbers were not checked.

Styles (ids `blind117-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of the public PII-masking
  benchmarks: ai4privacy pii-masking-200k/300k/400k (odd mixed sentences
  dense with names, job titles, streets with building numbers, secondary
  addresses, IPv4 / IPv6, MACs, user agents, card / CVV / expiry, IBAN /
  BIC), gretel-pii-masking-en-v1 (claims, contracts, medical, referral and
  loan forms, notices, letters) and Nemotron-PII (JSON, log lines, SQL, XML,
  YAML / .env config, code snippets, tickets and forms).
- `gen` (90): one to four sentences with personal data woven into prose, the
  way a third-party LLM writes "realistic sentences with personal data";
  names at the start, middle and end, lowercase and possessive; ages,
  dates, addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record rendered as text (CSV,
  semicolon CSV, TSV, pipes / Markdown, psql output, fixed-width, JSON
  lines, YAML, key: value blocks), varied column names, non-PII columns
  next to the PII ones; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking and invoice refs, SKUs, ISBNs, IP-shaped versions and subnets,
  hashes, UUIDs, serials, company phones and tax numbers, role mailboxes,
  eponyms, streets and buildings named after people with no number), with
  the few real PII values labeled; one of them has no PII at all.
Domains with extra weight: about a third of the `gen` and `bench` records
are about mining cooperatives, rural health posts and agricultural credit
(in Bolivia, Peru, Paraguay, Ecuador, Chile, Ghana, Zimbabwe, Kenya, Uganda,
Ethiopia, Nepal, India, Bangladesh, the Philippines, the US, Canada,
Australia and South Africa); the rest are spread widely (banking,
insurance, pharmacy, hospitals, schools, HR and payroll, lettings, courts,
travel, telecoms, deliveries, gyms, vets, gaming, social media, IT).
Languages: about nine records in ten in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, South Africa, Nigeria, Kenya, Ghana,
Singapore, the Philippines and more, with names from the many cultures
living there); the rest (27 records, spread over every style) in Quechua,
Aymara and Guaraní, mixed with or next to Andean and Paraguayan Spanish.

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, visit, move, start of a
  job, hearing, signature, letter ...) with a day or a month, in any shape;
  a weekday or a clock time said with such a date is inside the span, a
  time or a weekday alone is not; not bare years, durations, or dates not
  tied to a person (sale, invoice, release, stock expiry dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB, IFSC and routing numbers, CVVs and expiries,
  PINs, order / ticket / claim / policy / booking / tracking references,
  company phone numbers and role mailboxes, versions, hashes, serials,
  partial numbers ("ending 6715", last four digits), pets, eponyms and
  brands named after people, a header row.
- Calls made while writing this set, in the same spirit as those of
  make_blind22.py (table columns: "sex", "role", "dept", "status" unlabeled,
  "age" AGE, "country" / "state" / "province" LOCATION, "nationality" NRP;
  a building number or secondary address in its own field is ADDRESS; a
  "last login", "last seen", sign-up or account-creation timestamp of a
  person's account is DATE_TIME):
  * Spanish and Guaraní honorifics before a name (Don, Doña, Señora, Sr.,
    Sra., Ña, Karai) and professional ones used as honorifics (Lic., Ing.,
    Obst., Smt., Fr., Mallam, Sr. for a nursing sister) are TITLE; family
    words used as address (jilata, kullaka, lola, Aunty, Uncle, Mama, che
    señora) stay outside. An airline "SURNAME/GIVEN MR" keeps MR as TITLE.
  * Bolivian CI numbers are labeled with their department suffix
    ("4102957 OR"); a Guaraní or Quechua suffix glued to a name or place
    with a hyphen ("-pe") stays outside the span.
  * A community, ayllu, compañía, barangay or village is LOCATION, and so
    is the place name that stands for a health post, dispensary, branch or
    agency ("the health post in Chacapampa", "sucursal Coronel Oviedo");
    names of cooperatives, companies, hospitals and pharmacies are not
    labeled even when they contain a place.
  * Log lines: the timestamp of a line recording a person's action (login,
    VPN connect, gate entry, disbursement to a borrower) is DATE_TIME;
    timestamps of system lines, orders, message sends (the stamps of chat
    messages included) and failed attempts by unknown users are not. Every
    IP address in a record or log line is IP_ADDRESS, private or public,
    that of a failed attempt included; no server-only IPs were written
    outside the lookalikes, where subnets and gateways are not labeled.
  * A loan's disbursement, renewal or due date for a named borrower, a
    vaccination or next-dose date and an expected delivery date are the
    person's dates (DATE_TIME); bank execution dates, invoice dates and
    drug batch expiries are not.
  * BIC / SWIFT codes, company tax numbers (NIT, VAT) and a company's own
    bank account are not labeled; a Slack-style handle shown as the
    speaker is USERNAME, a display name is PERSON.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind117.jsonl")

GEN = [
    """Hi, I'm [[PERSON:Teodora Quispe Mamani]], treasurer of the Cooperativa Minera Nueva Esperanza in [[LOCATION:Llallagua]]. My carnet is [[ID_NUMBER:5938271 PT]] and my mobile is [[PHONE_NUMBER:+591 72418835]], in case the auditors want to visit me on [[DATE_TIME:Friday 12 April]].""",
    """The health post in [[LOCATION:Chacapampa]] logged a prenatal visit for [[PERSON:Yeny Huamán Ccasa]], [[AGE:19]], on [[DATE_TIME:03/02/2024]]; her next check-up with the obstetrician, [[PERSON:Rocío Ccahuana]], is on [[DATE_TIME:2 March at 8:30 am]].""",
    """[[PERSON:ramesh]] at the cooperative bank branch says my Kisan Credit Card limit went up to ₹1.6 lakh. The crop loan account is [[ID_NUMBER:31740100028813]] and they still want my Aadhaar, [[ID_NUMBER:4827 3916 0512]], seeded before [[DATE_TIME:15 July]].""",
    """Please change the delivery address for [[PERSON:Siobhán Ní Bhriain]] to [[ADDRESS:Apartment 6, 22 Lower Dorset Street]], [[LOCATION:Dublin 1]], [[ZIP_CODE:D01 W9K7]]. If the courier can't get in, ring her on [[PHONE_NUMBER:087 412 9036]].""",
    """[[PERSON:Mrs. Ngozi Okafor]], [[AGE:58]], told the pharmacist her amlodipine ran out on [[DATE_TIME:Sunday 9 June]]. Her NIN is [[ID_NUMBER:48193027561]] and the refill should go to [[ADDRESS:14B Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]].""",
    """my old landlord, [[PERSON:gary whitfield]], still hasn't lodged the bond refund. I moved out of [[ADDRESS:3/18 Railway Parade]], [[LOCATION:Marrickville]] [[LOCATION:NSW]] [[ZIP_CODE:2204]] on [[DATE_TIME:30 June]], and for some reason my TFN ([[ID_NUMBER:712 309 583]]) is on the lease paperwork.""",
    """[[PERSON:Kwame Asante]]'s small-scale mining licence for the [[LOCATION:Tarkwa]] concession was renewed on [[DATE_TIME:8 January 2024]]. The co-op secretary says you can reach him on [[PHONE_NUMBER:+233 24 418 7720]] or at [[EMAIL_ADDRESS:k.asante.tarkwa@gmail.com]].""",
    """At the [[LOCATION:Kaptagat]] dispensary the nurse vaccinated baby [[PERSON:Kiprono Lagat]], born [[DATE_TIME:14 September 2023]]. His mother, [[PERSON:Faith Jepkosgei]], gave ID number [[ID_NUMBER:30418527]] and phone [[PHONE_NUMBER:0722 904 318]] for the SMS reminders.""",
    """[[PERSON:Dale Vanderhoek]] of [[ADDRESS:4471 County Road 18]], [[LOCATION:Sioux Center]], [[LOCATION:IA]] [[ZIP_CODE:51250]] applied for an FSA operating loan on [[DATE_TIME:February 6, 2024]] to cover seed and fertilizer. The form lists his SSN as [[US_SSN:482-71-3096]] and his wife, [[PERSON:Marlys]], as co-signer.""",
    """Allinllachu. Ñuqaq sutiymi [[PERSON:Marcelina Huallpa Condori]], [[AGE:42]] watayuqmi kani, [[LOCATION:Ccatcca]] llaqtapi tiyani. Hampina wasiman [[DATE_TIME:15 de mayo]] p'unchawpi risaq, wawaypa vacunanpaq. Celularniy: [[PHONE_NUMBER:984 317 620]].""",
    """Kamisaki jilatanaka, kullakanaka. Nayan sutijaxa [[PERSON:Gregorio Choque Apaza]] satawa, [[LOCATION:Huanuni]] markan jakasta, cooperativa minera ukan irnaqta. Carnetaxa [[ID_NUMBER:4102957 OR]], celularaxa [[PHONE_NUMBER:71845290]]. Jikisiñkama.""",
    """Mba'éichapa. Che réra [[PERSON:Ramona Benítez Cáceres]], aiko [[LOCATION:Yhú]] distrito, [[LOCATION:Caaguazú]]. Ajerure peteĩ préstamo Crédito Agrícola de Habilitación-pe che kokuére guarã. Che cédula [[ID_NUMBER:3481726]], che pumbyry [[PHONE_NUMBER:0983 415 208]]. Aguyje.""",
    """[[TITLE:Don]] [[PERSON:Víctor Ñaupari Rojas]], socio de la cooperativa minera de [[LOCATION:La Rinconada]], nacido el [[DATE_TIME:11 de junio de 1971]], pide que su quincena se deposite en su cuenta de ahorros [[ID_NUMBER:215-38471925-0-63]] y no en la de su yerno. DNI [[ID_NUMBER:43817265]].""",
    """La USF de [[LOCATION:Tavapy]] agendó a la [[TITLE:señora]] [[PERSON:Liz Carolina Ortiz]], de [[AGE:27]] años, para su control prenatal el [[DATE_TIME:jueves 18 de abril a las 7:30]]; si no puede venir, que avise al [[PHONE_NUMBER:0971 238 644]] (es su número, no el del puesto).""",
    """The health post in-charge, [[PERSON:Bishnu Maya Tamang]], referred [[PERSON:Pemba Lama]] ([[AGE:6]]) to the district hospital in [[LOCATION:Dhunche]] on [[DATE_TIME:14 Falgun 2080]]; his father's number is [[PHONE_NUMBER:984-1572306]].""",
    """Members of the [[LOCATION:Shurugwi]] gold panners' cooperative elected [[PERSON:Tendai Moyo]] as chairperson on [[DATE_TIME:27 January]]. For the registration papers: national ID [[ID_NUMBER:63-2471983K27]], cell [[PHONE_NUMBER:+263 77 318 4402]].""",
    """[[PERSON:Wanjiru Kamau]] took a KSh 80,000 input loan from the dairy SACCO in [[LOCATION:Othaya]] on [[DATE_TIME:5th March 2024]]. Repayments come out of her milk payments and her M-Pesa line [[PHONE_NUMBER:0711 385 207]]; member no. [[ID_NUMBER:ODS/04417]].""",
    """After two bad seasons, [[PERSON:Bronwyn McAlister]] asked the rural financial counsellor to go over her farm debt before the bank meeting on [[DATE_TIME:Tuesday 21 May]]. Property: [[ADDRESS:1280 Bimbi Road]], [[LOCATION:Grenfell]] [[LOCATION:NSW]] [[ZIP_CODE:2810]]. Mobile [[PHONE_NUMBER:0428 615 093]].""",
    """Barangay health worker [[PERSON:Marites Dela Cruz]] did a home visit for lola [[PERSON:Consuelo Bautista]], [[AGE:81]], in [[LOCATION:Barangay San Isidro]], [[LOCATION:Tarlac]]. Her PhilHealth number is [[ID_NUMBER:12-051847392-6]].""",
    """[[PERSON:Juan Carlos Araya]], a pirquinero from [[LOCATION:Andacollo]], joined the miners' cooperative in [[DATE_TIME:March 2009]] and is asking about his winter bonus; his RUT is [[ID_NUMBER:15.847.392-5]].""",
    """The community health worker in [[LOCATION:Tiquipaya]] wrote that [[TITLE:doña]] [[PERSON:Eusebia Rocha]] missed her TB doses on [[DATE_TIME:Monday 4 March]] and [[DATE_TIME:Tuesday 5 March]]. Her grandson [[PERSON:Brayan]] says the best number is [[PHONE_NUMBER:+591 76023418]].""",
    """El [[TITLE:señor]] [[PERSON:Fortunato Ccori Huamán]], productor de papa nativa en [[LOCATION:Paucartambo]], firmó su crédito agrícola el [[DATE_TIME:20/09/2023]]. RUC [[ID_NUMBER:10461205831]], celular [[PHONE_NUMBER:951 204 773]].""",
    """[[PERSON:Wilfredo Condori]], [[AGE:37]], has worked the [[LOCATION:Cerro Rico]] for nineteen years with one of the [[LOCATION:Potosí]] cooperatives. If something happens underground, they should call his wife [[PERSON:Sonia Flores]] at [[PHONE_NUMBER:+591 67412903]].""",
    """ASHA worker [[PERSON:Sunita Devi]] brought [[PERSON:Rekha Kumari]] ([[AGE:22]], second pregnancy) to the sub-centre at [[LOCATION:Barhi]] on [[DATE_TIME:12.01.2024]]. Her ABHA number is [[ID_NUMBER:91-4827-3019-5562]].""",
    """Under the anchor borrowers' scheme, [[PERSON:Aisha Bello]] of [[LOCATION:Kura]], [[LOCATION:Kano State]] received her rice inputs on [[DATE_TIME:2 June 2023]]; her BVN, [[ID_NUMBER:22481937506]], was checked by [[TITLE:Mallam]] [[PERSON:Usman Garba]].""",
    """[[PERSON:Rodel Paglinawan]], a small-scale miner in [[LOCATION:Itogon]], [[LOCATION:Benguet]], was treated for a crushed hand on [[DATE_TIME:Oct 3]]; contact his sister [[PERSON:Jocelyn]] at [[PHONE_NUMBER:0917 482 1096]].""",
    """[[PERSON:Efraín Mamani]] yachachiqmi [[LOCATION:Sicuani]] llaqtapi. Paypa ususin [[PERSON:Nayeli]] [[DATE_TIME:23 de agosto]] p'unchawpi paqarirqa. WhatsApp: [[PHONE_NUMBER:+51 974 205 318]].""",
    """[[PERSON:Basilia Mamani Ticona]] kullakaxa [[LOCATION:Achacachi]] markankiwa. Jupax 8.000 Bs. crédito mayïwa quinua yapupataki, [[DATE_TIME:10 de octubre]] urux firmawayi. Celular: [[PHONE_NUMBER:73512064]].""",
    """[[TITLE:Ña]] [[PERSON:Cristina Gauto]] orekóma [[AGE:63]] ary ha oiko compañía [[LOCATION:Ybyraity]], distrito [[LOCATION:Carapeguá]]. Oho USF-pe [[DATE_TIME:lunes 8 de julio]] ohecha hag̃ua pohãnohára [[PERSON:Derlis Recalde]]. Ifamília pumbyry: [[PHONE_NUMBER:0985 602 117]].""",
    """Hello, this is [[PERSON:Thanh Nguyen]]. Someone used my Visa ending 6715 at a gas station in [[LOCATION:Garden Grove]] on [[DATE_TIME:March 18 at 11:52 pm]], but I was home asleep. The full number is [[CREDIT_CARD:4539 1488 0343 6715]] if you need it to block the card.""",
    """Claim note: [[PERSON:Katarzyna Wiśniewska]] reports her Skoda was hit while parked outside [[ADDRESS:41 Beeches Road]], [[LOCATION:Smethwick]], [[ZIP_CODE:B66 4LW]] overnight on [[DATE_TIME:2/3/24]]. Registration [[ID_NUMBER:KX19 HBF]]; best contact [[PHONE_NUMBER:07712 604 219]].""",
    """[[PERSON:Harpreet Kaur Sandhu]] wants to register her son [[PERSON:Gurveer]] (born [[DATE_TIME:2017-08-29]]) at the school on Sandalwood; they live at [[ADDRESS:88 Mountbatten Crescent]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Z 3K1]].""",
    """HR reminder: [[PERSON:Lim Wei Ling]]'s last day is [[DATE_TIME:31 May 2024]]. Please email the IR8A to [[EMAIL_ADDRESS:weiling.lim88@gmail.com]] and put her NRIC, [[ID_NUMBER:S8734125I]], on the clearance form.""",
    """gg to [[USERNAME:xXNightHowlerXx]] who carried us last night. if anyone's wondering that's [[PERSON:jordan]] from my chem class, he's [[AGE:16]] and already diamond lol""",
    """[[PERSON:Sipho Ndlovu]] and [[PERSON:Nomvula Ndlovu]] are buying [[ADDRESS:Unit 12, Acacia Gardens, 5 Kestrel Avenue]], [[LOCATION:Midrand]], [[ZIP_CODE:1685]]. The conveyancer needs [[PERSON:Sipho]]'s ID, [[ID_NUMBER:8803145123088]], by [[DATE_TIME:Friday, 14 June]].""",
    """I'm calling about my mum's phone plan. She's [[PERSON:Despina Karagiannis]], [[AGE:74]], the number's [[PHONE_NUMBER:0412 938 551]], and the account is still at her old place, [[ADDRESS:7 Hope Street]], [[LOCATION:Brunswick]] [[LOCATION:VIC]] [[ZIP_CODE:3056]].""",
    """Kia ora, I'm [[PERSON:Aroha Te Whatu]] and I need to fix the IRD number on my StudyLink account; it should be [[ID_NUMBER:094-218-330]]. I was born [[DATE_TIME:11/12/2003]] in [[LOCATION:Rotorua]].""",
    """The clinic has [[PERSON:Bao Tran]] down as the owner of Mochi (the corgi with the limp). [[PERSON:Bao]]'s number is [[PHONE_NUMBER:(206) 771-0834]] and the recheck is [[DATE_TIME:Thursday the 22nd at 4:15]].""",
    """Reservation under [[PERSON:Hodan Abdi Warsame]] for three nights, checking in [[DATE_TIME:Aug 9]]. She asked for a ground-floor room because her mother ([[AGE:79]]) uses a walker. Contact: [[EMAIL_ADDRESS:hodan.warsame@yahoo.com]], [[PHONE_NUMBER:612-390-4418]].""",
    """The hearing in [[PERSON:Imran Qureshi]] v Northgate Lettings Ltd has been relisted for [[DATE_TIME:9 October 2024 at 10am]]. [[PERSON:Mr Qureshi]]'s address for service is [[ADDRESS:112 Manningham Lane]], [[LOCATION:Bradford]], [[ZIP_CODE:BD8 7HX]].""",
    """Follow my sister's bakery! She's [[PERSON:Maya Goldberg]], on insta as [[USERNAME:mayabakes.sf]], and her own site is [[URL:https://mayagoldberg.me]]. She turns [[AGE:30]] on the [[DATE_TIME:14th of November]] so go wish her a happy birthday.""",
    """Ticket from [[PERSON:Oluwaseun Adeyemi]]: can't get onto the VPN since Monday. His laptop shows IP [[IP_ADDRESS:10.44.18.203]] and his staff ID is [[ID_NUMBER:EMP-30921]].""",
    """Driver note: if nobody answers at [[ADDRESS:15 Glenview Close]], [[LOCATION:Tallaght]], leave the parcel in the green bin shed. Customer [[PERSON:Declan Byrne]], [[PHONE_NUMBER:+353 86 221 4079]].""",
    """Membership freeze request: [[PERSON:Camille Tremblay]], member [[ID_NUMBER:004418273]], is on maternity leave from [[DATE_TIME:April 1]] until [[DATE_TIME:September 30]]. She trains at the downtown location in [[LOCATION:Montréal]].""",
    """Hi [[PERSON:Giuseppe]] "[[PERSON:Joe]]" [[PERSON:Romano]], this is a reminder of your cleaning at Bayview Dental on [[DATE_TIME:Wed, Jan 17, 2:40 PM]]. Reply C to confirm or call the front desk at (416) 555-0190.""",
    """[[PERSON:Winston Augustus Clarke]], born [[DATE_TIME:3rd April 1957]] in [[LOCATION:Kingston]], [[LOCATION:Jamaica]], is claiming his State Pension. His National Insurance number is [[ID_NUMBER:JK 40 72 19 C]] and he lives at [[ADDRESS:Flat 3, 29 Railton Road]], [[LOCATION:London]] [[ZIP_CODE:SE24 0LE]].""",
    """Dear Admissions, I'm [[PERSON:Chiamaka Eze]] (applicant no. [[ID_NUMBER:2210473]]) and I'd like to defer my place to next year. My mother had surgery on [[DATE_TIME:12 August]] and I need to help at home in [[LOCATION:Enugu]].""",
    """[[PERSON:Maria Lourdes Santos]], a caregiver from [[LOCATION:Iloilo]], got her PR confirmation on [[DATE_TIME:Nov. 2, 2023]]. Her SIN is [[ID_NUMBER:527 183 941]] and she rents a room at [[ADDRESS:1502-350 Webb Drive]], [[LOCATION:Mississauga]].""",
    """Overdue notice: [[PERSON:ahmed el-sayed]], three items on library card [[ID_NUMBER:21982 00417 6632]] are now overdue. Please return them to any branch or renew online.""",
    """[[TITLE:Fr.]] [[PERSON:Tomasz Nowak]] will baptise little [[PERSON:Oliwia Zielińska]] on [[DATE_TIME:Sunday 16 June at 12:30]]; the godparents are [[PERSON:Piotr]] and [[PERSON:Agnieszka]]. Both parents are practising [[NRP:Catholics]] from [[LOCATION:Kraków]].""",
    """U-14 registration: [[PERSON:Ciarán Ó Súilleabháin]], DOB [[DATE_TIME:07/03/2010]], parent/guardian [[PERSON:Aoife]], [[PHONE_NUMBER:085 317 6620]], [[EMAIL_ADDRESS:aoife.osullivan@eircom.net]].""",
    """Renter: [[PERSON:Luis Alberto Mendoza]], driver's license [[US_DRIVER_LICENSE:M532-417-81-609-0]] ([[LOCATION:FL]]), pickup [[DATE_TIME:5/24 at 9:00]] at MIA, return [[DATE_TIME:5/28]]. Card on file [[CREDIT_CARD:5522 0418 7736 2907]].""",
    """Please set up the gas account for our new place at [[ADDRESS:27 Thornbury Avenue]], [[LOCATION:Leeds]] [[ZIP_CODE:LS16 6QA]]. We move in on [[DATE_TIME:18/08/2024]]; account holder is [[PERSON:Rukhsana Begum]], [[PHONE_NUMBER:0113 496 0721]].""",
    """[[PERSON:Ji-hoon Park]] and his wife [[PERSON:Soo-yeon]] are filing jointly this year. His SSN is [[US_SSN:531-08-2274]], hers is [[US_SSN:529-61-4830]], and the refund should go to their checking account [[ID_NUMBER:8830417265]].""",
    """[[PERSON:Sione Tuilagi]] ([[AGE:45]]) was admitted to Middlemore on [[DATE_TIME:28/01]] with chest pain. NHI [[ID_NUMBER:ZHK4829]]; next of kin is his wife [[PERSON:Losana]], [[PHONE_NUMBER:021 448 3907]].""",
    """Save the date! [[PERSON:Tanvir]] & [[PERSON:Farzana]] are getting married on [[DATE_TIME:Saturday 12th October 2024]] at the community hall on Brick Lane. RSVP to [[PERSON:Farzana Rahman]] on [[PHONE_NUMBER:07958 214 603]].""",
    """It is with great sadness that we announce the passing of [[PERSON:Johannes Petrus van der Merwe]] ("[[PERSON:Hannes]]"), aged [[AGE:86]], on [[DATE_TIME:2 August 2024]] in [[LOCATION:Stellenbosch]]. The service will be held on [[DATE_TIME:Friday 9 August at 11:00]].""",
    """hey i'm [[PERSON:leilani]], [[AGE:29]], nurse in [[LOCATION:hilo]] 🌺 not on here much, snap me: [[USERNAME:leilani.k808]]""",
    """Transfer request from [[PERSON:Rahel Tesfaye]]: please pay £650 rent from my account to my landlord, [[PERSON:Colin Ashworth]], IBAN [[IBAN_CODE:GB57 NWBK 6072 4019 5733 81]]. If there's a problem call me on [[PHONE_NUMBER:07400 118 932]].""",
    """Member [[PERSON:Keisha Danielle Brooks]], DOB [[DATE_TIME:09-14-1991]], member ID [[ID_NUMBER:XHP882104517]], called about a denied claim for her MRI on [[DATE_TIME:June 3]]. Callback [[PHONE_NUMBER:(404) 618-2290]].""",
    """Permission slip: my daughter [[PERSON:Rivka Feldman]], [[AGE:11]], may go on the trip on [[DATE_TIME:May 8]]. She keeps kosher (we're [[NRP:Orthodox Jewish]]), so I'll pack her lunch. [[PERSON:Miriam Feldman]], [[PHONE_NUMBER:718-435-2091]]""",
    """[[PERSON:Andre Jackson]] lost his passport ([[US_PASSPORT:583027194]]) on the way back from [[LOCATION:Cancún]]; his appointment at the passport agency is [[DATE_TIME:7/12 at 1:30 pm]].""",
    """can you move [[PERSON:jean-françois]]'s prescriptions to the pharmacy at [[ADDRESS:1450 rue Fleury Est]] in [[LOCATION:Montréal]]? his health card is [[ID_NUMBER:BOUJ 7205 1418]] and his birthday is [[DATE_TIME:May 14, 1972]].""",
    """Offer letter for [[PERSON:Ananya Krishnamurthy]], joining on [[DATE_TIME:1st July 2024]] at our [[LOCATION:Bengaluru]] office. Please send PAN ([[ID_NUMBER:BQKPK4821M]]) and Aadhaar ([[ID_NUMBER:7301 9284 7569]]) copies to [[EMAIL_ADDRESS:ananya.k97@gmail.com]].""",
    """My aunt [[PERSON:Justina Mamani]] sews at a workshop in [[LOCATION:Flores]], [[LOCATION:Buenos Aires]]; she came down from [[LOCATION:El Alto]] in 2011. Her DNI is [[ID_NUMBER:94.518.237]] and her WhatsApp is [[PHONE_NUMBER:+54 9 11 6238-4410]].""",
    """[[PERSON:César Augusto Huamaní]] from [[LOCATION:Paterson]], [[LOCATION:NJ]] sends $300 every month to his mother in [[LOCATION:Ayacucho]]; the remittance app has him as [[PHONE_NUMBER:973-284-6615]], [[EMAIL_ADDRESS:cesar.huamani@hotmail.com]].""",
    """[[PERSON:Nilda Rojas Villalba]], a [[NRP:Paraguayan]] care worker, lives at [[ADDRESS:Calle de Embajadores 144, 3º B]], [[ZIP_CODE:28045]] [[LOCATION:Madrid]]. Her NIE is [[ID_NUMBER:Y2093817A]] and she starts at the residence on [[DATE_TIME:1 September]].""",
    """Hi, it's [[PERSON:Thandiwe Zulu]]. Someone phoned pretending to be the bank and asked for my OTP, but I hung up. My account number is [[ID_NUMBER:62847193022]] and I'm at [[ADDRESS:48 Mthembu Street]], [[LOCATION:Umlazi]], [[ZIP_CODE:4031]].""",
    """[[PERSON:Dolores Esquivel]], [[AGE:67]], has to renew her Medicaid by [[DATE_TIME:August 31]]. She lives with her son [[PERSON:Rubén]] at [[ADDRESS:2209 S. Zarzamora St., Apt 4]], [[LOCATION:San Antonio]], [[LOCATION:TX]] [[ZIP_CODE:78207]].""",
    """Return request: [[PERSON:Olivia Chen-Whitaker]] wants to send back the boots from order #TW-448201, refund to the Mastercard ending 9189. Customer email: [[EMAIL_ADDRESS:livchenw@icloud.com]].""",
    """[[PERSON:Prof. Adebayo Ogunleye]] will chair the session on [[DATE_TIME:Thursday 5 September]]. He flies out of [[LOCATION:Ibadan]] via [[LOCATION:Lagos]], and his passport, [[ID_NUMBER:A09381247]], expires in November, so check the visa rules.""",
    """SIM replacement for [[PERSON:Otieno Brian Ouma]], line [[PHONE_NUMBER:0733 210 876]], ID [[ID_NUMBER:27850431]]. He says the phone was stolen at the bus stage in [[LOCATION:Kisumu]] on the [[DATE_TIME:2nd]].""",
    """Booking for [[PERSON:Nurul Huda binti Ismail]], arriving [[DATE_TIME:22 Dec 2024, 23:40]] on SQ 317; halal meals requested. Contact [[PHONE_NUMBER:+65 9127 4408]].""",
    """[[PERSON:Fiona MacLeod]] viewed the flat at [[ADDRESS:2F1, 16 Marchmont Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HN]] on [[DATE_TIME:Saturday 6 July]] and wants to offer £5k over. Her solicitor is [[PERSON:Alasdair Munro]], [[EMAIL_ADDRESS:a.munro.law@btinternet.com]].""",
    """Swim lessons, Saturday group: [[PERSON:Aarav]] (age [[AGE:7]]) and [[PERSON:Diya Mehta]] (age [[AGE:5]]). Parent: [[PERSON:Nikhil Mehta]], [[EMAIL_ADDRESS:nikhil.mehta@protonmail.com]].""",
    """Aunty [[PERSON:Doreen Walker]] from [[LOCATION:Dubbo]] has her diabetes review at the Aboriginal Medical Service on [[DATE_TIME:Mon 15 April, 10.30am]]. Medicare [[ID_NUMBER:2951 84030 1]].""",
    """Lost property: a wallet was handed in with a driving licence for [[PERSON:Mohammed Al-Rashid]], [[ADDRESS:9 Ladypool Road]], [[LOCATION:Birmingham]], licence no. [[ID_NUMBER:ALRAS803150M99FT]].""",
    """Canvass note: spoke to [[PERSON:Bernadette O'Hare]] at [[ADDRESS:63 Falls Road]]. Says she has always voted [[NRP:SDLP]] but is undecided this time; her son [[PERSON:Cathal]] ([[AGE:19]]) is a first-time voter.""",
    """Your account ([[EMAIL_ADDRESS:tomasz.k@wp.pl]]) was signed in from a new device at [[IP_ADDRESS:83.27.144.91]] on [[DATE_TIME:19 Feb 2024 07:12 GMT]]. If this wasn't you, [[PERSON:Tomasz]], reset your password now.""",
    """To whom it may concern: [[PERSON:Abena Owusu-Ansah]] worked with us as an accounts clerk from [[DATE_TIME:March 2019]] to [[DATE_TIME:December 2023]]. I can be contacted on [[PHONE_NUMBER:020 771 3508]] for more. [[PERSON:Kojo Mensah]], Finance Manager""",
    """At the Puesto de Salud [[LOCATION:Huayllay]], the technician [[PERSON:Nélida Poma]] registered the newborn [[PERSON:Jhon Kevin Quispe Torres]], born [[DATE_TIME:06/01/2024 at 04:20]]. The mother's DNI, [[ID_NUMBER:72518490]], is used for his SIS enrolment until he has his own.""",
    """Accident report, Cooperativa Minera Siglo XX: [[PERSON:Ronald Ticona Colque]], [[AGE:24]], was hurt at level 340 on the night of [[DATE_TIME:19 February]] and taken to the hospital in [[LOCATION:Llallagua]]. Carnet [[ID_NUMBER:8832016 PT]].""",
    """The loan officer in [[LOCATION:San Pedro del Ycuamandiyú]] walked [[PERSON:Cirilo Duarte]]'s sesame plot on [[DATE_TIME:22 February]] before approving a nine-million-guaraní credit; his RUC is [[ID_NUMBER:4519038-0]] and his phone [[PHONE_NUMBER:+595 972 418 306]].""",
    """Health extension worker [[PERSON:Tigist Alemu]] noted that [[PERSON:Almaz Bekele]], [[AGE:31]], from [[LOCATION:Debre Berhan]], missed her family-planning visit on [[DATE_TIME:Tir 12]]. Her husband's phone is [[PHONE_NUMBER:0911 46 2087]].""",
    """[[PERSON:Gurdeep Singh Dhillon]] is refinancing the blueberry farm at [[ADDRESS:21750 River Road]], [[LOCATION:Maple Ridge]], [[LOCATION:BC]] [[ZIP_CODE:V2X 2B9]] through Farm Credit; the appraisal visit is on [[DATE_TIME:June 11]].""",
    """Witness statement taken from [[PERSON:Precious Mahlangu]] ([[AGE:33]]) on [[DATE_TIME:14/05/2024 at 19:05]]. She lives at [[ADDRESS:1187 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]].""",
    """Hi [[PERSON:DANIEL O'CONNOR-REYES]], your seat 23C on EI 105 is confirmed. Passenger DOB on file: [[DATE_TIME:1988-11-02]]. AerClub number [[ID_NUMBER:401873265]].""",
    """Invoice 2024-031 from [[PERSON:Bogdan Marinescu]], [[ADDRESS:Str. Avram Iancu 12, ap. 5]], [[LOCATION:Cluj-Napoca]]. Please pay to [[IBAN_CODE:RO15 INGB 0000 9999 0471 8236]] by the end of the month.""",
    """School nurse log: [[PERSON:Kai'Lani Washington]], grade 3, sent home [[DATE_TIME:10/17]] with a fever of 101.2. Mom ([[PERSON:Tasha]]) picked her up, cell [[PHONE_NUMBER:(313) 442-0975]].""",
    """Quick one from [[PERSON:Marguerite Fontaine-Okoye]]: from the [[DATE_TIME:1st of March]] my mailing address is [[ADDRESS:PO Box 2291]], [[LOCATION:Yellowknife]], [[LOCATION:NT]] [[ZIP_CODE:X1A 2P8]], and my cell is now [[PHONE_NUMBER:867-445-0912]].""",
]

BENCH = [
    """Dear [[PERSON:Ignatius Mbeki-Lowe]], as our new Principal Metallurgy Coordinator at the [[LOCATION:Oruro]] concentrator, please confirm your payroll details: IBAN [[IBAN_CODE:DE55100700240928471500]], BIC COBADEFFXXX. Your onboarding laptop (MAC 3c:22:fb:81:0a:7e) has been registered to [[IP_ADDRESS:172.16.40.118]].""",
    """Card [[CREDIT_CARD:4929812300477567]] (CVV 418, exp 09/27) belonging to [[PERSON:Mehwish Tariq-Holloway]] was used from Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 at [[IP_ADDRESS:2a02:c7e:3c1a:9b00:51d4:7f2e:aa10:e3c4]] on [[DATE_TIME:2024-02-29 03:17:45]].""",
    """Shipping label for [[PERSON:Ms. Oyelaran]]: [[ADDRESS:Suite 402, 8812 Brightwater Parkway]], [[LOCATION:Lake Ozark]], [[LOCATION:Missouri]] [[ZIP_CODE:65049-3310]]. Contact [[PHONE_NUMBER:+1-573-884-2019]] before delivery.""",
    """[[PERSON:Rosalind]], a [[AGE:47]]-year-old female Lead Intranet Associate, moved her pension to account [[ID_NUMBER:70451283]] on [[DATE_TIME:11/03/2022]]; her username [[USERNAME:rosa_lind47]] and password Qx!7vR2m were reset from [[IP_ADDRESS:88.214.7.93]].""",
    """OCCUPATIONAL HEALTH EXAMINATION - Cooperativa Minera Kami Ltda.
Worker: [[PERSON:Hilarión Cruz Gutiérrez]]    CI: [[ID_NUMBER:7261849 CB]]    DOB: [[DATE_TIME:02/08/1979]] ([[AGE:44]] y)
Address: [[ADDRESS:Calle Ayacucho 418]], [[LOCATION:Oruro]]
Findings: silicosis category 1/1 on chest X-ray of [[DATE_TIME:14/03/2024]]; FEV1 71% of predicted.
Examining physician: [[PERSON:Dr. Mirtha Sejas]]
Next review: [[DATE_TIME:14/09/2024]]""",
    """AGRICULTURAL CREDIT APPLICATION
Applicant: [[PERSON:Mercedes Aguilar Quispe]]
DNI: [[ID_NUMBER:10293847]]    RUC: [[ID_NUMBER:10102938475]]
Farm: sector [[LOCATION:Chaupimayo]], district of [[LOCATION:Santa Teresa]], province of [[LOCATION:La Convención]], [[LOCATION:Cusco]]
Crop: coffee (2.5 ha)    Amount requested: S/ 18,000    Term: 24 months
Guarantor: [[PERSON:Eleuterio Aguilar Puma]] (father), DNI [[ID_NUMBER:23918406]]
Phone: [[PHONE_NUMBER:+51 984 662 130]]
Signed in [[LOCATION:Quillabamba]] on [[DATE_TIME:8 April 2024]]""",
    """{"customer_id": "[[ID_NUMBER:CUST-0081427]]", "full_name": "[[PERSON:Priyanka Venkataraman]]", "dob": "[[DATE_TIME:1990-02-17]]", "email": "[[EMAIL_ADDRESS:priyanka.v@fastmail.com]]", "phone": "[[PHONE_NUMBER:+1 (647) 318-5520]]", "address": {"street": "[[ADDRESS:55 Harbour Square]]", "unit": "[[ADDRESS:Suite 1207]]", "city": "[[LOCATION:Toronto]]", "province": "[[LOCATION:ON]]", "postal_code": "[[ZIP_CODE:M5J 2L1]]"}, "loyalty_tier": "gold", "last_login": "[[DATE_TIME:2024-05-02T21:14:09Z]]"}""",
    """[[DATE_TIME:2024-03-19 08:41:22,117]] INFO  auth.login user=[[USERNAME:mwanjiku]] src=[[IP_ADDRESS:41.90.66.214]] result=SUCCESS
2024-03-19 08:41:23,004 DEBUG session.create sid=58231 ttl=3600
[[DATE_TIME:2024-03-19 08:43:57,882]] WARN  profile.update user=[[USERNAME:mwanjiku]] field=phone old=[[PHONE_NUMBER:+254 722 118 406]] new=[[PHONE_NUMBER:+254 733 904 512]]""",
    """INSERT INTO patients (mrn, first_name, last_name, sex, dob, phone, community, hp_code) VALUES
('[[ID_NUMBER:HP-0093]]', '[[PERSON:Saturnina]]', '[[PERSON:Apaza Limachi]]', 'F', '[[DATE_TIME:1986-10-05]]', '[[PHONE_NUMBER:71294036]]', '[[LOCATION:Jesús de Machaca]]', 'LP-0412'),
('[[ID_NUMBER:HP-0094]]', '[[PERSON:Rufino]]', '[[PERSON:Callisaya]]', 'M', '[[DATE_TIME:1952-01-30]]', NULL, '[[LOCATION:Jesús de Machaca]]', 'LP-0412');""",
    """<employee id="4471">
  <name>[[PERSON:Gareth Llewellyn]]</name>
  <niNumber>[[ID_NUMBER:PW 51 38 27 D]]</niNumber>
  <dob>[[DATE_TIME:1983-06-21]]</dob>
  <address><line1>[[ADDRESS:7 Heol y Coed]]</line1><town>[[LOCATION:Pontypridd]]</town><postcode>[[ZIP_CODE:CF37 4RT]]</postcode></address>
  <bank><sortCode>30-94-57</sortCode><account>[[ID_NUMBER:41827730]]</account></bank>
</employee>""",
    """# deploy/notify.yaml
alerts:
  oncall_primary:
    name: [[PERSON:Farah Siddiqui]]
    phone: "[[PHONE_NUMBER:+44 7700 918244]]"
    email: [[EMAIL_ADDRESS:farah.siddiqui@northwind-ops.co.uk]]
  oncall_secondary:
    name: [[PERSON:Tomás Ó Briain]]
    phone: "[[PHONE_NUMBER:+353 87 660 1932]]"
  escalation_mailbox: noc@northwind-ops.co.uk
  quiet_hours: "23:00-07:00"
""",
    """# TODO remove before commit
TEST_USER = {
    "name": "[[PERSON:Kateryna Bondarenko]]",
    "email": "[[EMAIL_ADDRESS:kbondarenko@ukr.net]]",
    "card": "[[CREDIT_CARD:5187 3566 1209 8343]]",
    "cvv": "271",
    "billing_zip": "[[ZIP_CODE:60618]]",
}""",
    """Ticket #58812 | Priority: High | Channel: phone
Caller: [[PERSON:Abimbola Fashola]] (account holder)
Callback: [[PHONE_NUMBER:0803 512 7749]]
Issue: cannot withdraw from savings; says account [[ID_NUMBER:0123847561]] was frozen after she updated her BVN ([[ID_NUMBER:22190384756]]) on [[DATE_TIME:04/06/2024]].
Agent: [[PERSON:Chidi]]""",
    """INSURANCE CLAIM - CROP HAIL
Policyholder: [[PERSON:Gerrit Jansen van Rensburg]]
ID number: [[ID_NUMBER:7509026194087]]
Farm: [[ADDRESS:Portion 7 of the farm Rietvlei 312]], district [[LOCATION:Ventersdorp]]
Date of loss: [[DATE_TIME:17 November 2023]]
Policy no.: AGR-221-0458 | Claim ref: CH/23/11/0931
Estimated loss: 62% of maize planted on 140 ha
Contact: [[PHONE_NUMBER:082 415 3309]], [[EMAIL_ADDRESS:gerrit.jvr@mweb.co.za]]""",
    """RESIDENTIAL TENANCY AGREEMENT
This agreement is made on [[DATE_TIME:1 March 2024]] between [[PERSON:Harold Fenwick]] ("the Landlord") of [[ADDRESS:Hollybank House, 3 Mill Lane]], [[LOCATION:Hexham]], [[ZIP_CODE:NE46 3QT]] and [[PERSON:Adaeze Nwosu]] and [[PERSON:Kelechi Nwosu]] ("the Tenants"). The property is [[ADDRESS:Flat 2, 41 Shields Road]], [[LOCATION:Newcastle upon Tyne]], [[ZIP_CODE:NE6 1DL]]. Rent of £875 per calendar month is payable to [[IBAN_CODE:GB75BARC20765843918207]] on the first day of each month.""",
    """Estimado/a [[PERSON:Wilma Choquehuanca]], su tarjeta [[CREDIT_CARD:4147 2093 8861 5026]] con vencimiento 11/26 fue usada desde la IP [[IP_ADDRESS:200.87.193.42]] en [[LOCATION:El Alto]] el [[DATE_TIME:14/05/2024 a las 22:06]]. Si no reconoce la operación, llame desde su número registrado [[PHONE_NUMBER:+591 78823041]].""",
    """OUTPATIENT REGISTER EXTRACT - Health Centre II, [[LOCATION:Lorengedwat]]
Date: [[DATE_TIME:12/02/2024]]    OPD No.: [[ID_NUMBER:0417/24]]
Patient: [[PERSON:Lokiru Nakiru]] ([[AGE:23]], F)    Village: [[LOCATION:Nabilatuk]]
Complaint: fever x 3 days; mRDT positive.
Treatment: AL 4 tabs BD x 3 days.
Next of kin: [[PERSON:Lotee Peter]], [[PHONE_NUMBER:0782 431 906]]
Clinician: [[PERSON:Achieng Rose]] (enrolled nurse)""",
    """KYC UPDATE FORM
Name: [[PERSON:Rajesh Kumar Yadav]]      Father's name: [[PERSON:Shivnath Yadav]]
DOB: [[DATE_TIME:15-08-1982]]    Gender: M    Occupation: farmer
PAN: [[ID_NUMBER:AKCPY5821K]]    Aadhaar: [[ID_NUMBER:5284 0173 6929]]
Address: [[ADDRESS:H.No. 12-4-118, Gandhi Nagar]], [[LOCATION:Warangal]], [[LOCATION:Telangana]] - [[ZIP_CODE:506002]]
Mobile: [[PHONE_NUMBER:+91 98490 31274]]
KCC account no.: [[ID_NUMBER:62081100041927]]""",
    """Our Regional Accounts Supervisor [[PERSON:Kalani Akana]] will meet you at [[ADDRESS:1138 Kapiolani Blvd, Unit 2204]], [[LOCATION:Honolulu]] [[ZIP_CODE:96814]] on [[DATE_TIME:17th April, 3:15 PM]]. Please bring a card showing your SSN ([[US_SSN:575-20-8814]]) and the Discover card [[CREDIT_CARD:6011004528773118]] you applied with.""",
    """UPDATE socios SET telefono = '[[PHONE_NUMBER:0961 447 208]]', email = '[[EMAIL_ADDRESS:derlis.ayala84@hotmail.com]]', updated_at = NOW() WHERE cedula = '[[ID_NUMBER:2067451]]' AND coop_id = 14;
-- pedido por el socio en ventanilla, sucursal [[LOCATION:Coronel Oviedo]], [[DATE_TIME:2024-02-11]] (préstamo agrícola 2024/118)""",
    """WILLAKUY - Puesto de Salud [[LOCATION:Qollana]]
[[TITLE:Señora]] [[PERSON:Florencia Ccama Huillca]], DNI [[ID_NUMBER:46983012]]: wawaykiq vacunanmi [[DATE_TIME:lunes 10 de junio, 9:00]] kanqa. Ama qunqankichu wawaykiq carnetninta apamuyta.
Técnica [[PERSON:Yolanda Ttito]], celular [[PHONE_NUMBER:943 218 557]]""",
    """CAH - Oficina Regional [[LOCATION:Santaní]]
[[TITLE:Karai]] [[PERSON:Eusebio Villalba]], cédula [[ID_NUMBER:5128894]]: ne cuota rehepyme'ẽva'erã [[DATE_TIME:30 de junio]] peve. Eju oficina-pe térã ehenói ne técnico [[PERSON:Hugo Benítez]]-pe, [[PHONE_NUMBER:0982 706 441]].""",
    """Cooperativa Minera Aurífera [[LOCATION:Tipuani]] - Yatiyawi
Jilata [[PERSON:Nicolás Quispe Laura]] (CI [[ID_NUMBER:6183420 LP]]): jach'a tantachäwix [[DATE_TIME:sábado 20 de julio, 10:00]] uruw luraraki. Jan purinkäta ukax multa. Cooperativa telefono: (2) 2813441.""",
    """Hi team, patient [[PERSON:Dorthy Krumholz]] ([[AGE:62]]) in room 14 wants her discharge letter emailed to [[EMAIL_ADDRESS:d.krumholz@aol.com]] and a paper copy mailed to [[ADDRESS:90 Lakeview Terrace, Apt. 3C]], [[LOCATION:Burlington]], [[LOCATION:VT]] [[ZIP_CODE:05401]].""",
    """{
  "application_id": "AGL-2024-00731",
  "borrower": {"name": "[[PERSON:Kofi Mensah-Bonsu]]", "ghana_card": "[[ID_NUMBER:GHA-718204539-6]]", "phone": "[[PHONE_NUMBER:+233 20 914 5531]]", "dob": "[[DATE_TIME:14/09/1976]]"},
  "farm": {"district": "[[LOCATION:Techiman]]", "crop": "maize", "acreage": 6},
  "loan": {"amount_ghs": 12000, "rate_pct": 24, "tenor_months": 9},
  "officer": "[[PERSON:Efua Darko]]"
}""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Mr. Amitabh Banerjee]]    MRN: [[ID_NUMBER:00781346]]    DOB: [[DATE_TIME:21 Jan 1949]]
Admitted: [[DATE_TIME:02/04/2024 22:17]]    Discharged: [[DATE_TIME:09/04/2024]]
Diagnosis: NSTEMI; PCI to LAD.
GP: [[PERSON:Dr. Helen Foster]], Ashgrove Surgery
Follow-up: cardiology clinic in 6 weeks.    NHS No.: [[ID_NUMBER:726 104 9387]]""",
    """<atencion fecha="[[DATE_TIME:2024-01-22]]" eess="00002817">
  <paciente>
    <dni>[[ID_NUMBER:48102736]]</dni>
    <nombres>[[PERSON:Maribel]]</nombres>
    <apellidos>[[PERSON:Huarcaya Llamoca]]</apellidos>
    <edad>[[AGE:31]]</edad>
    <centro_poblado>[[LOCATION:Ccochaccasa]]</centro_poblado>
  </paciente>
  <diagnostico cie10="O21.0"/>
  <responsable>[[TITLE:Obst.]] [[PERSON:Karina Paucar]]</responsable>
</atencion>""",
    """[[[DATE_TIME:2024-06-03 05:58:11]]] GATE-2 badge=[[ID_NUMBER:CMH-00412]] name="[[PERSON:Quispe Ch.]], [[PERSON:Edwin]]" dir=IN shift=A
[[[DATE_TIME:2024-06-03 06:02:47]]] GATE-2 badge=[[ID_NUMBER:CMH-00977]] name="[[PERSON:Mamani T.]], [[PERSON:Rosa]]" dir=IN shift=A
[2024-06-03 06:05:00] GATE-2 heartbeat ok
[[[DATE_TIME:2024-06-03 14:11:30]]] GATE-2 badge=[[ID_NUMBER:CMH-00412]] name="[[PERSON:Quispe Ch.]], [[PERSON:Edwin]]" dir=OUT""",
    """Vehicle registration [[ID_NUMBER:KDG 418T]] belongs to [[PERSON:Zawadi Mwakilema]], a Dynamic Branding Liaison based at [[ADDRESS:Plot 22, Ngong Road]], [[LOCATION:Nairobi]]. Her login from [[IP_ADDRESS:197.232.61.18]] with user agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) was flagged on [[DATE_TIME:3 April 2024]].""",
    """# .env.local  (do NOT commit)
ADMIN_NAME=[[PERSON:Luca Bianchi-Ferreira]]
ADMIN_EMAIL=[[EMAIL_ADDRESS:luca.bf@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+39 347 812 0955]]
STRIPE_TEST_CARD=[[CREDIT_CARD:4026991533208775]]
DB_PASSWORD=Ferr3ira!2024
LOG_LEVEL=debug""",
    """Ticket 30117 - Reclamo
Cliente: [[PERSON:Gladys Noemí Ferreira]]
C.I. N°: [[ID_NUMBER:4.721.938]]
Cel.: [[PHONE_NUMBER:(0981) 552-804]]
Domicilio: [[ADDRESS:Tte. Fariña 1247 c/ EE.UU.]], [[LOCATION:Asunción]]
Detalle: la cuota del crédito agrícola de su esposo, [[PERSON:Ramón Ortiz]] (C.I. [[ID_NUMBER:3.066.519]]), se debitó dos veces el [[DATE_TIME:05/03/2024]].""",
    """WORKERS' COMPENSATION - EMPLOYEE'S CLAIM
Claimant: [[PERSON:Daniel Ray Bowling]]    SSN: [[US_SSN:237-64-1058]]    DOB: [[DATE_TIME:05/19/1968]]
Address: [[ADDRESS:1184 Dry Fork Rd]], [[LOCATION:Gilbert]], [[LOCATION:WV]] [[ZIP_CODE:25621]]
Employer: Twin Branch Mining Cooperative
Date/time of injury: [[DATE_TIME:01/08/2024 02:30]] - roof fall, No. 3 section
Treating physician: [[PERSON:Dr. Anil Reddy]]""",
    """const mockPatient = {
  nhsNumber: "[[ID_NUMBER:612 093 8478]]",
  givenName: "[[PERSON:Blessing]]",
  familyName: "[[PERSON:Adeyemi-Cole]]",
  birthDate: "[[DATE_TIME:2001-11-30]]",
  postcode: "[[ZIP_CODE:SE15 4QN]]",
  consent: true,
};""",
    """Reminder: Senior Assurance Officer [[PERSON:Yuki Matsuda-Frost]] ([[EMAIL_ADDRESS:yuki.mf@protonmail.ch]]) must change her salary IBAN to [[IBAN_CODE:NL52ABNA0471863205]] before the payroll run; ship her monitor to [[ADDRESS:Kneuterdijk 41, 3e verdieping]], [[ZIP_CODE:2514 EN]] [[LOCATION:Den Haag]].""",
    """UNIFORM RESIDENTIAL LOAN APPLICATION - Section 1a
Borrower: [[PERSON:Marisol Arredondo-Pike]]    SSN: [[US_SSN:614-38-2290]]    DOB: [[DATE_TIME:12/07/1985]]
Current address: [[ADDRESS:3308 Alameda Ave, Unit B]], [[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93703]]    (4 yrs 2 mos)
Employer: Central Valley Ag Credit, loan officer since 2016
Co-borrower: [[PERSON:Trevor Pike]]    Phone: [[PHONE_NUMBER:(559) 241-8806]]    Email: [[EMAIL_ADDRESS:trevpike@gmail.com]]""",
    """NOTICE OF REFERRAL
From: [[LOCATION:Kimogoro]] Dispensary
To: County Referral Hospital, [[LOCATION:Kapsabet]]
Patient: [[PERSON:Jerotich Chepng'eno]], [[AGE:17]] years, IP No. [[ID_NUMBER:2024/0318]]
Referred on [[DATE_TIME:9 Feb 2024 at 1640h]] for obstructed labour.
Escort: [[PERSON:Kiplagat Rono]] (husband), [[PHONE_NUMBER:0729 615 044]]
Referring officer: [[PERSON:Nancy Jepchumba]], RCO""",
    """[[IP_ADDRESS:102.89.44.170]] - [[USERNAME:fola.adebayo]] [[[DATE_TIME:14/Mar/2024:09:12:44 +0100]]] "GET /account/statements?acct=[[ID_NUMBER:2047718391]]&fmt=pdf HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Mobile Safari/537.36\"""",
    """Please reimburse [[PERSON:Felipa Huanca]], Community Outreach Strategist, for the trip from [[LOCATION:Achacachi]] to [[LOCATION:La Paz]] on [[DATE_TIME:06/11/2023]]. Card used: [[CREDIT_CARD:5413 0277 6650 9189]] (exp 04/26, CVV 602).""",
    """CONTRATO DE ARRIENDO DE PARAJE
En la ciudad de [[LOCATION:Potosí]], a los [[DATE_TIME:15 días del mes de enero de 2024]], comparecen el [[TITLE:Sr.]] [[PERSON:Faustino Colque Mamani]], con C.I. [[ID_NUMBER:3829104 PT]], socio de la Cooperativa Minera Rosario Ltda., y el [[TITLE:Sr.]] [[PERSON:Elmer Jancko Choque]], con C.I. [[ID_NUMBER:9017362 PT]], domiciliado en [[ADDRESS:calle Bustillos N° 512]], quienes acuerdan el arriendo del paraje Veta Candelaria por dos años calendario.""",
    """Patient Intake - Telehealth
First name: [[PERSON:Matthias]]
Last name: [[PERSON:Oberholzer]]
Date of birth: [[DATE_TIME:03.11.1972]]
AHV no.: [[ID_NUMBER:756.4821.9930.17]]
Phone: [[PHONE_NUMBER:+41 79 482 11 07]]
Preferred pharmacy: Apotheke am Bahnhof, [[LOCATION:Winterthur]]
Reason for visit: persistent cough since returning from [[LOCATION:Lima]]""",
    """The MAC address 00:1A:2B:9C:44:E1 and IP [[IP_ADDRESS:192.168.88.14]] were registered to [[PERSON:Thuy Duong Pham]] (username [[USERNAME:tdpham_91]]) at [[ADDRESS:6621 Bellaire Blvd, Ste 118]], [[LOCATION:Houston]] [[ZIP_CODE:77074]].""",
    """NOTICE TO TERMINATE TENANCY
To: [[PERSON:Tevita Fifita]] and all occupants
Premises: [[ADDRESS:14 Mahia Road]], [[LOCATION:Manurewa]], [[LOCATION:Auckland]] [[ZIP_CODE:2102]]
You are required to vacate the premises by [[DATE_TIME:5 August 2024]] (90 days' notice under s 51 of the Residential Tenancies Act 1986).
Landlord: [[PERSON:Ravinder Gill]], [[PHONE_NUMBER:027 351 8840]]
Dated [[DATE_TIME:7 May 2024]]""",
    """mysql> SELECT id, nombre, ci, telefono, monto_bs, fecha_desembolso FROM creditos WHERE agencia = 'Achacachi' LIMIT 2;
+-----+--------------------------+-------------+----------+----------+------------------+
| id  | nombre                   | ci          | telefono | monto_bs | fecha_desembolso |
+-----+--------------------------+-------------+----------+----------+------------------+
| 881 | [[PERSON:Severo Limachi Quispe]]    | [[ID_NUMBER:4386120 LP]]  | [[PHONE_NUMBER:72019583]] |    15000 | [[DATE_TIME:2024-04-02]]       |
| 882 | [[PERSON:Adela Poma de Huanca]]     | [[ID_NUMBER:5019847 LP]]  | [[PHONE_NUMBER:67204418]] |     8000 | [[DATE_TIME:2024-04-02]]       |
+-----+--------------------------+-------------+----------+----------+------------------+
2 rows in set (0.01 sec)""",
    """In the mediation scheduled for [[DATE_TIME:2024-09-12T14:00]], [[PERSON:Mx. Rowan Adebisi-Hart]] (they/them) will present statements for account [[ID_NUMBER:00481937]] (sort code 20-45-77) and for the joint IBAN [[IBAN_CODE:GB93MIDL40051829467732]] held with [[PERSON:Corin Hart]].""",
    """MEMORANDUM OF POSTING
Health & Wellness Centre, Sub-Centre [[LOCATION:Kothapalli]], PHC [[LOCATION:Narsampet]]
[[TITLE:Smt.]] [[PERSON:Lavanya Goud]] (CHO), Employee Code [[ID_NUMBER:TSNHM-CHO-2291]], is posted w.e.f. [[DATE_TIME:01-10-2023]].
Residence: [[ADDRESS:H.No. 3-88, Ambedkar Colony]], [[LOCATION:Narsampet]], [[LOCATION:Warangal]] - [[ZIP_CODE:506132]]
Mobile: [[PHONE_NUMBER:94417 28360]]""",
    """[[DATE_TIME:2024-05-11T10:22:03+03:00]] txn=DISB-771204 type=B2C msisdn=[[PHONE_NUMBER:254710448219]] amount=25000 ref="Input loan - [[PERSON:Kiprop Joel]]" status=Completed
2024-05-11T10:22:04+03:00 txn=DISB-771204 callback=200 latency_ms=812""",
    """PAGARÉ A LA ORDEN
Vence el [[DATE_TIME:15 de diciembre de 2024]]. Por este pagaré, yo, [[PERSON:Arsenio Giménez Ayala]], con C.I. N° [[ID_NUMBER:2.594.107]], domiciliado en la compañía [[LOCATION:Potrerito]], distrito de [[LOCATION:Caazapá]], pagaré a la orden de la Cooperativa Multiactiva San Roque Ltda. la suma de Gs. 7.500.000 por el crédito de habilitación de la zafra de sésamo. Firmado en [[LOCATION:Caazapá]] el [[DATE_TIME:15 de marzo de 2024]].""",
    """QILLQA - Qullqi manukuy
Sutiyki: [[PERSON:Alejandrina Sullca Pari]]
DNI: [[ID_NUMBER:41839275]]
Ayllu: [[LOCATION:Patabamba]], [[LOCATION:Coya]] distrito
Celular yupay: [[PHONE_NUMBER:958 304 716]]
Ima p'unchawpi paqarirqanki: [[DATE_TIME:09/07/1988]]
Imapaq: uwiha rantinapaq, S/ 3 000""",
]
BENCH += [
    """Attention [[PERSON:Leontyne Marchetti-Obi]]: your Chief Quality Orchestrator access badge is being reissued. Please update your direct-deposit IBAN ([[IBAN_CODE:FR76 3000 2005 5000 0001 5784 164]]) and home address ([[ADDRESS:17 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]]) in the portal before Friday.""",
    """Hey [[USERNAME:quillaq_nina]], the ticket for [[PERSON:Nina Quillaq Roque]] ([[AGE:26]]) is confirmed: seat 14B, bus [[LOCATION:Cusco]]-[[LOCATION:Puno]], departing [[DATE_TIME:24/06 at 21:30]]. Paid with [[CREDIT_CARD:4556 6721 0983 3448]].""",
    """HTTP/1.1 200 OK
Content-Type: application/json

{"data":{"member":{"memberNo":"[[ID_NUMBER:CMU-2231]]","name":"[[PERSON:Paulino Huarachi]]","ci":"[[ID_NUMBER:3918274 OR]]","birthDate":"[[DATE_TIME:1969-04-18]]","mobile":"[[PHONE_NUMBER:+59172814036]]","section":"Nivel 4 - Veta San José","shares":12}}}""",
    """REFERRAL FORM - Community Health Post [[LOCATION:Titicachi]] to the hospital in [[LOCATION:Sorata]]
Name: [[PERSON:Celestina Mamani Huanca]]    Age: [[AGE:38]]    CI: [[ID_NUMBER:4927316 LP]]
Date and time of referral: [[DATE_TIME:27/07/2024, 15:40]]
Reason: postpartum haemorrhage, second day after a home birth
Accompanied by: [[PERSON:Mario Quispe]] (husband), cel. [[PHONE_NUMBER:73019482]]
Referring staff: [[TITLE:Lic.]] [[PERSON:Teresa Arancibia]], auxiliary nurse""",
    """[[PERSON:Akosua Boateng]], a cocoa farmer in [[LOCATION:Sefwi Wiawso]], received a GH₵ 4,500 input credit on [[DATE_TIME:10/01/2024]]. Repayment falls due after the main crop; mobile money wallet [[PHONE_NUMBER:0244 871 305]], Ghana Card [[ID_NUMBER:GHA-002918374-1]].""",
    """<payroll period="2024-05-B" coop="SSMC-07">
  <member no="[[ID_NUMBER:PRC-0318]]" name="[[PERSON:Arnel B. Ocampo]]" tin="[[ID_NUMBER:412-093-887-000]]" gross="8450.00"/>
  <member no="[[ID_NUMBER:PRC-0322]]" name="[[PERSON:Jovelyn Sarmiento]]" tin="[[ID_NUMBER:387-210-554-000]]" gross="7920.50"/>
</payroll>""",
    """USDA Farm Service Agency
[[DATE_TIME:March 4, 2024]]

[[PERSON:Mr. Tou Vang]]
[[ADDRESS:28190 County Road 4]]
[[LOCATION:Zimmerman]], [[LOCATION:MN]] [[ZIP_CODE:55398]]

Dear [[PERSON:Mr. Vang]]:
Your application for a $35,000 Microloan, received on [[DATE_TIME:February 12, 2024]], has been approved. Please call the county office to schedule your loan closing.

Sincerely,
[[PERSON:Karen Lindqvist]], Farm Loan Officer""",
    """2024-08-02 07:00:01 sms-gw queue=immunization to=[[PHONE_NUMBER:+595985330172]] tpl=REMINDER_V2 vars={child:"[[PERSON:Fabrizio]]", date:"[[DATE_TIME:05/08]]", usf:"[[LOCATION:Itá]]"} status=SENT
2024-08-02 07:00:02 sms-gw queue=immunization to=[[PHONE_NUMBER:+595971442806]] tpl=REMINDER_V2 vars={child:"[[PERSON:Aylén]]", date:"[[DATE_TIME:05/08]]", usf:"[[LOCATION:Itá]]"} status=FAILED err=ABSENT_SUBSCRIBER""",
    """Subject: Safety induction - [[PERSON:Gaspar Llanque]]
Our Underground Haulage Specialist [[PERSON:Gaspar Llanque]] (CI [[ID_NUMBER:5730218 OR]], [[AGE:29]]) completes his induction at the [[LOCATION:Huanuni]] portal on [[DATE_TIME:Wednesday 14 August, 06:00]]. Cap lamp serial HL-88421 assigned; emergency contact [[PHONE_NUMBER:+591 71293840]].""",
    """FORMULARIO 053 - REFERENCIA
Unidad: Puesto de Salud [[LOCATION:Guamote]]
Paciente: [[PERSON:María Tránsito Guamán Yupa]]    C.C.: [[ID_NUMBER:0603184573]]
Fecha de nacimiento: [[DATE_TIME:03/12/1994]]    Edad: [[AGE:29]]
Dirección: comunidad [[LOCATION:Pull Chico]], parroquia [[LOCATION:Palmira]]
Teléfono: [[PHONE_NUMBER:099 418 2730]]
Motivo: embarazo de 34 semanas con presión alta""",
    """Dear [[PERSON:Lakshmi Narasimhan]], your crop loan of Rs 2,40,000 under KCC a/c [[ID_NUMBER:30219844017]] will be auto-renewed on [[DATE_TIME:31-03-2025]]. Never share your OTP or UPI PIN. Registered mobile: [[PHONE_NUMBER:+91 94430 17285]].""",
    """def seed_members(db):
    db.add(Member(ci="[[ID_NUMBER:6620184 PT]]", nombre="[[PERSON:Juvenal Copa]]", celular="[[PHONE_NUMBER:68429107]]", ingreso="[[DATE_TIME:2019-03-04]]", seccion="Candelaria"))
    db.add(Member(ci="[[ID_NUMBER:5118732 PT]]", nombre="[[PERSON:Edith Choque]]", celular="[[PHONE_NUMBER:72904813]]", ingreso="[[DATE_TIME:2021-11-22]]", seccion="Pailaviri"))
    db.commit()""",
    """GROUP LOAN DISBURSEMENT SHEET - Branch: [[LOCATION:Gaibandha]]
Centre 17, Group 3, disbursed [[DATE_TIME:14 Jan 2024]]
1. [[PERSON:Rahima Khatun]], NID [[ID_NUMBER:7813408924]], Tk 30,000 (cow rearing)
2. [[PERSON:Shefali Begum]], NID [[ID_NUMBER:1902736458]], Tk 25,000 (vegetable seed)
3. [[PERSON:Morjina Akter]], NID [[ID_NUMBER:4628195037]], Tk 30,000 (paddy)
Field officer: [[PERSON:Md. Habibur Rahman]], [[PHONE_NUMBER:01712-408356]]""",
    """INCIDENT REPORT No. 2024-017 (Cooperativa Minera Porco)
Date/time: [[DATE_TIME:11 May 2024, 13:20]]
Injured: [[PERSON:Germán Mamani Flores]], [[AGE:41]], CI [[ID_NUMBER:4471906 PT]]
Witnesses: [[PERSON:Simón Choque]], [[PERSON:Reynaldo Huanca]]
Description: rockfall at the Rosario adit, fracture of the left leg. Taken to [[LOCATION:Potosí]] in the cooperative's pickup.
Reported by: [[TITLE:Ing.]] [[PERSON:Rolando Vásquez]]""",
    """[[PERSON:Nurse Celia Aquino]] from the USF in [[LOCATION:Tobatí]] asks that [[PERSON:Osvaldo Maidana]] ([[AGE:71]], cédula [[ID_NUMBER:1.284.503]]) bring his glucose log on [[DATE_TIME:Wednesday 3 July]]; his daughter's number is [[PHONE_NUMBER:0984 713 260]].""",
    """Hi [[PERSON:Percival]], the [[AGE:33]] year old Forward Markets Planner from [[LOCATION:Gqeberha]] has been issued replacement card [[CREDIT_CARD:5355 2209 8817 4466]] for cheque account [[ID_NUMBER:1048273916]]; courier to [[ADDRESS:9 Target Kloof Road]], [[LOCATION:Lorraine]], [[ZIP_CODE:6070]].""",
    """[
  {"id": 101, "username": "[[USERNAME:kaveh.r]]", "email": "[[EMAIL_ADDRESS:kaveh.rostami@gmail.com]]", "signup_ip": "[[IP_ADDRESS:5.119.204.37]]", "created": "[[DATE_TIME:2023-12-01T10:02:11Z]]"},
  {"id": 102, "username": "[[USERNAME:ines_m]]", "email": "[[EMAIL_ADDRESS:ines.moreau@laposte.net]]", "signup_ip": "[[IP_ADDRESS:90.63.211.8]]", "created": "[[DATE_TIME:2023-12-01T10:05:49Z]]"}
]""",
    """AUTO CLAIM - FIRST NOTICE OF LOSS
Insured: [[PERSON:Brandon Keoni Kahale]]    DL: [[US_DRIVER_LICENSE:H04918273]] ([[LOCATION:HI]])
Vehicle: 2019 Toyota Tacoma, plate [[ID_NUMBER:PXR 418]]
Loss date/time: [[DATE_TIME:07/22/2024 17:45]]
Location: Kamehameha Hwy near mile marker 9, [[LOCATION:Haleiwa]]
Other party: [[PERSON:Gloria Ventura]], [[PHONE_NUMBER:(808) 383-6604]], insured with another carrier""",
    """The quarterly bonus for [[PERSON:Ottoline Nakamura-Singh]] (Dynamic Identity Developer, employee no. [[ID_NUMBER:E-448172]]) goes to [[IBAN_CODE:IE07 BOFI 9000 1738 2940 21]]. The change was requested from [[IP_ADDRESS:2a01:4b00:8e3f:1200:6d1c:2b9a:44f0:17c3]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Safari/605.1.15.""",
    """INSERT INTO staff (nric, name, dob, mobile, email, addr) VALUES ('[[ID_NUMBER:T0218465B]]', '[[PERSON:Muhammad Faizal bin Rahmat]]', '[[DATE_TIME:2002-03-15]]', '[[PHONE_NUMBER:8822 4190]]', '[[EMAIL_ADDRESS:faizal.rahmat02@gmail.com]]', '[[ADDRESS:Blk 412 Bedok North Ave 2, #08-117]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]]');""",
    """EMPLOYMENT CONTRACT - CASUAL
Employee: [[PERSON:Mai Linh Vo]]    DOB: [[DATE_TIME:22/10/1999]]
Address: [[ADDRESS:Unit 5, 31 Station Street]], [[LOCATION:Cabramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2166]]
TFN: [[ID_NUMBER:320 984 176]]    Super member no.: [[ID_NUMBER:20917734]]
Commencement: [[DATE_TIME:Monday, 3 June 2024]]
Bank: BSB 062-118, account [[ID_NUMBER:10482937]]""",
    """Could [[PERSON:Eleftheria]] confirm the zip code [[ZIP_CODE:11238]] and street [[ADDRESS:482 Washington Ave]] for the Principal Usability Consultant onboarding kit? Her phone [[PHONE_NUMBER:+1 347 609 2281]] and SSN [[US_SSN:127-48-5531]] are already in Workday.""",
    """<Transfer>
  <Debtor><Nm>[[PERSON:Sven Åkesson]]</Nm><IBAN>[[IBAN_CODE:SE4550000000058398257466]]</IBAN></Debtor>
  <Creditor><Nm>[[PERSON:Ingrid Halvorsen]]</Nm><IBAN>[[IBAN_CODE:NO9386011117947]]</IBAN><BIC>DNBANOKKXXX</BIC></Creditor>
  <Amount Ccy="SEK">12500.00</Amount>
  <ReqdExctnDt>2024-06-28</ReqdExctnDt>
</Transfer>""",
    """Dear [[PERSON:Dr. Okonkwo]],
Re: [[PERSON:Mrs. Bridget Kavanagh]], DOB [[DATE_TIME:30.04.1951]], NHS [[ID_NUMBER:450 918 2732]]
[[ADDRESS:22 Orchard Way]], [[LOCATION:Thame]], [[ZIP_CODE:OX9 3BD]]
I saw this [[AGE:73]]-year-old lady in the falls clinic on [[DATE_TIME:18 June 2024]]. She lives alone; her son [[PERSON:Michael]] ([[PHONE_NUMBER:07831 226 409]]) visits daily.""",
    """Urgent: [[PERSON:Hamid Karimi]], [[PERSON:Noor Karimi]] and [[PERSON:Yasmin Karimi]] are travelling on [[NRP:Afghan]] passports [[ID_NUMBER:P03817246]], [[ID_NUMBER:P03817247]] and [[ID_NUMBER:P04192588]]; their sponsor in [[LOCATION:Sacramento]] is [[PERSON:Farid Popal]], [[PHONE_NUMBER:916-772-0384]].""",
    """Jun 14 02:11:09 bastion sshd[20817]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.47]] port 51234 ssh2
[[DATE_TIME:Jun 14 07:58:40]] bastion sshd[20904]: Accepted password for [[USERNAME:dmitri.v]] from [[IP_ADDRESS:91.203.144.18]] port 60218 ssh2
Jun 14 07:58:40 bastion systemd-logind[611]: New session 4412 of user dmitri.v.""",
    """NOTICE OF ACCOUNT CLOSURE
[[DATE_TIME:12 August 2024]]

[[PERSON:Ms. Adwoa Sarpong-Lamptey]]
[[ADDRESS:Flat 9, Denmark Hill Court, 120 Denmark Hill]]
[[LOCATION:London]] [[ZIP_CODE:SE5 8RS]]

Account: [[ID_NUMBER:71829304]]    Sort code: 40-11-62
We will close this account 60 days after the date of this letter unless you contact us.""",
    """Record update: [[PERSON:Tadeusz Wróblewski]] was born on the [[DATE_TIME:4th day of February, 1963]], which makes him [[AGE:61]]; he is [[NRP:Polish]] (PESEL [[ID_NUMBER:63020418372]]) and the Senior Tactics Manager for the [[LOCATION:Gdańsk]] branch.""",
    """Application ID: JA-88120
Full name: [[PERSON:Oluwakemi Bankole]]
Email: [[EMAIL_ADDRESS:kemi.bankole@yahoo.co.uk]]
Phone: [[PHONE_NUMBER:+44 7912 305 844]]
LinkedIn: [[URL:https://www.linkedin.com/in/kemibankole]]
Right to work: Yes (BRP no. [[ID_NUMBER:ZU9183402]])
Available from: [[DATE_TIME:2 September 2024]]
Salary expectation: £42,000""",
    """LIFE INSURANCE BENEFICIARY DESIGNATION
Insured: [[PERSON:Rolando Espiritu Macaraeg]], born [[DATE_TIME:June 9, 1970]], SSS No. [[ID_NUMBER:33-4819207-5]]
Primary beneficiary: [[PERSON:Erlinda Macaraeg]] (spouse), 100%
Contingent: [[PERSON:Kristine Joy Macaraeg]] (daughter, [[AGE:19]])
Address: [[ADDRESS:Blk 7 Lot 22, Mabini St.]], [[LOCATION:Brgy. Malanday]], [[LOCATION:Marikina City]]
Signed [[DATE_TIME:04/15/2024]]""",
    """please wire the deposit to [[PERSON:jonas ebbesen]], iban [[IBAN_CODE:de40 4306 0967 1184 0273 00]], reference 'summerhouse'. he'll be at [[ADDRESS:strandvejen 118]], [[ZIP_CODE:2900]] [[LOCATION:hellerup]] from [[DATE_TIME:july 6]].""",
    """{"ticket": {"id": 99123, "subject": "Refund not received", "requester": {"name": "[[PERSON:Chukwuemeka Obi]]", "email": "[[EMAIL_ADDRESS:emeka.obi@outlook.com]]"}, "description": "I returned the blender on [[DATE_TIME:May 2]] but the refund to my card [[CREDIT_CARD:4761 7390 0012 5454]] never came. My number is [[PHONE_NUMBER:+234 809 334 1172]].", "tags": ["refund", "priority"]}}""",
    """SUMMONS - CIVIL
To: [[PERSON:Jamal Terrell Whitaker]], [[ADDRESS:5419 N. 38th Street]], [[LOCATION:Milwaukee]], [[LOCATION:WI]] [[ZIP_CODE:53209]]
You are being sued by Midwest Auto Finance LLC. Within 20 days of receiving this summons you must respond in writing.
Hearing: [[DATE_TIME:October 15, 2024, 9:00 a.m.]], Room 401""",
    """SELECT * FROM loyalty_members WHERE email = '[[EMAIL_ADDRESS:r.okonjo@gmail.com]]' OR phone = '[[PHONE_NUMBER:0802 775 1930]]' OR member_no = '[[ID_NUMBER:LM-7721094]]';""",
    """LABORATORY REPORT
Patient: [[PERSON:Gwendolyn Mae Sweeney]]    Sex: F    Age: [[AGE:54]]
Patient ID: [[ID_NUMBER:PT-2209471]]    Collected: [[DATE_TIME:08/14/2024 07:52]]
Ordering provider: [[PERSON:Dr. Vikram Rao]]
HbA1c 8.2 % (H); LDL 141 mg/dL (H); eGFR 78""",
    """Human Intranet Executive [[PERSON:Caoimhe Delaney]] asked for her P60 to go to [[ADDRESS:Apt 14, The Maltings, Bray Road]], [[LOCATION:Cabinteely]], [[LOCATION:Co. Dublin]]; PPSN [[ID_NUMBER:4718235P]], born [[DATE_TIME:12/05/1994]].""",
    """level=info ts=2024-07-30T18:42:10Z msg="order placed" order=ORD-5512093 customer=[[ID_NUMBER:C-118204]] email=[[EMAIL_ADDRESS:svetlana.ivanova@mail.ru]] ship_to="[[ADDRESS:77 Ocean Pkwy Apt 6F]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11218]]" ip=[[IP_ADDRESS:74.101.18.226]]""",
    """PRIVATE & CONFIDENTIAL
[[PERSON:Mr Darren Pollock]]
Staff no. [[ID_NUMBER:004821]]

Invitation to disciplinary hearing

Dear [[PERSON:Darren]],
You are required to attend a hearing on [[DATE_TIME:Thursday 25 July 2024 at 2pm]] in Meeting Room 3 about your absence on [[DATE_TIME:8 July]] and [[DATE_TIME:9 July]]. You may bring a colleague or a trade union representative.
[[PERSON:Sandra Kerr]], HR Business Partner""",
    """Notification for [[USERNAME:bongani_dlamini7]]: the password for the account linked to [[EMAIL_ADDRESS:bongani.d@webmail.co.za]] was changed from IP [[IP_ADDRESS:196.21.45.130]]. The account holder, [[PERSON:Bongani Dlamini]] ([[AGE:27]]), lists [[ADDRESS:16 Church Street]], [[LOCATION:Pietermaritzburg]], [[ZIP_CODE:3201]].""",
    """services:
  app:
    environment:
      - SUPPORT_CONTACT_NAME=[[PERSON:Ravi Shankar Pillai]]
      - SUPPORT_CONTACT_PHONE=[[PHONE_NUMBER:+91-80-4718-2230]]
      - SUPPORT_EMAIL=helpdesk@vayu-logistics.in
      - SEED_ADMIN_EMAIL=[[EMAIL_ADDRESS:ravi.pillai@vayu-logistics.in]]
      - TZ=Asia/Kolkata""",
    """DEFERMENT REQUEST - Graduate Fellowship
Borrower: [[PERSON:Xiomara Beltrán]]    SSN (last 4): 5521
Date of birth: [[DATE_TIME:02/28/1996]]
Address: [[ADDRESS:1607 W. Cermak Rd, Apt 2R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60608]]
Email: [[EMAIL_ADDRESS:xiomara.beltran@uic.edu]]
Fellowship start: [[DATE_TIME:08/26/2024]]""",
    """[[PERSON:Ifeoma]], [[AGE:31]], female, Legacy Response Officer, earns about $84k. Her mother's maiden name is [[PERSON:Nwachukwu]] and her card [[CREDIT_CARD:2223 0047 1829 5164]] expires 02/28; she logs in as [[USERNAME:ifeoma.ok]] from [[IP_ADDRESS:105.112.24.9]].""",
    """### Bug: address autocomplete drops unit numbers
**Reporter:** [[PERSON:Hana Kobayashi]] ([[EMAIL_ADDRESS:hana.k@fastmail.jp]])
**Steps:** type `[[ADDRESS:Rua Augusta 12, 4.º Esq.]]`, pick [[LOCATION:Lisboa]], postcode `[[ZIP_CODE:1100-053]]`
**Expected:** the floor is kept
**Actual:** floor dropped, and the parcel went to the ground-floor neighbour ([[TITLE:Sr.]] [[PERSON:Joaquim Pereira]])""",
    """NOTICE OF SUSPENSION
Student: [[PERSON:Tyler Bearchild]]    Student no.: [[ID_NUMBER:3301948]]    Grade 10
Parent/Guardian: [[PERSON:Renée Bearchild]]
Dates: [[DATE_TIME:Nov 12]] to [[DATE_TIME:Nov 14, 2024]]
Re-entry meeting: [[DATE_TIME:Friday Nov 15, 8:15 a.m.]] with [[PERSON:Mr. Kowalczyk]], Vice-Principal""",
    """Please send the new SIM to [[PERSON:Anh Thư Lê]] at [[ADDRESS:23/4 Flemington Road]], [[LOCATION:North Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3051]]; porting number [[PHONE_NUMBER:0434 712 908]], Medicare [[ID_NUMBER:4230 77188 2]] used as ID.""",
    """{"resourceType": "Patient", "identifier": [{"system": "https://standards.digital.health.nz/ns/nhi-id", "value": "[[ID_NUMBER:PRT7317]]"}], "name": [{"family": "[[PERSON:Tapsell]]", "given": ["[[PERSON:Mereana]]"]}], "gender": "female", "birthDate": "[[DATE_TIME:1984-07-03]]", "address": [{"line": ["[[ADDRESS:41 Tarawera Road]]"], "city": "[[LOCATION:Rotorua]]", "postalCode": "[[ZIP_CODE:3010]]"}], "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:027 604 1183]]"}]}""",
    """PRIOR AUTHORIZATION REQUEST
Member: [[PERSON:Esperanza Villarreal]]    Member ID: [[ID_NUMBER:WGN417730892]]    DOB: [[DATE_TIME:1/30/1958]]
Prescriber: [[PERSON:Dr. Samuel Adjei]]
Drug: adalimumab 40 mg/0.4 mL every 14 days
Diagnosis: rheumatoid arthritis (M06.9)""",
    """Amendment: [[PERSON:Mohan Lal Verma]]'s car [[ID_NUMBER:MH 12 KT 4471]] was sold to [[PERSON:Sneha Kulkarni]] on [[DATE_TIME:05/06/2024]]; the transfer fee was paid with card [[CREDIT_CARD:4532 0771 9930 4483]].""",
    """[[DATE_TIME:2024-04-09T22:03:17+02:00]] vpn-gw01 user="[[USERNAME:a.delgado]]" real_ip=[[IP_ADDRESS:81.44.206.139]] assigned_ip=[[IP_ADDRESS:10.8.0.27]] event=connect
[[DATE_TIME:2024-04-09T23:47:02+02:00]] vpn-gw01 user="[[USERNAME:a.delgado]]" event=disconnect bytes_in=48211934""",
    """T4 SLIP EXTRACT
Employee: [[PERSON:Amandeep Grewal]]    SIN: [[ID_NUMBER:712 048 578]]
Address: [[ADDRESS:6012 148 Street]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3S 3C5]]
Box 14 Employment income: 58,230.11
Box 16 CPP contributions: 3,342.40""",
    """Congrats to [[PERSON:Thandeka]] on the new role! She starts on [[DATE_TIME:1 Sept]]; send the badge photo to [[EMAIL_ADDRESS:thandeka.khumalo@gmail.com]]. HR has her DOB as [[DATE_TIME:27/07/1993]] and ID [[ID_NUMBER:9307270851082]].""",
    """From: [[PERSON:Beatriz Nóbrega]] <[[EMAIL_ADDRESS:bia.nobrega@gmail.com]]>
To: rentals@harbourlets.ie
Date: [[DATE_TIME:Tue, 14 May 2024 09:31:07 +0100]]
Subject: Viewing for [[ADDRESS:3 Ardee Row]]

Hi, I'd like to view the apartment. I can do [[DATE_TIME:Thursday 16 May at 5.30pm]]. My mobile is [[PHONE_NUMBER:+353 83 402 7715]] and I currently live at [[ADDRESS:Apt 2, 19 Clanbrassil Street Upper]], [[LOCATION:Dublin 8]].""",
]

TABLE = [
    """child_name,dob,sex,mother,community,next_dose,mother_phone
[[PERSON:Thiago Ccahuana]],[[DATE_TIME:2023-11-04]],M,[[PERSON:Roxana Ccahuana Quispe]],[[LOCATION:Ancahuasi]],[[DATE_TIME:2024-05-04]],[[PHONE_NUMBER:984102337]]
[[PERSON:Luz Adriana Mayta]],[[DATE_TIME:2023-09-18]],F,[[PERSON:Gloria Mayta Huamán]],[[LOCATION:Zurite]],[[DATE_TIME:2024-03-18]],[[PHONE_NUMBER:951448207]]
[[PERSON:Jhonatan Quispe]],[[DATE_TIME:2024-01-02]],M,[[PERSON:Nilda Quispe Sallo]],[[LOCATION:Ancahuasi]],[[DATE_TIME:2024-03-02]],""",
    """emp_no\tname\tni_number\tdept\tstart_date\tannual_salary
[[ID_NUMBER:10442]]\t[[PERSON:Gemma Roughley]]\t[[ID_NUMBER:JT 62 88 41 B]]\tFinance\t[[DATE_TIME:2019-04-01]]\t38500
[[ID_NUMBER:10458]]\t[[PERSON:Kwabena Osei-Tutu]]\t[[ID_NUMBER:PA 40 19 73 D]]\tWarehouse\t[[DATE_TIME:2021-09-13]]\t27400
[[ID_NUMBER:10471]]\t[[PERSON:Zofia Lewandowska]]\t[[ID_NUMBER:SK 77 02 56 A]]\tHR\t[[DATE_TIME:2023-01-09]]\t33100""",
    """| Patient | DOB | Appt | Provider | Ins. member # | Copay |
|---|---|---|---|---|---|
| [[PERSON:Marcus Delgado]] | [[DATE_TIME:04/11/1977]] | [[DATE_TIME:Tue 6/18 9:40a]] | [[PERSON:Dr. Patel]] | [[ID_NUMBER:90418273]] | $25 |
| [[PERSON:Shanice Freeman]] | [[DATE_TIME:12/30/2001]] | [[DATE_TIME:Tue 6/18 10:00a]] | [[PERSON:Dr. Patel]] | [[ID_NUMBER:W200418862]] | $40 |
| [[PERSON:Hyun-woo Cho]] | [[DATE_TIME:07/07/1964]] | [[DATE_TIME:Tue 6/18 10:20a]] | NP [[PERSON:Ramirez]] | [[ID_NUMBER:1EG4TE5MK72]] | $0 |""",
    """ACCOUNT NO   NAME              IFSC         MOBILE        BRANCH
[[ID_NUMBER:30418827761]]  [[PERSON:Sarita Kumari]]     SBIN0003120  [[PHONE_NUMBER:98350 41276]]   [[LOCATION:Hajipur]]
[[ID_NUMBER:30418902215]]  [[PERSON:Md Arif Ansari]]    PUNB0412700  [[PHONE_NUMBER:70049 18823]]   [[LOCATION:Muzaffarpur]]
[[ID_NUMBER:20771348809]]  [[PERSON:Anjali Sinha]]      BKID0004510  [[PHONE_NUMBER:91028 66140]]   [[LOCATION:Darbhanga]]""",
    """{"ts": "[[DATE_TIME:2024-06-01T08:12:44Z]]", "user": "[[USERNAME:mariposa_azul]]", "email": "[[EMAIL_ADDRESS:lucia.fdz@gmail.com]]", "ip": "[[IP_ADDRESS:189.203.44.17]]", "country": "[[LOCATION:Mexico]]", "plan": "free"}
{"ts": "[[DATE_TIME:2024-06-01T08:13:02Z]]", "user": "[[USERNAME:dk_rasmussen]]", "email": "[[EMAIL_ADDRESS:dkr1988@gmail.com]]", "ip": "[[IP_ADDRESS:87.61.103.220]]", "country": "[[LOCATION:Denmark]]", "plan": "pro"}
{"ts": "[[DATE_TIME:2024-06-01T08:15:37Z]]", "user": "[[USERNAME:adaeze.codes]]", "email": "[[EMAIL_ADDRESS:adaeze.n@proton.me]]", "ip": "[[IP_ADDRESS:102.88.34.151]]", "country": "[[LOCATION:Nigeria]]", "plan": "free"}""",
    """field_team:
  - name: [[PERSON:Rubén Condori Apaza]]
    role: shift foreman
    ci: "[[ID_NUMBER:4539120 OR]]"
    mobile: "[[PHONE_NUMBER:+591 71820936]]"
    blood_type: O+
  - name: [[PERSON:Marleny Choque]]
    role: first aider
    ci: "[[ID_NUMBER:7034418 OR]]"
    mobile: "[[PHONE_NUMBER:+591 69503127]]"
    blood_type: O+
  - name: [[PERSON:Vidal Quispe Mendoza]]
    role: winch operator
    ci: "[[ID_NUMBER:3310874 PT]]"
    mobile: null
    blood_type: A+""",
    """Name: [[PERSON:Olumide Adeyinka]]
Member No: [[ID_NUMBER:GYM-22871]]
Plan: Off-peak
Joined: [[DATE_TIME:14 Feb 2023]]
Phone: [[PHONE_NUMBER:07466 210 983]]

Name: [[PERSON:Charlotte Nguyen-Baxter]]
Member No: [[ID_NUMBER:GYM-22904]]
Plan: Anytime
Joined: [[DATE_TIME:2 Mar 2023]]
Phone: [[PHONE_NUMBER:07831 552 016]]

Name: [[PERSON:Fergus Lamont]]
Member No: [[ID_NUMBER:GYM-23117]]
Plan: Student
Joined: [[DATE_TIME:19 Sep 2023]]
Phone: [[PHONE_NUMBER:07700 318 442]]""",
    """member_no,full_name,id_no,mpesa_no,loan_product,balance_kes,status
[[ID_NUMBER:KTD-0912]],[[PERSON:Mary Wambui Njoroge]],[[ID_NUMBER:22918473]],[[PHONE_NUMBER:0712 448 903]],Tea inputs,18400,current
[[ID_NUMBER:KTD-0915]],[[PERSON:Samuel Kiprotich]],[[ID_NUMBER:31047729]],[[PHONE_NUMBER:0723 906 114]],School fees,52000,arrears
[[ID_NUMBER:KTD-1003]],[[PERSON:Grace Achieng Otieno]],[[ID_NUMBER:28831406]],[[PHONE_NUMBER:0798 330 251]],Dairy cow,61500,current""",
    """| Socio | Cédula | Compañía | Celular | Monto (Gs.) | Vencimiento |
|---|---|---|---|---|---|
| [[PERSON:Teófilo Amarilla]] | [[ID_NUMBER:2.915.384]] | [[LOCATION:Tacuaty]] | [[PHONE_NUMBER:0975 218 440]] | 5.000.000 | [[DATE_TIME:30/11/2024]] |
| [[TITLE:Ña]] [[PERSON:Basilisa Rolón]] | [[ID_NUMBER:1.703.268]] | [[LOCATION:Santa Librada]] | [[PHONE_NUMBER:0986 417 302]] | 3.500.000 | [[DATE_TIME:30/11/2024]] |
| [[PERSON:Nelson Ramón Fleitas]] | [[ID_NUMBER:4.082.917]] | [[LOCATION:Tacuaty]] | [[PHONE_NUMBER:0994 603 778]] | 8.000.000 | [[DATE_TIME:15/01/2025]] |""",
    """Suti\tCI\tMarka\tCelular\tSección
[[PERSON:Feliciano Apaza Mamani]]\t[[ID_NUMBER:4621903 LP]]\t[[LOCATION:Caranavi]]\t[[PHONE_NUMBER:71560382]]\tVeta Rosario
[[PERSON:Juana Laura Chambi]]\t[[ID_NUMBER:6018247 LP]]\t[[LOCATION:Guanay]]\t[[PHONE_NUMBER:67130945]]\tLavadero
[[PERSON:Pastor Ticona Yujra]]\t[[ID_NUMBER:3947516 LP]]\t[[LOCATION:Caranavi]]\t\tVeta Rosario""",
    """suti,wata (edad),ayllu,p'unchaw (fecha de atención),celular,diagnóstico
[[PERSON:Bernardina Huaman Qquehue]],[[AGE:67]],[[LOCATION:Sallac]],[[DATE_TIME:12/03/2024]],[[PHONE_NUMBER:974 618 203]],hipertensión
[[PERSON:Saturnino Ccoa]],[[AGE:4]],[[LOCATION:Ccorca]],[[DATE_TIME:12/03/2024]],,IRA
[[PERSON:Eulogia Quispe Ttito]],[[AGE:29]],[[LOCATION:Sallac]],[[DATE_TIME:13/03/2024]],[[PHONE_NUMBER:958 027 461]],control prenatal""",
    """| Room | Guest | Arrival | Nights | Email | Nationality |
|------|-------|---------|--------|-------|-------------|
| 204 | [[PERSON:Henrik Sørensen]] | [[DATE_TIME:Mon 12 Aug]] | 3 | [[EMAIL_ADDRESS:henrik.sorensen@live.dk]] | [[NRP:Danish]] |
| 311 | [[PERSON:Priscila Amaral Tavares]] | [[DATE_TIME:Mon 12 Aug]] | 5 | [[EMAIL_ADDRESS:pri.tavares@uol.com.br]] | [[NRP:Brazilian]] |
| 312 | [[PERSON:Kenji Watanabe]] | [[DATE_TIME:Tue 13 Aug]] | 2 | [[EMAIL_ADDRESS:k.watanabe@docomo.ne.jp]] | [[NRP:Japanese]] |""",
    """SEQ  PAX NAME                  DOB         DOC NO       SEAT
001  [[PERSON:AL-HASHIMI/OMAR]] [[TITLE:MR]]        [[DATE_TIME:1979-02-11]]  [[ID_NUMBER:N4821937]]     12A
002  [[PERSON:AL-HASHIMI/LAYLA]] [[TITLE:MRS]]      [[DATE_TIME:1983-08-30]]  [[ID_NUMBER:N4821938]]     12B
003  [[PERSON:OKORO/CHINEDU]] [[TITLE:MR]]          [[DATE_TIME:1990-12-05]]  [[ID_NUMBER:A10293847]]    14C""",
    """{"stop": 1, "recipient": "[[PERSON:Dawit Haile]]", "address": "[[ADDRESS:2410 Eastlake Ave E, Apt 302]]", "city": "[[LOCATION:Seattle]]", "zip": "[[ZIP_CODE:98102]]", "phone": "[[PHONE_NUMBER:206-718-4402]]", "parcels": 2}
{"stop": 2, "recipient": "[[PERSON:Rosa Elena Pacheco]]", "address": "[[ADDRESS:1119 E Pike St]]", "city": "[[LOCATION:Seattle]]", "zip": "[[ZIP_CODE:98122]]", "phone": "[[PHONE_NUMBER:425-309-6617]]", "parcels": 1}
{"stop": 3, "recipient": "[[PERSON:Wen Jie Huang]]", "address": "[[ADDRESS:823 S King St, Unit 5]]", "city": "[[LOCATION:Seattle]]", "zip": "[[ZIP_CODE:98104]]", "phone": null, "parcels": 4}""",
    """tenants:
  flat_1:
    name: [[PERSON:Aleksander Kowal]]
    moved_in: [[DATE_TIME:2022-10-01]]
    deposit_scheme_ref: DPS-55810293
    phone: "[[PHONE_NUMBER:07521 449 830]]"
  flat_2:
    name: [[PERSON:Yewande Ogunbiyi]]
    moved_in: [[DATE_TIME:2023-06-15]]
    deposit_scheme_ref: DPS-61047782
    phone: "[[PHONE_NUMBER:07908 612 375]]"
  property: [[ADDRESS:58 Grange Road]], [[LOCATION:Sheffield]] [[ZIP_CODE:S11 8GH]]""",
    """EMPLOYEE CARD
Name ........ [[PERSON:Tan Jia Hui]]
NRIC ........ [[ID_NUMBER:S9052718E]]
DOB ......... [[DATE_TIME:08 Nov 1990]]
Dept ........ Procurement
Mobile ...... [[PHONE_NUMBER:9336 1047]]
Address ..... [[ADDRESS:Blk 221 Ang Mo Kio Ave 1, #11-402]], [[ZIP_CODE:560221]]
Emergency ... [[PERSON:Tan Boon Huat]] (father) [[PHONE_NUMBER:9102 8835]]""",
    """student,year,parent_caregiver,parent_email,parent_phone,dietary
[[PERSON:Ariki Ngata]],5,[[PERSON:Huia Ngata]],[[EMAIL_ADDRESS:huia.ngata@xtra.co.nz]],[[PHONE_NUMBER:021 773 045]],none
[[PERSON:Sophie Fa'amausili]],5,[[PERSON:Tina Fa'amausili]],[[EMAIL_ADDRESS:tinafaa@gmail.com]],[[PHONE_NUMBER:022 418 9906]],no pork
[[PERSON:Oscar Brennan]],6,[[PERSON:Liam Brennan]],[[EMAIL_ADDRESS:liam.brennan.nz@outlook.com]],[[PHONE_NUMBER:027 330 6118]],gluten free""",
    """| member | username | age | gym | last check-in |
|:--|:--|--:|:--|:--|
| [[PERSON:Dimitrios Pappas]] | [[USERNAME:dpappas_lifts]] | [[AGE:34]] | Northcote | [[DATE_TIME:2024-07-29 06:12]] |
| [[PERSON:Aaliyah Rahman]] | [[USERNAME:aaliyah.runs]] | [[AGE:22]] | Preston | [[DATE_TIME:2024-07-28 18:45]] |
| [[PERSON:Jarrah Collins]] | [[USERNAME:jcollins_09]] | [[AGE:41]] | Northcote | [[DATE_TIME:2024-07-30 05:58]] |""",
    """donor\temail\tcard\tamount\tgift_aid
[[PERSON:Eileen Mulcahy]]\t[[EMAIL_ADDRESS:eileen.mulcahy@gmail.com]]\t[[CREDIT_CARD:4917 6155 0023 8711]]\t£25.00\tY
[[PERSON:Rajinder Bassi]]\t[[EMAIL_ADDRESS:r.bassi@btinternet.com]]\t**** **** **** 1153\t£100.00\tY
[[PERSON:Tom Achterberg]]\t[[EMAIL_ADDRESS:tom.achterberg@gmail.com]]\t[[CREDIT_CARD:5214 8900 6317 7252]]\t£10.00\tN""",
    """payee_name,country,iban,invoice_ref,amount_eur
[[PERSON:Léa Fontaine]],[[LOCATION:France]],[[IBAN_CODE:FR7610278060250002018771466]],INV-2024-0611,1450.00
[[PERSON:Jorge Ibáñez Ruiz]],[[LOCATION:Spain]],[[IBAN_CODE:ES7501821093140201847736]],INV-2024-0612,980.00
[[PERSON:Mariana Lopes]],[[LOCATION:Portugal]],[[IBAN_CODE:PT50003502170001875432022]],INV-2024-0613,2210.50
[[PERSON:Wouter Peeters]],[[LOCATION:Belgium]],[[IBAN_CODE:BE28735041829620]],INV-2024-0614,760.00""",
    """ user_id |     email                      |   last_ip        |     last_seen
---------+--------------------------------+------------------+---------------------
    2201 | [[EMAIL_ADDRESS:noura.alsabah@gmail.com]]        | [[IP_ADDRESS:37.39.210.14]]     | [[DATE_TIME:2024-05-19 21:04:11]]
    2202 | [[EMAIL_ADDRESS:p.mcallister@hotmail.co.uk]]     | [[IP_ADDRESS:86.150.77.203]]    | [[DATE_TIME:2024-05-20 07:31:55]]
    2203 | [[EMAIL_ADDRESS:ayo.ogundipe@yahoo.com]]         | [[IP_ADDRESS:197.210.84.66]]    | [[DATE_TIME:2024-05-20 09:12:40]]
(3 rows)""",
    """INC#    REPORTED          PERSON                 ROLE       ADDRESS
24-0881 [[DATE_TIME:06/02 23:14]]       [[PERSON:Ricky Lee Dawson]]       suspect    [[ADDRESS:1412 Maple Ave]]
24-0881 [[DATE_TIME:06/02 23:14]]       [[PERSON:Carla Dawson]]           victim     [[ADDRESS:1412 Maple Ave]]
24-0884 [[DATE_TIME:06/03 01:40]]       [[PERSON:Esteban Ruiz-Molina]]    witness    [[ADDRESS:9 Kirby Ct]]""",
    """{"trip": "T-88120", "rider": "[[PERSON:Olga Petrenko]]", "pickup": "[[ADDRESS:350 Fifth Avenue]]", "dropoff": "JFK Terminal 4", "rider_phone": "[[PHONE_NUMBER:+1 917 388 4021]]", "fare": 71.40}
{"trip": "T-88121", "rider": "[[PERSON:Babajide Alabi]]", "pickup": "[[ADDRESS:88 Greenwich St, Apt 2110]]", "dropoff": "[[ADDRESS:245 Park Ave]]", "rider_phone": "[[PHONE_NUMBER:+1 646 220 7719]]", "fare": 18.95}""",
    """speakers:
  - name: [[PERSON:Prof. Nomathemba Mkhize]]
    affiliation: University of KwaZulu-Natal
    talk: "Mobile money and smallholder credit"
    email: [[EMAIL_ADDRESS:mkhizen@ukzn.ac.za]]
    arrival: [[DATE_TIME:2024-10-07 14:25]]
  - name: [[PERSON:Dr. Camilo Andrés Rojas]]
    affiliation: independent
    talk: "Artisanal mining cooperatives in [[LOCATION:Nariño]]"
    email: [[EMAIL_ADDRESS:camilo.rojas.v@gmail.com]]
    arrival: [[DATE_TIME:2024-10-08 09:10]]""",
    """Owner: [[PERSON:Gabrielle Fournier]]
Phone: [[PHONE_NUMBER:(902) 448-3107]]
Pet: Biscuit (beagle, 9 y)
Next vaccine: [[DATE_TIME:Oct 21, 2024]]
---
Owner: [[PERSON:Hamza Siddiqui]]
Phone: [[PHONE_NUMBER:(902) 220-8815]]
Pet: Luna (DSH cat, 2 y)
Next vaccine: [[DATE_TIME:Nov 4, 2024]]""",
    """farmer_id;name;id_number;ward;acres_maize;phone;coop_since
[[ID_NUMBER:NCPB-4471]];[[PERSON:Joseph Kiptoo Rotich]];[[ID_NUMBER:13829904]];[[LOCATION:Moiben]];6;[[PHONE_NUMBER:0720 551 893]];[[DATE_TIME:2015-03-01]]
[[ID_NUMBER:NCPB-4480]];[[PERSON:Esther Jerono]];[[ID_NUMBER:24017736]];[[LOCATION:Kapseret]];2.5;[[PHONE_NUMBER:0745 308 126]];[[DATE_TIME:2019-08-12]]
[[ID_NUMBER:NCPB-4502]];[[PERSON:Daniel Kimutai Sang]];[[ID_NUMBER:30988215]];[[LOCATION:Moiben]];11;;[[DATE_TIME:2021-02-20]]""",
    """| Health post | In-charge | Mobile | Cadre | Posted since |
|---|---|---|---|---|
| [[LOCATION:Syabru]] | [[PERSON:Nima Dolma Sherpa]] | [[PHONE_NUMBER:9741 208 337]] | AHW | [[DATE_TIME:2077/04/01]] |
| [[LOCATION:Bhorle]] | [[PERSON:Ram Kumari Shrestha]] | [[PHONE_NUMBER:9860 115 402]] | ANM | [[DATE_TIME:2079/09/15]] |
| [[LOCATION:Gatlang]] | [[PERSON:Tenzing Ghale]] | [[PHONE_NUMBER:9813 774 960]] | HA | [[DATE_TIME:2080/01/10]] |""",
    """name\tghana_card\tcommunity\ttraining\tcompleted\tresult
[[PERSON:Yaw Darko Boakye]]\t[[ID_NUMBER:GHA-721904338-2]]\t[[LOCATION:Prestea]]\tSafe use of mercury retorts\t[[DATE_TIME:2024-02-16]]\tpass
[[PERSON:Adjoa Mensah]]\t[[ID_NUMBER:GHA-718330215-7]]\t[[LOCATION:Bogoso]]\tFirst aid underground\t[[DATE_TIME:2024-02-16]]\tpass
[[PERSON:Ebenezer Quaye]]\t[[ID_NUMBER:GHA-002774618-4]]\t[[LOCATION:Prestea]]\tSafe use of mercury retorts\t[[DATE_TIME:2024-02-17]]\trepeat""",
    """Tenant,SSN,Unit,Lease Start,Monthly Rent,Phone
"[[PERSON:Whitfield, Tamara]]",[[US_SSN:401-77-2913]],[[ADDRESS:Apt 3B]],[[DATE_TIME:01/01/2024]],1150,[[PHONE_NUMBER:(502) 931-4407]]
"[[PERSON:Nguyen, Khoa]]",[[US_SSN:406-12-8835]],[[ADDRESS:Apt 4A]],[[DATE_TIME:03/15/2024]],1095,[[PHONE_NUMBER:(502) 618-2290]]
"[[PERSON:Okafor, Chidinma]]",[[US_SSN:317-40-6621]],[[ADDRESS:Apt 5C]],[[DATE_TIME:06/01/2024]],1210,""",
    """| Learner | ID number | Grade | Home language | Parent cell |
|---|---|---|---|---|
| [[PERSON:Lwazi Mthembu]] | [[ID_NUMBER:0608145712089]] | 12 | isiZulu | [[PHONE_NUMBER:072 418 3306]] |
| [[PERSON:Anika Botha]] | [[ID_NUMBER:0603270187082]] | 12 | Afrikaans | [[PHONE_NUMBER:083 904 2217]] |
| [[PERSON:Siyabonga Ntuli]] | [[ID_NUMBER:0611195832088]] | 11 | isiZulu | [[PHONE_NUMBER:061 330 7845]] |""",
    """{"event": "login", "at": "[[DATE_TIME:2024-03-02T07:44:19Z]]", "user": "[[USERNAME:mchiwenga]]", "ip": "[[IP_ADDRESS:41.174.92.15]]", "mfa": true}
{"event": "login_failed", "at": "2024-03-02T07:49:55Z", "user": "unknown", "ip": "[[IP_ADDRESS:45.155.205.233]]", "mfa": false}
{"event": "login", "at": "[[DATE_TIME:2024-03-02T08:01:06Z]]", "user": "[[USERNAME:s.okeke]]", "ip": "[[IP_ADDRESS:105.112.185.40]]", "mfa": true}""",
    """Surname,Forename,Date of Birth,PPSN,Eircode,GP
[[PERSON:Ó Conaill]],[[PERSON:Gráinne]],[[DATE_TIME:19/03/1987]],[[ID_NUMBER:6093182K]],[[ZIP_CODE:H91 E2K3]],[[PERSON:Dr. Flanagan]]
[[PERSON:Kowalski]],[[PERSON:Marek]],[[DATE_TIME:02/11/1979]],,[[ZIP_CODE:H91 X8P0]],[[PERSON:Dr. Flanagan]]
[[PERSON:Adebayo]],[[PERSON:Funmilayo]],[[DATE_TIME:25/06/1992]],,[[ZIP_CODE:H54 R2W6]],[[PERSON:Dr. Moran]]""",
    """| Sender (OFW) | Country | Receiver | Receiver mobile | Amount | Sent |
|---|---|---|---|---|---|
| [[PERSON:Rowena Caballero]] | [[LOCATION:Hong Kong]] | [[PERSON:Ernesto Caballero]] | [[PHONE_NUMBER:0918 227 4301]] | HKD 4,000 | [[DATE_TIME:05/30/2024]] |
| [[PERSON:Jun-Jun Alvarado]] | [[LOCATION:Saudi Arabia]] | [[PERSON:Maricel Alvarado]] | [[PHONE_NUMBER:0927 830 1165]] | SAR 1,500 | [[DATE_TIME:05/31/2024]] |
| [[PERSON:Analyn Tolentino]] | [[LOCATION:Italy]] | [[PERSON:Perla Tolentino]] | [[PHONE_NUMBER:0905 611 4872]] | EUR 350 | [[DATE_TIME:06/01/2024]] |""",
    """EMPLOYEE              SIN            PROV  HIRED       HOURLY
[[PERSON:Marie-Ève Gagnon]]      [[ID_NUMBER:273 918 409]]    [[LOCATION:QC]]    [[DATE_TIME:2022-05-16]]  24.50
[[PERSON:Darnell Thompson]]      [[ID_NUMBER:462 105 735]]    [[LOCATION:ON]]    [[DATE_TIME:2023-09-05]]  21.75
[[PERSON:Amarjit Sidhu]]         [[ID_NUMBER:730 582 194]]    [[LOCATION:BC]]    [[DATE_TIME:2024-01-08]]  26.00""",
    """Borrower: [[PERSON:Hipólito Mamani Cruz]]
CI: [[ID_NUMBER:5820139 LP]]
Community: [[LOCATION:Santiago de Huata]]
Purpose: improved quinoa seed and a small greenhouse
Amount: Bs 12,000    Term: 18 months
Disbursed: [[DATE_TIME:02/05/2024]]
Mobile: [[PHONE_NUMBER:72541806]]

Borrower: [[PERSON:Lucía Ticona de Apaza]]
CI: [[ID_NUMBER:4917203 LP]]
Community: [[LOCATION:Santiago de Huata]]
Purpose: two dairy heifers
Amount: Bs 9,500    Term: 24 months
Disbursed: [[DATE_TIME:02/05/2024]]
Mobile: -""",
]

CHAT = [
    """[09:14] Agent ([[PERSON:Precious]]): Good morning, you're chatting with card services. How can I help?
[09:14] Customer: hi the ATM in [[LOCATION:Rosebank]] swallowed my card this morning
[09:15] Agent ([[PERSON:Precious]]): I'm sorry to hear that. Can I have your full name and ID number please?
[09:15] Customer: [[PERSON:Lerato Mokoena]], [[ID_NUMBER:9106240317087]]
[09:16] Agent ([[PERSON:Precious]]): Thank you [[PERSON:Lerato]]. I've stopped the card ending 2291. Shall we courier a new one to [[ADDRESS:22 Tyrwhitt Avenue, Flat 14]]?
[09:16] Customer: yes please, and send the sms to my new number [[PHONE_NUMBER:082 771 4093]]
[09:17] Agent ([[PERSON:Precious]]): Done. Reference CS-2207814 for your records.""",
    """[12/6/24 19:02] [[TITLE:Don]] [[PERSON:Teófilo]]: compañeros mañana no hay ingreso a la bocamina, viene la inspección
[12/6/24 19:03] [[PERSON:Marcelo Ch.]]: y el pago de la quincena?
[12/6/24 19:05] [[TITLE:Don]] [[PERSON:Teófilo]]: el viernes. los que no tienen cuenta que le pasen su carnet a la [[PERSON:Rosmery]]
[12/6/24 19:06] [[PERSON:Marcelo Ch.]]: [[ID_NUMBER:6938401 PT]] [[PERSON:Marcelo Choque Ari]]
[12/6/24 19:06] [[PERSON:Wilson]]: [[ID_NUMBER:7140325 PT]] a nombre de mi esposa [[PERSON:Felicidad Apaza]] porfa
[12/6/24 19:08] [[PERSON:Rosmery]] Coop: anotado jilatanaka. cualquier cosa a mi cel [[PHONE_NUMBER:73840216]]. jikisiñkama""",
    """#field-ops
[[USERNAME:tomás.r]]  10:02  who's covering the [[LOCATION:Darwin]] site visit on the [[DATE_TIME:14th]]?
[[PERSON:Kylie Nguyen]]  10:04  me. flying out [[DATE_TIME:Tue 13 Aug 6:10am]], back Thursday
[[USERNAME:tomás.r]]  10:05  legend. client contact is [[PERSON:Bruce Tjakamarra]], [[PHONE_NUMBER:0419 882 307]], he'll meet you at the gate
[[PERSON:Kylie Nguyen]]  10:06  can someone DM me the hire car booking? it's under my name, licence [[ID_NUMBER:084 512 993]] ([[LOCATION:NT]])
[[PERSON:Sanjay Menon]]  10:11  sent. also expense card is [[CREDIT_CARD:4319 4028 7716 0537]], don't lose it this time 😅""",
    """Mum: [[PERSON:Amara]] what's your new address again, I want to post the birthday parcel
[[PERSON:Amara]]: [[ADDRESS:Flat 7, 114 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1JE]]
Mum: and [[PERSON:Chidi]]'s? he moved too no?
[[PERSON:Amara]]: he's at [[ADDRESS:31 Birchfield Road]], [[LOCATION:Handsworth]], [[LOCATION:Birmingham]] [[ZIP_CODE:B20 3JD]] now, with [[PERSON:Ebele]]
Mum: ok. remember Grandpa's 80th is [[DATE_TIME:Saturday 21st September]], Uncle [[PERSON:Nnamdi]] is hosting
[[PERSON:Amara]]: yes yes. i'll book the train""",
    """Bot: Welcome to AirConnect support. Please share your registered mobile number.
User: [[PHONE_NUMBER:9819 440 217]]
Bot: Thanks. For verification, enter the last 4 digits of your Aadhaar.
User: 4712
Agent [[PERSON:Pooja]]: Hi, I see the SIM was blocked after a KYC mismatch. Is the connection in the name of [[PERSON:Nitin Deshpande]]?
User: it's my father's name. he passed away in [[DATE_TIME:March]]. i'm [[PERSON:Rohan Deshpande]], want to transfer it to me
Agent [[PERSON:Pooja]]: Sorry for your loss. Please visit a store with the death certificate and your Aadhaar ([[ID_NUMBER:6193 8204 4712]]) as shown on the form; I've raised request SR-8841027.""",
    """[7:41] [[PERSON:Ramón Kuarahy]]: Mba'éichapa [[TITLE:Don]] [[PERSON:Isidro]]! ¿ya salió el crédito de la CAH?
[7:44] [[PERSON:Isidro Benítez]]: Heẽ, oñedesembolsa [[DATE_TIME:jueves 11]]. Reikotevẽ ne cédula fotocopia
[7:45] [[PERSON:Ramón Kuarahy]]: Ok. [[ID_NUMBER:3.617.042]] ha che señora [[PERSON:Cirila Ortiz]] [[ID_NUMBER:3.902.551]]
[7:47] [[PERSON:Isidro Benítez]]: Oĩma. Ehenói [[TITLE:Ña]] [[PERSON:Porfiria]]-pe, ipumbyry [[PHONE_NUMBER:0971 600 285]]
[7:48] [[PERSON:Ramón Kuarahy]]: Aguyje che ra'a 🙏""",
    """Group: [[LOCATION:Lodwar]] sub-county CHVs
[[PERSON:Ekai Lokol]]: Mama [[PERSON:Akiru Lotome]] ([[AGE:24]]) in [[LOCATION:Nakwamekwi]] started labour at 3am, no transport
[[TITLE:Sr.]] [[PERSON:Jane Nyokabi]]: Call the ambulance 0800 720 541. Who is with her?
[[PERSON:Ekai Lokol]]: her husband [[PERSON:Ewoi]], number [[PHONE_NUMBER:0708 331 460]]
[[TITLE:Sr.]] [[PERSON:Jane Nyokabi]]: ok. Register her in the app, ANC number [[ID_NUMBER:TK/ANC/2024/0193]], EDD was [[DATE_TIME:20/07/2024]]""",
    """[[PERSON:Graham]]: Hi is the cot still available?
[[PERSON:Mele Taufa]]: yes still here, $60
[[PERSON:Graham]]: great can I pick up tonight after 6? what's the address
[[PERSON:Mele Taufa]]: [[ADDRESS:12 Kauri Street]], [[LOCATION:Otahuhu]]. text me when you're outside [[PHONE_NUMBER:022 106 4438]]
[[PERSON:Graham]]: 👍 I'm [[PERSON:Graham Pritchard]], driving a silver Corolla [[ID_NUMBER:LKP512]]""",
]

LOOKALIKE = [
    """Thanks for your order, [[PERSON:Niamh]]! Order #UK-4410-2287-93 has shipped. Tracking: JD014600006281937254 (Royal Mail Tracked 48). Items: 1 x SKU KT-2210-BLK-M, 2 x SKU SOCK-PK3-44. Questions? Call 0345 600 4420 (Mon-Fri 8-6) or email help@threadandloom.co.uk. Invoice INV-2024-118204, VAT reg. GB 284 6613 07.""",
    """Release 4.12.0.3 (build 20240611.2) - changelog
- Bumped libssl from 3.0.13 to 3.0.14; base image digest sha256:9f1c4e7b2a0d5c3e8f61b4a7d2e9c0f3a5b8d1e4c7f0a3b6d9e2c5f8a1b4d7e0
- Fixed crash when the config server at version 10.2.0.1 returned HTTP 503
- Device serial prefix changed from SN-7X to SN-8K; UUID format unchanged (e.g. 3f2a9c1e-7b4d-4e8a-9c2f-1d6e8b0a5f73)
- Default gateway for lab images is still 10.0.0.1/24; test MAC 02:00:5e:10:00:01
Known issue: ticket ENG-48217, reproduced on firmware 2.4.1.9.""",
    """Reading list, Module 3 (Occupational Health in Mining)
- Silicosis and the Hippocratic tradition, ISBN 978-1-84724-159-7
- Minería y salud en los Andes, ISBN 978-612-4018-37-4
- Agricultura familiar en el Paraguay, ISBN 978-99953-620-4-1
Lectures are in the Darwin Building, off Gower Street; the seminar on Parkinson's and manganese exposure moves to the Huxley Room. Office hours with [[PERSON:Dr. Paloma Quiroga]] by appointment: [[EMAIL_ADDRESS:p.quiroga@ucl.ac.uk]].""",
    """INVENTARIO - Cooperativa Minera San Cristóbal de Ocurí
Compresora Atlas Copco XAS 97, serie APF-218840, lote 2019-11
Perforadora Jackleg S-250, serie RNP-04471, 8 unidades
Lámparas de casco KL5M, series KL-33120 a KL-33175
Código de proveedor: PROV-0091, NIT 1028475021 (empresa)
Pedidos y garantías: oficina central (2) 2418830, ventas@equiposandinos.com.bo
Responsable del almacén: [[PERSON:Wálter Mamani Condo]], celular [[PHONE_NUMBER:71934026]]""",
    """STOCK CARD - health post, month 06/2024
Amoxicillin 250mg/5ml susp., batch AMX24031, exp 2026-02
Oral rehydration salts, batch ORS-2311-07, exp 2025-11
Ferrous sulphate + folic acid, batch FF0923B, exp 2025-09
Zinc 20mg dispersible, batch ZN-88120, exp 2026-05
Cold chain fridge serial TCW2043SDD-115284; temperature log ref CC-06-24
Counted by auxiliary nurse [[PERSON:Rosa Huanca]] and checked by the district pharmacist.""",
    """Pay by bank transfer to Greenfield Property Services Ltd, sort code 20-32-06, account 43091827 (company client account), quoting your tenancy reference GPS/TEN/0418. Our office at Cromwell Road is closed on bank holidays; out of hours call 0800 917 3300. Invoice 88210 dated 01/07/2024 covers June service charges for Block C. Tenant: [[PERSON:Ms. Abiola Ogunleye]].""",
    """Network change CHG0032881 - core switch replacement
Old chassis: Cisco C9500-24Y4C, serial FDO2411X0JK, IOS-XE 17.9.4a
New chassis: Cisco C9500-24Y4C, serial FDO2520Y1PM, IOS-XE 17.12.3
Management VLAN 110, subnet 10.20.110.0/24, HSRP VIP 10.20.110.1
Version string on the NMS reads 4.2.1.10, not an address.
Asset tag UOL-NET-004471; licence key 7XK2-PL9Q-R4TM-88ZD
Implementer: [[PERSON:Aidan Fitzgerald]] ([[EMAIL_ADDRESS:aidan.fitzgerald@gmail.com]]); approver: Change Advisory Board.""",
]


STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind117", STYLES, OUT)


if __name__ == "__main__":
    main()

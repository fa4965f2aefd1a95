"""Build tests/data/blind74.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind74.py

Blind: written without any knowledge of the detector. Read, and nothing
else: lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines), the tail of
make_blind22.py from `STYLES = {` to the end (the scaffolding copied
below), gold_sets.py (whole file), and lines 1-64 of make_handwritten.py
(conventions, the MARK and TITLE_IN_NAME regexes, `parse()`). Not read:
minimize/, recognizers/, any other test or any other part of those files,
bench/, the README, any *.jsonl (this script's own output included), any
other make_*.py, git history, log or status. The detector, the bench and
the tests were never run; git was not run at all. Do not tune the detector
against this set: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks; a name written as
"[[PERSON:Dr. Ana Ruiz]]" is split into TITLE + PERSON by its
TITLE_IN_NAME regex, other titles are marked [[TITLE:...]] apart. Card
numbers pass Luhn and IBANs pass mod-97 with their country's length; the
national check digits inside the French, Spanish, Belgian, Italian (CIN)
and Portuguese IBANs are right too (worked out with hand-run throwaway
code while writing, not generated here; `gold_sets.check` re-checks cards
and IBANs and refuses a bad one). National ids with a public check digit
were given a valid one the same way: NHS number, Canadian SIN, Aadhaar
(Verhoeff), Dutch BSN, South African ID (agreeing with sex and birth date),
Singapore NRIC and FIN, Irish PPSN, NZ IRD and NHI, Australian Medicare,
Ontario health number, Italian codice fiscale, English UPN, NPI, Israeli
Teudat Zehut, Saudi national / iqama numbers and Emirates ID (Luhn), and
the ISBN-13 look-alikes. US SSNs (no check digit, but no 000/666/9xx
area), UK NI numbers, Egyptian and Qatari ids, PAN, BVN, Kenyan ids and
KRA PINs, SSS / PhilHealth / TIN, passports, licences, plates, A-Numbers,
BRP / FIN-type permits, bank account, staff, student, member and patient
numbers were not checked.

Styles (ids `blind74-<style>-NNN`; 240 records):
- `gen` (92): one to four LLM-style sentences with personal data woven
  into prose. Extra weight on legal proceedings (14: hearings, small
  claims, probate, divorce, notices to quit, sentencing, name change,
  protection orders, tribunals), police reports (12: incident narratives,
  crime reports, witness statements, appeals, traffic stops, FIR / OB
  entries, scam and theft reports) and immigration casework (12: removal
  hearings, ILR / settled status, PR landing, student visas, asylum
  interviews, family petitions, DACA, work passes, drop-in notes); the
  rest spread widely (banking, insurance, clinics, pharmacy, schools and
  universities, payroll, returns, hotels, telecoms, government cards,
  lettings, gaming, social media, IT support, deliveries, gyms, vets,
  dating, charity, church, utilities, rural mail, KYC, tax ids, GP
  registration, airlines, libraries, parking, sports clubs, wires, account
  takeover, obituaries). Names at start, middle and end, lowercase and
  possessive; many shapes of ages, dates, addresses, phones and ids.
- `bench` (98): 38 in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd dense sentences with names, job titles, streets with building
  numbers, secondary addresses, IPv4 / IPv6, MACs, user agents, cards with
  CVV and expiry, IBAN and BIC, passwords); 30 in the manner of
  gretel-pii-masking-en-v1 (claim, lease, employment contract, discharge
  summary, loan application, default notice, HIPAA release, incident
  report, prior authorization, subpoena, power of attorney, bill of sale,
  beneficiary form, card application, tax notice, school enrolment, lab
  report, insurance renewal, background check, NDA, wire request, dental
  plan, change of address, affidavit of support, collision report,
  prescription, dismissal letter, hearing notice, a Hebrew lease, an
  Arabic employment contract); 30 in the manner of Nemotron-PII (JSON,
  log lines, SQL, XML, YAML, Python, an IT ticket, HL7, email headers,
  .env, curl, JS, vCard, iCal, git log, access log, traceback, MongoDB,
  a Markdown bug report, a Slack payload, INI, GraphQL, HTML form, CRM and
  event JSON, an HTTP form post, a web-form email, Hebrew JSON, Arabic
  XML).
- `table` (35): one small labeled table per record rendered as text: CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines, YAML and key: value
  blocks, varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): a bank support chat, a family WhatsApp thread, a team Slack
  thread, lawyer-client messages on an immigration case, a police
  assistance webchat, a landlord-tenant SMS thread, a Hebrew parents'
  group and a telecom bot-plus-agent chat; speakers' names labeled.
- `lookalike` (7): shipping notice, release notes (no PII at all),
  bookshop note with ISBNs and eponyms, B2B invoice, IT asset list,
  legal memo with citations, and an Arabic shipping notice; order,
  tracking, invoice, case and RMA references, SKUs, ISBNs, IP-shaped
  versions, hashes, UUIDs, serials, IMEI, MACs, company phones and role
  mailboxes, eponyms and streets named after people with no number stay
  unlabeled; the few real PII values are labeled.

Languages: 216 records in English (US, UK, Ireland, Canada, Australia, New
Zealand, India, Singapore, the Philippines, South Africa, Nigeria, Kenya
and Jamaica contexts, with names from the many cultures living there) and
24 in Arabic (12) and Hebrew (12), in their own scripts: 10 gen, 8 bench,
4 table, 1 chat, 1 lookalike.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart; job titles are not TITLE and
  family words ("Aunty", "mum") stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, rural
  routes with their box, house and building names; city, district,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any shape;
  a weekday or clock time said with the date is inside the span, a time
  or weekday alone is not; not bare years, durations, relative days, or
  dates not tied to a person (sale, order, invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, routing numbers, BICs, CVVs and card expiries,
  order / ticket / claim / policy / booking / tracking references, company
  phone numbers, extensions and role mailboxes, versions, hashes,
  serials, partial numbers ("ending 4417", "XXX-XX-6618"), pets, eponyms
  and brands named after people, header rows.

Calls made while writing this set, in the same spirit:
- Ranks and forms of address before a name are TITLE: Judge, Officer,
  Ofc., Cst., PC, Detective Sergeant, Chief (Yoruba chieftaincy), Fr.,
  manifest "MR" / "MRS" / "MS", Arabic السيد and د., Hebrew ד"ר, עו"ד (the
  "Adv." put before a lawyer's name) and האחות (Nurse, as in the
  TITLE_IN_NAME regex); a plain role ("Coach", "the plumber", "Site
  Manager", "Administrative Law Judge" after a name) is not.
- Case, docket, claim, crime, incident, OB, FIR, USCIS receipt, GWF / UAN
  application, CoS, event, complaint, PCN and custody-log numbers are
  references and stay unlabeled. Person-level justice and immigration ids
  are ID_NUMBER: A-Numbers, Home Office Person IDs and references, BRP,
  UCI, IRP, FIN, visa grant and exemption-permit numbers, DOC numbers, and
  so are officer badge / collar numbers and professional registration
  numbers (bar / BBO, GMC, NPI). Vehicle plates are ID_NUMBER (an
  Egyptian plate in Arabic letters included); VINs and IMEIs are serials.
- Deadlines set for a person (to respond, vacate, cure, submit), document
  issue / expiry dates (passport, permit, authorization), lease and
  tenancy terms, and membership / job start dates are DATE_TIME;
  instalment, invoice, order and transaction dates are not; card
  expiries are not.
- Timestamps that record something a person did and carry a date (login
  lines, last_login fields, email Date headers, commit dates, chat message
  stamps, a web-server line for a logged-in user) are DATE_TIME; record
  metadata (created_at, ts), system-job lines, a service account's login
  and time-only chat stamps are not. All IP addresses are IP_ADDRESS,
  servers and crawlers included; internal row ids (user_id=88213, a Slack
  user id) are record ids and stay unlabeled, while a customer / account
  number given to the customer is ID_NUMBER; a service account's name is
  not a USERNAME.
- A state or country written next to a licence ("(GA)", "CA DL", "Texas
  driver license") or a company ("a Delaware corporation") is LOCATION; a
  work-site or office town is LOCATION; facility names ("the airport",
  "Centraal station", court and hospital names) are avoided or left
  unlabeled. A NAT column of ISO-3 codes in a manifest is NRP, like
  blind22's nationality column, and so is an iwi column.
- An address given in one field per part: a unit field alone ("Apt 4F",
  "#12-05", "شقة 1204") is ADDRESS. A surname-first name ("HOLLOWAY,
  DENISE", HL7 "MORALES^ELENA^R", "OKAFOR/CHIDI") is labeled part by part.
  URL-encoded values in a form post (email with %40, postcode with +) are
  labeled as what they are.
- Arabic and Hebrew: a one-letter prefix glued to a name or place (Hebrew
  ב in "בראשון לציון") stays outside the span, and so does "ב-" / "ל-"
  before a date; the weekday word after "ביום" is inside the DATE_TIME
  span with the date; a Hijri date keeps its "هـ"; Arabic-Indic digits
  are labeled like Western ones.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind74.jsonl")

GEN = [
    # legal proceedings
    """The hearing in [[PERSON:Marisol Ortega-Reyes]]'s custody case has been moved to [[DATE_TIME:Thursday, April 17, 2025 at 9:30 a.m.]] before [[TITLE:Judge]] [[PERSON:Harold Nkemelu]] in Courtroom 4B. Her attorney, [[PERSON:Dev Malhotra]], can be reached on his cell at [[PHONE_NUMBER:(602) 718-4420]] if anything changes.""",
    """Counsel for the defendant, [[PERSON:Ruth Adeyemi-Clarke]], filed the motion to suppress on [[DATE_TIME:3/11/2025]]. The defendant, [[PERSON:Tomasz Wierzbicki]], [[AGE:41]], of [[ADDRESS:2210 N. Pulaski Rd., Apt. 3]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60639]], remains out on bond pending trial.""",
    """Claim number K3QZ41F9 - [[PERSON:Gwen Pritchard]] v [[PERSON:Hamid Rasuli]]. The claimant, who lives at [[ADDRESS:14 Heol y Felin]], [[LOCATION:Pontypridd]] [[ZIP_CODE:CF37 4HB]], says the £950 deposit was never returned after she moved out on [[DATE_TIME:30 September 2024]], and asks the court to award it back with interest.""",
    """At the start of the deposition the witness gave her name as [[PERSON:Leilani K. Kahananui]] and her date of birth as [[DATE_TIME:June 2nd, 1979]], and said she had lived at [[ADDRESS:94-1021 Waipahu St.]] in [[LOCATION:Waipahu]] since [[DATE_TIME:March 2011]].""",
    """[[PERSON:Siobhán]] and [[PERSON:Cathal Ó Briain]] were granted a decree of divorce in the Circuit Court on [[DATE_TIME:12 February 2025]]. Under the consent terms [[PERSON:Cathal]] will pay €600 a month into her account, [[IBAN_CODE:IE88 BOFI 3242 3283 2341 33]], starting from the first of the following month.""",
    """hi, i got a jury summons in the mail addressed to [[PERSON:kwame asante-boateng]] at [[ADDRESS:77 Linden Ave]], [[LOCATION:Teaneck]], but [[PERSON:kwame]] moved back to [[LOCATION:Accra]] last year and isn't coming back. who do i tell? i'm the landlord, [[PERSON:marcy feld]], [[PHONE_NUMBER:201-836-0924]]""",
    """The executor, [[PERSON:Eleni Papadopoulos]] of [[ADDRESS:8 Hotham Street]], [[LOCATION:Preston]] [[LOCATION:VIC]] [[ZIP_CODE:3072]], has applied for a grant of probate in the estate of her father, [[PERSON:Konstantinos Papadopoulos]], known to everyone as [[PERSON:Con]], who died on [[DATE_TIME:19 January 2025]] aged [[AGE:88]].""",
    """THREE-DAY NOTICE TO PAY RENT OR QUIT. To [[PERSON:Jerome Whitfield]] and all other occupants of [[ADDRESS:4512 Crenshaw Blvd., Unit 6]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90043]]: you are required to pay $2,140 or deliver up possession of the premises by [[DATE_TIME:May 31, 2025]].""",
    """[[PERSON:Darnell Okoro]], [[AGE:29]], of [[LOCATION:Leytonstone]], was sentenced on [[DATE_TIME:Friday 7 March]] to eighteen months for the burglary. His solicitor, [[PERSON:Yasmin Chaudhry]], told reporters outside that [[PERSON:Okoro]] intends to appeal.""",
    """In re the Petition of [[PERSON:Alexandra Mae Dupuis]] to change her name to [[PERSON:Alex Mae Dupuis]]: petitioner was born [[DATE_TIME:11/23/1996]] in [[LOCATION:Lafayette]], [[LOCATION:Louisiana]], and her Social Security number, [[US_SSN:438-27-9016]], has been provided to the clerk under seal.""",
    """A final protection order was made in favour of [[PERSON:Mere Te Awa]] against [[PERSON:Shane Rawiri]] on [[DATE_TIME:2 Dec 2024]]. He must not come within 100 metres of her home at [[ADDRESS:23 Kōwhai Grove]], [[LOCATION:Porirua]] [[ZIP_CODE:5022]], or of the kids' school.""",
    """The High Court sitting in [[LOCATION:Ikeja]] has adjourned the land dispute between [[TITLE:Chief]] [[PERSON:Adewale Ogunleye]] and [[PERSON:Mrs. Funmilayo Bankole]] to [[DATE_TIME:14th July, 2025]] for the adoption of final written addresses.""",
    """My court date for the speeding ticket got rescheduled, it's now [[DATE_TIME:Wednesday the 23rd at 8:30]] in traffic court. If you need to reach me it's [[PHONE_NUMBER:919.402.6618]]. Thanks, [[PERSON:Brianna Castellanos]]""",
    """The tenancy tribunal found that [[PERSON:Rohan Deshpande]] had withheld the bond unlawfully and ordered him to repay [[PERSON:Hana Kobayashi]] $1,800 within ten working days; the flat at [[ADDRESS:5/118 Dominion Road]], [[LOCATION:Mount Eden]], was vacated on [[DATE_TIME:4 November]].""",
    # police reports
    """At approx. [[DATE_TIME:23:40 on 03/14/2025]], [[TITLE:Officer]] [[PERSON:R. Delgado]] #[[ID_NUMBER:4471]] responded to [[ADDRESS:1830 W. Indian School Rd.]] regarding a disturbance. The reporting party, [[PERSON:Jasmine Tran]] (DOB [[DATE_TIME:08/02/1991]]), stated that her ex-boyfriend had been banging on the door for twenty minutes.""",
    """Crime reference 42/118930/25. On [[DATE_TIME:Saturday 22nd February 2025 between 14:00 and 15:30]] the victim, [[PERSON:Mrs Agnieszka Nowak]], aged [[AGE:67]], of [[ADDRESS:Flat 2, 41 Dudley Road]], [[LOCATION:Wolverhampton]] [[ZIP_CODE:WV2 3BY]], had her handbag taken from her trolley in the supermarket car park.""",
    """I, [[PERSON:Connor James McBride]], date of birth [[DATE_TIME:4 July 1988]], make this statement believing it to be true. I was driving my silver Ford Focus, registration [[ID_NUMBER:LK19 XWD]], northbound on the A34 when the van pulled out in front of me.""",
    """Police in [[LOCATION:Durban]] are asking for help to find [[PERSON:Thandeka Mthembu]], [[AGE:15]], who was last seen on [[DATE_TIME:Tuesday 11 March]] near her school in [[LOCATION:Umlazi]]. Anyone with information can call [[TITLE:Detective Sergeant]] [[PERSON:Pillay]] on [[PHONE_NUMBER:082 441 7730]].""",
    """During the stop at [[DATE_TIME:1:12 a.m. on Jan. 9]], the driver identified himself as [[PERSON:Luis Alberto Camacho]] and produced [[LOCATION:Texas]] driver license [[US_DRIVER_LICENSE:41873306]]. The vehicle, a 2017 Nissan Altima bearing plate [[ID_NUMBER:NHT-4829]], VIN 1N4AL3AP5HC218837, was registered to his mother, [[PERSON:Rosa Camacho]].""",
    """[[TITLE:Cst.]] [[PERSON:Harpreet Gill]] attended [[ADDRESS:15 - 3340 Kingsway]], [[LOCATION:Vancouver]], where the complainant, [[PERSON:Mei-Ling Chu]] ([[AGE:38]]), reported that a man she knew only as "[[PERSON:Jay]]" had kicked in her storage locker.""",
    """Officers arrested [[AGE:30]]-year-old [[PERSON:Brandon Lee Kowalczyk]] of [[ADDRESS:608 Elm St.]], [[LOCATION:Toledo]], on [[DATE_TIME:Oct. 30]] after a pursuit that ended near the Anthony Wayne Bridge. He was booked on charges of fleeing and eluding and is being held on a $25,000 bond.""",
    """I want to report a scam. A man who said his name was [[PERSON:Daniel Hughes]] from the bank's fraud team rang me from [[PHONE_NUMBER:+44 20 7946 0321]] and talked me into moving £2,300 out of my current account [[ID_NUMBER:41138827]]. My name is [[PERSON:Oluwaseun Bakare]] and I live at [[ADDRESS:27 Kenley Road]], [[LOCATION:Croydon]].""",
    """hi this is [[PERSON:mai nguyen]] at [[ADDRESS:3/27 Hopkins St]], [[LOCATION:Footscray]], the people next door have had music going since 2am and it's now 4. i've called twice, my number is [[PHONE_NUMBER:0412 771 093]]""",
    """The complainant, [[PERSON:Wanjiru Kamau]], ID No. [[ID_NUMBER:28847163]], of [[LOCATION:Kilimani]], reported under OB 14/03/2025 that her phone was snatched by two men on a motorbike along Argwings Kodhek Road. She can be reached on [[PHONE_NUMBER:0722 418 390]].""",
    """An FIR was registered against [[PERSON:Rakesh Yadav]] ([[AGE:35]]), son of [[PERSON:Ram Prasad Yadav]], resident of [[ADDRESS:H.No. 112, Gali No. 4, Shastri Nagar]], [[LOCATION:Meerut]], on the complaint of [[PERSON:Sunita Devi]] dated [[DATE_TIME:18.02.2025]].""",
    """My bike was stolen from outside Centraal station sometime between [[DATE_TIME:8am and 6pm on 4 February]]. It's a black Gazelle, frame number GZ7734019. Please contact me, [[PERSON:Joost van den Berg]], at [[EMAIL_ADDRESS:joostvdberg@ziggo.nl]].""",
    # immigration casework
    """My client, [[PERSON:Gloria Esperanza Mejía]], a [[NRP:Honduran]] national, A-Number [[ID_NUMBER:A 214-583-907]], entered near [[LOCATION:Hidalgo]], [[LOCATION:Texas]] on [[DATE_TIME:August 14, 2019]]. Her master calendar hearing is set for [[DATE_TIME:June 10, 2025 at 1:00 PM]].""",
    """Dear [[PERSON:Mr Mensah]], we have received your application for indefinite leave to remain (GWF071234567). Please quote your Home Office reference, [[ID_NUMBER:M1287764]], and your BRP number, [[ID_NUMBER:ZU6032918]], in any correspondence.""",
    """[[PERSON:Arjun]] and [[PERSON:Simran Dhillon]] (UCI [[ID_NUMBER:11-0834-2957]] and [[ID_NUMBER:11-0834-3011]]) landed on [[DATE_TIME:2023-09-04]]; their PR cards are to be mailed to [[ADDRESS:48 Sandalwood Pkwy E, Unit 12]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Z 1Y5]].""",
    """[[PERSON:Nguyen Thi Lan]] holds a subclass 500 student visa, grant number [[ID_NUMBER:0512398476201]], and is enrolled until [[DATE_TIME:30 June 2026]]. Her [[NRP:Vietnamese]] passport, [[ID_NUMBER:C4438127]], expires on [[DATE_TIME:22/11/2026]].""",
    """The applicant states his name is [[PERSON:Abdirahman Hassan Warsame]] and that he was born on [[DATE_TIME:1 January 1990]] in [[LOCATION:Kismayo]], [[LOCATION:Somalia]], a date he says was written down for him at the border because he does not know his real birthday.""",
    """The I-130 was filed by [[PERSON:Michael J. Sorensen]], an [[NRP:American]] citizen (SSN [[US_SSN:529-63-0871]], passport [[US_PASSPORT:567204418]]), for his wife [[PERSON:Maricel Sorensen]], née [[PERSON:Dela Cruz]], born [[DATE_TIME:17 Oct 1992]] in [[LOCATION:Iloilo City]]. Receipt number IOE0923451187.""",
    """[[PERSON:Olumide Adebayo]] has Stamp 4 permission until [[DATE_TIME:09/08/2027]]. IRP card [[ID_NUMBER:IRL004817726]], PPSN [[ID_NUMBER:1458956H]], registered address [[ADDRESS:Apt 14, Clarion Quay]], [[LOCATION:Dublin 1]].""",
    """[[PERSON:Bogdan Ionescu]], a [[NRP:Romanian]] citizen who has lived in [[LOCATION:Peterborough]] since [[DATE_TIME:March 2016]], was granted settled status on [[DATE_TIME:8 June 2020]] and now wants to apply for naturalisation.""",
    """[[PERSON:yesenia]] asked me to check if her DACA renewal went through. her A# is [[ID_NUMBER:208471365]] and her current work permit runs out [[DATE_TIME:12/05/2025]], she's getting nervous""",
    """[[PERSON:Ramesh s/o Krishnan]], an [[NRP:Indian]] national on an Employment Pass, FIN [[ID_NUMBER:G3204837X]], will change employers on [[DATE_TIME:1 Aug 2025]]; his new address is [[ADDRESS:Blk 512 Ang Mo Kio Ave 8, #09-214]], [[LOCATION:Singapore]] [[ZIP_CODE:560512]].""",
    """Met [[PERSON:Fatima Zahra Ouali]] ([[AGE:34]]) at the drop-in on [[DATE_TIME:Wed 5 March]]. She's [[NRP:Moroccan]], overstayed a visitor visa in 2023, two kids at primary school in [[LOCATION:Lewisham]]. Best contact is [[PHONE_NUMBER:07831 226 905]], WhatsApp only.""",
    """[[PERSON:Tendai Moyo]], a [[NRP:Zimbabwean]] national holding exemption permit [[ID_NUMBER:ZEP0623417]], has asked for help with his application for a critical skills visa before the permit lapses.""",
    # everyday situations
    """Hey, it's [[PERSON:Karen O'Sullivan]]. I need to dispute a charge of $89.99 on my Visa ending in 7399 from a merchant I've never heard of. The full card number is [[CREDIT_CARD:4109 2592 2028 7399]] if you need it.""",
    """[[PERSON:Mohammed Iqbal]]'s claim for the water damage at [[ADDRESS:56 Rutland Street]], [[LOCATION:Leicester]] says the pipe burst on the [[DATE_TIME:3rd of January]] while the family was away.""",
    """Patient [[PERSON:Beatriz Santos]], [[AGE:52]], MRN [[ID_NUMBER:00837291]], is booked for a colonoscopy on [[DATE_TIME:4/22 at 7:45am]] with [[PERSON:Dr. Kenji Watanabe]]. Please remind her to start the prep the night before.""",
    """Prescription ready for pickup: [[PERSON:HOLLOWAY]], [[PERSON:DENISE]], DOB [[DATE_TIME:02-09-1957]]. Patient asked that her son, [[PERSON:Marcus]], be allowed to collect it.""",
    """Reminder: [[PERSON:Aiyana Redcloud]] (Grade 4, student ID [[ID_NUMBER:204417]]) has a dentist appointment on [[DATE_TIME:Thursday the 13th]] and will be picked up at 10:30 by her grandmother, [[PERSON:Loretta Redcloud]], [[PHONE_NUMBER:406-259-3318]].""",
    """[[PERSON:Chidinma Eze]], matric no. [[ID_NUMBER:190404127]], has been cleared for graduation. Her transcript will go to [[EMAIL_ADDRESS:chidinma.eze@live.unilag.edu.ng]] by the end of the week.""",
    """Please update the direct deposit for [[PERSON:Rafael Quintero]], employee #[[ID_NUMBER:E-20931]], to routing 021000021, account [[ID_NUMBER:483920017764]]. His start date was [[DATE_TIME:Jan 6, 2025]] so he's still in his probation period.""",
    """The parcel came back to us as undeliverable. We had it addressed to [[PERSON:Sean Fitzgerald]], [[ADDRESS:9 Millbrook Lawn]], [[LOCATION:Tallaght]], [[LOCATION:Dublin 24]], [[ZIP_CODE:D24 X2F7]] - can you confirm that's still right, [[PERSON:Sean]]?""",
    """Booking ABX4QZ: [[PERSON:Mr. Hiroshi Tanaka]] and [[PERSON:Mrs. Yuko Tanaka]], arriving [[DATE_TIME:Fri 18 Jul 2025]], two nights, sea-view room. [[PERSON:Mr Tanaka]]'s passport is [[ID_NUMBER:TK4481902]].""",
    """The SIM swap on [[PERSON:Grace Wanjiku]]'s line, [[PHONE_NUMBER:+254 712 904 388]], was requested from [[IP_ADDRESS:196.201.214.77]] at 02:14 while she was asleep, which is why we've frozen it.""",
    """Your new Medicare card for [[PERSON:Lachlan Murray]] and [[PERSON:Isla Murray]] (card number [[ID_NUMBER:6461 09918 5]]) will be posted to [[ADDRESS:PO Box 318]], [[LOCATION:Toowong]] [[LOCATION:QLD]] [[ZIP_CODE:4066]].""",
    """Viewing for [[ADDRESS:Flat 7, 120 Leith Walk]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH6 5DT]] is confirmed for [[PERSON:Callum]] and [[PERSON:Priyanka]] on Saturday at 11am. The agent, [[PERSON:Morag]], will meet you at the main door.""",
    """gg to [[USERNAME:xX_SnipeLord_Xx]] for carrying the last round lol. if anyone finds my old account it was under [[EMAIL_ADDRESS:tyler.brooks2009@gmail.com]], username [[USERNAME:tbrooks_09]]""",
    """Go follow my sister [[PERSON:Zanele]], she just opened her bakery in [[LOCATION:Soweto]]! Her page is [[URL:https://www.instagram.com/zanele.bakes]] and orders go to [[PHONE_NUMBER:+27 82 318 4471]].""",
    """User [[PERSON:Gurpreet Sandhu]] ([[USERNAME:gsandhu]]) can't reach the VPN from home. Her laptop shows [[IP_ADDRESS:10.44.18.203]] and she last logged in successfully on [[DATE_TIME:Monday 10 March at 17:02]].""",
    """Parcel for [[PERSON:Ngozi Okonkwo]] at [[ADDRESS:Flat 14, Block C, 23 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]. Rider should call [[PHONE_NUMBER:0803 512 7764]] at the gate.""",
    """Hi, I'd like to freeze my membership for two months while I recover from surgery. Name's [[PERSON:Bella Rossi]], member number [[ID_NUMBER:GF-0311874]], and the surgery is on the [[DATE_TIME:28th of April]].""",
    """Biscuit was seen by [[PERSON:Dr Amelia Hart]] today for his vaccinations. Owner [[PERSON:Trevor Gaines]] asked for the reminder to go to [[EMAIL_ADDRESS:t.gaines@btinternet.com]] instead of his old work email.""",
    """I'm [[PERSON:Noor]], [[AGE:27]], [[NRP:British Pakistani]], working in pharma in [[LOCATION:Manchester]]. Looking for someone kind who likes long walks and won't mind that I fast in Ramadan.""",
    """Thank you, [[PERSON:Mr Raymond Achterberg]], for your gift of £250 to the hospice appeal. As a Gift Aid donor at [[ADDRESS:2 The Paddocks, Church Lane]], [[LOCATION:Great Shelford]], your donation is worth £312.50 to us.""",
    """The baptism of [[PERSON:Isabella Marie Santos]] is on [[DATE_TIME:Sunday, June 22]] at St. Anthony of Padua. Godparents are [[PERSON:Joel]] and [[PERSON:Kristine Villanueva]]; [[TITLE:Fr.]] [[PERSON:Eduardo]] asks them to attend the class on the Wednesday before.""",
    """Meter reading for [[ADDRESS:3 Glebe Cottages]], [[LOCATION:Llanfair Caereinion]], taken by [[PERSON:Gareth Powell]] on [[DATE_TIME:14/01/2025]]; customer account [[ID_NUMBER:85011742963]].""",
    """Please send the rebate cheque to [[PERSON:Angus MacIsaac]], [[ADDRESS:RR 2, Box 118]], [[LOCATION:Mabou]], [[LOCATION:NS]] [[ZIP_CODE:B0E 1X0]]. He doesn't get mail delivered to the house.""",
    """Remit the fees to [[PERSON:Peter Otieno Ouma]], [[ADDRESS:P.O. Box 4417]]-[[ZIP_CODE:00100]], [[LOCATION:Nairobi]]. KRA PIN [[ID_NUMBER:A004417263Z]], mobile [[PHONE_NUMBER:+254 733 418 902]].""",
    """The hire car is booked for [[PERSON:Eilidh Morgan]], driving licence [[ID_NUMBER:MORGA753116EJ9IJ]], picking up in [[LOCATION:Inverness]] on [[DATE_TIME:2 August]].""",
    """So excited for [[PERSON:Aroha]] and [[PERSON:Tama]]'s wedding on [[DATE_TIME:8 March]]! RSVP to [[PERSON:Aroha]]'s mum, [[PERSON:Huia Ngata]], at [[EMAIL_ADDRESS:huia.ngata@xtra.co.nz]] please.""",
    """I'm applying for a personal loan of $15,000. My name is [[PERSON:Terrence Boateng]], I'm [[AGE:44]], I've been at my current job since [[DATE_TIME:September 2018]], and my SSN is [[US_SSN:231-47-8850]].""",
    """For the analyst role please contact [[PERSON:Ana Lucía Ferreira]] - her portfolio is at [[URL:https://analuciaferreira.dev]] and her LinkedIn is [[URL:linkedin.com/in/ana-lucia-ferreira]].""",
    """Send the money to my PayPal, it's [[EMAIL_ADDRESS:jmcallister.art@outlook.com]], or Venmo [[USERNAME:Jordan-McAllister-7]]. thx [[PERSON:jordan]]""",
    """[[PERSON:Maria Cristina Dizon]]'s SSS number is [[ID_NUMBER:34-2261847-9]] and her PhilHealth number [[ID_NUMBER:12-025518843-7]]; she was hired on [[DATE_TIME:January 15, 2024]] at the [[LOCATION:Cebu]] branch.""",
    """For KYC we have [[PERSON:Anil Kumar Reddy]]'s Aadhaar [[ID_NUMBER:4056 3815 6112]] and PAN [[ID_NUMBER:AKRPR4412K]]; address on file [[ADDRESS:Flat 302, Sai Residency, Road No. 12, Banjara Hills]], [[LOCATION:Hyderabad]] [[ZIP_CODE:500034]].""",
    """[[PERSON:Sipho Dlamini]], ID number [[ID_NUMBER:8503146713081]], born [[DATE_TIME:14 March 1985]], of [[ADDRESS:1274 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], is the main member on the funeral plan.""",
    """Kia ora [[PERSON:Wiremu]], your IRD number is [[ID_NUMBER:564-137-332]] - you'll need it for your first job. Don't share it on Facebook like your cousin did, eh.""",
    """[[PERSON:Jean-François Tremblay]] needs his T4 corrected; the SIN on it is wrong. The right one is [[ID_NUMBER:654 460 401]] and he was born [[DATE_TIME:1983-05-19]].""",
    """New patient registration: [[PERSON:Oksana Kovalenko]], born [[DATE_TIME:21/08/1972]], NHS number [[ID_NUMBER:541 150 9424]], previous GP in [[LOCATION:Bradford]], now at [[ADDRESS:19 Beech Avenue]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 8DS]].""",
    """Referral: [[PERSON:Mr Thabo Nkosi]], [[AGE:61]], seen in clinic [[DATE_TIME:3 Feb]] with worsening shortness of breath; please book an echo before his review on [[DATE_TIME:17 March at 2.15pm]].""",
    """I was bumped off flight QF 409 and nobody has answered my emails. Frequent flyer [[ID_NUMBER:1920 4471 83]], [[PERSON:Vikram Sethi]], [[PHONE_NUMBER:+61 412 504 113]].""",
    """The library card for [[PERSON:Imogen Blackwood]], card no. [[ID_NUMBER:21982003317845]], was reported lost on [[DATE_TIME:2 May]]; the replacement is free during the amnesty, which runs until the end of May.""",
    """The parking ticket PCN WK48812093 was issued to the car with plate [[ID_NUMBER:KX21 LMO]], registered keeper [[PERSON:Abimbola Fashola]] of [[ADDRESS:3 Coniston Gardens]], [[LOCATION:Enfield]].""",
    """Welcome to the under-12s, [[PERSON:Liam]]! Training is Tuesday at 6. Parents: please send Coach [[PERSON:Dimitri]] your emergency number - [[PERSON:Liam]]'s mum [[PERSON:Sarah]] is down as [[PHONE_NUMBER:0421 808 317]].""",
    """Please wire €4,200 to [[PERSON:Katharina Vogel]], IBAN [[IBAN_CODE:DE20 8904 6322 3364 6501 85]], reference "Miete März". She said she'd confirm once it lands.""",
    """Someone logged into [[PERSON:Abdul Rahman]]'s account from [[IP_ADDRESS:2a02:c7f:8a14:2b00:5d1e:44c3:9f0e:1a27]] on the [[DATE_TIME:9th at 03:22]], changed the recovery email to [[EMAIL_ADDRESS:recovery.abdul99@proton.me]] and the phone number to [[PHONE_NUMBER:+44 7700 900 812]].""",
    """[[PERSON:Margaret Anne Kowalski]] ([[PERSON:Peggy]]), [[AGE:91]], of [[LOCATION:Hamtramck]], passed away peacefully on [[DATE_TIME:February 3, 2025]]. She is survived by her children [[PERSON:Stan]], [[PERSON:Dorota]] and [[PERSON:Ed]].""",
    """my nephew [[PERSON:davi]] is doing a school project on [[NRP:Brazilian]] food, can you send the recipe to his email [[EMAIL_ADDRESS:davi.souza.2012@gmail.com]]? he's only [[AGE:11]] so keep it simple haha""",
    # Arabic and Hebrew
    """تقدّم المقيم [[PERSON:أحمد عبد الرحيم النجار]]، [[NRP:مصري]] الجنسية، رقم الإقامة [[ID_NUMBER:2753242011]]، بطلب نقل خدمات إلى صاحب عمل جديد بتاريخ [[DATE_TIME:2025/03/02]]. عنوانه الوطني: [[ADDRESS:3184 شارع الأمير سلطان]]، [[LOCATION:حي الروضة]]، [[LOCATION:جدة]] [[ZIP_CODE:23435]]، وجواله [[PHONE_NUMBER:0551 284 907]].""",
    """حضر إلى القسم المواطن [[PERSON:محمود سامي عبد الفتاح]] ([[AGE:45]] عاماً)، المقيم في [[ADDRESS:12 شارع الجمهورية]]، [[LOCATION:المنصورة]]، وأفاد بأنه في يوم [[DATE_TIME:الخميس ٦ مارس ٢٠٢٥ حوالي الساعة ١١ مساءً]] سُرقت سيارته رقم [[ID_NUMBER:ن ط ص ٤٨٣]] من أمام منزله، ورقمه القومي [[ID_NUMBER:28003151201834]].""",
    """قررت المحكمة تأجيل نظر الدعوى المقامة من [[PERSON:سلمى خالد المنصوري]] ضد [[PERSON:فيصل راشد الكعبي]] إلى جلسة [[DATE_TIME:الثلاثاء 22 أبريل 2025 الساعة 10:00 صباحاً]]، مع تكليف المدعى عليه بتقديم صورة من بطاقة هويته رقم [[ID_NUMBER:784-1979-7280527-5]].""",
    """عزيزي [[TITLE:السيد]] [[PERSON:يوسف الحمادي]]، تم إيداع مبلغ 3,500 درهم في حسابك ذي رقم الآيبان [[IBAN_CODE:AE30 0330 8654 4558 4931 939]]. إذا لم تقم بهذه العملية يرجى الاتصال بنا فوراً على 600 54 0000.""",
    """موعد المريضة [[PERSON:نورة سعد العتيبي]]، رقم الملف الطبي [[ID_NUMBER:00418273]]، في عيادة الغدد الصماء يوم [[DATE_TIME:14/10/1446 هـ]] الموافق [[DATE_TIME:12/04/2025]] مع [[TITLE:د.]] [[PERSON:هشام الزهراني]]. يرجى الحضور قبل الموعد بنصف ساعة وإحضار بطاقة الهوية.""",
    """ביום [[DATE_TIME:ראשון, 9 בפברואר 2025, בסביבות השעה 22:30]] הגיעה לתחנה [[PERSON:מיכל אברהמי]], ת"ז [[ID_NUMBER:222442881]], ומסרה כי רכבה, מספר רישוי [[ID_NUMBER:84-312-57]], נפרץ כשחנה ליד ביתה ברחוב [[ADDRESS:הרצל 112]] ב[[LOCATION:ראשון לציון]].""",
    """הדיון בתביעה של [[PERSON:יוסי כהן]] נגד [[PERSON:אורית לוי-שטרן]] נדחה ל-[[DATE_TIME:3.6.2025 בשעה 11:00]]. באת כוח התובע, [[TITLE:עו"ד]] [[PERSON:נועה פרידמן]], ביקשה לצרף את חוות הדעת של [[TITLE:ד"ר]] [[PERSON:גלעד שפירא]] עד אז.""",
    """בקשה להארכת אשרת עבודה עבור [[PERSON:סומצ'אי פונגסרי]], [[NRP:תאילנדי]], דרכון מס' [[ID_NUMBER:AA7731904]], שנכנס לארץ ב-[[DATE_TIME:14.08.2022]]. המעסיק, [[PERSON:משה דהן]] ממושב [[LOCATION:עין יהב]], זמין בטלפון [[PHONE_NUMBER:054-6631827]].""",
    """[[PERSON:דנה רוזנברג]] שלום, ההעברה לחשבונך בבנק 10 סניף 247 חשבון [[ID_NUMBER:85663445]] (IBAN [[IBAN_CODE:IL73 0102 4700 0008 5663 445]]) בוצעה בהצלחה. תודה שבחרת בנו.""",
    """תזכורת: לבנך [[PERSON:איתי]] נקבע תור לחיסון ביום [[DATE_TIME:רביעי 12.3 בשעה 16:15]] בסניף הקרוב לביתכם. לביטול השיבו להודעה זו או התקשרו ל-[[PHONE_NUMBER:03-5417720]]. בברכה, [[TITLE:האחות]] [[PERSON:רותי]].""",
]

BENCH = [
    # in the manner of ai4privacy pii-masking-200k/300k/400k
    """Hi [[PERSON:Wilhelmina]], as our Chief Wellbeing Strategist you're invited to the regional offsite. Please confirm your date of birth ([[DATE_TIME:04/11/1987]]) and mailing address, [[ADDRESS:4410 Lakeview Drive, Suite 220]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83704]], by replying from [[EMAIL_ADDRESS:w.okafor-lindqvist@hotmail.com]].""",
    """Transaction alert: your card [[CREDIT_CARD:5165 0861 5110 8247]] (exp. 08/27, CVV 614) was used for $1,249.00 from IP [[IP_ADDRESS:81.144.203.17]], device MAC 3c:22:fb:91:0e:7a. Cardholder [[PERSON:Ms. Adaeze Oyelaran]], if this wasn't you reply STOP to this message.""",
    """[[PERSON:Desmond Fairweather-Oduya]], the [[AGE:58]]-year-old male Regional Accounts Liaison at Wuckert-Halvorsen, lives at [[ADDRESS:77 Brackenbury Road]] in [[LOCATION:Hammersmith]], [[ZIP_CODE:W6 0BA]]. His payroll IBAN is [[IBAN_CODE:GB07BARC56596214717551]] with BIC BARCGB22.""",
    """Session flagged: user [[USERNAME:zekebm]] ([[PERSON:Ezekiel Brandt-Moreno]]) signed in on [[DATE_TIME:March 3rd, 2024 at 11:47 PM]] from [[IP_ADDRESS:2a01:4b00:8512:9f00:1c4d:aa3e:7f12:0b9c]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15. Temporary password issued: Tr0ub4dor&3.""",
    """In line with the remote-learning policy, student [[PERSON:Kaito Reinholt]] (ID [[ID_NUMBER:STU-48219]]) must upload his thesis draft from his registered device at [[IP_ADDRESS:172.58.201.44]] no later than [[DATE_TIME:02/14/2025]]; his supervisor, [[PERSON:Prof. Anneliese Varga]], will review it the same week.""",
    """Please ship the ergonomic chair to [[PERSON:Oluwadamilare Cassidy]], Product Integration Designer, [[ADDRESS:Unit 5B, 1190 Harbour Street]], [[LOCATION:Mississauga]], [[LOCATION:Ontario]] [[ZIP_CODE:L5H 4B2]]. Charge it to the Amex [[CREDIT_CARD:3467 770127 70034]], expiring 11/26, security code 4418.""",
    """Greetings [[PERSON:Mx. Rowan Adebisi]], your car, registration [[ID_NUMBER:RX68 PZK]] (VIN WVWZZZ1KZ8W123457), is due its MOT on [[DATE_TIME:30/06/2025]]. We'll text a reminder to [[PHONE_NUMBER:+44 7911 482 306]] a week before.""",
    """The research participant, [[PERSON:Lorna de los Reyes]], aged [[AGE:23]], identifies as [[NRP:Catholic]] and [[NRP:Filipino American]]; she lives at [[ADDRESS:2280 Junipero Serra Blvd, Apt 311]], [[LOCATION:Daly City]], [[LOCATION:CA]] [[ZIP_CODE:94015]] and can be emailed at [[EMAIL_ADDRESS:lornadlr@yahoo.com]].""",
    """Dear [[PERSON:Sven-Erik Haugland]], the rent for your flat in [[LOCATION:Zürich]] should now be paid to [[IBAN_CODE:CH44 0047 8070 0019 6081 5]] (BIC ZKBKCHZZ80A). Your tenant number, [[ID_NUMBER:M-20471]], must appear in the payment reference.""",
    """Our records show [[PERSON:Ms. Ingrid Solheim-Baptiste]] (female, [[AGE:44]]) switched her contact number from [[PHONE_NUMBER:(503) 291-7784]] to [[PHONE_NUMBER:+1-971-360-2215]] on [[DATE_TIME:2024-08-19]]. Her loyalty number [[ID_NUMBER:LX 7720 4419]] stays the same.""",
    """Could the Senior Data Steward at Runolfsdottir Inc, [[PERSON:Bartholomew Ng]], reset the router at [[ADDRESS:Floor 3, 880 Collins Street]], [[LOCATION:Docklands]] [[LOCATION:VIC]] [[ZIP_CODE:3008]]? Its MAC is 7c:2e:0d:a4:19:f3 and the WAN address is [[IP_ADDRESS:203.45.118.92]].""",
    """[[PERSON:Federico]] asked whether the £85 hoodie can be paid with his Maestro [[CREDIT_CARD:6304 5303 2177 6020 819]]; I told him to use the Visa [[CREDIT_CARD:4990-8065-9487-1745]] instead. Ship to [[ADDRESS:Flat 9, 3 Cranbrook Terrace]], [[LOCATION:Belfast]] [[ZIP_CODE:BT7 1NE]].""",
    """Tax season reminder for [[PERSON:Abimbola Ajayi-Thornton]]: SSN [[US_SSN:612-40-3378]]; spouse [[PERSON:Chester Thornton]], SSN [[US_SSN:548-17-2296]]. The refund should go to checking account [[ID_NUMBER:004418209773]], routing 111000614.""",
    """Our customer [[PERSON:Khadija Benali]], a [[AGE:36]] year old [[NRP:Moroccan]]-born pastry chef, asked that statements for IBAN [[IBAN_CODE:FR76 9592 7358 1786 9064 6409 243]] be posted to [[ADDRESS:14 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]].""",
    """Verification code sent to [[PHONE_NUMBER:+65 9183 2274]] for [[PERSON:Tan Wei Ming]] (NRIC [[ID_NUMBER:S6431968Z]]). If you did not request this, contact the bank. Device: iPhone; UA: Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148.""",
    """Could [[PERSON:Ayelet]] please update the accessibility log: the [[AGE:71]]-year-old client [[PERSON:Harriet Bloomfield]] at [[ADDRESS:Apartment 12, 5600 Wisconsin Avenue]], [[LOCATION:Chevy Chase]], [[LOCATION:MD]] [[ZIP_CODE:20815]] uses a screen reader and signs in from [[IP_ADDRESS:68.33.140.7]].""",
    """Happy birthday to [[PERSON:Jannik Osterhaus]], born [[DATE_TIME:08.12.1990]] in [[LOCATION:Bremen]]! Your birthday voucher of 25 EUR has been loaded onto the card [[CREDIT_CARD:4361 5468 4116 3329]].""",
    """Please verify the payment details of [[PERSON:Aigerim Sadykova]], Junior Compliance Facilitator: IBAN [[IBAN_CODE:PL29 0786 2587 5284 0332 5757 3122]], BIC ALBPPLPW, amount 4,150 PLN, reference INV-22871.""",
    """Following our discussion, [[PERSON:Dr. Olamide Fashanu]] will see [[PERSON:Quinn Harrow]] (they/them, [[AGE:29]]) for the gender-affirming care consult on [[DATE_TIME:Tuesday, 8 April]] at the [[LOCATION:Leeds]] clinic.""",
    """Hi team, [[PERSON:Ravindra]] here - my laptop (hostname LT-RAV-0412, MAC a4:83:e7:2c:11:9d) keeps getting [[IP_ADDRESS:192.168.4.77]] instead of a 10.x address. My desk is at [[ADDRESS:Level 14, 1 Raffles Place]]. Call me on [[PHONE_NUMBER:+65 8122 6039]].""",
    """The subscriber [[PERSON:Giulia Ferraro]] (codice fiscale [[ID_NUMBER:FRRGLI89D52F205U]]) pays by SEPA direct debit from [[IBAN_CODE:IT54E0927034748498332345659]]; her delivery address is [[ADDRESS:Via Solferino 22, int. 4]], [[ZIP_CODE:20121]] [[LOCATION:Milano]].""",
    """Welcome aboard, [[PERSON:Matías Quispe]]! As a Customer Experience Architect your employee number is [[ID_NUMBER:000418873]] and your login is [[USERNAME:mquispe]]. Your first day is [[DATE_TIME:Monday, 2 June 2025]] - please be at reception by 8:45.""",
    """Refund request: [[PERSON:Hye-jin Kwon]] was charged twice on her JCB [[CREDIT_CARD:3528 4331 5890 6008]] during checkout from [[IP_ADDRESS:121.134.77.208]]. She lives at [[ADDRESS:Apt 1203, 45 Teheran-ro 4-gil]], [[LOCATION:Gangnam-gu]], [[LOCATION:Seoul]].""",
    """Alert: user [[USERNAME:b.okonjo]] changed their password and recovery email to [[EMAIL_ADDRESS:bisi.okonjo.recovery@gmail.com]] at 04:12 from Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36, IP [[IP_ADDRESS:105.112.44.19]].""",
    """The nominated next of kin for [[PERSON:Ebony Whitlock]] ([[AGE:19]]) is her aunt, [[PERSON:Claudette Whitlock]], of [[ADDRESS:12 Flamboyant Close]], [[LOCATION:Spanish Town]], [[LOCATION:Jamaica]], tel. [[PHONE_NUMBER:+1 876 984 2217]].""",
    """Re: your membership at the climbing wall, [[PERSON:Ciarán Mac Giolla]]. The direct debit from [[IBAN_CODE:IE32 AIBK 2309 5084 0931 06]] has failed twice this month; please update it or pay at the front desk by card.""",
    """[[PERSON:Lindiwe Zulu]] applied for the Senior Logistics Manager post. DOB [[DATE_TIME:1992/07/07]], ID [[ID_NUMBER:9207073396089]], cell [[PHONE_NUMBER:072 318 4409]], currently based in [[LOCATION:Pietermaritzburg]].""",
    """Dispatch note: courier to collect from [[PERSON:Mrs. Beryl Hutchinson]], [[ADDRESS:Rose Cottage, 4 Mill Lane]], [[LOCATION:Ashbourne]], [[LOCATION:Derbyshire]] [[ZIP_CODE:DE6 1AP]]. She is [[AGE:83]] and hard of hearing, so knock loudly.""",
    """Could you remind [[PERSON:Arash Tehrani]] that his Discover card [[CREDIT_CARD:6011 6018 5712 5479]] expires 03/25 and that the replacement was mailed to [[ADDRESS:915 Pacific Ave #2]], [[LOCATION:Santa Cruz]], [[LOCATION:CA]] [[ZIP_CODE:95060]]?""",
    """To: [[EMAIL_ADDRESS:s.haddad@vodafone-mail.de]] - [[PERSON:Samir Haddad]], your Miles & More number [[ID_NUMBER:992004418732051]] is now linked to IBAN [[IBAN_CODE:DE15 0303 7081 7800 3940 34]]. Date of birth on file: [[DATE_TIME:29.02.1984]].""",
    """[[PERSON:Leonie Vanderhoeven]], the [[AGE:72]]-year-old retired Forward Branding Consultant, asked us to close [[IBAN_CODE:NL95 ABNA 2939 4754 04]] and move the balance to her daughter [[PERSON:Fleur]]. Her BSN is [[ID_NUMBER:819945420]].""",
    """[[PERSON:Tavita Leota]] ([[NRP:Samoan]], [[AGE:33]]) signed up for the social rugby league; emergency contact [[PERSON:Losa Leota]], [[PHONE_NUMBER:021 448 9031]], home address [[ADDRESS:18B Luke Street]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]].""",
    """Account holder [[PERSON:Chukwuemeka Obi]] requests a card replacement. Old card [[CREDIT_CARD:2223548062017756]], CVV 209, expiry 04/26. BVN [[ID_NUMBER:22318840175]]. Deliver to [[ADDRESS:Plot 44, Ademola Adetokunbo Crescent]], [[LOCATION:Wuse II]], [[LOCATION:Abuja]].""",
    """Good morning [[PERSON:Mr. Anatoly Brezhnev-Kaur]], the Dynamic Paradigm Engineer role starts on [[DATE_TIME:1 July]]. Your badge photo was taken from the webcam at [[IP_ADDRESS:88.97.14.201]]; please send the signed copy of your UK passport [[ID_NUMBER:761184420]] to [[EMAIL_ADDRESS:anatoly.bk@fastmail.com]].""",
    """مرحباً [[PERSON:ليلى حداد]]، بصفتك مديرة تطوير الأعمال يرجى تأكيد تاريخ ميلادك [[DATE_TIME:1988/05/17]] وعنوانك [[ADDRESS:شقة 7، عمارة 15، شارع الرينبو]]، [[LOCATION:عمّان]] [[ZIP_CODE:11183]]. تم تسجيل آخر دخول إلى حسابك من عنوان IP [[IP_ADDRESS:94.249.37.112]].""",
    """تنبيه: تم استخدام بطاقتك [[CREDIT_CARD:4845 5254 5872 5279]] (تنتهي 09/28) في عملية شراء بقيمة 1,200 ريال. صاحب البطاقة: [[PERSON:عبدالله فهد الدوسري]]، الجوال [[PHONE_NUMBER:+966 50 418 2273]]، الآيبان المرتبط [[IBAN_CODE:SA42 8041 6583 1746 8446 2474]].""",
    """שלום [[PERSON:אביגיל מזרחי]], בתור מנהלת חוויית לקוח את מוזמנת לכנס השנתי. נא לאשר את תאריך הלידה שלך ([[DATE_TIME:22/09/1985]]) ואת הכתובת [[ADDRESS:רחוב ביאליק 18, דירה 6]], [[LOCATION:רמת גן]] [[ZIP_CODE:5245118]]. שם משתמש: [[USERNAME:avigailm85]].""",
    """התראת אבטחה: [[PERSON:רועי בן-דוד]] התחבר לחשבון ב-[[DATE_TIME:14.03.2025 בשעה 02:17]] מכתובת [[IP_ADDRESS:31.154.88.203]] (Mozilla/5.0 (Windows NT 10.0; Win64; x64)). כרטיס האשראי המקושר: [[CREDIT_CARD:5425 5993 7068 3762]], ת.ז. [[ID_NUMBER:135624724]].""",
    # in the manner of gretel-pii-masking-en-v1
    """AUTO INSURANCE CLAIM FORM
Policy No.: PA-7714-20931
Claimant: [[PERSON:Veronica L. Ashby]]
Date of Birth: [[DATE_TIME:09/14/1976]]
Address: [[ADDRESS:3021 Briarcliff Road NE]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30329]]
Phone: [[PHONE_NUMBER:(404) 633-8172]]
Driver's License: [[US_DRIVER_LICENSE:058213447]] ([[LOCATION:GA]])
Date of Loss: [[DATE_TIME:02/26/2025, approx. 5:45 PM]]
Location of Loss: Clairmont Rd at N Druid Hills Rd, [[LOCATION:Decatur]]
Description: The insured's vehicle was rear-ended while stopped at the light by a 2019 Toyota Tacoma driven by [[PERSON:Marcus Dill]] (plate [[ID_NUMBER:CTJ 4491]]). A police report (No. 25-031177) was filed at the scene.""",
    """RESIDENTIAL LEASE AGREEMENT

This Lease is entered into on [[DATE_TIME:March 1, 2025]] between [[PERSON:Gordon T. Whitaker]] ("Landlord") and [[PERSON:Imani Jefferson]] and [[PERSON:Kofi Mensah-Jefferson]] ("Tenants") for the premises at [[ADDRESS:1147 Magnolia Street, Unit B]], [[LOCATION:New Orleans]], [[LOCATION:Louisiana]] [[ZIP_CODE:70115]]. The term begins on [[DATE_TIME:March 15, 2025]] and ends on [[DATE_TIME:March 14, 2026]]. Monthly rent of $1,650 is due on the first day of each month. Notices to Landlord may be sent to [[EMAIL_ADDRESS:gwhitaker.rentals@gmail.com]].""",
    """CONTRACT OF EMPLOYMENT

Employer: Harrowgate Logistics Ltd
Employee: [[PERSON:Ms Precious Nwachukwu]], [[ADDRESS:62 Ashworth Street]], [[LOCATION:Rochdale]] [[ZIP_CODE:OL12 6RT]]
National Insurance number: [[ID_NUMBER:PN 48 21 73 C]]
Job title: Transport Planner
Start date: [[DATE_TIME:7 April 2025]]
Salary: £31,500 per annum, paid monthly in arrears into the employee's account (sort code 30-96-26, account number [[ID_NUMBER:17440928]]).
Probationary period: six months.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Alvarez]], [[PERSON:Rosa Maria]]    MRN: [[ID_NUMBER:7734120]]    DOB: [[DATE_TIME:1951-11-03]]    Age: [[AGE:73]]
Admitted: [[DATE_TIME:2025-01-18]]    Discharged: [[DATE_TIME:2025-01-24]]
Attending: [[PERSON:Dr. Samuel Osei]]
Diagnosis: Community-acquired pneumonia, resolved. Type 2 diabetes mellitus.
Plan: Complete oral antibiotics. Follow up with PCP [[PERSON:Dr. Linh Pham]] on [[DATE_TIME:1/31 at 10:20 AM]]. Daughter [[PERSON:Carmen]] ([[PHONE_NUMBER:915-204-7781]]) will provide transport.""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Nathaniel Okeke]]    SSN: [[US_SSN:318-62-4470]]    DOB: [[DATE_TIME:May 9, 1985]]
Current address: [[ADDRESS:4820 S. Cottage Grove Ave, Apt 2N]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60615]] (since [[DATE_TIME:06/2019]])
Employer: Midwest Transit Authority    Position: Bus Operator    Monthly income: $4,870
Co-applicant: [[PERSON:Gabrielle Okeke]], SSN [[US_SSN:329-15-8806]]
Amount requested: $12,000    Purpose: debt consolidation
Existing credit card: Mastercard [[CREDIT_CARD:5588 7909 1112 2492]]""",
    """[[DATE_TIME:February 20, 2025]]

[[PERSON:Mr. Franklin Dubois]]
[[ADDRESS:218 Maple Ridge Drive]]
[[LOCATION:Columbia]], [[LOCATION:SC]] [[ZIP_CODE:29212]]

RE: NOTICE OF DEFAULT AND INTENT TO ACCELERATE - Loan No. 5501882043

Dear [[PERSON:Mr. Dubois]]: You have failed to make the last three monthly payments on the above loan, secured by the property at [[ADDRESS:218 Maple Ridge Drive]]. The total past-due amount is $4,118.36. If this amount is not paid by [[DATE_TIME:March 22, 2025]], the entire balance may be declared immediately due.""",
    """AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Patient name: [[PERSON:Tuan Anh Vo]]    Date of birth: [[DATE_TIME:03/30/1968]]    Medical record #: [[ID_NUMBER:MR-0092714]]
I authorize Valley Regional Medical Center to release my records of treatment from [[DATE_TIME:01/01/2023]] to [[DATE_TIME:12/31/2024]] to: [[PERSON:Dr. Elise Fontaine]], Fontaine Orthopedics, fax (408) 555-0190.
This authorization expires on [[DATE_TIME:06/30/2025]].
Signature of patient: ______________    Date: [[DATE_TIME:02/11/2025]]""",
    """EMPLOYEE INCIDENT REPORT
Employee: [[PERSON:Jorge Luis Paredes]]    Employee ID: [[ID_NUMBER:44187]]    Age: [[AGE:47]]
Home phone: [[PHONE_NUMBER:(559) 264-0831]]
Date/time of injury: [[DATE_TIME:01/08/2025 07:20]]
Location: Loading dock 3, distribution center
Supervisor: [[PERSON:Kimberly Haas]]
Description: Employee slipped on ice near the dock door while carrying a carton and landed on his right wrist. Witness: [[PERSON:Dale Obuya]]. Treated the same morning by [[PERSON:Dr. R. Sidhu]] at the urgent care clinic.""",
    """PRIOR AUTHORIZATION REQUEST - SPECIALTY MEDICATION
Member: [[PERSON:Shanice Lamont]]    Member ID: [[ID_NUMBER:W284471093]]    DOB: [[DATE_TIME:7/19/1990]]
Prescriber: [[PERSON:Dr. Arvind Balasubramanian]], NPI [[ID_NUMBER:1437298817]]
Medication: adalimumab 40 mg/0.4 mL, every other week
Diagnosis: moderate to severe plaque psoriasis (L40.0)
Prior therapies: methotrexate ([[DATE_TIME:03/2023]] - [[DATE_TIME:11/2023]]), discontinued for elevated LFTs.""",
    """SUBPOENA TO TESTIFY AT A DEPOSITION IN A CIVIL ACTION
Civil Action No. 1:24-cv-11873

To: [[PERSON:Patrick Byrne-Halloran]], [[ADDRESS:61 Gardner Street]], [[LOCATION:Boston]], [[LOCATION:MA]] [[ZIP_CODE:02130]]

YOU ARE COMMANDED to appear at the time, date and place set forth below to testify at a deposition.
Date and Time: [[DATE_TIME:04/09/2025 10:00 am]]

Attorney issuing: [[PERSON:Miriam Feldstein]], BBO# [[ID_NUMBER:672140]], [[EMAIL_ADDRESS:mfeldstein@feldsteinlaw.com]]""",
    """CONTINUING POWER OF ATTORNEY FOR PROPERTY

I, [[PERSON:Dorothy Evelyn Macpherson]], of [[ADDRESS:22 Birchmount Crescent]], [[LOCATION:Sudbury]], [[LOCATION:Ontario]] [[ZIP_CODE:P3E 2K7]], born [[DATE_TIME:October 4, 1939]], appoint my son [[PERSON:Ian Macpherson]] and my daughter [[PERSON:Fiona Ledoux]] jointly to be my attorneys for property.
Signed at [[LOCATION:Sudbury]] on the [[DATE_TIME:12th day of February, 2025]].
Witnesses: [[PERSON:Marc-André Bélanger]], [[PERSON:Joyce Amadi]]""",
    """VEHICLE BILL OF SALE
Seller: [[PERSON:Hollis Grant]], [[ADDRESS:3390 County Road 12]], [[LOCATION:Mankato]], [[LOCATION:MN]] [[ZIP_CODE:56001]]
Buyer: [[PERSON:Abdi Farah]], [[ADDRESS:2524 Cedar Ave S, Apt 5]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55404]], driver's license [[US_DRIVER_LICENSE:C418-227-903-114]]
Vehicle: 2012 Honda Odyssey, VIN 5FNRL5H62CB041187, odometer 164,220 miles
Sale price: $6,400, paid in full. The vehicle is sold as is.
Signed by both parties on [[DATE_TIME:February 22, 2025]].""",
    """BENEFICIARY DESIGNATION - GROUP TERM LIFE INSURANCE
Insured: [[PERSON:Rajesh Venkataraman]]    Employee No. [[ID_NUMBER:600317]]    SSN [[US_SSN:143-72-9085]]
Primary beneficiary: [[PERSON:Lakshmi Venkataraman]] (spouse), DOB [[DATE_TIME:02/27/1982]], 100%
Contingent beneficiaries: [[PERSON:Aditya Venkataraman]] (son, DOB [[DATE_TIME:08/15/2010]]), 50%; [[PERSON:Meera Venkataraman]] (daughter, DOB [[DATE_TIME:11/02/2013]]), 50%""",
    """CREDIT CARD APPLICATION
Name: [[PERSON:Émilie Gagnon-Roy]]    Date of birth: [[DATE_TIME:1991-04-23]]    SIN (optional): [[ID_NUMBER:790 760 284]]
Home address: [[ADDRESS:5620, rue Saint-Denis, app. 3]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2S 2E2]]
Mobile: [[PHONE_NUMBER:514-831-0476]]    Email: [[EMAIL_ADDRESS:emilie.gagnonroy@videotron.ca]]
Annual income: $68,000    Occupation: registered nurse    Years at address: 4""",
    """Notice CP2000    Tax Year 2023    Notice date: [[DATE_TIME:March 10, 2025]]
Taxpayer ID number: XXX-XX-6618

[[PERSON:DELROY A CAMPBELL]]
[[ADDRESS:1418 FLATBUSH AVE APT 3C]]
[[LOCATION:BROOKLYN]] [[LOCATION:NY]] [[ZIP_CODE:11210-2204]]

The income and payment information we have on file doesn't match the information you reported on your tax return. Response due date: [[DATE_TIME:April 9, 2025]].""",
    """STUDENT ENROLMENT FORM 2025/26
Pupil: [[PERSON:Amara Okonkwo-Lewis]]    Date of birth: [[DATE_TIME:14/06/2015]]    Year group: 5
Home address: [[ADDRESS:31 Fenwick Road]], [[LOCATION:Peckham]], [[LOCATION:London]] [[ZIP_CODE:SE15 4HP]]
Parent/carer 1: [[PERSON:Chioma Okonkwo]], mobile [[PHONE_NUMBER:07404 118 952]], [[EMAIL_ADDRESS:chioma.okonkwo@gmail.com]]
Parent/carer 2: [[PERSON:Daniel Lewis]], mobile [[PHONE_NUMBER:07958 330 471]]
Religion: [[NRP:Christian]]    First language: English    Allergies: peanuts
UPN: [[ID_NUMBER:R801200124017]]""",
    """LABORATORY REPORT
Patient: [[PERSON:KOWALCZYK]], [[PERSON:HENRYK]]    Sex: M    DOB: [[DATE_TIME:12-Mar-1958]]    Age: [[AGE:66]]
Patient ID: [[ID_NUMBER:HK58-0031227]]    Collected: [[DATE_TIME:14-Jan-2025 08:12]]
Ordering physician: [[PERSON:Dr. Beata Lis]]
HbA1c            7.9 %     (H)   ref 4.0-5.6
Fasting glucose  8.4 mmol/L (H)  ref 3.9-5.5
eGFR             68 mL/min/1.73m2""",
    """Dear [[TITLE:Mr]] and [[TITLE:Mrs]] [[PERSON:Okafor]],

Your home insurance for [[ADDRESS:The Old Forge, 2 Chapel Row]], [[LOCATION:Bampton]], [[LOCATION:Oxfordshire]] [[ZIP_CODE:OX18 2NB]] renews on [[DATE_TIME:1 May 2025]]. Your new premium is £684.20, collected in 12 monthly instalments from the account ending 4471. Policy number HH-20044871.""",
    """DISCLOSURE AND AUTHORIZATION - BACKGROUND CHECK
Full legal name: [[PERSON:Tiffany Marie Nguyen-Baker]]    Other names used: [[PERSON:Tiffany Marie Nguyen]]
SSN: [[US_SSN:455-81-3027]]    DOB: [[DATE_TIME:12/02/1994]]
Driver's license #: [[US_DRIVER_LICENSE:N4418207]]    State: [[LOCATION:CA]]
U.S. passport #: [[US_PASSPORT:A04418927]]
Current address: [[ADDRESS:7719 Westminster Blvd #118]], [[LOCATION:Westminster]], [[LOCATION:CA]] [[ZIP_CODE:92683]]
Previous address: [[ADDRESS:230 E. Chapman Ave]], [[LOCATION:Orange]], [[LOCATION:CA]] [[ZIP_CODE:92866]]
Signature: [[PERSON:T. Nguyen-Baker]]    Date: [[DATE_TIME:2/3/25]]""",
    """MUTUAL NON-DISCLOSURE AGREEMENT

This Agreement is made as of [[DATE_TIME:January 27, 2025]] between Kestrel Analytics Inc., a [[LOCATION:Delaware]] corporation (the "Company"), and [[PERSON:Oren Castellano]], an individual residing at [[ADDRESS:88 Larkin Street, #1204]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94102]] ("Recipient"). Notices to Recipient shall be sent to [[EMAIL_ADDRESS:oren.castellano@protonmail.com]].
Signed: [[PERSON:Oren Castellano]] / for the Company: [[PERSON:Danielle Sato]], General Counsel""",
    """INTERNATIONAL WIRE TRANSFER REQUEST
Remitter: [[PERSON:Haruto Saito]]    Account: [[ID_NUMBER:2011-448190-3]]    Phone: [[PHONE_NUMBER:+81 90-4418-2270]]
Beneficiary name: [[PERSON:Inês Carvalho Matos]]
Beneficiary address: [[ADDRESS:Rua da Boavista 412, 3.º Esq.]], [[ZIP_CODE:4050-102]] [[LOCATION:Porto]], [[LOCATION:Portugal]]
Beneficiary IBAN: [[IBAN_CODE:PT50 9799 4995 9854 2550 2501 1]]    SWIFT/BIC: BCOMPTPL
Amount: EUR 7,800.00    Purpose: family support""",
    """TREATMENT PLAN
Patient: [[PERSON:Moana Tuilagi]]    DOB: [[DATE_TIME:05/05/1987]]    NHI: [[ID_NUMBER:KLM5373]]
Dentist: [[PERSON:Dr Heather Lim]]
Visit 1 - [[DATE_TIME:Tue 6 May, 9:00 am]]: extraction UR8, local anaesthetic.
Visit 2 - [[DATE_TIME:Tue 20 May, 9:00 am]]: review and scale and polish.
Estimated cost: $640.00 (patient portion after WINZ grant).""",
    """CHANGE OF ADDRESS - Customer no. [[ID_NUMBER:3004172288]]
Name: [[PERSON:Bronwyn Kealey]]
Old address: [[ADDRESS:12 Wattle Street]], [[LOCATION:Fremantle]] [[LOCATION:WA]] [[ZIP_CODE:6160]]
New address: [[ADDRESS:Unit 4, 27 Hampton Road]], [[LOCATION:South Fremantle]] [[LOCATION:WA]] [[ZIP_CODE:6162]]
Moving date: [[DATE_TIME:14 April 2025]]
Phone: [[PHONE_NUMBER:(08) 9335 4421]]""",
    """I-864 AFFIDAVIT OF SUPPORT - Part 4, Information About You (Sponsor)
Family name: [[PERSON:Yilmaz]]    Given name: [[PERSON:Hakan]]
Date of birth: [[DATE_TIME:1979-08-22]]    Place of birth: [[LOCATION:Izmir]], [[LOCATION:Turkey]]
U.S. Social Security Number: [[US_SSN:601-28-7734]]
Mailing address: [[ADDRESS:1555 Kenilworth Ave, Apt 204]], [[LOCATION:Berwyn]], [[LOCATION:IL]] [[ZIP_CODE:60402]]
Principal immigrant: [[PERSON:Elif Yilmaz]], date of birth [[DATE_TIME:1984-01-30]], A-Number: none
Household size: 3    Current individual annual income: $74,300""",
    """TRAFFIC COLLISION REPORT
Date/Time: [[DATE_TIME:03/07/2025 16:52]]    Location: SR-99 northbound at Exit 293A, [[LOCATION:Sacramento County]]
Party 1: [[PERSON:Daniel Reyes Ortiz]], DOB [[DATE_TIME:04/18/1989]], [[LOCATION:CA]] DL [[US_DRIVER_LICENSE:D2284719]], [[ADDRESS:4410 Florin Rd Apt 17]], [[LOCATION:Sacramento]], [[LOCATION:CA]] [[ZIP_CODE:95823]], tel. [[PHONE_NUMBER:916-428-3306]]; vehicle plate [[ID_NUMBER:8XKP217]]
Party 2: [[PERSON:Jennifer Liu]], DOB [[DATE_TIME:09/09/1995]], [[LOCATION:CA]] DL [[US_DRIVER_LICENSE:Y7730451]]; vehicle plate [[ID_NUMBER:7MRV904]]
Reporting officer: [[TITLE:Ofc.]] [[PERSON:T. Brennan]] #[[ID_NUMBER:21874]]""",
    """[[PERSON:Dr Farah Siddiqui]] MBBS MRCGP - GMC No. [[ID_NUMBER:7041182]]
Patient: [[PERSON:Harold Jenkins]]    DOB: [[DATE_TIME:17/02/1944]]    NHS No.: [[ID_NUMBER:728 727 3160]]
Address: [[ADDRESS:14 Cleveland Terrace]], [[LOCATION:Darlington]] [[ZIP_CODE:DL3 7HB]]
Rx: Amlodipine 5 mg tablets, one daily, 28 tablets
Date: [[DATE_TIME:03/03/2025]]""",
    """[[DATE_TIME:28 February 2025]]

PRIVATE AND CONFIDENTIAL
[[PERSON:Mr Kieran Walsh]]
[[ADDRESS:Apartment 6, Riverside House, 9 Quay Street]]
[[LOCATION:Galway]] [[ZIP_CODE:H91 E2K4]]

Dear [[PERSON:Kieran]],

Following the disciplinary hearing on [[DATE_TIME:25 February 2025]], I am writing to confirm that your employment will end on [[DATE_TIME:14 March 2025]]. Your final pay, including six days of accrued leave, will be processed under PPSN [[ID_NUMBER:2878840N]].

Yours sincerely,
[[PERSON:Aisling Brennan]], HR Manager""",
    """NOTICE OF TELEPHONE HEARING
Claimant: [[PERSON:Latoya Simmons]]    Claimant ID: [[ID_NUMBER:UI-30417726]]
Employer: Brightway Home Health LLC
Hearing date and time: [[DATE_TIME:Wednesday, April 2, 2025 at 1:30 PM ET]]
The Administrative Law Judge, [[PERSON:Gregory Asante]], will call you at [[PHONE_NUMBER:(313) 842-6619]]. If this number is wrong, call the appeals office at 1-800-638-4100 at least two days before the hearing.""",
    """חוזה שכירות בלתי מוגנת
שנערך ונחתם בעיר [[LOCATION:חיפה]] ביום [[DATE_TIME:10 בינואר 2025]]
בין: [[PERSON:אברהם גולדשטיין]], ת"ז [[ID_NUMBER:024713190]], כתובת: [[ADDRESS:שדרות מוריה 52]], [[LOCATION:חיפה]] (להלן: "המשכיר")
לבין: [[PERSON:לינה חורי]], ת"ז [[ID_NUMBER:237093844]], טל' [[PHONE_NUMBER:050-7734182]] (להלן: "השוכרת")
הואיל והמשכיר הוא הבעלים של הדירה בכתובת [[ADDRESS:רחוב הגפן 7, דירה 12]], [[LOCATION:חיפה]], והשוכרת מעוניינת לשכור אותה לתקופה שמיום [[DATE_TIME:1.2.2025]] ועד ליום [[DATE_TIME:31.1.2026]], בדמי שכירות חודשיים של 4,800 ש"ח.""",
    """عقد عمل
إنه في يوم [[DATE_TIME:الأحد 5 يناير 2025]] تم الاتفاق بين كل من:
الطرف الأول: شركة الأفق للتجارة (صاحب العمل)
الطرف الثاني: [[PERSON:خالد إبراهيم الشمري]]، [[NRP:سعودي]] الجنسية، هوية وطنية رقم [[ID_NUMBER:1439895861]]، تاريخ الميلاد [[DATE_TIME:1990/08/14]]، جوال [[PHONE_NUMBER:0504418273]]، البريد الإلكتروني [[EMAIL_ADDRESS:khalid.alshammari90@gmail.com]]
يعمل الطرف الثاني بوظيفة محاسب اعتباراً من [[DATE_TIME:2025/02/01]] براتب شهري قدره 9,000 ريال يودع في حسابه رقم [[IBAN_CODE:SA10 1009 3057 4081 8158 2864]].""",
    # in the manner of Nemotron-PII
    """{
  "customer_no": "[[ID_NUMBER:C-448120]]",
  "first_name": "[[PERSON:Priscilla]]",
  "last_name": "[[PERSON:Achebe-Morrow]]",
  "dob": "[[DATE_TIME:1979-02-11]]",
  "email": "[[EMAIL_ADDRESS:p.achebe.morrow@icloud.com]]",
  "phone": "[[PHONE_NUMBER:+1-312-845-0193]]",
  "address": {
    "street": "[[ADDRESS:1180 W Monroe St]]",
    "unit": "[[ADDRESS:Apt 4F]]",
    "city": "[[LOCATION:Chicago]]",
    "state": "[[LOCATION:IL]]",
    "zip": "[[ZIP_CODE:60607]]"
  },
  "ssn_last4": "1093",
  "created_at": "2024-11-02T14:33:10Z",
  "marketing_opt_in": false
}""",
    """[[DATE_TIME:2025-03-14T09:12:44.118Z]] INFO  auth-service  login.success user=[[USERNAME:mhernandez]] email=[[EMAIL_ADDRESS:maria.hernandez@brightpath.io]] src_ip=[[IP_ADDRESS:73.162.44.201]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Safari/537.36" session=9f2c81e0b7
[[DATE_TIME:2025-03-14T09:13:02.540Z]] INFO  auth-service  mfa.sms.sent user=[[USERNAME:mhernandez]] to=[[PHONE_NUMBER:+15127304418]]
2025-03-14T09:15:00.003Z WARN  billing-worker  retry.scheduled job=invoice-sync attempt=3 backoff=120s
2025-03-14T09:15:27.870Z ERROR billing-worker  card.declined user_id=88213 card=************7756 reason=insufficient_funds""",
    """INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, sex, phone, email, insurance_member_id)
VALUES ('[[ID_NUMBER:P-0048213]]', '[[PERSON:Keanu]]', '[[PERSON:Kealoha]]', '[[DATE_TIME:1986-07-04]]', 'M', '[[PHONE_NUMBER:808-941-2276]]', '[[EMAIL_ADDRESS:kkealoha86@gmail.com]]', '[[ID_NUMBER:HMA440918273]]'),
       ('[[ID_NUMBER:P-0048214]]', '[[PERSON:Siew Ling]]', '[[PERSON:Ong]]', '[[DATE_TIME:1992-12-19]]', 'F', '[[PHONE_NUMBER:808-377-0952]]', NULL, '[[ID_NUMBER:HMA440918911]]');""",
    """<employee id="[[ID_NUMBER:E-7731]]">
  <name><first>[[PERSON:Anjali]]</first><last>[[PERSON:Bhattacharya]]</last></name>
  <title>Senior Actuary</title>
  <ssn>[[US_SSN:219-44-7306]]</ssn>
  <hireDate>[[DATE_TIME:2016-09-12]]</hireDate>
  <contact>
    <email>[[EMAIL_ADDRESS:anjali.bhattacharya@gmail.com]]</email>
    <mobile>[[PHONE_NUMBER:(617) 908-2241]]</mobile>
  </contact>
  <homeAddress>
    <line1>[[ADDRESS:45 Pleasant Street]]</line1>
    <line2>[[ADDRESS:Unit 3]]</line2>
    <city>[[LOCATION:Watertown]]</city>
    <state>[[LOCATION:MA]]</state>
    <postal>[[ZIP_CODE:02472]]</postal>
  </homeAddress>
  <bank><routing>011000138</routing><account>[[ID_NUMBER:0049821733]]</account></bank>
</employee>""",
    """# billing-worker deploy config
service: billing-worker
owner:
  name: [[PERSON:Lukas Brandstätter]]
  email: [[EMAIL_ADDRESS:lukas.brandstaetter@gmx.at]]
  oncall_phone: "[[PHONE_NUMBER:+43 664 1827 3340]]"
database:
  host: [[IP_ADDRESS:10.20.4.17]]
  port: 5432
  user: billing_rw
  password: "s3cr3t-Pa55!"
alerts:
  slack_channel: "#billing-alerts"
  escalate_to: [[USERNAME:j.novak]]
image: registry.internal/billing-worker:2.14.1""",
    """def test_signup_flow(client):
    payload = {
        "full_name": "[[PERSON:Olusegun Adeyemi]]",
        "email": "[[EMAIL_ADDRESS:segun.adeyemi@yahoo.co.uk]]",
        "phone": "[[PHONE_NUMBER:+234 803 441 2897]]",
        "dob": "[[DATE_TIME:1990-03-21]]",
        "password": "Lagos2024!",
    }
    resp = client.post("/api/v1/signup", json=payload)
    assert resp.status_code == 201
    assert resp.json()["username"] == "[[USERNAME:segun_adeyemi90]]\"""",
    """Ticket: INC0048812
Caller: [[PERSON:Bridget O'Donoghue]] ([[USERNAME:bodonoghue]])
Location: [[LOCATION:Cork]] office, 2nd floor
Contact: ext. 4417 / mobile [[PHONE_NUMBER:087 219 4406]]
Short description: Outlook keeps asking for password after reset
Details: User reset her password yesterday through the portal from her home PC ([[IP_ADDRESS:86.44.120.9]]). Since then Outlook on laptop CRK-LT-0193 prompts every 10 minutes. Her manager, [[PERSON:Declan Murphy]], approved a temporary MFA bypass.
Assigned to: [[PERSON:Aoife Kearney]]
Priority: 3 - Moderate""",
    r"""MSH|^~\&|EPIC|STJOSEPH|LAB|STJOSEPH|202503140912||ADT^A04|MSG00418|P|2.5.1
PID|1||[[ID_NUMBER:00482913]]^^^MRN||[[PERSON:MORALES]]^[[PERSON:ELENA]]^[[PERSON:R]]||[[DATE_TIME:19820317]]|F|||[[ADDRESS:1420 E 7TH ST]]^[[ADDRESS:APT 210]]^[[LOCATION:AUSTIN]]^[[LOCATION:TX]]^[[ZIP_CODE:78702]]||[[PHONE_NUMBER:(512)730-4418]]|||S||[[ID_NUMBER:40091827]]|[[US_SSN:463-11-9027]]
PV1|1|O|CLINIC^^^STJOSEPH||||[[ID_NUMBER:1672044397]]^[[PERSON:ABERNATHY]]^[[PERSON:JOHN]]^^^[[TITLE:DR]]""",
    """From: "[[PERSON:Rebecca Fairbanks]]" <[[EMAIL_ADDRESS:rfairbanks@fairbankscpa.com]]>
To: [[PERSON:Nikhil Ramaswamy]] <[[EMAIL_ADDRESS:nikhil.ramaswamy@outlook.com]]>
Cc: payroll@fairbankscpa.com
Date: [[DATE_TIME:Mon, 10 Mar 2025 16:22:09 -0500]]
Subject: Your 2024 return - documents needed
Received: from mail-ot1-f49.google.com ([[IP_ADDRESS:209.85.210.49]])

Hi [[PERSON:Nikhil]],
Please send your W-2 and [[PERSON:Deepa]]'s 1099-NEC. I still have her SSN as [[US_SSN:071-58-2230]]; tell me if that's changed. We'd like to file before the 15th.
[[PERSON:Rebecca]]""",
    """APP_ENV=production
ADMIN_NAME="[[PERSON:Camille Rousseau]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:camille.rousseau@orange.fr]]
ADMIN_PHONE=[[PHONE_NUMBER:+33 6 12 48 90 37]]
SMTP_HOST=smtp.mailgun.org
SMTP_USER=postmaster@mg.lafabrique-shop.fr
SMTP_PASS=9a8f7d6c5b4e
ALLOWED_IPS=[[IP_ADDRESS:82.64.17.203]],[[IP_ADDRESS:82.64.17.204]]
SENTRY_RELEASE=3.8.12""",
    r"""curl -X POST https://api.crm-example.co.za/v2/contacts \
  -H "Authorization: Bearer sk_live_51HxQ2kLm9" \
  -H "Content-Type: application/json" \
  -d '{"name":"[[PERSON:Themba Mokoena]]","email":"[[EMAIL_ADDRESS:themba.mokoena@webmail.co.za]]","phone":"[[PHONE_NUMBER:+27 83 402 7719]]","id_number":"[[ID_NUMBER:7801255521084]]"}'""",
    """const booking = {
  guest: { firstName: "[[PERSON:Anahí]]", lastName: "[[PERSON:Villalobos]]", email: "[[EMAIL_ADDRESS:anahi.villalobos@gmail.com]]" },
  passport: "[[ID_NUMBER:G48813720]]",
  nationality: "[[NRP:Mexican]]",
  checkIn: "[[DATE_TIME:2025-07-11]]",
  checkOut: "[[DATE_TIME:2025-07-15]]",
  card: { number: "[[CREDIT_CARD:4790935199243737]]", exp: "10/27", cvc: "381" },
  ip: "[[IP_ADDRESS:187.190.44.12]]",
};""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Nwosu-Hart]];[[PERSON:Adanna]];;[[TITLE:Dr.]];
FN:[[PERSON:Dr. Adanna Nwosu-Hart]]
ORG:St Mary's Hospital
TEL;TYPE=CELL:[[PHONE_NUMBER:+44 7700 900 461]]
TEL;TYPE=WORK:+44 20 3312 6666
EMAIL;TYPE=HOME:[[EMAIL_ADDRESS:adanna.nh@gmail.com]]
ADR;TYPE=HOME:;;[[ADDRESS:Flat 3, 18 Elgin Crescent]];[[LOCATION:London]];;[[ZIP_CODE:W11 2JR]];[[LOCATION:United Kingdom]]
BDAY:[[DATE_TIME:1983-06-09]]
END:VCARD""",
    """BEGIN:VEVENT
UID:8a3f9e12-44c1-4b7e-9d0a-1c2e3f4a5b6c@clinicbook.io
DTSTART:[[DATE_TIME:20250412T143000]]
DTEND:[[DATE_TIME:20250412T150000]]
SUMMARY:Physio - [[PERSON:Marek Dvořák]]
ATTENDEE;CN=[[PERSON:Marek Dvořák]]:mailto:[[EMAIL_ADDRESS:marek.dvorak@seznam.cz]]
ORGANIZER;CN=Physio Team:mailto:bookings@clinicbook.io
LOCATION:Room 2
DESCRIPTION:Knee rehab session 4 of 8. Mobile [[PHONE_NUMBER:+420 604 218 337]].
END:VEVENT""",
    """commit 3f9a1c7e2b4d8f06a5c1e9b7d2f4a6c8e0b1d3f5
Author: [[PERSON:Siddharth Rao]] <[[EMAIL_ADDRESS:sid.rao.dev@gmail.com]]>
Date:   [[DATE_TIME:Tue Feb 25 22:14:07 2025 +0530]]

    fix: mask phone numbers in CSV export (closes #482)

commit 9b0e44d1a7c3f2e8d6b5a4c3e2f1d0c9b8a7e6d5
Author: [[PERSON:Ngozi Eze]] <[[EMAIL_ADDRESS:ngozi.eze@proton.me]]>
Date:   [[DATE_TIME:Mon Feb 24 09:03:51 2025 +0100]]

    Revert "bump version to 4.2.0\"""",
    """[[IP_ADDRESS:41.90.66.213]] - [[USERNAME:wmuthoni]] [[[DATE_TIME:14/Mar/2025:10:21:07 +0300]]] "GET /account/statements?year=2024 HTTP/1.1" 200 18422 "-" "Mozilla/5.0 (Linux; Android 13; TECNO KI5q) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Mobile Safari/537.36"
[[IP_ADDRESS:66.249.66.12]] - - [14/Mar/2025:10:21:09 +0300] "GET /robots.txt HTTP/1.1" 200 68 "-" "Googlebot/2.1 (+http://www.google.com/bot.html)\"""",
    """Traceback (most recent call last):
  File "/srv/app/billing/charge.py", line 88, in charge_customer
    resp = gateway.charge(card, amount)
  File "/srv/app/billing/gateway.py", line 41, in charge
    raise CardDeclined(f"declined for {card.holder} ({card.email})")
billing.errors.CardDeclined: declined for [[PERSON:Yusuf Demir]] ([[EMAIL_ADDRESS:yusuf.demir@hotmail.com]])""",
    """{
  _id: ObjectId("65f1c2a9e4b0d81f2a7c9e13"),
  memberNo: "[[ID_NUMBER:GYM-220417]]",
  name: { given: "[[PERSON:Talia]]", family: "[[PERSON:Brennan-Okoro]]" },
  birthDate: ISODate("[[DATE_TIME:1997-05-02T00:00:00Z]]"),
  phones: [ "[[PHONE_NUMBER:0412 558 230]]" ],
  address: { line1: "[[ADDRESS:7/41 Bondi Road]]", suburb: "[[LOCATION:Bondi]]", state: "[[LOCATION:NSW]]", postcode: "[[ZIP_CODE:2026]]" },
  emergencyContact: { name: "[[PERSON:Declan Brennan]]", phone: "[[PHONE_NUMBER:+61 2 9387 1144]]" },
  createdAt: ISODate("2023-01-14T03:22:10Z"),
  tags: [ "casual", "pt-client" ]
}""",
    """### Bug: support export includes unmasked PII

**Reporter:** [[PERSON:Hannah Lindqvist]] (@[[USERNAME:hlindqvist]], [[URL:https://github.com/hlindqvist]])
**Version:** 3.8.2, Chrome 123

**Steps**
1. Log in as a support agent
2. Open customer [[PERSON:Maximilian Graf]] and click *Export*
3. Open the downloaded CSV

**Actual:** the row contains `[[EMAIL_ADDRESS:max.graf@posteo.de]]`, `[[PHONE_NUMBER:+49 151 2844 7710]]` and the full IBAN `[[IBAN_CODE:DE70618914440766167268]]`.
**Expected:** masked values, as in the UI.""",
    """{"channel":"#onboarding","username":"hr-bot","text":"Please welcome <@U04QK2P7L> [[PERSON:Kwabena Owusu]], starting [[DATE_TIME:Monday 17 March]] as a Data Engineer (desk 4.12). Personal email for the IT setup: [[EMAIL_ADDRESS:kwabena.owusu@gmail.com]]","icon_emoji":":wave:"}""",
    """-- fix typo reported in ticket 7781
UPDATE users
SET email = '[[EMAIL_ADDRESS:dominique.ngata@gmail.com]]',
    phone = '[[PHONE_NUMBER:+243 81 552 0917]]',
    updated_at = NOW()
WHERE username = '[[USERNAME:dngata]]' AND date_of_birth = '[[DATE_TIME:1988-10-09]]';

SELECT id, full_name FROM users WHERE last_name ILIKE '[[PERSON:Ngata]]%';""",
    """[contact]
name = [[PERSON:Per-Olof Lindgren]]
email = [[EMAIL_ADDRESS:perolof.lindgren@telia.se]]
phone = [[PHONE_NUMBER:+46 70 418 22 93]]

[payout]
iban = [[IBAN_CODE:SE1350025932384612190157]]
bic = ESSESESS
currency = SEK

[server]
port = 8080
workers = 4""",
    """mutation {
  createApplicant(input: {
    firstName: "[[PERSON:Tomás]]"
    lastName: "[[PERSON:Ó Súilleabháin]]"
    email: "[[EMAIL_ADDRESS:tomas.osuilleabhain@eircom.net]]"
    ppsn: "[[ID_NUMBER:3216237M]]"
    eircode: "[[ZIP_CODE:T12 X8KD]]"
    dateOfBirth: "[[DATE_TIME:1979-11-30]]"
  }) {
    id
    status
  }
}""",
    """<form action="/apply" method="post">
  <input type="text" name="fullname" value="[[PERSON:Rahel Tesfaye]]">
  <input type="email" name="email" value="[[EMAIL_ADDRESS:rahel.tesfaye@yahoo.com]]">
  <input type="tel" name="phone" value="[[PHONE_NUMBER:(202) 615-3308]]">
  <input type="text" name="address" value="[[ADDRESS:1401 Fairmont St NW, Apt 608]]">
  <input type="text" name="city" value="[[LOCATION:Washington]]">
  <input type="text" name="zip" value="[[ZIP_CODE:20009]]">
  <select name="nationality"><option selected>[[NRP:Ethiopian]]</option></select>
  <input type="hidden" name="csrf" value="f1e2d3c4b5a69788">
</form>""",
    """{"account":"[[ID_NUMBER:ACC-00918273]]","contact":{"name":"[[PERSON:Jasper van Rensburg]]","role":"Owner","mobile":"[[PHONE_NUMBER:+27 72 904 1183]]"},"notes":[{"author":"[[PERSON:Lerato]]","ts":"2025-02-03","text":"Called [[PERSON:Jasper]], he says he'll pay the arrears on the [[DATE_TIME:15th]]. His wife [[PERSON:Annelie]] does the books."}],"status":"active"}""",
    """{"event":"address_changed","schema":"v2","payload":{"customerNo":"[[ID_NUMBER:700412883]]","name":"[[PERSON:Ophélie Marchand]]","old":{"line1":"[[ADDRESS:22 rue Sainte-Catherine]]","city":"[[LOCATION:Bordeaux]]","postcode":"[[ZIP_CODE:33000]]"},"new":{"line1":"[[ADDRESS:5 allée des Tilleuls, bât. B]]","city":"[[LOCATION:Mérignac]]","postcode":"[[ZIP_CODE:33700]]"},"changedBy":"[[USERNAME:omarchand]]"},"ts":1741952201}""",
    """POST /newsletter/subscribe HTTP/1.1
Host: www.teapot-shop.co.uk
X-Forwarded-For: [[IP_ADDRESS:82.132.219.44]]
Content-Type: application/x-www-form-urlencoded

first_name=[[PERSON:Rhys]]&last_name=[[PERSON:Llewellyn]]&email=[[EMAIL_ADDRESS:rhys.llewellyn%40btinternet.com]]&postcode=[[ZIP_CODE:CF11+9LJ]]&dob=[[DATE_TIME:1995-08-30]]&consent=1""",
    """Subject: Web form submission - Contact us
Name: [[PERSON:Zhang Wei]]
Email: [[EMAIL_ADDRESS:zhangwei.syd@qq.com]]
Phone: [[PHONE_NUMBER:0433 118 275]]
Order number: WEB-448201
Message: Hi, I ordered a rice cooker on 3 March and it still hasn't arrived. Please send it to my work address instead: [[ADDRESS:Level 7, 100 Market Street]], [[LOCATION:Sydney]] [[LOCATION:NSW]] [[ZIP_CODE:2000]]. My date of birth is [[DATE_TIME:18/04/1990]] if you need to verify.""",
    """{
  "מספר_לקוח": "[[ID_NUMBER:55810294]]",
  "שם_מלא": "[[PERSON:שירה אלמוג]]",
  "תעודת_זהות": "[[ID_NUMBER:082274291]]",
  "תאריך_לידה": "[[DATE_TIME:1993-04-07]]",
  "טלפון": "[[PHONE_NUMBER:+972-54-882-1937]]",
  "כתובת": "[[ADDRESS:רחוב אחד העם 41]], [[LOCATION:תל אביב]]",
  "מיקוד": "[[ZIP_CODE:6520211]]",
  "אימייל": "[[EMAIL_ADDRESS:shira.almog@walla.co.il]]"
}""",
    """<عميل>
  <الاسم>[[PERSON:مريم عبدالرحمن الكبيسي]]</الاسم>
  <الجنسية>[[NRP:قطرية]]</الجنسية>
  <رقم_الهوية>[[ID_NUMBER:29363401827]]</رقم_الهوية>
  <تاريخ_الميلاد>[[DATE_TIME:1993-11-02]]</تاريخ_الميلاد>
  <الهاتف>[[PHONE_NUMBER:+974 5518 2047]]</الهاتف>
  <البريد>[[EMAIL_ADDRESS:maryam.alkubaisi@outlook.com]]</البريد>
  <العنوان>[[ADDRESS:مبنى 27، شارع 830]]، [[LOCATION:الدفنة]]، [[LOCATION:الدوحة]]</العنوان>
</عميل>""",
]

TABLE = [
    """case_no,defendant,dob,hearing,courtroom,counsel
CR-2025-00418,[[PERSON:Marcus Whitfield]],[[DATE_TIME:1991-04-12]],[[DATE_TIME:2025-04-03 09:00]],4B,[[PERSON:L. Okonjo]]
CR-2025-00431,[[PERSON:Ana Paula Ribeiro]],[[DATE_TIME:1987-09-30]],[[DATE_TIME:2025-04-03 09:30]],4B,[[PERSON:D. Feinberg]]
CR-2025-00452,[[PERSON:Trevor Nakamura]],[[DATE_TIME:2001-01-17]],[[DATE_TIME:2025-04-03 10:15]],2A,Public Defender""",
    """emp_id\tname\tni_number\tdept\tgross_monthly\tpay_to
[[ID_NUMBER:E1042]]\t[[PERSON:Siobhan Kelly]]\t[[ID_NUMBER:JT 44 81 27 B]]\tFinance\t3,240.00\t[[IBAN_CODE:GB47NWBK79271365460234]]
[[ID_NUMBER:E1043]]\t[[PERSON:Mohammed Al-Rashid]]\t[[ID_NUMBER:SK 20 73 96 D]]\tOps\t2,875.50\t[[IBAN_CODE:GB20NWBK60161392126442]]
[[ID_NUMBER:E1051]]\t[[PERSON:Wiktoria Lis]]\t[[ID_NUMBER:NZ 61 04 58 A]]\tWarehouse\t2,410.00\t[[IBAN_CODE:GB93HBUK36674677656287]]""",
    """| Client | Nationality | A-Number | Next hearing | Phone | Stage |
|---|---|---|---|---|---|
| [[PERSON:Yeshi Sherpa]] | [[NRP:Nepali]] | [[ID_NUMBER:A208-441-937]] | [[DATE_TIME:Apr 22, 2025 8:30 AM]] | [[PHONE_NUMBER:(718) 204-6671]] | Asylum merits |
| [[PERSON:Wilmer Ixcot]] | [[NRP:Guatemalan]] | [[ID_NUMBER:A219-007-452]] | [[DATE_TIME:May 6, 2025 1:00 PM]] | [[PHONE_NUMBER:(347) 881-0294]] | Master calendar |
| [[PERSON:Oumou Diallo]] | [[NRP:Guinean]] | [[ID_NUMBER:A215-336-108]] | - | [[PHONE_NUMBER:(929) 455-7163]] | Awaiting biometrics |""",
    """PROP#    OWNER                 DOB         ADDRESS                   ITEM
P-1187   [[PERSON:Reggie Tolliver]]       [[DATE_TIME:03/19/1978]]  [[ADDRESS:2210 Bayard St]]            bicycle, red Trek
P-1188   [[PERSON:Consuelo Ybarra]]       [[DATE_TIME:11/02/1964]]  [[ADDRESS:45 Linwood Ave, Apt 2]]     handbag, black leather
P-1191   [[PERSON:Dwayne K. Marsh]]       [[DATE_TIME:07/07/1999]]  [[ADDRESS:618 Oriole Dr]]             laptop, Dell, S/N 7HX2K93""",
    """{"uid": 1021, "user": "[[USERNAME:kpatel]]", "name": "[[PERSON:Kiran Patel]]", "email": "[[EMAIL_ADDRESS:kiran.patel@northfieldtech.com]]", "role": "admin", "last_login": "[[DATE_TIME:2025-03-12T08:14:55Z]]", "last_ip": "[[IP_ADDRESS:86.12.201.77]]"}
{"uid": 1022, "user": "[[USERNAME:lmoreau]]", "name": "[[PERSON:Léa Moreau]]", "email": "[[EMAIL_ADDRESS:lea.moreau@northfieldtech.com]]", "role": "editor", "last_login": "[[DATE_TIME:2025-03-11T17:40:02Z]]", "last_ip": "[[IP_ADDRESS:2a02:8428:1b3:e01::5c]]"}
{"uid": 1023, "user": "svc-backup", "name": null, "email": "backup@northfieldtech.com", "role": "service", "last_login": "2025-03-14T02:00:00Z", "last_ip": "[[IP_ADDRESS:10.0.8.14]]"}""",
    """volunteers:
  - name: [[PERSON:Grace Oduya]]
    age: [[AGE:67]]
    phone: "[[PHONE_NUMBER:0161 498 2207]]"
    shift: Saturday AM
    dbs_checked: true
  - name: [[PERSON:Tomasz Nowicki]]
    age: [[AGE:24]]
    phone: "[[PHONE_NUMBER:07512 330 918]]"
    shift: Sunday PM
    dbs_checked: false
  - name: [[PERSON:Harjit Kaur Bains]]
    age: [[AGE:51]]
    phone: "[[PHONE_NUMBER:+44 7723 014 886]]"
    shift: Saturday PM
    dbs_checked: true""",
    """Name: [[PERSON:Curtis Lamar Greene]]
DOC #: [[ID_NUMBER:A7734219]]
DOB: [[DATE_TIME:1985-12-03]]
Address: [[ADDRESS:3317 Buena Vista Ave]], [[LOCATION:Baltimore]], [[LOCATION:MD]] [[ZIP_CODE:21211]]
Next check-in: [[DATE_TIME:Thu 3/20 10:00]]
Supervising agent: [[PERSON:Ramirez]]

Name: [[PERSON:Shawna Pettiford]]
DOC #: [[ID_NUMBER:A7741102]]
DOB: [[DATE_TIME:1993-06-21]]
Address: [[ADDRESS:905 N. Calvert St, Apt 3R]], [[LOCATION:Baltimore]], [[LOCATION:MD]] [[ZIP_CODE:21202]]
Next check-in: [[DATE_TIME:Mon 3/24 14:30]]
Supervising agent: [[PERSON:Ramirez]]""",
    """mrn,patient,age,sex,ward,admitted,consultant
[[ID_NUMBER:RX440192]],[[PERSON:Eileen Moriarty]],[[AGE:84]],F,Ward 7,[[DATE_TIME:09/03/2025]],[[PERSON:Dr S. Banerjee]]
[[ID_NUMBER:RX440237]],[[PERSON:Kofi Asamoah]],[[AGE:59]],M,CCU,[[DATE_TIME:10/03/2025]],[[PERSON:Dr P. Reilly]]
[[ID_NUMBER:RX440255]],[[PERSON:Bethan Hughes]],[[AGE:31]],F,Ward 12,[[DATE_TIME:10/03/2025]],[[PERSON:Dr S. Banerjee]]""",
    """UNIT | TENANT | PHONE | MOVE-IN | RENT | DEPOSIT HELD
1A | [[PERSON:Lucía Fernández]] | [[PHONE_NUMBER:305-918-4472]] | [[DATE_TIME:2023-08-01]] | 1,950 | yes
1B | vacant | - | - | 1,900 | -
2A | [[PERSON:Obinna Nwankwo]] & [[PERSON:Kezia Nwankwo]] | [[PHONE_NUMBER:786-224-0918]] | [[DATE_TIME:2024-02-15]] | 2,300 | yes
2B | [[PERSON:Raymond Chau]] | [[PHONE_NUMBER:305-661-2073]] | [[DATE_TIME:2021-11-01]] | 1,875 | no""",
    """student_id,given_name,surname,year,guardian,guardian_mobile,suburb
[[ID_NUMBER:4471803]],[[PERSON:Ashwin]],[[PERSON:Menon]],9,[[PERSON:Divya Menon]],[[PHONE_NUMBER:0423 118 640]],[[LOCATION:Glen Waverley]]
[[ID_NUMBER:4471822]],[[PERSON:Chloe]],[[PERSON:Nguyen]],9,[[PERSON:Hoa Nguyen]],[[PHONE_NUMBER:0401 337 285]],[[LOCATION:Springvale]]
[[ID_NUMBER:4471850]],[[PERSON:Jack]],[[PERSON:O'Loughlin]],10,[[PERSON:Paul O'Loughlin]],[[PHONE_NUMBER:0438 902 716]],[[LOCATION:Mount Waverley]]
[[ID_NUMBER:4471861]],[[PERSON:Zara]],[[PERSON:Haddad]],10,[[PERSON:Rania Haddad]],[[PHONE_NUMBER:0412 650 093]],[[LOCATION:Clayton]]""",
    """donor_no\tname\temail\teircode\tamount_eur\ttax_relief
[[ID_NUMBER:D-10294]]\t[[PERSON:Máire Ní Bhriain]]\t[[EMAIL_ADDRESS:maire.nibhriain@gmail.com]]\t[[ZIP_CODE:H91 R2F6]]\t250\tY
[[ID_NUMBER:D-10317]]\t[[PERSON:Tadhg Cronin]]\t[[EMAIL_ADDRESS:tcronin@eircom.net]]\t[[ZIP_CODE:P31 YX04]]\t100\tN
[[ID_NUMBER:D-10355]]\t[[PERSON:Olena Shevchenko]]\t[[EMAIL_ADDRESS:olena.shev@ukr.net]]\t[[ZIP_CODE:D08 W9K2]]\t40\tN""",
    """| Name | Role | Email | Ext. |
|------|------|-------|------|
| [[PERSON:Nadia Rahman]] | Head of Legal | [[EMAIL_ADDRESS:nadia.rahman@corvella.co.uk]] | 2201 |
| [[PERSON:Owen Pryce]] | Paralegal | [[EMAIL_ADDRESS:owen.pryce@corvella.co.uk]] | 2214 |
| [[PERSON:Beatriz Lourenço]] | Immigration Caseworker | [[EMAIL_ADDRESS:beatriz.lourenco@corvella.co.uk]] | 2230 |
| Reception | - | reception@corvella.co.uk | 2000 |""",
    """SEQ  NAME                    NAT  PASSPORT    DOB          SEAT
001  [[PERSON:OKAFOR]]/[[PERSON:CHIDI]] [[TITLE:MR]]         [[NRP:NGA]]  [[ID_NUMBER:A09918273]]   [[DATE_TIME:14MAR1986]]    12A
002  [[PERSON:OKAFOR]]/[[PERSON:NKECHI]] [[TITLE:MRS]]       [[NRP:NGA]]  [[ID_NUMBER:A09918274]]   [[DATE_TIME:02NOV1988]]    12B
003  [[PERSON:LINDSTROM]]/[[PERSON:ERIK]] [[TITLE:MR]]       [[NRP:SWE]]  [[ID_NUMBER:91447203]]    [[DATE_TIME:23JUL1975]]    14C
004  [[PERSON:BANDA]]/[[PERSON:THOKOZANI]] [[TITLE:MS]]      [[NRP:ZAF]]  [[ID_NUMBER:M00418827]]   [[DATE_TIME:30JAN1999]]    15F
005  [[PERSON:KELLY]]/[[PERSON:MEGAN]] [[TITLE:MS]]          [[NRP:USA]]  [[US_PASSPORT:641208837]]   [[DATE_TIME:08AUG1991]]    15E""",
    """{"order": "SO-771203", "customer": "[[PERSON:Gabriel Mensah]]", "ship_to": "[[ADDRESS:41 Rowan Drive]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK6 3PL]]", "phone": "[[PHONE_NUMBER:07380 114 925]]", "items": 2, "total_gbp": 58.40, "status": "dispatched"}
{"order": "SO-771219", "customer": "[[PERSON:Priya Venkatesh]]", "ship_to": "[[ADDRESS:Flat 22, Abbey House, 7 Marlborough Road]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 7QD]]", "phone": "[[PHONE_NUMBER:+44 7459 882 031]]", "items": 1, "total_gbp": 19.99, "status": "pending"}
{"order": "SO-771240", "customer": "[[PERSON:Ewan Gillespie]]", "ship_to": "[[ADDRESS:3 Burnside Cottages]], [[LOCATION:Crieff]] [[ZIP_CODE:PH7 4AA]]", "phone": null, "items": 5, "total_gbp": 212.75, "status": "returned"}""",
    """member_no,name,category,joined,handicap,mobile
[[ID_NUMBER:10442]],[[PERSON:Graham Ashdown]],Senior,[[DATE_TIME:1998-04-01]],14.2,[[PHONE_NUMBER:07836 221 470]]
[[ID_NUMBER:10987]],[[PERSON:Anjali Khurana]],Full,[[DATE_TIME:2016-09-15]],22.8,[[PHONE_NUMBER:07971 408 336]]
[[ID_NUMBER:11203]],[[PERSON:Lewis Armitage-Cole]],Junior,[[DATE_TIME:2024-05-20]],28.0,[[PHONE_NUMBER:07415 990 127]]""",
    """trip: Year 8 camp, [[LOCATION:Ōrewa]]
emergency_contacts:
  - student: [[PERSON:Manaia Tipene]]
    contact: [[PERSON:Rangi Tipene]] (dad)
    phone: [[PHONE_NUMBER:021 336 8904]]
    medical: asthma, inhaler in bag
  - student: [[PERSON:Sophie van Dijk]]
    contact: [[PERSON:Marieke van Dijk]] (mum)
    phone: [[PHONE_NUMBER:027 418 2275]]
    medical: none
  - student: [[PERSON:Ravneet Sandhu]]
    contact: [[PERSON:Balwinder Sandhu]] (mum)
    phone: [[PHONE_NUMBER:+64 22 904 3318]]
    medical: nut allergy, EpiPen""",
    """Applicant: [[PERSON:Adaeze Nnamdi-Cole]]
Nationality: [[NRP:Nigerian]]
Passport no.: [[ID_NUMBER:B50418827]]
Date of birth: [[DATE_TIME:11 Sep 1994]]
Visa type: Skilled Worker
CoS number: C2G8K41X9Q7
UK address: [[ADDRESS:Flat 5, 22 Hyde Park Crescent]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 2NT]]

Applicant: [[PERSON:Rahul Bhattarai]]
Nationality: [[NRP:Nepalese]]
Passport no.: [[ID_NUMBER:PA0712294]]
Date of birth: [[DATE_TIME:2 Feb 1990]]
Visa type: Health and Care Worker
CoS number: C4H1M22Z0R3
UK address: [[ADDRESS:17 Ladybarn Lane]], [[LOCATION:Manchester]] [[ZIP_CODE:M14 6NQ]]""",
    """arrest_no,name,sex,age,charge,arrest_time,officer_badge
25-1102,[[PERSON:Kyle Jennings]],M,[[AGE:22]],DUI,[[DATE_TIME:2025-03-08 01:47]],[[ID_NUMBER:3318]]
25-1103,[[PERSON:Tamika Holloway]],F,[[AGE:35]],Shoplifting,[[DATE_TIME:2025-03-08 14:20]],[[ID_NUMBER:2974]]
25-1107,[[PERSON:Eduardo Salcido]],M,[[AGE:41]],Trespass,[[DATE_TIME:2025-03-09 23:05]],[[ID_NUMBER:3318]]""",
    """| # | Witness | Called by | Address | Date to attend |
|---|---------|-----------|---------|----------------|
| 1 | [[PERSON:Gillian Rowe]] | Prosecution | [[ADDRESS:12 Chestnut Walk]], [[LOCATION:Norwich]] [[ZIP_CODE:NR2 3QL]] | [[DATE_TIME:Tue 15 April]] |
| 2 | [[TITLE:PC]] [[PERSON:Daniel Osei]] | Prosecution | c/o Bethel Street police station | [[DATE_TIME:Tue 15 April]] |
| 3 | [[PERSON:Marek Zielinski]] | Defence | [[ADDRESS:4 Gurney Court]], [[LOCATION:Norwich]] [[ZIP_CODE:NR1 4DX]] | [[DATE_TIME:Wed 16 April]] |""",
    """holder,country,iban,bic,balance_eur
[[PERSON:Juan Carlos Romero]],[[LOCATION:Spain]],[[IBAN_CODE:ES8117460172715987439718]],CAIXESBBXXX,12480.22
[[PERSON:Sophie Dubois]],[[LOCATION:Belgium]],[[IBAN_CODE:BE60843475535070]],GEBABEBB,3310.05
[[PERSON:Pieter de Graaf]],[[LOCATION:Netherlands]],[[IBAN_CODE:NL37INGB4939381944]],INGBNL2A,870.91
[[PERSON:Alessandra Conti]],[[LOCATION:Italy]],[[IBAN_CODE:IT36G9929443132147138344793]],BCITITMM,45002.70""",
    """customer\tcard_type\tcard_number\texp\tlast_used
[[PERSON:Harlan Briggs]]\tVisa\t[[CREDIT_CARD:4840 1620 6718 4519]]\t07/27\t2025-03-02
[[PERSON:Meiling Zhou]]\tMastercard\t[[CREDIT_CARD:5331 3828 3914 0531]]\t12/26\t2025-02-28
[[PERSON:Connor Doyle]]\tAmex\t[[CREDIT_CARD:3759 077654 01008]]\t05/28\t2025-03-11
[[PERSON:Farida Yusuf]]\tDiners\t[[CREDIT_CARD:3648 616147 2153]]\t09/25\t2024-12-19""",
    """| Emp No | Full name | ID number | Gender | Site | Cell |
| 2204 | [[PERSON:Nomvula Khumalo]] | [[ID_NUMBER:8809211690082]] | F | [[LOCATION:Germiston]] | [[PHONE_NUMBER:083 417 2290]] |
| 2219 | [[PERSON:Pieter Botha]] | [[ID_NUMBER:7904035173083]] | M | [[LOCATION:Benoni]] | [[PHONE_NUMBER:072 880 1346]] |
| 2231 | [[PERSON:Zinhle Ngcobo]] | [[ID_NUMBER:9501122680083]] | F | [[LOCATION:Germiston]] | [[PHONE_NUMBER:061 204 7785]] |""",
    """Cust ID,Name,Aadhaar,PAN,Mobile,City,KYC Status
[[ID_NUMBER:HDF0041187]],[[PERSON:Meenakshi Iyer]],[[ID_NUMBER:7159 2769 1440]],[[ID_NUMBER:AAJPI4471M]],[[PHONE_NUMBER:+91 98401 27735]],[[LOCATION:Chennai]],Verified
[[ID_NUMBER:HDF0041203]],[[PERSON:Gurdeep Singh Walia]],[[ID_NUMBER:4630 3086 1783]],[[ID_NUMBER:BQWPS8820L]],[[PHONE_NUMBER:98140 66212]],[[LOCATION:Ludhiana]],Pending""",
    """ROOM  GUEST                      ARRIVAL      DEP.         ID SEEN
101   [[PERSON:Mr. Ibrahim Sesay]]          [[DATE_TIME:12 Mar 2025]]  [[DATE_TIME:15 Mar 2025]]  passport [[ID_NUMBER:SL0418822]]
104   [[PERSON:Ms. Clara Hoffmann]]         [[DATE_TIME:13 Mar 2025]]  [[DATE_TIME:14 Mar 2025]]  ID card [[ID_NUMBER:LFC41K7R2]]
107   [[PERSON:Dr. Luca Bianchi]]           [[DATE_TIME:13 Mar 2025]]  [[DATE_TIME:20 Mar 2025]]  passport [[ID_NUMBER:YA4418207]]""",
    """{"ticket": "CS-20931", "from": "[[EMAIL_ADDRESS:dmitri.volkov@mail.ru]]", "name": "[[PERSON:Dmitri Volkov]]", "subject": "Refund not received", "channel": "email", "priority": "high"}
{"ticket": "CS-20934", "from": "[[PHONE_NUMBER:+1 (416) 730-2294]]", "name": "[[PERSON:Abena Mensah]]", "subject": "Change delivery address", "channel": "sms", "priority": "normal"}
{"ticket": "CS-20940", "from": "[[EMAIL_ADDRESS:kwilliams1972@aol.com]]", "name": "[[PERSON:Kathleen Williams]]", "subject": "Account locked", "channel": "web", "priority": "normal"}""",
    """Student,Whānau contact,Phone,Iwi,Notes
[[PERSON:Kauri Herewini]],[[PERSON:Aroha Herewini]],[[PHONE_NUMBER:021 0844 3317]],[[NRP:Ngāti Porou]],kapa haka captain
[[PERSON:Lily Fonoti]],[[PERSON:Sina Fonoti]],[[PHONE_NUMBER:022 418 0093]],-,
[[PERSON:Hunter Blake]],[[PERSON:Jodie Blake]],[[PHONE_NUMBER:027 330 1462]],-,needs extra time in tests""",
    """borrower,tin,sss_no,loan_amount_php,address,mobile
[[PERSON:Rowena Bautista]],[[ID_NUMBER:412-883-019-000]],[[ID_NUMBER:33-4418207-6]],50000,"[[ADDRESS:Blk 7 Lot 12, Phase 2, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]]",[[PHONE_NUMBER:0917 882 4401]]
[[PERSON:Jerome Lacson]],[[ID_NUMBER:298-104-337-000]],[[ID_NUMBER:34-0927113-2]],25000,"[[ADDRESS:88 Rizal St.]], [[LOCATION:Barangay San Roque]], [[LOCATION:Marikina]]",[[PHONE_NUMBER:+63 918 330 2274]]""",
    """| Unit | Tenant | NRIC/FIN | Lease start | Lease end | Monthly (SGD) |
|------|--------|----------|-------------|-----------|---------------|
| [[ADDRESS:#12-05]] | [[PERSON:Lim Hui Min]] | [[ID_NUMBER:S2494212J]] | [[DATE_TIME:1 Mar 2024]] | [[DATE_TIME:28 Feb 2026]] | 3,400 |
| [[ADDRESS:#12-07]] | [[PERSON:Arun Prakash]] | [[ID_NUMBER:F5813754P]] | [[DATE_TIME:15 Jun 2024]] | [[DATE_TIME:14 Jun 2025]] | 3,150 |
| [[ADDRESS:#14-02]] | [[PERSON:Nur Aisyah binte Rahman]] | [[ID_NUMBER:T7000273B]] | [[DATE_TIME:1 Jan 2025]] | [[DATE_TIME:31 Dec 2026]] | 3,600 |""",
    """payee,mpesa_number,national_id,amount_kes,reason
[[PERSON:Achieng Odhiambo]],[[PHONE_NUMBER:0722 904 118]],[[ID_NUMBER:31044827]],4500,field allowance
[[PERSON:Kipchumba Rotich]],[[PHONE_NUMBER:0710 338 406]],[[ID_NUMBER:27719308]],4500,field allowance
[[PERSON:Halima Abdi]],[[PHONE_NUMBER:+254 745 012 883]],[[ID_NUMBER:33810294]],6000,team lead allowance""",
    """SUBJECT 1
Role: complainant
Name: [[PERSON:Jessica Thunderchild]]
DOB: [[DATE_TIME:1996-02-14]]
Phone: [[PHONE_NUMBER:306-940-2281]]
Address: [[ADDRESS:1425 Avenue P South]], [[LOCATION:Saskatoon]], [[LOCATION:SK]]

SUBJECT 2
Role: suspect
Name: [[PERSON:Brett Kozak]]
DOB: [[DATE_TIME:1990-10-05]]
Phone: unknown
Address: no fixed address
Vehicle: white F-150, plate [[ID_NUMBER:922 MKT]]""",
    """الرقم الوظيفي,الاسم,رقم الهوية,الجنسية,تاريخ المباشرة,الجوال
[[ID_NUMBER:10417]],[[PERSON:سعد ناصر القحطاني]],[[ID_NUMBER:1267678140]],[[NRP:سعودي]],[[DATE_TIME:2019/09/01]],[[PHONE_NUMBER:0553 418 207]]
[[ID_NUMBER:10452]],[[PERSON:رامي يوسف خليل]],[[ID_NUMBER:2458045347]],[[NRP:أردني]],[[DATE_TIME:2021/03/14]],[[PHONE_NUMBER:0548 902 116]]
[[ID_NUMBER:10488]],[[PERSON:جوزيف ماثيو]],[[ID_NUMBER:2823767815]],[[NRP:هندي]],[[DATE_TIME:2023/11/05]],[[PHONE_NUMBER:0569 330 471]]""",
    """| الوحدة | المستأجر | رقم الهوية الإماراتية | بداية العقد | الآيبان |
|---|---|---|---|---|
| [[ADDRESS:شقة 1204]] | [[PERSON:حمدان سالم الظاهري]] | [[ID_NUMBER:784-1987-1419521-5]] | [[DATE_TIME:01/04/2024]] | [[IBAN_CODE:AE060265096507176469815]] |
| [[ADDRESS:شقة 1207]] | [[PERSON:ريم عادل السويدي]] | [[ID_NUMBER:784-1992-7172591-5]] | [[DATE_TIME:15/09/2024]] | [[IBAN_CODE:AE880351246497247343066]] |""",
    """מספר תיק,שם המטופל,ת"ז,גיל,תאריך ביקור,רופא מטפל
[[ID_NUMBER:4410287]],[[PERSON:יעל ברק]],[[ID_NUMBER:005297064]],[[AGE:42]],[[DATE_TIME:02/03/2025]],[[TITLE:ד"ר]] [[PERSON:אלון קפלן]]
[[ID_NUMBER:4410311]],[[PERSON:מוחמד עזאם]],[[ID_NUMBER:202569968]],[[AGE:57]],[[DATE_TIME:02/03/2025]],[[TITLE:ד"ר]] [[PERSON:אלון קפלן]]
[[ID_NUMBER:4410340]],[[PERSON:אולגה פטרובה]],[[ID_NUMBER:337493134]],[[AGE:68]],[[DATE_TIME:03/03/2025]],[[TITLE:ד"ר]] [[PERSON:מירב חדד]]""",
    """שם: [[PERSON:אליהו פרץ]]
ת.ז.: [[ID_NUMBER:018159467]]
תאריך לידה: [[DATE_TIME:11.05.1979]]
כתובת: [[ADDRESS:רחוב ז'בוטינסקי 88]], [[LOCATION:פתח תקווה]]
טלפון: [[PHONE_NUMBER:052-4418830]]
רכב: מאזדה 3 לבנה, מ"ר [[ID_NUMBER:41-227-83]]

שם: [[PERSON:טל גבאי]]
ת.ז.: [[ID_NUMBER:264010224]]
תאריך לידה: [[DATE_TIME:23.12.1988]]
כתובת: [[ADDRESS:רחוב הנשיאים 14]], [[LOCATION:הוד השרון]]
טלפון: [[PHONE_NUMBER:054-7730912]]
רכב: אין""",
    """patient,health_card,version,dob,phone,family_doctor
[[PERSON:Marie-Claude Lavoie]],[[ID_NUMBER:6915-942-517]],KT,[[DATE_TIME:1958-03-27]],[[PHONE_NUMBER:613-744-2018]],[[PERSON:Dr. Hamid Noorani]]
[[PERSON:Darius Farahani]],[[ID_NUMBER:7240-018-809]],AB,[[DATE_TIME:1982-10-11]],[[PHONE_NUMBER:(613) 291-7730]],[[PERSON:Dr. Hamid Noorani]]
[[PERSON:Evelyn Two-Rivers]],[[ID_NUMBER:7429-781-292]],,[[DATE_TIME:2004-06-30]],[[PHONE_NUMBER:613 558 0426]],none""",
]

CHAT = [
    """[10:02] Agent ([[PERSON:Priya]]): Hi, you're chatting with [[PERSON:Priya]] from Meridian Bank. How can I help today?
[10:03] [[PERSON:Callum Reid]]: hi the cash machine on the high street just swallowed my card
[10:03] Agent ([[PERSON:Priya]]): Sorry to hear that! Can I take your full name and date of birth?
[10:04] [[PERSON:Callum Reid]]: [[PERSON:Callum James Reid]], [[DATE_TIME:03/10/1989]]
[10:04] Agent ([[PERSON:Priya]]): Thanks [[PERSON:Callum]]. And the first line of your address and your postcode?
[10:05] [[PERSON:Callum Reid]]: [[ADDRESS:27 Whinney Hill]], [[ZIP_CODE:DL13 2QT]]
[10:06] Agent ([[PERSON:Priya]]): I've cancelled the card ending 4472 and ordered a new one; it'll arrive in 3-5 working days. Is [[PHONE_NUMBER:07913 448 201]] still the best number for you?
[10:06] [[PERSON:Callum Reid]]: yes thats me, cheers""",
    """[[[DATE_TIME:14/03/2025, 18:21]]] [[PERSON:Tolu]]: Has anyone got [[PERSON:Dami]]'s new address? I want to post his birthday card
[[[DATE_TIME:14/03/2025, 18:24]]] Aunty [[PERSON:Bisi]]: It's [[ADDRESS:Flat 3, 58 Queens Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 1TU]]
[[[DATE_TIME:14/03/2025, 18:25]]] [[PERSON:Tolu]]: thanks aunty 🙏 his birthday is the [[DATE_TIME:22nd]] abi?
[[[DATE_TIME:14/03/2025, 18:31]]] [[PERSON:Femi Adebayo]]: yes. Also mummy's flight lands [[DATE_TIME:Friday 21st at 06:40]], BA 074. Her passport number for the booking is [[ID_NUMBER:A11204871]] if anyone needs it
[[[DATE_TIME:14/03/2025, 18:33]]] Aunty [[PERSON:Bisi]]: [[PERSON:Femi]]!! Don't put passport numbers in the group 😩
[[[DATE_TIME:14/03/2025, 18:34]]] [[PERSON:Femi Adebayo]]: sorry o, deleting""",
    """[[PERSON:Marcus Lee]]  9:14 AM
anyone know why the export for customer [[PERSON:Yolanda Pierce]] keeps failing? account email is [[EMAIL_ADDRESS:ypierce@comcast.net]]
[[PERSON:Sana Qureshi]]  9:16 AM
looks like her address has a stray comma in it: "[[ADDRESS:1820 Lakeshore Dr,, Apt 12]]", the CSV writer chokes on it
[[PERSON:Marcus Lee]]  9:17 AM
ugh. @[[USERNAME:dkowalski]] can you patch it in prod? customer id [[ID_NUMBER:CU-0093318]]
[[PERSON:Dan Kowalski]]  9:25 AM
done. her phone was also missing the area code, fixed it to [[PHONE_NUMBER:(216) 404-7781]]
[[PERSON:Sana Qureshi]]  9:26 AM
:pray: thanks [[PERSON:Dan]]""",
    """[[PERSON:Oksana Bondar]], 09:12: Good morning [[PERSON:Ms Whitcombe]], I got a letter from the Home Office today
[[PERSON:Helen Whitcombe]], 09:20: Morning [[PERSON:Oksana]]. Can you send me a photo? What's the reference at the top?
[[PERSON:Oksana Bondar]], 09:24: It says UAN 3434-0917-2281-5530 and my Person ID [[ID_NUMBER:M8813270]]
[[PERSON:Helen Whitcombe]], 09:31: Thanks. It's your biometrics appointment, [[DATE_TIME:Thursday 27 March at 11:40]], at the centre in [[LOCATION:Croydon]]. Bring your [[NRP:Ukrainian]] passport and the BRP for [[PERSON:Maksym]] as well.
[[PERSON:Oksana Bondar]], 09:33: [[PERSON:Maksym]]'s BRP number is [[ID_NUMBER:ZX9013346]]. The centre is a short bus ride from our flat at [[ADDRESS:44 Selhurst Road]] so that's fine
[[PERSON:Helen Whitcombe]], 09:35: Perfect. Ring me on [[PHONE_NUMBER:07700 914 552]] if anything comes up before then.""",
    """Operator: You're chatting with the Police Assistance Line. What would you like to report?
[[PERSON:Jade Kostopoulos]]: someone's been using my identity, they opened a phone account in my name
Operator: I'm sorry to hear that. Can you confirm your full name, date of birth and driver licence number?
[[PERSON:Jade Kostopoulos]]: [[PERSON:Jade Eleni Kostopoulos]], [[DATE_TIME:9/9/1992]], licence [[ID_NUMBER:14 882 307]] ([[LOCATION:NSW]])
Operator: When did you first notice?
[[PERSON:Jade Kostopoulos]]: got a bill on [[DATE_TIME:Monday the 10th]] for a mobile account with the number [[PHONE_NUMBER:0487 220 914]], which isn't mine. my actual mobile is [[PHONE_NUMBER:0431 576 208]]
Operator: Thank you. Your event number is E 418 229 071. Someone from the fraud team at [[LOCATION:Parramatta]] will contact you within 5 business days.""",
    """[[PERSON:Gary]] (landlord), [[DATE_TIME:Tue 4 Mar 19:02]]: Hi [[PERSON:Amina]], the plumber will come Thursday between 8 and 10, ok?
[[PERSON:Amina Yusuf]], [[DATE_TIME:Tue 4 Mar 19:10]]: thats fine, my flatmate [[PERSON:Chloe]] will be in. can he text her on [[PHONE_NUMBER:07742 881 930]] when hes on the way
[[PERSON:Gary]] (landlord), [[DATE_TIME:Tue 4 Mar 19:11]]: Will do. Also rent this month to the new account please: [[PERSON:G. Hollis]], [[IBAN_CODE:GB78MIDL89591871160587]]
[[PERSON:Amina Yusuf]], [[DATE_TIME:Tue 4 Mar 19:15]]: ok. the deposit certificate still has our old address, [[ADDRESS:12 Carrow Road]], can you change it to [[ADDRESS:Flat 2, 91 Unthank Road]], [[LOCATION:Norwich]] [[ZIP_CODE:NR2 2PE]]?""",
    """[[PERSON:מיכל]]: היי לכולם, מישהו יכול להסיע את [[PERSON:נועם]] לחוג ביום שלישי?
[[PERSON:אבי כהן]]: אני יכול. מה הכתובת שלכם?
[[PERSON:מיכל]]: [[ADDRESS:רחוב הדקל 9]], [[LOCATION:כפר סבא]]. הטלפון שלי [[PHONE_NUMBER:050-3318274]] אם משהו משתנה
[[PERSON:שרון לוי]]: תזכורת: מסיבת יום ההולדת של [[PERSON:עדי]] ב-[[DATE_TIME:21.3 בשעה 17:00]], הכתובת: [[ADDRESS:רחוב התאנה 4, דירה 8]]
[[PERSON:אבי כהן]]: מעולה. [[PERSON:שרון]], אפשר את המייל שלך כדי לשלוח את התמונות מהטיול?
[[PERSON:שרון לוי]]: [[EMAIL_ADDRESS:sharon.levi77@gmail.com]]""",
    """Bot: Welcome to SkyLink Support. Please enter your registered mobile number.
User: [[PHONE_NUMBER:99302 61847]]
Bot: Thanks. Connecting you to an agent...
[[PERSON:Rohit]] (Agent): Hello, this is [[PERSON:Rohit]]. May I know the name on the account?
User: [[PERSON:Fatima Sheikh]]
[[PERSON:Rohit]] (Agent): Thank you [[PERSON:Ms Sheikh]]. For verification please share your date of birth and the last 4 digits of your Aadhaar.
User: [[DATE_TIME:17-08-1995]], 1783
[[PERSON:Rohit]] (Agent): Verified. How can I help you?
User: broadband at [[ADDRESS:B-204, Lotus Heights, Link Road, Malad West]], [[LOCATION:Mumbai]] [[ZIP_CODE:400064]] has been down since yesterday, router shows a red light
[[PERSON:Rohit]] (Agent): I've raised complaint SR-88420117. An engineer will visit tomorrow between 10 am and 1 pm and will call you before coming.""",
]

LOOKALIKE = [
    """Your order #114-2290817-4471093 has shipped! Hi [[PERSON:Deborah]], items: 2 x SKU HX-4410-BLK (Bluetooth speaker), 1 x SKU CB-USB-C-2M (cable). Carrier: UPS, tracking 1Z 999 AA1 01 2345 6784, estimated delivery Thursday. Questions? Call 1-888-280-4331 or write to support@soundhaven.com. Return label RMA-20250314-0092; invoice INV-0048812 dated 14/03/2025 is attached.""",
    """Release 10.4.2.1 (build 20250311.4)
- Firmware 2.10.0.114 for model RT-AX58U; minimum bootloader 1.0.0.4
- Bumped OpenSSL to 3.0.13 and libcurl to 8.6.0
- Fixed: device serials 4C0A21B0017 to 4C0A21B0290 reported the wrong region code
- Image sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
- Migration id 3f2b9c1e-7d44-4a0e-b8f1-22c9e0d7a513, tracked as PLAT-4471
Released 11 March 2025. Support hotline 0800 028 4471, release-team@routerco.example.""",
    """Hi [[PERSON:Rosalind]], the three titles you reserved are in: "Bodies of Evidence" (ISBN 978-0-275-24232-9), "The Quiet Ward" (ISBN 978-1-64283-435-2) and "Notes on Hodgkin and Parkinson" (ISBN 978-90-969-7174-6), which has the chapters on Hodgkin lymphoma and Parkinson's disease you asked about. We'll hold them until Saturday under reservation RSV-7741. Our shop on Nelson Mandela Boulevard is open until 6; the Harriet Tubman Way branch closes at 5. - Mandela Books, 0161 832 4400""",
    """INVOICE No. 2025-0318
Supplier: Northwind Tiling Ltd, Company No. 08841273, VAT GB 294 7741 08
Bill to: Harbour View Developments Ltd, FAO [[PERSON:Keith Armitage]], Site Manager
PO number: PO-55120    Job ref: HV-BLK-C
42 m2 porcelain tile, code PT-6060-GR, at £38.50 = £1,617.00
Payment due within 30 days. Queries to accounts@northwindtiling.co.uk or 01632 960 114.""",
    """ASSET    HOSTNAME       SERIAL         MAC                 FW         ASSIGNED TO
A-0412   LT-FIN-0412    5CG1234XYZ     3c:52:82:1a:9e:04   1.0.12.4   [[PERSON:Olga Petrenko]] ([[USERNAME:opetrenko]])
A-0413   PR-FL2-01      VNB3R41221     00:1b:a9:4c:77:e0   2.2.0.15   shared, 2nd floor printer
A-0419   PH-0419        356938035643809  -                 17.3.1     [[PERSON:Samuel Adeyinka]]""",
    """Memo re: client intake for [[PERSON:Tobias Grünwald]]. Flag the Miranda issue before the interview: the arrest notes say rights were read at 14:10 but custody log entry CL-2025-0883 shows 14:55. See Case No. 2:24-cr-00417-JLR, 18 U.S.C. § 1028A and Fed. R. Evid. 803(6); compare the Megan's Law registration rules and the Good Samaritan exception. The clerk's line is (206) 370-8400 and e-filing questions go to ecf_help@wawd.uscourts.gov.""",
    """عزيزي [[PERSON:ماجد]]، تم شحن طلبك رقم 7741-2290-11 وسيصل خلال 3 أيام عمل. رقم التتبع 34418827701 ورمز المنتج SKU-TV55-UHD. لخدمة العملاء اتصل على 920000864 أو راسلنا على support@souq-example.sa، ورقم الفاتورة INV-2025-04471.""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind74", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind9.jsonl: a ninth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind9.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts); only the module docstring of make_blind8.py, gold_sets.py, the
`parse()` helper of make_handwritten.py (with its two regexes, MARK and
TITLE_IN_NAME), and the import lines and closing lines of make_blind8.py
were read, to keep the conventions and the file format. None of the values
seen in passing there is reused here. The detector was never run on this
file. Do not tune the detector against it: once it has been used to tune,
it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (check digits worked out
by hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks them and refuses a bad one).

Styles (ids `blind9-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool (public PII-masking benchmarks such as
ai4privacy pii-masking-200k/300k/400k and gretel synthetic PII finance):
- `gen` (70): one to three LLM-generated-style sentences on customer
  service, banking, insurance, healthcare, HR, legal, travel, education,
  real estate, government, social media, shopping, telecom, utilities,
  logistics, gaming, dating apps, fitness apps, ride-hailing, food
  delivery, crowdfunding, research and immigration, with one to five PII
  values each: names from many cultures, names that are also English words
  or place names (Sydney, Paris, Florence, Austin, Jordan, Chase, Grant,
  Sterling, Lane, Ivy, Autumn, Miles, Pearl and more), first names alone,
  surnames alone after an honorific, lowercase names, names at the start
  and the end of a sentence, nicknames.
- `bench` (70): dense form-like narrative in the manner of ai4privacy and
  gretel records: prefixes, middle names, ages, birth dates in many shapes,
  multi-part addresses of many countries (Poland, Czechia, Greece, Israel,
  Egypt, Saudi Arabia, Pakistan, Bangladesh, Indonesia, Vietnam, the
  Philippines, South Korea, Argentina, Chile, Colombia, Peru, Ireland, New
  Zealand and the more usual ones), phones, emails, usernames, SSNs,
  passports, driver's licences, IBANs, cards, IPv4 and IPv6, crypto
  wallets, account numbers, plates, national ids; some records in French,
  German, Italian, Spanish, Dutch and Portuguese. Passwords, genders, job
  titles, VINs, user agents, BICs and MACs appear and are left unlabeled.
- `doc` (30): longer texts (letters, clinical notes, police and incident
  reports, statements, tenancy documents, HR letters, CVs, minutes, school
  reports, claims, judgments, case notes, emails with signatures, meeting
  transcripts) with four to ten PII values each and non-PII look-alikes.
- `chat` (30): informal messages and transcripts (SMS, WhatsApp, Slack,
  Discord, Telegram, support chats with turns, call transcripts,
  voicemails): lowercase names, nicknames, typos, emoji, handles, loosely
  written phone numbers, half addresses; six of them in other languages.
- `struct` (20): semi-structured text: key: value blocks, log lines, email
  headers, vCards, CSV / TSV / Markdown tables with a header row, JSON,
  YAML, XML, SQL INSERTs, query strings, form dumps, shipping labels; every
  PII value inside is labeled.
- `lookalike` (20): mostly non-PII text full of look-alikes (order /
  tracking / invoice numbers, versions shaped like IP addresses, amounts,
  flight numbers, model, serial and part codes, hashes, ISBNs, coordinates,
  products, brands, eponyms), with the few real PII values labeled; 7 of
  the 20 records have no PII at all.

Labeling conventions: the same as in make_blind8.py (and make_blind7.py,
make_blind6.py), copied here:
- PERSON: any part of a name, lowercase or not, initials, middle names (a
  full name with its middle names is one span); a possessive "'s" (or a
  Turkish suffix "'in") is outside. Nicknames are PERSON. TITLE: honorifics
  and ranks attached to a name (Mr, Mrs., Ms, Miss, Dr, Prof., Sr., Herr,
  Monsieur, M., Rev., Fr., PC, Captain, passenger-list MS), labeled apart
  from the name. Job titles are not TITLE; family words ("mum", "nan",
  "auntie", "grandpa", "abuela", "nonna") stay outside and unlabeled.
- ADDRESS: number + street (+ apt/unit/flat/suite/floor/lgh/int./bte),
  PO boxes, house and building names in an address, plot and villa numbers.
  A unit or a house number alone is not an ADDRESS. City, district,
  state/province (also abbreviated), county, country and named
  neighbourhoods are LOCATION. Postal codes of every shape are ZIP_CODE (the
  "C.P." / "CEP" / "Col." kind words stay outside).
- DATE_TIME: calendar dates of a person or their event (birth, death,
  admission, discharge, appointment, hearing, accident, arrest, move,
  start of a job, visit, signature, letter, meeting), with a day or month,
  in any shape; not bare years, weekdays, clock times or durations. A
  weekday in front of a date is outside the span.
- AGE: the number only (digits or words), also inside "71M" and "29F"; a
  guessed age ("about 20", "like 25") is AGE too; not pets' ages.
- USERNAME: handle without "@" (payment-app tags included). URL: personal
  pages, profiles and portfolios only. NRP: a person's nationality, religion
  or political group (not a language, not a dietary label, not race).
- ID_NUMBER: national / tax / social-security ids (PESEL, CPF, RG, NIF,
  DNI, BSN, AHV, CPR, personnummer, henkilötunnus, T.C. Kimlik, Aadhaar,
  PAN, KRA PIN, NIN, codice fiscale, Ghana Card), MRNs, NHS and hospital
  numbers, PNC and prison numbers, health insurance member ids, bank account
  numbers, employee / staff / student / pupil / customer / membership /
  loyalty ids tied to a person, professional registration numbers, non-US
  passports, residence permits and licences, plates, crypto wallet
  addresses.
- US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled on purpose: BIC/SWIFT, IFSC, sort codes and BSB numbers, CVV
  and expiry, PINs, PUKs, lockbox and door codes, order / invoice / ticket /
  case / claim / policy / booking / tracking / flight / job references,
  prices, percentages, versions, years, clock times, room / ward / bay /
  seat / gate / table numbers, product, model, serial, frame, part and lot
  codes, microchip numbers, ISBNs, CAS numbers, hashes, MAC addresses,
  coordinates, aircraft registrations, IATA codes, meeting ids and
  passcodes, creditor references, company and product names, role
  mailboxes, emergency and helpline numbers, partial numbers ("card ending
  4417", "the 0794 one"), pets' names and ages, port numbers. As in
  make_blind7.py, also: passwords, genders, job titles, VINs and browser
  user agents.
- Judgement calls (as in make_blind6.py and make_blind7.py): eponyms and
  brands built on a person's name (a disease, sign, effect, bridge, museum,
  hotel, shop, brand, film, app, railway line or church named after
  someone, "Mrs. Fields", "Uncle Ben's", "Dr. Oetker") are not PERSON, and
  titles inside them are not TITLE; a public person named as such (an
  author, a CFO) is PERSON, and so is a family name naming a party ("the
  Schmidt party", "X v. Y"); a folk-tale character is not. Place names
  inside organisation names (a hospital, a corporation) are not LOCATION,
  but a city named as the site of an office, hub or warehouse, or as a
  train's destination, is LOCATION; a street address of a museum or company
  site is ADDRESS. Dates not tied to a person (offer ends, release dates,
  access expiry) are not labeled, and sentences whose date was too
  ambiguous were rewritten without one. Every IP address is labeled,
  private ones included; a version string shaped like an IP is not.
  Payment-app tags (Venmo, Revolut) are USERNAME; a Pix key that is an
  email is EMAIL_ADDRESS. A US state driver's licence (FL, TX, NY) is
  US_DRIVER_LICENSE; a licence of any other country is ID_NUMBER.
- Further judgement calls (as in make_blind7.py): in semi-structured text
  the field names and header rows are never labeled, and a name split into
  parts (first / last columns, vCard "N:", HL7 "^", X12 "*", "Surname,
  Given" with a comma) is labeled part by part; a title field there (vCard
  prefix, HL7 "MRS", "DR") is TITLE. Log lines, email headers and EDI / HL7
  envelopes were written without machine timestamps (clock times only), so
  none had to be judged. A Message-ID, a noreply bot address and a generic
  or service account ("admin", "svc_billing", dependabot) are not labeled;
  a GitHub noreply address of a named author is EMAIL_ADDRESS. Masked ids
  ("XXXX XXXX 7731") are partial numbers. Country codes in an address line
  ("AT", "IN", "CA") are LOCATION. Councillor, judge and rank prefixes
  ("Cllr", "HHJ", "Sgt."), "Mx.", "Sra.", "Mme", "Dott.", "Frau" and the
  Portuguese "Dona" are TITLE. Initials standing for a trial participant
  are PERSON. A "reading age", a branch's anniversary and an address that
  is not a valid IP (an octet over 255) are not labeled; the author in a
  citation ("Riess et al.") is PERSON; a badge number on an access log is a
  staff id (ID_NUMBER).
- Calls made in make_blind8.py: "Sig.ra", "Dott.ssa", "Dra.", "Mevrouw",
  "Dhr.", "Herrn", "pani", "Mister", "Det.", "Insp", "Judge" and the
  Turkish "Bey" written after the name are TITLE; two titles in a row
  ("Frau Dr.") are two TITLE spans. A US bank routing number is treated
  like a sort code (unlabeled); a frequent-flyer number is a loyalty id
  (ID_NUMBER); a Pix key that is a CPF is ID_NUMBER. A street, borough or
  avenue named after a person inside an address is part of the ADDRESS or
  LOCATION, never PERSON. A PO box is ADDRESS and the postcode after it is
  ZIP_CODE. A phone number spoken in words in a call transcript is
  PHONE_NUMBER; in a query string a URL-encoded email is EMAIL_ADDRESS and
  a "+"-joined full name is one PERSON span. Invoice, statement and sale
  dates are not a person's dates and stay unlabeled.
- Calls made while writing this set, in the same spirit: "Sig.", "Dña.",
  "Ofc." and the Irish rank "Garda" are TITLE ("Pani" capitalised as
  "pani"); "Md." at the head of a Bangladeshi name is part of the PERSON
  span. "Co." before an Irish county and "Brgy." before a barangay stay
  outside the LOCATION, like "Col.". A UPI id (name@bank) is a payment-app
  tag (USERNAME). A Known Traveler Number, a Medicare beneficiary id, a UPN
  pupil number and an NMC PIN are ID_NUMBER. A flight's destination city is
  LOCATION, like a train's. A statue, monument or reading room named after
  someone is an eponym. A child's age is AGE. In chats, speaker labels that
  are names are PERSON and "Mum" / "Dad" stay unlabeled; a support agent's
  first name is PERSON; an "@" before a handle is outside. An address or a
  date spoken in words is ADDRESS or DATE_TIME. A hearing over several days
  ("3-5 June 2024") is one span; "the" before "31st of May" is outside. The
  name of a court that holds a city name is not LOCATION. In minutes, the
  date of the next meeting is labeled. A vet visit date is the owner's date
  and is labeled; the pet's name, age and microchip are not.
"""

from __future__ import annotations

from pathlib import Path

from gold_sets import write_set

OUT = Path(__file__).with_name("blind9.jsonl")

GEN = [
    "Hello, my name is [[PERSON:Sydney Okonkwo-Hale]] and I was charged twice for order 88-20417; please call me back on [[PHONE_NUMBER:+1 503 555 0187]].",
    "[[PERSON:Chase]] wants the overdraft limit on account [[ID_NUMBER:30087716452]] raised before his rent goes out on Friday.",
    "Claim CLM-2209-771 was filed by [[TITLE:Mrs.]] [[PERSON:Pearl Adebayo-Simmons]] after the hailstorm damaged the roof at [[ADDRESS:46 Cotterell Road]], [[LOCATION:Wichita]], [[LOCATION:KS]] [[ZIP_CODE:67218]].",
    "Patient [[PERSON:Florence Nakagawa]], [[AGE:67]], was seen on [[DATE_TIME:March 3, 2024]] for a follow-up of her hip replacement.",
    "Please add [[PERSON:Miles Tadesse]] to payroll from [[DATE_TIME:1 July]]; his employee number is [[ID_NUMBER:EMP-40917]] and his personal email is [[EMAIL_ADDRESS:miles.tadesse@protonmail.com]].",
    "In [[PERSON:Hartigan]] v. [[PERSON:Oyelaran]], the hearing was moved to [[DATE_TIME:14 November 2024]] at the request of counsel for [[TITLE:Ms]] [[PERSON:Oyelaran]].",
    "The booking for [[PERSON:Paris Whitlock]] and [[PERSON:Jordan Whitlock]] (ref QXT7LM) was changed to the evening flight to [[LOCATION:Lisbon]].",
    "[[PERSON:ivy chen]] emailed the registrar from [[EMAIL_ADDRESS:ivychen2006@gmail.com]] asking why her student ID [[ID_NUMBER:S2290417]] no longer opens the library gates.",
    "Viewing confirmed: [[PERSON:Grant Oduya]] will meet the agent at [[ADDRESS:12 Pennington Mews]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 5RT]] on [[DATE_TIME:12 April]] at 10:30.",
    "Applicant [[PERSON:Bich Ngoc Tran]] submitted Form I-765 on [[DATE_TIME:05/21/2024]]; her A-number is [[ID_NUMBER:A218-447-903]].",
    "Shoutout to [[PERSON:Autumn Reyes]] ([[USERNAME:autumnreyes.bakes]]) for the sourdough recipe, go follow her!",
    "The parcel for [[PERSON:Lane Kowalczyk]] was left at [[ADDRESS:803 Birchwood Court]] instead of the locker; customer phone [[PHONE_NUMBER:412-555-0199]].",
    "The port request for [[PHONE_NUMBER:07700 900418]] was rejected because the name on the account, [[PERSON:Sterling Abara]], does not match the PAC holder.",
    "A meter reading for [[ADDRESS:Flat 3, 27 Quarry Lane]], [[LOCATION:Sheffield]] was submitted by [[PERSON:Moira]] at 8:15 am.",
    "Driver [[PERSON:Kwabena Asante]] reported that the consignee at [[ADDRESS:Unit 14, 220 Riverbend Industrial Way]], [[LOCATION:Stockton]], [[LOCATION:CA]] refused pallet 3 of 5.",
    "Player [[USERNAME:xX_NightOwl_Xx]] was banned for chargebacks; the card on file belonged to [[PERSON:Dorian Maplethorpe]].",
    "New match! [[PERSON:Søren]], [[AGE:31]], lives 4 km away in [[LOCATION:Aarhus]] and likes climbing and board games.",
    "[[PERSON:Nadia Benali]] logged a 10 km run on [[DATE_TIME:June 2]] and shared it with her followers as [[USERNAME:runwithnadia]].",
    "Your driver [[PERSON:Austin]] is arriving in a grey Prius, plate [[ID_NUMBER:8KTR224]]; pick-up at [[ADDRESS:1550 Mission Street]].",
    "Order for [[PERSON:Ximena Robles]]: leave it at the side door of [[ADDRESS:77 Delancey Place]], buzz code 4410, and text [[PHONE_NUMBER:(215) 555-0136]] when outside.",
    "The fundraiser for [[PERSON:Mateo Aranda]]'s surgery was started by his aunt, [[PERSON:Rosalind Aranda]] of [[LOCATION:El Paso]], [[LOCATION:Texas]].",
    "Participant [[PERSON:K.L.]] (age [[AGE:42]]) withdrew from the sleep study on [[DATE_TIME:2023-10-17]].",
    "[[PERSON:Farhan Siddiqui]], a [[NRP:Pakistani]] national, holds passport [[ID_NUMBER:BX4417823]] and landed in [[LOCATION:Toronto]] on [[DATE_TIME:19 January 2024]].",
    "A wire of EUR 2,400 to [[IBAN_CODE:DE97 7604 0000 4419 0277 31]] on behalf of [[PERSON:Helga Brandstätter]] is on hold pending a call-back.",
    "Member [[PERSON:Tomasz Wierzbicki]] (member ID [[ID_NUMBER:WPX884102377]]) asked whether his physiotherapy sessions are covered.",
    "Nobody else has access to the garage at [[ADDRESS:9 Heron Close]]; the spare key was given to [[PERSON:Ivy]].",
    "can you tell [[PERSON:marcus]] the plumber is coming to [[ADDRESS:41 elm st]] at noon",
    "I'd like to dispute a charge on my card [[CREDIT_CARD:4556 1820 9374 6622]]; the merchant billed me twice for the same lamp. Thanks, [[PERSON:Leilani Kahale]]",
    "[[PERSON:Bobby]] (legal name [[PERSON:Roberto Faustino Lima]]) is allergic to penicillin; his GP is [[TITLE:Dr]] [[PERSON:Achterberg]].",
    "Reference request: [[PERSON:Oluwafemi Bankole]] worked with us from [[DATE_TIME:3 February 2019]] to [[DATE_TIME:30 September 2022]] as a warehouse supervisor.",
    "A SIM swap was requested for account holder [[PERSON:Yuki Hasegawa]], date of birth [[DATE_TIME:1989-08-14]], from IP [[IP_ADDRESS:203.0.113.84]].",
    "Your council tax reduction has been approved, [[TITLE:Mr]] [[PERSON:Abernethy]]; the new bill will be sent to [[ADDRESS:22 Glenview Terrace]], [[LOCATION:Dundee]] [[ZIP_CODE:DD3 8PL]].",
    "Parents' evening: [[PERSON:Sienna]]'s tutor, [[TITLE:Mrs]] [[PERSON:Oyinlola]], would like to speak to her father on Thursday [[DATE_TIME:7 March]].",
    "A blue scarf was left in the car by [[PERSON:Chiara Benedetti]]; she can be contacted at [[EMAIL_ADDRESS:chiara.bndtt@libero.it]].",
    "[[PERSON:Rangi Te Awa]] posted his new address ([[ADDRESS:14 Kauri Street]], [[LOCATION:Rotorua]]) publicly on Facebook, please take it down.",
    "Tenant [[PERSON:Mehmet Yıldırım]] has paid a deposit of £1,150 for [[ADDRESS:Flat 6B, 91 Coldharbour Lane]], [[LOCATION:London]] [[ZIP_CODE:SE5 9NS]].",
    "Please copy [[PERSON:Sterling Reed]] on every email about the Oakfield acquisition; his direct line is [[PHONE_NUMBER:+44 20 7946 0321]].",
    "Passenger [[PERSON:Dalia Haddad]] requested wheelchair assistance in [[LOCATION:Amman]] for flight RJ 112; frequent flyer number [[ID_NUMBER:RJ40881923]].",
    "Hi, [[PERSON:Chinonso]] here, my new account number is [[ID_NUMBER:0248817396]] at GTBank, please send the refund there.",
    "Tournament winner: [[USERNAME:kimchi_overlord]] (real name [[PERSON:Seo-yeon Park]]) from [[LOCATION:Busan]] takes home the $5,000 prize.",
    "I'm reporting user [[USERNAME:laney_b93]]: she kept asking for my number and then passed it on to her friend [[PERSON:Brynn]].",
    "Coach [[PERSON:Aroha]] set [[PERSON:jake]] a 12-week strength plan starting [[DATE_TIME:15 Jan]].",
    "Rider [[PERSON:Thabo Mokoena]] marked order 5531 as delivered to [[ADDRESS:18 Jan Smuts Avenue]], [[LOCATION:Rosebank]], but the customer says nothing arrived.",
    "Donations can be sent on Venmo to [[USERNAME:HelpTheOkaforTwins]] or by bank transfer to [[IBAN_CODE:GB27 BARC 2045 7713 9048 26]].",
    "Interview 14 was conducted with [[TITLE:Rev.]] [[PERSON:Augustine Mwale]] in [[LOCATION:Lilongwe]] on [[DATE_TIME:8 August 2023]].",
    "Residence permit [[ID_NUMBER:RP-7720418]] belongs to [[PERSON:Lucía Fernández Paredes]], who lives at [[ADDRESS:Calle de Toledo 58, 2º B]], [[ZIP_CODE:28005]] [[LOCATION:Madrid]].",
    "[[PERSON:Pearl]] is a [[AGE:4]]-year-old presenting with a barking cough; her mum can be reached on [[PHONE_NUMBER:0412 558 903]].",
    "[[PERSON:florence]] from accounts says her last day is the [[DATE_TIME:31st of May]].",
    "The deposit dispute between [[TITLE:Mr]] [[PERSON:Gaurav Malhotra]] and his landlord, [[PERSON:Bernadette Quigley]], goes to the tribunal on [[DATE_TIME:2 December]].",
    "The policyholder, [[PERSON:Jordan]], says the e-bike was stolen outside [[ADDRESS:305 Fremont Avenue]] in [[LOCATION:Seattle]].",
    "For the credit check, [[PERSON:Anthony Delgado]] gave SSN [[US_SSN:529-41-7736]] and date of birth [[DATE_TIME:11/02/1977]].",
    "[[PERSON:Ngozi Eze]] reported a gas smell at [[ADDRESS:6 Bramble Walk]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 7GQ]]; call her back on [[PHONE_NUMBER:07911 452608]].",
    "Please reship the package for [[PERSON:Haruto Fujimoto]] to [[ADDRESS:3-14-7 Kitazawa]], [[LOCATION:Setagaya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:155-0031]]; the first attempt came back.",
    "Congrats to [[PERSON:Kenji Morita]] ([[PERSON:KJ]] to his friends) on reaching 10k followers as [[USERNAME:kj.morita]]!",
    "Gift message for [[PERSON:Autumn]]: happy birthday, kiddo, love from Uncle [[PERSON:Teo]].",
    "Card [[CREDIT_CARD:5178 0043 2961 5881]] belonging to [[PERSON:Magdalena Nowicka]] was blocked after three wrong PIN attempts in [[LOCATION:Kraków]].",
    "Exit interview notes for [[PERSON:Imogen Latchford]]: she is leaving because of the long commute from [[LOCATION:Reading]].",
    "[[PERSON:Aditi Raghunathan]] (roll no. [[ID_NUMBER:21BCE1174]]) has been awarded the merit scholarship; her father's mobile is [[PHONE_NUMBER:+91 98450 22713]].",
    "The passport application for [[PERSON:Camille Laurent-Diop]] was received on [[DATE_TIME:2 April 2024]]; her old passport [[ID_NUMBER:22FK80931]] will be cancelled.",
    "Front desk note: [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Abiodun]] asked for a late check-out and a cot for the baby.",
    "Thanks for holding, [[PERSON:Florence]]; I've updated the delivery address to [[ADDRESS:2 Chapel Row]], [[LOCATION:Bath]] [[ZIP_CODE:BA1 1HN]].",
    "Rider [[PERSON:Gaby]] gave driver [[PERSON:Mustafa Karimi]] one star and left her own number, [[PHONE_NUMBER:+1 (646) 555-0173]], in the comment.",
    "Please send the contest winnings to my wallet [[ID_NUMBER:bc1q8xk4e2rz7lh3m9wqf0tjv6d5ncs2ya4pu7gr0x]]. Cheers, [[PERSON:Theo]]",
    "The discharge summary for [[PERSON:Eilidh MacLeod]], NHS number [[ID_NUMBER:943 476 5919]], went to her GP on [[DATE_TIME:22/03/2024]].",
    "The second driver on the policy is [[PERSON:Lane Whitaker]], Florida licence [[US_DRIVER_LICENSE:W362-551-87-704-0]].",
    "The visa interview for [[PERSON:Oksana Hrytsenko]], a [[NRP:Ukrainian]] citizen, is set for [[DATE_TIME:June 11, 2024]] at the consulate in [[LOCATION:Warsaw]].",
    "[[PERSON:Miles]] keeps tagging me as [[USERNAME:milesaway_]] in his holiday posts from [[LOCATION:Queenstown]].",
    "A return label was printed for [[PERSON:Tran Van Duc]], [[ADDRESS:112 Nguyen Trai]], [[LOCATION:District 1]], [[LOCATION:Ho Chi Minh City]].",
    "Customer [[PERSON:Shira Ben-David]] asked to move her landline [[PHONE_NUMBER:03-555-8812]] to the new flat in [[LOCATION:Haifa]].",
    "[[TITLE:Prof.]] [[PERSON:Vasquez]] confirmed that [[PERSON:Ayaan]]'s thesis defence is on [[DATE_TIME:18 September]]; the external examiner flies in from [[LOCATION:Auckland]].",
]

BENCH = [
    "[[TITLE:Mr.]] [[PERSON:Bartosz Jan Wróblewski]], aged [[AGE:38]], born [[DATE_TIME:07.03.1986]], resides at [[ADDRESS:ul. Kwiatowa 17/4]], [[ZIP_CODE:60-814]] [[LOCATION:Poznań]], [[LOCATION:Poland]]. PESEL: [[ID_NUMBER:86030714592]]. Contact: [[PHONE_NUMBER:+48 601 224 587]], [[EMAIL_ADDRESS:b.wroblewski86@wp.pl]].",
    "Customer record for [[PERSON:Veronika Dvořáková]]: DOB [[DATE_TIME:23/11/1992]], gender female, address [[ADDRESS:Vinohradská 112]], [[ZIP_CODE:130 00]] [[LOCATION:Praha 3]], rodné číslo [[ID_NUMBER:926123/4417]], username [[USERNAME:vero.dvor]], password Kv!8zzPq2.",
    "[[TITLE:Dr.]] [[PERSON:Konstantinos Papadimitriou]], [[AGE:54]], a cardiologist living at [[ADDRESS:Patriarchou Ioakeim 28]], [[ZIP_CODE:106 75]] [[LOCATION:Athens]], pays his clinic rent from [[IBAN_CODE:GR20 0172 0380 0050 3801 9947 312]]; AFM [[ID_NUMBER:048223917]], mobile [[PHONE_NUMBER:+30 694 418 2207]].",
    "[[PERSON:Noa Avraham-Levi]] (Teudat Zehut [[ID_NUMBER:039427716]]), [[AGE:29]], of [[ADDRESS:Rehov Herzl 14, Apt 9]], [[LOCATION:Rishon LeZion]] [[ZIP_CODE:7526713]], mobile [[PHONE_NUMBER:052-744-1908]], paid with card [[CREDIT_CARD:4903 6621 8840 5176]], exp 08/27, CVV 331.",
    "Subscriber [[PERSON:Youssef Abdelrahman Mansour]], national ID [[ID_NUMBER:29105121401837]], installed the router at [[ADDRESS:15 Shehab Street]], [[LOCATION:Mohandessin]], [[LOCATION:Giza]] [[ZIP_CODE:12655]]; assigned IP [[IP_ADDRESS:41.33.172.9]], MAC 9C:5D:12:4E:A0:7B, phone [[PHONE_NUMBER:+20 100 448 2913]].",
    "[[PERSON:Abdullah bin Fahad Al-Qahtani]], born [[DATE_TIME:14/06/1979]], of [[ADDRESS:Building 7421, King Abdulaziz Road]], [[LOCATION:Al Malqa]], [[LOCATION:Riyadh]] [[ZIP_CODE:13521]], transferred SAR 18,000 from [[IBAN_CODE:SA25 1500 0008 8412 6001 9902]]; national ID [[ID_NUMBER:1048829173]].",
    "[[PERSON:Ayesha Khalid Chaudhry]], CNIC [[ID_NUMBER:35202-4417823-6]], [[ADDRESS:House 22, Street 9, Block F]], [[LOCATION:Gulberg III]], [[LOCATION:Lahore]] [[ZIP_CODE:54660]], mobile [[PHONE_NUMBER:0321-4478102]], email [[EMAIL_ADDRESS:ayesha.kc@outlook.com]], job title Senior Actuary.",
    "[[PERSON:Md. Rafiqul Islam]], [[AGE:41]], NID [[ID_NUMBER:1992 6058 3127 4]], lives at [[ADDRESS:House 48, Road 11]], [[LOCATION:Dhanmondi]], [[LOCATION:Dhaka]] [[ZIP_CODE:1209]] and receives payments on bKash [[PHONE_NUMBER:01715-338204]].",
    "[[PERSON:Putu Ayu Wulandari]], [[AGE:26]], NIK [[ID_NUMBER:5171046208980003]], [[ADDRESS:Jl. Teuku Umar No. 88]], [[LOCATION:Denpasar]], [[LOCATION:Bali]] [[ZIP_CODE:80114]], phone [[PHONE_NUMBER:+62 812-3904-5517]], Instagram [[USERNAME:putuayu.w]], gender: F.",
    "[[PERSON:Nguyễn Thị Thu Hà]], born [[DATE_TIME:02/09/1995]], citizen ID [[ID_NUMBER:001195028471]], lives at [[ADDRESS:Số 27 ngõ 54 Phố Huế]], [[LOCATION:Hai Bà Trưng]], [[LOCATION:Hà Nội]]; email [[EMAIL_ADDRESS:thuha.nguyen95@gmail.com]]; Bitcoin wallet [[ID_NUMBER:1F7qKzR2wN9cXv4TbH8mPdLs3aYj6UeG5k]].",
    "[[TITLE:Ms.]] [[PERSON:Maria Concepcion dela Cruz Villanueva]] of [[ADDRESS:Blk 12 Lot 7, Sampaguita St.]], Brgy. [[LOCATION:San Isidro]], [[LOCATION:Cainta]], [[LOCATION:Rizal]] [[ZIP_CODE:1900]] presented TIN [[ID_NUMBER:428-771-903-000]] and passport [[ID_NUMBER:P4471902B]]; mobile [[PHONE_NUMBER:0917 552 8840]].",
    "[[PERSON:Kim Min-jun]], [[AGE:33]], RRN [[ID_NUMBER:910214-1847203]], [[ADDRESS:42 Teheran-ro 8-gil, 1203-ho]], [[LOCATION:Gangnam-gu]], [[LOCATION:Seoul]] [[ZIP_CODE:06234]]; phone [[PHONE_NUMBER:010-5826-2985]]; last login from [[IP_ADDRESS:2001:db8:4a1f:9c::27]].",
    "La [[TITLE:Sra.]] [[PERSON:Mariela Soledad Benítez]], DNI [[ID_NUMBER:31.448.207]], CUIL [[ID_NUMBER:27-31448207-4]], nacida el [[DATE_TIME:9 de julio de 1985]], con domicilio en [[ADDRESS:Av. Corrientes 3245, piso 6, depto. B]], [[LOCATION:Almagro]], [[ZIP_CODE:C1193AAF]] [[LOCATION:Buenos Aires]], teléfono [[PHONE_NUMBER:+54 9 11 4472-8190]].",
    "[[PERSON:Ignacio Fuentealba Rojas]], RUT [[ID_NUMBER:15.772.418-K]], [[ADDRESS:Los Aromos 1440, depto 302]], [[LOCATION:Ñuñoa]], [[LOCATION:Santiago]], paid with card [[CREDIT_CARD:5389 0017 4426 9034]] from IP [[IP_ADDRESS:190.44.117.208]] under username [[USERNAME:nacho_fr]].",
    "[[PERSON:Juan Sebastián Ocampo Giraldo]], cédula [[ID_NUMBER:1.037.552.918]], residente en [[ADDRESS:Calle 10 Sur # 43-27, apto 502]], [[LOCATION:El Poblado]], [[LOCATION:Medellín]], [[LOCATION:Antioquia]], celular [[PHONE_NUMBER:+57 310 448 2716]], correo [[EMAIL_ADDRESS:jsocampo@une.net.co]], placa [[ID_NUMBER:KHT482]].",
    "[[PERSON:Rosa Quispe Mamani]], [[AGE:47]], DNI [[ID_NUMBER:41778203]], of [[ADDRESS:Jr. Ayacucho 318]], [[LOCATION:Cercado de Lima]], [[LOCATION:Lima]] [[ZIP_CODE:15001]], phone [[PHONE_NUMBER:+51 987 224 601]], savings account [[ID_NUMBER:191-44827731-0-58]].",
    "[[TITLE:Ms]] [[PERSON:Siobhán Ní Bhriain]], DOB [[DATE_TIME:30-04-1990]], PPSN [[ID_NUMBER:7719402TA]], [[ADDRESS:Apt 11, Riverside Quay, 3 Dock Road]], [[LOCATION:Limerick]] [[ZIP_CODE:V94 X2T7]], IBAN [[IBAN_CODE:IE45 BOFI 9012 8344 6177 20]], phone [[PHONE_NUMBER:087 441 2093]].",
    "[[PERSON:Wiremu James Tane]], [[AGE:52]], IRD number [[ID_NUMBER:118-447-290]], [[ADDRESS:7 Pōhutukawa Place]], [[LOCATION:Mount Maunganui]] [[ZIP_CODE:3116]], driver licence [[ID_NUMBER:DK448172]], plate [[ID_NUMBER:LKR552]], email [[EMAIL_ADDRESS:wiremu.tane@xtra.co.nz]].",
    "[[TITLE:Mme]] [[PERSON:Élodie Marchetti]], née le [[DATE_TIME:12 février 1984]] à [[LOCATION:Nantes]], domiciliée [[ADDRESS:14 rue des Olivettes]], [[ZIP_CODE:44000]] [[LOCATION:Nantes]], n° de sécurité sociale [[ID_NUMBER:2 84 02 44 109 227 63]], IBAN [[IBAN_CODE:FR07 1027 8062 4400 0388 1729 016]], téléphone [[PHONE_NUMBER:06 72 18 44 09]].",
    "[[TITLE:Herr]] [[PERSON:Lukas Emanuel Hoffmeister]], geb. [[DATE_TIME:03.10.1971]], wohnhaft [[ADDRESS:Lindenstraße 42a]], [[ZIP_CODE:50674]] [[LOCATION:Köln]]; Steuer-ID [[ID_NUMBER:57 392 184 604]]; IBAN [[IBAN_CODE:DE33 1207 0024 0093 3184 56]]; BIC GENODED1KLN; Tel. [[PHONE_NUMBER:+49 221 5870 902]]; Kennzeichen [[ID_NUMBER:K-LH 7104]].",
    "[[TITLE:Sig.]] [[PERSON:Alessandro Ferraresi]], nato a [[LOCATION:Bologna]] il [[DATE_TIME:19/05/1968]], residente in [[ADDRESS:Via Saragozza 121]], [[ZIP_CODE:40135]] [[LOCATION:Bologna]] ([[LOCATION:BO]]), codice fiscale [[ID_NUMBER:FRRLSN68E19A944K]], IBAN [[IBAN_CODE:IT69 K053 8712 9040 0000 4418 263]], cellulare [[PHONE_NUMBER:+39 347 228 1906]].",
    "[[PERSON:Javier Ortega Salinas]], con DNI [[ID_NUMBER:48291736Q]], domicilio en [[ADDRESS:Calle Mayor 14, 3º izq.]], [[ZIP_CODE:46001]] [[LOCATION:Valencia]]; IBAN [[IBAN_CODE:ES06 0182 4471 3902 0156 7788]]; matrícula [[ID_NUMBER:4471 KLM]]; correo [[EMAIL_ADDRESS:jortegasal@telefonica.net]]; profesión: fontanero.",
    "[[TITLE:Mevrouw]] [[PERSON:Femke van der Heijden]], geboren [[DATE_TIME:21-08-1993]], BSN [[ID_NUMBER:173629489]], woont op [[ADDRESS:Prinsengracht 418-II]], [[ZIP_CODE:1016 JA]] [[LOCATION:Amsterdam]]; IBAN [[IBAN_CODE:NL13 INGB 0007 7291 34]]; telefoon [[PHONE_NUMBER:06-41178290]].",
    "[[TITLE:Sr.]] [[PERSON:Rodrigo Azevedo Lins]], CPF [[ID_NUMBER:418.227.903-51]], RG [[ID_NUMBER:27.448.193-6]], residente na [[ADDRESS:Rua Augusta 1508, apto 73]], [[LOCATION:Consolação]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:01304-001]]; cartão [[CREDIT_CARD:4214 5093 7761 0286]]; chave Pix [[EMAIL_ADDRESS:rodrigo.lins@uol.com.br]].",
    "[[PERSON:Dwayne Everett Colquitt]], [[AGE:45]], SSN [[US_SSN:412 88 3097]], lives at [[ADDRESS:2219 Magnolia Bluff Drive]], [[LOCATION:Chattanooga]], [[LOCATION:TN]] [[ZIP_CODE:37421]]; checking account [[ID_NUMBER:004471829930]], routing 061092387; phone [[PHONE_NUMBER:423.555.0162]].",
    "Traveler: [[PERSON:Whitney Sloane Marsh]], DOB [[DATE_TIME:Aug 30 1988]], US passport [[US_PASSPORT:584417290]], Known Traveler Number [[ID_NUMBER:98823104]]; emergency contact [[PERSON:Carter Marsh]], [[PHONE_NUMBER:(720) 555-0118]].",
    "Applicant [[PERSON:Rosario Gutierrez-Benavides]], Texas DL [[US_DRIVER_LICENSE:41872290]], of [[ADDRESS:5106 Los Ebanos Street]], [[LOCATION:Laredo]], [[LOCATION:TX]] [[ZIP_CODE:78041]], registered a vehicle with VIN 1HGCV1F34KA018842 and plate [[ID_NUMBER:LXW-4471]].",
    "[[TITLE:Miss]] [[PERSON:Harriet Olivia Penrose]], [[AGE:23]], NI number [[ID_NUMBER:JT 44 71 92 C]], [[ADDRESS:Flat 2, 58 Tollington Park]], [[LOCATION:London]] [[ZIP_CODE:N4 3RB]], sort code 20-44-71, account [[ID_NUMBER:40229183]], mobile [[PHONE_NUMBER:07804 229117]].",
    "[[PERSON:Étienne Gagnon-Roy]], SIN [[ID_NUMBER:527 118 403]], [[ADDRESS:2280 rue Beaubien Est, app. 4]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2G 1N3]], tel. [[PHONE_NUMBER:514-555-0194]], email [[EMAIL_ADDRESS:etienne.gr@videotron.ca]], occupation: paramedic.",
    "[[PERSON:Lachlan Murray Boyd]], DOB [[DATE_TIME:05/12/1981]], TFN [[ID_NUMBER:448 271 903]], Medicare [[ID_NUMBER:2447 18290 3]], [[ADDRESS:Unit 9, 31 Wattle Street]], [[LOCATION:Ultimo]] [[LOCATION:NSW]] [[ZIP_CODE:2007]], BSB 062-118, account [[ID_NUMBER:1044 7829]].",
    "[[PERSON:Karthik Venkataraman]], [[AGE:36]], Aadhaar [[ID_NUMBER:6083 2917 5548]], PAN [[ID_NUMBER:BXKPV4471R]], [[ADDRESS:Flat 304, Sri Sai Residency, 12th Cross, 5th Main]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]; UPI [[USERNAME:karthikv@okhdfc]]; IFSC HDFC0001447.",
    "User [[USERNAME:satoshi_fan_88]] ([[EMAIL_ADDRESS:gkaplan88@fastmail.com]]) withdrew 0.42 ETH to [[ID_NUMBER:0x7a3F9c21E4b0D58e6A1c92f4B07d3E8a5c61F2d9]] from IP [[IP_ADDRESS:98.142.37.211]], MAC 3C:22:FB:91:4A:07, user agent Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0.",
    "[[PERSON:Lindiwe Nomvula Dube]], ID number [[ID_NUMBER:8803150447082]], [[ADDRESS:24 Protea Crescent]], [[LOCATION:Durbanville]], [[LOCATION:Cape Town]] [[ZIP_CODE:7550]], cell [[PHONE_NUMBER:082 447 1903]], born [[DATE_TIME:15 March 1988]].",
    "[[PERSON:Chukwuemeka Obiora Nwosu]], BVN [[ID_NUMBER:22471890316]], NIN [[ID_NUMBER:40118827364]], office at [[ADDRESS:Plot 15, Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]], phone [[PHONE_NUMBER:+234 803 447 1290]].",
    "[[PERSON:Wanjiku Muthoni Kamau]], KRA PIN [[ID_NUMBER:A004471829P]], ID [[ID_NUMBER:29447182]], postal address [[ADDRESS:P.O. Box 44718]]-[[ZIP_CODE:00100]] [[LOCATION:Nairobi]], M-Pesa [[PHONE_NUMBER:0722 447 190]].",
    "[[PERSON:Sakura Ishikawa]], [[AGE:27]], My Number [[ID_NUMBER:7302 1586 4429]], [[ADDRESS:2-8-15 Minami-Aoyama]], [[LOCATION:Minato-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:107-0062]], phone [[PHONE_NUMBER:090-6215-3380]], LINE ID [[USERNAME:sakura_ishi27]].",
    "[[PERSON:Guadalupe Itzel Herrera Castañeda]], CURP [[ID_NUMBER:HECG910423MJCRSD05]], RFC [[ID_NUMBER:HECG910423QK2]], domicilio [[ADDRESS:Av. Chapultepec 480, int. 12]], Col. [[LOCATION:Americana]], C.P. [[ZIP_CODE:44160]], [[LOCATION:Guadalajara]], [[LOCATION:Jal.]], tel. [[PHONE_NUMBER:33 3615 2298]].",
    "[[PERSON:Emre Can Aydoğan]], T.C. Kimlik No [[ID_NUMBER:31862507914]], [[ADDRESS:Bağdat Caddesi No: 221 D: 5]], [[LOCATION:Kadıköy]], [[LOCATION:İstanbul]] [[ZIP_CODE:34728]], IBAN [[IBAN_CODE:TR50 0001 0001 8723 4550 9150 03]], GSM [[PHONE_NUMBER:0532 618 40 27]].",
    "[[TITLE:Frau]] [[PERSON:Corinne Bächtold]], geboren am [[DATE_TIME:28. Juni 1975]], AHV-Nr. [[ID_NUMBER:756.3318.2604.91]], [[ADDRESS:Seefeldstrasse 88]], [[ZIP_CODE:8008]] [[LOCATION:Zürich]], IBAN [[IBAN_CODE:CH39 0076 2041 1893 3500 7]], Handy [[PHONE_NUMBER:079 318 26 44]].",
    "[[PERSON:Florian Gruber]], wohnhaft [[ADDRESS:Mariahilfer Straße 77/14]], [[ZIP_CODE:1060]] [[LOCATION:Wien]], SVNR [[ID_NUMBER:1237 120583]], IBAN [[IBAN_CODE:AT58 2011 1827 7300 4561]], Reisepass [[ID_NUMBER:P3318267]], IP-Adresse [[IP_ADDRESS:91.113.62.18]].",
    "[[PERSON:Ebba Lindqvist]], personnummer [[ID_NUMBER:19900517-2286]], [[ADDRESS:Götgatan 34, lgh 1102]], [[ZIP_CODE:118 26]] [[LOCATION:Stockholm]], IBAN [[IBAN_CODE:SE64 9120 0000 0915 2883 7460]], mobile [[PHONE_NUMBER:070-318 26 55]].",
    "[[PERSON:Magnus Haugland]], fødselsnummer [[ID_NUMBER:14038933271]], lives at [[ADDRESS:Thorvald Meyers gate 52B]], [[ZIP_CODE:0552]] [[LOCATION:Oslo]]; salary goes to [[IBAN_CODE:NO33 1503 7722 915]]; email [[EMAIL_ADDRESS:magnus.haugland@online.no]].",
    "[[PERSON:Ida Kjærgaard]], CPR [[ID_NUMBER:220791-3318]], [[ADDRESS:Jægersborggade 19, 2. th.]], [[ZIP_CODE:2200]] [[LOCATION:København N]], IBAN [[IBAN_CODE:DK28 3000 4012 8775 53]], tlf. [[PHONE_NUMBER:+45 28 61 33 07]].",
    "[[PERSON:Aleksi Virtanen]], henkilötunnus [[ID_NUMBER:150686-273X]], [[ADDRESS:Hämeenkatu 21 B 14]], [[ZIP_CODE:33200]] [[LOCATION:Tampere]], IBAN [[IBAN_CODE:FI76 4005 5010 3382 71]], gender male, profession: software tester.",
    "[[PERSON:Andreea Ioana Popescu]], CNP [[ID_NUMBER:2940812400318]], [[ADDRESS:Str. Lipscani nr. 44, ap. 7]], [[LOCATION:Sector 3]], [[LOCATION:București]] [[ZIP_CODE:030033]], IBAN [[IBAN_CODE:RO64 BTRL 0130 1202 8834 7XX1]], tel. [[PHONE_NUMBER:0744 318 260]].",
    "[[PERSON:Marko Kovačević]], OIB [[ID_NUMBER:40187326591]], [[ADDRESS:Ilica 146]], [[ZIP_CODE:10000]] [[LOCATION:Zagreb]], IBAN [[IBAN_CODE:HR33 2340 0093 2184 4702 5]], born [[DATE_TIME:2 October 1983]], aged [[AGE:40]].",
    "[[PERSON:Rashid Saeed Al Mansoori]], Emirates ID [[ID_NUMBER:784-1986-3318265-4]], [[ADDRESS:Villa 18, Street 27]], [[LOCATION:Al Barsha 2]], [[LOCATION:Dubai]], IBAN [[IBAN_CODE:AE21 2600 1019 5564 3271 001]], mobile [[PHONE_NUMBER:+971 50 318 2264]].",
    "[[PERSON:Claire Weber-Schmit]], matricule [[ID_NUMBER:1987 0423 118 54]], [[ADDRESS:12, rue de la Gare]], [[ZIP_CODE:L-1611]] [[LOCATION:Luxembourg]], IBAN [[IBAN_CODE:LU42 0141 0037 7250 4400]], née le [[DATE_TIME:23/04/1987]].",
    "[[PERSON:Joseph Azzopardi]], ID card [[ID_NUMBER:318826M]], [[ADDRESS:44, Triq il-Merkanti]], [[LOCATION:Valletta]] [[ZIP_CODE:VLT 1175]], IBAN [[IBAN_CODE:MT82 VALL 2201 3000 0000 4001 7733 918]], mobile [[PHONE_NUMBER:+356 7932 1860]].",
    "[[TITLE:Dona]] [[PERSON:Maria do Céu Antunes]], NIF [[ID_NUMBER:218 334 607]], morada [[ADDRESS:Rua de Santa Catarina 512, 3.º Esq.]], [[ZIP_CODE:4000-446]] [[LOCATION:Porto]], IBAN [[IBAN_CODE:PT53 0033 0000 4517 2290 3380 5]], telemóvel [[PHONE_NUMBER:912 330 418]].",
    "[[PERSON:Pieter-Jan Claessens]], rijksregisternummer [[ID_NUMBER:85.07.23-331.62]], [[ADDRESS:Kortrijksesteenweg 207 bus 3]], [[ZIP_CODE:9000]] [[LOCATION:Gent]], IBAN [[IBAN_CODE:BE77 7350 4188 2961]], gsm [[PHONE_NUMBER:0478 33 16 29]].",
    "Loan application LN-55821: borrower [[PERSON:Marcus Aurelio Tembe]], [[AGE:39]], annual income $86,400, employer Halvorsen Logistics, SSN [[US_SSN:318260447]], address [[ADDRESS:6327 Quail Hollow Lane, Apt 12C]], [[LOCATION:Raleigh]], [[LOCATION:NC]] [[ZIP_CODE:27609]]; co-borrower [[PERSON:Danielle Tembe]].",
    "Transaction alert for cardholder [[PERSON:Beatriz Montoya]]: $1,249.00 at an electronics store in [[LOCATION:Miami]], card [[CREDIT_CARD:3459 227104 66839]], device IP [[IP_ADDRESS:2600:1702:3f1c:9a40::5b]], merchant ID 7731-0092.",
    "Account holder: [[PERSON:Gideon Ashworth-Pryce]]; account no. [[ID_NUMBER:61447209183]]; statement period 1-31 March; email [[EMAIL_ADDRESS:g.ashworthpryce@btinternet.com]]; registered address [[ADDRESS:The Old Forge, 3 Mill Lane]], [[LOCATION:Chipping Norton]], [[LOCATION:Oxfordshire]] [[ZIP_CODE:OX7 5JN]].",
    "Hey [[PERSON:Everett]], your new login for the wellness portal is [[USERNAME:everett.kozlowski]] with temporary password Tq7#vL2m!x; we have your DOB as [[DATE_TIME:April 19th, 2001]] and your age as [[AGE:23]].",
    "[[TITLE:Ms.]] [[PERSON:Akosua Serwaa Boateng]], a female project coordinator born [[DATE_TIME:11th March 1994]], Ghana Card [[ID_NUMBER:GHA-718264053-2]], lives at [[ADDRESS:House No. 14, Ablade Road]], [[LOCATION:Kanda]], [[LOCATION:Accra]]; phone [[PHONE_NUMBER:+233 24 318 2604]].",
    "[[PERSON:Connor Fitzgerald]] of [[ADDRESS:78 Harbor View Road]], [[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04103]] owns a 2019 pickup (VIN 5TFCZ5AN4KX193826), plate [[ID_NUMBER:8842 RT]], insured under policy AUT-339201; Maine driver's license [[US_DRIVER_LICENSE:7730142]].",
    "Patient: [[PERSON:Leticia Amaral Vasconcelos]], [[AGE:71]], MRN [[ID_NUMBER:MRN-00583217]], admitted [[DATE_TIME:2024-02-11]], discharged [[DATE_TIME:2024-02-19]], insurance member ID [[ID_NUMBER:BCX922017734]], emergency contact [[PERSON:Paulo Vasconcelos]] at [[PHONE_NUMBER:(305) 555-0127]].",
    "Five failed logins from [[IP_ADDRESS:172.16.40.23]] for [[USERNAME:jmbakare]] ([[PERSON:Jumoke Bakare]]); the account is locked and a reset link went to [[EMAIL_ADDRESS:jumoke.bakare@yahoo.co.uk]].",
    "La [[TITLE:Dott.ssa]] [[PERSON:Giulia Santangelo]], [[AGE:44]] anni, residente in [[ADDRESS:Corso Vittorio Emanuele II 212]], [[ZIP_CODE:80135]] [[LOCATION:Napoli]], tessera sanitaria [[ID_NUMBER:80380001200318260447]], targa [[ID_NUMBER:FT 318 KM]], email [[EMAIL_ADDRESS:g.santangelo@pec.it]].",
    "[[TITLE:M.]] [[PERSON:Thibault Gérard Lemaire]], [[AGE:58]] ans, titulaire du passeport [[ID_NUMBER:19AK44702]], demeurant [[ADDRESS:7 avenue Jean Jaurès, bâtiment C]], [[ZIP_CODE:69007]] [[LOCATION:Lyon]] ; carte bancaire [[CREDIT_CARD:4378 2260 0915 8368]] ; adresse IP [[IP_ADDRESS:82.64.118.203]].",
    "[[TITLE:Frau]] [[PERSON:Svenja Krämer]], [[AGE:34]] Jahre, Benutzername [[USERNAME:svenja_kr]], Passwort Sommer2024!, E-Mail [[EMAIL_ADDRESS:svenja.kraemer@gmx.de]], Adresse [[ADDRESS:Am Kirchberg 3]], [[ZIP_CODE:01097]] [[LOCATION:Dresden]], Kreditkarte [[CREDIT_CARD:5220 6781 3340 1923]].",
    "[[TITLE:Dña.]] [[PERSON:Montserrat Puig i Ferrer]], DNI [[ID_NUMBER:53318264D]], domicilio [[ADDRESS:Carrer de Mallorca 291, 4t 2a]], [[ZIP_CODE:08037]] [[LOCATION:Barcelona]], teléfono [[PHONE_NUMBER:+34 633 182 604]], IBAN [[IBAN_CODE:ES38 2038 5911 4760 0082 3314]].",
    "[[TITLE:Dhr.]] [[PERSON:Joris Bakker]], rijbewijsnummer [[ID_NUMBER:5318260447]], kenteken [[ID_NUMBER:K-318-VB]], adres [[ADDRESS:Oudegracht 144 bis]], [[ZIP_CODE:3511 AZ]] [[LOCATION:Utrecht]], e-mail [[EMAIL_ADDRESS:joris.bakker@ziggo.nl]], IBAN [[IBAN_CODE:NL60 ABNA 0518 8322 07]].",
    "[[PERSON:Thaís Cristina Moura]], nascida em [[DATE_TIME:25/10/1999]], [[AGE:24]] anos, CPF [[ID_NUMBER:331.826.044-70]], CNH [[ID_NUMBER:04418273190]], endereço [[ADDRESS:Av. Boa Viagem 3310, apto 1802]], [[LOCATION:Boa Viagem]], [[LOCATION:Recife]] - [[LOCATION:PE]], CEP [[ZIP_CODE:51020-000]], IBAN [[IBAN_CODE:BR95 0000 0000 0109 1000 4215 307C 1]].",
    "[[TITLE:Pani]] [[PERSON:Zofia Kamińska-Lis]], [[ADDRESS:ul. Piotrkowska 148 m. 22]], [[ZIP_CODE:90-063]] [[LOCATION:Łódź]], nr dowodu [[ID_NUMBER:CFK 318264]], IBAN [[IBAN_CODE:PL34 2490 2000 0500 0322 1887 6641]], tel. [[PHONE_NUMBER:+48 512 330 187]].",
    "[[PERSON:Jakub Novotný]], [[AGE:61]], [[ADDRESS:Masarykova 27]], [[ZIP_CODE:602 00]] [[LOCATION:Brno]], číslo OP [[ID_NUMBER:208447193]], phone [[PHONE_NUMBER:+420 731 826 044]], connected from [[IP_ADDRESS:89.103.172.56]].",
    "[[PERSON:Róisín Gallagher]], [[AGE:19]], student number [[ID_NUMBER:22318604]], [[ADDRESS:16 Shandon Street]], [[LOCATION:Cork]] [[ZIP_CODE:T23 K8P2]], IBAN [[IBAN_CODE:IE10 AIBK 9320 8841 7520 93]], Snapchat [[USERNAME:roisin.g.x]].",
    "[[PERSON:Tobias Achebe-Wright]], DOB [[DATE_TIME:9 Sep 1996]], IBAN [[IBAN_CODE:GB81 HSBC 4011 2583 3719 06]], BIC HBUKGB4B, IPv6 [[IP_ADDRESS:2a02:c7f:8812:4e00:b1d3:77ff:fe20:19ac]], Twitter [[USERNAME:tobiasaw]], job title: quantity surveyor.",
    "[[PERSON:Omar Farouk El-Sayed]], [[AGE:48]], [[NRP:Egyptian]], passport [[ID_NUMBER:A31826044]], [[ADDRESS:22 Abou El Feda Street]], [[LOCATION:Zamalek]], [[LOCATION:Cairo]] [[ZIP_CODE:11211]], card [[CREDIT_CARD:4697 0138 5522 7602]], Litecoin wallet [[ID_NUMBER:LZ8qK3mN7vR2tY9wXc4HbJ6pDfE1sGaU5A]].",
]

DOC = [
    "Dear [[TITLE:Ms]] [[PERSON:Okwuosa]],\n\nRe: Tenancy of [[ADDRESS:Flat 4, 19 Marlborough Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF23 5BU]]\n\nFurther to our inspection on [[DATE_TIME:6 March 2024]], we noted damp around the bathroom window (photo ref IMG_2291). Your deposit of £975 is protected with the DPS under certificate DPS-88120-441, and we will arrange a contractor within 14 days. Please reply to lettings@harbourlets.co.uk if you need to change access times.\n\nYours sincerely,\n[[PERSON:Gethin Pryce]]\nProperty Manager",
    "Clinic note, [[DATE_TIME:14/05/2024]]\nPt: [[PERSON:Aurelio Bianchi]], [[AGE:72]]M, MRN [[ID_NUMBER:H4490217]], Ward 7B bed 12.\nPresented with central chest pain; troponin 0.04 ng/mL; ECG shows ST depression V4-V6. PMH: T2DM (HbA1c 58 mmol/mol), HTN.\nPlan: discuss with [[TITLE:Dr]] [[PERSON:Ferreira-Mendes]] (cardiology) re angiography. Daughter [[PERSON:Lucia]] updated by phone on [[PHONE_NUMBER:07723 418602]].\nReviewed by [[PERSON:S. Okoro]], FY2.",
    "Incident report IR-24-03318\nOn [[DATE_TIME:22 February 2024]] at approximately 23:40, [[TITLE:PC]] [[PERSON:Rhiannon Hale]] attended [[ADDRESS:88 Stanhope Street]], [[LOCATION:Newcastle upon Tyne]] following a report of a disturbance. The informant, [[PERSON:Kieran Doyle]] (DOB [[DATE_TIME:17/08/1991]]), stated that a man he knew only as '[[PERSON:Tommo]]' had smashed the front window with a bottle. A silver hatchback, registration [[ID_NUMBER:NK19 XRT]], was seen leaving towards the A167. Crime number 2024/NTH/004471.",
    "I, [[PERSON:Margarethe Solberg]], of [[ADDRESS:27 Alder Grove]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG1 4QS]], make this statement of my own free will. On [[DATE_TIME:3 January 2024]] I was walking my dog Pepper along the canal towpath when I saw a cyclist collide with a blue van (fleet number 117). The cyclist, who I later learned was [[PERSON:Ravi Chandrasekhar]], was conscious but bleeding from the head. I gave my number, [[PHONE_NUMBER:07456 118290]], to the attending officer.\n\nSigned: [[PERSON:M. Solberg]]   Dated: [[DATE_TIME:5 January 2024]]",
    "[[PERSON:Anjali Deshmukh]]\n[[ADDRESS:33 Lime Tree Walk]]\n[[LOCATION:Milton Keynes]]\n[[ZIP_CODE:MK9 2LR]]\n\nDear [[PERSON:Anjali]],\n\nWe are pleased to offer you the position of Data Analyst (job ref DA-2024-17) at Brightwater Analytics, starting on [[DATE_TIME:1 August 2024]], with a salary of £42,500 per annum and 25 days' holiday. Your employee ID will be [[ID_NUMBER:BW-20931]]. Please return the signed contract to hr@brightwater-analytics.co.uk within ten working days.\n\nKind regards,\n[[PERSON:Callum Rees-Whitfield]]\nHead of People",
    "[[PERSON:TOMÁS ECHEVERRÍA]]\n[[EMAIL_ADDRESS:tomas.echeverria.dev@gmail.com]] | [[PHONE_NUMBER:+34 611 847 302]] | [[URL:https://github.com/techeverria]] | [[LOCATION:Bilbao]], [[LOCATION:Spain]]\n\nEXPERIENCE\nBackend Engineer, Lanzadera Tech (2019 to present): migrated 40+ services to Python 3.11 and cut p95 latency by 38%.\nJunior Developer, Iberdata (2016 to 2019): maintained the billing API v2.4.\n\nEDUCATION\nBSc Computer Science, University of Deusto, 2016.\n\nLANGUAGES: Spanish, Basque, English (C1).",
    "Minutes of the Elmfield Residents' Association, [[DATE_TIME:9 April 2024]]\nPresent: [[PERSON:Joan Petrakis]] (chair), [[PERSON:Idris Okonjo]], [[PERSON:Hollie Brennan]], [[TITLE:Cllr]] [[PERSON:Tariq Mahmood]]\nApologies: [[PERSON:Bernard Loy]]\n1. Parking near the school: [[TITLE:Cllr]] [[PERSON:Mahmood]] will raise the permit scheme (ref TRO/2024/118) with Highways.\n2. Treasurer's report: balance £2,318.40.\n3. AOB: [[PERSON:Hollie]] offered her garden at [[ADDRESS:14 Elmfield Avenue]] for the summer fete.\nNext meeting: [[DATE_TIME:14 May]], 7 pm, church hall.",
    "Pupil: [[PERSON:Amara Nwachukwu]]   Year 5, Hazel class   UPN [[ID_NUMBER:K801200318264]]\nAttendance: 96.4%\n[[PERSON:Amara]] has made excellent progress in reading this term and her reading age is now 11y 2m. In maths she is working towards the expected standard (18/30 and 22/30 in the last two tests). She sometimes needs reminding to bring her PE kit on Tuesdays.\nClass teacher: [[TITLE:Mrs]] [[PERSON:D. Whitcombe]]\nParent meeting booked for Tuesday [[DATE_TIME:23 April]] at 3.45 pm.",
    "HOME CONTENTS CLAIM\nPolicy no. HC-7781-2290-03 | Claim ref CL24-06612\nPolicyholder: [[PERSON:Gwendolyn Farraday]]\nOn [[DATE_TIME:28 January 2024]] a burst pipe flooded the kitchen at [[ADDRESS:5 Orchard Rise]], [[LOCATION:Taunton]] [[ZIP_CODE:TA1 3NZ]]. Items damaged: dishwasher (model SMS4HVI33G, serial 0338-221-07), oak dining table (£640). Contractor: Apex Plumbing, invoice INV-55310, £385.00.\nPayment to account [[ID_NUMBER:73118290]], sort code 40-11-62.\nContact: [[EMAIL_ADDRESS:gwen.farraday@icloud.com]]",
    "IN THE COUNTY COURT AT MANCHESTER\nClaim No. K00MA418\nBETWEEN [[PERSON:DARIUS FENWICK]] (Claimant) and [[PERSON:PRIYA LAKHANI]] (Defendant)\nBefore [[TITLE:HHJ]] [[PERSON:Aldous]] on [[DATE_TIME:19 June 2024]]\nORDER\n1. The claimant's claim for £8,400 in respect of unpaid invoices is dismissed.\n2. The claimant shall pay the defendant's costs, summarily assessed at £3,150, within 14 days.\n3. The defendant's address for service is [[ADDRESS:Flat 9, Halcyon House, 60 Deansgate]], [[LOCATION:Manchester]] [[ZIP_CODE:M3 2FE]].",
    "Case note, [[DATE_TIME:12/02/2024]]\nHome visit to [[PERSON:Shanice Morgan]] ([[AGE:24]]) and her son [[PERSON:Kai]] ([[AGE:3]]) at [[ADDRESS:Flat 12, Brook House, Wellington Estate]], [[LOCATION:Peckham]]. Flat clean; heating working since the repair (job no. 55129). She reports that her ex-partner, [[PERSON:Jermaine]], has been messaging her from a new number, [[PHONE_NUMBER:07388 204117]]. Advised to keep a log and to call 999 in an emergency. Next visit in two weeks.\n[[PERSON:Naomi Feld]], social worker",
    "Subject: Re: Access to building B\n\nHi [[PERSON:Tomek]],\n\nYour badge should work from Monday. If the turnstile still shows error E-17, ping facilities@quaysidepartners.com or ext. 4400.\n\nThanks,\n[[PERSON:Marisol Ventura]]\nSenior Facilities Coordinator | Quayside Partners\nM: [[PHONE_NUMBER:+1 617 555 0148]]\n[[EMAIL_ADDRESS:m.ventura@quaysidepartners.com]]\n[[ADDRESS:200 Atlantic Avenue, 5th Floor]], [[LOCATION:Boston]], [[LOCATION:MA]] [[ZIP_CODE:02110]]",
    "[00:02:14] [[PERSON:Helen Achebe]]: Okay, let's start. [[PERSON:Raj]], can you share the Q3 numbers?\n[00:02:20] [[PERSON:Raj Bhatnagar]]: Sure. Revenue is up 12.4% to $3.8M and churn is at 2.1%.\n[00:03:05] [[PERSON:Helen Achebe]]: Good. And the [[LOCATION:Denver]] office move?\n[00:03:11] [[PERSON:Raj Bhatnagar]]: Lease is signed. The new site is [[ADDRESS:1601 Wewatta Street, Suite 900]], and [[PERSON:Priscilla]] is coordinating the movers.\n[00:03:40] [[PERSON:Helen Achebe]]: Great, thanks.",
    "Dear [[TITLE:Dr]] [[PERSON:Kowalski]],\n\nRe: [[PERSON:Beatrix Holloway]], DOB [[DATE_TIME:04/11/1958]], NHS No. [[ID_NUMBER:604 218 3370]]\n\nThank you for seeing this [[AGE:65]]-year-old retired teacher with a six-month history of progressive dysphagia. A barium swallow (ref RAD-24-4471) showed a smooth narrowing at T8. She takes omeprazole 20 mg OD. She lives alone at [[ADDRESS:2 Ferncliffe Cottages]], [[LOCATION:Hebden Bridge]], and her niece, [[PERSON:Laura]], drives her to appointments.\n\nYours sincerely,\n[[TITLE:Dr]] [[PERSON:Amelia Strand]]",
    "WORKPLACE INCIDENT REPORT WI-0931\nDate of incident: [[DATE_TIME:11 March 2024]], 14:25\nLocation: Warehouse 3, aisle 17, bay C\nInjured person: [[PERSON:Dariusz Lewandowski]], forklift operator, employee no. [[ID_NUMBER:44718]]\nDescription: a pallet (SKU 5531-BLU-XL) fell from level 3 racking and struck his left shoulder; bruising only. First aid given by [[PERSON:Agnieszka]]. Forklift serial FL-22-0871 taken out of service pending inspection.\nReported by: [[PERSON:Connor Baptiste]], shift lead, ext. 2210",
    "[[PERSON:Henrietta Mbeki-Lawson]]\n[[ADDRESS:71 Sandringham Drive]]\n[[LOCATION:Solihull]] [[ZIP_CODE:B91 3QX]]\n\n[[DATE_TIME:2 May 2024]]\n\nDear Sir or Madam,\n\nI am writing to dispute two transactions of £219.99 on my credit card ending 2810 (ARN 74471800318). I did not authorise either of them. For the avoidance of doubt, the full card number is [[CREDIT_CARD:5455 9012 6637 2810]]; please cancel it and send a replacement.\n\nYours faithfully,\n[[PERSON:H. Mbeki-Lawson]]",
    "Dear [[PERSON:Farida]],\n\nCongratulations! You have been admitted to the MSc in Public Health (programme code PH-7102) for the September intake. Your student number is [[ID_NUMBER:2418832]] and your personal tutor will be [[TITLE:Prof.]] [[PERSON:Ingrid Halvorsen]]. Please log in to the portal with the username [[USERNAME:fkarimova24]] to complete enrolment. We hold your correspondence address as [[ADDRESS:Apt 5, 112 Abay Avenue]], [[LOCATION:Almaty]], [[LOCATION:Kazakhstan]].\n\nAdmissions Office",
    "ARREST REPORT, case 24-118305\nArrestee: [[PERSON:Travis Lee Hollingsworth]], W/M, DOB [[DATE_TIME:02/27/1994]], age [[AGE:30]]\nAddress: [[ADDRESS:1417 Pecan Hollow Road]], [[LOCATION:Tyler]], [[LOCATION:TX]] [[ZIP_CODE:75703]]\nTX DL: [[US_DRIVER_LICENSE:31829044]]\nArrested on [[DATE_TIME:04/14/2024]] at 01:12 by [[TITLE:Ofc.]] [[PERSON:Delgado]] for DWI (BAC 0.12). Vehicle: 2016 pickup, VIN 3GCUKREC8GG211847, towed to lot 4.",
    "ASSURED SHORTHOLD TENANCY AGREEMENT\nThis agreement is made on [[DATE_TIME:15 August 2024]] between the Landlord, [[PERSON:Cedric Ansah]], of [[ADDRESS:PO Box 4471]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 9XX]], and the Tenants, [[PERSON:Lily-Mae Thornton]] and [[PERSON:Oscar Nyström]].\nThe Property: [[ADDRESS:Ground Floor Flat, 23 Cranbourne Gardens]], [[LOCATION:Reading]] [[ZIP_CODE:RG30 6TS]].\nTerm: 12 months. Rent: £1,250 per calendar month, payable on the 1st. Deposit: £1,442.30, protected under scheme ref TDS-20240815-33.",
    "Madame, Monsieur,\n\nJe soussignée, [[PERSON:Béatrice Lemoine-Cazal]], demeurant [[ADDRESS:41 boulevard de la Liberté]], [[ZIP_CODE:59000]] [[LOCATION:Lille]], atteste que [[TITLE:M.]] [[PERSON:Yanis Belkacem]], né le [[DATE_TIME:8 mars 2001]], occupe le logement que je lui loue depuis le [[DATE_TIME:1er septembre 2022]] et qu'il est à jour de ses loyers (850 € par mois, charges comprises).\n\nFait à [[LOCATION:Lille]], le [[DATE_TIME:17 juin 2024]].\n\n[[PERSON:B. Lemoine-Cazal]]",
    "Patient: Biscuit (canine, Labrador, 6 yrs), microchip 941000024471829\nOwner: [[PERSON:Marguerite Delacroix-Hume]], [[ADDRESS:9 Pinfold Lane]], [[LOCATION:Kendal]] [[ZIP_CODE:LA9 4QE]], tel. [[PHONE_NUMBER:01539 720418]]\nSeen [[DATE_TIME:3 June 2024]] by [[PERSON:Rupert Okafor]] MRCVS for lameness, right fore. Meloxicam 1.5 mg/ml, 2.7 ml SID for 5 days. Weight 31.2 kg.\nRecheck booked for [[DATE_TIME:10/06]].",
    "Case ref: IMM/2024/07718\nClient: [[PERSON:Tesfaye Gebremedhin]], [[NRP:Eritrean]], DOB [[DATE_TIME:1 January 1997]] (assigned)\nThe client left [[LOCATION:Italy]] in 2019 and arrived in the UK on [[DATE_TIME:20 November 2022]]. BRP number [[ID_NUMBER:ZX8183264]]. He is currently housed at [[ADDRESS:Room 14, Kestrel House, 210 Bath Road]], [[LOCATION:Hounslow]]. Interpreter required: Tigrinya.\nNext appointment with [[TITLE:Ms]] [[PERSON:Adebola]] on [[DATE_TIME:8 July]] at 11:00.",
    "PRIVATE AND CONFIDENTIAL\n[[TITLE:Mr]] [[PERSON:Lewis Caddick]]\nEmployee no. [[ID_NUMBER:E-003187]]\n\nDear [[PERSON:Lewis]],\n\nYou are required to attend a disciplinary hearing on Wednesday [[DATE_TIME:24 July 2024]] at 10:00 in Meeting Room 2. The allegation concerns the use of fuel card FC-2291 for non-business purchases totalling £418.66. You may be accompanied by a colleague or a trade union representative. Please confirm your attendance to [[PERSON:Sunita Parekh]], HR Business Partner.\n\nYours sincerely,\n[[PERSON:Graham Tolley]]\nOperations Director",
    "Minutes of the Research Ethics Committee, [[DATE_TIME:18 March 2024]]\nAttendees: [[TITLE:Prof.]] [[PERSON:Hannelore Brandt]] (chair), [[TITLE:Dr]] [[PERSON:Kofi Mensah]], [[PERSON:Yasmin Farouk]] (lay member)\nItem 1: application ERC-24-031, 'Vitamin D and Parkinson's disease progression' (PI: [[TITLE:Dr]] [[PERSON:Lucien Marchal]]). Approved, subject to amending consent form v2.1 to mention the Hawthorne effect.\nItem 2: participant 07 ([[PERSON:R.T.]]) withdrew consent on [[DATE_TIME:2 March]]; the samples (lot 4471-B) will be destroyed.",
    "Statement of [[PERSON:Fionnuala Brady]], aged [[AGE:46]], of [[ADDRESS:12 Ashgrove Park]], [[LOCATION:Navan]], Co. [[LOCATION:Meath]] [[ZIP_CODE:C15 R2X4]], taken by [[TITLE:Garda]] [[PERSON:Eoin Fallon]] on [[DATE_TIME:9 May 2024]].\nI own a red Skoda Octavia, registration [[ID_NUMBER:191-MH-4471]]. When I came back to the supermarket car park at about 6 pm, the rear window had been smashed and my laptop bag (Dell Latitude 5420, serial 7HX2K93) was gone. I did not see anyone near the car.",
    "CURRICULUM VITAE\n[[PERSON:Adaeze Nnamdi-Lamb]]\n[[ADDRESS:48 Hawthorn Crescent]], [[LOCATION:Leeds]] [[ZIP_CODE:LS7 3PD]] · [[PHONE_NUMBER:07952 183446]] · [[EMAIL_ADDRESS:adaeze.nl@outlook.com]] · [[URL:linkedin.com/in/adaeze-nnamdi-lamb]]\nRegistered nurse, NMC PIN [[ID_NUMBER:18J2045E]]\nEXPERIENCE\nStaff Nurse, Ward 22 (Acute Medicine), St James's University Hospital, 2018 to present: mentor to 14 students; led a falls audit (n=212).\nREFERENCES available on request.",
    "SOAP note, [[DATE_TIME:06/03/2024]]\nS: [[PERSON:Dolores Whitfield]], [[AGE:58]]F, 3 days of productive cough, fever 38.6 C. Non-smoker. Lives with her husband, [[PERSON:Earl]].\nO: SpO2 94% RA, RR 22, crackles R base. CXR: RLL consolidation.\nA: CAP, CURB-65 score 1.\nP: amoxicillin 500 mg TID x 5/7; return if worse. F/u with PCP [[TITLE:Dr.]] [[PERSON:Nkemelu]] on [[DATE_TIME:06/10]].\nMRN [[ID_NUMBER:0044718293]]   Medicare [[ID_NUMBER:3WK7-HR2-NP58]]",
    "To: customer.relations@northlightenergy.co.uk\nFrom: [[EMAIL_ADDRESS:b.odonoghue71@gmail.com]]\nSubject: Complaint, account [[ID_NUMBER:8820031746]]\n\nI have now been billed twice for January to March (bill no. 22918-A, £312.47). My meter (serial E17Z04471) was read by your engineer on [[DATE_TIME:2 April]] and showed 18,204 kWh. Please refund the duplicate to my account and confirm in writing to [[ADDRESS:3 Lough View Terrace]], [[LOCATION:Newry]] [[ZIP_CODE:BT34 1QF]].\n\n[[PERSON:Brendan O'Donoghue]]",
    "Interview transcript, participant P-14, recorded [[DATE_TIME:21 November 2023]]\nINTERVIEWER: Could you tell me a bit about where you grew up?\nP-14: Sure. I'm [[PERSON:Laleh]], I'm [[AGE:34]]. I grew up in [[LOCATION:Shiraz]] and moved to [[LOCATION:Vancouver]] when I was [[AGE:19]]. My parents still run a bakery near the old bazaar.\nINTERVIEWER: And did religion play a part in the move?\nP-14: Yes. I was raised [[NRP:Bahá'í]], which made university impossible back home.",
    "EMPLOYMENT TRIBUNALS\nClaimant: [[TITLE:Mrs]] [[PERSON:Olufunke Adeyinka]]\nRespondent: Castlegate Care Homes Ltd\nHeard at: [[LOCATION:Bristol]]   On: [[DATE_TIME:3-5 June 2024]]\nBefore: [[TITLE:Judge]] [[PERSON:Hargreaves]]\nJUDGMENT\nThe claim of unfair dismissal succeeds. The respondent shall pay a basic award of £6,412.50 and a compensatory award of £14,880.00.\nREASONS\nThe claimant, a senior carer employed from [[DATE_TIME:12 January 2015]], was dismissed on [[DATE_TIME:30 September 2023]] after a complaint by a resident's son, [[PERSON:Malcolm Ireland]], which the respondent never investigated.",
]

CHAT = [
    "hey its [[PERSON:dani]] 😊 new number!! save it: [[PHONE_NUMBER:0414228907]]",
    "[14:02] Mum: has anyone heard from auntie [[PERSON:bev]]?\n[14:05] [[PERSON:Kezia]]: she moved to [[LOCATION:swindon]] last month, new address is [[ADDRESS:22 kingfisher way]] i think\n[14:06] [[PERSON:Kezia]]: landline's the same tho",
    "@[[USERNAME:priya.n]] can you reset the VPN token for [[PERSON:Olumide]]? he's locked out since the 3.2.1 client update. laptop hostname is LT-OPS-0447",
    "[[USERNAME:frostbyte_99]]: yo anyone selling a 4070?\n[[USERNAME:GreenMamba]]: dm me, im in [[LOCATION:leeds]] if u wanna collect\n[[USERNAME:frostbyte_99]]: bet",
    "Agent ([[PERSON:Kelsey]]): Hi, thanks for contacting ShopRight! How can I help?\nCustomer: hi my order 4471-99812 never came\nAgent ([[PERSON:Kelsey]]): Sorry about that! Can I get the name on the order?\nCustomer: [[PERSON:Ifeoma Chukwu]]\nAgent ([[PERSON:Kelsey]]): And the delivery postcode?\nCustomer: [[ZIP_CODE:M14 6HY]]\nAgent ([[PERSON:Kelsey]]): Thanks [[PERSON:Ifeoma]], it shows as delivered to [[ADDRESS:41a Platt Lane]] at 13:02.",
    "CALLER: yeah hi, it's [[PERSON:Gary Whitmore]], I'm ringing about my boiler\nAGENT: No problem, [[TITLE:Mr]] [[PERSON:Whitmore]]. Can you confirm the first line of your address?\nCALLER: [[ADDRESS:seventeen Rookery Close]], [[LOCATION:Basingstoke]]\nAGENT: And a contact number?\nCALLER: [[PHONE_NUMBER:oh seven seven nine double four, two one eight, six three oh]]",
    "Hi, this message is for [[PERSON:Jacinta Ferreira]]. This is [[PERSON:Owen]] from Oakwood Surgery calling to confirm your blood test on [[DATE_TIME:June 14th]] at 9:20. If you can't make it, please call the surgery back. Thanks, bye.",
    "[[PERSON:artem]]: did u get my email?? sent it from [[EMAIL_ADDRESS:artem.zhukov.dev@proton.me]] cos gmail is acting weird here in [[LOCATION:Tbilisi]]\n[[PERSON:nino]]: got it 👍",
    "omg [[PERSON:jess]] just told me [[PERSON:Mikey]] is movin to [[LOCATION:barcelona]] 😭😭 his leaving party is on the [[DATE_TIME:22nd]] at his mums place, u coming??",
    "Customer: I need to update my email, it's now [[EMAIL_ADDRESS:rosie.kwan@hotmail.co.uk]]\nAgent: Sure! For security, can you confirm your date of birth?\nCustomer: [[DATE_TIME:3rd of feb 86]]\nAgent: Thanks [[PERSON:Rosie]], all done ✅",
    "hey [[PERSON:nnamdi]] 👋 the contractor's IP is [[IP_ADDRESS:10.14.2.77]], can u whitelist it on 8443? ticket is INFRA-2291",
    "hiii I'm [[PERSON:Paris]] 🙈 [[AGE:26]], nurse in [[LOCATION:Manchester]]. not really on here much, add me on insta [[USERNAME:paris.h.x]] or text [[PHONE_NUMBER:07441 90 22 86]]",
    "Driver: hi, I'm outside, silver Corolla [[ID_NUMBER:KD71 XPR]]\nRider: coming!! I'm the one in the yellow coat lol\nDriver: ok [[PERSON:Lauren]] 👍",
    "Courier: hey, which building is it? the gate code isn't working\nCustomer: sorry!! its [[ADDRESS:88 wharf rd, block C, flat 31]], buzz 31 and ill come down. or call [[PHONE_NUMBER:07700900582]]\nCourier: ok thanks [[PERSON:Yusuf]]",
    "[[USERNAME:xXLunaticXx]]: [[PERSON:leo]] ur not gonna believe this, [[USERNAME:vexedpanda]] doxxed me, posted my real name [[PERSON:Callum Ferris]] and that i live in [[LOCATION:Dundalk]] 💀",
    "[[PERSON:Vale]]: oye, ¿me pasás el número de [[PERSON:Nacho]]?\n[[PERSON:Tomi]]: es el [[PHONE_NUMBER:11 5823-4710]] creo, ahora vive en [[ADDRESS:Thames 1842]], [[LOCATION:Palermo]]\n[[PERSON:Vale]]: graciaaas 🙏",
    "Coucou [[PERSON:Mathilde]] ! C'est [[PERSON:Hugo]], j'ai changé de numéro : [[PHONE_NUMBER:07 81 44 29 60]]. On se voit toujours samedi [[DATE_TIME:12 octobre]] pour l'anniv de [[PERSON:Lou]] ? 🎂",
    "[[PERSON:Jannik]]: kannst du mir nochmal die IBAN von Oma [[PERSON:Gerda]] schicken? will ihr was für den Geburtstag überweisen\n[[PERSON:Lea]]: klar: [[IBAN_CODE:DE30 4306 0967 1128 3049 57]]\n[[PERSON:Jannik]]: danke dir ❤️",
    "Ciao [[PERSON:Fede]], sono [[PERSON:Marta]] del condominio di [[ADDRESS:via Nizza 47]]. Il tecnico della caldaia passa giovedì [[DATE_TIME:9 maggio]] verso le 10, riesci a esserci? Il mio numero è [[PHONE_NUMBER:333 718 2264]] se serve.",
    "[[PERSON:Bia]]: amiga me manda seu pix pra eu te pagar o ingresso\n[[PERSON:Carol]]: é meu cpf mesmo, [[ID_NUMBER:408.117.296-35]] 😘\n[[PERSON:Bia]]: feito!",
    "Hoi [[PERSON:Sanne]], met [[PERSON:Daan]] van de fietsenwinkel. Je fiets (framenummer WAZ44718K) is klaar, je kunt hem ophalen op [[ADDRESS:Vismarkt 12]] in [[LOCATION:Groningen]]. Vragen? Bel me op [[PHONE_NUMBER:06 18 73 40 29]].",
    "Bot: Please enter the last 4 digits of your SSN.\nUser: 4471\nBot: Sorry, that doesn't match our records.\nUser: ugh fine its [[US_SSN:604-33-4471]], name is [[PERSON:brandon t. okafor-reyes]]\nBot: Thank you. Transferring you to an agent.",
    "AGENT: Can I take the policy number?\nCALLER: it's HOM-448-2291\nAGENT: And your date of birth?\nCALLER: [[DATE_TIME:twelfth of October, nineteen seventy-nine]]\nAGENT: Thank you, [[TITLE:Mrs]] [[PERSON:Delacourt]]. And you're still at [[ADDRESS:6 Saxon Way]]?\nCALLER: No, we moved to [[LOCATION:Exeter]] in the spring, it's [[ADDRESS:flat 2, 40 Magdalen Road]] now.",
    "hi [[PERSON:Siobhan]], [[PERSON:Gus]] (landlord) here. plumber is coming tmrw morning, he'll ring u from [[PHONE_NUMBER:07 933 218 440]] when hes close. his name is [[PERSON:Derek]] x",
    "[[PERSON:tamsin]]: can someone add [[EMAIL_ADDRESS:d.kaur@contractor-mail.com]] to #proj-heron? that's [[PERSON:Devinder]], she starts monday\n[[PERSON:bo]]: done ✅",
    "hey!! loved ur post about the marathon 🏃 I'm [[PERSON:Autumn]] btw, ran it too, bib 44718 lol. follow me back [[USERNAME:autumn_runs_far]]",
    "Dad: [[PERSON:kofi]] did u send ur passport number to the travel agent\n[[PERSON:Kofi]]: yh [[ID_NUMBER:G3318270]]\nDad: and [[PERSON:Esi]]'s?\n[[PERSON:Kofi]]: she has to do it herself shes [[AGE:18]] now 🙄",
    "hey it's [[PERSON:Marcus Ng]] from the [[LOCATION:Auckland]] depot, your pallet's arrived. ring me on [[PHONE_NUMBER:oh two one, four four seven, eight two nine one]] when you get this, cheers",
    "[[USERNAME:CryptoQueen_Amira]]: dear, send 500 USDT and I return 1500 in 24h guaranteed 💰 wallet: [[ID_NUMBER:TQ8vH3kN9rW2xY5mP7cB4dF6gJ1sLuaZeR]]\n[[USERNAME:mike_dvs]]: lol no",
    "[[USERNAME:kaiju_kat]]: pls unban [[USERNAME:snackattack_07]], that's my little brother [[PERSON:Finn]], he's like [[AGE:12]] lol\n[[USERNAME:mod_rhea]]: ok but keep him out of #nsfw",
]

STRUCT = [
    "Name: [[PERSON:Hamza Rashidov]]\nDate of birth: [[DATE_TIME:1992-07-30]]\nEmail: [[EMAIL_ADDRESS:h.rashidov@mail.ru]]\nPhone: [[PHONE_NUMBER:+998 90 318 44 72]]\nCity: [[LOCATION:Tashkent]]\nPassport: [[ID_NUMBER:FA4471829]]\nPassword: Qwerty!2024\nGender: M",
    "09:14:02 INFO auth: login ok user=[[USERNAME:mchowdhury]] ip=[[IP_ADDRESS:192.168.12.45]]\n09:14:09 WARN auth: failed login user=admin ip=[[IP_ADDRESS:185.220.101.47]] attempts=7\n09:15:31 INFO profile: email changed to [[EMAIL_ADDRESS:m.chowdhury@fastmail.net]] for user=[[USERNAME:mchowdhury]]\n09:15:32 DEBUG build=4.12.0.3 region=eu-west-2",
    "From: [[PERSON:Ingrid Solheim]] <[[EMAIL_ADDRESS:ingrid.solheim@fjordtech.no]]>\nTo: [[PERSON:Ruairí Moynihan]] <[[EMAIL_ADDRESS:ruairi.m@corkanalytics.ie]]>\nCc: billing@fjordtech.no\nSubject: Contract renewal 2024-25\nMessage-ID: <7f3a2c91.4471@mx2.fjordtech.no>\nX-Mailer: Microsoft Outlook 16.0.17328",
    "BEGIN:VCARD\nVERSION:3.0\nN:[[PERSON:Okafor-Delgado]];[[PERSON:Marisela]];;[[TITLE:Dr.]];\nFN:[[TITLE:Dr.]] [[PERSON:Marisela Okafor-Delgado]]\nORG:Lakeside Paediatrics\nTEL;TYPE=CELL:[[PHONE_NUMBER:+1-608-555-0139]]\nEMAIL:[[EMAIL_ADDRESS:marisela.od@lakesidepeds.org]]\nADR;TYPE=HOME:;;[[ADDRESS:2210 Jenifer Street]];[[LOCATION:Madison]];[[LOCATION:WI]];[[ZIP_CODE:53704]];[[LOCATION:USA]]\nEND:VCARD",
    "customer_id,first_name,last_name,email,phone,postcode\n[[ID_NUMBER:C-100482]],[[PERSON:Aiyana]],[[PERSON:Redcloud]],[[EMAIL_ADDRESS:aiyana.rc@gmail.com]],[[PHONE_NUMBER:605-555-0172]],[[ZIP_CODE:57701]]\n[[ID_NUMBER:C-100483]],[[PERSON:Bjørn]],[[PERSON:Eikeland]],[[EMAIL_ADDRESS:bjorn.eik@online.no]],[[PHONE_NUMBER:+47 913 44 718]],[[ZIP_CODE:5003]]",
    "employee\tdept\tstart_date\tsalary\tni_number\n[[PERSON:Chanthavy Sisouk]]\tFinance\t[[DATE_TIME:2021-03-15]]\t58200\t[[ID_NUMBER:PX 31 82 60 D]]\n[[PERSON:Tevita Fifita]]\tOperations\t[[DATE_TIME:2019-11-04]]\t47750\t[[ID_NUMBER:SJ 71 40 29 B]]",
    "| Name | Role | Ext | Mobile |\n|---|---|---|---|\n| [[PERSON:Gráinne Keogh]] | Team lead | 2201 | [[PHONE_NUMBER:085 227 3190]] |\n| [[PERSON:Obinna Eze]] | Analyst | 2207 | [[PHONE_NUMBER:083 661 0428]] |\n| [[PERSON:Lin Yufei]] | Intern | 2214 | [[PHONE_NUMBER:089 402 7715]] |",
    '{"user": {"username": "[[USERNAME:quietstorm_84]]", "full_name": "[[PERSON:Desirée Abernathy-Cole]]", "email": "[[EMAIL_ADDRESS:desiree.ac@icloud.com]]", "dob": "[[DATE_TIME:1984-12-02]]", "last_ip": "[[IP_ADDRESS:73.158.42.190]]", "plan": "pro", "app_version": "7.3.0.12"}}',
    "patient:\n  name: [[PERSON:Tawhiri Ngata]]\n  nhi: [[ID_NUMBER:ZKT4471]]\n  dob: [[DATE_TIME:1969-05-21]]\n  address:\n    street: [[ADDRESS:14 Tui Street]]\n    suburb: [[LOCATION:Fendalton]]\n    city: [[LOCATION:Christchurch]]\n    postcode: [[ZIP_CODE:8041]]\n  allergies: [penicillin]\n  ward: 4B",
    "<applicant><firstName>[[PERSON:Ludmila]]</firstName><lastName>[[PERSON:Horáková]]</lastName><birthDate>[[DATE_TIME:1977-09-03]]</birthDate><email>[[EMAIL_ADDRESS:ludmila.horakova@seznam.cz]]</email><iban>[[IBAN_CODE:NL33TRIO0391887204]]</iban><city>[[LOCATION:Olomouc]]</city><formVersion>2.0.4</formVersion></applicant>",
    "INSERT INTO customers (first_name, last_name, email, ssn, state) VALUES ('[[PERSON:Jolene]]', '[[PERSON:Mabry]]', '[[EMAIL_ADDRESS:jolene.mabry@aol.com]]', '[[US_SSN:461-72-0938]]', '[[LOCATION:AR]]'), ('[[PERSON:Thaddeus]]', '[[PERSON:Orrin]]', '[[EMAIL_ADDRESS:t.orrin@me.com]]', '[[US_SSN:538-19-2674]]', '[[LOCATION:OR]]');",
    "GET /signup?first=[[PERSON:Keoni]]&last=[[PERSON:Kahananui]]&email=[[EMAIL_ADDRESS:keoni.k%40hawaiiantel.net]]&phone=[[PHONE_NUMBER:%2B18085550164]]&zip=[[ZIP_CODE:96813]]&ref=ad_7731&v=2.4.1 HTTP/1.1",
    "=== Contact form submission ===\nname=[[PERSON:Saoirse Whelan-Byrne]]\nemail=[[EMAIL_ADDRESS:saoirse.wb@eircom.net]]\nphone=[[PHONE_NUMBER:+353 86 447 1902]]\nmessage=Hi, my order 55-1029 arrived damaged, can someone call me after 5?\nconsent=yes\nsubmitted_from=[[IP_ADDRESS:2a01:4f8:c17:3b2e::1]]",
    "SHIP TO:\n[[PERSON:KWAME OSEI-BONSU]]\n[[ADDRESS:APT 7C, 455 W 152ND ST]]\n[[LOCATION:NEW YORK]] [[LOCATION:NY]] [[ZIP_CODE:10031-1847]]\n[[PHONE_NUMBER:(917) 555-0108]]\nTRACKING: 1Z 4X7 912 03 4471 8290\nWEIGHT: 2.4 LB   REF: PO-88120",
    "Guest: [[TITLE:Mr]] [[PERSON:Dimitrios Karagiannis]]\nNationality: [[NRP:Greek]]\nPassport no.: [[ID_NUMBER:AN4471903]]\nArrival: [[DATE_TIME:2024-08-03]]\nDeparture: [[DATE_TIME:2024-08-10]]\nRoom: 412\nCard on file: [[CREDIT_CARD:4593 3071 2268 8454]] exp 11/26\nLoyalty no.: [[ID_NUMBER:HH 882 104 731]]",
    "payee_name,iban,amount,reference\n[[PERSON:Agata Szymańska]],[[IBAN_CODE:PL08 1140 2004 0000 3502 7194 6652]],1250.00,INV-2024-0318\n[[PERSON:Lorenzo Vitale]],[[IBAN_CODE:IT60 Y020 0802 4800 0010 3882 741]],980.50,INV-2024-0319",
    '[{"cardholder": "[[PERSON:Hina Matsumoto]]", "pan": "[[CREDIT_CARD:3589 1164 0072 3554]]", "exp": "09/27", "zip": "[[ZIP_CODE:98105]]"}, {"cardholder": "[[PERSON:Oren Shapiro]]", "pan": "[[CREDIT_CARD:6011 7715 0338 2947]]", "exp": "02/26", "zip": "[[ZIP_CODE:11230]]"}]',
    "08:01:17 door=LAB-2 badge=[[ID_NUMBER:B04471]] name=[[PERSON:Y. Al-Hashimi]] result=GRANTED\n08:03:55 door=LAB-2 badge=[[ID_NUMBER:B03318]] name=[[PERSON:P. Ranasinghe]] result=DENIED\n08:04:02 door=SRV-1 badge=svc-cleaning result=GRANTED fw=1.9.2.44",
    "service: billing-api\nversion: 3.14.2\nowner:\n  name: [[PERSON:Wren Castellanos]]\n  email: [[EMAIL_ADDRESS:wren.castellanos@gmail.com]]\n  slack: [[USERNAME:wren.c]]\noncall_backup: [[PERSON:Idowu Fashola]]\nport: 8080\nupstream: [[IP_ADDRESS:10.40.7.19]]",
    "INSERT INTO drivers (name, licence_no, plate, phone, city) VALUES ('[[PERSON:Lee Ji-hoon]]', '[[ID_NUMBER:11-18-447190-82]]', '[[ID_NUMBER:12가 3456]]', '[[PHONE_NUMBER:010-7182-2264]]', '[[LOCATION:Incheon]]');",
]

LOOKALIKE = [
    "Order #448-2910337 shipped via DHL, tracking JD014600004471829301; invoice INV-2024-08812 for €1,249.00 incl. 21% VAT. The unit ships with firmware 10.2.0.118 preinstalled.",
    "Flight BA 2490 from LGW to FCO departs at 07:35 from gate 22; seat 14C is an exit row. Aircraft G-EUYK, an A320neo, 180 seats.",
    "Update the package to 3.10.12.4 and the SDK to 10.0.22621.2861; the sha256 checksum e3c1a47f02b9d6658e14c07a9d2f311b86c4e0da7f59b21c4a83e6f0d17b5c92 must match before install.",
    "Part no. 7731-A4-0092, lot 22B19, serial SN4471-0093-XK; torque to 12.5 Nm. Field unit installed at 53.4084° N, 2.9916° W; see manual ISBN 978-1-84408-712-9, p. 118.",
    "Patients with Parkinson's disease or Hashimoto's thyroiditis were excluded; agreement is shown in a Bland-Altman plot and survival in a Kaplan-Meier curve (Figure 3; p < 0.001, n = 412).",
    "For the launch we stocked Dr. Martens boots, Sara Lee cheesecake and Dr Pepper; a Ford Mustang Mach-E was on display at stand 44, next to the Tesla Model Y.",
    "Invoice 2024-0318-17: 3 x SKU 118-220-447 at $19.99, shipping $4.50, total $64.47. Pay via sort code 30-94-57 or BIC DEUTGB2L quoting the invoice number.",
    "Build 5.15.0.1047 was deployed to 10 hosts; the rollback plan was approved by [[PERSON:Ksenia Volkova]] (change CHG-44718). Host db-04 now answers on [[IP_ADDRESS:10.2.15.204]], port 5432.",
    "USPS label 9400 1118 9922 3318 2604 71 was printed for [[PERSON:Harlan Oduya]]; order 113-4471829-0093318, 2 items, $38.16, est. weight 1.3 lb.",
    "The library holds the 1986 Nobel lecture by [[PERSON:Wole Soyinka]] (shelf mark PR9387.9 S6, 3rd floor, bay 17); the Soyinka Reading Room itself closes at 8 pm.",
    "Flight LH 441 to [[LOCATION:Detroit]] is delayed by 95 minutes; passenger [[PERSON:Y. Nakashima]], seat 33K, please report to gate B44.",
    "commit 4f1c9e2a7b03d5e88c16f2a0b9d7e4c31a5f6082\nAuthor: [[PERSON:Emeka Obiajulu]] <[[EMAIL_ADDRESS:41839217+emekao@users.noreply.github.com]]>\n\n    bump lodash to 4.17.21 (CVE-2021-23337) and pin node to 20.11.1",
    "Model XPS-9320, service tag 4TQ7HJ3, warranty until 03/2026; registered owner [[PERSON:Brigitte Aumont]], [[EMAIL_ADDRESS:b.aumont@orange.fr]].",
    "Payment ref 2024/0318/55 of AUD 1,200.00 to BSB 062-000, account [[ID_NUMBER:1182 3049]], in the name of [[PERSON:Callie Nguyen-Brooks]].",
    "Out of hours call 111; in an emergency, 999. Room 12, bed 3: [[PERSON:Arthur Penhaligon]], [[AGE:88]], fractured neck of femur, nil by mouth from 00:00, theatre slot 2.",
    "Agent 3.2.11.4 on node 7 reported upstream [[IP_ADDRESS:172.31.18.250]] unreachable; the proxy entry 256.12.4.1 in config v2.0.0.1 is a typo.",
    "Review of the Fitbit Charge 6 by [[USERNAME:trailmix_tess]]: 4.5/5, battery about 7 days, SpO2 within 2% of a Masimo MightySat, strap size L.",
    "Lot 22-4471, CAS 50-00-0, 2.5 L, hazard class 6.1, received by [[TITLE:Dr]] [[PERSON:Siddharth Rao]] at the [[LOCATION:Leuven]] warehouse; store below 25 °C.",
    "The Lincoln Memorial and the Washington Monument are 1.9 km apart; our guide, [[PERSON:Percy]], meets groups at 10:15 by the Einstein statue.",
    "Lottery draw 4471: 03 18 22 26 41 44, bonus ball 07; the £4,318,260 jackpot was won on a ticket bought in [[LOCATION:Swansea]].",
]

STYLES = {"gen": GEN, "bench": BENCH, "doc": DOC, "chat": CHAT, "struct": STRUCT, "lookalike": LOOKALIKE}


if __name__ == "__main__":
    write_set("blind9", STYLES, OUT)

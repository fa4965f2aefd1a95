"""Build tests/data/blind10.jsonl: a tenth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind10.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts); only the module docstring of make_blind9.py, gold_sets.py, the
`parse()` helper of make_handwritten.py (with its two regexes, MARK and
TITLE_IN_NAME), and the import lines and closing lines of make_blind9.py
were read, to keep the conventions and the file format. None of the values
seen in passing there (the closing lines of make_blind9.py end with its
`lookalike` list; a few lines after `parse()` were seen too) is reused
here. The detector was never run on this file. Do not tune the detector
against it: once it has been used to tune, it no longer measures anything;
write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (check digits worked out
by hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks them and refuses a bad one). National ids with
a public check digit (CPF, TC Kimlik, PESEL, CNP, AHV, NRIC, NHS number,
henkilötunnus, SA ID, SIN, BSN, codice fiscale and others) were given a
valid one the same way; the CURP, RFC and Mexican voter key were not
checked.

Styles (ids `blind10-<style>-NNN`; 260 records), chosen to look like what an
outside evaluator would feed the tool (public PII-masking benchmarks such as
ai4privacy pii-masking-300k/400k and gretel synthetic PII finance, and
LLM-generated test sentences):
- `gen` (75): one to three LLM-generated-style sentences ("write a sentence
  containing a name, an address and a phone number") on customer service,
  banking, insurance, healthcare, HR, legal, travel, education, real
  estate, government, social media, shopping, telecom, utilities,
  logistics, gaming, dating, fitness, ride-hailing, food delivery,
  crowdfunding, research, immigration, charity, religion and sport, with
  one to five PII values each, in many phrasings: passive voice, questions,
  instructions, run-on sentences; names at the start or the end of a
  sentence, after a comma, in brackets, possessive; names that are English
  words or places (Hunter, Faith, Dallas, Brooklyn, Reed, Carter, Rose,
  Summer, Dakota, Bishop, Savannah, Hope, Wren, Archer and more); surnames
  alone after an honorific, lowercase names, names from Africa, South,
  East and Southeast Asia, the Middle East, Eastern Europe, Latin America
  and the Pacific; usernames phrased many ways (gamertag, "DM me at",
  "posted by", a suspended account, Discord, Insta, login id, screen name,
  handle) and ids phrased naturally (tax number, hospital number,
  member no.).
- `bench` (75): dense form-like narrative in the manner of ai4privacy and
  gretel records: prefixes, middle names, ages, birth dates in many shapes,
  multi-part addresses of many countries (Hungary, Romania, Ukraine, Kenya,
  Nigeria, Ghana, Morocco, Tunisia, Turkey, Iran, Malaysia, Thailand,
  Japan, Taiwan, Mexico, Brazil, Uruguay, Ecuador, Norway, Finland,
  Portugal, Switzerland, Belgium, Austria, Singapore, the UAE, South
  Africa and the more usual ones), phones, emails, usernames, SSNs,
  passports, driver's licences, IBANs, cards, IPv4 and IPv6, crypto
  wallets, account numbers, plates, national ids; some records in French,
  German, Spanish, Italian, Portuguese, Dutch, Turkish, Polish and
  Norwegian.
  Passwords, genders, job titles, VINs, user agents, BICs and MACs appear
  and are left unlabeled.
- `doc` (35): longer texts (letters, clinical notes, discharge summaries,
  police reports, witness statements, leases, HR letters, CVs, board
  minutes, school reports, insurance claims, court judgments, social-work
  case notes, emails with signatures and quoted replies, meeting
  transcripts, obituaries, wedding announcements) with four to ten PII
  values each and non-PII look-alikes.
- `chat` (35): informal messages and transcripts (SMS, WhatsApp, Slack,
  Discord, Telegram, Reddit comments, support chats with turns,
  call-centre transcripts, voicemail transcriptions): lowercase names,
  nicknames, typos, emoji, handles, loosely written phone numbers, half
  addresses; eight of them in other languages (Spanish, French, German,
  Portuguese, Italian, Dutch, Indonesian, Tagalog).
- `struct` (20): semi-structured text: key: value blocks, log lines, email
  headers, vCards, CSV / TSV / Markdown tables with a header row, JSON,
  YAML, XML, SQL INSERTs, query strings, form dumps, shipping labels, HL7
  segments; every PII value inside is labeled.
- `lookalike` (20): mostly non-PII text full of look-alikes (order /
  tracking / invoice numbers, versions shaped like IP addresses, amounts,
  flight numbers, model, serial and part codes, hashes, ISBNs, coordinates,
  products, brands, eponyms, companies named after streets, places named
  after people), with the few real PII values labeled; 7 of the 20 records
  have no PII at all.

Labeling conventions: the same as in make_blind9.py (and make_blind8.py,
make_blind7.py, make_blind6.py), copied here:
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
- Calls made in make_blind9.py: "Sig.", "Dña.", "Ofc." and the Irish rank
  "Garda" are TITLE ("Pani" capitalised as "pani"); "Md." at the head of a
  Bangladeshi name is part of the PERSON span. "Co." before an Irish county
  and "Brgy." before a barangay stay outside the LOCATION, like "Col.". A
  UPI id (name@bank) is a payment-app tag (USERNAME). A Known Traveler
  Number, a Medicare beneficiary id, a UPN pupil number and an NMC PIN are
  ID_NUMBER. A flight's destination city is LOCATION, like a train's. A
  statue, monument or reading room named after someone is an eponym. A
  child's age is AGE. In chats, speaker labels that are names are PERSON
  and "Mum" / "Dad" stay unlabeled; a support agent's first name is PERSON;
  an "@" before a handle is outside. An address or a date spoken in words
  is ADDRESS or DATE_TIME. A hearing over several days ("3-5 June 2024") is
  one span; "the" before "31st of May" is outside. The name of a court that
  holds a city name is not LOCATION. In minutes, the date of the next
  meeting is labeled. A vet visit date is the owner's date and is labeled;
  the pet's name, age and microchip are not.
- Calls made while writing this set, in the same spirit: "Madame", "Mlle",
  the Italian "signor", the Polish "Pan", "Pastor", "Cpl.", a lowercase
  "mevrouw" before a name, the Turkish "Sayın" before a name and "Hanım"
  after it (like "Bey"), and "MSTR" on a passenger list are TITLE; "Ate"
  (Tagalog, older sister) and "Auntie" in a speaker label are family words
  and stay outside. "u/" before a Reddit handle and "$" before a Cash App
  tag stay outside the USERNAME, like "@"; chat speaker labels that are
  handles (Slack, Discord) are USERNAME, a bot's ("it-bot", "svc_mailer")
  is not labeled. A phone number used as a PayID, PromptPay, GCash or
  M-Pesa id is PHONE_NUMBER. A police collar or star number is a staff id,
  and a Justice of the Peace or loss adjuster registration is a
  professional registration (both ID_NUMBER); an IMEI and a utility meter
  number are device numbers and stay unlabeled. A name spelled letter by
  letter in a call is PERSON, an email spoken in words ("j dot okoro at
  gmail dot com") and an airline-PNR email written with "//" for "@" are
  EMAIL_ADDRESS; the surname on an intercom ("citofono Bianchi") is
  PERSON; a nickname in brackets after a name is its own PERSON span; an
  initial with a surname after "Signed:" is PERSON. "Dr. Patel's office"
  names a person (TITLE + PERSON), not a brand. Dates in other calendars
  (Solar Hijri "1369/04/12", Japanese era "平成8年6月3日") are DATE_TIME; in a
  PNR the passenger's own flight dates and a child's birth date are
  DATE_TIME, the passport expiry is not, and the three-letter issuing-state
  and nationality codes of the DOCS line are left unlabeled. A threshold
  ("Age: over 18") is not an AGE. "Cdla." before a Guayaquil ciudadela
  stays outside the LOCATION like "Col."; manzana / villa, block / lot and
  HDB block numbers with their "#08-1127" unit, and "Hinterhaus", "bus",
  "bte", "lgh", "H0302" or "3. th." after a street number are part of the
  ADDRESS; a Kenyan "P.O. Box 48217-00100" is ADDRESS then ZIP_CODE. In a
  SEPA XML the street-name and building-number fields are two ADDRESS
  spans. A "race" field is not NRP; a religion given as "Islam" is NRP.
  Parties in a cited case ("Donoghue v Stevenson") are PERSON, as in
  "X v. Y". A product's purchase date stays unlabeled, like a sale date.
"""

from __future__ import annotations

from pathlib import Path

from gold_sets import write_set

OUT = Path(__file__).with_name("blind10.jsonl")

GEN = [
    "Could you update the delivery address for [[PERSON:Hunter Okonkwo-Reyes]] to [[ADDRESS:4180 Larkspur Trail, Unit 12]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83709]], and text him on [[PHONE_NUMBER:208-555-0917]] once it's done?",
    "The account [[USERNAME:zz_99_ghost]] was suspended after repeated reports filed by [[PERSON:Faith Mwangi]], who asked to be contacted at [[EMAIL_ADDRESS:faith.wanjiru.mwangi@gmail.com]] about the outcome.",
    "Was the prescription for [[PERSON:Dallas Whitfield]] (DOB [[DATE_TIME:11/23/1979]]) sent to the Walgreens on [[ADDRESS:902 Beacon Street]] or to the one in [[LOCATION:Brookline]]?",
    "my gamertag is [[USERNAME:NightOwl_Kenji]] and irl I'm [[PERSON:kenji watanabe]], add me if you play ranked on weekends",
    "DM me at [[USERNAME:brooklynreads_]] if you want the spare ticket, says [[PERSON:Brooklyn Osei]], who is selling it at face value.",
    "A refund of $84.20 was issued by the airline to [[PERSON:Thandiwe Nkosi]] on the card ending 2134 after her flight to [[LOCATION:Durban]] was cancelled.",
    "Reach me on Discord: [[USERNAME:reed.carter.dev]] — or just email [[EMAIL_ADDRESS:reed@carterbuilds.io]] and mention you found me through the meetup.",
    "Her Insta is [[USERNAME:summer.in.lagos]] but she rarely posts; [[PERSON:Summer Adebayo]]'s phone is [[PHONE_NUMBER:+234 803 417 2290]] if it's urgent.",
    "Your login id is [[USERNAME:rbishop77]]; if you have forgotten your password, [[TITLE:Mr]] [[PERSON:Bishop]], please call the service desk on 0800 328 1100.",
    "Posted by u/[[USERNAME:dakota_rain_87]]: \"Does anyone know if the clinic on [[ADDRESS:1420 W Colfax Ave]] still takes walk-ins?\"",
    "My tax number is [[ID_NUMBER:739 201 849]] and my name is [[PERSON:Rose Tuilagi]]; I moved from [[LOCATION:Apia]] to [[LOCATION:Brisbane]] on [[DATE_TIME:3 August 2021]].",
    "The patient's hospital number is [[ID_NUMBER:RX4471902]] and her next of kin is [[PERSON:Nguyen Thi Lan]], who can be reached on [[PHONE_NUMBER:0912 448 307]].",
    "Member no. [[ID_NUMBER:GYM-0048817]] ([[PERSON:Carter Ibáñez]]) has frozen his membership until further notice.",
    "Is [[PERSON:Oyelaran]] still living at [[ADDRESS:17 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]], or did she move back to [[LOCATION:Ibadan]]?",
    "Send the signed lease to [[EMAIL_ADDRESS:reza.tehrani88@yahoo.com]] and copy in [[PERSON:Parisa]], since she is the co-tenant.",
    "please forward this to [[PERSON:mohammed al-harbi]] at [[EMAIL_ADDRESS:m.alharbi@alharbi-group.sa]] before the end of the day",
    "The winning essay (submitted by [[PERSON:Marisol Quispe]], [[AGE:17]], of [[LOCATION:Cusco]]) will be printed in the spring issue of the magazine.",
    "[[PERSON:Dmitri Kovalenko]]'s new number is [[PHONE_NUMBER:+380 67 902 5516]]; the old one has been disconnected.",
    "The keys to [[ADDRESS:Flat 3, 27 Morningside Drive]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH10 5LZ]] were handed back to the letting agent yesterday by [[PERSON:Reed]].",
    "[[PERSON:Sione Fifita]] from [[LOCATION:Nuku'alofa]] registered for the conference with passport [[ID_NUMBER:N1847203]] and the email address [[EMAIL_ADDRESS:sione.fifita@outlook.com]].",
    "Please confirm the appointment for [[PERSON:Agnieszka Wróblewska]] on [[DATE_TIME:9 May 2025]] at 10:30; her PESEL is [[ID_NUMBER:91041704820]].",
    "The scholarship letter for [[PERSON:Camila Fernanda Rojas Villalobos]] should be posted to [[ADDRESS:Calle 72 #10-34, Apto 501]], [[LOCATION:Bogotá]], [[LOCATION:Colombia]].",
    "[[PERSON:Yousef Al-Qasimi]] booked the villa for his family; the confirmation went to [[EMAIL_ADDRESS:yousef.qasimi@hotmail.com]] and his Emirates ID, [[ID_NUMBER:784-1988-4729136-0]], is on file.",
    "Why was my card [[CREDIT_CARD:5354-0821-7764-9307]] declined at the hotel in [[LOCATION:Chiang Mai]] when there was enough money on it? — [[PERSON:Grace Olufemi]]",
    "We noticed a sign-in to [[PERSON:Ayaan Chowdhury]]'s account from [[IP_ADDRESS:91.214.66.138]] near [[LOCATION:Rotterdam]]; if this wasn't you, change your password now.",
]
GEN += [
    "For the background check we need [[PERSON:Hunter J. Whitmore]]'s social security number, which he gave as [[US_SSN:371-48-2256]], and his date of birth, [[DATE_TIME:July 4, 1990]].",
    "Hey, I'm [[PERSON:Faith]], [[AGE:29]], a nurse in [[LOCATION:Leeds]] — my snap is [[USERNAME:faithiee_x]] if you'd rather chat there.",
    "Congratulations [[USERNAME:runwithdakota]], you logged 42 km this week! Your coach, [[PERSON:Elena Popescu]], left you a note in the app.",
    "Your driver [[PERSON:Mehmet]] is arriving in a grey Toyota Corolla with plate [[ID_NUMBER:34 KPT 218]]; you can call him on [[PHONE_NUMBER:+90 532 660 14 05]].",
    "Leave the order with the doorman at [[ADDRESS:55 Sukhumvit Soi 31]], [[LOCATION:Watthana]], [[LOCATION:Bangkok]] [[ZIP_CODE:10110]]; the name on the order is [[PERSON:Ploy Srisuk]].",
    "Every donation goes straight to [[PERSON:Aroha Ngata]]'s whānau, paid into bank account [[ID_NUMBER:12-3140-0630915-00]], and receipts are emailed from the campaign page.",
    "The applicant, [[PERSON:Tesfaye Bekele Alemu]], born [[DATE_TIME:02.11.1986]] in [[LOCATION:Addis Ababa]], holds [[NRP:Ethiopian]] passport [[ID_NUMBER:EP4471830]].",
    "Please port [[PHONE_NUMBER:07700 918 442]] from Vodafone to Three for [[PERSON:Carys Bevan]]; the PAC code she gave us is KQW 482 917.",
    "Player [[USERNAME:xX_Bishop_Xx]] reported [[USERNAME:toxicTortoise22]] for abusive chat during the final round.",
    "Student ID [[ID_NUMBER:S2024-08817]] belongs to [[PERSON:Dakota Yellowhorse]], a first-year in civil engineering who transferred from [[LOCATION:Billings]].",
    "Open house this Saturday at [[ADDRESS:318 Magnolia Bend]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31405]]; contact the listing agent, [[PERSON:Lorraine Baptiste]], at [[PHONE_NUMBER:(912) 555-0163]].",
    "[[TITLE:Ms.]] [[PERSON:Carmen Delgado]], your Florida driver license [[US_DRIVER_LICENSE:D423-518-79-604-0]] expires on your birthday, [[DATE_TIME:March 12]]; you can renew it online.",
    "Claim 88-1204 was opened for [[PERSON:Wiremu Tane]] after the collision on the [[DATE_TIME:14th of October]] at the roundabout in [[LOCATION:Rotorua]].",
    "We are pleased to offer [[PERSON:Priyanka Deshmukh]] the role of Data Analyst from [[DATE_TIME:1 September 2025]]; payroll will need her PAN, [[ID_NUMBER:BQRPD4817K]].",
    "In [[PERSON:Kowalczyk]] v. [[PERSON:Haddad]] the tenant argued that the deposit had been held for eleven months without a reason.",
    "Kindly transfer the deposit to [[IBAN_CODE:HU32 1091 8001 0000 0612 4773 0014]] in the name of [[PERSON:Kertész Zsófia]], with \"Flat 4B deposit\" as the reference.",
    "Can it go to my office instead? That's [[ADDRESS:Level 9, 240 Queen Street]], [[LOCATION:Brisbane]] [[LOCATION:QLD]] [[ZIP_CODE:4000]] — ask for [[PERSON:Rose]] at reception.",
    "Who is [[EMAIL_ADDRESS:d.sokolova84@mail.ru]]? She keeps emailing [[PERSON:Viktor]] about an invoice nobody here recognises.",
    "so [[PERSON:Amaru]] called from [[PHONE_NUMBER:+593 99 482 1736]] and said the parcel for his mum at [[ADDRESS:Av. 6 de Diciembre N34-120]] in [[LOCATION:Quito]] never arrived and he wants a call back before friday",
    "[[TITLE:Ms.]] [[PERSON:Takahashi]] asked for her repeat prescription to be mailed to [[ADDRESS:3-14-7 Kichijoji Honcho]], [[LOCATION:Musashino]], [[LOCATION:Tokyo]] [[ZIP_CODE:180-0004]].",
    "The tutoring invoice was addressed to [[PERSON:Trần Minh Khoa]], whose son [[PERSON:Bảo]], [[AGE:9]], attends the Saturday maths class in [[LOCATION:District 7]].",
    "Parish records list [[PERSON:Ma. Theresa Dimaculangan]] as a [[NRP:Catholic]] sponsor at the baptism held on [[DATE_TIME:June 8, 2024]] in [[LOCATION:Batangas City]].",
    "[[PERSON:Dallas Mbeki]] finally moved to [[LOCATION:Dallas]] in [[DATE_TIME:January]], and his new address is [[ADDRESS:7718 Skillman St, Apt 2204]], [[LOCATION:TX]] [[ZIP_CODE:75231]].",
    "[[PERSON:Georgia Blackwood]]'s passport number is [[US_PASSPORT:C03918475]]; she flies to [[LOCATION:Lisbon]] on [[DATE_TIME:June 18]] and returns a week later.",
    "On the old forum her screen name was [[USERNAME:wren_of_the_glen]], though everyone in the group just called her [[PERSON:Wren]].",
]
GEN += [
    "You can find the photographer's work under the handle [[USERNAME:archer.frames]] or on his portfolio at [[URL:https://archerlindo.myportfolio.com]].",
    "A laptop registered to [[PERSON:Heath Archer]] connected from [[IP_ADDRESS:2a02:8109:9a40:3e00:5d1f:77c2:ab04:91e3]] at 03:12 and downloaded 4 GB of shared files.",
    "Send the 0.05 BTC to [[ID_NUMBER:bc1qxq8v3k7d2f9wsp4a7ht0yzgm6cj5lr2nuevq8k]] and message [[PERSON:Kwabena]] once it has three confirmations.",
    "[[TITLE:Mr]] [[PERSON:Ogunleye-Cole]], [[AGE:64]], was admitted on [[DATE_TIME:4/2/2025]] with central chest pain; his NHS number is [[ID_NUMBER:485 102 7397]].",
    "Thank you, [[PERSON:Hope Mensah]], for your gift of £25 a month; your tax receipt will be posted to [[ADDRESS:41 Cranbrook Road]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 4PD]].",
    "The match referee, [[PERSON:Ivana Horvat]] (licence [[ID_NUMBER:HNS-SUD-0472]]), was born on [[DATE_TIME:17 March 1988]] in [[LOCATION:Split]].",
    "[[TITLE:Pastor]] [[PERSON:Emmanuel Tetteh]] will officiate the service, and anyone who wants a lift from [[LOCATION:Kumasi]] should call [[PHONE_NUMBER:024 318 7720]].",
    "hi this is [[PERSON:chidinma eze]], my sim with the number [[PHONE_NUMBER:0806 219 4473]] was swapped without my consent and I need it blocked",
    "The pallet was signed for by [[PERSON:K. Asante]] at the [[LOCATION:Tema]] depot on [[DATE_TIME:18/03/2025]], according to the driver's handheld.",
    "Matched with [[PERSON:Archer]] ([[AGE:34]]) — says he lives near [[LOCATION:Camden]] and gave me his number, [[PHONE_NUMBER:07911 204 386]], after two messages.",
    "Is it safe to email my SSN, [[US_SSN:604-11-7389]], to a landlord? He wants me, [[PERSON:Savannah Pruitt]], to send it by tonight to hold the unit.",
    "The parcel was left at the back door of [[ADDRESS:96 Riverside Crescent]] by the courier, and [[PERSON:Mrs. Lowe]] was told by text on [[PHONE_NUMBER:0412 887 503]].",
    "Add [[PERSON:Sipho Dlamini]] (ID number [[ID_NUMBER:8805145082081]]) as a named driver on the policy from [[DATE_TIME:1 May]].",
    "[[PERSON:Layla Haddad]] asked for her exam results to be sent to her father, [[PERSON:Karim]], at [[EMAIL_ADDRESS:karim.haddad.61@gmail.com]].",
    "[[PERSON:Jaroslav Dvořák]] rents the garage at [[ADDRESS:Korunní 1182/48]], [[ZIP_CODE:120 00]] [[LOCATION:Praha 2]], and pays on the first of every month.",
    "The tour guide, [[PERSON:Losana Vuniwaqa]], is on WhatsApp at [[PHONE_NUMBER:+679 927 4410]] and meets guests at the [[LOCATION:Nadi]] marina.",
    "[[PERSON:João Pedro Albuquerque]] paid the enrolment fee by Pix, using his CPF [[ID_NUMBER:071.548.392-79]] as the key.",
    "For KYC, [[PERSON:Harpreet Kaur Sandhu]] uploaded her Aadhaar, [[ID_NUMBER:4829 1730 5562]], and gave [[ADDRESS:House 118, Sector 21-C]], [[LOCATION:Chandigarh]] [[ZIP_CODE:160022]] as her address.",
    "[[PERSON:Park Ji-hoon]]'s KakaoTalk ID is [[USERNAME:jihoon_p92]], and his sister [[PERSON:Ji-woo]] said he'd reply faster there than by email.",
    "Tell [[PERSON:Carter]] that [[PERSON:Bishop]] from accounts called twice about the overdue expenses.",
    "The raffle was won with ticket 0417, bought at the school fair by [[PERSON:dakota]].",
    "If the bot goes down again, ping me on Telegram: [[USERNAME:marko_petrovic_bg]], I'm usually up until 2 am.",
    "Proof of identity for [[PERSON:Guadalupe Itzel Hernández Mora]]: CURP [[ID_NUMBER:HEMG910305MJCRRD08]], home address [[ADDRESS:Calle Pedro Moreno 1450]], Col. [[LOCATION:Americana]], [[ZIP_CODE:44160]] [[LOCATION:Guadalajara]], [[LOCATION:Jal.]]",
    "Bay 4 is [[TITLE:Mr]] [[PERSON:Wekesa]], [[AGE:68]]M, admitted overnight from [[LOCATION:Kisumu]] with a fractured wrist.",
    "Refunds are paid into [[IBAN_CODE:FI80 4231 0500 0472 18]] (BIC NDEAFIHH), the account of [[PERSON:Aino Virtanen]].",
]

BENCH = [
    "Customer [[TITLE:Mrs.]] [[PERSON:Erzsébet Katalin Fodor]], [[AGE:52]], born [[DATE_TIME:1972.10.05]], of [[ADDRESS:Váci út 88, 3. emelet 12]], [[ZIP_CODE:1133]] [[LOCATION:Budapest]], [[LOCATION:Hungary]], asked for a replacement debit card. Contact: [[PHONE_NUMBER:+36 30 275 9031]], [[EMAIL_ADDRESS:fodor.erzsebet@freemail.hu]]. Account IBAN [[IBAN_CODE:HU80 1171 1118 0000 3294 1583 0082]]; TAJ number [[ID_NUMBER:038 471 925]]. Gender: female. Occupation: pharmacist.",
    "Loan pre-approval for [[PERSON:Andrei-Mihai Constantinescu]] (CNP [[ID_NUMBER:1960312120456]]), domiciled at [[ADDRESS:Str. Memorandumului nr. 21, ap. 7]], [[LOCATION:Cluj-Napoca]] [[ZIP_CODE:400114]], jud. [[LOCATION:Cluj]]. Salary is paid into [[IBAN_CODE:RO73 RNCB 0082 1044 7316 0001]]. Mobile [[PHONE_NUMBER:0744 518 302]], online banking user [[USERNAME:andrei.const96]], password Cluj!2024x (to be reset). Job title: QA Engineer. Requested amount: RON 85,000 over 60 months.",
    "[[PERSON:Oksana Petrivna Melnyk]], taxpayer number [[ID_NUMBER:3184207519]], date of birth [[DATE_TIME:14.02.1987]], registered at [[ADDRESS:vul. Shevchenka 15, kv. 42]], [[LOCATION:Lviv]] [[ZIP_CODE:79005]], [[LOCATION:Ukraine]], sent UAH 12,400 from [[IBAN_CODE:UA72 3052 9900 0002 6207 8134 6520 1]] to her brother [[PERSON:Taras Melnyk]] in [[LOCATION:Kharkiv]]. Login IP [[IP_ADDRESS:176.37.214.92]]; device Samsung SM-A546B, user agent Mozilla/5.0 (Linux; Android 14).",
    "Applicant: [[PERSON:Wanjiru Njeri Kamau]], [[AGE:31]], ID No. [[ID_NUMBER:29481736]], KRA PIN [[ID_NUMBER:A009527306P]]. Postal address [[ADDRESS:P.O. Box 48217]]-[[ZIP_CODE:00100]] [[LOCATION:Nairobi]]; physical address [[ADDRESS:Apartment C4, Kileleshwa Gardens, Othaya Road]], [[LOCATION:Kileleshwa]]. M-Pesa line [[PHONE_NUMBER:0722 603 158]]. Vehicle offered as security: Toyota Fielder, reg. [[ID_NUMBER:KDK 472M]], chassis NZE161-7048213.",
    "Dear [[TITLE:Mr.]] [[PERSON:Olumide Babatunde Adeyinka]], your BVN [[ID_NUMBER:22184730915]] and NIN [[ID_NUMBER:48213907651]] have been linked to account [[ID_NUMBER:0163092754]]. If you did not request this from [[IP_ADDRESS:197.210.54.89]], call us. Registered address: [[ADDRESS:Plot 14, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]. Phone on file: [[PHONE_NUMBER:+234 809 553 1842]].",
    "KYC form — Name: [[PERSON:Akosua Serwaa Boateng]]; DOB: [[DATE_TIME:29-Aug-1995]]; Ghana Card: [[ID_NUMBER:GHA-718294036-5]]; Residence: [[ADDRESS:House No. 7, Okine Street]], [[LOCATION:Dansoman]], [[LOCATION:Accra]]; MoMo: [[PHONE_NUMBER:024 771 3085]]; Email: [[EMAIL_ADDRESS:akosua.boateng95@gmail.com]]; Occupation: midwife; Marital status: single.",
    "[[TITLE:Madame]] [[PERSON:Khadija Benjelloun]], née le [[DATE_TIME:23/06/1990]] à [[LOCATION:Fès]], titulaire de la CIN [[ID_NUMBER:CD527106]], demeurant au [[ADDRESS:12, rue Ibn Toufail, appt 5]], [[ZIP_CODE:20250]] [[LOCATION:Casablanca]], sollicite le virement de son salaire sur le RIB [[ID_NUMBER:011 810 0000630915207700 52]]. Tél. : [[PHONE_NUMBER:+212 661 48 27 05]]. Profession : architecte.",
    "Transfer order: beneficiary [[PERSON:Mohamed Amine Trabelsi]], CIN [[ID_NUMBER:09471382]], [[ADDRESS:37 rue de Marseille]], [[ZIP_CODE:1000]] [[LOCATION:Tunis]], [[LOCATION:Tunisia]]; IBAN [[IBAN_CODE:TN59 1000 6035 1835 9847 8831]]; amount TND 3,250.000; ordering customer [[PERSON:Sarra Ben Salah]], [[PHONE_NUMBER:+216 98 417 263]].",
    "[[TITLE:Sayın]] [[PERSON:Elif Nur Yıldırım]], T.C. Kimlik No: [[ID_NUMBER:48291037510]], doğum tarihi: [[DATE_TIME:07.09.1993]], adres: [[ADDRESS:Bağdat Caddesi No: 214 Daire 9]], [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]] [[ZIP_CODE:34728]]. Kredi kartı başvurunuz onaylanmıştır. IBAN: [[IBAN_CODE:TR90 0006 2006 8291 4553 0771 04]]. Cep telefonu: [[PHONE_NUMBER:0532 771 06 52]]. E-posta: [[EMAIL_ADDRESS:elifnur.yildirim@hotmail.com.tr]].",
    "Visa support letter: [[PERSON:Mahsa Karimi]], national code [[ID_NUMBER:0083749268]], born [[DATE_TIME:1369/04/12]] (Solar Hijri), passport [[ID_NUMBER:X48172935]], residing at [[ADDRESS:No. 18, Golestan Alley, Vali-Asr Street]], [[LOCATION:Tehran]] [[ZIP_CODE:1967743185]], [[LOCATION:Iran]]. Mobile [[PHONE_NUMBER:+98 912 705 3391]]. She will attend the workshop in [[LOCATION:Vienna]] from [[DATE_TIME:12 to 16 May 2025]].",
    "Account opening: [[PERSON:Nur Aisyah binti Kamarudin]], MyKad [[ID_NUMBER:880514-14-5237]], [[AGE:36]], of [[ADDRESS:No. 12, Jalan SS 2/24]], [[ZIP_CODE:47300]] [[LOCATION:Petaling Jaya]], [[LOCATION:Selangor]], [[LOCATION:Malaysia]]. Savings account [[ID_NUMBER:5140 2093 6617]]. Handphone [[PHONE_NUMBER:012-395 2064]]. Religion: [[NRP:Islam]]. Employer: a logistics firm in [[LOCATION:Shah Alam]].",
    "Hotel folio: guest [[PERSON:Somchai Rattanakorn]], [[AGE:47]], Thai ID [[ID_NUMBER:3-5099-00318-47-1]], home address [[ADDRESS:88/14 Moo 3, Nimmanhaemin Road]], [[LOCATION:Suthep]], [[LOCATION:Chiang Mai]] [[ZIP_CODE:50200]]; card [[CREDIT_CARD:4147 2096 3318 5049]], exp 09/27; check-in [[DATE_TIME:22 March 2025]]; room 1412; Wi-Fi session from [[IP_ADDRESS:49.228.93.15]].",
    "Member record: [[PERSON:Sato Haruto]] ([[PERSON:佐藤陽翔]]), born [[DATE_TIME:平成8年6月3日]], 〒[[ZIP_CODE:153-0064]] [[LOCATION:Tokyo]] [[LOCATION:Meguro-ku]] [[ADDRESS:Shimomeguro 4-11-8-302]]; My Number [[ID_NUMBER:4718 2930 5561]]; mobile [[PHONE_NUMBER:090-7261-0583]]; JCB [[CREDIT_CARD:3530 1182 0476 3950]]; login [[USERNAME:haruto_s0603]].",
    "Rental contract party B: [[PERSON:Lin Yu-ting]], ID [[ID_NUMBER:F224718301]], address [[ADDRESS:No. 45, Ln. 112, Sec. 2, Heping E. Rd.]], [[LOCATION:Da'an Dist.]], [[LOCATION:Taipei City]] [[ZIP_CODE:106]]; phone [[PHONE_NUMBER:0912-448-173]]; scooter plate [[ID_NUMBER:BKR-3027]]; LINE ID [[USERNAME:yuting.lin88]]; deposit NT$36,000.",
    "Cliente: [[PERSON:José Luis Ramírez Ochoa]], RFC [[ID_NUMBER:RAOL850721HS3]], domicilio [[ADDRESS:Av. Insurgentes Sur 1602, Int. 304]], Col. [[LOCATION:Crédito Constructor]], C.P. [[ZIP_CODE:03940]], alcaldía [[LOCATION:Benito Juárez]], [[LOCATION:CDMX]]. Tarjeta [[CREDIT_CARD:5456 0133 9217 0842]], CVV 418. Tel. [[PHONE_NUMBER:55 6930 1287]]. Correo [[EMAIL_ADDRESS:jl.ramirez.ochoa@prodigy.net.mx]]. Fecha de nacimiento: [[DATE_TIME:21 de julio de 1985]].",
    "Cadastro: [[PERSON:Ana Beatriz Costa Figueiredo]], CPF [[ID_NUMBER:483.917.206-40]], RG [[ID_NUMBER:38.471.925-6]], residente na [[ADDRESS:Rua Oscar Freire, 1128, apto 82]], [[LOCATION:Jardim Paulista]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:01426-001]]. Conta [[IBAN_CODE:BR75 0036 0305 0257 1000 9795 493C 1]]. Celular [[PHONE_NUMBER:(11) 98417-2203]]. Veículo placa [[ID_NUMBER:RTB3E58]], RENAVAM 01184729305.",
    "Solicitud de crédito: [[PERSON:Martín Sosa Pereyra]], C.I. [[ID_NUMBER:4.718.293-4]], [[AGE:44]] años, con domicilio en [[ADDRESS:Bulevar Artigas 1247, apto. 602]], [[LOCATION:Montevideo]] [[ZIP_CODE:11300]], [[LOCATION:Uruguay]]. Celular [[PHONE_NUMBER:099 652 310]]. Ingresos: UYU 96.000 mensuales. Cargo: jefe de compras.",
    "Policyholder [[PERSON:Verónica Alexandra Guamán]], cédula [[ID_NUMBER:0928417351]], [[AGE:38]], of [[ADDRESS:Mz. 104, Villa 12]], Cdla. [[LOCATION:Kennedy Norte]], [[LOCATION:Guayaquil]], [[LOCATION:Ecuador]]; insured car plate [[ID_NUMBER:GSR-4827]], VIN 9BWZZZ377VT004251; premium USD 612.40; contact [[PHONE_NUMBER:+593 98 731 4402]].",
    "[[PERSON:Ingrid Solheim Berg]], fødselsnummer [[ID_NUMBER:12058847273]], bor i [[ADDRESS:Thereses gate 14B, H0302]], [[ZIP_CODE:0358]] [[LOCATION:Oslo]]. Lønnskonto [[IBAN_CODE:NO90 9710 0558 320]]. Mobil [[PHONE_NUMBER:+47 918 44 273]], e-post [[EMAIL_ADDRESS:ingrid.s.berg@online.no]]. Kjønn: kvinne. Stilling: sykepleier.",
    "Tenant screening: [[PERSON:Mikko Juhani Laaksonen]], henkilötunnus [[ID_NUMBER:030792-318K]], current address [[ADDRESS:Hämeenkatu 22 B 17]], [[ZIP_CODE:33200]] [[LOCATION:Tampere]]; rent account [[IBAN_CODE:FI21 1572 3000 2649 13]]; phone [[PHONE_NUMBER:040 718 2294]]; move-in [[DATE_TIME:1.6.2025]].",
]
BENCH += [
    "Ficha de cliente: [[PERSON:Rui Miguel Tavares Lopes]], NIF [[ID_NUMBER:248193708]], data de nascimento [[DATE_TIME:3 de março de 1979]], morada [[ADDRESS:Rua de Santa Catarina 512, 3.º Esq.]], [[ZIP_CODE:4000-446]] [[LOCATION:Porto]]; IBAN [[IBAN_CODE:PT61 0033 0000 4528 3917 4050 5]]; telemóvel [[PHONE_NUMBER:912 053 684]]; email [[EMAIL_ADDRESS:rui.tavares.lopes@sapo.pt]]; profissão: engenheiro civil.",
    "[[TITLE:Herr]] [[PERSON:Lukas Baumgartner]], AHV-Nr. [[ID_NUMBER:756.4821.9037.40]], wohnhaft an der [[ADDRESS:Seefeldstrasse 117]], [[ZIP_CODE:8008]] [[LOCATION:Zürich]], geboren am [[DATE_TIME:19. November 1983]], eröffnet ein Sparkonto. IBAN [[IBAN_CODE:CH90 0483 5099 7128 1100 0]], Tel. [[PHONE_NUMBER:+41 79 356 80 12]], E-Mail [[EMAIL_ADDRESS:l.baumgartner@bluewin.ch]]. Passwort: Zh83!seefeld. Beruf: Treuhänder.",
    "[[TITLE:Mevrouw]] [[PERSON:Sofie Van den Bossche]], rijksregisternummer [[ID_NUMBER:88.05.14-274.25]], woonachtig [[ADDRESS:Kortrijksesteenweg 1042 bus 3]], [[ZIP_CODE:9051]] [[LOCATION:Sint-Denijs-Westrem]], vraagt een domiciliëring aan op rekening [[IBAN_CODE:BE07 3630 2118 7466]]. Gsm [[PHONE_NUMBER:0478 26 09 51]]. Geslacht: V. Beroep: logopediste.",
    "Constat amiable : conducteur A, [[TITLE:M.]] [[PERSON:Olivier Lambotte]], né le [[DATE_TIME:21/09/1976]], domicilié [[ADDRESS:rue Saint-Gilles 88 bte 4]], [[ZIP_CODE:4000]] [[LOCATION:Liège]]; numéro national [[ID_NUMBER:76.09.21-051.08]]; plaque [[ID_NUMBER:1-KPX-483]]; GSM [[PHONE_NUMBER:+32 495 18 27 43]]; accident survenu le [[DATE_TIME:4 avril 2025]] à [[LOCATION:Herstal]].",
    "Versicherungsnehmerin: [[PERSON:Theresa Maria Hofbauer]], SV-Nummer [[ID_NUMBER:4814 140588]], Anschrift [[ADDRESS:Mariahilfer Straße 45/2/14]], [[ZIP_CODE:1060]] [[LOCATION:Wien]], [[LOCATION:Österreich]]; IBAN [[IBAN_CODE:AT10 1200 0529 4837 1105]]; Kennzeichen [[ID_NUMBER:W-48217K]]; Telefon [[PHONE_NUMBER:+43 664 205 7713]]; Schadenstag [[DATE_TIME:11.02.2025]].",
    "Claimant: [[PERSON:Tan Wei Ling]], [[AGE:36]], NRIC [[ID_NUMBER:S8847213F]], [[ADDRESS:Blk 418 Ang Mo Kio Avenue 10, #08-1127]], [[LOCATION:Singapore]] [[ZIP_CODE:560418]]; mobile [[PHONE_NUMBER:+65 9173 5520]] (also her PayNow); vehicle [[ID_NUMBER:SLK4817G]]; email [[EMAIL_ADDRESS:tanweiling.88@gmail.com]]; incident at a carpark in [[LOCATION:Bishan]] on [[DATE_TIME:2 Feb 2025]].",
    "Tenancy contract: tenant [[PERSON:Rashid Saeed Al Mansoori]], Emirates ID [[ID_NUMBER:784-1992-0381746-7]], passport [[ID_NUMBER:P4817203]], property [[ADDRESS:Villa 27, Street 14]], [[LOCATION:Al Barsha 2]], [[LOCATION:Dubai]]; rent AED 185,000 per year by cheques drawn on [[IBAN_CODE:AE66 0260 0010 1558 3927 104]]; mobile [[PHONE_NUMBER:+971 50 662 0947]]; contract start [[DATE_TIME:15/04/2025]].",
    "Applicant [[PERSON:Nomvula Precious Khumalo]], ID number [[ID_NUMBER:9302270153183]], of [[ADDRESS:23 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]]; cell [[PHONE_NUMBER:082 559 0316]]; FNB cheque account [[ID_NUMBER:62841730921]], branch code 250655; credit card [[CREDIT_CARD:5167 3204 8890 3519]]; monthly income R42,500; employer: a law firm in [[LOCATION:Sandton]].",
    "Demande d'adhésion : [[PERSON:Émilie Tremblay-Gagnon]], NAS [[ID_NUMBER:527 193 841]], née le [[DATE_TIME:1991-08-30]], [[ADDRESS:4820, rue Saint-Denis, app. 3]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2J 2L6]]; tél. [[PHONE_NUMBER:514-555-0187]]; courriel [[EMAIL_ADDRESS:emilie.tg@videotron.ca]]; carte [[CREDIT_CARD:4510 9328 7616 0234]].",
    "Driver profile: [[PERSON:Priya Raghunathan]], Ontario driver's licence [[ID_NUMBER:R6305-29183-50712]], health card [[ID_NUMBER:4827-193-056-KT]], [[ADDRESS:1150 Bay Street, Suite 2104]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5S 2B4]]; phone [[PHONE_NUMBER:(416) 555-0139]]; plate [[ID_NUMBER:CKRT 902]]; rating 4.93; joined 2021.",
    "Lease applicant [[PERSON:Jack Thomas O'Sullivan]], DOB [[DATE_TIME:04/11/1986]], NSW licence [[ID_NUMBER:18472930]], Medicare [[ID_NUMBER:2948 17305 1]], current address [[ADDRESS:Unit 7/42 Parramatta Road]], [[LOCATION:Annandale]] [[LOCATION:NSW]] [[ZIP_CODE:2038]]; mob [[PHONE_NUMBER:0412 630 158]]; bond refund to BSB 062-118, account [[ID_NUMBER:1047 2839]]; pets: one cat (Biscuit, 4).",
    "LOAN AGREEMENT dated [[DATE_TIME:March 3, 2025]] between First Harbor Credit Union and [[PERSON:Marcus Delaney Hughes]] (SSN [[US_SSN:229-70-4413]], New York driver license [[US_DRIVER_LICENSE:832 914 507]]), residing at [[ADDRESS:2210 Elmwood Avenue]], [[LOCATION:Buffalo]], [[LOCATION:NY]] [[ZIP_CODE:14216]]. Principal: $18,500.00 at 7.24% APR over 48 months; autopay from checking account [[ID_NUMBER:004718293650]], routing 022000046.",
    "Patient [[PERSON:Latoya Simmons]], [[AGE:45]], DOB [[DATE_TIME:02/14/1980]], SSN [[US_SSN:455-09-3316]], Medicare MBI [[ID_NUMBER:4TK7-QW2-MN81]], address [[ADDRESS:615 Peachtree Pl NE, Apt 9]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30308]], phone [[PHONE_NUMBER:404-555-0172]], portal user [[USERNAME:lsimmons80]], seen on [[DATE_TIME:01/27/2025]] for hypertension follow-up.",
    "Customer [[PERSON:Oliver James Pemberton]], NI number [[ID_NUMBER:QT 48 21 93 C]], driving licence [[ID_NUMBER:PEMBE804120OJ9AB]], lives at [[ADDRESS:Flat 12, Carlton House, 88 Deansgate]], [[LOCATION:Manchester]] [[ZIP_CODE:M3 2ER]]. Direct debit from [[IBAN_CODE:GB31 BARC 2045 1773 0819 42]] (sort code 20-45-17). Mobile [[PHONE_NUMBER:07723 095 611]]. Gender: M. Title on account: [[TITLE:Dr]].",
    "Il sottoscritto [[PERSON:Giuseppe Maria Lombardi]], nato a [[LOCATION:Palermo]] il [[DATE_TIME:12/07/1968]], codice fiscale [[ID_NUMBER:LMBGPP68L12G273U]], residente in [[ADDRESS:Via Libertà 145, scala B, int. 9]], [[ZIP_CODE:90143]] [[LOCATION:Palermo]] ([[LOCATION:PA]]), chiede l'accredito del rimborso sull'IBAN [[IBAN_CODE:IT95 Q050 3411 7010 0000 0274 813]]. Cell. [[PHONE_NUMBER:338 417 2290]], PEC [[EMAIL_ADDRESS:g.lombardi68@pec.it]].",
    "Wniosek o kartę: [[TITLE:Pan]] [[PERSON:Tomasz Zieliński]], PESEL [[ID_NUMBER:85120931579]], data urodzenia [[DATE_TIME:9 grudnia 1985]], adres [[ADDRESS:ul. Piotrkowska 148/12]], [[ZIP_CODE:90-063]] [[LOCATION:Łódź]]; NIP [[ID_NUMBER:725-184-72-39]]; rachunek [[IBAN_CODE:PL28 1090 2590 0000 0001 2204 7318]]; tel. [[PHONE_NUMBER:+48 601 227 945]]; e-mail [[EMAIL_ADDRESS:t.zielinski85@wp.pl]].",
    "Aanvraag huurtoeslag: [[PERSON:Daan Willem de Vries]], BSN [[ID_NUMBER:301928472]], geboren [[DATE_TIME:17-10-1994]], adres [[ADDRESS:Prinsengracht 418-II]], [[ZIP_CODE:1016 HX]] [[LOCATION:Amsterdam]]; rekening [[IBAN_CODE:NL72 RABO 0317 4528 90]]; mobiel [[PHONE_NUMBER:06-29053714]]; kenteken auto [[ID_NUMBER:K-902-RT]].",
    "[[TITLE:Frau]] [[PERSON:Annika Schreiber]], geb. [[DATE_TIME:03.04.1992]], Steuer-ID [[ID_NUMBER:47 182 930 561]], Personalausweis-Nr. [[ID_NUMBER:T22004819]], wohnhaft [[ADDRESS:Lindenstraße 23a]], [[ZIP_CODE:50674]] [[LOCATION:Köln]]. Bankverbindung [[IBAN_CODE:DE13 5001 0517 5419 2837 46]], BIC HELADEF1822. Kfz-Kennzeichen [[ID_NUMBER:K-AS 4172]]. Login-IP [[IP_ADDRESS:84.141.203.77]].",
    "Alta de cliente: [[PERSON:Lucía Fernández Ortega]], DNI [[ID_NUMBER:48291037F]], fecha de nacimiento [[DATE_TIME:30/01/1997]], domicilio [[ADDRESS:Calle de Alcalá 214, 3.º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]]; IBAN [[IBAN_CODE:ES58 0182 5322 1702 0150 4719]]; móvil [[PHONE_NUMBER:612 730 584]]; usuario [[USERNAME:luciafo97]]; contraseña: Alcala214!",
    "[[TITLE:Mme]] [[PERSON:Camille Durand-Leclerc]], née le [[DATE_TIME:14 février 1989]] à [[LOCATION:Nantes]], n° de sécurité sociale [[ID_NUMBER:2 89 02 44 109 318 10]], domiciliée au [[ADDRESS:27 bis, boulevard Voltaire]], [[ZIP_CODE:75011]] [[LOCATION:Paris]]; IBAN [[IBAN_CODE:FR76 3000 4028 1700 0104 4718 512]]; tél. [[PHONE_NUMBER:06 52 19 08 47]]; adresse IP de connexion [[IP_ADDRESS:2a01:cb04:81d:4e00:9c1a:3ff2:c18e:7b40]].",
]
BENCH += [
    "Hi [[PERSON:Kaito]], a withdrawal of 0.42 ETH to [[ID_NUMBER:0x8f3C1a92B7e04d5A61f9E2c7D0b4a38E5F71c926]] was requested from [[IP_ADDRESS:126.78.44.201]] (Chrome 122 on macOS 14.3). If this wasn't you, freeze the account [[USERNAME:kaito.mori_22]] and call [[PHONE_NUMBER:+81 80-4127-3396]]; your registered email is [[EMAIL_ADDRESS:kaito.mori22@docomo.ne.jp]].",
    "Wire Transfer Confirmation. Originator: [[PERSON:Gabriela Ionescu]], [[ADDRESS:Bd. Unirii 64, bl. K4, sc. 2, ap. 31]], [[LOCATION:Sector 3]], [[LOCATION:București]] [[ZIP_CODE:030833]]; originator IBAN [[IBAN_CODE:RO08 INGB 0000 9999 0841 7263]]. Beneficiary: [[PERSON:Stefan Müller]], IBAN [[IBAN_CODE:DE17 1203 0000 1047 2638 19]], BIC BYLADEM1001. Amount EUR 4,800.00; value date 2025-02-14; purpose: rent, flat 4, January-February.",
    "Driver [[PERSON:Bohdan Ivanovych Tkachenko]], [[AGE:42]], driving licence [[ID_NUMBER:KXB 530962]], car plate [[ID_NUMBER:AA 4817 KT]], lives at [[ADDRESS:prosp. Peremohy 37, kv. 118]], [[LOCATION:Kyiv]] [[ZIP_CODE:03056]]; phone [[PHONE_NUMBER:+380 50 318 4472]]; Telegram [[USERNAME:bohdan_tk]]; the fine was issued on [[DATE_TIME:28.01.2025]] on the [[LOCATION:Zhytomyr]] highway.",
    "M-PESA mini statement for [[PERSON:Brian Otieno Ochieng]] ([[PHONE_NUMBER:+254 711 482 093]], ID [[ID_NUMBER:31847205]]): SBK4H7Q2LM confirmed, Ksh2,500.00 sent to [[PERSON:Mercy Achieng]] [[PHONE_NUMBER:0733 918 274]]; SBL9P1X3RT confirmed, Ksh1,200.00 paid to KPLC prepaid, meter 37184920556. New balance Ksh4,318.40.",
    "Staff record: [[PERSON:Chukwuemeka Ifeanyi Nwosu]], staff no. [[ID_NUMBER:EMP-04817]], DOB [[DATE_TIME:17th May 1984]], state of origin [[LOCATION:Anambra]], home address [[ADDRESS:22 Ogui Road]], [[LOCATION:Enugu]], pension PIN [[ID_NUMBER:PEN100630925118]], religion [[NRP:Christian]], next of kin [[PERSON:Adaeze Nwosu]] ([[PHONE_NUMBER:0803 660 2915]]), grade level 12, designation: senior accountant.",
    "Vehicle insurance renewal: insured [[PERSON:Kofi Mensah Owusu]], SSNIT no. [[ID_NUMBER:C018409270041]], of [[ADDRESS:Plot 41, Adjiringanor Road]], [[LOCATION:East Legon]], [[LOCATION:Accra]]; tel. [[PHONE_NUMBER:+233 20 915 3360]]; vehicle [[ID_NUMBER:GR 4471-22]], Hyundai Elantra, chassis KMHD841CBLU104827; premium GH₵ 3,960.",
    "Passenger manifest entry: [[PERSON:Youssef El Amrani]], [[NRP:Moroccan]], passport [[ID_NUMBER:XM5209617]], DOB [[DATE_TIME:1988-12-02]], seat 23A, flight AT 970 to [[LOCATION:Montreal]]; contact [[EMAIL_ADDRESS:y.elamrani@menara.ma]], [[PHONE_NUMBER:+212 6 61 73 40 28]].",
    "[[PERSON:Burak Aydın]] (T.C. Kimlik [[ID_NUMBER:17604392844]]) rents the flat at [[ADDRESS:Atatürk Bulvarı No: 88/5]], [[LOCATION:Çankaya]]/[[LOCATION:Ankara]] [[ZIP_CODE:06680]]; his car [[ID_NUMBER:06 BRK 903]] is parked in space 14; phone [[PHONE_NUMBER:+90 505 318 44 27]]; rent goes to [[IBAN_CODE:TR71 0001 0009 0128 4471 0632 00]].",
    "Remittance to [[PERSON:Reza Mohammadi]], national ID [[ID_NUMBER:1274183057]], sheba [[IBAN_CODE:IR51 0170 0000 0034 8291 7360 04]], address [[ADDRESS:No. 7, 4th Alley, Chaharbagh-e Bala Street]], [[LOCATION:Isfahan]] [[ZIP_CODE:8174673511]]; sender [[PERSON:Nasrin Mohammadi]], [[LOCATION:Toronto]], tel. [[PHONE_NUMBER:647-555-0114]].",
    "Clinic registration: [[PERSON:Nakagawa Emi]], female, [[AGE:58]], born [[DATE_TIME:1966/11/20]], insurance card no. [[ID_NUMBER:06137952]], address 〒[[ZIP_CODE:530-0012]] [[LOCATION:Osaka]] [[LOCATION:Kita-ku]] [[ADDRESS:Shibata 1-8-14-705]], tel [[PHONE_NUMBER:06-6372-0915]]; allergies: penicillin.",
    "Identificación: [[PERSON:María Fernanda Aguilar Ríos]], clave de elector [[ID_NUMBER:AGRSFR93041714M700]], nacida el [[DATE_TIME:17 de abril de 1993]] en [[LOCATION:Puebla]]; domicilio [[ADDRESS:Calle 5 de Mayo 418, depto. 3]], Col. [[LOCATION:Centro]], C.P. [[ZIP_CODE:72000]], [[LOCATION:Puebla]], [[LOCATION:Pue.]]; cel. [[PHONE_NUMBER:222 319 5082]]; Spotify [[USERNAME:fer.aguilar.rios]].",
    "Seller [[PERSON:Thiago Henrique Nascimento]], CPF [[ID_NUMBER:315.820.647-17]], receives payments by Pix to [[EMAIL_ADDRESS:thiago.h.nascimento@gmail.com]]; pickup at [[ADDRESS:Av. Sete de Setembro, 2304, sala 11]], [[LOCATION:Salvador]] - [[LOCATION:BA]], CEP [[ZIP_CODE:40080-004]]; WhatsApp [[PHONE_NUMBER:+55 71 99184-2730]]; IP of the listing [[IP_ADDRESS:177.54.146.38]].",
    "Il [[TITLE:signor]] [[PERSON:Marco Bernasconi]], nato il [[DATE_TIME:5 agosto 1971]], numero AVS [[ID_NUMBER:756.1039.5827.12]], domiciliato in [[ADDRESS:Via Nassa 21]], [[ZIP_CODE:6900]] [[LOCATION:Lugano]], autorizza l'addebito sul conto [[IBAN_CODE:CH46 0076 2016 2017 5839 K]]. Natel [[PHONE_NUMBER:+41 76 318 42 95]]. Stato civile: coniugato.",
    "Member: [[PERSON:Markus Johann Leitner]], SV-Nr. [[ID_NUMBER:3728 021190]], [[ADDRESS:Herrengasse 12/3]], [[ZIP_CODE:8010]] [[LOCATION:Graz]], [[LOCATION:Austria]]; IBAN [[IBAN_CODE:AT57 3242 0000 0371 8265]]; mobile [[PHONE_NUMBER:0676 503 9124]]; e-mail [[EMAIL_ADDRESS:markus.leitner@gmx.at]]; sex: male; occupation: ski instructor.",
    "Pedido de reembolso: [[PERSON:Inês Carvalho Sousa]], NIF [[ID_NUMBER:216480353]], nascida em [[DATE_TIME:22-05-1983]], residente em [[ADDRESS:Avenida da Liberdade 190, 5.º Dto]], [[ZIP_CODE:1250-147]] [[LOCATION:Lisboa]]; IBAN [[IBAN_CODE:PT92 0018 0003 2471 5908 2016 9]]; cartão [[CREDIT_CARD:4761 7301 9948 2053]]; telemóvel [[PHONE_NUMBER:+351 936 205 771]].",
    "Account holder [[PERSON:Anders Håkon Lie]], born [[DATE_TIME:5 April 1983]], national identity number [[ID_NUMBER:05048351931]], [[ADDRESS:Kong Oscars gate 41]], [[ZIP_CODE:5017]] [[LOCATION:Bergen]]; account [[IBAN_CODE:NO52 1503 4291 877]]; mobile [[PHONE_NUMBER:+47 412 84 730]]; Vipps linked to the same number; plate [[ID_NUMBER:EL 48217]].",
    "Credit check: [[PERSON:Noora Hannele Korhonen]], [[AGE:33]], personal identity code [[ID_NUMBER:140389-526C]], address [[ADDRESS:Kauppakatu 9 A 4]], [[ZIP_CODE:40100]] [[LOCATION:Jyväskylä]], [[LOCATION:Finland]]; monthly net income EUR 3,240; phone [[PHONE_NUMBER:+358 50 611 3082]]; email [[EMAIL_ADDRESS:noora.korhonen@elisanet.fi]].",
    "Singpass profile: [[PERSON:Muhammad Hafiz bin Rahman]], NRIC [[ID_NUMBER:T0318452D]], DOB [[DATE_TIME:18 Jun 2003]], [[ADDRESS:Blk 22 Jurong West Street 64, #11-208]], [[LOCATION:Singapore]] [[ZIP_CODE:640022]]; mobile [[PHONE_NUMBER:8236 0159]]; race: Malay; religion: [[NRP:Muslim]]; NS status: completed.",
]
BENCH += [
    "Customer [[PERSON:Fatima Abdulla Al Hashimi]], born [[DATE_TIME:14 June 1975]], Emirates ID [[ID_NUMBER:784-1975-0614829-1]], mailing address [[ADDRESS:P.O. Box 48127]], [[LOCATION:Abu Dhabi]]; IBAN [[IBAN_CODE:AE09 0330 0000 1910 4472 615]]; card [[CREDIT_CARD:4321 8700 5627 4194]]; mobile [[PHONE_NUMBER:+971 55 731 8426]]; MAC address of the registered device 3C:22:FB:91:4E:07.",
    "Exchange account KYC: [[PERSON:Pieter Jacobus van der Merwe]], ID [[ID_NUMBER:7604125187080]], [[ADDRESS:17 Kloof Street]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]], [[ZIP_CODE:8001]]; withdrawal wallet [[ID_NUMBER:3J7kQm9RvX2wTn5pLc8Hd4YfZa6Be1Kst7]]; phone [[PHONE_NUMBER:+27 83 720 1946]]; username [[USERNAME:pjvdm_capetown]]; password hint: first dog's name.",
    "Mortgage renewal for [[PERSON:Harjit Singh Gill]] and [[PERSON:Manpreet Kaur Gill]], [[ADDRESS:7421 128 Street]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3W 4E7]]; SIN of the first borrower [[ID_NUMBER:718 302 466]]; joint account [[ID_NUMBER:5082-194730]]; home phone [[PHONE_NUMBER:604-555-0148]]; renewal signed [[DATE_TIME:Feb. 20, 2025]]; rate 4.69% fixed for 5 years.",
    "Rental application: [[PERSON:Mia Nguyen]], [[AGE:27]], currently at [[ADDRESS:3/18 Lygon Street]], [[LOCATION:Carlton]] [[LOCATION:VIC]] [[ZIP_CODE:3053]]; Victorian licence [[ID_NUMBER:048 172 936]]; passport [[ID_NUMBER:PA4817293]]; email [[EMAIL_ADDRESS:mia.nguyen.mel@bigpond.com]]; PayID [[PHONE_NUMBER:0433 918 274]]; employer reference: [[PERSON:Tom Haddad]], café manager.",
    "Employee onboarding: [[PERSON:Tyler Brandon Kowalski]], SSN [[US_SSN:147-35-8802]], US passport [[US_PASSPORT:498221037]], Texas DL [[US_DRIVER_LICENSE:40718263]], DOB [[DATE_TIME:1995-09-27]], home [[ADDRESS:1804 Westheimer Rd, Apt 316]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77006]]; start date [[DATE_TIME:April 7, 2025]]; direct deposit to account [[ID_NUMBER:8823104716]], routing 111000025; laptop MAC 8C:85:90:1A:3F:D2; job title: Site Reliability Engineer.",
    "Fraud alert: user [[USERNAME:jlamb_1987]] ([[PERSON:Jalen Lamb]], [[EMAIL_ADDRESS:jordan.lamb87@icloud.com]]) signed in from [[IP_ADDRESS:2600:1700:5a10:8e40:b1c3:9d2f:4e07:a18c]] and [[IP_ADDRESS:73.162.48.211]], changed the payout card to [[CREDIT_CARD:6011 0047 3821 9563]] and sent $2,400 to [[USERNAME:quickflip-dan]] on Venmo. User agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X).",
    "Beneficiary designation: [[PERSON:Rosalind Mae Carter]], [[AGE:67]], SSN [[US_SSN:680-24-1975]], of [[ADDRESS:45 Old Post Road]], [[LOCATION:Rye]], [[LOCATION:NY]] [[ZIP_CODE:10580]], names her grandson [[PERSON:Elijah Carter-Nuñez]] (DOB [[DATE_TIME:10/03/2008]]) sole beneficiary of IRA account [[ID_NUMBER:IRA-7718-20394]]; signed [[DATE_TIME:January 9, 2025]].",
    "[[TITLE:Mr]] [[PERSON:Gareth Llewellyn]], [[AGE:58]], NHS no. [[ID_NUMBER:611 093 8475]], of [[ADDRESS:9 Heol y Coed]], [[LOCATION:Rhiwbina]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HN]], tel. [[PHONE_NUMBER:029 2061 8430]], is booked for a colonoscopy on Thursday [[DATE_TIME:6 March]] at 09:40, endoscopy unit, bay 3.",
    "Applicant [[PERSON:Priti Shah]], born [[DATE_TIME:8th Nov 1979]], UK passport [[ID_NUMBER:548291736]], address [[ADDRESS:112 Belgrave Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 6AR]]; vehicle [[ID_NUMBER:LK19 ZRW]]; salary paid to [[IBAN_CODE:GB54 NWBK 6022 2139 5827 04]]; mobile [[PHONE_NUMBER:+44 7700 918 326]]; nationality: [[NRP:British]].",
    "Tenant: [[PERSON:Tóth Balázs]], adóazonosító jel [[ID_NUMBER:8436033906]], address [[ADDRESS:Kossuth Lajos utca 7, 2. em. 4.]], [[ZIP_CODE:6720]] [[LOCATION:Szeged]]; car [[ID_NUMBER:AAKL-482]]; card [[CREDIT_CARD:5580 4122 9371 0665]]; phone [[PHONE_NUMBER:+36 20 318 4472]]; moved in [[DATE_TIME:2024. szeptember 1.]]",
    "Warranty registration: [[PERSON:Chen Chia-hao]], ID [[ID_NUMBER:A128390473]], [[ADDRESS:No. 18, Zhongzheng Rd., 7F]], [[LOCATION:Xitun Dist.]], [[LOCATION:Taichung City]] [[ZIP_CODE:407]]; phone [[PHONE_NUMBER:+886 4 2318 4472]]; LINE [[USERNAME:chiahao_chen]]; product serial C02FK4Q7MD6T, purchased 2024-11-30.",
    "Delivery profile: [[PERSON:Nattaya Boonmee]], ID card [[ID_NUMBER:1101700482910]], [[ADDRESS:199/45 Soi Ari 4, Phahonyothin Road]], [[LOCATION:Samsen Nai]], [[LOCATION:Phaya Thai]], [[LOCATION:Bangkok]] [[ZIP_CODE:10400]]; PromptPay [[PHONE_NUMBER:081 927 0634]]; LINE [[USERNAME:nattaya.bm]]; birthday [[DATE_TIME:2 Dec]].",
    "Card application: [[PERSON:Lim Chee Keong]], IC [[ID_NUMBER:750318-07-5231]], [[AGE:49]], of [[ADDRESS:23, Lorong Macalister]], [[ZIP_CODE:10400]] [[LOCATION:George Town]], [[LOCATION:Penang]]; existing card [[CREDIT_CARD:5219 3700 4418 6222]]; office tel. [[PHONE_NUMBER:04-228 4173]]; email [[EMAIL_ADDRESS:cklim75@streamyx.com.my]]; employer: Penang Port.",
    "[[TITLE:Mlle]] [[PERSON:Ines Gharbi]], née le [[DATE_TIME:3 mars 1998]] à [[LOCATION:Monastir]], CIN [[ID_NUMBER:07318452]], demeurant [[ADDRESS:14, avenue Habib Bourguiba]], [[ZIP_CODE:4000]] [[LOCATION:Sousse]], étudiante, numéro d'inscription [[ID_NUMBER:ESS-2019-04817]], tél. [[PHONE_NUMBER:+216 22 583 109]], e-mail [[EMAIL_ADDRESS:ines.gharbi98@gmail.com]].",
    "Registro de pasajero: [[PERSON:Diego Andrés Paredes]], cédula [[ID_NUMBER:1714829361]], domicilio [[ADDRESS:Av. Amazonas N24-196 y Luis Cordero]], [[LOCATION:Quito]] [[ZIP_CODE:170143]], [[LOCATION:Ecuador]]; correo [[EMAIL_ADDRESS:dparedes.andres@hotmail.com]]; celular [[PHONE_NUMBER:0998 417 236]]; viaja a [[LOCATION:Galápagos]] el [[DATE_TIME:5 de junio]].",
    "Socia [[PERSON:Florencia Rodríguez]], C.I. [[ID_NUMBER:3.290.518-9]], domicilio [[ADDRESS:Av. 18 de Julio 1360, apto. 1104]], [[LOCATION:Montevideo]]; tarjeta [[CREDIT_CARD:4006 8317 5520 9412]], vence 11/28; cel. [[PHONE_NUMBER:+598 94 318 472]]; fecha de alta: 2023; Instagram [[USERNAME:flor.rodriguez.uy]].",
    "[[PERSON:Zeynep Kaya]] [[TITLE:Hanım]], T.C. [[ID_NUMBER:53291847076]], doğum tarihi [[DATE_TIME:14 Mart 1990]], adres [[ADDRESS:Kordon Boyu Cad. No: 41 D: 6]], [[LOCATION:Konak]]/[[LOCATION:İzmir]]; araç plakası [[ID_NUMBER:35 ZK 4127]]; kart [[CREDIT_CARD:4917 6152 4038 8271]]; telefon [[PHONE_NUMBER:+90 544 731 82 06]]; meslek: diş hekimi.",
]

DOC = [
    "Dear [[TITLE:Dr]] [[PERSON:Okwuosa]],\n\nRe: [[PERSON:Margery Ellen Tuckwell]], DOB [[DATE_TIME:02/09/1941]], NHS No. [[ID_NUMBER:703 284 6157]]\n[[ADDRESS:Rosemount, 4 Church Lane]], [[LOCATION:Great Shelford]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB22 5EL]]\n\nThank you for seeing this [[AGE:83]]-year-old lady, who has had two falls since [[DATE_TIME:14 January]]. She has Paget's disease of bone (alendronic acid 70 mg weekly) and a haemoglobin of 104 g/L; lying and standing BP 142/80 and 118/70. Her daughter, [[PERSON:Ruth]], is her main carer and can be reached on [[PHONE_NUMBER:07812 440 913]].\n\nYours sincerely,\n\n[[TITLE:Dr]] [[PERSON:Hannah Verity]]\nMill Road Surgery",
    "DISCHARGE SUMMARY\nPatient: [[PERSON:Rahul Venkataraman]]    MRN: [[ID_NUMBER:00630952]]    Age/Sex: [[AGE:56]]/M\nAdmitted: [[DATE_TIME:03-Mar-2025]]    Discharged: [[DATE_TIME:09-Mar-2025]]    Ward: 7B, bed 12\nConsultant: [[TITLE:Dr]] [[PERSON:S. Achterberg]], Cardiology\n\nDiagnosis: NSTEMI. PCI to proximal LAD with one drug-eluting stent (3.0 x 28 mm, lot 48172A).\nOn discharge: aspirin 75 mg OD, ticagrelor 90 mg BD for 12 months, atorvastatin 80 mg ON, bisoprolol 2.5 mg OD. Troponin peak 4,180 ng/L; EF 45%.\nFollow-up: cardiac rehabilitation referral sent; cardiology clinic on [[DATE_TIME:14 April 2025]].\nGP: [[TITLE:Dr]] [[PERSON:Mwale]], [[ADDRESS:12 Harcourt Street]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 4NA]].",
    "INCIDENT REPORT 25/004817, [[LOCATION:Northampton]]\nReporting officer: [[TITLE:PC]] [[PERSON:Jade Whitlock]], collar no. [[ID_NUMBER:4471]]\n\nOn Saturday [[DATE_TIME:15 February 2025]] at approx. 23:40 I attended [[ADDRESS:31 Kettering Road]] after a 999 call. The caller, [[PERSON:Leon Ashdown]] ([[AGE:34]]), stated that a male known to him only as '[[PERSON:Tizzy]]' had kicked in the rear door. The suspect was described as white, about [[AGE:25]], 5'10\", wearing a grey tracksuit. A black Vauxhall Corsa, VRM [[ID_NUMBER:NX68 KLT]], was seen leaving towards the A43. [[TITLE:Mr]] [[PERSON:Ashdown]]'s mobile is [[PHONE_NUMBER:07956 118 302]]. CAD 2217; crime no. NH/25/00419; exhibit JW/1 (door frame photographs).",
    "WITNESS STATEMENT (CJ Act 1967, s.9; MC Rules 1981, r.70)\nName: [[PERSON:Dorota Kamińska]]    Age: over 18    Occupation: bus driver\nAddress: [[ADDRESS:Flat 6, Baltic House, 22 Quayside]], [[LOCATION:Newcastle upon Tyne]] [[ZIP_CODE:NE1 3DX]]    Tel: [[PHONE_NUMBER:0191 496 0732]]\n\nOn [[DATE_TIME:3 December 2024]] I was driving the number 12 service towards [[LOCATION:Gateshead]]. At about 17:15 I saw a man I now know to be [[PERSON:Callum Reidy]] step into the road without looking. I braked hard; a passenger, an elderly lady, fell in the aisle. I gave my details to [[TITLE:PC]] [[PERSON:Armstrong]] at the scene.\n\nSigned: [[PERSON:D. Kamińska]]    Date: [[DATE_TIME:5 December 2024]]",
    "ASSURED SHORTHOLD TENANCY AGREEMENT\n\nThis agreement is made on [[DATE_TIME:28 March 2025]] between [[PERSON:Harold Fenwick-Styles]] (the Landlord) of [[ADDRESS:The Old Rectory, Wick Lane]], [[LOCATION:Bradfield]] [[ZIP_CODE:RG7 6HL]], and [[PERSON:Ayesha Siddiqui]] and [[PERSON:Tomás Ferreira]] (the Tenants), for the property at [[ADDRESS:Flat 2, 58 Oxford Road]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 7LT]].\n\n1. Term: 12 months from [[DATE_TIME:1 April 2025]].\n2. Rent: £1,350 per calendar month, payable on the 1st of each month to account [[ID_NUMBER:52093618]], sort code 40-18-22.\n3. Deposit: £1,557, protected with the DPS under certificate DPS-5128-2981 within 30 days.\n4. The Tenants shall not keep pets without written consent (clause 4.2).",
    "Private & Confidential\n\n[[PERSON:Ngozi Umeh-Bello]]\n[[ADDRESS:44 Wellington Crescent]]\n[[LOCATION:Leeds]] [[ZIP_CODE:LS6 2QF]]\n\n[[DATE_TIME:12 May 2025]]\n\nDear [[PERSON:Ngozi]],\n\nFurther to your interview on [[DATE_TIME:6 May]], I am delighted to offer you the position of Senior Payroll Officer (grade 7, spinal point 31) at a salary of £38,220 per annum, starting on [[DATE_TIME:2 June 2025]]. Your employee number will be [[ID_NUMBER:HR-118427]]. Please bring your passport and proof of your National Insurance number on your first day, and report to reception at 9:00.\n\nYours sincerely,\n\n[[PERSON:Gavin Reilly]]\nHead of People",
    "CURRICULUM VITAE\n\n[[PERSON:Ewa Marta Nowicka]]\n[[ADDRESS:ul. Długa 17/4]], [[ZIP_CODE:80-831]] [[LOCATION:Gdańsk]] | [[PHONE_NUMBER:+48 512 407 883]] | [[EMAIL_ADDRESS:ewa.nowicka.dev@gmail.com]] | [[URL:github.com/ewanowicka]]\nDate of birth: [[DATE_TIME:11.07.1992]]    Nationality: [[NRP:Polish]]\n\nEXPERIENCE\n2021-now    Backend developer, a payments start-up in [[LOCATION:Gdynia]]: Python 3.12, PostgreSQL 16, Kubernetes 1.29; cut p95 latency from 840 ms to 210 ms.\n2017-2021   Software engineer, logistics software house, [[LOCATION:Sopot]].\n\nEDUCATION\nMSc Computer Science, Gdańsk University of Technology (2017), thesis on B-tree variants.\n\nLANGUAGES\nPolish (native), English (C1), German (B1).\n\nReferences available from [[PERSON:Piotr Lewandowski]] on request.",
    "MINUTES of the Board of Trustees, Riverside Community Food Bank\nHeld on [[DATE_TIME:20 February 2025]] at 18:30 at [[ADDRESS:Unit 4, Mercer Industrial Estate]], [[LOCATION:Preston]]\n\nPresent: [[PERSON:Amrit Sandhu]] (Chair), [[PERSON:Claire Dobson]] (Treasurer), [[TITLE:Rev.]] [[PERSON:Peter Oyelowo]], [[PERSON:Maggie Flynn]]\nApologies: [[PERSON:Darius Khan]]\n\n1. The Treasurer reported a balance of £14,882.16 and a grant of £5,000 from the Harris Foundation.\n2. Collection points at two supermarkets will move to the new rota (v3.1).\n3. [[PERSON:Maggie]] to contact the volunteer who offered a van, [[PERSON:Stan Horrocks]], on [[PHONE_NUMBER:01772 318 640]].\n4. Next meeting: [[DATE_TIME:20 March 2025]], same venue.",
    "Harbour View Primary School: End of Year Report 2024/25\nPupil: [[PERSON:Maya-Grace Afolabi]]    Class: 4B    UPN: [[ID_NUMBER:H801200417293]]    DOB: [[DATE_TIME:19/10/2015]]\n\n[[PERSON:Maya-Grace]] has had a wonderful year. Her reading age is now 11.2 and she scored 24/25 in the multiplication check. She was a thoughtful Year 4 school councillor and led the assembly on [[PERSON:Mary Seacole]]. Attendance: 96.4% (7 sessions missed).\n\nClass teacher: [[TITLE:Mr.]] [[PERSON:Hollis]]\nParents' evening: Tuesday [[DATE_TIME:8 July]], 15:30-18:00, room 6.",
]
DOC += [
    "MOTOR CLAIM FORM, claim no. CLM-25-0418827, policy PX-118-402-77\nPolicyholder: [[PERSON:Siobhán Ní Bhriain]]\nAddress: [[ADDRESS:14 Fairgreen Terrace]], [[LOCATION:Ennis]], Co. [[LOCATION:Clare]], [[ZIP_CODE:V95 K2T8]]\nDate of birth: [[DATE_TIME:21/06/1987]]    Driving licence: [[ID_NUMBER:187463920]]\nDate of accident: [[DATE_TIME:07/02/2025]], 08:05\n\nDescription: I was stopped at the lights on the N85 when a silver Skoda Octavia, reg. [[ID_NUMBER:231-G-4471]], drove into the back of my car (reg. [[ID_NUMBER:192-CE-1184]]). The other driver gave his name as [[PERSON:Declan Moriarty]] and his number as [[PHONE_NUMBER:087 417 2093]]. Repair estimate from Ennis Motors: €2,318.50 (job card 7719).",
    "IN THE HIGH COURT OF JUSTICE, KING'S BENCH DIVISION, Claim No. KB-2023-003128\nBetween [[PERSON:Olamide Fashola]] (Claimant) and [[PERSON:Gregor Brennan]] (Defendant)\nJudgment of [[TITLE:HHJ]] [[PERSON:Whitcombe]], handed down on [[DATE_TIME:17 January 2025]]\n\n1. The Claimant, now [[AGE:41]], was injured on [[DATE_TIME:9 October 2021]] when she fell on the common stairs at [[ADDRESS:88 Lavender Hill]], [[LOCATION:London]] [[ZIP_CODE:SW11 5RD]], a building let to her by the Defendant.\n2. The duty is not in dispute; see [[PERSON:Donoghue]] v [[PERSON:Stevenson]] [1932] AC 562 and the Occupiers' Liability Act 1957, s.2.\n3. I find that the handrail was missing for at least 14 months. Damages are assessed at £23,750 plus interest at 2% from the date of the fall.",
    "CASE NOTE, Children's Services\nChild: [[PERSON:Kayden Moss]] ([[AGE:6]]), DOB [[DATE_TIME:30.04.2018]], case ID [[ID_NUMBER:LCS-1063920]]\nHome visit: [[DATE_TIME:11/03/2025]], 16:00, [[ADDRESS:27 Sorrel Close]], [[LOCATION:Bilborough]], [[LOCATION:Nottingham]]\nPresent: mum ([[PERSON:Stacey Moss]]), maternal grandmother ([[PERSON:Irene]]), social worker [[PERSON:Fola Akinwale]]\n\nHome warm and tidy; food in the fridge. [[PERSON:Stacey]] says that dad, [[PERSON:Ryan Colley]], has not visited since [[DATE_TIME:2 January]] and is not answering on [[PHONE_NUMBER:07453 118 926]]. [[PERSON:Kayden]] showed me his reading book (stage 6) and his Lego. No concerns today. Next visit [[DATE_TIME:25/03/2025]].",
    "From: [[PERSON:Tobias Lindqvist]] <[[EMAIL_ADDRESS:tobias.lindqvist@nordvik-arkitekter.se]]>\nTo: [[PERSON:Aaliyah Brooks]] <[[EMAIL_ADDRESS:aaliyah.brooks@brooksandpartners.com]]>\nSubject: Re: site visit\n\nHi [[PERSON:Aaliyah]],\n\nThursday works. I'll meet you at the entrance of [[ADDRESS:Hornsgatan 64]] at 10:00; the door code is 4471 but I'll be waiting outside anyway.\n\nBest,\n[[PERSON:Tobias]]\n\n--\n[[PERSON:Tobias Lindqvist]] | Project Architect\nNordvik Arkitekter AB | [[LOCATION:Stockholm]]\nM [[PHONE_NUMBER:+46 70 631 09 58]]\n\n> On [[DATE_TIME:11 Mar 2025]], at 16:02, [[PERSON:Aaliyah Brooks]] wrote:\n> Could we see the attic unit on [[DATE_TIME:13 March]]? I'm in [[LOCATION:Stockholm]] until Friday. My cell is [[PHONE_NUMBER:+1 312 555 0176]].\n> [[PERSON:Aaliyah]]",
    "[00:00:03] [[PERSON:Priya]]: Okay, we're recording. This is the [[DATE_TIME:4 March]] sync for the data-centre migration.\n[00:00:09] [[PERSON:Marco Ferri]]: Quick update: the new cluster runs 1.29.4, and the VPN endpoint for the client is [[IP_ADDRESS:10.40.12.7]]. Build 2.14.0.3 failed twice on Tuesday.\n[00:01:15] [[PERSON:Priya]]: Who is our contact on their side now?\n[00:01:18] [[PERSON:Marco Ferri]]: [[PERSON:Joana Pires]], their IT lead. Her email is [[EMAIL_ADDRESS:joana.pires@lusomar.pt]] and her mobile is [[PHONE_NUMBER:+351 917 402 318]]; she's in [[LOCATION:Porto]] until the 20th.\n[00:01:40] [[PERSON:Priya]]: Great. Ticket OPS-4471 stays open until cut-over.",
    "[[PERSON:Eleanor Joan Okonjo]] (\"[[PERSON:Nell]]\"), née [[PERSON:Whitby]]\n[[DATE_TIME:3 March 1938]] - [[DATE_TIME:22 February 2025]]\n\nPeacefully at St Catherine's Hospice, [[LOCATION:Crawley]], aged [[AGE:86]]. Beloved wife of the late [[PERSON:Chidi]], mother of [[PERSON:Adaeze]] and [[PERSON:Simon]], and nan to five. Born in [[LOCATION:Whitby]], [[PERSON:Nell]] taught chemistry for 31 years and never missed a parents' evening. Funeral on Friday [[DATE_TIME:14 March]] at 11:00, St Nicholas Church, [[LOCATION:Worth]]; family flowers only, donations to the British Heart Foundation. Enquiries to [[PERSON:Simon]] on [[PHONE_NUMBER:07700 314 882]].",
    "The marriage took place on [[DATE_TIME:14 June 2025]] at the Church of St Nicholas, [[LOCATION:Chiswick]], between [[PERSON:Imogen Clare Hartley]], daughter of [[TITLE:Mr]] and [[TITLE:Mrs]] [[PERSON:Robert Hartley]] of [[LOCATION:Marlow]], and [[PERSON:Kenji Ishikawa-Reid]], son of [[TITLE:Dr]] [[PERSON:Aiko Ishikawa]] and [[PERSON:Mr Duncan Reid]] of [[LOCATION:Edinburgh]]. The bride was attended by [[PERSON:Harriet Hartley]] and [[PERSON:Beatrix Ampofo]]; [[PERSON:Hamish Reid]] was best man. The couple will live in [[LOCATION:Singapore]].",
    "S: [[AGE:26]]F, 3/7 dysuria and frequency, no loin pain, LMP [[DATE_TIME:2/2/2025]]. No known drug allergies.\nO: T 37.9, HR 96, BP 118/74. Urine dip: nitrites +, leucocytes ++.\nA: uncomplicated lower UTI.\nP: nitrofurantoin 100 mg MR BD x 5 days; MSU sent (lab no. 25-H-041827). Safety-net advice given.\n\nPatient: [[PERSON:Leilani Kahananui]], MRN [[ID_NUMBER:HI-20630915]], seen [[DATE_TIME:2/18/2025]] by [[PERSON:K. Akana]], APRN. Pharmacy: [[ADDRESS:1450 Ala Moana Blvd]], [[LOCATION:Honolulu]]. Call-back number [[PHONE_NUMBER:(808) 555-0129]].",
    "ARREST REPORT, Case 2025-00418, District 7\nArrestee: [[PERSON:Dwayne Marcus Tolliver]], [[AGE:27]], DOB [[DATE_TIME:08/19/1997]], Illinois DL [[US_DRIVER_LICENSE:F417-2839-2019]]\nAddress: [[ADDRESS:6620 S Halsted St, Apt 2]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60621]]\nDate of arrest: [[DATE_TIME:03/01/2025]], 01:20\nArresting officer: [[TITLE:Ofc.]] [[PERSON:R. Castellanos]], star no. [[ID_NUMBER:7718]]\n\nNarrative: Vehicle, a 2016 Dodge Charger, plate [[ID_NUMBER:DL 48172]], VIN 2C3CDXCT4GH104827, was stopped for driving without rear lights. Driver [[PERSON:Tolliver]] had an outstanding warrant (W-24-11873). Passenger [[PERSON:Tiana Brooks]], [[AGE:22]], was released at the scene.",
]
DOC += [
    "[[DATE_TIME:March 18, 2025]]\n\n[[PERSON:Mr. Javier Montoya]]\n[[ADDRESS:3309 Calle Cielo Vista]]\n[[LOCATION:Santa Fe]], [[LOCATION:NM]] [[ZIP_CODE:87507]]\n\nRe: Complaint reference CR-2025-11873\n\nDear [[TITLE:Mr.]] [[PERSON:Montoya]],\n\nWe have completed our review of the $1,240.00 charge to your card ending in 3308. The merchant could not show a signed delivery note, so the dispute has been decided in your favour and the amount will be credited within 5 business days. If you have questions, call us at 1-800-555-0100, option 3.\n\nSincerely,\n\n[[PERSON:Denise Yarborough]]\nCustomer Resolution Team",
    "Referral to Penmount Referrals, Orthopaedics\n\nPatient: Bramble, 7-year-old neutered female Border Collie, 21.4 kg, microchip 985141004828650\nOwner: [[PERSON:Gwen Tregothnan]], [[ADDRESS:Trewince Farm]], [[LOCATION:Ruan Lanihorne]], [[LOCATION:Truro]] [[ZIP_CODE:TR2 5NX]]; tel. [[PHONE_NUMBER:01872 501 337]]\n\nBramble was seen on [[DATE_TIME:10 March 2025]] with a three-week history of left hind lameness; drawer test positive, suspect cruciate rupture. Meloxicam 1.5 mg/ml, 1.4 ml once daily. Radiographs (study 25-0318) attached.\n\n[[PERSON:Jess Polglase]] MRCVS",
    "RÉSUMÉ\n[[PERSON:Valentina Ruiz Cárdenas]]\n[[LOCATION:Medellín]], [[LOCATION:Colombia]] · [[PHONE_NUMBER:+57 310 725 6041]] · [[EMAIL_ADDRESS:valen.ruizc@gmail.com]] · [[URL:https://valentinaruiz.design]] · Behance: [[USERNAME:valeruizc]]\n\nSUMMARY\nProduct designer with 8 years in fintech and delivery apps; led the redesign that lifted checkout conversion from 61% to 74%.\n\nEXPERIENCE\n2020-present  Senior Product Designer, a food-delivery app, [[LOCATION:Bogotá]] (remote)\n2016-2020     UI Designer, an agency in [[LOCATION:Medellín]]: 40+ projects, design system v2.3\n\nEDUCATION\nB.A. Graphic Design, Universidad Pontificia Bolivariana, 2016\n\nLanguages: Spanish, English (C1), Portuguese (B2)",
    "Outpatient review, [[DATE_TIME:26/02/2025]]\n\n[[PERSON:Samir Khoury]], [[AGE:38]], hospital no. [[ID_NUMBER:K7740182]]. Lives with his wife, [[PERSON:Rania]], and two children at [[ADDRESS:5 Beechwood Avenue]], [[LOCATION:Salford]] [[ZIP_CODE:M6 8QT]]. Mood better since the dose increase; sleeping 6-7 hours; back at work three days a week. Sertraline 100 mg OD; PHQ-9 now 14 (was 19); GAD-7 11. No thoughts of self-harm. Next appointment [[DATE_TIME:9 April]]; plan discussed with [[TITLE:Dr]] [[PERSON:Bhattacharya]]. Crisis line number given.",
    "STATUTORY DECLARATION, Oaths Act 1900 (NSW), Eighth Schedule\n\nI, [[PERSON:Matilda Jane Kershaw]], of [[ADDRESS:22 Bunya Street]], [[LOCATION:Katoomba]] [[LOCATION:NSW]] [[ZIP_CODE:2780]], teacher, do solemnly and sincerely declare that on [[DATE_TIME:14 January 2025]] I lost my wallet, which held my NSW driver licence no. [[ID_NUMBER:19274038]] and my Medicare card, near the Echo Point lookout, and that I have not found it since.\n\nDeclared at [[LOCATION:Katoomba]] on [[DATE_TIME:16 January 2025]] before me, [[PERSON:Colin Adebayo-Pratt]], Justice of the Peace, registration no. [[ID_NUMBER:172038]].",
    "ARBEITSZEUGNIS\n\n[[TITLE:Frau]] [[PERSON:Lena Vogt]], geboren am [[DATE_TIME:24.08.1990]] in [[LOCATION:Freiburg im Breisgau]], Personalnummer [[ID_NUMBER:40718]], war vom [[DATE_TIME:1. März 2019]] bis zum [[DATE_TIME:31. Januar 2025]] in unserem Unternehmen als Controllerin tätig. Sie betreute das Berichtswesen für 14 Gesellschaften und führte SAP S/4HANA 2022 im Konzernreporting ein. [[TITLE:Frau]] [[PERSON:Vogt]] verlässt uns auf eigenen Wunsch.\n\n[[LOCATION:Stuttgart]], den [[DATE_TIME:31.01.2025]]\n\n[[PERSON:Dr. Konrad Helm]], Geschäftsführer",
    "TRAVEL CLAIM, policy TRV-88-104827\nInsured: [[PERSON:Hamza Qureshi]] ([[AGE:31]]), passport [[ID_NUMBER:548193027]], [[ADDRESS:18 Ashby Road]], [[LOCATION:Loughborough]] [[ZIP_CODE:LE11 3AA]]\n\nOn [[DATE_TIME:19 January 2025]] my backpack was stolen on the platform at Hua Lamphong station in [[LOCATION:Bangkok]]. I reported it the same evening to [[TITLE:Sgt.]] [[PERSON:Anan Phromma]] of the Tourist Police (report no. 48/2568). Items lost: iPhone 14 (IMEI 35 418207 339182 4), Sony ZV-1 camera, cash THB 6,000. Please pay the settlement to account [[ID_NUMBER:31029655]], sort code 09-01-28.",
    "FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER), Appeal No. PA/04182/2024\nBetween [[PERSON:MK]] (anonymity order made), Appellant, and the Secretary of State for the Home Department, Respondent\nHeard at Taylor House on [[DATE_TIME:21 November 2024]]; decision promulgated on [[DATE_TIME:3 December 2024]]\n\n1. The appellant is a [[NRP:Sudanese]] national born on [[DATE_TIME:1 January 1996]] in [[LOCATION:El Geneina]], [[LOCATION:West Darfur]]. He entered the United Kingdom on [[DATE_TIME:14 August 2022]] and claimed asylum the next day.\n2. He was represented by [[PERSON:Ms R. Danquah]] of counsel; the respondent by a Home Office presenting officer.\n3. For the reasons below the appeal is allowed on protection grounds (Article 3 ECHR).",
    "From: Kitelab Support <support@kitelab.io>\nTo: [[EMAIL_ADDRESS:dakota.bishop@protonmail.com]]\nSubject: Re: [#48217] can't log in\n\nHi [[PERSON:Dakota]],\n\nI've reset the two-factor setup on your account ([[USERNAME:dkbishop]]). Your last good login came from [[IP_ADDRESS:98.207.114.63]]; the failed attempts came from [[IP_ADDRESS:185.107.56.201]], which we have now blocked.\n\nCheers,\n[[PERSON:Ines]], Kitelab support\n\n> From: [[PERSON:Dakota Bishop]] <[[EMAIL_ADDRESS:dakota.bishop@protonmail.com]]>\n> I changed phones and can't get the code any more. My number is still [[PHONE_NUMBER:+1 (720) 555-0193]], if you need to call me.",
]
DOC += [
    "Minutes of the Annual General Meeting of the Kestrel Court Residents' Association, [[ADDRESS:Kestrel Court, 40-62 Ferry Road]], [[LOCATION:Cambridge]], held on Tuesday [[DATE_TIME:11 March 2025]] in the community room\n\nChair: [[PERSON:Olusegun Bamidele]] (Flat 14). Secretary: [[PERSON:Hélène Marchetti]] (Flat 3). 23 households present, 6 proxies.\n\n1. Accounts for 2024 approved; service charge reserve £48,210.\n2. [[PERSON:Rhys Pugh]] was re-elected treasurer, proposed by [[TITLE:Mrs]] [[PERSON:Kaur]] (Flat 22) and seconded by [[PERSON:Dev]] (Flat 9).\n3. Bike store: quote of £3,400 from the contractor accepted.\n4. Next AGM: [[DATE_TIME:10 March 2026]].",
    "[[DATE_TIME:4 January 2025]]\n\nTo the Admissions Committee,\n\nI am writing in support of [[PERSON:Aditya Menon]]'s application to the MSc in Data Science. I taught him Linear Algebra (MATH 2210) and supervised his final-year project on Kalman filters for low-cost GPS receivers, which used Dijkstra's algorithm for route snapping. He graduated on [[DATE_TIME:28 June 2024]] with a GPA of 3.87/4.0 (student ID [[ID_NUMBER:20190736]]) and was the strongest student in a cohort of 140.\n\nYours faithfully,\n\n[[TITLE:Prof.]] [[PERSON:Helena Sørensen]]\nDepartment of Mathematical Sciences\n[[EMAIL_ADDRESS:h.sorensen@math.ku.dk]]",
    "HOME INSURANCE: FIRST NOTICE OF LOSS, claim 25-HO-041827\nInsured: [[PERSON:Gurpreet Dhaliwal]] and [[PERSON:Sukhmani Dhaliwal]]\nRisk address: [[ADDRESS:58 Thorncliffe Park Drive, Unit 1207]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M4H 1L1]]\nDate of loss: [[DATE_TIME:2025-01-22]]\nCause: a pipe burst in unit 1307 above; water through the kitchen ceiling and into the hallway. Estimated damage CAD 14,600.\nContact: [[PHONE_NUMBER:437-555-0162]], [[EMAIL_ADDRESS:gdhaliwal.home@gmail.com]]\nAdjuster assigned: [[PERSON:Renée Fortin]], licence no. [[ID_NUMBER:A-530961]]; site visit booked for [[DATE_TIME:24 January]].",
    "Gespreksverslag wijkteam, [[DATE_TIME:12 februari 2025]]\n\nCliënt: [[TITLE:mevrouw]] [[PERSON:J. Verhoeven-Bakker]] ([[PERSON:Joke]]), geboren [[DATE_TIME:03-09-1951]], [[ADDRESS:Van Speijkstraat 44-2]], [[ZIP_CODE:2518 GE]] [[LOCATION:Den Haag]]\nAanwezig: cliënt, dochter [[PERSON:Marloes]] ([[PHONE_NUMBER:06-18427306]]), wijkverpleegkundige [[PERSON:Sanne de Wit]]\n\nMevrouw is [[AGE:73]] en woont sinds het overlijden van haar man alleen. Zij valt vaker; de trapleuning is los. Afgesproken: aanvraag Wmo voor een traplift, huishoudelijke hulp 3 uur per week. Vervolgafspraak [[DATE_TIME:26 februari]], 10:00.",
    "Objet : votre dossier de prêt n° 2025-PR-04182\n\nBonjour [[TITLE:Monsieur]] [[PERSON:Benali]],\n\nSuite à notre rendez-vous du [[DATE_TIME:7 mars]], je vous confirme l'accord de principe pour un prêt de 215 000 € sur 25 ans au taux de 3,35 %. Les mensualités seront prélevées sur votre compte [[IBAN_CODE:FR76 1820 6004 2165 2103 9481 785]]. Merci de me retourner l'offre signée accompagnée de l'avis d'imposition de [[TITLE:Mme]] [[PERSON:Nadia Benali]].\n\nCordialement,\n\n[[PERSON:Aurélie Masson]]\nConseillère clientèle, [[LOCATION:Lyon]]\nTél. [[PHONE_NUMBER:04 72 60 15 94]]",
    "Investigation meeting, [[DATE_TIME:5 March 2025]], 14:00, room 3.12\nPresent: [[PERSON:Karen Obi]] (HR), [[PERSON:Tomasz Wiśniewski]] (investigating manager), [[PERSON:Leroy Gayle]] (employee, payroll no. [[ID_NUMBER:004172]]), [[PERSON:Bev Hollins]] (union rep)\n\n[[PERSON:TW]]: Can you tell us where you were on the night of [[DATE_TIME:21 February]]?\n[[PERSON:LG]]: On the late shift at the [[LOCATION:Daventry]] warehouse until ten, then home.\n[[PERSON:TW]]: The access log shows badge [[ID_NUMBER:DV-44718]] at gate 2 at 23:41.\n[[PERSON:LG]]: That's not mine. [[PERSON:Marcus]] and I swapped lockers that week and the badges were in them.\n[[PERSON:BH]]: We'd like the CCTV for gate 2 before this goes any further.",
    "NOTA DE URGENCIAS, [[DATE_TIME:08/03/2025]] 03:40\nPaciente: [[PERSON:Rosa Elvira Chávez Mamani]], [[AGE:72]] años, historia clínica [[ID_NUMBER:HC-0630951]], DNI [[ID_NUMBER:52071938]]\nDomicilio: [[ADDRESS:Jr. Huallaga 418, dpto. 2]], [[LOCATION:Cercado de Lima]]\nAcompañante: su hijo [[PERSON:Wilber Chávez]], cel. [[PHONE_NUMBER:987 205 316]]\n\nMotivo: disnea de 2 días y fiebre. SatO2 86% aire ambiente, FR 28, PA 100/60. Rx: consolidación basal derecha. Dx: neumonía adquirida en la comunidad, CURB-65 de 3. Plan: ceftriaxona 2 g EV c/24 h, azitromicina 500 mg, O2 por cánula a 3 L/min, cama 14 de observación.",
    "OB No. 41/12/03/2025, Kilimani Police Station\nComplainant: [[PERSON:Grace Wambui Mwaura]], [[AGE:29]], ID No. [[ID_NUMBER:30629184]], tel. [[PHONE_NUMBER:0729 551 082]], of [[ADDRESS:House 14, Kabarnet Gardens, off Ngong Road]], [[LOCATION:Kilimani]], [[LOCATION:Nairobi]]\n\nReports that on [[DATE_TIME:11/03/2025]] at about 2100 hrs her mobile phone (Samsung A15, IMEI 352418093318274) was snatched near the Yaya Centre by two men riding motorcycle [[ID_NUMBER:KMFD 630R]], who fled towards [[LOCATION:Kibera]]. Value KES 24,000. Investigating officer: [[TITLE:Cpl.]] [[PERSON:Kiprono]].",
]

CHAT = [
    "hey its [[PERSON:jaz]] 🙂 new number, save it: [[PHONE_NUMBER:07841 33 20 19]]\nheard from [[PERSON:tay]] ur moving to [[LOCATION:brixton]]?? send me the addy so i can post ur bday present\n> [[ADDRESS:flat 5, 112 coldharbour ln]] [[ZIP_CODE:sw9 8ll]] 🏠 buzzer's broken so just text when ur outside",
    "[18:02] Auntie [[PERSON:Bisi]]: Who has [[PERSON:Tolu]]'s new address? I want to send the aso-ebi\n[18:05] [[PERSON:Kemi]]: [[ADDRESS:Flat 9, 23 Ridley Rd]], [[LOCATION:Dalston]]. postcode [[ZIP_CODE:E8 2NP]] i think\n[18:05] [[PERSON:Kemi]]: her number is [[PHONE_NUMBER:+44 7456 209 318]] if the courier needs it\n[18:07] Auntie [[PERSON:Bisi]]: Thank you my dear 🙏🏾 God bless",
    "#it-help\n[[USERNAME:rohan.k]]: laptop keeps getting kicked off the vpn, it shows [[IP_ADDRESS:192.168.1.47]] for a sec then drops\nit-bot: Ticket INC0048271 created. An engineer will reply within 4 hours.\n[[USERNAME:meg.h]]: @[[USERNAME:rohan.k]] try the 5.1.2 client, 5.0.9 has that exact bug\n[[USERNAME:rohan.k]]: that fixed it, thanks [[PERSON:meg]] 🙏",
    "[[USERNAME:vexx_tiger]]: anyone selling a 3070? budget £250\n[[USERNAME:mochi.bun]]: i have one, add me on steam: [[USERNAME:mochibun_2004]]\n[[USERNAME:vexx_tiger]]: added. im in [[LOCATION:sheffield]], can collect\n[[USERNAME:mochi.bun]]: [[LOCATION:rotherham]] here so easy. names [[PERSON:callum]] btw",
    "Admin [[PERSON:Sophia]] 💎: Congratulations!!! You won 0.5 ETH in our airdrop 🎉 Send 0.02 ETH gas fee to [[ID_NUMBER:0x4b19e2D07c5aF38e91B6d02C7a4E8f1903dB5a7E]] and DM @[[USERNAME:sophia_claims_desk]] with a screenshot\nme: lol no. reported",
    "u/[[USERNAME:throwaway_lease_q]] · 4h\nLandlord ([[TITLE:Mr.]] [[PERSON:Petrakis]]) wants my SSN before I can even view the place at [[ADDRESS:2817 N Clark St]]. Is that normal in [[LOCATION:Chicago]]? He keeps texting from [[PHONE_NUMBER:773-555-0184]].\n\n    u/[[USERNAME:lakeview_lucy]] · 3h\n    No. Never send it before you've signed anything. Report the listing.",
    "Agent ([[PERSON:Marisol]]): Hi! Thanks for contacting Zephyr Mobile. Can I have the account holder's name and date of birth?\nCustomer: [[PERSON:Benedict Osei-Tutu]], [[DATE_TIME:30/11/1982]]\nAgent ([[PERSON:Marisol]]): Thanks, [[PERSON:Benedict]]. And the number on the account?\nCustomer: [[PHONE_NUMBER:07307 118 462]]. I want the bills sent to my new address, [[ADDRESS:16 Alma Road]], [[LOCATION:Clifton]], [[LOCATION:Bristol]] [[ZIP_CODE:BS8 2BY]]\nAgent ([[PERSON:Marisol]]): Done! Your PUK is 48213077 if the SIM ever locks.",
    "AGENT: Thank you for calling, you're speaking with [[PERSON:Deon]]. Can I have your full name?\nCALLER: Yes, it's [[PERSON:Precious Mahlangu]]. That's [[PERSON:M-A-H-L-A-N-G-U]].\nAGENT: And your ID number, ma'am?\nCALLER: [[ID_NUMBER:911123 0412 088]].\nAGENT: Thank you. And the address we have for you?\nCALLER: [[ADDRESS:eleven Protea Street]], [[LOCATION:Orlando East]], [[LOCATION:Soweto]].\nAGENT: Perfect, [[TITLE:Ms]] [[PERSON:Mahlangu]], I can see the double debit order from the 3rd. I'll reverse it now.",
    "Voicemail from [[PHONE_NUMBER:+1 503 555 0137]] (0:42)\n\"Hi, this is [[PERSON:Wendell]] from Rose City Plumbing, calling for [[TITLE:Ms.]] [[PERSON:Arbuckle]] about the water heater at, um, [[ADDRESS:4411 Southeast Division]]. We can come out Thursday, [[DATE_TIME:March 13th]], between eight and noon. Call me back at [[PHONE_NUMBER:five oh three, five five five, oh one six two]]. Thanks, bye.\"",
    "[[PERSON:wanjiku]]: [[PERSON:kev]] where are u 😂 the matatu is leaving\n[[PERSON:kev]]: at kencom stage, almost there. send me the fare pls [[PHONE_NUMBER:0712 906 245]]\n[[PERSON:wanjiku]]: sent 200. also [[PERSON:achieng]] says her new place is [[ADDRESS:hse 7, riara road]] in [[LOCATION:kilimani]], we'll go saturday",
    "You: hi i think my card got cloned?? theres 3 charges from [[LOCATION:lagos]] i didnt make. card is [[CREDIT_CARD:3715 093826 40184]]\nBot: For your security, please don't share full card numbers in chat. I've hidden it from our agents. Connecting you to a specialist...\nAgent [[PERSON:Kofi]]: Hi, I'm [[PERSON:Kofi]]. I've frozen the card. Can you confirm your postcode and the last 4 digits only?\nYou: [[ZIP_CODE:NG7 2QL]], 0184",
    "[[PERSON:hope]] ✨: hey [[PERSON:reed]]! loved ur pic from [[LOCATION:moab]] lol\n[[PERSON:Reed]]: haha thanks! u from [[LOCATION:utah]]?\n[[PERSON:hope]] ✨: [[LOCATION:provo]] originally, now [[LOCATION:slc]]. whats ur insta\n[[PERSON:Reed]]: [[USERNAME:reed.outdoors]]\n[[PERSON:hope]] ✨: followed 🙌 im [[USERNAME:hopeful.hope_]]",
]
CHAT += [
    "[[PERSON:Mari]]: oye [[PERSON:Javi]], me pasas el número de tu primo el fontanero?\n[[PERSON:Javi]]: claro, se llama [[PERSON:Rubén]], [[PHONE_NUMBER:634 50 71 26]]. dile q vas de mi parte 😉\n[[PERSON:Mari]]: graciasss. vivo en [[ADDRESS:c/ Embajadores 118, 4ºC]], a ver si puede venir el [[DATE_TIME:6 de marzo]] por la mañana",
    "Coucou c'est [[PERSON:Margaux]] ! Le code du portail c'est 4B1772, on est au [[ADDRESS:3e étage, 15 rue des Martyrs]] ([[LOCATION:Paris 9e]]). Si tu te perds appelle [[PERSON:Théo]] au [[PHONE_NUMBER:07 81 44 29 63]] 😘 à ce soir !!",
    "[[PERSON:Jonas]]: Wer hat die Kaution für die WG überwiesen?\n[[PERSON:Lea]]: ich, gestern an [[IBAN_CODE:DE76 7601 0085 0417 2938 56]], Empfängerin [[TITLE:Frau]] [[PERSON:Krüger]]\n[[PERSON:Jonas]]: top. Schlüsselübergabe ist am [[DATE_TIME:1.4.]] um 18 Uhr in der [[ADDRESS:Boxhagener Str. 71, Hinterhaus]]\n[[PERSON:Lea]]: 👍 ich bring [[PERSON:Mehmet]] mit zum Tragen",
    "Cliente: oi, meu pedido não chegou até agora 😤 meu nome é [[PERSON:Larissa Mendes]], CPF [[ID_NUMBER:184.730.256-44]]\nAtendente [[PERSON:Caio]]: Olá, [[PERSON:Larissa]]! Sinto muito. Pode confirmar o endereço de entrega?\nCliente: [[ADDRESS:rua Paraíba 1050, ap 302]], [[LOCATION:Funcionários]], [[LOCATION:BH]], CEP [[ZIP_CODE:30130-141]]\nAtendente [[PERSON:Caio]]: Obrigado! O pedido 7718-2204 ficou retido no centro de distribuição de [[LOCATION:Contagem]]; vou reenviar hoje.",
    "[[PERSON:Giulia]]: ciao [[PERSON:Fede]]!! domani vieni alla festa di [[PERSON:Chiara]]? è in [[ADDRESS:via dei Serragli 41]], citofono [[PERSON:Bianchi]] 😂 terzo piano\n[[PERSON:Fede]]: certo! porto io il vino. se non trovo ti chiamo\n[[PERSON:Giulia]]: sì chiamami al [[PHONE_NUMBER:347 602 8815]], il mio vecchio numero non va più",
    "[[PERSON:Sem]]: yo [[PERSON:Fleur]], ik heb je fiets nog. woon je nog op [[ADDRESS:Oudegracht 212]]?\n[[PERSON:Fleur]]: nee verhuisd! nu [[ADDRESS:Biltstraat 88 bis]], [[LOCATION:Utrecht]] 🚲\n[[PERSON:Sem]]: kom ik zaterdag langs. tikkie me maar voor de nieuwe band\n[[PERSON:Fleur]]: doe ik, mijn nummer is [[PHONE_NUMBER:06 3915 0274]] trouwens",
    "[[PERSON:Rina]]: kak, aku udah transfer ke rek BCA [[ID_NUMBER:4180630259]] a.n. [[PERSON:Dewi Anggraini]] ya\n[[PERSON:Dewi]]: oke makasih kak! paketnya kukirim ke [[ADDRESS:Jl. Kaliurang Km 5,6 Gg. Pandega No. 12]], [[LOCATION:Sleman]] kan?\n[[PERSON:Rina]]: iya betul, no hp [[PHONE_NUMBER:0812-2741-8830]] biar kurirnya bisa telpon",
    "Ate [[PERSON:Joy]]: [[PERSON:Migs]], padala mo na yung pera sa GCash ko [[PHONE_NUMBER:0917 552 0918]] ha, bayad sa kuryente\n[[PERSON:Migs]]: sige ate, mamaya pag sahod. yung address mo pa rin ba [[ADDRESS:Blk 12 Lot 8, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]]? may ipapadala si nanay\nAte [[PERSON:Joy]]: oo dun pa rin. salamat bunso 🥰",
]
CHAT += [
    "[[USERNAME:priya.n]]: hey can you add [[PERSON:Tomasz]] to #payroll-ops? he started monday\n[[USERNAME:dan.whitaker]]: sure, what's his employee id\n[[USERNAME:priya.n]]: [[ID_NUMBER:E-20736]], email [[EMAIL_ADDRESS:tomasz.nowak@finchly.co]]\n[[USERNAME:dan.whitaker]]: done ✅",
    "**[[USERNAME:ashfall]]** was banned by **[[USERNAME:ren_mod]]**\nReason: doxxing. Posted [[PERSON:Kayla Brennan]]'s home address ([[ADDRESS:19 Wren Court]], [[LOCATION:Swindon]]) and her phone number ([[PHONE_NUMBER:07583 204 917]]) in #general. Messages deleted. Appeal via the form in #rules.",
    "Customer: hi my internet drops every evening around 8\nAgent [[PERSON:Nadia]]: Sorry about that! Can I take your account number?\nCustomer: [[ID_NUMBER:80052096317]], it's under [[PERSON:Kwame Ofori]]\nAgent [[PERSON:Nadia]]: Thanks [[PERSON:Kwame]]. I can see the router (MAC 9C:3D:CF:4A:11:72, firmware 3.12.0.7) is on [[IP_ADDRESS:2a00:23c7:8e1f:4b01::1]] and keeps renewing. I'll push a reset and book an engineer for Friday [[DATE_TIME:21st]] if it happens again.",
    "AGENT: Can you confirm your date of birth for me?\nCALLER: it's the [[DATE_TIME:fourth of July nineteen eighty-eight]]\nAGENT: Thank you, [[TITLE:Mr]] [[PERSON:Lindgren]]. And the first line of your address?\nCALLER: [[ADDRESS:twenty-two Holloway Drive]], [[LOCATION:Duluth]]\nAGENT: Great. I can see policy HO-4471-0923 renews on the 30th. Do you want to keep the same card?\nCALLER: no, use my Discover, it's [[CREDIT_CARD:6011 0819 3327 4411]]",
    "DPD: Hi [[PERSON:Summer]], your parcel 15501830477291 from ASOS will be delivered today between 13:04 and 14:04 by [[PERSON:Piotr]] to [[ADDRESS:7 Larch Close]]. Not in? Reply SAFE for safe place or visit dpd.co.uk/r/7XK2",
    "[[USERNAME:oldsoul_1958]] · 2h\nmy grandpa [[PERSON:Walter]] turned [[AGE:90]] today and still drives himself to the VFW in [[LOCATION:Toledo]] every tuesday 😂 happy birthday pops\n\n    [[USERNAME:buckeye_barb]] · 1h\n    tell [[PERSON:Walt]] happy birthday from [[LOCATION:Sandusky]]!!",
    "Voicemail (0:31): \"Hi, this message is for [[PERSON:Andre Whitfield]]. This is [[PERSON:Tammy]] from [[TITLE:Dr.]] [[PERSON:Patel]]'s office confirming your appointment on Monday, [[DATE_TIME:April 14th]] at 9:15. Please bring your insurance card and arrive fifteen minutes early. If you need to reschedule, call us back at [[PHONE_NUMBER:(614) 555-0199]]. Thank you!\"",
    "Year 2 parents 🎈\n[[PERSON:Sade]]: Hi all, [[PERSON:Ayo]]'s mum here 👋 he's turning [[AGE:7]] and we're doing a party at the trampoline park on Saturday [[DATE_TIME:22nd March]], 2-4pm. RSVP to me on [[PHONE_NUMBER:07931 208 446]] 🙏\n[[PERSON:Hannah W]]: [[PERSON:Isla]] would love to come!! x\n[[PERSON:Rich]]: [[PERSON:Alfie]]'s in, thanks [[PERSON:Sade]]",
    "selling my 2014 Golf 1.6 TDI, 118k miles, MOT till Nov, £4,950 ono. reg [[ID_NUMBER:WU14 HKD]], VIN WVWZZZAUZEW418273. viewing in [[LOCATION:Tamworth]], ask for [[PERSON:Gaz]] on [[PHONE_NUMBER:07500 918 331]] (text first, no time wasters)",
    "You: hi, my flight got cancelled and I need to rebook\nAssistant ([[PERSON:Lena]]): Sorry to hear that! Could you share your booking code and frequent flyer number?\nYou: booking is QX7F2K, frequent flyer [[ID_NUMBER:992006305912744]]\nAssistant ([[PERSON:Lena]]): Thanks, [[TITLE:Ms]] [[PERSON:Balogun]]. I can put you on LH 1177 tomorrow at 07:10, seat 14C. Can you confirm the passport number on file?\nYou: [[ID_NUMBER:B00630915]]",
    "[[USERNAME:skylarrr.designs]]: hiii is the commission still open? 🎨\n[[USERNAME:inkbyjun]]: yes!! $60 for a half body. pay on cashapp $[[USERNAME:JunPark88]] or venmo @[[USERNAME:jun-park-art]]\n[[USERNAME:skylarrr.designs]]: sent on venmo! my name on it is [[PERSON:Skylar Reyes]]",
    "USPS: Dear [[PERSON:Faith]], your package is held at our warehouse due to an incomplete address. Update within 12 hrs: usps-redelivery-track.info/h7Y2. Reply STOP to opt out\nme → Mum: is this real?? i'm at [[ADDRESS:4 Kestrel Way]] and nothing's missing\nMum: no it's a scam love, delete it",
    "[[USERNAME:a.mensah]]: prod-db-2 is unreachable again. it resolves to [[IP_ADDRESS:10.0.3.17]] but the health check hits the old [[IP_ADDRESS:10.0.3.71]]\n[[USERNAME:lpetrov]]: that's from the 2.4.1.0 config rollback. i'll fix the record\n[[USERNAME:a.mensah]]: ty. paging [[PERSON:Wei]] too since she owns the lb",
    "AGENT: ...and what's the best email to send the quote to?\nCALLER: it's [[EMAIL_ADDRESS:j dot okoro at gmail dot com]], J for Juliet\nAGENT: Lovely. And a phone number?\nCALLER: [[PHONE_NUMBER:oh seven seven one eight, two oh four, nine three one]]\nAGENT: Thank you, [[PERSON:Joseph]]. You'll have it within the hour.",
    "[[PERSON:tom]]: bills for march: electric £84.20, water £31.10, wifi £28. so £47.77 each\n[[PERSON:ellie]]: sent 👍\n[[PERSON:raj]]: what's the account again\n[[PERSON:tom]]: [[PERSON:T Bradshaw]], 20-17-45, [[ID_NUMBER:53018827]]\n[[PERSON:raj]]: sent, sorry it's late 🙈",
]

STRUCT = [
    "Name: [[PERSON:Adaeze Chukwu]]\nDate of birth: [[DATE_TIME:1993-02-11]]\nGender: F\nPhone: [[PHONE_NUMBER:+234 802 118 4473]]\nEmail: [[EMAIL_ADDRESS:adaeze.chukwu@yahoo.com]]\nAddress: [[ADDRESS:4 Bode Thomas Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]\nNIN: [[ID_NUMBER:70630915288]]\nOccupation: Radiographer\nPassword: Ada!1993#",
    "14:02:17 bastion sshd[2211]: Failed password for invalid user admin from [[IP_ADDRESS:203.0.113.45]] port 51822 ssh2\n14:02:19 bastion sshd[2211]: Failed password for [[USERNAME:mkovacs]] from [[IP_ADDRESS:203.0.113.45]] port 51830 ssh2\n14:03:02 bastion sshd[2240]: Accepted publickey for [[USERNAME:mkovacs]] from [[IP_ADDRESS:10.8.0.14]] port 40112 ssh2: ED25519 SHA256:q4TzK1vP0sXr8mWb3YhN2cLd7eGf5aJ9uQ6tR0oI1kE\n14:03:02 bastion systemd-logind[611]: New session 88 of user [[USERNAME:mkovacs]].",
    "From: \"[[PERSON:Farah Siddiqui]]\" <[[EMAIL_ADDRESS:farah.siddiqui@lumenhealth.org]]>\nTo: [[PERSON:Jude Okonkwo]] <[[EMAIL_ADDRESS:j.okonkwo@lumenhealth.org]]>\nCc: hr@lumenhealth.org\nSubject: Leave request, [[DATE_TIME:2-9 May]]\nMessage-ID: <CAF4x8Q1p2Zk@mail.lumenhealth.org>\nX-Originating-IP: [[[IP_ADDRESS:82.132.219.40]]]\n\nHi [[PERSON:Jude]], attaching the form for my annual leave. Cover is arranged with [[PERSON:Mateo]]. Thanks, [[PERSON:Farah]]",
    "BEGIN:VCARD\nVERSION:3.0\nN:[[PERSON:Nassar]];[[PERSON:Rami]];;[[TITLE:Dr.]];\nFN:[[TITLE:Dr.]] [[PERSON:Rami Nassar]]\nORG:Cedar Dental Clinic\nTITLE:Orthodontist\nTEL;TYPE=CELL:[[PHONE_NUMBER:+961 3 902 615]]\nEMAIL;TYPE=WORK:[[EMAIL_ADDRESS:rami.nassar@cedardental.com.lb]]\nADR;TYPE=WORK:;;[[ADDRESS:Bldg 44, Hamra Street, 3rd floor]];[[LOCATION:Beirut]];;[[ZIP_CODE:1103 2090]];[[LOCATION:Lebanon]]\nBDAY:[[DATE_TIME:1979-05-30]]\nURL:[[URL:https://raminassar.me]]\nEND:VCARD",
    "customer_id,first_name,last_name,email,phone,city,plan\n[[ID_NUMBER:C-100736]],[[PERSON:Aigerim]],[[PERSON:Bekova]],[[EMAIL_ADDRESS:aigerim.bekova@mail.kz]],[[PHONE_NUMBER:+7 701 563 0928]],[[LOCATION:Almaty]],pro\n[[ID_NUMBER:C-100737]],[[PERSON:Ruslan]],[[PERSON:Abenov]],[[EMAIL_ADDRESS:r.abenov@gmail.com]],[[PHONE_NUMBER:+7 777 318 4402]],[[LOCATION:Astana]],basic\n[[ID_NUMBER:C-100738]],[[PERSON:Dana]],[[PERSON:Seitkali]],[[EMAIL_ADDRESS:dana.seitkali@outlook.com]],[[PHONE_NUMBER:+7 702 904 1187]],[[LOCATION:Shymkent]],pro",
    "MRN\tPatient\tDOB\tWard\tBed\tConsultant\n[[ID_NUMBER:RK04736]]\t[[PERSON:Okeke]], [[PERSON:Chioma]]\t[[DATE_TIME:12/04/1958]]\tAMU\t14\t[[TITLE:Dr]] [[PERSON:Lindqvist]]\n[[ID_NUMBER:RK09127]]\t[[PERSON:Brannigan]], [[PERSON:Sean]]\t[[DATE_TIME:03/11/1944]]\tWard 6\t2\t[[TITLE:Dr]] [[PERSON:Fernandes]]\n[[ID_NUMBER:RK11873]]\t[[PERSON:Yilmaz]], [[PERSON:Derya]]\t[[DATE_TIME:27/07/1990]]\tMaternity\t9\t[[TITLE:Dr]] [[PERSON:Akhtar]]",
    "| Name | Role | Ext. | Mobile | Office |\n|---|---|---|---|---|\n| [[PERSON:Mateus Oliveira]] | Finance lead | x4471 | [[PHONE_NUMBER:+351 913 882 407]] | [[LOCATION:Lisbon]] |\n| [[PERSON:Yaa Asantewaa Owusu]] | Legal counsel | x4472 | [[PHONE_NUMBER:+233 24 770 1365]] | [[LOCATION:Accra]] |\n| [[PERSON:Henrik Aalto]] | IT support | x4480 | [[PHONE_NUMBER:+358 40 771 2854]] | [[LOCATION:Helsinki]] |",
    '{"user": {"username": "[[USERNAME:lina_k]]", "full_name": "[[PERSON:Lina Karimova]]", "email": "[[EMAIL_ADDRESS:lina.karimova@inbox.uz]]", "dob": "[[DATE_TIME:1997-08-14]]", "address": {"street": "[[ADDRESS:Amir Temur ko\'chasi 107]]", "city": "[[LOCATION:Tashkent]]", "zip": "[[ZIP_CODE:100084]]"}, "last_ip": "[[IP_ADDRESS:213.230.88.17]]", "role": "editor", "plan": "team-2024"}}',
    "employee:\n  name: [[PERSON:Søren Kjær Nielsen]]\n  staff_id: [[ID_NUMBER:DK-04471]]\n  cpr: [[ID_NUMBER:140586-3317]]\n  email: [[EMAIL_ADDRESS:soren.nielsen@vindkraft.dk]]\n  phone: \"[[PHONE_NUMBER:+45 21 48 27 93]]\"\n  bank:\n    iban: [[IBAN_CODE:DK57 5295 0001 8473 62]]\n    bic: DABADKKK\n  address:\n    street: [[ADDRESS:Nørrebrogade 118, 3. th.]]\n    zip: \"[[ZIP_CODE:2200]]\"\n    city: [[LOCATION:København N]]\n  laptop_serial: PF3KX9Q2",
    "<patient>\n  <name><prefix>[[TITLE:Ms]]</prefix><given>[[PERSON:Ananya]]</given><family>[[PERSON:Mukherjee]]</family></name>\n  <birthDate>[[DATE_TIME:1986-12-03]]</birthDate>\n  <identifier system=\"urn:oid:2.16.840.1.113883.2.1.4.1\">[[ID_NUMBER:4027183657]]</identifier>\n  <address><line>[[ADDRESS:27 Ashgrove Road]]</line><city>[[LOCATION:Sheffield]]</city><postalCode>[[ZIP_CODE:S10 3LA]]</postalCode></address>\n  <telecom system=\"phone\">[[PHONE_NUMBER:0114 496 0381]]</telecom>\n</patient>",
]
STRUCT += [
    "INSERT INTO customers (first_name, last_name, email, phone, card_number, city) VALUES\n  ('[[PERSON:Oğuz]]', '[[PERSON:Demir]]', '[[EMAIL_ADDRESS:oguz.demir@gmail.com]]', '[[PHONE_NUMBER:+90 533 609 52 14]]', '[[CREDIT_CARD:2223004815926679]]', '[[LOCATION:Bursa]]'),\n  ('[[PERSON:Selin]]', '[[PERSON:Arslan]]', '[[EMAIL_ADDRESS:selin.arslan@yandex.com.tr]]', '[[PHONE_NUMBER:+90 542 907 33 18]]', '[[CREDIT_CARD:6214830019276509]]', '[[LOCATION:Eskişehir]]');",
    "GET /signup?first=[[PERSON:Amara]]&last=[[PERSON:Nwachukwu]]&email=[[EMAIL_ADDRESS:amara.nw%40gmail.com]]&phone=[[PHONE_NUMBER:%2B4915162093518]]&city=[[LOCATION:Hamburg]]&plan=pro&ref=fb_ad_2291&utm_campaign=spring25 HTTP/1.1\nHost: app.tidewell.io\nX-Forwarded-For: [[IP_ADDRESS:46.114.32.208]]\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "--- form submission 88412 ---\nanrede=[[TITLE:Herr]]\nvorname=[[PERSON:Maximilian]]\nnachname=[[PERSON:Reuter]]\ngeburtsdatum=[[DATE_TIME:07.03.1989]]\nstrasse=[[ADDRESS:Goethestraße 12]]\nplz=[[ZIP_CODE:80336]]\nort=[[LOCATION:München]]\nsteuer_id=[[ID_NUMBER:58 317 204 963]]\ntelefon=[[PHONE_NUMBER:089 26031948]]\nnewsletter=ja\ncaptcha_score=0.9",
    "FROM: [[PERSON:Kenta Mori]]\n[[ADDRESS:2-8-11 Tenjin]], [[LOCATION:Chuo-ku]]\n[[LOCATION:Fukuoka]] [[ZIP_CODE:810-0001]]\n[[LOCATION:JAPAN]]\n\nTO: [[PERSON:Bea Lindahl]]\n[[ADDRESS:Kungsgatan 23, lgh 1104]]\n[[ZIP_CODE:411 19]] [[LOCATION:Göteborg]]\n[[LOCATION:SWEDEN]]\nTEL [[PHONE_NUMBER:+46 73 590 61 24]]\n\nEMS EE418273915JP | 1.2 kg | Contents: ceramics (gift) | JPY 8,400",
    "MSH|^~\\&|ADT|STMARY|LAB|STMARY|||ADT^A01|MSG00418|P|2.5\nPID|1||[[ID_NUMBER:MRN77630958]]^^^STM^MR||[[PERSON:Kowalski]]^[[PERSON:Anna]]^[[PERSON:Maria]]^^[[TITLE:MRS]]||[[DATE_TIME:19670214]]|F|||[[ADDRESS:1182 Lakeview Ave]]^^[[LOCATION:Cleveland]]^[[LOCATION:OH]]^[[ZIP_CODE:44108]]||[[PHONE_NUMBER:(216)555-0147]]|||||||[[US_SSN:032-58-6641]]\nPV1|1|I|4W^412^B|||[[ID_NUMBER:005129]]^[[PERSON:Reyes]]^[[PERSON:Daniel]]^^^[[TITLE:DR]]\nNK1|1|[[PERSON:Kowalski]]^[[PERSON:Piotr]]|SPO|||[[PHONE_NUMBER:(216)555-0152]]",
    '{"lvl":"info","t":"12:44:03","msg":"login ok","user":"[[USERNAME:k.ishikawa]]","ip":"[[IP_ADDRESS:2400:4052:2e21:9d00:31a8:cc4f:7b12:e0d3]]","ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)","build":"4.18.2.7"}\n{"lvl":"warn","t":"12:51:40","msg":"password reset requested","user":"[[USERNAME:k.ishikawa]]","email":"[[EMAIL_ADDRESS:ishikawa.kenji@sora-net.jp]]","ip":"[[IP_ADDRESS:133.32.219.104]]"}\n{"lvl":"info","t":"12:52:02","msg":"job done","user":"svc_mailer","queue":"reset-emails","ms":412}',
    "payer_name,iban,amount_eur,reference\n[[PERSON:Joost Verbeek]],[[IBAN_CODE:NL80 INGB 0006 6218 37]],42.50,INV-2025-0311\n[[PERSON:Aoife Brennan]],[[IBAN_CODE:IE88 AIBK 9320 8647 5910 27]],118.00,INV-2025-0312\n[[PERSON:Laurent Weber]],[[IBAN_CODE:LU57 0141 8392 7150 0000]],67.20,INV-2025-0313\n[[PERSON:Eleni Papadaki]],[[IBAN_CODE:GR86 0172 0140 0050 1483 7265 190]],42.50,INV-2025-0314",
    "RECORD LOCATOR: K7QX2M\n1. [[PERSON:NDIAYE]]/[[PERSON:FATOU]] [[TITLE:MRS]]\n2. [[PERSON:NDIAYE]]/[[PERSON:MOUSSA]] [[TITLE:MSTR]] (CHD/[[DATE_TIME:14JUN16]])\n1 AF 719 Y [[DATE_TIME:12MAR]] DSSCDG HK2 2355 0615+1\n2 AF 1380 Y [[DATE_TIME:13MAR]] CDGLIS HK2 0900 1035\nSSR DOCS AF HK1 P/SEN/[[ID_NUMBER:A05209371]]/SEN/[[DATE_TIME:22SEP84]]/F/18AUG29/[[PERSON:NDIAYE]]/[[PERSON:FATOU]]\nCTCM [[PHONE_NUMBER:221776039152]]\nCTCE [[EMAIL_ADDRESS:FATOU.NDIAYE//ORANGE.SN]]\nFQTV AF [[ID_NUMBER:2084417390]]",
    "| Pupil | UPN | DOB | Reading | Maths | Parent contact |\n|---|---|---|---|---|---|\n| [[PERSON:Zainab Hussain]] | [[ID_NUMBER:K801200418273]] | [[DATE_TIME:03/02/2017]] | EXS | EXS | [[PHONE_NUMBER:07412 388 190]] |\n| [[PERSON:Oscar Pilbeam]] | [[ID_NUMBER:K801200418274]] | [[DATE_TIME:29/08/2016]] | WTS | EXS | [[PHONE_NUMBER:07588 021 743]] |\n| [[PERSON:Lily-Mae Doherty]] | [[ID_NUMBER:K801200418281]] | [[DATE_TIME:11/12/2016]] | GDS | EXS | [[EMAIL_ADDRESS:s.doherty84@gmail.com]] |",
    "<CdtTrfTxInf>\n  <PmtId><EndToEndId>E2E-20250314-0418</EndToEndId></PmtId>\n  <Amt><InstdAmt Ccy=\"EUR\">1250.00</InstdAmt></Amt>\n  <CdtrAgt><FinInstnId><BIC>ESSESESS</BIC></FinInstnId></CdtrAgt>\n  <Cdtr><Nm>[[PERSON:Annika Bergström]]</Nm><PstlAdr><StrtNm>[[ADDRESS:Vasagatan]]</StrtNm><BldgNb>[[ADDRESS:14]]</BldgNb><PstCd>[[ZIP_CODE:111 20]]</PstCd><TwnNm>[[LOCATION:Stockholm]]</TwnNm><Ctry>[[LOCATION:SE]]</Ctry></PstlAdr></Cdtr>\n  <CdtrAcct><Id><IBAN>[[IBAN_CODE:SE3980000832790001447261]]</IBAN></Id></CdtrAcct>\n  <RmtInf><Ustrd>Consulting fee Feb, invoice 2025-044</Ustrd></RmtInf>\n</CdtTrfTxInf>",
]

LOOKALIKE = [
    "Order 7702-118394-55 was split into two parcels: Royal Mail tracking RB 4418 2930 7GB and Evri H01HYA0006203188. Invoice INV/25/03/0917 totals £312.48 including VAT at 20%; the router in parcel 2 ships with firmware 7.2.14.3.",
    "Review of the Kindle Paperwhite (11th gen) by [[USERNAME:bookworm_beatriz]]: 5/5. The 6.8\" screen at 300 ppi beats my 2019 model, battery lasted 9 weeks at 30 min a day, and the USB-C port finally charges in 2.5 hours.",
    "KL 1004 from AMS to MAN boards at gate D7 at 13:25. The Embraer 190, PH-EZX, has 100 seats; rows 1-4 are business. Passengers connecting to KL 0601 should follow the purple signs to transfer desk T3.",
    "## 3.8.0\n- Fixed a crash when the netmask field shows 255.255.255.0 (#4812, reported by [[USERNAME:tkoenig]])\n- Version strings such as 10.4.0.1-rc2 are now parsed correctly\n- Bumped cryptography to 42.0.5 and urllib3 to 2.2.1",
    "Release 24.3.1.15 replaces 24.3.0.9 on all nodes; the image digest is sha256:9f2c81e4b07a3d55c6e1f8a2b49d07c3e5a61f48b29c0d7e3a8f15b6c42e9d01 and the Windows agents need build 10.0.19045.3803 or later.",
    "Order 114-8827301-4492031 for [[PERSON:Rhiannon Pryce]]: 1 x Anker PowerCore 20000 (£39.99), 2 x AA batteries 12-pack (£7.49 each). Delivered to locker 'Chime', code 448210, collect within 3 days.",
    "The Alzheimer's research unit has moved next to the Nobel Forum; the Doppler scanner and the Geiger counter were donated by the Wellcome Trust, and tours of the Darwin Building start at 10:00 from the Faraday lecture theatre.",
    "Device ZX-410 (serial 4C1A-77F2-0093, MAC 00:1B:44:11:3A:B7) reported firmware 2.4.10.1 and last checked in from [[IP_ADDRESS:86.148.22.71]]; owner of record: [[PERSON:Hamid Sultani]].",
    "Survey point 14 sits at 46.5197° N, 6.6323° E, elevation 495 m. The reference manual is ISBN 978-0-19-882214-0, and the pressure sensor is part no. BMP388-T4 from lot 2403B, calibrated to ±0.5 hPa.",
    "Tickets for the Frida Kahlo Museum (the Casa Azul) cost MXN 320 on weekdays. Our guide, [[PERSON:Itzel]], meets groups outside [[ADDRESS:Londres 247]], [[LOCATION:Coyoacán]], at 10:30; the tour lasts 90 minutes.",
    "The Victoria line and the Elizabeth line both stop near the Churchill War Rooms; the hotel restaurant by Shakespeare's Globe does a beef Wellington for £34 and Eggs Benedict until 11:30.",
    "Certificate of analysis, lot 25-0418: sodium chloride, CAS 7647-14-5, assay 99.7%, loss on drying 0.1%. Released by [[PERSON:Yusuf Balcı]], QA, for shipment to the [[LOCATION:Rotterdam]] hub.",
    "Full time: Blues 27-24 Chiefs. Player of the match was [[PERSON:Tevita Halaholo]], who scored two tries; the Webb Ellis Cup is on display in the stand until Sunday and tickets for the next home game start at NZ$25.",
    "Pay reference 2025/Q1/0418, amount €4,418.27; sort code 30-92-17; SWIFT BNPAFRPP; SEPA creditor id FR72ZZZ418273; our VAT number is GB 418 2736 19. Payment terms: 30 days net.",
    "Station readings for 06:00: 11.4 °C, 1018.6 hPa, wind 240° at 14 kt, gusts 27 kt, visibility 9999. If the logger (SN 77-0482-A) stops reporting, text [[PERSON:Gethin]] on [[PHONE_NUMBER:07700 482 119]].",
    "Classic brunch menu: Eggs Florentine £9.50, Caesar salad £8, pavlova £6.50, Earl Grey or Darjeeling £3.20. Recipes adapted from [[USERNAME:cookwithkemi]] with permission.",
    "Galaxy S23 FE, IMEI 356938035643809, model SM-S711B/DS, 256 GB, bought 2024-01-14 for £599 at the Oxford Street store; registered to [[PERSON:Marguerite Olsson]], [[EMAIL_ADDRESS:m.olsson@telia.com]].",
    "The 10:42 to [[LOCATION:Penzance]] will depart from platform 4, calling at all stations; coach D is closed. Catering is provided by the Jubilee Café in coach F.",
    "Invoice 2025-0188 from Baker & Stone Ltd (company no. 08827311, VAT GB 294 7710 83) for 14 hours of consultancy at £95/hour. Queries to [[PERSON:Yvette Marchand]], [[EMAIL_ADDRESS:yvette.marchand@bakerstone.co.uk]].",
    "Pub quiz, round 6 results: Quizteama Aguilera 42, Les Quizerables 39, Agatha Quiztie 37. Double points for the picture round, where 'Halley's Comet' and the 'Fibonacci sequence' tripped up most teams. Quizmaster [[PERSON:Bronwen]] settled the tie-break on the year of the Moon landing.",
]

STYLES = {"gen": GEN, "bench": BENCH, "doc": DOC, "chat": CHAT, "struct": STRUCT, "lookalike": LOOKALIKE}


if __name__ == "__main__":
    write_set("blind10", STYLES, OUT)

"""Build tests/data/blind11.jsonl: an eleventh *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind11.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts); only the module docstring of make_blind10.py and its last five
lines, gold_sets.py, and the `parse()` helper of make_handwritten.py (with
its two regexes, MARK and TITLE_IN_NAME) were read, to keep the
conventions and the file format. The import lines of make_blind10.py were
not read; the ones below follow gold_sets.py (which imports
make_handwritten from the same folder). No value seen in passing there is
reused here. The detector was never run on this file. Do not tune the
detector against it: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (check digits worked out
by hand-run throwaway code in /tmp while writing, not generated here;
`gold_sets.check` re-checks them and refuses a bad one). National ids with
a public check digit (CPF, PESEL, NHS number, BSN, SIN, AHV,
NIR, Belgian national number, DNI / NIE, Portuguese NIF, personnummer,
fødselsnummer, rodné číslo, RUT, CUIT, Aadhaar, codice fiscale, NIP, SA ID,
kennitala, Korean resident registration number, Steuer-ID, Austrian
social-insurance number, Australian Medicare number and TFN, New Zealand
NHI) were given a valid one the same way; CURP, RFC, PAN, BVN, NIN, MyKad,
Ghana Card and similar ids without a public check were not checked.

Styles (ids `blind11-<style>-NNN`; 250 records), chosen to look like what an
outside evaluator would feed the tool (public PII-masking benchmarks such as
ai4privacy pii-masking-300k/400k and gretel-pii-masking-en, and
LLM-generated "realistic text containing PII"):
- `gen` (80): one to three LLM-style sentences across customer support,
  banking, insurance claims, medical appointments, HR, legal notices,
  travel bookings, school admin, real estate, government forms, social
  media, e-commerce, telecom, utilities, delivery, gaming, dating, fitness,
  charity, research consent, immigration, journalism and church /
  community notices, in many shapes: questions, commands, passive voice,
  lists in prose, quoted speech, a name as the first or the last word,
  names in brackets, possessives, a name followed by a comma and a role,
  initials, hyphenated and double-barrelled surnames, particles (van der,
  de, bin, al-, Ó, Te); people from every region, plus English names
  that are also words or places (Sage, River, Jade, Cole, Shelby, Devon,
  Georgia, Phoenix, Sterling, Eden, Brandy, Colt, Ginger, Rocky and more).
- `bench` (70): dense form-like narrative in the manner of ai4privacy and
  gretel records: prefix + first + middle + last names, sex / gender, ages,
  birth dates in many formats, job titles, companies, street + building
  number + secondary address, city, county / state, zip, country, phones,
  IMEIs, emails, usernames, passwords, account names, account numbers,
  IBANs, BICs, cards with issuers and CVVs, masked numbers, SSNs,
  passports, driver's licences, tax ids, VINs and plates, IPv4 / IPv6,
  MACs, profile URLs, bitcoin / ethereum / litecoin addresses, GPS
  coordinates, user agents, amounts and currencies. Half in English, the
  rest in French, German, Italian, Spanish, Dutch and Portuguese, with a
  few in Swedish, Danish, Czech and Polish.
- `doc` (30): longer texts (letters, clinical notes, incident reports,
  court orders, tenancy agreements, HR warnings, CVs, minutes, school
  reports, insurance claims, police statements, emails with quoted threads
  and signatures, chat exports, meeting transcripts, obituaries,
  newsletters) with five to twelve PII values each and non-PII look-alikes.
- `chat` (30): informal messages and transcripts (SMS, WhatsApp, Slack,
  Discord, Telegram, Instagram DMs, Reddit, forum posts, support chats with
  turns, call transcripts, voicemails): lowercase names, nicknames, typos,
  emoji, handles, loosely written phones and half addresses; seven in other
  languages (Spanish, French, German, Portuguese, Italian, Dutch, Swahili).
- `struct` (25): semi-structured text: CSV / TSV with a header row (some
  with odd headers), Markdown tables, nested JSON, YAML, XML, SQL INSERTs,
  log lines (nginx, sshd, app logs), email headers, vCards, HL7, query
  strings, form dumps, shipping labels; every PII value inside is labeled.
- `lookalike` (15): mostly non-PII text full of look-alikes (order /
  tracking / invoice numbers, versions shaped like IP addresses, amounts,
  flight numbers, model, serial and part codes, hashes, ISBNs, coordinates,
  products, brands, eponyms, companies named after streets, places named
  after people), with the few real PII values labeled; 5 of the 15 records
  have no PII at all.

Labeling conventions: the same as in make_blind10.py (and make_blind9.py
back to make_blind6.py), copied here from the docstring of make_blind10.py:
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
- Calls made in make_blind10.py: "Madame", "Mlle", the Italian "signor",
  the Polish "Pan", "Pastor", "Cpl.", a lowercase "mevrouw" before a name,
  the Turkish "Sayın" before a name and "Hanım" after it (like "Bey"), and
  "MSTR" on a passenger list are TITLE; "Ate" (Tagalog, older sister) and
  "Auntie" in a speaker label are family words and stay outside. "u/"
  before a Reddit handle and "$" before a Cash App tag stay outside the
  USERNAME, like "@"; chat speaker labels that are handles (Slack, Discord)
  are USERNAME, a bot's ("it-bot", "svc_mailer") is not labeled. A phone
  number used as a PayID, PromptPay, GCash or M-Pesa id is PHONE_NUMBER. A
  police collar or star number is a staff id, and a Justice of the Peace or
  loss adjuster registration is a professional registration (both
  ID_NUMBER); an IMEI and a utility meter number are device numbers and
  stay unlabeled. A name spelled letter by letter in a call is PERSON, an
  email spoken in words ("j dot okoro at gmail dot com") and an airline-PNR
  email written with "//" for "@" are EMAIL_ADDRESS; the surname on an
  intercom ("citofono Bianchi") is PERSON; a nickname in brackets after a
  name is its own PERSON span; an initial with a surname after "Signed:"
  is PERSON. "Dr. Patel's office" names a person (TITLE + PERSON), not a
  brand. Dates in other calendars (Solar Hijri "1369/04/12", Japanese era
  "平成8年6月3日") are DATE_TIME; in a PNR the passenger's own flight dates
  and a child's birth date are DATE_TIME, the passport expiry is not, and
  the three-letter issuing-state and nationality codes of the DOCS line are
  left unlabeled. A threshold ("Age: over 18") is not an AGE. "Cdla."
  before a Guayaquil ciudadela stays outside the LOCATION like "Col.";
  manzana / villa, block / lot and HDB block numbers with their "#08-1127"
  unit, and "Hinterhaus", "bus", "bte", "lgh", "H0302" or "3. th." after a
  street number are part of the ADDRESS; a Kenyan "P.O. Box 48217-00100"
  is ADDRESS then ZIP_CODE. In a SEPA XML the street-name and
  building-number fields are two ADDRESS spans. A "race" field is not NRP;
  a religion given as "Islam" is NRP. Parties in a cited case ("Donoghue v
  Stevenson") are PERSON, as in "X v. Y". A product's purchase date stays
  unlabeled, like a sale date.
- Calls made while writing this set, in the same spirit: the Thai "Khun",
  the Nigerian chieftaincy "Chief", the Spanish "D." (Don), the Austrian
  academic "Mag." (so "Frau Mag." is two TITLE spans), "Mevr.", the Czech
  "paní", a lowercase "mrs" in a chat, and "Miss" are TITLE ("Miss", "Fr.",
  "Rev." and the others outside TITLE_IN_NAME are marked apart from the
  name); in "Mr. and Mrs. Haddad" both titles are TITLE and only the
  surname is PERSON. A maiden name after "née" is PERSON, and an obituary
  heading "SURNAME, Given Names" is labeled part by part, as in
  semi-structured text. Book titles and the fictional people in them
  ("Mrs Dalloway", "Adrian Mole") are neither PERSON nor TITLE. A Korean
  resident registration number, an Icelandic kennitala, a Malaysian MyKad, a
  Sri Lankan NIC, a Nigerian BVN and NIN, a Bahraini CPR, a New Zealand NHI,
  an Austrian social-insurance number, an Argentine CUIT and CBU, a Russian
  20-digit account number, an Australian Medicare number, TFN and
  superannuation member number, a GMC number and a Social Work England
  registration are ID_NUMBER; a UK right-to-rent share code is a temporary
  access code and stays unlabeled. A frequent-flyer number keeps its
  airline prefix inside the span ("KQ 40018273"). In an HL7 PV1 segment the
  doctor's number before the name is a staff id (ID_NUMBER). A city given
  in brackets after an IP address as its geolocation is LOCATION; a
  URL-encoded phone number in a query string is PHONE_NUMBER, like a
  URL-encoded email. A street named without a house number ("Elm St & 5th
  Ave", "the clinic on Sturt St", "Victoria Street") is not an ADDRESS, and
  a company's helpline or collections number is not labeled. The age inside
  "her 100th birthday" or "nan's 80th" is AGE, like "24F". A day-month date
  alone ("hemiarthroplasty done on 04-04") is DATE_TIME when it is a
  person's event; so are a tax-return filing date, an account-freeze date, a
  voter-registration date, a baptism and a funeral; a purchase date was
  rewritten out rather than labeled. A shared household mailbox
  ("devon.shelby.home@...") is EMAIL_ADDRESS. Nationalities spelled out in a
  manifest column ("Bangladeshi") are NRP. Documentation-range IPv6
  addresses (2001:db8::) and a crawler's IP are labeled like any other IP.
"""
from __future__ import annotations

from pathlib import Path

from gold_sets import write_set

OUT = Path(__file__).with_name("blind11.jsonl")


GEN = [
    "Hi, this is [[PERSON:Sage Whitfield]] calling about order 55-10392; you can reach me on [[PHONE_NUMBER:(503) 284-7719]] after five or at [[EMAIL_ADDRESS:sage.whitfield@protonmail.com]].",
    "Could you update the mailing address on policy HX-448201 to [[ADDRESS:17 Kilima Road]], [[LOCATION:Kisumu]], for the policyholder [[PERSON:Achieng Otieno-Waweru]]?",
    "[[PERSON:Nguyễn Thị Lan]], [[AGE:34]], was admitted to the cardiology ward on [[DATE_TIME:12 March 2024]] and discharged two days later.",
    "Please pay the deposit into account [[ID_NUMBER:0048271936]] (name on account: [[PERSON:Babatunde Adeyemi-Bakare]]) at the [[LOCATION:Ibadan]] branch of First Bank.",
    "The claimant ([[PERSON:River Castellanos]], DOB [[DATE_TIME:03/09/1991]]) states that the collision happened outside [[ADDRESS:4200 Sterling Avenue]] in [[LOCATION:Tulsa]].",
    "Was it [[PERSON:Jade]] or [[PERSON:Eden]] who booked the 7:30 table under [[PHONE_NUMBER:07700 914362]]?",
    "\"I never signed that lease,\" said [[PERSON:Mehmet Yılmaz]], who has lived at [[ADDRESS:Bağdat Caddesi No: 214 D: 7]] in [[LOCATION:Kadıköy]] since [[DATE_TIME:June 2015]].",
    "Send the replacement SIM to [[PERSON:Priya Raghunathan]], [[ADDRESS:Flat 3B, Lakshmi Residency, 22 Nungambakkam High Road]], [[LOCATION:Chennai]] [[ZIP_CODE:600034]]; her Aadhaar is [[ID_NUMBER:4839 1726 5031]].",
    "Prayers are asked for [[PERSON:Tavita Faleolo]] of [[LOCATION:Apia]], who turns [[AGE:80]] on [[DATE_TIME:14 September]]; cards may be left at the church hall.",
    "My gamertag is [[USERNAME:xXColtRangerXx]], add me if you're on EU servers. [[PERSON:Colt]]",
    "hey I'm [[PERSON:Ginger]], [[AGE:29]], a night-shift nurse from [[LOCATION:Cork]] 🌙 find me on insta @[[USERNAME:ginger.on.wheels]]",
    "Employee [[PERSON:Oyelaran]], [[PERSON:Folasade]] (staff no. [[ID_NUMBER:E-204817]]) will start in the [[LOCATION:Lagos]] office on [[DATE_TIME:1 August 2024]].",
    "NOTICE is hereby given that [[PERSON:Abdullah bin Hamid al-Rashidi]], late of [[ADDRESS:PO Box 3318]], [[ZIP_CODE:112]] [[LOCATION:Ruwi]], [[LOCATION:Oman]], died on [[DATE_TIME:2 February 2024]], and that claims against his estate must reach the executor within sixty days.",
    "Booking QX7PLM: [[TITLE:MR]] [[PERSON:Rocky Tuilagi]] and [[TITLE:MRS]] [[PERSON:Seini Tuilagi]], departing [[LOCATION:Nadi]] on [[DATE_TIME:18 Nov]], contact number [[PHONE_NUMBER:+679 923 4471]].",
    "Dear parent or carer of [[PERSON:Phoenix Adebayo]] (Year 4, UPN [[ID_NUMBER:H820374615003]]), your parents' evening slot is [[DATE_TIME:7 May]] at 4.10pm.",
    "Viewing confirmed for Saturday [[DATE_TIME:22 June]] at [[ADDRESS:9 Quarry Lane]], [[LOCATION:Shelby]], [[LOCATION:NC]] [[ZIP_CODE:28150]]; the listing agent, [[PERSON:Devon Marsh]], will meet you at the gate.",
    "Surname: [[PERSON:Kowalczyk]]; given names: [[PERSON:Agnieszka Maria]]; PESEL: [[ID_NUMBER:92071417849]]; born [[DATE_TIME:14.07.1992]] in [[LOCATION:Łódź]].",
    "Huge shoutout to [[PERSON:Brandy Kealoha]] for finding our lost dog near [[LOCATION:Kailua]] yesterday!! her venmo is @[[USERNAME:brandy-kealoha-808]] if anyone wants to chip in 💛",
    "Why was my parcel for [[PERSON:Ximena Quispe Mamani]] delivered to [[ADDRESS:Av. El Sol 345]], [[LOCATION:Cusco]], instead of [[ADDRESS:Calle Tullumayo 812]]?",
    "The number [[PHONE_NUMBER:+63 917 482 3106]] is registered to [[PERSON:Maria Lourdes Dizon]], born [[DATE_TIME:30 January 1988]], under postpaid account [[ID_NUMBER:8820-4471-093]].",
]

GEN += [
    "A final meter reading was taken at [[ADDRESS:58 Ravenscroft Close]], [[LOCATION:Leeds]] [[ZIP_CODE:LS17 8QH]] on [[DATE_TIME:4 April]], the day [[PERSON:Mr Ahmed Chaudhry]] moved out.",
    "If nobody answers, leave it with no. 14 — [[PERSON:Shelby]] at [[ADDRESS:12 Hawthorn Way]] is expecting it, tel [[PHONE_NUMBER:0161 496 0732]].",
    "Congratulations to [[PERSON:Eero Mäkinen]] ([[USERNAME:eero_runs_hki]]) who logged 312 km in March and tops the club leaderboard!",
    "Gift Aid declaration: I, [[PERSON:Georgia Pennington-Hale]], of [[ADDRESS:Orchard Cottage, Mill Lane]], [[LOCATION:Little Baddow]], [[ZIP_CODE:CM3 4BT]], want all my donations to be treated as Gift Aid.",
    "Consent for study ASTER-2 was taken on [[DATE_TIME:19/02/2024]] from participant [[PERSON:K.M.O.]] in the presence of [[PERSON:Dr. Ifeoma Nwachukwu]], who countersigned.",
    "The applicant, [[PERSON:Dilnoza Rakhimova]], an [[NRP:Uzbek]] national born on [[DATE_TIME:11.05.1996]] in [[LOCATION:Samarkand]], holds passport [[ID_NUMBER:FA4718263]] and wishes to join her husband in [[LOCATION:Leicester]].",
    "[[PERSON:Sterling Okafor]], the council's former treasurer, told reporters he had raised the issue \"three or four times\" before resigning.",
    "Is [[EMAIL_ADDRESS:tariq.almansouri@outlook.sa]] still the best address for you, [[PERSON:Mr Al-Mansouri]], or should we use your work one?",
    "Reset the password for [[USERNAME:jmacleod_84]] and text the code to the mobile ending 4471, not to [[PHONE_NUMBER:+44 7911 083 552]].",
    "Our sympathy goes to the family of [[PERSON:Wiremu Te Rangi]], aged [[AGE:67]], of [[LOCATION:Rotorua]], who passed away on [[DATE_TIME:5 July 2024]].",
    "Patient [[PERSON:Chukwuemeka J. Obi]] (NHS no. [[ID_NUMBER:485 172 9367]]) has been booked for an MRI on [[DATE_TIME:14/08/2024]] at 09:40.",
    "Can someone tell [[PERSON:Rohan]]'s mum that his PE kit is in lost property?",
    "Delivery for [[PERSON:Ana Paula de Souza Lima]]: [[ADDRESS:Rua Padre Chagas 219, apto 802]], [[LOCATION:Porto Alegre]] - [[LOCATION:RS]], CEP [[ZIP_CODE:90570-080]].",
    "Tenants [[PERSON:Cole]] and [[PERSON:Marisol Brennan]] of [[ADDRESS:Unit 6, 41 Harbour Street]], [[LOCATION:Wollongong]] [[LOCATION:NSW]] [[ZIP_CODE:2500]] are three weeks behind on rent.",
    "Please find attached the fee invoice for [[PERSON:Tanvir Hossain]] (student ID [[ID_NUMBER:2021-CSE-0417]]); payment is due before the start of term.",
    "The winner of the Christmas raffle is ticket 0417, held by [[PERSON:Mrs. Olamide Fashola]] of [[LOCATION:Peckham]].",
    "I'm trying to cancel my gym membership (member no. [[ID_NUMBER:FT-0092284]]) but the app keeps logging me in as [[USERNAME:rivergirl_22]]; my name is [[PERSON:River Nakamura]].",
    "Officers want to speak to [[PERSON:Jordan Ellis-McBride]], [[AGE:19]], of [[ADDRESS:7 Cragside Terrace]], who was last seen near the Grainger Market in [[LOCATION:Newcastle]] on [[DATE_TIME:27 October]].",
    "The donation of £250 from [[PERSON:Eden Fairweather]] ([[EMAIL_ADDRESS:eden.fairweather@btinternet.com]]) was received on [[DATE_TIME:11 November]], thank you!",
    "Whose car is parked across the drive at [[ADDRESS:23 Lindisfarne Gardens]]? The plate is [[ID_NUMBER:KX19 BHT]].",
]

GEN += [
    "[[PERSON:Ms Thandeka Mthembu]] (ID [[ID_NUMBER:8203140412083]]) has applied for a bond on the townhouse at [[ADDRESS:14 Jacaranda Street]], [[LOCATION:Lynnwood]], [[LOCATION:Pretoria]].",
    "Table for four under [[PERSON:Kim Min-jun]] at 8pm; he asked us to call [[PHONE_NUMBER:010-4827-3916]] if we're running late.",
    "The visa interview for [[PERSON:Haruka Sato]] (passport [[ID_NUMBER:TR8402917]]) has been moved to [[DATE_TIME:2024-09-12]] at the consulate in [[LOCATION:Osaka]].",
    "Before refunding him, please check with [[TITLE:Khun]] [[PERSON:Somchai Wongsakul]] that his PromptPay number is still [[PHONE_NUMBER:081 736 4402]].",
    "The rider, [[PERSON:Agus Setiawan]], collected the order from [[ADDRESS:Jl. Kemang Raya No. 18]], [[LOCATION:Jakarta Selatan]] at 12:05, and the customer, [[PERSON:Dewi]], gave him five stars.",
    "[[PERSON:Tendai Chikwanha]]'s savings account [[ID_NUMBER:4120019834]] at the [[LOCATION:Harare]] main branch was frozen on [[DATE_TIME:16 January]] pending a fraud review.",
    "[[PERSON:Marcia Campbell-Reid]], a [[NRP:Jamaican]] citizen living at [[ADDRESS:12 Caledonia Avenue]], [[LOCATION:Mandeville]], has been granted a two-year work permit.",
    "[[PERSON:Ahiga Begay]] of [[LOCATION:Chinle]], [[LOCATION:Arizona]], was sworn in as chapter president on [[DATE_TIME:March 9]].",
    "The keys were handed back by [[PERSON:Jan-Willem van der Berg]] on [[DATE_TIME:30 May]]; the deposit will be refunded to [[IBAN_CODE:NL41 RABO 0318 2746 50]].",
    "Does [[PERSON:Aigerim Seitkali]] still live at [[ADDRESS:52 Abay Avenue, apt 14]], [[LOCATION:Almaty]] [[ZIP_CODE:050010]], or has she moved to [[LOCATION:Astana]]?",
    "Claim 2024-77812 (storm damage to a garage roof) has been assigned to the loss adjuster on duty, [[PERSON:Rashida Mwangi]].",
    "I was charged twice on my card [[CREDIT_CARD:4532 0187 4629 1039]] for the same order, can you refund one of them please? [[PERSON:Phoenix Lee]]",
    "On the W-4 I put my SSN as [[US_SSN:412-58-7306]]; do you also need a copy of my driver's license? Thanks, [[PERSON:Rocky Delgado]]",
    "The driver, [[PERSON:Shelby Ann Kowalski]], produced Illinois licence [[US_DRIVER_LICENSE:K254-7718-3309]] and was cited for failing to yield.",
    "A sign-in for [[USERNAME:m.okonkwo]] from [[IP_ADDRESS:185.220.101.47]] was blocked at 03:12 because it came through a Tor exit node.",
    "More of my work is at [[URL:https://www.behance.net/ayeshakhan_draws]] — [[PERSON:Ayesha Khan]], illustrator, [[LOCATION:Lahore]]",
    "Please note that [[TITLE:Fr.]] [[PERSON:Declan Ó Súilleabháin]] will celebrate the 10am Mass on [[DATE_TIME:15 August]] in place of [[TITLE:Fr.]] [[PERSON:Tomasz Wiśniewski]], who is on retreat.",
    "According to the minutes, it was [[PERSON:Siosaia Taufa]] (treasurer) and [[PERSON:Lose Vainikolo]] (secretary) who signed the cheque on [[DATE_TIME:2 October]].",
    "We matched! I'm [[PERSON:Jade]] 🙂 [[AGE:31]], from [[LOCATION:Bristol]], vegan and very into bouldering; my number's [[PHONE_NUMBER:07834 551 209]] if you'd rather text.",
    "Your parcel was signed for by \"[[PERSON:R. ABUBAKAR]]\" at [[ADDRESS:Plot 17, Kololo Hill Drive]], [[LOCATION:Kampala]] on [[DATE_TIME:20/06/2024]].",
]

GEN += [
    "[[PERSON:Olena Hrytsenko-Bondar]], [[AGE:42]], a [[NRP:Ukrainian]] citizen, registered at the [[LOCATION:Kraków]] reception point on [[DATE_TIME:8 March 2022]] together with her son [[PERSON:Maksym]], [[AGE:9]].",
    "The scholarship goes to [[PERSON:Guðrún Sigurðardóttir]] (kennitala [[ID_NUMBER:140387-2909]]), who will start her exchange year in [[LOCATION:Tartu]] on [[DATE_TIME:1 September]].",
    "[[PERSON:Mr. Kwame Asante-Boateng]]'s Ghana Card number, [[ID_NUMBER:GHA-718402935-6]], does not match the name on the mobile money wallet.",
    "[[PERSON:Mamadou Lamine Diallo]] ([[PHONE_NUMBER:+221 77 418 26 93]]) wants the money sent by Wave to his brother in [[LOCATION:Thiès]] before Tabaski.",
    "Who signed for the prescription: [[PERSON:Selamawit Tesfaye Gebremedhin]] or her husband [[PERSON:Yonas]]?",
    "[[PERSON:Dariush Rahimzadeh]] was born on [[DATE_TIME:1365/07/22]] in [[LOCATION:Shiraz]] and came to [[LOCATION:Toronto]] as a student.",
    "Kindly courier the signed contract to [[PERSON:Rania Haddad]], [[ADDRESS:Building 44, Rue Pasteur]], [[LOCATION:Gemmayzeh]], [[LOCATION:Beirut]], no later than Thursday.",
    "[[PERSON:Azamat Toktogulov]], [[AGE:27]], from [[LOCATION:Osh]], is the new night manager, so please give him access to the back office.",
    "Datos del asegurado: [[PERSON:Guadalupe Hernández Ruiz]], CURP [[ID_NUMBER:HERG850612MJCRZD07]], domicilio en [[LOCATION:Zapopan]], [[LOCATION:Jalisco]].",
    "The refund for the cancelled flight goes back to the card [[CREDIT_CARD:5351 2840 7716 2901]] in the name of [[PERSON:Juan Camilo Restrepo]], cédula [[ID_NUMBER:1.020.734.518]].",
    "Three people were on the lease: [[PERSON:Lucía Benítez]] (DNI [[ID_NUMBER:34.918.276]]), her partner [[PERSON:Nahuel]] and a flatmate known only as \"[[PERSON:Pipo]]\".",
    "My RUT is [[ID_NUMBER:17.384.926-5]] and the boleta should go to [[EMAIL_ADDRESS:catalina.munoz.r@gmail.com]], not to my old hotmail.",
    "[[PERSON:Dilrukshi Wijesinghe]], NIC [[ID_NUMBER:199256703918]], [[ADDRESS:No. 41/3, Temple Road]], [[LOCATION:Nugegoda]], is the nominee on the policy.",
    "Her MyKad is [[ID_NUMBER:880412-10-5528]] and she's reachable on [[PHONE_NUMBER:+60 12-739 4410]]; ask for [[PERSON:Nurul Izzati]].",
    "[[PERSON:Devon]] moved from [[LOCATION:Devon]] to [[LOCATION:Georgia]] in the spring; his new address is [[ADDRESS:310 Peachtree Hills Ave NE, Apt 2207]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30305]].",
    "Fødselsnummer [[ID_NUMBER:09117826497]] belongs to [[PERSON:Ingrid Solberg]], who was registered at the [[LOCATION:Tromsø]] clinic on [[DATE_TIME:3 January]].",
    "Payroll still shows the SIN for [[PERSON:Cole Beaulieu-Thibodeau]] as [[ID_NUMBER:529 183 741]]; can you confirm it against his T4?",
    "gg to [[USERNAME:Sorrowful_Pineapple]] and [[USERNAME:k4tana_mei]] for carrying the raid last night, see you both Friday",
    "The return label was generated for [[PERSON:Ma Wenjing]], [[ADDRESS:Room 1203, Building 7, 88 Zhongshan Road]], [[LOCATION:Nanjing]] [[ZIP_CODE:210005]], phone [[PHONE_NUMBER:138 1427 6093]].",
    "Witnesses named in the report were a cyclist ([[PERSON:Aroha Parata]]), the bus driver ([[PERSON:Hemi Walker]]) and a shop owner who asked not to be named.",
]

BENCH = [
    "[[PERSON:Mr. Leonard Ashby Okwuosa]], male, [[AGE:46]], Senior Actuarial Analyst at Harrowgate Mutual, lives at [[ADDRESS:2718 Birchmont Drive, Apt 3C]], [[LOCATION:Bismarck]], [[LOCATION:Burleigh County]], [[LOCATION:ND]] [[ZIP_CODE:58503]], [[LOCATION:USA]]. Born [[DATE_TIME:02/19/1978]]; SSN [[US_SSN:529-71-0384]]; phone [[PHONE_NUMBER:(701) 358-2290]]; email [[EMAIL_ADDRESS:leonard.okwuosa@harrowgatemutual.com]]; portal username [[USERNAME:lokwuosa78]], password Kj#82!birch.",
    "Transaction alert for [[PERSON:Marisol Inés Vázquez-Paredes]]: a transfer of €12,450.00 from the Everyday Checking Account no. [[ID_NUMBER:773004129856]] to [[IBAN_CODE:ES16 2085 9472 1803 3018 6254]] (BIC CAZRES2Z) was requested from IP [[IP_ADDRESS:83.44.217.9]] with the browser Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36. If this was not you, reply STOP.",
    "Hey [[PERSON:Sterling]], your 0.482 BTC refund went out to [[ID_NUMBER:bc1qxy7d2kz9m0fplw3ahs4jetn5c6vgr8u7qz2kd4]] and the old payout address [[ID_NUMBER:1F7xQmRk3pW9vYd2LhTnB8sGcJ5aZuE4Nq]] has been removed from your profile. The change was made from [[IP_ADDRESS:2a02:8108:1fc0:4e2d:9c41:7bff:fe3a:12d0]] (device MAC 3c:22:fb:7a:91:0e).",
    "Patient [[PERSON:Mrs. Harriet Olufunke Bamgbose]], female, DOB [[DATE_TIME:14-Mar-1961]] ([[AGE:63]] y/o), MRN [[ID_NUMBER:00583127]], was seen by [[PERSON:Dr. Viktor Lindqvist]] on [[DATE_TIME:June 3rd, 2024]] for a diabetes follow-up. Insurance member ID [[ID_NUMBER:XGH918273604]]. Address: [[ADDRESS:77 Sycamore Row]], [[LOCATION:Dayton]], [[LOCATION:OH]] [[ZIP_CODE:45419]]. Tel. [[PHONE_NUMBER:937-412-6688]].",
    "Vehicle record for [[PERSON:Colt Everett Marchbanks]]: 2019 Ford F-150, VIN 1FTEW1E43KFA72810, Texas plate [[ID_NUMBER:NKT-4821]], Texas driver's license [[US_DRIVER_LICENSE:38291745]], garaged at [[ADDRESS:1102 Pecan Hollow Ln]], [[LOCATION:Amarillo]], [[LOCATION:TX]] [[ZIP_CODE:79118]]. Premium billed to Visa [[CREDIT_CARD:4917 4820 6315 5729]], exp 09/27, CVV 384.",
    "New starter: [[PERSON:Ms. Ayodele Precious Nwankwo-Hart]] (she/her), Data Protection Officer, joins the [[LOCATION:Manchester]] office on [[DATE_TIME:15 July 2024]]. Home: [[ADDRESS:Flat 12, Beaumont Court, 3 Wilmslow Road]], [[LOCATION:Rusholme]], [[LOCATION:Manchester]] [[ZIP_CODE:M14 5TQ]], [[LOCATION:United Kingdom]]. NI number [[ID_NUMBER:PR 48 27 19 C]]. Salary to [[IBAN_CODE:GB32 BARC 2047 6583 0192 74]]. Emergency contact: [[PERSON:Chidi Nwankwo]], [[PHONE_NUMBER:+44 7700 318 442]].",
    "Dear [[PERSON:Jade Amara Whitlock]], we noticed a sign-in to your account [[USERNAME:jadewhitlock_art]] from a new device (IMEI 356938035643809) at [[IP_ADDRESS:172.58.211.40]], near 40.7306, -73.9352. If this was you, no action is needed. Your card ending 2291 has not been charged.",
    "Withdrawal request #88120: [[PERSON:Rafael Osei-Mensah]] ([[EMAIL_ADDRESS:rafa.om@pm.me]]) asked to send 2.75 ETH to [[ID_NUMBER:0x7a3F09c2B81d4E6f5A9b0C3d2E1f4A8b7C6d5E9a]] and 140 LTC to [[ID_NUMBER:LcH7wQ2rT9mXpZ3vB6nK4sD8fJ5yG1aUe2]]. KYC on file: UK passport [[ID_NUMBER:553920187]], DOB [[DATE_TIME:1990/11/08]], address [[ADDRESS:40 Kingsland Road]], [[LOCATION:London]] [[ZIP_CODE:E2 8DA]].",
    "Claimant: [[PERSON:Shelby Rae Thornton]] | Gender: Female | Age: [[AGE:38]] | Occupation: Veterinary Technician | Policy: AUTO-5532-9917 | Date of loss: [[DATE_TIME:April 2, 2024]] | Place: Elm St & 5th Ave, [[LOCATION:Boise]], [[LOCATION:Idaho]] | Other driver: [[PERSON:Mr. Hector Q. Villalobos]], plate [[ID_NUMBER:2B 71K93]], Idaho licence [[US_DRIVER_LICENSE:VH482917C]] | Settlement to Mastercard [[CREDIT_CARD:5220 1938 4756 1020]].",
    "Student record: [[PERSON:Phoenix Oyelowo-Grant]], student ID [[ID_NUMBER:S20418836]], date of birth [[DATE_TIME:8th October 2007]], age [[AGE:16]]; guardian [[PERSON:Mrs. Adaeze Oyelowo]] ([[PHONE_NUMBER:020 7946 1183]], [[EMAIL_ADDRESS:adaeze.oyelowo@yahoo.co.uk]]); home address [[ADDRESS:5 Shrubland Road]], [[LOCATION:Hackney]], [[LOCATION:London]] [[ZIP_CODE:E8 4NH]]; portal login [[USERNAME:poyelowo-grant]].",
    "For her Grade 11 design portfolio, [[PERSON:Ezinne Okafor]] uploaded her work to [[URL:https://ezinne-okafor.carbonmade.com]] and gave [[EMAIL_ADDRESS:ezinne.okafor2007@icloud.com]] as her contact; the 48.00 GBP exam fee was charged to American Express [[CREDIT_CARD:3782 914635 02186]], CVV 9021.",
    "Taxpayer [[PERSON:Ravi Shankar Venkataraman]], PAN [[ID_NUMBER:AKPPV4821L]], Aadhaar [[ID_NUMBER:7201 8463 9154]], residing at [[ADDRESS:No. 14, 2nd Cross, 5th Main]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]], [[LOCATION:Karnataka]], filed his return on [[DATE_TIME:29/07/2024]]; the refund of ₹18,340 was credited to SBI account [[ID_NUMBER:30129748561]] (IFSC SBIN0004512).",
    "Port-out request: number [[PHONE_NUMBER:+1 (415) 802-3357]], account holder [[PERSON:Eden Marisa Kapoor]], account no. [[ID_NUMBER:881204937]], account PIN 4821, billing address [[ADDRESS:1450 Valencia St, Unit 5]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94110]]. Handset IMEI 013482005719234, Wi-Fi MAC a4:83:e7:2c:19:5f.",
    "Passenger [[PERSON:Dr. Anjali Meera Subramaniam]], female, born [[DATE_TIME:1984-12-22]], US passport [[US_PASSPORT:583920174]], Known Traveler Number [[ID_NUMBER:TT48201937]], MileagePlus [[ID_NUMBER:HK392018]], flies [[LOCATION:Newark]] to [[LOCATION:Singapore]] on [[DATE_TIME:14 Sep 2024]]; emergency contact [[PERSON:Arjun Subramaniam]], [[PHONE_NUMBER:+1 973 448 2016]].",
    "Order 1129-4478-20 shipped to [[PERSON:Brandy L. Okonkwo]], [[ADDRESS:908 Magnolia Terrace, Apt 14B]], [[LOCATION:Macon]], [[LOCATION:Bibb County]], [[LOCATION:GA]] [[ZIP_CODE:31204]]. Paid with Discover [[CREDIT_CARD:6011 4928 3716 5409]]; a second card, **** **** **** 7720, was declined. Account [[USERNAME:brandyokk]], last login from [[IP_ADDRESS:98.214.63.150]].",
    "Loan Agreement LA-2024-08817 is made between Northgate Credit Union and [[PERSON:Mr. Rocky Anthony Fontaine]] (the \"Borrower\"), SSN [[US_SSN:227-40-9183]], of [[ADDRESS:64 Chestnut Street]], [[LOCATION:Burlington]], [[LOCATION:VT]] [[ZIP_CODE:05401]]. Principal $38,500.00 at 6.75% APR, disbursed to account no. [[ID_NUMBER:0041937826]], routing 211672476.",
    "[[PERSON:Georgia Mae Sutherland]] · [[AGE:24]] · she/they · barista & photographer at Blue Kettle Coffee · [[LOCATION:Asheville]], [[LOCATION:North Carolina]] · [[URL:https://instagram.com/georgiamae.shoots]] · [[URL:https://www.linkedin.com/in/georgia-sutherland-4b1a22]] · bookings: [[EMAIL_ADDRESS:georgiamae.shoots@gmail.com]]",
    "Discharge summary: [[PERSON:Tomasz Piotr Zieliński]], [[AGE:74]]M, admitted [[DATE_TIME:2024-05-02]] with community-acquired pneumonia, discharged [[DATE_TIME:2024-05-09]]. MRN [[ID_NUMBER:40018273]]; Medicare beneficiary ID [[ID_NUMBER:5KT2-MV8-RE41]]; lives with his daughter [[PERSON:Ewa]] at [[ADDRESS:3317 N Oketo Ave]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60634]].",
]

BENCH += [
    "Policyholder: [[PERSON:Mrs. Imogen Clare Ashworth-Pryce]]; DOB: [[DATE_TIME:23.01.1969]]; Address: [[ADDRESS:The Old Rectory, Church Street]], [[LOCATION:Much Wenlock]], [[LOCATION:Shropshire]] [[ZIP_CODE:TF13 6AP]]; Tel: [[PHONE_NUMBER:01952 727410]]; Email: [[EMAIL_ADDRESS:imogen.ashworthpryce@gmail.com]]; Direct Debit from [[IBAN_CODE:GB39 LOYD 3096 2417 3850 62]]; Vehicle: Volvo XC60, reg. [[ID_NUMBER:YD21 KXR]], VIN YV1UZL1V4M1712384.",
    "[[PERSON:Prof. Kaito Yamamoto-Reyes]] will present the quantum error-correction module on [[DATE_TIME:11/15/2024]]; attendees can reach him at [[EMAIL_ADDRESS:kaito.yr@lakeshore-univ.edu]] or [[PHONE_NUMBER:+1-312-660-4819]], and his slides are on [[URL:https://kaitoyamamoto-reyes.github.io]].",
    "Customer [[PERSON:Abimbola Kehinde Fashanu]] (customer ID [[ID_NUMBER:CUS-0081927]]) disputes a $1,249.99 charge on Visa [[CREDIT_CARD:4008 3726 1904 5583]] made on 03/28 at an electronics store in [[LOCATION:Houston]]. Mailing address: [[ADDRESS:5521 Westheimer Rd, Apt 1208]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77056]]; phone [[PHONE_NUMBER:(713) 864-2907]].",
    "Tournament payout: player [[USERNAME:NightOwl_Rex]] (legal name [[PERSON:Rex Adewale Mumuni]], [[AGE:22]], [[LOCATION:Accra]], [[LOCATION:Ghana]]) receives 1,500 USDT at [[ID_NUMBER:0xd41c8e2b97f0a35c6e18b4d2f7a90c3e5b81d6f2]], with [[ID_NUMBER:3Pq8WkX2mRt5vYhN7cLdZ4jBsGa9eFuK6T]] as the backup BTC address; Discord [[USERNAME:nightowlrex]].",
    "Tenancy application from [[PERSON:Mx. River Okonedo-Sharpe]], [[AGE:30]], software tester at Bramble Systems, currently at [[ADDRESS:22B Elderfield Road]], [[LOCATION:Clapton]], [[LOCATION:London]] [[ZIP_CODE:E5 0LE]]. Previous landlord: [[PERSON:Mr. Gideon Farquharson]], [[PHONE_NUMBER:07956 228104]]. Passport [[ID_NUMBER:129483702]] ([[NRP:British]]); right-to-rent share code W7K 3PR 9XD.",
    "Applicant [[PERSON:Cole Anderson Tsosie]], SIN [[ID_NUMBER:716 204 854]], Ontario driver's licence [[ID_NUMBER:T4821-30497-60815]], DOB [[DATE_TIME:15/08/1996]], [[ADDRESS:88 Queens Quay W, Unit 2104]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5J 0B8]], cell [[PHONE_NUMBER:416-939-2281]], gross income CAD 74,000.",
    "Enrolment form: [[PERSON:Jasmine Thi Nguyen-Pham]], F, [[AGE:27]], Medicare [[ID_NUMBER:2953 41822 1]] (IRN 2), TFN [[ID_NUMBER:482 917 359]], [[ADDRESS:4/27 Ballarat Road]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]], mobile [[PHONE_NUMBER:0412 683 905]], super fund member no. [[ID_NUMBER:700418263]].",
    "Hi [[PERSON:Destiny]], the Principal Web Architect role at Lockwood & Finch is yours from [[DATE_TIME:2 September]]! We already have your TFN declaration, so just email your bank details (account name, BSB and account number) from [[EMAIL_ADDRESS:destiny.obi.works@gmail.com]] and confirm your start date with [[PERSON:Callum]] on [[PHONE_NUMBER:+61 2 9174 3380]].",
    "User [[PERSON:Halvard Brekke]] ([[USERNAME:hbrekke]]) reports that since the router swap his laptop shows [[IP_ADDRESS:fe80::1c4f:9aff:fe21:7d03]] on the LAN and [[IP_ADDRESS:2a01:79c:cebd:1a40:5d2e:88ff:fe10:4b7c]] outside, with the gateway at [[IP_ADDRESS:192.168.1.1]]; adapter MAC 1c:4f:9a:21:7d:03.",
    "Account name: Personal Savings; account holder: [[PERSON:Jesús Alberto Ortega Ramírez]]; account number [[ID_NUMBER:2240918375]]; card: Visa Signature [[CREDIT_CARD:4147 2058 3916 0273]], exp 11/26, CVV 517; SSN on file ***-**-4410; home: [[ADDRESS:742 Calle Loíza, Apt 3]], [[LOCATION:San Juan]], [[LOCATION:PR]] [[ZIP_CODE:00911]].",
    "This letter confirms that [[PERSON:Ms. Sagal Abdirahman Farah]] (employee no. [[ID_NUMBER:48821]]) has been employed as a Registered Nurse at Lakeview Regional Medical Center since [[DATE_TIME:March 4, 2019]], at a current base salary of $82,300. Please direct questions to hr@lakeviewregional.org.",
    "Member profile. Name: [[PERSON:Sione Havili Fifita]]; gender: male; age: [[AGE:33]]; job: Rugby Development Officer, Pacific Pathways Trust; address: [[ADDRESS:15 Tamaki Drive]], [[LOCATION:Mission Bay]], [[LOCATION:Auckland]] [[ZIP_CODE:1071]], [[LOCATION:New Zealand]]; phone: [[PHONE_NUMBER:+64 21 448 9063]]; driver licence [[ID_NUMBER:DK482917]], version 312.",
    "Urgent: verify [[PERSON:Mr. Ibrahim Sani Danjuma]]'s BVN [[ID_NUMBER:22184930571]] and NIN [[ID_NUMBER:81930472615]] before the ₦2,400,000 loan is paid into GTBank account [[ID_NUMBER:0219384756]]. Address on file: [[ADDRESS:12 Ahmadu Bello Way]], [[LOCATION:Kaduna]], [[LOCATION:Kaduna State]].",
    "Clinic intake: [[PERSON:Park Seo-yeon]], female, [[AGE:52]], resident registration no. [[ID_NUMBER:720314-2184725]], referred by [[PERSON:Dr. Lim Jae-won]] on [[DATE_TIME:2024.06.11]]; contact [[PHONE_NUMBER:010-2291-7734]], [[EMAIL_ADDRESS:seoyeon.park72@naver.com]]; address [[ADDRESS:Apt 1504, 27 Teheran-ro 87-gil]], [[LOCATION:Gangnam-gu]], [[LOCATION:Seoul]] [[ZIP_CODE:06164]].",
    "[[PERSON:Lachlan]], please send the remaining 0.7 ETH to [[ID_NUMBER:0x3e9B2a71Cc04dF58e6A1b9372C0fE4d8a5B16c3D]] and the litecoin to [[ID_NUMBER:ltc1qh7s2x9rk4wm0fj3ypz5dg8vtn6ca7eul2q9d0]] by Friday; my BTC is at [[ID_NUMBER:bc1qm4t7ck2gq9zs0yjw3f8r5xvp6dhn2la7ue4kr9]] if that's easier. Cheers, [[PERSON:Tamsin]]",
    "Referral: [[TITLE:Miss]] [[PERSON:Rosie-Mae Templeton]], [[AGE:8]], NHS no. [[ID_NUMBER:612 834 0970]], of [[ADDRESS:31 Ferncliffe Drive]], [[LOCATION:Keighley]], [[LOCATION:West Yorkshire]] [[ZIP_CODE:BD20 6HN]]; mother [[PERSON:Kerry Templeton]] ([[PHONE_NUMBER:07484 902 117]]); GP [[PERSON:Dr. Samir Haddadi]], Oakworth Surgery.",
    "Voter record: [[PERSON:Ginger Lee Hutchins]], DOB [[DATE_TIME:7/4/1955]], party [[NRP:Republican]], residence [[ADDRESS:RR 2 Box 118]], [[LOCATION:Harlan]], [[LOCATION:KY]] [[ZIP_CODE:40831]], precinct B104, registered [[DATE_TIME:10/02/1973]].",
]

BENCH += [
    "[[TITLE:M.]] [[PERSON:Théo Jean-Baptiste Lemaire]], né le [[DATE_TIME:17/03/1989]] à [[LOCATION:Rennes]] ([[AGE:35]] ans), ingénieur procédés chez Kerlann Industries, demeurant [[ADDRESS:14 rue de la Monnaie, bât. B, 3e étage]], [[ZIP_CODE:35000]] [[LOCATION:Rennes]], [[LOCATION:France]]. Tél. [[PHONE_NUMBER:06 47 82 19 35]], courriel [[EMAIL_ADDRESS:theo.lemaire89@orange.fr]], n° de sécurité sociale [[ID_NUMBER:1 89 03 35 238 417 36]], IBAN [[IBAN_CODE:FR78 1027 8060 3900 0203 1874 562]], BIC CMCIFR2A.",
    "Dossier 2024-LY-3381 : [[TITLE:Madame]] [[PERSON:Aminata Diop Sarr]], de nationalité [[NRP:sénégalaise]], née le [[DATE_TIME:2 février 1993]] à [[LOCATION:Thiès]], titre de séjour n° [[ID_NUMBER:6902183745]], NIR [[ID_NUMBER:2 93 02 99 341 052 74]], domiciliée [[ADDRESS:27 cours Gambetta, appt 41]], [[ZIP_CODE:69007]] [[LOCATION:Lyon]]; portable [[PHONE_NUMBER:+33 7 58 21 94 06]]; paiement par carte Visa [[CREDIT_CARD:4556 7301 8827 3041]] (exp. 08/27, cryptogramme 412).",
    "Ouverture de compte : [[TITLE:Mme]] [[PERSON:Céline Vandenbroucke]], femme, [[AGE:36]] ans, numéro de registre national [[ID_NUMBER:88.04.17-264.35]], [[ADDRESS:Rue de la Loi 155, bte 12]], [[ZIP_CODE:1040]] [[LOCATION:Etterbeek]], [[LOCATION:Belgique]]; GSM [[PHONE_NUMBER:+32 475 28 19 40]]; compte [[IBAN_CODE:BE52 3630 8721 5429]], BIC BBRUBEBB; identifiant de connexion [[USERNAME:cvdbroucke]], mot de passe provisoire Gx7!pL2q.",
    "Assuré : [[PERSON:Luc-Olivier Favre]], né le [[DATE_TIME:30.06.1975]], n° AVS [[ID_NUMBER:756.4839.2017.53]], domicile [[ADDRESS:Chemin des Pâquerettes 7]], [[ZIP_CODE:1004]] [[LOCATION:Lausanne]] [[LOCATION:VD]], natel [[PHONE_NUMBER:+41 79 482 17 36]]. Les primes sont débitées du compte [[IBAN_CODE:CH49 0023 5000 0182 7435 9]]; véhicule immatriculé [[ID_NUMBER:VD 418273]], châssis WVWZZZAUZKW193847.",
    "Demande de prêt : [[PERSON:Geneviève Tremblay-Gagnon]], [[AGE:41]] ans, infirmière-chef au CISSS de Laval, NAS [[ID_NUMBER:273 409 185]], permis de conduire [[ID_NUMBER:T6521-140383-08]], adresse [[ADDRESS:2215, rue Fleury Est, app. 6]], [[LOCATION:Montréal]] ([[LOCATION:Québec]]) [[ZIP_CODE:H2B 1K9]], cellulaire [[PHONE_NUMBER:514-827-3390]], carte Mastercard [[CREDIT_CARD:5182 7364 0091 8254]].",
    "Bonjour [[PERSON:Yanis]], ton compte [[USERNAME:yanis_b_13]] a été ouvert depuis l'adresse IP [[IP_ADDRESS:90.112.47.203]] ([[LOCATION:Marseille]]) avec Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15, puis un retrait de 0,15 BTC vers [[ID_NUMBER:1KzR6tDx3PqW8mVb2NcYh5LgS9jF4aUe7T]] a été demandé. Si ce n'est pas toi, écris à [[EMAIL_ADDRESS:yanis.benali13@gmail.com]] depuis ton adresse habituelle… ou appelle le [[PHONE_NUMBER:04 91 27 83 60]].",
    "[[TITLE:Herr]] [[PERSON:Dr. Matthias Karl-Heinz Oberländer]], geboren am [[DATE_TIME:04.11.1972]] in [[LOCATION:Bielefeld]], wohnhaft [[ADDRESS:Kastanienallee 42, Hinterhaus, 2. OG]], [[ZIP_CODE:10435]] [[LOCATION:Berlin]], Steuer-ID [[ID_NUMBER:57209381544]], Personalausweis-Nr. [[ID_NUMBER:LZ6R8K1F3]], Kfz-Kennzeichen [[ID_NUMBER:B-MO 4172]], Konto [[IBAN_CODE:DE33 7605 0101 0012 9348 75]] (BIC SSKNDE77XXX), Tel. [[PHONE_NUMBER:030 44 71 82 96]].",
    "Antragstellerin: [[TITLE:Frau]] [[TITLE:Mag.]] [[PERSON:Verena Hofbauer-Lindner]], weiblich, [[AGE:41]] Jahre, Steuerberaterin, Sozialversicherungsnummer [[ID_NUMBER:4822 150583]], Anschrift [[ADDRESS:Mariahilfer Straße 88/2/14]], [[ZIP_CODE:1070]] [[LOCATION:Wien]], [[LOCATION:Österreich]]; Mobil [[PHONE_NUMBER:+43 664 318 27 40]]; E-Mail [[EMAIL_ADDRESS:v.hofbauer-lindner@aon.at]]; Rückzahlung auf [[IBAN_CODE:AT25 1400 0069 1048 2735]].",
    "Versicherter: [[PERSON:Reto Andri Caduff]], [[AGE:58]], Landwirt, AHV-Nr. [[ID_NUMBER:756.1029.3847.53]], [[ADDRESS:Grabenstrasse 9]], [[ZIP_CODE:7000]] [[LOCATION:Chur]] [[LOCATION:GR]]; Telefon [[PHONE_NUMBER:081 253 71 48]]; Prämienrückerstattung an [[IBAN_CODE:CH34 0839 0039 2857 1000 4]]; Traktor-Kontrollschild [[ID_NUMBER:GR 27418]].",
    "Spieler [[USERNAME:Zwergenkönig88]] (bürgerlich [[PERSON:Lukas Brenner]], [[AGE:19]], aus [[LOCATION:Chemnitz]]) hat letzte Woche von der IP [[IP_ADDRESS:87.123.45.219]] aus 250 € Ingame-Gold mit der Mastercard [[CREDIT_CARD:5473 9201 8465 5732]] gekauft; die Karte gehört laut Bank seinem Vater [[PERSON:Uwe Brenner]].",
    "Patientin [[PERSON:Elif Demir-Schulte]], [[AGE:44]] J., geb. [[DATE_TIME:19.09.1979]], Versichertennummer [[ID_NUMBER:K482917305]], Hausärztin [[PERSON:Dr. Anna Kühn]], [[ADDRESS:Lindenstraße 3]], [[ZIP_CODE:50674]] [[LOCATION:Köln]]; Aufnahme am [[DATE_TIME:21.05.2024]] wegen Cholezystitis; Angehörige: Ehemann [[PERSON:Björn Schulte]], [[PHONE_NUMBER:0176 48291735]].",
    "Lebenslauf – [[PERSON:Jonas Willem ter Horst]], [[ADDRESS:Am Römerhof 17]], [[ZIP_CODE:60486]] [[LOCATION:Frankfurt am Main]] | [[PHONE_NUMBER:+49 151 2748 3390]] | [[EMAIL_ADDRESS:jonas.terhorst@posteo.de]] | [[URL:https://www.linkedin.com/in/jonas-ter-horst]] | geboren [[DATE_TIME:22. Januar 1994]] in [[LOCATION:Emden]] | Führerschein Klasse B, Nr. [[ID_NUMBER:N5X2104K8L1]] | Gehaltskonto [[IBAN_CODE:DE41 1009 0000 2187 3654 00]]",
]

BENCH += [
    "La [[TITLE:Sig.ra]] [[PERSON:Giulia Brambilla]], nata a [[LOCATION:Milano]] il [[DATE_TIME:12/08/1991]], codice fiscale [[ID_NUMBER:BRMGLI91M52F205W]], residente in [[ADDRESS:Via Paolo Sarpi 27, scala B, int. 9]], [[ZIP_CODE:20154]] [[LOCATION:Milano]] ([[LOCATION:MI]]), chiede l'accredito del rimborso sull'IBAN [[IBAN_CODE:IT40 K030 6911 2040 0004 7216 385]]. Cellulare [[PHONE_NUMBER:+39 347 218 9053]], PEC [[EMAIL_ADDRESS:giulia.brambilla91@pec.it]].",
    "[[TITLE:Dott.]] [[PERSON:Marco Rossi]], medico chirurgo iscritto all'Ordine dei Medici di Torino al n. [[ID_NUMBER:14827]], CF [[ID_NUMBER:RSSMRC84B14L219B]], studio in [[ADDRESS:Corso Vittorio Emanuele II 64]], [[ZIP_CODE:10121]] [[LOCATION:Torino]]; tel. [[PHONE_NUMBER:011 562 3389]], e-mail [[EMAIL_ADDRESS:m.rossi.medico@libero.it]]; compenso da versare su [[IBAN_CODE:IT82 M050 3411 7010 0000 0382 914]].",
    "Verbale di contestazione: il conducente [[PERSON:Francesco Capelli]], nato il [[DATE_TIME:3 maggio 1978]] a [[LOCATION:Roma]], CF [[ID_NUMBER:CPLFNC78E03H501I]], patente n. [[ID_NUMBER:RM5827419K]], alla guida del veicolo targato [[ID_NUMBER:FT 482 KD]] (telaio ZFA31200004718293), è stato fermato il [[DATE_TIME:14/06/2024]] alle 08:42 in [[ADDRESS:Via Tiburtina 1020]], [[LOCATION:Roma]], a 87 km/h.",
    "Ordine 4471-IT spedito a [[PERSON:Alessandra De Luca]], [[ADDRESS:Via dei Mille 12]], [[ZIP_CODE:80121]] [[LOCATION:Napoli]] ([[LOCATION:NA]]), pagato con Mastercard [[CREDIT_CARD:2231 0048 7261 9340]], scadenza 05/28; account [[USERNAME:ale.deluca]], ultimo accesso da [[IP_ADDRESS:151.38.204.77]], password impostata: Pulcinella#77.",
    "Il [[TITLE:Sig.]] [[PERSON:Giovanni Battista Ferraro]], [[AGE:67]] anni, pensionato, carta d'identità n. [[ID_NUMBER:CA48291KD]], residente in [[ADDRESS:Contrada San Vito 3]], [[ZIP_CODE:87036]] [[LOCATION:Rende]] ([[LOCATION:CS]]), chiede che la pensione sia accreditata sul conto [[IBAN_CODE:IT75 B020 0801 6310 0010 3845 762]] intestato anche alla moglie [[PERSON:Rosaria Mancuso]].",
    "[[TITLE:Dña.]] [[PERSON:María José de la Fuente Ortiz]], con DNI [[ID_NUMBER:48271935H]], nacida el [[DATE_TIME:9 de abril de 1982]], domiciliada en [[ADDRESS:C/ Mayor 14, 3.º B]], [[ZIP_CODE:28013]] [[LOCATION:Madrid]], autoriza el cargo de los recibos en la cuenta [[IBAN_CODE:ES14 0049 1872 6329 1047 5836]]. Teléfono de contacto: [[PHONE_NUMBER:612 48 39 07]].",
    "Solicitante: [[PERSON:Oleksandr Kovalenko]], varón, [[AGE:29]] años, de nacionalidad [[NRP:ucraniana]], NIE [[ID_NUMBER:X4829173R]], pasaporte [[ID_NUMBER:FE482917]], con domicilio en [[ADDRESS:Avenida del Puerto 211, pta. 14]], [[ZIP_CODE:46023]] [[LOCATION:Valencia]]; correo [[EMAIL_ADDRESS:o.kovalenko.vlc@gmail.com]]; móvil [[PHONE_NUMBER:+34 655 219 480]].",
    "Cliente: [[PERSON:Jesús Emiliano Sánchez Robles]], RFC [[ID_NUMBER:SARJ900215KT3]], CURP [[ID_NUMBER:SARJ900215HDFNBS04]], domicilio [[ADDRESS:Av. Insurgentes Sur 1602, Int. 8]], Col. [[LOCATION:Crédito Constructor]], [[LOCATION:Benito Juárez]], C.P. [[ZIP_CODE:03940]], [[LOCATION:CDMX]]; tarjeta Visa [[CREDIT_CARD:4929 3810 4756 2131]], CVV 093; celular [[PHONE_NUMBER:55 4827 1936]].",
    "El [[TITLE:Sr.]] [[PERSON:Facundo Ezequiel Paz]], DNI [[ID_NUMBER:30.482.917]], CUIT [[ID_NUMBER:20-30482917-7]], con domicilio en [[ADDRESS:Av. Corrientes 3245, piso 7 depto. C]], [[LOCATION:CABA]] ([[ZIP_CODE:C1193AAE]]), solicita que el reintegro de ARS 184.500 se deposite en su CBU [[ID_NUMBER:0140028203400958271446]]; teléfono [[PHONE_NUMBER:+54 9 11 4827-3019]].",
    "Titular: [[PERSON:Valentina Andrea Soto Reyes]], RUT [[ID_NUMBER:9.218.374-2]], [[AGE:52]] años, dirección [[ADDRESS:Los Aromos 1447, depto. 302]], [[LOCATION:Ñuñoa]], [[LOCATION:Santiago]]; correo [[EMAIL_ADDRESS:vsotoreyes@vtr.net]]; tarjeta Diners [[CREDIT_CARD:3056 829174 6303]]; cuenta corriente [[ID_NUMBER:00-127-48391-06]].",
    "Usuario [[USERNAME:lagartija_92]] ([[PERSON:Irene Calvo Lozano]], DNI [[ID_NUMBER:71938402Z]]) cambió su IBAN a [[IBAN_CODE:ES03 0182 5319 4702 0159 3726]] desde la IP [[IP_ADDRESS:2a0c:5a80:3e04:9b00:e1d4:27ff:fe6c:90aa]] a las 02:17; su compañero de piso, [[PERSON:Bogdan Ilie]], con NIE [[ID_NUMBER:Y2718364P]], figura como autorizado.",
    "[[TITLE:Dhr.]] [[PERSON:Pieter-Jan de Vries]], geboren [[DATE_TIME:05-02-1986]] te [[LOCATION:Zwolle]], BSN [[ID_NUMBER:273819458]], woonachtig [[ADDRESS:Oudegracht 118 bis]], [[ZIP_CODE:3511 AX]] [[LOCATION:Utrecht]], rekening [[IBAN_CODE:NL51 INGB 0006 7239 18]], mobiel [[PHONE_NUMBER:06-41827390]], e-mail [[EMAIL_ADDRESS:pj.devries@ziggo.nl]].",
    "Aanvraag parkeervergunning: [[TITLE:Mevr.]] [[PERSON:Fatima el Amrani]], [[AGE:37]] jaar, BSN [[ID_NUMBER:184720369]], [[ADDRESS:Van Speijkstraat 61-III]], [[ZIP_CODE:1057 GP]] [[LOCATION:Amsterdam]]; kenteken [[ID_NUMBER:GZ-418-K]]; automatische incasso van [[IBAN_CODE:NL91 ABNA 0548 1273 95]]; telefoon [[PHONE_NUMBER:020 618 2749]].",
    "Klant [[PERSON:Wouter Van Damme]], man, rijksregisternummer [[ID_NUMBER:91.02.23-157.11]], [[ADDRESS:Kasteelpleinstraat 46 bus 3]], [[ZIP_CODE:2000]] [[LOCATION:Antwerpen]]; rekening [[IBAN_CODE:BE15 0014 8273 6591]], BIC GEBABEBB; gsm [[PHONE_NUMBER:0486 21 73 90]]; rijbewijs [[ID_NUMBER:1827364950]].",
    "Bestelling 20-88173 voor [[PERSON:Sanne Kuijpers]] ([[USERNAME:sannekuijpers]], [[EMAIL_ADDRESS:sanne.k@kpnmail.nl]]) betaald met creditcard [[CREDIT_CARD:4485 3019 2746 0186]], bezorgd op [[ADDRESS:Hoogstraat 7a]], [[ZIP_CODE:5611 KW]] [[LOCATION:Eindhoven]]; IP-adres bij bestelling [[IP_ADDRESS:84.26.191.12]], MAC van de router 00:1a:2b:9c:4d:e7.",
    "O [[TITLE:Sr.]] [[PERSON:João Pedro Mendes Carvalho]], NIF [[ID_NUMBER:238471969]], cartão de cidadão n.º [[ID_NUMBER:14829375 2ZX8]], residente na [[ADDRESS:Rua de Santa Catarina 512, 2.º Esq.]], [[ZIP_CODE:4000-446]] [[LOCATION:Porto]], pede o reembolso para o [[IBAN_CODE:PT54 0035 0219 0004 1872 9364 2]]; telemóvel [[PHONE_NUMBER:912 483 706]].",
    "Cadastro: [[PERSON:Ana Beatriz Rocha dos Santos]], feminino, [[AGE:26]] anos, CPF [[ID_NUMBER:318.472.096-96]], RG [[ID_NUMBER:42.817.396-3]], [[ADDRESS:Rua Augusta, 1508, apto 74]], [[LOCATION:Consolação]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:01304-001]]; chave Pix [[EMAIL_ADDRESS:anabia.rsantos@gmail.com]]; cartão Elo [[CREDIT_CARD:6363 6801 9283 7463]]; senha 4ninha!SP.",
    "Proprietário: [[PERSON:Thiago Henrique Albuquerque]], CPF [[ID_NUMBER:274.019.385-88]], CNH [[ID_NUMBER:04827319560]], veículo placa [[ID_NUMBER:RTK4B27]], chassi 9BWZZZ377VT004251, endereço [[ADDRESS:Av. Boa Viagem, 3400, apto 1102]], [[LOCATION:Recife]] - [[LOCATION:PE]], [[ZIP_CODE:51020-000]]; conta [[IBAN_CODE:BR49 6070 1190 0164 3001 9384 726C 1]].",
    "A [[TITLE:Dona]] [[PERSON:Maria do Céu Figueiredo]], [[AGE:78]] anos, NIF [[ID_NUMBER:192738453]], morada [[ADDRESS:Travessa do Carmo 3, r/c]], [[ZIP_CODE:3000-098]] [[LOCATION:Coimbra]], recebe a pensão no [[IBAN_CODE:PT30 0007 0000 0028 3914 7562 3]]; contacto da filha, [[PERSON:Inês Figueiredo]]: [[PHONE_NUMBER:+351 936 218 407]].",
    "Kund: [[PERSON:Linnea Åsa Bergström]], kvinna, personnummer [[ID_NUMBER:910822-3745]], [[ADDRESS:Västra Hamngatan 14, lgh 1203]], [[ZIP_CODE:411 17]] [[LOCATION:Göteborg]]; mobil [[PHONE_NUMBER:070-482 19 36]]; e-post [[EMAIL_ADDRESS:linnea.bergstrom@telia.com]]; utbetalning till [[IBAN_CODE:SE32 6000 0000 0008 1374 2956]].",
    "Lejer: [[PERSON:Mads Østergaard Kjær]], CPR-nr. [[ID_NUMBER:140289-1937]], [[ADDRESS:Nørrebrogade 52, 3. th.]], [[ZIP_CODE:2200]] [[LOCATION:København N]]; tlf. [[PHONE_NUMBER:+45 28 41 93 70]]; husleje 9.450 kr. trækkes fra [[IBAN_CODE:DK85 3000 0012 8475 63]]; MitID-bruger [[USERNAME:madskjaer89]].",
    "Žadatelka: [[TITLE:paní]] [[PERSON:Kateřina Dvořáková]], narozena [[DATE_TIME:7. 2. 1988]], rodné číslo [[ID_NUMBER:885207/1437]], bytem [[ADDRESS:Vinohradská 1865/48]], [[ZIP_CODE:120 00]] [[LOCATION:Praha 2]]; telefon [[PHONE_NUMBER:+420 604 318 927]]; účet [[IBAN_CODE:CZ83 0800 0000 1928 4637 1523]].",
    "Wnioskodawczyni: [[TITLE:Pani]] [[PERSON:Magdalena Wójcik-Nowak]], PESEL [[ID_NUMBER:85032204563]], NIP [[ID_NUMBER:527-183-94-67]], zam. [[ADDRESS:ul. Marszałkowska 84/92 m. 117]], [[ZIP_CODE:00-514]] [[LOCATION:Warszawa]]; tel. [[PHONE_NUMBER:601 427 893]]; rachunek [[IBAN_CODE:PL02 1140 2004 0000 3021 4763 8915]]; e-mail [[EMAIL_ADDRESS:magda.wojcik.nowak@wp.pl]].",
]

DOC = [
    """Oakfield Medical Practice
[[ADDRESS:12 Station Approach]], [[LOCATION:Hexham]] [[ZIP_CODE:NE46 1ET]]

[[DATE_TIME:18 June 2024]]

Dear [[PERSON:Dr. Okonjo]],

Re: [[PERSON:Mrs. Bronwen Alys Pritchard]], DOB [[DATE_TIME:02/11/1958]], NHS No. [[ID_NUMBER:943 817 2653]]
[[ADDRESS:Ty Newydd, 4 Heol y Felin]], [[LOCATION:Llandeilo]] [[ZIP_CODE:SA19 6RT]]

Thank you for seeing this [[AGE:65]]-year-old retired teacher with worsening Raynaud's phenomenon and new digital ulcers. She was started on amlodipine 5 mg in March; BP today 148/92, HbA1c 48 mmol/mol. Her daughter [[PERSON:Carys]] usually brings her and can be reached on [[PHONE_NUMBER:07712 408335]].

Yours sincerely,
[[PERSON:Dr. Hywel Morgan]]
GMC [[ID_NUMBER:7048213]]""",
    """WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, s.5B)

Statement of: [[PERSON:Liam Patrick Doherty]]
Age if under 18: N/A          Occupation: delivery driver

On Friday [[DATE_TIME:9th February 2024]] at about 22:40 I was parked outside [[ADDRESS:118 Cowley Road]], [[LOCATION:Oxford]], waiting for a pizza order. I saw a man I now know to be [[PERSON:Kieran Walsh]] kick the door of a silver Vauxhall Corsa, registration [[ID_NUMBER:OU68 FNZ]]. A woman (I heard her called \"[[PERSON:Shaz]]\") shouted at him to stop. I called 999 from my phone, [[PHONE_NUMBER:07383 115 620]]. The officer who took this statement was [[TITLE:PC]] [[PERSON:Amrita Gill]] [[ID_NUMBER:4471]].

Signed: [[PERSON:L. Doherty]]""",
    """ASSURED SHORTHOLD TENANCY AGREEMENT (extract)

This agreement is made on [[DATE_TIME:1 March 2024]] between the Landlord, [[PERSON:Mr. Anand Krishnamurthy]] of [[ADDRESS:7 Beech Grove]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 0EU]], and the Tenants, [[PERSON:Ms. Jade Eze-Finch]] and [[PERSON:Mr. Tobias Lindgren]], for the property known as [[ADDRESS:Flat 4, Westmoreland House, 19 Cold Bath Road]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 0NA]].

Term: 12 months. Rent: £1,150 per calendar month payable on the 1st. Deposit: £1,326, protected with the DPS under certificate no. 8827-3317-4410.
Rent to be paid to sort code 40-47-15, account [[ID_NUMBER:61382947]], reference FLAT4WH.

Emergency contact for repairs: the landlord's agent, [[PERSON:Colette Barnes]], [[PHONE_NUMBER:01423 561 872]].""",
    """PRIVATE & CONFIDENTIAL

[[DATE_TIME:22 April 2024]]

[[PERSON:Mr. Sterling Abioye]]
Employee number: [[ID_NUMBER:AB-30918]]
[[ADDRESS:Apartment 6, 14 Chapel Street]]
[[LOCATION:Salford]] [[ZIP_CODE:M3 7AJ]]

Dear [[PERSON:Sterling]],

FIRST WRITTEN WARNING

Following the disciplinary hearing held on [[DATE_TIME:17 April 2024]], chaired by [[PERSON:Naomi Fitzgerald]] (Operations Manager) with [[PERSON:Hamza Qureshi]] attending as your companion, I confirm that you are being issued with a first written warning for three days of unauthorised absence earlier this month. This warning will remain on your file for six months. You have the right to appeal within 5 working days by writing to hr.casework@brightwell-logistics.co.uk.

Yours sincerely,
[[PERSON:Naomi Fitzgerald]]""",
    """CURRICULUM VITAE

[[PERSON:Nomvula Precious Dlamini]]
[[ADDRESS:23 Umgeni Road, Unit 9]], [[LOCATION:Morningside]], [[LOCATION:Durban]] [[ZIP_CODE:4001]]
[[PHONE_NUMBER:+27 82 419 3306]] | [[EMAIL_ADDRESS:nomvula.dlamini@outlook.com]] | [[URL:https://github.com/nomvula-d]]
Date of birth: [[DATE_TIME:11 November 1995]]   Nationality: [[NRP:South African]]   Driver's licence: Code B

PROFILE
Data engineer with six years' experience building pipelines in Python, Spark and dbt.

EXPERIENCE
2021 to date  Senior Data Engineer, Umhlanga Analytics (Pty) Ltd, [[LOCATION:Umhlanga]]
2018 to 2021  BI Developer, Netcare, [[LOCATION:Johannesburg]]

REFERENCES
[[PERSON:Prof. Sipho Mahlangu]], University of KwaZulu-Natal, [[EMAIL_ADDRESS:mahlangus@ukzn.ac.za]]""",
    """MINUTES: Alder Court Residents' Association
Meeting held on Tuesday [[DATE_TIME:14 May]] at 7pm in the community room.

Present: [[TITLE:Cllr]] [[PERSON:Denise Abrahams]] (chair), [[PERSON:Rocky Malone]] (flat 12), [[PERSON:Jaswinder Kaur Sandhu]] (flat 3), [[PERSON:Eden Walsh]], [[PERSON:Mr. O. Adeyinka]].
Apologies: [[PERSON:Branka Petrović]].

1. Parking: the chair reported that the van with plate [[ID_NUMBER:LK17 OWE]] has been parked across bays 4 and 5 since Easter. [[PERSON:Rocky]] will write to the managing agent, Hollis & Price, at [[ADDRESS:48 High Street]], [[LOCATION:Croydon]].
2. Lift: repair job ref LFT-22871 still open; engineer due w/c 20 May.
3. Any other business: [[PERSON:Eden]] asked for the Wi-Fi password for the community room (not minuted).

Next meeting: [[DATE_TIME:11 June]], same time.""",
    """St Columba's Primary School: End of Year Report

Pupil: [[PERSON:Phoenix Rae Mbeki]]          Class: 5M          UPN: [[ID_NUMBER:K931840277016]]
Date of birth: [[DATE_TIME:23/03/2014]]       Attendance: 96.4%

English: [[PERSON:Phoenix]] reads fluently and has a reading age of 12.5. Her persuasive letter to [[PERSON:Mr. Hargreaves]] about the school garden was a highlight.
Maths: secure in multiplication to 12 x 12; needs to check her working.
Class teacher: [[TITLE:Miss]] [[PERSON:Aoife Gallagher]]

Parents/carers: please return the reply slip to the office or email admin@stcolumbas.sch.uk by 12 July.""",
    """CLAIM FORM: HOUSEHOLD CONTENTS (narrative section)

Policy number: HC-70018842        Claim number: CL-2024-55173
Policyholder: [[PERSON:Georgia Nkemdirim-Walsh]]       Date of birth: [[DATE_TIME:14/09/1983]]
Address: [[ADDRESS:31 Raleigh Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS3 1QR]]

On the evening of [[DATE_TIME:6 January 2024]] water began coming through the kitchen ceiling from the flat above ([[ADDRESS:33A Raleigh Road]]), occupied by [[PERSON:Mr. Dariusz Nowicki]]. I phoned him on [[PHONE_NUMBER:07951 337 204]] but there was no answer. Items damaged: Bosch dishwasher SMS4HVI33G (serial FD9803 012345), a Dell XPS 15 laptop, rug, books (including a signed copy, ISBN 978-0-14-118776-1).
Payment of any settlement to account [[ID_NUMBER:20837415]], sort code 30-94-57.

Signature: [[PERSON:G. Nkemdirim-Walsh]]     Date: [[DATE_TIME:08/01/2024]]""",
    """From: [[PERSON:Rashid Al-Amin]] <[[EMAIL_ADDRESS:rashid.alamin@kestrelbuild.ae]]>
To: [[PERSON:Hannah Lindqvist]] <[[EMAIL_ADDRESS:h.lindqvist@nordfast.se]]>
Subject: RE: Site visit

Hi [[PERSON:Hannah]],

Thursday [[DATE_TIME:4 July]] works for us. Our site manager, [[PERSON:Joseph Mensah]] ([[PHONE_NUMBER:+971 50 418 2736]]), will meet you at the gate of [[ADDRESS:Plot 118, Street 14]], [[LOCATION:Al Quoz Industrial Area 3]], [[LOCATION:Dubai]]. Bring your passport; security will ask for it.

Best,
[[PERSON:Rashid]]

[[PERSON:Rashid Al-Amin]] | Project Director | Kestrel Build LLC
M [[PHONE_NUMBER:+971 55 207 8843]]

> On [[DATE_TIME:1 Jul 2024]], at 09:12, [[PERSON:Hannah Lindqvist]] wrote:
> Hello [[PERSON:Rashid]], could we visit the site early next week? I'll be flying in from [[LOCATION:Stockholm]] on [[DATE_TIME:3 July]].
> [[PERSON:Hannah]]""",
    """WhatsApp chat with Ravensworth Allotments 🌱

21:04 - [[PERSON:Marg Holloway]]: has anyone seen the key for the shed? it was on the hook on sunday
21:06 - [[PERSON:Desmond]]: [[PERSON:Tyrone]] had it last I think
21:07 - [[PERSON:Tyrone Baptiste]]: nope gave it back to [[PERSON:Ginger]] 🙈
21:15 - [[PERSON:Ginger Olsen]]: it's under the blue pot by plot 17!!
21:16 - [[PERSON:Marg Holloway]]: thanks love. also new member [[PERSON:Yusuf Demir]] starts on plot 22 on [[DATE_TIME:1 May]], his number is [[PHONE_NUMBER:07472 810 935]] if anyone wants to say hi
21:20 - [[PERSON:Desmond]]: 👍 rhubarb for sale £1 a bunch, honesty box at the gate""",
]

DOC += [
    """Transcript: Project Kestrel weekly sync (auto-generated)

[00:00:04] [[PERSON:Priyanka Deshmukh]]: Okay, let's start. [[PERSON:Tomás]], can you share your screen?
[00:00:09] [[PERSON:Tomás Echeverría]]: Yep, one sec. So release 4.12.0.3 failed again on the build agent at [[IP_ADDRESS:10.0.4.17]], same disk error as last week.
[00:00:31] [[PERSON:Priyanka Deshmukh]]: Did you ping [[PERSON:Olu]]?
[00:00:34] [[PERSON:Tomás Echeverría]]: He's on leave until Monday.
[00:00:40] [[PERSON:Kwabena Asare]]: I can take it. Also, [[PERSON:Mrs. Yolanda Fitzpatrick]] called again about ticket 88213; she wants a call back on [[PHONE_NUMBER:(617) 902-4418]] before noon.
[00:01:02] [[PERSON:Priyanka Deshmukh]]: Thanks, [[PERSON:Kwabena]]. Let's move her onboarding call to [[DATE_TIME:June 18]].""",
    """[[PERSON:HALVORSEN]], [[PERSON:Ingrid Marie]] (née [[PERSON:Lindqvist]]), [[AGE:91]], passed away peacefully at St. Olaf's Care Home in [[LOCATION:Decorah]] on [[DATE_TIME:March 3, 2024]]. She was born on [[DATE_TIME:June 12, 1932]] in [[LOCATION:Bergen]], [[LOCATION:Norway]]. She is survived by her children [[PERSON:Erik]] ([[PERSON:Sharon]]) of [[LOCATION:Rochester]], [[LOCATION:Minn.]], and [[PERSON:Astrid Bakke]] of [[LOCATION:Decorah]], and seven grandchildren. Visitation will be held at Hovland Funeral Home, [[ADDRESS:204 W Main St]], on Friday [[DATE_TIME:March 8]] from 4 to 7 pm. Memorials may be directed to Luther College.""",
    """THE BIRCHFIELD BUGLE: Spring edition

Welcome to our new neighbours at no. 27, [[PERSON:Amara]] and [[PERSON:Kofi Boateng]], and their twins!

Congratulations to [[PERSON:Doris Pennyworth]] of [[ADDRESS:3 Orchard Rise]], who celebrates her [[AGE:100]]th birthday on [[DATE_TIME:April 19]]. Cake at the Earl Grey tearoom from 3pm; all welcome.

LOST: tabby cat called Biscuit, 4 years old, microchip 941000024785331. Please call [[PERSON:Gareth]] on [[PHONE_NUMBER:07890 216443]].

Book club: this month it's Mrs Dalloway by [[PERSON:Virginia Woolf]]; next month The Secret Diary of Adrian Mole, Aged 13¾.

Bin collections move to Thursdays from 2 May. Printed by Parkside Press, Victoria Street.""",
    """IN THE COUNTY COURT AT CENTRAL LONDON          Claim No: K00CL482

BETWEEN
[[PERSON:MARIA ELENA CONSTANTINESCU]]          Claimant
and
[[PERSON:DARREN JAMES HOLT]]          Defendant

ORDER

Before [[TITLE:HHJ]] [[PERSON:Chanda]] sitting at Thomas More Building, Royal Courts of Justice, on [[DATE_TIME:12 March 2024]].

UPON hearing counsel for the Claimant and the Defendant in person
IT IS ORDERED THAT:
1. The Defendant shall pay the Claimant £6,480 within 14 days.
2. The Defendant shall not attend at or within 100 metres of [[ADDRESS:16 Kestrel Way]], [[LOCATION:Enfield]] [[ZIP_CODE:EN3 7QT]].
3. The Defendant shall pay the Claimant's costs, summarily assessed at £2,150.

Dated [[DATE_TIME:12 March 2024]]""",
    """S: [[AGE:58]] y/o M, [[PERSON:Ramón Castillo-Vega]] (MRN [[ID_NUMBER:7730194]]), presents with 3 days of intermittent chest tightness, worse on exertion. Wife [[PERSON:Lucía]] at bedside; she reports he stopped his lisinopril in May. PMH: Crohn's disease, HTN.
O: BP 162/98, HR 104, SpO2 94% RA, T 37.1. Troponin 0.04. ECG: sinus tachycardia, no ST elevation.
A: Chest pain, r/o ACS. Wells score 2.
P: Admit to telemetry, bed 4B-12. Cardiology consult with [[PERSON:Dr. Aisha Rahman]] in the morning. Clinic follow-up [[DATE_TIME:07/22/2024]]. PCP [[PERSON:Dr. Brent Holloway]], [[PHONE_NUMBER:(505) 831-2270]]. Preferred pharmacy: Walgreens, [[ADDRESS:3201 Central Ave NE]], [[LOCATION:Albuquerque]].""",
    """INCIDENT REPORT IR-2024-0318

Site: [[ADDRESS:Unit 7, Riverside Trading Estate]], [[LOCATION:Warrington]] [[ZIP_CODE:WA5 1UW]]
Date of incident: [[DATE_TIME:18/03/2024]]     Time: 14:35
Injured person: [[PERSON:Kelechi Anyanwu]], forklift operator, employee no. [[ID_NUMBER:W-58823]], age [[AGE:34]]

While reversing forklift FLT-09 (serial 5219-884-2021) out of aisle C, the operator struck the upright of racking bay C14 and a pallet of 25 kg sacks fell, hitting his left shoulder. Witness: [[PERSON:Sandra Kowalewska]] (shift lead). First aid was given by [[PERSON:Mo Farouk]] and the injured person was taken to Warrington Hospital. RIDDOR ref 1184273.

Reported by: [[PERSON:D. Hartley]], H&S Manager""",
    """Castlegate Recoveries Ltd
Our ref: CR/88172/JH     Original account: ending 7719

[[PERSON:Mr. Jordan Heathcote]]
[[ADDRESS:9 Pelham Street]]
[[LOCATION:Grimsby]]
[[ZIP_CODE:DN31 1RL]]

[[DATE_TIME:3 May 2024]]

Dear [[PERSON:Mr. Heathcote]],

We have been instructed to collect the outstanding balance of £1,284.16 owed to Vodafone Ltd. Our records show your date of birth as [[DATE_TIME:21/10/1990]] and your mobile as [[PHONE_NUMBER:07418 293 065]]; if either is wrong, please tell us. You can pay online or call our team on 0333 014 2290, Monday to Friday 8am to 8pm.

Yours faithfully,
[[PERSON:Janet Hurst]]
Collections Officer""",
    """To the Entry Clearance Officer,

I, [[PERSON:Dr. Farhan Iqbal Siddiqui]], of [[ADDRESS:42 Westbourne Avenue]], [[LOCATION:Hull]] [[ZIP_CODE:HU5 3HR]], a [[NRP:British]] citizen (passport [[ID_NUMBER:533918472]]), write in support of the visit visa application of my mother, [[PERSON:Mrs. Rukhsana Begum]] ([[NRP:Pakistani]] passport [[ID_NUMBER:AB4829173]], born [[DATE_TIME:01/01/1956]]), who lives at [[ADDRESS:House 14, Street 7, F-8/3]], [[LOCATION:Islamabad]]. She will stay with my family from [[DATE_TIME:10 August]] to [[DATE_TIME:20 September 2024]], and I will cover all her costs. I can be contacted on [[PHONE_NUMBER:07723 481096]].

Yours faithfully,
[[PERSON:F. I. Siddiqui]]""",
    """To whom it may concern,

I have known [[PERSON:Cole Whitaker-Nunes]] for four years as his line manager at Ferrybridge Housing Trust. He joined us as a Tenancy Support Officer on [[DATE_TIME:5 January 2020]] and quickly became the person colleagues turned to with difficult cases. He is reliable, discreet and patient, and I recommend him without reservation.

I would be glad to say more by phone on [[PHONE_NUMBER:0113 496 2718]] or by email at [[EMAIL_ADDRESS:m.adeleke@ferrybridgeht.org.uk]].

[[PERSON:Margaret Adeleke]]
Head of Tenancy Services""",
    """DISCHARGE SUMMARY: Sri Venkateswara Multispeciality Hospital, [[LOCATION:Tirupati]]

Patient: [[PERSON:Mr. K. Venkata Ramana Reddy]]     Age/Sex: [[AGE:63]]/M     UHID: [[ID_NUMBER:SVMH-2024-018273]]
DOA: [[DATE_TIME:02-04-2024]]     DOD: [[DATE_TIME:09-04-2024]]
Consultant: [[PERSON:Dr. S. Lakshmi Prasanna]] (Neurology)
Diagnosis: Parkinson's disease with a fall; fracture neck of left femur (Garden III), hemiarthroplasty done on [[DATE_TIME:04-04]].
Address: [[ADDRESS:D.No. 4-17/2, Balaji Colony]], [[LOCATION:Tirupati]] [[ZIP_CODE:517502]]
Attendant: son [[PERSON:K. Srinivas]], [[PHONE_NUMBER:98490 31726]]
Review in OPD on [[DATE_TIME:23-04-2024]] with X-ray.""",
]

DOC += [
    """ST BARNABAS PARISH NEWS

Baptisms: [[PERSON:Sage Elizabeth Okonkwo]], daughter of [[PERSON:Chinedu]] and [[PERSON:Rebecca Okonkwo]], will be baptised on [[DATE_TIME:16 June]] at the 11am Mass.
Please pray for the sick of the parish, especially [[PERSON:Bernadette Keogh]] and [[PERSON:Tommy Roche]], and for the repose of the soul of [[PERSON:Eileen Gallagher]], whose funeral took place on [[DATE_TIME:3 June]].
Banns of marriage: [[PERSON:Jason Mulligan]] of this parish and [[PERSON:Daria Wójcik]] of St Stanislaus, [[LOCATION:Ealing]] (first time of asking).
The Our Lady of Lourdes pilgrimage coach leaves from the church car park at 7am; seats are £35.
Parish priest: [[TITLE:Rev.]] [[PERSON:Kevin Dunne]], [[EMAIL_ADDRESS:kevin.dunne@stbarnabas-parish.org.uk]]""",
    """MEMORANDUM OF SALE (subject to contract)

Property: [[ADDRESS:Bramble Cottage, 2 Pump Lane]], [[LOCATION:Appleby-in-Westmorland]] [[ZIP_CODE:CA16 6JP]]
Agreed price: £415,000
Vendor: [[PERSON:Mrs. Patricia Ann Sowerby]]
Vendor's solicitor: [[PERSON:Hugh Carrington]], Carrington & Lowe, [[ADDRESS:14 Boroughgate]], [[LOCATION:Appleby]], DX 63101
Purchasers: [[PERSON:Mr. Devon Achterberg]] and [[PERSON:Ms. Shelby Nwosu]], currently of [[ADDRESS:88 Sefton Park Road]], [[LOCATION:Liverpool]] [[ZIP_CODE:L8 3SL]]
Tel [[PHONE_NUMBER:07565 910238]]; email [[EMAIL_ADDRESS:devon.shelby.home@gmail.com]]
Lender: Nationwide (broker ref NW-55182). First-time buyers, no chain. Target exchange end of July.""",
    """Dear [[TITLE:Mr.]] and [[PERSON:Mrs. Haddad]],

We are pleased to offer [[PERSON:Layla Haddad]] (date of birth [[DATE_TIME:04/07/2013]], application 2024-Y7-0418) a place in Year 7 at Kingsmead Academy from [[DATE_TIME:4 September 2024]]. [[PERSON:Layla]]'s induction day is [[DATE_TIME:2 July]]. Her student number will be [[ID_NUMBER:KMA24117]] and her school email [[EMAIL_ADDRESS:layla.haddad24@kingsmead.sch.uk]]; the login details will be posted to [[ADDRESS:19 Cedar Walk]], [[LOCATION:Loughborough]] [[ZIP_CODE:LE11 2BN]].

Please accept or decline the place by 30 April.

[[PERSON:Mrs J. Okafor]]
Admissions Officer""",
    """Subject: Fwd: account locked (ticket #55102)

---------- Forwarded message ----------
From: [[PERSON:Tatiana Morozova]] <[[EMAIL_ADDRESS:t.morozova88@mail.ru]]>
Sent: 08:47

Hello, my online banking login [[USERNAME:tmorozova88]] has been locked since yesterday. My account number is [[ID_NUMBER:40817810099910004312]] and my date of birth is [[DATE_TIME:29.04.1988]]. I tried from home ([[IP_ADDRESS:95.165.12.208]]) and from my phone. Please help.
[[PERSON:Tatiana]]

----------
Hi [[PERSON:Ben]], can you unlock this one? She passed ID&V by phone on [[PHONE_NUMBER:+7 916 482-19-37]]. Thanks!

[[PERSON:Aleksandra Nowak]] | Tier 2 Support | Lumen Bank | ext. 4471""",
    """[[PERSON:Sébastien Morel]]
[[ADDRESS:8 allée des Tilleuls]]
[[ZIP_CODE:44300]] [[LOCATION:Nantes]]
Tél. : [[PHONE_NUMBER:06 12 87 45 30]]

[[LOCATION:Nantes]], le [[DATE_TIME:15 avril 2024]]

Objet : résiliation de mon abonnement box, ligne fixe [[PHONE_NUMBER:02 40 71 38 92]], n° client [[ID_NUMBER:100482739]]
Lettre recommandée avec AR n° 1A 182 447 3391 2

Madame, Monsieur,

Je vous prie de bien vouloir résilier mon abonnement dans les délais légaux et de me renvoyer l'étiquette de retour pour la box (n° de série SN 4F2A-88C1-09). Je vous remercie de rembourser le prorata sur mon compte [[IBAN_CODE:FR59 3000 3021 4500 0509 7231 847]].

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

[[PERSON:S. Morel]]""",
    """Bäckerei Hofmann GmbH · Personalabteilung

[[TITLE:Frau]]
[[PERSON:Sabine Krüger]]
[[ADDRESS:Gartenweg 12]]
[[ZIP_CODE:34117]] [[LOCATION:Kassel]]

Personalnummer: [[ID_NUMBER:20817]]

Abmahnung

Sehr geehrte [[TITLE:Frau]] [[PERSON:Krüger]],

am [[DATE_TIME:08.04.2024]] sind Sie unentschuldigt nicht zu Ihrer Frühschicht in der Filiale [[ADDRESS:Königsplatz 3]] erschienen und waren telefonisch unter [[PHONE_NUMBER:0561 739 2048]] nicht erreichbar. Wir fordern Sie auf, künftig Fehlzeiten vor Schichtbeginn zu melden.

[[LOCATION:Kassel]], den [[DATE_TIME:10.04.2024]]

[[PERSON:Thomas Lehmann]], Personalleitung
Kopie: Betriebsrat, Personalakte""",
    """DENUNCIA N.º 4471/24. Comisaría de Distrito Centro, [[LOCATION:Sevilla]]

Comparece [[TITLE:D.]] [[PERSON:Álvaro Núñez Gallardo]], con DNI [[ID_NUMBER:52018374X]], nacido el [[DATE_TIME:17/11/1979]], con domicilio en [[ADDRESS:C/ Feria 87, 2.º izq.]], [[ZIP_CODE:41003]] [[LOCATION:Sevilla]] y teléfono [[PHONE_NUMBER:678 204 913]], y MANIFIESTA:

Que el día [[DATE_TIME:3 de marzo]], sobre las 21:30, en la terraza de un bar de la Alameda de Hércules, le sustrajeron la cartera con su tarjeta [[CREDIT_CARD:5109 4827 3615 0045]] y el permiso de circulación del vehículo matrícula [[ID_NUMBER:4827 KLM]]. Que sospecha de un varón de unos [[AGE:30]] años que se hacía llamar \"[[PERSON:Rulo]]\".

Firma el denunciante: [[PERSON:Á. Núñez]]""",
    """Case note: home visit, [[DATE_TIME:27/02/2024]]

Child: [[PERSON:Riley-Jay Connors]] ([[AGE:6]]), [[ADDRESS:14 Tarn Crescent]], [[LOCATION:Barrow-in-Furness]]
Present: mother [[PERSON:Chantelle Connors]], mother's partner [[PERSON:Dean]] (surname not given), maternal nan.

[[PERSON:Riley-Jay]] was clean and appropriately dressed and showed me his Lego. The kitchen had food in; the broken window in the back bedroom has not been repaired (landlord ref 55-0917). School reports attendance of 88% this term. Mum says [[PERSON:Dean]] is \"only round at weekends\". Case ref CS-0092817.

Next visit: [[DATE_TIME:12/03/2024]]
Worker: [[PERSON:Abigail Ferris]], Social Worker, SWE reg. [[ID_NUMBER:SW118274]]""",
    """[[PERSON:Gurpreet Singh Bhullar]]
[[ADDRESS:56 Lady Margaret Road]]
[[LOCATION:Southall]] [[ZIP_CODE:UB1 2PT]]

[[DATE_TIME:19 February 2024]]

Dear Sir or Madam,

On [[DATE_TIME:12 February]] I noticed two payments of £499.99 to TECHZONE LTD on my debit card [[CREDIT_CARD:4029 1837 5560 1427]] which I did not make. I reported this the same day on your fraud line and was given reference FR-7756-2024, but I have heard nothing since. My account number is [[ID_NUMBER:71829304]] (sort code 20-18-32).

My daughter [[PERSON:Simran]] helped me write this letter. Please reply to [[EMAIL_ADDRESS:gs.bhullar56@btinternet.com]] or call me on [[PHONE_NUMBER:020 8571 4490]].

Yours faithfully,
[[PERSON:G. S. Bhullar]]""",
    """[[PERSON:Adaeze Chiamaka Obi]] and [[PERSON:Callum James Ferguson]] were married on Saturday [[DATE_TIME:25 May 2024]] at St Giles' Cathedral, [[LOCATION:Edinburgh]]. The bride is the daughter of [[TITLE:Chief]] [[PERSON:Emeka Obi]] and [[PERSON:Mrs. Ngozi Obi]] of [[LOCATION:Enugu]], [[LOCATION:Nigeria]]; the groom is the son of [[PERSON:Alasdair]] and [[PERSON:Fiona Ferguson]] of [[LOCATION:Perth]]. The bridesmaids were [[PERSON:Chioma Obi]] and [[PERSON:Isla Ferguson]], and the best man was [[PERSON:Ruaridh MacLeod]]. The couple met at the University of Glasgow and now live in [[LOCATION:Leith]].""",
]

CHAT = [
    "hey its [[PERSON:marcus]] 👋 new number, save it: [[PHONE_NUMBER:07912 44 8301]]. old phone got nicked at the match lol",
    """Mum: did [[PERSON:jadey]] get home ok??
[[PERSON:Jade]]: yes mum 🙄 im at [[PERSON:becca]]'s tonight, [[ADDRESS:41 whitmore rd]], back tmrw
Mum: ok text me when ur up x""",
    """[[USERNAME:dan.okafor]]: @[[USERNAME:priya.s]] can u send me the client's number? the kitchen refit one
[[USERNAME:priya.s]]: [[TITLE:mrs]] [[PERSON:huang]]? [[PHONE_NUMBER:0208 443 9172]], she prefers calls after 4
[[USERNAME:dan.okafor]]: legend ty 🙏""",
    """[[USERNAME:kr0nos_77]]: who's hosting the lan on sat
[[USERNAME:lil_wafflez]]: [[PERSON:tyler]]'s basement again, [[ADDRESS:209 n maple st]] 🍕 bring ur own chair
[[USERNAME:kr0nos_77]]: bet. tell [[PERSON:ty]] his wifi pw is still password123 lmao""",
    "💎 Admin [[PERSON:Jessica]] 💎: CONGRATULATIONS!! You won 0.5 BTC 🎉 To claim, send the 0.01 BTC network fee to [[ID_NUMBER:bc1q9dkh2r7svm0fz4wxtpe8c5jq3yl6ngua2hk7xr]] and DM me your full name and phone number. Offer ends tonight!!",
    "omg [[PERSON:sage]] is that u?? 😭 it's [[PERSON:river]] from camp!! lost my old acc, my new @ is [[USERNAME:riverrrr.w]] follow back",
    "Throwaway because my landlord knows my main. He (let's call him [[PERSON:Gary]], because that's literally his name) still hasn't returned my $1,800 deposit for [[ADDRESS:apt 3, 1187 Lakeview Blvd]] in [[LOCATION:Cleveland]] and it's been 60 days since I moved out on [[DATE_TIME:March 31]]. Ohio says 30 days, right??",
    """Re: good vet in [[LOCATION:Ballarat]]?
posted by [[USERNAME:kelpie_mum]]
we take our two to the clinic on Sturt St, ask for [[PERSON:Dr. Ng]], she's lovely with nervous dogs. tell her [[PERSON:Trish]] sent you 🐕""",
    """Agent ([[PERSON:Farah]]): Hi, thanks for contacting Skyline Broadband. How can I help?
Customer: hi my internet keeps dropping every 10 min, account is under [[PERSON:Colt Ramirez]]
Agent ([[PERSON:Farah]]): Sorry to hear that! Can you confirm the first line of the address and the postcode?
Customer: [[ADDRESS:16 Fairfield Ave]], [[ZIP_CODE:SK4 2BN]]
Agent ([[PERSON:Farah]]): Thanks, [[PERSON:Colt]]. Your router's public IP is [[IP_ADDRESS:81.109.44.231]] and it has restarted 14 times today, so I'll book an engineer.""",
    """AGENT: Can I take a number in case we get cut off?
CALLER: yeah it's [[PHONE_NUMBER:oh seven nine four six, two one eight, double three five]]
AGENT: Lovely. And your name?
CALLER: [[PERSON:Ebony]], [[PERSON:E-B-O-N-Y]], surname [[PERSON:Clarke]] with an e
AGENT: Thanks, [[PERSON:Ebony]]. And the date of birth on the account?
CALLER: [[DATE_TIME:fourteenth of february ninety-nine]]""",
    "Hi, this message is for [[PERSON:Mr. Petrosyan]]. It's [[PERSON:Lena]] calling from [[PERSON:Dr. Arslan]]'s surgery. Your blood test has been moved to the [[DATE_TIME:twenty-third of May]] at ten past nine. If that's no good, ring the surgery and ask for me. Thanks, bye.",
    "DPD: Your driver [[PERSON:Kamil]] is 3 stops away 🚚 Parcel 15503 9921 4478 for [[PERSON:A. Okeke]] will arrive between 10:05 and 11:05.",
    """[[PERSON:shaz]]: nan's [[AGE:80]]th is sat [[DATE_TIME:12th oct]] at the cricket club!! dont tell her
[[PERSON:dev]]: omg ok. whos bringing the cake
[[PERSON:shaz]]: auntie [[PERSON:pam]], dont worry. send me ur address for the invite [[PERSON:dev]]
[[PERSON:dev]]: [[ADDRESS:27 ashgrove]], [[LOCATION:luton]] [[ZIP_CODE:lu1 3qr]] 😘""",
    """lol ur name is actually [[PERSON:Brandy]]? like the drink 😂
yep 🙃 and ur [[PERSON:Rocky]], like the movie
touché. add my snap, [[USERNAME:rocky_b_92]]""",
    """oncall-bot: 🔴 ALERT disk > 95% on prod-db-2
[[USERNAME:m.tanaka]]: looking. prod-db-2 is [[IP_ADDRESS:10.20.3.14]], right?
[[USERNAME:s.adeyemi]]: yes, the replica is [[IP_ADDRESS:10.20.3.15]]. I'm on a train till 6, [[PERSON:Mei]] can you take it
[[USERNAME:m.tanaka]]: on it""",
    "AND THE WINNER OF THE GIFTED SUB IS… [[USERNAME:shadowfax_ttv]] 🎉🎉 dm a mod within 24h to claim. thanks [[USERNAME:b0rkbork]] and [[USERNAME:lady_kestrel]] for the raid!!",
    "electric bill came, $126.51 so $42.17 each. venmo me @[[USERNAME:Eden-Park-4]] when u can 🙏 [[PERSON:jules]] u still owe me for the wifi too",
    "My ([[AGE:24]]F) ex ([[AGE:27]]M) still has my car registered to his address ([[ADDRESS:4410 Sunset Ridge Dr]], [[LOCATION:Henderson]] [[LOCATION:NV]]) and I keep getting his tickets. How do I fix this without talking to him?",
    """[[PERSON:Kerry]] (HR): hi [[PERSON:shelby]], can u send me ur NI number for payroll? it's missing on ur form
[[PERSON:Shelby Hughes]]: sure its [[ID_NUMBER:JT 58 22 91 D]]
[[PERSON:Kerry]] (HR): ty!! 👍""",
    """CALLER: yeah the card is [[CREDIT_CARD:4761 7390 0284 6610]], expiry oh-nine twenty-six
AGENT: And the security code on the back?
CALLER: 551. it's in my husband's name, [[PERSON:Rashid Karimov]], is that ok?
AGENT: I'll need to speak to [[PERSON:Mr. Karimov]] for that, sorry.""",
    "selling ps5 w/ 2 controllers £300 ono, collection from [[LOCATION:peckham]] only, hmu [[PHONE_NUMBER:+44 7459 30 12 88]] ask for [[PERSON:deji]]",
    """oye [[PERSON:Pili]], me pasas el número de [[PERSON:Javi]]?
claro: [[PHONE_NUMBER:611 23 45 90]] 👍
gracias guapa!! y su dire para mandarle el regalo?
[[ADDRESS:c/ la palma 22, 4ºb]], en [[LOCATION:malasaña]]. el timbre no va, llámalo""",
    "slt c [[PERSON:Mathéo]], j'ai changé de num : [[PHONE_NUMBER:07 81 44 29 03]]. dis à [[PERSON:Inès]] que la soirée c chez moi samedi, [[ADDRESS:12 rue Paul Bert]], digicode 4817B, 3e gauche 🎉",
    """hey [[PERSON:lena]], kannst du mir die iban von [[PERSON:tobi]] schicken? wegen der hütte
[[IBAN_CODE:DE13 4306 0967 1143 8273 00]] 💸
danke!! und überweist [[PERSON:Jo]] auch noch?""",
    """[[PERSON:Rafa]]: manda o pix?
[[PERSON:Duda]]: a chave é meu cpf [[ID_NUMBER:581.204.937-88]]
[[PERSON:Rafa]]: fechou, e o endereço pra entrega?
[[PERSON:Duda]]: [[ADDRESS:rua das laranjeiras 410 ap 32]], [[LOCATION:laranjeiras]], [[LOCATION:rio]] 😘""",
    "ciao [[PERSON:fede]]! sono [[PERSON:giulia]], l'amica di [[PERSON:marti]] 😊 mi ha passato il tuo numero per il passaggio di domenica, il mio è [[PHONE_NUMBER:333 918 2746]]. abito in [[ADDRESS:via castiglione 31]], citofono [[PERSON:Bassi]]",
    "hoi [[PERSON:sanne]], er ligt een pakketje voor [[TITLE:mevrouw]] [[PERSON:jansen]] bij ons, kan jij het afgeven op [[ADDRESS:kerkstraat 16]]? anders bel ik haar wel, [[PHONE_NUMBER:06 2841 9073]]",
    "Habari [[PERSON:Wanjiru]]! Tafadhali tuma pesa kwa M-Pesa namba [[PHONE_NUMBER:0722 418 396]], jina litaonekana [[PERSON:Otieno Ouma]]. Mimi niko [[LOCATION:Kilimani]] karibu na Yaya Centre, nitakungoja saa nane.",
    "voice note (transcribed): hi [[PERSON:tola]] its auntie [[PERSON:bisi]], please tell your mummy that I have sent the money to her account [[ID_NUMBER:0123948576]], she should check it, and tell [[PERSON:Femi]] happy birthday, he is [[AGE:twelve]] now o! God bless you",
    """[[USERNAME:skatergrl]]: anyone know [[PERSON:cole]]'s last name?? need to add him to the trip list
[[USERNAME:m4tty_p]]: [[PERSON:cole ferreira]] i think. his email is [[EMAIL_ADDRESS:coleferreira.skate@gmail.com]]
[[USERNAME:skatergrl]]: ur a star ⭐""",
]

STRUCT = [
    """fname,surname_1,tel_no,dob_ddmmyyyy,addr1,postcode
[[PERSON:Aoife]],[[PERSON:Brennan]],[[PHONE_NUMBER:087 214 9930]],[[DATE_TIME:03071992]],[[ADDRESS:12 Sráid an Mhuilinn]],[[ZIP_CODE:H91 E2K7]]
[[PERSON:Ciarán]],[[PERSON:Ó Dálaigh]],[[PHONE_NUMBER:+353 86 730 1184]],[[DATE_TIME:21111987]],[[ADDRESS:Apt 4 The Maltings Bridge St]],[[ZIP_CODE:F92 X6P3]]
[[PERSON:Nkechi]],[[PERSON:Adewale-Byrne]],[[PHONE_NUMBER:0851 447 203]],[[DATE_TIME:09051999]],[[ADDRESS:7 Cois Cuain]],[[ZIP_CODE:A98 T2W4]]""",
    "emp_id\tfull_name\twork_email\tmobile\tstart_date\tni_number\n[[ID_NUMBER:E10482]]\t[[PERSON:Rocky Ndlovu]]\t[[EMAIL_ADDRESS:rocky.ndlovu@halcyonfoods.co.uk]]\t[[PHONE_NUMBER:07823 110 594]]\t[[DATE_TIME:2023-11-06]]\t[[ID_NUMBER:NW 73 18 40 B]]\n[[ID_NUMBER:E10483]]\t[[PERSON:Bethany Sterling]]\t[[EMAIL_ADDRESS:bethany.sterling@halcyonfoods.co.uk]]\t[[PHONE_NUMBER:07952 337 028]]\t[[DATE_TIME:2023-11-13]]\t[[ID_NUMBER:SK 20 94 71 A]]\n[[ID_NUMBER:E10484]]\t[[PERSON:Iqbal Hussain Chowdhury]]\t[[EMAIL_ADDRESS:iqbal.chowdhury@halcyonfoods.co.uk]]\t\t[[DATE_TIME:2024-01-08]]\t",
    """| Volunteer | Phone | Shift | Notes |
|---|---|---|---|
| [[PERSON:Ginger Abernathy]] | [[PHONE_NUMBER:07411 028 356]] | Sat AM | has a car, can drive to [[LOCATION:Keswick]] |
| [[PERSON:Tomasz]] ([[PERSON:Tomek]]) [[PERSON:Zawadzki]] | [[PHONE_NUMBER:07388 902 114]] | Sat PM | first aid trained |
| [[PERSON:Mrs. Hilary Fenwick]] | landline only: [[PHONE_NUMBER:017687 72 419]] | Sun | nut allergy; lives at [[ADDRESS:2 Brundholme Terrace]] |
| [[PERSON:Jonah]] | ask [[PERSON:Hilary]] | Sun | aged [[AGE:16]], needs a lift |""",
    """{
  "customer": {
    "id": "[[ID_NUMBER:C-0048213]]",
    "name": {"first": "[[PERSON:Haruto]]", "last": "[[PERSON:Kobayashi]]"},
    "dob": "[[DATE_TIME:1989-06-30]]",
    "contact": {"email": "[[EMAIL_ADDRESS:haruto.kobayashi@docomo.ne.jp]]", "phone": "[[PHONE_NUMBER:+81 90-4821-7736]]"},
    "address": {
      "line1": "[[ADDRESS:2-14-7 Kichijoji Honcho]]",
      "city": "[[LOCATION:Musashino]]",
      "prefecture": "[[LOCATION:Tokyo]]",
      "postal": "[[ZIP_CODE:180-0004]]"
    }
  },
  "payment": {"card": "[[CREDIT_CARD:3530 1847 2659 3010]]", "brand": "JCB", "exp": "04/27"},
  "last_ip": "[[IP_ADDRESS:126.74.19.203]]",
  "order_total": 18400,
  "currency": "JPY"
}""",
    """applicant:
  given_name: [[PERSON:Siddharth]]
  family_name: [[PERSON:Menon]]
  date_of_birth: [[DATE_TIME:14 Feb 1993]]
  passport_no: [[ID_NUMBER:Z4829173]]
  nationality: [[NRP:Indian]]
  address:
    street: [[ADDRESS:31/742 Kuppuswamy Road]]
    city: [[LOCATION:Kochi]]
    pin: "[[ZIP_CODE:682016]]"
  phone: "[[PHONE_NUMBER:+91 98470 21836]]"
  email: [[EMAIL_ADDRESS:sid.menon93@gmail.com]]
referee:
  name: [[PERSON:Dr. Leela Varghese]]
  phone: "[[PHONE_NUMBER:+91 484 271 8830]]"
visa_type: student
intake: 2024-09""",
    """<PmtInf>
  <Dbtr>
    <Nm>[[PERSON:Saoirse Nic Giolla Phádraig]]</Nm>
    <PstlAdr>
      <StrtNm>[[ADDRESS:Shandon Street]]</StrtNm>
      <BldgNb>[[ADDRESS:44]]</BldgNb>
      <PstCd>[[ZIP_CODE:T23 YX82]]</PstCd>
      <TwnNm>[[LOCATION:Cork]]</TwnNm>
      <Ctry>[[LOCATION:IE]]</Ctry>
    </PstlAdr>
  </Dbtr>
  <DbtrAcct><Id><IBAN>[[IBAN_CODE:IE85BOFI90583812847593]]</IBAN></Id></DbtrAcct>
  <DbtrAgt><FinInstnId><BIC>BOFIIE2D</BIC></FinInstnId></DbtrAgt>
  <CdtTrfTxInf>
    <Amt><InstdAmt Ccy="EUR">640.00</InstdAmt></Amt>
    <Cdtr><Nm>Blarney Woollen Mills Ltd</Nm></Cdtr>
    <RmtInf><Ustrd>INV-2024-3318</Ustrd></RmtInf>
  </CdtTrfTxInf>
</PmtInf>""",
    """INSERT INTO patients (mrn, first_name, last_name, dob, sex, phone, postcode) VALUES
('[[ID_NUMBER:M0048127]]', '[[PERSON:Ioana]]', '[[PERSON:Popescu-Dumitru]]', '[[DATE_TIME:1977-08-19]]', 'F', '[[PHONE_NUMBER:07402 118 936]]', '[[ZIP_CODE:NG7 2FT]]'),
('[[ID_NUMBER:M0048128]]', '[[PERSON:Kojo]]', '[[PERSON:Mensah]]', '[[DATE_TIME:2001-01-05]]', 'M', NULL, '[[ZIP_CODE:NG5 1HJ]]'),
('[[ID_NUMBER:M0048129]]', '[[PERSON:Eden]]', '[[PERSON:Achterberg]]', '[[DATE_TIME:1958-12-30]]', 'F', '[[PHONE_NUMBER:0115 962 4471]]', '[[ZIP_CODE:NG9 3AE]]');""",
    """[[IP_ADDRESS:203.0.113.77]] - - [10:14:22] "GET /account/profile HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"
[[IP_ADDRESS:203.0.113.77]] - [[USERNAME:ewan_mcb]] [10:14:31] "POST /account/email?new=[[EMAIL_ADDRESS:ewan.mcbride%40gmail.com]] HTTP/1.1" 302 0 "https://shop.example/account" "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"
[[IP_ADDRESS:66.249.66.12]] - - [10:15:02] "GET /robots.txt HTTP/1.1" 200 68 "-" "Googlebot/2.1 (+http://www.google.com/bot.html)"
[[IP_ADDRESS:2a02:c7c:5d31:9a00:4d2:1f7e:88b0:3c19]] - [[USERNAME:priya.r]] [10:15:40] "GET /orders/55821/invoice.pdf HTTP/2.0" 200 48211 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)\"""",
    """10:02:17 bastion-01 sshd[2231]: Failed password for invalid user admin from [[IP_ADDRESS:45.134.26.99]] port 51822 ssh2
10:02:19 bastion-01 sshd[2231]: Failed password for root from [[IP_ADDRESS:45.134.26.99]] port 51830 ssh2
10:04:55 bastion-01 sshd[2240]: Accepted publickey for [[USERNAME:rkapoor]] from [[IP_ADDRESS:10.8.0.14]] port 60144 ssh2: ED25519 SHA256:Qm3vT8kX1pLw0aZr5YbN7cD2eF9gH4jK6sU1oI3qRtE
10:04:55 bastion-01 sshd[2240]: pam_unix(sshd:session): session opened for user [[USERNAME:rkapoor]](uid=1004) by (uid=0)
10:31:08 bastion-01 sudo: [[USERNAME:rkapoor]] : TTY=pts/0 ; PWD=/home/[[USERNAME:rkapoor]] ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx""",
    """10:41:07 INFO  auth.login user=[[USERNAME:g.sterling]] ip=[[IP_ADDRESS:2001:db8:4a1:9::23]] result=ok mfa=totp
10:41:09 WARN  billing.update user=[[USERNAME:g.sterling]] field=card old=****4483 new=****0074
10:43:55 ERROR mailer.send to=[[EMAIL_ADDRESS:georgia.sterling@fastmail.com]] err="550 mailbox full"
10:44:10 INFO  profile.update user=[[USERNAME:g.sterling]] phone=[[PHONE_NUMBER:+1-602-448-9173]] zip=[[ZIP_CODE:85016]]
10:44:12 INFO  job.enqueue id=7f3a9c21 queue=notifications attempts=0""",
    """Return-Path: <[[EMAIL_ADDRESS:n.abubakar@kanoagritech.ng]]>
Received: from mail-ed1-f54.google.com ([[IP_ADDRESS:209.85.208.54]]) by mx2.verhoeven-seeds.nl with ESMTPS id 4Vx9Q2
From: "[[PERSON:Nafisa Abubakar]]" <[[EMAIL_ADDRESS:n.abubakar@kanoagritech.ng]]>
To: [[PERSON:Joost Verhoeven]] <[[EMAIL_ADDRESS:joost@verhoeven-seeds.nl]]>
Cc: [[EMAIL_ADDRESS:aminu.bello@kanoagritech.ng]]
Subject: Seed order for the [[LOCATION:Kano]] trial plots
Message-ID: <CAF8x9_2kLmQ71vR@mail.gmail.com>
X-Originating-IP: [[[IP_ADDRESS:41.58.92.17]]]
MIME-Version: 1.0""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:van den Heuvel]];[[PERSON:Maarten]];;[[TITLE:Dr.]];
FN:[[PERSON:Dr. Maarten van den Heuvel]]
ORG:Erasmus MC;Afdeling Longziekten
TEL;TYPE=cell:[[PHONE_NUMBER:+31 6 4127 8830]]
EMAIL;TYPE=work:[[EMAIL_ADDRESS:m.vandenheuvel@erasmusmc.nl]]
ADR;TYPE=home:;;[[ADDRESS:Kralingse Plaslaan 41]];[[LOCATION:Rotterdam]];;[[ZIP_CODE:3062 AB]];[[LOCATION:Nederland]]
BDAY:[[DATE_TIME:1979-10-02]]
URL:[[URL:https://maartenvandenheuvel.nl]]
END:VCARD""",
    """MSH|^~\\&|EPIC|MIDDLEMORE|LAB|MIDDLEMORE|||ADT^A01|MSG00417|P|2.5.1
PID|1||[[ID_NUMBER:JBX7317]]^^^NHI^NH||[[PERSON:Tuilagi]]^[[PERSON:Losa]]^[[PERSON:Mele]]^^[[TITLE:MRS]]||[[DATE_TIME:19650312]]|F|||[[ADDRESS:27 Kauri Street]]^^[[LOCATION:Otahuhu]]^[[LOCATION:AKL]]^[[ZIP_CODE:1062]]^[[LOCATION:NZ]]||[[PHONE_NUMBER:(09) 276 4418]]
NK1|1|[[PERSON:Tuilagi]]^[[PERSON:Ioane]]|SPO||[[PHONE_NUMBER:021 448 2019]]
PV1|1|I|W4^12^B||||[[ID_NUMBER:38271]]^[[PERSON:Harrison]]^[[PERSON:Grace]]^^^[[TITLE:DR]]|||MED""",
    "GET /signup?first_name=[[PERSON:Zanele]]&last_name=[[PERSON:Khumalo]]&email=[[EMAIL_ADDRESS:zanele.k%40gmail.com]]&phone=[[PHONE_NUMBER:%2B27%2083%20412%207719]]&dob=[[DATE_TIME:1998-04-17]]&city=[[LOCATION:Durban]]&ref=ig_story&utm_campaign=winter24&v=3.2.1.0",
    """--- Contact form submission #4471 ---
Name: [[PERSON:Bartholomew]] "[[PERSON:Bart]]" [[PERSON:Achebe]]
Email: [[EMAIL_ADDRESS:bart.achebe@achebehaulage.co.uk]]
Phone: [[PHONE_NUMBER:0161 480 7732]]
Company: Achebe & Sons Haulage Ltd
Message: Please call me back about a quote for moving a piano from [[ADDRESS:18 Willow Bank]], [[LOCATION:Stockport]] to [[LOCATION:Chester]] some time after [[DATE_TIME:20 June]].
Consent: yes
Submitted from: [[IP_ADDRESS:86.14.203.61]]
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0""",
    """SHIP TO:
[[PERSON:TAMIKA ABERNATHY-OSEI]]
[[ADDRESS:APT 5C, 1220 GRAND CONCOURSE]]
[[LOCATION:BRONX]] [[LOCATION:NY]] [[ZIP_CODE:10456-6011]]
[[PHONE_NUMBER:(718) 590-2247]]

FROM: Kettle & Crumb Bakery, [[ADDRESS:88 Front St]], [[LOCATION:Hoboken]] [[LOCATION:NJ]] [[ZIP_CODE:07030]]

UPS GROUND   TRACKING #: 1Z 9X4 F27 03 4481 7720
WEIGHT: 2.4 LB   REF: ORD-55821   DIM 12x9x4""",
]

STRUCT += [
    """nhs_no,forename,surname,dob,gp_practice,mobile,next_appt
[[ID_NUMBER:718 293 0463]],[[PERSON:Precious]],[[PERSON:Obasi]],[[DATE_TIME:12/06/1984]],Fernside Surgery,[[PHONE_NUMBER:07700 422918]],[[DATE_TIME:03/07/2024]]
[[ID_NUMBER:402 918 3751]],[[PERSON:Colt]],[[PERSON:Harrower]],[[DATE_TIME:28/02/1951]],Fernside Surgery,,[[DATE_TIME:05/07/2024]]""",
    """{
  "export_generated_for": "[[USERNAME:moonlit_fern]]",
  "profile": {"display_name": "[[PERSON:Fern Okonedo]]", "bio": "plant mum 🌿 [[LOCATION:Leeds]]", "birthday": "[[DATE_TIME:1996-03-21]]"},
  "emails": ["[[EMAIL_ADDRESS:fern.okonedo@gmail.com]]", "[[EMAIL_ADDRESS:f.okonedo@leeds.ac.uk]]"],
  "phone": "[[PHONE_NUMBER:+447700139482]]",
  "login_history": [
    {"ip": "[[IP_ADDRESS:81.98.177.40]]", "device": "iPhone15,3", "time": "08:12"},
    {"ip": "[[IP_ADDRESS:2a00:23c7:9e85:1b01:31d4:c0ff:fe22:7a19]]", "device": "MacBookAir10,1", "time": "21:47"}
  ],
  "blocked_users": ["[[USERNAME:xx_troll_xx]]"],
  "storage_used_mb": 412.7
}""",
    """<employee id="[[ID_NUMBER:HR-77310]]">
  <name><given>[[PERSON:Mariam]]</given><family>[[PERSON:Al-Khalifa]]</family></name>
  <dob>[[DATE_TIME:1990-09-14]]</dob>
  <nationality>[[NRP:Bahraini]]</nationality>
  <cpr>[[ID_NUMBER:900914327]]</cpr>
  <address><line>[[ADDRESS:Bldg 2271, Road 2835, Block 428]]</line><area>[[LOCATION:Seef]]</area><country>[[LOCATION:Bahrain]]</country></address>
  <mobile>[[PHONE_NUMBER:+973 3918 2740]]</mobile>
  <bank><iban>[[IBAN_CODE:BH57 KFHO 0001 8273 6450 19]]</iban><swift>KFHOBHBM</swift></bank>
  <position grade="M3">Senior Internal Auditor</position>
</employee>""",
    """**[[ADDRESS:2218 Delancey Pl]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19103]]: rent roll**

| Unit | Tenant | Phone | Email | Lease start | Rent |
|------|--------|-------|-------|-------------|------|
| 1A | [[PERSON:Shelby Trần]] | [[PHONE_NUMBER:215-390-4471]] | [[EMAIL_ADDRESS:shelby.tran@gmail.com]] | [[DATE_TIME:09/01/2023]] | $1,450 |
| 1B | (vacant) | | | | $1,395 |
| 2A | [[PERSON:Omar]] & [[PERSON:Leila Benali]] | [[PHONE_NUMBER:267-818-0293]] | [[EMAIL_ADDRESS:benali.home@outlook.com]] | [[DATE_TIME:03/15/2022]] | $1,620 |
| 2B | [[TITLE:Rev.]] [[PERSON:Cornelius Whitby]] | [[PHONE_NUMBER:215-732-5580]] | | [[DATE_TIME:06/01/2019]] | $1,300 |""",
    """ts=09:14:55 event=password_reset actor=[[EMAIL_ADDRESS:kwame.osei@brightpath.io]] target_user=[[USERNAME:kosei]] src_ip=[[IP_ADDRESS:2c0f:fe38:2184:9a10::1f]] ua="okhttp/4.12.0" outcome=success
ts=09:15:02 event=mfa_reset actor=svc_helpdesk target_user=[[USERNAME:kosei]] ticket=HD-44817 outcome=success
ts=09:20:40 event=login user=[[USERNAME:kosei]] src_ip=[[IP_ADDRESS:154.160.22.7]] geo="[[LOCATION:Kumasi]], [[LOCATION:GH]]" outcome=success session=9b1c0e7d44
ts=09:21:13 event=export user=[[USERNAME:kosei]] object=payroll_2024_05.xlsx rows=212 outcome=denied""",
    """INSERT INTO customers (full_name, email, card_number, card_exp, billing_zip, ssn_last4) VALUES ('[[PERSON:Harper Quinn Delacroix]]', '[[EMAIL_ADDRESS:hq.delacroix@icloud.com]]', '[[CREDIT_CARD:2710458293610074]]', '08/28', '[[ZIP_CODE:70115]]', '3391');
UPDATE customers SET phone = '[[PHONE_NUMBER:504-812-3367]]', ssn = '[[US_SSN:438-27-9150]]', dl_number = '[[US_DRIVER_LICENSE:008814273]]', dl_state = 'LA' WHERE email = '[[EMAIL_ADDRESS:hq.delacroix@icloud.com]]';""",
    """leads:
  - name: [[PERSON:Valentina Greco]]
    company: Greco Ceramiche S.r.l.
    phone: "[[PHONE_NUMBER:+39 0571 48 2917]]"
    email: [[EMAIL_ADDRESS:valentina.greco@grecoceramiche.it]]
    city: [[LOCATION:Empoli]]
    notes: met at Cersaie, call back after [[DATE_TIME:15 October]]
  - name: [[PERSON:Baptiste Renaud]]
    company: Atelier Renaud & Fils
    phone: "[[PHONE_NUMBER:+33 6 71 20 48 93]]"
    linkedin: [[URL:https://www.linkedin.com/in/baptiste-renaud-93b2a1]]
    city: [[LOCATION:Limoges]]
    notes: wants samples of SKU TL-4471-GR""",
    """{"event":"signup","payload":{"username":"[[USERNAME:phoenix.rising.77]]","password":"Sunset#2024!","email":"[[EMAIL_ADDRESS:phoenix.marlowe@shaw.ca]]","first_name":"[[PERSON:Phoenix]]","last_name":"[[PERSON:Marlowe]]","age":[[AGE:33]],"country":"[[LOCATION:CA]]","province":"[[LOCATION:AB]]","postal_code":"[[ZIP_CODE:T2N 1N4]]","marketing_opt_in":true},"client":{"ip":"[[IP_ADDRESS:70.73.152.19]]","app_version":"5.0.2.118"}}""",
    """SEQ,SURNAME,GIVEN,TITLE,DOB,NATIONALITY,PASSPORT,SEAT
1,[[PERSON:RAHMAN]],[[PERSON:AYESHA SIDDIQA]],[[TITLE:MS]],[[DATE_TIME:04MAR1991]],[[NRP:Bangladeshi]],[[ID_NUMBER:EF0482917]],14C
2,[[PERSON:RAHMAN]],[[PERSON:ZAYAN]],[[TITLE:MSTR]],[[DATE_TIME:19JAN2018]],[[NRP:British]],[[ID_NUMBER:562019384]],14D
3,[[PERSON:KOWALCZYK-HART]],[[PERSON:DEVON]],[[TITLE:MR]],[[DATE_TIME:30SEP1979]],[[NRP:American]],[[US_PASSPORT:A04827193]],22A""",
]

LOOKALIKE = [
    "Order #4471-2209-18 left our warehouse today via DHL Express, tracking JD014600003829174512. Invoice INV-2024-00871 (€1,249.00 incl. 21% VAT) is attached. Before installing, update the X-220 router to firmware 10.4.2.17; part no. 88-0192-A, serial SN4F29C0A771, lot 24B-0917.",
    "Thanks for your order, [[PERSON:Cole]]! Order 113-4478102-5529017: Anker PowerCore 20000 (ASIN B07QXV6N1B) x1, HDMI 2.1 cable 2 m x2. Subtotal $84.97, tax $7.01, total $91.98, charged to the Visa ending 3318. Arriving Thursday at [[ADDRESS:77 Larkspur Ln]], [[LOCATION:Boulder]], [[LOCATION:CO]] [[ZIP_CODE:80304]].",
    "BA 2490 LGW-GIG departs gate 22 at 14:35 on a Boeing 787-9 (G-ZBKP); seat 31K, baggage tag 0125 448291, fare basis YLOWGB. Connection LA 3351 GIG-CNF boards at 07:10 from gate 9.",
    "Release notes 7.2.0.1: fixes the crash on devices still running 10.3.1.2 and drops support for 192.168 in the legacy config parser (use CIDR instead). The staging box moved to [[IP_ADDRESS:172.16.40.12]]; thanks to [[PERSON:Ines Oyelaran]] for the patch (PR #4462, commit 9f2c1ab, image sha256:5b7e0c19d4aa83f2).",
    "Patients with Parkinson's disease, Hodgkin lymphoma or a positive Babinski sign were excluded. The Doppler effect, Halley's Comet and the Higgs boson came up in the quiz, and the prizes were Dr. Martens boots, a tub of Ben & Jerry's and a bottle of Jack Daniel's.",
    "PNR K7QX2L  1.[[PERSON:MWANGI]]/[[PERSON:DANIEL KAMAU]] [[TITLE:MR]]  KQ 100 Y NBO-LHR HK1 2355 0605+1  seat 34A  ticket 706-2418839201  total KES 142,380  FF [[ID_NUMBER:KQ 40018273]]",
    "Warranty registration: model HX-9000 Pro, serial HX9-2304-18872, firmware 2.0.14.3, bought on 14/02/2024 from Currys. Registered to [[PERSON:Oksana Melnyk]], [[EMAIL_ADDRESS:oksana.melnyk@ukr.net]]. Replacement parts: 1138-220-B (filter), 1138-221-C (brush roll).",
    "Directions: the Florence Nightingale Wing is on level 2 next to the Alexander Fleming Laboratory and the Mary Seacole café; the Christie Suite is in Block C. Today's fracture clinic with [[PERSON:Mr. Dev Malhotra]] is running about 40 minutes late.",
    "Coordinates 51.5072° N, 0.1276° W; elevation 11 m; ISBN 978-1-4028-9462-6; CAS 7732-18-5; ASTM D638-14; SHA-1 3f786850e387550fdab836ed7e6dc881de23001b; RAL 7016; batch 2024-W17-003; shelf A-14-3.",
    "INVOICE 2024-117 from [[PERSON:Sanna Lehtonen]], freelance translator. Services: 12,400 words FI→EN at €0.18 = €2,232.00; rush fee €248.00; total €2,480.00 (VAT 0%, reverse charge). Please pay to [[IBAN_CODE:FI17 4005 5120 0873 64]] with reference RF18 0049 2. Due in 14 days.",
    "Tracking 00340434161094027318: out for delivery in [[LOCATION:Gdańsk]]. Parcel 2 of 3 (weight 4.2 kg, dimensions 60x40x30). Delivery window 10:00-14:00. The courier will call [[PERSON:Marek]] on arrival.",
    "As reported by [[PERSON:Okonkwo]] et al. (2021; doi:10.1016/j.cell.2022.11.014), plasma levels after 300 mg of acetylsalicylic acid (CAS 50-78-2) peaked at 45 min. See also Chapter 7 of ISBN 978-0-262-04630-8. Corresponding author: [[PERSON:Dr. Lena Fischer-Aydın]], [[EMAIL_ADDRESS:l.fischer-aydin@uni-hd.de]].",
    "Sloane Square Properties and Baker Street Lettings are pleased to offer a four-bedroom townhouse in [[LOCATION:St John's Wood]], two minutes from Abbey Road Studios. Guide price £2,750,000; EPC C; council tax band G. Viewings through [[PERSON:Tamsin Greaves]] on [[PHONE_NUMBER:020 7229 4481]].",
    "Model comparison: iPhone 15 Pro (A3102) vs Galaxy S24 (SM-S921B) vs Pixel 8 (GKWS6). Prices: $999, $799, $699. Batteries: 3274 mAh, 4000 mAh, 4575 mAh. Release dates were September, January and October. Benchmarks ran on build 14.2.0.88 at 21°C.",
    "[[PERSON:Kylian Mbappé]] scored in the 12th and 73rd minutes and [[PERSON:Ousmane Dembélé]] added a third as PSG beat Lyon 3-1 in front of 47,929 at the Parc des Princes; the Lyon coach, [[PERSON:Pierre Sage]], blamed the 4-3-3.",
]


STYLES = {"gen": GEN, "bench": BENCH, "doc": DOC, "chat": CHAT, "struct": STRUCT, "lookalike": LOOKALIKE}

if __name__ == "__main__":
    write_set("blind11", STYLES, OUT)

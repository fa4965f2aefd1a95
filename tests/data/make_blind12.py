"""Build tests/data/blind12.jsonl: a twelfth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind12.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts); only the module docstring of make_blind11.py, gold_sets.py, and
the `parse()` helper of make_handwritten.py (with its two regexes, MARK and
TITLE_IN_NAME) were meant to be read, to keep the conventions and the file
format. By mistake, about fifteen lines that follow parse() in
make_handwritten.py (the start of its first record list, seven records)
were printed once too; no name, number or reference seen there is reused
here, and names that merely resembled them were changed. The
import lines below follow gold_sets.py (which imports make_handwritten from
the same folder). No value seen in passing there is reused here. The
detector was never run on this file. Do not tune the detector against it:
once it has been used to tune, it no longer measures anything; write a new
set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (check digits worked out
by hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks them and refuses a bad one). National ids with
a public check digit (PESEL, NIP, dowód osobisty, BSN, NHS number, SIN,
Ontario health card, AHV, NIR, Belgian national number, DNI / NIE,
Portuguese NIF, CPF, personnummer, fødselsnummer and Norwegian account
number, henkilötunnus, rodné číslo, T.C. Kimlik, Romanian CNP, Steuer-ID,
Aadhaar, codice fiscale, Irish PPSN, South African ID, Singapore NRIC,
Australian TFN and Medicare number, Mexican CLABE) were given a valid one the
same way; Indonesian NIK and NPWP, CURP, RFC, PAN, Nigerian NIN,
Bangladeshi NID, UK NI number and UPN, Medicare MBI, German
Krankenversichertennummer, Czech OP number, passports, licences, plates and
crypto wallet addresses were not checked.

Styles (ids `blind12-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool (public PII-masking benchmarks such as
ai4privacy pii-masking and gretel-pii-masking-en, and LLM-generated
"realistic sentences containing personal data"):
- `gen` (75): one to three LLM-style sentences across customer support,
  banking, insurance, healthcare, HR, legal, travel, education, real
  estate, government, social media, shopping, telecom, logistics, gaming,
  dating, fitness, charity, immigration and news, with the name at the
  start, in the middle or at the end, people from everywhere, names that
  are also words or places, usernames and ids said in many ways, and ages
  and birth dates in many shapes.
- `bench` (70): dense form-like paragraphs in the manner of ai4privacy and
  gretel records: prefixes, first / middle / last names, sex, age, DOB,
  job, company, street + building number + secondary address, city, state /
  county, zip, country, phone, email, username, password, account, IBAN and
  card numbers, SSN, passport, driver's licence, national / tax ids,
  plates, IPv4 / IPv6, MACs, crypto wallets, user agents and profile URLs.
  About half in English, the rest in French, German, Italian, Spanish,
  Dutch, Portuguese, Polish, Swedish, Norwegian, Finnish, Romanian, Czech,
  Turkish and Indonesian.
- `doc` (30): longer documents (letters, clinical notes, police and
  incident reports, court documents, tenancy agreements, HR letters, CVs,
  minutes, school reports, insurance claims, emails with quoted threads and
  signatures, transcripts, obituaries, newsletters) with five to twelve PII
  values each and non-PII look-alikes.
- `chat` (30): informal messages and transcripts (SMS, WhatsApp, Slack,
  Discord, Telegram, Instagram DMs, Reddit and forum posts, support chats
  with turns, call-centre transcripts, voicemails): lowercase names,
  nicknames, typos, emoji, handles, loose phone numbers and half addresses;
  seven in other languages.
- `table` (20): one row-oriented table per record as text (CSV, TSV, pipe /
  Markdown tables, fixed-width columns) with a header row and three to
  eight data rows, headers of many kinds (English and other languages,
  abbreviations such as `fname`, `dob`, `tel`, `addr`, `pc`, `nat_id`);
  every PII cell is labeled.
- `lookalike` (15): mostly non-PII text full of look-alikes (order /
  tracking / invoice numbers, version strings, amounts, flight numbers,
  model / serial / part codes, hashes, ISBNs, coordinates, products,
  brands, eponyms, people-named places and companies), with the few real
  PII values labeled; 5 of the 15 records have no PII at all.

Labeling conventions: the same as in make_blind11.py (and make_blind10.py
back to make_blind6.py), copied here from the docstring of make_blind11.py:
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
  are USERNAME, a bot's is not labeled. A phone number used as a PayID,
  PromptPay, GCash or M-Pesa id is PHONE_NUMBER. A police collar or star
  number is a staff id, and a Justice of the Peace or loss adjuster
  registration is a professional registration (both ID_NUMBER); an IMEI
  and a utility meter number are device numbers and stay unlabeled. A name
  spelled letter by letter in a call is PERSON, an email spoken in words
  and an airline-PNR email written with "//" for "@" are EMAIL_ADDRESS;
  the surname on an intercom is PERSON; a nickname in brackets after a
  name is its own PERSON span; an initial with a surname after "Signed:"
  is PERSON. "Dr. Patel's office" names a person (TITLE + PERSON), not a
  brand. Dates in other calendars (Solar Hijri, Japanese era) are
  DATE_TIME; in a PNR the passenger's own flight dates and a child's birth
  date are DATE_TIME, the passport expiry is not, and the three-letter
  issuing-state and nationality codes of the DOCS line are left unlabeled.
  A threshold ("Age: over 18") is not an AGE. "Cdla." before a Guayaquil
  ciudadela stays outside the LOCATION like "Col."; manzana / villa, block
  / lot and HDB block numbers with their unit, and "Hinterhaus", "bus",
  "bte", "lgh", "H0302" or "3. th." after a street number are part of the
  ADDRESS; a Kenyan "P.O. Box" with its "-00100" style code is ADDRESS then
  ZIP_CODE. In a SEPA XML the street-name and building-number fields are
  two ADDRESS spans. A "race" field is not NRP; a religion given as
  "Islam" is NRP. Parties in a cited case are PERSON, as in "X v. Y". A
  product's purchase date stays unlabeled, like a sale date.
- Calls made in make_blind11.py: the Thai "Khun", the Nigerian chieftaincy
  "Chief", the Spanish "D." (Don), the Austrian academic "Mag." (so "Frau
  Mag." is two TITLE spans), "Mevr.", the Czech "paní", a lowercase "mrs"
  in a chat, and "Miss" are TITLE ("Miss", "Fr.", "Rev." and the others
  outside TITLE_IN_NAME are marked apart from the name); in "Mr. and Mrs.
  X" both titles are TITLE and only the surname is PERSON. A maiden name
  after "née" is PERSON, and an obituary heading "SURNAME, Given Names" is
  labeled part by part, as in semi-structured text. Book titles and the
  fictional people in them are neither PERSON nor TITLE. A Korean resident
  registration number, an Icelandic kennitala, a Malaysian MyKad, a Sri
  Lankan NIC, a Nigerian BVN and NIN, a Bahraini CPR, a New Zealand NHI, an
  Austrian social-insurance number, an Argentine CUIT and CBU, a Russian
  20-digit account number, an Australian Medicare number, TFN and
  superannuation member number, a GMC number and a Social Work England
  registration are ID_NUMBER; a UK right-to-rent share code is a temporary
  access code and stays unlabeled. A frequent-flyer number keeps its
  airline prefix inside the span. In an HL7 PV1 segment the doctor's number
  before the name is a staff id (ID_NUMBER). A city given in brackets after
  an IP address as its geolocation is LOCATION; a URL-encoded phone number
  in a query string is PHONE_NUMBER. A street named without a house number
  ("Elm St & 5th Ave", "the clinic on Sturt St") is not an ADDRESS, and a
  company's helpline or collections number is not labeled. The age inside
  "her 100th birthday" or "nan's 80th" is AGE, like "24F". A day-month date
  alone is DATE_TIME when it is a person's event; so are a tax-return
  filing date, an account-freeze date, a voter-registration date, a baptism
  and a funeral; a purchase date was rewritten out rather than labeled. A
  shared household mailbox is EMAIL_ADDRESS. Nationalities spelled out in a
  manifest column are NRP. Documentation-range IPv6 addresses (2001:db8::)
  and a crawler's IP are labeled like any other IP.
- Calls made while writing this set, in the same spirit: in a `table`
  record the header row is never labeled and every PII cell is its own
  span (a "name" column holding a full name is one PERSON span; separate
  first / last or nome / cognome columns are separate spans; "SURNAME,
  GIVEN" in one cell is two PERSON spans); "sex" / "gender", password,
  password-hash, role and department columns stay unlabeled, a nationality
  column is NRP, and a "city" / "ort" / "comune" / "provincia" column is
  LOCATION. "Councillor" spelled out, "Dr. med." (one TITLE span), the
  Romanian "Dna.", the Turkish "Bay", the Indonesian "Bapak", the Czech
  "Pan" / "Paní", the Portuguese "Sr." and a lowercase Spanish "dra." are
  TITLE. Speaker initials in an interview transcript ("HG:", "WA:") are
  PERSON, like the names they stand for. The "On <date> ... wrote:" line of
  a quoted email is a letter date (DATE_TIME, the weekday outside). A Steam
  id and a numeric in-game player id tied to one person, a gym / donor /
  client number, a realtor's licence, a GPhC / RCVS / GMC / Social Work
  England number, an Irish PPSN, a Singapore NRIC, an Indonesian NIK and
  NPWP, a Romanian CNP, a Czech rodné číslo and OP number, a Norwegian bank
  account number, a Mexican CLABE, an Ontario health card number and a
  German Krankenversichertennummer are ID_NUMBER, as are the plates of every
  country (US ones included). A company's VAT number, a premium-rate
  number, a prescription (Rx) number, an ICCID, an APN parcel number and
  an ISIN stay unlabeled; an email address and an IBAN given by a fraudster
  impersonating someone are labeled like any other. The start and end
  dates of a job, a graduation date, a resignation's last day, a hotel
  check-in / check-out and a card-problem report date are a person's dates
  (DATE_TIME); "Happy 40th" is AGE like "nan's 80th". A city only inside a
  court, hospital, university or airport name stays unlabeled; a street
  named after a person inside an address (Corso Vittorio Emanuele,
  Atatürk Mahallesi, rue Danton) is part of the ADDRESS. Names that are
  also words or places (River, Summer, Sage, Jordan, Georgia, Phoenix,
  Chanel, Marigold, Olive, Chase, Rain, Sky) are PERSON where they name a
  person; "Mobile" (Alabama) and "Falkland" (Fife) are LOCATION as towns.
"""
from pathlib import Path

from gold_sets import write_set

OUT = Path(__file__).with_name("blind12.jsonl")

GEN = [
    # 001 customer support
    "Hi, this is [[PERSON:Rosalind Achterberg]]. I ordered a standing desk last week and it was delivered to my old flat at "
    "[[ADDRESS:14 Caledonian Road, Flat 3]], [[LOCATION:London]] [[ZIP_CODE:N1 9DT]] instead of the new one. "
    "Could someone call me back on [[PHONE_NUMBER:07700 914 382]]?",
    # 002 banking
    "Please transfer £1,250.00 from my current account [[ID_NUMBER:41926653]] (sort code 20-45-77) to [[PERSON:Tomasz Wierzbicki]], "
    "IBAN [[IBAN_CODE:PL26 1090 2402 0000 0006 1284 5739]], with the reference 'rent May'.",
    # 003 insurance
    "Policyholder [[PERSON:Grace Oyelaran-Mbeki]], born [[DATE_TIME:3 November 1962]], reported water damage at "
    "[[ADDRESS:77 Harbour View Terrace]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]] on [[DATE_TIME:18 February]]; "
    "claim CLM-2024-118093 has been opened and an assessor will visit within five working days.",
    # 004 healthcare
    "[[PERSON:Dr. Anjali Venkataraman]] will see [[PERSON:Mateo Quispe]], aged [[AGE:7]], on Thursday, [[DATE_TIME:9 May]] at 10:40 "
    "in room 14B; please bring his inhaler and the vaccination card.",
    # 005 HR
    "Effective [[DATE_TIME:1 July 2024]], [[PERSON:Ingrid Solbakken]] (employee no. [[ID_NUMBER:E-208817]]) moves from the "
    "[[LOCATION:Bergen]] office to [[LOCATION:Oslo]] as Senior Data Engineer, reporting to [[PERSON:Håkon Dahle]].",
    # 006 legal
    "NOTICE is hereby given that [[PERSON:Cornelius Abernathy-Blythe]], late of [[ADDRESS:Rosehill Cottage, 4 Mill Lane]], "
    "[[LOCATION:Much Wenlock]], [[LOCATION:Shropshire]] [[ZIP_CODE:TF13 6AE]], died on [[DATE_TIME:12 January 2024]]. "
    "Claims against the estate must reach the executors by 30 April 2024.",
    # 007 travel
    "Booking QX7LMP: passenger [[TITLE:MRS]] [[PERSON:Yuki Hanamura]], passport [[ID_NUMBER:TZ4810372]], flying [[LOCATION:Osaka]] "
    "to [[LOCATION:Honolulu]] on [[DATE_TIME:22 Aug]], seat 34K, one checked bag of 23 kg.",
    # 008 education
    "Can you confirm that [[PERSON:Summer Delacroix-Hale]], student ID [[ID_NUMBER:S00491827]], is enrolled for the summer "
    "intake? Her guardian, [[PERSON:Paul Hale]], can be reached at [[EMAIL_ADDRESS:paul.hale.home@outlook.com]].",
    # 009 real estate
    "The viewing at [[ADDRESS:1188 Magnolia Bend Drive]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31405]] is confirmed "
    "for Saturday, [[DATE_TIME:March 16th]] with agent [[PERSON:Brandon Oakes]] ([[PHONE_NUMBER:912-604-3378]]).",
    # 010 government
    "Service Canada: applicant [[PERSON:Marie-Ève Tremblay-Gagnon]] (DOB [[DATE_TIME:1991-07-04]], SIN [[ID_NUMBER:527 183 644]]) "
    "has changed her mailing address to [[ADDRESS:3415 rue Saint-Denis, app. 6]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) "
    "[[ZIP_CODE:H2X 3L1]].",
    # 011 social media
    "Follow my baking adventures on Insta @[[USERNAME:crumbs.and.cardamom]] or drop me a line at "
    "[[EMAIL_ADDRESS:noor.elhadi.bakes@gmail.com]] for custom orders. [[PERSON:Noor]] x",
    # 012 shopping
    "Order #114-7730291-5521840 for [[PERSON:Jade Whitfield]] was charged to the Visa ending in 4471 and will ship to "
    "[[ADDRESS:PO Box 3308]], [[LOCATION:Anchorage]], [[LOCATION:AK]] [[ZIP_CODE:99510]].",
    # 013 telecom
    "Customer [[PERSON:Olumide Fashola]] wants to port his number [[PHONE_NUMBER:+234 803 617 2945]] to a new SIM; "
    "he gave account PIN 0926 and NIN [[ID_NUMBER:71820394615]] to verify.",
    # 014 logistics
    "Driver: if nobody answers at [[ADDRESS:18 Kestrel Close]], leave the parcel (tracking 1Z 9W4 V72 03 5518 6620) with the "
    "neighbour at no. 16. Recipient is [[PERSON:Shelby Marchetti]], mobile [[PHONE_NUMBER:0412 771 093]].",
    # 015 gaming
    "Reported player: gamertag [[USERNAME:xX_VoidReaper_Xx]], real name given in the appeal as [[PERSON:Kacper Nowicki]], "
    "[[AGE:16]], from [[LOCATION:Wrocław]]; appeal sent from [[EMAIL_ADDRESS:kacper.nowicki09@wp.pl]].",
    # 016 dating
    "Hey, I'm [[PERSON:River]], [[AGE:29]], nurse by day and amateur astronomer by night. If we match, my Hinge is "
    "[[USERNAME:river_under_orion]] and I make a mean shakshuka.",
    # 017 fitness
    "Congratulations to member [[ID_NUMBER:GYM-55031]], [[PERSON:Dolores Ibáñez]], who at [[AGE:68]] just finished her first "
    "half marathon in [[LOCATION:Valencia]] in 2:21:09!",
    # 018 charity
    "Thank you, [[PERSON:Mr. Hamish Drummond]], for your gift of £250. Your donor number is [[ID_NUMBER:D-0047719]] and your "
    "Gift Aid declaration dated [[DATE_TIME:5 October 2023]] is on file.",
    # 019 immigration
    "[[PERSON:Ahmad Zia Rahimi]], an [[NRP:Afghan]] national born [[DATE_TIME:02/01/1988]] in [[LOCATION:Herat]], holds "
    "residence permit [[ID_NUMBER:RP 3318 0927]], valid until 2026.",
    # 020 news
    "[[TITLE:Councillor]] [[PERSON:Georgia Penhaligon]], [[AGE:54]], told reporters outside Truro Crown Court that she would appeal "
    "the decision, which she called 'a gift to the developers'.",
]
GEN += [
    # 021 customer support, question
    "Why has my account been locked? I'm [[PERSON:Blessing Okonkwo]], the login email is "
    "[[EMAIL_ADDRESS:b.okonkwo@protonmail.com]], and the last sign-in I recognise came from [[IP_ADDRESS:102.89.34.17]].",
    # 022 banking fraud
    "A Mastercard, [[CREDIT_CARD:5374 1209 6653 2080]], issued to [[PERSON:Lucía Ferreyra]] was used at 02:14 in "
    "[[LOCATION:Lisbon]], although she says she was at home in [[LOCATION:Córdoba]] all night.",
    # 023 healthcare, passive
    "The biopsy results for patient [[PERSON:Hyun-woo Bae]] (MRN [[ID_NUMBER:00738215]], [[AGE:45]]M) were sent to "
    "[[PERSON:Dr. Lindqvist]] on [[DATE_TIME:14/03/2024]] and discussed with the family the following week.",
    # 024 HR
    "Please update the emergency contact for [[PERSON:Chidi Eze]]: it is now his wife, [[PERSON:Amaka Eze]], on "
    "[[PHONE_NUMBER:+44 7911 302 845]].",
    # 025 legal
    "In [[PERSON:Harrow]] v. [[PERSON:Delgado-Finch]], the claimant, [[PERSON:Ms. Penelope Harrow]] of [[LOCATION:Bristol]], "
    "alleges that the boundary fence was moved on or about [[DATE_TIME:14 September 2022]].",
    # 026 travel
    "The Hotel Reina Victoria confirms a double room for [[PERSON:Sterling]] and [[PERSON:Eden Blackwood]] from "
    "[[DATE_TIME:June 2]] to [[DATE_TIME:June 6]]; the contact number on the booking is [[PHONE_NUMBER:(503) 218-9944]].",
    # 027 education
    "[[PERSON:Priyanka Raghunathan]] scored 92% in the mock exam. Her UPN is [[ID_NUMBER:K820199304017]], and "
    "[[TITLE:Mr]] and [[TITLE:Mrs]] [[PERSON:Raghunathan]] have asked for a meeting about sixth-form options.",
    # 028 real estate
    "Tenant [[PERSON:Felix Oduya]] paid the KES 90,000 deposit by M-Pesa from [[PHONE_NUMBER:0722 481 390]] for the "
    "two-bedroom at [[ADDRESS:Hse No. 12, Kindaruma Road]], [[LOCATION:Kilimani]], [[LOCATION:Nairobi]].",
    # 029 government
    "DVLA: the licence [[ID_NUMBER:PEMBE758214SJ9XK]] held by [[PERSON:Sarah Jane Pemberton]], born "
    "[[DATE_TIME:21.08.1974]], needs a new photo before it can be renewed.",
    # 030 social media
    "huge shoutout to @[[USERNAME:the_real_ginger_mcallister]] aka [[PERSON:Ginger]] for the cake 🎂 [[AGE:30]] never looked so good",
    # 031 shopping, Japan
    "Ship to: [[PERSON:Hope Nakashima]], [[ADDRESS:2-14-7 Kichijoji Honcho, Apt 305]], [[LOCATION:Musashino-shi]], "
    "[[LOCATION:Tokyo]] [[ZIP_CODE:180-0004]], [[LOCATION:Japan]]. Gift wrap: yes. Message: 'Happy [[AGE:40]]th, sis!'",
    # 032 telecom
    "We have noticed unusual roaming charges on the line [[PHONE_NUMBER:+49 151 2384 7716]], registered to "
    "[[TITLE:Herr]] [[PERSON:Matthias Brandauer]], while the SIM was in [[LOCATION:Morocco]].",
    # 033 logistics
    "Consignee: [[PERSON:Aroha Te Rangi]], [[ADDRESS:53 Kāpiti Road]], [[LOCATION:Paraparaumu]] [[ZIP_CODE:5032]]. "
    "Deliver between 8 and 12 and call [[PHONE_NUMBER:021 448 9031]] on arrival.",
    # 034 gaming
    "Steam user [[USERNAME:mossbyte]] (SteamID [[ID_NUMBER:76561198043217756]]) has been refunded for Hollow Pines "
    "after 1.3 hours of play.",
    # 035 dating
    "New match: [[PERSON:Colt]], [[AGE:34]], [[LOCATION:Amarillo]]. 'Cowboy boots, bad puns, good coffee.'",
    # 036 fitness
    "Your trainer [[PERSON:Valentina Oyarzún]] has moved your PT session to [[DATE_TIME:11/06]] at 07:30. Reply STOP to opt out.",
    # 037 charity
    "Donations in memory of [[PERSON:Walter Kowalczyk]], who passed away on [[DATE_TIME:April 2, 2024]] aged [[AGE:86]], may be "
    "sent to the Lakeshore Food Pantry, [[ADDRESS:PO Box 117]], [[LOCATION:Sheboygan]], [[LOCATION:WI]] [[ZIP_CODE:53082]].",
    # 038 immigration
    "USCIS receipt IOE0918273645 concerns the beneficiary [[PERSON:Nguyễn Thị Mai]], A-number [[ID_NUMBER:A215-883-904]], "
    "whose biometrics appointment is on [[DATE_TIME:05/28/2024]].",
    # 039 news
    "[[PERSON:Brandy Coleman-Reyes]], [[AGE:41]], of [[LOCATION:Tulsa]], was arrested on Tuesday after police found 40 "
    "catalytic converters in a storage unit she rented.",
    # 040 customer support, username
    "Your username is [[USERNAME:mkhumalo_77]]. Please reset your password with the link we sent to "
    "[[EMAIL_ADDRESS:mandla.khumalo@webmail.co.za]], [[PERSON:Mandla]], and have your ID number "
    "[[ID_NUMBER:8504125123086]] ready if you call.",
]
GEN += [
    # 041 banking KYC, India
    "Namaste! KYC for [[PERSON:Aditya Kulkarni]] is still pending: please upload your PAN [[ID_NUMBER:BQPPK4721M]] and Aadhaar "
    "[[ID_NUMBER:5284 1730 9261]]. OTPs will go to your registered mobile [[PHONE_NUMBER:+91 98450 13276]].",
    # 042 insurance
    "[[PERSON:Dale Whitcombe]], a [[AGE:52]]-year-old roofer from [[LOCATION:Ballarat]], lodged a claim after falling from a "
    "ladder on [[DATE_TIME:27/11/2023]]; his Medicare number is [[ID_NUMBER:2953 41822 1]].",
    # 043 healthcare
    "Reminder for [[PERSON:Ekaterina Volkova]] (d.o.b. [[DATE_TIME:07.11.1979]]): you are booked with [[PERSON:Dr. Obi]] at "
    "[[ADDRESS:2210 Lakeview Avenue, Suite 400]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60614]] on Monday, "
    "[[DATE_TIME:3 June]]. Fasting from midnight.",
    # 044 HR offer
    "Dear [[PERSON:Phoenix Albright]], we are pleased to offer you the role of Junior Analyst starting "
    "[[DATE_TIME:September 9, 2024]] at $68,000 a year. Please return the signed offer and your SSN ([[US_SSN:512-48-7730]]) "
    "through the onboarding portal.",
    # 045 legal
    "The defendant, [[PERSON:Rocco Santangelo]], [[AGE:37]], of [[ADDRESS:221 Mulberry Street, Apt 4R]], [[LOCATION:New York]], "
    "[[LOCATION:NY]] [[ZIP_CODE:10012]], is due to appear on [[DATE_TIME:July 15]].",
    # 046 travel
    "This is [[PERSON:Fatima Al-Mansouri]], booking KZ8RTW. Please add my Etihad Guest number [[ID_NUMBER:100384722915]] and "
    "note that my daughter [[PERSON:Mariam]] is [[AGE:4]] and needs a child meal.",
    # 047 education
    "Transcript request: [[PERSON:Dimitrios Papadakis]], matriculation no. [[ID_NUMBER:2019031877]], graduated on "
    "[[DATE_TIME:30 June 2023]]. Post to [[ADDRESS:Ermou 45]], [[ZIP_CODE:105 63]] [[LOCATION:Athens]].",
    # 048 real estate
    "Landlord [[PERSON:Sunny Adebayo-Clarke]] has agreed to return the £1,400 deposit to IBAN "
    "[[IBAN_CODE:GB55 BARC 2047 1593 8172 64]] by the end of the month, less £60 for the broken blind.",
    # 049 government
    "Voter [[PERSON:Ebony Washington]], registered on [[DATE_TIME:10/02/2020]] at [[ADDRESS:4410 Peachtree Lane]], "
    "[[LOCATION:Durham]], [[LOCATION:NC]] [[ZIP_CODE:27707]], has been moved to precinct 31.",
    # 050 social media
    "Does anyone know [[PERSON:Cole Brennan]]? He dropped his keys near the finish of Sunday's half marathon; his Strava is "
    "[[URL:https://www.strava.com/athletes/48271963]] but he never replies there.",
    # 051 shopping
    "Return accepted: a refund of €89.90 will go back to the card [[CREDIT_CARD:4556 7301 9287 7449]] of "
    "[[PERSON:Maja Holmqvist]] within 5-7 banking days.",
    # 052 telecom
    "Porting request for [[PERSON:Isabel Cortázar]]: number [[PHONE_NUMBER:+34 612 48 93 07]], DNI [[ID_NUMBER:48273916K]], "
    "from Movistar to Digi.",
    # 053 logistics
    "The courier tried twice to deliver to [[PERSON:Devon Harcourt]] at [[ADDRESS:Unit 7, Brindley Trading Estate]], "
    "[[LOCATION:Dudley]] [[ZIP_CODE:DY2 0XW]] and has taken the pallet back to the [[LOCATION:Wolverhampton]] depot.",
    # 054 gaming
    "GG to [[USERNAME:NightOwl_Ama]] ([[PERSON:Ama Boateng]], [[AGE:19]]), who took the regional final in [[LOCATION:Accra]] "
    "3-1 without dropping a map.",
    # 055 dating
    "[[PERSON:Sage]] ([[AGE:26]], she/her) is new in [[LOCATION:Leeds]] and looking for someone to go bouldering with. "
    "Snap: [[USERNAME:sage.wanders]]",
    # 056 fitness
    "Run club roll call: [[PERSON:Imogen]], [[PERSON:Kwame]], [[PERSON:Li Na]] and [[PERSON:Tobias]] all got PBs at parkrun "
    "this morning. Coffee's on [[PERSON:Tobias]]!",
    # 057 charity
    "Sponsor form: [[PERSON:Leilani Kahananui]], [[ADDRESS:94-1021 Waipahu Street]], [[LOCATION:Waipahu]], [[LOCATION:HI]] "
    "[[ZIP_CODE:96797]], pledges $5 per mile for the Aloha Walk.",
    # 058 immigration
    "[[PERSON:Oleksandr Hnatiuk]], a [[NRP:Ukrainian]] citizen, entered [[LOCATION:Poland]] on [[DATE_TIME:3 March 2022]] "
    "and was assigned PESEL [[ID_NUMBER:88071423919]].",
    # 059 news
    "Lifeboat crews rescued [[PERSON:Rich Fairweather]], [[AGE:63]], and his grandson [[PERSON:Finn]], [[AGE:11]], after their "
    "dinghy capsized off [[LOCATION:Whitby]] on Saturday, [[DATE_TIME:10 August]].",
    # 060 customer support
    "Caller said her name was [[PERSON:Jiang Xiulan]], but the account is registered to [[PERSON:Jiang Hao]], phone "
    "[[PHONE_NUMBER:138 0013 2745]], so I did not disclose the balance.",
]
GEN += [
    # 061 banking, Mexico
    "We received a SPEI transfer of MXN 14,500 from [[PERSON:Ximena Castillo Ruiz]], CLABE [[ID_NUMBER:012180015728394616]], "
    "but the concept field was empty, so we could not match it to an invoice.",
    # 062 pet insurance
    "Claim for [[PERSON:Marguerite Doucet]]: her cat Biscuit, 9, was treated for a urinary blockage on [[DATE_TIME:2 April]]; "
    "the vet's invoice came to CAD 1,186.40.",
    # 063 healthcare
    "Pt [[PERSON:Kofi Asante-Darko]], [[AGE:71]] y/o, NHS no. [[ID_NUMBER:485 209 7313]], admitted [[DATE_TIME:19/01/2024]] "
    "with a chest infection; lives alone, daughter [[PERSON:Efua]] visits daily.",
    # 064 HR
    "[[PERSON:Wei Ling Tan]] has resigned. Her last day is [[DATE_TIME:31 May]] and her staff pass [[ID_NUMBER:SG-44719]] must "
    "be returned to People Operations before she leaves.",
    # 065 legal
    "Power of attorney granted by [[PERSON:Józef Malinowski]] (PESEL [[ID_NUMBER:75112804734]]) to his son "
    "[[PERSON:Marek Malinowski]] on [[DATE_TIME:12.02.2024]] before notary [[PERSON:Anna Zielińska]].",
    # 066 travel
    "Welcome to [[LOCATION:Reykjavík]], [[PERSON:Rhiannon Pryce-Jones]]! Your rental car, a white Duster with plate "
    "[[ID_NUMBER:MK R48]], is in bay 12 of the long-stay car park.",
    # 067 education
    "[[PERSON:Prof. Emeka Nwosu]] will supervise [[PERSON:Hana Kobayashi]] (student no. [[ID_NUMBER:u7204185]]) from next "
    "semester; her thesis proposal is due on [[DATE_TIME:15 August]].",
    # 068 real estate
    "Offer accepted on [[ADDRESS:Flat 2, 19 Marine Parade]], [[LOCATION:Brighton]] [[ZIP_CODE:BN2 1TL]]. The buyers, "
    "[[PERSON:Jordan]] and [[PERSON:Alexis Whitlow]], expect to complete on [[DATE_TIME:28 June]].",
    # 069 government
    "Home Affairs: [[PERSON:Nomvula Dlamini]], ID number [[ID_NUMBER:9203170831086]], may collect her passport at the "
    "[[LOCATION:Pietermaritzburg]] office from [[DATE_TIME:8 July]].",
    # 070 social media
    "If you find a brown leather wallet on the 52 bus, it belongs to [[PERSON:Autumn Greaves]]. DM @[[USERNAME:autumn.g]] or "
    "text [[PHONE_NUMBER:07835 116 902]], reward offered!",
    # 071 shopping
    "Customer [[PERSON:Ibrahim Haddad]] paid with the Amex [[CREDIT_CARD:3729 503441 18621]], expiry 09/27, CVV 4412, and "
    "asked for the receipt to go to [[EMAIL_ADDRESS:i.haddad@haddad-textiles.lb]].",
    # 072 telecom
    "The router for [[PERSON:Kalinda Wirihana]] at [[ADDRESS:6 Tui Street]] keeps dropping out. Its WAN IP is "
    "[[IP_ADDRESS:203.118.47.92]] and the MAC is 3C:84:6A:1F:0B:72, firmware 3.10.4.",
    # 073 logistics
    "Pickup booked for [[PERSON:Yaw Mensah]] at [[ADDRESS:Plot 22, Ahodwo Roundabout Road]], [[LOCATION:Kumasi]], on "
    "[[DATE_TIME:16 October]]; he'll pay the COD amount of GHS 450 in cash.",
    # 074 immigration, Chinese date
    "Visa applicant [[PERSON:Liu Yang]], male, born [[DATE_TIME:1990年5月12日]] in [[LOCATION:Chengdu]], passport number "
    "[[ID_NUMBER:E48217306]], intends to study in [[LOCATION:Melbourne]] for two years.",
    # 075 news
    "[[PERSON:Mercy Otieno]], born on the [[DATE_TIME:twelfth of March, 1985]] in [[LOCATION:Kisumu]], became the first woman "
    "to chair the county's farmers' cooperative this week.",
]

BENCH = [
    # 001 EN
    "[[PERSON:Mx. Jordan Ellery Vance]] (sex: X, age [[AGE:34]], DOB [[DATE_TIME:1990-02-17]]) works as a Logistics Coordinator "
    "at Halvorsen Freight Ltd. Home address: [[ADDRESS:5812 Brookfield Parkway, Unit 210]], [[LOCATION:Boise]], "
    "[[LOCATION:Ada County]], [[LOCATION:ID]] [[ZIP_CODE:83709]], [[LOCATION:USA]]. Phone [[PHONE_NUMBER:+1-208-447-3091]], "
    "email [[EMAIL_ADDRESS:jvance.ellery@fastmail.com]].",
    # 002 EN
    "Account holder: [[PERSON:Mrs. Philippa Joan Arbuthnot]]; username: [[USERNAME:parbuthnot62]]; password: Wq!7zr#Lm2; "
    "account number: [[ID_NUMBER:30917742]]; IBAN: [[IBAN_CODE:GB62 NWBK 6014 2287 3109 45]]; BIC: NWBKGB2L; "
    "registered IP: [[IP_ADDRESS:81.142.6.219]].",
    # 003 EN
    "Please verify the following for the background check: full name [[PERSON:Darnell Quincy Hollis]], SSN "
    "[[US_SSN:431-07-6258]], driver's license [[US_DRIVER_LICENSE:H420-518-79-266-0]] (FL), date of birth "
    "[[DATE_TIME:June 26, 1979]], current address [[ADDRESS:1907 Coral Reef Way]], [[LOCATION:Tampa]], [[LOCATION:FL]] "
    "[[ZIP_CODE:33602]].",
    # 004 EN
    "Refund request from [[PERSON:Kenji Watanabe-Ross]] ([[EMAIL_ADDRESS:kenji.wr@icloud.com]]): please send 0.0421 BTC to "
    "[[ID_NUMBER:bc1qz8w4k7r2m9xlt3v6ys0hq5de4np7jfu2a8c0g9]] instead of the Ethereum wallet "
    "[[ID_NUMBER:0x7aB3c9E14d2F08b6A5e1C7d94F3b20e8D61c5A9f]] on file.",
    # 005 EN
    "[[PERSON:Dr. Abimbola Yetunde Fashanu]], [[AGE:46]], female, Consultant Paediatrician, GMC number [[ID_NUMBER:7049318]], "
    "practises at [[ADDRESS:Suite 3, 88 Harley Street]], [[LOCATION:London]] [[ZIP_CODE:W1G 7HP]]; mobile "
    "[[PHONE_NUMBER:+44 7723 518 604]]; profile [[URL:https://www.linkedin.com/in/abimbola-fashanu-md]].",
    # 006 EN
    "Vehicle record: owner [[PERSON:Tyrone Beckford]], plate [[ID_NUMBER:7KXR219]] (CA), VIN 1HGCV1F34LA082716, insured under "
    "policy AUTO-5528104. Owner's DL [[US_DRIVER_LICENSE:D4827163]] (CA), DOB [[DATE_TIME:11/30/1985]], address "
    "[[ADDRESS:2746 Alder Grove Ct]], [[LOCATION:Sacramento]], [[LOCATION:CA]] [[ZIP_CODE:95825]].",
    # 007 EN (Ireland)
    "New starter: [[PERSON:Siobhán Ní Bhriain]], PPSN [[ID_NUMBER:7483129WA]], start date [[DATE_TIME:02/09/2024]], salary "
    "account [[IBAN_CODE:IE54 AIBK 9311 5218 8407 36]], address [[ADDRESS:Apt 12, Clontarf Court, 41 Vernon Avenue]], "
    "[[LOCATION:Dublin 3]], [[ZIP_CODE:D03 K2X8]].",
    # 008 EN
    "IT ticket: user [[USERNAME:lmorrissey]] ([[PERSON:Liam Morrissey]], Finance) cannot reach the VPN from "
    "[[IP_ADDRESS:10.14.220.37]]; laptop MAC 9C:B6:D0:42:7E:13, IPv6 [[IP_ADDRESS:2a02:8084:4f1:a200:5d2e:19ff:fe6b:c403]]. "
    "Browser: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36.",
    # 009 EN
    "Traveler profile: [[PERSON:Ms. Carmen Delia Ortiz]], born [[DATE_TIME:4 Sep 1968]] in [[LOCATION:San Juan]], "
    "[[LOCATION:Puerto Rico]]; US passport [[US_PASSPORT:583920174]]; Known Traveler Number [[ID_NUMBER:TT41920786]]; phone "
    "[[PHONE_NUMBER:(787) 309-4418]]; emergency contact [[PERSON:Luis Ortiz]], [[PHONE_NUMBER:(787) 309-4471]].",
    # 010 EN
    "Cardholder: [[PERSON:Benedikt Olsen]] / card: [[CREDIT_CARD:4041 1756 9921 8387]] / exp: 11/26 / CVV: 318 / billing: "
    "[[ADDRESS:310 Shore Road]], [[LOCATION:Halifax]], [[LOCATION:NS]] [[ZIP_CODE:B3H 2Y9]], [[LOCATION:Canada]] / tel: "
    "[[PHONE_NUMBER:902-471-3366]]",
    # 011 EN gretel-like
    "On [[DATE_TIME:March 3rd, 2023]], [[PERSON:Ethan Cartwright]], a [[AGE:28]]-year-old software tester at Quillfeather "
    "Analytics, filed an expense claim for $412.80. His employee ID is [[ID_NUMBER:QFA-00917]], and he can be reached at "
    "[[EMAIL_ADDRESS:ethan.cartwright@quillfeather.io]] or [[PHONE_NUMBER:(614) 282-7730]].",
    # 012 EN medical
    "Patient: [[PERSON:Olga Petrenko]] | Gender: F | DOB: [[DATE_TIME:22-Jan-1957]] | MRN: [[ID_NUMBER:MR-4471902]] | "
    "Member ID: [[ID_NUMBER:XKH907341265]] | Address: [[ADDRESS:89 Cedar Hollow Rd]], [[LOCATION:Bangor]], [[LOCATION:ME]] "
    "[[ZIP_CODE:04401]] | Phone: [[PHONE_NUMBER:207-941-2638]]",
    # 013 EN social profile
    "Name: [[PERSON:Kai Mahoe]]; handle: @[[USERNAME:kai.surfs.oahu]]; profile: [[URL:https://instagram.com/kai.surfs.oahu]]; "
    "portfolio: [[URL:https://kaimahoe.photo]]; location: [[LOCATION:Haleiwa]], [[LOCATION:Hawaii]]; age: [[AGE:23]]; "
    "email: [[EMAIL_ADDRESS:kai@kaimahoe.photo]].",
    # 014 EN
    "Hi [[PERSON:Zoe]], we've updated the mailing address on your loan account [[ID_NUMBER:7713904528]] to "
    "[[ADDRESS:42 Quarry Hill Road]], [[LOCATION:Keswick]], [[LOCATION:Cumbria]] [[ZIP_CODE:CA12 4PQ]]. If this wasn't you, "
    "reply from the number we hold for you, [[PHONE_NUMBER:07492 338 615]].",
    # 015 EN
    "Tenant screening: applicant [[PERSON:Marcus Oyelowo]], age [[AGE:31]], SSN [[US_SSN:618-22-4097]], monthly income $5,400, "
    "employer Brightwater Dental Group (Dental Hygienist), previous address [[ADDRESS:77 Linden St, Apt 2]], "
    "[[LOCATION:Worcester]], [[LOCATION:MA]] [[ZIP_CODE:01609]]; reference: [[PERSON:Janet Kowal]], [[PHONE_NUMBER:508-331-9074]].",
    # 016 EN
    "Login attempt blocked for [[EMAIL_ADDRESS:aiko.tanabe@gmail.com]] from IP [[IP_ADDRESS:126.75.201.14]] "
    "([[LOCATION:Fukuoka]]); user agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1. Account holder: [[PERSON:Aiko Tanabe]].",
    # 017 EN
    "Wire details for [[PERSON:Bjørn-Erik Haugland]]: bank DNB, account [[IBAN_CODE:NO64 8601 0517 942]], BIC DNBANOKKXXX, "
    "reference 'invoice 2291', amount NOK 18,450.",
    # 018 EN police
    "Report filed by [[TITLE:Sgt.]] [[PERSON:Tamika Lowe]] (badge [[ID_NUMBER:2390]]) concerning [[PERSON:Dwayne Ellison]], "
    "male, [[AGE:44]], DOB [[DATE_TIME:08/14/1980]], of [[ADDRESS:3318 Riverside Dr]], [[LOCATION:Memphis]], [[LOCATION:TN]] "
    "[[ZIP_CODE:38103]]; TN DL [[US_DRIVER_LICENSE:104827391]].",
]
BENCH += [
    # 019 EN
    "Subscriber [[PERSON:Gwendolyn Marsh-Ito]], [[AGE:59]], of [[ADDRESS:15 Orchard Row]], [[LOCATION:Ithaca]], [[LOCATION:NY]] "
    "[[ZIP_CODE:14850]], pays by Discover [[CREDIT_CARD:6011 0473 8291 6521]]; her NY driver license number is "
    "[[US_DRIVER_LICENSE:719 284 336]].",
    # 020 EN (Australia)
    "Client: [[PERSON:Mr. Lachlan Hugh Petersen]], DOB [[DATE_TIME:5/12/1993]], TFN [[ID_NUMBER:471 829 355]], address "
    "[[ADDRESS:Unit 4, 27 Bay Street]], [[LOCATION:Glebe]] [[LOCATION:NSW]] [[ZIP_CODE:2037]], mobile "
    "[[PHONE_NUMBER:0433 902 117]], super member no. [[ID_NUMBER:100482937]], occupation: electrician.",
    # 021 EN (Singapore)
    "Resident: [[PERSON:Tan Mei Ling]], NRIC [[ID_NUMBER:S8741239C]], female, [[AGE:37]], Senior Nurse at a polyclinic; "
    "address [[ADDRESS:Blk 412 Bedok North Ave 2, #09-155]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]]; HP "
    "[[PHONE_NUMBER:+65 9127 4408]].",
    # 022 EN (UK)
    "[[TITLE:Miss]] [[PERSON:Harriet Blessing Adu]], NI number [[ID_NUMBER:PT 48 21 93 C]], DOB [[DATE_TIME:19th April 2001]], "
    "address [[ADDRESS:Flat 9, Whitmore House, 3 Canal Street]], [[LOCATION:Manchester]] [[ZIP_CODE:M1 3HE]], email "
    "[[EMAIL_ADDRESS:harriet.adu01@yahoo.co.uk]], job title: Junior Architect.",
    # 023 EN crypto KYC
    "KYC record: [[PERSON:Rafael Augusto Menezes]], [[NRP:Brazilian]], LTC wallet "
    "[[ID_NUMBER:ltc1qw9e4r7h2xk5p0m3c8z6tjy4n2u7gfd5s0lqa3v]], ETH wallet "
    "[[ID_NUMBER:0x3F9d27Ac81e0B54c6D2a9E7f10bC48d3e5A7F216]], sign-up IP [[IP_ADDRESS:189.40.112.6]], 2FA phone "
    "[[PHONE_NUMBER:+55 21 98714-3362]].",
    # 024 EN gretel-like
    "The applicant, [[PERSON:Nadia Rahman Chowdhury]], born on the [[DATE_TIME:9th of October 1994]] in [[LOCATION:Sylhet]], "
    "[[LOCATION:Bangladesh]], lives at [[ADDRESS:118 Brick Lane, Flat B]], [[LOCATION:London]] [[ZIP_CODE:E1 6RL]]. Her "
    "passport number is [[ID_NUMBER:BX0492817]] and her national ID is [[ID_NUMBER:1994917283640]].",
    # 025 EN (Canada)
    "[[PERSON:Étienne Lapointe]]: Ontario health card [[ID_NUMBER:4718 229 307 KM]], DOB [[DATE_TIME:1977-03-29]], phone "
    "[[PHONE_NUMBER:416-732-0815]], address [[ADDRESS:1204-55 Wellesley St E]], [[LOCATION:Toronto]] [[LOCATION:ON]] "
    "[[ZIP_CODE:M4Y 1G7]].",
    # 026 EN
    "Password reset for [[USERNAME:grandmaster_ola]] ([[PERSON:Olawale Adeniran]]) was requested from "
    "[[IP_ADDRESS:2c0f:f4c0:1a2:83::4e]] at 03:12 WAT; temporary password K7#pq9Lz was sent to "
    "[[PHONE_NUMBER:+234 909 118 4426]].",
    # 027 EN payroll
    "Payroll change: [[PERSON:Camila Sofía Restrepo]], employee [[ID_NUMBER:88213]], Accounts Payable Clerk, new routing "
    "number 071923284, new account [[ID_NUMBER:4820019377]], net pay $2,318.44 biweekly.",
    # 028 EN insurance
    "Insured: [[PERSON:Horatio Blankenship]], [[AGE:72]]; spouse: [[PERSON:Delphine Blankenship]], [[AGE:70]]; Medicare MBI "
    "[[ID_NUMBER:3TW9-QK2-HN61]]; residence [[ADDRESS:640 Heron Point Blvd]], [[LOCATION:Naples]], [[LOCATION:FL]] "
    "[[ZIP_CODE:34108]]; mobile [[PHONE_NUMBER:239-860-2174]].",
    # 029 EN e-commerce
    "Order placed by [[PERSON:Rhys Llewellyn]] ([[EMAIL_ADDRESS:rhys.llew@btinternet.com]]) from [[IP_ADDRESS:86.158.23.140]] "
    "for delivery to [[ADDRESS:Tŷ Gwyn, 3 Heol y Bryn]], [[LOCATION:Aberystwyth]] [[ZIP_CODE:SY23 1LA]], paid with Maestro "
    "[[CREDIT_CARD:6767 7038 1923 4567]].",
    # 030 EN (Belgium)
    "Student: [[PERSON:Anouk Verhaegen]] | Student no.: [[ID_NUMBER:r0847219]] | Birth date: [[DATE_TIME:03.06.2003]] | "
    "Nationality: [[NRP:Belgian]] | National number: [[ID_NUMBER:03.06.03-284.51]] | Address: "
    "[[ADDRESS:Naamsestraat 61 bus 3]], [[ZIP_CODE:3000]] [[LOCATION:Leuven]]",
    # 031 EN gaming
    "Account [[USERNAME:frostbyte_kitsune]] (player ID [[ID_NUMBER:5518820347]]) is registered to [[PERSON:Mina Sato]], "
    "email [[EMAIL_ADDRESS:minasato.k@gmail.com]], birthday [[DATE_TIME:1/17/2006]], last login IP "
    "[[IP_ADDRESS:60.112.48.203]], PayPal [[EMAIL_ADDRESS:sato.household@gmail.com]].",
    # 032 EN legal
    "Case party: [[PERSON:Reginald T. Okorie-Bassey]], [[AGE:66]], retired civil engineer, of [[ADDRESS:27 Marlowe Crescent]], "
    "[[LOCATION:Milton Keynes]] [[ZIP_CODE:MK8 0AJ]]; solicitor: [[PERSON:Imelda Grant]] "
    "([[EMAIL_ADDRESS:igrant@grant-lyle-law.co.uk]]).",
    # 033 EN telecom
    "SIM swap request: MSISDN [[PHONE_NUMBER:+27 82 904 3317]], subscriber [[PERSON:Thandeka Mokoena]], ID "
    "[[ID_NUMBER:8808210412084]], ICCID 8927000004819276355, IMEI 356938035643809, store code JHB-014.",
    # 034 EN loan
    "Loan application LA-33019: [[PERSON:Leonora Vasquez-Whitman]], date of birth [[DATE_TIME:December 2, 1971]], SSN "
    "[[US_SSN:287-65-1049]], annual income $142,000, address [[ADDRESS:8 Pelican Way]], [[LOCATION:Corpus Christi]], "
    "[[LOCATION:TX]] [[ZIP_CODE:78418]], TX DL [[US_DRIVER_LICENSE:30571846]], Visa [[CREDIT_CARD:4790 5288 6613 4022]].",
    # 035 EN dating dump
    "username: [[USERNAME:lagos_lily]] | real name: [[PERSON:Lilian Ebube Nwachukwu]] | age: [[AGE:27]] | religion: "
    "[[NRP:Catholic]] | city: [[LOCATION:Lagos]] | phone: [[PHONE_NUMBER:0813 447 2096]] | IG: "
    "[[URL:https://www.instagram.com/lagos_lily]]",
]
BENCH += [
    # 036 FR
    "[[TITLE:M.]] [[PERSON:Laurent Émile Guillot]], né le [[DATE_TIME:14 février 1971]] à [[LOCATION:Nantes]], demeurant "
    "[[ADDRESS:12 rue des Olivettes, bât. B, 3e étage]], [[ZIP_CODE:44000]] [[LOCATION:Nantes]], n° de sécurité sociale "
    "[[ID_NUMBER:1 71 02 44 109 218 72]], téléphone [[PHONE_NUMBER:06 42 18 77 93]], courriel "
    "[[EMAIL_ADDRESS:laurent.guillot71@orange.fr]], profession : chef de chantier.",
    # 037 FR
    "[[TITLE:Madame]] [[PERSON:Awa Diop-Lefèvre]], [[AGE:38]] ans, infirmière au CHU de Lille, IBAN "
    "[[IBAN_CODE:FR83 3000 4028 3700 0187 2645 193]], carte bancaire [[CREDIT_CARD:5162 0887 3304 1923]] (exp. 03/28), "
    "adresse IP de connexion [[IP_ADDRESS:90.63.214.7]], navigateur Firefox 125.0.",
    # 038 FR
    "Identifiant : [[USERNAME:cmartineau_44]] ; mot de passe : Soleil2024! ; nom : [[PERSON:Chloé Martineau]] ; date de "
    "naissance : [[DATE_TIME:30/09/1988]] ; adresse : [[ADDRESS:7 allée des Tilleuls]], [[ZIP_CODE:69003]] [[LOCATION:Lyon]] ; "
    "tél. : [[PHONE_NUMBER:+33 4 78 62 19 05]] ; passeport : [[ID_NUMBER:19AV48213]]",
    # 039 DE
    "[[TITLE:Frau]] [[PERSON:Dr. Henrike Zöllner]], geb. [[DATE_TIME:08.05.1966]], wohnhaft [[ADDRESS:Lindenstraße 42a]], "
    "[[ZIP_CODE:10969]] [[LOCATION:Berlin]], Steuer-ID [[ID_NUMBER:47 182 930 563]], IBAN "
    "[[IBAN_CODE:DE19 5001 0517 5403 3827 19]], Tel. [[PHONE_NUMBER:030 6128447]], Beruf: Zahnärztin.",
    # 040 DE
    "Bewerber: [[TITLE:Herr]] [[PERSON:Jonas Emanuel Brückner]], [[AGE:29]] Jahre, männlich, Mechatroniker bei Kessler "
    "Antriebstechnik GmbH, E-Mail [[EMAIL_ADDRESS:j.brueckner@gmx.de]], Handy [[PHONE_NUMBER:0171 4839206]], Kennzeichen "
    "[[ID_NUMBER:M-JB 2947]], Führerscheinnummer [[ID_NUMBER:B072RRE2I55]].",
    # 041 DE (CH)
    "Versicherte Person: [[PERSON:Lea Baumgartner]], AHV-Nr. [[ID_NUMBER:756.4829.1730.46]], [[ADDRESS:Seefeldstrasse 118]], "
    "[[ZIP_CODE:8008]] [[LOCATION:Zürich]], Geburtsdatum [[DATE_TIME:23. März 1982]], IBAN "
    "[[IBAN_CODE:CH10 0076 2048 1392 7650 1]], IP-Adresse [[IP_ADDRESS:178.197.226.41]].",
    # 042 IT
    "[[TITLE:Sig.ra]] [[PERSON:Chiara Galli]], nata a [[LOCATION:Bergamo]] il [[DATE_TIME:12/08/1985]], codice fiscale "
    "[[ID_NUMBER:GLLCHR85M52A794X]], residente in [[ADDRESS:Via Borgo Palazzo 87, int. 5]], [[ZIP_CODE:24125]] "
    "[[LOCATION:Bergamo]] ([[LOCATION:BG]]), cell. [[PHONE_NUMBER:+39 347 218 9046]], impiegata amministrativa.",
    # 043 IT
    "Dati del cliente: [[PERSON:Davide Moretti]], [[AGE:41]] anni, ingegnere navale, IBAN "
    "[[IBAN_CODE:IT66 R030 6909 6061 0000 0173 522]], carta [[CREDIT_CARD:4539 2017 8834 5615]], email "
    "[[EMAIL_ADDRESS:davide.moretti@libero.it]], targa [[ID_NUMBER:FG 482 KT]], password: Trieste!1983.",
    # 044 IT
    "Utente [[USERNAME:giuly_the_cat]]: [[PERSON:Giulia Esposito]], [[AGE:19]] anni, studentessa, indirizzo "
    "[[ADDRESS:Corso Vittorio Emanuele 301]], [[ZIP_CODE:80135]] [[LOCATION:Napoli]], carta d'identità "
    "[[ID_NUMBER:CA48219KD]], IP [[IP_ADDRESS:151.38.90.204]].",
    # 045 ES
    "[[TITLE:Sra.]] [[PERSON:María Dolores Fuentes Garrido]], con DNI [[ID_NUMBER:71830245A]], nacida el "
    "[[DATE_TIME:17 de junio de 1959]], con domicilio en [[ADDRESS:Calle de Embajadores 123, 4º B]], [[ZIP_CODE:28045]] "
    "[[LOCATION:Madrid]], teléfono [[PHONE_NUMBER:+34 915 27 48 63]], IBAN [[IBAN_CODE:ES21 2100 0418 4502 0009 3817]].",
    # 046 ES
    "Usuario: [[USERNAME:pablo_ferrer_bcn]]; correo: [[EMAIL_ADDRESS:pferrer.vidal@gmail.com]]; nombre: "
    "[[PERSON:Pablo Ferrer Vidal]]; edad: [[AGE:33]]; profesión: fisioterapeuta; pasaporte: [[ID_NUMBER:PAB482917]]; "
    "IP: [[IP_ADDRESS:88.27.141.59]]; matrícula: [[ID_NUMBER:4821 KLM]]; ciudad: [[LOCATION:Barcelona]].",
    # 047 ES (MX)
    "[[PERSON:Joaquín Saavedra Aguilar]], CURP [[ID_NUMBER:SAAJ850312HJCVGQ04]], RFC [[ID_NUMBER:SAAJ850312KT7]], domicilio "
    "[[ADDRESS:Av. Chapultepec 480, int. 12]], Col. [[LOCATION:Americana]], C.P. [[ZIP_CODE:44160]], "
    "[[LOCATION:Guadalajara]], [[LOCATION:Jalisco]]; tarjeta [[CREDIT_CARD:5204 7366 1108 2571]].",
    # 048 NL
    "[[TITLE:Dhr.]] [[PERSON:Willem-Jan van der Heijden]], geboren [[DATE_TIME:4 december 1975]], BSN "
    "[[ID_NUMBER:274183961]], adres [[ADDRESS:Oudegracht 211 bis]], [[ZIP_CODE:3511 NH]] [[LOCATION:Utrecht]], IBAN "
    "[[IBAN_CODE:NL96 RABO 0318 4629 07]], tel. [[PHONE_NUMBER:06-41892730]].",
    # 049 NL
    "[[TITLE:Mevr.]] [[PERSON:Fenna Bosma]], [[AGE:52]] jaar, verpleegkundige, [[ADDRESS:Zuiderstraat 8]], "
    "[[ZIP_CODE:8911 DJ]] [[LOCATION:Leeuwarden]], e-mail [[EMAIL_ADDRESS:fenna.bosma@ziggo.nl]], kenteken "
    "[[ID_NUMBER:K-482-TF]], rijbewijsnummer [[ID_NUMBER:5284193067]].",
    # 050 NL (BE)
    "Gebruikersnaam [[USERNAME:jorisdecl]], naam [[PERSON:Joris De Clercq]], rijksregisternummer "
    "[[ID_NUMBER:84.06.23-157.86]], IBAN [[IBAN_CODE:BE64 0682 4173 9065]], IP [[IP_ADDRESS:84.195.37.118]], adres "
    "[[ADDRESS:Korenlei 17]], [[ZIP_CODE:9000]] [[LOCATION:Gent]].",
    # 051 PT (BR)
    "[[PERSON:Ana Beatriz Cavalcanti]], CPF [[ID_NUMBER:318.604.927-03]], RG [[ID_NUMBER:42.817.395-6]], nascida em "
    "[[DATE_TIME:25/04/1992]], endereço [[ADDRESS:Rua Augusta 1508, apto 72]], [[LOCATION:Consolação]], "
    "[[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:01304-001]], celular [[PHONE_NUMBER:(11) 99482-3017]], chave "
    "Pix [[EMAIL_ADDRESS:anabea.cavalcanti@gmail.com]].",
    # 052 PT
    "[[PERSON:Rui Miguel Tavares Sousa]], NIF [[ID_NUMBER:238417590]], morada [[ADDRESS:Rua de Cedofeita 245, 2.º Esq.]], "
    "[[ZIP_CODE:4050-179]] [[LOCATION:Porto]], IBAN [[IBAN_CODE:PT54 0035 0097 0000 6438 2193 7]], telemóvel "
    "[[PHONE_NUMBER:912 483 076]], profissão: contabilista.",
    # 053 PT (BR)
    "Usuário [[USERNAME:thiagopaixao]]: [[PERSON:Thiago Paixão]], [[AGE:24]] anos, sexo masculino, [[LOCATION:Recife]] - "
    "[[LOCATION:PE]], CPF [[ID_NUMBER:052.719.483-23]], placa [[ID_NUMBER:RKM4B27]], IP [[IP_ADDRESS:177.72.18.240]], "
    "carteira bitcoin [[ID_NUMBER:1F7kqN3xW9pRtB2cH8vLmZ5yG4dQsE6Ju]].",
    # 054 PL
    "[[TITLE:Pani]] [[PERSON:Agnieszka Maria Wójcik]], PESEL [[ID_NUMBER:92030518462]], ur. [[DATE_TIME:5 marca 1992]] w "
    "[[LOCATION:Lublinie]], zam. [[ADDRESS:ul. Narutowicza 14/6]], [[ZIP_CODE:20-016]] [[LOCATION:Lublin]], tel. "
    "[[PHONE_NUMBER:+48 601 284 937]], nr rachunku [[IBAN_CODE:PL43 1910 5014 4510 0000 9230 6148]].",
    # 055 PL
    "[[PERSON:Krzysztof Dąbrowski]], jednoosobowa działalność gospodarcza, NIP [[ID_NUMBER:526-148-30-98]], dowód osobisty "
    "[[ID_NUMBER:AXN 182917]], e-mail [[EMAIL_ADDRESS:k.dabrowski@onet.pl]], tel. [[PHONE_NUMBER:512 389 046]], adres "
    "[[ADDRESS:ul. Piotrkowska 118 lok. 4]], [[ZIP_CODE:90-006]] [[LOCATION:Łódź]].",
    # 056 PL
    "Login: [[USERNAME:ola_kowal88]], hasło: Pierogi#77, imię i nazwisko: [[PERSON:Aleksandra Kowalczyk]], wiek: "
    "[[AGE:36]], miasto: [[LOCATION:Gdańsk]], IP: [[IP_ADDRESS:83.24.157.92]], karta: [[CREDIT_CARD:5420 1193 0078 4617]].",
    # 057 SV
    "[[PERSON:Linnéa Åkesson]], personnummer [[ID_NUMBER:870914-2387]], [[ADDRESS:Storgatan 14 lgh 1102]], "
    "[[ZIP_CODE:903 26]] [[LOCATION:Umeå]], mobil [[PHONE_NUMBER:070-482 19 36]], e-post "
    "[[EMAIL_ADDRESS:linnea.akesson@telia.se]], IBAN [[IBAN_CODE:SE57 5000 0000 0528 3104 9726]].",
    # 058 SV
    "Användarnamn: [[USERNAME:oskar.lindh]]; namn: [[PERSON:Oskar Lindh]]; ålder: [[AGE:45]] år; yrke: lärare; ort: "
    "[[LOCATION:Göteborg]]; personnummer: [[ID_NUMBER:790611-1534]]; registreringsnummer: [[ID_NUMBER:KBT 48F]].",
    # 059 NO
    "[[PERSON:Ingvild Sæther]], fødselsnummer [[ID_NUMBER:23079134236]], adresse [[ADDRESS:Thereses gate 22B]], "
    "[[ZIP_CODE:0168]] [[LOCATION:Oslo]], tlf. [[PHONE_NUMBER:+47 924 18 355]], kontonummer [[ID_NUMBER:1503.24.81938]], "
    "stilling: sykepleier.",
    # 060 NO
    "Brukernavn: [[USERNAME:sindre_fjell]]; navn: [[PERSON:Sindre Fjellheim]]; kjønn: mann; alder: [[AGE:39]]; adresse: "
    "[[ADDRESS:Storgata 9]], [[ZIP_CODE:9008]] [[LOCATION:Tromsø]]; fødselsnummer: [[ID_NUMBER:14038521765]]; bilnummer: "
    "[[ID_NUMBER:EL 48213]]; IP: [[IP_ADDRESS:46.212.93.17]].",
    # 061 FI
    "[[PERSON:Aino Kaarina Heikkinen]], henkilötunnus [[ID_NUMBER:170489-326N]], osoite [[ADDRESS:Hämeenkatu 21 B 14]], "
    "[[ZIP_CODE:33200]] [[LOCATION:Tampere]], puh. [[PHONE_NUMBER:040 718 2293]], sähköposti "
    "[[EMAIL_ADDRESS:aino.heikkinen@elisanet.fi]], tili [[IBAN_CODE:FI38 4005 5010 8237 61]].",
    # 062 FI
    "Käyttäjä [[USERNAME:mikkovee]]: [[PERSON:Mikko Väänänen]], [[AGE:28]] v, [[LOCATION:Oulu]], hetu "
    "[[ID_NUMBER:021195-719V]], rekisterinumero [[ID_NUMBER:KTL-482]], IP [[IP_ADDRESS:85.76.118.201]].",
    # 063 RO
    "[[TITLE:Dna.]] [[PERSON:Ioana Crăciun]], CNP [[ID_NUMBER:2860712400367]], născută la [[DATE_TIME:12 iulie 1986]] în "
    "[[LOCATION:București]], domiciliată în [[ADDRESS:Str. Mihai Eminescu nr. 47, bl. A2, sc. 1, ap. 18]], "
    "[[LOCATION:Sector 2]], [[LOCATION:București]], cod poștal [[ZIP_CODE:020083]], telefon [[PHONE_NUMBER:0722 418 395]], "
    "IBAN [[IBAN_CODE:RO69 BTRL RONC RT04 8172 3695]].",
    # 064 RO
    "Utilizator [[USERNAME:andrei.pop95]]: [[PERSON:Andrei Pop]], [[AGE:29]] ani, inginer software, [[LOCATION:Timișoara]], "
    "CNP [[ID_NUMBER:1951103350126]], număr de înmatriculare [[ID_NUMBER:TM 48 KRP]], IP [[IP_ADDRESS:79.117.42.186]].",
    # 065 CS
    "[[TITLE:Paní]] [[PERSON:Tereza Nováková]], rodné číslo [[ID_NUMBER:855312/4173]], bytem "
    "[[ADDRESS:Vinohradská 1233/87]], [[ZIP_CODE:130 00]] [[LOCATION:Praha 3]], tel. [[PHONE_NUMBER:+420 604 218 937]], "
    "e-mail [[EMAIL_ADDRESS:tereza.novakova@seznam.cz]], IBAN [[IBAN_CODE:CZ39 0800 0000 1920 3847 5611]].",
    # 066 CS
    "[[TITLE:Pan]] [[PERSON:Jakub Dvořák]], narozen [[DATE_TIME:5. 8. 1979]] v [[LOCATION:Brně]], rodné číslo "
    "[[ID_NUMBER:790805/2130]], číslo OP [[ID_NUMBER:204817395]], SPZ [[ID_NUMBER:2AB 4817]], povolání: elektrikář.",
    # 067 TR
    "[[PERSON:Elif Şahin]] [[TITLE:Hanım]], T.C. Kimlik No [[ID_NUMBER:38415062740]], doğum tarihi [[DATE_TIME:14.02.1990]], "
    "adres [[ADDRESS:Bağdat Caddesi No: 312 Daire: 7]], [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]] [[ZIP_CODE:34728]], cep "
    "[[PHONE_NUMBER:0532 418 27 93]], IBAN [[IBAN_CODE:TR51 0006 2000 0048 3027 1956 64]].",
    # 068 TR
    "Kullanıcı adı: [[USERNAME:emre.kaya34]]; [[TITLE:Bay]] [[PERSON:Emre Kaya]], [[AGE:34]] yaşında, yazılım mühendisi; "
    "e-posta: [[EMAIL_ADDRESS:emrekaya.dev@hotmail.com]]; T.C. Kimlik No: [[ID_NUMBER:52906318420]]; plaka: "
    "[[ID_NUMBER:34 KLM 482]]; IP: [[IP_ADDRESS:88.241.17.63]].",
    # 069 ID
    "[[PERSON:Dewi Anggraini Saputra]], NIK [[ID_NUMBER:3273014708890003]], lahir di [[LOCATION:Bandung]], "
    "[[DATE_TIME:7 Agustus 1989]], alamat [[ADDRESS:Jl. Dago Asri No. 17]], RT 04/RW 09, Kel. [[LOCATION:Dago]], Kec. "
    "[[LOCATION:Coblong]], [[LOCATION:Bandung]] [[ZIP_CODE:40135]], HP [[PHONE_NUMBER:0812-2048-3176]], pekerjaan: guru.",
    # 070 ID
    "[[TITLE:Bapak]] [[PERSON:Agus Setiawan Wibisono]], NPWP [[ID_NUMBER:09.482.173.6-514.000]], email "
    "[[EMAIL_ADDRESS:agus.wibisono@yahoo.co.id]], rekening BCA [[ID_NUMBER:4820193765]], nomor polisi "
    "[[ID_NUMBER:B 2917 KZA]], domisili [[LOCATION:Jakarta Selatan]], usia [[AGE:47]] tahun.",
]

DOC = [
    # 001 complaint letter
    "[[PERSON:Marjorie Ellingham]]\n[[ADDRESS:23 Foxglove Avenue]]\n[[LOCATION:Harrogate]]\n[[ZIP_CODE:HG2 8LT]]\n\n"
    "[[DATE_TIME:14 March 2024]]\n\nCustomer Relations\nNorthline Energy Ltd\n[[ADDRESS:PO Box 4410]]\n[[LOCATION:Sheffield]] "
    "[[ZIP_CODE:S1 2GU]]\n\nDear Sir or Madam,\n\nAccount number: [[ID_NUMBER:NE-00418823]]\nMeter serial: 19K0448271\n\n"
    "I am writing to complain about the estimated bill dated 2 February 2024 (invoice INV-88231, £684.12). The meter was read "
    "by your own engineer in January and showed 41882 units, yet the bill assumes 43,100. My late husband, "
    "[[PERSON:Geoffrey Ellingham]], opened this account in 2009 and we have never once been in arrears.\n\n"
    "Please correct the bill and contact me on [[PHONE_NUMBER:01423 506 771]] or at "
    "[[EMAIL_ADDRESS:marjorie.ellingham@talktalk.net]]. I do not wish to ring the 0800 line again.\n\n"
    "Yours faithfully,\n\n[[PERSON:Marjorie Ellingham]] ([[TITLE:Mrs]])",
    # 002 discharge summary
    "DISCHARGE SUMMARY, Ward 7B, St Aldhelm's Hospital\n"
    "Patient: [[PERSON:Kwabena Osei-Tutu]]    NHS No: [[ID_NUMBER:612 047 3858]]    Hospital No: [[ID_NUMBER:RA40918377]]\n"
    "DOB: [[DATE_TIME:09/11/1948]] ([[AGE:75]]y)    Admitted: [[DATE_TIME:02/04/2024]]    Discharged: [[DATE_TIME:09/04/2024]]\n"
    "Consultant: [[PERSON:Dr. Helena Marchbank]]    GP: [[PERSON:Dr. R. Iqbal]], Oakfield Surgery\n\n"
    "Diagnosis: community-acquired pneumonia (CURB-65 score 2) on a background of COPD and AF on apixaban 5 mg BD.\n"
    "Course: IV co-amoxiclav for 72 hours, then oral doxycycline 100 mg OD to complete 5 days. CRP fell from 187 to 22. "
    "Mobilising with a frame on bay 3; seen by physio on day 4.\n"
    "Follow-up: repeat chest X-ray in 6 weeks via GP. District nurse referral sent.\n"
    "Next of kin: daughter, [[PERSON:Abena Osei-Tutu]], [[PHONE_NUMBER:07958 223 640]].",
    # 003 police report
    "INCIDENT LOG  Ref: CAD 2231/17MAY24  Officer: [[TITLE:PC]] [[PERSON:Gareth Pryor]] [[ID_NUMBER:6128]]\n\n"
    "On [[DATE_TIME:17/05/2024]] at approx. 23:40 hrs I attended [[ADDRESS:Flat 4, 61 Goldhawk Terrace]], "
    "[[LOCATION:Swindon]] following a 999 call. The informant, [[PERSON:Leanne Carver]] ([[AGE:29]]), stated that her "
    "ex-partner [[PERSON:Scott Denby]] (DOB [[DATE_TIME:03/02/1990]], PNC ID [[ID_NUMBER:14/227389K]]) had tried to force "
    "the front door and kicked a panel through. A silver Vauxhall Corsa, VRM [[ID_NUMBER:WR19 KTX]], was seen leaving "
    "towards the A420. No injuries. Door secured by the council's emergency joiner (job no. 55120). Informant can be "
    "contacted on [[PHONE_NUMBER:07704 318 992]]. DASH risk assessment completed: medium.",
    # 004 workplace incident report
    "Health & Safety Incident Report, Form HS-02 (rev. 4.1)\n\n"
    "Site: Greaves Cold Storage, [[ADDRESS:Unit 14, Riverside Industrial Park]], [[LOCATION:Grimsby]] [[ZIP_CODE:DN31 3SW]]\n"
    "Date of incident: Wednesday [[DATE_TIME:6 March 2024]], 06:15\n"
    "Injured person: [[PERSON:Paulius Jankauskas]], forklift operator, employee no. [[ID_NUMBER:GCS-3318]], age [[AGE:42]]\n"
    "Witness: [[PERSON:Denise Hartley]], shift supervisor, ext. 2214\n\n"
    "Description: while reversing out of freezer chamber 3 (-24°C) the truck clipped racking bay R-17 and pallet "
    "P-00912 fell, striking the operator's left shoulder. First aid was given by [[PERSON:Neil Beck]] and the injured person was "
    "taken to Diana, Princess of Wales Hospital for an X-ray. RIDDOR reference 2024/0318-GRM.\n\n"
    "Report completed by [[PERSON:Denise Hartley]] on [[DATE_TIME:6 March 2024]].",
    # 005 court order
    "IN THE FAMILY COURT SITTING AT LEICESTER\nCase No: LE23P01187\n\nBefore [[TITLE:HHJ]] [[PERSON:Moira Kentish]]\n\n"
    "IN THE MATTER OF the Children Act 1989 and the child [[PERSON:Ruby-Mae Fenwick]] (born [[DATE_TIME:18 July 2017]])\n\n"
    "Applicant: [[PERSON:Craig Fenwick]] (father)\nRespondent: [[PERSON:Stacey Lomax]] (mother)\n\n"
    "UPON hearing counsel for both parties on [[DATE_TIME:21 November 2023]]\n\nIT IS ORDERED THAT:\n"
    "1. The child shall live with the Respondent at [[ADDRESS:9 Beacon Rise]], [[LOCATION:Loughborough]] "
    "[[ZIP_CODE:LE11 2QJ]].\n2. The Applicant shall spend time with the child on alternate weekends from 10am Saturday to "
    "5pm Sunday, handovers to take place at the McDonald's car park on the A6.\n"
    "3. The matter is listed for review on [[DATE_TIME:4 March 2024]] at 10:00, time estimate 1 hour.\n\n"
    "Dated [[DATE_TIME:21 November 2023]]",
    # 006 tenancy agreement
    "ASSURED SHORTHOLD TENANCY AGREEMENT\n\nThis agreement is made on [[DATE_TIME:1st September 2024]] between:\n"
    "Landlord: [[PERSON:Rajesh Anand Bhatt]] of [[ADDRESS:14 Carlton Gardens]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 3RP]]\n"
    "Tenants: [[PERSON:Ffion Roberts]] and [[PERSON:Oliver Quaye]]\n"
    "Property: [[ADDRESS:Flat 3B, 88 Queens Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF24 4HJ]]\n\n"
    "1. Term: 12 months from [[DATE_TIME:1 September 2024]].\n"
    "2. Rent: £1,150 per calendar month, payable in advance on the 1st of each month to sort code 40-11-62, account "
    "[[ID_NUMBER:52871039]].\n3. Deposit: £1,326, protected with the Deposit Protection Service (certificate DPS-7781-2210).\n"
    "4. The tenants shall not keep pets without written consent, except the existing goldfish.\n\n"
    "Signed (Landlord): [[PERSON:R. A. Bhatt]]\nSigned (Tenants): [[PERSON:F. Roberts]], [[PERSON:O. Quaye]]",
    # 007 HR letter
    "PRIVATE & CONFIDENTIAL\n\n[[PERSON:Mr. Dominic Achebe-Laird]]\n[[ADDRESS:57 Wellfield Road]]\n[[LOCATION:Preston]] "
    "[[ZIP_CODE:PR1 8SB]]\n\n[[DATE_TIME:29 April 2024]]\n\nDear [[PERSON:Dominic]],\n\nInvitation to a disciplinary hearing\n\n"
    "Further to the investigation meeting with [[PERSON:Carla Nunes]] on [[DATE_TIME:19 April]], I am writing to invite you to "
    "a disciplinary hearing on Tuesday [[DATE_TIME:7 May 2024]] at 14:00 in Meeting Room 2.11. The allegation is that on "
    "[[DATE_TIME:11 April]] you accessed customer record CR-448120 without a business reason, in breach of policy IS-07 "
    "(version 3.2).\n\nYou may be accompanied by a colleague or trade union representative. Your employee number, "
    "[[ID_NUMBER:100738]], should be quoted in any correspondence.\n\nYours sincerely,\n\n[[PERSON:Harpreet Sandhu]]\n"
    "HR Business Partner, Fylde Mutual Insurance",
    # 008 CV
    "[[PERSON:ANJA KOVAČ]]\nBackend Developer\n[[LOCATION:Ljubljana]], [[LOCATION:Slovenia]] | [[PHONE_NUMBER:+386 41 728 903]] | "
    "[[EMAIL_ADDRESS:anja.kovac.dev@gmail.com]] | [[URL:https://github.com/anjakovac]] | "
    "[[URL:https://www.linkedin.com/in/anja-kovac-si]]\n\n"
    "EXPERIENCE\nSenior Engineer, Outfox Payments (2021-present): moved the ledger service from Java 8 to Java 17, cut p99 "
    "latency from 840 ms to 95 ms, led the migration to PostgreSQL 15.\n"
    "Developer, Zeleni Val d.o.o. (2017-2021): built the routing API used by 1,200 couriers.\n\n"
    "EDUCATION\nMSc Computer Science, University of Ljubljana, 2017 (thesis supervised by [[PERSON:Prof. Marko Hribar]])\n\n"
    "PERSONAL\nDate of birth: [[DATE_TIME:11 January 1993]] | Nationality: [[NRP:Slovenian]] | Driving licence: B\n"
    "References on request from [[PERSON:Luka Zupančič]], CTO.",
    # 009 minutes
    "ASHGROVE ROAD RESIDENTS' ASSOCIATION\nMinutes of the meeting held on [[DATE_TIME:12 June 2024]], St Barnabas Church Hall\n\n"
    "Present: [[PERSON:Lorraine Pettigrew]] (chair), [[PERSON:Yusuf Demir]] (treasurer), [[PERSON:Bridget Kane]], "
    "[[PERSON:Sol Abramsky]], [[PERSON:Eunice Mbatha]] and 14 residents. Apologies: [[PERSON:Colin Ware]].\n\n"
    "1. Minutes of [[DATE_TIME:8 May]] approved.\n2. Treasurer's report: balance £2,318.70; the grant of £500 from the ward fund was received.\n"
    "3. Potholes: [[PERSON:Bridget Kane]] reported that the hole outside no. 41 has been logged with the council as "
    "FixMyStreet report 7731902.\n4. Street party: to be held in July; [[PERSON:Eunice Mbatha]] will take bookings on "
    "[[PHONE_NUMBER:07812 554 019]].\n5. AOB: [[PERSON:Sol Abramsky]] asked that new members email "
    "[[EMAIL_ADDRESS:sol.abramsky@btopenworld.com]] rather than post notes through his door at [[ADDRESS:3 Ashgrove Road]].\n\n"
    "Next meeting: [[DATE_TIME:10 July 2024]], 7.30pm.",
    # 010 school report
    "OAKHILL PRIMARY SCHOOL, End of Year Report 2023/24\n\nPupil: [[PERSON:Tallulah Brooke-Whitman]]    Class: 4M "
    "(Maple)    UPN: [[ID_NUMBER:H801299104233]]\nDate of birth: [[DATE_TIME:22/05/2015]]    Attendance: 96.4%\n\n"
    "English: [[PERSON:Tallulah]] reads widely and is working at the expected standard; her book review of 'The Iron Man' was "
    "excellent. Maths: she knows her times tables up to 12 x 12 and is now working on fractions.\n"
    "Science: a curious scientist who asked brilliant questions in our Evolution topic.\n\n"
    "Class teacher: [[PERSON:Mr. Owain Jenkins]]\nHeadteacher: [[PERSON:Mrs. Beverley Adeyinka]]\n\n"
    "Parents' evening appointment: Thursday [[DATE_TIME:11 July]], 4.10pm. Please call the office if you cannot make it.",
]
DOC += [
    # 011 motor insurance claim
    "MOTOR CLAIM NOTIFICATION    Claim no. MC-24-0091732    Policy no. PX/558/20193\n\n"
    "Policyholder: [[PERSON:Anthony Ruiz-Calloway]], DOB [[DATE_TIME:17 Oct 1983]], driving licence "
    "[[ID_NUMBER:RUIZC810173A99LK]], email [[EMAIL_ADDRESS:tony.rc83@gmail.com]]\n"
    "Vehicle: Skoda Octavia estate, reg [[ID_NUMBER:LK68 PWV]], VIN TMBJJ7NE4J0218844, mileage 61,204\n"
    "Date/time of accident: [[DATE_TIME:23/02/2024]], approx. 08:20\n"
    "Location: junction of Stockport Road and Hyde Road, [[LOCATION:Manchester]]\n\n"
    "Third party: [[PERSON:Grace Whelan]], [[ADDRESS:12 Lime Tree Walk]], [[LOCATION:Denton]] [[ZIP_CODE:M34 3LP]], tel. "
    "[[PHONE_NUMBER:0161 336 4820]], vehicle reg [[ID_NUMBER:MA21 XHE]].\n\n"
    "Description: the third party pulled out of the side road without stopping and hit my nearside front wing at about "
    "20 mph. Airbags did not deploy. Dashcam footage (file 20240223_0819.mp4) is attached. Estimate from the bodyshop: "
    "£2,870 + VAT.",
    # 012 email thread with signature
    "From: [[PERSON:Priya Raman]] <[[EMAIL_ADDRESS:priya.raman@kestrelbio.com]]>\n"
    "To: [[PERSON:Tobias Engström]] <[[EMAIL_ADDRESS:t.engstrom@kestrelbio.com]]>\nCc: hr-onboarding@kestrelbio.com\n"
    "Subject: Re: Re: visitor badge for Thursday\n\nHi [[PERSON:Tobias]],\n\nDone, badge V-2291 is waiting at reception. "
    "Can you ask [[PERSON:Dr. Mensah]] to bring photo ID? Security now insists.\n\nThanks,\n[[PERSON:Priya]]\n--\n"
    "[[PERSON:Priya Raman]] | Lab Operations Manager | Kestrel Bio\n[[ADDRESS:Building 4, 220 Cambridge Science Park]], "
    "[[LOCATION:Cambridge]] [[ZIP_CODE:CB4 0WA]]\nm: [[PHONE_NUMBER:+44 7401 883 265]]\n\n"
    "> On Tue, [[DATE_TIME:9 Jul 2024]] at 16:02, [[PERSON:Tobias Engström]] <[[EMAIL_ADDRESS:t.engstrom@kestrelbio.com]]> "
    "wrote:\n> [[PERSON:Priya]], our collaborator [[PERSON:Dr. Kojo Mensah]] is visiting this Thursday to run samples on the "
    "Orbitrap (instrument ID OT-480-02). His mobile is [[PHONE_NUMBER:+233 24 418 7730]] in case he gets lost.\n> /[[PERSON:Tobias]]",
    # 013 oral history transcript
    "TRANSCRIPT, Oral History Project, Interview 14\nInterviewer: [[PERSON:Hannah Greenberg]] ([[PERSON:HG]])\n"
    "Interviewee: [[PERSON:Winston Alleyne]] ([[PERSON:WA]])\nDate of interview: [[DATE_TIME:3 October 2023]]\n\n"
    "[[PERSON:HG]]: Could you start by telling us when and where you were born?\n"
    "[[PERSON:WA]]: Yes. I was born on the [[DATE_TIME:fourth of May, 1941]] in [[LOCATION:Bridgetown]], "
    "[[LOCATION:Barbados]], and I came over on the boat in '61.\n[[PERSON:HG]]: Where did you first live in "
    "[[LOCATION:London]]?\n[[PERSON:WA]]: A room at [[ADDRESS:112 Railton Road]], [[LOCATION:Brixton]]. Eight of us shared "
    "one cooker. The landlord was a [[NRP:Polish]] gentleman, [[PERSON:Mr. Zawadzki]], very fair.\n"
    "[[PERSON:HG]]: And you worked on the buses?\n[[PERSON:WA]]: Route 159 for 31 years, conductor and then driver. "
    "My badge number was [[ID_NUMBER:N40913]]; I still have the badge in a drawer.",
    # 014 obituary
    "[[PERSON:OBIORA]], [[PERSON:Beatrice Nneka]] (née [[PERSON:Umeh]])\n\nPeacefully at home in [[LOCATION:Enfield]] on "
    "[[DATE_TIME:2nd February 2024]], aged [[AGE:88]]. Beloved wife of the late [[PERSON:Cyprian]], devoted mother of "
    "[[PERSON:Chinwe]] and [[PERSON:Obinna]], and proud grandmother of nine. She "
    "trained as a midwife at St Thomas' and delivered, by her own "
    "count, more than 3,000 babies. Funeral service at Our Lady of Lourdes, [[ADDRESS:56 Church Street]], "
    "[[LOCATION:Enfield]], on Friday [[DATE_TIME:1 March]] at 11am. Family flowers only; donations to the midwives' "
    "benevolent fund. Enquiries to [[PERSON:Obinna Obiora]], [[PHONE_NUMBER:07939 410 255]].",
    # 015 club newsletter
    "THE HARBOUR HARRIERS, Spring Newsletter\n\nWelcome to our new members: [[PERSON:Saoirse Nolan]], "
    "[[PERSON:Amit Chaudhary]] and [[PERSON:Bea Lindqvist-Moss]]!\n\nRace news: congratulations to "
    "[[PERSON:Reuben Achampong]], who ran 2:58:41 at the spring marathon in [[LOCATION:Rotterdam]], and to "
    "[[PERSON:Niamh]] and [[PERSON:Fergal Doherty]] for finishing the 50K together. A very happy [[AGE:70]]th to our "
    "founder, [[PERSON:Maureen Tully]], who still runs the Tuesday hills.\n\nKit orders: vests are £28 via the club "
    "PayPal; email membership@harbourharriers.org.uk with your size.\nLost property: a Garmin Forerunner 255 (serial "
    "3KL004817) was handed in at track. Claim it from [[PERSON:Gordon Fairley]] on [[PHONE_NUMBER:07866 301 492]].",
    # 016 GP referral letter
    "Vale House Surgery, [[ADDRESS:3 Market Place]], [[LOCATION:Wantage]] [[ZIP_CODE:OX12 8AB]]\n\n"
    "[[DATE_TIME:16/05/2024]]\n\nDear [[PERSON:Dr. Sorensen]],\n\nRe: [[PERSON:Mrs. Imelda Fairbrother]], DOB "
    "[[DATE_TIME:30/06/1961]], NHS No. [[ID_NUMBER:943 817 2602]], [[ADDRESS:6 Mortimer Court, Newbury Street]], "
    "[[LOCATION:Wantage]] [[ZIP_CODE:OX12 8DF]], tel. [[PHONE_NUMBER:01235 761 409]]\n\n"
    "Thank you for seeing this [[AGE:62]]-year-old retired teacher with a three-month history of Raynaud's phenomenon, "
    "morning stiffness of the hands lasting over an hour and a positive ANA (1:640, speckled). ESR 48, CRP 19. She takes "
    "amlodipine 5 mg and has no known drug allergies. I would be grateful for your assessment for an early connective "
    "tissue disease.\n\nYours sincerely,\n\n[[PERSON:Dr. Femi Adewale]]\nGMC [[ID_NUMBER:6148290]]",
    # 017 employment reference
    "To whom it may concern,\n\nI am pleased to provide a reference for [[PERSON:Mohammed Irfan Siddiqui]], who worked at "
    "Brightwell Pharmacy, [[ADDRESS:201 Stratford Road]], [[LOCATION:Birmingham]] [[ZIP_CODE:B11 1QY]], from "
    "[[DATE_TIME:6 March 2019]] to [[DATE_TIME:28 June 2024]] as a pharmacy technician (GPhC registration "
    "[[ID_NUMBER:5219843]]).\n\n[[PERSON:Irfan]] was reliable, accurate and kind with patients; he ran our blister-pack "
    "service for 140 care-home residents with an error rate well under 0.1%. He leaves us only to move closer to family in "
    "[[LOCATION:Bradford]].\n\nPlease call me on [[PHONE_NUMBER:0121 772 6013]] if you need anything further.\n\n"
    "[[PERSON:Sunita Kaur Bains]]\nSuperintendent Pharmacist",
    # 018 witness statement
    "WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, s.5B)\nStatement of: [[PERSON:Marlon Featherstone]]    Age if under "
    "18: over 18    Occupation: bus driver\n\nOn Saturday [[DATE_TIME:13 April 2024]] I was driving the number 43 bus along "
    "Holloway Road. At the stop outside no. 220 I saw a man I now know to be [[PERSON:Kieran Lusk]] grab a handbag from an "
    "elderly woman, [[PERSON:Mrs. Olive Pennock]], and run towards [[LOCATION:Highbury]]. He was about [[AGE:25]], 5'10\", "
    "wearing a grey hoodie and white trainers. I picked him out at a VIPER identification procedure on "
    "[[DATE_TIME:2 May 2024]].\n\nMy contact details: [[ADDRESS:44 Tollington Park]], [[LOCATION:London]] "
    "[[ZIP_CODE:N4 3QY]], [[PHONE_NUMBER:07883 201 576]].\n\nSigned: [[PERSON:M. Featherstone]]    Dated: "
    "[[DATE_TIME:02/05/2024]]",
    # 019 travel itinerary email
    "Subject: Your trip to [[LOCATION:Marrakech]], booking MKX4Q2\n\nDear [[PERSON:Ms. Ottoline Harcourt-Vance]],\n\n"
    "Thank you for booking with Atlas & Oak Travel. Your itinerary:\n"
    "Outbound: EZY8893 Gatwick (LGW) to [[LOCATION:Marrakech]] (RAK), Sat [[DATE_TIME:12 Oct 2024]], dep. 06:55, seat 7C\n"
    "Hotel: Riad Dar Zitoun, 4 nights, confirmation 558210927\n"
    "Return: EZY8894 [[LOCATION:Marrakech]] to Gatwick, Wed [[DATE_TIME:16 Oct 2024]], dep. 11:20\n"
    "Travellers: [[PERSON:Ottoline Harcourt-Vance]] (passport [[ID_NUMBER:129384756]]) and [[PERSON:Felix Harcourt-Vance]] "
    "(child, age [[AGE:9]])\nEmergency contact: [[PERSON:Jasper Vance]], [[PHONE_NUMBER:+44 7520 661 348]]\n\n"
    "Transfers are included. Total paid: £1,482.60.",
    # 020 bank dispute letter
    "[[PERSON:Sandeep Malhotra]]\n[[ADDRESS:Apartment 1204, 8 Harbour Boulevard]]\n[[LOCATION:Toronto]], [[LOCATION:ON]] "
    "[[ZIP_CODE:M5J 0A3]]\n\n[[DATE_TIME:June 3, 2024]]\n\nDisputes Department\nMaple Crest Bank\n\n"
    "Re: Visa card [[CREDIT_CARD:4917 8630 2245 5179]]\n\nI dispute two charges on my May statement: CAD 749.00 to "
    "SKYBRIDGE ELECTRONICS and CAD 212.35 to QUICKCART*8841. I did not make or authorize either; the card never left my "
    "wallet. I reported the problem by phone on [[DATE_TIME:May 30]] (call reference 88-2231) and the card has since been "
    "blocked.\n\nPlease reply to [[EMAIL_ADDRESS:sandeep.malhotra@rogers.com]] or call [[PHONE_NUMBER:647-318-2094]].\n\n"
    "Sincerely,\n[[PERSON:Sandeep Malhotra]]",
]
DOC += [
    # 021 French complaint letter
    "[[PERSON:Sébastien Morel]]\n[[ADDRESS:18 boulevard Carnot]]\n[[ZIP_CODE:06300]] [[LOCATION:Nice]]\nTél. : "
    "[[PHONE_NUMBER:06 71 23 48 90]]\n\nÀ [[LOCATION:Nice]], le [[DATE_TIME:5 avril 2024]]\n\n"
    "Objet : contestation de la facture n° FAC-2024-03-1187, numéro client [[ID_NUMBER:7730 2218 44]]\n\n"
    "Madame, Monsieur,\n\nTitulaire de la ligne fixe [[PHONE_NUMBER:04 93 62 18 07]] depuis 2015, je conteste la facture "
    "de mars d'un montant de 186,40 €, qui comprend des appels vers un numéro surtaxé (089 970 12 44) que je n'ai jamais "
    "composé. Le prélèvement a été effectué sur mon compte [[IBAN_CODE:FR28 1751 5900 0008 0471 2239 582]]. Je vous "
    "demande le remboursement de 142,90 € et la désactivation des numéros spéciaux sur ma ligne.\n\n"
    "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\n[[PERSON:Sébastien Morel]]",
    # 022 German discharge letter
    "Klinikum Am Stadtpark, Klinik für Innere Medizin, [[ADDRESS:Parkallee 12]], [[ZIP_CODE:90402]] [[LOCATION:Nürnberg]]\n\n"
    "[[TITLE:Herrn]] [[TITLE:Dr. med.]] [[PERSON:Volker Steinbach]]\nFacharzt für Allgemeinmedizin\n"
    "[[ADDRESS:Königstraße 41]]\n[[ZIP_CODE:90402]] [[LOCATION:Nürnberg]]\n\n[[LOCATION:Nürnberg]], [[DATE_TIME:22.03.2024]]\n\n"
    "Sehr geehrter [[TITLE:Herr]] [[PERSON:Dr. Steinbach]],\n\nwir berichten über Ihre Patientin [[TITLE:Frau]] "
    "[[PERSON:Gertrud Hofbauer]], geb. [[DATE_TIME:11.09.1943]], wohnhaft [[ADDRESS:Am Wöhrder See 7]], [[ZIP_CODE:90489]] "
    "[[LOCATION:Nürnberg]], Versichertennummer [[ID_NUMBER:H412839076]], die sich vom [[DATE_TIME:14.03.]] bis "
    "[[DATE_TIME:22.03.2024]] in unserer stationären Behandlung befand.\n\nDiagnosen: NSTEMI; koronare "
    "2-Gefäßerkrankung, PCI mit DES (RIVA); Diabetes mellitus Typ 2 (HbA1c 7,8 %).\n"
    "Medikation bei Entlassung: ASS 100 mg 1-0-0, Ticagrelor 90 mg 1-0-1, Atorvastatin 80 mg 0-0-1.\n"
    "Wir bitten um Kontrolle der Nierenwerte in einer Woche.\n\nMit freundlichen Grüßen\n\n"
    "[[TITLE:Prof.]] [[PERSON:Dr. Ulrike Brandl]]\nChefärztin",
    # 023 Spanish tenancy contract
    "CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n\nEn [[LOCATION:Sevilla]], a [[DATE_TIME:15 de enero de 2024]].\n\nREUNIDOS\n\n"
    "De una parte, [[TITLE:D.]] [[PERSON:Francisco Javier Morales Peña]], mayor de edad, con DNI [[ID_NUMBER:30518264R]] y "
    "domicilio en [[ADDRESS:Calle Feria 42, 2º izquierda]], [[ZIP_CODE:41003]] [[LOCATION:Sevilla]], en adelante el "
    "ARRENDADOR.\n\nDe otra parte, [[TITLE:Dña.]] [[PERSON:Ingrid Vos]], de nacionalidad [[NRP:neerlandesa]], con NIE "
    "[[ID_NUMBER:Y2093847X]], teléfono [[PHONE_NUMBER:+34 622 41 90 38]] y correo [[EMAIL_ADDRESS:ingrid.vos@kpnmail.nl]], "
    "en adelante la ARRENDATARIA.\n\nEXPONEN\n\nQue el ARRENDADOR es propietario de la vivienda sita en "
    "[[ADDRESS:Calle Betis 17, 3º B]], [[ZIP_CODE:41010]] [[LOCATION:Sevilla]], con referencia catastral "
    "9324105TG3492S0012XE.\n\nTERCERA. Renta: 950 € mensuales, que se abonarán dentro de los cinco primeros días de cada mes "
    "en la cuenta [[IBAN_CODE:ES03 0049 1500 0527 1846 1920]].",
    # 024 board meeting transcript
    "Trustees' meeting, transcript (auto-generated, lightly edited). Zoom meeting ID 812 4471 9930, passcode 558201.\n\n"
    "[00:00:14] [[PERSON:Celeste Arango]]: Okay, I think we're quorate. Thanks all for joining at short notice.\n"
    "[00:01:02] [[PERSON:Victor Halloran]]: Before we start, can I flag that version 2.3 of the fraud policy still isn't "
    "on the shared drive?\n[00:01:20] [[PERSON:Celeste Arango]]: Noted. [[PERSON:Mei]], you wanted to raise the payroll "
    "incident?\n[00:01:31] [[PERSON:Mei Fujikawa]]: Yes. Someone emailed payroll pretending to be [[PERSON:Victor]] and asked "
    "for his expenses to go to a new account, [[IBAN_CODE:GB31 HBUK 4012 7683 9274 51]]. It came from "
    "[[EMAIL_ADDRESS:v.halloran.ceo@gmail.com]].\n[00:02:05] [[PERSON:Victor Halloran]]: Definitely not me. The only "
    "personal address I use is [[EMAIL_ADDRESS:victor.halloran@icloud.com]].\n[00:02:19] [[PERSON:Mei Fujikawa]]: We "
    "caught it before the run. I've reported it to Action Fraud, reference NFRC240611553.",
    # 025 will
    "THIS IS THE LAST WILL AND TESTAMENT of me, [[PERSON:Edith Morven Colquhoun]], of [[ADDRESS:Braeside, 14 Kirk Wynd]], "
    "[[LOCATION:Falkland]], [[LOCATION:Fife]] [[ZIP_CODE:KY15 7BS]].\n\n1. I REVOKE all former wills.\n"
    "2. I APPOINT my nephew [[PERSON:Alasdair Colquhoun]], of [[ADDRESS:9 Gladstone Place]], [[LOCATION:Aberdeen]] "
    "[[ZIP_CODE:AB10 6UX]], to be my executor.\n3. I GIVE my Broadwood piano to my friend [[PERSON:Morag Baird]] and "
    "£5,000 to the RNLI (charity no. 209603).\n4. I GIVE the residue of my estate to my nephew [[PERSON:Alasdair]] absolutely.\n\n"
    "SIGNED by the testator on [[DATE_TIME:8 August 2019]] in the presence of [[PERSON:Jean Ritchie]], solicitor, "
    "[[ADDRESS:22 Crossgate]], [[LOCATION:Cupar]].",
    # 026 parish newsletter
    "ST COLUMBA'S PARISH NEWSLETTER, 14th Sunday in Ordinary Time\n\nBaptisms: we welcome [[PERSON:Aurelia Rose Mancini]], "
    "baptised on [[DATE_TIME:30 June]], daughter of [[PERSON:Luca]] and [[PERSON:Sinéad Mancini]].\n"
    "Please pray for the sick: [[PERSON:Tommy Gallagher]] and [[TITLE:Fr.]] "
    "[[PERSON:Declan Boyle]].\nRecently deceased: [[PERSON:Patrick Joseph Breslin]] ([[AGE:91]]), of "
    "[[ADDRESS:27 Lough Road]]; funeral Mass on Wednesday [[DATE_TIME:3 July]] at 10am.\n"
    "Banns of marriage: [[PERSON:Conor Devlin]] and [[PERSON:Róisín Maguire]], both of this parish.\n"
    "The St Vincent de Paul Society thanks you for £1,124.50 at last week's collection. Gift Aid envelopes are in the porch.",
    # 027 US employment verification letter
    "[[DATE_TIME:February 12, 2024]]\n\nU.S. Citizenship and Immigration Services\nCalifornia Service Center\n\n"
    "Re: I-140 petition for [[PERSON:Anand Subramaniam Pillai]], born [[DATE_TIME:March 19, 1989]] in [[LOCATION:Kochi]], "
    "[[LOCATION:India]]; passport [[ID_NUMBER:Z4829173]]\n\nDear Officer,\n\nLarkspur Robotics, Inc., "
    "[[ADDRESS:4100 Bohannon Drive, Suite 300]], [[LOCATION:Menlo Park]], [[LOCATION:CA]] [[ZIP_CODE:94025]], confirms that "
    "[[PERSON:Mr. Pillai]] has been employed full-time as a Staff Machine Learning Engineer (SOC 15-1252) since "
    "[[DATE_TIME:August 1, 2019]], at an annual salary of $212,000.\n\nSincerely,\n\n[[PERSON:Rebecca Okoye-Lund]]\n"
    "VP People\n[[EMAIL_ADDRESS:rebecca.okoye-lund@larkspur-robotics.com]] | [[PHONE_NUMBER:(650) 384-2291]]",
    # 028 vet record
    "PAWS & CLAWS VETERINARY CLINIC, consultation record\n\nOwner: [[PERSON:Rosa Okwuosa]], [[ADDRESS:71 Thornbury Avenue]], "
    "[[LOCATION:Southampton]] [[ZIP_CODE:SO15 5DA]], mobile [[PHONE_NUMBER:07459 882 031]], client no. [[ID_NUMBER:C-20418]]\n"
    "Patient: Pickle, cocker spaniel, F(N), 6 years, 14.2 kg, microchip 826098102417733\n"
    "Date of visit: [[DATE_TIME:18/04/2024]]\n\nHistory: lame on the right hind for 3 days after a run on the beach. "
    "Exam: mild effusion of the right stifle, drawer test negative. Plan: carprofen 50 mg once daily for 7 days, lead "
    "walks only, recheck on [[DATE_TIME:28/04/2024]].\n\nVet: [[PERSON:Dr. Aled Morgan]] MRCVS (RCVS no. "
    "[[ID_NUMBER:7038221]])",
    # 029 social work case note
    "CASE NOTE, Children's Services    Case ref: CS/2024/01877\n\nChild: [[PERSON:Jayden Mullins]], DOB "
    "[[DATE_TIME:07/08/2016]] (age [[AGE:7]]), [[ADDRESS:15 Sandpiper Walk]], [[LOCATION:Hull]] [[ZIP_CODE:HU7 4RT]]\n"
    "Home visit on [[DATE_TIME:26/03/2024]] by [[PERSON:Fiona Sutcliffe]] (SWE reg. [[ID_NUMBER:SW114782]]).\n\n"
    "Present: mother [[PERSON:Kayleigh Mullins]] ([[AGE:26]]) and maternal grandmother. Mum's "
    "partner, [[PERSON:Darren Hoyle]], was not present. The house was warm and there was food in the "
    "fridge. [[PERSON:Jayden]] showed me his bedroom and his Lego; he said he likes school but 'not Mondays'. School "
    "attendance is 81%.\n\nNext visit: [[DATE_TIME:9 April]].",
    # 030 IT security incident report
    "SECURITY INCIDENT REPORT SIR-2024-017 (TLP:AMBER)\n\nSummary: on [[DATE_TIME:11 June 2024]] the account "
    "[[USERNAME:j.whitlock]], belonging to [[PERSON:Jasmine Whitlock]] (Finance), approved 23 MFA pushes in a row at "
    "02:14. Sign-ins followed from [[IP_ADDRESS:185.220.101.47]] (Tor exit) and [[IP_ADDRESS:45.141.215.88]] "
    "([[LOCATION:Amsterdam]]). The attacker added an inbox rule forwarding invoices to "
    "[[EMAIL_ADDRESS:jwhitlock.payments@proton.me]].\n\nAffected host: FIN-LT-0442 ([[IP_ADDRESS:10.20.4.118]]), MAC "
    "58:6C:25:91:AE:07, OS build 10.0.19045.4291.\nIOCs: microsoftt-login[.]com; attachment SHA-256 "
    "4b1e9d07c2a8f3365e0d9b7c1f24a8e6d903b5c7e2f1a48d6c0b93e7a5d21f08; user agent python-requests/2.31.0.\n\n"
    "Actions: password reset and sessions revoked by [[PERSON:Omar Sheikh]] (SOC) at 02:51; MFA number matching enforced "
    "tenant-wide.",
]

CHAT = [
    # 001 WhatsApp family group
    "[18:02] Auntie [[PERSON:Bisi]]: has anyone got [[PERSON:tunde]]'s new number?? the old one keeps going to voicemail\n"
    "[18:05] [[PERSON:Kemi]]: its [[PHONE_NUMBER:07403 118 925]] now he changed network\n"
    "[18:05] [[PERSON:Kemi]]: also his new place is [[ADDRESS:42 barrington rd]], near the big tesco in "
    "[[LOCATION:croydon]] 🏠\n[18:07] Auntie [[PERSON:Bisi]]: thank u my dear 🙏🏾 will drop the rice round on saturday\n"
    "[18:09] Dad: dont forget mummy's [[AGE:65]]th on the [[DATE_TIME:14th]]!!! 🎉",
    # 002 SMS landlord / tenant
    "[[PERSON:Gary]]: hi [[PERSON:aisling]] its [[PERSON:gary]], the boiler man is coming tmrw between 8-12, is that ok?\n"
    "[[PERSON:Aisling]]: yeah fine im wfh. flat 2 buzzer is broken tho so tell him to ring me on [[PHONE_NUMBER:0873341906]]\n"
    "[[PERSON:Gary]]: grand. his name is [[PERSON:Declan]], white van reg [[ID_NUMBER:191-D-44871]]\n"
    "[[PERSON:Aisling]]: 👍 also sent june rent to the AIB account ending 4421, let me know if it didnt land",
    # 003 Slack
    "#eng-oncall\n[[USERNAME:priya.k]]  9:14 AM\nanyone seeing 502s from checkout? started ~9:05\n"
    "[[USERNAME:marcus_t]]  9:15 AM\nyeah pod checkout-7f9c on node [[IP_ADDRESS:10.42.3.17]] is crashlooping. "
    "@[[USERNAME:dana.w]] can you page [[PERSON:Ruben]]? his cell is [[PHONE_NUMBER:+1 (415) 728-0364]]\n"
    "[[USERNAME:dana.w]]  9:16 AM\npaged. fwiw the customer who reported it is [[PERSON:Gloria Estévez]], "
    "[[EMAIL_ADDRESS:gloria.estevez77@yahoo.com]], ticket #88102\nit-bot  9:16 AM\nIncident INC-2291 created (sev2)",
    # 004 Discord
    "[[USERNAME:grimlock_77]]: yo who's hosting tonight\n[[USERNAME:pixelpanda]]: me, server is "
    "[[IP_ADDRESS:86.22.141.9]]:25565 pw is creeper123\n[[USERNAME:grimlock_77]]: bet. [[PERSON:jake]] from school wants in "
    "too, his mc name is [[USERNAME:JakeTheSnek04]]\n[[USERNAME:pixelpanda]]: isnt he like [[AGE:12]] lol\n"
    "[[USERNAME:grimlock_77]]: he's [[AGE:14]] bro chill",
    # 005 Telegram marketplace
    "[[PERSON:Artem]]: Hi, is the Gazelle bike still available?\n[[PERSON:Sanne]]: yes! 250 eur, pick up in "
    "[[LOCATION:Amsterdam-Noord]]\n[[PERSON:Artem]]: great, can I transfer now so you hold it?\n[[PERSON:Sanne]]: sure, "
    "[[IBAN_CODE:NL91 INGB 0006 2398 47]] ([[PERSON:S. de Wit]]), and come to [[ADDRESS:Buikslotermeerplein 112]] after 6\n"
    "[[PERSON:Artem]]: 👍 sent, my name on the transfer is [[PERSON:A. Kovalenko]]",
    # 006 Instagram DM
    "[[USERNAME:lashes.by.tamsin]]: hiii babe thanks for booking!! 💕 just need ur full name + number for the appointment\n"
    "[[USERNAME:kiki_x_o]]: omg yess it's [[PERSON:Kiara Mbeki-Hall]] and [[PHONE_NUMBER:07534 902 118]]\n"
    "[[USERNAME:lashes.by.tamsin]]: perfect, see u friday [[DATE_TIME:21st]] at 2 😘 im at [[ADDRESS:unit 3, 58 mill street]] "
    "above the vape shop",
    # 007 Reddit post
    "r/LegalAdviceUK · Posted by u/[[USERNAME:throwaway_tenant_2291]]\nLandlord kept my whole deposit, what can I do? "
    "([[LOCATION:England]])\n\nSo I moved out of [[ADDRESS:22 Oakfield Road]] in [[LOCATION:Bristol]] on [[DATE_TIME:30th April]] and my "
    "landlord, a guy called [[PERSON:Nigel Prosser]], is refusing to give back £1,200 because of 'wear and tear'. He never "
    "protected it (I checked all 3 schemes). He only ever texts from [[PHONE_NUMBER:07722 019 384]] and won't put anything "
    "in an email.\n\nEDIT: thanks all, sending a letter before claim tomorrow.",
    # 008 car forum
    "Re: P0420 code on 2014 Focus, any ideas?\nPosted by [[USERNAME:dieseldave_71]]\n\nhad the exact same on mine (1.6 TDCi, "
    "143k miles). swapped the cat for a new one, part no. BM91207H, cleared the code and its been fine for 8 months. if "
    "youre anywhere near [[LOCATION:Swansea]] give me a shout, im [[PERSON:Dave]], [[PHONE_NUMBER:07946 228 310]], happy to "
    "lend you my OBD reader",
    # 009 bank support chat
    "Agent ([[PERSON:Chloe]]): Hi, you're chatting with [[PERSON:Chloe]] from Harbor Federal. How can I help?\n"
    "Customer: hi my card got declined at the gas station, its the one ending 8831\n"
    "Agent ([[PERSON:Chloe]]): Sorry about that! To verify, can you confirm your full name and date of birth?\n"
    "Customer: [[PERSON:Terrence Whitby]], [[DATE_TIME:4/19/76]]\n"
    "Agent ([[PERSON:Chloe]]): Thanks [[PERSON:Terrence]]. And the last 4 of your SSN?\nCustomer: 6092\n"
    "Agent ([[PERSON:Chloe]]): Thank you. There was a fraud hold after a charge in another state; I've removed it.\n"
    "Customer: ok thx. also can u update my email to [[EMAIL_ADDRESS:t.whitby1976@aol.com]]",
    # 010 call-centre transcript
    "AGENT: Thank you for calling Northstar Insurance, my name is [[PERSON:Devika]]. Can I take the policy number, please?\n"
    "CALLER: Yeah, it's H-O-M dash four four seven one two zero.\nAGENT: Thank you. And your full name?\n"
    "CALLER: [[PERSON:Gráinne]], that's [[PERSON:G-R-A-I-N-N-E]], [[PERSON:O'Sullivan]].\n"
    "AGENT: And the best number to reach you?\nCALLER: [[PHONE_NUMBER:oh eight seven, three one two, four four nine eight]].\n"
    "AGENT: And the address of the property?\nCALLER: [[ADDRESS:Number nine, Ashbrook Lawns]], [[LOCATION:Ballincollig]], "
    "[[LOCATION:Cork]], [[ZIP_CODE:P31 X2K8]].\nAGENT: And when did the leak start?\nCALLER: On the [[DATE_TIME:second of June]], "
    "the ceiling in the kitchen came down.",
    # 011 voicemail, realtor
    "Voicemail from [[PHONE_NUMBER:+1 602-419-3385]] (0:47)\n\"Hi, this message is for [[PERSON:Marisol]]. This is "
    "[[PERSON:Trent]] from Desert Sun Realty about the house at [[ADDRESS:4418 East Camelback Road]] in [[LOCATION:Phoenix]]. "
    "Good news, the sellers accepted your offer and closing is set for [[DATE_TIME:June twenty-eighth]]. Give me a call back "
    "at [[PHONE_NUMBER:six oh two, four one nine, three three eight five]] when you get a sec. Thanks!\"",
    # 012 SMS delivery
    "DPD: Your parcel will be delivered today between 13:05 and 14:05 by [[PERSON:Marek]].\n"
    "[[PERSON:Marek]]: hi its [[PERSON:marek]] from dpd, cant find flat 19b, is it round the back? [[PERSON:Joanne Pike]] on the label\n"
    "Me: yes round the back past the bins, my husband [[PERSON:steve]] will come down. ring [[PHONE_NUMBER:07891 552 603]] "
    "if u get lost",
    # 013 dating app
    "[[PERSON:Tomás]]: so what do u do when ur not swiping 😅\n[[PERSON:Ifeoma]]: pharmacist by day, salsa by night lol. u?\n"
    "[[PERSON:Tomás]]: civil engineer, boring i know. wanna move this to whatsapp? [[PHONE_NUMBER:+353 86 402 7719]]\n"
    "[[PERSON:Ifeoma]]: haha slow down 😂 add me on insta first, [[USERNAME:ify.dances]]",
    # 014 WhatsApp school parents
    "[07:48] [[PERSON:Becky]] ([[PERSON:Noah]]'s mum): morning all! is it non-uniform today? also [[PERSON:lily-may]] left "
    "her coat at ours after the party lol\n[07:50] [[PERSON:Priya]]: yes £1 for charity, [[TITLE:mrs]] [[PERSON:khan]] said "
    "in the email\n[07:52] [[PHONE_NUMBER:+44 7856 330 142]]: hi it's [[PERSON:jo]] ([[PERSON:ava]]'s dad), can someone add "
    "me to the year 3 group pls\n[07:53] [[PERSON:Becky]] ([[PERSON:Noah]]'s mum): done 👍",
    # 015 Slack HR
    "[[USERNAME:sam.hr]]: hey [[PERSON:Lauren]], for the background check I still need your SSN and current address\n"
    "[[USERNAME:lauren.b]]: sure, SSN [[US_SSN:548-30-7716]], address [[ADDRESS:908 N Elm St, Apt 3C]], "
    "[[LOCATION:Greensboro]], [[LOCATION:NC]] [[ZIP_CODE:27401]]\n[[USERNAME:sam.hr]]: thx! pls don't post that in slack "
    "again tho 😅 use the secure form next time",
    # 016 Twitch chat
    "[[USERNAME:stormcaller_jen]]: GGGG that clutch 🔥\n[[USERNAME:bigmike_plays]]: [[PERSON:jen]] u still owe me that $20 "
    "from the bet lol, venmo is @[[USERNAME:mike-ogunleye-3]]\n[[USERNAME:stormcaller_jen]]: omg fine sending now\n"
    "Nightbot: Follow the stream on socials! Next stream Friday 8pm EST",
    # 017 telecom support chat, bereavement
    "Bot: Welcome to Vodaline support. A team member will be with you shortly.\nYou: i need to change the name on my "
    "account, my mum passed away\nAgent [[PERSON:Rahul]]: I'm very sorry for your loss. Can you tell me the account holder's "
    "name and the number on the account?\nYou: [[PERSON:Philomena Dunleavy]], [[PHONE_NUMBER:07868 120 455]]\n"
    "Agent [[PERSON:Rahul]]: Thank you. And your name and relationship?\nYou: [[PERSON:Sinead Dunleavy]], daughter. she "
    "died on [[DATE_TIME:march 3rd]]\nAgent [[PERSON:Rahul]]: Thank you. Please email the death certificate to "
    "bereavement@vodaline.co.uk and I'll move the contract into your name.",
    # 018 X / Twitter thread
    "@[[USERNAME:RailFail_Rob]]: 45 min delay AGAIN on the 07:12 from [[LOCATION:Reading]] 😡 third time this week @GWRHelp\n"
    "@GWRHelp: Sorry [[PERSON:Rob]], that's not good enough. Please DM us your Delay Repay ref and we'll chase it.\n"
    "@[[USERNAME:RailFail_Rob]]: done. ref DR-55301872. and it's [[PERSON:Robert Haines]] on the account not [[PERSON:rob]] lol",
    # 019 pharmacy SMS
    "Pharmacy: Your prescription for [[PERSON:DAVID O.]] is ready for collection. Reply HELP for info.\n"
    "Me: hi can my son [[PERSON:kieran]] pick it up after school? he's [[AGE:17]] and has his provisional licence\n"
    "Pharmacy: Yes, he'll need to confirm your address and date of birth at the counter.",
    # 020 Nextdoor post
    "[[PERSON:Hal Bergstrom]] · [[LOCATION:Maple Heights]] · 2h\nHas anyone seen a grey tabby, answers to Smokey, missing "
    "since Tuesday? We're at [[ADDRESS:1420 Sycamore Ct]]. Reward! Call/text [[PHONE_NUMBER:216-507-8832]]\n\n"
    "[[PERSON:Dana Kowalski]] · [[LOCATION:Bedford]]\nI think I saw him by the church on Libby Rd last night!",
    # 021 voicemail from doctor's office
    "Voicemail (0:38): \"Hi, this is [[PERSON:Tanya]] from [[PERSON:Dr. Whitaker]]'s office calling for "
    "[[PERSON:Jerome Baptiste]] to confirm your appointment on Tuesday the [[DATE_TIME:18th]] at 9:15. Please bring your "
    "insurance card; we have member ID [[ID_NUMBER:W482917736]] on file. We also have your cell as "
    "[[PHONE_NUMBER:404-772-3190]], so if that's changed just let us know. Thanks, bye!\"",
    # 022 Teams chat
    "[[PERSON:Olusegun Bello]] 10:03\ncan someone send me the vendor contact? need to chase PO 4500118273\n"
    "[[PERSON:Hana Novak]] 10:05\nit's [[PERSON:Ruth Ansah]], [[EMAIL_ADDRESS:ruth.ansah@kwantu-supplies.co.za]], "
    "[[PHONE_NUMBER:+27 21 447 3019]]\n[[PERSON:Olusegun Bello]] 10:06\nlegend, ta",
    # 023 ES WhatsApp
    "[21:14] Mamá: [[PERSON:nacho]] acuérdate q mañana tienes cita con la [[TITLE:dra.]] [[PERSON:ruiz]] a las 10\n"
    "[21:15] [[PERSON:Nacho]]: siii ya lo sé 🙄 es en el centro de salud de [[ADDRESS:c/ Alcalá 215]]?\n"
    "[21:16] Mamá: no, en el de [[LOCATION:Vallecas]]. y apúntate el dni q siempre lo olvidas: [[ID_NUMBER:52917438G]]\n"
    "[21:17] [[PERSON:Nacho]]: jajaja vale mamá 😘",
    # 024 FR SMS
    "[[PERSON:Karim]]: Salut [[PERSON:Léa]] c'est [[PERSON:karim]] du club, t'as le num de [[PERSON:Mathis]] ?\n"
    "[[PERSON:Léa]]: oui [[PHONE_NUMBER:07 62 18 49 05]] mais il répond jamais mdr\n"
    "[[PERSON:Karim]]: merci ! et pour samedi c'est bien [[ADDRESS:14 rue Danton]] à [[LOCATION:Villeurbanne]] ?\n"
    "[[PERSON:Léa]]: oui 3e étage, code porte 4492B",
    # 025 DE WhatsApp
    "[[PERSON:Jule]]: Hey [[PERSON:Basti]], kannst du mir die 45€ fürs Konzert überweisen?\n[[PERSON:Basti]]: klar, schick "
    "mal deine IBAN\n[[PERSON:Jule]]: [[IBAN_CODE:DE58 7015 0000 1023 8475 11]], [[PERSON:Julia Reinholz]]\n"
    "[[PERSON:Basti]]: erledigt ✅ und mein paypal wär [[EMAIL_ADDRESS:basti.kraemer@web.de]] falls du mal was brauchst",
    # 026 PT (BR) support chat
    "Atendente [[PERSON:Larissa]]: Olá! Em que posso ajudar?\nCliente: oi, meu pedido 1128847 nao chegou ainda\n"
    "Atendente [[PERSON:Larissa]]: Poxa, sinto muito! Pode me confirmar seu CPF e o CEP de entrega?\n"
    "Cliente: [[ID_NUMBER:407.183.659-84]] e [[ZIP_CODE:22041-011]]\nAtendente [[PERSON:Larissa]]: Obrigada, "
    "[[TITLE:Sr.]] [[PERSON:Gustavo]]. O endereço é [[ADDRESS:Rua Barata Ribeiro 370, apto 801]], [[LOCATION:Copacabana]]?\n"
    "Cliente: isso. meu whats é [[PHONE_NUMBER:(21) 97731-4086]] se precisar",
    # 027 IT Telegram
    "[[PERSON:Fede]]: raga chi viene stasera da [[PERSON:Marti]]? l'indirizzo è [[ADDRESS:via dei Volsci 62]], citofono "
    "[[PERSON:Santoro]], 3° piano\n[[PERSON:Giò]]: io!! porto le birre 🍺\n[[PERSON:Fede]]: @[[USERNAME:ale_cappe]] tu?\n"
    "[[PERSON:Ale]]: ci sono ma arrivo tardi, stacco alle 21. se serve il mio num è [[PHONE_NUMBER:339 408 1726]]",
    # 028 NL voicemail
    "Voicemail van [[PHONE_NUMBER:06-28473019]] (0:32)\n\"Hoi [[PERSON:Femke]], met [[PERSON:Ruud]] van de garage. Je Golf "
    "met kenteken [[ID_NUMBER:J-719-ZK]] is door de APK. Je kan hem vanaf vier uur ophalen aan de "
    "[[ADDRESS:Industrieweg 14]] in [[LOCATION:Zwolle]]. De rekening is 312 euro. Doei!\"",
    # 029 TR forum post
    "Konu: Kargo 10 gündür gelmedi\nGönderen: [[USERNAME:mert_demirtas]]\n\nMerhaba arkadaşlar, on gün önce sipariş verdim "
    "(sipariş no 7721930485), hâlâ gelmedi. Adresim [[ADDRESS:Atatürk Mahallesi 1245. Sokak No: 8 D: 3]], "
    "[[LOCATION:Bornova]]/[[LOCATION:İzmir]]. Kargo firması \"alıcı adreste bulunamadı\" diyor ama bütün gün evdeydim. "
    "Numaram [[PHONE_NUMBER:0541 728 19 06]], arayan olmadı. Ne yapmalıyım?",
    # 030 SMS scam report forwarded
    "[[PERSON:Izzy]]: mum just forwarded me this, look:\n\"Hi Mum, it's me, I dropped my phone. This is my new number "
    "[[PHONE_NUMBER:07418 205 963]]. Can you send £380 to my friend [[PERSON:Callum Reid]], account [[ID_NUMBER:63019284]], "
    "sort code 30-94-57, I'll pay you back tomorrow xx\"\n[[PERSON:Max]]: omg thats a scam, tell her to block it and report it to 7726",
]

TABLE = [
    # 001 CSV, customer export
    "cust_id,fname,lname,dob,email,tel,postcode\n"
    "[[ID_NUMBER:C-104821]],[[PERSON:Harriet]],[[PERSON:Okonjo]],[[DATE_TIME:1988-03-14]],[[EMAIL_ADDRESS:h.okonjo@gmail.com]],"
    "[[PHONE_NUMBER:07723 418 660]],[[ZIP_CODE:LS6 2QT]]\n"
    "[[ID_NUMBER:C-104822]],[[PERSON:Dev]],[[PERSON:Raman]],[[DATE_TIME:1979-11-02]],[[EMAIL_ADDRESS:devraman79@hotmail.co.uk]],"
    "[[PHONE_NUMBER:07961 204 385]],[[ZIP_CODE:M20 6RL]]\n"
    "[[ID_NUMBER:C-104823]],[[PERSON:Bryony]],[[PERSON:Castellanos]],[[DATE_TIME:2001-06-30]],"
    "[[EMAIL_ADDRESS:bryony.c@icloud.com]],[[PHONE_NUMBER:07418 773 209]],[[ZIP_CODE:BS7 8EX]]\n"
    "[[ID_NUMBER:C-104824]],[[PERSON:Ewan]],[[PERSON:McTaggart]],[[DATE_TIME:1965-12-19]],"
    "[[EMAIL_ADDRESS:ewan.mctaggart@btinternet.com]],[[PHONE_NUMBER:01382 640 117]],[[ZIP_CODE:DD2 1NQ]]\n"
    "[[ID_NUMBER:C-104825]],[[PERSON:Precious]],[[PERSON:Ndlovu]],[[DATE_TIME:1993-09-05]],"
    "[[EMAIL_ADDRESS:precious.ndlovu93@yahoo.com]],[[PHONE_NUMBER:07534 661 890]],[[ZIP_CODE:CF5 4AW]]",
    # 002 TSV, employee roster
    "emp_no\tname\tdept\thire_date\tssn\tcell\n"
    "[[ID_NUMBER:40117]]\t[[PERSON:Marcus L. Greene]]\tWarehouse\t[[DATE_TIME:2019-04-08]]\t[[US_SSN:219-44-8817]]\t"
    "[[PHONE_NUMBER:(312) 608-2291]]\n"
    "[[ID_NUMBER:40118]]\t[[PERSON:Yesenia Paredes]]\tAccounting\t[[DATE_TIME:2020-01-13]]\t[[US_SSN:604-18-3327]]\t"
    "[[PHONE_NUMBER:(773) 415-0962]]\n"
    "[[ID_NUMBER:40131]]\t[[PERSON:Thaddeus Krol]]\tIT\t[[DATE_TIME:2021-07-26]]\t[[US_SSN:330-92-1764]]\t"
    "[[PHONE_NUMBER:(708) 229-4435]]\n"
    "[[ID_NUMBER:40146]]\t[[PERSON:Jin-ah Seo]]\tCustomer Service\t[[DATE_TIME:2022-11-01]]\t[[US_SSN:487-60-2219]]\t"
    "[[PHONE_NUMBER:(847) 901-3378]]",
    # 003 Markdown, hotel guest list
    "| Guest | Room | Check-in | Check-out | Nationality | Passport No. |\n|---|---|---|---|---|---|\n"
    "| [[PERSON:Haruto Sakamoto]] | 412 | [[DATE_TIME:2024-08-03]] | [[DATE_TIME:2024-08-07]] | [[NRP:Japanese]] | "
    "[[ID_NUMBER:TK5529031]] |\n"
    "| [[PERSON:Ingeborg Lund]] | 415 | [[DATE_TIME:2024-08-03]] | [[DATE_TIME:2024-08-05]] | [[NRP:Norwegian]] | "
    "[[ID_NUMBER:31840927]] |\n"
    "| [[PERSON:Mateus Figueira]] | 508 | [[DATE_TIME:2024-08-04]] | [[DATE_TIME:2024-08-10]] | [[NRP:Brazilian]] | "
    "[[ID_NUMBER:FZ482913]] |\n"
    "| [[PERSON:Amira Benali]] | 510 | [[DATE_TIME:2024-08-04]] | [[DATE_TIME:2024-08-06]] | [[NRP:Moroccan]] | "
    "[[ID_NUMBER:UB3829104]] |\n"
    "| [[PERSON:Declan Farrow]] | 602 | [[DATE_TIME:2024-08-05]] | [[DATE_TIME:2024-08-09]] | [[NRP:Irish]] | "
    "[[ID_NUMBER:PA7719302]] |",
    # 004 fixed-width, ward list
    "MRN       SURNAME      FORENAME   DOB         SEX  WARD  BED\n"
    "[[ID_NUMBER:K0048213]]  [[PERSON:ADEWUMI]]      [[PERSON:Tolulope]]   [[DATE_TIME:14/02/1951]]  F    W12   4\n"
    "[[ID_NUMBER:K0051907]]  [[PERSON:BRANNIGAN]]    [[PERSON:Seamus]]     [[DATE_TIME:03/10/1939]]  M    W12   6\n"
    "[[ID_NUMBER:K0060442]]  [[PERSON:CHOUDHURY]]    [[PERSON:Rukhsana]]   [[DATE_TIME:27/07/1962]]  F    W14   1\n"
    "[[ID_NUMBER:K0071188]]  [[PERSON:DELACROIX]]    [[PERSON:Odile]]      [[DATE_TIME:11/01/1948]]  F    W14   3\n"
    "[[ID_NUMBER:K0073520]]  [[PERSON:EVANS-PRICE]]  [[PERSON:Gethin]]     [[DATE_TIME:30/05/1957]]  M    W12   9",
    # 005 DE, semicolon CSV
    "Vorname;Nachname;Geburtsdatum;Straße;PLZ;Ort;Telefon;IBAN\n"
    "[[PERSON:Katrin]];[[PERSON:Oberländer]];[[DATE_TIME:12.04.1981]];[[ADDRESS:Hauptstraße 12]];[[ZIP_CODE:69117]];"
    "[[LOCATION:Heidelberg]];[[PHONE_NUMBER:06221 480319]];[[IBAN_CODE:DE82 1001 0010 0283 7461 92]]\n"
    "[[PERSON:Mehmet]];[[PERSON:Aydın]];[[DATE_TIME:03.09.1975]];[[ADDRESS:Kaiserstraße 88a]];[[ZIP_CODE:60329]];"
    "[[LOCATION:Frankfurt am Main]];[[PHONE_NUMBER:069 24718830]];[[IBAN_CODE:DE16 2005 0550 0193 8472 60]]\n"
    "[[PERSON:Friederike]];[[PERSON:von Thadden]];[[DATE_TIME:27.01.1990]];[[ADDRESS:Am Sonnenhang 5]];[[ZIP_CODE:83435]];"
    "[[LOCATION:Bad Reichenhall]];[[PHONE_NUMBER:08651 712294]];[[IBAN_CODE:DE44 8605 5592 1047 3829 13]]\n"
    "[[PERSON:Paul]];[[PERSON:Schreiber]];[[DATE_TIME:19.11.1968]];[[ADDRESS:Goethestraße 17]];[[ZIP_CODE:70174]];"
    "[[LOCATION:Stuttgart]];[[PHONE_NUMBER:0711 3390452]];[[IBAN_CODE:DE71 7605 0101 0028 1937 46]]",
    # 006 FR, pipe table
    "nom | prénom | date_naiss | adresse | cp | ville | tél | n_secu\n"
    "[[PERSON:FABRE]] | [[PERSON:Mélanie]] | [[DATE_TIME:21/05/1987]] | [[ADDRESS:34 rue Paradis]] | [[ZIP_CODE:13001]] | "
    "[[LOCATION:Marseille]] | [[PHONE_NUMBER:06 18 40 72 95]] | [[ID_NUMBER:2 87 05 13 055 142 73]]\n"
    "[[PERSON:N'DIAYE]] | [[PERSON:Ousmane]] | [[DATE_TIME:09/08/1992]] | [[ADDRESS:7 rue des Pyrénées]] | [[ZIP_CODE:75020]] | "
    "[[LOCATION:Paris]] | [[PHONE_NUMBER:07 51 28 93 40]] | [[ID_NUMBER:1 92 08 75 120 088 42]]\n"
    "[[PERSON:ROUSSEL]] | [[PERSON:Claire]] | [[DATE_TIME:14/02/1975]] | [[ADDRESS:88 cours Lafayette]] | [[ZIP_CODE:69003]] | "
    "[[LOCATION:Lyon]] | [[PHONE_NUMBER:04 72 61 35 08]] | [[ID_NUMBER:2 75 02 69 381 117 16]]\n"
    "[[PERSON:BOUCHARD]] | [[PERSON:Théo]] | [[DATE_TIME:02/01/2001]] | [[ADDRESS:15 avenue Jean-Jaurès]] | [[ZIP_CODE:93100]] | "
    "[[LOCATION:Montreuil]] | [[PHONE_NUMBER:06 99 41 27 63]] | [[ID_NUMBER:1 01 01 93 063 231 38]]",
    # 007 ES, CSV
    "nombre,apellidos,dni,fecha_nac,email,movil,provincia\n"
    "[[PERSON:Alba]],[[PERSON:Serrano Gil]],[[ID_NUMBER:24718395L]],[[DATE_TIME:1996-04-11]],"
    "[[EMAIL_ADDRESS:alba.serrano96@gmail.com]],[[PHONE_NUMBER:+34 654 218 903]],[[LOCATION:Granada]]\n"
    "[[PERSON:Iker]],[[PERSON:Etxeberria Lasa]],[[ID_NUMBER:50382917Z]],[[DATE_TIME:1983-10-27]],"
    "[[EMAIL_ADDRESS:iker.etxe@euskaltel.net]],[[PHONE_NUMBER:+34 688 402 117]],[[LOCATION:Gipuzkoa]]\n"
    "[[PERSON:Rocío]],[[PERSON:Delgado Marín]],[[ID_NUMBER:73019284B]],[[DATE_TIME:1971-02-03]],"
    "[[EMAIL_ADDRESS:rociodm71@hotmail.es]],[[PHONE_NUMBER:+34 611 730 482]],[[LOCATION:Zaragoza]]\n"
    "[[PERSON:Guillermo]],[[PERSON:Pons Ferrer]],[[ID_NUMBER:11846270M]],[[DATE_TIME:2000-08-16]],"
    "[[EMAIL_ADDRESS:gpons2000@yahoo.es]],[[PHONE_NUMBER:+34 699 215 048]],[[LOCATION:Illes Balears]]",
    # 008 NL, TSV
    "naam\tadres\tpostcode\twoonplaats\tgeboortedatum\tbsn\n"
    "[[PERSON:Sanne Kuipers]]\t[[ADDRESS:Lange Nieuwstraat 44]]\t[[ZIP_CODE:3512 PH]]\t[[LOCATION:Utrecht]]\t"
    "[[DATE_TIME:14-06-1989]]\t[[ID_NUMBER:139472563]]\n"
    "[[PERSON:Bram Hoekstra]]\t[[ADDRESS:Vismarkt 3]]\t[[ZIP_CODE:9711 KR]]\t[[LOCATION:Groningen]]\t"
    "[[DATE_TIME:02-11-1974]]\t[[ID_NUMBER:482019372]]\n"
    "[[PERSON:Yasmina El Idrissi]]\t[[ADDRESS:Teldersweg 118]]\t[[ZIP_CODE:3052 JH]]\t[[LOCATION:Rotterdam]]\t"
    "[[DATE_TIME:29-03-1995]]\t[[ID_NUMBER:628391456]]\n"
    "[[PERSON:Joost van Dalen]]\t[[ADDRESS:Prinsengracht 612-II]]\t[[ZIP_CODE:1017 KS]]\t[[LOCATION:Amsterdam]]\t"
    "[[DATE_TIME:07-07-1961]]\t[[ID_NUMBER:704182634]]",
    # 009 Markdown, class list
    "| Pupil | DOB | UPN | Parent/Carer | Contact |\n|-------|-----|-----|--------------|---------|\n"
    "| [[PERSON:Alfie Nwankwo]] | [[DATE_TIME:03/03/2016]] | [[ID_NUMBER:A820418203017]] | [[PERSON:Mrs C. Nwankwo]] | "
    "[[PHONE_NUMBER:07812 449 031]] |\n"
    "| [[PERSON:Zara Qureshi]] | [[DATE_TIME:19/11/2015]] | [[ID_NUMBER:B820418203021]] | [[PERSON:Mr I. Qureshi]] | "
    "[[PHONE_NUMBER:07455 672 190]] |\n"
    "| [[PERSON:Ivy Montgomery-Hart]] | [[DATE_TIME:08/07/2016]] | [[ID_NUMBER:C820418203034]] | [[PERSON:Ms J. Hart]] | "
    "[[PHONE_NUMBER:07398 120 774]] |\n"
    "| [[PERSON:Reggie Owusu]] | [[DATE_TIME:25/12/2015]] | [[ID_NUMBER:D820418203042]] | [[PERSON:Mr K. Owusu]] | "
    "[[PHONE_NUMBER:07521 884 302]] |\n"
    "| [[PERSON:Elif Yıldız]] | [[DATE_TIME:14/04/2016]] | [[ID_NUMBER:E820418203055]] | [[PERSON:Mrs S. Yıldız]] | "
    "[[PHONE_NUMBER:07933 506 147]] |",
    # 010 CSV, orders
    "order_id,customer,email,ship_addr,city,state,zip,card_last4,total\n"
    "100482,[[PERSON:Brenda Kowalczyk]],[[EMAIL_ADDRESS:brenda.k@comcast.net]],\"[[ADDRESS:1408 Ridgeview Ln]]\","
    "[[LOCATION:Erie]],[[LOCATION:PA]],[[ZIP_CODE:16505]],2290,84.20\n"
    "100483,[[PERSON:Tomás Aguilar]],[[EMAIL_ADDRESS:tomas.aguilar@gmail.com]],\"[[ADDRESS:77 Pine St Apt 5]]\","
    "[[LOCATION:Burlington]],[[LOCATION:VT]],[[ZIP_CODE:05401]],0917,212.99\n"
    "100484,[[PERSON:LaToya Simmons]],[[EMAIL_ADDRESS:ltsimmons@outlook.com]],\"[[ADDRESS:3120 Magnolia Ave]]\","
    "[[LOCATION:Mobile]],[[LOCATION:AL]],[[ZIP_CODE:36607]],5582,39.00\n"
    "100485,[[PERSON:Arjun Mehta]],[[EMAIL_ADDRESS:arjun.mehta.92@gmail.com]],\"[[ADDRESS:58 Harbor Rd, Unit 12]]\","
    "[[LOCATION:Stamford]],[[LOCATION:CT]],[[ZIP_CODE:06902]],3316,1049.50",
]
TABLE += [
    # 011 fixed-width, access list
    "USER          FULL_NAME           SRC_IP           LAST_LOGIN  ROLE\n"
    "[[USERNAME:ahmed.k]]       [[PERSON:Ahmed Karimi]]        [[IP_ADDRESS:10.8.14.22]]       09:41       admin\n"
    "[[USERNAME:t.nakagawa]]    [[PERSON:Tomoko Nakagawa]]     [[IP_ADDRESS:192.168.40.117]]   10:02       analyst\n"
    "[[USERNAME:mfernandes]]    [[PERSON:Miguel Fernandes]]    [[IP_ADDRESS:172.16.5.203]]     08:57       dev\n"
    "svc_backup    -                   [[IP_ADDRESS:10.8.0.5]]         03:00       service\n"
    "[[USERNAME:k.osei]]        [[PERSON:Kwesi Osei]]          [[IP_ADDRESS:2001:db8:4a::1c]]  11:30       dev",
    # 012 CSV, event registration
    "first,last,age,gender,tshirt,emergency_contact,ec_phone\n"
    "[[PERSON:Maddison]],[[PERSON:Kealoha]],[[AGE:34]],F,M,[[PERSON:Kainoa Kealoha]],[[PHONE_NUMBER:(808) 392-4518]]\n"
    "[[PERSON:Oluwadamilare]],[[PERSON:Bankole]],[[AGE:27]],M,L,[[PERSON:Funmi Bankole]],[[PHONE_NUMBER:+44 7488 201 736]]\n"
    "[[PERSON:Rain]],[[PERSON:Whitecloud]],[[AGE:41]],X,S,[[PERSON:Sky Whitecloud]],[[PHONE_NUMBER:(505) 617-2290]]\n"
    "[[PERSON:Björn]],[[PERSON:Åström]],[[AGE:58]],M,XL,[[PERSON:Karin Åström]],[[PHONE_NUMBER:+46 70 318 44 91]]\n"
    "[[PERSON:Chanel]],[[PERSON:Dubois-Martin]],[[AGE:19]],F,XS,[[PERSON:Nadine Dubois]],[[PHONE_NUMBER:+33 6 41 72 08 35]]",
    # 013 IT, pipe-separated
    "cognome|nome|cod_fiscale|data_nascita|comune|cellulare\n"
    "[[PERSON:Coppola]]|[[PERSON:Lorenza]]|[[ID_NUMBER:CPPLNZ90C45L736M]]|[[DATE_TIME:05/03/1990]]|[[LOCATION:Venezia]]|"
    "[[PHONE_NUMBER:+39 340 772 1846]]\n"
    "[[PERSON:Marino]]|[[PERSON:Giuseppe]]|[[ID_NUMBER:MRNGPP72P08F839M]]|[[DATE_TIME:08/09/1972]]|[[LOCATION:Napoli]]|"
    "[[PHONE_NUMBER:+39 333 918 4027]]\n"
    "[[PERSON:D'Angelo]]|[[PERSON:Sara]]|[[ID_NUMBER:DNGSRA01E61H501U]]|[[DATE_TIME:21/05/2001]]|[[LOCATION:Roma]]|"
    "[[PHONE_NUMBER:+39 366 201 5538]]\n"
    "[[PERSON:Barbieri]]|[[PERSON:Mattia]]|[[ID_NUMBER:BRBMTT88L19D612J]]|[[DATE_TIME:19/07/1988]]|[[LOCATION:Firenze]]|"
    "[[PHONE_NUMBER:+39 349 630 2914]]",
    # 014 PL, semicolon CSV
    "imię;nazwisko;PESEL;adres;kod;miasto;tel\n"
    "[[PERSON:Zofia]];[[PERSON:Kamińska]];[[ID_NUMBER:85093044184]];[[ADDRESS:ul. Długa 17/3]];[[ZIP_CODE:80-827]];"
    "[[LOCATION:Gdańsk]];[[PHONE_NUMBER:+48 502 118 736]]\n"
    "[[PERSON:Tomasz]];[[PERSON:Grabowski]];[[ID_NUMBER:77021612833]];[[ADDRESS:ul. Mickiewicza 42]];[[ZIP_CODE:31-120]];"
    "[[LOCATION:Kraków]];[[PHONE_NUMBER:+48 691 402 385]]\n"
    "[[PERSON:Bartosz]];[[PERSON:Lis]];[[ID_NUMBER:99112377357]];[[ADDRESS:al. Jerozolimskie 101 m. 14]];"
    "[[ZIP_CODE:02-011]];[[LOCATION:Warszawa]];[[PHONE_NUMBER:+48 733 019 462]]\n"
    "[[PERSON:Henryk]];[[PERSON:Wróbel]];[[ID_NUMBER:64032815397]];[[ADDRESS:ul. Polna 5]];[[ZIP_CODE:62-300]];"
    "[[LOCATION:Września]];[[PHONE_NUMBER:+48 61 436 72 18]]",
    # 015 SV, TSV
    "namn\tpersonnr\tadress\tpostnr\tort\tmobil\n"
    "[[PERSON:Elsa Bergström]]\t[[ID_NUMBER:19910304-2728]]\t[[ADDRESS:Vasagatan 22]]\t[[ZIP_CODE:411 24]]\t"
    "[[LOCATION:Göteborg]]\t[[PHONE_NUMBER:070-318 24 96]]\n"
    "[[PERSON:Göran Nyqvist]]\t[[ID_NUMBER:19680815-1390]]\t[[ADDRESS:Kungsgatan 7 lgh 1201]]\t[[ZIP_CODE:753 21]]\t"
    "[[LOCATION:Uppsala]]\t[[PHONE_NUMBER:073-482 10 57]]\n"
    "[[PERSON:Amanda Hedlund]]\t[[ID_NUMBER:20020227-4684]]\t[[ADDRESS:Storgatan 51]]\t[[ZIP_CODE:852 30]]\t"
    "[[LOCATION:Sundsvall]]\t[[PHONE_NUMBER:076-204 83 19]]\n"
    "[[PERSON:Per-Olof Lindkvist]]\t[[ID_NUMBER:19751130-2916]]\t[[ADDRESS:Åsgatan 3]]\t[[ZIP_CODE:791 71]]\t"
    "[[LOCATION:Falun]]\t[[PHONE_NUMBER:070-992 41 05]]",
    # 016 Markdown, contractor payments
    "| Payee | IBAN | BIC | Amount (EUR) | Ref |\n|---|---|---|---:|---|\n"
    "| [[PERSON:Marta Nogueira]] | [[IBAN_CODE:PT09 0018 0003 4829 1756 2019 4]] | TOTAPTPL | 1,250.00 | INV-2024-031 |\n"
    "| [[PERSON:Ciarán Moloney]] | [[IBAN_CODE:IE56 BOFI 9000 1729 3847 56]] | BOFIIE2D | 880.00 | INV-2024-032 |\n"
    "| [[PERSON:Thijs Brouwer]] | [[IBAN_CODE:NL53 TRIO 0338 1947 25]] | TRIONL2U | 2,400.00 | INV-2024-033 |\n"
    "| [[PERSON:Aurélie Fontaine]] | [[IBAN_CODE:FR78 3006 6100 4100 0104 8372 951]] | CMCIFRPP | 615.40 | INV-2024-034 |\n"
    "| [[PERSON:Lukas Pichler]] | [[IBAN_CODE:AT29 1400 0865 2019 3847]] | BAWAATWW | 1,030.00 | INV-2024-035 |\n"
    "| [[PERSON:Nerea Olabarria]] | [[IBAN_CODE:ES02 0081 7214 5200 0193 8472]] | BSABESBB | 990.00 | INV-2024-036 |",
    # 017 CSV, crypto withdrawals
    "user,wallet,asset,amount,ip\n"
    "[[USERNAME:nk_trader]],[[ID_NUMBER:bc1qa7d0x3m9kq2wz5f8rt4ys6hcl0eu3vn7pgj2d4]],BTC,0.2150,[[IP_ADDRESS:81.107.44.192]]\n"
    "[[USERNAME:crypto_camila]],[[ID_NUMBER:0x9c41E2bA07f3D68c5aB1e94F0d2C7738bE61a05D]],ETH,3.4,[[IP_ADDRESS:190.12.88.41]]\n"
    "[[USERNAME:the.real.dimitri]],[[ID_NUMBER:ltc1qx3c8v5e2n0m7k4j9h6g2f5d8s0a3p7q4wze9ry]],LTC,18.75,"
    "[[IP_ADDRESS:94.66.203.17]]\n"
    "[[USERNAME:solana_sam]],[[ID_NUMBER:7hWqP3kZr9fXcN2vBm5TgYd8LsJ4eA6uKpQ1xRw2Ntz]],SOL,42,"
    "[[IP_ADDRESS:2a01:4f8:c17:2d3e::1]]",
    # 018 fixed-width, fleet drivers
    "PLATE     DRIVER             LIC_NO            DOB         TEL\n"
    "[[ID_NUMBER:YD71 RKF]]  [[PERSON:Connor Blackwood]]   [[ID_NUMBER:BLACK807140C99TW]]  [[DATE_TIME:14/07/1980]]  "
    "[[PHONE_NUMBER:07831 220 459]]\n"
    "[[ID_NUMBER:LR19 UXP]]  [[PERSON:Amina Farouk]]       [[ID_NUMBER:FAROU955216A99KX]]  [[DATE_TIME:21/05/1996]]  "
    "[[PHONE_NUMBER:07402 918 336]]\n"
    "[[ID_NUMBER:BK68 TNZ]]  [[PERSON:Piotr Zielonka]]     [[ID_NUMBER:ZIELO703289P99MN]]  [[DATE_TIME:28/03/1979]]  "
    "[[PHONE_NUMBER:07590 116 284]]\n"
    "[[ID_NUMBER:WN22 HDE]]  [[PERSON:Grace O'Hare]]       [[ID_NUMBER:OHARE862036G99LP]]  [[DATE_TIME:03/12/1986]]  "
    "[[PHONE_NUMBER:07766 053 917]]",
    # 019 PT (BR), TSV
    "nome\tcpf\tnascimento\tcep\tcidade\tuf\tcelular\n"
    "[[PERSON:Juliana Reis Monteiro]]\t[[ID_NUMBER:285.619.047-20]]\t[[DATE_TIME:12/02/1990]]\t[[ZIP_CODE:30130-010]]\t"
    "[[LOCATION:Belo Horizonte]]\t[[LOCATION:MG]]\t[[PHONE_NUMBER:(31) 98812-4730]]\n"
    "[[PERSON:Carlos Eduardo Lima]]\t[[ID_NUMBER:731.048.562-90]]\t[[DATE_TIME:30/07/1984]]\t[[ZIP_CODE:80010-000]]\t"
    "[[LOCATION:Curitiba]]\t[[LOCATION:PR]]\t[[PHONE_NUMBER:(41) 99630-1275]]\n"
    "[[PERSON:Fernanda Oliveira Santos]]\t[[ID_NUMBER:064.217.398-22]]\t[[DATE_TIME:05/11/1997]]\t[[ZIP_CODE:40020-000]]\t"
    "[[LOCATION:Salvador]]\t[[LOCATION:BA]]\t[[PHONE_NUMBER:(71) 98244-0913]]\n"
    "[[PERSON:Raimundo Nonato Sousa]]\t[[ID_NUMBER:519.830.274-05]]\t[[DATE_TIME:17/03/1962]]\t[[ZIP_CODE:64000-020]]\t"
    "[[LOCATION:Teresina]]\t[[LOCATION:PI]]\t[[PHONE_NUMBER:(86) 99471-5082]]",
    # 020 CSV, app user export
    "username,display_name,age,city,email,signup_ip,pwd_hash\n"
    "[[USERNAME:moonlit_marigold]],[[PERSON:Marigold]] ✨,[[AGE:24]],[[LOCATION:Austin]],[[EMAIL_ADDRESS:marigold.reyes@gmail.com]],"
    "[[IP_ADDRESS:72.182.41.9]],$2b$12$Qk8vL1xR0pZ3mN7cT2wYeOa9sDf4Gh6Jk2Lz5Xc8Vb1Nm3Qw7Er0Ty\n"
    "[[USERNAME:chase.the.sun]],[[PERSON:Chase B.]],[[AGE:31]],[[LOCATION:Denver]],[[EMAIL_ADDRESS:chase.b.bowman@outlook.com]],"
    "[[IP_ADDRESS:2601:280:5d00:7c1::2f]],$2b$12$Hn4tF9wQ2eR7yU1iO3pA5sD8fG0hJ6kL4zX9cV2bN7mQ1wE5rT3yU\n"
    "[[USERNAME:leafy_greens_22]],[[PERSON:Olive]],[[AGE:22]],[[LOCATION:Portland]],[[EMAIL_ADDRESS:olive.tran22@gmail.com]],"
    "[[IP_ADDRESS:73.96.210.58]],$2b$12$Zx7cV5bN3mQ1wE9rT7yU5iO3pA1sD9fG7hJ5kL3zX1cV9bN7mQ5wE3r\n"
    "[[USERNAME:kwame_k]],[[PERSON:Kwame]],[[AGE:36]],[[LOCATION:Atlanta]],[[EMAIL_ADDRESS:kwame.k.asare@yahoo.com]],"
    "[[IP_ADDRESS:98.251.17.130]],$2b$12$Pl0oK9iJ8uH7yG6tF5rD4eS3wA2qZ1xC0vB9nM8lK7jH6gF5dS4aQ3w",
]

LOOKALIKE = [
    # 001 no PII: order confirmation
    "Order #A2-558-10394 confirmed. Items: 2 x USB-C cable 2 m (SKU CBL-2M-BLK), 1 x power bank 20000 mAh (model A1363, "
    "firmware 1.0.4.2). Subtotal $64.97, tax $5.36, total $70.33. Tracking: 9400 1118 9922 3847 1056 29 (USPS Ground "
    "Advantage). Estimated delivery: 2-4 business days. Questions? Call 1-800-274-6630, 8am-8pm ET.",
    # 002 no PII: release notes
    "Release 10.4.2.1 (build 4.17.255.3)\n- Fixed a crash in the Dijkstra route solver when two nodes share coordinates "
    "(48.8584, 2.2945).\n- Patched CVE-2024-3094 in the bundled xz (now 5.6.1.1).\n- Default port changed from 8080 to 8443.\n"
    "- Bumped protobuf from 3.21.12 to 4.25.3; commit 9f4c2ab7e1d03356b8a0c74e2f19d6a3b58e0c21.\n- The Kalman filter now "
    "runs at 250 Hz on the Raspberry Pi 5.",
    # 003 no PII: departure board
    "DEPARTURES, Terminal 5, 14:05\nBA 0117 LHR-JFK  Gate B42  Boarding  (aircraft G-XWBF, A350-1000)\n"
    "BA 2490 LHR-MAD  Gate C55  Delayed to 15:20\nIB 3167 LHR-BCN  Gate A10  Final call\nAA 6147 LHR-ORD  Gate B36  "
    "On time\nSeat 14C blocked on BA 0117 for crew rest. Baggage belt 7. Delays over 3 h: compensation form EU261-UK.",
    # 004 no PII: lab supplies catalogue
    "Lab order LS-31786: 12 x Erlenmeyer flask 250 mL (cat. 214-1132), 4 x Bunsen burner, natural gas (cat. 88-4401), "
    "2 packs Petri dishes 90 mm (lot 23K0917), 1 x Gram stain kit, 500 mL sodium hypochlorite (CAS 7681-52-9), 1 x Dewar "
    "flask 4 L, and 3 boxes of Eppendorf tubes 1.5 mL. Quote valid 30 days; net 30. Price excl. VAT: €1,482.16.",
    # 005 no PII: product recall
    "PRODUCT RECALL: Model KT-2200 cordless kettles, serial numbers 22A00001 to 22A09999, batch codes 2219 to 2231. "
    "A faulty thermostat (part no. TH-45-0091) may fail to switch off. Stop using the kettle and return it to any store "
    "for a full refund of £39.99; no receipt is needed. Other models, including the KT-2100 and KT-3000, are not affected. "
    "Hamilton Beach and Morphy Richards kettles sold in the same stores are also not part of this recall.",
    # 006 invoice with one contact
    "INVOICE INV-2024-0871    Date: 2024-05-31    PO: 4500118290\nBill to: Harrow & Finch Joinery Ltd, VAT GB 294 8813 72\n"
    "1 x Festool TS 55 plunge saw, 230V (part 576703): £589.00\n3 x Makita 18V 5.0Ah battery (BL1850B): £267.00\n"
    "Carriage: £12.50    Total: £868.50 (incl. VAT)\nPayment terms: 30 days. Queries to [[PERSON:Nadine Kessler]], "
    "credit control, [[EMAIL_ADDRESS:nadine.kessler@toolhaus-supply.co.uk]].",
    # 007 parcel tracking page with signature
    "Tracking 1Z 4A7 R92 68 1043 2281\n07:12 Departed hub, [[LOCATION:East Midlands]] (EMA)\n09:48 Arrived at depot, "
    "[[LOCATION:Leicester]]\n11:30 Out for delivery, van 14, route LE-0332\n13:06 Delivered, left with neighbour at No. 12, "
    "signed by [[PERSON:J. OKWU]]\nWeight 2.4 kg, service code 065, reference PO-77210.",
    # 008 tourist leaflet with eponyms
    "Half-day walking tour: start at Nelson's Column, pass the Duke of York Steps and St Martin-in-the-Fields, then "
    "lunch at the Wellington Arms before the Churchill War Rooms (entry £32, included). Tours leave at 10:00 daily from "
    "the meeting point by the fountains. Private groups: ask for [[PERSON:Benedetta Ricci]] on [[PHONE_NUMBER:07481 330 926]] "
    "(WhatsApp only).",
    # 009 support log with version strings
    "Ticket T-448102: router model AX-5400, serial SN2241K0093, firmware 3.0.0.4.388 (not an IP). Customer reports "
    "drops every 20 min. WAN lease [[IP_ADDRESS:82.14.201.77]], channel 36/80 MHz, "
    "QoS off. MAC 70:4F:57:1A:C2:33. Customer account user: [[USERNAME:rmcallister_home]]. Replacing under RMA-66402.",
    # 010 finance news
    "Shares in Morgan Brothers Holdings rose 4.7% to 318.5p after the lender reported pre-tax profit of £1.02bn for "
    "Q2, ahead of the £940m consensus. Chief executive [[PERSON:Margit Holloway]] said the Lloyd's syndicate sale would "
    "complete in Q4. The FTSE 250 closed up 0.8% at 20,417; Johnson Matthey fell 2.1% and Rolls-Royce added 1.3%. "
    "Ticker: MBH.L, ISIN GB00B7KR2P84.",
    # 011 pharmacy label
    "Rx 6629031    Qty 28    Refills 2\n[[PERSON:HOLLAND]], [[PERSON:NAOMI J]]    DOB [[DATE_TIME:08/22/1957]]\nLisinopril 10 mg tablet: take "
    "one by mouth daily. NDC 68180-0514-01, lot 4C1127, discard after 06/2026.\nAlso bought: Dr. Scholl's gel insoles, "
    "Tylenol 500 mg (100 ct), Vicks VapoRub 50 g.",
    # 012 real-estate listing
    "Just listed: [[ADDRESS:2207 Desert Willow Drive]], [[LOCATION:Henderson]], [[LOCATION:NV]] [[ZIP_CODE:89052]]. "
    "4 bd / 3 ba, 2,640 sq ft, built 1998, lot 0.21 ac (APN 178-22-613-007). MLS #2410938, $749,000, HOA $120/mo. "
    "Coordinates 36.0097, -115.0389. Listed by [[PERSON:Corinne Vasquez]], licence [[ID_NUMBER:S.0187264]], Silver State Realty; "
    "open house Saturday 11-2.",
    # 013 match report
    "Hartley Rovers 2-1 Castlebridge. A brace from [[PERSON:Kofi Mensah-Bright]] (23', 71') at the Arthur Wainwright "
    "Stadium settled it after Castlebridge's no. 9 had levelled from the spot. Attendance 11,482. Man of the match: "
    "goalkeeper [[PERSON:Tomasz Wilk]], who saved twice from 6 yards in stoppage time. Next fixture: away at the "
    "Riverside, kick-off 15:00.",
    # 014 lab notebook
    "Notebook LN-0447, p. 82. Grignard addition to 4-bromoanisole (CAS 104-92-7, 1.87 g, 10.0 mmol), Dean-Stark trap "
    "for the second step, then Michael addition per SOP-12 v3.1. Crude yield 2.31 g (86%); HPLC purity 97.4% "
    "(method ID HP-22). Sample IDs S-0447-01 to S-0447-06 stored at -20 °C, freezer F3, rack B.\nSigned: "
    "[[PERSON:A. Raghavan]]    Witnessed: [[PERSON:T. Lindström]]    [[DATE_TIME:14 Feb 2024]]",
    # 015 car listing
    "FOR SALE: 2017 Porsche Macan S, 3.0 V6, 58,200 mi, Carrara White, one owner. VIN WP1AB2A54HLB18472, "
    "engine code CTM, service at 55k done. $38,900 OBO. Also have a set of Pirelli P Zero 265/45 R20 tyres. Text "
    "[[PERSON:Drew]] on [[PHONE_NUMBER:(480) 227-6193]], no lowballers, no trades for a Lincoln.",
]

STYLES = {"gen": GEN, "bench": BENCH, "doc": DOC, "chat": CHAT, "table": TABLE, "lookalike": LOOKALIKE}

if __name__ == "__main__":
    write_set("blind12", STYLES, OUT)

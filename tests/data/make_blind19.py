"""Build tests/data/blind19.jsonl: a nineteenth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind19.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, git history, or the records of the other gold
sets (every *.jsonl set, blind_table/, and the record lists inside the
make_*.py scripts, make_blind17.py and make_blind18.py included); only the
module docstring of make_blind16.py, gold_sets.py, and the `parse()` helper
of make_handwritten.py (with its two regexes, MARK and TITLE_IN_NAME) were
read, to keep the conventions and the file format, and the closing
scaffolding of make_blind16.py (its STYLES dict and main()) and its import
lines were copied. The import lines below follow gold_sets.py (which
imports make_handwritten from the same folder). The detector was never run
on this file. Do not tune the detector against it: once it has been used
to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country, and the national check digits inside the
French, Spanish, Italian, Belgian and Portuguese IBANs are right too (check
digits worked out by hand-run throwaway code while writing, not generated
here; `gold_sets.check` re-checks cards and IBANs and refuses a bad one).
National ids with a public check digit (NHS number, SIN, Aadhaar, BSN,
CPF, DNI and NIE, NIR, PESEL, South African ID and SARS tax reference, TFN,
Australian Medicare number, Irish PPSN, Singapore NRIC and FIN,
personnummer, US NPI, Portuguese NIF, Belgian national number, German
Steuer-ID and Krankenversichertennummer, Austrian social-insurance number,
Japanese My Number, T.C. Kimlik, codice fiscale, Mexican CURP and CLABE,
New Zealand NHI and IRD number, UK UPN, ORCID iD, Finnish henkilötunnus,
Norwegian fødselsnummer, Czech rodné číslo, Korean RRN, Chinese resident
id, Greek AFM, Hong Kong HKID, Emirates ID, BC PHN, DEA number) were given
a valid one the same way (and the personnummer, PESEL, South African ID,
Belgian national number, NIR, henkilötunnus, fødselsnummer, rodné číslo,
RRN, Chinese id, CURP and codice fiscale agree with the person's sex, the
MyKad, CPR, NIK and CCCD too, where it shows), and so were the look-alikes
that carry one (ISBN-10, ISBN-13, ISSN, EAN); the Polish bank-branch code
and the Czech account number inside their IBANs pass their own checks.
UK NI numbers and driver numbers, US SSNs (no check digit), Medicare MBIs,
PAN, Nigerian NIN and BVN, Kenyan ids, KRA PINs and NSSF numbers,
Philippine SSS, TIN and PhilSys numbers, the Ghana Card, the Pakistani
CNIC, the Jamaican TRN, the Vietnamese CCCD, the Indonesian NIK, the
MyKad, the Danish CPR, the Brazilian RG, the Indian UAN, passports,
licences, plates, crypto wallets, bank account numbers and staff, student,
member, patient and loyalty numbers were not checked.

Styles (ids `blind19-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool (public PII-masking benchmarks such as
ai4privacy pii-masking-200k/300k/400k, gretel-pii-masking-en and
Nemotron-PII, LLM-generated "realistic sentences with personal data", and
labeled exports from CRM, HR, clinic, school and bank systems); about three
quarters of the records are in English this time, as in the public
benchmarks:
- `gen` (75): one to three LLM-style sentences in everyday domains:
  banking, insurance, telecoms, pharmacies, GP surgeries and hospitals,
  universities and schools, HR and payroll, lettings and real estate,
  airlines, hotels, car rental, police and courts, social services,
  elections and campaigns, charities, gyms, dating, ride-hailing, food
  delivery, marketplaces, gaming, crypto exchanges, utilities, couriers,
  vets, blood donation and tax; people from every region, names that are
  also words or places (Summer, Olive, Sky, Jordan, Brooklyn, Will, Hope,
  Hunter, Autumn, Dallas, paris, Lincoln, grace), lowercase names, names at
  the start and end of sentences, ages in digits and words, dates in many
  formats, and addresses of the UK, the US, Canada, Australia, New
  Zealand, Ireland, India, Pakistan, Nigeria, Kenya, South Africa,
  Jamaica, Singapore, the Philippines and others. Three quarters in
  English; the rest in Spanish, French, German, Italian, Dutch,
  Portuguese, Polish, Japanese, Turkish, Swedish, Finnish, Korean,
  Arabic, Swahili, Vietnamese, Indonesian, Greek and Chinese.
- `bench` (70): dense form-like paragraphs in the manner of ai4privacy,
  gretel and Nemotron-PII records (titles, names, sex, age, DOB, job,
  employer, street, unit, city, region, zip, country, phone, email,
  username, password, account, IBAN and card numbers, SSN, passport,
  licence, national and tax ids, plates, IPv4 / IPv6, wallets, user
  agents, profile URLs, JSON and key: value fields). About three quarters
  in English, the rest in French, German, Italian, Spanish (Spain and
  Mexico), Dutch, Flemish, Portuguese (Portugal and Brazil), Polish,
  Swedish, Turkish, Danish, Norwegian and Czech.
- `doc` (30): longer documents (a discharge summary, a police witness
  statement, an employment agreement, email threads with signatures and
  quoted replies, CVs, HL7, FHIR and XML exports, a building-society
  statement, a log file, a support ticket with history, a loss notice, a
  family-court judgment, AGM minutes, a loan application, a school report,
  a tenancy agreement, a referral letter, an incident report, a visa
  invitation letter, an obituary, an airline PNR, a German Arztbrief, a
  French email thread, a Spanish police complaint, an Italian CV, a
  Brazilian lease, a Dutch email thread and a Japanese rirekisho) with
  about twelve to thirty labeled spans each and non-PII look-alikes.
- `chat` (30): WhatsApp, SMS, Slack, Discord, Teams, Telegram, iMessage,
  Twitch, Reddit and parenting-forum posts, dating-app, marketplace,
  ride-hailing, bank and support chats, call-centre and voicemail
  transcripts and a gaming voice transcript, with lowercase names,
  nicknames, typos, emoji, handles, loose numbers, half addresses, and
  names, numbers, postcodes, emails and dates spoken or spelled out;
  mostly English, a few in Mexican Spanish, French, German, Brazilian
  Portuguese, Taglish, Hinglish and Italian.
- `table` (20): one row-oriented table per record as text (CSV, TSV,
  semicolon CSV, pipe and Markdown tables, fixed-width columns, JSON
  lines, YAML, HTML rows) with a header row and three or four data rows
  (customers, patients, employees, orders, tenants, pupils, gym members,
  applicants, shipments, bank customers, appointments, payroll, user
  accounts, KYC lists, cash-transfer payouts, club members); headers
  mostly in English (some abbreviated: DOB, Tel, PostCode, MRN, UPN), five
  tables in German, French, Spanish, Italian and Dutch. Every PII cell is
  labeled.
- `lookalike` (15): mostly non-PII text full of look-alikes (release notes
  with hashes, digests, UUIDs and an IP-shaped firmware version, a journal
  issue with ISSN, ISBNs and DOIs, a bill of lading with container, seal,
  IMO and MMSI numbers, clinical eponyms, brands named after people, an
  invoice with part numbers, flight, parcel and rail bookings, a git log,
  a certificate of analysis, a gallery tour, a French invoice, a Spanish
  warranty with an IMEI and an Italian library receipt), with the few
  real PII values labeled; 5 of the 15 records have no PII at all.

Labeling conventions: the same as in make_blind16.py (and make_blind15.py
back to make_blind6.py), copied here from the docstring of make_blind16.py:
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
- Calls made in make_blind12.py: in a `table`
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
- Calls made in make_blind13.py: the Amharic
  "Ato", the Fijian "Ratu" and "Adi", the Malay "Datuk", "Encik" and
  "Puan", the Indonesian "Ibu", the Vietnamese "Ông" and "Bà", the Croatian
  "Gđa." and "G.", the Danish "Fru" and "Hr.", the Lithuanian "Ponia", the
  Greek "Κυρία", the Ukrainian "Пан", the Arabic "السيدة", the Latin
  American "Lic." and "Ing." (like "Mag."), the Portuguese "Sr.ª", the
  Singaporean "Mdm", the police rank "Sen. Const.", "Assoc. Prof." (one
  span), "Esq." after a name, an airline "Captain", capitalised "MS." /
  "MR." in a court transcript, a lowercase Spanish "señora" and the
  declined Polish "pana" before a name are TITLE. "Tita", "Lolo", the
  Thai "พี่" and the Indonesian "Mas" are family words and stay outside,
  like "Ate" and "Auntie"; "ma'am" and "Opanyin" said without a name are
  not labeled, and the Samoan "Tina" (mother) used as an address is a
  family word, while "Nong" as a chat speaker's name is PERSON. Job titles
  before a name ("NP", "AB") stay outside. "s/o", "bin" and "binti" are
  part of the PERSON span, and so are "Sr." / "Jr." after a name; a family
  name before "whānau" is PERSON, like "the Schmidt party". The Vietnamese
  "TP." and "Phường" before a name stay outside the LOCATION, like "Col."
  and "Brgy." ("Quận 3" is kept whole, the number being the name, and the
  abbreviation "TP.HCM" is the city's name); "〒" before a Japanese
  postcode stays outside the ZIP_CODE, like "C.P.". A room number, a Korean
  "301-1204" block-unit, a Thai house number with its moo-ban and soi, and
  a Kerala "TC 14/2291" house number are ADDRESS (the locality after it is
  LOCATION); a condo unit alone ("#12-04") is not. A GP surgery's name at
  the head of a letter is an organisation and stays unlabeled, but a farm
  name in a postal address is a house name (ADDRESS). A seafarer's
  identity document (SIRB, CDC), a refugee PoR card, a Polish Karta
  pobytu, a UAE labour card, a voter-registration number, a university
  applicant number, a clinical-trial participant number, a New Zealand
  NHI, NSN and IRD number, a Scottish CHI number, a Bolivian CI (its
  department suffix "LP" inside the span), a Brazilian CNH, a Mexican INE
  elector key and cédula profesional, a Filipino PRC licence, SSS, TIN and
  PhilSys number, a US NPI, a Korean RRN, a Saudi national id and Iqama,
  an Egyptian national id, Kenyan NSSF and SHIF numbers, a Mozambican BI
  and NUIT, a Nepali citizenship certificate number, a Chilean CuentaRUT, a
  Japanese driving licence and a Nintendo Switch friend code are
  ID_NUMBER; a CBU alias, like a UPI id, is USERNAME. A spoken Aadhaar
  number is ID_NUMBER, like a spoken phone number. A landlord's tenancy
  (RTB) registration, a company's trade licence and a phone extension
  ("ext 4417") stay unlabeled. An issuing state or country code in
  brackets after a licence, plate or passport number ("(TX)", "(CA)",
  "(FR)", "(NZ)", "(JPN)") is left unlabeled like the codes of a DOCS
  line, while a country code in an address line or a "geo_country" column
  is LOCATION. Dates in other calendars (Bikram Sambat with its "B.S.",
  Thai Buddhist era, Solar Hijri, Japanese era) are DATE_TIME; so are the
  year-month entries of a CV ("2019.4" as a job or school start), a move
  "in July", an account-opening date in a bank export, a car-rental pick-up
  and return, an appointment column ("10/02") and a marriage date; a
  disputed card transaction date was rewritten out like a purchase date.
  "Halal" and "Jain" given as dietary choices are not NRP; a religion in a
  household assessment ("Anglican", "Pentecostal") is. Marital status
  ("bachelor", "spinster") is not labeled. Sports clubs named after their
  city ("Lille 2–1 Lens") are organisations and stay unlabeled, and a
  stadium, a bus station or a ship named after someone ("Stade
  Pierre-Mauroy", "Queen Mary 2") is an eponym. A user handle inside a
  bot's chat message is USERNAME, the bot's own label is not; "You:" and
  "Support:" speaker labels are not labeled. A phishing site's URL is not a
  personal page and stays unlabeled. Names that are also words or places
  (Hope, Faith, Will, Hunter, Grace, Precious, Mercy, Comfort, Major,
  Brooke, Dawn, Ivy, Wren, Autumn, Florence, Dallas, Savannah, Paris,
  Lincoln, the Welsh "Non") are PERSON where they name a person;
  "Savannah" (Georgia) is LOCATION as a city, and "Lincoln Road" or
  "Victoria Street" without a number is not an ADDRESS.
- Calls made in make_blind14.py: the Dutch
  "Mw.", "Alhaja" and "Alhaji", "Imam", "Deacon", "Capt.", the Tagalog
  "Kapitan", "Madam", "Opanyin" before a name (without a name it stays
  unlabeled, as in make_blind13.py), the Nigerian "Comrade", "Sister" and
  "Bro." before a church member's name, "Señorita" on its own line above
  the name, a lowercase "señor", the Italian "Avv." and "Geom.", the
  Portuguese "Eng." (like "Ing."), the German police rank "POK", the
  lowercase Vietnamese "ông", the Thai "คุณ", the Arabic "السيد", the
  Ukrainian "Пані", and the Korean "님" and Japanese "様" written after a
  name (like "Bey") are TITLE. The Vietnamese "Anh" used as a form of
  address, "tannie", "bhai", "tía", "mormor", "Oma" and "엄마" (also as a
  chat speaker label) are family words and stay outside; "Skipper",
  "CFI", "first officer" and "Reporter" before a name are job words and
  stay outside, and a "rank" column in a crew roster is a role column
  (unlabeled). A nickname in quotes inside a name ('Barty', "Tiny") and a
  Dutch call name in brackets between initials and surname are their own
  PERSON spans, the name parts around them too; an "a.k.a." name is
  PERSON; a family name before the Samoan "aiga" is PERSON, like
  "whānau". Surnames that are also words (Baker, Lamb) are PERSON; pets
  named Major, Moss, Pepper, Biscuit or Mango are pets.
  An ORCID iD, a DEA number, a prescriber number, an AHPRA, RCVS or
  Nursing Council registration, a pharmacists' order number, an insurance
  adjuster licence and a JP number, a DBS certificate number, a UK UTR, a
  CSCS, Safe Pass or white card, a yacht skipper's ICC and a pilot's
  licence, a Fiji FNPF number, a Canadian status card number, a
  Centrelink CRN, an Australian IHI, a Medicaid id, a Quebec RAMQ number
  and code permanent, an NZ NSN, an elector number and a Nigerian voter
  VIN, a parishioner id, a utility or EDF customer number, a loan number,
  a Nigerian NUBAN and a Vietnamese account number are ID_NUMBER (an
  OHIP version code "KT" stays inside the span); an orcid.org link is a profile URL. MPAN, MPRN and ICP
  supply-point numbers (like meter numbers), IMO, MMSI, container and
  seal numbers, tenancy bond and deposit-scheme references, a fund's ABN
  and USI, Canadian transit and institution numbers, a FHIR resource
  UUID, a transaction hash and a smart-contract address, legal land
  descriptions (Lot / DP, CT), berth, bib, polling-unit and mesa numbers,
  a club's role mailbox and a company's, surgery's or parish office's own
  phone number stay unlabeled; a personal crypto wallet is ID_NUMBER. A
  masked name ("J*** S****") is unlabeled, like a masked id.
  In a letter's address block each street or building line is its own
  ADDRESS span; a council building with its street ("Shirehall, Abbey
  Foregate") is ADDRESS like a house name, while a works name without a
  street is not. A Scottish "2F2" flat position, "1/14" and "3/27" unit
  numbers, a Filipino block / lot / phase with its subdivision, an Indian
  flat with its apartment block name, a Japanese chōme-banchi number, a
  Korean road address with 동 / 호 and a Taiwanese road, number and floor
  are ADDRESS; wards and districts written before them (区, 구, 區, the
  Thai เขต with the word itself outside, like "Phường") and Dublin postal
  districts ("Dublin 8") are LOCATION. A Swahili "S.L.P." box is ADDRESS
  then ZIP_CODE, like "P.O. Box"; an Eircode and a Latvian "LV-1001"
  (prefix inside) are ZIP_CODE, and a postcode spelled out in a call is
  ZIP_CODE. A dateline city in capitals, an athlete's home town in a
  results list, a flight's origin city, courier hub and depot cities, a
  bank or SACCO branch town and a town after a church's name are
  LOCATION; a city inside a hospital, council, college or polling-station
  name stays unlabeled.
  The start of a pension, a rollover signature, a proxy vote's and a
  nomination's date, an e-vote, an A1 application, a thesis submission and
  viva, an on-call shift's from / to, a lease's start and end, the day a
  notice to leave expires and is served, an inspection appointment, a loss
  date and a lost-property date are DATE_TIME; "ika-" before a Tagalog
  date stays outside, like "the", and a Republic of China (民國) date is
  DATE_TIME like other calendars. An auction date, a room's "free from"
  date, a bill's "by the 20th", a monthly payment day, a drug's expiry and
  a METAR day-time group stay unlabeled. A guessed "ca. 30", a
  "90-årsdag", "Happy 80th birthday" and an age in a headline are AGE;
  pets' ages in a table column are not. Party abbreviations (APC, PDP),
  "Labour" and "Democrat" are NRP, as are nationality adjectives in a
  guest register ("italiana", "tedesca") and "Brasileiro" at the head of
  a CV. In chats, a WhatsApp "@" mention of a nickname is PERSON (the "@"
  outside), an agent's name in "Agent (Kezia):" is PERSON, role labels
  ("AGENT:", "CALLER:", "RECEPCIÓN:") and bot labels (MEE6, AlertBot) are
  not labeled. Loyalty schemes, labs, hardware and collections named
  after people (Marriott Bonvoy, Hilton Honors, World of Hyatt, Dr.
  Reddy's, Simpson Strong-Tie, the Brunel Collection, the Darwin Room,
  Rhodes Scholars, "the Hopper and Lovelace squads"), a hospital named
  after someone and a ship named after a saint are eponyms.
- Calls made in make_blind15.py, in the same spirit:
  the Spanish "Doña" spelled out, "Hon." before a judge's name, the
  Swahili "Mzee" and the Indonesian "Bu" (short for "Ibu") before a name,
  the Burmese "ဒေါ်", the Amharic "ወ/ሮ" and the Hebrew "ד"ר" are TITLE;
  the Thai "P'" before a name, the Indonesian "Mbak" and "Tante", a
  lowercase "uncle" and "妈妈" as a chat speaker label are family words and
  stay outside. "a/l" inside a Malaysian name is part of the PERSON span,
  like "s/o", and so are the Bangladeshi "মোছাম্মৎ" and "মোঃ" (like "Md.")
  and the Filipino "Ma." for Maria. A nickname with "(real name ...)"
  after it and a name in square brackets as a chat speaker label are
  PERSON; "Landlord 🏠:", "You:", "Me:", "unknown:" and "AutoMod:" labels
  and a newspaper's name in brackets after a journalist's name are not
  labeled. A name that is also a district ("Hodan") is PERSON for the
  person and LOCATION for the district; "Reading" is LOCATION as a town.
  Authors of catalogued books and a poem's author are PERSON (public
  people named as such); an age range a panel approves ("aged 0 to 4") is
  not an AGE, while "her 37th birthday" is AGE like "nan's 80th".
  A Delhi house number with its colony ("B-42, Lajpat Nagar II") is one
  ADDRESS, like a Filipino block / lot with its subdivision; a GhanaPost
  GPS digital address is ADDRESS; an Ethiopian woreda with its house
  number, a Mongolian khoroo with building and door number and a Lebanese
  building name with floor and street are ADDRESS. Words for a district or
  state around a name (the Amharic "ክፍለ ከተማ", the Mongolian "дүүрэг", the
  Khmer "សង្កាត់", the Burmese "မြို့နယ်", the Uzbek "tumani", the Yoruba
  "Ìpínlẹ̀", the Somali "degmada", the Vietnamese "Quận" before a name)
  stay outside the LOCATION, like "Phường"; numbered districts ("Kingston
  6", "Lyon 7e", "Praha 10", "Sector 2", "Al Quoz 4", "Quận 1") are kept
  whole. Street-type words and abbreviations ("ul.", "Str.", "Jl.", "ул.",
  "Rruga", "Calle") are inside the ADDRESS. "FO-700", "AZ1000" and a
  Singaporean "S570227" keep their prefix inside the ZIP_CODE; postcodes in
  Persian or Bengali digits are ZIP_CODE. In a SEPA XML the employer's own
  debtor IBAN is labeled like any IBAN, and a payroll number in the
  remittance text is a staff id (ID_NUMBER).
  Ethiopian-calendar dates keep "E.C." / "ዓ.ም." inside the span and a Hijri
  date keeps "AH", like "B.S."; Afghan solar ("1 Hamal 1368") and Basque
  ("1990eko maiatzaren 14a") dates are one span; the Hebrew prefix "ב-"
  stays outside, like "the", and a German "21.11." keeps its final dot.
  OCR'd dates, house numbers, postcodes and ids with letters for digits
  ("O4/O3/2OO1", "l7", "S6O 2RT") are labeled as what they stand for.
  iCalendar DTSTART / DTEND values of a meeting, a vCard BDAY without a
  year ("--0412"), compact DOBs and separation dates ("19850611") and the
  from / to dates of military service are DATE_TIME; so are the start of
  a monthly pledge, a library checkout date, a crew member's engagement
  date (with its port as LOCATION), a data-export request date and the
  date of a match on a dating app. A year of birth alone stays unlabeled.
  An HL7 religion code ("BUD") and "Episcopal" are NRP, and so are
  religions written in other languages and scripts and "New Zealand" as a
  citizenship; ethnicity fields ("Black African", "Kinh", "Dinka") are not
  NRP, like a race field. In-game names in a roster column and nginx
  remote users are USERNAME ("admin" stays unlabeled, like other generic
  accounts); LinkedIn, Instagram and Facebook profile links are URL.
  PayNow, FPS, GCash, EcoCash, MoMo, bKash, EVC Plus and MonCash numbers are
  PHONE_NUMBER, like a PayID. An A-Number, a VA file number, a DoD id, a
  military service number, a state SID, an NT prisoner MIN, a UK driver
  number, an ADI number and a driving examiner's staff number, a GDC, SWRB,
  ICAI or Teaching Council registration, a tax preparer's PTIN, a UNHCR
  individual number (the case number stays unlabeled, like other case
  references), an IRCC client id, a fisher id and a fishing licence, a
  gig platform's driver id, a library card barcode, a Spanish
  social-security number, a CatSalut CIP, a German Steuer-ID, a Greek AFM,
  a Hungarian adóazonosító jel, an Armenian social card number, an
  Azerbaijani FIN code, a Mongolian register number, a Myanmar NRC and a
  counter agent's "#2214" badge are ID_NUMBER. A state or country written
  before a licence number ("NSW", "QLD", "NZ", "HI", "CA DL") stays
  outside the span, like the bracketed codes of make_blind13.py. A pub's
  name with its street ("The Red Lion, 4 High St") is ADDRESS like a house
  name, while the name of a church or museum before its street address
  stays outside; brands, labs, foods and places named after people
  (Dr. Martens, Ben & Jerry's, Porsche, Michelin, Pfizerpen, Lugol's,
  Hartmann's and Ringer's solutions, Büchner, Erlenmeyer, Bunsen, Petri,
  Gram, Beef Wellington, Eggs Benedict, Peach Melba, Earl Grey, Balzac's,
  the Abebe Bikila Stadium, Roland-Garros, the Anne Frank House, a ship
  named after a person, Lincoln Park, JFK) are eponyms.
- Calls made in make_blind16.py, in the same spirit:
  approximate age ranges ("in her late 60s", "in her early eighties") are
  not AGE, unlike a guessed single age ("about 30", "like 80", "like 70"),
  while "turned 40 last week", "turns sixty-six", "cumplió 40 años" and
  "she's turning 30" are AGE; in "a 52-year-old" and "45-year-old" only the
  number is AGE, and the ages of a borrower's dependents and a newborn's
  "0" in a clinic list are AGE (a child's age, as in make_blind9.py). The
  French "le" before a date stays outside, like "the"; a bare ordinal
  ("the 9th", "Saturday 15th", "wed 12th", "Monday 10th") naming a
  person's event is DATE_TIME with the weekday outside; a witness's
  unavailable days ("between 14 and 21 April") are one span, like a
  hearing over several days. The dates on the entries of a support
  ticket's history are DATE_TIME (dates of the customer's contacts, like
  letter dates); the WhatsApp export was written with clock times only and
  the application log without its date, so neither had to be judged. A
  payroll run's pay-date column is not a person's date (like an invoice
  date) and stays unlabeled, while an employee's engagement date, a
  member's join date, a "doação desde" month and a lease start are
  DATE_TIME. A loan's repayment deadline in a judgment was rewritten out.
  "District Judge" before a name is one TITLE span (like "Judge"); "MRS"
  and "MR" in capitals in a court heading, "Mme" and "M." in an XML title
  field, a lowercase "mr" in a chat and the Japanese "くん" written after a
  name (like "様") are TITLE; "Didi", "Aunty", "Ate", "Tita", "Uncle" and
  the Tagalog "bunso" are family words and stay outside, and "Mum" as a
  speaker label stays unlabeled. "Baby of" before a mother's name in a
  clinic list stays outside and her name is PERSON. A person named only to
  explain an eponym ("named after Caesar Cardini, not Julius") is PERSON,
  while the salad stays an eponym.
  Following the make_blind6.py rule that a company site's street address is
  ADDRESS, the street addresses of companies in an employment contract, an
  email signature, an invoice header, a hotel registration form and a hotel
  confirmation are ADDRESS (their city, district and postcode LOCATION and
  ZIP_CODE), while the company's phone numbers, VAT, KvK and PAYE numbers
  stay unlabeled; a company's own IBAN on an invoice is labeled like any
  IBAN. A property's address on a loan application is ADDRESS. An address
  split over addr1 / addr2 columns ("Flat 4" | "9 Sandgate High Street", a
  house name | a street) is labeled cell by cell, the unit cell included,
  like the street and building fields of a SEPA XML; an HL7 address with a
  street and an other-designation component is two ADDRESS spans and its
  "GBR" is LOCATION. A house number alone ("no. 41") is not ADDRESS, and in
  a spoken "number nine Orchard Way" the word "number" stays outside, like
  "no.". An Irish townland with no street is LOCATION. A "DL State" column
  holding a licence's issuing state stays unlabeled, like a bracketed
  issuing-state code. A shipment's destination ("your shipment to Apia") is
  LOCATION, like a flight's.
  A farmer's herd number, a UMID CRN, a Manitoba health number, a Dutch
  BIG-nummer, a doctor's IMC number, a registered social worker's number,
  a Hilton Honors number, a South African tax number, a police officer's
  "#7718", a customer id in an XML attribute, a numeric user id in a JSON
  API response and a gym member number are ID_NUMBER; an Opay number is
  PHONE_NUMBER, like a MoMo number. A Discord handle posted in a doxxing
  report is USERNAME and the real name next to it PERSON.
- Calls made while writing this set, in the same spirit:
  the Swahili "Bi.", "Maître" before a notary's name, "D.ª", a lowercase
  Dutch "meneer", a lowercase Greek "κυρία", the Chinese "女士" written
  after a name (like "様"), "DC" (a detective constable's rank, like "PC")
  and "HHJ" are TITLE; "Herrn" above "Dr. med." and "Prof." before "Dr."
  are two TITLE spans each. "Grandad", "nan", "auntie", "Ate", "bunso" and
  "nonna" are family words and stay outside. Surnames and given names that
  are words ("Storm", "River", "Bruno", "Gallo", "Lamb", "Baker") are
  PERSON in name columns, and "Savannah" is PERSON for the woman and
  LOCATION for the city in the same record. A name in "Driver (Abdi):" is
  PERSON like "Agent (Kezia):", while "Rider:", "Customer:", "me:",
  "Bot:", HelpdeskBot and Nightbot are not labeled; forum handles that are
  brand or celebrity names ("BertieBassett", "MoMo_Salah_fan") are
  USERNAME. Painters named as the authors of paintings ("Manet", "Van
  Gogh"), like the authors of books, are PERSON; "Cabinet Ravel Gestion",
  Sweeny's Funeral Home, Villa St. Joseph, the Courtauld Gallery, Bosch,
  Stanley, Marks & Spencer, Tommy Hilfiger, Levi's, Jamie Oliver knives,
  Le Corbusier's LC4, Zegna, Ferrero, Bocconi and Dijkstra's algorithm are
  eponyms, and the Madrid metro station "Bilbao" is not a LOCATION.
  An iwi field is an ethnicity field and stays unlabeled, like a race
  field; "Konfession: evangelisch" is NRP. A Swahili "S.L.P." box with no
  postcode is ADDRESS alone; a Malaysian "No. 18, Jalan SS 2/24", a
  Pakistani house / street / sector address ("House 88, Street 14,
  F-7/2"), a Japanese chōme-banchi address with its building and room and
  a German street number with its floor ("41, 2. OG links") are one
  ADDRESS each. A place name with a possessive ("Harold's Cross",
  "Pinkney's Point"), a Finnish genitive ("Tampereen"), "Jal." for
  Jalisco and "København N", "Praha 3" and "Dublin 6W" kept whole are
  LOCATION; "Hbf" after a rail city stays outside. An Airpoints number and
  a BahnCard number (loyalty), a Jamaican TRN, a Vietnamese CCCD, a
  Chinese resident id, a Pakistani CNIC, a Hong Kong HKID (its bracketed
  check digit inside the span), an Emirates ID, a BC PHN, an Indian UAN, a
  numeric user id in a log line's API path, a carrier account number in a
  number port-in and a scammer's Tron wallet are ID_NUMBER; the number
  being ported is PHONE_NUMBER. The date a TRN was issued, an enrolment
  appointment, an "Applied" column in an applicants table, a sign-in date
  in a security alert, a health claim's date of service, "Führerschein
  seit", a trial consent date, a QA release signature on a certificate of
  analysis, a user account's signup date (like an account opening) and a
  rail passenger's travel date (like a flight date) are DATE_TIME; the
  transaction dates and period of a bank statement stay unlabeled, like
  sale and invoice dates, and the PNR's creation and ticketing stamps were
  written out. SIRET and TVA numbers, UN/LOCODE port codes, DOIs and a
  Zenodo record, a Docker image digest and a dental practice's number read
  out in a voicemail stay unlabeled; "Member since 2011" is a bare year.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind19.jsonl")

# ---- gen: one to three LLM-style sentences in everyday domains ----

GEN = [
    # bank: change of address
    """Hi, I'm [[PERSON:Tobias Adeyemi-Lindqvist]] and I moved on [[DATE_TIME:2 March 2025]] from [[ADDRESS:14 Harrow Lane]], [[LOCATION:Leeds]] to [[ADDRESS:Flat 3, 88 Kingsland Road]], [[LOCATION:London]] [[ZIP_CODE:E8 4AA]]. Could you update current account [[ID_NUMBER:40918837]] please?""",
    # home insurance claim
    """Policyholder [[PERSON:Marisol Quispe Huamán]] (DOB [[DATE_TIME:07/11/1986]]) reported the burst pipe at [[ADDRESS:2150 W Addison St, Apt 2R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60618]] on [[DATE_TIME:Jan. 9, 2025]]; the adjuster can reach her on [[PHONE_NUMBER:(773) 555-0148]] after 5 pm.""",
    # telecom SIM swap, lowercase name that is a word
    """sim swap request from customer [[PERSON:summer okafor]], [[AGE:34]], for line [[PHONE_NUMBER:+234 803 555 2710]]. The one-time code went to [[EMAIL_ADDRESS:summer.okafor@gmail.com]] and she passed all three security questions.""",
    # pharmacy collection
    """[[PERSON:Mr Dale Winterbottom]], aged [[AGE:seventy-three]], collected his repeat prescription on [[DATE_TIME:14th February]]. NHS number [[ID_NUMBER:485 777 3457]]; prescriber [[PERSON:Dr Ngozi Okwuosa]] at the Canal Street surgery.""",
    # university offer
    """Congratulations, [[PERSON:Hiroshi Tanaka-Brennan]]! Your place on the MSc Data Science programme is confirmed; please come to your enrolment appointment on [[DATE_TIME:22 September 2025]]. Please quote student ID [[ID_NUMBER:S2291847]] in all correspondence with admissions@uni-example.ac.uk.""",
    # HR onboarding, South Africa
    """Payroll note: [[PERSON:Precious Dlamini]] (employee no. [[ID_NUMBER:ZA-30917]]) starts on [[DATE_TIME:1 April 2025]] at our [[LOCATION:Durban]] office. Her SA ID is [[ID_NUMBER:8804150123088]] and her salary goes to Capitec account [[ID_NUMBER:1520 448 903]].""",
    # lettings
    """The tenancy for [[ADDRESS:Flat 12, Wren Court, 3 Albion Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G1 1LH]] runs from [[DATE_TIME:1 May 2025]] to [[DATE_TIME:30 April 2026]]. Lead tenant is [[PERSON:Ewan MacAskill]]; the guarantor is his father, [[PERSON:Iain MacAskill]] ([[PHONE_NUMBER:07700 900414]]).""",
    # airline booking
    """Passenger [[PERSON:Ms Aroha Ngata]] is booked on NZ103 from [[LOCATION:Auckland]] to [[LOCATION:Sydney]] on [[DATE_TIME:18 Jun 2025]], seat 32K. Airpoints number [[ID_NUMBER:4418209571]], New Zealand passport [[ID_NUMBER:LH382914]].""",
    # hotel, names that are words
    """Booking confirmed for [[PERSON:Jordan Oyelaran]] and [[PERSON:Sky Oyelaran]]: check-in Fri [[DATE_TIME:4 July]], check-out Mon [[DATE_TIME:7 July]], one king room with a cot. A confirmation has been sent to [[EMAIL_ADDRESS:jordan.oyelaran@icloud.com]].""",
    # car rental, young driver
    """Renter: [[PERSON:Brooklyn Hayes]], [[AGE:24]] (young driver surcharge applies), Texas DL [[US_DRIVER_LICENSE:31572408]]. Pick-up at LAX on [[DATE_TIME:08/22/2025]], return [[DATE_TIME:08/29/2025]], compact class.""",
    # police report
    """On the night of [[DATE_TIME:12 October]], [[PERSON:Dakota Whitehorse]], a [[AGE:19]]-year-old student from [[LOCATION:Saskatoon]], reported that her bicycle had been taken from the rack outside [[ADDRESS:411 Spadina Crescent East]].""",
    # social services home visit
    """Home visit to [[PERSON:Mrs Gladys Pemberton]], [[AGE:88]], at [[ADDRESS:7 Mill Race Cottages]], [[LOCATION:Hebden Bridge]] [[ZIP_CODE:HX7 8DD]]. Her daughter [[PERSON:Lorraine]] asked that future letters go to [[EMAIL_ADDRESS:lorraine.pemberton61@btinternet.com]].""",
    # voter registration
    """Voter registration received for [[PERSON:Santiago Ferreira Lopes]], born [[DATE_TIME:March 3rd, 1999]], residing at [[ADDRESS:1840 NE 2nd Ave]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33132]]. SSN provided: [[US_SSN:589-42-1176]].""",
    # charity gift aid
    """Thank you, [[PERSON:Rosalind Achterberg]], for your Gift Aid declaration dated [[DATE_TIME:5/2/2025]]. We will claim tax back on every donation made from [[ADDRESS:22 Sidney Road]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB2 8ES]].""",
    # gym membership freeze, lowercase name
    """Membership frozen for [[PERSON:marcus reid]] (member [[ID_NUMBER:GF-0087213]]) from [[DATE_TIME:3 Feb]] until [[DATE_TIME:3 Mar]] after his knee surgery; the card on file, [[CREDIT_CARD:4539 1488 0343 6467]], will not be charged in between.""",
    # dating app
    """It's a match 💘 [[PERSON:Olive]], [[AGE:29]], [[LOCATION:Brighton]] — nurse, sea swimmer, will judge your sourdough. Say hi before the match expires in 24 hours!""",
    # ride-hailing
    """Your driver [[PERSON:Kwabena]] is arriving in a silver Toyota Corolla, plate [[ID_NUMBER:GR 4417-23]]. You shared this trip with [[PERSON:Efua Mensah]] ([[PHONE_NUMBER:+233 24 555 0192]]).""",
    # food delivery, name that is a word
    """Order for [[PERSON:Will Tran]] to [[ADDRESS:Apt 5B, 230 W 104th St]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10025]]: leave at the door, don't ring. Customer phone [[PHONE_NUMBER:917-555-0162]].""",
    # marketplace shipping
    """Seller [[USERNAME:vintage_vera88]] ([[PERSON:Vera Kowalczyk]]) has shipped the brass lamp to [[PERSON:Hunter Blake]] at [[ADDRESS:56 Waratah St]], [[LOCATION:Katoomba]] [[LOCATION:NSW]] [[ZIP_CODE:2780]]. Tracking number 33LQR0092841501.""",
    # gaming account recovery
    """Account recovery: player [[USERNAME:xX_Nightjar_Xx]] says his real name is [[PERSON:Aleksander Nowicki]], born [[DATE_TIME:14.08.2006]], and that he registered with [[EMAIL_ADDRESS:olek.nowicki06@wp.pl]] from IP [[IP_ADDRESS:83.24.117.9]].""",
    # crypto exchange KYC
    """KYC alert: [[PERSON:Chinedu Eze]] withdrew 0.8 BTC to [[ID_NUMBER:bc1q7h3kz9w0x4n8r2m6f5t3y8p0q9d4s2l7v6e5c1]] on [[DATE_TIME:27 January 2025]], the same day his BVN [[ID_NUMBER:22184730956]] was linked to a new number, [[PHONE_NUMBER:0813 555 7720]].""",
    # utilities welcome letter
    """Dear [[PERSON:Ms Fenella Crouch]], your gas and electricity at [[ADDRESS:Rose Cottage, Church Lane]], [[LOCATION:Ashby St Ledgers]], [[ZIP_CODE:CV23 8UN]] are with us from [[DATE_TIME:12/03/2025]]. Your customer number is [[ID_NUMBER:A-77201945]].""",
    # GP appointment reminder, ordinal with weekday
    """Reminder: [[PERSON:Bay Nguyen]] is booked with [[PERSON:Dr Fairweather]] on Thursday [[DATE_TIME:19th]] at 9:40. To cancel, reply CANCEL or ring the surgery; please don't call 999 for this.""",
    # school collection
    """Please note that [[PERSON:Maisie-Rae Callaghan]] (Year 4, aged [[AGE:eight]]) will be picked up by her nan, [[PERSON:Patricia Doyle]], on the [[DATE_TIME:21st]]. Mum's mobile is [[PHONE_NUMBER:07834 556 102]] if anything changes.""",
    # court listing
    """The trial in [[PERSON:Okonkwo]] v [[PERSON:Barrington-Smythe]] is listed for [[DATE_TIME:9 and 10 June 2025]] at the County Court at Central London; counsel for the claimant is [[PERSON:Rhiannon Pryce]].""",
    # lowercase name at the start, name that is a place
    """[[PERSON:paris]] rang again about the refund — she says the parcel went to her old flat at [[ADDRESS:19 Rue des Tanneurs]], [[LOCATION:Lille]] and was signed for by her ex, [[PERSON:Lincoln]].""",
    # Indian bank KYC
    """Dear [[PERSON:Ananya Raghunathan]], your KYC has been updated with Aadhaar [[ID_NUMBER:4821 7730 9152]] and PAN [[ID_NUMBER:BQRPR4471K]]. Registered mobile: [[PHONE_NUMBER:+91 98450 55213]]; address: [[ADDRESS:No. 14, 3rd Cross, 6th Main]], [[LOCATION:Malleswaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]].""",
    # Nigerian land use charge
    """[[TITLE:Alhaja]] [[PERSON:Kafayat Balogun]] has paid the land use charge for [[ADDRESS:Plot 7, Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]. The e-receipt was emailed to [[EMAIL_ADDRESS:kbalogun@yahoo.co.uk]].""",
    # Philippine salary loan
    """Good day! [[PERSON:Ma. Lourdes Dimaculangan]], [[AGE:41]], of [[ADDRESS:Blk 9 Lot 22 Phase 2, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]] has applied for the salary loan. SSS no. [[ID_NUMBER:34-5567890-1]].""",
    # Australian Medicare
    """[[PERSON:Lachlan O'Sullivan]]'s Medicare card number is [[ID_NUMBER:2953 71807 1]]; he saw the physio on [[DATE_TIME:11/03/2025]] and the rebate goes to his account at BSB 062-000.""",
    # Spanish: hospital admission
    """La paciente [[PERSON:Remedios Ortega Castillo]], de [[AGE:67]] años, con DNI [[ID_NUMBER:48291736Q]], ingresó el [[DATE_TIME:3 de febrero de 2025]] y vive en [[ADDRESS:Calle Feria 112, 2º B]], [[ZIP_CODE:41002]] [[LOCATION:Sevilla]].""",
    # French: reimbursement
    """[[TITLE:M.]] [[PERSON:Théo Vasseur]], né le [[DATE_TIME:17 juillet 1985]] à [[LOCATION:Paris]], numéro de sécurité sociale [[ID_NUMBER:1 85 07 75 056 078 68]], demande que ses remboursements soient versés sur [[IBAN_CODE:FR76 3000 4018 2300 0104 4739 145]].""",
    # German: resignation and new address
    """[[TITLE:Frau]] [[PERSON:Henrike Aßmann]] (geb. [[DATE_TIME:02.11.1974]]) hat zum [[DATE_TIME:31.05.2025]] gekündigt. Neue Anschrift: [[ADDRESS:Lindenstraße 41a]], [[ZIP_CODE:04109]] [[LOCATION:Leipzig]].""",
    # Italian: booking a visit
    """Il [[TITLE:signor]] [[PERSON:Gianluca Ferri]], nato a [[LOCATION:Bergamo]] il [[DATE_TIME:12/04/1979]], codice fiscale [[ID_NUMBER:FRRGLC79D12A794U]], ha prenotato una visita cardiologica per il [[DATE_TIME:28 maggio]].""",
    # Dutch: moving
    """[[TITLE:Mevrouw]] [[PERSON:Femke de Boer-Visser]], BSN [[ID_NUMBER:238174657]], verhuist op [[DATE_TIME:1 juni]] naar [[ADDRESS:Prinsengracht 418-II]], [[ZIP_CODE:1017 KG]] [[LOCATION:Amsterdam]].""",
    # Brazilian Portuguese: programme approval
    """Olá, [[PERSON:Thiago Moura]]! Seu cadastro foi aprovado. CPF [[ID_NUMBER:318.406.752-17]], endereço [[ADDRESS:Rua Harmonia, 1250, apto 84]], [[LOCATION:Vila Madalena]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:05435-001]].""",
    # Polish: car insurance claim
    """[[TITLE:Pani]] [[PERSON:Zofia Wróblewska]], PESEL [[ID_NUMBER:92081403645]], urodzona [[DATE_TIME:14 sierpnia 1992]], zgłosiła szkodę komunikacyjną z dnia [[DATE_TIME:2 marca 2025]]; kontakt: [[PHONE_NUMBER:+48 601 552 874]].""",
    # Japanese: restaurant reservation
    """[[PERSON:佐藤 美咲]][[TITLE:様]]（[[AGE:32]]歳）のご予約を承りました。ご来店日：[[DATE_TIME:2025年5月17日]] 19:00、4名様。お電話番号：[[PHONE_NUMBER:090-5521-8834]]。""",
]

GEN += [
    # Irish back-to-school allowance
    """[[PERSON:Siobhán Ní Bhriain]] has applied for the Back to School allowance for her son [[PERSON:Cian]], [[AGE:6]]. PPSN [[ID_NUMBER:4418203E]]; address [[ADDRESS:4 Castle View]], [[LOCATION:Ennis]], Co. [[LOCATION:Clare]] [[ZIP_CODE:V95 F2X8]].""",
    # Singapore season parking
    """[[PERSON:Tan Wei Ling]] (NRIC [[ID_NUMBER:S8834172D]]) renewed her season parking for [[ADDRESS:Blk 415 Bedok North Ave 2 #08-117]], [[LOCATION:Singapore]] [[ZIP_CODE:460415]]; the refund goes by PayNow to [[PHONE_NUMBER:9123 4418]].""",
    # US cardiology referral
    """Referral from [[PERSON:Dr. Priyanka Venkataraman]] (NPI [[ID_NUMBER:1748293051]]) for [[PERSON:Dallas Greer]], [[AGE:58]]M, seen [[DATE_TIME:02/18/2025]] with exertional chest pain. Patient's cell: [[PHONE_NUMBER:(405) 555-0139]].""",
    # Canadian onboarding
    """[[PERSON:Geneviève Tremblay-Ouellet]] started at our [[LOCATION:Moncton]] call centre on [[DATE_TIME:2025-01-13]]. SIN [[ID_NUMBER:273 849 158]]; direct deposit to account [[ID_NUMBER:5012847]], transit 00412, institution 003.""",
    # real estate open house, ordinal with weekday
    """Open-house feedback: [[PERSON:Marcus]] and [[PERSON:Tamsin Abernathy]] ([[EMAIL_ADDRESS:tamsin.abernathy@outlook.com]]) would like a second viewing of [[ADDRESS:4820 Juniper Ridge Dr]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83713]] on Saturday the [[DATE_TIME:14th]].""",
    # care home birthday
    """Grandad [[PERSON:Alfie Summers]] turned [[AGE:ninety]] on the [[DATE_TIME:2nd of January]], and the staff at [[ADDRESS:31 Bellevue Road]], [[LOCATION:Southsea]] threw him a party with a cake shaped like a Spitfire.""",
    # auto insurance claim
    """Claim notes: insured driver [[PERSON:Rafael Domínguez]], [[AGE:45]], California DL [[US_DRIVER_LICENSE:D4418293]], plate [[ID_NUMBER:8KQT412]], was rear-ended on [[DATE_TIME:2/14/25]] at Alvarado St and W 3rd St.""",
    # tax refund
    """[[PERSON:Keisha Monroe-Baptiste]] e-filed her return on [[DATE_TIME:April 11, 2025]]. SSN [[US_SSN:412-67-9031]]; refund by direct deposit, routing 021000021, account [[ID_NUMBER:4839201176]].""",
    # lost passport
    """[[PERSON:Connor Faulkner]] reported his passport [[US_PASSPORT:A09827461]] lost on [[DATE_TIME:10 Mar 2025]] in [[LOCATION:Lisbon]]; the embassy can reach him at [[EMAIL_ADDRESS:cfaulkner.travels@proton.me]] or [[PHONE_NUMBER:+351 912 448 017]].""",
    # school trip consent
    """I, [[PERSON:Ngozi Obi]], give permission for my daughter [[PERSON:Chiamaka]] ([[AGE:11]]) to go on the Year 6 trip to [[LOCATION:York]] on [[DATE_TIME:16/05]]. Emergency contact: [[PHONE_NUMBER:07911 123908]].""",
    # IT helpdesk
    """Password reset done for [[PERSON:Ingrid Solheim]] ([[USERNAME:isolheim]]); the request came from [[IP_ADDRESS:10.14.2.77]] and the temporary password was read out over the phone, not emailed.""",
    # parcel signed for, name that is a word at the end
    """Delivered to the concierge at [[ADDRESS:Keystone House, 12 Victoria Quay]], [[LOCATION:Dundee]] [[ZIP_CODE:DD1 3JA]] at 14:02 and signed for by [[PERSON:Hope]].""",
    # working holiday visa
    """[[PERSON:Ximena Ríos Aguilar]], a [[NRP:Mexican]] national aged [[AGE:27]], holds passport [[ID_NUMBER:G34812907]] and applied for the working holiday visa on [[DATE_TIME:3 December 2024]].""",
    # Kenyan tax payment
    """[[PERSON:Wanjiru Kamau]] of [[ADDRESS:P.O. Box 4471]]-[[ZIP_CODE:00100]], [[LOCATION:Nairobi]] paid her KRA balance by M-Pesa from [[PHONE_NUMBER:0722 555 391]]; KRA PIN [[ID_NUMBER:A012345678Z]].""",
    # Pakistani courier
    """Courier for [[PERSON:Muhammad Bilal Qureshi]], CNIC [[ID_NUMBER:35202-4417829-5]], to [[ADDRESS:House 88, Street 14, F-7/2]], [[LOCATION:Islamabad]]; he asked the rider to call [[PHONE_NUMBER:0300 5127744]] before arriving.""",
    # hospital chaplaincy
    """Chaplaincy request: [[PERSON:Yusuf Haddad]], [[AGE:52]], is [[NRP:Muslim]] and would like the imam to visit before his surgery on [[DATE_TIME:May 2]].""",
    # campaign volunteer
    """Volunteer sign-up: [[PERSON:Autumn Blackfeather]], a registered [[NRP:Democrat]], lives at [[ADDRESS:902 Cedar St]], [[LOCATION:Missoula]], [[LOCATION:MT]] [[ZIP_CODE:59802]] and can canvass on weekends.""",
    # superannuation update
    """[[PERSON:Mia Tuilagi]] updated her super fund details online: TFN [[ID_NUMBER:459 123 674]], address [[ADDRESS:Unit 4/17 Beach Rd]], [[LOCATION:Coogee]] [[LOCATION:NSW]] [[ZIP_CODE:2034]], mobile [[PHONE_NUMBER:0412 558 903]].""",
    # NZ discharge
    """[[PERSON:Tama Rangihuna]], [[AGE:61]], NHI [[ID_NUMBER:CGH5521]], went home on Tuesday [[DATE_TIME:8 April]] to the [[PERSON:Rangihuna]] whānau in [[LOCATION:Rotorua]] with district nurse follow-up.""",
    # maternity leave
    """[[PERSON:Ffion Llewellyn]] starts maternity leave on [[DATE_TIME:28/04/2025]]; NI number [[ID_NUMBER:JT 48 21 90 C]], payroll number [[ID_NUMBER:004418]].""",
    # vet reminder, pet unlabeled
    """Hi [[PERSON:Daisy Okoro]], Biscuit's booster is due — you're booked in for [[DATE_TIME:June 3]] at 4:15 pm. Biscuit is 7 now, so we'll also run a senior blood panel.""",
    # blood donor
    """[[PERSON:Ravi Sundaram]], donor no. [[ID_NUMBER:D4471920]], last gave blood on [[DATE_TIME:5th Nov 2024]] and can book again now. Text STOP to 80212 to opt out.""",
    # lowercase name at the start
    """[[PERSON:grace]] from accounts says the invoices should go to [[EMAIL_ADDRESS:g.mwangi@kilimofresh.co.ke]] from now on, not to the old info@ mailbox.""",
    # parents' ages
    """My mum [[PERSON:Beatriz]] is [[AGE:sixty-eight]] and my dad [[PERSON:Arturo]] will be [[AGE:70]] next month; can they both get the flu shot at the clinic on [[ADDRESS:1420 Mission St]], [[LOCATION:San Francisco]]?""",
    # shift swap, ISO dates
    """Shift swap approved: [[PERSON:Tariq Mahmood]] covers [[PERSON:Jade Kowalski]]'s night on [[DATE_TIME:2025-03-07]] and she takes his on [[DATE_TIME:2025-03-14]].""",
    # telecom bill, partial and full card
    """[[PERSON:Aurelio Bianchi]] disputes two roaming charges on his March bill. He paid with the card ending 4417 last time but wants future bills charged to [[CREDIT_CARD:5228 6103 7749 1023]]; email [[EMAIL_ADDRESS:aurelio.b@libero.it]].""",
    # Jamaican TRN
    """[[PERSON:Shanique Campbell]], [[AGE:33]], of [[ADDRESS:12 Hope Road]], [[LOCATION:Kingston 6]], [[LOCATION:Jamaica]], was issued TRN [[ID_NUMBER:118-445-902]] on [[DATE_TIME:September 5, 2024]].""",
    # Turkish: bank branch
    """[[PERSON:Elif Yıldırım]] [[TITLE:Hanım]], T.C. Kimlik No [[ID_NUMBER:38291746000]] ile [[DATE_TIME:5 Mart 2025]] tarihinde şubemize başvurdu; adresi [[ADDRESS:Bağdat Caddesi No: 214 D: 7]], [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]], telefonu [[PHONE_NUMBER:0532 418 27 90]].""",
    # Swedish: moving
    """[[PERSON:Linnea Bergström]] (personnummer [[ID_NUMBER:890312-4280]]) flyttar den [[DATE_TIME:1 april]] till [[ADDRESS:Södermannagatan 22 lgh 1103]], [[ZIP_CODE:116 40]] [[LOCATION:Stockholm]]. Nytt mobilnummer: [[PHONE_NUMBER:070-418 22 95]].""",
    # Finnish: new job
    """[[PERSON:Aino Mäkelä]] (henkilötunnus [[ID_NUMBER:130794-286H]]) aloittaa työt [[LOCATION:Tampereen]] toimistossa [[DATE_TIME:3.3.2025]]; sähköposti [[EMAIL_ADDRESS:aino.makela@elisanet.fi]].""",
    # Korean: shop sign-up
    """[[PERSON:김민준]] [[TITLE:님]], [[DATE_TIME:2025년 3월 4일]] 회원 가입이 완료되었습니다. 주민등록번호 [[ID_NUMBER:910523-1018424]], 배송지 [[LOCATION:서울특별시]] [[LOCATION:마포구]] [[ADDRESS:월드컵북로 396, 101동 1502호]], 연락처 [[PHONE_NUMBER:010-4821-7735]].""",
    # Arabic: bank branch
    """[[TITLE:السيد]] [[PERSON:خالد العتيبي]]، [[AGE:45]] عامًا، راجع فرع البنك في [[LOCATION:الرياض]] بتاريخ [[DATE_TIME:12/03/2025]] لتحديث رقم جواله إلى [[PHONE_NUMBER:+966 55 412 8890]].""",
    # Swahili: SIM registration
    """[[TITLE:Bi.]] [[PERSON:Mwanaisha Juma]], mwenye umri wa miaka [[AGE:38]], wa [[ADDRESS:S.L.P. 2291]], [[LOCATION:Dodoma]], amesajili laini ya simu [[PHONE_NUMBER:0754 882 310]] tarehe [[DATE_TIME:14 Machi 2025]].""",
    # Vietnamese: residence record
    """[[PERSON:Nguyễn Thị Thu Hà]], sinh ngày [[DATE_TIME:23/09/1990]], CCCD số [[ID_NUMBER:001190023817]], thường trú tại [[ADDRESS:Số 18 ngõ 42 phố Trần Quang Diệu]], Phường [[LOCATION:Ô Chợ Dừa]], Quận [[LOCATION:Đống Đa]], [[LOCATION:Hà Nội]].""",
    # Indonesian: account opening
    """[[TITLE:Ibu]] [[PERSON:Siti Rahmawati]], NIK [[ID_NUMBER:3174055208870003]], lahir [[DATE_TIME:12 Agustus 1987]], tinggal di [[ADDRESS:Jl. Tebet Barat Dalam VI No. 27]], [[LOCATION:Jakarta Selatan]] [[ZIP_CODE:12810]], membuka rekening tabungan hari ini.""",
    # Greek: tax office
    """Η [[TITLE:κυρία]] [[PERSON:Ελένη Παπαδοπούλου]], ΑΦΜ [[ID_NUMBER:049281732]], γεννημένη στις [[DATE_TIME:3 Μαΐου 1982]], δηλώνει νέα διεύθυνση: [[ADDRESS:Ερμού 54]], [[ZIP_CODE:105 63]] [[LOCATION:Αθήνα]].""",
    # Chinese: courier sign-up
    """[[PERSON:陈晓雨]][[TITLE:女士]]，身份证号 [[ID_NUMBER:440305199006173828]]，收货地址：[[LOCATION:深圳市]][[LOCATION:福田区]][[ADDRESS:福华三路88号]]，手机 [[PHONE_NUMBER:138 2654 7719]]，于[[DATE_TIME:2025年4月2日]]注册。""",
]

# ---- bench: dense form-like paragraphs (ai4privacy, gretel, Nemotron-PII manner) ----

BENCH = [
    # onboarding, US
    """Dear [[PERSON:Ms. Delphine Okafor-Reyes]], as part of onboarding at Lumenfield Analytics we have recorded: gender female, DOB [[DATE_TIME:04/19/1991]], SSN [[US_SSN:531-80-2294]], home address [[ADDRESS:3318 Larkspur Ln, Apt 210]], [[LOCATION:Aurora]], [[LOCATION:CO]] [[ZIP_CODE:80014]], phone [[PHONE_NUMBER:720-555-0187]], work email [[EMAIL_ADDRESS:d.okafor-reyes@lumenfield.io]]. Your laptop is registered to username [[USERNAME:dokaforreyes]] at [[IP_ADDRESS:172.16.40.23]].""",
    # failed payment with user agent
    """Payment failed for [[PERSON:Oskar Lindahl]]: Visa [[CREDIT_CARD:4147 2099 3817 2049]], exp 09/27, CVV 318, billing ZIP [[ZIP_CODE:98103]]. Request from [[IP_ADDRESS:2601:602:9a00:41b0::1c]] with Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15. Contact: [[EMAIL_ADDRESS:oskar.lindahl@fastmail.com]].""",
    # patient header, gretel manner
    """Patient Name: [[PERSON:Evangeline Marsh]] | Sex: F | Age: [[AGE:72]] | DOB: [[DATE_TIME:1952-10-03]] | MRN: [[ID_NUMBER:MRN-00482719]] | Medicare ID: [[ID_NUMBER:4RT7-HN2-XK58]] | Address: [[ADDRESS:77 Harbor View Rd]], [[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04101]] | Admitted: [[DATE_TIME:2025-02-11]] | Attending: [[PERSON:Dr. Samuel Achebe]]""",
    # UK employee record
    """Employee record — Name: [[PERSON:Callum Fraser-Nwosu]]; Job title: Senior Quantity Surveyor; DOB: [[DATE_TIME:23 Aug 1988]]; NI: [[ID_NUMBER:SZ 71 38 04 B]]; Address: [[ADDRESS:15 Thistle Bank]], [[LOCATION:Falkirk]], [[ZIP_CODE:FK1 5QT]]; Mobile: [[PHONE_NUMBER:07723 418 552]]; Bank: [[IBAN_CODE:GB91 BARC 2000 5573 8491 02]]; Start date: [[DATE_TIME:06/01/2025]].""",
    # crypto wallets
    """User [[USERNAME:moonbird_ama]] ([[PERSON:Amara Nwachukwu]], [[AGE:26]]) linked ETH wallet [[ID_NUMBER:0x4f2A9c81B7e03D5a6F19c2e84B0d7a3E51c9F8b2]] and BTC address [[ID_NUMBER:1Kx7Pq3Zr9vT2mW8nB4cL6yH5dF1sJ9gEa]] to her account; last login from [[IP_ADDRESS:102.89.44.17]] ([[LOCATION:Lagos]]). Recovery email: [[EMAIL_ADDRESS:amara.nwachukwu@gmail.com]].""",
    # Indian life insurance proposal
    """Proposer: [[PERSON:Rohan Mehta]], [[AGE:38]] yrs, male, chartered accountant, PAN [[ID_NUMBER:AKPPM5521Q]], Aadhaar [[ID_NUMBER:7390 4415 8268]], address [[ADDRESS:B-704, Sea Breeze Apartments, Carter Road]], [[LOCATION:Bandra West]], [[LOCATION:Mumbai]] [[ZIP_CODE:400050]], mobile [[PHONE_NUMBER:+91 98201 44762]], nominee [[PERSON:Kavya Mehta]] (wife, [[AGE:35]]).""",
    # Canadian applicant
    """Applicant: [[PERSON:Jean-Baptiste Nkurunziza]] | DOB [[DATE_TIME:1979/06/30]] | SIN [[ID_NUMBER:519 062 830]] | Ontario DL [[ID_NUMBER:N2184-47209-90630]] | Address [[ADDRESS:88 Rideau Terrace, Unit 4]], [[LOCATION:Ottawa]], [[LOCATION:ON]] [[ZIP_CODE:K1M 2A1]] | Phone [[PHONE_NUMBER:613-555-0172]] | Citizenship: [[NRP:Burundian]]""",
    # Australian customer
    """Customer: [[PERSON:Harper Nguyen-Walsh]], [[AGE:31]]; Medicare [[ID_NUMBER:4118 65292 1]]; driver licence (VIC) [[ID_NUMBER:048 271 955]]; [[ADDRESS:12/40 Brunswick St]], [[LOCATION:Fitzroy]] [[LOCATION:VIC]] [[ZIP_CODE:3065]]; mobile [[PHONE_NUMBER:0433 918 207]]; email [[EMAIL_ADDRESS:harper.nw@bigpond.com]].""",
    # Nigerian account opening
    """Account opening — Name: [[PERSON:Oluwaseun Adebayo-Ilori]]; DOB: [[DATE_TIME:12-09-1994]]; BVN: [[ID_NUMBER:22318840562]]; NIN: [[ID_NUMBER:48192037751]]; Address: [[ADDRESS:14 Awolowo Road]], [[LOCATION:Ikoyi]], [[LOCATION:Lagos]]; Phone: [[PHONE_NUMBER:+234 809 412 7735]]; Email: [[EMAIL_ADDRESS:seun.adebayo@outlook.com]]; Occupation: software engineer.""",
    # South African lease applicant
    """Lease applicant [[PERSON:Thabo Mokoena]] ([[AGE:29]]), ID [[ID_NUMBER:9509035871087]], employer Sasol, monthly income R38 500; current address [[ADDRESS:22 Jan Smuts Ave]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2193]]; cell [[PHONE_NUMBER:082 555 3190]]; email [[EMAIL_ADDRESS:thabo.mokoena@webmail.co.za]].""",
    # DMV record
    """DMV record: [[PERSON:Tyrone Kessler]], DOB [[DATE_TIME:11/02/1967]], NY DL [[US_DRIVER_LICENSE:742 918 305]], class D, address [[ADDRESS:61 Linden Blvd, Apt 3F]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11226]], plate [[ID_NUMBER:KJT-4471]], VIN 2T1BURHE5JC048217, eye colour brown.""",
    # Irish tenant reference
    """Tenant reference: [[PERSON:Aoife Gallagher]], PPSN [[ID_NUMBER:7731095D]], [[AGE:30]], staff nurse, current address [[ADDRESS:Apt 12, The Maltings, Bond Street]], [[LOCATION:Dublin 8]], Eircode [[ZIP_CODE:D08 K2W7]], phone [[PHONE_NUMBER:087 412 5509]], rent paid from [[IBAN_CODE:IE72 AIBK 9310 4418 2739 50]].""",
    # Singapore work pass
    """Work pass holder: [[PERSON:Rajesh Kumar s/o Subramaniam]], FIN [[ID_NUMBER:G6214093W]], [[NRP:Indian]] national, [[AGE:34]], employer Keppel Shipyard, address [[ADDRESS:Blk 22 Jurong West St 91 #11-305]], [[LOCATION:Singapore]] [[ZIP_CODE:640022]], mobile [[PHONE_NUMBER:+65 8271 4493]].""",
    # Philippine borrower
    """Borrower: [[PERSON:Jose Emmanuel Bautista]], [[AGE:36]], TIN [[ID_NUMBER:412-883-907-000]], PhilSys [[ID_NUMBER:4417-2093-8861-5520]], address [[ADDRESS:23 Sampaguita St]], Brgy. [[LOCATION:Malanday]], [[LOCATION:Marikina City]] [[ZIP_CODE:1805]], GCash [[PHONE_NUMBER:0917 882 4410]].""",
    # health claim, Nemotron manner
    """claim_id: CLM-2025-004418; member_name: [[PERSON:Lucinda Ferreira]]; member_id: [[ID_NUMBER:XJH884210937]]; date_of_birth: [[DATE_TIME:1983-05-27]]; date_of_service: [[DATE_TIME:2025-01-30]]; provider: [[PERSON:Dr. Howard Blum]]; provider_npi: [[ID_NUMBER:1309617425]]; diagnosis_code: M54.5; phone: [[PHONE_NUMBER:(602) 555-0143]]; email: [[EMAIL_ADDRESS:lucyferreira83@yahoo.com]]""",
    # Hong Kong customer profile, surname first with comma
    """Customer profile — Name: [[PERSON:Chan Tai Man]], [[PERSON:Kelvin]]; HKID: [[ID_NUMBER:K418273(1)]]; DOB: [[DATE_TIME:1986-11-19]]; Address: [[ADDRESS:Flat 18B, Tower 3, Laguna Verde, 8 Laguna Verde Avenue]], [[LOCATION:Hung Hom]], [[LOCATION:Kowloon]]; Mobile: [[PHONE_NUMBER:+852 9123 4587]]; FPS: [[PHONE_NUMBER:9123 4587]].""",
    # UAE tenancy
    """Tenant: [[PERSON:Fatima Al Mansoori]]; Emirates ID: [[ID_NUMBER:784-1990-4418273-3]]; Nationality: [[NRP:Emirati]]; Address: [[ADDRESS:Villa 14, Street 23]], [[LOCATION:Al Barsha 2]], [[LOCATION:Dubai]]; Mobile: [[PHONE_NUMBER:+971 50 418 2736]]; Rent account: [[IBAN_CODE:AE43 0330 0000 1928 4736 512]]; Contract start: [[DATE_TIME:01/05/2025]].""",
    # Malaysian member
    """Member: [[PERSON:Nurul Aisyah binti Kamarudin]], MyKad [[ID_NUMBER:920715-10-5582]], [[AGE:32]], [[ADDRESS:No. 18, Jalan SS 2/24]], [[LOCATION:Petaling Jaya]], [[ZIP_CODE:47300]] [[LOCATION:Selangor]], tel [[PHONE_NUMBER:012-418 7720]], email [[EMAIL_ADDRESS:nurulaisyah.k@gmail.com]].""",
    # Kenyan beneficiary
    """Beneficiary: [[PERSON:Otieno Brian Ochieng]], ID No. [[ID_NUMBER:28841730]], KRA PIN [[ID_NUMBER:A009281736K]], NSSF No. [[ID_NUMBER:2004418273]], [[ADDRESS:P.O. Box 1127]]-[[ZIP_CODE:40100]], [[LOCATION:Kisumu]], M-Pesa [[PHONE_NUMBER:0711 555 284]], next of kin [[PERSON:Akinyi Ochieng]].""",
    # Ghana Card
    """Ghana Card: [[ID_NUMBER:GHA-718204936-3]] | Name: [[PERSON:Abena Serwaa Owusu]] | DOB: [[DATE_TIME:05/03/1990]] | Digital address: [[ADDRESS:AK-039-5821]], [[LOCATION:Kumasi]] | MoMo: [[PHONE_NUMBER:024 418 2279]] | Occupation: trader""",
    # NZ enrolment
    """Enrolment — Name: [[PERSON:Mereana Tipene-Clarke]]; NHI: [[ID_NUMBER:RJW7033]]; IRD: [[ID_NUMBER:118-842-731]]; DOB: [[DATE_TIME:14/09/1997]]; Address: [[ADDRESS:42 Kowhai Street]], [[LOCATION:Ōtaki]] [[ZIP_CODE:5512]]; Phone: [[PHONE_NUMBER:021 448 2093]]; Iwi: Ngāti Raukawa.""",
    # joint credit application, name that is a city
    """Credit application — Applicant: [[PERSON:Bradley J. Whitcombe]]; Co-applicant: [[PERSON:Savannah Whitcombe]]; SSNs: [[US_SSN:227-41-8803]] / [[US_SSN:227-55-1904]]; DOBs: [[DATE_TIME:09-14-1985]] / [[DATE_TIME:02-28-1987]]; Address: [[ADDRESS:1907 Magnolia Bend]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31405]]; Income: $142,000; Existing card: [[CREDIT_CARD:5355 1402 0987 4464]].""",
    # new sign-in alert
    """Hi [[PERSON:Leopold]], we noticed a sign-in to [[USERNAME:leo.vanterpool]] from a new device (Windows 11, Chrome 123) at [[IP_ADDRESS:185.220.101.47]], near [[LOCATION:Rotterdam]], on [[DATE_TIME:March 18, 2025]]. If this wasn't you, reset your password or call us on 1-800-555-0199.""",
    # pharmacy record with DEA
    """Rx #884120 for [[PERSON:Ms Imelda Castellanos]], DOB [[DATE_TIME:3/17/1949]], [[AGE:75]] y/o; prescriber [[PERSON:Dr. Kenji Watanabe]], DEA [[ID_NUMBER:BW4418275]]; insurance member ID [[ID_NUMBER:W882019374]]; patient address [[ADDRESS:2201 S Lamar Blvd, Apt 118]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78704]].""",
    # UK pupil record
    """Pupil: [[PERSON:Zain Hussain]], Year 9, DOB [[DATE_TIME:08/10/2011]], UPN [[ID_NUMBER:B380441811207]]. Parent/carer: [[PERSON:Mrs Rukhsana Hussain]], [[PHONE_NUMBER:07404 228 917]], [[EMAIL_ADDRESS:rukhsana.h@hotmail.co.uk]], [[ADDRESS:41 Whitehall Road]], [[LOCATION:Bradford]] [[ZIP_CODE:BD4 7HL]].""",
    # travel insurance activation with password
    """To activate the policy, [[PERSON:Ignatius Mbeki-Hall]] logs in as [[USERNAME:ig.mbekihall]] with password Tr4vel!2025 and confirms: passport [[ID_NUMBER:553019284]] (GBR), DOB [[DATE_TIME:30/01/1972]], destination [[LOCATION:Peru]], departure [[DATE_TIME:14/06/2025]], return [[DATE_TIME:02/07/2025]].""",
    # number port-in
    """Port-in request: account holder [[PERSON:Rosa Delgado-Ibarra]], number [[PHONE_NUMBER:(915) 555-0127]], account PIN 4471, carrier account [[ID_NUMBER:88210473392]], service address [[ADDRESS:6120 Montana Ave, Unit 12]], [[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79925]], last 4 of SSN 8803.""",
    # student record
    """Student: [[PERSON:Nkechi Amadi]] | ID [[ID_NUMBER:U20419377]] | DOB [[DATE_TIME:2003-12-04]] | Age [[AGE:21]] | Programme BSc Nursing | Email [[EMAIL_ADDRESS:n.amadi@student.example.ac.uk]] | Home [[ADDRESS:9 Birchfield Road]], [[LOCATION:Handsworth]], [[LOCATION:Birmingham]] [[ZIP_CODE:B19 1SU]] | Emergency contact [[PERSON:Chidi Amadi]], [[PHONE_NUMBER:07588 330 214]]""",
    # hotel guest registration
    """Guest registration — Surname: [[PERSON:Haddad]]; Given names: [[PERSON:Layla Rania]]; Nationality: [[NRP:Lebanese]]; Passport: [[ID_NUMBER:LR2094418]]; DOB: [[DATE_TIME:22.07.1993]]; Arrival: [[DATE_TIME:09.04.2025]]; Departure: [[DATE_TIME:12.04.2025]]; Home address: [[ADDRESS:Rue Abdel Aziz, Bldg 14, 5th floor]], [[LOCATION:Hamra]], [[LOCATION:Beirut]]; Mobile: [[PHONE_NUMBER:+961 3 418 227]].""",
    # mortgage file
    """Borrower: [[PERSON:Wesley Oyelowo]], [[AGE:44]], born [[DATE_TIME:2nd May 1980]]; loan number [[ID_NUMBER:LN-0072918834]]; security property [[ADDRESS:27 Foxglove Way]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK10 9JH]]; repayments from [[IBAN_CODE:GB74 HBUK 4012 7681 0293 84]]; employer NHS Digital; job title solutions architect.""",
    # access log excerpt
    """Access log excerpt — badge [[ID_NUMBER:44182]] ([[PERSON:Priya Raman]]) entered Lab 3 at 07:42; badge [[ID_NUMBER:50917]] ([[PERSON:Tom Eriksen]]) at 07:58; VPN session for [[USERNAME:praman]] from [[IP_ADDRESS:81.101.7.222]] closed at 18:15.""",
    # dating app safety report
    """Safety report: user [[USERNAME:sunny_side_up_91]] (real name [[PERSON:Marisa Kealoha]], [[AGE:33]], [[LOCATION:Honolulu]]) says her match [[USERNAME:dr_dan_md]] kept asking for her home address ([[ADDRESS:1550 Wilder Ave, Apt 902]]) and her Venmo ([[USERNAME:marisa-kealoha]]).""",
    # pet insurance, pet unlabeled
    """Policy holder: [[PERSON:Mr Declan Forsyth]] ([[EMAIL_ADDRESS:dec.forsyth@gmail.com]], [[PHONE_NUMBER:0421 336 508]]), [[ADDRESS:3 Banksia Court]], [[LOCATION:Mount Gambier]] [[LOCATION:SA]] [[ZIP_CODE:5290]]. Pet: Pepper, kelpie, 4 yrs, microchip 956000012345678. Vet visit: [[DATE_TIME:17/02/2025]].""",
    # passport renewal form
    """Form DS-82 data: [[PERSON:Angelica Marie Torres]], born [[DATE_TIME:June 6, 1990]] in [[LOCATION:San Juan]], [[LOCATION:Puerto Rico]]; current passport [[US_PASSPORT:564019283]]; SSN [[US_SSN:598-33-1740]]; mailing address [[ADDRESS:PO Box 7718]], [[LOCATION:Orlando]], [[LOCATION:FL]] [[ZIP_CODE:32854]]; phone [[PHONE_NUMBER:407-555-0108]].""",
    # Japan resident, English form
    """Resident: [[PERSON:Kwame Asante]], [[NRP:Ghanaian]], [[AGE:28]]; residence card [[ID_NUMBER:RX48201937KD]]; My Number [[ID_NUMBER:4182 9376 5140]]; address [[ADDRESS:2-14-7 Kamimeguro]], [[LOCATION:Meguro-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:153-0051]]; phone [[PHONE_NUMBER:080-4418-2736]].""",
]

BENCH += [
    # Amex cardmember record
    """Cardmember: [[PERSON:Winston Achterberg-Lyle]] | Card: American Express [[CREDIT_CARD:3717 384055 62980]] | Member since 2011 | Billing address: [[ADDRESS:19 Quail Hollow Ct]], [[LOCATION:Greenville]], [[LOCATION:SC]] [[ZIP_CODE:29615]] | Phone: [[PHONE_NUMBER:864-555-0116]] | Email: [[EMAIL_ADDRESS:w.achterberglyle@gmail.com]] | DOB: [[DATE_TIME:1961-08-25]]""",
    # HR leaver record with a quoted nickname
    """employee_id: [[ID_NUMBER:E-104418]]; full_name: [[PERSON:Dolores]] "[[PERSON:Lola]]" [[PERSON:Vance]]; ssn: [[US_SSN:306-72-4418]]; last_day: [[DATE_TIME:2025-03-28]]; reason: voluntary resignation; forwarding_address: [[ADDRESS:2045 Sycamore Ave]], [[LOCATION:Dayton]], [[LOCATION:OH]] [[ZIP_CODE:45406]]; personal_email: [[EMAIL_ADDRESS:lolavance@aol.com]]; final_pay_account: [[ID_NUMBER:7720418836]]""",
    # gym sign-up
    """New member: [[PERSON:Jaylen Brooks]], [[AGE:22]], member no. [[ID_NUMBER:PF2291884]]; address [[ADDRESS:3310 S Peoria Ave]], [[LOCATION:Tulsa]], [[LOCATION:OK]] [[ZIP_CODE:74105]]; dues on Discover [[CREDIT_CARD:6011 5293 0048 8170]]; emergency contact [[PERSON:Tasha Brooks]], [[PHONE_NUMBER:918-555-0193]].""",
    # telehealth session
    """Telehealth session — patient [[PERSON:Giorgos Antoniou]], [[AGE:47]], joined from [[IP_ADDRESS:2a02:587:c41a:8800:5d1e:9b2f:17a0:44c3]] at 10:02; clinician [[PERSON:Dr Moira Kettering]]; patient email [[EMAIL_ADDRESS:g.antoniou@otenet.gr]], callback [[PHONE_NUMBER:+30 694 418 2735]]; next review [[DATE_TIME:24 April 2025]].""",
    # web shop order
    """Order #A-55120983 — ship to [[PERSON:Haruka Mori]], [[ADDRESS:1420 Alaskan Way, Apt 611]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98101]]; phone [[PHONE_NUMBER:206-555-0171]]; email [[EMAIL_ADDRESS:haruka.mori.sea@gmail.com]]; paid with JCB [[CREDIT_CARD:3569 0411 8277 3052]]; gift message: "Happy [[AGE:30]]th, [[PERSON:Ren]]!\"""",
    # UK motor insurance proposal
    """Proposer: [[PERSON:Mr Gareth Pryce-Jones]], DOB [[DATE_TIME:19/04/1983]], licence number [[ID_NUMBER:PRYCE804193GJ9AB]], vehicle reg [[ID_NUMBER:WK19 XTL]], address [[ADDRESS:8 Heol y Nant]], [[LOCATION:Pontypridd]] [[ZIP_CODE:CF37 4PB]], occupation electrician, claims in the last 5 years: none.""",
    # bank fraud case notes
    """Fraud case notes: customer [[PERSON:Beatrix Holloway]] ([[AGE:81]]) says a caller posing as her bank had her move £4,200 to a "safe account", [[IBAN_CODE:GB61 MONZ 0400 0429 3847 16]], on [[DATE_TIME:21 January]]; her own card [[CREDIT_CARD:4917 8004 6629 1835]] is now cancelled; callback [[PHONE_NUMBER:01392 418 207]].""",
    # job application header
    """Application — [[PERSON:Isabella Moreno-Chávez]] | [[EMAIL_ADDRESS:isa.morenochavez@gmail.com]] | [[PHONE_NUMBER:+1 (312) 555-0166]] | [[URL:linkedin.com/in/isabella-moreno-chavez]] | [[URL:github.com/isamoreno]] | [[LOCATION:Chicago]], [[LOCATION:IL]] | Role: Data Engineer II | Notice period: 2 weeks""",
    # conference registration
    """Registrant: [[PERSON:Prof. Adaeze Nwosu-Lindgren]], Karolinska Institutet; ORCID [[ID_NUMBER:0000-0002-4418-2737]]; email [[EMAIL_ADDRESS:adaeze.nwosu@ki.se]]; dietary: halal; arrival [[DATE_TIME:8 Sept 2025]]; accompanying person: [[PERSON:Erik Lindgren]]; name on badge: "[[PERSON:Ada]]".""",
    # car rental agreement in Portugal
    """Rental agreement RA-884120: driver [[PERSON:Maximilian Krause]], [[AGE:37]], German licence [[ID_NUMBER:J4418K7X281]], passport [[ID_NUMBER:CF4R7T2K9]], pick-up [[LOCATION:Faro]] airport [[DATE_TIME:02/08/2025]], drop-off [[LOCATION:Lisbon]] [[DATE_TIME:09/08/2025]], deposit held on Mastercard [[CREDIT_CARD:5129 4483 6620 9175]].""",
    # Australian payroll set-up
    """Payroll set-up — [[PERSON:Jarrah Whitlock]]; TFN [[ID_NUMBER:392 817 469]]; super member no. [[ID_NUMBER:100448217]]; BSB 083-004, account [[ID_NUMBER:41 882 7391]]; address [[ADDRESS:7 Gidgee Cres]], [[LOCATION:Alice Springs]] [[LOCATION:NT]] [[ZIP_CODE:0870]]; start date [[DATE_TIME:20/01/2025]].""",
    # household survey, Ghana
    """Household form: head [[PERSON:Emmanuel Tetteh]] ([[AGE:52]]), spouse [[PERSON:Comfort Tetteh]] ([[AGE:47]]), children [[PERSON:Kofi]] ([[AGE:15]]) and [[PERSON:Esi]] ([[AGE:9]]); religion: [[NRP:Methodist]]; digital address [[ADDRESS:GT-241-6630]], [[LOCATION:Tema]]; phone [[PHONE_NUMBER:020 441 8273]].""",
    # clinical trial screening log
    """Trial ONC-447 screening log: participant [[ID_NUMBER:447-012-0031]], initials [[PERSON:R.K.M.]], DOB [[DATE_TIME:1959-03-11]], sex M, consent signed [[DATE_TIME:2025-02-04]], site [[LOCATION:Leicester]], investigator [[PERSON:Dr Anjali Srinivasan]], GP [[PERSON:Dr Colm Brady]].""",
    # social account export (JSON)
    """{"user_id": [[ID_NUMBER:88104417293]], "handle": "[[USERNAME:kiri.paints]]", "display_name": "[[PERSON:Kiri Te Awa]]", "email": "[[EMAIL_ADDRESS:kiri.teawa@xtra.co.nz]]", "phone": "[[PHONE_NUMBER:+64 27 418 2290]]", "birthday": "[[DATE_TIME:1995-02-17]]", "profile": "[[URL:https://www.instagram.com/kiri.paints]]", "last_ip": "[[IP_ADDRESS:203.86.207.14]]"}""",
    # student aid form
    """Student aid contributor: [[PERSON:Marcus Delgado Jr.]], [[AGE:18]], SSN [[US_SSN:619-04-4182]], DOB [[DATE_TIME:10/30/2006]], FSA ID username [[USERNAME:mdelgadojr06]], address [[ADDRESS:815 E Ocotillo Rd]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85014]], parent [[PERSON:Ana Delgado]].""",
    # wedding RSVP
    """RSVP from [[PERSON:Dr Femi Adeyinka]] and [[PERSON:Mrs Bisi Adeyinka]]: 2 adults, one vegetarian, song request "September"; address for the thank-you card [[ADDRESS:16 Lavender Hill]], [[LOCATION:Enfield]] [[ZIP_CODE:EN2 0RW]]; phone [[PHONE_NUMBER:07951 226 418]].""",
    # South African taxpayer
    """Taxpayer: [[PERSON:Lindiwe Khumalo]], ID [[ID_NUMBER:0206114982088]], income tax reference [[ID_NUMBER:0418273959]], [[ADDRESS:44 Florida Road]], [[LOCATION:Morningside]], [[LOCATION:Durban]] [[ZIP_CODE:4001]], eFiling username [[USERNAME:lkhumalo02]], cell [[PHONE_NUMBER:072 418 2209]].""",
    # French: customer record
    """Fiche client — Nom : [[PERSON:Lefèvre]] ; Prénom : [[PERSON:Camille]] ; Née le : [[DATE_TIME:09/02/1978]] à [[LOCATION:Casablanca]] ; N° de sécurité sociale : [[ID_NUMBER:2 78 02 99 350 142 61]] ; Adresse : [[ADDRESS:14 bis rue des Capucins]], [[ZIP_CODE:69001]] [[LOCATION:Lyon]] ; Tél. : [[PHONE_NUMBER:06 12 44 87 30]] ; IBAN : [[IBAN_CODE:FR76 3000 3023 9100 0504 1827 756]]""",
    # French: tenant file
    """Dossier locataire : [[TITLE:Mme]] [[PERSON:Nadia Benali]], [[AGE:34]] ans, infirmière, domiciliée [[ADDRESS:7 avenue Jean-Jaurès, bât. B, 3e étage]], [[ZIP_CODE:13005]] [[LOCATION:Marseille]] ; garant : [[TITLE:M.]] [[PERSON:Karim Benali]] ; RIB : [[IBAN_CODE:FR76 1751 5900 0008 2135 4761 033]] ; courriel : [[EMAIL_ADDRESS:nadia.benali13@orange.fr]].""",
    # German: personnel questionnaire
    """Personalfragebogen — Name: [[PERSON:Weber]], Vorname: [[PERSON:Jonas Matthias]], geb. am [[DATE_TIME:17.03.1990]] in [[LOCATION:Kassel]], Steuer-ID: [[ID_NUMBER:57391482032]], Konfession: [[NRP:evangelisch]], Anschrift: [[ADDRESS:Wilhelmshöher Allee 212]], [[ZIP_CODE:34119]] [[LOCATION:Kassel]], IBAN: [[IBAN_CODE:DE93 3704 0044 0532 0199 12]], Eintritt: [[DATE_TIME:01.04.2025]].""",
    # German: car insurance
    """Kfz-Versicherung: [[TITLE:Herr]] [[PERSON:Dr. Tobias Hartmann-Yilmaz]], [[ADDRESS:Ostertorsteinweg 61]], [[ZIP_CODE:28203]] [[LOCATION:Bremen]], Tel. [[PHONE_NUMBER:0421 4418273]], E-Mail [[EMAIL_ADDRESS:t.hartmann-yilmaz@posteo.de]], Kennzeichen [[ID_NUMBER:HB-TY 418]], Lastschrift von [[IBAN_CODE:DE73 5001 0517 5407 3241 18]], Führerschein seit [[DATE_TIME:12.06.2008]].""",
    # Italian: membership form
    """Modulo di adesione — Cognome: [[PERSON:Esposito]]; Nome: [[PERSON:Chiara]]; Codice fiscale: [[ID_NUMBER:SPSCHR93S45F839U]]; Nata a [[LOCATION:Napoli]] il [[DATE_TIME:05/11/1993]]; Residenza: [[ADDRESS:Via Toledo 256]], [[ZIP_CODE:80134]] [[LOCATION:Napoli]] ([[LOCATION:NA]]); Cellulare: [[PHONE_NUMBER:+39 347 418 2209]]; IBAN: [[IBAN_CODE:IT83 K030 6909 6061 0000 0047 291]]""",
    # Italian: patient sheet
    """Scheda paziente: [[TITLE:Sig.ra]] [[PERSON:Maria Grazia Lombardo]], [[AGE:79]] anni, ricoverata il [[DATE_TIME:14 gennaio 2025]] in geriatria, letto 12; medico curante [[TITLE:Dott.]] [[PERSON:Paolo Rinaldi]]; figlia di riferimento [[PERSON:Elena]], tel. [[PHONE_NUMBER:335 812 4471]]; residenza [[ADDRESS:Corso Garibaldi 88]], [[ZIP_CODE:90133]] [[LOCATION:Palermo]].""",
    # Spanish: account application
    """Solicitud de cuenta — Titular: [[TITLE:D.ª]] [[PERSON:Ioana Popescu]]; NIE: [[ID_NUMBER:Y4471029G]]; Nacionalidad: [[NRP:rumana]]; Domicilio: [[ADDRESS:C/ de Sants 214, 4º 2ª]], [[ZIP_CODE:08028]] [[LOCATION:Barcelona]]; Móvil: [[PHONE_NUMBER:+34 612 448 207]]; IBAN: [[IBAN_CODE:ES38 0182 2370 4902 0154 8873]]; Correo: [[EMAIL_ADDRESS:ioana.popescu@gmail.com]]""",
    # Mexican Spanish: customer registration
    """Registro de cliente: [[PERSON:Daniela Herrera Vázquez]], CURP [[ID_NUMBER:HEVD950721MJCRZN08]], fecha de nacimiento [[DATE_TIME:21/07/1995]], domicilio [[ADDRESS:Av. Chapultepec 480]], Col. [[LOCATION:Americana]], C.P. [[ZIP_CODE:44160]], [[LOCATION:Guadalajara]], [[LOCATION:Jal.]]; celular [[PHONE_NUMBER:33 1844 2790]]; CLABE [[ID_NUMBER:012320004418273902]].""",
    # Dutch: customer record
    """Klantgegevens — [[TITLE:Dhr.]] [[PERSON:Sander van der Linden]]; BSN: [[ID_NUMBER:610392840]]; geboortedatum: [[DATE_TIME:11-03-1984]]; adres: [[ADDRESS:Oudegracht 142 bis]], [[ZIP_CODE:3511 AZ]] [[LOCATION:Utrecht]]; telefoon: [[PHONE_NUMBER:06 41 88 27 39]]; IBAN: [[IBAN_CODE:NL89 ABNA 0417 7283 91]]; e-mail: [[EMAIL_ADDRESS:s.vanderlinden@kpnmail.nl]]""",
    # Flemish: registration
    """Inschrijving: [[PERSON:Lotte Verhaegen]], rijksregisternummer [[ID_NUMBER:91.07.30-284.97]], [[ADDRESS:Kortrijksesteenweg 118 bus 3]], [[ZIP_CODE:9000]] [[LOCATION:Gent]], gsm [[PHONE_NUMBER:0478 41 82 73]], rekening [[IBAN_CODE:BE26 0631 0482 7329]], lid sinds [[DATE_TIME:15/09/2019]].""",
    # Portuguese: customer record
    """Ficha de cliente: [[PERSON:Rui Manuel Carvalho Sousa]], NIF [[ID_NUMBER:247183903]], data de nascimento [[DATE_TIME:02/12/1988]], morada [[ADDRESS:Rua de Santa Catarina 1120, 3.º Esq.]], [[ZIP_CODE:4000-447]] [[LOCATION:Porto]], telemóvel [[PHONE_NUMBER:912 418 773]], IBAN [[IBAN_CODE:PT50 0035 0397 0004 1827 3660 3]].""",
    # Brazilian Portuguese: registration with Pix key
    """Cadastro: [[PERSON:Luana Beatriz Nascimento]], CPF [[ID_NUMBER:705.219.384-14]], RG [[ID_NUMBER:44.182.739-5]], nascida em [[DATE_TIME:19/08/1996]], [[ADDRESS:Av. Boa Viagem, 3400, apto 1202]], [[LOCATION:Boa Viagem]], [[LOCATION:Recife]]/[[LOCATION:PE]], CEP [[ZIP_CODE:51020-000]], chave Pix [[EMAIL_ADDRESS:luana.nasc96@gmail.com]], celular [[PHONE_NUMBER:(81) 99441-8273]].""",
    # Polish: form
    """Formularz: [[PERSON:Jakub Zieliński]], PESEL [[ID_NUMBER:03230718574]], data urodzenia [[DATE_TIME:07.03.2003]], adres [[ADDRESS:ul. Piotrkowska 148 m. 12]], [[ZIP_CODE:90-063]] [[LOCATION:Łódź]], tel. [[PHONE_NUMBER:+48 512 441 827]], rachunek [[IBAN_CODE:PL21 1090 1014 4018 2736 4519 0028]].""",
    # Swedish: customer data
    """Kunduppgifter: [[PERSON:Johan Ekström]], personnummer [[ID_NUMBER:19751104-9376]], adress [[ADDRESS:Vasagatan 18, lgh 1201]], [[ZIP_CODE:411 24]] [[LOCATION:Göteborg]], mobil [[PHONE_NUMBER:073-441 82 73]], IBAN [[IBAN_CODE:SE30 5000 0000 0583 9102 7744]], e-post [[EMAIL_ADDRESS:johan.ekstrom@telia.se]].""",
    # Turkish: customer data
    """Müşteri bilgileri: [[PERSON:Mehmet Can Aydın]], T.C. Kimlik No: [[ID_NUMBER:54102773942]], doğum tarihi: [[DATE_TIME:22.09.1982]], adres: [[ADDRESS:Atatürk Bulvarı No: 118 Daire: 9]], [[LOCATION:Çankaya]]/[[LOCATION:Ankara]], cep: [[PHONE_NUMBER:0533 441 82 73]], IBAN: [[IBAN_CODE:TR06 0006 2000 4180 0006 2974 12]].""",
    # Danish: customer data
    """Kundeoplysninger: [[PERSON:Mette Kjærgaard]], CPR-nr. [[ID_NUMBER:140392-1188]], adresse [[ADDRESS:Nørrebrogade 44, 3. tv.]], [[ZIP_CODE:2200]] [[LOCATION:København N]], telefon [[PHONE_NUMBER:+45 28 44 18 27]], konto [[IBAN_CODE:DK79 3000 4418 2733 91]].""",
    # Norwegian: customer data
    """Kundeinformasjon: [[PERSON:Håkon Strand]], fødselsnummer [[ID_NUMBER:030371 49550]], adresse [[ADDRESS:Thereses gate 23 B]], [[ZIP_CODE:0354]] [[LOCATION:Oslo]], mobil [[PHONE_NUMBER:+47 928 44 182]], kontonummer [[IBAN_CODE:NO97 8601 1179 470]].""",
    # Czech: client data
    """Údaje klientky: [[TITLE:paní]] [[PERSON:Petra Dvořáková]], rodné číslo [[ID_NUMBER:855617/3043]], trvalé bydliště [[ADDRESS:Vinohradská 1840/112]], [[ZIP_CODE:130 00]] [[LOCATION:Praha 3]], telefon [[PHONE_NUMBER:+420 604 418 273]], účet [[IBAN_CODE:CZ21 0800 0000 0029 0441 8273]].""",
]

# ---- doc: longer documents with many labeled spans and non-PII look-alikes ----

DOC = [
    # hospital discharge summary, UK
    """DISCHARGE SUMMARY — Royal Devon University Hospital
Patient: [[PERSON:Harold Ainsworth]]    DOB: [[DATE_TIME:14/06/1941]] ([[AGE:83]] y)    Sex: M
NHS No: [[ID_NUMBER:401 992 7359]]    Hospital No: [[ID_NUMBER:RD4418207]]
Address: [[ADDRESS:Bramble Cottage, 2 Station Hill]], [[LOCATION:Crediton]], [[ZIP_CODE:EX17 3BN]]
Admitted: [[DATE_TIME:02/03/2025]] via ED    Discharged: [[DATE_TIME:09/03/2025]]    Ward: Otter, bed 14
Consultant: [[PERSON:Dr Helen Marchetti]]    GP: [[PERSON:Dr R. Okafor]], Longbrook Surgery

Presenting complaint: three-day history of productive cough and new confusion. CURB-65 score 3; CXR showed right lower lobe consolidation.
Course: IV co-amoxiclav for 72 h, then oral doxycycline from day 4. Delirium settled by day 5. Seen by OT, who will arrange a perching stool and grab rails at home.
Medications on discharge: doxycycline 100 mg OD for three more days; usual amlodipine 5 mg and bisoprolol 2.5 mg unchanged.
Next of kin: daughter [[PERSON:Julie Ainsworth-Reed]], [[PHONE_NUMBER:07812 440 918]].
Follow-up: repeat CXR at the respiratory clinic on [[DATE_TIME:22 April 2025]].

Signed: [[PERSON:Dr Owen Treharne]] (FY2), GMC [[ID_NUMBER:7741829]], [[DATE_TIME:09/03/2025]]""",
    # police witness statement, UK
    """WITNESS STATEMENT (Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B)
URN: 44/RT/01182/25
Statement of: [[PERSON:Kezia Amoah-Barnes]]
Age if under 18: over 18    Occupation: pharmacy technician

This statement, consisting of two pages each signed by me, is true to the best of my knowledge and belief.

On Saturday [[DATE_TIME:15th February 2025]] at about 23:10 I was walking home along Cowley Road towards [[ADDRESS:112 Magdalen Road]], [[LOCATION:Oxford]], where I live. Outside the kebab shop I saw a man I know as [[PERSON:Deano]]; I believe his full name is [[PERSON:Dean Hollis]]. He is about [[AGE:30]], white, around six foot, with a shaved head. He was arguing with a younger lad in a grey jacket. I heard Deano shout "I know where you live, [[ADDRESS:Flat 6, Iffley Court]]". I called 999 from my mobile, [[PHONE_NUMBER:07492 118 604]]. [[TITLE:PC]] [[PERSON:Sandhu]] (collar [[ID_NUMBER:3381]]) arrived about ten minutes later.

I am willing to attend court. I am not available between [[DATE_TIME:7 and 11 April 2025]].
Contact: [[EMAIL_ADDRESS:kezia.ab@gmail.com]]    DOB: [[DATE_TIME:02/09/1996]]
Signed: [[PERSON:K. Amoah-Barnes]]    Date: [[DATE_TIME:17/02/2025]]
Statement taken by: [[TITLE:DC]] [[PERSON:Laura Finch]] [[ID_NUMBER:5521]]""",
    # employment agreement, US
    """EMPLOYMENT AGREEMENT

This Employment Agreement is made on [[DATE_TIME:March 3, 2025]] between Brightwater Logistics LLC, a Delaware limited liability company with its principal office at [[ADDRESS:600 Pier Avenue, Suite 400]], [[LOCATION:Hermosa Beach]], [[LOCATION:CA]] [[ZIP_CODE:90254]] (the "Company"), and [[PERSON:Danielle Ortiz-Whitfield]], residing at [[ADDRESS:2217 Ocean View Dr]], [[LOCATION:Torrance]], [[LOCATION:CA]] [[ZIP_CODE:90505]] (the "Employee").

1. Position. The Employee will serve as Director of Fleet Operations, reporting to the Chief Operating Officer, [[PERSON:Marcus Feld]].
2. Start Date. Employment begins on [[DATE_TIME:March 17, 2025]].
3. Compensation. Base salary of $168,000 per year, paid bi-weekly by direct deposit to account [[ID_NUMBER:325081774419]] (routing 322271627).
4. Benefits. The Employee is eligible for the Company's 401(k) plan after 90 days and for medical, dental and vision cover from the first of the month after the Start Date.
5. Confidentiality. The Employee will not disclose Confidential Information during or after employment.
9. Notices. Notices to the Employee go to the address above or to [[EMAIL_ADDRESS:dortizwhitfield@gmail.com]]; notices to the Company go to legal@brightwaterlogistics.com.

Employee SSN (payroll use only): [[US_SSN:573-18-4402]]

Signed: [[PERSON:Danielle Ortiz-Whitfield]]    Date: [[DATE_TIME:03/03/2025]]
For the Company: [[PERSON:Marcus Feld]], COO    Date: [[DATE_TIME:03/03/2025]]""",
    # email thread with signatures and quoted replies, lettings
    """From: [[PERSON:Tomasz Wierzbicki]] <[[EMAIL_ADDRESS:tomasz.wierzbicki@gmail.com]]>
To: Harbourside Lettings <maintenance@harboursidelettings.co.uk>
Sent: [[DATE_TIME:14 January 2025]] 09:12
Subject: Re: Re: No hot water, [[ADDRESS:9 Dock Street]]

Hi [[PERSON:Shona]],

Still no hot water at [[ADDRESS:Flat 2, 9 Dock Street]], [[LOCATION:Leith]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH6 6EY]]. The engineer came on the [[DATE_TIME:9th]] and said the part would be ordered, but nobody has been back. My partner [[PERSON:Ola]] is pregnant and we have a [[AGE:2]]-year-old, so this is urgent. Can someone call me on [[PHONE_NUMBER:07518 204 773]]?

[[PERSON:Tomasz]]

On [[DATE_TIME:10 Jan 2025]], at 16:40, [[PERSON:Shona Baird]] <[[EMAIL_ADDRESS:shona.baird@harboursidelettings.co.uk]]> wrote:
> Hi [[PERSON:Tomasz]],
> Thanks for your patience. [[PERSON:Gavin]] from Forth Heating has ordered the diverter valve; it should arrive early next week and I'll confirm the visit.
> Kind regards,
> [[PERSON:Shona Baird]] | Property Manager
> Harbourside Lettings | [[ADDRESS:41 Constitution Street]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH6 7BG]] | 0131 555 0182
>
>> On [[DATE_TIME:9 Jan 2025]], [[PERSON:Tomasz Wierzbicki]] <[[EMAIL_ADDRESS:tomasz.wierzbicki@gmail.com]]> wrote:
>> The engineer came today but didn't fix it. Tenancy ref HL-20931.""",
    # CV, India
    """CURRICULUM VITAE

[[PERSON:Aditi Venkatesh Iyer]]
[[ADDRESS:Flat 302, Lakeview Residency, 14th Main Road]], [[LOCATION:HSR Layout]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560102]]
Mobile: [[PHONE_NUMBER:+91 99860 41827]] | Email: [[EMAIL_ADDRESS:aditi.iyer.dev@gmail.com]]
[[URL:https://www.linkedin.com/in/aditi-v-iyer]] | [[URL:https://github.com/aditi-iyer]]
Date of birth: [[DATE_TIME:11 November 1994]] | Nationality: [[NRP:Indian]]

PROFILE
Backend engineer with seven years in payments (UPI, card switching, reconciliation). Java, Go, Kafka, PostgreSQL.

EXPERIENCE
Senior Software Engineer, Razorpay, [[LOCATION:Bengaluru]] — [[DATE_TIME:Jul 2021]] to present
  Led the settlement service rewrite; cut reconciliation time from 6 h to 40 min.
Software Engineer, Infosys, [[LOCATION:Mysuru]] — [[DATE_TIME:Aug 2017]] to [[DATE_TIME:Jun 2021]]
  Built batch jobs for a UK retail bank's card disputes platform.

EDUCATION
B.Tech, Computer Science, NIT Tiruchirappalli, 2013–2017, CGPA 8.7

REFERENCES
[[PERSON:Prof. S. Raghavan]], NIT Trichy, [[EMAIL_ADDRESS:sraghavan@nitt.edu]]
[[PERSON:Meera Krishnan]], Engineering Manager, Razorpay, [[PHONE_NUMBER:+91 98450 22617]]""",
    # HL7 v2 ADT message
    r"""MSH|^~\&|ADT1|STMARYS|LABSYS|STMARYS||ADT^A01|MSG00417|P|2.5.1
EVN|A01|
PID|1||[[ID_NUMBER:MRN7741820]]^^^STM^MR||[[PERSON:KOWALCZYK]]^[[PERSON:ANNA]]^[[PERSON:MARIA]]^^[[TITLE:MRS]]||[[DATE_TIME:19670422]]|F|||[[ADDRESS:44 ELM GROVE]]^[[ADDRESS:APT 3]]^[[LOCATION:HAMILTON]]^[[LOCATION:ON]]^[[ZIP_CODE:L8S 1K4]]^[[LOCATION:CAN]]||[[PHONE_NUMBER:(905)555-0148]]|||M|[[NRP:CAT]]
NK1|1|[[PERSON:KOWALCZYK]]^[[PERSON:PIOTR]]|SPO||[[PHONE_NUMBER:(905)555-0192]]
PV1|1|I|4WEST^412^B|E|||[[ID_NUMBER:104418]]^[[PERSON:NAKAMURA]]^[[PERSON:KEN]]^^^[[TITLE:DR]]|||MED||||7||||||||||||||||||||||||||[[DATE_TIME:20250311]]
AL1|1|DA|PCN^Penicillin|SV|Rash""",
    # FHIR Patient resource
    """{
  "resourceType": "Patient",
  "id": "3f9c1a7e-52b4-4e0b-9d61-8a2f0c4417d2",
  "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID_NUMBER:6381204478]]"}],
  "name": [{"use": "official", "family": "[[PERSON:Adebayo]]", "given": ["[[PERSON:Oluwadamilare]]", "[[PERSON:James]]"], "prefix": ["[[TITLE:Mr]]"]}],
  "telecom": [
    {"system": "phone", "value": "[[PHONE_NUMBER:07700 900733]]", "use": "mobile"},
    {"system": "email", "value": "[[EMAIL_ADDRESS:dami.adebayo@gmail.com]]"}
  ],
  "gender": "male",
  "birthDate": "[[DATE_TIME:1999-01-23]]",
  "address": [{"line": ["[[ADDRESS:Flat 7]]", "[[ADDRESS:23 Canterbury Road]]"], "city": "[[LOCATION:Croydon]]", "postalCode": "[[ZIP_CODE:CR0 3HE]]", "country": "[[LOCATION:GB]]"}],
  "generalPractitioner": [{"display": "[[PERSON:Dr Shreya Patel]]"}],
  "contact": [{"relationship": [{"text": "mother"}], "name": {"text": "[[PERSON:Folake Adebayo]]"}, "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:07956 441827]]"}]}]
}""",
    # XML customer export
    """<customers exported="true" source="crm-eu">
  <customer id="[[ID_NUMBER:C-0041827]]">
    <title>[[TITLE:Mrs]]</title>
    <firstName>[[PERSON:Gwen]]</firstName>
    <lastName>[[PERSON:Ellery-Park]]</lastName>
    <dob>[[DATE_TIME:1971-12-08]]</dob>
    <email>[[EMAIL_ADDRESS:gwen.ellerypark@btinternet.com]]</email>
    <phone type="mobile">[[PHONE_NUMBER:+44 7700 900512]]</phone>
    <address>
      <line1>[[ADDRESS:The Old Forge]]</line1>
      <line2>[[ADDRESS:Back Lane]]</line2>
      <town>[[LOCATION:Much Wenlock]]</town>
      <county>[[LOCATION:Shropshire]]</county>
      <postcode>[[ZIP_CODE:TF13 6AP]]</postcode>
    </address>
    <payment><iban>[[IBAN_CODE:GB70 LOYD 3094 5755 2019 38]]</iban><mandateRef>DD-88120</mandateRef></payment>
  </customer>
  <customer id="[[ID_NUMBER:C-0041828]]">
    <title>[[TITLE:Mx]]</title>
    <firstName>[[PERSON:Robin]]</firstName>
    <lastName>[[PERSON:Achebe-Strand]]</lastName>
    <dob>[[DATE_TIME:1990-05-30]]</dob>
    <email>[[EMAIL_ADDRESS:robin.as@proton.me]]</email>
    <address><line1>[[ADDRESS:14 Queen's Parade]]</line1><town>[[LOCATION:Bath]]</town><postcode>[[ZIP_CODE:BA1 2NJ]]</postcode></address>
    <payment><card>[[CREDIT_CARD:4556 7300 9981 2374]]</card><expiry>11/27</expiry></payment>
  </customer>
</customers>""",
]

DOC += [
    # building society statement
    """Northgate Building Society — Statement of Account
Account holders: [[PERSON:Mr Kieran O'Donovan]] & [[PERSON:Mrs Aisling O'Donovan]]
[[ADDRESS:27 Larkfield Grove]], [[LOCATION:Harold's Cross]], [[LOCATION:Dublin 6W]], [[ZIP_CODE:D6W 2H84]]
IBAN: [[IBAN_CODE:IE04 AIBK 9320 8844 1827 30]]    BIC: AIBKIE2D
Statement no. 14, period 01/02/2025 – 28/02/2025

Date    Description                                   Out        In         Balance
03 Feb  SEPA CT to [[PERSON:M. Brennan]] ref RENT FEB      1,650.00              3,210.44
05 Feb  Card 4417 Tesco Rathmines                       84.12               3,126.32
10 Feb  Salary HSE PAYROLL                                          3,412.80   6,539.12
14 Feb  Revolut top-up @[[USERNAME:kierano88]]               200.00               6,339.12
18 Feb  SEPA CT from [[PERSON:Aisling O'Donovan]]                         500.00   6,839.12
24 Feb  SEPA CT to [[IBAN_CODE:IE45 BOFI 9048 2741 1820 36]] ([[PERSON:Shauna Quirke]], creche)   720.00   6,119.12

Questions? Call us on 1850 443 221 or visit any branch.""",
    # log file with user data
    """[09:14:02] INFO  auth: login ok user=[[USERNAME:jmaalouf]] ip=[[IP_ADDRESS:10.20.4.117]] ua="Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0"
[09:14:09] INFO  api: GET /api/v2/users/[[ID_NUMBER:558120]]/profile 200 user=[[USERNAME:jmaalouf]] 41ms
[09:15:40] WARN  billing: card declined for customer [[PERSON:Joelle Maalouf]] <[[EMAIL_ADDRESS:joelle.maalouf@gmail.com]]> card=**** **** **** 0419 code=05
[09:17:03] INFO  auth: login failed user=admin ip=[[IP_ADDRESS:45.155.205.233]] attempts=12
[09:21:55] INFO  export: user [[USERNAME:rkapoor]] downloaded Q1-sales.xlsx from [[IP_ADDRESS:fe80::1c2e:44ff:fe18:2a9b]]
[09:22:10] ERROR mailer: bounce for [[EMAIL_ADDRESS:t.nakashima@example-corp.jp]] (550 5.2.2 mailbox full)
[09:30:00] INFO  cron: svc_backup finished in 412s, build 4.18.2
[09:31:17] INFO  support: ticket #88412 opened by [[PERSON:Ruth Adeyemi]] phone=[[PHONE_NUMBER:+44 20 7946 0321]]
[09:33:45] DEBUG geo: [[IP_ADDRESS:81.2.69.160]] -> [[LOCATION:London]], [[LOCATION:GB]] (asn 20712)""",
    # support ticket with history
    """Ticket #CS-2291840 — Status: Pending customer
Customer: [[PERSON:Ngaio Whitfield]] | Account: [[ID_NUMBER:7730-4418-22]] | Phone: [[PHONE_NUMBER:+64 21 044 1827]] | Email: [[EMAIL_ADDRESS:ngaio.whitfield@gmail.com]]
Service address: [[ADDRESS:18 Kauri Street]], [[LOCATION:Te Aro]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]]
Plan: Fibre 300, ONT serial ZTEG4418C027

History
[[DATE_TIME:03/02/2025]] — Customer called: fibre drops every evening around 8pm. Agent [[PERSON:Sione]] ran a line test, no fault found.
[[DATE_TIME:06/02/2025]] — Customer emailed photos of the ONT lights. Escalated to L2.
[[DATE_TIME:10/02/2025]] — Tech [[PERSON:Hemi Walker]] visited and replaced the ONT. Customer's flatmate [[PERSON:Ruby]] let him in.
[[DATE_TIME:14/02/2025]] — Customer reports it is still dropping and asks for a credit. [[PERSON:Sione]] applied a $40 credit.
Next action: call the customer back on [[DATE_TIME:18/02/2025]] after 5pm.""",
    # auto loss notice, US
    """AUTO LOSS NOTICE
Policy number: PAP-4418-2207
Insured: [[PERSON:Cheyenne Redcloud]]    DOB: [[DATE_TIME:07/30/1988]]    Phone: [[PHONE_NUMBER:(505) 555-0114]]
Address: [[ADDRESS:1209 Calle del Sol]], [[LOCATION:Santa Fe]], [[LOCATION:NM]] [[ZIP_CODE:87505]]
Driver's license: NM [[US_DRIVER_LICENSE:044182739]]
Vehicle: 2019 Subaru Outback, VIN 4S4BSANC5K3284417, plate [[ID_NUMBER:BKT 418]]
Date of loss: [[DATE_TIME:02/22/2025]]    Time: approx. 7:45 AM
Location: I-25 northbound near exit 282
Description: The other vehicle merged into my lane and clipped my rear bumper. We pulled over at the next exit and swapped details.
Other party: [[PERSON:Dustin Carver]], [[PHONE_NUMBER:(505) 555-0179]], plate [[ID_NUMBER:7KLP22]]
Witness: [[PERSON:Marisol Chee]], [[EMAIL_ADDRESS:mchee505@gmail.com]]
Police report: SFPD case 25-004418
Injuries: none. Passenger: my son [[PERSON:Eli]], [[AGE:9]], unhurt.
Signature: [[PERSON:Cheyenne Redcloud]]    Date: [[DATE_TIME:02/23/2025]]""",
    # family court judgment
    """IN THE FAMILY COURT AT BRISTOL                                  Case No: BS24P01182
Before: [[TITLE:HHJ]] [[PERSON:Morrow]]
Re [[PERSON:L]] (A Child)
Between: [[TITLE:MR]] [[PERSON:DANIEL CROSSLEY]] (Applicant) and [[TITLE:MS]] [[PERSON:REBECCA ANNE TILLOTSON]] (Respondent)
Hearing dates: [[DATE_TIME:3-4 March 2025]]
Judgment handed down: [[DATE_TIME:18 March 2025]]

1. This is the father's application for a child arrangements order for [[PERSON:L]], who is [[AGE:six]]. [[PERSON:L]] lives with her mother in [[LOCATION:Clifton]].
2. The father lives in [[LOCATION:Swindon]] with his partner, [[PERSON:Ms Jade Harker]], and her son.
3. I heard from both parents, from the Cafcass officer, [[PERSON:Mr Paul Ndiaye]], and from the maternal grandmother, [[PERSON:Mrs Carol Tillotson]].
4. The parents separated in [[DATE_TIME:August 2022]]. Contact was regular until the summer of 2024.
5. The welfare checklist in s.1(3) of the Children Act 1989 applies; I have also had regard to [[PERSON:Payne]] v [[PERSON:Payne]] [2001] EWCA Civ 166 on the mother's proposed move.
6. Order: [[PERSON:L]] will spend alternate weekends with her father, from Friday after school until 5 pm on Sunday, starting on [[DATE_TIME:4 April 2025]].""",
    # residents' association minutes
    """RIVERSIDE GARDENS RESIDENTS' ASSOCIATION
Minutes of the AGM held on Thursday [[DATE_TIME:6 February 2025]] at 7:30 pm in the community room

Present: [[PERSON:Margaret Osei]] (Chair), [[PERSON:Dev Malhotra]] (Treasurer), [[PERSON:Lucy Fenwick]] (Secretary), [[PERSON:Ivan Petrenko]] (Flat 14), [[PERSON:Bridget O'Hare]] (Flat 3), [[PERSON:Sam Kwok]] (Flat 22) and nine other residents.
Apologies: [[PERSON:Tony Birch]], [[PERSON:Joy Adamu]].

1. The minutes of the meeting of [[DATE_TIME:7 November 2024]] were approved.
2. Treasurer's report: balance £2,418.60. [[PERSON:Dev]] noted two flats are behind on the garden levy.
3. Repairs: the lift in Block B failed three times in January; the managing agent has promised an engineer. [[PERSON:Ivan]] reported damp in his bathroom again.
4. AOB: [[PERSON:Bridget]] asked that her new number, [[PHONE_NUMBER:07403 118 926]], be added to the residents' WhatsApp group.
5. Date of next meeting: [[DATE_TIME:8 May 2025]].

Minutes taken by [[PERSON:Lucy Fenwick]], [[EMAIL_ADDRESS:lucy.fenwick@outlook.com]]""",
    # personal loan application, Australia
    """PERSONAL LOAN APPLICATION
Applicant 1: [[PERSON:Mr Nathaniel Kerr]]    DOB [[DATE_TIME:03/11/1986]]    Age [[AGE:38]]
Applicant 2: [[PERSON:Ms Priya Kerr]] (née [[PERSON:Sharma]])    DOB [[DATE_TIME:27/06/1988]]
Residential address: [[ADDRESS:46 Wattle Grove]], [[LOCATION:Mawson Lakes]] [[LOCATION:SA]] [[ZIP_CODE:5095]] (owner, 6 yrs)
Previous address: [[ADDRESS:Unit 2/9 Prospect Rd]], [[LOCATION:Prospect]] [[LOCATION:SA]] [[ZIP_CODE:5082]]
Contact: [[PHONE_NUMBER:0412 884 201]] / [[EMAIL_ADDRESS:nat.kerr@internode.on.net]]
Driver licence: SA [[ID_NUMBER:SB4418207]]    Medicare: [[ID_NUMBER:3041 88279 1]]
Employment: Applicant 1 — electrician, SA Power Networks, since [[DATE_TIME:March 2014]]; Applicant 2 — pharmacist, Chemist Warehouse, since [[DATE_TIME:Jan 2019]]
Dependants: 2 (aged [[AGE:7]] and [[AGE:4]])
Purpose: solar panels and home battery, $18,500 over 5 years
Repayment account: BSB 105-029, account [[ID_NUMBER:448 217 390]]
Signed: [[PERSON:N. Kerr]], [[PERSON:P. Kerr]]    Date: [[DATE_TIME:12/02/2025]]""",
    # school report, New Zealand
    """End of Year Report — Year 8
Student: [[PERSON:Tamati Rewi-Hughes]]    Date of birth: [[DATE_TIME:12 May 2012]]    NSN: [[ID_NUMBER:143882093]]
Teacher: [[PERSON:Ms Anahera Cole]]    Room 11

[[PERSON:Tamati]] has had a great year. He is [[AGE:12]] and already one of the calmest leaders in our kapa haka group. In maths he is working at curriculum level 4 and his reading age is 13.5. He represented the school at the Northland athletics day in [[LOCATION:Kaitaia]] and came second in the 800 m.
Next steps: [[PERSON:Tamati]] should keep a reading log over the holidays and practise his times tables.

Attendance: 92%
Parent/caregiver: [[PERSON:Hine Rewi]] ([[PHONE_NUMBER:027 441 8822]], [[EMAIL_ADDRESS:hine.rewi@gmail.com]])
Your parent–teacher interview is on Wednesday [[DATE_TIME:4 December]] at 3:40 pm.
Principal: [[PERSON:Mr Graeme Tuck]]""",
    # residential tenancy agreement, Ireland
    """RESIDENTIAL TENANCY AGREEMENT
Landlord: [[PERSON:Declan Moriarty]], [[ADDRESS:Glenview House, Ballinlough Road]], [[LOCATION:Cork]], [[ZIP_CODE:T12 KX44]]
Tenants: [[PERSON:Beatriz Sousa]] (PPSN [[ID_NUMBER:6620418V]]) and [[PERSON:Arjun Nair]] (PPSN [[ID_NUMBER:8104927I]])
Property: [[ADDRESS:Apartment 7, Millbrook Court, Commons Road]], [[LOCATION:Blackpool]], [[LOCATION:Cork]], [[ZIP_CODE:T23 E6P9]]
Term: twelve months from [[DATE_TIME:1 March 2025]] to [[DATE_TIME:28 February 2026]].
Rent: €1,850 per month, payable in advance on the first day of each month by standing order to [[IBAN_CODE:IE53 IPBS 9906 2041 8277 50]].
Deposit: €1,850, returned within 14 days of the end of the tenancy less any deductions for damage beyond normal wear and tear.
The Tenants shall not keep pets without the Landlord's written consent. The Landlord shall register the tenancy with the RTB within one month.
Emergency repairs: contact the Landlord on [[PHONE_NUMBER:086 221 4418]].

Signed: [[PERSON:Declan Moriarty]] [[DATE_TIME:20/02/2025]]    [[PERSON:Beatriz Sousa]] [[DATE_TIME:20/02/2025]]    [[PERSON:Arjun Nair]] [[DATE_TIME:21/02/2025]]""",
    # GP referral letter, Australia
    """Sturt Street Medical
[[DATE_TIME:4 March 2025]]

[[PERSON:Dr Rohan Pillai]]
Consultant Rheumatologist
[[ADDRESS:Suite 3, 202 Drummond Street North]]
[[LOCATION:Ballarat Central]] [[LOCATION:VIC]] [[ZIP_CODE:3350]]

Dear [[PERSON:Rohan]],

Re: [[PERSON:Mrs Colleen Fitzpatrick]], DOB [[DATE_TIME:19/01/1958]], [[ADDRESS:8 Lydiard Street South]], [[LOCATION:Ballarat]] [[ZIP_CODE:3350]]; ph [[PHONE_NUMBER:0409 227 518]]

Thank you for seeing [[PERSON:Colleen]], a [[AGE:67]]-year-old retired teacher with a four-month history of symmetrical small-joint polyarthritis and morning stiffness of about two hours. CRP 31, RF positive, anti-CCP pending. Her sister [[PERSON:Maureen]] has rheumatoid arthritis. I have started prednisolone 10 mg daily and would appreciate your advice on DMARDs.

Yours sincerely,
[[PERSON:Dr Sophie Lanigan]]
Prescriber no. [[ID_NUMBER:2441827]]""",
    # HR email thread, India
    """From: [[PERSON:Sneha Kulkarni]] <[[EMAIL_ADDRESS:sneha.kulkarni@vertexsoft.in]]>
To: [[PERSON:Imran Sheikh]] <[[EMAIL_ADDRESS:imran.sheikh@vertexsoft.in]]>
Cc: hr-ops@vertexsoft.in
Subject: Relieving letter and F&F settlement

Hi [[PERSON:Imran]],

Your last working day is confirmed as [[DATE_TIME:31st March 2025]]. The full and final settlement will be credited to your salary account ([[ID_NUMBER:50100441827390]], IFSC HDFC0001234) within 45 days. Please hand your laptop (asset tag VS-LT-0882) to [[PERSON:Ravi]] at the [[LOCATION:Pune]] office. For the PF transfer we have your UAN [[ID_NUMBER:100441827395]] and PAN [[ID_NUMBER:BKSPS4418L]].

Regards,
[[PERSON:Sneha Kulkarni]] | HR Business Partner | Vertex Software Pvt Ltd
[[ADDRESS:4th Floor, Tower B, Panchshil Tech Park]], [[LOCATION:Yerwada]], [[LOCATION:Pune]] [[ZIP_CODE:411006]]

On Mon, [[DATE_TIME:10 Mar 2025]] at 18:02, [[PERSON:Imran Sheikh]] wrote:
> Hi [[PERSON:Sneha]], please send the relieving letter to my personal email, [[EMAIL_ADDRESS:imran.sk91@gmail.com]]. My new address is [[ADDRESS:B-12, Shivneri Society, Baner Road]], [[LOCATION:Pune]] [[ZIP_CODE:411045]].
> Thanks, [[PERSON:Imran]]""",
    # workplace incident report, Canada
    """WORKPLACE INCIDENT REPORT
Employee: [[PERSON:Liam Desjardins-Kaur]]    Employee #: [[ID_NUMBER:88-4172]]    DOB: [[DATE_TIME:1993-09-05]]    Age: [[AGE:31]]
Home: [[ADDRESS:3307 Kingsway, Unit 5]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V5R 5K7]]    Phone: [[PHONE_NUMBER:604-555-0133]]
BC PHN: [[ID_NUMBER:9087 441 821]]
Date of incident: [[DATE_TIME:2025-02-19]] at 14:20, Warehouse 2, bay 17
Description: While unloading a pallet of tiles, the employee's left hand was caught between the pallet and the racking upright. First aid was given by [[PERSON:Teresa Guzmán]] (OFA Level 2). A co-worker, [[PERSON:Bao Tran]], drove him to Vancouver General.
Injury: suspected fracture of the 4th metacarpal; splinted at the ER.
Supervisor: [[PERSON:Greg Halvorsen]]    Reported to WorkSafeBC: [[DATE_TIME:2025-02-20]] (claim 4418207)
Return to work on modified duties expected [[DATE_TIME:2025-03-10]].""",
    # visa invitation letter, UK / Nigeria
    """[[ADDRESS:14 Elmwood Avenue]]
[[LOCATION:Leicester]]
[[ZIP_CODE:LE2 3FH]]

[[DATE_TIME:10 January 2025]]

Entry Clearance Officer
UK Visas and Immigration

Dear Sir or Madam,

Re: Invitation for [[PERSON:Mrs Folasade Ogunleye]] (passport no. [[ID_NUMBER:B03318274]], DOB [[DATE_TIME:21/04/1962]])

I, [[PERSON:Dr Adewale Ogunleye]], a [[NRP:British]] citizen, write to invite my mother, [[PERSON:Mrs Folasade Ogunleye]] of [[ADDRESS:12 Bode Thomas Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]], [[LOCATION:Nigeria]], to visit me from [[DATE_TIME:15 March]] to [[DATE_TIME:30 April 2025]] for the christening of my daughter, [[PERSON:Morenike]]. She will stay with my family at the address above, and I will cover all her costs. I enclose a copy of my passport ([[ID_NUMBER:548812730]]) and my last three payslips.

Yours faithfully,
[[PERSON:Dr Adewale Ogunleye]]
[[PHONE_NUMBER:07788 204 519]] | [[EMAIL_ADDRESS:wale.ogunleye@nhs.net]]""",
    # obituary
    """[[PERSON:Margaret]] "[[PERSON:Peggy]]" [[PERSON:Ann Doucette]] (née [[PERSON:LeBlanc]]), [[AGE:91]], of [[LOCATION:Yarmouth]], [[LOCATION:Nova Scotia]], passed away peacefully on [[DATE_TIME:February 9, 2025]] at Villa St. Joseph. Born [[DATE_TIME:May 2, 1933]] in [[LOCATION:Wedgeport]], she was the daughter of the late [[PERSON:Alphonse]] and [[PERSON:Marie LeBlanc]]. She is survived by her son [[PERSON:Paul]] ([[PERSON:Linda]]) of [[LOCATION:Halifax]], her daughter [[PERSON:Claire Surette]] of [[LOCATION:Moncton]], and six grandchildren. She was predeceased by her husband, [[PERSON:Edmond]], in 2011. Peggy taught at the one-room school in [[LOCATION:Pinkney's Point]] for thirty years and never missed a Saturday bean supper.
Visitation will be held on Friday [[DATE_TIME:February 14]] from 2 to 4 pm at Sweeny's Funeral Home, [[ADDRESS:31 Forest Street]], with a funeral Mass on [[DATE_TIME:February 15]] at St. Ambrose Cathedral. Donations may be made to the Yarmouth Regional Hospital Foundation.""",
    # airline PNR
    """RP/LON1A0980/LON1A0980            AA/SU   7XK4QD
  1.[[PERSON:OKONJO]]/[[PERSON:CHIDINMA]] [[TITLE:MS]]   2.[[PERSON:OKONJO]]/[[PERSON:EMEKA]] [[TITLE:MSTR]](CHD/[[DATE_TIME:14MAR17]])
  3  BA 075 Y [[DATE_TIME:12APR]] 6 LHRLOS HK2  1015 1640
  4  BA 074 Y [[DATE_TIME:28APR]] 1 LOSLHR HK2  2255 0520+1
  5 APM [[PHONE_NUMBER:+447956118204]]
  6 APE [[EMAIL_ADDRESS:CHIDINMA.OKONJO//GMAIL.COM]]
  7 SSR DOCS BA HK1 P/GBR/[[ID_NUMBER:562019384]]/GBR/[[DATE_TIME:03JUN84]]/F/22AUG31/[[PERSON:OKONJO]]/[[PERSON:CHIDINMA]]/P1
  8 SSR DOCS BA HK1 P/GBR/[[ID_NUMBER:581120447]]/GBR/[[DATE_TIME:14MAR17]]/M/12NOV29/[[PERSON:OKONJO]]/[[PERSON:EMEKA]]/P2
  9 SSR FQTV BA HK/ [[ID_NUMBER:BA44182073]]/P1
 10 TK OK/LON1A0980""",
]

DOC += [
    # German: hospital discharge letter
    """Klinikum am Weinberg · Medizinische Klinik II · [[ADDRESS:Weinbergstraße 12]] · [[ZIP_CODE:70184]] [[LOCATION:Stuttgart]]

[[TITLE:Herrn]]
[[TITLE:Dr. med.]] [[PERSON:Florian Kessler]]
Hausarztpraxis
[[ADDRESS:Hauptstraße 48]]
[[ZIP_CODE:71229]] [[LOCATION:Leonberg]]

[[LOCATION:Stuttgart]], den [[DATE_TIME:21.02.2025]]

Arztbrief über [[TITLE:Frau]] [[PERSON:Ingeborg Schäfer-Lutz]], geb. [[DATE_TIME:03.08.1946]], wohnhaft [[ADDRESS:Gartenweg 7]], [[ZIP_CODE:71229]] [[LOCATION:Leonberg]], Versichertennummer [[ID_NUMBER:S184427399]]
Stationärer Aufenthalt vom [[DATE_TIME:12.02.]] bis [[DATE_TIME:20.02.2025]]

Sehr geehrter Herr Kollege [[PERSON:Kessler]],

wir berichten über Ihre [[AGE:78]]-jährige Patientin, die mit Dyspnoe NYHA III und ausgeprägten Beinödemen aufgenommen wurde.
Diagnosen: dekompensierte Herzinsuffizienz bei HFrEF (LVEF 30 %), Vorhofflimmern, CKD G3a.
Verlauf: Rekompensation unter i.v. Furosemid, Gewichtsabnahme 4,2 kg. Die Tochter, [[TITLE:Frau]] [[PERSON:Katrin Lutz]] (Tel. [[PHONE_NUMBER:0711 4418 2730]]), wurde über die Entlassung informiert.
Wiedervorstellung in unserer Herzinsuffizienz-Ambulanz am [[DATE_TIME:17.03.2025]].

Mit freundlichen kollegialen Grüßen
[[TITLE:Prof.]] [[PERSON:Dr. Ulrich Brandt]]          [[PERSON:Dr. Selin Aksoy]]
Chefarzt                           Assistenzärztin""",
    # French: email thread with a managing agent
    """De : [[PERSON:Hélène Marchand]] <[[EMAIL_ADDRESS:helene.marchand@free.fr]]>
À : Cabinet Ravel Gestion <syndic@ravel-gestion.fr>
Date : [[DATE_TIME:3 mars 2025]] 10:47
Objet : Re: Infiltration appartement 4B — [[ADDRESS:18 rue Oberkampf]]

Bonjour [[TITLE:Monsieur]] [[PERSON:Ravel]],

Je reviens vers vous au sujet de l'infiltration dans mon appartement (4e étage, porte B) au [[ADDRESS:18 rue Oberkampf]], [[ZIP_CODE:75011]] [[LOCATION:Paris]]. Mon voisin du dessus, [[TITLE:M.]] [[PERSON:Julien Tessier]], m'a confirmé que le plombier est passé le [[DATE_TIME:27 février]], mais la tache s'agrandit. Pouvez-vous mandater l'entreprise avant notre assemblée générale du [[DATE_TIME:20 mars]] ?
Vous pouvez me joindre au [[PHONE_NUMBER:06 71 44 18 27]].

Cordialement,
[[PERSON:Hélène Marchand]]

Le [[DATE_TIME:24 févr. 2025]] à 09:15, [[PERSON:Olivier Ravel]] <[[EMAIL_ADDRESS:o.ravel@ravel-gestion.fr]]> a écrit :
> [[TITLE:Madame]] [[PERSON:Marchand]],
> Nous avons bien reçu votre déclaration de sinistre n° 2025-0418. L'assureur de l'immeuble enverra un expert.
> Bien à vous,
> [[PERSON:Olivier Ravel]] — Cabinet Ravel Gestion, [[ADDRESS:42 boulevard Voltaire]], [[ZIP_CODE:75011]] [[LOCATION:Paris]] — 01 43 55 18 20""",
    # Spanish: police complaint
    """DENUNCIA — Atestado n.º 4418/25

En [[LOCATION:Madrid]], a [[DATE_TIME:8 de marzo de 2025]], comparece [[TITLE:D.]] [[PERSON:Álvaro Ruiz Montenegro]], con DNI [[ID_NUMBER:17530482C]], nacido el [[DATE_TIME:14/10/1979]] en [[LOCATION:Zaragoza]], hijo de [[PERSON:José]] y de [[PERSON:Pilar]], con domicilio en [[ADDRESS:Calle de Fuencarral 127, 3.º izda.]], [[ZIP_CODE:28010]] [[LOCATION:Madrid]] y teléfono [[PHONE_NUMBER:655 41 82 73]], quien MANIFIESTA:

PRIMERO. Que el día [[DATE_TIME:7 de marzo]], sobre las 22:00 horas, al salir de la estación de metro de Bilbao, un individuo de unos [[AGE:25]] años le sustrajo la cartera, que contenía su DNI, el permiso de conducir y la tarjeta [[CREDIT_CARD:4508 7551 3326 1808]].
SEGUNDO. Que ha bloqueado la tarjeta llamando al teléfono de su banco, 900 811 011.
TERCERO. Que una testigo, [[TITLE:Dña.]] [[PERSON:Marta Gil Ocaña]], con teléfono [[PHONE_NUMBER:612 90 44 18]], presenció los hechos.

Firma el denunciante: [[PERSON:Álvaro Ruiz Montenegro]]""",
    # Italian: European-format CV
    """CURRICULUM VITAE — Formato europeo

INFORMAZIONI PERSONALI
Nome: [[PERSON:Federica Colombo]]
Indirizzo: [[ADDRESS:Via Paolo Sarpi 41]], [[ZIP_CODE:20154]] [[LOCATION:Milano]]
Telefono: [[PHONE_NUMBER:+39 339 418 2270]]
E-mail: [[EMAIL_ADDRESS:federica.colombo88@gmail.com]]
Nazionalità: [[NRP:italiana]]
Data di nascita: [[DATE_TIME:29/02/1988]]

ESPERIENZA LAVORATIVA
[[DATE_TIME:Settembre 2019]] – oggi: Responsabile marketing, Ermenegildo Zegna Group, [[LOCATION:Trivero]]
[[DATE_TIME:Marzo 2014]] – [[DATE_TIME:Agosto 2019]]: Brand manager, Ferrero, [[LOCATION:Alba]]

ISTRUZIONE
2007–2012: Laurea magistrale in Economia e Management, Università Bocconi

LINGUE: inglese C1, tedesco B1. PATENTE: B.
Autorizzo il trattamento dei dati personali ai sensi del Reg. UE 2016/679.""",
    # Brazilian Portuguese: residential lease
    """CONTRATO DE LOCAÇÃO RESIDENCIAL

LOCADOR: [[PERSON:Roberto Almeida Prado]], [[NRP:brasileiro]], casado, engenheiro, CPF [[ID_NUMBER:419.027.835-14]], residente na [[ADDRESS:Rua Padre Chagas, 415, apto 1101]], [[LOCATION:Moinhos de Vento]], [[LOCATION:Porto Alegre]]/[[LOCATION:RS]], CEP [[ZIP_CODE:90570-080]].
LOCATÁRIA: [[PERSON:Juliana Ferraz Okamoto]], [[NRP:brasileira]], solteira, designer, CPF [[ID_NUMBER:883.140.276-50]], RG [[ID_NUMBER:7041827395]].
IMÓVEL: [[ADDRESS:Rua Fernandes Vieira, 220, apto 503]], [[LOCATION:Bom Fim]], [[LOCATION:Porto Alegre]]/[[LOCATION:RS]], CEP [[ZIP_CODE:90035-091]].
PRAZO: 30 meses, com início em [[DATE_TIME:1º de abril de 2025]] e término em [[DATE_TIME:30 de setembro de 2027]].
ALUGUEL: R$ 2.400,00 mensais, pagos até o dia 5 de cada mês por Pix para a chave [[PHONE_NUMBER:+55 51 99418-2736]].
FIADOR: [[PERSON:Kenji Okamoto]], CPF [[ID_NUMBER:057.318.422-48]].

[[LOCATION:Porto Alegre]], [[DATE_TIME:20 de março de 2025]].""",
    # Dutch: email thread with a housing association
    """Van: [[PERSON:Joost Hendriks]] <[[EMAIL_ADDRESS:joost.hendriks@ziggo.nl]]>
Aan: Klantenservice Woonstede <info@woonstede.nl>
Datum: [[DATE_TIME:17 februari 2025]] 14:05
Onderwerp: Re: Huurverhoging [[ADDRESS:Spoorstraat 33-bis]]

Geachte [[TITLE:mevrouw]] [[PERSON:Bakker]],

Dank voor uw antwoord. Ik ben het nog steeds niet eens met de huurverhoging van dit jaar: de cv-ketel is al twee winters defect en mijn huurcontract loopt sinds [[DATE_TIME:1 maart 2016]]. Mijn gegevens: [[ADDRESS:Spoorstraat 33-bis]], [[ZIP_CODE:6828 AM]] [[LOCATION:Arnhem]], klantnummer [[ID_NUMBER:WS-0441827]], tel. [[PHONE_NUMBER:06 28 44 18 27]].

Met vriendelijke groet,
[[PERSON:Joost Hendriks]]

Op [[DATE_TIME:12 feb 2025]] om 09:30 schreef [[PERSON:Annemiek Bakker]] <[[EMAIL_ADDRESS:a.bakker@woonstede.nl]]>:
> Beste [[TITLE:meneer]] [[PERSON:Hendriks]],
> De huurverhoging is berekend volgens de regels van de Rijksoverheid. U kunt bezwaar maken bij de Huurcommissie.
> Met vriendelijke groet,
> [[PERSON:Annemiek Bakker]] | Klantadviseur | Woonstede, [[ADDRESS:Velperweg 88]], [[ZIP_CODE:6824 HL]] [[LOCATION:Arnhem]]""",
    # Japanese: rirekisho (CV)
    """履歴書　[[DATE_TIME:2025年3月1日]]現在
ふりがな　[[PERSON:たかはし　ゆうき]]
氏名　[[PERSON:高橋　悠希]]
生年月日　[[DATE_TIME:平成8年7月14日]]生（満[[AGE:28]]歳）
現住所　〒[[ZIP_CODE:460-0008]]　[[LOCATION:愛知県]][[LOCATION:名古屋市]][[LOCATION:中区]][[ADDRESS:栄三丁目15番27号 サカエハイツ604]]
電話　[[PHONE_NUMBER:052-441-8273]]　携帯　[[PHONE_NUMBER:080-4418-2739]]
E-mail　[[EMAIL_ADDRESS:yuki.takahashi0714@gmail.com]]

学歴・職歴
[[DATE_TIME:平成27年3月]]　名古屋大学 工学部 機械・航空宇宙工学科 卒業
[[DATE_TIME:平成27年4月]]　トヨタ自動車株式会社 入社（生産技術部）
[[DATE_TIME:令和4年10月]]　株式会社デンソー 入社（現在に至る）

免許・資格
[[DATE_TIME:平成26年8月]]　普通自動車第一種運転免許 取得
[[DATE_TIME:令和2年6月]]　TOEIC 865点""",
]

# ---- chat: messaging, forums, support chats, call and voicemail transcripts ----

CHAT = [
    # WhatsApp family group
    """[19:02] Mum: has anyone got nan's new address for the card?? 🎂
[19:04] [[PERSON:Kayla]]: its [[ADDRESS:flat 9, 21 wellesley rd]], [[ZIP_CODE:ch65 0aq]] i think
[19:04] [[PERSON:Kayla]]: she's [[AGE:90]] on the [[DATE_TIME:3rd]]!!! cant believe it
[19:05] [[PERSON:Dan]]: its [[LOCATION:ellesmere port]] not chester btw
[19:07] Mum: thanks love. [[PERSON:Danny]] can you pick up auntie [[PERSON:jean]] on the way
[19:08] [[PERSON:Dan]]: yeh if she sends me her number again, lost my phone lol
[19:09] Mum: [[PHONE_NUMBER:07731 448 209]]
[19:09] Mum: party is sat the [[DATE_TIME:8th]] 2pm at the legion""",
    # Slack, handles as speaker labels
    """[[USERNAME:priya.n]]  10:14 AM
hey can someone add the new contractor to okta? [[PERSON:Mateus Carvalho]], [[EMAIL_ADDRESS:mateus.carvalho@devpartner.com.br]]
HelpdeskBot  APP  10:15 AM
Ticket IT-44182 created for @[[USERNAME:priya.n]]
[[USERNAME:jake_r]]  10:17 AM
on it. does he need vpn? if so i need his home ip for the allowlist
[[USERNAME:priya.n]]  10:18 AM
he said [[IP_ADDRESS:189.6.21.144]] (he's in [[LOCATION:Curitiba]])
[[USERNAME:jake_r]]  10:20 AM
done ✅ temp pw went by sms to [[PHONE_NUMBER:+55 41 99827-4410]]""",
    # Discord doxxing report
    """#mod-reports
[[USERNAME:ghostlemon]]: @Mods someone in #general posted this about [[USERNAME:zeph_04]] 👇
[[USERNAME:ghostlemon]]: "lmao [[PERSON:zeph]]'s real name is [[PERSON:Zephaniah Okoro]], lives at [[ADDRESS:44 Grange Rd]] in [[LOCATION:Thornton Heath]], he's like [[AGE:15]]"
[[USERNAME:modkat]]: deleted + banned the poster ([[USERNAME:xXtrashpandaXx]]). thx for flagging
[[USERNAME:modkat]]: @[[USERNAME:zeph_04]] dm me if u want us to report it to trust & safety
MEE6: [[USERNAME:xXtrashpandaXx]] has been banned. Reason: doxxing""",
    # SMS between flatmates
    """[[PERSON:Rosie]]: hiya!! can u send ur half of the electric? £63.40
me: yep what are ur details again
[[PERSON:Rosie]]: [[PERSON:R Lambert]], 20-45-77, [[ID_NUMBER:41882730]]
[[PERSON:Rosie]]: or just revolut me @[[USERNAME:rosiel]]
me: done 👍 also [[PERSON:Jas]]'s mate is staying fri-sun is that ok
[[PERSON:Rosie]]: ya np as long as he doesnt use all the hot water 😂""",
    # call-centre transcript, spoken numbers and spelled name
    """AGENT: Thanks for calling Northern Gas, you're speaking to [[PERSON:Callum]], can I take your name?
CALLER: yeah it's [[PERSON:Brenda]], [[PERSON:Brenda Haigh]], [[PERSON:H-A-I-G-H]]
AGENT: And the first line of the address and the postcode?
CALLER: [[ADDRESS:forty-two Scar Lane]], [[ZIP_CODE:H D three, four D Q]]
AGENT: Lovely. And a contact number?
CALLER: [[PHONE_NUMBER:oh seven eight double four, one two nine, five five oh]]
AGENT: And your date of birth for security?
CALLER: [[DATE_TIME:ninth of March, nineteen fifty-six]]
AGENT: Thank you, [[PERSON:Mrs Haigh]]. I can see the engineer is booked for Thursday the [[DATE_TIME:20th]], between eight and one.
CALLER: My son [[PERSON:Gary]] will be in, I'm at my sister's in [[LOCATION:Holmfirth]] that week.""",
    # voicemail transcript, practice number unlabeled
    """Voicemail (transcribed), 1 min 52 s:
"Hi, this message is for [[PERSON:Ifeoma]]. It's [[PERSON:Pat]] from Hollybank Dental. We need to move your appointment on the [[DATE_TIME:14th]], sorry about that, we can do Tuesday the [[DATE_TIME:eighteenth]] at ten past nine instead. If that doesn't suit, give us a ring back on oh one six one, four nine six, two two oh one. Oh, and [[PERSON:Dr Mahmood]] says can you bring your son [[PERSON:Chukwudi]]'s new NHS number, as it's changed since he moved over from [[LOCATION:Lagos]]. Thanks, bye.\"""",
    # Reddit post with reply
    """r/TenantAdvice · Posted by u/[[USERNAME:throwaway_flat_2b]]
Landlord keeping my whole deposit?? ([[LOCATION:Manchester]])
So I moved out of [[ADDRESS:2B, 118 Wilmslow Rd]] on [[DATE_TIME:Jan 31]] after 2 years. The landlord ([[PERSON:Mr Faraz]], he owns like 6 houses on this road) says the carpets are ruined and he's keeping the full £1,150. The check-in inventory literally says "worn". Deposit was protected with the DPS, cert DPS-4418273. What do I do?
Edit: my old flatmate [[PERSON:Aimee]] is going through the same thing with him
  └ u/[[USERNAME:LettingsLawyerUK]] · 14 pts: Raise a dispute with the DPS, it's free and he has to prove the damage.""",
    # Teams chat, HR
    """[[PERSON:Lucía Ferrer]]  09:41
Hi [[PERSON:Owen]], quick one – for [[PERSON:Ahmed]]'s visa letter I need his full name as on the passport + the passport no.
[[PERSON:Owen Gallagher]]  09:44
[[PERSON:Ahmed Nasser Al-Hashimi]], [[NRP:Jordanian]] passport [[ID_NUMBER:N0418273]], DOB [[DATE_TIME:2 Oct 1990]]
[[PERSON:Lucía Ferrer]]  09:45
and he started on?
[[PERSON:Owen Gallagher]]  09:45
[[DATE_TIME:6 Jan 2025]] 👍 £58k, based in [[LOCATION:Reading]]""",
    # Telegram scam
    """[[USERNAME:CryptoQueenAnna]]: Hello dear 🌹 my uncle works at an exchange, he can double your USDT in 48 hrs 💰
me: how
[[USERNAME:CryptoQueenAnna]]: just send 500 USDT (TRC20) to [[ID_NUMBER:TQ7xk2Vn9pL4wR8sD3fG6hJ1mZ5cB9yE4a]] and send screenshot
me: whats ur real name
[[USERNAME:CryptoQueenAnna]]: [[PERSON:Anna Petrova]], I am [[AGE:27]] from [[LOCATION:Kyiv]] but live in [[LOCATION:Dubai]] 😘 whatsapp me [[PHONE_NUMBER:+971 56 418 2207]]""",
    # support live chat
    """Chat started 14:02
Bot: Hi! I'm Ava, the virtual assistant. What's your order number?
You: 4418-2739-01
Bot: Thanks! Connecting you to an agent…
Agent ([[PERSON:Marguerite]]): Hi there, I can see order 4418-2739-01 was delivered yesterday to [[ADDRESS:17 Hadley Gardens]].
You: no!! i moved, it shouldve gone to [[ADDRESS:3 Cobden Mews]], [[LOCATION:Sheffield]] [[ZIP_CODE:S10 2QR]]. the account email is [[EMAIL_ADDRESS:jonny.t.walsh@gmail.com]]
Agent ([[PERSON:Marguerite]]): Thanks, [[PERSON:Jonny]]. I've opened a missing-parcel claim; you'll hear back within 48 hours.""",
    # dating app chat
    """[[PERSON:Theo]]: ok you're funny. drinks thurs?
[[PERSON:Nadia]]: 🙈 sure, the place on Stokes Croft?
[[PERSON:Theo]]: perfect. here's my number so we can get off this app [[PHONE_NUMBER:07468 220 193]]
[[PERSON:Nadia]]: saved! i'm @[[USERNAME:nadia.draws]] on insta if u wanna see the cat pics first lol
[[PERSON:Theo]]: haha ok following. im [[USERNAME:theo_climbs]]""",
    # parenting forum
    """Title: Nursery in [[LOCATION:Walthamstow]] refusing to give DD her cream?
Posted by [[USERNAME:tiredmumof3]]
DD is [[AGE:two]] and has eczema, DS is [[AGE:5]]. The manager, [[PERSON:Chantelle]], says they can't put the cream on without a pharmacy label even though it's just E45. We're at the one on Hoe St. Has anyone else had this??
Reply from [[USERNAME:BertieBassett]]: Yes, it's standard. Ask the GP to prescribe it and the label sorts it.""",
    # iMessage surprise party
    """[[PERSON:Marcus]]: ok so [[PERSON:Jess]] thinks we're going to dinner but it's at [[PERSON:Tasha]]'s — [[ADDRESS:2210 Fremont Ave S]], buzz 4
[[PERSON:Aaliyah]]: omg she's turning [[AGE:30]] 😭 ok what time
[[PERSON:Marcus]]: be there by 6:45, it's saturday the [[DATE_TIME:12th]]
[[PERSON:Aaliyah]]: venmo you for the cake? @[[USERNAME:MarcusDuBois-3]]
[[PERSON:Marcus]]: yep thx. DON'T tell [[PERSON:jess]] lol""",
    # WhatsApp with landlord
    """Landlord 🏠: Hi [[PERSON:Sipho]], the plumber [[PERSON:Johan]] will come tomorrow between 8 and 10 for the geyser
[[PERSON:Sipho]]: Thanks. Gate code is 4471#
Landlord 🏠: 👍 his number is [[PHONE_NUMBER:083 441 8207]] if he's late
[[PERSON:Sipho]]: also the march rent went from my wife's account, [[PERSON:Nomsa Dube]], FNB acc [[ID_NUMBER:62841730925]], just so you know who it is
Landlord 🏠: noted, thanks""",
    # ride-hailing chat, half address
    """Driver ([[PERSON:Abdi]]): Hi I'm here at the main entrance
Rider: hi! im round the side, [[ADDRESS:1140 W Pender]], the blue building 💙
Driver ([[PERSON:Abdi]]): ok 2 min
Rider: ty! were going to my sister's in [[LOCATION:Burnaby]] if that's ok""",
    # Twitch chat
    """[[USERNAME:sol_in_the_clouds]]: gg!!
[[USERNAME:Kaelthas_IRL]]: can u shoutout my bro [[USERNAME:t0mmy_b]] its his [[AGE:16]]th bday today 🎉
Nightbot: Follow the stream on socials! !socials
[[USERNAME:grannyGG]]: lol im [[AGE:67]] and still better than all of u
[[USERNAME:Kaelthas_IRL]]: @[[USERNAME:grannyGG]] respect 🫡""",
    # SMS from school
    """St Aidan's Primary: Dear parent, [[PERSON:Oscar Lindqvist]] was marked absent this morning. Please call the office on 01632 960418 or reply with the reason.
Reply: sorry he's got a temperature, he's been poorly since the [[DATE_TIME:4th]]. will keep him off till thurs. [[PERSON:Freya]] (his mum)""",
    # gaming voice transcript
    """[voice] [[USERNAME:Ravenclaw99]]: ok push B, push B
[voice] [[USERNAME:MoMo_Salah_fan]]: brb my mum's shouting "[[PERSON:AMIR]]!" lmao
[voice] [[USERNAME:Ravenclaw99]]: bro your real name is [[PERSON:Amir]]??
[voice] [[USERNAME:MoMo_Salah_fan]]: yeah and im from [[LOCATION:Luton]] what about it 😂
[voice] [[USERNAME:k1tsune]]: add me on steam btw [[ID_NUMBER:76561198044182739]]""",
    # nurses' group chat
    """[[PERSON:Grace O.]]: can anyone swap my night on wed [[DATE_TIME:12th]]? my daughter's graduation 🎓
[[PERSON:Bukola]]: i can do it if u take my long day on sun [[DATE_TIME:16th]]
[[PERSON:Grace O.]]: deal!! thank u [[PERSON:Bukky]] ❤️
[[PERSON:Mateo]]: fyi bay 3 bed 2, [[TITLE:mr]] [[PERSON:Pritchard]], [[AGE:94]], is end of life now, his son [[PERSON:Keith]] will stay overnight""",
    # marketplace chat, Cash App tag
    """[[PERSON:Carlos Mendoza]]: Is the stroller still available?
[[PERSON:Jenna Wozniak]]: yes! $80 firm
[[PERSON:Carlos Mendoza]]: ok can I pick up today? cash app ok? $[[USERNAME:carlosm87]]
[[PERSON:Jenna Wozniak]]: cash app works. I'm at [[ADDRESS:4417 N Kedzie]], 2nd floor, ring the bell that says [[PERSON:Wozniak]]
[[PERSON:Carlos Mendoza]]: omw 🚗 like 20 min""",
    # bank chat, full card typed by mistake
    """Customer: hi my card got swallowed at the atm on george st
Agent ([[PERSON:Priyesh]]): Sorry to hear that! For security, please don't type your full card number here.
Customer: oh its [[CREDIT_CARD:4008 3729 9105 6646]] sorry
Agent ([[PERSON:Priyesh]]): No worries, I've cancelled it. The new card will go to [[ADDRESS:12 Ashton Road]], is that still right?
Customer: yes thats me. thanks [[PERSON:priyesh]]""",
    # neighbourhood watch group
    """Neighbourhood Watch — [[LOCATION:Cheadle Hulme]] 🏡
[[PERSON:Gill]]: white van outside no. 41 for 3 hrs now, reg [[ID_NUMBER:MX19 KDT]]
[[PERSON:Ray]]: it's the plumber for [[PERSON:Pat Henderson]] at [[ADDRESS:39 Grove Lane]], relax 😂
[[PERSON:Gill]]: oh ok sorry!!
[[PERSON:Sandeep]]: while we're here, a parcel for [[PERSON:Amelia Frost]] at [[ADDRESS:47 Grove Lane]] got left at mine""",
    # broadband call, email and postcode spoken
    """AGENT: Can I take an email address to send the confirmation to?
CUSTOMER: yeah it's [[EMAIL_ADDRESS:tola dot b eighty-eight at gmail dot com]]
AGENT: And the full name on the account?
CUSTOMER: [[PERSON:Omotola Bankole]], that's [[PERSON:B-A-N-K-O-L-E]]
AGENT: And the postcode?
CUSTOMER: [[ZIP_CODE:S E fifteen, four T P]]
AGENT: Is that number [[ADDRESS:nine Rye Lane]]?
CUSTOMER: no, [[ADDRESS:flat 4, 112 Rye Lane]]
AGENT: Thank you. And a date of birth?
CUSTOMER: [[DATE_TIME:twenty-first of June eighty-eight]]""",
    # Mexican Spanish: WhatsApp
    """[[PERSON:Lupita]]: amiga ya llegaste??
[[PERSON:Fer]]: ya casi, voy en el metro 🚇
[[PERSON:Lupita]]: ok es en [[ADDRESS:Calle Orizaba 171, depto 3]], col. [[LOCATION:Roma Norte]]
[[PERSON:Fer]]: el cumple es de [[PERSON:Santi]] verdad? cuántos cumple
[[PERSON:Lupita]]: [[AGE:40]] 😱 no le digas que te dije jaja
[[PERSON:Fer]]: jaja ok. mi cel nuevo es [[PHONE_NUMBER:55 4418 2730]] por si me pierdo""",
    # French: SMS
    """[[PERSON:Maxime]] : t'es où ? le rdv chez le notaire c'est à 15h
[[PERSON:Chloé]] : j'arrive !! c'est bien au [[ADDRESS:12 place Bellecour]] ?
[[PERSON:Maxime]] : oui 3e étage. [[TITLE:Maître]] [[PERSON:Garnier]] veut aussi ta pièce d'identité et ton RIB
[[PERSON:Chloé]] : ok j'ai mon passeport. mon IBAN c'est [[IBAN_CODE:FR76 1027 8060 7600 0204 1930 130]] je te l'envoie au cas où
[[PERSON:Maxime]] : 👍 ma mère arrive de [[LOCATION:Villeurbanne]] aussi""",
    # German: WhatsApp
    """[[PERSON:Lena]]: Hab die Wohnung!!! 🎉🎉
[[PERSON:Jonas]]: Neeein wie geil! Wo genau?
[[PERSON:Lena]]: [[ADDRESS:Schanzenstraße 41, 2. OG links]], in [[LOCATION:Hamburg]] natürlich 😄 Einzug am [[DATE_TIME:1.4.]]
[[PERSON:Jonas]]: Brauchst du Hilfe beim Umzug? Mein Bruder [[PERSON:Timo]] hat nen Transporter
[[PERSON:Lena]]: JA bitte! Ruf mich an: [[PHONE_NUMBER:0176 44182739]]""",
    # Brazilian Portuguese: group chat
    """[[PERSON:Bia]]: gente o [[PERSON:Rafa]] fez o pix errado kkkk
[[PERSON:Rafa]]: era pra ir pro [[PHONE_NUMBER:(21) 98844-1827]] e eu digitei um número a menos 😭
[[PERSON:Bia]]: liga no banco rápido
[[PERSON:Duda]]: meu primo [[PERSON:Caio]] trabalha no banco, vou te passar o contato dele: [[PHONE_NUMBER:(21) 99720-4418]]""",
    # Taglish: Messenger
    """Ate [[PERSON:Joy]]: bunso pa-send naman ng address mo, ipapadala ko yung balikbayan box
[[PERSON:Paolo]]: [[ADDRESS:Blk 12 Lot 7, Villa Verde Subd.]], Brgy. [[LOCATION:Dela Paz]], [[LOCATION:Antipolo]] po, [[ZIP_CODE:1870]]
Ate [[PERSON:Joy]]: sige. cp mo pa rin ba [[PHONE_NUMBER:0917 441 8273]]?
[[PERSON:Paolo]]: opo ate. gcash na lang din sa number na yan 😊""",
    # Hinglish: call-centre transcript
    """AGENT: Namaste, main [[PERSON:Pooja]] bol rahi hoon, aapka naam bataiye?
CUSTOMER: Haan ji, [[PERSON:Rakesh Yadav]]. Mera number [[PHONE_NUMBER:nine eight one one four, four one eight two seven]] hai.
AGENT: Sir, verification ke liye Aadhaar ke last four digits bata dijiye.
CUSTOMER: Pura le lo, [[ID_NUMBER:3661 0928 4476]].
AGENT: Sir, pura number mat boliye please. Address confirm kar dijiye.
CUSTOMER: [[ADDRESS:H.No. 221, Gali No. 4, Shastri Nagar]], [[LOCATION:Ghaziabad]], pin [[ZIP_CODE:201002]].""",
    # Italian: WhatsApp
    """[[PERSON:Giulia]]: Ragazze domenica si va da nonna [[PERSON:Pina]] per i suoi [[AGE:novanta]] anni 🎂
[[PERSON:Sara]]: sì!! indirizzo?
[[PERSON:Giulia]]: [[ADDRESS:via dei Mille 23]], [[LOCATION:Bari]], citofono [[PERSON:De Santis]]
[[PERSON:Sara]]: perfetto. [[PERSON:Marco]] porta la torta""",
]

# ---- table: one row-oriented table per record, header row unlabeled ----

TABLE = [
    # CSV, US customers
    """customer_id,first_name,last_name,dob,email,phone,street,city,state,zip
[[ID_NUMBER:CU-100482]],[[PERSON:Tanisha]],[[PERSON:Boateng]],[[DATE_TIME:1989-04-12]],[[EMAIL_ADDRESS:tanisha.boateng@gmail.com]],[[PHONE_NUMBER:(404) 555-0131]],[[ADDRESS:771 Ponce De Leon Ave NE]],[[LOCATION:Atlanta]],[[LOCATION:GA]],[[ZIP_CODE:30306]]
[[ID_NUMBER:CU-100483]],[[PERSON:Dale]],[[PERSON:Whitaker]],[[DATE_TIME:1955-10-30]],[[EMAIL_ADDRESS:dwhitaker55@aol.com]],[[PHONE_NUMBER:(208) 555-0177]],[[ADDRESS:4102 W Kootenai St]],[[LOCATION:Boise]],[[LOCATION:ID]],[[ZIP_CODE:83705]]
[[ID_NUMBER:CU-100484]],[[PERSON:Mai]],[[PERSON:Lê]],[[DATE_TIME:2001-07-19]],[[EMAIL_ADDRESS:mai.le.0719@yahoo.com]],[[PHONE_NUMBER:(714) 555-0126]],[[ADDRESS:9880 Bolsa Ave Apt 14]],[[LOCATION:Westminster]],[[LOCATION:CA]],[[ZIP_CODE:92683]]""",
    # TSV, UK GP list
    """NHS No\tSurname\tForename\tDOB\tPostCode\tTel\tGP
[[ID_NUMBER:441 827 3093]]\t[[PERSON:Pickering]]\t[[PERSON:Maud]]\t[[DATE_TIME:02/01/1938]]\t[[ZIP_CODE:YO21 3PU]]\t[[PHONE_NUMBER:01947 820 441]]\t[[PERSON:Dr Bhatt]]
[[ID_NUMBER:718 204 4560]]\t[[PERSON:Nwankwo]]\t[[PERSON:Chisom]]\t[[DATE_TIME:17/09/2019]]\t[[ZIP_CODE:YO21 1QL]]\t[[PHONE_NUMBER:07402 338 190]]\t[[PERSON:Dr Bhatt]]
[[ID_NUMBER:550 276 1894]]\t[[PERSON:Storm]]\t[[PERSON:River]]\t[[DATE_TIME:30/05/1990]]\t[[ZIP_CODE:YO22 4DE]]\t[[PHONE_NUMBER:07958 114 620]]\t[[PERSON:Dr Lindgren]]""",
    # Markdown, EU employees
    """| emp_id | name | country | national_id | iban | start_date |
|---|---|---|---|---|---|
| [[ID_NUMBER:E2041]] | [[PERSON:Pieter Van den Broeck]] | [[LOCATION:Belgium]] | [[ID_NUMBER:87.02.14-163.94]] | [[IBAN_CODE:BE83 3630 9182 7415]] | [[DATE_TIME:2023-09-01]] |
| [[ID_NUMBER:E2042]] | [[PERSON:Nuno Figueiredo]] | [[LOCATION:Portugal]] | [[ID_NUMBER:190377453]] | [[IBAN_CODE:PT50 0007 0000 1029 4470 3920 4]] | [[DATE_TIME:2024-01-15]] |
| [[ID_NUMBER:E2043]] | [[PERSON:Anneke Mulder]] | [[LOCATION:Netherlands]] | [[ID_NUMBER:522901748]] | [[IBAN_CODE:NL86 INGB 0006 6329 81]] | [[DATE_TIME:2022-05-09]] |
| [[ID_NUMBER:E2044]] | [[PERSON:Lukas Gruber]] | [[LOCATION:Austria]] | [[ID_NUMBER:4187 140887]] | [[IBAN_CODE:AT60 1200 0529 4182 7361]] | [[DATE_TIME:2024-11-04]] |""",
    # JSON lines, web orders
    """{"order": "SO-77120", "customer": "[[PERSON:Ngozi Eze-Hart]]", "email": "[[EMAIL_ADDRESS:ngozi.ezehart@gmail.com]]", "ship_to": "[[ADDRESS:15 Marlborough Crescent]], [[LOCATION:Newcastle upon Tyne]] [[ZIP_CODE:NE1 4EE]]", "card": "[[CREDIT_CARD:5424 1890 7761 2305]]", "total": 84.50}
{"order": "SO-77121", "customer": "[[PERSON:Bartholomew Finch]]", "email": "[[EMAIL_ADDRESS:bart.finch@icloud.com]]", "ship_to": "[[ADDRESS:Apt 3C, 88 Kent Ave]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11249]]", "card": "[[CREDIT_CARD:3791 046266 84552]]", "total": 212.00}
{"order": "SO-77122", "customer": "[[PERSON:Yui Kobayashi]]", "email": "[[EMAIL_ADDRESS:yui.k@docomo.ne.jp]]", "ship_to": "[[ADDRESS:4-2-8 Shibaura]], [[LOCATION:Minato-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:108-0023]]", "card": "[[CREDIT_CARD:3566 0042 1987 3306]]", "total": 19.99}""",
    # YAML, Australian tenants
    """tenants:
  - name: [[PERSON:Connor Whitby]]
    unit: [[ADDRESS:Unit 4]]
    street: [[ADDRESS:27 Hastings St]]
    suburb: [[LOCATION:Noosa Heads]]
    state: [[LOCATION:QLD]]
    postcode: "[[ZIP_CODE:4567]]"
    phone: "[[PHONE_NUMBER:0418 227 305]]"
    lease_start: [[DATE_TIME:2024-07-01]]
    bond_ref: RTA-4418201
  - name: [[PERSON:Leilani Fonoti]]
    unit: [[ADDRESS:Unit 9]]
    street: [[ADDRESS:27 Hastings St]]
    suburb: [[LOCATION:Noosa Heads]]
    state: [[LOCATION:QLD]]
    postcode: "[[ZIP_CODE:4567]]"
    phone: "[[PHONE_NUMBER:0427 990 114]]"
    lease_start: [[DATE_TIME:2025-02-15]]
    bond_ref: RTA-4418377
  - name: [[PERSON:Doug McAllister]]
    unit: [[ADDRESS:Unit 12]]
    street: [[ADDRESS:3 Mitti St]]
    suburb: [[LOCATION:Sunshine Beach]]
    state: [[LOCATION:QLD]]
    postcode: "[[ZIP_CODE:4567]]"
    phone: "[[PHONE_NUMBER:0409 551 862]]"
    lease_start: [[DATE_TIME:2023-10-20]]
    bond_ref: RTA-4417760""",
    # HTML rows, school contacts
    """<table class="contacts">
<tr><th>Pupil</th><th>DOB</th><th>UPN</th><th>Parent/Carer</th><th>Mobile</th></tr>
<tr><td>[[PERSON:Ayaan Chaudhry]]</td><td>[[DATE_TIME:14/02/2015]]</td><td>[[ID_NUMBER:B330441815092]]</td><td>[[PERSON:Sadia Chaudhry]]</td><td>[[PHONE_NUMBER:07719 402 116]]</td></tr>
<tr><td>[[PERSON:Poppy Ashworth]]</td><td>[[DATE_TIME:03/11/2014]]</td><td>[[ID_NUMBER:R330441815107]]</td><td>[[PERSON:Leanne Ashworth]]</td><td>[[PHONE_NUMBER:07850 226 931]]</td></tr>
<tr><td>[[PERSON:Kacper Nowak]]</td><td>[[DATE_TIME:22/06/2015]]</td><td>[[ID_NUMBER:Y330441816033]]</td><td>[[PERSON:Magdalena Nowak]]</td><td>[[PHONE_NUMBER:07423 117 058]]</td></tr>
</table>""",
    # fixed-width, gym members (NZ)
    """MEMBER_NO  NAME                 AGE  PHONE          JOINED
[[ID_NUMBER:PF0041822]]  [[PERSON:Aroha Mitchell]]       [[AGE:27]]   [[PHONE_NUMBER:021 448 2207]]   [[DATE_TIME:2024-03-11]]
[[ID_NUMBER:PF0041823]]  [[PERSON:Ben Okonkwo-Lee]]      [[AGE:41]]   [[PHONE_NUMBER:027 309 1184]]   [[DATE_TIME:2023-11-02]]
[[ID_NUMBER:PF0041824]]  [[PERSON:Summer Thompson]]      [[AGE:19]]   [[PHONE_NUMBER:022 618 4470]]   [[DATE_TIME:2025-01-06]]""",
    # pipe table, job applicants
    """Name | Email | Phone | LinkedIn | City | Applied
[[PERSON:Deshawn Price]] | [[EMAIL_ADDRESS:deshawn.price@gmail.com]] | [[PHONE_NUMBER:+1 470 555 0192]] | [[URL:linkedin.com/in/deshawnprice]] | [[LOCATION:Atlanta]] | [[DATE_TIME:03/04/2025]]
[[PERSON:Ingrid Halvorsen]] | [[EMAIL_ADDRESS:ingrid.halvorsen@outlook.com]] | [[PHONE_NUMBER:+1 612 555 0148]] | [[URL:linkedin.com/in/ingridhalvorsen]] | [[LOCATION:Minneapolis]] | [[DATE_TIME:03/06/2025]]
[[PERSON:Rahul Banerjee]] | [[EMAIL_ADDRESS:rahul.banerjee.ds@gmail.com]] | [[PHONE_NUMBER:+1 512 555 0103]] | [[URL:linkedin.com/in/rahul-banerjee-ds]] | [[LOCATION:Austin]] | [[DATE_TIME:03/07/2025]]
[[PERSON:Chanel Dubois]] | [[EMAIL_ADDRESS:chanel.dubois@me.com]] | [[PHONE_NUMBER:+1 504 555 0119]] | [[URL:linkedin.com/in/chaneldubois]] | [[LOCATION:New Orleans]] | [[DATE_TIME:03/07/2025]]""",
    # CSV, parcel shipments
    """tracking,recipient,address_line1,address_line2,city,postcode,country,phone
JJD000390011841220,[[PERSON:Morag Fleming]],[[ADDRESS:2F1]],[[ADDRESS:14 Marchmont Crescent]],[[LOCATION:Edinburgh]],[[ZIP_CODE:EH9 1HN]],[[LOCATION:GB]],[[PHONE_NUMBER:07821 334 908]]
JJD000390011841221,[[PERSON:Colm Ó Súilleabháin]],[[ADDRESS:Cois Abhann]],[[ADDRESS:Main Street]],[[LOCATION:Dingle]],[[ZIP_CODE:V92 E7K4]],[[LOCATION:IE]],[[PHONE_NUMBER:+353 87 441 2093]]
JJD000390011841222,[[PERSON:Anja Krüger]],[[ADDRESS:Hinterhaus]],[[ADDRESS:Kastanienallee 71]],[[LOCATION:Berlin]],[[ZIP_CODE:10435]],[[LOCATION:DE]],[[PHONE_NUMBER:+49 151 2204 4187]]""",
    # semicolon CSV, bank customers (EU)
    """Name;IBAN;Card;DOB;City
[[PERSON:Marta Jiménez Soler]];[[IBAN_CODE:ES27 0049 1500 0105 1289 3047]];[[CREDIT_CARD:5460 1622 3349 9086]];[[DATE_TIME:12.08.1979]];[[LOCATION:Valencia]]
[[PERSON:Luca Ferraro]];[[IBAN_CODE:IT82 D020 0801 6640 0010 4418 273]];[[CREDIT_CARD:6259 4311 0287 6416]];[[DATE_TIME:30.01.1991]];[[LOCATION:Torino]]
[[PERSON:Ivana Horvat]];[[IBAN_CODE:HR55 2484 0081 1044 1827 3]];[[CREDIT_CARD:2223 0014 8876 1201]];[[DATE_TIME:07.05.1985]];[[LOCATION:Zagreb]]
[[PERSON:Andrei Popa]];[[IBAN_CODE:RO98 INGB 0000 9999 0441 8273]];[[CREDIT_CARD:3056 930918 2739]];[[DATE_TIME:19.11.1996]];[[LOCATION:Cluj-Napoca]]""",
    # TSV, US clinic appointments
    """Patient\tDOB\tMRN\tAppt\tProvider\tInsurance ID
[[PERSON:Okafor]], [[PERSON:Chinwe]]\t[[DATE_TIME:1976-02-14]]\t[[ID_NUMBER:00448127]]\t[[DATE_TIME:2025-04-02]]\t[[PERSON:Dr. Levine]]\t[[ID_NUMBER:UHC883014427]]
[[PERSON:Baker]], [[PERSON:Thomas]]\t[[DATE_TIME:1948-09-03]]\t[[ID_NUMBER:00448130]]\t[[DATE_TIME:2025-04-02]]\t[[PERSON:Dr. Levine]]\t[[ID_NUMBER:7XM2-QP4-RT81]]
[[PERSON:Reyes]], [[PERSON:Dolores]]\t[[DATE_TIME:1962-12-25]]\t[[ID_NUMBER:00448133]]\t[[DATE_TIME:2025-04-03]]\t[[PERSON:Dr. Amadi]]\t[[ID_NUMBER:BCX440918273]]
[[PERSON:Lamb]], [[PERSON:Kennedy]]\t[[DATE_TIME:2010-06-30]]\t[[ID_NUMBER:00448141]]\t[[DATE_TIME:2025-04-03]]\t[[PERSON:Dr. Amadi]]\t[[ID_NUMBER:MCD0099418227]]""",
]

TABLE += [
    # CSV, Canadian payroll
    """employee,sin,province,postal_code,hire_date,bank_account
[[PERSON:Émilie Gagnon]],[[ID_NUMBER:130 472 988]],[[LOCATION:NB]],[[ZIP_CODE:E1C 4M2]],[[DATE_TIME:2021-06-14]],[[ID_NUMBER:5203318]]
[[PERSON:Harjit Sandhu]],[[ID_NUMBER:728 305 160]],[[LOCATION:BC]],[[ZIP_CODE:V3W 2K9]],[[DATE_TIME:2019-03-04]],[[ID_NUMBER:1029447]]
[[PERSON:Kateri Jacobs]],[[ID_NUMBER:419 058 375]],[[LOCATION:ON]],[[ZIP_CODE:K0L 1B0]],[[DATE_TIME:2024-09-23]],[[ID_NUMBER:8847120]]""",
    # JSON lines, user accounts
    """{"user_id": [[ID_NUMBER:55120931]], "username": "[[USERNAME:bruna.fotografa]]", "email": "[[EMAIL_ADDRESS:bruna.lopes.foto@gmail.com]]", "signup": "[[DATE_TIME:2024-02-11]]", "last_ip": "[[IP_ADDRESS:177.92.41.8]]", "country": "[[LOCATION:BR]]"}
{"user_id": [[ID_NUMBER:55120944]], "username": "[[USERNAME:kwesi_beats]]", "email": "[[EMAIL_ADDRESS:kwesi.ampofo@yahoo.com]]", "signup": "[[DATE_TIME:2024-02-12]]", "last_ip": "[[IP_ADDRESS:41.66.203.117]]", "country": "[[LOCATION:GH]]"}
{"user_id": [[ID_NUMBER:55121002]], "username": "[[USERNAME:hanna_k_]]", "email": "[[EMAIL_ADDRESS:hanna.korhonen@kolumbus.fi]]", "signup": "[[DATE_TIME:2024-02-14]]", "last_ip": "[[IP_ADDRESS:2001:14ba:a0c4:3e00::7]]", "country": "[[LOCATION:FI]]"}""",
    # Markdown, Indian KYC list
    """| Name | Aadhaar | PAN | Mobile | City | PIN |
|------|---------|-----|--------|------|-----|
| [[PERSON:Lakshmi Narayanan]] | [[ID_NUMBER:5812 0937 4417]] | [[ID_NUMBER:AFNPN4418C]] | [[PHONE_NUMBER:94441 82730]] | [[LOCATION:Chennai]] | [[ZIP_CODE:600017]] |
| [[PERSON:Gurpreet Kaur Sidhu]] | [[ID_NUMBER:2930 4418 1723]] | [[ID_NUMBER:CQKPS7720M]] | [[PHONE_NUMBER:98155 20441]] | [[LOCATION:Ludhiana]] | [[ZIP_CODE:141001]] |
| [[PERSON:Mohammed Arif Ansari]] | [[ID_NUMBER:8447 1920 5635]] | [[ID_NUMBER:BNYPA3391F]] | [[PHONE_NUMBER:70213 44827]] | [[LOCATION:Lucknow]] | [[ZIP_CODE:226003]] |""",
    # CSV, Kenyan cash-transfer payout
    """name,national_id,mpesa_number,county,amount_kes
[[PERSON:Achieng Odhiambo]],[[ID_NUMBER:31120447]],[[PHONE_NUMBER:0712 448 203]],[[LOCATION:Siaya]],4500
[[PERSON:Kiprono Rotich]],[[ID_NUMBER:29904118]],[[PHONE_NUMBER:0722 910 337]],[[LOCATION:Uasin Gishu]],4500
[[PERSON:Fatuma Abdi Hassan]],[[ID_NUMBER:33417720]],[[PHONE_NUMBER:0701 226 884]],[[LOCATION:Garissa]],3000
[[PERSON:Wambui Njoroge]],[[ID_NUMBER:27758019]],[[PHONE_NUMBER:0790 118 442]],[[LOCATION:Kiambu]],4500""",
    # German: semicolon CSV, payroll
    """Name;Vorname;Geburtsdatum;Steuer-ID;IBAN;Ort
[[PERSON:Schulze]];[[PERSON:Marlene]];[[DATE_TIME:04.07.1982]];[[ID_NUMBER:86140923562]];[[IBAN_CODE:DE41 2004 1133 0998 1277 46]];[[LOCATION:Hamburg]]
[[PERSON:Yılmaz]];[[PERSON:Deniz]];[[DATE_TIME:19.01.1995]];[[ID_NUMBER:49273105461]];[[IBAN_CODE:DE10 1203 0000 1047 7182 93]];[[LOCATION:Berlin]]
[[PERSON:Hoffmann]];[[PERSON:Kurt]];[[DATE_TIME:28.02.1961]];[[ID_NUMBER:20584137566]];[[IBAN_CODE:DE74 7601 0085 0298 8371 04]];[[LOCATION:Nürnberg]]""",
    # French: CSV, customers
    """nom,prénom,date_naissance,téléphone,email,code_postal,ville
[[PERSON:Dubois]],[[PERSON:Léa]],[[DATE_TIME:21/03/1997]],[[PHONE_NUMBER:06 44 18 27 30]],[[EMAIL_ADDRESS:lea.dubois97@gmail.com]],[[ZIP_CODE:33000]],[[LOCATION:Bordeaux]]
[[PERSON:N'Diaye]],[[PERSON:Mamadou]],[[DATE_TIME:08/12/1984]],[[PHONE_NUMBER:07 61 20 44 18]],[[EMAIL_ADDRESS:m.ndiaye@laposte.net]],[[ZIP_CODE:93200]],[[LOCATION:Saint-Denis]]
[[PERSON:Rousseau]],[[PERSON:Margaux]],[[DATE_TIME:15/06/1969]],[[PHONE_NUMBER:06 12 90 33 41]],[[EMAIL_ADDRESS:margaux.rousseau@orange.fr]],[[ZIP_CODE:44000]],[[LOCATION:Nantes]]""",
    # Spanish: pipe table, patients
    """Nombre | Apellidos | DNI/NIE | F. nac. | Teléfono | Provincia
[[PERSON:Nerea]] | [[PERSON:Etxeberria Goikoetxea]] | [[ID_NUMBER:50928163E]] | [[DATE_TIME:03/05/1990]] | [[PHONE_NUMBER:688 41 27 09]] | [[LOCATION:Gipuzkoa]]
[[PERSON:Youssef]] | [[PERSON:El Amrani]] | [[ID_NUMBER:X9023815H]] | [[DATE_TIME:11/11/1986]] | [[PHONE_NUMBER:631 22 90 48]] | [[LOCATION:Almería]]
[[PERSON:Rocío]] | [[PERSON:Márquez Delgado]] | [[ID_NUMBER:33618407C]] | [[DATE_TIME:27/08/1958]] | [[PHONE_NUMBER:954 41 82 70]] | [[LOCATION:Sevilla]]""",
    # Italian: TSV, club members
    """Cognome\tNome\tCodice fiscale\tComune\tCellulare
[[PERSON:Rossi]]\t[[PERSON:Alessandro]]\t[[ID_NUMBER:RSSLSN85C22L219S]]\t[[LOCATION:Torino]]\t[[PHONE_NUMBER:347 220 4418]]
[[PERSON:Bruno]]\t[[PERSON:Francesca]]\t[[ID_NUMBER:BRNFNC92P48D612H]]\t[[LOCATION:Firenze]]\t[[PHONE_NUMBER:328 410 7725]]
[[PERSON:Gallo]]\t[[PERSON:Matteo]]\t[[ID_NUMBER:GLLMTT78T01A944S]]\t[[LOCATION:Bologna]]\t[[PHONE_NUMBER:333 901 4482]]""",
    # Dutch: semicolon CSV, club members
    """naam;postcode;woonplaats;IBAN;lid sinds
[[PERSON:Daan Smit]];[[ZIP_CODE:3581 KP]];[[LOCATION:Utrecht]];[[IBAN_CODE:NL94 RABO 0318 2904 77]];[[DATE_TIME:01-09-2018]]
[[PERSON:Fleur de Graaf]];[[ZIP_CODE:2513 AB]];[[LOCATION:Den Haag]];[[IBAN_CODE:NL62 TRIO 0791 2048 36]];[[DATE_TIME:15-01-2021]]
[[PERSON:Mohamed Bouzid]];[[ZIP_CODE:3071 HK]];[[LOCATION:Rotterdam]];[[IBAN_CODE:BE12 0017 7361 5492]];[[DATE_TIME:01-04-2023]]""",
]

# ---- lookalike: mostly non-PII text full of look-alikes (5 records with no PII) ----

LOOKALIKE = [
    # release notes (no PII)
    """Release 4.18.2 (build 20931) — changelog
- Fixed CVE-2024-41827 in the TLS handshake (commit a3f9c2e7b1).
- Bumped libxml2 to 2.12.6 and openssl to 3.0.14.
- Container image: registry.example.com/edge/agent@sha256:4c1e7b90a2d35f8e61b0c94d7a3e25f18c6b09d4e7a1f3c52b8d60e9f47a1c3d
- agent-4.18.2-linux-amd64.tar.gz md5 9b2e41d7c08f35a61e4d7c2b90a8f314
- Known issue #8841: firmware 7.2.0.118 on the X200 gateway drops mDNS on port 5353.
- Default tenant UUID: 6f1c2d3e-4b5a-4c7d-9e8f-0a1b2c3d4e5f. Minimum supported version 4.12.0.""",
    # journal issue (no PII)
    """Journal of Coastal Hydrology, ISSN 0953-4474 (print), Vol. 41, Issue 3 (2024), pp. 211–409.
In this issue: doi:10.1016/j.jch.2024.03.014 (pp. 211–229) and doi:10.1016/j.jch.2024.03.019 (pp. 230–251).
Also reviewed: Estuarine Processes, 2nd ed., ISBN 978-1-84418-273-2; Tidal Flats of the World, ISBN 0-7148-0441-X.
Data deposited as 10.5281/zenodo.8841207; sampling station at 51.4416° N, 3.5723° E. Single issue £48.00, institutional code JCH-INST-2025.""",
    # bill of lading (no PII)
    """BILL OF LADING No. MAEU241882730
Vessel: MAERSK KENSINGTON, IMO 9784270, MMSI 219018271, voyage 418W
Port of loading: CNSHA    Port of discharge: NLRTM
Container MSKU 441827-3, seal ML-7720914, 40' HC, gross 24,118 kg, HS 8471.30
Container TCNU 902214-6, seal ML-7720915, 40' HC, gross 22,960 kg, HS 8517.62
Freight prepaid. Booking ref 7XK4QD22. ETA week 17.""",
    # clinical teaching notes full of eponyms (no PII)
    """Ward 7 teaching notes: tell Guillain-Barré syndrome apart from myasthenia gravis; check the Babinski and Romberg signs; score the GCS and the Wells criteria; remember Cushing's triad and Virchow's node. Fluids: Hartmann's solution 1 L over 8 h. Gram stain and Ziehl–Neelsen on the sputum, plate on MacConkey agar. Bay 4, bed 12 is kept for the Addison's disease audit (study code ADX-07).""",
    # retail catalogue with brands named after people (no PII)
    """Spring catalogue, page 14: Tommy Hilfiger quilted jacket (SKU TH-44182-NVY, £129), Levi's 501 jeans (part 00501-0114), Dr. Martens 1460 boots (EAN 5012344418279), a Le Creuset casserole (model 21177, lot 2409B), a Ben & Jerry's gift box and the Jamie Oliver knife block (serial KB-7741-0092). Orders over £50 ship free; call 0345 604 1827 (Mon–Fri 8–6) or visit our store on Oxford Street.""",
    # invoice with part numbers
    """INVOICE INV-2025-04418    Date: 14/03/2025    VAT reg GB 441 8273 09
Bill to: [[PERSON:Rhys Vaughan-Price]], [[EMAIL_ADDRESS:rhys.vp@gmail.com]]
Qty  Part no.        Description                          Unit     Total
2    BSH-GWS-4418    Bosch GWS 18V angle grinder (body)   89.00   178.00
1    MKT-DHP-482Z    Makita DHP482Z combi drill           74.50    74.50
3    STN-0-30-490    Stanley FatMax tape 8 m              12.99    38.97
Subtotal 291.47  VAT 20% 58.29  Total 349.76
Paid by card ending 0419. Order ref WEB-77120-Q. Returns within 30 days.""",
    # flight status
    """BA 2490 London Gatwick (LGW) → [[LOCATION:Venice]] (VCE) departs 07:25 from gate 55J, aircraft G-EUYK, seat 23A, booking ref 7XK4QD. Passenger: [[PERSON:Ms Ottilie Brandt]], Executive Club [[ID_NUMBER:BA 60917725]]. Bag drop closes 45 minutes before departure.""",
    # parcel tracking SMS
    """Evri: Your parcel H00A4418273019 from Marks & Spencer left our [[LOCATION:Warrington]] depot at 06:12 and is out with [[PERSON:Lewis]] today, 13:05–14:05, to [[ADDRESS:8 Tennyson Close]]. Safe place: porch. Reply HELP to 80988.""",
    # git log
    """commit 7c1e9a3f4b2d8e6a0c5f9b1d3e7a2c4f6b8d0e1a
Author: [[PERSON:Priscila Andrade]] <[[EMAIL_ADDRESS:priscila.andrade@gmail.com]]>

    Bump version to 2.3.0-rc.1, pin numpy<2.1, fix Dijkstra shortest-path on disconnected graphs (#4418)

    Co-authored-by: [[PERSON:Tobias Kühn]] <[[EMAIL_ADDRESS:41827730+tkuehn@users.noreply.github.com]]>

commit 1b9f0e2d7a6c5b4e3f2a1d0c9b8e7f6a5d4c3b2a
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>

    Bump urllib3 from 2.2.1 to 2.2.2 in /requirements""",
    # certificate of analysis
    """Certificate of Analysis — Sodium chloride, ACS reagent, CAS 7647-14-5, lot SLCB4418, cat. no. S9888-500G, retest 2027-06. Assay (argentometric) 99.8 %; pH (5 %, 25 °C) 6.1. Filtered through a Büchner funnel into Erlenmeyer flasks per USP <191>. Analyst: [[PERSON:M. Castellano]]. QA release: [[PERSON:Dr Farah Siddiqui]], [[DATE_TIME:11 Feb 2025]].""",
    # gallery tour booking
    """Your tour "Impressionists at the Courtauld" is booked for Saturday [[DATE_TIME:24 May]], 10:30, 2 people, booking TKT-88412. Meeting point: the Courtauld Gallery entrance, [[ADDRESS:Somerset House, Strand]], [[LOCATION:London]] [[ZIP_CODE:WC2R 0RN]]. Highlights: [[PERSON:Manet]]'s A Bar at the Folies-Bergère and [[PERSON:Van Gogh]]'s Self-Portrait with Bandaged Ear. Lead booker: [[PERSON:Harriet Okonedo]], [[PHONE_NUMBER:07722 918 406]].""",
    # German: rail ticket
    """Online-Ticket — Auftragsnummer 441827309112
ICE 1027 [[LOCATION:Hamburg]] Hbf → [[LOCATION:München]] Hbf, Fahrt am [[DATE_TIME:18.04.2025]], ab 07:01, Wagen 12, Platz 84 (Großraum, Fenster)
Reisende: [[PERSON:Friederike Osterloh]]    BahnCard 25: [[ID_NUMBER:7081 4418 2730 9915]]
Zugbindung aufgehoben bei Verspätung ab 20 Minuten. Nur gültig mit Lichtbildausweis.""",
    # French: invoice
    """Facture n° F-2025-00418 du 12/03/2025 — Mobilier Lumière SARL, SIRET 441 827 309 00017, TVA FR44441827309
Client : [[PERSON:Bastien Morel]] — [[EMAIL_ADDRESS:bastien.morel@sfr.fr]]
1 × chaise longue LC4 Le Corbusier, réf. LC4-NOIR-2209 — 2 890,00 €
2 × lampadaire Arco, réf. ARC-CHR-118 — 1 780,00 €
Livraison semaine 16. Conditions générales de vente sur notre site.""",
    # Spanish: warranty repair
    """Garantía — Nº de serie SN4418C27A0912, IMEI 353918104418277, modelo Galaxy A55 (SM-A556B/DS), fecha de compra según factura. Cliente: [[PERSON:Inmaculada Torres]], tel. [[PHONE_NUMBER:677 20 44 18]]. Reparación en el servicio técnico de [[LOCATION:Getafe]]; orden de trabajo OT-88120, versión de software A556BXXU2AXK4.""",
    # Italian: library loan receipt
    """Biblioteca civica — ricevuta di prestito
Tessera n. [[ID_NUMBER:BC-0441827]] — [[PERSON:Giovanni Esposti]]
1. [[PERSON:Italo Calvino]], Le città invisibili, ISBN 978-88-06-24419-4, coll. 853.914 CAL
2. Manuale di idrologia costiera, ISBN 979-10-4418-207-4, coll. 551.46 MAN
Data del prestito: [[DATE_TIME:03/03/2025]]. Restituire entro 30 giorni; rinnovo online con il numero di tessera.""",
]

# ---- end of records ----

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "doc": DOC,
    "chat": CHAT,
    "table": TABLE,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind19", STYLES, OUT)


if __name__ == "__main__":
    main()

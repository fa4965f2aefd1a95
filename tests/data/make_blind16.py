"""Build tests/data/blind16.jsonl: a sixteenth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind16.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts); only the module docstring of make_blind15.py, gold_sets.py, and
the `parse()` helper of make_handwritten.py (with its two regexes, MARK and
TITLE_IN_NAME) were read, to keep the conventions and the file format, and
the closing scaffolding of make_blind15.py (its STYLES dict and main()) and
its import lines were copied. The import lines below follow gold_sets.py
(which imports make_handwritten from the same folder). The detector was
never run on this file. Do not tune the detector against it: once it has
been used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country, and the national check digits inside the
French, Spanish, Italian, Belgian and Portuguese IBANs are right too (check digits worked
out by hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks cards and IBANs and refuses a bad one).
National ids with a public check digit (NHS number, SIN, Aadhaar, BSN,
CPF, DNI and NIE, NIR, PESEL, South African ID and SARS tax number, TFN,
Australian Medicare number, Irish PPSN, Singapore NRIC and FIN,
personnummer, US NPI, Portuguese NIF, Belgian national number, German
Steuer-ID, Austrian social-insurance number, Swiss AHV number, Japanese
My Number, T.C. Kimlik, codice fiscale, Mexican RFC, New Zealand NHI,
Ontario health card, UK UPN, ORCID iD, Nigerian NUBAN) were given a valid
one the same way (and the personnummer, PESEL, South African ID, Belgian
national number and NIR agree with the person's sex where it shows), and
so were the look-alikes that carry one (ISBN-10, ISBN-13, ISSN, EAN).
UK NI numbers and driver numbers, US SSNs (no check digit), PAN, Nigerian
NIN and BVN, Kenyan ids and KRA PINs, Philippine SSS, TIN, PhilHealth and
UMID numbers, the Ghana Card, the Manitoba health number, BIG-nummer,
passports, licences, plates, crypto wallets, bank account numbers (other
than the NUBANs) and staff, student, member, patient and loyalty numbers
were not checked.

Styles (ids `blind16-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool (public PII-masking benchmarks such as
ai4privacy pii-masking-200k/300k, gretel-pii-masking-en and Nemotron-PII,
LLM-generated "realistic sentences containing personal data", and labeled
exports from CRM, HR, clinic, school and bank systems); about two thirds of
the records are in English this time, as in the public benchmarks:
- `gen` (75): one to three LLM-style sentences in everyday domains:
  banking and loans, insurance, telecoms, retail returns, hospitals and GP
  surgeries, pharmacies, schools and universities, HR and payroll, real
  estate and lettings, travel and airlines, hotels, car rental, courts and
  police reports, social services, elections, charities, gyms, dating,
  ride-hailing, food delivery, online marketplaces, gaming, crypto
  exchanges and utilities; people from every region, names that are also
  words or places, lowercase names, names at the start and end of
  sentences, ages said in many ways and dates in many formats, and
  addresses of the US, the UK, Canada, Australia, Ireland, India, Nigeria,
  South Africa, Germany, France, Spain, Italy, the Netherlands, Brazil,
  Mexico, Japan, the Philippines and others. Mostly English, a few in
  other languages.
- `bench` (70): dense form-like paragraphs in the manner of ai4privacy,
  gretel and Nemotron-PII records (titles, names, sex, age, DOB, job,
  employer, street, unit, city, region, zip, country, phone, email,
  username, password, account, IBAN and card numbers, SSN, passport,
  licence, national and tax ids, plates, IPv4 / IPv6, MACs, wallets, user
  agents, profile URLs). Two thirds in English, the rest in French,
  German, Italian, Spanish, Dutch, Portuguese, Polish, Swedish and Turkish.
- `doc` (30): longer documents (discharge summaries, police witness
  statements, an employment contract, a tenancy agreement, a loan
  application, a school report, insurance claims, a court judgment,
  meeting minutes, email threads with signatures and quoted replies, CVs,
  invoices with customer details, HL7, FHIR, JSON, XML and CSV exports,
  log files with user data, chat exports and support tickets with
  history) with twelve to thirty labeled spans each and non-PII
  look-alikes.
- `chat` (30): SMS, WhatsApp, Slack, Discord, Teams, Telegram, forum and
  Reddit posts, support chats, call-centre and voicemail transcripts, with
  lowercase names, nicknames, typos, emoji, handles, loose numbers, half
  addresses and numbers and postcodes spoken in words; mostly English, a
  few in other languages or mixed.
- `table` (20): one row-oriented table per record as text (CSV, TSV,
  semicolon CSV, pipe / Markdown tables, fixed-width columns, JSON lines,
  YAML lists, HTML table rows) with a header row and three or four data
  rows (customers, patients, employees, students, members, tenants,
  applicants, orders and shipments with customer details); headers mostly
  in English (some abbreviated: DOB, Tel, Addr1, PostCode, NINO, SSN,
  Nat'l ID), a few in other languages. Every PII cell is labeled.
- `lookalike` (15): mostly non-PII text full of look-alikes (order,
  invoice, tracking and booking references, serials, versions, hashes,
  UUIDs, ISBNs, DOIs, part numbers, coordinates, flight numbers, company
  phone numbers and business addresses, eponyms, brands named after
  people, streets named after people without a number, product names that
  look like names), with the few real PII values labeled; 5 of the 15
  records have no PII at all.

Labeling conventions: the same as in make_blind15.py (and make_blind14.py
back to make_blind6.py), copied here from the docstring of make_blind15.py:
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
- Calls made while writing this set, in the same spirit:
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
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind16.jsonl")

GEN: list[str] = [
    # banking and loans
    "Loan officer note: [[PERSON:Marisol Quintero]], a [[AGE:52]]-year-old school bus driver from [[LOCATION:El Paso]], "
    "[[LOCATION:TX]], applied for a $14,000 debt consolidation loan on [[DATE_TIME:March 3, 2025]]; her checking "
    "account [[ID_NUMBER:4410273958]] shows regular deposits, and she can be reached at [[PHONE_NUMBER:(915) 555-0147]].",
    "[[PERSON:Ifeanyi Okonkwo-Bell]] asked the branch to update his address to [[ADDRESS:14 Admiralty Way]], "
    "[[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]], and to link his GTBank account [[ID_NUMBER:0139472656]] to the new "
    "BVN [[ID_NUMBER:22419830576]].",
    "Please send the direct debit form for [[PERSON:Mr Oliver Penhaligon]] to [[EMAIL_ADDRESS:o.penhaligon@btinternet.com]]; "
    "the mandate will collect from [[IBAN_CODE:GB35 LOYD 3096 4418 7702 26]] starting on the 1st of each month.",
    # insurance
    "Claimant [[PERSON:Hope Ndlovu]], aged [[AGE:34]], reported that her Toyota Corolla, registration "
    "[[ID_NUMBER:CA 471-922]], was hit while parked outside [[ADDRESS:22 Kloof Street]], [[LOCATION:Gardens]], "
    "[[LOCATION:Cape Town]] [[ZIP_CODE:8001]] on [[DATE_TIME:2025-01-18]].",
    "Policyholder [[PERSON:Bernard Achterberg]] (date of birth [[DATE_TIME:07/11/1961]]) called to add his "
    "granddaughter [[PERSON:Lotte]] as a named driver; she turned [[AGE:19]] last week and has held her licence "
    "since [[DATE_TIME:June 2024]].",
    "The adjuster, [[PERSON:Ms. Priyanka Rao]], will inspect the water damage at [[ADDRESS:Flat 3, 118 Cowley Road]], "
    "[[LOCATION:Oxford]] [[ZIP_CODE:OX4 1JE]] on Tuesday the [[DATE_TIME:11th of February]] between 9 and 12.",
    # telecoms
    "Hi, I'm [[PERSON:Dakota Reyes]] and I want to port my number [[PHONE_NUMBER:+1 602 555 0193]] from Verizon to "
    "T-Mobile; the account PIN is 4471 and the billing zip is [[ZIP_CODE:85016]].",
    "SIM swap request received for [[PERSON:Kwabena Asante]], date of birth [[DATE_TIME:1990-08-02]], mobile "
    "[[PHONE_NUMBER:024 718 3306]], Ghana Card [[ID_NUMBER:GHA-719304582-6]]; the request was declined because the "
    "selfie did not match.",
    "[[PERSON:lucía ferrer]] dice que su fibra no funciona desde el [[DATE_TIME:4 de febrero]] en "
    "[[ADDRESS:Calle de Embajadores 61, 2º B]], [[ZIP_CODE:28012]] [[LOCATION:Madrid]]; su teléfono de contacto es "
    "[[PHONE_NUMBER:612 48 93 07]].",
    # retail returns
    "Return authorised for [[PERSON:Summer Whitfield]]: the refund of £89.99 goes back to the Visa card used for the "
    "order, and the courier will collect from [[ADDRESS:7 Beechwood Close]], [[LOCATION:Harrogate]] "
    "[[ZIP_CODE:HG2 8PL]] on [[DATE_TIME:14/03]].",
    "Customer [[PERSON:Tobias Krämer]] returned a Bosch drill (serial 3601JC2170-882) at the [[LOCATION:Dortmund]] "
    "store and asked for the refund to go to [[IBAN_CODE:DE44 5001 0517 5407 3249 31]] instead of his card.",
    "Store credit issued to [[PERSON:Precious Mahlangu]], loyalty number [[ID_NUMBER:CLB-00482915]], email "
    "[[EMAIL_ADDRESS:precious.mahlangu@webmail.co.za]].",
    # hospitals and GP surgeries
    "[[PERSON:Mrs Eileen Gallagher]], [[AGE:81]], was admitted to Ward 7 on the [[DATE_TIME:2nd of January]] after a "
    "fall at home in [[LOCATION:Letterkenny]]; her daughter [[PERSON:Niamh]] is next of kin on "
    "[[PHONE_NUMBER:087 214 9930]].",
    "A [[AGE:67]]-year-old man, [[PERSON:Harold Finch-Adeyemi]], NHS number [[ID_NUMBER:485 777 3023]], was seen in the "
    "chest pain clinic on [[DATE_TIME:12 Feb 2025]] and discharged with a follow-up with [[PERSON:Dr. Sunita Menon]].",
    "Patient is a woman in her late 60s living alone at [[ADDRESS:41 Maple Crescent]], [[LOCATION:Thunder Bay]], "
    "[[LOCATION:ON]] [[ZIP_CODE:P7B 5K2]]; Ontario health card [[ID_NUMBER:5584 201 932 KR]], name on file "
    "[[PERSON:Doreen Blackbird]].",
    "Surgery reminder: [[PERSON:Jordan Ellis]] is booked with the practice nurse on Wed [[DATE_TIME:19 March]] at 10:40 "
    "for a dressing change. Reply STOP to opt out.",
    # pharmacies
    "Prescription ready for collection: [[PERSON:Mr. Anand Krishnamurthy]], DOB [[DATE_TIME:23-09-1958]], at the "
    "pharmacy on Church Street; the pharmacist, [[PERSON:Rhiannon Pugh]], asked him to bring his exemption card.",
    "Rite Aid called [[PERSON:Chance Holloway]] at [[PHONE_NUMBER:412-555-0168]] to say his insulin refill was "
    "approved by his insurer, member ID [[ID_NUMBER:XGH884102357]].",
    # schools and universities
    "[[PERSON:Brooklyn Tran]], a [[AGE:14]]-year-old in Year 9, was absent on [[DATE_TIME:5 and 6 March]]; her father "
    "[[PERSON:Minh Tran]] phoned in from [[PHONE_NUMBER:0412 558 903]] to say she had the flu.",
    "Student [[PERSON:Adaeze Nwosu]] (student ID [[ID_NUMBER:U2291847]]) submitted her dissertation on "
    "[[DATE_TIME:28 April 2025]] and her viva is set for the [[DATE_TIME:16th of June]].",
    "Admissions emailed [[PERSON:rahul verma]] at [[EMAIL_ADDRESS:rahulv2006@gmail.com]] to say his offer for "
    "Mechanical Engineering is confirmed; he was born on [[DATE_TIME:11 Nov 2006]] in [[LOCATION:Pune]].",
    # HR and payroll
    "Payroll change for employee [[ID_NUMBER:E-30418]], [[PERSON:Gwen Okafor-Smith]]: new salary from "
    "[[DATE_TIME:1 April 2025]], paid into sort code 20-45-77 account [[ID_NUMBER:53018864]]; NI number "
    "[[ID_NUMBER:PJ 41 86 27 C]].",
    "New hire [[PERSON:Mateus Carvalho]], [[AGE:29]], starts on [[DATE_TIME:7 April]] at the [[LOCATION:Porto]] office; "
    "his NIF is [[ID_NUMBER:237194066]] and his phone is [[PHONE_NUMBER:+351 912 406 338]].",
    "Exit interview with [[PERSON:Sage Whitaker]] held on [[DATE_TIME:30/01/2025]]; her last working day is "
    "[[DATE_TIME:14/02/2025]] and the P45 goes to [[ADDRESS:19 Tenter Lane]], [[LOCATION:Bradford]] [[ZIP_CODE:BD1 4QE]].",
    # real estate and lettings
    "The tenants at [[ADDRESS:Unit 4, 27 Wattle Street]], [[LOCATION:Ultimo]] [[LOCATION:NSW]] [[ZIP_CODE:2007]], "
    "[[PERSON:Liam O'Rourke]] and [[PERSON:Mei Lin Chua]], have given notice to vacate on [[DATE_TIME:31 May]].",
    "Viewing booked for [[PERSON:Ashgar Hussain]] at 4:30 pm on Saturday [[DATE_TIME:22nd March]] for the two-bed flat on "
    "Kingsland Road; his mobile is [[PHONE_NUMBER:07911 382 406]].",
    "Offer accepted: [[PERSON:Julien Moreau]] and [[PERSON:Camille Moreau]] will buy the house at "
    "[[ADDRESS:12 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]], signing at the notary's office "
    "le [[DATE_TIME:18 avril]].",
    # travel and airlines
    "Passenger [[PERSON:Mr Daniel Okeke]] (frequent flyer [[ID_NUMBER:BA 71409263]]) missed flight BA 75 from "
    "[[LOCATION:London]] to [[LOCATION:Lagos]] and has been rebooked on [[DATE_TIME:15 Mar]]; passport "
    "[[ID_NUMBER:A07718243]].",
    "Hi [[PERSON:Paris]], your boarding pass for flight QF 431 to [[LOCATION:Sydney]] on Fri [[DATE_TIME:9 May]] is "
    "attached. Seat 23C. Manage your booking with reference XK7P2Q.",
    "[[PERSON:Ayumi Takeda]] asked JAL to change the name on her ticket from her maiden name [[PERSON:Ayumi Fujii]]; "
    "she was born on [[DATE_TIME:1993年4月8日]] and lives in [[LOCATION:Osaka]].",
    # hotels
    "Guest [[PERSON:Dr. Evelyn Marsh]] checked in on [[DATE_TIME:3 June]] and checks out on [[DATE_TIME:6 June]]; "
    "room 412, card on file [[CREDIT_CARD:4532 7718 0246 9150]].",
    "El huésped [[PERSON:Rodrigo Salazar Peña]] pidió factura a nombre de su empresa y dejó su correo "
    "[[EMAIL_ADDRESS:rsalazar@prodigy.net.mx]]; llegó el [[DATE_TIME:12/05]] desde [[LOCATION:Monterrey]].",
    # car rental
    "Rental agreement for [[PERSON:Autumn Kessler]], driver's license [[US_DRIVER_LICENSE:K401-7729-3318]] (IL), "
    "pick-up at O'Hare on [[DATE_TIME:04/18/2025]], drop-off [[DATE_TIME:04/22/2025]].",
    "The Hertz counter in [[LOCATION:Galway]] noted that [[PERSON:Seán Ó Dálaigh]] returned the car with a "
    "scratch on the rear bumper; the car's reg is [[ID_NUMBER:231-G-4719]].",
    # courts and police reports
    "On [[DATE_TIME:February 27, 2025]], officers responded to a burglary at [[ADDRESS:3318 Magnolia Avenue]], "
    "[[LOCATION:Riverside]], [[LOCATION:CA]] [[ZIP_CODE:92506]]; the homeowner, [[PERSON:Denise Alvarado]], [[AGE:44]], "
    "said the back door was forced.",
    "The defendant, [[PERSON:Kyle Brannigan]], born [[DATE_TIME:14.08.1989]], is remanded until his next hearing "
    "on [[DATE_TIME:2 May 2025]] at Manchester Crown Court; PNC ID [[ID_NUMBER:09/118273Q]].",
    "[[PERSON:Constance Achebe]] v. [[PERSON:Marcus Delaney]]: the small-claims hearing was moved to "
    "[[DATE_TIME:June 3rd]] because the defendant's lawyer was ill.",
    # social services
    "Social worker [[PERSON:Olusegun Bakare]] visited [[PERSON:Tiffany Rowe]] and her two children at "
    "[[ADDRESS:Flat 9, Pemberton House]], [[LOCATION:Hackney]] on [[DATE_TIME:19.02.25]]; the youngest, "
    "[[PERSON:Kai]], is [[AGE:three]].",
    "[[PERSON:Mrs. Wong]] is in her early eighties and was referred for a care assessment by her GP; her son "
    "[[PERSON:Derek Wong]] can be contacted on [[PHONE_NUMBER:9876 3412]] in [[LOCATION:Hong Kong]].",
    # elections
    "Voter [[PERSON:Eunice Kariuki]], ID number [[ID_NUMBER:28719034]], registered at the polling centre in "
    "[[LOCATION:Kisumu]] on [[DATE_TIME:14th January 2022]].",
    "Postal vote for [[PERSON:Alasdair MacLeod]] sent to [[ADDRESS:2F1, 17 Marchmont Road]], [[LOCATION:Edinburgh]] "
    "[[ZIP_CODE:EH9 1HY]]; elector number [[ID_NUMBER:LMA-2187]].",
    # charities
    "Thank you, [[PERSON:Gift Mwangi]]! Your monthly gift of KES 1,000 starts on [[DATE_TIME:1 March]] via M-Pesa "
    "from [[PHONE_NUMBER:0722 408 196]].",
    "[[PERSON:Barbara Lindqvist]] left £5,000 to the charity in her will; she died on [[DATE_TIME:9 October 2024]] "
    "aged [[AGE:93]] in [[LOCATION:Cheltenham]].",
    # gyms
    "Gym membership frozen for [[PERSON:Marcus Leclerc]] (member no. [[ID_NUMBER:GM-774102]]) from "
    "[[DATE_TIME:10 Feb]] to [[DATE_TIME:10 Apr]] after knee surgery.",
    "New member [[PERSON:Rosa Esposito]], [[AGE:27]], joined the [[LOCATION:Brunswick]] branch; emergency contact "
    "[[PERSON:Vince Esposito]] on [[PHONE_NUMBER:0433 902 517]].",
    # dating
    "[[PERSON:Will]], [[AGE:31]], from [[LOCATION:Austin]] — loves dogs, tacos and long runs. Snap: "
    "[[USERNAME:will_runs_atx]]. Don't message if you're not into hiking.",
    "Report from a user: a match calling herself [[PERSON:Natalia]] asked [[PERSON:Grant Hughes]] to send money to "
    "[[IBAN_CODE:PL89 1090 1014 0000 0712 3462 9508]] after only two days of chatting.",
    # ride-hailing
    "Driver [[PERSON:Abdulrahman Yusuf]] picked up [[PERSON:Faith Odhiambo]] at [[ADDRESS:Kilimani Road 18]] in "
    "[[LOCATION:Nairobi]] at 7:15; plate [[ID_NUMBER:KDG 447Q]].",
    "lost item: [[PERSON:tyler]] left a black backpack in the Uber from [[LOCATION:Brooklyn]] on [[DATE_TIME:3/9]], "
    "call him at [[PHONE_NUMBER:347 555 0126]].",
    # food delivery
    "Order for [[PERSON:Ngozi]] to [[ADDRESS:Block C, Flat 12, Adeola Odeku Street]], [[LOCATION:Victoria Island]] — "
    "please call [[PHONE_NUMBER:0803 112 7754]] at the gate.",
    "Rider note: leave the bag with the concierge at [[ADDRESS:88 Wellington Street West, Suite 1402]], "
    "[[LOCATION:Toronto]]; customer name [[PERSON:Harper Lindgren]].",
    # online marketplaces
    "Seller [[USERNAME:vintage_by_margot]] ([[PERSON:Margot Delacroix]]) shipped the dress to [[PERSON:Ivy Chen]] at "
    "[[ADDRESS:4-12-7 Jingumae]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]] 〒[[ZIP_CODE:150-0001]].",
    "Buyer [[PERSON:Jaime Ortega]] opened a dispute on [[DATE_TIME:02/03/2025]] saying the iPhone he bought from "
    "[[USERNAME:techdeals_88]] never arrived; tracking number 1Z999AA10123456784 shows delivered.",
    # gaming
    "Ban appeal from [[USERNAME:xX_Nightshade_Xx]]: the account owner, [[PERSON:Caleb Hartley]], says his younger "
    "brother used it; his registered email is [[EMAIL_ADDRESS:caleb.hartley09@outlook.com]].",
    "The tournament winner, [[PERSON:Kim Do-yeon]] ([[USERNAME:Doyeonie]]), [[AGE:17]], from [[LOCATION:Busan]], "
    "will receive the prize after her guardian signs the form.",
    # crypto exchanges
    "KYC check failed for [[PERSON:Viktor Hallström]]: the address on the utility bill, "
    "[[ADDRESS:Sveavägen 94]], [[ZIP_CODE:113 50]] [[LOCATION:Stockholm]], does not match the one on his account, and "
    "his personnummer [[ID_NUMBER:920305-7717]] was entered twice.",
    "Withdrawal of 0.42 BTC from [[PERSON:Obinna Eze]]'s account to [[ID_NUMBER:bc1q8x4m3v0k2tzfj7yqd5e9w6hnlrp03a2ucs7g4k]] "
    "was held for review on [[DATE_TIME:11 January]].",
    # utilities
    "Meter reading submitted by [[PERSON:Deepa Nair]] for [[ADDRESS:No. 14, 3rd Cross, Indiranagar]], "
    "[[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]; consumer number [[ID_NUMBER:BESCOM-4418270]].",
    "Final bill for [[TITLE:Mr]] and [[TITLE:Mrs]] [[PERSON:Tremblay]] at [[ADDRESS:2250 rue Sherbrooke Est, app. 6]], "
    "[[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2K 1E5]]: Hydro-Québec customer number "
    "[[ID_NUMBER:299 104 837 512]], payable by the 20th.",
    "Our records show [[PERSON:Dallas Fairweather]] moved out of [[ADDRESS:506 Birch Lane]], [[LOCATION:Boise]], "
    "[[LOCATION:ID]] [[ZIP_CODE:83702]] on [[DATE_TIME:January 31]]; the final water bill goes to "
    "[[EMAIL_ADDRESS:dfairweather@gmail.com]].",
    # other languages and regions
    "[[TITLE:Frau]] [[PERSON:Annette Vogelsang]] ([[AGE:58]]) aus [[LOCATION:Bielefeld]] hat am [[DATE_TIME:12.03.2025]] "
    "einen Ratenkredit beantragt; ihre Steuer-ID lautet [[ID_NUMBER:47 510 829 467]], ihr Girokonto "
    "[[IBAN_CODE:DE74 1007 0024 0938 2716 50]].",
    "Il paziente [[PERSON:Marco Bianchi]], nato a [[LOCATION:Roma]] il [[DATE_TIME:2 novembre 1979]], codice fiscale "
    "[[ID_NUMBER:BNCMRC79S02H501Z]], è stato dimesso dal reparto di cardiologia il [[DATE_TIME:20/02/2025]].",
    "A compradora [[PERSON:Thaís Albuquerque]] (CPF [[ID_NUMBER:381.920.476-87]]) pediu a devolução do pedido; "
    "endereço: [[ADDRESS:Rua Augusta, 1508, apto 72]], [[LOCATION:Consolação]], [[LOCATION:São Paulo]] - "
    "[[LOCATION:SP]], CEP [[ZIP_CODE:01304-001]].",
    "[[PERSON:Guadalupe Itzel Ramírez]] cumplió [[AGE:40]] años la semana pasada y solicitó su tarjeta de crédito en "
    "la sucursal de [[LOCATION:Guadalajara]]; domicilio: [[ADDRESS:Av. Chapultepec Sur 284, int. 5]], Col. "
    "[[LOCATION:Americana]], C.P. [[ZIP_CODE:44160]].",
    "Delivery for [[PERSON:Ma. Cristina Dela Cruz]], [[ADDRESS:Blk 7 Lot 22 Phase 2, Camella Homes]], Brgy. "
    "[[LOCATION:Talon Dos]], [[LOCATION:Las Piñas City]]; COD, GCash [[PHONE_NUMBER:0917 486 2093]].",
    "[[PERSON:Hunter Blackwood]] turned [[AGE:40]] last week, so the premium on his term life policy went up; the "
    "SSN on the policy is [[US_SSN:412-73-9058]].",
    "The patient portal flagged a login for [[PERSON:Grace Okoro]] from [[IP_ADDRESS:73.162.48.201]] on "
    "[[DATE_TIME:2/14/2025]] as unusual, because she normally signs in from [[LOCATION:Houston]].",
    "Centrelink wrote to [[PERSON:Mitchell Baird]] at [[ADDRESS:PO Box 1182]], [[LOCATION:Fremantle]] "
    "[[LOCATION:WA]] [[ZIP_CODE:6959]] to say his TFN [[ID_NUMBER:712 504 634]] was matched on "
    "[[DATE_TIME:18 Dec 2024]].",
    "[[TITLE:Mevrouw]] [[PERSON:Sanne de Jong-Visser]] (BSN [[ID_NUMBER:173920469]]) verhuist op [[DATE_TIME:1 mei]] "
    "naar [[ADDRESS:Oudegracht 211-bis]], [[ZIP_CODE:3511 NK]] [[LOCATION:Utrecht]].",
    "[[PERSON:Aarav Sharma]], son of [[PERSON:Rakesh Sharma]], resident of [[ADDRESS:B-17, Sector 12]], "
    "[[LOCATION:Dwarka]], [[LOCATION:New Delhi]] [[ZIP_CODE:110075]], Aadhaar [[ID_NUMBER:2817 4603 9253]], was "
    "admitted to Class 11 on [[DATE_TIME:01.04.2025]].",
    "La jueza citó a [[PERSON:Iñaki Etxeberria Goñi]], con DNI [[ID_NUMBER:48302917L]], a declarar el "
    "[[DATE_TIME:3 de junio de 2025]] por el accidente ocurrido en la [[ADDRESS:Avenida de la Libertad 22]] de "
    "[[LOCATION:San Sebastián]].",
    "The exchange verified [[PERSON:Sipho Dlamini]] (SA ID [[ID_NUMBER:8804125123080]]) on [[DATE_TIME:22/01/2025]]; "
    "his proof of address is for [[ADDRESS:31 Jan Smuts Avenue]], [[LOCATION:Parktown]], "
    "[[LOCATION:Johannesburg]] [[ZIP_CODE:2193]].",
    "[[PERSON:Marina]] lives near the marina in [[LOCATION:Portsmouth]] and her number is "
    "[[PHONE_NUMBER:07700 183 462]]; the complaint about the late delivery came from her neighbour, "
    "[[PERSON:Rowan Hale]].",
    "[[PERSON:Siobhán Ní Bhriain]], PPSN [[ID_NUMBER:6841072T]], turns [[AGE:sixty-six]] on [[DATE_TIME:4 March]] and "
    "qualifies for the State Pension; she lives at [[ADDRESS:Cnoc na Gréine]], [[LOCATION:An Spidéal]], Co. "
    "[[LOCATION:Galway]] [[ZIP_CODE:H91 X2K7]].",
    "Service Canada: [[PERSON:Amélie Gagnon]], SIN [[ID_NUMBER:130 692 544]], applied for EI on "
    "[[DATE_TIME:2025/02/03]] after being laid off from the [[LOCATION:Trois-Rivières]] plant.",
]

BENCH: list[str] = [
    # US
    "Customer profile: [[PERSON:Ms. Jacquelyn Ferraro]], female, [[AGE:43]], born [[DATE_TIME:1981-06-22]], works as a "
    "Senior Claims Analyst at Liberty Mutual. Address: [[ADDRESS:2207 Oakmont Drive, Apt 3B]], [[LOCATION:Columbus]], "
    "[[LOCATION:OH]] [[ZIP_CODE:43215]]. Phone [[PHONE_NUMBER:(614) 555-0182]], email "
    "[[EMAIL_ADDRESS:jacquelyn.ferraro@yahoo.com]], SSN [[US_SSN:287-54-1936]], card [[CREDIT_CARD:4916 3380 5721 4065]] "
    "exp 09/27 CVV 318.",
    "Account created for [[USERNAME:dmitri.volkov84]] ([[PERSON:Dmitri Volkov]]) from IP [[IP_ADDRESS:98.214.77.13]] "
    "using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/121.0 Safari/537.36; password set to "
    "Vlk!2024spring; recovery phone [[PHONE_NUMBER:+1-718-555-0139]].",
    "Please verify the identity of [[PERSON:Terrence Odom]] (DOB [[DATE_TIME:04/09/1976]], SSN [[US_SSN:531-08-4472]]), "
    "whose Georgia driver's license [[US_DRIVER_LICENSE:058219374]] and US passport [[US_PASSPORT:563012874]] were "
    "uploaded on [[DATE_TIME:12/02/2024]]; his home is [[ADDRESS:88 Peachtree Hills Ave NE]], [[LOCATION:Atlanta]], "
    "[[LOCATION:GA]] [[ZIP_CODE:30305]].",
    "Employee record — Name: [[PERSON:Rosalind Whitacre-Nunez]]; Gender: Female; Title: VP of Operations; Employee ID: "
    "[[ID_NUMBER:EMP-448193]]; Work email: [[EMAIL_ADDRESS:r.whitacre-nunez@northwindlogistics.com]]; Mobile: "
    "[[PHONE_NUMBER:312.555.0174]]; Home: [[ADDRESS:1410 N Wells St, Unit 1902]], [[LOCATION:Chicago]], "
    "[[LOCATION:IL]] [[ZIP_CODE:60610]].",
    "[[PERSON:Brayden Kowalczyk]] (he/him), [[AGE:24]], a barista in [[LOCATION:Portland]], "
    "[[LOCATION:Oregon]], paid with Amex [[CREDIT_CARD:3741 205839 66712]]; Venmo [[USERNAME:Brayden-Kow]]; "
    "Instagram [[URL:https://www.instagram.com/brayden.brews]].",
    "The tax preparer filed the 1040 for [[PERSON:Luz Marina Echeverría]] and [[PERSON:Hector Echeverría]] "
    "(SSNs [[US_SSN:619-42-0837]] and [[US_SSN:620-17-5548]]) of [[ADDRESS:745 W Ajo Way]], [[LOCATION:Tucson]], "
    "[[LOCATION:AZ]] [[ZIP_CODE:85713]]; refund to account [[ID_NUMBER:7301928846]], routing 122105155.",
    "User: [[USERNAME:kfitzgerald_md]] | Name: [[PERSON:Dr. Kathleen Fitzgerald]] | NPI: [[ID_NUMBER:1659382075]] | "
    "Specialty: Pediatrics | Practice: [[ADDRESS:300 Longwood Ave]], [[LOCATION:Boston]], [[LOCATION:MA]] "
    "[[ZIP_CODE:02115]] | Last login IP: [[IP_ADDRESS:10.48.3.117]] | MAC 3C:22:FB:7A:91:0E",
    "Wallet owner [[PERSON:Jamal Whitfield]] ([[EMAIL_ADDRESS:jwhitfield.eth@proton.me]]) linked ETH address "
    "[[ID_NUMBER:0x7a3B9c21D4e8F0516a2b7C9d3E1f4a8B6c0D5e92]] on [[DATE_TIME:January 5, 2025]]; device IPv6 "
    "[[IP_ADDRESS:2600:1700:3e4:9c10::2b]].",
    "Patient: [[PERSON:Delphine Arceneaux]], [[AGE:58]] y/o F, DOB [[DATE_TIME:03.17.1966]], MRN [[ID_NUMBER:MRN00482217]], "
    "insurance Blue Cross member ID [[ID_NUMBER:XJL902184733]], address [[ADDRESS:1209 Esplanade Ave]], "
    "[[LOCATION:New Orleans]], [[LOCATION:LA]] [[ZIP_CODE:70116]], phone [[PHONE_NUMBER:504-555-0163]].",
    "Hello [[PERSON:Mx. Riley Castellanos]], your rental at [[ADDRESS:5120 Sunset Blvd #207]], "
    "[[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90027]] has been renewed. The monthly payment will be "
    "charged to your Mastercard [[CREDIT_CARD:5425 2334 3010 9069]]. Questions? Email [[EMAIL_ADDRESS:rcastellanos@icloud.com]].",
    "Driver: [[PERSON:Cody Ray Tillman]], Texas DL [[US_DRIVER_LICENSE:38401927]], plate [[ID_NUMBER:LMR-4418]], "
    "DOB [[DATE_TIME:Aug 30 1992]], [[AGE:32]] yrs, address [[ADDRESS:PO Box 447]], [[LOCATION:Amarillo]], "
    "[[LOCATION:TX]] [[ZIP_CODE:79105]].",
    "Scholarship applicant [[PERSON:Naomi Tsosie]], age [[AGE:18]], first-generation college student, lives in "
    "[[LOCATION:Window Rock]], [[LOCATION:AZ]] [[ZIP_CODE:86515]]; contact [[EMAIL_ADDRESS:naomi.tsosie06@gmail.com]], "
    "[[PHONE_NUMBER:928-555-0110]].",
    "Order placed by [[PERSON:Walter P. Hendricks]] from [[IP_ADDRESS:172.58.112.9]]: ship to [[ADDRESS:19 Harbor View Rd]], "
    "[[LOCATION:Bar Harbor]], [[LOCATION:ME]] [[ZIP_CODE:04609]]; billing card [[CREDIT_CARD:6011 5843 2079 1186]]; "
    "gift message for [[PERSON:Marjorie]].",
    "Background check: [[PERSON:Luis Alberto Paredes]], born [[DATE_TIME:11/23/1985]] in [[LOCATION:Lima]], "
    "[[NRP:Peruvian]] and [[NRP:American]] citizen, SSN [[US_SSN:144-62-8093]], US passport [[US_PASSPORT:A38172094]], "
    "current address [[ADDRESS:61 Grand Street, Apt 5]], [[LOCATION:Jersey City]], [[LOCATION:NJ]] [[ZIP_CODE:07302]].",
    # UK
    "Applicant: [[PERSON:Mr Callum Fraser-Reid]], male, DOB [[DATE_TIME:14/07/1988]], National Insurance number "
    "[[ID_NUMBER:JT 58 31 94 B]], address [[ADDRESS:Flat 2, 46 Dalkeith Road]], [[LOCATION:Edinburgh]] "
    "[[ZIP_CODE:EH16 5BS]], mobile [[PHONE_NUMBER:07824 661 093]], bank [[IBAN_CODE:GB10 BARC 2031 5847 2916 53]].",
    "[[PERSON:Mrs. Farzana Begum]], [[AGE:39]], pharmacist at Boots, lives at [[ADDRESS:27 Alum Rock Road]], "
    "[[LOCATION:Birmingham]] [[ZIP_CODE:B8 1JB]]; NHS no. [[ID_NUMBER:612 904 5581]]; GPhC reg. [[ID_NUMBER:2077319]]; "
    "email [[EMAIL_ADDRESS:farzana.begum@nhs.net]].",
    "Username: [[USERNAME:gaz_the_gaffer]] / Real name: [[PERSON:Gareth Llewellyn]] / Age: [[AGE:47]] / Town: "
    "[[LOCATION:Merthyr Tydfil]] / Postcode: [[ZIP_CODE:CF47 8DL]] / Tel: [[PHONE_NUMBER:01685 384 290]] / "
    "Password: Rugby4Wales!! / IP: [[IP_ADDRESS:81.144.203.66]]",
    "Card holder: [[TITLE:Miss]] [[PERSON:Tallulah Brennan]], card [[CREDIT_CARD:4024 0071 6638 2910]], expiry 11/26; billing "
    "address [[ADDRESS:3 Ropewalk Mews]], [[LOCATION:Bristol]] [[ZIP_CODE:BS1 6EW]], [[LOCATION:United Kingdom]]; "
    "driving licence [[ID_NUMBER:BRENN857140T99LK]].",
    "Tenant reference: [[PERSON:Oluwatobi Adeyemi]], [[AGE:29]], software tester at Sky, monthly salary £2,950 paid "
    "into [[IBAN_CODE:GB75 HBUK 4012 7763 0519 84]]; previous address [[ADDRESS:112 Queens Road]], "
    "[[LOCATION:Leicester]] [[ZIP_CODE:LE2 3FL]]; passport [[ID_NUMBER:553918204]] ([[NRP:British]]).",
    "Ref. for [[PERSON:Prof. Imogen Hartley-Shaw]], Department of History, email "
    "[[EMAIL_ADDRESS:i.hartley-shaw@soton.ac.uk]], ORCID [[ID_NUMBER:0000-0002-7741-3095]], office phone 023 8059 5000, "
    "home [[ADDRESS:9 Winn Road]], [[LOCATION:Southampton]] [[ZIP_CODE:SO17 1EN]].",
    "Insured: [[PERSON:Derek Stubbs]] (DOB [[DATE_TIME:2 March 1954]], aged [[AGE:70]]), vehicle reg "
    "[[ID_NUMBER:YD19 KXW]], address [[ADDRESS:Rose Cottage, Mill Lane]], [[LOCATION:Little Snoring]], "
    "[[LOCATION:Norfolk]] [[ZIP_CODE:NR21 0JB]], phone [[PHONE_NUMBER:01328 878 421]].",
    "Student: [[PERSON:Ellie-Mae Thornton]] | UPN [[ID_NUMBER:K821937045012]] | DOB [[DATE_TIME:30/09/2011]] | "
    "Parent: [[PERSON:Kerry Thornton]] [[PHONE_NUMBER:07700 900 418]] | Address: [[ADDRESS:44 Canal Street]], "
    "[[LOCATION:Wigan]] [[ZIP_CODE:WN5 0BA]]",
    "Login alert for [[EMAIL_ADDRESS:aidan.mccarthy77@hotmail.co.uk]] from [[IP_ADDRESS:2a00:23c8:4b12:7f01:e5d4:91a2:3c6b:108f]] "
    "([[LOCATION:Belfast]]), device MacBook Pro, Safari 17.2; account holder [[PERSON:Aidan McCarthy]].",
    # Canada
    "Client: [[PERSON:Marie-Ève Lapointe]], née le [[DATE_TIME:19 avril 1990]], NAS [[ID_NUMBER:527 381 099]], "
    "adresse [[ADDRESS:4410 rue Saint-Denis, app. 3]], [[LOCATION:Montréal]] ([[LOCATION:Québec]]) [[ZIP_CODE:H2J 2L1]], "
    "tél. [[PHONE_NUMBER:514-555-0177]], courriel [[EMAIL_ADDRESS:me.lapointe@videotron.ca]].",
    "Name: [[PERSON:Gurpreet Singh Dhillon]]; Sex: M; Age: [[AGE:36]]; Occupation: long-haul trucker; SIN "
    "[[ID_NUMBER:718 046 337]]; Address: [[ADDRESS:8842 128 St]], [[LOCATION:Surrey]], [[LOCATION:BC]] "
    "[[ZIP_CODE:V3W 4A9]]; Phone [[PHONE_NUMBER:604-555-0121]]; Religion: [[NRP:Sikh]].",
    "Member [[PERSON:Tyler Bighorn]] of [[LOCATION:Maskwacis]], [[LOCATION:Alberta]] renewed his membership "
    "[[ID_NUMBER:CMA-220871]] online from [[IP_ADDRESS:142.179.4.88]]; card [[CREDIT_CARD:4485 2290 7713 6043]].",
    "Policy holder [[PERSON:Siobhan Greer]], [[ADDRESS:23 Gower Street]], [[LOCATION:St. John's]], [[LOCATION:NL]] "
    "[[ZIP_CODE:A1C 1N1]], date of birth [[DATE_TIME:1979-12-04]], SIN [[ID_NUMBER:284 915 709]], phone "
    "[[PHONE_NUMBER:(709) 555-0194]].",
    # Australia and New Zealand
    "Name: [[PERSON:Kirra Watson]] | DOB: [[DATE_TIME:05/03/1995]] | Medicare: [[ID_NUMBER:2951 73045 1]] | Address: "
    "[[ADDRESS:17 Mitchell St]], [[LOCATION:Darwin City]] [[LOCATION:NT]] [[ZIP_CODE:0800]] | Mobile: "
    "[[PHONE_NUMBER:0401 772 386]] | Email: [[EMAIL_ADDRESS:kirra.w95@bigpond.com]]",
    "Applicant [[PERSON:Declan O'Sullivan]], [[AGE:41]], electrician, TFN [[ID_NUMBER:329 071 587]], lives at "
    "[[ADDRESS:6/82 Beach Road]], [[LOCATION:Sandringham]] [[LOCATION:VIC]] [[ZIP_CODE:3191]]; driver licence "
    "[[ID_NUMBER:048 771 926]]; salary paid to BSB 063-182 account [[ID_NUMBER:10477263]].",
    "[[PERSON:Mrs Leilani Faleolo]], [[AGE:62]], retired teacher, [[ADDRESS:14 Kowhai Street]], [[LOCATION:Ōtāhuhu]], "
    "[[LOCATION:Auckland]] [[ZIP_CODE:1062]], NHI [[ID_NUMBER:ZHK4713]], phone [[PHONE_NUMBER:021 448 0713]].",
    "Crypto exchange signup: [[PERSON:Nathan Cho]], [[EMAIL_ADDRESS:nathancho.syd@gmail.com]], mobile "
    "[[PHONE_NUMBER:+61 412 880 347]], ID: NSW licence [[ID_NUMBER:14830729]], wallet "
    "[[ID_NUMBER:bc1qw5r8t2x0n4m6yk3f9hd7v2lpzqe84s6ja0c5ut]], login from [[IP_ADDRESS:203.45.118.201]].",
    # Ireland
    "Customer: [[PERSON:Aoife Ní Mhurchú]]; PPSN: [[ID_NUMBER:3092651N]]; Address: [[ADDRESS:11 Seaview Terrace]], "
    "[[LOCATION:Salthill]], [[LOCATION:Galway]], [[ZIP_CODE:H91 E2W4]]; IBAN: [[IBAN_CODE:IE85 AIBK 9320 6158 4473 09]]; "
    "Phone: [[PHONE_NUMBER:+353 86 421 7730]].",
    "[[PERSON:Padraig Doherty]], [[AGE:55]], farmer, herd number [[ID_NUMBER:R1472093]], of [[LOCATION:Ballinacor]], "
    "Co. [[LOCATION:Donegal]], wrote on [[DATE_TIME:9 January 2025]] from [[EMAIL_ADDRESS:pdoherty.farm@eircom.net]].",
    # India
    "KYC details — Name: [[PERSON:Ananya Raghunathan]]; Father's name: [[PERSON:S. Raghunathan]]; DOB: "
    "[[DATE_TIME:12-05-1997]]; PAN: [[ID_NUMBER:BXRPR4417K]]; Aadhaar: [[ID_NUMBER:5493 0718 2641]]; Address: "
    "[[ADDRESS:Flat 3C, Lakshmi Apartments, 22 Besant Road]], [[LOCATION:Mylapore]], [[LOCATION:Chennai]] "
    "[[ZIP_CODE:600004]]; Mobile: [[PHONE_NUMBER:+91 98401 27736]].",
    "Employee [[PERSON:Rohit Deshpande]] (emp code [[ID_NUMBER:INF-772019]]), [[AGE:31]], Pune office; UPI "
    "[[USERNAME:rohitd@okhdfcbank]]; bank a/c [[ID_NUMBER:50100248193047]], IFSC HDFC0001283; email "
    "[[EMAIL_ADDRESS:rohit.deshpande@infosys.com]].",
    "Passenger: [[PERSON:Mrs. Harpreet Kaur Gill]], passport [[ID_NUMBER:Z4471902]], [[NRP:Indian]], DOB "
    "[[DATE_TIME:21 OCT 1968]], address [[ADDRESS:H.No. 224, Phase 7]], [[LOCATION:Mohali]], [[LOCATION:Punjab]] "
    "[[ZIP_CODE:160062]], contact [[PHONE_NUMBER:98140 66321]].",
    "Loan applicant [[PERSON:Venkatesh Iyer]], [[AGE:45]] years, salaried, PAN [[ID_NUMBER:AHZPI8832Q]], Aadhaar "
    "[[ID_NUMBER:7302 6159 8403]], residing at [[ADDRESS:No. 8, 5th Main, Jayanagar 4th Block]], "
    "[[LOCATION:Bengaluru]] [[ZIP_CODE:560011]], email [[EMAIL_ADDRESS:venky.iyer71@rediffmail.com]].",
    # Nigeria, South Africa, Kenya
    "Account opening: [[PERSON:Chidinma Grace Obi]], female, DOB [[DATE_TIME:17/02/1993]], BVN [[ID_NUMBER:22381047765]], "
    "NIN [[ID_NUMBER:48203917552]], address [[ADDRESS:5 Okigwe Road]], [[LOCATION:Owerri]], [[LOCATION:Imo State]], "
    "phone [[PHONE_NUMBER:0806 447 1932]], NUBAN [[ID_NUMBER:0725183945]].",
    "Rider profile: [[USERNAME:tunde_rides]], name [[PERSON:Babatunde Ogunleye]], [[AGE:27]], plate "
    "[[ID_NUMBER:LSR 418 KJA]], licence [[ID_NUMBER:AKW48210AA17]], email [[EMAIL_ADDRESS:b.ogunleye@gmail.com]], "
    "lives in [[LOCATION:Ikeja]], [[LOCATION:Lagos]].",
    "[[PERSON:Thandiwe Khumalo]], ID [[ID_NUMBER:9308270146085]], [[AGE:31]], nurse at Chris Hani Baragwanath, "
    "[[ADDRESS:2231 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]] [[ZIP_CODE:1804]], cell "
    "[[PHONE_NUMBER:072 318 4490]].",
    "Subscriber: [[PERSON:Pieter van der Merwe]] | ID no.: [[ID_NUMBER:7501165832080]] | Tel: [[PHONE_NUMBER:+27 21 555 0192]] "
    "| Email: [[EMAIL_ADDRESS:pietvdm@mweb.co.za]] | Address: [[ADDRESS:15 Dorp Street]], [[LOCATION:Stellenbosch]] "
    "[[ZIP_CODE:7600]]",
    "M-Pesa statement for [[PERSON:Wanjiru Kamau]], [[PHONE_NUMBER:0712 904 361]], ID [[ID_NUMBER:31875024]], KRA PIN "
    "[[ID_NUMBER:A009417732M]], of [[ADDRESS:P.O. Box 5521]]-[[ZIP_CODE:00200]] [[LOCATION:Nairobi]].",
    # Singapore, Philippines
    "Name: [[PERSON:Tan Wei Ling]]; NRIC: [[ID_NUMBER:S8723016C]]; DOB: [[DATE_TIME:15 Aug 1987]]; Address: "
    "[[ADDRESS:Blk 412 Ang Mo Kio Ave 10, #08-1127]], [[LOCATION:Singapore]] [[ZIP_CODE:560412]]; HP: "
    "[[PHONE_NUMBER:9187 4402]]; Race: Chinese; Email: [[EMAIL_ADDRESS:weiling.tan@singnet.com.sg]]",
    "Foreign worker [[PERSON:Rajendran s/o Murugan]], FIN [[ID_NUMBER:G6182734Q]], [[AGE:38]], [[NRP:Indian]] national, "
    "employer-provided dormitory at [[ADDRESS:2 Tuas South Ave 2]], [[LOCATION:Singapore]] [[ZIP_CODE:637601]].",
    "Borrower: [[PERSON:Jose Miguel Bautista]], [[AGE:33]], OFW seaman, SSS [[ID_NUMBER:34-7719204-3]], TIN "
    "[[ID_NUMBER:418-227-903-000]], address [[ADDRESS:123 Mabini St.]], Brgy. [[LOCATION:Poblacion]], "
    "[[LOCATION:Tanauan City]], [[LOCATION:Batangas]] [[ZIP_CODE:4232]], mobile [[PHONE_NUMBER:0926 551 3840]].",
    "PhilHealth member [[PERSON:Rowena Santos-Villanueva]], PIN [[ID_NUMBER:19-052384716-4]], born "
    "[[DATE_TIME:March 8, 1984]], [[LOCATION:Cebu City]]; Facebook [[URL:https://www.facebook.com/rowena.santosvillanueva]].",
    # French
    "Nom : [[PERSON:Dubois]] ; Prénom : [[PERSON:Héloïse]] ; Sexe : F ; Date de naissance : [[DATE_TIME:07/07/1989]] ; "
    "N° de sécurité sociale : [[ID_NUMBER:2 89 07 75 114 283 11]] ; Adresse : [[ADDRESS:38 rue Oberkampf]], "
    "[[ZIP_CODE:75011]] [[LOCATION:Paris]] ; Tél. : [[PHONE_NUMBER:06 71 48 22 90]] ; IBAN : "
    "[[IBAN_CODE:FR76 3000 4008 2300 0104 5721 914]]",
    "[[TITLE:M.]] [[PERSON:Karim Benali]], [[AGE:44]] ans, chauffeur VTC à [[LOCATION:Marseille]], immatriculation "
    "[[ID_NUMBER:GH-482-TK]], permis n° [[ID_NUMBER:13AB91027]], courriel [[EMAIL_ADDRESS:karim.benali13@free.fr]], "
    "adresse IP [[IP_ADDRESS:90.61.144.27]].",
    "[[TITLE:Mme]] [[PERSON:Solène Marchetti]], née le [[DATE_TIME:30 janvier 1985]] à [[LOCATION:Ajaccio]], "
    "domiciliée [[ADDRESS:12 cours Napoléon]], [[ZIP_CODE:20000]] [[LOCATION:Ajaccio]], carte bancaire "
    "[[CREDIT_CARD:4147 0982 3356 7189]], téléphone [[PHONE_NUMBER:+33 4 95 51 27 83]].",
    "Numéro national : [[ID_NUMBER:85.03.17-214.15]] — [[PERSON:Bénédicte Lemaire]], [[ADDRESS:Rue des Wallons 41, bte 3]], "
    "[[ZIP_CODE:1348]] [[LOCATION:Louvain-la-Neuve]], compte [[IBAN_CODE:BE36 0630 4177 2881]].",
    # German
    "Name: [[PERSON:Jonas Hoffmeister]], geb. [[DATE_TIME:03.05.1991]] in [[LOCATION:Kassel]], Anschrift: "
    "[[ADDRESS:Friedrich-Ebert-Straße 117]], [[ZIP_CODE:34119]] [[LOCATION:Kassel]], Steuer-ID "
    "[[ID_NUMBER:26 081 935 279]], IBAN [[IBAN_CODE:DE93 7602 6000 1184 5632 07]], Handy [[PHONE_NUMBER:0176 2394 8817]].",
    "[[TITLE:Herr]] [[PERSON:Mehmet Yıldırım]], [[AGE:52]] Jahre, Taxiunternehmer, Kennzeichen [[ID_NUMBER:B-MY 4471]], "
    "Führerscheinnummer [[ID_NUMBER:B072R8M4K41]], E-Mail [[EMAIL_ADDRESS:m.yildirim@gmx.de]], wohnhaft "
    "[[ADDRESS:Sonnenallee 212]], [[ZIP_CODE:12059]] [[LOCATION:Berlin]].",
    "Versicherte: [[PERSON:Ursula Brandstätter]], geboren am [[DATE_TIME:11.11.1948]], Sozialversicherungsnummer "
    "[[ID_NUMBER:4129 111148]], [[ADDRESS:Mariahilfer Straße 88/14]], [[ZIP_CODE:1070]] [[LOCATION:Wien]], Konto "
    "[[IBAN_CODE:AT61 1904 3002 3457 3201]].",
    "Mitglied [[PERSON:Lukas Gerber]], AHV-Nr. [[ID_NUMBER:756.3819.2047.53]], [[ADDRESS:Bahnhofstrasse 14]], "
    "[[ZIP_CODE:8001]] [[LOCATION:Zürich]], Tel. [[PHONE_NUMBER:+41 79 412 38 06]], IBAN "
    "[[IBAN_CODE:CH14 0076 2016 2784 1509 3]].",
    # Italian
    "Dati cliente: [[PERSON:Giulia Rossi]], nata il [[DATE_TIME:14/03/1988]] a [[LOCATION:Milano]], codice fiscale "
    "[[ID_NUMBER:RSSGLI88C54F205V]], residente in [[ADDRESS:Via Padova 74]], [[ZIP_CODE:20127]] [[LOCATION:Milano]] "
    "([[LOCATION:MI]]), cell. [[PHONE_NUMBER:347 218 9043]], IBAN [[IBAN_CODE:IT57 Q030 6909 6061 0000 0063 517]].",
    "[[TITLE:Sig.ra]] [[PERSON:Francesca Esposito]], [[AGE:30]] anni, insegnante, codice fiscale "
    "[[ID_NUMBER:SPSFNC94L61F839T]], [[ADDRESS:Via Toledo 256]], [[ZIP_CODE:80134]] [[LOCATION:Napoli]], email "
    "[[EMAIL_ADDRESS:f.esposito94@libero.it]], carta [[CREDIT_CARD:5191 7726 0438 8159]].",
    "Utente [[USERNAME:lucabart_77]] — [[PERSON:Luca Bartolini]], [[AGE:47]] anni, [[LOCATION:Bologna]], IP "
    "[[IP_ADDRESS:151.38.97.210]], password Bologna1909!, targa [[ID_NUMBER:FT 418 KZ]].",
    # Spanish
    "Nombre: [[PERSON:Alejandro Ruiz Calderón]]; DNI: [[ID_NUMBER:73195046F]]; Fecha de nacimiento: "
    "[[DATE_TIME:02/12/1979]]; Domicilio: [[ADDRESS:Calle Sierpes 48, 3º izq.]], [[ZIP_CODE:41004]] [[LOCATION:Sevilla]]; "
    "Teléfono: [[PHONE_NUMBER:+34 654 219 870]]; IBAN: [[IBAN_CODE:ES35 0049 1500 0427 1034 9865]].",
    "[[TITLE:Sra.]] [[PERSON:Wendy Chávez]], NIE [[ID_NUMBER:Y2715068R]], [[NRP:ecuatoriana]], [[AGE:35]] años, "
    "empleada del hogar, vive en [[ADDRESS:Carrer de Sants 190, 4t 2a]], [[ZIP_CODE:08028]] [[LOCATION:Barcelona]]; "
    "correo [[EMAIL_ADDRESS:wendy.chavez.q@hotmail.es]].",
    "Cliente: [[PERSON:Fernanda López Treviño]], RFC [[ID_NUMBER:LOTF9006153KA]], domicilio [[ADDRESS:Calle Madero 77]], "
    "Col. [[LOCATION:Centro]], [[LOCATION:Morelia]], [[LOCATION:Michoacán]], C.P. [[ZIP_CODE:58000]], cel. "
    "[[PHONE_NUMBER:443 218 6604]], tarjeta [[CREDIT_CARD:5598 4410 2267 0833]].",
    # Dutch
    "Naam: [[PERSON:Daan Verhoeven]]; Geboortedatum: [[DATE_TIME:22-08-1986]]; BSN: [[ID_NUMBER:284509139]]; Adres: "
    "[[ADDRESS:Lange Nieuwstraat 33]], [[ZIP_CODE:3512 PC]] [[LOCATION:Utrecht]]; IBAN: [[IBAN_CODE:NL81 INGB 0006 7834 21]]; "
    "Tel: [[PHONE_NUMBER:06-41928375]].",
    "[[TITLE:Mevr.]] [[PERSON:Fatima El Amrani]], [[AGE:27]] jaar, verpleegkundige, BIG-nummer [[ID_NUMBER:49072318601]], "
    "e-mail [[EMAIL_ADDRESS:f.elamrani@ziggo.nl]], kenteken [[ID_NUMBER:K-418-RT]], woont in [[LOCATION:Rotterdam]].",
    "[[TITLE:Dhr.]] [[PERSON:Jeroen Bakker]], [[ADDRESS:Korte Poten 9]], [[ZIP_CODE:2511 EB]] [[LOCATION:Den Haag]], "
    "rekening [[IBAN_CODE:NL18 RABO 0318 4627 59]], IP-adres [[IP_ADDRESS:84.105.37.212]].",
    # Portuguese
    "Nome: [[PERSON:Inês Carvalho Sousa]]; NIF: [[ID_NUMBER:284509175]]; Data de nascimento: [[DATE_TIME:09-06-1992]]; "
    "Morada: [[ADDRESS:Rua de Santa Catarina 312, 2.º Esq.]], [[ZIP_CODE:4000-447]] [[LOCATION:Porto]]; Telemóvel: "
    "[[PHONE_NUMBER:+351 936 114 207]]; IBAN: [[IBAN_CODE:PT50 0035 0721 0048 3917 2654 4]].",
    "Paciente [[PERSON:João Pedro Nascimento]], [[AGE:61]] anos, CPF [[ID_NUMBER:705.613.289-86]], endereço "
    "[[ADDRESS:Av. Sete de Setembro, 2145, ap. 1102]], [[LOCATION:Salvador]] - [[LOCATION:BA]], CEP "
    "[[ZIP_CODE:40080-001]], telefone [[PHONE_NUMBER:(71) 98842-3107]].",
    "Vendedor [[USERNAME:bia.brecho]] ([[PERSON:Beatriz Moura]]), chave Pix [[EMAIL_ADDRESS:bia.moura.vendas@gmail.com]], "
    "conta [[IBAN_CODE:BR09 0036 0305 0123 4000 9795 493C 1]], [[LOCATION:Curitiba]].",
    # Polish, Swedish, Turkish
    "Imię i nazwisko: [[PERSON:Katarzyna Wiśniewska]]; PESEL: [[ID_NUMBER:75110839426]]; adres: "
    "[[ADDRESS:ul. Floriańska 19 m. 4]], [[ZIP_CODE:31-019]] [[LOCATION:Kraków]]; tel. [[PHONE_NUMBER:+48 601 337 284]]; "
    "e-mail [[EMAIL_ADDRESS:kasia.wisniewska@wp.pl]].",
    "Namn: [[PERSON:Elin Sjöberg]], personnummer [[ID_NUMBER:870614-3289]], adress [[ADDRESS:Götgatan 48]], "
    "[[ZIP_CODE:118 26]] [[LOCATION:Stockholm]], mobil [[PHONE_NUMBER:070-318 42 96]], konto "
    "[[IBAN_CODE:SE45 5000 0000 0583 9825 7466]].",
    "Ad Soyad: [[PERSON:Zeynep Aydın]]; T.C. Kimlik No: [[ID_NUMBER:28457019376]]; Doğum tarihi: [[DATE_TIME:04.02.1990]]; "
    "Adres: [[ADDRESS:Bağdat Caddesi No: 214 D: 7]], [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]]; GSM: "
    "[[PHONE_NUMBER:0532 418 27 93]]; IBAN: [[IBAN_CODE:TR95 0006 1005 1937 7820 4631 05]].",
    "Record 9023 — insured: [[PERSON:Eleanor Vance-Oduya]]; gender: female; DOB: [[DATE_TIME:September 14, 1970]]; "
    "occupation: registered nurse; employer: Mercy Health; address: [[ADDRESS:930 Elm Street, Apt 12]], "
    "[[LOCATION:Manchester]], [[LOCATION:NH]] [[ZIP_CODE:03101]]; phone: [[PHONE_NUMBER:603-555-0158]]; SSN: "
    "[[US_SSN:032-81-6647]]; card: [[CREDIT_CARD:2221 0087 3346 5910]]; last session from [[IP_ADDRESS:24.61.190.42]], "
    "MAC 00:1A:2B:9C:44:D1, Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X).",
]

DOC: list[str] = [
    # discharge summary, UK
    """DISCHARGE SUMMARY — Acute Medical Unit
Patient: [[PERSON:Margaret Ellen Shorrock]]    NHS No: [[ID_NUMBER:732 118 0468]]    Hospital No: [[ID_NUMBER:RX4471920]]
DOB: [[DATE_TIME:19/08/1941]] ([[AGE:83]] y)    Sex: F
Address: [[ADDRESS:12 Primrose Bank]], [[LOCATION:Lancaster]] [[ZIP_CODE:LA1 3DR]]
GP: [[PERSON:Dr. Owen Pritchard]], Ridge Medical Practice
Admitted: [[DATE_TIME:03/02/2025]]    Discharged: [[DATE_TIME:11/02/2025]]    Ward 23, bed 4
Consultant: [[PERSON:Dr. Aisha Mahmood]] (GMC [[ID_NUMBER:7041283]])

Presenting complaint: fall at home, found by her son [[PERSON:Graham Shorrock]] the next morning.
Diagnosis: community-acquired pneumonia (CURB-65 score 2); Parkinson's disease (known).
Medication changes: amoxicillin 500 mg TDS for 5 days; co-careldopa unchanged.
Follow-up: chest X-ray in 6 weeks; falls clinic on [[DATE_TIME:24 March 2025]].
Next of kin: [[PERSON:Graham Shorrock]] (son), [[PHONE_NUMBER:07719 302 845]], [[EMAIL_ADDRESS:g.shorrock@talktalk.net]]
Summary written by [[PERSON:Dr. Tomasz Nowak]], FY2, bleep 4417.""",
    # discharge summary, US
    """Patient Name: [[PERSON:ALVAREZ]], [[PERSON:RICARDO J]]
MRN: [[ID_NUMBER:004418273]]    Acct: [[ID_NUMBER:71920384]]
DOB: [[DATE_TIME:05/30/1964]]    Age: [[AGE:60]]    Sex: M
Admit Date: [[DATE_TIME:01/27/2025]]    Discharge Date: [[DATE_TIME:02/01/2025]]
Attending: [[PERSON:Susan K. Marlowe]], MD (NPI [[ID_NUMBER:1320748597]])
Insurance: Aetna PPO, member ID [[ID_NUMBER:W218840371]]

HPI: [[AGE:60]] y/o male with a history of type 2 diabetes and CAD, presented to the ED with substernal chest pain
radiating to the left arm. Troponin peaked at 2.4. Cath showed 90% LAD stenosis; DES placed.
Discharge meds: aspirin 81 mg, clopidogrel 75 mg, atorvastatin 80 mg, metformin 1000 mg BID.
Disposition: home with wife, [[PERSON:Carmen Alvarez]], at [[ADDRESS:4812 W Cermak Rd]], [[LOCATION:Cicero]],
[[LOCATION:IL]] [[ZIP_CODE:60804]]. Cardiology follow-up with [[PERSON:Dr. Benjamin Osei]] on [[DATE_TIME:2/14/2025]].
Patient phone: [[PHONE_NUMBER:(708) 555-0139]].""",
    # police witness statement
    """WITNESS STATEMENT (CJ Act 1967, s.9; MC Rules 1981, r.70)
URN: 41/TX/00982/25
Statement of: [[PERSON:Bethany Louise Carrow]]
Age if under 18: over 18    Occupation: retail supervisor
Address: [[ADDRESS:56 Elmfield Avenue]], [[LOCATION:Stockport]] [[ZIP_CODE:SK3 8QJ]]    Tel: [[PHONE_NUMBER:07456 118 302]]
DOB: [[DATE_TIME:02/06/1994]]

On Friday [[DATE_TIME:7th February 2025]] at about 17:40 I was working at the tills when a man I now know to be
[[PERSON:Dean Haworth]] came in. I recognised him because he used to go out with my cousin [[PERSON:Shannon]].
He was about [[AGE:30]], white, 5'10", wearing a grey North Face jacket. He took two bottles of Jack Daniel's
and walked out without paying. My colleague [[PERSON:Imran Siddiqui]] followed him to a silver Vauxhall Corsa,
registration [[ID_NUMBER:MA67 UFT]], parked on Hillcrest Road.
I am willing to attend court. I am not available between [[DATE_TIME:14 and 21 April]].
Signed: [[PERSON:B. Carrow]]    Date: [[DATE_TIME:08/02/2025]]
Statement taken by: [[TITLE:PC]] [[PERSON:Lewis Grant]] [[ID_NUMBER:2386]]""",
    # employment contract, Ireland
    """CONTRACT OF EMPLOYMENT
This contract is made on [[DATE_TIME:20 January 2025]] between Brightwater Software Ltd, [[ADDRESS:Block 4, Harcourt Centre]],
[[LOCATION:Dublin 2]] ("the Company") and [[PERSON:Ciarán Mac Giolla Phádraig]] of [[ADDRESS:Apartment 14, The Maltings]],
[[ADDRESS:Bishop Street]], [[LOCATION:Dublin 8]], [[ZIP_CODE:D08 KX21]] ("the Employee"), PPS number
[[ID_NUMBER:8175430B]].
1. Commencement. Your employment begins on [[DATE_TIME:3 February 2025]]. Your continuous service dates from that day.
2. Job title. Senior Data Engineer, reporting to the Head of Platform, [[PERSON:Róisín Keane]].
3. Place of work. The Company's office in [[LOCATION:Dublin]], with hybrid working.
4. Salary. EUR 78,000 per annum, paid monthly by credit transfer to [[IBAN_CODE:IE18 BOFI 9001 7326 5198 40]].
5. Probation. Six months.
6. Notice. One month in writing by either party.
Signed for the Company: [[PERSON:Declan Furlong]], HR Director
Signed by the Employee: [[PERSON:Ciarán Mac Giolla Phádraig]]    Date: [[DATE_TIME:22/01/2025]]
Employee emergency contact: [[PERSON:Aine Mac Giolla Phádraig]], [[PHONE_NUMBER:+353 87 339 4102]]""",
    # tenancy agreement, England
    """ASSURED SHORTHOLD TENANCY AGREEMENT
Property: [[ADDRESS:Flat 5, 19 Victoria Road]], [[LOCATION:Bedford]] [[ZIP_CODE:MK42 9PT]]
Landlord: [[PERSON:Mr Anthony Gerrard]] of [[ADDRESS:The Old Forge, Church End]], [[LOCATION:Renhold]]
[[ZIP_CODE:MK41 0LU]], tel. [[PHONE_NUMBER:01234 771 209]]
Tenant(s): [[PERSON:Ms Zainab Oyelaran]] (DOB [[DATE_TIME:11/05/1997]]) and [[PERSON:Mr Kwame Boateng]]
(DOB [[DATE_TIME:23/12/1995]])
Term: 12 months from [[DATE_TIME:1 March 2025]] to [[DATE_TIME:28 February 2026]]
Rent: £925 per calendar month, payable on the 1st of each month to the Landlord's account, sort code 40-12-77,
account [[ID_NUMBER:81930472]].
Deposit: £1,067, protected with the Deposit Protection Service, certificate DPS-2025-813062.
Tenants' contact emails: [[EMAIL_ADDRESS:zainab.oyelaran@gmail.com]], [[EMAIL_ADDRESS:kwame.b@outlook.com]]
Signed: [[PERSON:A. Gerrard]] / [[PERSON:Z. Oyelaran]] / [[PERSON:K. Boateng]]   Date: [[DATE_TIME:14 February 2025]]""",
    # loan application, US
    """UNIFORM RESIDENTIAL LOAN APPLICATION — Section 1: Borrower Information
1a. Name: [[PERSON:Stephanie Anne Kowalski]]    SSN: [[US_SSN:203-58-7716]]    DOB: [[DATE_TIME:02/19/1987]]
Citizenship: U.S. Citizen    Marital status: Married    Dependents: 2 (ages [[AGE:6]], [[AGE:3]])
Current address: [[ADDRESS:712 Sycamore Lane]], [[LOCATION:Naperville]], [[LOCATION:IL]] [[ZIP_CODE:60540]]
How long at current address: 4 years    Housing: Rent ($2,150/month)
Contact: home [[PHONE_NUMBER:(630) 555-0172]], email [[EMAIL_ADDRESS:steph.kowalski@comcast.net]]
Co-borrower: [[PERSON:Matthew Kowalski]], SSN [[US_SSN:318-44-2093]], DOB [[DATE_TIME:08/08/1985]]
1b. Current employment: Edward-Elmhurst Health, Registered Nurse, since [[DATE_TIME:06/2014]]; base income $7,420/month.
Assets: checking [[ID_NUMBER:000482917730]] (Chase), balance $38,210; 401(k) $96,400.
Loan amount requested: $412,000 (loan no. 2025-NP-008136), property at [[ADDRESS:1908 Quail Run Ct]], [[LOCATION:Aurora]], [[LOCATION:IL]] (seller-owned).
Borrower signature: [[PERSON:Stephanie A. Kowalski]]    Date: [[DATE_TIME:03/01/2025]]""",
    # school report, Australia
    """Semester 1 Report — Year 5
Student: [[PERSON:Isla Mae Fitzgerald]]    Student ID: [[ID_NUMBER:STU-2019-06813]]    DOB: [[DATE_TIME:12/07/2014]]
Class: 5B    Teacher: [[PERSON:Mrs Rebecca Nguyen]]
English: B. Isla reads fluently and her persuasive text on plastic bags was one of the best in the class.
Mathematics: A. Isla is confident with fractions and enjoys the Maths Olympiad.
Attendance: 88 of 92 days; absent [[DATE_TIME:3 March]] and [[DATE_TIME:4 March]] (illness).
Parent–teacher interview: [[DATE_TIME:Thursday 26 June]], 4:15 pm, with [[PERSON:Michael Fitzgerald]] and
[[PERSON:Jade Fitzgerald]].
Home address on file: [[ADDRESS:27 Banksia Crescent]], [[LOCATION:Mount Gravatt East]] [[LOCATION:QLD]]
[[ZIP_CODE:4122]]; parent mobile [[PHONE_NUMBER:0428 317 905]].
Principal: [[PERSON:Mr Graham Lowe]]""",
    # insurance claim, Canada auto
    """AUTOMOBILE CLAIM — Proof of Loss
Claim no.: CL-88-210447    Policy: AUTO-6208-5519
Insured: [[PERSON:Priya Chandrasekaran]], [[ADDRESS:1508 Bank Street, Unit 302]], [[LOCATION:Ottawa]],
[[LOCATION:ON]] [[ZIP_CODE:K1H 7Z1]]
Phone: [[PHONE_NUMBER:613-555-0104]]    Email: [[EMAIL_ADDRESS:priya.chandra@rogers.com]]
Driver at time of loss: [[PERSON:Arjun Chandrasekaran]] (son), [[AGE:19]], Ontario licence [[ID_NUMBER:C0471-28190-50512]]
Date of loss: [[DATE_TIME:January 14, 2025]], approx. 08:05, intersection of Bank St and Heron Rd.
Other party: [[PERSON:Jean-François Ouellet]], plate [[ID_NUMBER:CRKW 417]] (ON), insurer Intact.
Witness: [[PERSON:Moira Sinclair]], [[PHONE_NUMBER:613-555-0187]]
Police report: Ottawa Police occurrence 25-00418.
Vehicle: 2021 Honda Civic, VIN 2HGFE2F59MH004417.
Signed: [[PERSON:P. Chandrasekaran]], [[DATE_TIME:January 20, 2025]]""",
    # court judgment, England
    """IN THE COUNTY COURT AT BRISTOL                                      Claim No. K01BS417
BETWEEN:
[[TITLE:MRS]] [[PERSON:JOANNA PRIESTLEY]]                                       Claimant
- and -
[[TITLE:MR]] [[PERSON:NEVILLE ASHDOWN]]                                         Defendant
JUDGMENT
1. This is a claim by [[TITLE:Mrs]] [[PERSON:Priestley]], who lives at [[ADDRESS:8 Clifton Vale]], [[LOCATION:Bristol]]
[[ZIP_CODE:BS8 4PT]], for the cost of remedial work to a party wall she shares with [[TITLE:Mr]] [[PERSON:Ashdown]]'s property
at [[ADDRESS:10 Clifton Vale]].
2. The hearing took place on [[DATE_TIME:12 and 13 November 2024]] before [[TITLE:District Judge]] [[PERSON:Okonjo]].
Both parties gave evidence, and I heard from a surveyor, [[PERSON:Mr Hamish Crail]] MRICS.
3. I find that the work was necessary and that the Claimant gave notice on [[DATE_TIME:2 February 2023]].
4. The Defendant shall pay £6,480 within 28 days.
Handed down on [[DATE_TIME:17 December 2024]].""",
    # meeting minutes, HOA
    """Maple Ridge Homeowners Association — Board Meeting Minutes
Date: [[DATE_TIME:February 11, 2025]], 7:00 pm, Clubhouse
Present: [[PERSON:Linda Carrasco]] (President), [[PERSON:Ray Thibodeaux]] (Treasurer), [[PERSON:Anjali Mehta]]
(Secretary), [[PERSON:Gus Pappas]]; homeowners [[PERSON:Doris Kimball]] ([[ADDRESS:14 Maple Ridge Ct]]) and
[[PERSON:Terrell Johnson]] ([[ADDRESS:22 Maple Ridge Ct]])
1. Treasurer's report: reserve fund $84,210; two accounts more than 90 days past due.
2. Architectural request from [[PERSON:Doris Kimball]] for a fence; approved 4–0.
3. [[PERSON:Terrell Johnson]] raised speeding on Maple Ridge Drive; [[PERSON:Gus]] will contact the city.
4. Pool contractor: bids from Blue Wave Pools and Aqua Pro.
Next meeting: [[DATE_TIME:March 11, 2025]]. Minutes taken by [[PERSON:A. Mehta]]; questions to
[[EMAIL_ADDRESS:anjali.mehta.hoa@gmail.com]].""",
    # email thread with signatures
    """From: [[PERSON:Owen Delacroix]] <[[EMAIL_ADDRESS:owen.delacroix@harbourfreight.co.nz]]>
To: [[PERSON:Sina Tuilagi]] <[[EMAIL_ADDRESS:sina.tuilagi@gmail.com]]>
Subject: RE: your shipment to [[LOCATION:Apia]]

Hi [[PERSON:Sina]],
The container left [[LOCATION:Auckland]] yesterday and should arrive on the 18th. I've put your new address
([[ADDRESS:Lot 14, Vaitele Street]], [[LOCATION:Vaitele]]) on the delivery order.
Cheers,
[[PERSON:Owen]]
--
[[PERSON:Owen Delacroix]] | Export Coordinator | Harbour Freight NZ
DDI [[PHONE_NUMBER:+64 9 555 0147]] | M [[PHONE_NUMBER:+64 21 337 904]]
[[ADDRESS:Level 2, 80 Quay Street]], [[LOCATION:Auckland]] [[ZIP_CODE:1010]]

On Mon, [[DATE_TIME:3 Mar 2025]] at 09:12, [[PERSON:Sina Tuilagi]] <[[EMAIL_ADDRESS:sina.tuilagi@gmail.com]]> wrote:
> Hi Owen, I've moved, please deliver to my new place instead. My phone there is [[PHONE_NUMBER:+685 772 4410]].
> Thanks, [[PERSON:Sina]]""",
    # email thread, German
    """Von: [[PERSON:Katrin Oberländer]] <[[EMAIL_ADDRESS:k.oberlaender@stadtwerke-halle.de]]>
An: [[EMAIL_ADDRESS:torsten.wilke@web.de]]
Betreff: Ihr Zählerwechsel

Sehr geehrter [[TITLE:Herr]] [[PERSON:Wilke]],
der Termin für den Zählerwechsel in der [[ADDRESS:Ludwig-Wucherer-Straße 41]], [[ZIP_CODE:06108]] [[LOCATION:Halle (Saale)]]
ist am Dienstag, [[DATE_TIME:18.03.2025]] zwischen 8 und 12 Uhr. Ihre Kundennummer lautet [[ID_NUMBER:209385172]].
Bitte sorgen Sie dafür, dass der Keller zugänglich ist.
Mit freundlichen Grüßen
[[PERSON:Katrin Oberländer]]
Kundenservice, Tel. 0345 581-0

Am [[DATE_TIME:10.03.2025]] schrieb [[PERSON:Torsten Wilke]]:
> Guten Tag, bitte rufen Sie mich unter [[PHONE_NUMBER:0151 2248 7731]] an. Meine Frau [[PERSON:Sabine]] ist vormittags zu Hause.
> Gruß, [[PERSON:T. Wilke]]""",
    # CV, India
    """CURRICULUM VITAE
[[PERSON:MEGHNA SUBRAMANIAN]]
[[ADDRESS:A-304, Sai Krupa Residency, Baner Road]], [[LOCATION:Pune]] – [[ZIP_CODE:411045]], [[LOCATION:Maharashtra]]
Mobile: [[PHONE_NUMBER:+91 97654 20318]] | Email: [[EMAIL_ADDRESS:meghna.subramanian@gmail.com]]
LinkedIn: [[URL:https://www.linkedin.com/in/meghna-subramanian-ux]] | Portfolio: [[URL:https://meghnadesigns.in]]
Date of birth: [[DATE_TIME:9 September 1995]] | Nationality: [[NRP:Indian]]

EXPERIENCE
Senior UX Designer, Persistent Systems, [[LOCATION:Pune]] — [[DATE_TIME:Jul 2021]] to present
UX Designer, Zensar Technologies — [[DATE_TIME:Jun 2018]] to [[DATE_TIME:Jun 2021]]

EDUCATION
B.Des., National Institute of Design, 2018 (CGPA 8.4)

REFERENCES
[[PERSON:Prof. Anil Bhatnagar]], NID — [[EMAIL_ADDRESS:anil.bhatnagar@nid.edu]]
[[PERSON:Sameer Kulkarni]], Design Lead, Persistent — [[PHONE_NUMBER:+91 98220 41173]]""",
    # CV, French
    """[[PERSON:Clémence Fabre]]
[[ADDRESS:17 rue de la République]], [[ZIP_CODE:69002]] [[LOCATION:Lyon]]
[[PHONE_NUMBER:07 82 45 19 36]] — [[EMAIL_ADDRESS:clemence.fabre@orange.fr]]
Née le [[DATE_TIME:2 avril 1991]] à [[LOCATION:Grenoble]] — permis B

EXPÉRIENCE
Depuis [[DATE_TIME:sept. 2020]] : Cheffe de projet marketing, Groupe SEB, [[LOCATION:Écully]]
2016–2020 : Chargée de communication, Mairie de Villeurbanne

FORMATION
Master Communication des organisations, Université Lumière Lyon 2 (2016)

LANGUES : anglais (C1), espagnol (B2)
Références : [[TITLE:Mme]] [[PERSON:Nadia Berrada]], directrice marketing, [[PHONE_NUMBER:06 14 33 28 71]]""",
    # invoice with customer details, Netherlands
    """FACTUUR 2025-00417
Datum: 14-02-2025    Vervaldatum: 28-02-2025
Klimaatbouw B.V., [[ADDRESS:Industrieweg 12]], [[ZIP_CODE:3542 AD]] [[LOCATION:Utrecht]], KvK 71209344, BTW NL859201736B01

Klant: [[PERSON:Hendrik-Jan Mulder]]
[[ADDRESS:Van Speijkstraat 88]]
[[ZIP_CODE:2518 GH]] [[LOCATION:Den Haag]]
Klantnummer: [[ID_NUMBER:K-105926]]
E-mail: [[EMAIL_ADDRESS:hj.mulder@kpnmail.nl]]    Tel: [[PHONE_NUMBER:06 2847 1930]]

Omschrijving                                Aantal    Bedrag
Warmtepomp Daikin Altherma 3 (art. 3082-DA)    1      € 6.850,00
Installatie op [[DATE_TIME:12-02-2025]]           1      € 1.240,00
Totaal incl. 21% btw                                   € 9.788,90

Automatische incasso van rekening [[IBAN_CODE:NL62 ABNA 0562 0193 84]] t.n.v. [[PERSON:H.J. Mulder]].""",
    # HL7 ADT^A04
    """MSH|^~\\&|EPIC|STMARYS|RHAPSODY|LAB||||ADT^A04|MSG00081|P|2.5.1
EVN|A04|
PID|1||[[ID_NUMBER:E7719042]]^^^STMARYS^MR~[[ID_NUMBER:901 562 3341]]^^^NHS^NH||[[PERSON:OKAFOR]]^[[PERSON:CHIAMAKA]]^[[PERSON:ADAEZE]]^^[[TITLE:MS]]||[[DATE_TIME:19900612]]|F|||[[ADDRESS:22 CANAL WALK]]^[[ADDRESS:FLAT 7 BRIDGE HOUSE]]^[[LOCATION:LONDON]]^^[[ZIP_CODE:N1 5TB]]^[[LOCATION:GBR]]||[[PHONE_NUMBER:07932 448 106]]^PRN^CP~^NET^Internet^[[EMAIL_ADDRESS:chiamaka.okafor@yahoo.co.uk]]|||[[NRP:CAT]]
NK1|1|[[PERSON:OKAFOR]]^[[PERSON:EMEKA]]|BRO^Brother|[[ADDRESS:14 ST PAUL'S ROAD]]^^[[LOCATION:LONDON]]^^[[ZIP_CODE:N1 2QN]]|[[PHONE_NUMBER:07588 203 914]]
PV1|1|O|OPD^CLINIC4^^STMARYS||||[[ID_NUMBER:C3391047]]^[[PERSON:HALVORSEN]]^[[PERSON:INGRID]]^^^[[TITLE:DR]]|||GYN""",
    # FHIR Patient
    """{
  "resourceType": "Patient",
  "id": "9f2c41d7-0b3e-4a8e-b5f1-77e0c2a4d913",
  "identifier": [
    {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "[[US_SSN:471-20-8836]]"},
    {"system": "urn:oid:2.16.840.1.113883.19.5", "value": "[[ID_NUMBER:MRN-2280417]]"}
  ],
  "name": [{"use": "official", "family": "[[PERSON:Nakamura-Reyes]]", "given": ["[[PERSON:Kaito]]", "[[PERSON:Daniel]]"]}],
  "telecom": [
    {"system": "phone", "value": "[[PHONE_NUMBER:+1 808 555 0116]]", "use": "mobile"},
    {"system": "email", "value": "[[EMAIL_ADDRESS:kaito.nr@hawaiiantel.net]]"}
  ],
  "gender": "male",
  "birthDate": "[[DATE_TIME:2003-10-27]]",
  "address": [{"line": ["[[ADDRESS:2310 Kuhio Ave Apt 1504]]"], "city": "[[LOCATION:Honolulu]]", "state": "[[LOCATION:HI]]",
               "postalCode": "[[ZIP_CODE:96815]]", "country": "[[LOCATION:US]]"}],
  "contact": [{"relationship": [{"text": "mother"}], "name": {"text": "[[PERSON:Leilani Nakamura]]"},
               "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:808-555-0172]]"}]}],
  "generalPractitioner": [{"display": "[[PERSON:Dr. Maile Kahananui]]"}]
}""",
    # JSON API user export
    """{"data": {"user": {
  "id": [[ID_NUMBER:880419]], "username": "[[USERNAME:solenne_k]]", "display_name": "[[PERSON:Solenne Kaur-Bouchard]]",
  "email": "[[EMAIL_ADDRESS:solenne.kb@protonmail.com]]", "email_verified": true,
  "phone": "[[PHONE_NUMBER:+44 7700 148 392]]", "date_of_birth": "[[DATE_TIME:1998-01-09]]",
  "address": {"line1": "[[ADDRESS:41 Montpelier Road]]", "city": "[[LOCATION:Brighton]]", "postcode": "[[ZIP_CODE:BN1 3BA]]", "country": "[[LOCATION:GB]]"},
  "payment_methods": [{"type": "card", "brand": "visa", "last4": "0356"}, {"type": "iban", "iban": "[[IBAN_CODE:GB77 MIDL 4005 1590 3374 12]]"}],
  "last_login": {"ip": "[[IP_ADDRESS:86.134.22.197]]", "user_agent": "Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0"},
  "profile_url": "[[URL:https://forum.brightonbikers.org/u/solenne_k]]",
  "referred_by": {"username": "[[USERNAME:mattyp_rides]]", "name": "[[PERSON:Matthew Pryce]]"},
  "app_version": "5.12.0", "plan": "premium", "request_id": "req_7Hk29QpLx"
}}}""",
    # XML customer export
    """<?xml version="1.0" encoding="UTF-8"?>
<customers exported="nightly">
  <customer id="[[ID_NUMBER:C-30917]]">
    <title>[[TITLE:Dr]]</title><firstName>[[PERSON:Leopold]]</firstName><lastName>[[PERSON:Vanderstraeten]]</lastName>
    <birthDate>[[DATE_TIME:1979-06-24]]</birthDate>
    <nationalNumber>[[ID_NUMBER:79.06.24-083.25]]</nationalNumber>
    <address><street>[[ADDRESS:Meir 112, bus 4]]</street><zip>[[ZIP_CODE:2000]]</zip><city>[[LOCATION:Antwerpen]]</city><country>[[LOCATION:BE]]</country></address>
    <email>[[EMAIL_ADDRESS:l.vanderstraeten@telenet.be]]</email><mobile>[[PHONE_NUMBER:+32 478 21 44 09]]</mobile>
    <iban>[[IBAN_CODE:BE82 3101 5629 4368]]</iban>
  </customer>
  <customer id="[[ID_NUMBER:C-30918]]">
    <title>[[TITLE:M.]]</title><firstName>[[PERSON:Aurélien]]</firstName><lastName>[[PERSON:Lambotte]]</lastName>
    <birthDate>[[DATE_TIME:1992-08-11]]</birthDate>
    <nationalNumber>[[ID_NUMBER:92.08.11-157.46]]</nationalNumber>
    <address><street>[[ADDRESS:Rue Saint-Gilles 58]]</street><zip>[[ZIP_CODE:4000]]</zip><city>[[LOCATION:Liège]]</city><country>[[LOCATION:BE]]</country></address>
    <email>[[EMAIL_ADDRESS:aurelien.lambotte@skynet.be]]</email><mobile>[[PHONE_NUMBER:+32 495 37 82 16]]</mobile>
    <iban>[[IBAN_CODE:LU31 0019 4064 4781 2000]]</iban>
  </customer>
</customers>""",
    # CSV export inside a support email
    """Hi team, here is the export you asked for (members who joined via the spring promo). Please delete after use.

member_id,full_name,email,phone,joined,postcode
[[ID_NUMBER:M-20931]],[[PERSON:Ruth Adebanjo]],[[EMAIL_ADDRESS:ruth.adebanjo@gmail.com]],[[PHONE_NUMBER:07481 220 917]],[[DATE_TIME:2025-03-02]],[[ZIP_CODE:SE15 4QN]]
[[ID_NUMBER:M-20932]],[[PERSON:Callum Iredale]],[[EMAIL_ADDRESS:callum.iredale@icloud.com]],[[PHONE_NUMBER:07393 615 048]],[[DATE_TIME:2025-03-02]],[[ZIP_CODE:SE22 8HU]]
[[ID_NUMBER:M-20935]],[[PERSON:Agnieszka Dąbrowska]],[[EMAIL_ADDRESS:aga.dabrowska@o2.pl]],[[PHONE_NUMBER:07852 904 331]],[[DATE_TIME:2025-03-04]],[[ZIP_CODE:SE5 9RS]]

Thanks,
[[PERSON:Hollie]] (membership desk)""",
    # application log with user data
    """auth-service INFO  14:02:11 login ok user=[[USERNAME:b.mensah]] ip=[[IP_ADDRESS:41.66.217.48]] session=8c1f0e2a
auth-service WARN  14:02:58 failed login user=[[USERNAME:akosua.darko]] ip=[[IP_ADDRESS:154.160.3.91]] reason=bad_password attempt=3
auth-service INFO  14:03:40 password reset requested email=[[EMAIL_ADDRESS:akosua.darko@yahoo.com]] ip=[[IP_ADDRESS:154.160.3.91]]
billing    INFO  14:05:12 card updated customer=[[ID_NUMBER:CUS-77218]] name="[[PERSON:Kofi Boakye]]" last4=4569
billing    ERROR 14:05:13 payout failed customer=[[ID_NUMBER:CUS-77218]] momo=[[PHONE_NUMBER:+233 24 663 1902]] code=E_LIMIT
profile    INFO  14:07:44 address changed user=[[USERNAME:b.mensah]] new="[[ADDRESS:House 12, Ringway Close]], [[LOCATION:Osu]], [[LOCATION:Accra]]" gps=[[ADDRESS:GA-077-3561]]
admin      INFO  14:09:02 export started by user=admin ip=[[IP_ADDRESS:10.20.0.5]] job=exp_61540
admin      INFO  14:09:30 role changed target=[[USERNAME:ewurama.q]] by=[[USERNAME:s.owusu]] role=support""",
    # WhatsApp chat export
    """[19:04] [[PERSON:Tunde]]: Guys the surprise party for [[PERSON:Yemi]] is Saturday [[DATE_TIME:15th]] 🎉
[19:05] [[PERSON:Bisi Alade]]: venue is my flat, [[ADDRESS:23B Adeniran Ogunsanya St]], [[LOCATION:Surulere]]
[19:05] [[PERSON:Tunde]]: she's turning [[AGE:30]] abi? 😂
[19:06] [[PERSON:Bisi Alade]]: [[AGE:31]]!! don't let her hear you
[19:07] [[PERSON:Kemi]]: I'll collect money, send to my Opay [[PHONE_NUMBER:0813 447 2960]] or GTB [[ID_NUMBER:0213847752]]
[19:09] [[PERSON:Tunde]]: sent 10k. ref TRF/2025/88412
[19:12] [[PERSON:Chuka]]: my cousin [[PERSON:Nnamdi]] is coming from [[LOCATION:Abuja]], his number [[PHONE_NUMBER:0909 118 3754]] if anyone needs to direct him
[19:15] [[PERSON:Kemi]]: ok. cake from Mama Cass, pick up by 4""",
    # support ticket with history
    """Ticket #TK-559102 — "Internet down since Monday" — Priority: High
Customer: [[PERSON:Gordon McAllister]] | Account: [[ID_NUMBER:ACC-6620194]] | Phone: [[PHONE_NUMBER:0141 496 0382]]
Service address: [[ADDRESS:3/2, 145 Dumbarton Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6PR]]

[[[DATE_TIME:10/03/2025]] 09:14] Customer: Internet dropped out on Monday [[DATE_TIME:10th]] morning, router lights flashing orange. Tried restarting.
[[[DATE_TIME:10/03/2025]] 09:31] Agent [[PERSON:Priya]] (L1): Line test shows fault at exchange. Raised with Openreach, ref OR-7730419.
[[[DATE_TIME:11/03/2025]] 16:02] Customer: Still nothing. I work from home, this is costing me money. My wife [[PERSON:Elspeth]] can be at home for an engineer.
[[[DATE_TIME:11/03/2025]] 16:40] Agent [[PERSON:Marcus T.]] (L2): Engineer booked for [[DATE_TIME:13/03/2025]] AM slot. Compensation applied. Contact email updated to [[EMAIL_ADDRESS:gordon.mcallister@btinternet.com]].
[[[DATE_TIME:13/03/2025]] 12:55] Engineer note: replaced faulty drop wire. Service restored. Router serial ZX7-5203-0932.
Status: Resolved""",
    # travel insurance claim, Spanish
    """SOLICITUD DE REEMBOLSO — Seguro de viaje
Asegurado: [[PERSON:Marta Iglesias Ferrández]]
DNI: [[ID_NUMBER:05286413R]]    Fecha de nacimiento: [[DATE_TIME:27/11/1983]]
Domicilio: [[ADDRESS:Calle Mayor 14, 1º D]], [[ZIP_CODE:03002]] [[LOCATION:Alicante]]
Teléfono: [[PHONE_NUMBER:+34 678 305 912]]    Correo: [[EMAIL_ADDRESS:marta.iglesias.f@gmail.com]]
Acompañante: [[PERSON:Sergio Beltrán Ruiz]], NIE [[ID_NUMBER:X4820391M]]
Descripción: el [[DATE_TIME:8 de enero de 2025]] sufrí una caída en [[LOCATION:Innsbruck]] ([[LOCATION:Austria]]) y fui atendida en
la Klinik Innsbruck. Vuelo de regreso IB 3477 cancelado; nuevo vuelo el [[DATE_TIME:12 de enero]].
Importe reclamado: 1.842,60 EUR. Cuenta para el abono: [[IBAN_CODE:ES30 2085 9721 2703 3061 8244]].
Firma: [[PERSON:M. Iglesias]]    Fecha: [[DATE_TIME:20/01/2025]]""",
    # US police incident report
    """INCIDENT REPORT — Case No. 25-018842    Offense: Theft from motor vehicle
Reporting Officer: [[TITLE:Ofc.]] [[PERSON:Dana Whitlock]] #[[ID_NUMBER:7718]]
Date/Time of occurrence: [[DATE_TIME:02/16/2025]], between 0100 and 0630 hrs
Location: parking lot of [[ADDRESS:4400 S Lamar Blvd]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78745]]
VICTIM: [[PERSON:Okoye]], [[PERSON:Ifeoma]] — DOB [[DATE_TIME:07/21/1991]] — Sex F — Race B
Address: [[ADDRESS:1821 Ben White Blvd Apt 233]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78704]]
Phone: [[PHONE_NUMBER:512-555-0188]]    DL: [[US_DRIVER_LICENSE:41028735]] (TX)
Vehicle: 2019 Nissan Altima, TX plate [[ID_NUMBER:NLB-2290]]
Property taken: laptop bag containing a Dell laptop (S/N 7GQ4KX2), a US passport [[US_PASSPORT:A71930482]] and a
checkbook for account [[ID_NUMBER:5518832094]].
WITNESS: [[PERSON:Raymond Tuttle]], [[AGE:68]], security guard, [[PHONE_NUMBER:512-555-0131]]
Narrative: Victim states she parked at approx. 2300 on [[DATE_TIME:02/15/2025]]. Rear passenger window was broken.""",
    # GP referral letter, Ireland
    """Ballymun Family Practice, Main Street, [[LOCATION:Dublin 11]]
[[DATE_TIME:27 February 2025]]

[[PERSON:Dr. Fionnuala Brennan]]
Consultant Dermatologist
Beaumont Hospital, [[LOCATION:Dublin 9]]

Re: [[PERSON:Mr. Jakub Zieliński]], DOB [[DATE_TIME:03/09/1979]], [[ADDRESS:44 Shangan Road]], [[LOCATION:Ballymun]],
[[LOCATION:Dublin 9]], [[ZIP_CODE:D09 R2X7]]. PPSN [[ID_NUMBER:5290318JA]]. Mobile [[PHONE_NUMBER:085 731 4409]].

Dear [[PERSON:Dr. Brennan]],
I would be grateful if you could see this [[AGE:45]]-year-old [[NRP:Polish]] man, a warehouse operative, with a
changing pigmented lesion on his left shoulder, first noticed by his partner [[PERSON:Ewa]] around Christmas.
He has no significant past history. Dermoscopy is attached. He speaks good English.
Yours sincerely,
[[PERSON:Dr. Colm Ó Briain]], MICGP, IMC no. [[ID_NUMBER:410273]]""",
    # payslip, South Africa
    """PAYSLIP — February 2025
Employer: Karoo Fresh Produce (Pty) Ltd, PAYE ref 7410293847
Employee: [[PERSON:Lerato Mokoena]]    Employee no.: [[ID_NUMBER:KF-0318]]
ID number: [[ID_NUMBER:0103056714084]]    Tax number: [[ID_NUMBER:0418276150]]
Address: [[ADDRESS:1147 Mahlangu Street]], [[LOCATION:Mamelodi East]], [[LOCATION:Pretoria]] [[ZIP_CODE:0122]]
Engagement date: [[DATE_TIME:01/07/2022]]    Job title: Forklift Operator
Basic salary                R 14 200,00
Overtime (12 h)             R  1 380,00
PAYE                       -R  1 118,40
UIF                        -R    142,00
Net pay                     R 14 319,60
Paid to: Capitec, account [[ID_NUMBER:1581047732]], branch 470010
Leave balance: 11 days""",
    # hotel registration, Italy
    """SCHEDA DI NOTIFICA — Alloggiati
Struttura: Hotel Garibaldi, [[ADDRESS:Via Garibaldi 12]], [[LOCATION:Firenze]]
Cognome: [[PERSON:Lindqvist]]    Nome: [[PERSON:Astrid]]    Sesso: F
Data di nascita: [[DATE_TIME:22/06/1978]]    Luogo di nascita: [[LOCATION:Göteborg]] ([[LOCATION:Svezia]])
Cittadinanza: [[NRP:svedese]]
Documento: passaporto n. [[ID_NUMBER:91834072]], rilasciato da [[LOCATION:Svezia]]
Arrivo: [[DATE_TIME:03/04/2025]]    Partenza: [[DATE_TIME:07/04/2025]]    Camera 214
Accompagnatore: [[PERSON:Nils Lindqvist]], nato il [[DATE_TIME:02/10/2012]] (figlio, [[AGE:12]] anni)
Email: [[EMAIL_ADDRESS:astrid.lindqvist@telia.com]]    Cellulare: [[PHONE_NUMBER:+46 70 412 83 59]]
Carta a garanzia: [[CREDIT_CARD:4539 6120 8874 0356]]""",
    # lease, Philippines
    """CONTRACT OF LEASE
KNOW ALL MEN BY THESE PRESENTS:
This Contract of Lease is made and executed this [[DATE_TIME:5th day of March 2025]] in [[LOCATION:Quezon City]] by and between:
[[PERSON:ROSARIO M. DELA PAZ]], of legal age, [[NRP:Filipino]], widow, with residence at [[ADDRESS:18 Kalayaan Avenue]],
Brgy. [[LOCATION:Pinyahan]], [[LOCATION:Quezon City]], TIN [[ID_NUMBER:203-418-772-000]], hereinafter the LESSOR;
- and -
[[PERSON:MARK ANTHONY V. SALCEDO]], [[AGE:34]] years old, [[NRP:Filipino]], married, with residence at
[[ADDRESS:Unit 1206, Tower 2, Avida Towers Centera]], [[LOCATION:Mandaluyong City]], UMID CRN [[ID_NUMBER:0111-4093827-6]],
hereinafter the LESSEE.
The LESSOR leases to the LESSEE the house and lot at [[ADDRESS:27 Mapagkawanggawa St.]], [[LOCATION:Teachers Village East]],
[[LOCATION:Quezon City]], for one year from [[DATE_TIME:April 1, 2025]] to [[DATE_TIME:March 31, 2026]], at PHP 28,000 a month.
Witnesses: [[PERSON:Lorna S. Ilagan]] / [[PERSON:Benjie Cortez]]""",
    # social services case note, Canada
    """Child and Family Services — Case Note
Client: [[PERSON:Shawna Cardinal]] ([[AGE:26]])    Children: [[PERSON:Jayden]] ([[AGE:7]]), [[PERSON:Tessa]] ([[AGE:4]])
File no. CFS-2025-00412    Worker: [[PERSON:Evan Dumont]], RSW [[ID_NUMBER:12904]]
Address: [[ADDRESS:55 Selkirk Avenue, Suite 3]], [[LOCATION:Winnipeg]], [[LOCATION:MB]] [[ZIP_CODE:R2W 2L4]]
Phone: [[PHONE_NUMBER:204-555-0149]]    Manitoba Health: [[ID_NUMBER:118 402 736]]
Home visit [[DATE_TIME:March 4, 2025]]: home clean, food in the fridge. Shawna has been attending the parenting
group at the friendship centre. Her mother, [[PERSON:Darlene Cardinal]], lives nearby on Flora Ave and helps with
school drop-off. Jayden's teacher, [[PERSON:Ms. Kowalchuk]], reports better attendance.
Plan: next visit [[DATE_TIME:April 1]]; referral to Jordan's Principle for Tessa's speech therapy.""",
]

CHAT: list[str] = [
    # SMS
    """hey its [[PERSON:jess]] from the dentist lol, new number [[PHONE_NUMBER:07912 338 460]] 📱 save it!!""",
    """Mum: did u get the parcel from nan
Me: no, it says delivered to no. 41 not 14?? ill ask [[PERSON:dave]] next door
Mum: ok love. ur nans bday is the [[DATE_TIME:9th]] dont forget shes [[AGE:90]] 🎂""",
    """Your Uber driver [[PERSON:Tomasz]] is arriving in a grey Skoda Octavia, [[ID_NUMBER:LK21 RZH]]. Share your trip: uber.com/trip/8fd2c""",
    # WhatsApp
    """Aunty [[PERSON:Bola]]: [[PERSON:Segun]] pls send me ur account details for the contribution
[[PERSON:Segun]]: Access bank [[ID_NUMBER:1639208472]] hmm no sorry thats my old one. use GTB [[ID_NUMBER:2091384479]]
Aunty [[PERSON:Bola]]: name on it?
[[PERSON:Segun]]: [[PERSON:Oluwasegun Adeyemi-Cole]] 🙏🏾""",
    """[[PERSON:Ricky]]: bro whats [[PERSON:marco]]s address for the stag do invite
[[PERSON:Dean]]: [[ADDRESS:flat 3 22 cromwell rd]] [[LOCATION:hove]] [[ZIP_CODE:bn3 3ef]] i think
[[PERSON:Ricky]]: cheers. and his bday is [[DATE_TIME:april 2nd]] right? hes [[AGE:thirty two]]?
[[PERSON:Dean]]: [[AGE:33]] mate 😂""",
    """[[PERSON:Priya]] Didi: Beta I have sent the Aadhaar copy, number is [[ID_NUMBER:3648 2097 1159]], pls fill the form
[[PERSON:Anuj]]: ok didi, what is ur PAN?
[[PERSON:Priya]] Didi: [[ID_NUMBER:CKLPS7719M]]. DOB [[DATE_TIME:14 aug 1986]]. dont share with anyone 🙏""",
    # Slack
    """[[USERNAME:kevin.obrien]] 10:42 AM
@[[USERNAME:sarah.lindgren]] can you add the new contractor to the vpn? [[PERSON:Hamid Karimi]], [[EMAIL_ADDRESS:hamid.karimi@contractor-mail.com]], starts monday the [[DATE_TIME:17th]]
[[USERNAME:sarah.lindgren]] 10:45 AM
done. his laptop ip is [[IP_ADDRESS:10.12.44.208]] if IT asks. badge no [[ID_NUMBER:B-38826]]
[[USERNAME:kevin.obrien]] 10:46 AM
:pray: thanks""",
    """payroll-bot APP 9:00 AM
Reminder: timesheets due Friday.
[[USERNAME:tanya.m]] 9:14 AM
@[[USERNAME:raj.p]] the bank rejected [[PERSON:Olu]]'s payment, IBAN looks wrong?? he sent [[IBAN_CODE:GB93 NWBK 6082 3406 1592 78]]
[[USERNAME:raj.p]] 9:20 AM
that one validates for me, maybe the name? account's under [[PERSON:Oluwafemi Bankole]] not Olu""",
    # Discord
    """[[USERNAME:shadowfox_77]]: anyone from [[LOCATION:leeds]] wanna duo tonight
[[USERNAME:mintyy]]: me!! add me on steam, friend code [[ID_NUMBER:418739205]]
[[USERNAME:shadowfox_77]]: sent. u [[AGE:16]] too?
[[USERNAME:mintyy]]: [[AGE:15]] lol my mum [[PERSON:karen]] will kill me if i stay up past 11""",
    """[[USERNAME:Gl1tchW1tch]]: PSA someone doxxed [[USERNAME:Rook]] in #general, posted his real name ([[PERSON:Elliot Brandt]]) and
his address on [[ADDRESS:Fairview Ave 18]] in [[LOCATION:Springfield]]. mods pls delete
[[USERNAME:ModMaria]]: deleted and banned. thanks for flagging""",
    # Teams
    """[[PERSON:Hendricks]], [[PERSON:Laura]] 2:03 PM
Can someone cover [[PERSON:Ahmed]]'s patients this afternoon? His daughter [[PERSON:Layla]] ([[AGE:5]]) is sick.
[[PERSON:O'Neill]], [[PERSON:Ciaran]] 2:05 PM
I can. Is [[PERSON:Mrs Petrovic]] in bed 6 still waiting for her MRI? Her hospital number is [[ID_NUMBER:H2094417]]
[[PERSON:Hendricks]], [[PERSON:Laura]] 2:06 PM
Yes, booked for tomorrow [[DATE_TIME:28/02]]""",
    # Telegram
    """[[USERNAME:cryptokev]]: send the usdt to [[ID_NUMBER:TQ7xZp3mKc8RfW2vN9dHyL4sJbE6aG1uTo]] (tron)
[[USERNAME:anya_v]]: ok sent 500. my wallet for the payout is [[ID_NUMBER:0x4f9D2a7c81E0b6F3d95C2a1e7B8f04d6A3c9E215]]
[[USERNAME:cryptokev]]: 👍 payout friday. dont tell [[PERSON:Misha]]""",
    # Reddit / forum
    """Posted by u/[[USERNAME:throwaway_landlord22]]
UK tenant here. My landlord ([[PERSON:Gary Whitmore]], he owns like half the street) is refusing to return my deposit
for [[ADDRESS:27 Holloway Lane]], [[LOCATION:Sheffield]]. I moved out on [[DATE_TIME:Jan 31st]]. Is the DPS
the right route? Edit: thanks all, raised a dispute.""",
    """Re: best GP in Galway?
I'd recommend [[PERSON:Dr. Sorcha Keegan]] on Dominick Street, she was great with my son when he was [[AGE:2]].
Ring early, their number is 091 555 020. — [[USERNAME:galwaygirl_85]]""",
    # support chat
    """Chatbot: Hi! What can I help with?
You: i cant log in, email is [[EMAIL_ADDRESS:marcus.bellweather@gmail.com]]
Agent ([[PERSON:Fiona]]): Hi [[PERSON:Marcus]], I can help. Can you confirm your date of birth and postcode?
You: [[DATE_TIME:3rd june 1979]], [[ZIP_CODE:LS6 2AB]]
Agent ([[PERSON:Fiona]]): Thanks. I've sent a reset link. The account ending 8830 is now unlocked.""",
    """Agent [[PERSON:Kezia]]: Thank you for contacting Vodafone. Who am I speaking with?
Customer: [[PERSON:Thandeka]]. Its about my contract on [[PHONE_NUMBER:082 714 3390]]
Agent [[PERSON:Kezia]]: Can you confirm your ID number please?
Customer: [[ID_NUMBER:8307195824082]] oh wait thats my husband's, mine is [[ID_NUMBER:9105230318089]]""",
    # call-centre transcript
    """AGENT: British Gas, you're speaking to [[PERSON:Jordan]], can I take your name?
CALLER: Yeah it's [[PERSON:Maureen Kettle]], [[PERSON:K-E-T-T-L-E]].
AGENT: And the first line of the address?
CALLER: [[ADDRESS:Forty-two Barnsdale Road]], [[ZIP_CODE:N-G-nine, four-E-Z]].
AGENT: Lovely. And a contact number?
CALLER: [[PHONE_NUMBER:oh-seven-seven-double-oh, nine-one-four, three-eight-two]].
AGENT: And your date of birth, [[PERSON:Maureen]]?
CALLER: [[DATE_TIME:The twelfth of May, nineteen fifty]]. I'm [[AGE:seventy-four]], dear, I can't hear you very well.""",
    """Operator: 911, what's the address of your emergency?
Caller: It's [[ADDRESS:eleven-fifteen Pinecrest Drive]], in [[LOCATION:Plano]], my neighbor [[PERSON:Mr. Alvarez]] fell
Operator: How old is he?
Caller: He's like [[AGE:80]]. His wife [[PERSON:Rosa]] is with him. My name's [[PERSON:Brittany Cole]], my cell is
[[PHONE_NUMBER:nine-seven-two, five-five-five, oh-one-two-eight]].""",
    # voicemail transcripts
    """Voicemail from [[PHONE_NUMBER:+1 (416) 555-0163]]: "Hi, this is [[PERSON:Chantal]]... sorry, [[PERSON:Chantelle Dubois]],
I'm a patient of [[PERSON:Dr. Ravi Anand]]'s and I need to move my appointment on Thursday the [[DATE_TIME:6th]]. You can
call me back on this number. Thanks!\"""",
    """Voicemail (transcribed): "Hey [[PERSON:Marcus]], it's Uncle [[PERSON:Pete]]— sorry, [[PERSON:Pete]]. I left the keys at
number [[ADDRESS:nine Orchard Way]] under the blue pot. Call me back on [[PHONE_NUMBER:oh-seven-eight-one-two, four-four-oh,
nine-one-seven]]. Cheers.\"""",
    # iMessage / group chat with typos
    """[[PERSON:Sophie]]: omg [[PERSON:lils]] ur never gonna beleive who i saw at tesco
[[PERSON:Lily]]: WHO
[[PERSON:Sophie]]: [[TITLE:mr]] [[PERSON:hutchins]] from year 9 science 😭 hes like [[AGE:70]] now
[[PERSON:Lily]]: noooo. btw my new insta is [[USERNAME:lily.grace.xo]]""",
    """[[PERSON:jake]]: yo can u venmo me for pizza, [[USERNAME:Jake-Moreno-7]]
[[PERSON:tia]]: sent!! also [[PERSON:bri]]s party is at her moms, [[ADDRESS:2210 w 34th st apt b]], [[LOCATION:minneapolis]]
[[PERSON:jake]]: bet. whats her number again
[[PERSON:tia]]: [[PHONE_NUMBER:612 555 0197]]""",
    # mixed-language chats
    """Ate [[PERSON:Joy]]: bunso nasaan ka na? andito na kami sa [[LOCATION:Cubao]]
[[PERSON:Carlo]]: traffic pa sa EDSA 😩 send mo na lang address ni Tita [[PERSON:Merly]]
Ate [[PERSON:Joy]]: [[ADDRESS:Blk 12 Lot 8 Sampaguita St.]], [[LOCATION:Marikina]]. GCash mo na lang yung share mo sa [[PHONE_NUMBER:0917 882 4105]]""",
    """[[PERSON:Sandra]]: Hola [[PERSON:Dani]]! me pasas el DNI de tu madre para la reserva del hotel?
[[PERSON:Dani]]: [[ID_NUMBER:29640781Z]], y nació el [[DATE_TIME:3/11/1958]]
[[PERSON:Sandra]]: genial. y su móvil? 
[[PERSON:Dani]]: [[PHONE_NUMBER:seis cuatro nueve, treinta y dos, dieciocho, cero siete]] jaja perdón, [[PHONE_NUMBER:649 32 18 07]]""",
    """[[PERSON:Lukas]]: Hey [[PERSON:Nina]], can you send mir nochmal deine IBAN für die Miete?
[[PERSON:Nina]]: [[IBAN_CODE:DE88 4306 0967 2046 3188 00]] 👍 und meine neue Adresse ab [[DATE_TIME:1. April]]: [[ADDRESS:Körnerstraße 7]], [[ZIP_CODE:04107]] [[LOCATION:Leipzig]]""",
    """[[PERSON:Yuki]]: [[PERSON:Kenji]][[TITLE:くん]]、明日のミーティングのリンク送るね
[[PERSON:Kenji]]: ありがとう！ my email is [[EMAIL_ADDRESS:kenji.watanabe.0418@docomo.ne.jp]] btw
[[PERSON:Yuki]]: OK! 電話は [[PHONE_NUMBER:090-6125-2683]] でいい？""",
    """[[PERSON:Amara]]: Mama says [[PERSON:Ikenna]] will pick you from the airport on Tuesday [[DATE_TIME:4th]]
[[PERSON:Chidi]]: ok. abeg tell am my flight number na P4 7291, I go land [[LOCATION:Lagos]] by 6
[[PERSON:Amara]]: he said wetin be your number for Naija?
[[PERSON:Chidi]]: [[PHONE_NUMBER:0805 339 1147]]""",
    # Telegram / support with loose numbers
    """[[USERNAME:help_desk_anna]]: Please share the order email and the last 4 of the card
[[USERNAME:dmitriy_k]]: [[EMAIL_ADDRESS:d.kuznetsov1991@mail.ru]], last 4 are 6029
[[USERNAME:help_desk_anna]]: Thanks [[PERSON:Dmitriy]]. Delivery address is still [[ADDRESS:ul. Tverskaya 18, kv. 44]], [[LOCATION:Moscow]]?
[[USERNAME:dmitriy_k]]: yes, postcode [[ZIP_CODE:125009]]""",
    # gym / dating app messages
    """[[PERSON:Brooke]] (Hinge): haha ok ok you win, I'm [[PERSON:Brooke]], [[AGE:29]], nurse at St Vincent's 🙃
[[PERSON:Hunter]]: [[PERSON:Hunter]], [[AGE:31]], accountant (sorry). drinks thursday? I'm near [[LOCATION:Darlinghurst]]
[[PERSON:Brooke]]: sure, text me [[PHONE_NUMBER:0433 218 760]]""",
    # landlord SMS
    """Hi [[PERSON:Chloe]], it's [[PERSON:Raymond]] (landlord). The plumber [[PERSON:Steve Mottram]] is coming wed [[DATE_TIME:12th]]
between 8 and 10 to look at the boiler at [[ADDRESS:6a Tiverton Road]]. His mobile is [[PHONE_NUMBER:07835 206 119]] if he's
late. Rent this month can go to my new account [[ID_NUMBER:30917246]], sort code 09-01-28. Ta, [[PERSON:Ray]]""",
]

TABLE: list[str] = [
    # CSV customers (US)
    """customer_id,first_name,last_name,email,phone,street,city,state,zip
[[ID_NUMBER:C100482]],[[PERSON:Maya]],[[PERSON:Goldberg]],[[EMAIL_ADDRESS:maya.goldberg@gmail.com]],[[PHONE_NUMBER:(917) 555-0134]],[[ADDRESS:310 E 81st St Apt 4C]],[[LOCATION:New York]],[[LOCATION:NY]],[[ZIP_CODE:10028]]
[[ID_NUMBER:C100483]],[[PERSON:DeShawn]],[[PERSON:Pruitt]],[[EMAIL_ADDRESS:dpruitt@att.net]],[[PHONE_NUMBER:(901) 555-0176]],[[ADDRESS:1672 Poplar Ave]],[[LOCATION:Memphis]],[[LOCATION:TN]],[[ZIP_CODE:38104]]
[[ID_NUMBER:C100487]],[[PERSON:Ngoc Anh]],[[PERSON:Pham]],[[EMAIL_ADDRESS:ngocanh.pham@yahoo.com]],[[PHONE_NUMBER:(714) 555-0152]],[[ADDRESS:9822 Bolsa Ave]],[[LOCATION:Westminster]],[[LOCATION:CA]],[[ZIP_CODE:92683]]""",
    # TSV patients (UK)
    """PatientID\tSurname\tForename\tDOB\tNHS No\tAddr1\tPostCode\tTel
[[ID_NUMBER:P-22917]]\t[[PERSON:Okonjo]]\t[[PERSON:Adanna]]\t[[DATE_TIME:04/11/1972]]\t[[ID_NUMBER:450 391 8273]]\t[[ADDRESS:17 Brixton Hill]]\t[[ZIP_CODE:SW2 1RW]]\t[[PHONE_NUMBER:020 7946 0318]]
[[ID_NUMBER:P-22918]]\t[[PERSON:Hargreaves]]\t[[PERSON:Colin]]\t[[DATE_TIME:29/02/1948]]\t[[ID_NUMBER:638 207 4152]]\t[[ADDRESS:4 Larch Grove]]\t[[ZIP_CODE:LS16 7PD]]\t[[PHONE_NUMBER:0113 496 0754]]
[[ID_NUMBER:P-22921]]\t[[PERSON:Szabó]]\t[[PERSON:Réka]]\t[[DATE_TIME:15/06/1999]]\t[[ID_NUMBER:519 380 2648]]\t[[ADDRESS:Flat 11, Kelvin Court]]\t[[ZIP_CODE:G12 0AB]]\t[[PHONE_NUMBER:07700 153 829]]""",
    # pipe / Markdown employees
    """| Emp ID | Name | Dept | Start Date | SSN | Work Email | Mobile |
|---|---|---|---|---|---|---|
| [[ID_NUMBER:E-4102]] | [[PERSON:Carla Benedetti]] | Finance | [[DATE_TIME:2019-08-12]] | [[US_SSN:145-80-3372]] | [[EMAIL_ADDRESS:cbenedetti@arcadiabrands.com]] | [[PHONE_NUMBER:201-555-0148]] |
| [[ID_NUMBER:E-4117]] | [[PERSON:Samuel Otieno]] | IT | [[DATE_TIME:2021-01-04]] | [[US_SSN:562-19-0847]] | [[EMAIL_ADDRESS:sotieno@arcadiabrands.com]] | [[PHONE_NUMBER:201-555-0191]] |
| [[ID_NUMBER:E-4130]] | [[PERSON:Haley Brooks-Tan]] | Marketing | [[DATE_TIME:2023-05-22]] | [[US_SSN:089-42-6615]] | [[EMAIL_ADDRESS:hbrookstan@arcadiabrands.com]] | [[PHONE_NUMBER:973-555-0105]] |
| [[ID_NUMBER:E-4131]] | [[PERSON:Rafael Quiñones]] | Warehouse | [[DATE_TIME:2023-06-05]] | [[US_SSN:601-27-9438]] | [[EMAIL_ADDRESS:rquinones@arcadiabrands.com]] | [[PHONE_NUMBER:862-555-0117]] |""",
    # semicolon CSV students (Germany)
    """Matrikelnr;Nachname;Vorname;Geburtsdatum;E-Mail;Straße;PLZ;Ort
[[ID_NUMBER:3318204]];[[PERSON:Schulte]];[[PERSON:Leonie]];[[DATE_TIME:17.02.2003]];[[EMAIL_ADDRESS:leonie.schulte@uni-muenster.de]];[[ADDRESS:Hammer Str. 54]];[[ZIP_CODE:48153]];[[LOCATION:Münster]]
[[ID_NUMBER:3318211]];[[PERSON:Demir]];[[PERSON:Emre]];[[DATE_TIME:03.09.2002]];[[EMAIL_ADDRESS:emre.demir@uni-muenster.de]];[[ADDRESS:Wolbecker Str. 112]];[[ZIP_CODE:48155]];[[LOCATION:Münster]]
[[ID_NUMBER:3318240]];[[PERSON:Nowak]];[[PERSON:Zofia]];[[DATE_TIME:26.12.2001]];[[EMAIL_ADDRESS:zofia.nowak@uni-muenster.de]];[[ADDRESS:Kanalstraße 7a]];[[ZIP_CODE:48147]];[[LOCATION:Münster]]""",
    # fixed-width members (gym, Australia)
    """MEMBER#   NAME                  DOB         MOBILE          SUBURB            PCODE
[[ID_NUMBER:GYM20417]]  [[PERSON:Tayla Morrissey]]       [[DATE_TIME:12/01/1998]]  [[PHONE_NUMBER:0412 906 338]]    [[LOCATION:Coogee]]            [[ZIP_CODE:2034]]
[[ID_NUMBER:GYM20422]]  [[PERSON:Jack Nguyen-Hall]]      [[DATE_TIME:30/07/1990]]  [[PHONE_NUMBER:0433 581 204]]    [[LOCATION:Maroubra]]          [[ZIP_CODE:2035]]
[[ID_NUMBER:GYM20431]]  [[PERSON:Priyanka Bhatt]]        [[DATE_TIME:08/05/1985]]  [[PHONE_NUMBER:0401 277 915]]    [[LOCATION:Randwick]]          [[ZIP_CODE:2031]]""",
    # JSON lines orders with customer details
    """{"order": "ORD-88120", "customer": "[[PERSON:Lindiwe Zulu]]", "email": "[[EMAIL_ADDRESS:lindiwe.zulu@gmail.com]]", "ship_to": "[[ADDRESS:14 Florida Road]], [[LOCATION:Morningside]], [[LOCATION:Durban]] [[ZIP_CODE:4001]]", "total": 1249.00, "card": "[[CREDIT_CARD:4716 5503 2981 4769]]"}
{"order": "ORD-88121", "customer": "[[PERSON:Emeka Nwachukwu]]", "email": "[[EMAIL_ADDRESS:emeka.nwa@outlook.com]]", "ship_to": "[[ADDRESS:3 Bourdillon Road]], [[LOCATION:Ikoyi]], [[LOCATION:Lagos]]", "total": 89.50, "card": "[[CREDIT_CARD:5312 6094 7782 1300]]"}
{"order": "ORD-88124", "customer": "[[PERSON:Aisha Bello]]", "email": "[[EMAIL_ADDRESS:aisha.bello@yahoo.com]]", "ship_to": "[[ADDRESS:27 Ahmadu Bello Way]], [[LOCATION:Kaduna]]", "total": 310.00, "card": "[[CREDIT_CARD:3489 117702 45636]]"}""",
    # YAML list tenants (Canada)
    """tenants:
  - name: [[PERSON:Harjit Sandhu]]
    unit: "[[ADDRESS:1204-88 Harbour Street]]"
    city: [[LOCATION:Toronto]]
    postal: [[ZIP_CODE:M5J 0C3]]
    phone: "[[PHONE_NUMBER:416-555-0112]]"
    sin: "[[ID_NUMBER:466 029 188]]"
    lease_start: [[DATE_TIME:2024-09-01]]
  - name: [[PERSON:Margaux Pelletier]]
    unit: "[[ADDRESS:907-88 Harbour Street]]"
    city: [[LOCATION:Toronto]]
    postal: [[ZIP_CODE:M5J 0C3]]
    phone: "[[PHONE_NUMBER:647-555-0186]]"
    sin: "[[ID_NUMBER:610 473 928]]"
    lease_start: [[DATE_TIME:2025-01-15]]
  - name: [[PERSON:Obi Anyanwu]]
    unit: "[[ADDRESS:2301-88 Harbour Street]]"
    city: [[LOCATION:Toronto]]
    postal: [[ZIP_CODE:M5J 0C3]]
    phone: "[[PHONE_NUMBER:437-555-0143]]"
    sin: "[[ID_NUMBER:294 180 369]]"
    lease_start: [[DATE_TIME:2023-11-01]]""",
    # HTML table rows applicants
    """<tr><th>Applicant</th><th>DOB</th><th>Passport</th><th>Nationality</th><th>Email</th></tr>
<tr><td>[[PERSON:Nguyen Thi Lan]]</td><td>[[DATE_TIME:1996-03-18]]</td><td>[[ID_NUMBER:C4827193]]</td><td>[[NRP:Vietnamese]]</td><td>[[EMAIL_ADDRESS:lan.nguyen96@gmail.com]]</td></tr>
<tr><td>[[PERSON:Bilal Qureshi]]</td><td>[[DATE_TIME:1993-10-02]]</td><td>[[ID_NUMBER:BK3091847]]</td><td>[[NRP:Pakistani]]</td><td>[[EMAIL_ADDRESS:bilal.q93@hotmail.com]]</td></tr>
<tr><td>[[PERSON:Mariana Castillo]]</td><td>[[DATE_TIME:2000-07-27]]</td><td>[[ID_NUMBER:G28419730]]</td><td>[[NRP:Mexican]]</td><td>[[EMAIL_ADDRESS:mariana.castillo@outlook.com]]</td></tr>
<tr><td>[[PERSON:Tendai Chikore]]</td><td>[[DATE_TIME:1989-12-09]]</td><td>[[ID_NUMBER:FN730192]]</td><td>[[NRP:Zimbabwean]]</td><td>[[EMAIL_ADDRESS:tchikore@gmail.com]]</td></tr>""",
    # CSV shipments with recipients (UK)
    """tracking_no,recipient,addr1,addr2,town,postcode,tel,delivered
JD0002219384710,[[PERSON:Gemma Oakley]],[[ADDRESS:12 Fernbank Road]],,[[LOCATION:Redhill]],[[ZIP_CODE:RH1 6DT]],[[PHONE_NUMBER:07788 104 295]],yes
JD0002219384728,[[PERSON:Mr T Adeyinka]],[[ADDRESS:Flat 4]],[[ADDRESS:9 Sandgate High Street]],[[LOCATION:Folkestone]],[[ZIP_CODE:CT20 3BD]],[[PHONE_NUMBER:07412 660 537]],no
JD0002219384735,[[PERSON:Ffion Rhys]],[[ADDRESS:Tŷ Gwyn]],[[ADDRESS:Heol y Dŵr]],[[LOCATION:Carmarthen]],[[ZIP_CODE:SA31 1PG]],[[PHONE_NUMBER:01267 230 918]],yes""",
    # payroll CSV (UK) with NINO
    """EmpNo,Surname,Forename,NINO,Tax Code,Sort Code,Account No,Pay Date
[[ID_NUMBER:00481]],[[PERSON:Atherton]],[[PERSON:Joanne]],[[ID_NUMBER:NH 40 27 93 A]],1257L,30-99-50,[[ID_NUMBER:42019377]],28/02/2025
[[ID_NUMBER:00492]],[[PERSON:Mensah]],[[PERSON:Kojo]],[[ID_NUMBER:SK 71 58 04 C]],1257L,20-32-06,[[ID_NUMBER:63820194]],28/02/2025
[[ID_NUMBER:00510]],[[PERSON:Walsh]],[[PERSON:Bronagh]],[[ID_NUMBER:PE 92 16 38 B]],BR,09-01-29,[[ID_NUMBER:18273645]],28/02/2025""",
    # Markdown clinic appointments (India)
    """| Patient | Age | Sex | Phone | Aadhaar | Appt | Doctor |
|---------|-----|-----|-------|---------|------|--------|
| [[PERSON:Lakshmi Narayanan]] | [[AGE:64]] | F | [[PHONE_NUMBER:94440 18273]] | [[ID_NUMBER:6175 9320 4869]] | [[DATE_TIME:10/03]] | [[PERSON:Dr. R. Venkat]] |
| [[PERSON:Mohd. Arif Khan]] | [[AGE:38]] | M | [[PHONE_NUMBER:98300 42719]] | [[ID_NUMBER:4908 2371 6506]] | [[DATE_TIME:10/03]] | [[PERSON:Dr. S. Banerjee]] |
| Baby of [[PERSON:Pooja Rathi]] | [[AGE:0]] | F | [[PHONE_NUMBER:99870 33614]] | — | [[DATE_TIME:11/03]] | [[PERSON:Dr. R. Venkat]] |""",
    # TSV bank customers (France)
    """Titre\tNom\tPrénom\tDate de naissance\tN° sécu\tIBAN\tVille
[[TITLE:M.]]\t[[PERSON:Garnier]]\t[[PERSON:Thibault]]\t[[DATE_TIME:13/06/1985]]\t[[ID_NUMBER:1 85 06 13 055 072 16]]\t[[IBAN_CODE:FR76 2004 1010 0505 0938 1726 432]]\t[[LOCATION:Marseille]]
[[TITLE:Mme]]\t[[PERSON:Haddad]]\t[[PERSON:Yasmine]]\t[[DATE_TIME:08/01/1992]]\t[[ID_NUMBER:2 92 01 69 123 418 10]]\t[[IBAN_CODE:FR76 1027 8060 3900 0218 4375 961]]\t[[LOCATION:Lyon]]
[[TITLE:Mme]]\t[[PERSON:Le Goff]]\t[[PERSON:Maëlle]]\t[[DATE_TIME:21/10/1977]]\t—\t[[IBAN_CODE:GB31 BUKB 2019 8874 0153 26]]\t[[LOCATION:Brest]]""",
    # CSV school contacts (Ireland)
    """Pupil,Class,DOB,Guardian,Guardian Mobile,Guardian Email,Eircode
[[PERSON:Oisín Hennessy]],3rd Class,[[DATE_TIME:2016-04-02]],[[PERSON:Niamh Hennessy]],[[PHONE_NUMBER:086 204 7731]],[[EMAIL_ADDRESS:niamhhennessy@gmail.com]],[[ZIP_CODE:T12 K8X2]]
[[PERSON:Saoirse Ní Cheallaigh]],3rd Class,[[DATE_TIME:2015-11-19]],[[PERSON:Pádraig Ó Ceallaigh]],[[PHONE_NUMBER:087 659 3308]],[[EMAIL_ADDRESS:p.oceallaigh@eircom.net]],[[ZIP_CODE:T23 V6P0]]
[[PERSON:Zuzanna Kowalczyk]],3rd Class,[[DATE_TIME:2016-01-27]],[[PERSON:Marta Kowalczyk]],[[PHONE_NUMBER:083 412 9056]],[[EMAIL_ADDRESS:marta.kowalczyk@wp.pl]],[[ZIP_CODE:T12 X4N1]]""",
    # JSON lines loyalty members (Singapore)
    """{"member_no": "[[ID_NUMBER:LP-7702184]]", "name": "[[PERSON:Lim Jia Hui]]", "nric": "[[ID_NUMBER:S7619240E]]", "mobile": "[[PHONE_NUMBER:+65 9123 4807]]", "postal": "[[ZIP_CODE:528765]]", "tier": "gold"}
{"member_no": "[[ID_NUMBER:LP-7702191]]", "name": "[[PERSON:Muhammad Faris bin Rahman]]", "nric": "[[ID_NUMBER:T0354981F]]", "mobile": "[[PHONE_NUMBER:+65 8277 1396]]", "postal": "[[ZIP_CODE:760412]]", "tier": "silver"}
{"member_no": "[[ID_NUMBER:LP-7702203]]", "name": "[[PERSON:Kavitha d/o Subramaniam]]", "nric": null, "mobile": "[[PHONE_NUMBER:+65 9630 5518]]", "postal": "[[ZIP_CODE:310089]]", "tier": "silver"}""",
    # pipe table car rentals (US)
    """Renter | DL Number | DL State | Pick-up | Return | Card | Phone
[[PERSON:Kendall Marsh]] | [[US_DRIVER_LICENSE:D482-019-37-704-5]] | FL | [[DATE_TIME:03/07/2025]] | [[DATE_TIME:03/10/2025]] | [[CREDIT_CARD:4263 9817 0054 3221]] | [[PHONE_NUMBER:305-555-0123]]
[[PERSON:Omar Haddad]] | [[US_DRIVER_LICENSE:318 204 957]] | NY | [[DATE_TIME:03/08/2025]] | [[DATE_TIME:03/09/2025]] | [[CREDIT_CARD:5105 3291 8840 6173]] | [[PHONE_NUMBER:718-555-0164]]
[[PERSON:Lacey Dunbar]] | [[US_DRIVER_LICENSE:WDLX4R82N17B]] | WA | [[DATE_TIME:03/08/2025]] | [[DATE_TIME:03/15/2025]] | [[CREDIT_CARD:6011 0293 7765 4028]] | [[PHONE_NUMBER:206-555-0159]]""",
    # CSV applicants with Nat'l ID (Kenya)
    """Applicant No,Full Name,Nat'l ID,KRA PIN,Phone,County,DOB
[[ID_NUMBER:APP-25-0912]],[[PERSON:Achieng Otieno]],[[ID_NUMBER:32419087]],[[ID_NUMBER:A014827703K]],[[PHONE_NUMBER:0722 318 604]],[[LOCATION:Kisumu]],[[DATE_TIME:12/04/1997]]
[[ID_NUMBER:APP-25-0913]],[[PERSON:Kipchoge Rono]],[[ID_NUMBER:29108374]],[[ID_NUMBER:A011930482P]],[[PHONE_NUMBER:0733 402 951]],[[LOCATION:Uasin Gishu]],[[DATE_TIME:30/09/1993]]
[[ID_NUMBER:APP-25-0917]],[[PERSON:Halima Abdi]],[[ID_NUMBER:35870216]],[[ID_NUMBER:A016204479Z]],[[PHONE_NUMBER:0711 860 273]],[[LOCATION:Garissa]],[[DATE_TIME:05/01/2000]]""",
    # fixed-width policyholders (Spain)
    """NOMBRE                      DNI/NIE      F.NAC.      TELÉFONO      CP     LOCALIDAD
[[PERSON:Rocío Jiménez Navarro]]       [[ID_NUMBER:51934027G]]    [[DATE_TIME:19/03/1981]]  [[PHONE_NUMBER:655 204 817]]   [[ZIP_CODE:29012]]  [[LOCATION:Málaga]]
[[PERSON:Andrés Villalobos Prieto]]    [[ID_NUMBER:16082735P]]    [[DATE_TIME:07/08/1969]]  [[PHONE_NUMBER:699 531 042]]   [[ZIP_CODE:26001]]  [[LOCATION:Logroño]]
[[PERSON:Oana Popescu]]                [[ID_NUMBER:Z0936452N]]    [[DATE_TIME:25/12/1990]]  [[PHONE_NUMBER:631 870 294]]   [[ZIP_CODE:46021]]  [[LOCATION:Valencia]]""",
    # YAML volunteer list (New Zealand)
    """- name: [[PERSON:Aroha Ngata]]
  email: [[EMAIL_ADDRESS:aroha.ngata@xtra.co.nz]]
  phone: [[PHONE_NUMBER:027 418 9302]]
  suburb: [[LOCATION:Ōtara]]
  nhi: [[ID_NUMBER:KRT5808]]
- name: [[PERSON:Hamish Tuck]]
  email: [[EMAIL_ADDRESS:hamish.tuck@gmail.com]]
  phone: [[PHONE_NUMBER:021 650 3928]]
  suburb: [[LOCATION:Mangere Bridge]]
  nhi: [[ID_NUMBER:MWB2364]]
- name: [[PERSON:Sione Taufa]]
  email: [[EMAIL_ADDRESS:sione.taufa@outlook.co.nz]]
  phone: [[PHONE_NUMBER:022 391 8075]]
  suburb: [[LOCATION:Papatoetoe]]
  nhi: null""",
    # HTML rows hotel guests (Japan)
    """<tr><th>氏名</th><th>生年月日</th><th>住所</th><th>電話番号</th><th>マイナンバー</th></tr>
<tr><td>[[PERSON:佐藤 美咲]]</td><td>[[DATE_TIME:1994年2月11日]]</td><td>[[LOCATION:東京都]][[LOCATION:世田谷区]][[ADDRESS:三軒茶屋2-14-9]]</td><td>[[PHONE_NUMBER:080-3947-1128]]</td><td>[[ID_NUMBER:4028 3165 9727]]</td></tr>
<tr><td>[[PERSON:高橋 健太]]</td><td>[[DATE_TIME:1987年9月30日]]</td><td>[[LOCATION:大阪府]][[LOCATION:大阪市]][[LOCATION:北区]][[ADDRESS:梅田1-3-1]]</td><td>[[PHONE_NUMBER:090-7215-4830]]</td><td>[[ID_NUMBER:7193 6042 5813]]</td></tr>
<tr><td>[[PERSON:Jennifer Walsh]]</td><td>[[DATE_TIME:1979年5月5日]]</td><td>[[LOCATION:Dublin]], [[LOCATION:Ireland]]</td><td>[[PHONE_NUMBER:+353 85 214 7760]]</td><td>—</td></tr>""",
    # CSV donors (Brazil)
    """nome,cpf,email,celular,cidade,uf,doação_desde
[[PERSON:Larissa Monteiro]],[[ID_NUMBER:246.071.835-71]],[[EMAIL_ADDRESS:larissa.monteiro@uol.com.br]],[[PHONE_NUMBER:(21) 99714-3820]],[[LOCATION:Niterói]],[[LOCATION:RJ]],[[DATE_TIME:03/2022]]
[[PERSON:Thiago Bezerra]],[[ID_NUMBER:918.364.502-06]],[[EMAIL_ADDRESS:thiago.bezerra@gmail.com]],[[PHONE_NUMBER:(81) 98822-0417]],[[LOCATION:Recife]],[[LOCATION:PE]],[[DATE_TIME:11/2023]]
[[TITLE:Dona]] [[PERSON:Cida Ferreira]],—,[[EMAIL_ADDRESS:cidaferreira1951@bol.com.br]],[[PHONE_NUMBER:(31) 3274-5590]],[[LOCATION:Belo Horizonte]],[[LOCATION:MG]],[[DATE_TIME:08/2019]]""",
]

LOOKALIKE: list[str] = [
    # release notes (no PII)
    """Release 4.12.3 (build 20250211.7) — changelog
- Fixed CVE-2024-45337 in the SSH client; bumped golang.org/x/crypto to v0.31.0.
- Default listener moved from port 8443 to 9443; firmware 10.4.2.1 is now the minimum supported version.
- Migration 0042_add_index ran on 3 shards; job id 7f3e9a1c-52b4-4d0e-9c8a-1b2d3e4f5a60.
- Image digest sha256:4b8e1f0c9d2a7e6b5c3f1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c, commit 9c41e7b.
- Known issue: the Dijkstra router times out on graphs with more than 2^20 nodes (ticket OPS-3318).""",
    # library catalogue (no PII)
    """Catalogue record 22190473. Title: Fibonacci Numbers in Nature: A Field Guide. ISBN 978-0-393-35618-2.
Series: Pocket Science, ISSN 0028-0836. Subjects: Golden ratio; Pascal's triangle; Euler's identity.
DOI 10.1038/s41586-024-07711-7. Call number QA241 .F53 2024. Shelved at level 3, bay 14. Loan type: 7-day.
See also ISBN 0-14-044913-2 and the Hubble Deep Field poster set (item 30012749).""",
    # flight and shipping (no PII)
    """FLIGHT UPDATE: BA 2490 LGW–FAO now departs 14:35 from gate 22, aircraft G-EUYM (A320). Booking refs beginning
XJ7 are affected. Baggage tag 0125 448 903. Container MSKU 418273-6 sealed with seal no. 00912834, vessel IMO 9811000.
Position 43.7102, -7.0049 at 06:00 UTC. Customer services 0344 493 0787 (8am–8pm).""",
    # product catalogue (no PII)
    """This week's specials: Victoria sponge (SKU VS-0412), Earl Grey loose leaf 250 g (EAN 5010001273841), Margherita
pizza kit, Ben & Jerry's Phish Food, Sir Kensington's ketchup, and the Ford Fiesta Ti-VCT 1.25 service kit
(part no. 8V21-6714-AB). The Tesla Model Y floor mats (P/N 1494612-00-A) are back in stock. Serial range SN2025-08812
to SN2025-08890 recalled.""",
    # directions to a depot (no PII)
    """Directions: leave the M32 at junction 3, follow signs for the Wellington Monument, turn left on Martin Luther King
Jr Boulevard and right onto Lincoln Avenue. The depot is the blue building after the Churchill Arms. Gate code
changes weekly. Coordinates 51.4591, -2.5810. Depot office: 0117 496 0321.""",
    # IT incident with one user
    """INC0098213 — SSO failures after certificate rotation. Affected tenant id 3c9a7f10-88e2-4b6d-a1f5-0d2e4c7b9a13,
app version 7.3.0-rc2. Trace id 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01. Only one user reported it:
[[EMAIL_ADDRESS:priscilla.ambrose@fernhill-legal.co.uk]] ([[PERSON:Priscilla Ambrose]]). SHA-1 of the bad cert:
2fd4e1c67a2d28fced849ee1bb76e7391b93eb12. Rollback build 7.2.9 at 18:00.""",
    # invoice with customer
    """INVOICE INV-2025-03381    PO 45001872    VAT GB 294 7713 08
Bill to: [[PERSON:Mrs Harriet Coombes]], [[ADDRESS:The Granary, Mill Road]], [[LOCATION:Thaxted]] [[ZIP_CODE:CM6 2LD]]
Item: Morris & Co. "Strawberry Thief" wallpaper, 4 rolls (batch 22B-0917, pattern 210345)
Item: Farrow & Ball Elephant's Breath, 2.5 L (lot FB-441-09)
Total £412.80. Pay to Thornbury Interiors Ltd, sort code 40-47-84, IBAN [[IBAN_CODE:GB97 SCBL 6091 4722 8305 61]].""",
    # food blog with eponyms and an author
    """Tonight's menu is an ode to eponyms: Beef Stroganoff, Caesar salad (named after [[PERSON:Caesar Cardini]], not [[PERSON:Julius]]),
Oysters Rockefeller and a Pavlova for dessert. Recipe adapted from [[PERSON:Nigella Lawson]]'s book (ISBN 978-0-00-819452-9),
served on Wedgwood china with a bottle of Dom Pérignon. Prep time 45 min, serves 6.""",
    # device recall notice with a pharmacist contact
    """FIELD SAFETY NOTICE FSN-2025-014: Foley catheter kits, model FC-16FR, lots 4412A1 to 4412A9, NDC 0409-4888-02.
Petri dishes (cat. 82.1473) and Bunsen burner tubing are not affected. UDI (01)00812345000123(17)270131(10)4412A3.
Please return stock to the distributor. Pharmacy contact for this site: [[PERSON:Olamide Fashola]], GPhC
[[ID_NUMBER:2091537]], [[EMAIL_ADDRESS:olamide.fashola@nhs.net]].""",
    # real estate listing with agent
    """MLS# 71044982 — Colonial on Washington Street near Hancock Park. 4 bd / 2.5 ba, 2,310 sq ft, lot 0.28 acres,
parcel 118-04-2207. HOA none. Open house Sunday 1–3. Listing agent [[PERSON:Trevor Mancini]], lic.
[[ID_NUMBER:01987462]], cell [[PHONE_NUMBER:781-555-0149]]. Brokerage office 617-555-0100.""",
    # hotel confirmation
    """Hilton Honors confirmation 3318490271. Guest: [[PERSON:Yolanda Ferreira-Banks]], Hilton Honors no.
[[ID_NUMBER:HH 902 741 336]]. Arrival [[DATE_TIME:Apr 17, 2025]], departure [[DATE_TIME:Apr 20, 2025]]. King room,
rate code LX7. Hotel: [[ADDRESS:720 South Michigan Avenue]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60605]];
front desk 312-555-0160.""",
    # car parts order
    """Order SO-558102: brake pads (Brembo P 85 020), oil filter (Mann HU 719/7 X), wiper blades (Bosch 3 397 007 297) for
a 2017 Porsche Macan, VIN WP1AB2A53HLB18274. Customer collecting: [[PERSON:Danny Okafor]], [[PHONE_NUMBER:07834 552 017]].
McLaren and Ferrari parts are on the next page; Rosso Corsa touch-up pen code 322.""",
    # citation list
    """References
1. [[PERSON:Ramírez-Osorio]], [[PERSON:L.]], & [[PERSON:Haugen]], [[PERSON:T.]] (2023). Kalman filters for river gauges.
   J. Hydrol. 617, 128994. https://doi.org/10.1016/j.jhydrol.2023.128994
2. [[PERSON:Achterberg]], [[PERSON:M.]] et al. (2021). arXiv:2107.03374 [cs.LG].
3. Bayesian Data Analysis, 3rd ed., ISBN 978-0-223-54091-0 (2014).""",
    # parcel tracking SMS
    """DPD: Hi [[PERSON:Keeley]], your parcel 15501 8827 3391 from ASOS is at our [[LOCATION:Hinckley]] hub and will be
delivered tomorrow 10:14–11:14 to [[ADDRESS:27 Garnet Close]]. Driver: [[PERSON:Marek]]. Ref 4R7T2. Reply STOP to 60777.""",
    # software licence
    """License certificate — Product: CAD Studio Pro 2025 (SKU CSP-25-ENT), seats: 5, key 7HX2Q-9MLP4-KT3VW-RZ8NJ-42DFB,
support contract SC-009124. Registered to: [[PERSON:Anneliese Brouwer]], [[EMAIL_ADDRESS:a.brouwer@studiobrouwer.nl]].
Hardware id 00-1B-63-84-45-E6. Checksum 9e107d9d372bb6826bd81d3542a419d6.""",
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
    write_and_report("blind16", STYLES, OUT)


if __name__ == "__main__":
    main()

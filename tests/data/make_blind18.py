"""Build tests/data/blind18.jsonl: an eighteenth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind18.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts, make_blind17.py included); only the module docstring of
make_blind16.py, gold_sets.py, and the `parse()` helper of
make_handwritten.py (with its two regexes, MARK and TITLE_IN_NAME) were
read, to keep the conventions and the file format, and the closing
scaffolding of make_blind16.py (its STYLES dict and main()) and its import
lines were copied. The import lines below follow gold_sets.py (which
imports make_handwritten from the same folder). No git history was read.
The detector was never run on this file. Do not tune the detector against
it: once it has been used to tune, it no longer measures anything; write a
new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country, and the national check digits inside the
French, Spanish, Italian, Belgian and Portuguese IBANs are right too (check
digits worked out by hand-run throwaway code while writing, not generated
here; `gold_sets.check` re-checks cards and IBANs and refuses a bad one).
National ids with a public check digit (NHS and CHI numbers, SIN,
Aadhaar, BSN, CPF and the São Paulo RG, DNI and NIE, the Spanish
social-security number, NIR, PESEL, Polish NIP and identity card number,
South African ID, TFN, Australian Medicare number, New Zealand NHI and IRD
number, Irish PPSN, Singapore NRIC and FIN, personnummer, US NPI and DEA
number, Portuguese NIF, Belgian national number, German Steuer-ID, Swiss
AHV number, Austrian social-insurance number, Japanese My Number, T.C.
Kimlik, codice fiscale, Mexican CURP and CLABE, Argentine CUIT and CBU,
Chilean RUN, Finnish henkilötunnus, Norwegian fødselsnummer and account
number, Romanian CNP, Czech rodné číslo, Greek AFM, Russian SNILS, Korean
RRN, Chinese resident id, Israeli teudat zehut, Hong Kong HKID, Saudi
national id, Iranian national code, Thai national id, Indonesian NPWP,
Nigerian NUBAN, Ontario health card number, UK UPN) were given a valid one
the same way (and the personnummer, PESEL, South African ID, Belgian
national number, NIR, CNP, rodné číslo, RRN, Chinese id, henkilötunnus and
fødselsnummer agree with the person's sex and birth date where they show),
and so were the look-alikes that carry one (ISBN-10, ISBN-13, ISSN, EAN).
UK NI numbers and driver numbers, US SSNs (no check digit), PAN, Nigerian
NIN and BVN, Kenyan ids and KRA PINs, Philippine ids, Pakistani CNIC,
Malaysian MyKad, Indonesian NIK, Vietnamese CCCD, Egyptian national ids,
the Ghana Card, Jamaican TRN, passports, licences, plates, crypto wallets,
bank account numbers (other than the NUBAN, CLABE, CBU and Norwegian one)
and staff, student, member, patient and loyalty numbers were not checked.

Styles (ids `blind18-<style>-NNN`; 240 records), the same as in
make_blind16.py, chosen to look like what an outside evaluator would feed
the tool (public PII-masking benchmarks such as ai4privacy
pii-masking-200k/300k, gretel-pii-masking-en and Nemotron-PII,
LLM-generated "realistic sentences containing personal data", and labeled
exports from CRM, HR, clinic, school and bank systems); about two thirds of
the records are in English, as in the public benchmarks, and the rest in a
wide spread of other languages:
- `gen` (75): one to three LLM-style sentences in everyday domains
  (banking, insurance, telecoms, retail, hospitals, pharmacies, schools,
  HR, lettings, travel, hotels, courts and police, social services,
  charities, sport clubs, dating, delivery, marketplaces, gaming, crypto,
  utilities, vets, funerals, weddings, immigration, libraries); people from
  every region, names that are also words or places, lowercase names,
  names at the start and end of sentences, ages said in many ways, dates in
  many formats and addresses of many countries. Mostly English, the rest
  in other languages.
- `bench` (70): dense form-like paragraphs in the manner of ai4privacy,
  gretel and Nemotron-PII records (titles, names, sex, age, DOB, job,
  employer, street, unit, city, region, zip, country, phone, email,
  username, password, account, IBAN and card numbers, SSN, passport,
  licence, national and tax ids, plates, IPv4 / IPv6, MACs, wallets, user
  agents, profile URLs). Two thirds in English, the rest in other
  languages.
- `doc` (30): longer documents (discharge summaries, statements,
  contracts, a tenancy agreement, a loan application, a school report,
  claims, a judgment, minutes, email threads with signatures and quoted
  replies, CVs, invoices, HL7, FHIR, JSON, XML and CSV exports, logs,
  support tickets) with twelve to thirty labeled spans each and non-PII
  look-alikes.
- `chat` (30): SMS, WhatsApp, Slack, Discord, Teams, Telegram, forum and
  Reddit posts, support chats, call-centre and voicemail transcripts, with
  lowercase names, nicknames, typos, emoji, handles, loose numbers, half
  addresses and numbers spoken in words; mostly English, a few in other
  languages or mixed.
- `table` (20): one row-oriented table per record as text (CSV, TSV,
  semicolon CSV, pipe / Markdown tables, fixed-width columns, JSON lines,
  YAML lists, HTML table rows) with a header row and three or four data
  rows; headers mostly in English, a few in other languages. Every PII
  cell is labeled.
- `lookalike` (15): mostly non-PII text full of look-alikes, with the few
  real PII values labeled; 5 of the 15 records have no PII at all.

Labeling conventions: the same as in make_blind16.py (and make_blind15.py
back to make_blind6.py), copied here from the docstring of make_blind16.py:
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
  the Nigerian "Engr.", the Indian "Sri" and "Shri", the Romanian "Doamna"
  and "Dl.", the Persian "خانم", the Chinese "先生" written after a name
  (like "様"), the declined Polish "Panią" and "Panem" and a lowercase
  "mevr." are TITLE, and "Prof. Dr." is two TITLE spans like "Frau Dr.";
  "Late" before a deceased father's name, "tonton", "mi tía" and "nan"
  stay outside. "D/O" directly between two names stays inside one PERSON
  span, like "s/o"; an "S/o" or "D/o" followed by "Late" or a title starts
  a new span (the father named apart). A furigana reading of a Japanese
  name is its own PERSON span. A virtual assistant's persona name ("Ava")
  and a bot's speaker label are not labeled; "OTC desk" after a trader's
  name stays outside.
  A half address in a chat ("on elmwood rd somewhere", "no.5", "nr 16")
  is not an ADDRESS, as a street without a number or a number alone; the
  "[England]" tag of a forum post title is LOCATION, and so are a
  merchant's town in a card line of a bank statement and a municipality
  in a land-registry description. A Bengaluru "No. 14, 2nd Cross, 5th
  Main" is ADDRESS with its locality apart as LOCATION (the cross and main
  name streets), while "#48, 3rd Block, Jayanagar" is one ADDRESS like a
  Delhi colony; a Chinese 号院 / 号楼 / 单元 / 室 address is ADDRESS with the
  区 before it LOCATION; the Cyrillic "г." before a city and the Thai แขวง
  stay outside the LOCATION, like "TP." and เขต.
  Transaction dates on a bank statement are statement dates and stay
  unlabeled, while the counterparties named in its lines are PERSON
  ("ADELEKE-FROST J" part by part) and a transfer to the holder's own
  savings account number is ID_NUMBER. In HL7 the PID-18 patient account
  number is ID_NUMBER (tied to the patient) and the PV1-19 visit number an
  encounter reference (unlabeled); the HL7 religion code "CAT" is NRP. A
  Medicare MBI, a state medical licence, an SRA number, a pharmacy council
  number, a NUHSA and an NHC, a colegiado number, a field engineer's tech
  id, an RRSP account, a BESCOM RR consumer number and a certification's
  credential id are ID_NUMBER; a spoken plate in the phonetic alphabet is
  ID_NUMBER like a spoken account number. A caste category column (OBC,
  General) is not NRP, like an ethnicity field; "Konfession evangelisch",
  "röm.-kath." and "Catholic" in a dating profile are NRP, and
  "Staatsangehörigkeit Österreich" is NRP like "New Zealand" as a
  citizenship. A candidate's "available from" date, a utility contract's
  activation, a mortgage drawdown, a loan closing, a daycare place "ab
  August", sick leave "bis 21.3." and its from / to, a customer's
  requested delivery day, a measurement visit and a fitting at a
  customer's home, the "as of" date of a 履歴書 and its 年月 entries are
  DATE_TIME; a passport's issue date was rewritten out. "about 50" said of
  a suspect is AGE; "Silver (60+)" is a threshold. A company's trust
  account number was rewritten out of the tenancy agreement.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind18.jsonl")

# ---- records ----

GEN = [
    """Loan officer note: [[PERSON:Marigold Osei-Bonsu]] ([[AGE:41]]) applied on [[DATE_TIME:3 February 2025]] for a £12,000 home-improvement loan; she has lived at [[ADDRESS:27 Cresswell Terrace]], [[LOCATION:Sunderland]] [[ZIP_CODE:SR2 7QH]] since [[DATE_TIME:March 2016]] and asked us to call her on [[PHONE_NUMBER:07700 918 442]] rather than email.""",
    """Claim lodged by [[PERSON:Rhys Pritchard]] of [[LOCATION:Aberystwyth]]: his Ford Fiesta, reg [[ID_NUMBER:CX19 KPW]], was rear-ended at the roundabout on [[DATE_TIME:11/01/2025]] and the other driver, [[PERSON:Ms Danuta Wróbel]], admitted fault at the scene. Policy MTR-4471902 covers the hire car.""",
    """Porting request: move [[PHONE_NUMBER:+44 7946 031 558]] from VoxMobile to us for [[PERSON:Ahmad Shah Karimi]], PAC code KXL 982 145, SIM serial 8944 1100 3345 9876 521 — activation requested for Friday [[DATE_TIME:14 March]].""",
    """return for order #A77-20931: customer [[PERSON:jaylen brooks]] says the trainers were the wrong size, refund to the original card (ending 0913) and send the label to [[EMAIL_ADDRESS:jbrooks.hoops@outlook.com]]""",
    """[[PERSON:Mrs Eilidh MacAskill]], a [[AGE:seventy-three]]-year-old retired teacher from [[LOCATION:Keswick]], was admitted to Ward 6 on the [[DATE_TIME:2nd of December]] with a chest infection; NHS number [[ID_NUMBER:485 777 3457]]. Her son [[PERSON:Calum]] is next of kin.""",
    """Rx #6620193 for [[PERSON:Delphine Okafor-Reyes]] (DOB [[DATE_TIME:07/22/1958]]) is ready at the Elm Street branch; her insurer wants her member ID, [[ID_NUMBER:W83920471-02]], on file before the copay can be waived.""",
    """Admissions confirmed that [[PERSON:Aarav Deshpande]], student no. [[ID_NUMBER:2025UG04417]], will move from [[ADDRESS:Flat 12, Sai Krupa Apartments, Baner Road]], [[LOCATION:Pune]] [[ZIP_CODE:411045]] into halls on [[DATE_TIME:21 September 2025]].""",
    """Payroll: please set up direct deposit for new hire [[PERSON:Geneviève Tremblay-Nakamura]], start date [[DATE_TIME:2025-04-07]], SIN [[ID_NUMBER:527 138 507]], home address [[ADDRESS:1188 rue Saint-Denis, app. 4]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2X 3J6]].""",
    """The tenancy for [[ADDRESS:Unit 3/14 Kookaburra Crescent]], [[LOCATION:Bundaberg]] [[LOCATION:QLD]] [[ZIP_CODE:4670]] starts [[DATE_TIME:1 July]]; the tenants are [[PERSON:Shannon]] and [[PERSON:Tane Walker]], and the bond of $2,160 goes to the RTA under ref 88103422.""",
    """Bonjour, je confirme la réservation de [[TITLE:Mme]] [[PERSON:Solène Kerbrat]] du [[DATE_TIME:18 au 22 août]], chambre double ; elle arrivera de [[LOCATION:Quimper]] vers 21 h et peut être jointe au [[PHONE_NUMBER:06 71 28 44 90]].""",
    """Passenger [[PERSON:Tupac Quispe Mamani]], Flying Blue no. [[ID_NUMBER:2093 847 112]], was rebooked from AF 401 to the next morning's flight to [[LOCATION:Lima]] after missing his connection on Tue [[DATE_TIME:4 Nov]]; a meal voucher was issued.""",
    """Renter: [[PERSON:Bo-ra Kim]], TX DL [[US_DRIVER_LICENSE:34920817]], DOB [[DATE_TIME:1991-02-28]]; pick-up at the Hobby Airport counter [[DATE_TIME:06/13/2025]], return [[DATE_TIME:06/16/2025]], additional driver [[PERSON:Ezekiel Okonjo]].""",
    """In [[PERSON:Halvorsen]] v. [[PERSON:Drummond-Hay]], the sentencing hearing of [[PERSON:Tobias Drummond-Hay]] ([[AGE:34]]) was adjourned to [[DATE_TIME:28 April 2025]] at Truro Crown Court, on the application of his counsel, [[PERSON:Ms Priya Raghunathan]].""",
    """Witness [[PERSON:Chidinma Eze]], [[AGE:27]], of [[ADDRESS:14B Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]], told officers she saw the red Camry, plate [[ID_NUMBER:KJA 482 GH]], leave the filling station at about 9:40 p.m. on [[DATE_TIME:12 October 2024]].""",
    """Sehr geehrte [[TITLE:Frau]] [[PERSON:Yıldırım]], Ihr Antrag auf Wohngeld vom [[DATE_TIME:14.01.2025]] ist eingegangen. Bitte reichen Sie bis Ende des Monats die Mietbescheinigung für [[ADDRESS:Hermannstraße 112, 2. OG links]], [[ZIP_CODE:12049]] [[LOCATION:Berlin]] nach.""",
    """[[PERSON:Precious Dlamini-Hart]] registered to vote on [[DATE_TIME:5 May 2024]] at [[ADDRESS:Flat 2, 61 Gloucester Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS7 8AD]]; her elector number is [[ID_NUMBER:HB1-2297]] and she has asked for a postal vote.""",
    """Thank you, [[PERSON:Lorcan]]! Your monthly gift of €15 to Friends of the Burren starts on [[DATE_TIME:1 March 2025]] and will be charged to the Visa card [[CREDIT_CARD:4539 7812 0436 7517]]; receipts go to [[EMAIL_ADDRESS:lorcan.ohalloran@eircom.net]].""",
    """Member [[ID_NUMBER:GYM-0048812]] ([[PERSON:Dawn Achterberg]], [[AGE:52]]) froze her membership from [[DATE_TIME:2 June]] to [[DATE_TIME:30 June]] after knee surgery; reactivation is automatic.""",
    """hey I'm [[PERSON:sage]] 🌿 [[AGE:29]], nurse, just moved to [[LOCATION:Leeds]] from [[LOCATION:Galway]] — find me on insta [[USERNAME:sage.in.scrubs]] if the app keeps glitching""",
    """Your driver [[PERSON:Kiprono]] is arriving in a silver Axio, [[ID_NUMBER:KDG 417T]]. Pickup: [[ADDRESS:Hse 22, Riara Gardens, Riara Road]], [[LOCATION:Kilimani]], [[LOCATION:Nairobi]]. Share trip code 5521 with [[PERSON:Wanjiru]] only.""",
    """Pedido para [[PERSON:Ximena Cuauhtli Ramírez]]: entregar en [[ADDRESS:Calle Tehuantepec 218, int. 5]], Col. [[LOCATION:Roma Sur]], [[LOCATION:Cuauhtémoc]], C.P. [[ZIP_CODE:06760]], [[LOCATION:CDMX]]. Si no contesta, llamar al [[PHONE_NUMBER:55 4821 0937]] y dejar con el portero.""",
    """Buyer [[PERSON:Marlon Fitzgerald-Boateng]] paid for the bike via PayPal ([[EMAIL_ADDRESS:marlonfb@icloud.com]]) and wants the $40 deposit back on his Venmo, [[USERNAME:Marlon-FB-88]]; he'll collect from [[ADDRESS:4419 N Damen Ave]], [[LOCATION:Chicago]] on Sat the [[DATE_TIME:19th]].""",
    """Ban appeal: player [[USERNAME:xX_Valkyrie_Xx]] (Steam ID [[ID_NUMBER:76561198044813207]]) says the account belongs to her brother [[PERSON:Oskar]], who logged in from [[IP_ADDRESS:83.149.22.170]] while she was away.""",
    """KYC hold on the account of [[PERSON:Farhan Siddiqui]]: a withdrawal of 0.42 BTC to [[ID_NUMBER:bc1q9h6mqc2f0tn7a3zr8e5lkj4w6dxv2sypu0ry3g]] was requested from [[IP_ADDRESS:2a02:c7c:3df1:8a00::1f]] ([[LOCATION:Manchester]]) at 02:17, minutes after a password reset.""",
    """Gentile [[TITLE:Sig.ra]] [[PERSON:Lucia Ferrante]], il contratto luce intestato al codice fiscale [[ID_NUMBER:FRRLCU79C54A662P]] per la fornitura in [[ADDRESS:Via Abate Gimma 143]], [[ZIP_CODE:70122]] [[LOCATION:Bari]] sarà attivo dal [[DATE_TIME:1° aprile 2025]]. Il codice POD IT001E88412093 è riportato in bolletta.""",
    """Reminder for [[PERSON:Bartholomew Nwachukwu]]: Pickle (cat, 6) is due her booster on Thursday [[DATE_TIME:9 October]] at 4.15pm. Microchip 985 112 003 447 219 is on file; reply to this text or call us back if [[PHONE_NUMBER:07723 640 118]] is no longer your number.""",
    """[[PERSON:Florence Adebayo-Whitlock]] passed away peacefully at home on [[DATE_TIME:17 January 2025]], aged [[AGE:88]]. The funeral will be at St Mary's, [[LOCATION:Thame]], on [[DATE_TIME:6 February]]; donations to the hospice c/o [[PERSON:Joy Whitlock]], [[ADDRESS:9 Orchard Rise]], [[LOCATION:Thame]] [[ZIP_CODE:OX9 3LJ]].""",
    """Save the date! [[PERSON:Amara]] & [[PERSON:Lincoln]] are getting married on the [[DATE_TIME:twelfth of September 2026]] at [[ADDRESS:Glebe Farm, Long Lane]], [[LOCATION:Hampsthwaite]]. RSVP to [[EMAIL_ADDRESS:amaraandlincoln2026@gmail.com]] by spring.""",
    """[[PERSON:佐々木 美咲]][[TITLE:様]]のお届け先：〒[[ZIP_CODE:060-0042]] [[LOCATION:札幌市]][[LOCATION:中央区]][[ADDRESS:大通西5丁目11-2 ラフィネ大通402号室]]。ご希望の配達日は[[DATE_TIME:3月8日]]、連絡先は[[PHONE_NUMBER:090-4417-2286]]です。""",
    """USCIS notice for [[PERSON:Lwazi Mthembu]], A-Number [[ID_NUMBER:A212-448-907]]: your biometrics appointment is on [[DATE_TIME:March 3, 2025]] at the application support center in [[LOCATION:Newark]]; bring your passport ([[ID_NUMBER:M00482719]]) and this letter.""",
    """Olá [[PERSON:Thiago Bezerra]], sua consulta no posto de saúde foi marcada para [[DATE_TIME:27/05/2025]] às 8h. Confira seus dados: CPF [[ID_NUMBER:386.104.259-24]], endereço [[ADDRESS:Rua Padre Cícero, 1045, casa 2]], [[LOCATION:Juazeiro do Norte]] - [[LOCATION:CE]], CEP [[ZIP_CODE:63010-020]].""",
    """library card [[ID_NUMBER:21982004417306]] belongs to [[PERSON:wren castellanos]]; she borrowed three books on [[DATE_TIME:Aug 2]] and the overdue notice bounced from [[EMAIL_ADDRESS:wren.c@protonmail.com]]""",
    """Geachte [[TITLE:mevrouw]] [[PERSON:Bakker-Oudshoorn]], wij hebben uw aanvraag voor zorgtoeslag ontvangen op [[DATE_TIME:3 maart 2025]]. Uw BSN is [[ID_NUMBER:205183475]]; het adres [[ADDRESS:Vinkenstraat 48-II]], [[ZIP_CODE:1013 JV]] [[LOCATION:Amsterdam]] staat nog op uw oude naam.""",
    """Pupil [[PERSON:Ruby-Mae Okonkwo]] (UPN [[ID_NUMBER:A201234524007]]) joins Year 4 on [[DATE_TIME:8 January]]; mum [[PERSON:Adaeze]] can be reached on [[PHONE_NUMBER:07836 552 019]], and her dad, [[PERSON:Connor Hughes]], collects on Fridays.""",
    """Referral: [[PERSON:Kayden]], aged [[AGE:six]], and his sister [[PERSON:Mila]] ([[AGE:3]]) were seen at [[ADDRESS:0/2, 118 Paisley Road West]], [[LOCATION:Glasgow]] [[ZIP_CODE:G51 1LQ]] on [[DATE_TIME:9/12/24]]; their mother, [[PERSON:Stacey-Anne Lowrie]], consented to a further visit.""",
    """[[TITLE:Pani]] [[PERSON:Agnieszka Wójtowicz]], PESEL [[ID_NUMBER:93072203486]], zamieszkała przy [[ADDRESS:ul. Kołłątaja 17/4]], [[ZIP_CODE:31-502]] [[LOCATION:Kraków]], zgłosiła kradzież roweru w dniu [[DATE_TIME:4 sierpnia 2025]] r.""",
    """Blacklist request from [[PERSON:Yusuf Abdi Warsame]]: his phone (IMEI 356938035643809) was stolen in [[LOCATION:Leicester]] on Sunday [[DATE_TIME:16/03]], so please suspend [[PHONE_NUMBER:07412 880 163]] and post a new SIM to his home address.""",
    """Mortgage drawdown for [[PERSON:Niamh]] and [[PERSON:Darragh Ó Súilleabháin]]: funds are released on [[DATE_TIME:14/02/2025]] for [[ADDRESS:Cnoc na Gréine, Ballinahown Road]], [[LOCATION:Athlone]], Co. [[LOCATION:Westmeath]] [[ZIP_CODE:N37 X2F8]], and repayments will be collected from [[IBAN_CODE:IE34 AIBK 9311 5247 8209 13]].""",
    """Hej [[PERSON:Linnéa Åkesson]]! Vi har tagit emot din flyttanmälan: från [[DATE_TIME:1 november]] bor du på [[ADDRESS:Storgatan 31 lgh 1102]], [[ZIP_CODE:903 26]] [[LOCATION:Umeå]]. Personnummer: [[ID_NUMBER:850611-2385]].""",
    """[[PERSON:Memphis Adeyemi]] and [[PERSON:Sydney Okoro]] both signed the visitor book at the [[LOCATION:Chester]] branch on [[DATE_TIME:10 April]]; [[PERSON:Sydney]] left her number, [[PHONE_NUMBER:07981 227 504]], for a callback about the savings account.""",
    """[[PERSON:Elif Karaca]] [[TITLE:Hanım]], T.C. Kimlik No [[ID_NUMBER:38291047510]] ile [[DATE_TIME:3 Mart 2025]] tarihinde yaptığınız adres değişikliği başvurusu alındı; yeni adresiniz [[ADDRESS:Bağdat Caddesi No: 214 D: 7]], [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]] olarak kaydedildi.""",
    """[[PERSON:Sipho Ndlovu]] (ID [[ID_NUMBER:880317 5072 080]]) opened a cheque account at the [[LOCATION:Bellville]] branch on [[DATE_TIME:2025/02/10]]; residential address [[ADDRESS:17 Voortrekker Road]], [[LOCATION:Parow]], [[ZIP_CODE:7500]].""",
    """[[PERSON:सुनीता यादव]], उम्र [[AGE:46]] वर्ष, आधार संख्या [[ID_NUMBER:5487 1236 9504]], पता [[ADDRESS:मकान नं. 112, गली नं. 4, शिव नगर]], [[LOCATION:जयपुर]] [[ZIP_CODE:302019]], ने [[DATE_TIME:15 जनवरी 2025]] को राशन कार्ड के लिए आवेदन किया।""",
    """The SSS salary loan of [[PERSON:Ma. Kristine Dela Cruz]] (SSS No. [[ID_NUMBER:34-5519027-8]]), of [[ADDRESS:Blk 7 Lot 22 Phase 2, Mabuhay Homes]], Brgy. [[LOCATION:San Isidro]], [[LOCATION:Cainta]], [[LOCATION:Rizal]], was approved on [[DATE_TIME:Feb. 18, 2025]]; proceeds go to her GCash, [[PHONE_NUMBER:0917 554 2190]].""",
    """[[PERSON:이수진]][[TITLE:님]], 주민등록번호 [[ID_NUMBER:920414-2348155]] 명의로 [[DATE_TIME:2025년 3월 11일]]에 신청하신 전입신고가 처리되었습니다. 새 주소: [[LOCATION:서울특별시]] [[LOCATION:마포구]] [[ADDRESS:월드컵북로 235, 101동 1203호]].""",
    """[[PERSON:Tan Wei Ling]], NRIC [[ID_NUMBER:S8734129A]], collected her replacement card at the service centre in [[LOCATION:Toa Payoh]] on [[DATE_TIME:21 Jan 2025]]; mailing address [[ADDRESS:Blk 208 Lorong 8 Toa Payoh #11-352]], [[LOCATION:Singapore]] [[ZIP_CODE:310208]].""",
    """[[PERSON:王志强]][[TITLE:先生]]，身份证号[[ID_NUMBER:110105198809231233]]，于[[DATE_TIME:2025年4月2日]]在[[LOCATION:北京市]][[LOCATION:朝阳区]][[ADDRESS:建国路88号院3号楼2单元501室]]办理了宽带安装，联系电话[[PHONE_NUMBER:138 1047 2259]]。""",
    """[[PERSON:Aroha Te Whata]], NHI [[ID_NUMBER:ZAC3849]], is booked for her cervical screening on Wednesday [[DATE_TIME:19 March]] at 10.40am. Home: [[ADDRESS:22 Kenepuru Drive]], [[LOCATION:Porirua]] [[ZIP_CODE:5022]]; text reminders to [[PHONE_NUMBER:021 448 0937]].""",
    """[[TITLE:السيد]] [[PERSON:فهد بن عبدالله العتيبي]]، رقم الهوية [[ID_NUMBER:1048837262]]، تم تحديد موعد تجديد رخصة القيادة يوم [[DATE_TIME:١٥ رمضان ١٤٤٦]] في [[LOCATION:الرياض]]. للاستفسار يرجى الاتصال على [[PHONE_NUMBER:0551 283 947]].""",
    """[[PERSON:Seosamh Mac Giolla Bhríde]] (PPSN [[ID_NUMBER:7654321G]]) started on Jobseeker's Benefit on [[DATE_TIME:27/01/2025]]; letters go to [[ADDRESS:Ard na Mara, Main Street]], [[LOCATION:Dungloe]], Co. [[LOCATION:Donegal]] [[ZIP_CODE:F94 K2C6]].""",
    """[[TITLE:Ông]] [[PERSON:Nguyễn Văn Hùng]], sinh ngày [[DATE_TIME:12/08/1975]], CCCD số [[ID_NUMBER:001075023419]], hiện cư trú tại [[ADDRESS:số 27 ngõ 95 Chùa Bộc]], Phường [[LOCATION:Trung Liệt]], Quận [[LOCATION:Đống Đa]], [[LOCATION:Hà Nội]], đã nộp hồ sơ vay vốn ngày [[DATE_TIME:05/3/2025]].""",
    """Tax prep intake: [[PERSON:Dolores]] "[[PERSON:Lola]]" [[PERSON:Villanueva]], SSN [[US_SSN:529-41-7736]], filing jointly with [[PERSON:Arturo Villanueva]]; dependents [[PERSON:Inés]] ([[AGE:11]]) and [[PERSON:Mateo]] ([[AGE:7]]). Address: [[ADDRESS:2210 W Mesquite Ln]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85705]]. Refund by direct deposit.""",
    """Habari [[PERSON:Mwanaisha Juma]], ombi lako la mkopo wa HELB limepokelewa tarehe [[DATE_TIME:14 Machi 2025]]. Nambari ya kitambulisho: [[ID_NUMBER:28471930]], simu: [[PHONE_NUMBER:0722 418 305]]. Anwani: [[ADDRESS:S.L.P. 4417]]-[[ZIP_CODE:80100]], [[LOCATION:Mombasa]].""",
    """Just a reminder that [[PERSON:Hunter Bellamy-Cho]], who turns [[AGE:8]] next Tuesday, has his check-up with [[PERSON:Dr Farah Qureshi]] on the [[DATE_TIME:21st]] at 3:30. Please bring his red book; any questions, ask [[PERSON:Imogen]] at reception.""",
    """[[PERSON:Смирнова Екатерина Андреевна]], [[DATE_TIME:14.05.1990]] г.р., СНИЛС [[ID_NUMBER:128-473-910 80]], зарегистрирована по адресу: г. [[LOCATION:Казань]], [[ADDRESS:ул. Баумана, д. 44, кв. 17]], индекс [[ZIP_CODE:420111]]. Контактный телефон: [[PHONE_NUMBER:+7 917 284-55-13]].""",
    """Triage note: [[PERSON:Lachlan Thibodeau]], [[AGE:19]]M, OHIP [[ID_NUMBER:4182-736-050 KT]], brought in by friends from a party in [[LOCATION:Kensington Market]] around 02:40. Mother [[PERSON:Renée]] called at 03:10 from [[PHONE_NUMBER:(416) 904-2271]].""",
    """[[PERSON:Hope Mensah-Williams]], did you just try to spend £849.99 at an electronics store in [[LOCATION:Lisbon]] with your card ending 4412? If not, reply NO and we will block it and post a new card to [[ADDRESS:6 Tannery Lane]], [[LOCATION:Kendal]] [[ZIP_CODE:LA9 4DL]].""",
    """[[TITLE:Κυρία]] [[PERSON:Ελένη Παπαδοπούλου]], ΑΦΜ [[ID_NUMBER:147293855]], η δήλωση φορολογίας εισοδήματος υποβλήθηκε στις [[DATE_TIME:28/06/2025]]. Διεύθυνση: [[ADDRESS:Οδός Ερμού 56]], [[ZIP_CODE:546 23]] [[LOCATION:Θεσσαλονίκη]].""",
    """The air conditioning in room 814 broke twice during our stay from [[DATE_TIME:July 3]] to [[DATE_TIME:July 7]] and nobody came to fix it, so I expect at least a partial refund. Sincerely, [[PERSON:Autumn Okeke]]""",
    """[[PERSON:Aino Virtanen]], henkilötunnus [[ID_NUMBER:150392-248U]], on ilmoittautunut [[DATE_TIME:3.9.2025]] alkavalle kurssille. Osoite: [[ADDRESS:Hämeenkatu 14 B 22]], [[ZIP_CODE:33100]] [[LOCATION:Tampere]].""",
    """Candidate [[PERSON:Oluwaseun]] "[[PERSON:Seun]]" [[PERSON:Adeyinka]] is available from [[DATE_TIME:1 Sept]]; portfolio at [[URL:https://seunadeyinka.dev]] and profile at [[URL:https://www.linkedin.com/in/seun-adeyinka-ux]]. Currently in [[LOCATION:Ibadan]], willing to relocate to [[LOCATION:Kigali]].""",
    """[[TITLE:Bapak]] [[PERSON:Agus Setiawan]], NIK [[ID_NUMBER:3273011208850003]], alamat [[ADDRESS:Jl. Cihampelas No. 160]], [[LOCATION:Bandung]] [[ZIP_CODE:40131]], telah terdaftar sebagai peserta BPJS Kesehatan sejak [[DATE_TIME:2 Januari 2025]].""",
    """Renewal form DS-82 for [[PERSON:Chase Whitaker-Lomeli]]: passport no. [[US_PASSPORT:584120937]], born [[DATE_TIME:11/30/1983]] in [[LOCATION:El Paso]], [[LOCATION:Texas]]; please mail the new book to [[ADDRESS:PO Box 1187]], [[LOCATION:Las Cruces]], [[LOCATION:NM]] [[ZIP_CODE:88004]].""",
    """[[TITLE:Paní]] [[PERSON:Kateřina Dvořáková]], rodné číslo [[ID_NUMBER:865209/1008]], podala dne [[DATE_TIME:17. 2. 2025]] žádost o příspěvek na bydlení; trvalé bydliště [[ADDRESS:Husova 1184/12]], [[ZIP_CODE:602 00]] [[LOCATION:Brno]].""",
    """[[TITLE:Alhaji]] [[PERSON:Musa Danjuma Bello]], NIN [[ID_NUMBER:48213907651]], collected his voter card at the INEC office in [[LOCATION:Garki]], [[LOCATION:Abuja]] on Thursday, [[DATE_TIME:23rd January 2025]].""",
    """[[PERSON:נועה לוי]], ת"ז [[ID_NUMBER:031584725]], הגישה בקשה למשכנתא ב-[[DATE_TIME:12.2.2025]]. כתובת: [[ADDRESS:רחוב הרצל 18 דירה 6]], [[LOCATION:חיפה]]. טלפון: [[PHONE_NUMBER:052-734-1189]].""",
    """[[PERSON:Jarrah Kennedy-Mununggurr]], Medicare [[ID_NUMBER:2953 10482 1]], saw the visiting GP in [[LOCATION:Nhulunbuy]] on [[DATE_TIME:5/3/25]] for a sprained wrist; he lives at [[ADDRESS:9 Matthew Flinders Way]], [[LOCATION:Nhulunbuy]] [[LOCATION:NT]] [[ZIP_CODE:0880]].""",
    """[[TITLE:Doamna]] [[PERSON:Ioana Mureșan]], CNP [[ID_NUMBER:2870519123451]], cu domiciliul în [[LOCATION:Cluj-Napoca]], [[ADDRESS:Str. Memorandumului nr. 21, ap. 9]], jud. [[LOCATION:Cluj]], a depus cererea de pensie pe [[DATE_TIME:10 martie 2025]].""",
    """delivery driver note: left meds for [[PERSON:jordan]] with the neighbour at no. 41 as nobody answered at [[ADDRESS:43 Larkspur Way]], card through door, customer's mobile [[PHONE_NUMBER:07590 331 274]] went to voicemail""",
    """[[TITLE:Fru]] [[PERSON:Mette Kjærgaard]], CPR-nr. [[ID_NUMBER:230481-1846]], er indkaldt til samtale på jobcentret i [[LOCATION:Aarhus]] den [[DATE_TIME:14. april]] kl. 9.30. Adresse: [[ADDRESS:Jægergårdsgade 88, 2. th.]], [[ZIP_CODE:8000]] [[LOCATION:Aarhus C]].""",
    """New sign-in to [[PERSON:Olive Fairbrother]]'s account from [[IP_ADDRESS:197.210.54.88]] ([[LOCATION:Lagos]], [[LOCATION:Nigeria]]) using Chrome on Windows. If this wasn't you, reset your password and write to us from [[EMAIL_ADDRESS:olive.fairbrother@btinternet.com]].""",
    """[[TITLE:คุณ]][[PERSON:สมชาย ใจดี]] เลขบัตรประชาชน [[ID_NUMBER:1 1037 00412 39 5]] ที่อยู่ [[ADDRESS:99/12 หมู่บ้านพฤกษา ซอยลาดพร้าว 71]] แขวง[[LOCATION:ลาดพร้าว]] เขต[[LOCATION:ลาดพร้าว]] [[LOCATION:กรุงเทพฯ]] [[ZIP_CODE:10230]] นัดรับบัตรวันที่ [[DATE_TIME:20 มีนาคม 2568]]""",
    """Prior authorization for [[PERSON:Cornelius Abernathy]] (DOB [[DATE_TIME:02/14/1949]], Medicare MBI [[ID_NUMBER:4TN7-QW2-HJ58]]) was submitted by [[PERSON:Dr. Imani Rutherford]], NPI [[ID_NUMBER:1743829503]], on [[DATE_TIME:3/18/2025]] for a lumbar MRI.""",
    """[[TITLE:خانم]] [[PERSON:مریم احمدی]]، کد ملی [[ID_NUMBER:0076543218]]، متولد [[DATE_TIME:۱۴ مهر ۱۳۶۸]]، ساکن [[LOCATION:تهران]]، [[ADDRESS:خیابان ولیعصر، کوچه ناهید، پلاک ۱۲، واحد ۳]]، کد پستی [[ZIP_CODE:۱۹۶۷۸۳۴۵۱۲]].""",
    """Final meter reading 04417 taken at [[ADDRESS:Apartment 5, 30 Mill Street]], [[LOCATION:Macclesfield]] [[ZIP_CODE:SK11 6NE]] on [[DATE_TIME:31/03/2025]], the move-out date; the closing bill will be emailed to the account holder, [[PERSON:Sage Whitfield]].""",
]

BENCH = [
    """Customer profile: [[PERSON:Marcus Delacroix-Hale]], male, [[AGE:38]], born [[DATE_TIME:09/17/1986]]; SSN [[US_SSN:412-68-3095]]; address [[ADDRESS:5821 Ridgecrest Dr, Apt 14B]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83709]]; phone [[PHONE_NUMBER:(208) 371-6640]]; email [[EMAIL_ADDRESS:mdelacroixhale@gmail.com]]; card on file [[CREDIT_CARD:4556 7320 9184 7366]] exp 08/27; last login from [[IP_ADDRESS:72.14.201.96]].""",
    """Employee record: [[PERSON:Mr Oluwadamilare Adewale-Price]], Senior Estimator at Halden Construction Ltd, DOB [[DATE_TIME:22/03/1979]], NI number [[ID_NUMBER:JG 48 30 27 B]], home [[ADDRESS:31 Coniston Avenue]], [[LOCATION:Wigan]], [[ZIP_CODE:WN1 2HX]]; sort code 20-32-53, account [[ID_NUMBER:70915843]]; mobile [[PHONE_NUMBER:07855 204 917]]; personal email [[EMAIL_ADDRESS:dami.ap79@yahoo.co.uk]]; start date [[DATE_TIME:04/11/2019]]; employee no. [[ID_NUMBER:HC-10482]].""",
    """Hi [[PERSON:Zephyrine]], your new account has been created. Username: [[USERNAME:zeph_quill92]], temporary password: Vr7#kq!2Lm. The sign-up came from [[IP_ADDRESS:2a00:23c7:8d14:e401:6d2b:91ff:fe3a:44c1]] with user agent Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15; please confirm using the link we sent to [[EMAIL_ADDRESS:zephyrine.quill@fastmail.com]].""",
    """Patient: [[PERSON:Evangeline Mbeki-Torres]] | MRN [[ID_NUMBER:MRN-00729381]] | DOB [[DATE_TIME:1962-10-05]] | Age [[AGE:62]] | Insurance: BlueShield member ID [[ID_NUMBER:XGB884102937]] | Address: [[ADDRESS:77 Harbor View Rd]], [[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04101]] | Phone: [[PHONE_NUMBER:207-318-4450]] | PCP: [[PERSON:Dr. Anselm Grady]] | Admitted [[DATE_TIME:2025-01-19]] for elective knee replacement.""",
    """Applicant [[PERSON:Priyanka Ramanathan]], [[AGE:thirty-one]], SIN [[ID_NUMBER:629 481 037]], currently renting at [[ADDRESS:402-1550 Alberni Street]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6G 1A5]]; employer Coastline Logistics, gross income $84,500; contact [[PHONE_NUMBER:604-889-2173]] or [[EMAIL_ADDRESS:priyanka.r@shaw.ca]]; co-signer [[PERSON:Venkatesh Ramanathan]] ([[AGE:64]]).""",
    """New starter form: [[PERSON:Matilda Reyes-O'Brien]], DOB [[DATE_TIME:14/06/1997]], TFN [[ID_NUMBER:463 185 728]], Medicare [[ID_NUMBER:4182 73609 2]], address [[ADDRESS:8/42 Beach Street]], [[LOCATION:Coogee]] [[LOCATION:NSW]] [[ZIP_CODE:2034]], mobile [[PHONE_NUMBER:0412 907 338]]; AustralianSuper member no. [[ID_NUMBER:401928374]]; pay into BSB 062-000, account [[ID_NUMBER:1847 2039]].""",
    """KYC details. Name: [[PERSON:Harpreet Kaur Sandhu]], Father's name: [[PERSON:Gurmeet Singh Sandhu]], DOB: [[DATE_TIME:05-11-1990]], PAN: [[ID_NUMBER:BQZPS4821K]], Aadhaar: [[ID_NUMBER:7301 9284 6519]], Address: [[ADDRESS:H.No. 1187, Sector 44-B]], [[LOCATION:Chandigarh]] [[ZIP_CODE:160047]], Mobile: [[PHONE_NUMBER:+91 98140 22715]], UPI: [[USERNAME:harpreet.sandhu@okicici]], Religion: [[NRP:Sikh]].""",
    """Account opening: [[TITLE:Chief]] [[PERSON:Babatunde Adekunle Olaniyan]], BVN [[ID_NUMBER:22418309571]], NIN [[ID_NUMBER:70392815460]], DOB [[DATE_TIME:17 Aug 1968]], address [[ADDRESS:Plot 14, Adebayo Doherty Road]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]], phone [[PHONE_NUMBER:0803 418 2297]], email [[EMAIL_ADDRESS:b.olaniyan@olaniyanholdings.ng]], GTBank NUBAN [[ID_NUMBER:0123847299]], next of kin [[PERSON:Folasade Olaniyan]].""",
    """Policyholder [[PERSON:Nomvula Khumalo]], ID [[ID_NUMBER:9508240123086]], age [[AGE:29]], of [[ADDRESS:42 Jan Smuts Avenue]], [[LOCATION:Parktown North]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]]; cell [[PHONE_NUMBER:082 417 3390]]; beneficiary [[PERSON:Thandiwe Khumalo]] (daughter, [[AGE:4]]); debit order from FNB account [[ID_NUMBER:62849017735]].""",
    """Tenant reference: [[PERSON:Caoimhe Brennan]], PPSN [[ID_NUMBER:3851729F]], DOB [[DATE_TIME:2 Dec 1993]], current address [[ADDRESS:Apt 7, Tara Court, 14 Grove Road]], [[LOCATION:Rathmines]], [[LOCATION:Dublin 6]], [[ZIP_CODE:D06 Y2K3]]; nurse at St. Vincent's University Hospital; salary paid into [[IBAN_CODE:IE62 BOFI 9000 1718 2940 56]]; previous landlord [[PERSON:Declan Moriarty]], [[PHONE_NUMBER:087 314 2290]].""",
    """Work pass holder: [[PERSON:Rizwan Mohammed Iqbal]], FIN [[ID_NUMBER:G4829103T]], nationality [[NRP:Bangladeshi]], employer Keppel Marine Services, dormitory address [[ADDRESS:2 Tuas South Street 15, #04-118]], [[LOCATION:Singapore]] [[ZIP_CODE:636852]], handphone [[PHONE_NUMBER:+65 8214 3307]], arrived [[DATE_TIME:12 Feb 2024]], passport [[ID_NUMBER:BW0482917]].""",
    """Exchange account [[USERNAME:moonbag_mireille]] ([[PERSON:Mireille Fontaine-Achebe]], [[EMAIL_ADDRESS:mireille.fa@pm.me]]) whitelisted the ETH wallet [[ID_NUMBER:0x7a3F9c21De84b05E1f6A2c9B8d31e4F07b5A92cD]] on [[DATE_TIME:2025-02-03]] from [[IP_ADDRESS:185.220.101.47]]; 2FA device Pixel 8, MAC 3C:28:6D:A1:07:9E; withdrawal limit raised to 5 ETH.""",
    """Auto quote for [[PERSON:Dakota Runningwater]], [[AGE:24]], CA DL [[US_DRIVER_LICENSE:D4829173]], vehicle 2019 Honda Civic, VIN 2HGFC2F59KH542817, plate [[ID_NUMBER:8KPW291]], garaged at [[ADDRESS:1340 Laurel Canyon Blvd]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90046]]; one prior claim, accident on [[DATE_TIME:11/02/2023]]; contact [[PHONE_NUMBER:323-604-1187]].""",
    """Enrolment: [[PERSON:Leilani Kahananui]], student ID [[ID_NUMBER:S2025-118347]], DOB [[DATE_TIME:March 8, 2010]], grade 9; guardian [[PERSON:Keoni Kahananui]], [[PHONE_NUMBER:(808) 742-5519]], [[EMAIL_ADDRESS:keoni.k@hawaiiantel.net]]; address [[ADDRESS:91-1027 Kaikoʻo Street]], [[LOCATION:Ewa Beach]], [[LOCATION:HI]] [[ZIP_CODE:96706]]; allergies: peanuts.""",
    """Wire instructions from [[PERSON:Friederike Osterhagen]]: beneficiary [[PERSON:Jonas Adeyemi-Krüger]], IBAN [[IBAN_CODE:DE15 7015 0000 1004 8223 17]], BIC SSKMDEMMXXX, address [[ADDRESS:Schwanthalerstraße 74]], [[ZIP_CODE:80336]] [[LOCATION:München]]; amount EUR 3,250.00, reference "Miete März"; sender's phone [[PHONE_NUMBER:+49 151 2284 9917]].""",
    """Guest registration: [[PERSON:Ms Ingrid Solveig Haugland]], nationality [[NRP:Norwegian]], passport [[ID_NUMBER:FL4829173]], DOB [[DATE_TIME:11.07.1978]], home address [[ADDRESS:Thereses gate 22B]], [[ZIP_CODE:0168]] [[LOCATION:Oslo]], check-in [[DATE_TIME:2025-06-20]], check-out [[DATE_TIME:2025-06-24]], guarantee card Amex [[CREDIT_CARD:3765 219043 87116]], vehicle none.""",
    """Booking ZX4K7P: passenger [[TITLE:MSTR]] [[PERSON:Kwabena Asante-Darko]], DOB [[DATE_TIME:2016-04-30]] (age [[AGE:8]]), travelling with [[PERSON:Mrs Abena Asante-Darko]], passport [[ID_NUMBER:G2748193]], Executive Club [[ID_NUMBER:BA 47281930]]; outbound [[DATE_TIME:14 Jul 2025]] LHR–ACC, return [[DATE_TIME:3 Aug 2025]]; contact [[PHONE_NUMBER:+44 7400 118 592]].""",
    """Account [[ID_NUMBER:4401928735]]: holder [[PERSON:Rosalind Achterberg-Mwale]], DOB [[DATE_TIME:30 Jan 1984]], service address [[ADDRESS:Flat 9, Harbour Lights, 2 Quay Street]], [[LOCATION:Falmouth]] [[ZIP_CODE:TR11 3HH]], mobile [[PHONE_NUMBER:07512 663 048]], landline [[PHONE_NUMBER:01326 219 574]], security PIN 7731, memorable word "kittiwake", contract started [[DATE_TIME:17/08/2023]].""",
    """The claimant, [[PERSON:Rosario Benítez]] ([[AGE:45]]), a forklift operator at Midvale Foods, reported a back injury sustained on [[DATE_TIME:January 14, 2025]]. The claim was filed by her attorney, [[PERSON:Gideon Pratt]], [[TITLE:Esq.]], of [[ADDRESS:600 Grant St, Suite 2210]], [[LOCATION:Pittsburgh]], [[LOCATION:PA]] [[ZIP_CODE:15219]]. Claimant SSN [[US_SSN:188-44-2093]]; home phone [[PHONE_NUMBER:412-881-0273]].""",
    """Onboarding checklist for [[PERSON:Siddharth]] "[[PERSON:Sid]]" [[PERSON:Venkataraman]]: employee ID [[ID_NUMBER:E-204918]], work email [[EMAIL_ADDRESS:sid.venkataraman@northwind-analytics.com]], personal [[EMAIL_ADDRESS:sidv.1994@gmail.com]], laptop serial C02FX4K2MD6R, start Monday, [[DATE_TIME:June 2, 2025]]; emergency contact [[PERSON:Lakshmi Venkataraman]] (mother), [[PHONE_NUMBER:+1 (469) 220-8147]]; GitHub [[USERNAME:sidvenk]].""",
    """Loan [[ID_NUMBER:88204917]]. Borrower: [[PERSON:Trevor Okonkwo-Lindqvist]], SSN [[US_SSN:609-27-4418]], DOB [[DATE_TIME:4/22/1981]]; co-borrower [[PERSON:Annika Lindqvist]], SSN [[US_SSN:377-81-2056]]; subject property [[ADDRESS:2718 Bluebonnet Trail]], [[LOCATION:Round Rock]], [[LOCATION:TX]] [[ZIP_CODE:78664]]; employer Dell Technologies, 9 years; closing scheduled for [[DATE_TIME:May 30, 2025]].""",
    """Referral data: patient [[PERSON:Mr Tobiah Ashworth-Kaur]], DOB [[DATE_TIME:03/09/1955]] ([[AGE:69]]), NHS no. [[ID_NUMBER:721 304 9585]], address [[ADDRESS:The Old Forge, Church Lane]], [[LOCATION:Great Ayton]], [[LOCATION:North Yorkshire]] [[ZIP_CODE:TS9 6HF]], tel [[PHONE_NUMBER:01642 723 118]]; GP [[PERSON:Dr Nuala Fennelly]], GMC no. [[ID_NUMBER:7204819]].""",
    """Profile [[USERNAME:river_runs_deep]]: [[PERSON:River Okafor]], [[AGE:33]], [[LOCATION:Brighton]] 🌊, [[NRP:Catholic]] but relaxed about it, instagram [[URL:https://instagram.com/riverokafor.art]]; matched with [[USERNAME:bookish_bea]] on [[DATE_TIME:22 Feb]], first date planned at a café on St James's Street in [[LOCATION:Kemp Town]].""",
    """Support ticket #55182: user [[USERNAME:NightOwl_Kenji]] (real name [[PERSON:Kenji Morrow-Hayashi]], [[EMAIL_ADDRESS:kenji.mh@outlook.jp]]) lost access after a password change from [[IP_ADDRESS:126.77.203.14]]; device MAC F0:18:98:3C:A1:7D, old password hunter2!! no longer valid; Switch friend code [[ID_NUMBER:SW-4829-1736-5502]].""",
    """Order 1184-22937 for [[PERSON:Grace Abernethy-Oyelaran]]: ship to [[ADDRESS:Unit 5, 19 Wellington Quay]], [[LOCATION:Newcastle upon Tyne]] [[ZIP_CODE:NE1 3RQ]], phone [[PHONE_NUMBER:0191 498 2270]]; paid with Mastercard [[CREDIT_CARD:5372 1984 0652 7136]] (CVC 418), billing email [[EMAIL_ADDRESS:g.abernethy@protonmail.com]]; gift message "Happy [[AGE:30]]th, [[PERSON:Adjoa]]!".""",
    """ACC claim: [[PERSON:Hemi Parata-Walsh]], NHI [[ID_NUMBER:ZKM4187]], IRD [[ID_NUMBER:138-472-066]], DOB [[DATE_TIME:19/10/1988]], injured at work on [[DATE_TIME:2 March 2025]]; address [[ADDRESS:58 Tainui Street]], [[LOCATION:Greymouth]] [[ZIP_CODE:7805]]; mobile [[PHONE_NUMBER:027 418 2096]]; employer Westland Dairy; ethnicity Māori; GP [[PERSON:Dr Sun-hee Park]].""",
    """Loan applicant: [[PERSON:Wambui Njeri Kamau]], ID [[ID_NUMBER:31847295]], KRA PIN [[ID_NUMBER:A009482731K]], M-Pesa [[PHONE_NUMBER:0712 845 330]], postal [[ADDRESS:P.O. Box 60482]]-[[ZIP_CODE:00200]], [[LOCATION:Nairobi]]; employer Safaricom PLC; DOB [[DATE_TIME:06/04/1992]], [[AGE:32]] years; guarantor [[PERSON:Otieno Ochieng]], [[PHONE_NUMBER:0733 190 482]].""",
    """Member data: [[PERSON:Jose Mari Villareal Santos]], TIN [[ID_NUMBER:284-917-305-000]], PhilHealth [[ID_NUMBER:12-051847293-6]], birthdate [[DATE_TIME:December 30, 1985]], address [[ADDRESS:1247 Mabini St.]], [[LOCATION:Malate]], [[LOCATION:Manila]] [[ZIP_CODE:1004]], mobile [[PHONE_NUMBER:0998 204 7715]], email [[EMAIL_ADDRESS:jmsantos85@yahoo.com]], employer Jollibee Foods Corp.""",
    """Residence card data: [[PERSON:Haruto Fujimoto]], born [[DATE_TIME:Heisei 3, August 14]], My Number [[ID_NUMBER:3184 0275 9160]], address [[ADDRESS:3-14-7 Shimouma]], [[LOCATION:Setagaya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:154-0002]], phone [[PHONE_NUMBER:080-3391-4428]], email [[EMAIL_ADDRESS:haruto.f@i.softbank.jp]], employer Rakuten Group.""",
    """Applicant: [[PERSON:Ayesha Siddiqa Malik D/O Tariq Mahmood Malik]], CNIC [[ID_NUMBER:35202-4829173-8]], DOB [[DATE_TIME:12-07-1996]], address [[ADDRESS:House 47, Street 9, F-10/2]], [[LOCATION:Islamabad]] [[ZIP_CODE:44000]], cell [[PHONE_NUMBER:0300-5218847]], email [[EMAIL_ADDRESS:ayesha.s.malik@gmail.com]], degree BS Computer Science, NUST.""",
    """Beneficiary: [[PERSON:Md. Rafiqul Islam Chowdhury]], NID [[ID_NUMBER:4618293750]], DOB [[DATE_TIME:01/01/1979]], address [[ADDRESS:House 12, Road 7, Block C]], [[LOCATION:Mirpur]], [[LOCATION:Dhaka]] [[ZIP_CODE:1216]], bKash [[PHONE_NUMBER:01711-482930]], religion [[NRP:Muslim]], occupation rickshaw owner, household size 5.""",
    """Pharmacy registration: [[PERSON:Kofi Boateng Asamoah]], Ghana Card [[ID_NUMBER:GHA-718294035-2]], digital address [[ADDRESS:GA-492-7731]], [[LOCATION:Dansoman]], [[LOCATION:Accra]]; MoMo [[PHONE_NUMBER:024 481 7736]]; DOB [[DATE_TIME:24/02/1987]]; pharmacist, Pharmacy Council no. [[ID_NUMBER:PC/GH/11482]]; registered [[DATE_TIME:09/10/2023]].""",
    """Customer: [[PERSON:Shanice Brown-McKenzie]], TRN [[ID_NUMBER:118-492-730]], DOB [[DATE_TIME:Oct 5 1991]], address [[ADDRESS:14 Hope Road]], [[LOCATION:Kingston 6]], [[LOCATION:Jamaica]], cell [[PHONE_NUMBER:(876) 428-3317]], email [[EMAIL_ADDRESS:shanice.bm@gmail.com]], NCB account [[ID_NUMBER:404178293]], occupation: registered nurse.""",
    """Clinic list: [[PERSON:Fraser McInnes]], CHI [[ID_NUMBER:0705833410]], [[AGE:41]]M, [[ADDRESS:2F1, 16 Marchmont Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HN]], tel [[PHONE_NUMBER:0131 496 2208]], appointment Tue [[DATE_TIME:18/03]] 09:20, consultant [[PERSON:Dr Ishbel Rankin]], interpreter not needed.""",
    """[[PERSON:Ceri Wyn Prydderch]], DOB [[DATE_TIME:12.01.1948]], NHS [[ID_NUMBER:450 918 2635]], address [[ADDRESS:Bryn Awel, Ffordd y Traeth]], [[LOCATION:Aberdaron]], [[LOCATION:Pwllheli]] [[ZIP_CODE:LL53 8BE]], language preference Welsh, next of kin [[PERSON:Gwenllian Prydderch]] (daughter), [[PHONE_NUMBER:01758 760 219]].""",
    """Provider enrollment: [[PERSON:Dr. Kaveh Rostami-Lindgren]], MD, NPI [[ID_NUMBER:1928473010]], DEA [[ID_NUMBER:BR4829175]], Texas medical license [[ID_NUMBER:Q7714]], practice address [[ADDRESS:4410 Medical Pkwy, Suite 300]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78756]], direct line [[PHONE_NUMBER:512-664-0192]], email [[EMAIL_ADDRESS:k.rostami@centraltxortho.com]].""",
    """Asset handover: laptop LT-0482 assigned to [[PERSON:Björn Eriksen-Yamada]] ([[USERNAME:beriksen]]), static IP [[IP_ADDRESS:10.40.18.227]], IPv6 [[IP_ADDRESS:fd12:3456:789a:1::227]], MAC 00:1A:2B:3C:4D:5E, VPN login from home [[IP_ADDRESS:81.227.144.9]]; firmware 10.4.18.2; manager [[PERSON:Saoirse Devlin]], [[EMAIL_ADDRESS:saoirse.devlin@kestrelworks.io]].""",
    """DS-11 data: [[PERSON:Jasmine Okoye-Whitfield]], born [[DATE_TIME:February 9, 2001]] in [[LOCATION:Baltimore]], [[LOCATION:Maryland]]; previous passport [[US_PASSPORT:571834092]]; mailing address [[ADDRESS:1902 E Fayette St]], [[LOCATION:Baltimore]], [[LOCATION:MD]] [[ZIP_CODE:21231]]; phone [[PHONE_NUMBER:410-227-8861]]; emergency contact [[PERSON:Patience Okoye]], [[PHONE_NUMBER:410-227-0394]].""",
    """Collision report: driver [[PERSON:Émile Beausoleil]], Ontario licence [[ID_NUMBER:B4172-81938-50312]], plate [[ID_NUMBER:CKRT 482]], address [[ADDRESS:88 Rideau Terrace]], [[LOCATION:Ottawa]], [[LOCATION:ON]] [[ZIP_CODE:K1M 2C4]]; other party [[PERSON:Fatoumata Diallo]], plate [[ID_NUMBER:BXPM 917]]; occurred [[DATE_TIME:2025-02-11]] at 17:45, Sussex Dr & King Edward Ave.""",
    """Right-to-work check: [[PERSON:Ms Yewande Ogunleye]], UK passport [[ID_NUMBER:548291730]], driving licence [[ID_NUMBER:OGUNL856155Y99AB]], DOB [[DATE_TIME:15/06/1985]], address [[ADDRESS:12 Peabody Buildings, Duchy Street]], [[LOCATION:London]] [[ZIP_CODE:SE1 9NR]]; NINO [[ID_NUMBER:SR 71 44 02 C]]; checked by [[PERSON:Callum Ferris]] on [[DATE_TIME:07/04/2025]].""",
    """Traffic citation: [[PERSON:Tavares Jean-Baptiste]], FL DL [[US_DRIVER_LICENSE:J152-481-87-339-0]], DOB [[DATE_TIME:09/03/1987]], address [[ADDRESS:1420 NW 119th St]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33167]], tag [[ID_NUMBER:QXL R72]], cited [[DATE_TIME:03/22/2025]] for 58 in a 40 zone; officer [[TITLE:Ofc.]] [[PERSON:D. Hargreaves]], badge [[ID_NUMBER:4471]].""",
    """Applicant [[PERSON:Nurul Aisyah binti Rahman]], MyKad [[ID_NUMBER:950412-14-5528]], address [[ADDRESS:No. 23, Jalan SS 2/64]], [[LOCATION:Petaling Jaya]], [[ZIP_CODE:47300]] [[LOCATION:Selangor]], mobile [[PHONE_NUMBER:012-384 7719]], email [[EMAIL_ADDRESS:nurulaisyah.r@gmail.com]], religion [[NRP:Islam]], employer Maybank, monthly salary RM 6,200.""",
    """Account holder [[PERSON:Lau Wing-sze]], HKID [[ID_NUMBER:Y304815(0)]], DOB [[DATE_TIME:1990-11-23]], address [[ADDRESS:Flat C, 18/F, Block 2, Kingsford Gardens, 28 Tsing Fung Street]], [[LOCATION:North Point]], [[LOCATION:Hong Kong]], mobile [[PHONE_NUMBER:+852 9418 2276]], email [[EMAIL_ADDRESS:wingsze.lau@netvigator.com]], FPS [[PHONE_NUMBER:9418 2276]].""",
    """Relocation file: [[PERSON:Valentina Ignacia Rojas Fuentes]], RUN [[ID_NUMBER:15.829.437-0]], born [[DATE_TIME:27 May 1984]] in [[LOCATION:Valparaíso]], moving to [[ADDRESS:221 Marlborough Street, Apt 3]], [[LOCATION:Boston]], [[LOCATION:MA]] [[ZIP_CODE:02116]] on [[DATE_TIME:1 September]]; spouse [[PERSON:Tomás Herrera]]; WhatsApp [[PHONE_NUMBER:+56 9 8421 7736]].""",
    """Visa sponsor: [[PERSON:Ahmed Mostafa El-Sayed]], national ID [[ID_NUMBER:28807150104833]], passport [[ID_NUMBER:A28471930]], address [[ADDRESS:17 Shehab Street]], [[LOCATION:Mohandessin]], [[LOCATION:Giza]], phone [[PHONE_NUMBER:+20 100 482 7713]], email [[EMAIL_ADDRESS:ahmed.elsayed88@gmail.com]], relationship to applicant: brother.""",
    """Eligibility check: [[PERSON:Marisol Etsitty]], Medicaid ID [[ID_NUMBER:A48219377]], DOB [[DATE_TIME:07-19-1973]], address [[ADDRESS:HC 61 Box 1182]], [[LOCATION:Chinle]], [[LOCATION:AZ]] [[ZIP_CODE:86503]], phone [[PHONE_NUMBER:928-674-2019]], household of 4, case worker [[PERSON:Loretta Begay]].""",
    """Applicant [[PERSON:Yael Ben-David]], Teudat Zehut [[ID_NUMBER:204183750]], DOB [[DATE_TIME:08/01/1999]], address [[ADDRESS:Rothschild Blvd 44, Apt 12]], [[LOCATION:Tel Aviv]] [[ZIP_CODE:6688312]], mobile [[PHONE_NUMBER:+972 54-218-7730]], email [[EMAIL_ADDRESS:yael.bendavid@walla.co.il]], [[AGE:26]], student at Tel Aviv University.""",
    """Fiche client : [[TITLE:Mme]] [[PERSON:Clémence Vautrin-Nakache]], née le [[DATE_TIME:12 juin 1985]] à [[LOCATION:Paris]], n° de sécurité sociale [[ID_NUMBER:2 85 06 75 112 047 02]], domiciliée [[ADDRESS:14 rue des Envierges]], [[ZIP_CODE:75020]] [[LOCATION:Paris]], tél. [[PHONE_NUMBER:06 12 48 93 77]], courriel [[EMAIL_ADDRESS:clemence.vn@laposte.net]], IBAN [[IBAN_CODE:FR76 3000 4018 2300 0147 2853 980]], profession : architecte.""",
    """Dossier : [[TITLE:M.]] [[PERSON:Thibault Vanderlinden]], numéro de registre national [[ID_NUMBER:79.04.12-263.94]], né le [[DATE_TIME:12/04/1979]], [[ADDRESS:Rue du Trône 118, bte 4]], [[ZIP_CODE:1050]] [[LOCATION:Ixelles]], GSM [[PHONE_NUMBER:0475 28 19 36]], compte [[IBAN_CODE:BE71 0631 8472 0569]], plaque [[ID_NUMBER:1-KTR-482]], courriel [[EMAIL_ADDRESS:t.vanderlinden@skynet.be]].""",
    """Stammdaten: [[TITLE:Herr]] [[PERSON:Konstantin Weißhaupt]], geb. [[DATE_TIME:03.11.1976]] in [[LOCATION:Chemnitz]], Steuer-ID [[ID_NUMBER:57 392 048 156]], Anschrift [[ADDRESS:Leipziger Straße 41]], [[ZIP_CODE:09113]] [[LOCATION:Chemnitz]], Tel. [[PHONE_NUMBER:0371 4829 173]], E-Mail [[EMAIL_ADDRESS:k.weisshaupt@web.de]], IBAN [[IBAN_CODE:DE97 1203 0000 1052 8477 36]], Kfz-Kennzeichen [[ID_NUMBER:C-KW 4117]], Konfession [[NRP:evangelisch]].""",
    """Versichertendaten: [[TITLE:Frau]] [[PERSON:Seraina Caduff]], AHV-Nr. [[ID_NUMBER:756.4829.1573.05]], Geburtsdatum [[DATE_TIME:21.09.1991]], [[ADDRESS:Bahnhofstrasse 12]], [[ZIP_CODE:7000]] [[LOCATION:Chur]] [[LOCATION:GR]], Mobile [[PHONE_NUMBER:079 418 22 36]], IBAN [[IBAN_CODE:CH30 8080 8001 8472 9501 5]], Zivilstand ledig, Hausärztin [[TITLE:Dr. med.]] [[PERSON:Annina Bearth]].""",
    """Meldezettel: [[PERSON:Lukas Hofbauer]], SV-Nr. [[ID_NUMBER:4828 150381]], geboren am [[DATE_TIME:15. März 1981]] in [[LOCATION:Linz]], Hauptwohnsitz [[ADDRESS:Mariahilfer Straße 88/2/14]], [[ZIP_CODE:1070]] [[LOCATION:Wien]], Staatsangehörigkeit [[NRP:Österreich]], Religion [[NRP:röm.-kath.]], Tel. [[PHONE_NUMBER:+43 664 218 4471]], Konto [[IBAN_CODE:AT48 2011 1828 4193 7500]].""",
    """Anagrafica: [[PERSON:Giulia Bianchi]], nata a [[LOCATION:Milano]] il [[DATE_TIME:28/05/1992]], codice fiscale [[ID_NUMBER:BNCGLI92E68F205M]], residente in [[ADDRESS:Via Paolo Sarpi 33]], [[ZIP_CODE:20154]] [[LOCATION:Milano]] ([[LOCATION:MI]]), cell. [[PHONE_NUMBER:+39 347 218 4490]], PEC [[EMAIL_ADDRESS:giulia.bianchi@pec.it]], IBAN [[IBAN_CODE:IT67 A020 0801 6640 0010 4725 138]], carta [[CREDIT_CARD:5182 9374 0026 4810]].""",
    """Datos del titular: [[PERSON:Alejandro Ruiz Carmona]], DNI [[ID_NUMBER:48291730X]], fecha de nacimiento [[DATE_TIME:19/02/1983]], domicilio [[ADDRESS:C/ Sierpes 47, 3º B]], [[ZIP_CODE:41004]] [[LOCATION:Sevilla]], móvil [[PHONE_NUMBER:612 48 93 07]], correo [[EMAIL_ADDRESS:aruizcarmona@gmail.com]], IBAN [[IBAN_CODE:ES67 2085 4523 5803 0017 6429]], nº de afiliación a la SS [[ID_NUMBER:41/10482937/73]].""",
    """Solicitud de crédito: [[PERSON:Andrea Hernández García]], CURP [[ID_NUMBER:HEGA920315MJCRRN08]], nacida el [[DATE_TIME:15 de marzo de 1992]] en [[LOCATION:Guadalajara]], domicilio [[ADDRESS:Av. Chapultepec 480, int. 12]], Col. [[LOCATION:Americana]], C.P. [[ZIP_CODE:44160]], [[LOCATION:Guadalajara]], [[LOCATION:Jal.]], celular [[PHONE_NUMBER:33 1847 2296]], CLABE [[ID_NUMBER:072180048291736527]].""",
    """Alta de cliente: [[PERSON:Martina Lucía Ferreyra]], CUIT [[ID_NUMBER:27-31849276-5]], nacida el [[DATE_TIME:4/10/1985]], domicilio [[ADDRESS:Av. Corrientes 2530, piso 7 dto. C]], [[LOCATION:CABA]] ([[ZIP_CODE:C1046AAQ]]), cel. [[PHONE_NUMBER:+54 9 11 4829-1730]], CBU [[ID_NUMBER:0070218000004829173655]], alias [[USERNAME:martu.ferreyra.mp]].""",
    """Klantgegevens: [[TITLE:Dhr.]] [[PERSON:J.W.]] ([[PERSON:Joost]]) [[PERSON:de Haan]], BSN [[ID_NUMBER:318472958]], geboren [[DATE_TIME:07-08-1969]], adres [[ADDRESS:Oudegracht 214 bis]], [[ZIP_CODE:3511 NR]] [[LOCATION:Utrecht]], tel. [[PHONE_NUMBER:06-28419375]], IBAN [[IBAN_CODE:NL70 RABO 3184 7295 67]], kenteken [[ID_NUMBER:K-482-TV]].""",
    """Dados do cliente: [[TITLE:Sr.]] [[PERSON:Rui Miguel Pestana Gouveia]], NIF [[ID_NUMBER:239184769]], nascido a [[DATE_TIME:9 de outubro de 1974]] no [[LOCATION:Funchal]], morada [[ADDRESS:Rua de Santa Catarina 812, 3.º Esq.]], [[ZIP_CODE:4000-446]] [[LOCATION:Porto]], telemóvel [[PHONE_NUMBER:912 483 075]], e-mail [[EMAIL_ADDRESS:rui.gouveia@sapo.pt]], IBAN [[IBAN_CODE:PT50 0035 0697 0003 8154 2938 1]].""",
    """Cadastro: [[PERSON:Luana Cristina Nogueira]], CPF [[ID_NUMBER:529.847.316-46]], RG [[ID_NUMBER:27.491.830-4]] SSP/SP, nascimento [[DATE_TIME:02/06/1995]], endereço [[ADDRESS:Av. Paulista, 1578, apto 92]], [[LOCATION:Bela Vista]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:01310-200]], celular [[PHONE_NUMBER:(11) 98472-3105]], chave Pix [[EMAIL_ADDRESS:luana.nogueira@gmail.com]], cartão [[CREDIT_CARD:5424 1830 7716 2452]].""",
    """Dane klienta: [[TITLE:Pan]] [[PERSON:Tomasz Zieliński]], PESEL [[ID_NUMBER:88031502717]], NIP [[ID_NUMBER:527-284-91-08]], nr dowodu [[ID_NUMBER:AYZ682917]], adres [[ADDRESS:ul. Piotrkowska 148/12]], [[ZIP_CODE:90-063]] [[LOCATION:Łódź]], tel. [[PHONE_NUMBER:+48 601 284 937]], e-mail [[EMAIL_ADDRESS:t.zielinski88@wp.pl]], rachunek [[IBAN_CODE:PL64 1140 2004 0000 3502 7781 4629]].""",
    """Kunduppgifter: [[PERSON:Oskar Lindahl]], personnummer [[ID_NUMBER:790228-4616]], adress [[ADDRESS:Vasagatan 18, lgh 1203]], [[ZIP_CODE:411 24]] [[LOCATION:Göteborg]], mobil [[PHONE_NUMBER:070-482 19 36]], e-post [[EMAIL_ADDRESS:oskar.lindahl@telia.com]], konto [[IBAN_CODE:SE89 5000 0000 0549 1203 8456]], bil [[ID_NUMBER:KLT 48R]], yrke: snickare.""",
    """Müşteri bilgileri: [[PERSON:Mehmet Can Aydoğdu]], T.C. Kimlik No [[ID_NUMBER:52918374032]], doğum tarihi [[DATE_TIME:14.02.1990]], adres [[ADDRESS:Atatürk Bulvarı No: 112 Daire: 9]], [[LOCATION:Çankaya]]/[[LOCATION:Ankara]] [[ZIP_CODE:06680]], cep [[PHONE_NUMBER:0532 418 27 93]], IBAN [[IBAN_CODE:TR79 0006 2000 0029 8888 0274 65]], plaka [[ID_NUMBER:06 BKT 482]].""",
    """Kundeopplysninger: [[PERSON:Sigrid Haugland Eide]], fødselsnummer [[ID_NUMBER:110778 49035]], adresse [[ADDRESS:Thereses gate 22B]], [[ZIP_CODE:0168]] [[LOCATION:Oslo]], mobil [[PHONE_NUMBER:+47 928 41 730]], e-post [[EMAIL_ADDRESS:sigrid.eide@online.no]], kontonummer [[ID_NUMBER:1503.27.19489]], IBAN [[IBAN_CODE:NO53 1503 2719 489]].""",
    """Asiakastiedot: [[PERSON:Mikko Juhani Korhonen]], henkilötunnus [[ID_NUMBER:070681-317F]], osoite [[ADDRESS:Mannerheimintie 44 A 12]], [[ZIP_CODE:00260]] [[LOCATION:Helsinki]], puhelin [[PHONE_NUMBER:040 728 1936]], sähköposti [[EMAIL_ADDRESS:mikko.korhonen@elisanet.fi]], tili [[IBAN_CODE:FI15 4006 0010 1428 71]], ammatti: sähköasentaja.""",
    """Kundedata: [[PERSON:Rasmus Bøgh Christiansen]], CPR [[ID_NUMBER:140892-2917]], adresse [[ADDRESS:Nørrebrogade 184, 3. tv.]], [[ZIP_CODE:2200]] [[LOCATION:København N]], mobil [[PHONE_NUMBER:+45 28 41 93 07]], e-mail [[EMAIL_ADDRESS:rasmus.bc@gmail.com]], konto [[IBAN_CODE:DK42 5470 0001 8392 51]], nummerplade [[ID_NUMBER:CK 48 217]].""",
    """Date client: [[TITLE:Dl.]] [[PERSON:Andrei Popescu-Vlad]], CNP [[ID_NUMBER:1961120400782]], născut la [[DATE_TIME:20.11.1996]], domiciliat în [[LOCATION:București]], [[ADDRESS:Str. Lipscani nr. 54, ap. 3]], [[LOCATION:Sector 3]], cod poștal [[ZIP_CODE:030033]], tel. [[PHONE_NUMBER:0722 418 936]], IBAN [[IBAN_CODE:RO94 RNCB 0082 0441 5814 0001]].""",
    """Ficha de afiliado: [[PERSON:Benjamín Andrés Soto Araya]], RUT [[ID_NUMBER:9.418.273-5]], fecha de nacimiento [[DATE_TIME:3 de enero de 1962]], [[AGE:63]] años, dirección [[ADDRESS:Pasaje Los Aromos 1142]], [[LOCATION:Ñuñoa]], [[LOCATION:Santiago]], fono [[PHONE_NUMBER:+56 2 2418 7730]], correo [[EMAIL_ADDRESS:bsoto.araya@vtr.net]], previsión Fonasa.""",
    """お客様情報：氏名 [[PERSON:高橋 健太]]（[[PERSON:タカハシ ケンタ]]）、生年月日 [[DATE_TIME:1988年7月3日]]、マイナンバー [[ID_NUMBER:5029 1748 3618]]、住所 〒[[ZIP_CODE:530-0012]] [[LOCATION:大阪府]][[LOCATION:大阪市]][[LOCATION:北区]][[ADDRESS:芝田1丁目4-8 梅田レジデンス1205]]、電話 [[PHONE_NUMBER:06-6372-4418]]、メール [[EMAIL_ADDRESS:k.takahashi88@docomo.ne.jp]]。""",
    """고객 정보: 성명 [[PERSON:박민준]], 주민등록번호 [[ID_NUMBER:850712-1847323]], 주소 [[LOCATION:부산광역시]] [[LOCATION:해운대구]] [[ADDRESS:해운대로 570, 202동 1504호]], 우편번호 [[ZIP_CODE:48094]], 휴대폰 [[PHONE_NUMBER:010-4182-7735]], 이메일 [[EMAIL_ADDRESS:minjun.park85@naver.com]], 차량번호 [[ID_NUMBER:12가 4827]].""",
    """Data nasabah: [[PERSON:Dewi Kartika Sari]], NIK [[ID_NUMBER:3174054608900002]], NPWP [[ID_NUMBER:73.482.915.3-017.000]], tanggal lahir [[DATE_TIME:6 Agustus 1990]], alamat [[ADDRESS:Jl. Kemang Raya No. 21, RT 004/RW 002]], [[LOCATION:Mampang Prapatan]], [[LOCATION:Jakarta Selatan]] [[ZIP_CODE:12730]], HP [[PHONE_NUMBER:0812-8841-2307]], email [[EMAIL_ADDRESS:dewi.kartika@yahoo.co.id]].""",
]

DOC = [
    # discharge summary
    """DISCHARGE SUMMARY
Royal Devon University Healthcare NHS Foundation Trust, Respiratory Ward (Durham Ward)

Patient: [[PERSON:Winifred Adaeze Hollingsworth]]      Hospital no.: [[ID_NUMBER:RD4829173]]      NHS no.: [[ID_NUMBER:612 049 3875]]
DOB: [[DATE_TIME:04/02/1941]] ([[AGE:84]] y)      Sex: F
Address: [[ADDRESS:Flat 3, Alphington Court, 22 Church Road]], [[LOCATION:Exeter]] [[ZIP_CODE:EX2 8SD]]
GP: [[PERSON:Dr Tolu Oyelaran]], Heavitree Health Centre
Admitted: [[DATE_TIME:12/02/2025]] via ED      Discharged: [[DATE_TIME:21/02/2025]]
Consultant: [[PERSON:Dr Benedikt Sauer]]

Diagnosis: community-acquired pneumonia (CURB-65 score 2) on a background of COPD (FEV1 48% predicted) and AF.
Course: treated with IV co-amoxiclav then oral doxycycline; Cheyne-Stokes breathing noted on night 2, resolved with oxygen titrated to 88-92%. CRP 214 on admission, 31 on day 8. Seen by the frailty team; Rockwood score 5.
Social: lives alone with a cat; daughter [[PERSON:Margaret]] "[[PERSON:Peggy]]" [[PERSON:Hollingsworth]] visits daily and can be reached on [[PHONE_NUMBER:07700 214 386]]. Package of care restarted (2 calls a day).
Medication changes: doxycycline 100 mg OD to complete 5 days (lot 2291-B, exp 11/2026); prednisolone 30 mg stopped; apixaban 5 mg BD unchanged.
Follow-up: respiratory clinic on [[DATE_TIME:18 March 2025]]; repeat chest X-ray in 6 weeks. District nurse referral sent.

Signed: [[PERSON:Dr Anjali Ramaswamy]], FY2, GMC [[ID_NUMBER:7481920]], bleep 4471
Date: [[DATE_TIME:21/02/2025]]""",
    # police witness statement
    """WITNESS STATEMENT
(Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules 2020, r.16.2)
URN: 42/TK/0481/25

Statement of: [[PERSON:Daniel Oyebanji-Hart]]
Age if under 18: over 18      Occupation: bus driver

I live at [[ADDRESS:47 Castle Boulevard]], [[LOCATION:Nottingham]] [[ZIP_CODE:NG7 1FT]]. On Saturday [[DATE_TIME:8th March 2025]] at about 23:10 I was driving the number 36 bus along Alfreton Road towards the city centre. At the stop outside the chip shop I saw a man I now know to be [[PERSON:Kieran Massey]] kicking the door of a blue Vauxhall Corsa, registration [[ID_NUMBER:FY68 ZRK]]. He was with a woman in a white puffer jacket who kept shouting "[[PERSON:Kez]], leave it, he's not worth it". A second man, older, bald, about [[AGE:50]], was sitting in the driver's seat of the Corsa with the window up.
I stopped the bus and radioed control. [[TITLE:PC]] [[PERSON:Ibrahim Lawal]] (collar number [[ID_NUMBER:2281]]) arrived about four minutes later and I pointed the man out to him.
I would recognise the man again. I have CCTV on the bus (fleet number 947) and I have told my depot manager, [[PERSON:Sandra Whitlock]], to keep the footage.
I can be contacted on [[PHONE_NUMBER:07958 330 417]] or at [[EMAIL_ADDRESS:d.oyebanji.hart@gmail.com]]. I am not available between [[DATE_TIME:14 and 21 April]] as I will be in [[LOCATION:Lagos]] for my sister's wedding.

Signed: [[PERSON:D. Oyebanji-Hart]]      Date: [[DATE_TIME:09/03/2025]]
Statement taken by: [[TITLE:DC]] [[PERSON:Rhiannon Kerr]] [[ID_NUMBER:4410]], Radford Road Police Station""",
    # employment agreement
    """EMPLOYMENT AGREEMENT

This Employment Agreement is entered into on [[DATE_TIME:March 3, 2025]] between Larkspur Biotherapeutics, Inc., with offices at [[ADDRESS:1200 Seaport Blvd, Suite 400]], [[LOCATION:Redwood City]], [[LOCATION:CA]] [[ZIP_CODE:94063]] (the "Company"), and [[PERSON:Ngozi Amarachi Eze-Whitcombe]], residing at [[ADDRESS:318 Alma Street, Apt 2]], [[LOCATION:Palo Alto]], [[LOCATION:CA]] [[ZIP_CODE:94301]] (the "Employee").

1. Position. The Employee will serve as Director of Regulatory Affairs, reporting to [[PERSON:Dr. Marcus Feld]], Chief Medical Officer, beginning on [[DATE_TIME:April 14, 2025]] (the "Start Date").
2. Compensation. Base salary of $212,000 per year, paid semi-monthly by direct deposit to the account designated in Schedule A. Target bonus 20%.
3. Equity. Subject to Board approval, an option to purchase 18,000 shares under the 2021 Stock Plan, vesting over four years with a one-year cliff.
4. At-will employment. Either party may end the employment at any time, with or without cause, on two weeks' written notice.
5. Confidentiality. The Employee will sign the Company's Proprietary Information and Inventions Agreement (form PIIA-v7).

Schedule A (Employee information, confidential)
Employee ID: [[ID_NUMBER:LB-00731]]
Date of birth: [[DATE_TIME:1983-09-27]]
SSN: [[US_SSN:621-48-3307]]
Direct deposit: account no. [[ID_NUMBER:004418293027]], routing 121000248
Personal email: [[EMAIL_ADDRESS:ngozi.ezew@gmail.com]]      Mobile: [[PHONE_NUMBER:(650) 387-2214]]
Emergency contact: [[PERSON:Julian Whitcombe]] (spouse), [[PHONE_NUMBER:(650) 387-9051]]

EMPLOYEE: /s/ [[PERSON:Ngozi A. Eze-Whitcombe]]      Date: [[DATE_TIME:03/03/2025]]
COMPANY: /s/ [[PERSON:Helena Marchetti]], VP People      Date: [[DATE_TIME:03/04/2025]]""",
    # tenancy agreement, NSW
    """RESIDENTIAL TENANCY AGREEMENT (New South Wales)

Landlord: [[PERSON:Georgios Papadakis]], [[ADDRESS:7 Bay Street]], [[LOCATION:Rockdale]] [[LOCATION:NSW]] [[ZIP_CODE:2216]], phone [[PHONE_NUMBER:0418 220 947]]
Landlord's agent: Harbourline Property Pty Ltd, [[ADDRESS:Level 2, 88 Forest Road]], [[LOCATION:Hurstville]] [[LOCATION:NSW]] [[ZIP_CODE:2220]], licence no. 10084417, phone 02 9580 4400

Tenant 1: [[PERSON:Mei-Ling Zhou]], DOB [[DATE_TIME:02/11/1996]], email [[EMAIL_ADDRESS:meiling.zhou96@gmail.com]], mobile [[PHONE_NUMBER:0433 918 274]]
Tenant 2: [[PERSON:Arjun Raghavan]], email [[EMAIL_ADDRESS:arjun.rag@outlook.com]], mobile [[PHONE_NUMBER:0401 557 362]]

Residential premises: [[ADDRESS:Unit 12/45 Princes Highway]], [[LOCATION:Kogarah]] [[LOCATION:NSW]] [[ZIP_CODE:2217]], including car space 31 and storage cage 12.
Term: 12 months, starting on [[DATE_TIME:1 May 2025]] and ending on [[DATE_TIME:30 April 2026]].
Rent: $690 per week, payable fortnightly in advance into the agent's trust account (reference ZHOU-U12).
Rental bond: $2,760, to be lodged with NSW Fair Trading (Rental Bonds Online).
Urgent repairs: Sydney Trade Services, 02 9588 1200 (24 h).
Smoke alarms: hard-wired, last tested 14/03/2025 by FireSafe (cert. FS-44721).
Pets: one desexed cat (Mochi, 3 years old) approved.

Signed by the tenants on [[DATE_TIME:22/04/2025]] and by the agent on behalf of the landlord on [[DATE_TIME:23/04/2025]].""",
    # personal loan application, Saskatchewan
    """PERSONAL LOAN APPLICATION
Prairie Sky Credit Union, [[LOCATION:Saskatoon]] (8th Street branch)

Applicant: [[PERSON:Thomas Eagleheart]]            Co-applicant: [[PERSON:Renata Eagleheart]] (née [[PERSON:Kowalczyk]])
Date of birth: [[DATE_TIME:1979-06-21]]            Date of birth: [[DATE_TIME:1981-12-02]]
SIN: [[ID_NUMBER:418 293 767]]                       SIN: [[ID_NUMBER:730 148 251]]
Status card no.: [[ID_NUMBER:4820017329]]
Home address: [[ADDRESS:1422 Avenue H North]], [[LOCATION:Saskatoon]], [[LOCATION:SK]] [[ZIP_CODE:S7L 1X9]] (owned, since [[DATE_TIME:August 2014]])
Phone: [[PHONE_NUMBER:306-955-2187]]   Email: [[EMAIL_ADDRESS:t.eagleheart@sasktel.net]]
Employment: [[PERSON:Thomas]], mine electrician, Cameco Corporation, 11 years, $118,400/yr; [[PERSON:Renata]], grade 3 teacher, Saskatoon Public Schools, 14 years, $92,150/yr
Dependants: 2 (ages [[AGE:12]] and [[AGE:9]])
Purpose: purchase of used pickup (2022 Ram 1500, VIN 1C6SRFFT4NN218840), amount requested $38,000 over 60 months
Existing accounts: chequing [[ID_NUMBER:7204418]] (transit 00482, institution 815), RRSP [[ID_NUMBER:9918-22]]
References: [[PERSON:Darlene Bird]], [[PHONE_NUMBER:306-934-7710]]

Applicants' signatures: [[PERSON:T. Eagleheart]] / [[PERSON:R. Eagleheart]]      Date: [[DATE_TIME:2025-03-15]]
Loans officer: [[PERSON:Kyle Nakatsu]]""",
    # school report, Galway
    """Scoil Mhuire, Bóthar na Trá, [[LOCATION:Salthill]]
END OF YEAR REPORT 2024/25

Pupil: [[PERSON:Aoife Nic Giolla Phádraig]]      Class: 5th Class      Teacher: [[PERSON:Ms Dervla Keogh]]
PPSN: [[ID_NUMBER:9204718O]]      Date of birth: [[DATE_TIME:14/09/2014]] (age [[AGE:10]])
Address: [[ADDRESS:4 Bóthar na Trá]], [[LOCATION:Salthill]], [[LOCATION:Galway]] [[ZIP_CODE:H91 W2X4]]
Parents/guardians: [[PERSON:Siobhán]] and [[PERSON:Cathal Fitzpatrick]], tel. [[PHONE_NUMBER:091 524 837]]
Attendance: 177 of 183 days.

English: [[PERSON:Aoife]] is a keen and fluent reader (reading age 12.4) and her story about the [[LOCATION:Claddagh]] won the class prize.
Gaeilge: an-mhaith ar fad; she took part in Féile Scoildrámaíochta.
Mathematics: secure in fractions and decimals; needs to show her working in multi-step problems (Drumcondra percentile 81).
SPHE / PE: a kind classmate; played in the Cumann na mBunscol final.

A parent-teacher meeting can be arranged on Tuesday [[DATE_TIME:10 June]] between 2 and 4 pm.

Principal: [[PERSON:Mr Pádraig Ó Flatharta]]""",
    # home contents claim, Auckland
    """HOME & CONTENTS CLAIM FORM
Policy no. HC-0448219      Claim no. CLM-2025-11842

Insured: [[PERSON:Ana Tupou-Fifita]] and [[PERSON:Sione Fifita]]
Address of loss: [[ADDRESS:27 Moana Avenue]], [[LOCATION:Ōrākei]], [[LOCATION:Auckland]] [[ZIP_CODE:1071]]
Date of loss: [[DATE_TIME:27 January 2025]]      Cause: flooding (heavy rain event)
Phone: [[PHONE_NUMBER:021 884 2093]]      Email: [[EMAIL_ADDRESS:ana.tupou.fifita@xtra.co.nz]]

What happened: water came in under the ranch slider around 6.30 pm and rose to about 15 cm in the lounge and both downstairs bedrooms. Carpet, a couch, a Samsung TV (model QA65Q80C, serial 0C8X3NAW400212) and the kids' bunk beds were damaged.
Temporary accommodation: we are staying with my sister [[PERSON:Losana]] at [[ADDRESS:9 Kohimarama Road]], [[LOCATION:Kohimarama]] until the house is dried out.
Settlement to be paid into: [[ID_NUMBER:12-3045-0418273-00]] (ASB).
Loss adjuster: [[PERSON:Graham Pettigrew]], registration [[ID_NUMBER:NZILA-2284]]; inspection booked for [[DATE_TIME:4 February 2025]].

Declaration: I declare the above is true and correct.
Signed: [[PERSON:A. Tupou-Fifita]]      Date: [[DATE_TIME:29/01/2025]]""",
    # county court judgment
    """IN THE COUNTY COURT AT CENTRAL LONDON                                  Claim No. K00CL482

BETWEEN:
[[TITLE:MRS]] [[PERSON:PATIENCE ADJOA MENSAH]]                                        Claimant
- and -
[[TITLE:MR]] [[PERSON:GRAHAM TREVELYAN]]                                              Defendant

JUDGMENT
of [[TITLE:District Judge]] [[PERSON:Okonjo-Reid]], handed down on [[DATE_TIME:17 March 2025]]

1. This is a claim for the return of a tenancy deposit of £1,850 and a penalty under s.214 of the Housing Act 2004. The deposit was paid by the Claimant, [[TITLE:Mrs]] [[PERSON:Mensah]], for [[ADDRESS:Flat B, 61 Lordship Lane]], [[LOCATION:East Dulwich]], [[LOCATION:London]] [[ZIP_CODE:SE22 8EP]], let to her by the Defendant under an assured shorthold tenancy which began on [[DATE_TIME:1 September 2021]] and ended on [[DATE_TIME:31 August 2024]].
2. The hearing took place on [[DATE_TIME:3 and 4 March 2025]]. The Claimant appeared in person. The Defendant was represented by [[PERSON:Ms Harriet Lowe]] of counsel.
3. The Defendant says he protected the deposit with a scheme under reference 418-22917. The scheme has no record of that reference, and I do not accept his evidence on the point. As in [[PERSON:Suurpere]] v [[PERSON:Nice]] [2011] EWHC 2003 (QB), the obligation is strict.
4. I heard from the Claimant's neighbour, [[PERSON:Mr Fidelis Obi]] of [[ADDRESS:Flat A, 61 Lordship Lane]], who saw the Defendant's builder remove the carpets in [[DATE_TIME:September 2024]]; I found him a careful and honest witness.
5. The Defendant shall pay the Claimant £1,850 plus a penalty of twice that sum, £3,700, with costs summarily assessed at £115, within 14 days.""",
    # residents' association minutes
    """LARKHILL ROAD RESIDENTS' ASSOCIATION
Minutes of the AGM held on Thursday [[DATE_TIME:6 February 2025]] at 7.30 pm in the Scout Hut, Larkhill Road

Present: [[PERSON:Beatrice Olumide]] (Chair), [[PERSON:Hamish Carruthers]] (Treasurer), [[PERSON:Fern Abernathy]] (Secretary), [[PERSON:Ravi Chandrasekhar]], [[PERSON:Tegan Price]], [[PERSON:Mrs Doreen Pike]], [[PERSON:Wojciech Nowicki]] and 9 others.
Apologies: [[PERSON:Colm Devaney]], [[PERSON:Inês Quaresma]].

1. The minutes of the meeting of [[DATE_TIME:7 November 2024]] were approved.
2. Treasurer's report: balance £1,482.17 in the association's account (Nationwide, account ending 3318); subs of £5 per household are due in April.
3. Potholes: [[PERSON:Ravi]] reported the hole outside [[ADDRESS:38 Larkhill Road]]; it has been logged with the council (ref FMS-448291).
4. Overgrown hedge at [[ADDRESS:1 Larkhill Close]]: the Secretary will write to the owner, [[PERSON:Mr Desmond Ogle]].
5. Elections: [[PERSON:Fern]] was re-elected Secretary unopposed. Correspondence to larkhill.residents@gmail.com as before.
6. AOB: [[PERSON:Tegan]] offered her garden at [[ADDRESS:22 Larkhill Road]] for the summer fete; [[PERSON:Wojciech]] will ask the Co-op for a raffle prize.

Next meeting: Thursday [[DATE_TIME:15 May 2025]], same place.""",
    # email thread with signature
    """From: [[PERSON:Priscilla Nakamura-Oduya]] <[[EMAIL_ADDRESS:p.nakamura-oduya@brightwater-law.co.uk]]>
To: [[PERSON:Hollis Grant]] <[[EMAIL_ADDRESS:hollis.grant@gmail.com]]>
Cc: conveyancing@brightwater-law.co.uk
Subject: RE: Purchase of [[ADDRESS:9 Wisteria Mews]] - completion

Dear [[PERSON:Hollis]],

Thank you. Yes, we can still aim to complete on the [[DATE_TIME:28th]]; the seller's solicitors have confirmed their client has found an onward property. Please send the balance of £41,208.50 to our client account; we will give you the details by phone only, as we never change bank details by email. We will also need a certified copy of [[PERSON:Ottilie]]'s passport before she can be added to the TR1.

Kind regards,
[[PERSON:Priscilla Nakamura-Oduya]] | Associate Solicitor
Brightwater Law LLP, [[ADDRESS:3 Cathedral Yard]], [[LOCATION:Exeter]] [[ZIP_CODE:EX1 1HJ]]
T: 01392 408 100 | M: [[PHONE_NUMBER:07824 551 093]] | SRA no. [[ID_NUMBER:648213]]

-----Original Message-----
On Mon, [[DATE_TIME:10 Mar 2025]] at 21:05, [[PERSON:Hollis Grant]] <[[EMAIL_ADDRESS:hollis.grant@gmail.com]]> wrote:
> Hi [[PERSON:Priscilla]], the mortgage offer from Nationwide came through (ref 0048-221-93). Can we still aim for the [[DATE_TIME:28th]]? From then my address will be [[ADDRESS:9 Wisteria Mews]], [[LOCATION:Topsham]] [[ZIP_CODE:EX3 0RT]]. My partner will also be on the deeds: her full name is [[PERSON:Ottilie Grace Fenwick]], DOB [[DATE_TIME:19/07/1990]].
> Thanks, [[PERSON:Hollis]]
> [[PHONE_NUMBER:07391 228 045]]
>
>> On Fri, [[DATE_TIME:7 Mar 2025]], [[PERSON:Priscilla Nakamura-Oduya]] wrote:
>> Please confirm your National Insurance number for the SDLT return.
>
> It's [[ID_NUMBER:JT 22 81 94 D]].""",
    # CV
    """[[PERSON:ADEBOLA OLUWATOYIN FASHOLA-MBAH]]
Senior Backend Engineer
[[ADDRESS:Flat 6, 22 Admiralty Way]], [[LOCATION:Lekki]], [[LOCATION:Lagos]] | [[PHONE_NUMBER:+234 809 418 2263]] | [[EMAIL_ADDRESS:adebola.fm@gmail.com]]
[[URL:github.com/adebolafm]] | [[URL:linkedin.com/in/adebola-fashola-mbah]]
Born [[DATE_TIME:3 May 1992]] | Nationality: [[NRP:Nigerian]]

PROFILE
Backend engineer with eight years of experience building payment systems in Go and Python; led the migration of a ledger service handling 4M transactions a day to event sourcing on Kafka.

EXPERIENCE
Paystack, [[LOCATION:Lagos]]: Senior Backend Engineer, [[DATE_TIME:Jan 2021]] to present
- Designed the idempotency layer for transfers (p99 latency down from 480 ms to 95 ms).
- Mentored six engineers; ran the on-call rotation for the settlements team.
Andela (remote, for a client in [[LOCATION:Nairobi]]): Software Engineer, [[DATE_TIME:Jun 2017]] to [[DATE_TIME:Dec 2020]]
- Built a USSD savings product on Django and PostgreSQL.

EDUCATION
University of Lagos: BSc Computer Science, second class upper, 2013 to 2017

CERTIFICATIONS
CKA (Certified Kubernetes Administrator), certificate [[ID_NUMBER:LF-9x2kq81mzt]], 2022

REFERENCES
[[TITLE:Engr.]] [[PERSON:Chukwuemeka Obi]], Engineering Manager, Paystack, [[EMAIL_ADDRESS:c.obi@paystack.com]]
[[PERSON:Dr. Funmilayo Adeyemi]], Senior Lecturer, University of Lagos, [[PHONE_NUMBER:+234 803 418 0192]]""",
    # invoice, German
    """Schreinerei Albrecht GmbH · [[ADDRESS:Industriestraße 14]] · [[ZIP_CODE:79110]] [[LOCATION:Freiburg im Breisgau]]
Tel. 0761 4829 0 · USt-IdNr. DE284719305 · Amtsgericht Freiburg HRB 701844

[[TITLE:Frau]] [[TITLE:Dr.]] [[PERSON:Henrike Baumgärtner-Osei]]
[[ADDRESS:Wiesentalstraße 9]]
[[ZIP_CODE:79115]] [[LOCATION:Freiburg]]

RECHNUNG Nr. 2025-0418
Kundennummer: [[ID_NUMBER:K-10482]]
Rechnungsdatum: 14.03.2025

Sehr geehrte [[TITLE:Frau]] [[TITLE:Dr.]] [[PERSON:Baumgärtner-Osei]],
für die folgenden Leistungen erlauben wir uns zu berechnen:

Pos. 1  Einbauschrank Eiche massiv, 3-türig, nach Aufmaß vom [[DATE_TIME:20.02.2025]]      3.420,00 €
Pos. 2  Montage vor Ort am [[DATE_TIME:11.03.2025]], 2 Monteure à 6 Std.                     720,00 €
Pos. 3  Entsorgung Altmöbel                                                                    40,00 €
Summe netto 4.180,00 € · zzgl. 19 % MwSt. 794,20 € · Gesamtbetrag 4.974,20 €

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen ohne Abzug auf unser Konto
IBAN [[IBAN_CODE:DE60 6805 0101 0012 8473 91]] · BIC FRSPDE66XXX · Verwendungszweck: RE 2025-0418

Ihre Ansprechpartnerin: [[PERSON:Jana Albrecht]], [[EMAIL_ADDRESS:j.albrecht@schreinerei-albrecht.de]]
Vielen Dank für Ihren Auftrag!""",
    # HL7 v2 ADT message
    r"""MSH|^~\&|EPICADT|STFRANCIS|LABSYS|CORE|||ADT^A01^ADT_A01|MSG00482917|P|2.5.1
EVN|A01|
PID|1||[[ID_NUMBER:E4829173]]^^^STFRANCIS^MR||[[PERSON:OYELOWO]]^[[PERSON:TEMITOPE]]^[[PERSON:ADUNNI]]^^[[TITLE:MS]]||[[DATE_TIME:19870612]]|F||2054-5^Black or African American^CDCREC|[[ADDRESS:4521 N KENMORE AVE]]^[[ADDRESS:APT 3W]]^[[LOCATION:CHICAGO]]^[[LOCATION:IL]]^[[ZIP_CODE:60640]]^[[LOCATION:USA]]||[[PHONE_NUMBER:(773)551-9042]]^PRN^PH|||M|[[NRP:CAT]]|[[ID_NUMBER:A48291730]]|[[US_SSN:318-40-2297]]
NK1|1|[[PERSON:OYELOWO]]^[[PERSON:BABAJIDE]]|SPO^Spouse||[[PHONE_NUMBER:(773)551-7730]]
PV1|1|I|4W^412^B^STFRANCIS||||[[ID_NUMBER:1650382942]]^[[PERSON:NAKASHIMA]]^[[PERSON:ELLEN]]^^^[[TITLE:DR]]|||MED||||7||||IN|V00482917|BCBS
IN1|1|BCBSIL01|00621|BLUE CROSS BLUE SHIELD OF ILLINOIS|||||GRP00418|||||||[[PERSON:OYELOWO]]^[[PERSON:TEMITOPE]]|SEL||||||||||||||||||[[ID_NUMBER:XOF948217305]]
AL1|1|DA|^PENICILLIN|SV|HIVES
DG1|1||J18.9^PNEUMONIA, UNSPECIFIED ORGANISM^I10||A""",
    # FHIR Patient resource
    """{
  "resourceType": "Patient",
  "id": "6f1c2b9e-8a44-4d1b-9e51-2c7d40a1f3b8",
  "meta": {"versionId": "3", "profile": ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient"]},
  "identifier": [
    {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID_NUMBER:4018273657]]"}
  ],
  "name": [
    {"use": "official", "family": "[[PERSON:Achebe-Lindqvist]]", "given": ["[[PERSON:Ifeoma]]", "[[PERSON:Sofia]]"], "prefix": ["[[TITLE:Miss]]"]}
  ],
  "telecom": [
    {"system": "phone", "value": "[[PHONE_NUMBER:07712 448 093]]", "use": "mobile"},
    {"system": "email", "value": "[[EMAIL_ADDRESS:ifeoma.al@icloud.com]]"}
  ],
  "gender": "female",
  "birthDate": "[[DATE_TIME:2003-08-19]]",
  "address": [
    {"use": "temp", "line": ["[[ADDRESS:Flat 14]]", "[[ADDRESS:27 Clarendon Park Road]]"], "city": "[[LOCATION:Leicester]]", "postalCode": "[[ZIP_CODE:LE2 3AJ]]", "country": "[[LOCATION:GB]]"},
    {"use": "home", "line": ["[[ADDRESS:Kungsgatan 41]]"], "city": "[[LOCATION:Uppsala]]", "postalCode": "[[ZIP_CODE:753 21]]", "country": "[[LOCATION:SE]]"}
  ],
  "generalPractitioner": [{"display": "[[PERSON:Dr Hamza Qadir]]"}],
  "contact": [
    {"relationship": [{"text": "mother"}], "name": {"text": "[[PERSON:Karin Lindqvist]]"}, "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:+46 70 418 22 93]]"}]}
  ],
  "communication": [{"language": {"coding": [{"code": "sv", "display": "Swedish"}]}}],
  "extension": [
    {"url": "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory", "valueCodeableConcept": {"text": "Mixed: White and Black African"}},
    {"url": "http://hl7.org/fhir/StructureDefinition/patient-religion", "valueCodeableConcept": {"text": "[[NRP:Lutheran]]"}}
  ]
}""",
    # CRM JSON export
    """{"export": "crm_contacts", "requested_by": "svc_export", "count": 3, "records": [
  {"contact_id": [[ID_NUMBER:1048271]], "first_name": "[[PERSON:Paloma]]", "last_name": "[[PERSON:Iturbide Zárate]]", "email": "[[EMAIL_ADDRESS:paloma.iturbide@gmail.com]]", "phone": "[[PHONE_NUMBER:+34 655 482 917]]", "dob": "[[DATE_TIME:1990-01-17]]",
   "address": {"street": "[[ADDRESS:Calle de Alcalá 211, 4º izq.]]", "city": "[[LOCATION:Madrid]]", "zip": "[[ZIP_CODE:28028]]", "country": "[[LOCATION:ES]]"}, "last_ip": "[[IP_ADDRESS:88.27.140.201]]", "tags": ["newsletter", "vip"], "card_last4": "0917"},
  {"contact_id": [[ID_NUMBER:1048272]], "first_name": "[[PERSON:Dmitri]]", "last_name": "[[PERSON:Volkonsky-Hart]]", "email": "[[EMAIL_ADDRESS:dvolkonsky@hey.com]]", "phone": "[[PHONE_NUMBER:+33 7 81 42 90 16]]", "dob": null,
   "address": {"street": "[[ADDRESS:88 rue Sainte-Catherine]]", "city": "[[LOCATION:Bordeaux]]", "zip": "[[ZIP_CODE:33000]]", "country": "[[LOCATION:FR]]"}, "last_ip": null, "tags": [], "card_last4": null},
  {"contact_id": [[ID_NUMBER:1048275]], "first_name": "[[PERSON:Hank]]", "last_name": "[[PERSON:Oyelaran-Booth]]", "email": "[[EMAIL_ADDRESS:hank.booth77@aol.com]]", "phone": "[[PHONE_NUMBER:+1 405 228 4417]]", "dob": null,
   "address": {"street": "[[ADDRESS:1609 NW 36th St]]", "city": "[[LOCATION:Oklahoma City]]", "zip": "[[ZIP_CODE:73118]]", "country": "[[LOCATION:US]]"}, "last_ip": null, "username": "[[USERNAME:hank_the_tank77]]", "ssn_last4": "2209", "tags": ["churn-risk"]}
]}""",
    # XML customer export, French bank
    """<?xml version="1.0" encoding="UTF-8"?>
<clients agence="0418" format="v2">
  <client id="[[ID_NUMBER:CL-778102]]">
    <civilite>[[TITLE:Mme]]</civilite>
    <nom>[[PERSON:Lefebvre-Diallo]]</nom>
    <prenom>[[PERSON:Aminata]]</prenom>
    <naissance>[[DATE_TIME:1988-04-09]]</naissance>
    <nir>[[ID_NUMBER:2 88 04 69 381 114 93]]</nir>
    <adresse><ligne1>[[ADDRESS:37 rue de la Charité]]</ligne1><cp>[[ZIP_CODE:69002]]</cp><ville>[[LOCATION:Lyon]]</ville></adresse>
    <tel>[[PHONE_NUMBER:+33 6 48 21 93 07]]</tel>
    <email>[[EMAIL_ADDRESS:aminata.lefebvre@orange.fr]]</email>
    <iban>[[IBAN_CODE:FR02 2004 1010 0505 1729 4C02 679]]</iban>
  </client>
  <client id="[[ID_NUMBER:CL-778103]]">
    <civilite>[[TITLE:M.]]</civilite>
    <nom>[[PERSON:Giraud]]</nom>
    <prenom>[[PERSON:Baptiste]]</prenom>
    <naissance>[[DATE_TIME:1972-11-30]]</naissance>
    <nir>[[ID_NUMBER:1 72 11 38 185 112 95]]</nir>
    <adresse><ligne1>[[ADDRESS:5 cours Émile Zola]]</ligne1><ligne2>[[ADDRESS:Bât. C, 3e étage]]</ligne2><cp>[[ZIP_CODE:69100]]</cp><ville>[[LOCATION:Villeurbanne]]</ville></adresse>
    <tel>[[PHONE_NUMBER:04 78 84 22 19]]</tel>
    <email>[[EMAIL_ADDRESS:b.giraud72@free.fr]]</email>
    <iban>[[IBAN_CODE:FR76 1009 6180 0000 0482 1930 737]]</iban>
  </client>
</clients>""",
    # practice recall list, CSV
    """EMIS Web export: flu vaccination recall (housebound), practice M85041
Exported by the practice manager. Please phone before 1 pm; do not send this file outside nhs.net.

NHS Number,Surname,Forename,DOB,Age,Address 1,Address 2,Postcode,Mobile,Last flu vacc,Notes
[[ID_NUMBER:943 817 2645]],[[PERSON:Hussain]],[[PERSON:Rukhsana]],[[DATE_TIME:11/04/1938]],[[AGE:86]],[[ADDRESS:14 Clifton Road]],[[LOCATION:Balsall Heath]],[[ZIP_CODE:B12 8SX]],[[PHONE_NUMBER:07946 118 203]],[[DATE_TIME:02/10/2023]],Urdu interpreter; son [[PERSON:Imran]] present
[[ID_NUMBER:598 204 7163]],[[PERSON:O'Sullivan]],[[PERSON:Bridget]],[[DATE_TIME:23/12/1940]],[[AGE:84]],[[ADDRESS:Flat 2, 9 Moseley Road]],[[LOCATION:Digbeth]],[[ZIP_CODE:B12 0HJ]],,[[DATE_TIME:28/09/2023]],key safe by door
[[ID_NUMBER:728 104 9358]],[[PERSON:Campbell]],[[PERSON:Winston]],[[DATE_TIME:07/07/1946]],[[AGE:78]],[[ADDRESS:3 Edward Road]],[[LOCATION:Balsall Heath]],[[ZIP_CODE:B12 9LR]],[[PHONE_NUMBER:07852 440 917]],,declined last year; wife [[PERSON:Merle]] is carer

3 patients listed.""",
    # application and server log
    """09:12:03 bastion sshd[4412]: Accepted publickey for [[USERNAME:tnakamura]] from [[IP_ADDRESS:198.51.100.23]] port 51522 ssh2: ED25519 SHA256:Qx7c1mWb0f3rPzL9yUe2kV8sN4tA6hJ5dG1oI0xC2Zw
09:12:41 bastion sudo: [[USERNAME:tnakamura]] : TTY=pts/0 ; PWD=/srv/billing ; USER=root ; COMMAND=/usr/bin/systemctl restart billing
09:14:10 app[billing]: INFO password reset requested user_id=[[ID_NUMBER:88213]] email=[[EMAIL_ADDRESS:oghenekaro.ede@yahoo.com]] ip=[[IP_ADDRESS:105.112.44.18]]
09:14:11 app[billing]: INFO mail queued to=[[EMAIL_ADDRESS:oghenekaro.ede@yahoo.com]] template=pw_reset msgid=<a41f.88213@mailer.billing.internal>
09:15:27 nginx: [[IP_ADDRESS:105.112.44.18]] - - "POST /account/reset?token=9f2c71be HTTP/1.1" 200 512 "-" "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 Chrome/122.0 Mobile Safari/537.36"
09:21:55 app[billing]: WARN failed login user=[[USERNAME:karo_ede]] ip=[[IP_ADDRESS:41.58.220.7]] attempt=3/5
09:22:02 app[billing]: WARN account locked user=[[USERNAME:karo_ede]] name="[[PERSON:Oghenekaro Ede]]" phone=[[PHONE_NUMBER:+2348034417729]]
09:30:48 app[support]: INFO ticket 77120 opened by agent [[PERSON:Lindiwe Mokoena]] ([[USERNAME:lmokoena]]) for user_id=[[ID_NUMBER:88213]]
09:31:00 cron[991]: (root) CMD (/usr/local/bin/rotate-logs --keep 14)
09:33:12 nginx: [[IP_ADDRESS:2c0f:f4c0:1184:7a2e::1]] - [[USERNAME:karo_ede]] "GET /profile HTTP/2.0" 200 2291 "-" "okhttp/4.12.0"
09:35:40 app[billing]: INFO deploy finished version=10.2.14.1 by [[USERNAME:tnakamura]]""",
    # support ticket with history
    """Ticket #204418 | Status: Pending customer | Priority: P3 | Queue: Fibre faults
Customer: [[PERSON:Benedetta Okafor-Russo]] | Account [[ID_NUMBER:ACC-5519027]] | [[EMAIL_ADDRESS:b.okafor.russo@gmail.com]] | [[PHONE_NUMBER:+39 333 481 2207]]
Service address: [[ADDRESS:Via dei Serpenti 48, int. 6]], [[ZIP_CODE:00184]] [[LOCATION:Roma]]

History
[[DATE_TIME:03/03/2025]] 10:14 Customer (web form): "My connection keeps dropping since the engineer's visit on [[DATE_TIME:Feb 27]]. I work from home and this is the third time."
[[DATE_TIME:03/03/2025]] 11:02 Agent [[PERSON:Tomás]]: remote test shows sync at 12 Mbps, WAN IP [[IP_ADDRESS:151.38.204.77]], router ZTE H388X serial ZTEEG4A02291; reset the port.
[[DATE_TIME:05/03/2025]] 09:40 Customer call: asked for an engineer; available Friday [[DATE_TIME:7th]] in the morning.
[[DATE_TIME:05/03/2025]] 09:55 Agent [[PERSON:Greta S.]]: engineer [[PERSON:Matteo Guidi]] (tech ID [[ID_NUMBER:TK-2291]]) booked for [[DATE_TIME:07/03]] 08:00 to 12:00.
[[DATE_TIME:07/03/2025]] 12:31 Engineer note: replaced ONT and patch cord; customer's husband [[PERSON:Emeka]] signed the job sheet.
[[DATE_TIME:10/03/2025]] 17:20 Customer email: "Still dropping every evening. Please call me back on [[PHONE_NUMBER:06 4891 2203]] (landline) after 6 pm."
[[DATE_TIME:11/03/2025]] 08:05 Agent [[PERSON:Greta S.]]: escalated to L2, ref ESC-88104.""",
    # bank statement
    """Northmoor Bank plc | Current Account Statement | Sheet 14

[[PERSON:Mx Rowan Adeleke-Frost]]
[[ADDRESS:Flat 22, Arkwright House]]
[[ADDRESS:5 Paradise Street]]
[[LOCATION:Liverpool]]
[[ZIP_CODE:L1 8JF]]

Sort code 09-01-28 | Account number [[ID_NUMBER:48219306]] | IBAN [[IBAN_CODE:GB18 ABBY 0901 2848 2193 06]] | BIC ABBYGB2LXXX
Statement period: 1 March 2025 to 31 March 2025

Date    Description                                        Paid out    Paid in    Balance
01 Mar  Opening balance                                                             612.40
03 Mar  FPS credit [[PERSON:ADELEKE-FROST]] [[PERSON:J]] "birthday money"                      50.00     662.40
05 Mar  Direct debit OCTOPUS ENERGY 1182204                   84.20                 578.20
07 Mar  Card 4471 TESCO STORES 2281 [[LOCATION:LIVERPOOL]]                  23.65                 554.55
10 Mar  FPS to [[PERSON:T OKONJO]] "rent share march"                    425.00                 129.55
14 Mar  Salary MERSEY LOGISTICS LTD                                       1,912.33   2,041.88
18 Mar  Transfer to savings [[ID_NUMBER:48219314]]                     200.00               1,841.88
25 Mar  Standing order to [[PERSON:R FROST]] "phone"                      18.00               1,823.88
31 Mar  Closing balance                                                                1,823.88

Lost or stolen card? Call 0345 600 1840 (24 h). Arranged overdraft limit: £250.""",
    # informe de alta, Granada
    """INFORME DE ALTA HOSPITALARIA
Servicio de Cardiología

Paciente: [[PERSON:Rocío Castaño Villalobos]]      NHC: [[ID_NUMBER:0482917]]      NUHSA: [[ID_NUMBER:AN0418273052]]
DNI: [[ID_NUMBER:03847261M]]      Fecha de nacimiento: [[DATE_TIME:18/03/1950]]      Edad: [[AGE:74]] años
Domicilio: [[ADDRESS:Avda. de la Constitución 12, 2º A]], [[ZIP_CODE:18012]] [[LOCATION:Granada]]
Fecha de ingreso: [[DATE_TIME:02/03/2025]]      Fecha de alta: [[DATE_TIME:09/03/2025]]
Médica responsable: [[TITLE:Dra.]] [[PERSON:Inmaculada Fajardo Ruiz]] (n.º de colegiada [[ID_NUMBER:181804417]])

Motivo de ingreso: paciente de [[AGE:74]] años con antecedentes de HTA, DM tipo 2 y fibrilación auricular paroxística que acude a Urgencias por disnea de moderados esfuerzos y edemas en miembros inferiores de una semana de evolución.
Exploración: TA 158/92, FC 128 lpm arrítmica, SatO2 91 %. Crepitantes bibasales. Signo de Kussmaul negativo.
Pruebas: ECG con FA con respuesta ventricular rápida. NT-proBNP 4.820 pg/ml. Ecocardiograma: FEVI 45 %, insuficiencia mitral moderada.
Evolución: buena respuesta a furosemida intravenosa y control de frecuencia con bisoprolol.
Tratamiento al alta: apixabán 5 mg cada 12 h, bisoprolol 5 mg, furosemida 40 mg, metformina 850 mg.
Cuidadora principal: su hija [[PERSON:Macarena]], tel. [[PHONE_NUMBER:658 21 44 90]].
Revisión en consultas externas el [[DATE_TIME:3 de abril de 2025]] a las 10:30.

Fdo.: [[TITLE:Dra.]] [[PERSON:I. Fajardo]]      [[LOCATION:Granada]], [[DATE_TIME:9 de marzo de 2025]]""",
    # deceased estates notices
    """DECEASED ESTATES
Notice is hereby given pursuant to s.27 of the Trustee Act 1925 that any person having a claim against the estates of the deceased persons below must send particulars to the person named, from whom no further claims will be considered after the distribution date shown.

[[PERSON:HOLLOWAY]], [[PERSON:Edith Margaret]] (née [[PERSON:Pennington]]), late of [[ADDRESS:Rosemount, 14 Beacon Hill Road]], [[LOCATION:Hindhead]], [[LOCATION:Surrey]] [[ZIP_CODE:GU26 6QL]]. Retired schoolteacher. Died [[DATE_TIME:2 January 2025]], aged [[AGE:91]]. Claims to [[PERSON:Jonathan Holloway]] (executor), c/o Pemberton & Vale LLP, [[ADDRESS:12 High Street]], [[LOCATION:Haslemere]] [[ZIP_CODE:GU27 2LA]] (ref JH/HOL/0418). Distribution date: 30 May 2025.

[[PERSON:NAKASHIMA-BROWN]], [[PERSON:Kenji Arthur]], of [[ADDRESS:Flat 4, 9 Marine Parade]], [[LOCATION:Brighton]] [[ZIP_CODE:BN2 1TL]]. Software engineer. Died [[DATE_TIME:14 December 2024]]. Claims to [[PERSON:Sakura Nakashima-Brown]] (administrator), same address. Distribution date: 6 June 2025.

[[PERSON:O'DWYER]], [[PERSON:Patrick Joseph]] ("[[PERSON:Paddy]]"), late of [[ADDRESS:The Cottage, Ballyvaughan Road]], [[LOCATION:Kinvara]], Co. [[LOCATION:Galway]]. Publican (retired). Died [[DATE_TIME:20 February 2025]], aged [[AGE:78]]. Claims to Keane Solicitors, [[ADDRESS:2 Church Street]], [[LOCATION:Gort]], ref PO'D/25.""",
    # lettre de résiliation
    """[[PERSON:Yannick Le Goff]]
[[ADDRESS:8 impasse des Goélands]]
[[ZIP_CODE:29200]] [[LOCATION:Brest]]
Tél. : [[PHONE_NUMBER:06 84 21 77 09]]
N° client : [[ID_NUMBER:0048219377]]

                                        Ondaline Télécom
                                        Service Résiliations
                                        [[ADDRESS:TSA 40217]]
                                        [[ZIP_CODE:92894]] [[LOCATION:Nanterre]] Cedex 9

                                        [[LOCATION:Brest]], le [[DATE_TIME:17 mars 2025]]

Lettre recommandée avec accusé de réception n° 1A 184 229 4471 8

Objet : résiliation de mon abonnement fibre et mobile

Madame, Monsieur,

Par la présente, je vous informe de ma décision de résilier le contrat n° FX-2291044 souscrit le [[DATE_TIME:4 juin 2022]], ainsi que la ligne mobile [[PHONE_NUMBER:06 84 21 77 09]] qui y est rattachée, en raison de mon déménagement à [[LOCATION:Montréal]] le [[DATE_TIME:1er mai 2025]].
Je vous remercie de me confirmer la date effective de résiliation, de m'envoyer une étiquette de retour pour la box (n° de série FTTH-LB5-00418221) et de rembourser le dépôt de garantie de 49 € sur mon compte [[IBAN_CODE:FR76 1558 9297 0104 8219 3774 068]].
La facture de clôture pourra m'être adressée par courriel à [[EMAIL_ADDRESS:yannick.legoff@gmail.com]].

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

[[PERSON:Yannick Le Goff]]

PJ : copie recto-verso de ma carte nationale d'identité n° [[ID_NUMBER:X4RTBPFW4]]""",
    # verbale di assemblea condominiale
    """VERBALE DI ASSEMBLEA ORDINARIA
Condominio "Le Magnolie", [[ADDRESS:Via Garibaldi 118]], [[ZIP_CODE:10122]] [[LOCATION:Torino]]

Il giorno [[DATE_TIME:12 marzo 2025]], alle ore 18:30, presso lo studio dell'amministratore [[TITLE:Geom.]] [[PERSON:Renato Sasso]], in [[ADDRESS:Corso Vittorio Emanuele II 64]], [[LOCATION:Torino]], si è riunita in seconda convocazione l'assemblea dei condòmini.
Sono presenti: [[TITLE:Sig.]] [[PERSON:Giorgio Airaudo]] (int. 3), [[TITLE:Sig.ra]] [[PERSON:Chiara Bonino Adeyemi]] (int. 5), [[TITLE:Avv.]] [[PERSON:Federica Lanza]] per delega di [[PERSON:Emanuele Rinaldi]] (int. 8), [[TITLE:Dott.]] [[PERSON:Samir Haddad]] (int. 11), per complessivi 612/1000 millesimi.
Viene nominato presidente il [[TITLE:Sig.]] [[PERSON:Airaudo]] e segretaria la [[TITLE:Sig.ra]] [[PERSON:Bonino Adeyemi]].

1) Rendiconto 2024: approvato all'unanimità (spese totali € 18.412,60).
2) Rifacimento della facciata: si approva il preventivo n. 77/2025 della ditta Edil Po s.r.l. per € 94.300 oltre IVA, con detrazione Bonus facciate non più applicabile.
3) Morosità: il condòmino dell'interno 9, [[TITLE:sig.]] [[PERSON:Walter Ceccarelli]], risulta moroso per € 2.418,50; l'amministratore gli scriverà all'indirizzo [[EMAIL_ADDRESS:w.ceccarelli@libero.it]] e, in mancanza di risposta, procederà per decreto ingiuntivo.
4) Varie: la [[TITLE:sig.ra]] [[PERSON:Bonino Adeyemi]] segnala infiltrazioni dal lastrico solare sopra il suo appartamento.
I versamenti vanno effettuati sul conto del condominio, IBAN [[IBAN_CODE:IT74 D030 6911 7100 0000 0482 917]].
La prossima assemblea è fissata per il [[DATE_TIME:21 maggio 2025]]. La seduta è tolta alle ore 20:10.

Il presidente: [[PERSON:Giorgio Airaudo]]      La segretaria: [[PERSON:Chiara Bonino Adeyemi]]""",
    # currículo, Belo Horizonte
    """[[PERSON:CAMILA RODRIGUES DE ASSIS]]
[[NRP:Brasileira]], solteira, [[AGE:29]] anos
[[ADDRESS:Rua Gonçalves Dias, 1180, apto 402]], [[LOCATION:Funcionários]], [[LOCATION:Belo Horizonte]]/[[LOCATION:MG]], CEP [[ZIP_CODE:30140-092]]
Celular/WhatsApp: [[PHONE_NUMBER:(31) 99418-2207]] | E-mail: [[EMAIL_ADDRESS:camila.assis@outlook.com]] | LinkedIn: [[URL:linkedin.com/in/camilarassis]]

OBJETIVO
Analista de Dados Pleno

EXPERIÊNCIA PROFISSIONAL
Localiza Hertz, [[LOCATION:Belo Horizonte]]: Analista de Dados Júnior ([[DATE_TIME:03/2021]] a atual)
- Modelos de previsão de demanda para 600 agências (Python, BigQuery); redução de 8 % na frota ociosa.
Banco Inter: Estagiária de BI ([[DATE_TIME:01/2019]] a [[DATE_TIME:02/2021]])
- Painéis em Power BI para a área de crédito; automação de relatórios com SQL.

FORMAÇÃO
Bacharelado em Estatística, UFMG (2015 a 2019)
Especialização em Ciência de Dados, PUC Minas (em andamento)

IDIOMAS
Inglês avançado (TOEFL iBT 104); espanhol intermediário.

REFERÊNCIAS
[[TITLE:Prof.]] [[TITLE:Dr.]] [[PERSON:Marcelo Azevedo Lins]], orientador de TCC, [[EMAIL_ADDRESS:mlins@est.ufmg.br]]
[[PERSON:Juliana Prado]], coordenadora de BI, Banco Inter, [[PHONE_NUMBER:(31) 98207-4415]]""",
    # 履歴書
    """履　歴　書　　　　　　　　　　　　　　[[DATE_TIME:令和7年3月10日]]現在
ふりがな　[[PERSON:なかむら　あおい]]
氏　　名　[[PERSON:中村　葵]]
生年月日　[[DATE_TIME:平成8年5月21日]]生（満[[AGE:28]]歳）　　性別　女
現住所　〒[[ZIP_CODE:810-0041]]　[[LOCATION:福岡県]][[LOCATION:福岡市]][[LOCATION:中央区]][[ADDRESS:大名2丁目6-11　ベルハイツ大名305号]]
電話　[[PHONE_NUMBER:090-8817-2243]]　　E-mail　[[EMAIL_ADDRESS:aoi.nakamura0521@gmail.com]]

年月　　　　　学歴・職歴
　　　　　　　学歴
[[DATE_TIME:平成24年4月]]　福岡県立修猷館高等学校　入学
[[DATE_TIME:平成27年3月]]　福岡県立修猷館高等学校　卒業
[[DATE_TIME:平成27年4月]]　九州大学経済学部経済工学科　入学
[[DATE_TIME:平成31年3月]]　九州大学経済学部経済工学科　卒業
　　　　　　　職歴
[[DATE_TIME:平成31年4月]]　株式会社西日本シティ銀行　入行（[[LOCATION:天神]]支店にて個人向け融資を担当）
[[DATE_TIME:令和6年9月]]　一身上の都合により退職
　　　　　　　　　　　　　　　　　　　　　　　　以上
免許・資格
[[DATE_TIME:平成28年8月]]　普通自動車第一種運転免許　取得
[[DATE_TIME:令和2年11月]]　日商簿記検定2級　合格
本人希望記入欄　勤務地は[[LOCATION:福岡市]]内を希望いたします。""",
    # huurovereenkomst
    """HUUROVEREENKOMST WOONRUIMTE (model ROZ 2024)

De ondergetekenden:
1. [[TITLE:Mevr.]] [[PERSON:Femke van Rijswijk-Osei]], wonende te [[ADDRESS:Lange Voorhout 12]], [[ZIP_CODE:2514 ED]] [[LOCATION:Den Haag]], hierna "verhuurder";
2. [[TITLE:Dhr.]] [[PERSON:Bram Kuipers]], geboren op [[DATE_TIME:14 februari 1998]] te [[LOCATION:Zwolle]], BSN [[ID_NUMBER:271840936]], hierna "huurder";

verklaren te zijn overeengekomen als volgt.
Art. 1. Verhuurder verhuurt aan huurder de zelfstandige woonruimte [[ADDRESS:Zeestraat 71-III]], [[ZIP_CODE:2518 AB]] [[LOCATION:Den Haag]], kadastraal bekend gemeente [[LOCATION:'s-Gravenhage]] sectie F nr. 4412.
Art. 2. Deze overeenkomst gaat in op [[DATE_TIME:1 april 2025]] en is aangegaan voor 24 maanden, eindigend op [[DATE_TIME:31 maart 2027]].
Art. 3. De huurprijs bedraagt € 1.245,00 per maand en wordt vóór de eerste van iedere maand voldaan op rekening [[IBAN_CODE:NL94 INGB 0007 2941 83]] t.n.v. [[PERSON:F. van Rijswijk]].
Art. 4. Huurder betaalt een waarborgsom van € 2.490,00.
Art. 5. Energielabel B (registratienummer 0363-2024-118204).
Contactgegevens huurder: [[PHONE_NUMBER:06-41827730]], [[EMAIL_ADDRESS:bram.kuipers98@gmail.com]].

Aldus opgemaakt en in tweevoud ondertekend te [[LOCATION:Den Haag]] op [[DATE_TIME:18 maart 2025]].

Verhuurder: [[PERSON:F. van Rijswijk-Osei]]                Huurder: [[PERSON:B. Kuipers]]""",
    # umowa o pracę
    """UMOWA O PRACĘ
zawarta w dniu [[DATE_TIME:3 marca 2025]] r. w [[LOCATION:Gdańsku]] pomiędzy:
Bałtyk Logistics sp. z o.o. z siedzibą w [[LOCATION:Gdyni]], [[ADDRESS:ul. Hutnicza 40]], [[ZIP_CODE:81-061]] [[LOCATION:Gdynia]], NIP 5862284910, reprezentowaną przez [[TITLE:Panią]] [[PERSON:Magdalenę Kowalczyk-Nowak]], Prezesa Zarządu, zwaną dalej „Pracodawcą",
a
[[TITLE:Panem]] [[PERSON:Oleksandrem Melnykiem]], zamieszkałym w [[LOCATION:Gdańsku]] przy [[ADDRESS:ul. Grunwaldzkiej 211/7]], [[ZIP_CODE:80-266]] [[LOCATION:Gdańsk]], PESEL [[ID_NUMBER:94081104755]], obywatelstwo [[NRP:ukraińskie]], karta pobytu nr [[ID_NUMBER:RP0482917]], zwanym dalej „Pracownikiem".

§ 1. Pracodawca zatrudnia Pracownika na podstawie umowy na czas określony do dnia 2 marca 2026 r., na stanowisku magazyniera, w pełnym wymiarze czasu pracy.
§ 2. Dzień rozpoczęcia pracy: [[DATE_TIME:10 marca 2025]] r. Miejsce pracy: magazyn w [[LOCATION:Pruszczu Gdańskim]].
§ 3. Wynagrodzenie zasadnicze: 6 200,00 zł brutto miesięcznie, płatne do 10. dnia następnego miesiąca na rachunek [[IBAN_CODE:PL30 1020 5561 0000 3202 1884 7319]].
§ 4. W sprawach nieuregulowanych stosuje się przepisy Kodeksu pracy.

Kontakt do Pracownika: [[PHONE_NUMBER:+48 512 418 227]], [[EMAIL_ADDRESS:o.melnyk94@gmail.com]]

........................................                ........................................
[[PERSON:M. Kowalczyk-Nowak]] (Pracodawca)                            [[PERSON:O. Melnyk]] (Pracownik)""",
    # Kita e-mail thread
    """Betreff: AW: Anmeldung Kita-Platz für Lina
Von: [[PERSON:Heike Brandstätter]] <[[EMAIL_ADDRESS:h.brandstaetter@kita-sonnenschein-koeln.de]]>
An: [[EMAIL_ADDRESS:chiamaka.ob@gmx.de]]

Liebe [[TITLE:Frau]] [[PERSON:Okoro-Brandt]],

vielen Dank für Ihre Nachricht. Wir können [[PERSON:Lina]] ab dem [[DATE_TIME:1. August 2025]] einen Platz in der Gruppe „Füchse" (U3) anbieten. Bitte bringen Sie zum Aufnahmegespräch am Mittwoch, [[DATE_TIME:9. April]], um 15 Uhr das gelbe Untersuchungsheft und den Nachweis über die Masernimpfung mit.

Mit freundlichen Grüßen
[[PERSON:Heike Brandstätter]]
Kita-Leitung

Kita Sonnenschein e. V. · [[ADDRESS:Lindenstraße 27]] · [[ZIP_CODE:50674]] [[LOCATION:Köln]]
Tel. 0221 4829 330 · Vereinsregister VR 18822

-----Ursprüngliche Nachricht-----
Am [[DATE_TIME:14.03.2025]] um 21:17 schrieb [[PERSON:Chiamaka Okoro-Brandt]] <[[EMAIL_ADDRESS:chiamaka.ob@gmx.de]]>:
> Sehr geehrte [[TITLE:Frau]] [[PERSON:Brandstätter]],
> wir möchten unsere Tochter [[PERSON:Lina Okoro-Brandt]] (geb. [[DATE_TIME:02.11.2022]]) für einen Platz ab [[DATE_TIME:August]] anmelden. Wir wohnen in der [[ADDRESS:Severinstraße 142]], [[ZIP_CODE:50678]] [[LOCATION:Köln]]. Ich bin tagsüber in der Klinik; mein Mann [[PERSON:Jonas Brandt]] ist unter [[PHONE_NUMBER:0176 4418 2290]] erreichbar.
> Viele Grüße
> [[PERSON:Chiamaka Okoro-Brandt]]""",
    # rental agreement, Bengaluru
    """RENTAL AGREEMENT

This Rental Agreement is made and executed at [[LOCATION:Bengaluru]] on this [[DATE_TIME:5th day of April 2025]] by and between:

[[PERSON:Mr. Venkatesh Subramaniam Iyer]], S/o Late [[TITLE:Sri]] [[PERSON:S. Ramaswamy Iyer]], aged about [[AGE:67]] years, residing at [[ADDRESS:No. 14, 2nd Cross, 5th Main]], [[LOCATION:Malleshwaram]], [[LOCATION:Bengaluru]] - [[ZIP_CODE:560003]], PAN [[ID_NUMBER:AAKPI4821R]], hereinafter called the "LESSOR" of the ONE PART;

AND

[[PERSON:Ms. Ritika Bhattacharya]], D/o [[TITLE:Shri]] [[PERSON:Subhas Bhattacharya]], aged [[AGE:26]] years, permanent address [[ADDRESS:Flat 3B, Tower 2, Urbana Apartments, 783 Anandapur]], [[LOCATION:Kolkata]] - [[ZIP_CODE:700107]], Aadhaar No. [[ID_NUMBER:6284 0173 9252]], hereinafter called the "LESSEE" of the OTHER PART.

1. The Lessor hereby lets the residential premises bearing [[ADDRESS:No. 22/1, 1st Floor, 8th Cross]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] - [[ZIP_CODE:560038]] to the Lessee for a period of 11 months commencing from [[DATE_TIME:1st May 2025]].
2. The Lessee shall pay a monthly rent of Rs. 32,000/- on or before the 5th of every month to the Lessor's account no. [[ID_NUMBER:50100248193027]] (HDFC Bank, IFSC HDFC0000218).
3. The Lessee has paid a refundable security deposit of Rs. 1,60,000/- by NEFT (UTR HDFCN52025040518822).
4. Electricity (BESCOM RR no. [[ID_NUMBER:EIR8841]]) and water charges shall be borne by the Lessee.

IN WITNESS WHEREOF the parties have signed this agreement on the day first above written.

WITNESSES:
1. [[PERSON:Naveen Gowda]], [[ADDRESS:#48, 3rd Block, Jayanagar]]
2. (sd/-)""",
]

CHAT = [
    """[18:02] Mum: has anyone heard from [[PERSON:tobi]]?? his phone's off
[18:04] [[PERSON:Dayo]]: he's at [[PERSON:kemi]]'s i think, she's on elmwood rd somewhere
[18:05] [[PERSON:Dayo]]: her number is [[PHONE_NUMBER:07911 204 338]]
[18:06] Mum: 🙏 thank u
[18:20] [[PERSON:Tobi]]: im fine mum 😂 battery died. staying at [[ADDRESS:14a Elmwood Road]] til sunday""",
    """Hi its [[PERSON:Gary]] the landlord, the plumber [[PERSON:Stavros]] will come tmrw between 8-10 to look at the boiler in flat 3. can u leave the key with [[TITLE:mrs]] [[PERSON:hughes]] at no.5 if ur out? his num is [[PHONE_NUMBER:07845 993 120]] if he's late""",
    """[[USERNAME:priya.k]]  10:14 AM
can someone from IT reset the VPN for [[PERSON:Marcus O]]? he's locked out, laptop IP is [[IP_ADDRESS:10.22.4.117]]
[[USERNAME:jonas.w]]  10:16 AM
on it. @[[USERNAME:marcus.oyelaran]] DM me your employee number pls
[[USERNAME:marcus.oyelaran]]  10:19 AM
[[ID_NUMBER:E-40918]]. also my new mobile is [[PHONE_NUMBER:07700 900 418]] for the MFA 🙏
[[USERNAME:jonas.w]]  10:23 AM
done ✅ try now""",
    """[[USERNAME:grimbyte]]: mods someone posted [[USERNAME:lil_sunflwr]]'s real name and school in #general
[[USERNAME:grimbyte]]: it said "[[PERSON:Hazel Okonkwo-Reyes]], year 10 at Westfield Academy, lives on Cedar Drive"
MEE6: GG [[USERNAME:grimbyte]], you just advanced to level 12!
[[USERNAME:modkat]]: deleted + banned the account that posted it. thanks for the report 💜
[[USERNAME:lil_sunflwr]]: ty ty ty 😭""",
    """[[PERSON:Adaeze Nwankwo]]  09:02
Morning all! Reminder that [[PERSON:Tom]]'s leaving drinks are Thursday the [[DATE_TIME:20th]] at The Crown 🍻
[[PERSON:Tom Gallagher]]  09:05
ha cheers. fyi my personal email after I leave is [[EMAIL_ADDRESS:tomgallagher.84@gmail.com]] if anyone needs me
[[PERSON:Fiona Leckie]]  09:11
😢 we'll miss you. [[PERSON:Adaeze]] can you add [[PERSON:Raj]] from finance to the card? his last day is the [[DATE_TIME:28th]] too""",
    """[[PERSON:Саша]]: привет, скинь адрес для доставки
[[PERSON:Лёха]]: [[ADDRESS:ул. Ленина 45, кв 12]], домофон 12К, [[LOCATION:Екатеринбург]]
[[PERSON:Лёха]]: и мой номер [[PHONE_NUMBER:+7 912 604 33 18]] если курьер потеряется
[[PERSON:Саша]]: ок 👍 заказ придёт в четверг""",
    """r/LegalAdviceUK · Posted by u/[[USERNAME:throwaway_tenant_cov]]
[[[LOCATION:England]]] landlord kept our whole deposit, what now?
We moved out of [[ADDRESS:23 Far Gosford Street]], [[LOCATION:Coventry]] on [[DATE_TIME:30 June]] after two years. The landlord ([[PERSON:Mr Pargeter]]) says the carpets were "ruined" and he's keeping all £1,100. He never told us which scheme it was in. There are three of us on the tenancy, me, [[PERSON:Jade]] and [[PERSON:Kwesi]].
Edit: thank you u/[[USERNAME:sarcastic_solicitor]], checked all three schemes and it isn't protected anywhere!!""",
    """Bot: Hi! I'm Ava, your virtual assistant 🤖 What can I help with today?
You: my parcel says delivered but it isnt here
Bot: Sorry to hear that. Please share your tracking number and postcode.
You: JD0002213945871 and [[ZIP_CODE:LS6 2AB]]
Agent ([[PERSON:Kezia]]): Hi, thanks for waiting. The driver left it "in safe place - porch" at 14:12. Is that [[ADDRESS:41 Headingley Avenue]]?
You: no im at [[ADDRESS:14 headingley ave]]!! 41 is down the road
Agent ([[PERSON:Kezia]]): I'm so sorry about that. I'll raise a claim now; can I take your full name and a contact number?
You: [[PERSON:Shauna Boyle]] [[PHONE_NUMBER:07722 118 405]]""",
    """AGENT: Thank you for calling Westmere Energy, you're speaking to [[PERSON:Rohan]], can I take your account number please?
CALLER: Yeah it's, um, [[ID_NUMBER:four four oh one, two eight nine, seven three]].
AGENT: Lovely. And the first line of the address?
CALLER: Number [[ADDRESS:twelve Foxglove Close]].
AGENT: And the postcode?
CALLER: [[ZIP_CODE:B S three, four H T]].
AGENT: Can I confirm the name on the account?
CALLER: [[PERSON:Philippa]], that's [[PERSON:P-H-I-L-I-P-P-A]], [[PERSON:Okeke-Barnes]].
AGENT: And your date of birth?
CALLER: The [[DATE_TIME:ninth of March, nineteen seventy-one]].
AGENT: Thank you. Is [[PHONE_NUMBER:oh seven seven one two, three four eight, nine nine oh]] still the best number?
CALLER: Yes, that's my mobile.""",
    """Voicemail, caller ID withheld, 0:42
"Hi, this is [[PERSON:Delphine]] calling from [[PERSON:Dr Okafor]]'s surgery for [[PERSON:Mr Ignatius Mwale]]. It's about your blood test, nothing to worry about, but the doctor would like to see you on Tuesday the [[DATE_TIME:eleventh]], half past nine. We've got your date of birth as the [[DATE_TIME:fourteenth of February fifty-eight]], so if that's wrong do let us know. Give us a ring on the usual number. Bye now." """,
    """[[PERSON:Vale]] 🌸: amiga ya llegaste??
[[PERSON:Cami]]: siii, estoy donde mi tía en [[ADDRESS:Calle 72 #10-34, apto 501]], [[LOCATION:Chapinero]]
[[PERSON:Vale]] 🌸: dale, paso a las 7. mándame la ubicación
[[PERSON:Cami]]: mi cel nuevo es [[PHONE_NUMBER:311 482 9073]], el otro se me dañó 😭
[[PERSON:Vale]] 🌸: ok. oye y el cumple de [[PERSON:Juanpa]] es el sábado [[DATE_TIME:15]]?
[[PERSON:Cami]]: sí!! cumple [[AGE:25]] 🎉""",
    """Re: FS: 1972 VW Beetle 1300, Bahama Blue, MOT till Oct
Still available? I'm in [[LOCATION:Swindon]], could come and view Saturday morning with cash. Call or text on [[PHONE_NUMBER:07 eight 92 441 053]] (spam filter eats numbers here lol)
Cheers, [[PERSON:Dougie]] ([[USERNAME:vwdoug72]])""",
    """[[PERSON:jess]]: can u pay [[PERSON:aidan]] back for the electric, it's £38 each
[[PERSON:jess]]: his monzo is monzo.me/[[USERNAME:aidanpurcell]] or sort code 04-00-04 acc [[ID_NUMBER:41827730]]
[[PERSON:ollie]]: done 👍 also who's [[PERSON:big steve]] and why is he in our fridge group chat
[[PERSON:jess]]: [[PERSON:aidan]]'s mate lol""",
    """[[USERNAME:xXsn1perwolfXx]]: anyone wanna duo? my epic is [[USERNAME:SniperWolf_2009]]
[[USERNAME:k4tnip]]: how old r u lol
[[USERNAME:xXsn1perwolfXx]]: [[AGE:15]], ur like [[AGE:30]]
[[USERNAME:k4tnip]]: 😭 im [[AGE:19]]
[[USERNAME:xXsn1perwolfXx]]: same thing""",
    """[[PERSON:Viktor]] | OTC desk: send the USDT to [[ID_NUMBER:TQ4k9RbZ1xW7mN2pLs8vYc3Hd6Jf5Ga1Ue]] (TRC20). after 20 confirmations I release EUR to your revolut @[[USERNAME:oksana_m]]
[[PERSON:Oksana]]: sent 2,500. tx hash 7f3a9c0d5b1e...e21
[[PERSON:Viktor]] | OTC desk: received ✅ releasing now""",
    """Agent: Claims line, [[PERSON:Beth]] speaking. Is anyone hurt?
Caller: No, no, just shaken. Someone went into the back of me.
Agent: OK. Can I take your registration?
Caller: It's [[ID_NUMBER:Bravo Lima one nine, X-ray Kilo Papa]].
Agent: And where and when did it happen?
Caller: At the roundabout by the big Tesco in [[LOCATION:Cheltenham]], yesterday, the [[DATE_TIME:fourth]], about half five.
Agent: Did you get the other driver's details?
Caller: Yeah, [[PERSON:Jordan Mace]], phone [[PHONE_NUMBER:oh seven nine three one, two two four, six eight oh]], and his plate was [[ID_NUMBER:WR21 GHN]].""",
    """[[PERSON:Rafa]]: manda o pix que eu pago a pizza 🍕
[[PERSON:Duda]]: chave é meu cpf [[ID_NUMBER:731.529.480-50]]
[[PERSON:Duda]]: ou o email [[EMAIL_ADDRESS:duda.ferraz@gmail.com]]
[[PERSON:Rafa]]: foi! R$ 42,50
[[PERSON:Duda]]: valeu mano 🙌 sábado na casa do [[PERSON:Gui]]?""",
    """[[PERSON:Katrin Vogel]]  08:47
Moin, kann jemand [[PERSON:Jens]] vertreten? Er ist bis [[DATE_TIME:21.3.]] krankgeschrieben.
[[PERSON:Murat Demir]]  08:52
ich mach das. Seine Kundin [[TITLE:Frau]] [[PERSON:Lindqvist]] hat übrigens ne neue Nummer: [[PHONE_NUMBER:0157 3392 8841]]
[[PERSON:Katrin Vogel]]  08:53
danke dir 🙏""",
    """[[PERSON:Rahul]] (Support): Namaste! Apna order ID batayein?
Customer: OD42291877 hai. delivery boy ne bola address nahi mila
[[PERSON:Rahul]] (Support): Sir, aapka address [[ADDRESS:Flat 402, Sai Residency]], [[LOCATION:Kondapur]], [[LOCATION:Hyderabad]] hai na?
Customer: haan, Botanical Garden ke paas. mere number [[PHONE_NUMBER:98490 17734]] pe call karwa do please
[[PERSON:Rahul]] (Support): Ji sir, kal [[DATE_TIME:12 tarikh]] ko dobara deliver karenge""",
    """Dentistry@Elmwood: Hi [[PERSON:Bryony]], this is a reminder of [[PERSON:Freddie]]'s appointment with [[PERSON:Dr Amaechi]] on Mon [[DATE_TIME:24/3]] at 15:40. Reply Y to confirm or call the practice to rearrange.
Reply: Y but can u update my mobile its [[PHONE_NUMBER:07412 339 806]] now thx""",
    """[[PERSON:أحمد]]: يا [[PERSON:منى]] ابعتيلي العنوان
[[PERSON:منى]]: [[ADDRESS:١٤ شارع التحرير، الدور التالت، شقة ٧]]، [[LOCATION:الدقي]]
[[PERSON:منى]]: ورقم البواب [[PHONE_NUMBER:٠١٠٢٤٨٣٧٧١٩]] لو ماعرفتش توصل
[[PERSON:أحمد]]: تمام، جاي الساعة ٨""",
    """PagerBot: 🔴 High 5xx rate on checkout-api (12.4%)
[[USERNAME:nadia.h]]: looks like a single customer hammering the retry endpoint from [[IP_ADDRESS:91.203.47.118]], account [[EMAIL_ADDRESS:rkowal@protonmail.com]]
[[USERNAME:dev.ben]]: rate-limiting that IP now. [[USERNAME:nadia.h]] can you email [[PERSON:Rafał]] from their team? he's the integrator
[[USERNAME:nadia.h]]: yep, sent 👍""",
    """Segreteria telefonica: messaggio da [[PHONE_NUMBER:+39 340 772 1904]]
"Buongiorno, sono [[PERSON:Lorenza Ricci]], la chiamo per l'appartamento in affitto in [[ADDRESS:via Nizza 57]]. Ho [[AGE:trentadue]] anni, lavoro in banca, contratto a tempo indeterminato, e vorrei vederlo giovedì [[DATE_TIME:27]] se possibile. Mi richiami pure a questo numero. Grazie, buona giornata." """,
    """u/[[USERNAME:mossy_kettle]] · 3h
lol my nan ([[AGE:92]]) still writes her PIN on the back of the card. her name's [[PERSON:peggy]] and she once read a scammer her whole account number over the phone because "he sounded like a nice young man". we moved her to [[LOCATION:Bognor]] last year and she's already on first-name terms with the bank manager""",
    """[[PERSON:Siobhan Reilly]]  0:00:04
Hi [[PERSON:Kwame]], thanks for joining. This is your return-to-work meeting after the sick leave from [[DATE_TIME:3 February]] to [[DATE_TIME:14 March]].
[[PERSON:Kwame Asare]]  0:00:12
Thanks. Yeah, I'm feeling much better.
[[PERSON:Siobhan Reilly]]  0:00:20
Great. I've got the fit note from [[PERSON:Dr Halloran]] here. Is your address still [[ADDRESS:56 Leazes Park Road]]?
[[PERSON:Kwame Asare]]  0:00:28
No, I moved, it's [[ADDRESS:Flat 7, 3 Jesmond Road]] now, [[ZIP_CODE:NE2 4PQ]].""",
    """Hoi [[PERSON:Sanne]]! Je pakketje ligt bij de buren op nr 16, [[TITLE:mevr.]] [[PERSON:de Bruin]]. Ze is thuis tot 18u. Groetjes, [[PERSON:Mo]] (je PostNL-bezorger) 📦""",
    """[[PERSON:Fatou]]: tonton [[PERSON:Moussa]] arrive à [[LOCATION:Dakar]] le [[DATE_TIME:12]] par le vol de [[LOCATION:Paris]]
[[PERSON:Fatou]]: son numéro c'est [[PHONE_NUMBER:77 418 22 90]], tu peux aller le chercher à l'aéroport ?
[[PERSON:Ibou]]: oui inchallah. il a quel âge maintenant ?
[[PERSON:Fatou]]: [[AGE:soixante-dix]] ans la semaine prochaine 😅""",
    """Chat with Northmoor Bank
You: lost my card at a festival, can u block it asap
[[PERSON:Leon]] (Northmoor): Sorry to hear that! For security, please confirm your full name and date of birth.
You: [[PERSON:Bethany Ojo-Hill]], [[DATE_TIME:9/8/99]]
[[PERSON:Leon]] (Northmoor): Thanks [[PERSON:Bethany]]. I've blocked the card ending 2291 and a new one will go to [[ADDRESS:4 Cranmer Terrace]], [[LOCATION:Tooting]] within 3 to 5 working days. Is that right?
You: yes 👍 ty""",
    """[[USERNAME:ferretqueen]]: trade link?
[[USERNAME:Bazza_AU]]: add me first [[URL:steamcommunity.com/id/bazzaoz]]
[[USERNAME:ferretqueen]]: sent. btw ur from [[LOCATION:Perth]]? my cousin [[PERSON:Tilly]] lives there
[[USERNAME:Bazza_AU]]: ye [[LOCATION:Fremantle]] actually, small world""",
    """AGENT: Good afternoon po, this is [[PERSON:Jomar]] of GlobeLink. Sino po ang kausap ko?
CALLER: Si [[PERSON:Marites Lacson]] po.
AGENT: Ma'am, pakiconfirm po ang birthday ninyo?
CALLER: [[DATE_TIME:June 3, 1979]].
AGENT: And your account number po?
CALLER: [[ID_NUMBER:eight zero zero four, one two two, nine seven]].
AGENT: Salamat po. Yung address pa rin po ba ay [[ADDRESS:Blk 12 Lot 5, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]]?
CALLER: Opo, same pa rin.""",
]

TABLE = [
    """customer_id,first_name,last_name,email,phone,street,city,state,zip,dob
[[ID_NUMBER:C-20481]],[[PERSON:Marisela]],[[PERSON:Quintanilla]],[[EMAIL_ADDRESS:mquintanilla@yahoo.com]],[[PHONE_NUMBER:(915) 332-8810]],[[ADDRESS:8120 Dyer St Apt 6]],[[LOCATION:El Paso]],[[LOCATION:TX]],[[ZIP_CODE:79904]],[[DATE_TIME:1969-03-02]]
[[ID_NUMBER:C-20482]],[[PERSON:Bartholomew]],[[PERSON:Achterberg]],[[EMAIL_ADDRESS:bart.achterberg@comcast.net]],[[PHONE_NUMBER:(503) 781-4420]],[[ADDRESS:2716 SE Clinton St]],[[LOCATION:Portland]],[[LOCATION:OR]],[[ZIP_CODE:97202]],[[DATE_TIME:1988-11-19]]
[[ID_NUMBER:C-20483]],[[PERSON:Journey]],[[PERSON:Whitehorse]],[[EMAIL_ADDRESS:journey.w@icloud.com]],[[PHONE_NUMBER:(605) 867-2291]],[[ADDRESS:412 Main St]],[[LOCATION:Pine Ridge]],[[LOCATION:SD]],[[ZIP_CODE:57770]],[[DATE_TIME:2001-06-30]]
[[ID_NUMBER:C-20484]],[[PERSON:Nguyen]],[[PERSON:Thi Lan]],[[EMAIL_ADDRESS:lan.nguyen.89@gmail.com]],[[PHONE_NUMBER:(714) 240-6618]],[[ADDRESS:9852 Bolsa Ave]],[[LOCATION:Westminster]],[[LOCATION:CA]],[[ZIP_CODE:92683]],[[DATE_TIME:1989-08-08]]""",
    """MRN\tSurname\tForename\tDOB\tNHS No\tPostcode\tTel
[[ID_NUMBER:RXH0048213]]\t[[PERSON:Abara]]\t[[PERSON:Chinonso]]\t[[DATE_TIME:02/05/1977]]\t[[ID_NUMBER:402 918 3743]]\t[[ZIP_CODE:BN1 6GT]]\t[[PHONE_NUMBER:07480 221 903]]
[[ID_NUMBER:RXH0048214]]\t[[PERSON:Featherstonehaugh]]\t[[PERSON:Clementine]]\t[[DATE_TIME:28/02/1952]]\t[[ID_NUMBER:718 204 9368]]\t[[ZIP_CODE:BN2 5JD]]\t[[PHONE_NUMBER:01273 608 114]]
[[ID_NUMBER:RXH0048215]]\t[[PERSON:Lamb]]\t[[PERSON:Oliver]]\t[[DATE_TIME:11/10/2019]]\t[[ID_NUMBER:573 920 1845]]\t[[ZIP_CODE:BN3 7LA]]\t[[PHONE_NUMBER:07722 990 146]]
[[ID_NUMBER:RXH0048216]]\t[[PERSON:Mahmoud]]\t[[PERSON:Yasmin]]\t[[DATE_TIME:19/07/1994]]\t[[ID_NUMBER:690 183 7259]]\t[[ZIP_CODE:BN41 1FH]]\t[[PHONE_NUMBER:07312 556 087]]""",
    """Kundennr;Anrede;Vorname;Nachname;Straße;PLZ;Ort;IBAN;Geburtsdatum
[[ID_NUMBER:100482]];[[TITLE:Herr]];[[PERSON:Dariusz]];[[PERSON:Wiśniewski]];[[ADDRESS:Sonnenallee 221]];[[ZIP_CODE:12059]];[[LOCATION:Berlin]];[[IBAN_CODE:DE85 1001 0010 0482 9173 05]];[[DATE_TIME:04.09.1981]]
[[ID_NUMBER:100483]];[[TITLE:Frau]];[[PERSON:Hannelore]];[[PERSON:Brückner]];[[ADDRESS:Eppendorfer Weg 58]];[[ZIP_CODE:20259]];[[LOCATION:Hamburg]];[[IBAN_CODE:DE66 2005 0550 1238 4700 12]];[[DATE_TIME:17.01.1949]]
[[ID_NUMBER:100484]];[[TITLE:Frau]];[[PERSON:Ayşe]];[[PERSON:Korkmaz-Lehmann]];[[ADDRESS:Rotebühlstraße 87, 3. OG]];[[ZIP_CODE:70178]];[[LOCATION:Stuttgart]];[[IBAN_CODE:DE31 6005 0101 7402 9183 45]];[[DATE_TIME:23.06.1992]]""",
    """| Emp ID | Name | Job title | Work email | Mobile | Start date | Manager |
|---|---|---|---|---|---|---|
| [[ID_NUMBER:NW-0417]] | [[PERSON:Ifeanyi Okeke]] | Data Engineer | [[EMAIL_ADDRESS:ifeanyi.okeke@northwind.io]] | [[PHONE_NUMBER:+44 7700 184 226]] | [[DATE_TIME:2023-09-04]] | [[PERSON:Rhona Baird]] |
| [[ID_NUMBER:NW-0422]] | [[PERSON:Astrid Mørk]] | Product Designer | [[EMAIL_ADDRESS:astrid.mork@northwind.io]] | [[PHONE_NUMBER:+47 915 20 448]] | [[DATE_TIME:2024-01-15]] | [[PERSON:Rhona Baird]] |
| [[ID_NUMBER:NW-0431]] | [[PERSON:Tyrese Campbell-Hughes]] | Support Lead | [[EMAIL_ADDRESS:tyrese.ch@northwind.io]] | [[PHONE_NUMBER:+44 7456 338 910]] | [[DATE_TIME:2024-06-03]] | [[PERSON:Deepa Nair]] |
| [[ID_NUMBER:NW-0440]] | [[PERSON:Maëlle Rousseau]] | Finance Analyst | [[EMAIL_ADDRESS:maelle.rousseau@northwind.io]] | [[PHONE_NUMBER:+33 6 71 44 20 93]] | [[DATE_TIME:2025-02-10]] | [[PERSON:Deepa Nair]] |""",
    """STUDENT_ID  NAME                      DOB         YR  GUARDIAN                 PHONE          SUBURB
[[ID_NUMBER:40418827]]    [[PERSON:Kiah Walker-Nguyen]]        [[DATE_TIME:14/02/2012]]  7   [[PERSON:Lien Nguyen]]              [[PHONE_NUMBER:0412 337 908]]   [[LOCATION:Footscray]]
[[ID_NUMBER:40418831]]    [[PERSON:Archie Papadopoulos]]       [[DATE_TIME:30/09/2011]]  8   [[PERSON:Eleni Papadopoulos]]       [[PHONE_NUMBER:0433 281 640]]   [[LOCATION:Yarraville]]
[[ID_NUMBER:40418840]]    [[PERSON:Amani Hassan]]              [[DATE_TIME:07/07/2012]]  7   [[PERSON:Abdirahman Hassan]]        [[PHONE_NUMBER:0401 990 372]]   [[LOCATION:Flemington]]
[[ID_NUMBER:40418852]]    [[PERSON:Willow Fitzgerald]]         [[DATE_TIME:22/12/2010]]  9   [[PERSON:Shane Fitzgerald]]         [[PHONE_NUMBER:0455 118 204]]   [[LOCATION:Seddon]]""",
    """{"order": "SO-884120", "customer": "[[PERSON:Priyanka Bose]]", "email": "[[EMAIL_ADDRESS:priyankab@outlook.com]]", "phone": "[[PHONE_NUMBER:+1 646 555 0199]]", "ship_to": "[[ADDRESS:305 W 98th St, Apt 4C]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10025]]", "card": "[[CREDIT_CARD:4532 0187 4419 2833]]", "status": "shipped"}
{"order": "SO-884121", "customer": "[[PERSON:Conor McGuinness]]", "email": "[[EMAIL_ADDRESS:conor.mcg@eircom.net]]", "phone": "[[PHONE_NUMBER:+353 87 220 4471]]", "ship_to": "[[ADDRESS:11 Ard Na Gréine]], [[LOCATION:Ennis]], Co. [[LOCATION:Clare]] [[ZIP_CODE:V95 F2K7]]", "card": "[[CREDIT_CARD:5167 3200 9184 4274]]", "status": "processing"}
{"order": "SO-884122", "customer": "[[PERSON:Tamsin Oyelowo]]", "email": "[[EMAIL_ADDRESS:tamsin.o@btinternet.com]]", "phone": "[[PHONE_NUMBER:+44 1865 318 224]]", "ship_to": "[[ADDRESS:7 Walton Crescent]], [[LOCATION:Oxford]] [[ZIP_CODE:OX1 2JG]]", "card": "[[CREDIT_CARD:6011 0049 2837 4152]]", "status": "delivered"}""",
    """tenants:
  - name: "[[PERSON:Grace Mwangi]]"
    unit: "[[ADDRESS:Apt 2B, 140 Gerrard St E]]"
    lease_start: "[[DATE_TIME:2024-08-01]]"
    phone: "[[PHONE_NUMBER:416-882-3014]]"
    email: "[[EMAIL_ADDRESS:grace.mwangi@gmail.com]]"
    deposit_ref: LMR-5520
  - name: "[[PERSON:Harvey Sinclair-Boateng]]"
    unit: "[[ADDRESS:Apt 3A, 140 Gerrard St E]]"
    lease_start: "[[DATE_TIME:2023-05-15]]"
    phone: "[[PHONE_NUMBER:647-208-7731]]"
    email: "[[EMAIL_ADDRESS:harvey.sb@rogers.com]]"
    deposit_ref: LMR-5512
  - name: "[[PERSON:Lucía Paredes]]"
    unit: "[[ADDRESS:Apt 4C, 140 Gerrard St E]]"
    lease_start: "[[DATE_TIME:2025-01-01]]"
    phone: "[[PHONE_NUMBER:437-990-2145]]"
    email: "[[EMAIL_ADDRESS:lucia.paredes@hotmail.com]]"
    deposit_ref: LMR-5531""",
    """<tr><th>Member no.</th><th>Name</th><th>Age</th><th>Plan</th><th>Joined</th><th>Mobile</th><th>Email</th></tr>
<tr><td>[[ID_NUMBER:FF-220418]]</td><td>[[PERSON:Brooke Adeyemi]]</td><td>[[AGE:27]]</td><td>Off-peak</td><td>[[DATE_TIME:03/01/2025]]</td><td>[[PHONE_NUMBER:07538 204 118]]</td><td>[[EMAIL_ADDRESS:brooke.adeyemi@gmail.com]]</td></tr>
<tr><td>[[ID_NUMBER:FF-220419]]</td><td>[[PERSON:Hamza Qureshi]]</td><td>[[AGE:41]]</td><td>Anytime</td><td>[[DATE_TIME:05/01/2025]]</td><td>[[PHONE_NUMBER:07917 330 452]]</td><td>[[EMAIL_ADDRESS:hamza.q@outlook.com]]</td></tr>
<tr><td>[[ID_NUMBER:FF-220423]]</td><td>[[PERSON:Evelyn Ashdown]]</td><td>[[AGE:68]]</td><td>Silver (60+)</td><td>[[DATE_TIME:11/01/2025]]</td><td>[[PHONE_NUMBER:01628 774 290]]</td><td>[[EMAIL_ADDRESS:evelyn.ashdown@sky.com]]</td></tr>""",
    """app_no,name,father_name,dob,category,aadhaar,mobile,email,district
[[ID_NUMBER:UP25-004812]],[[PERSON:Anjali Verma]],[[PERSON:Rakesh Verma]],[[DATE_TIME:12-08-2004]],OBC,[[ID_NUMBER:3820 4719 2659]],[[PHONE_NUMBER:9415 228 306]],[[EMAIL_ADDRESS:anjali.verma04@gmail.com]],[[LOCATION:Lucknow]]
[[ID_NUMBER:UP25-004813]],[[PERSON:Mohd. Faizan Ansari]],[[PERSON:Mohd. Irfan Ansari]],[[DATE_TIME:03-01-2005]],General,[[ID_NUMBER:9174 8203 6510]],[[PHONE_NUMBER:7007 418 229]],[[EMAIL_ADDRESS:faizan.ansari05@gmail.com]],[[LOCATION:Varanasi]]
[[ID_NUMBER:UP25-004814]],[[PERSON:Kavya Tripathi]],[[PERSON:Alok Tripathi]],[[DATE_TIME:27-11-2004]],General,[[ID_NUMBER:4720 1938 5728]],[[PHONE_NUMBER:8090 337 541]],[[EMAIL_ADDRESS:kavya.t2711@yahoo.in]],[[LOCATION:Prayagraj]]""",
    """| N° client | Civilité | Nom | Prénom | Adresse | CP | Ville | Tél. |
|---|---|---|---|---|---|---|---|
| [[ID_NUMBER:FR-33018]] | [[TITLE:Mme]] | [[PERSON:Benali]] | [[PERSON:Nadia]] | [[ADDRESS:12 rue Paradis]] | [[ZIP_CODE:13001]] | [[LOCATION:Marseille]] | [[PHONE_NUMBER:06 21 48 77 30]] |
| [[ID_NUMBER:FR-33019]] | [[TITLE:M.]] | [[PERSON:Le Bihan]] | [[PERSON:Erwan]] | [[ADDRESS:3 place Saint-Corentin]] | [[ZIP_CODE:29000]] | [[LOCATION:Quimper]] | [[PHONE_NUMBER:02 98 64 11 27]] |
| [[ID_NUMBER:FR-33022]] | [[TITLE:Mme]] | [[PERSON:Nguyễn]] | [[PERSON:Thu Hà]] | [[ADDRESS:45 avenue de Choisy]] | [[ZIP_CODE:75013]] | [[LOCATION:Paris]] | [[PHONE_NUMBER:07 68 20 41 95]] |
| [[ID_NUMBER:FR-33025]] | [[TITLE:M.]] | [[PERSON:Fontaine]] | [[PERSON:Gaspard]] | [[ADDRESS:8 chemin des Vignes]] | [[ZIP_CODE:21200]] | [[LOCATION:Beaune]] | [[PHONE_NUMBER:06 33 90 18 42]] |""",
    """DNI/NIE\tNombre\tApellidos\tFecha nac.\tDirección\tCP\tProvincia\tMóvil
[[ID_NUMBER:51837264W]]\t[[PERSON:Lucía]]\t[[PERSON:Moreno Castillo]]\t[[DATE_TIME:08/03/1990]]\t[[ADDRESS:C/ Bravo Murillo 142, 5º D]]\t[[ZIP_CODE:28020]]\t[[LOCATION:Madrid]]\t[[PHONE_NUMBER:634 218 907]]
[[ID_NUMBER:72049183G]]\t[[PERSON:Iker]]\t[[PERSON:Etxeberria Goikoetxea]]\t[[DATE_TIME:21/11/1985]]\t[[ADDRESS:Kale Nagusia 9, 2º izq.]]\t[[ZIP_CODE:20003]]\t[[LOCATION:Gipuzkoa]]\t[[PHONE_NUMBER:688 401 223]]
[[ID_NUMBER:X4827193E]]\t[[PERSON:Ousmane]]\t[[PERSON:Diop]]\t[[DATE_TIME:02/02/1993]]\t[[ADDRESS:Av. del Puerto 318, 1º]]\t[[ZIP_CODE:46023]]\t[[LOCATION:Valencia]]\t[[PHONE_NUMBER:602 117 845]]
[[ID_NUMBER:29384710W]]\t[[PERSON:Rocío]]\t[[PERSON:Jiménez Soto]]\t[[DATE_TIME:15/06/1971]]\t[[ADDRESS:C/ Larios 4, 3º]]\t[[ZIP_CODE:29005]]\t[[LOCATION:Málaga]]\t[[PHONE_NUMBER:655 902 318]]""",
    """emp_no,name,nino,sort_code,account_no,pay_date,net_pay
[[ID_NUMBER:00417]],[[PERSON:Kerry-Ann Baptiste]],[[ID_NUMBER:PH 41 82 33 A]],30-94-21,[[ID_NUMBER:18204477]],28/03/2025,1842.16
[[ID_NUMBER:00418]],[[PERSON:Lewis McAllister]],[[ID_NUMBER:JB 22 90 17 C]],83-44-10,[[ID_NUMBER:40917722]],28/03/2025,2210.90
[[ID_NUMBER:00421]],[[PERSON:Sunniva Olsen]],[[ID_NUMBER:SN 70 31 48 D]],20-71-64,[[ID_NUMBER:03391845]],28/03/2025,1593.02
[[ID_NUMBER:00425]],[[PERSON:Obinna Eze]],[[ID_NUMBER:WL 88 04 62 B]],60-83-71,[[ID_NUMBER:22918406]],28/03/2025,1977.44""",
    """| Seat | Surname | Given names | Nationality | Passport | DOB |
|------|---------|-------------|-------------|----------|-----|
| 3A | [[PERSON:HAKIMI]] | [[PERSON:YOUSSEF]] | [[NRP:Moroccan]] | [[ID_NUMBER:UZ4821937]] | [[DATE_TIME:14 APR 1986]] |
| 3B | [[PERSON:HAKIMI]] | [[PERSON:SALMA]] | [[NRP:Moroccan]] | [[ID_NUMBER:UZ4821938]] | [[DATE_TIME:02 SEP 1989]] |
| 7C | [[PERSON:LINDGREN]] | [[PERSON:ERIK JOHAN]] | [[NRP:Swedish]] | [[ID_NUMBER:92847113]] | [[DATE_TIME:30 JAN 1975]] |
| 12F | [[PERSON:OKAFOR]] | [[PERSON:CHIDERA GRACE]] | [[NRP:Nigerian]] | [[ID_NUMBER:B04829173]] | [[DATE_TIME:19 DEC 2001]] |""",
    """{"user_id": [[ID_NUMBER:550182]], "username": "[[USERNAME:quietstorm_88]]", "email": "[[EMAIL_ADDRESS:lena.hoffmann88@gmx.de]]", "last_ip": "[[IP_ADDRESS:84.157.33.201]]", "country": "[[LOCATION:DE]]", "plan": "free"}
{"user_id": [[ID_NUMBER:550183]], "username": "[[USERNAME:mango.tango]]", "email": "[[EMAIL_ADDRESS:aroha.m@xtra.co.nz]]", "last_ip": "[[IP_ADDRESS:2406:e003:10d4:5e01::7b]]", "country": "[[LOCATION:NZ]]", "plan": "pro"}
{"user_id": [[ID_NUMBER:550187]], "username": "[[USERNAME:ktothe3]]", "email": "[[EMAIL_ADDRESS:kwabena.k@gmail.com]]", "last_ip": "[[IP_ADDRESS:154.160.2.48]]", "country": "[[LOCATION:GH]]", "plan": "free"}
{"user_id": [[ID_NUMBER:550190]], "username": "[[USERNAME:sofi_reads]]", "email": "[[EMAIL_ADDRESS:sofia.bertolini@libero.it]]", "last_ip": "[[IP_ADDRESS:79.18.224.96]]", "country": "[[LOCATION:IT]]", "plan": "pro"}""",
    """donor_id,title,first,last,addr1,addr2,town,postcode,gift_aid,pledge_start
[[ID_NUMBER:D0448120]],[[TITLE:Rev.]],[[PERSON:Alun]],[[PERSON:Pritchard]],[[ADDRESS:The Vicarage]],[[ADDRESS:Church Street]],[[LOCATION:Llandeilo]],[[ZIP_CODE:SA19 6BH]],Y,[[DATE_TIME:01/04/2019]]
[[ID_NUMBER:D0448121]],[[TITLE:Ms]],[[PERSON:Temperance]],[[PERSON:Oduya]],[[ADDRESS:Flat 8]],[[ADDRESS:22 Stokes Croft]],[[LOCATION:Bristol]],[[ZIP_CODE:BS1 3PR]],Y,[[DATE_TIME:15/09/2023]]
[[ID_NUMBER:D0448125]],[[TITLE:Dr]],[[PERSON:Raymond]],[[PERSON:Chu]],[[ADDRESS:41 Mapperley Road]],,[[LOCATION:Nottingham]],[[ZIP_CODE:NG3 5AR]],N,[[DATE_TIME:02/01/2025]]
[[ID_NUMBER:D0448127]],[[TITLE:Mrs]],[[PERSON:Glenys]],[[PERSON:Harker]],[[ADDRESS:Ty Gwyn]],[[ADDRESS:Heol y Bryn]],[[LOCATION:Tregaron]],[[ZIP_CODE:SY25 6JJ]],Y,[[DATE_TIME:01/11/2016]]""",
    """trip: Year 6 residential, Kingswood Dearne Valley
students:
  - name: [[PERSON:Ellis Barraclough]]
    dob: [[DATE_TIME:2014-05-02]]
    allergies: none
    parent: [[PERSON:Natalie Barraclough]]
    parent_phone: "[[PHONE_NUMBER:07831 442 190]]"
  - name: [[PERSON:Zainab Akhtar]]
    dob: [[DATE_TIME:2014-01-27]]
    allergies: tree nuts (EpiPen)
    parent: [[PERSON:Shazia Akhtar]]
    parent_phone: "[[PHONE_NUMBER:07594 118 632]]"
  - name: [[PERSON:Harley-Jay Morton]]
    dob: [[DATE_TIME:2013-11-09]]
    allergies: none
    parent: [[PERSON:Dean Morton]]
    parent_phone: "[[PHONE_NUMBER:07966 230 785]]\"""",
    """ACCOUNT     HOLDER                       IBAN                                 OPENED      CITY
[[ID_NUMBER:LX-700418]]   [[PERSON:Sir Peregrine Ashcombe]]       [[IBAN_CODE:GB43 LOYD 3096 3349 0215 87]]         [[DATE_TIME:2011-03-14]]  [[LOCATION:London]]
[[ID_NUMBER:LX-700422]]   [[PERSON:Eleni Vardakou]]               [[IBAN_CODE:GR91 0140 1010 1010 0233 0001 827]]   [[DATE_TIME:2016-09-02]]  [[LOCATION:Athens]]
[[ID_NUMBER:LX-700430]]   [[PERSON:Faisal Al-Mansoori]]           [[IBAN_CODE:AE07 0331 2345 6789 0123 456]]        [[DATE_TIME:2019-01-21]]  [[LOCATION:Dubai]]
[[ID_NUMBER:LX-700431]]   [[PERSON:Marie-Claire Weber]]           [[IBAN_CODE:LU28 0019 4006 4475 0000]]            [[DATE_TIME:2019-02-07]]  [[LOCATION:Luxembourg]]""",
    """codice_cliente;nome;cognome;codice_fiscale;indirizzo;cap;comune;provincia;cellulare
[[ID_NUMBER:CLI-08812]];[[PERSON:Marco]];[[PERSON:Esposito]];[[ID_NUMBER:SPSMRC85L22F839O]];[[ADDRESS:Via Toledo 256]];[[ZIP_CODE:80134]];[[LOCATION:Napoli]];[[LOCATION:NA]];[[PHONE_NUMBER:333 418 2290]]
[[ID_NUMBER:CLI-08813]];[[PERSON:Francesca]];[[PERSON:Romano]];[[ID_NUMBER:RMNFNC90S43L219T]];[[ADDRESS:Corso Francia 112]];[[ZIP_CODE:10143]];[[LOCATION:Torino]];[[LOCATION:TO]];[[PHONE_NUMBER:347 220 9184]]
[[ID_NUMBER:CLI-08817]];[[PERSON:Lorenzo]];[[PERSON:Gallo]];[[ID_NUMBER:GLLLNZ78B14D612P]];[[ADDRESS:Via dei Serragli 41]];[[ZIP_CODE:50124]];[[LOCATION:Firenze]];[[LOCATION:FI]];[[PHONE_NUMBER:320 771 4058]]
[[ID_NUMBER:CLI-08820]];[[PERSON:Aisha]];[[PERSON:Conte]];[[ID_NUMBER:CNTSHA95D70Z343V]];[[ADDRESS:Via Padova 74]];[[ZIP_CODE:20127]];[[LOCATION:Milano]];[[LOCATION:MI]];[[PHONE_NUMBER:351 902 4417]]""",
    """<table class="register">
<tr><th>Room</th><th>Guest</th><th>Nationality</th><th>Passport / ID</th><th>Arrival</th><th>Departure</th><th>Car reg.</th></tr>
<tr><td>104</td><td>[[PERSON:Matteo Ferraris]]</td><td>[[NRP:Italian]]</td><td>[[ID_NUMBER:YA4829173]]</td><td>[[DATE_TIME:14/04]]</td><td>[[DATE_TIME:17/04]]</td><td>[[ID_NUMBER:GF 482 TK]]</td></tr>
<tr><td>211</td><td>[[PERSON:Ingeborg Vik]]</td><td>[[NRP:Norwegian]]</td><td>[[ID_NUMBER:34718255]]</td><td>[[DATE_TIME:14/04]]</td><td>[[DATE_TIME:15/04]]</td><td></td></tr>
<tr><td>215</td><td>[[PERSON:Kenji Watanabe]]</td><td>[[NRP:Japanese]]</td><td>[[ID_NUMBER:TR8204716]]</td><td>[[DATE_TIME:15/04]]</td><td>[[DATE_TIME:19/04]]</td><td></td></tr>
<tr><td>302</td><td>[[PERSON:Siân Bowen]]</td><td>[[NRP:British]]</td><td>[[ID_NUMBER:561204738]]</td><td>[[DATE_TIME:15/04]]</td><td>[[DATE_TIME:16/04]]</td><td>[[ID_NUMBER:CA71 RWE]]</td></tr>
</table>""",
    """| Member ID | Name | DOB | SSN | Address | City | ST | ZIP | Phone |
|---|---|---|---|---|---|---|---|---|
| [[ID_NUMBER:HMO448201937]] | [[PERSON:Darnell Whitfield]] | [[DATE_TIME:05/14/1968]] | [[US_SSN:231-48-9077]] | [[ADDRESS:3309 Monument Ave]] | [[LOCATION:Richmond]] | [[LOCATION:VA]] | [[ZIP_CODE:23221]] | [[PHONE_NUMBER:804-355-2918]] |
| [[ID_NUMBER:HMO448201940]] | [[PERSON:Consuelo Ibarra]] | [[DATE_TIME:12/01/1955]] | [[US_SSN:467-20-3381]] | [[ADDRESS:118 Calle Ocho, Apt 2]] | [[LOCATION:San Antonio]] | [[LOCATION:TX]] | [[ZIP_CODE:78207]] | [[PHONE_NUMBER:210-434-7720]] |
| [[ID_NUMBER:HMO448201952]] | [[PERSON:Pham Quoc Bao]] | [[DATE_TIME:08/23/1990]] | [[US_SSN:604-51-2296]] | [[ADDRESS:7725 Bellaire Blvd, Unit 14]] | [[LOCATION:Houston]] | [[LOCATION:TX]] | [[ZIP_CODE:77036]] | [[PHONE_NUMBER:713-981-4405]] |""",
]

LOOKALIKE = [
    # no PII
    """PICK LIST PL-2025-03-0418 | Wave 7 | Zone C
Line  SKU          EAN             Description                          Bin       Qty
1     HX-4471-BLK  5060173422813   Hex key set, 9 pc (Allen type)       C-12-04   6
2     TX-0920      8719450027360   Torx driver T20, 100 mm              C-12-07   12
3     PH-2281      4004179305825   Phillips screwdriver PH2 x 125       C-14-01   4
4     CB-118-30    (no barcode)    Cable ties 300 mm, pack of 100       D-02-11   20
Carrier: DPD, consignment 15501 8827 3391 002, seal 0048211, tote T-0917.
Packed at station 4; printed 07:42; short-picks to be flagged on RF gun 12.""",
    # no PII
    """Release 10.4.18.2 (build 22914)
- Fixed a crash when importing GPX files larger than 2 GB (#4471).
- Bumped OpenSSL to 3.0.13 (CVE-2024-0727).
- Migration 0048_add_index_orders runs automatically; the default tenant keeps UUID 3f2b9c41-7d0e-4a8b-b6e1-2c9d5f0a1e77.
- Known issue: devices still on firmware 2.10.0.41 show the old splash screen until rebooted.
- Minimum supported versions: Android 8.1, iOS 15.4, Windows 10 22H2.
SHA-256 (installer): 4c1e8a0f7b2d93e6a5f81c0d2b7e4a9f3c6d1e8b2a5f7c9d0e3b6a1f4c8d2e7b""",
    # no PII
    """INVOICE INV-77120 (school library order, PO 4471-B)
1 x Field Guide to Coastal Birds, 2nd ed., ISBN 978-1-5293-0284-4 ........ £24.99
1 x Atlas of Tidal Flats, ISBN 0-19-288107-8 .............................. £18.00
1 x Cuaderno de campo, ISBN 978-84-9204-771-0 .............................. £12.50
Subscription: Marine Ecology Quarterly, ISSN 2049-3843, vol. 12, issues 1 to 4 ... £96.00
Subtotal £151.49 | VAT 0% (books) | Carriage free over £50 | Terms: 30 days""",
    # no PII
    """OPS NOTE: BA117 G-XWBA (A350-1000) LHR-JFK, STD 11:25, gate B42, delayed 40 min for an ATC slot.
METAR EGLL 140420Z 24012KT 9999 FEW025 09/04 Q1013 NOSIG
Fuel uplift 68.4 t; ZFW 212.7 t. Seats 12A and 12K blocked (IFE INOP, tech log entry 4471).
Cargo: ULD AKE 48211 BA in hold 3; AVI none. Catering code CX-772. Next sector BA178 JFK-LHR.""",
    # no PII
    """SOP-MB-014 rev. 6: Gram staining of cultured isolates
Materials: crystal violet (CAS 548-62-9), Lugol's iodine (lot L-22914), 95% ethanol, safranin O (CAS 477-73-6), 90 mm Petri dishes, Pasteur pipettes, a 250 mL Erlenmeyer flask, a Büchner funnel and a Bunsen burner.
1. Heat-fix the smear by passing the slide three times through the Bunsen flame.
2. Flood with crystal violet for 60 s, rinse, then Lugol's for 60 s.
3. Decolourise for 5 to 10 s, counterstain with safranin for 45 s.
Waste: autoclave at 121 °C for 15 min and record the run number (AC-0448 format) in LIMS.""",
    """Thanks for your order, [[PERSON:Morwenna]]! Order #WEB-5518207 (app v7.12.3)
1 x Dr. Martens 1460 boots, UK 6 (SKU DM-11822006) ........ £169.00
2 x Ben & Jerry's Cookie Dough 465 ml (promo BOGO-25) ....... £5.50
Collection: parcel locker 0418, code sent by SMS on arrival.
Tracking JJD000390007718220441. Questions? help@shopfront.example or 0344 481 2200.
A receipt has been sent to [[EMAIL_ADDRESS:morwenna.trevail@gmail.com]].""",
    """Self-guided route, ground floor: start in the Darwin Room, pass the statue of Queen Victoria, continue through the Brunel Gallery to the Lovelace Café, then exit onto Lincoln Road opposite the Nelson Column. The Anne Frank House touring exhibition is in Gallery 3 (ticket code AFH-25). Weekend tours: today's volunteer guide is [[PERSON:Imelda Costa]]; book at the desk or text her on [[PHONE_NUMBER:07700 553 418]].""",
    """Spring prize draw results (ref SD-2025-03). First prize: an Earl Grey hamper, a Peach Melba sundae kit and a Porsche Design watch (model P6780). Winning ticket 004418-C, drawn by the shop manager. Winner: [[PERSON:Ffion Davies]] from [[LOCATION:Llanelli]]. Runner-up tickets: 002291-A and 007730-F. Promoter registration 0448211.""",
    """KB-20417: Router won't pair with the app
Check the label: model HG8245Q2, serial 4857544390A1B2C3, MAC 48:57:54:43:90:A1, IMEI 356938035643817 (LTE variant), firmware V5R020C10S115. Hold reset for 10 s (LED pattern 3-1-4). In ticket 88120 the customer's public IP was [[IP_ADDRESS:86.14.209.33]], which showed the line itself was up.""",
    """Bill of lading MEDU4829173 | Vessel MSC AURORA, IMO 9839284, voyage 514W | Container MSCU 482917 3, seal ML-0448211 | POL CNNGB, POD GBFXT | HS 9403.60 | 1 x 40'HC, 1,280 cartons, 18,440 kg | Consignee: [[PERSON:Declan Farrow]], Farrow Interiors Ltd | Notify: same as consignee | Freight prepaid""",
    """References
1. [[PERSON:Riess]] et al. 1998, AJ 116, 1009, doi:10.1086/300499
2. [[PERSON:Perlmutter]], [[PERSON:S.]] et al. 1999, ApJ 517, 565, arXiv:astro-ph/9812133
3. Planck Collaboration 2020, A&A 641, A6, doi:10.1051/0004-6361/201833910
4. Cosmology Notes (departmental series), ISSN 0951-7723, no. 44""",
    """Tonight's set menu (£42): Caesar salad; Beef Wellington or Eggs Benedict (brunch only); Peach Melba or Pavlova. Chef [[PERSON:Aurelio Bianchi]] recommends the 2019 Barolo (bin 118). Table 14 held for [[PERSON:Okonkwo]], party of 6, 19:30; contact [[PHONE_NUMBER:07581 220 934]]. Allergen sheet A-14 at the pass.""",
    """Stock #A4471 | 2019 Porsche Macan S, Carrara White | VIN WP1ZZZ95ZKLB04418 | 38,200 mi | full Porsche service history | Mercedes and BMW trade-ins welcome | finance example APR 9.9% | dealer line 0800 448 2200 | to view, ask for [[PERSON:Deon]] in the showroom""",
    """GC8XK2Q "Brunel's Bolt" (Traditional, D2/T1.5), N 51° 27.137 W 002° 37.224. Hint: magnetic, under the Victoria bench. Last found by [[USERNAME:trailmix_tess]] ("TFTC! log was damp"); trackable TB7K2M1 dropped here. Waypoint PK8XK2Q is the parking.""",
    """PURCHASE ORDER PO-2025-0417
Supplier: Kessler Feinmechanik GmbH (VAT DE311829440, HRB 20481)
Deliver to: goods-in, dock 3, before 11:00
Items: deep-groove ball bearing 6204-2RS C3 x 400; DIN 912 M8 x 30 cap screws x 2,000 (lot 22914)
Incoterms DAP; payment 30 days net to IBAN [[IBAN_CODE:DE80 7905 0000 0044 1822 01]], BIC BYLADEM1SWU
Buyer: [[PERSON:Tomasz Wrona]], [[EMAIL_ADDRESS:t.wrona@lindenparts.co.uk]]""",
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
    write_and_report("blind18", STYLES, OUT)


if __name__ == "__main__":
    main()

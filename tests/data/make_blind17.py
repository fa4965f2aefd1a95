"""Build tests/data/blind17.jsonl: a seventeenth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind17.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts); only the module docstring of make_blind16.py, gold_sets.py, and
the `parse()` helper of make_handwritten.py (with its two regexes, MARK and
TITLE_IN_NAME) were read, to keep the conventions and the file format, and
the closing scaffolding of make_blind16.py (its STYLES dict and main()) and
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
French, Spanish, Italian, Belgian and Portuguese IBANs are right too (check
digits worked out by hand-run throwaway code while writing, not generated
here; `gold_sets.check` re-checks cards and IBANs and refuses a bad one).
National ids with a public check digit (NHS number, SIN, Aadhaar, BSN,
CPF, DNI and NIE, NIR, PESEL, South African ID, TFN, Australian Medicare
number, Irish PPSN, Singapore NRIC, personnummer, US NPI and DEA number,
Portuguese NIF, Belgian national number, German Steuer-ID and
Krankenversichertennummer, Swiss AHV number, Japanese My Number, T.C.
Kimlik, codice fiscale, New Zealand NHI and IRD number, Ontario health
card, Romanian CNP, Chilean RUT, Israeli Teudat Zehut, Norwegian
fødselsnummer, Finnish henkilötunnus, Greek AMKA and AFM, Hungarian
adóazonosító jel, Czech rodné číslo, Croatian OIB, Spanish
social-security number, Emirates ID, Saudi national id, Mexican CURP and
CLABE) were given a valid one the same way (and the personnummer, PESEL,
South African ID, Belgian national number, NIR, CNP, rodné číslo,
fødselsnummer, henkilötunnus, CURP and codice fiscale agree with the
person's sex and birth date where they show; the UK driver number encodes
the birth date given next to it), and so were the look-alikes that carry
one (ISBN-10, ISBN-13, ISSN, EAN). UK NI numbers, US SSNs (no check
digit), PAN, Nigerian NIN and BVN, Kenyan ids and KRA PINs, Philippine
ids, Danish CPR numbers, passports, licences, plates, crypto wallets,
bank account numbers and staff, student, member, patient and loyalty
numbers were not checked.

Styles (ids `blind17-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool (public PII-masking benchmarks such as
ai4privacy pii-masking-200k/300k, gretel-pii-masking-en and Nemotron-PII,
LLM-generated "realistic sentences containing personal data", and labeled
exports from CRM, HR, clinic, school and bank systems); about two thirds of
the records are in English, as in the public benchmarks:
- `gen` (75): one to three LLM-style sentences in everyday domains:
  banking and mortgages, insurance, telecoms, retail, hospitals, dentists,
  pharmacies, schools and universities, HR and payroll, lettings, travel,
  hotels, car hire, courts and police, social services, charities, gyms,
  dating, ride-hailing, delivery, marketplaces, gaming, crypto, utilities,
  vets, weddings, funerals and sport clubs; people from every region,
  names that are also words or places, lowercase names, names at the start
  and end of sentences, ages said in many ways and dates in many formats,
  and addresses of many countries. Mostly English, the rest in other
  languages.
- `bench` (70): dense form-like paragraphs in the manner of ai4privacy,
  gretel and Nemotron-PII records (titles, names, sex, age, DOB, job,
  employer, street, unit, city, region, zip, country, phone, email,
  username, password, account, IBAN and card numbers, SSN, passport,
  licence, national and tax ids, plates, IPv4 / IPv6, MACs, wallets, user
  agents, profile URLs). Two thirds in English, the rest in a spread of
  other languages.
- `doc` (30): longer documents (discharge summaries, statements, a
  contract, a tenancy renewal, a CV, email threads with signatures and
  quoted replies, a school report, a court order, minutes, an insurance
  claim, HL7, FHIR, JSON, XML and CSV exports, log files with user data,
  support tickets with history) with twelve to thirty labeled spans each
  and non-PII look-alikes.
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
- `lookalike` (15): mostly non-PII text full of look-alikes (order,
  invoice, tracking and booking references, serials, versions, hashes,
  UUIDs, ISBNs, DOIs, part numbers, coordinates, flight numbers, company
  phone numbers and business addresses, eponyms, brands named after
  people, streets named after people without a number), with the few real
  PII values labeled; 5 of the 15 records have no PII at all.

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
  "Justice" before a judge's name, the police ranks "DC" and "Komiser
  Yardımcısı", the Carabinieri "App. Sc.", the Swahili "Bi.", the Arabic
  "د.", the Indonesian "Drs." and "H." (Haji) before a name (two TITLE
  spans), the declined Polish "Panią" and a lowercase Italian "signora"
  before a name are TITLE; "Frau Kollegin" with no name after it is not
  labeled, and "abuelita", "mama" and "bhai" are family words. The kana
  reading of a name above it on a Japanese résumé is PERSON.
  A Polish "r." (roku) after a date stays outside the span, and a Czech
  "2. 6." keeps its final dot, like the German "21.11."; the "Date:" header
  of an email is a letter date (weekday outside), and so is the "現在" date
  at the head of a résumé. A customer's own meter-reading date, the start
  of child support and of parenting time in a court order and the day a
  lost card was blocked are DATE_TIME; the transaction dates on a bank
  statement stay unlabeled, like statement and sale dates.
  A Russian SNT dacha plot and a French "TSA" box are ADDRESS (like a PO
  box), "Hinterhof" after a street number is inside the ADDRESS like
  "Hinterhaus", a hall-of-residence room with its street is one ADDRESS,
  and a half address in a chat ("41 birch") is ADDRESS; the Russian "г."
  and the Indonesian "Kel.", "Kec." and "Kota" before a name stay outside
  the LOCATION, like "Col."; a bus's destination town is LOCATION, like a
  train's. Spanish catastral references and Dutch cadastral parcels stay
  unlabeled, like Lot / DP.
  A NYSC state code, an Indonesian NIP, a Law Society of Ontario number, a
  Turkish officer's "sicil no", an Emirates ID, a Saudi national id, a
  CartaFRECCIA number, an HL7 PID-18 patient account number (the visit
  number stays unlabeled, like a case reference) and a utility account
  number spoken in words are ID_NUMBER; an ENS name ("tenzin.eth") is
  USERNAME; the HL7 religion code "CAT" is NRP, like "BUD"; a profile link
  written without its scheme (twitter.com/handle) is URL. "around 60" said
  of a stranger is a guessed age (AGE), like "about 30", and "34F" in a
  forum post is AGE like "29F". A company named after its founder
  ("Bakker Makelaardij") is not PERSON, like other eponyms.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind17.jsonl")

# ---- records ----

GEN = [
    # mortgage callback
    """Hi, this is [[PERSON:Marisol Quispe]] calling about the mortgage offer on [[ADDRESS:14 Larchmont Rise]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 8QT]]. My solicitor says completion can't happen before [[DATE_TIME:30 September 2025]], so please ring me back on [[PHONE_NUMBER:07723 418 096]].""",
    # dentist, child
    """[[PERSON:Ivy]] turned [[AGE:seven]] on [[DATE_TIME:March 3rd]], so her recall with [[PERSON:Dr. Oyelaran]] has moved to the children's list on [[DATE_TIME:April 14]] at 3:20pm.""",
    # home insurance
    """Policyholder [[PERSON:Tomasz Wierzbicki]] ([[AGE:41]]) reported the water leak at [[ADDRESS:Flat 3, 88 Causewayside]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1QF]] on [[DATE_TIME:2025-01-17]]; the loss adjuster will call on Thursday the [[DATE_TIME:23rd]]. Claim ref HC-558120.""",
    # telecom SIM swap
    """A replacement SIM for account holder [[PERSON:Reuben Achterberg]] is being posted to [[ADDRESS:2/41 Kirribilli Avenue]], [[LOCATION:Kirribilli]] [[LOCATION:NSW]] [[ZIP_CODE:2061]]. If you didn't ask for this, reply from [[PHONE_NUMBER:0412 887 305]] or write to [[EMAIL_ADDRESS:reuben.achterberg@bigpond.com]].""",
    # retail refund
    """Refund approved for [[PERSON:Chanel Mbatha]]: R1 899.00 back to the card ending 1038 within five working days. She asked us to update her delivery address to [[ADDRESS:17 Jacaranda Street]], [[LOCATION:Waterkloof]], [[LOCATION:Pretoria]], [[ZIP_CODE:0181]].""",
    # A&E
    """[[PERSON:Hunter Okonjo-Bly]], aged [[AGE:19]], was brought in on [[DATE_TIME:04/11/2024]] after coming off his bike on the A10 near [[LOCATION:Royston]]; his mother, [[PERSON:Grace Okonjo]], is on [[PHONE_NUMBER:07958 330 412]].""",
    # pharmacy
    """Repeat prescription for [[PERSON:Mrs Gwendolyn Ashworth-Pryce]], DOB [[DATE_TIME:12.08.1946]], NHS no. [[ID_NUMBER:943 476 5919]], is ready to collect; Rx 7730194 includes the amlodipine 5 mg.""",
    # university
    """Dear [[PERSON:Lowri]], your place on the MSc Marine Biology is confirmed. Your student number is [[ID_NUMBER:500918734]] and your enrolment slot is [[DATE_TIME:15 September]] at 10:40 in the Main Arts building.""",
    # payroll transfer
    """Please update payroll: [[PERSON:Kwabena Asante-Darko]] (staff ID [[ID_NUMBER:E-204517]]) moves to the [[LOCATION:Kumasi]] office from [[DATE_TIME:1 Feb 2025]], and his salary should now go to [[IBAN_CODE:GB32 NWBK 5600 1120 3944 17]].""",
    # lettings, Quebec
    """The lease for [[ADDRESS:Apartment 12, 300 rue Saint-Paul Ouest]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2Y 2A3]] starts [[DATE_TIME:July 1]]. Tenant: [[PERSON:Geneviève Tremblay-Nakashima]], SIN [[ID_NUMBER:271 938 557]], for the credit check only.""",
    # airline
    """Booking QX7PLM: passenger [[TITLE:MISS]] [[PERSON:AROHA TE WHATA]], NZ passport [[ID_NUMBER:LH482915]], [[LOCATION:Auckland]] to [[LOCATION:Rarotonga]] on [[DATE_TIME:14DEC]], seat 23A, Airpoints [[ID_NUMBER:NZ 4417 2093]].""",
    # hotel lost property
    """Guest [[PERSON:Santiago Ferreyra]] checked out on [[DATE_TIME:Feb 9]] and left a watch in room 412. He can be reached at [[EMAIL_ADDRESS:sferreyra.bsas@gmail.com]] or on [[PHONE_NUMBER:+54 9 11 4738-2291]].""",
    # car hire
    """Driver [[PERSON:Dakota Whitehorse]], [[AGE:23]] yrs, so the young driver fee applies. Wisconsin licence [[US_DRIVER_LICENSE:W261-4589-2714-03]]; pick-up [[DATE_TIME:06/19/2025]] at MKE, return [[DATE_TIME:06/23/2025]].""",
    # police witness
    """The witness, [[PERSON:Precious Nwachukwu]], described the man as about [[AGE:25]], wearing a grey tracksuit, outside [[ADDRESS:112 Kingsland High Street]], [[LOCATION:Dalston]] on the night of [[DATE_TIME:22 August]].""",
    # social services
    """Home visit to [[PERSON:Olumide]] and his nan booked for Tue [[DATE_TIME:3 June]]; the key worker is [[PERSON:Bridget Mulcahy]] ([[PHONE_NUMBER:020 8356 7714]]), and the door code is 4471.""",
    # postal vote, Isle of Man farm
    """Postal vote application received from [[PERSON:Bartholomew Quayle]], [[ADDRESS:Ballacottier Farm]], [[LOCATION:Onchan]], [[LOCATION:Isle of Man]] [[ZIP_CODE:IM4 5BD]]; elector number [[ID_NUMBER:ON-1147]].""",
    # charity Gift Aid
    """Thank you, [[PERSON:Summer Al-Khatib]], for giving £15 a month from account [[ID_NUMBER:41773920]] (sort code 20-45-77) since [[DATE_TIME:March 2021]]. Your Gift Aid declaration is dated [[DATE_TIME:2 March 2021]].""",
    # gym freeze
    """Member [[PERSON:jordan reyes-whitfield]] (no. [[ID_NUMBER:GYM0048312]]) has frozen their membership from [[DATE_TIME:1/5]] to [[DATE_TIME:31/5]] on a doctor's note.""",
    # dating
    """[[PERSON:Florence]], [[AGE:34]], from [[LOCATION:Bristol]]: we matched on [[DATE_TIME:12 Jan]] and her Instagram is [[USERNAME:flo.bakes.bristol]] if you want to check she's real.""",
    # ride-hailing
    """Your driver [[PERSON:Mehmet]] is arriving in a white Toyota Corolla, plate [[ID_NUMBER:KX21 HWD]]. Pickup point: [[ADDRESS:5 Canal Wharf]], [[LOCATION:Leeds]] [[ZIP_CODE:LS11 5PS]].""",
    # delivery in Lima
    """Order for [[PERSON:Amaru]]: leave it with the concierge at [[ADDRESS:Av. José Larco 1150, dpto. 402]], [[LOCATION:Miraflores]], [[LOCATION:Lima]], and call [[PHONE_NUMBER:+51 987 654 321]] when you're downstairs.""",
    # marketplace payout
    """Seller [[USERNAME:vintage_vic_77]] ([[PERSON:Victoria Oduya]]) was paid to [[IBAN_CODE:IE30 AIBK 9311 5212 9096 18]] after the buyer, [[PERSON:Cian Ó Briain]], confirmed receipt on [[DATE_TIME:5th October 2024]].""",
    # gaming ban appeal
    """Ban appeal from [[USERNAME:xX_Sabre_Xx]] (real name [[PERSON:Linnea Sjöberg]], [[AGE:16]]), who logged in from [[IP_ADDRESS:81.227.14.203]] near [[LOCATION:Uppsala]] on the night of the chargeback.""",
    # crypto KYC
    """KYC failed for [[PERSON:Chidinma Eze]]: the selfie doesn't match the NIN slip ([[ID_NUMBER:48291037562]]) and her withdrawal wallet [[ID_NUMBER:bc1q9h7x2kf4d3wz0m8c6ru5tlvnq4e7a2s5yj8p3x]] is on our watch list.""",
    # utility meter
    """Meter reading from [[PERSON:Mr Ho Van Nam]] at [[ADDRESS:27 Wexford Close]], [[LOCATION:Basingstoke]] [[ZIP_CODE:RG22 4QW]]: 04721 kWh on meter E10K44821, read on [[DATE_TIME:28/02/2025]].""",
    # French, health insurance
    """[[TITLE:Mme]] [[PERSON:Sandrine Delacroix-Mbeki]], née le [[DATE_TIME:14 août 1991]] à [[LOCATION:Lyon]], demeurant [[ADDRESS:18 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]], numéro de sécurité sociale [[ID_NUMBER:2 91 08 69 123 045 59]].""",
    # Spanish, hospital admission
    """El paciente [[PERSON:Joaquín Ibarra Soto]], de [[AGE:67]] años, ingresó el [[DATE_TIME:2 de marzo]] con dolor torácico. Su hija [[PERSON:Maite]] dejó el teléfono [[PHONE_NUMBER:+34 644 21 87 09]]; DNI del paciente: [[ID_NUMBER:48291736Q]].""",
    # German, resignation
    """[[TITLE:Herr]] [[PERSON:Lukas Brandstätter]] (geb. [[DATE_TIME:09.11.1983]]) hat zum [[DATE_TIME:31.03.2025]] gekündigt. Steuer-ID [[ID_NUMBER:86 019 472 634]], Gehaltskonto [[IBAN_CODE:DE44 5001 0517 5407 3249 31]].""",
    # Brazilian Portuguese, cancel a plan
    """Oi, aqui é a [[PERSON:Thaís Nogueira]], CPF [[ID_NUMBER:528.193.047-88]]. Quero cancelar o plano; moro na [[ADDRESS:Rua Harmonia, 412, apto 71]], [[LOCATION:Vila Madalena]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:05435-000]].""",
    # Italian, refund
    """La [[TITLE:signora]] [[PERSON:Giulia Rossi]], codice fiscale [[ID_NUMBER:RSSGLI88E52H501S]], chiede il rimborso della visita del [[DATE_TIME:21/05/2025]] sul conto [[IBAN_CODE:IT34 C030 6909 6061 0000 0116 273]].""",
    # Dutch, move
    """[[TITLE:Mevrouw]] [[PERSON:Anouk van Dijk-Boateng]] (BSN [[ID_NUMBER:237519483]]) verhuist op [[DATE_TIME:1 mei]] naar [[ADDRESS:Kerkstraat 44-II]], [[ZIP_CODE:1017 GM]] [[LOCATION:Amsterdam]].""",
    # Polish, stolen card
    """[[TITLE:Pani]] [[PERSON:Agnieszka Wróblewska]], PESEL [[ID_NUMBER:92051412842]], zgłosiła kradzież karty [[DATE_TIME:7 lutego]]. Adres do korespondencji: [[ADDRESS:ul. Piotrkowska 118 m. 5]], [[ZIP_CODE:90-006]] [[LOCATION:Łódź]].""",
    # Turkish, residence
    """[[PERSON:Emre Yıldırım]] [[TITLE:Bey]], [[DATE_TIME:12 Haziran 1990]] doğumlu, T.C. kimlik no [[ID_NUMBER:38471029510]], [[ADDRESS:Bağdat Caddesi No: 214 D: 9]], [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]] adresinde ikamet etmektedir.""",
    # Japanese, booking
    """[[PERSON:佐藤 美咲]][[TITLE:様]]（[[AGE:29]]歳）のご予約を[[DATE_TIME:2025年4月18日]]で承りました。ご連絡先：[[PHONE_NUMBER:090-4382-1176]]。当日は保険証をお持ちください。""",
    # Swahili, antenatal clinic
    """[[TITLE:Bi.]] [[PERSON:Amina Mwakyusa]], mwenye umri wa miaka [[AGE:45]], amesajiliwa kliniki ya mama na mtoto tarehe [[DATE_TIME:3 Machi 2025]]. Simu: [[PHONE_NUMBER:0754 318 902]], anaishi [[LOCATION:Mbeya]].""",
    # Hindi, address and Aadhaar
    """[[PERSON:राजेश कुमार वर्मा]], उम्र [[AGE:52]] वर्ष, पता: [[ADDRESS:मकान नं. 27, गली नं. 4]], [[LOCATION:शास्त्री नगर]], [[LOCATION:जयपुर]] [[ZIP_CODE:302016]]; आधार संख्या [[ID_NUMBER:7382 9104 5610]]।""",
    # Arabic, contact
    """[[TITLE:السيدة]] [[PERSON:ليلى الحسيني]]، تاريخ الميلاد [[DATE_TIME:1987/03/22]]، رقم الهاتف [[PHONE_NUMBER:+962 79 548 2213]]، مقيمة في [[LOCATION:عمّان]].""",
    # Korean, delivery
    """[[PERSON:김지은]][[TITLE:님]]의 배송지는 [[LOCATION:서울특별시]] [[LOCATION:마포구]] [[ADDRESS:월드컵북로 396, 101동 1502호]] ([[ZIP_CODE:03925]])로 변경되었습니다. 문의: [[PHONE_NUMBER:010-5521-8830]]""",
    # vet
    """Owner [[PERSON:Rain Castellanos]] booked Biscuit's booster (he's 9 now) for Saturday [[DATE_TIME:17 May]]; confirmation texted to [[PHONE_NUMBER:07481 226 390]].""",
    # wedding invitation
    """You're invited to the wedding of [[PERSON:Savannah Mokoena]] and [[PERSON:Lincoln Achebe]] on the [[DATE_TIME:9th of August 2025]] at St Laurence's, [[LOCATION:Ludlow]]. RSVP to [[EMAIL_ADDRESS:savlinc2025@outlook.com]] by the end of June.""",
    # funeral notice
    """The funeral of [[PERSON:Cornelius]] '[[PERSON:Con]]' [[PERSON:Fitzgerald]], who died peacefully on [[DATE_TIME:11 April]] aged [[AGE:88]], will take place in [[LOCATION:Bantry]], Co. [[LOCATION:Cork]]. Family flowers only.""",
    # youth football
    """U14 registration: [[PERSON:Kai Nakamura-Ellis]], DOB [[DATE_TIME:2011-07-30]], parent [[PERSON:Rachel Ellis]], [[EMAIL_ADDRESS:rachel.ellis81@yahoo.co.uk]]. Medical notes: asthma, inhaler in kit bag.""",
    # court remand
    """[[PERSON:Tyrone Beckford]], [[AGE:32]], of [[ADDRESS:Flat 9, Wendover House]], [[LOCATION:Walworth]], [[LOCATION:London]] [[ZIP_CODE:SE17 2HX]], was remanded in custody until [[DATE_TIME:19 June]], when he will appear at the Crown Court.""",
    # bank fraud alert
    """We stopped a $2,480 payment from [[PERSON:Priya Raghunathan]]'s checking account [[ID_NUMBER:000123884721]]. If it was you, call us back from [[PHONE_NUMBER:(415) 867-2290]] and quote case 55-10293.""",
    # US health insurance
    """Member [[PERSON:Dawn Whitfield-Osei]], ID [[ID_NUMBER:XKH884201937]], DOB [[DATE_TIME:1/14/1962]], SSN [[US_SSN:412-68-3095]]: your prior authorization for the MRI has been approved.""",
    # discharge line, Australia
    """[[PERSON:Mr. Zhang Wei]], [[AGE:71]]M, discharged [[DATE_TIME:3/9]] to [[ADDRESS:88 Roseville Terrace]], [[LOCATION:Carlingford]] [[LOCATION:NSW]] [[ZIP_CODE:2118]]. Medicare [[ID_NUMBER:2951 73045 1]]. GP: [[PERSON:Dr Amelia Strand]].""",
    # school absence
    """[[PERSON:Marigold Fenwick-Adeyemi]] in Year 4 will be away from Monday [[DATE_TIME:12th]] for her grandmother's funeral in [[LOCATION:Ibadan]] and back on the [[DATE_TIME:26th]].""",
    # visa application
    """Applicant [[PERSON:Nguyen Thi Thu Hang]], born [[DATE_TIME:20 Oct 1995]] in [[LOCATION:Hải Phòng]], nationality [[NRP:Vietnamese]], passport [[ID_NUMBER:C4928137]], intends to study in [[LOCATION:Melbourne]] from February.""",
    # GCash cash-out
    """Cash-out of ₱12,500 to GCash [[PHONE_NUMBER:0917 552 8841]] for [[PERSON:Maricel Dizon]] completed; reference 8821 044 913.""",
    # house purchase, NZ
    """[[PERSON:Jude Okafor]] and [[PERSON:Willow Chen]] have offered $1.2m for [[ADDRESS:41 Oriental Parade]], [[LOCATION:Oriental Bay]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]], with settlement on [[DATE_TIME:25/7/25]].""",
    # Russian, polyclinic
    """[[PERSON:Смирнова Ольга Петровна]], [[DATE_TIME:05.06.1979]] г.р., проживает по адресу: г. [[LOCATION:Казань]], [[ADDRESS:ул. Баумана, д. 17, кв. 42]]. Телефон для связи: [[PHONE_NUMBER:+7 917 284-19-63]].""",
    # Greek, appointment
    """[[TITLE:Κυρία]] [[PERSON:Ελένη Παπαδοπούλου]], γεννημένη [[DATE_TIME:12/08/1979]], ΑΜΚΑ [[ID_NUMBER:12087903410]]: το ραντεβού σας στο ακτινολογικό ορίστηκε για τις [[DATE_TIME:15/09/2025]].""",
    # Hebrew, registration
    """[[PERSON:נועה כהן]], ת"ז [[ID_NUMBER:312847569]], נולדה ב-[[DATE_TIME:3 בינואר 1994]] וגרה ב[[ADDRESS:רחוב הרצל 45 דירה 8]], [[LOCATION:חיפה]].""",
    # Tagalog, barangay certificate
    """Si [[PERSON:Jericho Dela Cruz]], [[AGE:27]] taong gulang, ay nakatira sa [[ADDRESS:Blk 12 Lot 7 Phase 2, Villa Esperanza Subd.]], Brgy. [[LOCATION:Molino III]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]]. SSS No. [[ID_NUMBER:34-5817294-6]].""",
    # Indonesian, population record
    """[[TITLE:Ibu]] [[PERSON:Sri Wahyuningsih]], lahir [[DATE_TIME:17 Agustus 1981]], NIK [[ID_NUMBER:3374125708810002]], beralamat di [[ADDRESS:Jl. Pandanaran No. 48 RT 03/RW 05]], [[LOCATION:Semarang]].""",
    # Vietnamese, residence
    """[[TITLE:Ông]] [[PERSON:Trần Văn Hùng]], sinh ngày [[DATE_TIME:08/02/1968]], địa chỉ [[ADDRESS:số 25 ngõ 142 Đội Cấn]], phường [[LOCATION:Đội Cấn]], Quận [[LOCATION:Ba Đình]], [[LOCATION:Hà Nội]]; điện thoại [[PHONE_NUMBER:0912 457 338]].""",
    # Chinese, admission
    """患者[[PERSON:王秀英]]，女，[[AGE:63]]岁，于[[DATE_TIME:2025年3月2日]]入院。住址：[[LOCATION:上海市]][[LOCATION:徐汇区]][[ADDRESS:漕溪北路88号2号楼1203室]]，联系电话[[PHONE_NUMBER:138 1742 9063]]。""",
    # Swedish, change of address
    """[[PERSON:Elsa Lindgren]], personnummer [[ID_NUMBER:850317-2382]], flyttade den [[DATE_TIME:1 april]] till [[ADDRESS:Södra Förstadsgatan 36 lgh 1102]], [[ZIP_CODE:211 43]] [[LOCATION:Malmö]].""",
    # Norwegian, parental benefit
    """[[PERSON:Håkon Strand]] (fødselsnummer [[ID_NUMBER:14058947343]]) har søkt om foreldrepenger fra [[DATE_TIME:1. september]]. Utbetaling til kontonummer [[ID_NUMBER:1503.27.48196]].""",
    # Finnish, school start
    """[[PERSON:Aino Virtanen]] (henkilötunnus [[ID_NUMBER:040702A518E]]) aloittaa lukion [[DATE_TIME:11.8.2025]]. Osoite: [[ADDRESS:Hämeenkatu 21 B 14]], [[ZIP_CODE:33200]] [[LOCATION:Tampere]].""",
    # Romanian, domicile
    """[[TITLE:Dna.]] [[PERSON:Ioana Dumitrescu]], CNP [[ID_NUMBER:2860912400171]], domiciliată în [[LOCATION:București]], [[ADDRESS:Str. Lipscani nr. 53, ap. 4]], [[LOCATION:Sector 3]], telefon [[PHONE_NUMBER:0722 418 305]].""",
    # Czech, appointment
    """[[TITLE:Paní]] [[PERSON:Petra Horáková]], narozena [[DATE_TIME:23. 4. 1977]], bytem [[ADDRESS:Vinohradská 1511/230]], [[ZIP_CODE:100 00]] [[LOCATION:Praha 10]], má termín u zubaře [[DATE_TIME:2. 6.]] v 8:15.""",
    # Thai, clinic
    """[[TITLE:คุณ]][[PERSON:สมชาย ใจดี]] อายุ [[AGE:58]] ปี นัดตรวจสุขภาพวันที่ [[DATE_TIME:14 กรกฎาคม 2568]] โทร [[PHONE_NUMBER:089-417-2265]]""",
    # number porting, Canada
    """Port-out request for [[PHONE_NUMBER:604-781-2290]]: account holder [[PERSON:Jasmine Kaur Dhillon]], service address [[ADDRESS:7731 Granville Street]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6P 4Y6]]. Account PIN 4412 verified.""",
    # jury summons
    """Juror summons: [[PERSON:Major Ellington]] must report to the jury assembly room on Monday, [[DATE_TIME:November 3, 2025]], at 8:30 a.m. The summons was signed by the deputy clerk, [[PERSON:Denise Abernathy]].""",
    # landlord notice
    """Notice to [[PERSON:Ms Olive Harrington]], [[ADDRESS:Top Floor Flat, 22 Belvoir Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 5DQ]]: the gas safety check will take place on the [[DATE_TIME:14th]] between 8am and 1pm.""",
    # age in words
    """My grandad, [[PERSON:Albert Okonkwo]], is [[AGE:ninety-one]] and still insists on doing his own tax return; could someone from the branch in [[LOCATION:Enfield]] call him on [[PHONE_NUMBER:020 8363 4471]]?""",
    # parcel, Queensland
    """Parcel for [[PERSON:Sky]] couldn't be left at [[ADDRESS:Unit 5/12 Beach Rd]], [[LOCATION:Coolangatta]] [[LOCATION:QLD]] [[ZIP_CODE:4225]]; collect it from the post office with photo ID.""",
    # marketplace scam report
    """The buyer said his name was [[PERSON:Dallas Moreno]] and wanted the console shipped to [[ADDRESS:1408 W Jefferson Blvd, Apt 3]], [[LOCATION:Dallas]], [[LOCATION:TX]] [[ZIP_CODE:75208]] before paying. His email was [[EMAIL_ADDRESS:dallasmoreno.deals@gmail.com]].""",
    # physio referral
    """Referral: [[PERSON:Sage Whitaker]], a [[AGE:58]]-year-old retired teacher, with right shoulder pain since a fall on [[DATE_TIME:January 6]]. Please contact her at [[EMAIL_ADDRESS:sage.whitaker@btinternet.com]].""",
    # Ontario health card
    """[[PERSON:Brooke Whiteduck]], born [[DATE_TIME:1990/02/27]], Ontario health card [[ID_NUMBER:9384-756-103-KT]], has a walk-in follow-up on [[DATE_TIME:Oct 8]] in [[LOCATION:Sudbury]].""",
    # South Africa
    """[[PERSON:Sipho Dlamini]], born [[DATE_TIME:14 May 1988]], ID [[ID_NUMBER:880514 5123 083]], of [[ADDRESS:34 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]], applied for the bursary on [[DATE_TIME:2 Feb]].""",
    # Ireland
    """[[PERSON:Niamh Ní Bhriain]], PPSN [[ID_NUMBER:8472913E]], of [[ADDRESS:12 Sea Road]], [[LOCATION:Galway]] [[ZIP_CODE:H91 E2K3]], is entitled to the fuel allowance from [[DATE_TIME:22 September]].""",
    # Singapore
    """[[TITLE:Mdm]] [[PERSON:Tan Siew Ling]], [[AGE:38]], NRIC [[ID_NUMBER:S8734216F]], of [[ADDRESS:Blk 231 Ang Mo Kio Ave 3 #08-1142]], [[LOCATION:Singapore]] [[ZIP_CODE:560231]], is the nominee on the policy.""",
    # India UPI deposit
    """The deposit was paid by [[PERSON:Arjun Menon]] through UPI [[USERNAME:arjunmenon@okhdfcbank]]; his PAN is [[ID_NUMBER:BKPPM4417K]] and the agreement is signed with [[PERSON:Lakshmi Iyer]].""",
]

BENCH = [
    # customer profile, US
    """Customer profile. Name: [[PERSON:Desmond Achterberg-Lowe]]; Gender: Male; Age: [[AGE:46]]; DOB: [[DATE_TIME:03/22/1979]]; Address: [[ADDRESS:5521 Marigold Lane, Apt 14C]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85719]]; Phone: [[PHONE_NUMBER:(520) 441-9827]]; Email: [[EMAIL_ADDRESS:d.achterberg.lowe@protonmail.com]]; SSN: [[US_SSN:527-83-1164]]; Card: [[CREDIT_CARD:4917 5830 2211 8763]] (exp 09/28, CVV 412).""",
    # login alert
    """Hi [[PERSON:Koa Kealoha]] ([[USERNAME:koa.kealoha]]), we noticed a new sign-in to your account from [[IP_ADDRESS:2600:1700:5a3c:8e10::4f]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15 near [[LOCATION:Kailua]], [[LOCATION:HI]]. If this wasn't you, change your password (currently Plum#Tree88) or call us from [[PHONE_NUMBER:808-732-4419]].""",
    # loan application
    """Loan application LN-2025-04417 was submitted by [[PERSON:Rosalind Achebe-Munroe]] ([[EMAIL_ADDRESS:ros.munroe@fastmail.com]]), employed as Senior Actuary at Halverson Re since [[DATE_TIME:March 2016]] on $184,000 a year, residing at [[ADDRESS:88 Cobblestone Court]], [[LOCATION:Naperville]], [[LOCATION:IL]] [[ZIP_CODE:60540]]. SSN [[US_SSN:318-44-2096]], routing 071000013, checking account [[ID_NUMBER:4471902263]].""",
    # clinical header
    """Patient: [[PERSON:Eamon Gallagher]] | MRN: [[ID_NUMBER:MRN-00784412]] | DOB: [[DATE_TIME:1958-10-04]] | Age: [[AGE:66]] | Sex: M | Insurance: Aetna member [[ID_NUMBER:W228847193]] | PCP: [[PERSON:Dr. Yusra Hamdan]], NPI [[ID_NUMBER:1982736450]] | Admit: [[DATE_TIME:2025-02-11]] | Address: [[ADDRESS:19 Pemberton Way]], [[LOCATION:Worcester]], [[LOCATION:MA]] [[ZIP_CODE:01609]] | Tel: [[PHONE_NUMBER:508-791-3320]]""",
    # HR record, UK
    """Employee record: [[PERSON:Farida Oyelowo]], employee no. [[ID_NUMBER:HR-55219]], job title Payroll Analyst, department Finance, start date [[DATE_TIME:14 August 2019]], NI number [[ID_NUMBER:PX 41 77 29 C]], home address [[ADDRESS:31 Whitethorn Crescent]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK5 6EY]], personal mobile [[PHONE_NUMBER:07830 992 147]], salary IBAN [[IBAN_CODE:GB66 BARC 2032 5373 6294 11]].""",
    # password reset log
    """User [[USERNAME:mteixeira92]] ([[PERSON:Mariana Teixeira]], [[EMAIL_ADDRESS:mariana.teixeira92@gmail.com]]) reset her password from [[IP_ADDRESS:177.43.210.8]], device MAC 3C:22:FB:91:0A:7E, user agent Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 Chrome/122.0 Mobile Safari/537.36, located in [[LOCATION:Curitiba]], [[LOCATION:Brazil]].""",
    # crypto onboarding
    """Account holder: [[PERSON:Oleksandr Kovalenko]]; DOB [[DATE_TIME:17.01.1991]]; nationality: [[NRP:Ukrainian]]; passport [[ID_NUMBER:FT938172]]; ETH wallet [[ID_NUMBER:0x7a3F9c21bE04d58A6e1c9D2f0B4a87E35c6d91Fa]]; phone [[PHONE_NUMBER:+380 67 412 8830]]; address [[ADDRESS:vul. Sahaidachnoho 25, kv. 7]], [[LOCATION:Kyiv]] [[ZIP_CODE:04070]].""",
    # auto claim
    """Claimant [[PERSON:Brandon Tsosie]], [[AGE:29]], of [[ADDRESS:402 Cactus Wren Dr]], [[LOCATION:Gallup]], [[LOCATION:NM]] [[ZIP_CODE:87301]]; New Mexico driver license [[US_DRIVER_LICENSE:503918274]]; plate [[ID_NUMBER:BKTZ418]]; VIN 1FTFW1E85MFA23917; date of loss [[DATE_TIME:02/17/2025]]; contact [[PHONE_NUMBER:505-863-0927]], [[EMAIL_ADDRESS:btsosie@navajo-mail.net]].""",
    # telecom account
    """Subscriber: [[PERSON:Mr Callum Fraser-Nkemelu]], DOB [[DATE_TIME:29/06/1987]], account [[ID_NUMBER:AC-77120493]], mobile [[PHONE_NUMBER:07912 446 801]], handset IMEI 356938035643809, billing address [[ADDRESS:Flat 2/1, 47 Woodlands Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G3 6ED]], direct debit from [[IBAN_CODE:GB25 MIDL 4005 1282 7364 10]].""",
    # student record
    """Student: [[PERSON:Aaliyah Grant-Mensah]]; student ID [[ID_NUMBER:S2024-118834]]; DOB [[DATE_TIME:05 Nov 2006]]; age [[AGE:18]]; program BSc Nursing; campus email [[EMAIL_ADDRESS:agrantmensah@my.tcu.edu]]; guardian [[PERSON:Comfort Mensah]] ([[PHONE_NUMBER:+1 817 604 2281]]); home address [[ADDRESS:2917 Hemphill St]], [[LOCATION:Fort Worth]], [[LOCATION:TX]] [[ZIP_CODE:76110]].""",
    # traveler profile
    """Traveler: [[PERSON:Keanu Alapaki]]; Passport: [[US_PASSPORT:584219773]]; DOB: [[DATE_TIME:11JUL1990]]; KTN: [[ID_NUMBER:TT4K92JX8]]; Email: [[EMAIL_ADDRESS:keanu.alapaki@icloud.com]]; Mobile: [[PHONE_NUMBER:+1 808 491 2075]]; HNL-SFO on [[DATE_TIME:02MAR]], return [[DATE_TIME:09MAR]]; paid with [[CREDIT_CARD:3714 496353 98431]].""",
    # e-commerce order
    """Order WX-88120. Ship to: [[PERSON:Hollis Nakagawa-Reyes]], [[ADDRESS:1250 Pine Street, Unit 408]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98101]]. Bill to card [[CREDIT_CARD:5228 4190 7735 2166]]. Customer ID [[ID_NUMBER:CUST-3390127]], email [[EMAIL_ADDRESS:hollis.nr@outlook.com]], phone [[PHONE_NUMBER:206-334-8812]], checkout IP [[IP_ADDRESS:73.221.48.190]].""",
    # rental application, Queensland
    """Applicant [[PERSON:Genevieve Okafor]], [[AGE:31]], currently renting at [[ADDRESS:77 Sandgate Road]], [[LOCATION:Albion]] [[LOCATION:QLD]] [[ZIP_CODE:4010]]; Registered Nurse with Metro North Health, AHPRA [[ID_NUMBER:NMW0002184736]]; QLD licence [[ID_NUMBER:084771923]]; mobile [[PHONE_NUMBER:0433 218 907]]; email [[EMAIL_ADDRESS:gen.okafor@gmail.com]].""",
    # lawsuit summary
    """In [[PERSON:Hargreaves]] v. [[PERSON:Pemberton-Oyelaran]], plaintiff [[PERSON:Lydia Hargreaves]] (DOB [[DATE_TIME:September 4, 1970]]), of [[ADDRESS:14 Sycamore Hollow]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28803]], alleges that defendant [[PERSON:Conrad Pemberton-Oyelaran]] breached the lease signed on [[DATE_TIME:May 1, 2022]].""",
    # Nigerian bank KYC
    """KYC: [[PERSON:Ms Ifeoma Chukwu]], BVN [[ID_NUMBER:22184730915]], NIN [[ID_NUMBER:71048822936]], DOB [[DATE_TIME:08-03-1993]], address [[ADDRESS:14 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]], phone [[PHONE_NUMBER:+234 803 417 2290]], email [[EMAIL_ADDRESS:ifeoma.chukwu@yahoo.com]], occupation: pharmacist.""",
    # pharmacy refill
    """Refill request. Patient [[PERSON:Hyun-woo Park]], DOB [[DATE_TIME:1983-04-19]], phone [[PHONE_NUMBER:(213) 908-4471]], address [[ADDRESS:3540 Wilshire Blvd Apt 1207]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90010]], member ID [[ID_NUMBER:BSC48810273]], prescriber [[PERSON:Dr. Meera Vasquez]] (DEA [[ID_NUMBER:BV4417285]]), lisinopril 10 mg x 90.""",
    # gym member, Porto
    """Member: [[PERSON:Tiago Mendes]]; member no. [[ID_NUMBER:FF-2231908]]; DOB [[DATE_TIME:12/10/1996]]; NIF [[ID_NUMBER:238174654]]; address [[ADDRESS:Rua de Cedofeita 245, 3.º Esq.]], [[ZIP_CODE:4050-180]] [[LOCATION:Porto]]; emergency contact [[PERSON:Beatriz Mendes]] [[PHONE_NUMBER:+351 912 448 301]]; direct debit [[IBAN_CODE:PT50 0035 0651 0001 2764 8300 7]].""",
    # social profile
    """Profile: [[PERSON:Zainab Sheriff]] | handle [[USERNAME:zainabsheriff_]] | [[URL:https://www.linkedin.com/in/zainab-sheriff-41a7b2]] | location [[LOCATION:Freetown]], [[LOCATION:Sierra Leone]] | email [[EMAIL_ADDRESS:zsheriff@yahoo.com]] | phone [[PHONE_NUMBER:+232 76 448 219]] | member since [[DATE_TIME:June 2017]]""",
    # registered keeper, Wales
    """Registered keeper: [[PERSON:Gareth Llewellyn-Price]], [[ADDRESS:Ty Gwyn, 3 Heol y Bryn]], [[LOCATION:Carmarthen]] [[ZIP_CODE:SA31 3LE]]; date of birth [[DATE_TIME:15/05/1980]]; driver number [[ID_NUMBER:LLEWE805150G99HN]]; vehicle [[ID_NUMBER:CA19 WLP]], a grey Skoda Octavia.""",
    # account summary
    """[[PERSON:Ezinne]] from [[LOCATION:Enugu]], [[AGE:24]]: your account [[USERNAME:ezinne_o24]] is linked to [[EMAIL_ADDRESS:ezinne.obi24@gmail.com]] and [[PHONE_NUMBER:0806 712 4490]], and the last sign-in came from [[IP_ADDRESS:102.89.34.117]].""",
    # French client record
    """Fiche client. Nom : [[PERSON:Lefebvre]] ; Prénom : [[PERSON:Côme]] ; Civilité : [[TITLE:M.]] ; Né le [[DATE_TIME:23/05/1984]] à [[LOCATION:Paris]] ; NIR [[ID_NUMBER:1 84 05 75 056 112 51]] ; Adresse : [[ADDRESS:42 boulevard de la Villette]], [[ZIP_CODE:75019]] [[LOCATION:Paris]] ; Tél. [[PHONE_NUMBER:06 48 21 77 30]] ; Courriel : [[EMAIL_ADDRESS:come.lefebvre@orange.fr]] ; IBAN [[IBAN_CODE:FR76 3000 4008 2100 0119 5672 595]].""",
    # German customer data
    """Kundendaten: [[TITLE:Frau]] [[TITLE:Dr.]] [[PERSON:Miriam Okonkwo-Schäfer]], geb. [[DATE_TIME:02.12.1976]], [[ADDRESS:Lindenstraße 14a]], [[ZIP_CODE:50674]] [[LOCATION:Köln]], Tel. [[PHONE_NUMBER:0221 9348 1172]], E-Mail [[EMAIL_ADDRESS:m.okonkwo-schaefer@web.de]], IBAN [[IBAN_CODE:DE35 1007 0024 0938 1156 00]], Steuer-ID [[ID_NUMBER:51 937 284 618]], Kennzeichen [[ID_NUMBER:K-MO 4417]].""",
    # Italian personal data
    """Dati anagrafici: [[PERSON:Marco Bianchi]], nato a [[LOCATION:Milano]] il [[DATE_TIME:18/12/1975]], C.F. [[ID_NUMBER:BNCMRC75T18F205P]], residente in [[ADDRESS:Via Paolo Sarpi 31]], [[ZIP_CODE:20154]] [[LOCATION:Milano]] ([[LOCATION:MI]]), cell. [[PHONE_NUMBER:+39 347 218 5590]], PEC [[EMAIL_ADDRESS:marco.bianchi@pec.it]], IBAN [[IBAN_CODE:IT75 E050 3411 7010 0000 0029 384]].""",
    # Spanish application
    """Solicitante: [[PERSON:Lucía Fernández Ortega]]; DNI [[ID_NUMBER:05173829W]]; fecha de nacimiento [[DATE_TIME:30/01/1992]]; domicilio [[ADDRESS:Calle de Alcalá 214, 3.º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]]; móvil [[PHONE_NUMBER:612 48 90 37]]; correo [[EMAIL_ADDRESS:lucia.fdez.ortega@gmail.com]]; cuenta [[IBAN_CODE:ES70 0049 1500 0105 1234 5678]]; n.º de afiliación a la Seguridad Social [[ID_NUMBER:28 10493827 16]].""",
    # Dutch tenant
    """Gegevens huurder: [[TITLE:Dhr.]] [[PERSON:Sven de Groot]], geboren [[DATE_TIME:4 maart 1988]] te [[LOCATION:Utrecht]], BSN [[ID_NUMBER:184620375]], adres [[ADDRESS:Oudegracht 212 bis]], [[ZIP_CODE:3511 NR]] [[LOCATION:Utrecht]], tel. [[PHONE_NUMBER:06-41829073]], e-mail [[EMAIL_ADDRESS:svendegroot88@ziggo.nl]], rekening [[IBAN_CODE:NL27 RABO 0317 4659 22]].""",
    # Portuguese client
    """Cliente: [[PERSON:Inês Carvalho Ramos]], NIF [[ID_NUMBER:194028372]], data de nascimento [[DATE_TIME:09-09-1979]], morada [[ADDRESS:Avenida da Liberdade 190, 4.º Dto]], [[ZIP_CODE:1250-147]] [[LOCATION:Lisboa]], telemóvel [[PHONE_NUMBER:+351 936 204 118]], IBAN [[IBAN_CODE:PT50 0033 0000 4531 2867 1055 3]], profissão: arquiteta.""",
    # Polish patient
    """Dane pacjenta: [[PERSON:Krzysztof Nowicki]], PESEL [[ID_NUMBER:87110309371]], ur. [[DATE_TIME:03.11.1987]], adres [[ADDRESS:ul. Długa 17/4]], [[ZIP_CODE:80-831]] [[LOCATION:Gdańsk]], tel. [[PHONE_NUMBER:+48 601 337 284]], e-mail [[EMAIL_ADDRESS:k.nowicki87@wp.pl]], konto [[IBAN_CODE:PL85 1020 5561 0000 3202 0193 8841]].""",
    # Turkish customer
    """Müşteri: [[PERSON:Zeynep Aydın]], T.C. Kimlik No [[ID_NUMBER:51720384628]], doğum tarihi [[DATE_TIME:21.04.1995]], adres [[ADDRESS:Atatürk Bulvarı No: 112 Daire: 6]], [[LOCATION:Çankaya]]/[[LOCATION:Ankara]], posta kodu [[ZIP_CODE:06680]], cep [[PHONE_NUMBER:0532 418 77 06]], e-posta [[EMAIL_ADDRESS:zeynep.aydin95@hotmail.com]], IBAN [[IBAN_CODE:TR33 0006 1005 1978 6457 8413 26]].""",
    # home insurance policy holder
    """Policy holder: [[PERSON:Harriet Osei-Bonsu]] | Policy: HO-4419023 | DOB: [[DATE_TIME:07/04/1969]] | Address: [[ADDRESS:9 Riverbend Close]], [[LOCATION:Cheltenham]] [[ZIP_CODE:GL52 3NX]] | Phone: [[PHONE_NUMBER:01242 558 930]] | Email: [[EMAIL_ADDRESS:harriet.ob@gmail.com]] | Bank: sort code 40-11-62, account [[ID_NUMBER:71930284]] | Occupation: Midwife""",
    # Quebec applicant
    """Applicant: [[PERSON:Xavier Bouchard-Nguyen]]; SIN [[ID_NUMBER:518 230 966]]; DOB [[DATE_TIME:1995-08-02]]; RAMQ [[ID_NUMBER:BOUX 9508 0212]]; address [[ADDRESS:1150 rue Mackay, app. 807]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H3G 2H4]]; phone [[PHONE_NUMBER:514-937-2281]]; email [[EMAIL_ADDRESS:xbouchardnguyen@videotron.ca]].""",
    # Australian onboarding
    """Name: [[PERSON:Matilda Kowalczyk]]; DOB: [[DATE_TIME:21/03/1998]]; TFN: [[ID_NUMBER:452 190 379]]; Medicare: [[ID_NUMBER:4183 60255 1]]; Address: [[ADDRESS:6/22 Lygon Street]], [[LOCATION:Carlton]] [[LOCATION:VIC]] [[ZIP_CODE:3053]]; Mobile: [[PHONE_NUMBER:0401 338 726]]; Super member no.: [[ID_NUMBER:880214731]]; BSB 063-000, account [[ID_NUMBER:1048 2271]].""",
    # Indian KYC
    """Name: [[PERSON:Ananya Krishnamurthy]] | Age: [[AGE:27]] | Gender: F | Aadhaar: [[ID_NUMBER:5820 1937 4621]] | PAN: [[ID_NUMBER:CQWPK8830L]] | Address: [[ADDRESS:Flat 3B, Prestige Lakeside Habitat]], [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560066]] | Mobile: [[PHONE_NUMBER:+91 98450 22713]] | Email: [[EMAIL_ADDRESS:ananya.krish@rediffmail.com]] | UPI: [[USERNAME:ananya.k@oksbi]]""",
    # session summary
    """Session summary for [[USERNAME:darkwing_duke]] ([[PERSON:Marcus]] "[[PERSON:Duke]]" [[PERSON:Harlan]]): seen from [[IP_ADDRESS:10.14.2.77]] and [[IP_ADDRESS:fe80::1c2b:9aff:fe31:6d04]], MAC 00:1A:2B:3C:4D:5E, UA Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0, recovery email [[EMAIL_ADDRESS:duke.harlan@gmx.com]], password Quack!Quack42.""",
    # payslip
    """Payslip: [[PERSON:Obinna Nwosu]], employee ID [[ID_NUMBER:004471]], NI [[ID_NUMBER:JH 83 21 57 B]], tax code 1257L, pay date 28/03/2025, net pay £2,416.38 paid to [[IBAN_CODE:GB30 LOYD 3096 2617 7440 59]]; home address [[ADDRESS:58 Kingfisher Drive]], [[LOCATION:Luton]] [[ZIP_CODE:LU3 2HT]].""",
    # clinic narrative
    """On [[DATE_TIME:January 22, 2025]], [[PERSON:Tallulah Begay]], a [[AGE:34]]-year-old teacher from [[LOCATION:Window Rock]], [[LOCATION:Arizona]], presented with a persistent cough. Her IHS chart number is [[ID_NUMBER:IHS-5520193]]; she can be reached at [[PHONE_NUMBER:928-871-4402]] or [[EMAIL_ADDRESS:tbegay.teach@gmail.com]].""",
    # offboarding
    """Offboarding: [[PERSON:Leilani Kahananui]] ([[EMAIL_ADDRESS:lkahananui@kaimana-labs.com]]), last day [[DATE_TIME:2025-04-30]], laptop serial C02FK3ZXMD6T, VPN address [[IP_ADDRESS:172.16.40.113]], personal email [[EMAIL_ADDRESS:leilani.k@gmail.com]], forwarding address [[ADDRESS:45-120 Kamehameha Hwy]], [[LOCATION:Kaneohe]], [[LOCATION:HI]] [[ZIP_CODE:96744]].""",
    # wire transfer
    """Beneficiary: [[PERSON:Søren Kjærgaard]]; IBAN [[IBAN_CODE:DK50 0040 0440 1162 43]]; BIC DABADKKK; address [[ADDRESS:Nørrebrogade 88, 3. th.]], [[ZIP_CODE:2200]] [[LOCATION:København N]]. Ordering customer: [[PERSON:Abigail Fenton]], [[IBAN_CODE:IE42 BOFI 9000 1745 2390 76]], [[ADDRESS:7 Grattan Square]], [[LOCATION:Dungarvan]], Co. [[LOCATION:Waterford]].""",
    # dating profile
    """[[PERSON:River Abernathy-Sow]], [[AGE:29]], lives in [[LOCATION:Portland]], [[LOCATION:OR]]; IG [[USERNAME:river.makes.pots]]; phone [[PHONE_NUMBER:503-449-2180]]; site [[URL:https://riverabernathy.com]]; religion: [[NRP:Buddhist]]; diet: vegetarian; looking for: someone to hike with.""",
    # airline complaint
    """Passenger [[PERSON:Ms Chiamaka Obi-Wallace]], Executive Club [[ID_NUMBER:BA 48827716]], flew BA2491 on [[DATE_TIME:11 March 2025]] from [[LOCATION:Lagos]], seat 34K, bag tag BA482193 missing; reachable at [[EMAIL_ADDRESS:chiamaka.ow@icloud.com]] or [[PHONE_NUMBER:+44 7723 905 118]].""",
    # energy switch
    """New supply for [[PERSON:Ewan McTavish]], [[ADDRESS:The Old Schoolhouse]], [[LOCATION:Kirkton]], [[LOCATION:Aberfeldy]] [[ZIP_CODE:PH15 2EY]]; moving in [[DATE_TIME:1st April 2025]]; DOB [[DATE_TIME:3rd Feb 1990]]; MPAN 1200023305967; phone [[PHONE_NUMBER:01887 820 334]]; email [[EMAIL_ADDRESS:ewan.mctavish@hotmail.co.uk]].""",
    # Swedish customer
    """Kund: [[PERSON:Maja Eriksson]], personnummer [[ID_NUMBER:920704-1568]], adress [[ADDRESS:Kungsgatan 12 lgh 1203]], [[ZIP_CODE:411 19]] [[LOCATION:Göteborg]], mobil [[PHONE_NUMBER:070-412 88 35]], e-post [[EMAIL_ADDRESS:maja.eriksson92@telia.com]], IBAN [[IBAN_CODE:SE45 5000 0000 0583 9825 7466]], kundnummer [[ID_NUMBER:447120]].""",
    # Danish
    """[[TITLE:Fru]] [[PERSON:Mette Kristiansen]], CPR-nr. [[ID_NUMBER:120384-1456]], [[ADDRESS:Vesterbrogade 47, 2. tv.]], [[ZIP_CODE:1620]] [[LOCATION:København V]], tlf. [[PHONE_NUMBER:+45 28 44 91 03]], e-mail [[EMAIL_ADDRESS:mette.kristiansen@mail.dk]], kontonr. [[ID_NUMBER:9570 0012748833]], indflyttet [[DATE_TIME:1. oktober 2021]].""",
    # Norwegian patient
    """Pasient: [[PERSON:Ingrid Solberg]], fødselsnummer [[ID_NUMBER:030792 12864]], adresse [[ADDRESS:Thorvald Meyers gate 54]], [[ZIP_CODE:0552]] [[LOCATION:Oslo]], telefon [[PHONE_NUMBER:+47 912 44 380]], fastlege [[PERSON:Dr. Anders Holm]], neste time [[DATE_TIME:6. mai]].""",
    # Finnish
    """Asiakas: [[PERSON:Mikko Korhonen]], henkilötunnus [[ID_NUMBER:150386-2733]], osoite [[ADDRESS:Mannerheimintie 112 A 7]], [[ZIP_CODE:00250]] [[LOCATION:Helsinki]], puh. [[PHONE_NUMBER:040 558 2913]], sähköposti [[EMAIL_ADDRESS:mikko.korhonen@elisanet.fi]], tili [[IBAN_CODE:FI10 4232 0018 7304 52]].""",
    # Greek
    """Στοιχεία πελάτη: [[PERSON:Γιώργος Αντωνίου]], ΑΦΜ [[ID_NUMBER:138472050]], ημερομηνία γέννησης [[DATE_TIME:19/11/1982]], διεύθυνση [[ADDRESS:Λεωφόρος Κηφισίας 124]], [[ZIP_CODE:115 26]] [[LOCATION:Αθήνα]], κινητό [[PHONE_NUMBER:+30 694 418 2207]], IBAN [[IBAN_CODE:GR49 0172 0280 0052 8002 8735 142]].""",
    # Croatian
    """Korisnik: [[PERSON:Ivana Horvat]], OIB [[ID_NUMBER:69381720459]], adresa [[ADDRESS:Ilica 242]], [[ZIP_CODE:10000]] [[LOCATION:Zagreb]], mob. [[PHONE_NUMBER:091 447 2081]], e-pošta [[EMAIL_ADDRESS:ivana.horvat@net.hr]], IBAN [[IBAN_CODE:HR29 2402 0061 1038 2759 3]].""",
    # Romanian
    """Client: [[PERSON:Andrei Popescu]], CNP [[ID_NUMBER:1950407351268]], născut la [[DATE_TIME:07.04.1995]] în [[LOCATION:Satu Mare]], domiciliul [[ADDRESS:Bd. 1 Decembrie 1918 nr. 22, bl. A3, ap. 15]], cod poștal [[ZIP_CODE:440019]], telefon [[PHONE_NUMBER:0745 302 884]], IBAN [[IBAN_CODE:RO60 BTRL RONC RT03 4129 8703]].""",
    # Hungarian
    """Ügyfél: [[PERSON:Nagy Eszter]], születési idő [[DATE_TIME:1989. október 14.]], lakcím [[ZIP_CODE:1072]] [[LOCATION:Budapest]], [[ADDRESS:Akácfa utca 19. 3/12]], telefon [[PHONE_NUMBER:+36 30 412 7739]], e-mail [[EMAIL_ADDRESS:nagy.eszter89@freemail.hu]], adóazonosító jel [[ID_NUMBER:8448463978]].""",
    # Czech
    """Pojištěnec: [[PERSON:Tomáš Dvořák]], rodné číslo [[ID_NUMBER:830621/2475]], trvalé bydliště [[ADDRESS:Masarykova 27]], [[ZIP_CODE:602 00]] [[LOCATION:Brno]], telefon [[PHONE_NUMBER:+420 603 218 447]], e-mail [[EMAIL_ADDRESS:tomas.dvorak83@seznam.cz]], číslo účtu [[ID_NUMBER:2001847731/2010]].""",
    # Japanese
    """氏名：[[PERSON:山本 健太]]　生年月日：[[DATE_TIME:平成3年5月12日]]　住所：〒[[ZIP_CODE:530-0012]] [[LOCATION:大阪府]][[LOCATION:大阪市]][[LOCATION:北区]][[ADDRESS:芝田1丁目4-8 梅田レジデンス1105号]]　電話：[[PHONE_NUMBER:06-6372-4418]]　マイナンバー：[[ID_NUMBER:4028 7315 9627]]""",
    # data access request
    """[[PERSON:Octavia Lindqvist-Mwangi]], female, Principal Data Engineer at Norrsken Analytics, asked for the access logs of her account [[USERNAME:octavia.lm]]: sign-ins from [[IP_ADDRESS:185.220.101.47]] ([[LOCATION:Frankfurt]]) and [[IP_ADDRESS:94.254.12.88]] ([[LOCATION:Stockholm]]), recovery phone [[PHONE_NUMBER:+46 73 418 22 90]], home address [[ADDRESS:Hornsgatan 64]], [[ZIP_CODE:118 21]] [[LOCATION:Stockholm]].""",
    # Kenyan client
    """Client: [[PERSON:Wanjiru Kamau]]; ID No. [[ID_NUMBER:28471936]]; KRA PIN [[ID_NUMBER:A012847193Z]]; DOB [[DATE_TIME:2 June 1986]]; M-Pesa [[PHONE_NUMBER:0722 418 390]]; postal address [[ADDRESS:P.O. Box 41872]]-[[ZIP_CODE:00100]] [[LOCATION:Nairobi]]; SHIF [[ID_NUMBER:R4418827]]; employer: Kenya Power.""",
    # Ghana
    """[[PERSON:Kofi Boateng Mensah]], Ghana Card [[ID_NUMBER:GHA-719204836-4]], digital address [[ADDRESS:GA-183-8164]], [[LOCATION:Dansoman]], [[LOCATION:Accra]]; MoMo [[PHONE_NUMBER:024 418 3392]]; email [[EMAIL_ADDRESS:kofi.bmensah@gmail.com]]; age [[AGE:42]]; occupation: quantity surveyor.""",
    # Philippine employee
    """Employee: [[PERSON:Ma. Kristina Villanueva]]; TIN [[ID_NUMBER:412-883-097-000]]; SSS [[ID_NUMBER:33-4817729-3]]; PhilHealth [[ID_NUMBER:12-050318447-2]]; Pag-IBIG MID [[ID_NUMBER:1211-4873-3390]]; address [[ADDRESS:Unit 1408 Avida Towers, 34th St.]], [[LOCATION:Bonifacio Global City]], [[LOCATION:Taguig]]; mobile [[PHONE_NUMBER:+63 917 330 4418]]; hired [[DATE_TIME:16 Jan 2023]].""",
    # US identity bundle
    """[[PERSON:Jesse Montoya-Reyes]] | SSN [[US_SSN:601-22-8437]] | US passport [[US_PASSPORT:A03847219]] | Texas DL [[US_DRIVER_LICENSE:38194720]] | DOB [[DATE_TIME:12-01-1984]] | address [[ADDRESS:2210 Guadalupe St #4]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78705]] | cell [[PHONE_NUMBER:512-738-0199]] | email [[EMAIL_ADDRESS:jmontoyareyes@utexas.edu]]""",
    # New Zealand
    """[[PERSON:Tama Ngata]], NHI [[ID_NUMBER:JBX4024]], IRD number [[ID_NUMBER:104-839-274]], of [[ADDRESS:14 Karaka Street]], [[LOCATION:Whakatāne]] [[ZIP_CODE:3120]]; phone [[PHONE_NUMBER:027 448 1920]]; iwi affiliation noted; next of kin [[PERSON:Mere Ngata]].""",
    # GP registration
    """New patient registration: [[PERSON:Ms Precious Adeyinka-Lowe]], NHS number [[ID_NUMBER:485 777 3457]], DOB [[DATE_TIME:24.10.2001]], term address [[ADDRESS:Room 14, Jubilee Hall, 60 Park Road]], [[LOCATION:Loughborough]] [[ZIP_CODE:LE11 2HD]], mobile [[PHONE_NUMBER:07415 228 903]], previous GP [[PERSON:Dr Hamish Greer]].""",
    # admin note with IPv6
    """Admin note: [[USERNAME:svetlana.petrova]] ([[EMAIL_ADDRESS:s.petrova@nordlys-mail.no]]) was locked out after five attempts from [[IP_ADDRESS:192.168.1.104]] and then [[IP_ADDRESS:2001:db8:4f1::a2]]; unlock approved by [[USERNAME:jbakke]] after a call to [[PHONE_NUMBER:+47 415 28 930]].""",
    # card dispute, Florida
    """[[PERSON:Mr. Aurelio Santángelo]] disputes two charges on [[CREDIT_CARD:5412 7300 9918 4429]]; billing address [[ADDRESS:1500 Collins Ave, Apt 902]], [[LOCATION:Miami Beach]], [[LOCATION:FL]] [[ZIP_CODE:33139]]; Florida DL [[US_DRIVER_LICENSE:S535-412-84-118-0]]; phone [[PHONE_NUMBER:305-673-2218]].""",
    # vet clinic
    """Owner: [[PERSON:Hope Delacroix]] | Phone: [[PHONE_NUMBER:(337) 232-4419]] | Address: [[ADDRESS:118 Bayou Bend Rd]], [[LOCATION:Lafayette]], [[LOCATION:LA]] [[ZIP_CODE:70503]] | Pet: Pepper, DSH, 4y, microchip 985112004417728 | Visit: [[DATE_TIME:2025-03-08]] | Paid: [[CREDIT_CARD:4024 0071 8833 5292]]""",
    # pupil admission
    """Pupil: [[PERSON:Tobiah Abimbola-King]]; DOB [[DATE_TIME:30/09/2016]]; age [[AGE:8]]; pupil number [[ID_NUMBER:P-004418]]; parent/carer [[PERSON:Yewande Abimbola]], [[PHONE_NUMBER:07961 540 228]], [[EMAIL_ADDRESS:yewande.abimbola@gmail.com]]; address [[ADDRESS:42 Coldharbour Lane]], [[LOCATION:Brixton]], [[LOCATION:London]] [[ZIP_CODE:SW9 8PS]]; admitted [[DATE_TIME:3 September 2024]].""",
    # Medicaid application
    """Applicant [[PERSON:Marisela Tenorio]], [[AGE:37]], household of four (children aged [[AGE:3]], [[AGE:7]] and [[AGE:12]]); Medicaid ID [[ID_NUMBER:74418829Q]]; SSN [[US_SSN:633-41-2208]]; address [[ADDRESS:920 E Lohman Ave Apt 11]], [[LOCATION:Las Cruces]], [[LOCATION:NM]] [[ZIP_CODE:88001]]; phone [[PHONE_NUMBER:575-541-0327]].""",
    # hotel registration, Dubai
    """Guest: [[PERSON:Ahmed Al-Mansouri]] | Nationality: [[NRP:Emirati]] | Emirates ID: [[ID_NUMBER:784-1987-4418273-8]] | Check-in: [[DATE_TIME:14/02/2025]] | Check-out: [[DATE_TIME:17/02/2025]] | Mobile: [[PHONE_NUMBER:+971 50 418 2276]] | Card on file: [[CREDIT_CARD:4532 0187 7440 2136]] | Room 2214""",
    # Saudi payee
    """Payee: [[PERSON:Noura Al-Qahtani]]; national ID [[ID_NUMBER:1048392755]]; IBAN [[IBAN_CODE:SA32 1000 0028 4701 6301 0204]]; address [[ADDRESS:8228 Imam Saud bin Abdulaziz Rd]], [[LOCATION:Al Nakheel]], [[LOCATION:Riyadh]] [[ZIP_CODE:12382]]; mobile [[PHONE_NUMBER:+966 55 418 3027]]; email [[EMAIL_ADDRESS:noura.alqahtani@outlook.sa]].""",
    # crypto wallet owner
    """Wallet owner [[PERSON:Tenzin Dorjee]] ([[USERNAME:tenzin.eth]]), email [[EMAIL_ADDRESS:tenzin.dorjee@proton.me]], withdrawal address [[ID_NUMBER:0x4B1e9f07C3a2d85E61bF3a90dC74e2185aF6c3D9]], last login [[IP_ADDRESS:103.69.124.15]] from [[LOCATION:Kathmandu]]; tx hash 0x9f3c...e21a is not his.""",
    # Mexico
    """Nombre: [[PERSON:José Luis Hernández Ramírez]]; CURP [[ID_NUMBER:HERL850312HDFRMS03]]; nacimiento [[DATE_TIME:12/03/1985]]; domicilio [[ADDRESS:Calle Durango 214, int. 3]], Col. [[LOCATION:Roma Norte]], [[LOCATION:Cuauhtémoc]], C.P. [[ZIP_CODE:06700]], [[LOCATION:Ciudad de México]]; celular [[PHONE_NUMBER:55 4182 7730]]; CLABE [[ID_NUMBER:012180004482739188]].""",
    # Brazil
    """Nome: [[PERSON:Raimunda Souza Lima]]; CPF [[ID_NUMBER:031.746.925-80]]; RG [[ID_NUMBER:12.448.391-7]]; nascimento [[DATE_TIME:15/06/1958]]; idade [[AGE:66]] anos; endereço [[ADDRESS:Rua Barão de Jaguaribe, 318, casa 2]], [[LOCATION:Ipanema]], [[LOCATION:Rio de Janeiro]]/[[LOCATION:RJ]], CEP [[ZIP_CODE:22421-000]]; celular [[PHONE_NUMBER:(21) 99847-3320]]; chave Pix [[EMAIL_ADDRESS:raimunda.lima58@gmail.com]].""",
    # Belgium
    """[[TITLE:Madame]] [[PERSON:Chloé Vandenberghe]], numéro national [[ID_NUMBER:90.01.12-082.97]], née le [[DATE_TIME:12 janvier 1990]], domiciliée [[ADDRESS:Rue de la Loi 155 bte 12]], [[ZIP_CODE:1040]] [[LOCATION:Etterbeek]], GSM [[PHONE_NUMBER:0478 21 93 40]], compte [[IBAN_CODE:BE56 3630 9281 4488]].""",
    # Switzerland
    """Versicherte Person: [[PERSON:Reto Gisler]], AHV-Nr. [[ID_NUMBER:756.9047.1832.59]], geboren [[DATE_TIME:27.08.1971]], [[ADDRESS:Bahnhofstrasse 41]], [[ZIP_CODE:8001]] [[LOCATION:Zürich]], Telefon [[PHONE_NUMBER:+41 79 418 22 37]], E-Mail [[EMAIL_ADDRESS:reto.gisler@bluewin.ch]], IBAN [[IBAN_CODE:CH93 0076 2011 6238 5295 7]].""",
    # Chile
    """Datos del titular: [[PERSON:Valentina Rojas Muñoz]], RUT [[ID_NUMBER:15.837.204-5]], fecha de nacimiento [[DATE_TIME:4 de julio de 1984]], dirección [[ADDRESS:Av. Providencia 1208, depto. 1504]], [[LOCATION:Providencia]], [[LOCATION:Santiago]], celular [[PHONE_NUMBER:+56 9 7418 2230]], correo [[EMAIL_ADDRESS:vale.rojasm@gmail.com]].""",
]

DOC = [
    # discharge summary, UK
    """DISCHARGE SUMMARY
St Columba's University Hospital, Ward 12 (Acute Medicine)

Patient: [[PERSON:Ms Rosalind Etheridge-Kamara]]        Hospital no: [[ID_NUMBER:K2048817]]
NHS no: [[ID_NUMBER:601 234 9874]]        DOB: [[DATE_TIME:19/02/1951]] ([[AGE:74]] y)
Address: [[ADDRESS:Flat 6, Linden Court, 14 Mill Lane]], [[LOCATION:Beverley]], [[LOCATION:East Yorkshire]] [[ZIP_CODE:HU17 9DQ]]
Next of kin: [[PERSON:Samuel Kamara]] (son), [[PHONE_NUMBER:07866 204 519]]
GP: [[PERSON:Dr Priyanka Shetty]], Minster Medical Practice

Admitted: [[DATE_TIME:02/03/2025]]        Discharged: [[DATE_TIME:09/03/2025]]
Consultant: [[PERSON:Dr Olufemi Adebayo-Hart]] (GMC [[ID_NUMBER:7048215]])

Diagnosis: community-acquired pneumonia (CURB-65 score 2); acute kidney injury, stage 1.
Course: IV co-amoxiclav and clarithromycin, switched to oral on day 4. Creatinine peaked at 168 umol/L on [[DATE_TIME:04/03]] and was 92 at discharge. Chest X-ray (RAD-2025-118274) showed right lower lobe consolidation.
Medication on discharge: amoxicillin 500 mg TDS for 3 more days; ramipril 2.5 mg withheld until the GP rechecks renal function.
Follow-up: U&Es at the surgery on [[DATE_TIME:16 March]]; repeat chest X-ray in six weeks. Her daughter-in-law, [[PERSON:Efua Kamara]], will collect her and stay with her for the first week.

Written by [[PERSON:Dr Hannah Lowther]], FY2, bleep 4471.""",
    # police witness statement
    """WITNESS STATEMENT (Criminal Justice Act 1967, s.9; Criminal Procedure Rules, r.16.2)
URN: 20/TY/01827/25

Statement of: [[PERSON:Declan Murphy-Ayodele]]
Age if under 18: over 18        Occupation: bus driver
Address: [[ADDRESS:27 Tennyson Road]], [[LOCATION:Smethwick]] [[ZIP_CODE:B66 4HG]]
Home tel: [[PHONE_NUMBER:0121 558 3720]]        Mobile: [[PHONE_NUMBER:07725 118 204]]
Email: [[EMAIL_ADDRESS:declan.ma@outlook.com]]        DOB: [[DATE_TIME:11/12/1979]]

On Friday [[DATE_TIME:14th February 2025]] I was driving the number 87 bus towards [[LOCATION:Oldbury]]. At about 17:40, at the stop outside [[ADDRESS:212 Soho Road]], [[LOCATION:Handsworth]], a man I now know to be [[PERSON:Liam Kerrigan]] got on without paying. He looked about [[AGE:30]], white, around six foot, with a green puffer jacket. He started shouting at a woman sitting near the front, who I would say was around [[AGE:60]]. She later gave her name as [[PERSON:Mrs. Beryl Thompson]]. He told her he knew she lived on Crocketts Lane and grabbed her handbag strap.
I pressed the assault alarm and stopped the bus. [[TITLE:PC]] [[PERSON:Anita Gill]] [[ID_NUMBER:4471]] arrived about five minutes later. The CCTV from the bus (fleet number 4882) should show all of this.

Signed: [[PERSON:D. Murphy-Ayodele]]        Date: [[DATE_TIME:15/02/2025]]
Statement taken by: [[TITLE:DC]] [[PERSON:Raj Sandhu]] [[ID_NUMBER:21877]]""",
    # employment agreement, Australia
    """EMPLOYMENT AGREEMENT

This agreement is made on [[DATE_TIME:3 March 2025]] between Banksia Fieldworks Pty Ltd (ABN 51 824 753 556) of [[ADDRESS:Level 9, 120 Collins Street]], [[LOCATION:Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3000]] (the Employer) and [[PERSON:Nikolai Petrakis-Hughes]] of [[ADDRESS:17 Wattletree Road]], [[LOCATION:Armadale]] [[LOCATION:VIC]] [[ZIP_CODE:3143]], born [[DATE_TIME:26 June 1990]] (the Employee).

1. Position. The Employee is employed as Senior Field Ecologist, reporting to the Head of Surveys, [[PERSON:Dr Wren Calloway]].
2. Commencement. Employment commences on [[DATE_TIME:14 April 2025]]. The first six months are a probationary period.
3. Remuneration. Base salary of AUD 128,500 plus superannuation, paid fortnightly to BSB 033-172, account [[ID_NUMBER:408 227 915]]. The Employee's TFN is [[ID_NUMBER:129 038 474]] and the super fund member number is [[ID_NUMBER:7720441893]].
4. Place of work. The Employer's office and field sites in [[LOCATION:Gippsland]] and the [[LOCATION:Otway Ranges]].
5. Notices. Notices to the Employee may be sent to [[EMAIL_ADDRESS:nik.petrakis@gmail.com]] or by SMS to [[PHONE_NUMBER:0417 552 390]].

Signed for the Employer: [[PERSON:Margaret Tully]], Director
Signed by the Employee: [[PERSON:N. Petrakis-Hughes]]
Witness: [[PERSON:Aisha Rahimi]], JP no. [[ID_NUMBER:JP-44182]]""",
    # lease renewal, Chicago
    """LEASE RENEWAL ADDENDUM

Property: [[ADDRESS:4417 N Kedzie Ave, Unit 2R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60625]]
Landlord: Kedzie Court Holdings LLC, through its property manager [[PERSON:Teresa Villalobos]], [[PHONE_NUMBER:(773) 509-2281]]
Tenants: [[PERSON:Jamal Whitaker]] and [[PERSON:Soo-ah Whitaker]]
Original lease dated [[DATE_TIME:June 1, 2023]].

1. The lease is renewed for twelve months, beginning [[DATE_TIME:June 1, 2025]] and ending [[DATE_TIME:May 31, 2026]].
2. Monthly rent rises from $1,850 to $1,925, due on the 1st of each month. The security deposit of $1,850 stays with Lakeview Bank (deposit ref SD-22817).
3. Occupants: the Tenants and their daughter, [[PERSON:Naomi]], age [[AGE:4]]. One cat (Miso).
4. Parking space 14 is assigned to the Tenants' car, Illinois plate [[ID_NUMBER:EV 48172]].
5. Emergency contact: [[PERSON:Gloria Whitaker]], [[PHONE_NUMBER:(708) 331-4092]].

[[PERSON:Jamal Whitaker]]  [[DATE_TIME:04/22/2025]]
[[PERSON:Soo-ah Whitaker]]  [[DATE_TIME:04/22/2025]]
[[PERSON:T. Villalobos]], for the Landlord  [[DATE_TIME:04/24/2025]]""",
    # CV, Nigeria
    """[[PERSON:ADAORA NWACHUKWU-BELLO]]
Senior Backend Engineer
[[ADDRESS:Plot 14, Ikota Villa Estate]], [[LOCATION:Lekki]], [[LOCATION:Lagos]] | [[PHONE_NUMBER:+234 809 221 4187]] | [[EMAIL_ADDRESS:adaora.nb@gmail.com]]
GitHub: [[URL:https://github.com/adaora-nb]] | LinkedIn: [[URL:https://www.linkedin.com/in/adaoranwachukwubello]]
Date of birth: [[DATE_TIME:21 November 1992]] | Nationality: [[NRP:Nigerian]]

EXPERIENCE
Paystack, [[LOCATION:Lagos]]: Senior Backend Engineer, [[DATE_TIME:Mar 2021]] to present
- Moved the settlement service to Go; p99 latency down from 840 ms to 210 ms.
- Mentored six engineers; ran the on-call rota for the payouts team.
Andela, remote: Software Engineer, [[DATE_TIME:Jul 2017]] to [[DATE_TIME:Feb 2021]]
- Built billing APIs for US clients in Python and PostgreSQL 11.

EDUCATION
University of Nigeria, Nsukka: B.Eng. Electronic Engineering, First Class (2016)
NYSC: completed [[DATE_TIME:June 2017]], state code [[ID_NUMBER:LA/16C/4418]]

REFEREES
[[PERSON:Prof. Chukwuemeka Obi]], Department of Electronic Engineering, UNN: [[EMAIL_ADDRESS:chukwuemeka.obi@unn.edu.ng]]
[[PERSON:Tunde Bakare]], Engineering Manager, Paystack: [[PHONE_NUMBER:+234 802 330 1185]]""",
    # email thread, insurance claim
    """From: [[PERSON:Marguerite Delaney]] <[[EMAIL_ADDRESS:mdelaney@harborlight-ins.com]]>
To: [[PERSON:Theo Vasquez-Lund]] <[[EMAIL_ADDRESS:theo.vlund@gmail.com]]>
Subject: RE: Claim 88-20417 - water damage
Date: Tue, [[DATE_TIME:18 Mar 2025]] 09:12

Hi [[PERSON:Theo]],

Thanks for the photos. Our adjuster, [[PERSON:Carlos Ibáñez]] (adjuster licence [[ID_NUMBER:2W-448193]]), can inspect [[ADDRESS:86 Harbor View Drive]] on Thursday, [[DATE_TIME:March 20]], between 1 and 3 pm. Please have the plumber's invoice (INV-7731) to hand.

Best regards,
[[PERSON:Marguerite Delaney]]
Senior Claims Handler | Harborlight Insurance
[[ADDRESS:400 Commercial Street, Suite 1200]], [[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04101]]
Main line 1-800-447-2281 | Mobile [[PHONE_NUMBER:207-841-3392]]

> On Mon, [[DATE_TIME:17 Mar 2025]] at 21:47, [[PERSON:Theo Vasquez-Lund]] <[[EMAIL_ADDRESS:theo.vlund@gmail.com]]> wrote:
> Hi [[PERSON:Marguerite]], the leak started under the upstairs bathroom on [[DATE_TIME:March 15]]. Policy HL-4471902; my cell is [[PHONE_NUMBER:207-619-3384]]. My wife [[PERSON:Ingrid]] will be home on Thursday if I'm at work.
> [[PERSON:Theo]]""",
    # school report, Ireland
    """Scoil Bhríde National School: End of Year Report 2024/25

Pupil: [[PERSON:Saoirse Ní Mhurchú]]        Class: 4th Class (Room 6)
Date of birth: [[DATE_TIME:08/05/2015]]        PPSN: [[ID_NUMBER:1938402K]]
Class teacher: [[PERSON:Ms Orla Brennan]]
Attendance: 171 of 183 days.

English: [[PERSON:Saoirse]] reads fluently and with expression; her reading age is 11.2.
Gaeilge: Tá feabhas mór tagtha ar a cuid cainte.
Maths: Secure in multiplication; needs practice with fractions.
SESE: Her project on the Viking settlement at [[LOCATION:Waterford]] was excellent.

Parent-teacher meeting: Tuesday [[DATE_TIME:17 June]] at 3:15.

Parents/guardians: [[PERSON:Pádraig Murphy]] and [[PERSON:Aoife Ní Mhurchú]]
[[ADDRESS:Cois Abhann, 4 Bóthar na Trá]], [[LOCATION:Salthill]], [[LOCATION:Galway]] [[ZIP_CODE:H91 XK72]]

Signed: [[PERSON:O. Brennan]] (class teacher); [[PERSON:Séamus Ó Laoire]] (principal)""",
    # family court order, Ontario
    """ONTARIO SUPERIOR COURT OF JUSTICE, FAMILY COURT
Court File No. FS-24-00871

BETWEEN:
[[PERSON:AMARA LYNNE OKONKWO]], Applicant
and
[[PERSON:DEREK JAMES FAIRWEATHER]], Respondent

BEFORE: [[TITLE:Justice]] [[PERSON:P. Ramcharan]]        DATE: [[DATE_TIME:April 9, 2025]]

ORDER
1. The child, [[PERSON:Elijah Fairweather-Okonkwo]], born [[DATE_TIME:October 2, 2018]], shall reside primarily with the Applicant at [[ADDRESS:58 Dovercourt Road]], [[LOCATION:Toronto]], [[LOCATION:Ontario]] [[ZIP_CODE:M6J 3C3]].
2. The Respondent shall have parenting time every second weekend, Friday 5 p.m. to Sunday 6 p.m., starting [[DATE_TIME:April 18, 2025]].
3. The Respondent shall pay child support of $812 per month, based on an annual income of $71,400, starting [[DATE_TIME:May 1, 2025]].
4. Exchanges shall take place in the parking lot at Dundas St W and Ossington Ave.
5. The Respondent's address for service is [[ADDRESS:1402-25 Capreol Court]], [[LOCATION:Toronto]] [[ZIP_CODE:M5V 3Z7]]; email [[EMAIL_ADDRESS:d.fairweather@rogers.com]].

Counsel for the Applicant: [[PERSON:Harpreet Gill]], LSO No. [[ID_NUMBER:58217K]]""",
    # residents' association minutes
    """Marsh Lane Residents' Association
Minutes of the meeting held on Wednesday [[DATE_TIME:12 March 2025]], 7 pm, at the Scout Hut

Present: [[PERSON:Carol Nightingale]] (Chair), [[PERSON:Femi Adeleke]] (Treasurer), [[PERSON:Ruth Bashir]] (Secretary), [[PERSON:Graham Lusk]], [[PERSON:Dorothy Penhaligon]], [[PERSON:Ahmed Khoury]]
Apologies: [[TITLE:Cllr]] [[PERSON:Bernadette O'Hare]]

1. The minutes of [[DATE_TIME:12 February]] were approved.
2. Treasurer's report: balance £1,412.37 (account ending 4471); the grant of £250 has arrived.
3. Flooding: [[PERSON:Dorothy]] reported water in the cellar at [[ADDRESS:14 Marsh Lane]] again on [[DATE_TIME:3 March]]. [[PERSON:Graham]] will write to the council drainage team (drainage@northmoor.gov.uk) and copy in the ward councillor.
4. AOB: [[PERSON:Ahmed]] asked that his new mobile, [[PHONE_NUMBER:07584 331 902]], replace the old one on the phone tree.

Next meeting: Wednesday [[DATE_TIME:9 April]], same place.
Minutes taken by [[PERSON:Ruth Bashir]] ([[EMAIL_ADDRESS:ruth.bashir@btinternet.com]])""",
    # travel insurance claim, India
    """TRAVEL INSURANCE CLAIM FORM
Policy no.: TRV/2025/0448172        Claim no.: CLM-88104

Section A: Insured person
Name: [[PERSON:Vikram Raghavan Iyer]]        Age: [[AGE:44]]        Gender: Male
Passport no.: [[ID_NUMBER:Z4418273]]        PAN: [[ID_NUMBER:ADKPI7720M]]
Address: [[ADDRESS:B-704, Sobha Emerald]], [[LOCATION:Jakkur]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560064]], [[LOCATION:Karnataka]]
Mobile: [[PHONE_NUMBER:+91 99001 44827]]        Email: [[EMAIL_ADDRESS:vikram.iyer@outlook.in]]

Section B: Incident
Trip: [[LOCATION:Bengaluru]] to [[LOCATION:Zurich]], departed [[DATE_TIME:05/02/2025]], returned [[DATE_TIME:19/02/2025]].
Nature of claim: checked baggage delayed 52 hours (property irregularity report ZRHLX41872, flight LX 145). Emergency purchases of INR 38,400; receipts attached.

Section C: Bank details for settlement
Account holder: [[PERSON:Vikram R Iyer]]        A/c no.: [[ID_NUMBER:50100448172903]]        IFSC: HDFC0001234

Declaration signed at [[LOCATION:Bengaluru]] on [[DATE_TIME:24/02/2025]].""",
    # HL7 v2 ADT, no message timestamp
    r"""MSH|^~\&|ADTSRV|RIVERSIDE|LABSYS|RIVERSIDE||ADT^A01|MSG00418|P|2.5.1
EVN|A01|
PID|1||[[ID_NUMBER:MRN448172]]^^^RIVERSIDE^MR||[[PERSON:OKAFOR]]^[[PERSON:CHINEDU]]^[[PERSON:EMEKA]]^^[[TITLE:MR]]||[[DATE_TIME:19770812]]|M|||[[ADDRESS:2231 Sheridan Ave]]^[[ADDRESS:Apt 3F]]^[[LOCATION:Bronx]]^[[LOCATION:NY]]^[[ZIP_CODE:10457]]^[[LOCATION:USA]]||[[PHONE_NUMBER:(718)294-3307]]|||M|[[NRP:CAT]]|[[ID_NUMBER:ACCT77120493]]|[[US_SSN:088-42-7715]]
NK1|1|[[PERSON:OKAFOR]]^[[PERSON:ADANNA]]|SPO|||[[PHONE_NUMBER:(718)294-3308]]
PV1|1|I|4W^412^B|E|||[[ID_NUMBER:004417]]^[[PERSON:LINDQVIST]]^[[PERSON:MARTA]]^^^[[TITLE:DR]]|||MED||||7|||||V0448172
IN1|1|BCBS01|60054|EMPIRE BLUE CROSS||||||||||||[[PERSON:OKAFOR]]^[[PERSON:CHINEDU]]|SEL|[[DATE_TIME:19770812]]|||||||||||||||||[[ID_NUMBER:YRX448172093]]""",
    # FHIR Patient
    """{
  "resourceType": "Patient",
  "id": "7f3c2a90-4e11-4b8a-9d2e-1c6a0b5e8f41",
  "identifier": [
    {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID_NUMBER:4129387766]]"}
  ],
  "name": [{"use": "official", "family": "[[PERSON:Achterberg]]", "given": ["[[PERSON:Wilhelmina]]", "[[PERSON:Joy]]"], "prefix": ["[[TITLE:Mrs]]"]}],
  "telecom": [
    {"system": "phone", "value": "[[PHONE_NUMBER:01603 448 172]]", "use": "home"},
    {"system": "email", "value": "[[EMAIL_ADDRESS:willa.achterberg@btinternet.com]]"}
  ],
  "gender": "female",
  "birthDate": "[[DATE_TIME:1948-01-30]]",
  "address": [{"line": ["[[ADDRESS:Rose Cottage]]", "[[ADDRESS:12 Church Lane]]"], "city": "[[LOCATION:Aylsham]]", "district": "[[LOCATION:Norfolk]]", "postalCode": "[[ZIP_CODE:NR11 6AA]]", "country": "[[LOCATION:GB]]"}],
  "generalPractitioner": [{"reference": "Practitioner/G8841027", "display": "[[PERSON:Dr Nkechi Oduya]]"}],
  "contact": [{
    "relationship": [{"text": "son"}],
    "name": {"text": "[[PERSON:Pieter Achterberg]]"},
    "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:07700 448 102]]"}]
  }],
  "communication": [{"language": {"text": "English"}}]
}""",
    # JSON API response
    """HTTP/1.1 200 OK
Content-Type: application/json
X-Request-Id: 5b1e0c7a-88f2-4d13-b0a4-2e9c61d7f3aa

{"user": {"id": [[ID_NUMBER:88410273]], "username": "[[USERNAME:pixel_moth]]", "display_name": "[[PERSON:Imogen Blackwood-Sato]]",
 "email": "[[EMAIL_ADDRESS:imogen.bs@fastmail.fm]]", "phone": "[[PHONE_NUMBER:+44 7393 118 420]]", "dob": "[[DATE_TIME:1999-04-02]]",
 "address": {"line1": "[[ADDRESS:Flat 4]]", "line2": "[[ADDRESS:19 Cranbrook Road]]", "city": "[[LOCATION:Bristol]]", "postcode": "[[ZIP_CODE:BS6 7BS]]", "country": "[[LOCATION:GB]]"},
 "profile_url": "[[URL:https://pixelmoth.art]]", "avatar": "https://cdn.inkwell.app/a/8841.png",
 "last_login_ip": "[[IP_ADDRESS:86.134.22.71]]", "plan": "pro", "version": "4.12.0",
 "payment": {"brand": "visa", "last4": "4412", "exp": "11/27"},
 "referred_by": {"username": "[[USERNAME:grebe.prints]]", "name": "[[PERSON:Tobias Grebe]]"}}}""",
    # XML customer export, South Africa
    """<?xml version="1.0" encoding="UTF-8"?>
<customers exported="2025-03-31" source="crm-v7">
  <customer id="[[ID_NUMBER:C-204881]]">
    <title>[[TITLE:Mr]]</title>
    <firstName>[[PERSON:Bongani]]</firstName>
    <lastName>[[PERSON:Khumalo]]</lastName>
    <idNumber>[[ID_NUMBER:7109305831085]]</idNumber>
    <dob>[[DATE_TIME:1971-09-30]]</dob>
    <address><street>[[ADDRESS:22 Florida Road]]</street><suburb>[[LOCATION:Morningside]]</suburb><city>[[LOCATION:Durban]]</city><postalCode>[[ZIP_CODE:4001]]</postalCode></address>
    <mobile>[[PHONE_NUMBER:+27 82 418 3307]]</mobile>
    <email>[[EMAIL_ADDRESS:bongani.khumalo@webmail.co.za]]</email>
    <card>[[CREDIT_CARD:5186 0233 4417 7800]]</card>
  </customer>
  <customer id="[[ID_NUMBER:C-204882]]">
    <title>[[TITLE:Ms]]</title>
    <firstName>[[PERSON:Lerato]]</firstName>
    <lastName>[[PERSON:Mokoena]]</lastName>
    <idNumber>[[ID_NUMBER:9302270147086]]</idNumber>
    <dob>[[DATE_TIME:1993-02-27]]</dob>
    <address><street>[[ADDRESS:9 Jan Smuts Avenue]]</street><suburb>[[LOCATION:Parktown]]</suburb><city>[[LOCATION:Johannesburg]]</city><postalCode>[[ZIP_CODE:2193]]</postalCode></address>
    <mobile>[[PHONE_NUMBER:+27 71 330 9248]]</mobile>
    <email>[[EMAIL_ADDRESS:lerato.mokoena@gmail.com]]</email>
    <card>[[CREDIT_CARD:6011 9822 7105 4325]]</card>
  </customer>
</customers>""",
    # web access log with query strings
    """# portal.kestrelhousing.org access log excerpt (clock times only)
[[IP_ADDRESS:82.14.201.77]] - [[USERNAME:mbanerjee]] [09:14:22 +0000] "POST /login HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
[[IP_ADDRESS:82.14.201.77]] - [[USERNAME:mbanerjee]] [09:14:25 +0000] "GET /account/profile?email=[[EMAIL_ADDRESS:moumita.banerjee%40gmail.com]]&phone=[[PHONE_NUMBER:%2B447911204883]] HTTP/1.1" 200 5120
[[IP_ADDRESS:2a02:c7c:6e14:3b00::2f]] - [[USERNAME:j.okeke]] [09:15:02 +0000] "GET /repairs/new?addr=[[ADDRESS:Flat+12%2C+Kestrel+House%2C+40+Wharf+Road]]&pc=[[ZIP_CODE:N1+7GR]] HTTP/1.1" 200 7731
[[IP_ADDRESS:10.0.0.12]] - admin [09:16:40 +0000] "GET /healthz HTTP/1.1" 200 2
[[IP_ADDRESS:86.3.118.204]] - - [09:17:11 +0000] "POST /api/rent/pay?name=[[PERSON:Grace+Abernathy]]&tenancy=TEN-20418&amount=725.00 HTTP/1.1" 201 88
app[web.2]: 09:17:12 INFO payment ok user=[[USERNAME:gabernathy]] card=****4417 ref=PAY-88120
app[web.2]: 09:18:03 WARN login failed user=[[USERNAME:mbanerjee]] ip=[[IP_ADDRESS:82.14.201.77]] attempts=3""",
    # support ticket with history
    """Ticket INC-2025-118420: Broadband fault
Customer: [[PERSON:Mrs Patience Oyelaran-Shaw]]        Account: [[ID_NUMBER:BB-4418-2093]]
Service address: [[ADDRESS:3 Hollybush Cottages, Station Road]], [[LOCATION:Great Shelford]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB22 5LR]]
Contact: [[PHONE_NUMBER:01223 842 177]] / [[PHONE_NUMBER:07702 331 846]]        Email: [[EMAIL_ADDRESS:patience.os@talktalk.net]]

History
[[DATE_TIME:03/03/2025]] 10:12  Customer reports no sync since the storm. Router (serial 2207-AK4-0041) restarted; line test RED, fault code FC-112. Agent: [[PERSON:Kieran]]
[[DATE_TIME:04/03/2025]] 14:40  Engineer booked for [[DATE_TIME:07/03/2025]], AM slot. Customer asks us to ring her son [[PERSON:Daniel]] on [[PHONE_NUMBER:07944 602 118]] if she doesn't answer. Agent: [[PERSON:Priya S.]]
[[DATE_TIME:07/03/2025]] 12:05  Engineer [[PERSON:M. Dolan]] (ID [[ID_NUMBER:ENG-4471]]) replaced the drop wire; sync restored at 38 Mbps.
[[DATE_TIME:10/03/2025]] 09:30  Customer asks for compensation; £14.40 credited under the automatic compensation scheme. Closed by [[PERSON:Kieran]]""",
    # building society statement
    """Harbourside Building Society: Current Account Statement

[[PERSON:Mr Idris Al-Hashimi]]
Customer no. [[ID_NUMBER:HBS-0418827]]
[[ADDRESS:47 Cathedral Road]]
[[LOCATION:Cardiff]]
[[ZIP_CODE:CF11 9HA]]

Account number: [[ID_NUMBER:30418827]]        Sort code: 40-47-18
IBAN: [[IBAN_CODE:GB80 HBUK 4012 7631 5520 98]]        BIC: HBUKGB4B
Statement period: 01 Feb 2025 to 28 Feb 2025

Date    Description                                   Out        In         Balance
03 Feb  FPS IN [[PERSON:LAYLA AL-HASHIMI]] RENT SHARE                   450.00     2,118.40
05 Feb  DD CARDIFF COUNCIL TAX 44718203            162.00                1,956.40
11 Feb  FPS OUT [[PERSON:OWAIN PRITCHARD]] GARDENING       60.00                 1,896.40
14 Feb  CARD 4417 TESCO STORES 2231                 48.12                1,848.28
20 Feb  TFR TO [[PERSON:HASHIMI I]] SAVINGS [[ID_NUMBER:30419104]]     200.00                1,648.28
24 Feb  FPS IN [[PERSON:N MBEKI]] LOAN BACK THANKS                        80.00      1,728.28
27 Feb  SALARY CARDIFF UNIVERSITY                             2,884.16   4,612.44""",
    # workplace incident report, Ontario
    """WORKPLACE INCIDENT REPORT (supporting notes for WSIB Form 7)
Employer: Northwind Logistics Inc., [[ADDRESS:6650 Tomken Road]], [[LOCATION:Mississauga]], [[LOCATION:ON]] [[ZIP_CODE:L5T 2E9]]

Worker: [[PERSON:Rajinder Singh Bains]]        Employee no.: [[ID_NUMBER:NW-30418]]        DOB: [[DATE_TIME:1982-11-06]]
SIN: [[ID_NUMBER:477 182 034]]        Health card: [[ID_NUMBER:4512-098-734-BK]]
Home: [[ADDRESS:88 Sandalwood Pkwy E, Unit 12]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Z 1Y5]]        Phone: [[PHONE_NUMBER:905-846-2291]]

Date of incident: [[DATE_TIME:2025-02-19]], 06:45        Reported to supervisor [[PERSON:Maria Cardoso]] the same morning.
Description: While unloading trailer TR-4471 at dock 9, the worker's left foot was caught under a pallet jack (serial PJ-22817). First aid was given by [[PERSON:Maria Cardoso]] and he was taken by ambulance to the William Osler emergency department.
Witnesses: [[PERSON:Tyler Brennan-Achebe]] (forklift operator, ext. 4417) and [[PERSON:Wei Lin]].
Expected lost time: 10 working days. Return-to-work meeting: [[DATE_TIME:March 3]].

Completed by [[PERSON:Hugh Vandermeer]], H&S coordinator, on [[DATE_TIME:20 Feb 2025]].""",
    # reference request thread
    """Subject: Reference for [[PERSON:Aoife Gallagher]]
From: [[PERSON:Lorraine Okoro]] <[[EMAIL_ADDRESS:lorraine.okoro@brightwellcare.co.uk]]>
To: hr@fenwickhomes.org.uk

Dear HR team,

[[PERSON:Aoife Gallagher]] (DOB [[DATE_TIME:03/07/1994]]) has applied for a Senior Care Assistant post with us and named [[PERSON:Mr Colin Barraclough]] as her referee. Could you confirm her dates of employment and whether you would re-employ her? Her DBS certificate number is [[ID_NUMBER:001782294518]] and her NI number [[ID_NUMBER:SK 55 90 14 D]].

Kind regards,
[[PERSON:Lorraine Okoro]]
Registered Manager, Brightwell Care
[[ADDRESS:Unit 4, Harrowden Court, Brunel Way]], [[LOCATION:Northampton]] [[ZIP_CODE:NN3 8RD]]
Office 01604 448 201 | Mobile [[PHONE_NUMBER:07871 224 930]]

-----Reply-----
From: [[PERSON:Colin Barraclough]] <[[EMAIL_ADDRESS:c.barraclough@fenwickhomes.org.uk]]>
Hi [[PERSON:Lorraine]], [[PERSON:Aoife]] worked here as a care assistant from [[DATE_TIME:6 January 2020]] to [[DATE_TIME:28 February 2025]]. No disciplinary issues, and yes, we would happily have her back.
[[PERSON:Colin]]""",
    # GP referral letter, New Zealand
    """Tāmaki Family Health
[[ADDRESS:214 Great South Road]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]]

[[DATE_TIME:18 March 2025]]

[[PERSON:Dr Siosaia Fifita]]
Gastroenterology Outpatients, Middlemore Hospital

Dear [[PERSON:Dr Fifita]],

Re: [[PERSON:Losana Vaipulu]], DOB [[DATE_TIME:04/09/1966]], NHI [[ID_NUMBER:KMT9180]]
[[ADDRESS:7 Tui Place]], [[LOCATION:Māngere East]], [[LOCATION:Auckland]] [[ZIP_CODE:2024]]. Ph [[PHONE_NUMBER:021 448 3019]]

Thank you for seeing this [[AGE:58]]-year-old woman with iron-deficiency anaemia (Hb 92, ferritin 6) and a change in bowel habit since January. FIT was positive on [[DATE_TIME:10 March]]. Her daughter, [[PERSON:Mele]], usually interprets and can be reached on [[PHONE_NUMBER:022 317 8842]]. She is visiting family in [[LOCATION:Nuku'alofa]] until [[DATE_TIME:7 April]] and would prefer an appointment after that.

Yours sincerely,
[[PERSON:Dr Rachel Tuhiwai]], GP (MCNZ [[ID_NUMBER:48172]])""",
    # French, termination letter
    """[[PERSON:Camille Beaumont-Diallo]]
[[ADDRESS:27, rue du Faubourg Bonnefoy]]
[[ZIP_CODE:31500]] [[LOCATION:Toulouse]]
Tél. : [[PHONE_NUMBER:06 72 18 44 09]]
Courriel : [[EMAIL_ADDRESS:camille.beaumontdiallo@free.fr]]

SFR, Service Résiliation
[[ADDRESS:TSA 73917]]
[[ZIP_CODE:62978]] [[LOCATION:Arras]] Cedex 9

À [[LOCATION:Toulouse]], le [[DATE_TIME:2 avril 2025]]

Objet : résiliation de mon abonnement, ligne fixe [[PHONE_NUMBER:05 61 48 22 73]], contrat n° 447120938
Lettre recommandée avec accusé de réception n° 1A 184 772 0931 5

Madame, Monsieur,

Je soussignée [[PERSON:Camille Beaumont-Diallo]], née le [[DATE_TIME:17 octobre 1989]] à [[LOCATION:Dakar]] ([[LOCATION:Sénégal]]), titulaire du compte client [[ID_NUMBER:0044817293]], vous informe de ma décision de résilier mon abonnement en raison de mon déménagement le [[DATE_TIME:30 avril 2025]]. Ma nouvelle adresse sera [[ADDRESS:8 allée des Demoiselles]], [[ZIP_CODE:31400]] [[LOCATION:Toulouse]].
Je vous remercie de me rembourser le dépôt de garantie de la box sur le compte [[IBAN_CODE:FR76 2004 1010 0505 0001 3902 641]].

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
[[PERSON:C. Beaumont-Diallo]]""",
    # German, discharge letter
    """Klinikum am Rosengarten, Klinik für Kardiologie

[[TITLE:Frau]] [[TITLE:Dr. med.]] [[PERSON:Sabine Kröger]]
Hausarztpraxis
[[ADDRESS:Seckenheimer Straße 88]]
[[ZIP_CODE:68165]] [[LOCATION:Mannheim]]

[[LOCATION:Mannheim]], den [[DATE_TIME:14.03.2025]]

Entlassungsbericht
Patient: [[TITLE:Herr]] [[PERSON:Friedhelm Oberländer]], geb. [[DATE_TIME:07.05.1949]]
Anschrift: [[ADDRESS:Lameystraße 3]], [[ZIP_CODE:68165]] [[LOCATION:Mannheim]]
Versichertennummer: [[ID_NUMBER:K804417290]]
Stationärer Aufenthalt: [[DATE_TIME:03.03.2025]] bis [[DATE_TIME:13.03.2025]]

Sehr geehrte Frau Kollegin,

wir berichten über Ihren [[AGE:75]]-jährigen Patienten, der mit einem NSTEMI aufgenommen wurde. In der Koronarangiographie am [[DATE_TIME:04.03.]] zeigte sich eine hochgradige RIVA-Stenose, die mit einem Stent (Charge 4471-B) versorgt wurde. Der weitere Verlauf war komplikationslos.
Seine Ehefrau, [[TITLE:Frau]] [[PERSON:Gisela Oberländer]], ist unter [[PHONE_NUMBER:0621 44 18 207]] erreichbar.
Wiedervorstellung in unserer Ambulanz am [[DATE_TIME:22.04.2025]].

Mit freundlichen Grüßen
[[TITLE:Prof.]] [[PERSON:Dr. Henrik Aalders]], Chefarzt
[[PERSON:Dr. Leyla Demir]], Assistenzärztin""",
    # Spanish, lease
    """CONTRATO DE ARRENDAMIENTO DE VIVIENDA

En [[LOCATION:Valencia]], a [[DATE_TIME:1 de marzo de 2025]]

REUNIDOS
De una parte, [[TITLE:D.]] [[PERSON:Vicente Llorens Puig]], mayor de edad, con DNI [[ID_NUMBER:72940815H]] y domicilio en [[ADDRESS:Carrer de Colón 44, 5.º 9.ª]], [[ZIP_CODE:46004]] [[LOCATION:Valencia]], en adelante el ARRENDADOR.
De otra parte, [[TITLE:Dña.]] [[PERSON:Oksana Melnyk]], mayor de edad, de nacionalidad [[NRP:ucraniana]], con NIE [[ID_NUMBER:Y2038471H]], teléfono [[PHONE_NUMBER:+34 655 12 48 90]] y correo [[EMAIL_ADDRESS:oksana.melnyk.vlc@gmail.com]], en adelante la ARRENDATARIA.

EXPONEN
Que el ARRENDADOR es propietario de la vivienda sita en [[ADDRESS:Calle de Cuba 27, 2.º izq.]], [[ZIP_CODE:46006]] [[LOCATION:Valencia]] (referencia catastral 6524104YJ2762D0008XH).

CLÁUSULAS
Primera. Duración: un año, desde el [[DATE_TIME:1 de marzo de 2025]] hasta el [[DATE_TIME:28 de febrero de 2026]], prorrogable.
Segunda. Renta: 950 euros mensuales, pagaderos dentro de los cinco primeros días de cada mes en la cuenta [[IBAN_CODE:ES11 2085 9301 3203 3044 7281]], de la que es titular el ARRENDADOR.
Tercera. Fianza: una mensualidad, depositada en el organismo autonómico (expediente 2025/FZ/44817).

Y en prueba de conformidad, firman por duplicado.
Fdo.: [[PERSON:Vicente Llorens Puig]]        Fdo.: [[PERSON:Oksana Melnyk]]""",
    # Italian, lost property report
    """COMANDO STAZIONE CARABINIERI BOLOGNA NAVILE
VERBALE DI RICEZIONE DI DENUNCIA DI SMARRIMENTO

Il giorno [[DATE_TIME:11 febbraio 2025]], alle ore 10:30, presso questo Comando, è presente la [[TITLE:Sig.ra]] [[PERSON:Lorenza Ferrari]], nata a [[LOCATION:Torino]] il [[DATE_TIME:01/01/1993]], residente a [[LOCATION:Bologna]] in [[ADDRESS:Via del Pratello 58]], [[ZIP_CODE:40122]], C.F. [[ID_NUMBER:FRRLNZ93A41L219F]], tel. [[PHONE_NUMBER:349 771 2085]], la quale dichiara quanto segue:

"Il [[DATE_TIME:9 febbraio 2025]], verso le 19:00, sul treno regionale proveniente da [[LOCATION:Modena]], ho smarrito il portafoglio contenente: carta d'identità n. [[ID_NUMBER:CA48172DQ]], patente di guida n. [[ID_NUMBER:BO5418273X]], tessera sanitaria, una carta di debito collegata al conto [[IBAN_CODE:IT25 P020 0801 6640 0010 4721 833]] e una carta di credito [[CREDIT_CARD:4929 1330 5847 7265]], entrambe bloccate il [[DATE_TIME:9 febbraio]] alle 21:15."

Letto, confermato e sottoscritto.
La denunciante: [[PERSON:Lorenza Ferrari]]        Il verbalizzante: [[TITLE:App. Sc.]] [[PERSON:Davide Russo]]""",
    # Brazilian CV
    """[[PERSON:GABRIEL ALMEIDA DOS SANTOS]]
[[NRP:Brasileiro]], solteiro, [[AGE:28]] anos
[[ADDRESS:Rua dos Andradas, 1120, ap. 503]], [[LOCATION:Centro Histórico]], [[LOCATION:Porto Alegre]]/[[LOCATION:RS]], CEP [[ZIP_CODE:90020-008]]
Celular/WhatsApp: [[PHONE_NUMBER:(51) 98412-7730]] | E-mail: [[EMAIL_ADDRESS:gabriel.almeida.santos@gmail.com]]
LinkedIn: [[URL:https://www.linkedin.com/in/gabrielalmeidasantos]]

OBJETIVO
Cientista de dados com foco em risco de crédito.

EXPERIÊNCIA
Analista de Dados Pleno, Banrisul, [[LOCATION:Porto Alegre]] ([[DATE_TIME:03/2022]] até o momento)
- Modelos de PD e LGD em Python; redução de 18% na inadimplência da carteira PF.
Estagiário de BI, Gerdau ([[DATE_TIME:01/2020]] a [[DATE_TIME:02/2022]])

FORMAÇÃO
Bacharelado em Estatística, UFRGS (2015 a 2019)

IDIOMAS
Inglês avançado; espanhol intermediário.

DADOS PESSOAIS
Nascimento: [[DATE_TIME:22/08/1996]] | CPF: [[ID_NUMBER:847.201.356-17]] | CNH categoria B nº [[ID_NUMBER:04418273902]]""",
    # Dutch email thread
    """Van: [[PERSON:Femke Jansen]] <[[EMAIL_ADDRESS:femke.jansen@kpnmail.nl]]>
Aan: [[PERSON:Ruud Bakker]] <[[EMAIL_ADDRESS:r.bakker@bakkermakelaardij.nl]]>
Onderwerp: Re: bezichtiging Prinsengracht
Datum: [[DATE_TIME:11 maart 2025]] 14:02

Beste [[PERSON:Ruud]],

Dank voor de snelle reactie. Mijn partner [[PERSON:Youssef El Amrani]] en ik komen graag zaterdag [[DATE_TIME:15 maart]] om 11:00 kijken bij [[ADDRESS:Prinsengracht 611-III]]. Ons huidige adres is [[ADDRESS:Vrolikstraat 212 hs]], [[ZIP_CODE:1092 TR]] [[LOCATION:Amsterdam]]; mijn mobiel is [[PHONE_NUMBER:06 18 44 27 09]].

Groet,
[[PERSON:Femke]]

Op [[DATE_TIME:10 maart 2025]] om 17:21 schreef [[PERSON:Ruud Bakker]] <[[EMAIL_ADDRESS:r.bakker@bakkermakelaardij.nl]]>:
> Beste [[TITLE:mevrouw]] [[PERSON:Jansen]],
> De woning aan de Prinsengracht is nog beschikbaar (huur € 2.150 per maand, excl. servicekosten). Wilt u vooraf een kopie van uw ID en een werkgeversverklaring sturen?
> Met vriendelijke groet,
> [[PERSON:Ruud Bakker]] | Bakker Makelaardij | [[ADDRESS:Herengracht 401]], [[ZIP_CODE:1017 BP]] [[LOCATION:Amsterdam]] | 020 624 4417""",
    # Polish employment contract
    """UMOWA O PRACĘ

zawarta w dniu [[DATE_TIME:28 lutego 2025]] r. w [[LOCATION:Krakowie]] pomiędzy:
Softwise Sp. z o.o. z siedzibą pod adresem [[ADDRESS:ul. Lubicz 23]], [[ZIP_CODE:31-503]] [[LOCATION:Kraków]], NIP 6762481730, reprezentowaną przez [[TITLE:Pana]] [[PERSON:Marka Zielińskiego]], Prezesa Zarządu, zwaną dalej Pracodawcą,
a
[[TITLE:Panią]] [[PERSON:Katarzyną Wiśniewską]], zamieszkałą [[ADDRESS:os. Złotego Wieku 44/17]], [[ZIP_CODE:31-616]] [[LOCATION:Kraków]], PESEL [[ID_NUMBER:94071904620]], zwaną dalej Pracownikiem.

§ 1. Pracodawca zatrudnia Pracownika na stanowisku starszej testerki oprogramowania od dnia [[DATE_TIME:1 marca 2025]] na czas nieokreślony, w pełnym wymiarze czasu pracy.
§ 2. Wynagrodzenie zasadnicze wynosi 11 400 zł brutto miesięcznie i będzie przelewane na rachunek [[IBAN_CODE:PL61 1090 1014 0000 0712 1981 2874]].
§ 3. Miejsce pracy: siedziba Pracodawcy oraz praca zdalna.

Podpis Pracodawcy: [[PERSON:M. Zieliński]]        Podpis Pracownika: [[PERSON:K. Wiśniewska]]""",
    # Japanese resume
    """履歴書　　[[DATE_TIME:2025年3月10日]]現在
ふりがな　[[PERSON:たなか はると]]
氏名　　　[[PERSON:田中 陽翔]]
生年月日　[[DATE_TIME:平成12年7月3日]]生（満[[AGE:24]]歳）
現住所　　〒[[ZIP_CODE:150-0001]] [[LOCATION:東京都]][[LOCATION:渋谷区]][[ADDRESS:神宮前4丁目26-18 コーポ原宿302]]
電話　　　[[PHONE_NUMBER:080-3318-4472]]
E-mail　　[[EMAIL_ADDRESS:haruto.tanaka0703@gmail.com]]

学歴
[[DATE_TIME:平成31年3月]]　東京都立青山高等学校　卒業
[[DATE_TIME:平成31年4月]]　早稲田大学 商学部　入学
[[DATE_TIME:令和5年3月]]　早稲田大学 商学部　卒業

職歴
[[DATE_TIME:令和5年4月]]　株式会社リクルート　入社（営業企画部）
　　　　　　現在に至る

免許・資格
[[DATE_TIME:令和2年8月]]　普通自動車第一種運転免許　取得（免許証番号 [[ID_NUMBER:304418273910]]）
[[DATE_TIME:令和4年12月]]　TOEIC 860点""",
    # Turkish police statement
    """İFADE TUTANAĞI

Şikâyetçi: [[PERSON:Elif Şahin]]
T.C. Kimlik No: [[ID_NUMBER:10293847510]]
Baba adı: [[PERSON:Mustafa]]        Ana adı: [[PERSON:Hatice]]
Doğum yeri ve tarihi: [[LOCATION:Trabzon]], [[DATE_TIME:14.09.1988]]
Adres: [[ADDRESS:Halaskargazi Caddesi No: 212 Daire: 14]], [[LOCATION:Cumhuriyet Mahallesi]], [[LOCATION:Şişli]]/[[LOCATION:İstanbul]]
Telefon: [[PHONE_NUMBER:0533 772 41 09]]

[[DATE_TIME:3 Mart 2025]] günü saat 22:00 sularında işten eve dönerken eski eşim [[PERSON:Burak Şahin]], [[ID_NUMBER:34 BKT 418]] plakalı aracıyla beni evimin önüne kadar takip etti. [[PERSON:Burak]]'ın kullandığı telefon numarası [[PHONE_NUMBER:0542 118 30 27]] olup bu numaradan son bir haftada 40'tan fazla mesaj aldım. Şikâyetçiyim.

Tutanak [[DATE_TIME:4 Mart 2025]] tarihinde okunarak imza altına alınmıştır.
İfadeyi veren: [[PERSON:Elif Şahin]]
İfadeyi alan: [[TITLE:Komiser Yardımcısı]] [[PERSON:Serkan Yılmaz]], sicil no [[ID_NUMBER:118437]]""",
    # Indonesian certificate of domicile
    """SURAT KETERANGAN DOMISILI
Nomor: 470/118/Kel.Dg/III/2025

Yang bertanda tangan di bawah ini menerangkan bahwa:
Nama                : [[PERSON:Dewi Lestari Purnamasari]]
NIK                 : [[ID_NUMBER:3273046104920003]]
Tempat/Tgl. Lahir   : [[LOCATION:Garut]], [[DATE_TIME:21 April 1992]]
Jenis Kelamin       : Perempuan
Agama               : [[NRP:Islam]]
Pekerjaan           : Karyawan Swasta
Alamat              : [[ADDRESS:Jl. Dago Asri II No. 17 RT 04/RW 09]], Kel. [[LOCATION:Dago]], Kec. [[LOCATION:Coblong]], Kota [[LOCATION:Bandung]] [[ZIP_CODE:40135]]
No. HP              : [[PHONE_NUMBER:0812-2044-7718]]

Benar bahwa yang bersangkutan berdomisili di alamat tersebut sejak [[DATE_TIME:Januari 2019]]. Surat keterangan ini dibuat untuk keperluan pembukaan rekening bank.

Dikeluarkan di [[LOCATION:Bandung]] pada tanggal [[DATE_TIME:12 Maret 2025]]
Lurah,
[[TITLE:Drs.]] [[TITLE:H.]] [[PERSON:Asep Saepudin]], M.Si.
NIP [[ID_NUMBER:19720415 199803 1 006]]""",
]

CHAT = [
    # WhatsApp family group
    """[[PERSON:Tendai]]: mum's flight lands 6.40 tmrw, who's getting her?? 🛬
[[PERSON:Rumbi]]: me n [[PERSON:kuda]] will go, which terminal
[[PERSON:Tendai]]: T3. her number while she's roaming is [[PHONE_NUMBER:+263 77 418 2290]]
Mum: i am at the gate now!!! battery 9% 😩
[[PERSON:Rumbi]]: ok mama we will find u, stay by costa
[[PERSON:kuda]]: parking at T3 is robbery btw 💸""",
    # SMS with landlord
    """hi its [[PERSON:gary]] the landlord, the plumber [[PERSON:Stelios]] is coming wed [[DATE_TIME:12th]] between 9-12 for the boiler at [[ADDRESS:flat 2, 19 Ashgrove]]. his mob is [[PHONE_NUMBER:07412 903 558]] if he cant get in
--
ok thanks [[PERSON:gary]]. if im at work he can get the key off [[TITLE:mrs]] [[PERSON:Danvers]] at no. 21, she knows
--
👍 cheers [[PERSON:Lucy]]""",
    # Slack, vendor onboarding
    """[[USERNAME:priya.n]]: @[[USERNAME:tom.okeke]] can you add the new contractor to the vendor sheet? [[PERSON:Mateus Ferraz]], [[EMAIL_ADDRESS:mateus@ferrazdesign.pt]], NIF [[ID_NUMBER:244183074]] for the invoices
[[USERNAME:tom.okeke]]: done ✅ his IBAN's in the sheet too
[[USERNAME:priya.n]]: ty! he's in [[LOCATION:Lisbon]] so no calls before 10 our time pls
[[USERNAME:tom.okeke]]: noted. po number is PO-77120 fyi""",
    # Discord doxxing report
    """[[USERNAME:frostbyte]]: mods someone posted my address in #general pls delete 😡😡
[[USERNAME:kaelen_mod]]: on it, what did they post
[[USERNAME:frostbyte]]: "[[ADDRESS:88 larkspur ct]] [[LOCATION:bozeman]]" and my real name [[PERSON:Eli Vandersloot]]
[[USERNAME:kaelen_mod]]: deleted. who posted it
[[USERNAME:frostbyte]]: [[USERNAME:sk1bidi_ops]]
MEE6: [[USERNAME:sk1bidi_ops]] has been banned. Reason: doxxing
[[USERNAME:kaelen_mod]]: also reported to trust & safety. sorry man""",
    # call-centre transcript, spoken numbers
    """AGENT: Thanks for calling Northgate Energy, you're through to [[PERSON:Shannon]]. Can I take your account number?
CALLER: Yeah, it's, um, [[ID_NUMBER:seven seven four, one nine zero, two two]].
AGENT: Lovely. And can I take your name?
CALLER: [[PERSON:Gwen]] [[PERSON:Pritchard]], that's [[PERSON:P-R-I-T-C-H-A-R-D]].
AGENT: And the first line of the address?
CALLER: Number [[ADDRESS:nine Orchard Way]], [[ZIP_CODE:D E four, five Q R]].
AGENT: And your date of birth, please?
CALLER: The [[DATE_TIME:twelfth of May, nineteen sixty-three]].
AGENT: Thank you, [[PERSON:Gwen]]. I've booked the meter exchange. If the engineer can't get in, what number should he ring?
CALLER: The mobile, [[PHONE_NUMBER:oh seven nine four six, two two one, eight oh three]].""",
    # voicemail transcript
    """Voicemail, 0:48. "Hi, this message is for [[PERSON:Dr. Alvarez]]'s office. This is [[PERSON:Kenji Watanabe]], date of birth [[DATE_TIME:April 3rd, 1971]]. I need to move my colonoscopy from the [[DATE_TIME:21st]], I'm traveling for work that week. You can call me back at [[PHONE_NUMBER:four one five, two two eight, nine oh one four]], or email [[EMAIL_ADDRESS:kenji dot watanabe at gmail dot com]]. Thanks, bye." (auto-transcribed)""",
    # Reddit legal advice
    """r/legaladvice · posted by u/[[USERNAME:throwaway_renter_92]]
Landlord kept my whole $1,400 deposit, [[LOCATION:Columbus]] [[LOCATION:OH]]

I moved out of [[ADDRESS:1290 W 6th Ave, Apt 3]] on [[DATE_TIME:Jan 31]] and sent my forwarding address by certified mail on [[DATE_TIME:Feb 2]]. It's been 45 days and nothing. His name is [[PERSON:Ron Delbecq]] and he just texts "its coming" from [[PHONE_NUMBER:614-307-2291]]. Do I file in small claims? I'm [[AGE:23]] and have never done this lol

EDIT: yes I have photos from move-out day""",
    # Teams HR chat
    """[[PERSON:Olivia Brennan]] 10:42: hey, can you update [[PERSON:Kwame]]'s emergency contact? it's now his wife [[PERSON:Abena]], [[PHONE_NUMBER:07931 552 084]]
[[PERSON:Marcus Lee]] 10:44: sure, what's his staff number again
[[PERSON:Olivia Brennan]] 10:44: [[ID_NUMBER:40217]]
[[PERSON:Marcus Lee]] 10:47: done. also his address changed? system still says [[ADDRESS:11 Fern Grove]]
[[PERSON:Olivia Brennan]] 10:48: yes, [[ADDRESS:4 Calder Close]], [[LOCATION:Wakefield]] [[ZIP_CODE:WF1 4PQ]] since [[DATE_TIME:1 March]]""",
    # Telegram, Russian
    """[[PERSON:Дима]]: Саш, скинь адрес дачи, курьер спрашивает
[[PERSON:Саша]]: [[LOCATION:Истра]], [[ADDRESS:СНТ «Лесное», участок 47]]
[[PERSON:Саша]]: пусть звонит на [[PHONE_NUMBER:+7 926 118-40-27]], я встречу у шлагбаума
[[PERSON:Дима]]: ок. курьера зовут [[PERSON:Артём]], будет после 15
[[PERSON:Саша]]: 👍 и скажи [[PERSON:Ленке]] что ей в субботу [[AGE:40]], торт я заказал""",
    # support chat, marketplace
    """Bot: Hi! What's your order number?
You: 112-4471902-3381
Bot: Thanks. Connecting you to an agent...
Agent ([[PERSON:Kezia]]): Hi [[PERSON:Mr. Ramaswamy]], I can see the parcel was returned to our depot in [[LOCATION:Coventry]]. Which address should we resend it to?
You: [[ADDRESS:Flat 7, 112 Hagley Road]], [[LOCATION:Edgbaston]], [[ZIP_CODE:B16 8LB]]. the old one was wrong, no flat number
Agent ([[PERSON:Kezia]]): Done. And is [[PHONE_NUMBER:07723 015 846]] still the best number for the driver?
You: yes. thanks [[PERSON:Kezia]]""",
    # SMS impersonation scam
    """Hi mum its me [[PERSON:Jess]] 😘 dropped my phone in the bath, this is my new number. can u do me a favour
--
[[PERSON:Jess]]?? what happened to your old phone
--
its broken lol. i need to pay my rent today and my banking app is locked. can u send £780 to my landlord, [[PERSON:J Alderton]], acc [[ID_NUMBER:44182093]] sort 20-11-87. ill pay u back fri ❤️
--
I'll ring your dad first. [[PERSON:Steve]] says call him on [[PHONE_NUMBER:07700 118 402]]""",
    # WhatsApp, Mexican Spanish
    """[[PERSON:Lupita]]: oye [[PERSON:Chuy]] ya tienes la dirección pa la fiesta de mi abuelita?? cumple [[AGE:80]] 🎉
[[PERSON:Chuy]]: sii es en [[ADDRESS:Calle Pino 38]], col. [[LOCATION:Santa María la Ribera]], el sábado [[DATE_TIME:22]] a las 3
[[PERSON:Lupita]]: va. y el número de tu prima [[PERSON:Fer]]? para lo del pastel
[[PERSON:Chuy]]: [[PHONE_NUMBER:55 3418 2290]] ahí le dices que vas de mi parte jaja""",
    # health forum
    """Posted by [[USERNAME:tiredmumof3]] in Women's Health
hi all, [[AGE:34]]F, been having night sweats for about two months. my GP ([[PERSON:dr okafor]] at the surgery on Cowley Rd) did bloods on the [[DATE_TIME:4th]] and says thyroid is fine. has anyone had this with the mirena? my sister [[PERSON:Claire]] ([[AGE:38]]) had the same and it turned out to be early menopause 🙃""",
    # Discord, gaming
    """[[USERNAME:lilbean]]: who's up for mario kart tonight
[[USERNAME:ratking_07]]: me!! add my switch friend code [[ID_NUMBER:SW-4471-8820-3390]]
[[USERNAME:lilbean]]: added. btw is [[PERSON:Marcy]] coming? she's [[USERNAME:marcyplays]] on here
[[USERNAME:ratking_07]]: she's at her dads in [[LOCATION:Tulsa]] this week, no wifi 💀
[[USERNAME:lilbean]]: rip""",
    # Slack incident channel
    """[[USERNAME:m.chen]]: heads up, customer [[PERSON:Hadley Ross]] ([[EMAIL_ADDRESS:hadley.ross@icloud.com]]) says someone logged into her account from [[IP_ADDRESS:45.155.205.233]] last night
[[USERNAME:a.kowalczyk]]: that IP is on the tor exit list. force a reset?
[[USERNAME:m.chen]]: yes + revoke sessions. her phone on file is [[PHONE_NUMBER:+1 917 448 2031]], I'll text the code
[[USERNAME:a.kowalczyk]]: done. ticket SEC-4471 for the postmortem""",
    # French SMS
    """Coucou [[PERSON:Léa]] ! C'est [[PERSON:Maxime]] 😊 mon nouveau num c'est le [[PHONE_NUMBER:07 81 44 29 03]]
Samedi on se retrouve chez [[PERSON:Inès]], [[ADDRESS:12 rue Oberkampf]], code 4471B, 3e étage, vers 20h
Et [[PERSON:Hugo]] fête ses [[AGE:30]] ans donc ramène un truc 🎁""",
    # German WhatsApp
    """[[PERSON:Jonas]]: Hey, [[PERSON:Leni]] hat am [[DATE_TIME:21.11.]] Geburtstag, sie wird [[AGE:30]] 🎂 wir wollen zusammenlegen
[[PERSON:Mia]]: bin dabei! schick mir deine PayPal-Mail
[[PERSON:Jonas]]: [[EMAIL_ADDRESS:jonas.hartmann94@gmx.de]], 20€ pro Person
[[PERSON:Mia]]: ✅ und wo feiern wir?
[[PERSON:Jonas]]: bei mir, [[ADDRESS:Schillerstr. 8, Hinterhof]], klingeln bei [[PERSON:Hartmann]]""",
    # Taglish Messenger
    """[[PERSON:Bea]]: sis pa-send naman ng GCash mo, babayaran ko na yung share ko sa bday ni Tita [[PERSON:Marites]]
[[PERSON:Joanna]]: [[PHONE_NUMBER:0927 418 3305]] [[PERSON:Joanna R.]] po 😅
[[PERSON:Bea]]: sent na ₱500! saan nga ulit venue
[[PERSON:Joanna]]: sa bahay nila, [[ADDRESS:Blk 4 Lot 22, Camella Homes]], [[LOCATION:Dasmariñas]]. 6pm daw""",
    # Hinglish WhatsApp
    """[[PERSON:Rohit]] bhai, [[PERSON:Sneha]] ka address bhej de, courier bhejna hai
[[PERSON:Rohit]]: [[ADDRESS:Flat 1204, Tower B, Mahagun Moderne]], [[LOCATION:Sector 78]], [[LOCATION:Noida]] [[ZIP_CODE:201301]]
ok aur uska number?
[[PERSON:Rohit]]: [[PHONE_NUMBER:98110 42277]]. bol dena [[PERSON:Ankit]] ne bheja hai, warna lega nahi 😂""",
    # Arabic SMS
    """مرحباً [[PERSON:أحمد]]، نذكّرك بموعدك مع [[TITLE:د.]] [[PERSON:سلمى العتيبي]] يوم [[DATE_TIME:١٥ مايو]] الساعة ٤:٣٠ عصراً. للإلغاء اتصل على [[PHONE_NUMBER:0551 842 307]]. رقم ملفك [[ID_NUMBER:MRN-٤٤٨١٧٢]].""",
    # Brazilian support chat
    """Cliente: oi, sou a [[PERSON:Bia]], quero trocar a chave pix cadastrada
Atendente ([[PERSON:Rafael]]): Olá, [[PERSON:Beatriz]]! Pra confirmar, pode me passar o CPF?
Cliente: [[ID_NUMBER:396.418.205-24]]
Atendente ([[PERSON:Rafael]]): Obrigado. Qual a nova chave?
Cliente: meu celular, [[PHONE_NUMBER:(11) 97418-2230]]
Atendente ([[PERSON:Rafael]]): Pronto, alterado! A chave antiga, [[EMAIL_ADDRESS:bia.moraes@hotmail.com]], foi removida.""",
    # Swahili/Sheng M-Pesa
    """[[PERSON:Otieno]]: niaje [[PERSON:Wambui]], nitumie ile 2k ya chama kwa M-Pesa
[[PERSON:Wambui]]: sawa, ni [[PHONE_NUMBER:0712 448 930]] bado?
[[PERSON:Otieno]]: hapana, tumia [[PHONE_NUMBER:0798 221 604]], ile ingine imeibiwa 😤
[[PERSON:Wambui]]: imeenda. jina inakuja [[PERSON:GEORGE OTIENO]] sivyo?
[[PERSON:Otieno]]: ndio. asante sana""",
    # Japanese LINE
    """[[PERSON:ゆうき]]：明日の集合、[[PERSON:けんた]][[TITLE:くん]]の家でいい？
[[PERSON:みお]]：いいよ！住所おしえて🙏
[[PERSON:けんた]]：[[LOCATION:世田谷区]][[ADDRESS:三軒茶屋2-14-7 サンハイツ201]]だよ。駅から5分
[[PERSON:みお]]：了解！迷ったら電話するね
[[PERSON:けんた]]：[[PHONE_NUMBER:090-2218-4471]] まで""",
    # police non-emergency call
    """CALL HANDLER: Police, what's the address of your emergency?
CALLER: It's not an emergency exactly, it's my nan, [[PERSON:Edna Clough]]. She's [[AGE:eighty-four]] and she went out for the paper at like nine and she's not back.
CALL HANDLER: Okay. What's her address?
CALLER: [[ADDRESS:16 Beech Avenue]], [[LOCATION:Heckmondwike]]. I'm her grandson, [[PERSON:Ryan]].
CALL HANDLER: And a number to call you back on, [[PERSON:Ryan]]?
CALLER: [[PHONE_NUMBER:07845 339 021]]. She's got dementia, she sometimes thinks she still lives on Walkley Lane.""",
    # Reddit personal finance
    """posted by u/[[USERNAME:quietquokka]] · r/AusFinance
My dad ([[AGE:61]]) just got made redundant after 30 years and the payout is ~$140k. Mum is [[AGE:58]] and still working. They still owe $210k on the house in [[LOCATION:Toowoomba]]. Pay down the mortgage or top up super? Dad's super is with AustralianSuper (member no. [[ID_NUMBER:40018827]], don't worry it's his old one lol)""",
    # Telegram scam report
    """[[USERNAME:cryptoKat]]: guys DO NOT trust [[USERNAME:binance_support_live]], they DMd me asking for my seed phrase
[[USERNAME:cryptoKat]]: they also asked me to send 0.05 ETH to [[ID_NUMBER:0x91aB4c0E7d2F3a8B6C5e9D1f04A7b2C8e6D3f1A0]] to "verify"
[[USERNAME:hodl_harry]]: classic. report + block. real support never DMs
[[USERNAME:cryptoKat]]: reported 🙏 my real name is in my bio ([[PERSON:Katarina Novak]]) so they probably targeted me from that""",
    # delivery driver SMS, half address
    """Driver: hi im outside 14? blue door? cant see a number
Customer: no its [[ADDRESS:41 birch]] lol, the one with the bins, other side of the road
Driver: ah sorry 🙈 2 mins
Customer: np, its for [[PERSON:Aleksander]] if my flatmate answers
Driver: left with [[PERSON:Ola]] at the door. have a good one""",
    # KakaoTalk, Korean
    """[[PERSON:민수]]: [[PERSON:지현]]아 다음주 토요일 [[DATE_TIME:5월 17일]] 결혼식 주소 보내줄게
[[PERSON:민수]]: [[LOCATION:서울]] [[LOCATION:강남구]] [[ADDRESS:테헤란로 406]] 웨딩홀 3층
[[PERSON:지현]]: 고마워! 축의금 계좌는?
[[PERSON:민수]]: 신한 [[ID_NUMBER:110-418-227390]] [[PERSON:김민수]]""",
    # Twitch chat
    """[[USERNAME:sleepy_otter]]: LMAO he fell off again
[[USERNAME:vortexxx_99]]: chat how old is he
[[USERNAME:sleepy_otter]]: like [[AGE:25]]? idk
[[USERNAME:gr4nd_m4ster]]: hes [[AGE:27]], birthday was [[DATE_TIME:march 2nd]], he said it on stream
Nightbot: Follow the streamer on socials! [[URL:twitter.com/ZekeOnline]]
[[USERNAME:vortexxx_99]]: W 🎂""",
    # dating app chat
    """[[PERSON:Autumn]]: haha ok your dog is very cute but is that your actual height 😂
[[PERSON:Marco]]: 100% verified 6'1. so... drinks thursday?
[[PERSON:Autumn]]: ok! there's a wine bar near me on [[ADDRESS:218 Clement St]], 7?
[[PERSON:Marco]]: perfect. my number's [[PHONE_NUMBER:415 602 1187]] in case i get lost
[[PERSON:Autumn]]: saved as "[[PERSON:Marco]] 🐶" lol""",
]

TABLE = [
    # CSV, US customers
    """customer_id,first_name,last_name,email,phone,street,city,state,zip,dob
[[ID_NUMBER:100482]],[[PERSON:Marisa]],[[PERSON:Delgado-Whitfield]],[[EMAIL_ADDRESS:marisa.dw@gmail.com]],[[PHONE_NUMBER:(602) 418-3390]],[[ADDRESS:7741 E Camelback Rd]],[[LOCATION:Scottsdale]],[[LOCATION:AZ]],[[ZIP_CODE:85251]],[[DATE_TIME:1984-06-17]]
[[ID_NUMBER:100483]],[[PERSON:Trevon]],[[PERSON:Baptiste]],[[EMAIL_ADDRESS:tbaptiste@yahoo.com]],[[PHONE_NUMBER:(504) 822-1147]],[[ADDRESS:2210 Esplanade Ave]],[[LOCATION:New Orleans]],[[LOCATION:LA]],[[ZIP_CODE:70119]],[[DATE_TIME:1991-11-02]]
[[ID_NUMBER:100484]],[[PERSON:Ingrid]],[[PERSON:Haugland]],[[EMAIL_ADDRESS:ingrid.haugland@outlook.com]],[[PHONE_NUMBER:(612) 330-8826]],[[ADDRESS:518 Lowry Ave NE]],[[LOCATION:Minneapolis]],[[LOCATION:MN]],[[ZIP_CODE:55418]],[[DATE_TIME:1958-02-28]]""",
    # TSV, UK patients
    """MRN\tSurname\tForename\tDOB\tNHS No\tPostCode\tGP
[[ID_NUMBER:RX0448172]]\t[[PERSON:OYELARAN]]\t[[PERSON:Babatunde]]\t[[DATE_TIME:14/02/1962]]\t[[ID_NUMBER:721 448 9031]]\t[[ZIP_CODE:SE15 4QL]]\t[[PERSON:Dr A Khan]]
[[ID_NUMBER:RX0448173]]\t[[PERSON:McALLISTER]]\t[[PERSON:Fiona]]\t[[DATE_TIME:03/09/1977]]\t[[ID_NUMBER:455 102 8371]]\t[[ZIP_CODE:SE22 8HJ]]\t[[PERSON:Dr R Patel]]
[[ID_NUMBER:RX0448174]]\t[[PERSON:NGUYEN]]\t[[PERSON:Thi Lan]]\t[[DATE_TIME:21/12/1988]]\t[[ID_NUMBER:803 917 2640]]\t[[ZIP_CODE:SE5 7RS]]\t[[PERSON:Dr A Khan]]
[[ID_NUMBER:RX0448175]]\t[[PERSON:ABERNETHY]]\t[[PERSON:Hope]]\t[[DATE_TIME:30/06/2019]]\t[[ID_NUMBER:638 240 1153]]\t[[ZIP_CODE:SE15 3DT]]\t[[PERSON:Dr S Obi]]""",
    # semicolon CSV, German customers
    """Kundennr;Anrede;Vorname;Nachname;Straße;PLZ;Ort;IBAN;Geburtsdatum
[[ID_NUMBER:K-30417]];[[TITLE:Herr]];[[PERSON:Matthias]];[[PERSON:Grünewald]];[[ADDRESS:Hauptstraße 112]];[[ZIP_CODE:69117]];[[LOCATION:Heidelberg]];[[IBAN_CODE:DE69 1203 0000 1044 8273 10]];[[DATE_TIME:12.04.1971]]
[[ID_NUMBER:K-30418]];[[TITLE:Frau]];[[PERSON:Aylin]];[[PERSON:Demirci]];[[ADDRESS:Sonnenallee 221]];[[ZIP_CODE:12059]];[[LOCATION:Berlin]];[[IBAN_CODE:DE71 7002 0270 0015 5822 04]];[[DATE_TIME:30.08.1993]]
[[ID_NUMBER:K-30419]];[[TITLE:Frau]];[[PERSON:Hannelore]];[[PERSON:Bäcker]];[[ADDRESS:Am Mühlbach 3]];[[ZIP_CODE:83022]];[[LOCATION:Rosenheim]];[[IBAN_CODE:DE33 3705 0198 0002 2817 46]];[[DATE_TIME:05.01.1949]]""",
    # Markdown, Indian employees
    """| Emp ID | Name | Email | Mobile | PAN | City | DOJ |
|---|---|---|---|---|---|---|
| [[ID_NUMBER:IN-20481]] | [[PERSON:Kavya Subramanian]] | [[EMAIL_ADDRESS:kavya.s@kaveritech.in]] | [[PHONE_NUMBER:+91 94431 20877]] | [[ID_NUMBER:BVDPS4471Q]] | [[LOCATION:Chennai]] | [[DATE_TIME:02-Jan-2023]] |
| [[ID_NUMBER:IN-20482]] | [[PERSON:Harpreet Singh Sodhi]] | [[EMAIL_ADDRESS:harpreet.sodhi@kaveritech.in]] | [[PHONE_NUMBER:+91 98140 55213]] | [[ID_NUMBER:CKLPS9902R]] | [[LOCATION:Mohali]] | [[DATE_TIME:15-Mar-2021]] |
| [[ID_NUMBER:IN-20483]] | [[PERSON:Md. Rafiqul Islam]] | [[EMAIL_ADDRESS:rafiqul.islam@kaveritech.in]] | [[PHONE_NUMBER:+91 90070 33184]] | [[ID_NUMBER:AQRPI2284K]] | [[LOCATION:Kolkata]] | [[DATE_TIME:09-Aug-2024]] |""",
    # fixed-width, US students
    """STUDENT_ID  NAME                      DOB         GUARDIAN                 PHONE
[[ID_NUMBER:S0041827]]    [[PERSON:Jaylen Okoro-Banks]]        [[DATE_TIME:2010-03-14]]  [[PERSON:Denise Banks]]             [[PHONE_NUMBER:404-527-7719]]
[[ID_NUMBER:S0041828]]    [[PERSON:Esperanza Quintanilla]]     [[DATE_TIME:2009-11-30]]  [[PERSON:Rogelio Quintanilla]]      [[PHONE_NUMBER:404-882-3016]]
[[ID_NUMBER:S0041829]]    [[PERSON:Winter Lindholm]]           [[DATE_TIME:2010-07-07]]  [[PERSON:Astrid Lindholm]]          [[PHONE_NUMBER:678-410-2295]]
[[ID_NUMBER:S0041830]]    [[PERSON:Bao Tran]]                  [[DATE_TIME:2011-01-19]]  [[PERSON:Hien Tran]]                [[PHONE_NUMBER:770-339-4408]]""",
    # JSON lines, Australian orders
    """{"order": "AU-771203", "customer": "[[PERSON:Charlotte Nguyen-Reid]]", "email": "[[EMAIL_ADDRESS:charlotte.nr@bigpond.com]]", "ship_to": "[[ADDRESS:14 Hakea Street]]", "suburb": "[[LOCATION:Fremantle]]", "state": "[[LOCATION:WA]]", "postcode": "[[ZIP_CODE:6160]]", "total": 182.40}
{"order": "AU-771204", "customer": "[[PERSON:Liam O'Sullivan]]", "email": "[[EMAIL_ADDRESS:liamosull@gmail.com]]", "ship_to": "[[ADDRESS:Unit 3, 27 Bridge Road]]", "suburb": "[[LOCATION:Richmond]]", "state": "[[LOCATION:VIC]]", "postcode": "[[ZIP_CODE:3121]]", "total": 64.95}
{"order": "AU-771205", "customer": "[[PERSON:Aroha Ngata-Smith]]", "email": "[[EMAIL_ADDRESS:aroha.ns@outlook.com]]", "ship_to": "[[ADDRESS:9 Banksia Crescent]]", "suburb": "[[LOCATION:Alice Springs]]", "state": "[[LOCATION:NT]]", "postcode": "[[ZIP_CODE:0870]]", "total": 419.00}""",
    # YAML, Canadian tenants
    """tenants:
  - name: [[PERSON:Mathieu Gagnon]]
    unit: "[[ADDRESS:304-1188 Rue Sainte-Catherine O]]"
    city: [[LOCATION:Montréal]]
    postal_code: [[ZIP_CODE:H3B 1K1]]
    phone: "[[PHONE_NUMBER:514-908-2274]]"
    lease_start: [[DATE_TIME:2024-07-01]]
  - name: [[PERSON:Harleen Grewal]]
    unit: "[[ADDRESS:1907-50 Absolute Ave]]"
    city: [[LOCATION:Mississauga]]
    postal_code: [[ZIP_CODE:L4Z 0A8]]
    phone: "[[PHONE_NUMBER:647-330-8812]]"
    lease_start: [[DATE_TIME:2023-09-01]]
  - name: [[PERSON:Tobias Redcloud]]
    unit: "[[ADDRESS:12-455 Portage Ave]]"
    city: [[LOCATION:Winnipeg]]
    postal_code: [[ZIP_CODE:R3B 2E3]]
    phone: "[[PHONE_NUMBER:204-881-4406]]"
    lease_start: [[DATE_TIME:2025-02-01]]""",
    # HTML rows, UK gym members
    """<tr><th>Member no</th><th>Name</th><th>Email</th><th>Mobile</th><th>Joined</th><th>Plan</th></tr>
<tr><td>[[ID_NUMBER:GM-048812]]</td><td>[[PERSON:Priya Chatterjee]]</td><td>[[EMAIL_ADDRESS:priya.chatterjee@hotmail.co.uk]]</td><td>[[PHONE_NUMBER:07481 339 204]]</td><td>[[DATE_TIME:04/01/2024]]</td><td>Off-peak</td></tr>
<tr><td>[[ID_NUMBER:GM-048813]]</td><td>[[PERSON:Kieran Lamb]]</td><td>[[EMAIL_ADDRESS:klamb88@gmail.com]]</td><td>[[PHONE_NUMBER:07722 801 336]]</td><td>[[DATE_TIME:11/02/2024]]</td><td>Anytime</td></tr>
<tr><td>[[ID_NUMBER:GM-048814]]</td><td>[[PERSON:Dorota Kowalska]]</td><td>[[EMAIL_ADDRESS:dorota.k@wp.pl]]</td><td>[[PHONE_NUMBER:07503 118 447]]</td><td>[[DATE_TIME:19/03/2024]]</td><td>Student</td></tr>""",
    # CSV, visa applicants
    """ref,surname,given_names,nationality,passport_no,dob,email
VA-2291,[[PERSON:MWANGI]],[[PERSON:Brian Kiprop]],[[NRP:Kenyan]],[[ID_NUMBER:AK4418273]],[[DATE_TIME:12/05/1994]],[[EMAIL_ADDRESS:brian.mwangi94@gmail.com]]
VA-2292,[[PERSON:FERREIRA]],[[PERSON:Ana Luísa]],[[NRP:Brazilian]],[[ID_NUMBER:FX338201]],[[DATE_TIME:28/10/1989]],[[EMAIL_ADDRESS:analuisa.ferreira@uol.com.br]]
VA-2293,[[PERSON:RAHMAN]],[[PERSON:Tahmina]],[[NRP:Bangladeshi]],[[ID_NUMBER:EB0718842]],[[DATE_TIME:07/03/2000]],[[EMAIL_ADDRESS:tahmina.rahman00@yahoo.com]]
VA-2294,[[PERSON:KOWALCZYK]],[[PERSON:Jakub]],[[NRP:Polish]],[[ID_NUMBER:EK4471028]],[[DATE_TIME:15/08/1985]],[[EMAIL_ADDRESS:jakub.kowalczyk@onet.pl]]""",
    # pipe table, Brazilian shipments
    """pedido | destinatário | CPF | endereço | cidade | UF | CEP
BR-55012 | [[PERSON:Letícia Andrade]] | [[ID_NUMBER:118.447.390-07]] | [[ADDRESS:Rua Augusta, 1508, ap. 92]] | [[LOCATION:São Paulo]] | [[LOCATION:SP]] | [[ZIP_CODE:01304-001]]
BR-55013 | [[PERSON:Francisco das Chagas Silva]] | [[ID_NUMBER:209.381.774-86]] | [[ADDRESS:Av. Beira Mar, 2200, bloco B]] | [[LOCATION:Fortaleza]] | [[LOCATION:CE]] | [[ZIP_CODE:60165-121]]
BR-55014 | [[PERSON:Mariana Kobayashi]] | [[ID_NUMBER:563.092.118-54]] | [[ADDRESS:Rua XV de Novembro, 340]] | [[LOCATION:Curitiba]] | [[LOCATION:PR]] | [[ZIP_CODE:80020-310]]""",
    # TSV, Dutch payroll
    """Personeelsnr\tNaam\tBSN\tIBAN\tIn dienst\tAfdeling
[[ID_NUMBER:P1041]]\t[[PERSON:Lotte Verbeek]]\t[[ID_NUMBER:618240937]]\t[[IBAN_CODE:NL97 INGB 0004 4182 73]]\t[[DATE_TIME:01-09-2019]]\tFinanciën
[[ID_NUMBER:P1042]]\t[[PERSON:Mohamed Bouzid]]\t[[ID_NUMBER:290477189]]\t[[IBAN_CODE:NL88 RABO 0120 9388 47]]\t[[DATE_TIME:15-03-2022]]\tLogistiek
[[ID_NUMBER:P1043]]\t[[PERSON:Jan-Willem de Vries]]\t[[ID_NUMBER:447103829]]\t[[IBAN_CODE:NL07 ASNB 0708 8122 40]]\t[[DATE_TIME:01-02-2024]]\tICT""",
    # Italian hotel guest register
    """cognome,nome,sesso,data_nascita,comune_nascita,nazionalità,documento,numero_documento
[[PERSON:Esposito]],[[PERSON:Salvatore]],M,[[DATE_TIME:03/03/1968]],[[LOCATION:Napoli]],[[NRP:italiana]],carta d'identità,[[ID_NUMBER:CA77120KB]]
[[PERSON:Esposito]],[[PERSON:Carmela]],F,[[DATE_TIME:19/07/1970]],[[LOCATION:Pozzuoli]],[[NRP:italiana]],carta d'identità,[[ID_NUMBER:CA77121KB]]
[[PERSON:Lindqvist]],[[PERSON:Oskar]],M,[[DATE_TIME:22/11/1990]],[[LOCATION:Uppsala]],[[NRP:svedese]],passaporto,[[ID_NUMBER:AA4418827]]
[[PERSON:Okafor]],[[PERSON:Ngozi]],F,[[DATE_TIME:08/02/1985]],[[LOCATION:Enugu]],[[NRP:nigeriana]],passaporto,[[ID_NUMBER:B02284471]]""",
    # Markdown, Nigerian clinic list
    """| Hosp No | Patient | Age | Sex | Phone | Address | Appt |
|---|---|---|---|---|---|---|
| [[ID_NUMBER:LUTH/24/08812]] | [[PERSON:Chukwudi Eze]] | [[AGE:52]] | M | [[PHONE_NUMBER:0803 441 2290]] | [[ADDRESS:17 Adeniran Ogunsanya St]], [[LOCATION:Surulere]] | [[DATE_TIME:14/04]] |
| [[ID_NUMBER:LUTH/24/08813]] | [[PERSON:Funmilayo Adebayo]] | [[AGE:29]] | F | [[PHONE_NUMBER:0816 220 7734]] | [[ADDRESS:4 Ishaga Road]], [[LOCATION:Idi-Araba]] | [[DATE_TIME:14/04]] |
| [[ID_NUMBER:LUTH/24/08814]] | [[PERSON:Musa Ibrahim Danjuma]] | [[AGE:67]] | M | [[PHONE_NUMBER:0705 118 3362]] | [[ADDRESS:22 Ojuelegba Rd]], [[LOCATION:Yaba]] | [[DATE_TIME:15/04]] |""",
    # JSON lines, user accounts
    """{"user_id": [[ID_NUMBER:50217]], "username": "[[USERNAME:nightjar_k]]", "email": "[[EMAIL_ADDRESS:kestrel.moss@proton.me]]", "last_ip": "[[IP_ADDRESS:91.108.4.210]]", "country": "[[LOCATION:NL]]", "role": "member"}
{"user_id": [[ID_NUMBER:50218]], "username": "[[USERNAME:dr_lemon]]", "email": "[[EMAIL_ADDRESS:t.lemoine@orange.fr]]", "last_ip": "[[IP_ADDRESS:2a01:cb00:8d2:1e00::1b]]", "country": "[[LOCATION:FR]]", "role": "moderator"}
{"user_id": [[ID_NUMBER:50219]], "username": "[[USERNAME:koala_kate]]", "email": "[[EMAIL_ADDRESS:kate.b.wilson@optusnet.com.au]]", "last_ip": "[[IP_ADDRESS:203.45.118.92]]", "country": "[[LOCATION:AU]]", "role": "member"}""",
    # fixed-width, French bank export
    """NOM             PRENOM      IBAN                                 DATE_OUV    VILLE
[[PERSON:MARCHAND]]        [[PERSON:Élodie]]      [[IBAN_CODE:FR76 3000 3015 5000 0504 7118 238]]    [[DATE_TIME:12/06/2015]]  [[LOCATION:Nantes]]
[[PERSON:BENSAÏD]]         [[PERSON:Karim]]       [[IBAN_CODE:FR76 1820 6000 4860 4418 2930 126]]    [[DATE_TIME:03/01/2020]]  [[LOCATION:Marseille]]
[[PERSON:LE GOFF]]         [[PERSON:Yann]]        [[IBAN_CODE:FR76 3000 2004 1200 0009 2773 194]]    [[DATE_TIME:28/09/2008]]  [[LOCATION:Brest]]""",
    # CSV, Irish donors
    """donor_id,name,address,eircode,phone,first_gift
[[ID_NUMBER:D-77120]],[[PERSON:Siobhán Ó Ceallaigh]],"[[ADDRESS:3 Grattan Terrace]], [[LOCATION:Ennis]], Co. [[LOCATION:Clare]]",[[ZIP_CODE:V95 K2T8]],[[PHONE_NUMBER:087 448 2201]],[[DATE_TIME:2019-05-11]]
[[ID_NUMBER:D-77121]],[[PERSON:Tadhg Moriarty]],"[[LOCATION:Lispole]], Co. [[LOCATION:Kerry]]",[[ZIP_CODE:V92 H6X4]],[[PHONE_NUMBER:066 915 0347]],[[DATE_TIME:2021-12-02]]
[[ID_NUMBER:D-77122]],[[PERSON:Grace Adeyemi-Walsh]],"[[ADDRESS:Apt 14, The Maltings, Bow Lane]], [[LOCATION:Dublin 8]]",[[ZIP_CODE:D08 XR27]],[[PHONE_NUMBER:085 220 9188]],[[DATE_TIME:2023-03-17]]""",
    # semicolon CSV, Spanish club members
    """nº socio;nombre;apellidos;DNI;teléfono;email;fecha alta
[[ID_NUMBER:4471]];[[PERSON:Álvaro]];[[PERSON:Gómez Echeverría]];[[ID_NUMBER:33184720K]];[[PHONE_NUMBER:688 41 22 09]];[[EMAIL_ADDRESS:alvaro.gomez.e@gmail.com]];[[DATE_TIME:14/09/2018]]
[[ID_NUMBER:4472]];[[PERSON:Nerea]];[[PERSON:Urrutia Ibarra]];[[ID_NUMBER:50917236C]];[[PHONE_NUMBER:677 30 18 45]];[[EMAIL_ADDRESS:nerea.urrutia@euskaltel.net]];[[DATE_TIME:02/02/2021]]
[[ID_NUMBER:4473]];[[PERSON:Moussa]];[[PERSON:Diop]];[[ID_NUMBER:X7730185T]];[[PHONE_NUMBER:631 22 90 47]];[[EMAIL_ADDRESS:moussadiop.bcn@hotmail.com]];[[DATE_TIME:30/06/2024]]""",
    # YAML, Japanese emergency contacts
    """社員緊急連絡先:
  - 社員番号: [[ID_NUMBER:J-10482]]
    氏名: [[PERSON:鈴木 一郎]]
    連絡先氏名: [[PERSON:鈴木 花子]]
    電話: "[[PHONE_NUMBER:090-7718-2203]]"
    住所: "[[LOCATION:神奈川県]][[LOCATION:横浜市]][[LOCATION:港北区]][[ADDRESS:日吉2-3-11]]"
  - 社員番号: [[ID_NUMBER:J-10483]]
    氏名: [[PERSON:グエン・ヴァン・アン]]
    連絡先氏名: [[PERSON:グエン・ティ・マイ]]
    電話: "[[PHONE_NUMBER:080-4419-3087]]"
    住所: "[[LOCATION:愛知県]][[LOCATION:名古屋市]][[LOCATION:中村区]][[ADDRESS:名駅南1-24-30 ハイツ名駅405]]"
  - 社員番号: [[ID_NUMBER:J-10484]]
    氏名: [[PERSON:高橋 さくら]]
    連絡先氏名: [[PERSON:高橋 誠]]
    電話: "[[PHONE_NUMBER:070-2284-1196]]"
    住所: "[[LOCATION:福岡県]][[LOCATION:福岡市]][[LOCATION:中央区]][[ADDRESS:大名1-8-15]]\"""",
    # HTML rows, Polish patients
    """<tr><th>Pacjent</th><th>PESEL</th><th>Data urodzenia</th><th>Telefon</th><th>Adres</th><th>Wizyta</th></tr>
<tr><td>[[PERSON:Wojciech Mazur]]</td><td>[[ID_NUMBER:78031204573]]</td><td>[[DATE_TIME:12.03.1978]]</td><td>[[PHONE_NUMBER:604 118 337]]</td><td>[[ADDRESS:ul. Kościuszki 41/3]], [[ZIP_CODE:50-011]] [[LOCATION:Wrocław]]</td><td>[[DATE_TIME:07.05.2025]]</td></tr>
<tr><td>[[PERSON:Julia Zając]]</td><td>[[ID_NUMBER:01262148820]]</td><td>[[DATE_TIME:21.06.2001]]</td><td>[[PHONE_NUMBER:512 940 228]]</td><td>[[ADDRESS:ul. Ruska 12/8]], [[ZIP_CODE:50-079]] [[LOCATION:Wrocław]]</td><td>[[DATE_TIME:07.05.2025]]</td></tr>
<tr><td>[[PERSON:Halina Pawlak]]</td><td>[[ID_NUMBER:65093033168]]</td><td>[[DATE_TIME:30.09.1965]]</td><td>[[PHONE_NUMBER:71 342 18 90]]</td><td>[[ADDRESS:pl. Grunwaldzki 8/14]], [[ZIP_CODE:50-384]] [[LOCATION:Wrocław]]</td><td>[[DATE_TIME:08.05.2025]]</td></tr>""",
    # CSV, South African drivers
    """driver_id,full_name,sa_id,licence_no,vehicle_reg,cell
[[ID_NUMBER:DRV-0412]],[[PERSON:Nomvula Dube]],[[ID_NUMBER:8507190934089]],[[ID_NUMBER:40870012ZK4H]],[[ID_NUMBER:CA 448-210]],[[PHONE_NUMBER:082 441 7730]]
[[ID_NUMBER:DRV-0413]],[[PERSON:Pieter van der Merwe]],[[ID_NUMBER:7602115802080]],[[ID_NUMBER:40180044TT7B]],[[ID_NUMBER:ND 227-914]],[[PHONE_NUMBER:083 902 1184]]
[[ID_NUMBER:DRV-0414]],[[PERSON:Thabo Mokoena]],[[ID_NUMBER:9904055127082]],[[ID_NUMBER:40930018PL2C]],[[ID_NUMBER:GP 33 XY GP]],[[PHONE_NUMBER:071 338 2047]]
[[ID_NUMBER:DRV-0415]],[[PERSON:Zanele Khumalo]],[[ID_NUMBER:0109230189085]],[[ID_NUMBER:41080027MN5D]],[[ID_NUMBER:KZN 84521]],[[PHONE_NUMBER:064 220 9913]]""",
]

LOOKALIKE = [
    # release notes (no PII)
    """Release 4.12.0 (build 20250311.4), codename "Hopper"
- Fixes CVE-2024-3094 in the bundled xz and bumps OpenSSL to 3.0.13.
- Firmware 10.4.1.220 is now the minimum for the Edison gateway.
- Checksum (SHA-256): 3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea
- Artifact 550e8400-e29b-41d4-a716-446655440000; image ghcr.io/inkwell/api:4.12.0
- Default port moves from 8080 to 8443. Tested on Windows 10.0.19045 and macOS 14.4.
Design note: DOI 10.5281/zenodo.8123447; tracking issue #4471.""",
    # order summary (no PII)
    """Order summary 204-7718203-4471902
1 x Dr. Martens 1460 Smooth boots, UK 7, SKU DM-11822006 ......... £169.00
1 x Twinings Earl Grey, 100 bags, EAN 5901234123457 ............. £4.50
1 x The Road (paperback), ISBN 978-0-307-26853-2 .................. £8.99
1 x Ben & Jerry's Phish Food 465 ml ............................... £5.25
Tracking 1Z 999 AA1 01 2345 6784 (UPS), estimated delivery Thursday.
Gift card applied: £20.00. VAT reg GB 727 2558 44.""",
    # airline ops bulletin (no PII)
    """Ops bulletin: LH 901 FRA-LHR, aircraft D-AINK, gate B44, STD 07:10. Cargo AWB 020-44827731 loaded in container AKE 4471 LH, seal 0098812. METAR EGLL 110650Z 24012KT 9999 FEW030 09/04 Q1018. Hub reference point 50.0379 N, 8.5622 E. Ground handling hotline +49 69 696 0. Slot review at 14:30.""",
    # French invoice (no PII)
    """Facture n° FA-2025-04417 du 03/04/2025. Client : SARL Boulangerie du Marché, SIRET 552 100 554 00025, TVA intracommunautaire FR40 303 265 045. Désignation : four à sole Cervap 4.40, n° de série BGD-22918-T, garantie 24 mois. Commande CMD-88120, bon de livraison BL-7731, colis 6A18442973301. Paiement par virement à 30 jours, référence RF18 5390 0754 7034. Pénalités de retard : trois fois le taux d'intérêt légal.""",
    # German maintenance log (no PII)
    """Wartungsprotokoll Nr. WP-2025-0417: Akku-Bohrschrauber Bosch GSR 18V-55 (Sachnummer 06019H5204, Seriennummer 441722098), Prüfung nach DGUV V3 bestanden, Isolationswiderstand 2,4 MΩ, nächste Prüfung in 12 Monaten. Einsatzort: Max-Planck-Institut, Gebäude C, Raum 2.17. Ersatzteil: Kohlebürste 2 610 391 290, Charge L2291. Messgerät Benning ST 755, Kalibrierschein KS-88120.""",
    # museum notice
    """Opening hours for the Ada Lovelace Gallery and the Brunel Collection change from Monday; the Turing Room stays closed for refurbishment. Group bookings (reference GRP-4471) go through the box office on 020 7942 4000. Press enquiries: curator [[PERSON:Dr Miriam Osei-Tutu]], [[EMAIL_ADDRESS:m.osei-tutu@sciencehall.org.uk]]. The museum is at [[ADDRESS:240 Exhibition Road]], [[LOCATION:London]] [[ZIP_CODE:SW7 2DD]].""",
    # missed delivery card
    """Sorry we missed you. We tried to deliver an item for [[PERSON:K. Adeyemi]] at [[ADDRESS:Flat 3, 27 Queens Road]] today. Item ref KN 4418 2930 1GB (signed for, 1.2 kg). Collect it from your Delivery Office after 12:00 tomorrow with this card and photo ID, or rebook online with the ref. Customer service: 03457 740 740.""",
    # IT asset inventory
    """Asset AST-04471 | Dell Latitude 7440 | S/N 9XK4T73 | MAC 4C:D7:17:2A:91:0E | hostname LDN-LT-0447 | IP [[IP_ADDRESS:10.20.14.77]] | OS 23H2 (10.0.22631) | BIOS 1.14.2 | assigned to [[PERSON:Farah Siddiqui]] ([[EMAIL_ADDRESS:farah.siddiqui@lumenlaw.co.uk]]) | warranty ends 2027-03-31 | PO 4500188271""",
    # bibliography
    """References
1. [[PERSON:Okonkwo]] [[PERSON:A]], [[PERSON:Lindqvist]] [[PERSON:M]]. Soil carbon under Sahelian agroforestry. Nat Sustain. 2021;4:512-520. doi:10.1038/s41893-021-00688-2
2. [[PERSON:Haraway]], [[PERSON:D.]] Staying with the Trouble. Duke University Press; 2016. ISBN 978-1-84792-301-1.
3. [[PERSON:Kimura]] [[PERSON:T]] et al. Nitrogen budgets in paddy systems. J Agron Crop Sci (ISSN 0317-8471). 2019;205(3):221-34. PMID 31180442.""",
    # recipe card
    """Peach Melba (named after the soprano [[PERSON:Nellie Melba]]), serves 6. Poach 6 ripe peaches in 500 ml water with 150 g sugar and a vanilla pod for 8 minutes; blitz 300 g raspberries with 2 tbsp icing sugar and sieve. Serve over vanilla ice cream with a cup of Earl Grey. This is the version Auntie [[PERSON:Bisi]] made every Christmas, not the Escoffier one. Oven not needed; prep 20 min.""",
    # pharmacy label and leaflet
    """Co-careldopa 25 mg/100 mg tablets, for Parkinson's disease. Lot 4417B, EXP 11/2026, PL 04569/0432, GTIN 05012345678900. Take one tablet three times a day. Do not take with iron supplements. Dispensed for: [[PERSON:Mr Harold Beaumont]]. Rx 7720418. Pharmacist: [[PERSON:Nadia Qureshi]], GPhC [[ID_NUMBER:2087744]]. Not to be confused with Dr. Scholl's foot products sold in store.""",
    # sports results
    """Results, Saturday: Lille 2-1 Lens at the Stade Pierre-Mauroy, attendance 48,212. Women's 10,000 m at the Abebe Bikila Stadium: 1. [[PERSON:Tsigereda Alemu]] ([[LOCATION:Bekoji]]) 31:44.18; 2. [[PERSON:Mercy Chebet]] ([[LOCATION:Iten]]) 31:47.02; 3. [[PERSON:Aster Worku]] ([[LOCATION:Asella]]) 31:59.90. Wind +0.4, race number 4471 disqualified.""",
    # Dutch property listing
    """Te koop: [[ADDRESS:Van Speijkstraat 112-2]], [[ZIP_CODE:1057 HG]] [[LOCATION:Amsterdam]]. Vraagprijs € 475.000 k.k., 68 m², energielabel C, bouwjaar 1908, VvE-bijdrage € 145 per maand, kadastraal perceel AMSTERDAM S 4471 A-2. Bezichtigingen via [[PERSON:Sanne de Wit]], [[PHONE_NUMBER:06 24 18 77 30]].""",
    # Spanish transfer notice
    """Aviso de transferencia. Ordenante: Talleres Ibarra S.L. (CIF B48291730). Beneficiaria: [[PERSON:Itziar Goñi Arrieta]]. Cuenta: [[IBAN_CODE:ES91 2100 0418 4502 0005 1332]]. BIC CAIXESBBXXX. Importe: 1.240,00 EUR. Concepto: factura 2025-0441. Referencia: 7730-118-2291. Oficina 0418.""",
    # Italian train ticket
    """Biglietto Frecciarossa 9544 da [[LOCATION:Roma]] a [[LOCATION:Milano]], partenza [[DATE_TIME:18/04/2025]] ore 08:10, carrozza 8, posto 12A, PNR ABX7Q2, codice biglietto 2291 4471 8820, tariffa Economy, € 59,90. Passeggero: [[PERSON:Federica Colombo]], CartaFRECCIA [[ID_NUMBER:304418827]].""",
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
    write_and_report("blind17", STYLES, OUT)


if __name__ == "__main__":
    main()

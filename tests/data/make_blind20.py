"""Build tests/data/blind20.jsonl: a twentieth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind20.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts, make_blind17.py, make_blind18.py and make_blind19.py included);
only the module docstring of make_blind16.py, gold_sets.py, and the
`parse()` helper of make_handwritten.py (with its two regexes, MARK and
TITLE_IN_NAME) were read, to keep the conventions and the file format, and
the closing scaffolding of make_blind16.py (its STYLES dict and main()) and
its import lines were copied. The import lines below follow gold_sets.py
(which imports make_handwritten from the same folder). No git history was
looked at. The detector was never run on this file. Do not tune the
detector against it: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country, and the national check digits inside the
French, Spanish, Italian, Belgian and Portuguese IBANs are right too (check
digits worked out by hand-run throwaway code while writing, not generated
here; `gold_sets.check` re-checks cards and IBANs and refuses a bad one).
National ids with a public check digit (NHS number, SIN, Aadhaar, BSN, CPF,
DNI and NIE, NIR, PESEL, South African ID and SARS tax number, TFN,
Australian Medicare number, Irish PPSN, Singapore NRIC, personnummer, US
NPI, Portuguese NIF, Belgian national number, German Steuer-ID and
Krankenversichertennummer, Swiss AHV number, Japanese My Number, T.C.
Kimlik, codice fiscale, Mexican CURP, New Zealand NHI and IRD number,
Korean RRN, Chinese resident id, Chilean RUT, Argentine CUIT and CBU,
Israeli id, Saudi national id, Emirates ID, Russian SNILS, Greek AFM,
Hungarian adóazonosító jel, Croatian OIB, Romanian CNP, Czech rodné číslo,
Finnish henkilötunnus, Norwegian fødselsnummer, Polish identity-card
number, Scottish CHI number, Nigerian NUBAN) were given a valid one the same
way (and the personnummer, PESEL, South African ID, Belgian national number,
NIR, CNP, rodné číslo, henkilötunnus, fødselsnummer, Chinese resident id,
Korean RRN, CHI number, CUIT and CURP agree with the person's sex where it
shows), and so were the look-alikes that carry one (ISBN-10, ISBN-13, ISSN,
EAN). UK NI numbers and UTRs, US SSNs (no check digit), PAN and UAN,
Nigerian NIN, Kenyan ids, KRA PINs, NSSF and SHA numbers, Philippine SSS and
PhilHealth numbers, Pakistani CNIC, Bangladeshi NID, Egyptian national id,
Vietnamese CCCD, Indonesian NIK and NPWP, Jamaican TRN, Danish CPR, Ontario
OEN, RAMQ number, Brazilian RG, Peruvian DNI, the Ghana Card, passports,
licences, plates, crypto wallets, bank account numbers (other than the NUBAN
and the CBU) and staff, student, member, patient and loyalty numbers were
not checked.

Styles (ids `blind20-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool (public PII-masking benchmarks such as
ai4privacy pii-masking-200k/300k/400k, gretel-pii-masking-en and
Nemotron-PII, LLM-generated "realistic sentences with personal data", and
labeled exports from CRM, HR, clinic, school, bank, insurance and telecom
systems); about three quarters of the records are in English, as in the
public benchmarks, the rest in a spread of other languages:
- `gen` (75): one to three LLM-style sentences in everyday domains:
  banking, insurance, telecoms, retail returns, hospitals, pharmacies,
  dentists, opticians and fertility clinics, schools, nurseries and
  universities, HR, payroll and pensions, lettings and removals, travel,
  hotels, car rental and dealerships, courts, probation and police, social
  services, adoption, immigration, customs and tax, elections, charities,
  churches, funerals and weddings, gyms, dating, ride-hailing, food
  delivery, marketplaces, gaming, crypto exchanges, libraries, parking,
  blood donation, vets, coworking, athletics results and utilities; people
  from every region, names that are also words, months or places, lowercase
  names, names at the start and end of sentences, ages said in many ways
  and dates in many formats (Hijri and Japanese ones included), and
  addresses of the US, the UK, Ireland, Canada, Australia, New Zealand,
  India, Nigeria, Kenya, South Africa, Singapore, Germany, France, Spain,
  Italy, the Netherlands, Sweden, Poland, Turkey, Brazil, Indonesia, Korea,
  Vietnam, Russia, Greece, Saudi Arabia and others. Mostly English, 18 in
  other languages.
- `bench` (70): dense form-like paragraphs in the manner of ai4privacy,
  gretel and Nemotron-PII records (titles, names, sex, age, DOB, job,
  employer, street, unit, city, region, zip, country, phone, email,
  username, password, account, IBAN and card numbers, SSN, passport,
  licence, national and tax ids, plates, IPv4 / IPv6, MACs, wallets, user
  agents, profile URLs), from every continent. 50 in English, the rest in
  French, German, Italian, Spanish, Dutch, Portuguese, Polish, Swedish,
  Turkish, Danish, Norwegian, Finnish, Czech, Romanian, Hungarian, Croatian
  and Indonesian.
- `doc` (30): longer documents (discharge summaries from England, India
  and Germany, a police witness statement and a Spanish denuncia, an
  employment contract and an Italian offer letter, tenancy agreements, a
  mortgage application, a school report card, a home insurance claim, a
  county-court judgment, AGM minutes, email threads with signatures and
  quoted replies, CVs, a trade invoice, a bank statement, a solicitor's
  executry letter, GP and Japanese referral letters, HL7 v2, FHIR, JSON,
  XML exports, an application log and a support ticket with history) with
  fourteen to thirty labeled spans each and non-PII look-alikes; 23 in
  English.
- `chat` (30): WhatsApp, SMS, iMessage, Slack, Discord, Teams, Telegram,
  Reddit and forum posts, a neighbourhood post, support, ride-hailing and
  courier chats, call-centre and voicemail transcripts, with lowercase
  names, nicknames, typos, emoji, handles, loose numbers, half addresses
  and numbers, postcodes, dates and plates spoken in words; 23 in English,
  the rest in Russian, Spanish, Portuguese, French, German, Hinglish and
  Taglish.
- `table` (20): one row-oriented table per record as text (CSV, TSV,
  semicolon CSV, pipe / Markdown tables, fixed-width columns, JSON lines, a
  JSON array, YAML lists, HTML table rows) with a header row and three or
  four data rows (customers, patients, employees, students, members,
  tenants, applicants, claimants, SIM registrations, hotel guests,
  passengers, volunteers, donors and shipments); headers mostly in English
  (some abbreviated: DOB, Tel, Addr1, PostCode, SIN, NIN), five in other
  languages. Every PII cell is labeled.
- `lookalike` (15): mostly non-PII text full of look-alikes (order,
  invoice, tracking, booking, PO and case references, ASINs, ISBNs, ISSN,
  EANs, ISINs, SEDOLs, LEIs, DOIs, trial ids, CVEs, versions shaped like IP
  addresses, hashes, UUIDs, MACs, IMEIs, VINs, serials, part numbers,
  coordinates, METARs, aircraft registrations, company phone numbers, VAT
  and company numbers, eponyms, dishes, drinks and brands named after
  people, streets and squares named after people without a number), with
  the few real PII values labeled; 5 of the 15 records have no PII at
  all.

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
  "koro" (Māori grandfather), "Kuya" (Tagalog older brother), "nana" and
  "bhai" are family words and stay outside. "DC" (Detective Constable)
  before a name, "Professor" spelled out and the Japanese "先生" written
  after a name (like "様") are TITLE; "Prof. Dr." is two TITLE spans. The
  nobiliary "Graf von" inside a German name is part of the PERSON span; a
  declined Russian name ("Лены") and the parents' given names on a Spanish
  police form ("hija de Manuel y de Rosario") are PERSON, and so are family
  names naming a wedding ("the Goh–Lim wedding"), like "the Schmidt party".
  A salon named after its owner, used as a chat speaker label, is a
  business and stays unlabeled while the owner's name in the message is
  PERSON. Names that are also words, months or places (april may, Sunday,
  Tuesday, Justice, Harmony, Ocean, Lake, Sky, Cash, Bliss, Denver,
  Memphis, Nevada, Paris, Tyrone) are PERSON where they name a person.
  An infant's age in months ("11 months", "14 months") is AGE, the number
  only, and a slang age word ("тридцатник") is AGE like a spelled-out age.
  "the night of" and the Swedish "den" before a date stay outside, like
  "the", and so does "г.р." after a Russian birth date, while "هـ" after a
  Hijri date stays inside, like "AH". A date of service, a procedure date,
  a retirement date, a SIM registration date and a gym joining date are
  DATE_TIME; the transaction dates of a bank statement stay unlabeled, like
  sale dates, while names and account numbers in its payment descriptions
  are labeled, and a warranty end date stays unlabeled. HL7 MSH and EVN
  timestamps were left empty, so no machine timestamp had to be judged.
  The Greek "οδό" and the Indian "D.No." before a street or door number
  are inside the ADDRESS, like "ul."; a police station's name before its
  street address stays outside, like a church's, while an office
  building's name with its street ("Northgate House, 1 Manor Row") is
  ADDRESS like a house name; a unit written with its street in one cell
  ("3/41 Vulture Street") is one ADDRESS. A jurisdiction in brackets in a
  post title ("(England)") is LOCATION. A nationality adjective naming a
  document's issuer ("Canadian passport", "Israeli ID", "(Indian)" after a
  passport number) is not NRP, and an iwi affiliation is treated like an
  ethnicity field (not NRP). A plate read out in the NATO alphabet is
  ID_NUMBER, like a spoken phone number; misspelt addresses and emails in a
  customer message ("22 Fairveiw Avnue", "gmial.com") are labeled as what
  they stand for, like OCR'd values. An inpatient episode number ("IP No")
  stays unlabeled like an admission reference, while the UHID is a hospital
  number; a Japanese insurance 記号・番号, an NMLS ID, an engineer's Gas
  Safe ID, an HCPC and an MLSCN registration, a Korean resident
  registration number and a letting agency's trust account number are
  ID_NUMBER, while a firm's own Gas Safe registration stays unlabeled like
  its VAT number.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind20.jsonl")

# ---- records ----

GEN = [
    # bank, change of address (Lagos)
    """Hi, this is [[PERSON:Sunday Adebayo-Cole]]. I moved from [[ADDRESS:14 Ogunlana Drive]], [[LOCATION:Surulere]] to [[ADDRESS:Flat 3B, 22 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]] on the [[DATE_TIME:2nd of March]], so please update the address on my GTBank account [[ID_NUMBER:0417293858]] and text me on [[PHONE_NUMBER:0803 412 7759]].""",
    # motor insurance
    """Policyholder [[PERSON:Marguerite Okonkwo-Bell]] (DOB [[DATE_TIME:11/07/1962]]) says her Honda Jazz, reg [[ID_NUMBER:LR19 KXD]], was hit while parked outside [[ADDRESS:5 Tannery Lane]], [[LOCATION:Ludlow]] [[ZIP_CODE:SY8 1EH]] on Tuesday [[DATE_TIME:14 January]]. Claim ref CLM-2291-884, excess £250.""",
    # telecom port-out
    """[[PERSON:rain wolfe]] asked to port her number [[PHONE_NUMBER:(503) 771-0942]] to the new eSIM; account PIN 4471 was verified and the email on file is [[EMAIL_ADDRESS:rainwolfe88@proton.me]].""",
    # retail return
    """Return authorised for [[PERSON:Bartholomew Ng]], [[ADDRESS:1187 Kingsway]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V5V 3C8]]: refund of $84.99 to the Visa ending 3321 (order 7718-22-094), label emailed to [[EMAIL_ADDRESS:bart.ng@shaw.ca]].""",
    # maternity ward
    """[[PERSON:Precious Dlamini]], [[AGE:27]], was admitted to ward 6B on [[DATE_TIME:2024/08/19]] with pre-eclampsia; next of kin is her husband [[PERSON:Sipho]] on [[PHONE_NUMBER:082 449 1027]].""",
    # pharmacy collection
    """Prescription ready for collection: [[PERSON:Mr Ifeanyi Chukwuma]], NHS no. [[ID_NUMBER:485 203 9178]], at our [[ADDRESS:41 Stamford Street]] branch, [[LOCATION:Stalybridge]]. Rx 00412/7 — please bring photo ID.""",
    # school early pick-up, NZ
    """Year 9 pupil [[PERSON:Aroha Te Whatu]] (born [[DATE_TIME:3 May 2011]]) will be picked up early on Friday by her koro, [[PERSON:Hemi Parata]], phone [[PHONE_NUMBER:021 884 3106]].""",
    # payroll set-up, South Africa
    """Please set up payroll for [[PERSON:Lindiwe Mahlangu]], employee no. [[ID_NUMBER:E-20417]], starting [[DATE_TIME:1 October 2024]]; her ID number is [[ID_NUMBER:9307220195085]] and her salary goes to FNB account [[ID_NUMBER:62819044173]], branch code 250655.""",
    # lettings viewing, Dublin
    """The viewing of [[ADDRESS:Apartment 12, 7 Merrion Square South]], [[LOCATION:Dublin 2]], [[ZIP_CODE:D02 VX29]] is booked for [[PERSON:Cillian Ó Briain]] on Thursday [[DATE_TIME:6 February]] at 17:30; he can be reached at [[EMAIL_ADDRESS:cillian.obriain@gmail.com]].""",
    # airline booking with infant
    """Booking confirmed for [[PERSON:Harmony Blue-Eagle]] and her son [[PERSON:Justice Blue-Eagle]] (lap infant, [[AGE:11]] months) on UA 1472 from [[LOCATION:Denver]] to [[LOCATION:Anchorage]] on [[DATE_TIME:Dec 19, 2024]]. Confirmation KX7PQ2.""",
    # hotel check-in
    """[[PERSON:Dr. Kenji Watanabe]] checks in on [[DATE_TIME:2025-03-08]] and out on [[DATE_TIME:2025-03-11]]; Hilton Honors no. [[ID_NUMBER:918422076]], room 1204, prefers a high floor away from the lift.""",
    # car rental, Munich
    """Driver [[PERSON:Maximilian Graf von Stetten]], licence [[ID_NUMBER:B072RRE2I55]], age [[AGE:26]], picked up the Golf at our [[LOCATION:Munich]] central-station desk on [[DATE_TIME:17.06.2024]] and is due back on [[DATE_TIME:21.06.2024]].""",
    # arraignment, Phoenix
    """The defendant, [[PERSON:Tyrone Michael Castillo]], [[AGE:19]], of [[ADDRESS:2210 W. Thomas Road, Apt 14]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85015]], was arraigned on [[DATE_TIME:October 2, 2024]]; bail was set at $5,000.""",
    # police witness, Auckland
    """Witness [[PERSON:Moana Faleolo]] said the man who grabbed her bag near the bus interchange on the night of [[DATE_TIME:23/11]] looked about [[AGE:40]]; she lives at [[ADDRESS:9 Kiwi Esplanade]], [[LOCATION:Māngere Bridge]], [[LOCATION:Auckland]] [[ZIP_CODE:2022]].""",
    # social services home visit
    """Home visit to [[PERSON:Mrs. Bronagh McAleese]], a widow of [[AGE:eighty-one]], at [[ADDRESS:3 Glenview Park]], [[LOCATION:Omagh]] [[ZIP_CODE:BT79 7DL]] on [[DATE_TIME:12/02/2025]]; her daughter [[PERSON:Siobhán]] ([[PHONE_NUMBER:07700 918 443]]) will be there.""",
    # elections, mail ballot
    """Voter [[PERSON:Nevada Ruiz-Whitehorse]], registered [[DATE_TIME:8/14/2020]] at [[ADDRESS:1403 SW 8th Street, Unit 2]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33135]], has asked for a mail ballot; voter no. [[ID_NUMBER:113904226]].""",
    # charity thank-you
    """Thank you, [[PERSON:Mei-Ling Ocampo]], for giving every month since [[DATE_TIME:April 2022]]; Gift Aid is claimed on your donations from [[ADDRESS:72 Clarendon Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS2 9NP]].""",
    # gym freeze
    """Membership frozen for [[PERSON:Ocean Takahashi-Reid]] (member [[ID_NUMBER:GYM-558201]]) from [[DATE_TIME:1 Aug]] to [[DATE_TIME:31 Aug]] after knee surgery; fees resume automatically.""",
    # dating app
    """It's a match! [[PERSON:Paris]], [[AGE:31]], a theatre nurse from [[LOCATION:Marseille]], liked your photo; she's [[USERNAME:paris_sous_le_soleil]] on the app.""",
    # ride-hailing, Nairobi
    """Your driver [[PERSON:Abdirahman]] is arriving in a white Toyota Axio, plate [[ID_NUMBER:KDJ 482T]], to pick you up at [[ADDRESS:Kilimani Court, Argwings Kodhek Road]], [[LOCATION:Nairobi]]. Share trip code 5521 with him.""",
    # food delivery, Singapore HDB
    """Order for [[PERSON:Jia Hui Lim]] to [[ADDRESS:Blk 415 Bedok North Ave 2, #08-117]], [[LOCATION:Singapore]] [[ZIP_CODE:460415]]; note: "leave at door, baby sleeping", contact [[PHONE_NUMBER:+65 9172 4408]].""",
    # marketplace dispute
    """Seller [[USERNAME:vintagevinyl_kat]] ([[PERSON:Katarzyna Wróbel]]) says the record player reached [[PERSON:Olu Bankole]] in [[LOCATION:Peckham]] in working order; the buyer has opened dispute D-88102.""",
    # gaming ban appeal
    """Ban appeal from [[USERNAME:xXDarkLotusXx]] (real name [[PERSON:Yusuf Demir]], [[AGE:16]]); his mother [[PERSON:Elif Demir]] wrote in from [[EMAIL_ADDRESS:elif.demir76@hotmail.com]] asking for the account to be restored.""",
    # crypto KYC
    """KYC review for [[PERSON:Chidinma Eze]]: Nigerian passport [[ID_NUMBER:A09283746]], withdrawal wallet [[ID_NUMBER:bc1q8ws5f0c2n7h4r3kz9yq6tlxm2ejd5vaw3p7u0g]], last login from [[IP_ADDRESS:102.89.34.117]].""",
    # utility meter reading, Wales
    """Meter reading sent in by [[PERSON:Ffion Pritchard]] for [[ADDRESS:Tŷ Gwyn, Heol y Felin]], [[LOCATION:Llandeilo]] [[ZIP_CODE:SA19 6AB]]: 48213 kWh on meter S94K01822.""",
]

GEN += [
    # dental rebooking, Australia
    """[[PERSON:Will Sterling]] cancelled his hygiene visit for the [[DATE_TIME:9th]] and rebooked for Mon [[DATE_TIME:24 March]] at 8:15; mobile [[PHONE_NUMBER:0412 588 903]].""",
    # optician recall
    """Eye-test recall: [[PERSON:Gulnara Abenova]], [[AGE:58]], last seen [[DATE_TIME:14-Mar-2023]], of [[ADDRESS:Unit 5, 18 Bridge Street]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2150]]; Medicare [[ID_NUMBER:2953 41080 1]].""",
    # fertility clinic
    """[[PERSON:Brooklyn Adeyemi-Shaw]] and her partner [[PERSON:Dayo]] start their first IVF cycle on the [[DATE_TIME:3rd of June]]; she is [[AGE:thirty-eight]] and has had her AMH bloods done.""",
    # funeral arrangements
    """Arrangements for the late [[PERSON:Clement Ozioma Nwosu]], who died on [[DATE_TIME:14 Feb 2025]] aged [[AGE:88]]: service at St Anne's, [[ADDRESS:120 Waterloo Road]], [[LOCATION:Wolverhampton]]; family contact [[PERSON:Ngozi Nwosu-Harris]], [[EMAIL_ADDRESS:ngozi.nh@btinternet.com]].""",
    # adoption home study
    """Home-study visit for [[PERSON:Tobias]] and [[PERSON:Marisol Lindqvist-Ortega]] at [[ADDRESS:88 Ridgecrest Court]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83706]] on [[DATE_TIME:Jan. 30]]; [[PERSON:Tobias]]' SSN [[US_SSN:529-41-8837]] cleared the background check.""",
    # asylum case
    """Our client [[PERSON:Farhan Qureshi]] (A-Number [[ID_NUMBER:A204-887-351]]), born [[DATE_TIME:March 29, 1989]] in [[LOCATION:Quetta]], fears persecution as an [[NRP:Ahmadi]]; his interview at the [[LOCATION:Newark]] asylum office is on [[DATE_TIME:5/7/2025]].""",
    # library overdue, lowercase name
    """[[PERSON:april may]] (card [[ID_NUMBER:21187004452913]]) still has three items borrowed on [[DATE_TIME:12 Dec]]; an automated reminder went to [[EMAIL_ADDRESS:aprilmay.books@yahoo.com]].""",
    # parking charge notice
    """PCN issued to vehicle [[ID_NUMBER:WN72 OPB]]; registered keeper [[PERSON:Mr Clay Okoye]] of [[ADDRESS:Flat 9, Kestrel House, 2 Lime Grove]], [[LOCATION:Leyton]], [[LOCATION:London]] [[ZIP_CODE:E10 5PX]]. Contravention code 01, pay £65 within 14 days.""",
    # scout camp permission slip, Hawaii
    """Permission slip: [[PERSON:Kai Nakoa]], [[AGE:12]], may attend camp. Emergency contact: mom, [[PERSON:Leilani Nakoa]], [[PHONE_NUMBER:(808) 924-3317]], [[ADDRESS:45-102 Kamehameha Hwy]], [[LOCATION:Kaneohe]], [[LOCATION:HI]] [[ZIP_CODE:96744]].""",
    # pension start, Kenya
    """[[PERSON:Joyce Mwangi-Otieno]] began drawing her pension on [[DATE_TIME:1 July 2024]], at [[AGE:sixty]]; NSSF no. [[ID_NUMBER:2009847711]], paid to her Equity account [[ID_NUMBER:0180294417356]].""",
    # blood donor
    """Donor [[PERSON:Rahul Venkataraman]], O negative, [[AGE:44]] yrs, last gave blood on [[DATE_TIME:09-09-2024]]; call him on [[PHONE_NUMBER:+91 98450 22713]] when stocks run low.""",
    # car dealership deposit
    """Deposit of $2,000 received from [[PERSON:Cash Delacroix]] on the F-150 (VIN 1FTFW1E85MFA23311); he'll pick it up Sat [[DATE_TIME:3/22]] and his Texas DL [[US_DRIVER_LICENSE:38820174]] is on file.""",
    # nursery welcome
    """Welcome pack for baby [[PERSON:Bodhi]] ([[AGE:9]] months), starting at Little Acorns on Monday [[DATE_TIME:7 April]]; parents [[PERSON:Saoirse]] and [[PERSON:Tomás Keane]], [[PHONE_NUMBER:087 331 6620]].""",
    # summer camp medical form
    """[[PERSON:Memphis Washington]], age [[AGE:10]], is allergic to peanuts and his EpiPen is with the camp nurse. Pick-up authorized: grandmother [[PERSON:Loretta Washington]], [[PHONE_NUMBER:901-382-7716]].""",
    # locksmith job
    """Job for [[PERSON:Ms Ingrid Halvorsen]] at [[ADDRESS:17B Ferncliff Crescent]], [[LOCATION:Bondi]] [[ZIP_CODE:2026]]: locked out, lease sighted, new cylinder fitted; door code 4471 not to be written on the invoice.""",
    # French bank, salary transfer
    """[[TITLE:Madame]] [[PERSON:Aïssatou Diallo]], née le [[DATE_TIME:4 février 1990]] à [[LOCATION:Thiès]], demande le virement de son salaire sur le compte [[IBAN_CODE:FR76 1027 8060 7600 0217 3690 177]] ; adresse : [[ADDRESS:12 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]].""",
    # Spanish hospital admission
    """La paciente [[PERSON:Rocío Villanueva Aguirre]], de [[AGE:67]] años, con DNI [[ID_NUMBER:48291736Q]], ingresó el [[DATE_TIME:3 de marzo de 2025]] por una fractura de cadera; su hijo [[PERSON:Iñaki]] (tel. [[PHONE_NUMBER:688 214 907]]) es el contacto.""",
    # German HR start
    """[[TITLE:Herr]] [[PERSON:Jonas Behrendt]] (geb. [[DATE_TIME:19.08.1993]]) tritt seine Stelle am [[DATE_TIME:1. April 2025]] an; Steuer-ID [[ID_NUMBER:56943128572]], Anschrift [[ADDRESS:Lindenstraße 42]], [[ZIP_CODE:04109]] [[LOCATION:Leipzig]].""",
    # Brazilian delivery
    """Pedido entregue para [[PERSON:Thaís Figueiredo]] na [[ADDRESS:Rua Padre Chagas, 215, ap. 702]], [[LOCATION:Moinhos de Vento]], [[LOCATION:Porto Alegre]] - [[LOCATION:RS]], CEP [[ZIP_CODE:90570-080]]; CPF da destinatária [[ID_NUMBER:508.163.274-08]].""",
    # Italian school enrolment
    """La studentessa [[PERSON:Chiara Esposito]], nata a [[LOCATION:Torre del Greco]] il [[DATE_TIME:07/11/2008]], codice fiscale [[ID_NUMBER:SPSCHR08S47L259D]], è iscritta alla 5ª B; madre [[PERSON:Assunta Russo]], cell. [[PHONE_NUMBER:339 718 2264]].""",
    # Japanese salon booking
    """[[PERSON:佐藤 陽菜]][[TITLE:様]]（[[AGE:34]]歳）のご予約を[[DATE_TIME:2025年4月12日]]の14時で承りました。ご連絡先：[[PHONE_NUMBER:090-4418-2273]]、[[EMAIL_ADDRESS:hina.sato@docomo.ne.jp]]""",
    # Turkish credit card application
    """[[PERSON:Zeynep Kaya]] [[TITLE:Hanım]], [[DATE_TIME:12 Eylül 1985]] doğumlu, T.C. Kimlik No [[ID_NUMBER:38475012662]], kredi kartı başvurusunda adres olarak [[ADDRESS:Bağdat Caddesi No: 214 D: 7]], [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]] bildirdi.""",
    # Polish insurance claim
    """[[TITLE:Pani]] [[PERSON:Agnieszka Zielińska]], PESEL [[ID_NUMBER:92031405826]], zgłosiła szkodę z dnia [[DATE_TIME:15.01.2025]]; adres: [[ADDRESS:ul. Długa 17/4]], [[ZIP_CODE:31-147]] [[LOCATION:Kraków]].""",
    # Indonesian health insurance
    """[[TITLE:Ibu]] [[PERSON:Siti Rahmawati]] ([[AGE:45]] tahun) mendaftar BPJS Kesehatan dengan NIK [[ID_NUMBER:3174056204790003]]; alamat [[ADDRESS:Jl. Kemang Raya No. 8]], [[LOCATION:Jakarta Selatan]] [[ZIP_CODE:12730]].""",
    # Swahili mobile money
    """[[PERSON:Neema Wanjiru]], mwenye umri wa miaka [[AGE:29]], amesajiliwa M-Pesa kwa namba [[PHONE_NUMBER:0722 415 893]]; anwani yake ni [[ADDRESS:S.L.P. 4521]]-[[ZIP_CODE:00200]] [[LOCATION:Nairobi]].""",
]

GEN += [
    # ride-hailing lost property
    """Lost item report: [[PERSON:Denver Okafor]] left a black backpack in the car on the trip ending at [[ADDRESS:1550 Larimer St]], [[LOCATION:Denver]], [[LOCATION:CO]] [[ZIP_CODE:80202]] on [[DATE_TIME:Nov 4]]; reach him at [[EMAIL_ADDRESS:d.okafor@outlook.com]].""",
    # rent payment instructions
    """Rent for [[ADDRESS:Apt 4C, 311 Greene Ave]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11238]] can go to [[PERSON:Marcus Bell]] on Zelle at [[PHONE_NUMBER:718-640-2291]] or on Venmo, [[USERNAME:marcus-bell-bk]].""",
    # university offer holder
    """Offer holder [[PERSON:Chanel Obi]] (UCAS Personal ID [[ID_NUMBER:149-382-7715]]) has met her conditions; she turns [[AGE:18]] on [[DATE_TIME:2 September]], so no guardian form is needed for halls.""",
    # card fraud alert, India
    """Dear [[PERSON:Ananya Iyer]], a payment of ₹48,990 on your card [[CREDIT_CARD:4147 2098 3300 5625]] was blocked at 23:14. If this was you, reply Y; registered mobile [[PHONE_NUMBER:+91 99001 48832]].""",
    # travel insurance claim
    """[[PERSON:Lake Harrington]], [[AGE:52]], fell ill in [[LOCATION:Cusco]] on [[DATE_TIME:18/10/2024]] and was treated as an outpatient; the USD 1,240 claim will be paid to [[IBAN_CODE:GB85 BARC 2031 8873 0125 64]].""",
    # employment reference
    """I have known [[PERSON:Iman Haddad]] since [[DATE_TIME:September 2019]], when she joined our team in [[LOCATION:Amman]]; she is reliable and kind. Call me on [[PHONE_NUMBER:+962 79 644 1180]] with any questions. — [[PERSON:Rami Khoury]]""",
    # vet reminder, pet unlabeled
    """Reminder for [[PERSON:Florin Dumitrescu]]: Pepper (4 yrs, microchip 985112003347721) is due her booster on [[DATE_TIME:28 May]]; we'll text [[PHONE_NUMBER:07845 220 913]] the day before.""",
    # probation conditions
    """[[PERSON:Justice Amoah]] must report to his probation officer, [[PERSON:Ms Dana Kowalczyk]], every Tuesday; his next court date is the [[DATE_TIME:17th of July]]. PNC ID [[ID_NUMBER:19/339812K]].""",
    # broadband engineer visit
    """Hi, this is [[PERSON:Sky]] from the broadband team, following up with [[PERSON:Mr. Devraj Singh Gill]] about the line at [[ADDRESS:23 Hollybush Lane]], [[LOCATION:Hounslow]] [[ZIP_CODE:TW4 6QF]]; the engineer is booked for Fri [[DATE_TIME:11th]].""",
    # wedding planner
    """Ceremony for [[PERSON:Autumn Reyes]] & [[PERSON:Hamish MacLeod]] on [[DATE_TIME:20.09.25]] at Kinloch Lodge on the [[LOCATION:Isle of Skye]]; the bride's mum, [[PERSON:Carmen]], is paying the balance.""",
    # removals
    """Move for the [[PERSON:Abernathy]] family: from [[ADDRESS:604 Magnolia Ave]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31401]] to [[ADDRESS:2 Harbour View Rd, Unit 11]], [[LOCATION:Mobile]], [[LOCATION:AL]] [[ZIP_CODE:36602]] on [[DATE_TIME:06/28/2025]].""",
    # customs declaration
    """Passenger [[PERSON:Ashkan Rahimi]], Canadian passport [[ID_NUMBER:AB482917]], declared CAD 12,000 in cash on arrival in [[LOCATION:Toronto]] on [[DATE_TIME:2024-12-02]]; he was born in [[LOCATION:Shiraz]] and is [[AGE:41]].""",
    # self-assessment
    """[[PERSON:Mrs Olamide Jegede-Fox]], UTR [[ID_NUMBER:8473 92016 5]], NI number [[ID_NUMBER:PZ 41 88 19 C]], filed her self-assessment return on [[DATE_TIME:31 January 2025]] and owes £1,918.40.""",
    # baptism, Tongan family
    """The baptism of [[PERSON:Grace Olivia Tupou]], born [[DATE_TIME:1 December 2024]], will be on Sunday [[DATE_TIME:2 March]]; godparents [[PERSON:Sione Vaipulu]] and [[PERSON:Mele Tupou]], with [[TITLE:Rev.]] [[PERSON:Kalolaine Fifita]] officiating.""",
    # coworking access
    """Access card for [[PERSON:Priya Raghunathan]] ([[EMAIL_ADDRESS:priya@raghunathan.design]]) is active for desk 14 at [[ADDRESS:Level 3, 90 King Street]], [[LOCATION:Melbourne]]; her laptop (MAC 3C:22:FB:91:0E:4A) was given [[IP_ADDRESS:10.44.3.118]].""",
    # student visa sponsor
    """Applicant [[PERSON:Nguyen Thi Thu Trang]], [[AGE:24]], passport [[ID_NUMBER:C4827391]], starts her course in [[DATE_TIME:February 2025]]; sponsor: her uncle [[PERSON:Nguyen Van Hung]], [[ADDRESS:14 Kintore Avenue]], [[LOCATION:Adelaide]] [[LOCATION:SA]] [[ZIP_CODE:5000]].""",
    # athletics results
    """Under-14 girls' 800 m: 1. [[PERSON:Bliss Mukamana]] ([[LOCATION:Kigali]]) 2:18.4; 2. [[PERSON:Ella-Rose Finch]] ([[LOCATION:Bristol]]) 2:19.9; 3. [[PERSON:Wren Tallis]] ([[LOCATION:Truro]]) 2:21.3.""",
    # Korean clinic booking
    """[[PERSON:김민준]][[TITLE:님]], [[DATE_TIME:2025년 3월 14일]] 진료 예약이 확정되었습니다. 주소: [[LOCATION:서울특별시]] [[LOCATION:마포구]] [[ADDRESS:월드컵북로 396]], 연락처 [[PHONE_NUMBER:010-7724-3391]].""",
    # Vietnamese citizen record
    """[[TITLE:Bà]] [[PERSON:Trần Thị Mai]], sinh ngày [[DATE_TIME:05/06/1971]], CCCD số [[ID_NUMBER:001171024583]], thường trú tại [[ADDRESS:số 27 ngõ 54 phố Hào Nam]], [[LOCATION:Đống Đa]], [[LOCATION:Hà Nội]].""",
    # Dutch change of address
    """[[TITLE:Mevrouw]] [[PERSON:Femke de Groot-Bakker]], BSN [[ID_NUMBER:273645183]], verhuist op [[DATE_TIME:1 juni]] naar [[ADDRESS:Oudegracht 118-bis]], [[ZIP_CODE:3511 AX]] [[LOCATION:Utrecht]]; haar rekening blijft [[IBAN_CODE:NL37 INGB 0007 7302 54]].""",
    # Swedish parental benefit
    """[[PERSON:Linnea Åkesson]], personnummer [[ID_NUMBER:850617-2389]], har sökt föräldrapenning från den [[DATE_TIME:3 mars]] för sonen [[PERSON:Elis]], född [[DATE_TIME:2024-11-28]]; adress [[ADDRESS:Vintergatan 7 lgh 1102]], [[ZIP_CODE:413 21]] [[LOCATION:Göteborg]].""",
    # Arabic appointment, Hijri date
    """[[TITLE:السيد]] [[PERSON:خالد عبد الرحمن الشمري]]، العمر [[AGE:52]] سنة، رقم الهوية [[ID_NUMBER:1048291734]]، موعده في [[DATE_TIME:15 رمضان 1446 هـ]] بعيادة العظام في [[LOCATION:الرياض]]، جوال [[PHONE_NUMBER:+966 55 418 2093]].""",
    # Hindi pension application
    """[[PERSON:सुनीता देवी]], उम्र [[AGE:62]] वर्ष, पता [[ADDRESS:मकान नं. 14, गली नं. 3, शास्त्री नगर]], [[LOCATION:जयपुर]] [[ZIP_CODE:302016]], ने [[DATE_TIME:12 मार्च 2025]] को वृद्धावस्था पेंशन के लिए आवेदन किया; आधार [[ID_NUMBER:7392 0418 5631]]।""",
    # Russian resident record
    """[[PERSON:Ольга Викторовна Смирнова]], [[DATE_TIME:14.02.1979]] г.р., проживает по адресу: [[ADDRESS:ул. Профсоюзная, д. 56, кв. 118]], [[LOCATION:Москва]], [[ZIP_CODE:117393]]; СНИЛС [[ID_NUMBER:128-447-302 63]].""",
    # Greek tax record
    """[[TITLE:Κυρία]] [[PERSON:Ελένη Παπαδοπούλου]], [[AGE:39]] ετών, ΑΦΜ [[ID_NUMBER:074829134]], κατοικεί στην [[ADDRESS:οδό Ερμού 45]], [[ZIP_CODE:105 63]] [[LOCATION:Αθήνα]]· τηλ. [[PHONE_NUMBER:694 512 8830]].""",
]

BENCH = [
    """Dear [[PERSON:Dr. Emmanuel Kwabena Asante]], your online banking profile [[USERNAME:ekasante_77]] was accessed from [[IP_ADDRESS:41.215.160.22]] at 02:41. We have sent a one-time code to [[EMAIL_ADDRESS:e.k.asante@gmail.com]] and to [[PHONE_NUMBER:+233 24 418 9902]]. Registered address: [[ADDRESS:House No. 7, Ablade Road]], [[LOCATION:Kanda]], [[LOCATION:Accra]] (GhanaPost GPS [[ADDRESS:GA-144-2298]]); Ghana Card [[ID_NUMBER:GHA-719204836-4]].""",
    """Name: [[PERSON:Marisol Etxeberria]] | Gender: Female | Age: [[AGE:33]] | Job: Data Protection Officer | Phone: [[PHONE_NUMBER:+34 612 784 309]] | Email: [[EMAIL_ADDRESS:m.etxeberria@euskalnet.net]] | IBAN: [[IBAN_CODE:ES74 2100 3382 1974 1005 6623]] | Address: [[ADDRESS:Calle Urbieta 14, 3º izq.]], [[ZIP_CODE:20006]] [[LOCATION:Donostia]], [[LOCATION:Spain]]""",
    """Applicant [[PERSON:Raymond]] '[[PERSON:Ray]]' [[PERSON:Whitcombe Jr.]], SSN [[US_SSN:412-68-9930]], DOB [[DATE_TIME:07/04/1958]], lives at [[ADDRESS:3317 Old Hickory Blvd]], [[LOCATION:Nashville]], [[LOCATION:TN]] [[ZIP_CODE:37221]]. Card on file [[CREDIT_CARD:5520 4419 0377 2156]], exp 09/27, CVV 318; annual income $64,500 as a long-haul trucker.""",
    """Traveller profile: [[PERSON:Ms Adaeze Nnamdi-Okafor]], US passport [[US_PASSPORT:583927104]], Known Traveler Number [[ID_NUMBER:TT7K4P92Q]], born [[DATE_TIME:1990-02-17]], nationality [[NRP:American]], mobile [[PHONE_NUMBER:+1 470 318 2276]], SkyMiles no. [[ID_NUMBER:DL 2274918336]], seat preference aisle.""",
    """Employee [[PERSON:Tomasz Wiśniewski]] (ID [[ID_NUMBER:EMP-004719]]), [[AGE:41]], senior welder at the yard in [[LOCATION:Gdańsk]], signed in as [[USERNAME:t.wisniewski]] from [[IP_ADDRESS:192.168.14.77]]; temporary password Baltyk!2024 was issued. Salary account: [[IBAN_CODE:PL95 1020 5558 1111 9872 2657 0011]].""",
    """User [[USERNAME:moonwalker_ade]] ([[PERSON:Adewale Ogunleye]], [[EMAIL_ADDRESS:ade.ogunleye@yahoo.co.uk]]) sent 0.42 ETH from his wallet [[ID_NUMBER:0x4f3A9c2E81b7D05e6a1C93f0B2d47E8a5c19F6b3]]; session IPv6 [[IP_ADDRESS:2a02:c7c:6e91:4b00:1d3f:88a2:9e07:51c4]], user agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X).""",
    """Insured: [[PERSON:Harriet Okoro-Lindgren]]; sex: F; DOB: [[DATE_TIME:23 Aug 1971]]; plan: Silver PPO; member ID: [[ID_NUMBER:BCX918274406]]; address: [[ADDRESS:57 Birchwood Terrace, Apt 3]], [[LOCATION:Hartford]], [[LOCATION:CT]] [[ZIP_CODE:06105]], [[LOCATION:USA]]; preferred contact: [[EMAIL_ADDRESS:harriet.ol@comcast.net]].""",
    """Vehicle registered to [[PERSON:Lachlan Fitzgerald]]: plate [[ID_NUMBER:1XY 4QZ]] (VIC), VIN 6FPAAAJGCM8R38211, driver licence [[ID_NUMBER:043918227]], born [[DATE_TIME:4 November 1986]], address [[ADDRESS:22 Wattle Grove]], [[LOCATION:Ballarat]] [[LOCATION:VIC]] [[ZIP_CODE:3350]], phone [[PHONE_NUMBER:0438 207 115]].""",
    """Student [[PERSON:Sage Running-Water]], student no. [[ID_NUMBER:S20418837]], [[AGE:20]] years old, BSc Nursing year 2; email [[EMAIL_ADDRESS:sage.runningwater@students.unm.edu]], phone [[PHONE_NUMBER:505-227-8104]], home mailing address [[ADDRESS:PO Box 1184]], [[LOCATION:Gallup]], [[LOCATION:NM]] [[ZIP_CODE:87305]]; tribal enrollment on file.""",
    """Patient: [[PERSON:Mr Haruto Kobayashi]], MRN [[ID_NUMBER:MRN-0048213]], [[AGE:72]]M, admitted [[DATE_TIME:02.03.2025]] under [[PERSON:Dr Fiona Baird]]; NHS number [[ID_NUMBER:731 904 6628]]; next of kin: son, [[PERSON:Ren Kobayashi]], [[PHONE_NUMBER:07911 402 786]], [[EMAIL_ADDRESS:ren.kobayashi@outlook.com]].""",
    """Account holder: [[PERSON:Temitope Oyelaran]]; SIM [[PHONE_NUMBER:0809 221 4430]]; IMEI 356938035643809; self-care login [[USERNAME:temi_oye]]; password Lag0s#Rain; last login [[IP_ADDRESS:105.112.64.9]]; NIN [[ID_NUMBER:48273916052]]; address [[ADDRESS:21 Bode Thomas Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos State]].""",
    """Freelancer [[PERSON:Valentina Morales Quispe]], UX designer based in [[LOCATION:Lima]], [[LOCATION:Peru]]; portfolio [[URL:https://valentinamorales.design]], LinkedIn [[URL:https://www.linkedin.com/in/valentina-morales-quispe]], email [[EMAIL_ADDRESS:vale.mq@gmail.com]], WhatsApp [[PHONE_NUMBER:+51 987 412 336]], DNI [[ID_NUMBER:45928173]].""",
    """Chargeback request from cardholder [[PERSON:Oluwaseun Bakare]]: card [[CREDIT_CARD:3471 820495 77313]], billing address [[ADDRESS:48 Kingsland High Street]], [[LOCATION:London]] [[ZIP_CODE:E8 2JS]], [[LOCATION:United Kingdom]]; contact [[EMAIL_ADDRESS:seun.bakare@icloud.com]], [[PHONE_NUMBER:+44 7723 581 904]]; customer since [[DATE_TIME:March 2016]].""",
    """Guest: [[TITLE:Mr]] & [[TITLE:Mrs]] [[PERSON:Delacroix-Mbeki]]; arrival [[DATE_TIME:14/08/2025]], departure [[DATE_TIME:18/08/2025]]; card guarantee [[CREDIT_CARD:4543 1209 8867 3259]]; email [[EMAIL_ADDRESS:themb.delacroix@gmail.com]]; home address [[ADDRESS:9 Protea Close]], [[LOCATION:Constantia]], [[LOCATION:Cape Town]] [[ZIP_CODE:7806]], [[LOCATION:South Africa]].""",
    """Recruitment record — candidate [[PERSON:Amara Sesay]], [[AGE:29]], from [[LOCATION:Freetown]], [[LOCATION:Sierra Leone]]; now at [[ADDRESS:Flat 2, 61 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1HR]]; NI number [[ID_NUMBER:SL 72 40 18 B]]; right to work: BRP [[ID_NUMBER:ZU4172983]]; phone [[PHONE_NUMBER:07412 660 318]]; email [[EMAIL_ADDRESS:amara.sesay29@gmail.com]].""",
    """Nom : [[PERSON:Lefèvre]], prénom : [[PERSON:Camille]], née le [[DATE_TIME:22/03/1987]] à [[LOCATION:Lille]], profession : infirmière, adresse : [[ADDRESS:8 bis avenue Jean-Jaurès]], [[ZIP_CODE:59800]] [[LOCATION:Lille]], téléphone : [[PHONE_NUMBER:06 44 18 92 07]], courriel : [[EMAIL_ADDRESS:camille.lefevre@laposte.net]], n° de sécurité sociale : [[ID_NUMBER:2 87 03 59 350 118 61]].""",
    """Kunde: [[TITLE:Frau]] [[PERSON:Annika Vogelsang]], geboren am [[DATE_TIME:03.12.1975]] in [[LOCATION:Bremen]], wohnhaft [[ADDRESS:Am Wall 161]], [[ZIP_CODE:28195]] [[LOCATION:Bremen]]; IBAN [[IBAN_CODE:DE75 5004 0000 0647 2819 33]]; Kreditkarte [[CREDIT_CARD:5318 7402 2963 1046]]; Kundennummer [[ID_NUMBER:KD-7719402]]; Telefon [[PHONE_NUMBER:0421 339 8817]].""",
    """Cliente: [[PERSON:Gianluca Bianchi]], nato il [[DATE_TIME:12/03/1991]] a [[LOCATION:Milano]], codice fiscale [[ID_NUMBER:BNCGLC91C12F205I]], residente in [[ADDRESS:Via Paolo Sarpi 27]], [[ZIP_CODE:20154]] [[LOCATION:Milano]] ([[LOCATION:MI]]); cellulare [[PHONE_NUMBER:347 220 9184]]; email [[EMAIL_ADDRESS:g.bianchi91@libero.it]]; IBAN [[IBAN_CODE:IT57 X030 6911 2051 0000 0047 218]].""",
    """Solicitante: [[PERSON:Valeria Castañeda Ruiz]], [[AGE:36]] años, CURP [[ID_NUMBER:CARV880914MJCSZL02]], domicilio [[ADDRESS:Av. Chapultepec 480, int. 12]], Col. [[LOCATION:Americana]], C.P. [[ZIP_CODE:44160]], [[LOCATION:Guadalajara]], [[LOCATION:Jalisco]]; celular [[PHONE_NUMBER:33 1847 2209]]; correo [[EMAIL_ADDRESS:vale.castaneda@hotmail.com]].""",
    """Klant: [[TITLE:dhr.]] [[PERSON:Sander van der Meulen]], geboren [[DATE_TIME:17-05-1969]], adres [[ADDRESS:Prinsengracht 412 III]], [[ZIP_CODE:1016 JB]] [[LOCATION:Amsterdam]], rekening [[IBAN_CODE:NL22 RABO 0316 6729 40]], mobiel [[PHONE_NUMBER:06 48 21 93 07]], e-mail [[EMAIL_ADDRESS:s.vandermeulen@ziggo.nl]], BSN [[ID_NUMBER:430172655]].""",
    """Titular: [[PERSON:João Pedro Carvalho Mendes]], NIF [[ID_NUMBER:236189409]], data de nascimento [[DATE_TIME:09-10-1983]], morada [[ADDRESS:Rua de Santa Catarina 1120, 3.º Esq.]], [[ZIP_CODE:4000-447]] [[LOCATION:Porto]]; telemóvel [[PHONE_NUMBER:912 458 307]]; IBAN [[IBAN_CODE:PT50 0033 0000 4538 1177 2050 4]]; email [[EMAIL_ADDRESS:jp.mendes@sapo.pt]].""",
    """Wnioskodawca: [[PERSON:Marek Kowalczyk]], PESEL [[ID_NUMBER:85112703612]], ur. [[DATE_TIME:27 listopada 1985]], zam. [[ADDRESS:ul. Piotrkowska 148 m. 6]], [[ZIP_CODE:90-063]] [[LOCATION:Łódź]]; nr dowodu [[ID_NUMBER:CBA 682917]]; tel. [[PHONE_NUMBER:601 442 913]]; e-mail [[EMAIL_ADDRESS:marek.kowalczyk@wp.pl]].""",
    """Customer [[PERSON:Tuesday Okwuosa]], [[AGE:45]], credit limit increase approved; card [[CREDIT_CARD:6011 2038 4457 2911]]; online ID [[USERNAME:tuesdayok]]; device IP [[IP_ADDRESS:73.162.48.201]]; home: [[ADDRESS:1902 Prairie Rose Lane]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75023]]; driver's license [[US_DRIVER_LICENSE:41928836]] (TX).""",
    """Donor record: [[PERSON:Hyun-woo Park]], [[AGE:38]], Korean resident registration no. [[ID_NUMBER:870322-1548211]], email [[EMAIL_ADDRESS:hw.park@naver.com]], phone [[PHONE_NUMBER:+82 10-5521-7730]], address [[ADDRESS:Apt 102-1504, 35 Olympic-ro]], [[LOCATION:Songpa-gu]], [[LOCATION:Seoul]] [[ZIP_CODE:05510]]; monthly gift ₩50,000 since [[DATE_TIME:2021.06]].""",
]

BENCH += [
    """Hi [[PERSON:Mx. River Callaghan]], your loan application LN-22817 for £8,000 has been received. DOB: [[DATE_TIME:30/06/1995]]; address: [[ADDRESS:14 Rowan Wynd]], [[LOCATION:Falkirk]] [[ZIP_CODE:FK2 7QP]]; occupation: pastry chef; repayments from [[IBAN_CODE:GB23 LOYD 3096 2258 1644 09]]; contact [[PHONE_NUMBER:07389 120 445]].""",
    """Offboarding: [[PERSON:Deepika Balasubramanian]] (staff no. [[ID_NUMBER:IN-55120]]), last working day [[DATE_TIME:28-Feb-2025]]; laptop LT-4471 returned; corporate card [[CREDIT_CARD:4265 9133 0478 1202]] cancelled; forwarding email [[EMAIL_ADDRESS:deepika.bala@gmail.com]]; PAN [[ID_NUMBER:AKZPB4471K]]; UAN [[ID_NUMBER:100948217733]].""",
    """Client: [[PERSON:Émilie Tremblay-Nakamura]], SIN [[ID_NUMBER:046 218 772]], born [[DATE_TIME:1992-07-30]], [[ADDRESS:4520 rue Saint-Denis, app. 3]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2J 2L3]]; health card (RAMQ) [[ID_NUMBER:TREE 9257 3014]]; phone [[PHONE_NUMBER:514-803-2716]]; language: French.""",
    """Member [[PERSON:Matilda Jacobs]], [[AGE:67]], TFN [[ID_NUMBER:459 603 819]], super member no. [[ID_NUMBER:80047213]], retired on [[DATE_TIME:30 June 2023]]; lives at [[ADDRESS:3/27 Esplanade]], [[LOCATION:Glenelg]] [[LOCATION:SA]] [[ZIP_CODE:5045]]; email [[EMAIL_ADDRESS:tilly.jacobs@bigpond.com]].""",
    """Beneficiary: [[PERSON:Ma. Cristina Dela Cruz]], [[AGE:42]], SSS no. [[ID_NUMBER:34-8812746-3]], PhilHealth [[ID_NUMBER:12-050918273-4]], address [[ADDRESS:Blk 12 Lot 8 Phase 2, Camella Homes]], Brgy. [[LOCATION:Molino III]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]] [[ZIP_CODE:4102]]; GCash [[PHONE_NUMBER:0917 482 2014]].""",
    """Customer [[PERSON:Aoife Ní Mhurchú]], PPSN [[ID_NUMBER:4718205G]], DOB [[DATE_TIME:19/01/1998]], address [[ADDRESS:Apt 6, The Maltings, Bóthar na Trá]], [[LOCATION:Salthill]], [[LOCATION:Galway]], Eircode [[ZIP_CODE:H91 E2K3]]; IBAN [[IBAN_CODE:IE71 AIBK 9320 8637 1150 42]]; mobile [[PHONE_NUMBER:085 227 4091]].""",
    """[[PERSON:Muhammad Hafiz bin Rosli]], NRIC [[ID_NUMBER:S8834127I]], [[AGE:36]], [[ADDRESS:Blk 221 Jurong East St 21, #10-482]], [[LOCATION:Singapore]] [[ZIP_CODE:600221]]; PayNow [[PHONE_NUMBER:+65 8233 9017]]; email [[EMAIL_ADDRESS:hafiz.rosli@singnet.com.sg]]; religion: [[NRP:Muslim]].""",
    """Applicant [[PERSON:Noa Ben-David]], Israeli ID [[ID_NUMBER:318472909]], DOB [[DATE_TIME:5.8.1994]], address [[ADDRESS:Dizengoff St 211, Apt 9]], [[LOCATION:Tel Aviv]] [[ZIP_CODE:6311712]], phone [[PHONE_NUMBER:052-718-4409]], email [[EMAIL_ADDRESS:noa.bendavid@walla.co.il]].""",
    """Passenger [[PERSON:Wang Xiuying]], PRC resident ID [[ID_NUMBER:310104196811050249]], born [[DATE_TIME:1968-11-05]], [[AGE:56]], mobile [[PHONE_NUMBER:+86 139 1048 2276]], WeChat [[USERNAME:wxy_sunflower68]], address [[ADDRESS:Room 1203, Building 4, 88 Xietu Road]], [[LOCATION:Xuhui District]], [[LOCATION:Shanghai]] [[ZIP_CODE:200032]].""",
    """Customer: [[PERSON:Ignacio Fuenzalida Rojas]]; RUT [[ID_NUMBER:17.482.930-6]]; born [[DATE_TIME:14 de agosto de 1990]]; address [[ADDRESS:Av. Providencia 1650, depto 1204]], [[LOCATION:Providencia]], [[LOCATION:Santiago]]; mobile [[PHONE_NUMBER:+56 9 8417 2290]]; email [[EMAIL_ADDRESS:ifuenzalida@gmail.com]].""",
    """Compromised account: [[USERNAME:jlarsen_admin]] belongs to [[PERSON:Jesper Larsen]] ([[EMAIL_ADDRESS:jesper.larsen@nordhavn-logistik.dk]]); suspicious logins from [[IP_ADDRESS:185.220.101.47]] and [[IP_ADDRESS:2001:67c:e60:c0c:192:42:116:16]]; device MAC 00:1A:2B:3C:4D:5E; reset SMS sent to [[PHONE_NUMBER:+45 22 81 47 90]].""",
    """Applicant [[PERSON:Thabo Mokoena]], ID [[ID_NUMBER:8804125081080]], male, [[AGE:36]], of [[ADDRESS:1187 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]] [[ZIP_CODE:1804]]; income tax no. [[ID_NUMBER:0472819358]]; cell [[PHONE_NUMBER:072 418 3396]]; email [[EMAIL_ADDRESS:thabo.mokoena@webmail.co.za]].""",
    """Patient [[PERSON:Tama Ngata]], NHI [[ID_NUMBER:ZKT4821]], [[AGE:63]], address [[ADDRESS:14 Ruapehu Street]], [[LOCATION:Taupō]] [[ZIP_CODE:3330]]; IRD [[ID_NUMBER:094-827-167]]; phone [[PHONE_NUMBER:027 418 6632]]; iwi: Ngāti Tūwharetoa.""",
    """Policyholder [[PERSON:Shanice Campbell-Grant]], TRN [[ID_NUMBER:118-472-903]], born [[DATE_TIME:Jan 9, 1989]], [[ADDRESS:22 Hope Road]], [[LOCATION:Kingston 6]], [[LOCATION:Jamaica]]; cell [[PHONE_NUMBER:(876) 457-1928]]; email [[EMAIL_ADDRESS:shanicecg@gmail.com]].""",
    """Borrower [[PERSON:Ayesha Siddiqui]], CNIC [[ID_NUMBER:35202-4718293-6]], [[AGE:31]], [[ADDRESS:House 44, Street 7, F-8/3]], [[LOCATION:Islamabad]] [[ZIP_CODE:44220]]; JazzCash [[PHONE_NUMBER:0300 5512874]]; email [[EMAIL_ADDRESS:ayesha.sid@gmail.com]]; monthly income PKR 240,000.""",
    """Investor [[PERSON:Gareth Pryce-Jones]], [[AGE:58]], NI [[ID_NUMBER:JP 55 81 20 D]], withdrawal wallet [[ID_NUMBER:1BvQm8aT3kLr9FzXy7cJ2nW4pHq6sDe5Gu]], login IP [[IP_ADDRESS:86.144.209.31]], address [[ADDRESS:Bryn Awel, 5 Heol Isaf]], [[LOCATION:Radyr]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF15 8DY]].""",
    """Kund: [[PERSON:Oskar Lindqvist]], personnummer [[ID_NUMBER:910408-2533]], adress [[ADDRESS:Storgatan 23 B]], [[ZIP_CODE:903 26]] [[LOCATION:Umeå]], telefon [[PHONE_NUMBER:070-412 88 31]], e-post [[EMAIL_ADDRESS:oskar.lindqvist@telia.se]], konto [[IBAN_CODE:SE27 8000 0832 7994 4081 3327]].""",
    """Müşteri: [[PERSON:Emre Yıldırım]], T.C. Kimlik No: [[ID_NUMBER:59103784232]], doğum tarihi: [[DATE_TIME:03.07.1990]], adres: [[ADDRESS:Atatürk Bulvarı No: 112 Daire: 5]], [[LOCATION:Çankaya]]/[[LOCATION:Ankara]], cep: [[PHONE_NUMBER:0532 418 77 09]], IBAN: [[IBAN_CODE:TR05 0001 2009 8410 0039 8627 15]].""",
    """Kunde: [[PERSON:Mette Kjærgaard]], CPR-nr. [[ID_NUMBER:140385-1928]], adresse [[ADDRESS:Nørrebrogade 88, 2. tv.]], [[ZIP_CODE:2200]] [[LOCATION:København N]], mobil [[PHONE_NUMBER:+45 28 41 73 90]], konto [[IBAN_CODE:DK26 3000 1822 7593 06]], e-mail [[EMAIL_ADDRESS:mette.kj@mail.dk]].""",
    """Søker: [[PERSON:Ingrid Solberg Haugen]], fødselsnummer [[ID_NUMBER:230795 12435]], adresse [[ADDRESS:Kirkeveien 64 B]], [[ZIP_CODE:0364]] [[LOCATION:Oslo]], telefon [[PHONE_NUMBER:917 42 883]], e-post [[EMAIL_ADDRESS:ingrid.haugen@online.no]], konto [[IBAN_CODE:NO80 1503 2298 411]].""",
    """Asiakas: [[PERSON:Aino Virtanen]], henkilötunnus [[ID_NUMBER:140392-4280]], osoite [[ADDRESS:Hämeenkatu 14 B 22]], [[ZIP_CODE:33100]] [[LOCATION:Tampere]], puhelin [[PHONE_NUMBER:040 718 2245]], sähköposti [[EMAIL_ADDRESS:aino.virtanen@elisanet.fi]], tili [[IBAN_CODE:FI31 8000 1870 2635 11]].""",
    """Pojištěnec: [[TITLE:paní]] [[PERSON:Tereza Nováková]], rodné číslo [[ID_NUMBER:886104/3213]], bydliště [[ADDRESS:Vinohradská 1511/230]], [[ZIP_CODE:100 00]] [[LOCATION:Praha 10]], telefon [[PHONE_NUMBER:+420 731 448 205]], e-mail [[EMAIL_ADDRESS:tereza.novakova@seznam.cz]].""",
    """Client: [[TITLE:Dna.]] [[PERSON:Ioana Popescu]], CNP [[ID_NUMBER:2890723430185]], domiciliu [[ADDRESS:Str. Lipscani nr. 19, ap. 4]], [[LOCATION:Sector 3]], [[LOCATION:București]] [[ZIP_CODE:030031]], telefon [[PHONE_NUMBER:0722 481 906]], IBAN [[IBAN_CODE:RO76 BTRL RONC RT05 2716 3801]].""",
]

BENCH += [
    """Good morning [[TITLE:Professor]] [[PERSON:Inês Carvalho-Santos]], your conference registration is complete. Invoice address: [[ADDRESS:Rua Larga 14]], [[ZIP_CODE:3004-516]] [[LOCATION:Coimbra]], [[LOCATION:Portugal]]; card [[CREDIT_CARD:5458 1739 0046 2186]] charged €420; contact email [[EMAIL_ADDRESS:ines.cs@uc.pt]]; dietary requirement: vegetarian.""",
    """Patient [[PERSON:Jamal Haddad]] (DOB: [[DATE_TIME:1984-09-12]], MRN: [[ID_NUMBER:00472915]]) was seen on [[DATE_TIME:2024-05-03]] by [[PERSON:Dr. Yvonne Estrada]] (NPI [[ID_NUMBER:1984736250]]) for type 2 diabetes; insurance member ID [[ID_NUMBER:XEH882019374]]; phone [[PHONE_NUMBER:(312) 648-2019]].""",
    """Customer record: first_name=[[PERSON:Magnolia]]; last_name=[[PERSON:Fairweather]]; dob=[[DATE_TIME:1979-04-23]]; ssn=[[US_SSN:318-44-7062]]; street=[[ADDRESS:7720 Bayou Bend Dr]]; city=[[LOCATION:Baton Rouge]]; state=[[LOCATION:LA]]; zip=[[ZIP_CODE:70808]]; phone=[[PHONE_NUMBER:225-381-0476]]; email=[[EMAIL_ADDRESS:magnolia.fairweather@cox.net]]; gender=F""",
    """Login alert for [[USERNAME:priya.k.menon]]: new sign-in from [[IP_ADDRESS:49.207.188.12]] ([[LOCATION:Bengaluru]]), Chrome 124 on Android. If this wasn't you, reset your password. Account email [[EMAIL_ADDRESS:priya.k.menon@gmail.com]], recovery phone [[PHONE_NUMBER:+91 98861 40327]].""",
    """Payslip: [[PERSON:Olumide Fashola]], employee no. [[ID_NUMBER:00881]], NI [[ID_NUMBER:NW 82 61 44 A]], tax code 1257L, period M12, gross £3,041.67, net £2,318.44 paid to account [[ID_NUMBER:41188920]], sort code 20-45-77.""",
    """Tenant: [[PERSON:Chinonso]] '[[PERSON:Chi-Chi]]' [[PERSON:Agu]], [[AGE:27]], staff nurse; current address [[ADDRESS:Flat 12, Arden Court, 40 Hagley Road]], [[LOCATION:Edgbaston]], [[LOCATION:Birmingham]] [[ZIP_CODE:B16 8PE]]; previous landlord [[PERSON:Mr Derek Hollis]], [[PHONE_NUMBER:0121 455 0918]]; move-in date [[DATE_TIME:1st May 2025]].""",
    """Resident card holder [[PERSON:Ricardo Tanaka Oliveira]], nationality [[NRP:Brazilian]], residence card no. [[ID_NUMBER:RK48201937EA]], My Number [[ID_NUMBER:4827 1930 6157]], address [[ADDRESS:3-12-5 Shiomidai]], [[LOCATION:Isogo-ku]], [[LOCATION:Yokohama]] [[ZIP_CODE:235-0022]], phone [[PHONE_NUMBER:080-3318-4472]].""",
    """Applicant [[PERSON:Mariam Abdelrahman Soliman]], national ID [[ID_NUMBER:29304120101846]], [[AGE:31]], [[ADDRESS:17 Shagaret El Dor Street, Apt 5]], [[LOCATION:Zamalek]], [[LOCATION:Cairo]]; mobile [[PHONE_NUMBER:+20 100 482 7719]]; email [[EMAIL_ADDRESS:mariam.soliman@yahoo.com]]; marital status: single.""",
    """Tenant [[PERSON:Rashid Al Mazrouei]], Emirates ID [[ID_NUMBER:784-1986-4418273-9]], [[ADDRESS:Apartment 1407, Marina Heights Tower]], [[LOCATION:Dubai Marina]], [[LOCATION:Dubai]]; mailing address [[ADDRESS:P.O. Box 48812]], [[LOCATION:Dubai]]; IBAN [[IBAN_CODE:AE04 0260 0010 1588 9301 874]]; mobile [[PHONE_NUMBER:+971 50 418 2276]].""",
    """Member [[PERSON:Wanjiku Kamau]], ID no. [[ID_NUMBER:28417736]], KRA PIN [[ID_NUMBER:A004817263Z]], DOB [[DATE_TIME:02/02/1990]], postal address [[ADDRESS:P.O. Box 1422]]-[[ZIP_CODE:00100]] [[LOCATION:Nairobi]]; M-Pesa [[PHONE_NUMBER:0711 482 930]]; next of kin [[PERSON:Peter Kamau Njoroge]].""",
    """Account opening: [[PERSON:Luiz Henrique Bezerra]], CPF [[ID_NUMBER:641.027.395-99]], RG [[ID_NUMBER:8.472.190]], born [[DATE_TIME:11/11/1979]] in [[LOCATION:Recife]], address [[ADDRESS:Av. Boa Viagem, 3420, apto 1801]], [[LOCATION:Boa Viagem]], [[LOCATION:Recife]] - [[LOCATION:PE]], [[ZIP_CODE:51020-001]]; Pix key [[EMAIL_ADDRESS:luiz.bezerra@uol.com.br]].""",
    """Supplier contact [[PERSON:Florencia Giménez]], CUIT [[ID_NUMBER:27-31847296-9]], CBU [[ID_NUMBER:0170099220000047182932]], address [[ADDRESS:Av. Corrientes 2157, 5° B]], [[ZIP_CODE:C1046AAE]] [[LOCATION:CABA]], [[LOCATION:Argentina]]; phone [[PHONE_NUMBER:+54 9 11 4827-3301]]; email [[EMAIL_ADDRESS:flor.gimenez@fibertel.com.ar]].""",
    """Player report: [[USERNAME:ShadowFox_77]] (Steam ID [[ID_NUMBER:76561198044172839]]) harassed [[USERNAME:lilmochi]] in match 8841-22. Reporter email [[EMAIL_ADDRESS:mochi.kwon@gmail.com]], reporter IP [[IP_ADDRESS:121.134.77.208]]; suspect IP [[IP_ADDRESS:98.207.14.63]].""",
    """License holder [[PERSON:Sierra Blackwood]], NY DL [[US_DRIVER_LICENSE:482 917 336]], DOB [[DATE_TIME:12/30/1996]], height 5 ft 7 in, eyes BRO; address [[ADDRESS:88 Lark Street, Apt 2R]], [[LOCATION:Albany]], [[LOCATION:NY]] [[ZIP_CODE:12210]]; plate [[ID_NUMBER:KGT-4418]].""",
    """Claim for [[PERSON:Ezekiel Obuya]], Medicaid ID [[ID_NUMBER:WQ48217736]], date of service [[DATE_TIME:03/14/2025]], rendering provider [[PERSON:Dr. Hannah Lowenstein]] (NPI [[ID_NUMBER:1620394852]]); patient phone [[PHONE_NUMBER:(612) 774-0193]], address [[ADDRESS:2730 Bloomington Ave S]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55407]].""",
    """Port request: [[PERSON:Harper Quinn Delgado]], account no. [[ID_NUMBER:784219006]], number [[PHONE_NUMBER:(415) 902-3318]], service address [[ADDRESS:1450 Valencia St, Apt 6]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94110]], last 4 of SSN 7719, email [[EMAIL_ADDRESS:hqdelgado@gmail.com]].""",
    """Remittance beneficiary [[PERSON:Md. Rafiqul Islam]], NID [[ID_NUMBER:1994261847302]], bKash [[PHONE_NUMBER:01712 448 903]], address [[ADDRESS:House 12, Road 5, Block C]], [[LOCATION:Mirpur 10]], [[LOCATION:Dhaka]] [[ZIP_CODE:1216]]; sender [[PERSON:Shahana Akter]], [[LOCATION:Luton]], [[LOCATION:UK]].""",
    """Ügyfél: [[PERSON:Kovács Eszter]], adóazonosító jel [[ID_NUMBER:8442622748]], született [[DATE_TIME:1988. március 9.]], lakcím [[ZIP_CODE:1065]] [[LOCATION:Budapest]], [[ADDRESS:Andrássy út 38. 2/5]], telefon [[PHONE_NUMBER:+36 30 418 2275]], e-mail [[EMAIL_ADDRESS:kovacs.eszter@freemail.hu]].""",
    """Korisnik: [[PERSON:Luka Horvat]], OIB [[ID_NUMBER:47182930651]], adresa [[ADDRESS:Ilica 242]], [[ZIP_CODE:10000]] [[LOCATION:Zagreb]], mob. [[PHONE_NUMBER:091 482 7730]], IBAN [[IBAN_CODE:HR75 2360 0001 1028 4663 1]], e-pošta [[EMAIL_ADDRESS:luka.horvat@t-com.hr]].""",
    """Nasabah: [[PERSON:Budi Santoso]], NIK [[ID_NUMBER:3578031208850004]], NPWP [[ID_NUMBER:09.254.294.3-407.000]], alamat [[ADDRESS:Jl. Darmo Permai III No. 21]], [[LOCATION:Surabaya]] [[ZIP_CODE:60226]], HP [[PHONE_NUMBER:0812-3344-9071]], email [[EMAIL_ADDRESS:budi.santoso85@gmail.com]].""",
    """Versicherte: [[PERSON:Nicole Brunner]], AHV-Nr. [[ID_NUMBER:756.3819.4027.53]], geb. [[DATE_TIME:21.04.1982]], [[ADDRESS:Seefeldstrasse 131]], [[ZIP_CODE:8008]] [[LOCATION:Zürich]], Tel. [[PHONE_NUMBER:079 418 22 63]], IBAN [[IBAN_CODE:CH58 0076 7000 K088 2395 5]].""",
    """Assuré : [[TITLE:M.]] [[PERSON:Karim Benali]], numéro de registre national [[ID_NUMBER:87.05.14-163.18]], né le [[DATE_TIME:14 mai 1987]], domicilié [[ADDRESS:Rue Haute 212 bte 3]], [[ZIP_CODE:1000]] [[LOCATION:Bruxelles]], GSM [[PHONE_NUMBER:0478 21 93 64]], compte [[IBAN_CODE:BE91 0635 5298 1776]].""",
    """Arrendatario: [[PERSON:Oleksandr Kovalenko]], NIE [[ID_NUMBER:Y2648105Z]], nacionalidad [[NRP:ucraniana]], [[AGE:34]] años, domicilio [[ADDRESS:Carrer de Sants 187, 4t 2a]], [[ZIP_CODE:08028]] [[LOCATION:Barcelona]], móvil [[PHONE_NUMBER:644 218 905]], cuenta [[IBAN_CODE:ES97 0182 5322 2202 0151 9874]].""",
]

DOC = [
    # discharge summary, Cornwall
    """DISCHARGE SUMMARY — Respiratory Medicine, Royal Cornwall Hospital

Patient: [[PERSON:PENROSE]], [[PERSON:Elowen Mary]]          Sex: F
DOB: [[DATE_TIME:17/09/1948]] ([[AGE:76]] y)
NHS No: [[ID_NUMBER:612 558 0938]]          Hospital No: [[ID_NUMBER:RCH4471902]]
Address: [[ADDRESS:Chy an Mor, 4 Fore Street]], [[LOCATION:St Ives]], [[ZIP_CODE:TR26 1HE]]
GP: [[PERSON:Dr Rosen Trevithick]], Stennack Surgery (practice tel. 01736 793333)
Admitted: [[DATE_TIME:02/01/2025]]          Discharged: [[DATE_TIME:11/01/2025]]
Consultant: [[PERSON:Dr Oluwatoyin Adeyemi-Hart]] (GMC [[ID_NUMBER:7094418]])

Diagnoses: community-acquired pneumonia, right lower lobe (CURB-65 score 2); acute kidney injury stage 1, resolved.

Summary: [[PERSON:Mrs Penrose]], a retired fish-merchant who lives alone, was brought in by ambulance after her neighbour found her confused. She was treated with IV co-amoxiclav and Hartmann's solution and improved steadily; creatinine peaked at 148 on day 2 and was 91 at discharge. She was seen by the frailty team in bay 4 and walks with a frame.

Social: her daughter [[PERSON:Morwenna Keast]] ([[PHONE_NUMBER:07764 219 508]]) will stay with her for the first week; key safe code given to the district nurses only.

Medications on discharge: amoxicillin 500 mg TDS for 3 further days (lot 24K118, exp 09/26); Adcal-D3 one BD; ramipril 2.5 mg OD restarted.

Follow-up: district nurse visit [[DATE_TIME:13/01/2025]]; repeat chest X-ray on [[DATE_TIME:24/02/2025]]; GP to recheck U&Es in one week.

Signed: [[PERSON:Dr Kieran Walsh]], FY2 (bleep 4471), on behalf of [[PERSON:Dr Adeyemi-Hart]].""",
    # police witness statement, Manchester
    """WITNESS STATEMENT
(Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B; Criminal Procedure Rules, r.16.2)

URN: 06/KL/02214/25
Statement of: [[PERSON:Priyanka Shah-Lowther]]
Age if under 18: over 18          Occupation: pharmacist
Address: [[ADDRESS:19 Wellington Road]], [[LOCATION:Rusholme]], [[LOCATION:Manchester]] [[ZIP_CODE:M14 6EQ]]
Tel: [[PHONE_NUMBER:07943 118 526]]          Email: [[EMAIL_ADDRESS:priyanka.sl@gmail.com]]

This statement, consisting of 2 pages each signed by me, is true to the best of my knowledge and belief.

On Saturday [[DATE_TIME:8th February 2025]] at about 22:40 I was walking home along Wilmslow Road after a late shift. Outside the chip shop at [[ADDRESS:212 Wilmslow Road]] I saw a man I now know to be [[PERSON:Connor Doyle]] push a woman against the metal shutters. I later learned the woman is called [[PERSON:Hollie]]. He was shouting "you're dead, [[PERSON:Hols]], you hear me". He is white, about [[AGE:25]], 6 ft, with a shaved head and a tattoo of a swallow on his neck, and he wore a black North Face jacket. He ran off towards [[LOCATION:Fallowfield]] when a taxi stopped. I dialled 999 and stayed with her until [[TITLE:PC]] [[PERSON:Amir Rahman]] (collar number [[ID_NUMBER:4471]]) arrived.

I am willing to attend court. I am not available between [[DATE_TIME:14 and 25 April 2025]].

Signed: [[PERSON:P. Shah-Lowther]]          Date: [[DATE_TIME:09/02/2025]]
Statement taken by: [[TITLE:DC]] [[PERSON:Lorna Baptiste]], Greater Manchester Police, at Longsight Police Station, [[ADDRESS:1 Grindlow Street]], [[LOCATION:Manchester]].""",
    # employment contract, Ireland
    """CONTRACT OF EMPLOYMENT

This contract is made on [[DATE_TIME:3 March 2025]] between BRIGHTWATER ANALYTICS LIMITED (CRO 714429, VAT IE3471902WH), whose registered office is at [[ADDRESS:Block C, Eastpoint Business Park]], [[LOCATION:Dublin 3]], [[ZIP_CODE:D03 X9K4]] ("the Employer"), and [[PERSON:Oisín Fennelly]] of [[ADDRESS:27 Ardilaun Road]], [[LOCATION:Sandyford]], [[LOCATION:Dublin 18]], [[ZIP_CODE:D18 F2W6]], PPS number [[ID_NUMBER:6203917AA]] ("the Employee").

1. Commencement. Employment begins on [[DATE_TIME:7 April 2025]]. Continuous service with the Employer's predecessor from [[DATE_TIME:1 September 2022]] is recognised for statutory purposes.
2. Role. The Employee is employed as Senior Data Engineer and reports to [[PERSON:Gráinne Moloney]], Head of Platform.
3. Place of work. Hybrid; the Employee may be asked to attend the [[LOCATION:Cork]] office up to four days per month.
4. Remuneration. €78,000 per annum, paid monthly in arrears by credit transfer to the Employee's account [[IBAN_CODE:IE97 BOFI 9013 8444 2819 07]].
5. Probation. Six months, extendable once by up to three months.
6. Hours. 39 hours per week; core hours 10:00–16:00.
7. Annual leave. 23 days plus public holidays.
8. Confidentiality and data protection. The Employee will comply with the Employer's policies, including the acceptable-use policy (version 4.2).

Signed for the Employer: [[PERSON:Declan Hurley]], Director          Date: [[DATE_TIME:03/03/2025]]
Signed by the Employee: [[PERSON:Oisín Fennelly]]          Date: [[DATE_TIME:05/03/2025]]
Witness: [[PERSON:Nuala Breathnach]], [[ADDRESS:4 Seafield Crescent]], [[LOCATION:Booterstown]], Co. [[LOCATION:Dublin]]""",
    # residential tenancy agreement, NSW
    """RESIDENTIAL TENANCY AGREEMENT (Residential Tenancies Act 2010, NSW)

Landlord: [[PERSON:Anastasia Georgiou]], c/- Harbourside Property Group, [[ADDRESS:Level 2, 41 Military Road]], [[LOCATION:Neutral Bay]] [[LOCATION:NSW]] [[ZIP_CODE:2089]], agency ph (02) 9953 4471
Tenant 1: [[PERSON:Koa Whitehorse]], DOB [[DATE_TIME:12/12/1993]], email [[EMAIL_ADDRESS:koa.whitehorse@gmail.com]], mobile [[PHONE_NUMBER:0421 770 385]]
Tenant 2: [[PERSON:Indigo Sato-Lennox]], DOB [[DATE_TIME:03/06/1995]], mobile [[PHONE_NUMBER:0433 918 264]]

Residential premises: [[ADDRESS:Unit 7/18 Ben Boyd Road]], [[LOCATION:Neutral Bay]] [[LOCATION:NSW]] [[ZIP_CODE:2089]], including one parking space (no. 12) and storage cage C4.
Term: 12 months, starting on [[DATE_TIME:1 March 2025]] and ending on [[DATE_TIME:28 February 2026]].
Rent: $780 per week, payable fortnightly in advance to BSB 062-000, account [[ID_NUMBER:1047 2291]] (Harbourside Property Group Trust Account).
Rental bond: $3,120, lodged with NSW Fair Trading (bond no. 2391044).
Urgent repairs: electrician [[PERSON:Dave Kurtz]], [[PHONE_NUMBER:0418 227 904]]; plumber Bayside Plumbing, 1300 724 118.
Pets: one cat (Miso, 3 yrs) approved.

Signed by the tenants on [[DATE_TIME:20/02/2025]] and by the landlord's agent, [[PERSON:Lachie Duong]], on [[DATE_TIME:21/02/2025]].""",
    # mortgage application
    """UNIFORM RESIDENTIAL LOAN APPLICATION — Section 1a. Personal Information

Borrower: [[PERSON:Desmond Achebe-Walker]]          SSN: [[US_SSN:604-18-3375]]          DOB: [[DATE_TIME:05/19/1981]]
Marital status: Married          Dependents: 2 (ages [[AGE:9]] and [[AGE:6]])
Current address: [[ADDRESS:4418 Ridgeview Terrace]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43214]] — 6 years, renting ($1,850/month)
Cell: [[PHONE_NUMBER:(614) 208-7731]]          Email: [[EMAIL_ADDRESS:d.achebewalker@gmail.com]]

Co-borrower: [[PERSON:Tamsin Achebe-Walker]]          SSN: [[US_SSN:611-27-4408]]          DOB: [[DATE_TIME:02/08/1983]]

Section 1b. Current Employment
Employer: Midwest Orthopaedic Partners, [[ADDRESS:3900 Olentangy River Rd, Suite 200]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43214]]
Position: physical therapist          Start date: [[DATE_TIME:08/15/2016]]          Gross monthly income: $8,450

Section 2a. Assets
Checking, Huntington National Bank, account [[ID_NUMBER:01882047193]], routing 044000024, balance $42,118.

Section 4. Loan and Property Information
Property: [[ADDRESS:212 Maple Hollow Ln]], [[LOCATION:Worthington]], [[LOCATION:OH]] [[ZIP_CODE:43085]]; purchase price $415,000; loan amount $332,000; 30-year fixed.

Loan originator: [[PERSON:Carla Benedetti]], NMLS ID [[ID_NUMBER:1847293]], phone [[PHONE_NUMBER:(614) 330-2186]]
Borrower signature: /s/ [[PERSON:Desmond Achebe-Walker]]          Date: [[DATE_TIME:03/02/2025]]""",
    # school report card, Ontario
    """Ridgewood Public School — Elementary Provincial Report Card, Grades 1–6 (Term 1)

Student: [[PERSON:Amelia-Rose Kanhai]]          OEN: [[ID_NUMBER:482-917-336]]          Grade: 4
Teacher: [[PERSON:Mr. Julien Paquette]]          Principal: [[PERSON:Ms. Harpreet Dhillon]]
Address: [[ADDRESS:58 Birchmount Crescent]], [[LOCATION:Scarborough]], [[LOCATION:ON]] [[ZIP_CODE:M1N 2K7]]
Days absent: 4          Times late: 2          Date issued: [[DATE_TIME:Feb 14, 2025]]

Language: [[PERSON:Amelia-Rose]] reads fluently and with expression. She especially enjoyed our unit on [[PERSON:Roald Dahl]]'s novels and wrote a thoughtful letter to Matilda. Next steps: use paragraphs to organise longer writing.
Mathematics: she is confident with multiplication facts to 9 × 9 and works well with her math partner, [[PERSON:Zayn]]. Next steps: explain her thinking in words.
Learning skills: excellent collaboration; organisation is developing.

Parent–teacher interview booked for [[DATE_TIME:November 20]] at 4:30 pm with her father, [[PERSON:Vikash Kanhai]] ([[PHONE_NUMBER:416-698-2207]], [[EMAIL_ADDRESS:vkanhai@rogers.com]]).""",
]

DOC += [
    # home and contents claim, Auckland
    """HOUSE & CONTENTS CLAIM FORM

Policy no.: HP-4471-9920          Claim no.: CL-2025-018832
Policyholders: [[PERSON:Rangi Te Kanawa]] and [[PERSON:Meredith Te Kanawa]]
Insured address: [[ADDRESS:31 Kowhai Road]], [[LOCATION:Mairangi Bay]], [[LOCATION:Auckland]] [[ZIP_CODE:0630]]
Phone: [[PHONE_NUMBER:021 445 7190]]          Email: [[EMAIL_ADDRESS:rangi.tk@xtra.co.nz]]

Date of loss: [[DATE_TIME:27 January 2025]]          Time: approx. 3 am
What happened: During the storm a pōhutukawa from the reserve came down on the carport and the lounge roof. Rain came in overnight and soaked the carpet, the couch and the TV cabinet. Our neighbour [[PERSON:Glenys Fraser]] at [[ADDRESS:33 Kowhai Road]] saw it fall and helped us move furniture. A tarpaulin was put up by [[PERSON:Hemi]] from Shore Roofing the next morning.

Damaged items:
1. Samsung 65" TV, model QA65Q80C, serial 0BRD3CDR800812K — $2,199
2. Three-seater couch (Freedom, 2021) — $2,800
3. Wool carpet, lounge, approx. 28 m² — quote attached

Payment to: account [[ID_NUMBER:12-3077-0451826-00]] ([[PERSON:R. Te Kanawa]])
Loss adjuster: [[PERSON:Bruce Hamilton]], registration [[ID_NUMBER:LA-2291]], visited on [[DATE_TIME:29 January 2025]].

Declaration: we declare the information above is true. Signed [[PERSON:Rangi Te Kanawa]], [[DATE_TIME:30/01/2025]].""",
    # small claims judgment, Bristol
    """IN THE COUNTY COURT AT BRISTOL                                        Claim No. K7QZ4471

BETWEEN
[[PERSON:MARCUS OYELOWO-BRANDT]]                                         Claimant
and
[[PERSON:HEATHER JANE PILKINGTON]]                                       Defendant

JUDGMENT
Before [[TITLE:District Judge]] [[PERSON:Ramsden]], sitting on [[DATE_TIME:12 March 2025]]

1. The claimant, of [[ADDRESS:14 Cotham Vale]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 6HR]], says that he lent the defendant £3,200 on [[DATE_TIME:2 June 2023]] so that she could pay a deposit on a flat. The defendant, of [[ADDRESS:Flat 2, 9 Picton Street]], [[LOCATION:Montpelier]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 5QA]], accepts that she received the money but says it was a gift made while the parties were in a relationship.
2. I heard evidence from [[PERSON:Mr Oyelowo-Brandt]], from his sister [[PERSON:Bisi Oyelowo]], and from [[PERSON:Ms Pilkington]]. [[PERSON:Ms Oyelowo]] told me that the defendant said at a family barbecue on [[DATE_TIME:15 July 2023]] that she would "pay [[PERSON:Marcus]] back once the bonus lands".
3. I prefer the claimant's account. The bank transfer was labelled "LOAN FLAT DEP" and was sent from his account ending 0918 to hers ending 2264.
4. There will be judgment for the claimant for £3,200 together with the court fee of £115.

[[TITLE:District Judge]] [[PERSON:Ramsden]]""",
    # residents' association AGM minutes
    """HARBOUR VIEW RESIDENTS' ASSOCIATION — Minutes of the AGM
held on Wednesday [[DATE_TIME:15 January 2025]] at 7 pm in the community room, [[LOCATION:Whitehaven]]

Present: [[TITLE:Cllr]] [[PERSON:Aisha Rahman]] (chair), [[PERSON:Tom Birchall]] (treasurer), [[PERSON:Mrs Edna Pike]] (flat 14), [[PERSON:Joseph Mensah-Bonsu]], [[PERSON:Li Na]], [[PERSON:Fergus Dunnachie]]
Apologies: [[PERSON:Gwen Aldous]], [[PERSON:Dr Sunil Kapoor]]

1. Treasurer's report. Balance £4,112.37; subscriptions stay at £12 a year.
2. Parking. [[PERSON:Mr Mensah-Bonsu]] reported that a van, [[ID_NUMBER:YR68 TLK]], is parked across the bin store most nights. The chair will write to the managing agent.
3. Lift. The lift engineer will inspect on [[DATE_TIME:3 February]]; residents in flats 20–24 asked for notice.
4. New residents. A warm welcome to [[PERSON:Kasia]] and [[PERSON:Bartek Nowicki]], who moved into [[ADDRESS:Flat 22, Harbour View, 1 Quay Street]] on [[DATE_TIME:20 December]].
5. AOB. [[PERSON:Edna]]'s [[AGE:90]]th birthday is on [[DATE_TIME:8 February]]; card and cake to be organised by [[PERSON:Li Na]].

Next meeting: [[DATE_TIME:16 April 2025]], same place.
Minutes taken by [[PERSON:Tom Birchall]] ([[EMAIL_ADDRESS:tom.birchall@gmail.com]]).""",
    # email thread, benefits enrolment
    """From: [[PERSON:Jasmine Oduya]] <[[EMAIL_ADDRESS:jasmine.oduya@larkspurhealth.com]]>
To: Benefits Team <benefits@larkspurhealth.com>
Cc: [[PERSON:Dale Whitaker]] <[[EMAIL_ADDRESS:d.whitaker@larkspurhealth.com]]>
Date: [[DATE_TIME:March 10, 2025]], 9:12 AM
Subject: RE: Adding my newborn to my medical and dental plans

Hi [[PERSON:Dale]],

Thanks so much. I've attached the birth certificate. My son's name is [[PERSON:Ezra Kalu Oduya]] and he was born on [[DATE_TIME:February 21, 2025]]. His Social Security card hasn't arrived yet, so I'll send the number as soon as it comes. My employee ID is [[ID_NUMBER:LH-20931]].

Best,
[[PERSON:Jasmine]]

--
[[PERSON:Jasmine Oduya]], RN | Cardiac Step-Down Unit
Larkspur Health | [[ADDRESS:1200 Innovation Way, Suite 300]], [[LOCATION:Dublin]], [[LOCATION:OH]] [[ZIP_CODE:43017]]
cell [[PHONE_NUMBER:614-772-0918]]

On Fri, [[DATE_TIME:Mar 7, 2025]] at 4:55 PM [[PERSON:Dale Whitaker]] <[[EMAIL_ADDRESS:d.whitaker@larkspurhealth.com]]> wrote:
> Hi [[PERSON:Jasmine]], congratulations! A birth is a qualifying life event, so you have 30 days to add him.
> Please send his full legal name, date of birth and SSN, plus a copy of the birth certificate.
>
> [[PERSON:Dale Whitaker]] | Benefits Specialist | ext. 4471
>
>> On Thu, [[DATE_TIME:Mar 6, 2025]], [[PERSON:Jasmine Oduya]] <[[EMAIL_ADDRESS:jasmine.oduya@larkspurhealth.com]]> wrote:
>> Hello, I had my baby two weeks ago and want to add him to my plans. Can I do it
>> online? My Workday login is [[USERNAME:joduya]].""",
    # CV
    """CURRICULUM VITAE

[[PERSON:Chiamaka Obiageli Nwachukwu]]
[[ADDRESS:Flat 4, 17 Mowbray Road]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB1 7SR]] · [[PHONE_NUMBER:+44 7496 218 330]] · [[EMAIL_ADDRESS:chiamaka.nwachukwu@gmail.com]]
[[URL:https://www.linkedin.com/in/chiamaka-nwachukwu]] · [[URL:https://github.com/chiamakan]]
Date of birth: [[DATE_TIME:14 June 1994]] · Nationality: [[NRP:Nigerian]] (Skilled Worker visa)

PROFILE
Biomedical scientist with seven years' experience in clinical biochemistry and point-of-care testing, HCPC-registered, IBMS Specialist Portfolio holder.

EXPERIENCE
[[DATE_TIME:Oct 2021]] – present   Senior Biomedical Scientist, Addenbrooke's Hospital, [[LOCATION:Cambridge]]
  Led the validation of a new HbA1c analyser (Tosoh G11); trained 14 staff; ISO 15189 audit lead.
[[DATE_TIME:Jan 2018]] – [[DATE_TIME:Sep 2021]]   Medical Laboratory Scientist, Lagos University Teaching Hospital, [[LOCATION:Idi-Araba]], [[LOCATION:Lagos]]

EDUCATION
2017   MSc Clinical Biochemistry (Distinction), University of Surrey
2016   BMLS, University of Nigeria, [[LOCATION:Nsukka]]

REGISTRATION
HCPC [[ID_NUMBER:BS081447]]; MLSCN [[ID_NUMBER:MLS/2016/14928]]

REFEREES
[[PERSON:Dr Helen Marsh-Ogden]], Laboratory Manager — [[EMAIL_ADDRESS:helen.marsh-ogden@nhs.net]]
[[PERSON:Prof. Ikechukwu Onah]], Head of Department — [[PHONE_NUMBER:+234 803 774 2190]]

Languages: English (native), Igbo (native), French (B1)""",
    # plumbing invoice, Hampshire
    """INVOICE No. 2025-0418                                   Invoice date: 18/03/2025

Wexcombe Plumbing & Heating Ltd
[[ADDRESS:Unit 3, Ash Grove Trading Estate]], [[LOCATION:Andover]] [[ZIP_CODE:SP10 3LG]]
Tel 01264 771 820 · VAT GB 318 4471 92 · Gas Safe reg. 558120

Bill to:
[[TITLE:Mr]] & [[TITLE:Mrs]] [[PERSON:Hargreaves]]
[[ADDRESS:Rose Cottage]]
[[ADDRESS:12 Church Lane]]
[[LOCATION:Upper Clatford]]
[[LOCATION:Andover]]
[[ZIP_CODE:SP11 7QJ]]
Customer no.: [[ID_NUMBER:C-22914]] · [[EMAIL_ADDRESS:j.hargreaves@btinternet.com]] · [[PHONE_NUMBER:07817 330 462]]

Work carried out on [[DATE_TIME:14 March 2025]] by [[PERSON:Rhys Penhaligon]] (Gas Safe ID [[ID_NUMBER:4471902]]):
- Annual service, Worcester Bosch Greenstar 30i (serial 47118820-00-12)          £95.00
- Replace magnetic filter, part MF22-MB                                          £115.00
Subtotal £210.00 · VAT 20% £42.00 · Total £252.00

Payment within 14 days to [[IBAN_CODE:GB44 HBUK 4012 7631 0588 22]], reference INV2025-0418. Thank you for your custom!""",
]

DOC += [
    # HL7 v2 ADT^A01 (raw string: the encoding characters hold a backslash)
    r"""MSH|^~\&|EPICADT|STMARYS|LABSYS|STMARYS|||ADT^A01|MSG00481|P|2.5.1
PID|1||[[ID_NUMBER:MRN88204417]]^^^STMARYS^MR||[[PERSON:NAKASHIMA]]^[[PERSON:KEIKO]]^[[PERSON:ANN]]^^[[TITLE:MRS]]||[[DATE_TIME:19620704]]|F|||[[ADDRESS:1847 KAPIOLANI BLVD]]^[[ADDRESS:APT 2206]]^[[LOCATION:HONOLULU]]^[[LOCATION:HI]]^[[ZIP_CODE:96814]]^[[LOCATION:USA]]||[[PHONE_NUMBER:(808)941-2287]]|||M|[[NRP:BUD]]||[[US_SSN:575-62-1184]]
NK1|1|[[PERSON:NAKASHIMA]]^[[PERSON:DAVID]]^[[PERSON:T]]|SPO^Spouse|[[ADDRESS:1847 KAPIOLANI BLVD]]^[[ADDRESS:APT 2206]]^[[LOCATION:HONOLULU]]^[[LOCATION:HI]]^[[ZIP_CODE:96814]]|[[PHONE_NUMBER:(808)941-2290]]
PV1|1|I|4W^412^B^STMARYS||||[[ID_NUMBER:1184772]]^[[PERSON:LUM]]^[[PERSON:BRADLEY]]^^^[[TITLE:DR]]|||MED||||7|||||IN||HMSA|||||||||||||||||||STMARYS||||||[[DATE_TIME:20250311]]
IN1|1|HMSA01|HMSA|Hawaii Medical Service Association|||||GRP-55810|||||||||SEL||||||||||||||||||[[ID_NUMBER:HMA448217730]]""",
    # FHIR Patient resource
    """{
  "resourceType": "Patient",
  "id": "b7e2c1d4-5f7a-4e0b-9c41-2f8d6a3e9b10",
  "identifier": [
    {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID_NUMBER:9438761209]]"}
  ],
  "name": [
    {"use": "official", "family": "[[PERSON:Oyelaran-Hughes]]", "given": ["[[PERSON:Tobenna]]", "[[PERSON:James]]"], "prefix": ["[[TITLE:Mr]]"]}
  ],
  "telecom": [
    {"system": "phone", "value": "[[PHONE_NUMBER:07700 184 226]]", "use": "mobile"},
    {"system": "email", "value": "[[EMAIL_ADDRESS:tobi.oh@gmail.com]]"}
  ],
  "gender": "male",
  "birthDate": "[[DATE_TIME:1979-10-02]]",
  "address": [
    {"line": ["[[ADDRESS:Flat 3]]", "[[ADDRESS:21 Jesmond Road]]"], "city": "[[LOCATION:Newcastle upon Tyne]]", "postalCode": "[[ZIP_CODE:NE2 1NL]]", "country": "[[LOCATION:GB]]"}
  ],
  "contact": [
    {"relationship": [{"text": "sister"}], "name": {"text": "[[PERSON:Adaora Hughes]]"}, "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:07911 228 419]]"}]}
  ],
  "extension": [
    {"url": "http://hl7.org/fhir/StructureDefinition/patient-religion", "valueCodeableConcept": {"text": "[[NRP:Roman Catholic]]"}}
  ],
  "generalPractitioner": [{"display": "[[PERSON:Dr Anjali Mehta]]"}]
}""",
    # JSON API response
    """HTTP/1.1 200 OK
Content-Type: application/json

{"status": "ok",
 "data": {
   "user_id": [[ID_NUMBER:88120473]],
   "username": "[[USERNAME:lexi.moreau]]",
   "display_name": "[[PERSON:Lexi Moreau]]",
   "email": "[[EMAIL_ADDRESS:lexi.moreau@gmail.com]]",
   "phone": "[[PHONE_NUMBER:+33 6 72 18 44 09]]",
   "phone_verified": true,
   "dob": "[[DATE_TIME:1997-03-28]]",
   "address": {"line1": "[[ADDRESS:47 rue Oberkampf]]", "line2": "", "city": "[[LOCATION:Paris]]", "postcode": "[[ZIP_CODE:75011]]", "country": "[[LOCATION:FR]]"},
   "joined": "[[DATE_TIME:2021-08-14]]",
   "profile_url": "[[URL:https://lumo.social/@lexi.moreau]]",
   "avatar": "https://cdn.lumo.social/u/a9f3c2e1/avatar_256.png",
   "last_login_ip": "[[IP_ADDRESS:91.167.208.44]]",
   "signup_ip": "[[IP_ADDRESS:2a01:cb04:8e3:9a00:4d1c:21ff:fe6b:7f10]]",
   "payment_methods": [{"type": "card", "brand": "visa", "last4": "9132", "exp": "11/27"}],
   "referral_code": "LEXI-7Q2K",
   "app_version": "5.12.0.3"
 }}""",
    # CRM XML export
    """<?xml version="1.0" encoding="UTF-8"?>
<customers source="crm-prod" count="2">
  <customer id="[[ID_NUMBER:CU-004418]]" segment="gold">
    <title>[[TITLE:Dr]]</title><first>[[PERSON:Yaw]]</first><last>[[PERSON:Boateng]]</last>
    <dob>[[DATE_TIME:1975-12-09]]</dob>
    <email>[[EMAIL_ADDRESS:yaw.boateng@boatengdental.co.uk]]</email>
    <phone type="mobile">[[PHONE_NUMBER:+44 7700 281 903]]</phone>
    <address><street>[[ADDRESS:61 Harborne Road]]</street><city>[[LOCATION:Birmingham]]</city><postcode>[[ZIP_CODE:B15 3BU]]</postcode><country>[[LOCATION:GB]]</country></address>
    <card brand="visa" last4="0639"/>
    <notes>Prefers calls after 6pm; his wife [[PERSON:Akosua]] handles bookings.</notes>
  </customer>
  <customer id="[[ID_NUMBER:CU-004419]]" segment="standard">
    <title>[[TITLE:Ms]]</title><first>[[PERSON:Saoirse]]</first><last>[[PERSON:Devlin]]</last>
    <dob>[[DATE_TIME:1988-02-29]]</dob>
    <email>[[EMAIL_ADDRESS:saoirse.devlin@icloud.com]]</email>
    <phone type="home">[[PHONE_NUMBER:028 9066 1847]]</phone>
    <address><street>[[ADDRESS:9 Malone Park]]</street><city>[[LOCATION:Belfast]]</city><postcode>[[ZIP_CODE:BT9 6NJ]]</postcode><country>[[LOCATION:GB]]</country></address>
    <iban>[[IBAN_CODE:GB28 NWBK 6073 0118 8429 17]]</iban>
  </customer>
</customers>""",
    # application log
    """10:14:02 INFO  auth     login ok user=[[USERNAME:m.okoro]] ip=[[IP_ADDRESS:10.20.4.117]] ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)"
10:14:09 INFO  profile  GET /api/v2/users/[[ID_NUMBER:55120447]] by [[USERNAME:m.okoro]] 200 41ms
10:15:31 WARN  billing  card declined for customer [[PERSON:Chiara Lombardi]] <[[EMAIL_ADDRESS:chiara.lombardi@fastwebnet.it]]> card=************4418
10:15:32 DEBUG billing  retry with SEPA mandate, IBAN [[IBAN_CODE:IT30 X050 3401 6330 0000 0118 832]]
10:17:45 ERROR mailer   hard bounce for [[EMAIL_ADDRESS:r.tanvir@gmial.com]] (user [[PERSON:Rizwan Tanvir]]) — domain typo?
10:18:03 INFO  backup   svc_backup snapshot 7f3e9a1c completed, 4.1 GB
10:20:11 WARN  auth     5 failed logins user=[[USERNAME:dmitri_v]] ip=[[IP_ADDRESS:203.0.113.77]]
10:20:12 INFO  auth     account locked; notified [[EMAIL_ADDRESS:dmitri.volkov@yandex.ru]] and sms [[PHONE_NUMBER:+7 916 418-22-73]]
10:22:40 INFO  kyc      document verified for [[PERSON:Dmitri Volkov]], passport [[ID_NUMBER:75 4418291]], selfie match 0.97
10:23:02 INFO  admin    config reloaded by admin (build 4.1.0.22)
10:25:19 INFO  geo      [[IP_ADDRESS:81.2.69.160]] resolved to [[LOCATION:Leeds]], GB""",
    # support ticket with history
    """Ticket TKT-118204 — Broadband outage (priority: high)

Customer: [[PERSON:Gwendolyn Achterberg]]          Account: [[ID_NUMBER:ACC-00471192]]
Service address: [[ADDRESS:Kerkstraat 14]], [[ZIP_CODE:2011 PJ]] [[LOCATION:Haarlem]]
Contact: [[PHONE_NUMBER:+31 6 4182 2093]] · [[EMAIL_ADDRESS:g.achterberg@kpnmail.nl]]
Router: FRITZ!Box 7590, serial J4418K09921, MAC 5C:49:79:1A:44:0E

History
[[DATE_TIME:03-03-2025]] 08:12 — Customer called: no internet since the night before. Agent [[PERSON:Ruben]] ran a line test: sync lost. Engineer booked for [[DATE_TIME:05-03-2025]], 08:00–13:00.
[[DATE_TIME:05-03-2025]] 14:40 — Engineer [[PERSON:Mehmet Aydın]] found water in the street cabinet and re-spliced the pair. Customer confirmed the service was back.
[[DATE_TIME:06-03-2025]] 09:05 — Customer emailed asking for compensation for three days without service; agent [[PERSON:Sanne]] applied a €15 credit to invoice 2025-03-7719.
[[DATE_TIME:07-03-2025]] 17:22 — The customer's son, [[PERSON:Thijs]], phoned on her behalf (authorised contact, PIN verified) to check the credit. Ticket closed.""",
]

DOC += [
    # current account statement
    """NORTHGATE BUILDING SOCIETY — Current Account Statement                    Sheet 14

[[PERSON:Ms Farida Begum-Sheikh]]
[[ADDRESS:27 Belgrave Street]]
[[LOCATION:Bradford]]
[[ZIP_CODE:BD8 9QL]]

Account number [[ID_NUMBER:30417762]]     Sort code 40-11-62     IBAN [[IBAN_CODE:GB61 MIDL 4027 1139 8507 74]]     BIC MIDLGB22
Your branch: [[LOCATION:Bradford]] (Market Street)     Statement period 01/02/2025 to 28/02/2025

Date     Description                                             Out       In        Balance
01 Feb   Balance brought forward                                                     1,250.62
03 Feb   CARD 4921 82** **** 7132 TESCO STORES 2231               42.18               1,208.44
05 Feb   FPI FROM [[PERSON:A SHEIKH]] REF RENT SHARE                          450.00    1,658.44
10 Feb   DD BRADFORD MDC COUNCIL TAX                             148.00               1,510.44
14 Feb   FPO TO [[PERSON:YUSUF HASSAN]] 20-45-77 [[ID_NUMBER:71820394]] REF WEDDING GIFT   100.00      1,410.44
18 Feb   TFR TO SAVINGS [[ID_NUMBER:30417770]]                       200.00               1,210.44
21 Feb   SALARY BRADFORD TEACHING HOSPITALS NHS FT                        2,104.77  3,315.21
25 Feb   SO TO [[PERSON:MRS K OSEI]] REF TUITION [[PERSON:ZAYNAB]]               60.00               3,255.21
27 Feb   PAYPAL *ETSY.COM                                         36.50               3,218.71

If you think a payment is wrong, call us on 0345 600 4471 or write to [[ADDRESS:Northgate House, 1 Manor Row]], [[LOCATION:Bradford]] [[ZIP_CODE:BD1 4PB]].""",
    # cardiology discharge summary, India
    """SRI VENKATESWARA HEART CENTRE — DISCHARGE SUMMARY (Cardiology)

Name: [[PERSON:Mr. Ramesh Babu Kothapalli]]          Age/Sex: [[AGE:58]]/M
UHID: [[ID_NUMBER:SVH-2025-004471]]          IP No: 25/1188          Ward: CCU-2
Address: [[ADDRESS:D.No. 12-4-87, Gandhi Road]], [[LOCATION:Tirupati]], [[LOCATION:Andhra Pradesh]] – [[ZIP_CODE:517501]]
Phone: [[PHONE_NUMBER:+91 94401 22873]]          Aadhaar: [[ID_NUMBER:2814 6739 5024]]
DOA: [[DATE_TIME:04-02-2025]]          DOD: [[DATE_TIME:09-02-2025]]
Consultant: [[PERSON:Dr. Lakshmi Narayanan]], DM (Cardiology)

Diagnosis: Acute anterior wall STEMI, Killip class I; single-vessel CAD (LAD).
Procedure: primary PTCA with DES (Xience Sierra 3.0 × 28 mm, lot 4071822) to proximal LAD on [[DATE_TIME:04-02-2025]].
Course: uneventful; EF 45% on echo; mobilised on day 3; treadmill test deferred (Bruce protocol at 6 weeks).

Advice on discharge: Tab. Ecosprin 75 mg OD, Tab. Brilinta 90 mg BD, Tab. Atorva 40 mg HS, Tab. Metoprolol 25 mg BD. Low-salt, low-fat diet. No driving for 4 weeks.
Review in OPD on [[DATE_TIME:23-02-2025]] with [[PERSON:Dr. Narayanan]].
Attender: son [[PERSON:Kiran Kothapalli]], [[PHONE_NUMBER:+91 98491 30455]].""",
    # email thread, wedding photographer, Singapore
    """From: [[PERSON:Tan Wei Ling]] <[[EMAIL_ADDRESS:weiling.tan@orchidevents.sg]]>
To: [[PERSON:Arjun Pillai]] <[[EMAIL_ADDRESS:arjun@pillaiphoto.com]]>
Date: [[DATE_TIME:18 Mar 2025]], 11:02
Subject: Re: Photographer for the [[PERSON:Goh]]–[[PERSON:Lim]] wedding

Hi [[PERSON:Arjun]],

Great, you're confirmed for Saturday [[DATE_TIME:12 April]]. The tea ceremony is at the bride's family home, [[ADDRESS:Blk 88 Tanglin Halt Road, #12-305]], [[LOCATION:Singapore]] [[ZIP_CODE:141088]], at 9 am, then the banquet from 7 pm. The bride, [[PERSON:Lim Hui Min]], asked that you coordinate the family photos with her cousin [[PERSON:Jolene]] ([[PHONE_NUMBER:9681 4472]]). We'll PayNow the S$800 deposit to your company UEN by Friday.

Thanks,
[[PERSON:Tan Wei Ling]] | Senior Planner
Orchid Events Pte Ltd | [[ADDRESS:10 Anson Road, #22-08 International Plaza]], [[LOCATION:Singapore]] [[ZIP_CODE:079903]] | +65 6221 4470

On [[DATE_TIME:17 Mar 2025]], at 21:40, [[PERSON:Arjun Pillai]] <[[EMAIL_ADDRESS:arjun@pillaiphoto.com]]> wrote:
> Hi [[PERSON:Wei Ling]], I'm free that day. My rate is S$2,400 for 8 hours incl. edited gallery.
> Could you send the addresses and timings? Recent work: [[URL:https://pillaiphoto.com/portfolio]]
> — [[PERSON:Arjun]]""",
    # executry letter, Aberdeenshire
    """MacGregor Lyall, Solicitors & Estate Agents
[[ADDRESS:14 Albyn Place]], [[LOCATION:Aberdeen]] [[ZIP_CODE:AB10 1YH]] · DX AB47 · Tel 01224 644 710

Our ref: ML/EX/4471/EM                                              [[DATE_TIME:20 March 2025]]

[[PERSON:Mr Callum Strachan]]
[[ADDRESS:Tigh na Mara]]
[[ADDRESS:7 Shore Road]]
[[LOCATION:Stonehaven]]
[[ZIP_CODE:AB39 2JY]]

Dear [[PERSON:Mr Strachan]]

Executry of the late [[PERSON:Isobel Margaret Strachan]] (CHI [[ID_NUMBER:1205381422]]), who died on [[DATE_TIME:2 January 2025]]

Thank you for your call. Confirmation has now been granted, and we have written to the Bank of Scotland to close your late mother's account ([[ID_NUMBER:00418826]]) and transfer the balance to our client account.

Before we can pay your share of the estate we need your own bank details and your National Insurance number; your sister, [[PERSON:Mrs Fiona Ritchie]], has already sent hers. The house at [[ADDRESS:3 Arbuthnott Place]], [[LOCATION:Stonehaven]] will go on the market once the home report is done.

Yours sincerely

[[PERSON:Eilidh Morrison]]
Associate · [[EMAIL_ADDRESS:e.morrison@macgregorlyall.co.uk]]""",
    # GP referral letter, Melbourne
    """Bayside Family Medical
[[ADDRESS:220 Bay Street]], [[LOCATION:Brighton]] [[LOCATION:VIC]] [[ZIP_CODE:3186]] · Ph (03) 9592 4471 · Fax (03) 9592 4472

[[DATE_TIME:11 March 2025]]

[[PERSON:Dr Miriam Goldberg]]
Dermatologist
[[ADDRESS:Suite 4, 55 Victoria Parade]]
[[LOCATION:Fitzroy]] [[LOCATION:VIC]] [[ZIP_CODE:3065]]

Dear [[PERSON:Miriam]],

Re: [[PERSON:Mr Tahu Rewiti]], DOB [[DATE_TIME:22/10/1969]], [[ADDRESS:8 Linacre Road]], [[LOCATION:Hampton]] [[ZIP_CODE:3188]]; Medicare [[ID_NUMBER:4192 83759 2]]; ph [[PHONE_NUMBER:0402 118 937]]

Thank you for seeing this [[AGE:55]]-year-old man with a changing pigmented lesion on the left scapula, first noticed by his wife and measured at 7 mm at his skin check on [[DATE_TIME:4 March]]. On dermoscopy there is an atypical network and blue-white veil. His father died of metastatic melanoma at [[AGE:61]]. He works outdoors as a surveyor.

Medications: perindopril 5 mg mane. Allergies: penicillin (rash).

I would be grateful for your assessment and excision if appropriate.

Kind regards,
[[PERSON:Dr Priya Chandrasekaran]]
Provider no. [[ID_NUMBER:2447810B]]""",
]

DOC += [
    # French residential lease
    """CONTRAT DE LOCATION — LOGEMENT NU À USAGE D'HABITATION (loi n° 89-462 du 6 juillet 1989)

BAILLEUR : [[TITLE:M.]] [[PERSON:Bernard Lacombe]], demeurant [[ADDRESS:14 allée des Tilleuls]], [[ZIP_CODE:33600]] [[LOCATION:Pessac]], tél. [[PHONE_NUMBER:05 56 48 21 90]]
LOCATAIRE : [[TITLE:Mme]] [[PERSON:Yasmina Haddad-Roux]], née le [[DATE_TIME:9 octobre 1996]] à [[LOCATION:Toulouse]], courriel [[EMAIL_ADDRESS:yasmina.haddadroux@gmail.com]], tél. [[PHONE_NUMBER:07 81 44 29 16]]

I. Logement : [[ADDRESS:27 cours de la Marne, appartement 32, 3e étage]], [[ZIP_CODE:33800]] [[LOCATION:Bordeaux]] ; 2 pièces, 41 m² ; cave n° 7.
II. Date de prise d'effet : [[DATE_TIME:1er avril 2025]] ; durée : trois ans.
III. Loyer : 780 € hors charges, provision pour charges 45 €, payable le 5 de chaque mois par virement depuis le compte [[IBAN_CODE:FR33 3000 2005 5000 0015 7841 Z25]].
IV. Dépôt de garantie : 780 €.
V. Caution solidaire : [[TITLE:M.]] [[PERSON:Karim Haddad]], père de la locataire, demeurant [[ADDRESS:5 rue Pargaminières]], [[ZIP_CODE:31000]] [[LOCATION:Toulouse]].

Fait à [[LOCATION:Bordeaux]], le [[DATE_TIME:14 mars 2025]], en deux exemplaires.
Le bailleur : [[PERSON:B. Lacombe]]          La locataire : [[PERSON:Y. Haddad-Roux]]""",
    # German discharge letter
    """Klinikum Nord — Klinik für Unfallchirurgie und Orthopädie

[[TITLE:Frau]] [[TITLE:Dr. med.]] [[PERSON:Sabine Ohlendorf]]
Fachärztin für Allgemeinmedizin
[[ADDRESS:Eppendorfer Landstraße 88]]
[[ZIP_CODE:20249]] [[LOCATION:Hamburg]]

[[LOCATION:Hamburg]], [[DATE_TIME:12.03.2025]]

Sehr geehrte [[TITLE:Frau]] [[PERSON:Dr. Ohlendorf]],

wir berichten über Ihren Patienten [[TITLE:Herrn]] [[PERSON:Friedhelm Kruse]], geb. [[DATE_TIME:03.05.1951]], wohnhaft [[ADDRESS:Tarpenbekstraße 47]], [[ZIP_CODE:20251]] [[LOCATION:Hamburg]], KVNR [[ID_NUMBER:K471182906]], der sich vom [[DATE_TIME:02.03.2025]] bis zum [[DATE_TIME:11.03.2025]] in unserer stationären Behandlung befand.

Diagnosen: Pertrochantäre Femurfraktur links (AO 31-A2) nach häuslichem Sturz am [[DATE_TIME:01.03.2025]]; Morbus Parkinson; arterielle Hypertonie.
Therapie: Osteosynthese mittels Gammanagel am [[DATE_TIME:03.03.2025]].
Verlauf: Der [[AGE:73]]-jährige Patient wurde am ersten postoperativen Tag mobilisiert; Wundverhältnisse reizlos, Hb stabil.
Procedere: Anschlussheilbehandlung ab [[DATE_TIME:12.03.2025]]; Fadenzug am 14. postoperativen Tag. Ansprechpartnerin ist seine Ehefrau, [[PERSON:Gisela Kruse]], Tel. [[PHONE_NUMBER:040 511 29 847]].

Mit freundlichen kollegialen Grüßen
[[TITLE:Dr. med.]] [[PERSON:Tobias Renner]], Oberarzt""",
    # Spanish police complaint
    """DENUNCIA — Comisaría de Distrito Centro                                     Atestado n.º 4471/25

En [[LOCATION:Sevilla]], siendo las 18:40 horas del día [[DATE_TIME:6 de marzo de 2025]], ante el funcionario con carné profesional [[ID_NUMBER:118204]], comparece:

DENUNCIANTE: [[PERSON:Macarena Ortiz Delgado]], con DNI [[ID_NUMBER:30917845A]], nacida el [[DATE_TIME:21/07/1988]] en [[LOCATION:Jerez de la Frontera]], hija de [[PERSON:Manuel]] y de [[PERSON:Rosario]], con domicilio en [[ADDRESS:Calle Feria 47, 2º B]], [[ZIP_CODE:41003]] [[LOCATION:Sevilla]], teléfono [[PHONE_NUMBER:655 218 473]].

MANIFIESTA:
Que sobre las 14:00 horas de hoy, mientras estaba en la terraza de un bar de la Alameda de Hércules, le sustrajeron el bolso, que contenía su teléfono móvil (IMEI 358240051118823), su cartera con la tarjeta [[CREDIT_CARD:4005 5278 1093 4462]] y su permiso de conducir.
Que un testigo, [[PERSON:Rafael Chacón]], vio a un joven de unos [[AGE:20]] años huir en patinete hacia la calle Relator, y puede ser localizado en el [[PHONE_NUMBER:622 480 119]].
Que ha bloqueado la tarjeta por teléfono.

Leída la presente, la encuentra conforme y firma con el instructor.""",
    # Brazilian CV
    """[[PERSON:Larissa Nogueira Albuquerque]]
[[NRP:Brasileira]], solteira, [[AGE:29]] anos
[[ADDRESS:Rua Teodoro Sampaio, 1020, apto 84]] – [[LOCATION:Pinheiros]], [[LOCATION:São Paulo]] – [[LOCATION:SP]], CEP [[ZIP_CODE:05406-050]]
Celular/WhatsApp: [[PHONE_NUMBER:(11) 98472-3316]] · E-mail: [[EMAIL_ADDRESS:larissa.albuquerque@gmail.com]] · LinkedIn: [[URL:linkedin.com/in/larissanogueira]]

OBJETIVO
Analista de Dados Pleno

EXPERIÊNCIA
Nubank — Analista de Dados Jr. ([[DATE_TIME:03/2022]] – atual)
  Modelos de churn em Python e dbt; painéis em Looker para o time de cartões.
Magazine Luiza — Estagiária de BI ([[DATE_TIME:01/2020]] – [[DATE_TIME:02/2022]]), [[LOCATION:Franca]] – [[LOCATION:SP]]
  Automação de relatórios de vendas (SQL Server, Power BI).

FORMAÇÃO
Bacharelado em Estatística, Universidade de São Paulo (2015–2019)

IDIOMAS
Inglês avançado; espanhol intermediário.

REFERÊNCIA
[[TITLE:Prof.]] [[TITLE:Dr.]] [[PERSON:Hélio Matsumoto]] (orientador de TCC), [[EMAIL_ADDRESS:helio.matsumoto@ime.usp.br]]""",
    # Italian offer letter
    """Gentile [[TITLE:Sig.ra]] [[PERSON:Federica Marchetti]]
[[ADDRESS:Via dei Mille 38]]
[[ZIP_CODE:80121]] [[LOCATION:Napoli]] ([[LOCATION:NA]])

[[LOCATION:Milano]], [[DATE_TIME:10 marzo 2025]]

Oggetto: lettera di assunzione

Con la presente Le comunichiamo che, a decorrere dal [[DATE_TIME:1° aprile 2025]], Lei è assunta a tempo indeterminato con la qualifica di impiegata, 3° livello CCNL Terziario, presso la nostra sede di [[ADDRESS:Corso Buenos Aires 77]], [[ZIP_CODE:20124]] [[LOCATION:Milano]].

Dati anagrafici: nata a [[LOCATION:Caserta]] il [[DATE_TIME:18/06/1993]], codice fiscale [[ID_NUMBER:MRCFRC93H58B963Z]].
La retribuzione lorda annua è di € 31.500, in quattordici mensilità, accreditata sul conto [[IBAN_CODE:IT14 E010 3003 4000 0000 4718 826]].
Il periodo di prova è di 60 giorni di effettivo lavoro.

Per qualsiasi chiarimento può rivolgersi alla [[TITLE:Dott.ssa]] [[PERSON:Giulia Ferraris]] dell'ufficio HR ([[EMAIL_ADDRESS:giulia.ferraris@lunaretail.it]], tel. 02 4471 8820).

Distinti saluti.

Per accettazione: [[PERSON:Federica Marchetti]]""",
    # Japanese referral letter
    """診療情報提供書

[[DATE_TIME:令和7年3月12日]]

紹介先：大学病院 消化器内科　[[PERSON:山本 健一]] [[TITLE:先生]]
紹介元：さくら内科クリニック　[[LOCATION:東京都]][[LOCATION:世田谷区]][[ADDRESS:三軒茶屋2丁目14-8]]　医師 [[PERSON:中村 美咲]]

患者氏名：[[PERSON:高橋 誠]] [[TITLE:様]]　性別：男
生年月日：[[DATE_TIME:昭和33年7月21日]]（[[AGE:66]]歳）
住所：〒[[ZIP_CODE:154-0024]] [[LOCATION:東京都]][[LOCATION:世田谷区]][[ADDRESS:三軒茶屋1丁目30-5]]
電話：[[PHONE_NUMBER:03-3412-8876]]
保険：記号・番号 [[ID_NUMBER:1204・5583]]

傷病名：胃体部腫瘍の疑い
紹介目的：精査加療のお願い
症状経過：[[DATE_TIME:2月20日]]の上部消化管内視鏡検査で胃体中部小弯に2型病変を認め、生検でGroup 5でした。ご高診のほどよろしくお願い申し上げます。
家族連絡先：妻 [[PERSON:高橋 久美子]]（[[PHONE_NUMBER:090-2218-4471]]）""",
    # Dutch email thread, end of tenancy
    """Van: [[PERSON:Bram Verhoeven]] <[[EMAIL_ADDRESS:bram.verhoeven@xs4all.nl]]>
Aan: [[PERSON:Noor El Amrani]] <[[EMAIL_ADDRESS:noor.elamrani@gmail.com]]>
Datum: [[DATE_TIME:4 maart 2025]] 21:17
Onderwerp: Re: borg en eindinspectie [[ADDRESS:Jan Pieter Heijestraat 61-2]]

Hoi [[PERSON:Noor]],

Dank voor je bericht. De eindinspectie plannen we op vrijdag [[DATE_TIME:28 maart]] om 10:00. Als alles in orde is, maak ik de borg van € 1.650 binnen veertien dagen over naar [[IBAN_CODE:NL34 ABNA 0582 1740 63]] t.n.v. [[PERSON:N. El Amrani]]. De meterstanden nemen we samen op.

Groet,
[[PERSON:Bram]]

--
[[PERSON:Bram Verhoeven]] · [[PHONE_NUMBER:06 41 88 20 93]]

Op [[DATE_TIME:3 mrt 2025]] om 18:02 schreef [[PERSON:Noor El Amrani]] <[[EMAIL_ADDRESS:noor.elamrani@gmail.com]]>:
> Beste [[PERSON:Bram]],
> Ik verhuis op [[DATE_TIME:31 maart]] uit [[ADDRESS:Jan Pieter Heijestraat 61-2]], [[ZIP_CODE:1053 GN]] [[LOCATION:Amsterdam]].
> Wanneer kunnen we de eindinspectie doen? Mijn nieuwe adres wordt [[ADDRESS:Lange Nieuwstraat 12]], [[ZIP_CODE:3512 PH]] [[LOCATION:Utrecht]].
> Groetjes, [[PERSON:Noor]]""",
]

CHAT = [
    # WhatsApp family group
    """[18:02] [[PERSON:Tash]]: mum says nana's party is sat the [[DATE_TIME:14th]], she'll be [[AGE:85]] 🎂
[18:03] [[PERSON:Deji]]: wait [[AGE:85]]?? i thought [[AGE:83]] lol
[18:05] [[PERSON:Tash]]: [[AGE:85]]. born 1940 do the maths 🙄
[18:05] [[PERSON:Deji]]: ok ok. still at that hall on stapleton rd?
[18:06] [[PERSON:Tash]]: yh [[ADDRESS:48 stapleton road]], [[LOCATION:easton]]. bring the cake from auntie [[PERSON:bisi]]'s
[18:07] Mum: and someone ring uncle [[PERSON:femi]] on [[PHONE_NUMBER:07958 114 302]] he never checks whatsapp""",
    # SMS tenant and landlord
    """hey its [[PERSON:gav]] from flat 2, the boilers packed in again 😩 can u send someone tmrw? im in from 9. also new number is [[PHONE_NUMBER:07441 882903]]

Landlord 🏠: hi [[PERSON:Gavin]], [[PERSON:Stelios]] the plumber can come wed [[DATE_TIME:12th]] am. his mob is [[PHONE_NUMBER:07812 440 219]] if he cant get in

ok cheers. tell him the side door at [[ADDRESS:19 Hartley St]] sticks, u have to kick it lol""",
    # Slack on-call channel
    """#ops-oncall
[[USERNAME:priya.s]]  9:41 AM
who's on call this weekend?
[[USERNAME:jbello]]  9:42 AM
me till sat 8am then @[[USERNAME:mkowalski]]
[[USERNAME:priya.s]]  9:43 AM
@[[USERNAME:mkowalski]] can u confirm your cell is still [[PHONE_NUMBER:+1 (646) 218-4470]]? pagerduty has an old one
[[USERNAME:mkowalski]]  9:50 AM
yep that's right. fyi i'm at the in-laws in [[LOCATION:Scranton]] sat, signal is meh
OpsBot  APP  10:02 AM
Incident INC-4471 acknowledged by [[USERNAME:jbello]]""",
    # Discord gaming server
    """[[USERNAME:ghostpepper]]: yo anyone from [[LOCATION:leeds]] wanna duo tonight
[[USERNAME:kira_nyx]]: me!! add me, friend code [[ID_NUMBER:SW-4418-2290-7731]]
[[USERNAME:ghostpepper]]: bet. btw ur irl name is [[PERSON:kira]] right lol
[[USERNAME:kira_nyx]]: nah its [[PERSON:keira]] 😭 everyone spells it wrong
MEE6: GG @[[USERNAME:kira_nyx]], you just advanced to level 12!""",
    # bank support chat, Durban
    """Agent ([[PERSON:Mthunzi]]): Good afternoon, you're through to card services. How can I help?
You: hi the atm at the mall ate my card this morning 😤
Agent ([[PERSON:Mthunzi]]): Sorry about that! Can I have your full name and ID number please?
You: [[PERSON:Nomvula Zondo]], [[ID_NUMBER:8503110418089]]
Agent ([[PERSON:Mthunzi]]): Thanks [[PERSON:Nomvula]]. I've stopped the card ending 4417. Shall we courier the new one to your home address in [[LOCATION:Westville]]?
You: no send it to work pls, [[ADDRESS:Suite 3, 41 Ridge Road]], [[LOCATION:Umbilo]], [[ZIP_CODE:4001]]. and sms me on [[PHONE_NUMBER:083 918 4412]] when its out
Agent ([[PERSON:Mthunzi]]): Done ✅ 3–5 working days. Anything else?""",
    # call-centre transcript, lost property
    """AGENT: Lost property, you're speaking to [[PERSON:Shaz]].
CALLER: Hiya, I left my laptop on the half six from [[LOCATION:Leeds]] to [[LOCATION:Harrogate]] on Tuesday.
AGENT: Oh no. Can I take your name?
CALLER: [[PERSON:Bethan Lloyd-Evans]]. That's [[PERSON:L-L-O-Y-D hyphen E-V-A-N-S]].
AGENT: And a contact number?
CALLER: [[PHONE_NUMBER:oh seven seven one two, four four eight, nine one zero]].
AGENT: Postcode?
CALLER: [[ZIP_CODE:H G one, two P Q]].
AGENT: Right, we've got a grey Dell with a sticker on the lid that says "property of [[PERSON:B. Lloyd-Evans]]". Serial ends 7H2.
CALLER: That's it! Oh thank God.""",
    # voicemail transcript
    """Voicemail, 1 new message, received 4:12 PM: “Hi, this message is for [[PERSON:Javier Montoya]]. It's [[PERSON:Maureen]] calling from [[PERSON:Dr. Castellanos]]' office. We have your date of birth as [[DATE_TIME:March third, nineteen seventy-two]], and if that's right your lab results are in and the doctor would like to go over them. Please call the front desk, and if your cell is no longer [[PHONE_NUMBER:five oh five, two two seven, eight one nine four]], let us know the new one. Thanks, bye.”""",
    # Reddit post
    """Posted by u/[[USERNAME:throwaway_tenant_22]] in r/LegalAdviceUK

Landlord kept my whole deposit, what can I do? ([[LOCATION:England]])

So I moved out of [[ADDRESS:14a Marlborough Rd]] in [[LOCATION:Luton]] on the [[DATE_TIME:31st of Jan]] after two years. Landlord (a [[PERSON:Mr Khalid]], private, no agent) says the carpet needs replacing and is keeping all £950. I'm [[AGE:23]] and this is my first place so idk if he even protected it?? I have check-in photos. Any advice appreciated 🙏

Edit: checked the DPS site, nothing under my name ([[PERSON:Ellie Marsh]]). so it wasn't protected?""",
    # Teams chat
    """[[PERSON:Olivia Brennan]] 09:14
Morning! Has anyone got [[PERSON:Taiwo]]'s mobile? His laptop's dead and he's WFH
[[PERSON:Marcus Lindgren]] 09:15
[[PHONE_NUMBER:07538 219 440]] I think, or try his wife [[PERSON:Funmi]]
[[PERSON:Olivia Brennan]] 09:16
ta 👍 also reminder [[PERSON:Gemma]]'s leaving drinks are fri [[DATE_TIME:21st]], 5pm at the Crown""",
    # courier SMS, half address
    """Hi its [[PERSON:Ahmed]] your courier 🛵 im outside number 7 but theres 2 buildings, which one?

its block B, flat 14, the one next to the costa. gate code is 4471#

ok found it 👍 left with ur neighbour [[PERSON:lou]] at 12 as u werent answering""",
    # dating app
    """[[PERSON:jules]]: so where abouts r u?
[[PERSON:Marco]]: [[LOCATION:clapham]], near the common. u?
[[PERSON:jules]]: [[LOCATION:brixton]] lol practically neighbours. how old r u btw, ur profile says [[AGE:31]] but u look like [[AGE:25]] 😂
[[PERSON:Marco]]: haha [[AGE:31]] for real. here's my insta if u wanna see more [[USERNAME:marco.eats.london]]
[[PERSON:jules]]: followed! i'm [[USERNAME:julesinthesun]] 🌞""",
    # support message with typos
    """helo i need to change the adress on my acount to [[ADDRESS:22 Fairveiw Avnue]], [[LOCATION:Dartmouth]] [[LOCATION:NS]] [[ZIP_CODE:B2W 3H7]], my acount number is [[ID_NUMBER:8847 2210 93]] and my name is [[PERSON:Gerald Mackinnon]]. also pls stop sending the bills to my old emial [[EMAIL_ADDRESS:gmackinnon@eastlink.ca]] thx""",
    # parents' forum
    """Re: Childminder recommendations?

Does anyone know a good childminder in [[LOCATION:Didsbury]] or [[LOCATION:Withington]]? My little one [[PERSON:Isla]] is [[AGE:14]] months and I'm back at work from [[DATE_TIME:2 June]] 😬 Three days a week. PM me or email [[EMAIL_ADDRESS:lauren.mcphee@hotmail.co.uk]].
— [[PERSON:Lauren]] (mum of 2)""",
    # salon WhatsApp, salon named after the owner
    """Precious Hair Studio: Hi hun it's [[PERSON:Precious]] 💇🏾‍♀️ just confirming your knotless braids for sat [[DATE_TIME:5th]] at 9am. Deposit £30 to [[PERSON:P. Mensah]], acc [[ID_NUMBER:41229087]], sort 30-99-50, ref your name xx
Me: paid! ref [[PERSON:DANIELLE O]] 🥰
Precious Hair Studio: got it thanks [[PERSON:Dani]] see u sat""",
    # motor insurance first notice of loss, spoken
    """HANDLER: And when did the accident happen?
CALLER: On the [[DATE_TIME:twenty-second of February]], about eight in the morning, right outside my house, that's number [[ADDRESS:nine Orchard Way]], [[LOCATION:Kidlington]].
HANDLER: And your registration?
CALLER: It's [[ID_NUMBER:golf bravo seven one, x-ray tango alpha]].
HANDLER: Thank you. Did you get the other driver's details?
CALLER: Yeah, a [[PERSON:Lewis Carr]], he gave me his number, [[PHONE_NUMBER:07700 418 229]], and he's with Admiral.""",
]

CHAT += [
    # iMessage between siblings
    """[[PERSON:Rob]]: just got off the phone w the ward, mum's being discharged thurs [[DATE_TIME:6th]]
[[PERSON:Annie]]: thank god. can u get her? i'm in [[LOCATION:Glasgow]] til friday
[[PERSON:Rob]]: yeah. pharmacy want her hospital number, is it [[ID_NUMBER:K449102]]?
[[PERSON:Annie]]: think so, it's on the letter on her fridge. and she's [[AGE:79]] btw, the form had her born in 1964 somehow 🙄
[[PERSON:Rob]]: classic. i'll take her straight back to [[ADDRESS:6 Kirkton Ave]] then""",
    # school trip group text
    """Hi parents 👋 the coach back from [[LOCATION:Llanberis]] is running about 40 mins late (traffic on the A55), new ETA 6:20pm at the school gates. All 32 pupils are fine and fed! — [[PERSON:Mrs Okonjo]]

[[PERSON:Karen]] ([[PERSON:Alfie]]'s mum): thanks! can [[PERSON:Alfie]] get off at the [[LOCATION:Mold]] stop instead? my number is [[PHONE_NUMBER:07583 229 014]] if easier""",
    # lost dog post
    """LOST DOG — [[LOCATION:Oak Park]] 🐶
Our beagle Biscuit (3 yrs, microchipped) slipped his collar near [[ADDRESS:1140 N Euclid Ave]] around 7pm tonight. He's friendly but scared of bikes. If you see him please call/text me, [[PERSON:Hannah]], at [[PHONE_NUMBER:708-445-2190]] or my husband [[PERSON:Theo]] at [[PHONE_NUMBER:708-445-2198]]. Thank you neighbors 🙏""",
    # Russian Telegram
    """[[PERSON:Серёга]]: [[PERSON:Макс]], скинь номер [[PERSON:Лены]], хочу её на днюху позвать
[[PERSON:Макс]]: [[PHONE_NUMBER:+7 926 441-82-07]], только не говори что от меня 😅
[[PERSON:Серёга]]: ок. а когда у неё день рождения?
[[PERSON:Макс]]: [[DATE_TIME:17 апреля]], ей будет [[AGE:тридцатник]] 🎉""",
    # Mexican Spanish WhatsApp
    """[[PERSON:Lupita]]: ya llegué a la casa de tu abuelita? estoy en [[ADDRESS:Calle Hidalgo 214]] pero no veo el portón verde
[[PERSON:Toño]]: es el 241 jaja no el 214 🤦‍♂️ col. [[LOCATION:San Andrés Totoltepec]], [[LOCATION:Tlalpan]]
[[PERSON:Lupita]]: ay perdón. oye, mi cel nuevo es [[PHONE_NUMBER:55 4418 2293]]
[[PERSON:Toño]]: va, lo guardo. mi abuelita cumple [[AGE:90]] el domingo, vas a venir?""",
    # Brazilian WhatsApp, Pix keys
    """[[PERSON:Gabi]]: amiga me passa teu pix pra eu te devolver os 50 do uber
[[PERSON:Rafa]]: é meu cpf mesmo, [[ID_NUMBER:372.918.460-13]]
[[PERSON:Gabi]]: ué não era o email [[EMAIL_ADDRESS:rafaela.souza@gmail.com]]?
[[PERSON:Rafa]]: esse também funciona kkkk 😂""",
    # Hinglish
    """[[PERSON:Rohit]]: bhai [[PERSON:Sneha]] ki shaadi [[DATE_TIME:14 feb]] ko hai na?
[[PERSON:Aman]]: haan yaar, venue [[ADDRESS:Plot 22, Sector 44]], [[LOCATION:Gurgaon]]. mera naya number save kar le [[PHONE_NUMBER:98110 44721]]
[[PERSON:Rohit]]: done 👍 gift ke paise kahan bhejun?
[[PERSON:Aman]]: UPI pe bhej de, [[USERNAME:aman.k@okaxis]]""",
    # Taglish
    """Kuya [[PERSON:Jun]]: [[PERSON:Mika]] pa-send naman sa GCash ko [[PHONE_NUMBER:0917 552 1840]] yung 500 pang-load 😅
[[PERSON:Mika]]: sige po kuya. address mo pa rin ba [[ADDRESS:Blk 7 Lot 22, Sampaguita St., Villa Verde Subd.]], [[LOCATION:Cainta]]? may ipapadala ako
Kuya [[PERSON:Jun]]: oo yun pa rin. birthday ko na sa ika-[[DATE_TIME:3 ng Mayo]] ha 🎂""",
    # French SMS
    """Coucou c'est [[PERSON:Mathilde]] 😊 je serai à [[LOCATION:Lyon]] le [[DATE_TIME:12 avril]], tu peux m'héberger ? mon train arrive à 19h. ton adresse c'est bien [[ADDRESS:8 rue Royale]], [[LOCATION:Lyon 1er]] ?

Oui avec plaisir !! digicode 4471B, 3e étage, sonne chez [[PERSON:Durand]] 🔔""",
    # German WhatsApp
    """[[PERSON:Lukas]]: Hey [[PERSON:Jule]], schick mir mal deine IBAN für die Konzertkarten 🎫
[[PERSON:Jule]]: [[IBAN_CODE:DE22 1203 0000 1027 3648 58]], Verwendungszweck egal 😘
[[PERSON:Lukas]]: erledigt. Und [[PERSON:Pauli]] wird am Samstag echt [[AGE:30]]? Party bei ihm in der [[ADDRESS:Boxhagener Str. 71]]?
[[PERSON:Jule]]: jap, [[LOCATION:Friedrichshain]], 3. OG, klingel bei [[PERSON:Schulze]]""",
    # Reddit personal finance
    """u/[[USERNAME:frugal_in_fresno]] · r/personalfinance
[[AGE:34]]F, just paid off my LAST student loan!!! 🎉
Started at $41k in 2016. Husband ([[AGE:36]]M) and I live in [[LOCATION:Fresno]] on about $68k + his $52k. Next step is an emergency fund. Ask me anything lol""",
    # Slack DM, visa letter
    """[[PERSON:Sophie Adjei]]  2:14 PM
hey [[PERSON:Ravi]] 👋 for your visa invitation letter can you confirm your home address and passport no.?
[[PERSON:Ravi Shankar]]  2:20 PM
sure! [[ADDRESS:Flat 5, 88 Caledonian Road]], [[LOCATION:London]] [[ZIP_CODE:N1 9DN]], passport [[ID_NUMBER:Z8841927]] (Indian). DOB [[DATE_TIME:04/09/1990]] if you need it
[[PERSON:Sophie Adjei]]  2:21 PM
perfect, thanks!""",
    # ride-hailing in-app chat, Auckland
    """Driver ([[PERSON:Tevita]]): hi im here, silver corolla [[ID_NUMBER:KLD482]]
Rider ([[PERSON:Sina]]): omw down! 2 mins, im the one with the pram lol
Driver ([[PERSON:Tevita]]): no worries. front of [[ADDRESS:18 Dominion Rd]] or the back entrance?
Rider ([[PERSON:Sina]]): back entrance pls 🙏 the one by the dairy""",
    # student accommodation message
    """hey it's [[PERSON:zhang wei]] (student id [[ID_NUMBER:2318847]]) from room 4.12 in [[ADDRESS:Hollings Hall, 14 Wilmslow Park]]. my parents are visiting on [[DATE_TIME:march 29]], can they park in the visitor bay? their car reg is [[ID_NUMBER:MA19 XKE]]. my mob is [[PHONE_NUMBER:07412 993 018]] ty!!""",
    # game account recovery chat
    """[[USERNAME:NightOwl_Tomi]]: hi my account got hacked, the email got changed to [[EMAIL_ADDRESS:xx_darkness_xx@protonmail.com]] which isnt mine. my original one is [[EMAIL_ADDRESS:tomiwa.ade@gmail.com]]
Support ([[PERSON:Lior]]): Sorry to hear that! Can you confirm your real name and age? The account was bought with a card, can you tell me the last 4 digits?
[[USERNAME:NightOwl_Tomi]]: [[PERSON:Tomiwa Adeyemi]], im [[AGE:15]]. it was my dads card ending 0921
Support ([[PERSON:Lior]]): Thanks [[PERSON:Tomiwa]], I've locked the account and sent a reset link to your original email.""",
]

TABLE = [
    # CSV, US customers
    """id,first_name,last_name,dob,email,phone,street,city,state,zip
[[ID_NUMBER:C10442]],[[PERSON:Shawna]],[[PERSON:Redcloud]],[[DATE_TIME:1986-03-09]],[[EMAIL_ADDRESS:shawna.redcloud@gmail.com]],[[PHONE_NUMBER:406-338-2917]],[[ADDRESS:712 Custer Ave]],[[LOCATION:Billings]],[[LOCATION:MT]],[[ZIP_CODE:59101]]
[[ID_NUMBER:C10443]],[[PERSON:Dwayne]],[[PERSON:Castillo-Meyers]],[[DATE_TIME:1972-11-30]],[[EMAIL_ADDRESS:dcmeyers@aol.com]],[[PHONE_NUMBER:915-204-7781]],[[ADDRESS:3301 Montana Ave Apt 12]],[[LOCATION:El Paso]],[[LOCATION:TX]],[[ZIP_CODE:79903]]
[[ID_NUMBER:C10444]],[[PERSON:Mai]],[[PERSON:Vang]],[[DATE_TIME:1999-07-18]],[[EMAIL_ADDRESS:mai.vang99@yahoo.com]],[[PHONE_NUMBER:651-772-0394]],[[ADDRESS:988 Payne Ave]],[[LOCATION:Saint Paul]],[[LOCATION:MN]],[[ZIP_CODE:55130]]""",
    # TSV, GP practice patient list
    """NHS No	Surname	Forename	DOB	Sex	Addr1	Addr2	PostCode	Tel
[[ID_NUMBER:401 377 8254]]	[[PERSON:OKONKWO]]	[[PERSON:Chinedu]]	[[DATE_TIME:02/04/1961]]	M	[[ADDRESS:Flat 6]]	[[ADDRESS:24 Tollington Park]]	[[ZIP_CODE:N4 3QY]]	[[PHONE_NUMBER:020 7263 4419]]
[[ID_NUMBER:548 120 3960]]	[[PERSON:BYRNE]]	[[PERSON:Niamh Louise]]	[[DATE_TIME:17/12/1990]]	F	[[ADDRESS:11 Hornsey Lane Gardens]]		[[ZIP_CODE:N6 5NX]]	[[PHONE_NUMBER:07713 552 018]]
[[ID_NUMBER:729 054 4188]]	[[PERSON:ASLAN]]	[[PERSON:Mehmet Ali]]	[[DATE_TIME:28/08/1955]]	M	[[ADDRESS:The Coach House]]	[[ADDRESS:3 Crouch End Hill]]	[[ZIP_CODE:N8 8DH]]	[[PHONE_NUMBER:020 8340 7762]]""",
    # Markdown, employees in India
    """| Emp ID | Name | DOB | PAN | Aadhaar | Mobile | City |
|---|---|---|---|---|---|---|
| [[ID_NUMBER:BLR-0412]] | [[PERSON:Kavya Ramachandran]] | [[DATE_TIME:11-06-1994]] | [[ID_NUMBER:BQRPR7731M]] | [[ID_NUMBER:5392 0817 4668]] | [[PHONE_NUMBER:+91 98452 10337]] | [[LOCATION:Bengaluru]] |
| [[ID_NUMBER:BLR-0413]] | [[PERSON:Arjun Singh Rathore]] | [[DATE_TIME:23-01-1989]] | [[ID_NUMBER:CJHPR0482L]] | [[ID_NUMBER:8710 4452 9319]] | [[PHONE_NUMBER:+91 99290 48816]] | [[LOCATION:Jaipur]] |
| [[ID_NUMBER:BLR-0414]] | [[PERSON:Fathima Nasrin]] | [[DATE_TIME:05-09-1997]] | [[ID_NUMBER:DLMPN4418K]] | [[ID_NUMBER:3957 2084 1166]] | [[PHONE_NUMBER:+91 94470 22185]] | [[LOCATION:Kozhikode]] |""",
    # semicolon CSV, German headers
    """Kundennr;Name;Vorname;Geburtsdatum;Straße;PLZ;Ort;IBAN
[[ID_NUMBER:440182]];[[PERSON:Schäfer]];[[PERSON:Lena]];[[DATE_TIME:14.02.1988]];[[ADDRESS:Hauptstraße 12a]];[[ZIP_CODE:69117]];[[LOCATION:Heidelberg]];[[IBAN_CODE:DE65 7605 0101 0011 8522 64]]
[[ID_NUMBER:440183]];[[PERSON:Yılmaz]];[[PERSON:Deniz]];[[DATE_TIME:30.09.1979]];[[ADDRESS:Keupstraße 88]];[[ZIP_CODE:51063]];[[LOCATION:Köln]];[[IBAN_CODE:DE35 4306 0967 1182 2649 00]]
[[ID_NUMBER:440184]];[[PERSON:Nowak]];[[PERSON:Piotr]];[[DATE_TIME:07.07.1992]];[[ADDRESS:Karl-Marx-Allee 91]];[[ZIP_CODE:10243]];[[LOCATION:Berlin]];[[IBAN_CODE:DE71 1005 0000 0190 4472 18]]""",
    # JSON lines, shipments
    """{"order": "SO-88210", "customer": "[[PERSON:Aroha Williams]]", "email": "[[EMAIL_ADDRESS:aroha.w@xtra.co.nz]]", "ship_to": {"line1": "[[ADDRESS:42 Karangahape Road]]", "city": "[[LOCATION:Auckland]]", "postcode": "[[ZIP_CODE:1010]]", "country": "[[LOCATION:NZ]]"}, "phone": "[[PHONE_NUMBER:+64 21 448 2093]]", "items": 2}
{"order": "SO-88211", "customer": "[[PERSON:Brendan O'Rourke]]", "email": "[[EMAIL_ADDRESS:brendan.orourke@eircom.net]]", "ship_to": {"line1": "[[ADDRESS:5 Mardyke Walk]]", "city": "[[LOCATION:Cork]]", "postcode": "[[ZIP_CODE:T12 K8AF]]", "country": "[[LOCATION:IE]]"}, "phone": "[[PHONE_NUMBER:+353 87 114 2290]]", "items": 1}
{"order": "SO-88212", "customer": "[[PERSON:Siew Mei Tan]]", "email": "[[EMAIL_ADDRESS:siewmei.tan@gmail.com]]", "ship_to": {"line1": "[[ADDRESS:18 Jalan Ampang, #09-02]]", "city": "[[LOCATION:Kuala Lumpur]]", "postcode": "[[ZIP_CODE:50450]]", "country": "[[LOCATION:MY]]"}, "phone": "[[PHONE_NUMBER:+60 12-418 7730]]", "items": 4}""",
    # YAML list, gym members
    """members:
  - member_id: [[ID_NUMBER:GX-20991]]
    name: [[PERSON:Destiny Okoye]]
    age: [[AGE:27]]
    phone: "[[PHONE_NUMBER:+1 404 882 1937]]"
    joined: [[DATE_TIME:2023-01-09]]
    plan: premium
  - member_id: [[ID_NUMBER:GX-20992]]
    name: [[PERSON:Hunter Blackburn]]
    age: [[AGE:44]]
    phone: "[[PHONE_NUMBER:+1 404 771 0286]]"
    joined: [[DATE_TIME:2024-06-17]]
    plan: basic
  - member_id: [[ID_NUMBER:GX-20993]]
    name: [[PERSON:Esperanza Ruiz]]
    age: [[AGE:61]]
    phone: "[[PHONE_NUMBER:+1 678 209 4415]]"
    joined: [[DATE_TIME:2019-11-02]]
    plan: silver sneakers""",
    # HTML table rows, school roster
    """<table>
<tr><th>Student ID</th><th>Student</th><th>Grade</th><th>DOB</th><th>Guardian</th><th>Guardian phone</th><th>Home address</th></tr>
<tr><td>[[ID_NUMBER:2291047]]</td><td>[[PERSON:Jayden Alvarez]]</td><td>7</td><td>[[DATE_TIME:03/14/2012]]</td><td>[[PERSON:Marisol Alvarez]]</td><td>[[PHONE_NUMBER:(956) 412-8830]]</td><td>[[ADDRESS:1207 E Jackson Ave]], [[LOCATION:McAllen]], [[LOCATION:TX]] [[ZIP_CODE:78501]]</td></tr>
<tr><td>[[ID_NUMBER:2291048]]</td><td>[[PERSON:Amani Brooks]]</td><td>7</td><td>[[DATE_TIME:09/02/2011]]</td><td>[[PERSON:Keisha Brooks]]</td><td>[[PHONE_NUMBER:(956) 330-1174]]</td><td>[[ADDRESS:402 N 10th St]], [[LOCATION:McAllen]], [[LOCATION:TX]] [[ZIP_CODE:78501]]</td></tr>
<tr><td>[[ID_NUMBER:2291049]]</td><td>[[PERSON:Linh Pham]]</td><td>8</td><td>[[DATE_TIME:12/27/2010]]</td><td>[[PERSON:Quang Pham]]</td><td>[[PHONE_NUMBER:(956) 789-2046]]</td><td>[[ADDRESS:5500 N 23rd St Apt 118]], [[LOCATION:McAllen]], [[LOCATION:TX]] [[ZIP_CODE:78504]]</td></tr>
</table>""",
    # fixed-width, benefit applicants in Canada
    """NAME                     SIN          DOB         PHONE          POSTAL
[[PERSON:Gagnon]], [[PERSON:Marie-Ève]]        [[ID_NUMBER:527 739 106]]  [[DATE_TIME:1983-05-02]]  [[PHONE_NUMBER:418-640-2291]]   [[ZIP_CODE:G1R 4P5]]
[[PERSON:Okafor]], [[PERSON:Emeka]]            [[ID_NUMBER:130 729 445]]  [[DATE_TIME:1995-10-21]]  [[PHONE_NUMBER:204-417-8832]]   [[ZIP_CODE:R3B 1J7]]
[[PERSON:Singh]], [[PERSON:Gurpreet Kaur]]     [[ID_NUMBER:618 402 754]]  [[DATE_TIME:1977-01-15]]  [[PHONE_NUMBER:604-590-3318]]   [[ZIP_CODE:V3W 2M1]]""",
    # pipe table, tenants in Brisbane
    """| Tenant | Address | Lease start | Mobile | Email |
| --- | --- | --- | --- | --- |
| [[PERSON:Kirra Watson]] | [[ADDRESS:3/41 Vulture Street]], [[LOCATION:West End]] [[LOCATION:QLD]] [[ZIP_CODE:4101]] | [[DATE_TIME:01/02/2025]] | [[PHONE_NUMBER:0417 228 903]] | [[EMAIL_ADDRESS:kirra.watson@outlook.com]] |
| [[PERSON:Tomasi Naivalu]] | [[ADDRESS:7/41 Vulture Street]], [[LOCATION:West End]] [[LOCATION:QLD]] [[ZIP_CODE:4101]] | [[DATE_TIME:15/03/2024]] | [[PHONE_NUMBER:0432 771 049]] | [[EMAIL_ADDRESS:tnaivalu@gmail.com]] |
| [[PERSON:Yuki Hashimoto]] | [[ADDRESS:12/41 Vulture Street]], [[LOCATION:West End]] [[LOCATION:QLD]] [[ZIP_CODE:4101]] | [[DATE_TIME:20/11/2023]] | [[PHONE_NUMBER:0408 554 216]] | [[EMAIL_ADDRESS:yuki.h@icloud.com]] |""",
    # CSV, UK bank customers
    """customer_id,name,sort_code,account_no,iban,card_number,card_expiry
[[ID_NUMBER:UK-771209]],[[PERSON:Rhiannon Pugh]],60-84-22,[[ID_NUMBER:77150936]],[[IBAN_CODE:GB62 NWBK 6084 2277 1509 36]],[[CREDIT_CARD:4917 6100 3884 2175]],08/27
[[ID_NUMBER:UK-771210]],[[PERSON:Kwame Asante-Boateng]],20-65-33,[[ID_NUMBER:81047729]],[[IBAN_CODE:GB85 BARC 2065 3381 0477 29]],[[CREDIT_CARD:5168 4092 7731 1098]],02/26
[[ID_NUMBER:UK-771211]],[[PERSON:Ellie-May Thornton]],30-99-44,[[ID_NUMBER:11802276]],[[IBAN_CODE:GB89 LOYD 3099 4411 8022 76]],[[CREDIT_CARD:2223 0015 4876 0011]],11/28""",
]

TABLE += [
    # CSV, property insurance claims
    """claim_id,policyholder,dob,ssn,loss_date,loss_address,phone
CLM-30118,[[PERSON:Patrice Dubois-Hart]],[[DATE_TIME:1968-02-14]],[[US_SSN:287-41-0093]],[[DATE_TIME:2025-01-07]],"[[ADDRESS:4410 Elm Creek Dr]], [[LOCATION:Tulsa]], [[LOCATION:OK]] [[ZIP_CODE:74136]]",[[PHONE_NUMBER:918-442-7710]]
CLM-30119,[[PERSON:Bao Nguyen]],[[DATE_TIME:1981-09-25]],[[US_SSN:455-20-8817]],[[DATE_TIME:2025-01-19]],"[[ADDRESS:220 Bellaire Blvd Unit 5]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77036]]",[[PHONE_NUMBER:713-981-0452]]
CLM-30120,[[PERSON:Maribel Quintanilla]],[[DATE_TIME:1959-12-03]],[[US_SSN:622-18-4470]],[[DATE_TIME:2025-02-02]],"[[ADDRESS:19 Canyon Rd]], [[LOCATION:Santa Fe]], [[LOCATION:NM]] [[ZIP_CODE:87501]]",[[PHONE_NUMBER:505-310-2286]]""",
    # TSV, SIM registrations in Nigeria
    """msisdn	name	nin	state	lga	reg_date
[[PHONE_NUMBER:08034127790]]	[[PERSON:Ngozi Okafor]]	[[ID_NUMBER:71829304615]]	[[LOCATION:Anambra]]	[[LOCATION:Onitsha North]]	[[DATE_TIME:2021-03-12]]
[[PHONE_NUMBER:08123348801]]	[[PERSON:Abdullahi Musa Danjuma]]	[[ID_NUMBER:40281736952]]	[[LOCATION:Kano]]	[[LOCATION:Nassarawa]]	[[DATE_TIME:2020-11-30]]
[[PHONE_NUMBER:09071182234]]	[[PERSON:Blessing Ekanem]]	[[ID_NUMBER:83017294460]]	[[LOCATION:Akwa Ibom]]	[[LOCATION:Uyo]]	[[DATE_TIME:2022-06-05]]""",
    # Markdown, hotel guest register (Spanish headers)
    """| Huésped | Nacionalidad | Pasaporte | Llegada | Salida | Teléfono |
|---|---|---|---|---|---|
| [[PERSON:Giulia Romano]] | [[NRP:italiana]] | [[ID_NUMBER:YA4418290]] | [[DATE_TIME:12/04/2025]] | [[DATE_TIME:16/04/2025]] | [[PHONE_NUMBER:+39 348 227 1904]] |
| [[PERSON:Liam O'Sullivan]] | [[NRP:irlandesa]] | [[ID_NUMBER:PX7731902]] | [[DATE_TIME:12/04/2025]] | [[DATE_TIME:13/04/2025]] | [[PHONE_NUMBER:+353 86 402 7713]] |
| [[PERSON:Aiko Morita]] | [[NRP:japonesa]] | [[ID_NUMBER:TK2840196]] | [[DATE_TIME:13/04/2025]] | [[DATE_TIME:20/04/2025]] | [[PHONE_NUMBER:+81 90-4471-2208]] |
| [[PERSON:Kwabena Owusu]] | [[NRP:ghanesa]] | [[ID_NUMBER:G2218840]] | [[DATE_TIME:14/04/2025]] | [[DATE_TIME:15/04/2025]] | [[PHONE_NUMBER:+233 20 118 4472]] |""",
    # semicolon CSV, French school list
    """nom;prénom;date_naissance;classe;responsable;téléphone;courriel
[[PERSON:Benali]];[[PERSON:Inès]];[[DATE_TIME:14/05/2014]];CM2;[[PERSON:Samira Benali]];[[PHONE_NUMBER:06 72 18 40 93]];[[EMAIL_ADDRESS:samira.benali@orange.fr]]
[[PERSON:Lemoine]];[[PERSON:Hugo]];[[DATE_TIME:02/11/2014]];CM2;[[PERSON:Claire Lemoine]];[[PHONE_NUMBER:07 66 21 48 30]];[[EMAIL_ADDRESS:claire.lemoine@free.fr]]
[[PERSON:Traoré]];[[PERSON:Moussa]];[[DATE_TIME:29/01/2015]];CM1;[[PERSON:Awa Traoré]];[[PHONE_NUMBER:06 14 82 77 05]];[[EMAIL_ADDRESS:awa.traore@gmail.com]]""",
    # JSON array, Brazilian payroll (Portuguese keys)
    """[
  {"nome": "[[PERSON:Beatriz Santos Lima]]", "cpf": "[[ID_NUMBER:219.447.803-51]]", "nascimento": "[[DATE_TIME:1991-08-03]]", "cidade": "[[LOCATION:Belo Horizonte]]", "chave_pix": "[[PHONE_NUMBER:+55 31 99814-2273]]"},
  {"nome": "[[PERSON:Rodrigo Ferreira]]", "cpf": "[[ID_NUMBER:830.516.274-53]]", "nascimento": "[[DATE_TIME:1986-12-19]]", "cidade": "[[LOCATION:Curitiba]]", "chave_pix": "[[EMAIL_ADDRESS:rodrigo.ferreira@gmail.com]]"},
  {"nome": "[[PERSON:Ana Clara Rocha]]", "cpf": "[[ID_NUMBER:457.302.918-41]]", "nascimento": "[[DATE_TIME:1999-04-27]]", "cidade": "[[LOCATION:Salvador]]", "chave_pix": "[[ID_NUMBER:457.302.918-41]]"}
]""",
    # fixed-width passenger manifest
    """SEQ NAME                      NATIONALITY    PASSPORT   DOB      SEAT
001 [[PERSON:MBEKI]]/[[PERSON:THANDIWE]] [[TITLE:MS]]         [[NRP:SOUTH AFRICAN]]  [[ID_NUMBER:M00418273]]  [[DATE_TIME:12MAR85]]  14C
002 [[PERSON:HALVORSEN]]/[[PERSON:ERIK]] [[TITLE:MR]]         [[NRP:NORWEGIAN]]      [[ID_NUMBER:FP4471902]]  [[DATE_TIME:03JUN71]]  31D
003 [[PERSON:HALVORSEN]]/[[PERSON:ODIN]] [[TITLE:MSTR]]       [[NRP:NORWEGIAN]]      [[ID_NUMBER:FP5528130]]  [[DATE_TIME:22SEP16]]  31E
004 [[PERSON:RAHMAN]]/[[PERSON:NUSRAT]] [[TITLE:MRS]]         [[NRP:BANGLADESHI]]    [[ID_NUMBER:EB0918273]]  [[DATE_TIME:30JAN90]]  22A""",
    # CSV, charity volunteers
    """volunteer,dob,email,mobile,dbs_certificate,role
[[PERSON:Marjorie Feltham]],[[DATE_TIME:1949-06-22]],[[EMAIL_ADDRESS:marjorie.feltham@talktalk.net]],[[PHONE_NUMBER:07870 221 463]],[[ID_NUMBER:001772940815]],driver
[[PERSON:Osei Kuffour]],[[DATE_TIME:1996-01-30]],[[EMAIL_ADDRESS:osei.kuffour@gmail.com]],[[PHONE_NUMBER:07459 118 302]],[[ID_NUMBER:001804417726]],befriender
[[PERSON:Harpal Sandhu]],[[DATE_TIME:1963-10-11]],[[EMAIL_ADDRESS:harpal.sandhu@btinternet.com]],[[PHONE_NUMBER:07722 604 187]],[[ID_NUMBER:001699203341]],food bank lead""",
    # HTML table, clinic appointments in Kisumu
    """<tr><th>Patient</th><th>Age</th><th>Phone</th><th>SHA No.</th><th>Appointment</th><th>Area</th></tr>
<tr><td>[[PERSON:Achieng Otieno]]</td><td>[[AGE:34]]</td><td>[[PHONE_NUMBER:0722 118 904]]</td><td>[[ID_NUMBER:CR2291847730]]</td><td>[[DATE_TIME:17/03/2025]]</td><td>[[LOCATION:Kondele]]</td></tr>
<tr><td>Baby of [[PERSON:Wambui Njeri]]</td><td>[[AGE:0]]</td><td>[[PHONE_NUMBER:0711 402 338]]</td><td>[[ID_NUMBER:CR2291847741]]</td><td>[[DATE_TIME:17/03/2025]]</td><td>[[LOCATION:Nyalenda]]</td></tr>
<tr><td>[[PERSON:Ochieng Odhiambo]]</td><td>[[AGE:71]]</td><td>[[PHONE_NUMBER:0733 920 115]]</td><td>[[ID_NUMBER:CR2291847758]]</td><td>[[DATE_TIME:18/03/2025]]</td><td>[[LOCATION:Manyatta]]</td></tr>""",
    # TSV, member list (Japanese headers)
    """会員番号	氏名	生年月日	電話番号	郵便番号	住所
[[ID_NUMBER:M-004471]]	[[PERSON:鈴木 一郎]]	[[DATE_TIME:1975/04/08]]	[[PHONE_NUMBER:090-1847-2290]]	[[ZIP_CODE:530-0001]]	[[LOCATION:大阪府]][[LOCATION:大阪市]][[LOCATION:北区]][[ADDRESS:梅田3丁目1-3]]
[[ID_NUMBER:M-004472]]	[[PERSON:田中 さくら]]	[[DATE_TIME:1998/12/01]]	[[PHONE_NUMBER:080-7716-3305]]	[[ZIP_CODE:060-0042]]	[[LOCATION:北海道]][[LOCATION:札幌市]][[LOCATION:中央区]][[ADDRESS:大通西4丁目6-1]]
[[ID_NUMBER:M-004473]]	[[PERSON:伊藤 翔]]	[[DATE_TIME:1988/07/19]]	[[PHONE_NUMBER:070-2284-9917]]	[[ZIP_CODE:812-0011]]	[[LOCATION:福岡県]][[LOCATION:福岡市]][[LOCATION:博多区]][[ADDRESS:博多駅前2丁目19-24]]""",
    # YAML, crypto donors
    """donors:
  - name: [[PERSON:Lars Eriksson]]
    country: [[LOCATION:Sweden]]
    email: [[EMAIL_ADDRESS:lars.eriksson@bahnhof.se]]
    wallet: [[ID_NUMBER:bc1qz4p8m3ktd7x2w9yq5h0ru6lsf8cj3ne4va2g7t]]
    pledging_since: [[DATE_TIME:2022-05-01]]
  - name: [[PERSON:Amina Yusuf]]
    country: [[LOCATION:Kenya]]
    email: [[EMAIL_ADDRESS:amina.yusuf@protonmail.com]]
    wallet: [[ID_NUMBER:0x8b21F4c0aE93d57B16e2A0c7D4f9E38b5a61C2d7]]
    pledging_since: [[DATE_TIME:2023-10-15]]
  - name: [[PERSON:Diego Paredes]]
    country: [[LOCATION:Ecuador]]
    email: [[EMAIL_ADDRESS:dparedes@hotmail.com]]
    wallet: [[ID_NUMBER:LdT8qW2nZk4Rj7Xv9Hc3Mp5Ys6Bf1Ga8Eu]]
    pledging_since: [[DATE_TIME:2024-02-01]]""",
]

LOOKALIKE = [
    # order confirmation, no PII
    """Order 114-7730291-4418203 confirmed — thank you!
1 × Anker PowerCore 20000 (ASIN B07S829LBX), £39.99
1 × The Remains of the Day, paperback, ISBN 978-0-571-33412-4, £9.99
1 × Earl Grey loose-leaf tea 250 g, EAN 5012345987651, £6.50
Dispatch by 18 Mar; carrier UPS, tracking 1Z 4A7 W82 03 1184 4729. Paid with Visa ending 4417.
Questions? Call 0800 279 7234 (Mon–Fri 8–8) or visit the Help pages. Returns accepted within 30 days.""",
    # release notes, no PII
    """Release notes — NetGuard Firmware 4.19.112.7 (build 4471, 2025-03-02)
- Fixes CVE-2024-3094 in the bundled xz library.
- New default DNS-over-HTTPS resolver list; DHCP lease time raised to 86400 s.
- Known issue: after upgrading from 3.8.0.12, the admin UI on port 8443 may show "session expired" once.
Package SHA-256: 9f2c4e1a7b3d58c0e6f91a2b4c7d8e05f13a6b9c2d4e7f80a1b3c5d7e9f0a2b4
Config schema UUID 3f1c9a2e-7b4d-4e8f-a051-6c2d9e7b1f30; download size 48.2 MB.""",
    # methods paragraph full of eponyms, no PII
    """Statistical analysis. Survival was estimated with the Kaplan–Meier method and compared with the log-rank test; hazard ratios came from Cox proportional-hazards models. Continuous variables were compared with the Mann–Whitney U test and categorical ones with Fisher's exact test; Bonferroni correction was applied for 12 comparisons. Patients with Parkinson's disease, Crohn's disease or Hashimoto's thyroiditis were excluded. The trial was registered (NCT05518273) and the protocol is available at doi:10.1093/ije/dyab184. Median follow-up was 31.4 months (IQR 22.0–40.7); p < 0.05 was considered significant.""",
    # airline ops note, no PII
    """OPS NOTE 0412 — BA2490 LGW–FNC, aircraft G-EUPT (A319), STD 14:35, gate 14 then 22 after swap. Inbound BA2491 delayed 40 min by ATC slot; crew duty OK. Fuel 9.4 t, block 3 h 55. Seats 23A–23F blocked for weight and balance. METAR EGKK 121350Z 24012KT 9999 FEW030 11/06 Q1012. Booking refs and bag tags (e.g. 0125BA448213) to be reissued at the transfer desk.""",
    # menu and shopping list full of names that are brands and dishes, no PII
    """Sunday brunch menu: Eggs Benedict with hollandaise; Beef Wellington sliders; Caesar salad; Waldorf salad; Peach Melba; Earl Grey panna cotta; Victoria sponge. Drinks: Bloody Mary, Tom Collins, Arnold Palmer, Shirley Temple. Kitchen order for Monday: Heinz ketchup × 6, Dr. Oetker vanilla × 4, Ben & Jerry's Phish Food × 3, Uncle Ben's rice × 10 (now "Ben's Original"), Hellmann's mayo × 2.""",
    # company contact page
    """About us — Meridian Tooling Ltd is a family business founded in 1987. Head office: [[ADDRESS:Unit 9, Brindley Park, Canal Way]], [[LOCATION:Stoke-on-Trent]] [[ZIP_CODE:ST4 3TJ]]. Sales 01782 496 000 · support@meridiantooling.co.uk · Company no. 02188273 · VAT GB 318 2291 40. Our managing director, [[PERSON:Harriet Vance]], took over from her father in 2012. Warehouse opening hours 7:30–16:00; trade counter closed on bank holidays.""",
    # supplier invoice
    """RECHNUNG / INVOICE INV-2025-00418 · date 04/03/2025 · PO 4500118273 · due 03/04/2025
Supplier: Kessler Feinmechanik GmbH, [[ADDRESS:Industriestraße 14]], [[ZIP_CODE:72766]] [[LOCATION:Reutlingen]], USt-IdNr. DE 283 441 907
Item 100.234.55 "Spindle housing, rev. C" × 40 @ €18.20 = €728.00; item 100.234.60 × 10 @ €6.75 = €67.50
Net €795.50 · VAT 19% €151.15 · Total €946.65
Bank: [[IBAN_CODE:DE20 3705 0198 0019 8334 51]], BIC COLSDE33XXX. Questions to accounts@kessler-fm.de or your contact [[PERSON:Jonas Weber]] ([[EMAIL_ADDRESS:j.weber@kessler-fm.de]]).""",
    # library catalogue record
    """Record 00418273 · Title: The Rings of Saturn · Author: [[PERSON:W. G. Sebald]]; translated by [[PERSON:Michael Hulse]] · Publisher: Vintage, 2002 · ISBN-10 014118776X · ISBN-13 978-1-84749-318-7 (2013 reissue) · Call no. 833.914 SEB · Item barcode 31124009918273 · Shelved in the Darwin Reading Room · Status: available · Series ISSN 0317-8471.""",
    # IT asset register line
    """Asset TAG-04471 · Dell Latitude 7440 · service tag 7HX2Q93 · MAC 3C:52:82:4F:11:9A · IMEI 35-209900-176148-1 · BIOS 1.14.0 · OS build 22631.3296 · last seen [[IP_ADDRESS:10.12.40.118]] · assigned to [[PERSON:Okonkwo]], [[PERSON:Adaeze]] (Finance) · warranty ends 2027-08-31 · disk encryption on.""",
    # walking tour, eponyms
    """Walking tour, 2.5 hours: start at the Anne Frank House, follow the Prinsengracht south past the Westerkerk, cross to the Rembrandtplein and its statue, then take tram 2 to the Van Gogh Museum, [[ADDRESS:Museumplein 6]], [[LOCATION:Amsterdam]]. Your guide, [[PERSON:Jeroen]], wears an orange cap. Tickets ref AMS-TR-22184; meeting point coordinates 52.3752, 4.8840.""",
    # car classified
    """FOR SALE: 2017 Toyota Corolla 1.8 Hybrid Icon, 84,000 km, full service history, VIN SB1ZS3JE50E184417, reg [[ID_NUMBER:KX67 LMP]], MOT to Nov. Engine code 2ZR-FXE, tyres Michelin Primacy 4. £9,450 ono. No time-wasters. Call or text [[PERSON:Dan]] on [[PHONE_NUMBER:07721 448 930]] after 6pm.""",
    # fund factsheet
    """Factsheet — Northbridge Global Equity Fund, class I acc (ISIN GB00B4T7HX21, SEDOL B4T7HX2). Launch 2009; OCF 0.72%; 64 holdings; largest: Microsoft 7.1%, Novo Nordisk 4.4%, Johnson & Johnson 3.2%, Walt Disney 2.0%. Benchmark MSCI ACWI. Fund manager [[PERSON:Priya Natarajan]] has run the fund since 2016. LEI 213800XK4P7TQ8WJ2C11.""",
    # German parcel notice
    """Ihre Sendung 00340434118273920441 liegt zur Abholung bereit: Packstation 118, Goethestraße (gegenüber Kaiser's), [[LOCATION:Köln]]. Abholcode 4471 29; Sendung von Otto (Bestellnummer 4471-882-19, Artikel 100.234.55). Empfänger-Postnummer [[ID_NUMBER:123491187]]. Lagerfrist 7 Tage. Hinweis: Der Code gilt nur für dieses Fach.""",
    # French municipal notice
    """Fête de quartier — samedi, parc Georges-Brassens, de 14 h à 22 h. Stands du collège Jean-Moulin et de l'association de la rue Émile-Zola ; concert au kiosque Victor-Hugo. Réf. arrêté municipal 2025-118. Inscriptions des exposants auprès de [[TITLE:Mme]] [[PERSON:Odile Lefort]] au [[PHONE_NUMBER:06 81 22 47 90]] ; mairie annexe : 01 45 39 22 10.""",
    # Spanish product recall
    """Aviso de retirada: lote L2291-04 del producto «Galletas María» (EAN 8712456003185), fabricadas el 02/03 y con consumo preferente 02/09. Los clientes pueden devolverlas en cualquier tienda. Más información: 900 441 872 (gratuito). Referencia del expediente AESAN 2025/4471. Contacto de prensa: [[PERSON:Lucía Herranz]], [[EMAIL_ADDRESS:lucia.herranz@gmail.com]].""",
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
    write_and_report("blind20", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind15.jsonl: a fifteenth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind15.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts); only the module docstring of make_blind14.py, gold_sets.py, and
the `parse()` helper of make_handwritten.py (with its two regexes, MARK and
TITLE_IN_NAME) were read, to keep the conventions and the file format, and
the closing scaffolding of make_blind14.py (its STYLES dict and main()) and
its import lines were copied. The import lines below follow gold_sets.py
(which imports make_handwritten from the same folder). The detector was
never run on this file. Do not tune the detector against it: once it has
been used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn (the Iranian Shetab, Uzbek Humo
and Russian Mir cards too) and IBANs pass mod-97 with the right length for
their country, also for the countries gold_sets.py does not list (IS, EE,
SI, RS, BG, CZ, AL, GE, IL, IR, KZ, AZ, PK, LB, MK), and the national
check digits inside the French, Spanish, Italian and Serbian IBANs are
right too (check digits worked out by hand-run throwaway code while
writing, not generated here; `gold_sets.check` re-checks cards and IBANs
and refuses a bad one). National ids with a public check digit
(Icelandic kennitala, Estonian isikukood, Slovenian EMŠO and tax number,
Serbian JMBG, Macedonian EMBG, Romanian CNP, Bulgarian EGN, Czech rodné
číslo, Spanish DNI and NIE and social-security number, Israeli Teudat
Zehut, Iranian national code, Kazakh IIN, South African ID, Aadhaar, NHS
number, SIN, Ontario health card, TFN, Medicare number, New Zealand IRD
and NHI, Irish PPSN, Singapore NRIC, HKID, Chinese resident id, Korean
RRN, Japanese My Number, Emirates ID, Saudi national id and Iqama, T.C.
Kimlik, CPF, Chilean RUT, codice fiscale, NIR, personnummer, Greek AMKA
and AFM, Hungarian TAJ and adóazonosító jel, Ukrainian RNOKPP, German
Steuer-ID, US NPI and DEA numbers, Nigerian NUBAN) were given a valid one
the same way, and so were the look-alikes that carry one (CAS numbers,
which are the real ones of their chemicals, ISO 6346 container numbers,
IMO ship numbers, ISBN, ISSN, EAN). Albanian, Georgian, Armenian,
Azerbaijani, Pakistani, Bangladeshi, Sri Lankan, Cambodian, Myanmar,
Mongolian, Uzbek, Kyrgyz, Ethiopian, Somali, Nigerian (NIN, BVN), Ghanaian,
Ugandan, Kenyan, Zimbabwean, Trinidadian, Jamaican, Fijian, Samoan,
Filipino, Haitian, Egyptian, Malaysian, Indonesian, Vietnamese and
Moroccan ids, PAN, KRA PINs, Brazilian CNH, Catalan CIP and Galician
health cards, UK NI numbers and driver numbers, US SSNs (no check digit),
Medicare MBI, A-Numbers, VA file and DoD ids, Canadian status cards,
UNHCR numbers, passports, licences, plates, Steam ids, crypto wallets,
bank account numbers (other than the NUBANs) and staff, student, member,
donor and library card numbers were not checked.

Styles (ids `blind15-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool (public PII-masking benchmarks such as
ai4privacy pii-masking-200k/300k, gretel-pii-masking-en and Nemotron-PII,
LLM-generated "realistic sentences containing personal data", and labeled
exports from CRM, HR, clinic, school and bank systems):
- `gen` (75): one to three LLM-style sentences in domains the earlier sets
  left out: fertility clinics, dentists, driving schools, libraries,
  immigration lawyers and courts, customs brokers and port clearing,
  funeral homes, tattoo studios, dating apps, gig-economy drivers and
  couriers, charity donors, scouts and youth camps, prisons and probation,
  insurance claims and loss adjusters, mining and oil-sands camps,
  fisheries, call-centre QA, esports, rental cars, pet insurance, wedding
  planners, adoption agencies, sworn translators, veterans' services and
  refugee resettlement; people from West, East, Southern and North Africa,
  South, Central, East and Southeast Asia, the Middle East, the Caucasus,
  the Balkans, the Nordic and Baltic countries, Latin America (Mapuche
  and Nahua names among them), the Caribbean, the Pacific, Sámi,
  Inuit, First Nations and Aboriginal Australians and the Anglosphere;
  names that are also words or places (Chance, Journey, Gift, Patience,
  Precious, Grace, Rusty, Denver, Sydney, Jordan), lowercase names, names
  at the start and end of sentences, and ages and dates said in many ways
  and calendars (Ethiopian, Solar Hijri, Hijri, Japanese era).
- `bench` (70): dense form-like paragraphs in the manner of ai4privacy,
  gretel and Nemotron-PII records (titles, names, sex, age, DOB, job,
  employer, street, unit, city, region, zip, country, phone, email,
  username, password, account, IBAN and card numbers, SSN, passport,
  licence, national and tax ids, plates, IPv4 / IPv6, MACs, wallets, user
  agents). Half in English (US, UK, Canada, Australia, New Zealand,
  Ireland, India, Nigeria, Kenya, South Africa, Singapore, Hong Kong, the
  Philippines, Trinidad, Pakistan, Malaysia, the UAE, Saudi Arabia,
  Zimbabwe, Ghana, Uganda, Fiji, Sri Lanka, Japan and Korea), the rest in
  Icelandic, Estonian, Slovenian, Serbian, Romanian, Bulgarian, Czech,
  Catalan, Basque, Galician, Albanian, Georgian, Armenian, Hebrew, Persian,
  Urdu, Bengali, Tamil, Sinhala, Khmer, Burmese, Mongolian, Kazakh, Uzbek,
  Amharic, Somali, Yoruba, Hausa, Zulu, Tagalog, Samoan, Māori, Haitian
  Creole, Azerbaijani and Macedonian.
- `doc` (30): longer documents (a dental referral, a probation progress
  report, an adoption home study, an asylum declaration, a funeral service
  programme, a Gift Aid declaration, a driving test report, a library
  overdue notice, a CN 23 customs declaration, a crew agreement list, a
  mining induction record, a school camp consent form, a loss adjuster's
  report, a wedding RSVP list, a translated Vietnamese birth certificate,
  an OCR'd police caution, a vCard file, an HL7 ADT^A01 message, an
  iCalendar invite with attendees, a git log with author emails, an nginx
  access log, a Kubernetes Secret with personal data, a JSON API response,
  a Form 1040 excerpt, a rental car agreement, an esports team roster, a
  refugee registration form, a veterans' disability claim, a dating-app
  data export and a SEPA pain.001 payroll XML) with twelve to thirty
  labeled spans each and non-PII look-alikes.
- `chat` (30): SMS, WhatsApp, Slack, Discord, Teams, Telegram, WeChat, LINE,
  Signal, iMessage, Messenger, a Reddit post, a genealogy forum, support
  chats, a call-centre transcript and a voicemail transcript, with
  lowercase names, nicknames, typos, emoji, handles, loose numbers, half
  addresses and numbers spoken in words; twelve in other languages or
  mixed (Taglish, Singlish, Franglais, Arabizi, Portuñol, Denglisch,
  Polish, Turkish, Indonesian, Swahili-English, Russian, Hebrew).
- `table` (20): one row-oriented table per record as text (CSV, TSV,
  semicolon CSV, pipe / Markdown tables, fixed-width columns, JSON lines,
  YAML lists, HTML table rows) with a header row and three or four data
  rows: dental patients, a probation caseload, library members, driving
  school pupils, volunteers, donors, tenants, gym members (twice), car
  rentals (twice), payroll, scout members, adoption applicants, a crew
  list, immigration clients, funeral arrangements, fishing licence
  holders, pet insurance policyholders and translation jobs; headers in
  English, French, Czech, Swedish, Greek, Hebrew, Korean, Chinese,
  Vietnamese, Indonesian and Hungarian. Every PII cell is labeled.
- `lookalike` (15): mostly non-PII text full of look-alikes (CAS, EC and UN
  numbers, batches and lots, versions and builds, CVE and GHSA ids,
  digests, commit hashes, UUIDs, ports, an IP-shaped firmware version,
  container, seal, IMO and B/L numbers, UN/LOCODEs, HS codes, ISBNs,
  ISSNs, DOIs, arXiv ids, call numbers, flight numbers, gates, aircraft
  registrations, a METAR, order, invoice, tracking, POD, booking and MLS
  references, SKUs, EANs, an IBAN-like product code and a sample IBAN,
  SWIFT, sort code, BSB and routing numbers, part numbers, VINs, NDC codes,
  serials, bibs and race times, coordinates, company phone numbers,
  eponyms and brands named after people, and streets named after people
  without a number), with the few real PII values labeled; 5 of the 15
  records have no PII at all.

Labeling conventions: the same as in make_blind14.py (and make_blind13.py
back to make_blind6.py), copied here from the docstring of make_blind14.py:
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
- Calls made while writing this set, in the same spirit:
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
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind15.jsonl")

GEN: list[str] = [
    # fertility clinic
    "Patient [[PERSON:Oluwaseun Adebayo-Hart]], [[AGE:38]], and her partner [[PERSON:Tendai Moyo]] have their frozen "
    "embryo transfer on [[DATE_TIME:14 November 2024]] at the [[LOCATION:Leeds]] unit; if the date has to move, call "
    "her on [[PHONE_NUMBER:07700 914382]].",
    # dentist recall
    "Recall letter: [[PERSON:Mr Callum Birch]] (DOB [[DATE_TIME:11.02.1997]]) is overdue for his six-month check-up "
    "with [[PERSON:Dr. Mehwish Qureshi]]; we have him at [[ADDRESS:48 Harcourt Road]], [[LOCATION:Sheffield]] "
    "[[ZIP_CODE:S10 1DH]], NHS number [[ID_NUMBER:485 302 7165]].",
    # driving school
    "Instructor [[PERSON:Bogdan Petrescu]] signed off [[PERSON:lucia ferreyra]]'s 120 logbook hours on the "
    "[[DATE_TIME:2nd of March]]; her Victorian learner permit is [[ID_NUMBER:051 637 284]] and she sits the drive "
    "test in [[LOCATION:Broadmeadows]].",
    # library
    "[[PERSON:Aroha Te Whata]] joined the [[LOCATION:Rotorua]] library on [[DATE_TIME:17 August 2023]] with card "
    "number [[ID_NUMBER:21187004239915]]; reservations go to [[EMAIL_ADDRESS:aroha.tewhata@xtra.co.nz]].",
    # immigration lawyer
    "Our client [[PERSON:Hamid Rahimi]], an [[NRP:Afghan]] national born on [[DATE_TIME:1 Hamal 1368]], entered "
    "[[LOCATION:Germany]] on [[DATE_TIME:12.09.2021]] and holds Aufenthaltsgestattung no. [[ID_NUMBER:K4827103]]; "
    "he now lives at [[ADDRESS:Bahnhofstraße 31]], [[ZIP_CODE:49074]] [[LOCATION:Osnabrück]].",
    # customs broker
    "Customs broker [[PERSON:Nguyen Thi Thu Ha]] lodged the K1 declaration for importer [[PERSON:Rajesh a/l "
    "Pillai]] at [[LOCATION:Port Klang]]; his MyKad is [[ID_NUMBER:760214-10-5583]] and the box is TGHU9024187 "
    "(B/L SZX2281755).",
    # funeral home
    "The funeral of [[PERSON:Margaret]] '[[PERSON:Peggy]]' [[PERSON:Ó Súilleabháin]], who died peacefully on "
    "[[DATE_TIME:28th January]] aged [[AGE:91]], will take place at St Brendan's Church, [[LOCATION:Tralee]]. "
    "Enquiries to her son [[PERSON:Dónal]] on [[PHONE_NUMBER:087 342 1906]].",
    # tattoo studio
    "Tattoo consent: [[PERSON:Kiri Waititi-Brown]], [[AGE:19]], photo ID sighted (NZ driver licence "
    "[[ID_NUMBER:DL630174]]), lives at [[ADDRESS:6 Kowhai Street]], [[LOCATION:Gisborne]] [[ZIP_CODE:4010]]. "
    "Artist: [[USERNAME:inkbyrangi]].",
    # dating app
    "Trust & safety: user [[USERNAME:sunflower_kemi]] reports that [[PERSON:Chance Whitaker]] (says he's "
    "[[AGE:32]], from [[LOCATION:Tulsa]]) asked her to move to WhatsApp on [[PHONE_NUMBER:+1 918 555 0143]] and then "
    "to 'invest' through [[EMAIL_ADDRESS:chance.w.capital@protonmail.com]].",
    # gig driver
    "Trip summary: driver [[PERSON:Mohammed Al-Sayegh]] (driver ID [[ID_NUMBER:DRV-0882147]], plate "
    "[[ID_NUMBER:1XY 9KZ]]) picked the rider up at [[ADDRESS:220 Collins Street]], [[LOCATION:Melbourne]] and "
    "dropped her at [[LOCATION:Tullamarine]].",
    # charity donor
    "Dear [[PERSON:Mrs Evelyn Hardcastle]], thank you for your gift. Your Gift Aid declaration of "
    "[[DATE_TIME:5 April 2024]] is on file under donor number [[ID_NUMBER:D0049273]] at [[ADDRESS:Rose Cottage, "
    "Church Lane]], [[LOCATION:Much Wenlock]] [[ZIP_CODE:TF13 6AA]].",
    # scouts
    "Cub [[PERSON:Arjun Menon-Walsh]] ([[AGE:9]]) has a peanut allergy and carries two auto-injectors; emergency "
    "contact is his father [[PERSON:Seán Walsh]], [[PHONE_NUMBER:+353 86 417 2290]], [[ADDRESS:12 Glenageary "
    "Park]], [[LOCATION:Dún Laoghaire]].",
    # prison and probation
    "[[PERSON:Darnell Okafor-Reid]], prison number [[ID_NUMBER:A4829DK]], is due for release on licence on "
    "[[DATE_TIME:19/12/2024]] to approved premises in [[LOCATION:Wolverhampton]]; his probation practitioner is "
    "[[PERSON:Siobhan Carty]].",
    # insurance loss adjuster
    "Loss adjuster [[PERSON:Tomasz Wieczorek]] inspected the flood damage at [[ADDRESS:17 Riverside Crescent]], "
    "[[LOCATION:Tewkesbury]] [[ZIP_CODE:GL20 5BU]] on Tuesday [[DATE_TIME:9 January]]; the policyholder, "
    "[[PERSON:Ms Adaeze Nwosu]], was present throughout.",
    # mining camp
    "FIFO fitter [[PERSON:Jarrah Collard]], [[AGE:24]], flew out of [[LOCATION:Perth]] on [[DATE_TIME:4 March]] for a "
    "14/7 swing at a camp near [[LOCATION:Newman]]; induction card [[ID_NUMBER:IND-22-08817]], emergency contact "
    "[[PERSON:Kylie Collard]] ([[PHONE_NUMBER:0417 392 650]]).",
    # fisheries
    "[[PERSON:Pálmi Rúnarsson]] of [[LOCATION:Grindavík]] landed 14 tonnes of cod on [[DATE_TIME:3 March]]; his "
    "kennitala is [[ID_NUMBER:030791-3129]] and the catch was paid into "
    "[[IBAN_CODE:IS48 0515 2600 4817 0307 9131 29]].",
    # call-centre QA
    "QA flag: agent [[PERSON:Precious Dlamini]] read the caller's full card number back "
    "([[CREDIT_CARD:4539 0176 2284 3155]]) on a recorded line; the caller, [[PERSON:Mr. Hennie van der Merwe]] of "
    "[[LOCATION:Bloemfontein]], had also given his ID number [[ID_NUMBER:720106 5146 083]].",
    # esports
    "[[PERSON:Kim Min-jun]], who plays as [[USERNAME:Frostbyte]], signed with the [[LOCATION:Busan]] roster on "
    "[[DATE_TIME:January 8]]; he turns [[AGE:20]] next month and his Discord is [[USERNAME:frostbyte.mj]].",
    # rental car
    "Renter [[PERSON:Ana Paula Rezende]] collected a Fiat Pulse at [[LOCATION:Confins]] on [[DATE_TIME:02/05/2024]] "
    "and returned it on [[DATE_TIME:09/05/2024]]; CNH [[ID_NUMBER:07316524890]], CPF "
    "[[ID_NUMBER:318.402.776-70]].",
    # veterinary insurance
    "Claim for Biscuit (cocker spaniel, 6): policyholder [[PERSON:Siddharth Rao]], "
    "[[EMAIL_ADDRESS:sid.rao84@gmail.com]], [[ADDRESS:Flat 3, 9 Tennyson Road]], [[LOCATION:Luton]] "
    "[[ZIP_CODE:LU1 3RT]]; the surgery was on [[DATE_TIME:21 June]].",
    # wedding planner
    "The [[PERSON:Fonoti]]–[[PERSON:Lindqvist]] wedding is confirmed for Saturday [[DATE_TIME:15 February 2025]] at "
    "[[LOCATION:Lefaga]]; the bride, [[PERSON:Malia Fonoti]], is on [[PHONE_NUMBER:+685 772 4118]] and the groom, "
    "[[PERSON:Erik Lindqvist]], on [[PHONE_NUMBER:+46 70 318 42 96]].",
    # adoption agency
    "Prospective adopters [[PERSON:Kwame]] and [[PERSON:Esi Boateng]] of [[LOCATION:Kumasi]], both practising "
    "[[NRP:Methodists]], were approved at panel on [[DATE_TIME:30 October]]; [[PERSON:Kwame]] is [[AGE:41]] and "
    "[[PERSON:Esi]] [[AGE:37]].",
    # translation agency
    "Sworn translator [[PERSON:Zeynep Aksoy]] certified the English translation of the birth certificate of "
    "[[PERSON:Emre Yıldız]], born [[DATE_TIME:4 February 1993]] in [[LOCATION:Trabzon]], T.C. Kimlik No. "
    "[[ID_NUMBER:38471205976]].",
    # veterans' services
    "Retired [[TITLE:Sgt.]] [[PERSON:Marisol Quintanilla]] ([[AGE:46]]) filed her disability claim on "
    "[[DATE_TIME:Oct. 2, 2024]]; VA file number [[ID_NUMBER:28417903]], mailing address [[ADDRESS:4410 Ridgecrest "
    "Dr]], [[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79912]].",
    # refugee resettlement
    "The [[PERSON:Mukendi]] family ([[NRP:Congolese]], five members) arrived in [[LOCATION:Boise]], "
    "[[LOCATION:Idaho]] on [[DATE_TIME:March 3rd]]; head of household [[PERSON:Jean-Pierre Mukendi]], [[AGE:44]], "
    "UNHCR individual number [[ID_NUMBER:453-00128847]].",
    # dentist, Ethiopian calendar
    "[[PERSON:Tigist Bekele]] is booked for a root canal at the [[LOCATION:Bole]] clinic on "
    "[[DATE_TIME:Meskerem 12, 2017 E.C.]]; reminders by SMS to [[PHONE_NUMBER:+251 911 48 2093]].",
    # driving school, Japanese era date
    "Student [[PERSON:Haruto Sato]] ([[AGE:18]]) passed the road test at the [[LOCATION:Fuchu]] centre on "
    "[[DATE_TIME:Reiwa 6.7.19]]; his new licence number is [[ID_NUMBER:3012 4857 2190]].",
    # library fines, Nunavut
    "[[PERSON:Aputiaq Kilabuk]] of [[LOCATION:Iqaluit]] owes $4.50 in late fees on barcode "
    "[[ID_NUMBER:29032001874416]]; we left a message at [[PHONE_NUMBER:867-979-4412]].",
    # funeral hall, Korea
    "Funeral rites for [[PERSON:Park Soon-ja]], [[AGE:87]], are being held in [[LOCATION:Daegu]]; the burial is on "
    "[[DATE_TIME:3 December]] and the chief mourner, her eldest son [[PERSON:Park Jae-hoon]], can be reached at "
    "[[PHONE_NUMBER:010-7153-3317]].",
    # gig economy, Indonesia
    "Ojol driver [[PERSON:Agus Setiawan]], [[AGE:33]], from [[LOCATION:Bekasi]] had his account suspended on "
    "[[DATE_TIME:17/08/2024]]; NIK [[ID_NUMBER:3275081708910004]], plate [[ID_NUMBER:B 4417 KZT]].",
    # charity donor, US
    "Donor [[PERSON:Journey Bledsoe]] of [[ADDRESS:88 Magnolia Ln]], [[LOCATION:Pooler]], [[LOCATION:GA]] "
    "[[ZIP_CODE:31322]] pledged $50 a month starting [[DATE_TIME:June 1]]; thank-you texts to "
    "[[PHONE_NUMBER:(912) 555-0187]].",
    # youth camp, Kenya
    "Camp register: [[PERSON:Wanjiru Kamau]] ([[AGE:14]]) and [[PERSON:Otieno Okoth]] ([[AGE:13]]) came on the "
    "[[LOCATION:Kisumu]] bus; the parent contact for both is [[PERSON:Grace Akinyi]] on [[PHONE_NUMBER:0722 418 903]].",
    # probation, US
    "Probationer [[PERSON:Tyrell Jamison]], DOB [[DATE_TIME:07/14/1995]], SSN [[US_SSN:529-81-4406]], reported to "
    "supervising officer [[PERSON:Dana Kowalczyk]] in [[LOCATION:Toledo]]; his next office visit is "
    "[[DATE_TIME:Aug 22]].",
    # motor surveyor, India
    "Surveyor [[PERSON:Vikram Sethi]] assessed the Dzire (reg. [[ID_NUMBER:DL 3C BK 4417]]) of [[PERSON:Harpreet "
    "Kaur Gill]] at [[ADDRESS:B-42, Lajpat Nagar II]], [[LOCATION:New Delhi]] [[ZIP_CODE:110024]] on "
    "[[DATE_TIME:11-10-2024]].",
    # mining, Chile
    "Haul-truck operator [[PERSON:Luis Huenchumil Painequeo]], RUT [[ID_NUMBER:17.482.936-5]], lives in "
    "[[LOCATION:Calama]] and started his 7x7 roster on [[DATE_TIME:1 July]].",
    # fisheries, Faroes
    "Deckhand [[PERSON:Rógvi Joensen]], [[AGE:52]], of [[ADDRESS:Biskupsstøðgøta 6]], [[ZIP_CODE:FO-700]] "
    "[[LOCATION:Klaksvík]], signed on the trawler on [[DATE_TIME:22.01.2024]].",
    # call centre, Philippines / Australia
    "Call 3 of 5: agent [[PERSON:Jomar Villanueva]] verified [[PERSON:Mrs Deborah Pike]] with her date of birth "
    "([[DATE_TIME:23/06/1958]]) and Medicare number [[ID_NUMBER:2953 18741 1]] before changing her address to "
    "[[ADDRESS:5/112 Beach Rd]], [[LOCATION:Mackay]] [[LOCATION:QLD]] [[ZIP_CODE:4740]].",
    # esports, Brazil
    "[[PERSON:gabriel]] '[[PERSON:tuca]]' [[PERSON:moraes]] was disqualified from the [[LOCATION:Recife]] qualifier "
    "for account sharing; Steam id [[ID_NUMBER:76561198204417395]], email [[EMAIL_ADDRESS:tuca.moraes@bol.com.br]].",
    # rental car, South Dakota
    "[[PERSON:Tasina Two Bulls]] rented a Jeep Compass at [[LOCATION:Rapid City]] on [[DATE_TIME:6/18/24]], due back "
    "[[DATE_TIME:6/25/24]]; South Dakota license [[US_DRIVER_LICENSE:01928374]].",
    # vet insurance, Sweden
    "Policyholder [[PERSON:Ingrid Nyström]] (personnummer [[ID_NUMBER:760930-5128]]) of [[ADDRESS:Storgatan 7 lgh "
    "1102]], [[ZIP_CODE:903 26]] [[LOCATION:Umeå]] has claimed for her cat Pepper's dental work.",
    # wedding planner, India
    "Mehendi on [[DATE_TIME:Nov 21]], pheras on [[DATE_TIME:Nov 23]]: [[PERSON:Ishita Arora]] and [[PERSON:Karan "
    "Malhotra]] are marrying in [[LOCATION:Udaipur]], and the planner on the ground is [[PERSON:Ritu Bansal]], "
    "[[PHONE_NUMBER:+91 98290 41736]].",
    # adoption, Korea / Minnesota
    "Adoptee [[PERSON:Sarah Lindgren]] (birth name [[PERSON:Lee Seo-yeon]]), born [[DATE_TIME:2 May 1986]] in "
    "[[LOCATION:Daejeon]] and raised in [[LOCATION:Duluth]], is [[AGE:38]] and searching for her birth mother.",
    # certified translation, Morocco
    "Certified translation of the marriage contract between [[PERSON:Youssef El Amrani]] and [[PERSON:Salma "
    "Bennani]], concluded in [[LOCATION:Fès]] on [[DATE_TIME:14 Rajab 1440]] ([[DATE_TIME:21 March 2019]]); husband's "
    "CIN [[ID_NUMBER:CD731502]].",
    # veterans, Wales
    "Veterans UK received the war pension claim of former [[TITLE:Cpl.]] [[PERSON:Gareth Pryce]] (service number "
    "[[ID_NUMBER:25194837]]) on [[DATE_TIME:3 September]]; he lives at [[ADDRESS:Ty Gwyn, 4 Heol y Felin]], "
    "[[LOCATION:Aberdare]] [[ZIP_CODE:CF44 8DJ]].",
    # refugee resettlement, Canada
    "[[PERSON:Rasha Al-Hamwi]], [[AGE:29]], [[NRP:Syrian]], landed at [[LOCATION:Halifax]] with her two children on "
    "[[DATE_TIME:12 Feb]]; IRCC client ID [[ID_NUMBER:1108-4729]].",
    # driving school, Nigeria
    "Learner [[PERSON:Chukwuemeka Nnaji]] finished his 12 lessons in [[LOCATION:Enugu]]; FRSC learner permit "
    "[[ID_NUMBER:ENU 70356 AB]], NIN [[ID_NUMBER:41958302716]].",
    # library, Estonia
    "[[PERSON:Kadri Tamm]] (isikukood [[ID_NUMBER:48709130276]]) renewed her [[LOCATION:Tartu]] library card on "
    "[[DATE_TIME:13.09.2024]], her [[AGE:37]]th birthday.",
    # immigration court, US
    "Respondent [[PERSON:Carlos Eduardo Paz Mejía]], a [[NRP:Honduran]] citizen, A-Number "
    "[[ID_NUMBER:A212-483-907]], has his master calendar hearing on [[DATE_TIME:January 14, 2025]] in "
    "[[LOCATION:Houston]].",
    # port clearing, Lagos
    "[[TITLE:Alhaji]] [[PERSON:Musa Danjuma]] of [[LOCATION:Apapa]] cleared the Corolla (chassis JTDBT923X71234567) "
    "for [[PERSON:Mrs. Funke Adeyemi]]; her TIN is [[ID_NUMBER:20483719-0001]].",
    # funeral, Nahua
    "[[TITLE:Doña]] [[PERSON:Remedios Xóchitl Tlapa]], [[AGE:94]], passed away on [[DATE_TIME:1 November]]; the "
    "rosary is at her home, [[ADDRESS:Calle Guerrero 12]], [[LOCATION:Villa Milpa Alta]], [[ZIP_CODE:12000]].",
    # tattoo, UK
    "[[PERSON:Rusty]] (real name [[PERSON:Russell Okonkwo]]) has the sleeve session on Fri [[DATE_TIME:9 Aug]]; his "
    "deposit came from [[USERNAME:russokonkwo]] on monzo.me.",
    # dating profile
    "[[PERSON:Nomvula]], [[AGE:27]], [[LOCATION:Durban]]: nurse, gym rat, Sunday braais. IG "
    "[[USERNAME:nomvula.sithole_]].",
    # courier, Mongolia
    "Courier [[PERSON:Batbayar Ganbold]] ([[PHONE_NUMBER:+976 9911 4827]]) of [[LOCATION:Ulaanbaatar]] registered with "
    "register number [[ID_NUMBER:УБ92041218]] on [[DATE_TIME:2024.05.03]].",
    # charity, Australia
    "Regular giver [[PERSON:Gift Chanda]], who moved from [[LOCATION:Lusaka]] to [[LOCATION:Adelaide]], updated her "
    "card to [[CREDIT_CARD:5178 0562 9431 1805]]; postal address [[ADDRESS:Unit 4/27 Prospect Rd]], "
    "[[LOCATION:Prospect]] [[LOCATION:SA]] [[ZIP_CODE:5082]].",
    # scouts, Sápmi
    "Patrol leader [[PERSON:Ánde Somby]] ([[AGE:16]]) from [[LOCATION:Guovdageaidnu]] is bringing the lavvu; his "
    "mother [[PERSON:Máret Somby]] is on [[PHONE_NUMBER:+47 415 82 093]] all week.",
    # prison transfer, NT
    "Prisoner [[PERSON:Kevin Wurramarrba]], MIN [[ID_NUMBER:4417283]], was moved from [[LOCATION:Darwin]] to "
    "[[LOCATION:Alice Springs]] on [[DATE_TIME:22 May]].",
    # claims, Kenya
    "Claimant [[PERSON:Patience Wairimu]] reported her matatu accident on [[DATE_TIME:5th Sept]] near "
    "[[LOCATION:Naivasha]]; KRA PIN [[ID_NUMBER:A006137254K]], M-Pesa [[PHONE_NUMBER:0712 483 906]].",
    # oil sands camp, Canada
    "[[PERSON:Jordan Cardinal]], [[AGE:31]], from [[LOCATION:Fort Chipewyan]], flies into the camp on "
    "[[DATE_TIME:Sept 9]]; status card [[ID_NUMBER:4700182653]].",
    # fisheries observer, Tonga
    "Observer [[PERSON:Sione Tuipulotu]] boarded the longliner at [[LOCATION:Nukuʻalofa]] on "
    "[[DATE_TIME:18/04/2024]] (observer ID [[ID_NUMBER:TO-OBS-0317]]).",
    # bank call, Jamaica
    "Caller [[PERSON:Rohan Campbell]], TRN [[ID_NUMBER:112-483-905]], of [[ADDRESS:14 Hope Road]], "
    "[[LOCATION:Kingston 6]], is disputing a charge.",
    # esports, Vietnam
    "Pro player [[PERSON:Trần Minh Khôi]] (IGN [[USERNAME:Khoii]]), [[AGE:17]], needs a signature from his mother, "
    "[[PERSON:Lê Thị Hồng]], before the [[LOCATION:Đà Nẵng]] finals.",
    # rental car, Iceland
    "[[PERSON:Giulia Ferraro]] picked up a Dacia Duster at [[LOCATION:Keflavík]] on [[DATE_TIME:7 June]]; codice "
    "fiscale [[ID_NUMBER:FRRGLI88C54A662Y]], card on file [[CREDIT_CARD:3530 1130 9627 8415]].",
    # wedding, Pakistan
    "[[PERSON:Hira Siddiqui]]'s nikah is on [[DATE_TIME:Dec 28]] in [[LOCATION:Lahore]]; the registrar needs her "
    "CNIC, [[ID_NUMBER:35202-7710358-2]].",
    # translation, Ukrainian
    "Translator's note: the name is transliterated as [[PERSON:Oleksandra Hnatiuk]] ([[PERSON:Олександра "
    "Гнатюк]]), date of birth [[DATE_TIME:08.03.1990]], RNOKPP [[ID_NUMBER:3293904722]].",
    # refugee, Rohingya
    "[[PERSON:Nur Kalima]] ([[AGE:22]]) left [[LOCATION:Kutupalong]] for [[LOCATION:Kuala Lumpur]]; her UNHCR card "
    "is [[ID_NUMBER:354-16C08821]].",
    # dentist, Singapore, lowercase
    "pt [[PERSON:tan wei ling]], [[AGE:49]]F, NRIC [[ID_NUMBER:S7502318I]], crown prep done; home "
    "[[ADDRESS:Blk 402 Ang Mo Kio Ave 10 #07-1187]], [[LOCATION:Singapore]] [[ZIP_CODE:560402]].",
    # funeral, Fiji
    "[[PERSON:Ram Prasad Sharma]], [[AGE:83]], of [[LOCATION:Lautoka]] will be cremated with [[NRP:Hindu]] rites on "
    "Thursday [[DATE_TIME:14th March]]; please call his grandson [[PERSON:Avinesh]] on [[PHONE_NUMBER:+679 992 4817]].",
    # insurance, Georgia
    "[[PERSON:Nino Beridze]], personal number [[ID_NUMBER:01024083917]], reported her car stolen in "
    "[[LOCATION:Tbilisi]] on [[DATE_TIME:2 April]]; plate [[ID_NUMBER:GR-482-TB]].",
    # visa, Albania / Austria
    "Visa file: [[PERSON:Arben Hoxha]], born [[DATE_TIME:19.11.1985]] in [[LOCATION:Shkodër]], passport "
    "[[ID_NUMBER:BF4827193]], sponsored by his brother [[PERSON:Ilir Hoxha]] of [[ADDRESS:Favoritenstraße 118/7]], "
    "[[ZIP_CODE:1100]] [[LOCATION:Wien]].",
    # tattoo, Hawaii
    "Walk-ins [[PERSON:Denver Kealoha]] and [[PERSON:Sydney Pua]] got matching honu in [[LOCATION:Hilo]]; ID checked, "
    "[[AGE:21]] and [[AGE:23]].",
    # gig, Egypt
    "[[PERSON:Mariam Fathy]] (national ID [[ID_NUMBER:29203150102385]]) signed up as a courier in [[LOCATION:Giza]] on "
    "[[DATE_TIME:1/9/2024]].",
    # charity sponsorship, Haiti
    "Scholarship match: [[PERSON:Wideline Pierre-Louis]], [[AGE:15]], of [[LOCATION:Jacmel]], is sponsored by "
    "[[TITLE:Rev.]] [[PERSON:Thomas Greaves]].",
    # library, Armenian American
    "Reader [[PERSON:Ani Hovhannisyan]] ([[AGE:34]]) asked us to change her card address to [[ADDRESS:1221 E "
    "Broadway Apt 9]], [[LOCATION:Glendale]], [[LOCATION:CA]] [[ZIP_CODE:91205]].",
    # dentist, Lebanon
    "[[PERSON:Dr. Rami Khoury]] fitted a bridge for [[PERSON:Nayla Saadeh]], [[AGE:61]], at his [[LOCATION:Jounieh]] "
    "practice on [[DATE_TIME:3/10/2024]]; she pays from [[IBAN_CODE:LB76 0999 0000 0000 1001 9012 2911]].",
    # driving school, Kyrgyzstan
    "[[PERSON:Bakyt Asanov]] of [[LOCATION:Bishkek]] enrolled for category B on [[DATE_TIME:15 April]]; PIN "
    "[[ID_NUMBER:20412199000871]].",
]

BENCH: list[str] = [
    # English: US onboarding
    "Employee onboarding record. Name: [[PERSON:Ms. Danielle Marie Okafor]]; gender: female; DOB: "
    "[[DATE_TIME:03/29/1991]]; age: [[AGE:33]]; SSN: [[US_SSN:214-67-3390]]; home: [[ADDRESS:1187 Sycamore Ridge Dr, "
    "Apt 4C]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75024]]; cell: [[PHONE_NUMBER:(469) 555-0172]]; "
    "personal email: [[EMAIL_ADDRESS:dani.okafor91@yahoo.com]]; Texas DL: [[US_DRIVER_LICENSE:41872093]]; job title: "
    "Senior Payroll Analyst, Brightwater Logistics; start date: [[DATE_TIME:04/15/2024]]; employee ID: "
    "[[ID_NUMBER:BWL-004417]]; direct deposit to account [[ID_NUMBER:4471209386]] (routing 111000614); network "
    "login: [[USERNAME:dokafor]]; temp password: Welcome#2024!",
    # English: ai4privacy-style security alert
    "Dear [[PERSON:Alessandro]], we noticed a sign-in to your profile from [[IP_ADDRESS:203.0.113.84]] using "
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 at 02:14. If this wasn't you, freeze card "
    "[[CREDIT_CARD:4929 1830 4576 1222]] (CVV 481, exp 09/27) and confirm your date of birth "
    "([[DATE_TIME:17/05/1979]]) and IBAN [[IBAN_CODE:GB66 HBUK 4005 1560 3298 71]] (BIC HBUKGB4B). Username: "
    "[[USERNAME:a.rinaldi79]]. We also wrote to [[EMAIL_ADDRESS:alessandro.rinaldi@libero.it]], texted "
    "[[PHONE_NUMBER:+44 7911 482093]] and will post a letter to [[ADDRESS:Flat 12, 40 Marchmont Street]], "
    "[[LOCATION:London]] [[ZIP_CODE:WC1N 1AB]].",
    # English: UK GP registration
    "GMS1 registration. Title: [[TITLE:Miss]] Surname: [[PERSON:Oyelaran]] Forenames: [[PERSON:Temitope Grace]] "
    "Previous surname: [[PERSON:Bello]] Sex: F DOB: [[DATE_TIME:09/08/2002]] Place of birth: [[LOCATION:Ibadan]], "
    "[[LOCATION:Nigeria]] NHS no.: [[ID_NUMBER:943 476 5919]] Address: [[ADDRESS:27 Kelvin Grove]], "
    "[[LOCATION:Liverpool]] [[ZIP_CODE:L8 0RQ]] Mobile: [[PHONE_NUMBER:07451 283 906]] Email: "
    "[[EMAIL_ADDRESS:tope.oyelaran@outlook.com]] NI number: [[ID_NUMBER:SZ 48 27 19 C]] Arrived in UK: "
    "[[DATE_TIME:14/09/2020]] Student no.: [[ID_NUMBER:201683492]] Ethnicity: Black African",
    # English: Ontario intake
    "Client intake. Name: [[PERSON:Mr. Étienne Lavoie-Tremblay]] · Sex: M · DOB: [[DATE_TIME:1984-11-02]] · SIN: "
    "[[ID_NUMBER:527 183 941]] · Health card: [[ID_NUMBER:4829-173-659-KT]] · Address: [[ADDRESS:305-88 Laurier Ave "
    "E]], [[LOCATION:Ottawa]], [[LOCATION:ON]] [[ZIP_CODE:K1N 6N6]] · Phone: [[PHONE_NUMBER:613-555-0148]] · Email: "
    "[[EMAIL_ADDRESS:e.lavoie.tremblay@videotron.ca]] · Occupation: welder, Bytown Fabrication · Plate: "
    "[[ID_NUMBER:CBRT 482]] · Preferred language: French",
    # English: Australian new starter
    "New starter: [[PERSON:Ms Leilani Fonua]], [[AGE:26]], DOB [[DATE_TIME:30/01/1998]], [[ADDRESS:14/203 Parramatta "
    "Road]], [[LOCATION:Annandale]] [[LOCATION:NSW]] [[ZIP_CODE:2038]]; TFN [[ID_NUMBER:459 273 815]]; Medicare "
    "[[ID_NUMBER:4120 69350 2]]; NSW licence [[ID_NUMBER:18427736]]; super member no. [[ID_NUMBER:708214593]]; BSB "
    "062-118 acct [[ID_NUMBER:1063 5512]]; mobile [[PHONE_NUMBER:0412 558 047]]; email "
    "[[EMAIL_ADDRESS:leilani.fonua@icloud.com]]; emergency contact [[PERSON:Tevita Fonua]] (father) "
    "[[PHONE_NUMBER:0433 107 628]].",
    # English: NZ patient label
    "Patient: [[PERSON:Hemi Tāwhiri Parata]] | NHI: [[ID_NUMBER:PRT2765]] | DOB: [[DATE_TIME:12-Jul-1969]] | Age: "
    "[[AGE:55]] | Sex: M | Address: [[ADDRESS:12 Waiomatatini Road]], [[LOCATION:Ruatoria]] [[ZIP_CODE:4032]] | Ph: "
    "[[PHONE_NUMBER:027 483 1926]] | IRD: [[ID_NUMBER:49-103-824]] | NOK: [[PERSON:Mere Parata]] (wife) "
    "[[PHONE_NUMBER:06 867 4412]] | GP: [[PERSON:Dr. Aisha Mahmood]]",
    # English: Irish account opening
    "Account opening: [[PERSON:Siobhán Ní Bhriain]], DOB [[DATE_TIME:21/10/1987]], PPSN [[ID_NUMBER:6294815T]], "
    "[[ADDRESS:Apt 7, Harbour View, Bridge Street]], [[LOCATION:Westport]], Co. [[LOCATION:Mayo]] "
    "[[ZIP_CODE:F28 K2Y6]]; IBAN [[IBAN_CODE:IE32 BOFI 9000 1743 8152 96]]; mobile [[PHONE_NUMBER:087 219 4483]]; "
    "email [[EMAIL_ADDRESS:siobhan.nibhriain@gmail.com]]; occupation: secondary teacher, Teaching Council reg. "
    "[[ID_NUMBER:481273]].",
    # English: Indian KYC
    "KYC form | Name: [[PERSON:Venkata Lakshmi Narasimhan]] | Father's name: [[PERSON:S. Narasimhan]] | DOB: "
    "[[DATE_TIME:05-06-1983]] | Gender: F | Aadhaar: [[ID_NUMBER:5381 7240 9164]] | PAN: [[ID_NUMBER:AKLPN4827Q]] | "
    "Address: [[ADDRESS:Flat 3B, Srinivasa Enclave, 14th Cross]], [[LOCATION:Malleshwaram]], "
    "[[LOCATION:Bengaluru]] [[ZIP_CODE:560003]], [[LOCATION:Karnataka]] | Mobile: [[PHONE_NUMBER:+91 98451 20736]] | "
    "UPI: [[USERNAME:vlakshmi83@okhdfcbank]] | Email: [[EMAIL_ADDRESS:v.lakshmi.n@rediffmail.com]] | Occupation: "
    "chartered accountant, ICAI no. [[ID_NUMBER:218374]] | Religion: [[NRP:Hindu]]",
    # English: Nigerian BVN enrolment
    "BVN enrolment. Surname: [[PERSON:Adeyemi]], First name: [[PERSON:Oluwatobiloba]], Middle name: "
    "[[PERSON:Israel]], Sex: Male, DOB: [[DATE_TIME:22-Mar-1995]], State of origin: [[LOCATION:Ogun]], LGA: "
    "[[LOCATION:Abeokuta South]], Address: [[ADDRESS:15 Oba Akran Avenue]], [[LOCATION:Ikeja]], [[LOCATION:Lagos]], "
    "Phone: [[PHONE_NUMBER:0803 615 0276]], Email: [[EMAIL_ADDRESS:tobi.adeyemi95@gmail.com]], NIN: "
    "[[ID_NUMBER:52817403926]], BVN: [[ID_NUMBER:22184930571]], GTBank NUBAN: [[ID_NUMBER:0218473655]], Religion: "
    "[[NRP:Christian]]",
    # English: Kenyan loan application
    "Loan application: [[PERSON:Faith Chebet Kiprono]], [[AGE:29]], ID no. [[ID_NUMBER:31847296]], KRA PIN "
    "[[ID_NUMBER:A009182736P]], NSSF [[ID_NUMBER:2048193375]], [[ADDRESS:P.O. Box 2219]]-[[ZIP_CODE:30100]] "
    "[[LOCATION:Eldoret]], M-Pesa [[PHONE_NUMBER:0722 903 418]], email [[EMAIL_ADDRESS:faith.kiprono@gmail.com]], "
    "occupation: nurse, monthly net pay KES 68,400, next of kin [[PERSON:Kiprono Kibet]] ([[PHONE_NUMBER:0733 418 "
    "207]]).",
    # English: South African FICA
    "FICA documents received for [[PERSON:Mr. Sipho Mahlangu]]: ID [[ID_NUMBER:880413 5084 082]], income tax no. "
    "[[ID_NUMBER:0715362048]], proof of residence [[ADDRESS:2417 Nkwe Street]], [[LOCATION:Tlhabane]], "
    "[[LOCATION:Rustenburg]], [[ZIP_CODE:0309]]; cell [[PHONE_NUMBER:072 418 3390]]; email "
    "[[EMAIL_ADDRESS:sipho.mahlangu@webmail.co.za]]; occupation: winch operator; cheque account "
    "[[ID_NUMBER:62 4817 3920 4]].",
    # English: Singapore
    "Applicant: [[TITLE:Mdm]] [[PERSON:Lim Bee Hoon]] | NRIC [[ID_NUMBER:S8841273G]] | Age [[AGE:36]] | Nationality "
    "[[NRP:Singaporean]] | Religion [[NRP:Buddhist]] | Address [[ADDRESS:Blk 118 Rivervale Drive #11-204]], "
    "[[LOCATION:Singapore]] [[ZIP_CODE:540118]] | HP [[PHONE_NUMBER:+65 9182 4730]] | PayNow "
    "[[PHONE_NUMBER:9182 4730]] | Email [[EMAIL_ADDRESS:beehoon.lim@singnet.com.sg]] | Employer: polyclinic "
    "(staff nurse)",
    # English: Hong Kong tenancy
    "Tenant: [[PERSON:Wong Ka Yan]] ([[PERSON:黃嘉欣]]), HKID [[ID_NUMBER:K582039(1)]], DOB "
    "[[DATE_TIME:1992-10-07]], premises [[ADDRESS:Flat 12B, Block 3, Kwun Tong Garden Estate]], [[LOCATION:Kwun "
    "Tong]], [[LOCATION:Kowloon]]; mobile [[PHONE_NUMBER:+852 6170 3528]]; FPS [[PHONE_NUMBER:6170 3528]]; email "
    "[[EMAIL_ADDRESS:kayan.wong@netvigator.com]]; employer: MTR (station assistant).",
    # English: Philippine member data
    "Member data. Name: [[PERSON:DELA CRUZ]], [[PERSON:MARIA CRISTINA]] [[PERSON:SANTOS]] SSS: "
    "[[ID_NUMBER:34-5107362-8]] TIN: [[ID_NUMBER:271-604-583-000]] PhilSys PCN: [[ID_NUMBER:6015-3387-2094-1150]] "
    "Address: [[ADDRESS:Blk 7 Lot 12 Phase 2, Villa Verde Subd.]], Brgy. [[LOCATION:Molino III]], "
    "[[LOCATION:Bacoor]], [[LOCATION:Cavite]] [[ZIP_CODE:4102]] Mobile/GCash: [[PHONE_NUMBER:0917 482 3390]] DOB: "
    "[[DATE_TIME:June 12, 1990]] Civil status: married Spouse: [[PERSON:Rodel Dela Cruz]]",
    # English: Trinidad
    "Applicant: [[PERSON:Ravindra Maharaj]], [[AGE:47]], born [[DATE_TIME:18 April 1977]]; national ID "
    "[[ID_NUMBER:19770418093]]; BIR no. [[ID_NUMBER:106372514]]; NIS no. [[ID_NUMBER:2817436]]; address "
    "[[ADDRESS:LP 47 Old Southern Main Road]], [[LOCATION:Chaguanas]]; phone [[PHONE_NUMBER:1-868-671-2045]]; "
    "email [[EMAIL_ADDRESS:ravi.maharaj@tstt.net.tt]]; religion: [[NRP:Hindu]]; occupation: pharmacist.",
    # English: Pakistani account opening
    "Account opening: [[PERSON:Muhammad Usman Tariq s/o Tariq Mehmood]], CNIC [[ID_NUMBER:61101-6620385-5]], NTN "
    "[[ID_NUMBER:7053316-2]], DOB [[DATE_TIME:02-01-1990]], address [[ADDRESS:House 14, Street 32]], "
    "[[LOCATION:F-8/1]], [[LOCATION:Islamabad]]; mobile [[PHONE_NUMBER:0300 5128447]]; email "
    "[[EMAIL_ADDRESS:usman.tariq90@gmail.com]]; IBAN [[IBAN_CODE:PK43 HABB 0011 2849 0036 7102]]; profession: "
    "civil engineer.",
    # English: Malaysian insurance proposal
    "Proposer: [[TITLE:Encik]] [[PERSON:Muhammad Hafiz bin Abdullah]], MyKad [[ID_NUMBER:900713-14-5527]], born "
    "[[DATE_TIME:13 July 1990]], religion [[NRP:Islam]], address [[ADDRESS:No. 23, Jalan SS 2/64]], "
    "[[LOCATION:Petaling Jaya]], [[ZIP_CODE:47300]] [[LOCATION:Selangor]], EPF no. [[ID_NUMBER:18472936]], phone "
    "[[PHONE_NUMBER:012-637 5520]], email [[EMAIL_ADDRESS:hafiz.abdullah@gmail.com]], occupation: quantity surveyor.",
    # English: IT ticket
    "INC0048213: user [[PERSON:Brandon Kessler]] ([[USERNAME:bkessler]], [[EMAIL_ADDRESS:brandon.kessler@northwind-"
    "health.org]], ext 4417) reports VPN drops. Laptop NW-LT-0832, MAC 00:1B:44:11:3A:B7, last seen from "
    "[[IP_ADDRESS:10.42.18.203]] and [[IP_ADDRESS:2600:1700:5a1:9f0::2c]] ([[LOCATION:Cedar Rapids]]). Employee ID "
    "[[ID_NUMBER:E-220814]]; manager [[PERSON:Tamika Boyd]]; mobile [[PHONE_NUMBER:319-555-0164]]; home address "
    "[[ADDRESS:2210 Bever Ave SE]], [[LOCATION:Cedar Rapids]], [[LOCATION:IA]] [[ZIP_CODE:52403]].",
    # English: crypto KYC
    "KYC tier 2: [[PERSON:Jonah Weisberg-Castillo]], DOB [[DATE_TIME:1993-07-21]], US passport "
    "[[US_PASSPORT:A61037528]], SSN ending 7712, residential address [[ADDRESS:77 Grand St, Unit 5F]], "
    "[[LOCATION:Jersey City]], [[LOCATION:NJ]] [[ZIP_CODE:07302]], phone [[PHONE_NUMBER:+1 201 555 0199]], ETH "
    "withdrawal address [[ID_NUMBER:0x4B7e19C2a03D5f8816E0b92A7c4d3F51e96B08aD]], BTC "
    "[[ID_NUMBER:bc1q9h7garjqa3ws4m2p8t6vzkx0ed5lfc3yn2u8rs]], occupation: software engineer, login IP "
    "[[IP_ADDRESS:98.213.44.120]].",
    # English: auto claim FNOL
    "FNOL. Insured: [[PERSON:Delphine Arceneaux]], [[AGE:46]], DOB [[DATE_TIME:09/02/1978]], LA DL "
    "[[US_DRIVER_LICENSE:008472913]], [[ADDRESS:412 Rue Chartres]], [[LOCATION:Lafayette]], [[LOCATION:LA]] "
    "[[ZIP_CODE:70503]], [[PHONE_NUMBER:(337) 555-0124]], [[EMAIL_ADDRESS:delphine.arceneaux@cox.net]]. Vehicle: "
    "2019 CR-V, VIN 5J6RW2H53KL004817, plate [[ID_NUMBER:BKD 184]]. Loss date [[DATE_TIME:10/14/2024]] on I-10 near "
    "[[LOCATION:Baton Rouge]]. Other driver: [[PERSON:Terrence Guidry]], [[PHONE_NUMBER:225-555-0131]].",
    # English: UK fraud review
    "Order held for review. Billing: [[PERSON:Priyanka Chaudhary]], [[ADDRESS:9 Melville Terrace]], "
    "[[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1ND]]. Shipping: [[PERSON:P. Chowdhury]], [[ADDRESS:Unit 4, 221 Cheetham "
    "Hill Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M8 8LW]]. Card [[CREDIT_CARD:5424 1806 3397 7514]] (3DS failed), "
    "IP [[IP_ADDRESS:185.220.101.47]] ([[LOCATION:Frankfurt]]), email [[EMAIL_ADDRESS:priyanka.c.9182@mail.ru]], "
    "phone [[PHONE_NUMBER:+44 7700 183422]], account opened [[DATE_TIME:02/11/2024]].",
    # English: US school enrollment
    "Enrollment: [[PERSON:Mateo Alejandro Ruiz-Ortega]], grade 7, DOB [[DATE_TIME:02/09/2012]], age [[AGE:12]], "
    "student ID [[ID_NUMBER:S20481937]], address [[ADDRESS:3815 W Camelback Rd, Apt 112]], [[LOCATION:Phoenix]], "
    "[[LOCATION:AZ]] [[ZIP_CODE:85019]]; guardian [[PERSON:Lucía Ortega]], [[PHONE_NUMBER:602-555-0118]], "
    "[[EMAIL_ADDRESS:lucia.ortega82@hotmail.com]]; AHCCCS ID [[ID_NUMBER:A71830294]]; home language Spanish.",
    # English: US encounter summary
    "Encounter summary. Patient: [[PERSON:Gloria Stubbs]], [[AGE:72]]F, MRN [[ID_NUMBER:004817293]], DOB "
    "[[DATE_TIME:4/30/1952]], MBI [[ID_NUMBER:1EG4-TE5-MK73]], [[ADDRESS:19 Pine Hollow Rd]], [[LOCATION:Bangor]], "
    "[[LOCATION:ME]] [[ZIP_CODE:04401]], [[PHONE_NUMBER:207-555-0193]]. Admitted [[DATE_TIME:10/03/2024]], discharged "
    "[[DATE_TIME:10/07/2024]]. Attending: [[PERSON:Dr. Anil Mehrotra]], NPI [[ID_NUMBER:1847362098]], DEA "
    "[[ID_NUMBER:FM3105485]].",
    # English: gretel-style customer record
    "customer_id: [[ID_NUMBER:CUST-0048213]]; name: [[PERSON:Eleanor Whitfield]]; company: Whitfield & Crane "
    "Architects; job_title: principal architect; phone: [[PHONE_NUMBER:+1-503-555-0126]]; email: "
    "[[EMAIL_ADDRESS:ewhitfield@whitfieldcrane.com]]; street: [[ADDRESS:1420 NW Lovejoy St, Suite 300]]; city: "
    "[[LOCATION:Portland]]; state: [[LOCATION:OR]]; zip: [[ZIP_CODE:97209]]; date_of_birth: "
    "[[DATE_TIME:1968-12-05]]; ssn: [[US_SSN:318-40-7725]]; credit_card: [[CREDIT_CARD:3471 562098 31272]]; ipv4: "
    "[[IP_ADDRESS:172.16.40.211]]; user_name: [[USERNAME:ewhitfield_arch]]",
    # English: Nemotron-style loan summary
    "Loan application summary: applicant [[PERSON:Marcus T. Holloway]], age [[AGE:41]], of [[ADDRESS:6021 Larkspur "
    "Court]], [[LOCATION:Raleigh]], [[LOCATION:NC]] [[ZIP_CODE:27613]], has worked as an HVAC technician since "
    "[[DATE_TIME:March 2016]]. SSN [[US_SSN:250-93-1174]]; NC driver's license [[US_DRIVER_LICENSE:000048213977]]; "
    "checking account [[ID_NUMBER:5031948827]]; co-applicant [[PERSON:Renée Holloway]], DOB "
    "[[DATE_TIME:08/19/1984]]; contact [[PHONE_NUMBER:919-555-0175]], [[EMAIL_ADDRESS:mholloway.hvac@gmail.com]].",
    # English: Dubai tenancy
    "Tenancy registration. Tenant: [[PERSON:Faisal Rahman Chowdhury]], [[NRP:Bangladeshi]], Emirates ID "
    "[[ID_NUMBER:784-1987-2038465-4]], passport [[ID_NUMBER:EH0916453]], mobile [[PHONE_NUMBER:+971 55 610 3827]], "
    "email [[EMAIL_ADDRESS:faisal.chowdhury87@gmail.com]]. Unit: [[ADDRESS:Apartment 1406, Al Khail Heights "
    "Building 3]], [[LOCATION:Al Quoz 4]], [[LOCATION:Dubai]]. Landlord: [[PERSON:Mr. Khalid Saeed Al Marri]], IBAN "
    "[[IBAN_CODE:AE78 0260 0010 1553 8194 201]]. Contract from [[DATE_TIME:01/12/2024]] to "
    "[[DATE_TIME:30/11/2025]].",
    # English: Saudi HR file
    "Employee file: [[PERSON:Abdulaziz Fahad Al-Qahtani]], national ID [[ID_NUMBER:1083472918]], DOB "
    "[[DATE_TIME:14/07/1412 AH]], mobile [[PHONE_NUMBER:+966 50 713 2264]], IBAN "
    "[[IBAN_CODE:SA48 1000 0003 2108 0046 5109]], national address [[ADDRESS:8228 Prince Sultan Rd]], "
    "[[LOCATION:Al Rawdah]], [[LOCATION:Jeddah]] [[ZIP_CODE:23434]]. Line manager: [[PERSON:Jose Ramil Bautista]], "
    "[[NRP:Filipino]], Iqama [[ID_NUMBER:2418703654]].",
    # English: Zimbabwe
    "Member registration: [[PERSON:Tatenda Chikwanha]], national ID [[ID_NUMBER:63-705136 R 42]], DOB "
    "[[DATE_TIME:07/11/1990]], [[ADDRESS:11 Josiah Tongogara Avenue]], [[LOCATION:Harare]]; phone "
    "[[PHONE_NUMBER:+263 77 316 0592]]; EcoCash [[PHONE_NUMBER:077 316 0592]]; email "
    "[[EMAIL_ADDRESS:tatenda.chikwanha@zol.co.zw]]; next of kin [[PERSON:Rutendo Chikwanha]] (sister).",
    # English: Ghana
    "Ghana Card [[ID_NUMBER:GHA-720481937-4]]; name [[PERSON:Akosua Serwaa Mensah]]; DOB [[DATE_TIME:15-08-1996]]; "
    "house [[ADDRESS:H/No. 14 Asafo Market Rd]], [[LOCATION:Kumasi]]; GhanaPost GPS [[ADDRESS:AK-039-5821]]; phone "
    "[[PHONE_NUMBER:024 551 0386]]; MoMo [[PHONE_NUMBER:024 551 0386]]; SSNIT [[ID_NUMBER:C019608150037]]; religion "
    "[[NRP:Catholic]]; occupation: trader.",
    # English: Uganda
    "Client: [[PERSON:Okello Denis Opio]], NIN [[ID_NUMBER:CM9204810237KA]], DOB [[DATE_TIME:04 Aug 1992]], "
    "[[ADDRESS:Plot 12 Acholi Road]], [[LOCATION:Gulu]]; tel [[PHONE_NUMBER:+256 772 483 190]]; Mobile Money "
    "[[PHONE_NUMBER:0772 483190]]; NSSF no. [[ID_NUMBER:NS00918274453]]; email [[EMAIL_ADDRESS:denis.opio@gmail.com]]; "
    "occupation: boda-boda operator; plate [[ID_NUMBER:UEX 482K]].",
    # English: Fiji
    "FNPF member: [[TITLE:Adi]] [[PERSON:Litia Vuniwaqa]], FNPF no. [[ID_NUMBER:208471936]], TIN "
    "[[ID_NUMBER:503716284]], DOB [[DATE_TIME:22/02/1985]], [[ADDRESS:Lot 27 Ratu Dovi Road]], [[LOCATION:Nasinu]]; "
    "phone [[PHONE_NUMBER:+679 927 4418]]; email [[EMAIL_ADDRESS:litia.vuniwaqa@connect.com.fj]]; religion "
    "[[NRP:Methodist]].",
    # English: Sri Lanka
    "Customer: [[PERSON:Tharushi Perera]]; NIC [[ID_NUMBER:199253604871]]; DOB [[DATE_TIME:1992-02-05]]; address "
    "[[ADDRESS:No. 42/3, Galle Road]], [[LOCATION:Dehiwala]]; mobile [[PHONE_NUMBER:+94 77 630 5518]]; passport "
    "[[ID_NUMBER:N8204817]]; email [[EMAIL_ADDRESS:tharushi.perera@sltnet.lk]]; religion [[NRP:Buddhist]]; "
    "occupation: bank officer.",
    # English: Japan (translated)
    "Resident record (translated): [[PERSON:Yui Takahashi]], born [[DATE_TIME:14 March 1991]], My Number "
    "[[ID_NUMBER:4821 3095 7760]], [[ADDRESS:2-11-5 Kamiosaki]], [[LOCATION:Shinagawa-ku]], [[LOCATION:Tokyo]] "
    "[[ZIP_CODE:141-0021]], tel [[PHONE_NUMBER:090-4821-7736]], email [[EMAIL_ADDRESS:yui.takahashi@docomo.ne.jp]], "
    "health insurance no. [[ID_NUMBER:20947718]], driving licence [[ID_NUMBER:3019 0261 8843]].",
    # English: DD-214 extract
    "DD 214 extract. Name: [[PERSON:CASTELLANOS]], [[PERSON:RAMON E.]] DoD ID: [[ID_NUMBER:1307562284]] SSN: "
    "[[US_SSN:461-29-8053]] Grade: E-6 DOB: [[DATE_TIME:19850611]] Separation: [[DATE_TIME:20210930]] Home of "
    "record: [[LOCATION:San Antonio]], [[LOCATION:TX]] Mailing address: [[ADDRESS:9102 Marbach Rd Apt 1404]], "
    "[[LOCATION:San Antonio]], [[LOCATION:TX]] [[ZIP_CODE:78227]] Email: [[EMAIL_ADDRESS:r.castellanos85@gmail.com]]",
    # English: Korea expat registration
    "Registration: [[PERSON:Oh Ji-yeon]], RRN [[ID_NUMBER:910527-2148530]], DOB [[DATE_TIME:27 May 1991]], "
    "[[ADDRESS:Apt 102-1304, 45 Olympic-ro]], [[LOCATION:Songpa-gu]], [[LOCATION:Seoul]] [[ZIP_CODE:05551]]; mobile "
    "[[PHONE_NUMBER:010-2841-7736]]; KakaoTalk [[USERNAME:jiyeon_oh91]]; passport [[ID_NUMBER:M80264417]]; email "
    "[[EMAIL_ADDRESS:jiyeon.oh@naver.com]].",
    # Icelandic
    "Nafn: [[PERSON:Guðrún Ásta Sigurðardóttir]]. Kennitala: [[ID_NUMBER:120488-2369]]. Fæðingardagur: "
    "[[DATE_TIME:12. apríl 1988]]. Heimilisfang: [[ADDRESS:Laugavegur 24, íbúð 302]], [[ZIP_CODE:101]] "
    "[[LOCATION:Reykjavík]]. Sími: [[PHONE_NUMBER:+354 862 4417]]. Netfang: "
    "[[EMAIL_ADDRESS:gudrun.sigurdardottir@simnet.is]]. Starf: hjúkrunarfræðingur. Reikningur: "
    "[[IBAN_CODE:IS81 0133 2601 2345 1204 8823 69]]. Tengiliður: [[PERSON:Einar Þór Magnússon]], sími "
    "[[PHONE_NUMBER:699 2185]].",
    # Estonian
    "Isikuandmed: [[PERSON:Martin Kask]], isikukood [[ID_NUMBER:39203054217]], sünniaeg [[DATE_TIME:05.03.1992]], "
    "vanus [[AGE:32]], elukoht [[ADDRESS:Tartu mnt 84a-17]], [[ZIP_CODE:10112]] [[LOCATION:Tallinn]], telefon "
    "[[PHONE_NUMBER:+372 5184 2290]], e-post [[EMAIL_ADDRESS:martin.kask@mail.ee]], pangakonto "
    "[[IBAN_CODE:EE41 1022 0115 6328 4019]], amet: tarkvaraarendaja, sõiduki number [[ID_NUMBER:482 BKT]], "
    "juhiluba [[ID_NUMBER:ET205864]].",
    # Slovenian
    "Podatki o stranki: [[PERSON:Nika Kovačič]], EMŠO [[ID_NUMBER:1703985505211]], davčna številka "
    "[[ID_NUMBER:51739208]], rojena [[DATE_TIME:17. 3. 1985]] v [[LOCATION:Mariboru]], starost [[AGE:39]], naslov "
    "[[ADDRESS:Slovenska cesta 54]], [[ZIP_CODE:1000]] [[LOCATION:Ljubljana]], telefon [[PHONE_NUMBER:041 736 205]], "
    "e-pošta [[EMAIL_ADDRESS:nika.kovacic@gmail.com]], TRR [[IBAN_CODE:SI57 0561 0010 0587 342]], poklic: "
    "farmacevtka.",
    # Serbian
    "Име и презиме: [[PERSON:Милош Јовановић]]; ЈМБГ: [[ID_NUMBER:2304987710043]]; датум рођења: "
    "[[DATE_TIME:23.04.1987]]; адреса: [[ADDRESS:Булевар краља Александра 73/12]], [[ZIP_CODE:11000]] "
    "[[LOCATION:Београд]]; телефон: [[PHONE_NUMBER:+381 64 290 5518]]; е-пошта: "
    "[[EMAIL_ADDRESS:milos.jovanovic87@gmail.com]]; рачун: [[IBAN_CODE:RS35 1600 0000 0019 2735 88]]; возачка "
    "дозвола бр. [[ID_NUMBER:003318642]]; регистарска ознака [[ID_NUMBER:BG 482-KT]]; занимање: инжењер; "
    "вероисповест: [[NRP:православна]].",
    # Romanian
    "Date client: [[TITLE:Dna.]] [[PERSON:Andreea-Ioana Popescu]], CNP [[ID_NUMBER:2860614402119]], născută la "
    "[[DATE_TIME:14 iunie 1986]] în [[LOCATION:București]], domiciliu [[ADDRESS:Str. Mihai Eminescu nr. 48, bl. C3, "
    "sc. 2, ap. 27]], [[LOCATION:Sector 2]], cod poștal [[ZIP_CODE:020082]], telefon [[PHONE_NUMBER:0722 481 903]], "
    "e-mail [[EMAIL_ADDRESS:andreea.popescu86@yahoo.ro]], cont [[IBAN_CODE:RO58 RNCB 0082 0441 9378 0001]], CI seria "
    "și nr. [[ID_NUMBER:RT 630715]], card [[CREDIT_CARD:4556 7302 1948 6372]], ocupație: profesoară.",
    # Bulgarian
    "Клиент: [[PERSON:Десислава Петрова Георгиева]], ЕГН [[ID_NUMBER:8705236215]], дата на раждане "
    "[[DATE_TIME:23.05.1987]], адрес: [[ADDRESS:ул. „Граф Игнатиев“ 15, ет. 3, ап. 7]], [[ZIP_CODE:1000]] "
    "[[LOCATION:София]], тел. [[PHONE_NUMBER:+359 88 603 1527]], имейл [[EMAIL_ADDRESS:desi.georgieva@abv.bg]], IBAN "
    "[[IBAN_CODE:BG08 UNCR 7000 1524 8719 36]], лична карта № [[ID_NUMBER:647015283]], професия: счетоводител; "
    "дете: [[PERSON:Мария Георгиева]], ЕГН [[ID_NUMBER:0551130873]].",
    # Czech
    "Pojištěnec: [[TITLE:paní]] [[PERSON:Tereza Dvořáková]], rodné číslo [[ID_NUMBER:885611/0439]], narozena "
    "[[DATE_TIME:11. 6. 1988]], bydliště [[ADDRESS:Vinohradská 1511/230]], [[ZIP_CODE:100 00]] [[LOCATION:Praha "
    "10]], telefon [[PHONE_NUMBER:+420 603 915 224]], e-mail [[EMAIL_ADDRESS:tereza.dvorakova@seznam.cz]], číslo "
    "účtu [[IBAN_CODE:CZ05 0100 0000 3527 1936 0287]], číslo OP [[ID_NUMBER:204817362]], SPZ "
    "[[ID_NUMBER:1AX 7032]], povolání: analytička.",
    # Catalan
    "Dades del pacient: [[PERSON:Jordi Vilaseca i Roig]], DNI [[ID_NUMBER:47281935F]], data de naixement "
    "[[DATE_TIME:3 de febrer de 1979]], edat [[AGE:45]], adreça [[ADDRESS:Carrer de Sardenya 312, 4t 2a]], "
    "[[ZIP_CODE:08025]] [[LOCATION:Barcelona]], telèfon [[PHONE_NUMBER:+34 653 210 885]], correu "
    "[[EMAIL_ADDRESS:jordi.vilaseca@xtec.cat]], CIP [[ID_NUMBER:VIRO1790203002]], núm. Seguretat Social "
    "[[ID_NUMBER:08 61530274 39]], compte [[IBAN_CODE:ES91 2100 0418 4502 0005 1332]], professió: fuster.",
    # Basque
    "Bezeroaren datuak: [[PERSON:Ane Etxeberria Goikoetxea]], NAN [[ID_NUMBER:16094372F]], jaiotze-data "
    "[[DATE_TIME:1990eko maiatzaren 14a]], adina [[AGE:34]], helbidea [[ADDRESS:Kale Nagusia 23, 2. ezk.]], "
    "[[ZIP_CODE:20003]] [[LOCATION:Donostia]], [[LOCATION:Gipuzkoa]], telefonoa [[PHONE_NUMBER:+34 688 219 403]], "
    "posta elektronikoa [[EMAIL_ADDRESS:ane.etxeberria@euskalnet.net]], kontu-zenbakia "
    "[[IBAN_CODE:ES48 0049 2710 7429 1450 8822]], lanbidea: erizaina; bikotekidea: [[PERSON:Youssef Amrani]], NIE "
    "[[ID_NUMBER:X6204518S]].",
    # Galician
    "Datos do solicitante: [[PERSON:Uxía Castro Outeiral]], DNI [[ID_NUMBER:33941027L]], naceu o "
    "[[DATE_TIME:9 de xullo de 1994]] en [[LOCATION:Lugo]], enderezo [[ADDRESS:Rúa do Franco 41, 1º esq.]], "
    "[[ZIP_CODE:15705]] [[LOCATION:Santiago de Compostela]], teléfono [[PHONE_NUMBER:981 563 704]], móbil "
    "[[PHONE_NUMBER:+34 627 481 093]], correo [[EMAIL_ADDRESS:uxia.castro@edu.xunta.gal]], conta "
    "[[IBAN_CODE:ES97 2095 0611 0702 9183 7465]], tarxeta sanitaria [[ID_NUMBER:GA1904817360]].",
    # Albanian
    "Të dhënat e klientit: [[PERSON:Elira Hoxha]], numri personal [[ID_NUMBER:J65312048P]], datëlindja "
    "[[DATE_TIME:12 mars 1996]], mosha [[AGE:28]], adresa [[ADDRESS:Rruga e Durrësit, Pallati 27, Ap. 14]], "
    "[[LOCATION:Tiranë]] [[ZIP_CODE:1001]], telefon [[PHONE_NUMBER:+355 69 207 6631]], email "
    "[[EMAIL_ADDRESS:elira.hoxha@gmail.com]], IBAN [[IBAN_CODE:AL47 2121 1009 0000 0002 3569 8741]], profesioni: "
    "mjeke, feja: [[NRP:myslimane]].",
    # Georgian
    "კლიენტი: [[PERSON:თამარ კაპანაძე]], პირადი ნომერი [[ID_NUMBER:01017063358]], დაბადების თარიღი "
    "[[DATE_TIME:14.09.1989]], მისამართი [[ADDRESS:ჭავჭავაძის გამზირი 37, ბინა 12]], [[LOCATION:თბილისი]] "
    "[[ZIP_CODE:0179]], ტელეფონი [[PHONE_NUMBER:+995 599 27 61 05]], ელფოსტა "
    "[[EMAIL_ADDRESS:tamar.kapanadze@gmail.com]], ანგარიში [[IBAN_CODE:GE67 TB70 9303 6516 4822 03]], პროფესია: "
    "ექიმი.",
    # Armenian
    "Հաճախորդ՝ [[PERSON:Գոռ Հակոբյան]], ծննդյան ամսաթիվ՝ [[DATE_TIME:02.08.1993]], անձնագիր՝ "
    "[[ID_NUMBER:AS0391576]], ՀԾՀ՝ [[ID_NUMBER:4817239305]], հասցե՝ [[ADDRESS:Աբովյան փ. 18, բն. 7]], "
    "[[LOCATION:Երևան]] [[ZIP_CODE:0001]], հեռ.՝ [[PHONE_NUMBER:+374 91 605382]], էլ. փոստ՝ "
    "[[EMAIL_ADDRESS:gor.hakobyan93@mail.ru]], քարտ՝ [[CREDIT_CARD:4342 5611 9078 4603]], մասնագիտություն՝ "
    "ծրագրավորող։",
    # Hebrew
    "פרטי המבוטחת: [[PERSON:נועה בן-דוד]], ת.ז. [[ID_NUMBER:034817262]], תאריך לידה [[DATE_TIME:19.11.1991]], גיל "
    "[[AGE:33]], כתובת [[ADDRESS:רחוב הרצל 112, דירה 9]], [[LOCATION:חולון]] [[ZIP_CODE:5843203]], טלפון "
    "[[PHONE_NUMBER:054-631-2058]], דואר אלקטרוני [[EMAIL_ADDRESS:noa.bendavid@walla.co.il]], חשבון "
    "[[IBAN_CODE:IL81 0126 1400 0000 0473 921]], מקצוע: מורה, דת: [[NRP:יהודייה]].",
    # Persian
    "مشخصات مشتری: [[PERSON:سارا محمدی]]، کد ملی [[ID_NUMBER:0073819425]]، تاریخ تولد "
    "[[DATE_TIME:۱۴ اسفند ۱۳۶۹]]، نشانی [[ADDRESS:خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۲، واحد ۴]]، "
    "[[LOCATION:تهران]]، کد پستی [[ZIP_CODE:۱۵۹۴۷۳۴۸۱۱]]، تلفن همراه [[PHONE_NUMBER:۰۹۱۲ ۴۸۲ ۹۱۷۳]]، ایمیل "
    "[[EMAIL_ADDRESS:sara.mohammadi69@gmail.com]]، شماره شبا [[IBAN_CODE:IR03 0170 0000 0012 8493 0657 14]]، شماره "
    "کارت [[CREDIT_CARD:6037 9917 2640 3185]]، شغل: پرستار.",
    # Urdu
    "صارف کی تفصیلات: [[PERSON:عائشہ خان]]، شناختی کارڈ نمبر [[ID_NUMBER:42101-9306152-6]]، تاریخ پیدائش "
    "[[DATE_TIME:05-09-1995]]، پتہ [[ADDRESS:مکان نمبر 23، گلی نمبر 7، بلاک 13-D]]، [[LOCATION:گلشن اقبال]]، "
    "[[LOCATION:کراچی]] [[ZIP_CODE:75300]]، موبائل [[PHONE_NUMBER:0321 7306618]]، ای میل "
    "[[EMAIL_ADDRESS:ayesha.khan95@hotmail.com]]، آئی بی اے این [[IBAN_CODE:PK46 MEZN 0002 1701 0482 9173]]، پیشہ: "
    "استاد، مذہب: [[NRP:اسلام]]۔",
    # Bengali
    "গ্রাহকের তথ্য: নাম: [[PERSON:মোছাম্মৎ নাসরিন আক্তার]], পিতার নাম: [[PERSON:মোঃ আব্দুল করিম]], জাতীয় "
    "পরিচয়পত্র নম্বর: [[ID_NUMBER:4182937065]], জন্ম তারিখ: [[DATE_TIME:১২ জানুয়ারি ১৯৯২]], ঠিকানা: "
    "[[ADDRESS:বাড়ি নং ১৪, রোড নং ৫]], [[LOCATION:ধানমন্ডি]], [[LOCATION:ঢাকা]] [[ZIP_CODE:১২০৫]], মোবাইল: "
    "[[PHONE_NUMBER:০১৭১১-৬৩০৫২৮]], বিকাশ: [[PHONE_NUMBER:01711-630528]], ইমেইল: "
    "[[EMAIL_ADDRESS:nasrin.akter92@gmail.com]], পেশা: শিক্ষিকা, ধর্ম: [[NRP:ইসলাম]]।",
    # Tamil
    "வாடிக்கையாளர் விவரம்: பெயர்: [[PERSON:கார்த்திகேயன் ராமசாமி]], ஆதார் எண்: [[ID_NUMBER:7429 0518 3626]], "
    "பான்: [[ID_NUMBER:BQRPR4817K]], பிறந்த தேதி: [[DATE_TIME:18-04-1986]], முகவரி: [[ADDRESS:12, காமராஜர் "
    "தெரு]], [[LOCATION:தியாகராய நகர்]], [[LOCATION:சென்னை]] [[ZIP_CODE:600017]], கைபேசி: "
    "[[PHONE_NUMBER:+91 94440 18273]], மின்னஞ்சல்: [[EMAIL_ADDRESS:karthi.ramasamy@gmail.com]], UPI: "
    "[[USERNAME:karthi86@oksbi]], தொழில்: ஆசிரியர்.",
    # Sinhala
    "පාරිභෝගික විස්තර: නම: [[PERSON:චමින්ද ජයසූරිය]], ජා.හැ.අ.: [[ID_NUMBER:198524103817]], උපන් දිනය: "
    "[[DATE_TIME:1985-08-29]], ලිපිනය: [[ADDRESS:අංක 45, ගාලු පාර]], [[LOCATION:මොරටුව]] [[ZIP_CODE:10400]], "
    "දුරකථන: [[PHONE_NUMBER:071 563 0284]], විද්‍යුත් තැපෑල: [[EMAIL_ADDRESS:chaminda.jayasuriya@yahoo.com]], "
    "රැකියාව: ඉංජිනේරු, ආගම: [[NRP:බෞද්ධ]].",
    # Khmer
    "ព័ត៌មានអតិថិជន៖ ឈ្មោះ [[PERSON:សុខ ចាន់ដារ៉ា]] អត្តសញ្ញាណប័ណ្ណលេខ [[ID_NUMBER:010386152]] "
    "ថ្ងៃខែឆ្នាំកំណើត [[DATE_TIME:១២ មេសា ១៩៩០]] អាសយដ្ឋាន [[ADDRESS:ផ្ទះលេខ ២៤ ផ្លូវ ២៧១]] សង្កាត់ "
    "[[LOCATION:ទួលទំពូង]] [[LOCATION:ភ្នំពេញ]] ទូរស័ព្ទ [[PHONE_NUMBER:+855 12 630 715]] អ៊ីមែល "
    "[[EMAIL_ADDRESS:chandara.sok@gmail.com]] គណនី ABA [[ID_NUMBER:000 951 206]]",
    # Burmese
    "ဖောက်သည်အချက်အလက် - အမည် [[TITLE:ဒေါ်]][[PERSON:ခင်မာလာ]]၊ နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ် "
    "[[ID_NUMBER:၁၂/ဥကမ(နိုင်)၀၄၈၂၉၁]]၊ မွေးသက္ကရာဇ် [[DATE_TIME:၁၅-၀၆-၁၉၈၈]]၊ နေရပ်လိပ်စာ "
    "[[ADDRESS:အမှတ် ၂၄၊ ဗိုလ်ချုပ်လမ်း]]၊ [[LOCATION:ဗဟန်း]]မြို့နယ်၊ [[LOCATION:ရန်ကုန်]]၊ ဖုန်း "
    "[[PHONE_NUMBER:09-450716328]]၊ အီးမေးလ် [[EMAIL_ADDRESS:khinmalar88@gmail.com]]၊ ကိုးကွယ်သည့်ဘာသာ "
    "[[NRP:ဗုဒ္ဓဘာသာ]]၊ အလုပ်အကိုင် ဆရာမ။",
    # Mongolian
    "Харилцагчийн мэдээлэл: Овог: [[PERSON:Должинсүрэн]], Нэр: [[PERSON:Оюунчимэг]], Регистрийн дугаар: "
    "[[ID_NUMBER:УП90041827]], Төрсөн огноо: [[DATE_TIME:1990.04.18]], Хаяг: [[LOCATION:Улаанбаатар]], "
    "[[LOCATION:Баянзүрх]] дүүрэг, [[ADDRESS:26-р хороо, 45-р байр, 12 тоот]], Утас: "
    "[[PHONE_NUMBER:+976 8811 6305]], И-мэйл: [[EMAIL_ADDRESS:oyunchimeg.d@gmail.com]], Дансны дугаар: [[ID_NUMBER:5012706153]], "
    "Мэргэжил: эмч.",
    # Kazakh
    "Клиент туралы мәлімет: [[PERSON:Айгерім Нұрланқызы Сейтқали]], ЖСН [[ID_NUMBER:920412401789]], туған күні "
    "[[DATE_TIME:12.04.1992]], жасы [[AGE:32]], мекенжайы [[ADDRESS:Абай даңғылы 150, 34-пәтер]], "
    "[[LOCATION:Алматы]] [[ZIP_CODE:050046]], телефон [[PHONE_NUMBER:+7 701 833 1528]], e-mail "
    "[[EMAIL_ADDRESS:aigerim.seitkali@mail.kz]], IBAN [[IBAN_CODE:KZ38 601A 8610 0017 3428]], жеке куәлік № "
    "[[ID_NUMBER:041739528]], мамандығы: дәрігер.",
    # Uzbek
    "Mijoz ma'lumotlari: F.I.Sh.: [[PERSON:Karimova Dilnoza Rustamovna]], JShShIR [[ID_NUMBER:41503940260481]], "
    "pasport [[ID_NUMBER:AD2063159]], tug'ilgan sana [[DATE_TIME:15.03.1994]], manzil [[ADDRESS:Amir Temur "
    "ko'chasi 41-uy, 17-xonadon]], [[LOCATION:Yunusobod]] tumani, [[LOCATION:Toshkent]] [[ZIP_CODE:100084]], "
    "telefon [[PHONE_NUMBER:+998 90 715 30 62]], e-pochta [[EMAIL_ADDRESS:dilnoza.karimova@mail.uz]], Humo karta "
    "[[CREDIT_CARD:9860 1604 8291 7368]], kasbi: o'qituvchi.",
    # Amharic
    "የደንበኛ መረጃ፦ ስም፦ [[TITLE:ወ/ሮ]] [[PERSON:መሰረት ታደሰ]]፣ የፋይዳ ቁጥር፦ [[ID_NUMBER:3150 6642 0817]]፣ የትውልድ ቀን፦ "
    "[[DATE_TIME:ሚያዝያ 12 ቀን 1983 ዓ.ም.]]፣ አድራሻ፦ [[LOCATION:አዲስ አበባ]]፣ [[LOCATION:ቦሌ]] ክፍለ ከተማ፣ "
    "[[ADDRESS:ወረዳ 03፣ የቤት ቁጥር 1247]]፣ ስልክ፦ [[PHONE_NUMBER:+251 911 630 517]]፣ ኢሜይል፦ "
    "[[EMAIL_ADDRESS:meseret.tadesse@ethionet.et]]፣ የባንክ ሂሳብ፦ [[ID_NUMBER:1000316605528]]፣ ሙያ፦ ነርስ፣ "
    "ሃይማኖት፦ [[NRP:ኦርቶዶክስ]]።",
    # Somali
    "Macluumaadka macmiilka: Magaca: [[PERSON:Hodan Cabdi Warsame]], Da'da: [[AGE:29]], Taariikhda dhalashada: "
    "[[DATE_TIME:3 Luulyo 1995]], Goobta dhalashada: [[LOCATION:Hargeysa]], Baasaboor: [[ID_NUMBER:P00862145]], "
    "Cinwaanka: [[ADDRESS:Guriga 14, Wadada Maka Al-Mukarama]], degmada [[LOCATION:Hodan]], [[LOCATION:Muqdisho]], "
    "Taleefan: [[PHONE_NUMBER:+252 61 548 0736]], EVC Plus: [[PHONE_NUMBER:061 548 0736]], Iimayl: "
    "[[EMAIL_ADDRESS:hodan.warsame@hotmail.com]], Shaqada: kalkaaliso, Diinta: [[NRP:Islaam]].",
    # Yoruba
    "Àlàyé oníbàárà: Orúkọ: [[PERSON:Adébáyọ̀ Olúwaṣeun Ògúnlẹ́yẹ]], Ọjọ́ìbí: [[DATE_TIME:14 Oṣù Kẹfà 1988]], "
    "NIN: [[ID_NUMBER:71829304615]], BVN: [[ID_NUMBER:22481937065]], Àdírẹ́sì: [[ADDRESS:No. 8 Ìdí-Àpẹ́ Street]], "
    "[[LOCATION:Ìbàdàn]], Ìpínlẹ̀ [[LOCATION:Ọ̀yọ́]], Fóònù: [[PHONE_NUMBER:0805 716 3302]], Ímeèlì: "
    "[[EMAIL_ADDRESS:adebayo.ogunleye@yahoo.com]], Àkáǹtì: [[ID_NUMBER:1409283775]], Iṣẹ́: olùkọ́, Ẹ̀sìn: "
    "[[NRP:Kìrìsìtẹ́nì]].",
    # Hausa
    "Bayanan abokin ciniki: Suna: [[PERSON:Aisha Musa Abubakar]], Shekaru: [[AGE:31]], Ranar haihuwa: "
    "[[DATE_TIME:12 ga Maris, 1993]], Lambar NIN: [[ID_NUMBER:63018274950]], Adireshi: [[ADDRESS:Gida mai lamba 27, "
    "Titin Zoo Road]], [[LOCATION:Kano]], Lambar waya: [[PHONE_NUMBER:0803 918 2746]], Imel: "
    "[[EMAIL_ADDRESS:aishamusa93@gmail.com]], Asusun banki: [[ID_NUMBER:2307169482]], Sana'a: ma'aikaciyar jinya, "
    "Addini: [[NRP:Musulunci]].",
    # Zulu
    "Imininingwane yekhasimende: Igama: [[PERSON:Nomthandazo Zulu]], Iminyaka: [[AGE:29]], Inombolo kamazisi: "
    "[[ID_NUMBER:9509210281086]], Usuku lokuzalwa: [[DATE_TIME:21 Septemba 1995]], Ikheli: [[ADDRESS:14 Florence "
    "Nzama Street]], [[LOCATION:eThekwini]], [[ZIP_CODE:4001]], Ucingo: [[PHONE_NUMBER:083 615 0274]], I-imeyili: "
    "[[EMAIL_ADDRESS:nomthandazo.zulu@gmail.com]], I-akhawunti yasebhange: [[ID_NUMBER:1506382274]], Umsebenzi: "
    "unesi.",
    # Tagalog
    "Impormasyon ng kliyente: Pangalan: [[PERSON:Ma. Theresa Bautista Villanueva]], Petsa ng kapanganakan: "
    "ika-[[DATE_TIME:5 ng Hunyo 1989]], Tirahan: [[ADDRESS:Blk 12 Lot 4, Camella Homes]], Brgy. "
    "[[LOCATION:Talon Dos]], [[LOCATION:Las Piñas]] [[ZIP_CODE:1747]], Cellphone: [[PHONE_NUMBER:0918 730 6152]], "
    "Email: [[EMAIL_ADDRESS:tess.villanueva89@yahoo.com]], SSS No.: [[ID_NUMBER:33-2061548-1]], TIN: "
    "[[ID_NUMBER:304-817-296-000]], PhilHealth: [[ID_NUMBER:19-071536028-4]], Trabaho: nars, Relihiyon: "
    "[[NRP:Katoliko]].",
    # Samoan
    "Faʻamatalaga o le tagata: Igoa: [[PERSON:Tavita Faʻamausili]], Tausaga: [[AGE:37]], Aso fanau: "
    "[[DATE_TIME:14 Iulai 1987]], Tuatusi: [[LOCATION:Vaitele]], [[LOCATION:Upolu]], Telefoni: "
    "[[PHONE_NUMBER:+685 772 9314]], Imeli: [[EMAIL_ADDRESS:tavita.faamausili@gmail.com]], Tusi folau: "
    "[[ID_NUMBER:SA271536]], Numera NPF: [[ID_NUMBER:071284659]], Galuega: faiaoga, Lotu: [[NRP:Metotisi]].",
    # Maori
    "Ngā taipitopito kiritaki: Ingoa: [[PERSON:Hēmi Ngata]], Rā whānau: [[DATE_TIME:3 o Poutūterangi 1979]], Tau: "
    "[[AGE:45]], Wāhi noho: [[ADDRESS:27 Te Aute Road]], [[LOCATION:Havelock North]] [[ZIP_CODE:4130]], Waea: "
    "[[PHONE_NUMBER:021 637 0528]], Īmēra: [[EMAIL_ADDRESS:hemi.ngata@gmail.com]], Tau NHI: [[ID_NUMBER:HJW9304]], "
    "Tau IRD: [[ID_NUMBER:116-528-703]], Pūkete pēke: [[ID_NUMBER:01-0815-0716305-00]], Mahi: kaiako.",
    # Haitian Creole
    "Enfòmasyon kliyan: Non: [[PERSON:Wilnès Joseph]], Dat nesans: [[DATE_TIME:12 jiyè 1990]], Kote li fèt: "
    "[[LOCATION:Gonayiv]], NIF: [[ID_NUMBER:004-715-306-2]], CIN: [[ID_NUMBER:01-04-99-1990-07-00482]], Adrès: "
    "[[ADDRESS:Ri Kapwa #42]], [[LOCATION:Pòtoprens]], Telefòn: [[PHONE_NUMBER:+509 3715 0628]], MonCash: "
    "[[PHONE_NUMBER:3715 0628]], Imèl: [[EMAIL_ADDRESS:wilnes.joseph@gmail.com]], Pwofesyon: mekanisyen, Relijyon: "
    "[[NRP:katolik]].",
    # Azerbaijani
    "Müştəri məlumatları: [[PERSON:Elvin Məmmədov]], FİN kod [[ID_NUMBER:5XK7R2P]], şəxsiyyət vəsiqəsi "
    "[[ID_NUMBER:AA5150362]], doğum tarixi [[DATE_TIME:07.11.1989]], ünvan [[ADDRESS:Nizami küçəsi 84, mənzil 27]], "
    "[[LOCATION:Bakı]] [[ZIP_CODE:AZ1000]], telefon [[PHONE_NUMBER:+994 50 715 03 62]], e-poçt "
    "[[EMAIL_ADDRESS:elvin.mammadov@mail.az]], IBAN [[IBAN_CODE:AZ86 IBAZ 3810 0019 4485 6721 0001]], peşə: "
    "mühəndis.",
    # Macedonian
    "Податоци за клиентот: [[PERSON:Марија Стојановска]], ЕМБГ [[ID_NUMBER:0507990455012]], датум на раѓање "
    "[[DATE_TIME:05.07.1990]], адреса [[ADDRESS:ул. Македонија бр. 12/3]], [[ZIP_CODE:1000]] [[LOCATION:Скопје]], "
    "телефон [[PHONE_NUMBER:+389 70 331 806]], е-пошта [[EMAIL_ADDRESS:marija.stojanovska@t-home.mk]], сметка "
    "[[IBAN_CODE:MK29 3000 0000 4829 173]], лична карта бр. [[ID_NUMBER:A6031758]], професија: архитект.",
]

DOC: list[str] = [
    # dental referral letter
    """Riverside Dental Practice
[[ADDRESS:3 Mill Lane]], [[LOCATION:Ilkley]] [[ZIP_CODE:LS29 8AR]] · Tel 01943 600512

[[DATE_TIME:7 October 2024]]

[[PERSON:Mr Paul Ogunleye]]
Consultant in Oral Surgery
Oral & Maxillofacial Department, Airedale General Hospital

Dear [[PERSON:Mr Ogunleye]],

Re: [[PERSON:Mrs Halina Zielińska]], DOB [[DATE_TIME:02/12/1961]], NHS No. [[ID_NUMBER:612 839 4701]]
[[ADDRESS:22 Cowpasture Road]], [[LOCATION:Ilkley]] [[ZIP_CODE:LS29 8RH]] · mobile [[PHONE_NUMBER:07883 214509]]

Thank you for seeing this [[AGE:62]]-year-old lady, who attended on [[DATE_TIME:30 September]] with a painful, partially
erupted lower right third molar (48) and two episodes of pericoronitis since the summer. She takes apixaban for AF,
prescribed by her GP, [[PERSON:Dr Fiona McAllister]]. She is [[NRP:Polish]] and prefers an interpreter; her daughter
[[PERSON:Agnieszka]] ([[PHONE_NUMBER:07700 391228]]) usually comes with her.

The OPG taken on [[DATE_TIME:30/09/2024]] is attached. The roots of 48 appear close to the ID canal.

Yours sincerely,

[[PERSON:Dr. Samira Haddad]] BDS MJDF
GDC No. [[ID_NUMBER:284719]]""",
    # probation progress report
    """PROBATION PROGRESS REPORT

Client: [[PERSON:DeShawn Marcus Ellery]]        DOB: [[DATE_TIME:11/03/1998]]        Age: [[AGE:26]]
Court file: 27-CR-23-48192        SID: [[ID_NUMBER:MN70512263]]
Address: [[ADDRESS:3314 Chicago Ave S, Apt 2]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55407]]
Phone: [[PHONE_NUMBER:612-555-0182]]
Probation officer: [[PERSON:Kathleen Vang]]
Sentencing judge: [[TITLE:Hon.]] [[PERSON:Rafael Dominguez]]

Summary. [[PERSON:Mr. Ellery]] was placed on probation on [[DATE_TIME:February 6, 2023]]. He has reported as
directed and had one positive UA, on [[DATE_TIME:July 18, 2024]], since when all tests have been negative. He has
worked at a distribution warehouse in [[LOCATION:Eagan]] since [[DATE_TIME:April 2024]]; his supervisor,
[[PERSON:Ron Teague]], confirmed full-time hours. He lives with his partner, [[PERSON:Aaliyah Brooks]], and their
daughter, [[AGE:3]]. Restitution: $1,240 of $2,000 paid.

Recommendation: continue supervision; review hearing on [[DATE_TIME:December 9, 2024]].""",
    # adoption home study
    """ADOPTION HOME STUDY: SUMMARY (INTERCOUNTRY)

Applicants: [[PERSON:Kristjan Oja]] (born [[DATE_TIME:4 June 1981]], [[NRP:Estonian]]) and [[PERSON:Mele Taufa-Oja]]
(born [[DATE_TIME:19 November 1984]], dual [[NRP:Tongan]] and [[NRP:New Zealand]] citizen)
Address: [[ADDRESS:14 Kauri Road]], [[LOCATION:Whangārei]] [[ZIP_CODE:0112]], [[LOCATION:New Zealand]]
Home visits: [[DATE_TIME:3 July 2024]], [[DATE_TIME:17 July 2024]] and [[DATE_TIME:2 August 2024]]
Social worker: [[PERSON:Anahera Rewi]], SWRB registration [[ID_NUMBER:SW11482]]

Household. [[PERSON:Mele]]'s mother, [[PERSON:ʻAna Taufa]] ([[AGE:68]]), lives with the couple. [[PERSON:Kristjan]]'s
brother, [[PERSON:Toomas Oja]], lives in [[LOCATION:Tartu]] and visits each summer. Both applicants are practising
[[NRP:Methodists]].

Health. Both had medicals with [[PERSON:Dr. Wiremu Hohaia]] on [[DATE_TIME:12 June 2024]]; no concerns.

Referees: [[PERSON:Losana Fifita]] ([[PHONE_NUMBER:021 639 4471]]) and [[PERSON:Glenn Moriarty]]
([[EMAIL_ADDRESS:glenn.moriarty@outlook.co.nz]]).

Recommendation: approved for one child aged 0 to 4.""",
    # immigration declaration
    """DECLARATION OF [[PERSON:MARIAM YUSUF ABDI]]

I, [[PERSON:Mariam Yusuf Abdi]], declare under penalty of perjury:

1. I was born on [[DATE_TIME:1 January 1994]] in [[LOCATION:Kismayo]], [[LOCATION:Somalia]]. I am a [[NRP:Somali]] citizen
and a [[NRP:Muslim]]. My A-Number is [[ID_NUMBER:A219-884-302]].
2. On [[DATE_TIME:14 March 2019]], armed men came to our house in [[LOCATION:Kismayo]] and took my husband,
[[PERSON:Abdirahman Hassan Farah]]. I have not seen him since.
3. I fled with my son [[PERSON:Liban]], who is now [[AGE:7]], to [[LOCATION:Nairobi]] on [[DATE_TIME:2 May 2019]] and stayed with
my cousin [[PERSON:Fadumo Ali]] in [[LOCATION:Eastleigh]].
4. We entered the United States at [[LOCATION:San Ysidro]] on [[DATE_TIME:October 30, 2022]].
5. We now live at [[ADDRESS:2705 E Lake Street, Apt 310]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55406]]. My phone
number is [[PHONE_NUMBER:(612) 555-0164]].

Signed: [[PERSON:Mariam Yusuf Abdi]]        Date: [[DATE_TIME:11/04/2024]]

Interpreter's certificate: I, [[PERSON:Hassan Mohamud]], certify that I am competent in Somali and English and that I
read this declaration to the declarant in Somali.""",
    # funeral service programme
    """A Celebration of the Life of
[[PERSON:Josephine]] '[[PERSON:Jo]]' [[PERSON:Mabel Tuilagi-Hart]]
[[DATE_TIME:12 March 1941]] – [[DATE_TIME:20 October 2024]]

St Columba's Uniting Church, [[ADDRESS:88 Hobart Road]], [[LOCATION:Launceston]]
Friday [[DATE_TIME:1 November 2024]], 11 am
Officiating: [[TITLE:Rev.]] [[PERSON:Malakai Fonua]]

Order of service
Welcome and prayer ........ [[TITLE:Rev.]] [[PERSON:Malakai Fonua]]
Hymn ...................... The Lord's My Shepherd (Crimond)
Eulogy .................... her son, [[PERSON:Graham Hart]]
Reading ................... her granddaughter, [[PERSON:Summer-Rose Hart]] ([[AGE:12]])
Poem ...................... "Do not stand at my grave and weep", [[PERSON:Mary Elizabeth Frye]]
Committal ................. Carr Villa Memorial Park

[[PERSON:Jo]] was born in [[LOCATION:Apia]] and came to [[LOCATION:Tasmania]] in 1962 with her husband [[PERSON:Reg]], who died on
[[DATE_TIME:4 July 2009]]. The family invites you to afternoon tea at [[ADDRESS:14 Westbury Road]],
[[LOCATION:Prospect Vale]]. Enquiries: [[PERSON:Graham]], [[PHONE_NUMBER:0408 771 293]].""",
    # Gift Aid declaration
    """GIFT AID DECLARATION: MULTIPLE DONATIONS
Wessex Hedgehog Rescue, registered charity no. 1174821

Title: [[TITLE:Mr]]        First name: [[PERSON:Desmond]]        Surname: [[PERSON:Achterberg]]
Home address: [[ADDRESS:The Old Forge, 2 High Street]]
Town: [[LOCATION:Shaftesbury]]        Postcode: [[ZIP_CODE:SP7 8HZ]]
Email: [[EMAIL_ADDRESS:des.achterberg@btinternet.com]]        Phone: [[PHONE_NUMBER:01747 852190]]

[x] I want to Gift Aid my donation of £250 and any donations I make in the future or have made in the past
4 years to Wessex Hedgehog Rescue. I am a UK taxpayer and understand that if I pay less Income Tax and/or
Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my
responsibility to pay any difference.

Signature: [[PERSON:D. Achterberg]]        Date: [[DATE_TIME:18/10/2024]]
Joint donor: [[TITLE:Mrs]] [[PERSON:Ruth Achterberg]], same address
Donor ref: [[ID_NUMBER:WHR-D-02291]]
Direct Debit: sort code 20-45-77, account [[ID_NUMBER:41829376]]""",
    # driving test record
    """DRIVING TEST REPORT: CATEGORY B
Candidate: [[PERSON:Yasmin Begum Choudhury]]        Driver number: [[ID_NUMBER:CHOUD856195YB9KT]]
DOB: [[DATE_TIME:19/06/1985]]
Address: [[ADDRESS:41 Stratford Road]], [[LOCATION:Sparkhill]], [[LOCATION:Birmingham]] [[ZIP_CODE:B11 1RA]]
Test date: [[DATE_TIME:24/09/2024]]        Time: 10:14        Centre: Kings Heath
Examiner: [[PERSON:M. Adeyinka]], staff no. [[ID_NUMBER:448213]]
Vehicle: [[ID_NUMBER:LR19 KXT]] (dual controls)        ADI: [[PERSON:Gurpreet Sandhu]], ADI no. [[ID_NUMBER:771204]]

Faults                                  D    S
Junctions: observation                  2
Mirrors: change direction               1
Response to signals: traffic lights          1

Result: FAIL (1 serious fault)
Candidate's signature: [[PERSON:Y. Choudhury]]
Accompanied by her husband, [[PERSON:Imran]]. Next test booked for [[DATE_TIME:12/11/2024]].""",
    # library overdue notice
    """Maplewood Public Library: SECOND OVERDUE NOTICE

[[PERSON:Kennedy Oyelowo-Park]]
[[ADDRESS:58 Birchwood Terrace]]
[[LOCATION:Maplewood]], [[LOCATION:NJ]] [[ZIP_CODE:07040]]
Card number: [[ID_NUMBER:21482009173364]]

Dear [[PERSON:Kennedy]],

The following items, checked out on [[DATE_TIME:September 3]], are now 28 days overdue:
  Harbour Lights / [[PERSON:Delia Ransome]]. ISBN 978-1-84708-327-2. Item 31482009912047
  A Kids' Guide to Tide Pools / [[PERSON:Ken Okabe]]. ISBN 978-0-307-26475-6. Item 31482009887715
Fines to date: $6.40.

Items on the juvenile card of [[PERSON:Noah Oyelowo-Park]] ([[ID_NUMBER:21482009188071]]) are also overdue.
Questions? Call the circulation desk at 973-762-1622 and ask for [[PERSON:Marguerite Lacy]].""",
    # CN 23 customs declaration
    """CUSTOMS DECLARATION CN 23
From  Name: [[PERSON:Pham Thi Lan Anh]]
      Street: [[ADDRESS:Schönhauser Allee 142, Hinterhaus 3. OG]]
      Postcode: [[ZIP_CODE:10437]]   City: [[LOCATION:Berlin]]   Country: [[LOCATION:GERMANY]]
      Tel: [[PHONE_NUMBER:+49 176 70351228]]
To    Name: [[PERSON:Phạm Văn Đức]]
      Street: [[ADDRESS:Số 27 ngõ 85 Hào Nam]], Phường [[LOCATION:Ô Chợ Dừa]], Quận [[LOCATION:Đống Đa]]
      Postcode: [[ZIP_CODE:115000]]   City: [[LOCATION:Hà Nội]]   Country: [[LOCATION:VIET NAM]]
      Importer's telephone: [[PHONE_NUMBER:+84 912 483 907]]   Email: [[EMAIL_ADDRESS:phamvanduc58@gmail.com]]
      Importer's reference (tax code / ID): [[ID_NUMBER:001058064321]]
Detailed description of contents      Qty   Net weight   Value   HS tariff no.   Country of origin
Vitamin tablets                       2     0.8 kg       EUR 45  210690          DE
Wool scarf                            1     0.2 kg       EUR 30  611710          DE
Category of item: [x] Gift
Item no. RR482917365DE
I certify that the particulars given in this customs declaration are correct.
Date and sender's signature: [[DATE_TIME:28.10.2024]]  [[PERSON:Pham Thi Lan Anh]]""",
    # crew agreement
    """CREW AGREEMENT: LIST OF CREW (PART 2)
Ship: MV Kestrel Bay    IMO 9381524    Official no. 742118

No | Surname    | Given names     | Nationality | Date of birth | Place of birth  | Discharge book / SIRB | Capacity  | Engaged
1  | [[PERSON:SANTOS]]     | [[PERSON:RENATO BAUTISTA]] | [[NRP:FILIPINO]]    | [[DATE_TIME:14.02.1979]]    | [[LOCATION:ILOILO]]          | [[ID_NUMBER:C1706352]]              | Master    | [[DATE_TIME:03.06.2024]] [[LOCATION:ROTTERDAM]]
2  | [[PERSON:KOWALCZYK]]  | [[PERSON:ADAM PIOTR]]      | [[NRP:POLISH]]      | [[DATE_TIME:22.09.1986]]    | [[LOCATION:SZCZECIN]]        | [[ID_NUMBER:WS0048213]]             | C/E       | [[DATE_TIME:03.06.2024]] [[LOCATION:ROTTERDAM]]
3  | [[PERSON:OKONKWO]]    | [[PERSON:CHIDI EMMANUEL]]  | [[NRP:NIGERIAN]]    | [[DATE_TIME:07.07.1991]]    | [[LOCATION:PORT HARCOURT]]   | [[ID_NUMBER:NGS/0391156]]           | AB        | [[DATE_TIME:19.08.2024]] [[LOCATION:ANTWERP]]

Next of kin: (1) [[PERSON:Marites Santos]], wife, [[PHONE_NUMBER:+63 917 482 2201]]""",
    # mining induction record
    """SITE INDUCTION RECORD
Worker: [[PERSON:Brodie James McNamara]]        DOB: [[DATE_TIME:08/08/1996]]        Employer: drilling contractor
Employee no.: [[ID_NUMBER:AD-448217]]        Induction date: [[DATE_TIME:16/09/2024]]
Home address: [[ADDRESS:7 Tamarind Way]], [[LOCATION:Ellenbrook]] [[LOCATION:WA]] [[ZIP_CODE:6069]]
Phone: [[PHONE_NUMBER:0438 192 704]]        Email: [[EMAIL_ADDRESS:brodie.mcnamara96@gmail.com]]
Emergency contact: [[PERSON:Shannon McNamara]] (mother), [[PHONE_NUMBER:08 9297 4418]]
Tickets: HR licence [[ID_NUMBER:6627194]]; white card [[ID_NUMBER:WC-0630172]]; first aid HLTAID011
Medical: fit for work, assessed by [[PERSON:Dr. Priya Nandakumar]] on [[DATE_TIME:02/09/2024]]
Drug and alcohol screen: negative (BAC 0.000)
Travel: charter [[LOCATION:Perth]] to [[LOCATION:Leinster]], 8/6 roster
Inducted by: [[PERSON:Wayne Rigby]] (HSE advisor)
Worker's signature: [[PERSON:B. McNamara]]""",
    # school excursion consent form
    """YEAR 9 GEOGRAPHY CAMP: CONSENT AND MEDICAL FORM

Student name: [[PERSON:Aiyana Whitehorse-Grant]]        Homeroom: 9C        Student ID: [[ID_NUMBER:WHI0042]]
Date of birth: [[DATE_TIME:21/05/2010]]        Age: [[AGE:14]]
Medicare no.: [[ID_NUMBER:3182 74601 3]] (line 3)
Medical conditions: asthma (Ventolin, 2 puffs as needed). Allergies: bee stings.
Parent/guardian 1: [[PERSON:Lorraine Whitehorse]]   Phone: [[PHONE_NUMBER:0421 448 903]]   Email: [[EMAIL_ADDRESS:lorraine.whitehorse@bigpond.com]]
Parent/guardian 2: [[PERSON:Dean Grant]]   Phone: [[PHONE_NUMBER:0402 117 365]]
Home address: [[ADDRESS:16 Banksia Court]], [[LOCATION:Frankston]] [[LOCATION:VIC]] [[ZIP_CODE:3199]]
Family doctor: [[PERSON:Dr. Helen Tran]], Frankston Family Clinic, (03) 9783 2210

I give permission for my child to attend and for staff to seek medical treatment if needed.
Signed: [[PERSON:L. Whitehorse]]        Date: [[DATE_TIME:28/10/2024]]
Teacher in charge: [[PERSON:Mr. Ioane Sapolu]]""",
    # loss adjuster report
    """LOSS ADJUSTER'S PRELIMINARY REPORT
Insurer ref: HX-4471-2290        Our ref: LA/24/1187

Insured: [[PERSON:Mr Declan Brennan]] and [[PERSON:Mrs Aoife Brennan]]
Risk address: [[ADDRESS:Unit 3, Riverside Mews]], [[LOCATION:Carlow]] [[ZIP_CODE:R93 X2C4]]
Date of loss: [[DATE_TIME:23 October 2024]]        Date of inspection: [[DATE_TIME:25 October 2024]]

Circumstances. Escape of water from a failed flexible hose under the kitchen sink of Unit 5, the flat above,
occupied by [[PERSON:Ms Ewa Nowicka]]. Water came through the ceiling of the Insured's kitchen and hall overnight.
Present at inspection: the Insured and [[PERSON:Ms Nowicka]].

Contact: [[PHONE_NUMBER:086 814 2290]] ([[PERSON:Declan]]); [[EMAIL_ADDRESS:aoife.brennan@eircom.net]]
Settlement account: [[IBAN_CODE:IE51 AIBK 9311 5248 2917 36]]
Reserve: EUR 18,500.

[[PERSON:Fintan Moloney]] ACII, loss adjuster, licence no. [[ID_NUMBER:C48217]]""",
    # wedding RSVP list
    """RSVPs for [[PERSON:Tamsin]] & [[PERSON:Kofi]] (as of Sunday)
1. Auntie [[PERSON:Grace Mensah]]: yes, 2 guests, [[EMAIL_ADDRESS:grace.mensah@yahoo.co.uk]]
2. [[PERSON:Hannah Whitlock]] + [[PERSON:Josh]]: yes, vegetarian, [[PHONE_NUMBER:07804 219663]]
3. the [[PERSON:Okyere]] family (4): yes, halal, table 6
4. [[PERSON:Dr. Femi Adebanjo]]: sorry, can't make it
5. [[PERSON:Poppy]] & [[PERSON:Lewis Carr-Jones]]: yes, baby [[PERSON:Arlo]] ([[AGE:1]]) needs a high chair
6. [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Penhaligon]]: yes, staying at [[ADDRESS:The Old Rectory, Church Road]], [[LOCATION:St Mawes]]

Thank-you card addresses
- [[PERSON:Hannah Whitlock]], [[ADDRESS:Flat 2, 19 Argyle Street]], [[LOCATION:Bath]] [[ZIP_CODE:BA2 4BQ]]
- [[PERSON:Okyere]] family, [[ADDRESS:44 Ruskin Avenue]], [[LOCATION:Manor Park]], [[LOCATION:London]] [[ZIP_CODE:E12 6PL]]""",
    # translated birth certificate
    """CERTIFIED TRANSLATION: BIRTH CERTIFICATE (EXTRACT)
SOCIALIST REPUBLIC OF VIETNAM. Independence, Freedom, Happiness

Full name: [[PERSON:NGUYỄN HOÀNG BẢO NGỌC]]
Sex: Female        Ethnicity: Kinh        Nationality: [[NRP:Vietnamese]]
Date of birth: [[DATE_TIME:09/02/2016]] (in words: the [[DATE_TIME:ninth of February, two thousand and sixteen]])
Place of birth: Tu Du Hospital, [[LOCATION:Ho Chi Minh City]]
Native place: [[LOCATION:Nam Định]]
Personal identification number: [[ID_NUMBER:079316004821]]

Father: [[PERSON:NGUYỄN HOÀNG MINH]], year of birth 1987, nationality [[NRP:Vietnamese]], ID no. [[ID_NUMBER:036087002914]]
Residence: [[ADDRESS:45/12 Nguyễn Thị Minh Khai]], Phường [[LOCATION:Đa Kao]], [[LOCATION:Quận 1]], TP. [[LOCATION:Hồ Chí Minh]]
Mother: [[PERSON:TRẦN THỊ THU TRANG]], year of birth 1990, nationality [[NRP:Vietnamese]], ID no. [[ID_NUMBER:079190012573]]

Registered on: [[DATE_TIME:15/02/2016]]        Register no. 214, book 01/2016
Declarant: [[PERSON:Nguyễn Hoàng Minh]] (father)        Civil status officer: [[PERSON:Lê Thị Mai]]

Translated by [[PERSON:Đặng Quốc Bảo]], sworn translator, on [[DATE_TIME:04/11/2024]].""",
    # OCR'd police caution
    """SIMPLE CAUTI0N
Surname: [[PERSON:HARGREAVES]]        Forename(s): [[PERSON:Liam Peter]]
D.O.B: [[DATE_TIME:O4/O3/2OO1]]        PNC ID: [[ID_NUMBER:2O19/0193527X]]
Address: [[ADDRESS:l7 Coronation Street]], [[LOCATION:Rotherham]] [[ZIP_CODE:S6O 2RT]]
0ffence: Theft from a shop, contrary to s.1(1) Theft Act 1968, committed on [[DATE_TIME:12/1O/2024]]
I, [[PERSON:Liam Hargreaves]], admit the offence(s) described above and agree to be cautioned.
Signed: [[PERSON:L. Hargreaves]]        Date: [[DATE_TIME:13/10/2024]]
Administered by: [[TITLE:PC]] [[ID_NUMBER:4417]] [[PERSON:R. Whitcombe]]
Authorised by: [[TITLE:Sgt]] [[ID_NUMBER:2290]] [[PERSON:D. Olawale]]""",
    # vCard file
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Haddad]];[[PERSON:Karim]];[[PERSON:Elias]];[[TITLE:Dr.]];
FN:[[PERSON:Dr. Karim Elias Haddad]]
ORG:Cedars Paediatrics
TITLE:Consultant Paediatrician
TEL;TYPE=CELL:[[PHONE_NUMBER:+961 3 208 614]]
TEL;TYPE=WORK:+961 1 337 220
EMAIL;TYPE=HOME:[[EMAIL_ADDRESS:karim.haddad@hotmail.com]]
ADR;TYPE=HOME:;;[[ADDRESS:Rue Sursock 14, 3rd floor]];[[LOCATION:Beirut]];;[[ZIP_CODE:1100 2040]];[[LOCATION:Lebanon]]
BDAY:[[DATE_TIME:1979-08-23]]
URL:[[URL:https://www.linkedin.com/in/karim-haddad-md]]
NOTE:Wife [[PERSON:Rania]] [[PHONE_NUMBER:+961 70 218 344]]
END:VCARD
BEGIN:VCARD
VERSION:4.0
N:[[PERSON:Tshabalala]];[[PERSON:Lerato]];;[[TITLE:Ms]];
FN:[[PERSON:Lerato Tshabalala]]
TEL;TYPE=cell:[[PHONE_NUMBER:+27 82 441 7392]]
EMAIL:[[EMAIL_ADDRESS:lerato.t@icloud.com]]
ADR;TYPE=home:;;[[ADDRESS:58 Jan Smuts Avenue]];[[LOCATION:Johannesburg]];[[LOCATION:Gauteng]];[[ZIP_CODE:2193]];[[LOCATION:South Africa]]
BDAY:[[DATE_TIME:--0412]]
X-SOCIALPROFILE;TYPE=instagram:[[URL:https://instagram.com/lerato.tsh]]
END:VCARD""",
    # HL7 ADT^A01
    r"""MSH|^~\&|PAS|DUBBOHOSP|HIE|NSWHEALTH||ADT^A01|MSG00482|P|2.5.1
EVN|A01
PID|1||[[ID_NUMBER:MRN30618852]]^^^DBO^MR~[[ID_NUMBER:4953 04810 2]]^^^AUSHIC^MC||[[PERSON:NGUYEN]]^[[PERSON:THI HOA]]^^^[[TITLE:MRS]]||[[DATE_TIME:19670315]]|F|||[[ADDRESS:22 Macquarie St]]^^[[LOCATION:DUBBO]]^[[LOCATION:NSW]]^[[ZIP_CODE:2830]]^[[LOCATION:AUS]]||[[PHONE_NUMBER:(02) 6882 4417]]^PRN^PH~[[PHONE_NUMBER:0417 229 384]]^PRN^CP|||M|[[NRP:BUD]]
NK1|1|[[PERSON:NGUYEN]]^[[PERSON:VAN LONG]]|SPO^Spouse|[[ADDRESS:22 Macquarie St]]^^[[LOCATION:DUBBO]]^[[LOCATION:NSW]]^[[ZIP_CODE:2830]]|[[PHONE_NUMBER:0428 551 903]]
PV1|1|I|MED2^14^B||||[[ID_NUMBER:0557301]]^[[PERSON:OKAFOR]]^[[PERSON:CHIDINMA]]^^^[[TITLE:DR]]|||MED""",
    # iCalendar invite
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Fastmail//Calendar 1.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:8e2f6b1a-4c3d-4f5e-9a7b-1c2d3e4f5a6b
SUMMARY:Mediation: [[PERSON:Rossi]] / [[PERSON:Kaya]] parenting arrangements
DTSTART;TZID=Europe/Rome:[[DATE_TIME:20241119T100000]]
DTEND;TZID=Europe/Rome:[[DATE_TIME:20241119T113000]]
LOCATION:Studio legale, [[ADDRESS:Via dei Mille 24]], [[ZIP_CODE:80121]] [[LOCATION:Napoli]]
ORGANIZER;CN="[[TITLE:Avv.]] [[PERSON:Chiara Esposito]]":mailto:[[EMAIL_ADDRESS:c.esposito@studioesposito.it]]
ATTENDEE;CN=[[PERSON:Matteo Rossi]];ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:[[EMAIL_ADDRESS:matteo.rossi82@libero.it]]
ATTENDEE;CN=[[PERSON:Elif Kaya]];ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:[[EMAIL_ADDRESS:elif.kaya@gmx.de]]
ATTENDEE;CN="[[TITLE:Dott.ssa]] [[PERSON:Laura Bianchi]]";ROLE=OPT-PARTICIPANT:mailto:[[EMAIL_ADDRESS:laura.bianchi@mediazionefamiliare.it]]
DESCRIPTION:Please bring ID. [[PERSON:Elif]] will join by phone on [[PHONE_NUMBER:+49 1512 6630184]] if her flight from [[LOCATION:Köln]] is late.\nChildren: [[PERSON:Leo]] ([[AGE:7]]) and [[PERSON:Ada]] ([[AGE:4]]).
END:VEVENT
END:VCALENDAR""",
    # git log
    """$ git log --format='%h %an <%ae>%n    %s%n%b' -6
3f9a2c1 [[PERSON:Ayşe Demir]] <[[EMAIL_ADDRESS:ayse.demir@posteo.de]]>
    fix(i18n): Turkish dotless i in search
    Co-authored-by: [[PERSON:Mehmet Öztürk]] <[[EMAIL_ADDRESS:42981736+mozturk@users.noreply.github.com]]>
b71e04d dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
    chore(deps): bump lodash from 4.17.20 to 4.17.21
9c0d55e [[PERSON:Kwabena Asante-Darko]] <[[EMAIL_ADDRESS:kwabena@asante-darko.dev]]>
    feat: export contacts as vCard
    Signed-off-by: [[PERSON:Kwabena Asante-Darko]] <[[EMAIL_ADDRESS:kwabena@asante-darko.dev]]>
e4410aa [[PERSON:Ingrid Solberg]] <[[EMAIL_ADDRESS:ingrid.solberg@uio.no]]>
    docs: add Norwegian README (thanks @[[USERNAME:haakon-l]])
a8d3b20 [[PERSON:Rangi Parata]] <[[EMAIL_ADDRESS:rangi@parata.nz]]>
    fix: accept lowercase NHI numbers
0d93e8b Release Bot <releases@noreply.example.com>
    release: v2.4.0""",
    # nginx access log
    """# log_format main '$remote_addr - $remote_user "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"';
[[IP_ADDRESS:81.139.44.207]] - - "GET /account/login HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
[[IP_ADDRESS:81.139.44.207]] - [[USERNAME:r.achebe-smith]] "POST /account/login HTTP/1.1" 302 0 "https://shop.example/account/login" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
[[IP_ADDRESS:2a02:c7c:6f4e:b100:8d2:19ff:fe44:a71c]] - - "GET /reset?email=[[EMAIL_ADDRESS:priya.venkat%40outlook.com]]&token=7f3c9e HTTP/1.1" 200 812 "-" "Mozilla/5.0 (X11; Linux x86_64)"
[[IP_ADDRESS:192.168.1.47]] - admin "GET /admin/users?page=3 HTTP/1.1" 200 20411 "-" "curl/8.5.0"
[[IP_ADDRESS:203.0.113.9]] - - "GET /search?q=[[PERSON:Tomasz+Nowicki]]&city=[[LOCATION:Gdansk]] HTTP/1.1" 200 3310 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
[[IP_ADDRESS:10.0.3.15]] - - "GET /api/v2/users/lookup?phone=[[PHONE_NUMBER:%2B447700183422]] HTTP/1.1" 404 0 "-" "okhttp/4.12.0"
[[IP_ADDRESS:66.249.66.1]] - - "GET /people/48213 HTTP/1.1" 200 7790 "[[URL:https://www.facebook.com/ngozi.achebesmith]]" "Mozilla/5.0 (compatible; Googlebot/2.1)\"""",
    # Kubernetes Secret with personal data
    """apiVersion: v1
kind: Secret
metadata:
  name: payroll-sync-credentials
  namespace: hr-prod
  annotations:
    owner: [[EMAIL_ADDRESS:marta.lindholm@kestrelhr.io]]
    created-by: [[USERNAME:mlindholm]]
    oncall: "[[PERSON:Dev Malhotra]] [[PHONE_NUMBER:+44 7700 900417]]"
type: Opaque
stringData:
  SFTP_USER: svc_payroll
  SFTP_PASSWORD: "Tr0ub4dor&3"
  SFTP_HOST: "[[IP_ADDRESS:172.31.12.40]]"
  TEST_EMPLOYEE_NAME: "[[PERSON:Oyinkansola Bright]]"
  TEST_EMPLOYEE_NI: "[[ID_NUMBER:JT 71 48 29 B]]"
  TEST_EMPLOYEE_DOB: "[[DATE_TIME:1990-06-14]]"
  TEST_EMPLOYEE_IBAN: "[[IBAN_CODE:GB28 LOYD 3096 3417 2058 73]]"
  TEST_EMPLOYEE_ADDRESS: "[[ADDRESS:Flat 9, 31 Shakespeare Street]], [[LOCATION:Nottingham]] [[ZIP_CODE:NG1 4FQ]]"
  BACKUP_CONTACT_EMAIL: [[EMAIL_ADDRESS:dev.malhotra@kestrelhr.io]]
  ALERT_WEBHOOK: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
data:
  API_TOKEN: c2stbGl2ZS00ODIxNzM2NTA5MTI4NDcz""",
    # JSON API response
    """{
  "id": "cus_7Hq2LmX9",
  "object": "customer",
  "name": "[[PERSON:Camila Andrade Souza]]",
  "email": "[[EMAIL_ADDRESS:camila.souza@uol.com.br]]",
  "phone": "[[PHONE_NUMBER:+55 11 98361-5042]]",
  "birthdate": "[[DATE_TIME:1989-04-27]]",
  "tax_id": {"type": "br_cpf", "value": "[[ID_NUMBER:054.917.283-14]]"},
  "address": {
    "line1": "[[ADDRESS:Rua Harmonia, 1250, apto 82]]",
    "line2": null,
    "city": "[[LOCATION:São Paulo]]",
    "state": "[[LOCATION:SP]]",
    "postal_code": "[[ZIP_CODE:05435-001]]",
    "country": "[[LOCATION:BR]]"
  },
  "shipping": {"name": "[[PERSON:Renato Souza]]", "phone": "[[PHONE_NUMBER:+55 11 97310-4482]]"},
  "pix_key": "[[EMAIL_ADDRESS:camila.souza@uol.com.br]]",
  "default_payment_method": {"brand": "elo", "last4": "8356", "exp_month": 3, "exp_year": 2028},
  "metadata": {"instagram": "[[USERNAME:camilandrade.ss]]", "signup_ip": "[[IP_ADDRESS:177.92.41.208]]"},
  "livemode": true
}""",
    # US tax form excerpt
    """Form 1040 (2023), U.S. Individual Income Tax Return (excerpt)
Filing status: [x] Married filing jointly
Your first name and middle initial: [[PERSON:Thanh Huong T.]]        Last name: [[PERSON:Pham]]        Your SSN: [[US_SSN:602-14-9371]]
Spouse's first name and middle initial: [[PERSON:Brian K.]]        Last name: [[PERSON:Holcomb]]        Spouse's SSN: [[US_SSN:385-71-0629]]
Home address: [[ADDRESS:4127 Alder Creek Way]]        Apt. no.:
City: [[LOCATION:Sacramento]]        State: [[LOCATION:CA]]        ZIP code: [[ZIP_CODE:95823]]
Dependents: (1) [[PERSON:Lily Holcomb]]    SSN [[US_SSN:087-52-6618]]    daughter    [x] child tax credit
            (2) [[PERSON:Minh Holcomb]]    SSN [[US_SSN:733-05-2846]]    son         [x] child tax credit
35b Routing number: 121000358    35c Type: checking    35d Account number: [[ID_NUMBER:330061573208]]
Your occupation: dental hygienist        Spouse's occupation: firefighter
Phone no.: [[PHONE_NUMBER:(916) 555-0127]]        Email: [[EMAIL_ADDRESS:huong.holcomb@gmail.com]]
Identity Protection PIN: 482917
Date signed: [[DATE_TIME:04/02/2024]]
Paid preparer: [[PERSON:Gregory Tsai]]    PTIN [[ID_NUMBER:P01370528]]    Firm: Tsai & Ortega CPAs    Firm's EIN 94-3827164""",
    # rental car agreement
    """RENTAL AGREEMENT RA 48291736
Renter: [[PERSON:Kalani Akana-Morales]]        DOB: [[DATE_TIME:03/11/1994]]
Driver's license: HI [[US_DRIVER_LICENSE:H03615207]]        Exp: 03/2028
Address: [[ADDRESS:94-1047 Waipahu St]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]]
Phone: [[PHONE_NUMBER:808-555-0163]]        Email: [[EMAIL_ADDRESS:kalani.am@hawaii.rr.com]]
Additional driver: [[PERSON:Rosario Morales]], CA DL [[US_DRIVER_LICENSE:D7705136]]
Pick-up: [[LOCATION:Kahului]] (OGG) [[DATE_TIME:11/08/2024]] 09:30        Return: [[LOCATION:Kahului]] (OGG) [[DATE_TIME:11/15/2024]] 09:30
Vehicle: Toyota RAV4, plate [[ID_NUMBER:SNF 482]], VIN JTMW1RFV0KD048213, odometer out 24,118
Payment: [[CREDIT_CARD:4761 7390 0214 5880]] (authorization $350.00)
Loyalty no.: [[ID_NUMBER:EC60318842]]
Renter's signature: [[PERSON:K. Akana-Morales]]        Counter agent: [[PERSON:Leilani]] (#[[ID_NUMBER:2214]])""",
    # esports roster
    """TEAM ROSTER: NORDIC LIGHTS (VALORANT), SPRING SPLIT
# | IGN       | Real name             | Nationality | DOB        | Discord
1 | [[USERNAME:Fjord]]     | [[PERSON:Emil Haugland]]         | [[NRP:Norwegian]]   | [[DATE_TIME:2007-02-14]] | [[USERNAME:fjord.gg]]
2 | [[USERNAME:saunaboy]]  | [[PERSON:Eetu Lehtinen]]         | [[NRP:Finnish]]     | [[DATE_TIME:2001-09-30]] | [[USERNAME:eetu_l]]
3 | [[USERNAME:Kvasir]]    | [[PERSON:Snorri Hallgrímsson]]   | [[NRP:Icelandic]]   | [[DATE_TIME:2002-05-06]] | [[USERNAME:kvasir.is]]
4 | [[USERNAME:lagom]]     | [[PERSON:Alva Bergqvist]]        | [[NRP:Swedish]]     | [[DATE_TIME:2000-12-01]] | [[USERNAME:alvalagom]]
Coach: [[PERSON:Jonas]] '[[PERSON:Jonsi]]' [[PERSON:Eriksen]], [[EMAIL_ADDRESS:jonas.eriksen@nordiclights.gg]], [[PHONE_NUMBER:+47 922 48 173]]
Parental consent on file for [[PERSON:Emil Haugland]] ([[AGE:17]]).""",
    # refugee registration
    """REGISTRATION FORM: INDIVIDUAL
Case no.: 482-24C01173        Individual no.: [[ID_NUMBER:482-00192736]]
Name: [[PERSON:Deng Akol Garang]]        Sex: M        DOB: [[DATE_TIME:01/01/1987]] (estimated)        Age: [[AGE:37]]
Country of origin: [[LOCATION:South Sudan]]        Nationality: [[NRP:South Sudanese]]
Religion: [[NRP:Christian]] ([[NRP:Episcopal]])        Ethnicity: Dinka
Place of birth: [[LOCATION:Bor]], [[LOCATION:Jonglei]]
Date of arrival: [[DATE_TIME:14/03/2024]]
Current address: [[ADDRESS:Block 4, Plot 27]], [[LOCATION:Kakuma]], [[LOCATION:Turkana]]
Phone: [[PHONE_NUMBER:+254 798 418 290]]
Family members: spouse [[PERSON:Achol Mayen]] ([[AGE:31]]); children [[PERSON:Garang]] ([[AGE:9]]), [[PERSON:Nyandeng]] ([[AGE:6]]),
[[PERSON:Akol]] ([[AGE:2]])
Specific needs: [[PERSON:Nyandeng]], hearing impairment
Registered by: [[PERSON:Wambui Njoroge]] on [[DATE_TIME:19/03/2024]]        Interpreter: [[PERSON:Majok Deng]] (Dinka/English)""",
    # veterans' claim
    """APPLICATION FOR DISABILITY BENEFITS (EXTRACT)
Section A: Applicant
Surname: [[PERSON:Desjardins]]        Given names: [[PERSON:Marc-André]]
Date of birth (YYYY-MM-DD): [[DATE_TIME:1976-05-22]]
Service number: [[ID_NUMBER:K60593318]]        SIN: [[ID_NUMBER:138 620 471]]        File number: [[ID_NUMBER:0048217]]
Mailing address: [[ADDRESS:218 rue Saint-Jean, app. 3]], [[LOCATION:Québec]], [[LOCATION:QC]] [[ZIP_CODE:G1R 1N8]]
Telephone: [[PHONE_NUMBER:418-555-0109]]        Email: [[EMAIL_ADDRESS:ma.desjardins76@videotron.ca]]
Section B: Service
Regular Force from [[DATE_TIME:1995-08-14]] to [[DATE_TIME:2019-11-30]]; deployments: [[LOCATION:Bosnia]] (1998),
[[LOCATION:Kandahar]] (2007-2008).
Section C: Conditions claimed
Tinnitus; PTSD, diagnosed by [[PERSON:Dr. Nadia Belkacem]], psychologist, on [[DATE_TIME:2024-02-08]].
Section D: Representative
[[PERSON:Sylvie Gagnon]], service officer, [[PHONE_NUMBER:418-555-0137]]
Signature: [[PERSON:M.-A. Desjardins]]        Date: [[DATE_TIME:2024-03-15]]""",
    # dating profile export
    """=== Your data export (requested [[DATE_TIME:12 Oct 2024]]) ===
Profile
  display_name: [[PERSON:Noor]]
  full_name: [[PERSON:Noor ul Ain Siddiqui]]
  birthday: [[DATE_TIME:1996-08-03]] (age shown: [[AGE:28]])
  email: [[EMAIL_ADDRESS:noorulain.s@icloud.com]]
  phone: [[PHONE_NUMBER:+1 416 555 0148]]
  location: [[LOCATION:Mississauga]], [[LOCATION:ON]]
  religion: [[NRP:Muslim]]
  instagram: [[USERNAME:noor.draws]]
Matches
  - [[PERSON:Zayd]], [[AGE:30]], matched [[DATE_TIME:2024-09-14]]
  - [[PERSON:Arjun]], [[AGE:29]], matched [[DATE_TIME:2024-10-01]]
Messages (excerpt)
  [[[PERSON:Zayd]]] hey! fellow Waterloo alum? my number's [[PHONE_NUMBER:647-555-0193]] if you'd rather text
  [[[PERSON:Noor]]] haha yes. coffee at Balzac's on Saturday?
Logins
  [[IP_ADDRESS:99.230.17.144]] ([[LOCATION:Mississauga]])
  [[IP_ADDRESS:2607:fea8:1c1f:4d00:b1c2:7f0e:9a3d:22e1]] ([[LOCATION:Toronto]])""",
    # SEPA payment XML
    """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
 <CstmrCdtTrfInitn>
  <GrpHdr><MsgId>LOHN-2024-11-A</MsgId><NbOfTxs>3</NbOfTxs><CtrlSum>7420.50</CtrlSum><InitgPty><Nm>Bäckerei Hoffmann GmbH</Nm></InitgPty></GrpHdr>
  <PmtInf>
   <PmtInfId>SAL-11</PmtInfId><PmtMtd>TRF</PmtMtd>
   <Dbtr><Nm>Bäckerei Hoffmann GmbH</Nm></Dbtr>
   <DbtrAcct><Id><IBAN>[[IBAN_CODE:DE47701500000904817263]]</IBAN></Id></DbtrAcct>
   <CdtTrfTxInf>
    <PmtId><EndToEndId>LOHN-11-001</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">2410.00</InstdAmt></Amt>
    <Cdtr><Nm>[[PERSON:Svetlana Kuznecova]]</Nm><PstlAdr><StrtNm>[[ADDRESS:Brunnstraße]]</StrtNm><BldgNb>[[ADDRESS:17]]</BldgNb><PstCd>[[ZIP_CODE:80331]]</PstCd><TwnNm>[[LOCATION:München]]</TwnNm><Ctry>[[LOCATION:DE]]</Ctry></PstlAdr></Cdtr>
    <CdtrAcct><Id><IBAN>[[IBAN_CODE:DE26120300001058237946]]</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>Lohn 11/2024 PersNr [[ID_NUMBER:0417]]</Ustrd></RmtInf>
   </CdtTrfTxInf>
   <CdtTrfTxInf>
    <PmtId><EndToEndId>LOHN-11-002</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">2655.50</InstdAmt></Amt>
    <Cdtr><Nm>[[PERSON:Luca Ferrante]]</Nm><PstlAdr><StrtNm>[[ADDRESS:Via Nazionale]]</StrtNm><BldgNb>[[ADDRESS:88]]</BldgNb><PstCd>[[ZIP_CODE:39012]]</PstCd><TwnNm>[[LOCATION:Merano]]</TwnNm><Ctry>[[LOCATION:IT]]</Ctry></PstlAdr></Cdtr>
    <CdtrAcct><Id><IBAN>[[IBAN_CODE:IT63F0306909606100000063781]]</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>Lohn 11/2024 PersNr [[ID_NUMBER:0422]]</Ustrd></RmtInf>
   </CdtTrfTxInf>
   <CdtTrfTxInf>
    <PmtId><EndToEndId>LOHN-11-003</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">2355.00</InstdAmt></Amt>
    <Cdtr><Nm>[[PERSON:Ayodele Ogunbiyi]]</Nm></Cdtr>
    <CdtrAcct><Id><IBAN>[[IBAN_CODE:NL02INGB0007853104]]</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>Lohn 11/2024 PersNr [[ID_NUMBER:0431]]</Ustrd></RmtInf>
   </CdtTrfTxInf>
  </PmtInf>
 </CstmrCdtTrfInitn>
</Document>""",
]

CHAT: list[str] = [
    # SMS, driving lesson
    """Hi its [[PERSON:Dale]] from DriveRight 🚗 ur lesson is moved to Thurs [[DATE_TIME:14th Nov]] 4pm. pick u up from [[ADDRESS:27 elm grove]] again? reply Y/N
Y thx [[PERSON:dale]]!! its [[PERSON:kez]] btw, new phone. if im late ring my mum on [[PHONE_NUMBER:07912 448 301]]""",
    # WhatsApp group, scout camp parents
    """[18:02] [[PERSON:Sarah Whitmore]]: Kit list for camp attached 📎 Drop-off Friday 5pm, pick-up Sunday 2pm
[18:05] [[PERSON:Tunde]]: Thanks! [[PERSON:Ife]] has hay fever, I'll put the tablets in her bag
[18:07] [[PERSON:Marek K]]: can someone give [[PERSON:Zofia]] a lift? we're at [[ADDRESS:9 Hawthorn Close]], [[LOCATION:Chorlton]]
[18:09] [[PERSON:Sarah Whitmore]]: @[[PERSON:Tunde]] you're near [[PERSON:Marek]] aren't you?
[18:11] [[PERSON:Tunde]]: yep np, my number is [[PHONE_NUMBER:07723 918440]] if [[PERSON:Marek]] wants to sort times""",
    # Slack, staging data leak
    """[[USERNAME:priya.k]]  10:14 AM
hey @[[USERNAME:tomas.r]] the staging db dump has real customer rows again 😬 e.g. row 4412: [[PERSON:Gwendolyn Ashby]], [[ADDRESS:14 Orchard Rise]], [[LOCATION:Leominster]] [[ZIP_CODE:HR6 8LD]], [[EMAIL_ADDRESS:gwen.ashby@btinternet.com]]
[[USERNAME:tomas.r]]  10:16 AM
ugh. who ran the export?
[[USERNAME:priya.k]]  10:16 AM
the nightly cron as @svc-etl. I'll purge it and open a ticket""",
    # Discord, doxxing
    """[[USERNAME:xXNightOwlXx]]: lmao [[USERNAME:frostpaw]] lives in [[LOCATION:Kalgoorlie]] 💀
[[USERNAME:frostpaw]]: bro delete that
[[USERNAME:xXNightOwlXx]]: his real name is [[PERSON:liam o'connell]] and hes like [[AGE:14]]
AutoMod: A message was blocked for sharing personal information.
[[USERNAME:saltyseal]]: @[[USERNAME:xXNightOwlXx]] not cool man""",
    # Teams, HR
    """[[PERSON:Natalia Ruiz]]  09:31
Hi [[PERSON:Owen]], can you update [[PERSON:Kwame Asante]]'s bank details? new account is 40-11-62 / [[ID_NUMBER:71839204]], and he's moved to [[ADDRESS:Flat 3, 88 Lordship Lane]], [[ZIP_CODE:SE22 8HF]]
[[PERSON:Owen Price]]  09:35
done ✅ also his NI number on file was wrong, it's [[ID_NUMBER:PB 12 48 37 D]] now""",
    # Telegram, rental scam
    """Landlord 🏠: Hello, I am [[PERSON:Dr. Robert Fairweather]], I work offshore near [[LOCATION:Aberdeen]] so I cannot show the flat in person.
Landlord 🏠: Send the deposit of 900 EUR to [[IBAN_CODE:ES12 2080 5801 1330 4018 7263]] in the name of my agent [[PERSON:Maria Lopes]] and a copy of your passport to [[EMAIL_ADDRESS:r.fairweather.rentals@gmail.com]]
You: what is the address of the flat?
Landlord 🏠: [[ADDRESS:Calle de Embajadores 52, 3ºB]], [[LOCATION:Madrid]]. Keys by DHL after payment""",
    # WeChat, student and mother
    """[[PERSON:Lily Zhang]]: 妈 I paid the tuition today, student ID is [[ID_NUMBER:22518830]]
妈妈: 好的。你的新地址是?
[[PERSON:Lily Zhang]]: [[ADDRESS:Room 1204, 3 Ivy Lane]], [[LOCATION:Canterbury]] [[ZIP_CODE:CT1 1TU]]
妈妈: 把你室友的电话给我 in case
[[PERSON:Lily Zhang]]: her name is [[PERSON:Hannah]], [[PHONE_NUMBER:07537 902114]]""",
    # LINE, airport pickup
    """[[PERSON:Ploy]]: P'[[PERSON:Nok]] can you pick me up at Don Mueang? lands 21:40 🙏
[[PERSON:Nok]]: ok na. still at [[ADDRESS:Lumpini Place Rama 9, Bldg B, room 1712]]?
[[PERSON:Ploy]]: yes yes. if you can't find me add my LINE [[USERNAME:ploy.chan]] or call [[PHONE_NUMBER:081 907 3365]]""",
    # Signal, journalist and source
    """[[PERSON:Hana]] (Guardian): Thanks for reaching out. Can you tell me who signed off the overtime records?
unknown: the site manager, [[PERSON:Craig Dunmore]]. he backdated them on [[DATE_TIME:2 Sept]]
[[PERSON:Hana]] (Guardian): Do you still have your own timesheets?
unknown: yes. my staff number is [[ID_NUMBER:WX-20418]] if you need to check with payroll. please dont use my name, its [[PERSON:Bilal]] but keep it out""",
    # iMessage, family
    """Mum: did u get ur passport back?
Me: yes!! same number, [[ID_NUMBER:548213907]]
Mum: good. nan's [[AGE:80]]th is on the [[DATE_TIME:9th of march]] at [[ADDRESS:The Red Lion, 4 High St]], [[LOCATION:Thame]] x
Me: 👍 is uncle [[PERSON:Ray]] coming""",
    # Reddit post
    """r/LegalAdviceUK · Posted by u/[[USERNAME:throwaway_tenant_88]]
Landlord keeps letting himself in without notice
I'm [[AGE:23]]F, renting a room in [[LOCATION:Reading]]. My landlord ([[PERSON:Gary Pinkerton]], owns like 6 houses on Blenheim Rd) has come in three times this month. Last night he texted me from [[PHONE_NUMBER:07882 551094]] at 11pm saying he was "checking the boiler". What can I do?""",
    # bank support chat
    """Agent ([[PERSON:Mei]]): Thanks for waiting! Can I confirm your full name and date of birth?
Customer: [[PERSON:ryan de souza]], [[DATE_TIME:4th of june 1988]]
Agent ([[PERSON:Mei]]): Thanks. And the last 4 digits of the card?
Customer: 2343. actually the full number is [[CREDIT_CARD:4118 7326 5590 2343]] if thats easier
Agent ([[PERSON:Mei]]): Please don't share full card numbers here 🙂 The replacement will go to [[ADDRESS:12 Kingfisher Way]], [[LOCATION:Bicester]] [[ZIP_CODE:OX26 6XY]], is that right?
Customer: yep""",
    # call-centre transcript, numbers in words
    """AGENT: Thank you for calling, you're through to [[PERSON:Dev]]. Can I take the policy number?
CALLER: Yeah, it's H-X four four seven one, two two nine oh.
AGENT: And the name on the policy?
CALLER: [[PERSON:Brigid Fahey]], that's [[PERSON:F-A-H-E-Y]].
AGENT: Date of birth?
CALLER: The [[DATE_TIME:second of the eleventh, seventy-three]].
AGENT: Best number to reach you?
CALLER: [[PHONE_NUMBER:Oh eight seven, two two one, four nine oh six]].
AGENT: And the address of the property?
CALLER: [[ADDRESS:Fourteen Ashgrove Park]], [[LOCATION:Ballina]].""",
    # voicemail transcript
    """Voicemail from [[PHONE_NUMBER:+1 (505) 555-0172]], 0:48
"Hi, this is [[PERSON:Rosalind Begay]] calling for [[TITLE:Dr.]] [[PERSON:Whitfield]]'s office. I need to move my daughter [[PERSON:Nizhoni]]'s appointment on [[DATE_TIME:November twenty-first]], she's [[AGE:eight]] and she's got a school trip that day. You can call me back at [[PHONE_NUMBER:five oh five, five five five, oh one seven two]], or email [[EMAIL_ADDRESS:rosalind dot begay at gmail dot com]]. Thanks, bye.\"""",
    # genealogy forum
    """Re: Looking for descendants of [[PERSON:Patrick Joseph Keane]]
Posted by [[USERNAME:keane_roots]]
My grandfather [[PERSON:Patrick Joseph Keane]] was born on [[DATE_TIME:14 March 1921]] in [[LOCATION:Kilrush]], Co. [[LOCATION:Clare]] and emigrated to [[LOCATION:Boston]] in 1948. His sister [[PERSON:Nora]] married a [[PERSON:Tom Hehir]]. If anyone has information please email me at [[EMAIL_ADDRESS:ann.keane.walsh@comcast.net]]. [[PERSON:Ann]] ([[LOCATION:Worcester]], [[LOCATION:MA]])""",
    # telecom support chat, SIM swap attempt
    """Customer: hi i need to move my number [[PHONE_NUMBER:0412 889 304]] to a new sim, name's [[PERSON:Jacinta Moore]], dob [[DATE_TIME:2/2/91]], [[ADDRESS:5 Wattle St]], [[LOCATION:Cessnock]]
Agent ([[PERSON:Rahul]]): I can help with that. For security I'll send a code to the email on file, j******@gmail.com
Customer: i dont have that email anymore can u send it to [[EMAIL_ADDRESS:jmoore.newacct@proton.me]]
Agent ([[PERSON:Rahul]]): Sorry, I can't change contact details over chat. Please visit a store with photo ID.""",
    # Slack, travel booking
    """[[USERNAME:g.okonjo]]: booked flights for @[[USERNAME:ana.p]] and @[[USERNAME:k.mensah]] to [[LOCATION:Nairobi]], out [[DATE_TIME:Nov 18]], back [[DATE_TIME:Nov 24]]
[[USERNAME:g.okonjo]]: passports on the booking: [[PERSON:Ana]] [[ID_NUMBER:PA6601583]] (PRT), [[PERSON:Kojo]] [[ID_NUMBER:G3307815]] (GHA). [[PERSON:Ana]], is your KTN still [[ID_NUMBER:TT70219365]]?
[[USERNAME:ana.p]]: yes that's right, thanks!""",
    # SMS, delivery driver
    """Hi this is [[PERSON:Jimena]] your driver, im outside [[ADDRESS:1420 Pine St]] but the gate code isnt working, can u call me [[PHONE_NUMBER:415-555-0166]] 🙏
sorry!! its 4417#. im in unit 3B, name on the buzzer is [[PERSON:Okafor]]""",
    # Taglish, Messenger
    """[[PERSON:Jhen]]: Ate [[PERSON:Mylene]] pa-send naman ng GCash mo, babayaran ko na yung utang 😅
[[PERSON:Mylene]]: [[PHONE_NUMBER:0917 225 4180]] yan, [[PERSON:Mylene D.]] ang name
[[PERSON:Jhen]]: sige po. btw lilipat na kami sa [[ADDRESS:Blk 3 Lot 9, Villa Lourdes]], Brgy. [[LOCATION:San Isidro]], [[LOCATION:Antipolo]] next month
[[PERSON:Mylene]]: uy congrats! birthday mo pala sa [[DATE_TIME:Oct 3]] noh? [[AGE:27]] ka na 🎉""",
    # Singlish, WhatsApp
    """[[PERSON:Ah Huat]]: bro tmr collect the sofa at my place can? [[ADDRESS:Blk 227 Bishan St 23 #09-114]], [[ZIP_CODE:S570227]]
[[PERSON:Darren Tan]]: can can. what time leh
[[PERSON:Ah Huat]]: after 7. if i never pick up call my wife [[PERSON:Mei Ling]] [[PHONE_NUMBER:9673 4402]]
[[PERSON:Darren Tan]]: ok the $80 paynow to which number
[[PERSON:Ah Huat]]: [[PHONE_NUMBER:8123 0047]] lah, mine""",
    # Franglais
    """[[PERSON:Yannick]]: wesh t'es où? le meeting c'est at 3pm
[[PERSON:Inès]]: sorry je suis stuck dans le RER, j'arrive asap 😩
[[PERSON:Yannick]]: ok fine. btw le boss veut ton RIB pour le remboursement
[[PERSON:Inès]]: [[IBAN_CODE:FR76 3000 4013 2800 0729 5184 652]], au nom de [[PERSON:Inès Benali]]
[[PERSON:Yannick]]: top merci. et ton numéro de sécu pour la mutuelle?
[[PERSON:Inès]]: [[ID_NUMBER:2 91 07 69 123 045 43]]. et j'habite toujours [[ADDRESS:14 rue des Tanneurs]], [[LOCATION:Lyon 7e]]""",
    # Arabizi
    """[[PERSON:Rami]]: kifak ya [[PERSON:Jad]]? fi 3andak ra2m [[TITLE:Dr.]] [[PERSON:Nassar]]?
[[PERSON:Jad]]: eh, [[PHONE_NUMBER:03 482 176]]. 2ello enno inta men taraf [[PERSON:Tony Haddad]]
[[PERSON:Rami]]: merci habibi. emme 3omra [[AGE:67]] w 3anda mawe3id kteer
[[PERSON:Jad]]: ba3atlo el 3enwen: [[ADDRESS:bineyet el Khoury, ta2 3, share3 Mar Mikhael]], [[LOCATION:Beirut]]""",
    # Portunol
    """[[PERSON:Gustavo]]: hola [[PERSON:Fer]]! tu vai vir pro asado no domingo?
[[PERSON:Fernanda]]: siii, levo a [[PERSON:Luzia]] tbm. cual é o endereço?
[[PERSON:Gustavo]]: [[ADDRESS:Rua Sarandí 1142]], [[LOCATION:Rivera]], pertinho da fronteira con [[LOCATION:Santana do Livramento]]
[[PERSON:Fernanda]]: dale! me manda tu cel que o meu quebrou
[[PERSON:Gustavo]]: [[PHONE_NUMBER:+598 99 482 173]]. y mi pix é [[EMAIL_ADDRESS:gustavo.pereira@gmail.com]] kkkk""",
    # Denglisch, Slack
    """[[USERNAME:lena.schmidt]]: Hi @[[USERNAME:mo.yilmaz]], kannst du checken ob der Onboarding-Call mit [[TITLE:Herrn]] [[PERSON:Dr. Brandt]] am [[DATE_TIME:21.11.]] confirmed ist?
[[USERNAME:mo.yilmaz]]: yes, ist gebookt. Seine Handynummer ist [[PHONE_NUMBER:0171 6620384]] falls er late ist
[[USERNAME:mo.yilmaz]]: und für Payroll brauchen wir noch seine Steuer-ID: [[ID_NUMBER:48 291 736 455]]
[[USERNAME:lena.schmidt]]: perfekt, danke! 🙌""",
    # Polish, Messenger
    """[[PERSON:Kasia]]: Hej [[PERSON:Bartek]], podeślesz mi numer konta do zwrotu za bilety?
[[PERSON:Bartek]]: jasne: [[IBAN_CODE:PL14 1140 2004 0000 3502 7816 4923]], [[PERSON:Bartłomiej Nowak]]
[[PERSON:Kasia]]: dzięki! a babcia ma urodziny [[DATE_TIME:17 maja]]? kończy [[AGE:90]] lat 😮
[[PERSON:Bartek]]: tak, impreza u cioci na [[ADDRESS:ul. Lipowej 8]] w [[LOCATION:Tarnowie]]""",
    # Turkish, WhatsApp
    """[[PERSON:Mehmet]]: [[PERSON:Ayşe]] [[TITLE:Hanım]] merhaba, kargo adresinizi teyit edebilir miyim?
[[PERSON:Ayşe]]: [[ADDRESS:Bağdat Cad. No: 134 D:5]], [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]]
[[PERSON:Mehmet]]: Teşekkürler. Fatura için TC kimlik numaranız lazım
[[PERSON:Ayşe]]: [[ID_NUMBER:52903681756]]. Telefonum da [[PHONE_NUMBER:0532 418 29 73]]""",
    # Indonesian, arisan group
    """[[TITLE:Bu]] [[PERSON:Ratna]]: Ibu-ibu, arisan bulan ini di rumah saya ya, [[ADDRESS:Jl. Kenanga No. 17]], [[LOCATION:Depok]]
[[PERSON:Sari]]: siap Bu! transfer ke BCA [[ID_NUMBER:8720481936]] a.n. [[PERSON:Ratna Dewi]] ya?
[[TITLE:Bu]] [[PERSON:Ratna]]: iya betul. yang belum bayar Mbak [[PERSON:Yuli]] sama Tante [[PERSON:Wati]]
[[PERSON:Yuli]]: maaf bu, besok ya, gajian tgl 25 😅""",
    # Swahili-English (Sheng)
    """[[PERSON:Wanjiku]]: Niaje [[PERSON:Otis]], nitumie ile doo ya rent kwa M-Pesa [[PHONE_NUMBER:0722 481 093]] sawa?
[[PERSON:Otis]]: Sawa sawa. Utanitumia ID number yako for the lease?
[[PERSON:Wanjiku]]: [[ID_NUMBER:28419307]]. Na unit ni [[ADDRESS:Hse No. B12, Kilimani Heights]], [[LOCATION:Kilimani]], [[LOCATION:Nairobi]]
[[PERSON:Otis]]: poa. Landlord ni [[TITLE:Mzee]] [[PERSON:Kamau]], namba yake [[PHONE_NUMBER:0733 920 114]]""",
    # Russian, Telegram
    """[[PERSON:Дима]]: [[PERSON:Оля]], скинь адрес для доставки
[[PERSON:Оля]]: [[ADDRESS:ул. Профсоюзная, д. 43, кв. 118]], [[LOCATION:Москва]], [[ZIP_CODE:117420]]
[[PERSON:Дима]]: ок. телефон получателя?
[[PERSON:Оля]]: [[PHONE_NUMBER:+7 916 305-17-62]], [[PERSON:Ольга Сергеевна Кравцова]]
[[PERSON:Дима]]: и карту для перевода скинь
[[PERSON:Оля]]: [[CREDIT_CARD:2200 7034 1268 8593]] (Мир)""",
    # Hebrew, WhatsApp
    """[[PERSON:אבי]]: היי [[PERSON:מיכל]], יש לך את הטלפון של [[TITLE:ד"ר]] [[PERSON:כהן]]?
[[PERSON:מיכל]]: [[PHONE_NUMBER:052-481-9376]]. תגיד שאתה חבר של [[PERSON:רונית]]
[[PERSON:אבי]]: תודה! אגב, המסיבה של סבתא ב-[[DATE_TIME:12.12]], היא בת [[AGE:85]] 🎂
[[PERSON:מיכל]]: איפה?
[[PERSON:אבי]]: אצלנו, [[ADDRESS:רחוב ז'בוטינסקי 45]], [[LOCATION:רמת גן]]""",
]

TABLE: list[str] = [
    # English CSV: dental patients
    """patient_id,title,first_name,last_name,dob,nhs_number,mobile,postcode,last_visit
[[ID_NUMBER:RDP-00418]],[[TITLE:Mrs]],[[PERSON:Halina]],[[PERSON:Zielińska]],[[DATE_TIME:02/12/1961]],[[ID_NUMBER:6128394701]],[[PHONE_NUMBER:07883214509]],[[ZIP_CODE:LS29 8RH]],[[DATE_TIME:30/09/2024]]
[[ID_NUMBER:RDP-00571]],[[TITLE:Mr]],[[PERSON:Callum]],[[PERSON:Birch]],[[DATE_TIME:11/02/1997]],[[ID_NUMBER:4853027165]],[[PHONE_NUMBER:07946118305]],[[ZIP_CODE:LS29 9DY]],[[DATE_TIME:14/03/2024]]
[[ID_NUMBER:RDP-00602]],[[TITLE:Miss]],[[PERSON:Amara]],[[PERSON:Osei-Bonsu]],[[DATE_TIME:27/07/2009]],[[ID_NUMBER:7310264584]],[[PHONE_NUMBER:07712905641]],[[ZIP_CODE:LS29 6QT]],[[DATE_TIME:02/10/2024]]""",
    # English TSV: probation caseload
    """SID\tName\tDOB\tAddress\tCity\tOfficer\tNext report
[[ID_NUMBER:MN70512263]]\t[[PERSON:Ellery]], [[PERSON:DeShawn M.]]\t[[DATE_TIME:11/03/1998]]\t[[ADDRESS:3314 Chicago Ave S, Apt 2]]\t[[LOCATION:Minneapolis]]\t[[PERSON:K. Vang]]\t[[DATE_TIME:11/19/2024]]
[[ID_NUMBER:MN50917342]]\t[[PERSON:Lindqvist]], [[PERSON:Travis J.]]\t[[DATE_TIME:06/22/1989]]\t[[ADDRESS:1208 5th St NE]]\t[[LOCATION:Columbia Heights]]\t[[PERSON:K. Vang]]\t[[DATE_TIME:11/21/2024]]
[[ID_NUMBER:MN47730158]]\t[[PERSON:Yang]], [[PERSON:Pa Nhia]]\t[[DATE_TIME:01/09/2001]]\t[[ADDRESS:655 University Ave W, Unit 3]]\t[[LOCATION:St. Paul]]\t[[PERSON:R. Osman]]\t[[DATE_TIME:12/02/2024]]""",
    # French semicolon CSV: library members
    """n° carte;nom;prénom;date de naissance;adresse;code postal;ville;courriel
[[ID_NUMBER:29006000481273]];[[PERSON:MARTIN-DIALLO]];[[PERSON:Awa]];[[DATE_TIME:03/05/1994]];[[ADDRESS:12 rue Saint-Nicolas]];[[ZIP_CODE:59000]];[[LOCATION:Lille]];[[EMAIL_ADDRESS:awa.martindiallo@free.fr]]
[[ID_NUMBER:29006000517740]];[[PERSON:LEFEBVRE]];[[PERSON:Gaspard]];[[DATE_TIME:18/11/2012]];[[ADDRESS:4 allée des Tilleuls, bât. B]];[[ZIP_CODE:59650]];[[LOCATION:Villeneuve-d'Ascq]];[[EMAIL_ADDRESS:famille.lefebvre59@orange.fr]]
[[ID_NUMBER:29006000533015]];[[PERSON:NGUYEN]];[[PERSON:Thi Bich]];[[DATE_TIME:21/01/1957]];[[ADDRESS:87 boulevard de la Liberté]];[[ZIP_CODE:59800]];[[LOCATION:Lille]];[[EMAIL_ADDRESS:bich.nguyen57@laposte.net]]""",
    # Czech pipe table: driving school pupils
    """| Jméno | Příjmení | Rodné číslo | Telefon | Zahájení výcviku | Obec |
|---|---|---|---|---|---|
| [[PERSON:Adéla]] | [[PERSON:Horáková]] | [[ID_NUMBER:005721/1484]] | [[PHONE_NUMBER:+420 737 105 662]] | [[DATE_TIME:2. 9. 2024]] | [[LOCATION:Kolín]] |
| [[PERSON:Ondřej]] | [[PERSON:Svoboda]] | [[ID_NUMBER:010411/4824]] | [[PHONE_NUMBER:+420 605 218 774]] | [[DATE_TIME:16. 9. 2024]] | [[LOCATION:Kutná Hora]] |
| [[PERSON:Lucie]] | [[PERSON:Marešová]] | [[ID_NUMBER:855203/1070]] | [[PHONE_NUMBER:+420 722 903 146]] | [[DATE_TIME:7. 10. 2024]] | [[LOCATION:Kolín]] |""",
    # Swedish fixed-width: volunteers
    """Namn                  Personnummer   Telefon         E-post                          Ort
[[PERSON:Birgitta Lundgren]]     [[ID_NUMBER:710503-2242]]    [[PHONE_NUMBER:070-215 63 08]]   [[EMAIL_ADDRESS:birgitta.lundgren@telia.com]]     [[LOCATION:Luleå]]
[[PERSON:Ahmed Yusuf Warsame]]   [[ID_NUMBER:941118-7355]]    [[PHONE_NUMBER:073-918 22 40]]   [[EMAIL_ADDRESS:ahmed.warsame94@gmail.com]]       [[LOCATION:Boden]]
[[PERSON:Elsa Nilsson]]          [[ID_NUMBER:000626-4485]]    [[PHONE_NUMBER:076-301 48 57]]   [[EMAIL_ADDRESS:elsa.nilsson00@hotmail.se]]       [[LOCATION:Luleå]]
[[PERSON:Per-Olof Sandström]]    [[ID_NUMBER:830729-6015]]    [[PHONE_NUMBER:070-664 10 93]]   [[EMAIL_ADDRESS:po.sandstrom@outlook.com]]        [[LOCATION:Piteå]]""",
    # Greek Markdown: donors
    """| Ονοματεπώνυμο | ΑΦΜ | ΑΜΚΑ | Τηλέφωνο | Πόλη | Ποσό (€) |
|---|---|---|---|---|---|
| [[PERSON:Ελένη Παπαδοπούλου]] | [[ID_NUMBER:048291739]] | [[ID_NUMBER:22037504614]] | [[PHONE_NUMBER:694 210 5538]] | [[LOCATION:Θεσσαλονίκη]] | 150 |
| [[PERSON:Γιώργος Αντωνίου]] | [[ID_NUMBER:113840251]] | [[ID_NUMBER:09086912830]] | [[PHONE_NUMBER:697 210 4488]] | [[LOCATION:Πάτρα]] | 50 |
| [[PERSON:Σοφία Κωνσταντίνου]] | [[ID_NUMBER:130572692]] | [[ID_NUMBER:14128305373]] | [[PHONE_NUMBER:693 118 2207]] | [[LOCATION:Ηράκλειο]] | 300 |""",
    # Hebrew CSV: tenants
    """שם,ת.ז.,טלפון,כתובת,עיר,תחילת חוזה
[[PERSON:יוסי אברהם]],[[ID_NUMBER:057182933]],[[PHONE_NUMBER:050-418-2297]],[[ADDRESS:רחוב ביאליק 18 דירה 4]],[[LOCATION:חיפה]],[[DATE_TIME:01.08.2024]]
[[PERSON:תמר גולדברג]],[[ID_NUMBER:312048754]],[[PHONE_NUMBER:052-903-1146]],[[ADDRESS:רחוב ביאליק 18 דירה 7]],[[LOCATION:חיפה]],[[DATE_TIME:15.09.2024]]
[[PERSON:סמיר חורי]],[[ID_NUMBER:326904174]],[[PHONE_NUMBER:054-771-3820]],[[ADDRESS:שדרות הנשיא 102]],[[LOCATION:חיפה]],[[DATE_TIME:01.11.2024]]""",
    # Korean TSV: gym members
    """회원번호\t이름\t생년월일\t휴대폰\t이메일\t주소
[[ID_NUMBER:GM-20418]]\t[[PERSON:김서연]]\t[[DATE_TIME:1995.03.14]]\t[[PHONE_NUMBER:010-4821-7736]]\t[[EMAIL_ADDRESS:seoyeon.kim95@naver.com]]\t[[LOCATION:서울]] [[LOCATION:마포구]] [[ADDRESS:월드컵북로 235, 302호]]
[[ID_NUMBER:GM-20433]]\t[[PERSON:박준호]]\t[[DATE_TIME:1988.11.02]]\t[[PHONE_NUMBER:010-9182-4407]]\t[[EMAIL_ADDRESS:junho.park@daum.net]]\t[[LOCATION:서울]] [[LOCATION:마포구]] [[ADDRESS:성암로 15길 12]]
[[ID_NUMBER:GM-20457]]\t[[PERSON:이하은]]\t[[DATE_TIME:2001.07.29]]\t[[PHONE_NUMBER:010-3370-1958]]\t[[EMAIL_ADDRESS:haeun.lee01@gmail.com]]\t[[LOCATION:고양시]] [[LOCATION:덕양구]] [[ADDRESS:화정로 33, 1104동 702호]]""",
    # Chinese JSON lines: car rentals
    """{"姓名": "[[PERSON:王建国]]", "身份证号": "[[ID_NUMBER:110105198604120038]]", "手机": "[[PHONE_NUMBER:138 1063 5520]]", "取车日期": "[[DATE_TIME:2024-10-01]]", "还车日期": "[[DATE_TIME:2024-10-07]]", "车牌": "[[ID_NUMBER:京N·8K2F7]]"}
{"姓名": "[[PERSON:陈美玲]]", "身份证号": "[[ID_NUMBER:320582199211302840]]", "手机": "[[PHONE_NUMBER:139 6201 4458]]", "取车日期": "[[DATE_TIME:2024-10-02]]", "还车日期": "[[DATE_TIME:2024-10-05]]", "车牌": "[[ID_NUMBER:苏E·3M91Q]]"}
{"姓名": "[[PERSON:刘浩然]]", "身份证号": "[[ID_NUMBER:420106200103094715]]", "手机": "[[PHONE_NUMBER:187 7124 0936]]", "取车日期": "[[DATE_TIME:2024-10-03]]", "还车日期": "[[DATE_TIME:2024-10-08]]", "车牌": "[[ID_NUMBER:鄂A·7P4T2]]"}""",
    # Vietnamese YAML list: payroll
    """- họ_tên: [[PERSON:Trần Văn Hùng]]
  số_cccd: "[[ID_NUMBER:001089014827]]"
  số_tài_khoản: "[[ID_NUMBER:0451000730615]]"
  ngân_hàng: Vietcombank
  ngày_vào_làm: [[DATE_TIME:2021-03-15]]
- họ_tên: [[PERSON:Nguyễn Thị Lan]]
  số_cccd: "[[ID_NUMBER:036192007351]]"
  số_tài_khoản: "[[ID_NUMBER:19036615207012]]"
  ngân_hàng: Techcombank
  ngày_vào_làm: [[DATE_TIME:2023-08-01]]
- họ_tên: [[PERSON:Lê Minh Quân]]
  số_cccd: "[[ID_NUMBER:079095012264]]"
  số_tài_khoản: "[[ID_NUMBER:0071001938442]]"
  ngân_hàng: Vietcombank
  ngày_vào_làm: [[DATE_TIME:2024-01-02]]""",
    # Indonesian HTML rows: scout members
    """<tr><th>Nama</th><th>Tanggal Lahir</th><th>Umur</th><th>Alamat</th><th>Kota</th><th>Nama Orang Tua</th><th>No. HP Orang Tua</th></tr>
<tr><td>[[PERSON:Raka Pratama]]</td><td>[[DATE_TIME:12-05-2012]]</td><td>[[AGE:12]]</td><td>[[ADDRESS:Jl. Cempaka Putih No. 8]]</td><td>[[LOCATION:Bogor]]</td><td>[[PERSON:Dewi Lestari]]</td><td>[[PHONE_NUMBER:0812-3306-7152]]</td></tr>
<tr><td>[[PERSON:Nur Aisyah]]</td><td>[[DATE_TIME:03-01-2013]]</td><td>[[AGE:11]]</td><td>[[ADDRESS:Perum Griya Asri Blok C2 No. 14]]</td><td>[[LOCATION:Bogor]]</td><td>[[PERSON:Hendra Wijaya]]</td><td>[[PHONE_NUMBER:0857-1102-3349]]</td></tr>
<tr><td>[[PERSON:Kevin Sihombing]]</td><td>[[DATE_TIME:28-09-2011]]</td><td>[[AGE:13]]</td><td>[[ADDRESS:Jl. Pajajaran No. 120]]</td><td>[[LOCATION:Bogor]]</td><td>[[PERSON:Maria Situmorang]]</td><td>[[PHONE_NUMBER:0813-9920-4471]]</td></tr>""",
    # Hungarian semicolon CSV: adoption applicants
    """Név;Születési dátum;TAJ szám;Adóazonosító jel;Lakcím;Irányítószám;Település
[[PERSON:Kovács Eszter]];[[DATE_TIME:1984.03.22]];[[ID_NUMBER:072948161]];[[ID_NUMBER:8428144176]];[[ADDRESS:Petőfi utca 14. 2/5]];[[ZIP_CODE:6720]];[[LOCATION:Szeged]]
[[PERSON:Kovács Bence]];[[DATE_TIME:1987.10.05]];[[ID_NUMBER:120583375]];[[ID_NUMBER:8441062285]];[[ADDRESS:Petőfi utca 14. 2/5]];[[ZIP_CODE:6720]];[[LOCATION:Szeged]]
[[PERSON:Szabó-Nagy Réka]];[[DATE_TIME:1979.06.30]];[[ID_NUMBER:038215746]];[[ID_NUMBER:8410872935]];[[ADDRESS:Rákóczi út 41.]];[[ZIP_CODE:1088]];[[LOCATION:Budapest]]""",
    # English pipe table: crew list
    """| Name | Nationality | Rank | DOB | Passport | Seaman's book |
|---|---|---|---|---|---|
| [[PERSON:Renato B. Santos]] | [[NRP:Filipino]] | Master | [[DATE_TIME:14 Feb 1979]] | [[ID_NUMBER:P7150362B]] | [[ID_NUMBER:C1706352]] |
| [[PERSON:Adam P. Kowalczyk]] | [[NRP:Polish]] | Chief Engineer | [[DATE_TIME:22 Sep 1986]] | [[ID_NUMBER:EK3306615]] | [[ID_NUMBER:WS0048213]] |
| [[PERSON:Oleksii Bondarenko]] | [[NRP:Ukrainian]] | 2nd Officer | [[DATE_TIME:30 Jan 1993]] | [[ID_NUMBER:FK631052]] | [[ID_NUMBER:AB 705113]] |
| [[PERSON:Tomasi Ravouvou]] | [[NRP:Fijian]] | Bosun | [[DATE_TIME:05 Aug 1984]] | [[ID_NUMBER:FJ0071536]] | [[ID_NUMBER:FJS-60735]] |""",
    # English CSV: gym members
    """member_id,full_name,dob,email,phone,zip,emergency_contact,emergency_phone
[[ID_NUMBER:PF-118204]],[[PERSON:Keisha Monroe]],[[DATE_TIME:1990-04-17]],[[EMAIL_ADDRESS:keisha.monroe@gmail.com]],[[PHONE_NUMBER:(404) 555-0119]],[[ZIP_CODE:30312]],[[PERSON:Dwayne Monroe]],[[PHONE_NUMBER:(404) 555-0183]]
[[ID_NUMBER:PF-118377]],[[PERSON:Luis Ángel Barrios]],[[DATE_TIME:1985-12-03]],[[EMAIL_ADDRESS:labarrios85@yahoo.com]],[[PHONE_NUMBER:(678) 555-0142]],[[ZIP_CODE:30316]],[[PERSON:Carmen Barrios]],[[PHONE_NUMBER:(678) 555-0107]]
[[ID_NUMBER:PF-118402]],[[PERSON:Hannah Greer]],[[DATE_TIME:2003-08-25]],[[EMAIL_ADDRESS:hgreer03@icloud.com]],[[PHONE_NUMBER:(470) 555-0166]],[[ZIP_CODE:30307]],[[PERSON:Tom Greer]],[[PHONE_NUMBER:(470) 555-0128]]""",
    # English JSON lines: immigration clients
    """{"client": "[[PERSON:Carlos Eduardo Paz Mejía]]", "a_number": "[[ID_NUMBER:A212-483-907]]", "country_of_birth": "[[LOCATION:Honduras]]", "nationality": "[[NRP:Honduran]]", "next_hearing": "[[DATE_TIME:2025-01-14]]", "phone": "[[PHONE_NUMBER:832-555-0147]]"}
{"client": "[[PERSON:Mariam Yusuf Abdi]]", "a_number": "[[ID_NUMBER:A219-884-302]]", "country_of_birth": "[[LOCATION:Somalia]]", "nationality": "[[NRP:Somali]]", "next_hearing": "[[DATE_TIME:2025-02-03]]", "phone": "[[PHONE_NUMBER:612-555-0164]]"}
{"client": "[[PERSON:Oksana Melnyk]]", "a_number": "[[ID_NUMBER:A240-117-865]]", "country_of_birth": "[[LOCATION:Ukraine]]", "nationality": "[[NRP:Ukrainian]]", "next_hearing": "[[DATE_TIME:2025-03-21]]", "phone": "[[PHONE_NUMBER:718-555-0190]]"}""",
    # English fixed-width: car rentals (Australia)
    """RENTER                 LICENCE            PICK-UP      RETURN       CARD                  REGO
[[PERSON:Mia Kowalski]]           NSW [[ID_NUMBER:20571948]]       [[DATE_TIME:01/11/2024]]   [[DATE_TIME:04/11/2024]]   [[CREDIT_CARD:5396 1682 0755 0431]]   [[ID_NUMBER:CT 48 QZ]]
[[PERSON:Jayden Walker]]          QLD [[ID_NUMBER:085561204]]      [[DATE_TIME:02/11/2024]]   [[DATE_TIME:09/11/2024]]   [[CREDIT_CARD:4508 7533 1962 0178]]   [[ID_NUMBER:DN 71 KP]]
[[PERSON:Aroha Ngata]]            NZ [[ID_NUMBER:DK730264]]        [[DATE_TIME:03/11/2024]]   [[DATE_TIME:05/11/2024]]   [[CREDIT_CARD:3765 118402 97321]]    [[ID_NUMBER:CT 91 RW]]""",
    # English YAML list: funeral arrangements
    """- deceased: [[PERSON:Josephine Mabel Tuilagi-Hart]]
  date_of_death: [[DATE_TIME:2024-10-20]]
  age: [[AGE:83]]
  next_of_kin: [[PERSON:Graham Hart]]
  nok_phone: "[[PHONE_NUMBER:0408 771 293]]"
  service: [[DATE_TIME:2024-11-01]]
- deceased: [[PERSON:Ronald Keith Pascoe]]
  date_of_death: [[DATE_TIME:2024-10-24]]
  age: [[AGE:91]]
  next_of_kin: [[PERSON:Judith Pascoe]]
  nok_phone: "[[PHONE_NUMBER:03 6331 4482]]"
  service: [[DATE_TIME:2024-11-04]]
- deceased: [[PERSON:Nguyen Van Binh]]
  date_of_death: [[DATE_TIME:2024-10-27]]
  age: [[AGE:76]]
  next_of_kin: [[PERSON:Nguyen Thi Mai]]
  nok_phone: "[[PHONE_NUMBER:0431 226 905]]"
  service: [[DATE_TIME:2024-11-06]]""",
    # English HTML rows: fishing licence holders
    """<tr><th>Name</th><th>Fisher ID</th><th>Community</th><th>Phone</th><th>Licence</th></tr>
<tr><td>[[PERSON:Joseph Paul]]</td><td>[[ID_NUMBER:FIN 061538]]</td><td>[[LOCATION:Eskasoni]]</td><td>[[PHONE_NUMBER:902-555-0131]]</td><td>[[ID_NUMBER:LOB-33-1182]]</td></tr>
<tr><td>[[PERSON:Marie-Claire Doucet]]</td><td>[[ID_NUMBER:FIN 117403]]</td><td>[[LOCATION:Chéticamp]]</td><td>[[PHONE_NUMBER:902-555-0178]]</td><td>[[ID_NUMBER:LOB-33-0947]]</td></tr>
<tr><td>[[PERSON:Darrell MacNeil]]</td><td>[[ID_NUMBER:FIN 092875]]</td><td>[[LOCATION:Ingonish]]</td><td>[[PHONE_NUMBER:902-555-0154]]</td><td>[[ID_NUMBER:SC-27-0418]]</td></tr>""",
    # English TSV: pet insurance policyholders
    """owner\temail\tphone\tpostcode\tpet\tpet age\tvet visit
[[PERSON:Siddharth Rao]]\t[[EMAIL_ADDRESS:sid.rao84@gmail.com]]\t[[PHONE_NUMBER:07700 182934]]\t[[ZIP_CODE:LU1 3RT]]\tBiscuit\t6\t[[DATE_TIME:21/06/2024]]
[[PERSON:Fiona Gallagher]]\t[[EMAIL_ADDRESS:fi.gallagher@hotmail.co.uk]]\t[[PHONE_NUMBER:07511 904326]]\t[[ZIP_CODE:G12 8QQ]]\tMango\t3\t[[DATE_TIME:02/08/2024]]
[[PERSON:Abdul Rahman Sheikh]]\t[[EMAIL_ADDRESS:arsheikh@outlook.com]]\t[[PHONE_NUMBER:07432 661078]]\t[[ZIP_CODE:B10 0NP]]\tLuna\t11\t[[DATE_TIME:15/09/2024]]""",
    # English Markdown: translation jobs
    """| Client | Document holder | Document | Holder's ID | Pair | Client email |
|---|---|---|---|---|---|
| [[PERSON:Zeynep Aksoy]] | [[PERSON:Emre Yıldız]] | birth certificate | [[ID_NUMBER:38471205976]] | TR>EN | [[EMAIL_ADDRESS:z.aksoy@ceviribiz.com.tr]] |
| [[PERSON:Oleksandra Hnatiuk]] | [[PERSON:Oleksandra Hnatiuk]] | diploma | [[ID_NUMBER:3293904722]] | UK>EN | [[EMAIL_ADDRESS:o.hnatiuk@ukr.net]] |
| [[PERSON:Giulia Ferraro]] | [[PERSON:Giulia Ferraro]] | driving licence | [[ID_NUMBER:FRRGLI88C54A662Y]] | IT>EN | [[EMAIL_ADDRESS:giulia.ferraro88@libero.it]] |""",
]

LOOKALIKE: list[str] = [
    # no PII: safety data sheet excerpt
    """SAFETY DATA SHEET (excerpt), section 1 and 14
Acetone, CAS 67-64-1, EC 200-662-2, UN 1090, packing group II, flash point -20 °C.
Ethanol absolute, CAS 64-17-5, UN 1170. Sodium hydroxide pellets, CAS 1310-73-2, UN 1823.
Hydrochloric acid 37 %, CAS 7647-01-0, UN 1789. Product no. 1.00983.2500, batch K54821736 419, EAN 4006381333931.
Store below 25 °C; keep away from Bunsen burners. Use a Büchner funnel and an Erlenmeyer flask for filtration.""",
    # no PII: release notes
    """Release 4.17.21 (build 20241104.3)
- Fixes CVE-2024-3094 and GHSA-8r3f-844c-mc37 in the bundled xz.
- Image digest sha256:9b2e7c41d0f83a5e6b1c2d4f8a7e9c0b3d5f1a2e4c6b8d0f2a4c6e8b0d2f4a6c.
- Commit 3f9a2c1e7b04d55a9e12c3b7d8f60a14e2b9c573, job UUID 0f8e2b6c-91d4-4a7e-b3c5-6d2e1f9a0b47.
- Default port moved from 8443 to 9443; firmware 2.10.4.255 still supported.
- New: Dijkstra routing, Levenshtein fuzzy search, and a Bloom filter for the Bayesian spam score.""",
    # no PII: shipping notice
    """ARRIVAL NOTICE
Vessel: MSC Gülsün, IMO 9714068, voyage 447W. POL NLRTM, POD GBFXT.
Container CMAU5530780 (40HC), seal ML-4482917, B/L MEDU48291736, HS 8471.30, 1,204 kg.
Container MSKU4817360 (20GP), seal ML-4482918, B/L MEDU48291737, HS 9403.60, 3,880 kg.
Free time: 7 days. Storage from day 8: GBP 35 per TEU per day. Customs entry ref 24GB48291736A1B2C3.""",
    # no PII: library shelf list
    """Shelf list, medical and maths collection (new accessions)
WH 500 HOD  Hodgkin lymphoma: a clinical atlas, 3rd ed. ISBN 978-955-1234-84-3
WL 359 ALZ  Alzheimer disease and the Lewy body spectrum. ISBN 978-1-84708-327-2
QA 274.7 MAR  Markov chains and Gaussian processes. ISBN 978-0-307-26475-6
Journals: Lancet Rheumatology, ISSN 1473-2092; Annales de l'Institut Fourier, ISSN 0395-6814
Articles on order: doi:10.1016/j.cell.2023.04.017; arXiv:2403.11827 (Riemann zeta zeros)""",
    # no PII: departures board
    """DEPARTURES, TERMINAL 5
BA 287   SFO   13:55   Gate B42   Boarding   G-XWBA
QF 2     SYD   14:10   Gate C58   Go to gate VH-ZNJ
EK 4     DXB   14:35   Gate B36   Delayed 15:20
AY 1332  HEL   14:40   Gate A10   Boarding   OH-LZD
METAR EGLL 041150Z 24012KT 9999 FEW025 12/08 Q1012 NOSIG""",
    # order confirmation with one customer
    """Order 112-4829173-6620148 confirmed. Invoice INV-2024-004821. Tracking TBA304817265000.
1 x Dr. Martens 1460 boots, size UK 7, SKU B0C4X7K2QZ, EAN 5012345009872
2 x Ben & Jerry's Cookie Dough 465 ml, product code ES-IT 2290 4817 0033
Delivering to: [[PERSON:Harriet Oduya]], [[ADDRESS:Flat 6, 210 Kingsland Road]], [[LOCATION:London]] [[ZIP_CODE:E2 8AX]].
Questions? Call customer services on 0800 496 1081.""",
    # museum guide with a museum address
    """Visitor guide: the Anne Frank House is at [[ADDRESS:Westermarkt 20]]; timed tickets only. From there walk along the
Prinsengracht to the Rembrandt House Museum and the Van Gogh Museum. The Hermitage and the Nemo science centre are
closed on Mondays. Questions at the desk: ask for our guide [[PERSON:Femke]].""",
    # lab notebook
    """Buffer prep, page 48. Tris base (CAS 77-86-1), lot SLCB4821, 12.11 g in 1 L Milli-Q water (CAS 7732-18-5), pH 8.0 with
HCl (CAS 7647-01-0). Gilson P1000 serial DK48291, Eppendorf 5424 centrifuge serial 5404 BR 482917. Plated on Petri dishes
with Luria broth; Gram stain pending. Prepared by [[PERSON:R. Adeyemi-Clarke]], checked by [[PERSON:Dr. Lin Zhao]].""",
    # car service invoice
    """Service invoice SI-48291. Vehicle: Porsche Macan, reg [[ID_NUMBER:WR19 PZX]], VIN WP1ZZZ95ZKLB48291, mileage 38,204.
Parts: Bosch brake pads 0 986 494 525 (x1 set), Michelin Pilot Sport 4 235/55 R19 (x2), Mann filter HU 7020 z.
Labour 2.5 h. Customer: [[PERSON:Mr Jasper Okonedo]], mobile [[PHONE_NUMBER:07841 220 936]]. Workshop: 01793 480 220.""",
    # pharmacy stock list
    """Ward stock check. Lugol's iodine 5 % (lot L4821, exp 03/2026); Hartmann's solution 1000 ml (NDC 0338-0117-04);
Ringer's lactate 500 ml; Pfizerpen 5 MU; Epstein-Barr serology kits (ref EBV-48); Foley catheters 14 Fr (REF 0165L14).
One vial of Ringer's reserved for bed 12, [[PERSON:Mrs O. Fagbemi]], MRN [[ID_NUMBER:H7306152]].""",
    # bank brochure with sample numbers
    """How to read your statement. A sample IBAN looks like DE00 1234 5678 9012 3456 78 and a SWIFT code like DEUTDEFF;
UK sort codes look like 40-11-62 and Australian BSBs like 062-000. Routing number 021000021 is printed on cheques.
Call 0800 123 4567 (24/7). Your relationship manager: [[PERSON:Priyanka Sood]], [[EMAIL_ADDRESS:priyanka.sood@harbourbank.co.uk]].""",
    # race results
    """Results, 10 km. 1. Bib 4417, [[PERSON:Almaz Tesfaye]] ([[AGE:27]], [[LOCATION:Bekoji]]), 31:02, chip 31:01. 2. Bib 1180,
pacer (no time). Course record set at the Abebe Bikila Stadium in 2019 still stands: 30:44. Split at 5 km: 15:31.
Next race: the Roland-Garros Fun Run, Sunday, 9:00, 3 km and 10 km.""",
    # courier proof of delivery
    """Delivery update: parcel 1Z999AA10123456784 left the [[LOCATION:Tamworth]] hub and was delivered at 14:07.
POD ref POD-48291736. Signed for by: [[PERSON:A. NWOSU]]. Driver route 44B, van 4417.
Service: Express Saver, weight 2.4 kg, dims 40x30x20 cm.""",
    # restaurant booking
    """Booking confirmed, ref BK-4482917, table 12 for 4 at 19:30. Menu highlights: Caesar salad, Beef Wellington,
Eggs Benedict, Peach Melba, Earl Grey panna cotta. Name on booking: [[PERSON:Toby Ferreira-Lund]], mobile
[[PHONE_NUMBER:07389 104 552]]. Restaurant: 020 7946 0180.""",
    # property listing
    """MLS# 48291736. Three-bed craftsman on Churchill Avenue, two blocks from Lincoln Park and 20 minutes to JFK.
Coordinates 40.6912, -73.8105. HOA $120/mo. Listing agent: [[PERSON:Dana Whitcomb]], licence [[ID_NUMBER:SL3306715]].
Office: (718) 555-0100.""",
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
    write_and_report("blind15", STYLES, OUT)


if __name__ == "__main__":
    main()

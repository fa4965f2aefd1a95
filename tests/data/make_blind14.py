"""Build tests/data/blind14.jsonl: a fourteenth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind14.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts); only the module docstring of make_blind13.py, gold_sets.py, and
the `parse()` helper of make_handwritten.py (with its two regexes, MARK and
TITLE_IN_NAME) were read, to keep the conventions and the file format. The
import lines below follow gold_sets.py (which imports make_handwritten from
the same folder). The detector was never run on this file. Do not tune the
detector against it: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country, also for the countries gold_sets.py does
not list (check digits worked out by hand-run throwaway code while writing,
not generated here; `gold_sets.check` re-checks cards and IBANs and refuses
a bad one). National ids with a public check digit (BSN, PESEL, DNI,
Portuguese NIF, CPF and PIS, Chilean RUT, Argentine CUIL and CBU, Mexican
CURP and IMSS NSS, personnummer, Norwegian fødselsnummer and bank account
number, henkilötunnus, Danish CPR (old mod-11 rule), Estonian isikukood,
Lithuanian asmens kodas, Latvian personas kods, Croatian OIB, Greek AMKA
and AFM, T.C. Kimlik, codice fiscale, NIR, AHV, Austrian SV-Nr., Belgian
national number, Czech and Slovak rodné číslo, Romanian CNP, Bulgarian
EGN, Serbian JMBG, Hungarian TAJ, Ukrainian RNOKPP, NHS number, SIN,
Ontario health card, NPI and DEA numbers, South African ID, Israeli Teudat
Zehut, Aadhaar, Singapore NRIC, HKID, Taiwanese national id, Chinese
resident id, Thai national id, Korean RRN, Japanese My Number, Emirates
ID, Saudi national id, Australian TFN, Medicare number and IHI, New
Zealand NHI and IRD number, Irish PPSN, Nigerian NUBAN, ORCID iD) were
given a valid one the same way, and so were the look-alikes that carry
one (ISO 6346 container numbers, IMO ship numbers, ISBN, ISSN); Peruvian,
Colombian, Argentine, Kenyan, Ghanaian, Moroccan, Egyptian, Pakistani,
Bhutanese, Senegalese, Indonesian, Malaysian and Vietnamese ids, KRA PINs,
Philippine SSS, TIN and PhilSys numbers, Brazilian RG, Quebec RAMQ numbers
and codes permanents, Medicare MBI, Medicaid ids, UK NI numbers and UTRs,
PAN, Centrelink CRN, Maltese ID cards, NMC PINs, DBS certificates,
student, staff, member and customer numbers, passports, residence
permits, licences, plates, Steam ids and crypto wallet addresses were not
checked.

Styles (ids `blind14-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool (public PII-masking benchmarks such as
ai4privacy pii-masking-200k/300k, gretel-pii-masking-en and Nemotron-PII,
LLM-generated "realistic sentences containing personal data", and labeled
exports from CRM, HR, clinic, school and bank systems):
- `gen` (75): one to three LLM-style sentences across utilities (power,
  gas, water), pensions and superannuation, vets (the owner's data), airline
  crews and passengers, seafarers and marinas, construction sites,
  universities and theses, elections and proxy votes, sports clubs,
  property management, recruitment, pharmacies, couriers, hotels, mosques,
  churches and gurdwaras, and newsrooms; people from West, East and
  Southern Africa, South, East and Southeast Asia, the Arab world, Slavic,
  Baltic and Nordic countries, Latin America (Mapuche, Quechua and Basque
  names among them), the Pacific, First Nations and the Anglosphere, names
  that are also words or places (Blessing, Chance, Memory, Lucky, Sunny,
  Harmony, Cliff, Rose, Dakota, Austin, Adelaide, Rocky), and ages and
  dates said in many ways.
- `bench` (70): dense form-like paragraphs in the manner of ai4privacy,
  gretel and Nemotron-PII records (titles, names, sex, age, DOB, job,
  employer, street, unit, city, region, zip, country, phone, email,
  username, password, account, IBAN and card numbers, SSN, passport,
  licence, national and tax ids, plates, IPv4 / IPv6, MACs, wallets, user
  agents, profile URLs). Half in English, the rest in Spanish, Portuguese,
  French, German, Italian, Dutch, Polish, Swedish, Danish, Norwegian,
  Finnish, Hungarian, Slovak, Croatian, Lithuanian, Latvian, Greek,
  Turkish, Arabic, Ukrainian, Vietnamese, Thai, Korean, Japanese, Chinese
  (Taiwan), Indonesian, Malay, Filipino, Swahili and Hindi.
- `doc` (30): longer documents (an OCR'd disconnection letter, a
  superannuation rollover form, a vet referral, an airline cabin
  occurrence report, a Filipino sworn statement, a construction accident
  report, an academic reference, a polling-unit incident form, bowling
  club AGM minutes, a Scottish notice to leave, a reference-check email
  thread, a medication incident report, a courier claim thread in Spanish,
  a resort guest incident report, church notices, a news article, a FHIR
  Patient resource in JSON, a YAML on-call rota, a lost-property report, a
  tenancy tribunal order, an OCR'd handwritten planning objection, a CEGEP
  disciplinary decision, a scholarship letter, a Ghanaian funeral poster, a
  property loss notice, a German witness statement, an attestation
  d'hébergement, Italian condominium minutes, an HR XML export and a
  Brazilian CV) with twelve to thirty labeled spans each and non-PII
  look-alikes.
- `chat` (30): informal messages and transcripts (SMS, WhatsApp, Slack,
  Discord, Teams, Telegram, KakaoTalk, Zalo, Messenger, forum and Reddit
  posts, support chats, call-centre transcripts, voicemails), with
  lowercase names, nicknames, typos, emoji, handles, loose numbers, half
  addresses and numbers spoken in words; twelve in other languages or
  mixed (Manglish, Québécois French, Afrikaans, German, Korean, Nigerian
  Pidgin, Spanglish, Dutch, Vietnamese, Swedish, Hinglish, Mexican
  Spanish).
- `table` (20): one row-oriented table per record as text (CSV, TSV,
  semicolon CSV, pipe / Markdown tables, fixed-width columns, JSON lines
  rows, whose keys stand for the header) with a header row and three or
  four data rows: utility customers, pension participants, vet clients,
  an airline crew roster, marina berth
  holders, a site sign-in sheet, thesis submissions, polling staff, sports
  club members, a rent roll, a recruitment pipeline, a dispensing log, a
  courier manifest, a hotel guest register, church members, journalist
  contacts, a bank export, a school roll, clinic patients and SACCO
  members; headers in English, Dutch, Spanish, German, Polish, Italian,
  Portuguese, Turkish and Japanese. Every PII cell is labeled.
- `lookalike` (15): mostly non-PII text full of look-alikes (container,
  seal, IMO and MMSI numbers, HS and UN codes, METAR and NOTAM groups,
  flight numbers and aircraft registrations, lots, NDC, ATC and CAS codes,
  versions and build numbers, CVEs, digests, OIDs, ports, ISBNs, ISSNs,
  DOIs, arXiv ids, shelf marks, quotes, planning refs, hymn and Bible
  references, race times and bibs, microchips, batches, MPANs and meter
  numbers, legal land descriptions, tracking and POD refs, transaction
  hashes and contract addresses, eponyms and people-named collections,
  rooms and brands), with the few real PII values labeled; 5 of the 15
  records have no PII at all.

Labeling conventions: the same as in make_blind13.py (and make_blind12.py
back to make_blind6.py), copied here from the docstring of make_blind13.py:
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
- Calls made while writing this set, in the same spirit: the Dutch
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
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind14.jsonl")

GEN: list[str] = []
BENCH: list[str] = []
DOC: list[str] = []
CHAT: list[str] = []
TABLE: list[str] = []
LOOKALIKE: list[str] = []

GEN += [
    # utilities, UK
    (
        "Please update the billing address for [[PERSON:Oluwaseun Adeyemi-Clarke]] to [[ADDRESS:Flat 3, 27 Gorse Hill Road]], "
        "[[LOCATION:Swindon]] [[ZIP_CODE:SN2 1HP]]. His customer number is [[ID_NUMBER:8102 445 917]] and he moved in on "
        "[[DATE_TIME:14 February 2025]]."
    ),
    # pension, NL
    (
        "[[TITLE:Mw.]] [[PERSON:Henrike Bosveld]] (BSN [[ID_NUMBER:174820367]], geboren [[DATE_TIME:03-06-1959]]) gaat op "
        "[[DATE_TIME:1 juli 2026]] met pensioen; haar pensioen wordt gestort op [[IBAN_CODE:NL86 ABNA 0583 9217 46]]."
    ),
    # vet, AU
    (
        "Owner [[PERSON:Tane Whakaruru]] (mob [[PHONE_NUMBER:0412 338 905]]) has booked Pepper, a 3 yo kelpie, in for desexing on "
        "Thursday [[DATE_TIME:9 October]]; drop-off at 8am at the [[LOCATION:Palmerston North]] clinic."
    ),
    # aviation
    (
        "Crew change for DY1302 to [[LOCATION:Tromsø]] on [[DATE_TIME:22 Nov]]: [[TITLE:Captain]] [[PERSON:Ingrid Solbakken]] "
        "(licence [[ID_NUMBER:NO.FCL.0418227]]) takes the left seat, with [[PERSON:Arjun Mehra]] as first officer."
    ),
    # maritime
    (
        "Seafarer [[PERSON:Rommel Dizon Bautista]], born [[DATE_TIME:17/08/1988]] in [[LOCATION:Iloilo City]], SIRB no. "
        "[[ID_NUMBER:C0912274]], signed on MV Nordic Tern (IMO 9402161) at [[LOCATION:Rotterdam]] on [[DATE_TIME:3 March 2025]]."
    ),
    # construction
    (
        "Site induction for [[PERSON:Kwabena Asante]] (CSCS card [[ID_NUMBER:03984412]]) was completed on [[DATE_TIME:6/5/25]] at "
        "the [[ADDRESS:112-118 Dock Street]] job in [[LOCATION:Leeds]]. Emergency contact: his wife [[PERSON:Abena]], "
        "[[PHONE_NUMBER:07712 904 318]]."
    ),
    # academia
    (
        "[[PERSON:Prof. Mei-Ling Tsai]] (ORCID [[ID_NUMBER:0000-0002-7319-485X]]) has agreed to examine the thesis of "
        "[[PERSON:Daniel Okonkwo]], student number [[ID_NUMBER:s2291047]]; the viva is set for [[DATE_TIME:12 December 2025]]."
    ),
    # elections, Peru
    (
        "La electora [[PERSON:Marisol Quispe Huamán]], DNI [[ID_NUMBER:41837265]], vota en la mesa 041822 del colegio de "
        "[[LOCATION:San Juan de Lurigancho]]; nació el [[DATE_TIME:9 de enero de 1983]]."
    ),
    # sports club, Ireland
    (
        "Welcome to Ballyhale Harriers, [[PERSON:Siobhán Ní Bhriain]]! Your membership number is [[ID_NUMBER:BH-25-0173]] and "
        "your daughter [[PERSON:Aoife]] ([[AGE:11]]) is in the U12 group on Tuesdays."
    ),
    # property management, AU
    (
        "Tenant [[PERSON:Laleh Karimi]] reported a leak under the kitchen sink at [[ADDRESS:Unit 14, 88 Ridley Avenue]], "
        "[[LOCATION:Fremantle]] [[LOCATION:WA]] [[ZIP_CODE:6160]]. Best to call her on [[PHONE_NUMBER:+61 438 201 776]] after 3pm."
    ),
    # recruitment
    (
        "Candidate [[PERSON:Tomasz Wójcik-Lind]], [[AGE:34]], applied for REQ-88213 (Senior Estimator) from "
        "[[EMAIL_ADDRESS:t.wojcik.lind@onet.pl]]; he can start on [[DATE_TIME:1 September]] and his profile is "
        "[[URL:https://www.linkedin.com/in/tomasz-wojcik-lind]]."
    ),
    # pharmacy, US
    (
        "Rx 6650213 for [[PERSON:Delores Whitehorse]], DOB [[DATE_TIME:04/19/1951]], was called in by [[PERSON:Dr. Aaron Feld]] "
        "(DEA [[ID_NUMBER:BF4821737]], NPI [[ID_NUMBER:1943726517]]) and is ready for pickup."
    ),
    # courier, Nigeria
    (
        "Rider, this one is for [[TITLE:Alhaja]] [[PERSON:Kudirat Olawale]], [[ADDRESS:14 Adeola Odeku Street]], "
        "[[LOCATION:Victoria Island]], [[LOCATION:Lagos]]. She said to call [[PHONE_NUMBER:0803 441 2290]] when you reach the gate."
    ),
    # hospitality, Japan guest
    (
        "Guest [[PERSON:Haruto Kobayashi]] checks in on [[DATE_TIME:2025-04-03]] and out on [[DATE_TIME:2025-04-06]]; Marriott "
        "Bonvoy member [[ID_NUMBER:417 028 936]], passport [[ID_NUMBER:TZ1048822]], late arrival after 11pm."
    ),
    # faith community, Sierra Leone
    (
        "[[TITLE:Imam]] [[PERSON:Abdul-Karim Sesay]] will officiate the nikah of [[PERSON:Fatmata Kamara]] and "
        "[[PERSON:Ibrahim Conteh]] on Saturday [[DATE_TIME:16 August]] at the mosque at [[ADDRESS:22 Wellington Street]], "
        "[[LOCATION:Freetown]]."
    ),
    # journalism, ZA
    (
        "Reporter [[PERSON:Nomvula Dlamini]] interviewed [[PERSON:Sipho Mthembu]], [[AGE:67]], a retired miner from "
        "[[LOCATION:Welkom]], on [[DATE_TIME:2 May]]; his ID number [[ID_NUMBER:5708055192085]] was visible in the leaked file."
    ),
    # water utility, Kenya
    (
        "Water account [[ID_NUMBER:3004172291]] is in the name of [[PERSON:Wanjiru Kamau]], KRA PIN [[ID_NUMBER:A004518827Z]], "
        "at [[ADDRESS:Plot 44, Kiambu Road]], [[LOCATION:Ruaka]]; she pays by M-Pesa from [[PHONE_NUMBER:0722 614 093]]."
    ),
    # pension, Chile
    (
        "La afiliada [[PERSON:Rosa Elena Catrileo Ñancupil]], RUT [[ID_NUMBER:8.214.377-7]], solicitó su pensión de vejez el "
        "[[DATE_TIME:5 de marzo de 2025]] en la sucursal de [[LOCATION:Temuco]]."
    ),
    # elections, US
    (
        "[[PERSON:Dakota Redhawk]], [[AGE:29]], of [[ADDRESS:410 N Main St]], [[LOCATION:Gallup]], [[LOCATION:NM]] "
        "[[ZIP_CODE:87301]], registered to vote as a [[NRP:Democrat]] on [[DATE_TIME:October 3, 2024]]."
    ),
    # vet, UK
    (
        "Bramble's owner, [[PERSON:Mrs. Pauline Oyelaran]] of [[ADDRESS:6 Church Lane]], [[LOCATION:Kettering]] "
        "[[ZIP_CODE:NN15 7QT]], asked for the booster reminder to go to [[EMAIL_ADDRESS:pauline.oyelaran@btinternet.com]] "
        "instead of by post."
    ),
    # courier, Poland
    (
        "Paczka dla [[TITLE:Pani]] [[PERSON:Agnieszka Zawadzka]], [[ADDRESS:ul. Ogrodowa 12/4]], [[ZIP_CODE:87-100]] "
        "[[LOCATION:Toruń]], tel. [[PHONE_NUMBER:601 228 934]]; kurier będzie jutro między 10 a 14."
    ),
    # hospitality, Thailand
    (
        "Walk-in guest [[PERSON:Somchai Rattanakorn]], Thai ID [[ID_NUMBER:1-1037-00458-21-2]], room 508, two nights from "
        "[[DATE_TIME:14 Apr]]; deposit taken on card ending 7720."
    ),
    # sports club, Fiji
    (
        "Flanker [[PERSON:Josaia Nakarawa]], [[AGE:19]], from [[LOCATION:Nadroga]], signed his first contract with the club on "
        "[[DATE_TIME:28 January]]; his FNPF member number is [[ID_NUMBER:1847302]]."
    ),
    # construction, Germany
    (
        "Für den Subunternehmer [[PERSON:Dragan Petrović]] (geb. [[DATE_TIME:11.02.1979]], JMBG [[ID_NUMBER:1102979710039]]) "
        "wurde die A1-Bescheinigung am [[DATE_TIME:03.03.2025]] beantragt; Baustelle [[ADDRESS:Hafenstraße 41]], "
        "[[ZIP_CODE:20359]] [[LOCATION:Hamburg]]."
    ),
    # academia, India
    (
        "Research scholar [[PERSON:Lakshmi Priya Venkataraman]] (enrolment [[ID_NUMBER:21PHD0348]], Aadhaar "
        "[[ID_NUMBER:4829 7163 5504]]) submitted her thesis on [[DATE_TIME:30-06-2025]]; the fellowship goes to a/c "
        "[[ID_NUMBER:38291047762]], IFSC SBIN0004512."
    ),
    # property, Singapore
    (
        "[[TITLE:Mdm]] [[PERSON:Tan Siew Lan]] (NRIC [[ID_NUMBER:S5812436B]]) confirmed the viewing of "
        "[[ADDRESS:Blk 512 Bedok North Ave 3 #08-221]], [[LOCATION:Singapore]] [[ZIP_CODE:460512]] on [[DATE_TIME:19 Jul]]."
    ),
    # recruitment, UAE
    (
        "Offer letter for [[PERSON:Mohammed Saeed Al-Mansoori]], Emirates ID [[ID_NUMBER:784-1990-4470261-3]], joining date "
        "[[DATE_TIME:2 June 2025]]; send the signed copy to [[EMAIL_ADDRESS:m.almansoori90@gmail.com]]."
    ),
    # pharmacy, Quebec
    (
        "Renouvellement pour [[PERSON:Évangéline Thibodeau]], carte RAMQ [[ID_NUMBER:THIE 5862 1514]], "
        "[[ADDRESS:245, rue Saint-Jean]], [[LOCATION:Québec]] ([[LOCATION:QC]]) [[ZIP_CODE:G1R 1N8]]; appeler au "
        "[[PHONE_NUMBER:418 555-0193]] si rupture de stock."
    ),
    # journalism, Ukraine
    (
        "Freelancer [[PERSON:Olena Kovalchuk]] filed the story from [[LOCATION:Kharkiv]] on [[DATE_TIME:18 March]]; reach her on "
        "Signal at [[PHONE_NUMBER:+380 67 412 0938]] or at [[EMAIL_ADDRESS:olena.kovalchuk@proton.me]]."
    ),
    # vet, US, name that is a word
    (
        "Reminder: [[PERSON:Blessing Okafor]]'s dog Major is due for his rabies shot on [[DATE_TIME:11/14]]; the card on file "
        "is [[CREDIT_CARD:4539 1488 0343 6467]]."
    ),
]

GEN += [
    # gym, Brazil
    (
        "A aluna [[PERSON:Thaís Cavalcanti]] (CPF [[ID_NUMBER:418.306.275-62]]) renovou o plano anual da academia em "
        "[[DATE_TIME:02/09/2025]] e pagou por Pix na chave [[PHONE_NUMBER:+55 81 99762-4410]]."
    ),
    # utility, Mexico
    (
        "El titular del servicio, [[PERSON:Jesús Armando Villarreal Garza]], CURP [[ID_NUMBER:VIGJ760521HNLLRS00]], pidió el "
        "cambio de tarifa para [[ADDRESS:Calle Hidalgo 318 Int. 2]], Col. [[LOCATION:Centro]], C.P. [[ZIP_CODE:64000]], "
        "[[LOCATION:Monterrey]], [[LOCATION:N.L.]]"
    ),
    # pharmacy, Italy
    (
        "La ricetta della [[TITLE:Sig.ra]] [[PERSON:Giuseppina Lo Russo]] (codice fiscale [[ID_NUMBER:LRSGPP47C48G273W]]) è "
        "pronta: la figlia [[PERSON:Rosalia]] passa a ritirarla, il suo numero è [[PHONE_NUMBER:347 210 8853]]."
    ),
    # elections, France
    (
        "Procuration : [[TITLE:M.]] [[PERSON:Karim Benali]], né le [[DATE_TIME:24/11/1985]] à [[LOCATION:Roubaix]], donne "
        "procuration à sa sœur [[PERSON:Samia Benali]], domiciliée [[ADDRESS:17 rue de l'Épeule]], [[ZIP_CODE:59100]] "
        "[[LOCATION:Roubaix]]."
    ),
    # pension, Switzerland
    (
        "Die Pensionskasse bestätigt für [[TITLE:Herrn]] [[PERSON:Beat Zürcher]] (AHV-Nr. [[ID_NUMBER:756.3812.7465.95]]) den "
        "Austritt per [[DATE_TIME:31. Mai 2025]]; das Freizügigkeitsguthaben geht auf [[IBAN_CODE:CH63 0070 0110 0048 2736 1]]."
    ),
    # property, Hong Kong
    (
        "Tenant [[PERSON:Chan Ka Wai]] (HKID [[ID_NUMBER:K384120(0)]]) of [[ADDRESS:Flat B, 12/F, Block 3, Laguna City]], "
        "[[LOCATION:Kwun Tong]], says the aircon in the master bedroom stopped working on [[DATE_TIME:5 Aug]]."
    ),
    # courier, Korea
    (
        "수령인 [[PERSON:김민서]] [[TITLE:님]], [[LOCATION:서울특별시]] [[LOCATION:마포구]] [[ADDRESS:월드컵북로 396, 1203호]] "
        "(우편번호 [[ZIP_CODE:03925]]), 연락처 [[PHONE_NUMBER:010-4827-3316]]. 부재 시 경비실에 맡겨 주세요."
    ),
    # academia, China
    (
        "博士研究生[[PERSON:王雨桐]]（身份证号[[ID_NUMBER:110105199603120823]]）已于[[DATE_TIME:2025年6月18日]]通过论文答辩，"
        "联系电话[[PHONE_NUMBER:138 1046 5297]]。"
    ),
    # maritime, Norway
    (
        "Matros [[PERSON:Sindre Hålien]], fødselsnummer [[ID_NUMBER:15079149869]], mønstret på i [[LOCATION:Ålesund]] "
        "[[DATE_TIME:4. august]]; lønn til konto [[IBAN_CODE:NO29 1503 2274 691]]."
    ),
    # utility, Finland
    (
        "Asiakas [[PERSON:Aino Heikkilä]] (hetu [[ID_NUMBER:250394-238F]]) muutti osoitteeseen [[ADDRESS:Hämeenkatu 22 B 14]], "
        "[[ZIP_CODE:33200]] [[LOCATION:Tampere]] [[DATE_TIME:1.4.2025]]; sähkösopimus siirretään samasta päivästä."
    ),
    # recruitment, Sweden
    (
        "Kandidaten [[PERSON:Linnea Öberg]], personnummer [[ID_NUMBER:910227-4629]], börjar som platschef i "
        "[[LOCATION:Umeå]] den [[DATE_TIME:18 augusti]]; mejla avtalet till [[EMAIL_ADDRESS:linnea.oberg@telia.com]]."
    ),
    # church, Denmark
    (
        "Dåb: [[PERSON:Freja Lund Mikkelsen]], CPR [[ID_NUMBER:100225-4138]], døbt [[DATE_TIME:27. april 2025]] i "
        "[[LOCATION:Aarhus]]; forældre [[PERSON:Mads]] og [[PERSON:Katrine Mikkelsen]]."
    ),
    # pension, Bulgaria
    (
        "Пенсионерът [[PERSON:Петър Георгиев Димитров]], ЕГН [[ID_NUMBER:6809301242]], получава пенсията си по сметка "
        "[[IBAN_CODE:BG55 UNCR 7000 1528 4739 61]] от [[DATE_TIME:1 октомври 2024]]."
    ),
    # hospitality, Romania
    (
        "Rezervare: [[PERSON:Ioana-Maria Dumitrescu]], CNP [[ID_NUMBER:2931105401231]], sosire [[DATE_TIME:12.07.2025]], "
        "plecare [[DATE_TIME:15.07.2025]], cameră dublă cu vedere la lac."
    ),
    # aviation, Pakistan
    (
        "Passenger [[PERSON:Muhammad Bilal Chaudhry]], CNIC [[ID_NUMBER:35202-8817463-5]], missed the PK-302 connection in "
        "[[LOCATION:Karachi]] on [[DATE_TIME:8 Feb]]; rebook, refund the fare difference to "
        "[[CREDIT_CARD:4761 7300 5528 9147]] and text him on [[PHONE_NUMBER:0300 4418726]]."
    ),
    # courier, Bangladesh
    (
        "Parcel for [[PERSON:Md. Rafiqul Islam]], [[ADDRESS:House 27, Road 11, Block C]], [[LOCATION:Banani]], "
        "[[LOCATION:Dhaka]] [[ZIP_CODE:1213]]; cash on delivery, bKash [[PHONE_NUMBER:01712-640938]]."
    ),
    # hospitality, Egypt
    (
        "Guest [[PERSON:Nourhan El-Sayed]] ([[AGE:26]]) and her mother checked in to the [[LOCATION:Dahab]] lodge on "
        "[[DATE_TIME:20 December]]; national ID [[ID_NUMBER:29903211401826]] copied at reception."
    ),
    # sports club, Morocco
    (
        "Le joueur [[PERSON:Youssef Ait Benhaddou]], né le [[DATE_TIME:7 mars 2008]] à [[LOCATION:Ouarzazate]], CIN du père "
        "[[ID_NUMBER:JB418830]], est inscrit en U17 pour la saison."
    ),
    # elections, Ghana
    (
        "Polling agent [[PERSON:Gifty Owusu-Ansah]], voter ID [[ID_NUMBER:4820013647]], reported to the Kumasi Central "
        "polling station at 6am on [[DATE_TIME:7 December]]; her Ghana Card is [[ID_NUMBER:GHA-718274930-4]]."
    ),
    # faith community, Zimbabwe
    (
        "Please pray for [[PERSON:Memory Chikwanha]], [[AGE:58]], who was admitted to Parirenyatwa on Sunday [[DATE_TIME:2nd "
        "March]]; her daughter [[PERSON:Tafadzwa]] can be reached on [[PHONE_NUMBER:+263 77 214 8830]]."
    ),
    # church, Tonga
    (
        "[[TITLE:Rev.]] [[PERSON:Sione Fifita]] will lead the funeral service for [[PERSON:Mele Tupou Vaipulu]] on "
        "[[DATE_TIME:19 September]] at the [[LOCATION:Nuku'alofa]] Wesleyan church."
    ),
    # journalism, Vietnam
    (
        "Phóng viên [[PERSON:Trần Thị Bích Ngọc]] đã phỏng vấn [[TITLE:ông]] [[PERSON:Lê Văn Hùng]], [[AGE:72]] tuổi, cựu thợ mỏ ở "
        "[[LOCATION:Quảng Ninh]], vào ngày [[DATE_TIME:15/4]]."
    ),
    # utility, Indonesia
    (
        "Pelanggan PLN atas nama [[PERSON:Siti Nurhaliza Rahmawati]], NIK [[ID_NUMBER:3273015708920004]], alamat "
        "[[ADDRESS:Jl. Cihampelas No. 112]], [[LOCATION:Bandung]] [[ZIP_CODE:40131]], minta pemasangan baru."
    ),
    # recruitment, Philippines
    (
        "Applicant [[PERSON:Jerome Dela Cruz Villanueva]], [[AGE:27]], from [[LOCATION:Cainta]], [[LOCATION:Rizal]], submitted his "
        "NBI clearance and SSS number [[ID_NUMBER:34-8812047-6]] on [[DATE_TIME:July 21]]."
    ),
    # First Nations, Canada
    (
        "[[PERSON:Tyrone Moosomin]] brought his status card ([[ID_NUMBER:5610273841]]) to the band office in "
        "[[LOCATION:Saskatoon]] on [[DATE_TIME:Jan 9]] to update his address to [[ADDRESS:1417 Avenue P South]]."
    ),
    # sports, Iceland
    (
        "Markvörðurinn [[PERSON:Guðrún Ósk Sigurðardóttir]], [[AGE:23]] ára, skrifaði undir samning við félagið í "
        "[[LOCATION:Hafnarfjörður]] [[DATE_TIME:3. febrúar]]."
    ),
    # property, Greece
    (
        "Ο ενοικιαστής [[PERSON:Γιώργος Παπαδόγιαννης]] μετακομίζει στις [[DATE_TIME:30 Ιουνίου]] από το διαμέρισμα στην "
        "[[ADDRESS:Ερμού 54]], [[LOCATION:Θεσσαλονίκη]]· τηλέφωνο [[PHONE_NUMBER:694 718 3320]]."
    ),
    # academia, Samoa
    (
        "[[PERSON:Faʻamoe Leaupepe]], a first-year nursing student from [[LOCATION:Apia]], was awarded the Pacific scholarship "
        "on [[DATE_TIME:14 March]]; student ID [[ID_NUMBER:20251847]]."
    ),
    # pharmacy, Ireland
    (
        "Prescription for [[PERSON:Niamh Mac Giolla Phádraig]], PPSN [[ID_NUMBER:8472619NA]], collected on [[DATE_TIME:11/06/2025]] "
        "by her husband [[PERSON:Declan]]; GMS card holder."
    ),
    # courier, Canada, name that is a word
    (
        "Signed for by [[PERSON:Chance Arbuckle]] at [[ADDRESS:77 Erb Street West]], [[LOCATION:Waterloo]], [[LOCATION:ON]] "
        "[[ZIP_CODE:N2L 1T3]]; the card on the account is [[CREDIT_CARD:5424 1806 3372 9154]]."
    ),
]

GEN += [
    # vet, Argentina
    (
        "El dueño de la perra, [[PERSON:Facundo Ezequiel Ríos]] (CUIL [[ID_NUMBER:20-33482917-1]]), dejó su celular "
        "[[PHONE_NUMBER:11 5832-6407]] y pidió turno para el martes [[DATE_TIME:4 de noviembre]] en la veterinaria de "
        "[[LOCATION:Caballito]]."
    ),
    # aviation, Kenya
    (
        "[[TITLE:Capt.]] [[PERSON:Achieng Odhiambo]] logged a bird strike on 5Y-KQZ shortly after leaving [[LOCATION:Kisumu]] on "
        "[[DATE_TIME:16 May]]; the report was copied to the safety officer, [[PERSON:Peter Kiprono Rotich]]."
    ),
    # marina, Croatia
    (
        "Berth A-14 is booked for [[PERSON:Marko Vuković]] (OIB [[ID_NUMBER:69302158478]]) from [[DATE_TIME:1 July]] to "
        "[[DATE_TIME:14 July]]; skipper licence [[ID_NUMBER:ST-4417/2019]], yacht Lastavica, 12.4 m."
    ),
    # construction, Australia
    (
        "New starter [[PERSON:Hemi Te Rangi]], white card [[ID_NUMBER:CIT0417729]], TFN [[ID_NUMBER:459 182 737]], starts on the "
        "[[LOCATION:Parramatta]] tower on Monday [[DATE_TIME:7/7]]; super fund details still to come."
    ),
    # academia, Turkey
    (
        "Öğrenci [[PERSON:Elif Nur Yıldırım]] (T.C. Kimlik No: [[ID_NUMBER:28471930688]]) [[DATE_TIME:12 Eylül 2025]] tarihinde "
        "kaydını yaptırdı; e-posta adresi [[EMAIL_ADDRESS:elifnur.yildirim@ogr.deu.edu.tr]]."
    ),
    # elections, Estonia
    (
        "Valija [[PERSON:Kadri Tamm]], isikukood [[ID_NUMBER:48507140278]], hääletas elektrooniliselt [[DATE_TIME:3. märtsil]] "
        "ja uuesti valimisjaoskonnas [[LOCATION:Tartus]]."
    ),
    # sports club, Czechia
    (
        "Hráčka [[PERSON:Tereza Nováková]] (r. č. [[ID_NUMBER:995721/1231]]) přestoupila do klubu v [[LOCATION:Olomouci]] "
        "k [[DATE_TIME:1. 8. 2025]]; kontakt [[PHONE_NUMBER:+420 731 208 446]]."
    ),
    # property, Portugal
    (
        "O inquilino [[PERSON:Rui Miguel Fonseca Barros]], NIF [[ID_NUMBER:259731846]], entregou as chaves do "
        "[[ADDRESS:Rua do Bonjardim 512, 3.º Esq.]], [[ZIP_CODE:4000-124]] [[LOCATION:Porto]], no dia [[DATE_TIME:30/09]]."
    ),
    # recruitment, Spain
    (
        "[[PERSON:Aitor Etxeberria Zubizarreta]], con DNI [[ID_NUMBER:47381926V]], se incorpora como encargado de obra en "
        "[[LOCATION:Donostia]] el [[DATE_TIME:15 de septiembre]]; su móvil es el [[PHONE_NUMBER:688 41 22 09]]."
    ),
    # pharmacy, Belgium
    (
        "[[TITLE:Mme]] [[PERSON:Fatou Diallo]], numéro national [[ID_NUMBER:88.04.17-246.53]], a retiré son traitement le "
        "[[DATE_TIME:22/05]] à la pharmacie de [[LOCATION:Schaerbeek]]."
    ),
    # hospitality, Japan
    (
        "[[PERSON:佐藤美咲]][[TITLE:様]]、[[DATE_TIME:5月3日]]から2泊のご予約を承りました。ご連絡先は[[PHONE_NUMBER:090-3318-7742]]で"
        "登録しております。"
    ),
    # faith community, India
    (
        "[[PERSON:Gurpreet Kaur Sandhu]], a [[NRP:Sikh]] volunteer from [[LOCATION:Ludhiana]], has run the langar kitchen at "
        "the [[LOCATION:Southall]] gurdwara every Sunday since [[DATE_TIME:April 2019]]."
    ),
    # journalism, Canada, name that is a place
    (
        "Correction: the photo on page 4 was taken by [[PERSON:Adelaide Nakamura-Beaulieu]], not by [[PERSON:Austin Greer]]; "
        "readers can reach her at [[EMAIL_ADDRESS:adelaide.nb@gmail.com]]."
    ),
    # utility, New Zealand
    (
        "Power account [[ID_NUMBER:60018834]] for [[PERSON:Aroha Ngata]] at [[ADDRESS:9 Kauri Street]], [[LOCATION:Ōpōtiki]] "
        "[[ZIP_CODE:3122]] (ICP 0000384712WM9C4) will be disconnected if unpaid by the 20th."
    ),
    # courier, US
    (
        "Hold at the [[LOCATION:Memphis]] hub for [[PERSON:Rocky Delgado]]; he must show his Tennessee license "
        "[[US_DRIVER_LICENSE:104827736]] and the card ending 0051 when he picks it up."
    ),
]

BENCH += [
    (
        "Hi [[PERSON:Marlene Hoskins]], your annual pension statement for member no. [[ID_NUMBER:PN-7730291]] is ready. Log in as "
        "[[USERNAME:marlene_h58]] (temporary password Kx!82mqL) from the device registered to [[IP_ADDRESS:81.104.227.19]]. "
        "Payments continue to [[IBAN_CODE:GB92 BARC 2045 1873 6291 04]] on the 28th of each month. Date of birth on file: "
        "[[DATE_TIME:12/03/1958]]; National Insurance number [[ID_NUMBER:JT 48 27 19 C]]."
    ),
    (
        "Client: [[PERSON:Rangi Parata]] | Phone: [[PHONE_NUMBER:021 448 2097]] | Email: [[EMAIL_ADDRESS:rangi.parata@xtra.co.nz]] | "
        "Address: [[ADDRESS:31 Totara Crescent]], [[LOCATION:Rotorua]] [[ZIP_CODE:3015]] | Patient: Koha (canine, 6y, desexed) | "
        "Last visit: [[DATE_TIME:02/04/2025]] | Card on file: [[CREDIT_CARD:4175 0088 2136 9042]] | Microchip: 956000012447391"
    ),
    (
        "Employee [[PERSON:Priyanka Raghunathan]] (staff ID [[ID_NUMBER:AI-204817]]), [[AGE:38]], female, Senior First Officer "
        "based in [[LOCATION:Mumbai]]. PAN [[ID_NUMBER:BQRPR4471K]], passport [[ID_NUMBER:Z4821937]], mobile "
        "[[PHONE_NUMBER:+91 98201 44736]], email [[EMAIL_ADDRESS:priyanka.r@airmail.in]], joined the airline on "
        "[[DATE_TIME:03 Jan 2014]]."
    ),
    (
        "Applicant [[PERSON:Dwayne Okoro]], SSN [[US_SSN:529-41-7738]], DOB [[DATE_TIME:July 9, 1990]], resides at "
        "[[ADDRESS:2207 Alder Creek Dr, Apt 14B]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83706]]. Idaho driver's "
        "license [[US_DRIVER_LICENSE:AB482917C]], US passport [[US_PASSPORT:A03819274]], employer Treasure Valley Roofing LLC, "
        "gross monthly income $5,420."
    ),
    (
        "User [[USERNAME:kwame_goalz]] ([[PERSON:Kwame Boateng]], [[AGE:31]]) requested a withdrawal to wallet "
        "[[ID_NUMBER:bc1q7n4k2x8wz0h5lq3v9e6r2tdm8yc4fj0a3ps6ku]] from IP [[IP_ADDRESS:154.160.23.88]] using Mozilla/5.0 "
        "(Linux; Android 14; SM-A546E) AppleWebKit/537.36. KYC: Ghana Card [[ID_NUMBER:GHA-003918274-6]], phone "
        "[[PHONE_NUMBER:+233 24 418 7702]]."
    ),
    (
        "Reservation for [[PERSON:Ms. Sunniva Dahl]] and [[PERSON:Mr. Emeka Nwosu]]: arrival [[DATE_TIME:18 Oct 2025]], "
        "departure [[DATE_TIME:21 Oct 2025]], Hilton Honors [[ID_NUMBER:820 447 193]]. Billing address [[ADDRESS:Kirkegata 15]], "
        "[[ZIP_CODE:0153]] [[LOCATION:Oslo]], [[LOCATION:Norway]]. Card [[CREDIT_CARD:5319 0724 4816 0386]], phone "
        "[[PHONE_NUMBER:+47 912 48 337]]."
    ),
    (
        "Subcontractor [[PERSON:Bartholomew]] '[[PERSON:Barty]]' [[PERSON:Quigley]], UTR [[ID_NUMBER:48291 03746]], CSCS "
        "[[ID_NUMBER:07718293]], van reg [[ID_NUMBER:KX19 PZR]], paid weekly to sort code 20-45-18 account "
        "[[ID_NUMBER:73629104]]. Home: [[ADDRESS:41 Brookfield Road]], [[LOCATION:Walsall]] [[ZIP_CODE:WS9 8LP]]. Mob "
        "[[PHONE_NUMBER:07834 119 602]]."
    ),
    (
        "[[PERSON:Dr. Folasade Adebayo-Rhys]], Senior Lecturer in Coastal Engineering, staff no. [[ID_NUMBER:E0048173]], profile "
        "[[URL:https://orcid.org/0000-0001-6620-8144]], office 3.12 (ext 4417), logged in from [[IP_ADDRESS:2001:630:12:600:1::47]] "
        "at 09:14; personal email [[EMAIL_ADDRESS:folasade.ar@gmail.com]]."
    ),
    (
        "Candidate [[PERSON:Tavita Leota]], [[AGE:44]], [[NRP:Labour]], was nominated for the [[LOCATION:Māngere]] electorate on "
        "[[DATE_TIME:14 August]]; campaign office at [[ADDRESS:12 Bader Drive]], [[LOCATION:Auckland]] [[ZIP_CODE:2022]], phone "
        "[[PHONE_NUMBER:09 275 4418]], email [[EMAIL_ADDRESS:tavita4mangere@gmail.com]], page "
        "[[URL:https://www.facebook.com/tavita4mangere]]."
    ),
    (
        "Lease applicant: [[PERSON:Yerlan Abenov]], DOB [[DATE_TIME:1987-11-02]], nationality [[NRP:Kazakh]], passport "
        "[[ID_NUMBER:N12847731]], current address [[ADDRESS:45 Abay Avenue, apt. 78]], [[LOCATION:Almaty]] [[ZIP_CODE:050010]]. "
        "Monthly income 1,200,000 KZT. Reference: [[PERSON:Aigerim Sarsenova]], [[PHONE_NUMBER:+7 701 418 2290]]. Application fee paid "
        "with [[CREDIT_CARD:2200 7039 4815 2767]]."
    ),
    (
        "Resume parsed: name [[PERSON:Chidinma Eze-Williams]]; email [[EMAIL_ADDRESS:chidi.ezewilliams@outlook.com]]; phone "
        "[[PHONE_NUMBER:(713) 555-0148]]; location [[LOCATION:Houston]], [[LOCATION:TX]]; GitHub [[URL:https://github.com/chidiew]]; "
        "portfolio [[URL:https://chidinma.dev]]; experience 9 years; visa status: green card holder."
    ),
    (
        "Patient [[PERSON:Harold Twofeathers]], [[AGE:81]]M, DOB [[DATE_TIME:02/11/1944]], Medicare MBI [[ID_NUMBER:3QT7-HN2-WX48]], "
        "[[ADDRESS:508 W Birch Ave]], [[LOCATION:Flagstaff]], [[LOCATION:AZ]] [[ZIP_CODE:86001]]. Prescriber "
        "[[PERSON:Dr. Leticia Campos]], NPI [[ID_NUMBER:1528069341]]. Rx 7719204, metformin 500 mg, 90 tabs."
    ),
    (
        "Shipment to [[PERSON:Lucky Nkosi]], [[ADDRESS:18 Jan Smuts Avenue]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]], "
        "[[ZIP_CODE:2196]]; contact [[PHONE_NUMBER:082 714 3391]]; ID for cash on delivery [[ID_NUMBER:9204165183087]]; "
        "waybill 8820041937, 2 boxes, 14.5 kg."
    ),
    (
        "Smart meter install for [[PERSON:Gwen Pryce-Jones]] at [[ADDRESS:Tŷ Gwyn, 3 Heol y Parc]], [[LOCATION:Llandeilo]] "
        "[[ZIP_CODE:SA19 6BN]]. MPAN 14 1200 0048 2271 903, customer account [[ID_NUMBER:AC-77120458]], direct debit from "
        "account [[ID_NUMBER:00417283]], sort code 30-96-25. Contact [[PHONE_NUMBER:01558 823 417]]."
    ),
    (
        "Crew member [[PERSON:Andriy Melnyk]], rank bosun, nationality [[NRP:Ukrainian]], DOB [[DATE_TIME:21.05.1979]], seaman's "
        "book [[ID_NUMBER:AB 0472913]], passport [[ID_NUMBER:FK418273]], home port [[LOCATION:Odesa]]; next of kin "
        "[[PERSON:Oksana Melnyk]], [[PHONE_NUMBER:+380 50 377 1924]]."
    ),
    (
        "Estimado [[TITLE:Sr.]] [[PERSON:Wilmer Andrés Cárdenas Pinto]]: confirmamos su afiliación al club con número de socio "
        "[[ID_NUMBER:00418-27]]. Cédula [[ID_NUMBER:1.019.847.362]], nacido el [[DATE_TIME:22/08/1994]], dirección "
        "[[ADDRESS:Carrera 15 # 93-47, apto 502]], [[LOCATION:Bogotá]], celular [[PHONE_NUMBER:+57 310 448 2917]], correo "
        "[[EMAIL_ADDRESS:wilmer.cardenas94@hotmail.com]]. La cuota se debita de la tarjeta [[CREDIT_CARD:4556 7302 1948 8170]]."
    ),
    (
        "Utente [[PERSON:Maria do Céu Rebelo Antunes]], [[AGE:74]] anos, n.º de utente [[ID_NUMBER:284 719 306]], NIF "
        "[[ID_NUMBER:218473060]], morada [[ADDRESS:Travessa do Carvalho 9, 1.º Dto.]], [[ZIP_CODE:1200-088]] [[LOCATION:Lisboa]], "
        "telemóvel [[PHONE_NUMBER:912 447 018]], reembolsos para [[IBAN_CODE:PT04 0033 0000 4531 7382 9410 5]]."
    ),
    (
        "[[TITLE:Madame]] [[PERSON:Yvette Koné-Lefebvre]], née le [[DATE_TIME:14/06/1956]] à [[LOCATION:Abidjan]] "
        "([[LOCATION:Côte d'Ivoire]]), n° de sécurité sociale [[ID_NUMBER:2 56 06 99 326 048 77]], domiciliée "
        "[[ADDRESS:8 allée des Tilleuls]], [[ZIP_CODE:69200]] [[LOCATION:Vénissieux]]. Versement de la retraite sur "
        "[[IBAN_CODE:FR76 3000 4018 2300 0712 5483 681]]; courriel [[EMAIL_ADDRESS:yvette.kone56@orange.fr]]."
    ),
    (
        "Sehr geehrte [[TITLE:Frau]] [[PERSON:Nesrin Aydoğan]], Ihr Mitgliedsantrag ist eingegangen. Mitgliedsnummer "
        "[[ID_NUMBER:SV-1048-27]], geboren am [[DATE_TIME:09.09.1999]], Anschrift [[ADDRESS:Kantstraße 118]], [[ZIP_CODE:10625]] "
        "[[LOCATION:Berlin]], Beitrag per SEPA-Lastschrift von [[IBAN_CODE:DE55 5001 0517 5418 2390 76]], Handy "
        "[[PHONE_NUMBER:0176 44829173]]."
    ),
    (
        "Gentile [[TITLE:Dott.]] [[PERSON:Salvatore Amato]], la sua iscrizione all'Ordine dei Farmacisti (n. [[ID_NUMBER:4172]]) "
        "è stata rinnovata. Codice fiscale [[ID_NUMBER:MTASVT71B19C351J]], residenza [[ADDRESS:Via Etnea 331]], "
        "[[ZIP_CODE:95125]] [[LOCATION:Catania]], PEC [[EMAIL_ADDRESS:salvatore.amato@pec.it]], quota addebitata su "
        "[[IBAN_CODE:IT91 K020 0805 3640 0010 4728 315]]."
    ),
    (
        "Huurder [[PERSON:Sanne de Wit-Oduya]], geboren [[DATE_TIME:30-01-1992]], BSN [[ID_NUMBER:205193742]], adres "
        "[[ADDRESS:Bilderdijkstraat 88-III]], [[ZIP_CODE:1053 KW]] [[LOCATION:Amsterdam]], e-mail "
        "[[EMAIL_ADDRESS:sanne.dewit@ziggo.nl]], tel. [[PHONE_NUMBER:06-41 82 77 30]]; huur via [[IBAN_CODE:NL89 RABO 0318 2746 59]]."
    ),
    (
        "Przesyłka dla: [[TITLE:Pan]] [[PERSON:Krzysztof Wiśniewski]], PESEL [[ID_NUMBER:74031208173]], "
        "[[ADDRESS:ul. Piotrkowska 204 m. 17]], [[ZIP_CODE:90-369]] [[LOCATION:Łódź]], tel. [[PHONE_NUMBER:+48 502 718 336]], "
        "e-mail [[EMAIL_ADDRESS:k.wisniewski74@wp.pl]]; pobranie 189,00 zł."
    ),
    (
        "Pensionär [[PERSON:Björn Lindqvist]], personnummer [[ID_NUMBER:480917-2317]], [[ADDRESS:Storgatan 12 lgh 1103]], "
        "[[ZIP_CODE:903 26]] [[LOCATION:Umeå]], telefon [[PHONE_NUMBER:070-418 22 96]]. Utbetalning till "
        "[[IBAN_CODE:SE39 8000 0832 7900 1447 2906]] från [[DATE_TIME:25 november]]."
    ),
    (
        "[[TITLE:Sayın]] [[PERSON:Mehmet Emin Kaya]], [[DATE_TIME:12.08.2025]] giriş ve [[DATE_TIME:16.08.2025]] çıkış tarihli "
        "rezervasyonunuz onaylandı. T.C. Kimlik No [[ID_NUMBER:37104682900]], cep [[PHONE_NUMBER:0532 418 27 90]], iade için IBAN "
        "[[IBAN_CODE:TR39 0001 5001 5800 7302 9188 47]]."
    ),
    (
        "Pengiriman untuk [[TITLE:Ibu]] [[PERSON:Dewi Lestari Wulandari]], [[ADDRESS:Jl. Kaliurang Km 5,6 No. 14]], "
        "[[LOCATION:Sleman]], [[LOCATION:Yogyakarta]] [[ZIP_CODE:55281]], HP [[PHONE_NUMBER:0812-2704-9931]], NIK "
        "[[ID_NUMBER:3404074511880002]]; bayar di tempat Rp 245.000."
    ),
    (
        "[[TITLE:Encik]] [[PERSON:Muhammad Hafiz bin Rosli]], No. MyKad [[ID_NUMBER:880712-10-5523]], alamat "
        "[[ADDRESS:No. 23, Jalan SS 15/4B]], [[ZIP_CODE:47500]] [[LOCATION:Subang Jaya]], [[LOCATION:Selangor]], telefon "
        "[[PHONE_NUMBER:012-338 4172]], e-mel [[EMAIL_ADDRESS:hafiz.rosli88@yahoo.com.my]]; ahli kelab badminton sejak "
        "[[DATE_TIME:Mac 2021]]."
    ),
    (
        "Ügyfél: [[PERSON:Kovács Eszter]], született [[DATE_TIME:1983. április 17.]], TAJ szám [[ID_NUMBER:048 273 194]], lakcím "
        "[[ZIP_CODE:1136]] [[LOCATION:Budapest]], [[ADDRESS:Pannónia utca 42. 3/8]], telefon [[PHONE_NUMBER:+36 30 418 2297]], "
        "számlaszám [[IBAN_CODE:HU38 1070 0024 2648 1937 0000 0000]]."
    ),
    (
        "Zamestnanec [[PERSON:Ján Horváth]], rodné číslo [[ID_NUMBER:830312/4731]], pozícia murár, stavba "
        "[[ADDRESS:Račianska 71]], [[LOCATION:Bratislava]]; mzda na účet [[IBAN_CODE:SK25 0900 0000 0050 3882 7416]], mobil "
        "[[PHONE_NUMBER:0905 418 273]]."
    ),
    (
        "Asiakas [[PERSON:Mikko Korhonen]], henkilötunnus [[ID_NUMBER:010870-331U]], osoite [[ADDRESS:Kauppakatu 9 A 4]], "
        "[[ZIP_CODE:40100]] [[LOCATION:Jyväskylä]], puhelin [[PHONE_NUMBER:040 718 2244]], tilinumero "
        "[[IBAN_CODE:FI06 1034 5600 1298 74]], sähköposti [[EMAIL_ADDRESS:mikko.korhonen@elisanet.fi]]."
    ),
    (
        "[[TITLE:السيد]] [[PERSON:فهد بن عبدالله القحطاني]]، رقم الهوية [[ID_NUMBER:1085277315]]، تاريخ الميلاد "
        "[[DATE_TIME:1986/03/22]]، الجوال [[PHONE_NUMBER:0551 842 739]]، العنوان [[ADDRESS:4127 طريق الملك فهد]]، "
        "[[LOCATION:الرياض]] [[ZIP_CODE:12271]]، الآيبان [[IBAN_CODE:SA15 4500 0000 2183 0477 1902]]."
    ),
]

BENCH += [
    (
        "[[PERSON:Xochitl Ramírez-Hale]], please confirm the change of plate [[ID_NUMBER:8KPL219]] (CA) on account "
        "[[USERNAME:xochi.rh]]. We noticed a sign-in from [[IP_ADDRESS:172.58.201.14]] (device MAC 3C:22:FB:9A:10:7E) and sent a "
        "new PIN to [[PHONE_NUMBER:+1-559-555-0172]]. Mailing address on file: [[ADDRESS:3318 N Blackstone Ave]], "
        "[[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93726]]."
    ),
    (
        "Skipper [[PERSON:Hamish MacLeod]], ICC [[ID_NUMBER:ICC/GB/118427]], DOB [[DATE_TIME:5th March 1968]], "
        "[[ADDRESS:Croft House, 12 Shore Road]], [[LOCATION:Ullapool]] [[ZIP_CODE:IV26 2UJ]]; crew [[PERSON:Isla Ferguson]] "
        "([[AGE:29]]) and [[PERSON:Ewan Ross]] ([[AGE:33]]); charter [[DATE_TIME:9 June]] to [[DATE_TIME:16 June]], security "
        "deposit £1,500 on [[CREDIT_CARD:3782 894061 75029]]."
    ),
    (
        "[[PERSON:Jedda Watson]], DOB [[DATE_TIME:23/09/1976]], Medicare [[ID_NUMBER:2950 48163 1]], Centrelink CRN "
        "[[ID_NUMBER:207 418 392A]], lives at [[ADDRESS:7 Gap Road]], [[LOCATION:Alice Springs]] [[LOCATION:NT]] "
        "[[ZIP_CODE:0870]]; phone [[PHONE_NUMBER:0439 218 074]]; prefers contact through her cousin [[PERSON:Shaneen]]."
    ),
    (
        "Electoral roll entry: [[PERSON:Jasleen Kaur Bhogal]], [[ADDRESS:19 Sandringham Road]], [[LOCATION:Leicester]] "
        "[[ZIP_CODE:LE4 6GH]], elector number [[ID_NUMBER:RB2-1147]], registered [[DATE_TIME:02/09/2024]], opted out of the open "
        "register; postal vote to [[ADDRESS:Flat 4, 88 Gower Street]], [[LOCATION:London]] [[ZIP_CODE:WC1E 6BT]]."
    ),
    (
        "Parish register: [[PERSON:Rosa Pearl Blackfeather]], born [[DATE_TIME:April 30, 1961]], confirmed [[DATE_TIME:May 12, "
        "1974]], religion [[NRP:Catholic]], parishioner ID [[ID_NUMBER:0213]], [[ADDRESS:PO Box 318]], [[LOCATION:Browning]], "
        "[[LOCATION:MT]] [[ZIP_CODE:59417]], phone [[PHONE_NUMBER:406-338-2071]]."
    ),
    (
        "Background check subject [[PERSON:Nguyen Thanh Long]] (aka [[PERSON:Leo Nguyen]]), SSN [[US_SSN:611-08-4472]], DOB "
        "[[DATE_TIME:1995-06-27]], prior address [[ADDRESS:14 Peachtree Pl NW, Unit 3]], [[LOCATION:Atlanta]], [[LOCATION:GA]] "
        "[[ZIP_CODE:30309]]; Georgia DL [[US_DRIVER_LICENSE:058417293]]; US passport [[US_PASSPORT:584172093]]; result: no records "
        "found."
    ),
    (
        "Guest [[PERSON:Moana Kealoha]] (room 1408) says she was charged twice on [[CREDIT_CARD:6011 0083 7746 5213]] for her stay "
        "of [[DATE_TIME:June 2]]–[[DATE_TIME:June 5]]. World of Hyatt [[ID_NUMBER:518204736C]], email "
        "[[EMAIL_ADDRESS:moana.kealoha@hawaii.rr.com]], cell [[PHONE_NUMBER:808-555-0137]]."
    ),
    (
        "Applicant [[PERSON:Tshering Wangmo]] from [[LOCATION:Thimphu]], [[LOCATION:Bhutan]]; CID [[ID_NUMBER:11508004172]]; DOB "
        "[[DATE_TIME:17/10/2003]]; email [[EMAIL_ADDRESS:tsheringwangmo03@gmail.com]]; WhatsApp [[PHONE_NUMBER:+975 17 41 82 29]]; "
        "applicant no. [[ID_NUMBER:APP-2025-048172]]; programme MSc Public Health."
    ),
    (
        '14:22:09 INFO delivery driver_id=[[ID_NUMBER:DRV-44817]] driver="[[PERSON:Sunny Chowdhury]]" stop=12 '
        'recipient="[[PERSON:Ama Serwaa]]" addr="[[ADDRESS:Flat 2, 9 Albion Terrace]], [[LOCATION:Bristol]] [[ZIP_CODE:BS1 4QP]]" '
        "phone=[[PHONE_NUMBER:+447700900418]] device_ip=[[IP_ADDRESS:10.44.7.19]] status=delivered pod=signature parcel=JD0148827730GB"
    ),
    (
        "[[PERSON:Mrs. Beverley Okonjo]], NHS number [[ID_NUMBER:485 772 9318]], DOB [[DATE_TIME:11.01.1967]], "
        "[[ADDRESS:27 Rookery Way]], [[LOCATION:Luton]] [[ZIP_CODE:LU2 7HG]], tel [[PHONE_NUMBER:01582 418 906]]; repeat "
        "prescription ordered on [[DATE_TIME:3 Sept]]; exemption: over 60."
    ),
    (
        "Paciente [[PERSON:Guadalupe Itzel Cruz Mendoza]], [[AGE:42]] años, NSS [[ID_NUMBER:31948504175]], domicilio "
        "[[ADDRESS:Av. Revolución 1487, depto. 6]], Col. [[LOCATION:San Ángel]], [[LOCATION:Álvaro Obregón]], C.P. "
        "[[ZIP_CODE:01000]], [[LOCATION:CDMX]]; tel. [[PHONE_NUMBER:55 4182 7390]]; correo [[EMAIL_ADDRESS:lupita.cruzm@gmail.com]]."
    ),
    (
        "Cliente [[PERSON:Francisca Jaqueline Nascimento]], CPF [[ID_NUMBER:702.945.318-23]], RG [[ID_NUMBER:2004118273]], "
        "[[ADDRESS:Rua Barão de Studart, 1230, apto 801]], [[LOCATION:Aldeota]], [[LOCATION:Fortaleza]] - [[LOCATION:CE]], CEP "
        "[[ZIP_CODE:60120-001]], cartão Elo [[CREDIT_CARD:6363 6821 9047 7318]], celular [[PHONE_NUMBER:(85) 98841-2730]]."
    ),
    (
        "[[TITLE:M.]] [[PERSON:Mamadou Lamine Ndiaye]], CNI [[ID_NUMBER:1 751 1984 01234]], né le [[DATE_TIME:3 avril 1984]] à "
        "[[LOCATION:Kaolack]], domicilié [[ADDRESS:Villa 412, Cité Keur Gorgui]], [[LOCATION:Dakar]]; tél. "
        "[[PHONE_NUMBER:+221 77 418 27 33]], Wave sur le même numéro; courriel [[EMAIL_ADDRESS:mlndiaye84@yahoo.fr]]."
    ),
    (
        "[[TITLE:Herr]] [[TITLE:Mag.]] [[PERSON:Florian Gruber]], SV-Nr. [[ID_NUMBER:1289 140382]], wohnhaft "
        "[[ADDRESS:Mariahilfer Straße 74/12]], [[ZIP_CODE:1070]] [[LOCATION:Wien]], Tel. [[PHONE_NUMBER:+43 664 418 2735]], "
        "Konto [[IBAN_CODE:AT54 1200 0529 4817 3306]], Dienstbeginn [[DATE_TIME:1. März 2024]]."
    ),
    (
        "Lejer [[PERSON:Søren Kjær Andersen]], CPR [[ID_NUMBER:031187-3415]], [[ADDRESS:Nørrebrogade 144, 3. th.]], "
        "[[ZIP_CODE:2200]] [[LOCATION:København N]], mobil [[PHONE_NUMBER:28 41 77 30]], husleje trækkes fra "
        "[[IBAN_CODE:DK93 3000 0012 8476 13]]; indflytning [[DATE_TIME:1. maj 2025]]."
    ),
    (
        "Eier: [[PERSON:Ingvild Bakke]], tlf. [[PHONE_NUMBER:917 48 230]], [[ADDRESS:Sandvikveien 22]], [[ZIP_CODE:4016]] "
        "[[LOCATION:Stavanger]]. Pasient: Tinka, 9 år, vaksinert [[DATE_TIME:14.03.2025]]. Faktura til konto "
        "[[ID_NUMBER:3201 44 18279]], e-post [[EMAIL_ADDRESS:ingvild.bakke@online.no]]."
    ),
    (
        "Ασφαλισμένη [[PERSON:Ελένη Καραγιάννη]], ΑΜΚΑ [[ID_NUMBER:28076404186]], ΑΦΜ [[ID_NUMBER:048273193]], "
        "[[ADDRESS:Πατησίων 112]], [[ZIP_CODE:112 57]] [[LOCATION:Αθήνα]], κινητό [[PHONE_NUMBER:697 418 2290]], IBAN "
        "[[IBAN_CODE:GR82 0172 0480 0000 4812 7730 916]]."
    ),
    (
        "Korisnica [[PERSON:Ivana Matić]], OIB [[ID_NUMBER:47182039565]], adresa [[ADDRESS:Ilica 215]], [[ZIP_CODE:10000]] "
        "[[LOCATION:Zagreb]], mobitel [[PHONE_NUMBER:091 418 2273]], e-mail [[EMAIL_ADDRESS:ivana.matic@net.hr]], IBAN "
        "[[IBAN_CODE:HR20 2484 0083 2184 7056 2]]."
    ),
    (
        "Klientė [[PERSON:Rūta Jankauskienė]], asmens kodas [[ID_NUMBER:47509020187]], adresas [[ADDRESS:Gedimino pr. 27-14]], "
        "[[ZIP_CODE:01103]] [[LOCATION:Vilnius]], tel. [[PHONE_NUMBER:+370 612 48 337]], sąskaita "
        "[[IBAN_CODE:LT50 4040 1000 5173 8264]]."
    ),
    (
        "Khách hàng [[PERSON:Nguyễn Thị Thu Hà]], CCCD [[ID_NUMBER:001190024817]], sinh ngày [[DATE_TIME:12/05/1990]], địa chỉ "
        "[[ADDRESS:Số 18 ngõ 42 phố Thái Hà]], [[LOCATION:Đống Đa]], [[LOCATION:Hà Nội]], SĐT [[PHONE_NUMBER:0912 418 273]], "
        "thẻ [[CREDIT_CARD:4012 8831 0475 5621]]."
    ),
]

BENCH += [
    (
        "Employee record: [[PERSON:Kiri Tuhiwai]], employee ID [[ID_NUMBER:WDHB-018273]], Nursing Council registration "
        "[[ID_NUMBER:418273]], DOB [[DATE_TIME:04 Apr 1973]], IRD [[ID_NUMBER:104-182-739]], blood type O+, home "
        "[[ADDRESS:22 Rimu Street]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]], next of kin [[PERSON:Hone Tuhiwai]] "
        "[[PHONE_NUMBER:027 418 2093]]."
    ),
    (
        "Account [[USERNAME:jet.setter.ana]] ([[PERSON:Ana Lucía Paredes]]), KrisFlyer [[ID_NUMBER:8817204736]]: the login email was "
        "changed to [[EMAIL_ADDRESS:ana.paredes.lp@proton.me]] from IP [[IP_ADDRESS:45.231.18.207]] ([[LOCATION:Quito]]). "
        "Passport on profile [[ID_NUMBER:A0418273]], nationality [[NRP:Ecuadorian]], DOB [[DATE_TIME:1991-02-14]], card on profile "
        "[[CREDIT_CARD:3530 1149 8720 3660]]."
    ),
    (
        "Homeowner [[PERSON:Cliff Baker]], HOA account [[ID_NUMBER:HOA-2291-07]], [[ADDRESS:8815 Sagebrush Ln]], "
        "[[LOCATION:Henderson]], [[LOCATION:NV]] [[ZIP_CODE:89052]]; autopay from routing 321271398, account "
        "[[ID_NUMBER:4418273906]]; co-owner [[PERSON:Rose Baker]], [[EMAIL_ADDRESS:rosebaker.nv@gmail.com]]; portal login "
        "[[USERNAME:cliffbaker88]] last used from [[IP_ADDRESS:68.104.22.197]]; violation: trash cans visible from street."
    ),
    (
        "Player registration: [[PERSON:Harmony Begay]], [[AGE:14]], DOB [[DATE_TIME:08/22/2011]]; parent/guardian "
        "[[PERSON:Lorraine Begay]], [[PHONE_NUMBER:(928) 871-4417]], [[EMAIL_ADDRESS:lbegay.wr@gmail.com]]; [[ADDRESS:PO Box "
        "2284]], [[LOCATION:Window Rock]], [[LOCATION:AZ]] [[ZIP_CODE:86515]]; allergies: peanuts; jersey size YM."
    ),
    (
        "Source: [[PERSON:Ruslan Tokhtarov]], former customs officer, Telegram [[USERNAME:rtokh_kz]], Signal "
        "[[PHONE_NUMBER:+7 777 418 2093]], first met on [[DATE_TIME:17 February]] in [[LOCATION:Shymkent]]; home "
        "[[ADDRESS:Tauke Khan Avenue 41, apt 9]]; do not contact at work."
    ),
    (
        "Patient [[PERSON:Gurjit Dhaliwal]], OHIP [[ID_NUMBER:4182-739-062-KT]], DOB [[DATE_TIME:1979/12/03]], "
        "[[ADDRESS:41 Sandalwood Pkwy E]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Z 4N7]], phone "
        "[[PHONE_NUMBER:905-555-0164]]; allergy: sulfa; pays with [[CREDIT_CARD:4929 1360 7735 2815]]."
    ),
    (
        "Owner-builder [[PERSON:Nikolai Petrov-Shaw]], owner-builder licence [[ID_NUMBER:OB-418273]], site "
        "[[ADDRESS:Lot 12, 44 Banksia Drive]], [[LOCATION:Bunbury]] [[LOCATION:WA]] [[ZIP_CODE:6230]], mobile "
        "[[PHONE_NUMBER:0408 117 362]], email [[EMAIL_ADDRESS:nik.petrovshaw@bigpond.com]]; slab pour booked for "
        "[[DATE_TIME:14/11]]; deposit on [[CREDIT_CARD:3412 773058 19460]]."
    ),
    (
        "Account holder [[PERSON:Caoimhe Ó Súilleabháin]], PPSN [[ID_NUMBER:8472619E]], [[ADDRESS:Apt 12, The Maltings, "
        "Bonham Street]], [[LOCATION:Dublin 8]], Eircode [[ZIP_CODE:D08 X2T4]], IBAN [[IBAN_CODE:IE24 AIBK 9311 5241 8372 60]], "
        "mobile [[PHONE_NUMBER:087 418 2290]]."
    ),
    (
        "[[PERSON:Josianne Camilleri]], ID card [[ID_NUMBER:0418273M]], [[ADDRESS:45, Triq il-Kbira]], [[LOCATION:Żebbuġ]] "
        "[[ZIP_CODE:ZBG 1302]], mobile [[PHONE_NUMBER:+356 9941 8273]], IBAN "
        "[[IBAN_CODE:MT73 VALL 2201 3000 0000 4002 9184 736]], email [[EMAIL_ADDRESS:josianne.camilleri@gmail.com]]."
    ),
    (
        "Tenant [[PERSON:Yael Ben-David]], Teudat Zehut [[ID_NUMBER:034182733]], [[ADDRESS:Rehov Herzl 41, apt 6]], "
        "[[LOCATION:Haifa]] [[ZIP_CODE:3303441]], phone [[PHONE_NUMBER:054-418-2736]], rent from "
        "[[IBAN_CODE:IL30 0126 1500 0000 0418 273]]."
    ),
    (
        "[[TITLE:คุณ]][[PERSON:สมหญิง แก้วมณี]] เลขบัตรประชาชน [[ID_NUMBER:3-1005-00418-27-0]] ที่อยู่ "
        "[[ADDRESS:99/14 ซอยสุขุมวิท 77]] เขต[[LOCATION:วัฒนา]] [[LOCATION:กรุงเทพฯ]] [[ZIP_CODE:10110]] โทร "
        "[[PHONE_NUMBER:081 418 2736]] อีเมล [[EMAIL_ADDRESS:somying.k@hotmail.com]]"
    ),
    (
        "환자 [[PERSON:이지훈]], 주민등록번호 [[ID_NUMBER:850814-1418272]], 주소 [[LOCATION:부산광역시]] [[LOCATION:해운대구]] "
        "[[ADDRESS:센텀중앙로 79, 502동 1804호]], 연락처 [[PHONE_NUMBER:010-7731-2048]], 카드 [[CREDIT_CARD:5454 3198 0027 6416]], 보호자 [[PERSON:박은정]] "
        "[[PHONE_NUMBER:010-2204-8817]]."
    ),
    (
        "氏名：[[PERSON:高橋 健太]]、生年月日：[[DATE_TIME:昭和63年4月2日]]、個人番号：[[ID_NUMBER:4182 7390 6155]]、住所：〒"
        "[[ZIP_CODE:150-0002]] [[LOCATION:東京都]][[LOCATION:渋谷区]][[ADDRESS:渋谷2-21-1]]、電話：[[PHONE_NUMBER:03-5468-4172]]"
    ),
    (
        "姓名：[[PERSON:林怡君]]，身分證字號：[[ID_NUMBER:A241827395]]，出生日期：[[DATE_TIME:民國80年7月9日]]，地址："
        "[[LOCATION:臺北市]][[LOCATION:大安區]][[ADDRESS:復興南路一段390號5樓]]，手機：[[PHONE_NUMBER:0912-418-273]]，信用卡：[[CREDIT_CARD:3569 8810 2447 3159]]"
    ),
    (
        "Pangalan: [[PERSON:Maria Cristina Dizon Soriano]], PhilSys [[ID_NUMBER:4817-2039-5561-0284]], TIN "
        "[[ID_NUMBER:418-273-906-000]], tirahan [[ADDRESS:Blk 7 Lot 22 Phase 2, Mabuhay Homes]], Brgy. [[LOCATION:San Isidro]], "
        "[[LOCATION:Dasmariñas]], [[LOCATION:Cavite]] [[ZIP_CODE:4114]], cel [[PHONE_NUMBER:0917 418 2290]] (GCash din)."
    ),
    (
        "Mteja [[PERSON:Otieno Ochieng Juma]], kitambulisho [[ID_NUMBER:28471930]], simu [[PHONE_NUMBER:0712 418 273]], anwani "
        "[[ADDRESS:S.L.P. 4172]]-[[ZIP_CODE:40100]] [[LOCATION:Kisumu]], barua pepe [[EMAIL_ADDRESS:otieno.juma@gmail.com]], "
        "alizaliwa [[DATE_TIME:14/02/1986]]."
    ),
    (
        "नाम: [[PERSON:सुनीता देवी यादव]], आधार: [[ID_NUMBER:7341 8290 6154]], मोबाइल: [[PHONE_NUMBER:98351 41827]], पता: "
        "[[ADDRESS:मकान नं. 45, गली नं. 3, शिव नगर]], [[LOCATION:पटना]], [[LOCATION:बिहार]] [[ZIP_CODE:800020]], जन्म तिथि: "
        "[[DATE_TIME:05/09/1982]], रुपे कार्ड: [[CREDIT_CARD:6083 2611 0497 4527]]"
    ),
    (
        "Titular [[PERSON:Lautaro Benjamín Gómez]], DNI [[ID_NUMBER:38.417.290]], CBU [[ID_NUMBER:0070041200004182739611]], alias "
        "[[USERNAME:lautaro.gomez.mp]], domicilio [[ADDRESS:Av. Corrientes 4182, 7° B]], [[LOCATION:Almagro]], "
        "[[LOCATION:CABA]] ([[ZIP_CODE:C1195AAQ]]), celular [[PHONE_NUMBER:+54 9 11 4182-7390]]."
    ),
    (
        "[[TITLE:Пані]] [[PERSON:Ірина Шевчук]], РНОКПП [[ID_NUMBER:3267304829]], дата народження [[DATE_TIME:15.06.1989]], "
        "адреса [[ADDRESS:вул. Городоцька, 48, кв. 12]], [[LOCATION:Львів]], [[ZIP_CODE:79007]], тел. "
        "[[PHONE_NUMBER:+380 67 418 27 39]], рахунок [[IBAN_CODE:UA10 3052 9900 0002 6209 8174 6352 2]]."
    ),
    (
        "Klients [[PERSON:Laura Bērziņa]], personas kods [[ID_NUMBER:210794-20414]], adrese [[ADDRESS:Brīvības iela 88-12]], "
        "[[LOCATION:Rīga]], [[ZIP_CODE:LV-1001]], tālrunis [[PHONE_NUMBER:+371 2941 8273]], konts "
        "[[IBAN_CODE:LV90 UNLA 0050 0183 7462 0]]."
    ),
]

DOC += [
    # OCR'd utility disconnection letter
    (
        "NORTHERN COUNTIES GAS & POWER\n[[ADDRESS:PO Box 7731]], [[LOCATION:Sunderland]] [[ZIP_CODE:SR9 1ZZ]]\n\n"
        "[[PERSON:Mr D. Achterberg]]\n[[ADDRESS:Flat 9, Ravensworth Court]]\n[[ADDRESS:41 Ravensworth Terrace]]\n"
        "[[LOCATION:Gateshead]]\n[[ZIP_CODE:NE8 4AH]]\n\n"
        "Date: [[DATE_TIME:19 September 2025]]\nAccount number: [[ID_NUMBER:7104 2281 9036]]\nMPRN: 7403318265\n\n"
        "Dear [[PERSON:Mr Achterberg]],\n\nNotice of intention to disconnect\n\n"
        "We wrote to you on [[DATE_TIME:4 August]] and [[DATE_TIME:2 September]] about the outstanding balance of £418.62 on "
        "your account. A payment of £50.00 from the card ending 0093 was received last month, but the arrears remain. If we do "
        "not hear from you within 14 days we may apply for a warrant to enter the property and fit a prepayment meter.\n\n"
        "If you are struggling, please call our Priority Services team free on 0800 029 4417 or speak to your local Citizens "
        "Advice.\n\nYours sincerely,\n\n[[PERSON:J. Harrowby]]\nCredit Control Team"
    ),
    # superannuation rollover request
    (
        "ROLLOVER REQUEST - MEMBER DETAILS\n"
        "Member name: [[PERSON:Ms Leilani Faleolo-Grant]]\nMember number: [[ID_NUMBER:30418827]]\n"
        "Date of birth: [[DATE_TIME:02/07/1984]]\nTFN: [[ID_NUMBER:862 035 711]]\n"
        "Residential address: [[ADDRESS:16 Jacaranda Close]], [[LOCATION:Logan Central]] [[LOCATION:QLD]] [[ZIP_CODE:4114]]\n"
        "Phone: [[PHONE_NUMBER:0431 906 225]]\nEmail: [[EMAIL_ADDRESS:leilani.fg@outlook.com.au]]\n\n"
        "Transferring fund: Southern Cross Retirement Trust (ABN 54 092 117 483, USI 54092117483001)\n"
        "Receiving fund: Coastline Super (USI CSL0104AU), member number [[ID_NUMBER:CS-00921746]]\n"
        "Amount: entire balance (approx. $87,412.30)\n\n"
        "Declaration: I, [[PERSON:Leilani Faleolo-Grant]], request that my entire balance be rolled over and confirm the "
        "details above are correct.\nSigned: [[DATE_TIME:11 June 2025]]\n"
        "Witnessed by [[TITLE:Rev.]] [[PERSON:Timote Havili]], JP no. [[ID_NUMBER:77104]]"
    ),
    # vet referral letter
    (
        "Hollybank Veterinary Centre, [[ADDRESS:22 Mill Road]], [[LOCATION:Hexham]] [[ZIP_CODE:NE46 1DW]]\n\n"
        "To: [[PERSON:Dr. Anneke Visser]], Small Animal Orthopaedics, Northern Referrals\nDate: [[DATE_TIME:7 October 2025]]\n\n"
        "Re: Moss, 7 y/o MN Border Collie\nOwners: [[TITLE:Mr]] and [[TITLE:Mrs]] [[PERSON:Thorburn]], "
        "[[ADDRESS:Low Fell Farm]], [[LOCATION:Allendale]] [[ZIP_CODE:NE47 9PL]]\n"
        "Tel: [[PHONE_NUMBER:01434 683 209]] / [[PHONE_NUMBER:07961 442 018]] ([[PERSON:Gillian]])\n\n"
        "Dear [[PERSON:Anneke]],\n\nThank you for seeing Moss, who went acutely lame on the left hind last week after working "
        "sheep. I examined him on [[DATE_TIME:1 October]]: marked drawer, effusion, no neuro deficits. Radiographs are attached "
        "(study 25-1147). Microchip 826097800417233; insured with Petplan, policy 418-0072913. [[PERSON:Mrs Thorburn]] is happy "
        "to travel and would prefer a morning appointment.\n\nKind regards,\n\n"
        "[[PERSON:Callum Reid]] BVM&S MRCVS\nRCVS no. [[ID_NUMBER:7104823]]"
    ),
    # aviation occurrence report
    (
        "OCCURRENCE REPORT (cabin medical)\n"
        "Reported by: [[TITLE:Captain]] [[PERSON:Marie-Ève Gagnon]], licence no. [[ID_NUMBER:093716]]\n"
        "Date of occurrence: [[DATE_TIME:2025-02-11]]\nFlight: TS417 YUL-CUN, aircraft C-GKXR (A321)\n\n"
        "Narrative: About 40 minutes before landing in [[LOCATION:Cancún]], the passenger in 23C, "
        "[[PERSON:Mr. Bernard Lalonde]] ([[AGE:74]]), collapsed in the aisle. An off-duty nurse, [[PERSON:Priya Chandrasekaran]], "
        "assisted the crew; oxygen was given and the AED was not required. His wife, [[PERSON:Mrs. Lucille Lalonde]], gave the "
        "crew his medication list. We requested priority and paramedics met the aircraft at gate 7.\n\n"
        "Follow-up contact (passenger's wife): [[PHONE_NUMBER:819-555-0148]], [[ADDRESS:1180 rue Notre-Dame Centre]], "
        "[[LOCATION:Trois-Rivières]] [[LOCATION:QC]] [[ZIP_CODE:G9A 4X3]]."
    ),
    # ferry witness statement, Philippines
    (
        "SINUMPAANG SALAYSAY\n\n"
        "Ako si [[PERSON:Jovelyn Macaraeg Pascual]], [[AGE:34]] taong gulang, may asawa, nakatira sa [[ADDRESS:27 Burgos St.]], "
        "Brgy. [[LOCATION:Poblacion]], [[LOCATION:Roxas City]], [[LOCATION:Capiz]], at malayang nagsasaad:\n\n"
        "1. Noong ika-[[DATE_TIME:3 ng Marso 2025]], sakay ako ng MV Santa Clara III mula [[LOCATION:Caticlan]] kasama ang aking "
        "asawa na si [[PERSON:Rodel Pascual]] at ang aming anak na si [[PERSON:Jhun-Jhun]], [[AGE:6]] taong gulang.\n"
        "2. Mga alas-dos ng hapon, tumagilid ang barko at nahulog ang mga bagahe. Tinulungan kami ni [[TITLE:Kapitan]] "
        "[[PERSON:Ernesto Villareal]] at ng isang tripulante na si [[PERSON:Marvin]].\n"
        "3. Ang aking numero ay [[PHONE_NUMBER:0928 551 0374]].\n\n"
        "Nilagdaan ngayong ika-[[DATE_TIME:10 ng Marso 2025]] sa [[LOCATION:Roxas City]].\n\n"
        "[[PERSON:JOVELYN M. PASCUAL]]\nNagsasalaysay"
    ),
    # construction accident report, Ireland
    (
        "INCIDENT REPORT (IR1) - INTERNAL COPY\n"
        "Injured person: [[PERSON:Tadhg Ó Murchú]]\nPPSN: [[ID_NUMBER:6093157L]]\nDOB: [[DATE_TIME:14/11/1990]]\n"
        "Address: [[ADDRESS:5 Cnoc na Gréine]], [[LOCATION:Ballincollig]], Co. [[LOCATION:Cork]], [[ZIP_CODE:P31 K2F7]]\n"
        "Employer: Lee Valley Formwork Ltd\nSafe Pass no.: [[ID_NUMBER:SP-2291748]]\n"
        "Date of accident: [[DATE_TIME:22/07/2025]], approx. 10:40\nSite: Marina Quarter, Block C, Centre Park Road, "
        "[[LOCATION:Cork]]\n\n"
        "Description: IP fell approx. 2.4 m from a mobile tower while fixing shutter ties; suspected fracture of the left wrist. "
        "First aid given by [[PERSON:Siobhán Keane]] (site first aider). Taken by ambulance to Cork University Hospital.\n"
        "Witness: [[PERSON:Luis Fernando Arbeláez]], mob. [[PHONE_NUMBER:085 226 9013]].\n\n"
        "Prepared by [[PERSON:Ger Dineen]], H&S Manager, [[DATE_TIME:25/07/2025]]."
    ),
    # reference letter
    (
        "To the Admissions Committee,\n\n"
        "I am writing to recommend [[PERSON:Ms. Tanvi Kulkarni]] (student ID [[ID_NUMBER:2019-AN-0417]]) for your MA in Social "
        "Anthropology. I have known Tanvi since [[DATE_TIME:August 2019]], when she joined my course on kinship and migration, "
        "and I later supervised her fieldwork in [[LOCATION:Gangtok]]. Her paper with [[PERSON:Dr. Pema Lhamo Bhutia]] on "
        "cardamom growers is, in my view, the best undergraduate work I have read in ten years.\n\n"
        "Tanvi is thoughtful with informants and careful with their data. She is fluent in Marathi, Hindi, English and "
        "conversational Nepali.\n\n"
        "Please feel free to contact me at [[EMAIL_ADDRESS:r.dasgupta@socanth.ac.in]] or on [[PHONE_NUMBER:+91 20 2590 8127]].\n\n"
        "Sincerely,\n[[PERSON:Prof. Rohini Dasgupta]]\n[[DATE_TIME:12 November 2025]]"
    ),
    # polling unit incident form, Nigeria
    (
        "POLLING UNIT INCIDENT FORM\n"
        "State: [[LOCATION:Oyo]]   LGA: [[LOCATION:Ibadan North]]   Ward: 07   PU: 012 (St. Peter's Primary School)\n"
        "Presiding Officer: [[PERSON:Mrs. Folake Adeyemo-Bello]], INEC staff no. [[ID_NUMBER:INEC/OY/4471]], "
        "tel. [[PHONE_NUMBER:0803 771 2094]]\nDate: [[DATE_TIME:25 February]]\n\n"
        "At about 11:15am a voter, [[TITLE:Mr.]] [[PERSON:Chukwuemeka Obi]] (VIN [[ID_NUMBER:90F5B1C2D7294173648]]), could not "
        "be verified on the BVAS after three attempts and was asked to step aside. The [[NRP:APC]] agent, [[TITLE:Alhaji]] "
        "[[PERSON:Musa Danladi]], objected; the [[NRP:PDP]] agent, [[TITLE:Comrade]] [[PERSON:Tunde Akinola]], agreed with the "
        "decision. Voting resumed at 11:40am. No injuries.\n\nSigned: [[PERSON:F. Adeyemo-Bello]]"
    ),
    # bowling club AGM minutes
    (
        "KELSO BOWLING CLUB\nMinutes of the Annual General Meeting held on [[DATE_TIME:14 March 2025]] in the clubhouse\n\n"
        'Present: [[PERSON:Ian Renwick]] (President), [[PERSON:Morag Elliot]] (Secretary), [[PERSON:Jim]] "[[PERSON:Tiny]]" '
        "[[PERSON:Scott]] (Treasurer), [[PERSON:Ailsa Brydon]], [[PERSON:Dougie Lauder]] and 23 members.\n"
        "Apologies: [[TITLE:Rev.]] [[PERSON:Mairi MacAskill]], [[PERSON:Brian Turnbull]].\n\n"
        "1. The minutes of the AGM of [[DATE_TIME:15 March 2024]] were approved.\n"
        "2. Treasurer's report: balance of £12,418.77; subscriptions stay at £95 (juniors £20).\n"
        "3. Office bearers: [[PERSON:Ailsa Brydon]] was elected President and thanked [[PERSON:Ian]] for his six years.\n"
        "4. AOB: the green opens 19 April. Membership enquiries to kelsobowls.secretary@gmail.com or [[PERSON:Morag]] on "
        "[[PHONE_NUMBER:07887 214 906]].\n\n"
        "Next AGM: Friday [[DATE_TIME:13 March 2026]] at 7.30pm."
    ),
    # notice to leave, Scotland
    (
        "NOTICE TO LEAVE\n(Private Housing (Tenancies) (Scotland) Act 2016)\n\n"
        "To: [[PERSON:Ewan McAllister]] and [[PERSON:Kirsty Dunbar]]\n"
        "Let property: [[ADDRESS:2F2, 17 Marchmont Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HN]]\n\n"
        "From: [[PERSON:Harjit Singh Bains]] (landlord registration 418207/230/11409)\n"
        "Agent: Lothian Lets, [[ADDRESS:8 Bruntsfield Place]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH10 4HN]], 0131 229 4471\n\n"
        "Eviction ground: the landlord intends to sell the let property (Schedule 3, ground 1).\n"
        "The end of the day on which you must leave: [[DATE_TIME:28 January 2026]].\n"
        "Date notice served: [[DATE_TIME:27 October 2025]]\n\n"
        "Your deposit is held by SafeDeposits Scotland, ref DAN-0041-8827.\n\nSigned: [[PERSON:H. S. Bains]]"
    ),
]

DOC += [
    # reference-check email thread
    (
        "From: [[PERSON:Hannah Okoye]] <[[EMAIL_ADDRESS:hannah.okoye@brightwatercare.co.uk]]>\n"
        "To: [[PERSON:Graham Pettigrew]] <[[EMAIL_ADDRESS:g.pettigrew@ashgrovenursing.org.uk]]>\n"
        "Subject: RE: Reference request - [[PERSON:Abena Osei-Tutu]] (RGN)\n\n"
        "Hi [[PERSON:Graham]],\n\nThanks for coming back so quickly. For your records, [[PERSON:Abena]]'s NMC PIN is "
        "[[ID_NUMBER:19B2047E]] and her enhanced DBS certificate number is [[ID_NUMBER:001718293046]]. She has given "
        "[[DATE_TIME:1 December]] as her start date with us.\n\nKind regards,\n[[PERSON:Hannah Okoye]]\n"
        "Recruitment Coordinator | Brightwater Care\n[[PHONE_NUMBER:07421 883 016]]\n\n"
        "On Mon, [[DATE_TIME:3 Nov 2025]] at 16:40, [[PERSON:Graham Pettigrew]] wrote:\n"
        "> Hannah, happy to help. Abena worked with us as a staff nurse from [[DATE_TIME:14 March 2021]] until "
        "[[DATE_TIME:31 October 2025]]. Her sickness absence was low and I would re-employ her without hesitation.\n"
        "> [[PERSON:Graham Pettigrew]], Deputy Manager, Ashgrove Nursing Home, [[ADDRESS:14 Vicarage Road]], "
        "[[LOCATION:Stourbridge]] [[ZIP_CODE:DY8 4NH]]"
    ),
    # medication incident report, Australia
    (
        "MEDICATION INCIDENT REPORT\n"
        "Pharmacy: Riverside Discount Chemist, [[ADDRESS:Shop 4, 210 Queen Street]], [[LOCATION:Ayr]] [[LOCATION:QLD]] "
        "[[ZIP_CODE:4807]]\n"
        "Patient: [[PERSON:Doris Mabel Kilroy]], [[AGE:86]], DOB [[DATE_TIME:17/05/1939]]\n"
        "Medicare: [[ID_NUMBER:4192 70634 2]]   IHI: [[ID_NUMBER:8003 6081 2047 1198]]\n"
        "Date of incident: [[DATE_TIME:03/03/2025]]\n\n"
        "What happened: the dose administration aid for the week starting [[DATE_TIME:03/03]] was packed with warfarin 5 mg "
        "instead of 1 mg tablets. The error was noticed by the patient's daughter, [[PERSON:Colleen Kilroy]] "
        "([[PHONE_NUMBER:0407 362 915]]), on [[DATE_TIME:05/03]] before any doses were taken. INR checked on "
        "[[DATE_TIME:06/03]]: 2.4.\n\n"
        "Prescriber: [[PERSON:Dr Nalini Rajapakse]], prescriber no. [[ID_NUMBER:2041873]] - informed.\n"
        "Pharmacist in charge: [[PERSON:Tom Vella]], AHPRA [[ID_NUMBER:PHA0001729384]].\n"
        "Batch/lot of tablets: WF2291 (exp 09/2026)."
    ),
    # courier claim email, Spain
    (
        "Asunto: Reclamación envío 4417-ES-0092183 - paquete dañado\n"
        "De: [[PERSON:Lucía Fernández Ortega]] <[[EMAIL_ADDRESS:luciafo.84@gmail.com]]>\n\n"
        "Buenos días:\n\nLes escribo porque el paquete con número de seguimiento 4417-ES-0092183 llegó ayer a mi domicilio "
        "([[ADDRESS:C/ Sagasta 27, 4.º izq.]], [[ZIP_CODE:28004]] [[LOCATION:Madrid]]) con la caja aplastada y la cafetera "
        "rota. Adjunto fotos y la factura (FV-2025-11873).\n\n"
        "Datos para el reembolso: DNI [[ID_NUMBER:53917204Y]], IBAN [[IBAN_CODE:ES56 0049 1500 0805 1287 3946]]. "
        "Mi móvil es el [[PHONE_NUMBER:655 203 918]].\n\nUn saludo,\n[[PERSON:Lucía Fernández]]\n\n"
        "-----\n"
        "Estimada [[TITLE:Sra.]] [[PERSON:Fernández]]:\n\nLamentamos lo ocurrido. Su caso ha sido asignado a nuestro agente "
        "[[PERSON:Jorge Bermúdez]] (ext. 2291), que la llamará en un plazo de 48 horas. Para agilizar el reembolso no es "
        "necesario que nos envíe de nuevo su IBAN.\n\nAtención al Cliente"
    ),
    # hotel guest incident report, Thailand
    (
        "GUEST INCIDENT REPORT - Andaman Pearl Resort, [[LOCATION:Patong]]\n"
        "Date: [[DATE_TIME:19 January 2025]]   Time: 21:50   Location: pool bar steps\n\n"
        "Guest: [[PERSON:Mr. Lars-Erik Holmgren]], [[AGE:61]], [[NRP:Swedish]], room 3207\n"
        "Passport: [[ID_NUMBER:91473826]]\n"
        "Home address: [[ADDRESS:Vasagatan 14]], [[ZIP_CODE:411 24]] [[LOCATION:Göteborg]], [[LOCATION:Sweden]]\n"
        "Contact in Thailand: [[PHONE_NUMBER:+66 92 871 3304]] (wife, [[PERSON:Mrs. Birgitta Holmgren]])\n\n"
        "What happened: the guest slipped on the wet steps by the pool bar and cut his chin. Duty manager "
        "[[TITLE:Khun]] [[PERSON:Nattapong Srisuk]] gave first aid and drove him to Bangkok Hospital Phuket, where he "
        "received four stitches. Witness: bartender [[PERSON:Ploy]]. A wet-floor sign was in place.\n"
        "Travel insurer: If P&C, claim 7720-331-19.\n\n"
        "Report by: [[PERSON:Nattapong Srisuk]], [[DATE_TIME:20/01/2025]]"
    ),
    # church weekly notices, Auckland
    (
        "EFKS MĀNGERE EAST - WEEKLY NOTICES\n\n"
        "- Happy [[AGE:80]]th birthday to [[PERSON:Lagi Leota]], who celebrates this Saturday with her grandchildren.\n"
        "- Fa'afetai tele to the [[PERSON:Tuilagi]] aiga for preparing the umu last Sunday.\n"
        "- The funeral service for the late [[PERSON:Tavita Sefo]] will be held on Friday [[DATE_TIME:11 July]] at 10am at "
        "the church, [[ADDRESS:44 Buckland Road]], [[LOCATION:Māngere East]], followed by burial at Māngere Lawn Cemetery. "
        "Please contact [[PERSON:Malia Sefo]] on [[PHONE_NUMBER:021 155 4093]] for the family.\n"
        "- Choir practice is on Wednesdays at 7pm.\n"
        "- Youth camp forms are due to [[TITLE:Deacon]] [[PERSON:Filipo Ah Kuoi]] by next Sunday; questions to "
        "[[EMAIL_ADDRESS:filipo.ahkuoi@gmail.com]]."
    ),
    # news article
    (
        "Retired ferry captain, [[AGE:79]], honoured for 1987 rescue\nBy [[PERSON:Siân Pritchard]]\n\n"
        "[[LOCATION:HOLYHEAD]] - A retired ferry captain who pulled eleven people from the sea off [[LOCATION:Anglesey]] during a storm on "
        "[[DATE_TIME:14 December 1987]] has been awarded a bronze medal for gallantry.\n\n"
        "[[TITLE:Captain]] [[PERSON:Emrys Owen-Hughes]], [[AGE:79]], of [[LOCATION:Trearddur Bay]], received the medal on "
        'Thursday from [[TITLE:Sir]] [[PERSON:Alan Whitcombe]] at a ceremony on board the St Columba. "I just did what anyone '
        'would have done," said [[PERSON:Mr Owen-Hughes]], whose wife [[PERSON:Glenys]] watched from the front row.\n\n'
        "Among those rescued was [[PERSON:Orla Brennan]], then a [[AGE:24]]-year-old nurse from [[LOCATION:Dún Laoghaire]], who "
        'travelled over for the ceremony. "He came back for us three times," she said.'
    ),
    # FHIR Patient resource
    (
        "{\n"
        '  "resourceType": "Patient",\n'
        '  "id": "9c2e4b71-5a0d-4f3e-b8a2-61d7c04e93f5",\n'
        '  "identifier": [{"system": "https://standards.digital.health.nz/ns/nhi-id", "value": '
        '"[[ID_NUMBER:PRW3059]]"}],\n'
        '  "name": [{"use": "official", "family": "[[PERSON:Tapsell]]", "given": ["[[PERSON:Mereana]]", '
        '"[[PERSON:Huia]]"], "prefix": ["[[TITLE:Mrs]]"]}],\n'
        '  "telecom": [\n'
        '    {"system": "phone", "value": "[[PHONE_NUMBER:+64 27 551 0938]]", "use": "mobile"},\n'
        '    {"system": "email", "value": "[[EMAIL_ADDRESS:mereana.tapsell@xtra.co.nz]]"}\n'
        "  ],\n"
        '  "gender": "female",\n'
        '  "birthDate": "[[DATE_TIME:1968-09-30]]",\n'
        '  "address": [{"line": ["[[ADDRESS:18 Pohutukawa Drive]]"], "city": "[[LOCATION:Whakatāne]]", '
        '"postalCode": "[[ZIP_CODE:3120]]", "country": "[[LOCATION:NZ]]"}],\n'
        '  "contact": [{"relationship": [{"text": "daughter"}], "name": {"text": "[[PERSON:Aroha Tapsell]]"}, '
        '"telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:021 880 4172]]"}]}]\n'
        "}"
    ),
    # YAML on-call rota
    (
        "# control room on-call rota, week 46\n"
        "rota:\n"
        "  - name: [[PERSON:Precious Moyo]]\n"
        "    role: duty engineer\n"
        '    mobile: "[[PHONE_NUMBER:+44 7700 900614]]"\n'
        "    email: [[EMAIL_ADDRESS:p.moyo@wessexflow.co.uk]]\n"
        "    staff_id: [[ID_NUMBER:WF-10417]]\n"
        "    from: [[DATE_TIME:2025-11-10]]\n"
        "    to: [[DATE_TIME:2025-11-14]]\n"
        "  - name: [[PERSON:Callum Whitfield]]\n"
        "    role: standby fitter\n"
        '    mobile: "[[PHONE_NUMBER:+44 7700 900282]]"\n'
        "    staff_id: [[ID_NUMBER:WF-11893]]\n"
        "    from: [[DATE_TIME:2025-11-14]]\n"
        "    to: [[DATE_TIME:2025-11-17]]\n"
        "escalation:\n"
        "  manager: [[PERSON:Dr. Ifeoma Nnaji]]\n"
        '  phone: "[[PHONE_NUMBER:07700 900 951]]"\n'
        '  control_room: "0345 600 4600"\n'
        "site: Netheridge STW, [[LOCATION:Gloucester]] [[ZIP_CODE:GL2 5JF]]\n"
        "pager_service: opsgenie\n"
        "version: 3.2.1"
    ),
    # lost property report, Zurich
    (
        "FUNDBÜRO - VERLUSTANZEIGE\n\n"
        "Name, Vorname: [[PERSON:Brunner]], [[PERSON:Corinne]]\n"
        "Adresse: [[ADDRESS:Seestrasse 211]], [[ZIP_CODE:8810]] [[LOCATION:Horgen]]\n"
        "Telefon: [[PHONE_NUMBER:+41 79 562 30 17]]\n"
        "E-Mail: [[EMAIL_ADDRESS:corinne.brunner@bluewin.ch]]\n"
        "Verlustdatum: [[DATE_TIME:02.08.2025]], nach Ankunft mit LX1831 aus [[LOCATION:Kopenhagen]]\n\n"
        "Gegenstand: schwarzer Rucksack (Fjällräven Kånken) mit Laptop (Seriennr. C02XK1ZJJG5H), Ladekabel und Pass "
        "Nr. [[ID_NUMBER:X4172093]]\n"
        "Für die Versicherung: AHV-Nr. [[ID_NUMBER:756.9271.6403.82]]\n\n"
        "Aufgenommen von: [[PERSON:M. Kälin]], Schalter 2"
    ),
    # tenancy tribunal order, NZ
    (
        "TENANCY TRIBUNAL\nApplication 4417093\n\n"
        "Applicant (landlord): [[PERSON:Graeme Hollis]]\n"
        "Respondents (tenants): [[PERSON:Losaline Taufa]] and [[PERSON:Viliami Taufa]]\n"
        "Tenancy address: [[ADDRESS:3/27 Mahia Road]], [[LOCATION:Manurewa]], [[LOCATION:Auckland]] [[ZIP_CODE:2102]]\n\n"
        "ORDER: The respondents must pay the applicant $1,842.50, made up of rent arrears and the cost of carpet cleaning. "
        "The bond of $2,100 (bond 2291043-001) is to be paid to the applicant and deducted.\n\n"
        "Reasons: The tenancy began on [[DATE_TIME:14 February 2023]] and ended on [[DATE_TIME:30 June 2025]]. "
        "[[PERSON:Mr Hollis]] attended in person; [[PERSON:Ms Taufa]] attended by phone and accepted the arrears but not the "
        "cleaning costs.\n\nAdjudicator: [[PERSON:J. Mahuika]]\nDate: [[DATE_TIME:22 August 2025]]"
    ),
]

DOC += [
    # OCR'd handwritten objection letter
    (
        "[[ADDRESS:14 Larkspur Close]]\n[[LOCATION:Much Wenlock]]\n[[LOCATION:Shropshire]]  [[ZIP_CODE:TF13 6QN]]\n\n"
        "[[DATE_TIME:3rd Novmber 2025]]\n\n"
        "Planning Dept.\nShropshire Council\n[[ADDRESS:Shirehall, Abbey Foregate]]\n[[LOCATION:Shrewsbury]] [[ZIP_CODE:SY2 6ND]]\n\n"
        "Re: Application 25/03317/FUL - land off Sheinton Road\n\n"
        "Dear Sir / Madam,\n\n"
        "I wish to object to the above applicat ion for 14 houses. My wife and I have lived at this address since 1979 and "
        "the lane floods every winter. On [[DATE_TIME:9 Feb]] this year our neighbour [[PERSON:Mrs Pat Corfield]] (aged "
        "[[AGE:84]]) could not get her car out for three days and the district nurse had to walk in from the main road.\n\n"
        "More houses means more run-off. I would ask the committee to come and see it for themselves.\n\n"
        "Yours faithfully,\n\n[[PERSON:R. J. Bytheway]]\n([[PERSON:Ronald Bytheway]])\nTel [[PHONE_NUMBER:01952 727 310]]"
    ),
    # CEGEP disciplinary decision, Quebec
    (
        "Cégep de Rimouski - Comité de discipline\nDécision no CD-2025-014\n\n"
        "Étudiant : [[PERSON:Jérémie Tremblay-Ouellet]]\nCode permanent : [[ID_NUMBER:TREJ12079804]]\n"
        "Matricule : [[ID_NUMBER:1924036]]\n"
        "Adresse : [[ADDRESS:88, rue Saint-Germain Est, app. 3]], [[LOCATION:Rimouski]] ([[LOCATION:Québec]]) "
        "[[ZIP_CODE:G5L 1A6]]\nCourriel : [[EMAIL_ADDRESS:jeremie.to@outlook.com]]\n\n"
        "Le comité s'est réuni le [[DATE_TIME:21 octobre 2025]] pour entendre la plainte de plagiat déposée par "
        "[[TITLE:Mme]] [[PERSON:Isabelle Gagnon]], enseignante en philosophie. L'étudiant était accompagné de "
        "[[TITLE:M.]] [[PERSON:Samuel Lavoie]], représentant de l'association étudiante.\n\n"
        "Décision : la note de zéro est maintenue pour le travail 2 du cours 340-102-MQ; aucune autre sanction.\n\n"
        "Signé à [[LOCATION:Rimouski]], le [[DATE_TIME:24 octobre 2025]].\n[[PERSON:Nathalie Bérubé]], présidente du comité"
    ),
    # scholarship letter, Peru
    (
        "[[LOCATION:Lima]], [[DATE_TIME:18 de diciembre de 2025]]\n\n"
        "[[TITLE:Señorita]]\n[[PERSON:Yessenia Mamani Condori]]\n[[ADDRESS:Jr. Los Incas 412]]\n[[LOCATION:Puno]]\n"
        "Presente.-\n\nAsunto: Otorgamiento de Beca Integral 2026\n\n"
        "De nuestra consideración:\n\nNos es grato comunicarle que usted, identificada con DNI N.° [[ID_NUMBER:72418305]], "
        "ha sido seleccionada para la Beca Integral en la carrera de Ingeniería Agroindustrial. La beca cubre la pensión, "
        "el comedor y un estipendio mensual de S/ 930. Su matrícula deberá realizarse el [[DATE_TIME:9 de marzo de 2026]].\n\n"
        "Para cualquier consulta puede comunicarse con la [[TITLE:Lic.]] [[PERSON:Rosario Huanca]] al "
        "[[PHONE_NUMBER:951 372 048]] o escribir a becas@bienestar.edu.pe.\n\nAtentamente,\n\n"
        "[[PERSON:Dr. Julio César Apaza Ccama]]\nDirector de Bienestar Universitario"
    ),
    # funeral poster, Ghana
    (
        "CALL TO GLORY\n\n[[TITLE:Madam]] [[PERSON:Comfort Adwoa Asantewaa]] (a.k.a. [[PERSON:Maame Adwoa]])\n"
        "Born: [[DATE_TIME:12th May 1941]]   Died: [[DATE_TIME:3rd September 2025]]\nAged [[AGE:84]]\n\n"
        "The [[PERSON:Asantewaa]], [[PERSON:Owusu]] and [[PERSON:Mensah]] families of [[LOCATION:Bekwai]], "
        "[[LOCATION:Kumasi]] and [[LOCATION:London]] announce the home call of their beloved mother and grandmother.\n\n"
        "Wake-keeping: Friday [[DATE_TIME:17th October]], family house, [[ADDRESS:Plot 12, Anwiankwanta Road]], "
        "[[LOCATION:Bekwai]]\nBurial service: Saturday [[DATE_TIME:18th October]], Wesley Methodist Church, [[LOCATION:Bekwai]]\n"
        "Thanksgiving: Sunday [[DATE_TIME:19th October]]\n\n"
        "Husband: [[TITLE:Opanyin]] [[PERSON:Kwaku Boateng]]\n"
        "Children: [[PERSON:Mrs. Grace Owusu-Ansah]] ([[LOCATION:UK]]), [[PERSON:Kofi Mensah]], [[PERSON:Akua Serwaa Mensah]] "
        "([[LOCATION:USA]])\n\nEnquiries: [[PHONE_NUMBER:020 771 3306]] ([[PERSON:Kofi]]) / [[PHONE_NUMBER:+44 7911 402118]] "
        "([[PERSON:Grace]])"
    ),
    # property loss notice, Louisiana
    (
        "PROPERTY LOSS NOTICE\n"
        "Insured: [[PERSON:Beaudreaux]], [[PERSON:Antoine J.]] & [[PERSON:Marie-Claire]]\n"
        "Policy #: HO3-LA-0049217\n"
        "Loss location: [[ADDRESS:611 Bayou Blue Rd]], [[LOCATION:Houma]], [[LOCATION:LA]] [[ZIP_CODE:70364]]\n"
        "Date of loss: [[DATE_TIME:08/29/2025]]   Cause: wind / hurricane\n"
        "Contact: [[PHONE_NUMBER:(985) 555-0176]] (cell), [[EMAIL_ADDRESS:abeaudreaux@charter.net]]\n"
        "Mortgagee: Gulf Coast Bank & Trust, loan no. [[ID_NUMBER:0041187723]]\n"
        "Adjuster: [[PERSON:Kendra Sims]], LA adjuster license #[[ID_NUMBER:1048221]]\n\n"
        "Notes: roof decking exposed over the master bedroom, water in ceiling. Insureds are staying with their daughter, "
        "[[PERSON:Renée Guidry]], at [[ADDRESS:2214 Cypress St]], [[LOCATION:Thibodaux]], [[LOCATION:LA]] [[ZIP_CODE:70301]]. "
        "Inspection scheduled for [[DATE_TIME:09/04/2025]], 10am."
    ),
    # German witness statement
    (
        "Polizeipräsidium Köln - Vernehmung eines Zeugen\n\n"
        "Personalien: [[PERSON:Wagner]], [[PERSON:Tobias]], geb. am [[DATE_TIME:27.06.1988]] in [[LOCATION:Leverkusen]]\n"
        "Anschrift: [[ADDRESS:Venloer Straße 301]], [[ZIP_CODE:50823]] [[LOCATION:Köln]]\n"
        "Personalausweis-Nr.: [[ID_NUMBER:L7H29TF0K]]\nTel.: [[PHONE_NUMBER:0163 2247915]]\n\n"
        "Zur Sache:\nAm [[DATE_TIME:14.09.2025]] gegen 23:30 Uhr stand ich an der Straßenbahnhaltestelle in "
        "[[LOCATION:Ehrenfeld]]. Ich sah, wie ein Mann, ca. [[AGE:30]] Jahre alt, einer jungen Frau die Handtasche entriss "
        "und in Richtung Bahnhof lief. Die Frau heißt, wie ich später erfuhr, [[PERSON:Leonie Schubert]]. Ein zweiter "
        "Zeuge, [[TITLE:Herr]] [[PERSON:Okan Demir]], hat einen Teil mit dem Handy gefilmt.\n\n"
        "Selbst gelesen, genehmigt und unterschrieben.\nVernehmender Beamter: [[TITLE:POK]] [[PERSON:Weiß]]"
    ),
    # attestation d'hébergement
    (
        "ATTESTATION D'HÉBERGEMENT\n\n"
        "Je soussignée, [[TITLE:Madame]] [[PERSON:Aminata Traoré]], née le [[DATE_TIME:02/03/1979]] à [[LOCATION:Bamako]] "
        "([[LOCATION:Mali]]), demeurant au [[ADDRESS:14 rue des Poissonniers]], [[ZIP_CODE:75018]] [[LOCATION:Paris]], "
        "atteste sur l'honneur héberger à mon domicile depuis le [[DATE_TIME:1er septembre 2024]] :\n\n"
        "[[TITLE:Monsieur]] [[PERSON:Moussa Traoré]], né le [[DATE_TIME:19/11/2001]] à [[LOCATION:Ségou]] ([[LOCATION:Mali]]), "
        "mon neveu.\n\n"
        "Je joins une copie de mon titre de séjour n° [[ID_NUMBER:7512094837]] et une facture d'électricité récente "
        "(référence client [[ID_NUMBER:6004418273]]).\n\n"
        "Fait à [[LOCATION:Paris]], le [[DATE_TIME:15 janvier 2025]].\nTél. : [[PHONE_NUMBER:06 12 48 77 30]]\n"
        "Signature : [[PERSON:A. Traoré]]"
    ),
    # condominium meeting minutes, Turin
    (
        "VERBALE DI ASSEMBLEA ORDINARIA\n"
        'Condominio "Parco dei Tigli", [[ADDRESS:Via Nizza 148]], [[ZIP_CODE:10126]] [[LOCATION:Torino]]\n\n'
        "L'anno 2025, il giorno [[DATE_TIME:12 del mese di giugno]], alle ore 18:30, si è riunita in seconda convocazione "
        "l'assemblea dei condòmini.\n\n"
        "Presenti: [[TITLE:Sig.ra]] [[PERSON:Lorenza Bianchi]] (int. 4), [[TITLE:Sig.]] [[PERSON:Gennaro Esposito]] (int. 9), "
        "[[TITLE:Avv.]] [[PERSON:Paolo Ferraris]] (per delega della [[TITLE:Sig.ra]] [[PERSON:Carla Mussano]], int. 12).\n"
        "Amministratore: [[TITLE:Geom.]] [[PERSON:Franco Rinaldi]].\n\n"
        "1. Approvato all'unanimità il consuntivo 2024 (€ 38.412,60).\n"
        "2. Il [[TITLE:Sig.]] [[PERSON:Esposito]] segnala infiltrazioni nel box n. 7; si incarica la ditta Edil Po S.r.l.\n"
        "3. La [[TITLE:Sig.ra]] [[PERSON:Bianchi]] (C.F. [[ID_NUMBER:BNCLNZ82R45L219C]]) chiede la rateizzazione delle "
        "quote arretrate: approvato.\n\n"
        "La prossima assemblea è fissata per il [[DATE_TIME:20 novembre 2025]]."
    ),
    # HR XML export, Canada
    (
        '<?xml version="1.0" encoding="UTF-8"?>\n<employees>\n'
        '  <employee id="[[ID_NUMBER:E-20417]]">\n'
        "    <firstName>[[PERSON:Naveen]]</firstName>\n    <lastName>[[PERSON:Balasubramanian]]</lastName>\n"
        "    <sin>[[ID_NUMBER:729 360 156]]</sin>\n    <birthDate>[[DATE_TIME:1986-04-03]]</birthDate>\n"
        "    <hireDate>[[DATE_TIME:2019-08-12]]</hireDate>\n"
        "    <address><street>[[ADDRESS:2204-88 Harbour Street]]</street><city>[[LOCATION:Toronto]]</city>"
        "<province>[[LOCATION:ON]]</province><postal>[[ZIP_CODE:M5J 0B6]]</postal></address>\n"
        "    <email>[[EMAIL_ADDRESS:naveen.bala@rogers.com]]</email>\n    <phone>[[PHONE_NUMBER:416-555-0193]]</phone>\n"
        '    <bank transit="00012" institution="004" account="[[ID_NUMBER:5204117]]"/>\n'
        "  </employee>\n"
        '  <employee id="[[ID_NUMBER:E-20533]]">\n'
        "    <firstName>[[PERSON:Marisol]]</firstName>\n    <lastName>[[PERSON:Quintanilla]]</lastName>\n"
        "    <sin>[[ID_NUMBER:520 419 631]]</sin>\n    <birthDate>[[DATE_TIME:1992-12-19]]</birthDate>\n"
        "    <hireDate>[[DATE_TIME:2023-03-06]]</hireDate>\n"
        "    <address><street>[[ADDRESS:57 Rossland Rd W]]</street><city>[[LOCATION:Oshawa]]</city>"
        "<province>[[LOCATION:ON]]</province><postal>[[ZIP_CODE:L1G 2X3]]</postal></address>\n"
        "    <email>[[EMAIL_ADDRESS:marisol.q@hotmail.ca]]</email>\n    <phone>[[PHONE_NUMBER:905-555-0127]]</phone>\n"
        '    <bank transit="04412" institution="003" account="[[ID_NUMBER:1093372]]"/>\n'
        "  </employee>\n</employees>"
    ),
    # CV, Brazil
    (
        "CURRÍCULO\n\n[[PERSON:Francisco das Chagas Holanda Neto]]\n[[NRP:Brasileiro]], casado, [[AGE:38]] anos\n"
        "[[ADDRESS:Rua Jaguaribe, 455 - Bloco B, Apto 32]] - [[LOCATION:Joaquim Távora]], [[LOCATION:Fortaleza]]/"
        "[[LOCATION:CE]] - CEP [[ZIP_CODE:60130-440]]\n"
        "[[PHONE_NUMBER:(85) 99614-2270]] | [[EMAIL_ADDRESS:chagasholanda.eng@gmail.com]] | "
        "[[URL:linkedin.com/in/chagasholanda]]\n"
        "CPF [[ID_NUMBER:083.614.927-04]] | PIS [[ID_NUMBER:129.04173.65-1]]\n\n"
        "OBJETIVO\nEngenheiro de Segurança do Trabalho\n\n"
        "EXPERIÊNCIA\n[[DATE_TIME:03/2019]] - atual: Construtora Beira-Mar Ltda. - coordenador de SST em obras "
        "residenciais (até 420 trabalhadores)\n[[DATE_TIME:08/2013]] - [[DATE_TIME:02/2019]]: Cimentos do Nordeste S.A. - "
        "técnico e depois engenheiro de segurança\n\n"
        "FORMAÇÃO\nEngenharia Civil - UFC (2008-2012)\nEspecialização em Engenharia de Segurança - Unifor (2015)\n\n"
        "Referência: [[TITLE:Eng.]] [[PERSON:Márcio Lopes Bezerra]], [[PHONE_NUMBER:(85) 98117-3304]]"
    ),
]

CHAT += [
    # WhatsApp, Sunday league
    (
        "[18:02] [[PERSON:Dean Whitlock]]: lads training moved to the 3G at Hillside tmrw, 7pm\n"
        "[18:03] [[PERSON:Kaz]]: who's got the bibs\n"
        "[18:05] [[PERSON:Dean Whitlock]]: @[[PERSON:Tommo]] you had them last\n"
        "[18:06] [[PERSON:Tommo]]: ye mine will bring. subs £5 to my acc 20-11-09 [[ID_NUMBER:31847726]] ref ur name pls\n"
        "[18:07] [[PERSON:Kaz]]: done. new lad joining btw, [[PERSON:Eze]], [[PHONE_NUMBER:07519 204 883]], someone add him\n"
        "[18:09] [[PERSON:Dean Whitlock]]: added 👍"
    ),
    # SMS, letting agent and tenant
    (
        "Hi it's [[PERSON:Mandla]] from Ridgeview Lettings. The plumber [[PERSON:Kobus]] will come on Thursday "
        "[[DATE_TIME:16th]] between 8 and 12 to fix the geyser at [[ADDRESS:12B Protea Rd]], [[LOCATION:Claremont]]. Pls "
        "confirm\n\n> ok thanks. my wife [[PERSON:Zanele]] will be home, her cell is [[PHONE_NUMBER:072 118 4093]]"
    ),
    # Slack, newsroom
    (
        "#metro-desk\n"
        "[[USERNAME:priya.nair]]: anyone got a number for [[TITLE:Cllr]] [[PERSON:Donnelly]]? need a quote by 4\n"
        "[[USERNAME:j_okafor]]: [[PHONE_NUMBER:07700 900361]] is her mobile, don't pass it on. office email "
        "[[EMAIL_ADDRESS:aoife.donnelly@leeds.gov.uk]]\n"
        "[[USERNAME:priya.nair]]: ty. the woman from the flood story, [[PERSON:Margaret Iredale]], [[AGE:71]], lives on "
        "Kirkstall Rd - anyone have her landline?\n"
        "[[USERNAME:j_okafor]]: [[PHONE_NUMBER:0113 278 4419]], she said mornings are best"
    ),
    # Discord, trading
    (
        "[[USERNAME:xX_Ragnar_Xx]]: yo anyone still selling the dragon skin\n"
        "[[USERNAME:moth3r_of_dragons]]: me, paypal only. send to [[EMAIL_ADDRESS:shayla.b.2004@gmail.com]] and ill trade\n"
        "[[USERNAME:xX_Ragnar_Xx]]: bet. my steam is [[ID_NUMBER:76561198047218364]] add me\n"
        "[[USERNAME:moth3r_of_dragons]]: sent. btw im [[PERSON:shayla]] irl lol\n"
        "MEE6: GG [[USERNAME:xX_Ragnar_Xx]], you just advanced to level 12!"
    ),
    # airline support chat
    (
        "Agent ([[PERSON:Kezia]]): Hi, thanks for contacting us. May I have your booking reference and full name?\n"
        "You: QX7T2M, [[PERSON:Rahul Menon]]\n"
        "Agent ([[PERSON:Kezia]]): Thanks [[PERSON:Rahul]]. For security, could you confirm your date of birth?\n"
        "You: [[DATE_TIME:14 feb 1993]]\n"
        "Agent ([[PERSON:Kezia]]): Thank you. I can see the flight to [[LOCATION:Dubai]] on [[DATE_TIME:3 March]]. Shall I add "
        "your Skywards number?\n"
        "You: yes [[ID_NUMBER:EK 418 227 903]]. also my wife [[PERSON:Anjali]]'s is on the booking but not her number, "
        "[[ID_NUMBER:EK 502 119 384]]\n"
        "Agent ([[PERSON:Kezia]]): Both added. Anything else today?"
    ),
    # call-centre transcript, energy
    (
        "AGENT: You're through to account services, my name's [[PERSON:Leanne]]. Can I take the first line of the address "
        "and the postcode?\n"
        "CALLER: Yeah it's [[ADDRESS:twenty-two Meadow View]], [[ZIP_CODE:L-S-nine, four-D-W]].\n"
        "AGENT: And the name on the account?\n"
        "CALLER: [[PERSON:Kyle Ashworth]], that's A-S-H-W-O-R-T-H.\n"
        "AGENT: Lovely. And a contact number in case we get cut off?\n"
        "CALLER: [[PHONE_NUMBER:oh-seven-nine-four-one, three-three-oh, two-one-eight]].\n"
        "AGENT: Thanks [[PERSON:Kyle]]. I can see the meter reading from last week, let me have a look at that bill."
    ),
    # voicemail, pharmacy
    (
        "Voicemail (0:41): \"Hi, this message is for [[PERSON:Mrs. Doreen Hatfield]]. It's [[PERSON:Rosalind]] calling from "
        "the pharmacy on Barnsley Road. Your repeat for the amlodipine is ready but we're still waiting on the inhaler, it "
        "should be in by Friday. If you want us to deliver it to [[ADDRESS:8 Wincobank Avenue]] just ring us back on "
        '0114 256 0931. Thanks, bye."'
    ),
    # voicemail, vet
    (
        "Voicemail transcript: \"Hiya, this is for [[TITLE:Mr]] [[PERSON:Kaczmarek]], it's [[PERSON:Bethany]] from Moorview "
        "Vets. Biscuit's blood results are back and they all look normal, so no need to worry. [[PERSON:Dr Ahmed]] would "
        "like to see him again on the [[DATE_TIME:24th]] to recheck his weight. Can you call us on 01274 495 118, or text "
        'me on the surgery mobile. Cheers."'
    ),
    # Teams, recruitment agency
    (
        "[[PERSON:Olivia Grant]] 10:14\nhas [[PERSON:Olamide]] confirmed her notice period yet?\n\n"
        "[[PERSON:Ravi Sehgal]] 10:16\nyes, she finishes at Sodexo on [[DATE_TIME:28 Nov]] and can start with the client "
        "[[DATE_TIME:1 Dec]]. personal email is [[EMAIL_ADDRESS:olamide.ajayi@yahoo.co.uk]] if the client wants to send the "
        "contract direct\n\n"
        "[[PERSON:Olivia Grant]] 10:17\nperfect. can you upload her right to work and her NI number ([[ID_NUMBER:SX 72 40 18 D]]) "
        "to Bullhorn"
    ),
    # Manglish WhatsApp
    (
        "[[PERSON:Wei Jie]]: bro u at [[LOCATION:Kepong]] already?\n"
        "[[PERSON:Arvind]]: 10 min lah jam teruk\n"
        "[[PERSON:Wei Jie]]: ok can u help me fill the club form, my ic [[ID_NUMBER:910304-14-5527]], phone "
        "[[PHONE_NUMBER:016-772 0419]], address [[ADDRESS:No 7, Jalan Kepong Baru 3]], [[ZIP_CODE:52100]] [[LOCATION:KL]]\n"
        "[[PERSON:Arvind]]: ok done. bday also need ah\n"
        "[[PERSON:Wei Jie]]: [[DATE_TIME:4 march]] lor, same as ic 😂"
    ),
    # Quebec French SMS
    (
        "Salut c'est [[PERSON:Maxime]]! Mon nouveau numéro c'est le [[PHONE_NUMBER:514 555-0182]], pis on a déménagé au "
        "[[ADDRESS:4417 rue Fabre, app. 2]] dans le [[LOCATION:Plateau]] le [[DATE_TIME:1er juillet]] comme tout le monde "
        "lol. Dis à [[PERSON:Geneviève]] de venir souper samedi"
    ),
    # Afrikaans SMS
    (
        "Hallo tannie [[PERSON:Ria]], dis [[PERSON:Ricardo]]. Die bakkie se registrasie is [[ID_NUMBER:CA 418-227]], "
        "tannie kan dit maar op die vorm sit. My ID nommer is [[ID_NUMBER:9607215148084]] en die adres is "
        "[[ADDRESS:23 Kerkstraat]], [[LOCATION:Paarl]]. Baie dankie!"
    ),
    # German WhatsApp family chat
    (
        "[[PERSON:Jule]]: kannst du mir nochmal die IBAN von Oma schicken? Will ihr das Geld für die Brille überweisen\n"
        "[[PERSON:Felix]]: [[IBAN_CODE:DE60 1007 0024 0938 4716 25]], Kontoinhaberin [[PERSON:Hildegard Sommer]]\n"
        "[[PERSON:Jule]]: danke! und sie wohnt noch in der [[ADDRESS:Lindenstraße 4]] in [[LOCATION:Celle]] oder?\n"
        "[[PERSON:Felix]]: ja, seit dem Umzug ins Betreute Wohnen ist es [[ADDRESS:Lindenstraße 4, Whg. 12]]"
    ),
    # KakaoTalk
    (
        "엄마: 민지야 택배 받을 주소 다시 보내줘\n"
        "[[PERSON:민지]]: [[LOCATION:서울]] [[LOCATION:관악구]] [[ADDRESS:봉천로 412, 3층 302호]]\n"
        "[[PERSON:민지]]: 받는 사람 [[PERSON:윤민지]] [[PHONE_NUMBER:010-5518-2047]]\n"
        "엄마: 알았어 김치 보낸다"
    ),
    # Nigerian Pidgin
    (
        "[[PERSON:Tope]]: Abeg [[PERSON:Chinedu]] send me your account number make I pay you for the tiles\n"
        "[[PERSON:Chinedu]]: GTB [[ID_NUMBER:0217483909]], [[PERSON:Chinedu Okonkwo-Eze]]\n"
        "[[PERSON:Tope]]: Sent 45k. Wetin be the site address again? Na [[ADDRESS:21 Bode Thomas Street]] abi\n"
        "[[PERSON:Chinedu]]: Yes, [[LOCATION:Surulere]]. Call me for [[PHONE_NUMBER:0816 224 9017]] when you reach"
    ),
    # Spanglish, family text
    (
        "Mija, your tía [[PERSON:Lupe]] called, dice que the appointment con [[PERSON:Dr. Garza]] is el [[DATE_TIME:12 de "
        "agosto]] at 9. Llévale su Medicaid card, the number is [[ID_NUMBER:520418827]], y su ID. She lives at "
        "[[ADDRESS:1419 W Nolana Ave]] now, not the old place in [[LOCATION:Pharr]]. Love you, mom"
    ),
    # Dutch WhatsApp
    (
        "Hoi [[PERSON:Daan]], mijn nieuwe adres is [[ADDRESS:Oudegracht 212 bis]], [[ZIP_CODE:3511 NS]] [[LOCATION:Utrecht]]. "
        "Wil je de borg terugstorten op [[IBAN_CODE:NL59 INGB 0007 2948 13]] t.n.v. [[PERSON:M. El Idrissi]]? Groetjes "
        "[[PERSON:Meryem]]"
    ),
    # Vietnamese Zalo
    (
        "[[PERSON:Hương]]: Anh [[PERSON:Tuấn]] ơi, em gửi số tài khoản để anh chuyển tiền đặt cọc nhé: Vietcombank "
        "[[ID_NUMBER:0071004182739]], chủ tài khoản [[PERSON:Phạm Thu Hương]]\n"
        "[[PERSON:Tuấn]]: ok em, anh chuyển rồi. Nhà ở [[ADDRESS:số 56 đường Lê Lợi]], [[LOCATION:Huế]] đúng không\n"
        "[[PERSON:Hương]]: dạ đúng ạ, anh gọi em [[PHONE_NUMBER:0905 338 217]] khi tới"
    ),
    # Swedish SMS
    (
        "Hej mormor! Det är [[PERSON:Elsa]]. Jag har nytt nummer: [[PHONE_NUMBER:073-552 18 04]]. Kan du swisha till det? "
        "Och vi ses på din [[AGE:90]]-årsdag på lördag ❤️"
    ),
    # Hinglish
    (
        "[[PERSON:Ankit]] bhai, form mein PAN maang rahe hain. Mera [[ID_NUMBER:BXKPS4417M]] hai, tera kya hai? Aur "
        "[[PERSON:Sneha]] ka DOB [[DATE_TIME:22/07/1997]] hai na? Address [[ADDRESS:Flat 302, Sai Krupa Apartments]], "
        "[[LOCATION:Kothrud]], [[LOCATION:Pune]] daal diya"
    ),
    # election forum post
    (
        "Posted by [[USERNAME:gardenvoter_42]]\nHas anyone else had their postal vote pack sent to the wrong house? Mine "
        "went to [[ADDRESS:14 Cherry Tree Walk]] instead of 41, and the lady there ([[PERSON:Brenda]], lovely woman) "
        "brought it round. My elector number is on it ([[ID_NUMBER:KB1-0833]]) so it's not great. Rang the council and they "
        "said they'd send a replacement. [[LOCATION:Stevenage]] if it matters."
    ),
    # Slack, security channel
    (
        "#sec-alerts\n"
        "AlertBot: Impossible travel for [[USERNAME:d.mbeki]]: sign-in from [[IP_ADDRESS:41.203.18.66]] ([[LOCATION:Lagos]]) "
        "and [[IP_ADDRESS:86.12.201.4]] ([[LOCATION:Manchester]]) within 20 min\n"
        "[[USERNAME:sam.k]]: thats [[PERSON:Dumisani]], hes on leave in [[LOCATION:Lagos]] i think\n"
        "[[USERNAME:sam.k]]: pinged him on [[PHONE_NUMBER:+44 7700 900837]], he confirms the [[LOCATION:Lagos]] one. resetting the other "
        "session"
    ),
    # call centre, lost card
    (
        "AGENT: Card services, [[PERSON:Martin]] speaking.\n"
        "CALLER: Hi, I've lost my credit card, I think on the bus.\n"
        "AGENT: Sorry to hear that. Can I have your full name?\n"
        "CALLER: [[PERSON:Siobhan Nwachukwu]], that's N-W-A-C-H-U-K-W-U.\n"
        "AGENT: And the long number if you have it, or your date of birth?\n"
        "CALLER: I've got a photo of it, [[CREDIT_CARD:5520 4611 3870 9252]]. Birthday is the [[DATE_TIME:ninth of "
        "June, eighty-five]].\n"
        "AGENT: Thank you. I've blocked that card and a new one will go to [[ADDRESS:Flat 6, 31 Harcourt Road]] in three to "
        "five days."
    ),
    # voicemail, courier
    (
        "Voicemail: \"Hi, it's [[PERSON:Dave]] from the courier, I've got a parcel for [[PERSON:Ngozi Adeyemi]] at "
        "[[ADDRESS:47 Station Road]], there's no answer. I'll leave it with your neighbour at number 49, [[PERSON:Mr "
        'Pickering]]. Any problems ring me on [[PHONE_NUMBER:07700 900 504]]. Ta."'
    ),
    # Telegram housing group
    (
        "[[USERNAME:yusuf_k_berlin]]: Room free in [[LOCATION:Neukölln]] from 1.10., 14 m², 520 warm. "
        "[[ADDRESS:Weserstraße 188]], 3rd floor, flatmates [[PERSON:Lena]] (PhD) and [[PERSON:Tomás]] (chef). DM me or "
        "call [[PHONE_NUMBER:0157 3418 2290]]\n"
        "[[USERNAME:ana_rmz]]: interested! im [[PERSON:Ana]], [[AGE:27]], from [[LOCATION:Valencia]], can I see it Sunday?"
    ),
    # Reddit, student pilot
    (
        "u/[[USERNAME:flaps_and_flops]] · 3h\nStudent pilot here, passed my checkride today!! Huge thanks to my CFI "
        "[[PERSON:Marcus Oyelowo]] who put up with me for 14 months. For anyone in [[LOCATION:Tucson]] looking for an "
        "instructor, DM me and I'll give you his number. Next up: instrument rating."
    ),
    # Messenger, church group
    (
        "[[TITLE:Pastor]] [[PERSON:Ruth]]: Blessings family 🙏 [[TITLE:Sister]] [[PERSON:Agnes]]'s husband [[TITLE:Bro.]] [[PERSON:Emmanuel Darko]] was "
        "discharged today. Meals rota: [[PERSON:Felicia]] Mon, [[PERSON:Yaw]] Tue. Drop-offs at [[ADDRESS:19 Greenway "
        "Close]], [[LOCATION:Thamesmead]]. Call [[PHONE_NUMBER:07961 330 284]] before you go.\n"
        "[[PERSON:Felicia]]: Amen, will bring jollof 😊"
    ),
    # SMS, recruitment
    (
        "Hi [[PERSON:Tamar]], it's [[PERSON:Jules]] from Apex Talent. The interview at [[ADDRESS:1 Finsbury Avenue]] is "
        "confirmed for Weds [[DATE_TIME:8 Oct]] at 2pm with [[PERSON:Sunil Varma]]. Bring photo ID. Reply YES to confirm."
    ),
    # WhatsApp, marina
    (
        "Skipper [[PERSON:Nils]]: we're in berth C-22 at [[LOCATION:Lefkada]] till Friday [[DATE_TIME:19th]]\n"
        "[[PERSON:Hanna]]: great, I land on the [[DATE_TIME:17th]], flight from [[LOCATION:Oslo]]. my greek number is "
        "[[PHONE_NUMBER:+30 694 551 2093]]\n"
        "Skipper [[PERSON:Nils]]: perfect, taxi from the airport is ~40€"
    ),
]

CHAT += [
    # hotel front desk call, Mexico
    (
        "RECEPCIÓN: Hotel Casa Azul, buenas noches, le atiende [[PERSON:Karla]].\n"
        "HUÉSPED: Hola, quiero confirmar una reservación a nombre de [[PERSON:Óscar Treviño Garza]].\n"
        "RECEPCIÓN: Claro, ¿me confirma las fechas?\n"
        "HUÉSPED: Llego el viernes [[DATE_TIME:21]] y me voy el domingo [[DATE_TIME:23]], con mi esposa "
        "[[PERSON:Daniela]].\n"
        "RECEPCIÓN: Perfecto. ¿Un teléfono y un correo de contacto?\n"
        "HUÉSPED: [[PHONE_NUMBER:81 1822 0947]], y el correo [[EMAIL_ADDRESS:oscar.trevino@live.com.mx]]. La tarjeta es la "
        "que termina en 4471.\n"
        "RECEPCIÓN: Listo, [[TITLE:señor]] [[PERSON:Treviño]], habitación con vista al jardín."
    ),
]

TABLE += [
    # utility customers, CSV
    (
        "account_no,customer_name,supply_address,town,postcode,phone,tariff,meter_serial\n"
        "[[ID_NUMBER:7104228844]],[[PERSON:Rhiannon Prys]],[[ADDRESS:3 Heol Las]],[[LOCATION:Ammanford]],[[ZIP_CODE:SA18 2NE]],"
        "[[PHONE_NUMBER:01269 594 117]],Standard Variable,E17UP04418\n"
        "[[ID_NUMBER:7104229310]],[[PERSON:Tariq Mahmood]],[[ADDRESS:Flat 12, Beacon House, 40 Albert Road]],"
        "[[LOCATION:Bradford]],[[ZIP_CODE:BD8 9DJ]],[[PHONE_NUMBER:07832 551 602]],Fixed 12M,S2AE33019\n"
        "[[ID_NUMBER:7104230057]],[[PERSON:Grace Kamara-Lloyd]],[[ADDRESS:88 Coronation Street]],[[LOCATION:Barry]],"
        "[[ZIP_CODE:CF63 4HL]],[[PHONE_NUMBER:01446 720 338]],Economy 7,K08M117204\n"
        "[[ID_NUMBER:7104231129]],[[PERSON:Stanisław Kowal]],[[ADDRESS:2 Mill Cottages]],[[LOCATION:Llandovery]],"
        "[[ZIP_CODE:SA20 0AA]],[[PHONE_NUMBER:07700 900 126]],Prepayment,D04T92773"
    ),
    # pension participants, Dutch semicolon CSV
    (
        "deelnemersnr;naam;geboortedatum;BSN;IBAN;ingangsdatum_pensioen\n"
        "[[ID_NUMBER:204417]];[[PERSON:J.W.]] ([[PERSON:Jan-Willem]]) [[PERSON:Hoekstra]];[[DATE_TIME:14-02-1959]];[[ID_NUMBER:309461728]];"
        "[[IBAN_CODE:NL49 RABO 0104 4829 17]];[[DATE_TIME:01-03-2026]]\n"
        "[[ID_NUMBER:204533]];[[PERSON:Fatima Bouzid-Verhoeven]];[[DATE_TIME:30-09-1960]];[[ID_NUMBER:118273644]];"
        "[[IBAN_CODE:NL29 INGB 0006 7182 03]];[[DATE_TIME:01-10-2027]]\n"
        "[[ID_NUMBER:205118]];[[PERSON:Kees van der Linden]];[[DATE_TIME:07-07-1958]];[[ID_NUMBER:290731586]];"
        "[[IBAN_CODE:NL75 ABNA 0492 0573 18]];[[DATE_TIME:01-08-2025]]\n"
        "[[ID_NUMBER:205902]];[[PERSON:Ria Soerjadi]];[[DATE_TIME:22-12-1961]];[[ID_NUMBER:406129381]];"
        "[[IBAN_CODE:NL52 SNSB 0927 7163 40]];[[DATE_TIME:01-01-2029]]"
    ),
    # vet clinic clients, TSV
    (
        "client_id\towner\tphone\temail\tpet_name\tspecies\tpet_age\tlast_visit\n"
        "[[ID_NUMBER:C-30177]]\t[[PERSON:Hemi Walker]]\t[[PHONE_NUMBER:027 309 4418]]\t[[EMAIL_ADDRESS:hemi.walker@gmail.com]]"
        "\tTui\tcat\t4\t[[DATE_TIME:12/05/2025]]\n"
        "[[ID_NUMBER:C-30215]]\t[[PERSON:Olive Pennington]]\t[[PHONE_NUMBER:021 774 0092]]\t"
        "[[EMAIL_ADDRESS:olivepennington@xtra.co.nz]]\tMajor\tdog\t11\t[[DATE_TIME:03/06/2025]]\n"
        "[[ID_NUMBER:C-30288]]\t[[PERSON:Raj Chaudhary]]\t[[PHONE_NUMBER:022 418 3307]]\t"
        "[[EMAIL_ADDRESS:raj.chaudhary.nz@outlook.com]]\tMango\tparrot\t23\t[[DATE_TIME:28/06/2025]]"
    ),
    # airline crew roster, pipe
    (
        "staff_no | name | rank | base | licence | passport | nationality\n"
        "[[ID_NUMBER:QF20417]] | [[PERSON:Brooke Kennedy-Tuala]] | Captain | [[LOCATION:Sydney]] | [[ID_NUMBER:ATPL 518337]] | "
        "[[ID_NUMBER:PA4471920]] | [[NRP:Australian]]\n"
        "[[ID_NUMBER:QF31980]] | [[PERSON:Hamza Qureshi]] | First Officer | [[LOCATION:Melbourne]] | [[ID_NUMBER:CPL 602118]] | "
        "[[ID_NUMBER:PB0918273]] | [[NRP:Australian]]\n"
        "[[ID_NUMBER:QF40262]] | [[PERSON:Mia Rangihuna]] | Second Officer | [[LOCATION:Sydney]] | [[ID_NUMBER:CPL 644905]] | "
        "[[ID_NUMBER:LH2204718]] | [[NRP:New Zealander]]\n"
        "[[ID_NUMBER:QF51133]] | [[PERSON:Jun-seo Park]] | Cabin Manager | [[LOCATION:Brisbane]] | - | [[ID_NUMBER:M41827395]] | "
        "[[NRP:Korean]]"
    ),
    # marina berth holders, Markdown
    (
        "| Berth | Holder | Vessel | Phone | Email |\n|---|---|---|---|---|\n"
        "| A-04 | [[PERSON:Torbjørn Aas]] | Sjøsprøyt (Nauticat 33) | [[PHONE_NUMBER:+47 915 22 418]] | "
        "[[EMAIL_ADDRESS:torbjorn.aas@online.no]] |\n"
        "| A-11 | [[PERSON:Dr. Helen McCrae]] | Kittiwake | [[PHONE_NUMBER:07700 900 772]] | "
        "[[EMAIL_ADDRESS:helen.mccrae@btinternet.com]] |\n"
        "| B-02 | [[PERSON:Ifeanyi Okafor]] | Second Wind | [[PHONE_NUMBER:07523 118 940]] | "
        "[[EMAIL_ADDRESS:ifeanyi.okafor@gmail.com]] |\n"
        "| B-09 | [[PERSON:Marguerite Le Gall]] | Ar Mor | [[PHONE_NUMBER:+33 6 71 20 48 93]] | "
        "[[EMAIL_ADDRESS:m.legall@orange.fr]] |"
    ),
    # construction site sign-in, fixed width
    (
        "NAME                 COMPANY            CSCS        IN     OUT    VEHICLE\n"
        "[[PERSON:Darren Hollis]]        Hollis Groundworks [[ID_NUMBER:06611824]]    07:02  15:30  [[ID_NUMBER:YB21 KXE]]\n"
        "[[PERSON:Sebastian Nowak]]      Apex Scaffolding   [[ID_NUMBER:08820173]]    07:15  16:05  [[ID_NUMBER:WU70 PLM]]\n"
        "[[PERSON:Chidi Anozie]]         Apex Scaffolding   [[ID_NUMBER:09143350]]    07:15  16:05  -\n"
        "[[PERSON:Paddy Kinsella]]       K&K Electrical     [[ID_NUMBER:05527716]]    08:40  14:10  [[ID_NUMBER:191-D-40382]]"
    ),
    # thesis submissions, JSON lines
    (
        '{"student_id": "[[ID_NUMBER:s1847730]]", "name": "[[PERSON:Amara Nwankwo]]", "orcid": '
        '"[[ID_NUMBER:0000-0003-4172-9052]]", "supervisor": "[[PERSON:Prof. Ilkka Virtanen]]", "submitted": '
        '"[[DATE_TIME:2025-09-30]]", "title": "Salt marsh carbon under sea-level rise"}\n'
        '{"student_id": "[[ID_NUMBER:s1903311]]", "name": "[[PERSON:Diego Alarcón Ruiz]]", "orcid": '
        '"[[ID_NUMBER:0000-0002-8856-1309]]", "supervisor": "[[PERSON:Dr. Sarah Whitlam]]", "submitted": '
        '"[[DATE_TIME:2025-10-14]]", "title": "Peer effects in rural schools"}\n'
        '{"student_id": "[[ID_NUMBER:s1766092]]", "name": "[[PERSON:Wen Jiahui]]", "orcid": '
        '"[[ID_NUMBER:0000-0001-9047-7264]]", "supervisor": "[[PERSON:Prof. Ilkka Virtanen]]", "submitted": '
        '"[[DATE_TIME:2025-11-03]]", "title": "Microplastics in estuarine sediment"}'
    ),
    # polling staff, Colombia
    (
        "cédula,nombres,apellidos,mesa,puesto,celular\n"
        "[[ID_NUMBER:1.020.774.318]],[[PERSON:Luisa Fernanda]],[[PERSON:Restrepo Gil]],07,Colegio San José,"
        "[[PHONE_NUMBER:312 775 0418]]\n"
        "[[ID_NUMBER:79.412.083]],[[PERSON:Jhon Jairo]],[[PERSON:Mosquera Palacios]],07,Colegio San José,"
        "[[PHONE_NUMBER:300 218 6647]]\n"
        "[[ID_NUMBER:1.143.882.095]],[[PERSON:Yuliana]],[[PERSON:Arrieta Banquez]],12,IE Nuestra Señora del Carmen,"
        "[[PHONE_NUMBER:318 402 7731]]"
    ),
    # sports club members, German semicolon CSV
    (
        "Mitgliedsnr;Vorname;Nachname;Geburtsdatum;Straße;PLZ;Ort;IBAN\n"
        "[[ID_NUMBER:1187]];[[PERSON:Lukas]];[[PERSON:Oberhuber]];[[DATE_TIME:03.05.2009]];[[ADDRESS:Am Sportplatz 7]];"
        "[[ZIP_CODE:83471]];[[LOCATION:Berchtesgaden]];[[IBAN_CODE:DE53 7002 0270 0015 8723 64]]\n"
        "[[ID_NUMBER:1192]];[[PERSON:Aylin]];[[PERSON:Şahin]];[[DATE_TIME:21.11.1994]];[[ADDRESS:Bahnhofstraße 22a]];"
        "[[ZIP_CODE:83435]];[[LOCATION:Bad Reichenhall]];[[IBAN_CODE:DE53 3705 0298 0028 1744 19]]\n"
        "[[ID_NUMBER:1203]];[[PERSON:Wolfgang]];[[PERSON:Greiner]];[[DATE_TIME:09.08.1951]];[[ADDRESS:Salzburger Str. 110]];"
        "[[ZIP_CODE:83471]];[[LOCATION:Schönau am Königssee]];[[IBAN_CODE:DE20 2004 0000 0641 9208 77]]"
    ),
    # rent roll, TSV
    (
        "unit\ttenant\tlease_start\tlease_end\tweekly_rent\tphone\temail\tbond_no\n"
        "[[ADDRESS:1/14 Ocean St]]\t[[PERSON:Kirra Anderson]]\t[[DATE_TIME:01/02/2025]]\t[[DATE_TIME:31/01/2026]]\t$620\t"
        "[[PHONE_NUMBER:0412 208 773]]\t[[EMAIL_ADDRESS:kirra.anderson@icloud.com]]\t2291177\n"
        "[[ADDRESS:2/14 Ocean St]]\t[[PERSON:Siaosi Toleafoa]] & [[PERSON:Ana Toleafoa]]\t[[DATE_TIME:15/06/2024]]\t"
        "[[DATE_TIME:14/06/2025]]\t$640\t[[PHONE_NUMBER:0433 917 051]]\t[[EMAIL_ADDRESS:toleafoa.fam@gmail.com]]\t2264093\n"
        "[[ADDRESS:3/14 Ocean St]]\t[[PERSON:Dr. Vikram Sethi]]\t[[DATE_TIME:10/09/2023]]\tperiodic\t$655\t[[PHONE_NUMBER:0401 556 218]]\t"
        "[[EMAIL_ADDRESS:vsethi@protonmail.com]]\t2230418"
    ),
]

TABLE += [
    # recruitment pipeline, CSV
    (
        "candidate_id,full_name,email,phone,linkedin,current_employer,expected_salary,stage\n"
        "[[ID_NUMBER:CND-88102]],[[PERSON:Ngozi Eze]],[[EMAIL_ADDRESS:ngozi.eze.qs@gmail.com]],[[PHONE_NUMBER:+44 7700 900481]],"
        "[[URL:linkedin.com/in/ngozieze-qs]],Balfour Beatty,£58k,2nd interview\n"
        "[[ID_NUMBER:CND-88117]],[[PERSON:Mateusz Zieliński]],[[EMAIL_ADDRESS:mateusz.zielinski@wp.pl]],"
        "[[PHONE_NUMBER:+48 691 204 337]],[[URL:linkedin.com/in/mzielinski-pm]],Budimex,£62k,offer\n"
        "[[ID_NUMBER:CND-88140]],[[PERSON:Harper Quinn]],[[EMAIL_ADDRESS:harper.quinn@outlook.com]],"
        "[[PHONE_NUMBER:+44 7700 900239]],,self-employed,£450/day,screening\n"
        "[[ID_NUMBER:CND-88163]],[[PERSON:Deepa Raghavan]],[[EMAIL_ADDRESS:deepa.r.civil@gmail.com]],"
        "[[PHONE_NUMBER:+91 99400 27815]],[[URL:linkedin.com/in/deeparaghavan]],L&T,£55k,rejected"
    ),
    # pharmacy dispensing log, pipe
    (
        "rx_no | patient | dob | drug | prescriber | npi | dea | qty\n"
        "6650871 | [[PERSON:Loretta Yazzie]] | [[DATE_TIME:03/12/1948]] | lisinopril 10 mg | [[PERSON:Dr. Elena Morales]] | "
        "[[ID_NUMBER:1320475969]] | [[ID_NUMBER:AM3047188]] | 90\n"
        "6650872 | [[PERSON:Tyrell Washington]] | [[DATE_TIME:11/27/1990]] | amoxicillin 500 mg | [[PERSON:Dr. Joaquín Reyes]] | "
        "[[ID_NUMBER:1758402139]] | [[ID_NUMBER:FR5529017]] | 21\n"
        "6650874 | [[PERSON:Mai Thao]] | [[DATE_TIME:06/08/1977]] | hydrocodone/APAP 5/325 | [[PERSON:Dr. Kenji Sato]] | "
        "[[ID_NUMBER:1620938476]] | [[ID_NUMBER:BS1703429]] | 12"
    ),
    # courier manifest, Polish
    (
        "nr_przesyłki;odbiorca;adres;kod;miasto;telefon;pobranie\n"
        "PL6200417730;[[PERSON:Bożena Kaczmarczyk]];[[ADDRESS:ul. Lipowa 8/3]];[[ZIP_CODE:20-020]];[[LOCATION:Lublin]];"
        "[[PHONE_NUMBER:604 118 273]];0,00\n"
        "PL6200417731;[[PERSON:Mariusz Dąbek]];[[ADDRESS:os. Tysiąclecia 41/12]];[[ZIP_CODE:31-610]];[[LOCATION:Kraków]];"
        "[[PHONE_NUMBER:512 774 309]];149,99\n"
        "PL6200417735;[[PERSON:Oksana Hrytsenko]];[[ADDRESS:ul. Wojska Polskiego 112]];[[ZIP_CODE:70-482]];"
        "[[LOCATION:Szczecin]];[[PHONE_NUMBER:+48 733 205 881]];0,00\n"
        "PL6200417738;[[PERSON:Jakub Sroka]];[[ADDRESS:ul. Jana Pawła II 23]];[[ZIP_CODE:43-300]];[[LOCATION:Bielsko-Biała]];"
        "[[PHONE_NUMBER:698 041 552]];59,00"
    ),
    # hotel guest register, Italian
    (
        "cognome;nome;sesso;data_nascita;luogo_nascita;cittadinanza;tipo_doc;num_doc;arrivo\n"
        "[[PERSON:Ferrante]];[[PERSON:Giulia]];F;[[DATE_TIME:17/04/1990]];[[LOCATION:Bari]];[[NRP:italiana]];carta identità;"
        "[[ID_NUMBER:CA47219KD]];[[DATE_TIME:05/08/2025]]\n"
        "[[PERSON:Schneider]];[[PERSON:Jonas]];M;[[DATE_TIME:02/11/1987]];[[LOCATION:Freiburg]];[[NRP:tedesca]];passaporto;"
        "[[ID_NUMBER:C4T8R2L19]];[[DATE_TIME:05/08/2025]]\n"
        "[[PERSON:Okonkwo]];[[PERSON:Adaeze]];F;[[DATE_TIME:23/01/1995]];[[LOCATION:Enugu]];[[NRP:nigeriana]];passaporto;"
        "[[ID_NUMBER:B02284719]];[[DATE_TIME:06/08/2025]]"
    ),
    # church membership, Brazil
    (
        "nome|data_batismo|telefone|endereço|bairro|cidade\n"
        "[[PERSON:Josefa Maria da Silva]]|[[DATE_TIME:14/04/1985]]|[[PHONE_NUMBER:(81) 98722-1044]]|"
        "[[ADDRESS:Rua do Sol, 112]]|[[LOCATION:Casa Amarela]]|[[LOCATION:Recife]]\n"
        "[[PERSON:Edivaldo Santos Pereira]]|[[DATE_TIME:02/12/2001]]|[[PHONE_NUMBER:(81) 99105-3370]]|"
        "[[ADDRESS:Travessa Alegria, 40, casa B]]|[[LOCATION:Águas Compridas]]|[[LOCATION:Olinda]]\n"
        "[[PERSON:Kauã Henrique Lima]]|[[DATE_TIME:20/07/2019]]|[[PHONE_NUMBER:(81) 98440-2216]]|"
        "[[ADDRESS:Av. Norte Miguel Arraes, 3301, apto 204]]|[[LOCATION:Encruzilhada]]|[[LOCATION:Recife]]"
    ),
    # journalist contacts, fixed width
    (
        "NAME                  OUTLET            BEAT          PHONE             SIGNAL\n"
        "[[PERSON:Aditi Bhattacharya]]    The Wire          elections     [[PHONE_NUMBER:+91 98310 44725]]   yes\n"
        "[[PERSON:Tom Kiprop]]            Daily Nation      courts        [[PHONE_NUMBER:+254 722 418 903]]  yes\n"
        "[[PERSON:Ingrid Kvalheim]]       NRK               maritime      [[PHONE_NUMBER:+47 928 61 337]]    no\n"
        "[[PERSON:Sebastián Ocampo]]      El Tiempo         health        [[PHONE_NUMBER:+57 315 902 1184]]  yes"
    ),
    # bank export, Turkish JSON lines
    (
        '{"musteri_no": "[[ID_NUMBER:40918273]]", "ad_soyad": "[[PERSON:Zeynep Arslan]]", "tckn": '
        '"[[ID_NUMBER:52903718476]]", "iban": "[[IBAN_CODE:TR12 0006 4000 0001 1820 4733 91]]", "hesap_acilis": '
        '"[[DATE_TIME:2019-03-11]]", "sube": "[[LOCATION:Kadıköy]]"}\n'
        '{"musteri_no": "[[ID_NUMBER:40920118]]", "ad_soyad": "[[PERSON:Emre Çelik]]", "tckn": '
        '"[[ID_NUMBER:18427609300]]", "iban": "[[IBAN_CODE:TR30 0001 0002 0104 8173 9200 11]]", "hesap_acilis": '
        '"[[DATE_TIME:2021-07-02]]", "sube": "[[LOCATION:Çankaya]]"}\n'
        '{"musteri_no": "[[ID_NUMBER:40931765]]", "ad_soyad": "[[PERSON:Hatice Doğan]]", "tckn": '
        '"[[ID_NUMBER:40271836540]]", "iban": "[[IBAN_CODE:TR78 0004 6008 1488 8000 1937 46]]", "hesap_acilis": '
        '"[[DATE_TIME:2024-11-20]]", "sube": "[[LOCATION:Bornova]]"}'
    ),
    # school roll, NZ
    (
        "NSN,first_name,last_name,dob,year_level,caregiver,caregiver_phone\n"
        "[[ID_NUMBER:148207735]],[[PERSON:Manaia]],[[PERSON:Tipene]],[[DATE_TIME:2013-02-19]],7,[[PERSON:Huia Tipene]],"
        "[[PHONE_NUMBER:021 447 2093]]\n"
        "[[ID_NUMBER:151930428]],[[PERSON:Isla]],[[PERSON:Fraser-Ngata]],[[DATE_TIME:2012-11-05]],8,[[PERSON:Tom Fraser]],"
        "[[PHONE_NUMBER:027 882 1045]]\n"
        "[[ID_NUMBER:150416283]],[[PERSON:Arjun]],[[PERSON:Patel]],[[DATE_TIME:2013-06-30]],7,[[PERSON:Nisha Patel]],"
        "[[PHONE_NUMBER:022 190 5538]]\n"
        "[[ID_NUMBER:149988011]],[[PERSON:Lesieli]],[[PERSON:Fonua]],[[DATE_TIME:2012-09-14]],8,[[PERSON:Mele Fonua]],"
        "[[PHONE_NUMBER:020 4118 2207]]"
    ),
    # clinic patients, Japanese TSV
    (
        "患者番号\t氏名\t生年月日\t電話\t住所\n"
        "[[ID_NUMBER:0041827]]\t[[PERSON:山本 花子]]\t[[DATE_TIME:1952/08/14]]\t[[PHONE_NUMBER:06-6372-4418]]\t"
        "[[LOCATION:大阪府]][[LOCATION:大阪市]][[LOCATION:北区]][[ADDRESS:天神橋5-7-12]]\n"
        "[[ID_NUMBER:0041903]]\t[[PERSON:中村 翔太]]\t[[DATE_TIME:1998/01/30]]\t[[PHONE_NUMBER:080-2290-1175]]\t"
        "[[LOCATION:大阪府]][[LOCATION:吹田市]][[ADDRESS:千里山西1-4-20-305]]\n"
        "[[ID_NUMBER:0042011]]\t[[PERSON:グエン・ヴァン・ナム]]\t[[DATE_TIME:1994/05/03]]\t[[PHONE_NUMBER:070-4418-3392]]\t"
        "[[LOCATION:大阪府]][[LOCATION:堺市]][[LOCATION:中区]][[ADDRESS:深井清水町1432]]"
    ),
    # SACCO members, Markdown
    (
        "| Member No | Name | ID No | KRA PIN | Phone | Branch |\n|---|---|---|---|---|---|\n"
        "| [[ID_NUMBER:KT-004417]] | [[PERSON:Wambui Njoroge]] | [[ID_NUMBER:24418730]] | [[ID_NUMBER:A007214830K]] | "
        "[[PHONE_NUMBER:0722 509 113]] | [[LOCATION:Thika]] |\n"
        "| [[ID_NUMBER:KT-004502]] | [[PERSON:Kipchumba Lagat]] | [[ID_NUMBER:31092847]] | [[ID_NUMBER:A010938271P]] | "
        "[[PHONE_NUMBER:0701 228 460]] | [[LOCATION:Eldoret]] |\n"
        "| [[ID_NUMBER:KT-004588]] | [[PERSON:Halima Abdi Hassan]] | [[ID_NUMBER:29177305]] | [[ID_NUMBER:A008821094M]] | "
        "[[PHONE_NUMBER:0733 904 172]] | [[LOCATION:Garissa]] |"
    ),
]

LOOKALIKE += [
    # no PII: container booking
    (
        "Booking BKG-77120934 confirmed: 2 x 40' HC, containers TGHU 881207 6 and CMAU 415092 9, seals 0041827 / 0041828. "
        "Cargo: green coffee, HS 0901.11, 19,200 kg per box, VGM submitted. Vessel IMO 9418274, MMSI 563041827, voyage "
        "047W, cut-off 14:00 Thursday. No dangerous goods (the UN 1993 line was removed from the draft). Free time 7 days, "
        "then demurrage at USD 95 per day."
    ),
    # no PII: METAR, NOTAM, ops
    (
        "METAR EGLL 141250Z 24012KT 9999 FEW035 14/07 Q1012 NOSIG\n"
        "NOTAM A2291/25: RWY 09L/27R CLSD 2300-0530 DLY. TWY B3 WIP.\n"
        "Ops: delay code 93 applied to BA2490 and BA2491; G-EUPT swapped for G-EUYK. Fuel uplift 11.4 t, ZFW 61.2 t, "
        "PAX 168 + 2 INF, block time 2:05, squawk 4417."
    ),
    # no PII: drug recall
    (
        "Class 2 recall: atorvastatin 40 mg film-coated tablets, lots 4A17K2 and 4A17K5, NDC 0093-7180-56, expiry 03/2027, "
        "made by Dr. Reddy's Laboratories for the Wellcare own label. ATC C10AA05, CAS 134523-00-5. Pharmacies should "
        "quarantine stock and return it with form RC-0418. Lipitor 40 mg (Pfizer) is not affected. Reference EL(25)A/41."
    ),
    # no PII: release notes
    (
        "Release 2.14.3 (build 10.0.22631.4391) fixes CVE-2025-41827 in the TLS handshake. Upgrade from any 2.13.x; the "
        "key tls.min_version now defaults to 1.2. Image digest sha256:9f3c2a1e7b0d44c8e2a16f05b3d9c7e18a2f40b61c3e95d7a04f8b2c6e1d3a97, "
        "listening on port 8443. Known issue #4471: certificates with OID 1.3.6.1.4.1.311.21.7 are rejected on ARM "
        "builds. Thanks to the Hopper and Lovelace squads for the fix."
    ),
    # no PII: library acquisitions
    (
        "New acquisitions: ISBN 978-0-19-882714-6 (hardback, £85.00) and ISBN 978-1-84757-418-3 (paperback, £24.99); "
        "journal ISSN 0272-7714, vol. 301, article 108812, doi:10.1016/j.ecss.2024.108812; preprint arXiv:2407.01827v2. "
        "Shelf mark QH541.5.S35 2024. Loan period 28 days, renewable twice; fines 20p per day."
    ),
    # builder's quote
    (
        "QUOTE Q-2025-0419 (valid 30 days)\n"
        "1. 42 x C24 timber 47x150, 4.8 m, part TMB-47150-48 @ £11.40 = £478.80\n"
        "2. 6 x Simpson Strong-Tie JHM 47/150 joist hangers @ £3.95 = £23.70\n"
        "3. Hilti TE 30-A36 hire, 3 days = £87.00\n"
        "Subtotal £589.50, VAT 20% £117.90, total £707.40. Planning ref 25/01882/HOU, Building Control BC/418/2025.\n"
        "Questions to [[PERSON:Gareth Pugh]] on [[PHONE_NUMBER:07966 415 208]] or "
        "[[EMAIL_ADDRESS:gareth.pugh@pughtimber.co.uk]]."
    ),
    # order of service
    (
        "ORDER OF SERVICE - St Bartholomew's, Third Sunday of Advent\n"
        "Processional hymn 417 (Hills of the North, Rejoice)\nPsalm 23; Isaiah 35:1-10; Matthew 11:2-11\n"
        "Collection last week: £312.40 (41% Gift Aided)\n"
        "Reader: [[TITLE:Mrs]] [[PERSON:Ann Oduya]]   Intercessions: [[PERSON:Peter Lamb]]\n"
        "Room 4 is booked for Cubs at 6pm; the Lady Chapel stays closed for repairs. Parish office 01632 960418."
    ),
    # race results
    (
        "Results - Harbour Half Marathon (women)\n"
        "1. [[PERSON:Faith Chebet]] ([[LOCATION:Iten]]) 1:09:44, bib 1047, 10 km split 32:51\n"
        "2. [[PERSON:Sarah Kowalczyk]] 1:11:02, bib 212\n3. [[PERSON:Mei Ling Ooi]] 1:11:39, bib 588\n"
        "Course record 1:08:59 (2019). 4,182 finishers; 14°C at the start; water at km 5, 10, 15, 18 and 20."
    ),
    # vet invoice
    (
        "INVOICE 55021 - Moorside Vets\nPatient: Pepper (K9, 3y 2m), microchip 956000012447391\n"
        "DHPPi+L4 vaccination, batch A418B27, exp 11/2026 - £58.00\nNexGard Spectra 15-30 kg x3, lot 3KX0917 - £62.85\n"
        "Consultation C01 - £45.00\nTotal £165.85, paid by card ending 3390.\n"
        "Client: [[PERSON:Hayley Brunton]], client no. [[ID_NUMBER:MV-20418]]"
    ),
    # electricity bill
    (
        "Your electricity bill\nAccount number [[ID_NUMBER:850 227 4193]] - [[PERSON:Mr K. Boateng]]\n"
        "MPAN 19 1050 0004 4182 716, meter E10BG18402\n"
        "Previous reading 41,827 (A), present 42,392 (E): 565 kWh at 24.86p = £140.46\n"
        "Standing charge 30 days at 53.35p = £16.01\nVAT 5% £7.82, total £164.29. Tariff E7-FIX-12M-V4."
    ),
    # property listing
    (
        "FOR SALE - [[ADDRESS:14 Kauri Road]], [[LOCATION:Titirangi]]\n"
        "Legal: Lot 12 DP 418273, CT NA82B/1182, 812 m² freehold. CV $1,240,000. 3 bed, 2 bath, built 1974, "
        "weatherboard and iron. Open homes Sat & Sun 11:00-11:30; auction 4pm 29 Nov unless sold prior.\n"
        "Contact [[PERSON:Leilani Matagi]] [[PHONE_NUMBER:021 904 118]]."
    ),
    # pilot logbook page
    (
        "Logbook p. 41: PA-28-161 G-BOYI, EGBJ-EGTC-EGBJ, 1.4 hrs dual, 3 landings; C152 G-BNKC, 0.9 hrs solo, "
        "circuits. Total time 41.8 hrs. Student [[PERSON:Rosie Ng]], signed off by instructor [[PERSON:Aled Hughes]], FI(A), "
        "licence [[ID_NUMBER:UK.FCL.418273.A]]."
    ),
    # parcel tracking
    (
        "Tracking JD014882773019 (3 of 3 pieces)\n"
        "06:12 Arrived at [[LOCATION:Coventry]] hub, sort CV4\n07:40 Departed [[LOCATION:Coventry]] hub\n"
        "11:05 Out for delivery from depot 418 ([[LOCATION:Stockport]])\n"
        "14:37 Delivered, left in safe place (porch). Recipient: J*** S****. POD ref 99A7-4471."
    ),
    # museum notice
    (
        "Gallery 7 reopens with the Brunel Collection: drawings for the Clifton Suspension Bridge and the Great Western "
        "Railway. Upstairs, the Darwin Room shows finches from the Beagle voyage, on loan from the Fitzwilliam Museum. "
        "Rhodes Scholars get free entry. Curator [[TITLE:Dr.]] [[PERSON:Amaka Obi]] gives a gallery talk on Thursday at 1pm."
    ),
    # crypto transaction
    (
        "Tx 0x5c1e9a8f3b7d2e4a6c0f9b8d7e3a1c5f2b4d6e8a0c9f7b3e1d5a2c4f6b8e0d7a, block 20418273, gas 21,000 at 14.2 gwei. "
        "From [[ID_NUMBER:0x8f2C41aE7b03D9e15F6a2c8B4d90E3f71A5b6C24]] ([[PERSON:Priya Balan]]'s hot wallet) to the router "
        "contract 0x7d2A1bF04e93C58a6E1f0b29C4d8e37A5B6c91Fe; nonce 118; status: success."
    ),
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
    write_and_report("blind14", STYLES, OUT)


if __name__ == "__main__":
    main()

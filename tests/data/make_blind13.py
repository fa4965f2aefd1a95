"""Build tests/data/blind13.jsonl: a thirteenth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind13.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts); only the module docstring of make_blind12.py, gold_sets.py, and
the `parse()` helper of make_handwritten.py (with its two regexes, MARK and
TITLE_IN_NAME) were meant to be read, to keep the conventions and the file
format. By mistake, the few lines that follow parse() in
make_handwritten.py (the opening of its first record list, two short
records) were printed once too; no name, number or reference seen there is
reused here. The import lines below follow gold_sets.py (which imports
make_handwritten from the same folder). The detector was never run on this
file. Do not tune the detector against it: once it has been used to tune,
it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country, also for the countries gold_sets.py does
not list (check digits worked out by hand-run throwaway code while writing,
not generated here; `gold_sets.check` re-checks cards and IBANs and refuses
a bad one). National ids with a public check digit (PESEL, BSN, Belgian
national number, DNI, Portuguese NIF, CPF, Chilean RUT, Argentine CUIL and
CBU, personnummer, henkilötunnus, Danish CPR (old mod-11 rule), kennitala,
Estonian isikukood, Lithuanian asmens kodas, Croatian OIB, Greek AMKA and
AFM, T.C. Kimlik, codice fiscale, NIR, AHV, Austrian SV-Nr., Steuer-ID,
NHS and CHI numbers, SIN, Ontario health card, NPI, South African ID,
Israeli Teudat Zehut, Aadhaar, Singapore NRIC, Chinese resident id, Thai
national id, Korean RRN, Japanese My Number, Emirates ID, Saudi national
id and Iqama, Australian TFN and Medicare number, New Zealand NHI and IRD
number, Irish PPSN, Ecuadorian cédula, Uruguayan CI, Bulgarian EGN,
Mexican CLABE, Ukrainian RNOKPP, Serbian JMBG, Czech rodné číslo,
Hungarian TAJ) were given a valid one the same way; Kenyan, Nigerian,
Ghanaian, Senegalese, Mozambican, Pakistani, Bangladeshi, Sri Lankan,
Nepali, Egyptian, Vietnamese, Philippine, Indonesian and Malaysian ids,
CURP, RFC, INE keys, PAN, UK NI numbers, Medicare MBI, PNC and prison
numbers, student and staff numbers, passports, licences, plates and
crypto wallet addresses were not checked.

Styles (ids `blind13-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool (public PII-masking benchmarks such as
ai4privacy pii-masking and gretel-pii-masking-en, LLM-generated "realistic
sentences containing personal data", and labeled exports from CRM, HR and
clinic systems):
- `gen` (75): one to three LLM-style sentences across microfinance,
  remittances, farming co-operatives, ride-hailing, refugee registration,
  admissions, visas, seafarers, telehealth and pharmacy, vets (the owner's
  data), weddings and funerals, sports clubs, streaming, crowdfunding,
  utilities, property management, loyalty schemes, couriers, faith
  communities, blood donation, elections, job boards, crypto KYC, gaming,
  dating, gyms, news, telecom, insurance, courts and immigration; people
  from Africa, South, East and Southeast Asia, the Arab world, Slavic and
  Nordic countries, Latin America, the Pacific and the Anglosphere, names
  that are also words or places, and ages and dates said in many ways.
- `bench` (70): dense form-like paragraphs in the manner of ai4privacy and
  gretel records (prefixes, names, sex, age, DOB, job, company, street,
  building and unit, city, region, zip, country, phone, email, username,
  password, account, IBAN and card numbers, SSN, passport, licence,
  national and tax ids, plates, IPv4 / IPv6, MACs, wallets, user agents,
  profile URLs). About half in English, the rest in Spanish, Portuguese,
  French, German, Italian, Dutch, Polish, Croatian, Danish, Swedish,
  Greek, Turkish, Lithuanian, Ukrainian, Vietnamese and Malay.
- `doc` (30): longer documents (discharge summaries, referral letters,
  incident and police reports, tenancy and employment contracts, CVs,
  minutes, school reports, insurance claims, email threads with
  signatures, hearing transcripts, obituaries, newsletters, KYC dossiers,
  ship crew lists, vet records, security incident reports, fostering
  assessments, immigration and bank letters, trial adverse-event reports,
  marriage and death register extracts, car-rental agreements, pre-sentence
  reports, a Japanese rirekisho, a Filipino funeral notice) with five to
  twelve PII values each and non-PII look-alikes.
- `chat` (30): informal messages and transcripts (SMS, WhatsApp, Slack,
  Discord, Telegram, Viber, LINE, forum and Reddit posts, support chats,
  call-centre transcripts, voicemails), with lowercase names, nicknames,
  typos, emoji, handles, loose numbers and half addresses; ten in other
  languages or mixed (Taglish, Hinglish, Sheng, Thai, Arabizi, Spanish,
  Portuguese, Polish, Indonesian, Turkish).
- `table` (20): one row-oriented table per record as text (CSV, TSV,
  semicolon CSV, pipe / Markdown tables, fixed-width columns, JSON lines
  rows) with a header row and three to five data rows, headers in English
  and other languages; every PII cell is labeled.
- `lookalike` (15): mostly non-PII text full of look-alikes (order,
  tracking and invoice numbers, versions, amounts, flight numbers, part and
  serial codes, hashes, ISBNs, coordinates, eponyms, people-named places,
  ships and companies), with the few real PII values labeled; 5 of the 15
  records have no PII at all.

Labeling conventions: the same as in make_blind12.py (and make_blind11.py
back to make_blind6.py), copied here from the docstring of make_blind12.py:
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
- Calls made while writing this set, in the same spirit: the Amharic
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
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from gold_sets import write_set
from make_handwritten import parse

OUT = Path(__file__).with_name("blind13.jsonl")

# fmt: off
GEN = [
    # gen 001-025
    "Loan officer note: [[PERSON:Wanjiru Kamau Njoroge]] (ID [[ID_NUMBER:28473615]], KRA PIN [[ID_NUMBER:A009184732M]]) applied for "
    "KES 45,000 on [[DATE_TIME:14/03/2024]] to restock her stall in [[LOCATION:Gikomba]], [[LOCATION:Nairobi]]. M-Pesa line: "
    "[[PHONE_NUMBER:0722 418 306]].",
    "Please send $300 through the app to [[PERSON:Rosa Elena Quispe Mamani]] in [[LOCATION:El Alto]], [[LOCATION:Bolivia]]. Her phone "
    "is [[PHONE_NUMBER:+591 71548203]] and she will collect the cash with her carnet, CI [[ID_NUMBER:6043218 LP]].",
    "Your driver [[PERSON:Babajide]] is 3 minutes away in a silver Toyota Corolla, plate [[ID_NUMBER:LND 482 KJ]]. You shared this "
    "trip with [[PERSON:Funmilayo]] ([[PHONE_NUMBER:+234 803 417 2290]]).",
    "Co-op intake, Sidama: member [[TITLE:Ato]] [[PERSON:Tesfaye Gebremedhin]], [[AGE:52]], of [[LOCATION:Hawassa]] delivered 1,240 kg of "
    "red cherry; payout to his CBE account [[ID_NUMBER:1000264718392]].",
    "Registration record: [[PERSON:Hamida Rahimi]], [[NRP:Afghan]], born [[DATE_TIME:1 Hamal 1371]] ([[DATE_TIME:21 March 1992]]) in "
    "[[LOCATION:Herat]], now living in [[LOCATION:Islamabad]] and holding PoR card [[ID_NUMBER:0831-2247-5]]. Case 482-22C01917 "
    "was referred for resettlement review.",
    "Congratulations, [[PERSON:Yerlan Abenov]]! Your application to the MSc in Data Science (applicant no. [[ID_NUMBER:2024-1187335]]) "
    "has been accepted. Reply from [[EMAIL_ADDRESS:yerlan.abenov94@mail.kz]] to confirm your place.",
    "Schengen visa appointment for [[PERSON:Nguyễn Thị Thu Hằng]], passport [[ID_NUMBER:C4821937]], on [[DATE_TIME:08/11/2024]] at "
    "09:40, VFS centre, [[ADDRESS:253 Hai Bà Trưng]], [[LOCATION:Quận 3]], TP. [[LOCATION:Hồ Chí Minh]].",
    "Crew change: AB [[PERSON:Jojo Villanueva Dela Cruz]] (SIRB [[ID_NUMBER:C0948217]], born [[DATE_TIME:3 Jan 1989]] in "
    "[[LOCATION:Iloilo]]) signs on MV Pacific Heron at [[LOCATION:Singapore]] on [[DATE_TIME:12 May]].",
    "Hi, I'm [[PERSON:Dr. Siosaia Taufa]]. I'll see [[PERSON:Mele Fifita]] (DOB [[DATE_TIME:27.09.1961]]) by video this afternoon; her "
    "NHI is [[ID_NUMBER:ZKM4322]] and the best number to reach her is [[PHONE_NUMBER:021 448 9073]].",
    "Repeat prescription ready to collect for [[PERSON:Mr Haruto Sato-Brennan]], [[ADDRESS:14 Cairnfield Place]], [[LOCATION:Aberdeen]] "
    "[[ZIP_CODE:AB15 5JT]]. CHI [[ID_NUMBER:1507694377]]. Rx 0094412 – 28 tablets.",
    "Appointment confirmed: Biscuit (Labrador, 6 yrs) – owner [[PERSON:Precious Mthembu]], [[PHONE_NUMBER:083 552 1904]], "
    "[[ADDRESS:19 Acacia Road]], [[LOCATION:Durbanville]] [[ZIP_CODE:7550]] – Tuesday [[DATE_TIME:4 June]] at 15:30.",
    "RSVP received from [[PERSON:Ngaio]] and [[PERSON:Tama Te Rangi]]: two adults and one child aged [[AGE:4]]. Halal meal for "
    "[[PERSON:Tama]], please. Questions to [[EMAIL_ADDRESS:ngaio.terangi@xtra.co.nz]].",
    "The family of the late [[PERSON:Mrs. Comfort Adjoa Mensah]] (1948–2024) invites friends to the burial service on Saturday "
    "[[DATE_TIME:23 November]] at [[LOCATION:Effiduase]]. Contributions by MoMo to [[PHONE_NUMBER:024 318 7765]] ([[PERSON:Kojo]]).",
    "U14 girls registration: [[PERSON:Ivy Kowalczyk-Ortiz]], born [[DATE_TIME:2011-02-17]], inhaler in kit bag. Parent/guardian "
    "[[PERSON:Dawn Ortiz]], [[PHONE_NUMBER:(604) 872-3391]].",
    "[[PERSON:Lindiwe Zulu]] changed the sign-in email on her profile from [[EMAIL_ADDRESS:lindi.z@icloud.com]] to "
    "[[EMAIL_ADDRESS:lindiwe.zulu@outlook.com]]; the request came from [[IP_ADDRESS:102.65.221.14]] ([[LOCATION:Johannesburg]]).",
    "Fundraiser organised by [[PERSON:Grant Whitfield]] for his daughter [[PERSON:Hope]], [[AGE:9]], who needs spinal surgery at "
    "Great Ormond Street. Questions? DM him on Instagram @[[USERNAME:grant.whitfield.dad]].",
    "Final notice to [[PERSON:Oluwaseun Adeyemi-Briggs]], meter 04215589213, [[ADDRESS:Flat 6B, 22 Admiralty Way]], "
    "[[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]: an outstanding balance of ₦38,450 must be paid to avoid disconnection.",
    "Tenant [[PERSON:Rasmus Kjærgaard]] moves out of [[ADDRESS:Nørrebrogade 118, 3. th.]], [[ZIP_CODE:2200]] "
    "[[LOCATION:København N]] on [[DATE_TIME:31 August]]; deposit to be refunded to [[IBAN_CODE:DK50 0040 0440 1162 43]].",
    "Member: [[PERSON:Anjali Raghunathan]] | Flying Returns no. [[ID_NUMBER:AI 184720935]] | Tier: Gold Edge | Mobile "
    "[[PHONE_NUMBER:+91 98450 31276]] | Home airport BLR",
    "Courier could not deliver to [[PERSON:Chen Jiahui]] at [[ADDRESS:Room 1203, Block B, 88 Jianguo Road]], [[LOCATION:Chaoyang "
    "District]], [[LOCATION:Beijing]] [[ZIP_CODE:100022]]; please call [[PHONE_NUMBER:138 1047 6625]] to rebook.",
    "[[TITLE:Pastor]] [[PERSON:Emeka Obi]] will lead the dedication of baby [[PERSON:Chiamaka]] on [[DATE_TIME:2nd March]]. Her parents, "
    "[[PERSON:Chinedu]] and [[PERSON:Ifeoma Nwosu]], joined the parish last year and are both [[NRP:Catholic]].",
    "Donor [[ID_NUMBER:5582-0193]], [[PERSON:Bilal Qureshi]], O negative, last donated on [[DATE_TIME:11 Jan 2024]] at the "
    "[[LOCATION:Bradford]] centre and is eligible again after twelve weeks.",
    "Poll worker roster: [[PERSON:Guadalupe]] \"[[PERSON:Lupe]]\" [[PERSON:Villaseñor]], precinct 0417, voter reg. no. "
    "[[ID_NUMBER:8830215547]], cell [[PHONE_NUMBER:915-332-7810]], [[LOCATION:El Paso County]].",
    "Candidate [[PERSON:Mikkel Ravn]], [[AGE:34]], [[LOCATION:Aarhus]]: eight years as a marine electrician, open to relocation. "
    "Profile: [[URL:linkedin.com/in/mikkel-ravn-elec]]",
    "KYC rejected for user [[USERNAME:sveta_ruzh90]] ([[PERSON:Svetlana Ruzhkova]], DOB [[DATE_TIME:04.12.1990]]): selfie did not "
    "match the ID photo. Pending withdrawal to [[ID_NUMBER:bc1qz7u3k0tnw5x8r2f9d4h6c0vjme3yq8plg5s2aw]] was held.",
    # gen 026-050
    "[[PERSON:Mr. Khalid bin Saeed Al Mansoori]] (Emirates ID [[ID_NUMBER:784-1979-4821036-0]]) asked for a replacement salary card to "
    "be couriered to [[ADDRESS:Villa 27, Street 14]], [[LOCATION:Al Barsha 2]], [[LOCATION:Dubai]]; contact [[PHONE_NUMBER:050 713 2286]].",
    "Salary for [[PERSON:Lina Haddad]] ([[AGE:29]], [[LOCATION:Amman]]) will now be paid into [[IBAN_CODE:JO94 CBJO 0010 0000 0000 0131 0003 02]] "
    "from the next payroll run.",
    "Dear [[PERSON:Ayesha Siddiqui]], your CNIC [[ID_NUMBER:35202-4718836-2]] has been verified and your JazzCash wallet linked to "
    "[[PHONE_NUMBER:0300-8416237]] is now active.",
    "Birth record copy requested by [[PERSON:Sushila Gurung]], born [[DATE_TIME:2048/05/12 B.S.]] in [[LOCATION:Pokhara]], "
    "[[LOCATION:Kaski]]; citizenship certificate no. [[ID_NUMBER:41-01-74-03385]].",
    "The guest in 4C, [[PERSON:Dilini Perera]] (NIC [[ID_NUMBER:199057802245]]), is allergic to shellfish and checks out on "
    "[[DATE_TIME:9 October]].",
    "bKash cash-out of Tk 12,000 by [[PERSON:Md. Rafiqul Islam]] from [[PHONE_NUMBER:01712-408356]] at the [[LOCATION:Mirpur 10]] agent was "
    "flagged because the NID [[ID_NUMBER:5528174930]] on file did not match.",
    "[[TITLE:Khun]] [[PERSON:Somchai Wongsakul]], Thai ID [[ID_NUMBER:1-1037-02215-46-5]], booked a health check for "
    "[[DATE_TIME:15 ม.ค. 2568]] at our [[LOCATION:Sukhumvit]] branch.",
    "Penerima bantuan: [[TITLE:Ibu]] [[PERSON:Sri Wahyuni]], NIK [[ID_NUMBER:3273054607880003]], [[ADDRESS:Jl. Cibadak No. 41 RT 03/RW 07]], "
    "[[LOCATION:Bandung]]. She says she is [[AGE:36]], which matches the NIK.",
    "[[TITLE:Datuk]] [[PERSON:Haris Fadzil]] and his PA [[TITLE:Encik]] [[PERSON:Zulkifli]] will arrive at KLIA on MH 2605 "
    "on [[DATE_TIME:18 Jun]]; pick-up from [[ADDRESS:No. 12, Jalan Setia Bakti 3]], [[LOCATION:Bukit Damansara]].",
    "[[PERSON:Tanaka Yui]] uploaded the front of her My Number card ([[ID_NUMBER:4829 1037 4650]]) and a utility bill for "
    "[[ADDRESS:2-14-7 Kichijoji Honcho]], [[LOCATION:Musashino-shi]], [[LOCATION:Tokyo]] [[ZIP_CODE:180-0004]].",
    "[[PERSON:Oksana Melnyk]], [[NRP:Ukrainian]], RNOKPP [[ID_NUMBER:3218614622]], arrived in [[LOCATION:Brno]] on "
    "[[DATE_TIME:3 April 2022]] and holds temporary protection until further notice.",
    "Payroll change for [[PERSON:Jelena Marković]] (JMBG [[ID_NUMBER:2207993715124]]): new address [[ADDRESS:Bulevar oslobođenja 88/14]], "
    "[[ZIP_CODE:21000]] [[LOCATION:Novi Sad]], effective [[DATE_TIME:1. 9. 2024]].",
    "[[PERSON:Guðrún Sigurðardóttir]], kt. [[ID_NUMBER:030287-3639]], has booked the summer house in [[LOCATION:Húsafell]] for "
    "[[DATE_TIME:14–21 July]]; deposit paid from her card ending 3310.",
    "Päivitetty: [[PERSON:Aleksi Hämäläinen]], hetu [[ID_NUMBER:110875-2842]], moved to [[ADDRESS:Hämeenkatu 22 B 17]], [[ZIP_CODE:33200]] "
    "[[LOCATION:Tampere]]. Please update the Kela record.",
    "[[TITLE:Ing.]] [[PERSON:Rodrigo Fuenzalida]] (RUT [[ID_NUMBER:16.482.937-5]]) will sign the site handover in [[LOCATION:Antofagasta]] "
    "on [[DATE_TIME:viernes 6 de diciembre]].",
    "[[TITLE:Lic.]] [[PERSON:Fernanda Ibarra Solís]] asks that her fees be paid to CLABE [[ID_NUMBER:012180015482937102]]; "
    "invoice F-2291 attached.",
    "Customer [[PERSON:Juan Camilo Restrepo]], C.C. [[ID_NUMBER:1.020.447.839]], reported his card stolen in [[LOCATION:Medellín]] on "
    "[[DATE_TIME:27/08/2024]] and asked for the replacement to be sent to [[ADDRESS:Cra. 43A #14-109, Apto 802]].",
    "The parcel for [[PERSON:Milagros Huamán]] (DNI [[ID_NUMBER:45817260]]) is waiting at the [[LOCATION:Cusco]] agency; she can "
    "collect it with her DNI or send someone with a signed letter.",
    "Refund for [[PERSON:Thiago Barbosa Lins]], CPF [[ID_NUMBER:482.105.937-14]], will be sent by Pix to his e-mail key "
    "[[EMAIL_ADDRESS:thiago.lins@uol.com.br]] within 2 business days.",
    "La becaria [[PERSON:Valentina Sosa]], CUIL [[ID_NUMBER:27-34918206-3]], begins her internship in [[LOCATION:Rosario]] on "
    "[[DATE_TIME:2 de septiembre]].",
    "[[TITLE:Ratu]] [[PERSON:Epeli Nailatikau]] will present the prizes; seating for him and [[TITLE:Adi]] [[PERSON:Litia]] is "
    "arranged at the [[LOCATION:Suva]] ceremony.",
    "[[PERSON:Savannah Reed]] of [[LOCATION:Savannah]], [[LOCATION:GA]], SSN [[US_SSN:412-73-5806]], applied for a personal loan "
    "of $8,000; driver's license (TX) [[US_DRIVER_LICENSE:41827093]] from when she lived in [[LOCATION:Austin]].",
    "New starter form – [[PERSON:Brooke Tangitau]], TFN [[ID_NUMBER:463 102 955]], Medicare [[ID_NUMBER:2951 73045 1]], super fund "
    "AustralianSuper, start date [[DATE_TIME:22/07/2024]].",
    "Hey [[PERSON:Major]], your order from the farm shop is packed. We'll drop it at [[ADDRESS:7 Linden Lea]], [[LOCATION:Shrewsbury]] "
    "[[ZIP_CODE:SY3 9HU]] on Thursday.",
    "[[PERSON:Florence Achieng]] asked us to change the beneficiary on her policy to her brother [[PERSON:Dallas Otieno]], "
    "born [[DATE_TIME:5th June 1994]].",
    # gen 051-075
    "Ban appeal from [[USERNAME:Kestrel_9]] (real name [[PERSON:Wren Halvorsen]], [[AGE:17]]): Steam ID [[ID_NUMBER:76561198047331926]]. "
    "He says his little brother used the account over the Christmas break.",
    "hi!! I'm [[PERSON:Amara]], [[AGE:27]], a theatre nurse in [[LOCATION:Leeds]] 🌻 not on here much, add my snap: "
    "[[USERNAME:amara.lds]]",
    "Member [[ID_NUMBER:GX-20417]], [[PERSON:Kamal Haddad-Rivera]], has frozen his membership from [[DATE_TIME:1 November]] to "
    "[[DATE_TIME:31 January]] for a knee operation.",
    "Happy [[AGE:30]]th to the one and only @[[USERNAME:naledi_mokoena]] 🎉 [[PERSON:Naledi]], you don't look a day over [[AGE:25]]!",
    "Fisherman [[PERSON:Sione Vaipulu]], [[AGE:61]], of [[LOCATION:Nukuʻalofa]] was found alive on a reef off "
    "[[LOCATION:ʻEua]] on [[DATE_TIME:19 January]], four days after his boat lost power.",
    "A SIM swap on [[PHONE_NUMBER:0803 629 4410]] was requested in the name of [[PERSON:Adaeze Chukwuma-Ibe]] using NIN "
    "[[ID_NUMBER:48210937561]]; the request was declined pending a video check.",
    "Pojistná událost CLM-448201: [[PERSON:Stanislav Kovář]], r. č. [[ID_NUMBER:850312/4410]], dopravní nehoda dne "
    "[[DATE_TIME:2. 3. 2024]] v [[LOCATION:Praze 6]]; vozidlo [[ID_NUMBER:6AH 2291]].",
    "In [[PERSON:Moreau]] v. [[PERSON:Lindqvist]] the tribunal fixed the final hearing for [[DATE_TIME:17 February 2025]], with "
    "[[PERSON:Ms. Ingrid Lindqvist]] giving evidence remotely from [[LOCATION:Uppsala]].",
    "BRP [[ID_NUMBER:ZX4821930]] for [[PERSON:Farida Yusupova]], [[NRP:Uzbek]], date of birth [[DATE_TIME:30/06/1996]], expires with her "
    "Skilled Worker leave; she lives at [[ADDRESS:Flat 3, 61 Moss Lane]], [[LOCATION:Manchester]] [[ZIP_CODE:M16 7EW]].",
    "Student [[PERSON:Kai Moana Tuhiwai]] (ID [[ID_NUMBER:300594821]]) has been granted an extension on his thesis until the end of "
    "trimester two.",
    "Viewing booked for [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Osei]] at [[ADDRESS:42 Ravenscroft Avenue]], [[LOCATION:Golders Green]] "
    "[[ZIP_CODE:NW11 8AY]] on Sat [[DATE_TIME:14 Sept]] at 11:00.",
    "Council tax reduction awarded to [[PERSON:Ms Bethany Clay]], NINO [[ID_NUMBER:JT 48 21 93 C]], from [[DATE_TIME:1 April 2024]].",
    "Order SH-88120 for [[PERSON:Paris Adebayo-Lowe]] was charged to [[CREDIT_CARD:4147 2093 1185 0427]] and ships to "
    "[[ADDRESS:15 Birdhurst Rise]], [[LOCATION:Croydon]] [[ZIP_CODE:CR2 7ED]].",
    "Held at customs: consignee [[PERSON:Li Wen]], resident ID [[ID_NUMBER:44030419910423128X]], [[LOCATION:Nanshan District]], "
    "[[LOCATION:Shenzhen]]; the declared value of 1,870 USD needs an invoice.",
    "Gift Aid declaration from [[PERSON:Mrs Mercy Banda]], [[ADDRESS:3 Hollins Close]], [[LOCATION:Blackburn]] [[ZIP_CODE:BB2 5NG]], "
    "signed [[DATE_TIME:12/02/2024]].",
    "Passenger [[PERSON:Aleksandr Volkov]], seat 23A on SU 2130 to [[LOCATION:Belgrade]] on [[DATE_TIME:2 October]]; Aeroflot Bonus "
    "[[ID_NUMBER:SU 1048227319]].",
    "[[PERSON:Zanele Dube]]'s last day is [[DATE_TIME:28 June 2024]]; after that please forward anything personal to "
    "[[EMAIL_ADDRESS:zanele.dube@proton.me]].",
    "موعد [[TITLE:السيدة]] [[PERSON:فاطمة الزهراء بنعلي]] ([[AGE:44]] سنة) يوم [[DATE_TIME:12 مارس]] في عيادة [[LOCATION:الدار البيضاء]]، "
    "الهاتف [[PHONE_NUMBER:0661 42 87 19]].",
    "[[PERSON:Eleni Papadopoulou]] (AMKA [[ID_NUMBER:14058903726]]) was referred to the cardiology clinic in [[LOCATION:Thessaloniki]] "
    "after her episode on [[DATE_TIME:9 May]].",
    "Subscriber [[PERSON:Noa Ben-David]], Teudat Zehut [[ID_NUMBER:034188623]], moved from [[LOCATION:Haifa]] to "
    "[[ADDRESS:Rehov Bialik 17, apt 9]], [[LOCATION:Ramat Gan]].",
    "Policyholder [[PERSON:Thabo Nkosi-Mahlangu]], ID [[ID_NUMBER:8809215824083]], added his son [[PERSON:Lwazi]] ([[AGE:14]]) "
    "to the family medical aid plan.",
    "[[PERSON:Étienne Bouchard]], SIN [[ID_NUMBER:274 610 930]], of [[LOCATION:Saguenay]], [[LOCATION:QC]], asked for his T4 slips to be "
    "mailed to [[ADDRESS:2140 rue Racine Est]], [[ZIP_CODE:G7H 1S2]].",
    "[[PERSON:Siobhán Ní Bhriain]], PPSN [[ID_NUMBER:6482913R]], starts maternity leave on [[DATE_TIME:19/08/2024]]; her cover is "
    "[[PERSON:Declan]] from the [[LOCATION:Galway]] office.",
    "Can [[PERSON:Will]] swap with [[PERSON:Hunter]] so [[PERSON:Faith]] gets [[DATE_TIME:3 May]] off? Her mum's [[AGE:70]]th is that day.",
    "Traveler [[PERSON:Marcus Delacroix-Bell]], US passport [[US_PASSPORT:582140973]], DOB [[DATE_TIME:11/23/1979]], Known Traveler "
    "Number [[ID_NUMBER:98 271 6604]].",
# end GEN
]

BENCH = [
    # bench 001-024
    "Dear [[PERSON:Prof. Oyelaran-Whitby]], your research account [[ID_NUMBER:30184762]] has been credited with the second grant "
    "instalment. To view the statement, sign in as [[USERNAME:koyelaranw]] (temporary password Tx!93kq_Lm) from your registered "
    "device; the last sign-in came from [[IP_ADDRESS:81.157.204.36]].",
    "Patient: [[PERSON:Haneen Al-Qasimi]] | Sex: F | Age: [[AGE:38]] | DOB: [[DATE_TIME:02/14/1986]] | MRN: [[ID_NUMBER:00482931]] | "
    "Address: [[ADDRESS:4410 Cedar Springs Rd Apt 1207]], [[LOCATION:Dallas]], [[LOCATION:TX]] [[ZIP_CODE:75219]] | Phone: "
    "[[PHONE_NUMBER:(214) 603-8817]] | Insurance member ID: [[ID_NUMBER:XJH847120394]] | Allergies: penicillin",
    "New hire record. Name: [[PERSON:Tevita Fonua]]. Job title: Senior Site Reliability Engineer. Company: Kettleridge Analytics. "
    "SSN: [[US_SSN:531-48-2067]]. Driver's license (WA): [[US_DRIVER_LICENSE:WDL8K2N7QZ4B]]. Home: [[ADDRESS:1820 NE 65th St Unit 3]], "
    "[[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98115]]. Personal email: [[EMAIL_ADDRESS:tevita.fonua@gmail.com]]. Direct deposit: "
    "account [[ID_NUMBER:004417829356]], routing 125000024.",
    "user_id=88172034 name=\"[[PERSON:Priyanka Venkataraman]]\" wallet=[[ID_NUMBER:0x4b1f9c22e07aD83b51C6f0e2a97d3B41c8e5F07a]] "
    "ip=[[IP_ADDRESS:2401:4900:1c2a:8f3e::12]] mac=3C:22:FB:91:0A:7E ua=\"Mozilla/5.0 (Linux; Android 14; SM-S918B) "
    "AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36\" country=[[LOCATION:IN]] dob=[[DATE_TIME:1993-08-19]]",
    "Policyholder [[PERSON:Gideon Achterberg]], [[AGE:47]], male, retired firefighter, insures a 2019 Honda Accord, VIN "
    "1HGCV1F34KA018274, plate [[ID_NUMBER:8KRT219]] (CA). Garaging address: [[ADDRESS:2291 Alameda de las Pulgas]], "
    "[[LOCATION:San Carlos]], [[LOCATION:CA]] [[ZIP_CODE:94070]]. Premium charged to [[CREDIT_CARD:5412 7530 9981 2468]].",
    "Referral for [[PERSON:Ms Harriet Oduya-Pryce]] (NHS [[ID_NUMBER:402 817 3655]], DOB [[DATE_TIME:3 Aug 1972]]) from "
    "[[PERSON:Dr. Anand Iyer]], [[ADDRESS:27 Brunswick Square]], [[LOCATION:Hove]] [[ZIP_CODE:BN3 1EH]]. Mobile "
    "[[PHONE_NUMBER:07700 914 382]], email [[EMAIL_ADDRESS:h.oduyapryce@btinternet.com]].",
    "[[TITLE:Mx.]] [[PERSON:Robin Tremblay-Okeke]], SIN [[ID_NUMBER:518 390 273]], Ontario health card [[ID_NUMBER:6284-719-306-KT]], [[ADDRESS:88 Harbord St, Unit 2]], "
    "[[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5S 1G5]], phone [[PHONE_NUMBER:416-924-0371]].",
    "Account holder [[PERSON:Mr. Venkatesh Subramaniam]], PAN [[ID_NUMBER:BQRPS4821K]], Aadhaar [[ID_NUMBER:5284 7163 9209]], UPI "
    "[[USERNAME:venkat.s@okicici]], residing at [[ADDRESS:Old No. 14, New No. 31, 2nd Cross Street]], [[LOCATION:Besant Nagar]], "
    "[[LOCATION:Chennai]] [[ZIP_CODE:600090]], RuPay card [[CREDIT_CARD:6521 3840 1192 7766]].",
    "Applicant: [[PERSON:Tan Wei Ling Jasmine]], NRIC [[ID_NUMBER:S8842173F]], female, [[AGE:40]], staff nurse, "
    "[[ADDRESS:Blk 512 Jurong West Street 52 #08-117]], [[LOCATION:Singapore]] [[ZIP_CODE:640512]], HP [[PHONE_NUMBER:9184 2276]], "
    "email [[EMAIL_ADDRESS:jasmine.tanwl@singnet.com.sg]]. Daughter [[PERSON:Chloe Lim]], NRIC [[ID_NUMBER:T0318462A]].",
    "[[PERSON:Mrs Leilani Kealoha-Smith]], [[ADDRESS:14/22 Tamar St]], [[LOCATION:Ballina]] [[LOCATION:NSW]] [[ZIP_CODE:2478]]; "
    "born [[DATE_TIME:17 November 1965]]; PayID [[PHONE_NUMBER:0412 660 913]]; Medicare [[ID_NUMBER:2951 73045 1]]; "
    "licence (NSW) [[ID_NUMBER:14839027]]; occupation: swim coach.",
    "Client [[PERSON:Sipho Dlamini]], ID [[ID_NUMBER:9103046127083]], account [[ID_NUMBER:10 1482 7739]] at Standard Bank, "
    "branch code 051001, lives at [[ADDRESS:18 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2193]]; "
    "cell [[PHONE_NUMBER:+27 82 417 6630]]; employer: Sasol.",
    "KYC update: [[TITLE:Chief]] [[PERSON:Adewale Ogunbanjo]], BVN [[ID_NUMBER:22184730596]], Access Bank NUBAN "
    "[[ID_NUMBER:0691824573]], [[ADDRESS:5 Bourdillon Road]], [[LOCATION:Ikoyi]], [[LOCATION:Lagos State]], Verve card "
    "[[CREDIT_CARD:5061 0991 2374 4058 172]], email [[EMAIL_ADDRESS:adewale.ogunbanjo@yahoo.com]].",
    "[[TITLE:Dña.]] [[PERSON:Itziar Goikoetxea Arrieta]], con DNI [[ID_NUMBER:72418093V]], nacida el [[DATE_TIME:9 de marzo de 1981]], "
    "domiciliada en [[ADDRESS:Calle Licenciado Poza 31, 4º izda.]], [[ZIP_CODE:48011]] [[LOCATION:Bilbao]] ([[LOCATION:Bizkaia]]), "
    "tel. [[PHONE_NUMBER:688 204 917]], correo [[EMAIL_ADDRESS:itziar.goiko@euskaltel.net]], IBAN "
    "[[IBAN_CODE:ES91 2100 0418 4502 0005 1332]].",
    "Nombre: [[PERSON:Ximena Guadalupe Cárdenas Olvera]]; CURP: [[ID_NUMBER:CAOX950814MJCRLM07]]; RFC: [[ID_NUMBER:CAOX950814QK3]]; "
    "domicilio: [[ADDRESS:Av. Chapultepec Sur 480, int. 12]], Col. [[LOCATION:Americana]], C.P. [[ZIP_CODE:44160]], "
    "[[LOCATION:Guadalajara]], [[LOCATION:Jal.]]; celular [[PHONE_NUMBER:33 1849 2076]]; tarjeta [[CREDIT_CARD:4539 1802 7764 3187]].",
    "Cliente: [[TITLE:Sr.]] [[PERSON:Raimundo Nonato Bezerra]], CPF [[ID_NUMBER:482.105.937-14]], RG [[ID_NUMBER:2004917386]] SSP/CE, "
    "[[ADDRESS:Rua Senador Pompeu, 1820, apto 304]], [[LOCATION:Centro]], [[LOCATION:Fortaleza]] - [[LOCATION:CE]], CEP "
    "[[ZIP_CODE:60025-002]], cartão Elo [[CREDIT_CARD:6363 6841 0927 5536]], WhatsApp [[PHONE_NUMBER:(85) 98817-4420]].",
    "Titular: [[PERSON:Inês Carvalho Meireles]], NIF [[ID_NUMBER:248710362]], data de nascimento [[DATE_TIME:22-01-1990]], morada "
    "[[ADDRESS:Rua de Cedofeita, 412, 3.º Esq.]], [[ZIP_CODE:4050-174]] [[LOCATION:Porto]], IBAN "
    "[[IBAN_CODE:PT71 0033 0000 4531 8276 4910 5]], telemóvel [[PHONE_NUMBER:912 448 073]].",
    "[[TITLE:Mme]] [[PERSON:Nathalie Vandenberghe]], numéro national [[ID_NUMBER:85.07.23-048.29]], [[ADDRESS:rue Saint-Gilles 118, bte 3]], "
    "[[ZIP_CODE:4000]] [[LOCATION:Liège]], IBAN [[IBAN_CODE:BE37 3104 2183 7528]], GSM [[PHONE_NUMBER:0476 38 21 90]], "
    "e-mail [[EMAIL_ADDRESS:n.vandenberghe@skynet.be]].",
    "[[TITLE:M.]] [[PERSON:Mamadou Lamine Diallo]], né le [[DATE_TIME:14/02/1987]] à [[LOCATION:Thiès]], CNI [[ID_NUMBER:1 751 1987 04218]], "
    "domicilié [[ADDRESS:Cité Keur Gorgui, villa 41]], [[LOCATION:Dakar]], tél. [[PHONE_NUMBER:+221 77 648 20 13]], compte Orange Money "
    "[[PHONE_NUMBER:77 648 20 13]], profession : comptable.",
    "[[TITLE:Herr]] [[PERSON:Lukas Brändli]], AHV-Nr. [[ID_NUMBER:756.9184.0372.62]], geb. [[DATE_TIME:04.10.1979]], "
    "[[ADDRESS:Seefeldstrasse 207]], [[ZIP_CODE:8008]] [[LOCATION:Zürich]], IBAN [[IBAN_CODE:CH40 0070 0110 0248 7301 9]], Mobile "
    "[[PHONE_NUMBER:079 412 58 36]], Kennzeichen [[ID_NUMBER:ZH 481 227]].",
    "[[TITLE:Sig.ra]] [[PERSON:Graziella Russo]], C.F. [[ID_NUMBER:RSSGZL78H52G273Z]], nata a [[LOCATION:Palermo]] il "
    "[[DATE_TIME:12/06/1978]], residente in [[ADDRESS:Via Libertà 96]], [[ZIP_CODE:90143]] [[LOCATION:Palermo]], IBAN "
    "[[IBAN_CODE:IT60 X030 6904 6171 0000 0046 182]], cell. [[PHONE_NUMBER:347 218 9064]], PEC [[EMAIL_ADDRESS:graziella.russo@pec.it]].",
    "[[TITLE:Dhr.]] [[PERSON:Bram de Wit-Hoekstra]], BSN [[ID_NUMBER:173029486]], geboren [[DATE_TIME:30-09-1983]], "
    "[[ADDRESS:Oudegracht 214-bis]], [[ZIP_CODE:3511 NT]] [[LOCATION:Utrecht]], IBAN [[IBAN_CODE:NL37 INGB 0006 4829 31]], tel. "
    "[[PHONE_NUMBER:06 41 82 93 07]].",
    "[[TITLE:Pan]] [[PERSON:Bartłomiej Zięba]], PESEL [[ID_NUMBER:85061419378]], nr dowodu [[ID_NUMBER:CBK 482193]], "
    "[[ADDRESS:ul. Grunwaldzka 188/12]], [[ZIP_CODE:80-266]] [[LOCATION:Gdańsk]], konto [[IBAN_CODE:PL17 1020 5604 0000 0000 8472 1063]], "
    "tel. [[PHONE_NUMBER:601 482 937]], e-mail [[EMAIL_ADDRESS:b.zieba@wp.pl]].",
    "[[TITLE:Gđa.]] [[PERSON:Ivana Perković]], OIB [[ID_NUMBER:48291037651]], [[ADDRESS:Ilica 142]], [[ZIP_CODE:10000]] "
    "[[LOCATION:Zagreb]], IBAN [[IBAN_CODE:HR76 2360 0003 2184 0759 2]], mob. [[PHONE_NUMBER:091 428 7730]], rođena "
    "[[DATE_TIME:18. 5. 1991.]]",
    "[[TITLE:Fru]] [[PERSON:Mette Skovgaard Holm]], CPR [[ID_NUMBER:110684-1922]], [[ADDRESS:Vesterbro 62, 2. tv.]], [[ZIP_CODE:9000]] "
    "[[LOCATION:Aalborg]], konto [[IBAN_CODE:DK82 3000 1482 0937 16]], tlf. [[PHONE_NUMBER:+45 28 41 93 06]], MitID-bruger "
    "[[USERNAME:metteskovholm]].",
    # bench 025-047
    "Loan application. Applicant: [[PERSON:Kwabena Asante-Darko]]; date of birth [[DATE_TIME:06/09/1984]]; Ghana Card "
    "[[ID_NUMBER:GHA-724819305-3]]; [[LOCATION:UK]] address [[ADDRESS:Flat 12, Kestrel House, 9 Commercial Road]], [[LOCATION:London]] "
    "[[ZIP_CODE:E1 1LA]]; employer: Transport for London (signal technician); sort code 20-45-77, account [[ID_NUMBER:41829073]]; "
    "card on file [[CREDIT_CARD:3715 283904 11289]]; mobile [[PHONE_NUMBER:+44 7958 220 413]].",
    "Greetings [[PERSON:Kalani]], your tuition reimbursement has been approved. Records show [[PERSON:Kalani Akana]], "
    "[[AGE:21]] years old, [[ADDRESS:1454 Kapiolani Blvd #1804]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96814]], "
    "username [[USERNAME:kakana808]], blog [[URL:https://kalaniakana.substack.com]], last login from [[IP_ADDRESS:172.16.44.201]], refund card "
    "[[CREDIT_CARD:6011 0092 8417 3353]].",
    "Profile verification: Name [[PERSON:Lincoln Mbeki-Hart]] | Age [[AGE:31]] | Gender male | Religion [[NRP:Muslim]] | "
    "Lives in [[LOCATION:Bristol]] | Instagram [[USERNAME:linc.hart]] | Website [[URL:https://linchart.myportfolio.com]] | Phone [[PHONE_NUMBER:07412 883 590]] | Selfie match 0.94",
    "Customer [[PERSON:Tariq Jameel Bhatti]], CNIC [[ID_NUMBER:42101-8830417-5]], [[ADDRESS:House B-72, Block 13-D/2]], "
    "[[LOCATION:Gulshan-e-Iqbal]], [[LOCATION:Karachi]]; MSISDN [[PHONE_NUMBER:+92 321 2409 876]]; IMEI 356938108542179; "
    "ICCID 8992030012847719305; plan: Super Card Plus.",
    "Pt: [[PERSON:Esperanza Villalobos-Reyes]], [[AGE:67]]F, DOB [[DATE_TIME:04/30/1957]], Medicare MBI "
    "[[ID_NUMBER:5EG4-TE2-MK37]], [[ADDRESS:3120 E Fort Lowell Rd]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85716]]. "
    "Ordering provider: [[PERSON:Dr. Hyun-woo Baek]], NPI [[ID_NUMBER:1487629309]]. Tests: CBC, lipid panel, HbA1c.",
    "Student: [[PERSON:Oluwatobiloba]] \"[[PERSON:Tobi]]\" [[PERSON:Fashola]]; matric no. [[ID_NUMBER:2023/4817]]; DOB "
    "[[DATE_TIME:1 October 2004]]; nationality [[NRP:Nigerian]]; passport [[ID_NUMBER:B08291734]]; home address "
    "[[ADDRESS:14 Awolowo Avenue]], [[LOCATION:Bodija]], [[LOCATION:Ibadan]]; email [[EMAIL_ADDRESS:tobi.fashola04@gmail.com]].",
    "sshd[2231]: Accepted publickey for [[USERNAME:h.takeda]] from [[IP_ADDRESS:10.14.2.77]] port 51522\n"
    "hr-sync: user [[USERNAME:h.takeda]] = [[PERSON:Hiroshi Takeda]], employee [[ID_NUMBER:E-20931]], dept Finance, manager "
    "[[PERSON:Sunita Rao]], desk phone [[PHONE_NUMBER:+81 3-6812-4407]]",
    "Lessee: [[PERSON:Autumn Rivera-Shaw]], SSN [[US_SSN:602-18-4937]], DOB [[DATE_TIME:March 3, 1995]], current address "
    "[[ADDRESS:77 Beacon St Apt 5F]], [[LOCATION:Somerville]], [[LOCATION:MA]] [[ZIP_CODE:02143]]; lease begins "
    "[[DATE_TIME:September 1, 2024]] at [[ADDRESS:210 Elm St, Unit 2]]; landlord [[PERSON:Desmond Akpan]].",
    "Donor: [[TITLE:Rev.]] [[PERSON:Augustine Mwale]], [[LOCATION:Area 47]], [[LOCATION:Lilongwe]], [[LOCATION:Malawi]]; Airtel Money "
    "[[PHONE_NUMBER:+265 991 48 27 30]]; monthly gift charged to [[CREDIT_CARD:2221 0084 3316 7592]]; email "
    "[[EMAIL_ADDRESS:a.mwale@globemw.net]].",
    "Insured: [[PERSON:Aroha Ngata]] (F, [[AGE:52]]), passport (NZ) [[ID_NUMBER:LM482917]], [[ADDRESS:36 Lake Road]], "
    "[[LOCATION:Rotorua]] [[ZIP_CODE:3010]]; bank account [[ID_NUMBER:12-3140-0482917-00]]; incident: lost luggage on "
    "NZ 0102 on [[DATE_TIME:02/02/2024]].",
    "Freelancer: [[PERSON:Dmytro Hnatiuk]] | Upwork [[USERNAME:dmytro_hn]] | GitHub [[URL:https://github.com/dhnatiuk]] | Payoneer [[EMAIL_ADDRESS:d.hnatiuk.dev@gmail.com]] | "
    "IBAN [[IBAN_CODE:UA84 3052 9900 0002 6004 0382 9367 1]] | RNOKPP [[ID_NUMBER:3071541280]] | city [[LOCATION:Lviv]] | "
    "last IP [[IP_ADDRESS:93.175.201.6]]",
    "Kund: [[PERSON:Linnea Åkesson]], personnummer [[ID_NUMBER:870921-3543]], adress [[ADDRESS:Linnégatan 38, lgh 1102]], "
    "[[ZIP_CODE:413 04]] [[LOCATION:Göteborg]], IBAN [[IBAN_CODE:SE93 8000 0000 0000 3520 6729]], mobil [[PHONE_NUMBER:070-418 22 93]], "
    "e-post [[EMAIL_ADDRESS:linnea.akesson@telia.com]].",
    "[[TITLE:Κυρία]] [[PERSON:Μαρία Αντωνίου]], ΑΜΚΑ [[ID_NUMBER:25037711469]], ΑΦΜ [[ID_NUMBER:139482076]], διεύθυνση "
    "[[ADDRESS:Ερμού 45]], [[ZIP_CODE:105 63]] [[LOCATION:Αθήνα]], IBAN [[IBAN_CODE:GR14 0172 0480 0005 0481 0291 377]], "
    "κινητό [[PHONE_NUMBER:694 218 3307]].",
    "[[TITLE:Sayın]] [[PERSON:Elif Yıldırım]], T.C. Kimlik No [[ID_NUMBER:48201937688]], doğum tarihi [[DATE_TIME:07.11.1992]], adres "
    "[[ADDRESS:Bağdat Caddesi No: 312 D: 7]], [[ZIP_CODE:34728]] [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]], IBAN "
    "[[IBAN_CODE:TR37 0006 2000 4182 0000 6291 43]], GSM [[PHONE_NUMBER:0532 481 20 67]].",
    "[[TITLE:Ponia]] [[PERSON:Rūta Kazlauskienė]], asmens kodas [[ID_NUMBER:48405170211]], adresas [[ADDRESS:Gedimino pr. 27-14]], "
    "[[ZIP_CODE:LT-01104]] [[LOCATION:Vilnius]], sąskaita [[IBAN_CODE:LT34 7044 0600 0841 6273]], tel. [[PHONE_NUMBER:+370 612 48 397]].",
    "[[TITLE:Пан]] [[PERSON:Андрій Ковальчук]], РНОКПП [[ID_NUMBER:2909604170]], дата народження [[DATE_TIME:30.08.1979]], "
    "адреса: [[ADDRESS:вул. Саксаганського, 41, кв. 17]], [[ZIP_CODE:01033]] [[LOCATION:Київ]], тел. [[PHONE_NUMBER:+380 67 418 2093]], "
    "e-mail [[EMAIL_ADDRESS:a.kovalchuk@ukr.net]].",
    "[[TITLE:Ông]] [[PERSON:Trần Văn Khoa]], CCCD [[ID_NUMBER:079089012734]], sinh ngày [[DATE_TIME:12/03/1989]], địa chỉ "
    "[[ADDRESS:45 Nguyễn Huệ]], Phường [[LOCATION:Bến Nghé]], [[LOCATION:Quận 1]], [[LOCATION:TP.HCM]], SĐT "
    "[[PHONE_NUMBER:0903 418 227]], STK Vietcombank [[ID_NUMBER:0071004182937]].",
    "[[TITLE:Puan]] [[PERSON:Nurul Aisyah binti Kamaruddin]], No. KP [[ID_NUMBER:900512-14-5528]], alamat [[ADDRESS:No. 8, Jalan SS 2/24]], "
    "[[ZIP_CODE:47300]] [[LOCATION:Petaling Jaya]], [[LOCATION:Selangor]], tel. [[PHONE_NUMBER:012-418 3309]], akaun Maybank "
    "[[ID_NUMBER:5142 8830 1927]].",
    "[[TITLE:Sra.]] [[PERSON:Constanza Valdivia Soto]], RUT [[ID_NUMBER:17.904.238-K]], [[ADDRESS:Av. Providencia 1208, depto. 604]], "
    "[[LOCATION:Providencia]], [[LOCATION:Santiago]]; CuentaRUT [[ID_NUMBER:17904238]]; celular [[PHONE_NUMBER:+56 9 6418 2277]]; "
    "correo [[EMAIL_ADDRESS:cvaldivia.soto@gmail.com]].",
    "[[TITLE:Mme]] [[PERSON:Geneviève Lapointe-Côté]], NAS [[ID_NUMBER:627 140 932]], carte RAMQ [[ID_NUMBER:LAPG 8261 2214]], "
    "[[ADDRESS:4520, av. Papineau, app. 3]], [[LOCATION:Montréal]] ([[LOCATION:Québec]]) [[ZIP_CODE:H2H 1V3]], "
    "tél. [[PHONE_NUMBER:514 598-2210]].",
    "[[TITLE:Frau]] [[TITLE:Mag.]] [[PERSON:Katharina Gruber-Lechner]], SV-Nr. [[ID_NUMBER:4822 140385]], "
    "[[ADDRESS:Mariahilfer Straße 88/5]], [[ZIP_CODE:1070]] [[LOCATION:Wien]], IBAN [[IBAN_CODE:AT86 2011 1000 0931 2847]], "
    "Tel. [[PHONE_NUMBER:+43 664 281 4730]], Beruf: Steuerberaterin.",
    "[[TITLE:Sr.ª]] [[PERSON:Graça Mondlane Sitoe]], BI [[ID_NUMBER:110100482917B]], [[ADDRESS:Av. Julius Nyerere, 1345, 2.º andar]], "
    "[[LOCATION:Maputo]], M-Pesa [[PHONE_NUMBER:84 418 2209]], NUIT [[ID_NUMBER:104827193]], data de nascimento "
    "[[DATE_TIME:30/04/1976]].",
    "[[PERSON:Wojciech Ptak]], ur. [[DATE_TIME:21.02.1988]] w [[LOCATION:Lublinie]], PESEL [[ID_NUMBER:88022104818]], "
    "adres do korespondencji: [[ADDRESS:ul. Narutowicza 33 m. 4]], [[ZIP_CODE:20-016]] [[LOCATION:Lublin]], tel. [[PHONE_NUMBER:512 904 118]].",
    # bench 048-070
    "Customer: [[PERSON:Ma. Cristina]] \"[[PERSON:Tina]]\" [[PERSON:Dela Peña]], SSS [[ID_NUMBER:34-8172093-5]], TIN "
    "[[ID_NUMBER:418-293-770-000]], PhilSys [[ID_NUMBER:4829-1730-5562-0941]], [[ADDRESS:Unit 14C, The Grove Tower, 88 E. Rodriguez Jr. Ave]], "
    "[[LOCATION:Pasig City]] [[ZIP_CODE:1604]], GCash [[PHONE_NUMBER:0917 482 3310]], birthday [[DATE_TIME:Dec 8, 1990]].",
    "Attention [[PERSON:Zoltán]]: the emergency visit billed on [[DATE_TIME:11/04/2024]] is still open. Our records list "
    "[[PERSON:Zoltán Farkas]], TAJ [[ID_NUMBER:048 219 370]], [[ADDRESS:Andrássy út 61, 2. em. 4]], [[ZIP_CODE:1062]] "
    "[[LOCATION:Budapest]], phone [[PHONE_NUMBER:+36 30 418 2297]], login [[USERNAME:zfarkas61]] from "
    "[[IP_ADDRESS:2a02:ab88:3c1:9d00:4f2e:11ff:fe90:27c1]].",
    "Transfer request. Employee: [[PERSON:Desislava Petrova Ivanova]], EGN [[ID_NUMBER:8706124837]], position: payroll specialist, "
    "from the [[LOCATION:Plovdiv]] office to [[LOCATION:Sofia]]; new address [[ADDRESS:bul. Vitosha 92, et. 5, ap. 14]], "
    "[[ZIP_CODE:1463]] [[LOCATION:Sofia]]; salary account [[IBAN_CODE:BG98 STSA 9300 0048 2910 37]].",
    "Guest: [[PERSON:Park Ji-hoon]] (M, [[AGE:33]]), RRN [[ID_NUMBER:910214-1482732]], KakaoTalk ID [[USERNAME:jihoon_p91]], phone "
    "[[PHONE_NUMBER:010-4829-1736]], home [[ADDRESS:301-1204, 55 Olympic-ro]], [[LOCATION:Songpa-gu]], [[LOCATION:Seoul]]; "
    "check-in [[DATE_TIME:2024-10-03]].",
    "Passenger record: [[PERSON:WATANABE]]/[[PERSON:KENJI]] [[TITLE:MR]], passport [[ID_NUMBER:TR4829173]] (JPN), DOB "
    "[[DATE_TIME:09JAN75]], mobile [[PHONE_NUMBER:+81 90 4821 7730]], email [[EMAIL_ADDRESS:kenji.watanabe75@docomo.ne.jp]], "
    "JAL Mileage Bank [[ID_NUMBER:JL 418290375]].",
    "Beneficiary: [[PERSON:María José Andrade Cevallos]], cédula [[ID_NUMBER:1704829132]], [[AGE:44]] years, [[ADDRESS:Av. 6 de Diciembre N34-120 y Portugal]], "
    "[[LOCATION:Quito]], phone [[PHONE_NUMBER:099 482 1736]], email [[EMAIL_ADDRESS:mjandrade.c@hotmail.com]].",
    "Tenant reference: [[PERSON:Martín Pereyra Olivera]], CI [[ID_NUMBER:4.829.173-2]], employed by Conaprole since "
    "[[DATE_TIME:March 2015]], address [[ADDRESS:Bulevar Artigas 1850, apto 701]], [[LOCATION:Montevideo]] [[ZIP_CODE:11300]], "
    "cell [[PHONE_NUMBER:094 418 273]].",
    "Employee: [[PERSON:Kristjan Tamm]], isikukood [[ID_NUMBER:38910234212]], DOB [[DATE_TIME:23.10.1989]], address "
    "[[ADDRESS:Tartu mnt 63-18]], [[ZIP_CODE:10115]] [[LOCATION:Tallinn]], personal email [[EMAIL_ADDRESS:kristjan.tamm@mail.ee]], "
    "Smart-ID linked to [[PHONE_NUMBER:+372 5829 1047]].",
    "Visa sponsor form: [[PERSON:Mostafa Abdelrahman El-Sayed]], national ID [[ID_NUMBER:29105120104837]], born "
    "[[DATE_TIME:12 May 1991]] in [[LOCATION:Giza]], [[NRP:Egyptian]], passport [[ID_NUMBER:A28174093]], address "
    "[[ADDRESS:17 Gameat El Dowal El Arabia St]], [[LOCATION:Mohandessin]], phone [[PHONE_NUMBER:+20 100 482 9173]].",
    "Resident: [[PERSON:Joseph Thomas Kuriakose]], Iqama [[ID_NUMBER:2482910375]], [[NRP:Indian]], [[AGE:39]], HVAC technician at a "
    "facilities company in [[LOCATION:Dammam]], IBAN [[IBAN_CODE:SA03 8000 0000 6080 1016 7519]], mobile [[PHONE_NUMBER:+966 55 418 2093]].",
    "Applicant: [[PERSON:Kayla Marie Brewster]], DOB [[DATE_TIME:07/19/1998]], SSN [[US_SSN:267-41-8830]], Florida DL "
    "[[US_DRIVER_LICENSE:B623-418-98-719-0]], US passport [[US_PASSPORT:671049283]], address [[ADDRESS:9021 SW 72nd Ct]], "
    "[[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33156]], phone [[PHONE_NUMBER:(305) 418-2276]].",
    "New hire ([[LOCATION:Kenya]]): [[PERSON:Njeri Wambui Gathoni]], ID [[ID_NUMBER:31829407]], KRA PIN [[ID_NUMBER:A014829173Z]], NSSF "
    "[[ID_NUMBER:2048173952]], SHIF [[ID_NUMBER:CR4829173055-2]], [[ADDRESS:P.O. Box 48291]]–[[ZIP_CODE:00100]] [[LOCATION:Nairobi]], "
    "phone [[PHONE_NUMBER:0711 482 917]].",
    "[[TITLE:Dott.]] [[PERSON:Marco Bianchi]], codice fiscale [[ID_NUMBER:BNCMRC82A14F205R]], nato a [[LOCATION:Milano]] il "
    "[[DATE_TIME:14/01/1982]], [[ADDRESS:Corso Buenos Aires 53]], [[ZIP_CODE:20124]] [[LOCATION:Milano]], IBAN "
    "[[IBAN_CODE:IT20 A050 3401 6330 0000 0482 173]], targa [[ID_NUMBER:FG 482 KT]].",
    "[[TITLE:Mevrouw]] [[PERSON:Fenna Bakker]], BSN [[ID_NUMBER:294810377]], geboortedatum [[DATE_TIME:4 februari 1969]], "
    "[[ADDRESS:Zuiderdiep 112]], [[ZIP_CODE:9711 HM]] [[LOCATION:Groningen]], IBAN [[IBAN_CODE:BE54 0634 8291 7305]] (Belgische rekening), "
    "e-mail [[EMAIL_ADDRESS:fenna.bakker@ziggo.nl]].",
    "[[TITLE:G.]] [[PERSON:Tomislav Radić]], OIB [[ID_NUMBER:73029481654]], [[ADDRESS:Obala kneza Branimira 14]], [[ZIP_CODE:21000]] "
    "[[LOCATION:Split]], IBAN [[IBAN_CODE:HR33 2484 0081 1048 2917 3]], mob. [[PHONE_NUMBER:098 482 9173]], reg. oznaka "
    "[[ID_NUMBER:ST 4829-KR]].",
    "[[TITLE:Hr.]] [[PERSON:Anders Bech Nyholm]], CPR [[ID_NUMBER:030571-1667]], [[ADDRESS:Jægergårdsgade 41, 1.]], [[ZIP_CODE:8000]] "
    "[[LOCATION:Aarhus C]], konto [[IBAN_CODE:DK04 5295 0001 8273 64]], mobil [[PHONE_NUMBER:22 48 19 37]].",
    "[[PERSON:Mehmet Can Aydın]] [[TITLE:Bey]], T.C. [[ID_NUMBER:37510482910]], [[ADDRESS:Atatürk Bulvarı No: 118 Daire: 9]], "
    "[[LOCATION:Çankaya]]/[[LOCATION:Ankara]], IBAN [[IBAN_CODE:TR26 0001 0002 1845 7291 0040 18]], kart "
    "[[CREDIT_CARD:9792 0318 4456 2106]].",
    "Titular: [[PERSON:Federico Agustín Lombardi]], CUIL [[ID_NUMBER:20-28471936-1]], CBU [[ID_NUMBER:0170099204000482917364]], "
    "alias [[USERNAME:FEDE.LOMBARDI.MP]], domicilio [[ADDRESS:Av. Corrientes 4120, 7° B]], [[LOCATION:CABA]], CP [[ZIP_CODE:C1195AAP]], "
    "cel. [[PHONE_NUMBER:11 4829-1736]].",
    "Paciente: [[PERSON:Rosario Ccahuana Quispe]], DNI [[ID_NUMBER:42918374]], [[AGE:58]] años, [[ADDRESS:Jr. Huallaga 482, Int. 3]], "
    "[[LOCATION:Cercado de Lima]], teléfono [[PHONE_NUMBER:987 418 229]], fecha de cita [[DATE_TIME:18/11/2024]].",
    "Comprador: [[PERSON:Luíza Fernandes Tavares]], CPF [[ID_NUMBER:731.904.582-60]], [[ADDRESS:Rua Padre Chagas, 415, ap. 702]], "
    "[[LOCATION:Moinhos de Vento]], [[LOCATION:Porto Alegre]] - [[LOCATION:RS]], CEP [[ZIP_CODE:90570-080]], cartão Hipercard "
    "[[CREDIT_CARD:6062 8248 1930 7740]], chave Pix [[PHONE_NUMBER:+55 51 99418-2730]].",
    "[[TITLE:Frau]] [[PERSON:Sabine Oltmanns]], Steuer-ID [[ID_NUMBER:48 192 730 558]], geboren am [[DATE_TIME:29.07.1974]] in "
    "[[LOCATION:Oldenburg]], [[ADDRESS:Kaiserstraße 19]], [[ZIP_CODE:26122]] [[LOCATION:Oldenburg]], IBAN "
    "[[IBAN_CODE:DE43 5001 0517 4829 1037 78]], Tel. [[PHONE_NUMBER:0441 48291730]].",
    "[[TITLE:Mme]] [[PERSON:Camille Rousseau-Ba]], NIR [[ID_NUMBER:2 85 06 75 056 042 38]], née le [[DATE_TIME:3 juin 1985]] à "
    "[[LOCATION:Paris]], [[ADDRESS:14 rue de la Roquette]], [[ZIP_CODE:75011]] [[LOCATION:Paris]], IBAN "
    "[[IBAN_CODE:FR72 3000 4008 1300 0104 8291 763]], portable [[PHONE_NUMBER:06 48 29 17 30]].",
    "[[TITLE:Bà]] [[PERSON:Lê Thị Minh Châu]], CCCD [[ID_NUMBER:001182004917]], sinh năm 1982, [[ADDRESS:Số 18 ngõ 42 Hàng Bạc]], "
    "[[LOCATION:Hoàn Kiếm]], [[LOCATION:Hà Nội]], email [[EMAIL_ADDRESS:chau.le82@gmail.com]], Zalo [[PHONE_NUMBER:0912 482 917]].",
# end BENCH
]

DOC = [
    # doc 001-010
    """DISCHARGE SUMMARY

Patient: [[PERSON:Achieng Otieno-Mboya]]    Sex: F    Age: [[AGE:34]]
IP No.: [[ID_NUMBER:2024/11872]]    Ward: Maternity 2, Bed 14
Admitted: [[DATE_TIME:02/07/2024]]    Discharged: [[DATE_TIME:09/07/2024]]
Address: [[ADDRESS:Hse 16, Riara Road]], [[LOCATION:Kilimani]], [[LOCATION:Nairobi]]
Next of kin: [[PERSON:Ochieng Mboya]] (husband), [[PHONE_NUMBER:0733 918 245]]

Diagnosis: severe pre-eclampsia at 36+2 weeks; emergency LSCS on [[DATE_TIME:03/07/2024]].
Baby: live female, 2.6 kg, Apgar 8/9.
Discharge medication: nifedipine 20 mg BD x 14 days, ferrous sulphate 200 mg OD.
BP at discharge 132/84. Hb 10.1 g/dL.

Follow-up: postnatal clinic on [[DATE_TIME:16/07/2024]] with [[PERSON:Dr. Faith Kiprono]] (consultant obstetrician).
Summary prepared by [[PERSON:Dr. Brian Mutua]], medical officer. NHIF member no. [[ID_NUMBER:4829173]].""",
    """Meddygfa Tŷ Glas
[[ADDRESS:12 Heol y Castell]]
[[LOCATION:Caerfyrddin]] [[ZIP_CODE:SA31 1BD]]

[[DATE_TIME:14 October 2024]]

Dear [[PERSON:Dr. Pugh]],

Re: [[PERSON:Gwilym Rhys Evans]], DOB [[DATE_TIME:28/02/1958]], NHS No. [[ID_NUMBER:681 204 9379]]
[[ADDRESS:Fferm Pantglas]], [[LOCATION:Llandeilo]] [[ZIP_CODE:SA19 6PL]]. Tel: [[PHONE_NUMBER:01558 824 117]]

Thank you for seeing this [[AGE:66]]-year-old farmer, who has had three episodes of painless rectal bleeding since August. He is a
lifelong non-smoker and drinks around 10 units a week. FIT result 148 µg Hb/g. Hb 118, MCV 78, ferritin 9.
His daughter [[PERSON:Non]] ([[PHONE_NUMBER:07867 402 518]]) would like to be told about the appointment, as he is often out
with the flock and his Welsh is better than his English.

Yours sincerely,

[[PERSON:Dr. Seren Howells]]
GMC [[ID_NUMBER:7148293]]""",
    """VICTORIA POLICE – INCIDENT REPORT (extract)
Event no. 240418-0337

Reporting member: [[TITLE:Sen. Const.]] [[PERSON:Harpreet Gill]], reg. no. [[ID_NUMBER:41872]]

At approx. 2210 hrs on [[DATE_TIME:17/04/2024]] the complainant, [[PERSON:Thi Ngoc Anh Pham]] (DOB [[DATE_TIME:09/11/1987]]),
of [[ADDRESS:5/31 Hopkins Street]], [[LOCATION:Footscray]] [[ZIP_CODE:3011]], reported that her vehicle, a white Mazda CX-5,
registration [[ID_NUMBER:1XT 4KD]], had been damaged in the car park at the rear of [[ADDRESS:48 Nicholson Street]].

A witness, [[PERSON:Callum O'Rourke]] ([[AGE:19]]), mobile [[PHONE_NUMBER:0432 118 904]], saw a male aged about [[AGE:30]]
kick the driver's door and leave in a grey Holden Commodore, partial rego "ZQ?-4??". CCTV requested from the shop (ref CV-2291).
Complainant's licence [[ID_NUMBER:048 291 736]] sighted.""",
    """RESIDENTIAL TENANCY AGREEMENT

This agreement is made on [[DATE_TIME:1 September 2024]] between
Landlord: [[PERSON:Declan Fitzgerald]], of [[ADDRESS:22 Rathgar Avenue]], [[LOCATION:Dublin 6]], [[ZIP_CODE:D06 X2F8]]
Tenants: [[PERSON:Ayodele Bankole]] and [[PERSON:Katarzyna Wilk]]
Premises: [[ADDRESS:Apartment 9, Granary Court, 3 Bridgefoot Street]], [[LOCATION:Dublin 8]], [[ZIP_CODE:D08 KT64]]

1. Term: 12 months from [[DATE_TIME:1 September 2024]].
2. Rent: €2,150 per calendar month, payable in advance on the 1st of each month to [[IBAN_CODE:IE87 AIBK 9310 4748 2917 36]].
3. Deposit: €2,150, lodged with the landlord and refundable within 10 days of the end of the tenancy.
4. The tenancy will be registered with the RTB (registration no. RT0092741).
5. Contact for repairs: [[PHONE_NUMBER:087 294 1106]] or [[EMAIL_ADDRESS:declan.fitz@eircom.net]].

Signed: [[PERSON:D. Fitzgerald]]      Signed: [[PERSON:A. Bankole]]      Signed: [[PERSON:K. Wilk]]""",
    """EMPLOYMENT CONTRACT – LIMITED TERM

Employer: Al Noor Facility Services LLC, Licence No. 748291 ([[LOCATION:Dubai]])
Employee: [[PERSON:Rajesh Kumar Pillai]]
Nationality: [[NRP:Indian]]    Date of birth: [[DATE_TIME:17 May 1986]]
Passport No.: [[ID_NUMBER:Z4829173]]    Emirates ID: [[ID_NUMBER:784-1986-4829103-1]]
Labour card / work permit: [[ID_NUMBER:82917364]]
Position: Maintenance Supervisor    Start date: [[DATE_TIME:1 November 2024]]
Basic salary: AED 6,500 per month plus housing allowance AED 2,000.
Salary account (WPS): [[IBAN_CODE:AE67 0330 0000 1928 4710 375]]
Home country address: [[ADDRESS:TC 14/2291]], [[LOCATION:Vazhuthacaud]], [[LOCATION:Thiruvananthapuram]], [[LOCATION:Kerala]] [[ZIP_CODE:695014]]
Emergency contact: [[PERSON:Lekha Pillai]] (wife), [[PHONE_NUMBER:+91 94470 28193]]

Annual leave: 30 calendar days. Probation: 6 months.""",
    """CURRICULUM VITAE

[[PERSON:MARIA LOURDES]] "[[PERSON:MALOU]]" [[PERSON:BAUTISTA]]
[[ADDRESS:Blk 7 Lot 22, Camella Homes]], Brgy. [[LOCATION:Talon Dos]], [[LOCATION:Las Piñas City]] [[ZIP_CODE:1747]]
Mobile: [[PHONE_NUMBER:+63 917 204 8831]] | Email: [[EMAIL_ADDRESS:malou.bautista.rn@gmail.com]]
LinkedIn: [[URL:www.linkedin.com/in/malou-bautista-rn]]
Date of birth: [[DATE_TIME:21 April 1992]] | Civil status: married
PRC licence no.: [[ID_NUMBER:0748291]] | NMC PIN: [[ID_NUMBER:19D2847O]]

EXPERIENCE
[[DATE_TIME:June 2018]] – present: Staff Nurse, Intensive Care Unit, St. Luke's Medical Center (Global City)
2014 – 2018: Ward Nurse, Medical-Surgical, Las Piñas Doctors Hospital

EDUCATION
BS Nursing, University of Perpetual Help System DALTA, 2014 (cum laude)

REFERENCES
[[PERSON:Ms. Rowena Sarmiento]], Nurse Manager – [[PHONE_NUMBER:+63 918 447 2093]]
[[PERSON:Dr. Alfonso Uy]], Intensivist – [[EMAIL_ADDRESS:alfonso.uy.md@gmail.com]]""",
    """MINUTES – Ōwairaka Residents' Association
Held at the community hall, [[ADDRESS:63 Richardson Road]], [[LOCATION:Mt Albert]], on [[DATE_TIME:12 March 2024]], 7.00 pm

Present: [[PERSON:Hine Walker]] (chair), [[PERSON:Raj Prasad]], [[PERSON:Tui]] and [[PERSON:Matiu Pomare]], [[PERSON:Grace Liu]], [[PERSON:Ofa Tupou]]
Apologies: [[PERSON:Bronwyn]] (in hospital – get-well card to go to [[ADDRESS:14 Hendon Ave]])

1. Minutes of the last meeting confirmed (moved [[PERSON:Raj]], seconded [[PERSON:Grace]]).
2. Berm mowing: Council reference 8304417 logged for the strip outside no. 40.
3. Treasurer reported $1,842.60 in the account.
4. The [[PERSON:Pomare]] whānau offered to run the Matariki hāngī again.

Action: [[PERSON:Ofa]] to email the clean-up flyer to the street list; replies to [[EMAIL_ADDRESS:ofa.tupou@xtra.co.nz]].
Next meeting: [[DATE_TIME:9 April 2024]].""",
    """ŚWIADECTWO – informacja dla rodziców (wyciąg)

Uczennica: [[PERSON:Zofia Maria Nowicka]], klasa 6b
PESEL: [[ID_NUMBER:12321407282]]
Wychowawczyni: [[TITLE:pani]] [[PERSON:Ewa Grabowska]]

Średnia ocen: 5,17. Zachowanie: wzorowe. Konkurs matematyczny: laureatka etapu wojewódzkiego.
Nieobecności: 12 godzin, wszystkie usprawiedliwione.

Rodzice / opiekunowie: [[PERSON:Tomasz Nowicki]], tel. [[PHONE_NUMBER:604 218 773]]; [[PERSON:Agata Nowicka]], e-mail [[EMAIL_ADDRESS:agata.nowicka@onet.pl]]
Adres: [[ADDRESS:ul. Kościuszki 41/7]], [[ZIP_CODE:30-105]] [[LOCATION:Kraków]]

Zebranie z rodzicami: [[DATE_TIME:20 czerwca 2024]], godz. 17:30, sala 214.""",
    """COMUNICAÇÃO DE SINISTRO – Seguro Auto
Apólice 0048-2291-77 | Sinistro nº 2024-118374

Segurado: [[PERSON:Anderson Luiz Moreira]], CPF [[ID_NUMBER:048.291.736-96]]
Endereço: [[ADDRESS:Rua Voluntários da Pátria, 2280, bloco B, apto 51]], [[LOCATION:Santana]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:02402-100]]
Telefone: [[PHONE_NUMBER:(11) 97418-2293]] | E-mail: [[EMAIL_ADDRESS:anderson.moreira@terra.com.br]]
Veículo: Chevrolet Onix 2021, placa [[ID_NUMBER:FXR4B82]], chassi 9BGKS48V0MG104827

Data do sinistro: [[DATE_TIME:05/08/2024]], por volta das 18h40, na Av. Cruzeiro do Sul.
Terceiro envolvido: [[PERSON:Patrícia Gomes da Silva]], CNH [[ID_NUMBER:04829173650]], placa [[ID_NUMBER:EKT-2941]].
Franquia de R$ 3.200,00 a pagar com o cartão [[CREDIT_CARD:5502 0948 1173 6482]].""",
    """From: [[PERSON:Jonas Eriksen]] <[[EMAIL_ADDRESS:jonas.eriksen@fjordline-logistics.no]]>
To: [[PERSON:Amina Yusuf]] <[[EMAIL_ADDRESS:amina.yusuf@fjordline-logistics.no]]>
Subject: Re: Re: onboarding for the [[LOCATION:Bergen]] warehouse

Hi [[PERSON:Amina]],

Great – then [[PERSON:Kofi]] starts on Monday [[DATE_TIME:7 October]], not the week after. Please send his locker code separately, not by email.
Order PO-48291 for his safety boots is already placed.

[[PERSON:Jonas]]

On [[DATE_TIME:2 Oct 2024]], at 09:14, [[PERSON:Amina Yusuf]] wrote:
> Hi [[PERSON:Jonas]], the new forklift driver is [[PERSON:Kofi Boateng]], born [[DATE_TIME:30.01.1995]], phone [[PHONE_NUMBER:+47 482 91 736]].
> He lives at [[ADDRESS:Nygårdsgaten 91]], [[ZIP_CODE:5008]] [[LOCATION:Bergen]] and his personal email is
> [[EMAIL_ADDRESS:kofi.boat95@gmail.com]]. When can he start?
>
> --
> [[PERSON:Amina Yusuf]] | HR Advisor | Fjordline Logistics AS
> [[PHONE_NUMBER:+47 55 48 29 10]] | [[ADDRESS:Sandviksbodene 3]], [[LOCATION:Bergen]]""",
    # doc 011-020
    """ONTARIO COURT OF JUSTICE – TRANSCRIPT (excerpt)
Court file no. FO-24-0482-00

THE COURT: We are on the record. Counsel, your appearances please.
[[TITLE:MS.]] [[PERSON:ADEYEMI]]: Good morning, Your Honour. [[PERSON:Folake Adeyemi]] for the applicant mother, [[PERSON:Ms. Danielle Roy]].
[[TITLE:MR.]] [[PERSON:KOWALSKI]]: [[PERSON:Piotr Kowalski]], Your Honour, for the respondent, [[PERSON:Mr. Marc-André Gagnon]], who is present by Zoom.
THE COURT: Thank you. This is a motion to change the parenting schedule for [[PERSON:Léa]], who is now [[AGE:7]].
[[TITLE:MS.]] [[PERSON:ADEYEMI]]: Yes. Since [[DATE_TIME:March 4, 2024]] [[PERSON:Ms. Roy]] has lived at [[ADDRESS:1187 Bank Street, Unit 6]], in [[LOCATION:Ottawa]],
about forty minutes from the father's home in [[LOCATION:Gatineau]].
THE COURT: And the child's school?
[[TITLE:MS.]] [[PERSON:ADEYEMI]]: She stays at the same school, Your Honour.
THE COURT: All right. We will adjourn to [[DATE_TIME:June 18, 2024]] at 10 a.m. for the hearing.""",
    """[[PERSON:TAUILIILI]], [[PERSON:Faʻasaulala Seiuli]].
Born [[DATE_TIME:14 March 1941]] in [[LOCATION:Falealupo]], [[LOCATION:Savaiʻi]]; passed away peacefully at home in [[LOCATION:Māngere]]
on [[DATE_TIME:2 August 2024]], aged [[AGE:83]]. Beloved wife of the late [[PERSON:Tavita]]. Mother of [[PERSON:Losa]],
[[PERSON:Ioane]], [[PERSON:Mele]] and [[PERSON:Sefo]], grandmother of 21 and great-grandmother of 9.
A faithful member of the Congregational Christian Church of Samoa for over sixty years.
Lotu will be held at the family home, [[ADDRESS:27 Robertson Road]], [[LOCATION:Māngere]], each evening at 7pm.
Funeral service on Friday [[DATE_TIME:9 August]] at the church, [[ADDRESS:12 Bader Drive]], followed by burial at Māngere Lawn Cemetery.
Enquiries to [[PERSON:Ioane]] on [[PHONE_NUMBER:021 487 2093]]. Ia manuia lau malaga, Tina.""",
    """AKWAABA NEWSLETTER – Brampton Ghanaian Community Association, Autumn issue

BIRTHDAYS THIS MONTH
• Auntie [[PERSON:Gifty Owusu]] turns [[AGE:70]] on [[DATE_TIME:October 12]] – party at the hall, all welcome!
• [[PERSON:Kwame Asamoah Jr.]] ([[AGE:16]]) – congratulations on your G2 licence too!
• Our treasurer [[PERSON:Yaw Boakye]] – happy birthday, Opanyin.

WELCOME TO NEW MEMBERS
[[PERSON:Abena]] and [[PERSON:Kojo Mensah-Larbi]], who moved from [[LOCATION:Kumasi]] in [[DATE_TIME:July]], and [[PERSON:Nana Esi Quaye]].

SCHOLARSHIP
This year's $1,500 bursary goes to [[PERSON:Elikem Agbeko]], first-year nursing student. Applications for next year open in May.

CONTACT
Secretary: [[PERSON:Comfort Ansah]], [[PHONE_NUMBER:647-482-9017]], [[EMAIL_ADDRESS:comfort.ansah@rogers.com]]
Membership dues ($40/year) by e-Transfer to bgca.treasurer@gmail.com.""",
    """KYC REVIEW – ENHANCED DUE DILIGENCE
Client ID: [[ID_NUMBER:CLT-0482917]]    Risk: medium    Analyst: [[PERSON:J. Nwachukwu]]

Full name: [[PERSON:Maksym Olehovych Bondarenko]]
Date of birth: [[DATE_TIME:23.04.1991]]    Place of birth: [[LOCATION:Zaporizhzhia]], [[LOCATION:Ukraine]]
Citizenship: [[NRP:Ukrainian]]; Polish residence card (Karta pobytu) [[ID_NUMBER:RP4829173]], PESEL [[ID_NUMBER:91042309178]]
Address: [[ADDRESS:ul. Marszałkowska 104/122 lok. 58]], [[ZIP_CODE:00-017]] [[LOCATION:Warszawa]]
Occupation: backend developer (contractor, B2B), declared income 26,000 PLN / month
Public profile checked: [[URL:https://www.linkedin.com/in/maksym-bondarenko-dev]]
Bank: [[IBAN_CODE:PL55 1140 2004 0000 0003 8291 7461]]; card [[CREDIT_CARD:4213 7790 2284 5162]]
Login IPs (30 days): [[IP_ADDRESS:188.146.37.212]] ([[LOCATION:Warsaw]]), [[IP_ADDRESS:91.205.240.18]] ([[LOCATION:Kyiv]])
Deposit wallet: [[ID_NUMBER:TQ4mR8vXz2KpL7nW3bJ9yF5cH1sD6gA0eU]] (USDT-TRC20)
Source of funds: salary; invoices 2024/03/118 to 2024/08/122 reviewed. Outcome: approved.""",
    """IMO FAL FORM 5 – CREW LIST
Ship: MV Kota Santai    IMO 9482917    Port of arrival: [[LOCATION:Port Klang]]    Voyage: 0418W

No. | Family name, given names | Rank | Nationality | Date & place of birth | ID document
1 | [[PERSON:SOBIESKI]], [[PERSON:Marek]] | Master | [[NRP:Polish]] | [[DATE_TIME:02/11/1971]], [[LOCATION:Gdynia]] | PP [[ID_NUMBER:EK4829173]]
2 | [[PERSON:RAMOS]], [[PERSON:Eduardo Jr.]] | Chief Officer | [[NRP:Filipino]] | [[DATE_TIME:15/06/1983]], [[LOCATION:Cebu]] | SIRB [[ID_NUMBER:C1048293]]
3 | [[PERSON:HTET]], [[PERSON:Aung Min]] | 2nd Engineer | [[NRP:Myanmar]] | [[DATE_TIME:30/01/1988]], [[LOCATION:Yangon]] | CDC [[ID_NUMBER:MDN-482917]]
4 | [[PERSON:KUMAR]], [[PERSON:Sandeep]] | Electrician | [[NRP:Indian]] | [[DATE_TIME:09/09/1990]], [[LOCATION:Mumbai]] | CDC [[ID_NUMBER:MUM 194827]]
5 | [[PERSON:OKONJO]], [[PERSON:Chukwuemeka]] | AB | [[NRP:Nigerian]] | [[DATE_TIME:21/03/1995]], [[LOCATION:Warri]] | PP [[ID_NUMBER:A11829304]]

Signed (Master): [[PERSON:M. Sobieski]]""",
    """PATIENT RECORD – Harbourside Veterinary Clinic
Patient: "Mango" – domestic shorthair, F(s), 11 yrs, microchip 900164001829417
Owner: [[PERSON:Alejandra Ruiz-Tagle]]
Address: [[ADDRESS:3/18 Ocean Street]], [[LOCATION:Narrabeen]] [[LOCATION:NSW]] [[ZIP_CODE:2101]]
Phone: [[PHONE_NUMBER:0403 827 116]]    Email: [[EMAIL_ADDRESS:ale.ruiztagle@bigpond.com]]
Alt. contact: [[PERSON:Tomás]] (son), [[PHONE_NUMBER:0419 203 558]]

[[DATE_TIME:03/09/2024]] – weight 4.1 kg (down from 4.6). PU/PD for 3 weeks. T4 68 nmol/L – hyperthyroid.
Plan: felimazole 2.5 mg BID, recheck T4 in 3 weeks. Owner consented. Paid $312.50 by card ending 0917.
Vet: [[PERSON:Dr Hamish McLeod]] (BVSc)""",
    """SECURITY INCIDENT REPORT SIR-2024-031
Classification: phishing – credential harvest    Severity: High

Summary: On [[DATE_TIME:11 June 2024]] an employee, [[PERSON:Priscila Domínguez]] (user [[USERNAME:pdominguez]], staff no. [[ID_NUMBER:004817]]),
entered her credentials on a fake SharePoint page sent from [[EMAIL_ADDRESS:it-support@micros0ft-secure.help]], which impersonated our
IT lead, [[PERSON:Tomasz Lewandowski]]. The attacker then signed in from [[IP_ADDRESS:45.141.87.203]] and [[IP_ADDRESS:2a0e:1c80:9:2::41]]
and set up a forwarding rule to [[EMAIL_ADDRESS:p.dominguez.backup@proton.me]]. The forwarding address was not hers.

IOCs: hxxps://micros0ft-secure[.]help/login (SHA-256 4e1c7f0a9b22d83e6a51c09b77f4e3a2d86b5c1e90f7a4d3b2c18e6f05a9d7c3),
user agent "python-requests/2.31.0", ASN 49505.
Actions: password reset, MFA re-registered, rule removed; her manager [[PERSON:Ifeanyi Eze]] informed on [[DATE_TIME:12 June 2024]].""",
    """FORM F ASSESSMENT – SECTION A (extract)

Applicant 1: [[PERSON:Rhiannon Clarke]], born [[DATE_TIME:19/08/1984]], teaching assistant
Applicant 2: [[PERSON:Olumide Clarke]], born [[DATE_TIME:04/12/1981]], bus driver
Address: [[ADDRESS:41 Wheatfield Drive]], [[LOCATION:Bradley Stoke]], [[LOCATION:Bristol]] [[ZIP_CODE:BS32 9DF]]
Household: their son [[PERSON:Isaac]] ([[AGE:12]]) and [[PERSON:Olumide]]'s mother, [[PERSON:Mrs Bisi Clarke]] ([[AGE:74]]), who moved in in 2022.
Religion: [[NRP:Anglican]] ([[PERSON:Rhiannon]]) and [[NRP:Pentecostal]] ([[PERSON:Olumide]]); both attend church most Sundays.

Assessing social worker: [[PERSON:Sunil Bhardwaj]], SWE [[ID_NUMBER:SW118274]]
Home visits: [[DATE_TIME:6 March]], [[DATE_TIME:20 March]] and [[DATE_TIME:10 April 2024]].
DBS certificates for both applicants seen; both clear.""",
    """MONTOYA IMMIGRATION LAW, PLLC
[[ADDRESS:2210 N Central Ave, Suite 400]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85004]]

[[DATE_TIME:August 26, 2024]]

USCIS Phoenix Field Office
Re: Form I-485 for [[PERSON:Oluwadamilare Ayodeji Ogunleye]]
A-Number: [[ID_NUMBER:A 218-473-905]]    Receipt: IOE0918274635
DOB: [[DATE_TIME:11/02/1989]]    SSN: [[US_SSN:764-29-1038]]

Dear Officer:

Please find enclosed the evidence requested in your recent RFE. Our client married [[PERSON:Ms. Kelsey Ogunleye]] (née
[[PERSON:Harmon]]), a U.S. citizen, on [[DATE_TIME:April 6, 2022]], in [[LOCATION:Mesa]], [[LOCATION:Arizona]]. They have lived together
at [[ADDRESS:1841 W Juanita Ave]], [[LOCATION:Mesa]], [[LOCATION:AZ]] [[ZIP_CODE:85202]] since that date.

Respectfully,
[[PERSON:Gabriela Montoya]], [[TITLE:Esq.]]""",
    """To
The Branch Manager
State Bank of India, [[LOCATION:Koramangala]] Branch
[[LOCATION:Bengaluru]]

Date: [[DATE_TIME:19.09.2024]]

Subject: Dispute of unauthorised debit card transactions – A/c No. [[ID_NUMBER:30482917365]]

Respected Sir/Madam,

I, [[PERSON:Shalini Narayanaswamy]], hold savings account no. [[ID_NUMBER:30482917365]] (IFSC SBIN0004821) at your branch. On
[[DATE_TIME:16.09.2024]] three transactions of ₹24,999 each were made on my debit card [[CREDIT_CARD:5168 7412 0093 1828]] at a
merchant in [[LOCATION:Gurugram]] while the card was with me in [[LOCATION:Bengaluru]]. I did not share any OTP. I have blocked the card and filed a
cyber-crime complaint (ack. no. 21809240048172).

Kindly reverse the amount. My Aadhaar no. is [[ID_NUMBER:7392 0481 6525]] and registered mobile no. is [[PHONE_NUMBER:98450 27361]].
Address: [[ADDRESS:No. 42, 3rd Cross, 5th Block]], [[LOCATION:Koramangala]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560095]].

Yours faithfully,
[[PERSON:Shalini N.]]""",
    # doc 021-030
    """In Loving Memory of
Lolo [[PERSON:Ernesto]] "[[PERSON:Erning]]" [[PERSON:Manalo Sr.]]
[[DATE_TIME:June 3, 1939]] – [[DATE_TIME:September 28, 2024]]

Nakaburol sa kanilang tahanan sa [[ADDRESS:218 P. Burgos St.]], Brgy. [[LOCATION:San Roque]], [[LOCATION:Marikina City]].
Misa ng paglilibing: [[DATE_TIME:Oktubre 5, 2024]], 9:00 AM, sa simbahan ng parokya; interment sa Loyola Memorial Park.

Naiwan niya ang kanyang asawa, [[PERSON:Caridad Manalo]]; mga anak [[PERSON:Ernesto Jr.]], [[PERSON:Marites]],
[[PERSON:Jun-Jun]] at [[PERSON:Bing]]; at 14 na apo.
Para sa abuloy sa GCash: [[PHONE_NUMBER:0927 418 2290]] ([[PERSON:Marites M. Dizon]]).""",
    """RIREKISHO (translated)                                     as of [[DATE_TIME:1 July 2024]]

Name: [[PERSON:Yamamoto Haruka]] (山本 遥)    Sex: F    Date of birth: [[DATE_TIME:Heisei 8, 4 April]] ([[DATE_TIME:4 April 1996]], age [[AGE:28]])
Address: 〒[[ZIP_CODE:530-0012]] [[LOCATION:Osaka]], [[LOCATION:Kita-ku]], [[ADDRESS:Shibata 2-9-14, Laurel Court 805]]
Tel: [[PHONE_NUMBER:080-4829-1736]]    Email: [[EMAIL_ADDRESS:haruka.yamamoto0404@ezweb.ne.jp]]

Education
[[DATE_TIME:2015.4]] – [[DATE_TIME:2019.3]]  Kobe University, Faculty of Economics
Work history
[[DATE_TIME:2019.4]] – present  general trading company ([[LOCATION:Osaka]] branch), logistics planning
Licences
JLPT not applicable (native); TOEIC 905 ([[DATE_TIME:2023.6]]); ordinary driving licence no. [[ID_NUMBER:6218 4829 1730]]

Hobbies: bouldering, shogi. Commute: 35 min. Dependants: none.""",
    """SERIOUS ADVERSE EVENT REPORT – Protocol KX-207-03
Site: 014 ([[LOCATION:Porto Alegre]])    Investigator: [[PERSON:Dr. Beatriz Lemos]]

Participant: [[PERSON:R.M.S.]]    Participant no.: [[ID_NUMBER:014-0032]]    Age: [[AGE:58]]    Sex: M
Randomised: [[DATE_TIME:14/02/2024]]    Last dose: [[DATE_TIME:28/05/2024]]
Event: acute pancreatitis, onset [[DATE_TIME:30/05/2024]]; hospitalised [[DATE_TIME:31/05/2024]]–[[DATE_TIME:06/06/2024]]
Lipase 1,284 U/L (ULN 60). CTCAE grade 3. Relationship to study drug: possible.
Outcome: recovered. Lot no. of IMP: L2304-118B. Study drug permanently discontinued.
Reported by [[PERSON:Camila Teixeira]], study coordinator, [[EMAIL_ADDRESS:camila.teixeira@cpclin-poa.org.br]]""",
    """QUERY LETTER

[[DATE_TIME:22nd July, 2024]]

[[PERSON:Mr. Chukwudi Eze-Nwankwo]]
Staff No.: [[ID_NUMBER:LG/04827]]
Account Officer, Retail Banking
[[LOCATION:Ikeja]] Branch

RE: UNAUTHORISED ABSENCE

It has been brought to the attention of management that you were absent from duty on [[DATE_TIME:15th and 16th July, 2024]]
without permission. You are hereby required to explain in writing, within 48 hours, why disciplinary action should not be taken against you.

Your reply should be addressed to the undersigned and copied to your line manager, [[PERSON:Mrs. Folasade Adebayo-Coker]].

[[PERSON:Adaobi Okwuosa]]
Head, Human Resources""",
    """EXTRACT OF MARRIAGE REGISTRATION – [[LOCATION:Kandy]] Division
Registration no.: 2024/KDY/0482    Date of marriage: [[DATE_TIME:25.01.2024]]

Groom: [[PERSON:Kasun Tharaka Jayasinghe]], age [[AGE:30]], bachelor, software engineer, NIC [[ID_NUMBER:199302810473]]
        residing at [[ADDRESS:No. 48/2, Peradeniya Road]], [[LOCATION:Kandy]]; father [[PERSON:Ananda Jayasinghe]]
Bride: [[PERSON:Nethmi Sachini Wickramaratne]], age [[AGE:26]], spinster, teacher, NIC [[ID_NUMBER:199768304129]]
        residing at [[ADDRESS:No. 7, Temple Lane]], [[LOCATION:Katugastota]]; father [[PERSON:Sunil Wickramaratne]]
Witnesses: [[PERSON:H. M. Dissanayake]]; [[PERSON:Roshan Fernando]]
Registrar: [[PERSON:W. A. Gunawardena]]""",
    """MCST PLAN NO. 3918 – MINUTES OF THE 12TH ANNUAL GENERAL MEETING
Held on [[DATE_TIME:27 April 2024]] at the function room, [[ADDRESS:18 Tanjong Rhu Road]], [[LOCATION:Singapore]] [[ZIP_CODE:436897]]

Present: 41 subsidiary proprietors in person, 17 by proxy. Chairperson: [[PERSON:Mr. Ong Boon Keat]] (#12-04).

1. Confirmation of minutes: proposed by [[TITLE:Mdm]] [[PERSON:Siti Rahmah]] (#03-11), seconded by [[PERSON:Mr. Rajendran s/o Muthu]] (#07-02).
2. Audited accounts: S$1,284,330 in sinking fund; motion carried.
3. Election of council: [[PERSON:Ms. Jessica Lau]], [[PERSON:Mr. Daniel Chia]], [[PERSON:Dr. Priya Menon]], [[PERSON:Mr. Ong Boon Keat]] and [[PERSON:Mr. Wong]].
4. Owners are reminded not to leave bicycles at the lift lobbies. Complaints about unit #09-07's renovation noise to the managing agent,
   [[PERSON:Mr. Gary Toh]], [[PHONE_NUMBER:6748 2917]], [[EMAIL_ADDRESS:gary.toh@strataplus.com.sg]].

Meeting closed at 12:40 pm.""",
    """ACTA DE DEFUNCIÓN (extracto)
Oficialía 04, [[LOCATION:Oaxaca de Juárez]], [[LOCATION:Oaxaca]]

Nombre del finado: [[PERSON:Aurelio Santiago Méndez Ruiz]]    CURP: [[ID_NUMBER:MERA480917HOCNZR05]]
Fecha de nacimiento: [[DATE_TIME:17 de septiembre de 1948]]    Edad: [[AGE:75]] años
Estado civil: viudo    Ocupación: campesino
Fecha y hora del fallecimiento: [[DATE_TIME:3 de marzo de 2024]], 04:15 h
Lugar: domicilio particular, [[ADDRESS:Calle Crespo 412]], Col. [[LOCATION:Centro]], C.P. [[ZIP_CODE:68000]]
Causa: infarto agudo al miocardio
Declarante: [[PERSON:Guadalupe Méndez Hernández]] (hija), credencial INE [[ID_NUMBER:MNHRGD79041820M300]]
Médico certificante: [[TITLE:Dra.]] [[PERSON:Itzel Cruz Bautista]], cédula profesional [[ID_NUMBER:8294173]]""",
    """RENTAL AGREEMENT No. 48291 – Blue Fjord Car Rental, Keflavík Airport

Renter: [[PERSON:Charlotte Dupont-Marchand]]    Nationality: [[NRP:French]]
Passport: [[ID_NUMBER:21CK48291]]    Driving licence: [[ID_NUMBER:130975204817]] (FR)
Home address: [[ADDRESS:9 allée des Tilleuls]], [[ZIP_CODE:69005]] [[LOCATION:Lyon]]
Mobile: [[PHONE_NUMBER:+33 6 48 29 17 36]]    Email: [[EMAIL_ADDRESS:c.dupontmarchand@orange.fr]]
Additional driver: [[PERSON:Einar Þórsson]], kt. [[ID_NUMBER:221179-4129]]

Vehicle: Dacia Duster 4x4, plate [[ID_NUMBER:RX-482]], km out 48,210
Pick-up: [[DATE_TIME:12.08.2024]] 16:30    Return: [[DATE_TIME:19.08.2024]] 10:00
Deposit ISK 300,000 pre-authorised on [[CREDIT_CARD:3759 876012 44820]]. Gravel protection: yes. F-roads: not permitted.""",
    """PRE-SENTENCE REPORT (extract) – Leicester Magistrates' Court

Name: [[PERSON:Jordan-Lee Hartley]]    DOB: [[DATE_TIME:03/05/2001]]    Age: [[AGE:23]]
PNC ID: [[ID_NUMBER:19/482917K]]    Prison no.: [[ID_NUMBER:A4829BT]]
Address: [[ADDRESS:56 Saffron Lane]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 6UA]] (lives with his grandmother)
Offence: theft from a shop on [[DATE_TIME:14 February 2024]] (goods to the value of £86.40).
[[PERSON:Mr Hartley]] told me he started using cannabis at [[AGE:14]] and has been unemployed since [[DATE_TIME:October 2023]].
He has a son, [[PERSON:Mason]], aged [[AGE:2]], who lives with his former partner in [[LOCATION:Loughborough]].

Author: [[PERSON:Nadia Rahman]], Probation Officer
Date: [[DATE_TIME:9 May 2024]]""",
    """[[DATE_TIME:15 November 2024]]

To the Admissions Committee, MSc Marine Biology

It is my pleasure to recommend [[PERSON:Phạm Quỳnh Như]], whom I taught and supervised at [[LOCATION:Nha Trang]] between 2020 and 2024.
[[PERSON:Ms. Như]] graduated on [[DATE_TIME:30 June 2024]] ranked first of 86 students (GPA 3.81/4.00); her thesis on coral bleaching
at [[LOCATION:Hòn Mun]] is among the best I have read. She was born on [[DATE_TIME:21 October 2002]] in [[LOCATION:Phú Yên]], and her student ID
was [[ID_NUMBER:62131882]].

She can be reached at [[EMAIL_ADDRESS:quynhnhu.pham02@gmail.com]] or [[PHONE_NUMBER:+84 935 482 917]].

Sincerely,
[[TITLE:Assoc. Prof.]] [[PERSON:Đỗ Minh Tuấn]]
Faculty of Aquaculture, Nha Trang University""",
# end DOC
]

CHAT = [
    # chat 001-015
    "hey its [[PERSON:keanu]] from the surf club 🤙 can u txt me ur address for the xmas hamper? mine's [[PHONE_NUMBER:0421 88 3017]] "
    "if u lost it",
    """[19:02] [[PERSON:Grace Oyelowo]]: Who's picking grandma from the airport on the [[DATE_TIME:21st]]?
[19:03] [[PERSON:Tunde]]: me, her flight lands 6:40am, BA 75
[19:03] [[PERSON:Grace Oyelowo]]: ok. her new number is [[PHONE_NUMBER:+234 806 118 4972]] btw, the old MTN one is dead
[19:05] [[PERSON:Bukky]]: she's staying with me in [[LOCATION:Peckham]] first, [[ADDRESS:23 Choumert Grove]] 🙏🏾""",
    """[[USERNAME:femi.a]]  10:14
can someone reset the VPN token for [[PERSON:chidi]]? his laptop is LT-0482, AD user is [[USERNAME:cnwachukwu]]
it-helpdesk-bot  10:14
Ticket INC0091827 created.
[[USERNAME:rosa.m]]  10:16
done. told him to call me on ext 4417 if it still fails""",
    """[[USERNAME:xXvoidwalkerXx]]: yo who's down for ranked tonight
[[USERNAME:lunamoth]]: cant, mum says no pc on school nights lol. im only [[AGE:15]]
[[USERNAME:xXvoidwalkerXx]]: lmaooo same age. where u from
[[USERNAME:lunamoth]]: [[LOCATION:brisbane]]. ur in [[LOCATION:perth]] right?""",
    """[[PERSON:Viktor]] 🇺🇦: bro send the rest to my wallet pls [[ID_NUMBER:0x9e3A7c41B0d25F8e6a1C94b7D03e5f82A6c1Bd47]]
[[PERSON:Artem]]: which chain
[[PERSON:Viktor]] 🇺🇦: arbitrum. and dont send to the old one, that was my cousin [[PERSON:Denys]]'s""",
    """[[PERSON:Joy]]: Ate, pa-send naman ng address ni Tita [[PERSON:Baby]] sa [[LOCATION:Cainta]] 🙏
[[PERSON:Mylene]]: [[ADDRESS:Blk 4 Lot 9, Sitio Bagong Silang]], Brgy. [[LOCATION:San Isidro]], [[LOCATION:Cainta]], [[LOCATION:Rizal]]. Yung cp nya [[PHONE_NUMBER:0918 204 7731]]
[[PERSON:Joy]]: salamat! ipapadala ko na yung pasalubong bukas""",
    """[[PERSON:Aman]]: bhai [[PERSON:rohit]] ka number bhej de, uska naya wala
[[PERSON:Sid]]: [[PHONE_NUMBER:98184 20377]]. waise woh ab [[LOCATION:Gurgaon]] shift ho gaya, [[LOCATION:DLF Phase 3]], [[ADDRESS:U-block, H.No. 41]]
[[PERSON:Aman]]: thanks yaar, kal uski birthday hai, [[AGE:30]] ka ho jayega 😂""",
    "Niaje [[PERSON:Otis]], tuma ile doh ya chama kwa [[PHONE_NUMBER:0712 483 906]], jina inakuja [[PERSON:WANJIKU MWANGI]]. "
    "Nitakucheki kesho kwa keja yangu [[LOCATION:Kasarani]] 👊🏾",
    """Posted by u/[[USERNAME:throwaway_lisboa88]]

Landlord kept my whole deposit (€1,600), what can I do?

I rented a T1 at [[ADDRESS:Rua dos Anjos 47, 2º Dto]] in [[LOCATION:Lisbon]] from [[DATE_TIME:Feb 2022]] to [[DATE_TIME:Jan 2024]]. The landlord ([[TITLE:Sr.]] [[PERSON:Joaquim Ferreira]])
now says the walls need repainting. I'm [[NRP:Brazilian]], my NIF is on the contract, and he's ignoring my emails. Any advice appreciated!!""",
    """Chat transcript – Customer Care
[[PERSON:Nomsa]] (agent): Good afternoon, you're chatting with [[PERSON:Nomsa]]. How can I help?
Customer: hi my card got swallowed by the atm at [[LOCATION:Menlyn]]
[[PERSON:Nomsa]] (agent): I'm sorry to hear that! Can you confirm your full name and ID number?
Customer: [[PERSON:Pieter-Jan van der Merwe]], [[ID_NUMBER:7905125083082]]
[[PERSON:Nomsa]] (agent): Thank you [[PERSON:Pieter-Jan]]. I've blocked the card ending 6621 and ordered a new one to [[ADDRESS:14 Lois Avenue]], [[LOCATION:Newlands]], [[LOCATION:Pretoria]].
Customer: great tx""",
    """AGENT: Thank you for calling, can I take your surname please?
CALLER: Yeah it's [[PERSON:Szczepański]]. [[PERSON:S-Z-C-Z-E-P-A-N-S-K-I]].
AGENT: Lovely, and your first name?
CALLER: [[PERSON:Kuba]]. Well, [[PERSON:Jakub]] on the account.
AGENT: And date of birth?
CALLER: [[DATE_TIME:Twenty-second of November, ninety-one]].
AGENT: And a contact number?
CALLER: [[PHONE_NUMBER:Oh seven nine four six, two one eight, three three oh]].
AGENT: Thanks [[PERSON:Jakub]], I can see the missed delivery to [[ADDRESS:Flat 2, 19 Cromwell Road]], [[LOCATION:Peterborough]].""",
    "Hi, this is [[PERSON:Brenda]] calling from [[PERSON:Dr. Abara]]'s office for [[PERSON:Mr. Delroy Campbell]]. We need to move your "
    "appointment from Tuesday the [[DATE_TIME:14th]] to Thursday the [[DATE_TIME:17th]], same time. Please call us "
    "back at [[PHONE_NUMBER:876-927-4418]]. Thank you.",
    """[[PERSON:Nong]]: พี่ [[PERSON:Ploy]] ส่งที่อยู่มาหน่อย จะส่งของขวัญวันเกิดให้ 🎁
[[PERSON:Ploy]]: [[ADDRESS:99/142 หมู่บ้านพฤกษา ซอย 7]] [[LOCATION:บางบัวทอง]] [[LOCATION:นนทบุรี]] [[ZIP_CODE:11110]] โทร [[PHONE_NUMBER:089 482 1736]]
[[PERSON:Nong]]: ok thx พี่! happy early [[AGE:25]]th 🥳""",
    """Re: FS: 2012 Hilux SR5 dual cab – $24,500 ono

Still available. 287,000 km, timing belt done at 250k, rego [[ID_NUMBER:BZ48KT]] till March.
Genuine reason for sale. Call or text [[PERSON:Davo]] on [[PHONE_NUMBER:0408 117 294]], located [[LOCATION:Toowoomba]].
No tyre kickers pls. VIN on request.""",
    """[[PERSON:Yeimy]]: parce me pasas el número de la [[TITLE:señora]] [[PERSON:Marleny]]? la de las arepas
[[PERSON:Camilo]]: [[PHONE_NUMBER:310 482 9173]] 👍 vive en [[LOCATION:Bello]], por la [[ADDRESS:Calle 52 #48-31]]
[[PERSON:Yeimy]]: gracias! le voy a encargar 50 para el cumple de mi mamá el [[DATE_TIME:12 de octubre]]""",
    # chat 016-030
    """@[[USERNAME:tane.creates]]: heyy is this the same [[PERSON:Tane]] who did the mural on K Rd?? 😍
@[[USERNAME:tane.creates]] replied: haha yes that's me! commission enquiries to [[EMAIL_ADDRESS:hello.tanemorris@gmail.com]] or [[URL:linktr.ee/tane.creates]] 🙏
@[[USERNAME:_kiri.lee]]: omg my cousin [[PERSON:Hemi]] went to school with u in [[LOCATION:Ōtāhuhu]]""",
    """[[PERSON:Dani]]: amiga manda o pix que eu te passo o ingresso
[[PERSON:Bruna]]: qual a chave?
[[PERSON:Dani]]: meu cpf [[ID_NUMBER:318.407.925-23]], tá no nome de [[PERSON:Daniela Assunção Prado]]
[[PERSON:Bruna]]: feito! 💸 te vejo sábado no show""",
    """[[PERSON:Rami]]: ya [[PERSON:Nour]], ba3atlak el address: [[ADDRESS:bineyet Khoury, 3rd floor, share3 Makdessi]], [[LOCATION:Hamra]], [[LOCATION:Beirut]]
[[PERSON:Nour]]: merci habibi. shu el ra2em?
[[PERSON:Rami]]: [[PHONE_NUMBER:03 418 297]], w eza ma radd, 7ke [[PERSON:Layal]] 3al [[PHONE_NUMBER:71 204 883]]""",
    """[[PERSON:Kasia]]: podasz mi numer do [[TITLE:pana]] [[PERSON:Zbyszka]]? tego hydraulika
[[PERSON:Marek]]: [[PHONE_NUMBER:603 918 224]]. powiedz że od [[PERSON:Marka]] z [[ADDRESS:Lipowej 12]]
[[PERSON:Kasia]]: dzięki!! 🔧""",
    """[[PERSON:liam]]: so what do u do
[[PERSON:tala]]: nurse at the children's hospital, nights mostly 😴 ur [[AGE:29]] right?
[[PERSON:liam]]: [[AGE:31]] actually lol my profile is old. I'm near [[LOCATION:Camden]], you?
[[PERSON:tala]]: [[LOCATION:Kentish Town]]! we should grab a drink, here's my number [[PHONE_NUMBER:07391 408 226]]""",
    """[[USERNAME:pixelkoi]]: add me on switch, my friend code is [[ID_NUMBER:SW-4829-1736-0582]]
[[USERNAME:Gr1mReaper_NZ]]: sent! mine says [[PERSON:Jacob]] not gr1m lol, my mums account
[[USERNAME:pixelkoi]]: lmao np""",
    """You: hi, I want to dispute a payment
Support: Sure! For security, please don't share your full card number here. Which card is it?
You: [[CREDIT_CARD:4916 3382 0475 1191]] sorry 😬
Support: No problem, I've masked it on our side. I can see the card ending 1191 in the name of [[PERSON:Ms Olamide Akintola]]. Which transaction?
You: the £89.99 one from "GLBL*SUBS" last week""",
    """AGENT: For verification, please tell me your Aadhaar number.
CALLER: [[ID_NUMBER:six four eight two, zero one nine three, seven four five five]].
AGENT: Thank you. And your name as per Aadhaar?
CALLER: [[PERSON:Gurpreet Kaur Sandhu]].
AGENT: Thank you ma'am. Your KYC is updated; the SIM on [[PHONE_NUMBER:98140 36621]] will be re-activated in 4 hours.""",
    "[[PERSON:Hyacinth]]: Did u get this?? \"Royal Mail: your parcel RM48291736GB could not be delivered, pay £1.45 at "
    "royalmail-redelivery-uk.info\" 🤔\n[[PERSON:Winston]]: SCAM mum!! don't click. royal mail never texts links like that",
    """Lost dog in [[LOCATION:Hounslow]] – small white Maltese called Rex, 4 yrs, blue collar. Last seen near the park on Sunday evening.
Please call [[PERSON:Sandeep]] on [[PHONE_NUMBER:07842 116 903]] or knock at [[ADDRESS:58 Bath Road]]. Reward offered 🙏""",
    """[[USERNAME:kaiwhenua]]: gg everyone!! 🔥
StreamElements: Thanks for the 5 gifted subs, [[USERNAME:kaiwhenua]]!
[[USERNAME:mochi_marisol]]: happy bday [[PERSON:kai]] 🎂 how old r u now
[[USERNAME:kaiwhenua]]: [[AGE:twenty-two]] and still losing to bots 😭""",
    """[[PERSON:Rina]]: Mas [[PERSON:Budi]], alamat kirimnya ke [[ADDRESS:Jl. Kaliurang Km 7, Gg. Jambu No. 14]], [[LOCATION:Sleman]] ya
[[PERSON:Budi]]: siap. nomor penerimanya?
[[PERSON:Rina]]: [[PHONE_NUMBER:0812-2748-3019]] a.n. [[PERSON:Rina Kusumawati]]""",
    "Hi [[PERSON:Anneke]], it's [[PERSON:Lars]] from the school. [[PERSON:Freya]] is fine but she fell at lunch and hit her head, so "
    "please call me on [[PHONE_NUMBER:+31 6 41 82 93 07]] when you get this. We're at [[ADDRESS:Vondelstraat 112]]. Thanks, bye.",
    """[[PERSON:Ngaire Tomoana]] 9:12 AM
hey, can you unlock [[USERNAME:ngaire.t]]? locked myself out after the password change 🙃
[[PERSON:Dev Raman]] 9:14 AM
done. new temp one is in your personal inbox ([[EMAIL_ADDRESS:ngaire.tomoana@outlook.co.nz]])""",
    """[[PERSON:Selin]]: [[PERSON:Ece]]'nin yeni adresi ne? düğün davetiyesini yollayacağım
[[PERSON:Burak]]: [[ADDRESS:Moda Cad. No: 88 D: 5]], [[LOCATION:Kadıköy]]. telefonu da [[PHONE_NUMBER:0533 418 2907]]
[[PERSON:Selin]]: süpersin 💍 düğün [[DATE_TIME:14 Eylül]]'de bu arada""",
# end CHAT
]

TABLE = [
    # table 001-010
    """customer_id,first_name,last_name,email,phone,dob,city,country
C-100482,[[PERSON:Amaru]],[[PERSON:Condori]],[[EMAIL_ADDRESS:amaru.condori@gmail.com]],[[PHONE_NUMBER:+51 984 201 773]],[[DATE_TIME:1994-03-11]],[[LOCATION:Cusco]],[[LOCATION:PE]]
C-100483,[[PERSON:Freya]],[[PERSON:Lindholm]],[[EMAIL_ADDRESS:freya.lindholm@live.se]],[[PHONE_NUMBER:+46 73 418 22 09]],[[DATE_TIME:1988-11-30]],[[LOCATION:Malmö]],[[LOCATION:SE]]
C-100484,[[PERSON:Obinna]],[[PERSON:Ugwu]],[[EMAIL_ADDRESS:obinna.ugwu@yahoo.co.uk]],[[PHONE_NUMBER:+44 7403 118 552]],[[DATE_TIME:1979-07-04]],[[LOCATION:Leeds]],[[LOCATION:GB]]
C-100485,[[PERSON:Mei Ling]],[[PERSON:Goh]],[[EMAIL_ADDRESS:meiling.goh@hotmail.sg]],[[PHONE_NUMBER:+65 9027 4418]],[[DATE_TIME:2000-01-19]],[[LOCATION:Singapore]],[[LOCATION:SG]]
C-100486,[[PERSON:Tevite]],[[PERSON:Havili]],[[EMAIL_ADDRESS:t.havili@outlook.com]],[[PHONE_NUMBER:+676 77 41 829]],[[DATE_TIME:1991-09-08]],[[LOCATION:Nukuʻalofa]],[[LOCATION:TO]]""",
    """emp_id\tfull_name\tdept\tjob_title\thire_date\tssn\tannual_salary
E-3391\t[[PERSON:Darnell Whitaker]]\tOps\tWarehouse Lead\t[[DATE_TIME:2016-05-02]]\t[[US_SSN:419-82-7730]]\t58,400
E-3392\t[[PERSON:Xiomara Castañeda]]\tFinance\tAP Clerk\t[[DATE_TIME:2021-08-16]]\t[[US_SSN:627-04-1885]]\t46,100
E-3393\t[[PERSON:Hieu Tran]]\tIT\tNetwork Admin\t[[DATE_TIME:2019-01-07]]\t[[US_SSN:530-71-2496]]\t81,750
E-3394\t[[PERSON:Brooklyn Sato]]\tSales\tAccount Exec\t[[DATE_TIME:2023-10-30]]\t[[US_SSN:285-39-6014]]\t64,000""",
    """Kundennr;Anrede;Vorname;Nachname;Straße;PLZ;Ort;IBAN
K-48201;[[TITLE:Herr]];[[PERSON:Jannik]];[[PERSON:Schröder]];[[ADDRESS:Lindenallee 14]];[[ZIP_CODE:10115]];[[LOCATION:Berlin]];[[IBAN_CODE:DE30 1005 0000 6048 2917 30]]
K-48202;[[TITLE:Frau]];[[PERSON:Aylin]];[[PERSON:Demir]];[[ADDRESS:Schanzenstraße 71]];[[ZIP_CODE:20357]];[[LOCATION:Hamburg]];[[IBAN_CODE:DE64 2004 1133 0482 9173 61]]
K-48203;[[TITLE:Frau]];[[TITLE:Dr.]] [[PERSON:Henrike]];[[PERSON:Vogel-Baumann]];[[ADDRESS:Maximilianstraße 3a]];[[ZIP_CODE:80539]];[[LOCATION:München]];[[IBAN_CODE:DE51 7015 0000 0917 3648 20]]
K-48204;[[TITLE:Herr]];[[PERSON:Goran]];[[PERSON:Petrović]];[[ADDRESS:Rüttenscheider Str. 120]];[[ZIP_CODE:45130]];[[LOCATION:Essen]];[[IBAN_CODE:DE55 4306 0967 4829 1037 00]]""",
    """| MRN | Patient | DOB | Age | Clinician | Appt | Phone |
|---|---|---|---|---|---|---|
| [[ID_NUMBER:M0048291]] | [[PERSON:Aaliyah Brooks]] | [[DATE_TIME:04/17/2019]] | [[AGE:5]] | [[PERSON:Dr. Okonkwo-Reid]] | [[DATE_TIME:10/02]] 09:00 | [[PHONE_NUMBER:(313) 804-2276]] |
| [[ID_NUMBER:M0048307]] | [[PERSON:Mateo Jiménez]] | [[DATE_TIME:12/01/2016]] | [[AGE:7]] | [[PERSON:Dr. Okonkwo-Reid]] | [[DATE_TIME:10/02]] 09:20 | [[PHONE_NUMBER:(313) 927-4410]] |
| [[ID_NUMBER:M0049115]] | [[PERSON:Zainab Hussain]] | [[DATE_TIME:06/30/2021]] | [[AGE:3]] | NP [[PERSON:Carla Ruiz]] | [[DATE_TIME:10/02]] 09:40 | [[PHONE_NUMBER:(248) 551-0938]] |
| [[ID_NUMBER:M0050022]] | [[PERSON:Landon Pierce]] | [[DATE_TIME:02/08/2012]] | [[AGE:12]] | NP [[PERSON:Carla Ruiz]] | [[DATE_TIME:10/02]] 10:00 | [[PHONE_NUMBER:(313) 460-1187]] |""",
    """ACCOUNT NO   ACCOUNT HOLDER             BRANCH    OPENED      BALANCE (GHS)
[[ID_NUMBER:1041829307]]   [[PERSON:ABENA OFORIWAA BOATENG]]     [[LOCATION:ADUM]]      [[DATE_TIME:14-03-2019]]     12,480.55
[[ID_NUMBER:1041829315]]   [[PERSON:KWESI APPIAH-KUBI]]          [[LOCATION:OSU]]       [[DATE_TIME:02-11-2020]]      3,207.10
[[ID_NUMBER:1041829323]]   [[PERSON:FATI IDDRISU]]               [[LOCATION:TAMALE]]    [[DATE_TIME:28-06-2022]]        918.00""",
    """{"user": "[[USERNAME:marisol.v]]", "name": "[[PERSON:Marisol Vega]]", "email": "[[EMAIL_ADDRESS:marisol.vega@protonmail.com]]", "ip": "[[IP_ADDRESS:201.141.88.12]]", "role": "editor"}
{"user": "[[USERNAME:k.osei]]", "name": "[[PERSON:Kojo Osei]]", "email": "[[EMAIL_ADDRESS:kojo.osei@gmx.de]]", "ip": "[[IP_ADDRESS:2003:e7:4f1a:9c00::8]]", "role": "admin"}
{"user": "[[USERNAME:ravn_ingrid]]", "name": "[[PERSON:Ingrid Ravn]]", "email": "[[EMAIL_ADDRESS:ingrid.ravn@online.no]]", "ip": "[[IP_ADDRESS:84.208.17.240]]", "role": "viewer"}
{"user": "svc_backup", "name": null, "email": null, "ip": "[[IP_ADDRESS:10.0.4.17]]", "role": "service"}""",
    """nombre,apellidos,dni,teléfono,provincia
[[PERSON:Nerea]],[[PERSON:Etxeberria Lasa]],[[ID_NUMBER:53918274H]],[[PHONE_NUMBER:688 417 203]],[[LOCATION:Gipuzkoa]]
[[PERSON:Jesús Manuel]],[[PERSON:Rodríguez Pinto]],[[ID_NUMBER:04829173R]],[[PHONE_NUMBER:622 904 118]],[[LOCATION:Toledo]]
[[PERSON:Rocío]],[[PERSON:Delgado Marín]],[[ID_NUMBER:71204836X]],[[PHONE_NUMBER:655 381 027]],[[LOCATION:Asturias]]""",
    """Nom | Prénom | Date de naissance | N° sécu | Ville
[[PERSON:MOREL]] | [[PERSON:Julien]] | [[DATE_TIME:13/11/1992]] | [[ID_NUMBER:1 92 11 13 055 118 95]] | [[LOCATION:Marseille]]
[[PERSON:HADDAD]] | [[PERSON:Samira]] | [[DATE_TIME:21/03/1978]] | [[ID_NUMBER:2 78 03 69 123 047 32]] | [[LOCATION:Lyon]]
[[PERSON:ALBERTINI]] | [[PERSON:Paul-Antoine]] | [[DATE_TIME:05/08/1981]] | [[ID_NUMBER:1 81 08 2A 004 213 86]] | [[LOCATION:Ajaccio]]""",
    """No | Nama | NIK | Alamat | Kota | No HP
1 | [[PERSON:Ahmad Fauzi]] | [[ID_NUMBER:3578021204850007]] | [[ADDRESS:Jl. Raya Darmo No. 88]] | [[LOCATION:Surabaya]] | [[PHONE_NUMBER:0813-3482-1907]]
2 | [[PERSON:Ni Luh Putu Ayu Lestari]] | [[ID_NUMBER:5171045307920002]] | [[ADDRESS:Jl. Teuku Umar No. 21]] | [[LOCATION:Denpasar]] | [[PHONE_NUMBER:0878-6104-2233]]
3 | [[PERSON:Yohanes Kristianto]] | [[ID_NUMBER:3374110901780004]] | [[ADDRESS:Jl. Pandanaran No. 105]] | [[LOCATION:Semarang]] | [[PHONE_NUMBER:0856-4018-7726]]
4 | [[PERSON:Siti Nurhaliza]] | [[ID_NUMBER:3201074411990003]] | [[ADDRESS:Perum Bukit Cimanggu Blok C2 No. 7]] | [[LOCATION:Bogor]] | [[PHONE_NUMBER:0812-9047-3318]]""",
    """氏名\t生年月日\t電話番号\t住所
[[PERSON:佐々木 陽菜]]\t[[DATE_TIME:1997年5月3日]]\t[[PHONE_NUMBER:090-4182-7365]]\t[[LOCATION:札幌市]][[LOCATION:中央区]][[ADDRESS:北3条西4丁目1-5]]
[[PERSON:伊藤 大輔]]\t[[DATE_TIME:1984年12月20日]]\t[[PHONE_NUMBER:080-2093-6614]]\t[[LOCATION:福岡市]][[LOCATION:博多区]][[ADDRESS:博多駅前2-9-12-803]]
[[PERSON:金城 美咲]]\t[[DATE_TIME:2001年8月14日]]\t[[PHONE_NUMBER:070-1847-3302]]\t[[LOCATION:那覇市]][[ADDRESS:久茂地1-7-22]]""",
    # table 011-020
    """student_no,surname,given_names,dob,caregiver,caregiver_phone
[[ID_NUMBER:148290173]],[[PERSON:Tipene]],[[PERSON:Manaia Rose]],[[DATE_TIME:2015-06-09]],[[PERSON:Aroha Tipene]],[[PHONE_NUMBER:027 418 2930]]
[[ID_NUMBER:148290181]],[[PERSON:Fa'asavalu]],[[PERSON:Losaline]],[[DATE_TIME:2014-11-23]],[[PERSON:Sina Fa'asavalu]],[[PHONE_NUMBER:022 904 7718]]
[[ID_NUMBER:148290199]],[[PERSON:Zhang]],[[PERSON:Oliver Haoran]],[[DATE_TIME:2015-02-14]],[[PERSON:Lily Zhang]],[[PHONE_NUMBER:021 266 4081]]
[[ID_NUMBER:148290207]],[[PERSON:Mackenzie]],[[PERSON:Isla]],[[DATE_TIME:2015-09-30]],[[PERSON:Fraser Mackenzie]],[[PHONE_NUMBER:029 771 0356]]""",
    """txn_id,cardholder,card_number,exp,amount,currency,status
T9918240,[[PERSON:WILLEM DE KLERK]],[[CREDIT_CARD:4539 6610 2847 3511]],08/27,149.00,ZAR,approved
T9918241,[[PERSON:ANNA KOWALCZYK]],[[CREDIT_CARD:5204 7370 1948 2264]],11/26,62.40,PLN,approved
T9918242,[[PERSON:RASHID AL-FARSI]],[[CREDIT_CARD:3782 413059 22811]],02/28,1205.00,OMR,declined
T9918243,[[PERSON:EMMA-ROSE CALLAGHAN]],[[CREDIT_CARD:4000 1834 7720 9155]],05/25,18.99,EUR,approved
T9918244,[[PERSON:DIEGO ARMANDO VELÁSQUEZ]],[[CREDIT_CARD:2720 9948 1036 5527]],09/29,77.10,USD,refunded""",
    """| Name | Company | Email | Dietary | Table |
|------|---------|-------|---------|-------|
| [[PERSON:Dr. Wangari Muthoni]] | Kenya Wildlife Trust | [[EMAIL_ADDRESS:w.muthoni@kwt.or.ke]] | vegetarian | 4 |
| [[PERSON:Sebastián Ortúzar]] | Andes Solar SpA | [[EMAIL_ADDRESS:sortuzar@andessolar.cl]] | none | 4 |
| [[PERSON:Priya Chaudhary]] | Chaudhary & Sons Textiles | [[EMAIL_ADDRESS:priya@chaudharytextiles.in]] | Jain | 7 |
| [[PERSON:Ólafur Gunnarsson]] | Reykjavík Geothermal | [[EMAIL_ADDRESS:olafur.g@rvkgeo.is]] | gluten-free | 7 |
| [[PERSON:Hana Kovačević]] | freelance | [[EMAIL_ADDRESS:hana.kovacevic.design@gmail.com]] | vegan | 12 |""",
    """medlemsnr\tnamn\tpersonnummer\ttelefon\tort
[[ID_NUMBER:204817]]\t[[PERSON:Maja Lindqvist]]\t[[ID_NUMBER:760318-0840]]\t[[PHONE_NUMBER:070-482 91 73]]\t[[LOCATION:Uppsala]]
[[ID_NUMBER:204818]]\t[[PERSON:Sara Nyström]]\t[[ID_NUMBER:890915-2921]]\t[[PHONE_NUMBER:073-204 18 66]]\t[[LOCATION:Västerås]]
[[ID_NUMBER:204819]]\t[[PERSON:Elias Haddad]]\t[[ID_NUMBER:031122-4075]]\t[[PHONE_NUMBER:076-918 33 02]]\t[[LOCATION:Uppsala]]
[[ID_NUMBER:204820]]\t[[PERSON:Ebba Sjöberg]]\t[[ID_NUMBER:990501-1483]]\t[[PHONE_NUMBER:072-441 70 28]]\t[[LOCATION:Enköping]]""",
    """SURNAME        GIVEN NAMES          NATIONALITY    DOB          PASSPORT     SEAT
[[PERSON:ACHTERBERG]]     [[PERSON:SOFIE]]                [[NRP:DUTCH]]          [[DATE_TIME:12MAR1990]]    [[ID_NUMBER:NXH4829T1]]    14C
[[PERSON:MWANGI]]         [[PERSON:PETER KAMAU]]          [[NRP:KENYAN]]         [[DATE_TIME:03AUG1976]]    [[ID_NUMBER:AK0482917]]    14D
[[PERSON:NAVARRO]]        [[PERSON:LUCÍA]]                [[NRP:SPANISH]]        [[DATE_TIME:27JAN2002]]    [[ID_NUMBER:PAK482917]]    22A
[[PERSON:O'DONNELL]]      [[PERSON:SEAMUS]]               [[NRP:AMERICAN]]       [[DATE_TIME:19OCT1958]]    [[US_PASSPORT:561829403]]    22B""",
    """time,username,src_ip,action,geo_country
08:14:02,[[USERNAME:aisha.balogun]],[[IP_ADDRESS:102.89.33.140]],login_success,[[LOCATION:NG]]
08:14:40,[[USERNAME:aisha.balogun]],[[IP_ADDRESS:102.89.33.140]],download report_q3.xlsx,[[LOCATION:NG]]
08:31:19,[[USERNAME:t.lindgren]],[[IP_ADDRESS:2001:2042:4a1e:7700::3]],login_failed,[[LOCATION:SE]]
08:31:25,[[USERNAME:t.lindgren]],[[IP_ADDRESS:2001:2042:4a1e:7700::3]],login_success,[[LOCATION:SE]]
09:02:57,root,[[IP_ADDRESS:185.220.101.47]],login_failed,[[LOCATION:DE]]""",
    """donor,email,amount_nzd,ird_number,city
[[PERSON:Wiremu Herangi]],[[EMAIL_ADDRESS:wiremu.herangi@gmail.com]],250.00,[[ID_NUMBER:48-291-732]],[[LOCATION:Hamilton]]
[[PERSON:Penelope Hart]],[[EMAIL_ADDRESS:pennyhart@xtra.co.nz]],1000.00,[[ID_NUMBER:118-402-952]],[[LOCATION:Christchurch]]
[[PERSON:Sanjay Patel]],[[EMAIL_ADDRESS:s.patel.nz@outlook.com]],75.00,[[ID_NUMBER:94-610-273]],[[LOCATION:Palmerston North]]
[[PERSON:Kahurangi Ngata-Brown]],[[EMAIL_ADDRESS:kahu.nb@icloud.com]],40.00,[[ID_NUMBER:103-728-495]],[[LOCATION:Gisborne]]""",
    """member_no | name | id_no | phone | county | next_of_kin
[[ID_NUMBER:SAC-04821]] | [[PERSON:Esther Chebet Koech]] | [[ID_NUMBER:24817305]] | [[PHONE_NUMBER:0722 481 930]] | [[LOCATION:Uasin Gishu]] | [[PERSON:Daniel Koech]]
[[ID_NUMBER:SAC-04822]] | [[PERSON:Mohamed Abdi Farah]] | [[ID_NUMBER:30918264]] | [[PHONE_NUMBER:0790 204 117]] | [[LOCATION:Garissa]] | [[PERSON:Halima Abdi]]
[[ID_NUMBER:SAC-04823]] | [[PERSON:Josephine Atieno Ouma]] | [[ID_NUMBER:27403918]] | [[PHONE_NUMBER:0703 918 442]] | [[LOCATION:Kisumu]] | [[PERSON:Brian Ouma]]""",
    """cognome;nome;codice_fiscale;comune;provincia;cellulare
[[PERSON:Marini]];[[PERSON:Giuseppe]];[[ID_NUMBER:MRNGPP60A01L736L]];[[LOCATION:Venezia]];[[LOCATION:VE]];[[PHONE_NUMBER:340 482 9173]]
[[PERSON:Schiavo]];[[PERSON:Francesca]];[[ID_NUMBER:SCHFNC94L58A662H]];[[LOCATION:Bari]];[[LOCATION:BA]];[[PHONE_NUMBER:328 104 7726]]
[[PERSON:Romano]];[[PERSON:Antonio]];[[ID_NUMBER:RMNNTN77S20F158S]];[[LOCATION:Messina]];[[LOCATION:ME]];[[PHONE_NUMBER:393 918 2044]]
[[PERSON:Liberati]];[[PERSON:Chiara]];[[ID_NUMBER:LBRCHR01D41D969J]];[[LOCATION:Genova]];[[LOCATION:GE]];[[PHONE_NUMBER:347 660 1359]]""",
    """الاسم | رقم الهوية | الجوال | المدينة
[[PERSON:عبدالله بن فهد القحطاني]] | [[ID_NUMBER:1039482714]] | [[PHONE_NUMBER:0551 482 917]] | [[LOCATION:الرياض]]
[[PERSON:نورة سعد العتيبي]] | [[ID_NUMBER:1082736156]] | [[PHONE_NUMBER:0504 218 336]] | [[LOCATION:جدة]]
[[PERSON:فيصل محمد الغامدي]] | [[ID_NUMBER:1120483977]] | [[PHONE_NUMBER:0569 104 772]] | [[LOCATION:الدمام]]
[[PERSON:ريم خالد الشهري]] | [[ID_NUMBER:1044729588]] | [[PHONE_NUMBER:0538 907 241]] | [[LOCATION:أبها]]""",
# end TABLE
]

LOOKALIKE = [
    # lookalike 001-005: no PII at all
    """Release 4.12.0 (build 20240918.3)
- Fixes CVE-2024-38112 in the PDF preview (CVSS 7.5).
- Minimum runtime is now 18.20.4; tested on 10.0.19045.4894 and 14.6.1.
- The OID 1.2.840.113549.1.1.11 is accepted for signatures again.
- Checksums: sha256 9f2c4e01a7b35d8812e6f0c94a3b7d2e5c18f6a09d4b72e3c5a81f0e6d29b4c7 (x64), md5 4a1f0c9e72b8d3e6a05c17f2b9e84d31
- Known issue #4471: the 3.1.2.0 plug-in crashes on load; use 3.1.2.1 or later.""",
    """Shipment update – order 7730-418-2291
AWB 176-48291736 | HS code 8471.30.01 | 3 pcs, 41.7 kg, 0.62 m³
Routing: EK 0203 / EK 9841, connecting cargo terminal 2, ULD AKE 48291 EK
Tracking: 1Z 4E8 291 03 7730 4182 (UPS), 9400 1118 9922 3048 1733 02 (USPS)
Incoterm DAP. Declared value USD 18,420.00. Carrier claim ref CLM-0091827.
Next milestone: customs release expected within 48 hours.""",
    """Five things you didn't know were named after people: the Ferris wheel, the Bunsen burner, Braille, the Fibonacci
sequence and Earl Grey tea. And on the menu: eggs Benedict, beef Wellington, a Caesar salad and peach Melba.
Medical students add Parkinson's disease, the Heimlich manoeuvre, the Apgar score and Alzheimer's to the list, while
physicists know the Doppler effect, Halley's comet and Murphy's law (not really physics, but close enough).""",
    """Reagent prep, batch QC-24-118
Sodium azide (CAS 26628-22-8), lot SLCD4821, 0.05% w/v; Tris base (CAS 77-86-1), lot BCBX7730, 1.0 M, pH 8.0 at 25 °C.
Centrifuge 4,700 × g for 12 min; store at 2–8 °C. Reference: Molecular Cloning, 3rd edn, ISBN 978-0-87969-577-4,
protocol 8.12. Field site 3 reference point: 51.4816° N, 0.0077° W, elevation 47 m. Instrument serial 1482-0917-AX; firmware 2.4.19.""",
    """INVOICE INV-2024-00817                                        PO 4500182934
Item   Part no.           Description                        Qty   Unit (EUR)    Total
1      SKF 6205-2RS       Deep groove ball bearing           40     6.85          274.00
2      DIN 912 M8x30      Socket cap screw, A2 stainless     500    0.19           95.00
3      SN-A4829-17730     Gearbox, ratio 1:28, serial no.    1      3,890.00    3,890.00
Subtotal 4,259.00 | VAT 21% 894.39 | Total 5,153.39 | Terms: 30 days net | Ref 2024/11/0417""",
    # lookalike 006-015: a few real PII values among look-alikes
    "★★★★☆ Ordered the Dr. Martens 1460 in cherry red (UK 6, SKU 11822600-6) together with a tub of Ben & Jerry's for the "
    "wait. Parcel 3S-NLQ-48291730 arrived in 2 days, box slightly dented. Would buy again at €169.99. — [[PERSON:Thandiwe M.]], verified buyer",
    "Ops log: QF 8 pushed back 21:52, aircraft VH-ZNJ, stand 54, 2 pax offloaded (PNR X7K2LP, seats 37K/37J). [[TITLE:Captain]] "
    "[[PERSON:Aroha Whaanga]] reported a 25-minute hold for [[LOCATION:Sydney]] due to flow control. Fuel uplift 101,400 kg; MEL item 21-51-02.",
    "Used copy: The Adventures of Sherlock Holmes by [[PERSON:Arthur Conan Doyle]], ISBN 978-0-14-043771-1, Penguin Classics, 1981 "
    "printing, some foxing. Watson's name is underlined throughout by a previous owner. £6.50 + P&P; order ref BK-482917.",
    """commit 3f9a1c2e7b04d58e61a2c9f0b7d4e3a1c6f82b90
Author: [[PERSON:Kaveh Rostami]] <[[EMAIL_ADDRESS:48291730+kavehr@users.noreply.github.com]]>

    fix(parser): handle CIDR ranges in allow-list (closes #3317)

    Bumps lodash 4.17.21 -> 4.17.22, pins urllib3==2.2.3.
    Signed-off-by: [[PERSON:Kaveh Rostami]] <[[EMAIL_ADDRESS:kaveh.rostami@fastmail.com]]>""",
    """Sample manifest – cruise leg 3
ST-118  CTD cast 41   -33.8568, 151.2153   depth 1,250 m   bottle B07   filtered 0.2 µm
ST-119  CTD cast 42   -33.9012, 151.4420   depth 2,010 m   bottle B08   filtered 0.2 µm
Chain of custody: collected by [[PERSON:M. Ferreira]], logged by [[PERSON:J. Tūhoe-Kerr]]; cooler seal 00482917; dry ice 6 kg.""",
    "The Queen Mary 2 and the MSC Gülsün are both due at the Port of Rotterdam this week; pilot boarding as usual, "
    "berth 8. Agent on duty: [[PERSON:Sjoerd Visser]], [[PHONE_NUMBER:+31 6 2049 1873]]. IMO 9241061, "
    "call sign GBQM, draught 10.3 m.",
    "Bright two-bed flat on Lincoln Road, a short walk from Victoria Street and the Nelson Mandela bus station. EPC rating C, "
    "council tax band B, 62 m². £1,150 pcm, available now. Viewings: call [[PERSON:Precious]] at Harcourt & Ellis Lettings on "
    "[[PHONE_NUMBER:07458 219 034]].",
    "Desk note: bought 1,200 JNJ at 158.42 and trimmed MS by 400; ISIN US4781601046, settlement T+1, SWIFT CHASUS33, sort code 60-83-71. "
    "The Goldman Sachs and Morgan Stanley notes go to [[PERSON:Ngozi Eze-Uzo]] for sign-off, not to the Johnson & Johnson IR desk.",
    "Bed 12: [[PERSON:Mr. Tupou]], GCS 14 (E4 V4 M6), Foley in situ since admission, Swan-Ganz removed at 06:00. Babinski "
    "negative bilaterally; Glasgow scale repeated hourly. Moved from the Stryker frame to a standard bed. Apgar charts belong to bay 3.",
    "Full time at Stade Pierre-Mauroy: Lille 2–1 Lens. [[PERSON:Jonathan David]] scored in the 38th minute, and the man of the match award, "
    "named after the late club president, went to [[PERSON:Benjamin André]]. Attendance 48,291. Next fixture on matchday 9 in [[LOCATION:Marseille]].",
# end LOOKALIKE
]
# fmt: on

STYLES = {"gen": GEN, "bench": BENCH, "doc": DOC, "chat": CHAT, "table": TABLE, "lookalike": LOOKALIKE}
EXPECTED = {"gen": 75, "bench": 70, "doc": 30, "chat": 30, "table": 20, "lookalike": 15}


def summary() -> None:
    """Print the records per style and the spans per entity type (counts only)."""
    kinds: Counter[str] = Counter()
    for style, records in STYLES.items():
        note = "" if len(records) == EXPECTED[style] else f" (expected {EXPECTED[style]})"
        print(f"{style:10} {len(records):4d} records{note}")
        for markup in records:
            kinds.update(span["entity_type"] for span in parse(markup)[1])
    print(f"{'total':10} {sum(len(r) for r in STYLES.values()):4d} records, {sum(kinds.values())} spans")
    for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {kind:18} {n:5d}")


if __name__ == "__main__":
    write_set("blind13", STYLES, OUT)
    summary()
    print("check passed for every record")

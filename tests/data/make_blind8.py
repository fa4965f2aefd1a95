"""Build tests/data/blind8.jsonl: an eighth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind8.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts); only the module docstrings of make_blind6.py and make_blind7.py,
gold_sets.py, the `parse()` helper of make_handwritten.py (with its two
regexes, MARK and TITLE_IN_NAME), and the import lines and closing lines of
make_blind7.py were read, to keep the conventions and the file format. None
of the values seen in passing there is reused here. The detector was never
run on this file. Do not tune the detector against it: once it has been used
to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (check digits worked out
by hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks them and refuses a bad one).

Styles (ids `blind8-<style>-NNN`; 300 records), chosen to look like what an
outside evaluator would feed the tool (public PII-masking benchmarks such as
ai4privacy pii-masking-200k/300k/400k and gretel synthetic PII finance):
- `gen` (70): one to three LLM-generated-style sentences on customer
  service, banking, insurance, healthcare, HR, legal, travel, education,
  real estate, government forms, social media, shopping, telecom, utilities,
  logistics and charity, with one to five PII values each: names from many
  cultures (Latin American, Slavic, Chinese, Korean, Japanese and
  Vietnamese romanised, Indian, Pakistani, Bangladeshi, Yoruba, Igbo, Hausa,
  Zulu, Akan, Swahili, Amharic, Somali, Arabic, Persian, Turkish, Kurdish,
  Hebrew, Greek, Nordic, Baltic, Dutch, Italian, Portuguese, Romanian,
  Hungarian, Filipino, Indonesian, Thai, Maori, Samoan, Lakota), names that
  are also English words (Hope, Grace, Hunter, Mason, Dawn, Bill, Frank,
  Rich, Cash, Story, Green, Wolf, Fox, Love, Price, Banks), first names
  alone, surnames alone after an honorific, names at the start and the end
  of a sentence, lowercase names.
- `bench` (70): dense form-like narrative in the manner of ai4privacy and
  gretel records: prefixes, middle names, ages, birth dates in many shapes,
  multi-part addresses (building number, street, unit, neighbourhood, city,
  county, state, postcode) of the US, UK, Canada, Australia, India, Germany,
  France, Spain, Italy, the Netherlands, Brazil, Mexico, Japan, South
  Africa, Nigeria, Kenya and more; phones in many formats, emails,
  usernames, SSNs (dashed, spaced and undashed), passports, driver's
  licences, IBANs, cards, IPv4 and IPv6, crypto wallets, account numbers,
  plates, national ids of many countries; some records in French, German,
  Italian, Spanish and Dutch. Passwords, genders, job titles, VINs, user
  agents, BICs, routing numbers and MACs appear and are left unlabeled.
- `doc` (40): longer texts (letters, clinical notes, referrals, incident
  reports, statements, leases, HR letters, CVs, minutes, school reports,
  claims, judgments, case notes, emails with signatures) with four to ten
  PII values each and non-PII look-alikes (case, claim, policy, invoice and
  planning references, versions, serials, room and bed numbers, role
  mailboxes, helplines).
- `chat` (40): informal messages and transcripts (SMS, WhatsApp, Slack,
  Discord, support chats with turns, call transcripts): lowercase names,
  nicknames, typos, emoji, handles, loosely written phone numbers, half
  addresses; eight of them in Spanish, French, German, Italian, Portuguese,
  Dutch, Polish or Turkish.
- `struct` (40): semi-structured text: key: value blocks, log lines, email
  headers, vCards, CSV / TSV / Markdown tables with a header row, JSON,
  YAML, XML, SQL INSERTs, query strings, form dumps, HL7 and X12 segments,
  shipping labels; every PII value inside is labeled.
- `lookalike` (40): mostly non-PII text full of look-alikes (order /
  tracking / invoice numbers, versions shaped like IP addresses, amounts,
  flight numbers, model, serial, part and lot codes, hashes, ISBNs,
  coordinates, products, brands, eponyms), with the few real PII values
  labeled; 12 of the 40 records have no PII at all.

Labeling conventions: the same as in make_blind7.py (and make_blind6.py),
copied here:
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
- Calls made while writing this set, in the same spirit: "Sig.ra",
  "Dott.ssa", "Dra.", "Mevrouw", "Dhr.", "Herrn", "pani", "Mister", "Det.",
  "Insp", "Judge" and the Turkish "Bey" written after the name are TITLE;
  two titles in a row ("Frau Dr.") are two TITLE spans. A US bank routing
  number is treated like a sort code (unlabeled); a frequent-flyer number
  is a loyalty id (ID_NUMBER); a Pix key that is a CPF is ID_NUMBER. A
  street, borough or avenue named after a person inside an address is part
  of the ADDRESS or LOCATION, never PERSON. A PO box is ADDRESS and the
  postcode after it is ZIP_CODE. A phone number spoken in words in a call
  transcript is PHONE_NUMBER; in a query string a URL-encoded email is
  EMAIL_ADDRESS and a "+"-joined full name is one PERSON span. Invoice,
  statement and sale dates are not a person's dates and stay unlabeled.
"""
from __future__ import annotations

from pathlib import Path

from gold_sets import write_set

OUT = Path(__file__).with_name("blind8.jsonl")

GEN = [
    "Hi, this is [[PERSON:Valentina Ochoa Restrepo]] calling about my checking account; you can reach me at [[PHONE_NUMBER:(786) 555-0143]] any time after five.",
    "[[PERSON:Grace]] asked the pharmacy to move her prescriptions to the branch at [[ADDRESS:1180 Larkspur Avenue]] in [[LOCATION:Boise]].",
    "Please change the beneficiary on policy HL-449021 from [[PERSON:Dmitri Volkonsky]] to his daughter, [[PERSON:Anastasia Volkonskaya]], born [[DATE_TIME:14 March 2006]].",
    "Our new hire [[PERSON:Oluwaseun Adebayo-Cole]] starts on [[DATE_TIME:June 2]]; his employee ID will be [[ID_NUMBER:EMP-20931]].",
    "The tenant, [[TITLE:Ms.]] [[PERSON:Banks]], has disputed the late fee charged on the unit at [[ADDRESS:42 Quarry Lane, Apt 3B]].",
    "[[PERSON:Nguyen Thi Thu Trang]] requested a refund of $84.20 to the card ending 5521 after her flight out of [[LOCATION:Da Nang]] was cancelled.",
    "Patient [[PERSON:Kwabena Owusu-Ansah]], [[AGE:58]], reported chest tightness at his visit on [[DATE_TIME:03/11/2024]]; MRN [[ID_NUMBER:00471829]].",
    "can someone tell [[PERSON:hunter]] the team offsite moved to Thursday?",
    "Send the signed lease to [[EMAIL_ADDRESS:farah.qureshi84@outlook.com]] and copy her co-signer, [[PERSON:Imran Qureshi]].",
    "Dear [[TITLE:Mr.]] [[PERSON:Price]], your claim for the water damage at [[ADDRESS:7 Belvedere Close]], [[LOCATION:Swindon]] [[ZIP_CODE:SN3 4TQ]] has been approved.",
    "Account holder [[PERSON:Siyabonga Mthembu]] of [[LOCATION:Durban]] says he never authorised the transfer; his callback number is [[PHONE_NUMBER:+27 82 614 3390]].",
    "The scholarship committee congratulates [[PERSON:Amarachi Eze]] (student no. [[ID_NUMBER:2023-88417]]) on her admission to the chemical engineering programme.",
    "Hi [[PERSON:Dawn]], your parcel is out for delivery to [[ADDRESS:319 Mill Race Road]], [[LOCATION:Harrisburg]], [[LOCATION:PA]] [[ZIP_CODE:17104]].",
    "Travel update for [[PERSON:Yusuf Abdi Warsame]]: your connection through [[LOCATION:Nairobi]] now leaves at 14:40 from gate 9.",
    "I'm [[PERSON:Bill]] and I'd like to cancel my landline; the number on the account is [[PHONE_NUMBER:503-555-0178]].",
    "In [[PERSON:Aharoni]] v. Carmel Freight Ltd., the hearing was adjourned to [[DATE_TIME:9 September 2025]] at the request of [[PERSON:Reuven Aharoni]]'s counsel.",
    "[[PERSON:Ayşe Demirtaş]] wants her loyalty points moved to her new address, [[EMAIL_ADDRESS:aysedemirtas@yandex.com.tr]].",
    "Please ship the replacement modem to [[PERSON:Kiri Te Rangi]] at [[ADDRESS:14 Kowhai Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]].",
    "Our records show that [[PERSON:Leilani Faleolo]] gave $250 to the cyclone relief appeal on [[DATE_TIME:January 18]].",
    "The landlord, [[PERSON:Giorgos Papadakis]], will show the flat to applicants this weekend; call him on [[PHONE_NUMBER:+30 694 512 7783]].",
    "Applicant [[PERSON:Rahim Uddin Chowdhury]], a [[NRP:Bangladeshi]] national, attached passport [[ID_NUMBER:EB0947213]] to his visa form.",
    "Ask [[PERSON:Cash]] in receiving to sign for the pallet when it gets here.",
    "[[PERSON:Park Hyun-woo]] signed in to the banking app from [[IP_ADDRESS:203.0.113.77]] and then changed his PIN.",
    "My daughter [[PERSON:Mei-Ling]] has an orthodontist appointment on [[DATE_TIME:April 22nd]], so she'll miss the museum trip.",
    "The water account for [[ADDRESS:88 Kestrel Drive]] moves from [[PERSON:Frank Oyelaran]] to [[PERSON:Esther Oyelaran]] on [[DATE_TIME:5/1/2025]].",
    "A reference from [[TITLE:Prof.]] [[PERSON:Kobayashi]] confirms that the candidate worked in his lab from 2019 to 2022.",
    "Follow [[PERSON:Story]] on Instagram at [[USERNAME:story.bakes.bread]] for more sourdough tips.",
    "The claimant, [[PERSON:Marisol Quispe Huamán]], aged [[AGE:41]], slipped on a wet floor in the store on [[DATE_TIME:October 3, 2024]].",
    "Attention [[PERSON:Tariq Al-Mansouri]]: your Emirates ID [[ID_NUMBER:784-1988-4721903-6]] must be renewed before the lease can be registered.",
    "[[PERSON:Parisa Farahani]] asked us to mail the certified transcript to [[ADDRESS:2210 Westwood Blvd, Suite 4]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90064]].",
    "We're sorry, [[PERSON:Rich]], but the promo code you entered expired last week.",
    "Driver [[PERSON:Mustafa Kaya]] left the package with the neighbour, [[TITLE:Mrs.]] [[PERSON:Wolf]].",
    "The HR file for [[PERSON:Rivka Ben-David]] lists her birth date as [[DATE_TIME:1987-08-29]] and her emergency contact as [[PERSON:Eitan]], [[PHONE_NUMBER:054-771-2309]].",
    "Sign-up confirmed for [[PERSON:Sigrid Halvorsen]]; your ski club membership number is [[ID_NUMBER:448120]].",
    "[[PERSON:Baraka Mwangi]] sent KES 3,500 to [[PHONE_NUMBER:0722 418 906]] by mistake and wants the M-Pesa transaction reversed.",
    "The loss adjuster will visit [[PERSON:Lukas Petrauskas]] at [[ADDRESS:Žirmūnų g. 68-12]], [[LOCATION:Vilnius]], on [[DATE_TIME:12 May]].",
    "[[PERSON:Maarten de Vries]] has requested parental leave from [[DATE_TIME:February 3]] through [[DATE_TIME:March 14]].",
    "Thanks for shopping with us, [[PERSON:Chiara Bellandi]]! Order #IT-55201 will ship to [[LOCATION:Bologna]] within two working days.",
    "[[PERSON:Ionuț Dumitrescu]] rang the helpline on 0800 801 801 about his meter; please call him back on [[PHONE_NUMBER:0745 219 884]].",
    "The school nurse phoned [[PERSON:Zsófia Kertész]]'s mother at [[PHONE_NUMBER:+36 30 918 4457]] after the girl fainted in PE.",
    "[[PERSON:Maria Clara Dizon]] of [[LOCATION:Quezon City]] won the raffle, and we will reach her at [[EMAIL_ADDRESS:mcdizon@gmail.com]].",
    "Customer [[PERSON:Budi Santoso]] says his SIM stopped working after he travelled to [[LOCATION:Surabaya]].",
    "[[PERSON:Somchai Wongsakul]], [[AGE:62]], was admitted to the cardiology ward on [[DATE_TIME:2 December 2024]].",
    "Please welcome [[PERSON:Tama Fuimaono]] to logistics; he'll be based at our [[LOCATION:Auckland]] depot.",
    "The enrollment office confirmed that [[PERSON:Chayton Two Bulls]] is a registered member, enrollment no. [[ID_NUMBER:RST-0042917]].",
    "The reservation is under [[PERSON:Love]], party of four, for 8 pm tonight.",
    "hey [[PERSON:mason]], the reset link went to [[EMAIL_ADDRESS:mason.brightwater@proton.me]].",
    "[[PERSON:Rojin Barzani]] applied for a library card using her address at [[ADDRESS:45 Harrow Court]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 7FR]].",
    "[[PERSON:Dariush Kamali]] left a five-star review of the tour and signed it with his handle, [[USERNAME:dkamali_travels]].",
    "The bank is holding a wire from [[PERSON:Noura Al-Harbi]] to [[IBAN_CODE:SA52 1000 0001 8502 7394 6001]] pending review.",
    "[[PERSON:Hodan Farah Jama]] applied for rental assistance for a household of five; phone [[PHONE_NUMBER:612-555-0196]].",
    "[[PERSON:Tsion Bekele]] paid her tuition with card [[CREDIT_CARD:4539 0182 7364 5105]] on [[DATE_TIME:Aug 30]].",
    "[[PERSON:Abubakar Sani Danjuma]] from [[LOCATION:Kano]] was issued NIN [[ID_NUMBER:48291037562]] last month.",
    "[[PERSON:Akosua Mensah]], mother of [[PERSON:Kofi]], says the school bus skipped [[ADDRESS:17 Palm Close]] twice this week.",
    "[[PERSON:Lindiwe]] from accounts will pay the invoice once [[TITLE:Mr.]] [[PERSON:Green]] approves it.",
    "Passenger [[PERSON:João Pedro Figueiredo]] lost his suitcase on the flight to [[LOCATION:Lisbon]]; contact [[PHONE_NUMBER:+351 912 408 337]].",
    "[[PERSON:Sato Yui]] updated her address to [[ADDRESS:3-8-21 Nishiki]], [[LOCATION:Naka-ku]], [[LOCATION:Nagoya]] [[ZIP_CODE:460-0003]].",
    "The building inspector, [[PERSON:Liang Xiaoyu]], will sign off the permit for the extension at [[ADDRESS:61 Orchard Terrace]].",
    "[[PERSON:Venkatesh Subramanian]] linked Aadhaar [[ID_NUMBER:7391 4820 5163]] to his new SIM on [[DATE_TIME:11-02-2025]].",
    "Got a message from [[PERSON:Andris Kalniņš]] asking whether the charity run still starts at the harbour.",
    "The gift came from [[TITLE:Dr.]] [[PERSON:Fox]], who asked that it stay anonymous.",
    "[[PERSON:Hunter Okafor]] will present the quarterly numbers; send slides to [[EMAIL_ADDRESS:h.okafor@brightlane.io]].",
    "Thanks again for the recommendation letter, [[PERSON:Hope]].",
    "The claim filed by [[PERSON:Hamid Rezaei]] for the cracked windscreen on [[ID_NUMBER:KX19 ZPT]] was approved.",
    "[[PERSON:Eero Virtanen]] disputes the roaming charges billed while he was in [[LOCATION:Estonia]].",
    "Please confirm the delivery window with [[PERSON:Aroha]] before the truck leaves the [[LOCATION:Hamilton]] hub.",
    "Case note: [[PERSON:Fatuma Hassan]] ([[AGE:34]]) and her two children moved to [[ADDRESS:12 Mvule Road]], [[LOCATION:Mombasa]] on [[DATE_TIME:20 June]].",
    "The joint account was opened by [[PERSON:Paolo Ferrante]] and [[PERSON:Rosa Ferrante]] at our [[LOCATION:Napoli]] branch.",
    "She said her name was [[PERSON:Joy]] and that she had lived at [[ADDRESS:27 Cedar Hollow]] since [[DATE_TIME:May 2016]].",
    "Certificates go out this week; the last volunteer to sign the register was [[PERSON:Kemal Aydın]].",
]

BENCH = [
    "[[TITLE:Mrs.]] [[PERSON:Eleonora Justine Vasquez-Hale]], a [[AGE:46]]-year-old female Senior Claims Architect, was born on [[DATE_TIME:07/19/1978]] and resides at [[ADDRESS:4417 Sycamore Bend Rd, Apt 12C]], [[LOCATION:Lubbock]], [[LOCATION:Lubbock County]], [[LOCATION:TX]] [[ZIP_CODE:79416]]. Her SSN is [[US_SSN:529-47-1836]] and her Texas driver's license number is [[US_DRIVER_LICENSE:31847206]].",
    "Account notice for [[USERNAME:quillon_88]]: a sign-in from [[IP_ADDRESS:172.16.254.9]] with Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 changed the password to Tr0ut!mayfly22. Recovery email [[EMAIL_ADDRESS:octavia.brenner@fastmail.com]], recovery phone [[PHONE_NUMBER:+1-614-555-0182]].",
    "A payment of £1,240.00 from [[PERSON:Declan Aloysius Murtagh]] ([[IBAN_CODE:GB46BARC20038541730926]], BIC BARCGB22) to [[PERSON:Saoirse Ní Bhriain]] at [[IBAN_CODE:IE58 BOFI 9058 3812 9483 77]] is scheduled for next Friday, reference RENT-MAR.",
    "Cardholder [[PERSON:Tomasz Wiśniewski]], card [[CREDIT_CARD:5273-8401-9265-7383]], exp 09/27, CVV 418, billing address [[ADDRESS:ul. Marszałkowska 84/92 m. 17]], [[ZIP_CODE:00-514]] [[LOCATION:Warszawa]], PESEL [[ID_NUMBER:85071204518]], tel. [[PHONE_NUMBER:+48 601 284 937]].",
    "Der Kunde [[TITLE:Herr]] [[PERSON:Friedhelm Ostermann]], geboren am [[DATE_TIME:23.04.1961]], wohnhaft in der [[ADDRESS:Lindenstraße 47, 3. OG]], [[ZIP_CODE:04109]] [[LOCATION:Leipzig]], hat seine Bankverbindung auf [[IBAN_CODE:DE44 5001 0517 5407 3249 31]] geändert. Steuer-ID [[ID_NUMBER:47 036 892 154]], Telefon [[PHONE_NUMBER:0341 2296 4410]].",
    "[[TITLE:Mme]] [[PERSON:Clémence Aubert-Lavigne]], née le [[DATE_TIME:2 février 1990]] à [[LOCATION:Rennes]], demeurant [[ADDRESS:18 rue des Capucins]], [[ZIP_CODE:69001]] [[LOCATION:Lyon]], numéro de sécurité sociale [[ID_NUMBER:2 90 02 35 238 117 64]], courriel [[EMAIL_ADDRESS:c.aubert.lavigne@laposte.net]], téléphone [[PHONE_NUMBER:06 71 84 29 03]].",
    "Vehicle transfer: new owner [[PERSON:Jarrah Whitlock]], [[ADDRESS:Unit 7/48 Wattle Grove Cres]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2150]]; plate [[ID_NUMBER:CQX-47H]]; VIN 6FPAAAJGCM9B40172; NSW licence [[ID_NUMBER:18273645]]; TFN [[ID_NUMBER:482 193 076]]; mobile [[PHONE_NUMBER:0412 738 905]].",
    "El [[TITLE:Sr.]] [[PERSON:Ignacio Bermúdez Ocampo]], con DNI [[ID_NUMBER:48291736K]], nacido el [[DATE_TIME:11/06/1983]] y con domicilio en [[ADDRESS:Calle de Zurbarán 9, 2º izda.]], [[ZIP_CODE:28010]] [[LOCATION:Madrid]], solicita el cambio de titular de la cuenta [[IBAN_CODE:ES27 0182 2370 4202 0158 7341]]. Móvil: [[PHONE_NUMBER:+34 655 918 204]].",
    "La [[TITLE:Sig.ra]] [[PERSON:Ludovica Marchetti]], codice fiscale [[ID_NUMBER:MRCLDV88E52L219K]], residente in [[ADDRESS:Via Garibaldi 112, int. 4]], [[ZIP_CODE:10122]] [[LOCATION:Torino]] ([[LOCATION:TO]]), ha comunicato il nuovo numero [[PHONE_NUMBER:+39 347 602 1185]] e l'indirizzo email [[EMAIL_ADDRESS:ludo.marchetti@libero.it]].",
    "[[TITLE:Mevrouw]] [[PERSON:Femke Wouters-Jansen]] (BSN [[ID_NUMBER:183920471]]), geboren op [[DATE_TIME:30-09-1975]], woont op [[ADDRESS:Prinsengracht 311-2]], [[ZIP_CODE:1016 GZ]] [[LOCATION:Amsterdam]]. Haar rekeningnummer is [[IBAN_CODE:NL03RABO0331468207]] en haar wachtwoord voor het portaal is Tulp*2024.",
    "Cliente [[PERSON:Thiago Henrique Nascimento]], CPF [[ID_NUMBER:482.917.305-62]], endereço [[ADDRESS:Rua Vergueiro, 2045, apto 81]], [[LOCATION:Vila Mariana]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:04101-000]], celular [[PHONE_NUMBER:(11) 98431-2760]], chave Pix [[EMAIL_ADDRESS:thiago.hnasc@uol.com.br]].",
    "[[PERSON:Guadalupe Itzel Carranza]] registered a delivery address of [[ADDRESS:Av. Insurgentes Sur 1602, Int. 9]], Col. [[LOCATION:Crédito Constructor]], C.P. [[ZIP_CODE:03940]], [[LOCATION:Benito Juárez]], [[LOCATION:CDMX]]; CURP [[ID_NUMBER:CAGI920715MDFRRT04]]; phone [[PHONE_NUMBER:+52 55 4172 9038]].",
    "Customer [[PERSON:Takahashi Ren]] (DOB [[DATE_TIME:1994/12/03]]) lives at [[ADDRESS:2-14-7 Kitazawa]], [[LOCATION:Setagaya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:155-0031]]; My Number [[ID_NUMBER:4821 0937 5162]]; mobile [[PHONE_NUMBER:090-3381-4027]].",
    "Applicant [[PERSON:Nomvula Dlamini]], ID number [[ID_NUMBER:8507125043089]], age [[AGE:39]], address [[ADDRESS:56 Protea Road]], [[LOCATION:Claremont]], [[LOCATION:Cape Town]], [[ZIP_CODE:7708]]; cell [[PHONE_NUMBER:072 418 3306]]; occupation: Quantity Surveyor.",
    "[[PERSON:Adaeze Ngozi Obiora]], [[AGE:31]], female, Product Marketing Lead, lives at [[ADDRESS:Plot 14, Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] [[ZIP_CODE:101241]]; BVN [[ID_NUMBER:22318470926]]; phone [[PHONE_NUMBER:+234 803 417 2290]].",
    "[[PERSON:Wanjiru Kamau]] of [[ADDRESS:House 9, Riara Road]], [[LOCATION:Kilimani]], [[LOCATION:Nairobi]] ([[ADDRESS:P.O. Box 40217]]-[[ZIP_CODE:00100]]) holds KRA PIN [[ID_NUMBER:A004829173Z]] and national ID [[ID_NUMBER:29481736]]; M-Pesa line [[PHONE_NUMBER:0733 902 417]].",
    "[[TITLE:Mr.]] [[PERSON:Arvind Raghunathan Iyer]], PAN [[ID_NUMBER:AQRPI4821K]], resides at [[ADDRESS:Flat 302, Sai Krupa Apartments, 14th Cross]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]], [[LOCATION:Karnataka]] [[ZIP_CODE:560038]]. Mobile [[PHONE_NUMBER:+91 98450 31276]], IFSC HDFC0001287, savings account [[ID_NUMBER:50100428173964]].",
    "[[PERSON:Gabrielle Tremblay-Roy]], SIN [[ID_NUMBER:046 454 286]], [[ADDRESS:1207 rue Beaubien Est, app. 5]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2G 1L6]], tel. [[PHONE_NUMBER:514-555-0139]], date of birth [[DATE_TIME:1989-03-22]], gender: female.",
    "[[TITLE:Miss]] [[PERSON:Imogen Fairweather]], NI number [[ID_NUMBER:QR 48 21 93 C]], [[ADDRESS:Flat 2, 19 Elderfield Road]], [[LOCATION:Hackney]], [[LOCATION:London]] [[ZIP_CODE:E5 0LF]]; mobile [[PHONE_NUMBER:07700 918 342]]; NHS number [[ID_NUMBER:485 777 3456]].",
    "Traveler [[PERSON:Dashiell Monroe Pickett]], US passport [[US_PASSPORT:A03917264]], DOB [[DATE_TIME:Feb 11, 1970]], seat 14C, frequent flyer no. [[ID_NUMBER:UA48271903]], email [[EMAIL_ADDRESS:dpickett@hey.com]].",
    "Withdrawal of 0.4821 BTC requested by [[USERNAME:coldwallet_marek]] ([[PERSON:Marek Horváth]]) to [[ID_NUMBER:bc1q7x4m9zr2kd0v8f3ls6y5ehqpw2t0nuj8c4a9gz]] from [[IP_ADDRESS:2a02:c7f:d84e:1200:5d1:9b3e:41aa:7f20]].",
    "[[PERSON:Olamide Bankole]] connected wallet [[ID_NUMBER:0x9c3E71d4A0b852F6e19D7a3c40B8e25f1A6dC047]] from a device with MAC 3C:52:82:9A:14:F7 at [[IP_ADDRESS:10.44.8.213]].",
    "Employee record: [[PERSON:Sebastián Ibarra Lugo]], male, Logistics Coordinator, employee no. [[ID_NUMBER:E-774201]], SSN [[US_SSN:611204938]], home [[ADDRESS:902 Alder Creek Way]], [[LOCATION:Reno]], [[LOCATION:NV]] [[ZIP_CODE:89523]], phone [[PHONE_NUMBER:775.555.0124]].",
    "[[TITLE:Dr.]] [[PERSON:Hiroshi Matsuda-Klein]], age [[AGE:57]], DOB [[DATE_TIME:9 Jan 1968]], card [[CREDIT_CARD:374182630591745]], billing ZIP [[ZIP_CODE:02139]], email [[EMAIL_ADDRESS:hmk@matsudaklein.org]].",
    "[[TITLE:Frau]] [[PERSON:Svenja Krüger]], Personalausweis-Nr. [[ID_NUMBER:L01X00T47]], Anschrift [[ADDRESS:Hafenstraße 8a]], [[ZIP_CODE:20457]] [[LOCATION:Hamburg]], Kreditkarte [[CREDIT_CARD:4129 8073 6152 8496]], Kennzeichen [[ID_NUMBER:HH-SK 4821]], Passwort möwe_1987!",
    "[[TITLE:M.]] [[PERSON:Yanis Belkacem]], [[AGE:27]] ans, identifiant [[USERNAME:yanis.blk]], adresse IP [[IP_ADDRESS:88.172.40.119]], carte bancaire [[CREDIT_CARD:4938 1726 5001 8464]], IBAN [[IBAN_CODE:FR17 3000 4028 3700 0123 4567 189]], BIC BNPAFRPPXXX.",
    "Il [[TITLE:Dott.]] [[PERSON:Raffaele Esposito]], nato il [[DATE_TIME:17/10/1972]] a [[LOCATION:Salerno]], IBAN [[IBAN_CODE:IT92 K030 6909 6061 0000 0117 842]], targa [[ID_NUMBER:FG 482 KT]], cellulare [[PHONE_NUMBER:333 918 4702]], professione: ingegnere ambientale.",
    "La paciente [[PERSON:Rocío Villalobos Pardo]], de [[AGE:52]] años, con NIE [[ID_NUMBER:Y4829173M]], domicilio en [[ADDRESS:Avinguda Diagonal 401, 5º 2ª]], [[ZIP_CODE:08008]] [[LOCATION:Barcelona]], teléfono [[PHONE_NUMBER:932 18 47 60]], ingresó el [[DATE_TIME:4 de marzo de 2025]].",
    "Klant [[PERSON:Joost van der Heijden]], geboortedatum [[DATE_TIME:14 augustus 1968]], adres [[ADDRESS:Oudegracht 212bis]], [[ZIP_CODE:3511 NR]] [[LOCATION:Utrecht]], telefoon [[PHONE_NUMBER:+31 6 4827 1930]], e-mail [[EMAIL_ADDRESS:joost.vdheijden@ziggo.nl]], kenteken [[ID_NUMBER:K-482-RT]].",
    "On [[DATE_TIME:March 4, 2025]], [[PERSON:Catalina Reyes-Whitfield]] (Customer ID [[ID_NUMBER:CUST-0093817]]) initiated an ACH transfer of $12,500.00 from checking account [[ID_NUMBER:004817293615]] (routing 021000021) to [[PERSON:Obadiah Lunsford]].",
    "Loan application LA-2025-0441: borrower [[PERSON:Kamal Haddad]], DOB [[DATE_TIME:05/30/1981]], SSN [[US_SSN:402-81-7736]], employer Ridgeway Dental Group, annual income $88,400, address [[ADDRESS:67 Chestnut Hill Rd]], [[LOCATION:Stamford]], [[LOCATION:CT]] [[ZIP_CODE:06903]]; co-borrower [[PERSON:Layla Haddad]], SSN [[US_SSN:519-30-2284]].",
    "Your account [[USERNAME:greysparrow_71]] (registered to [[PERSON:Vesna Petrović]], [[EMAIL_ADDRESS:vesna.petrovic71@gmail.com]]) was accessed from [[IP_ADDRESS:185.44.203.17]] in [[LOCATION:Novi Sad]]; we sent a code to [[PHONE_NUMBER:+381 64 218 3390]].",
    "Policyholder [[PERSON:Emeka Chukwudi Nwosu]], gender male, DOB [[DATE_TIME:12-Nov-1979]], policy PX-4482910, vehicle VIN 1HGCM82633A004352, plate [[ID_NUMBER:LND 472 KJ]], driver's licence [[ID_NUMBER:AKW48210HB19]], address [[ADDRESS:22 Ogui Road]], [[LOCATION:Enugu]].",
    "Patient [[PERSON:Annika Sofie Lindqvist]], personnummer [[ID_NUMBER:850317-4826]], admitted [[DATE_TIME:2025-01-09]], address [[ADDRESS:Storgatan 14 lgh 1102]], [[ZIP_CODE:753 31]] [[LOCATION:Uppsala]], next of kin phone [[PHONE_NUMBER:070-482 19 36]].",
    "Dear [[PERSON:Wilhelmina Osei-Bonsu]], as our new Chief Wellness Officer you will receive corporate card [[CREDIT_CARD:5490 2738 1649 2051]]; please confirm your home address, [[ADDRESS:221 Larch Street, Unit 5]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43215]], and your date of birth, [[DATE_TIME:4/16/1986]].",
    "Alert for [[PERSON:Priyanka Deshmukh]]: Rs 18,400 debited from A/c XXXXXX3746 by UPI to [[PERSON:Rohit Kulkarni]] ([[PHONE_NUMBER:98201 44738]]) on [[DATE_TIME:14-03-2025]]. Not you? Call 1800 258 6161.",
    "Student [[PERSON:Kaveh Jafari]], student ID [[ID_NUMBER:S20419377]], DOB [[DATE_TIME:2001-07-08]], campus email [[EMAIL_ADDRESS:kjafari@student.unimelb.edu.au]], residence [[ADDRESS:Apt 4, 150 Grattan Street]], [[LOCATION:Carlton]] [[LOCATION:VIC]] [[ZIP_CODE:3053]].",
    "Device enrolment: user [[PERSON:Björn Eriksson]] ([[USERNAME:beriksson]]), laptop MAC 00:1B:44:11:3A:B7, IPv6 [[IP_ADDRESS:fe80::1c4a:92ff:fe3b:7d21]], IPv4 [[IP_ADDRESS:192.168.40.12]], phone [[PHONE_NUMBER:+46 73 481 22 96]].",
    "[[PERSON:Tallulah Rae Beaumont]], Florida driver license [[US_DRIVER_LICENSE:B512-741-85-602-0]], DOB [[DATE_TIME:06/02/1985]], address [[ADDRESS:3301 Palmetto Key Dr]], [[LOCATION:Sarasota]], [[LOCATION:FL]] [[ZIP_CODE:34231]].",
    "[[PERSON:Mordecai Feldstein]], NY DL [[US_DRIVER_LICENSE:482 917 306]], [[ADDRESS:1455 Ocean Pkwy, Apt 6D]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11230]], [[AGE:68]] years old, retired pharmacist, phone [[PHONE_NUMBER:(718) 555-0161]].",
    "[[PERSON:Xochitl Ramírez]], CA DL [[US_DRIVER_LICENSE:D4829173]], SSN [[US_SSN:573-19-4402]], [[ADDRESS:780 Brannan St, #311]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94103]], username [[USERNAME:xochi.r]], password sunflower!!88.",
    "[[PERSON:Urs Zimmerli]], AHV-Nr. [[ID_NUMBER:756.4821.9037.52]], IBAN [[IBAN_CODE:CH75 0048 3015 6372 8190 4]], [[ADDRESS:Bahnhofstrasse 21]], [[ZIP_CODE:8001]] [[LOCATION:Zürich]], Geburtsdatum [[DATE_TIME:08.12.1958]].",
    "[[PERSON:Magdalena Hofbauer]], SV-Nummer [[ID_NUMBER:4821 120688]], IBAN [[IBAN_CODE:AT28 3200 0002 7384 9106]], wohnhaft [[ADDRESS:Mariahilfer Straße 88/14]], [[ZIP_CODE:1070]] [[LOCATION:Wien]], E-Mail [[EMAIL_ADDRESS:m.hofbauer@gmx.at]].",
    "[[TITLE:Mme]] [[PERSON:Anaïs Dubois-Peeters]], numéro national [[ID_NUMBER:85.07.12-243.91]], [[ADDRESS:Rue Haute 152 bte 3]], [[ZIP_CODE:1000]] [[LOCATION:Bruxelles]], IBAN [[IBAN_CODE:BE45 0682 4817 3902]], GSM [[PHONE_NUMBER:0478 21 93 46]].",
    "[[PERSON:Inês Carvalho Matos]], NIF [[ID_NUMBER:248193705]], IBAN [[IBAN_CODE:PT45 0035 0651 0000 4281 7396 2]], morada [[ADDRESS:Rua de Santa Catarina 412, 3.º Esq.]], [[ZIP_CODE:4000-447]] [[LOCATION:Porto]], telemóvel [[PHONE_NUMBER:+351 936 481 207]].",
    "[[PERSON:Håkon Bråthen]], fødselsnummer [[ID_NUMBER:120488 41527]], kontonummer [[IBAN_CODE:NO82 1503 0492 817]], mobil [[PHONE_NUMBER:+47 918 42 730]], adresse [[ADDRESS:Thorvald Meyers gate 31]], [[ZIP_CODE:0555]] [[LOCATION:Oslo]].",
    "[[PERSON:Freja Thomsen]], CPR [[ID_NUMBER:240693-1148]], IBAN [[IBAN_CODE:DK24 3000 0738 2645 19]], [[ADDRESS:Nørrebrogade 64, 2. th.]], [[ZIP_CODE:2200]] [[LOCATION:København]], born [[DATE_TIME:24 June 1993]].",
    "[[PERSON:Aino Lehtonen]], henkilötunnus [[ID_NUMBER:150792-318K]], IBAN [[IBAN_CODE:FI86 4231 0002 1837 46]], [[ADDRESS:Hämeenkatu 22 B 17]], [[ZIP_CODE:33200]] [[LOCATION:Tampere]], puhelin [[PHONE_NUMBER:040 718 2294]].",
    "[[PERSON:Emre Yıldırım]], T.C. Kimlik No [[ID_NUMBER:48291037566]], IBAN [[IBAN_CODE:TR51 0001 2009 4738 1726 5000 14]], [[ADDRESS:Bağdat Cad. No: 214 D: 7]], [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]], tel [[PHONE_NUMBER:+90 532 481 9027]].",
    "[[PERSON:Andreea Popescu]], CNP [[ID_NUMBER:2890514403921]], IBAN [[IBAN_CODE:RO28 BTRL 0130 1205 M739 18XX]], [[ADDRESS:Strada Mihai Eminescu 47, ap. 12]], [[LOCATION:Cluj-Napoca]] [[ZIP_CODE:400014]], born [[DATE_TIME:14 May 1989]].",
    "[[PERSON:Eleni Stavropoulou]], AFM [[ID_NUMBER:048219376]], IBAN [[IBAN_CODE:GR67 0140 1250 0000 0089 2736 451]], [[ADDRESS:Ermou 58]], [[ZIP_CODE:105 63]] [[LOCATION:Athens]], mobile [[PHONE_NUMBER:+30 697 218 4406]].",
    "[[PERSON:Mateo Alejandro Paz]], nacido el [[DATE_TIME:3 de mayo de 1992]], DNI [[ID_NUMBER:36.482.917]], domicilio [[ADDRESS:Av. Corrientes 3247, piso 6 dpto. B]], [[LOCATION:Buenos Aires]], CP [[ZIP_CODE:C1193AAE]], correo [[EMAIL_ADDRESS:mateo.paz92@hotmail.com]].",
    "[[TITLE:Ms.]] [[PERSON:Pham Tuyet Lan]], [[AGE:33]], DOB [[DATE_TIME:19920503]], member ID [[ID_NUMBER:WLN882014937]] (Wellnest Health PPO), primary care [[TITLE:Dr.]] [[PERSON:Okonjo]], phone [[PHONE_NUMBER:(408) 555-0117]].",
    "Ship to [[PERSON:Rangi Parata]], [[ADDRESS:PO Box 4412]], [[LOCATION:Gisborne]] [[ZIP_CODE:4040]], [[LOCATION:New Zealand]]; contact [[PHONE_NUMBER:027 481 3390]]; tracking NZ482019374GB; declared value NZD 89.00.",
    "[[PERSON:Ahmed Raza Khan]], CNIC [[ID_NUMBER:35202-4829173-1]], [[ADDRESS:House 27, Street 9, F-7/2]], [[LOCATION:Islamabad]] [[ZIP_CODE:44000]], mobile [[PHONE_NUMBER:0300 4821937]], father's name [[PERSON:Raza Hussain Khan]].",
    "[[PERSON:Kim Seo-yeon]], RRN [[ID_NUMBER:920315-2481937]], [[ADDRESS:12, Teheran-ro 87-gil]], [[LOCATION:Gangnam-gu]], [[LOCATION:Seoul]] [[ZIP_CODE:06164]], phone [[PHONE_NUMBER:010-4829-1736]].",
    "Card on file for [[USERNAME:lunar_moth_94]]: [[CREDIT_CARD:6011 7382 9104 6257]] (Discover), name on card [[PERSON:Phoebe A. Grantham]], billing [[ADDRESS:15 Wisteria Ln]], [[LOCATION:Athens]], [[LOCATION:GA]] [[ZIP_CODE:30605]].",
    "JCB card [[CREDIT_CARD:3569-8401-7263-5498]] held by [[PERSON:Fujimoto Kenta]] was used from [[IP_ADDRESS:126.88.214.3]] on [[DATE_TIME:2025年3月2日]].",
    "Diners Club [[CREDIT_CARD:3608 172649 3057]], [[PERSON:Cornelius Vandermeer]], [[AGE:71]], retired, [[ADDRESS:8 Heron's Reach]], [[LOCATION:Knysna]], [[ZIP_CODE:6571]], landline [[PHONE_NUMBER:044 382 1907]].",
    "Mastercard [[CREDIT_CARD:2223 4109 8765 1237]] for [[PERSON:Ingrid Solberg]], phone [[PHONE_NUMBER:+47 412 03 918]], user agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15, IP [[IP_ADDRESS:84.208.19.240]].",
    "[[PERSON:Aoife Gallagher]], Maestro [[CREDIT_CARD:6761 5930 8274 6157]], IBAN [[IBAN_CODE:IE36 AIBK 9310 4471 9283 05]], address [[ADDRESS:11 Nun's Island Road]], [[LOCATION:Galway]], [[LOCATION:County Galway]] [[ZIP_CODE:H91 X2C4]], PPSN [[ID_NUMBER:4821937TA]].",
    "[[PERSON:Chen Jiahui]], UnionPay [[CREDIT_CARD:6205 8391 7462 0584]], resident ID [[ID_NUMBER:440305199208154826]], mobile [[PHONE_NUMBER:+86 138 2741 9053]], city [[LOCATION:Shenzhen]], date of birth [[DATE_TIME:15 Aug 1992]].",
    "[[PERSON:Beauregard Tillman]], [[AGE:44]], SSN [[US_SSN:387 51 9024]], [[ADDRESS:19 Magnolia Bluff Rd]], [[LOCATION:Natchez]], [[LOCATION:Adams County]], [[LOCATION:MS]] [[ZIP_CODE:39120]], phone [[PHONE_NUMBER:601 555 0148]].",
    "Sehr geehrte [[TITLE:Frau]] [[TITLE:Dr.]] [[PERSON:Weber-Lindauer]], Ihre Versichertennummer [[ID_NUMBER:K482917365]] wurde am [[DATE_TIME:14.02.2025]] aktualisiert; Rückfragen unter [[PHONE_NUMBER:+49 89 4821 7730]].",
    "[[PERSON:Ousmane Diallo]], [[NRP:sénégalais]], titre de séjour [[ID_NUMBER:9921048371]], adresse [[ADDRESS:7 allée des Tilleuls, bât. C]], [[ZIP_CODE:93200]] [[LOCATION:Saint-Denis]], portable [[PHONE_NUMBER:07 82 41 93 06]].",
    "[[PERSON:Giulia Moretti]], [[AGE:29]] anni, patente [[ID_NUMBER:U1H48291K]], residente in [[ADDRESS:Corso Buenos Aires 33]], [[ZIP_CODE:20124]] [[LOCATION:Milano]], carta [[CREDIT_CARD:5321 4789 6021 4376]], professione: architetta.",
    "[[PERSON:Ximena Arellano]], RFC [[ID_NUMBER:AERX900214K37]], fecha de nacimiento [[DATE_TIME:14/02/1990]], tel. [[PHONE_NUMBER:33 1482 7790]], [[LOCATION:Guadalajara]], [[LOCATION:Jalisco]], usuario [[USERNAME:xime_arellano]].",
    "[[TITLE:Dhr.]] [[PERSON:Sander Bakker]], paspoort [[ID_NUMBER:NXR4C8172]], IBAN [[IBAN_CODE:NL41 INGB 0007 3918 46]], adres [[ADDRESS:Vondelstraat 19]], [[ZIP_CODE:2513 EP]] [[LOCATION:Den Haag]].",
    "[[PERSON:Jolene Marigold Tate]] ([[USERNAME:jmtate]]) sent 1.2 ETH to [[ID_NUMBER:0x4b20E9aC7F31d58b06C29e417Da3F8b5c91E0d62]]; SSN on file [[US_SSN:231-58-0947]]; last IP [[IP_ADDRESS:64.233.160.19]].",
    "[[PERSON:Oluwatoyin Temitope Adeyemi]], born [[DATE_TIME:the 3rd of May, 1991]], US passport [[US_PASSPORT:548210937]], [[ADDRESS:5120 Greenwillow Ct]], [[LOCATION:Houston]], [[LOCATION:Harris County]], [[LOCATION:TX]] [[ZIP_CODE:77084]], email [[EMAIL_ADDRESS:temi.adeyemi@icloud.com]].",
]

DOC = [
    (
        "[[PERSON:Harriet Mbeki-Lowe]]\n[[ADDRESS:Flat 6, Kingfisher House, 31 Wharf Street]]\n[[LOCATION:Bristol]] [[ZIP_CODE:BS1 6JQ]]\n\n"
        "[[DATE_TIME:17 February 2025]]\n\nDear [[TITLE:Mr]] [[PERSON:Okwuosa]],\n\n"
        "I am writing about the tenancy deposit (scheme ref DPS-3392-1187) for the flat above, which I vacated on [[DATE_TIME:31 January 2025]]. "
        "The check-out report notes a mark on the hallway carpet (item 14 on the inventory), but the same mark is recorded on the check-in report from 2022. "
        "Please return the full £1,150 or call me on [[PHONE_NUMBER:07832 446 109]] to discuss.\n\nYours sincerely,\n[[PERSON:Harriet Mbeki-Lowe]]"
    ),
    (
        "DISCHARGE SUMMARY\nPatient: [[PERSON:Oksana Hrytsenko]]   MRN: [[ID_NUMBER:A7730419]]   DOB: [[DATE_TIME:02/14/1957]]\n"
        "Admitted: [[DATE_TIME:03/02/2025]]   Discharged: [[DATE_TIME:03/06/2025]]   Ward 7B, bed 12\nAttending: [[TITLE:Dr.]] [[PERSON:Rashid Osman]]\n\n"
        "[[AGE:68]]F admitted with community-acquired pneumonia, CURB-65 score 2. Treated with IV ceftriaxone 1 g and azithromycin 500 mg; stepped down to oral on day 3. "
        "Sats 96% on room air at discharge. Repeat chest X-ray in 6 weeks. Daughter [[PERSON:Larysa]] will collect; contact [[PHONE_NUMBER:(215) 555-0172]]."
    ),
    (
        "Dear Colleague,\n\nRe: [[PERSON:Callum Fraser McIntyre]], DOB [[DATE_TIME:09.09.2011]], NHS No. [[ID_NUMBER:943 476 5919]]\n"
        "[[ADDRESS:4 Birchwood Gardens]], [[LOCATION:Inverness]] [[ZIP_CODE:IV2 4RT]]\n\n"
        "I would be grateful if you could see this [[AGE:13]]-year-old boy with eight months of anterior knee pain, worse after football. "
        "His mum reports that he now limps after training. There is a tender lump over the tibial tuberosity and I suspect Osgood-Schlatter disease, "
        "but an X-ray (ref. RAD-55120) was inconclusive.\n\nKind regards,\n[[TITLE:Dr]] [[PERSON:Eilidh Ross]]\nGMC [[ID_NUMBER:7048213]]\nCraigmore Medical Practice"
    ),
    (
        "INCIDENT REPORT IR-2025-0317\nSite: north depot, loading bay 6\nReported by: [[PERSON:Dele Akinwumi]] (staff no. [[ID_NUMBER:HTP-1186]])\n"
        "Date of incident: [[DATE_TIME:11 March 2025]], approx. 07:50\n\n"
        "While unloading container MSKU 481920-3, forklift FL-09 clipped a racking upright. The operator, [[PERSON:Sunita Rawal]], was not injured. "
        "First aider [[PERSON:Gareth Pryce]] checked her over at 08:05. Racking inspected; load notice 2.5 t per level still valid. No RIDDOR report needed.\n\n"
        "Signed: [[PERSON:D. Akinwumi]]"
    ),
    (
        "WITNESS STATEMENT (CJ Act 1967, s.9)\nName: [[PERSON:Thandiwe Nkosi-Barrett]]   Age if under 18: over 18   Occupation: bus driver\n\n"
        "On Saturday [[DATE_TIME:8th February 2025]] at about 23:15 I was driving the number 38 towards [[LOCATION:Salford]] when I saw a man I now know to be "
        "[[PERSON:Connor Heaney]] push another man off the kerb. I have known [[PERSON:Connor]] for years as he used to live on my road. "
        "I stopped the bus at the stop by the Lowry Hotel and rang 999.\n\nSigned: [[PERSON:T. Nkosi-Barrett]]   Witnessed by: [[TITLE:PC]] [[PERSON:Haworth]]"
    ),
    (
        "RESIDENTIAL LEASE AGREEMENT\n\nThis lease is made on [[DATE_TIME:April 1, 2025]] between Ridgecrest Property Holdings LLC (“Landlord”) and "
        "[[PERSON:Marguerite Okafor-Banks]] and [[PERSON:Luis Ortega Salinas]] (“Tenants”) for the premises at [[ADDRESS:1620 Juniper Street, Unit 3]], "
        "[[LOCATION:Denver]], [[LOCATION:CO]] [[ZIP_CODE:80206]].\n\n1. Rent: $2,150.00 per month, due on the first day of each month.\n"
        "2. Security deposit: $2,150.00.\n3. Pets: one cat (Biscuit, 4 years).\n4. Parking: space P-17.\n\nTenant contact: [[PHONE_NUMBER:720-555-0133]]"
    ),
    (
        "[[DATE_TIME:12 May 2025]]\n\nPrivate & Confidential\n[[PERSON:Anjali Venkataraman]]\n[[ADDRESS:27 Fernhill Avenue]]\n[[LOCATION:Reading]] [[ZIP_CODE:RG4 8NP]]\n\n"
        "Dear [[PERSON:Anjali]],\n\nFollowing your interview on [[DATE_TIME:6 May]], we are pleased to offer you the role of Senior Data Analyst (job ref. DA-2291) "
        "at a salary of £58,500 per annum, starting on [[DATE_TIME:2 June 2025]]. Your employee number will be [[ID_NUMBER:004871]]. "
        "Please return the signed contract to recruitment@thamesvale-analytics.co.uk.\n\nYours sincerely,\n[[PERSON:Colm Brennan]]\nHead of People"
    ),
    (
        "[[PERSON:Nikolaos Theodorakis]]\n[[LOCATION:Thessaloniki]], [[LOCATION:Greece]] · [[PHONE_NUMBER:+30 231 048 2917]] · "
        "[[EMAIL_ADDRESS:nikos.theodorakis@protonmail.com]] · [[URL:https://github.com/ntheodorakis]]\n\n"
        "EXPERIENCE\nBackend Engineer, Hermes Parcel Systems (2021–present): moved billing from Python 2.7 to 3.11; cut p95 latency from 840 ms to 210 ms.\n"
        "Junior Developer, Aegean Web Studio (2018–2021): Django 1.11, PostgreSQL 9.6.\n\n"
        "EDUCATION\nMEng Electrical & Computer Engineering, Aristotle University of Thessaloniki, 2018.\n\n"
        "LANGUAGES\nGreek (native), English (C2), German (B1)."
    ),
    (
        "Minutes of the Elmstead Allotment Society committee meeting, [[DATE_TIME:14 January 2025]]\n"
        "Present: [[PERSON:June Whitaker]] (chair), [[PERSON:Ravi Chandrasekhar]] (treasurer), [[PERSON:Bogdan Nowicki]], [[PERSON:Pat O'Rourke]]\n"
        "Apologies: [[PERSON:Hope Ellery]]\n"
        "1. The treasurer reported a balance of £3,412.18; the water bill is up 9%.\n2. Plot 22B to be re-let; the waiting list is now 17.\n"
        "3. [[PERSON:Bogdan]] to contact the council about the broken gate (ref. HW/2024/8813).\n"
        "Next meeting: [[DATE_TIME:11 February 2025]], 7.30 pm, village hall."
    ),
    (
        "Spring Term Report 2025\nPupil: [[PERSON:Amelia-Rose Okoro]]   Year 4, Class Kestrel   UPN [[ID_NUMBER:H801200004718]]\n\n"
        "[[PERSON:Amelia-Rose]] has made excellent progress in reading; her reading age is now 10.2. In maths she is secure with the 6, 7 and 9 times tables "
        "and scored 27/30 on the arithmetic paper. Attendance: 96.4%. She was a confident narrator in our class assembly on [[DATE_TIME:21 March]].\n\n"
        "Class teacher: [[TITLE:Mrs]] [[PERSON:Adebowale]]   Headteacher: [[TITLE:Mr]] [[PERSON:S. Haldane]]"
    ),
    (
        "Claim form: home contents\nPolicy no.: HC-7719-2204   Claim ref: CLM-558120\nPolicyholder: [[PERSON:Desmond Achterberg]]\n"
        "Address: [[ADDRESS:Vlierstraat 9]], [[ZIP_CODE:5611 HB]] [[LOCATION:Eindhoven]]\nDate of loss: [[DATE_TIME:02-02-2025]]\n"
        "Description: burglary through the rear patio door. Stolen: MacBook Air M2 (serial C02FK4Q1MD6T), Sony WH-1000XM5 headphones, a gold ring valued at €640. "
        "Police report no. 2025-044817.\nSettlement account: [[IBAN_CODE:NL39 ABNA 0482 9173 65]]\nPhone: [[PHONE_NUMBER:040 218 4471]]"
    ),
    (
        "Claim No. K01CL482\nBETWEEN\n[[PERSON:MARCUS ADEYEMI-FORD]] Claimant\nand\n[[PERSON:PRIYA LAKHANI]] Defendant\n\nJUDGMENT\n\n"
        "1. This is a claim for £7,480 arising from a road traffic accident on [[DATE_TIME:19 October 2023]].\n"
        "2. The Claimant, who was [[AGE:34]] at the time, was driving a Ford Focus, registration [[ID_NUMBER:WV68 HTX]].\n"
        "3. I heard evidence from both parties and from an independent witness, [[TITLE:Mrs]] [[PERSON:Eunice Tarrant]], whom I found careful and reliable.\n"
        "4. There will be judgment for the Claimant.\n\n[[TITLE:HHJ]] [[PERSON:Okereke]]\n[[DATE_TIME:7 April 2025]]"
    ),
    (
        "Case note: home visit\nClient: [[PERSON:Mariam Yousef]] ([[AGE:79]]), [[ADDRESS:Flat 11, Poplar Court, 2 Canal Walk]], [[LOCATION:Rochdale]]\n"
        "Visit date: [[DATE_TIME:05/03/2025]]\n[[PERSON:Mariam]]'s son [[PERSON:Khalid]] was present. She is managing the stairs with a stick; falls sensor (LifeLine Vi+) tested OK. "
        "Discussed Attendance Allowance; son to call the DWP helpline on 0800 731 0122. Pension credit ref. PC-221-7719. Review in 3 months.\n"
        "Worker: [[PERSON:Siobhan Kealy]]"
    ),
    (
        "From: [[PERSON:Lorenzo Bianchi]] <[[EMAIL_ADDRESS:l.bianchi@studiobianchi.it]]>\nTo: accounts@northwind-supplies.com\nSubject: Invoice INV-20931 overdue\n\n"
        "Hi team,\n\nInvoice INV-20931 for €2,340.00 (issued 3 Feb) is still open. Please pay to [[IBAN_CODE:IT47 U020 0802 4570 0010 1929 384]] quoting the invoice number.\n\n"
        "Grazie,\n[[PERSON:Lorenzo]]\n--\n[[PERSON:Lorenzo Bianchi]] | Studio Bianchi Design\n[[ADDRESS:Via dei Serragli 41]], [[ZIP_CODE:50124]] [[LOCATION:Firenze]]\n"
        "Tel. [[PHONE_NUMBER:+39 055 218 4473]]"
    ),
    (
        "ED NOTE 02:40\n[[AGE:23]]M brought in by ambulance after a fall from an e-scooter. GCS 15. 3 cm laceration to L eyebrow, closed with 4 x 5-0 Prolene. "
        "Tetanus up to date. No LOC. Friend [[PERSON:Jamie Oduya]] ([[PHONE_NUMBER:07491 552 830]]) present.\n"
        "Pt: [[PERSON:Ruairi Devlin]], CHI [[ID_NUMBER:1304012738]]. Discharged with head injury advice, cubicle 9 cleaned.\n[[PERSON:A. Mukherjee]], FY2"
    ),
    (
        "Northgate Building Society: annual statement\n\n[[TITLE:Mr]] [[PERSON:Tobias Wren]]\n[[ADDRESS:3 Quarry Cottages, Low Lane]]\n[[LOCATION:Settle]]\n"
        "[[LOCATION:North Yorkshire]] [[ZIP_CODE:BD24 9PL]]\n\nAccount [[ID_NUMBER:40718823]]   Sort code 40-47-12   Statement no. 27\n"
        "Payments out include Yorkshire Water DD £38.20 and card ending 4417 at Co-op £52.66. Payments in include FPI [[PERSON:T WREN]] SALARY £1,940.00. "
        "Interest rate 3.10% AER. Closing balance £3,967.54."
    ),
    (
        "[[PERSON:SOLHEIM]], [[PERSON:Margarethe]] (“[[PERSON:Greta]]”), died peacefully on [[DATE_TIME:2 March 2025]] aged [[AGE:91]] at Lakeview Care Home, "
        "[[LOCATION:Duluth]]. Born in [[LOCATION:Bergen]], she taught piano for forty years and never missed a Grieg recital. "
        "Beloved wife of the late [[PERSON:Arne]], mother of [[PERSON:Kari]] and [[PERSON:Leif]]. Service details to follow; donations to the Alzheimer's Association."
    ),
    (
        "Gift Aid declaration\nDonor: [[PERSON:Rosalind Achebe-Hart]]\nHome address: [[ADDRESS:58 Camden Row]], [[LOCATION:Bath]] [[ZIP_CODE:BA1 5LB]]\n"
        "Donor ID: [[ID_NUMBER:D-0049218]]\nI want to Gift Aid my donation of £50 and any donations I make in the future to Harbour Light Hospice (charity no. 1092841).\n"
        "Date: [[DATE_TIME:03/04/2025]]\nEmail for receipts: [[EMAIL_ADDRESS:ros.achebehart@btinternet.com]]"
    ),
    (
        "Estimada [[TITLE:Sra.]] [[PERSON:Beltrán]]:\n\nLe confirmamos la cita de revisión de su hijo [[PERSON:Hugo]] el miércoles [[DATE_TIME:9 de abril]] a las 10:30 "
        "en la consulta 14 del Centro de Salud Delicias. Número de historia clínica: [[ID_NUMBER:HC-2049173]]. Traiga la cartilla de vacunación. "
        "Si no puede acudir, llame al [[PHONE_NUMBER:976 48 21 90]].\n\nAtentamente,\n[[TITLE:Dra.]] [[PERSON:Inmaculada Soriano]]\nPediatría"
    ),
    (
        "Mietvertrag\n\nZwischen [[TITLE:Herrn]] [[PERSON:Konrad Vogelsang]], [[ADDRESS:Schillerstraße 12]], [[ZIP_CODE:79102]] [[LOCATION:Freiburg]] (Vermieter) "
        "und [[TITLE:Frau]] [[PERSON:Aylin Öztürk]] (Mieterin) wird folgender Vertrag geschlossen:\n"
        "§ 1 Die Wohnung im 2. OG links, Whg.-Nr. 5, wird ab dem [[DATE_TIME:1. Mai 2025]] vermietet.\n"
        "§ 2 Die Kaltmiete beträgt 890 EUR, die Kaution 2.670 EUR, zahlbar auf das Konto [[IBAN_CODE:DE10 1007 0000 0918 2736 45]]."
    ),
    (
        "Referto di pronto soccorso\nPaziente: [[PERSON:Carmela Russo]], nata il [[DATE_TIME:22/08/1949]] ([[AGE:75]] anni)\nCodice fiscale: [[ID_NUMBER:RSSCML49M62F839T]]\n"
        "Accesso: [[DATE_TIME:15/03/2025]] ore 18:20, codice giallo\n"
        "Caduta accidentale in casa; frattura di Colles del polso destro. Apparecchio gessato, controllo tra 7 giorni (ambulatorio 3). "
        "Accompagnata dalla figlia [[PERSON:Annalisa]] ([[PHONE_NUMBER:348 219 7730]]).\nMedico: [[TITLE:Dott.ssa]] [[PERSON:Federica Lombardo]]"
    ),
    (
        "Verslag incident, [[DATE_TIME:3 maart 2025]]\nMelder: [[PERSON:Ruud Smeets]], huismeester complex De Linde\n\n"
        "Om 14:10 meldde bewoner [[PERSON:Anouk Verbeek]] ([[ADDRESS:Lindelaan 4-C]]) wateroverlast vanuit de bovenburen op nr. 4-E (fam. [[PERSON:Kuipers]]). "
        "Loodgieter gebeld, leiding om 16:30 gerepareerd. Schade gemeld bij de verzekeraar onder dossier SCH-77120. Contact bewoner: [[PHONE_NUMBER:06-21948830]]."
    ),
    (
        "Attestation d'emploi\n\nJe soussignée [[PERSON:Véronique Lamarche]], directrice des ressources humaines de la société Atelier Gervais SAS, atteste que "
        "[[TITLE:M.]] [[PERSON:Karim Benali]], né le [[DATE_TIME:4 novembre 1986]], numéro de sécurité sociale [[ID_NUMBER:1 86 11 13 055 214 38]], "
        "est employé dans notre entreprise depuis le [[DATE_TIME:1er septembre 2019]] en qualité de technicien de maintenance, en CDI.\n\n"
        "Fait à [[LOCATION:Marseille]], le [[DATE_TIME:18 mars 2025]]."
    ),
    (
        "Re: [[PERSON:Lê Thị Minh Châu]], DOB [[DATE_TIME:08/07/2007]], Medicare [[ID_NUMBER:2951 48203 1]]\n"
        "[[ADDRESS:14/6 Railway Parade]], [[LOCATION:Cabramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2166]]\n\n"
        "Thank you for seeing [[PERSON:Châu]], who has had low mood and poor sleep since her exams last year; PHQ-A score 16 today. "
        "She lives with her mother and grandmother. A Mental Health Treatment Plan has been completed (item 2715).\n\n[[TITLE:Dr]] [[PERSON:Harpreet Sandhu]]"
    ),
    (
        "Recorded statement, claim 24-AUTO-77812\nAdjuster: [[PERSON:Kendra Voss]]\nInsured: [[PERSON:Dwayne Pettaway]], DOB [[DATE_TIME:01/22/1990]]\n\n"
        "Adjuster: Please state your address for the record.\nInsured: [[ADDRESS:4208 Hollis Ferry Rd]], [[LOCATION:Tuscaloosa]], [[LOCATION:Alabama]] [[ZIP_CODE:35405]].\n"
        "Adjuster: Tell me what happened.\nInsured: I was stopped at a red light near the mall when a white Silverado hit me from behind. "
        "The other driver, a lady named [[PERSON:Carla]], gave me her insurance card and said she was sorry."
    ),
    (
        "CURRICULUM VITAE\n[[PERSON:Olumide Fashola]]\n[[ADDRESS:12B Admiralty Way]], [[LOCATION:Lekki]], [[LOCATION:Lagos]]\n"
        "[[PHONE_NUMBER:+234 809 221 4476]] | [[EMAIL_ADDRESS:olumide.fashola@gmail.com]] | [[URL:linkedin.com/in/olumidefashola]]\n\n"
        "Profile: chartered accountant (ICAN membership no. [[ID_NUMBER:ICAN/48291]]) with nine years in audit and IFRS 16 lease accounting.\n"
        "Experience: Audit Senior, Adebisi & Partners (2019–present); Audit Associate, KPMG (2016–2019).\nReferees: available on request."
    ),
    (
        "Board of Trustees, Riverside Food Bank\nMinutes of the meeting held on [[DATE_TIME:27 February 2025]]\n"
        "Attendees: [[PERSON:Grace Adjei]] (Chair), [[PERSON:Tomás Ó Súilleabháin]], [[PERSON:Ngaire Hohaia]], [[PERSON:Frank Delacroix]]\n"
        "1. Volunteers: 42 active; DBS checks pending for 3.\n2. A grant of £12,000 from the Ellison Trust was received.\n3. Warehouse lease at Unit 9 renewed to 2028.\n"
        "Action: [[PERSON:Ngaire]] to email the council's grants officer.\nSigned as a true record: [[PERSON:G. Adjei]]"
    ),
    (
        "R v [[PERSON:Kyle Brannigan]]\nSentencing remarks of [[TITLE:HHJ]] [[PERSON:Mallory]]\n\n"
        "[[PERSON:Kyle Brannigan]], you are [[AGE:26]] years old and you have pleaded guilty to the burglary of a dwelling at [[ADDRESS:31 Sefton Drive]], "
        "[[LOCATION:Liverpool]], on [[DATE_TIME:4 November 2024]]. The householder, [[TITLE:Mrs]] [[PERSON:Agnieszka Lis]], was asleep upstairs. "
        "You have 14 previous convictions for 22 offences. The sentence is 32 months' imprisonment."
    ),
    (
        "Custody record extract\nDetained person: [[PERSON:Jordan Okwu-Reilly]]   PNC ID [[ID_NUMBER:19/884217T]]\n"
        "DOB [[DATE_TIME:30/11/1998]]   Arrested [[DATE_TIME:15/02/2025]] 21:05, s.47 assault\n"
        "Solicitor: [[PERSON:Nadia Ferrier]] of Ferrier & Co (duty scheme ref. 0349)\n"
        "Property: iPhone 13 (IMEI 35 391110 482917 3), wallet, £14.20 cash, keys. Cell M4.\nReview by [[TITLE:Insp]] [[PERSON:Delaney]] at 03:00."
    ),
    (
        "Subject: Re: viewing on Saturday\n\nHi [[PERSON:Maja]],\n\nThanks, Saturday at 11 works. The flat is [[ADDRESS:Kungsholmsgatan 18, lgh 1204]] in [[LOCATION:Stockholm]]; "
        "the door code is 4471 (it changes monthly). Bring your ID and your last three payslips.\n\nBest,\n[[PERSON:Oskar Lindholm]]\n[[PHONE_NUMBER:+46 70 218 44 93]]\nSent from my iPhone"
    ),
    (
        "Dear [[TITLE:Mr]] and [[TITLE:Mrs]] [[PERSON:Abara]],\n\nRe: [[PERSON:Tobenna Abara]], Year 9, pupil no. [[ID_NUMBER:20418]]\n\n"
        "I am writing to confirm the one-day suspension on [[DATE_TIME:13 March 2025]] following the incident in the science block (lab S4). "
        "A reintegration meeting will take place on [[DATE_TIME:17 March]] at 08:45 with [[TITLE:Ms]] [[PERSON:Kowalczyk]], Head of Year.\n\nYours sincerely,\nPastoral Office"
    ),
    (
        "Consultation [[DATE_TIME:10/01/2025]] with [[TITLE:Dr]] [[PERSON:Yeo]]\n[[PERSON:Wong Kah Mun]], [[AGE:44]], 3/7 sore throat and fever. Centor 3. "
        "Rx phenoxymethylpenicillin 500 mg QDS 10/7. BP 128/84, T 38.1. NKDA. Safety-netted.\n"
        "NOK: husband [[PERSON:Lim Boon Keat]], [[PHONE_NUMBER:+65 9182 4470]]. NRIC [[ID_NUMBER:S8012743J]]."
    ),
    (
        "TENANCY AGREEMENT\nLandlord: [[PERSON:Njeri Gitau]], ID No. [[ID_NUMBER:21839407]]\nTenant: [[PERSON:Omondi Otieno]], ID No. [[ID_NUMBER:30481922]]\n"
        "Premises: [[ADDRESS:Apartment B4, Mirage Court, Kindaruma Road]], [[LOCATION:Lavington]], [[LOCATION:Nairobi]]\n"
        "Term: 12 months from [[DATE_TIME:1st March 2025]]\nRent: KES 65,000 per month to Paybill 522522, account [[ID_NUMBER:1187203]]. Deposit: two months' rent."
    ),
    (
        "Private & Confidential\n\n[[DATE_TIME:20 March 2025]]\n\n[[PERSON:Stanislav Dvořák]]\nEmployee no. [[ID_NUMBER:CZ-30917]]\n\nDear [[PERSON:Stanislav]],\n\n"
        "Invitation to a disciplinary hearing\n\nYou are asked to attend a hearing on [[DATE_TIME:27 March 2025]] at 14:00 in Meeting Room 3B about the alleged misuse of fuel card ending 0931. "
        "You may bring a colleague or a trade union representative. The hearing will be chaired by [[PERSON:Lucinda Farrow]], Operations Manager.\n\n"
        "Regards,\nHR Team\nhr@calder-freight.co.uk"
    ),
    (
        "Statement of [[PERSON:Maribel Cruz-Delgado]], [[AGE:38]], taken [[DATE_TIME:02/17/2025]] by [[TITLE:Det.]] [[PERSON:R. Oyelowo]]\n\n"
        "I live at [[ADDRESS:611 W. Pershing Ave, Apt 2]] in [[LOCATION:Phoenix]]. On Sunday night around 10 I heard glass break next door at 613, where "
        "[[TITLE:Mr.]] [[PERSON:Haskins]] lives. I saw a guy in a grey hoodie get into a dark sedan, maybe a Camry, partial plate 7K-something. "
        "I called 911 at 10:04."
    ),
    (
        "Neurology clinic letter\nRe: [[PERSON:Tadeusz Zieliński]], DOB [[DATE_TIME:3 July 1951]], hospital no. [[ID_NUMBER:RX4821907]]\n\n"
        "Dear [[TITLE:Dr]] [[PERSON:Okonkwo-Hill]],\n\nThank you for referring this [[AGE:73]]-year-old retired engineer with a resting tremor of the right hand. "
        "Examination is in keeping with idiopathic Parkinson's disease; Babinski sign negative, Romberg negative. DaTscan requested. "
        "I have started co-careldopa 62.5 mg TDS. He came today with his wife, [[PERSON:Halina]].\n\nYours sincerely,\n[[TITLE:Dr]] [[PERSON:Priya Raman]], Consultant Neurologist"
    ),
    (
        "From: Kettleworks Support <support@kettleworks.io>\nTo: [[EMAIL_ADDRESS:amadou.sow@orange.sn]]\nSubject: Your ticket #88213 has been updated\n\n"
        "Hello [[PERSON:Amadou]],\n\nThe replacement element (part KW-EL-220V) ships from our [[LOCATION:Rotterdam]] warehouse on Monday. "
        "Order ORD-2025-04417 will be delivered to [[ADDRESS:Villa 84, Rue 10 x 17]], [[LOCATION:Médina]], [[LOCATION:Dakar]] by DHL (tracking 4820193746).\n\n"
        "[[PERSON:Ilse]], Kettleworks Support"
    ),
    (
        "EMPLOYMENT TRIBUNALS\nClaimant: [[TITLE:Ms]] [[PERSON:F. Adeyinka]]\nRespondent: Coldharbour Leisure Ltd\nHeard at: [[LOCATION:Croydon]]   On: [[DATE_TIME:11 February 2025]]\n"
        "Before: [[TITLE:Judge]] [[PERSON:Whitcombe]]\n\nJUDGMENT\nThe complaint of unfair dismissal is well founded. The respondent shall pay the claimant £14,820.\n\n"
        "REASONS\nThe claimant, a duty manager since [[DATE_TIME:March 2017]], was dismissed on [[DATE_TIME:9 June 2024]] without a hearing."
    ),
    (
        "Parish Newsletter, April\n\nCongratulations to [[PERSON:Eleanor]] and [[PERSON:Tom Pickering]], married at St Mary's on [[DATE_TIME:15 March]]. "
        "Thanks to [[PERSON:Baz Oduya]] who repaired the lych-gate. The Fairtrade stall raised £212. Bring-and-buy sale on Saturday 10 May in the Jubilee Room. "
        "Contact the parish office at office@stmarysbeckford.org.uk or [[TITLE:Rev.]] [[PERSON:Adaora Nwankwo]] on [[PHONE_NUMBER:01386 881 204]]."
    ),
    (
        "Travel claim TRV-448102\nClaimant: [[PERSON:Suleiman Abdullahi]]\nPassport: [[ID_NUMBER:A09184732]] (Nigeria)\n"
        "Trip: [[LOCATION:Abuja]] to [[LOCATION:London]], departed [[DATE_TIME:2 January 2025]]\n"
        "Incident: bag delayed 4 days on flight BA 82; receipts for toiletries and a suit (£186.40) attached. Bag tag BA 482917.\n"
        "Pay to [[IBAN_CODE:GB57 LOYD 3096 3817 4629 50]], account name [[PERSON:S. Abdullahi]]."
    ),
]

CHAT = [
    "hey its [[PERSON:tash]] 🙂 new number, save it: [[PHONE_NUMBER:07956 118 420]]. still on for brunch sat??",
    "<[[USERNAME:priya.k]]> can someone review PR #4412 before standup? [[PERSON:raj]] is ooo till monday and it's blocking the 3.2.1 release",
    (
        "Agent: Thanks for contacting Voltline, who am I speaking with?\nCustomer: [[PERSON:Desiree Kwan]]\n"
        "Agent: Thanks [[PERSON:Desiree]]. Can you confirm the postcode on the account?\nCustomer: [[ZIP_CODE:M14 6HR]]\n"
        "Agent: And the first line of the address?\nCustomer: [[ADDRESS:22 Moss Lane]]\n"
        "Agent: Perfect, I can see your meter exchange booked for Thursday [[DATE_TIME:3rd April]] between 8 and 12."
    ),
    (
        "[00:00:14] CALLER: yeah hi, um, my name's [[PERSON:Terrence]], [[PERSON:Terrence Boateng]], I'm calling about my dad's bill\n"
        "[00:00:19] AGENT: okay, and your dad's name?\n[00:00:21] CALLER: [[PERSON:Kwame Boateng]]\n"
        "[00:00:27] AGENT: and the best number to reach you?\n[00:00:29] CALLER: [[PHONE_NUMBER:oh seven nine double one, four four two, eight oh six]]"
    ),
    "lmao [[PERSON:kev]] really said on stream that he lives at [[ADDRESS:14 rosebery ave]] 💀💀 somebody tell him",
    "can u grab [[PERSON:lily]] at 3? [[TITLE:mrs]] [[PERSON:okafor]] says she's got the sniffles and shouldnt do after-school club",
    "haha ok [[PERSON:Sami]], my insta is [[USERNAME:noor.ahmadzai]] 🌙 dont be weird about it",
    "[[PERSON:Magnus]]: who has [[PERSON:Ola]]'s number\n[[PERSON:Linnea]]: [[PHONE_NUMBER:0736-22 81 09]]\n[[PERSON:Magnus]]: tack!! 🙏",
    "venmo me @[[USERNAME:Jake-Moreno-7]] for the tickets, $45 each 🎟️ section 112 row F",
    (
        "Customer: hi my card got declined twice 😩\nAgent: Sorry about that! Could I have your full name and date of birth?\n"
        "Customer: [[PERSON:oluwadamilare ogunleye]], [[DATE_TIME:12/9/96]]\n"
        "Agent: Thank you. I can see a hold placed after a sign-in from a new device at [[IP_ADDRESS:102.89.34.17]]. Was that you?\n"
        "Customer: ya thats my new phone lol"
    ),
    "[[PERSON:ced]] the landlord ([[TITLE:mr.]] [[PERSON:abernathy]]) says rent goes to his new acct now, [[ID_NUMBER:0048 2219 7730]]?? sounds sketchy ngl",
    "fyi [[PERSON:Thandeka]] changed her email to [[EMAIL_ADDRESS:thandeka.m@fieldnote.co]], can someone update the on-call rota pls 🙏",
    "Mum: [[PERSON:Dayo]] call your uncle he's been trying to reach you\nMum: his new no is [[PHONE_NUMBER:0803 442 1198]]\n[[PERSON:Dayo]]: ok mummy 🙏🏾",
    "[[USERNAME:grimwald]]: bruh someone doxxed [[USERNAME:pixel_pilgrim]], posted his ip [[IP_ADDRESS:98.142.27.201]] in #general 🤦 mods pls",
    "Hi its [[PERSON:Mo]] the courier, im outside number 41 but no answer, leaving it with next door (39). call me back on [[PHONE_NUMBER:07412 339 880]]",
    "pls sned the docs to [[EMAIL_ADDRESS:marcus.adebiyi@gmial.com]] not the old one, that inbox is dead",
    "AGENT: and where's the leak?\nCALLER: erm [[ADDRESS:27a dunmore rd]], near the big tesco in [[LOCATION:shettleston]]\nAGENT: and your name?\nCALLER: [[PERSON:Morag]]",
    "omg [[PERSON:bella]] turned [[AGE:sixteen]] yesterday and her mom got her a CAR 😭😭 i got a card",
    "reminder: [[PERSON:Yohannes]]'s last day is Friday [[DATE_TIME:the 28th]], cake in the kitchen at 3 🎂",
    "[[PERSON:Kai]], [[AGE:29]] · 3 km away · dog dad, climber, ex-[[LOCATION:Wellington]] 🧗",
    (
        "Customer: i want to port my number [[PHONE_NUMBER:0412 009 338]] to another provider\n"
        "Agent: No worries! Your PUK is 48213390 and your account number is [[ID_NUMBER:7720193]]. Anything else, [[PERSON:Jess]]?\nCustomer: nah thats it ta"
    ),
    "LOST CAT 😿 orange tabby called Mango, last seen behind [[ADDRESS:118 Tern Street]]. pls text [[PERSON:Deb]] on [[PHONE_NUMBER:360 555 0192]]",
    "hey this is [[PERSON:Rosalind]] from [[LOCATION:Tulsa]], um, returning [[TITLE:Mister]] [[PERSON:Chen]]'s call about the roof quote, my number is [[PHONE_NUMBER:nine one eight, five five five, oh one four seven]]",
    "<[[USERNAME:dvorak_k]]> anyone know [[PERSON:Beatriz]]'s desk phone?\n<[[USERNAME:mlind]]> ext 4471, or her mobile [[PHONE_NUMBER:+34 611 208 447]]",
    "heyyy saw ur post from [[LOCATION:tulum]] 😍 r u still staying at [[ADDRESS:calle 12 sur 34]]?? hmu, it's [[PERSON:vale]]",
    "sorry [[TITLE:Mrs]] [[PERSON:Henley]] 🙏 [[PERSON:Josh]] wont make it to tutoring today, hes got a temp. same time next week? - [[PERSON:Karen]]",
    "[[PERSON:oyvind]] rebooted db-03 ([[IP_ADDRESS:10.0.4.17]]) at 02:10, replication lag back under 2s, build 7.14.0.3 still pinned",
    "Agent: Can I get the email on the account?\nCustomer: its [[EMAIL_ADDRESS:bigdaddyfrank1962@aol.com]]\nAgent: And the name?\nCustomer: [[PERSON:frank]]. well [[PERSON:Francis Mulvaney]] technically\nAgent: Thanks [[TITLE:Mr]] [[PERSON:Mulvaney]], I've sent a reset link.",
    "yo [[PERSON:dre]] whats ur addy for the party invites\n[[PERSON:dre]]: [[ADDRESS:2231 w fullerton apt 2r]] [[LOCATION:chi]]\n[[PERSON:dre]]: buzzer broke just text me",
    "ok so grandpa's new care home wants a contact, i gave them [[PERSON:Nkechi]]'s number [[PHONE_NUMBER:+44 7458 220 916]] bc im away till [[DATE_TIME:june 3]] 🙃",
    "Streamer [[USERNAME:hexen_hannah]] just hit 10k subs!! 🎉 [[PERSON:hannah]] if u see this ur the best",
    "[[PERSON:Chidi]] 😂 the bank guy asked for my BVN and i nearly sent [[ID_NUMBER:22190448173]] before i realised it was a scam",
    "[[PERSON:Lupita]] 😘 ya llegué a casa de tía [[PERSON:Carmen]], la dire es [[ADDRESS:Calle Pino 45]], [[LOCATION:Coyoacán]], por si mi mamá pregunta",
    "Coucou [[PERSON:Mathilde]] ! C'est [[PERSON:Bastien]], mon nouveau num c'est le [[PHONE_NUMBER:06 12 48 97 30]] 😉 on se voit chez [[PERSON:Inès]] samedi ?",
    "[[PERSON:Lea]]: hier meine IBAN für die Miete: [[IBAN_CODE:DE77 7604 0061 0448 2190 37]] 🙂\n[[PERSON:Jonas]]: danke, überweise ich heute abend!",
    "[[PERSON:Fede]] mi passi il numero del [[TITLE:dott.]] [[PERSON:Galli]]? Il mio è [[PHONE_NUMBER:340 55 18 902]], grazie mille 🙏",
    "oi [[PERSON:Rafa]], o pix é meu cpf mesmo: [[ID_NUMBER:319.408.227-50]] 👍 valeu pela pizza",
    "Hoi [[PERSON:Sanne]], ik sta voor de deur op [[ADDRESS:Kerkstraat 19]] maar de bel doet het niet 😅 bel me even op [[PHONE_NUMBER:06 4418 2093]]",
    "[[PERSON:Kasia]] 😊 [[TITLE:pani]] [[PERSON:Nowak]] z dziekanatu prosi o twój numer albumu ([[ID_NUMBER:s20481]]) i PESEL [[ID_NUMBER:02271409862]]",
    "[[PERSON:Elif]] abla, [[PERSON:Murat]] [[TITLE:Bey]]'in numarası [[PHONE_NUMBER:0532 418 22 07]], akşam arayabilirsin 🙏",
]

STRUCT = [
    "full_name: [[PERSON:Rukhsana Begum]]\ndob: [[DATE_TIME:1979-04-11]]\nphone: [[PHONE_NUMBER:+44 7911 204 837]]\nemail: [[EMAIL_ADDRESS:rukhsana.begum79@hotmail.co.uk]]\npostcode: [[ZIP_CODE:B12 9QD]]\nmember_since: 2016\ntier: gold",
    (
        "10:42:17 INFO auth: login ok user=[[USERNAME:mbenavides]] src=[[IP_ADDRESS:10.12.0.44]] ua=okhttp/4.12.0\n"
        "10:42:19 WARN auth: 2FA SMS sent to [[PHONE_NUMBER:+1 305 555 0166]]\n"
        "10:43:02 INFO billing: card updated for user=[[USERNAME:mbenavides]] last4=7714 exp=04/28"
    ),
    (
        'From: "[[PERSON:Aleksandra Zając]]" <[[EMAIL_ADDRESS:ola.zajac@wp.pl]]>\nTo: [[PERSON:Tomasz Kowal]] <[[EMAIL_ADDRESS:t.kowal@kowalarchitekci.pl]]>\n'
        "Cc: biuro@kowalarchitekci.pl\nSubject: projekt domu - poprawki v3\nMessage-ID: <5f2a.8812.4471@mail.wp.pl>\nX-Originating-IP: [[IP_ADDRESS:83.24.117.9]]"
    ),
    (
        "BEGIN:VCARD\nVERSION:3.0\nN:[[PERSON:Okonedo]];[[PERSON:Folake]];;[[TITLE:Dr.]];\nFN:[[TITLE:Dr.]] [[PERSON:Folake Okonedo]]\nORG:Lagoon Paediatrics\n"
        "TEL;TYPE=CELL:[[PHONE_NUMBER:+234 802 119 4470]]\nEMAIL:[[EMAIL_ADDRESS:folake@lagoonpaeds.ng]]\n"
        "ADR;TYPE=WORK:;;[[ADDRESS:7 Awolowo Road]];[[LOCATION:Ikoyi]];[[LOCATION:Lagos]];[[ZIP_CODE:101233]];[[LOCATION:Nigeria]]\nEND:VCARD"
    ),
    (
        "#,first_name,last_name,email,phone,city\n"
        "1,[[PERSON:Bongani]],[[PERSON:Khumalo]],[[EMAIL_ADDRESS:bongani.k@telkomsa.net]],[[PHONE_NUMBER:+27 11 482 9930]],[[LOCATION:Soweto]]\n"
        "2,[[PERSON:Ilona]],[[PERSON:Varga]],[[EMAIL_ADDRESS:ilona.varga@freemail.hu]],[[PHONE_NUMBER:+36 1 218 4470]],[[LOCATION:Debrecen]]"
    ),
    (
        "name\tssn\tdob\tstate\n[[PERSON:Hollis Drummond]]\t[[US_SSN:318-60-4927]]\t[[DATE_TIME:1966-02-08]]\t[[LOCATION:KY]]\n"
        "[[PERSON:Renata Szabo]]\t[[US_SSN:445-09-2318]]\t[[DATE_TIME:1971-10-30]]\t[[LOCATION:OH]]"
    ),
    (
        "| Name | Role | Phone | Start date |\n|---|---|---|---|\n"
        "| [[PERSON:Aigerim Nurlanovna]] | QA Lead | [[PHONE_NUMBER:+7 701 448 2190]] | [[DATE_TIME:2025-02-03]] |\n"
        "| [[PERSON:Tevita Fifita]] | Driver | [[PHONE_NUMBER:+64 21 448 907]] | [[DATE_TIME:2025-02-17]] |"
    ),
    (
        '{"customer": {"name": "[[PERSON:Ezinne Nwachukwu]]", "email": "[[EMAIL_ADDRESS:ezinne.n@yahoo.com]]", "phone": "[[PHONE_NUMBER:+1 (470) 555-0113]]", '
        '"address": {"line1": "[[ADDRESS:3390 Peachtree Rd NE, Apt 1407]]", "city": "[[LOCATION:Atlanta]]", "state": "[[LOCATION:GA]]", "zip": "[[ZIP_CODE:30326]]"}}, '
        '"order_id": "A-77120-X", "total": 149.95}'
    ),
    (
        "employee:\n  id: [[ID_NUMBER:EMP004417]]\n  name: [[PERSON:Kalani Kahananui]]\n  dob: [[DATE_TIME:1990-06-21]]\n  ssn: [[US_SSN:576-41-2209]]\n"
        "  address:\n    street: [[ADDRESS:94-1021 Waipahu St]]\n    city: [[LOCATION:Waipahu]]\n    state: [[LOCATION:HI]]\n    zip: [[ZIP_CODE:96797]]\n"
        "  manager: [[PERSON:Noelani Akana]]\n  grade: L5"
    ),
    (
        "<patient>\n  <mrn>[[ID_NUMBER:MRN-5510237]]</mrn>\n  <given>[[PERSON:Ifeoma]]</given>\n  <family>[[PERSON:Chukwu]]</family>\n"
        "  <birthDate>[[DATE_TIME:1984-12-02]]</birthDate>\n  <telecom>[[PHONE_NUMBER:(617) 555-0135]]</telecom>\n  <postalCode>[[ZIP_CODE:02118]]</postalCode>\n</patient>"
    ),
    "INSERT INTO customers (first_name, last_name, email, iban, created_by) VALUES ('[[PERSON:Laurent]]', '[[PERSON:Schmit]]', '[[EMAIL_ADDRESS:laurent.schmit@pt.lu]]', '[[IBAN_CODE:LU260030027183940000]]', 'svc_import');",
    '[[IP_ADDRESS:81.2.69.160]] - - "GET /signup?first=[[PERSON:Ngozi]]&last=[[PERSON:Eze-Williams]]&email=[[EMAIL_ADDRESS:ngozi.ew%40gmail.com]]&phone=[[PHONE_NUMBER:07700900418]]&ref=fb_ad_22 HTTP/1.1" 302 0',
    (
        "--- Contact form submission ---\nName: [[PERSON:Siddharth Menon]]\nEmail: [[EMAIL_ADDRESS:sid.menon@rediffmail.com]]\nPhone: [[PHONE_NUMBER:+91 484 221 7730]]\n"
        "City: [[LOCATION:Kochi]]\nMessage: Please call me about the 2BHK flat, listing KOC-4471.\nConsent: yes\nSubmitted from: [[IP_ADDRESS:117.221.48.9]]"
    ),
    (
        "MSH|^~\\&|EPIC|NORTHBAY|LAB|NORTHBAY|||ADT^A01|MSG00417|P|2.5\n"
        "PID|1||[[ID_NUMBER:448120937]]^^^NBH^MR||[[PERSON:DUBOIS]]^[[PERSON:AMÉLIE]]^[[PERSON:S]]^^[[TITLE:MRS]]||[[DATE_TIME:19730815]]|F|||"
        "[[ADDRESS:81 RUE SAINT-JEAN]]^^[[LOCATION:QUEBEC]]^[[LOCATION:QC]]^[[ZIP_CODE:G1R 1P3]]||[[PHONE_NUMBER:(418)555-0147]]\nPV1|1|I|4W^412^B"
    ),
    (
        "NM1*IL*1*[[PERSON:LINDGREN]]*[[PERSON:ASTRID]]*[[PERSON:M]]***MI*[[ID_NUMBER:XQJ448120937]]~\nN3*[[ADDRESS:2207 BIRCHWOOD LN]]~\n"
        "N4*[[LOCATION:FARGO]]*[[LOCATION:ND]]*[[ZIP_CODE:58103]]~\nDMG*D8*[[DATE_TIME:19580322]]*F~"
    ),
    (
        "SHIP TO:\n[[PERSON:TEODORA ILIEVA]]\n[[ADDRESS:UL. SHIPKA 34, ET. 3, AP. 9]]\n[[ZIP_CODE:1504]] [[LOCATION:SOFIA]]\n[[LOCATION:BULGARIA]]\nTEL [[PHONE_NUMBER:+359 88 421 9037]]\n\n"
        "FROM: Brightleaf Teas Ltd, [[ADDRESS:PO Box 118]], [[LOCATION:Leeds]] [[ZIP_CODE:LS10 1AB]]\nWEIGHT 1.2 KG   SERVICE: INTL TRACKED   RN482019374GB"
    ),
    (
        "Beneficiary: [[PERSON:Hessa Al Marri]]\nIBAN: [[IBAN_CODE:AE26 0260 0010 1583 9274 601]]\nBIC: EBILAEAD\nAmount: AED 18,250.00\n"
        "Purpose: family support\nRemitter: [[PERSON:Faisal Al Marri]], [[LOCATION:Doha]]"
    ),
    '{"event":"password_reset","user":"[[USERNAME:t.mbatha]]","email":"[[EMAIL_ADDRESS:thabo.mbatha@outlook.com]]","ip":"[[IP_ADDRESS:2c0f:f4c0:1120:8a::17]]","ua":"Mozilla/5.0 (Linux; Android 14)","ok":true}',
    (
        "txn_id,cardholder,card_number,amount,currency\nT-55012,[[PERSON:Aurelio Castañeda]],[[CREDIT_CARD:4556730192837468]],89.90,EUR\n"
        "T-55013,[[PERSON:Wiremu Tapsell]],[[CREDIT_CARD:5168 0492 3751 0635]],240.00,NZD"
    ),
    "[[IP_ADDRESS:66.249.70.12]] - [[USERNAME:ebrahimi_n]] [GET /account/settings HTTP/2] 200 5120\n[[IP_ADDRESS:2001:4860:4860::8844]] - - [GET /health HTTP/2] 200 2",
    "maintainer:\n  name: [[PERSON:Sunniva Aasheim]]\n  email: [[EMAIL_ADDRESS:sunniva@aasheim.no]]\n  github: [[USERNAME:saasheim]]\nversion: 4.2.1\nserver: [[IP_ADDRESS:10.0.0.1]]\nport: 8443",
    (
        "PID|1||[[ID_NUMBER:M0093127]]^^^STMARY^MR||[[PERSON:NAKAMURA]]^[[PERSON:HARUKI]]||[[DATE_TIME:20010419]]|M|||"
        "[[ADDRESS:1-2-3 MINAMI-AOYAMA]]^^[[LOCATION:MINATO-KU]]^[[LOCATION:TOKYO]]^[[ZIP_CODE:107-0062]]\nOBX|1|NM|2345-7^GLUCOSE^LN||5.4|mmol/L|3.9-5.5|N"
    ),
    (
        "BEGIN:VCARD\nVERSION:4.0\nFN:[[PERSON:Ximena Huarachi]]\nN:[[PERSON:Huarachi]];[[PERSON:Ximena]];;;\nTEL;TYPE=home:[[PHONE_NUMBER:+591 2 279 4418]]\n"
        "BDAY:[[DATE_TIME:19950611]]\nURL:[[URL:https://ximenahuarachi.art]]\nEND:VCARD"
    ),
    "INSERT INTO patients (mrn, surname, forename, dob, nhs_no) VALUES ('[[ID_NUMBER:RH00481927]]', '[[PERSON:Pemberton]]', '[[PERSON:Lucia]]', '[[DATE_TIME:1962-07-14]]', '[[ID_NUMBER:401 023 2137]]');",
    (
        "KYC CHECK\nName: [[PERSON:Oyinkansola Bello]]\nNationality: [[NRP:Nigerian]]\nPassport: [[ID_NUMBER:B02918473]]\n"
        "Wallet (TRC-20): [[ID_NUMBER:TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE]]\nRisk score: 12/100\nReviewer: svc_kyc_bot"
    ),
    (
        "Vorname: [[PERSON:Wiebke]]\nNachname: [[PERSON:Harms]]\nGeburtsdatum: [[DATE_TIME:03.11.1992]]\nStraße: [[ADDRESS:Deichstraße 7]]\n"
        "PLZ/Ort: [[ZIP_CODE:26789]] [[LOCATION:Leer]]\nTelefon: [[PHONE_NUMBER:0491 918 2274]]\nIBAN: [[IBAN_CODE:DE68 2905 0000 0221 9447 10]]\nNewsletter: nein"
    ),
    (
        "USPS PRIORITY MAIL\nTO: [[PERSON:DELPHINE ARCENEAUX]]\n[[ADDRESS:418 ST CLAUDE AVE APT B]]\n[[LOCATION:NEW ORLEANS]] [[LOCATION:LA]] [[ZIP_CODE:70117-2204]]\n"
        "USPS TRACKING # 9405 5118 9956 4820 1937 46"
    ),
    (
        "student_id,name,dob,guardian_phone\n[[ID_NUMBER:ST-20931]],[[PERSON:Mahlet Girma]],[[DATE_TIME:14/02/2012]],[[PHONE_NUMBER:+251 91 148 2270]]\n"
        "[[ID_NUMBER:ST-20932]],[[PERSON:Abel Mulugeta Haile]],[[DATE_TIME:30/06/2011]],[[PHONE_NUMBER:+251 92 771 0483]]"
    ),
    (
        "sshd[2214]: Accepted publickey for [[USERNAME:ncastellanos]] from [[IP_ADDRESS:192.0.2.148]] port 51822 ssh2\n"
        "sshd[2231]: Failed password for invalid user admin from [[IP_ADDRESS:45.155.204.71]] port 40112 ssh2"
    ),
    (
        "commit 9f1c2e7a4b0d83f6e5a1c9b2d7e40f3a8c61b5d2\nAuthor: [[PERSON:Itzel Coronado]] <[[EMAIL_ADDRESS:48213390+icoronado@users.noreply.github.com]]>\n\n"
        "    fix: handle IPv6 literals in allowlist (v3.1.4)\n\n    Co-authored-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>"
    ),
    (
        "| Nombre | Teléfono | Correo |\n|---|---|---|\n| [[PERSON:Ramiro Etcheverry]] | [[PHONE_NUMBER:+54 9 11 4821 7730]] | [[EMAIL_ADDRESS:ramiro.etche@gmail.com]] |\n"
        "| [[PERSON:Paz Undurraga]] | [[PHONE_NUMBER:+56 9 8214 4702]] | [[EMAIL_ADDRESS:pundurraga@uc.cl]] |"
    ),
    '{"order":"WEB-448190","buyer":{"name":"[[PERSON:Hamza Qadir]]","phone":"[[PHONE_NUMBER:+92 321 4482190]]"},"payment":{"card":"[[CREDIT_CARD:4385 7012 9384 7562]]","exp":"11/28"},"client_ip":"[[IP_ADDRESS:39.45.120.8]]"}',
    (
        "PAX: [[PERSON:BERGQVIST]]/[[PERSON:EBBA]] [[TITLE:MS]]\nPNR: K7QX2L\nFLT: SK1419 CPH-ARN\nSEAT: 22A\nFQTV: SK [[ID_NUMBER:EBS448120937]]\n"
        "DOCS: P/SWE/[[ID_NUMBER:AB4821937]]/SWE/[[DATE_TIME:12MAY88]]/F"
    ),
    (
        "NM1*IL*1*[[PERSON:TRUJILLO]]*[[PERSON:BENICIO]]****MI*[[ID_NUMBER:W448201937]]~\nDMG*D8*[[DATE_TIME:19880917]]~\n"
        "N3*[[ADDRESS:77 CALLE LUNA]]~\nN4*[[LOCATION:SAN JUAN]]*[[LOCATION:PR]]*[[ZIP_CODE:00901]]~"
    ),
    (
        "Return-Path: <bounces+4471@mailer.shopnest.com>\nFrom: ShopNest <no-reply@shopnest.com>\n"
        'To: "[[PERSON:Nadia Petrenko]]" <[[EMAIL_ADDRESS:nadia.petrenko@ukr.net]]>\nSubject: Your order 118-4482901 has shipped\nX-Campaign: spring25'
    ),
    "https://booking.harbourclinic.example/book?patient=[[PERSON:Bui+Van+Hieu]]&dob=[[DATE_TIME:1977-03-05]]&mobile=[[PHONE_NUMBER:0903448217]]&clinic=D7&slot=0930",
    (
        "employee_no;name;iban;city\n[[ID_NUMBER:8841]];[[PERSON:Marta Sánchez Gil]];[[IBAN_CODE:ES83 2080 3591 2703 0027 4816]];[[LOCATION:Valencia]]\n"
        "[[ID_NUMBER:8842]];[[PERSON:Pedro Albarrán]];[[IBAN_CODE:ES27 0049 1500 0514 4821 9037]];[[LOCATION:Sevilla]]"
    ),
    "FIRST_NAME=[[PERSON:Quentin]]\nLAST_NAME=[[PERSON:Ashby-Nwosu]]\nDL_NUMBER=[[US_DRIVER_LICENSE:40918273]]\nDL_STATE=[[LOCATION:TX]]\nDOB=[[DATE_TIME:07/04/1983]]\nRETRY_LIMIT=3",
    "NK1|1|[[PERSON:KIPROTICH]]^[[PERSON:ESTHER]]^[[PERSON:C]]|SPO|[[ADDRESS:14 NGONG AVE]]^^[[LOCATION:NAIROBI]]^^[[ZIP_CODE:00100]]|[[PHONE_NUMBER:+254722481903]]",
    (
        '{"uid":"[[USERNAME:moonlit_quokka]]","kyc":{"full_name":"[[PERSON:Tamsin Fairclough]]","dob":"[[DATE_TIME:1993-01-27]]"},'
        '"wallets":{"btc":"[[ID_NUMBER:3Kq7TbnNv5pRzX2cWd9HfMe4LsJy8AuGh1]]","eth":"[[ID_NUMBER:0x7f3A9d2E1c04B5a68e9F0b3C2d71E84aA5c9D016]]"},"tier":2}'
    ),
]

LOOKALIKE = [
    "Order #4471-2290-8812 shipped via UPS, tracking 1Z 4E8 R19 03 4417 2290; estimated delivery 3–5 business days. Subtotal $214.97, tax $17.73.",
    "Release notes for 10.4.2.1: fixed a crash in the config parser when a line ends in a tab; build 2025.03.14 replaces 10.4.1.9 as the LTS baseline.",
    "Flight UA 1427 departs gate B22 at 18:05; seat 31F; bag tag 0016 448 2190; aircraft N37522, a 737-900ER.",
    "The Stokes shift and the Doppler effect are both covered in week 3; read chapter 7 of ISBN 978-1-4028-9462-6 before the lab in room 4.117.",
    "Part no. 7741-AX-220, lot L24-0913, serial SN-88120-4471; torque to 12.5 N·m and replace every 4,000 operating hours.",
    "SHA-256 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b for installer-24.04.1-amd64.iso (4.7 GB).",
    "Coordinates 51.5072° N, 0.1276° W; elevation 11 m; the Wellington Arch and Nelson's Column are both within 1.2 km.",
    "Invoice INV-2025-00417, due in 30 days, for 12 × Hendrick's Gin 70cl at £31.50 each; VAT reg. GB 221 4471 90.",
    "Error 0x80070057 during update KB5034441; retry after a reboot. Event ID 4625 was logged 3 times in 10 minutes.",
    "Bake at 180°C for 25–30 min; serves 4. Stir in 2 tbsp Lea & Perrins, 1 tsp Colman's mustard and a 400 g tin of Heinz beans.",
    "Amoxicillin 500 mg three times a day for 7 days; batch 4B2290, expiry 11/2026; store below 25°C. Pharmacy helpline 0800 022 4332.",
    "Q3 revenue rose 4.7% to $1.28bn; EPS $2.31 against a $2.18 consensus; full-year guidance $5.1–5.3bn, capex 8% of sales.",
    "Order 4482-1190 for [[PERSON:Marguerite Ojukwu]] ships from our [[LOCATION:Memphis]] hub; tracking 1Z 7F4 E29 03 9921 4471. Call [[PHONE_NUMBER:901-555-0127]] if nothing arrives in 5 days.",
    "Gateway [[IP_ADDRESS:172.16.4.1]] runs firmware 4.2.10.1 (build 2291); incident INC-448201 is assigned to [[PERSON:Ilkka Rantanen]].",
    "Flight LH 902 lands at 10:15; meet [[PERSON:Chiamaka]] at gate A14. Her seat was 18C and the booking ref is QX7T2M.",
    "Serial 4539-0182-7364 on the receipt is the till number, not a card; the customer's card [[CREDIT_CARD:3449 182736 50497]] was refunded $42.18 against INV-88120.",
    "Lot 23-0917 of levodopa/carbidopa 100/25 mg tablets for Parkinson's disease was recalled; [[PERSON:Harold Finchley]] ([[AGE:81]]) still had two boxes from that lot.",
    "Crime and Punishment by [[PERSON:Dostoevsky]], ISBN 978-0-14-044913-6, £9.99, ordered by [[PERSON:Ama Boakye]] for the book club on the 2nd floor.",
    "Room 1402 at the Marriott Marquis, confirmation 88120447, for [[PERSON:Svetlana Orlova]], check-in [[DATE_TIME:2025-05-12]], rate code AAA.",
    "GPS 40.7128, -74.0060 pinned by [[USERNAME:wanderlust_ines]]; the Brooklyn Bridge shot got 4.1k likes and 212 shares.",
    "SKU 4400-2290-17, Big Mac plush (McDonald's licensed), promo code SPRING25; order placed by [[EMAIL_ADDRESS:t.ekwueme@gmail.com]].",
    "Bed 14, ward 6B: [[PERSON:Ingeborg Ravn]], NHS [[ID_NUMBER:721 448 2093]]; Glasgow Coma Scale 14; BP 142/88; next obs due 14:00.",
    "Meeting ID 884 2190 4471, passcode 229104; host [[PERSON:Reza Tavakoli]] ([[EMAIL_ADDRESS:r.tavakoli@kavoshlab.ir]]).",
    "Amount due $1,447.20 from account ending 8812, routing 026009593; payee [[PERSON:Cordelia Ashworth]], [[ADDRESS:PO Box 2290]], [[LOCATION:Bozeman]], [[LOCATION:MT]] [[ZIP_CODE:59771]].",
    "SSCC 00 3 4012345 000004471 6; consignee [[PERSON:Ravi Shankar Pillai]], [[ADDRESS:TC 44/2190, Pattom Palace Road]], [[LOCATION:Thiruvananthapuram]] [[ZIP_CODE:695004]]; 3 cartons, 18.4 kg.",
    "CAS 50-00-0 (formaldehyde) exposure logged for technician [[PERSON:Olga Sørensen]], badge [[ID_NUMBER:B-4471]], in lab 3.14 on [[DATE_TIME:14 March 2025]].",
    "The Alzheimer's Society walk raised £4,470; thanks to [[PERSON:Fenella]] and everyone on the Nightingale Ward for the bake sale.",
    "MAC 00:1A:2B:3C:4D:5E, IMEI 35-448120-937221-4, address [[IP_ADDRESS:100.64.12.7]] behind CGNAT; device owner [[USERNAME:kgwebo_t]].",
    "Model XPS 15 9530, service tag 7HQ2X93, bought by [[PERSON:Ashok Mehra]]; warranty ref W-448-2190 runs to 2027.",
    "Sort code 20-44-81, account [[ID_NUMBER:73904418]], payee [[PERSON:Bronwen Pryce-Jones]], reference ‘DEPOSIT FLAT 3’.",
    "Release 1.10.255.3 went to [[IP_ADDRESS:10.255.3.1]] and [[IP_ADDRESS:10.255.3.2]]; the 300.1.2.3 in the log is a typo, not a host.",
    "Flight BA 2490, aircraft G-EUPT, gate 22, booking H7Q2KX; passenger [[TITLE:Mr]] [[PERSON:Yaw Asante]], Executive Club no. [[ID_NUMBER:48219037]].",
    "Hash 5f4dcc3b5aa765d61d8327deb882cf99 matched the leaked password of [[EMAIL_ADDRESS:delia.moncrieff@btopenworld.com]] in breach dump #44.",
    "The Euler–Lagrange equation and Noether's theorem will be on the paper in hall 2; invigilator [[TITLE:Ms]] [[PERSON:Obuya]]; candidate no. [[ID_NUMBER:CN-2290447]].",
    "Dr. Martens 1460 boots £169; Levi's 501 jeans £90; Ben & Jerry's £6.50. Loyalty member [[ID_NUMBER:LM-88120447]], [[PERSON:Rhiannon Gwyther]].",
    "Lat 35.6895, long 139.6917, altitude 40 m; logged by [[PERSON:Ueda Haruka]] on [[DATE_TIME:2025-02-11]] during her survey visit.",
    "Invoice 2025-0093 from Harrison & Sons Plumbing: thermostatic valve (part TRV-15), labour 2 h at £65; customer [[TITLE:Mrs]] [[PERSON:Dlamini-Hart]], [[ADDRESS:9 Orchard Way]].",
    "Batch 7 results: sample S-4471 pH 7.4, sample S-4472 pH 7.1, both within spec 6.8–7.6; analyst [[PERSON:Bolanle]].",
    "The 07:42 to [[LOCATION:Brighton]] leaves from platform 9; coach C, seat 44; ticket 8812 2290 4471 issued to [[PERSON:Idris Bakare]].",
    "Patch 2.4.1.9: Sherlock Holmes DLC added and the achievement ‘Watson's Notebook’ fixed; [[USERNAME:bakerstreet_irregular]] reported the bug.",
]

STYLES = {"gen": GEN, "bench": BENCH, "doc": DOC, "chat": CHAT, "struct": STRUCT, "lookalike": LOOKALIKE}


if __name__ == "__main__":
    write_set("blind8", STYLES, OUT)

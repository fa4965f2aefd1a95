"""Build tests/data/blind23.jsonl: a twenty-third *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind23.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts); only the module docstring of make_blind20.py, gold_sets.py, and
the `parse()` helper of make_handwritten.py (with its two regexes, MARK and
TITLE_IN_NAME) were read, to keep the conventions and the file format, and
the closing scaffolding of make_blind20.py (its STYLES dict and main()) and
its import lines were copied. No git history was looked at. The detector
was never run on this file, nor any `minimize` command. Do not tune the
detector against it: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country, and the national check digits inside the
Spanish, French, Italian and Portuguese IBANs are right too (worked out by
hand-run throwaway code while writing, not generated here; `gold_sets.check`
re-checks cards and IBANs and refuses a bad one). National ids with a
public check digit (NHS number, Scottish CHI number, SIN, Aadhaar, BSN,
CPF, DNI and NIE, Portuguese NIF, South African ID, TFN, Australian
Medicare number, Irish PPSN, Singapore NRIC, US NPI, codice fiscale,
German Krankenversichertennummer, New Zealand IRD number, UK UPN) were
given a valid one the same way (the South African ids and the CHI number
agree with the person's sex). UK NI numbers, US SSNs, PAN and UAN, KRA
PINs, Kenyan ids, NSSF numbers, BVNs, the Ghana Card, Philippine SSS and
TIN numbers, Colombian cédulas, passports, licences, plates, crypto
wallets, bank account numbers and staff, student, member, patient and
loyalty numbers were not checked.

Styles (ids `blind23-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool (LLM-generated "realistic sentences
with personal data", records in the manner of ai4privacy
pii-masking-200k/300k/400k, gretel-pii-masking-en and Nemotron-PII, and
labeled tables rendered as text); about 85% of the records are in English,
the rest in French, German, Spanish, Italian, Dutch and Portuguese (with a
little Tagalog in one chat):
- `gen` (80): one to four everyday sentences (insurance claims, utilities,
  airlines and baggage, hotels, car hire, recruiting, payroll, schools,
  universities, clinics, pharmacies, vets, courts, police, housing,
  charities, churches, sports clubs, gyms, e-commerce, marketplaces,
  banking, crypto, telecoms, gaming, dating, tech support, government
  forms), with people from every region living in the US, UK, Canada,
  Australia, New Zealand, Ireland, India, South Africa, Nigeria, Kenya,
  Ghana, Singapore, the Philippines and Europe; ages said in many ways,
  dates in many formats, phones in national and international formats.
  11 in other languages.
- `bench` (80): dense narrative or form-like records in the manner of the
  public benchmarks (titles, names, sex, age, DOB, job titles, employers,
  streets with building numbers and secondary units, counties, states,
  zip codes, phones, emails, usernames, passwords, IPv4 / IPv6, user
  agents, account, IBAN and card numbers, SSNs, passports, licences,
  national and tax ids, plates, wallets, profile URLs). 9 in other
  languages.
- `table` (25): one small table per record (CSV, semicolon CSV, TSV, pipe /
  Markdown, JSON lines, fixed-width columns, YAML lists, HTML rows) with a
  header row and three to five data rows; headers in English (some
  abbreviated), four in other languages. Every PII cell is labeled.
- `doc` (20): an insurance email thread with a quoted reply, a discharge
  summary, a leisure-centre incident report, a utility call transcript, a
  specialist referral letter, a Slack export, a tenancy agreement, a new
  starter email, a police witness statement, a French baggage claim, a
  school report, a support ticket history, a CV, a vet clinical note,
  parish council minutes, a Spanish car-hire confirmation, an HL7 message,
  an offer letter, a marketplace chat log and a court record; ten to
  twenty-five labeled spans each. 2 in other languages.
- `chat` (20): SMS, WhatsApp, Slack, Discord, Reddit and forum posts,
  ride-hailing and support chats and a voicemail transcript, with
  lowercase names, nicknames, typos, emoji, handles and spoken numbers.
  2 in other languages, one in Taglish.
- `lookalike` (15): mostly non-PII text full of look-alikes (order,
  tracking, booking, incident and PO references, ISBNs, EANs, ISIN, LEI,
  VAT and company numbers, CVEs, KB numbers, versions shaped like IP
  addresses, hashes, MACs, VINs, part and serial numbers, meter numbers,
  meeting ids, company phone numbers, coordinates, aircraft
  registrations, eponyms and dishes named after people), with the few
  real PII values labeled; 5 of the 15 have no PII at all. 2 in other
  languages.

Labeling conventions: the same as in make_blind20.py (and the sets before
it), as written in its module docstring. Calls made while writing this
set, in the same spirit: "Father" before a priest's name, "Master" before
a boy's name, "Constable" spelled out, the Dutch "heer" after "Geachte"
and "Herrn" are TITLE. A passenger-list name written "SURNAME/GIVEN" is
labeled part by part, like "Surname, Given". A list of days in one month
("4, 5 and 6 March", "12 and 13 May") is one DATE_TIME span, like a
hearing over several days; a parcel's delivery date in a support chat is
the customer's date (DATE_TIME). A named staff member's work email is
EMAIL_ADDRESS while a role mailbox is not; a named person's direct work
line is PHONE_NUMBER. A Ghanaian car plate is ID_NUMBER like other
plates; a city district such as "CBD" given as a drop-off is LOCATION.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind23.jsonl")

GEN = [
    "Hi, this is [[PERSON:Tendai Moyo]] calling about claim CLM-448812 — the burst pipe at [[ADDRESS:14 Kestrel Close]], [[LOCATION:Swindon]] [[ZIP_CODE:SN3 4PL]] happened on [[DATE_TIME:2 February]] and you can reach me on [[PHONE_NUMBER:07700 914 362]].",
    "[[PERSON:Mrs. Ngozi Eze]], [[AGE:58]], was admitted to the ward on [[DATE_TIME:03/11/2024]] with chest pain; her daughter [[PERSON:Chiamaka]] is listed as next of kin at [[PHONE_NUMBER:+234 803 441 9027]].",
    "Please update the billing email on account 55102-7 from [[EMAIL_ADDRESS:r.okafor@yahoo.co.uk]] to [[EMAIL_ADDRESS:remi.okafor.home@gmail.com]] — thanks, [[PERSON:Remi]].",
    "My son [[PERSON:Aarav Iyer]] ([[AGE:9]]) will be collected from after-school club by his grandfather, [[PERSON:Venkatesh Iyer]], on Thursday [[DATE_TIME:14th]].",
    "The hire car was picked up in [[LOCATION:Auckland]] on [[DATE_TIME:12 Dec 2024]] by [[PERSON:Hemi Walker]], licence no. [[ID_NUMBER:DL482917]], and returned on [[DATE_TIME:19 Dec 2024]].",
    "Dear [[PERSON:Ms. Fitzgerald]], your appointment with [[PERSON:Dr. Kwame Asante]] is confirmed for Tuesday, [[DATE_TIME:8 April 2025]] at 10:40.",
    "[[PERSON:Li Wei]] transferred the deposit from IBAN [[IBAN_CODE:DE24868629066910009010]] to the landlord on [[DATE_TIME:1st March]].",
    "Customer [[PERSON:Jorge Castillo]] (DOB [[DATE_TIME:07-22-1983]]) reported his Visa [[CREDIT_CARD:4788 8339 3374 2128]] stolen while traveling in [[LOCATION:Denver]].",
    "We're moving into [[ADDRESS:Unit 5, 22 Ridge Road]], [[LOCATION:Greenlane]], [[LOCATION:Auckland]] [[ZIP_CODE:1051]] on the [[DATE_TIME:20th of June]], so please switch the power account over that day.",
    "Baggage report: passenger [[PERSON:Siobhán Ní Bhriain]] lost a navy suitcase on flight EI 105 from [[LOCATION:Boston]]; forward it to [[ADDRESS:Apt 3, 41 Clontarf Road]], [[LOCATION:Dublin 3]], [[ZIP_CODE:D03 X2Y7]].",
    "[[PERSON:Kofi Mensah]] is a [[NRP:Ghanaian]] national who turned [[AGE:34]] last month and works as a logistics supervisor in [[LOCATION:Tema]].",
    "The pharmacy called [[PERSON:Mr. Dimitri Papadakis]] at [[PHONE_NUMBER:(617) 555-0148]] to say his prescription was ready.",
    "Hey, I'm [[PERSON:Priya Natarajan]], [[AGE:27]], a nurse from [[LOCATION:Chennai]] now living in [[LOCATION:Leicester]] — message me at [[EMAIL_ADDRESS:priya.nat94@outlook.com]].",
    "Payroll note: [[PERSON:Thabo Nkosi]], employee no. [[ID_NUMBER:E-20417]], started on [[DATE_TIME:2023-09-04]] and his SA ID number is [[ID_NUMBER:9207255831085]].",
    "[[PERSON:Camille Martin]] habite au [[ADDRESS:18 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]], et son numéro est le [[PHONE_NUMBER:06 72 18 44 90]].",
    "Der Mietvertrag von [[TITLE:Herrn]] [[PERSON:Jonas Becker]] für die Wohnung in der [[ADDRESS:Gneisenaustraße 41]], [[ZIP_CODE:10961]] [[LOCATION:Berlin]] beginnt am [[DATE_TIME:1. Mai 2025]].",
    "La paciente [[PERSON:María José Ortega]], de [[AGE:71]] años, ingresó el [[DATE_TIME:12/03/2025]] en el Hospital del Mar; su DNI es [[ID_NUMBER:78753573D]].",
    "Il [[TITLE:signor]] [[PERSON:Marco Bellini]], nato a [[LOCATION:Bergamo]] il [[DATE_TIME:4 luglio 1966]], ha chiesto il rimborso sul conto [[IBAN_CODE:IT05Y0306909606100016552313]].",
    "Mijn buurman [[PERSON:Ruud de Vries]] is op [[DATE_TIME:15 januari]] verhuisd naar [[ADDRESS:Kerkstraat 12]] in [[LOCATION:Utrecht]].",
    "A encomenda de [[PERSON:Ana Beatriz Souza]] segue para a [[ADDRESS:Rua Augusta 1508, apto 72]], [[LOCATION:São Paulo]], CEP [[ZIP_CODE:01304-001]].",
    "Our new volunteer, [[TITLE:Father]] [[PERSON:Emmanuel Okoro]], starts at the food bank on Saturday [[DATE_TIME:3 May]] — he asked us to just call him [[PERSON:Emma]].",
    "Login attempt for user [[USERNAME:jbhatt_91]] from [[IP_ADDRESS:103.21.244.17]] was blocked after five wrong passwords.",
    "[[PERSON:Grace Wanjiru]] paid KSh 2,500 for her son's school trip from M-Pesa number [[PHONE_NUMBER:0722 318 406]].",
    "The tenant, [[PERSON:Mr. Hamza Qureshi]], has been at [[ADDRESS:Flat 2B, 97 Wilmslow Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M14 5TB]] since [[DATE_TIME:August 2021]].",
    "Can someone from IT reset the VPN for [[PERSON:Olusegun Bakare]]? His laptop shows [[IP_ADDRESS:10.14.3.88]] but he still can't reach the shared drive.",
    "My daughter [[PERSON:Isla]] turns [[AGE:six]] on the [[DATE_TIME:9th]] and we'd like to book the party room at the leisure centre.",
    "[[PERSON:Rajesh Kumar Sharma]]'s PAN is [[ID_NUMBER:BQKPS4817L]] and his Aadhaar ends in 5176 — the full number was sent separately.",
    "Fraud alert: someone tried to use the Mastercard [[CREDIT_CARD:5211 9605 8059 2276]] belonging to [[PERSON:Elena Petrova]] at 02:14 in [[LOCATION:Lisbon]].",
    "Hotel guest [[PERSON:Mr. Takeshi Nakamura]] checked in on [[DATE_TIME:Nov 3, 2024]] and checked out on [[DATE_TIME:Nov 6, 2024]]; Marriott Bonvoy no. [[ID_NUMBER:884 192 057]].",
    "Please send the signed offer letter back to [[PERSON:Fatima Al-Sayed]] at [[EMAIL_ADDRESS:fatima.alsayed@brightpathrecruit.co.uk]] by Friday.",
    "[[PERSON:Daniel O'Connor]], [[AGE:forty-two]], of [[LOCATION:Ballincollig]], [[LOCATION:Co. Cork]], appeared before the District Court on [[DATE_TIME:9 October 2024]].",
    "Born on [[DATE_TIME:14/03/1987]], [[PERSON:Nomvula Dlamini]] lives at [[ADDRESS:23 Jacaranda Street]], [[LOCATION:Sunnyside]], [[LOCATION:Pretoria]], [[ZIP_CODE:0002]].",
    "I think the guy who rented the van was about [[AGE:30]], name on the card was [[PERSON:J. Morrison]].",
    "[[PERSON:Sione Taufa]] signed up for the rugby club on [[DATE_TIME:2/15/2025]]; member number [[ID_NUMBER:RC-30914]], phone [[PHONE_NUMBER:021 448 9172]].",
    "Your Venmo request from [[USERNAME:Maya-Goldberg-7]] for $45 (dinner 🍜) is still pending.",
    "Vet reminder for [[PERSON:Carlos Mendoza]]: Biscuit is due for her rabies booster on [[DATE_TIME:May 22]].",
    "The passport of [[PERSON:Andrea Russo]] (no. [[ID_NUMBER:YA4481027]]) was handed in to the lost property office in [[LOCATION:Milan]].",
    "[[PERSON:Abena Owusu]] from [[LOCATION:Kumasi]] applied for the housing grant; Ghana Card [[ID_NUMBER:GHA-721458093-4]].",
    "Hi [[PERSON:Tom]], the gym says your direct debit failed — account [[ID_NUMBER:41920375]] — can you sort it before the 1st?",
    "[[PERSON:Maria]]'s SSN is [[US_SSN:512-44-9038]] and she filed her return on [[DATE_TIME:April 11, 2024]]; the preparer was [[PERSON:Steven Cho]].",
    "[[PERSON:Ms. Aroha Ngata]] was appointed principal of the school on [[DATE_TIME:27 January 2025]].",
    "[[PERSON:Pedro Alves]] deu o CPF [[ID_NUMBER:255.876.068-80]] para abrir a conta e o telefone [[PHONE_NUMBER:(11) 98734-2210]].",
    "The driver, [[PERSON:Marcus Bell]], [[AGE:23]], gave a Texas license number of [[US_DRIVER_LICENSE:40718265]] and an address on [[ADDRESS:2210 Elm Ridge Dr]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75023]].",
    "Please note that [[PERSON:Dr. Anjali Menon]] will be on leave from [[DATE_TIME:5 to 16 August]].",
    "Sent £300 to [[PERSON:Callum Reid]] — IBAN [[IBAN_CODE:GB87 NWBK 2488 9057 4065 00]], reference \"deposit flat 4\".",
    "[[PERSON:Jun Hao Tan]] (NRIC [[ID_NUMBER:S6864939J]]) collected his new SIM at the [[LOCATION:Jurong East]] outlet on [[DATE_TIME:18/01/2025]].",
    "Our wedding is on the [[DATE_TIME:14th of September]] — [[PERSON:Chidi]] and [[PERSON:Amara]] hope you can make it!",
    "The complainant, [[PERSON:Mrs. Lakshmi Pillai]], aged [[AGE:64]], said a man posing as a bank officer called her from [[PHONE_NUMBER:+91 98450 22718]].",
    "[[PERSON:Brooke]] left her phone on the 7:15 bus to [[LOCATION:Wellington]]; if found please call [[PHONE_NUMBER:04 387 2219]].",
    "Renewal for policy HH-99021: insured [[PERSON:Patrick Mahlangu]], risk address [[ADDRESS:8 Protea Avenue]], [[LOCATION:Durbanville]], [[LOCATION:Cape Town]] [[ZIP_CODE:7550]].",
    "[[PERSON:Hannah Schmidt]] hat ihre neue Steuer-ID noch nicht erhalten; bitte schicken Sie alles an [[EMAIL_ADDRESS:h.schmidt@web.de]].",
    "As of [[DATE_TIME:March 1st]], [[PERSON:Kevin Nguyen]] will replace [[PERSON:Rosa Delgado]] as your account manager.",
    "The Canadian applicant [[PERSON:Émilie Tremblay]] gave SIN [[ID_NUMBER:418 434 247]] and a mailing address of [[ADDRESS:455 rue Saint-Jean]], [[LOCATION:Québec]], [[LOCATION:QC]] [[ZIP_CODE:G1R 1P4]].",
    "The sick note for [[PERSON:Gethin Lloyd]] was signed on [[DATE_TIME:21.02.2025]] by [[PERSON:Dr. Huw Pritchard]], the locum at the practice.",
    "My grandmother is [[AGE:ninety-one]] and still does her own online banking, username [[USERNAME:bettyh1934]].",
    "The tournament winner, [[USERNAME:xXShadowFoxXx]], will receive the prize once [[PERSON:Liam Carter]] verifies his age.",
    "[[PERSON:Ifeoma Nwosu]] requested a refund for order #77123 to the card ending 4417, not the one on file.",
    "Please courier the documents to [[PERSON:Rahul Desai]], [[ADDRESS:Flat 1203, Tower B, Lodha Palava]], [[LOCATION:Dombivli]], [[LOCATION:Maharashtra]] [[ZIP_CODE:421204]].",
    "Attendance concern: [[PERSON:Jayden Williams]] (Year 10) missed school on [[DATE_TIME:4, 5 and 6 March]]; his mother [[PERSON:Keisha]] can be reached on [[PHONE_NUMBER:07412 556 093]].",
    "[[PERSON:Olga Ivanova]], a [[NRP:Ukrainian]] refugee, registered at the council offices on [[DATE_TIME:June 3rd, 2022]].",
    "The Airbnb host [[PERSON:Tiago]] says the key box is by the back door of [[ADDRESS:Rua das Flores 27, 2º Esq]], [[LOCATION:Porto]].",
    "Transaction from wallet [[ID_NUMBER:bc1q9h7g3x2kz5r8w0ytl4e6m2v7c9d3f8p0q5azs6]] belonging to user [[USERNAME:satoshi_fan88]] was flagged for review.",
    "[[PERSON:Lena]]'s dad, [[PERSON:Mohammed Haddad]], is a [[NRP:Muslim]] and asked the school for a prayer space during Ramadan.",
    "I, [[PERSON:Joseph Kariuki]], ID No. [[ID_NUMBER:28741930]], of [[ADDRESS:P.O. Box 4412]]-[[ZIP_CODE:00100]] [[LOCATION:Nairobi]], authorise my brother to collect my certificate.",
    "The photographer's portfolio is at [[URL:https://www.behance.net/ellarosephoto]] — [[PERSON:Ella Rose]] can also be reached on [[PHONE_NUMBER:0412 889 301]].",
    "Reminder: [[PERSON:Ms. Bianca Romero]]'s car, plate [[ID_NUMBER:7KXM214]], is parked in a resident bay on [[ADDRESS:310 Ocean Ave]] without a permit.",
    "[[PERSON:Matteo]] ha compiuto [[AGE:18]] anni il [[DATE_TIME:2 novembre]] e ora può votare.",
    "[[PERSON:Anna Kowalska]] applied for her new Polish ID card at the consulate in [[LOCATION:Edinburgh]] on [[DATE_TIME:10.06.2024]].",
    "Caller said her name is [[PERSON:Yolanda]] and she lives near the petrol station in [[LOCATION:Soweto]]; callback [[PHONE_NUMBER:+27 82 554 1093]].",
    "Congratulations to [[PERSON:Aisha Bello]], who graduated with a first in Civil Engineering on [[DATE_TIME:18 July 2024]]!",
    "The account holder, [[PERSON:Mr. Oliver Bennett]] of [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Little Shelford]], [[LOCATION:Cambridgeshire]] [[ZIP_CODE:CB22 5EW]], has authorised the change.",
    "Support ticket: customer [[EMAIL_ADDRESS:quinn.harlow@protonmail.com]] cannot log in from [[IP_ADDRESS:2a02:c7f:8e14:6b00:1c2:9aff:fe41:77d0]].",
    "[[PERSON:Ravi]]'s mum said he's [[AGE:14]] but he looks about [[AGE:17]].",
    "[[PERSON:Carlos Ruiz]], le recordamos que su cita en la clínica dental es el lunes [[DATE_TIME:17 de febrero]] a las 9:30.",
    "Bonjour, je suis [[PERSON:Moussa Diallo]], né le [[DATE_TIME:23/08/1995]] à [[LOCATION:Dakar]], et je cherche un studio à [[LOCATION:Lyon]].",
    "We met [[PERSON:Jessica]] on the dating app on [[DATE_TIME:14 February]] — she said she was [[AGE:29]] and lived in [[LOCATION:Brisbane]].",
    "The harassment report names [[USERNAME:night_owl_kr]] as the account that sent messages to [[PERSON:Hye-jin Park]].",
    "[[PERSON:Ahmed Farouk]] boarded in [[LOCATION:London]] with passport no. [[ID_NUMBER:A19284756]] and a connecting flight to [[LOCATION:Lagos]].",
    "Lost and found: a wallet with a driving licence in the name of [[PERSON:Gareth Hughes]], [[ADDRESS:5 Heol y Nant]], [[LOCATION:Caerphilly]] [[ZIP_CODE:CF83 1HT]], was handed in at reception.",
    "[[PERSON:Zanele]] from HR here — [[PERSON:Sipho]]'s last working day is [[DATE_TIME:31 March 2025]].",
]

BENCH = [
    "Dear [[PERSON:Ms. Harriet Vance]], we noticed a login to your account [[USERNAME:hvance_77]] from IP [[IP_ADDRESS:81.145.62.203]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36. If this wasn't you, reset your password (currently set to a temporary value: Qw!8rT2z) immediately.",
    "Applicant: [[PERSON:Oluwaseun Adeyemi]] | Sex: Male | Age: [[AGE:31]] | DOB: [[DATE_TIME:1993-06-17]] | Job title: Senior Data Analyst | Address: [[ADDRESS:44 Bode Thomas Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]] | Phone: [[PHONE_NUMBER:+234 809 112 4471]] | Email: [[EMAIL_ADDRESS:seun.adeyemi@gmail.com]]",
    "[[PERSON:Mr. Declan Byrne]], our Regional Sales Director, will be relocating from [[ADDRESS:Apartment 12, 7 Grand Canal Quay]], [[LOCATION:Dublin 2]] to [[LOCATION:Galway]] on [[DATE_TIME:04/15/2025]]. Please update his payroll IBAN to [[IBAN_CODE:IE70AIBK44536337090014]].",
    "Student record — Name: [[PERSON:Kiri Te Awa]]; Student ID: [[ID_NUMBER:2023118457]]; DOB: [[DATE_TIME:09 Sep 2004]]; Gender: Female; Home address: [[ADDRESS:16 Tui Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]]; Mobile: [[PHONE_NUMBER:027 554 8120]]; Username: [[USERNAME:ktea004]].",
    "Account verification for [[PERSON:Gabriela Souza Lima]], [[AGE:45]], Chief Operations Officer. Card on file: [[CREDIT_CARD:5557928272644236]], exp 09/27, CVV 418. Billing: [[ADDRESS:2750 Brickell Ave, Suite 1402]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33129]].",
    "The vehicle registered to [[PERSON:Rohan Mehta]] (plate [[ID_NUMBER:MH 12 DE 1433]]) was towed from [[ADDRESS:Plot 56, Sector 18]], [[LOCATION:Vashi]], [[LOCATION:Navi Mumbai]] on [[DATE_TIME:22nd January 2025]].",
    "Hi [[PERSON:Ellie]], your new employee portal login is [[USERNAME:e.brannigan]] and your temporary password is Summer2025!. Your staff number is [[ID_NUMBER:HR-004719]]. Please connect from the office network ([[IP_ADDRESS:192.168.40.17]]) the first time.",
    "Claimant [[PERSON:Sibusiso Zulu]], male, [[AGE:52]] years old, resident at [[ADDRESS:12 Umgeni Road]], [[LOCATION:Greyville]], [[LOCATION:Durban]], [[LOCATION:KwaZulu-Natal]], [[ZIP_CODE:4001]], ID [[ID_NUMBER:7209186214086]], reports a hail-damaged roof on [[DATE_TIME:2025/01/19]].",
    "Name: [[PERSON:Jasmine Okonkwo-Reyes]]\nTitle: [[TITLE:Dr.]]\nOccupation: Paediatric Registrar\nGMC: [[ID_NUMBER:7438192]]\nEmail: [[EMAIL_ADDRESS:jasmine.okonkwo-reyes@nhs.net]]\nDirect line: [[PHONE_NUMBER:0121 424 3391]]",
    "Our records show that [[PERSON:Mr. Benedict Aloysius Harrington III]] of [[ADDRESS:88 Beacon Street, Apt 5C]], [[LOCATION:Boston]], [[LOCATION:Massachusetts]] [[ZIP_CODE:02108]] holds passport [[US_PASSPORT:583920174]] and SSN [[US_SSN:078-52-1193]].",
    "User [[USERNAME:kaveri.rao]] (IP [[IP_ADDRESS:49.36.128.77]], [[LOCATION:Bengaluru]]) changed the payout account to [[ID_NUMBER:50100239481726]] on [[DATE_TIME:11-02-2025]]. Device: iPhone; UA: Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X).",
    "[[PERSON:Mrs. Chloe Anderson]], [[AGE:37]] y/o female, Primary School Teacher, was born on [[DATE_TIME:March 3, 1988]] and lives at [[ADDRESS:6/18 Wattle Grove]], [[LOCATION:Fitzroy North]], [[LOCATION:VIC]] [[ZIP_CODE:3068]]. TFN: [[ID_NUMBER:142 139 949]].",
    "Le client [[TITLE:M.]] [[PERSON:Antoine Lefèvre]], [[AGE:63]] ans, retraité, domicilié [[ADDRESS:5 avenue Jean-Jaurès, bâtiment B]], [[ZIP_CODE:31000]] [[LOCATION:Toulouse]], souhaite virer 1 200 € depuis son compte [[IBAN_CODE:FR7630004008238824173186646]].",
    "Sehr geehrte [[TITLE:Frau]] [[PERSON:Dr. Katharina Vogel]], Ihre Versichertennummer lautet [[ID_NUMBER:M284719308]], Ihr Geburtsdatum ist der [[DATE_TIME:17.09.1979]] und wir erreichen Sie unter [[PHONE_NUMBER:+49 171 4482 903]].",
    "Nombre: [[PERSON:Lucía Fernández Gil]]; Edad: [[AGE:29]]; Sexo: Mujer; Dirección: [[ADDRESS:Calle de Alcalá 214, 3º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]]; NIE: [[ID_NUMBER:Y1140076A]]; Teléfono: [[PHONE_NUMBER:612 488 093]]",
    "Gentile [[TITLE:Sig.ra]] [[PERSON:Giulia Ferri]], la informiamo che il pagamento con carta [[CREDIT_CARD:4207 2154 2021 8411]] del [[DATE_TIME:03/02/2025]] è stato rifiutato. Indirizzo registrato: [[ADDRESS:Via Garibaldi 18]], [[ZIP_CODE:10122]] [[LOCATION:Torino]] ([[LOCATION:TO]]).",
    "Geachte [[TITLE:heer]] [[PERSON:Van Dijk]], uw BSN [[ID_NUMBER:955699307]] is gekoppeld aan rekening [[IBAN_CODE:NL17INGB2150215980]]. Uw nieuwe adres: [[ADDRESS:Vondelstraat 88-2]], [[ZIP_CODE:1054 GN]] [[LOCATION:Amsterdam]].",
    "Prezado [[TITLE:Sr.]] [[PERSON:Rui Carvalho]], confirmamos a alteração do NIF [[ID_NUMBER:187841233]] e da morada para [[ADDRESS:Avenida da Liberdade 190, 4º Dto]], [[ZIP_CODE:1250-147]] [[LOCATION:Lisboa]].",
    "Ticket #88213: [[PERSON:Ngozi Chukwu]] ([[EMAIL_ADDRESS:ngozi.c@outlook.com]]) says her account [[USERNAME:ngozichukwu_design]] was accessed from [[IP_ADDRESS:185.220.101.4]] and [[IP_ADDRESS:2001:db8:4f1a::22]]. She is [[AGE:26]] and a freelance illustrator in [[LOCATION:Abuja]].",
    "Reference for [[PERSON:Mr. Ji-hoon Kim]], Software Engineer II, employed since [[DATE_TIME:2019-03-11]]. Salary paid into [[IBAN_CODE:GB23BARC23132043801774]]. Home: [[ADDRESS:Flat 9, Harbour Court, 3 Ferry Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF11 0JL]].",
    "The account [[USERNAME:rainbowcake_88]] registered with [[EMAIL_ADDRESS:tara.mcbride88@hotmail.com]], DOB [[DATE_TIME:22/11/1998]], IP [[IP_ADDRESS:86.41.207.155]], password hash stored; name on file [[PERSON:Tara McBride]], [[LOCATION:Derry]], [[LOCATION:Northern Ireland]].",
    "Patient [[PERSON:Anil Gupta]], [[AGE:68]]M, MRN [[ID_NUMBER:MRN-0048213]], admitted [[DATE_TIME:12/28/2024]] to Houston Methodist, NPI of attending [[ID_NUMBER:1635749702]] ([[PERSON:Dr. Rachel Simmons]]).",
    "Please wire $4,800 to [[PERSON:Fernando Ibarra]], account no. [[ID_NUMBER:004418820931]], routing 021000021, address [[ADDRESS:1320 Calle Loíza, Apt 3]], [[LOCATION:San Juan]], [[LOCATION:PR]] [[ZIP_CODE:00911]].",
    "Hello [[PERSON:Tomasz]], your [[LOCATION:Glasgow]] gym membership ([[ID_NUMBER:GYM-558102]]) renews on the card [[CREDIT_CARD:4450 4831 1889 1261]]. You joined on the [[DATE_TIME:2nd of October 2023]].",
    "Dear Customer [[PERSON:Wanjiku Kamau]], your KRA PIN [[ID_NUMBER:A009418273Z]] has been linked to phone [[PHONE_NUMBER:+254 712 448 930]] and email [[EMAIL_ADDRESS:wanjiku.kamau@gmail.com]].",
    "[[PERSON:Chen Jia Hui]], female, [[AGE:40]], Accountant, [[ADDRESS:Blk 412 Ang Mo Kio Ave 10, #08-1176]], [[LOCATION:Singapore]] [[ZIP_CODE:560412]], NRIC [[ID_NUMBER:T6231303F]], tel [[PHONE_NUMBER:+65 9123 4870]].",
    "Driver: [[PERSON:Tyler J. Brooks]] | DL#: [[US_DRIVER_LICENSE:B392-4177-6091]] (IL) | DOB: [[DATE_TIME:10/30/1990]] | Address: [[ADDRESS:5412 N Sheridan Rd, Apt 2W]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60640]] | Insurance co.: Lakeview Mutual",
    "Your booking for [[PERSON:Mr. Hiroshi Sato]] and [[PERSON:Mrs. Yuki Sato]] at the Harbourview Hotel is confirmed (check-in [[DATE_TIME:2025-05-09]], check-out [[DATE_TIME:2025-05-12]]). Contact: [[EMAIL_ADDRESS:h.sato@docomo.ne.jp]].",
    "Profile: [[USERNAME:ama_codes]] | Name: [[PERSON:Ama Boateng]] | Location: [[LOCATION:Accra]], [[LOCATION:Ghana]] | Website: [[URL:https://amaboateng.dev]] | Joined: [[DATE_TIME:June 2019]]",
    "We are writing to inform [[PERSON:Mx. Riley Thompson]] that the balance on card [[CREDIT_CARD:3796 729968 71777]] is overdue. Please call us back on [[PHONE_NUMBER:(503) 555-2817]] or write to [[ADDRESS:PO Box 1193]], [[LOCATION:Portland]], [[LOCATION:OR]] [[ZIP_CODE:97207]].",
    "Emergency contact for [[PERSON:Amina Yusuf]]: [[PERSON:Hassan Yusuf]] (husband), [[PHONE_NUMBER:+44 7911 203 884]], [[ADDRESS:29 Stanley Road]], [[LOCATION:Bootle]], [[LOCATION:Merseyside]], [[ZIP_CODE:L20 3EF]].",
    "The charity received a Gift Aid declaration from [[PERSON:Margaret Ellison]] ([[AGE:79]]), [[ADDRESS:3 Abbey Mews]], [[LOCATION:Bath]] [[ZIP_CODE:BA1 2QE]], signed [[DATE_TIME:5th March 2025]].",
    "System log: user=[[USERNAME:dpatel]] src=[[IP_ADDRESS:172.16.8.41]] action=export rows=1200 dst=[[IP_ADDRESS:52.14.201.9]] status=OK",
    "[[PERSON:Ms. Nadia Rahman]], aged [[AGE:33]], [[NRP:Bangladeshi]], Garment Quality Inspector, phone [[PHONE_NUMBER:+880 1712-448930]], residing at [[ADDRESS:House 27, Road 11]], [[LOCATION:Dhanmondi]], [[LOCATION:Dhaka]] [[ZIP_CODE:1209]].",
    "Recipient: [[PERSON:Liam O'Sullivan]]\nAddress line 1: [[ADDRESS:Unit 4]]\nAddress line 2: [[ADDRESS:11 Marine Parade]]\nCity: [[LOCATION:Napier]]\nPostcode: [[ZIP_CODE:4110]]\nCountry: [[LOCATION:New Zealand]]\nPhone: [[PHONE_NUMBER:+64 6 835 2294]]",
    "Kindly find attached the payslip for [[PERSON:Juan dela Cruz]], SSS No. [[ID_NUMBER:34-1928475-6]], TIN [[ID_NUMBER:418-203-776-000]], for the period ending 15 March. Address: [[ADDRESS:Blk 7 Lot 22, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]].",
    "Dear [[TITLE:Professor]] [[PERSON:Alan Whitcombe]], the visiting fellowship committee confirms your stay from [[DATE_TIME:1 to 30 June 2025]]. Your university login [[USERNAME:awhitc01]] will be active from your arrival.",
    "A pedido de [[PERSON:Joana Mendes]], [[AGE:38]] anos, enfermeira, residente na [[ADDRESS:Rua do Almada 312]], [[ZIP_CODE:4050-032]] [[LOCATION:Porto]], o reembolso foi enviado para [[IBAN_CODE:PT50003506977540387125315]].",
    "[[PERSON:Mr. Kwabena Asare]] (DOB [[DATE_TIME:1979.04.02]]) of [[ADDRESS:GA-183-8164]], [[LOCATION:Accra]] opened account [[ID_NUMBER:1441002389127]] at the [[LOCATION:Osu]] branch.",
    "Form W-9: Name [[PERSON:Stephanie Alvarez]]; Business name: (blank); SSN [[US_SSN:431-67-2290]]; Address [[ADDRESS:908 Magnolia Blvd]], [[LOCATION:Burbank]], [[LOCATION:CA]] [[ZIP_CODE:91506]]; Signature date [[DATE_TIME:01/07/2025]].",
    "Incident: [[USERNAME:m.okoth]] uploaded 14 files to a personal drive from [[IP_ADDRESS:41.90.64.212]] ([[LOCATION:Nairobi]]) using Chrome 121. HR contact: [[PERSON:Beatrice Otieno]], [[EMAIL_ADDRESS:b.otieno@savannahfreight.co.ke]].",
    "Subscriber [[PERSON:Ahmad Karimi]], [[AGE:47]], male, [[NRP:Afghan]] national, SIM registered [[DATE_TIME:08/08/2024]] on [[PHONE_NUMBER:07856 201 449]], address [[ADDRESS:52 Soho Road]], [[LOCATION:Handsworth]], [[LOCATION:Birmingham]] [[ZIP_CODE:B21 9DP]].",
    "Dear [[PERSON:Alexandre Dubois]], your Swiss salary account [[IBAN_CODE:CH9768095419885795008]] will receive the bonus on your work anniversary, [[DATE_TIME:14 April]].",
    "[[PERSON:Sarah-Jane Whitfield]] (username [[USERNAME:sjwhitfield]], IP [[IP_ADDRESS:212.58.244.20]]) posted a review of the clinic under her own name and her home town, [[LOCATION:Harrogate]].",
    "Pupil: [[PERSON:Mia Kovač]] | UPN: [[ID_NUMBER:N801200411027]] | DOB: [[DATE_TIME:2015-02-11]] | Year: 5 | Parent: [[PERSON:Ivana Kovač]] | Tel: [[PHONE_NUMBER:07824 330 518]] | Email: [[EMAIL_ADDRESS:ivana.kovac@gmail.com]]",
    "The borrower, [[PERSON:Mr. Emeka Obi]], a [[AGE:39]]-year-old pharmacist, pledged the property at [[ADDRESS:Plot 14, Lekki Gardens Phase II]], [[LOCATION:Ajah]], [[LOCATION:Lagos State]]. BVN: [[ID_NUMBER:22184092735]].",
    "Order shipped to [[PERSON:Ruth Abernathy]], [[ADDRESS:RR 2, 417 Concession Road 6]], [[LOCATION:Lakefield]], [[LOCATION:ON]] [[ZIP_CODE:K0L 2H0]], [[LOCATION:Canada]]. Phone: [[PHONE_NUMBER:705-652-0183]]. Paid with Discover [[CREDIT_CARD:6011 4438 8933 9178]].",
    "Hi [[PERSON:Dr. Mensah]], I'm [[PERSON:Esi]]'s mother. Her date of birth is [[DATE_TIME:6th July 2019]] and her hospital number is [[ID_NUMBER:KBTH-204418]]. You can call me on [[PHONE_NUMBER:024 419 8302]].",
    "Crypto withdrawal: user [[USERNAME:lunar_vik]] ([[EMAIL_ADDRESS:viktor.l@tutanota.com]]) withdrew 0.8 ETH to [[ID_NUMBER:0x4bE1c7A9f02D38e6b5A1C09e7f3D24aB8e61C5d2]] from IP [[IP_ADDRESS:95.173.136.70]].",
    "[[PERSON:Aditi Banerjee]] is a [[AGE:24]]-year-old [[NRP:Hindu]] bride-to-be from [[LOCATION:Kolkata]]; her fiancé [[PERSON:Arjun Sen]] works in [[LOCATION:Toronto]]. Wedding date: [[DATE_TIME:12.12.2025]].",
    "Job application — [[PERSON:Ms. Olivia Chanda]], [[NRP:Zambian]]-born Project Manager, currently at [[ADDRESS:17 Rosebank Terrace]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2196]]; LinkedIn: [[URL:https://www.linkedin.com/in/oliviachanda]]; mobile [[PHONE_NUMBER:+27 71 882 4019]].",
    "Kontoinhaber: [[PERSON:Lukas Hoffmann]]; IBAN: [[IBAN_CODE:DE26 1164 7887 8671 8255 79]]; Anschrift: [[ADDRESS:Lindenallee 7]], [[ZIP_CODE:50968]] [[LOCATION:Köln]]; geboren am [[DATE_TIME:02.03.1985]]; Beruf: Elektriker.",
    "Your Steam account [[USERNAME:PixelPaladin]] (Steam ID [[ID_NUMBER:76561198042291873]]) was logged into from [[IP_ADDRESS:109.86.14.233]] in [[LOCATION:Kyiv]].",
    "Attendee: [[TITLE:Rev.]] [[PERSON:Thomas Whitaker]], [[AGE:61]], of [[ADDRESS:The Vicarage, 2 Church Street]], [[LOCATION:Ludlow]] [[ZIP_CODE:SY8 1AP]] and email [[EMAIL_ADDRESS:tom.whitaker@btinternet.com]].",
    "[[PERSON:Mrs. Precious Banda]], age [[AGE:44]], Cashier, DOB [[DATE_TIME:14 Feb 1981]], resides at [[ADDRESS:Area 47, Sector 3, House 112]], [[LOCATION:Lilongwe]], [[LOCATION:Malawi]], phone [[PHONE_NUMBER:+265 999 418 207]].",
    "Our system flagged [[EMAIL_ADDRESS:dwright@wrightroofing.com]] (owner [[PERSON:Dale Wright]]) for using card [[CREDIT_CARD:4089 6498 3359 7362]] from both [[IP_ADDRESS:73.92.14.180]] and [[IP_ADDRESS:73.92.14.181]].",
    "[[PERSON:Jean-Baptiste Nkurunziza]], [[NRP:Rwandan]], [[AGE:36]], holds residence permit [[ID_NUMBER:B 0719384 27]] and lives at [[ADDRESS:Rue Haute 210 bte 4]], [[ZIP_CODE:1000]] [[LOCATION:Bruxelles]].",
    "Dear [[PERSON:Zoe]], your mentor [[PERSON:Dr. Fiona Campbell]] will meet you on Wednesday [[DATE_TIME:19/03]]; please bring your student card ([[ID_NUMBER:S2219834]]).",
    "Passenger: [[TITLE:MR]] [[PERSON:HAMID NOORI]] | FF No: [[ID_NUMBER:EK 418920371]] | Tel: [[PHONE_NUMBER:+971 50 418 2290]] | Email: [[EMAIL_ADDRESS:hamid.noori@gmail.com]] | DOB: [[DATE_TIME:19MAR1986]]",
    "[[PERSON:Tanvir Hossain]] requested deletion of his data; account email [[EMAIL_ADDRESS:tanvir.h@icloud.com]], last login IP [[IP_ADDRESS:103.7.4.199]], request received [[DATE_TIME:Jan 9 2025]].",
    "Beneficiary: [[PERSON:Aroha Parata]] | Relationship: daughter | DOB: [[DATE_TIME:2001-11-05]] | IRD: [[ID_NUMBER:049-091-850]] | Address: [[ADDRESS:3 Kowhai Place]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]]",
    "The prescription for [[PERSON:Mr. Ian Fraser]] (CHI [[ID_NUMBER:1503620913]]) was collected by his wife [[PERSON:Morag]] on the [[DATE_TIME:4th]] from the pharmacy in [[LOCATION:Paisley]].",
    "Name: [[PERSON:Bolanle Adebayo-Smith]] | Nationality: [[NRP:Nigerian]] | Religion: [[NRP:Christian]] | Age: [[AGE:27]] | Email: [[EMAIL_ADDRESS:bola.adebayo@gmail.com]] | Tel: [[PHONE_NUMBER:0803 224 9017]]",
    "Alert: new device login for [[USERNAME:marisol.vega]] from [[IP_ADDRESS:189.203.14.77]] ([[LOCATION:Guadalajara]], [[LOCATION:Mexico]]). Recovery email: [[EMAIL_ADDRESS:marisolvega.mx@gmail.com]]. Recovery phone: [[PHONE_NUMBER:+52 33 1844 9021]].",
    "[[PERSON:Dr. Priyanka Reddy]] (Reg. No. [[ID_NUMBER:KMC 84193]]) examined [[TITLE:Master]] [[PERSON:Vihaan Rao]], [[AGE:7]], on [[DATE_TIME:14-01-2025]] at her clinic at [[ADDRESS:No. 42, 5th Cross, Indiranagar 2nd Stage]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]].",
    "Il dipendente [[PERSON:Stefano Greco]], codice fiscale [[ID_NUMBER:GRCSFN82M14F205X]], residente in [[ADDRESS:Corso Buenos Aires 45]], [[ZIP_CODE:20124]] [[LOCATION:Milano]], è stato assunto il [[DATE_TIME:1° settembre 2024]].",
    "Solicitud de [[PERSON:Andrés Felipe Rojas]], cédula [[ID_NUMBER:1.020.448.917]], correo [[EMAIL_ADDRESS:andresrojas.co@gmail.com]], celular [[PHONE_NUMBER:+57 310 448 2219]], dirección [[ADDRESS:Calle 85 # 11-53, apto 401]], [[LOCATION:Bogotá]].",
    "Patient [[PERSON:Eleanor Whitmore]], [[AGE:82]]F, NHS no. [[ID_NUMBER:403 000 6205]], lives alone at [[ADDRESS:11 Primrose Hill]], [[LOCATION:Kendal]], [[ZIP_CODE:LA9 4QE]]; GP [[PERSON:Dr. S. Iqbal]].",
    "Seller [[USERNAME:vintage.vinyl.vic]] ([[PERSON:Victoria Lam]]) shipped the record to [[PERSON:Noah Fischer]] at [[ADDRESS:77 Queen Street West, Unit 1408]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5H 2M5]].",
    "[[PERSON:Julien Moreau]], [[AGE:41]] ans, ingénieur, [[EMAIL_ADDRESS:julien.moreau@orange.fr]], [[PHONE_NUMBER:+33 6 18 44 72 90]], né le [[DATE_TIME:9 mars 1984]] à [[LOCATION:Nantes]].",
    "Donor [[PERSON:Kamala Sivakumar]], blood group O+, donor no. [[ID_NUMBER:NBS-7720194]], last donation [[DATE_TIME:02 Dec 2024]], address [[ADDRESS:8 Lavender Way]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2LR]].",
    "Hi, my name is [[PERSON:Connor Walsh]]. I'm [[AGE:19]] and a first-year at Trinity. My PPSN is [[ID_NUMBER:7988566D]] and I live at [[ADDRESS:22 Clanbrassil Street Lower]], [[LOCATION:Dublin 8]].",
    "The lease between [[PERSON:Mr. Bongani Mthembu]] and the landlord starts [[DATE_TIME:01 April 2025]] for [[ADDRESS:Unit 303, The Reeds, 15 Oxford Road]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]].",
    "Name: [[PERSON:Ravi Chandran]]; Emp ID: [[ID_NUMBER:INF-228194]]; UAN: [[ID_NUMBER:100948271635]]; Aadhaar: [[ID_NUMBER:8176 5934 5176]]; Bank A/C: [[ID_NUMBER:31094827731]]; IFSC: SBIN0001234",
    "[[PERSON:Femi Ogunleye]] logged into the betting site as [[USERNAME:femi_the_great]] at 23:41 from [[IP_ADDRESS:197.210.53.118]] and deposited ₦20,000 from card [[CREDIT_CARD:5149 3873 4099 9111]].",
    "Membership renewal: [[PERSON:Mrs. Dorothy Pemberton]], member since [[DATE_TIME:May 1998]], [[ADDRESS:Rose Cottage, Mill Lane]], [[LOCATION:Ashbourne]], [[LOCATION:Derbyshire]] [[ZIP_CODE:DE6 1JL]], tel [[PHONE_NUMBER:01335 342 118]].",
    "[[TITLE:Mevrouw]] [[PERSON:Sanne Jansen]], geboren [[DATE_TIME:3 augustus 1992]], woont op [[ADDRESS:Oudegracht 144]], [[ZIP_CODE:3511 AZ]] [[LOCATION:Utrecht]] en is bereikbaar op [[PHONE_NUMBER:06-41882093]].",
    "[[PERSON:Kenji Watanabe]] ([[EMAIL_ADDRESS:kenji.w@gmail.com]]) reported that his JCB card [[CREDIT_CARD:3528 1992 0713 3080]] was charged twice at a hotel in [[LOCATION:Sydney]] on [[DATE_TIME:16/02/2025]].",
    "Claim form — Policyholder: [[PERSON:Marguerite Okafor-Lindqvist]]; DOB: [[DATE_TIME:Aug 14, 1975]]; Occupation: Court Stenographer; Address: [[ADDRESS:1840 Wisteria Lane, Unit 6]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31405]]; Date of loss: [[DATE_TIME:02/09/2025]]; Phone: [[PHONE_NUMBER:912-555-0194]]",
    "Thank you, [[PERSON:Mr. Sipho Ndlovu]]. Your debit order from account [[ID_NUMBER:62849107733]] for the gym at [[ADDRESS:Shop 12, Menlyn Maine Central Square]], [[LOCATION:Pretoria]] starts on [[DATE_TIME:1 June 2025]]. SA ID on file: [[ID_NUMBER:8806075219081]].",
]

DOC = [
    """From: [[PERSON:Naomi Fairbanks]] <[[EMAIL_ADDRESS:naomi.fairbanks@gmail.com]]>
To: claims@harbourlineinsure.co.uk
Subject: Re: Claim HL-2025-00918 – water damage

Hi [[PERSON:Gavin]],

Thanks for calling back. As discussed, the leak started on Sunday [[DATE_TIME:9 February]] from the flat above (the owner is [[PERSON:Mr. Anil Chaudhry]], [[ADDRESS:Flat 6, 12 Marlborough Road]]). Our address is [[ADDRESS:Flat 4, 12 Marlborough Road]], [[LOCATION:Brighton]] [[ZIP_CODE:BN1 6RE]]. The loss adjuster, [[PERSON:Karen Lowe]], can visit on the [[DATE_TIME:18th]] after 2pm.

My husband [[PERSON:Owen]] is the second policyholder; his mobile is [[PHONE_NUMBER:07958 332 019]].

Best,
[[PERSON:Naomi Fairbanks]]
[[PHONE_NUMBER:07712 448 306]]

On [[DATE_TIME:12 Feb 2025]], at 16:02, [[PERSON:Gavin Reilly]] <[[EMAIL_ADDRESS:g.reilly@harbourlineinsure.co.uk]]> wrote:
> Dear [[PERSON:Mrs Fairbanks]], please confirm the date the leak started and a number for your co-insured.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Adebayo]], [[PERSON:Folasade]]    Hospital No: [[ID_NUMBER:K1192047]]    NHS No: [[ID_NUMBER:468 571 4172]]
DOB: [[DATE_TIME:22/06/1961]] ([[AGE:63]] y)    Sex: F
Address: [[ADDRESS:31 Ashgrove Avenue]], [[LOCATION:Peckham]], [[LOCATION:London]] [[ZIP_CODE:SE15 4JX]]
Admitted: [[DATE_TIME:02/03/2025]]    Discharged: [[DATE_TIME:07/03/2025]]
Consultant: [[PERSON:Dr. Helen Marsh]] (Acute Medicine)

Presenting complaint: 3 days of productive cough and fever. CXR: right lower lobe consolidation. Treated with IV co-amoxiclav, switched to oral on day 3.

Follow-up: GP ([[PERSON:Dr. R. Osei]], Queens Road Surgery) to review in 2 weeks. Daughter [[PERSON:Tolu]] ([[PHONE_NUMBER:07399 201 774]]) will collect medication.

Signed: [[PERSON:Dr. Imran Siddique]], FY2, GMC [[ID_NUMBER:7719304]]""",
    """INCIDENT REPORT – Northgate Leisure Centre
Date of incident: [[DATE_TIME:14/01/2025]]   Time: 18:40
Reported by: [[PERSON:Ryan Cooper]] (Duty Manager, staff no. [[ID_NUMBER:NL-0332]])
Injured person: [[PERSON:Maisie Turner]], aged [[AGE:12]]
Parent/guardian: [[PERSON:Ms. Joanne Turner]], [[ADDRESS:8 Fernlea Close]], [[LOCATION:Stockport]] [[ZIP_CODE:SK4 3PL]], tel [[PHONE_NUMBER:0161 442 7719]]
Description: [[PERSON:Maisie]] slipped on the poolside near lane 3 and cut her chin. First aid given by lifeguard [[PERSON:Dylan Hughes]]. Ambulance not required; mother advised to attend A&E.
Witness: [[PERSON:Mr. Kashif Iqbal]] ([[PHONE_NUMBER:07833 116 502]]).""",
    """Call transcript – ref 55-201-774
AGENT: Thanks for calling Kestrel Energy, my name's [[PERSON:Priya]]. Can I take your name?
CALLER: Yeah it's [[PERSON:Dean Whitlock]].
AGENT: And the first line of the address?
CALLER: [[ADDRESS:forty-two Larch Avenue]], [[LOCATION:Swindon]].
AGENT: And postcode?
CALLER: [[ZIP_CODE:S N two, seven L Q]].
AGENT: Lovely. And date of birth for security?
CALLER: [[DATE_TIME:third of May, eighty-one]].
AGENT: Thanks [[PERSON:Dean]]. What can I help with?
CALLER: I'm moving out on the [[DATE_TIME:twenty-eighth]] and want a final reading. New address will be [[ADDRESS:9 Kingfisher Way]], [[LOCATION:Chippenham]].
AGENT: No problem. Best number to reach you?
CALLER: [[PHONE_NUMBER:oh seven seven one two, four four eight, three oh six]].""",
    """[[PERSON:Dr. Amara Okonkwo]]
[[ADDRESS:Suite 3, 120 Collins Street]]
[[LOCATION:Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3000]]

[[DATE_TIME:17 March 2025]]

[[PERSON:Dr. Nicholas Papas]]
[[ADDRESS:45 Sydney Road]]
[[LOCATION:Brunswick]] [[LOCATION:VIC]] [[ZIP_CODE:3056]]

Dear [[PERSON:Nick]],

Re: [[PERSON:Ms. Georgia Wells]], DOB [[DATE_TIME:05/10/1990]], Medicare [[ID_NUMBER:2428 77813 2]]

Thank you for referring [[PERSON:Georgia]], a [[AGE:34]]-year-old graphic designer, with a 6-month history of migraine. Examination was normal. I have started propranolol and will review her on [[DATE_TIME:28 April]]. She can be contacted on [[PHONE_NUMBER:0423 117 840]].

Kind regards,
[[PERSON:Amara Okonkwo]]""",
    """#general (Slack export)
[[USERNAME:kelsey.m]]: has anyone seen the signed NDA for the contractor? [[PERSON:Tomás Reyes]]?
[[USERNAME:t.reyes]]: sent it to legal@finchworks.io yesterday, also cc'd [[PERSON:Kelsey]]
[[USERNAME:kelsey.m]]: thx. also HR needs his home address for the contract
[[USERNAME:t.reyes]]: [[ADDRESS:2318 Alameda St, Apt 7]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94606]]
ops-bot: reminder: do not post personal data in public channels
[[USERNAME:kelsey.m]]: oops 🙈 [[PERSON:Tomás]] can you DM [[PERSON:Farah]] your DOB and SSN instead
[[USERNAME:t.reyes]]: ok — [[USERNAME:farah.k]] sending now""",
    """TENANCY AGREEMENT (Assured Shorthold)
This agreement is made on [[DATE_TIME:1st September 2024]] between:
Landlord: [[PERSON:Mr. Robert Kingsley]] of [[ADDRESS:The Grange, Mill Road]], [[LOCATION:Saffron Walden]] [[ZIP_CODE:CB10 2AJ]]
Tenant(s): [[PERSON:Ms. Anjali Verma]] and [[PERSON:Mr. Callum Price]]
Property: [[ADDRESS:Flat 3, 19 Regent Street]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB2 1AB]]
Term: 12 months from [[DATE_TIME:1st September 2024]] to [[DATE_TIME:31st August 2025]]
Rent: £1,650 per calendar month, payable to the landlord's account [[IBAN_CODE:GB22MIDL94371313588769]].
Deposit: £1,900, protected with the DPS.
Tenant contact: [[EMAIL_ADDRESS:anjali.verma@outlook.com]], [[PHONE_NUMBER:07501 229 846]]""",
    """Subject: Your new starter pack – welcome [[PERSON:Chidinma]]!

Hi [[PERSON:Chidinma]],

Welcome to Tallis & Boyd! Your first day is Tuesday [[DATE_TIME:8 April]] (Monday is a bank-holiday training day). Please report to [[PERSON:Sandra Pike]] at reception, [[ADDRESS:Level 4, 55 Baker Street]], [[LOCATION:London]] [[ZIP_CODE:W1U 8EW]].

Your details on file:
Employee number: [[ID_NUMBER:TB-11842]]
Username: [[USERNAME:cnwachukwu]]
Personal email: [[EMAIL_ADDRESS:chidinma.nwachukwu@gmail.com]]
NI number: [[ID_NUMBER:SX 44 18 27 C]]
Bank: [[IBAN_CODE:GB87NWBK24889057406500]]

Any questions, reply here or call me on [[PHONE_NUMBER:020 7946 0182]].

[[PERSON:Marcus Ellery]]
People Team""",
    """Police witness statement
Name: [[PERSON:Mary-Kate Doherty]]   Age: over 18   Occupation: Bus driver
Address: [[ADDRESS:27 Shipquay Street]], [[LOCATION:Derry]] [[ZIP_CODE:BT48 6DL]]
I am the driver of the 12B. On Friday [[DATE_TIME:21 February 2025]] at about 22:15 a man I now know as [[PERSON:Shane McGinley]] got on at Guildhall Square. He was about [[AGE:25]], wearing a grey hoodie. He shouted at a passenger, [[PERSON:Mrs. Aisling Byrne]], and took her phone. I radioed control and [[TITLE:Constable]] [[PERSON:P. Quinn]] (collar [[ID_NUMBER:4471]]) met the bus at Foyle Street.
Signed: [[PERSON:M. Doherty]]   Dated: [[DATE_TIME:22/02/2025]]""",
    """Objet : Réclamation bagage – dossier PARAF41882
Madame, Monsieur,
Je m'appelle [[PERSON:Claire Rousseau]] et je suis arrivée à [[LOCATION:Paris]] depuis [[LOCATION:Montréal]] le [[DATE_TIME:4 janvier 2025]]. Ma valise rouge n'est jamais arrivée. Merci de la livrer au [[ADDRESS:27 boulevard Voltaire]], [[ZIP_CODE:75011]] [[LOCATION:Paris]]. Je suis joignable au [[PHONE_NUMBER:+33 6 44 90 21 18]] ou par courriel : [[EMAIL_ADDRESS:claire.rousseau@free.fr]].
Mon numéro Flying Blue : [[ID_NUMBER:2093184477]].
Cordialement,
[[PERSON:Claire Rousseau]]""",
    """School report – Term 2
Pupil: [[PERSON:Ethan Mwale]]   Class: 4B   Date of birth: [[DATE_TIME:09.05.2016]]
Class teacher: [[PERSON:Mrs. Grace Chirwa]]
[[PERSON:Ethan]] has made good progress in reading this term and is now reading above the expected level (reading age 9.2). Maths remains a challenge.
Attendance: 94%. Absences on [[DATE_TIME:12 and 13 May]] (medical).
Parent meeting booked with [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Mwale]] for [[DATE_TIME:26 June]].
Head teacher: [[PERSON:Mr. Felix Banda]]""",
    """Support ticket #44120 – history
[[DATE_TIME:03/02/2025]] 09:12 – Customer [[PERSON:Hyun-woo Lee]] ([[EMAIL_ADDRESS:hwlee.design@gmail.com]]) reports he cannot log in as [[USERNAME:hwlee_design]].
[[DATE_TIME:03/02/2025]] 09:40 – Agent [[PERSON:Marta]]: last successful login from [[IP_ADDRESS:121.134.72.18]]; failed attempts from [[IP_ADDRESS:45.155.205.233]]. Account locked.
[[DATE_TIME:04/02/2025]] 11:05 – Customer called from [[PHONE_NUMBER:+82 10-4418-2093]], verified DOB [[DATE_TIME:1991-08-30]].
[[DATE_TIME:04/02/2025]] 11:20 – Agent [[PERSON:Marta]]: password reset link sent, 2FA re-enrolled.""",
    """CURRICULUM VITAE
[[PERSON:Oluwatobi Adeleke]]
[[ADDRESS:14 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]] • [[PHONE_NUMBER:+234 802 771 4039]] • [[EMAIL_ADDRESS:tobi.adeleke@gmail.com]]
[[URL:https://github.com/tobiadeleke]] • [[URL:https://www.linkedin.com/in/tobi-adeleke]]
Date of birth: [[DATE_TIME:11 November 1994]]   Nationality: [[NRP:Nigerian]]

EXPERIENCE
Senior Mobile Developer, Paystack — [[DATE_TIME:Mar 2021]] to present
Mobile Developer, Andela — [[DATE_TIME:Jun 2018]] to [[DATE_TIME:Feb 2021]]

REFERENCES
[[PERSON:Mrs. Funmilayo Ogun]], Engineering Manager — [[EMAIL_ADDRESS:f.ogun@paystack.com]]""",
    """Clinical note – Riverside Veterinary Clinic
Owner: [[PERSON:Mr. Harjit Bains]], [[ADDRESS:62 Sycamore Drive]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3S 4T2]]; ph [[PHONE_NUMBER:604-555-0149]]
Patient: "Bruno", 6 y/o male neutered Labrador, microchip 985112004418231
Visit: [[DATE_TIME:Feb 11, 2025]]
Hx: owner reports limping R hind for 4 days. Exam: mild effusion R stifle. Plan: meloxicam, recheck [[DATE_TIME:Feb 25]]. Vet: [[PERSON:Dr. Lauren Fisk]].
Payment: Visa ending 2128. Owner email [[EMAIL_ADDRESS:hbains@telus.net]].""",
    """Minutes – St Brendan's Parish Council
Date: Thursday [[DATE_TIME:6 March 2025]]
Present: [[TITLE:Fr.]] [[PERSON:Michael Duggan]] (chair), [[PERSON:Bridget Nolan]], [[PERSON:Seán Keane]], [[PERSON:Agnieszka Wójcik]], [[PERSON:Patrick Doyle]]
Apologies: [[PERSON:Maureen Fahy]]
1. [[PERSON:Bridget]] reported that the new parishioner list holds 412 families. [[PERSON:Agnieszka]] will coordinate the Polish-language Mass.
2. Hall booking for the [[PERSON:Keane]]–[[PERSON:Lynch]] wedding reception on [[DATE_TIME:14 June]] confirmed.
3. Next meeting: [[DATE_TIME:3 April 2025]].""",
    """Estimada [[TITLE:Sra.]] [[PERSON:Pilar Navarro]]:

Le confirmamos la reserva del vehículo para los días del [[DATE_TIME:10 al 17 de agosto]]. Recogida en la oficina de [[LOCATION:Málaga]]. Conductor principal: [[PERSON:Pilar Navarro Ruiz]], DNI [[ID_NUMBER:59044488S]], permiso de conducir con más de tres años de antigüedad. Conductor adicional: [[PERSON:Javier Soto]], [[AGE:45]] años.

Se ha bloqueado una fianza de 300 € en la tarjeta [[CREDIT_CARD:4898 1839 6254 9508]].
Teléfono de contacto facilitado: [[PHONE_NUMBER:+34 629 441 802]].

Atentamente,
[[PERSON:Lorena]], Atención al Cliente""",
    """MSH|^~\\&|PAS|CITYHOSP|LAB|CITYHOSP|||ADT^A01|MSG00921|P|2.5
PID|1||[[ID_NUMBER:M4471029]]^^^CITYHOSP^MR||[[PERSON:Okafor]]^[[PERSON:Chukwuemeka]]^[[PERSON:J]]^^[[TITLE:MR]]||[[DATE_TIME:19750312]]|M|||[[ADDRESS:18 Lime Street]]^^[[LOCATION:Liverpool]]^^[[ZIP_CODE:L1 1JQ]]^[[LOCATION:GBR]]||[[PHONE_NUMBER:07711 504 882]]
PV1|1|I|WARD12^B4|||||[[ID_NUMBER:C44182]]^[[PERSON:Whitfield]]^[[PERSON:Anne]]^^^[[TITLE:DR]]""",
    """Letter of offer
[[DATE_TIME:20 January 2025]]
[[PERSON:Ms. Ruth Wambui Njoroge]]
[[ADDRESS:P.O. Box 30122]]-[[ZIP_CODE:00100]]
[[LOCATION:Nairobi]]

Dear [[PERSON:Ruth]],
We are pleased to offer you the position of Finance Officer at Jamii Microfinance, starting [[DATE_TIME:1 February 2025]]. Your salary will be paid to account [[ID_NUMBER:0110284471920]]. Please bring your national ID ([[ID_NUMBER:30418275]]), KRA PIN ([[ID_NUMBER:A014429187K]]) and NSSF number ([[ID_NUMBER:2009418827]]) on your first day.
Yours sincerely,
[[PERSON:Daniel Kiprotich]]
HR Manager""",
    """Chat log – Shopwise marketplace
[14:02] Buyer ([[USERNAME:jess_loves_thrift]]): hi is the jacket still available?
[14:05] Seller ([[USERNAME:mo.khalil.store]]): yes! where are you based
[14:06] Buyer ([[USERNAME:jess_loves_thrift]]): [[LOCATION:Parramatta]]. can you post to [[ADDRESS:5/22 Church Street]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2150]]? name is [[PERSON:Jessica Tran]]
[14:08] Seller ([[USERNAME:mo.khalil.store]]): sure. payid is my mobile [[PHONE_NUMBER:0438 902 117]] ([[PERSON:Mohammed Khalil]])
[14:10] Buyer ([[USERNAME:jess_loves_thrift]]): sent 👍""",
    """Court record – Magistrates' Court
Case: R v [[PERSON:Daniel Fraser]]
Defendant: [[PERSON:Daniel James Fraser]], born [[DATE_TIME:07/11/1996]], of [[ADDRESS:Flat 12, Tower Court, 40 Eastgate]], [[LOCATION:Leeds]] [[ZIP_CODE:LS2 7JL]]
PNC ID: [[ID_NUMBER:96/441827K]]
Hearing date: [[DATE_TIME:18 March 2025]] before [[TITLE:District Judge]] [[PERSON:Harris]]
Prosecutor: [[PERSON:Ms. Leila Farouk]]
Defence: [[PERSON:Mr. Tom Bradshaw]] (duty solicitor)
Outcome: adjourned to [[DATE_TIME:8 April 2025]]; bail conditions – reside at above address, not to contact [[PERSON:Kerry Fraser]].""",
]

CHAT = [
    """[[PERSON:kezia]]: omg did u see [[PERSON:dami]] at the party lol
[[PERSON:tolu]]: 😂 yesss. btw whats ur new number
[[PERSON:kezia]]: [[PHONE_NUMBER:07459 330 182]] the old one got stolen
[[PERSON:tolu]]: saved ✅ send me ur addy for the bday invite
[[PERSON:kezia]]: [[ADDRESS:19 hollybush rd]] [[LOCATION:ilford]] [[ZIP_CODE:ig1 2pq]]""",
    """hey [[PERSON:jase]] its [[PERSON:mel]] from the netball club 🏐 we need ur dob for the league rego, is it [[DATE_TIME:4/7/09]]?? and ur mum's email is [[EMAIL_ADDRESS:sharon.kowalski@bigpond.com]] right""",
    """[[USERNAME:grimreaper_99]]: anyone selling a ps5 controller near [[LOCATION:Leicester]]?
[[USERNAME:bigdave_lcfc]]: got one mate 20 quid, im in [[LOCATION:Oadby]]
[[USERNAME:grimreaper_99]]: sound, whats ur paypal
[[USERNAME:bigdave_lcfc]]: [[EMAIL_ADDRESS:dave.whitworth84@gmail.com]] ... name's [[PERSON:Dave]] lol""",
    """Mum: [[PERSON:Ananya]] beta did you send the fees to [[PERSON:Sharma]] uncle
[[PERSON:Ananya]]: yes mummy sent from gpay to [[USERNAME:rsharma1962@okaxis]] 🙏
Mum: ok. [[PERSON:Rohit]] says his flight lands on [[DATE_TIME:23rd]] night, he's flying in from [[LOCATION:Delhi]]
[[PERSON:Ananya]]: ya ya""",
    """@[[USERNAME:ceo_claire]] hey can u please buy 5 x £100 Apple gift cards for a client, I'm in a meeting. send the codes to [[EMAIL_ADDRESS:claire.beaumont.office@gmail.com]] asap
[[PERSON:Tom]]: is this really you [[PERSON:Claire]]? your email is usually [[EMAIL_ADDRESS:c.beaumont@hartleyrowe.co.uk]]""",
    """lol [[PERSON:marco]] ur so extra 😂😂 anyway whats the wifi at ur place, and is it [[ADDRESS:34 via roma]] or [[ADDRESS:43 via roma]]? my uber driver [[PERSON:gianluca]] is lost""",
    """Driver ([[PERSON:Kwame]]): hello I am outside, black toyota [[ID_NUMBER:GR 4418-22]]
Rider: coming, white gate opposite [[ADDRESS:14 Oxford St]] [[LOCATION:Osu]]
Driver ([[PERSON:Kwame]]): ok. call me [[PHONE_NUMBER:024 771 0392]] if u cant see""",
    """r/legaladvice — Landlord keeping my deposit ([[LOCATION:Ontario]])
Throwaway. My landlord ([[PERSON:Gary Pelletier]]) says I damaged the carpet at [[ADDRESS:58 Elgin St, unit 3]] in [[LOCATION:Ottawa]]. I moved out on [[DATE_TIME:Jan 31]] and have photos. He won't answer texts to [[PHONE_NUMBER:613-555-0177]]. Edit: I'm [[AGE:22]] and this was my first lease, so any help appreciated 🙏""",
    """hola [[PERSON:vero]]!! 🥳 ya llegué a [[LOCATION:Sevilla]]. mi nuevo número es el [[PHONE_NUMBER:644 21 88 30]], guárdalo. el piso está en [[ADDRESS:calle Feria 42, 2ºA]] por si me quieres mandar el paquete. besos, [[PERSON:lu]]""",
    """[[USERNAME:notsarahj]] — Today at 9:41 PM
guys pls dont share my real name, [[USERNAME:xander_plays]] just posted it in #general 😡
modbot — Today at 9:42 PM
Message removed. User [[USERNAME:xander_plays]] has been warned.
[[USERNAME:xander_plays]] — Today at 9:43 PM
it's literally on her twitch lol [[URL:https://twitch.tv/notsarahj]]""",
    """hey it's [[PERSON:niamh]] 👋 the plumber said he can come thurs, can u let him in? key is w [[TITLE:mrs]] [[PERSON:o'leary]] at no. 12. his name is [[PERSON:pádraig]] and his number is [[PHONE_NUMBER:087 331 9042]]""",
    """[[PERSON:Joy]]: Ate, pa-load naman ako, [[PHONE_NUMBER:0917 884 2210]] 🙏
[[PERSON:Rhea]]: sige. ikaw pa rin ba yung sa [[ADDRESS:Blk 12 Lot 4, Villa Verde Subd.]], [[LOCATION:Dasmariñas]]?
[[PERSON:Joy]]: opo! salamat ate love u""",
    """Customer: hi my order never came, name [[PERSON:Sandeep Gill]], postcode [[ZIP_CODE:UB1 3HH]]
Agent ([[PERSON:Leanne]]): Sorry to hear that [[PERSON:Sandeep]]! Can you confirm the first line of your address?
Customer: [[ADDRESS:77 Lady Margaret Road]]
Agent ([[PERSON:Leanne]]): Thank you. I can see it was left with a neighbour at no. 75 on [[DATE_TIME:12/02]]. Can I help with anything else?""",
    """lol [[PERSON:big mike]] just turned [[AGE:40]] 🎉🎉 party at his on sat, [[ADDRESS:22 wattle st]] [[LOCATION:penrith]]. bring drinks. [[PERSON:shazza]] is doing the cake""",
    """Hallo [[PERSON:Jule]] 😊 kannst du mir deine IBAN schicken für das Geld vom Konzert?
[[PERSON:Jule]]: klar: [[IBAN_CODE:DE26 1164 7887 8671 8255 79]]
oh warte das ist das Konto von meinem Bruder [[PERSON:Lukas]], sorry 🙈 nimm [[IBAN_CODE:DE24 8686 2906 6910 0090 10]]""",
    """@[[USERNAME:jayden.r]] yo can u cover my shift sat? 🙏
@[[USERNAME:priya_k]] which one lol
@[[USERNAME:jayden.r]] 7-3 at the [[LOCATION:Camden]] store. [[PERSON:sasha]] already said no 💀
@[[USERNAME:priya_k]] fine but ur buying me nandos""",
    """Hi [[PERSON:Femi]], this is [[PERSON:Dr. Adeyemi]]'s office reminding you of your appointment on Tues [[DATE_TIME:4 March]] at 11:15. Reply C to confirm. To reschedule call us.""",
    """Voicemail (auto-transcribed): "Hi, this is [[PERSON:Lerato]] from Ubuntu Properties, calling for [[PERSON:Mr. Pillay]]. The viewing at [[ADDRESS:23 Jan Smuts Avenue]] in [[LOCATION:Craighall]] is confirmed for tomorrow. Please call me back on [[PHONE_NUMBER:oh eight two, five five four, one oh nine three]]. Thanks, bye.\"""",
    """[[PERSON:jo]] 💕: babe my nan's [[AGE:90]]th is on the [[DATE_TIME:16th]] can u come
[[PERSON:sam]]: course!! where is it
[[PERSON:jo]] 💕: the red lion in [[LOCATION:whitstable]]. nan wants everyone there by 1""",
    """Forum post by [[USERNAME:CaptainKiwi]] (joined [[DATE_TIME:Mar 2016]], [[LOCATION:Christchurch]], [[LOCATION:NZ]]):
Anyone else had their IRD number leaked? Got a scam text to [[PHONE_NUMBER:021 772 4108]] quoting my full name [[PERSON:Hamish Tait]] and my old address in [[LOCATION:Riccarton]]. Reported to CERT NZ.""",
]

TABLE = [
    """customer_id,first_name,last_name,email,phone,city,postcode
C-10482,[[PERSON:Amelia]],[[PERSON:Hart]],[[EMAIL_ADDRESS:amelia.hart@gmail.com]],[[PHONE_NUMBER:07700 900 415]],[[LOCATION:Leeds]],[[ZIP_CODE:LS6 2AB]]
C-10483,[[PERSON:Yusuf]],[[PERSON:Demir]],[[EMAIL_ADDRESS:ydemir@hotmail.co.uk]],[[PHONE_NUMBER:07893 221 604]],[[LOCATION:Bradford]],[[ZIP_CODE:BD7 1QF]]
C-10484,[[PERSON:Chinonso]],[[PERSON:Eze]],[[EMAIL_ADDRESS:chinonso.eze@yahoo.com]],[[PHONE_NUMBER:07440 118 972]],[[LOCATION:Sheffield]],[[ZIP_CODE:S10 3GH]]""",
    """Name\tDOB\tMRN\tWard\tConsultant
[[PERSON:Margaret O'Brien]]\t[[DATE_TIME:12/04/1941]]\t[[ID_NUMBER:RVJ4471902]]\tWard 7\t[[PERSON:Dr. Ahmed]]
[[PERSON:Kwame Boateng]]\t[[DATE_TIME:30/09/1958]]\t[[ID_NUMBER:RVJ4471915]]\tWard 7\t[[PERSON:Dr. Lindqvist]]
[[PERSON:Harpreet Kaur Sandhu]]\t[[DATE_TIME:02/01/1977]]\t[[ID_NUMBER:RVJ4472003]]\tWard 9\t[[PERSON:Dr. Ahmed]]""",
    """| Emp # | Full Name | Job Title | Start Date | Work Email |
|---|---|---|---|---|
| [[ID_NUMBER:00871]] | [[PERSON:Siddharth Rao]] | Backend Engineer | [[DATE_TIME:2022-01-10]] | [[EMAIL_ADDRESS:s.rao@corvidlabs.io]] |
| [[ID_NUMBER:00872]] | [[PERSON:Naledi Khumalo]] | Product Designer | [[DATE_TIME:2022-02-01]] | [[EMAIL_ADDRESS:n.khumalo@corvidlabs.io]] |
| [[ID_NUMBER:00905]] | [[PERSON:Erik Johansson]] | QA Lead | [[DATE_TIME:2023-06-19]] | [[EMAIL_ADDRESS:e.johansson@corvidlabs.io]] |
| [[ID_NUMBER:00911]] | [[PERSON:Maribel Santos]] | Support Analyst | [[DATE_TIME:2023-08-07]] | [[EMAIL_ADDRESS:m.santos@corvidlabs.io]] |""",
    """{"user_id": [[ID_NUMBER:50219]], "username": "[[USERNAME:dragonslayer_kim]]", "email": "[[EMAIL_ADDRESS:minjae.kim92@naver.com]]", "last_ip": "[[IP_ADDRESS:211.36.142.8]]", "country": "[[LOCATION:KR]]"}
{"user_id": [[ID_NUMBER:50220]], "username": "[[USERNAME:lil_mochi]]", "email": "[[EMAIL_ADDRESS:sakura.ito@gmail.com]]", "last_ip": "[[IP_ADDRESS:126.71.9.240]]", "country": "[[LOCATION:JP]]"}
{"user_id": [[ID_NUMBER:50221]], "username": "[[USERNAME:brkn_arrow]]", "email": "[[EMAIL_ADDRESS:jake.w.porter@outlook.com]]", "last_ip": "[[IP_ADDRESS:98.207.44.13]]", "country": "[[LOCATION:US]]"}""",
    """GUEST NAME            ROOM  ARRIVAL     DEPARTURE   PHONE
[[PERSON:Patel]], [[PERSON:Devika]]         214   [[DATE_TIME:03-Mar-25]]   [[DATE_TIME:05-Mar-25]]   [[PHONE_NUMBER:+44 7723 118 450]]
[[PERSON:Moreno]], [[PERSON:Javier]]        301   [[DATE_TIME:03-Mar-25]]   [[DATE_TIME:07-Mar-25]]   [[PHONE_NUMBER:+34 655 201 877]]
[[PERSON:Okeke]], [[PERSON:Uchenna]]        118   [[DATE_TIME:04-Mar-25]]   [[DATE_TIME:06-Mar-25]]   [[PHONE_NUMBER:+234 806 551 2093]]""",
    """- name: [[PERSON:Tamar Cohen]]
  role: volunteer driver
  phone: "[[PHONE_NUMBER:0412 773 018]]"
  suburb: [[LOCATION:Bondi Junction]]
  joined: [[DATE_TIME:2021-08-14]]
- name: [[PERSON:Mateo Herrera]]
  role: kitchen
  phone: "[[PHONE_NUMBER:0433 219 664]]"
  suburb: [[LOCATION:Marrickville]]
  joined: [[DATE_TIME:2023-02-02]]
- name: [[PERSON:Leilani Kahale]]
  role: coordinator
  phone: "[[PHONE_NUMBER:0401 558 230]]"
  suburb: [[LOCATION:Newtown]]
  joined: [[DATE_TIME:2019-11-30]]""",
    """<tr><th>Tenant</th><th>Unit</th><th>Address</th><th>Lease start</th><th>Rent</th></tr>
<tr><td>[[PERSON:Destiny Jackson]]</td><td>[[ADDRESS:Apt 2A]]</td><td>[[ADDRESS:1415 Fulton St]]</td><td>[[DATE_TIME:06/01/2024]]</td><td>$1,850</td></tr>
<tr><td>[[PERSON:Wei Zhang]]</td><td>[[ADDRESS:Apt 3C]]</td><td>[[ADDRESS:1415 Fulton St]]</td><td>[[DATE_TIME:09/15/2023]]</td><td>$1,920</td></tr>
<tr><td>[[PERSON:Rosa Gutierrez]]</td><td>[[ADDRESS:Apt 4B]]</td><td>[[ADDRESS:1415 Fulton St]]</td><td>[[DATE_TIME:02/01/2025]]</td><td>$1,975</td></tr>""",
    """acct_holder;iban;bic;mandate_date
[[PERSON:Sophie Wagner]];[[IBAN_CODE:DE24868629066910009010]];COBADEFFXXX;[[DATE_TIME:12.01.2025]]
[[PERSON:Maximilian Braun]];[[IBAN_CODE:AT303203003395330939]];RLNWATWW;[[DATE_TIME:15.01.2025]]
[[PERSON:Elif Yılmaz]];[[IBAN_CODE:DE26116478878671825579]];DEUTDEFFXXX;[[DATE_TIME:20.01.2025]]""",
    """Student ID | Surname | Given Name | DOB | Guardian Phone
[[ID_NUMBER:S40192]] | [[PERSON:Mwangi]] | [[PERSON:Brian]] | [[DATE_TIME:2012-07-23]] | [[PHONE_NUMBER:0721 884 390]]
[[ID_NUMBER:S40193]] | [[PERSON:Achieng]] | [[PERSON:Faith]] | [[DATE_TIME:2012-03-05]] | [[PHONE_NUMBER:0733 201 556]]
[[ID_NUMBER:S40207]] | [[PERSON:Kipchoge]] | [[PERSON:Daniel]] | [[DATE_TIME:2011-12-18]] | [[PHONE_NUMBER:0710 663 021]]
[[ID_NUMBER:S40210]] | [[PERSON:Wanjiru]] | [[PERSON:Mercy]] | [[DATE_TIME:2012-01-29]] | [[PHONE_NUMBER:0798 442 117]]""",
    """PAX_NAME,PNR,SEAT,FFN,NATIONALITY
[[PERSON:ADEBAYO]]/[[PERSON:TUNDE]],QX7R2M,14C,[[ID_NUMBER:BA 33841920]],[[NRP:NIGERIAN]]
[[PERSON:FITZPATRICK]]/[[PERSON:AOIFE]],QX7R2M,14D,[[ID_NUMBER:EI 70219385]],[[NRP:IRISH]]
[[PERSON:NGUYEN]]/[[PERSON:THI LAN]],L8K4PZ,22A,,[[NRP:VIETNAMESE]]""",
    """| Name | Age | Sex | Diagnosis | Phone |
|------|-----|-----|-----------|-------|
| [[PERSON:Joseph Mbatha]] | [[AGE:67]] | M | T2DM | [[PHONE_NUMBER:082 441 7790]] |
| [[PERSON:Thandiwe Sithole]] | [[AGE:43]] | F | HTN | [[PHONE_NUMBER:073 902 1184]] |
| [[PERSON:Pieter van der Merwe]] | [[AGE:71]] | M | COPD | [[PHONE_NUMBER:083 225 6401]] |""",
    """order_id\tbuyer\tship_to\tcity\tstate\tzip
448120\t[[PERSON:Brandon Lee]]\t[[ADDRESS:3021 Oakmont Dr]]\t[[LOCATION:Austin]]\t[[LOCATION:TX]]\t[[ZIP_CODE:78731]]
448121\t[[PERSON:Keisha Robinson]]\t[[ADDRESS:77 Hollis Ave, Apt 5]]\t[[LOCATION:Queens]]\t[[LOCATION:NY]]\t[[ZIP_CODE:11423]]
448125\t[[PERSON:Samuel Oyelaran]]\t[[ADDRESS:910 Peachtree St NE, Unit 1204]]\t[[LOCATION:Atlanta]]\t[[LOCATION:GA]]\t[[ZIP_CODE:30309]]""",
    """Nom,Prénom,Date de naissance,Téléphone,Ville
[[PERSON:Benali]],[[PERSON:Yasmine]],[[DATE_TIME:14/05/1996]],[[PHONE_NUMBER:06 44 18 72 09]],[[LOCATION:Marseille]]
[[PERSON:Girard]],[[PERSON:Thomas]],[[DATE_TIME:02/11/1988]],[[PHONE_NUMBER:07 81 22 90 44]],[[LOCATION:Lille]]
[[PERSON:Nguyen]],[[PERSON:Linh]],[[DATE_TIME:27/08/2001]],[[PHONE_NUMBER:06 19 33 48 71]],[[LOCATION:Rennes]]""",
    """{"member": "[[PERSON:Harvey Mitchell]]", "member_no": "[[ID_NUMBER:GC-22871]]", "dob": "[[DATE_TIME:1969-04-02]]", "handicap": 14}
{"member": "[[PERSON:Priscilla Tan]]", "member_no": "[[ID_NUMBER:GC-22902]]", "dob": "[[DATE_TIME:1975-10-19]]", "handicap": 22}
{"member": "[[PERSON:Graham Duffy]]", "member_no": "[[ID_NUMBER:GC-23015]]", "dob": "[[DATE_TIME:1958-01-08]]", "handicap": 9}
{"member": "[[PERSON:Oyelola Adeniran]]", "member_no": "[[ID_NUMBER:GC-23044]]", "dob": "[[DATE_TIME:1990-06-27]]", "handicap": 18}""",
    """Cardholder           Card Number            Exp    Status
[[PERSON:Lauren Mitchell]]      [[CREDIT_CARD:4945 8073 0215 7365]]    08/27  active
[[PERSON:Omar Haddad]]          [[CREDIT_CARD:5323 6405 6224 1549]]    02/26  blocked
[[PERSON:Hollie Evans]]         [[CREDIT_CARD:3720 405608 65699]]      11/28  active""",
    """applicant_name,sin,province,phone,email
[[PERSON:Gurpreet Dhillon]],[[ID_NUMBER:110 188 273]],[[LOCATION:BC]],[[PHONE_NUMBER:604-555-0187]],[[EMAIL_ADDRESS:gurpreet.dhillon@shaw.ca]]
[[PERSON:Marie-Ève Gagnon]],[[ID_NUMBER:687 115 436]],[[LOCATION:QC]],[[PHONE_NUMBER:514-555-0122]],[[EMAIL_ADDRESS:me.gagnon@videotron.ca]]
[[PERSON:Tyler Redcloud]],[[ID_NUMBER:527 401 186]],[[LOCATION:MB]],[[PHONE_NUMBER:204-555-0163]],[[EMAIL_ADDRESS:tredcloud@gmail.com]]""",
    """timestamp | user | src_ip | action
09:14:02 | [[USERNAME:a.moyo]] | [[IP_ADDRESS:10.20.4.115]] | login
09:15:47 | [[USERNAME:k.fernando]] | [[IP_ADDRESS:10.20.4.122]] | download report_q1.xlsx
09:21:30 | [[USERNAME:a.moyo]] | [[IP_ADDRESS:196.44.18.201]] | login (new location)
09:22:05 | [[USERNAME:svc_backup]] | [[IP_ADDRESS:10.20.0.5]] | snapshot""",
    """Nome;Cognome;Codice Fiscale;Comune;Cellulare
[[PERSON:Chiara]];[[PERSON:Lombardi]];[[ID_NUMBER:LMBCHR90A41H501U]];[[LOCATION:Roma]];[[PHONE_NUMBER:347 218 4409]]
[[PERSON:Davide]];[[PERSON:Conti]];[[ID_NUMBER:CNTDVD85T12F839K]];[[LOCATION:Napoli]];[[PHONE_NUMBER:339 771 0235]]
[[PERSON:Francesca]];[[PERSON:Moretti]];[[ID_NUMBER:MRTFNC78D52L219A]];[[LOCATION:Torino]];[[PHONE_NUMBER:328 904 1176]]""",
    """Claim No   Claimant            DOB         Address                                Postcode
CL-77810   [[PERSON:Fiona MacLeod]]       [[DATE_TIME:11.02.1970]]  [[ADDRESS:14 Braid Hills Road]], [[LOCATION:Edinburgh]]         [[ZIP_CODE:EH10 6EZ]]
CL-77814   [[PERSON:Abdul Rahim Siddiqui]] [[DATE_TIME:23.07.1984]]  [[ADDRESS:2/1, 61 Allison Street]], [[LOCATION:Glasgow]]     [[ZIP_CODE:G42 8NG]]
CL-77819   [[PERSON:Ewan Stewart]]        [[DATE_TIME:05.12.1992]]  [[ADDRESS:Croft House]], [[LOCATION:Portree]]                [[ZIP_CODE:IV51 9EH]]""",
    """| Player | Discord | Rank | Timezone |
| --- | --- | --- | --- |
| [[PERSON:Jordan Baptiste]] | [[USERNAME:jbap#4410]] | Diamond | EST |
| [[PERSON:Aisha Kamara]] | [[USERNAME:kamara.codes]] | Platinum | GMT |
| [[PERSON:Rafael Costa]] | [[USERNAME:rafinha_gg]] | Gold | BRT |""",
    """employee,national_id,bank_account,net_pay
[[PERSON:Kwesi Appiah]],[[ID_NUMBER:GHA-719204815-3]],[[ID_NUMBER:1021004487120]],"GH₵ 4,210.00"
[[PERSON:Efua Darko]],[[ID_NUMBER:GHA-704418273-6]],[[ID_NUMBER:1021004487155]],"GH₵ 3,880.00"
[[PERSON:Yaw Owusu-Ansah]],[[ID_NUMBER:GHA-722091643-1]],[[ID_NUMBER:1021004487201]],"GH₵ 5,045.50\"""",
    """Donor,Email,Amount,Gift Aid,Pledge start
[[TITLE:Rev.]] [[PERSON:Colin Hughes]],[[EMAIL_ADDRESS:colin.hughes@talktalk.net]],£10/month,Y,[[DATE_TIME:Jan 2024]]
[[PERSON:Ms. Adaeze Nnamdi]],[[EMAIL_ADDRESS:adaeze.n@gmail.com]],£25/month,N,[[DATE_TIME:Mar 2024]]
[[PERSON:Mr. Stanislav Novak]],[[EMAIL_ADDRESS:s.novak@seznam.cz]],£5/month,Y,[[DATE_TIME:Jul 2024]]""",
    """Naam\tGeboortedatum\tBSN\tWoonplaats
[[PERSON:Femke de Boer]]\t[[DATE_TIME:04-02-1990]]\t[[ID_NUMBER:356947397]]\t[[LOCATION:Groningen]]
[[PERSON:Mohamed El Amrani]]\t[[DATE_TIME:19-11-1985]]\t[[ID_NUMBER:980304623]]\t[[LOCATION:Rotterdam]]
[[PERSON:Joost Visser]]\t[[DATE_TIME:30-06-1978]]\t[[ID_NUMBER:201477580]]\t[[LOCATION:Zwolle]]""",
    """- patient: [[PERSON:Roberto Silva]]
  cpf: "[[ID_NUMBER:098.584.466-32]]"
  telefone: "[[PHONE_NUMBER:+55 21 99814-3320]]"
  cidade: [[LOCATION:Rio de Janeiro]]
- patient: [[PERSON:Fernanda Oliveira]]
  cpf: "[[ID_NUMBER:255.876.068-80]]"
  telefone: "[[PHONE_NUMBER:+55 11 97220-4418]]"
  cidade: [[LOCATION:Campinas]]
- patient: [[PERSON:Lucas Pereira]]
  cpf: "[[ID_NUMBER:452.178.903-04]]"
  telefone: "[[PHONE_NUMBER:+55 31 98801-2274]]"
  cidade: [[LOCATION:Belo Horizonte]]""",
    """Rider,Pickup,Drop-off,Phone,Date
[[PERSON:Mercy Atieno]],[[LOCATION:Lavington]],[[LOCATION:Westlands]],[[PHONE_NUMBER:+254 701 223 894]],[[DATE_TIME:07/03/2025]]
[[PERSON:Brian Otieno]],[[LOCATION:Kilimani]],[[ADDRESS:14 Ngong Road]],[[PHONE_NUMBER:+254 722 904 118]],[[DATE_TIME:07/03/2025]]
[[PERSON:Zainab Hussein]],[[LOCATION:South B]],[[LOCATION:CBD]],[[PHONE_NUMBER:+254 745 610 287]],[[DATE_TIME:08/03/2025]]""",
]

LOOKALIKE = [
    """Release notes v4.12.0.3 (build 2025.02.14): fixed a crash when the gateway subnet is configured in CIDR form without a mask; the default admin port moved from 8080 to 8443. SHA-256 of the installer: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.""",
    """Hi [[PERSON:Marcus]], your order #112-4470918-3302251 has shipped! Tracking: 1Z 999 AA1 01 2345 6784. Estimated delivery between Mar 4 and Mar 6. Questions? Call our customer service line on 0800 028 4455 (free from UK landlines).""",
    """Reading list for HIST 204: "The Origins of Totalitarianism" (ISBN 978-0-14-044913-6), "Guns, Germs, and Steel" (ISBN 0-306-40615-2). Library reference desk hours: Mon–Fri 9–5. Please quote course code HIST204-S25 when booking the Darwin Room.""",
    """Lab inventory – shelf B: 3 × Erlenmeyer flasks 250 mL (lot 22K0418), Büchner funnel, Petri dishes (cat. no. 633181, EAN 5000159402415), Lugol's iodine 100 mL, Ringer's solution 500 mL (exp. 11/2026). Serial of the centrifuge: CF-44190-2218-B. Checked by [[PERSON:Dr. Yemi Lawal]].""",
    """INC0048213 – Priority 2. Host web-prod-07 (MAC 3C:52:82:1A:7F:04) failing health check on port 443 since the 02:10 deploy of chart version 1.24.3. Runbook: restart the pod, then check the load balancer rules. Assigned to [[PERSON:Deepa Nair]]. Escalate to the on-call channel if not resolved in 30 minutes.""",
    """The Marie Curie Daffodil Appeal returns this spring: collection points at Victoria Street and Lincoln Road. Order reference DAF-2025-77812; case contact number 0800 090 2309. Tea, Earl Grey and Eggs Benedict available in the café.""",
    """Flight BA 2490 to [[LOCATION:Barcelona]] is delayed. New departure 14:55 from gate 22, aircraft G-EUYK. Booking references beginning with QX may rebook at no cost until 23:59. Meal voucher code: MV-0041-8832.""",
    """Quarterly filing: Company number 09441827, VAT GB 294 4182 71, LEI 549300ABCDEFGH123456 (dummy for testing), ISIN GB00B03MLX29. PO 4500192837 was approved against cost centre 7713-OPS.""",
    """[[TITLE:Madame]] [[PERSON:Laurent]], pour toute question concernant votre commande n° FR-88120-447, contactez le service client au 09 69 39 99 99 (appel non surtaxé). Référence article : 3760123440187. Livraison prévue sous 3 à 5 jours ouvrés.""",
    """VIN 1HGCM82633A004352, engine code K24A4, paint NH-731P. Service at 60,000 miles: replace spark plugs (part no. 12290-R40-A01), cabin filter 80292-SDA-A01. Workshop bay 4. Customer [[PERSON:Mr. Okafor]] collected the car and paid by card ending 7731.""",
    """Hi team, the dataset for the Kaggle competition has 48,213 rows; customer IDs like CUST-000412 are synthetic. The test split uses seed 20250214. Coordinates are given as 51.5072, -0.1276. Please don't upload any real data. — [[PERSON:Ines]]""",
    """Meeting ID: 884 1920 4471, passcode 552019. Dial-in: +1 646 558 8656. Agenda: Q2 roadmap, the Hopper and Lovelace squads' OKRs, and the migration to PostgreSQL 16.2. Notes will be taken by [[PERSON:Callum Odhiambo]].""",
    """Sehr geehrte [[TITLE:Frau]] [[PERSON:Keller]], der Techniker hat am Zählerstand 048213,7 kWh abgelesen (Zählernummer 1ESY1160443219). Ihre Vertragsnummer lautet 7001-88412-03. Bei Fragen wenden Sie sich an unsere Hotline 0800 123 4567. Mit freundlichen Grüßen, Ihr Stadtwerke-Team.""",
    """Patch Tuesday summary: CVE-2025-21298 (CVSS 9.8) in Windows OLE; KB5050009 for build 26100.2894. Hash of the patched DLL: 3d4f2bf07dc1be38b20cd6e46949a1071f9d0e3d. Test VM at [[IP_ADDRESS:192.168.56.101]] is already patched. Contact: [[EMAIL_ADDRESS:rafael.oyelowo@secops-partners.com]].""",
    """Recipe of the week: Beef Wellington with a Caesar salad, followed by Peach Melba. Serves 6. Oven at 200 °C, 25 minutes. Pairs well with a 2019 Rioja. Shop code RW-2025-09, barcode 8712345678906.""",
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
    write_and_report("blind23", STYLES, OUT)


if __name__ == "__main__":
    main()

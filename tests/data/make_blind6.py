"""Build tests/data/blind6.jsonl: a sixth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind6.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts); only the module docstrings of make_blind3.py, make_blind4.py and
make_blind5.py, gold_sets.py, the `parse()` helper of make_handwritten.py and
the closing lines of make_blind5.py were read, to keep the conventions and the
file format (the few records printed right after `parse()` in
make_handwritten.py and in the closing lines of make_blind5.py were seen in
passing; none of their values is reused here). The detector was never run
on this file. Do not tune the detector against it: once it has been used to
tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code. Only the
offsets are computed, by `parse()` from make_handwritten.py, which strips the
inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs pass mod-97
with the right length for their country (check digits worked out by
hand-run throwaway code while writing, not generated here; `gold_sets.check`
re-checks them and refuses a bad one).

Styles (ids `blind6-<style>-NNN`, 50 records each), chosen to look like what
an outside evaluator would feed the tool (public PII-masking benchmarks such
as ai4privacy pii-masking-200k/300k/400k and gretel synthetic PII finance):
- `gen`: one to three LLM-generated-style sentences on banking, insurance,
  healthcare, HR, legal, travel, education, telecom, e-commerce, government,
  real estate, dating, gaming, crypto and charity, with one to five PII
  values each: full names, first names alone, surnames after an honorific,
  lowercase names, names from many cultures (West African, Indian,
  Vietnamese, Turkish, Polish, Brazilian, Arabic in Latin letters, Filipino,
  Irish, Nordic, Greek, ...), usernames, emails, phones in many national
  formats, ids with their context words, ages in varied phrasings, birth
  dates in varied shapes, street addresses of many countries.
- `bench`: dense form-like narrative in the manner of ai4privacy records:
  prefixes, middle names, job titles (unlabeled), ages, birth dates,
  multi-part addresses with units, city/state/postcode, phones, SSNs,
  passports, driver's licences, IBANs, cards, IPs (v4 and v6), crypto
  wallets, usernames, emails, national ids of many countries.
- `doc`: longer texts (emails with signatures, medical referrals and
  discharge notes, police reports and statements, tenancy agreements, HR
  letters, court and tribunal summaries, school reports, insurance claims,
  CVs, minutes, obituaries, case notes) with four to ten PII values each,
  places named without a kind word, relatives by first name, and non-PII
  look-alikes (job refs, models, sort codes, frame numbers, room numbers).
- `chat`: informal messages: lowercase, typos, emoji, slang, handles,
  nicknames, partial addresses, loosely written phone numbers; a few in
  Spanish, French, German, Portuguese and Turkish.
- `lookalike`: mostly non-PII text full of look-alikes (order / invoice /
  tracking / SSCC numbers, versions shaped like IP addresses, amounts,
  flight numbers, aircraft registrations, room / bay / seat numbers, error
  codes, hashes, ISBNs, CAS numbers, MAC addresses, creditor references,
  products, brands and places named after people), with the few real PII
  values labeled; 17 of the 50 records have no PII at all.

Labeling conventions (as in make_blind3.py, make_blind4.py, make_blind5.py):
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
  4417", "the 0794 one"), pets' names and ages, port numbers.
- Judgement calls for this set: eponyms and brands built on a person's name
  (a disease, sign, effect, bridge, museum, hotel, shop, brand, film, app,
  railway line or church named after someone, "Mrs. Fields", "Uncle Ben's",
  "Dr. Oetker") are not PERSON, and titles inside them are not TITLE; a
  public person named as such (an author, a CFO) is PERSON, and so is a
  family name naming a party ("the Schmidt party", "X v. Y"); a folk-tale
  character is not. Place names inside organisation names (a hospital, a
  corporation) are not LOCATION, but a city named as the site of an office,
  hub or warehouse, or as a train's destination, is LOCATION; a street
  address of a museum or company site is ADDRESS. Dates not tied to a
  person (offer ends, release dates, access expiry) are not labeled, and
  sentences whose date was too ambiguous were rewritten without one. Every
  IP address is labeled, private ones included; a version string shaped
  like an IP is not. Payment-app tags (Venmo, Revolut) are USERNAME; a Pix
  key that is an email is EMAIL_ADDRESS. A US state driver's licence (FL,
  TX, NY) is US_DRIVER_LICENSE; a licence of any other country is
  ID_NUMBER.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_set

OUT = Path(__file__).resolve().parent / "blind6.jsonl"

GEN = [
    "Hi, I'm [[PERSON:Kwame Mensah]] and I'd like to update the phone number on my savings account [[ID_NUMBER:2049917734]] to [[PHONE_NUMBER:+233 24 418 6620]].",
    "Policyholder [[PERSON:Nguyen Thi Lan]], born [[DATE_TIME:14/02/1979]], has filed a water-damage claim for her flat at [[ADDRESS:27 Hai Ba Trung Street]], [[LOCATION:Hoan Kiem]], [[LOCATION:Hanoi]].",
    "[[TITLE:Dr.]] [[PERSON:Raghunathan]] asked that the MRI results for [[PERSON:Meera Iyer]] ([[AGE:52]]) be emailed to [[EMAIL_ADDRESS:m.iyer52@rediffmail.com]] rather than posted.",
    "The HR portal shows that [[PERSON:emre yıldız]] joined the analytics team on [[DATE_TIME:3 March 2021]] under employee ID [[ID_NUMBER:EMP-55817]].",
    "Your rental application for [[ADDRESS:ul. Mokotowska 48 m. 12]], [[ZIP_CODE:00-543]] [[LOCATION:Warszawa]] has been approved, [[PERSON:Agnieszka]]; the landlord will ring you on [[PHONE_NUMBER:+48 601 377 284]].",
    "The gamer tag [[USERNAME:xXshadowreaperXx]] was suspended for 14 days after its owner, [[PERSON:Lucas Pereira]], shared his login with a friend in [[LOCATION:Recife]].",
    "Congratulations, [[PERSON:Siobhán]]! Your bursary of €2,500 will be paid into [[IBAN_CODE:IE75BOFI90583812345701]] within five working days.",
    "We noticed a sign-in to your exchange account from [[IP_ADDRESS:185.220.101.47]]; if this wasn't you, [[PERSON:Tariq]], freeze withdrawals from the app straight away.",
    "[[PERSON:Ingrid Solberg]], [[AGE:41]], of [[LOCATION:Tromsø]], gave 500 NOK to the flood appeal and asked for the tax receipt to go to [[EMAIL_ADDRESS:ingrid.solberg@online.no]].",
    "Passenger [[PERSON:Eleni Papadopoulou]] has asked for wheelchair assistance on her flight of [[DATE_TIME:12 August]]; her contact number is [[PHONE_NUMBER:+30 694 512 8830]].",
    "The student [[PERSON:Maria Clara dos Santos]] (matrícula [[ID_NUMBER:2022104857]]) missed three of her exams this term because of a hospital stay.",
    "Under the lease, [[PERSON:Jun Villanueva]] will vacate [[ADDRESS:Unit 4B, 1180 Katipunan Avenue]], [[LOCATION:Quezon City]], no later than [[DATE_TIME:May 31, 2025]].",
    "My username is [[USERNAME:pkowalczyk_88]] and the email on file should be [[EMAIL_ADDRESS:piotr.kowalczyk@wp.pl]], not the old Onet one.",
    "Member [[PERSON:Fatima Al-Zahrani]] (membership no. [[ID_NUMBER:7730218-01]]) is covered for twelve outpatient physiotherapy sessions this year.",
    "The family court has listed the custody hearing for [[PERSON:Declan O'Sullivan]] and [[PERSON:Niamh Walsh]] on [[DATE_TIME:9 January 2025]] in [[LOCATION:Limerick]].",
    "i want to cancel the postpaid plan on [[PHONE_NUMBER:0912 345 6789]], my name is [[PERSON:rosalinda cruz]] and i already paid the last bill",
    "Our records show that [[TITLE:Mrs.]] [[PERSON:Ogunleye]] is [[AGE:67]] years old and therefore eligible for the senior rail card.",
    "The transfer of 0.45 BTC to [[ID_NUMBER:bc1qxk7d9r3m5v2lq8ntzh4w0yp6c3s2fj8ue5gk0a]] was started by the user [[USERNAME:satoshi_fan_91]] and is waiting for two confirmations.",
    "Hej [[PERSON:Björn]], your new SIM card is on its way to [[ADDRESS:Storgatan 17]], [[ZIP_CODE:411 38]] [[LOCATION:Göteborg]] and should arrive in two days.",
    "The dating profile of [[PERSON:Chidinma]], [[AGE:29]], says she lives in [[LOCATION:Abuja]] and links to [[URL:https://instagram.com/chidi.nma.art]].",
    "Donor [[PERSON:Margit Halvorsen]] has set up a monthly gift of £15 from the card [[CREDIT_CARD:4539 1827 3604 1151]].",
    "A refund of €89.90 has been issued to [[PERSON:Javier Morales Ruiz]] at [[IBAN_CODE:ES76 2100 2418 7502 0031 7762]]; allow three days for it to clear.",
    "The maisonette at [[ADDRESS:7 Kifisias Avenue]], [[LOCATION:Marousi]] [[ZIP_CODE:151 23]], belongs to [[PERSON:Nikos Georgiou]] and his wife [[PERSON:Katerina]].",
    "[[PERSON:Priyanka]] from [[LOCATION:Pune]] wrote that her Aadhaar number [[ID_NUMBER:4821 7730 5516]] was printed wrongly on the ration card.",
    "[[PERSON:Zofia Wiśniewska]], PESEL [[ID_NUMBER:85071204562]], has applied for a thermo-modernisation grant for her house near [[LOCATION:Kraków]].",
    "Candidate [[PERSON:Oluwadamilare Bankole]] gave his date of birth as [[DATE_TIME:1996-11-23]] and his portfolio as [[URL:https://damibankole.dev]].",
    "The patient, a [[AGE:34]]-year-old [[NRP:Muslim]] woman, asked to be seen by a female doctor; her name is [[PERSON:Amina Diallo]].",
    "A password reset link was sent to [[EMAIL_ADDRESS:tran.minh.duc@gmail.com]] for the player [[USERNAME:ducky_vn]].",
    "[[PERSON:Mehmet]]'s order was delivered to [[ADDRESS:Bağdat Caddesi No: 214 Daire 5]], [[LOCATION:Kadıköy]], [[LOCATION:İstanbul]] but nobody signed for it.",
    "the loan officer [[PERSON:aoife byrne]] confirmed that the mortgage on [[ADDRESS:Apartment 12, 45 Clontarf Road]], [[LOCATION:Dublin]] [[ZIP_CODE:D03 X2K7]] has been approved",
    "[[PERSON:Sipho Dlamini]]'s ID number [[ID_NUMBER:8804125123086]] does not match the name on the funeral policy.",
    "Please call [[TITLE:Ms]] [[PERSON:Haddad]] back on [[PHONE_NUMBER:+971 50 318 2276]] about the renewal of her residence visa.",
    "The scholarship committee has selected [[PERSON:Leilani Kahale]], aged [[AGE:17]], from [[LOCATION:Hilo]], [[LOCATION:Hawaii]].",
    "KYC check: full name [[PERSON:Arjun Mehta]], passport [[ID_NUMBER:Z4829173]], withdrawal wallet [[ID_NUMBER:0x8f3A21c9E07b44D5a1e6C2bF93d0A7e18c4B5f62]].",
    "[[PERSON:Anh]] said the parcel should go to her sister [[PERSON:Ngoc]] instead, at [[ADDRESS:152/7 Nguyen Trai]], [[LOCATION:District 1]], [[LOCATION:Ho Chi Minh City]].",
    "We were sorry to learn of the death of [[PERSON:Bridget Kavanagh]] on [[DATE_TIME:18 April 2024]]; the policy will pay out to her son [[PERSON:Ciarán]].",
    "Inmate [[PERSON:Rafael Souza Lima]], CPF [[ID_NUMBER:392.518.740-06]], will have his parole hearing in [[LOCATION:Belo Horizonte]] next month.",
    "Hey [[PERSON:Kofi]], the player [[USERNAME:Wraith_Kumasi]] sent you a trade offer for the golden skin.",
    "Register the scooter with plate [[ID_NUMBER:KA 05 MN 4471]] in the name of [[PERSON:Lakshmi Narayanan]], resident of [[LOCATION:Bengaluru]].",
    "[[TITLE:Prof.]] [[PERSON:Kaczmarek]] will supervise [[PERSON:Tomasz]]'s thesis; meetings can be booked by writing to [[EMAIL_ADDRESS:a.kaczmarek@uw.edu.pl]].",
    "The claimant, [[PERSON:Yasmin El-Masri]], born on the [[DATE_TIME:5th of October 1990]], lives at [[ADDRESS:22 Rue de Verdun]], [[LOCATION:Beirut]].",
    "Our records show that [[PERSON:mikael lindqvist]] turned [[AGE:65]] last month, so his occupational pension starts in the next pay run.",
    "A payment of $212.40 on the card [[CREDIT_CARD:5390-1244-8876-1037]] was declined for the cardholder [[PERSON:Ayesha Siddiqui]].",
    "Welcome aboard, [[PERSON:Rasmus]]! Your staff number is [[ID_NUMBER:40117]] and your laptop will be waiting at reception.",
    "[[PERSON:Dimitra]] ([[USERNAME:dimi_k]]) matched with [[PERSON:Stavros]] on the app last night and they are meeting in [[LOCATION:Thessaloniki]] on Saturday.",
    "The charity posted a thank-you card to [[TITLE:Mr]] [[PERSON:Wójcik]] at [[ADDRESS:ul. Długa 9/3]], [[ZIP_CODE:80-827]] [[LOCATION:Gdańsk]].",
    "A SIM swap on [[PHONE_NUMBER:+63 917 882 4015]] was requested by [[PERSON:Marites Dela Cruz]], who showed driver's licence [[ID_NUMBER:N01-12-345678]].",
    "[[PERSON:Babajide]] is [[AGE:twenty-eight]] and works night shifts at the container terminal in [[LOCATION:Apapa]].",
    "Please confirm the SSN [[US_SSN:512-44-8093]] for the new hire [[PERSON:Destiny Carter]] before payroll closes on Friday.",
    "Buyer: [[PERSON:Tiago Fernandes]], NIF [[ID_NUMBER:245718903]], acquiring the flat at [[ADDRESS:Rua das Flores 112, 3.º Esq.]], [[ZIP_CODE:4050-265]] [[LOCATION:Porto]].",
]

BENCH = [
    "Dear [[TITLE:Mrs.]] [[PERSON:Halima Bello]], we confirm receipt of your personal loan application. Applicant DOB: [[DATE_TIME:07/22/1984]]; age: [[AGE:40]]. Residential address: [[ADDRESS:3318 Magnolia Crest Dr, Apt 210]], [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28277]]. SSN on file: [[US_SSN:247-61-3390]]. Contact: [[PHONE_NUMBER:(704) 555-0183]], [[EMAIL_ADDRESS:halima.bello84@outlook.com]].",
    "Onboarding file for [[PERSON:Jean-Pierre Lemaire]], born [[DATE_TIME:12.03.1971]] in [[LOCATION:Nantes]]. Salary IBAN [[IBAN_CODE:FR08 3000 4008 1900 0193 6582 741]], BIC BNPAFRPPXXX. Post to [[ADDRESS:8 Allée des Tilleuls]], [[ZIP_CODE:44300]] [[LOCATION:Nantes]]. Mobile [[PHONE_NUMBER:06 71 24 93 58]].",
    "Patient [[PERSON:Abena Serwaa Owusu]], [[AGE:58]] y/o female, MRN [[ID_NUMBER:RJ70094417]], admitted [[DATE_TIME:2024-01-16]] via A&E. NOK: [[PERSON:Kojo Owusu]] (husband), tel. [[PHONE_NUMBER:+44 7700 900318]]. Home: [[ADDRESS:Flat 6, 91 Peckham Rye]], [[LOCATION:London]] [[ZIP_CODE:SE15 4JR]].",
    "User [[USERNAME:r.kapoor_dev]] (email [[EMAIL_ADDRESS:rohan.kapoor@protonmail.com]]) signed in from [[IP_ADDRESS:103.27.9.144]] at 02:14 UTC and changed the payout card to [[CREDIT_CARD:4929470033186201]]. Billing address: [[ADDRESS:B-42 Green Park Extension]], [[LOCATION:New Delhi]] [[ZIP_CODE:110016]].",
    "Driver record: [[PERSON:Tyler James Whitaker]], DL# [[US_DRIVER_LICENSE:W263-118-92-443-0]] ([[LOCATION:FL]]), DOB [[DATE_TIME:10/03/1992]], residing at [[ADDRESS:5120 Bayshore Blvd Unit 1402]], [[LOCATION:Tampa]], [[LOCATION:FL]] [[ZIP_CODE:33611]]. Vehicle tag [[ID_NUMBER:JKT R42]].",
    "Kundin: [[PERSON:Lena Marie Hoffmann]], geb. [[DATE_TIME:19.08.1988]], [[ADDRESS:Schillerstraße 27, 2. OG]], [[ZIP_CODE:80336]] [[LOCATION:München]]. IBAN [[IBAN_CODE:DE44 5001 0517 5407 3249 31]], Steuer-ID [[ID_NUMBER:57 049 218 336]], Tel. [[PHONE_NUMBER:+49 151 2839 4407]].",
    "Attn [[TITLE:Dr.]] [[PERSON:Siddharth Rao]]: your passport [[US_PASSPORT:A04718293]] expires in 60 days. The renewal form has been pre-filled with [[ADDRESS:77 Hudson Street, Apt 9C]], [[LOCATION:Jersey City]], [[LOCATION:NJ]] [[ZIP_CODE:07302]] and phone [[PHONE_NUMBER:201-555-0147]].",
    "Transaction alert for [[PERSON:Carmen Beatriz Salazar]]: card [[CREDIT_CARD:5588 9103 6627 4198]] was charged MXN 3,450.00 at 21:07. If you did not authorise it, write to [[EMAIL_ADDRESS:cb.salazar@yahoo.com.mx]] or call [[PHONE_NUMBER:+52 55 4127 3306]]. Registered address: [[ADDRESS:Av. Insurgentes Sur 1602, Int. 8]], Col. [[LOCATION:Crédito Constructor]], C.P. [[ZIP_CODE:03940]], [[LOCATION:Ciudad de México]].",
    "[[PERSON:Mateus Albuquerque]], a [[AGE:31]]-year-old male Senior Product Designer, requested reimbursement of travel costs to [[IBAN_CODE:BR28 0000 0000 0110 4123 4567 890C 1]]. His username is [[USERNAME:mateus.design]] and his last login came from [[IP_ADDRESS:177.54.112.9]].",
    "Hi [[PERSON:Farah Qureshi]], the address [[ID_NUMBER:0x3Bd7e91A04c5F2286b1aE0D4c97f3B52e6A01d8C]] you whitelisted last week has received 1.2 ETH. Two-factor codes will keep going to [[PHONE_NUMBER:+92 300 5127884]] and statements to [[EMAIL_ADDRESS:farahq@hotmail.co.uk]].",
    "Student [[PERSON:Kaveh Amir Rostami]], ID [[ID_NUMBER:S20417733]], DOB [[DATE_TIME:2006/05/30]], age [[AGE:18]]. Guardian: [[PERSON:Shirin Rostami]], [[EMAIL_ADDRESS:shirin.rostami@gmail.com]], [[PHONE_NUMBER:+1 416 555 0172]]. Address: [[ADDRESS:45 Sheppard Ave E, Suite 900]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M2N 5W9]].",
    "Claim form. Insured: [[PERSON:Mwangi Kariuki]]; national ID [[ID_NUMBER:28814507]]; KRA PIN [[ID_NUMBER:A004218837K]]; mobile [[PHONE_NUMBER:0722 418 905]]; postal address [[ADDRESS:P.O. Box 40213]], [[ZIP_CODE:00100]] [[LOCATION:Nairobi]]; date of loss [[DATE_TIME:02/06/2024]].",
    "Account holder [[PERSON:Hanna Virtanen]] ([[USERNAME:hvirtanen]]), IBAN [[IBAN_CODE:FI8240554410089237]], address [[ADDRESS:Mannerheimintie 34 B 17]], [[ZIP_CODE:00100]] [[LOCATION:Helsinki]]; henkilötunnus [[ID_NUMBER:140389-482T]].",
    "Shipping label: [[PERSON:Camille Dubois]], [[ADDRESS:Rue Haute 112, bte 4]], [[ZIP_CODE:1000]] [[LOCATION:Bruxelles]], [[LOCATION:Belgique]]. Tel: [[PHONE_NUMBER:+32 478 21 66 90]]. Paid with [[CREDIT_CARD:4175 0033 0916 2845]]; refunds to [[IBAN_CODE:BE83 7310 0458 7362]].",
    "Employee [[PERSON:Ravi Shankar Pillai]] (emp. no. [[ID_NUMBER:IN-204418]]), aged [[AGE:45]], PAN [[ID_NUMBER:AKCPP7731L]], salary account [[ID_NUMBER:50100248815523]], IFSC HDFC0001234. Emergency contact: [[PERSON:Lakshmi Pillai]], [[PHONE_NUMBER:+91 98450 22713]].",
    "Dear [[PERSON:Olumide]], your request to move deliveries from [[ADDRESS:12 Adeola Odeku Street]], [[LOCATION:Victoria Island]] to [[ADDRESS:Plot 5, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]] has been processed. Order #NG-88120 will follow the new route.",
    "Applicant: [[PERSON:Marisol Gutierrez-Vega]]; SSN [[US_SSN:618-20-7745]]; DOB [[DATE_TIME:Feb 9, 1990]]; DL [[US_DRIVER_LICENSE:27481936]] ([[LOCATION:TX]]); [[ADDRESS:8810 Gessner Rd Apt 1107]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77074]]; cell [[PHONE_NUMBER:832.555.0196]].",
    "The user [[USERNAME:ghost_in_lisbon]] ([[EMAIL_ADDRESS:joana.m.reis@sapo.pt]]) connected from [[IP_ADDRESS:2001:818:e2c4:7a00:5d1:9b3e:44f2:1a07]] and later from [[IP_ADDRESS:83.223.160.12]]. Saved payout IBAN: [[IBAN_CODE:PT42 0033 0000 4531 8902 7612 5]].",
    "Reservation for [[TITLE:Ms.]] [[PERSON:Aiko Tanaka]], passport [[ID_NUMBER:TK8830417]], nationality [[NRP:Japanese]], DOB [[DATE_TIME:1987-12-05]], arriving [[DATE_TIME:14 Feb]]. Contact [[EMAIL_ADDRESS:aiko.tanaka@docomo.ne.jp]], [[PHONE_NUMBER:+81 90 4418 2273]].",
    "Tenant: [[PERSON:Oskar Nilsson]], personnummer [[ID_NUMBER:19850614-3372]], [[ADDRESS:Drottninggatan 88, lgh 1203]], [[ZIP_CODE:111 36]] [[LOCATION:Stockholm]]. Rent is collected from [[IBAN_CODE:SE71 8000 0832 7901 4625 3911]] on the 25th.",
    "Cardmember [[PERSON:Gregory T. Lindahl]], card [[CREDIT_CARD:3774 812209 63117]], billing ZIP [[ZIP_CODE:55402]], phone [[PHONE_NUMBER:612-555-0128]], email [[EMAIL_ADDRESS:greg.lindahl@comcast.net]]; paperless statements enabled.",
    "Hello [[PERSON:Zeynep Aksoy]], your bank details were updated: IBAN [[IBAN_CODE:TR66 0001 2009 4530 0001 8237 46]], T.C. Kimlik No [[ID_NUMBER:38419275036]]. Address: [[ADDRESS:Atatürk Bulvarı No:156 D:9]], [[LOCATION:Çankaya]]/[[LOCATION:Ankara]].",
    "Pharmacy notice: [[PERSON:Nnamdi Eze]] (DOB [[DATE_TIME:1/15/1963]], [[AGE:61]] yrs). Rx #448127 is ready for pickup. Insurance member ID [[ID_NUMBER:XQH882031746]]. Address on file: [[ADDRESS:2401 W Belmont Ave, Apt 3F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60618]].",
    "Account [[USERNAME:neon_vixen]] has a chargeback dispute. Name: [[PERSON:Chloé Marchand]]; card [[CREDIT_CARD:5457-6203-1198-8747]]; IP [[IP_ADDRESS:91.167.44.203]]; device located near [[LOCATION:Bordeaux]]; dispute amount €64.99.",
    "Swiss payroll record: [[PERSON:Luca Bernasconi]], AHV-Nr. [[ID_NUMBER:756.4821.3377.02]], [[ADDRESS:Via Nassa 21]], [[ZIP_CODE:6900]] [[LOCATION:Lugano]], IBAN [[IBAN_CODE:CH93 0076 2011 6238 5295 7]], date of entry [[DATE_TIME:01.09.2019]].",
    "Estimado [[TITLE:Sr.]] [[PERSON:Alejandro Pérez Gil]]: su DNI [[ID_NUMBER:48273615K]] y su domicilio en [[ADDRESS:Calle de Alcalá 214, 3.º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]] constan en nuestro registro. Teléfono de contacto: [[PHONE_NUMBER:+34 612 48 93 17]].",
    "Verification for [[PERSON:Dmitri Alexandrovich Volkov]], [[NRP:Russian]] citizen, passport [[ID_NUMBER:72 4418830]], born [[DATE_TIME:23 November 1979]]. Withdrawal address [[ID_NUMBER:bc1q9hz4k2m0yt8e5cxw3rls7dnf6jpa0vu2g4qe7m]]; last seen at [[IP_ADDRESS:5.18.204.77]].",
    "[[TITLE:Mr.]] [[PERSON:Kenji Watanabe]], [[AGE:38]], senior accountant, relocated to [[ADDRESS:1-14-3 Ebisu-Minami, #702]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:150-0022]]. Office extension 4102; personal mobile [[PHONE_NUMBER:080-3317-6642]].",
    "Invoice recipient: [[PERSON:Sophie van den Berg]], [[ADDRESS:Keizersgracht 431-H]], [[ZIP_CODE:1017 DJ]] [[LOCATION:Amsterdam]]. BSN [[ID_NUMBER:184072339]]. Payment from [[IBAN_CODE:NL82 RABO 0318 2665 40]]. Questions: [[EMAIL_ADDRESS:sophie.vdberg@ziggo.nl]].",
    "[[PERSON:Ahmad Nasser]] ([[USERNAME:anasser_77]]), born [[DATE_TIME:3/4/1977]] in [[LOCATION:Amman]], holds card [[CREDIT_CARD:3566 0021 0487 7333]] and receives salary into [[IBAN_CODE:AE81 2600 0010 1553 3178 901]]. Residence: [[ADDRESS:Villa 23, Street 14]], [[LOCATION:Al Barsha 2]], [[LOCATION:Dubai]].",
    "Dear [[TITLE:Ms.]] [[PERSON:Oyelaran]], your driving licence [[ID_NUMBER:LAG-21-88413AA]] has been renewed. The new card will be sent to [[ADDRESS:27B Ogunlana Drive]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]. Please keep [[PHONE_NUMBER:+234 803 441 2970]] reachable.",
    "Subscriber [[PERSON:Kathleen Mary Doyle]] ([[AGE:72]]) moved from [[ADDRESS:19 Wellington Quay]] to [[ADDRESS:Apt 4, 3 Seapoint Avenue]], [[LOCATION:Blackrock]], [[LOCATION:Co. Dublin]] [[ZIP_CODE:A94 K2P3]]. Direct debit from [[IBAN_CODE:IE76 AIBK 9310 4712 3450 92]] continues.",
    "Security log: login by [[USERNAME:mkowal]] from [[IP_ADDRESS:10.24.8.113]], then from [[IP_ADDRESS:31.0.92.15]]; account holder [[PERSON:Marek Kowalski]], PESEL [[ID_NUMBER:79031508415]], phone [[PHONE_NUMBER:+48 512 903 118]].",
    "Beneficiary update: [[PERSON:Giulia Romano]] replaces [[PERSON:Franco Romano]] as beneficiary. Codice fiscale [[ID_NUMBER:RMNGLI85M52H501Z]]; IBAN [[IBAN_CODE:IT26X0306909606100000117832]]; residenza [[ADDRESS:Via dei Serpenti 38, int. 5]], [[ZIP_CODE:00184]] [[LOCATION:Roma]].",
    "Candidate profile: [[PERSON:Thabo Nkosi]], [[AGE:26]], [[LOCATION:Soweto]], [[LOCATION:Johannesburg]]; email [[EMAIL_ADDRESS:thabo.nkosi@webmail.co.za]]; mobile [[PHONE_NUMBER:+27 82 417 3390]]; GitHub [[URL:https://github.com/thabonk]]; expected salary R 38,000.",
    "Lease summary: landlord [[PERSON:Ewa Zielińska]], tenant [[PERSON:Bogdan Marin]] ([[NRP:Romanian]]), premises [[ADDRESS:ul. Piotrkowska 101/14]], [[ZIP_CODE:90-425]] [[LOCATION:Łódź]]; deposit to [[IBAN_CODE:PL60 1020 1026 0000 0422 7020 1111]]; tenant's ID [[ID_NUMBER:RX4418832]].",
    "Please verify: name [[PERSON:Brandon K. Mitchell]], SSN [[US_SSN:433-08-1927]], passport [[US_PASSPORT:562187340]], DOB [[DATE_TIME:December 2, 1985]], address [[ADDRESS:1420 Peachtree St NE, Unit 2210]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]].",
    "The order was placed by [[PERSON:Nguyen Van Hung]] from [[IP_ADDRESS:113.161.72.5]] using [[CREDIT_CARD:6011 7442 9815 0233]]; ship to [[ADDRESS:48 Le Loi]], [[LOCATION:Hue]]; phone [[PHONE_NUMBER:+84 91 447 2083]]; e-mail [[EMAIL_ADDRESS:hungnv.hue@yahoo.com.vn]].",
    "Hotel registration: [[TITLE:Mr]] [[PERSON:Ole Kristian Berg]], [[NRP:Norwegian]], passport [[ID_NUMBER:31884720]], home address [[ADDRESS:Thereses gate 14]], [[ZIP_CODE:0168]] [[LOCATION:Oslo]], mobile [[PHONE_NUMBER:+47 412 88 305]], check-in [[DATE_TIME:06/07/2024]].",
    "[[PERSON:Ana Luísa Carvalho]], [[AGE:44]], enfermeira, CPF [[ID_NUMBER:071.442.389-51]], RG [[ID_NUMBER:32.118.604-7]], [[ADDRESS:Rua Augusta 1508, ap. 64]], [[LOCATION:Consolação]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:01304-001]], celular [[PHONE_NUMBER:(11) 97415-2286]].",
    "Membership renewal for [[PERSON:Wiremu Tane Parata]], member no. [[ID_NUMBER:GYM-0048812]], born [[DATE_TIME:28-Jun-1991]]; card on file [[CREDIT_CARD:4716 3309 1827 5619]]; address [[ADDRESS:12 Kāpiti Road]], [[LOCATION:Paraparaumu]] [[ZIP_CODE:5032]].",
    "Dear [[TITLE:Dr.]] [[PERSON:Eszter Nagy]], your conference badge is registered to [[EMAIL_ADDRESS:eszter.nagy@med.semmelweis-univ.hu]]; the invoice for €420 will be sent to [[ADDRESS:Üllői út 26]], [[ZIP_CODE:1085]] [[LOCATION:Budapest]]. Mobile on file: [[PHONE_NUMBER:+36 30 418 2297]].",
    "Chat support transcript, customer [[PERSON:Isabella Rossi]] ([[USERNAME:bella_r92]]), DOB [[DATE_TIME:1992-09-14]], Discover card [[CREDIT_CARD:6011529930447166]], device IP [[IP_ADDRESS:172.16.40.9]]; issue: duplicate charge of $49.",
    "Visa application of [[PERSON:Juan Miguel Reyes]], [[NRP:Filipino]], passport [[ID_NUMBER:P4418207B]], born [[DATE_TIME:17 July 1988]] in [[LOCATION:Cebu City]]; employer address [[ADDRESS:Level 12, 8 Shenton Way]], [[LOCATION:Singapore]] [[ZIP_CODE:068811]].",
    "Account closure for [[PERSON:Lars Erik Mortensen]], CPR [[ID_NUMBER:120476-2219]], [[ADDRESS:Nørrebrogade 52, 3. th.]], [[ZIP_CODE:2200]] [[LOCATION:København N]]; remaining balance to [[IBAN_CODE:DK27 2000 1234 5678 90]].",
    "Hi [[PERSON:Precious]], your order of 2 x wireless earbuds is confirmed. Deliver to: [[ADDRESS:House 14, Kanda Estate Road]], [[LOCATION:Accra]]. Ghana Card [[ID_NUMBER:GHA-718842093-4]]. MoMo [[PHONE_NUMBER:024 881 4402]].",
    "Voter registration: [[PERSON:Shanice L. Robinson]], [[AGE:19]], party affiliation [[NRP:Democrat]], [[ADDRESS:608 E 139th St, Apt 5B]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10454]]; NY driver license [[US_DRIVER_LICENSE:741 288 390]].",
    "Pension statement for [[TITLE:Herr]] [[PERSON:Wolfgang Egger]], SV-Nr. [[ID_NUMBER:1237 150358]], [[ADDRESS:Mariahilfer Straße 101/2/14]], [[ZIP_CODE:1060]] [[LOCATION:Wien]]; payments to [[IBAN_CODE:AT90 2011 1822 1543 7800]].",
    "Fraud review: [[PERSON:Yusuf Demir]] and [[PERSON:Elif Demir]] share IP [[IP_ADDRESS:78.180.14.201]] and card [[CREDIT_CARD:5268 0441 0937 7527]]; shipping address [[ADDRESS:Kıbrıs Şehitleri Caddesi No:112 D:4]], [[LOCATION:Alsancak]], [[ZIP_CODE:35220]] [[LOCATION:Konak]]/[[LOCATION:İzmir]].",
    "Welcome pack for [[PERSON:Mariam Bint Khalid Al-Otaibi]]: customer number [[ID_NUMBER:CU-11839204]], IBAN [[IBAN_CODE:SA25 1000 0001 2345 6789 1011]], national ID [[ID_NUMBER:1048822931]], mobile [[PHONE_NUMBER:+966 55 718 4420]], [[LOCATION:Riyadh]].",
]

DOC = [
    # 1 email with signature
    (
        "Subject: Re: boiler service visit\n\nHi [[PERSON:Gráinne]],\n\nThanks for fitting us in. The engineer can come on Thursday [[DATE_TIME:14th November]] between 8 and 12. "
        'The address is [[ADDRESS:Flat 2, 38 Merrion Road]], [[LOCATION:Ballsbridge]] and the buzzer says "[[PERSON:Brennan]]". My partner [[PERSON:Ruairí]] will be in if I\'m stuck at work.\n\n'
        "Job ref BS-20931, boiler model Vaillant ecoTEC plus 832.\n\nThanks,\n[[PERSON:Orla Brennan]]\n[[PHONE_NUMBER:087 219 4436]]"
    ),
    # 2 medical referral
    (
        "REFERRAL LETTER\n\nTo: Cardiology Outpatients, St James's Hospital\nFrom: [[TITLE:Dr]] [[PERSON:Priya Venkatesan]], Riverside Medical Practice\n\n"
        "Re: [[PERSON:Harold Pemberton]], DOB [[DATE_TIME:02/11/1949]], NHS No. [[ID_NUMBER:485 777 3456]]\n[[ADDRESS:16 Ashgrove Terrace]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 3BN]]\n\n"
        "Thank you for seeing this [[AGE:75]]-year-old retired bus driver with exertional chest tightness over six weeks. ECG shows T-wave inversion in V4-V6. "
        "He lives with his daughter [[PERSON:Janet]], who is happy to be contacted on [[PHONE_NUMBER:07911 402 118]]."
    ),
    # 3 police report
    (
        "INCIDENT REPORT 24/118834\nReporting officer: [[TITLE:PC]] [[PERSON:Ruth Adebayo]]\n\nAt approx. 23:40 on [[DATE_TIME:21/09/2024]] the complainant, [[PERSON:Krzysztof Nowak]] ([[AGE:33]]), of [[ADDRESS:44 Holloway Road]], [[LOCATION:Islington]], "
        "reported that his bicycle (Trek FX 3, frame no. WTU318C7721M) was taken from outside the Co-op. He described the suspect as a male, about [[AGE:20]], wearing a grey hoodie. "
        "A witness, [[PERSON:Leah Goldberg]], gave her number as [[PHONE_NUMBER:07700 900 642]]. CCTV requested from the store manager."
    ),
    # 4 tenancy agreement
    (
        "ASSURED SHORTHOLD TENANCY AGREEMENT\n\nThis agreement is made on [[DATE_TIME:1 October 2024]] between the Landlord, [[PERSON:Derek Ashworth]] of [[ADDRESS:9 Kingfisher Close]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 8QT]], "
        "and the Tenants, [[PERSON:Chiamaka Obi]] and [[PERSON:Samuel Obi]], for the property known as [[ADDRESS:Flat 5, Carlton House, 71 Station Parade]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG1 1TT]].\n\n"
        "Rent: £975 per calendar month, payable on the 1st. Deposit: £1,125, protected with the DPS under certificate 4419-2207."
    ),
    # 5 HR letter
    (
        "PRIVATE & CONFIDENTIAL\n\n[[PERSON:Anil Chaudhary]]\n[[ADDRESS:221 Whitmore Lane]]\n[[LOCATION:Sunningdale]]\n[[ZIP_CODE:SL5 0NS]]\n\n[[DATE_TIME:8 July 2024]]\n\nDear [[PERSON:Anil]],\n\n"
        "Following the meeting on [[DATE_TIME:2 July]], I am writing to confirm that your request for flexible working has been approved. From [[DATE_TIME:1 August]] your hours will be 08:00-16:00, Monday to Thursday. "
        "Your employee number ([[ID_NUMBER:E0048172]]) and salary are unchanged.\n\nYours sincerely,\n[[PERSON:Helen McAllister]]\nHR Business Partner"
    ),
    # 6 court summary
    (
        "SUMMARY OF JUDGMENT\n\n[[PERSON:Moreau]] v [[PERSON:Lindgren]] [2024] EWHC 1182 (Fam)\n\nThe applicant mother, [[PERSON:Sandrine Moreau]], a [[NRP:French]] national, sought the summary return of the child [[PERSON:Elsa]] (born [[DATE_TIME:3 May 2017]]) to [[LOCATION:Lyon]]. "
        "The respondent father, [[PERSON:Per Lindgren]], who has lived in [[LOCATION:Bristol]] since 2021, opposed the application under Article 13(b). The court ordered the child's return by [[DATE_TIME:15 August 2024]]."
    ),
    # 7 school report
    (
        "End of Year Report: Year 9\nPupil: [[PERSON:Tomás Ferreira]]    Form: 9R    UPN: [[ID_NUMBER:H801200012048]]\n\n"
        "[[PERSON:Tomás]] has had a strong year in Maths (working at grade 7) and has been a reliable member of the chess club. His attendance was 96.4%. "
        "In Science [[TITLE:Mrs]] [[PERSON:Okonkwo]] notes that he needs to take more care with write-ups. Parents' evening with [[PERSON:Ana]] and [[PERSON:Rui]] is booked for [[DATE_TIME:14 July]] at 17:30 in room B12."
    ),
    # 8 insurance claim
    (
        "Motor claim MC-2024-55102\n\nPolicyholder: [[PERSON:Ifeoluwa Adebanjo]]\nPolicy no.: HPX/448/92017\nVehicle: 2019 Toyota Corolla, reg. [[ID_NUMBER:LR19 KXU]]\nDate of accident: [[DATE_TIME:04/03/2024]]\n\n"
        "Third party: [[PERSON:Graham Stott]], [[ADDRESS:3 Birch Grove]], [[LOCATION:Wakefield]] [[ZIP_CODE:WF2 7EL]], reg. [[ID_NUMBER:YD68 PNO]]. "
        "The policyholder states that the third party reversed out of a bay at the Asda car park without looking. Estimated repair: £2,340."
    ),
    # 9 CV
    (
        "CURRICULUM VITAE\n\n[[PERSON:Nguyễn Thị Mai Anh]]\n[[ADDRESS:86 Trần Hưng Đạo]], [[LOCATION:Hoàn Kiếm]], [[LOCATION:Hà Nội]] | [[PHONE_NUMBER:+84 98 315 2207]] | [[EMAIL_ADDRESS:maianh.nguyen@gmail.com]]\nDate of birth: [[DATE_TIME:11/06/1995]]\n\n"
        "EXPERIENCE\n2020-present  Logistics coordinator, Vinh Phat Trading, [[LOCATION:Hải Phòng]]\n2017-2020  Customs assistant, Saigon Newport Corporation\n\nLANGUAGES\nVietnamese (native), English (IELTS 7.5), Japanese (JLPT N3)"
    ),
    # 10 meeting minutes
    (
        "Minutes: Residents' Association, Elmfield Court\nPresent: [[PERSON:Maureen Fitch]] (chair), [[PERSON:Javed Iqbal]], [[PERSON:Zuzana Horáková]], [[PERSON:Colin]] from flat 11\nApologies: [[TITLE:Rev.]] [[PERSON:Osei]]\n\n"
        "1. Bins: Veolia will move collection to Tuesdays from next month.\n2. [[PERSON:Javed]] reported the lift at block B out of service again (Otis ref 77310).\n"
        "3. [[PERSON:Zuzana]] will collect the £12 annual subs; cheques payable to Elmfield Court RA.\nNext meeting: Wed [[DATE_TIME:5 March]], 7pm, community room."
    ),
    # 11 discharge note
    (
        "DISCHARGE SUMMARY\nName: [[PERSON:Rahim Uddin]]  Hospital no.: [[ID_NUMBER:K4471902]]  Age: [[AGE:63]]\nAdmitted: [[DATE_TIME:10/02/2024]]  Discharged: [[DATE_TIME:16/02/2024]]  Ward: 7B\n\n"
        "Diagnosis: community-acquired pneumonia (CURB-65 score 2). Treated with IV co-amoxiclav then oral doxycycline 100 mg OD for 5 days. "
        "Follow-up CXR in 6 weeks with GP, [[TITLE:Dr]] [[PERSON:Lowe]]. Son [[PERSON:Shafiq]] informed by phone on [[PHONE_NUMBER:07834 116 205]]."
    ),
    # 12 email thread (business, Spanish speaker)
    (
        "From: [[PERSON:Valentina Ríos]] <[[EMAIL_ADDRESS:vrios@estudiorios.com.ar]]>\nTo: [[PERSON:Paolo Gentile]] <[[EMAIL_ADDRESS:paolo.gentile@libero.it]]>\nSubject: contract signed\n\n"
        "Hola [[PERSON:Paolo]], the contract is signed, I attach the PDF (v3-final). Payment will go from our account in [[LOCATION:Buenos Aires]] next week, invoice FA-0008-00002214. "
        "If you need me urgently call [[PHONE_NUMBER:+54 9 11 5834-2270]].\n\nSaludos,\n[[PERSON:Vale]]"
    ),
    # 13 obituary
    (
        "OBITUARY\n\n[[PERSON:Aurelia Constantinescu]] died peacefully at home in [[LOCATION:Cluj-Napoca]] on [[DATE_TIME:2 February 2024]], aged [[AGE:91]]. Born in [[LOCATION:Sibiu]] on [[DATE_TIME:19 March 1932]], she taught piano for forty years. "
        "She is survived by her children [[PERSON:Mihai]] and [[PERSON:Ileana]] and five grandchildren. The funeral will be held at St Michael's Church on Friday; donations to the Red Cross."
    ),
    # 14 HR grievance
    (
        "Grievance outcome: [[PERSON:Marcus Delaney]] (staff no. [[ID_NUMBER:30982]])\n\nThe hearing on [[DATE_TIME:19 June 2024]] was chaired by [[PERSON:Nadia Rahman]], with [[PERSON:Tom Ellery]] as note-taker. "
        "[[PERSON:Marcus]] alleged that his line manager, [[PERSON:Gavin Cole]], made remarks about his [[NRP:Catholic]] faith during the team meeting of [[DATE_TIME:3 May]]. "
        "Having considered the evidence, the grievance is partially upheld."
    ),
    # 15 insurance travel claim
    (
        "TRAVEL CLAIM FORM, section B\nClaimant: [[TITLE:Mr]] [[PERSON:Aarav Joshi]]\nDate of birth: [[DATE_TIME:22-08-1983]]\nPolicy: TRV-GOLD-1182274\n\n"
        "While in [[LOCATION:Bali]] my wife [[PERSON:Kavya]] was admitted to BIMC Hospital Kuta on [[DATE_TIME:28 Dec 2023]] with dengue. We missed flight GA 408 to [[LOCATION:Jakarta]] and had to rebook. "
        "Please pay the claim (IDR 18,450,000 plus AUD 1,240) to my account BSB 062-000 acc. [[ID_NUMBER:1044 7283]]."
    ),
    # 16 teacher email to parent
    (
        "Dear [[TITLE:Mrs]] [[PERSON:Kowalczyk]],\n\nI wanted to let you know that [[PERSON:Julia]] has been selected for the regional science fair in [[LOCATION:Birmingham]] on [[DATE_TIME:22 March]]. "
        "She will need a signed consent form and a packed lunch. The coach leaves school at 7:45. If you have any questions, you can reach me at [[EMAIL_ADDRESS:r.achterberg@stmarysprimary.org.uk]].\n\nBest wishes,\n[[PERSON:Ruth Achterberg]]\nYear 6 teacher"
    ),
    # 17 police witness statement
    (
        "WITNESS STATEMENT\n\nName: [[PERSON:Rosa María Delgado]]\nAge: over 18 ([[AGE:47]])\nOccupation: cleaner\nAddress: [[ADDRESS:1187 Calle Loíza, Apt 3]], [[LOCATION:San Juan]], [[LOCATION:PR]] [[ZIP_CODE:00911]]\n\n"
        "On the evening of [[DATE_TIME:July 6]] I was walking home when I saw a silver Honda with plate [[ID_NUMBER:JMR-418]] hit a man on a bicycle and drive off. "
        "The man was later identified to me as [[PERSON:Héctor Ruiz]]. I called 911 from my phone, [[PHONE_NUMBER:787-555-0133]]."
    ),
    # 18 letter from bank
    (
        "[[TITLE:Mr]] [[PERSON:Babatunde Alade]]\n[[ADDRESS:Flat 12, Kestrel House, 2 Canal Way]]\n[[LOCATION:Manchester]]\n[[ZIP_CODE:M4 6DH]]\n\n"
        "Dear [[TITLE:Mr]] [[PERSON:Alade]],\n\nYour new current account is now open. Sort code 30-94-57, account number [[ID_NUMBER:71883206]]. "
        "Your debit card will arrive separately and your PIN a few days later. For your security we will never ask for your full PIN.\n\nPersonal Banking Team"
    ),
    # 19 case notes (social work)
    (
        "Case note, [[DATE_TIME:12/03/2024]], home visit\n\nVisited [[PERSON:Kerry-Ann Walters]] ([[AGE:24]]) and her son [[PERSON:Jayden]] ([[AGE:3]]) at [[ADDRESS:57 Lansdowne Crescent]], [[LOCATION:Handsworth]]. "
        "Property warm; new cot delivered. [[PERSON:Kerry-Ann]] says her mother [[PERSON:Pauline]] now helps two days a week. Next visit in four weeks. Worker: [[PERSON:S. Mahmood]]."
    ),
    # 20 CV extract (German)
    (
        "Lebenslauf\n\n[[PERSON:Jonas Weber]]\n[[ADDRESS:Kastanienallee 12]], [[ZIP_CODE:10435]] [[LOCATION:Berlin]]\nTelefon: [[PHONE_NUMBER:0176 4418 2290]]\nE-Mail: [[EMAIL_ADDRESS:jonas.weber@posteo.de]]\ngeboren am [[DATE_TIME:4. April 1993]] in [[LOCATION:Kassel]]\n\n"
        "Berufserfahrung\nseit 2021  Backend-Entwickler, Zalando SE, [[LOCATION:Berlin]]\n2018-2021  Werkstudent, SAP, [[LOCATION:Walldorf]]\n\nKenntnisse: Python 3.12, Kotlin, PostgreSQL 16"
    ),
    # 21 customer complaint email
    (
        "To whom it may concern,\n\nI ordered a washing machine (order 114-7720193-5518) three weeks ago and it still has not arrived. I live at [[ADDRESS:23 Meadowbank]], [[LOCATION:Comber]], [[LOCATION:County Down]] [[ZIP_CODE:BT23 5RF]], which your courier insists does not exist. "
        "I have been charged £429 on my card. Please call me on [[PHONE_NUMBER:028 9187 4420]] or email [[EMAIL_ADDRESS:eileenmccracken@btinternet.com]].\n\n[[PERSON:Eileen McCracken]]"
    ),
    # 22 clinic letter (psychiatry)
    (
        "Dear [[TITLE:Dr]] [[PERSON:Sørensen]],\n\nRe: [[PERSON:Freja Holm]], CPR [[ID_NUMBER:030598-1846]]\n\nI reviewed [[PERSON:Freja]], a [[AGE:26]]-year-old architecture student, in clinic today. "
        "Her low mood has improved on sertraline 100 mg. She now lives with her brother [[PERSON:Anders]] in [[LOCATION:Aarhus]] and has returned to her studies part-time. "
        "I will see her again in three months.\n\nKind regards,\n[[TITLE:Dr]] [[PERSON:Karim Benali]], Consultant Psychiatrist"
    ),
    # 23 tribunal summary
    (
        "Employment Tribunal, case 2204118/2023\n\nClaimant: [[PERSON:Olga Petrenko]]   Respondent: Northgate Logistics Ltd\n\n"
        "The claimant, a [[NRP:Ukrainian]] national aged [[AGE:39]], was employed as a warehouse operative at the respondent's depot in [[LOCATION:Daventry]] from [[DATE_TIME:12 September 2022]] until her dismissal on [[DATE_TIME:28 April 2023]]. "
        "She claims unfair dismissal and unpaid holiday pay of £1,184.20. Her representative was [[TITLE:Ms]] [[PERSON:K. Achebe]] of the local law centre."
    ),
    # 24 emails between neighbours about a parcel
    (
        "Hi [[PERSON:Pedro]],\n\nA parcel for you ended up at ours, it's addressed to [[PERSON:Pedro Albuquerque]], [[ADDRESS:14B Cranbrook Road]] but we're at 14A. "
        "I'll leave it with [[PERSON:Ivy]] at number 16 as we're off to [[LOCATION:Cornwall]] tomorrow. Tracking says DPD 15501883044723.\n\nCheers,\n[[PERSON:Nick]] & [[PERSON:Sally]]\n[[PHONE_NUMBER:07723 508 914]]"
    ),
    # 25 police custody record
    (
        "Custody record extract\nDetainee: [[PERSON:Liam Patrick Foley]]   DOB: [[DATE_TIME:30/01/2001]]   PNC ID: [[ID_NUMBER:01/228741K]]\nArrested: [[DATE_TIME:17/05/2024]] 01:22 at [[LOCATION:Temple Bar]]\n\n"
        "Reason: s.4 Public Order Act. Detainee requested that his girlfriend [[PERSON:Shauna]] be informed on [[PHONE_NUMBER:085 117 3309]]. Solicitor: [[PERSON:D. Quinlan]], duty scheme."
    ),
    # 26 letter from council
    (
        "Council Tax: change of address\n\nAccount number: [[ID_NUMBER:600418872]]\n\nDear [[PERSON:Fiona Grant]],\n\nWe have closed your account for [[ADDRESS:40 Beechwood Avenue]] from [[DATE_TIME:31 March 2024]] and opened a new account for [[ADDRESS:2/1, 118 Dumbarton Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6NX]]. "
        "As you live alone you will receive a 25% single person discount. Band C charge for 2024/25 is £1,418."
    ),
    # 27 adoption agency letter
    (
        "Dear [[PERSON:Karin]] and [[PERSON:Magnus Ekström]],\n\nThank you for attending the preparation course in [[LOCATION:Uppsala]] on [[DATE_TIME:9-10 March]]. "
        "Your social worker, [[PERSON:Linnea Sjöberg]], will visit you at [[ADDRESS:Kungsgatan 63]] in the coming weeks to start the home study. She can be reached at [[PHONE_NUMBER:070-552 31 94]].\n\nWith kind regards,\nFamilyPath Adoption Services"
    ),
    # 28 tenancy inspection report
    (
        "Mid-tenancy inspection, [[DATE_TIME:22 August 2024]]\nProperty: [[ADDRESS:Unit 9, 250 Lygon Street]], [[LOCATION:Carlton]] [[LOCATION:VIC]] [[ZIP_CODE:3053]]\nTenant: [[PERSON:Mei Lin Chua]]  Agent: [[PERSON:Brodie Harris]]\n\n"
        "Kitchen clean; small burn mark on benchtop near the Smeg oven. Bathroom exhaust fan not working, work order WO-3318 raised. Smoke alarms tested OK. "
        "Tenant reports that her cousin [[PERSON:Wei]] stayed for two weeks over the summer."
    ),
    # 29 school exclusion letter (US)
    (
        "Dear Parent/Guardian of [[PERSON:DeShawn Miller]] (Student ID [[ID_NUMBER:2281447]]),\n\nThis letter confirms a 2-day out-of-school suspension on [[DATE_TIME:October 3]] and [[DATE_TIME:October 4]] following an altercation in the cafeteria. "
        "A re-entry meeting with [[TITLE:Mr.]] [[PERSON:Abernathy]], assistant principal, is scheduled for [[DATE_TIME:October 7]] at 8:00 a.m. Please call the main office if you cannot attend."
    ),
    # 30 email: shared flat deposit
    (
        "hi all,\n\nlandlord ([[TITLE:Mr]] [[PERSON:Demetriou]]) finally returned the deposit, £1,600 total. I've split it 4 ways: [[PERSON:Hamza]], [[PERSON:Ellie]], [[PERSON:Ines]] and me get £400 each. "
        "[[PERSON:Ines]] pls send your new IBAN, the one you gave me bounced. [[PERSON:Ellie]] I'll send yours to [[IBAN_CODE:GB76 HBUK 4012 7669 2388 04]] like last time.\n\n[[PERSON:Callum]]"
    ),
    # 31 dental referral
    (
        "Referral to Oral Surgery\n\nPatient: [[PERSON:Ayşe Kaya]], [[AGE:29]] yrs, DOB [[DATE_TIME:07.07.1995]]\n[[ADDRESS:31 Green Lanes]], [[LOCATION:Palmers Green]], [[LOCATION:London]] [[ZIP_CODE:N13 4TN]]\n\n"
        "Please assess LR8 (tooth 48), partially erupted and mesioangular, with recurrent pericoronitis (3 episodes this year). OPG attached. Patient is anxious and would prefer sedation. Interpreter not required. Referring dentist: [[PERSON:Eoin Hartigan]], GDC [[ID_NUMBER:218830]]."
    ),
    # 32 meeting minutes with a vote
    (
        "Board of Trustees: minutes, [[DATE_TIME:14 May 2024]]\n\nPresent: [[TITLE:Dr]] [[PERSON:Felicity Awolowo]] (chair), [[PERSON:Rajesh Menon]] (treasurer), [[PERSON:Bronwen Evans]], [[PERSON:Ahmed Farouk]]\n\n"
        "The treasurer reported reserves of £84,200 (5.8 months of running costs). The board approved the grant to Cardiff Foodbank (£5,000). [[PERSON:Bronwen]] will step down at the AGM on [[DATE_TIME:12 September]] after six years. Minutes taken by [[PERSON:Gethin]]."
    ),
    # 33 support ticket escalated
    (
        "Ticket #884102 escalated to Tier 2\n\nCustomer: [[PERSON:Anneliese Krüger]] ([[EMAIL_ADDRESS:a.krueger@web.de]])\nPlan: Fibre 500, line at [[ADDRESS:Am Sonnenhang 7]], [[ZIP_CODE:01277]] [[LOCATION:Dresden]]\nRouter: FRITZ!Box 7590, firmware 7.57, WAN IP [[IP_ADDRESS:93.203.17.88]]\n\n"
        "Customer reports drop-outs every evening for the past two weeks. Line test shows CRC errors. Technician visit booked; customer's callback number [[PHONE_NUMBER:0351 4418 209]]."
    ),
    # 34 probation report
    (
        "PRE-SENTENCE REPORT (extract)\n\n[[PERSON:Jordan Blake]] is a [[AGE:22]]-year-old man who lives with his grandmother, [[PERSON:Doreen]], at [[ADDRESS:12 Tennyson Street]], [[LOCATION:Middlesbrough]]. "
        "He left school at 16 and has worked intermittently as a labourer. He accepts full responsibility for the offence of [[DATE_TIME:2 February]]. "
        "His partner, [[PERSON:Keeley]], is expecting their first child in the summer."
    ),
    # 35 immigration letter
    (
        "Dear [[TITLE:Mr]] [[PERSON:Emeka Nwosu]],\n\nYour application for leave to remain (reference N7-2024-0418817) has been granted until [[DATE_TIME:30 November 2027]]. "
        "Your biometric residence permit number is [[ID_NUMBER:ZU4182770]]. Please ensure that your address, [[ADDRESS:88 Wilmslow Road]], [[LOCATION:Rusholme]], [[ZIP_CODE:M14 5AL]], is kept up to date.\n\nUK Visas and Immigration"
    ),
    # 36 email to landlord in French
    (
        "Objet : fuite d'eau\n\nBonjour [[TITLE:Monsieur]] [[PERSON:Lefèvre]],\n\nJe vous signale une fuite sous l'évier de la cuisine de l'appartement au [[ADDRESS:17 rue des Martyrs, 4e étage]], [[ZIP_CODE:75009]] [[LOCATION:Paris]], depuis samedi. "
        "Le plombier que vous m'avez recommandé, [[TITLE:M.]] [[PERSON:Garnier]], ne répond pas. Pouvez-vous me rappeler au [[PHONE_NUMBER:07 82 15 40 63]] ?\n\nCordialement,\n[[PERSON:Amélie Rousseau]]"
    ),
    # 37 vet + owner (pet unlabeled)
    (
        "Vaccination reminder\n\nDear [[PERSON:Hiroshi Sato]],\n\nOur records show that Mochi (Shiba Inu, 4 years, microchip 956000012345678) is due for her annual booster. "
        "Please book online or call the clinic. We have your address as [[ADDRESS:402 Lonsdale Ave]], [[LOCATION:North Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V7M 2G3]] and your mobile as [[PHONE_NUMBER:604-555-0171]]."
    ),
    # 38 probate letter
    (
        "Estate of the late [[PERSON:Edmund Charles Hale]]\n\nWe act for the executors, [[PERSON:Caroline Hale]] and [[PERSON:Robert Finch]]. The deceased died on [[DATE_TIME:9 January 2024]] at [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Little Shelford]], [[LOCATION:Cambridgeshire]]. "
        "Grant of probate has now been issued. Any creditors should write to us quoting ref. HALE/EC/0117 within two months."
    ),
    # 39 nursery incident form
    (
        "ACCIDENT FORM\nChild: [[PERSON:Noah Adjei]] (age [[AGE:4]])\nDate: [[DATE_TIME:11/06/2024]]  Time: 10:15\nLocation: outdoor play area\n\n"
        "[[PERSON:Noah]] tripped on the climbing frame and grazed his left knee. Cleaned with water, plaster applied. Parent informed at collection: [[PERSON:Efua]] (mum). Staff: [[PERSON:Gemma]], witnessed by [[PERSON:Tasha]]."
    ),
    # 40 job offer
    (
        "Dear [[PERSON:Valeria]],\n\nWe are delighted to offer you the position of Junior Data Scientist at Kestrel Analytics, starting [[DATE_TIME:2 September 2024]], at a salary of €46,000. "
        "Please sign and return the contract to [[EMAIL_ADDRESS:hr@kestrelanalytics.ie]] and send us your PPS number and the account for your salary. "
        "We have your address as [[ADDRESS:5 Ashfield Park]], [[LOCATION:Terenure]], [[LOCATION:Dublin 6W]].\n\nWarm regards,\n[[PERSON:Cathal Mooney]], Head of People"
    ),
    # 41 minutes: hospital MDT
    (
        "MDT meeting, [[DATE_TIME:07/05/2024]]\n\n1. [[PERSON:J.K.]], [[AGE:71]]M, hospital no. [[ID_NUMBER:A1182203]]: CT confirms 3.2 cm lesion right upper lobe. For PET-CT and biopsy. Lead: [[TITLE:Dr]] [[PERSON:Achterberg]].\n"
        "2. [[PERSON:M.P.]], [[AGE:58]]F, hospital no. [[ID_NUMBER:A0977461]]: post-op, margins clear. Discharge to oncology follow-up.\n3. AOB: new clinic room C14 from June."
    ),
    # 42 email: wedding RSVP
    (
        "Hi [[PERSON:Aditi]] & [[PERSON:Rohan]]!!\n\nYes we'd love to come to the wedding in [[LOCATION:Jaipur]]! It'll be me and [[PERSON:Kabir]], plus our little one [[PERSON:Zoya]] who'll be [[AGE:2]] by then. "
        "[[PERSON:Kabir]] is vegetarian. Our flights land on [[DATE_TIME:10 Feb]]. Send the hotel details to [[EMAIL_ADDRESS:neha.kapadia@icloud.com]] :)\n\nLove,\n[[PERSON:Neha]]"
    ),
    # 43 insurance home claim
    (
        "Home insurance claim: escape of water\n\nInsured: [[PERSON:Bogusława Lis]]  Policy HH-3307712\nRisk address: [[ADDRESS:16 Willow Walk]], [[LOCATION:Peterborough]] [[ZIP_CODE:PE1 4YH]]\n\n"
        "On [[DATE_TIME:3 January]] the insured returned from visiting her daughter [[PERSON:Marta]] in [[LOCATION:Poznań]] to find a burst pipe in the loft. Loss adjuster: [[PERSON:Gary Whitlock]]. Reserve set at £14,500."
    ),
    # 44 reference letter
    (
        "To whom it may concern,\n\nI have known [[PERSON:Kiran Bhattarai]] for four years as his supervisor at the [[LOCATION:Kathmandu]] office of our NGO. [[PERSON:Kiran]] (born [[DATE_TIME:1990-04-18]]) is meticulous and kind. "
        "He has my warmest recommendation. I can be contacted at [[EMAIL_ADDRESS:l.hartmann@gmx.ch]] or on [[PHONE_NUMBER:+41 79 418 22 05]].\n\n[[PERSON:Lukas Hartmann]]\n[[LOCATION:Bern]], [[DATE_TIME:12 May 2024]]"
    ),
    # 45 coroner's summary
    (
        "Inquest summary\n\nThe deceased, [[PERSON:Alan Ridley]], aged [[AGE:54]], of [[ADDRESS:27 Harbour View]], [[LOCATION:Whitby]], was found at the foot of the cliffs east of the town on [[DATE_TIME:12 October 2023]]. "
        "His wife, [[PERSON:Gillian]], told the inquest he had been walking the dog. The coroner recorded a conclusion of accidental death."
    ),
    # 46 IT access request
    (
        "Access request AR-55813\n\nRequester: [[PERSON:Tunde Bakare]] ([[USERNAME:tbakare]]), employee [[ID_NUMBER:004417]]\nSystem: SAP FI, role Z_AP_CLERK\nWorkstation IP: [[IP_ADDRESS:10.112.4.57]]\nApprover: [[PERSON:Hannelore Braun]]\n\n"
        "Justification: covering accounts payable during [[PERSON:Sinead]]'s maternity leave. Access to expire at the end of the year."
    ),
    # 47 school report (primary, short)
    (
        "Report for: [[PERSON:Ibrahim Sesay]]   Class: P4 Blue   Teacher: [[TITLE:Miss]] [[PERSON:Conteh]]\n\n"
        "[[PERSON:Ibrahim]] is a cheerful boy who reads fluently and loves the story of Anansi. He must practise his times tables (especially 7s and 8s). "
        "He was absent for two weeks in term 2 when the family travelled to [[LOCATION:Freetown]]. Parent signature: [[PERSON:Mariama Sesay]]."
    ),
    # 48 letter: marriage registry
    (
        "Certificate extract\n\nMarriage registered in [[LOCATION:Quezon City]] on [[DATE_TIME:14 February 2015]] between [[PERSON:Ramon Bautista Aquino]], [[AGE:31]], [[NRP:Filipino]], and [[PERSON:Hye-jin Park]], [[AGE:28]], [[NRP:Korean]]. "
        "Witnesses: [[PERSON:Celeste Ramos]] and [[PERSON:Danilo Ocampo]]. Registry no. 2015-0218."
    ),
    # 49 customer email (crypto)
    (
        "Hi support,\n\nI sent 250 USDT to the wrong network yesterday (tx hash 0x9e1f...c44b). My account email is [[EMAIL_ADDRESS:bartek.sobczak@protonmail.com]] and my own deposit address is [[ID_NUMBER:0x71C4eA20b9d3F58e6aB12c0D4F7e9E3b8a5D1f07]]. "
        "I'm writing from [[LOCATION:Wrocław]]; my phone is [[PHONE_NUMBER:+48 698 220 514]] if it's easier.\n\nThanks, [[PERSON:Bartek]]"
    ),
    # 50 parole board decision
    (
        "Parole Board decision\n\n[[PERSON:Darnell Hughes]], prison number [[ID_NUMBER:A4471CD]], aged [[AGE:41]], appeared before the panel on [[DATE_TIME:22 July 2024]] at HMP Garth. "
        "The panel heard from his offender manager, [[PERSON:Joanne Pike]], and from his sister [[PERSON:Tanisha]], who has offered him a room at her home in [[LOCATION:Preston]]. Release is directed."
    ),
]

CHAT = [
    "omg [[PERSON:tolu]] just texted me from her new number lol its [[PHONE_NUMBER:0809 118 4427]] save it 😂",
    "yo [[PERSON:dre]] u still at [[ADDRESS:1423 w 35th st]]?? imma swing by after work",
    "can someone add [[USERNAME:lil_kimchi22]] to the group chat, she's [[PERSON:jiwoo]]'s cousin",
    "bro my card got declined again 😭 [[CREDIT_CARD:4024 0071 9938 8454]] is literally brand new",
    "happy bday [[PERSON:maya]]!!! [[AGE:21]] finally 🥳🎉 see u at the pub",
    "hey its [[PERSON:Kemi]] from the gym, my insta is [[USERNAME:kemi.lifts]] if u wanna follow 💪",
    "ok so the airbnb is at [[ADDRESS:Rua do Norte 47, 2º]] in [[LOCATION:Bairro Alto]], code for the lockbox is 4471 dont lose it",
    "[[PERSON:nana]] says call her back on [[PHONE_NUMBER:+233 20 557 1184]] shes worried about u",
    "lmaooo [[PERSON:siddharth]] really fell asleep in the lecture again 💀 [[USERNAME:sid_the_sloth]] is his handle now",
    "my new email is [[EMAIL_ADDRESS:fatou.ndiaye94@gmail.com]] the old hotmail got hacked 🙄",
    "wait is [[PERSON:O'Brien]] the one who lives on [[ADDRESS:22 Fairview strand]] or is that the other one",
    "hola [[PERSON:cami]]! ya llegué a [[LOCATION:Medellín]], mi número de acá es [[PHONE_NUMBER:+57 310 448 2291]] 😘",
    "dude u left ur wallet at mine, ur licence says [[ID_NUMBER:KOWAL804155MA9XT]] lmao what is that number",
    "[[PERSON:ahmed]] n [[PERSON:yusuf]] r coming at 8, [[PERSON:yusuf]] is bringing his lil bro who's like [[AGE:12]]",
    "pls venmo me for the concert tix, im [[USERNAME:carla-mendez-7]] 🙏",
    "salut [[PERSON:théo]], t'es dispo ce soir? on se retrouve chez [[PERSON:inès]], [[ADDRESS:12 rue Oberkampf, 3e étage]] 🍕",
    "heyy so i moved!! new addy: [[ADDRESS:apt 3b 880 willoughby ave]] [[LOCATION:bk]] [[ZIP_CODE:11221]], send the care package there 📦",
    "mum wants auntie [[PERSON:grace]]'s number, can u text it to her pls, mums is [[PHONE_NUMBER:07581 330 912]]",
    "who is [[USERNAME:xx_dark_lotus_xx]] and why do they keep liking my 2019 posts 😳",
    "my nan [[PERSON:Edna]] turned [[AGE:90]] today!! still beats everyone at scrabble 👵",
    "my number is [[PHONE_NUMBER:07944-112-308]] not the 0794 one, thats my old sim",
    "[[PERSON:jess]] pls stop sharing my loc, ppl know im at [[LOCATION:Brixton]] every friday now",
    "hallo [[PERSON:lena]], kannst du mir die IBAN nochmal schicken? die von [[PERSON:paul]] meine ich, [[IBAN_CODE:DE29 1001 0010 0987 6543 21]] geht nicht",
    "tbh [[PERSON:priya]]'s bf [[PERSON:ravi]] is so sweet, he drove her all the way to [[LOCATION:leicester]] at 2am",
    "ok so the guy from marketplace is called [[PERSON:kwabena]] and he wants 250 for the ps5, his number [[PHONE_NUMBER:07418 553 920]]",
    "[[PERSON:mikey]] 😂😂 u r a legend, never change",
    "anyone know a good dentist near [[LOCATION:fairfield]]? [[PERSON:hà]] recommended someone but i forgot the name",
    "oi [[PERSON:jono]] ur rego is [[ID_NUMBER:XYZ 18K]]? someone dinged ur car in the carpark",
    "mandei o pix pra chave [[EMAIL_ADDRESS:rafa.lima.bh@gmail.com]], confere ai [[PERSON:rafa]] 🙏",
    "cant believe [[TITLE:mr.]] [[PERSON:patel]] gave us a pop quiz on the first day back 😤",
    "just met [[PERSON:Liesel]] at the hostel, she's [[NRP:Austrian]] and does tattoos in [[LOCATION:Graz]], her ig [[USERNAME:liesel.ink]]",
    "mi abuela dice que la dirección nueva es [[ADDRESS:calle 5 de mayo 318]], [[LOCATION:oaxaca]] 🌵",
    "lowkey miss [[PERSON:chinedu]] and [[PERSON:ada]], we should all link up when theyre back from [[LOCATION:enugu]]",
    "ok i sent the deposit to [[PERSON:tomek]] via revolut [[USERNAME:tomaszk93]] 👍",
    "reminder that grandpa [[PERSON:joe]]'s surgery is on the [[DATE_TIME:14th]] so no plans that day",
    "wait ur [[AGE:thirty]]?? i thought u were like [[AGE:25]] max 😭",
    "[[PERSON:liv]] my ip is [[IP_ADDRESS:192.168.0.42]] for the minecraft server, port 25565",
    "the delivery guy keeps going to number 41 instead of [[ADDRESS:14 Kelvin Grove]] 🤦‍♀️",
    "fyi [[PERSON:sam]] is a they/them, dont misgender them at dinner pls",
    "nonna needs her tessera sanitaria number for the pharmacy, its [[ID_NUMBER:RSSMRA42B51F205W]] i think",
    "got a sus text from [[PHONE_NUMBER:+44 7451 208339]] saying my parcel is held lol nice try",
    "ey [[PERSON:arda]], [[PERSON:deniz]]'in doğum günü [[DATE_TIME:12 mayıs]], unutma!!",
    "dm [[USERNAME:thrift_with_tay]] for the jacket, she ships from [[LOCATION:Atlanta]]",
    "his name is [[PERSON:Aleksander]] but everyone calls him [[PERSON:Olek]], he's [[NRP:Polish]] and super chill",
    "dad pls send me ur nin again for the form, is it [[ID_NUMBER:JT 41 88 02 C]]?",
    "i just paid the ticket with my moms card [[CREDIT_CARD:5312 6004 8821 7737]] she said it was fine 😬",
    "ngl [[TITLE:fr.]] [[PERSON:tony]]'s homily was mid today",
    "[[PERSON:Kenta]] is visiting from [[LOCATION:Osaka]] next week!!! [[DATE_TIME:Oct 2]] to [[DATE_TIME:Oct 9]] 🇯🇵",
    "anyway [[PERSON:Meg]] my postcode is [[ZIP_CODE:EH6 5QR]] for the gift",
    "spotted [[PERSON:Shreya]] at the airport w/ her new bf, he's from [[LOCATION:Nairobi]] i think? his name is [[PERSON:Otieno]] or something",
]

LOOKALIKE = [
    "Order #4417-2290-8815 for [[PERSON:Ingeborg Lund]] has shipped via UPS, tracking 1Z 999 AA1 01 2345 6784; estimated delivery is 3-5 business days.",
    "Invoice INV-2024-000318 to [[PERSON:Pieter de Vries]] for €1,184.60 (incl. 21% VAT) is due within 30 days; pay with creditor reference RF18 5390 0754 7034.",
    "Release notes for v10.4.2.1: fixed a crash when the cache exceeded 2,147,483,647 bytes; minimum supported build is 10.2.0.44.",
    "Flight BA 0117 from LHR to JFK departs at 08:25 from gate B36; passenger [[TITLE:MS]] [[PERSON:HUONG PHAM]], seat 23A, please go to the desk. Boarding closes 20 minutes before departure.",
    "The Sherlock Holmes Museum at [[ADDRESS:221B Baker Street]], [[LOCATION:London]] [[ZIP_CODE:NW1 6XE]] is open daily from 9:30 to 18:00; tickets cost £16.",
    "Error 0x80070005: access denied while writing to C:\\ProgramData\\Vendor\\cache\\7f3a9c.tmp (retry 3 of 5).",
    "ISBN 978-0-14-143951-8: [[PERSON:Jane Austen]]'s Pride and Prejudice, Penguin Classics edition, 480 pages, first printed 2003; RRP £9.99.",
    "SHA-256: 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b, verify before installing the package.",
    "Our Ben & Jerry's, Tim Hortons and Dr. Oetker lines are back in stock; the Martha Stewart cookware range returns in May.",
    "Room 1412 was upgraded to a junior suite; the minibar charge of $37.50 was waived at the request of the guest, [[TITLE:Ms]] [[PERSON:Okonjo]].",
    "The patient, [[TITLE:Mr]] [[PERSON:Fenwick]], scored 14 on the Glasgow Coma Scale and showed a positive Babinski sign; Parkinson's disease is not suspected.",
    "Call 999 for emergencies or 111 for non-urgent medical advice; the Samaritans can be reached free on 116 123.",
    "Model no. HX-3200/22, serial 0041-8827-3310, firmware 4.18.2; warranty covers parts for 24 months from the purchase date.",
    "The management plugin reports version 192.168.100.1, which is a build string and not a network address; upgrade to 192.168.101.0.",
    "Lot 77-B: Victorian mahogany tallboy consigned by the estate of [[PERSON:Bertram Ashcombe]], provenance Christie's 1998, estimate £1,200-£1,800; buyer's premium 25%.",
    "Your SIM PUK is 41882093; never share it. Meeting ID 834 2291 0072, passcode 448120.",
    "[[PERSON:Sunita]]'s shortlist: the Ford Mustang Mach-E and the Tesla Model Y, both eligible for the £2,500 grant until funds run out.",
    "Tracking number 9400 1118 9922 3316 4477 21 shows the parcel at the [[LOCATION:Memphis]] hub since 06:12.",
    "Ticket CS-88120 was closed by [[PERSON:Agata]] after the customer confirmed the refund of £12.99.",
    "Dosage for [[PERSON:Ewan Gallagher]] ([[AGE:14]], 52 kg): paracetamol 500 mg, 2 tablets every 4-6 hours, max 8 tablets in 24 hours; store below 25 °C.",
    "The Nelson Mandela Bridge and the Kofi Annan Peacekeeping Centre are both on the city tour; your guide, [[PERSON:Lerato]], meets you at 09:00.",
    "Commit 4e1f0b9 by [[USERNAME:akosua-dev]]: bump lodash from 4.17.20 to 4.17.21 (CVE-2021-23337).",
    "The quarterly figures show revenue of $4.27M, up 12.6% year on year, with EBITDA margin at 18.2%, said CFO [[PERSON:Renata Szabó]].",
    "The Mozart Kugel, Earl Grey tea and a Victoria sponge were served at the Elizabeth Line opening.",
    "PO-20931 covers 1,200 units of part 7731-AX at $3.18 each; delivery to dock 4 of the [[LOCATION:Rotterdam]] warehouse.",
    "Case 24-cv-01187, [[PERSON:Hollis]] v. Meridian Freight Inc., is stayed pending the appeal; the next status conference will be set by the clerk.",
    "Seat 14C, coach 8, train ICE 577 to [[LOCATION:Stuttgart]]; your booking code is QX7H2M.",
    "Please contact [[TITLE:Dr.]] [[PERSON:Menon]] in clinic room 4 about the lab result (HbA1c 48 mmol/mol).",
    "The Hotel Adlon Kempinski and the Ritz-Carlton are both fully booked for the week of the trade fair.",
    "MAC 3C:22:FB:9A:41:0E and serial C02XK1ZQJGH5 belong to the office printer on the 3rd floor; ask [[PERSON:Gintaras]] for the admin page.",
    "Gift aid reference GA-55102 was added to your donation of £25; thank you, [[PERSON:Hamish]]!",
    "Version 2.0.0.1 of the Alfred Nobel lecture app crashes on Android 14; fixed in 2.0.0.2.",
    "Aircraft G-EUPT was replaced by G-EUYM due to a technical issue; the flight left 47 minutes late and [[TITLE:Captain]] [[PERSON:Rhys Pritchard]] apologised over the PA.",
    "Hi [[PERSON:Noor]], use the coupon WELCOME15 for 15% off your first order over £40; offer ends 31 March.",
    "The Oppenheimer screening is at 19:45 in screen 7 and the Barbie double bill at 14:00; seats booked by [[USERNAME:filmbuff_lou]].",
    "Coordinates 51.5007° N, 0.1246° W mark the clock tower; the bell weighs 13.7 tonnes.",
    "Shipment 00340434161094015342 (SSCC) left the depot; contact the driver, [[PERSON:Piotr]], on [[PHONE_NUMBER:+48 605 221 908]] if nobody is home.",
    "Table 12 is reserved for the [[PERSON:Schmidt]] party at 20:00; please note one nut allergy.",
    "Credit note CN-77120 of €-54.90 to [[PERSON:Mathilde Roux]] cancels invoice 2024-0412; bank ref. 0000 4471 9920 1183 is for our records only.",
    "Chemistry homework: balance Fe2O3 + 3 CO → 2 Fe + 3 CO2; CAS 1309-37-1 for the oxide.",
    "The Heimlich manoeuvre, Wilson's disease and the Doppler effect are on next week's quiz, set by [[TITLE:Ms]] [[PERSON:Varga]].",
    "Dear customer, loyalty number [[ID_NUMBER:7730 2291 0448]] has been credited with 1,500 points; they expire after 24 months.",
    "Bay 7 of ward 22 is closed for cleaning; patients will be moved to bays 3 and 5 until 14:00.",
    "Build #44817 deployed to prod-eu-west-1 ([[IP_ADDRESS:10.0.3.17]] is the health-check target) at 03:14 UTC.",
    "Refund approved for [[PERSON:Oluwatobi Fashola]]: £48.20 back to the card ending 4417 within 5 working days.",
    "The Louis Vuitton and Hugo Boss outlets at the airport close at 22:00 during the refurbishment.",
    "Part number 1K0-907-115-AA fits [[PERSON:Henrik]]'s Golf Mk5 2.0 TDI; the lambda sensor fault code is P0130.",
    "Please quote your reference 2024/JS/00188 and the last four digits of your account (3390) when calling.",
    "Mrs. Fields cookies and Uncle Ben's rice are on offer at 2 for £3 this week only.",
    "Hi all, the stand-up moves to 10:15 tomorrow; [[PERSON:Mirela]] will run it while [[PERSON:Dev]] is on leave.",
]

STYLES = {"gen": GEN, "bench": BENCH, "doc": DOC, "chat": CHAT, "lookalike": LOOKALIKE}


if __name__ == "__main__":
    write_set("blind6", STYLES, OUT)

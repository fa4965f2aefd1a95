"""Build tests/data/blind51.jsonl: a fifty-first *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind51.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, the records of the other gold sets
(every *.jsonl, and the record lists inside the other make_*.py scripts) or
any git history, log or status. Only these were read, to keep the
conventions and the file format: lines 1-121 of make_blind22.py (its module
docstring with the labeling conventions and style descriptions, and its
import lines) and its closing scaffolding from `STYLES = {` to the end
(copied below), the whole of gold_sets.py, and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes
and `parse()`). The detector, the bench and the tests were never run on
this file. Do not tune the detector against it: once it has been used to
tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the national check digits inside the
French, Spanish and Norwegian IBANs are right too (worked out with
throwaway code while writing, not generated here; `gold_sets.check`
re-checks cards and IBANs and refuses a bad one). National ids with a
public check digit were given a valid one the same way: NHS number,
Canadian SIN / NAS, BC PHN, Aadhaar, BSN, South African ID (agreeing with
sex and birth date), TFN, Australian Medicare, Irish PPSN, Singapore NRIC
and FIN, Norwegian fodselsnummer (agreeing with sex and birth date) and
kontonummer, Swiss AVS/AHV number, Chilean RUT, PESEL, Swedish
personnummer, NZ NHI, English UPN, Mexican CURP and the VINs; so were the
look-alikes that carry one (ISBN-13, EAN-13, SSCC, USPS tracking,
Norwegian organisation number). UK NI numbers and UTRs, US SSNs, PAN, BVN,
NIN, Ghana Card, Peruvian DNI, passports, licences, plates, bank account
numbers and staff, student, member, patient, courier and library numbers
were not checked.

Styles (ids `blind51-<style>-NNN`; 240 records):
- `gen` (90): one to four sentences with personal data woven into prose,
  as a third-party LLM writes "realistic sentences with personal data";
  extra weight on utility shut-off notices, school admissions and
  transfers, veterinary emergencies, gig-economy payouts, traffic accident
  reports and library and museum memberships, the rest spread widely
  (banking, health, pharmacy, HR, lettings, immigration, insurance, dating,
  weddings, courts, telecoms, crypto KYC, returns, hotels, airlines, tax,
  pensions, mortgages, labs, childcare, blood donation, gyms, obituaries,
  canvassing, crowdfunding, parking, jury service, census, wills ...).
  Names at the start, middle and end, lowercase and possessive.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (35: odd mixed sentences dense with names, job titles,
  streets with building numbers, secondary addresses, IPv4 / IPv6, MACs,
  user agents, card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1
  (30: claims, contracts, medical, loan and school forms, notices, leases,
  subpoenas, powers of attorney) and Nemotron-PII (35: JSON, log lines,
  SQL, XML, YAML / TOML / .env config, Python / JS / PHP / curl snippets,
  tickets and forms).
- `table` (35): one small labeled table per record (CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines, YAML, key: value blocks), with varied
  column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, speakers'
  names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and customs references, SKUs, ISBNs, IP-shaped
  versions, hashes, serials, company numbers and phones, role mailboxes,
  eponyms, streets named after people with no number), with the few real
  PII values labeled; one has no PII at all.
About nine records in ten are in English (US, UK, Canada, Australia, New
Zealand, Ireland, India, South Africa, Nigeria, Kenya, Ghana, Singapore,
the Philippines and others, with names from the many cultures living
there); 26 are in French (Switzerland, Quebec), Spanish (Chile, Peru) and
Norwegian.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it; job titles are not TITLE and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start, hearing,
  visit, signature, letter ...) with a day or month, in any shape; a
  weekday or a clock time said with such a date is inside the span, a time
  or weekday alone is not; not bare years, durations, or dates not tied to
  a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, API keys, genders, job titles, employers, user
  agents, MAC addresses, sort codes, BSB, IFSC, routing and transit
  numbers, CVVs and expiries, PINs, order / ticket / claim / policy /
  booking / tracking references, company phone numbers and role
  mailboxes, versions, hashes, serials, partial numbers ("ending 4410"),
  pets, eponyms and brands named after people, header rows.
- Calls made while writing this set, in the same spirit: a shut-off or
  payment-due date, a payout date or payout week end, and a membership
  join, renewal or lapse date addressed to a named person are DATE_TIME,
  while card, passport and library-card expiries are not; the timestamp of
  a person's account event given as a field (last login, password reset,
  "occurred_at") is DATE_TIME, but the stamp heading a log line, a ticket's
  "opened" stamp and chat message stamps are not; a time in its own form
  field ("Time: approx. 7:50 AM") is a time alone; a VIN is ID_NUMBER like
  a plate, while pet microchip numbers and IMEIs stay unlabeled like other
  serials; BIC / SWIFT codes, Canadian transit and institution numbers are
  unlabeled like sort codes; roads and crossroads with no number (the A38,
  Navan Road, Sepulveda Blvd and Venice Blvd) are not ADDRESS, while a
  street with a block number ("cuadra 25") is; a country adjective on a
  document ("Moroccan passport", "Polish driving licence") is not NRP, a
  nationality field or "a Turkish citizen" is; work emails of named staff
  and a per-user GitHub noreply address are EMAIL_ADDRESS; every IP
  address is IP_ADDRESS, private and server ones included, but
  IP-shaped versions are not; police ranks (PC, Sgt., Ofc., Officer),
  Madame / Monsieur / M., Smt., Rev., Adv. and Esq. are TITLE, and badge
  numbers are ID_NUMBER; courier, driver, rider, tasker and partner ids,
  library cards, museum member numbers, UPNs, utility account numbers,
  Norwegian kontonummer and Chilean CuentaRUT are ID_NUMBER; a GCash or
  Zelle number is PHONE_NUMBER and a Venmo handle USERNAME; a first name
  inside a device name ("Tomas-iPhone") is PERSON; a "country" column of
  ISO codes is LOCATION; a postal district ("Dublin 24") is LOCATION and
  the Eircode ZIP_CODE; a named place such as Ellis Island or a state
  named for a company's registration is LOCATION like any other.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind51.jsonl")

GEN = [
    # utility shut-off notices
    """FINAL NOTICE: unless a payment of $412.68 is received by [[DATE_TIME:Friday, March 14, 2025]], electric service at [[ADDRESS:1187 Larkspur Lane, Unit C]], [[LOCATION:Grand Prairie]], [[LOCATION:TX]] [[ZIP_CODE:75050]] will be disconnected. Account holder: [[PERSON:Darnell Whitaker]], account no. [[ID_NUMBER:4402 918 337]]. Call 1-800-555-0142 to set up a payment arrangement.""",
    """we've had no reply from [[TITLE:mrs]] [[PERSON:okonkwo]]'s household since our letter of [[DATE_TIME:2 June]], so a warrant visit to fit a prepayment meter at [[ADDRESS:Flat 3, 41 Cavendish Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1NH]] has been booked for [[DATE_TIME:19/06/2025 between 8am and 1pm]].""",
    """Avis d'interruption de service : [[TITLE:Madame]] [[PERSON:Geneviève Tremblay-Roy]], votre compte d'électricité no [[ID_NUMBER:299 014 587 213]] présente un solde impayé de 638,20 $. Sans paiement d'ici le [[DATE_TIME:22 janvier 2025]], le service au [[ADDRESS:4520, rue Saint-Denis, app. 3]], [[LOCATION:Montréal]] ([[LOCATION:Québec]]) [[ZIP_CODE:H2J 2L3]] sera interrompu. Pour joindre une conseillère : 1 888 555-0193.""",
    """Hi [[PERSON:Nguyen Thi Lan]], your water account [[ID_NUMBER:7730 1182 946]] for [[ADDRESS:12 Banksia Crescent]], [[LOCATION:Cabramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2166]] is now 60 days overdue. A flow restriction device will be fitted on or after [[DATE_TIME:3 April 2025]]. We tried to call you on [[PHONE_NUMBER:0412 338 907]] – please ring us back so we can talk about hardship options.""",
    """Because [[PERSON:Ms. Rosalind Achterberg]], [[AGE:81]], relies on an oxygen concentrator, her physician [[PERSON:Dr. Felipe Arroyo]] faxed a medical certificate on [[DATE_TIME:11/02/2024]] and the gas shut-off at [[ADDRESS:3309 W. Bell Rd, Apt 212]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85053]] was pushed back to [[DATE_TIME:12/02/2024]].""",
    """Disconnection notice for consumer no. [[ID_NUMBER:110384920175]]: [[TITLE:Smt.]] [[PERSON:Kavitha Ramaswamy]], [[ADDRESS:Door No. 14-2-88]], [[LOCATION:Gandhi Nagar]], [[LOCATION:Vijayawada]] [[ZIP_CODE:520003]] – please pay Rs. 3,482 before [[DATE_TIME:05-08-2025]] to avoid disconnection. SMS sent to registered mobile [[PHONE_NUMBER:98490 27315]].""",
    """Hei [[PERSON:Ingrid Solberg]]! Vi har ikke mottatt betaling for strømavtalen din med kundenummer [[ID_NUMBER:5820 331 47]]. Dersom fakturaen ikke er betalt innen [[DATE_TIME:28. februar 2025]], vil strømmen til [[ADDRESS:Tåsenveien 71]], [[ZIP_CODE:0873]] [[LOCATION:Oslo]] bli stengt. Denne meldingen er også sendt til [[EMAIL_ADDRESS:ingrid.solberg82@online.no]] og [[PHONE_NUMBER:905 18 274]].""",
    """The city will shut off water service to [[ADDRESS:618 Delmar Street]] on [[DATE_TIME:Tuesday, August 5]] unless the tenant, [[PERSON:Luis Ocampo]], or the landlord, [[PERSON:Harold Fenske]] ([[PHONE_NUMBER:314-555-0196]]), pays the past-due balance; [[PERSON:Mr. Ocampo]] has asked for a two-week extension because his 3-year-old son is on a home nebulizer.""",
    # school admissions and transfers
    """My daughter, [[PERSON:Amara Obi]] (DOB [[DATE_TIME:09/14/2016]]), is transferring from Lincoln Elementary to Westbrook Academy on [[DATE_TIME:January 6, 2025]]. Her student ID at the old school was [[ID_NUMBER:20418837]] and our new address is [[ADDRESS:58 Quarry Hill Rd]], [[LOCATION:Westbrook]], [[LOCATION:ME]] [[ZIP_CODE:04092]].""",
    """Application ADM-2025-11873 for Year 7 entry: child [[PERSON:Zainab Hussain]], born [[DATE_TIME:3 Nov 2013]], UPN [[ID_NUMBER:J820345617012]], currently at St Anne's C of E Primary. Parent/carer: [[PERSON:Imran Hussain]], [[PHONE_NUMBER:07700 912 448]], [[EMAIL_ADDRESS:imran.h@btinternet.com]].""",
    """Se solicita el traslado de la alumna [[PERSON:Catalina Fuentes Muñoz]], RUT [[ID_NUMBER:24.318.705-2]], desde el Liceo Bicentenario de [[LOCATION:Temuco]] a un colegio de [[LOCATION:Santiago]] a partir del [[DATE_TIME:3 de marzo de 2025]]. Apoderado: [[PERSON:Rodrigo Fuentes]], fono [[PHONE_NUMBER:+56 9 8427 1603]].""",
    """Enrolment for [[PERSON:Lachlan O'Sullivan]], Year 3, starting Term 2 on [[DATE_TIME:28 April 2025]]. Previous school: Ashgrove State School. Medicare card [[ID_NUMBER:2951 73841 1]]; family address [[ADDRESS:9/144 Waterworks Road]], [[LOCATION:Ashgrove]] [[LOCATION:QLD]] [[ZIP_CODE:4060]]. Mum is [[PERSON:Siobhan]], on [[PHONE_NUMBER:0409 227 318]].""",
    """Transcript request – [[PERSON:Jae-won Park]], former student ID [[ID_NUMBER:900417736]], attended Foothill College from fall 2021 to spring 2023. Please send the official copy to [[PERSON:Jae-won]]'s new address, [[ADDRESS:2250 Durant Ave #308]], [[LOCATION:Berkeley]], [[LOCATION:CA]] [[ZIP_CODE:94704]], or email [[EMAIL_ADDRESS:jwpark.transfer@gmail.com]].""",
    """Admission to Class XI (Science) is confirmed for [[PERSON:Ishaan Mehta]], Aadhaar [[ID_NUMBER:4918 2736 5045]], born [[DATE_TIME:22-07-2009]]. Father: [[PERSON:Rajiv Mehta]], mobile [[PHONE_NUMBER:+91 98110 45327]]; residence [[ADDRESS:C-42, Second Floor]], [[LOCATION:Lajpat Nagar II]], [[LOCATION:New Delhi]] [[ZIP_CODE:110024]].""",
    """Buenos días, soy la mamá de [[PERSON:Thiago Quispe Mamani]], alumno de 4.º grado con código de estudiante [[ID_NUMBER:16472219]]. Nos mudamos a [[LOCATION:Arequipa]] el [[DATE_TIME:15 de julio]] y necesito la constancia de traslado. Mi DNI es [[ID_NUMBER:40827316]] y mi celular, [[PHONE_NUMBER:951 307 842]]. Atentamente, [[PERSON:Marleny Mamani]].""",
    """hi, this is [[PERSON:keisha]] – i'm trying to get my twins [[PERSON:jalen]] and [[PERSON:jordyn brooks]] moved from the 5th grade at Parkview to Roosevelt Middle because we moved to [[ADDRESS:4412 Greenmount Ave]] last week. they were born [[DATE_TIME:2/11/2014]]. text me at [[PHONE_NUMBER:(410) 555-0173]]""",
    # veterinary emergencies
    """At [[DATE_TIME:2:40 a.m. on Sunday, 9 February 2025]], [[PERSON:Mr. Callum Fraser]] brought in his collie, Bess, after she ate a packet of xylitol gum. He can be reached on [[PHONE_NUMBER:07823 415 906]] and lives at [[ADDRESS:17 Mossgiel Terrace]], [[LOCATION:Kilmarnock]] [[ZIP_CODE:KA1 2RB]].""",
    """Emergency intake – owner: [[PERSON:Valentina Rossi-Hart]], [[AGE:34]]; patient: "Biscuit" (beagle, 6 yrs, microchip 985 141 004 372 819). Deposit of $800 taken on Visa [[CREDIT_CARD:4485 9701 2267 5317]], exp 08/27, CVV given verbally.""",
    """Urgence vétérinaire : le chat de [[PERSON:Mathieu Bélanger]] a été heurté par une voiture devant le [[ADDRESS:1275, boulevard René-Lévesque Ouest]], à [[LOCATION:Québec]], le [[DATE_TIME:4 août 2024 vers 23 h]]. Joindre [[TITLE:M.]] [[PERSON:Bélanger]] au [[PHONE_NUMBER:418 555-7142]] ou à [[EMAIL_ADDRESS:mathieu.belanger@videotron.ca]].""",
    """hey this is [[PERSON:tasha]] from the after-hours line – rex's owner, [[PERSON:devon mcallister]], called back at 11:15pm and the dog is stable on fluids. his card on file ends in 4410 and his callback number is [[PHONE_NUMBER:312-555-0187]].""",
    """Akutt: Hunden til [[PERSON:Marte Haugland]] (født [[DATE_TIME:17.09.1995]]) har spist rottegift. Eieren kommer til klinikken i [[LOCATION:Lillestrøm]] kl. 06.30. Fødselsnummer [[ID_NUMBER:17099526475]] er oppgitt til forsikringsselskapet, og hun kan nås på [[PHONE_NUMBER:+47 934 20 118]].""",
    """Snake bite – owner [[PERSON:Aroha Ngata]], [[PHONE_NUMBER:0421 907 336]], from [[ADDRESS:55 Kurrajong Road]], [[LOCATION:Mount Druitt]] [[LOCATION:NSW]] [[ZIP_CODE:2770]], arrived [[DATE_TIME:14/01/2025 at 16:05]] with her kelpie. Two vials of antivenom authorised by [[PERSON:Dr Priyanka Das]].""",
    """[[PERSON:Wanjiru Kamau]] called the 24-hour vet line on [[PHONE_NUMBER:0722 418 903]] after her cat fell from the balcony of [[ADDRESS:Apartment 6C, Riverside Heights, Riverside Drive]], [[LOCATION:Westlands]], [[LOCATION:Nairobi]]. The invoice for the X-rays will go to [[EMAIL_ADDRESS:wanjiru.kamau@gmail.com]].""",
    """The on-call vet, [[PERSON:Dr. Hannah Whitcombe]], saw a 9-year-old labrador that had swallowed a corn cob; the owners, [[PERSON:Graham]] and [[PERSON:Tessa Pike]] of [[ADDRESS:Rose Cottage, Upper Street]], [[LOCATION:Stalham]], paid the £1,450 surgery bill with Mastercard [[CREDIT_CARD:5312 7740 1958 2362]].""",
    # gig-economy payouts
    """Your weekly payout of $1,284.50 for deliveries completed by courier [[PERSON:Marcus Delgado]] (partner ID [[ID_NUMBER:DX-5502871]]) was sent on [[DATE_TIME:03/10/2025]] to checking account [[ID_NUMBER:4417920386]], routing 021000021.""",
    """Rider payout failed: [[PERSON:Oluwaseun Adeyemi]], rider no. [[ID_NUMBER:448 217]] – the bank rejected [[IBAN_CODE:GB63HBUK40127652093318]] because the name doesn't match. Please update your details in the app before [[DATE_TIME:Thursday 17 April]]. NI number on file: [[ID_NUMBER:JT 48 29 61 B]].""",
    """Hi [[PERSON:Kiara]], we still need a taxpayer ID to issue your 1099-K – you earned $23,118 driving with us in 2024. Taxpayer on file: [[PERSON:Kiara L. Benson]], [[ADDRESS:4471 Peachtree Industrial Blvd, Apt 1306]], [[LOCATION:Chamblee]], [[LOCATION:GA]] [[ZIP_CODE:30341]]. Reply in the app or call 1-888-555-0109.""",
    """The freelancer payout to [[PERSON:Ma. Cristina Dela Cruz]] via GCash number [[PHONE_NUMBER:0917 482 3361]] was on hold from [[DATE_TIME:June 2]] to [[DATE_TIME:June 9, 2025]] pending verification of her TIN, [[ID_NUMBER:412-608-993-000]].""",
    """[[PERSON:Sukhmeet Grewal]], a driver in [[LOCATION:Brampton]], [[LOCATION:Ontario]], says the $612.40 payout promised for [[DATE_TIME:Monday, 12 May 2025]] never reached his TD chequing account [[ID_NUMBER:5027341]] (transit 10202). He is [[AGE:29]] and gave his SIN as [[ID_NUMBER:518 430 624]] when he signed up.""",
    """Hola [[PERSON:Javiera]], tu pago semanal de $184.300 como repartidora se transfirió el [[DATE_TIME:viernes 7 de febrero de 2025]] a tu CuentaRUT número [[ID_NUMBER:17845320]]. Si no lo ves reflejado, responde a este correo ([[EMAIL_ADDRESS:javi.pavez.r@gmail.com]]) y lo revisamos.""",
    """A payout of ₹18,420 to delivery partner [[PERSON:Arjun Nair]] (partner code [[ID_NUMBER:SWP-77210]]) was credited to A/c [[ID_NUMBER:50100482217365]], IFSC HDFC0001234, on [[DATE_TIME:31-03-2025]]; PAN [[ID_NUMBER:ABCPN4821K]] is on file for TDS.""",
    """The platform released $950 to [[PERSON:Chiamaka Eze]] on [[DATE_TIME:20 Aug 2024]], but the withdrawal to her Zenith Bank account [[ID_NUMBER:1017734925]] bounced and support asked for her BVN, [[ID_NUMBER:22184470319]], to finish KYC.""",
    # traffic accident reports
    """Collision report: at approximately [[DATE_TIME:17:45 on 21 October 2024]], a silver Honda Accord, plate [[ID_NUMBER:7KJH402]] ([[LOCATION:CA]]), driven by [[PERSON:Ramon Gutierrez]], [[AGE:52]], CDL [[US_DRIVER_LICENSE:D4829174]], rear-ended a Tesla Model 3 driven by [[PERSON:Emily Tan]] at Sepulveda Blvd and Venice Blvd in [[LOCATION:Culver City]].""",
    """[[TITLE:PC]] [[PERSON:Hargreaves]] attended the RTC on the A38 near [[LOCATION:Bromsgrove]] on [[DATE_TIME:Saturday 8 March 2025]]. Driver 1: [[PERSON:Leanne Cartwright]], born [[DATE_TIME:14/02/1991]], of [[ADDRESS:22 Holloway Drive]], [[LOCATION:Redditch]] [[ZIP_CODE:B98 7PL]], licence [[ID_NUMBER:CARTW952141LC9AB]], vehicle [[ID_NUMBER:KM19 XOP]].""",
    """Parte policial: el [[DATE_TIME:12 de abril de 2025, a las 19:20]], en la [[ADDRESS:Av. Javier Prado Este cuadra 25]], [[LOCATION:San Borja]], el vehículo de placa [[ID_NUMBER:BKR-482]], conducido por [[PERSON:Luis Alberto Huamán Flores]] (DNI [[ID_NUMBER:45038271]], [[AGE:38]] años), impactó a la motocicleta de [[PERSON:Rosa Chávez Ccori]].""",
    """Per the crash report, passenger [[PERSON:Tyrone Baptiste]] (DOB [[DATE_TIME:4/30/1979]]) was taken to Grady Memorial. The at-fault driver, [[PERSON:Kelsey Ann Moreau]], holds [[LOCATION:Georgia]] license [[US_DRIVER_LICENSE:058214773]] and is insured under policy 81-BD-4477-2.""",
    """Skademelding: Kollisjonen skjedde [[DATE_TIME:3. desember 2024 kl. 07.50]] i Trondheimsveien ved Carl Berners plass. Fører A: [[PERSON:Thomas Aas Berg]], fødselsnummer [[ID_NUMBER:31086207586]], bil [[ID_NUMBER:EL 48213]]. Fører B: [[PERSON:Aisha Mahamed]], tlf. [[PHONE_NUMBER:412 88 305]].""",
    """On [[DATE_TIME:16/11/2024]] a cyclist, [[PERSON:Aoife Ní Bhriain]], [[AGE:27]], was struck by a van registered [[ID_NUMBER:221-D-48213]] on the Navan Road in [[LOCATION:Cabra]]. The van driver, [[PERSON:Declan Furlong]] of [[ADDRESS:8 Ashington Crescent]], [[LOCATION:Dublin]] [[ZIP_CODE:D07 FX29]], gave his PPSN as [[ID_NUMBER:6830429A]].""",
    """Accident report: [[PERSON:Sipho Ndlovu]] (ID [[ID_NUMBER:8805145193086]]), driving a white Toyota Hilux, reg. [[ID_NUMBER:ND 482-917]], collided with a minibus taxi on [[DATE_TIME:2 January 2025]] on the N3 near [[LOCATION:Pietermaritzburg]]. His passenger, [[PERSON:Nomvula Ndlovu]], [[AGE:34]], was treated for whiplash.""",
    # library and museum memberships
    """Welcome to the Westfield Public Library, [[PERSON:Harriet Mbeki]]! Your library card number is [[ID_NUMBER:21982 00417 3362]] and your PIN is 7741 – keep it safe. Your card expires 05/2027.""",
    """The museum renewed the family membership of [[PERSON:Jonah]] and [[PERSON:Miriam Feldstein]] (member no. [[ID_NUMBER:AGO-3318402]]) on [[DATE_TIME:12 December 2024]]; new cards will be mailed to [[ADDRESS:77 Roxborough St W]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5R 1T9]].""",
    """overdue notice for patron [[PERSON:babajide oyelaran]], card [[ID_NUMBER:0007 2214 9901]], 2 items due [[DATE_TIME:10/28/24]] ("Beloved", "The Fire Next Time"). reply to [[EMAIL_ADDRESS:bob.oyelaran@yahoo.com]] or text [[PHONE_NUMBER:929-555-0163]] to renew.""",
    """Bonjour [[TITLE:Madame]] [[PERSON:Léa Berthoud]], votre Passeport Musées Suisses no [[ID_NUMBER:0049 871 320]] arrive à échéance le [[DATE_TIME:30 septembre 2025]]. La nouvelle carte sera envoyée au [[ADDRESS:chemin des Crêts-de-Champel 14]], [[ZIP_CODE:1206]] [[LOCATION:Genève]], dès réception de votre paiement.""",
    """Library member [[PERSON:Tan Wei Ling]] (NRIC [[ID_NUMBER:S8734162C]]) borrowed 8 items from the Toa Payoh branch on [[DATE_TIME:2 March]]; her account, linked to mobile [[PHONE_NUMBER:9127 4480]], has been upgraded to premium.""",
    """Gift Aid declaration: I, [[TITLE:Rev.]] [[PERSON:Margaret Oyelowo-Hughes]], of [[ADDRESS:3 Church Lane]], [[LOCATION:Little Snoring]], [[LOCATION:Fakenham]] [[ZIP_CODE:NR21 0HY]], want the Trust to treat my membership subscription (no. [[ID_NUMBER:1072 884 513]]) as Gift Aid donations. Signed [[DATE_TIME:14.01.2025]].""",
    """Abonnement à la Grande Bibliothèque : [[PERSON:Olivier Nguyen-Lapointe]], né le [[DATE_TIME:2 février 2001]], carte no [[ID_NUMBER:02 0338 4471 6]], domicilié au [[ADDRESS:8890, avenue Papineau]], [[LOCATION:Montréal]] ([[LOCATION:Québec]]) [[ZIP_CODE:H2M 2G3]], téléphone [[PHONE_NUMBER:514 555-0177]].""",
    """Hi, I'm [[PERSON:Dolores Vance]] and I lost my library card this week. The old number was [[ID_NUMBER:29391004418826]] – could you cancel it and issue one to [[ADDRESS:14 Juniper Way]], [[LOCATION:Boulder]], [[LOCATION:CO]] [[ZIP_CODE:80304]]? My date of birth is [[DATE_TIME:March 2, 1952]] if you need to verify.""",
    # everything else
    """Assurance maladie : [[TITLE:Monsieur]] [[PERSON:Yannick Rochat]], numéro AVS [[ID_NUMBER:756.4182.3790.55]], né le [[DATE_TIME:8 novembre 1979]], domicilié [[ADDRESS:chemin de Bonne-Espérance 6]], [[ZIP_CODE:1006]] [[LOCATION:Lausanne]], souhaite passer au modèle médecin de famille dès le [[DATE_TIME:1er janvier 2026]]. Son IBAN pour les remboursements : [[IBAN_CODE:CH27 0076 2011 6247 1938 5]].""",
    """[[PERSON:Ms. Yolanda Pérez-Whitfield]] called about a disputed charge of $89.99 on her Mastercard [[CREDIT_CARD:5428 7106 3395 8126]]; she verified her date of birth as [[DATE_TIME:June 3, 1968]] and her billing zip as [[ZIP_CODE:60647]].""",
    """[[PERSON:Mr Anil Chaudhry]], NHS number [[ID_NUMBER:485 271 0368]], was discharged from the stroke unit on [[DATE_TIME:21/02/2025]] and will need district nurse visits at home, [[ADDRESS:6 Lavender Close]], [[LOCATION:Birmingham]] [[ZIP_CODE:B15 2QT]]. His daughter [[PERSON:Meera]] ([[PHONE_NUMBER:07931 604 225]]) is the main carer.""",
    """Your prescription is ready, [[PERSON:Kwame Asante-Boateng]] (DOB [[DATE_TIME:1984-11-09]]). If the insurer asks for your BC Personal Health Number we have [[ID_NUMBER:9327 048 155]] on file; we'll call [[PHONE_NUMBER:604-555-0126]] if anything changes.""",
    """New hire: [[PERSON:Muhammad Hafiz bin Rahman]], NRIC [[ID_NUMBER:T0219857B]], start date [[DATE_TIME:1 July 2025]], reporting to [[PERSON:Jessica Lim]]. Personal email for payslips: [[EMAIL_ADDRESS:hafiz.rahman02@gmail.com]].""",
    """The tenancy for [[ADDRESS:Flat 12B, Harbour View, 2 Quayside Walk]], [[LOCATION:Bristol]] [[ZIP_CODE:BS1 4RF]] starts on the [[DATE_TIME:1st of September 2025]]; the tenants are [[PERSON:Jakub Nowak]] and his partner [[PERSON:Ewelina]], and the deposit is protected under scheme certificate 7719-0044.""",
    """[[PERSON:Fatima Zahra El Amrani]], A-number [[ID_NUMBER:A214-883-907]], born [[DATE_TIME:1990-08-27]] in [[LOCATION:Casablanca]], [[LOCATION:Morocco]], filed her naturalization paperwork (receipt IOE0923817462) and now lives at [[ADDRESS:301 Main St, Apt 5]], [[LOCATION:Paterson]], [[LOCATION:NJ]] [[ZIP_CODE:07505]].""",
    """Claim lodged by [[PERSON:Hamish McLeod]] (DOB [[DATE_TIME:02/08/1973]]) for storm damage at [[ADDRESS:41 Tallowwood Drive]], [[LOCATION:Cashmere]] [[LOCATION:QLD]] [[ZIP_CODE:4500]] on [[DATE_TIME:28/12/2024]]. Best contact is mobile [[PHONE_NUMBER:0438 112 904]] after 4pm.""",
    """Reported profile: user [[USERNAME:sunny_side_sam]] (real name [[PERSON:Samantha Okafor]], [[AGE:26]]) shared her number [[PHONE_NUMBER:0803 441 9270]] in a public post along with a link to [[URL:instagram.com/samokafor.art]].""",
    """Please RSVP for the wedding of [[PERSON:Priyanka Sharma]] and [[PERSON:Daniel Otieno]] on [[DATE_TIME:Saturday, 13 December 2025]] to [[PERSON:Priyanka]]'s aunt, [[PERSON:Mrs. Sunita Kapoor]], at [[EMAIL_ADDRESS:sunita.kapoor1961@hotmail.com]] or [[PHONE_NUMBER:+254 722 509 184]].""",
    """The hearing in R v [[PERSON:Adebayo]] has been moved to [[DATE_TIME:10:00 on 4 June 2025]]. The defendant, [[PERSON:Tunde Adebayo]], [[AGE:31]], of [[ADDRESS:19B Peckham Rye]], [[LOCATION:London]] [[ZIP_CODE:SE15 4JR]], remains on conditional bail.""",
    """SIM swap request: account holder [[PERSON:Guo Mei]] (customer no. [[ID_NUMBER:88 3310 2274]]) asked to move [[PHONE_NUMBER:0401 882 615]] to an eSIM; ID was checked against Australian passport [[ID_NUMBER:PA4821937]] on [[DATE_TIME:19 May 2025]].""",
    """KYC was rejected for user [[USERNAME:ivan_petrenko_ua]]: the name on passport [[ID_NUMBER:FT482193]] doesn't match the account name, [[PERSON:Ivan Petrenko-Sydorenko]]. Last login was from [[IP_ADDRESS:91.204.113.58]] on [[DATE_TIME:2025-01-07 14:22 UTC]].""",
    """Return approved for order 114-8827713-0094421: a refund of £64.20 goes back to the Visa ending 0912 belonging to [[PERSON:Gráinne Walsh]], [[ADDRESS:27 Abbey Street]], [[LOCATION:Ennis]], [[LOCATION:Co. Clare]] [[ZIP_CODE:V95 H2K7]].""",
    """Booking for [[TITLE:Mr.]] & [[TITLE:Mrs.]] [[PERSON:Haruto]] and [[PERSON:Yui Sato]], check-in [[DATE_TIME:Thursday 24 July 2025]], three nights. Passport numbers [[ID_NUMBER:TR4829173]] and [[ID_NUMBER:TR4829174]]; contact [[EMAIL_ADDRESS:haruto.sato@docomo.ne.jp]].""",
    """PAX [[PERSON:OYELARAN]]/[[PERSON:KEMI]] [[TITLE:MS]], PNR XQ7T4L, seat 32A, frequent flyer [[ID_NUMBER:BA 48821937]], DOB [[DATE_TIME:11MAR1986]], travelling LOS–LHR on a Nigerian passport, [[ID_NUMBER:B01948823]].""",
    """A notice of reassessment dated [[DATE_TIME:18 March 2025]] was sent to [[PERSON:Mei-Ling Cheung]], SIN [[ID_NUMBER:462 187 055]]: her refund of $1,209.33 was deposited to the account ending 8812.""",
    """The pension service wrote to [[PERSON:Mr Ebenezer Quaye]], National Insurance number [[ID_NUMBER:PX 71 03 44 D]], to confirm that his State Pension of £221.20 a week starts on [[DATE_TIME:27 October 2025]], when he turns [[AGE:66]].""",
    """Loan officer [[PERSON:Brianna Coleman-Ortiz]] pulled credit for co-borrowers [[PERSON:Samuel]] and [[PERSON:Naomi Whitfield]] (SSNs [[US_SSN:219-44-8817]] and [[US_SSN:219-47-3302]]) on the property at [[ADDRESS:8 Fox Hollow Ct]], [[LOCATION:Leesburg]], [[LOCATION:VA]] [[ZIP_CODE:20175]].""",
    """Lab report – [[PERSON:Mrs. Lakshmi Venkataraman]], [[AGE:58]] Y / F, patient ID [[ID_NUMBER:MH-2207-44319]], sample collected [[DATE_TIME:07/03/2025 08:15]], referred by [[PERSON:Dr. S. Balasubramanian]].""",
    """Kia ora [[PERSON:Mereana]], [[PERSON:Nikau Te Whare]] is booked into the Wednesday afternoon session from [[DATE_TIME:5 May 2025]]. The emergency contact we hold is his grandmother [[PERSON:Huia]] on [[PHONE_NUMBER:021 447 9302]], and his NHI is [[ID_NUMBER:ZKM1480]].""",
    """Thank you, [[PERSON:Olumide]]! Your donation on [[DATE_TIME:14 February]] at the [[LOCATION:Southampton]] donor centre was your 25th. Donor number: [[ID_NUMBER:8833 4107 22]].""",
    """hi its [[PERSON:jordan]] from the 6am spin class – can you freeze my membership from [[DATE_TIME:1 august]] to [[DATE_TIME:31 august]]? member #[[ID_NUMBER:FZ-220934]], phone [[PHONE_NUMBER:07984 112 553]]. cheers""",
    """[[PERSON:Agnes Mary Kowalczyk]], [[AGE:91]], of [[LOCATION:Scranton]], a devout [[NRP:Catholic]], passed away peacefully on [[DATE_TIME:Tuesday, January 21, 2025]]. She is survived by her son [[PERSON:Edward]] and her daughters [[PERSON:Theresa Kowalczyk-Moore]] and [[PERSON:Dorota]].""",
    """Canvass sheet: [[PERSON:Rhys Llewellyn]], [[AGE:44]], [[NRP:Plaid Cymru]] supporter, [[ADDRESS:12 Heol y Coed]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HJ]]; prefers a phone call on [[PHONE_NUMBER:029 2075 1183]] to a doorstep visit.""",
    """Please help [[PERSON:Rosa Alvarado]], a single mom from [[LOCATION:East San Jose]], after a fire destroyed her apartment at [[ADDRESS:1440 Story Rd, Apt 17]], [[LOCATION:San Jose]], [[LOCATION:CA]] [[ZIP_CODE:95122]]. You can send donations to her Venmo, @[[USERNAME:Rosa-Alvarado-22]], or by Zelle to [[PHONE_NUMBER:(408) 555-0134]].""",
    """A penalty charge notice was issued to vehicle [[ID_NUMBER:LR68 HVK]], registered keeper [[PERSON:Mr Arjun Patel]], [[ADDRESS:33 Elmfield Road]], [[LOCATION:Harrow]] [[ZIP_CODE:HA1 3PX]], for parking on double yellow lines on [[DATE_TIME:5 May 2025 at 14:37]].""",
    """Juror summons: [[PERSON:Courtney Le]], [[ADDRESS:3119 Lakeshore Ave]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94610]], juror ID [[ID_NUMBER:44817203]] – report on [[DATE_TIME:Monday, June 16, 2025 at 8:30 AM]]. Call the jury line after 5 p.m. the evening before.""",
    """Household members: [[PERSON:Abdirahman Warsame]] (head, [[AGE:47]]), [[PERSON:Hodan Ali]] (spouse, [[AGE:41]]), [[PERSON:Ayaan]] (son, [[AGE:12]]) and [[PERSON:Sagal]] (daughter, [[AGE:9]]). The family, who are [[NRP:Somali]], live at [[ADDRESS:2210 Cedar Ave S, Apt 4]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55404]].""",
    """Patient [[PERSON:Thandiwe Mokoena]], ID [[ID_NUMBER:9203180427081]], [[AGE:32]], was admitted on [[DATE_TIME:02/02/2025]] with a fractured femur. Next of kin: [[PERSON:Lwazi Mokoena]], [[PHONE_NUMBER:082 554 7310]].""",
    """Account recovery for @[[USERNAME:kofi.builds]]: the owner, [[PERSON:Kofi Mensah-Bonsu]], says the email on the account was changed from [[EMAIL_ADDRESS:kofimensah.b@outlook.com]] by someone logging in from [[IP_ADDRESS:102.176.94.31]] on [[DATE_TIME:9 Jan 2025 at 03:12 GMT]].""",
    """Driver note: if no answer, leave the parcel in the porch. Recipient [[PERSON:Siobhán O'Rourke]], [[ADDRESS:12 Glenview Park]], [[LOCATION:Tallaght]], [[LOCATION:Dublin 24]], [[ZIP_CODE:D24 X6F3]], mob [[PHONE_NUMBER:087 331 4490]].""",
    """Renter [[PERSON:Katarzyna Wiśniewska]], PESEL [[ID_NUMBER:84051712367]], Polish driving licence [[ID_NUMBER:04471/19/1465]], will pick up the car at Dublin Airport on [[DATE_TIME:12 Aug 2025 at 10:00]] and return it on [[DATE_TIME:19 Aug]].""",
    """Candidate: [[PERSON:Aleksandra Petrović]], [[AGE:29]], [[NRP:Serbian]], applying for the data analyst post. CV lists [[EMAIL_ADDRESS:aleks.petrovic@gmail.com]], [[PHONE_NUMBER:+381 64 218 3390]] and [[URL:linkedin.com/in/aleksandra-petrovic-data]].""",
    """My great-grandfather, [[PERSON:Giuseppe Lombardi]], came through [[LOCATION:Ellis Island]] on [[DATE_TIME:14 May 1913]], aged [[AGE:19]], from [[LOCATION:Palermo]]; the manifest lists his sister [[PERSON:Concetta]] in [[LOCATION:Brooklyn]] as his contact.""",
    """Found at the front desk: a wallet belonging to [[PERSON:Nathaniel Osei]], with a Ghana Card [[ID_NUMBER:GHA-719204836-4]] and a Visa card [[CREDIT_CARD:4916 3385 0612 7181]]. We left a voicemail on [[PHONE_NUMBER:+233 24 418 7720]].""",
    """Immunisation record: [[PERSON:Harper-Rose Clarke]], born [[DATE_TIME:19/07/2023]], received MMR dose 1 on [[DATE_TIME:22/07/2024]] in [[LOCATION:Rotorua]]; parent phone [[PHONE_NUMBER:027 448 1906]].""",
    """[[PERSON:Deepika]] and [[PERSON:Rahul Iyer]] have applied to adopt through the county; their home study visit at [[ADDRESS:905 Maple Ridge Dr]], [[LOCATION:Cary]], [[LOCATION:NC]] is set for [[DATE_TIME:March 19th at 10am]] with caseworker [[PERSON:Lorna Beck]].""",
    """Under the will of the late [[PERSON:Cornelius van der Merwe]] (ID [[ID_NUMBER:8506205173089]]), the house at [[ADDRESS:14 Protea Street]], [[LOCATION:Stellenbosch]] [[ZIP_CODE:7600]] passes to his partner, [[PERSON:Anele Dube]]; the executor, [[TITLE:Adv.]] [[PERSON:Ruth Pillay]], signed the inventory on [[DATE_TIME:9 September 2024]].""",
    """The landlord, [[PERSON:Gurpreet Sandhu]], served a Section 21 notice on [[DATE_TIME:1 March 2025]] asking [[PERSON:Chloe Barnes]] to leave [[ADDRESS:Flat 2, 118 Mansfield Road]], [[LOCATION:Nottingham]] [[ZIP_CODE:NG5 2BT]] by [[DATE_TIME:1 May 2025]]. [[PERSON:Chloe]]'s number is [[PHONE_NUMBER:07455 203 981]].""",
    """Hotel complaint: I'm [[PERSON:Chidi Okonkwo]] and I checked in on [[DATE_TIME:3 January]] and out on [[DATE_TIME:5 January]]; I was charged twice on my Amex [[CREDIT_CARD:3411 072295 66030]]. Please refund to the same card and confirm to [[EMAIL_ADDRESS:chidi.okonkwo@icloud.com]].""",
    """[[PERSON:Elif Yılmaz]], [[AGE:36]], a [[NRP:Turkish]] citizen living at [[ADDRESS:Unit 5, 27 Sydney Road]], [[LOCATION:Brunswick]] [[LOCATION:VIC]] [[ZIP_CODE:3056]], renewed her visa on [[DATE_TIME:11 November 2024]]; her TFN is [[ID_NUMBER:458 931 727]] and her bank account is with ING, BSB 923-100, account [[ID_NUMBER:48219376]].""",
    """[[PERSON:Marisol]] from accounts says [[PERSON:Ted Kowalski]]'s direct deposit bounced because his new account number, [[ID_NUMBER:000123884417]], was keyed with a typo; HR will re-run payroll for him on [[DATE_TIME:Friday the 22nd]].""",
]

BENCH = [
    # in the manner of ai4privacy pii-masking-200k/300k/400k
    """Dear [[PERSON:Keely Brekke]], as Principal Mobility Producer at our [[ADDRESS:9283 Hettinger Branch, Apt. 721]] office you must re-enrol in the compliance portal. Your login is [[USERNAME:keely.brekke64]] and the temporary password is 3wKx9!pQ. Sessions from [[IP_ADDRESS:203.118.44.17]] will be trusted.""",
    """Transaction alert: [[PERSON:Mx. Rowan Achebe-Lindqvist]] used card [[CREDIT_CARD:4024007153367841]] (CVV 318, expires 11/27) to pay £2,340.00 to account [[IBAN_CODE:GB95LOYD30963411824077]], BIC LOYDGB21094. Device MAC 6A:1F:C2:09:DD:4E, IP [[IP_ADDRESS:2a02:c7c:9d51:4400:81e3:2f0b:77a1:3c05]].""",
    """[[PERSON:Gutkowski]], please update the payroll file: [[PERSON:Mrs. Evangeline Gutkowski]], female, [[AGE:47]], born [[DATE_TIME:07/19/1977]], SSN [[US_SSN:523-71-0846]], lives at [[ADDRESS:4471 Okuneva Crossing, Suite 350]], [[LOCATION:North Wilfordshire]], [[LOCATION:Vermont]] [[ZIP_CODE:05401]].""",
    """Attention Senior Intranet Strategist [[PERSON:Tobias Ferreira-Nakamura]]: your VPN session from [[IP_ADDRESS:10.44.192.7]] (Mozilla/5.0 (Macintosh; Intel Mac OS X 13_5) AppleWebKit/605.1.15 Safari/605.1.15) timed out on [[DATE_TIME:2024-09-03T22:41:09Z]]. Re-authenticate with your username [[USERNAME:tferreira_n]].""",
    """The art therapy workshop for [[PERSON:Mireille]], [[AGE:9]], is booked. Guardian [[PERSON:Dr. Oren Blumenthal]] paid with [[CREDIT_CARD:5200 8282 8210 7219]], CVV 044, exp 03/26; receipt to [[EMAIL_ADDRESS:oren.blumenthal@protonmail.com]], phone [[PHONE_NUMBER:+1-646-555-0190]].""",
    """Hi [[PERSON:Zuri]], the grant of €4,500 for your linguistics fieldwork will be wired to [[IBAN_CODE:DE56 3704 0044 0287 3165 44]] (BIC COBADEFFXXX) in the name of [[PERSON:Zuri Abernathy-Mwangi]]. Please confirm your street, [[ADDRESS:Kastanienallee 38, 3. OG]], [[ZIP_CODE:10435]] [[LOCATION:Berlin]].""",
    """Patient [[PERSON:Cassius Oyelaran-Pryce]], [[AGE:63]], male, height 182 cm, eye colour hazel, presented on [[DATE_TIME:14/03/2024]] at [[ADDRESS:2nd Floor, 77 Wellington Quay]], [[LOCATION:Dublin]]. Contact [[PHONE_NUMBER:+353 86 204 7719]], email [[EMAIL_ADDRESS:c.oyelaranpryce@eircom.net]].""",
    """Account [[ID_NUMBER:38201947]] (Savings) belonging to [[PERSON:Ms. Pilar Echeverría]] received a transfer of $6,012.55 from [[IBAN_CODE:ES33 2100 0731 8202 0017 9346]]. The sender's IP was [[IP_ADDRESS:88.27.140.201]] and the browser was Opera/9.80 (Windows NT 6.1; U; es-ES) Presto/2.9.181.""",
    """Our Legacy Metrics Facilitator, [[PERSON:Imogen Castellanos]], asked us to send her new badge to [[ADDRESS:Apt. 1102, 560 Mission Street]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94105]]. Her employee number is [[ID_NUMBER:EMP-0048213]] and her DOB is [[DATE_TIME:4th October 1988]].""",
    """Estimada [[PERSON:Valentina Araya Soto]], su cuenta en la plataforma fue bloqueada tras tres intentos fallidos desde la IP [[IP_ADDRESS:190.161.37.94]]. Para desbloquearla, confirme su RUT ([[ID_NUMBER:16.344.509-3]]) y su fecha de nacimiento ([[DATE_TIME:23/05/1986]]) respondiendo desde su correo, [[EMAIL_ADDRESS:vale.araya.soto@gmail.com]], o desde su celular, [[PHONE_NUMBER:+56 9 7241 0385]].""",
    """Re: disability accommodation. [[PERSON:Prof. Adaeze Nwankwo-Berg]], [[AGE:52]], requested a standing desk for room 4.12 of the [[ADDRESS:Hollis Building, 1 Campus Drive]]. Her vehicle, plate [[ID_NUMBER:WV72 KLD]], is cleared for the accessible bay.""",
    """[[PERSON:Kwabena]], the music royalty statement for Q3 lists your PayPal as [[EMAIL_ADDRESS:kwabena.asiedu.beats@gmail.com]] and your Visa as [[CREDIT_CARD:4929 8041 7720 6351]]. CVV and expiry (09/28) are not stored. Your ISRC codes start with GB-K9L; the artist page we link to is [[URL:soundcloud.com/kwabena-asiedu]].""",
    """Bonjour [[PERSON:Félix-Antoine Gagnon]], votre remboursement de 212,40 $ a été déposé dans le compte [[ID_NUMBER:5082143]] (institution 815, transit 30012). Votre NAS, [[ID_NUMBER:218 740 637]], a été confirmé le [[DATE_TIME:9 mai 2024]] depuis l'adresse [[IP_ADDRESS:142.169.78.33]].""",
    """Hello [[PERSON:Nkechi]], as Central Brand Orchestrator you'll be moving to the [[ADDRESS:Suite 2100, 181 Bay Street]], [[LOCATION:Toronto]] office. The courier will collect your monitor from [[ADDRESS:66 Dewhurst Blvd]], [[LOCATION:East York]], [[ZIP_CODE:M4J 3J2]] on [[DATE_TIME:Tuesday 14 January]].""",
    """Gender: non-binary. Name: [[PERSON:Sasha Abramowicz]]. Age: [[AGE:24]]. Phone IMEI: 35-209900-176148-1. Card: [[CREDIT_CARD:6250 9410 0652 8730]] exp 02/29. Preferred pronouns they/them. Address: [[ADDRESS:17 Orchard Row, Flat 4]], [[LOCATION:Norwich]] [[ZIP_CODE:NR2 4PQ]].""",
    """The shipment of bonsai tools for [[PERSON:Hiroshi Takeda-Wolff]] left the depot. Billing: [[ADDRESS:8814 Pfannerstill Turnpike]], [[LOCATION:Lake Imelda]], [[LOCATION:Oregon]] [[ZIP_CODE:97381]]. Paid with card [[CREDIT_CARD:3528409311772040]], CVV 771. Last login [[DATE_TIME:June 30, 2024, 08:12:44]] from [[IP_ADDRESS:73.221.9.150]].""",
    """[[PERSON:Ms. Delphine Marchetti]], [[AGE:71]], has been registered for the falls-prevention course starting [[DATE_TIME:02.09.2024]]. Her carer, [[PERSON:Yusuf]], can be reached on [[PHONE_NUMBER:0161 496 0827]]. Room: Annex B.""",
    """Please check the timesheet of our Dynamic Web Liaison [[PERSON:Bartholomew Nnaji]] – he logged in from MAC 00:1B:44:11:3A:B7 and IPv6 [[IP_ADDRESS:fe80::1c4a:9bff:fe21:7d02]] on [[DATE_TIME:11/11/2023 at 6:02 PM]] although he was on leave.""",
    """Dear [[PERSON:Lars]], your therapy invoice of NOK 1 450 is due. Pay to [[IBAN_CODE:NO43 1503 2641 196]] and quote your client number [[ID_NUMBER:K-22871]]. Your date of birth on file is [[DATE_TIME:01.05.1988]].""",
    """New volunteer: [[PERSON:Esperanza Guadalupe Ruiz]], [[AGE:68]], retired Lead Quality Architect, [[ADDRESS:2290 Kunde Meadows, Unit 9]], [[LOCATION:Port Rosalind]], [[LOCATION:NM]] [[ZIP_CODE:87114]]. Emergency contact [[PHONE_NUMBER:(505) 555-0182]]. Driver's license [[US_DRIVER_LICENSE:NM 503114872]], US passport [[US_PASSPORT:548103772]].""",
    """The loan of ₦2,500,000 to [[PERSON:Chukwuemeka Obiora]] (BVN [[ID_NUMBER:22461839705]]) will be disbursed to [[ID_NUMBER:0123884471]] at GTBank on [[DATE_TIME:15/07/2025]]. His NIN is [[ID_NUMBER:48213907615]] and his office is at [[ADDRESS:Plot 12, Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]].""",
    """[[PERSON:Fenna de Wit]] (BSN [[ID_NUMBER:238174657]]) has paid €89,00 for the ceramics course from [[IBAN_CODE:NL03ABNA0592817364]]. Course start: [[DATE_TIME:vrijdag 5 september 2025, 19:30]]. Address: [[ADDRESS:Oudegracht 214-bis]], [[ZIP_CODE:3511 NS]] [[LOCATION:Utrecht]].""",
    """[[PERSON:Aurelio]], [[AGE:33]], Human Research Coordinator, has requested a second monitor. His workstation MAC is 9C:B6:D0:4F:22:A1 and his static IP is [[IP_ADDRESS:172.16.48.205]]. Deliver to [[ADDRESS:Building 4, Floor 3, Desk 3-117]].""",
    """[[PERSON:Siddharth Raghavan]], your Aadhaar-linked mobile [[PHONE_NUMBER:+91 90040 18273]] has been verified. PAN [[ID_NUMBER:BQXPR7314M]] is now linked to Aadhaar [[ID_NUMBER:3729 4015 6285]]. Registered address: [[ADDRESS:Flat 1203, Tower B, Lodha Amara]], [[LOCATION:Thane West]] [[ZIP_CODE:400607]].""",
    """Invoice to: [[PERSON:Mr. Magnus Halvorsen-Achterberg]], [[ADDRESS:Unit 14, 2207 Schowalter Heights]], [[LOCATION:Kuhnmouth]], [[LOCATION:Alaska]] [[ZIP_CODE:99508]]. Card on file [[CREDIT_CARD:4003-6100-4729-1187]], exp 04/26. Account name: Home Loan Account. Amount: $1,118.30.""",
    """Dear Team Lead [[PERSON:Marguerite O'Connell]], the new Chromebook for intern [[PERSON:Ayodele Bankole]] ([[EMAIL_ADDRESS:a.bankole@students.lsbu.ac.uk]], student no. [[ID_NUMBER:3809172]]) has serial 5CD2214XQR and will be enrolled from IP [[IP_ADDRESS:192.168.10.54]].""",
    """Female, [[AGE:39]], born [[DATE_TIME:September 9th, 1985]]. Name [[PERSON:Anneliese Kowalczyk-Hart]]. Prefix [[TITLE:Dr]]. Phone [[PHONE_NUMBER:+44 20 7946 0381]]. Street [[ADDRESS:Flat 6, 28 Belsize Park Gardens]], [[LOCATION:London]] [[ZIP_CODE:NW3 4LH]]. Job: Forward Optimization Engineer.""",
    """Your reservation for the glacier tour is confirmed, [[PERSON:Björn Eriksson]]! Payment from [[IBAN_CODE:SE45 5000 0000 0583 9825 7466]] received. Personnummer [[ID_NUMBER:900622-3144]]. Pick-up at [[ADDRESS:Drottninggatan 53]], [[LOCATION:Stockholm]] at 07:15.""",
    """[[PERSON:Ngozi]], please reset the password for Regional Accounts Executive [[PERSON:Destiny Okoro-Hale]]; her username is [[USERNAME:dokorohale]] and she last signed in on [[DATE_TIME:03/02/2025 09:14]] from [[IP_ADDRESS:41.58.213.77]] using Mozilla/5.0 (Linux; Android 14; SM-A546E).""",
    """The custody hearing concerning [[PERSON:Leila]] ([[AGE:7]]) will be held [[DATE_TIME:Wednesday 4 June 2025 at 2 p.m.]]. The mother, [[PERSON:Ms. Nasrin Haidari]], lives at [[ADDRESS:44 Belgrave Road, Apartment 3]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 6AR]]; she is an [[NRP:Afghan]] national.""",
    """Hi [[PERSON:Cheng]], we've received €1.200 from [[IBAN_CODE:FR76 1027 8060 7600 0214 0980 128]] for the apartment deposit at [[ADDRESS:12 rue des Trois-Frères, 4e étage]], [[ZIP_CODE:75018]] [[LOCATION:Paris]]. The lease starts [[DATE_TIME:1er octobre 2024]].""",
    """User [[USERNAME:marisol_v88]] ([[PERSON:Marisol Villanueva]]) changed her recovery phone to [[PHONE_NUMBER:+52 55 4182 9073]] on [[DATE_TIME:2024-12-19 03:47:02]] from [[IP_ADDRESS:187.190.41.228]]. CURP [[ID_NUMBER:VIVM880412MDFLZR08]] is linked to the account.""",
    """The surveyor [[PERSON:Ifeoluwa Adetokunbo]] measured the plot at [[ADDRESS:Lot 47, 1320 Greenhollow Road]], [[LOCATION:Dutchess County]], [[LOCATION:NY]] [[ZIP_CODE:12603]] on [[DATE_TIME:April 2, 2024]] for the owner, [[PERSON:Reginald Thorne III]], [[AGE:58]].""",
    """Primary cardholder: [[PERSON:Yasmin Haddad]]; card [[CREDIT_CARD:374281930557180]]; CID 4412; valid thru 07/28. Supplementary cardholder: [[PERSON:Omar Haddad]], [[AGE:17]]. Statement address: [[ADDRESS:PO Box 55218]], [[LOCATION:Dubai]], [[LOCATION:UAE]]. IBAN for autopay: [[IBAN_CODE:AE890260001015432981207]].""",
    """[[PERSON:Mr. Teodor Popescu]], Chief Factors Analyst, moved from [[ADDRESS:Strada Lipscani 21, ap. 8]], [[LOCATION:București]] to [[LOCATION:Cluj-Napoca]]. Salary account [[IBAN_CODE:RO70 BTRL 0130 1205 M167 01XX]]; personal phone [[PHONE_NUMBER:+40 721 884 301]].""",
    # in the manner of gretel-pii-masking-en-v1 (domain documents)
    """AUTOMOBILE CLAIM NOTICE
Claim No.: AC-2025-0048817
Insured: [[PERSON:Marcus T. Holloway]]    Policy: PA-77120934
Date of Loss: [[DATE_TIME:February 11, 2025]]    Time: approx. 7:50 AM
Location of Loss: northbound I-35 near exit 234, [[LOCATION:Round Rock]], [[LOCATION:TX]]
Insured Vehicle: 2021 Ford F-150, VIN [[ID_NUMBER:1FTFW1E52NFA12903]], [[LOCATION:Texas]] plate [[ID_NUMBER:RKT-4419]]
Claimant (other driver): [[PERSON:Yesenia Carrillo]], DOB [[DATE_TIME:06/02/1994]], [[ADDRESS:1907 Oak Creek Dr]], [[LOCATION:Pflugerville]], [[LOCATION:TX]] [[ZIP_CODE:78660]], tel. [[PHONE_NUMBER:512-555-0149]]
Description: Insured states the claimant changed lanes without signaling. Police report filed by [[TITLE:Officer]] [[PERSON:D. Kaminski]], badge [[ID_NUMBER:4471]].""",
    """This Independent Contractor Agreement ("Agreement") is made on [[DATE_TIME:March 3, 2025]] between FleetDash Logistics, Inc., a [[LOCATION:Delaware]] corporation, and [[PERSON:Olamide Bakare]], an individual residing at [[ADDRESS:2745 Crescent Ave, Apt 9]], [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28207]] ("Contractor"). Contractor's Social Security Number, [[US_SSN:247-61-9038]], will be used solely for IRS Form 1099-NEC reporting. Payouts shall be made weekly by ACH to account [[ID_NUMBER:9914 0273 8846]] (routing 053000196). Either party may terminate this Agreement on seven (7) days' written notice to [[EMAIL_ADDRESS:olamide.bakare@gmail.com]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Harjit Kaur Dhillon]]    MRN: [[ID_NUMBER:00483172]]    DOB: [[DATE_TIME:1949-12-30]] ([[AGE:75]] y)
Admitted: [[DATE_TIME:2025-01-18]]    Discharged: [[DATE_TIME:2025-01-24]]
Attending: [[PERSON:Dr. Mateus Carvalho]]
Diagnosis: community-acquired pneumonia, resolved. Follow-up with GP [[PERSON:Dr. Aoife Keane]] within 7 days.
Address on file: [[ADDRESS:58 Brookfield Avenue]], [[LOCATION:Slough]] [[ZIP_CODE:SL1 2PH]]; NHS number [[ID_NUMBER:831 206 5032]]. Next of kin: son [[PERSON:Manpreet]], [[PHONE_NUMBER:07712 448 093]].""",
    """NOTICE OF INTENT TO DISCONNECT
Date of Notice: [[DATE_TIME:May 2, 2025]]
Customer: [[PERSON:Beatriz Salgado]]
Service Address: [[ADDRESS:411 Pine Knot Road, Lot 22]], [[LOCATION:Valdosta]], [[LOCATION:GA]] [[ZIP_CODE:31601]]
Account Number: [[ID_NUMBER:0038-22917-04]]
Amount Past Due: $287.14
Your electric service is scheduled for disconnection on or after [[DATE_TIME:May 16, 2025]]. If a member of your household has a serious medical condition, have a physician call us at 1-877-555-0118. Pledge assistance may be available from the county office.""",
    """STUDENT TRANSFER REQUEST – Oakridge Unified School District
Student Name: [[PERSON:Dmitri Volkov]]    Student ID: [[ID_NUMBER:7710048]]    Grade: 10
Date of Birth: [[DATE_TIME:08/17/2009]]
Current School: Lakeview High    Requested School: Mountain View High
Parent/Guardian: [[PERSON:Svetlana Volkova]]    Phone: [[PHONE_NUMBER:(916) 555-0171]]    Email: [[EMAIL_ADDRESS:s.volkova.home@gmail.com]]
Home Address: [[ADDRESS:3340 Ridgecrest Way]], [[LOCATION:Rocklin]], [[LOCATION:CA]] [[ZIP_CODE:95677]]
Reason: Parent employment; after-school care provided by grandmother, [[PERSON:Lyudmila Orlova]].
Requested effective date: [[DATE_TIME:January 21, 2025]]""",
    """VETERINARY EMERGENCY RECORD
Clinic case #: VE-118204
Owner: [[PERSON:Jasmine Oduya]]    Phone: [[PHONE_NUMBER:(704) 555-0158]]    Alt: [[PHONE_NUMBER:(704) 555-0112]]
Owner address: [[ADDRESS:90 Linden Park Lane]], [[LOCATION:Huntersville]], [[LOCATION:NC]] [[ZIP_CODE:28078]]
Patient: "Mango", DSH, 4 y, F/S, microchip 981020045318774
Presenting complaint: lily ingestion, seen [[DATE_TIME:12/24/2024 21:35]]
Consent for hospitalisation signed by owner; estimate $1,900–$2,400 accepted. Deposit on Discover [[CREDIT_CARD:6011 9827 4410 3584]].""",
    """Loan Application – Personal Information
Applicant: [[PERSON:Rajesh Kumar Subramaniam]]
Date of Birth: [[DATE_TIME:14 April 1981]]    Age: [[AGE:43]]
Permanent Address: [[ADDRESS:No. 7, 3rd Cross]], [[LOCATION:Indiranagar 2nd Stage]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]
PAN: [[ID_NUMBER:AKRPS4417G]]    Aadhaar: [[ID_NUMBER:6812 0473 5918]]
Employer: Infosys Ltd. (not verified)    Monthly income: ₹1,85,000
Existing loans: Home loan A/c [[ID_NUMBER:HL00917735]]
Mobile: [[PHONE_NUMBER:+91 99016 44827]]    Email: [[EMAIL_ADDRESS:rajesh.ks81@rediffmail.com]]""",
    """LEASE AGREEMENT
This lease is entered into on the [[DATE_TIME:15th day of June, 2024]] by and between [[PERSON:Eleanor Whitmore]] ("Landlord") and [[PERSON:Kofi Boateng]] and [[PERSON:Ama Boateng]] ("Tenants") for the premises at [[ADDRESS:1220 N. Lakewood Ave, Unit 3R]], [[LOCATION:Chicago]], [[LOCATION:Illinois]] [[ZIP_CODE:60613]]. The term begins [[DATE_TIME:July 1, 2024]] and ends [[DATE_TIME:June 30, 2025]]. Monthly rent is $2,150. Notices to the Landlord shall be sent to [[ADDRESS:PO Box 4418]], [[LOCATION:Evanston]], [[LOCATION:IL]] [[ZIP_CODE:60204]].""",
    """CONTRAT DE TRAVAIL
Entre Boulangerie Saint-Roch inc., ci-après « l'employeur », et [[PERSON:Anne-Sophie Lévesque]], domiciliée au [[ADDRESS:215, rue de la Couronne, app. 6]], [[LOCATION:Québec]] ([[LOCATION:Québec]]) [[ZIP_CODE:G1K 6E9]], ci-après « l'employée ».
Date d'entrée en fonction : [[DATE_TIME:lundi 7 avril 2025]].
Numéro d'assurance sociale : [[ID_NUMBER:241 905 876]].
Date de naissance : [[DATE_TIME:1998-10-03]].
Le salaire sera versé par dépôt direct au compte no [[ID_NUMBER:4410729]] (transit 20301, institution 815).
Signé à [[LOCATION:Québec]], le [[DATE_TIME:24 mars 2025]].""",
    """Authorization for Release of Protected Health Information
I, [[PERSON:Gloria Ann Petrakis]], date of birth [[DATE_TIME:11/23/1962]], authorize Mercy Regional Medical Center to release records of my treatment from [[DATE_TIME:August 1, 2023]] to present to my attorney, [[PERSON:Jonathan Reyes-Whitaker]], [[TITLE:Esq.]], [[ADDRESS:400 Commerce St, Suite 1200]], [[LOCATION:Nashville]], [[LOCATION:TN]] [[ZIP_CODE:37219]]. Medical record no. [[ID_NUMBER:MR-55302917]]; Medicare beneficiary identifier [[ID_NUMBER:4TE9-QK2-MP71]].
Signature: ______________  Date: [[DATE_TIME:02/14/2025]]""",
    """ACCIDENT / INCIDENT REPORT – Warehouse 3
Employee: [[PERSON:Tomasz Zieliński]]    Employee ID: [[ID_NUMBER:W3-02291]]
Date/time of incident: [[DATE_TIME:28/10/2024, 14:10]]
Witness: [[PERSON:Precious Mahlangu]] (forklift operator)
Description: Employee's left foot was struck by a pallet jack in aisle 14. First aid given by [[PERSON:Gareth Lloyd]]. Employee taken to A&E by his wife, [[PERSON:Agnieszka]] (mob. [[PHONE_NUMBER:07588 210 443]]).
Home address: [[ADDRESS:9 Ferndale Close]], [[LOCATION:Northampton]] [[ZIP_CODE:NN3 8JW]]""",
    """SKADEMELDING – MOTORVOGN
Forsikringstaker: [[PERSON:Kristian Nordahl]]
Fødselsnummer: [[ID_NUMBER:01058844388]]
Adresse: [[ADDRESS:Kirkeveien 112 H0302]], [[ZIP_CODE:0361]] [[LOCATION:Oslo]]
Telefon: [[PHONE_NUMBER:+47 918 44 207]]  E-post: [[EMAIL_ADDRESS:k.nordahl@gmail.com]]
Skadedato: [[DATE_TIME:14.02.2025, kl. 16.20]]
Kjøretøy: Volkswagen ID.4, reg.nr. [[ID_NUMBER:EK 77015]]
Motpart: [[PERSON:Solveig Brekke]], reg.nr. [[ID_NUMBER:DN 30418]]
Utbetaling til konto: [[ID_NUMBER:9710.05.48171]]""",
    """SUBPOENA DUCES TECUM
TO: Custodian of Records, Harborview Credit Union
You are commanded to produce all account statements for member [[PERSON:Lionel Ashby]] (member no. [[ID_NUMBER:600482913]], SSN ending 4471) for the period January 2022 through December 2023, in the matter of [[PERSON:Ashby]] v. [[PERSON:Ashby]], Case No. 23-DR-01877, on or before [[DATE_TIME:April 18, 2025]]. Issued at the request of counsel for Petitioner [[PERSON:Renata Ashby]], [[ADDRESS:88 Harbor Blvd]], [[LOCATION:Tacoma]], [[LOCATION:WA]] [[ZIP_CODE:98402]].""",
    """MEMBERSHIP APPLICATION – Friends of the Natural History Museum
Name: [[PERSON:Dr. Ibrahim Al-Rashid]]    Joint member: [[PERSON:Leyla Al-Rashid]]
Address: [[ADDRESS:Flat 9, Cranmer Court, Sloane Avenue]], [[LOCATION:London]] [[ZIP_CODE:SW3 3HW]]
Email: [[EMAIL_ADDRESS:ibrahim.alrashid@me.com]]    Tel: [[PHONE_NUMBER:020 7584 3391]]
Membership type: Joint, annual, £98    Gift Aid: Yes
Direct Debit: sort code 40-05-30, account no. [[ID_NUMBER:72216408]]
Start date: [[DATE_TIME:1 February 2025]]""",
    """FICHA DE INSCRIPCIÓN – Biblioteca Municipal de Miraflores
Nombre: [[PERSON:Carmen Rosa Vilca Huanca]]
DNI: [[ID_NUMBER:70441928]]    Fecha de nacimiento: [[DATE_TIME:19/09/1999]]
Dirección: [[ADDRESS:Calle Los Pinos 147, dpto. 302]], [[LOCATION:Miraflores]], [[LOCATION:Lima]] [[ZIP_CODE:15074]]
Celular: [[PHONE_NUMBER:+51 986 220 417]]    Correo: [[EMAIL_ADDRESS:carmenvilca.h@hotmail.com]]
N.º de carné: [[ID_NUMBER:BMM-0048821]]    Fecha de emisión: [[DATE_TIME:02/05/2025]]""",
    """PAYOUT DISPUTE – Contractor Support Ticket #88412
Submitted by: [[PERSON:Andrés Felipe Castaño]] (driver ID [[ID_NUMBER:DRV-3390217]])
Summary: Weekly payout for the period ending [[DATE_TIME:Sunday, Nov 17, 2024]] was $312 short. Trips on [[DATE_TIME:Nov 12]] and [[DATE_TIME:Nov 14]] were not counted.
Bank on file: Chase checking ending 0193. Tax ID: SSN [[US_SSN:614-28-7730]].
Contact: [[EMAIL_ADDRESS:andres.castano.drives@gmail.com]], [[PHONE_NUMBER:+1 (786) 555-0122]]
Resolution: adjustment issued by agent [[PERSON:Priya]] on [[DATE_TIME:Nov 21, 2024]].""",
    """POWER OF ATTORNEY
I, [[PERSON:Margaret Eileen Donnelly]], of [[ADDRESS:17 Seaview Terrace]], [[LOCATION:Howth]], [[LOCATION:Co. Dublin]] [[ZIP_CODE:D13 R8W2]], PPS number [[ID_NUMBER:1947382RA]], appoint my nephew, [[PERSON:Ciarán Donnelly]], of [[ADDRESS:4 Mount Eagle Grove]], [[LOCATION:Leopardstown]], to act as my attorney in relation to my accounts at Bank of Ireland, including [[IBAN_CODE:IE83 BOFI 9000 1741 9300 56]]. Dated this [[DATE_TIME:twelfth day of March 2025]].""",
    """Employee Performance Review – Confidential
Employee: [[PERSON:Hyun-woo Shin]]    Staff no.: [[ID_NUMBER:40917]]
Manager: [[PERSON:Catherine Dubois]]
Review period ending: [[DATE_TIME:31 December 2024]]
Meeting held: [[DATE_TIME:Thursday, 16 January 2025, 11:00]]
Comments: [[PERSON:Hyun-woo]] exceeded targets on the Ridgeway migration. Agreed development plan: AWS certification by Q3. Employee personal contact: [[EMAIL_ADDRESS:hyunwoo.shin@naver.com]].""",
    """INCIDENT REPORT – Riverside Library, Main Branch
On [[DATE_TIME:Saturday 22 March 2025 at approximately 15:30]], patron [[PERSON:Derek Ainsworth]] (card no. [[ID_NUMBER:2 1187 00934 5521]]) reported that his backpack had been taken from the quiet study area. Staff member [[PERSON:Olga Petrenko]] reviewed CCTV with [[TITLE:PC]] [[PERSON:Simmons]]. [[PERSON:Mr Ainsworth]] can be contacted on [[PHONE_NUMBER:07402 118 935]] or at [[ADDRESS:51 Wharf Road]], [[LOCATION:Guildford]] [[ZIP_CODE:GU1 4RA]].""",
    """BILL OF SALE – MOTOR VEHICLE
Seller: [[PERSON:Winston Clarke]], [[ADDRESS:22 Hibiscus Drive]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6R 2K4]], [[LOCATION:Ontario]] driver's licence [[ID_NUMBER:C4187-22049-60315]]
Buyer: [[PERSON:Parminder Gill]], [[ADDRESS:805 Queen St E, Unit 12]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M4M 1H8]]
Vehicle: 2018 Honda Civic, VIN [[ID_NUMBER:2HGFC2F5XJH551907]], plate [[ID_NUMBER:CBTR 418]]
Purchase price: $14,500 paid by certified cheque on [[DATE_TIME:September 8, 2024]].""",
    """Pre-Employment Background Check Consent
Full legal name: [[PERSON:Precious Nomvula Sithole]]
Other names used: [[PERSON:Precious Dlamini]] (maiden)
South African ID no.: [[ID_NUMBER:0009140212086]]
Current address: [[ADDRESS:Unit 12, Bougainvillea Court, 44 Grant Avenue]], [[LOCATION:Norwood]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2192]]
Cell: [[PHONE_NUMBER:072 340 1187]]
I consent to a criminal record and credit check. Signed [[DATE_TIME:20/01/2025]].""",
    """CERTIFICATE OF INSURANCE – PET
Policyholder: [[PERSON:Ms. Hollie Tranter]]
Address: [[ADDRESS:6 Orchard Mews]], [[LOCATION:Chester]] [[ZIP_CODE:CH2 3QT]]
Pet: "Winston", English bulldog, born 03/2021
Policy start date: [[DATE_TIME:12/04/2025]]    Annual limit: £7,000
Payment: Direct Debit from [[IBAN_CODE:GB35MONZ04000427719403]]
Emergency vet helpline: 0800 555 0184 (24/7)""",
    """CITY OF SPRINGFIELD – UTILITY SERVICE APPLICATION
Applicant: [[PERSON:Nadia Benali]]    Co-applicant: [[PERSON:Youssef Benali]]
Service address: [[ADDRESS:2217 Cherry Blossom Ln]], [[LOCATION:Springfield]], [[LOCATION:MO]] [[ZIP_CODE:65804]]
Previous address: [[ADDRESS:14 Rue Ibn Batouta]], [[LOCATION:Rabat]], [[LOCATION:Morocco]]
Move-in date: [[DATE_TIME:10/01/2024]]
Government ID: Moroccan passport [[ID_NUMBER:UK7782190]]
Deposit waived: No ($150)    Paperless billing email: [[EMAIL_ADDRESS:nadia.benali@outlook.fr]]""",
    """TRAFFIC COLLISION REPORT (SUPPLEMENT)
Report #: 25-004417    Reporting officer: [[TITLE:Ofc.]] [[PERSON:Lamar Jenkins]] #[[ID_NUMBER:2290]]
Party 1: [[PERSON:Quinn Harrington]], [[AGE:19]], [[ADDRESS:604 Elm St]], [[LOCATION:Ames]], [[LOCATION:IA]] [[ZIP_CODE:50010]]; [[LOCATION:Iowa]] DL [[US_DRIVER_LICENSE:482TX9914]]; cited for failure to yield.
Party 2: [[PERSON:Evelyn Schwartz]], [[AGE:77]]; complained of chest pain, transported by Story County EMS.
Date/time: [[DATE_TIME:1/9/2025 08:12]]""",
    """Dear Parent/Guardian,
We are pleased to offer [[PERSON:Ruby-Mae Thompson]] (DOB [[DATE_TIME:12.05.2019]]) a Reception place at Hollybrook Infant School from [[DATE_TIME:September 2025]]. Please accept or decline by [[DATE_TIME:1 May 2025]] using reference 2025-REC-0418. We have recorded your address as [[ADDRESS:27 Kestrel Way]], [[LOCATION:Swindon]] [[ZIP_CODE:SN3 5FJ]] and your contact as [[PERSON:Mrs L. Thompson]], [[PHONE_NUMBER:07874 009 216]].""",
    """RENTAL APPLICATION
Applicant 1: [[PERSON:Tevita Fifita]], DOB [[DATE_TIME:22/03/1992]], driver licence (NZ) [[ID_NUMBER:DK482017]]
Applicant 2: [[PERSON:Luseane Fifita]], DOB [[DATE_TIME:09/10/1994]]
Current address: [[ADDRESS:3/19 Hillsborough Road]], [[LOCATION:Mount Roskill]], [[LOCATION:Auckland]] [[ZIP_CODE:1041]]
Employer references: Fletcher Building ([[PERSON:Tevita]]), Auckland DHB ([[PERSON:Luseane]])
Phone: [[PHONE_NUMBER:022 618 4470]]    Email: [[EMAIL_ADDRESS:tevita.fifita@xtra.co.nz]]""",
    """REFERRAL LETTER
[[DATE_TIME:19 February 2025]]
Dear [[PERSON:Dr. Patel]],
Re: [[PERSON:Mr. Obinna Chukwu]], DOB [[DATE_TIME:05/06/1958]], Hospital No. [[ID_NUMBER:K1183392]]
Thank you for seeing this [[AGE:66]]-year-old gentleman with new-onset atrial fibrillation. He lives alone at [[ADDRESS:Flat 31, Marlowe House, 10 Bridge Street]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 1PA]], and his daughter, [[PERSON:Adaeze]], is his main contact on [[PHONE_NUMBER:07960 552 018]].
Yours sincerely, [[PERSON:Dr. Helen Marsh]], GP""",
    """GIG WORKER PAYMENT SUMMARY – TAX YEAR 2024/25
Name: [[PERSON:Aleksander Nowicki]]
UTR: [[ID_NUMBER:84720 19365]]    NI number: [[ID_NUMBER:SN 62 40 17 A]]
Address: [[ADDRESS:Flat 4, 201 Dalston Lane]], [[LOCATION:London]] [[ZIP_CODE:E8 1LA]]
Total gross payouts: £28,904.17    Platform fees: £4,335.62
Payouts sent to: [[IBAN_CODE:GB60 BARC 2004 1573 3108 62]]
First payout: [[DATE_TIME:08/04/2024]]    Last payout: [[DATE_TIME:31/03/2025]]""",
    """NOTICE OF HEARING – SMALL CLAIMS
Plaintiff: [[PERSON:Darius Farahani]], [[ADDRESS:12 Oakmont Pl]], [[LOCATION:Irvine]], [[LOCATION:CA]] [[ZIP_CODE:92620]]
Defendant: [[PERSON:Whitney Lambeth]], [[ADDRESS:77 Vista Del Mar, Apt 204]], [[LOCATION:Laguna Niguel]], [[LOCATION:CA]] [[ZIP_CODE:92677]]
Claim: $4,820 for damage to plaintiff's vehicle in the collision of [[DATE_TIME:August 30, 2024]].
Hearing: [[DATE_TIME:Tuesday, June 10, 2025, at 8:30 a.m.]], Department C-62.
The defendant may call the clerk's office at (657) 622-5600 with questions.""",
    """CONSENT FORM – SCHOOL TRIP
Pupil: [[PERSON:Oisín Mac Giolla]]    Class: 5th
Date of trip: [[DATE_TIME:14 May 2025]] (Dublin Zoo)
Medical info: asthma – inhaler in bag.
Parent/guardian: [[PERSON:Niamh Mac Giolla]]    Mobile: [[PHONE_NUMBER:086 241 7709]]
Second contact: [[PERSON:Seamus]] (grandad) [[PHONE_NUMBER:01 843 2276]]
Signed: [[PERSON:N. Mac Giolla]]    Date: [[DATE_TIME:02/05/2025]]""",
    # in the manner of Nemotron-PII (structured and semi-structured)
    """{"event": "payout.failed", "ts": "2025-02-14T09:31:07Z", "worker": {"id": "[[ID_NUMBER:wk_88310472]]", "name": "[[PERSON:Lucía Fernández Ortega]]", "email": "[[EMAIL_ADDRESS:lucia.fdz.ortega@gmail.com]]", "phone": "[[PHONE_NUMBER:+34 612 480 337]]"}, "destination": {"iban": "[[IBAN_CODE:ES10 0049 1500 0105 1289 3741]]", "bic": "BSCHESMMXXX"}, "amount": {"value": 418.9, "currency": "EUR"}, "reason": "account_closed", "retry_after": "2025-02-17"}""",
    """2025-03-02 14:22:51,310 INFO  [auth] login ok user=[[USERNAME:jmcallister]] src=[[IP_ADDRESS:24.118.203.46]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0"
2025-03-02 14:23:04,118 WARN  [billing] card update for customer [[ID_NUMBER:C-0049127]] ([[PERSON:Joanne McAllister]]) last4=7719 exp=09/27
2025-03-02 14:23:05,002 INFO  [billing] new card token tok_9fA2x… bound to [[EMAIL_ADDRESS:joanne.mcallister@comcast.net]]
2025-03-02 14:25:40,771 ERROR [mailer] bounce from [[EMAIL_ADDRESS:jo.mcallister1971@aol.com]] (550 mailbox unavailable)""",
    """INSERT INTO patients (patient_id, first_name, last_name, dob, sex, phone, address, city, state, zip, insurance_member_id)
VALUES ('[[ID_NUMBER:P-0092817]]', '[[PERSON:Ngoc Anh]]', '[[PERSON:Tran]]', '[[DATE_TIME:1987-02-19]]', 'F', '[[PHONE_NUMBER:713-555-0184]]', '[[ADDRESS:10311 Bellaire Blvd, Apt 1402]]', '[[LOCATION:Houston]]', '[[LOCATION:TX]]', '[[ZIP_CODE:77072]]', '[[ID_NUMBER:XJH884019275]]'),
       ('[[ID_NUMBER:P-0092818]]', '[[PERSON:Bao]]', '[[PERSON:Tran]]', '[[DATE_TIME:2016-07-08]]', 'M', NULL, '[[ADDRESS:10311 Bellaire Blvd, Apt 1402]]', '[[LOCATION:Houston]]', '[[LOCATION:TX]]', '[[ZIP_CODE:77072]]', '[[ID_NUMBER:XJH884019276]]');""",
    """<?xml version="1.0" encoding="UTF-8"?>
<demandeRemboursement>
  <assure>
    <nom>[[PERSON:Favre]]</nom>
    <prenom>[[PERSON:Mélanie]]</prenom>
    <numeroAVS>[[ID_NUMBER:756.3304.1876.22]]</numeroAVS>
    <dateNaissance>[[DATE_TIME:1991-04-27]]</dateNaissance>
    <adresse>[[ADDRESS:Avenue de la Gare 19]]</adresse>
    <npa>[[ZIP_CODE:2000]]</npa>
    <localite>[[LOCATION:Neuchâtel]]</localite>
  </assure>
  <traitement date="[[DATE_TIME:2025-01-09]]" medecin="[[PERSON:Dr Pascal Vuilleumier]]" montant="284.50"/>
  <paiement iban="[[IBAN_CODE:CH29 0023 5000 D817 7392 0]]"/>
</demandeRemboursement>""",
    """# config/secrets.local.yaml  -- DO NOT COMMIT
owner:
  name: [[PERSON:Ravi Shankar Iyer]]
  email: [[EMAIL_ADDRESS:ravi.iyer.dev@gmail.com]]
  homepage: [[URL:https://raviiyer.dev]]
  phone: "[[PHONE_NUMBER:+91 98450 71236]]"
smtp:
  host: smtp.mailgun.org
  user: postmaster@mg.example.io
  password: "Xk!92pLr#2025"
ssh_allowlist:
  - [[IP_ADDRESS:49.207.18.112]]   # home ([[PERSON:ravi]])
  - [[IP_ADDRESS:106.51.74.9]]     # parents' place
api_key: sk_live_51HbQk2CZ9xRJm0aTq""",
    """Ticket #INC-220915 | Priority: P2 | Opened: 2024-11-04 10:12
Reporter: [[PERSON:Fiona Gallagher-Ruiz]] <[[EMAIL_ADDRESS:fiona.gallagher@hotmail.co.uk]]>, ext 4417
Summary: Cannot access payroll portal after name change
Details: I got married on [[DATE_TIME:19 October 2024]] and my surname changed from [[PERSON:Gallagher]] to [[PERSON:Gallagher-Ruiz]]. Since then the portal rejects my staff number [[ID_NUMBER:00871265]] and my NI number [[ID_NUMBER:NR 15 73 20 C]]. My payslips should go to [[ADDRESS:29 Kingfisher Road]], [[LOCATION:Basingstoke]] [[ZIP_CODE:RG22 4XJ]].
Assigned to: [[PERSON:Marek Duda]] (HR Systems)""",
    """{
  "bruker": {
    "navn": "[[PERSON:Eirik Solheim Dahl]]",
    "fnr": "[[ID_NUMBER:02079121730]]",
    "fodt": "[[DATE_TIME:1991-07-02]]",
    "adresse": {"gate": "[[ADDRESS:Møllendalsveien 8A]]", "postnr": "[[ZIP_CODE:5009]]", "sted": "[[LOCATION:Bergen]]"},
    "mobil": "[[PHONE_NUMBER:+47 482 19 570]]",
    "epost": "[[EMAIL_ADDRESS:eirik.s.dahl@hotmail.no]]"
  },
  "utbetaling": {"konto": "[[IBAN_CODE:NO83 3000 1729 558]]", "belop": 12450, "dato": "[[DATE_TIME:2025-04-25]]"},
  "sist_innlogget": "[[DATE_TIME:2025-04-22T19:04:11+02:00]]",
  "ip": "[[IP_ADDRESS:84.210.37.166]]"
}""",
    """SELECT * FROM clientes WHERE rut = '[[ID_NUMBER:13.928.841-6]]';
-- resultado:
-- id_cliente | nombre                         | comuna      | direccion                        | telefono          | email
-- 40218      | [[PERSON:Patricio Eduardo Lagos Vera]]   | [[LOCATION:Ñuñoa]]       | [[ADDRESS:Av. Irarrázaval 3180, depto. 1204]] | [[PHONE_NUMBER:+56 9 6120 3348]]  | [[EMAIL_ADDRESS:plagos.vera@gmail.com]]
UPDATE clientes SET fecha_nacimiento = '[[DATE_TIME:1979-08-30]]' WHERE id_cliente = 40218;""",
    """def test_kyc_payload():
    payload = {
        "full_name": "[[PERSON:Adebola Ogunleye]]",
        "date_of_birth": "[[DATE_TIME:1993-05-14]]",
        "nationality": "[[NRP:Nigerian]]",
        "passport_no": "[[ID_NUMBER:A09821734]]",
        "address_line1": "[[ADDRESS:Flat 2B, 14 Admiralty Way]]",
        "city": "[[LOCATION:Lekki]]",
        "state": "[[LOCATION:Lagos]]",
        "phone": "[[PHONE_NUMBER:+234 809 441 2076]]",
        "bvn": "[[ID_NUMBER:22310774896]]",
    }
    assert validate(payload).ok""",
    """[2025-01-30 08:14:02] POST /api/v2/accidents/report 201 (142 ms) client=[[IP_ADDRESS:2600:1700:5a0:e120:4d3:91ff:fe2b:10a7]]
body={"reporter":"[[PERSON:Colleen Mwangi]]","dl":"[[US_DRIVER_LICENSE:M-200-418-775-120]]","plate":"[[ID_NUMBER:BXT 4471]]","state":"[[LOCATION:MD]]","occurred_at":"[[DATE_TIME:2025-01-29T17:42:00-05:00]]","other_party":{"name":"[[PERSON:Hakeem Davis]]","phone":"[[PHONE_NUMBER:443-555-0127]]","insurer":"GEICO","policy":"4401-77-219"}}""",
    """<Member>
  <MemberId>[[ID_NUMBER:MOMA-00418273]]</MemberId>
  <Level>Family</Level>
  <Primary firstName="[[PERSON:Grace]]" lastName="[[PERSON:Oyelowo-Park]]" email="[[EMAIL_ADDRESS:grace.op@gmail.com]]"/>
  <Secondary firstName="[[PERSON:Daniel]]" lastName="[[PERSON:Park]]"/>
  <Address line1="[[ADDRESS:245 E 87th St, Apt 9C]]" city="[[LOCATION:New York]]" state="[[LOCATION:NY]]" zip="[[ZIP_CODE:10128]]"/>
  <JoinDate>[[DATE_TIME:2023-05-06]]</JoinDate>
  <RenewalDue>[[DATE_TIME:2025-05-06]]</RenewalDue>
  <Payment type="card" last4="0661" exp="10/26"/>
</Member>""",
    """From: [[PERSON:Bongani Khumalo]] <[[EMAIL_ADDRESS:bongani.khumalo@webmail.co.za]]>
To: support@quickpay.example
Subject: Payout not received – Tasker ID [[ID_NUMBER:TK-209148]]

Hi, my payout of R3,420 from [[DATE_TIME:28 Feb]] still hasn't arrived in my Capitec account ([[ID_NUMBER:1487302266]]). My ID number is [[ID_NUMBER:7511305862087]] and my cell is [[PHONE_NUMBER:+27 83 402 1175]]. I live at [[ADDRESS:5 Mimosa Street]], [[LOCATION:Kempton Park]], [[ZIP_CODE:1619]].
Thanks, [[PERSON:Bongani]]""",
    """const applicant = {
  firstName: '[[PERSON:Charlotte]]',
  lastName: '[[PERSON:Beaumont-Oyelaran]]',
  email: '[[EMAIL_ADDRESS:charlotte.bo@outlook.com]]',
  ssn: '[[US_SSN:508-22-6194]]',
  passport: '[[US_PASSPORT:561847203]]',
  dob: '[[DATE_TIME:03/29/1990]]',
  address: { street: '[[ADDRESS:782 Sycamore Lane]]', city: '[[LOCATION:Madison]]', state: '[[LOCATION:WI]]', zip: '[[ZIP_CODE:53704]]' },
  card: { number: '[[CREDIT_CARD:4761730902519845]]', cvv: '207', exp: '12/27' },
  lastIp: '[[IP_ADDRESS:76.119.42.208]]',
};""",
    """Mar 11 22:04:17 gw01 dhcpd[1422]: DHCPACK on [[IP_ADDRESS:192.168.1.37]] to 4c:32:75:9a:1e:08 ([[PERSON:Tomas]]-iPhone) via eth1
Mar 11 22:04:19 gw01 sshd[20981]: Accepted publickey for [[USERNAME:tkovacs]] from [[IP_ADDRESS:192.168.1.37]] port 52214
Mar 11 22:05:02 gw01 sudo: [[USERNAME:tkovacs]] : TTY=pts/0 ; PWD=/srv/backup ; COMMAND=/usr/bin/apt upgrade""",
    """FORM W-9 (excerpt)
1 Name: [[PERSON:Tamika R. Johnson]]
2 Business name: TRJ Courier Services
3 Federal tax classification: Individual/sole proprietor
5 Address: [[ADDRESS:1450 Cascade Ave SW, Apt 6]]
6 City, state, ZIP: [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30311]]
Part I  Social security number: [[US_SSN:258 - 47 - 9913]]
Signature: [[PERSON:T. Johnson]]   Date: [[DATE_TIME:1/15/2025]]""",
    """[customer]
name = "[[PERSON:Yuki Tanabe]]"
member_no = "[[ID_NUMBER:LIB-7720-0184]]"
email = "[[EMAIL_ADDRESS:yuki.tanabe@icloud.com]]"
phone = "[[PHONE_NUMBER:(206) 555-0165]]"
home = "[[ADDRESS:4109 Woodland Park Ave N]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98103]]"

[preferences]
branch = "Fremont"
holds_notify = "sms"
reading_history = false""",
    """CASE NOTE – Animal Emergency Centre
Date: [[DATE_TIME:19 Aug 2024]]
02:18  Call from owner [[PERSON:Priya Venkatesh]] ([[PHONE_NUMBER:0433 218 905]]): dog "Kobe" seizing >5 min.
02:41  Arrived. Owner's partner [[PERSON:Liam Foster]] driving. Address on file [[ADDRESS:23 Wattle Grove]], [[LOCATION:Glen Waverley]] [[LOCATION:VIC]] [[ZIP_CODE:3150]].
03:30  Stabilised on diazepam. Estimate A$2,600 signed by [[PERSON:Priya]]. Paid Mastercard [[CREDIT_CARD:5539 1409 2846 1188]].""",
    """curl -X POST https://api.example-payroll.com/v1/employees \\
  -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.x7Qm" \\
  -d '{"name":"[[PERSON:Óscar Gutiérrez Lima]]","tin":"[[US_SSN:633-90-1847]]","hire_date":"[[DATE_TIME:2025-02-03]]","bank":{"account":"[[ID_NUMBER:000448172093]]","routing":"122000661"},"home_zip":"[[ZIP_CODE:85281]]"}'""",
    """| field          | value |
|----------------|-------|
| Claimant       | [[PERSON:Aarav Malhotra]] |
| Policy         | HOME-44-901827 |
| Incident date  | [[DATE_TIME:2024-07-04]] |
| Property       | [[ADDRESS:61 Riverstone Parade]], [[LOCATION:Mernda]] [[LOCATION:VIC]] [[ZIP_CODE:3754]] |
| Contact        | [[PHONE_NUMBER:+61 412 555 019]] / [[EMAIL_ADDRESS:aarav.malhotra@bigpond.com]] |
| Loss           | Fire – kitchen |
| Adjuster       | [[PERSON:Megan O'Neill]] |""",
    """Form: Student Admission – International
Surname: [[PERSON:NGUYEN]]    Given names: [[PERSON:MINH KHOA]]
Date of birth (dd/mm/yyyy): [[DATE_TIME:17/02/2006]]    Country of birth: [[LOCATION:Viet Nam]]
Passport number: [[ID_NUMBER:C4718293]]    Expiry: 03/09/2031
Home address: [[ADDRESS:88 Đường Lê Lợi]], [[LOCATION:Phường Bến Thành]], [[LOCATION:Quận 1]], [[LOCATION:TP. Hồ Chí Minh]]
Guardian: [[PERSON:Nguyễn Văn Hùng]], [[PHONE_NUMBER:+84 90 318 4472]], [[EMAIL_ADDRESS:hung.nguyenvan@yahoo.com.vn]]
Course: Foundation Year in Engineering; intake [[DATE_TIME:September 2025]]""",
    '''user_id,event,ts,ip,detail
[[ID_NUMBER:U-118273]],password_reset,[[DATE_TIME:2025-03-18 21:40:02]],[[IP_ADDRESS:5.81.204.119]],"reset link sent to [[EMAIL_ADDRESS:omar.siddiqui@btinternet.com]]"
[[ID_NUMBER:U-118273]],mfa_phone_change,[[DATE_TIME:2025-03-18 21:44:17]],[[IP_ADDRESS:5.81.204.119]],"new phone [[PHONE_NUMBER:+44 7700 918 224]]"
[[ID_NUMBER:U-118273]],login,[[DATE_TIME:2025-03-18 21:45:30]],[[IP_ADDRESS:185.220.101.43]],"device: unknown Linux"''',
    """<?php
// legacy signup handler — test fixture
$member = [
  'name'    => '[[PERSON:Ewa Kamińska]]',
  'email'   => '[[EMAIL_ADDRESS:ewa.kaminska@wp.pl]]',
  'phone'   => '[[PHONE_NUMBER:+48 601 244 918]]',
  'iban'    => '[[IBAN_CODE:PL97109010140000071246633017]]',
  'street'  => '[[ADDRESS:ul. Marszałkowska 84/92 m. 17]]',
  'city'    => '[[LOCATION:Warszawa]]',
  'postal'  => '[[ZIP_CODE:00-514]]',
  'born'    => '[[DATE_TIME:1986-11-02]]',
];""",
    """HR-CASE 2025-0117
Employee: [[PERSON:Julien Marchand]] (emp# [[ID_NUMBER:E58211]])
Type: Leave of absence – paternity
Start: [[DATE_TIME:Mon 3 Mar 2025]]   End: [[DATE_TIME:Fri 28 Mar 2025]]
Partner: [[PERSON:Amélie Roux]]; baby born [[DATE_TIME:27/02/2025]]
Emergency phone: [[PHONE_NUMBER:+33 6 47 20 18 93]]
Approved by: [[PERSON:S. Okafor]]""",
    """message: "Order #A-99127 confirmed for [[PERSON:Kalani Akana]]"
shipping:
  to: [[PERSON:Kalani Akana]]
  line1: [[ADDRESS:94-1042 Waipahu St, Apt 203]]
  city: [[LOCATION:Waipahu]]
  state: [[LOCATION:HI]]
  zip: "[[ZIP_CODE:96797]]"
  phone: "[[PHONE_NUMBER:808-555-0133]]"
billing:
  card_brand: visa
  card_number: "[[CREDIT_CARD:4571 7360 0812 4554]]"
  exp: "06/28"
tracking: 1Z999AA10123456784""",
    """[ERROR] 2024-10-22T03:11:45.882Z payouts-worker  Failed to create transfer for courier_id=[[ID_NUMBER:cr_7741029]] name="[[PERSON:Ifeanyi Nwosu]]" account_holder="[[PERSON:I. NWOSU]]" sort_code=20-00-00 account_no=[[ID_NUMBER:31926819]] amount=187.40 GBP: BankAccountNameMismatch (expected "[[PERSON:IFEANYI C NWOSU]]")""",
    """-- school_transfers.sql
INSERT INTO transfer_requests (student_no, student_name, dob, from_school, to_school, effective, guardian, guardian_phone, guardian_email) VALUES
('[[ID_NUMBER:S2021-04417]]', '[[PERSON:Yusuf Abdi Farah]]', '[[DATE_TIME:2012-09-30]]', 'Hillside Primary', 'Northgate Academy', '[[DATE_TIME:2025-04-22]]', '[[PERSON:Hawa Abdi]]', '[[PHONE_NUMBER:0114 496 0832]]', '[[EMAIL_ADDRESS:hawa.abdi@gmail.com]]'),
('[[ID_NUMBER:S2019-01982]]', '[[PERSON:Lily-Grace Foster]]', '[[DATE_TIME:2010-01-11]]', 'Hillside Primary', 'Ecclesfield School', '[[DATE_TIME:2025-04-22]]', '[[PERSON:Dean Foster]]', '[[PHONE_NUMBER:07818 330 462]]', NULL);""",
    """Support chat export (JSON lines)
{"t":"2025-01-06 19:02","from":"agent","text":"Can you confirm the email and postcode on the account?"}
{"t":"2025-01-06 19:03","from":"customer","text":"[[EMAIL_ADDRESS:harvey.lindqvist@gmail.com]], [[ZIP_CODE:BN2 1TP]]"}
{"t":"2025-01-06 19:04","from":"agent","text":"Thanks [[PERSON:Harvey]]. I see a shut-off scheduled for [[DATE_TIME:9 January]] at [[ADDRESS:14 Marine Parade]]."}
{"t":"2025-01-06 19:05","from":"customer","text":"I paid by card yesterday, 5355 2201 ... it ended 9420"}""",
    """Patient Intake – Urgent Care
Name: [[PERSON:Hamid Rahimi]]   DOB: [[DATE_TIME:1975.11.02]]   Age: [[AGE:49]]
Religion (for chaplaincy): [[NRP:Shia Muslim]]
Interpreter: Dari
Insurance: BlueCross member ID [[ID_NUMBER:XDB918204477]], group 00217
Address: [[ADDRESS:3120 Fairview Rd, Unit 8]], [[LOCATION:Sacramento]], [[LOCATION:CA]] [[ZIP_CODE:95821]]
Emergency contact: [[PERSON:Farzana Rahimi]] (wife) [[PHONE_NUMBER:916-555-0129]]
Arrival: [[DATE_TIME:2025-02-02 22:47]]""",
    """git log --format='%an <%ae> %ad'
[[PERSON:Priyanka Deshmukh]] <[[EMAIL_ADDRESS:priyanka.deshmukh91@gmail.com]]> Tue Feb 4 23:17:08 2025 +0530
[[PERSON:Tobias Lange]] <[[EMAIL_ADDRESS:48213307+tlange@users.noreply.github.com]]> Tue Feb 4 18:02:44 2025 +0100
[[PERSON:Priyanka Deshmukh]] <[[EMAIL_ADDRESS:priyanka.deshmukh91@gmail.com]]> Mon Feb 3 09:55:31 2025 +0530""",
    """{"claim": {"id": "CLM-77204", "type": "auto", "reported": "2025-03-09"},
 "driver": {"name": "[[PERSON:Thabo Molefe]]", "licence": "[[ID_NUMBER:1040 0004 88TK]]", "id_number": "[[ID_NUMBER:9110125274082]]", "cell": "[[PHONE_NUMBER:+27 71 204 8836]]"},
 "vehicle": {"make": "VW", "model": "Polo Vivo", "reg": "[[ID_NUMBER:HX 44 TK GP]]"},
 "third_party": {"name": "[[PERSON:Lerato Mokoena]]", "reg": "[[ID_NUMBER:CA 418-220]]"},
 "location": "R21 off-ramp, [[LOCATION:Kempton Park]]"}""",
    """Admissions CRM – note
Lead: [[PERSON:Mariana Quintero]] (parent) · [[PHONE_NUMBER:(305) 555-0161]] · [[EMAIL_ADDRESS:mquintero.fam@gmail.com]]
Child: [[PERSON:Sebastián]], DOB [[DATE_TIME:2018-03-14]], entering 1st grade
Tour booked: [[DATE_TIME:Wed 12 Feb 2025 9:30am]] with [[PERSON:Ms. Henley]]
Sibling already enrolled: [[PERSON:Valeria Quintero]] (student #[[ID_NUMBER:20871]])
Financial aid: yes – household income form pending""",
    """[2025-05-19 07:58:12] sms.outbound to=[[PHONE_NUMBER:+1 415 555 0148]] body="Hi [[PERSON:Marisa]], your Lyft-style payout of $212.40 is on its way to the account ending 3321. Questions? Reply HELP." status=delivered
[2025-05-19 07:58:13] sms.outbound to=[[PHONE_NUMBER:+1 415 555 0172]] body="Hi [[PERSON:Dev]], your instant cash-out of $48.00 failed. Update your debit card in the app." status=delivered""",
    """Report ID: RTC-2025-03318
Weather: rain; road surface wet
Driver A: [[PERSON:Ms. Grace Adeyemi-Cole]], DOB [[DATE_TIME:22 Oct 1983]], licence [[ID_NUMBER:ADEYE860223GA9KM]], vehicle [[ID_NUMBER:YF21 RMX]], insurer Aviva
Driver B: [[PERSON:Mr. Colin Pratt]], DOB [[DATE_TIME:8 Jan 1960]], vehicle [[ID_NUMBER:S481 KTB]]
Witness: [[PERSON:Hafsa Begum]], [[PHONE_NUMBER:07951 330 728]], of [[ADDRESS:3 Station Approach]], [[LOCATION:Woking]] [[ZIP_CODE:GU22 7AP]]
Date and time: [[DATE_TIME:14/03/2025 17:55]]""",
    """<?xml version="1.0"?>
<Patron xmlns="urn:library:patron:1">
  <Barcode>[[ID_NUMBER:31822004471836]]</Barcode>
  <Name><Given>[[PERSON:Tomás]]</Given><Family>[[PERSON:Ó Súilleabháin]]</Family></Name>
  <Birth>[[DATE_TIME:2011-06-22]]</Birth>
  <Guardian>[[PERSON:Éabha Ó Súilleabháin]]</Guardian>
  <Contact type="email">[[EMAIL_ADDRESS:eabha.osullivan@gmail.com]]</Contact>
  <Contact type="sms">[[PHONE_NUMBER:+353 87 614 2209]]</Contact>
  <HomeBranch>Ballincollig</HomeBranch>
</Patron>""",
    """$ cat /etc/app/.env
DB_URL=postgres://app:Tr0ub4dor@[[IP_ADDRESS:10.0.3.14]]:5432/prod
ADMIN_NAME="[[PERSON:Sebastian Kruger]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:s.kruger.home@gmx.de]]
ADMIN_PHONE=[[PHONE_NUMBER:+49 171 4482019]]
OFFICE_ALLOWLIST=[[IP_ADDRESS:93.184.12.77]],[[IP_ADDRESS:93.184.12.78]]
SUPPORT_EMAIL=support@example-shop.de""",
]

TABLE = [
    """account_no,customer,service_address,zip,balance_due,shutoff_date,status
[[ID_NUMBER:5501-2290-17]],[[PERSON:Hector Villalobos]],[[ADDRESS:1402 W Pierce St]],[[ZIP_CODE:85007]],$318.44,[[DATE_TIME:2025-03-21]],final notice
[[ID_NUMBER:5501-3318-04]],[[PERSON:Brenda Tsosie]],"[[ADDRESS:77 N 40th Ave, Apt 3]]",[[ZIP_CODE:85009]],$96.10,[[DATE_TIME:2025-03-21]],payment plan
[[ID_NUMBER:5501-4471-92]],[[PERSON:Curtis Oyelaran]],[[ADDRESS:2915 E Roosevelt St]],[[ZIP_CODE:85008]],"$1,204.87",[[DATE_TIME:2025-03-24]],medical hold""",
    """Student\tDOB\tYear\tPrevious school\tParent phone\tStart
[[PERSON:Amelia Kowalski]]\t[[DATE_TIME:04/11/2015]]\t5\tSt Mary's RC\t[[PHONE_NUMBER:07711 204 338]]\t[[DATE_TIME:06/01/2025]]
[[PERSON:Tayo Adeyemi]]\t[[DATE_TIME:29/08/2016]]\t4\tOakfield Primary\t[[PHONE_NUMBER:07412 880 105]]\t[[DATE_TIME:06/01/2025]]
[[PERSON:Ruaridh Campbell]]\t[[DATE_TIME:12/02/2014]]\t6\tGlenburn Primary\t[[PHONE_NUMBER:07900 331 672]]\t[[DATE_TIME:20/01/2025]]""",
    """| Owner | Pet | Species | Phone | Arrived | Triage |
|---|---|---|---|---|---|
| [[PERSON:Dana Whitfield]] | Pickles | cat | [[PHONE_NUMBER:(503) 555-0119]] | [[DATE_TIME:12/31 23:48]] | red |
| [[PERSON:Omar Haddad]] | Luna | dog | [[PHONE_NUMBER:(503) 555-0140]] | [[DATE_TIME:01/01 00:20]] | yellow |
| [[PERSON:Kim Soo-ah]] | Mochi | rabbit | [[PHONE_NUMBER:(971) 555-0133]] | [[DATE_TIME:01/01 01:05]] | green |""",
    """{"driver_id": "[[ID_NUMBER:DRV-20417]]", "name": "[[PERSON:Yaw Boateng]]", "week_ending": "[[DATE_TIME:2025-02-09]]", "trips": 61, "gross": 1284.50, "fees": 192.68, "payout_account": "[[ID_NUMBER:7730019284]]"}
{"driver_id": "[[ID_NUMBER:DRV-20988]]", "name": "[[PERSON:Camila Restrepo]]", "week_ending": "[[DATE_TIME:2025-02-09]]", "trips": 44, "gross": 902.10, "fees": 135.32, "payout_account": "[[ID_NUMBER:1184402217]]"}
{"driver_id": "[[ID_NUMBER:DRV-21140]]", "name": "[[PERSON:Bilal Chaudhry]]", "week_ending": "[[DATE_TIME:2025-02-09]]", "trips": 12, "gross": 233.00, "fees": 34.95, "payout_account": null}""",
    """Report#   Date        Driver                 Licence        Plate      Injuries
25-1187   [[DATE_TIME:2025-04-02]]  [[PERSON:Kerry-Ann Lowe]]         [[ID_NUMBER:LOWE9957215KA9XY]]  [[ID_NUMBER:BV67 PLN]]   none
25-1191   [[DATE_TIME:2025-04-03]]  [[PERSON:Stanislav Horák]]       [[ID_NUMBER:HORAK801146S99AB]]  [[ID_NUMBER:KX15 TRO]]   minor
25-1202   [[DATE_TIME:2025-04-05]]  [[PERSON:Ijeoma Nwachukwu]]      [[ID_NUMBER:NWACH856307I99QR]]  [[ID_NUMBER:LD19 UYA]]   serious""",
    """members:
  - member_no: "[[ID_NUMBER:M-004417]]"
    name: "[[PERSON:Francesca Bellini]]"
    tier: patron
    joined: [[DATE_TIME:2019-03-14]]
    email: [[EMAIL_ADDRESS:f.bellini@libero.it]]
  - member_no: "[[ID_NUMBER:M-009213]]"
    name: "[[PERSON:Arthur Pennington]]"
    tier: student
    joined: [[DATE_TIME:2024-09-02]]
    email: [[EMAIL_ADDRESS:arthur.pennington@student.gla.ac.uk]]""",
    """Name: [[PERSON:Rebecca Oduya-Smith]]
Date of birth: [[DATE_TIME:21 June 1979]]
Age: [[AGE:45]]
Nationality: [[NRP:Kenyan]]
Passport: [[ID_NUMBER:AK0471829]]
Phone: [[PHONE_NUMBER:+254 733 418 902]]
Email: [[EMAIL_ADDRESS:becky.oduyasmith@gmail.com]]
Employer: Safaricom PLC
Dept: Finance
Status: active""",
    """patient_id,name,sex,age,ward,admitted,gp
[[ID_NUMBER:H-771203]],[[PERSON:Doreen Achterberg]],F,[[AGE:84]],Elm,[[DATE_TIME:03/02/2025]],[[PERSON:Dr. R. Singh]]
[[ID_NUMBER:H-771219]],[[PERSON:Kwesi Appiah]],M,[[AGE:59]],Elm,[[DATE_TIME:04/02/2025]],[[PERSON:Dr. M. O'Hara]]
[[ID_NUMBER:H-771240]],[[PERSON:Lily Tran]],F,[[AGE:31]],Maple,[[DATE_TIME:04/02/2025]],[[PERSON:Dr. R. Singh]]""",
    """navn;fødselsnr;adresse;postnr;sted;telefon
[[PERSON:Sigrid Aune]];[[ID_NUMBER:14038748468]];[[ADDRESS:Bygdøy allé 23]];[[ZIP_CODE:0262]];[[LOCATION:Oslo]];[[PHONE_NUMBER:917 40 226]]
[[PERSON:Håkon Lie Moen]];[[ID_NUMBER:06127633191]];[[ADDRESS:Nedre Storgate 41]];[[ZIP_CODE:3015]];[[LOCATION:Drammen]];[[PHONE_NUMBER:480 11 936]]
[[PERSON:Jonas Berg]];[[ID_NUMBER:29115804799]];[[ADDRESS:Kongens gate 8]];[[ZIP_CODE:7011]];[[LOCATION:Trondheim]];[[PHONE_NUMBER:73 52 18 40]]""",
    """| # | Nombre | DNI | Distrito | Celular | Fecha de inscripción |
|---|--------|-----|----------|---------|----------------------|
| 1 | [[PERSON:Jhon Cárdenas Poma]] | [[ID_NUMBER:72916403]] | [[LOCATION:San Juan de Lurigancho]] | [[PHONE_NUMBER:944 118 302]] | [[DATE_TIME:04/03/2025]] |
| 2 | [[PERSON:Milagros Ticona]] | [[ID_NUMBER:45823017]] | [[LOCATION:Los Olivos]] | [[PHONE_NUMBER:987 330 215]] | [[DATE_TIME:04/03/2025]] |
| 3 | [[PERSON:Renzo Paredes Ugarte]] | [[ID_NUMBER:46119082]] | [[LOCATION:Surco]] | [[PHONE_NUMBER:912 604 778]] | [[DATE_TIME:05/03/2025]] |""",
    """ticket	opened	customer	email	ip	issue
HD-4401	2025-01-12	[[PERSON:Marta Jovanović]]	[[EMAIL_ADDRESS:marta.jovanovic@gmail.com]]	[[IP_ADDRESS:178.222.14.90]]	cannot reset password
HD-4402	2025-01-12	[[PERSON:Neil Fraser]]	[[EMAIL_ADDRESS:neil.fraser@outlook.com]]	[[IP_ADDRESS:86.160.33.201]]	charged twice
HD-4403	2025-01-13	[[PERSON:Aisha Bello]]	[[EMAIL_ADDRESS:aishabello.ng@yahoo.com]]	[[IP_ADDRESS:197.210.52.18]]	app crashes on login""",
    """emp_id | full_name           | role             | hire_date  | ssn         | salary
-------+---------------------+------------------+------------+-------------+--------
 [[ID_NUMBER:10422]] | [[PERSON:Marcus Bell]]         | warehouse lead   | [[DATE_TIME:2019-06-03]] | [[US_SSN:402-81-7733]] |  52000
 [[ID_NUMBER:10587]] | [[PERSON:Tiffany Nguyen]]      | picker           | [[DATE_TIME:2022-11-14]] | [[US_SSN:552-30-1948]] |  38500
 [[ID_NUMBER:10601]] | [[PERSON:Joaquín Herrera]]     | forklift op.     | [[DATE_TIME:2023-02-27]] | [[US_SSN:611-07-4420]] |  41200""",
    """Nom,Prénom,No AVS,Naissance,NPA,Localité,Prime mensuelle
[[PERSON:Rochat]],[[PERSON:Delphine]],[[ID_NUMBER:756.9026.1473.88]],[[DATE_TIME:12.03.1984]],[[ZIP_CODE:1700]],[[LOCATION:Fribourg]],412.30
[[PERSON:Berset]],[[PERSON:Luca]],[[ID_NUMBER:756.1355.8026.48]],[[DATE_TIME:30.07.2012]],[[ZIP_CODE:1700]],[[LOCATION:Fribourg]],98.10
[[PERSON:Mottier]],[[PERSON:Jean-Daniel]],[[ID_NUMBER:756.7710.3941.24]],[[DATE_TIME:05.01.1957]],[[ZIP_CODE:1800]],[[LOCATION:Vevey]],522.85""",
    """{"card_holder":"[[PERSON:Lorenzo Ricci]]","card":"[[CREDIT_CARD:5167 3492 0077 3157]]","exp":"01/27","amount":64.90,"merchant":"Museo Civico"}
{"card_holder":"[[PERSON:Sun Li]]","card":"[[CREDIT_CARD:4917618850230668]]","exp":"09/26","amount":18.00,"merchant":"City Library fines"}
{"card_holder":"[[PERSON:Ayumi Kato]]","card":"[[CREDIT_CARD:3589-2104-7731-0260]]","exp":"05/29","amount":120.00,"merchant":"Zoo membership"}""",
    """Guest              Room   Check-in     Check-out    Phone
[[PERSON:Hamza Qureshi]]      1204   [[DATE_TIME:14 Feb 2025]]  [[DATE_TIME:16 Feb 2025]]  [[PHONE_NUMBER:+971 50 418 2290]]
[[PERSON:Laura Schneider]]    0817   [[DATE_TIME:14 Feb 2025]]  [[DATE_TIME:15 Feb 2025]]  [[PHONE_NUMBER:+49 152 2891 4470]]
[[PERSON:Tomasz Wójcik]]      0921   [[DATE_TIME:15 Feb 2025]]  [[DATE_TIME:19 Feb 2025]]  [[PHONE_NUMBER:+48 512 330 118]]""",
    """id,name,country,state,zip,signup_ip
1,[[PERSON:Kelechi Obi]],[[LOCATION:USA]],[[LOCATION:TX]],[[ZIP_CODE:77449]],[[IP_ADDRESS:99.44.120.7]]
2,[[PERSON:Harpreet Sidhu]],[[LOCATION:Canada]],[[LOCATION:BC]],[[ZIP_CODE:V3W 1K2]],[[IP_ADDRESS:24.85.201.16]]
3,[[PERSON:Chloé Martin]],[[LOCATION:France]],,[[ZIP_CODE:69003]],[[IP_ADDRESS:2a01:cb00:8a2:d500:5d1c:e71:3f4a:9b2]]
4,[[PERSON:Sipho Zulu]],[[LOCATION:South Africa]],[[LOCATION:Gauteng]],[[ZIP_CODE:2001]],[[IP_ADDRESS:41.13.88.240]]""",
    """- student: [[PERSON:Noa Levi]]
  student_id: "[[ID_NUMBER:2024-0331]]"
  grade: 9
  transfer_from: Ramaz
  guardian_email: [[EMAIL_ADDRESS:shira.levi@gmail.com]]
- student: [[PERSON:Ezra Goldfarb]]
  student_id: "[[ID_NUMBER:2024-0342]]"
  grade: 11
  transfer_from: Frisch
  guardian_email: [[EMAIL_ADDRESS:goldfarb.family@yahoo.com]]""",
    """Courier           Payout date   IBAN                                Amount
[[PERSON:Lukas Hofmann]]     [[DATE_TIME:07.03.2025]]    [[IBAN_CODE:DE44 5001 0517 5407 3249 31]]       € 612,40
[[PERSON:Sara Pichler]]      [[DATE_TIME:07.03.2025]]    [[IBAN_CODE:AT25 2011 1284 4031 7652]]          € 288,15
[[PERSON:Jeroen Visser]]     [[DATE_TIME:07.03.2025]]    [[IBAN_CODE:NL07 RABO 0318 2726 43]]            € 431,90""",
    """Nombre completo | RUT | Comuna | Teléfono | Correo
[[PERSON:Ignacio Tapia Rojas]] | [[ID_NUMBER:10.482.276-2]] | [[LOCATION:Valparaíso]] | [[PHONE_NUMBER:+56 9 5531 0287]] | [[EMAIL_ADDRESS:itapia.rojas@gmail.com]]
[[PERSON:Francisca Muñoz Leiva]] | [[ID_NUMBER:23.901.446-1]] | [[LOCATION:Viña del Mar]] | [[PHONE_NUMBER:+56 9 8840 1926]] | [[EMAIL_ADDRESS:fran.munoz.leiva@hotmail.com]]
[[PERSON:Héctor Sepúlveda]] | [[ID_NUMBER:6.559.012-3]] | [[LOCATION:Quilpué]] | [[PHONE_NUMBER:+56 32 291 4470]] | -""",
    """MRN        Patient               DOB          NHS No.        Postcode
[[ID_NUMBER:RX4418207]]  [[PERSON:Sandra Okafor]]         [[DATE_TIME:02/09/1966]]   [[ID_NUMBER:707 318 2644]]   [[ZIP_CODE:M14 6HR]]
[[ID_NUMBER:RX4418291]]  [[PERSON:Bernard Whitlock]]      [[DATE_TIME:17/12/1941]]   [[ID_NUMBER:960 728 1195]]   [[ZIP_CODE:M20 2LN]]
[[ID_NUMBER:RX4418315]]  [[PERSON:Zofia Nowak]]           [[DATE_TIME:30/04/1988]]   [[ID_NUMBER:680 214 5065]]   [[ZIP_CODE:M21 9QD]]""",
    """{"type":"library_patron","barcode":"[[ID_NUMBER:23340004118271]]","name":"[[PERSON:Mohammed Al-Farsi]]","expires":"2026-08-31","fines":0.0,"phone":"[[PHONE_NUMBER:612-555-0159]]"}
{"type":"library_patron","barcode":"[[ID_NUMBER:23340004120883]]","name":"[[PERSON:Gretchen Olson]]","expires":"2025-12-31","fines":4.5,"phone":null}""",
    """Name,Job title,Department,Work email,Mobile
[[PERSON:Deborah Ashworth]],Head of Finance,Finance,[[EMAIL_ADDRESS:deborah.ashworth@brightlane.co.uk]],[[PHONE_NUMBER:07700 300 118]]
[[PERSON:Kenji Mori]],Data Engineer,Platform,[[EMAIL_ADDRESS:kenji.mori@brightlane.co.uk]],[[PHONE_NUMBER:07700 300 462]]
[[PERSON:Aaliyah Grant]],Office Manager,Operations,[[EMAIL_ADDRESS:aaliyah.grant@brightlane.co.uk]],
Reception,,Operations,hello@brightlane.co.uk,020 3880 1200""",
    """| Applicant | SIN | DOB | Province | Monthly rent |
|:--|:--|:--|:--|--:|
| [[PERSON:Jean-Philippe Ouellet]] | [[ID_NUMBER:306 529 181]] | [[DATE_TIME:1990-02-11]] | [[LOCATION:QC]] | 1 250 |
| [[PERSON:Amrit Kaur Bains]] | [[ID_NUMBER:539 014 787]] | [[DATE_TIME:1995-08-29]] | [[LOCATION:ON]] | 1 900 |
| [[PERSON:Liam Ducharme]] | [[ID_NUMBER:628 133 076]] | [[DATE_TIME:1987-12-04]] | [[LOCATION:MB]] | 1 100 |""",
    """VISITOR LOG – Museum Archive Reading Room
Date        Name                Reader ticket   Signed in   Signed out
[[DATE_TIME:2025-02-18]]  [[PERSON:Dr. Alan Whitcombe]]   [[ID_NUMBER:RT-30418]]        10:02       13:45
[[DATE_TIME:2025-02-18]]  [[PERSON:Marisa Conti]]        [[ID_NUMBER:RT-30522]]        10:30       16:10
[[DATE_TIME:2025-02-19]]  [[PERSON:Tunde Bakare]]        [[ID_NUMBER:RT-29877]]        09:15       11:00""",
    """name: [[PERSON:Olga Ivanova]]
dob: [[DATE_TIME:1968-04-09]]
age: [[AGE:56]]
religion: [[NRP:Russian Orthodox]]
address: [[ADDRESS:Flat 8, 40 Lordship Lane]], [[LOCATION:London]] [[ZIP_CODE:SE22 8HJ]]
gp: [[PERSON:Dr Fiona McLeish]]
allergies: penicillin
next_of_kin: [[PERSON:Pavel Ivanov]] ([[PHONE_NUMBER:07955 144 820]])""",
    """Claim,Date of loss,Policyholder,Vehicle reg,Third party,TP phone
CL-88120,[[DATE_TIME:2025-01-04]],[[PERSON:Gordon McAllister]],[[ID_NUMBER:SF68 KYN]],[[PERSON:Bushra Nadeem]],[[PHONE_NUMBER:07533 861 240]]
CL-88133,[[DATE_TIME:2025-01-06]],[[PERSON:Eilidh Munro]],[[ID_NUMBER:SK21 XEW]],unknown (hit and run),
CL-88147,[[DATE_TIME:2025-01-07]],[[PERSON:Rajan Pillai]],[[ID_NUMBER:ST19 OLB]],[[PERSON:Craig Docherty]],[[PHONE_NUMBER:07812 300 945]]""",
    """username	display_name	last_login	last_ip	country
[[USERNAME:kat_w]]	[[PERSON:Katarzyna W.]]	[[DATE_TIME:2025-03-30 22:14]]	[[IP_ADDRESS:83.24.191.7]]	[[LOCATION:PL]]
[[USERNAME:dj_tobs]]	[[PERSON:Tobi Adewale]]	[[DATE_TIME:2025-03-31 08:02]]	[[IP_ADDRESS:105.112.40.66]]	[[LOCATION:NG]]
[[USERNAME:mariposa77]]	[[PERSON:Lucía Gómez]]	[[DATE_TIME:2025-03-29 17:45]]	[[IP_ADDRESS:181.45.203.9]]	[[LOCATION:AR]]""",
    """Household | Account | Address | Disconnection | Reason
The [[PERSON:Mwangi]] family | [[ID_NUMBER:KPLC-44017720]] | [[ADDRESS:House 14, Kiambu Road]], [[LOCATION:Ridgeways]] | [[DATE_TIME:10/03/2025]] | arrears
[[PERSON:Achieng Otieno]] | [[ID_NUMBER:KPLC-44021958]] | [[ADDRESS:Flat B3, Jamhuri Court]], [[LOCATION:Kilimani]] | [[DATE_TIME:12/03/2025]] | meter tampering""",
    """[
  {"pupil": "[[PERSON:Freya Lindgren]]", "upn": "[[ID_NUMBER:X872019334501]]", "dob": "[[DATE_TIME:2013-10-02]]", "sen": false},
  {"pupil": "[[PERSON:Mohammed Ali Khan]]", "upn": "[[ID_NUMBER:G872019334617]]", "dob": "[[DATE_TIME:2014-01-19]]", "sen": true},
  {"pupil": "[[PERSON:Ellie-May Jones]]", "upn": "[[ID_NUMBER:K872019334729]]", "dob": "[[DATE_TIME:2013-12-07]]", "sen": false}
]""",
    """SKU      Item                     Qty  Price   Ordered by
HB-2210  A4 hardback notebook      12   4.99   [[PERSON:J. Okoye]]
PN-0018  Gel pen, black (10)        3   6.50   [[PERSON:J. Okoye]]
TN-4471  Toner 71A                  1  89.00   [[PERSON:Phil Greaves]]
ST-0900  Stapler, heavy duty        2  14.20   Facilities""",
    """Owner: [[PERSON:Ruth Abernathy]]
Owner phone: [[PHONE_NUMBER:0412 771 306]]
Owner address: [[ADDRESS:9 Jacaranda Close]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]]
Patient: Digby (cavoodle, 3 y)
Microchip: 956000012849931
Admitted: [[DATE_TIME:Sat 15 Mar 2025, 19:40]]
Reason: suspected paralysis tick
Payment: Visa [[CREDIT_CARD:4716 0428 3355 9072]]""",
    """first,last,email,phone,dob,plate
[[PERSON:Aaron]],[[PERSON:Feldman]],[[EMAIL_ADDRESS:afeldman@gmail.com]],[[PHONE_NUMBER:+1 (617) 555-0144]],[[DATE_TIME:1982-08-14]],[[ID_NUMBER:4KR T19]]
[[PERSON:Beatriz]],[[PERSON:Lopes]],[[EMAIL_ADDRESS:bia.lopes@uol.com.br]],[[PHONE_NUMBER:+55 11 98731-2045]],[[DATE_TIME:1996-02-02]],
[[PERSON:Chen]],[[PERSON:Jun]],[[EMAIL_ADDRESS:chen.jun@qq.com]],[[PHONE_NUMBER:+86 138 0013 4471]],[[DATE_TIME:1975-11-30]],""",
    """Aadhaar          Name                 Gender  Mobile          Village
[[ID_NUMBER:5627 4810 3928]]   [[PERSON:Sunita Devi]]          F       [[PHONE_NUMBER:94150 22871]]     [[LOCATION:Rampur Khas]]
[[ID_NUMBER:4918 2736 5045]]   [[PERSON:Ishaan Mehta]]         M       [[PHONE_NUMBER:98110 45327]]     [[LOCATION:New Delhi]]""",
    """cardholder: [[PERSON:Thomas Wright]]
membership: Tate Members, joint
member number: [[ID_NUMBER:TM 0098 4417]]
second cardholder: [[PERSON:Ayesha Wright]]
renewal date: [[DATE_TIME:31/08/2025]]
payment: Direct Debit, account ending 5512
address: [[ADDRESS:22 Canonbury Park North]], [[LOCATION:London]] [[ZIP_CODE:N1 2JT]]""",
    """| NRIC | Name | Library card | Branch | Expiry |
|------|------|--------------|--------|--------|
| [[ID_NUMBER:S7602241J]] | [[PERSON:Rajendran s/o Muthusamy]] | [[ID_NUMBER:NLB-6620-0417]] | Jurong West | 12/2026 |
| [[ID_NUMBER:G5318064M]] | [[PERSON:Maria Luisa Santos]] | [[ID_NUMBER:NLB-6620-1183]] | Woodlands | 03/2027 |
| [[ID_NUMBER:T0219857B]] | [[PERSON:Muhammad Hafiz bin Rahman]] | [[ID_NUMBER:NLB-7013-2290]] | Tampines | 07/2029 |""",
]

CHAT = [
    """[09:14] [[PERSON:Maya]] (PowerCo Support): Hi, thanks for waiting. Can I get the account holder's name and the service address?
[09:15] Customer: [[PERSON:Terrence Oduya]], [[ADDRESS:88 Birchwood Ct]], [[LOCATION:Dayton]] [[ZIP_CODE:45414]]
[09:15] [[PERSON:Maya]] (PowerCo Support): Thank you, [[PERSON:Terrence]]. I see a disconnection scheduled for [[DATE_TIME:Thursday, Feb 20]]. Is this the best number for you, [[PHONE_NUMBER:937-555-0121]]?
[09:16] Customer: yes. my mom lives with me and she's on dialysis, can you put a hold on it
[09:17] [[PERSON:Maya]] (PowerCo Support): I can put a 30-day medical hold once her doctor faxes the form. What is her name and date of birth?
[09:18] Customer: [[PERSON:Loretta Oduya]], [[DATE_TIME:5/14/1948]]""",
    """WhatsApp · Parents of Year 4 (Maple class)
[[PERSON:Sunita K]]: Hi all, does anyone know if the transfer forms for Greenfield need the child's UPN? 🙈
[[PERSON:Becky Hart]]: yes! it's on the last school report. [[PERSON:Olly]]'s is [[ID_NUMBER:Z916200118044]]
[[PERSON:Sunita K]]: thanks [[PERSON:Becky]] 🙏 ours must be in a drawer somewhere
[[PERSON:Dev]] ([[PERSON:Aarav]]'s dad): the office told me to email admissions@greenfield.sch.uk with the form + proof of address
[[PERSON:Becky Hart]]: also the new address has to match the council tax bill. we're at [[ADDRESS:31 Wren Close]] now if anyone wants to carpool""",
    """#eng-oncall (Slack)
[[PERSON:Jonas Ekberg]] 02:11: payouts job is failing for one courier again
[[PERSON:Jonas Ekberg]] 02:11: ```courier_id=[[ID_NUMBER:cr_40991]] name="[[PERSON:Adaeze Onyekachi]]" iban=[[IBAN_CODE:IE92AIBK93338160482217]] error=IBAN_NAME_MISMATCH```
[[PERSON:Priya Raman]] 02:14: her bank has her as [[PERSON:A. Onyekachi-Bello]] since she got married. ping ops in the morning, don't touch it now
[[PERSON:Jonas Ekberg]] 02:15: ok. also please stop pasting IBANs in here 🙃
[[PERSON:Priya Raman]] 02:15: lol that was you""",
    """Vet ER – text thread with owner
Clinic: Hi, this is Northside Animal ER. Is this [[PERSON:Carla]]?
[[PERSON:Carla Mendes]]: yes!! is Toby ok??
Clinic: He's stable. [[PERSON:Dr. Aziz]] wants to keep him overnight. Can you confirm your address for the file?
[[PERSON:Carla Mendes]]: [[ADDRESS:610 Halsted Ave, apt 2F]], [[LOCATION:Chicago]] [[ZIP_CODE:60642]]. my partner [[PERSON:Rui]] will come by at 7, his number is [[PHONE_NUMBER:773-555-0198]]
Clinic: Perfect. We'll call you after morning rounds.""",
    """Clavardage – Service à la clientèle, Bibliothèques de Montréal
Agente [[PERSON:Nadia]] : Bonjour! Comment puis-je vous aider?
[[PERSON:Étienne Cloutier]] : Bonjour, ma carte ne fonctionne plus pour les livres numériques. Le numéro est [[ID_NUMBER:2 7700 1048 3321]].
Agente [[PERSON:Nadia]] : Merci. Pour vérifier votre identité, pouvez-vous me donner votre date de naissance et votre code postal?
[[PERSON:Étienne Cloutier]] : [[DATE_TIME:16 juillet 1993]], [[ZIP_CODE:H2S 1Z4]]
Agente [[PERSON:Nadia]] : Parfait, votre abonnement était échu depuis le [[DATE_TIME:1er mars]]. Je l'ai renouvelé jusqu'au [[DATE_TIME:1er mars 2027]].
[[PERSON:Étienne Cloutier]] : Super, merci!""",
    """Messenger
[[PERSON:Tiago]]: mano did the app pay you for sunday?
[[PERSON:Kwame]]: nah still pending. support said they need my SSN again because the 1099 bounced
[[PERSON:Tiago]]: don't send it in chat lol
[[PERSON:Kwame]]: too late 😬 [[US_SSN:331-72-8806]]
[[PERSON:Tiago]]: bro. anyway mine came through, $412 to my chime card
[[PERSON:Kwame]]: lucky. if it doesn't show by friday I'm calling them, my number's [[PHONE_NUMBER:267-555-0183]] if they try you""",
    """Teams – Traffic Unit
[[TITLE:Sgt.]] [[PERSON:Ellen Marsh]] 16:02: Who took the RTC on the bypass this morning?
[[PERSON:Darren Holt]] 16:05: Me. Two vehicles, [[ID_NUMBER:YR19 GZK]] and [[ID_NUMBER:FN70 WPA]]. Driver of the Focus was [[PERSON:Shauna Reilly]], DOB [[DATE_TIME:03/07/1998]], she's got a whiplash claim going in
[[TITLE:Sgt.]] [[PERSON:Ellen Marsh]] 16:06: Witnesses?
[[PERSON:Darren Holt]] 16:08: One – [[PERSON:Mr Feroz Khan]], [[PHONE_NUMBER:07824 551 019]]. Statement to follow tomorrow""",
    """Support ticket conversation #55120
Customer ([[PERSON:Helena Vogt]]): I was charged €48 for a museum membership I cancelled on [[DATE_TIME:3 January]].
Agent ([[PERSON:Luca]]): Sorry about that, [[PERSON:Helena]]. Can you confirm the email on the membership?
Customer ([[PERSON:Helena Vogt]]): [[EMAIL_ADDRESS:helena.vogt@posteo.de]] – membership no. [[ID_NUMBER:KM-440921]]
Agent ([[PERSON:Luca]]): Found it. I've refunded €48 to the card ending 2231; it should arrive in 5–7 business days.
Customer ([[PERSON:Helena Vogt]]): Thanks. Please also remove my old address, [[ADDRESS:Lindenstraße 12]], [[ZIP_CODE:50674]] [[LOCATION:Köln]].""",
]

LOOKALIKE = [
    """Release notes – v2.14.0.3
Fixed a crash in the export module when the build tag was 10.4.22.1-rc2. Default gateway field no longer accepts 999.999.0.1. The SHA-256 of the installer is 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08. Contact support@vendor-tools.example or call 0800 555 0100 (Mon–Fri, 9:00–17:00). Order ref 2025-0412-7781, invoice INV-000184223, tracking 1Z4X87W20394817725.""",
    """Reading list for the spring term (ISBN-13):
- 978-1-84627-011-6, Darwin's Origin of Species, annotated edition
- 978-0-307-40632-3, a history of the Marshall Plan
- 978-2-9517644-8-4, essays on Pascal's wager
Meet in Room 4.17 of the Newton Building, off Washington Street. Questions go to the course office, coursework@humanities.example.ac.uk, or 020 7946 0000 during office hours. Seminar leader: [[PERSON:Dr. Miriam Achebe]] ([[EMAIL_ADDRESS:m.achebe@humanities.example.ac.uk]]). Late fee policy applies to loans past 14 days.""",
    """Inventaroversikt – lager 3
Artikkelnr. 47-118-2290, serienr. SN-2024-0048817, EAN 7038010012341. Leveranse til Karl Johans gate (ingen husnummer oppgitt). Henvisning: ordrenr. 900118224, faktura 2025-03-0041. Org.nr. 923 609 016 MVA. Kundeservice: post@lagerfirma.example, tlf. 22 00 00 00. Kontaktperson for denne leveransen er [[PERSON:Ingvild Sæther]], [[PHONE_NUMBER:+47 995 41 207]].""",
    """Shipment 00340434161094022115 left the Mandela Way depot; SKU BX-4410-RED, lot L240917, serial 8H3K-22QP-9XZ1. Customs ref CX-4471-0920, EORI GB123456789000. For bulk orders phone the trade desk on 0345 600 0199. Driver notes: ring bell at goods-in, Gate B, and ask for [[PERSON:Kofi Ansah]] ([[PHONE_NUMBER:07956 228 301]]).""",
    """Quarterly KPI digest
Tickets closed: 4,418 (↑ 7.2%). Median handle time 00:04:31. Top error codes: E-4471, E-0192, E-2204. Build 192.168.3 shipped to the staging ring; rollout of 10.0.19045.4170 continues. Tracking ID UA-51188123-2 was retired; the new property is G-7XKQ2M4P1Z. Escalations: escalations@helpdesk.example. Credit to the Bayes-Nash model team for the routing change. The customer who reported the Einstein dashboard bug, [[PERSON:Marguerite Olsen]], has been thanked by email.""",
    """Parts catalogue excerpt
Part no. 5560-2291-00, bearing, fits models from 2016-03 onward; supersedes 5560-2290-00. Torque 45 Nm. Reference drawing DWG-7781-C rev 04. Warranty claims: warranty@oem-parts.example, fax 1-800-555-0111. Distributed by Parkinson & Sons Ltd., a company registered in [[LOCATION:England]] (no. 04418273), Ashley Road depot. Catalogue compiled by [[PERSON:Tomasz Górecki]].""",
    """Your order #WEB-77104388 has shipped! Items: Philips Hue bulb (x2), Dyson V8 filter. Tracking: 9400 1118 9922 3344 0055 64. Expected delivery window: 2–4 business days. Promo code SPRING-4417 applied. Questions? Reply to orders@shop.example or call 1-888-555-0177. The parcel is addressed to [[PERSON:Gemma Holt]], [[ADDRESS:41 Kingsway, Flat 5]], [[LOCATION:Hove]] [[ZIP_CODE:BN3 2WE]].""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind51", STYLES, OUT)


if __name__ == "__main__":
    main()

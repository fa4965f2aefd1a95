"""Build tests/data/blind41.jsonl: a forty-first *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind41.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, README, git history, or the records of the other
gold sets (every *.jsonl set and the record lists inside the make_*.py
scripts). Exactly three things were read: lines 1-121 of make_blind22.py
(its module docstring with the labeling conventions and style descriptions,
its import lines, and the opening line of its GEN list with the first
record, which falls inside that range), and its closing scaffolding, from
the line starting `STYLES = {` to the end of the file; gold_sets.py, whole;
and lines 1-64 of make_handwritten.py (its conventions, MARK,
TITLE_IN_NAME and `parse()`). The import lines and the closing scaffolding
below follow make_blind22.py. The detector, the bench and the tests were
never run on this file. Do not tune the detector against it: once it has
been used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country, and the national check digits inside the
French, Spanish, Belgian and Portuguese IBANs are right too (worked out by
throwaway code while writing, then typed in as literal strings; nothing is
generated here; `gold_sets.check` re-checks cards and IBANs and refuses a
bad one). National ids with a public check digit (NHS number, Canadian SIN,
Aadhaar, BSN, CPF, DNI and NIE, South African ID, TFN, Irish PPSN,
Singapore NRIC, French NIR, Portuguese NIF, German Steuer-ID, Swedish
personnummer) were given a valid one the same way (the South African ids
and the French NIR agree with the person's sex and birth date where they
show), and so were the look-alikes that carry one (ISBN-13). UK NI numbers,
US SSNs and ITINs (no check digit), PAN, Nigerian NIN and BVN, Kenyan ids,
Philippine SSS and PhilHealth numbers, Medicare ids, passports, licences,
plates, bank account numbers and staff, student, member, patient and
loyalty numbers were not checked.

Styles (ids `blind41-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Ireland, Canada, Australia, New Zealand, India, Singapore,
Malaysia, the Philippines, Nigeria, Ghana, Kenya, South Africa and Japan
contexts among others, with names from the many cultures living there);
the rest are in Spanish, French, German and Portuguese (European and
Brazilian):
- `gen` (90): one to four sentences with personal data woven into prose,
  as a third-party LLM asked for "realistic sentences with personal data"
  would write them, leaning on e-commerce returns, fraud investigations,
  apartment viewings, sports registrations, scholarship applications and
  home healthcare visits, and spread over many other everyday domains
  (banking, HR, pharmacy, courts, telecoms, travel, tax, funerals, vets,
  gaming, libraries, removals ...); names at the start, middle and end,
  lowercase and possessive, ages, dates, addresses, phones and ids in many
  shapes.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k, gretel-pii-masking-en-v1 and Nemotron-PII: dense sentences,
  forms, emails, support tickets, clinical and legal notes and log lines
  with many entity kinds (titles, names, DOB in odd formats, streets with
  building numbers and secondary addresses, cities, states, zip codes,
  phones, emails, usernames, passwords, IPv4 / IPv6, user agents, MACs,
  account, IBAN and card numbers, SSNs, passports, licences, national and
  tax ids).
- `table` (35): one labeled table per record rendered as text (CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks) with
  varied and sometimes abbreviated column names and non-PII columns; the
  header row is never labeled, every PII cell is.
- `chat` (8): multi-turn chats (support chat, messenger threads, an SMS
  exchange) with the PII the people in them give away.
- `lookalike` (7): texts full of things that look like PII but are not
  (order, tracking, invoice and case references, SKUs, ISBNs, versions
  shaped like IPs, hashes, UUIDs, serials, company phone numbers and role
  mailboxes, eponyms, streets named after people without a number), with
  the few real PII values labeled; one has none at all.

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name (also Mme, Herr, Frau, Sr., Sra.), labeled apart
  from it; job titles are not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  rural routes with their box, house and building names; city, district,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, viewing, visit, move,
  start of a job, hearing, delivery, signature ...) with a day or month, in
  any shape; a weekday or a clock time said with the date is inside the
  date's span; not bare years, weekdays or times alone, durations, or
  dates not tied to a person (sale, invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, member and loyalty numbers, bank account numbers,
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB, IFSC, transit and routing numbers, CVVs and
  expiries, PINs, order / ticket / claim / policy / booking / case /
  tracking references, race bibs, company phone numbers and role
  mailboxes, versions, hashes, serials, partial numbers ("ending 4417"),
  pets, eponyms and brands named after people, a header row.
- In tables, a "sex", "gender", "role", "dept" or "status" column stays
  unlabeled, an "age" column is AGE, a "country" or "state" column is
  LOCATION and a "nationality" column is NRP; a building number in its own
  field is ADDRESS, and so is a secondary address field; a "last login"
  timestamp of a person's account is DATE_TIME.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind41.jsonl")

GEN = [
    # e-commerce returns
    """I'd like to return the hiking boots from order #WX-448120 because they're a full size too small. Please email the prepaid label to [[EMAIL_ADDRESS:tomasz.wierzbicki@poczta.fm]] and book the courier pickup at [[ADDRESS:17 Larkspur Crescent]], [[LOCATION:Swindon]] [[ZIP_CODE:SN3 4JT]]. Thanks, [[PERSON:Tomasz Wierzbicki]]""",
    """Return request logged for [[PERSON:Adaeze Nwosu]]: the blender she received on [[DATE_TIME:3 February]] has a cracked jug. She wants the refund back on the Visa ending 2291 rather than store credit and can be reached on [[PHONE_NUMBER:+234 803 415 2276]] during office hours.""",
    """Hey team, customer [[PERSON:marcus delacroix-hill]] (account [[ID_NUMBER:CUST-00917254]]) says the courier dropped his return parcel at [[ADDRESS:Unit 4B, 220 Harbour Street]] instead of the parcel locker, so it never got scanned. Can someone in returns chase the depot?""",
    """Good news! The refund for your unopened espresso machine has been approved, and £189.00 will be credited to the card [[CREDIT_CARD:5390 1487 7260 4314]] within 5-7 working days. Thanks for shopping with us, [[PERSON:Ms. Hadley]].""",
    """My daughter [[PERSON:Keiko]] ordered two dresses on my account ([[EMAIL_ADDRESS:h.tanaka1972@gmail.com]]) and only one of them fits. Could the second one be exchanged for a medium instead of refunded? Our address is [[ADDRESS:3-5-12 Minami-Aoyama]], [[LOCATION:Minato-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:107-0062]].""",
    """Hola, soy [[PERSON:Lucía Ferrández Ortiz]]. Quiero devolver la chaqueta del pedido 50-338172 porque llegó con una mancha en la manga. Pueden llamarme al [[PHONE_NUMBER:612 48 93 07]] y la dirección de recogida es [[ADDRESS:Calle de Alcalá 214, 3.º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]].""",
    """Although the 30-day window had closed, we accepted [[PERSON:Ravi Subramaniam]]'s laptop return as a goodwill gesture; the ₹54,990 refund is going to his savings account [[ID_NUMBER:50100283746152]] (IFSC HDFC0001234) by NEFT.""",
    """RMA 7718-K: the buyer, [[USERNAME:vintage_vinyl_vic]], sent the turntable back as "not as described", and the seller, [[PERSON:Grace Oyelaran]], disputes it. The return came from [[ADDRESS:88 Wattle Grove]], [[LOCATION:Ballarat]] [[LOCATION:VIC]] [[ZIP_CODE:3350]] with the original box missing.""",
    # fraud investigations
    """In the early hours of [[DATE_TIME:11 March 2024]], three cash withdrawals were made in [[LOCATION:Bucharest]] with a cloned copy of card [[CREDIT_CARD:4716 9382 0415 7331]], while the cardholder, [[PERSON:Eleanor Whitcombe]], was asleep at home in [[LOCATION:Leeds]].""",
    """Investigator's note: the credit line opened under the name [[PERSON:Darnell K. Simmons]] used SSN [[US_SSN:431-76-2209]], which actually belongs to a [[AGE:78]]-year-old retiree in [[LOCATION:Tulsa]], [[LOCATION:Oklahoma]]. Every login came from [[IP_ADDRESS:185.220.101.47]], a known Tor exit node.""",
    """We froze the payout on [[PERSON:Sunita Bhattacharya]]'s seller account after its bank details were switched to [[IBAN_CODE:GB89 HBUK 4012 7659 0318 42]] from a device in [[LOCATION:Lagos]], two hours after a password reset was sent to [[EMAIL_ADDRESS:sunita.b.crafts@outlook.com]].""",
    """[[TITLE:Detective Sergeant]] [[PERSON:Aoife Brennan]] interviewed the suspect, [[PERSON:Colm Dwyer]], [[AGE:34]], on [[DATE_TIME:Friday 7 June]], and he admitted using his late uncle's PPS number, [[ID_NUMBER:8472913E]], to keep claiming the pension.""",
    """Chargeback CB-90412: [[PERSON:Yusuf Al-Amin]] says he never ordered the two games consoles delivered to [[ADDRESS:Flat 9, 41 Cheetham Hill Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M8 8EJ]]. The order was placed from [[IP_ADDRESS:2a02:c7f:8e21:4b00:d1c3:9f0a:61e2:7c44]] using his card [[CREDIT_CARD:5457 6209 3318 8403]].""",
    """The same mobile number, [[PHONE_NUMBER:(702) 318-6640]], turned up on fourteen different loyalty accounts, including those of [[PERSON:Brenda Castellanos]] and [[PERSON:Wen Zhao]], which is what first pointed us to the points-harvesting ring.""",
    """The claimant, [[PERSON:Trevor Haskins]] (Florida DL [[US_DRIVER_LICENSE:H532-418-76-291-0]]), was photographed playing eighteen holes on [[DATE_TIME:April 22]], three days after reporting a back injury that left him "unable to stand for more than ten minutes".""",
    """Sehr geehrte [[TITLE:Frau]] [[PERSON:Krüger]], wir haben am [[DATE_TIME:12.09.2024 um 23:41 Uhr]] eine verdächtige Überweisung von Ihrem Konto [[IBAN_CODE:DE17 4306 0967 1182 7364 50]] an einen Empfänger in [[LOCATION:Malta]] angehalten. Bitte rufen Sie uns unter der Nummer auf der Rückseite Ihrer Karte zurück.""",
    """[[PERSON:Nomvula Dlamini]] got an SMS pretending to be from her bank asking her to "verify" ID number [[ID_NUMBER:8506300492087]], and she replied before realising it was a scam; the fraudsters then called her on [[PHONE_NUMBER:082 614 3390]] asking for the OTP.""",
    # apartment viewings
    """Your viewing is confirmed for [[DATE_TIME:Saturday 18 May, 11:15]] at [[ADDRESS:Flat 3, 27 Ravensworth Terrace]], [[LOCATION:Newcastle upon Tyne]] [[ZIP_CODE:NE4 6AS]]. Please bring photo ID; your agent on the day is [[PERSON:Chloe Marsh]], mobile [[PHONE_NUMBER:07931 448 205]].""",
    """hi [[PERSON:ana]]! it's [[PERSON:rodrigo]] from the flat on [[ADDRESS:Rua Augusta 118]] - the landlord moved our viewing to [[DATE_TIME:thursday 23 may at 6:30pm]], hope that still works for you""",
    """I'm interested in the two-bedroom at [[ADDRESS:1450 W Granville Ave, Apt 3C]], [[LOCATION:Chicago]]. I'm a grad student with a guarantor (my mother, [[PERSON:Lorraine Petrakis]]). Could I see it on [[DATE_TIME:June 4]] after 5? [[PERSON:Nick Petrakis]], [[PHONE_NUMBER:773-402-9915]]""",
    """Bonjour, je souhaiterais visiter le T3 situé au [[ADDRESS:14 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]]. Je suis disponible le [[DATE_TIME:mardi 9 avril à 18 h]]. Cordialement, [[PERSON:Émilie Rousseau-Kanté]], [[PHONE_NUMBER:06 71 38 42 90]]""",
    """[[PERSON:Oluwaseun Adebayo]] viewed [[ADDRESS:12 Hawthorn Close]] on [[DATE_TIME:2 March]] and wants to apply. For referencing we still need his date of birth, [[DATE_TIME:19/08/1994]], and his current landlord's email, [[EMAIL_ADDRESS:jpatterson.lettings@btinternet.com]].""",
    """Inspection booked for [[PERSON:Mei Lin Ong]] and her partner: [[DATE_TIME:Sat 25 Jan, 10:00-10:20am]], [[ADDRESS:6/42 Ocean Street]], [[LOCATION:Bondi]] [[LOCATION:NSW]] [[ZIP_CODE:2026]]. Street parking only, so allow a few extra minutes.""",
    """The concierge will let you up if you give your name, [[PERSON:Jakub Nowicki]], and the code 7HX-22. The unit is [[ADDRESS:Suite 1807, 500 Front Street West]], [[LOCATION:Toronto]], and the leasing agent will meet you on the 18th floor.""",
    """I've sent the virtual-tour recap to [[EMAIL_ADDRESS:fatima.zahra.benali@gmail.com]]: the studio at [[ADDRESS:Calle Verónica 9]] in [[LOCATION:Valencia]] is €780 a month with two months' deposit, and the landlord is fine with her moving in on [[DATE_TIME:1 September]].""",
    # sports registrations
    """U12 girls' soccer registration: player [[PERSON:Isabella Moreno-Quinn]], DOB [[DATE_TIME:03/14/2013]]; parent/guardian [[PERSON:Daniel Quinn]], [[PHONE_NUMBER:(512) 448-7730]], [[EMAIL_ADDRESS:dquinn.atx@yahoo.com]]. Medical notes: mild asthma, carries an inhaler.""",
    """Thanks for entering the [[LOCATION:Cape Town]] Cycle Tour, [[PERSON:Thabo]]! Your bib is 22815 and you start in group L on [[DATE_TIME:9 March at 07:42]]. The emergency contact we have for you is [[PERSON:Lerato Mokoena]], [[PHONE_NUMBER:+27 71 590 2284]].""",
    """Membership renewal received from [[PERSON:Hamish McAllister]] (club member no. [[ID_NUMBER:SRU-208817]]), veterans' section, age [[AGE:47]]. The £65 fee will be collected by direct debit.""",
    """Anmeldung zum Stadtlauf: [[PERSON:Jonas Weißenberger]], geb. [[DATE_TIME:02.11.1988]], Verein LG Nord [[LOCATION:Bremen]], E-Mail [[EMAIL_ADDRESS:jonas.weissenberger@web.de]]. Die Startgebühr ist überwiesen.""",
    """Hi coach, this is [[PERSON:Priyanka]], [[PERSON:Aarav Mehta]]'s mum. He turned [[AGE:9]] last week, so I think he moves up to the under-10s cricket group now? Could you update his registration? My new number is [[PHONE_NUMBER:0412 339 806]].""",
    """[[PERSON:Chidi Okonkwo-Barnes]] ([[AGE:15]]) is booked for the squad assessment on [[DATE_TIME:Wednesday 12 February]]. Please bring his Swim England membership number, [[ID_NUMBER:1184352]], and his goggles.""",
    """Inscrição confirmada no torneio de futsal: atleta [[PERSON:Gabriel Nascimento Rocha]], CPF [[ID_NUMBER:519.038.274-50]], nascido em [[DATE_TIME:27/05/2006]], [[LOCATION:Belo Horizonte]]. Responsável: [[PERSON:Cláudia Rocha]], [[PHONE_NUMBER:(31) 98847-2160]].""",
    """Golf Ireland has issued a handicap index to [[PERSON:Siobhán Keane]], membership number [[ID_NUMBER:1043882917]]; her first qualifying round is pencilled in for [[DATE_TIME:Sunday the 14th]] with the ladies' section.""",
    # scholarship applications
    """Dear Scholarship Committee, my name is [[PERSON:Amara Chukwuemeka]] and I am applying for the Ellen Whitfield Memorial Scholarship. I was born in [[LOCATION:Enugu]] on [[DATE_TIME:8 October 2005]], moved to [[LOCATION:Houston]] at [[AGE:11]], and my student ID is [[ID_NUMBER:2291847]].""",
    """Application received from [[PERSON:Nguyen Thi Thu Ha]], a [[NRP:Vietnamese]] national holding passport [[ID_NUMBER:C4829175]], for the ASEAN graduate scholarship, with an intended start in [[DATE_TIME:September 2025]].""",
    """Your FAFSA can't be processed yet: the SSN entered for [[PERSON:Jordan Whitlock]]'s parent, [[US_SSN:529-48-1173]], doesn't match the IRS record. Log in as [[USERNAME:jwhitlock07]] and correct it under "Parent Demographics".""",
    """It is a pleasure to recommend [[PERSON:Farah Haddad]]. I taught [[PERSON:Farah]] AP Chemistry for two years, and she is the most careful experimentalist I have met in twenty years of teaching. [[PERSON:Mr. Kevin O'Rourke]], [[EMAIL_ADDRESS:korourke@dearbornschools.org]]""",
    """Solicitud de beca: [[PERSON:Valentina Herrera Quispe]], con NIE [[ID_NUMBER:Y1927364R]] y residente en [[LOCATION:Zaragoza]], solicita la ayuda de movilidad. Fecha de nacimiento: [[DATE_TIME:4 de marzo de 2003]]. Cuenta para el ingreso: [[IBAN_CODE:ES06 2038 5731 8160 0021 8475]].""",
    """Congratulations [[PERSON:Kwame]], you've been shortlisted for the Mastercard Foundation Scholars Program! Your interview is on [[DATE_TIME:14 November, 10:00 GMT]] via Zoom; please confirm with [[PERSON:Ms. Abena Owusu-Ansah]] at [[EMAIL_ADDRESS:aowusu-ansah@ashesi.edu.gh]].""",
    """The bursary office still needs proof of household income for [[PERSON:Liam Ó Súilleabháin]]: his mother's PPSN ([[ID_NUMBER:2930471GA]]) and last year's P60, posted to his home address, [[ADDRESS:3 Church View]], [[LOCATION:Dingle]], [[LOCATION:Co. Kerry]] [[ZIP_CODE:V92 X2T8]].""",
    """Merit scholarship results: first place [[PERSON:Ishaan Verma]] (roll no. [[ID_NUMBER:21BCE1047]]), second place [[PERSON:Sneha Pillai]] (roll no. [[ID_NUMBER:21BCE0388]]). Stipends will be credited to the students' registered bank accounts before the semester begins.""",
    # home healthcare visits
    """Visit log: [[PERSON:Nurse Tendai Moyo]] saw [[PERSON:Mrs. Beatrice Holloway]] ([[AGE:86]]) at [[ADDRESS:4 Orchard Mews]] on [[DATE_TIME:Mon 3 Feb, 09:20]]. Dressing on the left shin ulcer changed, no signs of infection. NHS no. [[ID_NUMBER:401 023 8712]].""",
    """Hi, this is Comfort Keepers. [[PERSON:Rosa]], your caregiver, is running about 30 minutes late this morning. If you need anything before she arrives, [[PERSON:Mr. Beckett]], you can text her directly at [[PHONE_NUMBER:(619) 274-0831]].""",
    """[[PERSON:Giuseppe Marchetti]], [[AGE:91]], MRN [[ID_NUMBER:00482913]], was discharged home with physio twice a week. The first home visit is on [[DATE_TIME:June 11 at 2:00 PM]] and his daughter [[PERSON:Lucia]] will be there to let the therapist in.""",
    """Passage infirmier du [[DATE_TIME:15/01/2025 à 8 h 10]] chez [[TITLE:Mme]] [[PERSON:Odette Lefèvre]], [[AGE:79]] ans, [[ADDRESS:3 impasse des Lilas]], [[ZIP_CODE:44300]] [[LOCATION:Nantes]] : glycémie à jeun 1,42 g/l, insuline faite. N° de sécurité sociale : [[ID_NUMBER:2 45 03 44 109 215 54]].""",
    """Reminder for [[PERSON:Mr. Abdirahman Warsame]]: the occupational therapist, [[PERSON:Jess Albright]], is coming on [[DATE_TIME:the 19th]] to look at the bathroom grab rails. If the time doesn't suit, text her on [[PHONE_NUMBER:07845 221 903]].""",
    """Shift notes for [[PERSON:Ethel]] (staying at her daughter's, [[ADDRESS:2217 Magnolia Drive]], [[LOCATION:Macon]], [[LOCATION:GA]] [[ZIP_CODE:31204]]): ate half her lunch, refused the afternoon walk, BP 138/84. Medicare number [[ID_NUMBER:3KT9-WN2-RH61]] is on the fridge sheet.""",
    """A enfermeira [[PERSON:Joana Saraiva]] fará a visita domiciliária ao [[TITLE:Sr.]] [[PERSON:Armando Pires]] na [[DATE_TIME:quinta-feira, 6 de março, às 10h]], na [[ADDRESS:Rua do Almada 402, 2.º Esq.]], [[ZIP_CODE:4050-038]] [[LOCATION:Porto]]. Nº de utente: [[ID_NUMBER:283746159]].""",
    # other domains
    """Please update the mailing address on joint account [[ID_NUMBER:0041-2287-6613]], held by [[PERSON:Rahul]] and [[PERSON:Deepa Krishnan]], to [[ADDRESS:45 Kingfisher Way]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK10 9QT]] from [[DATE_TIME:1 July]].""",
    """[[PERSON:Mrs. Gallagher]] brought Biscuit in for his booster on [[DATE_TIME:22/04]] and mentioned he's been limping on the back left leg; call her on [[PHONE_NUMBER:087 219 4460]] with the X-ray results.""",
    """Name on booking: [[PERSON:WANJIRU/GRACE]] [[TITLE:MS]], passport [[ID_NUMBER:AK0482917]], seat 23F, frequent flyer number [[ID_NUMBER:KQ118204773]]. Special meal: vegetarian. Onward connection to [[LOCATION:Kigali]].""",
    """The hearing in [[PERSON:Arceneaux]] v. Crescent Property Management has been moved to [[DATE_TIME:October 8, 2024 at 9:30 a.m.]] in Courtroom 4B; [[PERSON:Ms. Delphine Arceneaux]] must appear in person.""",
    """New-hire paperwork for [[PERSON:Mateus Oliveira]]: start date [[DATE_TIME:Monday, January 6]], employee ID [[ID_NUMBER:E-40918]], SIN [[ID_NUMBER:527 193 841]], pay to account [[ID_NUMBER:5019283]] at transit 00412, institution 004.""",
    """Prescription ready for collection for [[PERSON:L. Abernathy]], DOB [[DATE_TIME:1958-11-30]]. As it's a controlled drug, please bring photo ID, and a signed note if someone else is picking it up.""",
    """User [[USERNAME:k.nakamura]] can't get on the VPN from [[IP_ADDRESS:10.44.18.203]]; the last successful login was [[DATE_TIME:2024-10-02 07:58 UTC]]. I've reset his MFA token and sent the instructions to [[EMAIL_ADDRESS:kenji.nakamura@fieldstone-eng.com]].""",
    """Please excuse [[PERSON:Tobias]] from PE on [[DATE_TIME:Thursday 13th]], as he sprained his wrist at football on Saturday. Many thanks, [[PERSON:Ingrid Halvorsen]] (mum)""",
    """Seating update: [[TITLE:Mr.]] and [[PERSON:Mrs. Adeyemi]] are confirmed for the wedding on [[DATE_TIME:14 June]], [[PERSON:Folake]] is vegetarian, and they'd like a room at the hotel for both nights.""",
    """Meter reading submitted by [[PERSON:Stanisław Kowalczyk]] for [[ADDRESS:19 Pine Hollow Road]], [[LOCATION:Scranton]], [[LOCATION:PA]] [[ZIP_CODE:18505]]: 048213 kWh on [[DATE_TIME:08/31]]. Callback number on the account: [[PHONE_NUMBER:570-961-2284]].""",
    """A SIM swap was requested for [[PHONE_NUMBER:+44 7911 204 387]] by someone claiming to be [[PERSON:Harriet Osei]]; we refused it because the caller couldn't give her date of birth and got the postcode wrong.""",
    """[[PERSON:Zanele Khumalo]], your appointment to collect your smart ID card is on [[DATE_TIME:Wed 16 Oct 2024 at 14:40]] at the [[LOCATION:Durban]] Home Affairs office. Bring this SMS and quote ID number [[ID_NUMBER:9307220214084]].""",
    """[[PERSON:Björn Lindqvist]] reported his cargo bike stolen from outside [[ADDRESS:Sveavägen 44]] in [[LOCATION:Stockholm]] on [[DATE_TIME:2 December]]; his personnummer, [[ID_NUMBER:19810517-4430]], is on the police report attached to the claim.""",
    """Ban appeal from [[USERNAME:xXShadowNinja_07Xx]]: he says his little brother was on the account during the tournament. Registered email [[EMAIL_ADDRESS:dylan.p.ruiz@icloud.com]], last IP seen [[IP_ADDRESS:72.134.201.18]].""",
    """Come follow my baking journey at [[URL:https://www.instagram.com/saffron.and.sourdough]]! I'm [[PERSON:Noor]], a [[AGE:32]]-year-old night-shift nurse from [[LOCATION:Birmingham]] who makes croissants at 3am.""",
    """Driver note: if nobody answers at [[ADDRESS:No. 12, Jalan SS2/24]], [[LOCATION:Petaling Jaya]], leave the parcel with the neighbour at [[ADDRESS:No. 14]]. Recipient [[PERSON:Lim Wei Jie]], [[PHONE_NUMBER:012-338 4719]].""",
    """[[PERSON:Callum]] has frozen his membership from [[DATE_TIME:1 August]] to [[DATE_TIME:30 September]] while he recovers from knee surgery (member no. [[ID_NUMBER:PG-771204]]).""",
    """Profile report: [[USERNAME:sunny_sarah_91]] has put her full mobile number, [[PHONE_NUMBER:+61 438 227 915]], in her bio, which breaks our safety guidelines; the bio was hidden pending review.""",
    """[[PERSON:Harjit Singh Gill]], a practising [[NRP:Sikh]], asked his line manager for permission to wear his kara on the factory floor under a sweatband, and the request was approved.""",
    """Canvass sheet, ward 6: [[PERSON:Moira Tennant]], [[ADDRESS:7 Glebe Road]], lifelong [[NRP:Labour]] voter, wants a postal vote this time because of her hip.""",
    """Hi [[PERSON:Carmen]], to finish the joint return I still need [[PERSON:Héctor]]'s ITIN. I have [[ID_NUMBER:912-78-4406]] from last year; can you confirm it hasn't changed? Your own SSN ending 0193 is fine.""",
    """Rental agreement RA-55810: driver [[PERSON:Pieter van der Berg]], Dutch licence [[ID_NUMBER:5038271946]], returned the car with plate [[ID_NUMBER:KX-492-V]] on [[DATE_TIME:19 Aug at 17:05]] with a new scratch on the rear bumper.""",
    """Overdue notice: [[PERSON:Ms. Priscilla Nakato]], library card [[ID_NUMBER:21882004471936]], three items were due back on [[DATE_TIME:2 May]]. You can renew online or at any branch.""",
    """Move day is [[DATE_TIME:Friday 28 March]]: from [[ADDRESS:31 Elgin Avenue]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]] to [[ADDRESS:8 Kauri Lane]], [[LOCATION:Nelson]]. Customer [[PERSON:Aroha Ngata]] says the piano is on the ground floor.""",
    """Candidate: [[PERSON:Olamide Bakare]], [[URL:linkedin.com/in/olamide-bakare-pmp]]. Thirty-day notice period, based in [[LOCATION:Abuja]], open to hybrid work in [[LOCATION:Lagos]].""",
    """Arrangements for the late [[PERSON:Gerald Francis Whitmore]] ([[DATE_TIME:4 May 1939]] - [[DATE_TIME:21 January 2025]]): viewing on [[DATE_TIME:Thursday 30 January]] at Hollis & Sons; next of kin [[PERSON:Margaret Whitmore]], [[PHONE_NUMBER:(03) 9428 5517]].""",
    """Thanks for volunteering at the food bank, [[PERSON:Shira]]! We've recorded [[PERSON:Avi Rosenberg]] ([[PHONE_NUMBER:07482 316 550]]) as your emergency contact and put you on the Tuesday sorting shift.""",
    """[[PERSON:Mohammed Rahimi]], an [[NRP:Afghan]] national born [[DATE_TIME:1 January 1990]], is registered under case 0093-C-22871 and currently lives in [[LOCATION:Peshawar]] with his wife and three children.""",
    """Please help, I sent 4,500 bob to [[PHONE_NUMBER:0722 418 903]] instead of [[PHONE_NUMBER:0722 481 903]]. My ID number is [[ID_NUMBER:28471936]] and my name is [[PERSON:Wambui Kariuki]]; can you reverse it?""",
    """The annual statement for [[PERSON:Tan Hui Min]] (NRIC [[ID_NUMBER:S8412736A]]) was posted to [[ADDRESS:Blk 512 Bedok North Ave 2, #08-114]], [[LOCATION:Singapore]] [[ZIP_CODE:460512]] and returned undelivered.""",
    """[[PERSON:Maria Lourdes Villanueva]] is filing for maternity benefit for her delivery on [[DATE_TIME:5 November]]; her SSS number is [[ID_NUMBER:34-2918475-6]] and her PhilHealth number is [[ID_NUMBER:12-050318429-7]].""",
    """PAN [[ID_NUMBER:AKLPV4823Q]] has been linked to Aadhaar [[ID_NUMBER:4918 3725 6049]] for [[PERSON:Vikram Venkataraman]] of [[LOCATION:Chennai]], so this year's return can now be e-verified.""",
    """[[PERSON:Geneviève Tremblay]] of [[LOCATION:Sherbrooke]], [[LOCATION:QC]] [[ZIP_CODE:J1H 4C7]] called because her health card, [[ID_NUMBER:TREG 8557 1523]], expires next month and the renewal letter never arrived.""",
    """[[PERSON:Dr. Hannah Feldman]] referred [[PERSON:Samuel Adjei]] ([[AGE:58]]) to cardiology after his ECG on [[DATE_TIME:January 9]] showed new T-wave changes; patient ID [[ID_NUMBER:PT-0093317]].""",
    """Guest [[PERSON:Andrés Villalobos]] checked in on [[DATE_TIME:12/09 at 23:50]], room 714, with the Amex [[CREDIT_CARD:3782 916453 05722]] on file for incidentals.""",
    """Hallo [[PERSON:Lena]], hier die neue Adresse von Oma [[PERSON:Hilde]]: [[ADDRESS:Lindenstraße 7]], [[ZIP_CODE:79098]] [[LOCATION:Freiburg]]. Sie hat am [[DATE_TIME:22. Juni]] Geburtstag und wird [[AGE:80]], also schick ihr eine Karte!""",
    """Estimado [[TITLE:Sr.]] [[PERSON:Gutiérrez]]: le confirmamos la domiciliación de sus recibos en la cuenta [[IBAN_CODE:ES78 0081 0216 7400 0193 8472]], vinculada a su DNI [[ID_NUMBER:39104728J]].""",
    """[[PERSON:Karim Benhaddou]], né le [[DATE_TIME:30 juillet 1991]] à [[LOCATION:Lyon]], a déclaré le vol de son portefeuille contenant sa carte Vitale et son permis de conduire n° [[ID_NUMBER:910769300412]].""",
    """Olá [[PERSON:Renata]]! Seu pedido foi entregue na portaria do [[ADDRESS:Edifício Solar das Palmeiras]], [[ADDRESS:Av. Boa Viagem, 3120, apto 1402]], [[LOCATION:Recife]], e recebido por [[PERSON:Sebastião]] às 14h32.""",
    """Volunteer driver [[PERSON:Ngozi Umeh]] will take [[PERSON:Mr. Patrick Doyle]] to his dialysis on [[DATE_TIME:Tuesday 4 March at 7:15am]]; pick-up is from [[ADDRESS:22 Quarry Lane]], [[LOCATION:Athlone]], and if he isn't ready his daughter is on [[PHONE_NUMBER:086 402 7719]].""",
    """Hi, I'm [[PERSON:Bilal]]'s landlord. He's been a great tenant at [[ADDRESS:Flat 2, 9 Cowley Road]], [[LOCATION:Oxford]] since [[DATE_TIME:October 2021]], always paid on time, and I'm happy to give a reference on [[PHONE_NUMBER:07700 912 448]].""",
    """Tax notice: [[PERSON:Siddharth Rao]], TFN [[ID_NUMBER:453 918 279]], owes $1,204.50 after the amended assessment; the refund offset will go to BSB 062-000 account [[ID_NUMBER:1048 2277]].""",
]

BENCH = [
    """Dear [[PERSON:Mr. Kellan Ashworth-Boyd]], we detected a sign-in to your account [[USERNAME:kashworth_b]] from [[IP_ADDRESS:81.144.52.203]] (Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/124.0) on [[DATE_TIME:14/02/2024 at 22:17]]. If this wasn't you, reset your password and call us back on [[PHONE_NUMBER:+44 7723 580 116]], the number you registered.""",
    """Patient [[PERSON:Orlando Reyes-Batista]], DOB [[DATE_TIME:1967-09-04]], MRN [[ID_NUMBER:MRN-7730914]], presented on [[DATE_TIME:2023-11-18]] with chest tightness on exertion. Insurance member ID [[ID_NUMBER:XHW918273645]]. Home phone [[PHONE_NUMBER:(787) 294-1183]]; lives at [[ADDRESS:Calle Luna 58]], [[LOCATION:San Juan]], [[LOCATION:PR]] [[ZIP_CODE:00901]].""",
    """Full name: [[PERSON:Eszter Horváth]]
DOB: [[DATE_TIME:12th of March '89]]
Street: [[ADDRESS:4127 Bramblewood Ln]]
Apt: [[ADDRESS:#210]]
City: [[LOCATION:Boise]]
State: [[LOCATION:ID]]
ZIP: [[ZIP_CODE:83709-4412]]
SSN: [[US_SSN:612-38-0947]]
Password: Tr0ub4dor&3!
Gender: Female""",
    """[[DATE_TIME:2024-06-03T11:42:09Z]] INFO auth.login user=[[USERNAME:mfernandes]] email=[[EMAIL_ADDRESS:m.fernandes@kestrel-logistics.co.uk]] src=[[IP_ADDRESS:91.204.17.88]] ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15" result=success mfa=totp session=9f2c71e0""",
    """From: [[PERSON:Rashida Okoye]] <[[EMAIL_ADDRESS:rashida.okoye@gmail.com]]>
To: payroll@brightwater-foods.co.uk
Subject: New bank details

Hi, please pay my salary into my new account from [[DATE_TIME:25 April]]: sort code 55-30-71, account [[ID_NUMBER:84620937]] (IBAN [[IBAN_CODE:GB33 NWBK 5530 7184 6209 37]]). My staff number is [[ID_NUMBER:BW-02217]].
Thanks, [[PERSON:Rashida]]""",
    """Ticket #48213 | Priority: High | Reporter: [[PERSON:Anjali Deshpande]] ([[EMAIL_ADDRESS:anjali.d@vertexhealth.in]], ext. 4471) | Summary: payroll portal says my employee ID [[ID_NUMBER:VH-118274]] is inactive. Laptop MAC 3C:22:FB:91:0A:7E, IP [[IP_ADDRESS:172.16.40.112]], Chrome 125.""",
    """[[PERSON:Zoltan]], as our new Senior Integration Strategist, please update your profile with your [[LOCATION:Vermont]] address ([[ADDRESS:1182 Maple Hill Rd]], [[LOCATION:Montpelier]], [[ZIP_CODE:05602]]) and confirm your date of birth, [[DATE_TIME:November 27, 1979]], before payroll closes.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Kowalski, Agnieszka M.]]    Age: [[AGE:64]]    Sex: F
MRN: [[ID_NUMBER:004418273]]    Admitted: [[DATE_TIME:03/02/2024]]    Discharged: [[DATE_TIME:03/07/2024]]
Attending: [[PERSON:Dr. Raymond Achterberg]]
Diagnosis: community-acquired pneumonia, resolved. Follow-up with PCP [[PERSON:Dr. Linh Tran]] within 7 days (clinic line 414-805-3000). Emergency contact: daughter [[PERSON:Ewa Kowalski]], [[PHONE_NUMBER:(414) 632-9018]].""",
    """Applicant: [[PERSON:Keisha Lamont Harper]] | SSN: [[US_SSN:287-61-4430]] | DOB: [[DATE_TIME:07/22/1985]] | Driver's License: [[US_DRIVER_LICENSE:H614-2870-5193]] (IL) | Employer: Midwest Grain Co. | Annual income: $68,400 | Existing card: [[CREDIT_CARD:4008 3727 1950 0685]]""",
    """Traveler: [[PERSON:Benjamin Osterhout]] | Passport No.: [[US_PASSPORT:568219347]] | Nationality: [[NRP:American]] | DOB: [[DATE_TIME:19 AUG 1972]] | Expiry: 08/2031 | Mobile: [[PHONE_NUMBER:+1 206 771 3084]] | Seat pref: aisle""",
    """Attention [[PERSON:Delilah]]: the €312.40 for your conference travel will be reimbursed to [[IBAN_CODE:NL38 RABO 0318 8420 57]] as soon as the hotel invoice is uploaded. Quote employee number [[ID_NUMBER:4418207]] in any follow-up.""",
    """Hi [[PERSON:Callista Brannigan]], your Zumba booking for [[DATE_TIME:Thursday, 21 November 2024, 18:30]] is confirmed. Reminders will go to [[PHONE_NUMBER:0419 552 087]]; reply STOP to opt out.""",
    """This loan agreement, dated [[DATE_TIME:March 15, 2022]], is between First Harbor Credit Union and the borrower, [[PERSON:Terrence A. Whitfield]], residing at [[ADDRESS:902 Sable Ridge Court]], [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28277]], SSN [[US_SSN:242-90-6618]], loan account no. [[ID_NUMBER:7710048823]].""",
    """Employee [[PERSON:Samira El-Khoury]] (ID [[ID_NUMBER:EMP-558102]]) has requested annual leave from [[DATE_TIME:August 5]] to [[DATE_TIME:August 16, 2024]]. Approving manager: [[PERSON:Greg Pulaski]]. Cover arranged with [[PERSON:T. Huang]].""",
    """[[DATE_TIME:Jan 14 03:22:51]] bastion-02 sshd[18842]: Accepted publickey for [[USERNAME:dkimura]] from [[IP_ADDRESS:45.155.205.91]] port 51822 ssh2: ED25519 SHA256:q8Vd1kP0yX2wM7rT4nB6cZ3aF9hJ5eL0uS8gR1oI2tE""",
    """CLAIM FORM - AUTO
Policyholder: [[PERSON:Ifeoma Chukwu]]
Policy #: AUT-2291-0074
Date of loss: [[DATE_TIME:09/17/2024]]
Vehicle: 2019 Honda CR-V, plate [[ID_NUMBER:8KXM294]] (CA)
Driver license: [[US_DRIVER_LICENSE:D5518290]]
Phone: [[PHONE_NUMBER:(916) 447-2035]]
Email: [[EMAIL_ADDRESS:ifeoma.chukwu@sbcglobal.net]]""",
    """Could [[PERSON:Rosalind]] at the [[LOCATION:East Kilbride]] branch confirm whether the £2,400 transfer to [[IBAN_CODE:GB61 BARC 2032 5373 0411 96]] was authorised by the customer? The request came from [[IP_ADDRESS:2a00:23c5:e31a:8b01::2f4]], which we haven't seen on this account before.""",
    """Nombre: [[PERSON:Jorge Luis Castañeda Ruiz]]
DNI: [[ID_NUMBER:48213976L]]
Fecha de nacimiento: [[DATE_TIME:17-08-1979]]
Domicilio: [[ADDRESS:Avda. de la Constitución 41, 5.º izda.]]
Localidad: [[LOCATION:Sevilla]]
C.P.: [[ZIP_CODE:41001]]
Teléfono: [[PHONE_NUMBER:+34 654 218 390]]
Correo: [[EMAIL_ADDRESS:jl.castaneda@telefonica.net]]
IBAN: [[IBAN_CODE:ES10 0049 1500 0128 1984 7360]]""",
    """Subject: Can't update billing
Customer [[PERSON:Hiroshi Watanabe-Clarke]] (cust id [[ID_NUMBER:C-0093148]]) tried to replace card [[CREDIT_CARD:3528 1774 0961 2481]] and got error E402 twice. He's in [[LOCATION:Osaka]] this week; best number [[PHONE_NUMBER:+81 90-4418-2276]].""",
    """On [[DATE_TIME:June 2, 2023]], [[PERSON:Maribel Santos]], a [[AGE:29]]-year-old [[NRP:Filipino]] nurse, signed an employment contract with Greenfield Care Homes Ltd. Her passport number is [[ID_NUMBER:P4829173B]] and her National Insurance number is [[ID_NUMBER:SN 48 21 93 C]].""",
    """Account created! Username: [[USERNAME:ola.nordmann88]] | Temporary password: Fjord#2291x | Recovery email: [[EMAIL_ADDRESS:ola.nordmann88@online.no]] | Recovery phone: [[PHONE_NUMBER:+47 412 77 905]]""",
    """KNOW ALL PERSONS BY THESE PRESENTS that I, [[PERSON:Cornelius J. Abernethy]], of [[ADDRESS:17 Pembroke Square]], [[LOCATION:London]] [[ZIP_CODE:W8 6PA]], appoint my daughter [[PERSON:Philippa Abernethy]], born [[DATE_TIME:2 February 1978]], as my attorney. Signed this [[DATE_TIME:9th day of May, 2024]].""",
    """Payment received from [[PERSON:Olusegun Fashola]]: card [[CREDIT_CARD:5167 3294 0081 4571]], exp 11/27 (CVV not stored). Billing address [[ADDRESS:14 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]; phone [[PHONE_NUMBER:0809 442 1736]].""",
    """[[PERSON:Carlos Mendes]], Chief Risk Officer at Atlântico Seguros, can be reached at [[EMAIL_ADDRESS:carlos.mendes@atlanticoseguros.pt]] or on his mobile, [[PHONE_NUMBER:+351 912 447 083]]; his NIF is [[ID_NUMBER:239184726]].""",
    """Kundendaten
Name: [[PERSON:Annegret Vollmer-Schulz]]
Geburtsdatum: [[DATE_TIME:14.02.1961]]
Anschrift: [[ADDRESS:Hauptstraße 112a]], [[ZIP_CODE:69117]] [[LOCATION:Heidelberg]]
Telefon: [[PHONE_NUMBER:06221 48 3390]]
IBAN: [[IBAN_CODE:DE44 5001 0517 5407 3249 31]]
Steuer-ID: [[ID_NUMBER:39582714033]]""",
    """ALERT impossible-travel: [[EMAIL_ADDRESS:t.okafor@nimbus-retail.com]] signed in on [[DATE_TIME:2024-05-20 at 08:14 UTC]] from [[IP_ADDRESS:102.89.34.12]] ([[LOCATION:Lagos]]) and on [[DATE_TIME:2024-05-20 at 08:31 UTC]] from [[IP_ADDRESS:2607:fb90:a41c:3e12::1b]] ([[LOCATION:Dallas]]). Session revoked.""",
    """We're excited to welcome [[PERSON:Ximena]] to the Wellness Committee! [[PERSON:Ximena]] joins us from the [[LOCATION:Guadalajara]] office and turns [[AGE:40]] next week, so there'll be cake in the break room.""",
    """Student: [[PERSON:Tyrese J. Monroe]] | Student ID: [[ID_NUMBER:S20931847]] | Grade: 10 | DOB: [[DATE_TIME:2009-04-30]] | Guardian: [[PERSON:Latoya Monroe]] | Guardian phone: [[PHONE_NUMBER:901.338.4127]] | Address: [[ADDRESS:3381 Overton Crossing St]], [[LOCATION:Memphis]], [[LOCATION:TN]] [[ZIP_CODE:38127]]""",
    """Objet : attestation d'hébergement
Je soussignée [[PERSON:Nathalie Girard]], née le [[DATE_TIME:3 juin 1978]] à [[LOCATION:Bordeaux]], demeurant [[ADDRESS:27 cours de l'Intendance]], [[ZIP_CODE:33000]] [[LOCATION:Bordeaux]], n° de sécurité sociale [[ID_NUMBER:2 78 06 33 063 118 65]], atteste héberger [[TITLE:M.]] [[PERSON:Yacine Haddadi]] à mon domicile depuis le [[DATE_TIME:1er septembre 2023]].
Fait à [[LOCATION:Bordeaux]], le [[DATE_TIME:12 janvier 2024]].""",
    """Penalty charge notice: vehicle [[ID_NUMBER:WN67 KXR]], registered keeper [[PERSON:Deborah Pennington]], [[ADDRESS:52 Station Road]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 1LX]]. Contravention observed [[DATE_TIME:03/10/2024 14:52]] in a loading bay on Friar Street.""",
    """SHIP TO:
[[PERSON:Rukhsana Begum]]
[[ADDRESS:Flat 12, Ashby House]]
[[ADDRESS:96 Whitechapel Road]]
[[LOCATION:London]] [[ZIP_CODE:E1 1JQ]]
[[LOCATION:United Kingdom]]
Tel: [[PHONE_NUMBER:07404 118 562]]
Tracking: 1Z 9R2 W17 68 4413 8827""",
    """Annual review - employee [[PERSON:Dimitrios Papadakis]] (staff no. [[ID_NUMBER:28817]]), reviewed by [[PERSON:Helen Marsh-Whitby]] on [[DATE_TIME:12 December 2024]]. Rating: exceeds expectations. [[PERSON:Dimitrios]] has asked to move to the [[LOCATION:Thessaloniki]] office from [[DATE_TIME:March]].""",
    """[[PERSON:Everett]], DMV records show the vehicle with plate [[ID_NUMBER:7TRV418]] is registered to you at [[ADDRESS:660 Cedar Bluff Dr]], [[LOCATION:Knoxville]], [[LOCATION:TN]], and your license [[US_DRIVER_LICENSE:104883927]] is due for renewal.""",
    """Note: [[PERSON:Ms. Olufunmilayo Adesanya]], [[AGE:37]], G2P1, is a practising [[NRP:Muslim]] and has asked for a female sonographer for her scan on [[DATE_TIME:Friday 8 March at 11:40]]. Hospital no. [[ID_NUMBER:K2291047]].""",
    """Form W-9. Name: [[PERSON:Reginald Tupou]] | Business name: Tupou Landscaping LLC | Federal tax classification: sole proprietor | TIN (SSN): [[US_SSN:576-22-8019]] | Address: [[ADDRESS:PO Box 1180]], [[LOCATION:Kailua]], [[LOCATION:HI]] [[ZIP_CODE:96734]]""",
    """Cadastro de cliente
Nome: [[PERSON:Thiago Albuquerque Lins]]
CPF: [[ID_NUMBER:704.182.936-78]]
RG: [[ID_NUMBER:32.418.907-5]]
Nascimento: [[DATE_TIME:09/12/1992]]
Endereço: [[ADDRESS:Rua Haddock Lobo, 595, ap. 81]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:01414-001]]
Celular: [[PHONE_NUMBER:(11) 97412-3380]]""",
    """Letter from the Belastingdienst to [[PERSON:Femke de Graaf]], BSN [[ID_NUMBER:173948200]], [[ADDRESS:Oudegracht 214]], [[ZIP_CODE:3511 NR]] [[LOCATION:Utrecht]]: your provisional refund of €1,140 will be paid into [[IBAN_CODE:NL84 ABNA 0592 7163 84]].""",
    """E/AuthManager( 4412): token refresh failed for account=[[EMAIL_ADDRESS:liang.qiu.dev@gmail.com]] device=Pixel 7 build=UQ1A.240205.004 ip=[[IP_ADDRESS:100.64.12.9]] retry_in=30s""",
    """INSERT INTO customers (first_name, last_name, email, phone, dob) VALUES ('[[PERSON:Aylin]]', '[[PERSON:Demir]]', '[[EMAIL_ADDRESS:aylin.demir@yandex.com.tr]]', '[[PHONE_NUMBER:+90 532 418 2907]]', '[[DATE_TIME:1996-01-23]]');""",
    """Script for [[PERSON:Brodie McKenzie]], DOB [[DATE_TIME:05/11/1990]], Medicare [[ID_NUMBER:2953 18274 1]] IRN 2, [[ADDRESS:14 Banksia Parade]], [[LOCATION:Cairns]] [[LOCATION:QLD]] [[ZIP_CODE:4870]]. Prescriber: [[PERSON:Dr. Anita Raghavan]], amoxicillin 500 mg tds x 5 days.""",
    """KYC update: [[PERSON:Meenakshi Sundaram]], PAN [[ID_NUMBER:BQWPS7104K]], Aadhaar [[ID_NUMBER:7382 0194 6530]], mobile [[PHONE_NUMBER:+91 98450 21763]], address [[ADDRESS:No. 7, 2nd Cross, Jayanagar 4th Block]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560011]].""",
    """Onboarding: [[PERSON:Marc-André Gagnon]], SIN [[ID_NUMBER:046 281 937]], DOB [[DATE_TIME:1984/03/29]], home address [[ADDRESS:2210 rue Sherbrooke Est, app. 4]], [[LOCATION:Montréal]] ([[LOCATION:Québec]]) [[ZIP_CODE:H2K 1E5]], start date [[DATE_TIME:2 December]].""",
    """Client: [[PERSON:Pieter-Jan Botha]], ID [[ID_NUMBER:7601035196086]], cell [[PHONE_NUMBER:083 471 2290]], [[ADDRESS:18 Kloof Street]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]]. Cheque account [[ID_NUMBER:62418830571]], branch code 250655.""",
    """Name: [[PERSON:Muhammad Hafiz bin Rahman]] | NRIC: [[ID_NUMBER:T0318429Z]] | DOB: [[DATE_TIME:14-Jun-2003]] | Address: [[ADDRESS:Blk 227 Choa Chu Kang Central #11-203]], [[LOCATION:Singapore]] [[ZIP_CODE:680227]] | HP: [[PHONE_NUMBER:9123 4781]]""",
    """PPSN [[ID_NUMBER:6190384O]] | [[PERSON:Niamh Fitzgerald]] | [[ADDRESS:Apartment 6, The Maltings, Bridge Street]], [[LOCATION:Kilkenny]] [[ZIP_CODE:R95 F8K2]] | mobile [[PHONE_NUMBER:085 117 4429]] | IBAN [[IBAN_CODE:IE76 AIBK 9320 8172 6453 90]]""",
    """Supplier vetting: [[PERSON:Otieno Brian Ouma]], ID no. [[ID_NUMBER:31847290]], KRA PIN [[ID_NUMBER:A004829173K]], [[ADDRESS:P.O. Box 4417]]-[[ZIP_CODE:00100]], [[LOCATION:Nairobi]], tel [[PHONE_NUMBER:+254 712 448 903]].""",
    """NIN: [[ID_NUMBER:48210937164]] | BVN: [[ID_NUMBER:22318470592]] | Name: [[PERSON:Hauwa Abubakar Sani]] | State of origin: [[LOCATION:Kano]] | Phone: [[PHONE_NUMBER:0703 218 4490]] | Occupation: civil servant""",
    """RÉSUMÉ
[[PERSON:Adebola Ogunleye]]
[[ADDRESS:41 Marlowe Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 6PN]] | [[PHONE_NUMBER:07812 930 441]] | [[EMAIL_ADDRESS:adebola.ogunleye@outlook.com]] | [[URL:github.com/bola-codes]]
Experience: Data Analyst, Next plc, 2019 - present. Built the returns-forecasting dashboard used by 40 stores.""",
    """Subject: [[PERSON:Lucas Ferreira Duarte]] | AKA: [[PERSON:Luke Duarte]] | DOB: [[DATE_TIME:10/04/1983]] | SSN: [[US_SSN:318-42-7756]] | Prior addresses: [[ADDRESS:77 Elm St, Unit 2]], [[LOCATION:Fall River]], [[LOCATION:MA]] [[ZIP_CODE:02720]]; [[ADDRESS:1904 Bay Rd]], [[LOCATION:Providence]], [[LOCATION:RI]] [[ZIP_CODE:02905]] | Criminal records: none found""",
    """Incident 24-118832. At approx. [[DATE_TIME:21:40 on August 9]], [[TITLE:Officer]] [[PERSON:R. Delgado]] responded to [[ADDRESS:4410 Kessler Blvd]] regarding a stolen handbag. Victim [[PERSON:Janelle Price]] (F, [[AGE:26]]) stated the suspect fled north on foot. Contact: [[PHONE_NUMBER:317-902-6614]].""",
    """This Residential Tenancy Agreement is made on [[DATE_TIME:1 March 2025]] between [[PERSON:Gwendolyn Price-Adair]] (Landlord) and [[PERSON:Tariq Mahmood]] and [[PERSON:Sana Mahmood]] (Tenants) for the premises at [[ADDRESS:Unit 5, 118 Glenferrie Road]], [[LOCATION:Malvern]] [[LOCATION:VIC]] [[ZIP_CODE:3144]]. Rent of $2,350 per month is payable to BSB 063-182, account [[ID_NUMBER:1049 3317]].""",
    """LAB REPORT | Patient: [[PERSON:SOTO, Rafael]] | DOB: [[DATE_TIME:11-Feb-1959]] | Collected: [[DATE_TIME:22-Jul-2024 07:05]] | Ordering: [[PERSON:Dr. M. Oyelowo]] | HbA1c 7.9 % (H) | eGFR 61 | Accession 24-LB-009817""",
    """{"smtp_user": "[[EMAIL_ADDRESS:nadia.petrova@zenith-labs.io]]", "smtp_pass": "Zl!9rq77#", "admin_contact": "[[PERSON:Nadia Petrova]]", "admin_phone": "[[PHONE_NUMBER:+359 88 421 7390]]", "allowed_ip": "[[IP_ADDRESS:94.26.48.117]]", "version": "2.4.1"}""",
    """WIRE REQUEST
Originator: [[PERSON:Wendell Okafor]], account [[ID_NUMBER:000483917266]]
Beneficiary: [[PERSON:Ingrid Solberg]], [[ADDRESS:Hornsgatan 62]], [[ZIP_CODE:118 21]] [[LOCATION:Stockholm]], [[LOCATION:Sweden]]
Beneficiary IBAN: [[IBAN_CODE:SE38 8000 0810 5917 3644 8201]]   SWIFT: SWEDSESS
Amount: USD 12,500.00   Purpose: family support""",
    """Hi [[PERSON:Priya]], thanks for RSVPing to the alumni dinner on [[DATE_TIME:Saturday 12 October]]! We've noted your dietary requirement (halal) and your plus-one, [[PERSON:Arjun Nair]]. Your e-ticket has gone to [[EMAIL_ADDRESS:priya.n.menon@gmail.com]].""",
    """Receipt No. 2024-00718 | Donor: [[TITLE:Rev.]] [[PERSON:Thomas Okeke]] | Address: [[ADDRESS:9 St Anne's Close]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 8LP]] | Gift Aid: yes | Amount: £250.00 | Paid by card ending 7710""",
    """Video consult [[DATE_TIME:2024-02-11 16:20]]: [[PERSON:Ahmed Farouk]] ([[AGE:44]]) joined from [[IP_ADDRESS:41.33.118.207]] ([[LOCATION:Cairo]]). Three days of productive cough, no fever. Plan: fluids, review if not better in a week.""",
    """Greetings [[PERSON:Ms. Marisol Echeverría]], and welcome aboard as Chief Accountability Facilitator! Your temporary credentials are username [[USERNAME:mecheverria]] and password Temp$2024!, which you must change within 24 hours.""",
    """The £78 for the [[LOCATION:Dorset]] fishing trip was taken from card [[CREDIT_CARD:4917 8402 6637 5198]], and the receipt was emailed to [[EMAIL_ADDRESS:kwame.asante@btinternet.com]].""",
    """Customer [[PERSON:Yolanda Pierce]] (customer_id: [[ID_NUMBER:883104927]]) called on [[DATE_TIME:2023-04-17]] about a disputed charge of $412.19 on her account ending 8841. Registered address: [[ADDRESS:77 Willow Bend Dr]], [[LOCATION:Round Rock]], [[LOCATION:TX]] [[ZIP_CODE:78664]].""",
    """[[PERSON:Harold Jenkins]], a [[AGE:72]]-year-old man with a history of COPD, was admitted on [[DATE_TIME:December 3, 2022]]. Medical record number: [[ID_NUMBER:MR-5510938]]. Primary contact: his wife, [[PERSON:Doris Jenkins]], [[PHONE_NUMBER:(608) 274-9931]].""",
    """# TODO: remove the hard-coded test user before release
TEST_USER = {
    "name": "[[PERSON:Oksana Bondarenko]]",
    "email": "[[EMAIL_ADDRESS:oksana.b@ukr.net]]",
    "card": "[[CREDIT_CARD:5355104738290667]]",
    "cvv": "412",
    "exp": "09/28",
}""",
    """MEMBER APPLICATION
Name: [[PERSON:Tomás Ó Briain]]
Member no: [[ID_NUMBER:DUB-30918]]
DOB: [[DATE_TIME:21/07/1997]]
Address: [[ADDRESS:Apt 14, Block C, Clarion Quay]], [[LOCATION:Dublin 1]]
Eircode: [[ZIP_CODE:D01 K7W2]]
Emergency contact: [[PERSON:Aisling Ó Briain]] ([[PHONE_NUMBER:087 993 2156]])
Direct debit IBAN: [[IBAN_CODE:IE71 BOFI 9000 1724 5190 63]]""",
    """Guest: [[PERSON:Dr. Siddhartha Banerjee]] | Arrival: [[DATE_TIME:10-Mar-2024]] | Departure: [[DATE_TIME:13-Mar-2024]] | Room: 1206 | Company: Sun Pharma | Card: [[CREDIT_CARD:4182 9055 6713 0242]] | Honors #: [[ID_NUMBER:740118229]]""",
    """Member: [[PERSON:Angela Whitcomb-Reyes]] | Member ID: [[ID_NUMBER:W882047391]] | Group: 00418 | Patient: [[PERSON:Sofia Reyes]] (dependent, DOB [[DATE_TIME:02/09/2016]]) | Provider: Lakeside Pediatrics | Date of service: [[DATE_TIME:01/22/2024]] | Billed $245.00 | Plan paid $196.00""",
    """Estimada [[TITLE:Sra.]] [[PERSON:Beatriz Montoya Lozano]]: le recordamos su cita en el Centro de Salud de [[LOCATION:Getafe]] el [[DATE_TIME:lunes 17 de febrero a las 9:45]]. N.º de historia clínica: [[ID_NUMBER:0048213]]. Si no puede acudir, llame al 91 683 20 00.""",
    """IN THE DISTRICT COURT OF [[LOCATION:HARRIS COUNTY]], [[LOCATION:TEXAS]]. Cause No. 2024-48817. [[PERSON:LATISHA MONROE-GRANT]], Petitioner, v. [[PERSON:DESMOND GRANT]], Respondent. Petitioner resides at [[ADDRESS:7714 Bellfort Ave]], [[LOCATION:Houston]], [[LOCATION:Texas]] [[ZIP_CODE:77061]].""",
    """To whom it may concern: this letter confirms that [[PERSON:Jae-won Park]] has been employed by Halcyon Robotics as a Mechanical Engineer since [[DATE_TIME:September 14, 2020]], at a current annual salary of $112,000. For verification, call HR at 1-888-412-7700. Sincerely, [[PERSON:Linda Kowalczyk]], HR Manager""",
    """WARN rate-limit exceeded client=[[IP_ADDRESS:2001:818:e6f1:2c00:9d4:aa19:4b1e:61f0]] user=[[USERNAME:fernanda_l]] path=/api/v2/orders limit=120/min burst=37 req_id=7c1e9a40""",
    """Dossier de candidature : [[PERSON:Ousmane Diallo]], né le [[DATE_TIME:14/09/2001]] à [[LOCATION:Dakar]] ([[LOCATION:Sénégal]]), nationalité [[NRP:sénégalaise]], titre de séjour n° [[ID_NUMBER:7503128841]], domicilié [[ADDRESS:8 rue Paul Bert]], [[ZIP_CODE:69003]] [[LOCATION:Lyon]], tél. [[PHONE_NUMBER:07 58 22 41 93]], courriel [[EMAIL_ADDRESS:ousmane.diallo01@gmail.com]], RIB [[IBAN_CODE:FR76 3000 3021 4500 0507 1826 465]].""",
    """Sehr geehrter [[TITLE:Herr]] [[PERSON:Dr. Brandt]], Ihr Termin zur Probefahrt am [[DATE_TIME:Dienstag, 14. Mai, um 16:30 Uhr]] ist bestätigt. Bitte bringen Sie Ihren Führerschein (Nr. [[ID_NUMBER:B072RRE2I55]]) mit. Kundennummer: [[ID_NUMBER:KD-4471930]]. Rückfragen: [[PERSON:Sabine Krämer]], [[EMAIL_ADDRESS:s.kraemer@autohaus-lindner.de]], [[PHONE_NUMBER:+49 89 4412 7730]].""",
    """Declaração: [[PERSON:Inês Carvalho Tavares]], contribuinte n.º [[ID_NUMBER:217304958]], residente na [[ADDRESS:Avenida da Liberdade 190, 4.º Dto.]], [[ZIP_CODE:1250-147]] [[LOCATION:Lisboa]], autoriza o débito direto na conta [[IBAN_CODE:PT50 0035 0683 0000 4752 8309 1]] a partir de [[DATE_TIME:1 de abril de 2024]].""",
    """Please send the signed approval to [[PERSON:Hollis]] at [[EMAIL_ADDRESS:hollis.vanterpool@proton.me]] and copy the [[LOCATION:Saint Lucia]] team. [[PERSON:Hollis]]'s mobile is [[PHONE_NUMBER:+1 758 712 4408]] if the file is too big.""",
    """Household member 2: [[PERSON:Fatou Ceesay]] | relationship: spouse | age: [[AGE:38]] | country of birth: [[LOCATION:The Gambia]] | religion: [[NRP:Muslim]] | occupation: midwife""",
    """Patient: Bella (Labrador, F, 7 y) | Owner: [[PERSON:Gareth Pryce]] | Address: [[ADDRESS:Tŷ Newydd, Heol y Bryn]], [[LOCATION:Llandeilo]] [[ZIP_CODE:SA19 6AX]] | Phone: [[PHONE_NUMBER:01558 822 417]] | Microchip: 941000024417388 | Vaccines due""",
    """SSR DOCS BA HK1 P/GBR/[[ID_NUMBER:548812907]]/GBR/[[DATE_TIME:14MAR82]]/M/09JUL31/[[PERSON:OKONKWO]]/[[PERSON:EMEKA]]
SSR CTCM BA HK1/[[PHONE_NUMBER:447700913482]]
SSR CTCE BA HK1/[[EMAIL_ADDRESS:EMEKA.OKONKWO//GMAIL.COM]]""",
    """Statement for [[PERSON:Mr. Rajesh Kumar Iyer]], savings a/c [[ID_NUMBER:001744293381]], [[ADDRESS:B-204, Lakeview Residency, Powai]], [[LOCATION:Mumbai]] [[ZIP_CODE:400076]]. NEFT credit from [[PERSON:ANAND K]] Rs 25,000; ATM withdrawal Rs 5,000; closing balance Rs 1,18,442.""",
    """The insured, [[PERSON:Marguerite Okonkwo-Hale]], born [[DATE_TIME:1970-06-18]], reported water damage at [[ADDRESS:39 Quayside Walk]], [[LOCATION:Bristol]] [[ZIP_CODE:BS1 6XL]] on [[DATE_TIME:2024-01-07]]. Claim ref CLM-77182. Adjuster: [[PERSON:Ben Ashdown]].""",
    """Hi [[PERSON:Jayden]], your order will be delivered to [[ADDRESS:Apartment 7B]], [[ADDRESS:1200 Ocean Drive]], [[LOCATION:Miami Beach]], [[LOCATION:FL]] [[ZIP_CODE:33139]] tomorrow. The courier may call you on [[PHONE_NUMBER:305-672-4481]] when he's close.""",
    """Individualized Education Program. Student: [[PERSON:Mason Kealoha]], DOB [[DATE_TIME:6/2/2014]], ID [[ID_NUMBER:408817]]. Meeting date: [[DATE_TIME:10/15/2024]]. Parent: [[PERSON:Leilani Kealoha]]. Case manager: [[PERSON:Ms. Renee Dubois]].""",
    """PID|1||[[ID_NUMBER:448210973]]^^^MRN||[[PERSON:NAKAMURA]]^[[PERSON:YUKI]]^^^||[[DATE_TIME:19880712]]|F|||[[ADDRESS:2201 KAPIOLANI BLVD APT 1504]]^^[[LOCATION:HONOLULU]]^[[LOCATION:HI]]^[[ZIP_CODE:96826]]||[[PHONE_NUMBER:(808)941-2270]]""",
    """[[IP_ADDRESS:86.12.201.44]] - [[USERNAME:bsteele]] [[[DATE_TIME:12/Mar/2024:09:14:22 +0000]]] "GET /account/settings HTTP/1.1" 200 4417 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0\"""",
    """Dear [[PERSON:Dr. Okafor]], I would be grateful if you could see [[PERSON:Mrs. Lakshmi Raman]] ([[AGE:67]]), NHS number [[ID_NUMBER:612 847 3903]], of [[ADDRESS:23 Beechwood Avenue]], [[LOCATION:Coventry]] [[ZIP_CODE:CV5 6FQ]], about her worsening breathlessness. Yours sincerely, [[PERSON:Dr. P. Whitaker]]""",
    """Resident permit holder: [[PERSON:Chen Jia]], [[ADDRESS:Flat 4, 19 Marchmont Street]], [[LOCATION:London]] [[ZIP_CODE:WC1N 1AP]]; vehicle [[ID_NUMBER:LB19 XTV]]; zone CA-D; permit 0048812.""",
    """Applicant [[PERSON:Gustavo Paredes]] ([[EMAIL_ADDRESS:gparedes.ing@gmail.com]], [[PHONE_NUMBER:+56 9 8821 4407]]) of [[LOCATION:Santiago]], [[LOCATION:Chile]], applied for the Mining Engineer role and can start on [[DATE_TIME:1 March]]. Profile: [[URL:https://www.linkedin.com/in/gustavo-paredes-ing]]""",
    """FINAL NOTICE: [[PERSON:Loretta Simms]], service address [[ADDRESS:418 Hickory Ln, Lot 22]], [[LOCATION:Dothan]], [[LOCATION:AL]] [[ZIP_CODE:36301]], account [[ID_NUMBER:5520-118-473]]. Your service will be disconnected on [[DATE_TIME:July 12]] unless $286.40 is paid.""",
    """Kia ora koutou, please welcome [[PERSON:Rangi Parata]], who starts on [[DATE_TIME:Monday 3 February]] as our new GIS analyst and will sit with the [[LOCATION:Hamilton]] team.
-- 
[[PERSON:Jo Whitfield]] | People & Culture | [[PHONE_NUMBER:+64 21 448 9031]]""",
    """commit 4f9a2c1e8b7d03a5f6e2c9b1d4a8e7f0c3b2a1d9
Author: [[PERSON:Sebastián Rojas]] <[[EMAIL_ADDRESS:srojas@rojasdev.cl]]>
Date:   [[DATE_TIME:Tue Apr 9 18:22:47 2024 -0400]]

    Fix null pointer in invoice export""",
    """Inquiry from [[PERSON:Beatrix Lindholm]] about MLS #2418873: she'd like a showing on [[DATE_TIME:Sunday, Sept 8 at 1pm]], is pre-approved up to $640K, and can be reached at [[EMAIL_ADDRESS:b.lindholm@me.com]] or [[PHONE_NUMBER:612.824.3391]].""",
    """DS-82 renewal: [[PERSON:Michael Anthony DeLuca]], DOB [[DATE_TIME:05-30-1969]], place of birth [[LOCATION:Newark]], [[LOCATION:NJ]], SSN [[US_SSN:148-70-2263]], most recent passport [[US_PASSPORT:A03918827]] issued [[DATE_TIME:06-14-2015]].""",
    """Visiting scholar [[PERSON:Zhang Wei]], passport [[ID_NUMBER:E48217736]], WeChat ID [[USERNAME:zhangwei_bj88]], hosted by [[PERSON:Prof. Emeka Nwankwo]] from [[DATE_TIME:3 June]] to [[DATE_TIME:28 August 2024]]; housing at [[ADDRESS:Room 412, Graduate House, 60 Oxford Road]], [[LOCATION:Manchester]].""",
    """Device registered for [[PERSON:Amelia Grant]]: MAC 00:1B:44:7C:2E:91, IPv6 [[IP_ADDRESS:fe80::a8c1:3bff:fe71:9d02]], browser Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X), push token enabled.""",
    """Thanks for shopping with us! Everyday Rewards card [[ID_NUMBER:9355 0182 4417 3]] ([[PERSON:Jessica Tran]]): 48 points earned today, 2,310 points balance.""",
    """firstname: [[PERSON:Enrique]]
lastname: [[PERSON:Batista-Lund]]
buildingnumber: [[ADDRESS:5521]]
street: [[ADDRESS:Larkin Trail]]
secondaryaddress: [[ADDRESS:Suite 318]]
city: [[LOCATION:Durham]]
county: [[LOCATION:Durham County]]
state: [[LOCATION:NC]]
zipcode: [[ZIP_CODE:27701]]
jobtitle: Forward Markets Liaison
password: qW8#zLk2
useragent: Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko""",
    """I, [[PERSON:Agnes Mwangi]], am writing about the unauthorised debit of KES 12,000 from my account [[ID_NUMBER:01109284471800]] on [[DATE_TIME:18th August 2024]]. I visited your [[LOCATION:Nakuru]] branch on [[DATE_TIME:20th August]] and was told to put my complaint in writing.""",
    """Dear [[PERSON:Mr. Thompson]], your account [[USERNAME:ethompson_42]] was locked after five failed sign-in attempts from [[IP_ADDRESS:24.118.73.209]]. To unlock it, call us and confirm the last four digits of your SSN (6629) and your billing ZIP code.""",
    """Foster carer application: [[PERSON:Kofi Boateng]] and [[PERSON:Efua Boateng]], [[ADDRESS:15 Larch Way]], [[LOCATION:Luton]] [[ZIP_CODE:LU3 2QT]]; NI numbers [[ID_NUMBER:JK 72 48 19 A]] and [[ID_NUMBER:JK 81 30 67 B]]; both [[NRP:Ghanaian]]-born [[NRP:British]] citizens; home visit on [[DATE_TIME:14/05/2024]].""",
    """[[PERSON:Yara]] asked whether the [[LOCATION:Hessen]] tax office has her Steuer-ID, [[ID_NUMBER:71629483515]], on file now that she has moved from [[ADDRESS:Bergstraße 4]] to [[ADDRESS:Am Weinberg 12]] in [[LOCATION:Wiesbaden]].""",
    """Tenant screening: [[PERSON:Dakota R. Whitehorse]], SSN [[US_SSN:504-33-7817]], current address [[ADDRESS:PO Box 207]], [[LOCATION:Pine Ridge]], [[LOCATION:SD]] [[ZIP_CODE:57770]], phone [[PHONE_NUMBER:605-867-3392]], monthly income $3,150, eviction history: none.""",
    """e-KYC failure report: [[PERSON:Gurpreet Kaur]], UID [[ID_NUMBER:2847-5019-3623]], registered mobile [[PHONE_NUMBER:98140 22761]], [[LOCATION:Ludhiana]], [[LOCATION:Punjab]]. OTP not received on [[DATE_TIME:12/08/2024 at 11:02]]; biometric fallback attempted at the branch, fingerprint quality 31/100.""",
]

TABLE = [
    """return_id,order_no,customer_name,email,reason,refund_method,refund_to
R-20931,114-882013,[[PERSON:Hana Kovačević]],[[EMAIL_ADDRESS:hana.kovacevic@gmail.com]],wrong size,card,[[CREDIT_CARD:4129 7730 0846 2517]]
R-20932,114-882140,[[PERSON:Tevita Fifita]],[[EMAIL_ADDRESS:tfifita@xtra.co.nz]],arrived damaged,store credit,
R-20933,114-882377,[[PERSON:Olga Sokolova]],[[EMAIL_ADDRESS:o.sokolova@mail.ru]],changed mind,bank transfer,[[IBAN_CODE:DE33 7015 0000 0031 9254 76]]
R-20934,114-882391,[[PERSON:Darius Whitfield]],[[EMAIL_ADDRESS:dwhitfield@comcast.net]],not as described,card,[[CREDIT_CARD:6011 0883 4261 9052]]""",
    """| Case | Account holder | Acct no. | Trigger | Login IP | Case opened |
|---|---|---|---|---|---|
| FR-1182 | [[PERSON:Nkechi Obi]] | [[ID_NUMBER:3019284475]] | new payee + large transfer | [[IP_ADDRESS:197.210.64.18]] | 2024-05-02 |
| FR-1183 | [[PERSON:Graham Tulloch]] | [[ID_NUMBER:0748812203]] | card used in two countries | [[IP_ADDRESS:88.97.14.230]] | 2024-05-02 |
| FR-1184 | [[PERSON:Lin Feng]] | [[ID_NUMBER:5561027738]] | SIM swap then password reset | [[IP_ADDRESS:2406:3003:2077:1e0::5a]] | 2024-05-03 |""",
    """slot\tproperty\tapplicant\tmobile\tnotes
Sat 10:00\t[[ADDRESS:Flat 2, 14 Dalmeny Street]]\t[[PERSON:Ewan Fraser]]\t[[PHONE_NUMBER:07712 448 019]]\thas a cat
Sat 10:30\t[[ADDRESS:Flat 2, 14 Dalmeny Street]]\t[[PERSON:Zainab Hussain]]\t[[PHONE_NUMBER:07954 230 116]]\tstudent, guarantor needed
Sat 11:15\t[[ADDRESS:3F1, 22 Montgomery Street]]\t[[PERSON:Kasia Wróbel]]\t[[PHONE_NUMBER:+48 601 884 213]]\tvideo call, in Poland
Sat 12:00\t[[ADDRESS:3F1, 22 Montgomery Street]]\t[[PERSON:Declan Murray]]\t[[PHONE_NUMBER:07481 902 554]]\t""",
    """NO  PLAYER                 DOB         POS  PARENT/GUARDIAN      PHONE
 4  [[PERSON:Mateo Álvarez]]          [[DATE_TIME:2012-02-17]]  DEF  [[PERSON:Carolina Álvarez]]     [[PHONE_NUMBER:(305) 418-2290]]
 9  [[PERSON:Jaylen Brooks]]          [[DATE_TIME:2011-11-03]]  FWD  [[PERSON:Tamika Brooks]]        [[PHONE_NUMBER:(305) 772-0138]]
11  [[PERSON:Oscar Lindgren]]         [[DATE_TIME:2012-06-29]]  MID  [[PERSON:Per Lindgren]]         [[PHONE_NUMBER:(786) 201-9947]]
23  [[PERSON:Yusuf Demirci]]          [[DATE_TIME:2012-01-08]]  GK   [[PERSON:Elif Demirci]]         [[PHONE_NUMBER:(305) 664-3172]]""",
    """{"app_ref": "SCH-24-0091", "name": "[[PERSON:Aisha Bello]]", "dob": "[[DATE_TIME:2006-03-19]]", "school": "Queen's College, Lagos", "gpa": 4.6, "email": "[[EMAIL_ADDRESS:aisha.bello06@yahoo.com]]", "status": "shortlisted"}
{"app_ref": "SCH-24-0092", "name": "[[PERSON:Rohan Deshmukh]]", "dob": "[[DATE_TIME:2005-12-01]]", "school": "DPS R.K. Puram", "gpa": 3.9, "email": "[[EMAIL_ADDRESS:rohan.deshmukh05@gmail.com]]", "status": "pending references"}
{"app_ref": "SCH-24-0093", "name": "[[PERSON:Maya Goldstein]]", "dob": "[[DATE_TIME:2006-07-24]]", "school": "Brookline High", "gpa": 3.7, "email": "[[EMAIL_ADDRESS:maya.goldstein@icloud.com]]", "status": "shortlisted"}""",
    """visits:
  - client: [[PERSON:Dorothy Nwachukwu]]
    address: [[ADDRESS:12 Rowan Court]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2PQ]]
    when: [[DATE_TIME:2024-03-11 08:30]]
    carer: [[PERSON:Maricel Dizon]]
    tasks: [meds, breakfast, compression stockings]
  - client: [[PERSON:Stanley Ruddock]]
    address: [[ADDRESS:Flat 8, Fairview House, 3 Mitcham Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 3RU]]
    when: [[DATE_TIME:2024-03-11 09:45]]
    carer: [[PERSON:Maricel Dizon]]
    tasks: [wash, shave, shopping list]
  - client: [[PERSON:Edna Pike]]
    address: [[ADDRESS:40 Birchanger Road]], [[LOCATION:South Norwood]] [[ZIP_CODE:SE25 5BA]]
    when: [[DATE_TIME:2024-03-11 11:00]]
    carer: [[PERSON:Tunde Ajayi]]
    tasks: [insulin check]""",
    """Employee: [[PERSON:Farida Yusupova]]
Staff ID: [[ID_NUMBER:HR-00731]]
Department: Treasury
Role: Analyst II
Start date: [[DATE_TIME:17 June 2019]]
Work email: [[EMAIL_ADDRESS:f.yusupova@meridianbank.co.uk]]
Mobile: [[PHONE_NUMBER:07368 220 941]]
NI number: [[ID_NUMBER:PX 41 92 08 D]]
Home: [[ADDRESS:26 Thornbury Road]], [[LOCATION:Isleworth]] [[ZIP_CODE:TW7 4LQ]]""",
    """appt_time,patient,mrn,age,sex,clinician,reason
[[DATE_TIME:2024-09-02 08:40]],[[PERSON:Kamau, Joseph]],[[ID_NUMBER:KNH-0049182]],[[AGE:52]],M,[[PERSON:Dr. Wairimu]],BP review
[[DATE_TIME:2024-09-02 09:00]],[[PERSON:Achieng, Mercy]],[[ID_NUMBER:KNH-0051277]],[[AGE:29]],F,[[PERSON:Dr. Wairimu]],antenatal
[[DATE_TIME:2024-09-02 09:20]],[[PERSON:Hassan, Abdi]],[[ID_NUMBER:KNH-0038860]],[[AGE:7]],M,[[PERSON:Dr. Otieno]],asthma follow-up""",
    """| Guest | Room | Check-in | Check-out | Nationality | Passport |
|-------|------|----------|-----------|-------------|----------|
| [[PERSON:Lars Eriksen]] | 312 | [[DATE_TIME:03/06]] | [[DATE_TIME:07/06]] | [[NRP:Danish]] | [[ID_NUMBER:208841937]] |
| [[PERSON:Chiara Bellini]] | 315 | [[DATE_TIME:04/06]] | [[DATE_TIME:05/06]] | [[NRP:Italian]] | [[ID_NUMBER:YA4829107]] |
| [[PERSON:Hyun-woo Kim]] | 402 | [[DATE_TIME:04/06]] | [[DATE_TIME:09/06]] | [[NRP:South Korean]] | [[ID_NUMBER:M48217730]] |
| [[PERSON:Amaru Condori]] | 407 | [[DATE_TIME:05/06]] | [[DATE_TIME:06/06]] | [[NRP:Bolivian]] | [[ID_NUMBER:10482913]] |""",
    """username\temail\tlast_login\tlast_ip\tplan\t2fa
[[USERNAME:quietfox]]\t[[EMAIL_ADDRESS:r.adeyinka@gmail.com]]\t[[DATE_TIME:2024-10-29 21:14]]\t[[IP_ADDRESS:102.88.35.201]]\tpro\ton
[[USERNAME:m_oconnell]]\t[[EMAIL_ADDRESS:maeve.oconnell@eircom.net]]\t[[DATE_TIME:2024-10-30 07:02]]\t[[IP_ADDRESS:86.45.118.9]]\tfree\toff
[[USERNAME:kiki.tanabe]]\t[[EMAIL_ADDRESS:kiki.tanabe@docomo.ne.jp]]\t[[DATE_TIME:2024-10-30 13:48]]\t[[IP_ADDRESS:2400:4051:8c3:f100:2dd:91ff:fe0a:7b1]]\tpro\ton
[[USERNAME:bigdave1971]]\t[[EMAIL_ADDRESS:dave.hollins71@aol.com]]\t[[DATE_TIME:2024-09-14 18:30]]\t[[IP_ADDRESS:73.41.220.187]]\tfree\toff""",
    """first,last,dob,ssn,state,filing_status,dependents
[[PERSON:Ramona]],[[PERSON:Velásquez]],[[DATE_TIME:04/11/1978]],[[US_SSN:601-44-8823]],[[LOCATION:AZ]],head of household,2
[[PERSON:Curtis]],[[PERSON:Boyd]],[[DATE_TIME:12/30/1962]],[[US_SSN:219-57-0341]],[[LOCATION:MD]],married filing jointly,0
[[PERSON:Nguyen]],[[PERSON:Van Long]],[[DATE_TIME:08/08/1990]],[[US_SSN:455-81-2976]],[[LOCATION:TX]],single,0""",
    """- name: [[PERSON:Ana Paula Ribeiro]]
  role: volunteer coordinator
  phone: "[[PHONE_NUMBER:+55 21 99418-2273]]"
  city: [[LOCATION:Rio de Janeiro]]
  shirt_size: M
- name: [[PERSON:João Victor Melo]]
  role: first aid
  phone: "[[PHONE_NUMBER:+55 21 98830-4419]]"
  city: [[LOCATION:Niterói]]
  shirt_size: L
- name: [[PERSON:Beatriz Fontes]]
  role: registration desk
  phone: "[[PHONE_NUMBER:+55 21 97201-5586]]"
  city: [[LOCATION:Rio de Janeiro]]
  shirt_size: S""",
    """MEMBER#   NAME                    JOINED       TIER     EXPIRES
[[ID_NUMBER:GYM10442]]  [[PERSON:Priscilla Mwale]]         [[DATE_TIME:2021-01-05]]   Gold     2025-01-05
[[ID_NUMBER:GYM10987]]  [[PERSON:Tomasz Zieliński]]        [[DATE_TIME:2022-08-19]]   Silver   2025-08-19
[[ID_NUMBER:GYM11320]]  [[PERSON:Ruth Abernathy-Cole]]     [[DATE_TIME:2023-03-02]]   Bronze   2025-03-02""",
    """tenant,unit,lease_start,monthly_rent,balance_due,phone,email
[[PERSON:Marcus Bell]],[[ADDRESS:Apt 1A]],[[DATE_TIME:2023-07-01]],1450.00,0.00,[[PHONE_NUMBER:414-982-3307]],[[EMAIL_ADDRESS:marcusbell.mke@gmail.com]]
[[PERSON:Soo-ah Han]],[[ADDRESS:Apt 2C]],[[DATE_TIME:2024-01-15]],1390.00,1390.00,[[PHONE_NUMBER:414-551-8842]],[[EMAIL_ADDRESS:sooah.han@wisc.edu]]
[[PERSON:Guadalupe Ortega]],[[ADDRESS:Apt 3B]],[[DATE_TIME:2022-10-01]],1525.00,75.00,[[PHONE_NUMBER:262-418-9930]],[[EMAIL_ADDRESS:lupe.ortega@hotmail.com]]""",
    """{"attendee": "[[PERSON:Dr. Ingrid Haugen]]", "org": "University of Bergen", "country": "[[LOCATION:Norway]]", "badge": "SPEAKER", "email": "[[EMAIL_ADDRESS:ingrid.haugen@uib.no]]", "diet": "none"}
{"attendee": "[[PERSON:Kwabena Asamoah]]", "org": "KNUST", "country": "[[LOCATION:Ghana]]", "badge": "DELEGATE", "email": "[[EMAIL_ADDRESS:k.asamoah@knust.edu.gh]]", "diet": "vegetarian"}
{"attendee": "[[PERSON:Paloma Ruiz-Tagle]]", "org": "PUC Chile", "country": "[[LOCATION:Chile]]", "badge": "DELEGATE", "email": "[[EMAIL_ADDRESS:pruiztagle@uc.cl]]", "diet": "gluten-free"}
{"attendee": "[[PERSON:Arjun Ramaswamy]]", "org": "IISc", "country": "[[LOCATION:India]]", "badge": "POSTER", "email": "[[EMAIL_ADDRESS:arjunr@iisc.ac.in]]", "diet": "vegetarian"}""",
    """Patron: [[PERSON:Eleni Georgiou]]
Card no.: [[ID_NUMBER:29184004718823]]
Branch: Central
Phone: [[PHONE_NUMBER:(02) 9281 4476]]
Items out: 3
Oldest due: [[DATE_TIME:2024-04-12]]
Fines: $1.20
Email notices to: [[EMAIL_ADDRESS:eleni.georgiou@bigpond.com]]""",
    """| name | dob | vaccine | dose | date_given | lot | nhs_no |
|:--|:--|:--|:--|:--|:--|:--|
| [[PERSON:Alfie Turner]] | [[DATE_TIME:14/02/2023]] | MMR | 1 | [[DATE_TIME:20/02/2024]] | MM4417 | [[ID_NUMBER:550 382 7198]] |
| [[PERSON:Zara Begum]] | [[DATE_TIME:02/11/2019]] | DTaP/IPV | booster | [[DATE_TIME:21/02/2024]] | DT0982 | [[ID_NUMBER:703 158 2644]] |
| [[PERSON:Leo Kowalski]] | [[DATE_TIME:30/06/2023]] | MMR | 1 | [[DATE_TIME:21/02/2024]] | MM4417 | [[ID_NUMBER:318 592 0473]] |""",
    """test_drive_id;customer;licence_no;licence_country;vehicle;slot
TD-5510;[[PERSON:Wouter Janssens]];[[ID_NUMBER:4820193377]];[[LOCATION:Belgium]];ID.4 Pro;[[DATE_TIME:2024-06-14 10:00]]
TD-5511;[[PERSON:Sophie Lambert]];[[ID_NUMBER:9310458826]];[[LOCATION:Belgium]];ID.3;[[DATE_TIME:2024-06-14 11:30]]
TD-5512;[[PERSON:Mehmet Aksoy]];[[ID_NUMBER:B4418270]];[[LOCATION:Germany]];Tiguan;[[DATE_TIME:2024-06-15 09:15]]""",
    """claim_no\tclaimant\tpolicy\tincident_date\tplate\tadjuster
C-77120\t[[PERSON:Rhys Llewellyn]]\tMTR-448210\t[[DATE_TIME:2024-02-03]]\t[[ID_NUMBER:CF19 WZL]]\t[[PERSON:A. Bhatt]]
C-77121\t[[PERSON:Grace Mbeki]]\tMTR-448377\t[[DATE_TIME:2024-02-04]]\t[[ID_NUMBER:YK70 HRB]]\t[[PERSON:A. Bhatt]]
C-77124\t[[PERSON:Owen Fairclough]]\tHOM-120944\t[[DATE_TIME:2024-02-05]]\t\t[[PERSON:S. Ncube]]""",
    """customer_no,holder,iban,bic,currency,opened
[[ID_NUMBER:100482177]],[[PERSON:Anouk Verbeke]],[[IBAN_CODE:BE48 0017 2948 3627]],GEBABEBB,EUR,2016
[[ID_NUMBER:100519338]],[[PERSON:Luc Peeters]],[[IBAN_CODE:BE13 3630 7291 4839]],BBRUBEBB,EUR,2019
[[ID_NUMBER:100533902]],[[PERSON:Samira Bouzid]],[[IBAN_CODE:BE18 0635 8104 2765]],GKCCBEBB,EUR,2021""",
    """# card transactions flagged by rule R17 (velocity)
txn_id      card_number          cardholder            amount   merchant
T98812004   [[CREDIT_CARD:4488 3109 2275 6040]]  [[PERSON:Amira Haddad]]          299.00   ELECTRO-MART 014
T98812019   [[CREDIT_CARD:4488 3109 2275 6040]]  [[PERSON:Amira Haddad]]          299.00   ELECTRO-MART 022
T98812233   [[CREDIT_CARD:5590 2166 7430 3182]]  [[PERSON:Jonah Feldstein]]       1,250.00 LUXWATCH ONLINE
T98812240   [[CREDIT_CARD:3764 109982 53741]]    [[PERSON:Ifeanyi Okeke]]         640.00   GIFTCARDS4U""",
    """route: R-14 (north loop)
stop 1: [[PERSON:Mrs. Hilda Braithwaite]], [[ADDRESS:2 Foxglove Lane]], [[LOCATION:Harrogate]], tel [[PHONE_NUMBER:01423 551 902]], key safe yes
stop 2: [[PERSON:Mr. Arthur Penrose]], [[ADDRESS:The Old Forge, Moor Road]], [[LOCATION:Killinghall]], tel [[PHONE_NUMBER:01423 508 744]], key safe no
stop 3: [[PERSON:Ms. June Ellery]], [[ADDRESS:14 Ripon Road]], [[LOCATION:Harrogate]], tel [[PHONE_NUMBER:07790 113 286]], key safe yes""",
    """Candidate | Email | Phone | Location | Years exp | Stage
[[PERSON:Wiremu Tane]] | [[EMAIL_ADDRESS:wiremu.tane@gmail.com]] | [[PHONE_NUMBER:021 488 9310]] | [[LOCATION:Rotorua]] | 6 | phone screen
[[PERSON:Claire Dubois]] | [[EMAIL_ADDRESS:claire.dubois.nz@outlook.com]] | [[PHONE_NUMBER:027 301 4457]] | [[LOCATION:Christchurch]] | 11 | onsite
[[PERSON:Rajiv Menon]] | [[EMAIL_ADDRESS:rajiv.menon@xtra.co.nz]] | [[PHONE_NUMBER:022 119 6604]] | [[LOCATION:Auckland]] | 3 | rejected""",
    """caller,caller_name,received,duration_s,queue,agent,outcome
[[PHONE_NUMBER:+1 647 912 3380]],[[PERSON:Harpreet Dhillon]],[[DATE_TIME:2024-07-08 09:12]],412,billing,[[PERSON:Tessa]],resolved
[[PHONE_NUMBER:+1 416 288 7401]],[[PERSON:Marie-Claude Bélanger]],[[DATE_TIME:2024-07-08 09:19]],96,returns,[[PERSON:Omar]],callback
[[PHONE_NUMBER:+1 905 331 0064]],,[[DATE_TIME:2024-07-08 09:27]],18,returns,,abandoned
[[PHONE_NUMBER:+1 289 440 8815]],[[PERSON:Dwayne Campbell]],[[DATE_TIME:2024-07-08 09:41]],1033,fraud,[[PERSON:Tessa]],escalated""",
    """nombre;apellidos;DNI/NIE;teléfono;municipio;fecha_alta;cuota
[[PERSON:Irene]];[[PERSON:Soler Vidal]];[[ID_NUMBER:53187024F]];[[PHONE_NUMBER:633 902 418]];[[LOCATION:Badalona]];[[DATE_TIME:12/01/2024]];mensual
[[PERSON:Youssef]];[[PERSON:El Amrani]];[[ID_NUMBER:X4829173R]];[[PHONE_NUMBER:688 214 530]];[[LOCATION:L'Hospitalet de Llobregat]];[[DATE_TIME:03/02/2024]];trimestral
[[PERSON:Marta]];[[PERSON:Iglesias Bravo]];[[ID_NUMBER:29750381L]];[[PHONE_NUMBER:611 047 882]];[[LOCATION:Barcelona]];[[DATE_TIME:19/02/2024]];mensual""",
    """| Nome | NIF | Telemóvel | Morada | Código postal | Localidade |
|---|---|---|---|---|---|
| [[PERSON:Rui Miguel Antunes]] | [[ID_NUMBER:258047160]] | [[PHONE_NUMBER:914 228 307]] | [[ADDRESS:Rua de Santa Catarina 812]] | [[ZIP_CODE:4000-446]] | [[LOCATION:Porto]] |
| [[PERSON:Filipa Correia]] | [[ID_NUMBER:182739465]] | [[PHONE_NUMBER:936 401 772]] | [[ADDRESS:Travessa do Carmo 5, 1.º]] | [[ZIP_CODE:1200-095]] | [[LOCATION:Lisboa]] |
| [[PERSON:Hélder Barbosa]] | [[ID_NUMBER:264910370]] | [[PHONE_NUMBER:962 775 019]] | [[ADDRESS:Largo da Sé 3]] | [[ZIP_CODE:3000-383]] | [[LOCATION:Coimbra]] |""",
    """user:
  handle: [[USERNAME:lagos_lens]]
  display_name: [[PERSON:Temitope Adeyemi-Cole]]
  email: [[EMAIL_ADDRESS:temi.adeyemicole@gmail.com]]
  website: [[URL:https://temiadeyemi.photography]]
  location: [[LOCATION:Lekki]], [[LOCATION:Lagos]]
  last_login: [[DATE_TIME:2024-12-01T20:44:10Z]]
  followers: 18204
  verified: false""",
    """PATIENT INTAKE
Name: [[PERSON:Rosalind Achebe-Carter]]
DOB: [[DATE_TIME:09/23/1981]]
Sex: F
Address: [[ADDRESS:5120 Woodlawn Ave N, Apt 9]]
City/State/ZIP: [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98103]]
Phone: [[PHONE_NUMBER:206-633-0187]]
Insurance: Premera Blue Cross, member ID [[ID_NUMBER:PBC884120337]]
Emergency contact: [[PERSON:Nathan Carter]] (husband), [[PHONE_NUMBER:206-633-0912]]
Allergies: penicillin""",
    """donor\tpostcode\tgift_aid\tamount_gbp\tmethod\tlast_gift
[[PERSON:Mr. Ieuan Parry]]\t[[ZIP_CODE:LL55 4UR]]\tY\t25.00\tDD\t[[DATE_TIME:2024-03-01]]
[[PERSON:Mrs. Shanthi Raj]]\t[[ZIP_CODE:LE2 1TG]]\tY\t100.00\tcard\t[[DATE_TIME:2024-02-14]]
[[PERSON:Dr. Femi Olatunji]]\t[[ZIP_CODE:N16 7UX]]\tN\t10.00\tDD\t[[DATE_TIME:2024-03-01]]
[[PERSON:Ms. Kirsty Baird]]\t[[ZIP_CODE:IV2 3HD]]\tY\t50.00\tcheque\t[[DATE_TIME:2023-12-20]]""",
    """| Volunteer | Booth | Party | Mobile | Available |
|---|---|---|---|---|
| [[PERSON:Siobhan Rourke]] | Marrickville PS | [[NRP:Greens]] | [[PHONE_NUMBER:0411 287 553]] | all day |
| [[PERSON:Dean Papadopoulos]] | Dulwich Hill PS | [[NRP:Labor]] | [[PHONE_NUMBER:0422 930 117]] | 8am-12pm |
| [[PERSON:Helen Fa'atau]] | Petersham Town Hall | [[NRP:Liberal]] | [[PHONE_NUMBER:0433 402 869]] | 2pm-6pm |""",
    """{"stop": 1, "recipient": "[[PERSON:Kenji Watanabe]]", "address": "[[ADDRESS:2-14-7 Shibuya]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]]", "postcode": "[[ZIP_CODE:150-0002]]", "tel": "[[PHONE_NUMBER:090-2281-4473]]", "parcels": 2, "tracking": "JP8841002733"}
{"stop": 2, "recipient": "[[PERSON:Sato Yumiko]]", "address": "[[ADDRESS:1-3-22 Jingumae, Room 605]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]]", "postcode": "[[ZIP_CODE:150-0001]]", "tel": "[[PHONE_NUMBER:080-4419-0027]]", "parcels": 1, "tracking": "JP8841002740"}
{"stop": 3, "recipient": "[[PERSON:Daniel Okafor]]", "address": "[[ADDRESS:4-8-1 Ebisu-Minami]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]]", "postcode": "[[ZIP_CODE:150-0022]]", "tel": "[[PHONE_NUMBER:070-3338-9151]]", "parcels": 3, "tracking": "JP8841002758"}""",
    """EMP NO  NAME                 TAX CODE  NI NUMBER      BANK A/C   NET PAY
[[ID_NUMBER:00412]]   [[PERSON:Gemma Rowntree]]       1257L     [[ID_NUMBER:NE 33 18 47 C]]  [[ID_NUMBER:40118273]]   1,842.16
[[ID_NUMBER:00415]]   [[PERSON:Kwesi Mensah]]         1257L     [[ID_NUMBER:JT 50 72 91 A]]  [[ID_NUMBER:21904462]]   2,107.90
[[ID_NUMBER:00433]]   [[PERSON:Agata Nowak]]          BR        [[ID_NUMBER:SH 19 44 02 B]]  [[ID_NUMBER:73028815]]   1,096.42""",
    """student_name,age,class,guardian,guardian_email,allergies
[[PERSON:Ayaan Qureshi]],[[AGE:8]],3B,[[PERSON:Nadia Qureshi]],[[EMAIL_ADDRESS:nadia.qureshi@gmail.com]],peanuts
[[PERSON:Lily-Rose Hughes]],[[AGE:7]],3B,[[PERSON:Carl Hughes]],[[EMAIL_ADDRESS:carlhughes82@hotmail.co.uk]],none
[[PERSON:Emmanuel Osei]],[[AGE:8]],3B,[[PERSON:Abena Osei]],[[EMAIL_ADDRESS:abena.osei@yahoo.com]],egg
[[PERSON:Freya Lindqvist]],[[AGE:7]],3B,[[PERSON:Johan Lindqvist]],[[EMAIL_ADDRESS:johan.lindqvist@gmail.com]],none""",
    """[player]
name = [[PERSON:Ciarán Maguire]]
dob = [[DATE_TIME:2008-05-14]]
club = St Brigid's GAA
county = [[LOCATION:Roscommon]]
grade = minor

[guardian]
name = [[PERSON:Bríd Maguire]]
mobile = [[PHONE_NUMBER:086 331 9042]]
email = [[EMAIL_ADDRESS:brid.maguire@gmail.com]]
photo_consent = yes""",
    """award: Wanjiru Memorial Bursary
recipient:
  name: [[PERSON:Faith Chebet]]
  student_no: [[ID_NUMBER:SCT211-0473/2021]]
  national_id: "[[ID_NUMBER:38104927]]"
  phone: "[[PHONE_NUMBER:+254 723 880 145]]"
  county: [[LOCATION:Uasin Gishu]]
disbursement:
  bank: Equity Bank
  account: "[[ID_NUMBER:0290183746612]]"
  amount_kes: 60000
  tranches: 2""",
]

CHAT = [
    """[14:02] Bot: Hi! I'm the returns assistant. What can I help with?
[14:02] Customer: hi, I want to send back the air fryer, order 7730-118-442
[14:03] Bot: Sure. Can you confirm the email on the order?
[14:03] Customer: [[EMAIL_ADDRESS:deb.okonjo77@gmail.com]]
[14:03] Bot: Thanks, [[PERSON:Deborah]]. Is the pickup address still [[ADDRESS:61 Quarry Hill Road]], [[LOCATION:Tonbridge]] [[ZIP_CODE:TN9 2RS]]?
[14:04] Customer: no I moved, it's [[ADDRESS:Flat 5, 2 Medway Wharf Road]], same town, [[ZIP_CODE:TN9 1RE]]
[14:04] Bot: Got it. The courier can come on [[DATE_TIME:Tuesday 16 July, 8am-1pm]]. Shall I book that?
[14:05] Customer: yes please. and refund to the same card pls, the one ending 3318
[14:05] Bot: Done! You'll get a text on [[PHONE_NUMBER:07833 410 276]] the morning of the pickup.""",
    """Flat hunt 🏠
[[PERSON:Tanvi]]: landlord just replied!! viewing is [[DATE_TIME:Sunday 2nd June at 3]]
[[PERSON:Tanvi]]: address is [[ADDRESS:47 Elmwood Road]], [[LOCATION:Selly Oak]], he said ring the top bell
[[PERSON:Josh]]: amazing. what's his name again
[[PERSON:Tanvi]]: [[PERSON:Mr Kapoor]], number is [[PHONE_NUMBER:07960 882 143]] if we're running late
[[PERSON:Olu]]: can't make 3, I've got my shift till 4. can one of you video call me lol
[[PERSON:Josh]]: yeah I'll facetime you, make sure ur on wifi""",
    """Agent ([[PERSON:Marcus]]): You're through to the card fraud team. Can I take your full name please?
Caller: It's [[PERSON:Patricia Ann Moloney]].
Agent ([[PERSON:Marcus]]): Thank you. And your date of birth?
Caller: [[DATE_TIME:Third of December, nineteen fifty-eight]].
Agent ([[PERSON:Marcus]]): Thanks. I can see three transactions from last night you may not recognise. Can you read me the long number on the card?
Caller: [[CREDIT_CARD:4901 3827 7561 0433]].
Agent ([[PERSON:Marcus]]): That's the one. I'm cancelling it now and a new card will go to [[ADDRESS:12 Ballymoney Road]], [[LOCATION:Coleraine]] [[ZIP_CODE:BT52 1LP]]. Is that right?
Caller: Yes, that's me. Can you call me back on my mobile instead, [[PHONE_NUMBER:07732 019 448]]? The landline's playing up.""",
    """[[PERSON:Nurse Comfort]]: Morning [[PERSON:Mr Alvarez]], it's [[PERSON:Comfort]] from the community nursing team. I'm running about 20 mins behind, will be with you around 10:20.
[[PERSON:Raúl Alvarez]]: No problem. The side gate is open, door code for the key safe is the same.
[[PERSON:Nurse Comfort]]: Lovely. Is your daughter still coming on [[DATE_TIME:Thursday the 8th]] for the diabetes review?
[[PERSON:Raúl Alvarez]]: Yes [[PERSON:Sofía]] will be here. Her number is [[PHONE_NUMBER:07412 660 381]] if you need her.
[[PERSON:Nurse Comfort]]: Perfect, I'll put it on your notes (NHS no. [[ID_NUMBER:829 104 7367]]). See you shortly.""",
    """#general
[[USERNAME:zer0day_kat]]: lmao who keeps teamkilling in the 9pm lobby
[[USERNAME:PixelPanda]]: it's [[USERNAME:GrimReaper_99]] again
[[USERNAME:GrimReaper_99]]: skill issue
[[USERNAME:zer0day_kat]]: bro your real name is [[PERSON:Caleb Foster]] and you live in [[LOCATION:Spokane]], relax
[[USERNAME:mod_ellie]]: @[[USERNAME:zer0day_kat]] posting someone's real name is a doxxing violation, 24h mute. also whoever posted [[IP_ADDRESS:67.185.42.119]] earlier, that's been removed
[[USERNAME:PixelPanda]]: 💀""",
    """Client : Bonjour, je n'arrive plus à me connecter à mon espace locataire.
Conseillère ([[PERSON:Léa]]) : Bonjour ! Pouvez-vous m'indiquer votre nom et votre numéro de locataire ?
Client : [[PERSON:Thierry Mbappé-Ndiaye]], locataire n° [[ID_NUMBER:LOC-0093182]].
Conseillère ([[PERSON:Léa]]) : Merci. Je vois une adresse e-mail [[EMAIL_ADDRESS:t.mbappe.ndiaye@orange.fr]], est-elle toujours valable ?
Client : Non, c'est [[EMAIL_ADDRESS:thierry.ndiaye75@gmail.com]] maintenant.
Conseillère ([[PERSON:Léa]]) : C'est noté. Et l'état des lieux de sortie est bien prévu le [[DATE_TIME:vendredi 28 juin à 9 h 30]] au [[ADDRESS:18 rue de la Roquette, 4e étage]], [[ZIP_CODE:75011]] [[LOCATION:Paris]] ?
Client : Oui, c'est ça.""",
    """Coach [[PERSON:Dana]]: Reminder, registration for the spring season closes Friday. Parents, please check the roster below.
[[PERSON:Aliyu Garba]]: Hi Coach, [[PERSON:Zainab]]'s birthday is wrong on the form, it should be [[DATE_TIME:09/21/2014]] not 2015
Coach [[PERSON:Dana]]: Thanks [[PERSON:Aliyu]], fixed. Can you also send her USA Swimming ID?
[[PERSON:Aliyu Garba]]: It's [[ID_NUMBER:092114ZAIGARB]]
[[PERSON:Megan O'Leary]]: Coach, we moved, new address for [[PERSON:Finn]]'s file is [[ADDRESS:3307 Willow Creek Dr]], [[LOCATION:Fort Collins]] [[ZIP_CODE:80525]]
Coach [[PERSON:Dana]]: Got it, thank you both!""",
    """Student: hi, I applied for the Hardship Fund last week and haven't heard anything
Advisor ([[PERSON:Rob]]): Hi there, happy to check. What's your student number?
Student: [[ID_NUMBER:2318847]]
Advisor ([[PERSON:Rob]]): Thanks, that's [[PERSON:Chloé Nakamura-Price]], BSc Nursing, year 2?
Student: yes that's me
Advisor ([[PERSON:Rob]]): Your application is complete but the bank details failed validation. Can you re-enter the account number and sort code in the portal, or give me the account number here?
Student: account is [[ID_NUMBER:20194837]], sort code 30-94-57
Advisor ([[PERSON:Rob]]): Perfect, updated. The first payment should land by [[DATE_TIME:25 October]]. Anything else?
Student: no that's all, thank you!!""",
]

LOOKALIKE = [
    """Release 10.2.0.14 (build 88213) ships the fix for CVE-2024-31449 and bumps the bundled OpenSSL to 3.0.13. Artifacts: agent-10.2.0.14-x86_64.rpm (sha256 9c1f0e4d7b2a8e63f5d14c09ab7e2f31d8c6a0b45e9f7d2c13a8b6e4f0d95c27) and the container image at registry tag 10.2.0-14. Device serials beginning SN-44A-2023 need the 10.1.9.0 bootloader first. Questions go to release-team@corvid-systems.com or the support line, 1-800-555-0199. The Ada Lovelace build farm will be offline on the night of the upgrade.""",
    """Order #112-4490213-7785021 has shipped! Tracking: 1Z 4W8 6A1 03 9917 2205 (UPS). Items: 2 x SKU BK-ESP-0442 (Breville filter baskets), 1 x SKU DM-1460-BLK-9 (Dr. Martens 1460, UK 9). Invoice INV-2024-0088411 is attached. Delivering to [[PERSON:Priyanka Rao]], [[ADDRESS:19 Gladstone Street]], [[LOCATION:Hamilton]] [[ZIP_CODE:3204]]. Questions? Reply to orders@kiwihomewares.co.nz or call 0800 488 210.""",
    """Reading list for HIST 214: ISBN 978-1-84628-771-8 (call no. 941.081 ASQ), ISBN 978-84-15639-28-2 (946.08 FRA), ISBN 978-3-7530-0271-2 (943.086 HIT) and ISBN 978-2-06-283104-4 (944.04 REV). Copies are on two-hour loan at the Desmond Tutu Reading Room; the Mandela Rhodes collection holds the rest. Hold placed by [[PERSON:Sipho Ndlovu]], student no. [[ID_NUMBER:NDLSIP002]].""",
    """Runbook: if the health check at /status returns 503, restart the service with the new config (schema 2.7.1, OID 1.3.6.1.4.1.52118.3.2). The node UUIDs are 3f7b2c9e-41d0-4e8a-9b65-0c2fa18d7e43 and 8a1d04f6-77c2-4b19-a3e0-5f9b6c2d1e70; their MACs are 52:54:00:3a:9f:c1 and 52:54:00:7e:04:b8. Firmware 4.19.2.110 is the last known good. Escalate to the on-call engineer, [[PERSON:Rhiannon Beddoes]], on [[PHONE_NUMBER:07958 204 613]], not the team alias ops-oncall@ferngrove.io.""",
    """Rechnung Nr. RE-2024-118204 vom 03.05.2024, Bestellnummer 4410-88213, Artikel 7730-0042 (Miele Staubsaugerbeutel, 3 Pakete). USt-IdNr. der Firma: DE298841127, Amtsgericht Köln HRB 88412. Kundennummer: [[ID_NUMBER:K-0482291]]. Lieferung an [[PERSON:Ursula Becker-Hahn]], [[ADDRESS:Rosenweg 5]], [[ZIP_CODE:50858]] [[LOCATION:Köln]]. Bei Fragen erreichen Sie unseren Kundenservice unter 0800 330 4411 oder service@haushaltsdirekt.de; unsere Filiale am Konrad-Adenauer-Platz ist montags geschlossen.""",
    """The [[AGE:67]]-year-old was referred with a resting tremor; Babinski sign negative, Romberg negative, no Kernig sign. The differential includes Parkinson's disease and essential tremor; Alzheimer's and Creutzfeldt-Jakob disease were considered unlikely. A DaTscan is booked and the Hoehn and Yahr stage will be recorded at follow-up. Mini-Mental State score 28/30. Refer back to the Mayo Clinic protocol if the Doppler study is abnormal.""",
    """Settlement note: policy POL-448812-03 and claim CLM-2024-0091 relate to the same loss. Funds were sent via BIC DEUTDEFF500, routing 021000021, to the account ending 4417; the investment leg settled in ISIN US0378331005 (CUSIP 037833100). Reference LEI 549300XKQ4Q8J4U0JM28. The claimant, [[PERSON:Mr. Obinna Eze]], can be reached on [[PHONE_NUMBER:+234 805 331 9027]]; the broker's desk line is +44 20 7946 0000.""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind41", STYLES, OUT)


if __name__ == "__main__":
    main()

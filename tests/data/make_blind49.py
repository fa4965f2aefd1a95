"""Build tests/data/blind49.jsonl: a forty-ninth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind49.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of any other gold set
(no *.jsonl file, and no record list inside another make_*.py script). Only
these were read, to keep the conventions and the file format: the module
docstring and import lines of make_blind22.py (its lines 1-121) and its
closing scaffolding (the STYLES dict and main(), copied below), the whole of
gold_sets.py, and lines 1-64 of make_handwritten.py (its conventions, the
MARK and TITLE_IN_NAME regexes and `parse()`). No git history, log or status
was looked at. The detector, the bench and the tests were never run on this
file. Do not tune the detector against it: once it has been used to tune, it
no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end only
counts them). Card numbers pass Luhn and IBANs pass mod-97 with the right
length for their country (24 for the Czech ones, whose account numbers also
pass the Czech bank's weighted mod-11 check; the Norwegian and Polish BBAN
check digits are right too), worked out by hand-run throwaway code while
writing, not generated here; `gold_sets.check` re-checks cards and IBANs and
refuses a bad one. National ids with a public check digit were given a valid
one the same way: NHS number, Canadian SIN, Aadhaar (Verhoeff), South African
ID (agreeing with the sex and birth date where they show), Australian TFN and
Medicare number, Emirates ID, Irish PPSN, Singapore NRIC / FIN, Dutch BSN,
Brazilian CPF, Spanish DNI / NIE, German tax id (Steuer-ID, ISO 7064 mod
11,10), pension insurance number (Rentenversicherungsnummer, agreeing with
the birth date and birth-name initial) and health insurance number (KVNR),
Czech birth number (rodne cislo, divisible by 11, +50 on the month for women,
agreeing with the birth date and sex), Argentine CUIL / CUIT,
Colombian NIT, New Zealand IRD number, Polish PESEL, Swedish personnummer,
Hong Kong HKID, Israeli ID, Italian codice fiscale; so were the look-alikes
that carry one (ISBN-13). US SSNs (no check digit; none in the 000, 666 or
9xx areas), UK NI numbers (the UK driving licence number does follow the
holder's surname, birth date and initials), Argentine DNI, Colombian cedulas,
PAN (its fourth and fifth letters agree with the holder), Nigerian NIN and
BVN, Kenyan ids and KRA PINs, Ghana cards, Philippine SSS / PhilHealth / TIN
numbers, passports, licences, plates, bank account numbers and staff,
student, alumni, volunteer, member, patient and loyalty numbers were not
checked.

Styles (ids `blind49-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Ireland, Canada, Australia, New Zealand, India,
Singapore, the Philippines, South Africa, Nigeria, Kenya and Ghana contexts,
with names from the many cultures living there); the rest (27 records: 15
gen, 6 bench, 4 table, 1 chat, 1 lookalike) are in Spanish (Argentina,
Colombia), German and Czech:
- `gen` (90): one to four sentences with personal data woven into prose, as
  a third-party LLM writes "realistic sentences with personal data". Extra
  weight on insurance claims after storms, university alumni records, food
  delivery complaints, adoption and foster care, hotel incident reports and
  volunteer registrations (about seven each); the rest spread over banking,
  pharmacy, GP and hospital, legal, schools, HR, retail returns, travel,
  telecoms, government, lettings, gaming, social media, tech support, gyms,
  vets, weddings, funerals, car hire, utilities, parishes, sports clubs,
  immigration, libraries, childcare, dentists, removals, crowdfunding,
  genealogy, parking fines, dating and juries. Names at the start, middle
  and end, lowercase and possessive; ages, dates, addresses, phones and ids
  in many shapes.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd mixed sentences dense with names, job titles, streets with
  building numbers, secondary addresses, IPs, MACs, user agents, card / CVV /
  expiry, IBAN / BIC), gretel-pii-masking-en-v1 (domain documents: claims,
  contracts, medical and loan forms, notices) and Nemotron-PII (JSON, log
  lines, SQL, XML, YAML / config and code snippets, tickets and forms with
  many entity kinds).
- `table` (35): one small table per record rendered as text (CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks), with
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking and invoice references, SKUs, ISBNs, IP-shaped versions, hashes,
  serials, company phones, role mailboxes, eponyms, streets named after
  people with no number), the few real PII values labeled; one has no PII at
  all.

Labeling conventions: the same as make_blind22.py's (and the sets before it);
in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name (Mr, Dr., Dr. med., Prof., Rev., Judge, District
  Judge, Ofc., Smt., Herr, Frau, pani, Don), labeled apart from it; job
  titles (ADA, ingeniera) are not TITLE and family words (mum, Aunty, Lola)
  stay outside. Speakers' names in chats are PERSON.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province and country
  are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates with a day or month, in any shape; a weekday
  or a clock time said with the date is inside the span, a time or weekday
  alone is not; not bare years, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MACs,
  IMEIs, sort codes, BIC / SWIFT, routing numbers, CVVs and expiries, PINs,
  order / ticket / claim / policy / booking / case / tracking references,
  company phones and role mailboxes, versions, hashes, serials, partial
  numbers ("ending 4471"), pets, eponyms and brands named after people,
  named storms, header rows.
- Calls made while writing this set: the date a storm, flood or accident hit
  the person (the date of loss in their claim), the dates of a guest's stay,
  of a person's food order or delivery, a graduation month and a court
  hearing are that person's dates and DATE_TIME; a volunteer, alumni or
  library-card number is ID_NUMBER like a member number, a hotel loyalty
  number too; a room number, a claim, policy, order or agency case reference
  is not labeled; a "last login" or session timestamp of a person's account
  is DATE_TIME, and so is an email's Date header (the letter's date); the
  timestamp heading a log line, a ticket's creation time and an event's
  "ts" field are not; in a table a "sex", "gender", "role", "status" or
  "dept" column stays unlabeled, an "age" column is AGE, a "country",
  "state" or "city" column LOCATION, a "nationality" or "religion" column
  NRP; a building number in its own field ("buildingnumber": "41") is
  ADDRESS, a secondary address field ("Apt. 12") is ADDRESS; an inflected name (Czech "Pavla Stastneho") is PERSON as
  written; a private IP (192.168.x.x) is IP_ADDRESS like a public one; an
  officer's badge number is ID_NUMBER like a staff number; a country field
  holding the country's name is LOCATION; an IMEI is a serial; a GhanaPost
  digital address is ADDRESS.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind49.jsonl")

GEN = [
    # insurance claims after storms
    """After the hailstorm on the night of [[DATE_TIME:June 11th]], our adjuster [[PERSON:Rhonda Pickett]] came out to inspect the roof at [[ADDRESS:2207 Meadowlark Lane]], [[LOCATION:Amarillo]], [[LOCATION:TX]] [[ZIP_CODE:79106]]. The policyholder, [[PERSON:Emmanuel Osei-Bonsu]], asked that any callbacks go to his cell, [[PHONE_NUMBER:806-414-2290]], not the house line.""",
    """Claim HX-2291-STM: insured [[PERSON:Lachlan Fitzgerald]] (DOB [[DATE_TIME:04/09/1971]]) reports that a fallen gum tree crushed the carport at [[ADDRESS:18 Wattle Grove]], [[LOCATION:Lismore]] [[LOCATION:NSW]] [[ZIP_CODE:2480]] in the early hours of [[DATE_TIME:28 February 2022]]. He is staying with his sister [[PERSON:Bronwyn]] on [[PHONE_NUMBER:0428 617 903]] until the power is back on.""",
    """hi there, my name's [[PERSON:tamika brooks]] and Hurricane Ida took half the siding off our house at [[ADDRESS:4410 Elysian Fields Ave]] in [[LOCATION:New Orleans]]. the policy is still in my late husband [[PERSON:Darnell]]'s name so do i need to send his death certificate?? best number is [[PHONE_NUMBER:504.881.3376]]""",
    """Following Storm Arwen, [[PERSON:Mrs Morag Sutherland]] of [[ADDRESS:Craigellachie Cottage, 7 Burnside Road]], [[LOCATION:Huntly]] [[ZIP_CODE:AB54 4RT]] lodged a claim for her flattened greenhouse and the fence she shares with her neighbour, [[PERSON:Mr Ewan Grant]]. She can be reached on [[PHONE_NUMBER:01466 792418]] or at [[EMAIL_ADDRESS:morag.sutherland52@btinternet.com]].""",
    """Typhoon Odette tore the roof off the sari-sari store of [[PERSON:Rowena Dimaculangan]], [[AGE:58]], in [[LOCATION:Barangay Tabunok]], [[LOCATION:Talisay City]], [[LOCATION:Cebu]]. Her son [[PERSON:Jericho]] filed the claim for her on [[DATE_TIME:December 20, 2021]] and gave his own number, [[PHONE_NUMBER:0917 552 0843]].""",
    """Dobrý den, jmenuji se [[PERSON:Zdeňka Pospíšilová]] a dne [[DATE_TIME:24. června 2021]] nám tornádo strhlo střechu domu na adrese [[ADDRESS:Hodonínská 412]], [[ZIP_CODE:696 18]] [[LOCATION:Lužice]]. Číslo pojistné smlouvy je 8830412275, kontaktovat mě můžete na [[PHONE_NUMBER:+420 728 314 906]].""",
    """Nach dem Unwetter vom [[DATE_TIME:14. Juli 2021]] meldete [[PERSON:Jörg Leimbach]] ([[AGE:63]]) den Wasserschaden in seinem Keller in der [[ADDRESS:Ahrweg 9]], [[ZIP_CODE:53474]] [[LOCATION:Bad Neuenahr-Ahrweiler]]. Rückfragen bitte an seine Tochter [[PERSON:Svenja]] unter [[PHONE_NUMBER:0176 4418 2093]].""",
    """Windstorm claim note, [[DATE_TIME:Sept 24, 2022]]: spoke w/ [[PERSON:Gurpreet Dhaliwal]] re siding + shingles at [[ADDRESS:77 Sandpiper Cres]], [[LOCATION:Dartmouth]], [[LOCATION:NS]] [[ZIP_CODE:B2W 6K3]]. Contractor quote to come from [[EMAIL_ADDRESS:g.dhaliwal.home@gmail.com]]; callback [[PHONE_NUMBER:(902) 488-0173]] after 5.""",
    # university alumni records
    """[[PERSON:Adaeze Nwachukwu]] (BSc Computer Science, class of 2014) has updated her alumni profile: she now lives at [[ADDRESS:Flat 12, 88 Kingsland Road]], [[LOCATION:London]] [[ZIP_CODE:E2 8DP]], and her alumni number stays [[ID_NUMBER:ALM-2014-07731]].""",
    """Please update the record for [[TITLE:Rev.]] [[PERSON:Thomas O'Halloran]] (Classics, 1966), who turned [[AGE:80]] on [[DATE_TIME:3 March]]. His new address is [[ADDRESS:St Brendan's Presbytery, 12 Church Street]], [[LOCATION:Ennis]], [[LOCATION:Co. Clare]] [[ZIP_CODE:V95 K2T8]].""",
    """hey, it's [[PERSON:marcus]] from the reunion committee, can you check whether [[PERSON:Jenna Kowalczyk]]'s email is still [[EMAIL_ADDRESS:jkowalczyk03@umich.edu]]? her alumni record says she graduated in [[DATE_TIME:May 2003]] but the mailer bounced""",
    """Alumni Association verification: [[PERSON:Dr. Sandeep Kulkarni]], roll no. [[ID_NUMBER:98ME1043]], batch 1998-2002, mobile [[PHONE_NUMBER:+91 98220 41763]], currently in [[LOCATION:Pune]]; registered for the silver jubilee meet on [[DATE_TIME:16 December 2027]].""",
    """The alumni office has been told of a bequest from the estate of [[PERSON:Margaret Ellen Whitcombe]] (BA 1957, born [[DATE_TIME:9 August 1935]]). The executor is her nephew, [[PERSON:Graham Whitcombe]] of [[LOCATION:Ballarat]], who asked that letters go to [[ADDRESS:PO Box 1184]], [[LOCATION:Ballarat]] [[LOCATION:VIC]] [[ZIP_CODE:3353]].""",
    """[[PERSON:Wanjiru Kamau]], who completed her MBA in [[DATE_TIME:November 2016]], asked that alumni mail go to [[ADDRESS:P.O. Box 48213]] - [[ZIP_CODE:00100]], [[LOCATION:Nairobi]] rather than her office. Her registration number was [[ID_NUMBER:D61/80417/2014]].""",
    """Egresados: la ingeniera [[PERSON:Luisa Fernanda Restrepo Vélez]], cédula [[ID_NUMBER:43.876.215]], de la promoción de [[DATE_TIME:diciembre de 2008]], actualizó su correo a [[EMAIL_ADDRESS:lfrestrepo.velez@gmail.com]] y su celular a [[PHONE_NUMBER:+57 314 728 0561]]; ahora vive en [[LOCATION:Envigado]], [[LOCATION:Antioquia]].""",
    # food delivery complaints
    """My order never arrived and the app says it was "handed to customer" at 9:14pm. I'm [[PERSON:Sofia Marchetti]], the delivery address is [[ADDRESS:Apt 5C, 310 Ocean Parkway]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11218]], and the charge went on my card ending 4471. Order #DD-88213904.""",
    """Third time this month the driver has left our food at the wrong door. We're [[ADDRESS:14B Harcourt Terrace]], [[LOCATION:Dublin 2]], not 14A, so please tell whoever delivers from the Golden Wok on [[DATE_TIME:Friday 8 March]] to ring [[PERSON:Aoife]] on [[PHONE_NUMBER:087 219 4438]] when they're outside.""",
    """Complaint from [[PERSON:Babajide Ogunleye]] ([[PHONE_NUMBER:0803 412 7765]]): the jollof rice delivered to [[ADDRESS:23 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]] was cold, and the rider, [[PERSON:Sunday]], demanded an extra N1,500 for fuel before handing it over.""",
    """to whoever reads these, i ordered a chicken katsu on [[DATE_TIME:12/01 at 19:40]] and got the veggie one with mushrooms, which i'm allergic to. account email is [[EMAIL_ADDRESS:hollie.p.whitfield@outlook.com]], name on the account [[PERSON:hollie whitfield]]. refund please""",
    """Refund request for [[PERSON:Nguyen Thi Lan]]: two bubble teas never arrived at [[ADDRESS:Unit 7/41 Hopkins St]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]]. She'd rather we call [[PHONE_NUMBER:0403 118 552]] than email, and her daughter [[PERSON:Kim]] may pick up.""",
    """Beschwerde von [[PERSON:Aylin Demir]]: Ihre Bestellung vom [[DATE_TIME:Samstag, 2. März, 20:15 Uhr]] kam erst nach zwei Stunden, die Pizza war kalt und der Fahrer hat im falschen Haus geklingelt ([[ADDRESS:Weserstraße 48, Hinterhaus, 3. OG]], [[ZIP_CODE:12045]] [[LOCATION:Berlin]]). Gutschrift bitte an [[EMAIL_ADDRESS:aylin.demir@posteo.de]].""",
    """Customer [[PERSON:Tyler Blackhorse]] says his poutine went to [[ADDRESS:1218 Pembina Hwy]] instead of his place at [[ADDRESS:1281 Pembina Hwy]], [[LOCATION:Winnipeg]], and he wants the $23.40 put back on his Visa, [[CREDIT_CARD:4127 1889 0033 6150]].""",
    """Hola, soy [[PERSON:Florencia Bustamante]]. Pedí empanadas el [[DATE_TIME:jueves 11 a las 21:30]] para [[ADDRESS:Av. Corrientes 3421, piso 5, depto. B]], [[LOCATION:CABA]], y llegaron 6 de las 12. El repartidor no atendía; mi cel es [[PHONE_NUMBER:11 5938-2047]]. Quiero que me devuelvan la plata.""",
    # adoption and foster care
    """[[PERSON:Keisha]] and [[PERSON:Andre Whitlock]] were approved as foster carers on [[DATE_TIME:17 October 2023]], and their first placement, a [[AGE:6]]-year-old boy called [[PERSON:Riley]], moved into their home at [[ADDRESS:9 Larkspur Way]], [[LOCATION:Swindon]] [[ZIP_CODE:SN25 2HJ]] the following week.""",
    """The home study for [[PERSON:Daniel]] and [[PERSON:Rachel Feldstein]] is set for [[DATE_TIME:Tuesday, April 9 at 10 a.m.]] Please have [[PERSON:Rachel]]'s Massachusetts license number ([[US_DRIVER_LICENSE:S48213977]]) and [[PERSON:Daniel]]'s SSN ([[US_SSN:231-74-9958]]) ready for the background check; as [[NRP:Jewish]] applicants they asked the agency about kosher arrangements for visits.""",
    """CARA registration for prospective adoptive parents [[PERSON:Arjun Mehta]] ([[AGE:41]]) and [[PERSON:Deepa Krishnan-Mehta]] ([[AGE:38]]) of [[ADDRESS:B-204, Lodha Aqua]], [[LOCATION:Mira Road East]], [[LOCATION:Thane]] [[ZIP_CODE:401107]]. Applicant's Aadhaar [[ID_NUMBER:4873 2915 0624]], PAN [[ID_NUMBER:BXKPM4821R]].""",
    """Visit note: I saw [[PERSON:Jayden]] ([[AGE:14]]) at his foster home with [[PERSON:Mrs. Loretta Beaulieu]] in [[LOCATION:Sudbury]] on [[DATE_TIME:Jan. 30]]. He'd like to see his birth mother, [[PERSON:Crystal Moosomin]], more often; her new number is [[PHONE_NUMBER:705-586-3312]].""",
    """[[PERSON:Ms Thandiwe Dlamini]] (ID [[ID_NUMBER:9309070341082]]) has applied to foster her late cousin's two children, [[PERSON:Sipho]] ([[AGE:9]]) and [[PERSON:Ayanda]] ([[AGE:4]]). The children's court hearing in [[LOCATION:Pietermaritzburg]] is set down for [[DATE_TIME:3 June 2024]].""",
    """Pěstounka [[TITLE:paní]] [[PERSON:Kristýna Bartošová]] z [[LOCATION:Olomouce]] převzala dne [[DATE_TIME:5. 9. 2022]] do péče [[AGE:3]]letou [[PERSON:Nikolu]]. Kontakt na pěstounku: [[PHONE_NUMBER:603 218 447]], [[EMAIL_ADDRESS:k.bartosova@seznam.cz]].""",
    """Caregiver application: [[PERSON:Aroha Ngata]] and her partner [[PERSON:Tevita Fifita]] of [[ADDRESS:52 Kowhai Street]], [[LOCATION:Ōtara]], [[LOCATION:Auckland]] [[ZIP_CODE:2023]]. Aroha's IRD number is [[ID_NUMBER:049-821-352]] and her mobile [[PHONE_NUMBER:021 448 9031]].""",
    # hotel incident reports
    """Incident report, night shift: at about 02:40 the guest in room 1108, [[PERSON:Mr. Hamid Rahimi]], reported his laptop missing from the room safe. Home address on file: [[ADDRESS:3318 Glenhaven Dr]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75023]]; mobile [[PHONE_NUMBER:+1 469 227 8814]]. Duty manager [[PERSON:Celeste Ambrose]] called the police.""",
    """Slip by the pool on [[DATE_TIME:18/07/2023 at 16:05]]: [[PERSON:Mrs Patricia Onyango]], [[AGE:67]], staying with us from [[DATE_TIME:15/07]] to [[DATE_TIME:22/07]], was seen by our first-aider [[PERSON:Liam Doherty]] and driven to A&E by her son [[PERSON:Brian]]. Loyalty no. [[ID_NUMBER:HG 4471 0928 3]].""",
    """Security log: [[PERSON:Lim Wei Jie]] (NRIC [[ID_NUMBER:S8427193D]]) was found asleep in the level 14 corridor after the bar closed and was walked back to his room; his wife, [[PERSON:Tan Hui Min]], confirmed the booking by phone from [[PHONE_NUMBER:+65 9734 2281]].""",
    """Vorfallbericht: [[TITLE:Frau]] [[PERSON:Katharina Schöller]], Anreise [[DATE_TIME:04.10.2024]], meldete um 23:10 Uhr Lärm aus dem Nachbarzimmer. Der Gast dort, [[TITLE:Herr]] [[PERSON:Lukas Brandstätter]] aus [[LOCATION:Graz]], wurde von der Nachtschicht ermahnt.""",
    """Lost property: the wallet of [[PERSON:Chukwuemeka Obi]], who checked out on [[DATE_TIME:19 May 2024]], was handed in at the marina lobby. It holds his driving licence [[ID_NUMBER:LAG48213AA91]] and a Mastercard, [[CREDIT_CARD:5299 3100 4475 1834]]; we have emailed him at [[EMAIL_ADDRESS:emeka.obi@yahoo.co.uk]].""",
    """Guest [[PERSON:Winona Yazzie]] ([[EMAIL_ADDRESS:wyazzie.nm@gmail.com]]) says housekeeping walked into room 209 while she was in the shower on the morning of [[DATE_TIME:Oct 3]]. She wants the attendant's name, which per policy we gave only to the GM, [[PERSON:Raymond Colletti]].""",
    """Reporte de incidente: la huésped [[PERSON:Yuliana Mosquera Palacios]], C.C. [[ID_NUMBER:1.144.062.387]], se resbaló en la escalera del hotel en [[LOCATION:Cartagena]] el [[DATE_TIME:12 de enero a las 7:45 p. m.]] y la atendió el paramédico [[PERSON:Hernán Zuluaga]]. Contacto de emergencia: su hermano [[PERSON:Jhon Jairo]], [[PHONE_NUMBER:+57 300 614 2278]].""",
    # volunteer registrations
    """Volunteer sign-up: [[PERSON:Oluwaseun Adeyemi]], [[AGE:22]], second-year nursing student, free at weekends; lives at [[ADDRESS:41 Rosebery Avenue]], [[LOCATION:Manchester]] [[ZIP_CODE:M14 5TQ]]. Emergency contact [[PERSON:Funmi Adeyemi]] (mum), [[PHONE_NUMBER:07831 226904]].""",
    """Thanks for signing up for the beach clean-up on [[DATE_TIME:Saturday 22 June]], [[PERSON:Leilani]]! We have you down as [[PERSON:Leilani Kahale]], shirt size M, phone [[PHONE_NUMBER:(808) 294-6615]]. Meet at the lifeguard tower at [[LOCATION:Ala Moana]] at 7am.""",
    """New volunteer at the St Vincent's pantry: [[PERSON:Fatima Zahra Benali]], [[AGE:34]], speaks Arabic and French, registered on [[DATE_TIME:2/14/24]] with volunteer ID [[ID_NUMBER:V-20331]]. She prefers texts at [[PHONE_NUMBER:617-448-2093]] and won't be available during Ramadan.""",
    """[[PERSON:Parveen Akhtar]] and her cousin [[PERSON:Imran Chaudhry]] have signed up as water-station volunteers; both gave the same email, [[EMAIL_ADDRESS:parveen.imran.fam@gmail.com]], and Imran's date of birth as [[DATE_TIME:31-12-2008]], so please check he is over 16 before the race.""",
    """Registrace dobrovolníka: [[PERSON:Vojtěch Novotný]], nar. [[DATE_TIME:22. 8. 1995]], rodné číslo [[ID_NUMBER:950822/3769]], bydliště [[ADDRESS:Kounicova 38]], [[ZIP_CODE:602 00]] [[LOCATION:Brno]], telefon [[PHONE_NUMBER:+420 777 412 908]]. Má zájem pomáhat v azylovém domě o víkendech.""",
    """Inscripción de voluntarios, comedor de [[LOCATION:Villa Lugano]]: [[PERSON:Matías Sosa]], DNI [[ID_NUMBER:41.087.352]], [[AGE:24]] años, domicilio en [[ADDRESS:Murguiondo 4120]], [[LOCATION:CABA]]; WhatsApp [[PHONE_NUMBER:+54 9 11 6204-3381]]. Puede venir los sábados.""",
    """Volunteer registration: [[PERSON:Maria Clara Santos]], [[AGE:29]], registered nurse from [[LOCATION:Marikina]]; SSS no. [[ID_NUMBER:34-2817705-3]], mobile [[PHONE_NUMBER:0918 227 4615]], available for deployment from [[DATE_TIME:Nov. 4]].""",
    # spread widely
    """[[PERSON:Siobhán Ní Bhriain]] rang to say her debit card was kept by an ATM in [[LOCATION:Galway]] on [[DATE_TIME:Monday the 4th]]. She wants the new one sent to [[ADDRESS:6 Lower Salthill Road]], not her old flat, and any refund paid to [[IBAN_CODE:IE60 BOFI 9013 8443 0198 27]].""",
    """Prescription ready for [[TITLE:mr]] [[PERSON:jun-ho park]], NHS no. [[ID_NUMBER:943 476 5919]], date of birth [[DATE_TIME:23/11/1990]]. Please collect after 2pm and bring photo ID.""",
    """[[PERSON:Dr Amara Okafor]] has referred [[PERSON:Kwame Boateng]] ([[AGE:52]], DOB [[DATE_TIME:1972-03-08]]) for an echocardiogram; his appointment is [[DATE_TIME:Thursday 14 March 2024, 09:20]], and the hospital will text [[PHONE_NUMBER:07456 218 330]] the day before.""",
    """Our client, [[PERSON:Dmitri Volkov]], was served the eviction notice on [[DATE_TIME:March 2, 2024]] at [[ADDRESS:1450 N Lake Shore Dr, Apt 2207]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60610]]; the hearing before [[TITLE:Judge]] [[PERSON:Patricia Navarro]] is on [[DATE_TIME:April 16]].""",
    """Hi, this is [[PERSON:Ana Kovačević]], mum of [[PERSON:Mia]] in Year 4. Mia has a dentist appointment on [[DATE_TIME:Wed 6 Nov at 11:15]], so I'll collect her from reception at 10:45. If anything comes up please ring me on [[PHONE_NUMBER:07912 448301]].""",
    """Welcome aboard, [[PERSON:Rohan]]! To finish your payroll set-up we still need your TFN ([[ID_NUMBER:459 631 081]]), your super fund details and a copy of your visa. Your start date is confirmed as [[DATE_TIME:Monday 3 February]].""",
    """Return authorised for [[PERSON:Chen Wei]]: refund of the jacket to the card it was paid with (Amex [[CREDIT_CARD:3782 941503 62013]]). The return label went to [[EMAIL_ADDRESS:chenwei.sg@hotmail.com]], and the courier will collect from [[ADDRESS:Blk 412 Ang Mo Kio Ave 10, #08-1142]], [[LOCATION:Singapore]] [[ZIP_CODE:560412]].""",
    """Passenger [[PERSON:Priyanka Venkatesh]] (passport [[ID_NUMBER:Z4829175]]) missed her connection in [[LOCATION:Doha]] and was rebooked on the next flight out; her husband [[PERSON:Karthik]] called from [[PHONE_NUMBER:+91 98450 27716]] about hotel vouchers.""",
    """I want to port my number [[PHONE_NUMBER:0722 418 903]] to the new network but the shop says the line is registered under my brother [[PERSON:Ochieng Otieno]]'s ID, [[ID_NUMBER:28471093]], not mine. I'm [[PERSON:Akinyi Otieno]] and I've used this number for six years.""",
    """Your application for a replacement Social Security card has been received, [[PERSON:Ms. Marisol Vega]]. We will mail it to [[ADDRESS:2914 W Roosevelt St]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85009]] within 14 business days; the number on file ends in 7730.""",
    """Viewing booked: [[PERSON:Hamish McAllister]] and [[PERSON:Gwen Pritchard]] will see the two-bed at [[ADDRESS:Flat 2/1, 19 Hyndland Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G12 9UY]] on [[DATE_TIME:Saturday 9th at 11am]]. Gwen's number is [[PHONE_NUMBER:07700 934218]].""",
    """Ban appeal from [[USERNAME:xXshadowfoxXx]]: the player says they're [[PERSON:Callum Reid]], [[AGE:15]], and that their older brother used the account from [[IP_ADDRESS:86.142.77.19]] without asking.""",
    """Follow my baking page @[[USERNAME:bakeswithbisi]] or email me at [[EMAIL_ADDRESS:bisi.adebayo.bakes@gmail.com]]. I'm [[PERSON:Bisi]], a [[NRP:Nigerian-British]] mum of three in [[LOCATION:Croydon]], and I take cake orders for weekends.""",
    """Ticket from [[PERSON:Yuki Tanaka]] ([[EMAIL_ADDRESS:y.tanaka@kitahara-design.jp]]): the VPN drops every ten minutes since the update. Her laptop shows [[IP_ADDRESS:192.168.1.47]] locally and [[IP_ADDRESS:126.74.210.9]] as its public address.""",
    """[[PERSON:DeShawn Carter]] froze his membership from [[DATE_TIME:July 1]] to [[DATE_TIME:August 15]] after knee surgery; member #[[ID_NUMBER:40917732]], no fees during the freeze.""",
    """Reminder: Biscuit the beagle is due for his booster on [[DATE_TIME:14 May at 4.30pm]]. Owner: [[PERSON:Rosalind Pryce]], [[PHONE_NUMBER:029 2048 6613]]. Please keep him off food for two hours beforehand.""",
    """Hi [[PERSON:Ifeoma]] and [[PERSON:Tobi]]! Your wedding at the Lakeside Barn is confirmed for [[DATE_TIME:Saturday, September 20, 2025]]. Please send the final guest list and dietary needs to [[PERSON:Harriet]] at events@lakesidebarn.co.uk.""",
    """The funeral of [[PERSON:Eileen Margaret Doyle]] (née [[PERSON:Cassidy]]), late of [[ADDRESS:12 Ardee Road]], [[LOCATION:Rathmines]], who died peacefully on [[DATE_TIME:8th January 2024]] aged [[AGE:91]], will take place on [[DATE_TIME:Friday 12th January at 11am]]. House private.""",
    """Rental agreement: hirer [[PERSON:Agnieszka Wójcik]], Polish licence [[ID_NUMBER:01842/19/1204]], PESEL [[ID_NUMBER:89071403620]], pick-up at Edinburgh Airport on [[DATE_TIME:12 Aug 2024, 08:30]], return [[DATE_TIME:19 Aug]]. Deposit held on [[CREDIT_CARD:4716 0955 8201 3345]].""",
    """Meter reading booked for [[PERSON:Nomvula Khumalo]] at [[ADDRESS:14 Jacaranda Street]], [[LOCATION:Kensington]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2094]]; she asked the technician to phone [[PHONE_NUMBER:082 451 7730]] from the gate.""",
    """Parish notices: congratulations to [[PERSON:Joseph Mwangi]] and [[PERSON:Grace Wambui]], whose banns are read for the first time this Sunday. Anyone able to help with the reception can call Grace on [[PHONE_NUMBER:0711 903 442]].""",
    """U12 registration: [[PERSON:Aiden O'Sullivan]], DOB [[DATE_TIME:02.05.2013]], parent/guardian [[PERSON:Niamh O'Sullivan]], [[EMAIL_ADDRESS:niamhos@eircom.net]]. Medical: asthma, inhaler kept in kit bag.""",
    """[[PERSON:Ahmad Siddiqui]], an [[NRP:Afghan]] national born on [[DATE_TIME:1 January 1989]] in [[LOCATION:Herat]], has been granted leave to remain. His Home Office reference is S1203847 and his residence permit number is [[ID_NUMBER:ZU4830192]].""",
    """Overdue notice: library card [[ID_NUMBER:21982003418827]], held by [[PERSON:Harriet Leung]] of [[ADDRESS:56 Cumberland Street]], [[LOCATION:Dunedin]] [[ZIP_CODE:9016]]. Three items, including The Bone People, were due back on [[DATE_TIME:5 March]].""",
    """Pick-up authorisation: only [[PERSON:Marguerite Lefebvre]] (grandmother) or [[PERSON:Olivier]] may collect [[PERSON:Élodie]] from daycare. Marguerite's photo ID is her Quebec licence, [[ID_NUMBER:L1642-180457-03]].""",
    """hey its [[PERSON:rahul]] from the clinic, just confirming ur cleaning w/ [[TITLE:dr.]] [[PERSON:okonkwo]] on [[DATE_TIME:thurs 23rd @ 4:30]], reply Y to confirm or N to move it""",
    """Quote request from [[PERSON:Kateryna Bondar]]: moving from [[ADDRESS:88 Bathurst St, Unit 1412]], [[LOCATION:Toronto]] [[ZIP_CODE:M5V 0B4]] to [[LOCATION:Calgary]] on or around [[DATE_TIME:June 28]]. She's [[NRP:Ukrainian]], arrived from [[LOCATION:Kharkiv]] two years ago, and wants a French- or Ukrainian-speaking crew if possible.""",
    """Please help [[PERSON:Sione Taufa]] get home to [[LOCATION:Tonga]] for his father's funeral. You can give straight into his account, [[ID_NUMBER:06-0229-0418827-00]], or message him on [[URL:facebook.com/sione.taufa.73]].""",
    """My great-grandmother [[PERSON:Bridget Mahony]] was born on [[DATE_TIME:17 March 1889]] in [[LOCATION:Skibbereen]] and left for [[LOCATION:Boston]] in 1907. If anyone has records of her, email me at [[EMAIL_ADDRESS:kmahony.genealogy@gmail.com]]. [[PERSON:Kevin]]""",
    """A Penalty Charge Notice has been sent to the registered keeper of [[ID_NUMBER:LR19 KXV]], [[PERSON:Mr Aled Griffiths]], [[ADDRESS:3 Heol y Nant]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HN]], for parking in a loading bay on [[DATE_TIME:27/09/2024 at 13:52]].""",
    """hey I'm [[PERSON:Jess]], [[AGE:27]], [[NRP:Catholic]] but not super strict lol, living in [[LOCATION:Brisbane]]. snap me at [[USERNAME:jess.rmcd]] if u wanna chat""",
    """Medicare beneficiary [[PERSON:Robert]] "[[PERSON:Bobby]]" [[PERSON:Kincaid]], [[AGE:74]], of [[LOCATION:Knoxville]], [[LOCATION:Tennessee]], disputes the denial of his knee replacement claim. His SSN is [[US_SSN:412-58-7730]], and his daughter [[PERSON:Lisa Kincaid-Moore]] holds power of attorney.""",
    """Jury summons: [[PERSON:Ngozi Eze]] of [[ADDRESS:27 Wexford Close]], [[LOCATION:Luton]] [[ZIP_CODE:LU3 2QP]] is required to attend the Crown Court on [[DATE_TIME:Monday 10 June 2024 at 9.30am]] for a period of two weeks.""",
    """Congratulations, [[PERSON:Aisha Bello]]! You have been awarded an entrance scholarship for 2024/25. Please confirm your student number ([[ID_NUMBER:230481127]]) and date of birth ([[DATE_TIME:19 April 2005]]) by replying to this email.""",
    """I have known [[PERSON:Mohammed Al-Farsi]] since he joined our team on [[DATE_TIME:1 September 2019]] as a junior analyst, and he has been reliable throughout. Do call me on [[PHONE_NUMBER:+44 20 7946 0381]] if you need anything further. [[PERSON:Claire Hebden]]""",
    """We blocked a payment of £1,249.00 from the account of [[PERSON:Mr D. Llewellyn]] to [[IBAN_CODE:GB48 SRLG 6083 7148 8302 15]]; the login came from [[IP_ADDRESS:41.203.72.118]], not from his usual device in [[LOCATION:Aberystwyth]].""",
    """Household: [[PERSON:Rangi Parata]] ([[AGE:45]]), [[PERSON:Mere Parata]] ([[AGE:43]]) and their mokopuna [[PERSON:Kahu]] ([[AGE:7]]), all at [[ADDRESS:118 Te Rapa Road]], [[LOCATION:Hamilton]].""",
    """Liebe [[PERSON:Friederike]], ich habe deine neue Adresse ([[ADDRESS:Am Kirchberg 3]], [[ZIP_CODE:79117]] [[LOCATION:Freiburg im Breisgau]]) an die Personalabteilung weitergegeben. Sie brauchen noch deine Steuer-ID [[ID_NUMBER:57 103 846 254]] und die IBAN [[IBAN_CODE:DE05 8605 5592 0190 6774 81]]. Viele Grüße, [[PERSON:Maren]]""",
    """[[PERSON:Mehmet Yılmaz]], geboren am [[DATE_TIME:3. September 1991]] in [[LOCATION:Gelsenkirchen]], hat seinen Termin beim Bürgeramt auf den [[DATE_TIME:12.11.2024, 8:40 Uhr]] verschoben und bittet um Rückruf unter [[PHONE_NUMBER:0209 417 2285]].""",
    """[[TITLE:Paní]] [[PERSON:Lucie Šťastná]], nar. [[DATE_TIME:12. 3. 1985]], RČ [[ID_NUMBER:855312/4184]], požádala o převod účtu [[ID_NUMBER:2764183504/0800]] na manžela [[PERSON:Pavla Šťastného]].""",
    """Soy [[PERSON:Nicolás Ferraro]], CUIL [[ID_NUMBER:20-29561438-3]]. Escribo por mi viejo, [[PERSON:Héctor]], de [[AGE:78]] años, que vive en [[ADDRESS:Calle 12 N° 1547]], [[LOCATION:La Plata]] y no puede ir a la oficina. Mi mail es [[EMAIL_ADDRESS:nico.ferraro82@hotmail.com.ar]].""",
    """Buenas tardes, mi nombre es [[PERSON:Andrés Felipe Ospina Gallego]] y quiero reportar que mi tarjeta [[CREDIT_CARD:4556 7321 5098 4415]] fue clonada; la última compra que sí hice fue el [[DATE_TIME:3 de abril]] en [[LOCATION:Pereira]]. Mi cédula es [[ID_NUMBER:1.037.594.228]] y mi celular [[PHONE_NUMBER:311 584 2290]].""",
    """[[PERSON:Harold Fenwick]], [[AGE:84]], a widower living alone at [[ADDRESS:2 Orchard Cottages]], [[LOCATION:Little Snoring]], [[LOCATION:Norfolk]] [[ZIP_CODE:NR21 0HY]], has his pension paid into account [[ID_NUMBER:41873302]]; his National Insurance number is [[ID_NUMBER:JT 48 21 93 C]].""",
    """My driver [[PERSON:Kofi]] was lovely but the app charged me twice. Rider account [[EMAIL_ADDRESS:saoirse.kav@gmail.com]], trip from [[ADDRESS:240 Bay Street]] to Pearson on [[DATE_TIME:Nov 14 around 6am]]. Thanks, [[PERSON:Saoirse Kavanagh]]""",
    """Visitor log: [[PERSON:Bongani Zulu]] visited [[PERSON:Lerato Mokoena]] (hospital no. [[ID_NUMBER:CHB-0048213]]) in Ward 21 on [[DATE_TIME:2024-02-11 at 15:10]] and gave his ID number as [[ID_NUMBER:8802145127081]].""",
    """[[PERSON:Jasmine Tran]]'s FAFSA lists her parents' address as [[ADDRESS:6021 Bolsa Ave]], [[LOCATION:Westminster]], [[LOCATION:CA]] [[ZIP_CODE:92683]] and her birth date as [[DATE_TIME:Aug 30, 2006]], but the SSN she entered, [[US_SSN:604-22-1387]], didn't match SSA records.""",
]

BENCH = [
    # ai4privacy-style mixed sentences
    """Dear [[PERSON:Ms. Delphine Okonkwo-Hart]], as Senior Integration Architect your access badge has been reissued. Please confirm your new desk at [[ADDRESS:4417 Brookside Terrace]], [[ADDRESS:Suite 310]], [[LOCATION:Ashford]], [[LOCATION:Kent]] [[ZIP_CODE:TN23 1AL]] and the laptop MAC 3c:22:fb:91:0e:47 registered from [[IP_ADDRESS:81.174.20.233]].""",
    """Transaction alert: card [[CREDIT_CARD:5167-3290-4417-2089]] (exp 09/27, CVV 412) was used by [[PERSON:Rafael Quintero]] at 14:03 from Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1. A copy of this alert went to [[EMAIL_ADDRESS:r.quintero77@protonmail.com]].""",
    """[[PERSON:Ingrid Solberg]], [[AGE:44]], female, Chief Wellbeing Officer, requests a transfer of 12,400 NOK to [[IBAN_CODE:NO52 1503 4872 616]] (BIC DNBANOKKXXX). Username [[USERNAME:isolberg_84]], password Kx9!mPz2#qq.""",
    """Hi [[PERSON:Tevin]], your prescription delivery to [[ADDRESS:908 Magnolia Crossing]], [[ADDRESS:Apt. 12]], [[LOCATION:Savannah]], [[LOCATION:Georgia]] [[ZIP_CODE:31405]] is scheduled for [[DATE_TIME:03/18/2024]]. We will text [[PHONE_NUMBER:+1-912-634-0185]] when the driver is 10 minutes away.""",
    """Audit: user [[USERNAME:h.mbeki]] ([[EMAIL_ADDRESS:hlengiwe.mbeki@ctlogistics.co.za]]) signed in from [[IP_ADDRESS:2c0f:f4c0:1284:9a3e::17]] on [[DATE_TIME:2024-05-02 07:41:09]]; previous session from [[IP_ADDRESS:196.21.242.50]]. Account holder DOB [[DATE_TIME:1990/11/23]].""",
    """Our Lead Tax Consultant, [[PERSON:Mr. Ebenezer Quaye]], will review the file of [[PERSON:Akosua Mensah]] (Ghana Card [[ID_NUMBER:GHA-721849305-4]]) at the [[LOCATION:Kumasi]] office on [[DATE_TIME:22nd August]]; she should bring the receipt for GH₵ 2,340.""",
    """Please update payroll: employee [[PERSON:Nikhil Bhattacharya]], staff no. [[ID_NUMBER:EMP-300481]], job area Infrastructure, new account [[IBAN_CODE:GB71 MONZ 0400 0459 0277 36]], BIC MONZGB2L, from his next payslip. Height 178 cm, eye colour brown, gender male.""",
    """[[PERSON:Precious Ndlovu]] from [[LOCATION:Bulawayo]] sent 0.0043 BTC for the workshop and asked that the receipt go to [[EMAIL_ADDRESS:precious.ndlovu@zol.co.zw]]; the handset used for the payment, IMEI 35-209900-176148-1, was flagged for review.""",
    """[[PERSON:Ms. Tahlia Brennan]]'s grey Mazda CX-5, registration [[ID_NUMBER:BX74 YTR]], was clamped outside [[ADDRESS:61 Victoria Parade]], [[LOCATION:Torquay]] [[ZIP_CODE:TQ1 2BB]]. She disputes it through her council portal account, [[USERNAME:tahliab_torbay]].""",
    """Reference: [[PERSON:Olamide Fashola]], Forward Branding Orchestrator, worked remotely from [[ADDRESS:Flat 4, 12 Cheltenham Crescent]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 2QS]] on the company laptop (MAC 00:1B:44:11:3A:B7, VPN IP [[IP_ADDRESS:10.44.2.118]]) from [[DATE_TIME:March 2021]] until [[DATE_TIME:June 2023]].""",
    """Subscription renewal for [[USERNAME:quietstorm_91]]: charged to Discover [[CREDIT_CARD:6011 0072 9488 3516]], expiry 11/26, billing ZIP [[ZIP_CODE:98103]]. Cardholder [[PERSON:Malia Tuilagi]], [[PHONE_NUMBER:206-551-7720]].""",
    """The account [[IBAN_CODE:CH23 0483 5097 4812 1100 0]] belongs to [[PERSON:Dr. Anouk Vermeulen]], a [[NRP:Dutch]] citizen living at [[ADDRESS:Seefeldstrasse 214]], [[ZIP_CODE:8008]] [[LOCATION:Zürich]]; her BSN is [[ID_NUMBER:207153863]].""",
    """Kindly note the new billing address for [[PERSON:Barnaby Whitlock-Jones]]: [[ADDRESS:Apartment 9]], [[ADDRESS:220 Quayside]], [[LOCATION:Newcastle upon Tyne]], [[ZIP_CODE:NE1 3DX]]. Payment method JCB [[CREDIT_CARD:3530 1194 4820 5733]], CVV 071, valid thru 02/28.""",
    """[[PERSON:Yusuf Demirci]], [[AGE:31]], Direct Security Specialist from [[LOCATION:Bursa]], writes from [[EMAIL_ADDRESS:ydemirci@ogrenci.uludag.edu.tr]] and signs in as [[USERNAME:ydemirci31]] from [[IP_ADDRESS:88.243.17.204]] with Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0.""",
    """Birthday voucher for [[PERSON:Hana Kobayashi-Reyes]], born [[DATE_TIME:29/02/1996]], posted to [[ADDRESS:17 Elm Row]], [[ADDRESS:2nd floor]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH7 4AA]]; linked loyalty number [[ID_NUMBER:LC-88140273]].""",
    """Account name: Savings. Account number [[ID_NUMBER:84120937]], holder [[PERSON:Ruairí Mac Giolla]], amount €3,210.55, currency EUR, IBAN [[IBAN_CODE:IE80 AIBK 9335 2217 6044 81]], BIC AIBKIE2D, PIN 4471.""",
    """[[PERSON:Garrett Lindqvist]] (SSN [[US_SSN:529-31-0846]]) moved from [[ADDRESS:1102 Prairie View Rd]], [[LOCATION:Sioux Falls]], [[LOCATION:SD]] [[ZIP_CODE:57106]] to [[ADDRESS:45 Harbor Point Blvd]], [[ADDRESS:Unit 6]], [[LOCATION:Duluth]], [[LOCATION:MN]] [[ZIP_CODE:55802]] on [[DATE_TIME:9/1/2023]].""",
    """KYC update: [[TITLE:Smt.]] [[PERSON:Lakshmi Narayanan]], Aadhaar [[ID_NUMBER:3582 0641 9172]], mobile [[PHONE_NUMBER:+91-94440-18273]], [[ADDRESS:Old No. 14, New No. 27, 3rd Cross Street]], [[LOCATION:Mylapore]], [[LOCATION:Chennai]] [[ZIP_CODE:600004]]; occupation Retired Headmistress.""",
    """Tenancy for [[PERSON:Muthu Kumar s/o Rajendran]], FIN [[ID_NUMBER:F2459981R]], at [[ADDRESS:31 Jurong West Street 41, #12-07]], [[LOCATION:Singapore]] [[ZIP_CODE:640031]], from [[DATE_TIME:1 July 2024]]; rent paid by GIRO, contact [[PHONE_NUMBER:8412 6637]].""",
    """Employee 201 file: [[PERSON:Jose Miguel Dela Cruz]], TIN [[ID_NUMBER:418-230-775-000]], PhilHealth [[ID_NUMBER:12-050418827-3]], address [[ADDRESS:Blk 9 Lot 22, Phase 3]], [[LOCATION:Brgy. San Isidro]], [[LOCATION:Cainta]], [[LOCATION:Rizal]] [[ZIP_CODE:1900]], mobile [[PHONE_NUMBER:+63 917 845 2103]].""",
    """Client [[PERSON:Chan Ka-wing]] (HKID [[ID_NUMBER:K418302(9)]]), [[ADDRESS:Flat B, 18/F, Wing Fat Mansion, 33 Tung Chau Street]], [[LOCATION:Sham Shui Po]], [[LOCATION:Kowloon]], tel [[PHONE_NUMBER:+852 6123 4810]], Relationship Manager: Senior Wealth Associate.""",
    """[[PERSON:Giulia Rossi]], codice fiscale [[ID_NUMBER:RSSGLI85T52F205X]], born [[DATE_TIME:12 December 1985]] in [[LOCATION:Milan]], has moved to [[ADDRESS:22 Pembroke Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS8 3BA]] and asks that statements go to [[EMAIL_ADDRESS:giulia.rossi.bs8@gmail.com]].""",
    """Rent for [[PERSON:Oskar Åberg]] (personnummer [[ID_NUMBER:820417-2376]]) is collected from [[IBAN_CODE:SE44 6000 0000 0009 1238 4756]] on the 25th; his second phone is [[PHONE_NUMBER:+46 70 418 22 95]] and he works as a Principal Usability Facilitator.""",
    """Salary transfer for [[PERSON:Rizwan Qureshi]] to [[IBAN_CODE:AE93 0260 0010 1533 8947 201]]; Emirates ID [[ID_NUMBER:784-1987-4821937-9]], residence in [[LOCATION:Al Nahda]], [[LOCATION:Sharjah]], mobile [[PHONE_NUMBER:+971 50 412 7736]].""",
    """[[PERSON:Faisal Al-Otaibi]], Dynamic Accounts Agent, born [[DATE_TIME:1988-06-14]], [[NRP:Saudi]], IBAN [[IBAN_CODE:SA81 1080 0001 8360 8011 9475]], lives at [[ADDRESS:7421 Al Olaya Street]], [[LOCATION:Riyadh]] [[ZIP_CODE:12241]].""",
    """Verification for [[PERSON:Thiago Nascimento]], CPF [[ID_NUMBER:418.203.957-23]], now living at [[ADDRESS:77 Waverly Street]], [[ADDRESS:Apt 3]], [[LOCATION:Framingham]], [[LOCATION:MA]] [[ZIP_CODE:01702]]; user agent Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36.""",
    """[[PERSON:Oleksandr Petrenko]], NIE [[ID_NUMBER:X4821930A]], and his landlady [[PERSON:Lucía Marín]], DNI [[ID_NUMBER:48217396N]], signed the lease for [[ADDRESS:Calle de Embajadores 118, 3º izq.]], [[ZIP_CODE:28045]] [[LOCATION:Madrid]] on [[DATE_TIME:15/01/2024]].""",
    """Wire request from [[PERSON:Eitan Shapira]] (ID [[ID_NUMBER:315429878]]), [[ADDRESS:Dizengoff Street 118]], [[LOCATION:Tel Aviv]], phone [[PHONE_NUMBER:+972 52-418-3307]], to his sister [[PERSON:Noa Shapira-Levi]] at [[IBAN_CODE:AT62 2011 1827 3645 0912]]; IP [[IP_ADDRESS:5.29.140.77]].""",
    """Driver record: [[PERSON:Sarah Morgan]], licence no. [[ID_NUMBER:MORGA753116SM9IJ]], DOB [[DATE_TIME:11.03.1976]], [[ADDRESS:5 Tan-y-Bryn]], [[LOCATION:Bangor]] [[ZIP_CODE:LL57 1PP]], 3 penalty points, vehicle [[ID_NUMBER:CE21 HPN]].""",
    """Pay-out to [[PERSON:Oluwatobi Bankole]], NIN [[ID_NUMBER:48201937715]], BVN [[ID_NUMBER:22184730561]], account [[ID_NUMBER:0174428391]] at GTBank, [[ADDRESS:14 Ogunlana Drive]], [[LOCATION:Surulere]], [[LOCATION:Lagos]], phone [[PHONE_NUMBER:+234 809 552 1047]].""",
    """KRA PIN [[ID_NUMBER:A004821937Q]] belongs to [[PERSON:Esther Njeri Mwaura]], ID [[ID_NUMBER:31890462]], [[ADDRESS:House 12, Kiambu Road]], [[LOCATION:Runda]], [[LOCATION:Nairobi]]; M-Pesa [[PHONE_NUMBER:+254 712 448 309]].""",
    """Ticket escalated by [[PERSON:Prof. Helena Vasquez-Oduya]]: her Visa [[CREDIT_CARD:4012 8831 0457 9211]] was declined at checkout from [[IP_ADDRESS:2001:4860:4801:32::2a]]; billing [[ADDRESS:1600 Westlake Ave N]], [[ADDRESS:Suite 1200]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98109]].""",
    """Applicant [[PERSON:Connor McTavish]], [[AGE:27]], Canadian SIN [[ID_NUMBER:527 183 404]], Ontario health card [[ID_NUMBER:4821-937-415-KT]], [[ADDRESS:2201-45 Grenville St]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M4Y 1A1]], passport [[ID_NUMBER:AB482913]].""",
    """Medicare [[ID_NUMBER:2951 48366 1]] and TFN [[ID_NUMBER:876 520 149]] belong to [[PERSON:Bronte Aldridge]] of [[ADDRESS:3/14 Coogee Bay Rd]], [[LOCATION:Coogee]] [[LOCATION:NSW]] [[ZIP_CODE:2034]]; NSW licence [[ID_NUMBER:14829375]], born [[DATE_TIME:22-Oct-1994]].""",
    # gretel-style domain documents
    """LOAN APPLICATION SUMMARY
Applicant: [[PERSON:Marcus Oyelaran]]    DOB: [[DATE_TIME:07/22/1983]]    SSN: [[US_SSN:457-90-3361]]
Residential address: [[ADDRESS:3810 Cedar Hollow Rd]], [[LOCATION:Raleigh]], [[LOCATION:NC]] [[ZIP_CODE:27612]]
Employer: Triangle Biologics Inc. (Lab Operations Manager since [[DATE_TIME:04/2016]])
Annual income: $86,500    Requested amount: $24,000    Term: 60 months
Co-applicant: [[PERSON:Danielle Oyelaran]], DOB [[DATE_TIME:11/03/1985]], SSN [[US_SSN:318-65-4402]]
Contact: [[PHONE_NUMBER:(919) 604-2281]] / [[EMAIL_ADDRESS:moyelaran@icloud.com]]""",
    """FIRST NOTICE OF LOSS. Policy HO-3 77120984. Insured: [[PERSON:Beverly Ann Thibodeaux]]. Loss location: [[ADDRESS:118 Bayou Shadows Dr]], [[LOCATION:Houma]], [[LOCATION:LA]] [[ZIP_CODE:70360]]. Date of loss: [[DATE_TIME:08/29/2021]]. Cause: wind and surge damage, roof and detached garage. Reported by: [[PERSON:Curtis Thibodeaux]] (son), [[PHONE_NUMBER:985-873-4410]]. Mortgagee: Gulf Coast Federal. Adjuster assigned: [[PERSON:Lorraine Fuselier]].""",
    """RESIDENTIAL LEASE AGREEMENT. This Lease is made on [[DATE_TIME:May 1, 2024]] between Harborview Properties LLC ("Landlord") and [[PERSON:Tomás Aguilar]] and [[PERSON:Renée Aguilar]] ("Tenants") for the premises at [[ADDRESS:2750 Fulton Street, Apt 4]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94118]]. Monthly rent: $3,450, due on the first of each month. Tenants' emergency contact: [[PERSON:Graciela Aguilar]], [[PHONE_NUMBER:(415) 731-0926]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Eleanor Whitford-Banks]]   MRN: [[ID_NUMBER:00482913]]   DOB: [[DATE_TIME:14 Feb 1949]]   Age: [[AGE:75]]
Admitted: [[DATE_TIME:02/03/2024]]   Discharged: [[DATE_TIME:02/09/2024]]
Diagnosis: community-acquired pneumonia. Attending: [[PERSON:Dr. Rajesh Subramanian]].
Follow-up with GP [[PERSON:Dr. Fiona Crawley]] within 7 days. NHS number [[ID_NUMBER:721 049 3867]]. Next of kin: [[PERSON:Jonathan Banks]] (son), [[PHONE_NUMBER:07802 551 946]].""",
    """EMPLOYMENT AGREEMENT between Northwind Analytics Pty Ltd and [[PERSON:Priya Sundaram]] of [[ADDRESS:12/88 Flinders Lane]], [[LOCATION:Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3000]]. Commencement date: [[DATE_TIME:15 July 2024]]. Position: Data Engineer. Salary: AUD 142,000 plus superannuation. Tax file number: [[ID_NUMBER:312 487 691]]. Signed by the employee on [[DATE_TIME:28 June 2024]].""",
    """NOTICE OF DEFAULT. To: [[PERSON:Kenneth R. Abernathy]], [[ADDRESS:6604 Timber Ridge Ct]], [[LOCATION:Colorado Springs]], [[LOCATION:CO]] [[ZIP_CODE:80918]]. Loan number 5520-0041877. You are in default for failure to pay the installments due [[DATE_TIME:January 1, 2024]] and [[DATE_TIME:February 1, 2024]]. To cure, remit $4,812.66 by the date stated below. Questions: Loss Mitigation Department, 1-800-555-0142.""",
    """SUBPOENA TO TESTIFY. To: [[PERSON:Ms. Imani Castellanos]], [[ADDRESS:431 Grand Concourse, Apt 6F]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10451]]. You are commanded to appear in the Supreme Court of the State of New York on [[DATE_TIME:June 3, 2024 at 9:30 AM]] to testify in People v. [[PERSON:Ortega]]. Issued by ADA [[PERSON:Leon Whitaker]]. Driver license on file: [[US_DRIVER_LICENSE:842 913 775]].""",
    """PRESCRIPTION. Patient: [[PERSON:Hyun-woo Kang]], DOB [[DATE_TIME:1967-09-30]], [[ADDRESS:52 Palmer Avenue]], [[LOCATION:Fort Lee]], [[LOCATION:NJ]] [[ZIP_CODE:07024]]. Rx: atorvastatin 40 mg, one tablet nightly, #90, refills 3. Prescriber: [[PERSON:Dr. Naomi Feld]], NPI 1588026431. Date written: [[DATE_TIME:04/11/2024]].""",
    """CARDHOLDER DISPUTE FORM. Cardholder name: [[PERSON:Leticia Barros]]. Card number: [[CREDIT_CARD:5407 3519 8822 6143]]. Transaction date: 03/02/2024. Merchant: SKYLINE TRAVEL GRP. Amount: $1,128.40. Reason: services not rendered. Daytime phone: [[PHONE_NUMBER:(305) 442-9175]]. Signature: L. Barros. Date signed: [[DATE_TIME:March 19, 2024]].""",
    """CONSENT FOR TREATMENT OF A MINOR. I, [[PERSON:Samantha Okoro]], parent of [[PERSON:Daniel Okoro]] (DOB [[DATE_TIME:06/17/2012]]), consent to his dental treatment at Bright Smiles Pediatric Dentistry. Insurance member ID: [[ID_NUMBER:W284019733]]. Parent phone: [[PHONE_NUMBER:713-902-4418]]. Signed [[DATE_TIME:5/20/2024]].""",
    """DURABLE POWER OF ATTORNEY. I, [[PERSON:Walter E. Hargrove]], of [[ADDRESS:219 Old Mill Road]], [[LOCATION:Lexington]], [[LOCATION:Kentucky]] [[ZIP_CODE:40505]], Social Security No. [[US_SSN:404-71-8832]], appoint my daughter, [[PERSON:Catherine Hargrove Lyle]], of [[LOCATION:Nashville]], [[LOCATION:Tennessee]], as my agent. Executed this [[DATE_TIME:12th day of March, 2024]].""",
    """CLOSING DISCLOSURE. Borrowers: [[PERSON:Jamal Whitaker]] and [[PERSON:Erin Whitaker]]. Property: [[ADDRESS:9034 Aspen Ridge Way]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83709]]. Closing date: [[DATE_TIME:07/26/2024]]. Loan amount $412,000; interest rate 6.375%. Seller: [[PERSON:Marjorie Penhallow]]. Settlement agent: Treasure Valley Title, file 24-11873.""",
    """Dear [[PERSON:Mr. Keith Amankwah]], we write on behalf of our client regarding the outstanding balance of £2,318.44 on account [[ID_NUMBER:CR-77120043]]. Our records show your address as [[ADDRESS:40 Wellington Road]], [[LOCATION:Wolverhampton]] [[ZIP_CODE:WV2 4AQ]]. Please contact us within 14 days of the date of this letter. Reference: DCA/2024/55102.""",
    """TRAFFIC COLLISION REPORT. Date/time: [[DATE_TIME:03/14/2024 17:42]]. Location: Hwy 99 at Kings Canyon Rd, [[LOCATION:Fresno]], [[LOCATION:CA]]. Driver 1: [[PERSON:Miguel Ángel Herrera]], CA DL [[US_DRIVER_LICENSE:D4821937]], DOB [[DATE_TIME:10/05/1979]]. Driver 2: [[PERSON:Kimberly Sato]], CA DL [[US_DRIVER_LICENSE:Y3304718]], plate [[ID_NUMBER:8KTR412]]. Reporting officer: [[TITLE:Ofc.]] [[PERSON:D. Ramos]], badge no. [[ID_NUMBER:4471]].""",
    """NOTICE TO END TENANCY. To the tenant, [[PERSON:Shauna Kealey]], of [[ADDRESS:Apartment 3, Rosemount House, 19 Morehampton Road]], [[LOCATION:Donnybrook]], [[LOCATION:Dublin 4]], [[ZIP_CODE:D04 X2N6]]. Your tenancy will terminate on [[DATE_TIME:31 August 2024]]. PPS number on the tenancy registration: [[ID_NUMBER:6843127F]]. Landlord: [[PERSON:Declan Furlong]].""",
    """CLINICAL TRIAL ENROLLMENT. Participant: [[PERSON:Adebayo Okonjo]], subject ID 041-0087 (study code, not the patient), hospital number [[ID_NUMBER:RXH4402187]], DOB [[DATE_TIME:19/08/1961]], sex M. Consent taken by research nurse [[PERSON:Gemma Liddell]] on [[DATE_TIME:08/04/2024]]. GP: [[PERSON:Dr. P. Hussain]], [[LOCATION:Brighton]].""",
    """HOME CARE ASSESSMENT. Client: [[PERSON:Dorothy Pemberton]], [[AGE:88]]. Address: [[ADDRESS:Bungalow 2, Sunnyside Close]], [[LOCATION:Kidderminster]] [[ZIP_CODE:DY10 3LS]]. Lives alone since the death of her husband [[PERSON:Frank]]. Daughter [[PERSON:Julie Marsh]] visits Tuesdays, tel [[PHONE_NUMBER:01562 748 120]]. Assessment date: [[DATE_TIME:17/06/2024]]. NHS no. [[ID_NUMBER:601 338 2743]].""",
    """WORKERS' COMPENSATION CLAIM. Employee: [[PERSON:Rosa Delgado-Ibarra]]. SSN: [[US_SSN:611-20-4583]]. Date of injury: [[DATE_TIME:January 9, 2024]]. Employer: Valley Fresh Packing. Description: slipped on wet floor in cold storage, fractured left wrist. Home address: [[ADDRESS:1524 E Alamo Ave]], [[LOCATION:Visalia]], [[LOCATION:CA]] [[ZIP_CODE:93292]]. Phone: [[PHONE_NUMBER:559-280-1773]].""",
    """LABORATORY REPORT. Patient: [[PERSON:Sunita Rai]]   Sex: F   DOB: [[DATE_TIME:03-Jun-1992]]   Lab no: 24-LB-118830   Collected: [[DATE_TIME:21-May-2024 08:15]]. HbA1c 41 mmol/mol (ref 20-41). Ferritin 12 ug/L (low). Requesting clinician: [[PERSON:Dr. O. Mensah]]. Copy to patient portal user [[USERNAME:sunita.rai92]].""",
    """JUDGMENT. The Court, having heard the parties on [[DATE_TIME:18 April 2024]], orders the defendant, [[PERSON:Craig Nolan Pettigrew]], of [[ADDRESS:77 Seaview Road]], [[LOCATION:Wallasey]] [[ZIP_CODE:CH45 4LB]], to pay the claimant, [[PERSON:Mrs Janet Olumide]], the sum of £6,420 plus costs within 28 days. [[TITLE:District Judge]] [[PERSON:Harcourt]].""",
    """NOTICE TO CREDITORS. Estate of [[PERSON:Florence May Kettering]], late of [[ADDRESS:14 Ridgeway Gardens]], [[LOCATION:Cheltenham]] [[ZIP_CODE:GL52 6PZ]], retired schoolteacher, who died on [[DATE_TIME:2nd February 2024]]. Claims to the executor, [[PERSON:Nigel Kettering]], c/o Pryor & Lamb Solicitors, by [[DATE_TIME:30 June 2024]].""",
    """INSURANCE CLAIM - STORM DAMAGE (MOTOR). Claimant: [[PERSON:Tanvir Hossain]], policy MTR-5501928. Vehicle [[ID_NUMBER:MK68 ZPW]] damaged by a falling branch on [[DATE_TIME:5 November 2023]] outside [[ADDRESS:92 Aldersley Road]], [[LOCATION:Wolverhampton]]. Claimant email [[EMAIL_ADDRESS:tanvir.hossain88@gmail.com]]; bank details for settlement: [[IBAN_CODE:GB07 HBUK 4012 7672 0451 89]].""",
    """SCHOLARSHIP AGREEMENT between the Foundation and [[PERSON:Nokuthula Sithole]], ID number [[ID_NUMBER:0204190939189]], student number [[ID_NUMBER:2021-44817]], of [[ADDRESS:18 Protea Road]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]. The award covers tuition for 2024 and 2025. Signed at [[LOCATION:Johannesburg]] on [[DATE_TIME:22 January 2024]].""",
    """MEMBERSHIP APPLICATION - ALUMNI ASSOCIATION. Name: [[PERSON:Aravind Raghavan]]. Graduation: [[DATE_TIME:June 2011]], M.Tech. Alumni no.: [[ID_NUMBER:IITM-AL-11-0422]]. Current address: [[ADDRESS:1184 Cedar Bend Dr]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75024]]. Email: [[EMAIL_ADDRESS:aravind.r@alumni.iitm.ac.in]]. Lifetime fee paid by card [[CREDIT_CARD:4485 9021 3377 0621]].""",
    """MIETVERTRAG. Zwischen [[TITLE:Herrn]] [[PERSON:Dieter Falkenrath]], [[ADDRESS:Bismarckstraße 22]], [[ZIP_CODE:70197]] [[LOCATION:Stuttgart]] (Vermieter) und [[TITLE:Frau]] [[PERSON:Swetlana Klein]], geb. [[DATE_TIME:17.03.1982]] (Mieterin), über die Wohnung [[ADDRESS:Hölderlinstraße 5, 2. OG links]], [[ZIP_CODE:70174]] [[LOCATION:Stuttgart]]. Mietbeginn: [[DATE_TIME:01.08.2024]]. Kaution auf [[IBAN_CODE:DE12 4306 0967 0824 5136 00]].""",
    """CONTRATO DE LOCACIÓN. En la Ciudad de [[LOCATION:Córdoba]], a los [[DATE_TIME:5 días del mes de marzo de 2024]], entre [[PERSON:Ricardo Omar Giménez]], CUIT [[ID_NUMBER:20-05317842-2]], con domicilio en [[ADDRESS:Bv. San Juan 870, 4° C]], y [[PERSON:Lucía Benítez]], DNI [[ID_NUMBER:38.902.716]], se celebra el presente contrato por el inmueble de [[ADDRESS:Obispo Trejo 1142]], [[LOCATION:Barrio Nueva Córdoba]], [[ZIP_CODE:X5000]].""",
    # Nemotron-style structured snippets
    """{"customer_id": "[[ID_NUMBER:C-0093812]]", "first_name": "[[PERSON:Isabella]]", "last_name": "[[PERSON:Moreau-Katz]]", "dob": "[[DATE_TIME:1991-07-04]]", "email": "[[EMAIL_ADDRESS:isa.moreaukatz@fastmail.com]]", "phone": "[[PHONE_NUMBER:+1 (720) 334-8190]]", "address": {"street": "[[ADDRESS:1550 Larimer St]]", "unit": "[[ADDRESS:#804]]", "city": "[[LOCATION:Denver]]", "state": "[[LOCATION:CO]]", "zip": "[[ZIP_CODE:80202]]"}, "tier": "gold", "marketing_opt_in": false}""",
    """2024-06-11T08:14:22Z INFO auth-service login ok user=[[USERNAME:ravi.pillai]] email=[[EMAIL_ADDRESS:ravi.pillai@medlinkhealth.org]] src_ip=[[IP_ADDRESS:172.16.40.12]] session=7f3a9c1e
2024-06-11T08:14:25Z WARN auth-service mfa fallback to sms phone=[[PHONE_NUMBER:+44 7911 204873]] user=[[USERNAME:ravi.pillai]]
2024-06-11T08:19:02Z INFO auth-service logout user=[[USERNAME:ravi.pillai]] duration=277s""",
    """INSERT INTO patients (patient_id, full_name, date_of_birth, nhs_number, postcode, phone) VALUES
('[[ID_NUMBER:PT-118204]]', '[[PERSON:Graham Pettifer]]', '[[DATE_TIME:1958-11-02]]', '[[ID_NUMBER:4857773457]]', '[[ZIP_CODE:BS16 2QT]]', '[[PHONE_NUMBER:0117 965 3320]]'),
('[[ID_NUMBER:PT-118205]]', '[[PERSON:Yasmin El-Amin]]', '[[DATE_TIME:2001-04-19]]', '[[ID_NUMBER:4502189634]]', '[[ZIP_CODE:BS5 0HE]]', '[[PHONE_NUMBER:07584 220 917]]');""",
    """<patient>
  <mrn>[[ID_NUMBER:MRN-55018274]]</mrn>
  <name><given>[[PERSON:Ezekiel]]</given><family>[[PERSON:Abernathy-Osei]]</family></name>
  <birthDate>[[DATE_TIME:1979-12-24]]</birthDate>
  <gender>male</gender>
  <telecom system="phone">[[PHONE_NUMBER:612-774-0395]]</telecom>
  <telecom system="email">[[EMAIL_ADDRESS:zeke.ao@gmail.com]]</telecom>
  <address><line>[[ADDRESS:2819 Nicollet Ave S]]</line><city>[[LOCATION:Minneapolis]]</city><state>[[LOCATION:MN]]</state><postalCode>[[ZIP_CODE:55408]]</postalCode></address>
</patient>""",
    """# deploy/config.yaml
service: billing-worker
owner:
  name: [[PERSON:Tamsin Hollowell]]
  email: [[EMAIL_ADDRESS:tamsin.hollowell@corvid-pay.io]]
  oncall_phone: "[[PHONE_NUMBER:+61 412 903 117]]"
database:
  host: 10.0.12.7
  user: billing_rw
  password: "S3cr3t-rotate-me"
allowed_admin_ips:
  - [[IP_ADDRESS:58.108.22.141]]
replicas: 3""",
    """def test_refund_flow():
    customer = {
        "name": "[[PERSON:Oisín Gallagher]]",
        "email": "[[EMAIL_ADDRESS:oisin.gallagher@eircom.net]]",
        "card": "[[CREDIT_CARD:4929470388162534]]",
        "cvv": "318",
        "expiry": "07/29",
        "iban": "[[IBAN_CODE:IE60BOFI90138443019827]]",
    }
    assert refund(customer, amount=42.50).status == "ok"
""",
    """Ticket #INC-448120 | Priority: High | Opened by: [[PERSON:Beatriz Sandoval]] ([[EMAIL_ADDRESS:bsandoval@lakeshore-dental.com]])
Summary: Receptionist PC cannot reach the imaging server.
Details: Workstation FRONTDESK-02, IP [[IP_ADDRESS:192.168.10.23]], MAC 70:85:C2:4A:19:E3. Affected patient appointment: [[PERSON:Gordon Tate]], [[DATE_TIME:Thu 6/13 at 2:30 PM]].
Callback: [[PHONE_NUMBER:(773) 218-4407]] ext. 12
Assigned to: [[PERSON:Kwabena Asante]] (L2)""",
    """MSH|^~\\&|LABSYS|STMARYS|EHR|STMARYS|202405210815||ORU^R01|MSG00421|P|2.5
PID|1||[[ID_NUMBER:MRN448812]]^^^STMARYS||[[PERSON:KOWALSKI]]^[[PERSON:ANNA]]^[[PERSON:M]]||[[DATE_TIME:19840312]]|F|||[[ADDRESS:45 LINDEN AVE]]^^[[LOCATION:WORCESTER]]^[[LOCATION:MA]]^[[ZIP_CODE:01602]]||[[PHONE_NUMBER:(508)555-2290]]
OBX|1|NM|2345-7^GLUCOSE||102|mg/dL|70-99|H""",
    """# .env.production
APP_NAME=tenant-portal
SMTP_HOST=smtp.mailgun.org
SMTP_USER=[[EMAIL_ADDRESS:kieran.oduya@tenantportal.co.uk]]
SMTP_PASS=mg-8f2c71aa90
ADMIN_CONTACT=[[PERSON:Kieran Oduya]] <[[EMAIL_ADDRESS:kieran.oduya@tenantportal.co.uk]]>
ADMIN_MOBILE=[[PHONE_NUMBER:+447700918342]]
ALLOWLIST_IP=[[IP_ADDRESS:82.31.190.7]]
LOG_LEVEL=info""",
    """{"event": "order.created", "order_id": "ORD-20240611-88412", "ts": "2024-06-11T19:42:08+10:00", "customer": {"name": "[[PERSON:Sienna Papadakis]]", "phone": "[[PHONE_NUMBER:0431 772 045]]", "email": "[[EMAIL_ADDRESS:siennap@bigpond.com]]"}, "delivery": {"buildingnumber": "[[ADDRESS:27]]", "street": "[[ADDRESS:Glenferrie Road]]", "suburb": "[[LOCATION:Hawthorn]]", "state": "[[LOCATION:VIC]]", "postcode": "[[ZIP_CODE:3122]]"}, "items": [{"sku": "SUSHI-24PC", "qty": 1}], "payment": {"type": "card", "last4": "9021"}}""",
    """[[IP_ADDRESS:73.162.45.201]] - [[USERNAME:mkowalczyk]] [11/Jun/2024:10:02:17 -0400] "GET /account/profile?email=[[EMAIL_ADDRESS:m.kowalczyk@comcast.net]] HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"
[[IP_ADDRESS:73.162.45.201]] - [[USERNAME:mkowalczyk]] [11/Jun/2024:10:02:41 -0400] "POST /account/phone HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)\"""",
    """From: [[PERSON:Ruth Adeyemi-Clarke]] <[[EMAIL_ADDRESS:ruth.ac@hotmail.co.uk]]>
To: lettings@cityhomes.co.uk
Date: [[DATE_TIME:Tue, 11 Jun 2024 09:12:44 +0100]]
Subject: Deposit return - [[ADDRESS:Flat 7, 33 Granby Street]], [[LOCATION:Leicester]]
X-Originating-IP: [[[IP_ADDRESS:86.18.201.55]]]

Hi, I moved out on [[DATE_TIME:31 May]] and am still waiting for my deposit. Please pay it to account [[ID_NUMBER:20417736]], sort code 40-11-62. Thanks, [[PERSON:Ruth]]""",
    """public static Customer sample() {
    return Customer.builder()
        .fullName("[[PERSON:Dong-hyun Seo]]")
        .passportNo("[[US_PASSPORT:C03847216]]")
        .birthDate(LocalDate.of(1993, 5, 17))
        .email("[[EMAIL_ADDRESS:dh.seo93@gmail.com]]")
        .phone("[[PHONE_NUMBER:+1 201 448 9031]]")
        .build();
}""",
    """[account]
holder = [[PERSON:Annika Bergström-Lee]]
iban = [[IBAN_CODE:NL33RABO0318846027]]
bic = RABONL2U
email = [[EMAIL_ADDRESS:annika.bl@ziggo.nl]]

[preferences]
language = en
statement_day = 28""",
    """JIRA SUP-20931: Address change not saved
Reporter: [[PERSON:Darius Farahani]] | Created: 2024-06-10 16:21
Customer says the app still shows [[ADDRESS:211 Bloor St W, Suite 905]], [[LOCATION:Toronto]] [[ZIP_CODE:M5S 1M8]] after he changed it to [[ADDRESS:48 Sherbourne St]], [[LOCATION:Toronto]] [[ZIP_CODE:M5A 2P7]] on [[DATE_TIME:June 3]]. Customer no. [[ID_NUMBER:CUST-7730418]], SIN on file [[ID_NUMBER:712 094 564]] (masked in UI, visible in admin). Phone [[PHONE_NUMBER:647-829-0183]].""",
    """POST /api/v2/applications HTTP/1.1
Content-Type: application/x-www-form-urlencoded

first_name=[[PERSON:Chiamaka]]&last_name=[[PERSON:Eze-Okafor]]&dob=[[DATE_TIME:1998-02-14]]&email=[[EMAIL_ADDRESS:chiamaka.eo%40gmail.com]]&phone=[[PHONE_NUMBER:%2B2348034127765]]&ssn=&country=[[LOCATION:Nigeria]]&referrer=campus-fair""",
    """curl -X POST https://api.payflow.example/v1/payees \\
  -H "Authorization: Bearer sk_live_51Hx0aa" \\
  -d '{"name": "[[PERSON:Mateus Carvalho]]", "iban": "[[IBAN_CODE:DE82760501010011847302]]", "email": "[[EMAIL_ADDRESS:mateus.carvalho@web.de]]", "address": "[[ADDRESS:Fürther Str. 212]], [[ZIP_CODE:90429]] [[LOCATION:Nürnberg]]"}'""",
    """# terraform.tfvars
project_id    = "acme-analytics-prod"
owner_name    = "[[PERSON:Hiroshi Yamaguchi-Brown]]"
owner_email   = "[[EMAIL_ADDRESS:hiroshi.yb@acme-analytics.com]]"
billing_alert = "[[PHONE_NUMBER:+1-503-884-2217]]"
ssh_source    = ["[[IP_ADDRESS:71.59.204.18]]/32"]
region        = "us-west1\"""",
    """Jun 11 03:22:17 bastion-01 sshd[21877]: Failed password for invalid user admin from 185.220.101.4 port 51234 ssh2
Jun 11 03:22:41 bastion-01 sshd[21890]: Accepted publickey for [[USERNAME:lnakamura]] from [[IP_ADDRESS:24.16.133.90]] port 60211 ssh2: ED25519 SHA256:q2xN4f8k7Lr0
Jun 11 03:22:41 bastion-01 sshd[21890]: pam_unix(sshd:session): session opened for user [[USERNAME:lnakamura]] by (uid=0)""",
    """UPDATE members SET email = '[[EMAIL_ADDRESS:g.achterberg@kpnmail.nl]]', phone = '[[PHONE_NUMBER:+31 6 4821 9307]]', iban = '[[IBAN_CODE:NL08 ABNA 0417 7392 58]]', updated_by = 'svc_sync' WHERE member_no = '[[ID_NUMBER:M-204417]]' AND surname = '[[PERSON:Achterberg]]';""",
    """const volunteer = {
  id: "[[ID_NUMBER:VOL-2024-0381]]",
  name: "[[PERSON:Tegan Whitehorse]]",
  age: [[AGE:19]],
  shifts: ["Sat AM", "Sun AM"],
  contact: { phone: "[[PHONE_NUMBER:780-442-1906]]", email: "[[EMAIL_ADDRESS:tegan.w@shaw.ca]]" },
  emergency: { name: "[[PERSON:Lorna Whitehorse]]", phone: "[[PHONE_NUMBER:780-442-1577]]" },
  city: "[[LOCATION:Edmonton]]"
};""",
    """<?xml version="1.0" encoding="UTF-8"?>
<CstmrCdtTrfInitn>
  <GrpHdr><MsgId>PAY-240611-0007</MsgId><CreDtTm>2024-06-11T09:00:00</CreDtTm></GrpHdr>
  <PmtInf>
    <Dbtr><Nm>[[PERSON:Henrike Albers]]</Nm></Dbtr>
    <DbtrAcct><Id><IBAN>[[IBAN_CODE:DE33200411330488137295]]</IBAN></Id></DbtrAcct>
    <CdtTrfTxInf>
      <Amt><InstdAmt Ccy="EUR">850.00</InstdAmt></Amt>
      <Cdtr><Nm>[[PERSON:Jakub Horváth]]</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>[[IBAN_CODE:CZ6703000000001179352042]]</IBAN></Id></CdtrAcct>
      <RmtInf><Ustrd>Miete Juni</Ustrd></RmtInf>
    </CdtTrfTxInf>
  </PmtInf>
</CstmrCdtTrfInitn>""",
    """BEGIN:VCARD
VERSION:3.0
FN:[[PERSON:Dr. Amélie Tremblay-Nguyen]]
ORG:Clinique Saint-Laurent
TITLE:Pediatrician
TEL;TYPE=CELL:[[PHONE_NUMBER:+1-514-928-4410]]
EMAIL:[[EMAIL_ADDRESS:amelie.tn@videotron.ca]]
ADR;TYPE=HOME:;;[[ADDRESS:4520 Rue Saint-Denis]];[[LOCATION:Montréal]];[[LOCATION:QC]];[[ZIP_CODE:H2J 2L3]];[[LOCATION:Canada]]
BDAY:[[DATE_TIME:1986-10-08]]
END:VCARD""",
    """BEGIN:VEVENT
SUMMARY:Adoption panel - [[PERSON:Okafor]] family
DTSTART:[[DATE_TIME:20240718T100000]]
DTEND:[[DATE_TIME:20240718T113000]]
ORGANIZER;CN=[[PERSON:Helen Marchbank]]:mailto:[[EMAIL_ADDRESS:helen.marchbank@leeds.gov.uk]]
ATTENDEE;CN=[[PERSON:Chidi Okafor]]:mailto:[[EMAIL_ADDRESS:chidi.okafor@gmail.com]]
ATTENDEE;CN=[[PERSON:Rebecca Okafor]]:mailto:[[EMAIL_ADDRESS:becky.okafor@gmail.com]]
LOCATION:Merrion House, Leeds
END:VEVENT""",
    """{"applicant": {"full_name": "[[PERSON:Brandon T. Kowalski]]", "ssn": "[[US_SSN:231-58-0094]]", "us_passport": "[[US_PASSPORT:548213907]]", "drivers_license": {"state": "[[LOCATION:IL]]", "number": "[[US_DRIVER_LICENSE:W425-7781-9032]]"}, "dob": "[[DATE_TIME:08/14/1990]]"}, "employment": {"employer": "Midwest Freight Co", "title": "Dispatcher"}}""",
    """2024-06-12 14:05:33,118 [INFO] kyc.verify - applicant=[[PERSON:Natasha Ilunga]] doc_type=drivers_license state=[[LOCATION:FL]] doc_no=[[US_DRIVER_LICENSE:I452-118-79-402-0]] dob=[[DATE_TIME:1979-04-02]] result=MATCH score=0.97
2024-06-12 14:05:33,402 [INFO] kyc.verify - address check [[ADDRESS:8801 SW 72nd St]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33173]] result=MATCH""",
    """Account: [[PERSON:Femi Adeyinka]]
Account Owner Email: [[EMAIL_ADDRESS:femi@adeyinkafarms.ng]]
Billing Street: [[ADDRESS:Plot 7, Alausa Layout]]
Billing City: [[LOCATION:Ikeja]]
Billing Country: [[LOCATION:Nigeria]]
Mobile: [[PHONE_NUMBER:+234 802 339 1148]]
Lead Source: Trade Show
Annual Revenue: NGN 48,000,000""",
    """{"actor": {"user": "[[USERNAME:olga.petrova]]", "ip": "[[IP_ADDRESS:94.19.227.60]]", "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"}, "action": "export_contacts", "target": {"contact": "[[PERSON:Dmitry Sokolov]]", "email": "[[EMAIL_ADDRESS:d.sokolov@yandex.ru]]"}, "last_login": "[[DATE_TIME:2024-06-09T22:17:40Z]]"}""",
    """$guest = [
    'name'      => '[[PERSON:Camille Fontaine]]',
    'room'      => '514',
    'check_in'  => '[[DATE_TIME:2024-07-02]]',
    'check_out' => '[[DATE_TIME:2024-07-05]]',
    'card'      => '[[CREDIT_CARD:6221267408331051]]',
    'phone'     => '[[PHONE_NUMBER:+33 6 12 48 77 03]]',
    'loyalty'   => '[[ID_NUMBER:HH-774120938]]',
];""",
    """Form: Volunteer Registration (Disaster Relief)
Full name: [[PERSON:Kalani Makoa-Reyes]]
Date of birth: [[DATE_TIME:3 Feb 2000]]
Driver's licence (HI): [[US_DRIVER_LICENSE:H04481729]]
Address: [[ADDRESS:94-1029 Waipahu St]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]]
Skills: CPR, chainsaw certified
Availability: weekends
Signature: K. Makoa-Reyes""",
    """{"claim": {"ref": "CLM-STORM-24-00871", "date_of_loss": "[[DATE_TIME:2024-07-08]]", "peril": "hurricane"}, "insured": {"name": "[[PERSON:Delroy Campbell]]", "dob": "[[DATE_TIME:1966-03-21]]", "phone": "[[PHONE_NUMBER:(713) 882-5501]]", "address": "[[ADDRESS:5102 Griggs Rd]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77021]]"}, "payout": {"method": "ach", "account": "[[ID_NUMBER:004418273361]]", "routing": "113000023"}}""",
    """food_delivery_complaints.jsonl (excerpt)
{"ticket": "FD-99120", "customer": "[[PERSON:Aarav Malhotra]]", "phone": "[[PHONE_NUMBER:+91 99871 20445]]", "address": "[[ADDRESS:Flat 1102, Tower C, Prestige Shantiniketan]], [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560048]]", "issue": "wrong item", "order_total": "INR 642"}""",
    """<alumnus id="[[ID_NUMBER:AL-1998-30457]]">
  <name>[[PERSON:Prof. Kwesi Boakye-Ansah]]</name>
  <degree year="1998">PhD Chemical Engineering</degree>
  <email>[[EMAIL_ADDRESS:kboakye@knust.edu.gh]]</email>
  <linkedin>[[URL:https://www.linkedin.com/in/kwesi-boakye-ansah]]</linkedin>
  <city>[[LOCATION:Kumasi]]</city>
</alumnus>""",
    """{"hotel_incident": {"id": "HI-2024-0412", "reported_at": "2024-04-12T01:55:00", "guest": "[[PERSON:Vikram Rathore]]", "guest_email": "[[EMAIL_ADDRESS:vik.rathore@outlook.in]]", "passport": "[[ID_NUMBER:V4827710]]", "nationality": "[[NRP:Indian]]", "description": "water leak from ceiling in room 802", "staff": "[[PERSON:Grace Ng]]"}}""",
    """[2024-03-02 11:08:41] payment.failed customer=[[PERSON:Zoë Lindqvist-Hart]] card=[[CREDIT_CARD:2228 4031 1176 2058]] reason=insufficient_funds ip=[[IP_ADDRESS:151.231.44.9]]
[2024-03-02 11:09:15] payment.retry customer=[[PERSON:Zoë Lindqvist-Hart]] card=[[CREDIT_CARD:5353 1006 6829 1479]] result=approved""",
    """{"kunde": {"vorname": "[[PERSON:Annegret]]", "nachname": "[[PERSON:Voßkuhler]]", "geburtsdatum": "[[DATE_TIME:02.11.1964]]", "steuer_id": "[[ID_NUMBER:83025164785]]", "rv_nummer": "[[ID_NUMBER:13 021164 V 520]]", "anschrift": {"strasse": "[[ADDRESS:Lindenallee 41]]", "plz": "[[ZIP_CODE:45127]]", "ort": "[[LOCATION:Essen]]"}, "telefon": "[[PHONE_NUMBER:0201 8837 4410]]", "iban": "[[IBAN_CODE:DE76 1203 0000 1053 4879 26]]"}}""",
    """<zadost typ="prispevek-na-peci">
  <zadatel><jmeno>[[PERSON:Marie]]</jmeno><prijmeni>[[PERSON:Kratochvílová]]</prijmeni><rc>[[ID_NUMBER:685108/2095]]</rc></zadatel>
  <adresa>[[ADDRESS:Nádražní 1187/6]], [[ZIP_CODE:702 00]] [[LOCATION:Ostrava]]</adresa>
  <telefon>[[PHONE_NUMBER:+420 596 117 402]]</telefon>
  <ucet>[[IBAN_CODE:CZ47 2010 0000 0029 0184 7363]]</ucet>
  <opatrovnik>[[PERSON:Ondřej Kratochvíl]]</opatrovnik>
</zadost>""",
    """2024-05-14 09:31:07 INFO  pagos.api - cliente=[[PERSON:Sebastián Cárdenas]] nit=[[ID_NUMBER:79845213-6]] tel=[[PHONE_NUMBER:+57 601 742 8830]] dir="[[ADDRESS:Carrera 15 # 93-47, oficina 502]], [[LOCATION:Bogotá]]" tarjeta=[[CREDIT_CARD:4576 2301 9874 5522]] estado=APROBADO""",
    """Anamnesebogen
Name: [[PERSON:Emre Kaya]]   geb.: [[DATE_TIME:03.09.1991]]   Versichertennr.: [[ID_NUMBER:K204417736]]
Rentenvers.-Nr.: [[ID_NUMBER:12 030991 K 024]]
Anschrift: [[ADDRESS:Venloer Str. 318]], [[ZIP_CODE:50823]] [[LOCATION:Köln]]
Hausarzt: [[TITLE:Dr. med.]] [[PERSON:Brigitte Oehlschläger]]
Notfallkontakt: [[PERSON:Derya Kaya]] (Ehefrau), [[PHONE_NUMBER:0157 3381 2046]]""",
    """Hi team, forwarding the registration from last night's storm-relief drive:
Name: [[PERSON:Harpreet Kaur Sandhu]] | Age: [[AGE:46]] | Religion: [[NRP:Sikh]] (asked for a vegetarian meal) | Phone: [[PHONE_NUMBER:0410 928 337]] | Address: [[ADDRESS:9 Banksia Court]], [[LOCATION:Tarneit]] [[LOCATION:VIC]] [[ZIP_CODE:3029]] | Medicare: [[ID_NUMBER:4120 85730 2]]""",
]

TABLE = [
    """claim_ref,policyholder,phone,property_address,date_of_loss,peril,est_damage_usd
CLM-88201,[[PERSON:Doreen Baptiste]],[[PHONE_NUMBER:(337) 412-0985]],"[[ADDRESS:412 Coulee Dr]], [[LOCATION:Lafayette]], [[LOCATION:LA]]",[[DATE_TIME:08/27/2020]],wind,18400
CLM-88202,[[PERSON:Hiep Nguyen]],[[PHONE_NUMBER:337-265-7741]],"[[ADDRESS:1907 W Prien Lake Rd]], [[LOCATION:Lake Charles]], [[LOCATION:LA]]",[[DATE_TIME:08/27/2020]],wind/water,62950
CLM-88217,[[PERSON:Louis-Paul Guidry]],[[PHONE_NUMBER:(337) 540-1123]],"[[ADDRESS:88 Bayou Rd]], [[LOCATION:Sulphur]], [[LOCATION:LA]]",[[DATE_TIME:10/09/2020]],flood,7200""",
    """| Name | Class | Degree | Email | Lives in |
|------|-------|--------|-------|----------|
| [[PERSON:Yewande Coker]] | 2009 | LLB | [[EMAIL_ADDRESS:yewande.coker@gmail.com]] | [[LOCATION:Lagos]] |
| [[PERSON:Tomás Ó Briain]] | 1994 | BA History | [[EMAIL_ADDRESS:tobriain@eircom.net]] | [[LOCATION:Limerick]] |
| [[PERSON:Mei-Ling Cheung]] | 2017 | MSc Finance | [[EMAIL_ADDRESS:meiling.cheung@hsbc.com.hk]] | [[LOCATION:Hong Kong]] |
| [[PERSON:Gareth Pugh]] | 1988 | BEng | [[EMAIL_ADDRESS:garethpugh1966@btinternet.com]] | [[LOCATION:Swansea]] |""",
    """vol_id\tname\tage\tmobile\tshift\ttshirt
[[ID_NUMBER:V0412]]\t[[PERSON:Shanice Clarke]]\t[[AGE:17]]\t[[PHONE_NUMBER:07984 331207]]\tSat AM\tS
[[ID_NUMBER:V0413]]\t[[PERSON:Bartosz Zieliński]]\t[[AGE:45]]\t[[PHONE_NUMBER:07412 009 553]]\tSat PM\tXL
[[ID_NUMBER:V0414]]\t[[PERSON:Aaliyah Rahman]]\t[[AGE:23]]\t[[PHONE_NUMBER:07380 662 914]]\tSun AM\tM""",
    """DATE        GUEST                 ROOM  TYPE              REPORTED BY
[[DATE_TIME:2024-03-02]]  [[PERSON:Mr. Gideon Asare]]      0712  noise complaint   [[PERSON:P. Lindgren]]
[[DATE_TIME:2024-03-04]]  [[PERSON:Ms. Freya Halvorsen]]   1120  lost passport     [[PERSON:J. Okeke]]
[[DATE_TIME:2024-03-04]]  [[PERSON:Dr. Paolo Ricci]]       0305  fall in bathroom  [[PERSON:P. Lindgren]]""",
    """{"order": "UE-55120", "customer": "[[PERSON:Rebecca Thornbury]]", "phone": "[[PHONE_NUMBER:+44 7700 128 443]]", "postcode": "[[ZIP_CODE:SE15 4QL]]", "complaint": "missing side", "refund_gbp": 4.50}
{"order": "UE-55163", "customer": "[[PERSON:Abdirahman Hussein]]", "phone": "[[PHONE_NUMBER:+44 7911 560 218]]", "postcode": "[[ZIP_CODE:E1 2AX]]", "complaint": "spilled drink", "refund_gbp": 3.20}
{"order": "UE-55190", "customer": "[[PERSON:kerry-ann mcbride]]", "phone": "[[PHONE_NUMBER:07852 117309]]", "postcode": "[[ZIP_CODE:N16 7UX]]", "complaint": "late (74 min)", "refund_gbp": 12.00}""",
    """placements:
  - child: [[PERSON:Liam]]
    age: [[AGE:11]]
    carer: [[PERSON:Janice Oduwole]]
    since: [[DATE_TIME:2023-09-14]]
    area: [[LOCATION:Lewisham]]
  - child: [[PERSON:Poppy]]
    age: [[AGE:5]]
    carer: [[PERSON:Mark]] and [[PERSON:Steph Ridley]]
    since: [[DATE_TIME:2024-01-08]]
    area: [[LOCATION:Bromley]]
  - child: [[PERSON:Kai]]
    age: [[AGE:15]]
    carer: [[PERSON:Ibrahim Sesay]]
    since: [[DATE_TIME:2022-06-30]]
    area: [[LOCATION:Greenwich]]""",
    """Name: [[PERSON:Colm Brennan]]
Date of birth: [[DATE_TIME:14/08/1979]]
PPS No: [[ID_NUMBER:3301955S]]
Address: [[ADDRESS:21 Cypress Grove]], [[LOCATION:Templeogue]], [[LOCATION:Dublin 6W]]
Eircode: [[ZIP_CODE:D6W Y7K2]]
Mobile: [[PHONE_NUMBER:086 442 1970]]
Employer: Aer Dún Logistics
Marital status: Married""",
    """emp_no,surname,forename,ni_number,sort_code,account_no,dept
[[ID_NUMBER:10442]],[[PERSON:Okafor]],[[PERSON:Chinedu]],[[ID_NUMBER:NX702318B]],20-32-06,[[ID_NUMBER:73018842]],Warehouse
[[ID_NUMBER:10457]],[[PERSON:Whitfield]],[[PERSON:Hannah]],[[ID_NUMBER:PE 61 44 07 A]],40-47-84,[[ID_NUMBER:11592630]],Finance
[[ID_NUMBER:10461]],[[PERSON:Szymańska]],[[PERSON:Ewa]],[[ID_NUMBER:JK882041D]],09-01-28,[[ID_NUMBER:40128874]],Warehouse""",
    """| NHS No | Patient | DOB | GP | Ward |
| --- | --- | --- | --- | --- |
| [[ID_NUMBER:485 777 3457]] | [[PERSON:Marjorie Hale]] | [[DATE_TIME:03/05/1941]] | [[PERSON:Dr Singh]] | Elm |
| [[ID_NUMBER:450 218 9634]] | [[PERSON:Tariq Mahmood]] | [[DATE_TIME:22/12/1973]] | [[PERSON:Dr Barker]] | Oak |
| [[ID_NUMBER:943 476 5919]] | [[PERSON:Jun-ho Park]] | [[DATE_TIME:23/11/1990]] | [[PERSON:Dr Barker]] | Day unit |""",
    """first,last,ssn,dob,state,zip,plan
[[PERSON:Tameka]],[[PERSON:Rowland]],[[US_SSN:247-81-0935]],[[DATE_TIME:1987-02-11]],[[LOCATION:GA]],[[ZIP_CODE:30310]],silver
[[PERSON:Brent]],[[PERSON:Oyler]],[[US_SSN:522-40-7718]],[[DATE_TIME:1969-09-30]],[[LOCATION:CO]],[[ZIP_CODE:80521]],bronze
[[PERSON:Ximena]],[[PERSON:Cortez]],[[US_SSN:623-18-4420]],[[DATE_TIME:2001-12-05]],[[LOCATION:AZ]],[[ZIP_CODE:85705]],gold""",
    """username\tsource_ip\tlast_login\tuser_agent\tstatus
[[USERNAME:a.mukherjee]]\t[[IP_ADDRESS:49.207.183.12]]\t[[DATE_TIME:2024-06-10 22:04]]\tMozilla/5.0 (Windows NT 10.0; Win64; x64)\tactive
[[USERNAME:jdlc_admin]]\t[[IP_ADDRESS:112.198.77.40]]\t[[DATE_TIME:2024-06-11 07:51]]\tcurl/8.4.0\tlocked
[[USERNAME:s.oyelaran]]\t[[IP_ADDRESS:2a02:c7c:3d21:9f00::4]]\t[[DATE_TIME:2024-06-11 09:30]]\tMozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X)\tactive""",
    """| Applicant(s) | Ages | Town | Approved | Social worker |
|---|---|---|---|---|
| [[PERSON:Grant]] & [[PERSON:Lucy Hendry]] | [[AGE:39]], [[AGE:37]] | [[LOCATION:Dundee]] | [[DATE_TIME:12 Feb 2024]] | [[PERSON:Ailsa Moir]] |
| [[PERSON:Nadia Haddad]] | [[AGE:44]] | [[LOCATION:Perth]] | pending | [[PERSON:Ailsa Moir]] |
| [[PERSON:Stuart]] & [[PERSON:Callum Baird-Reid]] | [[AGE:33]], [[AGE:35]] | [[LOCATION:Arbroath]] | [[DATE_TIME:3 Apr 2024]] | [[PERSON:Fraser Tulloch]] |""",
    """STUDENT ID  NAME                    DOB         GUARDIAN PHONE    HOMEROOM
[[ID_NUMBER:S2024-0183]]  [[PERSON:Amani Wekesa]]            [[DATE_TIME:2011-04-17]]  [[PHONE_NUMBER:0733 204 118]]      7B
[[ID_NUMBER:S2024-0184]]  [[PERSON:Brian Kiprotich]]         [[DATE_TIME:2011-09-02]]  [[PHONE_NUMBER:0711 580 443]]      7B
[[ID_NUMBER:S2024-0191]]  [[PERSON:Zawadi Achieng Odhiambo]] [[DATE_TIME:2012-01-25]]  [[PHONE_NUMBER:+254 720 119 874]]  7C""",
    """{"cardholder": "[[PERSON:Lena Hoffmann-Gray]]", "pan": "[[CREDIT_CARD:4532 0177 8834 6123]]", "exp": "04/27", "cvv": "881", "billing_zip": "[[ZIP_CODE:02139]]"}
{"cardholder": "[[PERSON:Obinna Nwosu]]", "pan": "[[CREDIT_CARD:5498173032650098]]", "exp": "10/25", "cvv": "230", "billing_zip": "[[ZIP_CODE:20011]]"}
{"cardholder": "[[PERSON:Ava Lindholm]]", "pan": "[[CREDIT_CARD:3497-126609-40180]]", "exp": "01/28", "cvv": "4471", "billing_zip": "[[ZIP_CODE:55105]]"}
{"cardholder": "[[PERSON:Ramón Echeverría]]", "pan": "[[CREDIT_CARD:3056 930902 5904]]", "exp": "06/26", "cvv": "093", "billing_zip": "[[ZIP_CODE:33133]]"}""",
    """guests:
  - name: [[PERSON:Hollis Greenaway]]
    room: 418
    arrival: [[DATE_TIME:2024-08-16]]
    emergency_contact: [[PERSON:Meredith Greenaway]]
    emergency_phone: "[[PHONE_NUMBER:+1 604 771 0293]]"
  - name: [[PERSON:Suda Phongsri]]
    room: 422
    arrival: [[DATE_TIME:2024-08-17]]
    emergency_contact: [[PERSON:Anan Phongsri]]
    emergency_phone: "[[PHONE_NUMBER:+66 81 442 9037]]\"""",
    """payee;iban;bic;amount;reference
[[PERSON:Henrike Albers]];[[IBAN_CODE:DE63 1001 0010 0639 2184 57]];PBNKDEFFXXX;850,00;rent June
[[PERSON:Matthijs de Groot]];[[IBAN_CODE:NL08 ABNA 0417 7392 58]];ABNANL2A;1.200,00;invoice 2024-118
[[PERSON:Kristina Hofer]];[[IBAN_CODE:AT62 2011 1827 3645 0912]];GIBAATWWXXX;310,50;deposit refund
[[PERSON:Wiktor Lewandowski]];[[IBAN_CODE:PL23 1140 2020 0040 0023 1847 2930]];BREXPLPWMBK;95,00;membership""",
    """Name,Aadhaar,PAN,Mobile,City,Pincode
[[PERSON:Ritika Bansal]],[[ID_NUMBER:7901 4423 6858]],[[ID_NUMBER:AQRPB7734K]],[[PHONE_NUMBER:+91 98110 47236]],[[LOCATION:New Delhi]],[[ZIP_CODE:110017]]
[[PERSON:Mohammed Irfan Shaikh]],[[ID_NUMBER:6219 5084 3776]],[[ID_NUMBER:DHSPS2209M]],[[PHONE_NUMBER:9867043112]],[[LOCATION:Mumbai]],[[ZIP_CODE:400050]]
[[PERSON:Anjali Nair]],[[ID_NUMBER:3582 0641 9172]],[[ID_NUMBER:BKLPN4410Q]],[[PHONE_NUMBER:+91-94470-22815]],[[LOCATION:Kochi]],[[ZIP_CODE:682024]]""",
    """| ID number | Surname | First name | Sex | Suburb | Cell |
|---|---|---|---|---|---|
| [[ID_NUMBER:7605315813088]] | [[PERSON:Pillay]] | [[PERSON:Devan]] | M | [[LOCATION:Chatsworth]] | [[PHONE_NUMBER:083 771 4025]] |
| [[ID_NUMBER:9309070341082]] | [[PERSON:Dlamini]] | [[PERSON:Thandiwe]] | F | [[LOCATION:Imbali]] | [[PHONE_NUMBER:072 318 8840]] |
| [[ID_NUMBER:0204190939189]] | [[PERSON:Sithole]] | [[PERSON:Nokuthula]] | F | [[LOCATION:Soweto]] | [[PHONE_NUMBER:+27 61 904 2237]] |""",
    """NRIC/FIN   NAME                 POSTAL   CONTACT      PASS TYPE
[[ID_NUMBER:S7702518I]]  [[PERSON:Goh Siew Ling]]        [[ZIP_CODE:520218]]   [[PHONE_NUMBER:9148 2273]]    Citizen
[[ID_NUMBER:T0318846E]]  [[PERSON:Arif bin Hamzah]]      [[ZIP_CODE:760331]]   [[PHONE_NUMBER:8832 0175]]    Citizen
[[ID_NUMBER:F2459981R]]  [[PERSON:Muthu Kumar]]          [[ZIP_CODE:640031]]   [[PHONE_NUMBER:8412 6637]]    Work Permit""",
    """sin,name,province,postal_code,phone,language
[[ID_NUMBER:298 317 652]],[[PERSON:Geneviève Lachance]],[[LOCATION:QC]],[[ZIP_CODE:G1R 4P5]],[[PHONE_NUMBER:418-649-2207]],fr
[[ID_NUMBER:527 183 404]],[[PERSON:Connor McTavish]],[[LOCATION:ON]],[[ZIP_CODE:M4Y 1A1]],[[PHONE_NUMBER:416-915-3382]],en
[[ID_NUMBER:712 094 564]],[[PERSON:Darius Farahani]],[[LOCATION:ON]],[[ZIP_CODE:M5A 2P7]],[[PHONE_NUMBER:647-829-0183]],en""",
    """Name | TFN | Medicare | State | Postcode
[[PERSON:Bronte Aldridge]] | [[ID_NUMBER:876 520 149]] | [[ID_NUMBER:2951 48366 1]] | [[LOCATION:NSW]] | [[ZIP_CODE:2034]]
[[PERSON:Rohan Deshpande]] | [[ID_NUMBER:459 631 081]] | [[ID_NUMBER:4120 85730 2]] | [[LOCATION:VIC]] | [[ZIP_CODE:3029]]
[[PERSON:Priya Sundaram]] | [[ID_NUMBER:312 487 691]] | pending | [[LOCATION:VIC]] | [[ZIP_CODE:3000]]""",
    """| Beneficiary | Phone | Bank | Account | Region | Relief type |
|---|---|---|---|---|---|
| [[PERSON:Amina Yusuf Bello]] | [[PHONE_NUMBER:0806 331 9087]] | Access | [[ID_NUMBER:0692014473]] | [[LOCATION:Kano]] | flood |
| [[PERSON:Chibuike Nnaji]] | [[PHONE_NUMBER:+234 703 118 2264]] | UBA | [[ID_NUMBER:2087741350]] | [[LOCATION:Anambra]] | flood |
| [[PERSON:Halima Abubakar]] | [[PHONE_NUMBER:0813 447 0921]] | Zenith | [[ID_NUMBER:1014882963]] | [[LOCATION:Kogi]] | windstorm |""",
    """Evacuee list, Brgy. Hall (Typhoon Carina)
#  | Name                      | Age | Home barangay      | Contact
1  | [[PERSON:Rodel Bautista]]            | [[AGE:52]]  | [[LOCATION:Tumana]]             | [[PHONE_NUMBER:0917 330 4418]]
2  | [[PERSON:Marites Bautista]]          | [[AGE:49]]  | [[LOCATION:Tumana]]             | [[PHONE_NUMBER:0917 330 4418]]
3  | Lola [[PERSON:Pacita Villanueva]]    | [[AGE:81]]  | [[LOCATION:Malanday]]           | c/o [[PERSON:Joy]] [[PHONE_NUMBER:0998 214 6603]]""",
    """name\tird\tcity\tphone\trole
[[PERSON:Aroha Ngata]]\t[[ID_NUMBER:049-821-352]]\t[[LOCATION:Auckland]]\t[[PHONE_NUMBER:021 448 9031]]\tcaregiver
[[PERSON:Hemi Walker]]\t[[ID_NUMBER:117-362-086]]\t[[LOCATION:Rotorua]]\t[[PHONE_NUMBER:027 503 8812]]\tcaregiver
[[PERSON:Losa Faleolo]]\tpending\t[[LOCATION:Porirua]]\t[[PHONE_NUMBER:022 180 4471]]\trespite""",
    """INCIDENT FORM
incident_no: HTL-2024-0088
date_time: [[DATE_TIME:2024-02-17 21:40]]
guest_name: [[PERSON:Mrs. Adwoa Frimpong]]
guest_home_address: [[ADDRESS:12 Holloway Road]], [[LOCATION:London]] [[ZIP_CODE:N7 8JE]]
guest_phone: [[PHONE_NUMBER:+44 7983 220 516]]
location: spa changing room
injury: cut to left foot (broken tile)
first_aider: [[PERSON:Tomasz Krawczyk]]
manager_on_duty: [[PERSON:Elise Vandenberghe]]""",
    """| Member # | Name | Gender | Plan | Joined | Email |
|---|---|---|---|---|---|
| [[ID_NUMBER:GYM-50912]] | [[PERSON:Jordan Alvarez]] | non-binary | off-peak | [[DATE_TIME:Jan 4, 2024]] | [[EMAIL_ADDRESS:jordan.alvarez@proton.me]] |
| [[ID_NUMBER:GYM-50948]] | [[PERSON:Kiara Dubois]] | F | full | [[DATE_TIME:Feb 19, 2024]] | [[EMAIL_ADDRESS:kiara.d@icloud.com]] |
| [[ID_NUMBER:GYM-51003]] | [[PERSON:Kenji Watanabe]] | M | student | [[DATE_TIME:Mar 2, 2024]] | [[EMAIL_ADDRESS:kwatanabe@ucsd.edu]] |""",
    """donor,class_year,gift_usd,profile,city
[[PERSON:Sloane Whitaker]],1996,25000,[[URL:https://www.linkedin.com/in/sloanewhitaker]],[[LOCATION:Greenwich]]
[[PERSON:Babatunde Ajayi]],2004,1000,[[URL:linkedin.com/in/babatunde-ajayi-04]],[[LOCATION:Houston]]
Anonymous,1979,50000,,
[[PERSON:Rachel Kim-Odell]],2012,250,[[URL:https://rachelkimodell.com]],[[LOCATION:Portland]]""",
    """appt\tpatient\tphone\tdentist\tnotes
[[DATE_TIME:Mon 17 Jun 09:00]]\t[[PERSON:Gwyneth Price]]\t[[PHONE_NUMBER:01792 460 118]]\t[[PERSON:Dr Okonkwo]]\tcheck-up
[[DATE_TIME:Mon 17 Jun 09:40]]\t[[PERSON:Eryk Nowicki]]\t[[PHONE_NUMBER:07445 902 361]]\t[[PERSON:Dr Okonkwo]]\tfilling LR6
[[DATE_TIME:Mon 17 Jun 10:20]]\t[[PERSON:Fern Castellano]]\t[[PHONE_NUMBER:07301 558 204]]\t[[PERSON:Dr Huang]]\thygienist""",
    """{"device": "LAPTOP-0417", "assigned_to": "[[PERSON:Nasrin Haidari]]", "mac": "a4:83:e7:21:5c:90", "ip": "[[IP_ADDRESS:10.20.4.117]]", "serial": "PF3KQ2X9"}
{"device": "LAPTOP-0418", "assigned_to": "[[PERSON:Ollie Trevithick]]", "mac": "a4:83:e7:21:5d:0b", "ip": "[[IP_ADDRESS:10.20.4.118]]", "serial": "PF3KQ31A"}
{"device": "PHONE-0093", "assigned_to": "[[PERSON:Nasrin Haidari]]", "mac": "f0:99:b6:0c:41:7e", "ip": "[[IP_ADDRESS:100.81.22.6]]", "serial": "F2LZX8QN0D"}""",
    """nombre,dni,cuil,localidad,provincia,celular
[[PERSON:Camila Rocío Domínguez]],[[ID_NUMBER:34.218.907]],[[ID_NUMBER:27-34218907-0]],[[LOCATION:Rosario]],[[LOCATION:Santa Fe]],[[PHONE_NUMBER:+54 9 341 528-4471]]
[[PERSON:Julián Ezequiel Pereyra]],[[ID_NUMBER:34.771.095]],[[ID_NUMBER:20-34771095-5]],[[LOCATION:Godoy Cruz]],[[LOCATION:Mendoza]],[[PHONE_NUMBER:261 15-442-9038]]
[[PERSON:Agustina Roldán]],[[ID_NUMBER:41.998.073]],[[ID_NUMBER:27-41998073-6]],[[LOCATION:San Miguel de Tucumán]],[[LOCATION:Tucumán]],[[PHONE_NUMBER:381 430-2276]]""",
    """| Nombre | Cédula | Ciudad | Celular | Fecha de ingreso |
|---|---|---|---|---|
| [[PERSON:Juan Camilo Arango]] | [[ID_NUMBER:1.020.734.518]] | [[LOCATION:Bogotá]] | [[PHONE_NUMBER:320 417 8854]] | [[DATE_TIME:15/02/2023]] |
| [[PERSON:Diana Marcela Quintero]] | [[ID_NUMBER:52.917.406]] | [[LOCATION:Bogotá]] | [[PHONE_NUMBER:310 228 4091]] | [[DATE_TIME:01/08/2022]] |
| [[PERSON:Kevin Steven Lozano]] | [[ID_NUMBER:1.144.208.773]] | [[LOCATION:Cali]] | [[PHONE_NUMBER:+57 316 552 0187]] | [[DATE_TIME:20/11/2023]] |""",
    """Personalnr;Name;Vorname;Geburtsdatum;Steuer-ID;Ort;Abteilung
[[ID_NUMBER:40017]];[[PERSON:Wegener]];[[PERSON:Till]];[[DATE_TIME:22.06.1988]];[[ID_NUMBER:47381290548]];[[LOCATION:Leipzig]];Lager
[[ID_NUMBER:40023]];[[PERSON:Öztürk]];[[PERSON:Elif]];[[DATE_TIME:09.01.1995]];[[ID_NUMBER:26509371640]];[[LOCATION:Halle (Saale)]];Buchhaltung
[[ID_NUMBER:40031]];[[PERSON:Schubert-Lang]];[[PERSON:Carola]];[[DATE_TIME:30.10.1971]];[[ID_NUMBER:57103846254]];[[LOCATION:Leipzig]];Vertrieb""",
    """Jméno a příjmení      | Rodné číslo  | Obec            | Telefon          | Role
[[PERSON:Radek Holub]]           | [[ID_NUMBER:910604/1274]]  | [[LOCATION:Jihlava]]         | [[PHONE_NUMBER:605 114 872]]      | řidič
[[PERSON:Markéta Vondrová]]      | [[ID_NUMBER:785921/0337]]  | [[LOCATION:Havlíčkův Brod]]  | [[PHONE_NUMBER:+420 731 206 558]] | koordinátorka
[[PERSON:Jakub Horváth]]         | [[ID_NUMBER:030217/5522]]  | [[LOCATION:Jihlava]]         | [[PHONE_NUMBER:776 340 119]]      | brigádník""",
    """volunteers:
  - name: [[PERSON:Yonatan Mizrahi]]
    nationality: [[NRP:Israeli]]
    languages: [Hebrew, English]
    phone: "[[PHONE_NUMBER:+972 54-771-2038]]"
  - name: [[PERSON:Sana Qadri]]
    nationality: [[NRP:Pakistani]]
    languages: [Urdu, English, Punjabi]
    phone: "[[PHONE_NUMBER:+92 300 4418 227]]"
  - name: [[PERSON:Ilse Van den Broeck]]
    nationality: [[NRP:Belgian]]
    languages: [Dutch, French]
    phone: "[[PHONE_NUMBER:+32 478 20 91 35]]\"""",
    """Full Name: [[PERSON:Kwabena Owusu-Ansah]]
Date of Birth: [[DATE_TIME:6 March 1982]]
Ghana Card: [[ID_NUMBER:GHA-004417386-2]]
Digital Address: [[ADDRESS:GA-183-8164]]
Town: [[LOCATION:Dansoman]], [[LOCATION:Accra]]
Phone: [[PHONE_NUMBER:+233 24 418 2290]]
Occupation: Quantity Surveyor
Next of kin: [[PERSON:Abena Owusu-Ansah]] (wife)""",
]

CHAT = [
    """[19:52] Support ([[PERSON:Nadia]]): Hi, you're through to Dishdash support. Can I take the name on the account?
[19:52] Customer: [[PERSON:Callum Fraser]]
[19:53] Support ([[PERSON:Nadia]]): Thanks [[PERSON:Callum]]. And the email you signed up with?
[19:53] Customer: [[EMAIL_ADDRESS:cal.fraser@gmail.com]], the order was the curry from Spice Route, #DD-4471902
[19:54] Customer: driver marked it delivered but it never came, I'm at [[ADDRESS:Flat 3/2, 118 Dumbarton Road]], [[ZIP_CODE:G11 6NX]]
[19:55] Support ([[PERSON:Nadia]]): So sorry about that. I've refunded £18.60 to the card ending 0621, it should show in 3-5 days.
[19:55] Customer: cheers""",
    """Mum: [[PERSON:Tolu]] did you send your brother the address for Saturday
[[PERSON:Tolu]]: not yet one sec
[[PERSON:Tolu]]: [[PERSON:Dayo]] it's [[ADDRESS:48 Cranbrook Avenue]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 3PF]], party starts 4
[[PERSON:Dayo]]: ok. also mum asked for your account for the aso-ebi money
[[PERSON:Tolu]]: [[PERSON:Toluwani Adebisi]], [[ID_NUMBER:31847722]], sort code 20-98-61
Mum: Thank you. Aunty [[PERSON:Folake]] is coming from [[LOCATION:Ibadan]], her number is [[PHONE_NUMBER:+234 805 772 1934]] if anyone is picking her up from the airport on [[DATE_TIME:Friday 14th]]""",
    """#front-office  (Slack)
[[PERSON:Grace Ng]]  9:02 AM
heads up, the guest from 802 ([[PERSON:Vikram Rathore]]) wants the incident report emailed to [[EMAIL_ADDRESS:vik.rathore@outlook.in]] before he checks out
[[PERSON:Marco Bellini]]  9:04 AM
on it. do we have his passport no for the report? the form asks for it
[[PERSON:Grace Ng]]  9:05 AM
[[ID_NUMBER:V4827710]], copied from the registration card
[[PERSON:Marco Bellini]]  9:05 AM
thx. @[[USERNAME:priya.h]] can you comp his [[DATE_TIME:11 Apr]] night?""",
    """Chat transcript - Card Services
Agent [[PERSON:Dwayne]]: Thanks for waiting. For security, can you confirm your full name and date of birth?
You: [[PERSON:Marissa Delgado]], [[DATE_TIME:October 2nd 1988]]
Agent [[PERSON:Dwayne]]: Thank you. And the last four of your SSN?
You: 4471
Agent [[PERSON:Dwayne]]: Verified. I see a pending charge of $612.80 at an electronics store in [[LOCATION:Miami]].
You: that wasn't me, I'm in [[LOCATION:Albuquerque]]. card is [[CREDIT_CARD:4182 7369 5502 0830]]
Agent [[PERSON:Dwayne]]: I've blocked it and ordered a replacement to [[ADDRESS:7719 Desert Willow Ln NW]], [[LOCATION:Albuquerque]], [[LOCATION:NM]] [[ZIP_CODE:87120]]. Is that still correct?
You: yes""",
    """[10:14] [[TITLE:Don]] [[PERSON:Álvaro]] (arrendador): Buenos días [[PERSON:Valentina]], le recuerdo que el canon se paga el 5
[10:20] [[PERSON:Valentina Mejía]]: Buenos días [[TITLE:don]] [[PERSON:Álvaro]], sí señor. Me pasa otra vez la cuenta?
[10:21] [[TITLE:Don]] [[PERSON:Álvaro]] (arrendador): Ahorros Bancolombia [[ID_NUMBER:241-857403-19]] a nombre de [[PERSON:Álvaro Restrepo Henao]], cédula [[ID_NUMBER:70.118.432]]
[10:25] [[PERSON:Valentina Mejía]]: Listo. Y lo del calentador del apto? Sigue sin funcionar en [[ADDRESS:Calle 10 # 43D-25, apto 1202]]
[10:26] [[TITLE:Don]] [[PERSON:Álvaro]] (arrendador): Le mando al técnico el [[DATE_TIME:sábado 8 a las 9 a. m.]], se llama [[PERSON:Wilmer]], cel [[PHONE_NUMBER:304 611 2987]]""",
    """Live chat - Storm claims
Bot: Welcome. Please describe the damage.
[[PERSON:Shelley Brannigan]]: hail smashed both skylights and the car windscreen on [[DATE_TIME:Tuesday night, 31 October]]
Bot: Connecting you to a claims consultant.
Consultant ([[PERSON:Anh]]): Hi [[PERSON:Shelley]], I'm [[PERSON:Anh]]. Can I confirm the insured address?
[[PERSON:Shelley Brannigan]]: [[ADDRESS:6 Ironbark Close]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]]
Consultant ([[PERSON:Anh]]): Thanks. Best number for the assessor?
[[PERSON:Shelley Brannigan]]: [[PHONE_NUMBER:0438 905 216]], or my husband [[PERSON:Rob]] on [[PHONE_NUMBER:0411 227 640]]
Consultant ([[PERSON:Anh]]): Lodged as claim HCL-0931184. An assessor will call within 2 business days.""",
    """#raid-signups
[[USERNAME:NightOwl_Kate]]: count me in for thursday
[[USERNAME:grimwald88]]: same. btw whoever organises the meetup, my real name's [[PERSON:Adam Kowalczyk]] for the booking
[[USERNAME:NightOwl_Kate]]: lol ok. I'm [[PERSON:Kate]], email me the venue at [[EMAIL_ADDRESS:kate.oyelowo@gmail.com]]
[[USERNAME:tankmom_lyn]]: venue is the Crown & Anchor, 7pm. bring ID, [[PERSON:Lyn]] (me) is on [[PHONE_NUMBER:07866 310 442]] if you get lost
[[USERNAME:grimwald88]]: 👍""",
    """WhatsApp group: Relief Volunteers - Chennai
[[PERSON:Karthik Raman]]: Registrations so far: [[PERSON:Divya]], [[PERSON:Senthil]], [[PERSON:Farhan]]. Need ages for insurance
[[PERSON:Divya Subramaniam]]: I'm [[AGE:26]]
[[PERSON:Senthil Kumar]]: [[AGE:31]]. Aadhaar also needed?
[[PERSON:Karthik Raman]]: Yes, send privately if you prefer
[[PERSON:Farhan Ali]]: [[AGE:19]], Aadhaar [[ID_NUMBER:7901 4423 6858]]. My mother's number for emergency: [[PHONE_NUMBER:+91 94441 20376]]
[[PERSON:Karthik Raman]]: 🙏 reporting at the Velachery camp [[DATE_TIME:Sunday 8th, 6 am]]""",
]

LOOKALIKE = [
    """Your parcel is on its way! Order ORD-2024-558120 (invoice INV-77124, SKU KX-4471-BLK x1) left our hub on 11 June. Tracking: 1Z 84F 203 04 4417 9921 (UPS) and JD014600007712048812 (Evri). Questions? Call 0345 600 1122 or write to help@parcelpoint.co.uk. Delivering to: [[PERSON:A. Marchetti]].""",
    """Release notes 4.12.0.3 (build 20240611.7): fixed a crash when parsing 10.0.0.255-style version strings; upgraded OpenSSL to 3.0.13; switched the router to Dijkstra's algorithm; the Bayes filter now ignores serial SN-4471-0092-KX. Checksums: sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, md5 5d41402abc4b2a76b9719d911017c592. UUID of the default profile: 3fa85f64-5717-4562-b3fc-2c963f66afa6. Support line: +1 800 944 2270.""",
    """Invoice BK-00918 from Harrow Lane Books: ISBN 978-0-1995-3556-9 (x2), ISBN 978-1-8462-7104-5 (x1), ISBN 979-1-0829-4731-4 (x3). SKU HLB-7731, VAT reg. GB 284 1177 09. Account customer: [[PERSON:Margaret Oyelowo-Finch]], customer no. [[ID_NUMBER:HL-30218]]. Enquiries to accounts@harrowlanebooks.co.uk or 020 8864 1190.""",
    """Directions for the volunteer day: from the station take Martin Luther King Jr Boulevard, turn onto Rosa Parks Way, then left at Cesar Chavez Park; the hall is past the Lincoln Memorial Library on Frederick Douglass Street. Parking lot B, gate code 4471 (not a phone number). The site lead on the day is [[PERSON:Tremaine Holloway]], mobile [[PHONE_NUMBER:(313) 784-2206]]; the office line is 313-555-0100.""",
    """Lieferschein LS-2024-08812 zu Bestellung 4500918823, Sendungsnummer 00340434161094012345 (DHL). Artikel 7731-BOSCH-18V, Seriennr. 5830 1174 9922, Charge L2406-11. USt-IdNr. DE 811 226 433, Hotline 0800 330 4471, service@werkzeugwelt.de. Zustellung Goethestraße, Lager Tor 3. Ansprechpartnerin vor Ort: [[TITLE:Frau]] [[PERSON:Dagmar Reinholz]], [[PHONE_NUMBER:0172 448 9310]].""",
    """INC-0048812: router FW 192.168.4.1 (firmware string, not an address) rolled back to 2.10.44.1; MAC 00:0a:95:9d:68:16, serial RTX-88120-KQ, asset tag IT-00417. Error 0x80070005 repeated at 09:14 and 09:16. Customer [[PERSON:Bilal Choudhury]] reported it from [[IP_ADDRESS:92.40.177.215]]; ticket routed to netops@isp-helpdesk.net, tel. 0330 088 1234.""",
    """Pharmacy recall notice: lot 24B117A and lot 24B119C of levodopa 100 mg (NDC 0093-7271-01) used in Parkinson's disease, and batch HX-3308 of the Hodgkin lymphoma kit, are withdrawn. Patients at Guy's and St Thomas' with questions can call the switchboard on 020 7188 7188. Affected patient flagged by the audit: [[PERSON:Leonard Aitchison]], DOB [[DATE_TIME:04/02/1951]], hospital no. [[ID_NUMBER:GST-0917735]].""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind49", STYLES, OUT)


if __name__ == "__main__":
    main()

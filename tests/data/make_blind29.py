"""Build tests/data/blind29.jsonl: a twenty-ninth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind29.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of any other gold set. Exactly
these were read, and nothing else in the repository: lines 1-121 of
make_blind22.py (its module docstring, with the labeling conventions and the
style descriptions, and its import lines), the closing scaffolding of
make_blind22.py from `STYLES = {` to the end of the file (copied below),
gold_sets.py (the checks and `write_set`), and lines 1-64 of
make_handwritten.py (its conventions docstring, MARK, TITLE_IN_NAME and
`parse()`). The record lists of make_blind22.py, every other make_*.py
(make_blind24.py to make_blind30.py included), every *.jsonl file, git
history and anything under /tmp were not looked at. The detector and the
bench were never run, on this file or anything else. Do not tune the
detector against this set: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand, one by one, in the voice of an
outside evaluator: no Faker, no word lists, no templates filled by loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with their country's length; the national check digits inside
the French (RIB key), Spanish (DC), Belgian, Portuguese (NIB) and Italian
(CIN) IBANs are right too. National ids with a public check digit (NHS
number, Canadian SIN, Aadhaar, BSN, CPF, DNI and NIE, South African ID,
TFN, Medicare, Australian IHI, New Zealand NHI, Irish PPSN, Singapore NRIC
and FIN, French NIR, Italian codice fiscale, Portuguese NIF, Belgian
national number) were given a valid one, and so were the ISBN-13s of the
look-alikes. All of these were worked out with throwaway code while
writing and pasted in as literal strings; nothing is generated here, and
`gold_sets.check` re-checks cards and IBANs. UK NI numbers, US SSNs, PAN,
Nigerian NIN and BVN, Kenyan ids and KRA PINs, Ghana Card numbers,
Philippine SSS, PhilHealth and TIN numbers, NZ IRD numbers, the German
tax id, ABHA numbers, US Medicare (MBI) numbers, passports, licences,
plates, bank account numbers and staff, student, member and patient
numbers were not checked. All names, numbers and addresses are fictitious.

Styles (ids `blind29-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Canada, Australia, Ireland, New Zealand, India,
South Africa, Nigeria, Kenya, Ghana, the Philippines and Singapore, with
names from the many cultures living there); the rest are in French,
German, Spanish, Portuguese, Italian and Dutch.
- `gen` (110): one to four sentences in the manner of third-party
  LLM-generated "realistic text with personal data", across everyday and
  professional domains (pharmacy, payroll, lettings, tax, gaming, weddings,
  family chat, hospitals, schools, mobile money, housing, mortgages,
  raffles, benefits, motoring, airlines, courts, obituaries, the military,
  dating, vets, rentals, open-source credits ...): names anywhere, in lists,
  possessive, lowercase, nicknames, honorifics and ranks; ages said many
  ways (only exact numbers labeled); dates in many shapes.
- `bench` (80): dense records in the manner of ai4privacy
  pii-masking-200k/300k/400k (odd prompts with many entity kinds, passwords,
  user agents, MACs, crypto wallets left unlabeled), gretel-pii-masking-en-v1
  (domain documents: claims, loans, lab notes, HR letters) and Nemotron-PII
  (form-like or narrative records across industries).
- `table` (30): one labeled table per record, rendered as CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines or key: value blocks, with non-PII
  columns (amounts, statuses, SKUs, order ids) next to the PII ones.
- `doc` (12): longer documents of 600-1500 characters: letters, emails,
  minutes, discharge notes, transcripts, statements.
- `lookalike` (8): text full of identifiers that look like PII but are not
  (order, tracking, invoice and case references, SKUs, versions shaped like
  IPs, hashes, serials, ISBNs, company phone numbers and mailboxes, eponyms,
  streets named after people without a number), with the few real PII
  values labeled; some have none.

Labeling conventions: as in make_handwritten.py and make_blind22.py.
- PERSON: any part of a name, lowercase or not, initials, middle names,
  suffixes (Jr.), nicknames (also when set inside a full name, where the
  quotes stay outside); a possessive "'s" is outside; family words (aunty,
  Opa, Grandpa) stay outside. TITLE: honorifics and ranks attached to a
  name (Mr, Dr, Prof., Sgt., Lt. Col., Chief, Herr, Mme, Mdm, Sr., Rev.,
  signora), labeled apart from the name; job titles are not TITLE.
- ADDRESS: number + street (+ unit / flat / suite / floor / block), PO
  boxes, building and estate names; a building number or a secondary
  address in its own field is ADDRESS. City, suburb, named neighbourhood,
  barangay, county, state / province (also abbreviated) and country are
  LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates with a day or a month, in any shape (a
  weekday or clock time said with the date is inside the span); not bare
  years, weekdays alone, clock times alone, durations, or dates not tied
  to a person (invoice, release, sale, deadline, print dates).
- AGE: the number only, and only exact numbers of a person's age (not
  "in her forties", not a pet's age). USERNAME without "@". URL: personal
  pages and profiles only. NRP: a person's nationality, religion or
  political group.
- ID_NUMBER: national / tax / social-security ids, health-card, patient,
  staff, student, member, donor and client numbers, bank account numbers,
  non-US passports and licences, plates. US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS (v4 and v6),
  PHONE_NUMBER (also spelled out in words), EMAIL_ADDRESS as their names
  say.
- Not labeled: passwords, genders, job titles, employers, user agents,
  MACs, crypto wallets, GPS coordinates, IMEIs, sort codes, BSB, IFSC,
  routing and transit numbers, BICs, CVVs and expiries, PINs, order /
  ticket / claim / policy / booking / PNR / tracking references, amounts,
  company phone numbers, company addresses and role mailboxes, versions,
  hashes, serials, partial numbers ("ending 8841"), pets, eponyms and
  brands named after people, header rows.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind29.jsonl")

GEN = [
    "Hi, this is [[PERSON:Marisol Ortega-Vance]] calling about my mother's refill. Her name is [[PERSON:Lucinda Ortega]], date of birth [[DATE_TIME:09/14/1948]], and the pharmacy should have her at [[ADDRESS:2207 Larkspur Lane]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85712]]. You can reach me at [[PHONE_NUMBER:(520) 555-0193]].",
    "Our new hire, [[PERSON:Chinedu Okafor]], resumes on [[DATE_TIME:Monday 3 March 2025]] at the [[LOCATION:Ikeja]] branch; payroll still needs his BVN [[ID_NUMBER:22184037519]] and NIN [[ID_NUMBER:48203715962]] before the first run.",
    "Can you remind aunty [[PERSON:bisi]] that the family meeting has moved to the [[DATE_TIME:19th of April]]? She's [[AGE:71]] now and hardly checks WhatsApp, so better to call her on [[PHONE_NUMBER:0803 412 7765]].",
    "[[PERSON:Priya Raghunathan]] brought in Biscuit, her 6-year-old beagle, on [[DATE_TIME:12 Feb]] for his booster. The invoice went to [[EMAIL_ADDRESS:priya.r@fastmail.com.au]] and the reminder card will be posted to [[ADDRESS:9/41 Station Street]], [[LOCATION:Box Hill]] [[LOCATION:VIC]] [[ZIP_CODE:3128]].",
    "The tenancy for [[ADDRESS:Flat 3, 27 Elmwood Crescent]], [[LOCATION:Bristol]] [[ZIP_CODE:BS7 9QL]] is in the joint names of [[PERSON:Tomasz Wiśniewski]] and [[PERSON:Hannah Greer]]. Their deposit is protected under certificate DPS-4471903, and the check-out inspection is booked for [[DATE_TIME:30/06/2025]].",
    "[[PERSON:Jean-Philippe Tremblay]] (SIN [[ID_NUMBER:527 189 344]]) moved from [[LOCATION:Québec City]] to [[LOCATION:Halifax]] in [[DATE_TIME:August 2023]], so this year's return should show his new address: [[ADDRESS:1560 Barrington St, Suite 704]], [[LOCATION:Halifax]], [[LOCATION:NS]] [[ZIP_CODE:B3J 1Z9]].",
    "Please courier the signed agreement to [[PERSON:Mr. Harpreet Singh Sandhu]], [[ADDRESS:House No. 118, Sector 37-A]], [[LOCATION:Chandigarh]] [[ZIP_CODE:160036]]. His Aadhaar is [[ID_NUMBER:3847 1920 5635]] and his mobile is [[PHONE_NUMBER:+91 98140 27316]].",
    "Player [[USERNAME:xX_NightOwl_Xx]] (real name [[PERSON:Daniel Kwame Asante]], [[AGE:17]]) was suspended on [[DATE_TIME:2024-11-08 22:41 UTC]] after the same device logged into three accounts from [[IP_ADDRESS:102.176.65.14]].",
    "Together with their families, [[PERSON:Nkechi Obi]] and [[PERSON:Oluwaseun Adeyemi]] request the pleasure of your company at their wedding on [[DATE_TIME:Saturday, 14 June 2025]] at St. Leo's Catholic Church. Kindly RSVP to [[PERSON:Funmi]] on [[PHONE_NUMBER:+234 809 551 3024]].",
    "lol [[PERSON:jess]] just told me [[PERSON:marco]]'s moving to [[LOCATION:melbourne]] on the [[DATE_TIME:22nd]] and nobody asked him to stay",
    "Patient [[PERSON:Eleanor Whitfield-Brown]], NHS number [[ID_NUMBER:943 476 5919]], [[AGE:82]], was admitted on [[DATE_TIME:4 January 2025]] with a fractured neck of femur. Next of kin is her son, [[PERSON:Geoffrey]], on [[PHONE_NUMBER:07700 900418]].",
    "[[PERSON:Mrs. Lakshmi Venkataraman]] has asked that her daughter [[PERSON:Ananya]] (Year 5, pupil number [[ID_NUMBER:ST-2019-0447]]) be collected by her grandfather, [[PERSON:Mr. S. Krishnan]], on Thursdays for the rest of term.",
    "Confirmed. [[PERSON:Wanjiru Kamau]] has sent Ksh 4,500.00 to [[PERSON:OTIENO JUMA]] [[PHONE_NUMBER:0712846309]] on [[DATE_TIME:17/3/25 at 6:14 PM]]. Her ID number [[ID_NUMBER:28461937]] and KRA PIN [[ID_NUMBER:A004817263Z]] are already linked to the account.",
    "Kindly update the SSS record of [[PERSON:Ma. Cristina Dela Cruz]], SSS No. [[ID_NUMBER:34-5678912-3]], born [[DATE_TIME:May 2, 1990]], now residing at [[ADDRESS:Blk 12 Lot 8, Mabuhay Homes]], [[LOCATION:Brgy. San Isidro]], [[LOCATION:Cainta]], [[LOCATION:Rizal]] [[ZIP_CODE:1900]].",
    "The HDB flat at [[ADDRESS:Blk 628 Woodlands Ring Road, #11-204]], [[LOCATION:Singapore]] [[ZIP_CODE:730628]] is registered to [[PERSON:Lim Wei Jie]] (NRIC [[ID_NUMBER:S8732154A]]) and his wife, [[PERSON:Nur Aisyah binte Rahman]].",
    "[[PERSON:Thandiwe Mokoena]], ID number [[ID_NUMBER:9107230124087]], applied for the home loan on [[DATE_TIME:2 September]]. Her employer confirmed that she has lived at [[ADDRESS:14 Jacaranda Avenue]], [[LOCATION:Lynnwood]], [[LOCATION:Pretoria]], [[ZIP_CODE:0081]] since 2019.",
    "[[PERSON:Mr. Kwabena Boateng]] of [[LOCATION:Kumasi]] has won the second prize in the raffle. His Ghana Card number is [[ID_NUMBER:GHA-719204836-5]], and he asked that we send the voucher to his daughter [[PERSON:Adwoa]] at [[EMAIL_ADDRESS:adwoa.boateng91@gmail.com]].",
    "Kia ora [[PERSON:Aroha]], we've received your Community Services Card renewal. The new card will be posted to [[ADDRESS:62 Te Awa Road]], [[LOCATION:Hamilton]] [[ZIP_CODE:3210]] within ten working days. Your client number is [[ID_NUMBER:418-307-925]].",
    "[[PERSON:Siobhán Ní Bhriain]] (PPSN [[ID_NUMBER:6381924K]]) was born on [[DATE_TIME:3rd November 1986]] and now lives at [[ADDRESS:Apt 12, Riverside Quay]], [[LOCATION:Galway]], [[ZIP_CODE:H91 E2K3]].",
    "The registered owner of plate [[ID_NUMBER:8KZR492]] is [[PERSON:Marcus D. Whitaker]] of [[ADDRESS:318 Oakhurst Ave]], [[LOCATION:Sacramento]], [[LOCATION:CA]] [[ZIP_CODE:95822]], California driver license [[US_DRIVER_LICENSE:B6620417]].",
    "I've attached the W-4 for [[PERSON:Rosalind Chen]]. Her SSN is [[US_SSN:529-41-8836]] and her first day is [[DATE_TIME:June 9th]], so please get her into the system before then.",
    "PAX: [[TITLE:MS]] [[PERSON:AIKO TANAKA-REID]] / US passport [[US_PASSPORT:563901274]] / seat 14C / departing [[DATE_TIME:02MAR25]] / FF no. [[ID_NUMBER:UA 8820 4417 36]].",
    "As a practising [[NRP:Sikh]], [[PERSON:Gurinder]] asked to keep his kara on during the scan. He is a [[NRP:British]] citizen, born in [[LOCATION:Ludhiana]], and has lived in [[LOCATION:Southall]] since he was [[AGE:9]].",
    "[[TITLE:Councillor]] [[PERSON:Maeve O'Leary]], a [[NRP:Fianna Fáil]] member for the area, will hold a constituency clinic; residents can email her directly at [[EMAIL_ADDRESS:maeve.oleary.cllr@gmail.com]].",
    "Bonjour, je m'appelle [[PERSON:Céline Marchand]] et j'habite au [[ADDRESS:14 rue des Lilas]], [[ZIP_CODE:69003]] [[LOCATION:Lyon]]. Mon numéro de sécurité sociale est le [[ID_NUMBER:2 91 03 69 123 047 74]] ; vous pouvez me joindre au [[PHONE_NUMBER:06 47 82 19 35]].",
    "[[TITLE:Herr]] [[PERSON:Jonas Weber]], geboren am [[DATE_TIME:17.08.1979]], wohnhaft in der [[ADDRESS:Schillerstraße 42]], [[ZIP_CODE:10627]] [[LOCATION:Berlin]], hat uns seine neue Bankverbindung mitgeteilt: [[IBAN_CODE:DE48 3705 0198 0019 2736 45]].",
    "[[PERSON:María José Fernández Ruiz]], con DNI [[ID_NUMBER:48203917B]], solicita cita para el [[DATE_TIME:martes 8 de abril a las 10:30]]. Domicilio: [[ADDRESS:Calle de Alcalá 215, 3.º izq.]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]].",
    "O cliente [[PERSON:João Pedro Albuquerque]], CPF [[ID_NUMBER:283.746.190-31]], mora na [[ADDRESS:Rua Augusta, 1508, apto 42]], [[LOCATION:São Paulo]] – [[LOCATION:SP]], CEP [[ZIP_CODE:01304-001]], e prefere ser contactado pelo WhatsApp [[PHONE_NUMBER:+55 11 98732-4410]].",
    "La [[TITLE:signora]] [[PERSON:Giulia Bernardi]], nata a [[LOCATION:Roma]] il [[DATE_TIME:12 maggio 1990]], codice fiscale [[ID_NUMBER:BRNGLI90E52H501L]], ha chiesto l'accredito dello stipendio sul conto [[IBAN_CODE:IT43W0200801622000104582396]].",
    "[[PERSON:Sanne de Vries]] (BSN [[ID_NUMBER:173946203]]) verhuist op [[DATE_TIME:1 juli]] naar [[ADDRESS:Oudegracht 118-bis]], [[ZIP_CODE:3511 AX]] [[LOCATION:Utrecht]]; haar nieuwe mobiele nummer is [[PHONE_NUMBER:06-41827395]].",
    "Claim CLM-2025-118734 was opened for [[PERSON:Deshawn Ellis]] after the collision on [[DATE_TIME:Jan. 27]]. The other driver, [[PERSON:Kristen Albrecht]] ([[AGE:19]]), gave her Ohio license as [[US_DRIVER_LICENSE:RT482915]] and her address as [[ADDRESS:77 Pinecrest Court]], [[LOCATION:Dayton]] [[ZIP_CODE:45419]].",
    "Hey [[PERSON:Mick]], it's [[PERSON:Shaz]] from the office. The accountant says the TFN we have for you ([[ID_NUMBER:458 391 620]]) came back as not matching, can you double check it? Also is your Medicare number still [[ID_NUMBER:2953 41877 1]]?",
    "Ticket #88213: [[PERSON:Olamide Bakare]] in accounts can't reach the VPN since [[DATE_TIME:Tuesday 11 Feb]]. Her laptop shows [[IP_ADDRESS:10.40.7.118]], username [[USERNAME:o.bakare]]; she's on ext. 4412 until 5.",
    "follow my cousin [[PERSON:rohan]] on insta, he's [[USERNAME:rohan.eats.sydney]] 😂 he just turned [[AGE:24]] and posted the whole birthday dinner from [[LOCATION:parramatta]]",
    "The deponent, [[PERSON:Fatima Zahra Benali]], a [[NRP:Moroccan]] national aged [[AGE:38]], residing at [[ADDRESS:41 Cavendish Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 7PH]], states that on the night of [[DATE_TIME:14 October 2023]] she saw the defendant outside the premises.",
    "Dear Admissions, my son [[PERSON:Ethan Nakamura-Price]] (UCAS Personal ID [[ID_NUMBER:142-887-3106]]) could not upload his transcript because of a portal error on [[DATE_TIME:28 January]]. Could someone contact us on [[PHONE_NUMBER:01632 960 741]]?",
    "The membership of [[PERSON:Carlos Mendoza Jr.]] (member no. [[ID_NUMBER:00418827]]) is frozen from [[DATE_TIME:April 1]] through [[DATE_TIME:May 15]] while he recovers from knee surgery, and the card on file, [[CREDIT_CARD:4556 7301 8824 6377]], won't be charged.",
    "Open home this Sunday at [[ADDRESS:12 Kauri Grove]], [[LOCATION:Titirangi]]. Call the listing agent, [[PERSON:Priyanka Deo]], on [[PHONE_NUMBER:021 884 3170]], or email the vendor, [[PERSON:Hemi Walker]], at [[EMAIL_ADDRESS:hemi.walker@xtra.co.nz]].",
    "Driver note: if [[PERSON:Mrs Osei]] isn't home, leave the parcel in the porch. Deliver to [[ADDRESS:7 Holloway Close]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 6TT]]; recipient phone [[PHONE_NUMBER:+44 7911 204583]].",
    "We noticed a purchase of $1,249.00 on your card ending 8841 at 03:12 on [[DATE_TIME:14 Nov]]. If this wasn't you, [[PERSON:Ms. Abernathy]], reply NO or call the number on the back of your card.",
    "Hi [[PERSON:Jhun]]! Your postpaid line [[PHONE_NUMBER:0917 328 4410]] has been upgraded to Plan 1299. Bills will be sent to [[ADDRESS:Unit 1708 Tower 2, Avida Towers, 34th Street]], [[LOCATION:Bonifacio Global City]], [[LOCATION:Taguig]] [[ZIP_CODE:1634]].",
    "My grandparents, [[PERSON:Rajendra]] and [[PERSON:Kamala Iyer]], married in [[LOCATION:Madurai]] on [[DATE_TIME:11 May 1962]]; Grandpa was [[AGE:26]] and Grandma only [[AGE:19]].",
    "[[TITLE:Sgt.]] [[PERSON:Tyrone Jackson]] and [[TITLE:Cpl]] [[PERSON:Amelia Ruiz]] will carry the colours, and [[TITLE:Lt. Col.]] [[PERSON:R. J. Hastings]] will take the salute on [[DATE_TIME:11 November]].",
    "[[TITLE:Pastor]] [[PERSON:Abena Owusu-Ansah]] asks that we keep [[TITLE:Brother]] [[PERSON:Kofi]]'s family in prayer; he was laid to rest in [[LOCATION:Tema]] on [[DATE_TIME:Saturday 1st Feb]].",
    "hey i'm [[PERSON:zara]], [[AGE:27]], [[NRP:muslim]], nurse in [[LOCATION:leeds]], love hiking and bad films. not on here much, message me on snap: [[USERNAME:zara.k.97]]",
    "R v [[PERSON:Kowalczyk]]: the defendant, [[PERSON:Piotr Kowalczyk]], of [[ADDRESS:58 Heaton Road]], [[LOCATION:Newcastle upon Tyne]], born [[DATE_TIME:02/12/1994]], is remanded in custody until [[DATE_TIME:17 March]].",
    "RSVP to [[PERSON:Meera]]'s mum on [[PHONE_NUMBER:0412 559 083]]. [[PERSON:Meera]] turns [[AGE:7]] on the [[DATE_TIME:9th of March]] and we're doing pizza and the trampoline park!",
    "Fees for [[PERSON:Brian Kiprotich]] (adm. no. [[ID_NUMBER:20731]], Form 3) can be paid through M-Pesa paybill 522522. His guardian, [[PERSON:Mrs. Chebet]], is on [[PHONE_NUMBER:+254 722 310 486]].",
    "[[PERSON:Dr. Anjali Mehta]] saw [[PERSON:Harold Bixby]] (MRN [[ID_NUMBER:00784213]], DOB [[DATE_TIME:7/4/1951]]) for his follow-up on [[DATE_TIME:2/18/25 at 9:40am]] and renewed the lisinopril.",
    "Selling my late father's workbench, pick up only from [[ADDRESS:2219 W Belmont Ave]], [[LOCATION:Chicago]]. Text [[PERSON:Gus]] at [[PHONE_NUMBER:773-555-0172]] after 5.",
    "[[PERSON:Mr Kenneth Abubakar]]'s National Insurance number is [[ID_NUMBER:JT 48 27 63 B]], and his Universal Credit claim started on [[DATE_TIME:16/09/2024]].",
    "[[PERSON:Ngozi Eze]], a [[NRP:Nigerian]] national, holds passport no. [[ID_NUMBER:A07719384]]; her visa interview in [[LOCATION:Abuja]] is scheduled for [[DATE_TIME:2025-05-21]].",
    "Hola [[PERSON:Javi]], te paso los datos de mi hermana para el seguro: [[PERSON:Lucía Torres Gil]], DNI [[ID_NUMBER:71592046S]], nacida el [[DATE_TIME:3/11/1997]], móvil [[PHONE_NUMBER:+34 612 48 90 37]].",
    "[[TITLE:Mdm]] [[PERSON:Tan Siew Ling]], [[AGE:66]], slipped outside [[ADDRESS:Blk 112 Bedok North Road, #03-45]] and was taken to hospital. Her son [[PERSON:Kelvin]] can be reached at [[PHONE_NUMBER:9128 4067]].",
    "[[PERSON:Brianna Lopez-Hart]]'s FAFSA lists her SSN as [[US_SSN:612-08-4937]] and her mother's as [[US_SSN:548-73-2016]]; both live at [[ADDRESS:915 Cedar Hollow Rd]], [[LOCATION:Knoxville]], [[LOCATION:TN]] [[ZIP_CODE:37923]].",
    "Hi [[PERSON:Aoife]], [[PERSON:Dr. Ciarán Mulligan]] has had to move your appointment to [[DATE_TIME:Thurs 6th March at 3.15pm]]. Reply C to confirm or ring the surgery to rebook.",
    "Ontario health card [[ID_NUMBER:4821-093-657-KT]] belongs to [[PERSON:Marie-Ève Gagnon]], [[AGE:43]], of [[ADDRESS:2250 Carling Ave, Apt 1107]], [[LOCATION:Ottawa]], [[LOCATION:ON]] [[ZIP_CODE:K2B 7G1]].",
    "[[PERSON:Lachlan Murphy]] (NSW licence [[ID_NUMBER:14729305]]) copped a speed camera fine on the M4 on [[DATE_TIME:28/12]] in his ute, rego [[ID_NUMBER:CXY42K]], and reckons he wasn't even driving.",
    "I've worked alongside [[PERSON:Siddharth]] \u201c[[PERSON:Sid]]\u201d [[PERSON:Bhattacharya]] for six years in [[LOCATION:Pune]] and can't recommend him enough. Reach me at [[EMAIL_ADDRESS:neha.kulkarni@rediffmail.com]] or [[PHONE_NUMBER:+91 90110 48327]] if you need more.",
    "PhilHealth ID of [[PERSON:Rodel Bautista]] is [[ID_NUMBER:12-025874193-6]]. He was confined in a hospital in [[LOCATION:Iloilo City]] from [[DATE_TIME:March 3]] to [[DATE_TIME:March 9, 2025]] and is claiming the case rate.",
    "Renter: [[PERSON:Ms. Yuki Sato-Whitman]], [[AGE:31]]. US passport [[US_PASSPORT:548120937]]. Pick-up [[DATE_TIME:Fri 18 Jul, 10:00]], return [[DATE_TIME:Mon 21 Jul, 18:00]], both at [[LOCATION:Dublin Airport]].",
    "[[PERSON:Akosua]], please send the 300 cedis to my MoMo number [[PHONE_NUMBER:024 517 8832]]. The name on it is [[PERSON:Yaw Darko Mensah]], don't mind the Darko.",
    "[[PERSON:Sipho Ndlovu]] (ID [[ID_NUMBER:880412 5109 089]]), born [[DATE_TIME:12 April 1988]] in [[LOCATION:Durban]], is listed as the second driver on the policy together with his brother [[PERSON:Mandla]].",
    "Deliver to [[TITLE:Chief]] [[PERSON:Adebayo Ogunleye]], [[ADDRESS:15 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]. The gateman will sign; call [[PHONE_NUMBER:0806 221 4590]] on arrival.",
    "[[TITLE:Mme]] [[PERSON:Awa Diallo]], née le [[DATE_TIME:12 juin 1984]] à [[LOCATION:Dakar]], de nationalité [[NRP:sénégalaise]], demeurant [[ADDRESS:8 avenue Jean-Jaurès]], [[ZIP_CODE:93200]] [[LOCATION:Saint-Denis]], déclare avoir perdu sa carte de séjour.",
    "Hallo [[PERSON:Lena]], kannst du Opa [[PERSON:Heinz]] am [[DATE_TIME:Samstag, den 12.04.]] vom Bahnhof abholen? Er kommt gegen Mittag an. Seine Handynummer ist [[PHONE_NUMBER:0171 4829306]], falls der Zug Verspätung hat.",
    "Il paziente [[PERSON:Marco Esposito]], nato a [[LOCATION:Napoli]] il [[DATE_TIME:15/12/1982]], codice fiscale [[ID_NUMBER:SPSMRC82T15F839C]], è stato dimesso il [[DATE_TIME:3 febbraio]] con controllo a trenta giorni.",
    "A [[PERSON:Inês Carvalho]] (NIF [[ID_NUMBER:238174654]]) pediu que a fatura fosse enviada para a [[ADDRESS:Rua de Santa Catarina, 312, 2.º Esq.]], [[ZIP_CODE:4000-442]] [[LOCATION:Porto]], e não para a morada antiga.",
    "[[PERSON:Amira Haddad]] | UX Researcher | [[URL:https://amirahaddad.design]] | [[PHONE_NUMBER:+1 (647) 555-0121]] | she/her",
    "Thanks to [[PERSON:Kenji Watanabe]] ([[URL:github.com/kwatanabe-dev]]) and [[USERNAME:lindiwe_codes]] for the patch that fixed the date parser in 2.4.1.",
    "Policyholder: [[PERSON:Mohammed Irfan Qureshi]], PAN [[ID_NUMBER:AQZPQ4817L]]. Nominee: [[PERSON:Rukhsar Qureshi]] (wife, [[AGE:34]]). Policy 0045-778-213-00 lapses if the premium is not paid within the grace period.",
    "Incident log, 23:50: a patron who gave his name only as [[PERSON:Big Tunde]] was refused entry after arguing with door staff. His friend, [[PERSON:Segun Alade]], paid the cover charge with a card and left with him.",
    "Hi [[PERSON:Sophie]] & [[PERSON:Raf]]! Check-in is from 3pm on [[DATE_TIME:the 14th]]. The lockbox is on the side gate of [[ADDRESS:19 Marine Parade]], [[LOCATION:Napier]]. Any problems, call me ([[PERSON:Tama]]) on [[PHONE_NUMBER:027 450 9913]].",
    "Rx for [[PERSON:Gurpreet Kaur Dhillon]], DOB [[DATE_TIME:1972-03-28]], is ready for pickup at the [[LOCATION:Brampton]] store. Provincial health number [[ID_NUMBER:6720 418 395]] was billed.",
    "[[PERSON:Margaret Anne]] \"[[PERSON:Peggy]]\" [[PERSON:Donnelly]] (née [[PERSON:Fitzgerald]]) passed away peacefully on [[DATE_TIME:February 2nd]], aged [[AGE:88]], at her home in [[LOCATION:Bantry]], [[LOCATION:Co. Cork]]. Predeceased by her husband [[PERSON:Dermot]]; sadly missed by [[PERSON:Niamh]], [[PERSON:Colm]] and [[PERSON:Sinéad]].",
    "i give permission for my son [[PERSON:kai reynolds]] (age [[AGE:12]]) to go on the field trip on [[DATE_TIME:may 23rd]]. emergency contact is me, [[PERSON:tara]], [[PHONE_NUMBER:(503) 555 0188]]",
    "Police said the victim, [[PERSON:Yolanda Pierce]], [[AGE:52]], of [[LOCATION:Gary]], [[LOCATION:Indiana]], was treated at the scene. The suspect is described as a man in his forties wearing a grey hoodie.",
    "Please pay the £850 rent to [[PERSON:A. Rahman]], account number [[ID_NUMBER:41826703]], sort code 20-45-77, and use reference \"[[PERSON:PATEL]] FLAT 2\" so I can match it.",
    "Can you refund me to [[IBAN_CODE:IE94 BOFI 9014 9538 2704 16]] instead? The account's in the name of [[PERSON:Declan Fogarty]], my husband, since my own card was cancelled.",
    "The home and contents policy covers [[PERSON:Nguyen Thi Mai]] and her husband [[PERSON:Tran Van Hung]] at [[ADDRESS:3/18 Hopkins Street]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]].",
    "The title for the plot in [[LOCATION:Kiambu]] was transferred from [[PERSON:Njoroge Mwangi]] (ID No. [[ID_NUMBER:10482736]]) to his daughter [[PERSON:Grace Wairimu Njoroge]] on [[DATE_TIME:9th December 2024]].",
    "Hey, is this [[PERSON:Kwame]]? I got your number ([[PHONE_NUMBER:+233 20 418 7762]]) from [[PERSON:Efua]] at church, she said you fix laptops.",
    "VA claim: veteran [[PERSON:Dwayne Mitchell]], SSN [[US_SSN:402-58-1937]], served on active duty from [[DATE_TIME:June 2004]] to [[DATE_TIME:August 2012]]; current mailing address [[ADDRESS:PO Box 1187]], [[LOCATION:Killeen]], [[LOCATION:TX]] [[ZIP_CODE:76540]].",
    "Estimado [[TITLE:Sr.]] [[PERSON:Álvarez]]: le confirmamos que el reembolso de 129,90 € se ha emitido a su cuenta [[IBAN_CODE:ES83 0182 5322 2002 0159 3847]] el [[DATE_TIME:4 de marzo]].",
    "[[PERSON:Pieter Janssens]], rijksregisternummer [[ID_NUMBER:85.03.14-127.95]], woont sinds [[DATE_TIME:januari 2022]] in de [[ADDRESS:Kortrijksesteenweg 604]], [[ZIP_CODE:9000]] [[LOCATION:Gent]].",
    "Speakers confirmed so far: [[PERSON:Prof. Adaeze Nwosu]] ([[LOCATION:Enugu]]), [[PERSON:Dr Ivan Petrov]] ([[LOCATION:Sofia]]), [[PERSON:Mx. Jordan Castellanos]] ([[LOCATION:Vancouver]]) and [[PERSON:Hyun-jin Park]] ([[LOCATION:Auckland]]).",
    "Security alert: 14 failed sign-ins for [[USERNAME:d.okonkwo]] from [[IP_ADDRESS:2a02:c7f:8412:3300:95d1:6e2b:1c0a:44f7]] early on [[DATE_TIME:9 March]]; [[PERSON:Daniel Okonkwo]]'s account has been locked until he resets his password.",
    "Donor [[PERSON:Ayesha Siddiqui]], donor no. [[ID_NUMBER:D-7730412]], blood group O negative, last donated on [[DATE_TIME:12.01.2025]] and is eligible again from [[DATE_TIME:12 April]].",
    "Both drivers swapped details in [[LOCATION:Papatoetoe]]: [[PERSON:Ravi Chand]], plate [[ID_NUMBER:NKT482]], and [[PERSON:Losa Faleolo]], plate [[ID_NUMBER:LMW77]]. Nobody was hurt, but [[PERSON:Losa]]'s tail light is gone.",
    "[[PERSON:Ramesh s/o Govindasamy]], FIN [[ID_NUMBER:G5280731Q]], has been with the company since [[DATE_TIME:1 Oct 2019]] and rents a room at [[ADDRESS:Blk 44 Jalan Bukit Merah, #07-12]], [[LOCATION:Singapore]] [[ZIP_CODE:160044]].",
    "[[PERSON:Lerato]]'s lease at [[ADDRESS:Unit 5, 22 Bree Street]], [[LOCATION:Cape Town]], [[ZIP_CODE:8001]] runs until [[DATE_TIME:31 January 2026]], after which she plans to move back to [[LOCATION:Polokwane]].",
    "[[PERSON:Esi Quansah]], WASSCE index number [[ID_NUMBER:0040217093]], born [[DATE_TIME:04/08/2006]], is [[AGE:18]] and has been offered a place to read nursing at the university in [[LOCATION:Cape Coast]].",
    "shoutout to [[USERNAME:tunde.codes]] and [[USERNAME:AdaLovesData]] for running the meetup in [[LOCATION:Yaba]] last night 🙌 next one is at the same hub",
    "I'm looking for my birth mother, [[PERSON:Rosa]], who gave birth to me in [[LOCATION:Manila]] on [[DATE_TIME:October 17, 1979]]. I was adopted by a couple from [[LOCATION:Winnipeg]] when I was [[AGE:2]].",
    "[[PERSON:Anil Mathur]]'s direct deposit: transit 00102, institution 004, account [[ID_NUMBER:5038271]]. Employee number [[ID_NUMBER:10384]] stays the same after the transfer to [[LOCATION:Calgary]].",
    "PNR 4217783095. Passengers: 1) [[PERSON:Suresh Patil]], M, [[AGE:58]]; 2) [[PERSON:Vandana Patil]], F, [[AGE:54]]. Boarding at [[LOCATION:Pune]] on [[DATE_TIME:21-04-2025]], coach B2.",
    "[[PERSON:Callum Fraser]], matriculation number [[ID_NUMBER:2304871F]], has been granted an extension; he can be contacted at [[EMAIL_ADDRESS:2304871f@student.gla.ac.uk]] or at [[ADDRESS:31 Gibson Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G12 8NU]].",
    "[[PERSON:Jasmine Pham]], Texas DL [[US_DRIVER_LICENSE:40917325]], reported her wallet stolen at a gas station in [[LOCATION:Houston]] on [[DATE_TIME:Sunday, March 16]], with her Visa [[CREDIT_CARD:4916 8273 0451 9243]] inside.",
    "Dear Doctor, thank you for seeing [[PERSON:Mrs. Olive Kaczmarek]], [[AGE:74]], Medicare [[ID_NUMBER:4172 83056 2]], who has had worsening breathlessness since [[DATE_TIME:26 January]]. Kind regards, [[PERSON:Dr. Ben Thorogood]]",
    "hi it's um [[PERSON:Deborah]], [[PERSON:Deborah Lyle]], from the swim club, just calling about [[PERSON:Ollie]]'s lessons. could you call me back on [[PHONE_NUMBER:oh four one three, two two eight, five nine one]]? thanks, bye",
    "Table 6: [[PERSON:Tariq]] & [[PERSON:Leila Mansour]], Uncle [[PERSON:Femi]] (+1), the [[PERSON:Nakamuras]], [[PERSON:Sean O'Driscoll]] (vegetarian) and [[PERSON:Bea]] from work.",
    "Bed 4: [[PERSON:Mr. Wiremu Tane]], [[AGE:67]], post-op day 2 after a bowel resection. Wife [[PERSON:Mere]] visiting this afternoon; NHI [[ID_NUMBER:ZMB4416]].",
    "Please update my records: my name is now [[PERSON:River Okoro-Lang]] (formerly [[PERSON:Rachel Okoro-Lang]]), staff ID [[ID_NUMBER:E204718]], effective [[DATE_TIME:1 May 2025]]. Thanks!",
    "[[PERSON:Trevor Lindqvist]] has an appointment at the passport agency in [[LOCATION:Seattle]] on [[DATE_TIME:June 3]]; his current passport is [[US_PASSPORT:A04418273]] and he flies to [[LOCATION:Oslo]] the following week.",
    "Quit notice served on [[PERSON:Mr. Emeka Nwachukwu]] of [[ADDRESS:Flat 4, 27 Ogui Road]], [[LOCATION:Enugu]], on [[DATE_TIME:1st of December, 2024]], for rent owed since the previous year.",
    "Alliance invited for [[PERSON:Keerthana]], [[AGE:28]], 5'4\", [[NRP:Hindu]], software engineer in [[LOCATION:Hyderabad]]. Contact father [[PERSON:R. Subramanian]], [[PHONE_NUMBER:98490 31726]].",
    "[[PERSON:Mateo Ruiz]] in [[PERSON:Ms. Greene]]'s 2nd grade class has a severe peanut allergy. Mom ([[PERSON:Daniela]]) is at [[PHONE_NUMBER:915-555-0137]]; dad works nights.",
    "Blue Badge holder [[PERSON:Edna Pryce]], badge number [[ID_NUMBER:BB4471902]], has registered vehicle [[ID_NUMBER:WK19 HZP]] for the hospital car park until her treatment ends.",
    "[[PERSON:Aryan Menon]] (P4 Integrity) will be absent from [[DATE_TIME:14 Aug]] to [[DATE_TIME:18 Aug]] for a family trip to [[LOCATION:Kochi]]. Parent: [[PERSON:Deepa Menon]], [[EMAIL_ADDRESS:deepa.menon@singnet.com.sg]].",
    "my landlord ([[PERSON:Gary]]) keeps texting me from [[PHONE_NUMBER:+1 602 555 0114]] at 2am about the parking spot. lease is up [[DATE_TIME:Sept 30]] and I'm counting the days",
]

BENCH = [
    "Dear [[PERSON:Ms. Halvorsen]], your consultation about the property in [[LOCATION:Lake County]] has been set for [[DATE_TIME:11/03/2024 14:45]]. Please bring photo ID and the deed showing [[ADDRESS:4418 Birch Hollow Way, Unit 2]], [[LOCATION:Waukegan]], [[ZIP_CODE:60085]]. Questions can go to [[EMAIL_ADDRESS:k.halvorsen@protonmail.com]].",
    "Account recovery for [[USERNAME:Trevion.Kub88]]: the sign-in from [[IP_ADDRESS:88.214.19.207]] used the password gQ7#vLx!29pz with user agent Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Safari/537.36. If that wasn't you, [[PERSON:Trevion]], reset it now.",
    "[[PERSON:Olumide Fashola]], a [[AGE:46]]-year-old male procurement officer, requested a transfer of NGN 2,450,000 from account [[ID_NUMBER:0123849571]] to [[PERSON:Bisola Akande]] (BIC GTBINGLA). His BVN on file is [[ID_NUMBER:22309817462]].",
    "Your card [[CREDIT_CARD:5201 8473 6629 1052]] (CVV 417, exp 09/27) was used at 2:14 AM. Issuer: Mastercard. Cardholder: [[PERSON:Rosalind Ekwueme]]. Billing address: [[ADDRESS:72 Brixton Hill]], [[LOCATION:London]], [[ZIP_CODE:SW2 1QS]].",
    "Send the refund of 0.0042 BTC to 1F3kZw8pQ9rUx7Lm2VtY5bNc4dHs6JeRaq instead and copy [[EMAIL_ADDRESS:yusuf.demir@yandex.com]]; my phone is [[PHONE_NUMBER:+44 7423 018556]] and I live at [[ADDRESS:Flat 9, 101 Green Lanes]], [[LOCATION:Harringay]].",
    "INSURANCE CLAIM FORM\nClaimant: [[PERSON:Jerome Castillo]]\nPolicy No.: HO-8847120-03\nDate of Loss: [[DATE_TIME:March 2, 2024]]\nProperty Address: [[ADDRESS:1183 Sycamore Ridge Dr]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83709]]\nPhone: [[PHONE_NUMBER:(208) 555-0162]]\nDescription: burst pipe in upstairs bathroom, water damage to kitchen ceiling.",
    "Patient: [[PERSON:Harriet Mbeki-Lowe]] | MRN: [[ID_NUMBER:MRN-5521804]] | DOB: [[DATE_TIME:1963-09-02]] | Age: [[AGE:61]] | Health plan beneficiary no.: [[ID_NUMBER:HPB 77120498]] | Blood type: A+ | Attending: [[PERSON:Dr. Samuel Adeyinka]] | Admitted: [[DATE_TIME:2025-01-14 07:20]]",
    "Hey [[PERSON:Jaylen]], please update the vendor file: new contact is [[PERSON:Margarita Schowalter]], [[EMAIL_ADDRESS:margarita_schowalter@hotmail.com]], phone [[PHONE_NUMBER:001-418-555-0179x442]], laptop MAC 3c:22:fb:91:7e:04, IPv6 [[IP_ADDRESS:fe80::1ff:fe23:4567:890a]].",
    "[[TITLE:Mme]] [[PERSON:Léa Rousseau]], née le [[DATE_TIME:23/07/1992]], identifiant [[USERNAME:lrousseau92]], a effectué un virement depuis le compte [[IBAN_CODE:FR7630004028370001049512728]] vers [[PERSON:Mathis Girard]]. Adresse IP : [[IP_ADDRESS:176.142.38.91]]. Mot de passe temporaire : Zx82!pLq.",
    "[[PERSON:Dr. Katharina Vogt]], wohnhaft [[ADDRESS:Lindenallee 7]], [[ZIP_CODE:50968]] [[LOCATION:Köln]], Steuer-ID [[ID_NUMBER:47 213 859 064]], Telefon [[PHONE_NUMBER:+49 221 4837 1902]], E-Mail [[EMAIL_ADDRESS:k.vogt@web.de]], Beruf: Kieferorthopädin.",
    "Employee Onboarding: [[PERSON:Priyanka Raman]]\nemployee_id: [[ID_NUMBER:EMP-30918]]\nstart_date: [[DATE_TIME:2025-02-03]]\ndate_of_birth: [[DATE_TIME:1994-11-21]]\nssn: [[US_SSN:318-64-2097]]\nstreet_address: [[ADDRESS:2741 Willow Creek Blvd, Apt 12C]]\ncity: [[LOCATION:Plano]]\nstate: [[LOCATION:TX]]\npostcode: [[ZIP_CODE:75024]]\noccupation: data analyst\nbank_routing_number: 111000025\naccount_number: [[ID_NUMBER:4471092836]]",
    "Student [[PERSON:Kalani Akana]] ([[AGE:16]], born [[DATE_TIME:April 4th, 2008]]) from [[LOCATION:Hilo]] has been placed in the advanced chemistry track. Guardian email: [[EMAIL_ADDRESS:leilani.akana@gmail.com]]. Portal username: [[USERNAME:kakana08]], temporary password Kalani!2008.",
    "Loan application LA-2291-774 was submitted by [[PERSON:Morgan T. Blackwood]] on [[DATE_TIME:09/22/2024]]. Applicant SSN [[US_SSN:245-17-8830]]; employer Redline Logistics LLC; annual income $84,300; residence [[ADDRESS:660 Harbor View Ln]], [[LOCATION:Charleston]], [[LOCATION:SC]] [[ZIP_CODE:29412]].",
    "Agent: Can I have your full name and the email on the account?\nCustomer: [[PERSON:Farah Nasser]], [[EMAIL_ADDRESS:farah.nasser@icloud.com]].\nAgent: Thanks. When did you last sign in?\nCustomer: Around 9pm on [[DATE_TIME:the 12th]], from home, so it would be [[IP_ADDRESS:73.158.220.41]].",
    "Reminder for [[PERSON:Ignatius]] [[PERSON:Hettinger]]: your wellness visit at the [[LOCATION:North Tonawanda]] clinic is coming up. DOB on file: [[DATE_TIME:1977/05/30]]. Height: 5'11\". Eye color: hazel. Please confirm via [[PHONE_NUMBER:+1-716-555-0140]].",
    "Transfer request: 2.5 ETH from 0x4f9a1c2B77d0E3a5c6b8F1e2D3c4B5a6978e0F1A to the wallet of [[PERSON:Anneliese Kovacs]], verified by SMS to [[PHONE_NUMBER:+353 86 418 2276]]. KYC customer ID: [[ID_NUMBER:KYC-771204]].",
    "This Residential Lease Agreement is made on [[DATE_TIME:March 1, 2025]] between Landlord [[PERSON:Howard Kessler]] and Tenant [[PERSON:Latoya Grant]] for the premises at [[ADDRESS:88 Fenwick Street, Apt 3R]], [[LOCATION:Newark]], [[LOCATION:NJ]] [[ZIP_CODE:07114]]. Tenant's driver's license: [[US_DRIVER_LICENSE:G4821 39705 06218]].",
    "Customer [[PERSON:Venkatesh Raju]], Aadhaar [[ID_NUMBER:5290 6318 4474]], PAN [[ID_NUMBER:BXTPR2841K]], mobile [[PHONE_NUMBER:+91-94401-87362]], address [[ADDRESS:Door No. 12-3-418, Ramnagar Colony]], [[LOCATION:Vijayawada]] - [[ZIP_CODE:520003]], [[LOCATION:Andhra Pradesh]]. IFSC SBIN0004217, savings account [[ID_NUMBER:30418827715]].",
    "Applicant: [[PERSON:Achieng Atieno Odhiambo]]; Gender: Female; DOB: [[DATE_TIME:14-02-1996]]; ID No.: [[ID_NUMBER:33018472]]; KRA PIN: [[ID_NUMBER:A012947561P]]; NHIF: [[ID_NUMBER:R8821047]]; Postal address: [[ADDRESS:P.O. Box 2214]]-[[ZIP_CODE:40100]], [[LOCATION:Kisumu]]; Phone: [[PHONE_NUMBER:0722 418 905]].",
    "[[PERSON:Pieter van der Merwe]], ID [[ID_NUMBER:7502165801083]], age [[AGE:50]], resides at [[ADDRESS:9 Kloof Street]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]], [[ZIP_CODE:8001]]; income tax ref [[ID_NUMBER:0417 382 915]]; cell [[PHONE_NUMBER:082 447 1930]]; occupation: winemaker.",
    "Name: [[TITLE:Engr.]] [[PERSON:Rommel Villanueva]]\nTIN: [[ID_NUMBER:412-887-309-000]]\nBirthdate: [[DATE_TIME:Jan 9, 1985]]\nAddress: [[ADDRESS:1423 Mabini St.]], [[LOCATION:Malate]], [[LOCATION:Manila]] [[ZIP_CODE:1004]]\nMobile: [[PHONE_NUMBER:+63 918 227 4051]]\nCivil status: Married",
    "[[PERSON:Chua Boon Keat]] | NRIC [[ID_NUMBER:T0418639C]] | DOB [[DATE_TIME:19/06/2004]] | [[AGE:20]] | [[ADDRESS:15 Tampines Street 81, #05-331]] | [[LOCATION:Singapore]] [[ZIP_CODE:520015]] | [[PHONE_NUMBER:+65 8247 1936]] | NS vocation: signaller",
    "Statement for [[PERSON:Oksana Melnyk]]. Account [[ID_NUMBER:17738145]], sort code 60-73-02, IBAN [[IBAN_CODE:GB58 NWBK 6073 0217 7381 45]], BIC NWBKGB2L. Correspondence address: [[ADDRESS:19 Brunswick Street]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH7 5JB]].",
    "We're thrilled to welcome [[PERSON:Dallas]] [[PERSON:Okuneva]] as our new Senior Mobility Strategist! [[PERSON:Dallas]] can be reached at [[EMAIL_ADDRESS:dallas.okuneva@gmail.com]] or [[PHONE_NUMBER:(781) 555-0126]] and will be working from the [[LOCATION:Quincy]] office.",
    "Rx#: 6620417-03\nPatient: [[PERSON:Bernadette Quill]]\nDOB: [[DATE_TIME:11-Jun-1939]]\nAddress: [[ADDRESS:47 Old Mill Rd]], [[LOCATION:Bangor]], [[LOCATION:ME]] [[ZIP_CODE:04401]]\nPrescriber: [[PERSON:Dr. H. Oyelaran]]\nDrug: Warfarin 5 mg tab, qty 30, refills 2",
    "Applicant [[PERSON:Tomás Ó Súilleabháin]], Leaving Cert exam no. [[ID_NUMBER:241837]], PPSN [[ID_NUMBER:2817406LA]], of [[ADDRESS:3 Ard na Gréine]], [[LOCATION:Ennis]], [[LOCATION:Co. Clare]], [[ZIP_CODE:V95 H7T2]]. Security answer (mother's maiden name): [[PERSON:Kearney]].",
    "Titular: [[PERSON:Alessandro Ricci]] · Nacionalidad: [[NRP:italiana]] · NIE: [[ID_NUMBER:X4127385N]] · Fecha de nacimiento: [[DATE_TIME:22-10-1988]] · Domicilio: [[ADDRESS:Av. Diagonal 482, 5.º 2.ª]], [[ZIP_CODE:08006]] [[LOCATION:Barcelona]] · IBAN: [[IBAN_CODE:ES1921000813610200487315]] · Tarjeta: [[CREDIT_CARD:4059 1237 8800 1461]]",
    "Nome: [[PERSON:Rui Miguel Ferreira]]; NIF: [[ID_NUMBER:196304822]]; Cartão de Cidadão: [[ID_NUMBER:14820317 4 ZX8]]; Morada: [[ADDRESS:Av. da Liberdade, 190, 4.º Dto.]], [[ZIP_CODE:1250-147]] [[LOCATION:Lisboa]]; IBAN: [[IBAN_CODE:PT50 0035 0217 0007 4638 2919 6]]; Telemóvel: [[PHONE_NUMBER:+351 912 408 357]].",
    "Gentile [[TITLE:Dott.ssa]] [[PERSON:Chiara Lombardi]], le confermiamo l'appuntamento del [[DATE_TIME:14/05/2025 alle 9:00]] presso la sede di [[LOCATION:Torino]]. Recapiti registrati: [[PHONE_NUMBER:+39 347 218 4609]], [[EMAIL_ADDRESS:chiara.lombardi@libero.it]]. IBAN per il rimborso: [[IBAN_CODE:IT81Q0306911884000000731204]].",
    "Klantgegevens: [[PERSON:Daan Bakker]], geb. [[DATE_TIME:03-03-1990]], BSN [[ID_NUMBER:238504177]], [[ADDRESS:Lauriergracht 41-2]], [[ZIP_CODE:1016 RG]] [[LOCATION:Amsterdam]], IBAN [[IBAN_CODE:NL34 RABO 0147 7309 28]], tel. [[PHONE_NUMBER:+31 6 2841 7730]].",
    "The vehicle with VRM [[ID_NUMBER:YD21 KXR]], registered to [[PERSON:Imogen Sallow]], was clamped on [[DATE_TIME:15th Jan at 08:10]] outside [[ADDRESS:22 Castle Street]], [[LOCATION:Shrewsbury]]; release fee £120.",
    "[[DATE_TIME:2025-03-04T11:22:19Z]] auth ok user=[[USERNAME:mthembu.s]] src=[[IP_ADDRESS:196.22.241.17]] mac=a4:5e:60:c2:19:8b session=7f3c9e1a44b0 ua=\"okhttp/4.12.0\" mfa=totp",
    "G'day [[PERSON:Bronwyn]], your rental bond of $2,400 has been lodged for [[ADDRESS:5/27 Gladstone Road]], [[LOCATION:Highgate Hill]] [[LOCATION:QLD]] [[ZIP_CODE:4101]] (bond no. 8812047). We'll contact you at [[EMAIL_ADDRESS:bronwyn.t@bigpond.com]] or [[PHONE_NUMBER:0438 217 560]].",
    "Dear [[PERSON:Mr. Vikram Choudhary]], this letter confirms that your employment with Acme Fabrication ended on [[DATE_TIME:February 28, 2025]]. Your final paycheck will go to the account ending 3309. Employee ID: [[ID_NUMBER:AF-11872]]. COBRA information will be mailed to [[ADDRESS:1920 Saratoga Ave, Apt 5]], [[LOCATION:San Jose]], [[LOCATION:CA]] [[ZIP_CODE:95129]].",
    "Visit note [[DATE_TIME:2025-02-11 16:05]]. Pt [[PERSON:Grace Adjei]] ([[AGE:29]] F) joined the video call from [[IP_ADDRESS:41.66.208.153]]; reports 3 days of fever. Lives with partner [[PERSON:Kojo]] in [[LOCATION:Accra]]; callback [[PHONE_NUMBER:+233 24 871 0394]].",
    "Dear [[USERNAME:ShadowFang_77]], your purchase of 1200 gems was charged to [[CREDIT_CARD:3569 0583 1274 4027]]. Account holder: [[PERSON:Bryce Nakagawa]], DOB [[DATE_TIME:2006-08-19]], age [[AGE:18]]. Parent email: [[EMAIL_ADDRESS:j.nakagawa@comcast.net]].",
    "Buyers: [[PERSON:Emmanuel]] and [[PERSON:Ruth Addo]]. Seller: [[PERSON:Cheryl Dunmore]]. Property: [[ADDRESS:14 Larch Court]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK10 9PQ]]. Completion date: [[DATE_TIME:25 April 2025]]. Buyer's solicitor ref: AD/4471/RC.",
    "Our field technician [[PERSON:Kennedy Runolfsdottir]] will visit [[ADDRESS:803 North Elm Street]], [[LOCATION:Polk County]], [[LOCATION:Iowa]] between 10:00 and 12:00 on [[DATE_TIME:June 12th]]. Please make sure the router (IMEI 356938035643809) is reachable.",
    "[[PERSON:Harjit Gill]] · SIN [[ID_NUMBER:713 209 468]] · [[ADDRESS:8460 Granville St, Unit 302]] · [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6P 4Z7]] · [[PHONE_NUMBER:604-555-0195]] · BC driver's licence [[ID_NUMBER:7740192]]",
    "IRD number [[ID_NUMBER:049-091-850]] belongs to [[PERSON:Mere Paewai]] of [[ADDRESS:17 Kowhai Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]]. She joined KiwiSaver on [[DATE_TIME:1 April 2016]] and her contribution rate is 4%.",
    "[[PERSON:Evangeline]] [[PERSON:Moreau-Kilback]], [[AGE:37]], female, 168 cm, green eyes, was referred to the sleep clinic in [[LOCATION:South Bend]] on [[DATE_TIME:10/21]]. SSN: [[US_SSN:671-20-4485]]. Preferred contact: text only.",
    "KYC VERIFICATION\nFull name: [[PERSON:Ahmad Rashidi]]\nNationality: [[NRP:Afghan]]\nPassport: [[ID_NUMBER:P02918374]]\nVisa: subclass 866\nResidential address: [[ADDRESS:11 Hume Highway]], [[LOCATION:Liverpool]] [[LOCATION:NSW]] [[ZIP_CODE:2170]]\nMobile: [[PHONE_NUMBER:0401 884 217]]\nRisk rating: low",
    "Transcript request: student [[PERSON:Nomvula Dlamini]], student no. [[ID_NUMBER:218473906]], DOB [[DATE_TIME:30/09/2002]], SA ID [[ID_NUMBER:0209300075089]], email [[EMAIL_ADDRESS:218473906@students.wits.ac.za]], graduated [[DATE_TIME:December 2024]]; send the certified copy by courier.",
    "Could you set up the new laptop for [[PERSON:Mr. Deontae Gutkowski]]? MAC 00:1B:44:11:3A:B7, reserved IP [[IP_ADDRESS:192.168.14.52]], hostname DG-LAPTOP-04. He works out of [[LOCATION:Schaumburg]] and starts on [[DATE_TIME:the 3rd of February]].",
    "Name: [[PERSON:Hauwa Ibrahim Garba]] | State of origin: [[LOCATION:Kano]] | NIN: [[ID_NUMBER:71203948817]] | Voter's card: [[ID_NUMBER:90F5B4C71A295837406]] | Address: [[ADDRESS:No. 7 Ahmadu Bello Way]], [[LOCATION:Kaduna]] | Phone: [[PHONE_NUMBER:+234 703 918 4472]] | Religion: [[NRP:Muslim]]",
    "[[PERSON:Kofi Asamoah Danquah]], SSNIT no. [[ID_NUMBER:C018209374451]], employed since [[DATE_TIME:03/2017]], residence [[ADDRESS:H/No. 24, Lokko Road]], [[LOCATION:Osu]], [[LOCATION:Accra]], tel [[PHONE_NUMBER:030 277 4190]], marital status: single.",
    "Hi [[PERSON:Theodora]], the £3,750.00 invoice from Kreiger Group has been paid from [[IBAN_CODE:GB71BARC20714583920146]]. For anything else, your relationship manager [[PERSON:Elias Turcotte]] is on [[PHONE_NUMBER:07700 900613]].",
    "policy_holder: [[PERSON:Keisha Dunbar]]; license_plate: [[ID_NUMBER:7TRX402]]; state: [[LOCATION:MD]]; date_of_incident: [[DATE_TIME:2024-12-19]]; driver_license: [[US_DRIVER_LICENSE:D-214-558-390-215]]; claim_amount: 6,420.00; adjuster_notes: rear-ended at light",
    "Subject [[ID_NUMBER:CT-0042-117]], initials [[PERSON:R.K.M.]], a [[AGE:58]]-year-old man, was enrolled at the [[LOCATION:Baltimore]] site on [[DATE_TIME:7 Nov 2024]]. An adverse event (grade 2 rash) was reported on [[DATE_TIME:12 Dec 2024]].",
    "Form W-9. Name: [[PERSON:Lorenzo Vitale]]. Business name: Vitale Tile & Stone LLC. TIN (SSN): [[US_SSN:077-48-1926]]. Address: [[ADDRESS:402 Mulberry St]], [[LOCATION:Providence]], [[LOCATION:RI]] [[ZIP_CODE:02904]]. Signed [[DATE_TIME:01/06/2025]].",
    "[[PERSON:Hugo Lefèvre]], né en [[DATE_TIME:juillet 1984]] à [[LOCATION:Paris]], NIR [[ID_NUMBER:1 84 07 75 056 123 72]], adhérent mutuelle n° [[ID_NUMBER:MGN-4418207]], domicilié [[ADDRESS:27 boulevard Voltaire]], [[ZIP_CODE:75011]] [[LOCATION:Paris]], tél. [[PHONE_NUMBER:+33 6 71 28 40 93]].",
    "Bewerberin: [[PERSON:Aylin Yıldız]], [[AGE:26]] Jahre, Staatsangehörigkeit: [[NRP:deutsch]], Anschrift: [[ADDRESS:Hauptstraße 118a]], [[ZIP_CODE:69117]] [[LOCATION:Heidelberg]], Mobil: [[PHONE_NUMBER:0157 38294017]], LinkedIn: [[URL:linkedin.com/in/aylin-yildiz-hd]], Konto: [[IBAN_CODE:DE85 5007 0024 0983 3712 56]].",
    "[[PERSON:Zion]] asked whether the [[AGE:63]] year old patient in Room 12 had signed the consent form; the patient's daughter, [[PERSON:Marisa Lueilwitz]], is on [[PHONE_NUMBER:+1 (330) 555 0154]].",
    "Booking ref KX7P2Q. Traveller: [[PERSON:Nazanin Farahani]], nationality [[NRP:Canadian]], passport [[ID_NUMBER:AB418372]], DOB [[DATE_TIME:1989-12-07]], Aeroplan [[ID_NUMBER:291 847 330]], meal VGML, email [[EMAIL_ADDRESS:nazanin.f@gmail.com]].",
    "Draft a reminder for [[PERSON:Juwan Schmeler]], who lives at [[ADDRESS:5579 Ebert Way, Apt. 412]] in [[LOCATION:Port Huron]], saying that his PIN 4471 must never be shared and that account [[ID_NUMBER:77102938]] is due for review on [[DATE_TIME:7th August]].",
    "IN THE DISTRICT COURT OF [[LOCATION:TULSA COUNTY]], STATE OF [[LOCATION:OKLAHOMA]]\nCase No. CJ-2024-3318\n[[PERSON:MARCUS LEE HOLLOWAY]], Petitioner,\nv.\n[[PERSON:DANIELLE HOLLOWAY]], Respondent.\nPetitioner resides at [[ADDRESS:2140 E 51st St]], [[LOCATION:Tulsa]], [[LOCATION:OK]] [[ZIP_CODE:74105]]. The parties were married on [[DATE_TIME:June 18, 2011]] and separated on or about [[DATE_TIME:October 1, 2024]].",
    "member_id: [[ID_NUMBER:W284710395]]; group_no: 004417; first_name: [[PERSON:Ifeoma]]; last_name: [[PERSON:Chukwu]]; dob: [[DATE_TIME:08/30/1991]]; rx_bin: 610014; phone: [[PHONE_NUMBER:404.555.0161]]; plan: PPO Silver",
    "[[PERSON:Ciara]] from [[LOCATION:Sligo]]: your Eircode [[ZIP_CODE:F91 X4P8]] and address [[ADDRESS:12 Pearse Road]] have been verified. PPS: [[ID_NUMBER:4590372T]]. Payments will go to [[IBAN_CODE:IE89 ULSB 9852 0913 3746 28]].",
    "Incident IR-2025-0198: a phishing email reached [[PERSON:Sunita Rao]] at [[EMAIL_ADDRESS:sunita.rao@gmail.com]]. She clicked the link from her home connection, [[IP_ADDRESS:122.171.44.209]], on [[DATE_TIME:Feb 24 at 09:14]]; the link resolved to [[IP_ADDRESS:185.220.101.47]]. Password reset forced.",
    "Hola [[PERSON:Marta]], tu pedido A-88214 se enviará a [[ADDRESS:Calle Mayor 14, 2.º B]], [[ZIP_CODE:46001]] [[LOCATION:Valencia]]. Usuario: [[USERNAME:marta_lg84]]. Teléfono de contacto: [[PHONE_NUMBER:963 41 82 07]]. Importe: 64,50 €.",
    "Name: [[PERSON:Olusola Adeyemi-Clarke]]\nNI No: [[ID_NUMBER:SK 72 04 19 D]]\nDOB: [[DATE_TIME:21/03/1990]]\nAddress: [[ADDRESS:Flat 22, Beaumont Court, 9 Lea Bridge Road]], [[LOCATION:London]] [[ZIP_CODE:E5 9QD]]\nStart date: [[DATE_TIME:7 April 2025]]\nSalary: £41,500\nEmergency contact: [[PERSON:Yetunde Adeyemi]] (mother), [[PHONE_NUMBER:07700 900274]]",
    "Account holder [[PERSON:Dominic Lavoie]]; service address [[ADDRESS:410 Rue Saint-Paul Ouest]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2Y 2A3]]; meter M-8823107; move-in [[DATE_TIME:2024-07-01]]; e-bill to [[EMAIL_ADDRESS:dlavoie@videotron.ca]].",
    "[[PERSON:Tamsin Cruickshank]], non-binary, Lead Integration Consultant at Bahringer Inc, was born on [[DATE_TIME:29th February 1996]] and is [[AGE:28]]. Reach them on [[PHONE_NUMBER:+44 7700 900 381]].",
    "ABHA no. [[ID_NUMBER:91-4820-3317-6604]]: [[PERSON:Lalitha Narayanan]], [[AGE:45]] F, [[ADDRESS:Plot 17, 2nd Main Road]], [[LOCATION:Anna Nagar]], [[LOCATION:Chennai]] [[ZIP_CODE:600040]]. OPD visit [[DATE_TIME:05-Mar-2025]], referred by [[PERSON:Dr. K. Balasubramaniam]].",
    "Candidate: [[PERSON:Jun Hao Tan]]; portfolio: [[URL:https://junhaotan.dev]]; GitHub: [[URL:https://github.com/jhtan]]; phone: [[PHONE_NUMBER:+65 9174 2803]]; NRIC: [[ID_NUMBER:S7901246G]]; current employer: Shopee; notice period: one month.",
    "User [[USERNAME:elnora.greenholt]] changed the password to 'Tr0ub4dor&3' from [[IP_ADDRESS:2604:3d08:6e80:1a00:4c1d:92ff:fe31:7b20]] on [[DATE_TIME:2024-10-02 18:44:07]] using Safari 17.2 on macOS.",
    "Patient: [[PERSON:Kylie Watts-Morgan]]  DOB: [[DATE_TIME:3.8.1981]]  IHI: [[ID_NUMBER:8003 6081 6677 4026]]  Address: [[ADDRESS:2/9 Angas Street]], [[LOCATION:Kent Town]] [[LOCATION:SA]] [[ZIP_CODE:5067]]  Allergies: penicillin",
    "On [[DATE_TIME:12/02/2024 at 17:32]], [[PERSON:Constance Wiegand]] reported that her car, reg [[ID_NUMBER:LK68 WZT]], had been keyed outside [[ADDRESS:41 Kingsway]], [[LOCATION:Hove]] [[ZIP_CODE:BN3 4FA]].",
    "Borrower: [[PERSON:Isaac Oyelowo]]; co-borrower: [[PERSON:Miriam Oyelowo]]; property: [[ADDRESS:7 Ashgrove Terrace]], [[LOCATION:Bray]], [[LOCATION:Co. Wicklow]], [[ZIP_CODE:A98 K2F6]]; loan amount €385,000; drawdown [[DATE_TIME:14/03/2025]]; repayment account [[IBAN_CODE:IE59AIBK93352207614829]].",
    "Sample GX-20417 was collected from [[PERSON:Leilani Kahananui]], [[AGE:33]], on [[DATE_TIME:Jan 30]] for carrier screening; results will be released to her by phone at [[PHONE_NUMBER:(808) 555-0147]].",
    "Transaction alert: [[PERSON:Winifred Stracke]], your Discover card [[CREDIT_CARD:6011 9104 2587 7366]] was charged $89.40 at 11:06 PM at an online retailer. Reply Y if this was you.",
    "Pupil: [[PERSON:Baraka Omondi]]; Assessment No.: [[ID_NUMBER:A4418207]]; Birth cert. no.: [[ID_NUMBER:1048273]]; Parent: [[PERSON:Mercy Akinyi]]; Phone: [[PHONE_NUMBER:+254 733 418 026]]; County: [[LOCATION:Homa Bay]]; Grade: 6",
    "Payee: [[PERSON:Jocelyn Ramos Aquino]] | GCash: [[PHONE_NUMBER:0998 417 2260]] | TIN: [[ID_NUMBER:309-442-817-000]] | Address: [[ADDRESS:B5 L22 Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]] | Amount: PHP 18,500.00",
    "Olá [[PERSON:Thiago]], confirmamos a alteração do seu e-mail para [[EMAIL_ADDRESS:thiago.nunes88@uol.com.br]]. CPF cadastrado: [[ID_NUMBER:517.093.824-14]]. Último acesso: [[DATE_TIME:03/02/2025 às 21:47]], a partir do IP [[IP_ADDRESS:177.38.214.90]].",
    "Owner: [[PERSON:Harriet Osei-Bonsu]]; address: [[ADDRESS:88 Moorland Rise]], [[LOCATION:Huddersfield]] [[ZIP_CODE:HD3 3TQ]]; pet: Pickle (cat, 4 yrs, neutered); microchip 941000024817362; owner phone: [[PHONE_NUMBER:01484 960218]].",
    "Volunteer form: [[PERSON:Ezekiel Harrow]], [[AGE:71]], registered [[NRP:Republican]], [[ADDRESS:14 Quail Run]], [[LOCATION:Abilene]], [[LOCATION:TX]] [[ZIP_CODE:79606]], [[PHONE_NUMBER:325-555-0133]], available weekends, has own truck.",
    "[[PERSON:Federico Rinaldi]] ha condiviso il suo profilo [[URL:https://www.instagram.com/fede.rinaldi]] e il numero [[PHONE_NUMBER:333 481 2096]]; abita in [[ADDRESS:Via Garibaldi 23]], [[ZIP_CODE:40124]] [[LOCATION:Bologna]].",
    "Beste [[TITLE:mevrouw]] [[PERSON:Jansen]], uw afspraak bij de tandarts is verplaatst naar [[DATE_TIME:donderdag 20 maart om 14.15 uur]]. Patiëntnummer: [[ID_NUMBER:P-408127]]. Vragen? Mail naar [[EMAIL_ADDRESS:e.jansen71@ziggo.nl]].",
    "Consumer: [[PERSON:Latisha M. Greenwood]]; SSN (last 4): 4417; DOB: [[DATE_TIME:May 3, 1982]]; current address: [[ADDRESS:5125 Parkview Dr, Apt 218]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43229]]; previous: [[ADDRESS:33 Hollis Ave]], [[LOCATION:Akron]], [[LOCATION:OH]] [[ZIP_CODE:44310]]; disputed account: card [[CREDIT_CARD:5418 7620 9935 1769]].",
    "[[PERSON:Mrs. Kirlin]], please update your security question. Current answer (mother's maiden name): [[PERSON:Hodkiewicz]]. Login: [[USERNAME:kirlin_j]] / [[EMAIL_ADDRESS:jkirlin@aol.com]]. Last seen: [[DATE_TIME:Nov 2, 2024 3:41 PM]].",
]

TABLE = [
    """\
id,first_name,last_name,dob,phone,insurance_id,visit_status
1,[[PERSON:Rosa]],[[PERSON:Delgado]],[[DATE_TIME:1967-04-12]],[[PHONE_NUMBER:210-555-0183]],[[ID_NUMBER:HX4471920]],checked-in
2,[[PERSON:Terrence]],[[PERSON:Boyd]],[[DATE_TIME:1990-11-03]],[[PHONE_NUMBER:210-555-0127]],[[ID_NUMBER:HX5520371]],no-show
3,[[PERSON:Mai]],[[PERSON:Vu]],[[DATE_TIME:2001-06-29]],[[PHONE_NUMBER:726-555-0144]],[[ID_NUMBER:HX3308815]],completed""",
    """\
| order_id | customer | email | postcode | total | status |
|---|---|---|---|---|---|
| ORD-77120 | [[PERSON:Niamh Gallagher]] | [[EMAIL_ADDRESS:niamhg@btinternet.com]] | [[ZIP_CODE:BT9 6FJ]] | £42.10 | shipped |
| ORD-77121 | [[PERSON:Kwesi Appiah]] | [[EMAIL_ADDRESS:kwesi.appiah@yahoo.co.uk]] | [[ZIP_CODE:M14 5RT]] | £118.00 | processing |
| ORD-77124 | [[PERSON:Imran Chaudhry]] | [[EMAIL_ADDRESS:imran.c1984@gmail.com]] | [[ZIP_CODE:B11 1LU]] | £9.99 | refunded |
| ORD-77130 | [[PERSON:Gwen Pritchard]] | [[EMAIL_ADDRESS:gwenpritchard@outlook.com]] | [[ZIP_CODE:CF24 3DG]] | £63.45 | shipped |""",
    """\
emp_code\tname\tdept\tpan\tmobile\tcity\tjoining_date
[[ID_NUMBER:E1042]]\t[[PERSON:Kavya Reddy]]\tFinance\t[[ID_NUMBER:CQMPR7718E]]\t[[PHONE_NUMBER:98480 22713]]\t[[LOCATION:Hyderabad]]\t[[DATE_TIME:01-07-2021]]
[[ID_NUMBER:E1057]]\t[[PERSON:Arjun Malhotra]]\tSales\t[[ID_NUMBER:BKHPM3392Q]]\t[[PHONE_NUMBER:98111 40268]]\t[[LOCATION:Gurugram]]\t[[DATE_TIME:15-03-2022]]
[[ID_NUMBER:E1063]]\t[[PERSON:Fathima Nasreen]]\tIT\t[[ID_NUMBER:ARNPF0926K]]\t[[PHONE_NUMBER:94470 83125]]\t[[LOCATION:Kochi]]\t[[DATE_TIME:02-01-2023]]""",
    """\
{"user": "[[USERNAME:kiri_m]]", "name": "[[PERSON:Kiri Manihera]]", "last_login": "[[DATE_TIME:2025-01-09T08:12:44+13:00]]", "ip": "[[IP_ADDRESS:203.86.205.19]]", "plan": "free"}
{"user": "[[USERNAME:sam.whitlock]]", "name": "[[PERSON:Sam Whitlock]]", "last_login": "[[DATE_TIME:2025-01-11T21:03:10+13:00]]", "ip": "[[IP_ADDRESS:122.58.147.230]]", "plan": "pro"}
{"user": "[[USERNAME:vaimoana_t]]", "name": "[[PERSON:Vaimoana Tuilagi]]", "last_login": "[[DATE_TIME:2025-01-12T06:55:31+13:00]]", "ip": "[[IP_ADDRESS:2407:7000:9a41:e300::1c]]", "plan": "pro"}""",
    """\
NAME                TFN          BSB      ACCOUNT     GROSS
[[PERSON:Liam O'Sullivan]]     [[ID_NUMBER:312 074 586]]  062-000  [[ID_NUMBER:10482296]]    3,412.50
[[PERSON:Anh Thu Le]]          [[ID_NUMBER:876 140 256]]  033-172  [[ID_NUMBER:417720398]]   2,980.00
[[PERSON:Daniyal Hussain]]     [[ID_NUMBER:604 182 737]]  082-356  [[ID_NUMBER:55129087]]    3,105.75
[[PERSON:Chloe Papadakis]]     [[ID_NUMBER:219 473 050]]  064-118  [[ID_NUMBER:19024413]]    4,250.00""",
    """\
Member: [[PERSON:Joseph Kamau Njenga]]
Member No: [[ID_NUMBER:SAC-00412]]
ID No: [[ID_NUMBER:22938471]]
Phone: [[PHONE_NUMBER:0721 904 337]]
Shares: KES 48,000
Status: active

Member: [[PERSON:Faith Chepkoech]]
Member No: [[ID_NUMBER:SAC-00419]]
ID No: [[ID_NUMBER:30177254]]
Phone: [[PHONE_NUMBER:0710 552 846]]
Shares: KES 12,500
Status: dormant

Member: [[PERSON:Hassan Abdi Noor]]
Member No: [[ID_NUMBER:SAC-00431]]
ID No: [[ID_NUMBER:27640918]]
Phone: [[PHONE_NUMBER:0798 220 613]]
Shares: KES 95,000
Status: active""",
    """\
name,province,postal_code,phone,loyalty_no,points,tier
[[PERSON:Gabrielle Roy-Desjardins]],[[LOCATION:QC]],[[ZIP_CODE:G1R 4P3]],[[PHONE_NUMBER:418-555-0166]],[[ID_NUMBER:LY-2280417]],1840,silver
[[PERSON:Manpreet Sidhu]],[[LOCATION:BC]],[[ZIP_CODE:V3W 2M1]],[[PHONE_NUMBER:604-555-0108]],[[ID_NUMBER:LY-2280533]],12500,gold
[[PERSON:Owen MacLeod]],[[LOCATION:NS]],[[ZIP_CODE:B2N 5E6]],[[PHONE_NUMBER:902-555-0149]],[[ID_NUMBER:LY-2281076]],310,basic
[[PERSON:Ji-woo Han]],[[LOCATION:AB]],[[ZIP_CODE:T2P 0L4]],[[PHONE_NUMBER:403-555-0191]],[[ID_NUMBER:LY-2281902]],5020,silver""",
    """\
nom;prénom;date_naissance;ville;code_postal;téléphone;statut
[[PERSON:Moreau]];[[PERSON:Camille]];[[DATE_TIME:14/02/1988]];[[LOCATION:Nantes]];[[ZIP_CODE:44000]];[[PHONE_NUMBER:06 12 48 93 70]];inscrit
[[PERSON:Benali]];[[PERSON:Yanis]];[[DATE_TIME:30/11/1995]];[[LOCATION:Marseille]];[[ZIP_CODE:13005]];[[PHONE_NUMBER:07 81 26 04 59]];en attente
[[PERSON:Nguyen]];[[PERSON:Thi Lan]];[[DATE_TIME:05/06/1979]];[[LOCATION:Lille]];[[ZIP_CODE:59000]];[[PHONE_NUMBER:06 55 17 32 08]];inscrit""",
    """\
Name\tGeburtsdatum\tStraße\tPLZ\tOrt\tIBAN\tBetrag
[[PERSON:Schulz]], [[PERSON:Anna]]\t[[DATE_TIME:02.05.1985]]\t[[ADDRESS:Goethestraße 12]]\t[[ZIP_CODE:80336]]\t[[LOCATION:München]]\t[[IBAN_CODE:DE79200400000628194703]]\t120,00
[[PERSON:Öztürk]], [[PERSON:Emre]]\t[[DATE_TIME:19.09.1991]]\t[[ADDRESS:Am Wall 58]]\t[[ZIP_CODE:28195]]\t[[LOCATION:Bremen]]\t[[IBAN_CODE:DE05660500750108374215]]\t85,50
[[PERSON:Krause]], [[PERSON:Dieter]]\t[[DATE_TIME:27.12.1956]]\t[[ADDRESS:Bahnhofstr. 3b]]\t[[ZIP_CODE:76133]]\t[[LOCATION:Karlsruhe]]\t[[IBAN_CODE:DE07860555920091827364]]\t240,00""",
    """\
| nombre | DNI | email | provincia | importe |
|---|---|---|---|---|
| [[PERSON:Pablo Serrano Vidal]] | [[ID_NUMBER:30864152S]] | [[EMAIL_ADDRESS:pserrano@telefonica.net]] | [[LOCATION:Sevilla]] | 250,00 € |
| [[PERSON:Nerea Etxeberria]] | [[ID_NUMBER:52194038T]] | [[EMAIL_ADDRESS:nerea.etxe@gmail.com]] | [[LOCATION:Gipuzkoa]] | 75,00 € |
| [[PERSON:Rocío Márquez Peña]] | [[ID_NUMBER:29047716G]] | [[EMAIL_ADDRESS:rociomp@hotmail.es]] | [[LOCATION:Granada]] | 120,00 € |""",
    """\
{"name": "[[PERSON:Ayanda Zulu]]", "id_number": "[[ID_NUMBER:9203140183089]]", "cell": "[[PHONE_NUMBER:071 382 9046]]", "suburb": "[[LOCATION:Umlazi]]", "balance": 1520.75}
{"name": "[[PERSON:Johan Botha]]", "id_number": "[[ID_NUMBER:9511025812089]]", "cell": "[[PHONE_NUMBER:083 210 4477]]", "suburb": "[[LOCATION:Bellville]]", "balance": -340.00}
{"name": "[[PERSON:Fatima Patel]]", "id_number": "[[ID_NUMBER:6709230393084]]", "cell": "[[PHONE_NUMBER:084 917 3305]]", "suburb": "[[LOCATION:Lenasia]]", "balance": 0}
{"name": "[[PERSON:Tebogo Molefe]]", "id_number": "[[ID_NUMBER:0012305194081]]", "cell": "[[PHONE_NUMBER:060 455 1282]]", "suburb": "[[LOCATION:Soshanguve]]", "balance": 89.10}""",
    """\
| Name | NRIC | Block/Unit | Postal | Contact | CCA |
|------|------|------------|--------|---------|-----|
| [[PERSON:Goh Mei Xin]] | [[ID_NUMBER:S8204417E]] | [[ADDRESS:Blk 203 Toa Payoh North #09-1121]] | [[ZIP_CODE:310203]] | [[PHONE_NUMBER:9733 0418]] | Choir |
| [[PERSON:Muhammad Haziq bin Ismail]] | [[ID_NUMBER:T0237718C]] | [[ADDRESS:Blk 517 Jurong West St 52 #04-88]] | [[ZIP_CODE:640517]] | [[PHONE_NUMBER:8162 7740]] | Football |
| [[PERSON:Priya d/o Rajan]] | [[ID_NUMBER:S9517302J]] | [[ADDRESS:Blk 9 Telok Blangah Crescent #15-204]] | [[ZIP_CODE:090009]] | [[PHONE_NUMBER:9025 6613]] | Debate |""",
    """\
employee,sss_no,philhealth_no,tin,daily_rate
[[PERSON:Marites Villareal]],[[ID_NUMBER:33-8104729-6]],[[ID_NUMBER:19-200417385-2]],[[ID_NUMBER:221-408-935-000]],645.00
[[PERSON:Noel Pangilinan]],[[ID_NUMBER:02-4419085-1]],[[ID_NUMBER:01-051839274-7]],[[ID_NUMBER:187-302-664-000]],610.00
[[PERSON:Kristine Joy Soriano]],[[ID_NUMBER:34-1187730-4]],[[ID_NUMBER:08-250194483-9]],[[ID_NUMBER:455-017-829-000]],700.00""",
    """\
customer | phone | account_no | bank | state | amount
[[PERSON:Chiamaka Obiora]] | [[PHONE_NUMBER:0813 447 2908]] | [[ID_NUMBER:2047719385]] | First Bank | [[LOCATION:Anambra]] | 150,000.00
[[PERSON:Abdullahi Musa]] | [[PHONE_NUMBER:0705 338 1176]] | [[ID_NUMBER:0038841726]] | GTBank | [[LOCATION:Kano]] | 72,500.00
[[PERSON:Temitope Ajayi]] | [[PHONE_NUMBER:0902 615 4430]] | [[ID_NUMBER:1109284573]] | Access | [[LOCATION:Oyo]] | 310,000.00
[[PERSON:Ebiere Douglas]] | [[PHONE_NUMBER:0816 002 9357]] | [[ID_NUMBER:3021846690]] | Zenith | [[LOCATION:Bayelsa]] | 48,000.00""",
    """\
name\tghana_card\tmomo\tregion\tage
[[PERSON:Abena Serwaa]]\t[[ID_NUMBER:GHA-724018395-2]]\t[[PHONE_NUMBER:024 118 3902]]\t[[LOCATION:Ashanti]]\t[[AGE:34]]
[[PERSON:Kwaku Ansah]]\t[[ID_NUMBER:GHA-701296483-7]]\t[[PHONE_NUMBER:055 270 4418]]\t[[LOCATION:Central]]\t[[AGE:51]]
[[PERSON:Mawuli Agbeko]]\t[[ID_NUMBER:GHA-715530872-0]]\t[[PHONE_NUMBER:020 884 1635]]\t[[LOCATION:Volta]]\t[[AGE:27]]""",
    """\
Tenant               PPSN        Eircode    County      Rent/month
[[PERSON:Aisling Brennan]]      [[ID_NUMBER:7204185M]]    [[ZIP_CODE:D08 T6E2]]   [[LOCATION:Dublin]]      EUR 1,850
[[PERSON:Marek Nowak]]          [[ID_NUMBER:3917026QA]]   [[ZIP_CODE:T12 KX40]]   [[LOCATION:Cork]]        EUR 1,400
[[PERSON:Oluwadamilare Ojo]]    [[ID_NUMBER:8840213W]]    [[ZIP_CODE:V94 R2C7]]   [[LOCATION:Limerick]]    EUR 1,275""",
    """\
name,nhi,dob,suburb,gp_practice,flu_vax
[[PERSON:Hine Rāwiri]],[[ID_NUMBER:ZAT2186]],[[DATE_TIME:12/07/1958]],[[LOCATION:Ōtara]],Ōtara Family Health,yes
[[PERSON:Graham Tully]],[[ID_NUMBER:ZHB9053]],[[DATE_TIME:03/01/1949]],[[LOCATION:Riccarton]],Riccarton Clinic,no
[[PERSON:Sione Fifita]],[[ID_NUMBER:ZAC5825]],[[DATE_TIME:28/10/1971]],[[LOCATION:Māngere]],Māngere Health Centre,yes""",
    """\
{"customer": "[[PERSON:Brandon Keller]]", "ssn": "[[US_SSN:219-66-0483]]", "card": "[[CREDIT_CARD:4482159077334616]]", "zip": "[[ZIP_CODE:30318]]", "order": "A-559102", "total": 219.99}
{"customer": "[[PERSON:Alicia Moreno]]", "ssn": "[[US_SSN:604-21-7739]]", "card": "[[CREDIT_CARD:5273910488261032]]", "zip": "[[ZIP_CODE:85281]]", "order": "A-559107", "total": 48.00}
{"customer": "[[PERSON:Dev Chatterjee]]", "ssn": "[[US_SSN:137-80-2264]]", "card": "[[CREDIT_CARD:376420185593270]]", "zip": "[[ZIP_CODE:08854]]", "order": "A-559113", "total": 1302.40}""",
    """\
Name: [[PERSON:Freya Lindqvist-Hart]]
Student no.: [[ID_NUMBER:22017438]]
DOB: [[DATE_TIME:09 Sep 2004]]
Term address: [[ADDRESS:Room 214, Hollins Hall, 18 Brook Lane]], [[LOCATION:Durham]] [[ZIP_CODE:DH1 3JE]]
Course: BSc Geography
Fees status: Home
---
Name: [[PERSON:Oghenekaro Edafe]]
Student no.: [[ID_NUMBER:22019561]]
DOB: [[DATE_TIME:17 Jan 2003]]
Term address: [[ADDRESS:Flat 6, 40 Claypath]], [[LOCATION:Durham]] [[ZIP_CODE:DH1 1QS]]
Course: MEng Civil Engineering
Fees status: International""",
    """\
| Name | Title | Ext | Mobile | Email | Office |
|:--|:--|:--|:--|:--|:--|
| [[PERSON:Dana Whitcombe]] | Office Manager | 2201 | [[PHONE_NUMBER:(617) 555-0138]] | [[EMAIL_ADDRESS:dana.whitcombe@harborview-legal.com]] | 4B |
| [[PERSON:Rahul Iyer]] | Paralegal | 2214 | [[PHONE_NUMBER:(857) 555-0102]] | [[EMAIL_ADDRESS:rahul.iyer@harborview-legal.com]] | 4C |
| [[PERSON:Bernice Okafor]] | Partner | 2290 | [[PHONE_NUMBER:(617) 555-0175]] | [[EMAIL_ADDRESS:bernice.okafor@harborview-legal.com]] | 5A |
| Front desk | Reception | 2200 | - | reception@harborview-legal.com | Lobby |""",
    """\
guest,nationality,passport,arrival,room,nights
[[PERSON:Luca Moretti]],[[NRP:Italian]],[[ID_NUMBER:YA4418273]],[[DATE_TIME:2025-04-18]],312,3
[[PERSON:Hannah Goldberg]],[[NRP:American]],[[US_PASSPORT:641092837]],[[DATE_TIME:2025-04-18]],305,5
[[PERSON:Takeshi Morimoto]],[[NRP:Japanese]],[[ID_NUMBER:TR2094817]],[[DATE_TIME:2025-04-19]],220,2
[[PERSON:Olivia Mensah]],[[NRP:Ghanaian]],[[ID_NUMBER:G2184409]],[[DATE_TIME:2025-04-20]],118,4""",
    """\
DRIVER             LICENCE           PLATE      DEPOT        KM_MONTH
[[PERSON:Gareth Hughes]]      [[ID_NUMBER:HUGHE804127G99KL]]  [[ID_NUMBER:CN71 BXA]]   Cardiff      4,812
[[PERSON:Zainab Akhtar]]      [[ID_NUMBER:AKHTA856093Z97MB]]  [[ID_NUMBER:BD22 KLO]]   Bradford     3,977
[[PERSON:Stuart McAllister]]  [[ID_NUMBER:MCALL711205S93RT]]  [[ID_NUMBER:SJ19 FVD]]   Glasgow      5,204""",
    """\
{"ticket_id": "SUP-40218", "reporter_name": "[[PERSON:Ines Vukovic]]", "reporter_email": "[[EMAIL_ADDRESS:ines.vukovic@gmail.com]]", "priority": "P2", "device_ip": "[[IP_ADDRESS:82.132.219.77]]", "product": "Router AX3000"}
{"ticket_id": "SUP-40221", "reporter_name": "[[PERSON:Callum Boateng]]", "reporter_email": "[[EMAIL_ADDRESS:cboateng@live.co.uk]]", "priority": "P3", "device_ip": "[[IP_ADDRESS:86.17.44.152]]", "product": "Mesh Node M2"}
{"ticket_id": "SUP-40225", "reporter_name": "[[PERSON:Hye-jin Seo]]", "reporter_email": "[[EMAIL_ADDRESS:hyejin.seo@icloud.com]]", "priority": "P1", "device_ip": "[[IP_ADDRESS:2a00:23c7:9f14:8801:d4a2:31ff:fe0b:6c19]]", "product": "Router AX3000"}""",
    """\
| Cognome | Nome | Codice fiscale | Comune | CAP | Quota |
|---|---|---|---|---|---|
| [[PERSON:Ferraro]] | [[PERSON:Luca]] | [[ID_NUMBER:FRRLCU76C08F205O]] | [[LOCATION:Milano]] | [[ZIP_CODE:20135]] | 60,00 |
| [[PERSON:Colombo]] | [[PERSON:Francesca]] | [[ID_NUMBER:CLMFNC93R61A794E]] | [[LOCATION:Bergamo]] | [[ZIP_CODE:24121]] | 60,00 |
| [[PERSON:Greco]] | [[PERSON:Salvatore]] | [[ID_NUMBER:GRCSVT58L02G273J]] | [[LOCATION:Palermo]] | [[ZIP_CODE:90141]] | 30,00 |""",
    """\
name,age,gender,city,country,survey_score
[[PERSON:Tendai Moyo]],[[AGE:41]],M,[[LOCATION:Johannesburg]],[[LOCATION:South Africa]],7
[[PERSON:Rebecca Liang]],[[AGE:29]],F,[[LOCATION:Auckland]],[[LOCATION:New Zealand]],9
[[PERSON:Aditya Kulkarni]],[[AGE:35]],M,[[LOCATION:Pune]],[[LOCATION:India]],6
[[PERSON:Mairéad Walsh]],[[AGE:62]],F,[[LOCATION:Waterford]],[[LOCATION:Ireland]],8
[[PERSON:Joshua Tan]],[[AGE:23]],M,[[LOCATION:Singapore]],[[LOCATION:Singapore]],5""",
    """\
member_no\tname\tdob\tcard_last4\tplan\tlocker
[[ID_NUMBER:M-004417]]\t[[PERSON:Brooke Hennessy]]\t[[DATE_TIME:1992-08-14]]\t7731\tAnnual Plus\t112
[[ID_NUMBER:M-004420]]\t[[PERSON:Kareem Haddad]]\t[[DATE_TIME:1986-02-27]]\t0094\tMonthly\t-
[[ID_NUMBER:M-004428]]\t[[PERSON:Lucía Bermúdez]]\t[[DATE_TIME:1999-12-01]]\t4410\tStudent\t87""",
    """\
| donor | anonymous | amount | campaign | email |
|---|---|---|---|---|
| [[PERSON:Gloria Fenwick]] | no | $250 | Spring Appeal | [[EMAIL_ADDRESS:gfenwick@sbcglobal.net]] |
| The [[PERSON:Oduya]] Family | no | $1,000 | Building Fund | [[EMAIL_ADDRESS:oduyafamily@gmail.com]] |
| (withheld) | yes | $75 | Spring Appeal | - |
| [[TITLE:Rev.]] [[PERSON:Thomas Beale]] | no | $40 | Food Bank | [[EMAIL_ADDRESS:tbeale.parish@gmail.com]] |""",
    """\
counterparty,iban,amount_eur,reference,category
[[PERSON:Maximilian Hofer]],[[IBAN_CODE:AT171200052918374602]],-450.00,Miete Mai,housing
[[PERSON:Eva de Boer]],[[IBAN_CODE:NL84ABNA0419385726]],-32.50,Tickets,leisure
[[PERSON:Jean-Luc Weber]],[[IBAN_CODE:LU520019700834127600]],1200.00,Facture 2025-041,income
[[PERSON:Sophie Lambert]],[[IBAN_CODE:BE65363091845296]],-18.00,Cadeau,gifts""",
    """\
ADM    NAME                     FORM  PARENT PHONE      COUNTY
[[ID_NUMBER:10294]]  [[PERSON:Mercy Wanjiku Githinji]]   2E    [[PHONE_NUMBER:0722 310 774]]      [[LOCATION:Nyeri]]
[[ID_NUMBER:10311]]  [[PERSON:Kevin Otieno Ouma]]        2E    [[PHONE_NUMBER:0711 908 245]]      [[LOCATION:Siaya]]
[[ID_NUMBER:10356]]  [[PERSON:Amina Said Bakari]]        3W    [[PHONE_NUMBER:0733 562 018]]      [[LOCATION:Mombasa]]
[[ID_NUMBER:10402]]  [[PERSON:Collins Kiprop]]           4N    [[PHONE_NUMBER:0798 114 360]]      [[LOCATION:Uasin Gishu]]""",
    """\
{"name": "[[PERSON:Eleni Georgiou]]", "address": {"line1": "[[ADDRESS:47 Mandeville Place]]", "city": "[[LOCATION:London]]", "postcode": "[[ZIP_CODE:W1U 3AQ]]"}, "email": "[[EMAIL_ADDRESS:eleni.georgiou@gmail.com]]", "newsletter": true}
{"name": "[[PERSON:Mohammed Al-Sayed]]", "address": {"line1": "[[ADDRESS:Flat 11, 3 Albion Street]]", "city": "[[LOCATION:Leeds]]", "postcode": "[[ZIP_CODE:LS1 5ER]]"}, "email": "[[EMAIL_ADDRESS:m.alsayed@hotmail.com]]", "newsletter": false}
{"name": "[[PERSON:Bethan Rhys]]", "address": {"line1": "[[ADDRESS:2 Heol y Deri]]", "city": "[[LOCATION:Cardiff]]", "postcode": "[[ZIP_CODE:CF14 6HF]]"}, "email": "[[EMAIL_ADDRESS:bethanrhys@btinternet.com]]", "newsletter": true}""",
]

DOC = [
    """\
From: [[PERSON:Rhiannon Evans]] <[[EMAIL_ADDRESS:rhiannon.evans87@gmail.com]]>
To: lettings@castlegateproperty.co.uk
Subject: Boiler still not fixed - [[ADDRESS:Flat 2, 16 Cathedral Road]]

Hi [[PERSON:Tom]],

I'm writing again about the boiler at [[ADDRESS:Flat 2, 16 Cathedral Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF11 9LJ]]. It first broke down on [[DATE_TIME:Sunday 5 January]] and the engineer who came on [[DATE_TIME:the 9th]] said a part had to be ordered. It is now three weeks later and we still have no heating or hot water.

My partner, [[PERSON:Dafydd]], also looks in on [[PERSON:Mrs Lloyd]] in the ground-floor flat, who is [[AGE:72]], and has been boiling kettles for her as well, since her flat is on the same boiler. Her daughter, [[PERSON:Carys Lloyd]], has asked me to pass on her number, [[PHONE_NUMBER:07700 900582]], in case you need access to the ground floor.

Could you please confirm a date for the repair by Friday? If I don't hear back, I'll contact the council's housing team. You can reach me on [[PHONE_NUMBER:07700 900147]] any time after 4pm.

Thanks,
[[PERSON:Rhiannon]]""",
    """\
DISCHARGE SUMMARY
Patient: [[PERSON:Walter J. Kowalski]]    MRN: [[ID_NUMBER:004812276]]    DOB: [[DATE_TIME:03/22/1946]] ([[AGE:78]] y/o M)
Admitted: [[DATE_TIME:01/27/2025]]    Discharged: [[DATE_TIME:02/03/2025]]
Attending: [[PERSON:Dr. Lauren Esposito]], MD    PCP: [[PERSON:Dr. Nnamdi Uzor]]

Reason for admission: community-acquired pneumonia with hypoxia. Treated with IV ceftriaxone and azithromycin, transitioned to oral therapy on hospital day 4. Oxygen weaned to room air by [[DATE_TIME:02/01]].

Social: lives alone at [[ADDRESS:1407 Hawthorne St]], [[LOCATION:Scranton]], [[LOCATION:PA]] [[ZIP_CODE:18505]]. Daughter [[PERSON:Karen Kowalski-Reyes]] ([[PHONE_NUMBER:570-555-0128]]) will stay with him for the first week. Home health referral placed; agency to call the daughter.

Follow-up: PCP within 7 days; chest X-ray in 6 weeks. Medicare ID [[ID_NUMBER:4TE7-KP2-MW61]].

Condition at discharge: stable. Patient and daughter verbalized understanding of return precautions.""",
    """\
GLENVIEW PARK RESIDENTS' ASSOCIATION
Minutes of the meeting held on [[DATE_TIME:Tuesday 11 March 2025]], Community Hall

Present: [[PERSON:Bríd Kavanagh]] (chair), [[PERSON:Eamon Doyle]] (treasurer), [[PERSON:Yewande Akinola]], [[PERSON:Paddy Moran]], [[PERSON:Li Na Zhou]], [[TITLE:Fr.]] [[PERSON:Seán Ryan]]
Apologies: [[PERSON:Gerry]] and [[PERSON:Maura Quinlan]]

1. Minutes of the February meeting were approved.
2. Treasurer's report: balance of EUR 2,318.40. [[PERSON:Eamon]] asked that subscriptions be paid to the association account rather than in cash.
3. Speed ramps: [[PERSON:Yewande]] reported that the council engineer will visit on [[DATE_TIME:2 April]]. Residents of the upper crescent asked to be present.
4. Tidy Towns: [[PERSON:Paddy]] will coordinate the clean-up; volunteers can text him on [[PHONE_NUMBER:087 614 2290]].
5. AOB: [[PERSON:Li Na]] welcomed the new family on the cul-de-sac. [[PERSON:Mrs. Kavanagh]] thanked [[TITLE:Fr.]] [[PERSON:Ryan]] for the use of the hall.

Next meeting: second Tuesday in April.""",
    """\
[Call recording, inbound, 00:00]
Agent: Thanks for calling, you're speaking with [[PERSON:Jess]]. Can I start with your full name?
Caller: Yeah, it's [[PERSON:Mohammad Reza Karimi]].
Agent: Thanks, [[PERSON:Mohammad]]. And your date of birth?
Caller: [[DATE_TIME:Fourteenth of August, nineteen eighty-three]].
Agent: Lovely. Can you confirm the residential address on the account?
Caller: [[ADDRESS:Unit 4, 88 Canterbury Road]], [[LOCATION:Lakemba]], [[LOCATION:New South Wales]], [[ZIP_CODE:2195]].
Agent: And a contact number?
Caller: Mobile's [[PHONE_NUMBER:0422 719 036]].
Agent: Great, you're verified. What can I help with today?
Caller: My card got declined at the servo this morning. The one ending 0457.
Agent: I can see a temporary block was placed after an overseas transaction attempt at 2:10 this morning. Was that you?
Caller: No, I haven't left [[LOCATION:Sydney]] in months.
Agent: OK, I'll cancel that card and send a new one to [[ADDRESS:Unit 4, 88 Canterbury Road]]. It should arrive by [[DATE_TIME:Friday the 21st]]. Anything else?
Caller: Can you update my email too? It's [[EMAIL_ADDRESS:mr.karimi83@outlook.com]] now.
Agent: Done. Thanks for your patience, [[PERSON:Mr Karimi]].
[00:04:37 end]""",
    """\
To the Visa Officer,
Immigration, Refugees and Citizenship Canada

Re: Employment reference for [[PERSON:Ms. Shreya Bandyopadhyay]]

I confirm that [[PERSON:Ms. Shreya Bandyopadhyay]], born on [[DATE_TIME:18 September 1993]], has been employed by our firm in [[LOCATION:Kolkata]] as a Senior Analyst from [[DATE_TIME:1 August 2018]] until the present. Her employee number is [[ID_NUMBER:KLT-20418]] and her passport number is [[ID_NUMBER:V4418297]].

She works 40 hours per week at an annual salary of INR 18,40,000, and her duties include building financial models, reviewing audit files and supervising two junior staff.

Her residential address on our records is [[ADDRESS:Flat 3B, Ganga Apartments, 27 Lake View Road]], [[LOCATION:Kolkata]] [[ZIP_CODE:700029]], [[LOCATION:West Bengal]].

Should you require further information, I can be contacted at [[EMAIL_ADDRESS:arindam.ghosh.hr@gmail.com]] or on [[PHONE_NUMBER:+91 98310 46627]].

Yours faithfully,
[[PERSON:Arindam Ghosh]]
Head of Human Resources""",
    """\
SOUTH AFRICAN POLICE SERVICE - WITNESS STATEMENT
CAS 118/02/2025, [[LOCATION:Mowbray]]

I, [[PERSON:Nokuthula Precious Mahlangu]], identity number [[ID_NUMBER:8305170145085]], aged [[AGE:41]], residing at [[ADDRESS:17 Hope Street]], [[LOCATION:Observatory]], [[LOCATION:Cape Town]], [[ZIP_CODE:7925]], cellphone [[PHONE_NUMBER:072 418 3390]], state under oath:

On [[DATE_TIME:Friday 14 February 2025 at about 19:30]] I was walking home from the taxi rank on Main Road when a man grabbed my handbag. He was wearing a red cap. A second man, who the others called "[[PERSON:Skhumba]]", was waiting in a white Polo with the registration [[ID_NUMBER:CA 418-227]].

A bystander, [[PERSON:Mr. Faizel Abrahams]], chased them and got a photo of the car. My handbag contained my bank card, my ID book and R350 cash.

I know the contents of this statement and understand it. I have no objection to taking the prescribed oath.

Signed at [[LOCATION:Mowbray]] on [[DATE_TIME:15/02/2025]].""",
    """\
Dear [[TITLE:Miss]] [[PERSON:Oyinkansola Bamidele]],

OFFER OF EMPLOYMENT

Following your interview on [[DATE_TIME:24th January 2025]], we are pleased to offer you the position of Graduate Trainee (Operations), based at our [[LOCATION:Ibadan]] depot, with effect from [[DATE_TIME:Monday, 3rd March 2025]].

Your gross monthly pay will be NGN 420,000, paid monthly into your salary account [[ID_NUMBER:0218849305]]. Kindly bring the following on resumption: your NYSC discharge certificate, your NIN slip (NIN [[ID_NUMBER:60283197452]]), two passport photographs and a guarantor's letter.

Your guarantor, [[TITLE:Engr.]] [[PERSON:Babatunde Lawal]], should be reachable on [[PHONE_NUMBER:0805 318 2274]] and must be resident in [[LOCATION:Oyo State]].

Please confirm your acceptance by replying to this letter at your earliest convenience. We will send the onboarding pack to [[ADDRESS:12 Ring Road]], [[LOCATION:Challenge]], [[LOCATION:Ibadan]].

Yours sincerely,
[[PERSON:Folasade Ige]]
HR Business Partner""",
    """\
Subject: Pre-authorisation request - [[PERSON:Wambui Ngugi]]

Dear Claims Team,

Please find below the details for a pre-authorisation request for an elective procedure.

Member name: [[PERSON:Wambui Ngugi]]
Member number: [[ID_NUMBER:AAR/4418207/01]]
Principal member: [[PERSON:Peter Ngugi Kariuki]] (spouse)
National ID: [[ID_NUMBER:24871930]]
Date of birth: [[DATE_TIME:11/05/1987]]
Phone: [[PHONE_NUMBER:+254 711 803 492]]
Procedure: laparoscopic cholecystectomy
Planned admission: [[DATE_TIME:Wednesday 9 April 2025]]
Treating surgeon: [[PERSON:Dr. Abdirahman Hussein]]
Estimated cost: KES 385,000

The member was reviewed on [[DATE_TIME:28 March]] with recurrent biliary colic and an ultrasound showing multiple gallstones. Supporting documents are attached.

Kindly send the approval to [[EMAIL_ADDRESS:wambui.ngugi@yahoo.com]] and copy the principal member.

Regards,
Billing Office""",
    """\
CERTIFICATE OF EMPLOYMENT

This is to certify that [[PERSON:Mr. Jerome Santos Macaraeg]], with SSS No. [[ID_NUMBER:33-4418207-5]] and TIN [[ID_NUMBER:274-118-903-000]], has been employed by our company as Customer Service Representative from [[DATE_TIME:June 15, 2021]] to [[DATE_TIME:January 31, 2025]].

During his employment, [[PERSON:Mr. Macaraeg]] was assigned to our [[LOCATION:Cebu City]] site and consistently met his performance targets. He was a member of the site's safety committee.

His last known address is [[ADDRESS:Lot 7 Blk 3, Sto. Niño Village]], [[LOCATION:Brgy. Banilad]], [[LOCATION:Mandaue City]], [[LOCATION:Cebu]] [[ZIP_CODE:6014]].

This certification is issued upon the request of [[PERSON:Mr. Macaraeg]] for whatever legal purpose it may serve him.

Issued this [[DATE_TIME:7th day of February 2025]] in [[LOCATION:Cebu City]], [[LOCATION:Philippines]].

[[PERSON:Ma. Theresa Dimaculangan]]
HR Manager""",
    """\
TENANCY AGREEMENT (extract)

This Agreement is made on [[DATE_TIME:1 March 2025]] between:

LANDLORD: [[PERSON:Ong Kah Wee]] (NRIC No. [[ID_NUMBER:S6813520F]]) of [[ADDRESS:21 Jalan Kemaman]], [[LOCATION:Singapore]] [[ZIP_CODE:328213]]; and

TENANT: [[PERSON:Arjun Pillai]] (FIN No. [[ID_NUMBER:F3318406U]]; Indian passport No. [[ID_NUMBER:Z5532018]]) of [[ADDRESS:Blk 331 Clementi Avenue 2, #12-57]], [[LOCATION:Singapore]] [[ZIP_CODE:120331]].

1. The Landlord lets and the Tenant takes the premises at [[ADDRESS:Blk 331 Clementi Avenue 2, #12-57]] for a term of two years from [[DATE_TIME:15 March 2025]] at a monthly rent of S$3,400.

2. The Tenant shall pay a security deposit of S$6,800, refundable without interest at the end of the term.

3. Notices may be sent to the Landlord at [[EMAIL_ADDRESS:ongkahwee@singnet.com.sg]] and to the Tenant at [[EMAIL_ADDRESS:arjun.pillai.sg@gmail.com]], or by phone to [[PHONE_NUMBER:+65 9683 2017]] and [[PHONE_NUMBER:+65 8820 4176]] respectively.""",
    """\
[[PERSON:Julien Fabre]]
[[ADDRESS:5 impasse des Tilleuls]]
[[ZIP_CODE:31400]] [[LOCATION:Toulouse]]
Tél. : [[PHONE_NUMBER:06 28 71 45 90]]
Courriel : [[EMAIL_ADDRESS:julien.fabre31@orange.fr]]

À l'attention du service clients
Objet : résiliation de mon abonnement internet

Madame, Monsieur,

Je vous prie de bien vouloir résilier l'abonnement souscrit à mon nom (contrat n° 7738-2041-X) à compter du [[DATE_TIME:31 mars 2025]], en raison de mon déménagement à [[LOCATION:Bordeaux]].

Je vous remercie de me faire parvenir le remboursement du dépôt de garantie sur le compte [[IBAN_CODE:FR76 1027 8061 4000 0203 8154 609]], ouvert au nom de ma compagne, [[PERSON:Élodie Marty]].

La box et le décodeur seront rapportés en boutique avant le [[DATE_TIME:5 avril]]. Vous pouvez me joindre au numéro ci-dessus pour toute question.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

[[PERSON:Julien Fabre]], le [[DATE_TIME:10 mars 2025]]""",
    """\
YEAR 8 CAMP: MEDICAL AND CONSENT FORM

Student: [[PERSON:Tāne Herewini]]    Date of birth: [[DATE_TIME:22/02/2012]]    Room: 8KT
NHI: [[ID_NUMBER:ZRF3045]]
Home address: [[ADDRESS:31 Pōhutukawa Drive]], [[LOCATION:Ōhope]], [[LOCATION:Whakatāne]] [[ZIP_CODE:3121]]

Parent/caregiver 1: [[PERSON:Moana Herewini]], mobile [[PHONE_NUMBER:022 618 4470]], email [[EMAIL_ADDRESS:moana.herewini@gmail.com]]
Parent/caregiver 2: [[PERSON:Craig Dobson]] (stepfather), mobile [[PHONE_NUMBER:027 309 5512]]
Family doctor: [[PERSON:Dr. Anika Sharma]]

Medical conditions: mild asthma (Ventolin as needed), hay fever.
Dietary requirements: none.
Can swim 200 m: yes.

I give permission for my child to attend camp at the outdoor centre from [[DATE_TIME:Monday 17 March]] to [[DATE_TIME:Friday 21 March]] and to receive emergency medical treatment if I cannot be contacted.

Signed: [[PERSON:M. Herewini]]    Date: [[DATE_TIME:3/3/25]]""",
]

LOOKALIKE = [
    """\
Release notes, version 4.12.0 (build 4.12.0.1187)

Fixed: the sync agent on builds 10.2.0.17 through 10.2.0.24 crashed when the cache directory contained more than 65,535 files.
Fixed: exported CSVs now keep leading zeros in fields such as 00412 and 0081.
Changed: the default retry interval is now 30 s (was 12 s); the timeout is 2025 ms to match the gateway.
Security: upgraded the TLS library to 3.0.13 (CVE-2024-5535). SHA-256 of the installer: 4f1c9a7e22b0d5f3186e9c04a7d1b2e58c3f60a9d7e4b1f28c05a6d93e7b1f42.
Known issue: devices with serial numbers between SN-2201-44810 and SN-2201-45999 may report firmware 2.0.4.8 as 2.0.48.
Support: support@northwind-apps.com or 1-800-555-0100, Monday to Friday, 8:00 to 18:00 ET.""",
    """\
Hi [[PERSON:Danielle]], thanks for your order!

Order number: 112-4471938-2205517
Items:
  1 x Stainless steel bottle, 750 ml (SKU BTL-750-SS-BLK)    $24.99
  2 x Replacement lids (SKU LID-22-CLR)                      $11.98
Subtotal $36.97 | Shipping $0.00 | Tax $2.96 | Total $39.93

Your parcel ships with tracking number 1Z4A82E90341187725 and should arrive in 3-5 business days. Returns are accepted within 30 days; use return authorization RMA-88142-B when you print the label.

Questions? Reply to orders@hydrowell.example or call 1-888-555-0142.""",
    """\
SUMMER EXAMINATIONS 2025: MAIN HALL TIMETABLE

Mon 12 May, 09:00   Biology Paper 1 (8461/1H)       1 h 45 min   Seats A01-A96
Mon 12 May, 13:30   Geography Paper 2 (8035/2)      1 h 30 min   Seats A01-B40
Wed 14 May, 09:00   Mathematics Paper 1 (8300/1H)   1 h 30 min   Seats A01-C12
Fri 16 May, 13:30   French Listening (8658/LH)      45 min       Room 4.12
Tue 20 May, 09:00   History Paper 1 (8145/1)        2 h          Seats A01-B88

Candidates must arrive 15 minutes before the start. Contingency day: Wednesday 25 June. Centre number 40217. Results day: Thursday 21 August. Calculators must be model fx-83GTX or fx-85GTX.""",
    """\
Finding your way at Westfield General

Main entrance (Building 1): reception, pharmacy, the Florence Nightingale cafe.
Building 2, Level 3: Alzheimer's and memory clinic, the Parkinson's nurse service and the Down syndrome adult clinic.
Building 4: Hodgkin lymphoma day unit, Bay 4.2; Apgar and newborn checks are done on the maternity ward, Level 5.
Car parks P1 and P3 take cards and coins; the daily cap is 12.50.
Switchboard: 020 7946 0000. Appointments line: 0300 555 0199 (8am to 6pm). General enquiries: patient.experience@westfieldgeneral.nhs.uk.
The 141 and 341 buses stop outside the Queen Elizabeth wing every 10 minutes.""",
    """\
SHIPPING MANIFEST
Bill of lading: MEDU4471928301
Container: MSCU 482917-3 (40' HC), seal 00482291
Vessel / voyage: MSC Aurelia / 512W
Port of loading: INNSA1 | Port of discharge: GBFXT
HS code 8471.30.01, 1,120 cartons, gross weight 12,480.00 kg, 68.2 cbm
Incoterm: FOB. Freight collect. ETA week 17.
Consignee: Harrow Components Ltd, EORI GB418820931000
Notify party contact: [[PERSON:Wei Ling Ho]]
Marks: HCL/PO-20931/1-1120, CTN 1 OF 1120""",
    """\
ASSET INVENTORY EXPORT, Finance floor

asset_tag   model             serial        os_build          fw        assigned_to
FIN-0412    Latitude 7440     7TQK2X3       10.0.22631.4890   1.14.0    [[USERNAME:mokoro]]
FIN-0413    Latitude 7440     9RZL4C1       10.0.22631.4890   1.14.0    (spare)
FIN-0419    OptiPlex 7010     HB82MN4       10.0.19045.5371   1.21.1    shared-desk-3
PRN-0007    LaserJet M507     PHBLK20418    2508A             5.7.0.1   -

Device GUID for FIN-0412: 3f2b8c14-9e6d-4a07-b1c5-7d20e8f9a613
Last inventory run: 2025-03-02 06:00 UTC, checksum d41d8cd98f00b204e9800998ecf8427e""",
    """\
Market wrap, close of trade

The index fell 1.8% to 7,412.6 as bond yields rose to 4.21%. Shares in the bank (ISIN AU000000XYZ4) slid 3.2% after a profit warning, while the miner listed under code 6758 gained 2.9%. The 10-year futures contract (code YTCM25) traded 41,882 lots.
Currency: AUD/USD 0.6418; EUR/AUD 1.6933. Settlement: T+2, via BIC RSBKAU2SXXX.
Upcoming: CPI release on the last Wednesday of the month; RBA decision 1 April. Dividend record date for the telco: 27 February; payment date: 26 March.
Reference rates are published under licence; ABN 51 824 753 556.""",
    """\
Self-guided heritage walk (approx. 2.5 km, 90 minutes)

Start at the Nelson Mandela statue on Church Square and head up Paul Kruger Street, past the Victoria Hotel. Turn left onto Helen Joseph Street and continue to the Steve Biko Academic Hospital gates. The Sammy Marks Museum and the Burgers Park bandstand are along the way; stop 4 is the old Raadsaal (built 1889).
Bus routes 7 and 12 return to the square every 20 minutes until 18:30.
Guide booklet ISBN 978-0-9931077-5-7, also available in Afrikaans (ISBN 978-1-4028-9462-6).
Booked a guided version instead? Your guide today is [[PERSON:Sello]], and the group meets at 09:45.""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "doc": DOC,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind29", STYLES, OUT)


if __name__ == "__main__":
    main()

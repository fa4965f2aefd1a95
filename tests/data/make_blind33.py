"""Build tests/data/blind33.jsonl: a thirty-third *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind33.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts, make_blind22.py and make_blind23.py ... make_blind34.py included).
Only these were read: lines 1-121 of make_blind22.py (its module docstring,
with the labeling conventions and the style descriptions, and its import
lines), the closing scaffolding of make_blind22.py (from its `STYLES = {`
to the end of the file: the STYLES dict and main()), gold_sets.py (the
checks and `write_set`), and lines 1-64 of make_handwritten.py (its
conventions docstring, MARK, TITLE_IN_NAME and `parse()`). The import lines
and the scaffolding below are copied from make_blind22.py. No git history
was looked at, nothing under /tmp was read, and the detector and the bench
were never run on this file. Do not tune the detector against it: once it
has been used to tune, it no longer measures anything; write a new set
instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the national check digits inside the
French, Spanish, Italian, Belgian and Portuguese IBANs are right too
(worked out with throwaway code run inline while writing, not generated
here; `gold_sets.check` re-checks cards and IBANs and refuses a bad one).
National ids with a public check digit (NHS number, SIN, Aadhaar, BSN, CPF,
DNI and NIE, South African ID, TFN, Irish PPSN, Singapore NRIC, Portuguese
NIF, Belgian national register number, Swiss AHV number, NZ IRD number,
Australian Medicare number) were given a valid one the same way, and so was
the one look-alike ISBN-13; the South African ids agree with the person's
sex and birth date where they show. UK NI numbers, US SSNs, PAN, voter ids,
Nigerian NIN and BVN, Kenyan ids, KRA PINs and NSSF / NHIF numbers,
Philippine SSS / PhilHealth / Pag-IBIG / TIN numbers, Italian codici
fiscali, German tax ids, Austrian social-insurance numbers, Portuguese
citizen-card numbers, NZ NHI numbers, Canadian health cards, passports,
licences, plates, bank account numbers and staff, student, member and
patient numbers were not checked.

Styles (ids `blind33-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Canada, Australia, Ireland, New Zealand, India, South
Africa, Nigeria, Kenya, the Philippines and Singapore contexts, with names
from the many cultures living there), the rest in French, German, Spanish,
Portuguese, Italian and Dutch:
- `gen` (110): one to four sentences or a short paragraph of the kind a
  third-party LLM writes when asked for "realistic text with personal
  data", across many domains (banking, clinics, pharmacies, courts, schools,
  HR, lettings, travel, telecoms, government, sport, churches, charities,
  gaming, social media, obituaries, weddings, logistics, research ...);
  people named at the start, middle and end, with titles, initials,
  nicknames, lowercase and possessives; ages said many ways (only exact
  numbers labeled); dates in many shapes; addresses of the twelve countries.
- `bench` (90): dense records in the manner of ai4privacy
  pii-masking-200k/300k/400k (form-like, odd field mixes), gretel
  pii-masking-en-v1 (domain documents) and Nemotron-PII (narrative records
  with many entity kinds).
- `table` (30): one small labeled table per record rendered as text (CSV,
  pipes, TSV, fixed-width, JSON lines, key: value blocks), with non-PII
  columns next to the PII ones.
- `lookalike` (10): text full of things that look like PII but are not
  (order, ticket, invoice, tracking and claim references, SKUs, versions
  shaped like IPs, hashes, serials, company phone numbers and mailboxes,
  eponyms, streets named after people without a number); a few real values
  are labeled where they occur, and some records have none.

Labeling conventions: those of make_handwritten.py and make_blind22.py:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name (Mr, Dr, Mme, Herr, Sra., Rev., Chief ...), labeled
  apart from it; job titles are not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house, building and estate names inside an address, a building number
  or a secondary address given in its own field; city, district, named
  neighbourhood, county, state / province (also abbreviated) and country
  are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates with a day or month, in any shape; a weekday
  or a clock time said with the date is inside the date's span; not bare
  years, weekdays or times alone, durations, or dates not tied to a person.
- AGE: the number only; "in her forties" is not labeled.
- ID_NUMBER: national / tax / social-security ids, non-US passports and
  licences, plates, patient, member, student, staff and customer numbers,
  bank account numbers. US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say. USERNAME without "@". URL: personal pages and profiles only.
  NRP: nationality, religion or political group of a person.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB / IFSC / routing numbers, CVVs, expiries,
  PINs, order / ticket / claim / policy / booking / tracking / invoice
  references, SKUs, amounts, clock times alone, company names, company
  phone numbers and role mailboxes, record ids, partial numbers ("ending
  7428"), pets, eponyms, header rows; in tables a sex / role / dept /
  status column stays unlabeled, an age column is AGE, a country or state
  column is LOCATION and a nationality column is NRP.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_set
from make_handwritten import parse

OUT = Path(__file__).with_name("blind33.jsonl")

GEN = [
    "Hi, my name is [[PERSON:Marisol Dwyer-Okafor]] and I'm writing to dispute a charge on my Visa ending 7428. The full card number is [[CREDIT_CARD:4993 6313 1585 7428]] and the charge posted on [[DATE_TIME:March 14, 2025]]. You can reach me at [[PHONE_NUMBER:(614) 555-0193]] or [[EMAIL_ADDRESS:marisol.dwyer.okafor@gmail.com]].",
    "Patient [[PERSON:Harjit Singh Bains]], [[AGE:67]], was admitted to ward 4B on [[DATE_TIME:02/11/2024]] with chest pain. NHS number [[ID_NUMBER:361 304 0573]]. His daughter [[PERSON:Navneet]] is listed as next of kin on [[PHONE_NUMBER:07700 900418]].",
    "The tenancy for [[ADDRESS:Unit 12, 88 Ponsonby Road]], [[LOCATION:Grey Lynn]], [[LOCATION:Auckland]] [[ZIP_CODE:1021]] starts on [[DATE_TIME:1 February 2025]]. Tenants are [[PERSON:Aroha Te Whata]] and [[PERSON:Liam Fitzgerald]]; the bond of $2,400 has been lodged with Tenancy Services.",
    "After twenty-three years on the line at the bottling plant, [[PERSON:Dolores Ybarra]] retired on [[DATE_TIME:Friday, June 28, 2024]]. She turned [[AGE:62]] that spring and has since moved in with her sister in [[LOCATION:Las Cruces]], [[LOCATION:New Mexico]].",
    "Can you ship the replacement router to [[ADDRESS:4417 Kingsway, Suite 900]], [[LOCATION:Burnaby]], [[LOCATION:BC]] [[ZIP_CODE:V5H 4M1]]? The account holder is [[PERSON:Wei-Lin Chao]], phone [[PHONE_NUMBER:604-555-0148]]. Ticket #CS-448120.",
    "[[PERSON:Mr. Venkatesh Raghavan Iyer]] (PAN [[ID_NUMBER:AJWPI4471K]], Aadhaar [[ID_NUMBER:7954 9118 2277]]) has applied for a home loan of Rs 48,00,000 against the flat at [[ADDRESS:Flat 302, Sai Krupa Apartments, 14th Cross]], [[LOCATION:Malleswaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]]. Mobile: [[PHONE_NUMBER:+91 98450 27716]].",
    "hey it's [[PERSON:jordan]] again lol. my new number is [[PHONE_NUMBER:415 555 0162]] and my insta is @[[USERNAME:jordy.castellanos]] if u wanna add me",
    "[[PERSON:Sipho Mahlangu]] (ID [[ID_NUMBER:8704125291087]]) was born on [[DATE_TIME:12 April 1987]] in [[LOCATION:Pietermaritzburg]] and now rents a cottage at [[ADDRESS:27 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]].",
    "Please credit the refund to [[PERSON:Chukwuemeka Obi]]'s Zenith Bank account, number [[ID_NUMBER:2087431956]]. His BVN is [[ID_NUMBER:22178364590]] and he can be reached on [[PHONE_NUMBER:0803 412 7789]] for any questions.",
    "The bursar confirmed that Form 3 fees for [[PERSON:Wanjiru Kamau]] were paid through M-Pesa from [[PHONE_NUMBER:0722 481 093]] on [[DATE_TIME:9th January 2025]] (transaction code SAK7Q2XR4P). Her father, [[PERSON:Peter Kamau Njoroge]], ID no. [[ID_NUMBER:27765104]], farms near [[LOCATION:Thika]] in [[LOCATION:Kiambu County]].",
    "Good day po! I'm [[PERSON:Ma. Cristina Dela Cruz]], SSS no. [[ID_NUMBER:34-5219876-3]], and I'd like to update my address to [[ADDRESS:Blk 7 Lot 22, Phase 2, Camella Homes]], [[LOCATION:Brgy. Molino III]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]] [[ZIP_CODE:4102]]. My cellphone is [[PHONE_NUMBER:0917 845 2301]].",
    "[[PERSON:Tan Mei Ling]] (NRIC [[ID_NUMBER:S2010735I]]) has booked a home visit for [[DATE_TIME:Saturday 15 Feb 2025, 10am]] at [[ADDRESS:Blk 412 Ang Mo Kio Avenue 10, #08-1157]], [[LOCATION:Singapore]] [[ZIP_CODE:560412]]. Contact number [[PHONE_NUMBER:+65 9123 4875]].",
    "[[PERSON:Siobhán Ní Bhriain]] of [[ADDRESS:14 Oakley Park]], [[LOCATION:Blackrock]], [[LOCATION:Co. Dublin]], [[ZIP_CODE:A94 X2V6]] is applying for the household benefits package. PPSN [[ID_NUMBER:7178340H]]. She is [[AGE:71]] and lives on her own since her husband died.",
    "Hi team, just a heads up that [[PERSON:Bradley Nguyen]] starts on [[DATE_TIME:Monday 3 March]]. TFN [[ID_NUMBER:772 026 646]], super fund member no. [[ID_NUMBER:501274836]]. Home address is [[ADDRESS:6/41 Carrington Street]], [[LOCATION:Lidcombe]] [[LOCATION:NSW]] [[ZIP_CODE:2141]].",
    "Dear [[PERSON:Mrs Abimbola Adeyemi-Hart]], your appointment with [[PERSON:Dr Rhys Pritchard]] has been moved to [[DATE_TIME:Thursday 20 March at 14:40]]. If this is not convenient please ring the surgery on 029 2055 1180.",
    "The defendant, [[PERSON:Travis Lee Boudreaux]], date of birth [[DATE_TIME:07/19/1991]], Louisiana driver's license [[US_DRIVER_LICENSE:009812774]], was cited on [[DATE_TIME:October 3, 2024]] outside [[ADDRESS:5512 Magazine Street]], [[LOCATION:New Orleans]]. Case no. 24-CR-01187.",
    "Congrats to [[USERNAME:ShadowKoi_88]] for taking the Season 9 ladder! The prize will go to the email on file ([[EMAIL_ADDRESS:koi.tanaka88@outlook.com]]). Runner-up [[USERNAME:n1ghtfury]] gets 5,000 gems.",
    "[[TITLE:Madame]] [[PERSON:Hélène Marchetti]], née le [[DATE_TIME:3 septembre 1958]] à [[LOCATION:Ajaccio]], demeurant [[ADDRESS:17 rue des Lilas]], [[ZIP_CODE:69003]] [[LOCATION:Lyon]], demande que le remboursement soit versé sur son compte [[IBAN_CODE:FR76 3000 4012 3453 0649 4958 592]].",
    "Sehr geehrter [[TITLE:Herr]] [[PERSON:Schäfer]], wir bestätigen den Eingang Ihrer Kündigung vom [[DATE_TIME:12.01.2025]]. Die letzte Abbuchung erfolgt von Ihrem Konto [[IBAN_CODE:DE15 7506 3433 4984 8986 26]]. Ihre Kundennummer lautet [[ID_NUMBER:KD-5583172]].",
    "[[PERSON:Lucía Fernández Ortega]], con DNI [[ID_NUMBER:20328708C]] y domicilio en [[ADDRESS:Calle de Alcalá 214, 3º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]], solicita cita previa para el [[DATE_TIME:martes 8 de abril]]. Teléfono de contacto: [[PHONE_NUMBER:612 48 39 07]].",
    "[[PERSON:WHITCOMBE]], [[PERSON:Eleanor Mary]] ([[PERSON:Nell]]). Passed away peacefully on [[DATE_TIME:4 December 2024]], aged [[AGE:93]]. Beloved wife of the late [[PERSON:Gordon]], loved mother of [[PERSON:Ruth]] and [[PERSON:Alastair]], and grandmother of seven. A service will be held at St Mary's, [[LOCATION:Karori]], [[LOCATION:Wellington]].",
    "Save the date! [[PERSON:Priyanka Raghunathan]] & [[PERSON:Daniel Osei-Bonsu]] are getting married on [[DATE_TIME:Saturday, the 18th of October 2025]] in [[LOCATION:Leeds]]. Please RSVP to [[PERSON:Priyanka]] at [[EMAIL_ADDRESS:priya.r.weds@gmail.com]] as soon as you can.",
    "Rx for [[PERSON:Gloria Hernández-Whitfield]] (DOB [[DATE_TIME:1949-02-27]]): metformin 500 mg twice daily, 90-day supply. Medicare Beneficiary Identifier [[ID_NUMBER:1EG4-TE5-MK72]]. Prescriber: [[PERSON:Dr. Samuel Oyelaran]]. The pharmacy will call [[PHONE_NUMBER:(505) 555-0177]] when it is ready.",
    "Biscuit, a 4-year-old beagle belonging to [[PERSON:Tamsin Greaves]], is due for her boosters on [[DATE_TIME:22/05/2025]]. Owner's mobile [[PHONE_NUMBER:07911 123 456]], address [[ADDRESS:3 Primrose Cottages]], [[LOCATION:Hebden Bridge]], [[ZIP_CODE:HX7 8AD]].",
    "At approximately [[DATE_TIME:23:10 on 6 July]], officers stopped a silver Toyota Corolla, registration [[ID_NUMBER:KY19 XFD]], on the A38 near [[LOCATION:Bromsgrove]]. The driver, [[PERSON:Kieran Doyle]], [[AGE:24]], of [[LOCATION:Redditch]], gave his licence number as [[ID_NUMBER:DOYLE901150K99AB]].",
    "Student [[PERSON:Nomvula Dube]] (student no. [[ID_NUMBER:218845573]]) has been granted an extension on her dissertation until [[DATE_TIME:30 June 2025]]. Please write to her university address, [[EMAIL_ADDRESS:dbxnom001@myuct.ac.za]], rather than her personal one.",
    "Payroll change for [[PERSON:Jean-François Lapointe]], SIN [[ID_NUMBER:267 883 445]], effective [[DATE_TIME:2025-04-01]]: direct deposit moves to RBC, transit 04512, institution 003, account [[ID_NUMBER:5093317]].",
    "Booking ref QX7T2M. Passenger [[PERSON:OKONKWO]]/[[PERSON:ADAEZE]] [[TITLE:MS]], passport [[ID_NUMBER:A09182734]], flying LOS-LHR on [[DATE_TIME:14NOV]]. Frequent flyer no. [[ID_NUMBER:BA 77410928]]. Seat 32K, one checked bag.",
    "Guest [[PERSON:Henrik Aaltonen]] checked in to room 1412 on [[DATE_TIME:Jan 6]] and out on [[DATE_TIME:Jan 9]]; the card on file is [[CREDIT_CARD:5198 8742 4500 0137]]. He asked that the folio be emailed to [[EMAIL_ADDRESS:h.aaltonen@kolmio.fi]].",
    "I'd like to port my number [[PHONE_NUMBER:021 448 9031]] over from One NZ. The account is in the name of [[PERSON:Mereana Paewai]], date of birth [[DATE_TIME:30/08/1979]], and the PAC code they gave me is 4471.",
    "[[PERSON:Rosalind Achterberg]], [[AGE:45]], renewed her Illinois driver's license ([[US_DRIVER_LICENSE:A236-5518-4720]]) at the [[LOCATION:Schaumburg]] facility on [[DATE_TIME:Nov. 12]]. The new card will be mailed to [[ADDRESS:908 W Algonquin Rd, Apt 3C]], [[LOCATION:Arlington Heights]], [[LOCATION:IL]] [[ZIP_CODE:60005]].",
    "Open home this Sunday 1-1:30pm at [[ADDRESS:17 Wattle Grove]], [[LOCATION:Bayswater]] [[LOCATION:VIC]] [[ZIP_CODE:3153]]. The vendor, [[PERSON:Mrs. Heather Lowe]], is relocating interstate and wants offers. Call [[PERSON:Deepak Chandrasekaran]] on [[PHONE_NUMBER:0412 558 903]] for the contract.",
    "Follow my baking journey! TikTok: @[[USERNAME:bakewithbisi]] | YouTube: [[URL:https://www.youtube.com/@bakewithbisi]] | business enquiries: [[EMAIL_ADDRESS:bisi.adebayo.bakes@gmail.com]]. Love, [[PERSON:Bisi]] from [[LOCATION:Lagos]]",
    "User [[USERNAME:kwame.asante]] cannot reach the VPN. Last successful login [[DATE_TIME:2025-02-03 08:14:52]] from [[IP_ADDRESS:41.66.201.7]]; today's attempts came from [[IP_ADDRESS:102.176.44.19]]. Laptop asset tag GH-LT-0442, firmware 1.14.2.",
    "Driver note: if [[PERSON:Mrs Patel]] isn't home, leave the parcel in the blue recycling bin by the side gate. Deliver to [[ADDRESS:21 Belgrave Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 6AR]]. Tracking JD0002219384756621.",
    "Welcome to FitHub, [[PERSON:Camila]]! Your membership number is [[ID_NUMBER:FH-00782213]] and your first PT session with [[PERSON:Marcus]] is booked for [[DATE_TIME:Wed 5/7 at 6:30pm]]. Bring water and a towel!",
    "Parish notices: please keep in your prayers [[TITLE:Fr.]] [[PERSON:Anthony Mensah]], who celebrates his [[AGE:80]]th birthday on [[DATE_TIME:the 2nd of May]]. The baptism of [[PERSON:Isabella Rose Quinlan]], daughter of [[PERSON:Ciara]] and [[PERSON:Donal Quinlan]], will take place on [[DATE_TIME:Sunday 11 May]] after the 10 o'clock Mass.",
    "Thank you, [[PERSON:Arjun Mehta]], for your gift of £250 on [[DATE_TIME:24/12/2024]]. We have received your Gift Aid declaration for [[ADDRESS:Flat 5, 112 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1JE]]. Your supporter ID is [[ID_NUMBER:D-3398120]].",
    "[[PERSON:Oleksandr Kovalenko]], a [[NRP:Ukrainian]] national born on [[DATE_TIME:14.06.1983]], holds passport no. [[ID_NUMBER:FT418827]] and arrived in [[LOCATION:Dublin]] on [[DATE_TIME:2 March 2022]] under the temporary protection scheme.",
    "This year's Rotary bursary goes to [[PERSON:Ngozi Eze]], [[AGE:18]], a Grade 12 student from [[LOCATION:St. Vital]] in [[LOCATION:Winnipeg]] who plans to study nursing in the fall. [[PERSON:Ngozi]]'s mother, [[PERSON:Chiamaka]], accepted the cheque on her behalf.",
    "Hey! I'm [[PERSON:Rahul]], [[AGE:29]], software dev in [[LOCATION:Pune]] :) text me on [[PHONE_NUMBER:98220 41367]] instead, I barely check this app",
    "Your driver [[PERSON:Abdirahman]] is arriving in a white Prius, plate [[ID_NUMBER:CXR 4821]]. Pickup: [[ADDRESS:1200 Pennsylvania Ave SE]], [[LOCATION:Washington]], [[LOCATION:DC]] [[ZIP_CODE:20003]]. Trip code 7731.",
    "[[PERSON:João Pedro Carvalho]], CPF [[ID_NUMBER:869.774.895-02]], residente na [[ADDRESS:Rua Augusta, 1450, apto 82]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:01304-001]], nasceu em [[DATE_TIME:23/11/1990]]. Celular: [[PHONE_NUMBER:(11) 98765-2231]].",
    "Participant [[ID_NUMBER:KEN-TB-0147]] (initials [[PERSON:R.K.M.]]) withdrew consent on [[DATE_TIME:17-Sep-2024]]. Site: [[LOCATION:Kisumu]]. All samples collected before withdrawal will be destroyed per protocol v3.2.",
    "[[PERSON:Thandiwe]], you're eligible to donate again from [[DATE_TIME:19 March]]! Donor no. [[ID_NUMBER:0448217]]. Book at your nearest clinic or reply STOP to opt out.",
    "Criminal Case No. E112 of 2024. The accused, [[PERSON:Joseph Kiprotich Langat]], ID No. [[ID_NUMBER:30218874]], of [[LOCATION:Eldoret]], was released on a cash bail of KSh 50,000 and shall appear for mention on [[DATE_TIME:4th March 2025]].",
    "A huge well done to [[PERSON:Aanya]] and [[PERSON:Toby]] in Year 4 for their recycling project, and a fond farewell to [[PERSON:Mrs. Okonjo]], who retires after 31 years at the school. Her leaving assembly is on [[DATE_TIME:Friday 18 July]].",
    "Account holders: [[PERSON:Graham]] & [[PERSON:Lesley Pocock]]. Supply address: [[ADDRESS:9 Heol y Nant]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6EE]]. Meter serial E10BG44821, last reading 04418.",
    "Gentile [[TITLE:Sig.ra]] [[PERSON:Francesca Lombardi]], le confermiamo la visita del [[DATE_TIME:14 maggio 2025 alle 9:30]] presso il poliambulatorio di [[LOCATION:Bologna]]. Codice fiscale: [[ID_NUMBER:LMBFNC82E54A944T]].",
    "KYC approved for [[PERSON:Li Jiahui]] ([[EMAIL_ADDRESS:jiahui.li.2091@proton.me]]) on [[DATE_TIME:2025-01-22T16:05:11Z]]. Login IP [[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]]. Passport verified: [[ID_NUMBER:E49318826]].",
    "My great-grandfather [[PERSON:Patrick Joseph Hennessy]] was born about [[DATE_TIME:14 Feb 1882]] in [[LOCATION:Skibbereen]], [[LOCATION:County Cork]], and emigrated to [[LOCATION:Boston]] in 1901, where he married [[PERSON:Bridget Lally]].",
    "Dear Hiring Manager, I am [[PERSON:Fatima Bello Abubakar]], a [[AGE:27]]-year-old graduate of Ahmadu Bello University. I live at [[ADDRESS:No. 15 Ahmadu Bello Way]], [[LOCATION:Kaduna]]. My NIN is [[ID_NUMBER:48201176530]] and I can be reached on [[PHONE_NUMBER:+234 806 114 2290]].",
    "KRA PIN [[ID_NUMBER:A009871245Z]] is registered to [[PERSON:Achieng Otieno]], postal address [[ADDRESS:P.O. Box 4410]]-[[ZIP_CODE:40100]], [[LOCATION:Kisumu]]. Her returns for 2023 were filed on [[DATE_TIME:28 June 2024]].",
    "PhilHealth member [[PERSON:Rodelio Santos Macaraeg]], PIN [[ID_NUMBER:12-050417382-9]], was confined from [[DATE_TIME:Oct 2]] to [[DATE_TIME:Oct 7, 2024]]. Age: [[AGE:58]]. Address: [[LOCATION:Brgy. Bonuan Gueset]], [[LOCATION:Dagupan City]], [[LOCATION:Pangasinan]].",
    "[[PERSON:Nurul Aisyah binte Hassan]] (NRIC [[ID_NUMBER:T5957616F]]), [[AGE:24]], joined the bank's branch in [[LOCATION:Jurong East]] on [[DATE_TIME:6 Jan 2025]]. Emergency contact: her brother [[PERSON:Hafiz]], [[PHONE_NUMBER:8236 1194]].",
    "Beste [[TITLE:mevrouw]] [[PERSON:Van den Berg]], uw afspraak bij de huisarts is verzet naar [[DATE_TIME:donderdag 13 maart om 11.20 uur]]. Bij ons staat uw BSN [[ID_NUMBER:921616594]] gekoppeld aan het adres [[ADDRESS:Prinsengracht 418-II]], [[ZIP_CODE:1016 JA]] [[LOCATION:Amsterdam]]. Klopt dit niet, dan bellen wij u op [[PHONE_NUMBER:06-41278835]].",
    "[[PERSON:Mateo Rivera]]'s mom here, he'll be absent [[DATE_TIME:Thursday 2/13]] for an orthodontist appointment. His student ID is [[ID_NUMBER:10448273]]. You can call me at [[PHONE_NUMBER:(210) 555-0134]]. Thanks, [[PERSON:Yesenia Rivera]]",
    "Claimant [[PERSON:Brent Kowalczyk]], SSN [[US_SSN:512-48-3390]], reported water damage at [[ADDRESS:2281 Hollyhock Lane]], [[LOCATION:Grand Rapids]], [[LOCATION:MI]] [[ZIP_CODE:49505]] on [[DATE_TIME:January 9, 2025]]. Claim number HO-2025-0041187 under policy HOM 77 4410 2.",
    "Overdue notice for [[PERSON:Amrit Kaur Dhillon]] of [[LOCATION:Surrey]], [[LOCATION:B.C.]], library card [[ID_NUMBER:21982 01447 6630]]: three items have been overdue since [[DATE_TIME:Feb 2]]. Fines are paused until the end of the month.",
    "The borrowers, [[PERSON:Kofi]] and [[PERSON:Akosua Boateng]], both [[AGE:38]], closed on [[ADDRESS:1706 Ridgeview Court]] in [[LOCATION:Frisco]], [[LOCATION:Texas]] on [[DATE_TIME:the 21st of February]] with a 30-year fixed rate of 6.125%.",
    "Witness: [[PERSON:Gareth Llewellyn]], d.o.b. [[DATE_TIME:11/09/72]], NI number [[ID_NUMBER:JT 44 81 27 C]], of [[ADDRESS:62 Bryn Road]], [[LOCATION:Swansea]] [[ZIP_CODE:SA2 0AR]]. He states he saw the collision from the bus shelter opposite.",
    "Hi [[PERSON:Yusuf]], we've blocked your debit card ending 1059 after a payment attempt on [[DATE_TIME:28/02 at 03:12]] that didn't look like you. A new card will be posted to [[ADDRESS:44 Stratford Road]], [[LOCATION:Sparkhill]], [[LOCATION:Birmingham]] [[ZIP_CODE:B11 1AN]] within five working days.",
    "Registration confirmed for [[PERSON:Prof. Adaeze Nwachukwu]] (dietary requirement: halal). Badge name: [[PERSON:Ada Nwachukwu]]. Arriving [[DATE_TIME:Sept 9]], departing [[DATE_TIME:Sept 12]]. Mobile while travelling: [[PHONE_NUMBER:+254 711 309 448]].",
    "U12 squad for the away game on [[DATE_TIME:Sat 14th June]]: keeper [[PERSON:Ollie Brennan]] (DOB [[DATE_TIME:03.04.2013]]), defenders [[PERSON:Rory]], [[PERSON:Kai]] and [[PERSON:Tadhg]]. The kit bag is with [[PERSON:Shona]] ([[PHONE_NUMBER:07812 334 905]]).",
    "[[PERSON:Mr. Bartholomew Finch]] (Room 12, Willow wing), [[AGE:88]], had an unwitnessed fall at 02:15 this morning. His son [[PERSON:Colin]] was informed by phone on [[PHONE_NUMBER:01632 960 441]] and a GP visit has been requested.",
    "The family of the late [[PERSON:Nokuthula Grace Zulu]] ([[AGE:76]]) announces that the funeral will be held on [[DATE_TIME:Saturday, 22 March 2025]] at the family home, [[ADDRESS:1187 Ngcobo Street]], [[LOCATION:Umlazi]], [[LOCATION:Durban]]. Enquiries: [[PERSON:Sbu]] on [[PHONE_NUMBER:072 448 1930]].",
    "[[PERSON:Gurpreet Sandhu]] of [[LOCATION:Brampton]], [[LOCATION:Ontario]] claimed the $1 million Encore prize on [[DATE_TIME:December 30th]]. The [[AGE:52]]-year-old truck driver says he will pay off his mortgage and take his parents back to [[LOCATION:Punjab]].",
    "Order #58213 for [[PERSON:Jess]]. Deliver to [[ADDRESS:230 East 88th St, Apt 14B]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10128]]. Leave at door, do not ring. Customer phone [[PHONE_NUMBER:917-555-0186]].",
    "Candidate [[PERSON:Ifeoluwa Adegoke]] (goes by [[PERSON:Ife]]): LinkedIn [[URL:linkedin.com/in/ifeoluwa-adegoke]], GitHub [[URL:github.com/ifeadegoke]]. Available from [[DATE_TIME:April 14]], expected salary £55k, currently on a Skilled Worker visa.",
    "Move date: [[DATE_TIME:Tue 29 Apr 2025]]. From [[ADDRESS:Flat 2/1, 35 Kelvinside Terrace West]], [[LOCATION:Glasgow]] [[ZIP_CODE:G20 6DA]] to [[ADDRESS:8 Braid Hills Road]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH10 6HY]]. Customer: [[PERSON:Fiona MacAskill]], [[PHONE_NUMBER:07402 118 573]]. Two crew, 18-tonne truck.",
    "Hi, this is [[PERSON:Anjali]], [[PERSON:Riya Kapoor]]'s mum. [[PERSON:Riya]] is [[AGE:15]] and needs some help with GCSE maths. Could we start the week of [[DATE_TIME:10 March]]? Email me at [[EMAIL_ADDRESS:anjali.kapoor77@yahoo.co.uk]].",
    "Authorized pick-up for [[PERSON:Leo Tremblay-Haddad]]: [[PERSON:Nadia Haddad]] (mother, [[PHONE_NUMBER:514-555-0129]]), [[PERSON:Marc Tremblay]] (father) and [[PERSON:Samira]] (aunt). [[PERSON:Leo]] has a peanut allergy; his EpiPen is in the office.",
    "[[PERSON:Jarrah Williams]], CRN [[ID_NUMBER:204 118 573K]], Medicare card [[ID_NUMBER:2953 41877 1]], has updated his address to [[ADDRESS:Unit 4, 19 Dick Ward Drive]], [[LOCATION:Coconut Grove]] [[LOCATION:NT]] [[ZIP_CODE:0810]].",
    "[[PERSON:Émilie Gagnon]] presented her Ontario health card, [[ID_NUMBER:4587-112-903-KT]], at the walk-in clinic on [[DATE_TIME:March 3rd, 2025]]. She is 33 weeks pregnant and was sent on to triage.",
    "Alliance invited for [[NRP:Tamil Brahmin]] girl, [[AGE:28]] yrs, 5 ft 4 in, MS (US), working in [[LOCATION:Chennai]]. Contact father [[PERSON:S. Ramachandran]], [[PHONE_NUMBER:94440 18823]], [[EMAIL_ADDRESS:sramachandran.alliance@gmail.com]].",
    "[[TITLE:Alhaji]] [[PERSON:Musa Danjuma]], [[AGE:61]], hospital number [[ID_NUMBER:ABUTH/2024/18832]], was discharged on [[DATE_TIME:20/01/2025]] and is to return to the clinic in [[LOCATION:Zaria]] for review in two weeks.",
    "I can confirm that [[PERSON:Tomasz Wiśniewski]] rented [[ADDRESS:Apartment 9, Block C, Clongriffin Square]], [[LOCATION:Dublin 13]] from me between [[DATE_TIME:May 2021]] and [[DATE_TIME:August 2024]] and always paid on time. [[PERSON:Declan Murtagh]], landlord, [[PHONE_NUMBER:087 331 4402]].",
    "Five stars! [[PERSON:Marguerite]] at the [[LOCATION:Fremantle]] store sorted my warranty claim in ten minutes flat. Cheers, [[PERSON:Col H.]]",
    "Member [[PERSON:Nyambura Githinji]], member no. [[ID_NUMBER:SAC/0229871]], applied for a KSh 300,000 development loan on [[DATE_TIME:14/02/2025]]. Guarantors: [[PERSON:Otieno Were]] (ID [[ID_NUMBER:22871034]]) and [[PERSON:Chebet Koech]] (ID [[ID_NUMBER:31447209]]).",
    "Padala from [[PERSON:Jocelyn Reyes]] in [[LOCATION:Dubai]] to [[PERSON:Ernesto Reyes]], [[LOCATION:Iloilo City]]. Receiver mobile [[PHONE_NUMBER:+63 918 224 7730]]. Reference number 4418-2291-0076, amount PHP 15,000.",
    "Hola, soy [[PERSON:Marta]]. Te paso los datos de mi madre para el seguro: [[PERSON:Carmen Ruiz Delgado]], nacida el [[DATE_TIME:5/3/1952]], DNI [[ID_NUMBER:27500123N]], y la cuenta para domiciliar es [[IBAN_CODE:ES74 2100 0418 4482 9945 9925]].",
    "[[PERSON:Aylin Yıldırım]] ([[AGE:31]]) aus [[LOCATION:Köln]] hat am [[DATE_TIME:3. März 2025]] ihre neue Stelle angetreten. Sie wohnt in der [[ADDRESS:Venloer Straße 412]], [[ZIP_CODE:50825]] [[LOCATION:Köln]], und ist unter [[PHONE_NUMBER:0176 44921837]] erreichbar.",
    "Bonjour, ici [[PERSON:Mathieu Bélanger]]. Mon numéro d'assurance sociale est le [[ID_NUMBER:490 870 672]] et j'habite au [[ADDRESS:3380, rue Sherbrooke Est, app. 5]], [[LOCATION:Montréal]] ([[LOCATION:Québec]]) [[ZIP_CODE:H1W 1C6]].",
    "[[PERSON:Inês Moreira da Silva]], NIF [[ID_NUMBER:245 118 900]], morada [[ADDRESS:Rua de Santa Catarina 312, 2.º Esq.]], [[ZIP_CODE:4000-443]] [[LOCATION:Porto]]. IBAN para reembolso: [[IBAN_CODE:PT50 0035 0651 2231 6357 4407 5]].",
    "[[TITLE:Sgt.]] [[PERSON:Marcus Delgado]] (ret.), [[AGE:41]], is appealing the rating decision of [[DATE_TIME:11/18/2024]]. SSN [[US_SSN:402-77-1936]]. Mailing address: [[ADDRESS:PO Box 318]], [[LOCATION:Killeen]], [[LOCATION:TX]] [[ZIP_CODE:76540]].",
    "[[PERSON:Hannah Birnbaum]]'s U.S. passport, number [[US_PASSPORT:583019274]], is nearly full, so she sent in her renewal on [[DATE_TIME:9 August 2025]] ahead of her trip to [[LOCATION:Tel Aviv]].",
    "[[TITLE:Rabbi]] [[PERSON:Yosef Adler]] will officiate at the bar mitzvah of [[PERSON:Eli Rosen]] on [[DATE_TIME:Shabbat, 17 May]]. [[PERSON:Eli]] turns [[AGE:13]] that week, and the whole [[NRP:Jewish]] community of [[LOCATION:Golders Green]] is invited to the kiddush.",
    "[[PERSON:Imran Qureshi]], a practising [[NRP:Muslim]], asked for a short prayer break during Ramadan; HR approved the request on [[DATE_TIME:28 Feb]] and told his line manager, [[PERSON:Claire]].",
    "[[TITLE:Councillor]] [[PERSON:Rita O'Halloran]] ([[NRP:Fianna Fáil]]) will hold her constituency clinic in the library on the first Monday of the month. Constituents can also email [[EMAIL_ADDRESS:rita.ohalloran@cllr.galwaycoco.ie]].",
    "[[PERSON:Chen Wei]] (staff ID [[ID_NUMBER:E-20931]]) reported his building badge lost on [[DATE_TIME:11/03/2025]]. A temporary pass was issued and the old badge, serial 00A4-77F1, was deactivated.",
    "Renter: [[PERSON:Kavya Nair]]. Driving licence [[ID_NUMBER:KL07 20190004417]], issued in [[LOCATION:Kerala]]. Pick-up [[DATE_TIME:18 Apr 2025 09:00]], return [[DATE_TIME:25 Apr 2025 17:00]]. Card: [[CREDIT_CARD:3492 919702 25947]].",
    "Home visit to [[PERSON:Tayla]] ([[AGE:16]]) at her grandmother [[PERSON:Huia Hēnare]]'s house, [[ADDRESS:12 Kereru Place]], [[LOCATION:Flaxmere]], [[LOCATION:Hastings]] [[ZIP_CODE:4120]], on [[DATE_TIME:3 April]]. [[PERSON:Tayla]] was calm and engaged.",
    "NIP transfer on [[DATE_TIME:15/01/2025]]: [[PERSON:Michael Okafor]] sent N250,000 to [[PERSON:Oluwaseun Adebayo]], GTBank account [[ID_NUMBER:0231774851]], narration 'rent balance'. Session ID 000013250115093412.",
    "[[USERNAME:xX_Tolu_Xx]]: bro add me on discord its [[USERNAME:tolu.wav]]\n[[USERNAME:gh0stmaiden]]: sent u a request, my real name is [[PERSON:Adanna]] btw lol",
    "I'm [[PERSON:Zubin Wadia]], PNR 6XKQ2L, seat 24C. I flew from [[LOCATION:Mumbai]] to [[LOCATION:London]] on [[DATE_TIME:2 Feb]] and my bag still hasn't arrived. Please call me on [[PHONE_NUMBER:+44 7723 008 611]].",
    "[[PERSON:Morag Cunningham]] of [[ADDRESS:4 Tolbooth Wynd]], [[LOCATION:Anstruther]], [[ZIP_CODE:KY10 3AB]] has been granted the single person discount from [[DATE_TIME:1st April]], after her partner moved out. Council tax account 4410298876.",
    "Best regards,\n[[PERSON:Dr. Olamide Fashola]]\nConsultant Paediatrician\nDirect: [[PHONE_NUMBER:+234 803 270 4418]] | [[EMAIL_ADDRESS:o.fashola@luth.gov.ng]]",
    "omg [[PERSON:kayla]] just turned [[AGE:16]] and her mum got her a car?? the plate literally says [[ID_NUMBER:KAYLA1]] im crying",
    "[[PERSON:Desmond Whitaker]] and his wife [[PERSON:Lorraine]] filed jointly; his SSN is [[US_SSN:287-65-4410]] and hers is [[US_SSN:287-65-9923]]. The refund goes to routing 021000021, account [[ID_NUMBER:483920117762]].",
    "Class of '98 reunion! [[PERSON:Farah Siddiqui]] (née [[PERSON:Malik]]) is organising it this year. Message her at [[URL:facebook.com/farah.siddiqui.98]] or text [[PHONE_NUMBER:0300 4417823]].",
    "Referral for [[PERSON:Sione Taufa]], NHI [[ID_NUMBER:ZKR4415]], DOB [[DATE_TIME:1977-08-05]], [[AGE:47]]-year-old [[NRP:Tongan]] man with poorly controlled type 2 diabetes. Lives in [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]].",
    "Good day [[PERSON:Mr. van der Merwe]], your FNB cheque account [[ID_NUMBER:62841107723]] was debited R4 500,00 on [[DATE_TIME:2025/02/14]] by a debit order you did not authorise. Please visit your branch in [[LOCATION:Stellenbosch]] with your ID.",
    "Delivery for [[PERSON:Rajendran s/o Muthusamy]] to [[ADDRESS:Blk 18 Jalan Membina, #12-34]], [[LOCATION:Singapore]] [[ZIP_CODE:160018]]. HP [[PHONE_NUMBER:9748 2210]]. Please call before coming up.",
    "La [[TITLE:Sra.]] [[PERSON:Guadalupe Treviño]], de [[AGE:73]] años, vive sola en [[ADDRESS:1547 SW 8th St]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33135]]. Su hijo [[PERSON:Rogelio]] la visita los domingos.",
    "[[PERSON:Kevin Dubois]], domicilié [[ADDRESS:avenue Louise 231]] à [[ZIP_CODE:1050]] [[LOCATION:Ixelles]], numéro de registre national [[ID_NUMBER:85.07.30-033.28]], demande que l'indemnité soit versée sur le compte [[IBAN_CODE:BE53 6862 9430 8353]].",
    "[[TITLE:Pastor]] [[PERSON:Emmanuel Adeleke]] will dedicate baby [[PERSON:Oluwadamilare]], son of [[PERSON:Bukola]] and [[PERSON:Segun Akinwale]], on [[DATE_TIME:Sunday 6th April]] during the second service in [[LOCATION:Ibadan]].",
    "[[TITLE:Aunty]] [[PERSON:Marlene Watson]], a [[NRP:Gamilaraay]] elder born in [[LOCATION:Moree]] on [[DATE_TIME:2 June 1951]], will give the Welcome to Country at the opening.",
    "[[PERSON:Baraka Mwangi]], NHIF no. [[ID_NUMBER:4418230]], is booked for [[DATE_TIME:Tuesday 11/03/2025 at 8.00am]] at the eye clinic. Please bring your referral letter and come with a relative; contact [[PHONE_NUMBER:0733 902 118]].",
    "In her statement dated [[DATE_TIME:April 2, 2024]], [[PERSON:Kimberly Ann Sutter]] (formerly [[PERSON:Kimberly Haas]]) said she last saw her brother [[PERSON:Dale]] on the evening of [[DATE_TIME:March 29]] at his trailer at [[ADDRESS:77 County Road 412]], [[LOCATION:Hico]], [[LOCATION:Texas]]. [[PERSON:Dale]], [[AGE:39]], drives a gray Ford F-150 with Texas plate [[ID_NUMBER:NKT-4402]].",
    "In an interview recorded on [[DATE_TIME:9 January]], [[PERSON:Ahmed Al-Rashid]], a [[AGE:34]]-year-old [[NRP:Syrian]]-born chef who runs a falafel stall in [[LOCATION:Footscray]], described arriving in [[LOCATION:Melbourne]] with his wife [[PERSON:Rania]] and their two boys.",
]

BENCH = [
    "Dear [[PERSON:Ms. Oyelaran]], your application for the Senior Data Analyst role has been received. Please confirm your date of birth ([[DATE_TIME:1992-07-14]]) and your contact number ([[PHONE_NUMBER:+1-312-555-0148]]) before the interview on [[DATE_TIME:March 19th at 11:00 AM]].",
    "prefix: [[TITLE:Mx.]] | firstname: [[PERSON:Rowan]] | lastname: [[PERSON:Achebe-Lindqvist]] | gender: Non-binary | jobtitle: Forward Tactics Liaison | street: [[ADDRESS:Quigley Crossing]] | buildingnumber: [[ADDRESS:4471]] | secondaryaddress: [[ADDRESS:Suite 802]] | city: [[LOCATION:East Lansing]] | state: [[LOCATION:Michigan]] | zipcode: [[ZIP_CODE:48823]] | phone: [[PHONE_NUMBER:517.555.0193]] | email: [[EMAIL_ADDRESS:rowan.al@protonmail.com]] | ipv4: [[IP_ADDRESS:73.22.140.9]]",
    "The vehicle with VRM [[ID_NUMBER:LK68 WHZ]], registered to [[PERSON:Priscilla Osei]] of [[ADDRESS:19 Chalkhill Road]], [[LOCATION:Wembley]] [[ZIP_CODE:HA9 9DA]], was recorded entering the ULEZ at 07:42. Penalty notice sent to [[EMAIL_ADDRESS:p.osei1988@hotmail.co.uk]].",
    "Your account [[USERNAME:devika_rao91]] was accessed from IP [[IP_ADDRESS:49.207.183.66]] with the user agent Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36. If this wasn't you, contact support and quote your customer number [[ID_NUMBER:CUS-7719042]].",
    "Hi [[PERSON:Tariq]], the reimbursement of 412.50 GBP for your trip to [[LOCATION:Aberdeen]] has been approved and will be paid into [[IBAN_CODE:GB81NWBK17005546950230]] (BIC NWBKGB2L) within 3 working days.",
    "Patient [[PERSON:Ngata, Wiremu J.]] | MRN [[ID_NUMBER:MRN-00488213]] | DOB [[DATE_TIME:17/03/1964]] | Age [[AGE:60]] | Ethnicity: [[NRP:Māori]] | Address [[ADDRESS:55 Te Rapa Road]], [[LOCATION:Hamilton]] [[ZIP_CODE:3200]] | NOK [[PERSON:Hine Ngata]] [[PHONE_NUMBER:027 441 9983]]",
    "Transaction alert: [[PERSON:Celestine Mbah]] used card [[CREDIT_CARD:4524-7305-2410-8165]] (CVV 318, exp 09/27) at a fuel station in [[LOCATION:Enugu]] on [[DATE_TIME:2024-11-30 21:47]]. Amount: NGN 45,000.",
    "Employee record: [[PERSON:Harvinder Gill]], employee ID [[ID_NUMBER:EMP-40921]], hired [[DATE_TIME:06/15/2019]], SSN [[US_SSN:645-22-8107]], home [[ADDRESS:3310 Elm Crest Dr]], [[LOCATION:Sacramento]], [[LOCATION:CA]] [[ZIP_CODE:95825]], manager [[PERSON:Lisa Tran]].",
    "We are writing to inform [[PERSON:Mr. Abelard Quist]] that his Bitcoin withdrawal to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT was held for review. Verification was requested from [[IP_ADDRESS:2a02:c7c:4b1e:9000::7f]] on [[DATE_TIME:February 2, 2025]]. Reply to [[EMAIL_ADDRESS:abelard.quist@fastmail.com]] with a photo ID.",
    "Name: [[PERSON:Ananya Bhattacharya]]\nAge: [[AGE:36]]\nHeight: 5'3\"\nEye colour: brown\nPassport: [[ID_NUMBER:Z4418207]]\nAadhaar: [[ID_NUMBER:5097 0986 0959]]\nCity: [[LOCATION:Kolkata]]\nPIN code: [[ZIP_CODE:700029]]",
    "Please update the mailing address of account holder [[PERSON:Stanislav Horvat]] to [[ADDRESS:Apt. 611, 2040 Lakeshore Blvd W]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M8V 4A8]]. Date of request: [[DATE_TIME:12/02/2025]]. Account [[ID_NUMBER:0078-4419-203]].",
    "Greetings [[PERSON:Dr. Imogen Achterberg-Walsh]], your ORCID-linked profile [[URL:https://imogenwalsh.research.site]] has been updated. For security, we logged the change from [[IP_ADDRESS:81.152.44.203]] (MAC 3C:22:FB:81:0A:9E).",
    "Insurance policy summary. Policyholder: [[PERSON:Graciela Montoya]]. Date of birth: [[DATE_TIME:22 Oct 1979]]. Driver's license: [[US_DRIVER_LICENSE:M530-4417-8826]] (FL). Vehicle plate: [[ID_NUMBER:QHT 9P4]]. Policy number: AUT-99102-FL. Premium: $1,284/yr.",
    "Subject: payslip query\nHi, this is [[PERSON:Oluwakemi Dada]] (staff no. [[ID_NUMBER:NHS-778210]]). My [[DATE_TIME:March]] payslip shows the wrong NI number; it should be [[ID_NUMBER:PB 61 92 04 A]]. Thanks!",
    "User [[USERNAME:bluefinch_22]] ([[PERSON:Mia-Rose Halvorsen]]) changed her recovery phone to [[PHONE_NUMBER:+47 412 88 305]] on [[DATE_TIME:14.01.2025 at 22:13]] from [[IP_ADDRESS:89.8.177.21]].",
    "The tenant, [[PERSON:Chidera Nwosu]], aged [[AGE:29]], holds a tenancy at [[ADDRESS:Flat 7, Harrow Court, 18 Station Road]], [[LOCATION:Romford]], [[LOCATION:Essex]] [[ZIP_CODE:RM1 1AB]], rent £1,150 pcm, deposit reference DPS-5510293.",
    "Credit card application - Applicant: [[PERSON:Benedikt Krämer]]; DOB: [[DATE_TIME:1985/09/03]]; Annual income: EUR 64,000; Card issued: [[CREDIT_CARD:5214 7661 4683 1166]]; Card issuer: Mastercard; Delivery: [[ADDRESS:Hauptstraße 88]], [[ZIP_CODE:69117]] [[LOCATION:Heidelberg]].",
    "Thank you for contacting support, [[PERSON:Marisa]]. We've reset the 2FA on [[EMAIL_ADDRESS:marisa.chen.design@icloud.com]]. Your temporary PIN is 4407. Your device IMEI 35-209900-176148-1 has been unlinked.",
    "Record 4471: [[PERSON:Ikechukwu Eze]], male, [[AGE:44]], accountant, resides at [[ADDRESS:Plot 22, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos State]]. Phone [[PHONE_NUMBER:0809 553 1207]]. Account [[ID_NUMBER:1018447623]] (Access Bank).",
    "A refund of AUD 89.95 for order 3319-AX has been issued to [[PERSON:Keira O'Sullivan]]'s card [[CREDIT_CARD:5306 3460 8486 3775]]. Billing address: [[ADDRESS:41 Hardy Street]], [[LOCATION:South Perth]] [[LOCATION:WA]] [[ZIP_CODE:6151]].",
    "Good morning [[PERSON:Mrs. Wairimu]], your KCB loan of KES 120,000 has been disbursed to [[PHONE_NUMBER:+254 712 044 381]]. Your next repayment is due on [[DATE_TIME:5th May 2025]]. ID [[ID_NUMBER:29104433]].",
    "Name: [[PERSON:Ricardo Villanueva Jr.]] | SSS: [[ID_NUMBER:03-9182736-4]] | TIN: [[ID_NUMBER:418-229-016-000]] | Birthday: [[DATE_TIME:March 8, 1988]] | Address: [[ADDRESS:1123 Taft Avenue]], [[LOCATION:Malate]], [[LOCATION:Manila]] [[ZIP_CODE:1004]] | Mobile: [[PHONE_NUMBER:0928 331 0476]]",
    "Hello [[PERSON:Aleksander]], your Revolut account now has a new IBAN: [[IBAN_CODE:LT77 3250 0216 6849 1123]]. Previous IBAN [[IBAN_CODE:GB04 BARC 5214 2940 0074 79]] will stop working on 1 June.",
    "Case notes - client [[PERSON:D. Khumalo]] ([[AGE:52]]), ID [[ID_NUMBER:7501038383089]], visited the office on [[DATE_TIME:07 Feb 2025]] with her brother [[PERSON:Mandla]]; she lives at [[ADDRESS:14 Mphahlele Street]], [[LOCATION:Mamelodi]], [[LOCATION:Pretoria]].",
    "Dear Valued Customer [[PERSON:Ethan Park]], your Costco membership [[ID_NUMBER:111 884 203 517]] will renew automatically. To update your payment card ([[CREDIT_CARD:5421 4923 3153 2720]]), sign in as [[USERNAME:ethanpark.sd]] from any browser.",
    "Gesuch um Namensänderung: [[PERSON:Anneliese Brunner-Hofer]], geb. [[DATE_TIME:19.02.1971]], wohnhaft [[ADDRESS:Landstraßer Hauptstraße 71/2/14]], [[ZIP_CODE:1030]] [[LOCATION:Wien]], Sozialversicherungsnummer [[ID_NUMBER:4417 190271]], Konto [[IBAN_CODE:AT49 4422 6192 0149 7120]].",
    "Solicitud de reembolso. Nombre: [[PERSON:Valentina Rojas Pacheco]]. Correo: [[EMAIL_ADDRESS:vale.rojas.p@gmail.com]]. Teléfono: [[PHONE_NUMBER:+34 655 120 884]]. Cuenta: [[IBAN_CODE:ES65 0049 1500 0332 0386 8593]]. Fecha de compra: [[DATE_TIME:02/01/2025]].",
    "[[PERSON:Kwabena Agyeman]], a [[NRP:Ghanaian]] national, submitted passport [[ID_NUMBER:G2281944]] and UK BRP [[ID_NUMBER:ZU8827145]] at the [[LOCATION:Croydon]] office. His wife, [[PERSON:Efua]], is a [[NRP:British]] citizen.",
    "Your verification code is 804417. Do not share it. Logged in as [[EMAIL_ADDRESS:sushila.k.thapa@gmail.com]] from [[LOCATION:Wellington]], [[LOCATION:New Zealand]] ([[IP_ADDRESS:122.56.201.14]]).",
    "Booking for [[PERSON:Mr. Hamish Ross]] and [[PERSON:Mrs. Ailsa Ross]], check-in [[DATE_TIME:Friday 11 July 2025]], 3 nights, Deluxe King. Guarantee card: Visa [[CREDIT_CARD:4294 5671 7900 5850]]. Contact: [[PHONE_NUMBER:+44 1463 550 224]].",
    "Investigator summary: [[PERSON:Jerome Baptiste]] (DOB [[DATE_TIME:4/22/1983]]; SSN [[US_SSN:219-08-5547]]; DL [[US_DRIVER_LICENSE:B2209114]], MD) opened three accounts between [[DATE_TIME:Jan 3]] and [[DATE_TIME:Jan 17, 2025]] using addresses in [[LOCATION:Silver Spring]] and [[LOCATION:Baltimore]].",
    "Hi, I'm [[PERSON:Pooja]]! My order never showed up. Ship-to: [[ADDRESS:Flat 9B, Sea Breeze CHS, Carter Road]], [[LOCATION:Bandra West]], [[LOCATION:Mumbai]] [[ZIP_CODE:400050]]. Ph: [[PHONE_NUMBER:+91 90040 55872]].",
    "Attendee: [[PERSON:Tomás Ó Ceallaigh]]; email [[EMAIL_ADDRESS:tomas.oceallaigh@tcd.ie]]; ticket GA-1183; T-shirt size M; accessibility needs: none; emergency contact [[PERSON:Niamh Ó Ceallaigh]], [[PHONE_NUMBER:+353 86 204 7719]].",
    "LOAN AGREEMENT. This agreement is made on [[DATE_TIME:the 3rd day of March, 2025]] between Harbourview Credit Union and [[PERSON:Rosalind Mbeki-Sørensen]] (the Borrower), customer ID [[ID_NUMBER:HVCU-330918]], residing at [[ADDRESS:88 Marine Parade, Apt 4]], [[LOCATION:Napier]] [[ZIP_CODE:4110]]. The Borrower's repayments will be drawn from account [[ID_NUMBER:12-3140-0671124-00]].",
    "Discharge summary. Patient: [[PERSON:Aguilar, Teodoro]]. Medical record no.: [[ID_NUMBER:44-81-2093]]. Health plan beneficiary no.: [[ID_NUMBER:W7735104201]]. Admitted [[DATE_TIME:02/04/2025]], discharged [[DATE_TIME:02/09/2025]]. Attending: [[PERSON:Dr. Yvette Kaminski]]. Blood type O+.",
    "EMPLOYMENT VERIFICATION - This letter confirms that [[PERSON:Sunita Parmar]] (Employee ID [[ID_NUMBER:ZX-55120]]) has been employed as a Payroll Officer since [[DATE_TIME:14 August 2017]]. Her current annual salary is $78,400. Verification requested by [[PERSON:Michael Hadley]] of Westpac on [[DATE_TIME:27/01/2025]].",
    "Customer feedback from [[PERSON:Yuki Matsumoto]], a [[AGE:41]]-year-old architect based in [[LOCATION:Vancouver]], [[LOCATION:Canada]]: 'The app logged me out every time I switched networks.' Contact: [[EMAIL_ADDRESS:yuki.m.arch@shaw.ca]], [[PHONE_NUMBER:778-555-0161]]. Device ID a1f9-33cc-7e20.",
    "On [[DATE_TIME:July 8, 2024 at 3:15 p.m.]], [[PERSON:Marcus Ellery Thornton]], a [[AGE:58]]-year-old retired firefighter and registered [[NRP:Republican]], called from [[PHONE_NUMBER:(803) 555-0142]] to dispute a charge on his Discover card [[CREDIT_CARD:6011 9519 7637 9584]]. He lives at [[ADDRESS:1402 Pine Hollow Road]], [[LOCATION:Aiken]], [[LOCATION:SC]] [[ZIP_CODE:29803]].",
    "TAX RETURN ACKNOWLEDGEMENT. Taxpayer: [[PERSON:Olusegun Adeyemi]]. TIN: [[ID_NUMBER:20718833-0001]]. Filing date: [[DATE_TIME:31 March 2025]]. Address: [[ADDRESS:7 Bode Thomas Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]. Amount assessed: NGN 1,204,500.",
    "[[PERSON:Farida Haidari]], [[AGE:33]], a [[NRP:Shia Muslim]] of [[NRP:Afghan]] origin, works as a pharmacist at a Boots branch in [[LOCATION:Slough]]. Her GPhC registration number is [[ID_NUMBER:2219874]] and her personal email is [[EMAIL_ADDRESS:farida.haidari@outlook.com]].",
    "CERTIFICATE OF INSURANCE. Insured: [[PERSON:Nguyen Van Thanh]]. Date of birth: [[DATE_TIME:11-NOV-1968]]. Member no.: [[ID_NUMBER:BUPA-8830-1147]]. Address: [[ADDRESS:31/7 Albert Road]], [[LOCATION:Strathfield]] [[LOCATION:NSW]] [[ZIP_CODE:2135]]. Cover start date: [[DATE_TIME:01/07/2024]].",
    "Login record - username: [[USERNAME:aroha.k]] ; password: Kiwi!2024 ; last_login: [[DATE_TIME:2025-03-01 19:22:08]] ; ipv4: [[IP_ADDRESS:203.109.244.17]] ; ipv6: [[IP_ADDRESS:2406:e001:3d4::1a]] ; mac: 00:1B:44:11:3A:B7 ; cookie: sessid=9f8e77a1c0",
    "[[TITLE:Maître]] [[PERSON:Corinne Lefèvre-Dias]], avocate au barreau de [[LOCATION:Bordeaux]], représente [[TITLE:M.]] [[PERSON:Yannick Traoré]], né le [[DATE_TIME:12/06/1990]] à [[LOCATION:Bamako]] ([[LOCATION:Mali]]), domicilié [[ADDRESS:9 cours Victor Hugo]], [[ZIP_CODE:33000]] [[LOCATION:Bordeaux]]. Téléphone : [[PHONE_NUMBER:06 72 18 44 09]].",
    "Fiche client - Nom : [[PERSON:Girard]] ; Prénom : [[PERSON:Océane]] ; Date de naissance : [[DATE_TIME:21/09/1996]] ; Courriel : [[EMAIL_ADDRESS:oceane.girard96@laposte.net]] ; IBAN : [[IBAN_CODE:FR76 2004 1000 0107 5735 8657 827]] ; Numéro client : [[ID_NUMBER:C-0049172]]",
    "Modulo di iscrizione - Nome: [[PERSON:Giulia]] Cognome: [[PERSON:Esposito]] Nata a: [[LOCATION:Napoli]] il [[DATE_TIME:07/02/2001]] Residenza: [[ADDRESS:Via Toledo 256]], [[ZIP_CODE:80134]] [[LOCATION:Napoli]] Cellulare: [[PHONE_NUMBER:+39 333 418 2297]] IBAN: [[IBAN_CODE:IT32 X450 6164 8546 4606 4962 204]]",
    "Aanvraag huurtoeslag: [[PERSON:Sanne de Groot]], geboren [[DATE_TIME:30-04-1994]], BSN [[ID_NUMBER:436203157]], adres [[ADDRESS:Oudegracht 147 bis]], [[ZIP_CODE:3511 AZ]] [[LOCATION:Utrecht]], rekeningnummer [[IBAN_CODE:NL43 INGB 6704 1084 62]], e-mail [[EMAIL_ADDRESS:sanne.degroot@ziggo.nl]].",
    "Formulário de adesão - Nome completo: [[PERSON:Beatriz Alves Ferreira]]; Data de nascimento: [[DATE_TIME:14/08/1987]]; CPF: [[ID_NUMBER:761.459.266-27]]; Endereço: [[ADDRESS:Av. Sete de Setembro, 2210, bloco B, apto 1103]], [[LOCATION:Salvador]] - [[LOCATION:BA]], CEP [[ZIP_CODE:40080-003]]; E-mail: [[EMAIL_ADDRESS:bia.alvesf@uol.com.br]]",
    "Caro [[PERSON:Rui Gonçalves]], confirmamos a alteração do seu IBAN para [[IBAN_CODE:PT50 0033 0000 9107 7527 9914 6]] a partir de [[DATE_TIME:1 de abril de 2025]]. Cartão de cidadão n.º [[ID_NUMBER:14220871 4 ZX9]]. Morada: [[ADDRESS:Travessa do Carmo 6, 1.º Dto]], [[ZIP_CODE:1200-095]] [[LOCATION:Lisboa]].",
    "Geachte [[TITLE:heer]] [[PERSON:Bakker]], wij hebben uw schademelding van [[DATE_TIME:4 februari 2025]] ontvangen. Het kenteken van de tegenpartij is [[ID_NUMBER:K-218-ZS]]. De uitkering van EUR 1.840 wordt overgemaakt naar [[IBAN_CODE:NL75 RABO 3874 6743 75]] ten name van [[PERSON:R.J. Bakker]]. Polisnummer 55-0193-AV.",
    "Intake form\nFull name: [[PERSON:Samantha Jo Kettleborough]]\nPreferred name: [[PERSON:Sam]]\nDOB: [[DATE_TIME:Dec 1, 2003]]\nAge: [[AGE:21]]\nPronouns: they/them\nPhone: [[PHONE_NUMBER:(971) 555-0177]]\nAddress: [[ADDRESS:2715 SE Belmont St #3]], [[LOCATION:Portland]], [[LOCATION:OR]] [[ZIP_CODE:97214]]\nInsurance member ID: [[ID_NUMBER:ODS-4482019-01]]",
    "Wire instructions sent by [[PERSON:Conor Fitzpatrick]] ([[EMAIL_ADDRESS:conor.fitz@eircom.net]]) on [[DATE_TIME:Tue, 18 Feb 2025 09:41]]: beneficiary [[PERSON:Aoife Fitzpatrick]], [[IBAN_CODE:IE93 AIBK 3881 2095 8032 01]], BIC AIBKIE2D, amount EUR 12,500, reference 'house deposit'.",
    "Voter registration update: [[PERSON:Lindiwe Mokoena]], ID [[ID_NUMBER:9309272904083]], born [[DATE_TIME:27 September 1993]], moved from [[LOCATION:Soshanguve]] to [[ADDRESS:204 Jorissen Street]], [[LOCATION:Braamfontein]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2001]], on [[DATE_TIME:1 November 2024]].",
    "{\"full_name\": \"[[PERSON:Arash Farahani]]\", \"dob\": \"[[DATE_TIME:1979-04-30]]\", \"email\": \"[[EMAIL_ADDRESS:arash.farahani79@gmail.com]]\", \"phone\": \"[[PHONE_NUMBER:+1 416 555 0109]]\", \"religion\": \"[[NRP:Baháʼí]]\", \"city\": \"[[LOCATION:North York]]\", \"postal_code\": \"[[ZIP_CODE:M2N 6K1]]\", \"sin\": \"[[ID_NUMBER:100 033 141]]\"}",
    "Reservation for [[PERSON:Kim Ji-woo]] and [[PERSON:Park Seo-yeon]], arriving [[DATE_TIME:23 December]], departing [[DATE_TIME:2 January]]. Passport nos. [[ID_NUMBER:M44182097]] and [[ID_NUMBER:M55019263]]. Card on file: JCB [[CREDIT_CARD:3528 1228 2678 6898]].",
    "Hi [[PERSON:Jayden]], this is a reminder that your vehicle [[ID_NUMBER:CJX-482]] is due for its WOF on [[DATE_TIME:28/03/2025]]. Book online or call us. Account holder: [[PERSON:J. Tuhiwai]], [[ADDRESS:16 Rimu Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]].",
    "Incident report IR-2291. Reporting officer: [[TITLE:Constable]] [[PERSON:Thabo Nkosi]], force no. [[ID_NUMBER:0719442-3]]. Complainant: [[PERSON:Priya Govender]], [[AGE:35]], of [[ADDRESS:48 Sunnyside Crescent]], [[LOCATION:Chatsworth]], [[LOCATION:Durban]], [[ZIP_CODE:4092]], cell [[PHONE_NUMBER:083 551 2048]]. Date of incident: [[DATE_TIME:Sunday 16 February 2025, approx. 19:30]].",
    "Hey [[USERNAME:cryptoqueen_amaka]], your withdrawal of 0.82 ETH to 0x71C7656EC7ab88b098defB751B7401B5f6d8976F was completed. The request came from [[IP_ADDRESS:197.210.54.118]] at 02:14 (GMT+1). Account email: [[EMAIL_ADDRESS:amaka.nwankwo@yahoo.com]].",
    "[[PERSON:Esperanza Quiroga]] is a [[AGE:67]]-year-old [[NRP:Catholic]] widow of [[NRP:Mexican]] descent who lives alone at [[ADDRESS:915 N Alvarado St]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90026]]. Her medical record number is [[ID_NUMBER:LAC-2290114]] and her daughter [[PERSON:Marisela]] ([[PHONE_NUMBER:323-555-0118]]) manages her appointments.",
    "BENEFICIARY DESIGNATION FORM\nPlan participant: [[PERSON:Gregory Ansah]]\nParticipant ID: [[ID_NUMBER:401K-0099817]]\nPrimary beneficiary: [[PERSON:Abena Ansah]] (spouse), DOB [[DATE_TIME:05/30/1984]], SSN [[US_SSN:330-41-8862]]\nContingent beneficiary: [[PERSON:Kojo Ansah]] (son), DOB [[DATE_TIME:09/12/2012]]",
    "The parcel for [[PERSON:Mrs. Gwendolyn Achebe]] was left at the back door (north-west side) of [[ADDRESS:3 Larkspur Close]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK7 8QP]] at 13:05. GPS 52.0217, -0.7123. She was born on [[DATE_TIME:03/11/1966]] and asked for age-verified delivery.",
    "KYC checklist - [[PERSON:Rohan Deshpande]]: PAN [[ID_NUMBER:BQRPD5521M]] (verified), Aadhaar [[ID_NUMBER:2707 0486 8374]] (verified), Voter ID [[ID_NUMBER:MHX4418260]] (pending), Passport [[ID_NUMBER:T8832017]] (valid). Residence: [[ADDRESS:B-702, Lodha Paradise, Majiwada]], [[LOCATION:Thane]] [[ZIP_CODE:400601]].",
    "Dear [[PERSON:Mr Callum Forsyth]], DVLA has received your application to renew your photocard driving licence [[ID_NUMBER:FORSY807127C99KL]]. The new licence will be sent to [[ADDRESS:11 Ravelston Dykes]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH4 3NT]]. Date of birth held: [[DATE_TIME:12 July 1980]].",
    "Common App - Section 1. Legal name: [[PERSON:Amara Chinwe Okoro]]. Preferred: [[PERSON:Amara]]. Birth date: [[DATE_TIME:2007-01-19]]. Citizenship: [[NRP:Nigerian]]. U.S. SSN: none. Passport: [[ID_NUMBER:B01774825]]. Email: [[EMAIL_ADDRESS:amara.okoro07@gmail.com]]. Parent: [[PERSON:Dr. Chinedu Okoro]], [[PHONE_NUMBER:+234 809 221 6643]].",
    "Notice of Assessment 2024. [[PERSON:Parminder K. Sidhu]], SIN ending 445, [[ADDRESS:7781 128 Street]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3W 4E6]]. Date issued: [[DATE_TIME:May 6, 2025]]. Refund: $1,842.17 deposited to account [[ID_NUMBER:5510729]].",
    "Revenue - Employment Detail Summary for [[PERSON:Ciarán Mac Giolla Phádraig]], PPSN [[ID_NUMBER:8895241N]], employer registration 4418273QH, start date [[DATE_TIME:02/09/2024]]. Address: [[ADDRESS:Apt 3, The Granary, Mill Street]], [[LOCATION:Galway]], [[ZIP_CODE:H91 T2X8]].",
    "Identity check passed: [[PERSON:Lachlan Brodie]], Medicare [[ID_NUMBER:5118 44207 3]], Victorian driver licence [[ID_NUMBER:047 112 893]], DOB [[DATE_TIME:22/12/1990]], [[ADDRESS:45 Lygon Street, Unit 9]], [[LOCATION:Carlton]] [[LOCATION:VIC]] [[ZIP_CODE:3053]].",
    "Kia ora [[PERSON:Mere]], your IRD number [[ID_NUMBER:112-584-099]] is now linked to your KiwiSaver account. If your details have changed since [[DATE_TIME:1 April]], update them at myIR. Registered email: [[EMAIL_ADDRESS:mere.tamihana@xtra.co.nz]].",
    "Bank verification: [[PERSON:Hauwa Ibrahim Garba]], BVN [[ID_NUMBER:22341198765]], NIN [[ID_NUMBER:71094428813]], phone [[PHONE_NUMBER:08034417712]], date of birth [[DATE_TIME:1990-03-22]], address [[ADDRESS:14 Ahmadu Bello Way]], [[LOCATION:Kano]].",
    "SARS correspondence for [[PERSON:Pieter-Jan Steyn]], income tax reference [[ID_NUMBER:0218847162]], ID [[ID_NUMBER:0106181248084]]. Postal: [[ADDRESS:Posbus 1187]], [[LOCATION:Paarl]], [[ZIP_CODE:7620]]. Audit meeting: [[DATE_TIME:10 March 2025 at 10h00]].",
    "CONSENT FOR TREATMENT. I, [[PERSON:Emmanuelle Dufresne]], born [[DATE_TIME:8 March 1959]], patient number [[ID_NUMBER:RVH-339015]], consent to the procedure described above. Signed [[DATE_TIME:14/02/2025]] in the presence of [[PERSON:Nurse Kerry-Ann Blake]]. Next of kin: [[PERSON:Louis Dufresne]], [[PHONE_NUMBER:613-555-0175]].",
    "MUTUAL NON-DISCLOSURE AGREEMENT entered into on [[DATE_TIME:January 27, 2025]] by Quantiva Analytics LLC, a Delaware company, and [[PERSON:Rajesh Subramaniam]], an individual residing at [[ADDRESS:4800 Wisconsin Ave NW, Apt 1207]], [[LOCATION:Washington]], [[LOCATION:DC]] [[ZIP_CODE:20016]] (the Recipient).",
    "Agent: Thanks for calling, can I take your name? Caller: It's [[PERSON:Veronica Lim]], L-I-M. Agent: And the date of birth on the account? Caller: [[DATE_TIME:Fourth of June, eighty-two]]. Agent: And your postcode? Caller: [[ZIP_CODE:BS6 5QA]]. Agent: Great, I can see the card ending 1059 was cancelled.",
    "Your Wise account [[EMAIL_ADDRESS:j.oyelowo@gmail.com]] received EUR 2,000 from [[PERSON:Jakub Nowak]] ([[IBAN_CODE:PL04 7027 9793 1149 8504 8125 5605]]) on [[DATE_TIME:19 Feb 2025]]. Reference: 'February rent'.",
    "Hallo [[PERSON:Lukas]], dein Gehalt wird ab [[DATE_TIME:01.03.2025]] auf das neue Konto [[IBAN_CODE:DE25 6573 9893 8962 7181 43]] überwiesen. Personalnummer [[ID_NUMBER:P-004417]], Steuer-ID [[ID_NUMBER:47 118 203 995]].",
    "Claimant [[PERSON:Annelies Peeters]] (rijksregisternummer [[ID_NUMBER:79.11.02-284.34]]) requests reimbursement to [[IBAN_CODE:BE47 9324 8812 9280]]. Address: [[ADDRESS:Meir 44, bus 3]], [[ZIP_CODE:2000]] [[LOCATION:Antwerpen]].",
    "Hi [[PERSON:Georgina]], welcome to the Zürich office! Your payroll account is [[IBAN_CODE:CH60 3197 2118 5698 0436 2]], your staff badge is [[ID_NUMBER:ZH-77120]] and your first day is [[DATE_TIME:Monday 7 April]]. Your AHV number [[ID_NUMBER:756.4418.2290.17]] is on file.",
    "Transfer confirmation: EUR 640.00 from [[PERSON:Sofia Marques]] ([[IBAN_CODE:LU05 0012 4869 0871 9663]]) to [[PERSON:Diogo Marques]] on [[DATE_TIME:3 March 2025]]. Message: 'para a mãe'.",
    "Payment received from [[PERSON:O'Brien, Shauna]] via card [[CREDIT_CARD:5508 4298 9360 7637]] for invoice INV-20931. Cardholder address: [[ADDRESS:27 Glenageary Road Upper]], [[LOCATION:Dún Laoghaire]], [[LOCATION:Co. Dublin]], [[ZIP_CODE:A96 K5W3]].",
    "Refund approved for [[PERSON:Ravi Shankar Pillai]]. Original card: Mastercard [[CREDIT_CARD:2221 3775 5053 8582]]. Contact: [[EMAIL_ADDRESS:ravi.s.pillai@rediffmail.com]], [[PHONE_NUMBER:+91 94470 33218]]. Ticket SR-009812.",
    "user_id: 558201 | name: [[PERSON:Thuy Linh Pham]] | age: [[AGE:23]] | sexual orientation: bisexual | political affiliation: [[NRP:Green Party]] | city: [[LOCATION:Brisbane]] | phone: [[PHONE_NUMBER:0433 129 870]] | ip: [[IP_ADDRESS:1.145.32.208]]",
    "Biometric enrolment completed for [[PERSON:Sarah-Jane Whitlock]] (employee [[ID_NUMBER:WH-2231]]), fingerprint template FP-7731A, on [[DATE_TIME:11/02/2025 08:02]]. Access granted to Lab 3. Car park plate [[ID_NUMBER:BV21 KMO]].",
    "TERMINATION OF EMPLOYMENT. Dear [[PERSON:Mr. Okoth]], further to our meeting on [[DATE_TIME:Thursday 20 February 2025]], your employment will end on [[DATE_TIME:31 March 2025]]. Your final dues will be paid to account [[ID_NUMBER:01109844217700]] and your NSSF number [[ID_NUMBER:2004418837]] will be updated.",
    "Pag-IBIG MID [[ID_NUMBER:1210-4418-2203]] | PhilHealth [[ID_NUMBER:01-025883014-7]] | Name: [[PERSON:Jerome Bautista Lacson]] | Birthdate: [[DATE_TIME:07/23/1995]] | Address: [[ADDRESS:45 Kamuning Road]], [[LOCATION:Quezon City]] [[ZIP_CODE:1103]] | Contact: [[PHONE_NUMBER:0917 220 8841]]",
    "HDB resale application - Seller: [[PERSON:Lim Boon Huat]] (NRIC [[ID_NUMBER:S0423046I]]); Buyer: [[PERSON:Priya d/o Krishnan]]; Flat: [[ADDRESS:Blk 628 Bukit Batok Central, #05-650]], [[LOCATION:Singapore]] [[ZIP_CODE:650628]]; Completion: [[DATE_TIME:14 May 2025]].",
    "Dear [[PERSON:Akinyi]], your Safaricom line [[PHONE_NUMBER:0710 338 462]] has been re-registered under ID [[ID_NUMBER:33108742]]. If you did not request this on [[DATE_TIME:12/03/2025]], call 100 immediately.",
    "[[PERSON:Hamza Yusuf Abdi]], [[AGE:19]], a [[NRP:Somali]]-[[NRP:Kenyan]] student at Strathmore, was issued a new student card [[ID_NUMBER:SU-224417]] after losing his old one on [[DATE_TIME:3rd March]]. Email: [[EMAIL_ADDRESS:hamza.abdi@strathmore.edu]].",
    "Card-on-file update: [[PERSON:Eleni Papadopoulos]] replaced Amex [[CREDIT_CARD:3799 814402 85918]] with Visa [[CREDIT_CARD:4311 1506 2353 1059]] on [[DATE_TIME:25/01/2025]]. Billing: [[ADDRESS:118 Danforth Avenue]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M4K 1N1]].",
    "Credenziali di accesso - utente: [[USERNAME:marco.deluca84]]; email: [[EMAIL_ADDRESS:marco.deluca84@libero.it]]; ultimo accesso: [[DATE_TIME:12/03/2025 21:40]] da [[IP_ADDRESS:93.41.207.15]]; conto di addebito: [[IBAN_CODE:IT71 S585 8164 9044 4839 9491 942]].",
    "Application ID 77-2290. Applicant [[PERSON:Anjali Menon-Hughes]], born [[DATE_TIME:October 2, 1988]] in [[LOCATION:Kochi]], [[LOCATION:India]], a naturalized [[NRP:American]], U.S. passport [[US_PASSPORT:A41208837]], card [[CREDIT_CARD:5441 6223 9846 5739]], phone [[PHONE_NUMBER:(408) 555-0152]].",
    "Welcome aboard, [[PERSON:Ewan]]! Your direct debit of £42.99/month will be collected from [[IBAN_CODE:GB50 LOYD 2282 4071 7255 09]] starting [[DATE_TIME:15th April]]. Account name: [[PERSON:E. J. McLaughlin]]. Membership no. [[ID_NUMBER:PG-5590217]].",
]

TABLE = [
    "emp_id,full_name,dept,start_date,work_email,mobile\n[[ID_NUMBER:E1042]],[[PERSON:Hollie Marsden]],Finance,[[DATE_TIME:2021-03-15]],[[EMAIL_ADDRESS:h.marsden@norwick.co.uk]],[[PHONE_NUMBER:07700 900112]]\n[[ID_NUMBER:E1077]],[[PERSON:Babajide Ogunleye]],IT,[[DATE_TIME:2022-11-01]],[[EMAIL_ADDRESS:b.ogunleye@norwick.co.uk]],[[PHONE_NUMBER:07700 900385]]\n[[ID_NUMBER:E1103]],[[PERSON:Zofia Kaczmarek]],Ops,[[DATE_TIME:2023-06-19]],[[EMAIL_ADDRESS:z.kaczmarek@norwick.co.uk]],[[PHONE_NUMBER:07700 900741]]",
    "| Bed | Patient | Age | Sex | NHS No. | Admitted |\n|---|---|---|---|---|---|\n| 4 | [[PERSON:Edna Pilkington]] | [[AGE:84]] | F | [[ID_NUMBER:377 937 0778]] | [[DATE_TIME:12/02]] |\n| 5 | [[PERSON:Rashid Mahmood]] | [[AGE:71]] | M | [[ID_NUMBER:361 304 0573]] | [[DATE_TIME:13/02]] |\n| 6 | [[PERSON:Gwen Tudor]] | [[AGE:90]] | F | [[ID_NUMBER:084 405 5271]] | [[DATE_TIME:14/02]] |",
    "order_id\tcustomer\tcity\tstate\titems\ttotal_usd\tcard_last4\n100482\t[[PERSON:Dakota Feldman]]\t[[LOCATION:Boise]]\t[[LOCATION:ID]]\t3\t84.20\t4417\n100483\t[[PERSON:Luis Ángel Barrera]]\t[[LOCATION:El Paso]]\t[[LOCATION:TX]]\t1\t19.99\t0921\n100484\t[[PERSON:Precious Ndlovu]]\t[[LOCATION:Columbus]]\t[[LOCATION:OH]]\t2\t56.00\t7730",
    "STUDENT NO  NAME                  DOB         GRADE  GUARDIAN PHONE\n[[ID_NUMBER:S-220418]]    [[PERSON:Jasmine Whitehorse]]    [[DATE_TIME:2011-05-02]]  8      [[PHONE_NUMBER:306-555-0147]]\n[[ID_NUMBER:S-220419]]    [[PERSON:Arjun Batra]]           [[DATE_TIME:2011-09-17]]  8      [[PHONE_NUMBER:306-555-0183]]\n[[ID_NUMBER:S-220420]]    [[PERSON:Chloé Beauchamp]]       [[DATE_TIME:2012-01-28]]  7      [[PHONE_NUMBER:306-555-0129]]",
    "{\"username\": \"[[USERNAME:mapleleaf_dev]]\", \"email\": \"[[EMAIL_ADDRESS:owen.tremblay@gmail.com]]\", \"last_ip\": \"[[IP_ADDRESS:24.114.58.201]]\", \"last_login\": \"[[DATE_TIME:2025-02-27T09:12:44Z]]\", \"plan\": \"pro\"}\n{\"username\": \"[[USERNAME:kaveri.codes]]\", \"email\": \"[[EMAIL_ADDRESS:kaveri.s@outlook.in]]\", \"last_ip\": \"[[IP_ADDRESS:117.206.91.3]]\", \"last_login\": \"[[DATE_TIME:2025-03-01T17:40:02Z]]\", \"plan\": \"free\"}\n{\"username\": \"[[USERNAME:tmk_88]]\", \"email\": \"[[EMAIL_ADDRESS:tmkhize88@webmail.co.za]]\", \"last_ip\": \"[[IP_ADDRESS:2c0f:f4c0:1181::22]]\", \"last_login\": \"[[DATE_TIME:2025-02-14T06:03:51Z]]\", \"plan\": \"team\"}",
    "Name: [[PERSON:Marguerite Olawale]]\nDate of birth: [[DATE_TIME:19 Jan 1983]]\nPhone: [[PHONE_NUMBER:+44 20 7946 0321]]\nRole: Trustee\nTerm ends: 2026\n\nName: [[PERSON:Desmond Achterberg]]\nDate of birth: [[DATE_TIME:02 Nov 1958]]\nPhone: [[PHONE_NUMBER:+44 20 7946 0877]]\nRole: Treasurer\nTerm ends: 2027",
    "donor,amount_gbp,date,gift_aid,postcode\n[[PERSON:Alan Ferris]],25.00,[[DATE_TIME:03/01/2025]],Y,[[ZIP_CODE:NE3 4RT]]\n[[PERSON:Seema Chaudhry]],100.00,[[DATE_TIME:05/01/2025]],Y,[[ZIP_CODE:BD8 7HX]]\n[[PERSON:Grace O'Neill]],10.00,[[DATE_TIME:09/01/2025]],N,[[ZIP_CODE:BT7 1NN]]\nAnonymous,50.00,10/01/2025,N,",
    "| Unit | Tenant | Lease start | Rent (AUD/wk) | Phone |\n|------|--------|-------------|---------------|-------|\n| [[ADDRESS:1/14 Bay Road]] | [[PERSON:Connor Whitty]] | [[DATE_TIME:01/02/2024]] | 520 | [[PHONE_NUMBER:0423 118 774]] |\n| [[ADDRESS:2/14 Bay Road]] | [[PERSON:Mai Nguyen]] | [[DATE_TIME:15/07/2023]] | 540 | [[PHONE_NUMBER:0401 552 980]] |\n| [[ADDRESS:3/14 Bay Road]] | vacant | - | 560 | - |",
    "member_no,name,national_id,phone,county,kg_delivered\n[[ID_NUMBER:KCF-0091]],[[PERSON:Wambui Ndegwa]],[[ID_NUMBER:24488130]],[[PHONE_NUMBER:0721 448 302]],[[LOCATION:Nyeri]],412\n[[ID_NUMBER:KCF-0092]],[[PERSON:Kiprono Kirui]],[[ID_NUMBER:28810447]],[[PHONE_NUMBER:0733 902 551]],[[LOCATION:Kericho]],388\n[[ID_NUMBER:KCF-0093]],[[PERSON:Auma Odhiambo]],[[ID_NUMBER:31172096]],[[PHONE_NUMBER:0798 113 640]],[[LOCATION:Siaya]],256",
    "beneficiary\taadhaar\tvillage\tdistrict\tpin\tamount_inr\n[[PERSON:Lakshmi Devi]]\t[[ID_NUMBER:7954 9118 2277]]\t[[LOCATION:Kondapur]]\t[[LOCATION:Medak]]\t[[ZIP_CODE:502306]]\t6000\n[[PERSON:Ramesh Yadav]]\t[[ID_NUMBER:5097 0986 0959]]\t[[LOCATION:Bhagwanpur]]\t[[LOCATION:Vaishali]]\t[[ZIP_CODE:844114]]\t6000\n[[PERSON:Mohd. Salim]]\t[[ID_NUMBER:2707 0486 8374]]\t[[LOCATION:Kairana]]\t[[LOCATION:Shamli]]\t[[ZIP_CODE:247774]]\t4000",
    "{\"emp\": \"[[PERSON:Cruz, Angelica M.]]\", \"sss\": \"[[ID_NUMBER:34-7718203-5]]\", \"tin\": \"[[ID_NUMBER:301-448-920-000]]\", \"branch\": \"CEB-3\", \"hired\": \"[[DATE_TIME:2020-08-03]]\"}\n{\"emp\": \"[[PERSON:Villareal, Noel B.]]\", \"sss\": \"[[ID_NUMBER:06-1129374-8]]\", \"tin\": \"[[ID_NUMBER:255-019-773-000]]\", \"branch\": \"MKT-1\", \"hired\": \"[[DATE_TIME:2018-01-15]]\"}\n{\"emp\": \"[[PERSON:Soriano, Kristine Joy]]\", \"sss\": \"[[ID_NUMBER:34-9920471-2]]\", \"tin\": \"[[ID_NUMBER:412-880-155-000]]\", \"branch\": \"DVO-2\", \"hired\": \"[[DATE_TIME:2023-04-10]]\"}",
    "VISITOR               NRIC (MASKED)   UNIT        MOBILE      TIME IN\n[[PERSON:Goh Wei Jie]]           SXXXX735I       #12-04      [[PHONE_NUMBER:9127 4408]]   09:14\n[[PERSON:Siti Nurhaliza Osman]]  TXXXX616F       #07-11      [[PHONE_NUMBER:8802 1937]]   10:02\n[[PERSON:Arvind Pillay]]         SXXXX046I       #15-02      [[PHONE_NUMBER:9655 0213]]   11:47",
    "S/N,Parent/Guardian,Child,Class,Phone,Email\n1,[[PERSON:Mrs. Folake Adeyemi]],[[PERSON:Tobi Adeyemi]],JSS2A,[[PHONE_NUMBER:0802 331 7740]],[[EMAIL_ADDRESS:folake.adeyemi@gmail.com]]\n2,[[PERSON:Mr. Uche Okonkwo]],[[PERSON:Chisom Okonkwo]],JSS1B,[[PHONE_NUMBER:0813 902 4418]],[[EMAIL_ADDRESS:uche.okonkwo@yahoo.com]]\n3,[[TITLE:Hajiya]] [[PERSON:Aisha Suleiman]],[[PERSON:Fatima Suleiman]],JSS3A,[[PHONE_NUMBER:0706 115 2093]],",
    "| Emp | ID number | Tax no. | Bank acc. | Net pay (ZAR) |\n| --- | --- | --- | --- | --- |\n| [[PERSON:Johan Pretorius]] | [[ID_NUMBER:8704125291087]] | [[ID_NUMBER:0418823165]] | [[ID_NUMBER:62004418237]] | 28 410,55 |\n| [[PERSON:Ayanda Cele]] | [[ID_NUMBER:9309272904083]] | [[ID_NUMBER:2290174408]] | [[ID_NUMBER:1044217733]] | 19 882,10 |",
    "{\"member\": \"[[PERSON:Brooke Tancredi]]\", \"dob\": \"[[DATE_TIME:14/06/1997]]\", \"suburb\": \"[[LOCATION:Glenelg]]\", \"state\": \"[[LOCATION:SA]]\", \"postcode\": \"[[ZIP_CODE:5045]]\", \"tier\": \"gold\"}\n{\"member\": \"[[PERSON:Wiremu Hohaia]]\", \"dob\": \"[[DATE_TIME:02/10/1988]]\", \"suburb\": \"[[LOCATION:Fortitude Valley]]\", \"state\": \"[[LOCATION:QLD]]\", \"postcode\": \"[[ZIP_CODE:4006]]\", \"tier\": \"silver\"}\n{\"member\": \"[[PERSON:Huong Tran]]\", \"dob\": \"[[DATE_TIME:29/02/2000]]\", \"suburb\": \"[[LOCATION:Footscray]]\", \"state\": \"[[LOCATION:VIC]]\", \"postcode\": \"[[ZIP_CODE:3011]]\", \"tier\": \"gold\"}",
    "Plate: [[ID_NUMBER:MKZ719]]\nMake/model: Mazda CX-5 2019\nRegistered owner: [[PERSON:Tania Rewi]]\nAddress: [[ADDRESS:27 Pukeko Street]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]]\nLicence expiry: 08/2025\n\nPlate: [[ID_NUMBER:QAB412]]\nMake/model: Toyota Hilux 2016\nRegistered owner: [[PERSON:Grant Kerr]]\nAddress: [[ADDRESS:RD 2]], [[LOCATION:Marton]] [[ZIP_CODE:4788]]\nLicence expiry: 11/2025",
    "player,dob,age,parent,phone,eircode\n[[PERSON:Oisín Brady]],[[DATE_TIME:2014-03-11]],[[AGE:10]],[[PERSON:Gráinne Brady]],[[PHONE_NUMBER:087 220 4419]],[[ZIP_CODE:H65 W9C2]]\n[[PERSON:Darragh Kelleher]],[[DATE_TIME:2014-07-30]],[[AGE:10]],[[PERSON:Séamus Kelleher]],[[PHONE_NUMBER:085 117 3302]],[[ZIP_CODE:H65 R4X0]]\n[[PERSON:Cian Mulcahy]],[[DATE_TIME:2013-12-02]],[[AGE:11]],[[PERSON:Ann Mulcahy]],[[PHONE_NUMBER:086 903 1148]],[[ZIP_CODE:H65 F2K7]]",
    "when\tpatient\thealth_card\treason\n[[DATE_TIME:2025-03-04 09:00]]\t[[PERSON:Marie-Ève Pelletier]]\t[[ID_NUMBER:PELM 8806 1547]]\tfollow-up\n[[DATE_TIME:2025-03-04 09:20]]\t[[PERSON:Hussein Jaber]]\t[[ID_NUMBER:JABH 7211 0934]]\tvaccine\n[[DATE_TIME:2025-03-04 09:40]]\t[[PERSON:Kenji Watanabe]]\t[[ID_NUMBER:WATK 9502 2208]]\tnew patient",
    "LAST         FIRST      PARTY  RESIDENCE                    ZIP    DOB\n[[PERSON:ABERNATHY]]    [[PERSON:LOUISE]]     [[NRP:DEM]]    [[ADDRESS:2214 CHERRY ST]]               [[ZIP_CODE:27514]]  [[DATE_TIME:03/09/1951]]\n[[PERSON:OKAFOR]]       [[PERSON:DANIEL]]     [[NRP:REP]]    [[ADDRESS:87 LAUREL RIDGE DR APT 2]]     [[ZIP_CODE:27516]]  [[DATE_TIME:11/22/1979]]\n[[PERSON:NGUYEN]]       [[PERSON:THAO]]       UNA    [[ADDRESS:406 W ROSEMARY ST]]            [[ZIP_CODE:27516]]  [[DATE_TIME:06/01/1992]]",
    "txn_id,cardholder,card_number,exp,cvv,amount\nT-55012,[[PERSON:Harriet Coombs]],[[CREDIT_CARD:2720801145783441]],04/27,118,129.00\nT-55013,[[PERSON:Vikram Sethi]],[[CREDIT_CARD:6563598756025242]],11/26,902,45.50\nT-55014,[[PERSON:Lerato Mahlaba]],[[CREDIT_CARD:4492203663701065]],02/28,377,310.75",
    "| Nom | Prénom | Né(e) le | Ville | Téléphone |\n|---|---|---|---|---|\n| [[PERSON:Lemoine]] | [[PERSON:Baptiste]] | [[DATE_TIME:04/05/1999]] | [[LOCATION:Nantes]] | [[PHONE_NUMBER:06 11 42 87 30]] |\n| [[PERSON:Benali]] | [[PERSON:Yasmina]] | [[DATE_TIME:17/10/2001]] | [[LOCATION:Rennes]] | [[PHONE_NUMBER:07 68 20 14 55]] |\n| [[PERSON:Nguyen]] | [[PERSON:Thierry]] | [[DATE_TIME:28/02/1995]] | [[LOCATION:Angers]] | [[PHONE_NUMBER:06 45 09 71 62]] |",
    "Personalnr;Name;Geburtsdatum;IBAN;Abteilung\n[[ID_NUMBER:4417]];[[PERSON:Jonas Weber]];[[DATE_TIME:11.08.1990]];[[IBAN_CODE:DE79 6209 6654 2870 7229 71]];Vertrieb\n[[ID_NUMBER:4418]];[[PERSON:Elif Demir]];[[DATE_TIME:23.01.1994]];[[IBAN_CODE:DE88 0282 2512 3937 0450 52]];Einkauf\n[[ID_NUMBER:4421]];[[PERSON:Katarzyna Nowicka]];[[DATE_TIME:05.06.1987]];[[IBAN_CODE:DE53 8559 6654 2598 7471 74]];Lager",
    "{\"cliente\": \"[[PERSON:Alejandro Gil Navarro]]\", \"documento\": \"[[ID_NUMBER:20328708C]]\", \"correo\": \"[[EMAIL_ADDRESS:alegilnav@gmail.com]]\", \"ciudad\": \"[[LOCATION:Valencia]]\"}\n{\"cliente\": \"[[PERSON:Yuliana Petrova]]\", \"documento\": \"[[ID_NUMBER:Y9219772Y]]\", \"correo\": \"[[EMAIL_ADDRESS:yuliana.petrova@hotmail.es]]\", \"ciudad\": \"[[LOCATION:Alicante]]\"}\n{\"cliente\": \"[[PERSON:Jordi Puig i Serra]]\", \"documento\": \"[[ID_NUMBER:27500123N]]\", \"correo\": \"[[EMAIL_ADDRESS:jordi.puig@telefonica.net]]\", \"ciudad\": \"[[LOCATION:Girona]]\"}",
    "timestamp,user,src_ip,action,status\n[[DATE_TIME:2025-03-02 07:58:11]],[[USERNAME:asingh]],[[IP_ADDRESS:10.20.4.117]],login,ok\n[[DATE_TIME:2025-03-02 08:03:46]],[[USERNAME:mfernandes]],[[IP_ADDRESS:10.20.6.31]],login,fail\n[[DATE_TIME:2025-03-02 08:04:02]],[[USERNAME:mfernandes]],[[IP_ADDRESS:10.20.6.31]],login,ok\n2025-03-02 08:15:00,system,127.0.0.1,backup,ok",
    "| Speaker | Title | Affiliation | Country | Handle |\n|---|---|---|---|---|\n| [[PERSON:Wanjiku Mutua]] | [[TITLE:Dr]] | University of Nairobi | [[LOCATION:Kenya]] | @[[USERNAME:wanjiku_m]] |\n| [[PERSON:Rafael Sotomayor]] | [[TITLE:Prof]] | PUC Chile | [[LOCATION:Chile]] | @[[USERNAME:rsotomayor]] |\n| [[PERSON:Hemi Walker]] | - | Independent | [[LOCATION:New Zealand]] | @[[USERNAME:hemiwalks]] |",
    "Passenger: [[PERSON:ADEBAYO]], [[PERSON:OLUWATOBI]]\nPassport: [[ID_NUMBER:A11892043]]\nNationality: [[NRP:NGA]]\nDOB: [[DATE_TIME:09MAR1991]]\nSeat: 14C\n\nPassenger: [[PERSON:FERREIRA]], [[PERSON:CAROLINA]]\nPassport: [[ID_NUMBER:CB228174]]\nNationality: [[NRP:PRT]]\nDOB: [[DATE_TIME:22JUL1986]]\nSeat: 14D",
    "bed,patient,age,admitted,consultant\nA1,[[PERSON:J.W.]],[[AGE:77]],[[DATE_TIME:2025-02-20]],[[PERSON:Dr. Farouk Haddad]]\nA2,[[PERSON:M.O'C.]],[[AGE:64]],[[DATE_TIME:2025-02-22]],[[PERSON:Dr. Emily Strand]]\nA3,[[PERSON:T.K.]],[[AGE:81]],[[DATE_TIME:2025-02-23]],[[PERSON:Dr. Farouk Haddad]]",
    "guest\tplus_one\tdietary\ttable\tpostal_address\n[[TITLE:Aunty]] [[PERSON:Bimpe Coker]]\tyes\tnone\t2\t[[ADDRESS:12 Ashfield Road]], [[LOCATION:Peckham]], [[LOCATION:London]] [[ZIP_CODE:SE15 4LR]]\n[[PERSON:Tom Hargreaves]]\tno\tvegan\t5\t[[ADDRESS:8 Mill Lane]], [[LOCATION:Hebden Bridge]] [[ZIP_CODE:HX7 6AB]]\n[[PERSON:Sunny Grewal]]\tyes\tvegetarian\t5\t[[ADDRESS:40 Soho Road]], [[LOCATION:Handsworth]], [[LOCATION:Birmingham]] [[ZIP_CODE:B21 9DP]]",
    "ACCOUNT HOLDER        IBAN                           BALANCE     BRANCH\n[[PERSON:Mairead Finnegan]]      [[IBAN_CODE:IE44 IPBS 3197 6863 3538 61]]    EUR 4,120   LK-02\n[[PERSON:Rupert Allsop]]         [[IBAN_CODE:GB09 MIDL 2924 7411 6677 37]]    GBP 880     BA-01\n[[PERSON:Nasreen Akhtar]]        [[IBAN_CODE:GB94 BUKB 4083 1600 8699 34]]    GBP 15,402  BD-04",
    "{\"handle\": \"[[USERNAME:sunsetchaser_92]]\", \"age\": [[AGE:32]], \"city\": \"[[LOCATION:Durban]]\", \"religion\": \"[[NRP:Hindu]]\", \"profile\": \"[[URL:https://www.instagram.com/sunsetchaser_92]]\"}\n{\"handle\": \"[[USERNAME:quiet.reader]]\", \"age\": [[AGE:45]], \"city\": \"[[LOCATION:Christchurch]]\", \"religion\": \"[[NRP:Christian]]\", \"profile\": null}\n{\"handle\": \"[[USERNAME:mo_from_kano]]\", \"age\": [[AGE:27]], \"city\": \"[[LOCATION:Abuja]]\", \"religion\": \"[[NRP:Muslim]]\", \"profile\": \"[[URL:https://x.com/mo_from_kano]]\"}",
]

LOOKALIKE = [
    "Release notes for build 4.17.220.1 (previous: 4.16.9.255). Fixed a crash when parsing config keys such as node-10.0.12 and replica-172.16.4. Commit 9f3c2a7e1b44d0c8 reverted; checksum sha256 e3b0c44298fc1c149afbf4c8996fb924. Minimum supported version is 10.2.0.4; the migration script runs at 02:00 UTC.",
    "Thanks for your order! Order no. 114-4471829-2209317 placed on 12 Feb. SKU BX-2209-441-L (x2), SKU HM-0031-775 (x1). Tracking: 1Z 999 AA1 01 2345 6784. Questions? Call our help desk on 1-800-555-0199 or write to orders@northwindgoods.com. Invoice INV-20250212-0077, total $184.36. Ship-to name: [[PERSON:Dana Whitlock]].",
    "From the station, walk along Nelson Mandela Boulevard until it meets Jomo Kenyatta Avenue, then take the underpass towards the Florence Nightingale Museum. The bus stop on Queen Victoria Street is closed; use the one outside the Shakespeare's Globe gift shop instead. Route 414 runs every 12 minutes.",
    "Batch record: sample ID 4417-22-0093, lot 20250114-B, CAS 7732-18-5, catalogue no. 978-0-306-40615-7 (reference text), instrument serial SN-44-1827-0091, calibration certificate CC/2024/00418. Result: 98.6 within spec 95.0-102.0. Stored at 4 degrees, shelf 12, rack C.",
    "Invoice INV-2025-00418 for consulting services, amount AUD 4,417.22, issued 03/03/2025, payable within 30 days. BSB 062-000, account ending 4417, SWIFT CTBAAU2S, ABN 51 824 753 556 (company). Purchase order PO-77120. Attn: [[PERSON:Grace Mwangi]], Accounts Payable.",
    "Your claim CLM-219-44-8810 has moved to stage 3. Case reference 445-918-2231 was merged into it, and the repair job RJ-0041-2025 has been scheduled. Please do not reply to this email; our claims team can be reached on 0800 028 4417 (free from landlines) or at claims@harbourmutual.co.nz.",
    "Parkinson's disease, Alzheimer's and Hodgkin lymphoma were the three focus areas of the 2024 review. In the break room: Ben & Jerry's, a Tim Hortons box and a tin of Cadbury Roses. The Anne Frank House exhibition poster and the Martin Luther King Jr. Day rota are on the noticeboard next to the Ada Lovelace meeting room.",
    "Container MSCU 441827-3, seal 0019283, booking 4417ABC229, HS code 8471.30.01, vessel IMO 9811000, voyage 442W. Load port NLRTM, discharge port ZADUR, ETA 2025-04-18. Gross weight 18,220 kg, 1,104 cartons, 22 pallets.",
    "Factuurnummer 2025-0418, BTW-nummer NL001234567B01, KvK 34218876. Betalingskenmerk 4417 2209 3318 0091. Artikelnummer 8718469-44, versie 2.3.1. Vragen? Bel de klantenservice op 088 441 7700 of mail naar facturen@bouwmarkt-vandijk.nl.",
    "Meeting moved to 15:30 in room 1412 (was 14:00). Flight BA117 leaves at 18:40 from gate 22, so aim to finish by 17:00. The 12-year-old single malt is for the client, the Model 3 is in bay 7, and Windows 11 build 22631.3155 still breaks the projector. Ping [[USERNAME:ops_harriet]] on Slack if the Apollo 11 demo fails.",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_set("blind33", STYLES, OUT)
    print("check passed on every record (spans, Luhn, mod-97)")
    print("records per style:")
    for style, records in STYLES.items():
        print(f"  {style:10s} {len(records)}")
    kinds: Counter[str] = Counter()
    for records in STYLES.values():
        for markup in records:
            kinds.update(span["entity_type"] for span in parse(markup)[1])
    print("spans per entity type:")
    for kind, n in kinds.most_common():
        print(f"  {kind:18s} {n}")
    print(f"  {'total':18s} {sum(kinds.values())}")


if __name__ == "__main__":
    main()

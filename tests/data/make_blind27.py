"""Build tests/data/blind27.jsonl: a twenty-seventh *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind27.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of any other gold set (every
*.jsonl file, and the record lists inside the make_*.py scripts,
make_blind22/24/25/26/28.py included). Exactly three files of the repo were
read, to keep the conventions and the file format: lines 1-121 of
make_blind22.py (its module docstring with the labeling conventions and the
style descriptions, and its import lines) and its closing scaffolding from
`STYLES = {` to the end of the file (copied below); gold_sets.py (the
checks and `write_set`); and lines 1-64 of make_handwritten.py (its
conventions docstring, MARK, TITLE_IN_NAME and `parse()`). No git history
was looked at, nothing under /tmp was read, and the detector and the bench
were never run on this file. Do not tune the detector against it: once it
has been used to tune, it no longer measures anything; write a new set
instead.

Every record below is written out by hand, one by one, in the voice of an
outside evaluator: no Faker, no word lists, no templates filled by code, no
loops. Only the offsets are computed, by `parse()` from make_handwritten.py,
which strips the inline `[[TYPE:value]]` marks (the summary printed at the
end only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the national check digits inside the
French, Spanish, Belgian, Portuguese and Italian IBANs are right too. These
were worked out with throwaway code run by hand while writing, not generated
here; `gold_sets.check` re-checks cards and IBANs and refuses a bad one.
National ids with a public check digit were given a valid one the same way:
NHS numbers, Canadian SINs, Aadhaar (Verhoeff), Dutch BSN, Brazilian CPF,
Spanish DNI and NIE, Argentine CUIL, South African ids (which also agree
with the person's sex and birth date), Australian TFN, Irish PPSN,
Singapore NRIC / FIN, French NIR, Italian codice fiscale, Swedish
personnummer, Polish PESEL, Austrian social-insurance number and Belgian
national number; so were the ISBN-13 and EAN look-alikes. US SSNs,
passports, licences, plates, VINs, PAN, Malaysian IC, Nigerian BVN / NIN,
Kenyan ids and KRA PINs, Ghana Card, Philippine SSS / PhilHealth numbers,
bank account numbers and staff, student, member and patient numbers were
not checked.

Styles (ids `blind27-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Canada, Australia, Ireland, New Zealand, India, South
Africa, Nigeria, Kenya, Ghana, the Philippines, Singapore and Malaysia, with
names from the many cultures living there); the rest are in French, German,
Spanish, Portuguese, Italian and Dutch:
- `gen` (120): one to four sentences, or a short paragraph, as a third-party
  LLM writes them when asked for "realistic text containing PII": banking
  and fraud alerts, hospital admissions and clinics, school trips and
  absences, job applications and offers, viewings and tenancies, court
  reports, sports clubs, airline complaints, utility accounts, dating and
  matrimonial profiles, obituaries and death notices, police appeals,
  scholarships, moving house, volunteering, gig-economy deliveries and
  rides. Names first, last and mid-sentence, possessive and lowercase,
  nicknames, honorifics and ranks, relatives, ages and dates said many ways.
- `bench` (70): records in the manner of ai4privacy pii-masking-200k / 300k /
  400k, gretel-pii-masking-en-v1 and Nemotron-PII: odd synthetic-sounding
  sentences, forms and pipe-separated profiles with usernames, IPv4 / IPv6,
  cards, IBANs, SSNs, passports, licences, DOBs, ages, titles, job titles,
  genders, plates, VINs, account numbers and personal URLs.
- `table` (30): one labeled table per record rendered as text (CSV with a
  header, semicolon CSV, quoted CSV, pipes / Markdown, TSV, fixed-width,
  JSON lines and arrays, key: value blocks), with non-PII columns too.
- `doc` (12): letters, a CV, minutes, reports, a witness statement and an
  email thread of 600 to 1500 characters.
- `lookalike` (8): texts full of things that look like PII but are not
  (versions shaped like IPs, order, tracking, invoice and ticket numbers,
  gift-card numbers, SKUs, CAS numbers, ISBN / EAN, GL codes, sort codes,
  SWIFT and routing numbers, company ids and phone lines, role mailboxes,
  hashes, UUIDs, MACs, eponyms, streets named after people without a
  number); one has a single first name, the others no PII at all.

Labeling conventions: those of make_handwritten.py and make_blind22.py, in
short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  maiden names, nicknames; a possessive "'s" is outside, and "Surname,
  Given" or "SURNAME/GIVEN" is two PERSON spans. TITLE: honorifics and ranks
  attached to a name, labeled apart from it (Mr, Mrs, Ms, Mx, Dr, Prof,
  Sir, Mme, M., Herr, Frau, Sr., Sig.ra, dott., mevrouw, Mdm, Encik, Puan,
  Alhaja, Opanyin, Sardar, Madam, Bab', Doña, Lady, Rev., Fr., Capt., Sgt,
  PC, Detective Senior Constable, District Judge, Lady Justice, Esq., and
  MR / MRS / MS / MSTR in a manifest); job titles are not TITLE, and family
  words stay outside.
- ADDRESS: number + street (+ unit / flat / apartment / suite / block /
  building name), PO boxes, house names, Indian house-number forms,
  Philippine block-and-lot forms and Ghana digital addresses; every street
  address is labeled, an office's as well as a home's. A street or a
  building number given in its own field is ADDRESS. Cities, suburbs,
  neighbourhoods, districts, counties, states and provinces (also
  abbreviated) and countries are LOCATION; postcodes of every shape are
  ZIP_CODE. Streets without a number are not labeled.
- DATE_TIME: a person's dates (birth, death, admission, appointment, visit,
  move, lease, start or end of a job, hearing, trip, flight, booking,
  letter, account login or card transaction) with a day or a month, in any
  shape, a weekday or a time written with it included; not bare years,
  weekdays alone, clock times alone, durations, or dates not tied to a
  person (invoices, releases, financial quarters, statement periods).
- AGE: the number only, in digits or words, estimates included.
- ID_NUMBER: national, tax and social-security ids, non-US passports and
  licences, plates and VINs, bank account numbers, and patient, staff,
  student, customer, member and learner numbers; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS (private ranges
  too), PHONE_NUMBER and EMAIL_ADDRESS (work addresses of a named person
  too) as their names say. USERNAME: a handle without "@". URL: personal
  pages and profiles only. NRP: nationality, religion or political group,
  also as a nationality code in a manifest column.
- Not labeled: passwords, genders and pronouns, job titles, employers and
  other company or venue names, user agents, MAC addresses, sort codes,
  BSB, BIC / SWIFT and routing numbers, CVVs and expiries, gate and lockbox
  codes, order, ticket, claim, policy, booking, PNR, case, crime-reference
  and invoice numbers, meter serials, microchips, company and police phone
  lines and role mailboxes, amounts, versions, hashes, serials, partial
  numbers ("ending 8821"), pets, eponyms, and header rows.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind27.jsonl")

GEN = [
    # 001 banking fraud alert, US
    "Hi [[PERSON:Marisol]], this is the Desert Sun Credit Union fraud team. We blocked a $1,240.00 charge "
    "attempted on your card [[CREDIT_CARD:4556 7382 0194 7160]] at 2:14 a.m. from IP address "
    "[[IP_ADDRESS:185.220.101.47]]. If this wasn't you, reply NO or call us from the number we have on file, "
    "[[PHONE_NUMBER:(602) 418-7753]].",
    # 002 hospital admission, UK
    "[[PERSON:Mr. Tobias Adeyemi-Clarke]], [[AGE:67]], was admitted to ward 9B on [[DATE_TIME:Sunday 9th February 2025]] "
    "after a fall at his home in [[LOCATION:Lambeth]]. His daughter [[PERSON:Funmi]] ([[PHONE_NUMBER:07923 418 550]]) is "
    "listed as next of kin. NHS number [[ID_NUMBER:485 177 3641]].",
    # 003 school trip, Canada
    "I, [[PERSON:Priya Raghunathan]], give permission for my son [[PERSON:Arjun Raghunathan]] (Grade 6, Room 14) to attend "
    "the museum trip on [[DATE_TIME:May 22]]. Emergency contact: [[PHONE_NUMBER:416-738-2291]]. Please note he carries an "
    "EpiPen for a peanut allergy.",
    # 004 job application, Kenya
    "Dear Hiring Manager, my name is [[PERSON:Wanjiru Kamau]] and I am applying for the Junior Data Analyst role. I "
    "graduated from Strathmore University in [[DATE_TIME:December 2023]] and can start on [[DATE_TIME:1st April]]. You can "
    "reach me on [[PHONE_NUMBER:+254 722 418 903]] or at [[EMAIL_ADDRESS:wanjiru.kamau88@gmail.com]].",
    # 005 real-estate viewing, Australia
    "Confirming your inspection of [[ADDRESS:14/27 Wattle Grove Crescent]], [[LOCATION:Brunswick East]] [[LOCATION:VIC]] "
    "[[ZIP_CODE:3057]] on [[DATE_TIME:Saturday 15 March at 11:30am]]. Your agent is [[PERSON:Con Papadopoulos]]; text him "
    "on [[PHONE_NUMBER:0412 583 906]] if you're running late, [[PERSON:Hannah]].",
    # 006 court reporting, UK
    "[[PERSON:Declan Murphy]], [[AGE:29]], of [[LOCATION:Dunstable]], appeared before magistrates on "
    "[[DATE_TIME:Thursday 6 February]] charged with dangerous driving. The court heard that his Audi, registration "
    "[[ID_NUMBER:KX19 RBO]], struck a cyclist on the A5. [[TITLE:District Judge]] [[PERSON:Rebecca Thorne]] adjourned the "
    "case until [[DATE_TIME:20 March]].",
    # 007 sports club, Ireland
    "Welcome to the club, [[PERSON:Saoirse]]! Your membership number is [[ID_NUMBER:NH-25-04187]] and your first session "
    "is on [[DATE_TIME:Tuesday 4th March at 7pm]] at the track. Your coach, [[PERSON:Ciarán Ó Súilleabháin]], will meet you "
    "at the gate; his mobile is [[PHONE_NUMBER:087 314 2269]].",
    # 008 airline complaint, US
    "To whom it may concern: on [[DATE_TIME:January 12, 2025]] my husband [[PERSON:Raymond Oyelaran]] and I were bumped "
    "from flight 1183 from [[LOCATION:Atlanta]] to [[LOCATION:Denver]] even though we had checked in online. The "
    "confirmation code was QF7TZM. Please refund the $412 to the card ending 8821 and reply to "
    "[[EMAIL_ADDRESS:gloria.oyelaran@outlook.com]]. Sincerely, [[PERSON:Gloria Oyelaran]]",
    # 009 utility, South Africa
    "Dear [[PERSON:Mr. S. Naidoo]], your electricity account [[ID_NUMBER:5502194837]] for [[ADDRESS:41 Jan Smuts Avenue]], "
    "[[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]] is R1 842.60 in arrears. A technician will visit "
    "on [[DATE_TIME:28 February 2025]] to disconnect the supply unless payment is received.",
    # 010 dating profile, NZ
    "hey, i'm [[PERSON:mei]] 🙂 [[AGE:31]], grew up in [[LOCATION:Penang]] but living in [[LOCATION:Auckland]] since 2019. "
    "love long walks, dumplings and terrible karaoke. not here for hookups. my insta is [[USERNAME:mei.wanders]] if we match",
    # 011 obituary, US
    "[[PERSON:Harold Eugene]] “[[PERSON:Hal]]” [[PERSON:Whitcomb]], [[AGE:88]], of [[LOCATION:Muncie]], "
    "[[LOCATION:Indiana]], passed away peacefully on [[DATE_TIME:February 2, 2025]]. He was born on "
    "[[DATE_TIME:June 19, 1936]] in [[LOCATION:Yorktown]] to [[PERSON:Clarence]] and [[PERSON:Edna]] "
    "([[PERSON:Hollis]]) [[PERSON:Whitcomb]]. He is survived by his wife of 61 years, [[PERSON:Dorothy]], and by his "
    "daughters [[PERSON:Lynn Abernathy]] and [[PERSON:Carol Whitcomb-Reyes]].",
    # 012 police appeal, UK
    "Police are appealing for help to find [[PERSON:Kacper Wiśniewski]], [[AGE:15]], who was last seen in "
    "[[LOCATION:Peterborough]] city centre on [[DATE_TIME:Wednesday 19 February at around 4.30pm]]. He is 5ft 7in, slim, "
    "with short dark hair, and was wearing a grey jacket. Anyone with information should call 101 quoting reference "
    "25000041876.",
    # 013 scholarship letter, Nigeria
    "Dear [[PERSON:Chidinma Okafor]], we are pleased to inform you that you have been awarded this year's Ndubuisi "
    "Foundation Scholarship worth ₦1,500,000. Please bring your JAMB registration number "
    "([[ID_NUMBER:20251846273EA]]) and two passport photographs to our office at [[ADDRESS:23 Aba Road]], "
    "[[LOCATION:Port Harcourt]] on or before [[DATE_TIME:14th March 2025]].",
    # 014 moving house, NZ
    "We're moving! From [[DATE_TIME:1 April]] [[PERSON:Tama]], [[PERSON:Grace]] and the kids will be at "
    "[[ADDRESS:7 Kowhai Street]], [[LOCATION:Ponsonby]], [[LOCATION:Auckland]] [[ZIP_CODE:1011]]. The landline is going, "
    "so use [[PERSON:Grace]]'s mobile, [[PHONE_NUMBER:021 448 3917]].",
    # 015 volunteering, Singapore
    "Thanks for signing up to volunteer, [[PERSON:Muhammad Hafiz bin Rahman]]. For the insurance form we need your NRIC "
    "([[ID_NUMBER:S8426137H]]) and date of birth; you wrote [[DATE_TIME:07/11/1998]], can you confirm? Your shift is "
    "[[DATE_TIME:Sat 22 Mar]], 8am to 12pm, at [[ADDRESS:Blk 315 Ang Mo Kio Avenue 3, #01-22]], "
    "[[LOCATION:Singapore]] [[ZIP_CODE:560315]].",
    # 016 gig delivery, Philippines
    "Rider update: [[PERSON:Jomar Villanueva]] (plate [[ID_NUMBER:NBC 4172]]) has picked up your order. Drop-off at "
    "[[ADDRESS:Unit 1207, Avida Towers, 34 Aguirre Street]], [[LOCATION:Legaspi Village]], [[LOCATION:Makati City]]. "
    "Customer [[PERSON:Bea]] says the lobby guard needs a name, so call [[PHONE_NUMBER:0917 842 3361]] on arrival.",
    # 017 banking, Malaysia
    "Salam [[TITLE:Encik]] [[PERSON:Azlan Hashim]], your savings account [[ID_NUMBER:5140 8821 3706]] was accessed from a "
    "new device in [[LOCATION:Johor Bahru]] on [[DATE_TIME:12/02/2025 at 23:41]]. If this was not you, call our hotline "
    "1-300-88-6688 immediately and do not share your TAC with anyone.",
    # 018 hospital, India
    "Patient [[PERSON:Lakshmi Venkataraman]] (F, [[AGE:72]]), UHID [[ID_NUMBER:MH-0048213]], admitted on "
    "[[DATE_TIME:05-03-2025]] with chest pain. Attendant: son [[PERSON:Karthik]], [[PHONE_NUMBER:+91 98450 23176]], "
    "residing at [[ADDRESS:No. 18, 4th Main Road]], [[LOCATION:Malleswaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]].",
    # 019 wedding notice, Ghana
    "Congratulations to [[PERSON:Kwame Asante]] and [[PERSON:Efua Mensah]], who will be married in [[LOCATION:Accra]] on "
    "[[DATE_TIME:Saturday, 26th April 2025]]. Kindly RSVP to the bride's sister [[PERSON:Abena]] on "
    "[[PHONE_NUMBER:024 418 7736]] by the end of March.",
    # 020 gym, Canada
    "[[PERSON:Étienne Lavoie]] froze his membership at the [[LOCATION:Plateau]] location from [[DATE_TIME:Jan 6]] to "
    "[[DATE_TIME:Feb 20]] after knee surgery. His member ID is [[ID_NUMBER:GYM-0077312]] and the monthly fee will resume "
    "on his Visa [[CREDIT_CARD:4129 0836 7154 2896]].",
    # 021 rental dispute, US
    "My landlord, [[PERSON:Vincent Szabo]], still hasn't returned the $1,800 deposit for [[ADDRESS:2210 N Kedzie Ave, Apt 3R]], "
    "[[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60647]]. I moved out on [[DATE_TIME:October 31st]] and gave him my "
    "forwarding address in writing. Can small claims help? — [[PERSON:Tanisha Brooks]]",
    # 022 pharmacy, Australia
    "Hi [[PERSON:Graham]], your repeat script for atorvastatin is ready at the pharmacy. Please bring your Medicare card "
    "([[ID_NUMBER:2951 48376 1]]) when you collect. Any questions, ring [[PERSON:Siobhan]] on [[PHONE_NUMBER:(02) 9374 1186]].",
    # 023 tenancy reference, UK
    "I can confirm that [[PERSON:Ms. Amara Nwachukwu-Hale]] rented [[ADDRESS:Flat 4, 19 Elmhurst Road]], "
    "[[LOCATION:Reading]] [[ZIP_CODE:RG1 5HY]] from [[DATE_TIME:1 September 2021]] until [[DATE_TIME:31 August 2024]] and "
    "always paid on time. Feel free to call me on [[PHONE_NUMBER:07788 214 093]]. [[PERSON:Peter Lowry]], landlord",
    # 024 insurance claim, US
    "Claim #CLM-88213-B was opened for [[PERSON:Jorge Castañeda]] after his 2019 Honda Civic (VIN "
    "[[ID_NUMBER:2HGFC2F69KH504417]]) was rear-ended on [[DATE_TIME:3/14/2025]] in [[LOCATION:El Paso]]. The adjuster, "
    "[[PERSON:Dana Whitfield]], will call him at [[PHONE_NUMBER:915-387-2264]] within two business days.",
    # 025 university admissions, India
    "Congratulations [[PERSON:Ananya Iyer]]! You have been provisionally admitted to the MSc Physics programme. Your "
    "application number is APP/2025/18832 and your student ID will be [[ID_NUMBER:25PHY0417]]. Report to the admissions "
    "office on [[DATE_TIME:July 21]] with your Aadhaar card ([[ID_NUMBER:4827 3019 5612]]) and original mark sheets.",
    # 026 police appeal, Australia, witness
    "[[TITLE:Detective Senior Constable]] [[PERSON:Mark Tran]] is asking anyone who saw a white Toyota HiLux with "
    "[[LOCATION:Queensland]] plates [[ID_NUMBER:427 KQZ]] near [[ADDRESS:88 Logan Road]], [[LOCATION:Woolloongabba]] on the night of "
    "[[DATE_TIME:14 February]] to come forward.",
    # 027 charity volunteering, UK (lowercase names)
    "so the rota for saturday: [[PERSON:jess]] and [[PERSON:tariq]] on the tea urn, [[PERSON:maggie o'neill]] doing the raffle, "
    "and [[PERSON:dev]] is picking up the donated tins from [[ADDRESS:12 canal street]] at 9. if anyone's sick text me on "
    "[[PHONE_NUMBER:07452 661 308]]. [[PERSON:ruth]] x",
    # 028 job offer, Nigeria
    "Following your interview on [[DATE_TIME:Monday 10 February]], we are delighted to offer you, [[PERSON:Mr. Ibrahim Musa Danjuma]], "
    "the position of Field Engineer at our [[LOCATION:Kano]] office, starting [[DATE_TIME:3rd March 2025]]. Kindly send your "
    "BVN ([[ID_NUMBER:22184736501]]) and NIN ([[ID_NUMBER:47362918450]]) to HR for payroll setup.",
    # 029 pet adoption / vet, US
    "[[PERSON:Kaylee Nguyen]] adopted Biscuit, a 2-year-old beagle mix, on [[DATE_TIME:Saturday, March 1]]. Microchip "
    "985112004738216 is now registered to her at [[ADDRESS:907 Alder Way]], [[LOCATION:Eugene]], [[LOCATION:OR]] "
    "[[ZIP_CODE:97401]], phone [[PHONE_NUMBER:541-209-7734]].",
    # 030 court, Kenya
    "The High Court in [[LOCATION:Mombasa]] on Tuesday granted bail to [[PERSON:Hassan Abdalla Mwinyi]], [[AGE:41]], a "
    "businessman from [[LOCATION:Likoni]] who is accused of fraud. [[TITLE:Lady Justice]] [[PERSON:Njoki Wambugu]] set the "
    "next mention for [[DATE_TIME:24th March]].",
    # 031 airline, Ireland
    "Dear [[PERSON:Niamh]], we're sorry your bag didn't arrive in [[LOCATION:Lisbon]]. We've traced it to "
    "[[LOCATION:Dublin]] and it will be couriered to the hotel address you gave, [[ADDRESS:Rua das Flores 42]], on the "
    "evening of [[DATE_TIME:8 May]].",
    # 032 school, South Africa
    "Grade 10 learner [[PERSON:Thandiwe Dlamini]] (learner no. [[ID_NUMBER:LN-108834]]) will represent the school at the "
    "provincial maths olympiad in [[LOCATION:Pietermaritzburg]] on [[DATE_TIME:17 May]]. Her mother, "
    "[[PERSON:Mrs. Nomvula Dlamini]], can be reached on [[PHONE_NUMBER:082 614 3390]].",
    # 033 banking, UK, IBAN
    "[[PERSON:Oliver Brennan-Shaw]] asked us to pay his final salary into his new account, IBAN "
    "[[IBAN_CODE:GB95BARC20041573849261]], rather than the old one. He leaves on [[DATE_TIME:28/03/2025]]; HR contact is "
    "[[PERSON:Yasmin]] on ext. 4412.",
    # 034 real estate, Canada
    "Open house this Sunday at [[ADDRESS:58 Coxwell Avenue]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M4L 3A8]], "
    "2 to 4 pm. Listing agent [[PERSON:Gurpreet Sandhu]] ([[EMAIL_ADDRESS:gurpreet.sandhu@remaxeast.ca]], "
    "[[PHONE_NUMBER:647-882-0419]]).",
    # 035 hospital discharge, Philippines
    "Discharge summary: [[PERSON:Rosario Dela Cruz]], [[AGE:58]] y/o, admitted [[DATE_TIME:Feb 11 2025]], discharged "
    "[[DATE_TIME:Feb 16 2025]]. PhilHealth no. [[ID_NUMBER:12-050749281-6]]. Follow up with [[PERSON:Dr. Ramon Santiago]] "
    "in 2 weeks.",
    # 036 sports club, UK (ages many ways)
    "The under-12s squad for the [[LOCATION:Cardiff]] tournament: [[PERSON:Rhys Evans]] ([[AGE:11]]), "
    "[[PERSON:Bilal Chaudhry]] ([[AGE:eleven]]), [[PERSON:Osian Pryce]], who turns [[AGE:12]] on "
    "[[DATE_TIME:the 3rd of June]], and our keeper [[PERSON:Alfie Dunn]].",
    # 037 delivery complaint, India
    "My parcel was marked delivered but never arrived at [[ADDRESS:B-204, Green Meadows, Sector 52]], [[LOCATION:Gurugram]] "
    "[[ZIP_CODE:122003]]. The delivery executive [[PERSON:Sunil]] didn't even call me on [[PHONE_NUMBER:98110 47362]]. "
    "Order ID 404-7718263-5520931. — [[PERSON:Meera Kapoor]]",
    # 038 obituary, Ireland
    "The death has occurred of [[PERSON:Bridget]] ([[PERSON:Bridie]]) [[PERSON:Fitzgerald]] (née [[PERSON:Keane]]), "
    "[[LOCATION:Ennistymon]], [[LOCATION:Co. Clare]], peacefully at home on [[DATE_TIME:16th January 2025]], aged "
    "[[AGE:94]]. Predeceased by her husband [[PERSON:Paddy]]. Reposing at her residence, [[ADDRESS:3 Church Hill]], "
    "[[ZIP_CODE:V95 K2P4]], from 4pm Saturday.",
    # 039 dating, US
    "[[PERSON:Marcus]], [[AGE:38]]. Divorced dad of two, firefighter in [[LOCATION:Tacoma]]. Looking for someone who "
    "doesn't mind 24-hour shifts. [[NRP:Catholic]], but not strict about it. Snap: [[USERNAME:marcus_t_253]]",
    # 040 scholarship, US
    "The selection committee is pleased to award the Hayes Family STEM Scholarship to [[PERSON:Luz María Ortega]] of "
    "[[LOCATION:Brownsville]], [[LOCATION:Texas]]. The award will be presented on [[DATE_TIME:Thursday, May 8 at 6 p.m.]]; "
    "please confirm attendance with [[PERSON:Mrs. Delia Hayes]] at [[EMAIL_ADDRESS:dhayes.foundation@gmail.com]].",
    # 041 fraud alert, French
    "Bonjour [[TITLE:Mme]] [[PERSON:Camille Rousseau]], nous avons détecté un paiement suspect de 689,00 € sur votre carte "
    "[[CREDIT_CARD:4916 3027 7405 1838]] le [[DATE_TIME:mardi 11 février à 03h12]] depuis [[LOCATION:Bucarest]]. Si vous "
    "n'êtes pas à l'origine de cette opération, contactez votre conseiller, [[TITLE:M.]] [[PERSON:Julien Perrin]], au "
    "[[PHONE_NUMBER:01 42 68 53 90]].",
    # 042 hospital, German
    "[[TITLE:Herr]] [[PERSON:Dieter Langenkamp]] ([[AGE:74]]) wurde am [[DATE_TIME:3. März 2025]] in die Kardiologie "
    "aufgenommen, Versichertennummer [[ID_NUMBER:K473829105]]. Ansprechpartnerin ist seine Tochter "
    "[[PERSON:Sabine Möller]], [[ADDRESS:Lindenstraße 14]], [[ZIP_CODE:48149]] [[LOCATION:Münster]], Tel. "
    "[[PHONE_NUMBER:0251 7389 4412]].",
    # 043 job application, Spanish
    "Me llamo [[PERSON:Lucía Fernández Ortiz]], tengo [[AGE:27]] años y vivo en [[ADDRESS:Calle de Embajadores 112, 3º B]], "
    "[[ZIP_CODE:28045]] [[LOCATION:Madrid]]. Les adjunto mi currículum para el puesto de enfermera de noche. Mi DNI es "
    "[[ID_NUMBER:48261739B]] y pueden llamarme al [[PHONE_NUMBER:612 483 097]].",
    # 044 delivery, Portuguese (Brazil)
    "Olá, [[PERSON:Rafael]]! O entregador [[PERSON:Anderson]] já saiu com o seu pedido para a [[ADDRESS:Rua Augusta, 1508, "
    "apto 72]], [[LOCATION:Consolação]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:01304-001]]. A nota "
    "fiscal sai no CPF [[ID_NUMBER:318.450.276-71]], como você pediu.",
    # 045 school trip, Italian
    "Io sottoscritto [[PERSON:Giovanni Esposito]], genitore dell'alunno [[PERSON:Matteo Esposito]] della classe 3ª B, "
    "autorizzo mio figlio a partecipare alla gita a [[LOCATION:Firenze]] del [[DATE_TIME:15 aprile 2025]]. Recapito in "
    "caso di necessità: [[PHONE_NUMBER:347 218 9064]].",
    # 046 volunteering, Dutch
    "Beste [[PERSON:Sanne]], bedankt voor je aanmelding als vrijwilliger bij de voedselbank in [[LOCATION:Utrecht]]. Je "
    "eerste dienst is op [[DATE_TIME:zaterdag 8 maart om 9.00 uur]] aan de [[ADDRESS:Kanaalweg 31]]. Neem je BSN "
    "([[ID_NUMBER:274619301]]) mee voor de VOG-aanvraag. Groetjes, [[PERSON:Henk de Vries]]",
    # 047 utility transfer, US
    "Service transfer confirmed for [[PERSON:Beatriz Amaral]] (account [[ID_NUMBER:7730 2198 4456]]): gas at "
    "[[ADDRESS:4471 Riverside Dr Unit 12]], [[LOCATION:Sacramento]], [[LOCATION:CA]] [[ZIP_CODE:95831-2207]] stops on "
    "[[DATE_TIME:04/30/2025]] and starts at [[ADDRESS:918 Cedar Hollow Ln]], [[LOCATION:Elk Grove]], [[LOCATION:CA]] "
    "[[ZIP_CODE:95624]] on [[DATE_TIME:05/01/2025]].",
    # 048 mobile money, Kenya
    "SC47HJ2KQ1 Confirmed. Ksh1,250.00 sent to [[PERSON:BRIAN KIPCHOGE]] [[PHONE_NUMBER:0711306552]] on "
    "[[DATE_TIME:4/3/25 at 6:47 PM]]. New M-PESA balance is Ksh3,118.40. Transaction cost, Ksh13.00.",
    # 049 learnership application, South Africa
    "I, [[PERSON:Sipho Mahlangu]], ID number [[ID_NUMBER:8703145729084]], born on [[DATE_TIME:14 March 1987]], wish to apply "
    "for the driver learnership at the [[LOCATION:Polokwane]] depot. I stay at [[ADDRESS:2231 Mokwena Street]], "
    "[[LOCATION:Seshego]], [[ZIP_CODE:0742]] and hold a code 14 licence.",
    # 050 school note, Australia
    "Hi [[PERSON:Mrs Kowalczyk]], just letting you know [[PERSON:Lachie]] won't be on the Year 4 excursion on "
    "[[DATE_TIME:Fri 21/3]] as he has a specialist appointment in [[LOCATION:Parramatta]]. Cheers, "
    "[[PERSON:Kirsty Bell]] ([[PHONE_NUMBER:0423 771 905]])",
    # 051 bank alert, Nigeria
    "Dear [[PERSON:ADEBAYO OLUWASEUN]], Acct: [[ID_NUMBER:0123984756]] Amt: NGN 250,000.00 CR Desc: TRF FROM "
    "[[PERSON:FOLAKE ADEYEMI]] Date: [[DATE_TIME:07-MAR-2025 14:22]] Avail Bal: NGN 312,480.15.",
    # 052 immigration, UK
    "[[PERSON:Mariam Yusuf]], a [[NRP:Somali]] national born on [[DATE_TIME:22/09/1994]] and holding passport "
    "[[ID_NUMBER:P04718263]], has been invited to an interview in [[LOCATION:Croydon]] on "
    "[[DATE_TIME:2 April 2025 at 10:00]]. Her solicitor, [[PERSON:Imran Qureshi]], will attend with her.",
    # 053 change of address, US
    "Your change of address for [[PERSON:Devon]] and [[PERSON:Alicia Mercer]] is complete: mail to "
    "[[ADDRESS:319 Pine Knoll Rd]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28804]] will be forwarded to "
    "[[ADDRESS:1150 Magnolia St, Apt 208]], [[LOCATION:Charleston]], [[LOCATION:SC]] [[ZIP_CODE:29403]] starting "
    "[[DATE_TIME:04/12/2025]]. Confirmation code: 84HT-2210-QX.",
    # 054 matrimonial profile, UK
    "Assalamu alaikum! I'm [[PERSON:Zainab]], [[AGE:29]], [[NRP:British Pakistani]] and a practising [[NRP:Muslim]], working "
    "as a pharmacist in [[LOCATION:Bradford]]. Looking for someone kind, close to his family and ready for nikah in the "
    "next year or two.",
    # 055 missing person, Canada
    "[[LOCATION:Winnipeg]] police are asking for the public's help locating [[PERSON:Jasmine Beaulieu]], [[AGE:17]], who was "
    "last seen on [[DATE_TIME:Sunday, Feb. 23]] in the [[LOCATION:West End]]. She is about 163 cm tall with long black "
    "hair. Anyone with information is asked to call the Missing Persons Unit at 204-986-6250.",
    # 056 scholarship interview, Malaysia
    "Dear [[PERSON:Nurul Aisyah binti Kamarudin]] (MyKad [[ID_NUMBER:990412-10-5528]]), you have been shortlisted for the "
    "scholarship interview on [[DATE_TIME:19 March 2025, 9.30 a.m.]] at [[ADDRESS:Level 8, 189 Jalan Tun Razak]], "
    "[[ZIP_CODE:50400]] [[LOCATION:Kuala Lumpur]]. Please bring your SPM certificate.",
    # 057 food delivery, UK
    "Hi, I'm [[PERSON:Abdirahman]], your rider tonight. I can't find [[ADDRESS:Flat 22, Harcourt House, 9 Wick Lane]]; is it "
    "the block behind the Co-op? I'm waiting outside on a red scooter, reg [[ID_NUMBER:LD68 VXN]].",
    # 058 airline complaint, India
    "I am [[PERSON:Vikram Malhotra]] (PNR X7K2LQ) and was travelling from [[LOCATION:Delhi]] to [[LOCATION:Kochi]] on "
    "[[DATE_TIME:18-Jan-2025]] with my mother [[PERSON:Sushila Malhotra]], a senior citizen of [[AGE:79]] years, who was "
    "not given the wheelchair we had booked. Please call me on [[PHONE_NUMBER:+91 99870 41326]].",
    # 059 clinic appointment, Ireland
    "Dear [[PERSON:Mr. Seán Dwyer]], an appointment has been made for you at the Orthopaedic Clinic on "
    "[[DATE_TIME:Wednesday 12 March 2025 at 14:15]]. Your MRN is [[ID_NUMBER:0612847]]. Please bring your PPS number "
    "([[ID_NUMBER:6419283D]]) and a list of your current medications.",
    # 060 court, US
    "[[PERSON:Brandon K. Hollis]], [[AGE:34]], of [[LOCATION:Toledo]], was sentenced on [[DATE_TIME:Feb. 27]] to 18 months "
    "in federal prison for opening credit lines with the Social Security number [[US_SSN:287-54-1930]] of a former "
    "co-worker, [[PERSON:Ellen Marsh]].",
    # 061 footy tipping, Australia
    "Footy tipping after round 3: [[PERSON:Davo]] leads on 21, [[PERSON:Shazza]] 19 and [[PERSON:Nguyen]] 18. "
    "[[PERSON:Tui]] still owes the $20 entry, mate, it goes to BSB 062-000 account [[ID_NUMBER:1048 2271]].",
    # 062 volunteer background check, US
    "[[PERSON:Aaliyah Ward]], born [[DATE_TIME:08/16/1990]], cleared her background check for the youth mentoring "
    "program. The copy of her [[LOCATION:Wisconsin]] driver's license ([[US_DRIVER_LICENSE:W426-7189-0256-05]]) has been shredded "
    "and she can meet her mentee in [[LOCATION:Milwaukee]] from [[DATE_TIME:March 10]].",
    # 063 property viewing, UK
    "Viewing confirmed for [[PERSON:Lena]] and [[PERSON:Joost Achterberg]] at [[ADDRESS:27 Ferndale Avenue]], "
    "[[LOCATION:Harrogate]] [[ZIP_CODE:HG2 0QT]] on [[DATE_TIME:Saturday 29th March, 10.15am]]. The vendor, "
    "[[PERSON:Mrs. Pamela Hird]], will be at home and asks that you remove your shoes.",
    # 064 school absence, Ghana
    "Please note that [[PERSON:Nana Ama Owusu]] (JHS 2, student ID [[ID_NUMBER:AKS/22/0917]]) was absent from "
    "[[DATE_TIME:10th]] to [[DATE_TIME:14th February]] due to malaria. Her guardian, [[PERSON:Mr. Yaw Owusu]], whose digital "
    "address is [[ADDRESS:GA-183-8164]] in [[LOCATION:Dansoman]], has been informed.",
    # 065 utility setup, Canada
    "Hi [[PERSON:Jean-François]], your hydro account [[ID_NUMBER:299 412 883 017]] is set up at "
    "[[ADDRESS:4410 rue Saint-Denis, app. 3]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2J 2L1]], effective "
    "[[DATE_TIME:July 1]]. Your first bill will be mailed to that address.",
    # 066 dating, Singapore
    "[[PERSON:Wei Ling]], [[AGE:34]]. [[NRP:Buddhist]], vegetarian most days, cat person. Not here to text forever, let's "
    "just meet for kopi in [[LOCATION:Tiong Bahru]]. Telegram: [[USERNAME:weiling_tan90]]",
    # 067 death notice, South Africa
    "[[PERSON:BOTHA]], [[PERSON:Johannes Petrus]] (“[[PERSON:Jopie]]”). Born [[DATE_TIME:2 May 1941]], passed away "
    "peacefully on [[DATE_TIME:9 February 2025]] in [[LOCATION:Stellenbosch]]. Beloved husband of [[PERSON:Marietjie]] and "
    "father of [[PERSON:Anton]], [[PERSON:Elsabé]] and the late [[PERSON:Pieter]]. Memorial service on "
    "[[DATE_TIME:Friday 14 February at 11:00]]. Enquiries: [[PERSON:Anton]], [[PHONE_NUMBER:083 291 4470]].",
    # 068 wanted notice, Nigeria
    "Police in [[LOCATION:Lagos]] have declared wanted one [[PERSON:Emeka Nwosu]], a.k.a. “[[PERSON:Small Doctor]]”, "
    "[[AGE:32]], last known address [[ADDRESS:14 Adeniran Ogunsanya Street]], [[LOCATION:Surulere]], in connection with an "
    "armed robbery on [[DATE_TIME:January 28, 2025]]. Members of the public with information should contact the nearest "
    "police station.",
    # 069 hen party, Ireland
    "Hi [[PERSON:Aoife]]! The hen is on [[DATE_TIME:the 22nd of March]] in [[LOCATION:Kilkenny]], so if you could send the "
    "€60 to my account that'd be great: [[PERSON:Clodagh Brennan]], [[IBAN_CODE:IE97BOFI90001758204173]]. [[PERSON:Clo]] x",
    # 070 nurse application, Philippines
    "Good day! I am [[PERSON:Mary Grace Mendoza]], [[AGE:24]] years old, a registered nurse (PRC license no. "
    "[[ID_NUMBER:0741829]]) from [[LOCATION:Iloilo City]], applying for the staff nurse position. SSS no. "
    "[[ID_NUMBER:34-7182930-4]]. Contact: [[PHONE_NUMBER:0919 226 7418]] / [[EMAIL_ADDRESS:marygrace.mendoza.rn@yahoo.com]].",
    # 071 court, Australia
    "A [[LOCATION:Geelong]] bookkeeper, [[PERSON:Shane Patrick Doherty]], [[AGE:46]], has pleaded guilty to stealing "
    "$310,000 from his employer between [[DATE_TIME:March 2021]] and [[DATE_TIME:June 2023]]. He will be sentenced on "
    "[[DATE_TIME:April 11]].",
    # 072 ED triage note, US
    "ED triage: [[PERSON:Tamika Jefferson]], DOB [[DATE_TIME:1985-11-02]], MRN [[ID_NUMBER:00493817]], presents with "
    "migraine and vomiting. Insurance member ID [[ID_NUMBER:XEH847261903]]. Partner [[PERSON:Andre]] at bedside, cell "
    "[[PHONE_NUMBER:314-602-8817]].",
    # 073 scholarship, Kenya
    "We are pleased to confirm that [[PERSON:Faith Chebet]], KCSE index number [[ID_NUMBER:21415102047]], from "
    "[[LOCATION:Eldoret]], has been awarded a full bursary. Her father, [[PERSON:Mr. Joseph Kiprono]], should sign the "
    "acceptance form by [[DATE_TIME:28th February 2025]].",
    # 074 new tenant welcome, New Zealand
    "Kia ora [[PERSON:Hemi]] and [[PERSON:Aroha]], welcome to [[ADDRESS:3/41 Riddiford Street]], [[LOCATION:Newtown]], "
    "[[LOCATION:Wellington]] [[ZIP_CODE:6021]]. Your tenancy started on [[DATE_TIME:15/02/2025]] and the bond of $2,280 "
    "has been lodged. Any maintenance issues, text [[PERSON:Deepak]] on [[PHONE_NUMBER:022 390 4417]].",
    # 075 insurance, UK (lowercase, possessive)
    "hi, this is [[PERSON:callum reid]] calling about my wife [[PERSON:emma]]'s car insurance, the policy's in her name. she "
    "passed her test on [[DATE_TIME:the 2nd of december]] and her licence number is [[ID_NUMBER:REID9857125EM9ZX]], could "
    "you add me as a named driver? my number's [[PHONE_NUMBER:07831 602 774]].",
    # 076 rideshare, US
    "Your driver [[PERSON:Haile]] is arriving in a silver Prius, plate [[ID_NUMBER:8KXT442]]. Pickup at "
    "[[ADDRESS:2300 Telegraph Ave]], [[LOCATION:Berkeley]]. Share your trip with [[PERSON:Nico]]? We'll text "
    "[[PHONE_NUMBER:(510) 774-2093]] when you arrive.",
    # 077 tax, Australia
    "[[PERSON:Rebecca Liang]] lodged her 2024 return late; her TFN is [[ID_NUMBER:465 193 025]] and her agent "
    "[[PERSON:Tom Castellano]] asked for an extension to [[DATE_TIME:15 May 2025]]. She has since moved to "
    "[[ADDRESS:9 Grevillea Place]], [[LOCATION:Mount Lawley]] [[LOCATION:WA]] [[ZIP_CODE:6050]].",
    # 078 hospital visit, Singapore
    "Visitor registration: [[PERSON:Tan Boon Huat]], NRIC [[ID_NUMBER:T0315842F]], visiting his father "
    "[[PERSON:Tan Ah Kow]] in ward 64 on [[DATE_TIME:3 Mar 2025]]. Contact [[PHONE_NUMBER:+65 9123 8476]].",
    # 079 job reference, India
    "To whom it may concern: [[PERSON:Ms. Fatima Sheikh]] worked with us as an accounts assistant from "
    "[[DATE_TIME:June 2019]] to [[DATE_TIME:January 2024]]. Her PAN is [[ID_NUMBER:BQRPS4721K]] and her employee code was "
    "[[ID_NUMBER:EMP-3381]]. For verification, contact [[PERSON:Rajesh Pillai]] at [[EMAIL_ADDRESS:rajesh.pillai@kalyanexports.in]].",
    # 080 lost wallet, Canada
    "Found a wallet on the 14 bus belonging to [[PERSON:Olamide Bankole]] with an [[LOCATION:Ontario]] licence "
    "[[ID_NUMBER:B3624-71908-51204]] and a health card. The address on the licence is [[ADDRESS:88 Ossington Ave]], "
    "[[LOCATION:Toronto]]. If you know him, DM me, [[USERNAME:lisa_k_to]].",
    # 081 gig task, US
    "Tasker [[PERSON:Mateo Rivas]] will assemble your wardrobe on [[DATE_TIME:Thu, Mar 6]] between 2 and 4 PM at "
    "[[ADDRESS:75 Bergen St, Apt 2F]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11201]]. Message "
    "[[PERSON:Mateo]] in the app or call him at [[PHONE_NUMBER:(347) 219-6640]].",
    # 082 scam report, Singapore
    "[[TITLE:Mdm]] [[PERSON:Lim Siew Hong]], [[AGE:68]], lost $42,000 after a caller pretending to be from her bank "
    "persuaded her to read out the one-time password for her card [[CREDIT_CARD:5206 1438 8290 1670]] on "
    "[[DATE_TIME:Jan 17]]. Her son, [[PERSON:Daniel Lim]], made a report at [[LOCATION:Bedok]] the next day.",
    # 083 hospital, Nigeria
    "[[TITLE:Alhaja]] [[PERSON:Rukayat Balogun]], [[AGE:63]], was admitted on [[DATE_TIME:Friday 21st February 2025]] with "
    "uncontrolled hypertension, hospital no. [[ID_NUMBER:LUTH/24/118392]]. Next of kin: her son [[PERSON:Tunde Balogun]], "
    "[[PHONE_NUMBER:0809 112 6645]], of [[ADDRESS:7 Herbert Macaulay Way]], [[LOCATION:Yaba]], [[LOCATION:Lagos]].",
    # 084 parish notices, UK
    "Please pray for the repose of the soul of [[PERSON:Margaret Doyle]], who died on [[DATE_TIME:4th March]]; "
    "[[TITLE:Fr.]] [[PERSON:Anthony Okeke]] will celebrate her funeral Mass. We also welcome [[PERSON:Isla Rose McBride]], "
    "baptised on [[DATE_TIME:Sunday 2nd March]], daughter of [[PERSON:Ryan]] and [[PERSON:Chloe]].",
    # 085 relocation, India
    "Packing supervisor [[PERSON:Ramesh Yadav]] ([[PHONE_NUMBER:+91 88262 71940]]) will move [[PERSON:Sneha Reddy]]'s "
    "household from [[ADDRESS:Flat 11C, Lakeside Habitat, Varthur Road]], [[LOCATION:Bengaluru]] to "
    "[[ADDRESS:H.No. 2-48/7, Road No. 12]], [[LOCATION:Banjara Hills]], [[LOCATION:Hyderabad]] [[ZIP_CODE:500034]] on "
    "[[DATE_TIME:9th March 2025]].",
    # 086 little league, US
    "Registration for [[PERSON:Diego Morales]] (age [[AGE:9]], DOB [[DATE_TIME:5/30/2015]]) is complete. Parent: "
    "[[PERSON:Ana Morales]], [[EMAIL_ADDRESS:ana.morales.sd@gmail.com]]. First practice is [[DATE_TIME:Saturday 3/8 at 9 a.m.]] "
    "at the field behind the rec center; bring a glove and water.",
    # 087 airline, South Africa
    "My flight from [[LOCATION:Cape Town]] to [[LOCATION:Johannesburg]] on [[DATE_TIME:2025/02/14]] was cancelled with no "
    "notice and nobody has answered my emails. My frequent flyer number is [[ID_NUMBER:VYB 4418 2093]]. Please call me on "
    "[[PHONE_NUMBER:+27 72 418 2257]]. Regards, [[PERSON:Lerato Mokoena]]",
    # 088 dating, Australia
    "[[PERSON:jules]] here, [[AGE:39]] (turning [[AGE:40]] next month, be gentle). she/her, inner north "
    "[[LOCATION:Melbourne]]. [[NRP:Jewish]] but very secular, I just like the food. sourdough evangelist. ig: "
    "[[USERNAME:jules.bakes.things]]",
    # 089 court, Canada
    "[[PERSON:Raj Dhillon]], [[AGE:52]], of [[LOCATION:Surrey]], [[LOCATION:B.C.]], was fined $15,000 on "
    "[[DATE_TIME:Feb. 12]] for operating an unlicensed trucking business. His co-accused, [[PERSON:Navdeep Brar]], will "
    "return to court on [[DATE_TIME:April 3]].",
    # 090 missing person, Ireland
    "Gardaí are seeking the public's assistance in tracing [[PERSON:Lukas Petrauskas]], [[AGE:23]], who has been missing "
    "from [[LOCATION:Ballymun]] in north [[LOCATION:Dublin]] since [[DATE_TIME:Monday 24th February 2025]]. He is described "
    "as 6ft, of thin build, with a shaved head.",
    # 091 scholarship, Philippines
    "Congratulations, [[PERSON:Jerome Bautista]] (LRN [[ID_NUMBER:136512090047]])! You qualified for the science "
    "scholarship. Your monthly stipend will be credited to account [[ID_NUMBER:3126 0489 17]] starting "
    "[[DATE_TIME:August 2025]]. Please have your mother, [[PERSON:Mrs. Lorna Bautista]], sign the undertaking.",
    # 092 volunteer, Kenya
    "Volunteer form received from [[PERSON:Achieng Odhiambo]], ID No. [[ID_NUMBER:29471836]], KRA PIN "
    "[[ID_NUMBER:A012847391Z]], of [[ADDRESS:P.O. Box 4521]]-[[ZIP_CODE:40100]], [[LOCATION:Kisumu]]. She is available on "
    "weekends and speaks Dholuo, Swahili and English.",
    # 093 courier, Australia
    "Your courier [[PERSON:Harjit]] left your order at the front door of [[ADDRESS:5 Ormond Terrace]], "
    "[[LOCATION:Indooroopilly]] [[LOCATION:QLD]] [[ZIP_CODE:4068]]. How was [[PERSON:Harjit]]'s delivery? Tap to rate.",
    # 094 tenancy, Malaysia
    "[[TITLE:Puan]] [[PERSON:Rohani]], your new tenant [[PERSON:Kevin Ong Wei Jie]] (IC [[ID_NUMBER:880925-14-6723]]) has "
    "signed for the unit at [[ADDRESS:B-12-3A, Residensi Desa Kiara, Jalan Damansara]], [[ZIP_CODE:60000]] "
    "[[LOCATION:Kuala Lumpur]], with the tenancy starting [[DATE_TIME:1 April 2025]]. The RM4,800 deposit has been paid.",
    # 095 meter reading, UK
    "Dear [[PERSON:Ms. Ewa Nowak]], thank you for the meter reading for [[ADDRESS:112 Abbey Road]], "
    "[[LOCATION:Barrow-in-Furness]] [[ZIP_CODE:LA14 1XH]]. Your customer number is [[ID_NUMBER:A-4418 2093]]; the meter "
    "serial E10BG04471 is unchanged and your next statement will reflect the actual reading.",
    # 096 funeral announcement, Ghana
    "CALL TO GLORY. The family of [[TITLE:Opanyin]] [[PERSON:Kwabena Osei Darko]], retired headmaster, aged [[AGE:91]], of "
    "[[LOCATION:Kumasi]], announce his passing on [[DATE_TIME:5th January 2025]]. Burial service on "
    "[[DATE_TIME:Saturday 15th February 2025]] at his residence, [[ADDRESS:Plot 12, Block C]], [[LOCATION:Asokwa]]. Chief "
    "mourners: [[PERSON:Nana Yaa Darko]] (widow), [[PERSON:Kofi]], [[PERSON:Akosua]] and [[PERSON:Kwaku Darko]].",
    # 097 school absence, French (Belgium)
    "Madame, mon fils [[PERSON:Noah Janssens]] (4e B) sera absent du [[DATE_TIME:lundi 17]] au "
    "[[DATE_TIME:mercredi 19 mars]] pour raison médicale ; le certificat suivra. Vous pouvez me joindre au "
    "[[PHONE_NUMBER:0476 28 41 93]]. Bien à vous, [[PERSON:Céline Dubois]]",
    # 098 job application, German (Austria)
    "Sehr geehrte [[TITLE:Frau]] [[TITLE:Mag.]] [[PERSON:Huber]], hiermit bewerbe ich mich um die Stelle als "
    "Buchhalter. Ich bin [[AGE:31]] Jahre alt, wohne in der [[ADDRESS:Neubaugasse 44/7]], [[ZIP_CODE:1070]] "
    "[[LOCATION:Wien]] und bin ab [[DATE_TIME:1. Mai]] verfügbar. Mit freundlichen Grüßen, [[PERSON:Stefan Gruber]], "
    "[[PHONE_NUMBER:+43 664 381 2275]]",
    # 099 delivery, Spanish (Mexico)
    "Tu repartidor [[PERSON:José Luis]] ya va en camino en una moto con placas [[ID_NUMBER:MXZ-48-71]]. Entrega en "
    "[[ADDRESS:Av. Álvaro Obregón 214, int. 5]], Col. [[LOCATION:Roma Norte]], [[LOCATION:Cuauhtémoc]], [[ZIP_CODE:06700]] "
    "[[LOCATION:Ciudad de México]]. Si no estás, se lo dejamos a [[TITLE:Doña]] [[PERSON:Lupe]] en la portería.",
    # 100 hospital appointment, Portuguese
    "A utente [[PERSON:Maria da Conceição Ferreira]], de [[AGE:81]] anos, n.º de utente [[ID_NUMBER:284 719 306]], tem "
    "consulta de cardiologia no dia [[DATE_TIME:24 de março às 09h30]]. A filha, [[PERSON:Ana Ferreira]], vai "
    "acompanhá-la; contacto [[PHONE_NUMBER:912 447 203]].",
    # 101 direct debit, Italian
    "Gentile [[PERSON:Chiara Bianchi]], le confermiamo che l'addebito del canone d'affitto sul conto "
    "[[IBAN_CODE:IT90Q0200801664000104738292]] partirà dal [[DATE_TIME:1° marzo 2025]]. Per informazioni può rivolgersi al "
    "[[TITLE:dott.]] [[PERSON:Luca Marchetti]] al numero [[PHONE_NUMBER:02 8736 4410]].",
    # 102 gym, Dutch
    "Hoi [[PERSON:Daan]], je lidmaatschap (lidnummer [[ID_NUMBER:400173829]]) loopt af op [[DATE_TIME:31-03-2025]]. Doe je "
    "niets, dan verlengen we het automatisch en schrijven we het maandbedrag af van "
    "[[IBAN_CODE:NL43RABO0315728946]].",
    # 103 death notice, UK
    "[[PERSON:BAINS]], [[PERSON:Gurdev Kaur]] passed away on [[DATE_TIME:11/01/2025]] aged [[AGE:83]] at home in "
    "[[LOCATION:Southall]]. Wife of the late [[TITLE:Sardar]] [[PERSON:Harbans Singh Bains]] and mother of "
    "[[PERSON:Jaswinder]], [[PERSON:Kulwant]] and [[PERSON:Manjit]]. Antim Ardas on [[DATE_TIME:Tuesday 21st January]].",
    # 104 direct deposit, US
    "Direct deposit form for [[PERSON:Heather Kowalski]], SSN [[US_SSN:412-08-3396]]: routing 071000013, checking "
    "account [[ID_NUMBER:48201937561]], 100% of net pay, effective [[DATE_TIME:March 14]]. Signed [[PERSON:H. Kowalski]].",
    # 105 field trip, US
    "Field trip to the science center on [[DATE_TIME:Friday, April 4]]: chaperones are [[PERSON:Mr. Okonkwo]], "
    "[[PERSON:Ms. Reyes]] and parent volunteer [[PERSON:Jenna Stolz]] ([[PHONE_NUMBER:763-421-0098]]). [[PERSON:Caleb]] "
    "and [[PERSON:Priya]] must bring their inhalers.",
    # 106 rental enquiry, Ireland
    "Hi, I'm [[PERSON:Ciara]], [[AGE:26]], a junior doctor, and I'm very interested in the one-bed at "
    "[[ADDRESS:Apartment 14, 2 Barrow Street]], [[LOCATION:Ringsend]], [[ZIP_CODE:D04 W9X2]]. I could view any evening "
    "after [[DATE_TIME:10 March]], and my current landlord, [[PERSON:Mr. Gerry Kinsella]], is happy to give a reference.",
    # 107 job application, Singapore
    "[[PERSON:Priyanka Menon]], [[NRP:Singaporean]], [[AGE:29]] years of age, is applying for the UX Lead role. Expected "
    "salary S$6,500, one month's notice, available from [[DATE_TIME:1 May 2025]]. Portfolio and references on "
    "[[URL:linkedin.com/in/priyanka-menon-sg]].",
    # 108 rugby club, New Zealand
    "Congratulations to [[PERSON:Sione Taufa]] ([[AGE:19]]) and [[PERSON:Rangi Parata]] ([[AGE:20]]), who have been named "
    "in the [[LOCATION:Counties Manukau]] development squad. Trials are on [[DATE_TIME:22 March]]; the boys' parents can "
    "contact the club secretary.",
    # 109 police appeal, South Africa
    "[[LOCATION:Gqeberha]] police are searching for [[PERSON:Anele Mbeki]], [[AGE:19]], who did not return home after "
    "leaving a tavern in [[LOCATION:New Brighton]] on [[DATE_TIME:Saturday, 1 March]]. Anyone with information can contact "
    "the investigating officer, [[TITLE:Sgt]] [[PERSON:Thulani Zulu]], on [[PHONE_NUMBER:071 482 9930]].",
    # 110 airline booking, Australia
    "Dear [[PERSON:Mr. Nikolaos Georgiou]], please check the passport number on booking ABX7Q2: you entered "
    "[[ID_NUMBER:PA4918273]], and the name must match [[PERSON:NIKOLAOS GEORGIOU]] exactly. You depart "
    "[[LOCATION:Sydney]] on [[DATE_TIME:14MAR25]].",
    # 111 MRI booking, Canada
    "[[PERSON:Baljit Grewal]], health card [[ID_NUMBER:4418-293-017-KT]], is booked for an MRI on "
    "[[DATE_TIME:Mar 28 at 7:45 a.m.]] at the [[LOCATION:Brampton]] site. Please arrive 30 minutes early and leave "
    "jewellery at home.",
    # 112 dog walker, UK
    "Hi [[PERSON:Fran]], walked Biscuit and Pickle today 12 to 1, all good! Key's back in the lockbox at "
    "[[ADDRESS:41a Ladbroke Grove]] (code 2208). Invoice to [[EMAIL_ADDRESS:fran.whitlock@icloud.com]] as usual. "
    "[[PERSON:Tomasz]]",
    # 113 matrimonial, India
    "Seeking alliance for our daughter [[PERSON:Divya]], [[AGE:28]], 5 ft 4 in, MBA, working in [[LOCATION:Pune]]. "
    "[[NRP:Hindu]] family from [[LOCATION:Thanjavur]]. Contact her father, [[PERSON:S. Ramachandran]], on "
    "[[PHONE_NUMBER:+91 94220 31875]].",
    # 114 DUI arrest, US
    "[[PERSON:Kristin Albrecht]], [[AGE:41]], was charged with DUI on [[DATE_TIME:Saturday, Jan. 18]] after her Jeep, "
    "[[LOCATION:Illinois]] plate [[ID_NUMBER:CV 88213]], struck a parked car on Main Street in [[LOCATION:Naperville]].",
    # 115 beach clean-up, Malaysia
    "Thank you [[PERSON:Aiman]], [[PERSON:Siti]] and [[PERSON:Raj Kumar]] for collecting 40 kg of rubbish! The next "
    "clean-up you signed up for is on [[DATE_TIME:Sunday 16 March]] at [[LOCATION:Teluk Kemang]]. WhatsApp "
    "[[PERSON:Aiman]] at [[PHONE_NUMBER:012-384 7719]] for carpooling.",
    # 116 dissertation extension, UK
    "[[PERSON:Olusegun Adeleke]] (student no. [[ID_NUMBER:2207843]]) has an approved extension to "
    "[[DATE_TIME:Friday 14 March, 12:00]] for his dissertation. His supervisor, [[PERSON:Prof. Helen Carmichael]], has been "
    "copied in.",
    # 117 reconnection, Philippines
    "Hi [[PERSON:Maricel Ramos]], your reconnection for customer account no. [[ID_NUMBER:0471 8829 31]] at "
    "[[ADDRESS:Blk 7 Lot 22, Phase 2, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]] is scheduled for "
    "[[DATE_TIME:March 5, 2025]].",
    # 118 closing, US
    "[[PERSON:Trevor]] and [[PERSON:Imani Sutton]] closed on [[ADDRESS:4402 Saddlebrook Trail]], [[LOCATION:Round Rock]], "
    "[[LOCATION:TX]] [[ZIP_CODE:78681]] on [[DATE_TIME:Friday 2/28]]! Welcome home, you two!! 🏡 [[PERSON:Marisa Delgado]], "
    "your realtor",
    # 119 job application, Ghana
    "I, [[PERSON:Akua Sarpong]], Ghana Card [[ID_NUMBER:GHA-718294036-5]], SSNIT no. [[ID_NUMBER:C019203847561]], accept the "
    "offer of appointment as Administrative Assistant and will resume work on [[DATE_TIME:1st March]]. My referee, "
    "[[TITLE:Rev.]] [[PERSON:Dr. Samuel Addo]], can be reached on [[PHONE_NUMBER:+233 20 553 1902]].",
    # 120 identity fraud, Canada
    "[[PERSON:Doug Fraser]] of [[LOCATION:Moncton]], [[LOCATION:N.B.]], says someone used his SIN, "
    "[[ID_NUMBER:726 503 188]], to open a credit card in [[LOCATION:Calgary]] on [[DATE_TIME:November 3, 2024]]. He found "
    "out when a collections agency phoned his daughter, [[PERSON:Kelsey]].",
]


BENCH = [
    # 001
    "Attention [[PERSON:Mr. Hartmann-Kuhic]]: the Regional Tactics Liaison onboarding packet for [[PERSON:Delphine]] was "
    "downloaded from [[IP_ADDRESS:84.193.27.102]] at 04:17. If you did not request it, write to "
    "[[EMAIL_ADDRESS:delphine_kuhic71@hotmail.com]] immediately.",
    # 002
    "Our records show that [[USERNAME:zyanya.okuneva]] logged in from [[IP_ADDRESS:2a02:c7f:5e41:8d00:1c3b:9a2f:e4d1:7706]] "
    "using Mozilla/5.0 (Windows NT 10.0; Win64; x64) on [[DATE_TIME:2024-11-03T22:41:07Z]]. The reset code went to "
    "[[PHONE_NUMBER:+1-417-228-9013]].",
    # 003
    "Loan application. Applicant: [[PERSON:Cordelia Vance-Mbeki]], DOB [[DATE_TIME:1979-02-28]], SSN "
    "[[US_SSN:529-73-4180]], employer Halvorsen Logistics LLC, annual income $84,200. Residence: "
    "[[ADDRESS:6120 Birchwood Terrace, Unit 4]], [[LOCATION:Omaha]], [[LOCATION:NE]] [[ZIP_CODE:68132]].",
    # 004
    "The [[AGE:57]]-year-old [[NRP:Norwegian]] Chief Branding Officer, [[PERSON:Ingrid Solberg]], travels on passport "
    "[[ID_NUMBER:NX4418273]] and asked that her per diem be paid to the card ending 2231 rather than to her husband "
    "[[PERSON:Leif]].",
    # 005
    "Patient Intake\nName: [[PERSON:Rodrigo Paes Leme]]\nDate of Birth: [[DATE_TIME:03/22/1968]]\nGender: Male\n"
    "MRN: [[ID_NUMBER:MRN-7730194]]\nInsurance Member ID: [[ID_NUMBER:UHC938471026]]\nPhone: "
    "[[PHONE_NUMBER:(786) 402-1187]]\nEmergency Contact: [[PERSON:Célia Paes Leme]] (spouse)\n"
    "Reason for visit: follow-up, type 2 diabetes",
    # 006
    "Hey [[PERSON:Kaia]], your transatlantic voucher is tied to card [[CREDIT_CARD:3478 159203 64174]] (CVV 8821) and "
    "lapses when you turn [[AGE:30]] on [[DATE_TIME:October 9th]], so book before then!",
    # 007
    "Vehicle transfer: VIN [[ID_NUMBER:1FTFW1E58MFA41273]], plate [[ID_NUMBER:7TRK558]], from seller "
    "[[PERSON:Benedikt Lueilwitz]] to buyer [[PERSON:Oona Pfannerstill]], [[ADDRESS:88 Schroeder Crossing]], "
    "[[LOCATION:Lake Jaylin]], [[LOCATION:Kansas]] [[ZIP_CODE:66212]].",
    # 008 German
    "Sehr geehrte/r [[PERSON:Jannik Oberländer]], Ihr Konto [[IBAN_CODE:DE44500105175407324931]] wurde für eine "
    "Überweisung an [[PERSON:Mirela Kovačević]] verwendet. Ihr Benutzername lautet [[USERNAME:jannik.ob87]], die letzte "
    "Anmeldung erfolgte von [[IP_ADDRESS:91.64.203.18]].",
    # 009
    "Gender: Female | Age: [[AGE:44]] | Job: Forward Infrastructure Designer | Account: [[ID_NUMBER:61293847]] | BIC: "
    "NWBKGB2L | Street: [[ADDRESS:Kozey Mews]] | Building: [[ADDRESS:702]] | City: [[LOCATION:West Tobias]] | Postcode: "
    "[[ZIP_CODE:PL4 8RT]]",
    # 010
    "[[PERSON:Dr. Anaïs Moreau-Leclerc]] will hand the bursary to student [[PERSON:Kwabena]] (ID "
    "[[ID_NUMBER:STU-0048271]]) in [[LOCATION:Lyon]] on [[DATE_TIME:the 14th of November]]. RSVP via "
    "[[EMAIL_ADDRESS:a.moreauleclerc@univ-sante-lyon.fr]].",
    # 011
    "Verification for [[PERSON:Tyrone Beckwith]]: SSN [[US_SSN:614-20-7738]], [[LOCATION:California]] DL "
    "[[US_DRIVER_LICENSE:D7731942]], U.S. passport [[US_PASSPORT:548201937]], DOB [[DATE_TIME:07-30-1992]]. All documents "
    "matched.",
    # 012
    "Wire instruction from client [[PERSON:Hiroshi Tanabe]] (client no. [[ID_NUMBER:CL-550318]]): transfer EUR 12,000 to "
    "[[PERSON:Ayako Tanabe]], IBAN [[IBAN_CODE:FR76 1027 8060 3900 0208 3174 503]], BIC CMCIFRPP, reference TUITION-SPRING.",
    # 013
    "User [[USERNAME:quiet_mantis_77]] (real name [[PERSON:Perpetua Ndlovu]]) changed her recovery email to "
    "[[EMAIL_ADDRESS:p.ndlovu@protonmail.com]] from a device with MAC 3C:22:FB:91:0A:7E at "
    "[[IP_ADDRESS:102.132.88.41]].",
    # 014
    "Could you forward [[PERSON:Ms. Gutkowski]]'s revised timesheet to her [[LOCATION:Nevada]] office? She says her new "
    "mobile is [[PHONE_NUMBER:775.391.6620]] and she prefers texts after 5pm.",
    # 015 Spanish
    "Estimado [[TITLE:Sr.]] [[PERSON:Alejandro Quiroga Benítez]]: hemos recibido su solicitud. NIE: "
    "[[ID_NUMBER:X4817362N]]; fecha de nacimiento: [[DATE_TIME:17/08/1983]]; domicilio: "
    "[[ADDRESS:Carrer de Provença 287, 4º 2ª]], [[ZIP_CODE:08037]] [[LOCATION:Barcelona]]; cuenta de abono: "
    "[[IBAN_CODE:ES29 0049 1500 0128 1039 4756]].",
    # 016
    "Employee [[PERSON:Rashida Okafor-Lind]], staff ID [[ID_NUMBER:E-204817]], Senior Payroll Architect, female, "
    "[[AGE:36]], joined [[DATE_TIME:2019-06-03]]; remote access whitelisted for home IP [[IP_ADDRESS:73.158.204.9]].",
    # 017
    "Check out my portfolio at [[URL:https://www.thandoluthuli.design]] or my GitHub, [[URL:github.com/tluthuli-dev]]. "
    "[[PERSON:Thando Luthuli]], product designer, [[LOCATION:Durban]]",
    # 018
    "The [[AGE:72]] year old retiree [[PERSON:Gwendolyn Fairweather]] was born on [[DATE_TIME:February 29, 1952]] and paid "
    "her [[LOCATION:Montana]] property taxes with card [[CREDIT_CARD:6011 6387 0249 5533]] (exp 09/27).",
    # 019
    "Policy holder: [[PERSON:Marguerite Oyelowo]]; policy no.: HX-2231-884; beneficiary: [[PERSON:Tobenna Oyelowo]] (son, "
    "DOB [[DATE_TIME:2006-09-18]]); address of record: [[ADDRESS:41 Fernbrook Lane]], [[LOCATION:Naperville]], "
    "[[LOCATION:IL]] [[ZIP_CODE:60540]]; contact: [[EMAIL_ADDRESS:m.oyelowo@yahoo.com]].",
    # 020 French
    "[[PERSON:Théo Marchand]], né le [[DATE_TIME:4 juillet 1995]] à [[LOCATION:Nantes]], numéro de sécurité sociale "
    "[[ID_NUMBER:1 95 07 44 109 231 30]], demeurant [[ADDRESS:17 rue Crébillon]], [[ZIP_CODE:44000]] [[LOCATION:Nantes]]. "
    "Identifiant : [[USERNAME:theo.mrchd]].",
    # 021
    "Session flagged: user_id 88213 ([[USERNAME:fernando.kuvalis]]) from [[IP_ADDRESS:2600:1700:3ec0:4a10::2f]], UA "
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X), MAC 7A:3F:11:C2:98:E4, geolocated to [[LOCATION:Dallas]], "
    "[[LOCATION:Texas]].",
    # 022
    "Traveller: [[PERSON:Ms. Oluwakemi Adebanjo-Price]], [[NRP:British]], passport no. [[ID_NUMBER:548213907]], flying to "
    "[[LOCATION:Lagos]] on [[DATE_TIME:2 December]] with her daughter [[PERSON:Temi]] ([[AGE:6]]).",
    # 023 Italian
    "Gentile [[TITLE:Sig.ra]] [[PERSON:Benedetta Rinaldi]], codice fiscale [[ID_NUMBER:RNLBDT88M52F205A]], la sua carta "
    "[[CREDIT_CARD:5371 0488 2639 1525]] è stata bloccata per sicurezza. Le invieremo un SMS al "
    "[[PHONE_NUMBER:+39 335 741 2286]] con le istruzioni.",
    # 024
    "Reminder: [[PERSON:Bartholomew]] ([[USERNAME:bart_the_great_1990]]) must renew his [[LOCATION:Texas]] DL "
    "[[US_DRIVER_LICENSE:41827736]] before his birthday on [[DATE_TIME:August 2nd]].",
    # 025
    "Agent: Can I get the account holder's full name? Customer: [[PERSON:Yusuf Demirci]]. Agent: And the last four of "
    "the SSN? Customer: Here's the whole thing, [[US_SSN:301-66-4820]]. Agent: Thanks, [[PERSON:Mr. Demirci]]. And the "
    "ZIP? Customer: [[ZIP_CODE:43215]].",
    # 026 Dutch
    "Geachte [[TITLE:mevrouw]] [[PERSON:Van den Berg]], uw rijbewijsnummer [[ID_NUMBER:5284719306]] en kenteken "
    "[[ID_NUMBER:K-482-BS]] zijn gekoppeld aan account [[USERNAME:lvdberg_nl]]. Geboortedatum volgens onze gegevens: "
    "[[DATE_TIME:03-11-1976]].",
    # 027
    "[[PERSON:Kalani Akana]], [[AGE:23]], a Forward Accounts Producer (he/him), listed his address as "
    "[[ADDRESS:1550 Kapiolani Blvd, Ste 1204]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96814]] and his VIN as "
    "[[ID_NUMBER:JTDKN3DU0A1183620]].",
    # 028
    "Termination notice\nEmployee: [[PERSON:Graciela Montes]]\nEmployee ID: [[ID_NUMBER:HR-66120]]\nPosition: Warehouse "
    "Lead\nLast day: [[DATE_TIME:March 31, 2025]]\nFinal paycheck: account ending 0417\nPersonal email: "
    "[[EMAIL_ADDRESS:gracie.montes77@gmail.com]]\nManager: [[PERSON:Owen Pruitt]]",
    # 029
    "Transfer of 4,210.55 GBP from [[PERSON:Effie Stracke]] ([[IBAN_CODE:GB39 LOYD 3096 3418 2736 45]]) to "
    "[[PERSON:Rupert Lindqvist]] ([[IBAN_CODE:GB03 MIDL 4005 1561 7382 94]]) for invoice 5521, Moorland Cottage.",
    # 030
    "Hi [[PERSON:Nkechi]], your temporary password is Vq7!tr29Lm and your login is [[USERNAME:nkechi.obi]]. Access the "
    "portal only from your registered IP, [[IP_ADDRESS:197.210.54.163]].",
    # 031
    "[[PERSON:Aurelio Vasquez-Thorne]] | [[AGE:35]] | male | [[DATE_TIME:13.01.1990]] | Regional Metrics Coordinator | "
    "[[PHONE_NUMBER:+34 655 218 407]] | [[EMAIL_ADDRESS:aurelio.vt@gmx.es]] | [[LOCATION:Valencia]]",
    # 032
    "The transcript for student [[PERSON:Lorelai Bashirian]] (student number [[ID_NUMBER:20479163]]) shows she sat the "
    "Calculus II exam on [[DATE_TIME:12/05/2023]] and scored 88. Please send it to "
    "[[EMAIL_ADDRESS:lbashirian@uwo.ca]].",
    # 033
    "[[PERSON:Prof. Matthias Engström]], [[AGE:62]], [[NRP:Swedish]], Legacy Research Strategist, lives at "
    "[[ADDRESS:Kungsgatan 48]], [[ZIP_CODE:111 35]] [[LOCATION:Stockholm]]; personnummer [[ID_NUMBER:620814-5513]].",
    # 034
    "Prescription for [[PERSON:Aleksandra Wójcik]], PESEL [[ID_NUMBER:85062314580]], [[AGE:39]] y/o, allergic to "
    "penicillin. Prescriber: [[PERSON:Dr. Tomasz Lis]], [[LOCATION:Kraków]].",
    # 035
    "Card holder: [[PERSON:MAXIMILIAN R. OKONJO]] | Number: [[CREDIT_CARD:5162-4091-7738-2641]] | Exp: 11/28 | CVV: 314 | "
    "Billing ZIP: [[ZIP_CODE:30309]]",
    # 036
    "The influencer [[USERNAME:lunaxvibes]] (legal name [[PERSON:Luna Esperanza Cárdenas]], [[AGE:21]]) accidentally "
    "posted her new apartment's address, [[ADDRESS:2905 Collins Ave, Apt 1411]], [[LOCATION:Miami Beach]], in a story.",
    # 037
    "Request from [[IP_ADDRESS:10.42.17.203]] to update the record of [[PERSON:Ms. Priyamvada Nair]], [[NRP:Indian]] passport "
    "[[ID_NUMBER:Z4419287]], DOB [[DATE_TIME:1986-01-09]].",
    # 038 Portuguese
    "Prezado [[TITLE:Sr.]] [[PERSON:Caio Henrique Albuquerque]], seu cartão [[CREDIT_CARD:4002 3188 6074 5120]] foi "
    "aprovado. CPF [[ID_NUMBER:529.047.183-97]], nascimento [[DATE_TIME:02/10/1991]], endereço "
    "[[ADDRESS:Av. Sete de Setembro, 3310, ap. 1102]], [[LOCATION:Salvador]] - [[LOCATION:BA]], [[ZIP_CODE:40130-001]].",
    # 039
    "Ticket #88213: [[PERSON:Halima Haddou]] says her [[LOCATION:Ontario]] driver's licence "
    "[[ID_NUMBER:H0147-19374-85612]] was scanned at a self-serve kiosk on [[DATE_TIME:Dec 3, 2024]] without her consent.",
    # 040
    "Account statement for [[PERSON:Wendell Obuya]], account [[ID_NUMBER:0045-2281937-01]], statement period "
    "01/01/2025 to 01/31/2025. Mailing address: [[ADDRESS:PO Box 3341]], [[LOCATION:Fargo]], [[LOCATION:ND]] "
    "[[ZIP_CODE:58108]].",
    # 041
    "I'm [[PERSON:Svetlana]] from Compliance. Our [[AGE:48]]-year-old client [[PERSON:Mr. Dominik Kraus]] "
    "([[URL:https://www.linkedin.com/in/dominik-kraus-7b21a4]]) asked us to erase all data linked to "
    "[[EMAIL_ADDRESS:d.kraus@posteo.de]] and [[PHONE_NUMBER:+49 171 4829 307]].",
    # 042
    "Height 182 cm, eye colour hazel: [[PERSON:Caspian Wolde]], born [[DATE_TIME:28th Feb 2001]], [[NRP:Ethiopian]], "
    "resident in [[LOCATION:Addis Ababa]], Fayda ID [[ID_NUMBER:4182 7730 9164]].",
    # 043
    "Parking violation: plate [[ID_NUMBER:BD51 SMR]], registered keeper [[PERSON:Mrs. Agatha Pemberton]], "
    "[[ADDRESS:Flat 3, 22 Queen's Gate Terrace]], [[LOCATION:London]] [[ZIP_CODE:SW7 5PF]]. PCN ZY41882013, £65.",
    # 044
    "In the virtual reality module, [[PERSON:Zelda Wintheiser]] has to verify the simulated SSN [[US_SSN:468-91-2207]] "
    "before she can enter the [[LOCATION:Lake Hubertmouth]] lab.",
    # 045
    "Bio: [[PERSON:Tomás Ó Briain]], [[AGE:33]], nonbinary, [[NRP:Irish]], sound engineer based in [[LOCATION:Cork]]. "
    "Website: [[URL:tomasobriain.ie]]. Bluesky: [[USERNAME:tobriain.bsky.social]]",
    # 046
    "Incident 5512: driver [[PERSON:Everett Calloway]] ([[LOCATION:NY]] DL [[US_DRIVER_LICENSE:482 917 306]]) in a 2021 Subaru "
    "Outback, VIN [[ID_NUMBER:4S4BTANC5M3207714]], [[LOCATION:New York]] plate [[ID_NUMBER:KHT-4471]].",
    # 047 German (Austria)
    "[[PERSON:Magdalena Wimmer]], Sozialversicherungsnummer [[ID_NUMBER:4811 120389]], geboren am "
    "[[DATE_TIME:12.03.1989]], wohnhaft [[ADDRESS:Mariahilfer Straße 112/14]], [[ZIP_CODE:1070]] [[LOCATION:Wien]], "
    "Beruf: Projektleiterin.",
    # 048
    "Volunteer contact? [[PERSON:Arjun Thakkar]] asked that his mobile, [[PHONE_NUMBER:+44 7911 436 582]], not be shared, "
    "but his email, [[EMAIL_ADDRESS:arjun.thakkar@fastmail.co.uk]], is fine.",
    # 049
    "Plaintiff [[PERSON:Rosalind Achebe-Weir]], residing at [[ADDRESS:1027 Harbor View Rd]], [[LOCATION:Portland]], "
    "[[LOCATION:ME]] [[ZIP_CODE:04101]], by counsel [[PERSON:Gideon Marsh]], [[TITLE:Esq.]], alleges that on or about "
    "[[DATE_TIME:June 7, 2023]] Defendant disclosed her Social Security number, [[US_SSN:004-72-8815]], to third parties.",
    # 050
    "Amount: $7,412.09 | Card: [[CREDIT_CARD:4539152600847132]] | Name: [[PERSON:Imelda Kassulke]] | IP: "
    "[[IP_ADDRESS:172.58.19.240]] | Device: Android 14 | Email: [[EMAIL_ADDRESS:imelda.k@aol.com]] | Time: "
    "[[DATE_TIME:2025-02-11 03:55:18]]",
    # 051 French
    "Bonjour, je m'appelle [[PERSON:Yasmina Haddad]] et j'ai [[AGE:42]] ans. Mon numéro de passeport est "
    "[[ID_NUMBER:19AV43821]] et mon IBAN [[IBAN_CODE:FR7720041010050519473K02233]]. Merci d'envoyer le contrat à "
    "[[EMAIL_ADDRESS:yasmina.haddad@orange.fr]].",
    # 052
    "Alumni spotlight: [[PERSON:Dr. Jun-ho Park]] (class of '09) now runs a diagnostics lab in [[LOCATION:Incheon]]; "
    "reach him through [[URL:https://junhopark.kr]].",
    # 053
    "Title: [[TITLE:Mx.]] | First: [[PERSON:Rowan]] | Last: [[PERSON:Ellery-Banks]] | Gender: non-binary | Age: [[AGE:27]] | "
    "Job: Dynamic Program Liaison | Username: [[USERNAME:rowan.e.b]] | IPv6: [[IP_ADDRESS:fe80::4c1d:98ff:fe22:a10b]]",
    # 054
    "Notification for [[PERSON:Anneliese]]: your holiday flat at [[ADDRESS:Schillerstraße 9a]], [[LOCATION:Bavaria]] has a "
    "new booking from [[PERSON:Oskar Brandt]] ([[PHONE_NUMBER:+49 89 4417 2093]]) for [[DATE_TIME:March 14-17]].",
    # 055
    "[[PERSON:Lenora Whitfield-Amadi]] wrote her SSN as [[US_SSN:219 44 6083]] on the W-4 and her spouse "
    "[[PERSON:Chukwudi]]'s as [[US_SSN:219-51-7724]].",
    # 056
    "[[PERSON:Harpreet Kaur Sandhu]], Aadhaar [[ID_NUMBER:5284 6137 9042]], PAN [[ID_NUMBER:CKSPS8812M]], mobile "
    "[[PHONE_NUMBER:+91 81462 09931]], DOB [[DATE_TIME:15-08-1993]], address [[ADDRESS:H. No. 447, Sector 35-B]], "
    "[[LOCATION:Chandigarh]] [[ZIP_CODE:160022]].",
    # 057
    "For the Interactive Sculpture workshop, participant [[PERSON:Hamza]] (born [[DATE_TIME:10/02/2003]], [[AGE:21]]) "
    "requested a vegan meal and named his sister [[PERSON:Leyla Öztürk]] as emergency contact, "
    "[[PHONE_NUMBER:0532 418 77 09]].",
    # 058
    "[[PERSON:Carmen Delacroix]] tagged [[USERNAME:big.tuna.ramos]] and [[USERNAME:celeste_ashby]] in a photo geotagged "
    "[[LOCATION:Tulum]], [[LOCATION:Quintana Roo]].",
    # 059 Dutch (Belgium)
    "Terugbetaling aan [[PERSON:Wout Peeters]] op rekening [[IBAN_CODE:BE55 0682 9317 4544]]; rijksregisternummer "
    "[[ID_NUMBER:91.05.27-143.23]]; adres [[ADDRESS:Vlaanderenstraat 61 bus 2]], [[ZIP_CODE:9000]] [[LOCATION:Gent]].",
    # 060
    "Our Lead Directives Engineer [[PERSON:Kurtis Lemke]] (he/him, [[AGE:45]]) uses the workstation at "
    "[[IP_ADDRESS:192.168.14.77]] and the handle [[USERNAME:klemke_ops]]; his badge number is [[ID_NUMBER:BDG-440918]].",
    # 061
    "Medicare beneficiary [[PERSON:Eunice Fairbanks]], MBI [[ID_NUMBER:1EG4-TE5-MK72]], DOB [[DATE_TIME:04/11/1949]], age "
    "[[AGE:75]], lives at [[ADDRESS:310 Cypress Point Dr]], [[LOCATION:Sarasota]], [[LOCATION:FL]] [[ZIP_CODE:34236]].",
    # 062
    "[[PERSON:Goh Mei Xin]], FIN [[ID_NUMBER:G5823019M]], [[NRP:Malaysian]], S Pass holder, phone "
    "[[PHONE_NUMBER:8234 6619]], address [[ADDRESS:21 Cantonment Road, #12-08]], [[LOCATION:Singapore]] "
    "[[ZIP_CODE:088767]].",
    # 063
    "Gamer tag [[USERNAME:xX_NightOwl_Xx]] was banned on [[DATE_TIME:Jan 4th, 2025]] for chargeback fraud with card "
    "[[CREDIT_CARD:5204 7369 8132 5576]]; the account belongs to [[PERSON:Brody Kettering]], [[AGE:17]], of "
    "[[LOCATION:Boise]].",
    # 064
    "Student: [[PERSON:Amira Haddad]] | Grade: 11 | Student ID: [[ID_NUMBER:S-2207-4418]] | Guardian: "
    "[[PERSON:Nabil Haddad]] | Guardian phone: [[PHONE_NUMBER:(313) 582-0147]] | Home: [[ADDRESS:15528 W Warren Ave]], "
    "[[LOCATION:Dearborn]], [[LOCATION:MI]] [[ZIP_CODE:48126]] | IEP: yes",
    # 065
    "To unlock the account, [[PERSON:Oleksandr]] must show his [[NRP:Ukrainian]] passport [[ID_NUMBER:FE182734]] and confirm the "
    "IBAN he registered in [[DATE_TIME:September 2024]], [[IBAN_CODE:DE28 1007 0024 0918 2736 00]].",
    # 066 Spanish (Argentina)
    "[[PERSON:Martina Sosa]], DNI [[ID_NUMBER:38.412.907]], CUIL [[ID_NUMBER:27-38412907-8]], con domicilio en "
    "[[ADDRESS:Av. Corrientes 1847, 6° B]], [[LOCATION:CABA]], solicita el alta del servicio a partir del "
    "[[DATE_TIME:1 de abril]].",
    # 067
    "[[TITLE:Capt.]] [[PERSON:Renata Szymańska]], crew no. [[ID_NUMBER:P-30918]], [[AGE:52]], flew the "
    "[[LOCATION:Warsaw]] to [[LOCATION:Toronto]] rotation on [[DATE_TIME:30 Jan 2025]] and reported a bird strike.",
    # 068
    "Dating app report: [[USERNAME:dan_the_man_84]] ([[PERSON:Daniel Ashworth]], [[AGE:40]]) sent his address, "
    "[[ADDRESS:9 Rosemary Lane]], [[LOCATION:Bath]] [[ZIP_CODE:BA2 4QT]], and phone, [[PHONE_NUMBER:07700 918 226]], to "
    "[[USERNAME:mira_k]] within three messages.",
    # 069
    "[[PERSON:Pham Thi Lan]], a [[AGE:63]]-year-old [[NRP:Vietnamese-American]] woman, was seen on "
    "[[DATE_TIME:02/14/2025]] by [[PERSON:Dr. Kessler]] at the [[LOCATION:Garden Grove]] clinic; MRN "
    "[[ID_NUMBER:GG-118204]]; callback [[PHONE_NUMBER:714-638-2291]].",
    # 070
    "[[PERSON:Ilse]] sent $250 by Zelle to [[EMAIL_ADDRESS:marcus.bellamy84@icloud.com]] on [[DATE_TIME:3/2]], then "
    "disputed it as fraud from IP [[IP_ADDRESS:68.203.14.97]].",
]


TABLE = [
    # 001 CSV, UK customer list
    "customer_id,full_name,email,mobile,city,plan,monthly_fee\n"
    "[[ID_NUMBER:C-10482]],[[PERSON:Adaeze Nwosu]],[[EMAIL_ADDRESS:adaeze.nwosu@gmail.com]],[[PHONE_NUMBER:07402 118 935]],[[LOCATION:Leeds]],Premium,24.99\n"
    "[[ID_NUMBER:C-10483]],[[PERSON:Callum Fairley]],[[EMAIL_ADDRESS:cfairley@btinternet.com]],[[PHONE_NUMBER:07855 302 741]],[[LOCATION:Dundee]],Basic,9.99\n"
    "[[ID_NUMBER:C-10487]],[[PERSON:Shabnam Rahimi]],[[EMAIL_ADDRESS:shabnam.rahimi@outlook.com]],[[PHONE_NUMBER:07391 664 020]],[[LOCATION:Leicester]],Family,34.50\n"
    "[[ID_NUMBER:C-10491]],[[PERSON:Gareth Lloyd-Jones]],[[EMAIL_ADDRESS:gareth.lj@icloud.com]],[[PHONE_NUMBER:07700 418 356]],[[LOCATION:Swansea]],Basic,9.99",
    # 002 Markdown, staff directory
    "| Name | Department | Ext. | Email | Start date |\n"
    "|---|---|---|---|---|\n"
    "| [[PERSON:Nadia Benali]] | Finance | 2214 | [[EMAIL_ADDRESS:n.benali@corvexgroup.com]] | [[DATE_TIME:2021-04-12]] |\n"
    "| [[PERSON:Tomasz Zieliński]] | IT | 2290 | [[EMAIL_ADDRESS:t.zielinski@corvexgroup.com]] | [[DATE_TIME:2018-09-03]] |\n"
    "| [[PERSON:Grace Otieno]] | Legal | 2307 | [[EMAIL_ADDRESS:g.otieno@corvexgroup.com]] | [[DATE_TIME:2023-01-16]] |\n"
    "| [[PERSON:Hugo Ferreira]] | Sales | 2118 | [[EMAIL_ADDRESS:h.ferreira@corvexgroup.com]] | [[DATE_TIME:2024-07-01]] |",
    # 003 TSV, clinic appointments
    "patient\tmrn\tdob\tappointment\tclinic\tphysician\n"
    "[[PERSON:Eileen Gallagher]]\t[[ID_NUMBER:4471092]]\t[[DATE_TIME:1951-03-08]]\t[[DATE_TIME:2025-03-17 09:20]]\tRheumatology\t[[PERSON:Dr. Iqbal]]\n"
    "[[PERSON:Marcus Oyelaran]]\t[[ID_NUMBER:4471388]]\t[[DATE_TIME:1977-11-30]]\t[[DATE_TIME:2025-03-17 10:05]]\tCardiology\t[[PERSON:Dr. Haverford]]\n"
    "[[PERSON:Ruth Sandoval]]\t[[ID_NUMBER:4472016]]\t[[DATE_TIME:1990-06-21]]\t[[DATE_TIME:2025-03-18 14:40]]\tDermatology\t[[PERSON:Dr. Kwan]]",
    # 004 fixed-width, payroll
    "EMP#   NAME                  SSN          ST  GROSS\n"
    "[[ID_NUMBER:20417]]  [[PERSON:Delgado]], [[PERSON:Ramon]]      [[US_SSN:522-81-4093]]  [[LOCATION:CO]]  4,812.00\n"
    "[[ID_NUMBER:20433]]  [[PERSON:Whitaker]], [[PERSON:Joan]]      [[US_SSN:231-47-0958]]  [[LOCATION:VA]]  5,230.50\n"
    "[[ID_NUMBER:20451]]  [[PERSON:Abubakar]], [[PERSON:Yusuf]]     [[US_SSN:455-02-7781]]  [[LOCATION:TX]]  3,976.25\n"
    "[[ID_NUMBER:20460]]  [[PERSON:Lindqvist]], [[PERSON:Sofia]]    [[US_SSN:471-93-2206]]  [[LOCATION:MN]]  6,104.75",
    # 005 JSON lines, user accounts
    '{"username": "[[USERNAME:kofi.mensah_gh]]", "email": "[[EMAIL_ADDRESS:kofi.mensah@yahoo.com]]", "last_login": "[[DATE_TIME:2025-02-27T08:14:55Z]]", "ip": "[[IP_ADDRESS:154.160.3.87]]", "plan": "free"}\n'
    '{"username": "[[USERNAME:bellarose_03]]", "email": "[[EMAIL_ADDRESS:bella.rosenthal@gmail.com]]", "last_login": "[[DATE_TIME:2025-03-01T19:02:10Z]]", "ip": "[[IP_ADDRESS:2a01:4b00:8412:7c00:9d2e:41ff:fe0a:33b1]]", "plan": "pro"}\n'
    '{"username": "[[USERNAME:dr_anil_k]]", "email": "[[EMAIL_ADDRESS:anil.kulkarni@rediffmail.com]]", "last_login": "[[DATE_TIME:2025-02-14T03:47:29Z]]", "ip": "[[IP_ADDRESS:49.36.212.140]]", "plan": "team"}',
    # 006 key: value blocks, tenant records
    "Tenant: [[PERSON:Jarrah Whitlam]]\nUnit: [[ADDRESS:3/118 Beaufort Street]]\nSuburb: [[LOCATION:Perth]] [[LOCATION:WA]] [[ZIP_CODE:6000]]\n"
    "Lease start: [[DATE_TIME:01/02/2025]]\nRent (pw): $620\nMobile: [[PHONE_NUMBER:0438 902 117]]\n\n"
    "Tenant: [[PERSON:Minh Anh Truong]]\nUnit: [[ADDRESS:7/118 Beaufort Street]]\nSuburb: [[LOCATION:Perth]] [[LOCATION:WA]] [[ZIP_CODE:6000]]\n"
    "Lease start: [[DATE_TIME:15/11/2024]]\nRent (pw): $585\nMobile: [[PHONE_NUMBER:0402 556 381]]",
    # 007 CSV, school roster
    "student_id,first_name,last_name,dob,grade,guardian_phone,bus_route\n"
    "[[ID_NUMBER:880214]],[[PERSON:Xiomara]],[[PERSON:Reyes]],[[DATE_TIME:2013-05-02]],6,[[PHONE_NUMBER:(956) 318-2240]],R4\n"
    "[[ID_NUMBER:880219]],[[PERSON:Ethan]],[[PERSON:Kowalczyk]],[[DATE_TIME:2012-12-19]],7,[[PHONE_NUMBER:(956) 401-7736]],R2\n"
    "[[ID_NUMBER:880233]],[[PERSON:Amani]],[[PERSON:Jefferson]],[[DATE_TIME:2013-09-27]],6,[[PHONE_NUMBER:(956) 220-9184]],R4\n"
    "[[ID_NUMBER:880240]],[[PERSON:Thao]],[[PERSON:Nguyen]],[[DATE_TIME:2011-08-08]],8,[[PHONE_NUMBER:(956) 377-5012]],walker",
    # 008 pipes, passenger manifest
    "SEAT | PASSENGER | NATIONALITY | PASSPORT | DOB\n"
    "12A | [[PERSON:OKAFOR]]/[[PERSON:CHIOMA]] [[TITLE:MRS]] | [[NRP:NGA]] | [[ID_NUMBER:A09182736]] | [[DATE_TIME:14JUN85]]\n"
    "12B | [[PERSON:OKAFOR]]/[[PERSON:DAVID]] [[TITLE:MSTR]] | [[NRP:NGA]] | [[ID_NUMBER:A09182811]] | [[DATE_TIME:03FEB15]]\n"
    "14C | [[PERSON:SCHNEIDER]]/[[PERSON:LUKAS]] [[TITLE:MR]] | [[NRP:DEU]] | [[ID_NUMBER:C4J7R2X91]] | [[DATE_TIME:22SEP79]]\n"
    "21F | [[PERSON:MARTIN]]/[[PERSON:CLAIRE]] [[TITLE:MS]] | [[NRP:USA]] | [[US_PASSPORT:A41827365]] | [[DATE_TIME:30NOV92]]",
    # 009 CSV, card transactions
    "txn_id,card_number,cardholder,amount,merchant,posted\n"
    "T-558120,[[CREDIT_CARD:5428173039566482]],[[PERSON:Lucinda Marsh]],129.90,Shell 4471,[[DATE_TIME:2025-02-03]]\n"
    "T-558121,[[CREDIT_CARD:4388570166294039]],[[PERSON:Omar Farouk]],18.25,Blue Bottle,[[DATE_TIME:2025-02-03]]\n"
    "T-558124,[[CREDIT_CARD:376492015538825]],[[PERSON:Henrietta Vos]],2210.00,Delta Air Lines,[[DATE_TIME:2025-02-04]]\n"
    "T-558130,[[CREDIT_CARD:6011007532188405]],[[PERSON:Kwesi Appiah]],64.99,Target T-1180,[[DATE_TIME:2025-02-04]]",
    # 010 TSV, volunteer sign-up
    "Name\tPhone\tShift\tT-shirt\tAge\n"
    "[[PERSON:Moana Tupou]]\t[[PHONE_NUMBER:027 614 8830]]\t[[DATE_TIME:Sat 8 Mar]] AM\tM\t[[AGE:19]]\n"
    "[[PERSON:Hamish Grant]]\t[[PHONE_NUMBER:021 903 4471]]\t[[DATE_TIME:Sat 8 Mar]] PM\tXL\t[[AGE:63]]\n"
    "[[PERSON:Priti Shah]]\t[[PHONE_NUMBER:022 118 2096]]\t[[DATE_TIME:Sun 9 Mar]] AM\tS\t[[AGE:34]]",
    # 011 Markdown, real-estate leads
    "| Lead | Phone | Property of interest | Budget | Status |\n"
    "|------|-------|----------------------|--------|--------|\n"
    "| [[PERSON:Sizwe Khumalo]] | [[PHONE_NUMBER:072 318 4409]] | [[ADDRESS:12 Protea Road]], [[LOCATION:Claremont]] | R4.2m | viewing booked |\n"
    "| [[PERSON:Annelie van Wyk]] | [[PHONE_NUMBER:083 770 2156]] | [[ADDRESS:5 Kloof Nek Road]], [[LOCATION:Tamboerskloof]] | R6.8m | offer made |\n"
    "| [[PERSON:Ravi Pillay]] | [[PHONE_NUMBER:061 442 9038]] | [[ADDRESS:Unit 804, 33 Beach Road]], [[LOCATION:Sea Point]] | R3.1m | cold |",
    # 012 JSON lines, German customers
    '{"kundennr": "[[ID_NUMBER:KD-204718]]", "name": "[[PERSON:Friederike Albers]]", "geburtsdatum": "[[DATE_TIME:19.07.1968]]", "iban": "[[IBAN_CODE:DE90760501010011839204]]", "tarif": "Strom Öko"}\n'
    '{"kundennr": "[[ID_NUMBER:KD-204722]]", "name": "[[PERSON:Emre Yıldız]]", "geburtsdatum": "[[DATE_TIME:02.02.1991]]", "iban": "[[IBAN_CODE:DE53200505501234987655]]", "tarif": "Gas Basis"}\n'
    '{"kundennr": "[[ID_NUMBER:KD-204730]]", "name": "[[PERSON:Ursula Kaminski]]", "geburtsdatum": "[[DATE_TIME:27.10.1955]]", "iban": "[[IBAN_CODE:AT142011182917364051]]", "tarif": "Strom Basis"}',
    # 013 fixed-width, vehicle registry
    "PLATE     VIN                 OWNER                 MAKE     YEAR\n"
    "[[ID_NUMBER:MH12AB4471]] [[ID_NUMBER:MA3ERLF1S00741826]]   [[PERSON:Sandeep Kulkarni]]     Maruti   2021\n"
    "[[ID_NUMBER:KA05MN0982]] [[ID_NUMBER:MALC181CLNM203318]]   [[PERSON:Farhana Begum]]        Hyundai  2022\n"
    "[[ID_NUMBER:DL3CBY7720]] [[ID_NUMBER:MAT448033K2H19027]]   [[PERSON:Gurmeet Singh Ahluwalia]] Tata  2019",
    # 014 CSV, KYC India
    "name,pan,aadhaar,mobile,city,pin,risk\n"
    "[[PERSON:Anjali Deshmukh]],[[ID_NUMBER:AKDPD4471F]],[[ID_NUMBER:6391 8204 4757]],[[PHONE_NUMBER:+91 98201 44372]],[[LOCATION:Mumbai]],[[ZIP_CODE:400058]],low\n"
    "[[PERSON:Mohammed Irfan Qureshi]],[[ID_NUMBER:BXQPQ0918K]],[[ID_NUMBER:7310 5846 2927]],[[PHONE_NUMBER:+91 90040 18823]],[[LOCATION:Lucknow]],[[ZIP_CODE:226001]],medium\n"
    "[[PERSON:Kavya Nambiar]],[[ID_NUMBER:CNBPN2284Q]],[[ID_NUMBER:3940 2718 8616]],[[PHONE_NUMBER:+91 94470 36215]],[[LOCATION:Kochi]],[[ZIP_CODE:682020]],low",
    # 015 CSV with quoted fields, donors
    'donor,"address",postcode,gift_aid,last_gift\n'
    '"[[PERSON:Pemberton]], [[TITLE:Lady]] [[PERSON:Cressida]]","[[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Little Snoring]]",[[ZIP_CODE:NR21 0JB]],Y,250.00\n'
    '"[[PERSON:Osei]], [[PERSON:Kwadwo]]","[[ADDRESS:44 Mansfield Road]], [[LOCATION:Nottingham]]",[[ZIP_CODE:NG5 2BW]],Y,20.00\n'
    '"[[PERSON:McAllister]], [[PERSON:Fiona]]","[[ADDRESS:2F1, 17 Marchmont Crescent]], [[LOCATION:Edinburgh]]",[[ZIP_CODE:EH9 1HN]],N,75.00',
    # 016 key: value, KYC Nigeria
    "Account Name: [[PERSON:CHUKWUEMEKA IFEANYI OBI]]\nAccount Number: [[ID_NUMBER:2093847165]]\nBVN: [[ID_NUMBER:22309184476]]\n"
    "Date of Birth: [[DATE_TIME:11-Sep-1989]]\nPhone: [[PHONE_NUMBER:0806 221 9043]]\nAddress: [[ADDRESS:Plot 5, Admiralty Way]], "
    "[[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]\nAccount Type: Savings\nBranch: 0241",
    # 017 Markdown, triage list Kenya
    "| Time in | Patient | Age | Sex | Complaint | NHIF no. |\n"
    "|---|---|---|---|---|---|\n"
    "| 07:42 | [[PERSON:Mwangi Kariuki]] | [[AGE:54]] | M | chest pain | [[ID_NUMBER:4418203]] |\n"
    "| 08:10 | [[PERSON:Atieno Otieno]] | [[AGE:3]] | F | fever, vomiting | [[ID_NUMBER:5120937]] |\n"
    "| 08:25 | [[PERSON:Halima Abdi]] | [[AGE:29]] | F | labour pains | [[ID_NUMBER:3904481]] |\n"
    "| 09:03 | [[PERSON:Kiprop Rotich]] | [[AGE:71]] | M | fall, hip pain | none |",
    # 018 TSV, gym members Australia
    "member_no\tname\tdob\tsuburb\tpostcode\tmembership\n"
    "[[ID_NUMBER:AF-77120]]\t[[PERSON:Bronte Maguire]]\t[[DATE_TIME:04/07/1996]]\t[[LOCATION:Newtown]]\t[[ZIP_CODE:2042]]\t12-month\n"
    "[[ID_NUMBER:AF-77134]]\t[[PERSON:Arash Tehrani]]\t[[DATE_TIME:22/12/1988]]\t[[LOCATION:Marrickville]]\t[[ZIP_CODE:2204]]\tcasual\n"
    "[[ID_NUMBER:AF-77141]]\t[[PERSON:Lily Chen]]\t[[DATE_TIME:09/03/2001]]\t[[LOCATION:Erskineville]]\t[[ZIP_CODE:2043]]\tstudent",
    # 019 JSON, payouts
    '[\n'
    '  {"payee": "[[PERSON:Inés Carvalho]]", "iban": "[[IBAN_CODE:PT50 0035 0651 0003 8472 9137 0]]", "amount": 1250.00, "currency": "EUR", "ref": "INV-3391"},\n'
    '  {"payee": "[[PERSON:Jonas Weber]]", "iban": "[[IBAN_CODE:CH29 0483 5028 1746 3009 1]]", "amount": 980.40, "currency": "CHF", "ref": "INV-3392"},\n'
    '  {"payee": "[[PERSON:Agnieszka Duda]]", "iban": "[[IBAN_CODE:PL03 1020 2892 0000 5302 0184 7716]]", "amount": 4100.00, "currency": "PLN", "ref": "INV-3398"}\n'
    ']',
    # 020 CSV, delivery riders Philippines
    "rider,plate,mobile,hub,rating,trips_this_week\n"
    "[[PERSON:Ronaldo Pascual]],[[ID_NUMBER:NAB 2281]],[[PHONE_NUMBER:0917 330 4482]],[[LOCATION:Quezon City]],4.9,61\n"
    "[[PERSON:Arnel Sison]],[[ID_NUMBER:ZTR 907]],[[PHONE_NUMBER:0998 145 2276]],[[LOCATION:Pasig]],4.7,48\n"
    "[[PERSON:Jhun-Jhun Lacson]],[[ID_NUMBER:137 QWE]],[[PHONE_NUMBER:0926 884 0193]],[[LOCATION:Taguig]],4.8,55",
    # 021 fixed-width, hotel guests
    "RM   GUEST                  NAT   PASSPORT     IN          OUT\n"
    "304  [[PERSON:Aiko Matsumoto]]         [[NRP:JPN]]   [[ID_NUMBER:TR4418203]]    [[DATE_TIME:2025-03-02]]  [[DATE_TIME:2025-03-06]]\n"
    "305  [[PERSON:Pierre-Louis Garnier]]   [[NRP:FRA]]   [[ID_NUMBER:21CK09314]]    [[DATE_TIME:2025-03-03]]  [[DATE_TIME:2025-03-05]]\n"
    "311  [[PERSON:Bongani Ndlovu]]         [[NRP:ZAF]]   [[ID_NUMBER:A05519284]]    [[DATE_TIME:2025-03-03]]  [[DATE_TIME:2025-03-10]]",
    # 022 Markdown, sports club
    "| Member | Age | Team | Position | Emergency contact |\n"
    "| :-- | --: | :-- | :-- | :-- |\n"
    "| [[PERSON:Orla Byrne]] | [[AGE:16]] | U17 camogie | forward | [[PERSON:Deirdre Byrne]], [[PHONE_NUMBER:086 224 9170]] |\n"
    "| [[PERSON:Eoin Walsh]] | [[AGE:15]] | U16 hurling | goalkeeper | [[PERSON:Pat Walsh]], [[PHONE_NUMBER:085 731 0042]] |\n"
    "| [[PERSON:Aisling Kehoe]] | [[AGE:17]] | U17 camogie | midfield | [[PERSON:Mary Kehoe]], [[PHONE_NUMBER:087 660 3318]] |",
    # 023 TSV, staff list Singapore
    "staff_no\tname\tnric_fin\tnationality\tdept\tmobile\n"
    "[[ID_NUMBER:SG-0412]]\t[[PERSON:Lim Jia Hui]]\t[[ID_NUMBER:S7719046E]]\t[[NRP:Singaporean]]\tOps\t[[PHONE_NUMBER:9748 2210]]\n"
    "[[ID_NUMBER:SG-0418]]\t[[PERSON:Rajesh s/o Muthu]]\t[[ID_NUMBER:F2748360R]]\t[[NRP:Indian]]\tIT\t[[PHONE_NUMBER:8822 4093]]\n"
    "[[ID_NUMBER:SG-0425]]\t[[PERSON:Siti Nurhaliza binte Osman]]\t[[ID_NUMBER:S9204518H]]\t[[NRP:Singaporean]]\tHR\t[[PHONE_NUMBER:9015 7736]]",
    # 024 CSV, French association members
    "n°_adhérent;nom;prénom;date_naissance;ville;cotisation\n"
    "[[ID_NUMBER:A-2291]];[[PERSON:Lefèvre]];[[PERSON:Margaux]];[[DATE_TIME:12/06/1984]];[[LOCATION:Rennes]];payée\n"
    "[[ID_NUMBER:A-2294]];[[PERSON:Diallo]];[[PERSON:Mamadou]];[[DATE_TIME:03/01/1979]];[[LOCATION:Saint-Malo]];en attente\n"
    "[[ID_NUMBER:A-2301]];[[PERSON:Le Gall]];[[PERSON:Yann]];[[DATE_TIME:28/09/2002]];[[LOCATION:Vannes]];payée",
    # 025 key: value, DMV record
    "DL NUMBER: [[US_DRIVER_LICENSE:F255-921-74-502-0]]\nNAME: [[PERSON:FITZPATRICK]], [[PERSON:SHAUNA MARIE]]\nDOB: [[DATE_TIME:08/02/1974]]\n"
    "ADDRESS: [[ADDRESS:3390 SW 27TH TER APT 6]]\nCITY/STATE/ZIP: [[LOCATION:MIAMI]] [[LOCATION:FL]] [[ZIP_CODE:33133]]\nCLASS: E\n"
    "RESTRICTIONS: A (corrective lenses)\nSTATUS: VALID",
    # 026 JSON lines, support tickets
    '{"ticket": "SR-90412", "customer": "[[PERSON:Bogdan Ionescu]]", "contact": "[[EMAIL_ADDRESS:bogdan.ionescu@gmail.com]]", "product": "Router AX3000", "status": "open"}\n'
    '{"ticket": "SR-90415", "customer": "[[PERSON:Femi Adewale]]", "contact": "[[PHONE_NUMBER:+44 7723 081 559]]", "product": "Mesh Pro", "status": "closed"}\n'
    '{"ticket": "SR-90420", "customer": "[[PERSON:Chen Yu-Ting]]", "contact": "[[EMAIL_ADDRESS:ytchen.tw@hotmail.com]]", "product": "Router AX3000", "status": "pending"}',
    # 027 CSV, alumni
    "name,class,linkedin,employer,city\n"
    "[[PERSON:Isabela Monteiro]],2014,[[URL:https://linkedin.com/in/isabelamonteiro]],Deloitte,[[LOCATION:Lisbon]]\n"
    "[[PERSON:Kwame Nkrumah-Addo]],2016,[[URL:https://linkedin.com/in/kwame-nkrumah-addo-5a1b7]],Shopify,[[LOCATION:Ottawa]]\n"
    "[[PERSON:Leah Goldberg]],2011,[[URL:https://linkedin.com/in/leahgoldberg-md]],Mount Sinai,[[LOCATION:New York]]\n"
    "[[PERSON:Sun-hee Baek]],2019,,Samsung,[[LOCATION:Seoul]]",
    # 028 pipes, South African payroll
    "EMPLOYEE | ID NUMBER | TAX NO | BANK ACC | NET PAY\n"
    "[[PERSON:Nomsa Khoza]] | [[ID_NUMBER:9206110381088]] | [[ID_NUMBER:0184726351]] | [[ID_NUMBER:62718834091]] | R18 420.55\n"
    "[[PERSON:Pieter Steyn]] | [[ID_NUMBER:6509295102085]] | [[ID_NUMBER:2291047736]] | [[ID_NUMBER:10048821937]] | R31 006.10\n"
    "[[PERSON:Fatima Ebrahim]] | [[ID_NUMBER:7904020231086]] | [[ID_NUMBER:3308192245]] | [[ID_NUMBER:40591827364]] | R22 915.80",
    # 029 CSV, tenants Canada
    "unit,tenant,phone,lease_start,rent,parking\n"
    "101,[[PERSON:Amélie Côté]],[[PHONE_NUMBER:613-729-0198]],[[DATE_TIME:2023-07-01]],1650,P1-04\n"
    "204,[[PERSON:Harpreet Gill]],[[PHONE_NUMBER:613-744-2081]],[[DATE_TIME:2024-02-01]],1725,none\n"
    "310,[[PERSON:Oluwaseun Adeyemi]],[[PHONE_NUMBER:343-988-1420]],[[DATE_TIME:2022-09-15]],1580,P2-11",
    # 030 fixed-width, insurance members
    "MEMBER ID     NAME                 AGE  POSTCODE  COVER\n"
    "[[ID_NUMBER:NZH-4471902]]   [[PERSON:Aroha Ngata]]          [[AGE:42]]   [[ZIP_CODE:3110]]      Family\n"
    "[[ID_NUMBER:NZH-4471915]]   [[PERSON:Benjamin Tuilagi]]     [[AGE:38]]   [[ZIP_CODE:0626]]      Single\n"
    "[[ID_NUMBER:NZH-4472008]]   [[PERSON:Mere Kereama]]         [[AGE:67]]   [[ZIP_CODE:9016]]      Couple",
]


DOC = [
    # 001 GP referral letter, UK
    "Riverside Medical Practice\n\n"
    "[[DATE_TIME:4 March 2025]]\n\n"
    "Dear [[PERSON:Dr. Okonjo-Hale]],\n\n"
    "Re: [[PERSON:Mrs. Philippa Anne Greaves]], DOB [[DATE_TIME:17/10/1958]], NHS No. [[ID_NUMBER:721 038 4650]]\n"
    "[[ADDRESS:Flat 2, 61 Kingsdown Parade]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 5UG]]. Tel: [[PHONE_NUMBER:0117 942 3318]]\n\n"
    "Thank you for seeing this [[AGE:66]]-year-old retired teacher, whom I reviewed on [[DATE_TIME:Friday 28th February]] with "
    "a three-month history of exertional breathlessness and ankle swelling. She has a background of type 2 diabetes "
    "and hypertension. An ECG showed atrial fibrillation at a rate of 110, and her NT-proBNP came back at 1,840.\n\n"
    "I have started bisoprolol 2.5 mg and apixaban 5 mg twice daily. Her husband, [[PERSON:Graham]], is her main carer "
    "and usually comes to appointments; his mobile is [[PHONE_NUMBER:07966 204 518]] if she cannot be reached. She would "
    "prefer morning clinics as she looks after her granddaughter [[PERSON:Poppy]] in the afternoons.\n\n"
    "I would be grateful for an echocardiogram and your advice on rate versus rhythm control.\n\n"
    "Yours sincerely,\n\n[[PERSON:Dr. Samira Haddad]]\nGeneral Practitioner",
    # 002 CV, Canada
    "[[PERSON:ADEBOLA]] ([[PERSON:BOLA]]) [[PERSON:ONIPEDE]]\n"
    "[[ADDRESS:1207-45 Charles St E]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M4Y 1S2]] | [[PHONE_NUMBER:+1 416 902 3381]] | "
    "[[EMAIL_ADDRESS:bola.onipede@gmail.com]] | [[URL:github.com/bolaonipede]]\n\n"
    "PROFILE\nBackend engineer with seven years of experience building payment systems in [[LOCATION:Lagos]] and "
    "[[LOCATION:Toronto]]. Permanent resident of [[LOCATION:Canada]] since [[DATE_TIME:August 2021]].\n\n"
    "EXPERIENCE\nSenior Software Engineer, Wealthsimple, [[LOCATION:Toronto]] ([[DATE_TIME:Sep 2022]] to present)\n"
    "- Led the migration of the ledger service to event sourcing; cut reconciliation time by 70%.\n"
    "Software Engineer, Paystack, [[LOCATION:Lagos]] ([[DATE_TIME:Jan 2018]] to [[DATE_TIME:Jul 2021]])\n"
    "- Built the card-issuing API used by 40,000 merchants.\n\n"
    "EDUCATION\nB.Sc. Computer Science, University of Ibadan, 2017 (First Class)\n\n"
    "REFERENCES\n[[PERSON:Chiamaka Eze]], Engineering Manager, [[EMAIL_ADDRESS:chiamaka.eze@paystack.com]]\n"
    "[[PERSON:Daniel Roth]], Staff Engineer, [[PHONE_NUMBER:+1 647 338 2054]]",
    # 003 minutes, residents' association, Australia
    "Marrickville South Residents' Association: minutes of the meeting held on [[DATE_TIME:Tuesday 11 February 2025]], "
    "7:00pm, at the community hall.\n\n"
    "Present: [[PERSON:Helen Papadakis]] (chair), [[PERSON:Tuan Le]] (treasurer), [[PERSON:Brigid O'Shea]], "
    "[[PERSON:Samir Haddad]], [[PERSON:Joy Mbatha]]. Apologies: [[PERSON:Col]] and [[PERSON:Marg Henderson]].\n\n"
    "1. Treasurer's report. Balance $3,412.80. [[PERSON:Tuan]] reminded members that fees can be paid to the "
    "association's account; please use your surname as the reference.\n\n"
    "2. Noise complaint. Residents of [[ADDRESS:22 Renwick Street]] and [[ADDRESS:24 Renwick Street]] reported late-night "
    "deliveries to the warehouse behind them. [[PERSON:Brigid]] will write to the council; her contact for residents is "
    "[[EMAIL_ADDRESS:brigid.oshea@bigpond.com]].\n\n"
    "3. Street party. Proposed for [[DATE_TIME:Saturday 12 April]]. [[PERSON:Joy]] ([[PHONE_NUMBER:0421 306 778]]) is "
    "collecting names of volunteers.\n\n"
    "Next meeting: [[DATE_TIME:11 March]]. Meeting closed 8:40pm.",
    # 004 school incident report, US
    "INCIDENT REPORT: Lincoln Middle School\n"
    "Date of incident: [[DATE_TIME:02/19/2025]], approx. 12:15 p.m. (lunch)\nLocation: cafeteria\n\n"
    "Student involved: [[PERSON:Jayden Alvarez]], grade 7, ID [[ID_NUMBER:2031877]], age [[AGE:12]]\n"
    "Other student: [[PERSON:Marcus Bell Jr.]], grade 7, ID [[ID_NUMBER:2031904]]\n"
    "Reporting staff: [[PERSON:Ms. Tanya Okafor]], lunch supervisor\n\n"
    "Description: [[PERSON:Jayden]] reported that [[PERSON:Marcus]] pushed him off the bench after an argument about a "
    "phone. [[PERSON:Jayden]] hit his elbow on the floor; the school nurse, [[PERSON:Linda Pruitt]], applied ice and "
    "found no visible injury. Both students were sent to the office.\n\n"
    "Parent contact: [[PERSON:Rosa Alvarez]] (mother) was called at [[PHONE_NUMBER:(505) 412-7790]] at 12:50 p.m. "
    "[[PERSON:Marcus]]'s father, [[PERSON:Darnell Bell]], was emailed at [[EMAIL_ADDRESS:dbell1979@gmail.com]].\n\n"
    "Follow-up: restorative meeting scheduled for [[DATE_TIME:Friday, February 21]] with the counselor, "
    "[[PERSON:Mr. Eli Navarro]].",
    # 005 notice of termination, Ireland
    "NOTICE OF TERMINATION\n\n"
    "To: [[PERSON:Ms. Róisín Keating]] and [[PERSON:Mr. Baptiste Lemaire]]\n"
    "Tenants of: [[ADDRESS:Apartment 6, Block B, Millbrook Court]], [[LOCATION:Tallaght]], [[LOCATION:Dublin 24]], "
    "[[ZIP_CODE:D24 K7P3]]\n"
    "Date of service: [[DATE_TIME:3 March 2025]]\n\n"
    "Your tenancy began on [[DATE_TIME:1 June 2022]]. As the landlord intends to sell the property within three months, "
    "I hereby terminate the tenancy. The termination date is [[DATE_TIME:28 September 2025]], and you are required to "
    "vacate the dwelling on or before that date.\n\n"
    "Any issue as to the validity of this notice must be referred to the Residential Tenancies Board within 28 days of "
    "its receipt. The deposit of €1,850 will be returned to the account you nominated, "
    "[[IBAN_CODE:IE24 AIBK 9322 0847 1620 93]], after the final inspection.\n\n"
    "Signed: [[PERSON:Kieran Doyle]], landlord\n"
    "Address for correspondence: [[ADDRESS:14 Seafield Road]], [[LOCATION:Clontarf]], [[ZIP_CODE:D03 E5R2]]\n"
    "Phone: [[PHONE_NUMBER:086 415 2270]]",
    # 006 witness statement, UK
    "WITNESS STATEMENT\n\n"
    "Statement of: [[PERSON:Rajinder Kaur Sohal]]\nAge if under 18: over 18\nOccupation: pharmacist\n"
    "Address: [[ADDRESS:9 Beech Grove]], [[LOCATION:Wolverhampton]] [[ZIP_CODE:WV3 9PL]]\n"
    "Telephone: [[PHONE_NUMBER:07817 330 962]]\n\n"
    "On [[DATE_TIME:Thursday 13th February 2025]] at about 6.40pm I was locking up the pharmacy on Dudley Road when I saw "
    "a man I know as [[PERSON:Lee]] from the flats opposite arguing with a young woman by a blue Vauxhall Corsa, "
    "registration [[ID_NUMBER:WR17 KXN]]. I now know the woman to be [[PERSON:Chelsea Barker]]. He grabbed her bag and "
    "ran towards [[LOCATION:Penn Fields]]. I called 999. [[PERSON:Chelsea]] told me she was [[AGE:19]] and that the man "
    "was her ex-partner, [[PERSON:Lee Hollins]].\n\n"
    "I would recognise him again. He is white, about [[AGE:30]], with a ginger beard.\n\n"
    "I am willing to attend court. I am not available on [[DATE_TIME:14 April]] as I will be abroad.\n\n"
    "Signed: [[PERSON:R. K. Sohal]]    Witnessed by: [[TITLE:PC]] [[PERSON:Daniel Whitmore]]",
    # 007 recommendation letter, India
    "[[DATE_TIME:February 20, 2025]]\n\n"
    "To the Admissions Committee,\n\n"
    "It is my privilege to recommend [[PERSON:Ms. Aishwarya Subramanian]] for your PhD programme in Chemical "
    "Engineering. I have known her since [[DATE_TIME:July 2020]], when she joined my undergraduate course at IIT "
    "Madras, and she later completed her final-year project in my laboratory.\n\n"
    "[[PERSON:Aishwarya]] is among the top three students I have taught in twenty years. Her thesis on membrane "
    "fouling was published in a peer-reviewed journal with her as first author, and she presented it at a conference in "
    "[[LOCATION:Singapore]] in [[DATE_TIME:November 2023]]. She also mentored two junior students, [[PERSON:Karan]] "
    "and [[PERSON:Deepthi]], who both went on to win fellowships.\n\n"
    "I recommend her without any reservation. Please feel free to contact me for further information.\n\n"
    "[[PERSON:Prof. R. Venkatesh]]\nDepartment of Chemical Engineering\n"
    "[[EMAIL_ADDRESS:rvenkatesh.iitm@gmail.com]] | [[PHONE_NUMBER:+91 94440 18726]]",
    # 008 HR investigation report, Singapore
    "CONFIDENTIAL: HR investigation summary\n\n"
    "Complainant: [[PERSON:Tan Hui Min]] (staff no. [[ID_NUMBER:40918]]), Senior Associate, Finance\n"
    "Respondent: [[PERSON:Marcus Yeo Jun Wei]] (staff no. [[ID_NUMBER:38211]]), Manager, Finance\n"
    "Investigator: [[PERSON:Nur Aisyah binte Jamal]], HR Business Partner\n\n"
    "On [[DATE_TIME:6 January 2025]], [[PERSON:Ms. Tan]] lodged a complaint alleging that [[PERSON:Mr. Yeo]] made repeated "
    "comments about her age ([[AGE:46]]) and suggested she should retire. Interviews were held with both parties on "
    "[[DATE_TIME:13 January]] and [[DATE_TIME:15 January]], and with two witnesses, [[PERSON:Ravi Chandran]] and "
    "[[PERSON:Jolene Koh]].\n\n"
    "Both witnesses confirmed hearing the remarks at the team meeting of [[DATE_TIME:12 December 2024]]. "
    "[[PERSON:Mr. Yeo]] admitted the comments but described them as jokes.\n\n"
    "Finding: the complaint is substantiated. Recommendation: written warning and mandatory training for the respondent; "
    "[[PERSON:Ms. Tan]] to report to [[PERSON:Mr. Chandran]] from [[DATE_TIME:1 March 2025]].",
    # 009 email thread, wedding, South Africa
    "From: [[PERSON:Naledi Mokoena]] <[[EMAIL_ADDRESS:naledi.mokoena@gmail.com]]>\n"
    "To: [[PERSON:Ayanda]] <[[EMAIL_ADDRESS:ayanda.events@outlook.com]]>\n"
    "Subject: Re: Lobola day and wedding logistics\n\n"
    "Hi [[PERSON:Ayanda]],\n\n"
    "Thanks for the quote! Confirming the dates: the lobola negotiations are at my parents' house, "
    "[[ADDRESS:1784 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], on [[DATE_TIME:Saturday 5 April]], "
    "and the white wedding is on [[DATE_TIME:24 May 2025]] at the venue in [[LOCATION:Magaliesburg]].\n\n"
    "My uncle, [[TITLE:Bab']] [[PERSON:Sello]], will lead our delegation; his number is [[PHONE_NUMBER:082 447 1903]]. "
    "[[PERSON:Thabo]]'s side will be led by his aunt, [[PERSON:Mrs. Gugu Dlamini]].\n\n"
    "For the deposit, please invoice me and I'll pay from my account. Guests will be about 180.\n\n"
    "Love,\n[[PERSON:Nal]]\n\n"
    "> On [[DATE_TIME:Mon, 3 Mar 2025]], [[PERSON:Ayanda]] wrote:\n"
    "> Sawubona [[PERSON:Naledi]]! Please find the quote attached. R85 000 all-inclusive.",
    # 010 insurance claim report, Canada
    "Claim report: water damage\n\n"
    "Insured: [[PERSON:Gordon]] and [[PERSON:Mei-Ling MacPherson]]\n"
    "Risk address: [[ADDRESS:2218 Oak Bay Avenue]], [[LOCATION:Victoria]], [[LOCATION:BC]] [[ZIP_CODE:V8R 1G4]]\n"
    "Date of loss: [[DATE_TIME:January 27, 2025]]\nAdjuster: [[PERSON:Chantal Boucher]]\n\n"
    "On arrival on [[DATE_TIME:January 29]] I met [[PERSON:Mrs. MacPherson]], who explained that a supply line to the "
    "upstairs dishwasher failed while the couple were visiting their son, [[PERSON:Ewan]], in [[LOCATION:Calgary]]. A "
    "neighbour, [[PERSON:Priya Shah]], noticed water coming from under the front door and called [[PERSON:Gordon]] at "
    "[[PHONE_NUMBER:250-598-3342]].\n\n"
    "Damage is limited to the kitchen ceiling, the dining room hardwood and the basement drywall. The plumber's invoice "
    "(#4471) confirms the failed line. Mitigation began the same evening.\n\n"
    "Reserve: $38,000. Recommend payment of the mitigation invoice now and a contents inventory from the insureds. "
    "Next contact: [[DATE_TIME:February 10]] with [[PERSON:Mrs. MacPherson]] at [[EMAIL_ADDRESS:meiling.macp@shaw.ca]].",
    # 011 Arztbrief, German
    "Universitätsklinikum, Klinik für Innere Medizin\n\n"
    "Sehr geehrte [[TITLE:Frau]] [[PERSON:Dr. Brandstätter]],\n\n"
    "wir berichten über Ihre Patientin [[TITLE:Frau]] [[PERSON:Gisela Hoffmann-Reuter]], geb. [[DATE_TIME:22.05.1949]], "
    "wohnhaft [[ADDRESS:Am Steinbach 7]], [[ZIP_CODE:69126]] [[LOCATION:Heidelberg]], die sich vom "
    "[[DATE_TIME:10.02.2025]] bis zum [[DATE_TIME:18.02.2025]] in unserer stationären Behandlung befand.\n\n"
    "Diagnosen: ambulant erworbene Pneumonie rechts basal; Diabetes mellitus Typ 2.\n\n"
    "Die [[AGE:75]]-jährige Patientin wurde von ihrem Sohn, [[TITLE:Herrn]] [[PERSON:Thomas Reuter]], mit Fieber und "
    "Luftnot vorgestellt. Unter Ampicillin/Sulbactam besserte sich der Zustand rasch. Die Entlassung erfolgte in gutem "
    "Allgemeinzustand nach Hause.\n\n"
    "Wir bitten um eine Kontrolle des Röntgenbefundes in sechs Wochen. Rückfragen gerne an die Stationsärztin, "
    "[[PERSON:Dr. Leonie Vogt]], Tel. [[PHONE_NUMBER:06221 56 38214]].\n\n"
    "Mit freundlichen Grüßen\n[[TITLE:Prof.]] [[PERSON:Dr. Andreas Kessler]], Chefarzt",
    # 012 volunteer coordinator report, Ghana
    "Monthly volunteer report, [[LOCATION:Tamale]] literacy project, February 2025\n\n"
    "Prepared by: [[PERSON:Abdul-Rahman Iddrisu]], coordinator ([[PHONE_NUMBER:+233 24 771 3059]])\n\n"
    "Volunteers active this month: 14. New arrivals: [[PERSON:Hannah Lindström]] ([[NRP:Swedish]], [[AGE:22]]) arrived on "
    "[[DATE_TIME:3rd February]] and is staying with the [[PERSON:Mahama]] family at [[ADDRESS:NT-0042-7781]], "
    "[[LOCATION:Kalpohin]]. [[PERSON:Kojo Antwi]] completed his placement on [[DATE_TIME:20th February]].\n\n"
    "Incidents: [[PERSON:Hannah]] was treated for mild dehydration at the clinic on [[DATE_TIME:11th February]]; she has "
    "recovered. Her emergency contact, her father [[PERSON:Per Lindström]], was informed by email at "
    "[[EMAIL_ADDRESS:per.lindstrom@telia.se]].\n\n"
    "Reading sessions: 62 pupils in three schools. [[TITLE:Madam]] [[PERSON:Fatima Alhassan]], head teacher at the [[LOCATION:Kalpohin]] "
    "school, asked us to add a Saturday class.\n\n"
    "Next month: two volunteers expected from [[LOCATION:Accra]]; host family still needed for one.",
]


LOOKALIKE = [
    # 001 release notes (no PII)
    "Release notes, firmware 10.4.22.118 (build 20250214-1832)\n"
    "- Fixed a crash when the device reported uptime above 4294967295 ms.\n"
    "- Default gateway field now accepts 15-character strings such as 255.255.255.0 without truncation.\n"
    "- SKU RX-4410-BLK and RX-4410-WHT share this image; SKU RX-4412 needs 10.4.21.9 first.\n"
    "- Known issue KB-000741: the serial 5CG2211QX7 prefix is misread as a date on some units.\n"
    "Support: 1-800-742-5580 (Mon to Fri, 8 a.m. to 6 p.m. ET) or support@routerco.example.",
    # 002 shipping confirmation, one first name
    "Hi [[PERSON:Dana]], good news: order #112-4481920-7730215 has shipped! Tracking 1Z 999 AA1 01 2345 6784 (3 items, "
    "2.4 kg). Invoice INV-2025-004417 is attached, and your gift card GC 6006 4912 8830 1147 still has $15.00 on it. "
    "Questions? Call us at 1-888-280-4331 or reply to orders@shopnorthwind.example. Ref: CS-77120.",
    # 003 eponyms and streets without numbers
    "Our walking tour starts at Victoria Gate on Victoria Street, passes the Florence Nightingale Museum and Mandela "
    "Gardens, then follows Martin Luther King Jr. Way to the Fleming Building. Bring a Thermos; there's a Greggs on the "
    "corner of Wellington Road and Churchill Avenue. Tour code WT-1889, meeting point gate 4, group size 25 max.",
    # 004 lab protocol
    "Protocol P-2025-03: dissolve 58.44 g NaCl (CAS 7647-14-5) in 1 L water (CAS 7732-18-5); add 0.5 mL ethanol "
    "(CAS 64-17-5). Store sample S-1985-04-03 at -80 °C in rack 12, position C4. Instrument serial 2021-07-14-A; "
    "calibration lot 303-22-1870. Results for plate 7 were 0.442, 0.418 and 0.451 AU. ISBN of the methods book: "
    "9781843532170.",
    # 005 quarterly finance note (no PII)
    "Q3 ended September 30, 2024. Revenue was $4,210,557.18 against a forecast of $4.1m. GL accounts 4000-210-7731 and "
    "4000-210-7732 were merged. The supplier's sort code 20-00-00 and SWIFT code BARCGB22 were updated on the vendor "
    "master; routing number 021000021 remains for US payments. Purchase order PO-88213-2024 closed. EBITDA margin 18.4%; "
    "DSO fell from 47 to 41 days.",
    # 006 system log (no PII)
    "2025-02-11T03:55:18Z INFO svc=billing-api v2.14.7 host=ip-10-0-3-17.internal req=7f3c9a1e-44b2-4d0e-9b1a-2c6f8e0d1a55 "
    "status=200 latency=142ms\n"
    "2025-02-11T03:55:19Z WARN svc=billing-api cache miss key=sha256:3f8a9c2b7e41d05f99a2 retry=2\n"
    "2025-02-11T03:55:21Z ERROR svc=ledger code=E-4417 msg='checksum mismatch on batch 20250211-0003' "
    "node=00:1A:2B:3C:4D:5E",
    # 007 encyclopedic, eponyms only
    "Parkinson's disease and Alzheimer's disease are both named after the physicians who first described them. Halley's "
    "Comet last passed in 1986 and will return in 2061. The Bunsen burner, the Nobel Prize and the Ford Mustang are "
    "other everyday eponyms; so are the Ferris wheel and the Diesel engine. Model numbers like 911, 747 and 3310 are "
    "often mistaken for codes.",
    # 008 French invoice header, company data only
    "Facture n° FA-2025-01187 du 14/02/2025. Société Lumière Distribution SAS, capital 50 000 €, SIRET "
    "552 100 554 00025, TVA intracommunautaire FR40303265045. Service client : 09 70 80 12 34 (appel non surtaxé). "
    "Réf. article 4006381333931, lot 2403-B, quantité 12. Conditions : paiement à 30 jours, pénalités 3 fois le taux "
    "légal. Commande Web n° 7741-22-3308.",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "doc": DOC,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind27", STYLES, OUT)


if __name__ == "__main__":
    main()

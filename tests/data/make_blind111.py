"""Build tests/data/blind111.jsonl: a hundred-and-eleventh *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind111.py

Blind: written without any knowledge of the detector. Only three things were
read, to keep the conventions and the file format: lines 1-121 of
make_blind22.py (its module docstring with the labeling conventions and the
style descriptions, its import lines, and the opening line of its GEN list
with its first record) and its tail from `STYLES = {` to the end of the file
(the STYLES dict and main(), copied here); gold_sets.py, whole; and lines
1-64 of make_handwritten.py (its docstring of conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). Not read: minimize/, recognizers/, the
tests other than those lines, bench/, the README, any *.jsonl set, any other
make_*.py script (nor the rest of make_blind22.py), and no git history, log
or status. The detector, the bench and the tests were never run; this file
was only run to write the set. Do not tune the detector against it: once it
has been used to tune, it no longer measures anything; write a new set
instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks ("[[PERSON:Mrs. X]]" is split into
TITLE + PERSON by it). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country (the Spanish IBAN carries right national
control digits and the Icelandic ones a valid kennitala); national ids with
a public check digit were given a valid one: NHS numbers, Canadian SIN,
Aadhaar, Irish PPSN, Singapore NRIC and FIN, South African ids (agreeing
with sex and birth date) and tax numbers, Australian TFN, Icelandic
kennitala (agreeing with the birth date where it shows), Spanish DNI,
Portuguese NIF and Cartão de Cidadão, Emirates ID, ORCID iD, English UPN
(check letter), and the ISBN-13 look-alikes. All of them were worked out by
hand-run throwaway code while writing (no file written), then typed into
the records; nothing here is generated. The same kind of throwaway code ran
`parse()` in memory on the markup to line up the fixed-width tables and to
list capitalised words left outside the marks for a proofreading pass
(never on the written set). UK NI numbers, US SSNs, PAN, Medicare MBI, RAMQ
numbers, Australian CRNs, Nigerian NIN / BVN, Kenyan ids and KRA PINs,
Maltese id cards, Philippine LRN / SSS / PhilHealth / TIN, DBS certificate
numbers, passports, licences, plates, bank account, student, staff, member
and patient numbers were not checked.

Styles (ids `blind111-<style>-NNN`; 240 records), chosen to look like what
an outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Ireland, Canada, Australia, New Zealand, India, Singapore,
the Philippines, South Africa, Nigeria, Kenya and Ghana contexts, with names
from the many cultures living there); the rest (25) are in Icelandic
(9: gen 4, bench 3, table 2), Maltese (8: gen 2, bench 3, table 2, chat 1)
and Basque (8: gen 3, bench 2, table 2, lookalike 1). About a third of the
`bench` and `gen` records are about schools, childcare, parent portals and
school transport; the rest spread widely.
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences dense with names, job titles, streets with
  building numbers, secondary addresses, IPs, MACs, user agents,
  card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1 (domain
  documents: claims, contracts, medical and loan forms, notices) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML / config and code snippets,
  tickets and forms with many entity kinds).
- `gen` (80): one to four sentences with personal data woven into prose, as
  a third-party LLM writes "realistic sentences with personal data"; names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (60): one small labeled table per record rendered as text (CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks),
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking and invoice refs, SKUs, ISBNs, IP-shaped versions, hashes,
  serials, company phones, role mailboxes, eponyms, streets named after
  people with no number), the few real PII values labeled; one has no PII
  at all.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it; job titles are not TITLE and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start, visit,
  signature ...) with a day or month, in any shape; a weekday or a clock
  time said with such a date is inside the span, a time or weekday alone is
  not; not bare years, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, IFSC, BIC and routing numbers, CVVs and expiries, PINs,
  order / ticket / claim / policy / booking / tracking references, company
  phone numbers and role mailboxes, versions, hashes, serials, partial
  numbers ("ending 4471"), pets, eponyms and brands named after people, a
  header row; in tables a sex / gender / role / dept / status column, job
  title, employer and company fields (an "age" column is AGE, a country or
  state column LOCATION, a nationality column NRP; a building number or a
  secondary address in its own field is ADDRESS; a last-login timestamp of
  a person's account is DATE_TIME).
- Calls made while writing this set, in the same spirit:
  - school, nursery and kindergarten names, class / year / grade groups,
    bus route and bus numbers, and bus stops named without a street number
    are not labeled; a school office number and role mailboxes (office@,
    transport@, admissions@) are company contacts and stay unlabeled, while
    a teacher's or driver's own work email or mobile is labeled.
  - student, admission, enrolment, UPN, LRN and parent-portal account
    numbers and a childcare subsidy customer reference are ID_NUMBER;
    parent-portal logins are USERNAME; allergies, conditions, grades and
    marks are not labeled.
  - "Nurse", "Mr", "Mrs", "Ms", "Dr" (with or without a dot), "Rev.",
    "Fr.", "Sgt.", "Capt.", the airline "MR" / "MRS" after a name, Maltese
    "Sur" / "Sinjura" and Basque "jauna" / "andrea" are TITLE; "Principal",
    "Headteacher", "Coach" and other job words before a name are not.
  - in Icelandic and Basque a name or place with a case ending glued to it
    is labeled as the whole word ("Kára", "Donostian", "Unairen"), and an
    Icelandic street in the dative with its number ("Laugavegi 24") is
    ADDRESS; Icelandic patronymics are part of the PERSON span; "kt."
    before a kennitala and "NAN" before a DNI stay outside.
  - a date range tied to a person ("14th to 18th October") is one
    DATE_TIME span; an age in months ("14 months") is AGE on the number.
  - in JSON, XML, SQL, YAML and logs only the value is labeled, without
    its quotes or key; a name inside an email address or username is not
    labeled again.
  - a person's own car plate is ID_NUMBER; a Medicare MBI, an A-number, an
    ORCID iD and a library card number are ID_NUMBER.
  - the timestamp of a log line, SQL row or JSON event that records a
    person's own action (login, sign-out, profile change, payment attempt,
    boarding scan, account creation, ticket submission) is DATE_TIME, like
    a last-login field; timestamps of system events (health checks, cache,
    deploys), goods received, invoice and statement dates are not.
  - every IP address is IP_ADDRESS, servers' too; MAC addresses, key
    fingerprints, hashes and IP-shaped versions are not labeled.
  - a language ("a Polish interpreter", "done in Somali") is not NRP; a
    "Religion" field and a party affiliation are NRP.
  - streets named without a number (an intersection, a depot street) are
    not labeled; a "street" field beside a separate building-number field
    is ADDRESS.
  - "Miss", "DR." and "Sgt." before a name are TITLE too.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind111.jsonl")

GEN = [
    """Hi, this is [[PERSON:Dana Whitfield]], mom of [[PERSON:Tyler]] in [[PERSON:Mrs. Ocampo]]'s 2nd grade class. [[PERSON:Tyler]] has a dentist appointment on [[DATE_TIME:Thursday, October 17 at 1:30]] so I'll pick him up early — my cell is [[PHONE_NUMBER:614-555-0182]] if the front office needs to confirm.""",
    """Please note that [[PERSON:Graham Oyelaran-Price]], NHS number [[ID_NUMBER:485 777 3449]], has been referred to the memory clinic at St Luke's; his daughter [[PERSON:Ruth]] will come with him on [[DATE_TIME:2 December]].""",
    """my name is [[PERSON:sandeep kulkarni]], my HDFC savings account [[ID_NUMBER:50100238847561]] got debited twice on [[DATE_TIME:12/08/2024]] for the same EMI. pls call back on [[PHONE_NUMBER:+91 98450 31276]] or mail [[EMAIL_ADDRESS:sandeep.k1987@gmail.com]]""",
    """[[PERSON:Mele Tupou]]'s enrolment at Little Wattles Early Learning starts [[DATE_TIME:Monday 3 February]]. She's [[AGE:3]], and her CRN for the Child Care Subsidy is [[ID_NUMBER:407 218 339K]]. Mum ([[PERSON:Losana]]) is the main contact on [[PHONE_NUMBER:0412 883 056]].""",
    """The prescription for [[PERSON:Émilie Gagnon-Roy]] (DOB [[DATE_TIME:1979-06-23]]) is ready for pickup at the branch on [[ADDRESS:1180 Rue Sainte-Catherine Ouest]], [[LOCATION:Montréal]]; her RAMQ card number is [[ID_NUMBER:GAGE 7956 2318]].""",
    """From [[DATE_TIME:Monday 6 January]], [[PERSON:Oliver]] and [[PERSON:Freya Hasselby]] will be collected at the church stop rather than outside their house at [[ADDRESS:27 Hollins Lane]]. Any questions should go to the transport team on 01904 551 000, not to the driver.""",
    """I'm filing this on behalf of my father, [[PERSON:Luis Arredondo]], [[AGE:81]], whose Medicare number is [[ID_NUMBER:1EG4-TE5-MK73]]. He fell in the bathroom on [[DATE_TIME:March 9th around 6 pm]] and was taken to Mercy General.""",
    """Góðan dag, ég heiti [[PERSON:Sigrún Hallgrímsdóttir]] og er móðir [[PERSON:Kára]] í 5. bekk. Hann verður ekki í skólanum [[DATE_TIME:fimmtudaginn 14. nóvember]] vegna tannlæknis. Kennitalan hans er [[ID_NUMBER:170814-2070]] og síminn minn er [[PHONE_NUMBER:862 4419]].""",
    """Booking for [[PERSON:Wanjiru Kamau]] and [[PERSON:Otieno Ochieng]], arriving [[DATE_TIME:Friday 22 August]] late evening. For check-in she'll show her national ID, [[ID_NUMBER:28841607]]. Reach her on [[PHONE_NUMBER:0722 418 903]] if the flight is delayed.""",
    """hey it's [[PERSON:marcus]] — my laptop keeps dropping off the VPN. whatismyip shows [[IP_ADDRESS:73.158.22.241]] right now and my work login is [[USERNAME:mbellweather]]. I'm at home at [[ADDRESS:4410 Greenway Blvd, Apt 3C]], [[LOCATION:Austin]] if someone has to come by.""",
    """The parent portal still shows our old address, [[ADDRESS:88 Fenwick Street]], [[LOCATION:Norfolk]], [[LOCATION:VA]] [[ZIP_CODE:23510]], for my son [[PERSON:Jamal Henderson]] (student ID [[ID_NUMBER:2031447]]). We moved on [[DATE_TIME:July 28]] to [[ADDRESS:1502 Colley Ave, Unit 4]]. — [[PERSON:Tanya Henderson]]""",
    """Player [[USERNAME:frostbyte_77]] (account email [[EMAIL_ADDRESS:t.lindqvist@outlook.com]]) has been suspended for seven days after a chargeback. The account was created on [[DATE_TIME:3 May 2021]] from [[IP_ADDRESS:85.229.14.190]].""",
    """Bella the spaniel is booked in for her boosters on [[DATE_TIME:Saturday 9 March at 10:15]]. Owner: [[PERSON:Aoife Brennan]], [[PHONE_NUMBER:087 226 4190]], [[ADDRESS:12 Sycamore Drive]], [[LOCATION:Tralee]], [[LOCATION:Co. Kerry]] [[ZIP_CODE:V92 K2P3]].""",
    """Just a heads-up that Grandma [[PERSON:Beverley]] will be collecting [[PERSON:Noah]] from nursery today — she's on the authorised list but hasn't been in before. Her mobile is [[PHONE_NUMBER:07834 119 562]]. Thanks, [[PERSON:Kat]]""",
    """Please update the payroll records for [[PERSON:Chinedu Okonkwo-Eze]]: his new salary account is [[ID_NUMBER:0123847765]] (GTBank) and his BVN is [[ID_NUMBER:22184730591]], effective from his promotion on [[DATE_TIME:1st October]].""",
    """Good day! I would like to port my number [[PHONE_NUMBER:0917 845 2201]] to another network. The account holder is [[PERSON:Maria Teresa Dimaculangan]], born [[DATE_TIME:February 11, 1990]], billing address [[ADDRESS:Blk 7 Lot 22 Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]] [[ZIP_CODE:4102]].""",
    """Dear [[PERSON:Mr Tan]], my daughter [[PERSON:Chloe Ng]] (P4 Integrity, birth cert no. [[ID_NUMBER:T1508832F]]) was unwell on [[DATE_TIME:Tuesday, 10 September]] and the MC from the polyclinic is attached. Thank you. [[PERSON:Ng Siew Ling]], [[PHONE_NUMBER:9128 4407]]""",
    """Counsel for the respondent, [[PERSON:Rebecca Stanhope]], filed the motion on [[DATE_TIME:April 2, 2024]]. Her client, [[PERSON:Darnell Pryor]], still lives at [[ADDRESS:219 W. Maple Street]], [[LOCATION:Springfield]], [[LOCATION:IL]] [[ZIP_CODE:62704]].""",
    """Bonġu, jien [[PERSON:Marija Azzopardi]] u nixtieq nibdel l-indirizz tiegħi għal [[ADDRESS:23, Triq San Pawl]], [[LOCATION:Ħal Qormi]] [[ZIP_CODE:QRM 2450]]. In-numru tal-karta tal-identità tiegħi hu [[ID_NUMBER:412385M]] u l-mowbajl tiegħi hu [[PHONE_NUMBER:7945 2218]].""",
    """[[PERSON:Hemi Walker]] and [[PERSON:Sophie Tane]] have signed the tenancy for [[ADDRESS:14B Rewa Road]], [[LOCATION:Grey Lynn]], [[LOCATION:Auckland]] [[ZIP_CODE:1021]], moving in on [[DATE_TIME:Saturday the 1st of March]]. The bond is lodged in [[PERSON:Hemi]]'s name; his number's [[PHONE_NUMBER:021 448 9073]].""",
    """Route 212 driver [[PERSON:Gurpreet Sandhu]] reported that [[PERSON:Liam O'Connell]] (Gr. 3) was not at his stop at 7:52 this morning. His mother, [[PERSON:Siobhan O'Connell]], texted from [[PHONE_NUMBER:647-382-9054]] to say he's home sick.""",
    """follow my art page [[URL:https://www.instagram.com/lena.draws.things]] !! I'm [[PERSON:Lena Vuković]], [[AGE:24]], based in [[LOCATION:Melbourne]] and open for commissions at [[EMAIL_ADDRESS:lenavdraws@proton.me]]""",
    """The courier couldn't deliver to [[PERSON:Thandiwe Mokoena]] at [[ADDRESS:Unit 9, Bougainvillea Court, 41 Jan Smuts Avenue]], [[LOCATION:Rosebank]], [[ZIP_CODE:2196]]. Please call her on [[PHONE_NUMBER:082 517 3340]] before the second attempt.""",
    """Infant room incident: at about 11:20 [[PERSON:Ava Morales]] ([[AGE:14]] months) bumped her forehead on the cubby shelf. Ice pack applied, no swelling. Dad, [[PERSON:Carlos Morales]], was notified at [[PHONE_NUMBER:(305) 418-2297]] and signed the form at pickup.""",
    """Kaixo, [[PERSON:Ane Goikoetxea]] naiz, [[PERSON:Unairen]] ama. [[PERSON:Unai]] ez da [[DATE_TIME:ostegunean, urriaren 17an]] ikastolara etorriko, medikuarekin hitzordua baitu. Edozer behar izanez gero, deitu [[PHONE_NUMBER:688 41 27 93]] zenbakira.""",
    """I'm [[PERSON:Harpreet Gill]], National Insurance number [[ID_NUMBER:PZ 48 21 93 C]], and I still haven't received the Universal Credit payment that was due to me on [[DATE_TIME:15 July]].""",
    """Membership freeze approved for [[PERSON:Jarrah Collins]] from [[DATE_TIME:1 June]] to [[DATE_TIME:31 August]] (knee reconstruction). The card on file ending 4471 won't be charged during the freeze.""",
    """Can't log into ParentPay. My username is [[USERNAME:nkechi.adeyemi14]] and the reset email keeps going to [[EMAIL_ADDRESS:nkechi.a@btinternet.com]], which I no longer use. My child is [[PERSON:Tobi Adeyemi]], Year 8, admission no. [[ID_NUMBER:004127]].""",
    """Reported profile: [[PERSON:Dmitri]] says he's [[AGE:34]] and a surgeon in [[LOCATION:Leeds]], but his photos come from a stock site. He asked me to carry on the chat on WhatsApp at [[PHONE_NUMBER:+44 7458 021396]].""",
    """Congratulations, [[PERSON:Aaliyah Brooks-Nguyen]]! Your orientation at the [[LOCATION:Tempe]] campus is on [[DATE_TIME:Wednesday, August 14, 9:00 a.m.]] Your student ID is [[ID_NUMBER:1220458871]] and your ASURITE user ID is [[USERNAME:abrooksn]].""",
    """[[PERSON:Luke Borg]], ta' [[AGE:2]] snin, se jibda jattendi ċ-childcare [[DATE_TIME:nhar it-Tnejn 7 ta' Ottubru]]. Il-ġenituri, [[PERSON:Christian]] u [[PERSON:Rebekah Borg]], jistgħu jiġu kkuntattjati fuq [[PHONE_NUMBER:9924 1186]].""",
    """[[PERSON:Oluwaseun Bakare]], A-number [[ID_NUMBER:A214-887-503]], has a biometrics appointment at the [[LOCATION:Houston]] Application Support Center on [[DATE_TIME:11/19/2024 at 8:00 AM]]. Bring the appointment notice and a photo ID.""",
    """Thank you, [[PERSON:Mrs. Eleanor Fitzwilliam]], for your gift of £250. We will claim Gift Aid on it using the address you gave us, [[ADDRESS:Flat 2, 17 Albemarle Crescent]], [[LOCATION:Scarborough]] [[ZIP_CODE:YO11 1XS]].""",
    """Respected Ma'am, my ward [[PERSON:Ishaan Verma]] of class VI-B (admission no. [[ID_NUMBER:DPS/2019/0487]]) will be absent from [[DATE_TIME:14th to 18th October]] as we are travelling to [[LOCATION:Lucknow]] for a family wedding. Regards, [[PERSON:Neha Verma]], [[PHONE_NUMBER:98110 42375]]""",
    """The rental is under [[PERSON:Fatima Al-Sayed]], driver's license [[US_DRIVER_LICENSE:D4471820]], pickup at LAX on [[DATE_TIME:June 3rd, 2:45pm]]. Additional driver [[PERSON:Omar Al-Sayed]], license [[US_DRIVER_LICENSE:F2290317]], is [[AGE:23]], so the young-driver fee applies.""",
    """Smart meter booked for [[PERSON:Bogdan Nowicki]] at [[ADDRESS:56 Ferndale Road]], [[LOCATION:Swindon]] [[ZIP_CODE:SN2 1EP]], customer number [[ID_NUMBER:8500 2217 4903]]. He says he isn't home on weekdays before six.""",
    """Hi [[PERSON:Trish]], it's [[PERSON:Mandeep]] ([[PERSON:Arjun]] and [[PERSON:Simran]]'s dad). Can the kids get off the afternoon bus at [[ADDRESS:22 Banksia Street]] instead of the usual stop from [[DATE_TIME:Tuesday the 12th]]? We're staying with my sister for a few weeks.""",
    """[[PERSON:Margaret-Anne Chisholm]], born [[DATE_TIME:March 2, 1957]], SIN [[ID_NUMBER:527 319 404]], is applying for her CPP retirement pension to start in [[DATE_TIME:April 2025]].""",
    """I'm flying [[LOCATION:Osaka]] to [[LOCATION:Vancouver]] on [[DATE_TIME:28 October]] and my booking shows my surname as [[PERSON:Nakamora]]. It should read [[PERSON:Haruto Nakamura]], as in passport [[ID_NUMBER:TK4471298]].""",
    """[[PERSON:Jón Páll Eiríksson]] á tíma hjá heimilislækni [[DATE_TIME:mánudaginn 3. febrúar kl. 9:40]] á heilsugæslustöðinni í [[LOCATION:Árbæ]]. Vinsamlegast hringið í [[PHONE_NUMBER:+354 699 2315]] ef breyta þarf tímanum.""",
    """RSVP: [[PERSON:Kwame]] and [[PERSON:Abena Mensah]] plus two kids, flying in from [[LOCATION:Kumasi]] on [[DATE_TIME:the 19th]]. Please send the shuttle details to [[EMAIL_ADDRESS:abena.mensah@yahoo.co.uk]].""",
    """[[PERSON:Nurse Patterson]] called to say [[PERSON:Zoey]] has a temperature of 101 and needs to be picked up by 1 pm. Her dad's number, [[PHONE_NUMBER:(502) 664-0918]], went straight to voicemail, so she tried [[PERSON:Zoey]]'s grandmother next.""",
    """The funeral of [[PERSON:Agnes Mary Dunleavy]], who died peacefully on [[DATE_TIME:14 January]] aged [[AGE:92]], will take place at St Brigid's Church, [[LOCATION:Castlebar]]. Donations in lieu of flowers to the Mayo Hospice.""",
    """KYC failed for [[PERSON:Rahul Menon]]: PAN [[ID_NUMBER:AKRPM4412J]] does not match the name on Aadhaar [[ID_NUMBER:5983 6271 2042]]. A resubmission link has been sent to [[EMAIL_ADDRESS:rahulmenon.kochi@gmail.com]].""",
    """Hi, I'd like to register [[PERSON:Saoirse]] for the free preschool year starting in [[DATE_TIME:September]]. Her PPSN is [[ID_NUMBER:8371624I]] and her date of birth is [[DATE_TIME:04/05/2021]]. My name is [[PERSON:Niamh Ó Briain]].""",
    """The reporting person, [[PERSON:Tevita Fifita]], [[AGE:45]], of [[ADDRESS:3/18 Kingsford Street]], [[LOCATION:Māngere]], says his ute, plate [[ID_NUMBER:LMT482]], was taken from outside his house overnight.""",
    """Overdue notice: [[PERSON:Yusuf Demir]], library card [[ID_NUMBER:21982004471390]], three items were due back on [[DATE_TIME:5 March]]. Fines are paused over the holidays.""",
    """Your Family Access account has been created. Username: [[USERNAME:khuynh4471]]. Students linked: [[PERSON:Bao Huynh]] (ID [[ID_NUMBER:310582]]) and [[PERSON:Mai Huynh]] (ID [[ID_NUMBER:310583]]). If you did not request this account, please contact the district office.""",
    """Census follow-up: the household at [[ADDRESS:1207 Cedar Avenue South, Apt 5]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55454]] is [[PERSON:Abdirahman Warsame]] ([[AGE:52]]), [[PERSON:Hodan Ali]] ([[AGE:47]]) and four children. The interview was done in Somali on [[DATE_TIME:May 9 at 6:30 p.m.]]; callback number [[PHONE_NUMBER:612-339-7045]].""",
    """[[PERSON:Iñaki Zubizarreta Larrañaga]] [[TITLE:jauna]], zure eskaera jaso dugu. Erregistroan NAN [[ID_NUMBER:30962714E]] eta helbide hau ditugu: [[ADDRESS:Kale Nagusia 14, 2. ezk.]], [[ZIP_CODE:20003]] [[LOCATION:Donostia]].""",
    """Reminder: [[PERSON:Priscilla Oduya]] has a cleaning with [[PERSON:Dr. Feld]] on [[DATE_TIME:Tue 5/13 at 4:20 PM]]. Reply C to confirm or R to reschedule.""",
    """[[PERSON:Lerato Dlamini]] (Grade 4) has been picked for the district choir. Rehearsals are on Saturday mornings at the Civic. Please return the signed indemnity form with her ID number, [[ID_NUMBER:1406110931084]], by Friday. [[PERSON:Mrs Khumalo]], music teacher""",
    """Hi [[PERSON:Ruth]], I'd like to apply for the warehouse shift lead role. I'm [[PERSON:Jerome Baptiste]], [[AGE:29]], living at [[ADDRESS:77 Osborne Road]], [[LOCATION:Leyton]], [[LOCATION:London]] [[ZIP_CODE:E10 5PH]]; my best number is [[PHONE_NUMBER:07952 640118]] and I could start on [[DATE_TIME:1 July]].""",
    """The club still has [[PERSON:Ngaire Poutama]] down as team manager, but [[EMAIL_ADDRESS:ngaire.p@xtra.co.nz]] keeps bouncing. Does anyone have another way to reach her?""",
    """This notice is to inform you that your child, [[PERSON:Ayden Castillo]], received a bus conduct report on bus #47 on [[DATE_TIME:Friday 9/20]] for standing while the bus was moving. Driver: [[PERSON:Ms. Reyna]].""",
    """Claimant [[PERSON:Muhammad Firdaus bin Rahmat]] (NRIC [[ID_NUMBER:S8834721H]]) says the collision on the PIE happened on [[DATE_TIME:22 Feb at about 7.50pm]]. His car is [[ID_NUMBER:SKL4492B]] and he can be reached at [[PHONE_NUMBER:9774 0316]].""",
    """Skólabíllinn sækir [[PERSON:Emblu Rún]] og [[PERSON:Ísak]] að [[ADDRESS:Brekkugötu 7]], [[ZIP_CODE:600]] [[LOCATION:Akureyri]], kl. 7:45 alla virka daga frá og með [[DATE_TIME:26. ágúst]]. Foreldri: [[PERSON:Helga Björk Magnúsdóttir]], s. [[PHONE_NUMBER:772 0934]].""",
    """The offer from [[PERSON:Kenji]] and [[PERSON:Mariela Watanabe-Cruz]] on [[ADDRESS:3308 Ridgecrest Dr]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83705]] expires [[DATE_TIME:Sunday 6/9 at 5pm]].""",
    """[[PERSON:Jordan]] (they/them), [[AGE:19]], self-referred on [[DATE_TIME:2 October]]. Their GP is [[PERSON:Dr Amina Qureshi]] at Parkview Surgery, who is happy to share notes.""",
    """The EHCP annual review for [[PERSON:Mason Kowalczyk]] (DOB [[DATE_TIME:17.03.2013]], UPN [[ID_NUMBER:K801200113047]]) is booked for [[DATE_TIME:Thursday 21 November, 2.00pm]]. [[PERSON:Mrs Kowalczyk]] has asked for a Polish interpreter.""",
    """Hello, I'm [[PERSON:Chiamaka Nwosu]], a [[NRP:Nigerian]] citizen, and my Schengen visa appointment in [[LOCATION:Lagos]] is on [[DATE_TIME:the 4th of December]]. My passport number is [[ID_NUMBER:B50928847]].""",
    """Kia ora [[PERSON:Mere]], just letting you know [[PERSON:Nikau]] has a cough so he'll stay home from kindy today and tomorrow. His nana [[PERSON:Rangi]] might pop in at lunchtime to grab his drawing folder. Ngā mihi, [[PERSON:Aroha]]""",
    """Someone used my card [[CREDIT_CARD:4263 9826 4026 2997]] at a gas station in [[LOCATION:Reno]] on [[DATE_TIME:Aug 14]] while I was at home in [[LOCATION:Sacramento]]. I want it blocked and reissued. — [[PERSON:Dennis Yoakum]]""",
    """Form 2 parents: the balance for [[PERSON:Brian Kiprotich]] (adm. no. [[ID_NUMBER:4471]]) can be paid by M-Pesa to paybill 522533. [[PERSON:Mr. Kiprotich]], please confirm on [[PHONE_NUMBER:0711 902 365]] once it's sent.""",
    """The movers arrive [[DATE_TIME:Sat 28 Sept, 8am]] at [[ADDRESS:Flat 5B, Carrington House, 12 Marine Parade]], [[LOCATION:Brighton]] [[ZIP_CODE:BN2 1TL]]; [[PERSON:Inês Carvalho]] will let them in.""",
    """[[PERSON:Mr. Abdullah Rahimi]], [[AGE:88]], is a [[NRP:Muslim]] resident at Rosewood Lodge and prefers halal meals. His son [[PERSON:Farid]] ([[PHONE_NUMBER:0403 772 168]]) holds enduring power of attorney.""",
    """Compass says [[PERSON:Isla McKenzie]] has four unexplained absences, but I explained all of them from [[EMAIL_ADDRESS:jmckenzie.home@bigpond.com]] on [[DATE_TIME:12 March]]. Could someone fix it please? — [[PERSON:Jodie McKenzie]]""",
    """Thanks for donating today, [[PERSON:Tomás]]! Your next eligible donation date is [[DATE_TIME:17 April]] and your donor number is [[ID_NUMBER:DN 4472 0198]].""",
    """Ég, [[PERSON:Guðmundur Örn Sveinsson]], kt. [[ID_NUMBER:250779-4539]], óska eftir því að launin mín verði lögð inn á reikning [[IBAN_CODE:IS96 0334 2601 1873 2507 7945 39]] frá og með [[DATE_TIME:1. mars]].""",
    """School transport has approved a ticket for [[PERSON:Cian Ó Murchú]] (PPSN [[ID_NUMBER:6612047Q]]) of [[ADDRESS:4 Ard na Gréine]], [[LOCATION:Clonakilty]], [[ZIP_CODE:P85 XK20]]. The €100 family charge is due by [[DATE_TIME:27 June]].""",
    """i'm [[AGE:16]] not [[AGE:13]] lol, my birthday is [[DATE_TIME:oct 3]] and my name is [[PERSON:zara]]. why is my account locked??""",
    """[[PERSON:Nguyen Thi Lan]], TFN [[ID_NUMBER:876 120 395]], lodged her return on [[DATE_TIME:30/10/2023]] through her agent. The refund went to BSB 062-000, account [[ID_NUMBER:1048 2291]].""",
    """Meeting note: [[PERSON:Valeria Soto]]'s IEP meeting was moved to [[DATE_TIME:Oct. 30 at 3:45]]. Her mom, [[PERSON:Rosa Soto]], asked for a Spanish interpreter and can be reached at [[PHONE_NUMBER:562-903-4418]].""",
    """[[PERSON:Babajide Akinola]] was discharged from Ward 7 on [[DATE_TIME:09-11-2024]]; hospital no. [[ID_NUMBER:LUTH/22/19846]]. He is to return to the surgical outpatient clinic in six weeks.""",
    """Your driver [[PERSON:Anil]] is arriving in a silver Toyota Axio, plate [[ID_NUMBER:KDA 417Y]]. You shared this trip with [[PERSON:Njeri]].""",
    """Voter record: [[PERSON:Delphine Moreau-Baptiste]], [[ADDRESS:511 Dauphine St]], [[LOCATION:New Orleans]], [[LOCATION:LA]] [[ZIP_CODE:70112]], party affiliation [[NRP:Democrat]], registered on [[DATE_TIME:09/14/2016]].""",
    """Waitlist update: [[PERSON:Amara Osei-Bonsu]] (born [[DATE_TIME:Jan 8, 2023]]) is now third for the toddler room at our [[LOCATION:Kitsilano]] centre. We'll email [[EMAIL_ADDRESS:kofi.osei-bonsu@shaw.ca]] as soon as a spot opens.""",
    """Good morning po! This is [[PERSON:Jenny Rose Bautista]], mother of [[PERSON:Kyle Bautista]] from Grade 5-Sampaguita. [[PERSON:Kyle]]'s LRN is [[ID_NUMBER:136512140398]]; kindly update his address to [[ADDRESS:218 P. Burgos St.]], [[LOCATION:Brgy. San Roque]], [[LOCATION:Marikina City]].""",
    """PTA levy received from [[PERSON:Mrs. Folake Adebayo]] for [[PERSON:Damilola]] (JSS2 Gold). For any query about the receipt, [[PERSON:Mrs Adebayo]]'s line is [[PHONE_NUMBER:0803 452 7719]].""",
    """Kaixo [[PERSON:Jon]], [[PERSON:Maialen]] naiz. Telefono berria dut: [[PHONE_NUMBER:+34 655 219 047]]. [[DATE_TIME:Larunbatean, abenduaren 14an]] [[LOCATION:Gasteizen]] izango naiz, eta kafe bat hartu nahi nuke zurekin.""",
]

BENCH = [
    """Dear [[PERSON:Kristin]], as Transport Coordinator at Maplewood Primary please confirm that the bus pass for [[PERSON:Elias Haddad]] (DOB [[DATE_TIME:07/03/2015]]) is posted to [[ADDRESS:4417 Quarry Hill Road, Apt. 12]], [[LOCATION:Lakeview]], [[LOCATION:OH]] [[ZIP_CODE:43331]]. His guardian's portal login [[USERNAME:rhaddad84]] was last used from [[IP_ADDRESS:172.58.14.203]].""",
    """[[PERSON:Ms. Yolanda Breckenridge]], Principal Branding Specialist, asked for the refund of 841.07 to go back to card [[CREDIT_CARD:5425233430109101]] (CVV 417, exp 09/27). Request came from MAC 3c:22:fb:91:0e:7a with user agent Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15.""",
    """The council tax overpayment for [[PERSON:Mateo Giraldo]] will be refunded to account [[ID_NUMBER:21085713]], IBAN [[IBAN_CODE:GB60LOYD30946621085713]], BIC LOYDGB21F09, once [[PERSON:Mr. Giraldo]] confirms it on the resident portal as [[USERNAME:mgiraldo_sw4]].""",
    """[[PERSON:Zainab Hussaini]], [[AGE:37]], female, 5'4", of [[NRP:Afghan]] origin, works as a Lead Intranet Designer and lives at [[ADDRESS:902 Linden Terrace, Suite 4]], [[LOCATION:Fremont]], [[LOCATION:California]]. Reach her on [[PHONE_NUMBER:+1-510-338-7720]] or [[EMAIL_ADDRESS:z.hussaini@fastmail.com]].""",
    """Greetings [[PERSON:Tomasz]], the benefits portal flagged a login for [[USERNAME:tkowal_88]] from [[IP_ADDRESS:2a02:c7c:5d41:9e00:14b3:7f2a:91c0:6e55]] at 02:14. If this wasn't you, reset your password (current hint: 'Rex2019!') and call us. Your registered phone ends 6621.""",
    """Billing notice for [[PERSON:Oyelaran Adeyemi-Scott]]: tuition instalment of £1,240 due for [[PERSON:Ifeoluwa]] (Year 10). Pay with Visa [[CREDIT_CARD:4716 0051 9932 8044]], expiry 03/28, security code 902, or by transfer to [[IBAN_CODE:GB78 NWBK 5510 2288 7163 42]].""",
    """[[PERSON:Haruka Sato]], born [[DATE_TIME:1994-02-19]], Investor Solutions Officer at Kemmer Group, registered the vehicle [[ID_NUMBER:YD71 KXN]] at [[ADDRESS:63 Hartington Road, Flat 9]], [[LOCATION:Leeds]], [[ZIP_CODE:LS6 3HT]]. VIN SALLAAA148A123456 on the V5C.""",
    """Please forward the enrolment pack for [[PERSON:Amelia-Rose Pinnock]] (born [[DATE_TIME:22nd August 2019]]) to her father [[PERSON:Delroy Pinnock]] at [[EMAIL_ADDRESS:delroyp76@hotmail.co.uk]] and her mother at [[EMAIL_ADDRESS:shanice.pinnock@gmail.com]]; home phone [[PHONE_NUMBER:0121 496 0833]].""",
    """[[PERSON:Jean-Baptiste Mukendi]]'s new SSN card shows [[US_SSN:529-04-7716]]; he's a Forward Metrics Planner, [[AGE:41]], and moved on [[DATE_TIME:2023-11-04]] to [[ADDRESS:1187 Cedar Bend Court]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43215]].""",
    """Hi [[PERSON:Priyamvada]], your parent portal PIN 4471 has been reset. Username: [[USERNAME:priya.raman.ps]]. Registered child: [[PERSON:Advait Raman]], roll no. [[ID_NUMBER:PS-24-1183]], Class 2C. Last access [[DATE_TIME:Mon 14 Oct 2024 21:07]] from [[IP_ADDRESS:49.207.183.12]].""",
    """The Dynamic Response Manager [[PERSON:Bjørn Eriksen-Mbatha]] paid with Amex [[CREDIT_CARD:375987654321079]], exp 11/26, CID 6610; billing ZIP [[ZIP_CODE:98109]]. Device: Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15, MAC b8:27:eb:4c:19:a2.""",
    """To: [[TITLE:Sgt.]] [[PERSON:Oluwadamilare Ige]] — your request to add [[PERSON:Titilayo Ige]] ([[AGE:6]]) to the base childcare roster has been received. Sponsor DoD ID [[ID_NUMBER:1298834406]]; quarters at [[ADDRESS:15 Bastogne Loop]], [[LOCATION:Fort Liberty]], [[LOCATION:NC]] [[ZIP_CODE:28310]].""",
    """[[PERSON:Cormac Twomey]], Regional Assurance Liaison, asked that the €3,200 transfer go to [[IBAN_CODE:IE21 AIBK 9335 6041 8277 30]] (BIC AIBKIE2D) before [[DATE_TIME:29/02]]. His PPS number [[ID_NUMBER:2045918NA]] is on file, residence [[ADDRESS:Apartment 31, The Maltings, 8 Bridge Street]], [[LOCATION:Kilkenny]] [[ZIP_CODE:R95 E2W4]].""",
    """Field trip consent for [[PERSON:Keanu Makoa]], age [[AGE:9]], Room 14: parent [[PERSON:Leilani Makoa]], cell [[PHONE_NUMBER:808-272-5519]]; emergency contact [[PERSON:Kaleo Akana]], [[PHONE_NUMBER:808-391-0047]]. Allergies: tree nuts. Signed [[DATE_TIME:3/2/2025]].""",
    """[[PERSON:Vusi Ndlovu]] (ID [[ID_NUMBER:8503025819082]]), Chief Factors Agent, reset his banking PIN on [[DATE_TIME:2024-06-17 08:42:11]] from [[IP_ADDRESS:41.13.252.96]]; cell [[PHONE_NUMBER:+27 72 914 3308]], office [[ADDRESS:27 Loop Street, 3rd Floor]], [[LOCATION:Cape Town]], [[ZIP_CODE:8001]].""",
    """[[PERSON:Ms. Ong Hui Min]], please note the school bus fee for [[PERSON:Ryan Teo]] ([[ID_NUMBER:T1627140Z]]) of [[ADDRESS:Blk 455 Sengkang West Way, #08-112]], [[LOCATION:Singapore]] [[ZIP_CODE:790455]] will be deducted by GIRO from DBS account [[ID_NUMBER:027-814993-2]] from [[DATE_TIME:January]].""",
    """User [[USERNAME:wkipchumba]] ([[PERSON:Wycliffe Kipchumba]], Legacy Usability Executive) changed the payout card to [[CREDIT_CARD:5312 6608 2419 7738]], exp 05/29. KRA PIN [[ID_NUMBER:A004718233P]], phone [[PHONE_NUMBER:+254 733 481 920]], town [[LOCATION:Eldoret]].""",
    """Hotel folio: guest [[PERSON:Gabriela Nowak-Reyes]], with [[PERSON:Sofia]] and [[PERSON:Lucas Reyes]], check-in [[DATE_TIME:20 December 15:00]], check-out [[DATE_TIME:27 December]]. Photo ID: driving licence [[ID_NUMBER:NOWAK755188GR9XY]]. Card guarantee Visa [[CREDIT_CARD:4929 3304 7781 9206]], exp 10/27.""",
    """[[PERSON:Ximena Quispe]], [[AGE:52]], [[NRP:Peruvian]], Direct Functionality Associate, 172 cm, grey eyes, now at [[ADDRESS:48 Ramsay Street, Unit 2]], [[LOCATION:Haberfield]] [[LOCATION:NSW]] [[ZIP_CODE:2045]]. IBAN for the relocation grant: [[IBAN_CODE:DE20 1001 0010 0077 6421 93]].""",
    """Booking LEX-22917 for the 'Little Explorers' coding camp paid by [[PERSON:Rhys Llewellyn-Jones]] with Maestro [[CREDIT_CARD:6759 6498 2643 8453]], exp 12/26, for [[PERSON:Macsen]] ([[AGE:11]]) and [[PERSON:Elin]] ([[AGE:9]]); contact [[EMAIL_ADDRESS:rhys.lj@btinternet.com]].""",
    """Kæra [[PERSON:Þórdís Lilja Gunnarsdóttir]], umsókn þín um pláss á frístundaheimili fyrir [[PERSON:Sóleyju]] (kt. [[ID_NUMBER:280616-2490]]) hefur verið móttekin. Heimilisfang: [[ADDRESS:Hraunbæ 102, íbúð 0304]], [[ZIP_CODE:110]] [[LOCATION:Reykjavík]]. Netfang: [[EMAIL_ADDRESS:thordis.lilja@simnet.is]].""",
    """[[PERSON:Dr. Anjali Raghavan]] (IFSC SBIN0004421, account [[ID_NUMBER:30215587710]]) transferred ₹48,000 to [[PERSON:Karthik Subramanian]] on [[DATE_TIME:05-09-2024]]; his mobile is [[PHONE_NUMBER:+91 94433 71820]] and his address [[ADDRESS:No. 14, 3rd Cross]], [[LOCATION:Indiranagar 2nd Stage]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]].""",
    """Account holder [[PERSON:Brianna Kowalski]] paid the water bill for [[ADDRESS:2290 Old Orchard Rd]], [[LOCATION:Traverse City]], [[LOCATION:MI]] [[ZIP_CODE:49686]] with Discover [[CREDIT_CARD:6011 4402 9981 3362]]. The payment came from [[IP_ADDRESS:99.114.67.201]], Chrome 124 on Windows 10.""",
    """Hey [[PERSON:Femi]], your Senior Paradigm Strategist badge [[ID_NUMBER:EMP-004381]] expires soon. Please confirm your home address, [[ADDRESS:Plot 14, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]], and your NIN [[ID_NUMBER:48211937605]] with HR.""",
    """Għażiż [[TITLE:Sur]] [[PERSON:Joseph Vella]], il-ħlas għat-trasport tal-iskola ta' [[PERSON:Matthew]] ([[AGE:10]] snin) se jinġabar mill-kont [[IBAN_CODE:MT86 VALL 2201 3000 0000 4001 7893 120]]. Indirizz: [[ADDRESS:Flat 3, Block B, Triq il-Wied]], [[LOCATION:Birkirkara]] [[ZIP_CODE:BKR 9052]]. Mowbajl: [[PHONE_NUMBER:+356 9942 7715]].""",
    """[[PERSON:Keisha Drummond-Achebe]], Human Web Consultant, DOB [[DATE_TIME:14-Nov-1986]], US passport [[US_PASSPORT:567812094]], [[LOCATION:Florida]] driver license [[US_DRIVER_LICENSE:D120-447-86-714-0]], lives at [[ADDRESS:7731 Coral Way, Apt 5]], [[LOCATION:Miami]], [[ZIP_CODE:33155]].""",
    """Route change: [[PERSON:Mohammed Al-Amin]] ([[AGE:12]]) moves from the 7:35 pick-up outside [[ADDRESS:318 Parkside Avenue]] to the stop by [[ADDRESS:1 Wesley Court]] starting [[DATE_TIME:Mon 2 Sept]]. Parent contact: [[PERSON:Rukhsana Begum]], [[PHONE_NUMBER:07700 184 239]].""",
    """Refund for [[PERSON:Ana Paula Medeiros]] approved to card [[CREDIT_CARD:4485-6612-0093-4573]] (CVV 288). She is [[AGE:45]], [[NRP:Brazilian]], living in [[LOCATION:Toronto]] at [[ADDRESS:2501 Bloor St W, Unit 1407]], [[ZIP_CODE:M6S 1R5]]; SIN on file [[ID_NUMBER:437 182 058]].""",
    """Please note [[PERSON:Tiana]]'s custody order limits pick-up: only [[PERSON:Marisol Duarte]] (mother, DL [[US_DRIVER_LICENSE:D442-7091-8621]]) or [[PERSON:Ernesto Duarte]] (grandfather) may collect her. Her father, [[PERSON:Kyle Brennan]], may NOT. Order dated [[DATE_TIME:January 8, 2024]].""",
    """Ping from [[IP_ADDRESS:10.44.3.19]] to [[IP_ADDRESS:203.0.113.87]] failed for the workstation of [[PERSON:Li Wei]] ([[EMAIL_ADDRESS:li.wei@northwind-logistics.com]]), MAC 00:1A:2B:9F:44:C1. Escalated to [[PERSON:Aleksandra Petrović]] at 16:05.""",
    """[[PERSON:Imogen Whitlock]] moved house on [[DATE_TIME:9th September]] to [[ADDRESS:The Old Forge, 3 Mill Lane]], [[LOCATION:Great Shelford]], [[LOCATION:Cambridgeshire]] [[ZIP_CODE:CB22 5EZ]]. New landline [[PHONE_NUMBER:01223 843 116]]; her partner [[PERSON:Harriet]] is on [[PHONE_NUMBER:07825 602 913]].""",
    """[[PERSON:Miren Etxeberria Arrieta]] [[TITLE:andrea]]: [[PERSON:Aitor]] semearen jantoki-kuotak [[IBAN_CODE:ES54 2095 0611 0291 0234 5671]] kontutik kobratuko dira [[DATE_TIME:irailaren 1etik]] aurrera. Telefonoa: [[PHONE_NUMBER:943 27 81 64]]; helbidea: [[ADDRESS:Easo kalea 31, 4. B]], [[ZIP_CODE:20006]] [[LOCATION:Donostia]].""",
    """[[PERSON:Rafael Lim]], passport [[ID_NUMBER:P4471982B]], [[NRP:Filipino]], SSS [[ID_NUMBER:34-2281947-6]], PhilHealth [[ID_NUMBER:12-051847263-9]], TIN [[ID_NUMBER:421-883-017-000]], lives at [[ADDRESS:Unit 1203, Tower 2, Avida Towers, 34th St]], [[LOCATION:BGC]], [[LOCATION:Taguig]]. Mobile [[PHONE_NUMBER:+63 917 552 0384]].""",
    """Gym statement: [[PERSON:Hannah Goldberg]]'s account [[ID_NUMBER:FX-20817]] shows $112.50 outstanding after the autopay from checking [[ID_NUMBER:4410082377]] (routing 021000021) bounced on [[DATE_TIME:11/01]]. Contact: [[EMAIL_ADDRESS:hgoldberg@verizon.net]].""",
    """The lease guarantor, [[PERSON:Olusegun Faleti]], [[AGE:58]], retired, SSN [[US_SSN:287-91-4452]], of [[ADDRESS:PO Box 2217]], [[LOCATION:Silver Spring]], [[LOCATION:MD]] [[ZIP_CODE:20915]], signed on [[DATE_TIME:03.15.2024]].""",
    """CHILDCARE ENROLLMENT AGREEMENT
Sunny Steps Learning Center, License #CC-448120

Child: [[PERSON:Oliver James Whitaker]]        Date of Birth: [[DATE_TIME:05/19/2021]]
Parent/Guardian 1: [[PERSON:Rachel Whitaker]]  Phone: [[PHONE_NUMBER:(720) 415-3389]]  Email: [[EMAIL_ADDRESS:rachel.whitaker@comcast.net]]
Parent/Guardian 2: [[PERSON:Daniel Whitaker]]  Phone: [[PHONE_NUMBER:(720) 415-9012]]
Home Address: [[ADDRESS:7741 S. Elm Circle]], [[LOCATION:Centennial]], [[LOCATION:CO]] [[ZIP_CODE:80122]]
Start Date: [[DATE_TIME:September 3, 2024]]     Schedule: Mon-Thu, 7:30am-5:30pm
Tuition: $1,480/month, drafted on the 1st of each month.
Authorized pick-up: [[PERSON:Carol Whitaker]] (grandmother), [[PERSON:Jess Moreno]] (family friend)
Parent signature: ____________   Date: [[DATE_TIME:08/12/2024]]""",
    """AUTO CLAIM - FIRST NOTICE OF LOSS
Claim No: CLM-2024-0883172        Policy: PA-7719038-01
Insured: [[PERSON:Theodore Akintola]]      DOB: [[DATE_TIME:11/30/1972]]
Address: [[ADDRESS:408 Winding Creek Ln]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]]
Driver License: [[US_DRIVER_LICENSE:27740918]]
Date/Time of Loss: [[DATE_TIME:07/06/2024 approx. 17:45]]
Loss location: intersection of Preston Rd and Park Blvd
Other party: [[PERSON:Cheng Yu-Ting]], phone [[PHONE_NUMBER:469-881-2047]], plate [[ID_NUMBER:NKT-4471]]
Description: Insured was stopped at a red light when the other vehicle struck the rear bumper. No injuries reported. Photos uploaded by [[PERSON:Mr. Akintola]] the same evening.""",
    """DISCHARGE SUMMARY - Ward 22

Patient: [[PERSON:Margaret Oduya-Clarke]]    NHS No: [[ID_NUMBER:401 023 2137]]    Hosp No: [[ID_NUMBER:RI0448127]]
DOB: [[DATE_TIME:02/02/1949]] ([[AGE:75]] y)    Sex: F
Address: [[ADDRESS:11 Cranmore Gardens]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH4 5QB]]
Admitted: [[DATE_TIME:14/10/2024 03:20]]    Discharged: [[DATE_TIME:19/10/2024]]
Consultant: [[PERSON:Dr R. Menon]]    GP: [[PERSON:Dr Fiona Lang]], Stockbridge Medical Centre
Diagnosis: community-acquired pneumonia, resolving. Amoxicillin to complete 7 days.
Next of kin: [[PERSON:Paul Clarke]] (son), [[PHONE_NUMBER:07711 340 925]]""",
    """HOME TO SCHOOL TRANSPORT APPLICATION 2024/25
Pupil surname: [[PERSON:Oyelowo]]          Forename(s): [[PERSON:Deborah Adaeze]]
Date of birth: [[DATE_TIME:14 / 07 / 2012]]       UPN: [[ID_NUMBER:K330411712019]]
School: Kings Norton Girls' School      Year group: 7
Home address: [[ADDRESS:52 Pershore Road South]], [[LOCATION:Birmingham]] [[ZIP_CODE:B30 3EL]]
Walking distance to school: 3.4 miles
Parent/carer: [[PERSON:Grace Oyelowo]]       Relationship: Mother
Daytime tel: [[PHONE_NUMBER:0121 458 2291]]     Mobile: [[PHONE_NUMBER:07984 330 176]]
Email: [[EMAIL_ADDRESS:grace.oyelowo@outlook.com]]
Does the pupil have an EHCP? No
Signed: [[PERSON:G. Oyelowo]]        Date: [[DATE_TIME:30/05/2024]]""",
    """PERSONAL LOAN APPLICATION - Section A
Applicant: [[PERSON:Siddharth Iyer]]          Co-applicant: [[PERSON:Meera Iyer]]
DOB: [[DATE_TIME:1988-09-03]] / [[DATE_TIME:1990-01-27]]
SSN: [[US_SSN:412-68-3390]] / [[US_SSN:633-20-1875]]
Current address: [[ADDRESS:2150 Mission College Blvd, Apt 318]], [[LOCATION:Santa Clara]], [[LOCATION:CA]] [[ZIP_CODE:95054]] (2 yrs 4 mos)
Employer: Intellisys Corp.    Position: Staff Engineer    Annual income: $212,000
Checking account: [[ID_NUMBER:000123847719]]    Routing: 121000248
Loan amount requested: $35,000    Purpose: home improvement""",
    """CONTRACT OF EMPLOYMENT

This contract is made on [[DATE_TIME:2nd January 2025]] between Savanna Agro Ltd ("the Employer") and [[PERSON:Grace Wairimu Njoroge]], ID No. [[ID_NUMBER:31184720]], KRA PIN [[ID_NUMBER:A011294853K]], of [[ADDRESS:P.O. Box 4471]]-[[ZIP_CODE:00200]], [[LOCATION:Nairobi]] ("the Employee").
1. Position: Farm Operations Supervisor, reporting to [[PERSON:Peter Mwangi]].
2. Commencement: the Employee shall start on [[DATE_TIME:13 January 2025]].
3. Salary: KES 85,000 per month, paid into account [[ID_NUMBER:0110284471900]] at Equity Bank.
4. NSSF No: [[ID_NUMBER:2004471839]]; SHIF No: [[ID_NUMBER:R4471208]].""",
    """STUDENT INCIDENT REPORT
Student: [[PERSON:Jaylen Brooks]]     Grade: 6     Student #: [[ID_NUMBER:1007734]]
Date/Time of incident: [[DATE_TIME:Tuesday, 04/15/2025, 12:40 PM]]
Location: cafeteria
Staff reporting: [[PERSON:Ms. Hernández]] (lunch supervisor)
Other student involved: [[PERSON:Connor Walsh]] (#[[ID_NUMBER:1007912]])
Parent/guardian notified: [[PERSON:Tamika Brooks]] by phone ([[PHONE_NUMBER:314-229-6618]]) at 1:15 PM
Action taken: referral to school counselor [[PERSON:Mr. Abernathy]]; both students kept in at recess.""",
    """RESIDENTIAL TENANCY AGREEMENT (Form 18a)
Lessor: Harbourview Property Pty Ltd, managing agent [[PERSON:Chloe Papadopoulos]]
Tenant 1: [[PERSON:Rajesh Pillai]]      Tenant 2: [[PERSON:Anusha Pillai]]
Premises: [[ADDRESS:Unit 7, 41 Ipswich Road]], [[LOCATION:Woolloongabba]] [[LOCATION:QLD]] [[ZIP_CODE:4102]]
Start date: [[DATE_TIME:1/8/2024]]     End date: [[DATE_TIME:31/7/2025]]
Rent: $620 per week to the agent's trust account, BSB 084-004 account 51 882 9930
Bond: $2,480 (lodged with the RTA)
Tenant contact: [[PHONE_NUMBER:0433 918 604]], [[EMAIL_ADDRESS:rajesh.pillai@live.com.au]]""",
    """NOTICE OF HEARING
Claim number: K4QZ8871
Claimant: [[PERSON:Bernadette O'Halloran]]
Defendant: [[PERSON:Gareth Pryce]], of [[ADDRESS:19 Tydfil Street]], [[LOCATION:Merthyr Tydfil]] [[ZIP_CODE:CF47 8BN]]

TAKE NOTICE that the small claim will be heard at the County Court at Cardiff on [[DATE_TIME:Wednesday 5 March 2025 at 10:30 am]], time allowed 1 hour, before District Judge [[PERSON:Hollis]]. If you do not attend, the court may decide the claim in your absence.""",
    """CERTIFICATE OF IMMUNIZATION - School Entry
Child's name: [[PERSON:Nguyen]], [[PERSON:Bảo Anh]]      DOB: [[DATE_TIME:2019-03-11]]      Sex: F
Parent: [[PERSON:Nguyen Van Hai]]      Phone: [[PHONE_NUMBER:(714) 893-0452]]
Address: [[ADDRESS:15482 Brookhurst St #B]], [[LOCATION:Westminster]], [[LOCATION:CA]] [[ZIP_CODE:92683]]
DTaP: [[DATE_TIME:05/13/2019]], [[DATE_TIME:07/15/2019]], [[DATE_TIME:09/16/2019]], [[DATE_TIME:06/22/2020]], [[DATE_TIME:03/18/2024]]
MMR: [[DATE_TIME:03/20/2020]], [[DATE_TIME:03/18/2024]]
Reviewed by: [[PERSON:Nurse Alvarez]], RN""",
    """Bank of Ireland - Current Account Statement
[[PERSON:Ciarán Mac Giolla Phádraig]]
[[ADDRESS:Apt 12, Dockmill Quay, 45 Barrow Street]]
[[LOCATION:Dublin 4]]   [[ZIP_CODE:D04 W6C2]]

Account: [[ID_NUMBER:12460981]]    Sort code: 90-58-33
IBAN: [[IBAN_CODE:IE25 BOFI 9058 3312 4609 81]]    BIC: BOFIIE2D
Statement period: 01 Oct 2024 - 31 Oct 2024    Closing balance: €2,318.40""",
    """Child Care Subsidy - Enrolment Notice

Dear [[PERSON:Mrs Aisha Rahman]],
We've been told that [[PERSON:Zayd Rahman]] (CRN [[ID_NUMBER:204 771 938J]]) is enrolled at a Goodstart Early Learning centre from [[DATE_TIME:15 January 2025]]. Your own CRN is [[ID_NUMBER:318 664 201A]]. If this is wrong, call us on 13 61 50.
Your address: [[ADDRESS:4/22 Queen Street]], [[LOCATION:Auburn]] [[LOCATION:NSW]] [[ZIP_CODE:2144]]""",
    """OPD REGISTRATION - City Care Hospital
UHID: [[ID_NUMBER:CCH/24/118734]]
Name: [[PERSON:Mrs. Sunita Deshpande]]      Age/Sex: [[AGE:63]]/F
Address: [[ADDRESS:Flat B-402, Shanti Kunj Society, Karve Road]], [[LOCATION:Kothrud]], [[LOCATION:Pune]] - [[ZIP_CODE:411038]]
Mobile: [[PHONE_NUMBER:98220 47115]]      Aadhaar: [[ID_NUMBER:7312 0948 8653]]
Referred by: [[PERSON:Dr. S. K. Bapat]]
Date of visit: [[DATE_TIME:21/11/2024, 11:05 am]]      Dept: Cardiology""",
    """PROPERTY LOSS NOTICE
Policyholder: [[PERSON:Marc-André Tremblay]]      Policy #: HOM-55218-QC
Risk address: [[ADDRESS:3312 Rue des Érables]], [[LOCATION:Sherbrooke]], [[LOCATION:QC]] [[ZIP_CODE:J1L 2B7]]
Date of loss: [[DATE_TIME:2024-03-28]]      Cause: burst pipe (frozen)
Contact: [[PHONE_NUMBER:819-562-4490]] (home), [[PHONE_NUMBER:819-780-3316]] (cell)
Adjuster assigned: [[PERSON:Nadia Benali]], [[EMAIL_ADDRESS:nadia.benali@assurancesboreal.ca]]""",
    """APPLIKAZZJONI GĦAT-TRASPORT TAL-ISKOLA 2024-2025
Isem l-istudent: [[PERSON:Kylie Grech]]      Data tat-twelid: [[DATE_TIME:03/04/2016]]
Isem il-ġenitur: [[PERSON:Roderick Grech]]
Numru tal-karta tal-identità tal-ġenitur: [[ID_NUMBER:0289176M]]
Indirizz: [[ADDRESS:Ir-Rużarju, 17, Triq il-Kbira]], [[LOCATION:Ħaż-Żebbuġ]] [[ZIP_CODE:ZBG 1305]]
Mowbajl: [[PHONE_NUMBER:7921 8834]]      Imejl: [[EMAIL_ADDRESS:rgrech.family@gmail.com]]
Skola: Skola Primarja, Sena 3
Firma: ____________      Data: [[DATE_TIME:12/06/2024]]""",
    """Form W-9 (Rev. March 2024) - Request for Taxpayer Identification Number and Certification
1 Name: [[PERSON:Lucinda M. Greyhawk]]
2 Business name: Greyhawk Tutoring LLC
5 Address: [[ADDRESS:1720 N. Fourth Street, Ste 6]]
6 City, state, and ZIP code: [[LOCATION:Flagstaff]], [[LOCATION:AZ]] [[ZIP_CODE:86004]]
Part I  Social security number: [[US_SSN:604-18-2977]]
Signature of U.S. person: [[PERSON:L. Greyhawk]]      Date: [[DATE_TIME:1/22/2025]]""",
    """EOTC CONSENT FORM - Year 7 Camp, [[LOCATION:Tongariro]]
Student: [[PERSON:Ruby Tautahi-Wilson]]      Room: 12
Date of birth: [[DATE_TIME:19 May 2012]]
Medical: asthma (reliever inhaler, carries own)
Caregiver 1: [[PERSON:Michelle Tautahi]] - [[PHONE_NUMBER:027 334 8812]]
Caregiver 2: [[PERSON:Craig Wilson]] - [[PHONE_NUMBER:022 091 4476]]
Family doctor: [[PERSON:Dr Hamish Reid]], Te Awamutu Medical Centre (07 871 4470)
I give permission for my child to attend. Signed: [[PERSON:M. Tautahi]]""",
    """INSTALMENT SALE AGREEMENT
Purchaser: [[PERSON:Nomvula Precious Zulu]]      ID No: [[ID_NUMBER:9302270317085]]
Residential address: [[ADDRESS:14 Acacia Crescent]], [[LOCATION:Lonehill]], [[LOCATION:Sandton]], [[ZIP_CODE:2062]]
Cell: [[PHONE_NUMBER:083 771 2049]]      Email: [[EMAIL_ADDRESS:nomvula.zulu@webmail.co.za]]
Vehicle: 2022 VW Polo Vivo, VIN AAVZZZ6RZNU018447, Reg: [[ID_NUMBER:JK 44 TR GP]]
Debit order from account [[ID_NUMBER:62841930017]] (FNB, branch 250655) on the 1st of each month.""",
    """IKASTOLAKO MATRIKULA-ORRIA 2024-2025
Ikaslearen izen-abizenak: [[PERSON:Oihane Lasa Urkiola]]
Jaiotze-data: [[DATE_TIME:2018/05/22]]
Gurasoaren izena: [[PERSON:Joseba Lasa]]      NAN: [[ID_NUMBER:44187205L]]
Helbidea: [[ADDRESS:Nafarroa etorbidea 8, 3. esk.]], [[ZIP_CODE:20500]] [[LOCATION:Arrasate]]
Telefonoak: [[PHONE_NUMBER:943 79 12 55]] / [[PHONE_NUMBER:617 44 90 28]]
Eskola-garraioa: Bai (geltokia: Udaletxea)
Sinadura: [[PERSON:J. Lasa]]      Data: [[DATE_TIME:2024ko ekainaren 3a]]""",
    """NOTICE OF DATA BREACH

[[PERSON:Evangeline Morrow]]
[[ADDRESS:86 Harbor View Drive]]
[[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04101]]

Dear [[PERSON:Evangeline Morrow]]:
We are writing to tell you about an incident that may have involved some of your information. On or about January 27, 2025, an unauthorized party gained access to a file server used by our billing vendor. The files included your name, date of birth ([[DATE_TIME:06/08/1961]]) and the last four digits of your Social Security number (ending 4471). We are offering 24 months of credit monitoring; call 1-833-204-7719 to enrol.""",
    """DAILY ROUTE SHEET - Route 9 AM
Driver: [[PERSON:Desmond Achterberg]]      Driver ID: [[ID_NUMBER:DRV-2281]]      Bus: 44
Date: [[DATE_TIME:Thu 10/03/2024]]
Stop 1   7:02   [[ADDRESS:1450 County Road 12]]   [[PERSON:Harper Lindqvist]], [[PERSON:Owen Lindqvist]]
Stop 2   7:09   [[ADDRESS:882 Prairie View Rd]]   [[PERSON:Mateo Ruiz]]
Stop 3   7:15   Elm & 3rd (corner)   [[PERSON:Ava Thunderbird]], [[PERSON:Lily Chen]]
Notes: [[PERSON:Mateo]] absent, parent called dispatch at 6:50.""",
    """Rx# 6620418
Patient: [[PERSON:HOLLOWAY]], [[PERSON:CLARENCE]]      DOB: [[DATE_TIME:04/17/1950]]
[[ADDRESS:229 Magnolia Ave]], [[LOCATION:Macon]], [[LOCATION:GA]] [[ZIP_CODE:31201]]
Medicare ID: [[ID_NUMBER:3TK7-QW2-HN58]]
Prescriber: [[TITLE:DR.]] [[PERSON:PRIYA NATARAJAN]]
METOPROLOL SUCC ER 50MG TAB - take one tablet by mouth daily. Qty 90. Refills: 3""",
    """LETTER OF EMPLOYMENT

[[DATE_TIME:18 November 2024]]

To whom it may concern,
This is to certify that [[PERSON:Mr. Arvind Subramaniam]], FIN [[ID_NUMBER:G7715324T]], has been employed by Tidewater Shipping Pte Ltd as Senior Marine Superintendent since [[DATE_TIME:1 March 2019]]. His residential address is [[ADDRESS:88 Tanjong Rhu Road, #14-03]], [[LOCATION:Singapore]] [[ZIP_CODE:436903]].
Yours faithfully,
[[PERSON:Lim Pei Shan]]
HR Director""",
    """Innritun í grunnskóla - staðfesting
Nemandi: [[PERSON:Aron Snær Jóhannsson]], kt. [[ID_NUMBER:020611-3160]]
Forráðamaður: [[PERSON:Jóhann Ingi Bergsson]], kt. [[ID_NUMBER:190983-2779]]
Lögheimili: [[ADDRESS:Víðihlíð 14]], [[ZIP_CODE:105]] [[LOCATION:Reykjavík]]
Sími: [[PHONE_NUMBER:695 3381]]      Netfang: [[EMAIL_ADDRESS:johann.ingi@internet.is]]
Skóli: Hlíðaskóli, 8. bekkur
Nemandinn hefur nám [[DATE_TIME:22. ágúst 2024]]. Skólabíll stoppar ekki í götunni.""",
    """KUNTRATT TA' KIRI
Illum, [[DATE_TIME:il-15 ta' Jannar 2025]], bejn [[PERSON:Carmel Farrugia]], detentur tal-karta tal-identità numru [[ID_NUMBER:0552963M]] (is-sid), u [[PERSON:Alessia Bonnici]], detentriċi tal-karta tal-identità numru [[ID_NUMBER:0187402L]] (il-kerrej), dwar il-fond [[ADDRESS:Flat 4, Sea Breeze Court, Triq it-Turisti]], [[LOCATION:San Pawl il-Baħar]] [[ZIP_CODE:SPB 3012]].
Il-kera hija ta' €850 fix-xahar, imħallsa fil-kont [[IBAN_CODE:MT82 MMEB 4407 1000 0000 0120 9387 655]] sal-5 ta' kull xahar.""",
    """{"student_id": "[[ID_NUMBER:S-2024-08817]]", "first_name": "[[PERSON:Noor]]", "last_name": "[[PERSON:Al-Khatib]]", "dob": "[[DATE_TIME:2014-10-02]]", "grade": 5, "homeroom": "5B", "guardians": [{"name": "[[PERSON:Samir Al-Khatib]]", "relation": "father", "phone": "[[PHONE_NUMBER:+1 (313) 447-2098]]", "email": "[[EMAIL_ADDRESS:samir.alkhatib@gmail.com]]"}], "address": {"street": "[[ADDRESS:6620 Schaefer Rd]]", "city": "[[LOCATION:Dearborn]]", "state": "[[LOCATION:MI]]", "zip": "[[ZIP_CODE:48126]]"}, "bus_route": "R-14", "allergies": ["peanut"]}""",
    """[[DATE_TIME:2024-11-19T08:14:22Z]] INFO auth.login user=[[USERNAME:d.oconnell]] ip=[[IP_ADDRESS:86.44.201.17]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)" result=success
[[DATE_TIME:2024-11-19T08:14:29Z]] INFO mfa.sms sent to=[[PHONE_NUMBER:+353871204493]] user=[[USERNAME:d.oconnell]]
[[DATE_TIME:2024-11-19T08:15:03Z]] INFO profile.update user=[[USERNAME:d.oconnell]] field=email old=[[EMAIL_ADDRESS:declan.oconnell@eircom.net]] new=[[EMAIL_ADDRESS:declan.oc@gmail.com]]
2024-11-19T08:15:04Z DEBUG cache.invalidate key=profile:99182 took=3ms""",
    """INSERT INTO guardians (guardian_id, full_name, email, mobile, portal_username, created_at) VALUES
(40817, '[[PERSON:Precious Okafor]]', '[[EMAIL_ADDRESS:precious.okafor@yahoo.com]]', '[[PHONE_NUMBER:07403 118276]]', '[[USERNAME:pokafor_mum]]', '[[DATE_TIME:2024-09-02 18:44:10]]'),
(40818, '[[PERSON:Liam Fitzgerald]]', '[[EMAIL_ADDRESS:liamfitz@icloud.com]]', '[[PHONE_NUMBER:07877 520431]]', '[[USERNAME:lfitz]]', '[[DATE_TIME:2024-09-02 19:02:55]]');
INSERT INTO guardian_student (guardian_id, student_upn) VALUES (40817, 'pending'), (40818, 'pending');""",
    """<Patient><Id>[[ID_NUMBER:MRN-00448127]]</Id><Name><Given>[[PERSON:Adebola]]</Given><Family>[[PERSON:Ogunleye]]</Family></Name><BirthDate>[[DATE_TIME:1983-07-21]]</BirthDate><Gender>female</Gender><Telecom use="mobile">[[PHONE_NUMBER:+44 7723 118 409]]</Telecom><Address><Line>[[ADDRESS:Flat 6, 210 Coldharbour Lane]]</Line><City>[[LOCATION:London]]</City><PostalCode>[[ZIP_CODE:SE5 9QH]]</PostalCode></Address><NHSNumber>[[ID_NUMBER:650 318 8226]]</NHSNumber></Patient>""",
    """# deploy config -- owner: [[PERSON:Ravi Chandrasekar]]
smtp:
  host: smtp.mailgun.org
  port: 587
  user: [[EMAIL_ADDRESS:ravi.c@brightpath-tutors.in]]
  password: "Tr0ub4dor&3"
alerts:
  oncall_phone: "[[PHONE_NUMBER:+91 99621 04837]]"
  backup_contact: [[PERSON:Deepa Natarajan]] <[[EMAIL_ADDRESS:deepa.n@brightpath-tutors.in]]>
allowlist:
  - [[IP_ADDRESS:122.171.44.19]]   # [[PERSON:Ravi]] home
  - [[IP_ADDRESS:49.205.117.86]]   # [[PERSON:Deepa]] home""",
    """# TODO: scrub before pushing -- this came from a real signup!!
customer = {
    "name": "[[PERSON:Chidera Eze]]",
    "dob": "[[DATE_TIME:1996-01-30]]",
    "email": "[[EMAIL_ADDRESS:chidera.eze@gmail.com]]",
    "phone": "[[PHONE_NUMBER:+234 802 771 4093]]",
    "address": "[[ADDRESS:17 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]",
    "plan": "premium-annual",
}
send_welcome(customer, locale="en-NG")""",
    """Ticket #88213 | Priority: High | Channel: email
Customer: [[PERSON:Astrid Nilsen-Oduya]]
Account no.: [[ID_NUMBER:CU-7741902]]
Issue: card [[CREDIT_CARD:5577 0412 8836 1906]] charged twice for order ORD-55120 (£89.99)
Contact: [[EMAIL_ADDRESS:astrid.no@gmail.com]], [[PHONE_NUMBER:+47 412 88 306]]
Ship to: [[ADDRESS:Thorvald Meyers gate 27B]], [[ZIP_CODE:0555]] [[LOCATION:Oslo]], [[LOCATION:Norway]]
Assigned: [[PERSON:Marcus]] (Tier 2)""",
    """{"event":"rider_scan","ts":"[[DATE_TIME:2025-01-14T07:41:09-05:00]]","bus":"118","stop_id":"ST-2207","rider":{"name":"[[PERSON:Elijah Okoro]]","card_id":"[[ID_NUMBER:RFID-00A4471C]]","grade":4},"notify":["[[PHONE_NUMBER:+1 404 771 2093]]","[[EMAIL_ADDRESS:adaeze.okoro@outlook.com]]"],"app_version":"3.12.0"}""",
    """UPDATE customers
   SET email = '[[EMAIL_ADDRESS:h.castellanos@protonmail.com]]',
       phone = '[[PHONE_NUMBER:+52 55 4187 2290]]',
       dob   = '[[DATE_TIME:1991-12-05]]'
 WHERE customer_id = 'C-118240' AND last_name = '[[PERSON:Castellanos]]';
-- requested by [[PERSON:Hugo Castellanos]] over chat, identity checked against passport [[ID_NUMBER:G33718204]]""",
    """{"greidandi": "[[PERSON:Kristín Eva Þorsteinsdóttir]]", "kennitala": "[[ID_NUMBER:140387-2239]]", "simi": "[[PHONE_NUMBER:+354 821 5530]]", "mottakandi": "[[PERSON:Birkir Þór Ólafsson]]", "reikningur_mottakanda": "[[IBAN_CODE:IS66 0111 2650 3318 3005 9233 39]]", "upphaed": 38500, "gjaldmidill": "ISK", "skyring": "Leikskólagjöld október", "dags": "[[DATE_TIME:2024-10-01]]"}""",
    """[[IP_ADDRESS:102.89.34.17]] - [[USERNAME:folasade_a]] [[[DATE_TIME:19/Nov/2024:10:22:41 +0100]]] "POST /api/v1/parents/profile HTTP/1.1" 200 512 "-" "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36"
[[IP_ADDRESS:102.89.34.17]] - [[USERNAME:folasade_a]] [[[DATE_TIME:19/Nov/2024:10:22:43 +0100]]] "GET /api/v1/children/44817/report-card HTTP/1.1" 200 20488 "-" "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36"
[[IP_ADDRESS:10.0.4.12]] - - [19/Nov/2024:10:22:45 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29\"""",
    """Form: Authorised Collection Update
Submitted by: [[PERSON:Kavita Ramsaroop]] ([[USERNAME:kramsaroop]])
Child: [[PERSON:Anaya Ramsaroop]]      Class: Reception Robins
Add collector: [[PERSON:Devendra Ramsaroop]]      Relationship: uncle      Mobile: [[PHONE_NUMBER:07446 902 318]]
Collection password: mango42
Valid from: [[DATE_TIME:04/11/2024]]      Submitted from IP: [[IP_ADDRESS:81.109.224.6]]""",
    """# .env.production  (maintainer: [[PERSON:Yuki Tanabe]] <[[EMAIL_ADDRESS:yuki@tanabe.dev]]>)
NODE_ENV=production
ADMIN_EMAIL=[[EMAIL_ADDRESS:yuki@tanabe.dev]]
ADMIN_PHONE=[[PHONE_NUMBER:+81-90-4471-2286]]
DB_URL=postgres://app:S3cr3t!x9@[[IP_ADDRESS:10.2.0.15]]:5432/prod
REDIS_URL=redis://[[IP_ADDRESS:10.2.0.22]]:6379/0
JWT_SECRET=9f1c7a2e44b0d8e3a6c1f09b7d2e5a48
RELEASE=2.14.3""",
    """{"type":"daily_report","child":"[[PERSON:Isabella Conti]]","age_months":[[AGE:22]],"date":"[[DATE_TIME:2024-11-20]]","naps":"12:10-13:45","meals":"ate most of lunch, no morning tea","educator":"[[TITLE:Miss]] [[PERSON:Jade]]","to":["[[EMAIL_ADDRESS:francesca.conti@gmail.com]]","[[EMAIL_ADDRESS:dario.conti@outlook.com]]"]}""",
    """[[DATE_TIME:Nov 20 03:12:44]] bastion-01 sshd[22817]: Accepted publickey for [[USERNAME:okwame]] from [[IP_ADDRESS:154.160.22.91]] port 51544 ssh2: ED25519 SHA256:Kq3v9LrT0wYc2b7dXHh1mN4pZs8uE5aF6gJ0iOkQe2M
[[DATE_TIME:Nov 20 03:12:44]] bastion-01 sshd[22817]: pam_unix(sshd:session): session opened for user [[USERNAME:okwame]] by (uid=0)
[[DATE_TIME:Nov 20 03:40:02]] bastion-01 sudo: [[USERNAME:okwame]] : TTY=pts/1 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx""",
    """{"data":{"customer":{"id":"gid://shop/Customer/7730918","firstName":"[[PERSON:Siosaia]]","lastName":"[[PERSON:Havili]]","email":"[[EMAIL_ADDRESS:siosaia.havili@gmail.com]]","phone":"[[PHONE_NUMBER:+64 21 903 4418]]","defaultAddress":{"address1":"[[ADDRESS:27 Bader Drive]]","address2":"[[ADDRESS:Unit 3]]","city":"[[LOCATION:Māngere]]","province":"[[LOCATION:Auckland]]","zip":"[[ZIP_CODE:2022]]","country":"[[LOCATION:New Zealand]]"},"lastOrder":{"name":"#10488"}}}}""",
    """From: "[[PERSON:Paulette Gordon-Sinclair]]" <[[EMAIL_ADDRESS:pgordonsinclair@gmail.com]]>
To: attendance@hollybrook.sch.uk
Date: [[DATE_TIME:Mon, 18 Nov 2024 07:58:12 +0000]]
Subject: [[PERSON:Kemar]] absent today
X-Originating-IP: [[IP_ADDRESS:82.132.219.44]]

Morning, [[PERSON:Kemar Sinclair]] (7SG) has a stomach bug and won't be in today. Back [[DATE_TIME:Wednesday 20th]] hopefully. Any problems call me on [[PHONE_NUMBER:07398 441 206]]. [[PERSON:Paulette]]""",
    """Lead: [[PERSON:Tariq Mahmood]] | Title: VP Procurement | Company: Al Noor Trading LLC | Email: [[EMAIL_ADDRESS:tariq.mahmood@alnoortrading.ae]] | Mobile: [[PHONE_NUMBER:+971 50 418 2276]] | Emirates ID: [[ID_NUMBER:784-1982-4471830-4]] | IBAN: [[IBAN_CODE:AE97 0330 0000 1987 6543 210]] | Last login: [[DATE_TIME:2024-11-12 16:05]] | Source: trade show""",
    """{"application_ref":"STA-24-00917","pupil":{"forename":"[[PERSON:Kacper]]","surname":"[[PERSON:Wiśniewski]]","dob":"[[DATE_TIME:2013-09-27]]","year_group":6},"home":{"address_line1":"[[ADDRESS:33 Lincoln Road]]","town":"[[LOCATION:Peterborough]]","postcode":"[[ZIP_CODE:PE1 2RS]]"},"school":"Jack Hunt School","distance_miles":3.7,"eligible":true,"parent_email":"[[EMAIL_ADDRESS:agnieszka.wisniewska@wp.pl]]"}""",
    """ERROR [[DATE_TIME:2024-10-08 14:22:19,884]] [payments-worker-3] PaymentService - Charge failed for customer=[[PERSON:Emeka Nwachukwu]] card=[[CREDIT_CARD:4024007155662181]] exp=08/26 amount=NGN45000
com.acme.pay.GatewayException: AVS mismatch for billing address '[[ADDRESS:12 Awolowo Road]], [[LOCATION:Ikoyi]]'
    at com.acme.pay.Gateway.charge(Gateway.java:214)
    at com.acme.pay.PaymentService.process(PaymentService.java:88)""",
    """<attendance date="[[DATE_TIME:2024-11-21]]" centre="Koala Corner ELC">
  <child id="[[ID_NUMBER:KC-3318]]" name="[[PERSON:Harper Nguyen-Smith]]" dob="[[DATE_TIME:2021-04-09]]">
    <signIn by="[[PERSON:Tuan Nguyen]]" time="07:48"/>
    <signOut by="[[PERSON:Belinda Smith]]" time="17:32"/>
  </child>
  <child id="[[ID_NUMBER:KC-3342]]" name="[[PERSON:Leo Marchetti]]" dob="[[DATE_TIME:2020-12-17]]">
    <signIn by="[[PERSON:Gianna Marchetti]]" time="08:15"/>
    <signOut by="[[PERSON:Gianna Marchetti]]" time="15:02"/>
  </child>
</attendance>""",
    """$ curl -X POST https://crm.internal/api/contacts -H 'Content-Type: application/json' -d '{"name":"[[PERSON:Oksana Hrytsenko]]","phone":"[[PHONE_NUMBER:+380 67 418 2290]]","email":"[[EMAIL_ADDRESS:oksana.hrytsenko@ukr.net]]"}'
$ ssh [[USERNAME:ohrytsenko]]@[[IP_ADDRESS:91.214.118.40]]
$ psql -c "select * from travellers where passport_no = '[[ID_NUMBER:FE447182]]'"
$ git log --oneline | head -3""",
    """[HELPDESK-4471] Chromebook returned damaged
Student: [[PERSON:Dominic Ferreira]] (ID [[ID_NUMBER:230518]], Gr 9)
Device serial: 5CD2471KX9, asset tag HS-CB-0918
Parent: [[PERSON:Lúcia Ferreira]], [[PHONE_NUMBER:(508) 994-2713]], [[EMAIL_ADDRESS:lucia.ferreira77@gmail.com]]
Damage fee of $45 charged to the card on file ending 8821.
Logged by [[PERSON:Ms. Kaplan]], library media center""",
    """{"employee":{"name":"[[PERSON:Gurleen Kaur Bhullar]]","sin":"[[ID_NUMBER:296 441 074]]","dob":"[[DATE_TIME:1993-06-14]]","address":"[[ADDRESS:88 Harbord St, Unit 2]]","city":"[[LOCATION:Toronto]]","province":"[[LOCATION:ON]]","postal":"[[ZIP_CODE:M5S 1G5]]","bank":{"institution":"004","transit":"10452","account":"[[ID_NUMBER:5218830]]"},"start_date":"[[DATE_TIME:2025-02-03]]","emergency":{"name":"[[PERSON:Harjit Bhullar]]","phone":"[[PHONE_NUMBER:416-553-0928]]"}}}""",
    """--- Web form submission #55821 ---
Full name: [[PERSON:Beatriz Salgado]]
Date of birth: [[DATE_TIME:12 / 12 / 1986]]
NIF: [[ID_NUMBER:238419070]]
Address: [[ADDRESS:Rua de Cedofeita 214, 3º Esq]], [[ZIP_CODE:4050-174]] [[LOCATION:Porto]]
Phone: [[PHONE_NUMBER:+351 912 448 730]]
Message: Hi, I'd like to book an assessment for my son [[PERSON:Tiago]] ([[AGE:11]]), ideally on [[DATE_TIME:Saturday 7 December]] in the morning.
Submitted from [[IP_ADDRESS:89.180.44.213]]""",
]

TABLE = [
    """student_id,first_name,last_name,grade,bus_no,am_pickup,guardian_phone
[[ID_NUMBER:48817]],[[PERSON:Maya]],[[PERSON:Okonkwo]],3,12,07:18,[[PHONE_NUMBER:(617) 555-0143]]
[[ID_NUMBER:48822]],[[PERSON:Declan]],[[PERSON:Moriarty]],3,12,07:21,[[PHONE_NUMBER:(617) 555-0187]]
[[ID_NUMBER:49105]],[[PERSON:Sofía]],[[PERSON:Paredes]],4,9,07:05,[[PHONE_NUMBER:(781) 555-0119]]
[[ID_NUMBER:49311]],[[PERSON:Hamza]],[[PERSON:Siddiqui]],5,9,07:09,[[PHONE_NUMBER:(781) 555-0166]]""",
    """| Name | Role | Ext. | Mobile | Email |
|---|---|---|---|---|
| [[PERSON:Joanne Whitfield-Bose]] | Head of Year 9 | 2214 | [[PHONE_NUMBER:07813 440 912]] | [[EMAIL_ADDRESS:j.whitfield-bose@ridgeway.sch.uk]] |
| [[PERSON:Kwabena Asante]] | Science | 2231 | [[PHONE_NUMBER:07402 118 367]] | [[EMAIL_ADDRESS:k.asante@ridgeway.sch.uk]] |
| [[PERSON:Siân Pritchard]] | SENCo | 2207 | - | [[EMAIL_ADDRESS:s.pritchard@ridgeway.sch.uk]] |""",
    """CUSTOMER          DOB         BRANCH    IBAN
[[PERSON:Ewa Zielińska]]     [[DATE_TIME:1979-04-02]]  Kraków-3  [[IBAN_CODE:PL45 1090 1014 0000 7121 9812 8746]]
[[PERSON:Franz Gruber]]      [[DATE_TIME:1966-11-19]]  Wien-12   [[IBAN_CODE:AT40 1200 0520 6654 0073]]
[[PERSON:Lukas Meier]]       [[DATE_TIME:1990-08-07]]  Zürich-1  [[IBAN_CODE:CH25 0076 2016 2438 4710 2]]
[[PERSON:Sanne de Vries]]    [[DATE_TIME:1985-01-25]]  Utrecht   [[IBAN_CODE:NL43 INGB 0006 6138 70]]""",
    """{"order_id": "A-100281", "customer": "[[PERSON:Tomás Ferreira]]", "email": "[[EMAIL_ADDRESS:tomas.ferreira@sapo.pt]]", "ship_zip": "[[ZIP_CODE:1200-195]]", "total": 64.90, "status": "shipped"}
{"order_id": "A-100282", "customer": "[[PERSON:Ruth Abebe]]", "email": "[[EMAIL_ADDRESS:ruth.abebe@gmail.com]]", "ship_zip": "[[ZIP_CODE:20011]]", "total": 18.00, "status": "processing"}
{"order_id": "A-100283", "customer": "[[PERSON:Connor McAllister]]", "email": "[[EMAIL_ADDRESS:connor.mca@outlook.com]]", "ship_zip": "[[ZIP_CODE:BT9 6AZ]]", "total": 231.45, "status": "refunded"}""",
    """children:
  - name: [[PERSON:Aria Mahlangu]]
    dob: [[DATE_TIME:2021-07-30]]
    room: Possums
    contacts:
      - name: [[PERSON:Sipho Mahlangu]]
        relation: father
        phone: "[[PHONE_NUMBER:+27 82 440 1937]]"
  - name: [[PERSON:Ethan Pillay]]
    dob: [[DATE_TIME:2020-11-03]]
    room: Wombats
    contacts:
      - name: [[PERSON:Kerisha Pillay]]
        relation: mother
        phone: "[[PHONE_NUMBER:+27 71 803 2256]]"
      - name: [[PERSON:Devan Pillay]]
        relation: uncle
        phone: "[[PHONE_NUMBER:+27 83 290 6614]]\"""",
    """Member name: [[PERSON:Rosalind Achebe-Whyte]]
Member ID: [[ID_NUMBER:XHW449120873]]
Group no.: 0088172
Date of birth: [[DATE_TIME:03/27/1975]]
Address: [[ADDRESS:4120 Peachtree Dunwoody Rd NE, Apt 1108]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30342]]
Phone: [[PHONE_NUMBER:404-377-9180]]
Primary care: [[PERSON:Dr. Nikhil Bhatt]]
Plan: PPO Silver 2500""",
    "patient\tmrn\tappointment\tclinician\treason\n[[PERSON:Ahmad Karimi]]\t[[ID_NUMBER:00731842]]\t[[DATE_TIME:2025-02-11 09:30]]\t[[PERSON:Dr. Okafor]]\tfollow-up\n[[PERSON:Beatrix Lund]]\t[[ID_NUMBER:00731907]]\t[[DATE_TIME:2025-02-11 10:15]]\t[[PERSON:Dr. Okafor]]\tnew patient\n[[PERSON:Wiremu Tane]]\t[[ID_NUMBER:00688215]]\t[[DATE_TIME:2025-02-11 11:00]]\t[[PERSON:Dr. Lindgren]]\tbloods review",
    """member_no,full_name,age,gender,membership,joined,home_club
[[ID_NUMBER:FF-20418]],[[PERSON:Jacinta Rowe]],[[AGE:34]],F,Off-peak,[[DATE_TIME:2023-03-14]],Fitzroy
[[ID_NUMBER:FF-20533]],[[PERSON:Mohammed Ismail]],[[AGE:27]],M,Full,[[DATE_TIME:2023-05-02]],Collingwood
[[ID_NUMBER:FF-21107]],[[PERSON:Li Na Huang]],[[AGE:41]],F,Full,[[DATE_TIME:2024-01-09]],Fitzroy""",
    """| Child | DOB | Room | Allergies | Parent | Phone |
| --- | --- | --- | --- | --- | --- |
| [[PERSON:Freddie Osborne]] | [[DATE_TIME:12/02/2022]] | Caterpillars | dairy | [[PERSON:Lucy Osborne]] | [[PHONE_NUMBER:07951 224 081]] |
| [[PERSON:Amira Haddad]] | [[DATE_TIME:30/09/2021]] | Butterflies | none | [[PERSON:Yousef Haddad]] | [[PHONE_NUMBER:07388 910 437]] |
| [[PERSON:Teddy Nwosu-Hart]] | [[DATE_TIME:07/06/2022]] | Caterpillars | egg | [[PERSON:Ifeoma Nwosu]] | [[PHONE_NUMBER:07700 562 193]] |""",
    """izena;abizenak;NAN;telefonoa;herria;ikasgela
[[PERSON:Garazi]];[[PERSON:Iturralde Mendizabal]];[[ID_NUMBER:72518346J]];[[PHONE_NUMBER:688 902 144]];[[LOCATION:Azpeitia]];3B
[[PERSON:Xabier]];[[PERSON:Olaizola Aranburu]];[[ID_NUMBER:16094823K]];[[PHONE_NUMBER:943 81 40 27]];[[LOCATION:Azkoitia]];3B
[[PERSON:Nerea]];[[PERSON:Agirre Zabala]];[[ID_NUMBER:78341096Z]];[[PHONE_NUMBER:655 310 978]];[[LOCATION:Zestoa]];4A""",
    """USERNAME        LAST_LOGIN            LAST_IP          MAC                 STATUS
[[USERNAME:jmbeki]]          [[DATE_TIME:2024-11-18 08:02]]      [[IP_ADDRESS:196.22.140.8]]     a4:83:e7:1c:02:9f   active
[[USERNAME:r.naidoo]]        [[DATE_TIME:2024-11-17 22:41]]      [[IP_ADDRESS:105.245.19.77]]    f0:18:98:4a:bb:10   active
[[USERNAME:tvanwyk]]         [[DATE_TIME:2024-10-02 13:15]]      [[IP_ADDRESS:41.193.6.204]]     3c:06:30:77:e2:5d   locked""",
    """claim_ref,claimant,dob,policy,incident_date,postcode,phone
CLM-77120,[[PERSON:Derek Oyelaran]],[[DATE_TIME:14/05/1968]],MOT-441902,[[DATE_TIME:02/10/2024]],[[ZIP_CODE:M14 6PL]],[[PHONE_NUMBER:0161 224 7781]]
CLM-77134,[[PERSON:Shabnam Choudhury]],[[DATE_TIME:22/08/1991]],HOM-118276,[[DATE_TIME:29/09/2024]],[[ZIP_CODE:B11 3QD]],[[PHONE_NUMBER:07946 330 518]]
CLM-77141,[[PERSON:Craig McLeish]],[[DATE_TIME:01/01/1959]],MOT-440017,[[DATE_TIME:05/10/2024]],[[ZIP_CODE:G41 2JB]],[[PHONE_NUMBER:0141 632 9904]]""",
    """Nafn | Kennitala | Deild | Foreldri | Sími
--- | --- | --- | --- | ---
[[PERSON:Embla Rós Guðmundsdóttir]] | [[ID_NUMBER:280616-2490]] | Lundur | [[PERSON:Guðmundur Örn Sveinsson]] | [[PHONE_NUMBER:849 2210]]
[[PERSON:Hekla Sif Ragnarsdóttir]] | [[ID_NUMBER:170814-2070]] | Lundur | [[PERSON:Ragnar Þór Hilmarsson]] | [[PHONE_NUMBER:771 3058]]""",
    """passenger,nationality,passport_no,dob,seat,meal
[[PERSON:OKAFOR/CHIDI]] [[TITLE:MR]],[[NRP:Nigerian]],[[ID_NUMBER:A09418822]],[[DATE_TIME:11MAR82]],23A,AVML
[[PERSON:OKAFOR/NGOZI]] [[TITLE:MRS]],[[NRP:Nigerian]],[[ID_NUMBER:A09418830]],[[DATE_TIME:04JUL85]],23B,AVML
[[PERSON:PERERA/DILANI]] [[TITLE:MS]],[[NRP:Sri Lankan]],[[ID_NUMBER:N7741920]],[[DATE_TIME:19SEP90]],24C,VGML""",
    """tenant                 unit   lease_start   rent   email
[[PERSON:Marguerite Dossou]]      4B     [[DATE_TIME:01/03/2024]]    1250   [[EMAIL_ADDRESS:m.dossou@gmail.com]]
[[PERSON:Hiroshi Takeda]]         5A     [[DATE_TIME:15/06/2023]]    1380   [[EMAIL_ADDRESS:takeda.h@yahoo.co.jp]]
[[PERSON:Olamide Bankole]]        6C     [[DATE_TIME:01/09/2024]]    1190   [[EMAIL_ADDRESS:ola.bankole@outlook.com]]""",
    """{"emp_id": "[[ID_NUMBER:E10472]]", "name": "[[PERSON:Priya Venkataraman]]", "ssn": "[[US_SSN:552-31-0947]]", "dept": "Finance", "hire_date": "[[DATE_TIME:2019-07-15]]"}
{"emp_id": "[[ID_NUMBER:E10588]]", "name": "[[PERSON:Marcus Delgado]]", "ssn": "[[US_SSN:318-72-6604]]", "dept": "Warehouse", "hire_date": "[[DATE_TIME:2021-02-01]]"}
{"emp_id": "[[ID_NUMBER:E10611]]", "name": "[[PERSON:Shanelle Greaves]]", "ssn": "[[US_SSN:245-19-8833]]", "dept": "HR", "hire_date": "[[DATE_TIME:2022-10-24]]"}""",
    """- pupil: [[PERSON:Rhiannon Evans]]
  year: 4
  route: B7
  stop: Village Hall
  pickup: "08:02"
  parent_mobile: "[[PHONE_NUMBER:07877 302 156]]"
- pupil: [[PERSON:Osian Evans]]
  year: 1
  route: B7
  stop: Village Hall
  pickup: "08:02"
  parent_mobile: "[[PHONE_NUMBER:07877 302 156]]"
- pupil: [[PERSON:Zara Ahmed]]
  year: 3
  route: B7
  stop: "[[ADDRESS:14 Heol y Nant]]"
  pickup: "08:09"
  parent_mobile: "[[PHONE_NUMBER:07510 664 920]]\"""",
    """Cardholder,Card number,Exp,CVV,Billing postcode,Amount
[[PERSON:Eleanor Whitcombe]],[[CREDIT_CARD:4917 6103 0214 7780]],04/27,311,[[ZIP_CODE:OX2 6NN]],£48.00
[[PERSON:Babatunde Coker]],[[CREDIT_CARD:5168 4322 0915 3065]],11/26,904,[[ZIP_CODE:SE15 4QR]],£120.00
[[PERSON:Aileen Fraser]],[[CREDIT_CARD:3412 880662 77152]],02/28,7731,[[ZIP_CODE:IV2 3HX]],£19.99""",
    """NAME                     AGE  NATIONALITY   OCCUPATION          CITY
[[PERSON:Anjali Sharma]]            [[AGE:29]]   [[NRP:Indian]]        software engineer   [[LOCATION:Dublin]]
[[PERSON:Tadhg Kavanagh]]           [[AGE:35]]   [[NRP:Irish]]         nurse               [[LOCATION:Galway]]
[[PERSON:Paulina Wróbel]]           [[AGE:31]]   [[NRP:Polish]]        chef                [[LOCATION:Cork]]
[[PERSON:Emmanuel Adjei]]           [[AGE:44]]   [[NRP:Ghanaian]]      bus driver          [[LOCATION:Limerick]]""",
    """Isem,Karta tal-Identità,Indirizz,Lokalità,Kodiċi Postali,Mowbajl
[[PERSON:Charlene Mifsud]],[[ID_NUMBER:0341288M]],[[ADDRESS:12, Triq il-Ħabbata]],[[LOCATION:Ħal Tarxien]],[[ZIP_CODE:TXN 1402]],[[PHONE_NUMBER:9987 4412]]
[[PERSON:Kurt Zammit]],[[ID_NUMBER:0198765M]],[[ADDRESS:Villa Rita, Triq Santa Marija]],[[LOCATION:Ħal Għaxaq]],[[ZIP_CODE:GXQ 2204]],[[PHONE_NUMBER:7942 0873]]
[[PERSON:Rita Cassar]],[[ID_NUMBER:0550147M]],[[ADDRESS:Flat 2, 45, Triq il-Kappillan Mifsud]],[[LOCATION:Ħal Luqa]],[[ZIP_CODE:LQA 1931]],[[PHONE_NUMBER:9921 3608]]""",
    """| Volunteer | DBS certificate | Expires | Phone | Sessions |
|-----------|-----------------|---------|-------|----------|
| [[PERSON:Gareth Hughes]] | [[ID_NUMBER:001664920418]] | 2026 | [[PHONE_NUMBER:07483 221 609]] | Tue reading |
| [[PERSON:Precious Mbeki]] | [[ID_NUMBER:001702883115]] | 2027 | [[PHONE_NUMBER:07522 910 334]] | Thu maths club |
| [[PERSON:Helen Fairbairn]] | [[ID_NUMBER:001588204476]] | 2025 | [[PHONE_NUMBER:01904 623 118]] | Fri library |""",
    """id\tname\temail\tsignup_ip\tuser_agent\n1001\t[[PERSON:Kofi Boateng]]\t[[EMAIL_ADDRESS:kofi.boateng@gmail.com]]\t[[IP_ADDRESS:154.160.3.44]]\tMozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/129.0\n1002\t[[PERSON:Nana Ama Owusu]]\t[[EMAIL_ADDRESS:nanaama.o@yahoo.com]]\t[[IP_ADDRESS:41.66.215.190]]\tMozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)\n1003\t[[PERSON:Yaw Mensah-Bonsu]]\t[[EMAIL_ADDRESS:yaw.mb@outlook.com]]\t[[IP_ADDRESS:2c0f:f5c0:440:9a1::2b]]\tMozilla/5.0 (X11; Linux x86_64) Firefox/131.0""",
    """Resident: [[PERSON:Harold Bickersteth]]
Room: 14 (Oak wing)
DOB: [[DATE_TIME:9 August 1936]]
Age: [[AGE:88]]
NHS number: [[ID_NUMBER:732 940 6155]]
Religion: [[NRP:Methodist]]
Next of kin: [[PERSON:Janet Bickersteth]] (daughter), [[PHONE_NUMBER:01392 448 207]]
GP: [[PERSON:Dr S. Khan]], Pinhoe Surgery
DNACPR in place: yes""",
    """plate,make,owner,owner_address,permit_zone,permit_expiry
[[ID_NUMBER:LK19 XBN]],Ford Fiesta,[[PERSON:Amelia Ross]],[[ADDRESS:41 Grove Park Road]],Zone C,03/2025
[[ID_NUMBER:WR68 PTO]],Toyota Yaris,[[PERSON:Sunil Mehta]],[[ADDRESS:7 Cavendish Mews]],Zone C,11/2025
[[ID_NUMBER:BD21 HJY]],VW Golf,[[PERSON:Orla Dempsey]],[[ADDRESS:Flat 3, 118 Grove Park Road]],Zone D,07/2025""",
    """Student              Grade   Reading level   Parent email
[[PERSON:Aiyana Redcloud]]      2       J               [[EMAIL_ADDRESS:redcloud.family@gmail.com]]
[[PERSON:Benjamin Schultz]]     2       L               [[EMAIL_ADDRESS:kschultz82@hotmail.com]]
[[PERSON:Camila Reyes-Ortiz]]   2       K               [[EMAIL_ADDRESS:mreyesortiz@yahoo.com]]
[[PERSON:Dev Patel]]            2       M               [[EMAIL_ADDRESS:anjali.patel.home@gmail.com]]""",
    """{"name": "[[PERSON:Fiifi Annan]]", "handle": "[[USERNAME:fiifi_codes]]", "site": "[[URL:https://fiifiannan.dev]]", "github": "[[URL:https://github.com/fiifi-annan]]", "city": "[[LOCATION:Accra]]", "talk": "Rust on microcontrollers"}
{"name": "[[PERSON:Marta Kowalczyk]]", "handle": "[[USERNAME:martak]]", "site": "[[URL:https://martakowalczyk.pl]]", "github": "[[URL:https://github.com/mkowalczyk]]", "city": "[[LOCATION:Wrocław]]", "talk": "Accessible forms"}
{"name": "[[PERSON:Ravi Shankar Iyer]]", "handle": "[[USERNAME:rsiyer]]", "site": null, "github": "[[URL:https://github.com/rsiyer]]", "city": "[[LOCATION:Chennai]]", "talk": "Postgres at 3am"}""",
    """ward: 6B
date: 2024-11-22
patients:
  - bed: 1
    name: [[PERSON:Gloria Mensah]]
    hospital_no: [[ID_NUMBER:K2281047]]
    age: [[AGE:71]]
    consultant: [[PERSON:Mr Adeyemi]]
  - bed: 2
    name: [[PERSON:Stanisław Nowak]]
    hospital_no: [[ID_NUMBER:K2290518]]
    age: [[AGE:66]]
    consultant: [[PERSON:Ms Hollingsworth]]""",
    """Applicant | Date of birth | PAN | Aadhaar | Mobile | City
:-- | :-- | :-- | :-- | :-- | :--
[[PERSON:Vikram Singh Rathore]] | [[DATE_TIME:17-02-1984]] | [[ID_NUMBER:BXLPR2291K]] | [[ID_NUMBER:4287 0316 6594]] | [[PHONE_NUMBER:+91 98290 14472]] | [[LOCATION:Jaipur]]
[[PERSON:Lakshmi Narayanan]] | [[DATE_TIME:03-11-1990]] | [[ID_NUMBER:AQNPN8830D]] | [[ID_NUMBER:5983 6271 2042]] | [[PHONE_NUMBER:+91 94440 28817]] | [[LOCATION:Madurai]]""",
    """first,last,street,buildingnumber,secondaryaddress,city,county,zipcode
[[PERSON:Shirley]],[[PERSON:Bancroft]],[[ADDRESS:Willow Brook Lane]],[[ADDRESS:2281]],[[ADDRESS:Apt. 7]],[[LOCATION:Hagerstown]],[[LOCATION:Washington County]],[[ZIP_CODE:21740]]
[[PERSON:Tremaine]],[[PERSON:Odom]],[[ADDRESS:Harmon Street]],[[ADDRESS:416]],,[[LOCATION:Birmingham]],[[LOCATION:Jefferson County]],[[ZIP_CODE:35205]]
[[PERSON:Ines]],[[PERSON:Kurtz]],[[ADDRESS:Meadowview Court]],[[ADDRESS:9]],[[ADDRESS:Suite 210]],[[LOCATION:Boulder]],[[LOCATION:Boulder County]],[[ZIP_CODE:80301]]""",
    """Nome do hóspede / Guest       Quarto  Check-in     Documento
[[PERSON:Joana Albuquerque]]             212     [[DATE_TIME:03/08/2024]]   [[ID_NUMBER:CC 14492837 0 ZX0]]
[[PERSON:Pieter Janssens]]               214     [[DATE_TIME:03/08/2024]]   [[ID_NUMBER:EH7712094]]
[[PERSON:Amadou Diallo]]                 301     [[DATE_TIME:04/08/2024]]   [[ID_NUMBER:A02284419]]""",
    """learner,LRN,section,adviser,guardian,guardian_contact
[[PERSON:Althea Mae Santos]],[[ID_NUMBER:107342150118]],6-Rizal,[[PERSON:Mrs. Dizon]],[[PERSON:Rowena Santos]],[[PHONE_NUMBER:0918 442 7710]]
[[PERSON:John Paul Macaraeg]],[[ID_NUMBER:107342150127]],6-Rizal,[[PERSON:Mrs. Dizon]],[[PERSON:Ernesto Macaraeg]],[[PHONE_NUMBER:0927 118 3095]]
[[PERSON:Kristine Joy Villanueva]],[[ID_NUMBER:107342150131]],6-Mabini,[[PERSON:Mr. Gatchalian]],[[PERSON:Lorna Villanueva]],[[PHONE_NUMBER:0999 604 2281]]""",
    """donor_id  name                  email                          gift     gift_aid
[[ID_NUMBER:D-55102]]   [[PERSON:Mr Rupert Allingham]]   [[EMAIL_ADDRESS:rallingham@gmail.com]]           £100.00  Y
[[ID_NUMBER:D-55117]]   [[PERSON:Ms Funmi Adesanya]]     [[EMAIL_ADDRESS:funmi.adesanya@btinternet.com]]  £25.00   Y
[[ID_NUMBER:D-55139]]   [[PERSON:Dr Ewan Sutherland]]    [[EMAIL_ADDRESS:e.sutherland@outlook.com]]       £250.00  N""",
    """| # | Employee | Start date | Country | Payroll ID | Work email |
|---|---|---|---|---|---|
| 1 | [[PERSON:Aroha Ngata]] | [[DATE_TIME:2024-04-08]] | [[LOCATION:New Zealand]] | [[ID_NUMBER:PR-7721]] | [[EMAIL_ADDRESS:aroha.ngata@kiwipay.co.nz]] |
| 2 | [[PERSON:Darius Farahani]] | [[DATE_TIME:2024-05-13]] | [[LOCATION:Australia]] | [[ID_NUMBER:PR-7744]] | [[EMAIL_ADDRESS:darius.farahani@kiwipay.co.nz]] |
| 3 | [[PERSON:Fetu Leaupepe]] | [[DATE_TIME:2024-06-03]] | [[LOCATION:Samoa]] | [[ID_NUMBER:PR-7760]] | [[EMAIL_ADDRESS:fetu.leaupepe@kiwipay.co.nz]] |""",
    """Name: [[PERSON:Segun Oladipo]]
Username: [[USERNAME:segun.o]]
Email: [[EMAIL_ADDRESS:segun.oladipo@gmail.com]]
Phone: [[PHONE_NUMBER:+234 809 441 2076]]
Password: Lagos@2024!
Last login: [[DATE_TIME:2024-11-20 21:14 WAT]]
Last IP: [[IP_ADDRESS:197.210.226.18]]
2FA: enabled (SMS)""",
    """Nemandi,Kennitala,Bekkur,Skólabíll,Heimili,Póstnúmer
[[PERSON:Aron Snær Jóhannsson]],[[ID_NUMBER:020611-3160]],8. HB,Nei,[[ADDRESS:Víðihlíð 14]],[[ZIP_CODE:105]]
[[PERSON:Katla Björt Einarsdóttir]],[[ID_NUMBER:111202-3540]],útskrifuð,Nei,[[ADDRESS:Sunnuvegi 3]],[[ZIP_CODE:104]]""",
    """policy_holder        dob          vehicle_reg   licence_no           ncd
[[PERSON:Chloe Brannigan]]      [[DATE_TIME:1992-06-11]]   [[ID_NUMBER:KY70 TRV]]      [[ID_NUMBER:BRANN956112C99TK]]     5 yrs
[[PERSON:Oluwatobi Afolabi]]    [[DATE_TIME:1988-03-29]]   [[ID_NUMBER:LD19 WMX]]      [[ID_NUMBER:AFOLA803298O99FZ]]     9 yrs""",
    """"Name","Address","City","State","ZIP","Phone"
"[[PERSON:Beverly Tran]]","[[ADDRESS:1820 Kalakaua Ave #1504]]","[[LOCATION:Honolulu]]","[[LOCATION:HI]]","[[ZIP_CODE:96815]]","[[PHONE_NUMBER:(808) 922-4471]]"
"[[PERSON:Douglas Kealoha]]","[[ADDRESS:45-210 Kaneohe Bay Dr]]","[[LOCATION:Kaneohe]]","[[LOCATION:HI]]","[[ZIP_CODE:96744]]","[[PHONE_NUMBER:(808) 235-7790]]"
"[[PERSON:Yuna Park]]","[[ADDRESS:PO Box 1188]]","[[LOCATION:Hilo]]","[[LOCATION:HI]]","[[ZIP_CODE:96721]]","[[PHONE_NUMBER:(808) 961-3022]]\"""",
    """Kid | Age | Team | Shirt | Parent | Parent cell
----|-----|------|-------|--------|------------
[[PERSON:Mateo Alvarez]] | [[AGE:8]] | U9 Rockets | YM | [[PERSON:Lorena Alvarez]] | [[PHONE_NUMBER:480-221-9043]]
[[PERSON:Brody Nakamura]] | [[AGE:9]] | U9 Rockets | YL | [[PERSON:Kevin Nakamura]] | [[PHONE_NUMBER:480-774-1256]]
[[PERSON:Imani Wells]] | [[AGE:8]] | U9 Comets | YM | [[PERSON:Danielle Wells]] | [[PHONE_NUMBER:602-389-0417]]""",
    """CASE     CLIENT                 DOB          A-NUMBER       HEARING
24-0918  [[PERSON:Rosa Elena Quispe]]      [[DATE_TIME:06/14/1987]]   [[ID_NUMBER:A219-448-017]]   [[DATE_TIME:01/22/2025 8:30]]
24-0931  [[PERSON:Jean-Robert Pierre]]     [[DATE_TIME:11/02/1979]]   [[ID_NUMBER:A208-771-539]]   [[DATE_TIME:02/05/2025 13:00]]
24-0947  [[PERSON:Bilal Ahmadzai]]         [[DATE_TIME:03/30/1996]]   [[ID_NUMBER:A220-019-884]]   [[DATE_TIME:02/19/2025 9:00]]""",
    """{"ts": "[[DATE_TIME:2024-09-03T15:12:08+12:00]]", "child": "[[PERSON:Manaia Te Rangi]]", "action": "sign_out", "by": "[[PERSON:Huia Te Rangi]]", "relationship": "aunty", "method": "pin"}
{"ts": "[[DATE_TIME:2024-09-03T15:20:41+12:00]]", "child": "[[PERSON:Oscar Lindsay]]", "action": "sign_out", "by": "[[PERSON:Grant Lindsay]]", "relationship": "father", "method": "pin"}
{"ts": "[[DATE_TIME:2024-09-03T15:31:57+12:00]]", "child": "[[PERSON:Ella Fong]]", "action": "sign_out", "by": "[[PERSON:Michelle Fong]]", "relationship": "mother", "method": "qr"}""",
    """Kirolaria | Jaiotze-data | Taldea | Guraso | Posta elektronikoa
--- | --- | --- | --- | ---
[[PERSON:Ekaitz Urrutia]] | [[DATE_TIME:2013-02-14]] | Kadeteak | [[PERSON:Amaia Beristain]] | [[EMAIL_ADDRESS:amaia.beristain@euskalnet.net]]
[[PERSON:Irati Zubeldia]] | [[DATE_TIME:2012-10-30]] | Kadeteak | [[PERSON:Patxi Zubeldia]] | [[EMAIL_ADDRESS:pzubeldia@gmail.com]]
[[PERSON:Mikel Arana]] | [[DATE_TIME:2014-06-05]] | Infantilak | [[PERSON:Leire Etxaniz]] | [[EMAIL_ADDRESS:leire.etxaniz@gmail.com]]""",
    """rank,name,country,club,age,time
1,[[PERSON:Faith Chepngetich]],[[LOCATION:Kenya]],Nairobi AC,[[AGE:24]],2:19:41
2,[[PERSON:Hanna Lindqvist]],[[LOCATION:Sweden]],Hammarby IF,[[AGE:31]],2:22:08
3,[[PERSON:Aiko Moriyama]],[[LOCATION:Japan]],Tokyo Harriers,[[AGE:28]],2:22:55""",
    """Employee ID: [[ID_NUMBER:ZA-00841]]
Full name: [[PERSON:Lindiwe Nomsa Khoza]]
ID number: [[ID_NUMBER:6909170442087]]
Tax number: [[ID_NUMBER:0184472934]]
Bank: Capitec, account [[ID_NUMBER:1508824471]], branch code 470010
Home address: [[ADDRESS:22 Protea Road]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]
Cell: [[PHONE_NUMBER:073 440 2819]]
Start date: [[DATE_TIME:1 March 2022]]""",
    """| Teacher | Subject | Room | Mobile (emergencies only) |
|:--|:--|:--|:--|
| [[PERSON:Mr. Oduya]] | Maths | B12 | [[PHONE_NUMBER:0722 301 448]] |
| [[PERSON:Mrs. Wafula]] | English | B14 | [[PHONE_NUMBER:0733 982 150]] |
| [[PERSON:Ms. Chebet]] | Kiswahili | C03 | [[PHONE_NUMBER:0711 660 274]] |""",
    "ticket\tsubmitted\trequester\temail\tcategory\n48820\t[[DATE_TIME:2024-11-21 09:14]]\t[[PERSON:Gwen Morgan-Price]]\t[[EMAIL_ADDRESS:gwen.mp@gmail.com]]\tbilling\n48821\t[[DATE_TIME:2024-11-21 09:16]]\t[[PERSON:Arash Tehrani]]\t[[EMAIL_ADDRESS:arash.t@shaw.ca]]\tlogin\n48822\t[[DATE_TIME:2024-11-21 09:30]]\t[[PERSON:Clémence Faure]]\t[[EMAIL_ADDRESS:clemence.faure@orange.fr]]\trefund",
    """NAME                 NRIC         BLK/STREET                       UNIT      POSTAL
[[PERSON:Tan Wei Ming]]         [[ID_NUMBER:S7720415F]]    [[ADDRESS:Blk 230 Bishan Street 23]]         [[ADDRESS:#11-214]]   [[ZIP_CODE:570230]]
[[PERSON:Priya d/o Ramasamy]]   [[ID_NUMBER:S9012684I]]    [[ADDRESS:Blk 88 Telok Blangah Heights]]     [[ADDRESS:#05-331]]   [[ZIP_CODE:100088]]
[[PERSON:Nur Aisyah bte Salim]] [[ID_NUMBER:T0316452C]]    [[ADDRESS:Blk 612 Woodlands Ring Road]]      [[ADDRESS:#09-57]]    [[ZIP_CODE:730612]]""",
    """Isem tat-tifel/tifla,Età,Klassi,Isem il-ġenitur,Mowbajl,Waqfa tal-karozza tal-iskola
[[PERSON:Jake Attard]],[[AGE:7]],Sena 2,[[PERSON:Sharon Attard]],[[PHONE_NUMBER:7955 1047]],Knisja Parrokkjali
[[PERSON:Leah Spiteri]],[[AGE:8]],Sena 3,[[PERSON:Mario Spiteri]],[[PHONE_NUMBER:9988 2314]],Pjazza
[[PERSON:Nathan Debono]],[[AGE:6]],Sena 1,[[PERSON:Claire Debono]],[[PHONE_NUMBER:7709 6621]],[[ADDRESS:34, Triq il-Ġnien]]""",
    """ACCOUNT   HOLDER                  SORT CODE   ACCOUNT NO   IBAN
0001      [[PERSON:Bethan Llewellyn]]        20-04-15    [[ID_NUMBER:72683944]]     [[IBAN_CODE:GB55 BARC 2004 1572 6839 44]]
0002      [[PERSON:Imran Qureshi]]           40-12-77    [[ID_NUMBER:31559026]]     [[IBAN_CODE:GB84 HBUK 4012 7731 5590 26]]
0003      [[PERSON:Grace Ofori-Atta]]        04-00-04    [[ID_NUMBER:31244750]]     [[IBAN_CODE:GB20 MONZ 0400 0431 2447 50]]""",
    """name: [[PERSON:Dr. Helena Vasquez-Moore]]
title: Associate Professor
office: Gilman 214
office_phone: 410-516-0000
mobile: "[[PHONE_NUMBER:443-920-1187]]"
email: [[EMAIL_ADDRESS:hvasquez@jhu.edu]]
homepage: [[URL:https://hvasquezmoore.github.io]]
orcid: [[ID_NUMBER:0000-0002-4471-8829]]""",
    """| Pupil | DOB | UPN | FSM | Home language |
|-------|-----|-----|-----|---------------|
| [[PERSON:Mason Kowalczyk]] | [[DATE_TIME:17/03/2013]] | [[ID_NUMBER:K801200113047]] | N | Polish |
| [[PERSON:Aleena Rashid]] | [[DATE_TIME:02/11/2013]] | - | Y | Urdu |
| [[PERSON:Jayden Clarke]] | [[DATE_TIME:28/06/2013]] | - | N | English |""",
    """driver,licence,vehicle,route,mobile
[[PERSON:Desmond Achterberg]],[[US_DRIVER_LICENSE:A263-4471-9082-07]],Bus 44,9 AM/PM,[[PHONE_NUMBER:(608) 271-4490]]
[[PERSON:Carla Benavides]],[[US_DRIVER_LICENSE:B155-8820-4471-12]],Bus 51,3 AM/PM,[[PHONE_NUMBER:(608) 338-1027]]
[[PERSON:Tom Lindahl]],[[US_DRIVER_LICENSE:L534-1190-6632-03]],Van 7,SPED 2,[[PHONE_NUMBER:(608) 219-5563]]""",
    """- name: [[PERSON:Chukwuemeka Obi]]
  role: admin
  email: [[EMAIL_ADDRESS:emeka.obi@paystack-merchant.ng]]
  phone: "[[PHONE_NUMBER:+234 803 118 4472]]"
  bvn: "[[ID_NUMBER:22391847716]]"
- name: [[PERSON:Halima Bello]]
  role: viewer
  email: [[EMAIL_ADDRESS:halima.bello@gmail.com]]
  phone: "[[PHONE_NUMBER:+234 706 552 0931]]"
  bvn: null""",
    """Surname     Given names        Sex  DOB          Place of birth    Passport
[[PERSON:MAKAU]]       [[PERSON:DANIEL MUTUA]]       M    [[DATE_TIME:12 APR 1990]]  [[LOCATION:MACHAKOS]]          [[ID_NUMBER:AK0447192]]
[[PERSON:WANJIKU]]     [[PERSON:MERCY NJERI]]        F    [[DATE_TIME:30 SEP 1994]]  [[LOCATION:NYERI]]             [[ID_NUMBER:AK0583306]]""",
    """lot,sku,qty,received_by,received_on
L-4471-A,SKU-88120-BLK,240,[[PERSON:Ramón Ibarra]],2024-11-04
L-4471-B,SKU-88120-WHT,180,[[PERSON:Ramón Ibarra]],2024-11-04
L-4472-A,SKU-90215-RED,60,[[PERSON:Destiny Cole]],2024-11-05""",
    """first_name\tlast_name\tgrade\tportal_user\tlast_login\tparent_email\n[[PERSON:Lucas]]\t[[PERSON:Bergström]]\t7\t[[USERNAME:lbergstrom29]]\t[[DATE_TIME:2024-11-19 20:41]]\t[[EMAIL_ADDRESS:anna.bergstrom@telia.com]]\n[[PERSON:Amani]]\t[[PERSON:Mwangi]]\t7\t[[USERNAME:amwangi29]]\t[[DATE_TIME:2024-11-20 07:02]]\t[[EMAIL_ADDRESS:joseph.mwangi@gmail.com]]\n[[PERSON:Chloé]]\t[[PERSON:Lefebvre]]\t8\t[[USERNAME:clefebvre28]]\tnever\t[[EMAIL_ADDRESS:lefebvre.famille@free.fr]]""",
    """Patient: [[PERSON:Keanu Kahananui]] | DOB: [[DATE_TIME:1977-12-02]] | MRN: [[ID_NUMBER:QMC-5501847]]
Date       | Test      | Result | Ordered by
[[DATE_TIME:2024-10-01]] | HbA1c     | 7.9 %  | [[PERSON:Dr. Leilani Kamaka]]
[[DATE_TIME:2024-10-01]] | LDL       | 131    | [[PERSON:Dr. Leilani Kamaka]]
[[DATE_TIME:2024-11-15]] | HbA1c     | 7.2 %  | [[PERSON:Dr. Leilani Kamaka]]""",
    """Guest,Table,Dietary,RSVP,Phone
Uncle [[PERSON:Ravi]],4,veg,yes,[[PHONE_NUMBER:+44 7700 312 884]]
[[PERSON:Sunita]] & [[PERSON:Arun Kapoor]],4,none,yes,[[PHONE_NUMBER:+44 7411 902 663]]
[[PERSON:Mia Thornton]] + guest,7,gluten-free,yes,[[PHONE_NUMBER:+44 7859 440 127]]""",
    """{"txn": "T-99120", "payer": "[[PERSON:Fernanda Lopes]]", "card": "[[CREDIT_CARD:2221 0093 4417 6029]]", "exp": "09/28", "ip": "[[IP_ADDRESS:177.92.14.66]]", "amount": "R$ 312,00"}
{"txn": "T-99121", "payer": "[[PERSON:Hyun-woo Kim]]", "card": "[[CREDIT_CARD:3566 0020 2036 0489]]", "exp": "01/27", "ip": "[[IP_ADDRESS:211.234.18.90]]", "amount": "₩ 58,000"}
{"txn": "T-99122", "payer": "[[PERSON:Zhang Min]]", "card": "[[CREDIT_CARD:6212 3456 7890 1232]]", "exp": "06/29", "ip": "[[IP_ADDRESS:2408:8207:24a0:51d0::1c]]", "amount": "¥ 420.00"}""",
    """| Attendee | Company | Badge | X / Twitter | Dietary |
|----------|---------|-------|-------------|---------|
| [[PERSON:Sinéad Mulcahy]] | Intercom | 0412 | @[[USERNAME:sineadmulcahy]] | vegan |
| [[PERSON:Tobias Engström]] | Spotify | 0413 | @[[USERNAME:tobiasbuilds]] | - |
| [[PERSON:Adaeze Nnamdi]] | Flutterwave | 0414 | @[[USERNAME:adaeze_codes]] | halal |
| [[PERSON:Hamish Rutherford]] | - | 0415 | - | nut allergy |""",
    """Field            Value
Full name        [[PERSON:Aditya Raghunath Kulkarni]]
Date of birth    [[DATE_TIME:24 Jan 1991]]
Email            [[EMAIL_ADDRESS:aditya.kulkarni91@gmail.com]]
LinkedIn         [[URL:https://www.linkedin.com/in/aditya-r-kulkarni]]
Current city     [[LOCATION:Pune]]
Notice period    60 days
Expected CTC     32 LPA""",
]

CHAT = [
    """[08:12] [[PERSON:Bronwyn Taylor]]: Hi, it's [[PERSON:Bronwyn]], [[PERSON:Ella]]'s mum (Year 2). [[PERSON:Ella]] has a dentist appt [[DATE_TIME:Thursday 14 Nov at 10:40]] so she'll be late in
[08:15] School Office: Thanks [[PERSON:Bronwyn]], noted. Who's dropping her back?
[08:16] [[PERSON:Bronwyn Taylor]]: Her dad, [[PERSON:Mike Taylor]]. His number's [[PHONE_NUMBER:0412 558 093]] if you need him
[08:17] School Office: Perfect, thanks!""",
    """Agent ([[PERSON:Priya]]): Thanks for holding. Can I have your full name and date of birth please?
Customer: [[PERSON:Owen Gallagher]], [[DATE_TIME:4th of June 1983]]
Agent ([[PERSON:Priya]]): Thanks [[PERSON:Owen]]. And the first line of your address and the postcode?
Customer: [[ADDRESS:29 Glenview Park]], [[ZIP_CODE:BT8 7LQ]]
Agent ([[PERSON:Priya]]): Lovely. I can see the card ending 3391 was blocked after an online payment attempt from [[IP_ADDRESS:203.115.88.4]] at 02:13 this morning.
Customer: yeah that wasn't me, I was asleep. my email is [[EMAIL_ADDRESS:owen.gallagher83@gmail.com]] if you need to send anything
Agent ([[PERSON:Priya]]): Great, a new card will go out to [[PERSON:Mr Gallagher]] at the same address within 5 working days.""",
    """#it-support
[[USERNAME:ngozi.a]]  9:41 AM
anyone know why [[PERSON:Tunde]]'s laptop can't get on the VPN? it's showing [[IP_ADDRESS:10.12.4.87]]
[[USERNAME:tunde.bakare]]  9:43 AM
it says my account [[USERNAME:tbakare]] is locked 😩
[[USERNAME:mei.lin]]  9:47 AM
@[[USERNAME:tunde.bakare]] unlocked + temp password sent to [[EMAIL_ADDRESS:tunde.bakare@gmail.com]], change it on first login pls
[[USERNAME:ngozi.a]]  9:48 AM
legend, thanks [[PERSON:Mei]]""",
    """Bus 23 Parents 🚌
Driver [[PERSON:Kev]]: Morning all, running 10 mins late, roadworks by the station
[[PERSON:Amina]] ([[PERSON:Zaid]]'s mum): Thanks [[PERSON:Kev]]. [[PERSON:Zaid]] won't be on this afternoon, his nan is collecting
Driver [[PERSON:Kev]]: No worries [[PERSON:Amina]] 👍
[[PERSON:Lisa P]]: [[PERSON:Kev]] can you drop [[PERSON:Jack]] at [[ADDRESS:41 Fernhill Close]] today instead of the shop stop? I'll be home from 3
Driver [[PERSON:Kev]]: Has to go through the transport office [[PERSON:Lisa]] sorry, policy
[[PERSON:Lisa P]]: ok will ring them""",
    """[[PERSON:Ms Josette]] (Childcare): Bonġu lil kulħadd! Nhar il-Ħamis se nagħlqu kmieni, fl-1 ta' wara nofsinhar.
[[PERSON:Daniela Camilleri]]: Grazzi [[PERSON:Josette]]. Jista' jiġi jiġborha n-nannu, [[PERSON:Salvu Camilleri]]? In-numru tiegħu hu [[PHONE_NUMBER:7934 2290]].
[[PERSON:Ms Josette]] (Childcare): Iva, imma ibgħatli n-numru tal-karta tal-identità tiegħu jekk jogħġbok.
[[PERSON:Daniela Camilleri]]: [[ID_NUMBER:0451287M]]. Grazzi ħafna!""",
    """[10:02] Bot: Welcome to support. Please enter the phone number on your account.
[10:02] You: [[PHONE_NUMBER:0722 415 806]]
[10:03] Agent [[PERSON:Wanjiku]]: Hi! I'm [[PERSON:Wanjiku]]. Who am I speaking with?
[10:03] You: [[PERSON:Dennis Otieno]]. I want to swap my SIM, I lost my phone yesterday
[10:04] Agent [[PERSON:Wanjiku]]: Sorry about that [[PERSON:Dennis]]. Please confirm your ID number and date of birth.
[10:05] You: [[ID_NUMBER:29174403]], [[DATE_TIME:17/08/1991]]
[10:06] Agent [[PERSON:Wanjiku]]: Thanks. Visit any of our shops with your original ID; the new SIM will be ready from 12 noon.""",
    """[[PERSON:Jess]]: ok so rent split. I'll send mine from my Monzo, sort code 04-00-04 acc [[ID_NUMBER:48812093]]
[[PERSON:Tomi]]: cool. landlord for the reference is [[PERSON:Mr Harcourt]] right?
[[PERSON:Jess]]: yeah [[PERSON:Alan Harcourt]]. and put flat 3 not flat 2 lol
[[PERSON:Tomi]]: [[ADDRESS:Flat 3, 17 Hyde Park Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1PY]]. got it
[[PERSON:Arjun]]: also my new number is [[PHONE_NUMBER:07452 330 918]], old one's dead""",
    """[[PERSON:Ms. Romero]]: Hi [[PERSON:Mr. Ahmadi]], just a quick note that [[PERSON:Layla]] did great on her reading assessment today!
[[PERSON:Reza Ahmadi]]: Thank you! Also, could you update my email on the portal to [[EMAIL_ADDRESS:reza.ahmadi.pe@gmail.com]]? The old one was closed.
[[PERSON:Ms. Romero]]: I can't change it myself, but I'll pass it to the front office. They might ask for [[PERSON:Layla]]'s student ID.
[[PERSON:Reza Ahmadi]]: It's [[ID_NUMBER:2208814]]. Her birthday is [[DATE_TIME:March 3, 2016]] if they need it.
[[PERSON:Ms. Romero]]: Perfect, thank you!""",
]

LOOKALIKE = [
    """Your order #112-4471930-5528104 has shipped with UPS, tracking 1Z 4E7 71W 03 9120 4418. Invoice INV-2024-08817 is attached. Items: SKU 88120-BLK (qty 2), "Collected Stories" ISBN 978-1-84353-461-7, and a 64 GB card (part no. 555-0142-01). Your e-reader can now update to firmware 10.4.2.118 (serial E4-7710-33KD). Questions? Call customer care on 1-800-629-4471 or write to support@northwindbooks.com. Ref: 9f86d081884c7d659a2feaa0c55ad015""",
    """Zure eskaera (EK-2024-118833) bidali dugu. Faktura: F/2024/00471. Jarraipen-kodea: 3SEUS40718832. Paketea Jose Migel Barandiaran kaleko gure biltegitik atera da gaur. Zalantzarik baduzu, deitu bezeroarentzako arretara, 943 44 80 00, edo idatzi bezeroak@ekodenda.eus helbidera. Jasotzailea: [[PERSON:Itziar Muguruza]], [[PHONE_NUMBER:688 12 40 95]].""",
    """Release notes, v3.10.2.1 (build 10.0.19045.4291 compatible)
- Dijkstra routing now uses a Fibonacci heap; Haversine distances cached (commit a3f9c21e).
- Fixed a crash when the Levenshtein threshold was 0 (issue #4471, CVE-2024-3094 unrelated).
- The server now binds to loopback only by default; set BIND_ALL=1 to listen on every interface.
- Request ids are now UUIDs, e.g. 3f2504e0-4f89-41d3-9a0c-0305e82c3301.
Thanks to [[PERSON:Nadia Rahimova]] ([[USERNAME:nrahimova]]) for the bug report. Security issues: security@openroute.dev.""",
    """Westbrook Elementary News - Week 12
Our Martin Luther King Jr. assembly moves to the Nelson Mandela Hall this year. Buses will load at the Lincoln Avenue and Roosevelt Street stops as usual; Route 7 and Route 12 run 10 minutes early on Friday. The Einstein Science Club meets in Room 204 and the book fair (Dr. Seuss and Magic Tree House titles, ISBN 978-0-14-103614-4 among them) runs all week. Congratulations to [[PERSON:Ayesha Karim]] (Grade 5), who won the district spelling bee! Office: (555) 010-4471, attendance@westbrook-elem.org.""",
    """INVOICE 2024-11-0471
Supplier: Bramble & Finch Ltd, VAT GB 412 8830 17, Company No. 08841207
PO number: PO-55120    Invoice date: 12/11/2024    Due: 12/12/2024
Pay to sort code 40-47-11, SWIFT HBUKGB4B, reference INV20241104710
Lines: 40 x A4 copier paper (SKU CP-80-A4) £132.00; 6 x toner TN-2420 £294.00
Queries: accounts@brambleandfinch.co.uk or 0345 600 4471
Approved by: [[PERSON:Gustavo Pereira]]""",
    """Calibration certificate CC-2024-0918
Instrument: Fluke 87V, serial 44710288, asset ID LAB-0192
MAC of the logger: 00:1B:44:11:3A:B7; firmware 2.41.0.7
Reference standard: Keysight 3458A (cert KS-77120), traceable to NPL
Ambient 21.3 °C, RH 44 %. Readings at 1.000 V, 10.000 V and 100.00 V within spec.
Calibrated by: [[PERSON:K. Oyelaran]]        Next due: 11/2025""",
    """About this leaflet: it explains Hodgkin lymphoma, Crohn's disease and Raynaud's phenomenon, and how the Heimlich manoeuvre and the Apgar score are used. Clinics run in the Florence Nightingale wing of Queen Elizabeth Hospital; for urgent advice call 111. The Alzheimer's Society and Parkinson's UK run drop-ins every Tuesday. Leaflet reviewed by [[PERSON:Dr Olusola Adeyemi]], version 4.2.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind111", STYLES, OUT)


if __name__ == "__main__":
    main()

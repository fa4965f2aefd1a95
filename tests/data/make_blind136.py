"""Build tests/data/blind136.jsonl: a *blind*, hand-written labeled PII set (table-heavy mix).

    .venv/bin/python tests/data/make_blind136.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end (the scaffolding copied below), the whole of gold_sets.py, and
lines 1-64 of make_handwritten.py (conventions, the MARK and TITLE_IN_NAME
regexes, `parse()`). Not read: minimize/, recognizers/, any test other than
those lines, bench/, the README, any *.jsonl (this set's own output
included), any other make_*.py, and no git history, log or status (git was
not run at all). The detector, the bench and the tests were never run. Do
not tune the detector against this set: once it has been used to tune, it
no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py.
Card numbers pass Luhn and IBANs pass mod-97 with the right length (the
French RIB key inside the FR and CG IBANs and the Belgian check inside the
BE ones are right too); `gold_sets.check` re-checks cards and IBANs.
National ids with a public check digit were given a valid one, worked out
with throwaway code while writing (not generated here): South African ids
(agreeing with sex and birth date where they show), Canadian SIN, NHS
numbers, Aadhaar (Verhoeff), Belgian national numbers (agreeing with sex
and birth date), French NIR (with the 99 + country code of a birth
abroad), Dutch BSN, Singapore NRIC, Australian TFN and Medicare, New
Zealand IRD and NHI, Irish PPSN, Ontario health number, Swedish
personnummer, Portuguese NIF, Italian codice fiscale, and the ISBN-13
look-alikes; Indonesian NIK and Malaysian MyKad numbers agree with the
person's birth date and sex. DRC
voter cards, miner and trader cards, Congolese CNI and passports, Kenyan,
Ugandan, Tanzanian, Ghanaian, Nigerian (NIN, BVN) and Zimbabwean ids, KRA
and other tax pins, US SSNs, passports, licences, plates, exam and student
numbers and bank account numbers were not checked.

Styles (ids `blind136-<style>-NNN`; 240 records):
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences dense with names, job titles, streets with
  building numbers, secondary addresses, IPs, MACs, user agents, card / CVV
  / expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts,
  leases, medical, loan and mortgage forms, notices, summonses, deeds) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML, .env, HL7, code snippets,
  tickets and forms with many entity kinds).
- `gen` (80): one to four sentences with personal data woven into prose, as
  a third-party LLM writes "realistic sentences with personal data"; names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (60): one small table per record rendered as text (CSV, TSV,
  semicolon CSV, pipes / Markdown, fixed-width, JSON lines, YAML, key:
  value blocks) with varied column names and non-PII columns; header rows
  unlabeled.
- `chat` (8): support chats, messaging and family threads, team chat, with
  the speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and lot refs, SKUs, ISBNs, IP-shaped versions, hashes,
  UUIDs, serials, MACs, company phones, role mailboxes, eponyms, streets
  named after people with no number), the few real PII values labeled;
  one has no PII at all.
Between a third and a half of the gen and bench records are about the
weighted domains: artisanal mining (DRC copper-cobalt, coltan, cassiterite
and diamonds, Ghana, Mali, Tanzania, Zimbabwe, Peru, Colombia, Indonesia,
Uganda, Zambia), river and lake transport and ferries (Congo river
whaleboats and barges, the Kinshasa-Brazzaville crossing, Lake Kivu,
Victoria and Tanganyika, and ferries elsewhere), and school fees and exam
results (minerval, Examen d'Etat, BEPC, WAEC / BECE / JAMB, KCSE, CBSE,
GCSE, IB, matric). The rest is spread widely.

Languages: about nine records in ten are in English (DRC, Congo, US, UK,
Canada, Australia, New Zealand, Ireland, India, South Africa, Nigeria,
Ghana, Kenya, Uganda, Tanzania, Zambia, Zimbabwe, Singapore, Malaysia, the
Philippines, Indonesia and others, with names from the many cultures living
there); the rest (26 records, spread over gen, bench, table, chat and
lookalike) are in Lingala, Kikongo (Kituba) and the French of the DRC and
the Republic of the Congo.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not
  TITLE, and family and kinship words stay outside (Tata, Mama, Maman,
  Grandma, Lola, Tita, Ate, Dad).
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, commune, quartier, county, state /
  province (also abbreviated) and country are LOCATION; postcodes of every
  shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, travel, payment, exam
  sitting, hearing, start of a job, signature ...) with a day or a month,
  in any shape; a weekday or a clock time said with the date is inside the
  span, a time or weekday alone is not; not bare years, durations, or dates
  not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, voter cards, patient,
  staff, student, candidate, customer, library and member numbers, miner
  and trader cards, mining licences, bank account numbers, non-US passports
  and licences, seaman's books, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BIC / SWIFT, BSB and routing numbers, CVVs and expiries,
  PINs, order / ticket / claim / policy / loan / booking / dispute /
  tracking references, company phone numbers and role mailboxes, versions,
  hashes, serials, partial numbers ("ending 4471"), pets, eponyms and
  vessels, schools and brands named after people, a header row.
- Calls made while writing this set: in a table a "sex", "role", "rank",
  "dept", "class" or "status" column stays unlabeled, an "age" column is
  AGE, a "country", "state" or "province" column is LOCATION, a
  "nationality" column is NRP, and so are "faith" and "party" columns; a
  named mining site, village, ward or barangay is LOCATION, and so are named
  rivers and lakes; ports, schools, vessels and companies are not; a
  secondary address alone ("Flat 2") is ADDRESS; generic row and record
  ids ("id": 1042, user_id=48271, a manifest line) are unlabeled while
  customer, member and student numbers are ID_NUMBER; a school's or a
  company's bank account is not labeled, a person's is; every IP address
  is labeled, private and server ones included (IP-shaped versions and a
  three-octet prefix are not); the timestamp that opens a log line or an
  event ("ts") is not labeled, while a person's dated fields (dob,
  last_login, last_seen, sailed_on, a crossing, a card transaction) are; a
  deadline addressed to a named person is DATE_TIME; a bot account name
  and a generic "admin" account are not USERNAME; a crypto wallet address
  is not labeled; an age written as an ordinal ("80th") has its number
  labeled AGE.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind136.jsonl")

GEN = [
    """Hello, I'm [[PERSON:Grace Mbuyi Kalala]] and my son [[PERSON:Josué]] sat the Examen d'État in [[DATE_TIME:June 2024]]. Can someone explain why his result slip still carries the old candidate number [[ID_NUMBER:0421-88376-KIN]]? You can call me on [[PHONE_NUMBER:+243 812 457 903]].""",
    """The evening launch from [[LOCATION:Dhaka]] to [[LOCATION:Barishal]] left two hours late, and [[PERSON:Md. Rafiqul Islam]], [[AGE:52]], who had booked cabin 7 under NID [[ID_NUMBER:1992481506372]], asked the purser to refund him to his bKash number [[PHONE_NUMBER:01712-448309]].""",
    """When [[PERSON:amara okonkwo]] paid the second-term fees for her twins at the bursary on [[ADDRESS:14 Adeola Odeku Street]], [[LOCATION:Victoria Island]], the receipt came out in her late husband's name. The correct parent email is [[EMAIL_ADDRESS:amara.okonkwo77@gmail.com]].""",
    """Cobalt trader [[PERSON:Jean-Pierre Ilunga]] of [[LOCATION:Kolwezi]] admitted he had bought 340 kg of heterogenite from digger [[PERSON:Patrick Kasongo Mwamba]] (miner's card [[ID_NUMBER:SAEMAPE/LUA/2023/04417]]) on [[DATE_TIME:12 February 2025]] without a weighing slip.""",
    """My daughter [[PERSON:Thandiwe]]'s matric certificate has her ID number [[ID_NUMBER:0206150119082]] right, but it spells her surname [[PERSON:Nkosi]] instead of [[PERSON:Nkosi-Dlamini]]. She was born on [[DATE_TIME:15 June 2002]] in [[LOCATION:Pietermaritzburg]], if that helps.""",
    """[[PERSON:Mrs. Eleanor Whitcombe]], [[AGE:81]], NHS number [[ID_NUMBER:485 201 7735]], is booked for her cataract review on [[DATE_TIME:Thursday 6 March at 2.15pm]]; her daughter [[PERSON:Judith]] will bring her in.""",
    """Hey, it's [[PERSON:Callum]]. I left a green backpack on the 7:05 [[LOCATION:Devonport]] ferry this morning. The tag says [[PERSON:Callum Reid-Tamatea]] and my mobile is [[PHONE_NUMBER:021 448 9073]] if anyone hands it in.""",
    """Mbote, nkombo na ngai [[PERSON:Mireille Bokele]]. Nafutaki minerval ya mwana na ngai [[PERSON:Bénédicte]] na mokolo ya [[DATE_TIME:3 octobre 2024]], kasi eteyelo elobi ete bazwaki mbongo te. Bobenga ngai na [[PHONE_NUMBER:0998 214 367]].""",
    """Zina ya mono kele [[PERSON:Alphonse Nsimba]], mono kele ti bamvula [[AGE:47]]. Mono ke zinga na [[ADDRESS:12 rue Mbemba]], [[LOCATION:Bacongo]], [[LOCATION:Brazzaville]]. Numero ya telefone ya mono: [[PHONE_NUMBER:06 614 28 53]].""",
    """Bonjour, je suis [[PERSON:Dieudonné Kabamba]], creuseur sur le site de [[LOCATION:Kamilombe]] depuis 2019. Ma carte de creuseur porte le numéro [[ID_NUMBER:CDC-LBA-0087214]] et on me joint au [[PHONE_NUMBER:+243 97 055 1842]].""",
    """Could you update the payout account for [[PERSON:Rohan Mehta]]? His new IBAN is [[IBAN_CODE:GB46 MIDL 4005 1562 0394 81]] and the change should apply from [[DATE_TIME:1 April 2025]].""",
    """[[PERSON:Lisa Nakamura-Ortiz]] commutes on the [[LOCATION:Bainbridge Island]] ferry every weekday; her Wave2Go account is under [[EMAIL_ADDRESS:lnakamura.ortiz@outlook.com]], and she reported the ORCA card ending 4471 stolen on [[DATE_TIME:Jan 9, 2025]].""",
    """Police in [[LOCATION:Tarkwa]] arrested [[PERSON:Kwabena Owusu-Ansah]], [[AGE:34]], and [[PERSON:Yaw Boateng]], [[AGE:29]], at an illegal pit near [[LOCATION:Nsuaem]] on [[DATE_TIME:Tuesday 18 March 2025]]. Both men gave home addresses in [[LOCATION:Prestea]].""",
    """Hi there, this is [[PERSON:Siobhán Ní Bhriain]] in [[LOCATION:Galway]]. My PPS number is [[ID_NUMBER:4729103J]] and I'm trying to claim the dental benefit for a filling I had on the [[DATE_TIME:12th of February]].""",
    """[[PERSON:marcus lee]] wants to send back the air fryer; refund it to the Visa [[CREDIT_CARD:4556 7301 8824 5635]] and mail the return label to [[ADDRESS:2270 Kingsway, Unit 5]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V5N 2T7]].""",
    """[[PERSON:Wanjiru Kamau]]'s KCSE index number is [[ID_NUMBER:20412008/041]]; she got an A- in Chemistry. Her mother, [[PERSON:Esther Njeri]], is on [[PHONE_NUMBER:0722 318 604]] and would like the certificate posted to [[ADDRESS:P.O. Box 1184]], [[LOCATION:Nyeri]].""",
    """The booking for [[PERSON:Mr Tomasz Wiśniewski]] and [[PERSON:Agnieszka Wiśniewska]] runs from [[DATE_TIME:22/05/2025]] to [[DATE_TIME:26/05/2025]]; his passport [[ID_NUMBER:EP4417208]] was scanned at the front desk.""",
    """Among those rescued from the whaleboat that overturned near [[LOCATION:Inongo]] was [[PERSON:Albertine Mputu]], [[AGE:19]], a nursing student who had boarded at [[LOCATION:Mbandaka]] on [[DATE_TIME:27 September]], and her uncle [[PERSON:Papy Lokuli]].""",
    """To move your number to us, [[PERSON:Aaliyah Thompson]], we'll need the account PIN from your current carrier (not your password) and the number itself, [[PHONE_NUMBER:(404) 817-2260]].""",
    """[[PERSON:Nguyen Van Thanh]]'s green card renewal notice went to [[ADDRESS:1187 S Bascom Ave Apt 22]], [[LOCATION:San Jose]], [[LOCATION:CA]] [[ZIP_CODE:95128]]; his A-number is [[ID_NUMBER:A208-331-476]].""",
    """Results day for [[PERSON:Ffion Pritchard]] is [[DATE_TIME:Thursday 21 August]]. Her candidate number is [[ID_NUMBER:4172]]; the five digits starting 68 are the school's centre number, not hers.""",
    """[[TITLE:Doña]] [[PERSON:Rosa Quispe Mamani]], [[AGE:58]], registered her small gold claim with the REINFO under DNI [[ID_NUMBER:42781936]] and still sells her ore in [[LOCATION:La Rinconada]], four hours above [[LOCATION:Juliaca]].""",
    """Bella the labrador is due her booster on [[DATE_TIME:Saturday 15 March]]; owner [[PERSON:Gareth Hughes]], [[PHONE_NUMBER:07700 912448]], asked for the first slot.""",
    """We're happy to confirm the tenancy at [[ADDRESS:Flat 3, 41 Mornington Crescent]], [[LOCATION:London]] [[ZIP_CODE:NW1 7RH]] for [[PERSON:Oluwaseun Adeyemi]] and [[PERSON:Hannah Cole]], starting on the [[DATE_TIME:1st of July 2025]].""",
    """Le [[DATE_TIME:lundi 10 février 2025]], [[PERSON:Christelle Ngoma]], née le [[DATE_TIME:04/09/1993]] à [[LOCATION:Pointe-Noire]], a traversé le fleuve de [[LOCATION:Brazzaville]] à [[LOCATION:Kinshasa]] avec son passeport n° [[ID_NUMBER:OA0412876]].""",
    """Streamer [[PERSON:Kenji Watanabe]] (Twitch: [[USERNAME:kenjiplays_jp]]) says his old Discord account [[USERNAME:kenji.w4471]] was taken over by someone logging in from [[IP_ADDRESS:126.74.201.19]] on [[DATE_TIME:2 March]].""",
    """[[PERSON:Chinedu Eze]] wrote the WASSCE at a centre in [[LOCATION:Enugu]] with examination number [[ID_NUMBER:4250107118]]. His result checker PIN is 883722014456, so please don't post it in the group.""",
    """Please put [[PERSON:Rutendo Chikwanha]] on payroll from [[DATE_TIME:03.03.2025]]: income tax reference [[ID_NUMBER:0184275369]], FNB cheque account [[ID_NUMBER:62184400917]], branch code 250655.""",
    """Tata [[PERSON:Kalombo]] azali mosali na mine moko pene na [[LOCATION:Likasi]]. Akweyaki na libulu na mokolo ya [[DATE_TIME:14 mai 2024]] mpe sikoyo azali na lopitalo ya [[LOCATION:Lubumbashi]].""",
    """Prescription for [[PERSON:Ms. Harpreet Kaur Sandhu]], DOB [[DATE_TIME:1979-11-02]], Aadhaar [[ID_NUMBER:5290 4417 3861]], was collected by her husband [[PERSON:Gurpreet]] at 6 pm.""",
    """On the [[LOCATION:Entebbe]]–[[LOCATION:Kalangala]] ferry, [[PERSON:Nakato Sarah]], [[AGE:26]], paid by mobile money from [[PHONE_NUMBER:+256 772 614 093]] for herself and her younger brother [[PERSON:Ssemakula]].""",
    """The hearing in [[PERSON:Okafor]] v. [[LOCATION:Lagos State]] has been moved to [[DATE_TIME:9 June 2025 at 10 a.m.]]; [[TITLE:Barr.]] [[PERSON:Ifeoma Nwosu]] will appear for the claimant.""",
    """Les résultats du BEPC de [[PERSON:Merveille Mabiala]] (matricule [[ID_NUMBER:BEPC-2024-PN-11872]]) sont affichés au collège de [[LOCATION:Tié-Tié]]. Sa mère, [[PERSON:Odile Loemba]], peut retirer le relevé en présentant sa carte d'identité n° [[ID_NUMBER:1204587/3]].""",
    """if anyone finds a grey wallet near [[LOCATION:Bondi]] its [[PERSON:jess o'halloran]]'s, pls DM [[USERNAME:jessoh_88]] or text [[PHONE_NUMBER:0412 883 207]] xx""",
    """I've reset the VPN token for [[PERSON:Deepak Raman]] (employee ID [[ID_NUMBER:E-20931]]); his laptop now picks up [[IP_ADDRESS:10.14.2.77]] on the office network.""",
    """The courier couldn't find [[ADDRESS:Unit 4B, 17-19 Marsden Street]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2150]], so [[PERSON:Minh Tran]] asked us to leave the parcel with the neighbour next time.""",
    """[[PERSON:Bongani]], your membership freeze is approved until [[DATE_TIME:30 April]]; the card on file ending 2290 won't be charged in the meantime.""",
    """[[PERSON:Tendai Moyo]], a small-scale gold miner from [[LOCATION:Kwekwe]], sold 42 g at the buying centre on [[DATE_TIME:7 November 2024]], showing national ID [[ID_NUMBER:08-2174396 K 18]].""",
    """Mon mari [[PERSON:Trésor Mulamba]] voyage sur une barge de [[LOCATION:Kinshasa]] vers [[LOCATION:Ilebo]] ; il est parti le [[DATE_TIME:2 mars]] et son numéro [[PHONE_NUMBER:081 623 4490]] ne passe plus depuis [[LOCATION:Bandundu]].""",
    """Dear parent, the balance of UGX 480,000 for [[PERSON:Mugisha Ivan]] (S.3 East, student no. [[ID_NUMBER:KCB/2023/0412]]) must be cleared before exams; pay into school account 9030012457713 and quote his number.""",
    """Hi team, [[PERSON:Beatrice Lungu]] rang to say that a caller claiming to be from our fraud desk asked her to read out the card number and the three digits on the back. She did not; her card [[CREDIT_CARD:5188 4021 7765 3319]] has been blocked anyway.""",
    """I'm [[PERSON:Mateo Fernández]], [[AGE:23]], from [[LOCATION:Rosario]]; I arrived in [[LOCATION:Auckland]] on a working holiday visa on [[DATE_TIME:Feb 14th]] and my IRD number is [[ID_NUMBER:118-402-578]].""",
    """Wanted to let you know that Grandma [[PERSON:Lucía]]'s flight lands at 4:40 on Sunday, so [[PERSON:Pablo]] can collect her; her number while she's here is [[PHONE_NUMBER:+34 612 48 91 07]].""",
    """The ferry manifest shows [[PERSON:Ahmad Fauzi bin Rahman]], [[AGE:44]], and his wife [[PERSON:Nur Aisyah]], on the [[DATE_TIME:20 April]] crossing from [[LOCATION:Mersing]] to [[LOCATION:Tioman]], both using MyKad [[ID_NUMBER:800317-01-5527]] and [[ID_NUMBER:830925-01-6140]].""",
    """My name is [[PERSON:Priscilla Acheampong]] and I was overcharged for the WAEC re-sit registration. The receipt was sent to [[EMAIL_ADDRESS:p.acheampong@yahoo.co.uk]] on the [[DATE_TIME:8th of May]].""",
    """Good afternoon! [[PERSON:Dr. Sunil Varghese]] has agreed to supervise [[PERSON:Aisling Murphy]]'s thesis; she's on [[PHONE_NUMBER:087 612 4409]] and her student number is [[ID_NUMBER:21409877]].""",
    """In [[LOCATION:Walikale]], cassiterite from the pits is carried on foot; [[PERSON:Espoir Bahati]], a [[AGE:16]]-year-old porter, told the monitors from the cooperative that he started on [[DATE_TIME:5 January]] and is paid per trip.""",
    """hey its [[PERSON:tyrone]] from the gym, my new number is [[PHONE_NUMBER:(312) 904-7736]], the old one got cut off lol""",
    """The school bus company needs the emergency contact for [[PERSON:Leah Goldstein]], age [[AGE:9]]: her father, [[PERSON:Ari Goldstein]], [[PHONE_NUMBER:917-448-2031]], of [[ADDRESS:220 Riverside Dr, Apt 14C]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10025]].""",
    """Nous avons reçu le minerval du deuxième trimestre pour [[PERSON:Grâce Nzuzi Mavungu]] le [[DATE_TIME:17/01/2025]]. Le reçu a été envoyé à son tuteur, [[PERSON:Jonathan Mavungu]], au [[PHONE_NUMBER:+243 85 310 2276]].""",
    """Our records show that [[PERSON:Sean Fitzpatrick]] last logged in on [[DATE_TIME:2025-02-11 at 22:47]] from [[IP_ADDRESS:2a02:8084:4060:9e80:1c7:3bff:fe21:9a04]], shortly before the password change.""",
    """Please issue the replacement SIN card to [[PERSON:Anjali Bhatt]], SIN [[ID_NUMBER:527 184 931]], at [[ADDRESS:38 Glenforest Rd]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6S 1L4]].""",
    """Ferry operator staff in [[LOCATION:Goma]] said [[PERSON:Fiston Habimana]], [[AGE:31]], and [[PERSON:Chantal Uwase]] had tickets for the [[DATE_TIME:Friday 4 April]] boat to [[LOCATION:Bukavu]] but never boarded.""",
    """I'm applying on behalf of my nephew [[PERSON:Ryan]]; his school fees for the autumn term are £6,240, and I'll pay from my Barclays account, IBAN [[IBAN_CODE:GB23BARC20041573849102]].""",
    """For the ID card renewal, [[PERSON:Maria Clara Reyes]] gave her PhilSys number [[ID_NUMBER:4719-2830-5561-0294]] and an address at [[ADDRESS:Blk 12 Lot 7, Sampaguita St.]], [[LOCATION:Barangay San Isidro]], [[LOCATION:Antipolo]].""",
    """Our enrolment officer spoke to Mama [[PERSON:Aziza]] — no, let me correct that — to [[PERSON:Aziza Mwinyi]], mother of [[PERSON:Hamisi]], who failed Form Four and wants to re-register him at a private centre in [[LOCATION:Dar es Salaam]].""",
    """Mono [[PERSON:Luzolo Mbemba]], mono butukaka na [[DATE_TIME:12 juni 1990]] na [[LOCATION:Matadi]]. Numero ya carte ya électeur ya mono kele [[ID_NUMBER:1039 5512 804 7]], mpi mono ke salaka na [[LOCATION:Boma]].""",
    """Congratulations to [[PERSON:Akosua Frimpong]], who topped the district in the BECE with aggregate 6! Her proud dad, [[PERSON:Kofi]], can be reached at [[EMAIL_ADDRESS:kofi.frimpong@gmail.com]].""",
    """An engineer will visit [[PERSON:Mr. Alan O'Dwyer]] at [[ADDRESS:7 Ballymun Road]], [[LOCATION:Dublin 9]], [[ZIP_CODE:D09 F2X6]], on [[DATE_TIME:Wednesday 19th between 8 and 12]]; account number [[ID_NUMBER:300481552]].""",
    """During the inspection at the [[LOCATION:Rubaya]] coltan site, the cooperative's register listed [[PERSON:Innocent Ndayisaba]] with voter card [[ID_NUMBER:1048 2207 553 9]] and [[PERSON:Jeannette Mukamana]] with none; both said they were born in [[LOCATION:Masisi]].""",
    """[[PERSON:Sophie Dubois-Mbala]] was born on [[DATE_TIME:30 July 1985]] in [[LOCATION:Kisangani]]; she now lives at [[ADDRESS:48 rue des Tanneurs]], [[ZIP_CODE:1000]] [[LOCATION:Brussels]], and her Belgian national number is [[ID_NUMBER:85.07.30-034.27]].""",
    """My uncle [[PERSON:Haruto Sato]] turned [[AGE:70]] yesterday and still takes the 6:30 hydrofoil from [[LOCATION:Kagoshima]] to [[LOCATION:Yakushima]] every week to tend his orchard.""",
    """The dental clinic texted [[PERSON:Olivia Brennan-Sato]] at [[PHONE_NUMBER:+61 403 227 918]] to move her check-up to [[DATE_TIME:Mon 24/03 at 11:45]]; her Medicare number [[ID_NUMBER:2953 41673 1]] is on file.""",
    """In [[LOCATION:Lubumbashi]], the parents' committee at the Institut Maadini wants every family to show the bank slip; [[PERSON:Huguette Kyungu]] paid at Rawbank on [[DATE_TIME:9 septembre]] into account 05100-01028476-12, the school's, not hers.""",
    """[[PERSON:Ahmed Al-Sayed]], a [[NRP:Syrian]] refugee now living in [[LOCATION:Mississauga]], was born on [[DATE_TIME:April 2, 1986]] and has been driving for a rideshare company since [[DATE_TIME:March 2022]].""",
    """The vessel's log records that deckhand [[PERSON:Mbo Kasereka]] slipped on [[DATE_TIME:21/11/2024]] between [[LOCATION:Lisala]] and [[LOCATION:Bumba]]; his next of kin, [[PERSON:Solange Kavira]], is on [[PHONE_NUMBER:+243 991 004 572]].""",
    """Please note that [[PERSON:Kavya]] from 7B has been absent since [[DATE_TIME:Monday 10th]]; her father's number, [[PHONE_NUMBER:98450 17263]], goes straight to voicemail.""",
    """The claim from [[PERSON:Jorge Alvarado]] ([[US_SSN:527-84-1903]]) for the water damage at [[ADDRESS:4402 Pecan Hollow Ln]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78745]] was approved on Friday.""",
    """Dear [[PERSON:Ngozi]], the scholarship committee needs your JAMB registration number ([[ID_NUMBER:20238471625FE]]) and a copy of your result before [[DATE_TIME:June 30]].""",
    """Last week [[PERSON:Gabriel Ouellet]], [[AGE:62]], from [[LOCATION:Rimouski]], was the first passenger on the new ferry from [[LOCATION:Matane]] to [[LOCATION:Baie-Comeau]]; he posts his photos as [[USERNAME:gabou_traversier]].""",
    """[[PERSON:Hadiza Bello]]'s Hajj refund of ₦1,200,000 will be paid into her GTBank account [[ID_NUMBER:0158472936]] once she signs the form she received on [[DATE_TIME:11/02/2025]].""",
    """Mwana na ngai [[PERSON:Exaucé Mbala]] azwaki 68% na Examen d'État. Soki bolingi koyeba makambo mosusu, bokoma na [[EMAIL_ADDRESS:mbala.exauce@gmail.com]] to na [[PHONE_NUMBER:0815 227 090]].""",
    """On the morning of [[DATE_TIME:3 December]], artisanal miner [[PERSON:Mamadou Traoré]], [[AGE:27]], was pulled alive from a collapsed shaft near [[LOCATION:Kéniéba]] in [[LOCATION:Mali]]; a [[NRP:Burkinabè]] co-worker, [[PERSON:Issouf Sawadogo]], did not survive.""",
    """Reminder to [[PERSON:Tom Eriksson]]: your Stena Line booking for [[DATE_TIME:28 June, 21:15]], [[LOCATION:Gothenburg]] to [[LOCATION:Kiel]], is for two adults and the car with plate [[ID_NUMBER:ABC 12F]]; email us from [[EMAIL_ADDRESS:tom.eriksson@telia.se]] with changes.""",
    """I, [[PERSON:Vusi Mahlangu]], ID [[ID_NUMBER:7902286124086]], confirm that I handed the keys of [[ADDRESS:17 Jacaranda Avenue]], [[LOCATION:Pretoria]], to the agent on [[DATE_TIME:31 January 2025]].""",
    """Hospital staff say [[PERSON:Li Wei]], [[AGE:38]], a [[NRP:Chinese]] engineer, was admitted on the [[DATE_TIME:16th]] after his car hit a pole on [[ADDRESS:902 Ang Mo Kio Avenue 3]]; his NRIC is [[ID_NUMBER:S8734120H]].""",
    """[[TITLE:Madame]] [[PERSON:Antoinette Lusamba]] a payé les frais d'inscription à l'Examen d'État pour son fils [[PERSON:Cédrick]] par M-Pesa depuis le [[PHONE_NUMBER:+243 81 770 4315]] ; le code de transaction est PGH7K2Q9LM.""",
    """[[PERSON:Farida Haidari]], an [[NRP:Afghan]] national, was granted refugee status on [[DATE_TIME:14/10/2024]]; her caseworker [[PERSON:Tom Baptiste]] ([[EMAIL_ADDRESS:t.baptiste@refugeeaction.org.uk]]) will help her register with a GP in [[LOCATION:Leeds]].""",
    """Kindly send the HELB statement for [[PERSON:Brian Otieno Ochieng]], ID No. [[ID_NUMBER:31457862]], KRA PIN [[ID_NUMBER:A013947825Z]], to [[EMAIL_ADDRESS:brianotieno92@gmail.com]] before he graduates.""",
    """The fast craft's passenger list has [[PERSON:Rowena Dela Cruz]], [[AGE:41]], of [[LOCATION:Ormoc City]], on the [[DATE_TIME:12 December]] trip from [[LOCATION:Cebu]], seat 34C; her SSS number, [[ID_NUMBER:34-1928475-6]], was used for the senior discount by mistake.""",
]


BENCH = [
    """Dear [[PERSON:Ottilie]], the transfer of your pension pot to IBAN [[IBAN_CODE:DE04 1007 0000 0291 8473 65]] (BIC DEUTDEBBXXX) has been queued. Please approve it from the device that requested it: IP [[IP_ADDRESS:84.172.19.203]], MAC 3c:22:fb:91:0e:47.""",
    """The Junior Mining Liaison, [[PERSON:Yannick Kasongo]], will receive the cooperative delegates at [[ADDRESS:1127 avenue Mwepu, Suite 4]], [[LOCATION:Lubumbashi]], on [[DATE_TIME:07/04/2025 at 09:00]]. Bring your miner cards and call [[PHONE_NUMBER:+243-99-712-0486]] if you are delayed at the [[LOCATION:Kasumbalesa]] checkpoint.""",
    """Attention [[PERSON:Mx. Rowan Achterberg]]: the annual ferry pass paid with card [[CREDIT_CARD:4024 0071 4422 9910]] (exp 08/27, CVV 614) renews on [[DATE_TIME:2025-05-01]]. Last login agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1.""",
    """Form teacher [[PERSON:Nomvula]] asked that the trial exam results of [[PERSON:Sipho Dube]], male, [[AGE:17]], born [[DATE_TIME:03/11/2007]], be mailed to [[EMAIL_ADDRESS:sipho.dube07@webmail.co.za]] and posted to his guardian at [[ADDRESS:22 Msinga Road]], [[LOCATION:Umlazi]], [[ZIP_CODE:4031]].""",
    """Our Forward Tactics Orchestrator, [[PERSON:Eulalia Grønvold]], will tour the barge yard at [[ADDRESS:77 Strandveien]], [[LOCATION:Tromsø]], on [[DATE_TIME:March 12th, 2025]]. Her username [[USERNAME:egronvold77]] and password Xk#91!lmQ need resetting before she can sign the visitor log.""",
    """{"manifest_line": 14, "full_name": "[[PERSON:Mwamini Kahindo]]", "dob": "[[DATE_TIME:1996-08-14]]", "sex": "F", "voter_card": "[[ID_NUMBER:1047662091834]]", "phone": "[[PHONE_NUMBER:+243976604118]]", "route": "[[LOCATION:Goma]]-[[LOCATION:Bukavu]]", "vessel": "Emmanuel 3", "sailing": "[[DATE_TIME:2025-03-21T07:30:00+02:00]]", "seat": "B-17"}""",
    """INSURANCE CLAIM FORM — Section A. Claimant: [[PERSON:Harold J. Pennington]]. Date of birth: [[DATE_TIME:09/23/1958]]. SSN: [[US_SSN:442-61-8075]]. Address: [[ADDRESS:3318 Wexford Court]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43221]]. Policy No.: HO-7720418. Date of loss: [[DATE_TIME:02/14/2025]]. Description: frozen pipe burst in the upstairs bathroom; contractor estimate attached.""",
    """2025-02-18 14:03:55 INFO auth.login user=[[USERNAME:aoluwole]] email=[[EMAIL_ADDRESS:ade.oluwole@mail.ng]] src_ip=[[IP_ADDRESS:102.89.34.176]] ua="Mozilla/5.0 (Linux; Android 13; TECNO KI5k) AppleWebKit/537.36 Chrome/121.0 Mobile Safari/537.36" result=success session=7f3c9a1e""",
    """INSERT INTO students (student_no, first_name, last_name, dob, guardian_phone, fees_balance) VALUES ('[[ID_NUMBER:ST-2024-0917]]', '[[PERSON:Kiprono]]', '[[PERSON:Langat]]', '[[DATE_TIME:2009-02-27]]', '[[PHONE_NUMBER:+254 711 902 384]]', 18500.00);""",
    """LOAN APPLICATION. Applicant: [[PERSON:Priyanka Deshmukh]], [[AGE:34]], Software Test Lead at Infosys. PAN: [[ID_NUMBER:BKXPD4172M]]. Aadhaar: [[ID_NUMBER:4821 7739 1060]]. Residential address: [[ADDRESS:Flat 502, Sai Krupa Residency, Baner Road]], [[LOCATION:Pune]] [[ZIP_CODE:411045]]. Monthly income: INR 1,42,000. Co-applicant: [[PERSON:Nikhil Deshmukh]], mobile [[PHONE_NUMBER:+91 98220 41736]].""",
    """FICHE D'IDENTIFICATION DU CREUSEUR. Nom : [[PERSON:MUKENDI]]. Post-nom : [[PERSON:KABEYA]]. Prénom : [[PERSON:Jean-Claude]]. Né le [[DATE_TIME:11/05/1989]] à [[LOCATION:Mbuji-Mayi]]. Nationalité : [[NRP:congolaise]]. Carte d'électeur : [[ID_NUMBER:1029 4471 083 6]]. Site : [[LOCATION:Tshibwe]], territoire de [[LOCATION:Kabeya-Kamwanga]]. Minerai : diamant alluvionnaire. Coopérative : COMIDIKA. Téléphone : [[PHONE_NUMBER:0824 517 330]].""",
    """Reminder: [[PERSON:Dr. Beatriz Lacerda]] will present the quarterly compliance figures in [[ADDRESS:Room 4.12, 900 Harbour Drive]], [[LOCATION:Perth]] [[LOCATION:WA]] [[ZIP_CODE:6000]]. Dial-in for remote staff: +61 8 9220 4400 (switchboard). Her direct line is [[PHONE_NUMBER:+61 412 006 775]].""",
    """<passenger><name>[[PERSON:Oumar Diallo]]</name><nationality>[[NRP:Guinean]]</nationality><passport>[[ID_NUMBER:R0882143]]</passport><birthDate>[[DATE_TIME:1983-12-01]]</birthDate><cabin>2114</cabin><embark>[[LOCATION:Dakar]]</embark><disembark>[[LOCATION:Ziguinchor]]</disembark><email>[[EMAIL_ADDRESS:oumar.diallo83@orange.sn]]</email></passenger>""",
    """Hi [[PERSON:Delphine]], the courier will drop the replacement card at [[ADDRESS:45B Rue Saint-Denis]], [[ZIP_CODE:75001]] [[LOCATION:Paris]]. New card: [[CREDIT_CARD:5157 3602 8841 0978]], valid thru 11/28. The PIN letter follows separately. Account holder: [[PERSON:Delphine Marchetti-Okeke]].""",
    """ticket #88213 | opened by [[PERSON:Samantha Wu]] ([[EMAIL_ADDRESS:swu@keystone-logistics.com]]) | priority: high | "Driver [[PERSON:Luis Ortega]] (CDL [[US_DRIVER_LICENSE:D441-2073-6812]], [[LOCATION:Illinois]]) reports the tablet shows [[IP_ADDRESS:172.58.44.210]] and keeps dropping GPS." | assigned: fleet-support""",
    """Employment Agreement. This agreement is made on [[DATE_TIME:March 3, 2025]] between Harbourline Ferries Pty Ltd (ABN 75 604 118 093) and [[PERSON:Connor Mitchell]] of [[ADDRESS:12 Ferry Lane]], [[LOCATION:Manly]] [[LOCATION:NSW]] [[ZIP_CODE:2095]] (the Employee). Position: Master, Class 5 vessel. Tax File Number: [[ID_NUMBER:459 217 387]]. Superannuation fund member no.: [[ID_NUMBER:88201457]].""",
    """customer: {name: "[[PERSON:Ingrid Solheim]]", gender: female, birthdate: "[[DATE_TIME:14.02.1971]]", street: "[[ADDRESS:Kongens gate 18]]", postcode: "[[ZIP_CODE:7011]]", city: "[[LOCATION:Trondheim]]", iban: "[[IBAN_CODE:NL47 ABNA 0458 9231 07]]", bic: ABNANL2A}""",
    """Please verify the following for candidate [[PERSON:ABDULLAHI Musa Garba]]: exam number [[ID_NUMBER:5120243087]], centre 512024, date of birth [[DATE_TIME:22 Jan 2006]], state of origin [[LOCATION:Kano]]. His father's NIN is [[ID_NUMBER:71824509163]] and the account used for fees is UBA [[ID_NUMBER:2047715830]].""",
    """[[PERSON:Hamid]], Regional Accounts Designer, can be reached at [[ADDRESS:612 Lakeshore Blvd W, Suite 1800]] or through his secondary address [[ADDRESS:PO Box 449]], [[LOCATION:Toronto]], [[LOCATION:Ontario]] [[ZIP_CODE:M5V 1A4]]. Send the Bitcoin refund to 1F8wLqk3r9Zb2pHt6Vn4XcQeJ7uYdMsK2A, not to his old wallet.""",
    """MEDICAL RECORD — Discharge summary. Patient: [[PERSON:Mrs. Fatou Sarr]]. MRN: [[ID_NUMBER:00472918]]. Age: [[AGE:67]]. Admitted: [[DATE_TIME:02/02/2025]]. Discharged: [[DATE_TIME:02/09/2025]]. Diagnosis: community-acquired pneumonia. Attending: [[PERSON:Dr. Kwame Asante]]. Follow-up with PCP within 7 days. Emergency contact: [[PERSON:Moussa Sarr]] (son), [[PHONE_NUMBER:(718) 405-2219]].""",
    """{"event":"payment_failed","ts":"2025-01-30T09:12:44Z","customer":{"id":"[[ID_NUMBER:cus_7732190]]","name":"[[PERSON:Rahel Tesfaye]]","email":"[[EMAIL_ADDRESS:rahel.tesfaye@protonmail.com]]"},"card":{"brand":"visa","last4":"7749","exp":"04/26"},"ip":"[[IP_ADDRESS:196.188.52.91]]","reason":"insufficient_funds"}""",
    """AVIS AUX PARENTS. Le préfet des études informe les parents de l'élève [[PERSON:Ngoy Kalenga Rachel]], 6e Scientifique, que le solde des frais de l'Examen d'État (45 USD) doit être versé au plus tard le [[DATE_TIME:15 mars]]. Contact du parent : [[PERSON:Kalenga Mutombo]], [[PHONE_NUMBER:+243 97 338 1025]], [[ADDRESS:avenue Kapenda n° 23]], quartier [[LOCATION:Bel-Air]], [[LOCATION:Lubumbashi]].""",
    """In the event of a whaleboat recall, our Chief Implementation Officer [[PERSON:Ms. Jacinta Mavinga]] at [[ADDRESS:8 avenue des Aviateurs, appartement 3]], [[LOCATION:Gombe]], will notify passengers by SMS from [[PHONE_NUMBER:+243 815 002 941]] and by email from [[EMAIL_ADDRESS:jacinta.mavinga@yahoo.fr]].""",
    """NOTICE OF DEFAULT. To: [[PERSON:Emeka Chukwuma]], [[ADDRESS:27 Allen Avenue]], [[LOCATION:Ikeja]], [[LOCATION:Lagos]]. You entered a hire-purchase agreement with us on [[DATE_TIME:5 August 2023]] for a Toyota Hiace, plate [[ID_NUMBER:KJA 482 XB]]. Your account [[ID_NUMBER:1100452873]] is now 93 days in arrears. Contact our recovery unit on 0700 225 5000.""",
    """2025-03-02T22:18:09.114Z WARN [gateway] rate limit exceeded client=[[IP_ADDRESS:2001:16b8:2e4c:7d00:8d5a:11ff:fe6b:3c20]] user_id=48271 user=[[USERNAME:lukas.brenner]] path=/api/v2/tickets/ferry count=61""",
    """[[PERSON:Valentina]] from the Identity team here, [[USERNAME:valentina.rossi]] on Slack. Your BTC address and IBAN [[IBAN_CODE:LU28 0019 4006 4475 0000]] were both flagged; please confirm your date of birth ([[DATE_TIME:19-07-1990]]) and the last four digits of your SSN.""",
    """LEASE AGREEMENT (excerpt). Landlord: [[PERSON:Gordon McAllister]]. Tenant: [[PERSON:Aroha Ngata]]. Premises: [[ADDRESS:14A Kowhai Street]], [[LOCATION:Ponsonby]], [[LOCATION:Auckland]] [[ZIP_CODE:1011]]. Term: 12 months from [[DATE_TIME:1 February 2025]]. Rent: NZD 780 per week, paid to the landlord's account [[ID_NUMBER:12-3077-0418265-00]]. Tenant's phone: [[PHONE_NUMBER:022 519 4408]].""",
    """def notify_guardian():
    guardian = {"name": "[[PERSON:Fatima Zahra Benali]]", "phone": "[[PHONE_NUMBER:+33 6 71 42 09 85]]", "email": "[[EMAIL_ADDRESS:fz.benali@free.fr]]"}
    student = {"name": "[[PERSON:Yanis Benali]]", "ine": "[[ID_NUMBER:071234598HK]]", "class": "3e B"}
    send_sms(guardian["phone"], f"Exam results for {student['name']} are now online")""",
    """Passenger incident report. On [[DATE_TIME:19 Jan 2025]], deckhand [[PERSON:Ronaldo Bautista]] helped passenger [[PERSON:Carmela Villanueva]], [[AGE:72]], who slipped on ramp B at [[LOCATION:Batangas]] port. Her senior citizen ID is [[ID_NUMBER:SC-0417-22981]]; her daughter [[PERSON:Joy]] gave [[PHONE_NUMBER:0917 884 2361]] as contact.""",
    """The contract for artisanal gold purchase was signed on [[DATE_TIME:4 November 2024]] by [[PERSON:Evans Mensah]], licensed buyer (licence [[ID_NUMBER:PMMC/LB/2024/0318]]), and [[PERSON:Abena Sarpong]], concession holder in [[LOCATION:Obuasi]], [[LOCATION:Ashanti Region]]. Payment to the seller's Fidelity Bank account [[ID_NUMBER:1050 2233 8841]].""",
    """username: [[USERNAME:kgarcia_88]]
email: [[EMAIL_ADDRESS:karla.garcia88@gmail.com]]
password: summer2024!
ip: [[IP_ADDRESS:73.162.88.14]]
mac: 00-1A-2B-9C-4D-77
last_seen: [[DATE_TIME:2025-02-27 18:44:02]]
geo: [[LOCATION:Sacramento]], [[LOCATION:CA]]""",
    """MINUTES — Parents' meeting, [[LOCATION:Kisumu]]. Present: [[PERSON:Mr. Otieno]] (chair), [[PERSON:Mrs. Achieng Owino]], [[TITLE:Rev.]] [[TITLE:Fr.]] [[PERSON:Paul Wekesa]]. Resolution 3: the fee arrears of KES 42,000 owed by [[PERSON:Dorcas Adhiambo]]'s family shall be paid in three instalments, the first on [[DATE_TIME:10 February 2025]].""",
    """Hello [[PERSON:Anneliese]], your Swiss account [[IBAN_CODE:CH93 0076 2011 6238 5295 7]] was accessed from [[IP_ADDRESS:185.12.77.203]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0. If this wasn't you, call us at 0848 888 888 and quote your customer number [[ID_NUMBER:70021488]].""",
    """DÉCLARATION DE PERTE DE BAGAGES. Passager : [[PERSON:Bienvenu Okemba]], né le [[DATE_TIME:08/02/1977]] à [[LOCATION:Ouesso]]. Pièce : CNI n° [[ID_NUMBER:0977 1428 55]]. Traversée du [[DATE_TIME:13/01/2025]] [[LOCATION:Brazzaville]] – [[LOCATION:Kinshasa]]. Adresse : [[ADDRESS:112 avenue de la Paix]], [[LOCATION:Moungali]]. Tél. : [[PHONE_NUMBER:+242 05 532 77 18]]. Objet perdu : une valise bleue contenant des pagnes.""",
    """{"id":1042,"type":"scholarship_application","applicant":{"first":"[[PERSON:Thabo]]","last":"[[PERSON:Mokoena]]","id_number":"[[ID_NUMBER:8804175239083]]","dob":"[[DATE_TIME:1988-04-17]]","cell":"[[PHONE_NUMBER:082 417 6630]]"},"address":{"line1":"[[ADDRESS:1445 Vilakazi Street]]","suburb":"[[LOCATION:Orlando West]]","city":"[[LOCATION:Soweto]]","postal":"[[ZIP_CODE:1804]]"},"amount_zar":35000}""",
    """[[PERSON:Dr. Ioana Petrescu]], Principal Assurance Engineer, your VPN access from [[IP_ADDRESS:10.20.30.144]] (MAC a4:5e:60:c1:88:02) will expire on [[DATE_TIME:28/02/2025]]. Renew via the portal using your staff ID [[ID_NUMBER:RO-44817]] and the OTP sent to [[PHONE_NUMBER:+40 722 318 904]].""",
    """Statement of witness. I, [[PERSON:Kevin Ochieng Were]], of [[ADDRESS:House 14, Mamlaka Road]], [[LOCATION:Nairobi]], ID No. [[ID_NUMBER:28841706]], state that on the night of [[DATE_TIME:7 March 2025]] I saw two men loading sacks of ore from the Migori mine into a white pickup, registration [[ID_NUMBER:KDA 227Q]].""",
    """ORDER CONFIRMATION. Ship to: [[PERSON:Annika Lindqvist]], [[ADDRESS:Sveavägen 44, lgh 1102]], [[ZIP_CODE:113 50]] [[LOCATION:Stockholm]]. Personnummer (for customs): [[ID_NUMBER:19850612-2384]]. Paid with Mastercard [[CREDIT_CARD:5296 1400 2387 7166]]. Order #SE-448201; estimated delivery 4–6 business days.""",
    """UPDATE customers SET email = '[[EMAIL_ADDRESS:zanele.m@outlook.com]]', phone = '[[PHONE_NUMBER:+27 73 551 0842]]', street = '[[ADDRESS:9 Protea Close]]', city = '[[LOCATION:Durban]]' WHERE customer_id = '[[ID_NUMBER:C-104772]]' AND full_name = '[[PERSON:Zanele Mthembu]]';""",
    """Mbote baboti. Eteyelo ekozongisa ba résultats ya examen ya trimestre na mokolo ya mitano. Mwana [[PERSON:Kabasele Tshimanga Joël]] (numero [[ID_NUMBER:ELV-2210-034]]) azali naino na niongo ya 60 USD. Mama na ye [[PERSON:Mbuyi Odette]] akoki kobenga [[PHONE_NUMBER:0970 421 188]] to koya na biro.""",
    """Please find attached the boarding list for the [[LOCATION:Mwanza]] – [[LOCATION:Bukoba]] overnight ferry. Row 12: [[PERSON:Neema Joseph Mushi]], F, [[AGE:28]], NIDA [[ID_NUMBER:19960412-14102-00001-27]], phone [[PHONE_NUMBER:0754 330 918]]. Row 13: [[PERSON:Baraka Mushi]], M, [[AGE:6]], child fare.""",
    """<user id="u-2207"><fullName>[[PERSON:Henrique Tavares Lobo]]</fullName><email>[[EMAIL_ADDRESS:henrique.lobo@sapo.pt]]</email><nif>[[ID_NUMBER:248 517 392]]</nif><address><street>[[ADDRESS:Rua de Cedofeita 311, 2.º Esq.]]</street><postal>[[ZIP_CODE:4050-180]]</postal><city>[[LOCATION:Porto]]</city></address><role>admin</role><password>Lobo!2025</password></user>""",
    """Dear Sir or Madam, I am writing to dispute a charge of $1,249.00 on my Discover card [[CREDIT_CARD:6011 9832 0054 1176]] posted on [[DATE_TIME:01/22/2025]] by a merchant I do not recognise. I was at home at [[ADDRESS:508 Magnolia Trace]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31405]] that day. Sincerely, [[PERSON:Loretta Simmons-Baptiste]], [[PHONE_NUMBER:912-330-7418]].""",
    """Could [[PERSON:Aurélien]] from [[LOCATION:Liège]] confirm the new rent account? The owner, [[TITLE:Mme]] [[PERSON:Kapinga Ntumba]], now wants payment on [[IBAN_CODE:BE72 3101 8245 9716]] instead of the old Belfius account; her registry number is [[ID_NUMBER:03.04.18-242.17]] if the agency asks.""",
    """PID|1||[[ID_NUMBER:MRN44810273]]^^^STMARYS^MR||[[PERSON:OKONJO]]^[[PERSON:CHIOMA]]^[[PERSON:A]]||[[DATE_TIME:19810412]]|F|||[[ADDRESS:1207 Elm Park Rd]]^^[[LOCATION:Baltimore]]^[[LOCATION:MD]]^[[ZIP_CODE:21212]]||[[PHONE_NUMBER:(410)662-7321]]|||||[[US_SSN:219-48-6630]]""",
    """[[IP_ADDRESS:41.243.18.77]] - [[USERNAME:mkabongo]] [21/Feb/2025:08:14:52 +0100] "GET /eleves/releve?matricule=[[ID_NUMBER:2023-KIN-04418]] HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Linux; Android 12; SM-A135F) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36\"""",
    """test_user = User(first_name="[[PERSON:Olamide]]", last_name="[[PERSON:Bakare-Johnson]]", email="[[EMAIL_ADDRESS:olamide.bj@gmail.com]]", phone="[[PHONE_NUMBER:+2348031176452]]", bvn="[[ID_NUMBER:22184730591]]", dob=date([[DATE_TIME:1994, 7, 3]]))""",
    """U.S. PASSPORT RENEWAL — DS-82. Name: [[PERSON:Marisol Gutierrez Reyes]]. Date of birth: [[DATE_TIME:10/07/1979]]. Place of birth: [[LOCATION:El Paso]], [[LOCATION:Texas]]. Most recent passport number: [[US_PASSPORT:A04418273]], issued [[DATE_TIME:06/2015]]. Mailing address: [[ADDRESS:2210 N Mesa St Apt 9]], [[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79902]]. Phone: [[PHONE_NUMBER:915-443-0826]].""",
    """CLOSING DISCLOSURE. Borrowers: [[PERSON:Derek Halvorsen]] and [[PERSON:Minji Halvorsen]]. Property: [[ADDRESS:8841 Cedar Ridge Dr]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83709]]. Closing date: [[DATE_TIME:04/18/2025]]. Loan ID: 1094471226. Lender: Summit Mortgage. Disbursement account (borrower): [[ID_NUMBER:0048 2261 7719]].""",
    """onboarding:
  employee:
    name: [[PERSON:Chiara Benedetti]]
    start_date: [[DATE_TIME:2025-04-07]]
    personal_email: [[EMAIL_ADDRESS:chiara.benedetti91@libero.it]]
    codice_fiscale: [[ID_NUMBER:BNDCHR91C52F205M]]
    iban: [[IBAN_CODE:IE26 BOFI 9000 1748 2136 75]]
  manager: [[PERSON:Paolo Greco]]
  laptop_serial: C02ZK4T8MD6R""",
    """REGISTRE DES NÉGOCIANTS — Entité de traitement de [[LOCATION:Musompo]]. N° d'ordre 0418. Négociant : [[PERSON:Tshibangu Kalala Serge]], né le [[DATE_TIME:02/12/1981]], carte de négociant [[ID_NUMBER:NEG/LBA/0418/2024]], domicile [[ADDRESS:avenue Kasavubu n° 112]], [[LOCATION:Kolwezi]]. Achats du [[DATE_TIME:18/02/2025]] : 1,2 t de cuivre-cobalt auprès du creuseur [[PERSON:Ilunga Mwenze]] (carte [[ID_NUMBER:CDC-LBA-0110573]]).""",
    """Zina: [[PERSON:Nzuzi Lukombo Régine]]
Bamvula: [[AGE:36]]
Kisika ya kuzinga: [[ADDRESS:avenue Mpozo n° 7]], [[LOCATION:Matadi]]
Telefone: [[PHONE_NUMBER:+243 89 604 2271]]
Masuwa: bateau ya [[LOCATION:Boma]], [[DATE_TIME:15 mayi 2025]]
Bima: 3 basaku ya madesu""",
    """Hi [[PERSON:Jasmine]], thanks for booking with BC Ferries. Booking ref 4QK7-22T. Sailing: [[LOCATION:Horseshoe Bay]] to [[LOCATION:Departure Bay]], [[DATE_TIME:Saturday, June 14, 2025 at 10:40]]. Driver: [[PERSON:Jasmine Kaur Gill]]. Vehicle plate: [[ID_NUMBER:RK7 41P]]. Payment: Visa ending 2038. Questions? Reply to this email or call 1-888-223-3779.""",
    """BOARDING PASS. Passenger: [[PERSON:Nikolaos Papadakis]] · ID card [[ID_NUMBER:AK 480213]] · born [[DATE_TIME:05/03/1962]] · [[LOCATION:Piraeus]] → [[LOCATION:Heraklion]] · departure [[DATE_TIME:21/07/2025 21:00]] · cabin 4-bed inside, berth 2 · mobile [[PHONE_NUMBER:+30 694 412 8830]]""",
    """Transcript request. Candidate name: [[PERSON:Aditi Raghavan]]. IB candidate session number: [[ID_NUMBER:003172-0041]]. Session: [[DATE_TIME:May 2024]]. Date of birth: [[DATE_TIME:2006-01-19]]. Send to: [[EMAIL_ADDRESS:aditi.raghavan06@gmail.com]] and to the admissions office, admissions@ucl.ac.uk.""",
    """CBSE Class XII result: Roll No. [[ID_NUMBER:26148392]], Name [[PERSON:SHREYA NAIR]], Mother's Name [[PERSON:LATHA NAIR]], Father's Name [[PERSON:SURESH KUMAR NAIR]], School: Kendriya Vidyalaya, [[LOCATION:Pattom]], [[LOCATION:Thiruvananthapuram]]. Result: PASS, aggregate 91.4%.""",
    """Health screening log, [[LOCATION:Kereng Pangi]] gold site. Worker: [[PERSON:Slamet Riyadi]], [[AGE:45]], NIK [[ID_NUMBER:6205012807790003]], blood mercury 38 µg/L (high). Worker: [[PERSON:Yohanes Dau]], [[AGE:19]], no NIK shown. Screened on [[DATE_TIME:11 Feb 2025]] by nurse [[PERSON:Rini Astuti]].""",
    """Subsistence miner (barequero) register — [[LOCATION:Segovia]], [[LOCATION:Antioquia]]. Name: [[PERSON:María Eugenia Zapata Restrepo]]. Cédula: [[ID_NUMBER:43.812.557]]. Registered on: [[DATE_TIME:9 January 2025]]. Phone: [[PHONE_NUMBER:314 782 0915]]. Declared output: 6 g per month, panned on the river bank.""",
    """CASE FILE 2025-KZI-017. Child: [[PERSON:Mutombo]] (surname unknown), approx. [[AGE:12]], found sorting cobalt at [[LOCATION:Kasulo]] on [[DATE_TIME:26 January 2025]]. Guardian identified as [[PERSON:Marie Mbayo]], reachable on [[PHONE_NUMBER:+243 997 128 560]]. Referred to the transit centre; schooling to resume at EP Kasulo.""",
    """TRAFFIC COLLISION REPORT. Driver 1: [[PERSON:Aiden Walsh]], DL [[US_DRIVER_LICENSE:W420-7736-5521-0]] ([[LOCATION:FL]]), DOB [[DATE_TIME:11/30/1992]], [[ADDRESS:7745 Palmetto Way]], [[LOCATION:Tampa]], [[LOCATION:FL]] [[ZIP_CODE:33614]]. Driver 2: [[PERSON:Gloria Esposito]], DL [[US_DRIVER_LICENSE:E213-4450-6871-0]] ([[LOCATION:FL]]). Time of collision: 17:42. Insurer: Progressive, policy 920-44871.""",
    """The Chief Paradigm Director, [[PERSON:Reginald Osei]], asked us to courier his renewed passport ([[US_PASSPORT:566104829]]) to [[ADDRESS:401 N Michigan Ave, Floor 22]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60611]]. His DOB is [[DATE_TIME:1975/08/09]] and his assistant [[PERSON:Tamsin]] can be reached at [[EMAIL_ADDRESS:tamsin.hale@gmail.com]].""",
    """{"data":{"profile":{"handle":"[[USERNAME:lindiwe.codes]]","displayName":"[[PERSON:Lindiwe Zulu]]","url":"[[URL:https://github.com/lindiwe-codes]]","blog":"[[URL:https://lindiwezulu.dev]]","location":"[[LOCATION:Cape Town]]","email":"[[EMAIL_ADDRESS:lindiwe@lindiwezulu.dev]]","followers":1204}}}""",
    """SUMMONS. In the Magistrate's Court of [[LOCATION:Bulawayo]]. To: [[PERSON:Sibusiso Ncube]] of [[ADDRESS:42 Fort Street]], [[LOCATION:Bulawayo]]. You are required to appear on [[DATE_TIME:14 April 2025 at 08:30]] to answer a charge of dealing in gold without a licence, contrary to section 3 of the Gold Trade Act. National ID: [[ID_NUMBER:08-491237 Y 21]].""",
    """DISPENSING LOG 2025-03-04. 09:12 — [[PERSON:Moana Tuilagi]], DOB [[DATE_TIME:03.11.1966]], NHI [[ID_NUMBER:ZAC4179]], metformin 500 mg x 60. 09:31 — [[PERSON:Ethan Park]], DOB [[DATE_TIME:22.07.2001]], NHI [[ID_NUMBER:PKT0838]], salbutamol inhaler. Prescriber for both: [[PERSON:Dr. H. Wiremu]].""",
    """# .env.production
APP_NAME=fees-portal
DB_HOST=[[IP_ADDRESS:10.0.4.12]]
DB_USER=fees_app
DB_PASSWORD=Gh7!qPz09
ADMIN_NAME=[[PERSON:Bertrand Mampuya]]
ADMIN_EMAIL=[[EMAIL_ADDRESS:b.mampuya@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+243811447302]]
SUPPORT_EMAIL=support@feesportal.cd""",
    """2024 Form 1040 summary for [[PERSON:Raymond]] and [[PERSON:Keisha Coleman]]: SSNs [[US_SSN:318-40-2276]] and [[US_SSN:318-40-9915]]; dependent [[PERSON:Jalen Coleman]], SSN [[US_SSN:604-21-8840]], born [[DATE_TIME:08/15/2012]]. Address: [[ADDRESS:5120 Brookhaven Dr]], [[LOCATION:Memphis]], [[LOCATION:TN]] [[ZIP_CODE:38117]]. Employer EIN: 62-1184907. Refund by direct deposit to account [[ID_NUMBER:4417 0082 9931]], routing 084000026.""",
    """TRAVEL INSURANCE CLAIM. Insured: [[PERSON:Olumide Fashola]], passport [[ID_NUMBER:B03318472]], [[NRP:Nigerian]]. Trip: [[LOCATION:Lagos]] – [[LOCATION:Dubai]], [[DATE_TIME:12–19 December 2024]]. Loss: laptop stolen at hotel. Police report no. DXB-44182. Reimburse to card [[CREDIT_CARD:4485 7720 9153 0022]]. Contact: [[EMAIL_ADDRESS:o.fashola@yahoo.com]], [[PHONE_NUMBER:+234 802 334 1170]].""",
    """Login alert for [[USERNAME:ngozi_nwankwo]]: new sign-in from [[IP_ADDRESS:2c0f:f4c0:1204:8a00:45e1:9bff:fe02:77d1]] (MAC 5c:cd:5b:11:3a:e8), agent Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Safari/605.1.15, on [[DATE_TIME:Mar 1, 2025 06:02 WAT]]. Not you? Reset at the link we sent to [[EMAIL_ADDRESS:ngozi.nwankwo@gmail.com]].""",
    """{"appointment":{"id":"apt_55821","patient":{"name":"[[PERSON:Camille Ferreira-Nkosi]]","dob":"[[DATE_TIME:1990-10-03]]","medicare":"[[ID_NUMBER:4187 33503 2]]"},"clinician":"[[PERSON:Dr. Ahmed Qureshi]]","start":"[[DATE_TIME:2025-03-18T15:30:00+11:00]]","mode":"video","join_url":"https://telehealth.example/j/55821"}}""",
    """Dear [[PERSON:Mr. Pillay]], further to our meeting on [[DATE_TIME:20 February]], your employment as Senior Fleet Coordinator will end on [[DATE_TIME:31 March 2025]]. Your final salary will be paid to account [[ID_NUMBER:1045 882 317]] at Nedbank. Please return your access card to HR at [[ADDRESS:3 Anton Lembede Street]], [[LOCATION:Durban]]. Yours sincerely, [[PERSON:Naledi Khumalo]], HR Business Partner.""",
    """Wire instructions supplied by the seller, [[PERSON:Laurent Mabiala-Ibata]]: beneficiary bank LCB Bank, [[LOCATION:Brazzaville]]; SWIFT LCBBCGCG; IBAN [[IBAN_CODE:CG39 3001 1000 1010 1345 1958 067]]; beneficiary address [[ADDRESS:18 avenue Marien Ngouabi]], [[LOCATION:Poto-Poto]]. Confirm by phone with the seller on [[PHONE_NUMBER:+242 06 980 44 12]] before sending.""",
    """KYC record. Full name: [[PERSON:Abubakar Sadiq Yusuf]]. BVN: [[ID_NUMBER:22471903846]]. NIN: [[ID_NUMBER:48201177352]]. DOB: [[DATE_TIME:17-Sep-1990]]. Residential address: [[ADDRESS:House 11, Gwarzo Road]], [[LOCATION:Kano]]. Occupation: mineral trader (tin and columbite, [[LOCATION:Jos]]). Source of funds: mining proceeds. Selfie match: 0.97.""",
    """DEED OF TRANSFER. The seller, [[PERSON:Hendrik Johannes Botha]], identity number [[ID_NUMBER:6709095781084]], married out of community of property, sells to [[PERSON:Lerato Nthabiseng Molefe]], identity number [[ID_NUMBER:9511030428087]], the property Erf 1182, situated at [[ADDRESS:26 Kiepersol Crescent]], [[LOCATION:Nelspruit]], [[ZIP_CODE:1201]].""",
    """Hey [[PERSON:Wambui]], the sacco wants your details again: ID [[ID_NUMBER:30177462]], KRA PIN [[ID_NUMBER:A009813276Q]], M-Pesa number [[PHONE_NUMBER:0712 446 108]], and next of kin [[PERSON:Joseph Kariuki]] ([[PHONE_NUMBER:0733 205 671]]). Member number stays [[ID_NUMBER:MSC-44017]].""",
    """CREATE TABLE boarding (id SERIAL, name TEXT, id_number TEXT, phone TEXT, sailed_on DATE);
INSERT INTO boarding (name, id_number, phone, sailed_on) VALUES
  ('[[PERSON:Mokoko Ebale]]', '[[ID_NUMBER:1071 5540 228 9]]', '[[PHONE_NUMBER:0812204773]]', '[[DATE_TIME:2025-01-06]]'),
  ('[[PERSON:Bosenge Likunde Rose]]', NULL, '[[PHONE_NUMBER:0976113580]]', '[[DATE_TIME:2025-01-06]]');""",
    """Mar  4 03:17:22 bastion sshd[21877]: Failed password for invalid user [[USERNAME:jdlamini]] from [[IP_ADDRESS:154.66.201.9]] port 52214 ssh2
Mar  4 03:17:25 bastion sshd[21877]: Failed password for [[USERNAME:jdlamini]] from [[IP_ADDRESS:154.66.201.9]] port 52214 ssh2""",
    """CLINICAL TRIAL ENROLMENT. Site 014, [[LOCATION:Kampala]]. Participant initials: [[PERSON:N.K.]] Screening number S-014-0227. Full name (site file only): [[PERSON:Nalwoga Kisakye]]. Age: [[AGE:33]]. Consent signed: [[DATE_TIME:07/01/2025]]. Phone: [[PHONE_NUMBER:0701 447 902]]. Village: [[LOCATION:Kasangati]].""",
    """Membership update for [[PERSON:Tan Wei Ling]], NRIC [[ID_NUMBER:T0291547I]], born [[DATE_TIME:14 Sep 2002]]: new address [[ADDRESS:Blk 418 Bedok North Ave 2, #07-112]], [[LOCATION:Singapore]] [[ZIP_CODE:460418]]; mobile [[PHONE_NUMBER:9147 2285]]; card [[CREDIT_CARD:5473 1900 4412 8672]].""",
    """PROCÈS-VERBAL DE CONSTAT. Le [[DATE_TIME:22 novembre 2024]], vers 18 h, la baleinière « Bonne Espérance » a chaviré à hauteur de [[LOCATION:Kwamouth]]. Parmi les rescapés : [[PERSON:Lokwa Bofenda Albert]], [[AGE:54]], commerçant domicilié à [[LOCATION:Mushie]] ; [[PERSON:Ikolo Mbombo Sarah]], [[AGE:23]], élève. Le propriétaire, [[PERSON:Bakatuseka Jean-Marie]], est joignable au [[PHONE_NUMBER:+243 82 519 3306]].""",
    """OHIP registration change: [[PERSON:Marc-André Tremblay]], health card [[ID_NUMBER:4417-228-659-KT]], SIN [[ID_NUMBER:726 041 353]], moved on [[DATE_TIME:Feb. 1, 2025]] to [[ADDRESS:98 Rideau Terrace, Unit 3]], [[LOCATION:Ottawa]], [[LOCATION:ON]] [[ZIP_CODE:K1M 0Z2]]; phone [[PHONE_NUMBER:613-722-4408]].""",
    """Dear [[PERSON:Ms. Gráinne Keogh]], your application for the Back to Education Allowance has been received. PPSN: [[ID_NUMBER:8834561WA]]. Course start: [[DATE_TIME:8 September 2025]]. Payments will be made to [[IBAN_CODE:IE65AIBK93208617442095]]. Please notify us if you move from [[ADDRESS:Apt 12, Harbour Court, Quay Street]], [[LOCATION:Galway]], [[ZIP_CODE:H91 E2W8]].""",
    """Primary Mining Licence PML 0044218, [[LOCATION:Geita]]. Holder: [[PERSON:Zawadi Michael Masanja]], TIN [[ID_NUMBER:118-447-302]], NIDA [[ID_NUMBER:19850704-33107-00002-14]], address [[ADDRESS:P.O. Box 312]], [[LOCATION:Geita]]. Date granted: [[DATE_TIME:12/03/2024]]. Mobile: [[PHONE_NUMBER:+255 768 402 917]].""",
    """FAFSA verification: student [[PERSON:Destiny Ramirez]], student ID [[ID_NUMBER:A00873341]], SSN [[US_SSN:579-33-0462]], DOB [[DATE_TIME:2006-05-22]]; parent [[PERSON:Rosa Ramirez]], SSN [[US_SSN:579-20-8814]]. Household: 4. Address [[ADDRESS:1302 Alameda Ave]], [[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93703]].""",
    """PELNI E-TICKET. Name: [[PERSON:Yosefina Wula]]. NIK: [[ID_NUMBER:5310046607920002]]. Ship: KM Lambelu. Route: [[LOCATION:Maumere]] – [[LOCATION:Makassar]]. Departure: [[DATE_TIME:08-03-2025 14:00 WITA]]. Class: Economy, deck 4. Mobile: [[PHONE_NUMBER:0812-3790-4418]].""",
    """Please update the card on file for [[PERSON:Catalina Restrepo]] ([[USERNAME:cata.restrepo]]) to Amex [[CREDIT_CARD:3759 201884 64024]], billing address [[ADDRESS:88 Wythe Ave, Apt 3R]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11249]]. The old Visa [[CREDIT_CARD:4929 0815 6623 7749]] was cancelled.""",
]


TABLE = [
    """nom,postnom,prenom,code_candidat,option,pourcentage,tel_parent
[[PERSON:Ilunga]],[[PERSON:Mbayo]],[[PERSON:Divine]],[[ID_NUMBER:EXE24-HK-00417]],Biochimie,71,[[PHONE_NUMBER:0997031448]]
[[PERSON:Kabwe]],[[PERSON:Mulenda]],[[PERSON:Christian]],[[ID_NUMBER:EXE24-HK-00418]],Math-Physique,64,[[PHONE_NUMBER:0812 660 157]]
[[PERSON:Nkulu]],[[PERSON:Kitenge]],[[PERSON:Ruth]],[[ID_NUMBER:EXE24-HK-00421]],Pédagogie,58,[[PHONE_NUMBER:+243 973 201 889]]""",
    """| Passenger | Age | Sex | ID / Passport | Phone | Boarded at |
|---|---|---|---|---|---|
| [[PERSON:Joyce Akinyi Odhiambo]] | [[AGE:34]] | F | [[ID_NUMBER:27718452]] | [[PHONE_NUMBER:0722 901 347]] | [[LOCATION:Kisumu]] |
| [[PERSON:Peter Oloo]] | [[AGE:41]] | M | [[ID_NUMBER:22310958]] | [[PHONE_NUMBER:0710 448 216]] | [[LOCATION:Kisumu]] |
| [[PERSON:Halima Said]] | [[AGE:22]] | F | [[ID_NUMBER:A2290471]] | [[PHONE_NUMBER:+255 713 220 981]] | [[LOCATION:Mwanza]] |
| [[PERSON:Babu Ochieng]] | [[AGE:7]] | M | — | — | [[LOCATION:Mbita]] |""",
    """emp_id\tfull_name\tdept\twork_email\tmobile\tstart_date
[[ID_NUMBER:E1042]]\t[[PERSON:Oksana Hrytsenko]]\tFinance\t[[EMAIL_ADDRESS:o.hrytsenko@brightwave.co.uk]]\t[[PHONE_NUMBER:07458 221903]]\t[[DATE_TIME:2021-09-13]]
[[ID_NUMBER:E1077]]\t[[PERSON:Imran Siddiqui]]\tOps\t[[EMAIL_ADDRESS:i.siddiqui@brightwave.co.uk]]\t[[PHONE_NUMBER:07911 300482]]\t[[DATE_TIME:2022-02-01]]
[[ID_NUMBER:E1103]]\t[[PERSON:Ciara Flanagan]]\tIT\t[[EMAIL_ADDRESS:c.flanagan@brightwave.co.uk]]\t[[PHONE_NUMBER:07700 154 672]]\t[[DATE_TIME:2023-06-19]]""",
    """PATIENT              NHS NO        DOB          WARD   CONSULTANT
[[PERSON:Margaret Ellison]]     [[ID_NUMBER:401 882 3657]]  [[DATE_TIME:12/04/1941]]   B3     [[PERSON:Dr R Menon]]
[[PERSON:Desmond Afolabi]]      [[ID_NUMBER:450 217 8969]]  [[DATE_TIME:30/09/1958]]   B3     [[PERSON:Dr R Menon]]
[[PERSON:Hui Min Chong]]        [[ID_NUMBER:638 104 4721]]  [[DATE_TIME:07/01/1987]]   C1     [[PERSON:Dr S Farrell]]""",
    """{"customer_no": "[[ID_NUMBER:CU-300912]]", "name": "[[PERSON:Ayesha Rahman]]", "email": "[[EMAIL_ADDRESS:ayesha.rahman@gmail.com]]", "tier": "gold", "city": "[[LOCATION:Leicester]]"}
{"customer_no": "[[ID_NUMBER:CU-300958]]", "name": "[[PERSON:Connor Doyle]]", "email": "[[EMAIL_ADDRESS:cdoyle1987@hotmail.com]]", "tier": "silver", "city": "[[LOCATION:Belfast]]"}
{"customer_no": "[[ID_NUMBER:CU-301204]]", "name": "[[PERSON:Mei Ling Ho]]", "email": "[[EMAIL_ADDRESS:meiling.ho@icloud.com]]", "tier": "bronze", "city": "[[LOCATION:Manchester]]"}""",
    """- creuseur: [[PERSON:Kalenga Mwamba Dieudonné]]
  carte: [[ID_NUMBER:CDC-HK-0031187]]
  age: [[AGE:29]]
  puits: P-14
  telephone: "[[PHONE_NUMBER:+243 99 410 2257]]"
- creuseur: [[PERSON:Kapend Yav Thérèse]]
  carte: [[ID_NUMBER:CDC-HK-0031192]]
  age: [[AGE:33]]
  puits: P-09
  telephone: "[[PHONE_NUMBER:+243 85 117 6630]]"
- creuseur: [[PERSON:Mumba Kayembe Olivier]]
  carte: [[ID_NUMBER:CDC-HK-0031205]]
  age: [[AGE:41]]
  puits: P-14
  telephone: null""",
    """Name:         [[PERSON:Rebecca Tshabalala]]
ID number:    [[ID_NUMBER:9301220145083]]
Date of birth:[[DATE_TIME:22 January 1993]]
Cell:         [[PHONE_NUMBER:071 334 8092]]
Email:        [[EMAIL_ADDRESS:becky.tshabalala@gmail.com]]
Address:      [[ADDRESS:57 Nelson Mandela Drive]], [[LOCATION:Polokwane]], [[ZIP_CODE:0699]]
Employer:     Limpopo Dept of Health
Status:       active""",
    """student_id,last_name,first_name,term,fees_due,fees_paid,balance,guardian_email
[[ID_NUMBER:2024-0117]],[[PERSON:Achieng]],[[PERSON:Mercy]],T2,45000,45000,0,[[EMAIL_ADDRESS:achieng.family@gmail.com]]
[[ID_NUMBER:2024-0122]],[[PERSON:Mwangi]],[[PERSON:Kelvin]],T2,45000,30000,15000,[[EMAIL_ADDRESS:jmwangi@safaricom.co.ke]]
[[ID_NUMBER:2024-0139]],[[PERSON:Chebet]],[[PERSON:Faith]],T2,45000,0,45000,[[EMAIL_ADDRESS:chebet.k@yahoo.com]]
[[ID_NUMBER:2024-0141]],[[PERSON:Omondi]],[[PERSON:Brian]],T2,45000,45000,0,""",
    """| Guest | Room | Check-in | Check-out | Passport | Nationality |
|:------|-----:|:---------|:----------|:---------|:------------|
| [[PERSON:Sven Lindgren]] | 412 | [[DATE_TIME:2025-03-02]] | [[DATE_TIME:2025-03-06]] | [[ID_NUMBER:AA4172209]] | [[NRP:Swedish]] |
| [[PERSON:Yuki Tanabe]] | 415 | [[DATE_TIME:2025-03-03]] | [[DATE_TIME:2025-03-05]] | [[ID_NUMBER:TR8841027]] | [[NRP:Japanese]] |
| [[PERSON:Carlos Mendoza Ruiz]] | 508 | [[DATE_TIME:2025-03-03]] | [[DATE_TIME:2025-03-10]] | [[ID_NUMBER:PAF771204]] | [[NRP:Mexican]] |""",
    """date\tcard_number\tcardholder\tmerchant\tamount\tstatus
[[DATE_TIME:2025-02-11]]\t[[CREDIT_CARD:4539 1488 0343 6467]]\t[[PERSON:N. Abubakar]]\tShoprite Ikeja\t18,400.00\tapproved
[[DATE_TIME:2025-02-11]]\t[[CREDIT_CARD:5425 2334 3010 9903]]\t[[PERSON:T. Adeyemi]]\tJumia\t62,150.00\tdeclined
[[DATE_TIME:2025-02-12]]\t[[CREDIT_CARD:4916 3385 0612 7785]]\t[[PERSON:C. Obi]]\tBolt\t3,200.00\tapproved""",
    """Nkombo | Mbula | Esika ya kofanda | Telefone
[[PERSON:Bolingo Mokonzi]] | [[AGE:27]] | [[LOCATION:Lingwala]], [[LOCATION:Kinshasa]] | [[PHONE_NUMBER:0851 402 773]]
[[PERSON:Elikia Nsimba]] | [[AGE:31]] | [[LOCATION:Masina]], [[LOCATION:Kinshasa]] | [[PHONE_NUMBER:0998 306 214]]
[[PERSON:Mbuta Lokwa]] | [[AGE:58]] | [[LOCATION:Mbandaka]] | [[PHONE_NUMBER:0822 171 905]]""",
    """Name                    Licence No.       Plate          Phone
[[PERSON:Rajesh Kumar Yadav]]      [[ID_NUMBER:DL-0420190045871]]  [[ID_NUMBER:DL 1C AB 4471]]  [[PHONE_NUMBER:98110 47263]]
[[PERSON:Sukhwinder Singh]]        [[ID_NUMBER:PB-1020170033412]]  [[ID_NUMBER:PB 10 HG 2290]]  [[PHONE_NUMBER:98721 08834]]
[[PERSON:Mohd. Arif]]              [[ID_NUMBER:UP-1420210011873]]  [[ID_NUMBER:UP 16 DT 8812]]  [[PHONE_NUMBER:99581 66120]]""",
    """{"beneficiary":"[[PERSON:Gaëlle Mouanda]]","iban":"[[IBAN_CODE:CG39 3000 8001 2307 8521 6400 958]]","bank":"BGFIBank Congo","city":"[[LOCATION:Pointe-Noire]]","amount":250000,"currency":"XAF"}
{"beneficiary":"[[PERSON:Rodrigue Ibara]]","iban":"[[IBAN_CODE:CG3930012002003281045731644]]","bank":"Ecobank","city":"[[LOCATION:Brazzaville]]","amount":180000,"currency":"XAF"}
{"beneficiary":"[[PERSON:Prisca Ondongo]]","iban":"[[IBAN_CODE:FR76 1010 7001 7500 0247 1983 648]]","bank":"BRED","city":"[[LOCATION:Lyon]]","amount":95000,"currency":"XAF"}""",
    """member,joined,phone,email,plan,dob
[[PERSON:Lachlan Nguyen]],[[DATE_TIME:03/01/2024]],[[PHONE_NUMBER:0433 812 095]],[[EMAIL_ADDRESS:lachie.nguyen@bigpond.com]],12m,[[DATE_TIME:19/10/1998]]
[[PERSON:Priya Sharma]],[[DATE_TIME:17/06/2024]],[[PHONE_NUMBER:0402 337 614]],[[EMAIL_ADDRESS:priya.sharma.au@gmail.com]],casual,[[DATE_TIME:02/02/1990]]
[[PERSON:Tama Ruatapu]],[[DATE_TIME:28/11/2024]],[[PHONE_NUMBER:0451 009 287]],[[EMAIL_ADDRESS:tama.r@outlook.com]],12m,[[DATE_TIME:11/07/1985]]""",
    """ts                   user          src_ip            action
2025-03-01 08:02:11  [[USERNAME:fkalonji]]      [[IP_ADDRESS:41.243.7.19]]       login
2025-03-01 08:05:47  [[USERNAME:fkalonji]]      [[IP_ADDRESS:41.243.7.19]]       export_fees
2025-03-01 09:44:02  admin         [[IP_ADDRESS:10.0.4.2]]          backup
2025-03-01 11:13:38  [[USERNAME:nmutombo]]      [[IP_ADDRESS:197.157.201.88]]    login_failed""",
    """| Name | Date of birth | Aadhaar | Village | Mobile |
| --- | --- | --- | --- | --- |
| [[PERSON:Lakshmi Devi]] | [[DATE_TIME:04-06-1972]] | [[ID_NUMBER:7364 2058 9130]] | [[LOCATION:Hosakote]] | [[PHONE_NUMBER:94481 22067]] |
| [[PERSON:Ramesh Gowda]] | [[DATE_TIME:18-11-1969]] | [[ID_NUMBER:6301 8824 5716]] | [[LOCATION:Hosakote]] | [[PHONE_NUMBER:97402 55813]] |""",
    """surname;first_name;born;birthplace;nir;phone
[[PERSON:Mabiala]];[[PERSON:Patrice]];[[DATE_TIME:14/05/1987]];[[LOCATION:Kinshasa]] ([[LOCATION:DRC]]);[[ID_NUMBER:1 87 05 99 312 047 80]];[[PHONE_NUMBER:06 12 48 77 30]]
[[PERSON:Ngouabi]];[[PERSON:Sandrine]];[[DATE_TIME:09/06/2001]];[[LOCATION:Brazzaville]] ([[LOCATION:Congo]]);[[ID_NUMBER:2 01 06 99 324 118 46]];[[PHONE_NUMBER:07 81 20 39 64]]""",
    """id,first,last,email,ip_address,country
1,[[PERSON:Dagny]],[[PERSON:Halvorsen]],[[EMAIL_ADDRESS:dagny.h@online.no]],[[IP_ADDRESS:84.210.44.17]],[[LOCATION:Norway]]
2,[[PERSON:Tariq]],[[PERSON:Mahmood]],[[EMAIL_ADDRESS:tariq.mahmood@gmail.com]],[[IP_ADDRESS:39.48.201.6]],[[LOCATION:Pakistan]]
3,[[PERSON:Lupe]],[[PERSON:Fonoti]],[[EMAIL_ADDRESS:lupe.fonoti@yahoo.com]],[[IP_ADDRESS:202.124.73.250]],[[LOCATION:Samoa]]
4,[[PERSON:Hélène]],[[PERSON:Girard]],[[EMAIL_ADDRESS:helene.girard@videotron.ca]],[[IP_ADDRESS:2607:fa49:6a40:1f00::3c]],[[LOCATION:Canada]]""",
    """Vessel: MV Kivu Queen | Sailing: [[LOCATION:Goma]] -> [[LOCATION:Bukavu]]
seat | name                     | age | phone
1A   | [[PERSON:Amani Bisimwa]]            | [[AGE:38]]  | [[PHONE_NUMBER:+243 994 210 338]]
1B   | [[PERSON:Neema Bisimwa]]            | [[AGE:9]]   |
2A   | [[PERSON:Jean-Bosco Hakizimana]]    | [[AGE:45]]  | [[PHONE_NUMBER:+250 788 301 446]]
2B   | [[PERSON:Aline Furaha]]             | [[AGE:26]]  | [[PHONE_NUMBER:+243 970 552 107]]""",
    """Tenant\tUnit\tLease start\tPhone\tEmergency contact
[[PERSON:Graham Whitaker]]\t[[ADDRESS:Flat 2]]\t[[DATE_TIME:01/08/2023]]\t[[PHONE_NUMBER:07412 661 209]]\t[[PERSON:Sue Whitaker]] [[PHONE_NUMBER:01904 448 901]]
[[PERSON:Adaeze Nwachukwu]]\t[[ADDRESS:Flat 4]]\t[[DATE_TIME:15/02/2024]]\t[[PHONE_NUMBER:07588 203 114]]\t[[PERSON:Chuka Nwachukwu]] [[PHONE_NUMBER:07588 203 990]]
[[PERSON:Pawel Nowak]]\t[[ADDRESS:Flat 6]]\t[[DATE_TIME:01/11/2024]]\t[[PHONE_NUMBER:07833 905 276]]\t""",
    """{"ssn": "[[US_SSN:412-77-0938]]", "name": "[[PERSON:Tiffany Boudreaux]]", "state": "[[LOCATION:LA]]", "zip": "[[ZIP_CODE:70112]]", "dob": "[[DATE_TIME:1989-03-30]]"}
{"ssn": "[[US_SSN:266-41-8802]]", "name": "[[PERSON:Marcus Greene]]", "state": "[[LOCATION:FL]]", "zip": "[[ZIP_CODE:32204]]", "dob": "[[DATE_TIME:1977-12-09]]"}
{"ssn": "[[US_SSN:530-18-4427]]", "name": "[[PERSON:Ana Lucía Torres]]", "state": "[[LOCATION:NV]]", "zip": "[[ZIP_CODE:89104]]", "dob": "[[DATE_TIME:2001-07-21]]"}""",
    """Candidate No | Surname | Forenames | Maths | English | Science
[[ID_NUMBER:0412]] | [[PERSON:O'Connell]] | [[PERSON:Aoife Grace]] | 7 | 8 | 7-7
[[ID_NUMBER:0413]] | [[PERSON:Oyelaran]] | [[PERSON:Tobi]] | 9 | 6 | 8-8
[[ID_NUMBER:0415]] | [[PERSON:Pandya]] | [[PERSON:Riya]] | 5 | 7 | 6-5
[[ID_NUMBER:0419]] | [[PERSON:Quinn]] | [[PERSON:Ellis]] | 4 | 4 | 4-3""",
    """volunteer, party, ward, mobile
[[PERSON:Thomas Mwale]], [[NRP:UPND]], [[LOCATION:Kabwata]], [[PHONE_NUMBER:0977 412 085]]
[[PERSON:Grace Banda]], [[NRP:PF]], [[LOCATION:Matero]], [[PHONE_NUMBER:0966 730 221]]
[[PERSON:Chileshe Mulenga]], [[NRP:UPND]], [[LOCATION:Chilenje]], [[PHONE_NUMBER:0955 118 604]]""",
    """Benefit claimants (extract)
NAME                 SIN           POSTAL   PROV  BIRTH
[[PERSON:Émilie Gagnon]]        [[ID_NUMBER:271 943 086]]   [[ZIP_CODE:G1R 4P5]]  [[LOCATION:QC]]    [[DATE_TIME:1994-05-08]]
[[PERSON:Harjit Dhillon]]       [[ID_NUMBER:603 427 196]]   [[ZIP_CODE:V3W 1J2]]  [[LOCATION:BC]]    [[DATE_TIME:1968-10-27]]
[[PERSON:Kyle MacNeil]]         [[ID_NUMBER:462 198 375]]   [[ZIP_CODE:B3H 2Y9]]  [[LOCATION:NS]]    [[DATE_TIME:1979-01-14]]""",
    """- name: [[PERSON:Liam O'Sullivan]]
  github: [[USERNAME:liamos]]
  homepage: [[URL:https://liamosullivan.ie]]
  team: platform
- name: [[PERSON:Nadia Haddad]]
  github: [[USERNAME:nhaddad-dev]]
  homepage: [[URL:https://nadiahaddad.me]]
  team: data
- name: [[PERSON:Kwesi Appiah]]
  github: [[USERNAME:kwesi-a]]
  homepage: null
  team: platform""",
    """Donor,Gift date,Amount,Address,Postcode
[[TITLE:Mr]] & [[TITLE:Mrs]] [[PERSON:J. Pemberton]],[[DATE_TIME:12 Dec 2024]],£250,[[ADDRESS:The Old Rectory, Church Lane]],[[ZIP_CODE:GL54 2AH]]
[[PERSON:Dr. Anjali Rao]],[[DATE_TIME:19 Dec 2024]],£100,[[ADDRESS:14 Carlton Gardens]],[[ZIP_CODE:BS6 6RU]]
Anonymous,24 Dec 2024,£20,,""",
    """| élève | classe | minerval payé | reste | parent | téléphone |
|-------|--------|---------------|-------|--------|-----------|
| [[PERSON:Moukala Grâce]] | 3e A | 45 000 | 15 000 | [[PERSON:Moukala Firmin]] | [[PHONE_NUMBER:06 652 18 40]] |
| [[PERSON:Itoua Junior]] | 3e A | 60 000 | 0 | [[PERSON:Itoua Clarisse]] | [[PHONE_NUMBER:05 540 77 21]] |
| [[PERSON:Samba Dorcas]] | 4e C | 30 000 | 30 000 | [[PERSON:Samba Noël]] | [[PHONE_NUMBER:06 918 03 56]] |""",
    """patient_id,name,sex,age,postcode,last_visit,gp
[[ID_NUMBER:P-88120]],[[PERSON:William Tait]],M,[[AGE:72]],[[ZIP_CODE:EH10 5QG]],[[DATE_TIME:2025-01-28]],[[PERSON:Dr. F. Munro]]
[[ID_NUMBER:P-88145]],[[PERSON:Fiona Kerr]],F,[[AGE:45]],[[ZIP_CODE:EH6 8RT]],[[DATE_TIME:2025-02-04]],[[PERSON:Dr. F. Munro]]
[[ID_NUMBER:P-88201]],[[PERSON:Rashida Begum]],F,[[AGE:61]],[[ZIP_CODE:EH7 4HN]],[[DATE_TIME:2025-02-19]],[[PERSON:Dr. K. Sood]]""",
    """Operator licence register — artisanal gold, [[LOCATION:Mubende]]
licence     holder                  nin                 village
[[ID_NUMBER:AML-0217]]    [[PERSON:Ssekandi Robert]]         [[ID_NUMBER:CM78041102PLKA]]      [[LOCATION:Kitumbi]]
[[ID_NUMBER:AML-0231]]    [[PERSON:Nabukenya Harriet]]       [[ID_NUMBER:CF85022108TQWE]]      [[LOCATION:Kayinja]]
[[ID_NUMBER:AML-0244]]    [[PERSON:Okello Geoffrey]]         [[ID_NUMBER:CM90011504NBVD]]      [[LOCATION:Kasanda]]""",
    """{"user":"[[USERNAME:marie_claire_b]]","full_name":"[[PERSON:Marie-Claire Bienvenue]]","email":"[[EMAIL_ADDRESS:mcbienvenue@gmail.com]]","last_login":"[[DATE_TIME:2025-02-20T19:41:03Z]]","ip":"[[IP_ADDRESS:41.78.129.54]]"}
{"user":"[[USERNAME:osei.k]]","full_name":"[[PERSON:Kofi Osei]]","email":"[[EMAIL_ADDRESS:kofi.osei@outlook.com]]","last_login":"[[DATE_TIME:2025-02-21T07:12:55Z]]","ip":"[[IP_ADDRESS:154.160.3.91]]"}""",
    """Policyholder\tPolicy\tDOB\tVehicle reg\tPostcode
[[PERSON:Jamie Lowther]]\tMTR-4471902\t[[DATE_TIME:05/05/1995]]\t[[ID_NUMBER:LK19 XHT]]\t[[ZIP_CODE:NE3 4RL]]
[[PERSON:Sadia Chowdhury]]\tMTR-4472218\t[[DATE_TIME:23/08/1983]]\t[[ID_NUMBER:BV66 PZA]]\t[[ZIP_CODE:E1 6QL]]
[[PERSON:Ross McKenzie]]\tMTR-4472340\t[[DATE_TIME:14/12/1971]]\t[[ID_NUMBER:SF21 KWD]]\t[[ZIP_CODE:AB10 6RN]]""",
    """Zina | Kisika | Mvula | Numero ya telefone
[[PERSON:Makiese Nzau]] | [[LOCATION:Mbanza-Ngungu]] | [[AGE:44]] | [[PHONE_NUMBER:0895 330 219]]
[[PERSON:Lutete Kiamfu]] | [[LOCATION:Kimpese]] | [[AGE:29]] | [[PHONE_NUMBER:0818 702 664]]
[[PERSON:Nlandu Mvuezolo]] | [[LOCATION:Luozi]] | [[AGE:62]] | [[PHONE_NUMBER:0975 042 381]]""",
    """| Staff no. | Name | BSN | IBAN | Location |
|---|---|---|---|---|
| [[ID_NUMBER:40128]] | [[PERSON:Sanne de Vries]] | [[ID_NUMBER:173408527]] | [[IBAN_CODE:NL65 INGB 0007 4812 36]] | [[LOCATION:Utrecht]] |
| [[ID_NUMBER:40133]] | [[PERSON:Mehmet Yıldız]] | [[ID_NUMBER:254193079]] | [[IBAN_CODE:DE44 5001 0517 5407 3249 31]] | [[LOCATION:Rotterdam]] |
| [[ID_NUMBER:40140]] | [[PERSON:Lotte Jansen]] | [[ID_NUMBER:618027439]] | [[IBAN_CODE:BE93 0634 2187 5667]] | [[LOCATION:Eindhoven]] |""",
    """surname,given_names,passport_no,nationality,dob,arrival
[[PERSON:RAHIMI]],[[PERSON:Zahra]],[[ID_NUMBER:P04471825]],[[NRP:Afghan]],[[DATE_TIME:1996-02-11]],[[DATE_TIME:2025-01-09]]
[[PERSON:TESFAMARIAM]],[[PERSON:Yonas]],[[ID_NUMBER:ER0183347]],[[NRP:Eritrean]],[[DATE_TIME:1991-09-30]],[[DATE_TIME:2025-01-09]]
[[PERSON:AL-KHATIB]],[[PERSON:Omar Said]],[[ID_NUMBER:N008821436]],[[NRP:Syrian]],[[DATE_TIME:1988-06-02]],[[DATE_TIME:2025-01-10]]""",
    """Contact sheet — [[LOCATION:Lake Tanganyika]] boat crew
Name: [[PERSON:Baraka Kalunga]]            Role: captain    Phone: [[PHONE_NUMBER:+243 997 441 083]]    Home: [[LOCATION:Kalemie]]
Name: [[PERSON:Issa Ramadhani]]            Role: engineer   Phone: [[PHONE_NUMBER:+255 754 228 910]]    Home: [[LOCATION:Kigoma]]
Name: [[PERSON:Dieudonné Ndayishimiye]]    Role: deckhand   Phone: [[PHONE_NUMBER:+257 79 402 118]]    Home: [[LOCATION:Rumonge]]""",
    """| Ticket holder | DOB | Doc no. | Crossing | Mobile |
|---|---|---|---|---|
| [[PERSON:Nathalie Mfumu]] | [[DATE_TIME:1990-04-02]] | [[ID_NUMBER:OB1129047]] | [[DATE_TIME:2025-03-14 08:00]] | [[PHONE_NUMBER:+243 817 225 460]] |
| [[PERSON:Serge Mampouya]] | [[DATE_TIME:1984-11-19]] | [[ID_NUMBER:CG-0448172]] | [[DATE_TIME:2025-03-14 08:00]] | [[PHONE_NUMBER:+242 06 441 02 97]] |
| [[PERSON:Héritier Lukusa]] | [[DATE_TIME:2003-07-07]] | [[ID_NUMBER:1062 3381 447 2]] | [[DATE_TIME:2025-03-14 11:30]] | [[PHONE_NUMBER:+243 899 063 118]] |""",
    """ExamNo,CandidateName,Sex,DOB,Eng,Math,Bio,Chem,Phy,Centre
[[ID_NUMBER:4170205001]],[[PERSON:ADEBAYO Kehinde Ruth]],F,[[DATE_TIME:12/03/2007]],B3,A1,B2,C4,C5,Ibadan Grammar
[[ID_NUMBER:4170205002]],[[PERSON:ADEBAYO Taiwo John]],M,[[DATE_TIME:12/03/2007]],C4,B2,C6,C5,B3,Ibadan Grammar
[[ID_NUMBER:4170205019]],[[PERSON:OKORO Chiamaka]],F,[[DATE_TIME:30/10/2006]],A1,A1,B2,B3,B2,Ibadan Grammar""",
    """EMPLOYEE           NI NUMBER      SORT CODE  ACCOUNT    IBAN
[[PERSON:Holly Brennan]]      [[ID_NUMBER:JT 44 81 09 C]]  60-73-01   [[ID_NUMBER:48862019]]   [[IBAN_CODE:GB75NWBK60730148862019]]
[[PERSON:Kwame Boakye]]       [[ID_NUMBER:PA 20 73 55 B]]  40-11-27   [[ID_NUMBER:53018846]]   [[IBAN_CODE:GB84HBUK40112753018846]]
[[PERSON:Sunita Patel]]       [[ID_NUMBER:NZ 61 02 48 D]]  20-19-85   [[ID_NUMBER:74412036]]   [[IBAN_CODE:GB51BUKB20198574412036]]""",
    """{"nhs_number": "[[ID_NUMBER:5209931846]]", "name": "[[PERSON:Doreen Mallory]]", "vaccine": "COVID-19 XBB.1.5", "dose_date": "[[DATE_TIME:2024-10-03]]", "site": "left deltoid"}
{"nhs_number": "[[ID_NUMBER:7314506280]]", "name": "[[PERSON:Arjun Kapoor]]", "vaccine": "Influenza QIV", "dose_date": "[[DATE_TIME:2024-10-05]]", "site": "right deltoid"}""",
    """speakers:
  - name: [[PERSON:Dr. Wanjiku Mbugua]]
    x: "@[[USERNAME:wanjiku_data]]"
    talk: "Mobile money fraud at scale"
    email: [[EMAIL_ADDRESS:wanjiku.mbugua@strathmore.edu]]
  - name: [[PERSON:Olusegun Adebiyi]]
    x: "@[[USERNAME:segun_builds]]"
    talk: "Offline-first apps for river traders"
    email: [[EMAIL_ADDRESS:segun@adebiyi.ng]]""",
    """APPLICANT
  Name ........... [[PERSON:Tyler James Whitfield]]
  SSN ............ [[US_SSN:401-58-2273]]
  DOB ............ [[DATE_TIME:04/22/1990]]
  Driver lic. .... [[US_DRIVER_LICENSE:W412-558-90-662-0]] ([[LOCATION:FL]])
  Address ........ [[ADDRESS:1934 Cypress Bend Dr]], [[LOCATION:Orlando]], [[LOCATION:FL]] [[ZIP_CODE:32825]]
  Phone .......... [[PHONE_NUMBER:(407) 338-1902]]
  Requested ...... $18,500 auto loan, 60 months""",
    """stop\trecipient\taddress\tsuburb\tphone\tnote
1\t[[PERSON:Grace Tupou]]\t[[ADDRESS:14 Mahoe Street]]\t[[LOCATION:Otara]]\t[[PHONE_NUMBER:027 441 8830]]\tleave at door
2\t[[PERSON:Harpal Singh]]\t[[ADDRESS:3/87 Great South Road]]\t[[LOCATION:Papatoetoe]]\t[[PHONE_NUMBER:021 902 377]]\tdog on site
3\t[[PERSON:Sione Vea]]\t[[ADDRESS:220 East Tamaki Road]]\t[[LOCATION:Otara]]\t\tcall on arrival""",
    """| Card no. | Member | Joined | Email | Overdue |
|---|---|---|---|---|
| [[ID_NUMBER:21190004471823]] | [[PERSON:Eilidh Fraser]] | [[DATE_TIME:2019-08-03]] | [[EMAIL_ADDRESS:eilidh.fraser@btinternet.com]] | 0 |
| [[ID_NUMBER:21190004502271]] | [[PERSON:Tomás Ó Murchú]] | [[DATE_TIME:2022-01-15]] | [[EMAIL_ADDRESS:tomas.omurchu@gmail.com]] | 2 |
| [[ID_NUMBER:21190004518840]] | [[PERSON:Zainab Hussain]] | [[DATE_TIME:2023-11-27]] | [[EMAIL_ADDRESS:zainab.h94@yahoo.co.uk]] | 1 |""",
    """ward,bed,patient,faith,next_of_kin,nok_phone
4B,12,[[PERSON:Bernard Kowalczyk]],[[NRP:Roman Catholic]],[[PERSON:Ewa Kowalczyk]],[[PHONE_NUMBER:07711 402 938]]
4B,14,[[PERSON:Ahmed Farah]],[[NRP:Muslim]],[[PERSON:Hodan Farah]],[[PHONE_NUMBER:07823 119 604]]
4B,15,[[PERSON:Rhys Morgan]],none recorded,[[PERSON:Carys Morgan]],[[PHONE_NUMBER:07966 330 215]]""",
    """Payout sheet, [[LOCATION:Dunkwa-on-Offin]] small-scale mining co-op, week 9
NAME                      GHANA CARD            MOMO NUMBER     GRAMS
[[PERSON:Kojo Amponsah]]             [[ID_NUMBER:GHA-714492083-7]]       [[PHONE_NUMBER:024 418 3307]]    11.2
[[PERSON:Akua Serwaa]]               [[ID_NUMBER:GHA-720118554-2]]       [[PHONE_NUMBER:055 902 1146]]    6.8
[[PERSON:Yaw Darko]]                 [[ID_NUMBER:GHA-703387219-0]]       [[PHONE_NUMBER:020 771 4038]]    9.5""",
    """{"driver": "[[PERSON:Kevin Mutua]]", "id_no": "[[ID_NUMBER:29904417]]", "dl": "[[ID_NUMBER:DL-00347261]]", "plate": "[[ID_NUMBER:KDH 412J]]", "rating": 4.87}
{"driver": "[[PERSON:Faith Wairimu]]", "id_no": "[[ID_NUMBER:33018725]]", "dl": "[[ID_NUMBER:DL-00412958]]", "plate": "[[ID_NUMBER:KDK 880T]]", "rating": 4.93}
{"driver": "[[PERSON:Hassan Abdi]]", "id_no": "[[ID_NUMBER:27715036]]", "dl": "[[ID_NUMBER:DL-00299107]]", "plate": "[[ID_NUMBER:KCY 301M]]", "rating": 4.71}""",
    """| Name | Class of | Current city | LinkedIn |
|------|----------|--------------|----------|
| [[PERSON:Chloé Martin-Diallo]] | 2012 | [[LOCATION:Montréal]] | [[URL:linkedin.com/in/chloe-martin-diallo]] |
| [[PERSON:Arnav Bose]] | 2014 | [[LOCATION:Bengaluru]] | [[URL:linkedin.com/in/arnavbose]] |
| [[PERSON:Ikaika Kahale]] | 2015 | [[LOCATION:Honolulu]] | — |""",
    """child,age,grade,pickup_address,parent,parent_cell
[[PERSON:Mason Brooks]],[[AGE:6]],1,[[ADDRESS:412 Sycamore Ln]],[[PERSON:Danielle Brooks]],[[PHONE_NUMBER:(615) 224-0917]]
[[PERSON:Sofia Hernández]],[[AGE:8]],3,[[ADDRESS:77 Old Hickory Blvd Apt 5]],[[PERSON:Luis Hernández]],[[PHONE_NUMBER:(615) 330-8842]]
[[PERSON:Elijah Carter]],[[AGE:7]],2,[[ADDRESS:9 Briarwood Ct]],[[PERSON:Monique Carter]],[[PHONE_NUMBER:(629) 201-4476]]""",
    """FICHE DE L'ÉLÈVE
Nom et post-nom : [[PERSON:Lumbala Tshiala]]
Prénom : [[PERSON:Gloire]]
Sexe : M
Date de naissance : [[DATE_TIME:19/02/2008]]
Lieu de naissance : [[LOCATION:Kananga]]
Classe : 4e Commerciale
Matricule : [[ID_NUMBER:KC-2021-07714]]
Responsable : [[PERSON:Tshiala Mbuyi Pascal]], [[PHONE_NUMBER:0818 490 223]]
Adresse : [[ADDRESS:avenue Kalamba n° 31]], commune de [[LOCATION:Katoka]]""",
    """Extension\tName\tMobile
2201\t[[PERSON:Rhiannon Price]]\t[[PHONE_NUMBER:07791 224 530]]
2202\t[[PERSON:Osagie Igbinedion]]\t[[PHONE_NUMBER:07402 883 117]]
2200\tReception\t020 7946 0300
2210\t[[PERSON:Beth Kavanagh]]\t""",
    """{"crew": [
  {"name": "[[PERSON:Rommel Sarmiento]]", "rank": "Chief Mate", "seaman_book": "[[ID_NUMBER:C1047722]]", "dob": "[[DATE_TIME:1979-04-15]]"},
  {"name": "[[PERSON:Jonel Abad]]", "rank": "AB", "seaman_book": "[[ID_NUMBER:C1188405]]", "dob": "[[DATE_TIME:1993-12-02]]"},
  {"name": "[[PERSON:Marvin Lacson]]", "rank": "Oiler", "seaman_book": "[[ID_NUMBER:C1203317]]", "dob": "[[DATE_TIME:1998-06-21]]"}
]}""",
    """Employee,TFN,Super member no,Pay cycle,Bank BSB,Account
[[PERSON:Jack Harrington]],[[ID_NUMBER:328 741 053]],[[ID_NUMBER:40118273]],fortnightly,062-000,[[ID_NUMBER:10447823]]
[[PERSON:Mai Nguyen]],[[ID_NUMBER:712 364 805]],[[ID_NUMBER:40120915]],fortnightly,033-172,[[ID_NUMBER:58201774]]""",
    """| Applicant | Nationality | Passport | Appointment |
|---|---|---|---|
| [[PERSON:Fatoumata Keïta]] | [[NRP:Malian]] | [[ID_NUMBER:B0944172]] | [[DATE_TIME:Tue 11 Mar 2025, 09:15]] |
| [[PERSON:Ngwenya Sibongile]] | [[NRP:South African]] | [[ID_NUMBER:A08831264]] | [[DATE_TIME:Tue 11 Mar 2025, 09:30]] |
| [[PERSON:Ravi Chandrasekaran]] | [[NRP:Indian]] | [[ID_NUMBER:Z4471028]] | [[DATE_TIME:Wed 12 Mar 2025, 14:00]] |""",
    """host          owner                ip              mac
lt-0231       [[PERSON:Ana Beltrán]]          [[IP_ADDRESS:192.168.10.31]]   f8:ff:c2:4e:91:07
lt-0232       [[PERSON:Kwabena Asiedu]]       [[IP_ADDRESS:192.168.10.32]]   3c:06:30:aa:18:5d
prn-02        (shared)             [[IP_ADDRESS:192.168.10.250]]  00:80:77:d1:22:9c""",
    """name,card_number,exp,cvv,billing_zip
[[PERSON:Hannah Okafor]],[[CREDIT_CARD:5399 8816 2047 5518]],09/27,412,[[ZIP_CODE:20784]]
[[PERSON:Dylan Reyes]],[[CREDIT_CARD:3762 114088 30510]],02/26,7731,[[ZIP_CODE:94110]]
[[PERSON:Grace Kim]],[[CREDIT_CARD:4176 6610 0038 2407]],11/28,058,[[ZIP_CODE:98103]]""",
    """emergency_contacts:
  [[PERSON:Jerome Villareal]]:
    relation: spouse of [[PERSON:Annaliza Villareal]]
    phone: "[[PHONE_NUMBER:+63 917 552 0184]]"
    address: "[[ADDRESS:Purok 3]], [[LOCATION:Brgy. Mabini]], [[LOCATION:Cebu City]]"
  [[PERSON:Ligaya Torres]]:
    relation: mother of [[PERSON:Paolo Torres]]
    phone: "[[PHONE_NUMBER:+63 998 301 4472]]"
    address: "[[ADDRESS:12 Rizal St.]], [[LOCATION:Tagbilaran]]\"""",
    """| Cand. no. | Name | Subject | Orig. | Request | Contact email |
|---|---|---|---|---|---|
| [[ID_NUMBER:5031]] | [[PERSON:Isla Whitmore]] | Chemistry | B | Review of marking | [[EMAIL_ADDRESS:isla.whitmore@icloud.com]] |
| [[ID_NUMBER:5044]] | [[PERSON:Yusuf Ali]] | History | C | Review of marking | [[EMAIL_ADDRESS:yusuf.ali.2007@gmail.com]] |
| [[ID_NUMBER:5102]] | [[PERSON:Grace Adjei]] | Maths | A | Clerical check | [[EMAIL_ADDRESS:g.adjei@outlook.com]] |""",
    """customer_no;name;street;postcode;city;iban
[[ID_NUMBER:K-77120]];[[PERSON:Jürgen Baumgartner]];[[ADDRESS:Lindenstraße 14]];[[ZIP_CODE:80331]];[[LOCATION:München]];[[IBAN_CODE:DE10 1203 0000 1052 8731 64]]
[[ID_NUMBER:K-77158]];[[PERSON:Aylin Demir]];[[ADDRESS:Schillerplatz 3a]];[[ZIP_CODE:70173]];[[LOCATION:Stuttgart]];[[IBAN_CODE:DE69 7601 0085 0931 1485 72]]
[[ID_NUMBER:K-77201]];[[PERSON:Lukas Pichler]];[[ADDRESS:Mariahilfer Straße 88/7]];[[ZIP_CODE:1070]];[[LOCATION:Wien]];[[IBAN_CODE:AT09 1200 0520 6618 4932]]""",
    """# births register, maternity unit
BABY                 BORN                 MOTHER                 MOTHER ID
Baby girl [[PERSON:Mokoena]]    [[DATE_TIME:2025-02-14 03:42]]     [[PERSON:Palesa Mokoena]]         [[ID_NUMBER:8603153392082]]
[[PERSON:Lwazi Ndlovu]]         [[DATE_TIME:2025-02-14 11:05]]     [[PERSON:Nokuthula Ndlovu]]       —
Baby boy [[PERSON:Pillay]]      [[DATE_TIME:2025-02-15 22:17]]     [[PERSON:Kavitha Pillay]]         [[ID_NUMBER:9004180236088]]""",
    """| Date | Site | Victim | Age | Injury | Reported by |
|---|---|---|---|---|---|
| [[DATE_TIME:03/02/2025]] | [[LOCATION:Kawama]] | [[PERSON:Mwansa Chola]] | [[AGE:24]] | crushed foot | [[PERSON:Bwalya Kunda]] |
| [[DATE_TIME:17/02/2025]] | [[LOCATION:Kawama]] | [[PERSON:Musonda Phiri]] | [[AGE:17]] | fall into pit | [[PERSON:Bwalya Kunda]] |
| [[DATE_TIME:22/02/2025]] | [[LOCATION:Chingola]] | [[PERSON:Chanda Mwelwa]] | [[AGE:31]] | rockfall | [[PERSON:Inonge Sitali]] |""",
]


CHAT = [
    """[08:02] [[PERSON:Gloria]] (Bateau Express): Mbote! Ndenge nini nakoki kosalisa yo?
[08:03] [[PERSON:Fabrice Kiese]]: Mbote. Nalingi ko réserver place mibale pona [[LOCATION:Brazzaville]] lobi na ntongo.
[08:03] [[PERSON:Gloria]] (Bateau Express): Ok. Nkombo ya ba passagers na ba numéro ya passeport, svp.
[08:05] [[PERSON:Fabrice Kiese]]: [[PERSON:Fabrice Kiese Nlandu]], passeport [[ID_NUMBER:OB0927714]]. Mwasi na ngai [[PERSON:Dorcas Mbenza]], passeport [[ID_NUMBER:OB1033580]].
[08:06] [[PERSON:Gloria]] (Bateau Express): Merci. Botinda mbongo na M-Pesa na numéro ya compagnie, pe bopesa ngai numéro na bino.
[08:06] [[PERSON:Fabrice Kiese]]: [[PHONE_NUMBER:0812 733 019]]. Na ntango nini bateau ekobima?
[08:07] [[PERSON:Gloria]] (Bateau Express): 9h00. Boya na 7h30 na port.""",
    """JSS3 Parents (WhatsApp)
[[PERSON:Mrs. Adeyemi]]: Good evening all. BECE results are out. Use the exam no. and the scratch card PIN on the portal.
[[PERSON:Chidi]]'s Dad: Thanks ma. What if the exam number on the slip is wrong? [[PERSON:Chidi]]'s own shows [[ID_NUMBER:BE24/0417/112]] but the school list has a different one
[[PERSON:Mrs. Adeyemi]]: Please send his full name and date of birth to me privately.
[[PERSON:Chidi]]'s Dad: [[PERSON:Chidiebube Okeke]], born [[DATE_TIME:9th August 2010]]. My number is [[PHONE_NUMBER:0803 552 9014]] if you need to call.
[[PERSON:Halima Yusuf]]: Same problem for my daughter [[PERSON:Maryam]] 🙏🏾""",
    """Chat transcript — Online Banking Support
Agent ([[PERSON:Priya]]): Hi, you're chatting with [[PERSON:Priya]]. Before I can help, please confirm your full name, date of birth and postcode.
Customer: [[PERSON:Alistair Cowan]], [[DATE_TIME:3rd May 1964]], [[ZIP_CODE:KY16 9AJ]]
Agent ([[PERSON:Priya]]): Thanks [[PERSON:Alistair]]. Which card is affected?
Customer: the debit card ending 5519. There are two payments to a gaming site I never used, on the [[DATE_TIME:2nd]] and the [[DATE_TIME:3rd]].
Agent ([[PERSON:Priya]]): I've blocked the card and raised dispute DSP-2025-448107. A new card will go to [[ADDRESS:4 Kinburn Place]], [[LOCATION:St Andrews]]. Anything else?
Customer: no that's all, thanks""",
    """#new-joiners
[[PERSON:Megan Liu]] 9:14 AM
Heads up: [[PERSON:Tomasz Zielinski]] starts [[DATE_TIME:Monday March 17]] on the data team. Personal email for the laptop courier is [[EMAIL_ADDRESS:t.zielinski.pl@gmail.com]], phone [[PHONE_NUMBER:+44 7932 118 405]].
[[PERSON:Raj Patel]] 9:16 AM
Great, I'll set up [[USERNAME:tzielinski]] in Okta. Does he need VPN from day one?
[[PERSON:Megan Liu]] 9:17 AM
yes, he'll be remote from [[LOCATION:Gdańsk]] for the first two weeks
[[PERSON:Raj Patel]] 9:18 AM
👍 done""",
    """Buyers group – [[LOCATION:Chunya]] gold
[[PERSON:Juma Mwakyusa]]: Wazee, I have 18 g ready from the [[LOCATION:Makongolosi]] pits, price today?
[[PERSON:Elias Mbwambo]]: 138,000 per gram at the official market. Bring your PML copy.
[[PERSON:Juma Mwakyusa]]: PML is [[ID_NUMBER:0031877]], under my brother [[PERSON:Amosi Mwakyusa]]. Call me [[PHONE_NUMBER:0767 330 218]]
[[PERSON:Elias Mbwambo]]: ok, meet at the [[LOCATION:Chunya]] market tomorrow 10am. Bring his NIDA too: [[PERSON:Amosi]] must sign.""",
    """Live chat — Mobile support
Agent [[PERSON:Kayla]]: Thanks for waiting! I see the SIM on your account was replaced yesterday at a store in [[LOCATION:Newark]]. Was that you?
[[PERSON:Darnell Hughes]]: No!! I'm in [[LOCATION:Atlanta]]. My phone has had no service since last night. The number is [[PHONE_NUMBER:678-402-9917]]
Agent [[PERSON:Kayla]]: I'm sorry. For verification, what's the billing address on the account?
[[PERSON:Darnell Hughes]]: [[ADDRESS:2231 Peachtree Rd NE, Apt 1408]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]]
Agent [[PERSON:Kayla]]: Thank you. I've locked the line and sent a reset code to [[EMAIL_ADDRESS:dhughes.atl@gmail.com]].""",
    """Fam 💕
Tita [[PERSON:Baby]]: Guys, the party for Lola [[PERSON:Conching]]'s [[AGE:80]]th is at Ate [[PERSON:Joy]]'s house
Ate [[PERSON:Joy]]: Yes! [[ADDRESS:27 Mabuhay St.]], [[LOCATION:BF Homes]], [[LOCATION:Parañaque]]. Saturday 5pm
[[PERSON:Marco]]: is lola turning [[AGE:80]] or [[AGE:81]] 😂
Tita [[PERSON:Baby]]: [[AGE:80]]! Born [[DATE_TIME:March 22, 1945]]. Send gifts via GCash to [[PHONE_NUMBER:0917 205 6631]] ([[PERSON:Joy]])""",
    """#it-helpdesk
[[USERNAME:s.okonkwo]]: anyone else locked out? my account keeps getting blocked
helpdesk_bot: Ticket INC0048812 created for [[USERNAME:s.okonkwo]].
[[USERNAME:m.haddad]]: [[PERSON:Sam]], your logins are coming from [[IP_ADDRESS:105.112.44.203]], that's not our VPN range
[[USERNAME:s.okonkwo]]: oh that's my home wifi in [[LOCATION:Abuja]], I forgot to connect the VPN
[[USERNAME:m.haddad]]: unlocked. please use the VPN so you show up on the office range""",
]

LOOKALIKE = [
    """Thank you for your order! Order no. 112-4471902-8830145 has shipped via DHL Express, tracking 7741 2208 9931. Items: 2 x SKU HX-2209-BLK (USB-C hub), 1 x SKU CB-1100-WHT. Invoice INV-2025-004418 is attached. Questions? Call our customer care line on +44 345 600 1144 or write to support@gadgetdepot.co.uk. Delivery to: [[PERSON:Fiona Mackay]].""",
    """Release 10.4.2.17 (build 2025.03.11-rc2)
- Bumped libssl to 3.0.13; the mirror at 172.16.254 is deprecated
- Fixed crash in fees module (commit 9f3ac12b7e44d0a81c2f55e6b0d7a3a91c4e2f10)
- Migration 0047_add_exam_session: default session id 4c7e2b8a-91f0-4d3a-b6e2-3f8a0c1d5e77
- Serial format for kiosks changed from KX-0001-AB to KX2-000001
- Known issue: version strings like 2.10.0.1 are shown as IP addresses in the admin table""",
    """Librairie des Écoles — nouveautés de la rentrée, avenue Kasa-Vubu (en face du marché)
- Anthologie de la poésie congolaise, ISBN 978-2-07-036822-8, 12 USD
- Mémento de mathématiques 6e, ISBN 978-2-9534011-7-2, 9 USD
- Atlas scolaire (réf. ATL-CD-2024), 25 USD
Livraison possible jusqu'au boulevard Lumumba et au stade Tata Raphaël.
Paiement M-Pesa au numéro marchand 557120 ou au comptoir. Service clients : +243 81 555 0100, contact@librairiedesecoles.cd.
Pour les commandes des écoles, demander Maman [[PERSON:Solange Kibambe]] au [[PHONE_NUMBER:+243 99 812 4406]].""",
    """EXPORT PACKING LIST — Lot CU-CO/2025/0319. HS code 2605.00. 24 bags x 1,000 kg cobalt hydroxide, net 24,000 kg. Container MSKU 448120-7, seal 0417722. ICGLR certificate CD-0325-0419. Shipper ref. KZI-EXP-8812, invoice 2025/118, Bill of Lading MEDUKZ4417803. Assay lab sample ID LAB-25-00931. Emergency line of the forwarder: +27 31 360 9000. Prepared by: [[PERSON:Guy Mulumba]].""",
    """TIMETABLE — Lake ferry service (valid from the March schedule)
Route L2: dep. 07:00, arr. 10:30, vessel MV Julius Nyerere
Route L3: dep. 14:15, arr. 17:45, vessel MV Mwanza Star
Route L5: Sundays only, dep. 09:00, vessel MV Victoria II
Fares: adult 12,000 / child 6,000 / cabin 35,000. Bookings: bookings@lakeferries.co.tz, hotline 0800 110 220.
Ticket numbers look like LF-2503-000418 and are not transferable. Lost property: office on Nkrumah Street (no number).""",
    """Physics 0625/42 — May/June 2025, Centre 68125, Room 14B. Bring a calculator (not Casio fx-991 ClassWiz with CAS). Topics include Newton's laws, Ohm's law, Hooke's law and the Doppler effect. Course code PHY-301, textbook ISBN 978-0-14-044913-6. Invigilator contact: [[PERSON:Ms. Daniela Orsini]], [[EMAIL_ADDRESS:d.orsini.teach@gmail.com]]. Results enquiries: exams@stmarksacademy.org.""",
    """ASSET REGISTER (excerpt)
asset        serial            mac                firmware      owner
AT-004418    C02FK4Q2MD6T      a8:20:66:3b:91:0c  14.4.1        [[PERSON:Ruth Abebe]]
AT-004419    PF3K9XYZ          00:e0:4c:68:22:17  1.0.10.4      spare pool
AT-004420    5CG1274BQW        3c:52:82:0f:aa:61  2.3.0.8       spare pool
sha256 of image: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind136", STYLES, OUT)


if __name__ == "__main__":
    main()

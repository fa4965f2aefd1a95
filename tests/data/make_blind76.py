"""Build tests/data/blind76.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind76.py

Blind: written without any knowledge of the detector. Read, and nothing
else: lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and the style descriptions, its import lines, and the first
record that happens to fall inside those lines) and its tail from
`STYLES = {` to the end (the scaffolding copied below); gold_sets.py in
full; lines 1-64 of make_handwritten.py (conventions, the MARK and
TITLE_IN_NAME regexes, `parse()`). Not read: minimize/, recognizers/, any
test other than those lines, bench/, the README, any *.jsonl (this set's
own output included), any other make_*.py, git history / log / status
(git was not run at all), anything under /tmp but the brief. The detector,
the bench and the tests were never run. Do not tune the detector against
this set: once used to tune, it no longer measures anything.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops or templates filled by code.
Only the offsets are computed, by `parse()`, which strips the inline
`[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs pass mod-97 with
their country's length (`gold_sets.check` refuses a bad one); the national
check digits inside the Portuguese and Finnish IBANs are right too.
National ids with a public check digit were given a valid one:
Turkish T.C. kimlik no (both check digits), Finnish henkilötunnus (check
character, and the individual number's parity agrees with the person's
sex and the date with the birth date where shown), NHS number, Canadian
SIN, Aadhaar (Verhoeff), South African ID (Luhn, sex and citizenship
digits agree with the person), Singapore NRIC, Irish PPSN, Australian TFN,
Greek AMKA, and so were the ISBN-13 look-alikes. All of these were worked
out with throwaway code run by hand while writing (hand-typed bases, the
check digits computed), never generated here. US SSNs, UK NI numbers, UK
driving licence, PAN, BVN, NIN, Kenyan ids and KRA PINs, SSS numbers,
passports, licences, plates and bank account numbers were not checked.

Styles (ids `blind76-<style>-NNN`; 240 records):
- `bench` (100): in the manner of ai4privacy pii-masking-200k/300k/400k
  (42, six of them in Turkish or Finnish: odd mixed sentences dense with
  names, job titles, streets with building numbers, secondary addresses,
  IPv4/IPv6, MACs, user agents, card/CVV/expiry, IBAN/BIC, passwords,
  PINs, IMEI, VIN, plates),
  gretel-pii-masking-en-v1 (29: claims, contracts, NDA, discharge summary,
  loan / tenancy / enrolment / consent forms, notices, summons, referral
  letter, statement) and Nemotron-PII (29: JSON, log lines, SQL, XML, YAML,
  systemd unit, .env, HL7, Python / JS snippets, tickets, forms).
- `gen` (90): one to four LLM-style "realistic sentences with personal
  data"; extra weight on e-commerce orders and deliveries (about 23) and
  on software / devops notes and logs about users (about 14), the rest
  spread over health, pharmacy, banking, payroll, insurance, legal, wills,
  lettings, schools, visas, travel, hotels, telecoms, charity, gyms, vets,
  gaming and forums; names at the start, middle and end, lowercase and
  possessive; ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record (CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines, YAML, key: value blocks) with varied
  column names and non-PII columns; header rows are unlabeled.
- `chat` (8): support chats, a family thread, team chat, a marketplace
  thread, a parents' group; speakers' names and what they trade.
- `lookalike` (7): order / tracking / invoice refs, SKUs, ISBNs, IP-shaped
  versions, hashes, serials, MACs, UUIDs, company phones, role mailboxes,
  VAT and company numbers, eponyms and streets named after people with no
  number; the few real PII values labeled; the release notes have no PII.
Languages: about nine records in ten in English (UK, US, Canada, Ireland,
Australia, New Zealand, India, South Africa, Nigeria, Kenya, Ghana,
Singapore, the Philippines and others, with names from the many cultures
living there); 24 records in Turkish (12) and Finnish (12), spread over
every style.

Labeling conventions: the same as make_blind22.py's, in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart; job titles are not TITLE and
  family words (Mum, Grandad, Aunty) stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province and
  country are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature ...) with a day or month, any shape; a weekday
  or clock time said with the date is inside the span; not bare years,
  weekdays or times alone, durations, relative days, or dates not tied to
  a person (invoice, due, release, dispatch-summary dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, member, loyalty and donor numbers, bank account
  numbers, non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, API keys, genders, job titles, user agents,
  MACs, IMEIs, VINs, BIC, sort codes, IFSC and routing numbers, CVVs and
  expiries, PINs, order / ticket / claim / policy / booking / tracking /
  case refs, company phones, role mailboxes, versions, hashes, serials,
  partial numbers ("ending 4471"), pets, eponyms, company and institution
  names (even with a place in them), header rows.
- Calls made while writing this set:
  - log lines and event records: the timestamp of a line or record that
    names a person, their username or email (log-in, reset, KYC
    submission, delivery, ticket opened, message sent) is DATE_TIME;
    system-only timestamps (an HL7 header, a bot account's last login)
    are not. An IP address is IP_ADDRESS wherever it appears in such
    text, internal ones too; a service account (ci-bot) and a shop's
    marketplace handle are not USERNAME.
  - the date a person placed an order, was charged, or is to receive a
    delivery is DATE_TIME; a delivery window given with the date is in
    the span.
  - internal record ids (user_id 441029, "u_1001", "usr_8Hq2LmX0", row
    and record numbers) are not ID_NUMBER; customer, staff ("emp_no"),
    donor, loyalty, juror, study-participant and licence (MDCN, NMLS)
    numbers are.
  - a "title" column (Mr, Dr, Ms) is TITLE; "MS" in capitals, "Fr."
    (Frau) and "Father" before a name are TITLE; a "nationality" column is
    NRP, an "age" column AGE, "country", "state", "county", "city" and
    "branch" columns LOCATION; sex, role, team, status columns unlabeled.
  - a secondary address alone in its own cell ("Apt 2A") is ADDRESS; a
    street without a number is LOCATION when it places a person (their
    home street, the scene of their accident), and unlabeled in the
    look-alikes' eponym streets and buildings.
  - an HL7 name field "OKAFOR^CHIDI^A" is one PERSON span; a compact
    "19760514" birth date is DATE_TIME.
  - Turkish: the suffix after the apostrophe is outside the span
    ("Zeynep Arslan'ın", "İzmir'de"); Bey, Hanım, Efendi after a name are
    TITLE, while "Sayın" is a salutation like "Dear" and unlabeled; the
    mahalle ("Caferağa Mah.") is LOCATION, apart from the street + number
    ("Moda Cad. No: 58 D: 4") which is ADDRESS; "yarın" (tomorrow) is not
    a date.
  - Finnish: inflected names and places are labeled as the whole word,
    case ending included ("Sari Lehtolle", "Oulussa", "Lahdessa"), since
    the ending cannot be split off cleanly; "Hyvä" (Dear) is unlabeled; a
    Y-tunnus (business id) is a company number and unlabeled.
  - crypto wallet addresses and GPS coordinates were left out of the set.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind76.jsonl")

GEN = [
    # --- e-commerce orders and deliveries ---
    """Hi, I ordered a standing desk (order #WX-558201-C) on [[DATE_TIME:2 May]] and the tracking page has said "out for delivery" for six days now. It should be going to [[ADDRESS:Unit 4, 27 Harrow Lane]], [[LOCATION:Wembley]] [[ZIP_CODE:HA9 8QP]]. Please call me on [[PHONE_NUMBER:07934 620 118]] — it's [[PERSON:Oluwaseun Adebayo-Cole]].""",
    """[[PERSON:marisol]] left a note for the driver: ring twice at [[ADDRESS:1180 Alvarado St Apt 3B]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90026]], the buzzer is broken and the dog is friendly.""",
    """Return authorised for customer [[ID_NUMBER:C-00748215]] ([[PERSON:Deepak Venkataraman]]): two pairs of trail shoes, size 10. The refund of $189.98 goes back to the Visa ending 4471 within five working days.""",
    """Your driver [[PERSON:Tomasz]] left the parcel for [[PERSON:Mrs. Gwendolyn Price]] in the green wheelie bin behind [[ADDRESS:Rose Cottage, Church Road]], [[LOCATION:Little Haddon]] [[ZIP_CODE:OX12 7RD]] at 14:32, as her delivery instructions asked.""",
    """Can I move my washing machine delivery to [[DATE_TIME:Thursday 12 June, 8am to 12pm]]? I'm [[PERSON:Aisling Ní Bhriain]], order 4418-2290, and the address is [[ADDRESS:Apartment 9, The Maltings, 41 Grand Canal Street]], [[LOCATION:Dublin 2]], [[ZIP_CODE:D02 XK71]].""",
    """I was charged twice for order 88213-UK! Both payments went on my Mastercard [[CREDIT_CARD:5378 4106 9912 4578]] on [[DATE_TIME:14 March]]. Please refund one of them to me, [[PERSON:Kwame Asante]], and confirm at [[EMAIL_ADDRESS:kwame.asante88@gmail.com]].""",
    """I've sent a birthday hamper to my nan, [[PERSON:Edith Marchbanks]], at [[ADDRESS:Flat 12, Beechwood Court, 3 Mill Hill]], [[LOCATION:Bridlington]] [[ZIP_CODE:YO16 4JF]]. She turns [[AGE:90]] on [[DATE_TIME:Saturday 21 June]], so it has to arrive by [[DATE_TIME:Friday 20 June]]; her landline is [[PHONE_NUMBER:01262 604319]].""",
    """Hi [[PERSON:Ravi]], the oat milk in your grocery order was out of stock so we swapped in soya. Your driver will be at [[ADDRESS:22 Wattle Street]], [[LOCATION:Ultimo]] [[LOCATION:NSW]] [[ZIP_CODE:2007]] between 6 and 7 pm and will text [[PHONE_NUMBER:0412 738 205]] when nearby.""",
    """Click & collect: please bring photo ID. The order can only be handed to [[PERSON:Chidinma Okafor]] or to the person she named, [[PERSON:Emeka Okafor]], whose driving licence is [[ID_NUMBER:OKAFO806120E99KL]].""",
    """Customs is holding parcel RR448120573GB addressed to [[PERSON:Ji-woo Park]] in [[LOCATION:Busan]] until she sends a copy of her passport ([[ID_NUMBER:M71420583]]) and pays the duty; the sender was her brother [[PERSON:Min-jun]] in [[LOCATION:Manchester]].""",
    """Please change the delivery address on my order from [[ADDRESS:1904 Lakeshore Blvd W]] to my office at [[ADDRESS:155 Wellington St W, Suite 2200]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5V 3H1]]. Thanks, [[PERSON:Gurpreet Sandhu]] ([[PHONE_NUMBER:+1 647 288 0193]]).""",
    """The fraud team flagged the order because it was placed from [[IP_ADDRESS:185.220.101.47]] at 03:12 while [[PERSON:Harold Finch]]'s account normally logs in from [[LOCATION:Ohio]]; the shipping address had also been changed to [[ADDRESS:7741 Commerce Pkwy, Unit 118]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33172]], a known reshipper.""",
    """we tried to deliver your parcel today but nobody was home. your neighbour [[PERSON:Mrs Lakshmi Iyer]] at number 16 has taken it in. — [[PERSON:jordan]], your driver (route 7)""",
    """Order confirmation for [[PERSON:Siobhan McAllister]]: 1 x cast-iron casserole, 1 x apron. Ship to [[ADDRESS:6 Glenview Terrace]], [[LOCATION:Derry]] [[ZIP_CODE:BT48 7JL]]; paid with Amex [[CREDIT_CARD:3782 590143 65106]]. Questions? Reply to this email or call the shop on 0800 014 2277.""",
    """My subscription box keeps going to my old flat. I moved on [[DATE_TIME:1 April]] from [[ADDRESS:48B Cuba Street]] to [[ADDRESS:3/117 Adelaide Road]], [[LOCATION:Newtown]], [[LOCATION:Wellington]] [[ZIP_CODE:6021]]. Name on the account is [[PERSON:Tamati Walker]], customer number [[ID_NUMBER:NZ-220931]].""",
    """The seller wrote: "Hi [[PERSON:Fatima]], the vintage lamp is packed and goes out with the courier tomorrow. I've put [[PHONE_NUMBER:+234 803 441 2290]] on the label as you asked, and the address [[ADDRESS:14 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]." """,
    """Marketplace dispute: buyer [[USERNAME:kitchenqueen_77]] ([[PERSON:Loretta Simmons]]) says the blender arrived cracked; seller [[PERSON:Haruto Sato]] says it left his warehouse in [[LOCATION:Osaka]] intact. Photos were sent to [[EMAIL_ADDRESS:l.simmons@outlook.com]].""",
    """Delivery for [[PERSON:Ngozi]] on [[DATE_TIME:Monday 3rd November]]: the sofa won't fit through the stairwell at [[ADDRESS:Block C, Flat 21, Ridgeway Estate]], so the crew will need to hoist it through the balcony.""",
    """hey it's [[PERSON:tasha]], the tracking number you sent (1Z 999 AA1 01 2345 6784) isn't working — my new address is [[ADDRESS:2250 N Clark St #4]], [[LOCATION:Chicago]] [[ZIP_CODE:60614]], and my cell is [[PHONE_NUMBER:312-408-7716]].""",
    """Refund issued to [[PERSON:Arjun Mehta]] for the undelivered headphones; the money will reach his account [[ID_NUMBER:50100283746612]] at HDFC within three days. He can reach us about it at support@soundcart.in.""",
    """Pre-order reminder: the console you reserved will be shipped on release day. We'll deliver it to [[PERSON:Lucas Ferreira]] at [[ADDRESS:Rua Augusta, 1508, apto 42]], [[LOCATION:São Paulo]], and send updates to [[PHONE_NUMBER:+55 11 98722-4410]].""",
    # --- software / devops about users ---
    """At [[DATE_TIME:02:14 UTC on 7 March]] the auth service locked out [[USERNAME:jkowalski]] after 12 failed logins from [[IP_ADDRESS:203.0.113.58]]; [[PERSON:Jan Kowalski]] confirmed by phone that it wasn't him, so we forced a reset and revoked his sessions.""",
    """The audit trail shows that [[PERSON:Priyanka Desai]] ([[EMAIL_ADDRESS:priyanka.desai@northwind-analytics.com]]) exported the customer table at [[DATE_TIME:2024-05-19 23:41:07]] from [[IP_ADDRESS:10.44.2.117]], about an hour after her offboarding ticket was closed.""",
    """Heads up: the staging database still holds real user rows, e.g. [[PERSON:Maureen O'Keefe]], [[EMAIL_ADDRESS:mokeefe62@yahoo.com]], born [[DATE_TIME:11/02/1962]], with her card [[CREDIT_CARD:4556 7302 1984 4109]] in plain text. Please purge it before the demo.""",
    """Our Grafana alert fired because [[USERNAME:dev_oyelaran]] kept hitting the /admin endpoint from [[IP_ADDRESS:2001:db8:4f2a::1c7]]; turns out [[PERSON:Tunde Oyelaran]] had a script running in a loop since [[DATE_TIME:Friday evening, 14 June]].""",
    """Can someone unlock [[PERSON:marcus]]'s account? His SSO username is [[USERNAME:m.delacroix]] and he's been locked out since he changed his phone number to [[PHONE_NUMBER:+1 (503) 266-9014]] in the MFA settings.""",
    """The crash report from [[PERSON:Elena Petrova]]'s laptop (IP [[IP_ADDRESS:192.168.1.34]]) contains her home directory path and the email [[EMAIL_ADDRESS:elena.petrova@mailbox.org]]; we should scrub both before attaching it to the public bug tracker.""",
    """In yesterday's incident, the password-reset emails for [[EMAIL_ADDRESS:n.abubakar@kanoholdings.ng]] and [[EMAIL_ADDRESS:grace.wanjiru@safaricom-mail.co.ke]] were sent to the wrong tenants. [[PERSON:Grace Wanjiru]] noticed first and called support on [[PHONE_NUMBER:+254 712 348 901]].""",
    """git blame says the hard-coded test account (user [[USERNAME:cnguyen]], email [[EMAIL_ADDRESS:christine.nguyen@fastmail.com]]) was added by [[PERSON:Christine Nguyen]] herself in 2021; she has asked us to remove her personal address from the repo.""",
    """Support note: [[PERSON:Abdullah Al-Farsi]] could not log in on [[DATE_TIME:28 Feb 2025 at 09:55]]. The WAF had blocked his IP, [[IP_ADDRESS:94.200.17.66]], because it matched a scraper pattern. Allow-listed and told him by email ([[EMAIL_ADDRESS:a.alfarsi@emirates-mail.ae]]).""",
    """The onboarding script creates the mailbox [[EMAIL_ADDRESS:sofia.rossi@brightlane.io]], the VPN user [[USERNAME:srossi]] and a laptop record for [[PERSON:Sofia Rossi]], who starts on [[DATE_TIME:Monday 2 September]]; hardware ships to her at [[ADDRESS:Via dei Mille 24]], [[ZIP_CODE:20129]] [[LOCATION:Milano]].""",
    """Kibana shows [[USERNAME:bwashington]] downloading 4 GB of reports between 01:00 and 03:00 from [[IP_ADDRESS:172.16.9.204]]; [[PERSON:Brandon Washington]]'s manager says he was on leave, so we've suspended the account pending review.""",
    """Please GDPR-delete everything about [[PERSON:Lea Schneider]]: her account [[USERNAME:lea.sch]], the email [[EMAIL_ADDRESS:lea.schneider@web.de]], the shipping address [[ADDRESS:Kastanienallee 17]], [[ZIP_CODE:10435]] [[LOCATION:Berlin]], and the backups older than 30 days.""",
    """Your order has been split into two deliveries. The first box reaches [[PERSON:Mohammed Rahman]] at [[ADDRESS:221 Stratford Road]], [[LOCATION:Sparkhill]], [[LOCATION:Birmingham]] [[ZIP_CODE:B11 1QY]] on [[DATE_TIME:Wednesday 9 July]], the second, with the mattress, on [[DATE_TIME:11 July]]. We'll text [[PHONE_NUMBER:07459 301 726]] with a one-hour slot.""",
    """Slack bot: password reset requested for [[EMAIL_ADDRESS:fiona.mackenzie@glenmore-health.scot]] from [[IP_ADDRESS:81.174.233.12]] on [[DATE_TIME:16/04/2025 at 11:02]]. If this wasn't you, [[PERSON:Fiona]], reply NO and IT will lock the account.""",
    # --- spread ---
    """[[PERSON:Dr. Anjali Raman]] has moved your appointment to [[DATE_TIME:Tuesday, 8 July at 3:40 pm]]. If this doesn't suit, call the practice and quote your NHS number, [[ID_NUMBER:485 721 9034]].""",
    """My name is [[PERSON:Thabo Nkosi]], ID number [[ID_NUMBER:8806125124083]], and I'd like to dispute a debit order from my account at Capitec. I live at [[ADDRESS:31 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2193]].""",
    """The scholarship committee is pleased to tell [[PERSON:Marisa Dela Cruz]] (student no. [[ID_NUMBER:2021-104772]]) that her grant has been renewed; the stipend will be paid to her on [[DATE_TIME:15 August]].""",
    """please update payroll: [[PERSON:kevin o'sullivan]] is now at [[ADDRESS:Apt 5, 19 Lower Baggot St]], [[LOCATION:Dublin]], his PPS number is [[ID_NUMBER:7342185K]] and the new bank account is [[IBAN_CODE:IE06BOFI90583317720469]].""",
    """The tenant, [[PERSON:Rahel Tesfaye]], [[AGE:34]], signed the lease for [[ADDRESS:402/15 Bourke Street]], [[LOCATION:Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3000]] on [[DATE_TIME:3 March 2025]] and paid the bond from her account; her referee is [[PERSON:Samuel Haile]] on [[PHONE_NUMBER:0433 190 562]].""",
    """Patient [[PERSON:Ahmed Qureshi]], DOB [[DATE_TIME:04-09-1958]], was seen in A&E at 22:10 with chest pain; his wife [[PERSON:Nasreen]] can be reached on [[PHONE_NUMBER:07811 352 904]]. He is a practising [[NRP:Muslim]] and asked for a halal meal.""",
    """Congratulations [[PERSON:Kiri]]! You've been selected for the under-16 squad. Training starts [[DATE_TIME:Saturday 6 September at 10 am]] at the club; bring your boots and the signed form from your mum, [[PERSON:Hine Te Rangi]].""",
    """Hi, I'm [[PERSON:Wei Ling Tan]] and I'm writing about my insurance claim. My NRIC is [[ID_NUMBER:S8734216F]] and the accident happened on [[DATE_TIME:22 January]] on the expressway; you can reach me on [[PHONE_NUMBER:+65 9123 4478]].""",
    """The court has scheduled the custody hearing between [[PERSON:Jessica Moreno]] and [[PERSON:Daniel Moreno]] for [[DATE_TIME:October 14, 2025, at 9:00 a.m.]] in Courtroom 4B of the superior court in [[LOCATION:Phoenix]].""",
    """When [[PERSON:Oskar Lindqvist]] checked in at the hotel he gave his home address as [[ADDRESS:Sveavägen 44]], [[ZIP_CODE:111 34]] [[LOCATION:Stockholm]] and paid the deposit with his Visa [[CREDIT_CARD:4024 0071 9385 2265]], expiry 08/27.""",
    """My son [[PERSON:Ayaan]] is [[AGE:7]] and allergic to peanuts; please make sure the school canteen has my number, [[PHONE_NUMBER:+91 98450 12763]], and his Aadhaar [[ID_NUMBER:4827 3916 0526]] on file for the trip to [[LOCATION:Mysuru]].""",
    """[[PERSON:Bongani]] from the municipality says the meter at [[ADDRESS:12 Protea Close]], [[LOCATION:Durbanville]] is in [[PERSON:Mr. Hendrik van der Merwe]]'s name, so the new owner, [[PERSON:Zanele Dube]], must bring her ID and the transfer papers.""",
    """Your new SIM is linked to [[PERSON:Rosario Bautista]], born [[DATE_TIME:19 May 1990]], SSS number [[ID_NUMBER:34-5678901-2]], and the mobile number [[PHONE_NUMBER:+63 917 482 1130]] will be active within 24 hours.""",
    """I, [[PERSON:Margaret Ellen Doyle]], of [[ADDRESS:77 Kingsbridge Road]], [[LOCATION:Bangor]], [[LOCATION:County Down]], leave my house to my niece [[PERSON:Claire Doyle-Hughes]] and my savings to the RNLI. Signed on [[DATE_TIME:the 2nd day of April 2019]].""",
    """The landlord's agent, [[PERSON:Rory]], says the viewing at [[ADDRESS:Flat 3, 27 Albion Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G1 1LH]] is at 5 pm today; bring payslips and a reference from [[PERSON:Mrs. Moira Campbell]].""",
    """Thank you for your donation, [[PERSON:Mr. Yusuf Ibrahim]]. Your Gift Aid declaration is linked to [[ADDRESS:9 Heaton Road]], [[LOCATION:Newcastle upon Tyne]] [[ZIP_CODE:NE6 1SA]], and we'll send your annual statement to [[EMAIL_ADDRESS:yusuf.ibrahim@btinternet.com]].""",
    """Vet reminder: Biscuit, the Labrador belonging to [[PERSON:Hannah Goldberg]], is due her booster on [[DATE_TIME:June 30]]. Please confirm on [[PHONE_NUMBER:(917) 634-2281]] or at [[EMAIL_ADDRESS:hgoldberg@nyu.edu]].""",
    """The visa officer noted that [[PERSON:Nguyễn Thị Mai]] holds [[NRP:Vietnamese]] passport [[ID_NUMBER:C4829173]], was born on [[DATE_TIME:3 August 1996]], and will be studying at the university from [[DATE_TIME:September 2, 2025]].""",
    """As discussed, [[PERSON:Kofi Mensah-Bonsu]]'s salary will be paid into account [[ID_NUMBER:6017-0081-7762]] and his start date is [[DATE_TIME:1 October]]. His tax file number is [[ID_NUMBER:459 182 039]]; please set him up in payroll before then.""",
    """According to the police report, the vehicle with plate [[ID_NUMBER:KDA 417M]] belonging to [[PERSON:Peter Kamau]] was stolen outside his home on [[LOCATION:Ngong Road]] in [[LOCATION:Nairobi]] on the night of [[DATE_TIME:12 February]].""",
    """the gym says [[PERSON:liam]]'s membership was frozen on [[DATE_TIME:3/1]] at his request and will restart on [[DATE_TIME:4/1]]; his member id is [[ID_NUMBER:FIT-20941]].""",
    """I'm [[PERSON:Meera Krishnan]], a [[AGE:29]]-year-old nurse from [[LOCATION:Kochi]], and I'd like to apply for the ward manager post. My registration is with the NMC and my contact number is [[PHONE_NUMBER:+44 7458 220 193]].""",
    """Please send the replacement debit card to [[PERSON:Mrs Beatrice Nwachukwu]] at [[ADDRESS:PO Box 4418]], [[LOCATION:Abuja]]; her BVN is [[ID_NUMBER:22184573091]] and the old card was cancelled this morning.""",
    """Hey, it's [[PERSON:Diego]]! Just moved to [[ADDRESS:455 Valencia St, Apt 6]] in [[LOCATION:San Francisco]] — my new number is [[PHONE_NUMBER:415.902.6634]] and you can Venmo me at [[USERNAME:diego-alvarez-sf]].""",
    """The adoption agency has confirmed that [[PERSON:Sarah]] and [[PERSON:Michael Thompson]] will meet [[PERSON:Layla]], aged [[AGE:4]], on [[DATE_TIME:Wednesday 16 April]] at the foster home.""",
    """Our records show [[PERSON:Ms. Priscilla Adjei]] ([[EMAIL_ADDRESS:p.adjei@gmail.com]]) cancelled her flight to [[LOCATION:Accra]] on [[DATE_TIME:March 5]]; the refund goes back to her Mastercard [[CREDIT_CARD:5221-9033-4867-1055]].""",
    """[[PERSON:Tiago]] wrote on the forum under the name [[USERNAME:tiago_rides]] that his e-bike was stolen from outside [[ADDRESS:12 Hope Street]]; his profile is at [[URL:https://forum.cyclelondon.co.uk/u/tiago_rides]].""",
    """My mother, [[PERSON:Mrs. Chen Yu-Fen]], is [[AGE:81]] and needs a wheelchair at the gate for flight CX251 on [[DATE_TIME:23 Nov]]. Her passport is [[ID_NUMBER:K03918274]] and my number is [[PHONE_NUMBER:+852 9173 2046]].""",
    """I have been a [[NRP:Catholic]] all my life, and [[TITLE:Father]] [[PERSON:Declan]] at St Brigid's can vouch for me, writes [[PERSON:Patricia Hennessy]] in her letter to the adoption panel.""",
    """Candidate [[PERSON:Oluwadamilare Bakare]] ([[EMAIL_ADDRESS:dami.bakare@proton.me]]) has accepted the offer; his first day will be [[DATE_TIME:6 January 2025]] and he'll be based at the [[LOCATION:Leeds]] office.""",
    """The SSN on [[PERSON:Tyrone Jackson]]'s W-2 is [[US_SSN:428-61-9037]] but payroll had two digits swapped, so his refund was rejected; he lives at [[ADDRESS:3017 Magnolia Ave]], [[LOCATION:Memphis]], [[LOCATION:TN]] [[ZIP_CODE:38104]].""",
    """I lost my wallet on the bus — it had my driver's license ([[US_DRIVER_LICENSE:K482-6619-0734-05]]) and a card with [[PERSON:Brenda Kowalczyk]] written on it. If found please call [[PHONE_NUMBER:(608) 251-7780]].""",
    """[[PERSON:Rajesh]] and [[PERSON:Sunita Malhotra]] would love you to join them for their daughter [[PERSON:Anika]]'s wedding on [[DATE_TIME:Saturday, 22 November 2025]] at the Gurdwara on [[ADDRESS:62 Havelock Road]], [[LOCATION:Southall]].""",
    """Hi team, [[PERSON:Carmen Ruiz]] from accounts here. The supplier's remittance should go to [[IBAN_CODE:GB02 BARC 2065 8841 2033 76]], not the old HSBC one; I've checked it with [[PERSON:Jamal]] on the phone.""",
    """The guest in room 512, [[PERSON:Mr. Hiroshi Tanaka]], checks out on [[DATE_TIME:9 March]] and asked for a taxi to [[LOCATION:Heathrow]] at 6 am; bill to his Diners card [[CREDIT_CARD:3056 930902 5904]].""",
    """[[PERSON:Zoë Van Damme]] has been our babysitter since she was [[AGE:15]]; she now lives at [[ADDRESS:Korenmarkt 8]], [[ZIP_CODE:9000]] [[LOCATION:Gent]] and is happy to be contacted on [[PHONE_NUMBER:+32 478 21 09 66]].""",
    """Pharmacy note: [[PERSON:Mr. Ibrahim Sesay]]'s repeat prescription for amlodipine is ready; he asked that his son [[PERSON:Foday]] collect it on [[DATE_TIME:Thursday 5 June]].""",
    """The gamer tag [[USERNAME:xX_NightOwl_Xx]] belongs to [[PERSON:Connor Mulligan]], [[AGE:17]], of [[LOCATION:Cork]]; his parents reported that someone bought €240 of skins with his mother's card.""",
    """[[PERSON:Amara Osei]] applied for the council flat on [[DATE_TIME:9 May 2024]] and is currently staying with her sister at [[ADDRESS:41 Coldharbour Lane]], [[LOCATION:Brixton]] [[ZIP_CODE:SW9 8LF]]; her NI number is [[ID_NUMBER:JT 12 84 57 C]].""",
    """Our new neighbour, a lovely [[NRP:Filipino]] nurse called [[PERSON:Joy]], gave us her number ([[PHONE_NUMBER:021 448 3921]]) in case the alarm goes off while we're away.""",
    """Dear [[PERSON:Ms. Karimova]], the conference has approved your visa letter; please confirm that your passport number [[ID_NUMBER:FA4471820]] and date of birth [[DATE_TIME:30.01.1987]] are correct.""",
    """The SIN you gave, [[ID_NUMBER:527 391 049]], doesn't match the name [[PERSON:Émilie Gagnon]] in our records; please call us from your registered number [[PHONE_NUMBER:514-882-3301]].""",
    """[[PERSON:Alejandro Gómez]] turned [[AGE:40]] yesterday and celebrated with a barbecue at his place on [[ADDRESS:2214 W 7th St]], [[LOCATION:Austin]]; his partner [[PERSON:Nadia]] sent the invites from [[EMAIL_ADDRESS:nadia.g.austin@icloud.com]].""",
    """Our records show that the US passport [[US_PASSPORT:548120376]] of [[PERSON:Rebecca Lindström]] must be renewed before her trip to [[LOCATION:Peru]] on [[DATE_TIME:12/09/2025]].""",
    """The teacher, [[PERSON:Mr. Okonkwo]], emailed [[PERSON:Chiamaka]]'s parents at [[EMAIL_ADDRESS:the.nwosus@gmail.com]] about the parent evening on [[DATE_TIME:Thursday 27 March at 6.30pm]].""",
    """Welcome to the Sandbanks Running Club, [[PERSON:Georgia Whitfield]]! Your membership number is [[ID_NUMBER:SRC-0772]], and we'll see you at the Saturday 5K in [[LOCATION:Poole]].""",
    # --- Turkish ---
    """Merhaba, [[DATE_TIME:3 Nisan]] tarihinde verdiğim 7712045 numaralı sipariş hâlâ elime ulaşmadı. Teslimat adresim [[LOCATION:Caferağa Mah.]] [[ADDRESS:Moda Cad. No: 58 D: 4]], [[ZIP_CODE:34710]] [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]]; bana [[PHONE_NUMBER:0532 418 27 63]] numarasından ulaşabilirsiniz. [[PERSON:Elif Karaca]]""",
    """[[DATE_TIME:12.03.2024 saat 02:17]]'de [[USERNAME:mert.aydin]] kullanıcısı [[IP_ADDRESS:85.105.44.219]] adresinden art arda beş kez hatalı şifre girdiği için hesabı kilitlendi. [[PERSON:Mert]] [[TITLE:Bey]] telefonla aradı, kimliğini doğruladık ve şifresini sıfırladık.""",
    """Kargo görevlisi [[PERSON:Serkan]], [[PERSON:Zeynep Arslan]]'ın paketini kapıcıya bıraktı; alıcının notu şöyleydi: "Evde yoksam [[ADDRESS:Lale Apt. No: 12 Daire 3]]'teki kapıcı [[PERSON:Ahmet]] [[TITLE:Efendi]]'ye verin." """,
    """Hastamız [[PERSON:Hüseyin Demirtaş]] ([[AGE:67]]), T.C. kimlik no [[ID_NUMBER:38491027510]], [[DATE_TIME:5 Haziran 2024]] tarihinde kardiyoloji polikliniğine başvurdu; oğlu [[PERSON:Emre Demirtaş]] refakat ediyor ([[PHONE_NUMBER:+90 505 312 88 41]]).""",
    # --- Finnish ---
    """Hei! Tilaukseni 500183746 piti tulla noutopisteeseen [[DATE_TIME:perjantaina 14.6.]], mutta sitä ei ole näkynyt. Osoitteeni on [[ADDRESS:Hämeenkatu 21 B 14]], [[ZIP_CODE:33200]] [[LOCATION:Tampere]], ja puhelinnumeroni on [[PHONE_NUMBER:040 718 2293]]. Terveisin [[PERSON:Jenni Mäkelä]]""",
    """Käyttäjä [[USERNAME:ahonkanen]] ([[PERSON:Antti Honkanen]]) kirjautui [[DATE_TIME:2.10.2024 klo 23.48]] osoitteesta [[IP_ADDRESS:91.152.203.7]] ja poisti kolme asiakasrekisteriä. Lukitsimme tunnuksen ja ilmoitimme asiasta hänen esihenkilölleen [[PERSON:Sari Lehtolle]].""",
    """Potilas [[PERSON:Pekka Virtanen]], henkilötunnus [[ID_NUMBER:081278-433X]], saapui päivystykseen [[DATE_TIME:18.1.2025 kello 21.05]]. Omaisena on ilmoitettu puoliso [[PERSON:Riikka Virtanen]], puh. [[PHONE_NUMBER:+358 50 331 4872]].""",
    """Vuokralainen [[PERSON:Aleksi Nieminen]] muuttaa asunnosta [[ADDRESS:Puistokatu 7 A 3]], [[ZIP_CODE:20100]] [[LOCATION:Turku]] [[DATE_TIME:31.8.]] ja takuuvuokra palautetaan tilille [[IBAN_CODE:FI86 1009 3507 0296 12]].""",
    """[[PERSON:Liisa]] kertoi, että hänen tyttärensä [[PERSON:Aino Korhonen]] täyttää [[AGE:6]] vuotta [[DATE_TIME:toukokuun 9. päivänä]] ja aloittaa esikoulun syksyllä [[LOCATION:Oulussa]].""",
]

BENCH = [
    # --- in the manner of ai4privacy pii-masking-200k/300k/400k ---
    """Dear [[PERSON:Ms. Ilse Waelbroeck]], as Senior Brand Strategist at the [[LOCATION:Antwerp]] hub you are invited to verify account [[ID_NUMBER:73019284]]. Log in as [[USERNAME:iwaelbroeck84]] with the temporary password Tq#8vLz!2p from the registered device (MAC 3c:22:fb:91:0e:47) before the end of the week.""",
    """A payment of 1,204.55 GBP was made by [[PERSON:Kamal Haddad]] with card [[CREDIT_CARD:4917612330984713]] (CVV 482, exp 11/26) from IP [[IP_ADDRESS:31.94.18.203]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36. If this wasn't you, we will call you back on [[PHONE_NUMBER:+44 7723 048119]].""",
    """Hey [[PERSON:Rosalind]], your profile now shows [[ADDRESS:4821 Keeling Crossing, Suite 605]], [[LOCATION:North Tamia]], [[LOCATION:Arkansas]] [[ZIP_CODE:72314-0921]]. Gender: Female. Job area: Identity. Your next counselling session is on [[DATE_TIME:2/17/2025 at 14:30]].""",
    """The International Program Coordinator, [[PERSON:Mr. Desmond Achterberg]], born [[DATE_TIME:September 3rd, 1979]], requested that his salary of €4,880 be wired to [[IBAN_CODE:NL55ABNA0452208817]] (BIC ABNANL2A) instead of his old account [[ID_NUMBER:48301952]].""",
    """Student [[PERSON:Keanu Kealoha]], [[AGE:19]] years old, lives at [[ADDRESS:1650 Kalakaua Ave, Apt 1204]], [[LOCATION:Honolulu]], [[ZIP_CODE:96826]]. His counsellor noted that his IPv6 [[IP_ADDRESS:2607:fb90:ad2c:41e7:9d3:1f0b:77aa:e201]] was used to submit the late assignment on [[DATE_TIME:12/05/2024 23:58]].""",
    """In the upcoming therapy workshop, [[PERSON:Thaddeus]] (he/him, [[AGE:52]]) will share how moving from [[LOCATION:Lake Marcellaburgh]] to [[ADDRESS:75933 Herzog Flats]], [[LOCATION:East Gennaro]] changed his routine. Contact: [[EMAIL_ADDRESS:thaddeus_mayert@hotmail.com]], [[PHONE_NUMBER:1-802-419-6637 x552]].""",
    """Attention [[PERSON:Dr. Philippa Okonedo-Reyes]]: the research grant portal recorded a login from [[IP_ADDRESS:154.118.72.9]] (MAC a4:83:e7:1c:5d:90) for [[USERNAME:p.okonedo]]. Your PIN 4471 and security answer were not changed.""",
    """Customer [[PERSON:Yaw Boateng]] paid the invoice INV-55102 with Discover [[CREDIT_CARD:6011 5402 3897 6210]], issuer: Discover, CVV 019, expiring 02/28. Billing address: [[ADDRESS:9 Liberation Road]], [[LOCATION:Accra]], [[LOCATION:Ghana]].""",
    """[[PERSON:Valentina Castellanos]], our Lead Accounts Architect, will represent the company in [[LOCATION:Bogotá]]. Her travel file: passport [[ID_NUMBER:AT874120]], date of birth [[DATE_TIME:1988-07-21]], emergency contact [[PERSON:Rodrigo Castellanos]] on [[PHONE_NUMBER:+57 310 448 2093]].""",
    """Your car insurance has been renewed for the vehicle with registration [[ID_NUMBER:WP19 KXH]] (VIN 1HGCM82633A004352). The policyholder, [[PERSON:Shauna Delaney]], of [[ADDRESS:14 Brookfield Avenue]], [[LOCATION:Cheltenham]] [[ZIP_CODE:GL51 8HQ]], should check the no-claims discount.""",
    """Hi [[PERSON:Abimbola]], your savings account [[ID_NUMBER:0123849271]] received a transfer of NGN 250,000 from [[PERSON:Oladipo Williams]]. Please verify by replying from [[EMAIL_ADDRESS:abimbola.f@yahoo.co.uk]] or calling from [[PHONE_NUMBER:0809 221 4576]].""",
    """For the hospital's accessibility audit, [[PERSON:Henrik]], [[AGE:61]], male, eye colour blue, height 183 cm, reported difficulty at the entrance on [[ADDRESS:2270 Wisozk Stravenue]]. He asked to be contacted at [[EMAIL_ADDRESS:henrik.aas@online.no]].""",
    """Important: the account of [[USERNAME:Maritza.Kuvalis]] has been accessed from [[IP_ADDRESS:118.46.200.13]] with Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15. We have sent a code to [[PHONE_NUMBER:(684) 391-0275]]; do not share it.""",
    """Please process the refund for [[PERSON:Ms. Ayumi Hoshino]] to her JCB card [[CREDIT_CARD:3569 9901 2784 3356]]. Her booking was cancelled on [[DATE_TIME:10 December]] and she lives at [[ADDRESS:3-14-2 Jingumae]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:150-0001]].""",
    """The Chief Quality Officer [[PERSON:Ingrid Solberg]] approved the reimbursement of 3,420 NOK to [[IBAN_CODE:NO3315032255801]]. Her employee ID is [[ID_NUMBER:E-441902]] and the request came from [[IP_ADDRESS:84.208.11.172]] on [[DATE_TIME:Tuesday, 18 March 2025]].""",
    """Team-building RSVP: [[PERSON:Kai]], [[PERSON:Ramona Schulist]] and [[PERSON:Beau]] confirmed. [[PERSON:Ramona]] asked for vegan food; [[PERSON:Beau]]'s phone [[PHONE_NUMBER:+1-219-884-0732]] will be the contact for the bus leaving from [[ADDRESS:615 Monahan Mall]] at 8 am.""",
    """Patient [[PERSON:Giorgos Papadakis]], [[AGE:73]], was referred by [[PERSON:Dr. Eleni Markou]]. His social insurance number (AMKA) is [[ID_NUMBER:12045102733]] and the payment will be debited from [[IBAN_CODE:GR0601101250000001250071412]].""",
    """We detected an unusual login to [[EMAIL_ADDRESS:jbrathwaite@gmail.com]] from [[LOCATION:Bridgetown]], [[LOCATION:Barbados]] at 03:41 (IP [[IP_ADDRESS:190.213.87.4]]). If this was you, [[PERSON:Jerome]], ignore this message.""",
    """Congratulations, [[PERSON:Anneliese Vogt]]! Your loyalty card [[ID_NUMBER:7781 0092 4418]] has earned 2,400 points. Redeem them at any store or online; your saved delivery address is [[ADDRESS:Schillerstraße 41, 3. OG]], [[ZIP_CODE:60313]] [[LOCATION:Frankfurt am Main]].""",
    """Dear [[PERSON:Mx. Robin Achebe]], your application for the Principal Research Engineer role is on hold until we receive your SSN ([[US_SSN:517-38-2046]]) and a copy of your driver's license [[US_DRIVER_LICENSE:A2048817]].""",
    """Subject: pay slip for [[PERSON:Saoirse Kavanagh]], staff no. [[ID_NUMBER:IE-30917]]. Net 3,118.40 EUR paid to [[IBAN_CODE:IE97AIBK93357218840561]] on [[DATE_TIME:28/02/2025]]. Queries: hr@kavanagh-logistics.ie.""",
    """A new device (MAC 00:1b:63:84:45:e6, IP [[IP_ADDRESS:100.64.12.87]]) was paired to the smart lock at [[ADDRESS:88 Kuhic Knoll, Apt. 902]], [[LOCATION:Port Jaylen]], by user [[USERNAME:lock_admin_zhou]] ([[PERSON:Zhou Xinyi]]).""",
    """[[PERSON:Aditya]], please update the mobile banking app. Your account [[ID_NUMBER:31428860197]] at SBI, IFSC SBIN0001234, is linked to [[PHONE_NUMBER:+91 99004 31278]] and PAN [[ID_NUMBER:BQKPM4821L]].""",
    """Form 7 – Change of circumstances. Name: [[PERSON:Precious Mahlangu]]. ID: [[ID_NUMBER:9302240173089]]. New address: [[ADDRESS:Unit 12, Sunbird Gardens, 45 Rivonia Road]], [[LOCATION:Sandton]], [[ZIP_CODE:2196]]. Date: [[DATE_TIME:2025/01/07]].""",
    """Your Amex [[CREDIT_CARD:3491 027756 30191]] (exp 09/27, CID 7731) has been added to the wallet of [[USERNAME:gregory.okoye]]. The device user agent was Mozilla/5.0 (Linux; Android 14; Pixel 8) and the request came from [[IP_ADDRESS:73.162.44.201]].""",
    """Mentor session log: [[PERSON:Ms. Harriet Quaye]] met [[PERSON:Tobias]] ([[AGE:24]]) and [[PERSON:Lindiwe]] ([[AGE:22]]) on [[DATE_TIME:Thursday 6 February]] to discuss the Dynamic Integration internship at the [[LOCATION:Cape Town]] campus.""",
    """Bitte überweisen Sie den Betrag bis Monatsende. Contact for German-speaking clients: [[PERSON:Jürgen Hoffmann]], [[PHONE_NUMBER:+49 170 4418 226]], [[ADDRESS:Hauptstraße 112]], [[ZIP_CODE:69117]] [[LOCATION:Heidelberg]]; IBAN [[IBAN_CODE:DE84370400440532881046]].""",
    """Your parking permit for [[ID_NUMBER:LX71 DVR]] at [[ADDRESS:Flat 6, 31 Marine Parade]], [[LOCATION:Brighton]] [[ZIP_CODE:BN2 1TL]] expires on [[DATE_TIME:31 July 2025]]. Permit holder: [[PERSON:Callum Fraser-Beaumont]].""",
    """[[PERSON:Sione Tupou]] (born in [[LOCATION:Nuku'alofa]], [[AGE:38]]) is the new Regional Markets Liaison. Send onboarding documents to [[EMAIL_ADDRESS:sione.tupou@pacificfreight.co.nz]] and his desk phone is the switchboard; personal mobile [[PHONE_NUMBER:027 440 1938]].""",
    """Security notice for [[USERNAME:carla_m_1990]]: your password was reset on [[DATE_TIME:19 Jan 2025, 17:05]] from [[IP_ADDRESS:2a02:c7c:9f31:5500:18e4:3b2c:91d0:4a7f]]. Card on file: Mastercard [[CREDIT_CARD:2223 0048 1175 6021]].""",
    """Medical intake: [[PERSON:Farhan Chowdhury]], DOB [[DATE_TIME:14-Aug-1991]], blood type O+, lives at [[ADDRESS:56 Brick Lane, 2nd floor]], [[LOCATION:London]] [[ZIP_CODE:E1 6RF]]. NHS no. [[ID_NUMBER:736 150 2849]]. Next of kin: [[PERSON:Rukhsana Chowdhury]].""",
    """The [[NRP:Sikh]] community centre thanked [[PERSON:Harjit Kaur Dhillon]] for organising the langar; she can be reached at [[EMAIL_ADDRESS:harjitkd@gmail.com]] or at [[ADDRESS:18 Ravensbourne Road]], [[LOCATION:Hounslow]].""",
    """Hello [[PERSON:Ezekiel]], the wire of 18,400.00 USD from account [[ID_NUMBER:66120937]] (routing 021000021) to [[IBAN_CODE:CH9300762011623852957]] was approved on [[DATE_TIME:June 4th 2024, 10:22 AM]] by [[PERSON:Mrs. Dolores Kertzmann]], Dynamic Web Supervisor. Reference: Q3-bonus.""",
    """Our records for [[PERSON:Ngaire Whitcombe]], female, [[AGE:45]], height 5'6", eye colour hazel, list her home as [[ADDRESS:303 Tremaine Avenue]], [[LOCATION:Palmerston North]] [[ZIP_CODE:4414]] and IMEI 35-209900-176148-1 for the telehealth tablet; her next check-in is [[DATE_TIME:18/08/2025]].""",
    """To [[PERSON:Sebastián Ortega-Vidal]] — your ride from [[ADDRESS:2201 Calle Loíza]], [[LOCATION:San Juan]], [[ZIP_CODE:00913]] to the airport was charged to Visa [[CREDIT_CARD:4137 5066 2938 1702]]; driver [[PERSON:Wilfredo]] rated you 5 stars. Receipt sent to [[EMAIL_ADDRESS:sortegavidal@gmail.com]].""",
    """Username [[USERNAME:hkaur_92]] | Password: Kaur@1992! | Security question: mother's maiden name = [[PERSON:Sandhu]] | Recovery phone [[PHONE_NUMBER:+1 604-771-2038]] | Last login [[DATE_TIME:2025-04-27 21:14]] from [[IP_ADDRESS:24.85.162.91]]""",
    # Turkish / Finnish, same manner
    """Sayın [[PERSON:Burak Öztürk]], [[DATE_TIME:14.02.2025]] tarihinde [[CREDIT_CARD:4543 6001 8822 7410]] numaralı kartınızla 3.450,00 TL tutarında bir işlem yapılmıştır. İşlem [[IP_ADDRESS:78.183.92.14]] IP adresinden gerçekleşti; siz yapmadıysanız [[PHONE_NUMBER:0 (532) 774 19 08]] numaralı hattınıza gelen kodu kimseyle paylaşmayın.""",
    """Kıdemli Yazılım Mühendisi [[PERSON:Selin Yıldız]] ([[AGE:31]]), [[LOCATION:Bornova]]/[[LOCATION:İzmir]] ofisine atanmıştır. Maaşı [[IBAN_CODE:TR41 0006 2000 0000 7412 6395 88]] hesabına yatırılacak; T.C. kimlik no: [[ID_NUMBER:17203664830]], kullanıcı adı: [[USERNAME:selin.yildiz]].""",
    """Sayın [[PERSON:Gülşen]] [[TITLE:Hanım]], [[LOCATION:Kavaklıdere Mah.]] [[ADDRESS:Tunalı Hilmi Cad. No: 88/6]], [[ZIP_CODE:06680]] [[LOCATION:Çankaya]]/[[LOCATION:Ankara]] adresine kayıtlı aboneliğiniz [[DATE_TIME:1 Mart 2025]] itibarıyla yenilenmiştir. E-posta: [[EMAIL_ADDRESS:gulsen.aksoy@hotmail.com]].""",
    """Hyvä [[PERSON:Mikko Laine]], tilisi [[IBAN_CODE:FI47 5720 2320 0478 34]] on lukittu, koska siihen kirjauduttiin [[DATE_TIME:3.2.2025 klo 04.12]] IP-osoitteesta [[IP_ADDRESS:62.78.144.201]]. Jos et tunnista tapahtumaa, soitamme sinulle numeroon [[PHONE_NUMBER:+358 44 918 2270]].""",
    """Projektipäällikkö [[PERSON:Hanna Salminen]] ([[AGE:44]]) muuttaa osoitteeseen [[ADDRESS:Aleksanterinkatu 15 C 41]], [[ZIP_CODE:00100]] [[LOCATION:Helsinki]]. Henkilötunnus [[ID_NUMBER:190580-8722]], sähköposti [[EMAIL_ADDRESS:hanna.salminen@kolumbus.fi]], käyttäjätunnus [[USERNAME:hsalmine]].""",
    """Asiakas [[PERSON:Juha-Pekka Rantanen]] maksoi verkkokaupan tilauksen Visa-kortilla [[CREDIT_CARD:4895 3710 0246 6188]] (voimassa 05/27, CVV 604). Toimitusosoite: [[ADDRESS:Kauppakatu 9 as. 3]], [[ZIP_CODE:40100]] [[LOCATION:Jyväskylä]].""",
    # --- in the manner of gretel-pii-masking-en-v1 ---
    """INSURANCE CLAIM FORM — HOMEOWNERS
Claimant: [[PERSON:Darnell Whitaker]]
Policy No.: HO-7734120-B
Property address: [[ADDRESS:1419 Orchard Hill Dr]], [[LOCATION:Fort Wayne]], [[LOCATION:IN]] [[ZIP_CODE:46815]]
Date of loss: [[DATE_TIME:03/22/2025]]
Description: A tree limb fell through the kitchen roof during the storm. Claimant was home with his daughter [[PERSON:Kiara]] ([[AGE:11]]).
Contact phone: [[PHONE_NUMBER:(260) 447-1893]]
Adjuster assigned: Meridian Claims Services""",
    """MUTUAL NON-DISCLOSURE AGREEMENT

This Agreement is entered into on [[DATE_TIME:April 2, 2025]] between Lumen Biotech LLC, a [[LOCATION:Delaware]] company ("Company"), and [[PERSON:Anita Ramaswamy]], an individual residing at [[ADDRESS:88 Crestview Terrace]], [[LOCATION:Edison]], [[LOCATION:New Jersey]] [[ZIP_CODE:08820]] ("Consultant"). Consultant agrees not to disclose Confidential Information for a period of three (3) years.

Signed: [[PERSON:Anita Ramaswamy]]    Date: [[DATE_TIME:04/02/2025]]""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Eleanor Vasquez]]    MRN: [[ID_NUMBER:00482217]]
DOB: [[DATE_TIME:07/14/1946]]    Age: [[AGE:78]]
Admitted: [[DATE_TIME:01/03/2025]]    Discharged: [[DATE_TIME:01/09/2025]]
Attending: [[PERSON:Dr. Samuel Oyelowo]], MD
Diagnosis: community-acquired pneumonia, resolved. Follow up with PCP in 7–10 days. Daughter ([[PERSON:Rosa Vasquez-Lee]], [[PHONE_NUMBER:718-902-3345]]) to assist with medications.""",
    """PERSONAL LOAN APPLICATION
Applicant name: [[PERSON:Mthunzi Dlamini]]
Date of birth: [[DATE_TIME:15 September 1976]]
ID number: [[ID_NUMBER:7609155821086]]
Residential address: [[ADDRESS:27 Acacia Street]], [[LOCATION:Pinetown]], [[ZIP_CODE:3610]]
Employer: Umgeni Water (not verified)
Gross monthly income: R 38,500
Loan amount requested: R 120,000 over 48 months
Bank account for disbursement: [[ID_NUMBER:1048 227 613]]
Applicant signature: ______  Date: [[DATE_TIME:2025-02-11]]""",
    """NOTICE TO QUIT

To: [[PERSON:Bradley Cooper-Nash]] and all other occupants of [[ADDRESS:Flat 2B, 61 Stanley Road]], [[LOCATION:Liverpool]] [[ZIP_CODE:L5 7QF]].

You are required to leave the premises on or before [[DATE_TIME:30 June 2025]] because of rent arrears of £2,840. This notice is given by your landlord, [[PERSON:Mrs. Hazel Ogunleye]], of [[ADDRESS:12 Queens Drive]], [[LOCATION:Liverpool]] [[ZIP_CODE:L15 6XT]].""",
    """EMPLOYMENT VERIFICATION LETTER

To whom it may concern,

This letter confirms that [[PERSON:Jasmine Tran]] has been employed by Coastal Pediatrics Group as a Registered Nurse since [[DATE_TIME:August 15, 2019]]. Her current annual salary is $82,400. For verification, please contact our HR department at (619) 555-0140 or hr@coastalpeds.org.

Employee ID: [[ID_NUMBER:CPG-20731]]""",
    """VEHICLE ACCIDENT REPORT
Driver 1: [[PERSON:Luis Herrera]], DL [[US_DRIVER_LICENSE:40618832]] (TX), plate [[ID_NUMBER:LKP-4417]]
Driver 2: [[PERSON:Kimberly Sato]], DL [[US_DRIVER_LICENSE:27491038]] (TX), plate [[ID_NUMBER:RZV-9021]]
Location: intersection of [[LOCATION:Westheimer Rd]] and [[LOCATION:Fountain View Dr]], [[LOCATION:Houston]]
Date/time: [[DATE_TIME:11/18/2024 17:42]]
Officer's note: Driver 2 stated she had a green light. Witness [[PERSON:Andre Mitchell]] ([[PHONE_NUMBER:832-771-0459]]) corroborates.""",
    """Dear [[PERSON:Mr. Venkatesh]],

We have reviewed your appeal regarding the denied claim for physiotherapy sessions between [[DATE_TIME:12 January]] and [[DATE_TIME:28 February 2025]]. Your member ID [[ID_NUMBER:HLT-88104726]] shows an active plan. The appeal has been approved and reimbursement of ₹24,600 will be credited to account [[ID_NUMBER:0914 1020 0078 315]].

Claims Review Team""",
    """STUDENT ENROLMENT FORM
Student: [[PERSON:Mia Rangi-Thompson]]    Student ID: [[ID_NUMBER:2025-0418]]
Date of birth: [[DATE_TIME:2 March 2011]]    Year level: 9
Parent/guardian: [[PERSON:Aroha Rangi]]    Mobile: [[PHONE_NUMBER:022 317 8842]]
Email: [[EMAIL_ADDRESS:aroha.rangi@xtra.co.nz]]
Home address: [[ADDRESS:17 Kowhai Street]], [[LOCATION:Hamilton]] [[ZIP_CODE:3204]]
Medical: asthma (inhaler kept in bag)""",
    """SETTLEMENT AGREEMENT AND RELEASE

[[PERSON:Gregory Alan Whitmore]] ("Employee"), SSN [[US_SSN:291-44-8103]], and Redstone Manufacturing Inc. agree that Employee's last day of work was [[DATE_TIME:January 31, 2025]]. The Company will pay Employee a lump sum of $45,000 by direct deposit to account ending 7721. Employee releases all claims.

Employee: [[PERSON:Gregory A. Whitmore]]   Date: [[DATE_TIME:2/14/2025]]""",
    """PRESCRIPTION
Patient: [[PERSON:Olumide Fashola]]    DOB: [[DATE_TIME:22/10/1983]]
Address: [[ADDRESS:5 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]
Rx: Metformin 500 mg, one tablet twice daily with meals, 60 tablets
Prescriber: [[PERSON:Dr. Ifeoma Nwankwo]], MDCN reg. [[ID_NUMBER:MDCN/R/48817]]
Date: [[DATE_TIME:17/03/2025]]""",
    """TENANCY APPLICATION — REFERENCE CHECK
Applicant: [[PERSON:Priya Nair]]    Current address: [[ADDRESS:Unit 7, 22 Smith Street]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2150]]
Previous landlord: [[PERSON:Graham Pearce]], [[PHONE_NUMBER:(02) 9635 1182]]
Employer reference: Westmead Hospital (pharmacist, 4 yrs)
Tax file number (for income check, optional): [[ID_NUMBER:873 102 648]]
Comments: always paid on time; moving out on [[DATE_TIME:14 April 2025]].""",
    """WORKERS' COMPENSATION — FIRST REPORT OF INJURY
Employee: [[PERSON:Rafael Domínguez]]    SSN: [[US_SSN:602-19-4478]]
Home: [[ADDRESS:3325 E Van Buren St]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85008]]
Date of injury: [[DATE_TIME:02/27/2025]]    Time: 10:15 AM
Injury: laceration to left hand from a box cutter while unloading a pallet.
Supervisor: [[PERSON:Dana Whitfield]]
Treated at: Banner Urgent Care""",
    """POWER OF ATTORNEY

I, [[PERSON:Winifred Agnes Holloway]], of [[ADDRESS:Holly Lodge, 3 Vicarage Lane]], [[LOCATION:Great Missenden]], [[LOCATION:Buckinghamshire]] [[ZIP_CODE:HP16 0BA]], born [[DATE_TIME:9 November 1938]], appoint my son [[PERSON:Martin Holloway]] of [[ADDRESS:41 Clarendon Road]], [[LOCATION:Watford]] [[ZIP_CODE:WD17 1JA]] to act as my attorney for property and financial affairs.

Signed [[DATE_TIME:3 March 2025]] in the presence of [[PERSON:Gillian Short]], solicitor.""",
    """IMMUNIZATION RECORD
Child: [[PERSON:Noah Abernathy]]    DOB: [[DATE_TIME:May 6, 2021]]
MMR dose 2 given [[DATE_TIME:June 2, 2025]] by [[PERSON:Nurse Carla Jimenez]], RN
Parent: [[PERSON:Lauren Abernathy]], [[PHONE_NUMBER:(503) 918-4406]], [[EMAIL_ADDRESS:lauren.abernathy@comcast.net]]
Clinic: Westside Family Health""",
    """MORTGAGE PRE-APPROVAL

Borrowers: [[PERSON:Daniel Kaplan]] and [[PERSON:Miriam Kaplan]]
Property: [[ADDRESS:742 Hawthorne Lane]], [[LOCATION:Evanston]], [[LOCATION:IL]] [[ZIP_CODE:60201]]
Pre-approved amount: $640,000 at 6.375% fixed, 30 years
Valid until: 90 days from issue
Borrower contact: [[EMAIL_ADDRESS:dkaplan.home@gmail.com]] / [[PHONE_NUMBER:847-328-0912]]
Loan officer: [[PERSON:Teresa Bloom]], NMLS #[[ID_NUMBER:884102]]""",
    """CHANGE OF ADDRESS NOTICE — Revenue Service
Taxpayer: [[PERSON:Ciarán Ó Súilleabháin]]    PPSN: [[ID_NUMBER:4810337WA]]
Old address: [[ADDRESS:8 Fairgreen Terrace]], [[LOCATION:Galway]] [[ZIP_CODE:H91 E2K5]]
New address: [[ADDRESS:Apt 14, Castle Quay, Patrick Street]], [[LOCATION:Cork]] [[ZIP_CODE:T12 YX80]]
Effective: [[DATE_TIME:1 May 2025]]""",
    """HR INCIDENT REPORT
Reported by: [[PERSON:Tanya Brooks]] (Shift Lead)
Persons involved: [[PERSON:Jerome Little]], [[PERSON:Oksana Kovalenko]]
Date: [[DATE_TIME:March 11, 2025, approx. 3:30 PM]]
Summary: Verbal altercation in the loading bay over overtime allocation. [[PERSON:Ms. Kovalenko]] said she felt targeted because she is [[NRP:Ukrainian]]. Both employees sent home; HR to interview on [[DATE_TIME:March 13]].""",
    """CONSENT FORM — CLINICAL STUDY BX-204
Participant: [[PERSON:Mariam Haidari]]    Participant no.: [[ID_NUMBER:204-017]]
Date of birth: [[DATE_TIME:11.06.1990]]
I agree to take part in the study and to the use of my blood samples. I can withdraw at any time.
Participant signature: [[PERSON:M. Haidari]]    Date: [[DATE_TIME:20.01.2025]]
Witness: [[PERSON:Jonas Berg]]""",
    """CREDIT CARD DISPUTE FORM
Cardholder: [[PERSON:Sharon Whitlock]]
Card number: [[CREDIT_CARD:5400 6177 3092 5183]]
Merchant: SkyHigh Air
Transaction date: [[DATE_TIME:12/19/2024]]    Amount: $612.40
Reason: flight cancelled by the airline, refund not received.
Cardholder phone: [[PHONE_NUMBER:(404) 771-2093]]    Email: [[EMAIL_ADDRESS:swhitlock@bellsouth.net]]""",
    """MEMORANDUM
To: All staff
From: [[PERSON:Fionnuala Brennan]], Branch Manager
Re: Retirement of [[PERSON:Paddy Moriarty]]

After 32 years with us, [[PERSON:Paddy]] retires on [[DATE_TIME:Friday 27 June]]. A collection is open at the front desk; cards can be posted to his home at [[ADDRESS:Ardmore, Sneem Road]], [[LOCATION:Kenmare]], [[LOCATION:Co. Kerry]].""",
    """BAIL CONDITIONS
Defendant: [[PERSON:Kareem Johnson]]    DOB: [[DATE_TIME:03/30/1995]]
Case No.: CR-2025-004418
The defendant shall reside at [[ADDRESS:219 Fulton Ave, Apt 3]], [[LOCATION:Hempstead]], [[LOCATION:NY]] [[ZIP_CODE:11550]], surrender passport [[US_PASSPORT:A09418275]], and appear on [[DATE_TIME:May 19, 2025 at 9:30 AM]].""",
    """DENTAL TREATMENT PLAN
Patient: [[PERSON:Chloé Lambert]]    Patient no.: [[ID_NUMBER:DP-33190]]
Address: [[ADDRESS:1455 Rue Sherbrooke Ouest, app. 802]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H3G 1L2]]
Planned: crown on 36, cleaning.
Next visit: [[DATE_TIME:le 14 mai 2025 à 10 h 30]]""",
    """REFERRAL LETTER

Dear [[PERSON:Dr. Kapoor]],

I would be grateful if you could see [[PERSON:Mrs. Lorraine Abbott]] (DOB [[DATE_TIME:23/07/1955]], NHS no. [[ID_NUMBER:401 023 3729]]) of [[ADDRESS:5 Orchard Close]], [[LOCATION:Taunton]] [[ZIP_CODE:TA1 4RX]], who has had worsening right knee pain for the past four months despite physiotherapy. X-ray shows moderate osteoarthritis. She is keen to discuss a replacement.

Yours sincerely,
[[PERSON:Dr. Owen Pritchard]]
GP, Priory Medical Centre""",
    """ACCOUNT STATEMENT — No. 3/2025
Account holder: [[PERSON:Ewa Zielińska]]
IBAN: [[IBAN_CODE:PL35 1020 5561 0000 3502 0197 7521]]
Correspondence address: [[ADDRESS:ul. Marszałkowska 84/92 m. 117]], [[ZIP_CODE:00-514]] [[LOCATION:Warszawa]]
Opening balance: 12 440,18 PLN
Card payments: -1 208,55 PLN
Incoming transfers: +9 870,00 PLN (salary)
Closing balance: 21 101,63 PLN""",
    """SAFEGUARDING CONCERN FORM
Pupil: [[PERSON:Jayden Clarke]]    Year: 8    Age: [[AGE:12]]
Reported by: [[PERSON:Ms. Rebecca Holt]] (form tutor)
Date and time of concern: [[DATE_TIME:Tuesday 4 March 2025, 11:10]]
Details: [[PERSON:Jayden]] said his older cousin [[PERSON:Tyler]] has been asking him to carry parcels to an address on [[LOCATION:Leabrook Road]]. He seemed frightened.
Action: passed to DSL [[PERSON:Mr. Amir Farouk]]; mother ([[PERSON:Kerry-Ann Clarke]], [[PHONE_NUMBER:07542 118 903]]) to be called after school.""",
    """JURY SUMMONS

[[PERSON:Mr. Alistair Cruickshank]]
[[ADDRESS:24 Hillview Crescent]]
[[LOCATION:Aberdeen]]
[[ZIP_CODE:AB15 9HB]]

You are cited to attend for jury service at Aberdeen Sheriff Court, Castle Street, on [[DATE_TIME:Monday 8 September 2025 at 9.30am]]. Your juror number is [[ID_NUMBER:J-448210]]. If you cannot attend, you must write to the Clerk of Court within seven days.""",
    """SİGORTA HASAR BİLDİRİM FORMU
Sigortalı: [[PERSON:Kemal Aydoğan]]
T.C. Kimlik No: [[ID_NUMBER:55930182722]]
Adres: [[LOCATION:Alsancak Mah.]] [[ADDRESS:1476 Sok. No: 9 D: 2]], [[ZIP_CODE:35220]] [[LOCATION:Konak]]/[[LOCATION:İzmir]]
Hasar tarihi: [[DATE_TIME:08.01.2025]]
Plaka: [[ID_NUMBER:35 KA 4417]]
Açıklama: Park halindeki araca arkadan çarpıldı. Tanık: [[PERSON:Deniz Çelik]], [[PHONE_NUMBER:0533 201 66 48]]""",
    """VUOKRASOPIMUS
Vuokranantaja: [[PERSON:Marja-Leena Heikkinen]]
Vuokralainen: [[PERSON:Tuomas Koskinen]], henkilötunnus [[ID_NUMBER:050695-181D]]
Huoneisto: [[ADDRESS:Rautatienkatu 18 A 7]], [[ZIP_CODE:15110]] [[LOCATION:Lahti]]
Vuokrasuhde alkaa [[DATE_TIME:1.9.2025]]. Vuokra 780 € kuukaudessa, maksetaan tilille [[IBAN_CODE:FI57 8146 8710 2235 96]].
Allekirjoitukset [[LOCATION:Lahdessa]] [[DATE_TIME:15.8.2025]]""",
    # --- in the manner of Nemotron-PII ---
    """{"customer": {"id": "[[ID_NUMBER:CUST-0091824]]", "first_name": "[[PERSON:Imani]]", "last_name": "[[PERSON:Okoro]]", "email": "[[EMAIL_ADDRESS:imani.okoro@gmail.com]]", "phone": "[[PHONE_NUMBER:+1-470-338-2914]]", "dob": "[[DATE_TIME:1992-11-08]]", "address": {"street": "[[ADDRESS:5120 Peachtree Industrial Blvd]]", "city": "[[LOCATION:Norcross]]", "state": "[[LOCATION:GA]]", "zip": "[[ZIP_CODE:30071]]"}, "tier": "gold", "marketing_opt_in": false}}""",
    """[[DATE_TIME:2025-03-14T09:12:44.218Z]] INFO  auth-svc  login_success user=[[USERNAME:fgarcia]] email=[[EMAIL_ADDRESS:fernando.garcia@aldaba.es]] src_ip=[[IP_ADDRESS:88.12.201.45]] ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)" session=9f2c1e7a-44b0-4d1e-b6a2-0c9d1f3e8a21
[[DATE_TIME:2025-03-14T09:13:02.551Z]] WARN  billing   card_update user=[[USERNAME:fgarcia]] last4=7291 result=declined reason=cvv_mismatch""",
    """INSERT INTO patients (patient_id, full_name, dob, ssn, phone, street, city, state, zip) VALUES
('[[ID_NUMBER:P-118204]]', '[[PERSON:Marcus T. Bellamy]]', '[[DATE_TIME:1967-04-23]]', '[[US_SSN:384-21-7750]]', '[[PHONE_NUMBER:(216) 402-8817]]', '[[ADDRESS:1877 Euclid Heights Blvd]]', '[[LOCATION:Cleveland Heights]]', '[[LOCATION:OH]]', '[[ZIP_CODE:44106]]');""",
    """<employee>
  <employeeId>[[ID_NUMBER:EMP-77120]]</employeeId>
  <name>[[PERSON:Suda Chaiyaporn]]</name>
  <jobTitle>Data Engineer</jobTitle>
  <email>[[EMAIL_ADDRESS:suda.c@siamlogistics.co.th]]</email>
  <mobile>[[PHONE_NUMBER:+66 81 442 9071]]</mobile>
  <hireDate>[[DATE_TIME:2023-06-01]]</hireDate>
  <nationality>[[NRP:Thai]]</nationality>
  <bank iban="[[IBAN_CODE:GB11HBUK40127761093348]]" bic="HBUKGB4B"/>
</employee>""",
    """# deploy/config/users.yaml  (do not commit real data!)
admins:
  - name: [[PERSON:Hamza Siddiqui]]
    email: [[EMAIL_ADDRESS:hamza.siddiqui@finlyte.io]]
    ssh_key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG7d4k2x9QpL0mZr8vW3yT1uB5nE6cF0aJhK2sD4fG7H
    allowed_ip: [[IP_ADDRESS:81.2.69.160]]
  - name: [[PERSON:Olivia Chen]]
    email: [[EMAIL_ADDRESS:olivia.chen@finlyte.io]]
    allowed_ip: [[IP_ADDRESS:2a00:23c5:e41b:6201::4f]]
db_password: "Sup3r-S3cret-2025" """,
    """Ticket #INC-204417 | Priority: High | Opened: [[DATE_TIME:2025-02-03 08:14]]
Reporter: [[PERSON:Beatriz Fonseca]] <[[EMAIL_ADDRESS:beatriz.fonseca@gmail.com]]>
Phone: [[PHONE_NUMBER:+351 912 448 307]]
Summary: Charged for a subscription I cancelled.
Details: I cancelled on [[DATE_TIME:12 January]] but was charged €14.99 on my card [[CREDIT_CARD:4716 9823 0055 8133]] again. Please refund to [[IBAN_CODE:PT50003506510000441782002]] instead.
Assignee: tier2-billing""",
    """def test_create_user():
    payload = {
        "username": "[[USERNAME:aigerim_n]]",
        "full_name": "[[PERSON:Aigerim Nurlanovna]]",
        "email": "[[EMAIL_ADDRESS:aigerim.n@mail.kz]]",
        "phone": "[[PHONE_NUMBER:+7 701 448 2290]]",
        "birthdate": "[[DATE_TIME:1998-02-17]]",
    }
    resp = client.post("/api/v2/users", json=payload)
    assert resp.status_code == 201""",
    """[[DATE_TIME:Feb 21 14:02:17]] mail01 postfix/smtpd[22871]: NOQUEUE: reject: RCPT from unknown[[[IP_ADDRESS:45.133.1.92]]]: 554 5.7.1 <[[EMAIL_ADDRESS:r.mbeki@capetown-law.co.za]]>: Relay access denied; from=<[[EMAIL_ADDRESS:invoice@billing-secure.top]]> to=<[[EMAIL_ADDRESS:r.mbeki@capetown-law.co.za]]>""",
    """customer_id,first_name,last_name,email,card_number,exp,cvv,billing_zip
[[ID_NUMBER:48810]],[[PERSON:Hye-jin]],[[PERSON:Choi]],[[EMAIL_ADDRESS:hyejin.choi@naver.com]],[[CREDIT_CARD:5520338711042972]],07/27,318,[[ZIP_CODE:98052]]""",
    """<?xml version="1.0"?>
<Claim id="CLM-55102">
  <Insured>
    <Name>[[PERSON:Bartholomew Nkemelu]]</Name>
    <DOB>[[DATE_TIME:1959-12-02]]</DOB>
    <MemberNumber>[[ID_NUMBER:UHC-440918273]]</MemberNumber>
    <Address>[[ADDRESS:410 Riverside Dr, Apt 9C]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10025]]</Address>
  </Insured>
  <Provider npi="1730495822">Columbia Cardiology Associates</Provider>
  <ServiceDate>[[DATE_TIME:2025-01-15]]</ServiceDate>
</Claim>""",
    """[[[DATE_TIME:2025-04-02 16:45:09]]] ERROR payments.refund: refund failed for order 99120341 — account holder [[PERSON:Kateryna Bondarenko]] ([[EMAIL_ADDRESS:k.bondarenko@ukr.net]]), iban=[[IBAN_CODE:DE70500105175407719932]], reason=ACCOUNT_CLOSED, client_ip=[[IP_ADDRESS:37.73.194.22]]""",
    """SELECT u.user_id, u.email, u.signup_ip FROM users u WHERE u.email = '[[EMAIL_ADDRESS:tom.hargreaves@btinternet.com]]';
-- result: 441029 | [[EMAIL_ADDRESS:tom.hargreaves@btinternet.com]] | [[IP_ADDRESS:86.171.33.204]]
-- support ticket from [[PERSON:Tom Hargreaves]] says he never signed up; check if the IP is his ISP (BT).""",
    """Support form submission
------------------------
Name: [[PERSON:Nomvula Khumalo]]
Email: [[EMAIL_ADDRESS:nomvula.k@webmail.co.za]]
Phone: [[PHONE_NUMBER:082 441 7309]]
Account number: [[ID_NUMBER:62840019375]]
Message: hi, my debit order bounced on [[DATE_TIME:25 March]] even though my salary was paid in. please call me after 5.""",
    """const testUser = {
  id: "usr_8Hq2LmX0",
  displayName: "[[PERSON:Rhiannon Pryce]]",
  handle: "@[[USERNAME:rhiannonpryce]]",
  email: "[[EMAIL_ADDRESS:rhiannon.pryce@gmail.com]]",
  location: "[[LOCATION:Cardiff]], [[LOCATION:Wales]]",
  avatarUrl: "https://cdn.example-social.com/avatars/usr_8Hq2LmX0.png",
  profileUrl: "[[URL:https://social.example.com/@rhiannonpryce]]",
  apiToken: "sk_live_51Hx9aQ2eZvKYlo2C8Jx3pT4",
};""",
    """{"event":"kyc_submitted","ts":"[[DATE_TIME:2025-05-06T11:20:33Z]]","applicant":{"name":"[[PERSON:Olamide Adeyemi]]","nin":"[[ID_NUMBER:48120937715]]","bvn":"[[ID_NUMBER:22609184457]]","dob":"[[DATE_TIME:1994-08-30]]","phone":"[[PHONE_NUMBER:+2348124409917]]","address":"[[ADDRESS:12B Admiralty Road]], [[LOCATION:Lekki]], [[LOCATION:Lagos]]"},"device":{"ip":"[[IP_ADDRESS:102.89.44.130]]","mac":"f4:5c:89:a1:03:7e"}}""",
    """Jira SEC-882: Leaked CSV in public bucket
Found rows like:
  [[PERSON:Patrick Nolan]];[[EMAIL_ADDRESS:pnolan@eircom.net]];[[PHONE_NUMBER:087 231 4456]];[[DATE_TIME:1981-05-12]]
  [[PERSON:Aoife Byrne]];[[EMAIL_ADDRESS:aoife.byrne22@gmail.com]];[[PHONE_NUMBER:085 719 0042]];[[DATE_TIME:1999-09-03]]
Bucket made private at 14:20; reporter [[PERSON:Siddharth Rao]] credited.""",
    """[Unit]
Description=Nightly export for HR
[Service]
Environment=REPORT_RECIPIENT=[[EMAIL_ADDRESS:margaret.obi@hollandpark-trust.org.uk]]
Environment=SFTP_USER=[[USERNAME:mobi_hr]]
Environment=SFTP_HOST=sftp.hollandpark-trust.org.uk
ExecStart=/opt/export/run.sh --since 24h""",
    """form_data = {
  "applicant_name": "[[PERSON:Rosa María Quispe]]",
  "dni": "[[ID_NUMBER:45871203]]",
  "fecha_nacimiento": "[[DATE_TIME:12/06/1989]]",
  "direccion": "[[ADDRESS:Av. Arequipa 2450, Dpto. 301]]",
  "distrito": "[[LOCATION:Lince]]",
  "ciudad": "[[LOCATION:Lima]]",
  "telefono": "[[PHONE_NUMBER:+51 987 441 203]]",
}""",
    """[[IP_ADDRESS:10.0.4.12]] - [[USERNAME:wmensah]] [[[DATE_TIME:09/Apr/2025:18:22:41 +0000]]] "GET /hr/payslips/2025-03.pdf HTTP/1.1" 200 48211 "-" "Mozilla/5.0 (X11; Linux x86_64)" client=[[IP_ADDRESS:41.215.160.33]]""",
    """{"order_id": "ORD-2025-118204", "status": "delivered", "delivered_at": "[[DATE_TIME:2025-03-02T15:47:00+01:00]]", "recipient": {"name": "[[PERSON:Henrike Baumann]]", "phone": "[[PHONE_NUMBER:+49 151 2204 8817]]", "address": "[[ADDRESS:Lindenstraße 8]], [[ZIP_CODE:50674]] [[LOCATION:Köln]]"}, "signed_by": "[[PERSON:H. Baumann]]", "courier_note": "left with neighbour, [[TITLE:Fr.]] [[PERSON:Yilmaz]], 2nd floor"}""",
    """-- migration 0042: backfill support contacts
UPDATE contacts SET phone = '[[PHONE_NUMBER:+61 2 9374 1180]]', email = '[[EMAIL_ADDRESS:lachlan.byrne@bigpond.com]]' WHERE contact_id = 3391; -- [[PERSON:Lachlan Byrne]], moved to [[LOCATION:Newcastle]] on [[DATE_TIME:2024-12-01]]""",
    """Patient portal message (thread #PM-88120)
From: [[PERSON:Gabriela Souza]] (MRN [[ID_NUMBER:7719304]])
To: Care team, [[PERSON:Dr. Iyer]]'s clinic
Sent: [[DATE_TIME:Mon 10 Mar 2025 07:58]]
"Hi, my blood pressure readings this week were 150/95 in the mornings. I'm still taking lisinopril 10 mg. Can I get an earlier appointment than [[DATE_TIME:March 28]]? My number is [[PHONE_NUMBER:(617) 442-9308]]." """,
    """logger.info("password reset", extra={"email": "[[EMAIL_ADDRESS:kenji.watanabe@docomo.ne.jp]]", "ip": "[[IP_ADDRESS:126.77.204.15]]", "requested_at": "[[DATE_TIME:2025-05-30T06:41:12+09:00]]", "locale": "ja-JP"})""",
    r"""MSH|^~\&|EPIC|STJOSEPH|LABCORP|LC|202503041215||ORU^R01|MSG00441|P|2.5.1
PID|1||[[ID_NUMBER:448120]]^^^STJ^MR||[[PERSON:OKAFOR^CHIDI^A]]||[[DATE_TIME:19760514]]|M|||[[ADDRESS:1220 ELM ST]]^^[[LOCATION:DAYTON]]^[[LOCATION:OH]]^[[ZIP_CODE:45402]]||[[PHONE_NUMBER:(937)418-2260]]
OBX|1|NM|2345-7^GLUCOSE^LN||112|mg/dL|70-99|H|||F""",
    """# .env.local on [[PERSON:Rahul]]'s laptop — never commit
SMTP_USER=[[EMAIL_ADDRESS:rahul.verma.dev@gmail.com]]
SMTP_PASS=qwerty!234
ADMIN_PHONE=[[PHONE_NUMBER:+91 98201 44730]]
TEST_CARD=[[CREDIT_CARD:4388 5700 2913 5643]]
SENTRY_DSN=https://4f1c2a9e7b@o44120.ingest.sentry.io/55102""",
    """### Bug: contact export leaks personal data
**Reporter:** @[[USERNAME:lwinter]]
**Steps:** Settings → Export contacts → CSV
**Actual:** the file contains rows such as `[[PERSON:Lena Winter]],[[EMAIL_ADDRESS:lena.winter@posteo.de]],[[PHONE_NUMBER:+49 176 3309 1842]]` even for contacts marked private.
**Expected:** private fields are dropped.
**Version:** 4.12.0""",
    """{"data": {"users": [{"id": "u_1001", "name": "[[PERSON:Chayton Redcloud]]", "email": "[[EMAIL_ADDRESS:chayton.r@gmail.com]]", "lastLoginIp": "[[IP_ADDRESS:66.249.70.18]]", "lastLogin": "[[DATE_TIME:2025-06-01T22:10:45Z]]"}, {"id": "u_1002", "name": "[[PERSON:Marguerite Dubois]]", "email": "[[EMAIL_ADDRESS:mdubois@orange.fr]]", "lastLoginIp": "[[IP_ADDRESS:90.112.48.7]]", "lastLogin": "[[DATE_TIME:2025-05-28T08:03:19Z]]"}]}}""",
    """{"kayit_no": 44120, "ad_soyad": "[[PERSON:Cansu Erdem]]", "tckn": "[[ID_NUMBER:10482773620]]", "dogum_tarihi": "[[DATE_TIME:1990-04-17]]", "telefon": "[[PHONE_NUMBER:+90 542 771 03 19]]", "eposta": "[[EMAIL_ADDRESS:cansu.erdem@gmail.com]]", "adres": {"mahalle": "[[LOCATION:Osmangazi Mah.]]", "sokak": "[[ADDRESS:Gül Sk. No: 7/2]]", "ilce": "[[LOCATION:Nilüfer]]", "il": "[[LOCATION:Bursa]]", "posta_kodu": "[[ZIP_CODE:16140]]"}}""",
    """[[DATE_TIME:2025-06-02 08:31:55,412]] WARNING kirjautuminen: epäonnistunut yritys käyttäjälle [[USERNAME:tvirtanen]] ([[EMAIL_ADDRESS:tiina.virtanen@elisanet.fi]]) osoitteesta [[IP_ADDRESS:188.238.17.90]] — tili lukittu 15 minuutiksi""",
]

TABLE = [
    """order_id,customer,email,ship_to,postcode,total_gbp
100482,[[PERSON:Hollie Strickland]],[[EMAIL_ADDRESS:hollie.s@gmail.com]],"[[ADDRESS:7 Ferndale Road]], [[LOCATION:Bristol]]",[[ZIP_CODE:BS7 9JB]],42.99
100483,[[PERSON:Adeel Hussain]],[[EMAIL_ADDRESS:adeel.hussain@outlook.com]],"[[ADDRESS:Flat 4, 90 Wilmslow Road]], [[LOCATION:Manchester]]",[[ZIP_CODE:M14 5AL]],118.00
100484,[[PERSON:Bethany Roe]],[[EMAIL_ADDRESS:beth.roe1990@yahoo.co.uk]],"[[ADDRESS:31 Harbour Street]], [[LOCATION:Whitstable]]",[[ZIP_CODE:CT5 1AQ]],7.50""",
    """| Stop | Recipient | Address | Phone | Window |
|------|-----------|---------|-------|--------|
| 1 | [[PERSON:Goran Petrović]] | [[ADDRESS:14 Dundas St W, Unit 802]] | [[PHONE_NUMBER:416-902-3381]] | 09:00–11:00 |
| 2 | [[PERSON:Yolanda Pierre-Louis]] | [[ADDRESS:220 Spadina Ave]] | [[PHONE_NUMBER:(647) 330-1178]] | 11:00–13:00 |
| 3 | [[PERSON:Ming Zhao]] | [[ADDRESS:5 St Joseph St, Apt 1910]] | [[PHONE_NUMBER:+1 437 288 4401]] | 13:00–15:00 |""",
    """emp_no\tname\tdept\tstart_date\tsalary_usd
[[ID_NUMBER:40211]]\t[[PERSON:Kendra Oyelaran]]\tFinance\t[[DATE_TIME:2019-03-18]]\t91,500
[[ID_NUMBER:40388]]\t[[PERSON:Miguel Ángel Torres]]\tLogistics\t[[DATE_TIME:2021-11-01]]\t64,200
[[ID_NUMBER:40402]]\t[[PERSON:Svetlana Ivanova]]\tIT\t[[DATE_TIME:2022-01-10]]\t103,000
[[ID_NUMBER:40417]]\t[[PERSON:Dwayne Hutchins]]\tFacilities\t[[DATE_TIME:2023-07-24]]\t48,750""",
    """{"ts": "[[DATE_TIME:2025-04-11T07:02:19Z]]", "event": "login", "user": "[[USERNAME:akapoor]]", "ip": "[[IP_ADDRESS:103.21.244.18]]", "mfa": true}
{"ts": "[[DATE_TIME:2025-04-11T07:05:48Z]]", "event": "login_failed", "user": "[[USERNAME:s.mwangi]]", "ip": "[[IP_ADDRESS:197.232.61.9]]", "mfa": false}
{"ts": "[[DATE_TIME:2025-04-11T07:06:02Z]]", "event": "password_reset", "user": "[[USERNAME:s.mwangi]]", "ip": "[[IP_ADDRESS:197.232.61.9]]", "mfa": false}""",
    """patients:
  - name: [[PERSON:Doris Appleton]]
    dob: [[DATE_TIME:1942-02-11]]
    ward: C4
    nhs_number: "[[ID_NUMBER:612 934 0877]]"
    next_of_kin: [[PERSON:Graham Appleton]] ([[PHONE_NUMBER:07788 214 530]])
  - name: [[PERSON:Kwabena Owusu]]
    dob: [[DATE_TIME:1968-10-29]]
    ward: C6
    nhs_number: "[[ID_NUMBER:450 118 8626]]"
    next_of_kin: [[PERSON:Efua Owusu]] ([[PHONE_NUMBER:07960 447 112]])""",
    """Full name: [[PERSON:Leilani Kahananui]]
Date of birth: [[DATE_TIME:21 Oct 1993]]
Sex: F
Home address: [[ADDRESS:94-1044 Waipahu St]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]]
Mobile: [[PHONE_NUMBER:808-371-5526]]
Email: [[EMAIL_ADDRESS:leilani.k@hawaiiantel.net]]
Preferred contact time: evenings
Membership tier: Silver""",
    """EMPLOYEE            IBAN                             NET PAY   PERIOD
[[PERSON:Jonas Wirth]]         [[IBAN_CODE:DE26100701240187342211]]           2,914.22  03/2025
[[PERSON:Aylin Kaya]]          [[IBAN_CODE:AT791200052064118833]]             3,408.90  03/2025
[[PERSON:Pieter de Groot]]     [[IBAN_CODE:NL79RABO0347721905]]               2,655.10  03/2025""",
    """student_id,first,last,dob,guardian,guardian_phone,year
[[ID_NUMBER:S20418]],[[PERSON:Amelia]],[[PERSON:Nakamura]],[[DATE_TIME:14/05/2013]],[[PERSON:Kenji Nakamura]],[[PHONE_NUMBER:0421 339 802]],6
[[ID_NUMBER:S20419]],[[PERSON:Oscar]],[[PERSON:Fitzgerald]],[[DATE_TIME:02/11/2012]],[[PERSON:Claire Fitzgerald]],[[PHONE_NUMBER:0408 716 254]],7
[[ID_NUMBER:S20420]],[[PERSON:Zara]],[[PERSON:Haddad]],[[DATE_TIME:29/08/2013]],[[PERSON:Rami Haddad]],[[PHONE_NUMBER:0433 602 915]],6""",
    """| cardholder | card | exp | billing_city | status |
|---|---|---|---|---|
| [[PERSON:Veronica Aldana]] | [[CREDIT_CARD:4546 1788 0246 1357]] | 04/27 | [[LOCATION:El Paso]] | active |
| [[PERSON:Theodore Grant]] | **** **** **** 8812 | 10/26 | [[LOCATION:Tulsa]] | blocked |
| [[PERSON:Nia Robinson]] | [[CREDIT_CARD:5309 2166 0048 8919]] | 01/29 | [[LOCATION:Baltimore]] | active |""",
    """| Attendee | Nationality | Country of residence | Dietary | Badge |
|---|---|---|---|---|
| [[PERSON:Dr. Samira Benali]] | [[NRP:Moroccan]] | [[LOCATION:France]] | halal | Speaker |
| [[PERSON:Lars Eriksen]] | [[NRP:Danish]] | [[LOCATION:Denmark]] | none | Delegate |
| [[PERSON:Aiko Matsumoto]] | [[NRP:Japanese]] | [[LOCATION:Singapore]] | vegetarian | Delegate |
| [[PERSON:Prof. Emmanuel Asare]] | [[NRP:Ghanaian]] | [[LOCATION:United Kingdom]] | none | Speaker |""",
    """unit,tenant,phone,lease_start,rent
"[[ADDRESS:Apt 2A]]",[[PERSON:Marcus Bell]],[[PHONE_NUMBER:(313) 442-9081]],[[DATE_TIME:2024-09-01]],1450
"[[ADDRESS:Apt 3C]]",[[PERSON:Fiona Gallagher-Ruiz]],[[PHONE_NUMBER:(313) 508-2274]],[[DATE_TIME:2025-01-15]],1600
"[[ADDRESS:Apt 4B]]",[[PERSON:Chen Hao]],[[PHONE_NUMBER:(248) 917-3306]],[[DATE_TIME:2023-06-01]],1375""",
    """Name\tAge\tVaccine\tDose\tAppointment
[[PERSON:Harold Pemberton]]\t[[AGE:82]]\tCOVID-19 autumn booster\t1\t[[DATE_TIME:Tue 14 Oct 09:20]]
[[PERSON:Gladys Okonkwo]]\t[[AGE:77]]\tFlu (aTIV)\t1\t[[DATE_TIME:Tue 14 Oct 09:30]]
[[PERSON:Ranjit Gill]]\t[[AGE:69]]\tShingles (RZV)\t2\t[[DATE_TIME:Tue 14 Oct 09:40]]""",
    """{"rma": "RMA-33018", "customer": "[[PERSON:Paulina Wróbel]]", "email": "[[EMAIL_ADDRESS:paulina.wrobel@wp.pl]]", "item": "SKU-TX4471-BLK", "reason": "wrong size", "refund_to": "[[IBAN_CODE:PL35102055610000350201977521]]"}
{"rma": "RMA-33019", "customer": "[[PERSON:Gustavo Lima]]", "email": "[[EMAIL_ADDRESS:gustavo.lima@uol.com.br]]", "item": "SKU-HD2290-WHT", "reason": "damaged in transit", "refund_to": "card"}
{"rma": "RMA-33020", "customer": "[[PERSON:Esther Adeyemi]]", "email": "[[EMAIL_ADDRESS:esther.adeyemi@gmail.com]]", "item": "SKU-KT0081-RED", "reason": "changed mind", "refund_to": "store credit"}""",
    """NAME                    MOBILE              EXT    TEAM
[[PERSON:Bridget O'Loughlin]]      [[PHONE_NUMBER:+353 86 204 7719]]    4410   Claims
[[PERSON:Tadhg Murphy]]            [[PHONE_NUMBER:+353 87 993 1026]]    4411   Claims
[[PERSON:Roisin Doherty]]          [[PHONE_NUMBER:+353 83 417 6650]]    4415   Underwriting""",
    """oncall:
  primary:
    name: [[PERSON:Ebony Marsh]]
    slack: "@[[USERNAME:ebony.marsh]]"
    phone: "[[PHONE_NUMBER:+1 206 330 8172]]"
  secondary:
    name: [[PERSON:Rohan Kulkarni]]
    slack: "@[[USERNAME:rkulkarni]]"
    phone: "[[PHONE_NUMBER:+1 425 781 0046]]"
  escalation: sre-leads@streamhub.io""",
    """donor_id,title,name,address,postcode,gift_aid,amount
[[ID_NUMBER:D-7712]],[[TITLE:Mr]],[[PERSON:Trevor Bagshaw]],"[[ADDRESS:3 Moorland View]], [[LOCATION:Skipton]]",[[ZIP_CODE:BD23 1NR]],Y,50.00
[[ID_NUMBER:D-7713]],[[TITLE:Dr]],[[PERSON:Nkechi Obi]],"[[ADDRESS:17 Priory Gardens]], [[LOCATION:Bedford]]",[[ZIP_CODE:MK41 7JG]],Y,250.00
[[ID_NUMBER:D-7714]],[[TITLE:Ms]],[[PERSON:Harriet Lyle]],"[[ADDRESS:The Old Forge, Main Street]], [[LOCATION:Tideswell]]",[[ZIP_CODE:SK17 8LA]],N,20.00""",
    """| Member # | Name | Age | Plan | Joined |
|:--|:--|--:|:--|:--|
| [[ID_NUMBER:GYM-10447]] | [[PERSON:Tariq Mahmood]] | [[AGE:33]] | Off-peak | [[DATE_TIME:12 Jan 2024]] |
| [[ID_NUMBER:GYM-10448]] | [[PERSON:Lucy Pemberton-Hall]] | [[AGE:27]] | Full | [[DATE_TIME:15 Jan 2024]] |
| [[ID_NUMBER:GYM-10452]] | [[PERSON:Joseph Agyeman]] | [[AGE:51]] | Senior | [[DATE_TIME:2 Feb 2024]] |""",
    """employee,ssn,state,wages_2024,w2_mailed
[[PERSON:Cheyenne Brooks]],[[US_SSN:531-72-0489]],[[LOCATION:WA]],58210.44,yes
[[PERSON:Luis Alberto Ramos]],[[US_SSN:449-18-3027]],[[LOCATION:TX]],41877.10,yes
[[PERSON:Dominic Russo]],[[US_SSN:072-55-9146]],[[LOCATION:NY]],77304.92,no""",
    """PASSENGER
Surname: [[PERSON:ADEBAYO]]
Given names: [[PERSON:OLUWAKEMI GRACE]]
Nationality: [[NRP:NIGERIAN]]
Passport no.: [[ID_NUMBER:A09182736]]
Date of birth: [[DATE_TIME:07 JUL 1985]]
Seat: 34K
Booking ref: QX7P2L
Frequent flyer: [[ID_NUMBER:BA 44918207]]""",
    """| Customer | Aadhaar | PAN | Mobile | City |
|---|---|---|---|---|
| [[PERSON:Kavya Reddy]] | [[ID_NUMBER:7361 0582 9410]] | [[ID_NUMBER:CRWPR7714K]] | [[PHONE_NUMBER:+91 90088 41273]] | [[LOCATION:Hyderabad]] |
| [[PERSON:Sandeep Bhattacharya]] | [[ID_NUMBER:2918 4407 3650]] | [[ID_NUMBER:AGHPB2208M]] | [[PHONE_NUMBER:98311 20457]] | [[LOCATION:Kolkata]] |""",
    """username,email,role,last_login,mfa_enabled
[[USERNAME:tobrien]],[[EMAIL_ADDRESS:tara.obrien@quayside.dev]],admin,[[DATE_TIME:2025-05-20 08:41]],true
[[USERNAME:nadia.k]],[[EMAIL_ADDRESS:nadia.khalil@quayside.dev]],developer,[[DATE_TIME:2025-05-19 17:02]],true
ci-bot,devops@quayside.dev,service,2025-05-20 09:00,false
[[USERNAME:pvoss]],[[EMAIL_ADDRESS:peter.voss@quayside.dev]],developer,[[DATE_TIME:2025-03-02 11:15]],false""",
    """timestamp\tuser\tsrc_ip\tcountry\tresult
[[DATE_TIME:2025-02-14 03:11:09]]\t[[USERNAME:jlaurent]]\t[[IP_ADDRESS:41.92.17.208]]\t[[LOCATION:MA]]\tFAIL
[[DATE_TIME:2025-02-14 03:11:14]]\t[[USERNAME:jlaurent]]\t[[IP_ADDRESS:41.92.17.208]]\t[[LOCATION:MA]]\tFAIL
[[DATE_TIME:2025-02-14 08:30:51]]\t[[USERNAME:jlaurent]]\t[[IP_ADDRESS:82.64.101.33]]\t[[LOCATION:FR]]\tOK""",
    """{"loyalty_id": "[[ID_NUMBER:LY-88120447]]", "name": "[[PERSON:Camille Rousseau]]", "phone": "[[PHONE_NUMBER:+33 6 12 48 90 37]]", "points": 1840, "favourite_store": "store 114"}
{"loyalty_id": "[[ID_NUMBER:LY-88120452]]", "name": "[[PERSON:Mehdi Benali]]", "phone": "[[PHONE_NUMBER:+33 7 81 22 04 19]]", "points": 320, "favourite_store": "online"}""",
    """TRACKING            RECIPIENT              POSTCODE   STATUS
JD014600003318420   [[PERSON:Alun Griffiths]]         [[ZIP_CODE:SA1 5DP]]    delivered
JD014600003318437   [[PERSON:Megan Price]]            [[ZIP_CODE:CF24 3AA]]   out for delivery
JD014600003318444   [[PERSON:Dafydd ap Rhys]]         [[ZIP_CODE:LL55 4UR]]   held at depot""",
    """| Employee | ID number | Branch | Cell |
|---|---|---|---|
| [[PERSON:Sipho Mthembu]] | [[ID_NUMBER:8503215433082]] | [[LOCATION:Durban]] | [[PHONE_NUMBER:071 338 2094]] |
| [[PERSON:Lerato Molefe]] | [[ID_NUMBER:0107070938181]] | [[LOCATION:Pretoria]] | [[PHONE_NUMBER:083 902 1147]] |""",
    """account_name,bvn,account_no,bank,phone
[[PERSON:Chukwuemeka Eze]],[[ID_NUMBER:22310948817]],[[ID_NUMBER:0712284519]],Access,[[PHONE_NUMBER:08034412290]]
[[PERSON:Halima Bello]],[[ID_NUMBER:22471093364]],[[ID_NUMBER:2034419087]],First Bank,[[PHONE_NUMBER:08127790335]]
[[PERSON:Adaeze Nnamdi]],[[ID_NUMBER:22158830412]],[[ID_NUMBER:0019837742]],GTBank,[[PHONE_NUMBER:07069914402]]""",
    """guests:
  - name: Aunty [[PERSON:Folake]]
    table: 3
    diet: no pork
  - name: [[PERSON:Benedict Osei]]
    plus_one: [[PERSON:Maria Osei]]
    table: 5
    diet: vegetarian
  - name: [[PERSON:Kirsty McLaren]]
    table: 5
    phone: "[[PHONE_NUMBER:07713 550 281]]"
    diet: none""",
    """plate,make,owner,owner_address,registered
[[ID_NUMBER:BX22 MKT]],Ford Fiesta,[[PERSON:Janice Whitworth]],"[[ADDRESS:44 Elm Grove]], [[LOCATION:Southsea]] [[ZIP_CODE:PO5 1JF]]",[[DATE_TIME:2022-03-01]]
[[ID_NUMBER:YK68 LPA]],Toyota Yaris,[[PERSON:Imran Qadir]],"[[ADDRESS:9 Spencer Place]], [[LOCATION:Leeds]] [[ZIP_CODE:LS7 4DQ]]",[[DATE_TIME:2018-09-14]]""",
    """Tenant: [[PERSON:Lim Wei Jie]]
NRIC: [[ID_NUMBER:T0251837B]]
Unit: [[ADDRESS:Blk 412 Ang Mo Kio Ave 10, #08-1127]]
Postal code: [[ZIP_CODE:560412]]
Contact: [[PHONE_NUMBER:8244 1906]]
Co-tenant: [[PERSON:Ng Hui Min]] (NRIC [[ID_NUMBER:S9162045F]])
Lease from: [[DATE_TIME:1 March 2025]]
Monthly rent: S$3,200""",
    """| contact | city | mobile | email | notes |
|---|---|---|---|---|
| [[PERSON:Hemi Parata]] | [[LOCATION:Rotorua]] | [[PHONE_NUMBER:027 556 0194]] | [[EMAIL_ADDRESS:hemi.parata@gmail.com]] | prefers text |
| [[PERSON:Bronwyn Tait]] | [[LOCATION:Dunedin]] | [[PHONE_NUMBER:021 903 447]] | [[EMAIL_ADDRESS:btait@xtra.co.nz]] | — |
| [[PERSON:Jack O'Connell]] | [[LOCATION:Brisbane]] | [[PHONE_NUMBER:+61 407 221 836]] | [[EMAIL_ADDRESS:jack.oconnell@bigpond.net.au]] | AU number |""",
    """date,time,patient,clinician,room,reason
[[DATE_TIME:2025-06-10]],09:00,[[PERSON:Warrick Dunn]],[[PERSON:Dr. A. Bose]],3,review
[[DATE_TIME:2025-06-10]],09:20,[[PERSON:Maria Conceição Alves]],[[PERSON:Dr. A. Bose]],3,new patient
[[DATE_TIME:2025-06-10]],09:40,[[PERSON:Jade Thornton]],[[PERSON:Nurse Patel]],5,dressing""",
    """sira,ad_soyad,tckn,dogum_tarihi,il,telefon
1,[[PERSON:Oğuz Kaplan]],[[ID_NUMBER:26331890462]],[[DATE_TIME:14.09.1985]],[[LOCATION:Antalya]],[[PHONE_NUMBER:0532 661 48 20]]
2,[[PERSON:Büşra Şahin]],[[ID_NUMBER:48177205330]],[[DATE_TIME:02.02.1997]],[[LOCATION:Eskişehir]],[[PHONE_NUMBER:0555 302 17 89]]
3,[[PERSON:İsmail Doğan]],[[ID_NUMBER:29715046868]],[[DATE_TIME:23.11.1979]],[[LOCATION:Trabzon]],[[PHONE_NUMBER:0542 918 03 56]]""",
    """| Gönderi no | Alıcı | Adres | Telefon | Durum |
|---|---|---|---|---|
| 7301448120 | [[PERSON:Ebru Koç]] | [[LOCATION:Yenişehir Mah.]] [[ADDRESS:Atatürk Bulvarı No: 41 D: 9]], [[LOCATION:Mersin]] | [[PHONE_NUMBER:+90 533 418 72 05]] | Teslim edildi |
| 7301448137 | [[PERSON:Can Yücel]] | [[ADDRESS:Cumhuriyet Cad. No: 102/4]], [[LOCATION:Şişli]]/[[LOCATION:İstanbul]] | [[PHONE_NUMBER:+90 532 207 61 94]] | Dağıtımda |
| 7301448144 | [[PERSON:Melike Aksu]] | [[ADDRESS:İnönü Sk. No: 5]], [[LOCATION:Odunpazarı]]/[[LOCATION:Eskişehir]] | [[PHONE_NUMBER:+90 505 771 20 38]] | Şubede bekliyor |""",
    """asiakasnro\tnimi\thenkilötunnus\tpostinumero\tpuhelin
[[ID_NUMBER:100482]]\t[[PERSON:Eero Lahtinen]]\t[[ID_NUMBER:020791-317M]]\t[[ZIP_CODE:00530]]\t[[PHONE_NUMBER:040 552 9018]]
[[ID_NUMBER:100483]]\t[[PERSON:Satu Järvinen]]\t[[ID_NUMBER:231165-058B]]\t[[ZIP_CODE:90100]]\t[[PHONE_NUMBER:050 447 1203]]
[[ID_NUMBER:100491]]\t[[PERSON:Veera Hakala]]\t[[ID_NUMBER:111199-620H]]\t[[ZIP_CODE:33100]]\t[[PHONE_NUMBER:045 118 3372]]""",
    """{"applicant": "[[PERSON:Wanjiku Mwangi]]", "national_id": "[[ID_NUMBER:28841097]]", "kra_pin": "[[ID_NUMBER:A012448917Q]]", "mpesa": "[[PHONE_NUMBER:0722 418 309]]", "loan_kes": 15000, "county": "[[LOCATION:Kiambu]]"}
{"applicant": "[[PERSON:Otieno Ouma]]", "national_id": "[[ID_NUMBER:31207745]]", "kra_pin": "[[ID_NUMBER:A009381274M]]", "mpesa": "[[PHONE_NUMBER:0711 903 662]]", "loan_kes": 8000, "county": "[[LOCATION:Kisumu]]"}""",
]

CHAT = [
    """[14:02] Bot: Hi! You're chatting with ParcelPoint support. What's your order number?
[14:02] Customer: 55120-448, the trainers
[14:03] [[PERSON:Shanice]] (agent): Thanks! Can I confirm the name and address on the order?
[14:03] Customer: [[PERSON:Imogen Hartley]], [[ADDRESS:Flat 3, 18 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1HZ]]
[14:04] [[PERSON:Shanice]] (agent): The courier marked it as delivered to a safe place at 11:48. Did you check the porch?
[14:05] Customer: yes nothing there. my neighbour [[PERSON:Dev]] didn't take it either
[14:06] [[PERSON:Shanice]] (agent): I'm sorry. I'll open a lost-parcel claim and we'll call you on [[PHONE_NUMBER:07403 882 615]] within 48 hours.""",
    """Mum: did Grandad get his jab today?
[[PERSON:Priya]]: yes! at the surgery, 10:15. they've booked the next one for [[DATE_TIME:Friday 19th Sept at 2.30]]
Mum: ok I'll take him. whats the new address for your flat again?
[[PERSON:Priya]]: [[ADDRESS:27B Gloucester Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS7 8AA]]
[[PERSON:Rohit]]: also can someone send me Grandad's NHS number for the repeat form
[[PERSON:Priya]]: [[ID_NUMBER:943 476 5196]]""",
    """#incident-2291
[[PERSON:Marta Kowalczyk]]: 401s spiking for one tenant since ~09:40
[[PERSON:Jamal Reid]]: it's accounts@brightwave-foods.com hammering the token endpoint — role mailbox, shared login
[[PERSON:Marta Kowalczyk]]: and a real user too, [[USERNAME:lhuang]] ([[PERSON:Lily Huang]]) from [[IP_ADDRESS:73.92.118.40]]
[[PERSON:Jamal Reid]]: rate-limited the IP. I'll DM [[PERSON:Lily]] to clear her keychain
[[PERSON:Marta Kowalczyk]]: 👍 closing at 10:25""",
    """[[USERNAME:vintage_vera]]: Hi! Is the teak sideboard still available?
oakandiron_furniture: Yes it is 🙂 pickup only, from [[LOCATION:Hackney]]
[[USERNAME:vintage_vera]]: Great. I can come Saturday. What's the address?
oakandiron_furniture: [[ADDRESS:Unit 6, 212 Mare Street]], [[ZIP_CODE:E8 3RD]]. Ask for [[PERSON:Callum]]. Cash or bank transfer
[[USERNAME:vintage_vera]]: Transfer is fine, I'm [[PERSON:Vera Lindgren]], my number's [[PHONE_NUMBER:07821 330 947]] in case I'm late""",
    """Agent [[PERSON:Nikhil]]: Thank you for contacting card services. For security, please confirm your date of birth.
Customer: [[DATE_TIME:12/03/1979]]
Agent [[PERSON:Nikhil]]: Thank you, [[PERSON:Mrs. Okafor]]. I see a pending charge of $899.00 on the card ending 6210. Was that you?
Customer: No! I'm in [[LOCATION:Houston]], that shows [[LOCATION:Lisbon]]
Agent [[PERSON:Nikhil]]: I've blocked the card. A new one will be sent to [[ADDRESS:8810 Bellaire Blvd, Apt 214]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77036]] within 5–7 days.
Customer: please also text [[PHONE_NUMBER:832-406-1193]] when it ships""",
    """Year 4 parents 🌻
[[PERSON:Hayley]]: Does anyone know when the museum trip is?
[[PERSON:Anan Chaiyasit]]: [[DATE_TIME:Thursday 16 Oct]], the letter said. [[PERSON:Mrs Doyle]] needs forms back by Friday
[[PERSON:Hayley]]: thanks! also [[PERSON:Oscar]] left his jumper at yours [[PERSON:Anan]], can I pick it up?
[[PERSON:Anan Chaiyasit]]: sure, we're at [[ADDRESS:14 Lime Tree Walk]], just ring, or call [[PHONE_NUMBER:07956 221 048]]""",
    """[09:12] Müşteri: Merhaba, siparişim 3 gündür dağıtım şubesinde bekliyor.
[09:13] Temsilci [[PERSON:Gizem]]: Merhaba, yardımcı olayım. Adınızı ve telefon numaranızı alabilir miyim?
[09:13] Müşteri: [[PERSON:Onur Kılıç]], [[PHONE_NUMBER:0536 902 44 17]]
[09:14] Temsilci [[PERSON:Gizem]]: Teşekkürler [[PERSON:Onur]] [[TITLE:Bey]]. Adresinizde bir değişiklik var mı?
[09:15] Müşteri: Evet, artık [[LOCATION:Fenerbahçe Mah.]] [[ADDRESS:Kalamış Cad. No: 33 D: 6]], [[LOCATION:Kadıköy]]'deyim.
[09:16] Temsilci [[PERSON:Gizem]]: Güncelledim; gönderiniz yarın 10.00-13.00 arasında teslim edilecek.""",
    """[16:40] [[PERSON:Tomasz]] (Support): Hi, I can see your line was suspended. Can you confirm the account holder's full name?
[16:41] You: [[PERSON:Aleksandra Nowicka-Brown]]
[16:41] [[PERSON:Tomasz]] (Support): And the mobile number on the account?
[16:41] You: [[PHONE_NUMBER:+44 7491 028 336]]
[16:42] [[PERSON:Tomasz]] (Support): Thanks. It was suspended after three failed payments from the card ending 3019. If you'd like, I can take a new card now.
[16:43] You: ok, it's [[CREDIT_CARD:4008 3716 2259 3019]]
[16:44] [[PERSON:Tomasz]] (Support): Done — the line is active again. Bill will go to [[EMAIL_ADDRESS:ola.nowicka@gmail.com]].""",
]

LOOKALIKE = [
    """RELEASE NOTES — build 2025.06.3
- Firmware 10.2.0.1 replaces 10.1.9.14 on all edge gateways (model GX-4410).
- Fixed checksum mismatch: sha256 e3b7c1a9f04d2e88b6a1c93d5f2e07a41b9c6d38e2f15a7b04c9d8e1f3a6b72c.
- Container image registry.internal/api:3.18.2 → 3.19.0.
- Bumped libxml to 2.12.7; dropped hard-coded subnets in favour of config.
- Serial numbers affected: SN-44A7-9921-K, SN-44A7-9930-K.
- Docs: see ISBN 978-1-4472-9813-7 chapter 4, and ticket OPS-18820.
Questions to the platform team, platform@corp.example, ext. 4410.""",
    """WAREHOUSE DISPATCH SUMMARY — 03/06/2025
Orders picked: 1,204 | Lines: 3,877 | Short picks: 12
Top SKUs: TX-4471-BLK (212), HD-2290-WHT (188), KT-0081-RED (97)
Carrier manifests: DPD 1553 4410 2291, Evri H01AAA0044729182, Royal Mail RR448120573GB
Customer services: 0333 014 2277 (Mon–Fri), returns@shopfront.co.uk
Escalation: one address query for [[PERSON:Mr Dennis Oduya]], whose parcel was returned to depot; supervisor [[PERSON:Kerry]] will call him back.""",
    """INVOICE INV-2025-00418
Supplier: Harwood & Sons Ltd, VAT GB 284 4417 09, Company No. 04418209
Bill to: Tindall Catering Ltd
Invoice date: 14 May 2025   Due: 13 June 2025   PO: PO-77120
Sort code 20-45-77 | Payment ref: HARW-00418
Queries: accounts@harwoodandsons.co.uk or 01632 960 441
Prepared by [[PERSON:Sunita Chauhan]]""",
    """Reading list, neurology module: "Parkinson's Disease: A Clinical Guide" (ISBN 978-952-301-174-8) and "Alzheimer's at Fifty" (ISBN 978-605-375-228-8). The seminar moves to the Nelson Mandela Building on Martin Luther King Jr. Boulevard, next to the Florence Nightingale wing. Please use Dijkstra's algorithm example on page 212 and avoid the Haldane room. Library card holder for the reserve copies: [[PERSON:Olusegun Adeyinka]], card [[ID_NUMBER:LIB-0044172]].""",
    """ASSET REGISTER EXTRACT
Asset tag   Model              Serial            MAC                 Hostname      OS build
LT-04471    ThinkPad T14 G4    PF4ZK19Q          84:a9:38:1c:44:02   LON-LT-04471  10.0.22631.3447
LT-04472    ThinkPad T14 G4    PF4ZK21A          84:a9:38:1c:45:9e   LON-LT-04472  10.0.22631.3447
SRV-0019    PowerEdge R650     7XK44Q3           b0:26:28:91:0a:ff   db-prod-02    5.15.0-105
Checked out: LT-04471 to [[PERSON:Hamish Dunlop]] ([[EMAIL_ADDRESS:hamish.dunlop@firthlogistics.co.uk]]); LT-04472 in stock.
UUID of MDM profile: 6f1c2d3e-44a7-4b21-9f00-a1b2c3d4e5f6""",
    """Tilausvahvistus 500771204
Tuotenumero 6420445 (3 kpl), 6420451 (1 kpl)
Seurantakoodi JJFI64204400012283441
Myyjä: Kotivalo Oy, Y-tunnus 2944172-8, asiakaspalvelu 09 4241 7700 (arkisin 8–16), asiakaspalvelu@kotivalo.fi
Lasku 2025-0418, eräpäivä 14.6.2025, viitenumero 44172 00418
Vastaanottaja [[PERSON:Kaisa Lindroos]]""",
    """E-TICKET RECEIPT
Booking reference: K7QX2M   Ticket number: 125 2410448120 3
Flight BA 0117 LHR–JFK, dep 11:25, Terminal 5, seat 38A, fare class V
Flight BA 0176 JFK–LHR, dep 19:05, seat 41K
Baggage: 1PC 23KG. Airline customer relations: +44 344 493 0787.
Passenger: [[TITLE:MS]] [[PERSON:PRIYA SUBRAMANIAM]]""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind76", STYLES, OUT)


if __name__ == "__main__":
    main()

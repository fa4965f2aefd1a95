"""Build tests/data/blind97.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind97.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and the style descriptions, its import lines and the first line of its GEN
list that falls inside that range) and its tail from `STYLES = {` to the end
(the scaffolding copied below); gold_sets.py (whole file); and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes and
`parse()`). Nothing else was read: not minimize/, recognizers/, the tests,
bench/, the README, any *.jsonl (blind97.jsonl included), any other
make_*.py, and no git history, log or status (git was not run at all). The
detector, the bench and the tests were never run. Do not tune the detector
against this set: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
(GB, IE) pass mod-97 with the right length; NHS numbers (England and
Wales), Northern Ireland health and care numbers, Scottish CHI numbers
(which also agree with the birth date and sex where they show), Irish PPSNs,
Canadian SINs and the ISBN-13 look-alikes got valid check digits, all worked
out with throwaway code run from the shell while writing (nothing written to
disk, nothing generated here). Small python3 one-offs from the shell were
also used to apply text edits to this file and to count the records per
list while writing; no scratch file was created. UK NI numbers, US SSNs,
service numbers, prison and probation numbers, passports, licences, plates,
account numbers and staff, student, member and patient numbers were not
checked.

Styles (ids `blind97-<style>-NNN`; 240 records). About nine records in ten
are in English (England, Scotland, Wales, Ireland and Northern Ireland
weigh most, with US, Canadian, Australian, New Zealand, Indian, Nigerian
and Kenyan contexts, and names from the many cultures living there); 24 are
in Welsh or Irish (9 gen, 10 bench, 3 table, 1 chat, 1 lookalike). About a
third of the gen and bench records are about the armed forces and
veterans, prisons, probation and youth justice; the rest spread widely.
- `gen` (90): one to four sentences with personal data woven into prose,
  as a third-party LLM writes "realistic sentences with personal data";
  names at the start, middle and end, lowercase and possessive.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd dense sentences: names, job titles, streets with building
  numbers, secondary addresses, IPs, MACs, user agents, card / CVV / expiry,
  IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts, medical and loan
  forms, notices) and Nemotron-PII (JSON, log lines, SQL, XML, YAML / INI
  config, code, tickets and forms).
- `table` (35): one small table per record (CSV, TSV, pipes / Markdown,
  fixed-width, JSON lines, YAML, key: value blocks), header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat.
- `lookalike` (7): texts full of non-PII that looks like PII, the few real
  PII values labeled; one has no PII at all.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name (Mr, Dr, Sgt, LCpl, WO2, Father, an tUasal ...),
  labeled apart; job titles are not TITLE.
- ADDRESS: number + street (+ flat / unit / suite / floor), PO boxes, house
  and building names; city, district, county, state and country are
  LOCATION (Welsh and Irish mutated or eclipsed forms labeled as written);
  postcodes and Eircodes are ZIP_CODE.
- DATE_TIME: a person's dates with a day or a month in any shape, times and
  weekdays said with them inside the span; not bare years, weekdays or
  clock times alone, durations, or dates not tied to a person.
- AGE: the number only (also written as a word). USERNAME: handle without
  "@". URL: personal pages and profiles only. NRP: nationality, religion or
  political group.
- ID_NUMBER: national / tax / social-security / health ids (NHS, CHI, H&C,
  PPSN, SIN, NI number), patient, staff, student, customer, member,
  service, prisoner and probation case numbers, bank account numbers,
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BIC / SWIFT, CVVs and expiries, PINs, order /
  ticket / claim / policy / booking / tracking references, company and
  office phone numbers, role mailboxes, versions, hashes, serials, partial
  numbers, pets, eponyms, units and regiments, prisons and barracks, header
  rows.
- Calls made while writing this set: a military rank before a name is TITLE
  (also in Irish and Welsh: Ceannaire, Sáirsint, Capten ...); a service
  number, a prison number and a probation case reference number (CRN) are
  ID_NUMBER, while a court case number, a parole or claim reference is
  not; log-line and event timestamps are not labeled, while a "last_login"
  field of a person's account, a booked visit date and an email's Date
  header (like a letter's date) are DATE_TIME; chat handles and speaker
  handles are USERNAME, speakers' names are PERSON, and family words used
  as names (Mam, Dad, nana, Nain) stay outside; an office or helpline number of a prison, probation
  office or charity is not labeled; a person's work email is EMAIL_ADDRESS;
  in a table a "sex", "role", "rank" or "status" column stays unlabeled, an
  "age" column is AGE, a "county" or "country" column is LOCATION and a
  "nationality" or "religion" column is NRP; a "the" before a date ("the
  23rd of August") stays outside the span.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind97.jsonl")

GEN = [
    """My grandad [[PERSON:Hamish McAllister]] served with the Black Watch for nineteen years and he's [[AGE:81]] now, so I'm filling in the Veterans UK form for him. His service number was [[ID_NUMBER:23889417]] and his date of birth is [[DATE_TIME:4 October 1943]]. If they need anything, I'm [[PERSON:Kirsty]] and my mobile is [[PHONE_NUMBER:07700 918442]].""",
    """[[PERSON:Declan Mulholland]] was released on licence from Maghaberry on [[DATE_TIME:3 February 2025]] and has been told to report to his probation officer, [[PERSON:Gráinne Toner]], at the PBNI office in [[LOCATION:Lisburn]] every Thursday morning.""",
    """we keep getting post for a [[PERSON:bronwen ellis-pugh]] at [[ADDRESS:Flat 2, 19 Heol y Nant]], [[LOCATION:Pontypridd]] [[ZIP_CODE:CF37 4RT]] - she moved out before we did, does anyone know how to get it back to her?""",
    """I'm the YOT case worker for [[PERSON:Kai Brennan]], who is [[AGE:15]]. His referral order panel meeting has been moved to [[DATE_TIME:Wednesday 12 March at 4.30pm]], and his mum [[PERSON:Shannon]] can be reached on [[PHONE_NUMBER:07831 264590]] if there's any problem with transport.""",
    """Please update my GP record: [[PERSON:Mrs. Agnieszka Wójcik]], NHS number [[ID_NUMBER:652 096 6541]], new address [[ADDRESS:44 Carrington Road]], [[LOCATION:Salford]] [[ZIP_CODE:M6 8QW]]. My phone number hasn't changed.""",
    """Ninewells has confirmed the cataract operation for [[PERSON:Morag Dalgleish]] (CHI [[ID_NUMBER:1403797242]], born [[DATE_TIME:14/03/1979]]) on [[DATE_TIME:Thursday 22 May 2025 at 08:15]], and she should not eat anything after midnight.""",
    """After twenty-two years in the RAF, retired [[TITLE:Flight Sergeant]] [[PERSON:Colin Abernethy]] and his wife [[PERSON:Jean]] settled at [[ADDRESS:7 Kirkton Crescent]], [[LOCATION:Forres]] [[ZIP_CODE:IV36 1PL]], not far from where he was last posted.""",
    """I'm trying to book a visit to my son [[PERSON:Jordan Whitelaw]], prisoner number [[ID_NUMBER:A4471DK]], at HMP Altcourse for [[DATE_TIME:Saturday 8 March, 2:15pm]], but the website keeps saying the slot is unavailable.""",
    """Can the refund go straight into my account? Name [[PERSON:Eilidh Fraser]], IBAN [[IBAN_CODE:GB63BOFS67515199387226]], and the confirmation can go to [[EMAIL_ADDRESS:eilidh.fraser82@gmail.com]].""",
    """the pharmacist said the repeat prescription for [[PERSON:john-paul o'hare]], date of birth [[DATE_TIME:02.08.91]], still hasn't come over from the surgery, so he'll have to ring them again tomorrow""",
    """[[PERSON:Oluwaseun Adeyemi-Clarke]] joined our [[LOCATION:Leeds]] office as a payroll analyst on [[DATE_TIME:6 January 2025]]; her National Insurance number is [[ID_NUMBER:JT 48 21 93 C]] and her employee number is [[ID_NUMBER:EMP-30917]].""",
    """Prison officer [[PERSON:Ruaridh Stewart]] at HMP Grampian noted that [[PERSON:Liam Cowie]] (prisoner no. [[ID_NUMBER:0718834]]) refused his evening meal on [[DATE_TIME:19 January]] and asked to see the nurse.""",
    """My name is [[PERSON:Tariq Mahmood]], I'm [[AGE:38]] and I left the Royal Logistic Corps in 2019. I've been sofa-surfing since my tenancy at [[ADDRESS:Flat 9, 210 Dumbarton Road]], [[LOCATION:Glasgow]] ended and I'm looking for a veterans' housing charity that can help. Best number is [[PHONE_NUMBER:07455 183 206]].""",
    """[[PERSON:Mr Kieran Lloyd]] - your next appointment with [[PERSON:Rhian Pritchard]] at [[LOCATION:Wrexham]] probation office is on [[DATE_TIME:Mon 17th Feb at 11:00]]. If you can't attend, ring the office on 01978 352140 before 9am.""",
    """On [[DATE_TIME:March 3rd, 2024]], [[PERSON:Marcus Delgado]] of [[ADDRESS:1184 Alder Creek Dr]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83709]] called to dispute a charge on his card ending 4417.""",
    """Hi, it's [[PERSON:Mei-Ling Tse]] — I'm applying for EI and the form wants my SIN, which is [[ID_NUMBER:473 444 362]], and my address, [[ADDRESS:305-1280 Burrard St]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6Z 1Z6]].""",
    """[[PERSON:Bree Kowalczyk]], [[AGE:29]], from [[LOCATION:Ballarat]] won the club raffle! We'll post the voucher to [[ADDRESS:16 Doveton St North]] unless she lets us know otherwise at [[EMAIL_ADDRESS:breek@bigpond.com]].""",
    """The Children's Reporter has asked for a social background report on [[PERSON:Callum]] before his hearing on [[DATE_TIME:24/04/2025]]. He lives with his gran, [[PERSON:Mrs. Isobel Rennie]], at [[ADDRESS:3/2, 57 Maryhill Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G20 7XA]].""",
    """Hi, this is [[PERSON:Siobhán Keane]] from [[LOCATION:Ballina]]. My PPS number is [[ID_NUMBER:5786222A]] and I'm ringing about the Fuel Allowance for my father, [[PERSON:Michael Keane]], who turned [[AGE:80]] last week.""",
    """[[PERSON:Conor McGuigan]]'s health and care number is [[ID_NUMBER:320 208 7231]]; he's registered with a practice on the Ormeau Road in [[LOCATION:Belfast]] and his next diabetic review is on [[DATE_TIME:9 June]].""",
    """[[TITLE:LCpl]] [[PERSON:Sione Tuilagi]], [[AGE:24]], of 1 R IRISH was flown to the Queen Elizabeth Hospital in [[LOCATION:Birmingham]] on [[DATE_TIME:11 August 2023]] after the live-firing accident at [[LOCATION:Sennybridge]].""",
    """Tell [[PERSON:dev]] his sister [[PERSON:anjali]] called — she's changed her number to [[PHONE_NUMBER:+91 98201 44573]] and lands at Heathrow on the [[DATE_TIME:14th]].""",
    """Prison education update: [[PERSON:Darren Maguire]] (prison no. [[ID_NUMBER:B87231]]) passed his Level 2 English on [[DATE_TIME:28 November 2024]] and has asked for the certificate to be posted to his mother at [[ADDRESS:12 Glenbank Drive]], [[LOCATION:Newry]], [[ZIP_CODE:BT35 8QE]].""",
    """[[PERSON:Zainab Chaudhry]]'s parents are [[PERSON:Imran]] and [[PERSON:Sadia Chaudhry]]. The school has them at [[ADDRESS:88 Whitehall Road]], [[LOCATION:Bradford]] [[ZIP_CODE:BD11 1AL]], with [[PERSON:Sadia]]'s mobile, [[PHONE_NUMBER:07593 812 004]], as first contact.""",
    """The claimant, [[PERSON:Ewan Docherty]] ([[AGE:52]]), says his van was hit while parked outside [[ADDRESS:22 Marine Parade]], [[LOCATION:Dundee]], overnight on [[DATE_TIME:2 December]].""",
    """Veterans UK wrote to [[PERSON:Mr. Gareth Pugh]] on [[DATE_TIME:15 October 2024]] to say his war pension had gone up; the letter quotes his National Insurance number, [[ID_NUMBER:NE 71 04 62 B]], and asks him to check his bank details.""",
    """[[PERSON:Tyler-Jay Simms]] was [[AGE:14]] when he got his first youth caution, and the youth offending team in [[LOCATION:Croydon]] has been working with him since [[DATE_TIME:September 2022]].""",
    """[[LOCATION:Cardiff]] gym member [[PERSON:Lowri Thomas]], membership no. [[ID_NUMBER:CF-771204]], has frozen her account from [[DATE_TIME:1 July]] to [[DATE_TIME:31 August]] while she recovers from knee surgery.""",
    """Booking for [[PERSON:Mr Nnamdi Okafor]] and [[PERSON:Mrs Chiamaka Okafor]], [[NRP:Nigerian]] passports [[ID_NUMBER:A08817342]] and [[ID_NUMBER:A09126755]], flying [[LOCATION:Lagos]] to [[LOCATION:Edinburgh]] on [[DATE_TIME:19 Dec 2024]].""",
    """my husband [[PERSON:Stuart]] did two tours of [[LOCATION:Helmand]] with the Royal Marines and hasn't been right since. He's [[AGE:41]], DOB [[DATE_TIME:30/09/1983]], and Combat Stress said to put his email, [[EMAIL_ADDRESS:stu.rennie83@hotmail.co.uk]], on the referral.""",
    """The tenants at [[ADDRESS:Flat 1/R, 14 Cathedral Street]], [[LOCATION:Dunkeld]] [[ZIP_CODE:PH8 0AW]] are [[PERSON:Piotr]] and [[PERSON:Kasia Nowak]]; their lease started on [[DATE_TIME:1 May 2024]] and rent comes from [[IBAN_CODE:GB32CLYD56708316909499]].""",
    """Hi there, I'd like to port my number [[PHONE_NUMBER:07867 402 331]] over to you. The account is in the name of [[PERSON:Fionnuala Devlin]], [[ADDRESS:9 Lisnaskea Road]], [[LOCATION:Enniskillen]] [[ZIP_CODE:BT74 7JJ]].""",
    """Player [[USERNAME:xX_Rhodri_Xx]] (real name [[PERSON:Rhodri Evans]], email [[EMAIL_ADDRESS:rhodri.evans2009@icloud.com]]) was banned on [[DATE_TIME:22/02/2025]] after three chargebacks on his dad's card.""",
    """Our contractor [[PERSON:Bhavesh Patel]] can't get onto the VPN from home; his router is showing [[IP_ADDRESS:86.143.22.7]] and his username is [[USERNAME:bpatel.ext]].""",
    """Welcome [[PERSON:Ms Ngozi Eze]] — your stay at the Balmoral is confirmed from [[DATE_TIME:Friday 6 June]] to [[DATE_TIME:Monday 9 June]], and the card on file ends in 0091.""",
    """[[PERSON:Chloe Marsh]]'s husband is posted to [[LOCATION:Catterick]] from [[DATE_TIME:April 14th]], so the family will move into service family accommodation at [[ADDRESS:31 Gaza Road]], [[LOCATION:Catterick Garrison]], [[ZIP_CODE:DL9 4AT]].""",
    """Our dog Biscuit had her jabs on Tuesday; the account holder is [[PERSON:Mrs. Deirdre Mullan]], [[PHONE_NUMBER:028 7134 5519]].""",
    """[[PERSON:Amir Hosseini]], who is [[NRP:Iranian]] and is seeking asylum, asked the Home Office to send all letters to his new address at [[ADDRESS:17 Lodge Lane]], [[LOCATION:Liverpool]] [[ZIP_CODE:L8 0QE]].""",
    """Student [[PERSON:Niamh Gallagher]] (ID [[ID_NUMBER:40238817]]) from [[LOCATION:Letterkenny]] has asked for an extension on her dissertation until [[DATE_TIME:30 May]] because of illness.""",
    """Dear [[PERSON:Ifeoma]], thank you for applying. Please bring your BRP ([[ID_NUMBER:ZU4019283]]) and proof of address to the interview on [[DATE_TIME:Tuesday, 25 February 2025 at 2 p.m.]]""",
    """Patient [[PERSON:Harjit Kaur Sandhu]], [[AGE:67]], NHS no. [[ID_NUMBER:457 102 8229]], was discharged from New Cross on [[DATE_TIME:18/11/2024]] with a follow-up at the diabetes clinic; as a practising [[NRP:Sikh]] she asked for vegetarian meals.""",
    """[[TITLE:Sgt.]] [[PERSON:Brendan Cullinane]], who served three UN tours in [[LOCATION:Lebanon]], retired from the Defence Forces on [[DATE_TIME:1 March 2024]] and now lives outside [[LOCATION:Kilkenny]]; the ONE welfare officer can reach him on [[PHONE_NUMBER:086 332 7104]].""",
    """please stop sharing [[PERSON:Megan]]'s home address ([[ADDRESS:5 Pen-y-Bryn]], [[LOCATION:Mold]]) in the group chat, she's had people turning up at the door""",
    """Parcel for [[PERSON:A. Szymańska]], [[ADDRESS:Flat 12, Quayside House, 40 Ferry Road]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH6 4AE]] — please leave in the porch if nobody answers.""",
    """Reference request: [[PERSON:Kwame Asante]] worked for us as a warehouse supervisor from [[DATE_TIME:3 June 2019]] until [[DATE_TIME:28 February 2023]] and we would happily employ him again.""",
    """I lost my card yesterday in [[LOCATION:Galway]] — the number was [[CREDIT_CARD:4658 0659 7335 1372]] and it's in the name of [[PERSON:Cathal Ó Néill]]. Please cancel it and send a new one to my home address.""",
    """My partner [[PERSON:Jamie Kerr]] is in HMP Perth and I want to send money in for him. His prisoner number is [[ID_NUMBER:0904412]] and my name is [[PERSON:Toni Baird]].""",
    """[[PERSON:Kayleigh Munro]]'s community payback order was varied at the sheriff court in [[LOCATION:Kilmarnock]] on [[DATE_TIME:7th January]]; her supervising social worker is still [[PERSON:Graham Boyd]].""",
    """Return received from [[PERSON:Hannah Lindqvist]]; £84.99 refunded to the Visa ending 2209. The customer asked that future emails go to [[EMAIL_ADDRESS:h.lindqvist@protonmail.com]].""",
    """Landlord [[PERSON:Gerald Fenwick]] wants the deposit for [[ADDRESS:2 Rose Cottages, Mill Lane]], [[LOCATION:Alnwick]] paid back to him rather than to the tenant, [[PERSON:Jade]].""",
    """I give permission for my daughter [[PERSON:Ava Mukherjee]] (Year 6, age [[AGE:10]]) to go on the trip on [[DATE_TIME:Friday 16 May]]. Emergency contact: [[PERSON:Rupa Mukherjee]], [[PHONE_NUMBER:07944 610 287]].""",
    """Account holder [[PERSON:Latoya Jefferson]], SSN [[US_SSN:512-44-9031]], asked to add her son [[PERSON:Darnell]] as an authorized user on [[DATE_TIME:11/04/2024]].""",
    """A trooper pulled over [[PERSON:Travis Boone]], [[AGE:33]], on I-35 near [[LOCATION:Waco]]; his [[LOCATION:Texas]] driver's license, [[US_DRIVER_LICENSE:40318827]], had expired in the spring.""",
    """To renew, [[PERSON:Grace Kim-Whitfield]] mailed her old passport, number [[US_PASSPORT:548812093]], on [[DATE_TIME:January 9]] and is still waiting.""",
    """Kia ora [[PERSON:Hemi Te Awa]], thanks for joining the [[LOCATION:Rotorua]] library! Your card number is [[ID_NUMBER:2900104418]] and we've emailed a PIN to [[EMAIL_ADDRESS:hemi.teawa@xtra.co.nz]].""",
    """[[PERSON:Wanjiru Kamau]] sent 4,500 shillings by M-Pesa to [[PHONE_NUMBER:0722 418 903]] on [[DATE_TIME:14 Feb]] to cover her brother's school fees.""",
    """Medical board notes: [[TITLE:Rfn]] [[PERSON:Ashok Gurung]], [[AGE:27]], a [[NRP:Nepali]] citizen serving with 2 RGR, sustained a stress fracture on exercise on [[DATE_TIME:5 Nov 2024]]; service number [[ID_NUMBER:21171438]].""",
    """The healthcare team at HMP Low Moss has asked for [[PERSON:Derek Paterson]]'s records from his old GP in [[LOCATION:Paisley]]; his CHI is [[ID_NUMBER:3009552718]].""",
    """On release [[PERSON:Wayne Tully]] will live at the approved premises at [[ADDRESS:62 Cathedral Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF11 9LL]], with a curfew from 9pm to 7am.""",
    """Youth Justice Agency: [[PERSON:Ciara Quinn]], [[AGE:17]], completed her youth conference plan on [[DATE_TIME:21 October 2024]]; her mother can be contacted at [[EMAIL_ADDRESS:maureenquinn64@btinternet.com]].""",
    """Someone called [[PERSON:Sarah]] pretending to be from the bank asked my mum, [[PERSON:Irene Castle]], for her card number, [[CREDIT_CARD:4450 5921 1121 6035]], and the three digits on the back, and she gave them before I could stop her.""",
    """[[TITLE:Father]] [[PERSON:Seán Rooney]] will celebrate the funeral Mass for [[PERSON:Bridget McCaffrey]] ([[AGE:91]]) at St Michael's on [[DATE_TIME:Thursday the 20th at 11am]].""",
    """[[PERSON:Fatima Al-Sayegh]], a [[NRP:Syrian]] national resettled in [[LOCATION:Motherwell]], needs her biometric residence permit [[ID_NUMBER:RF8204417]] replaced before [[DATE_TIME:31/12/2024]].""",
    """[[PERSON:Ger Fitzpatrick]] applied for HAP on the house at [[ADDRESS:41 Ard na Gréine]], [[LOCATION:Mallow]], [[LOCATION:Co. Cork]], [[ZIP_CODE:P51 X2W8]], and his landlord [[PERSON:Tom Hegarty]] signed the form on [[DATE_TIME:12/08/2024]].""",
    """[[PERSON:Owain Bevan]], [[AGE:58]], ex-Welsh Guards, is under the veterans' mental health service in [[LOCATION:Swansea]]; his NHS number is [[ID_NUMBER:621 239 3702]] and he lives at [[ADDRESS:8 Heol Las]], [[LOCATION:Birchgrove]], [[ZIP_CODE:SA7 9JU]].""",
    """Thanks again for today — [[PERSON:Priyanka]] (she/her), [[PHONE_NUMBER:+44 (0)7712 408 519]]""",
    """[[PERSON:Musa Bangura]], who is [[NRP:Sierra Leonean]] and came to [[LOCATION:Sheffield]] in 2016, asked about Pension Credit; his NI number is [[ID_NUMBER:SK 30 91 55 A]].""",
    """[[PERSON:Gavin Nicholl]] leaves Magilligan on [[DATE_TIME:Friday 28 March 2025]]; his discharge grant will be paid into account [[ID_NUMBER:40218876]], sort code 98-00-60.""",
    """Save the date! [[PERSON:Sinéad]] & [[PERSON:Olumide]] are getting married on the [[DATE_TIME:23rd of August 2025]] in [[LOCATION:Kinsale]]. RSVP to [[EMAIL_ADDRESS:sineadandolu2025@gmail.com]]""",
    """Our under-14s coach, [[PERSON:Marek Dvořák]], needs a PVG check. His date of birth is [[DATE_TIME:7 Jun 1986]] and his home address is [[ADDRESS:Craigmore, 4 Station Brae]], [[LOCATION:Kinross]] [[ZIP_CODE:KY13 8TB]].""",
    """my flight to [[LOCATION:Belfast]] was cancelled and nobody told me. this is [[PERSON:nadia hussain]], booking ref QX7PLM, please call me back on [[PHONE_NUMBER:07720884613]]""",
    """SSAFA caseworker [[PERSON:Bill Thornton]] visited [[PERSON:Mrs. Edna Carruthers]], [[AGE:88]], the widow of a Korean War veteran, at her home at [[ADDRESS:27 Annan Road]], [[LOCATION:Dumfries]], on [[DATE_TIME:3rd Dec]].""",
    """[[PERSON:Yusuf Karim]], who is [[NRP:Muslim]], asked the chaplaincy at HMP Parc for a prayer mat on his first night inside, [[DATE_TIME:6 January 2025]].""",
    """Electronic monitoring: [[PERSON:Connor Haughey]]'s tag was fitted at [[ADDRESS:19 Ballyclare Road]], [[LOCATION:Glengormley]], [[ZIP_CODE:BT36 5EX]] on [[DATE_TIME:2 Feb at 18:40]], and the curfew starts tonight.""",
    """New signup from [[USERNAME:ciaran_mc_84]] ([[EMAIL_ADDRESS:ciaranmcloughlin84@gmail.com]]) coming in on [[IP_ADDRESS:2a02:8084:4e1:9a00:6d2c:11ff:fe3b:52c1]].""",
    """The keys were handed back on [[DATE_TIME:30 September]] by the previous tenant, [[PERSON:Ahmed Siddiqui]].""",
    """The winner of this year's poetry prize, announced in [[LOCATION:Aberystwyth]] on [[DATE_TIME:Saturday 5 July]], is [[PERSON:Llinos Mai Roberts]].""",
    """[[TITLE:WO2]] [[PERSON:Darren]] "[[PERSON:Daz]]" [[PERSON:Hopkins]] leaves the Army on [[DATE_TIME:31/07/2025]] after 24 years and has his resettlement workshop on [[DATE_TIME:14 April]]; contact him on [[EMAIL_ADDRESS:daz.hopkins472@mod.gov.uk]] until then.""",
    """Member [[PERSON:Ricardo Alvarez]], DOB [[DATE_TIME:05/22/1979]], member ID [[ID_NUMBER:XJH481092236]], was seen at urgent care on [[DATE_TIME:11/13/2024]].""",
    """[[PERSON:Anand Krishnamurthy]], [[AGE:34]], moved from [[LOCATION:Chennai]] to [[LOCATION:Aberdeen]] for an offshore job and registered with a GP using his new address, [[ADDRESS:Flat C, 112 King Street]], [[ZIP_CODE:AB24 5BA]].""",
    """[[AGE:Fifteen]]-year-old [[PERSON:Ellie-Mae Robson]] of [[LOCATION:Gateshead]] was given a twelve-month referral order on [[DATE_TIME:Tuesday 11 February]] and will meet her panel within the month.""",
    """Mae [[PERSON:Gwenllian Prys]] wedi symud i [[ADDRESS:23 Ffordd Caergybi]], [[LOCATION:Bangor]] [[ZIP_CODE:LL57 2EU]], a'i rhif ffôn newydd hi yw [[PHONE_NUMBER:07912 330 618]].""",
    """Gwasanaethodd [[PERSON:Dafydd Rowlands]] gyda'r Cymry Brenhinol am ddeuddeng mlynedd. Ei rif gwasanaeth oedd [[ID_NUMBER:25073391]] a chafodd ei eni ar [[DATE_TIME:17 Mehefin 1961]] yn [[LOCATION:Nhredegar]].""",
    """Bydd gwrandawiad [[PERSON:Tomos Llywelyn]], sy'n [[AGE:16]] oed, yn y llys ieuenctid yng [[LOCATION:Nghaernarfon]] [[DATE_TIME:ddydd Mawrth 14 Hydref am 10:00]]; ei weithiwr YOT yw [[PERSON:Eleri Bowen]].""",
    """Annwyl [[PERSON:Mr Hywel Gruffydd]], mae eich apwyntiad yn Ysbyty Gwynedd ar [[DATE_TIME:3 Chwefror 2025 am 09:40]]. Eich rhif GIG yw [[ID_NUMBER:946 654 2591]]; dewch â'ch meddyginiaethau gyda chi.""",
    """Rhaid i [[PERSON:Aled Vaughan]] gyfarfod â'i swyddog prawf bob wythnos yn swyddfa [[LOCATION:Llanelli]]. Os oes angen cysylltu ag ef, ei e-bost yw [[EMAIL_ADDRESS:aled.vaughan77@outlook.com]].""",
    """Rugadh [[PERSON:Caoimhe Ní Mhurchú]] ar an [[DATE_TIME:12 Bealtaine 1994]] i [[LOCATION:nGaillimh]], agus tá sí ina cónaí anois ag [[ADDRESS:14 Ascaill an Ghleanna]], [[LOCATION:Baile Átha Cliath 9]], [[ZIP_CODE:D09 K7P2]].""",
    """Chuaigh an [[TITLE:Ceannaire]] [[PERSON:Pádraig Ó Conaill]] ar scor ó Óglaigh na hÉireann ar an [[DATE_TIME:31 Márta 2023]]. Is é a uimhir PSP [[ID_NUMBER:4833440KW]] agus is féidir glaoch air ar [[PHONE_NUMBER:087 614 2290]].""",
    """Rinne [[PERSON:Tadhg de Búrca]] iarratas ar chuairt ar a dheartháir [[PERSON:Oisín]] i bPríosún Mhuinseo [[DATE_TIME:Dé hAoine 21 Feabhra]]; uimhir an phríosúnaigh: [[ID_NUMBER:MJ-40817]].""",
    """Seol na doiciméid chuig [[EMAIL_ADDRESS:roisin.nibhriain@eircom.net]], le do thoil — [[PERSON:Róisín Ní Bhriain]], [[ADDRESS:Teach an Chnoic]], [[LOCATION:An Daingean]], [[LOCATION:Co. Chiarraí]], [[ZIP_CODE:V92 X3F1]].""",
]

BENCH = [
    # ai4privacy-like
    """Hello [[PERSON:Morwenna]], as the new Principal Data Liaison at our [[LOCATION:Inverness]] branch, please confirm your payroll card [[CREDIT_CARD:5398007417564592]] (expires 09/27, CVV 562) and your home address, [[ADDRESS:4471 Craigton Wynd, Flat 3B]], [[ZIP_CODE:IV2 4GB]], before your start date of [[DATE_TIME:15/10/2025]].""",
    """The Veterans Outreach Technician [[PERSON:Kealan O'Driscoll-Murphy]] logged in from [[IP_ADDRESS:192.168.44.17]] (MAC 3c:22:fb:9e:41:0a) using Mozilla/5.0 (Macintosh; Intel Mac OS X 13_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15 to update the record of service leaver [[PERSON:Joanne Pettigrew]], [[AGE:44]], born [[DATE_TIME:February 2nd, 1981]].""",
    """A transfer of €2,340.18 into [[IBAN_CODE:IE69BOFI69400655265752]] (BIC BOFIIE2D), the account of [[PERSON:Aoibheann Nic Dhonnchadha]], was flagged; her phone [[PHONE_NUMBER:+353 83 902 4471]] and email [[EMAIL_ADDRESS:a.nicdhonnchadha@gmail.com]] were verified on [[DATE_TIME:2024-09-17T14:22:05Z]].""",
    """Inmate [[PERSON:Radoslaw Zielinski]], [[AGE:36]], prison number [[ID_NUMBER:A9920FT]], cell 3-14 on C wing, has asked for his stored property to be released to [[PERSON:Mrs. Halina Zielinska]] of [[ADDRESS:88B Grove Street]], [[LOCATION:Boston]], [[LOCATION:Lincolnshire]], [[ZIP_CODE:PE21 8UA]].""",
    """Our Forward Accountability Designer, [[PERSON:Yevgenia]], who is female and was born on [[DATE_TIME:7.11.1990]], has a new Mastercard [[CREDIT_CARD:2221743766838381]] with CVV 044; please send the PIN mailer to [[ADDRESS:Suite 901, 3 Riverside Quay]], [[LOCATION:Cardiff Bay]].""",
    """[[PERSON:Gwilym]]'s account [[USERNAME:gwilym_the_ranger]] (password Tr0ut!Lake22) was accessed from [[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]]; reset it and notify him at [[EMAIL_ADDRESS:gwilym.harries@btinternet.com]].""",
    """Dear [[TITLE:Maj]] [[PERSON:Temitope Akinola]], your Dynamic Logistics Officer posting to [[LOCATION:Tidworth]] starts [[DATE_TIME:03/11/2025]]. Your new quarter is [[ADDRESS:12 Bulford Road]], [[ZIP_CODE:SP9 7AB]], and service number [[ID_NUMBER:30218845]] has been linked to card [[CREDIT_CARD:4706286802976963]].""",
    """Hi [[PERSON:Lorcan Keating]], the receipt for the site at [[ADDRESS:221 Knockbracken Road]], [[LOCATION:Carryduff]], [[LOCATION:County Down]] is attached. Our records show your driving licence as [[ID_NUMBER:KEATI811079L99HR]]; if that is wrong, reply from [[EMAIL_ADDRESS:lorcan.keating89@gmail.com]].""",
    """The payment of $1,250 by [[PERSON:Deshawn Carter]] on Discover [[CREDIT_CARD:6011724858180697]], exp 11/26, CVV 903, was declined at [[DATE_TIME:10:42 PM on 06/18/2024]] from IP [[IP_ADDRESS:73.162.45.201]].""",
    """Candidate [[PERSON:Hu Jiayi]], [[AGE:23]], [[NRP:Chinese]], applied for the role of Lead Program Strategist; her BRP [[ID_NUMBER:ZX7731048]] and phone [[PHONE_NUMBER:+44 7411 582093]] have been verified.""",
    """Youth Offending Service: record for young person [[PERSON:Marley Ogunleye-Watts]], sex male, DOB [[DATE_TIME:2009-04-30]], of [[ADDRESS:Flat 6, 71 Clapton Common]], [[LOCATION:London]] [[ZIP_CODE:E5 9AA]]; parent contact [[PHONE_NUMBER:020 8806 4412]].""",
    """Veteran [[PERSON:Kenneth Achterberg]] wishes to update his pension bank details to IBAN [[IBAN_CODE:GB20DAEB38829065798451]], BIC DAEBGB22XXX; his email is [[EMAIL_ADDRESS:ken.achterberg@outlook.com]] and his landline [[PHONE_NUMBER:01463 712 904]].""",
    """Submit the overdue form for vehicle [[ID_NUMBER:WX19 PLU]], registered to [[PERSON:Alannah]] at [[ADDRESS:40 Dunluce Avenue]], [[LOCATION:Portrush]] [[ZIP_CODE:BT56 8DW]]; she is [[AGE:31]] years old.""",
    """User [[USERNAME:siansparkles_88]] (MAC 00:1A:2B:3C:4D:5E, IPv4 [[IP_ADDRESS:185.44.78.120]]) bought two concert tickets with card [[CREDIT_CARD:378824636428200]] (CID 6719); billing name [[PERSON:Siân Hopcyn]].""",
    """Probation Practitioner [[PERSON:Beatrix Olabode]] booked an appointment at [[DATE_TIME:2:30 PM on 14/05/2025]] for [[PERSON:Kyle Summerbell]], CRN [[ID_NUMBER:X482193]], now residing at [[ADDRESS:Room 4, 9 Lansdowne Terrace]], [[LOCATION:Cheltenham]].""",
    """Congratulations [[PERSON:Sadhbh Moynihan]]! Loyalty member [[ID_NUMBER:LX-0041-8827]], born [[DATE_TIME:23/06/1996]], you have earned a free night. Sign in from [[IP_ADDRESS:109.255.18.92]] or call 0818 300 300 to redeem it.""",
    """Passport [[ID_NUMBER:547702318]], issued to [[PERSON:Fergus Lamont]] ([[NRP:British]]) on [[DATE_TIME:14 Mar 2019]], gives his place of birth as [[LOCATION:Stornoway]]; he now lives at [[ADDRESS:Taigh na Mara, 6 Sandwick Road]], [[ZIP_CODE:HS1 2SJ]].""",
    """Army Reserve recruit [[PERSON:Precious Moyo]] (gender: female, age [[AGE:19]]) completed her ICT Technician application from [[IP_ADDRESS:51.148.92.6]] and gave [[ADDRESS:25 Hanover Street]], [[LOCATION:Stranraer]] as her home.""",
    """Dear [[PERSON:Mx. Robin Falconer]], your Direct Debit from [[IBAN_CODE:GB09ULSB72626653932909]] for allotment plot 17 will first be collected on [[DATE_TIME:1 October 2025]].""",
    """[[PERSON:Chukwuemeka]]'s 2FA phone [[PHONE_NUMBER:+234 803 441 2097]] and backup email [[EMAIL_ADDRESS:emeka.obi.ng@yahoo.com]] were changed from [[IP_ADDRESS:102.89.33.14]] at [[DATE_TIME:03:17 on 2025-02-08]].""",
    """Visitor [[PERSON:Kerry-Ann Jarvis]], DOB [[DATE_TIME:19-Sep-1988]], vehicle [[ID_NUMBER:YG68 TRZ]], is approved to visit prisoner [[PERSON:Dean Jarvis]] ([[ID_NUMBER:A2284EV]]) at HMP Leeds on [[DATE_TIME:Sunday 23 March 2025, 14:00]].""",
    """Hello [[PERSON:Ayesha Begum]], your Forward Creative Engineer contract ends on [[DATE_TIME:31/03/2026]]; salary goes to account [[ID_NUMBER:31920457]], sort code 20-45-77, and your NI number [[ID_NUMBER:PZ 44 82 17 D]] is on file.""",
    """[[PERSON:Hector Ruairi MacNeil]], [[AGE:97]], one of the last Normandy veterans from [[LOCATION:Barra]], will be honoured in [[LOCATION:Bayeux]] on [[DATE_TIME:6 June 2025]].""",
    """Please note that [[PERSON:Marguerite Fairbairn-Osei]]'s new Visa [[CREDIT_CARD:4269883360484338]] will be sent to [[ADDRESS:Unit 14, 298 Dalry Road]], [[LOCATION:Edinburgh]]; the Regional Security Planner must sign for it.""",
    """A [[AGE:58]]-year-old woman, [[PERSON:Philomena]], reported that her phone (IMEI 35-209900-176148-1, last IP [[IP_ADDRESS:46.7.118.203]]) was stolen in [[LOCATION:Drogheda]] on [[DATE_TIME:15th January 2025]].""",
    """Greetings [[PERSON:Uchenna]], Principal Tactics Liaison at our [[LOCATION:Coleraine]] hub: the £312.40 travel claim will be reimbursed to [[IBAN_CODE:GB88NAIA84181552441948]]; confirm on [[PHONE_NUMBER:+44 28 7035 6612]].""",
    """During the audit, [[PERSON:Zofia Brzezinska]] ([[USERNAME:zbrzez_91]]) noticed 14 failed logins from [[IP_ADDRESS:198.51.100.73]] with agent Opera/9.80 (Windows NT 6.1; U; en) Presto/2.12.388 Version/12.18, and her recovery email [[EMAIL_ADDRESS:zofia.b91@wp.pl]] had been changed.""",
    """[[TITLE:Capt]] [[PERSON:Imogen Ashdown-Reyes]], [[AGE:31]], please settle the mess bill of £246 from [[IBAN_CODE:GB76MIDL90177491703374]] before your posting to [[LOCATION:Brunei]] on [[DATE_TIME:09/09/2025]].""",
    """[[PERSON:Ollie]] from [[LOCATION:Kirkcaldy]], password 'Fife4Ever!!', username [[USERNAME:ollie.k.fife]], paid with [[CREDIT_CARD:36816708629990]] exp 02/26.""",
    """The Senior Quality Associate [[PERSON:Radhika Venkataraman]] will move from [[ADDRESS:Apt 1203, 88 Marina Bay Road]] to [[ADDRESS:19 Ashgrove Park]], [[LOCATION:Ballymena]], [[ZIP_CODE:BT43 6PE]] on [[DATE_TIME:2025-06-01]].""",
    """Record update: young person [[PERSON:Tiernan]] (male, [[AGE:14]]) of [[ADDRESS:33 Creggan Road]], [[LOCATION:Derry]], [[ZIP_CODE:BT48 9DQ]]; guardian [[PERSON:Martina Doherty]], [[EMAIL_ADDRESS:martinadoherty@hotmail.com]], [[PHONE_NUMBER:07709 334 118]].""",
    """Funds of £25.00 were sent to prisoner [[PERSON:Lewis Gallacher]] ([[ID_NUMBER:0812276]]) at HMP Kilmarnock by [[PERSON:Caroline Gallacher]] with card [[CREDIT_CARD:4989181653817713]] from IP [[IP_ADDRESS:31.94.17.240]] on [[DATE_TIME:2025-01-30 19:22]].""",
    """Dear [[PERSON:Saoirse]], your BIC AIBKIE2D and IBAN [[IBAN_CODE:IE94AIBK63461741329855]] have been verified; the MAC address 8c:85:90:1a:f2:44 used at registration is now tied to your Lead Identity Producer account.""",
    # gretel-like documents
    """INSURANCE CLAIM FORM
Claimant: [[PERSON:Moira Kilbride]]
Policy No.: HH-7720-1934
Date of Loss: [[DATE_TIME:January 17, 2025]]
Property Address: [[ADDRESS:15 Cowgate]], [[LOCATION:Kirkintilloch]], [[ZIP_CODE:G66 1HW]]
Description: A burst pipe in the loft flooded the upstairs bathroom and landing. The contractor assessed the damage on [[DATE_TIME:January 20, 2025]].
Contact: [[PHONE_NUMBER:0141 776 2093]] / [[EMAIL_ADDRESS:moira.kilbride@virginmedia.com]]""",
    """This Employment Agreement is made on [[DATE_TIME:1 April 2025]] between Highland Fisheries Ltd, of Harbour Road, [[LOCATION:Ullapool]], and [[PERSON:Iain Ross Mackenzie]], of [[ADDRESS:3 Mill Street]], [[LOCATION:Ullapool]], [[ZIP_CODE:IV26 2UN]] (the "Employee"). The Employee's National Insurance number is [[ID_NUMBER:WL 55 09 31 A]]. Salary will be paid monthly in arrears into the account ending 4471.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Mr. Alistair Brodie]]   DOB: [[DATE_TIME:09/04/1948]]   CHI: [[ID_NUMBER:0904488616]]
Admitted: [[DATE_TIME:02/01/2025]] with community-acquired pneumonia. Discharged: [[DATE_TIME:09/01/2025]].
Veteran status: ex-Royal Scots (1966-1975); referred to the veterans' sight loss charity.
GP: [[PERSON:Dr. Fiona Wallace]], Ardblair Medical Practice.
Next of kin: [[PERSON:Gillian Brodie]] (daughter), [[PHONE_NUMBER:07803 551 260]].""",
    """PERSONAL LOAN APPLICATION
Applicant name: [[PERSON:Chidinma Nwachukwu-Reid]]
Date of birth: [[DATE_TIME:1987-12-02]]
Current address: [[ADDRESS:Apartment 5, 18 Belmont Road]], [[LOCATION:Belfast]] [[ZIP_CODE:BT4 2AA]]
Time at address: 3 years
Employer: Causeway Analytics Ltd   Annual income: £48,500
Bank account: [[ID_NUMBER:81994327]] (sort code 95-01-22)
Amount requested: £12,000 over 48 months
Signed: [[PERSON:C. Nwachukwu-Reid]]   Date: [[DATE_TIME:14/02/2025]]""",
    """NOTICE TO QUIT
To: [[PERSON:Raymond Tillery]] and all other occupants of [[ADDRESS:2207 Pecan Hollow Ln, Unit B]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78744]].
You are hereby notified that rent of $1,480.00 for February remains unpaid. You must pay in full or vacate the premises on or before [[DATE_TIME:March 15, 2025]].
Landlord: [[PERSON:Gloria Ibáñez]], [[PHONE_NUMBER:(512) 555-0187]]""",
    """PRE-SENTENCE REPORT (FAST DELIVERY)
Name: [[PERSON:Jordan Lee Fairweather]]
DOB: [[DATE_TIME:22.06.2001]] (Age [[AGE:23]])
CRN: [[ID_NUMBER:D719204]]   PNC: [[ID_NUMBER:19/448213K]]
Address: [[ADDRESS:14 Pendle View]], [[LOCATION:Burnley]], [[ZIP_CODE:BB10 3LQ]]
Offence: Theft from a shop (x3)
Hearing date: [[DATE_TIME:04.03.2025]]
Author: [[PERSON:Naomi Sutcliffe]], Probation Officer
[[PERSON:Mr Fairweather]] told me he is staying with his grandmother, [[PERSON:Pauline Fairweather]], and is on the waiting list for a drug treatment service.""",
    """PATIENT INTAKE FORM - Riverside Family Practice
Patient: [[PERSON:Tomasz Wiśniewski]]   Sex: M   DOB: [[DATE_TIME:03/27/1974]]
SSN: [[US_SSN:387-50-2214]]
Address: [[ADDRESS:56 Harmon Ave, Apt 2R]], [[LOCATION:Cleveland]], [[LOCATION:OH]] [[ZIP_CODE:44105]]
Phone: [[PHONE_NUMBER:216-555-0142]]
Emergency contact: [[PERSON:Dorota Wiśniewska]] (wife) [[PHONE_NUMBER:216-555-0199]]
Insurance: Medical Mutual, member ID [[ID_NUMBER:MMO90417236]]
Reason for visit: persistent cough, 3 weeks""",
    """Dear [[PERSON:Mrs Eileen Drummond]],
Re: Armed Forces Compensation Scheme appeal for the late [[TITLE:Cpl]] [[PERSON:Robert Drummond]]
We act for you in the appeal lodged on [[DATE_TIME:18 September 2024]]. The tribunal has listed the hearing in [[LOCATION:Glasgow]] on [[DATE_TIME:Tuesday 10 June 2025 at 10.00 am]]. Please bring your husband's service record, showing service number [[ID_NUMBER:24377190]], and a copy of the death certificate.
Yours sincerely,
[[PERSON:Callum Reid]]
Solicitor""",
    """TENANCY AGREEMENT dated [[DATE_TIME:1st September 2024]]
Landlord: [[PERSON:Dermot Cashman]], [[ADDRESS:2 Tivoli Park]], [[LOCATION:Cork]], [[ZIP_CODE:T23 KP64]]
Tenant: [[PERSON:Ana Lucía Paredes]], PPSN [[ID_NUMBER:1121332K]]
Property: [[ADDRESS:Apt 14, Lee Point, South Terrace]], [[LOCATION:Cork]], [[ZIP_CODE:T12 N2X6]]
Rent: €1,650 per month, payable by standing order to [[IBAN_CODE:IE55AIBK59628593096857]]
Deposit: €1,650. RTB registration no. 0920114.""",
    """INCIDENT REPORT - Secure Training Centre
Date/time of incident: [[DATE_TIME:16/01/2025 19:05]]
Young person: [[PERSON:Reece Calloway]] (age [[AGE:16]])   Unique ref: [[ID_NUMBER:YJ-220871]]
Staff involved: [[PERSON:M. Adebayo]], [[PERSON:K. Holt]]
Summary: [[PERSON:Reece]] became distressed after a phone call with his father and damaged a chair in the association room. No injuries. Parent informed by phone at 20:10.""",
    """Account statement
Customer: [[PERSON:Priscilla Ampofo]]   Customer number: [[ID_NUMBER:CUS-00381942]]
Statement period: 01/01/2025 - 31/01/2025
Registered address: [[ADDRESS:Flat 22, Oakwood Court, 140 Stamford Hill]], [[LOCATION:London]] [[ZIP_CODE:N16 6QT]]
Direct debit Thames Water £38.20; card payment ending 5521 at Tesco £64.07; transfer from [[PERSON:K. Ampofo]] £150.00""",
    """SERVICE LEAVER'S REFERENCE
This is to certify that [[PERSON:Aisha Rahman]] (service no. [[ID_NUMBER:W1043877]]) served in the Royal Navy from [[DATE_TIME:12 September 2011]] to [[DATE_TIME:11 September 2023]], leaving as a Petty Officer Engineering Technician. Her conduct throughout was exemplary and I recommend her without reservation.
Signed: [[TITLE:Lt Cdr]] [[PERSON:J. P. Whitcombe]], Divisional Officer""",
    """PAROLE BOARD - NOTICE OF ORAL HEARING
Prisoner: [[PERSON:Stephen McKinlay]]
Prison number: [[ID_NUMBER:A6631CQ]]
Establishment: HMP Frankland
Date of hearing: [[DATE_TIME:Wednesday 16 April 2025]]
Panel chair: [[PERSON:Dr. Helen Oduya]]
Legal representative: [[PERSON:Ruth Amstell]], Amstell & Co Solicitors
The hearing will be held by video link. Reference PB/2025/11873.""",
    """Clinic note, [[DATE_TIME:11 March 2025]]. [[PERSON:Ms. Folake Oyelaran]], [[AGE:34]], attended for review of her asthma. She works night shifts at a distribution centre in [[LOCATION:Daventry]]. Peak flow 380 L/min. Plan: step up to ICS/LABA, review in 6 weeks. NHS no. [[ID_NUMBER:605 052 8551]].""",
    """PROMISSORY NOTE
For value received, [[PERSON:Harold J. Benning]], residing at [[ADDRESS:4820 W. Lakeview Ter.]], [[LOCATION:Milwaukee]], [[LOCATION:WI]] [[ZIP_CODE:53216]] ("Borrower"), promises to pay to [[PERSON:Eunice Malloy]] the sum of $8,000, with interest at 5% per annum, in 24 monthly installments beginning [[DATE_TIME:May 1, 2025]].
Borrower's driver's license: [[US_DRIVER_LICENSE:B552-8164-0937-04]]""",
    """Justice Social Work - Community Payback Order review
Service user: [[PERSON:Lisa-Marie Strachan]]   DOB: [[DATE_TIME:25/06/1984]]   PNC ID: [[ID_NUMBER:93/112784P]]
Order imposed on [[DATE_TIME:14 August 2024]]: 150 hours unpaid work, 12 months supervision.
Hours completed to date: 96.
Supervising officer: [[PERSON:Colin Fyfe]]
Next review: [[DATE_TIME:27 February 2025 at 2pm]]""",
    """Department for Communities
[[PERSON:Mr Patrick Donnelly]]
[[ADDRESS:11 Slievemore Park]]
[[LOCATION:Strabane]]
[[ZIP_CODE:BT82 9DX]]
Your Personal Independence Payment has been reviewed. From [[DATE_TIME:5 May 2025]] you will get the enhanced rate of the mobility component.
National Insurance number: [[ID_NUMBER:JC 17 39 84 D]]
If you disagree with this decision, contact us within one month on 0800 012 1573.""",
    """Referral to Memory Assessment Service
Patient: [[PERSON:Mrs Glenys Parry]], [[AGE:79]], [[ADDRESS:Bryn Awel, 3 Lôn Goch]], [[LOCATION:Amlwch]], [[LOCATION:Ynys Môn]], [[ZIP_CODE:LL68 9EN]]
NHS No: [[ID_NUMBER:947 471 7427]]
First language Welsh; please arrange a Welsh-speaking clinician. Her daughter [[PERSON:Carys]] ([[PHONE_NUMBER:07788 214 650]]) will attend with her.""",
    """Auto Claim Summary
Insured: [[PERSON:Brittany Nguyen]], policy PA-4418-2290-7
Loss date: [[DATE_TIME:08/02/2024]]; location: Elm St and 5th Ave, [[LOCATION:Des Moines]], [[LOCATION:IA]]
Other driver: [[PERSON:Javier Ortega-Ruiz]], Iowa DL [[US_DRIVER_LICENSE:481LK2903]], plate [[ID_NUMBER:KTZ 482]]
Adjuster notes: rear-end collision at low speed, no injuries reported.""",
    """Dear [[PERSON:Mr. Nathan Cole]],
Following the investigation into the incident on C Wing at HMP Wakefield on [[DATE_TIME:2 November 2024]], you are invited to a disciplinary hearing on [[DATE_TIME:Friday 17 January 2025 at 10:30]]. You may be accompanied by a trade union representative or a work colleague.
Staff number: [[ID_NUMBER:PS441207]]
[[PERSON:Janet Holroyd]], Head of Residence""",
    """VA Home Loan Certificate of Eligibility - request
Veteran: [[PERSON:Marcus T. Holloway]]   SSN: [[US_SSN:431-82-6650]]
Branch: U.S. Army   Dates of service: [[DATE_TIME:06/14/2004]] - [[DATE_TIME:06/13/2012]]
Current address: [[ADDRESS:907 Magnolia Bend]], [[LOCATION:Fayetteville]], [[LOCATION:NC]] [[ZIP_CODE:28314]]
Phone: [[PHONE_NUMBER:(910) 555-0163]]""",
    """YOUTH REHABILITATION ORDER - SUPERVISION PLAN
Young person: [[PERSON:Jayden Price-Okafor]]   DOB: [[DATE_TIME:03.12.2008]]
Responsible officer: [[PERSON:Tasha Greenwood]]
Requirements: supervision (12 months), activity requirement (60 days), curfew 19:00-07:00 at [[ADDRESS:5 Orchard Mews]], [[LOCATION:Sheffield]], [[ZIP_CODE:S5 8TJ]] for 3 months.
Parent/carer: [[PERSON:Michelle Price]], [[PHONE_NUMBER:07597 220 683]]
First appointment: [[DATE_TIME:Monday 20 January 2025, 4pm]]""",
    """MORTGAGE OFFER
Applicants: [[PERSON:Rajesh Menon]] (DOB [[DATE_TIME:17/04/1981]]) and [[PERSON:Deepa Menon]] (DOB [[DATE_TIME:02/10/1983]])
Property: [[ADDRESS:The Old Manse, Kirk Road]], [[LOCATION:Crieff]], [[ZIP_CODE:PH7 3AA]]
Loan: £285,000 over 30 years at 4.39% fixed until 31/03/2030, then the lender's standard variable rate.
Solicitor acting: Thorntons LLP, Perth.""",
    """WORKERS' COMPENSATION - FIRST REPORT OF INJURY
Employee: [[PERSON:Luis Fernando Quispe]]   SSN: [[US_SSN:603-18-4472]]   Age: [[AGE:41]]
Home address: [[ADDRESS:1719 E. Cactus Rd, Apt 226]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85022]]
Date of injury: [[DATE_TIME:02/11/2025]], approx. 7:40 a.m.
Description: employee slipped on wet floor in loading bay and injured his left wrist.
Supervisor: [[PERSON:Karen Whitlock]]""",
    """DENTAL RECORD
Name: [[PERSON:Niamh O'Keeffe-Walsh]]   D.O.B. [[DATE_TIME:30 Jan 2012]]   Age [[AGE:13]]
Parent/guardian: [[PERSON:Deirdre O'Keeffe]], [[PHONE_NUMBER:021 434 8812]]
Address: [[ADDRESS:6 Glenheights Road]], [[LOCATION:Ballyvolane]], [[LOCATION:Cork]]
Treatment: fissure sealants UR6, UL6; orthodontic referral sent. Next recall: [[DATE_TIME:July 2025]].""",
    """CONTRACT OF EMPLOYMENT
Employer: Brightwater Care Ltd, Unit 3, Ballybrit Business Park, [[LOCATION:Galway]]
Employee: [[PERSON:Nuala Ryan]], [[ADDRESS:14 Oranmore Road]], [[LOCATION:Claregalway]], [[ZIP_CODE:H91 C6P3]]
PPSN: [[ID_NUMBER:6628480U]]
Commencement date: [[DATE_TIME:3 March 2025]]
Position: Healthcare Assistant (night shifts), 39 hours per week
Signed by the employee on [[DATE_TIME:24/02/2025]].""",
    # Nemotron-like
    """{"customer_id": "[[ID_NUMBER:C-558120]]", "name": {"first": "[[PERSON:Aoife]]", "last": "[[PERSON:Brannigan]]"}, "dob": "[[DATE_TIME:1992-03-08]]", "email": "[[EMAIL_ADDRESS:aoife.brannigan@eircom.net]]", "phone": "[[PHONE_NUMBER:+353 1 872 4410]]", "address": {"line1": "[[ADDRESS:17 Leeson Park]]", "city": "[[LOCATION:Dublin 6]]", "eircode": "[[ZIP_CODE:D06 C9R4]]"}, "marketing_opt_in": false}""",
    """2025-02-11 08:14:22,118 INFO  auth.login user=[[USERNAME:mgrieve]] src=[[IP_ADDRESS:10.42.7.188]] result=SUCCESS
2025-02-11 08:14:25,402 WARN  vpn.session user=[[USERNAME:mgrieve]] mac=a4:5e:60:d1:22:9b reason=idle_timeout_reset
2025-02-11 08:15:01,009 INFO  hr.portal view employee_id=[[ID_NUMBER:E004512]] by=[[USERNAME:mgrieve]] fields=[salary,bank]""",
    """INSERT INTO offenders (crn, surname, forenames, dob, postcode, risk_level) VALUES
  ('[[ID_NUMBER:E551027]]', '[[PERSON:PRICE]]', '[[PERSON:Lewis Aaron]]', '[[DATE_TIME:1996-10-02]]', '[[ZIP_CODE:NP20 4QJ]]', 'MEDIUM'),
  ('[[ID_NUMBER:E551028]]', '[[PERSON:OKONJO]]', '[[PERSON:Daniel]]', '[[DATE_TIME:1988-05-19]]', '[[ZIP_CODE:CF24 1NS]]', 'HIGH');""",
    """<ServiceLeaver>
  <ServiceNumber>[[ID_NUMBER:30114592]]</ServiceNumber>
  <Rank>Cpl</Rank>
  <Surname>[[PERSON:Okoro]]</Surname>
  <Forename>[[PERSON:Ifeanyi]]</Forename>
  <DateOfBirth>[[DATE_TIME:1990-08-23]]</DateOfBirth>
  <DischargeDate>[[DATE_TIME:2025-05-31]]</DischargeDate>
  <Unit>22 Engr Regt</Unit>
  <ForwardingAddress>
    <Line1>[[ADDRESS:46 Wyndham Crescent]]</Line1>
    <Town>[[LOCATION:Tidworth]]</Town>
    <Postcode>[[ZIP_CODE:SP9 7DH]]</Postcode>
  </ForwardingAddress>
  <Email>[[EMAIL_ADDRESS:ifeanyi.okoro90@gmail.com]]</Email>
</ServiceLeaver>""",
    """# deploy config - owner: [[PERSON:Shona MacLeod]] <[[EMAIL_ADDRESS:shona.macleod@crofthost.scot]]>
database:
  host: [[IP_ADDRESS:172.31.4.22]]
  port: 5432
  user: svc_billing
  password: "R3d-Stag!2024"
alerts:
  oncall_phone: "[[PHONE_NUMBER:+44 7922 148 370]]"
  escalation: ops@crofthost.scot""",
    """def test_send_reminder():
    patient = Patient(nhs_number="[[ID_NUMBER:706 863 3536]]", name="[[PERSON:Gethin Morgan]]", mobile="[[PHONE_NUMBER:07491 022 687]]")
    appt = Appointment(when="[[DATE_TIME:2025-03-04T09:30]]", clinic="Physio - Ysbyty Glan Clwyd")
    msg = build_sms(patient, appt)
    assert "[[PERSON:Gethin]]" in msg""",
    """Ticket #INC-448210 | Priority: P3 | Opened: 2025-01-29 10:02
Reporter: [[PERSON:Declan Farrelly]] ([[EMAIL_ADDRESS:dfarrelly@ardmorelogistics.ie]], ext 2214)
Summary: Cannot access payroll portal since password reset
Details: User says the portal rejects his login from home ([[IP_ADDRESS:89.101.160.77]]). Employee ID [[ID_NUMBER:ARD-1187]]. Call back on mobile [[PHONE_NUMBER:087 204 9931]].""",
    """{"booking": {"visit_date": "[[DATE_TIME:2025-04-12 13:45]]", "prison": "HMP Hydebank Wood", "prisoner": {"name": "[[PERSON:Ryan Devenney]]", "number": "[[ID_NUMBER:H-20917]]"}, "visitors": [{"name": "[[PERSON:Geraldine Devenney]]", "dob": "[[DATE_TIME:1969-07-30]]", "relationship": "mother"}, {"name": "[[PERSON:Orla Devenney]]", "dob": "[[DATE_TIME:2011-02-14]]", "relationship": "sister"}], "contact_phone": "[[PHONE_NUMBER:07512 336 890]]"}}""",
    """ONLINE APPLICATION - Veterans Railcard
Name: [[PERSON:Mr Ieuan Jenkins]]
Date of birth: [[DATE_TIME:11/11/1977]]
Veteran's ID card number: [[ID_NUMBER:VC0048213]]
Email: [[EMAIL_ADDRESS:ieuanj77@sky.com]]
Postcode: [[ZIP_CODE:SA31 1DR]]
Payment: Visa Debit [[CREDIT_CARD:4410613832376335]], exp 08/28""",
    """[2025-03-02T22:41:07Z] smtp.out queued id=8f3c21aa to=<[[EMAIL_ADDRESS:bernadette.oshea@gmail.com]]> subject="Your appointment on [[DATE_TIME:4 March at 15:20]]"
[2025-03-02T22:41:09Z] sms.out to=[[PHONE_NUMBER:+447700934512]] body="Hi [[PERSON:Bernadette]], reminder: dental check-up [[DATE_TIME:Tue 04/03 15:20]]. Reply C to cancel.\"""",
    """SELECT * FROM customers WHERE email = '[[EMAIL_ADDRESS:jbalogun@outlook.com]]' OR phone = '[[PHONE_NUMBER:07405 881 236]]';
-- subject access request from [[PERSON:Femi Balogun]], received [[DATE_TIME:2025-01-06]]""",
    """[user]
	name = [[PERSON:Rónán Ó Dálaigh]]
	email = [[EMAIL_ADDRESS:ronan.odalaigh@gmail.com]]
[remote "origin"]
	url = git@github.com:[[USERNAME:rodalaigh]]/thesis.git
	fetch = +refs/heads/*:refs/remotes/origin/*""",
    """POST /api/v2/claims HTTP/1.1
Host: claims.example-insure.co.uk
X-Forwarded-For: [[IP_ADDRESS:82.132.219.40]]
User-Agent: Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36
Content-Type: application/json

{"policyholder": "[[PERSON:Kirsteen Baillie]]", "policy": "MTR-55190-22", "incident_date": "[[DATE_TIME:2025-02-20]]", "vehicle_reg": "[[ID_NUMBER:SA22 BKE]]", "contact": "[[PHONE_NUMBER:07982 611 403]]"}""",
    """<Patient><Id system="NHS">[[ID_NUMBER:942 474 1162]]</Id><Name><Given>[[PERSON:Adaeze]]</Given><Family>[[PERSON:Obi-Lawson]]</Family></Name><BirthDate>[[DATE_TIME:1985-11-30]]</BirthDate><Address><Line>[[ADDRESS:7 Harrow Close]]</Line><City>[[LOCATION:Luton]]</City><PostalCode>[[ZIP_CODE:LU3 2HB]]</PostalCode></Address><Telecom>[[PHONE_NUMBER:01582 720 348]]</Telecom></Patient>""",
    """{"yp_id": "[[ID_NUMBER:YOS-30418]]", "forename": "[[PERSON:Kacper]]", "surname": "[[PERSON:Nowicki]]", "age": [[AGE:15]], "school": "St Joseph's RC High", "order": "Referral Order (9 months)", "start": "[[DATE_TIME:2024-11-18]]", "caseworker": "[[PERSON:Hollie Beck]]", "parent_phone": "[[PHONE_NUMBER:07386 554 102]]"}""",
    """[[IP_ADDRESS:188.29.164.5]] - [[USERNAME:lmcfadden]] [12/Feb/2025:09:31:44 +0000] "GET /portal/payslips/2025-01.pdf HTTP/1.1" 200 48213 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:122.0) Gecko/20100101 Firefox/122.0"
[[IP_ADDRESS:188.29.164.5]] - [[USERNAME:lmcfadden]] [12/Feb/2025:09:32:10 +0000] "POST /portal/bank-details HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:122.0) Gecko/20100101 Firefox/122.0\"""",
    """const applicant = {
  fullName: "[[PERSON:Tendai Mhlanga]]",
  niNumber: "[[ID_NUMBER:NR 20 48 66 C]]",
  dateOfBirth: "[[DATE_TIME:14/09/1993]]",
  addressLine1: "[[ADDRESS:Flat 3, 29 Marchmont Road]]",
  postcode: "[[ZIP_CODE:EH9 1HY]]",
};
// TODO: remove before commit, this is real data from [[PERSON:Tendai]]'s application""",
    """A-WING OCCURRENCE LOG
06:45 Roll check: all correct.
07:10 [[PERSON:Ahmed Warsame]] ([[ID_NUMBER:A1192MH]]) escorted to healthcare.
09:30 Legal visit for [[PERSON:Jason Breen]] ([[ID_NUMBER:A7740LN]]) with solicitor [[PERSON:Ms. Parveen Akhtar]].
11:15 Cell search A2-17, nothing found.
12:00 Lunch served, [[PERSON:Breen]] refused meal.""",
    """Support ticket - Category: Account recovery
Name: [[PERSON:Oluwadamilare Coker]]; Username: [[USERNAME:dami_coker]]; Registered phone: [[PHONE_NUMBER:+234 809 552 0147]]; Last login: [[DATE_TIME:2025-02-27 21:14 WAT]]; Last known IP: [[IP_ADDRESS:197.210.53.88]]
Notes: customer no longer has access to the SIM; identity check passed with two security questions.""",
    """{"veteran": {"name": "[[PERSON:Angus Matheson]]", "service": "Royal Navy", "service_number": "[[ID_NUMBER:D154322F]]", "dob": "[[DATE_TIME:12 May 1952]]", "address": "[[ADDRESS:Tigh-na-Bruaich, 2 Shore Road]], [[LOCATION:Lochinver]]", "next_of_kin": {"name": "[[PERSON:Ishbel Matheson]]", "phone": "[[PHONE_NUMBER:01571 844 290]]"}}}""",
    """UPDATE prisoner_accounts SET spends_balance = 12.40, phone_pin = '7731' WHERE prison_number = '[[ID_NUMBER:A5046DW]]';
-- approved numbers for [[PERSON:Michael Tierney]]: [[PHONE_NUMBER:07511 209 844]] (partner [[PERSON:Stacey]]), [[PHONE_NUMBER:0161 445 2871]] (mum)""",
    """From: [[PERSON:Bethan Griffiths]] <[[EMAIL_ADDRESS:bethan.griffiths@probation.gov.uk]]>
To: [[PERSON:Huw Roberts]] <[[EMAIL_ADDRESS:huw.roberts@justice.gov.uk]]>
Date: [[DATE_TIME:Mon, 3 Mar 2025 16:02:11 +0000]]
Subject: [[PERSON:Kyle Doran]] CRN [[ID_NUMBER:C204418]] - change of address

[[PERSON:Huw]], [[PERSON:Kyle]] has moved to [[ADDRESS:Flat 4, 12 Queen Street]], [[LOCATION:Rhyl]] [[ZIP_CODE:LL18 1RU]] as of [[DATE_TIME:1 March]]. Can you update nDelius?
[[PERSON:Bethan]]""",
    """env:
  - name: ADMIN_CONTACT
    value: "[[PERSON:Krzysztof Lewandowski]] <[[EMAIL_ADDRESS:k.lewandowski@datawharf.io]]>"
  - name: ALLOWED_IP
    value: "[[IP_ADDRESS:91.231.44.7]]"
  - name: API_KEY
    value: "sk_live_51Hx9aQ2fT8vLmP0"
  - name: LOG_LEVEL
    value: "info\"""",
    """Donation form - Help for Heroes
Full name: [[PERSON:Sandeep Gill]]
Address: [[ADDRESS:71 Tettenhall Road]], [[LOCATION:Wolverhampton]], [[ZIP_CODE:WV3 9NB]]
Email: [[EMAIL_ADDRESS:sandeep.gill@talktalk.net]]
Card number: [[CREDIT_CARD:5421 9495 1249 7148]]   Expiry: 06/27   CVC: 219
Amount: £40 monthly   Gift Aid: yes""",
    """# [[PERSON:Ewa Kaczmarek]]
[[ADDRESS:22 Drumsheugh Gardens]], [[LOCATION:Edinburgh]] · [[PHONE_NUMBER:07930 155 284]] · [[EMAIL_ADDRESS:ewa.kaczmarek@gmail.com]] · [[URL:linkedin.com/in/ewakaczmarek]]

## Experience
**Site Reliability Engineer**, Skyscanner (2021-present)
**Corporal, Royal Signals** (2012-2020): ran a 12-person detachment on exercise in [[LOCATION:Estonia]]""",
    """services:
  mailer:
    image: postfix:3.8
    environment:
      - RELAY_USER=[[EMAIL_ADDRESS:gordon.mcphail@glenhosting.co.uk]]
      - RELAY_PASS=Gl3nR0ck!
      - ALERT_SMS=[[PHONE_NUMBER:+447896551023]]
    ports:
      - "25:25\"""",
    """mutation {
  updateProfile(input: {userId: "u_48213", displayName: "[[PERSON:Tolulope A.]]", email: "[[EMAIL_ADDRESS:tolu.adesanya@gmail.com]]", birthday: "[[DATE_TIME:1995-08-12]]", homeCity: "[[LOCATION:Milton Keynes]]"}) {
    ok
  }
}""",
    """$member = [
    'membership_no' => '[[ID_NUMBER:RBL-0447812]]',
    'name'          => '[[PERSON:Dennis Fairclough]]',
    'branch'        => '[[LOCATION:Wigan]]',
    'joined'        => '[[DATE_TIME:1979-05-08]]',
    'service'       => 'Royal Green Jackets',
    'phone'         => '[[PHONE_NUMBER:01942 244 617]]',
];""",
    """{"event": "portal_login", "patient_id": "[[ID_NUMBER:PT-0093318]]", "user": "[[USERNAME:rmcconville]]", "ip": "[[IP_ADDRESS:2a01:4b00:8710:e200:1c5e:6f0a:3d2b:91e4]]", "device_mac": "f0:18:98:3a:b7:21", "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148", "ts": "2025-02-03T07:58:13Z"}""",
    """INSERT INTO veterans_register (surname, forename, service_no, branch, dob, postcode, email)
VALUES ('[[PERSON:Gallagher]]', '[[PERSON:Seamus]]', '[[ID_NUMBER:24566201]]', 'Army', '[[DATE_TIME:1975-02-17]]', '[[ZIP_CODE:BT47 3RX]]', '[[EMAIL_ADDRESS:seamusg75@gmail.com]]');""",
    """Crash report 7f2a-11e0
app_version: 4.12.0.3
os: Android 13 (SDK 33)
device: Samsung SM-A536B
user_email: [[EMAIL_ADDRESS:keeley.hunt@icloud.com]]
user_phone: [[PHONE_NUMBER:07403 118 275]]
last_login: [[DATE_TIME:2025-02-14T18:03:51Z]]
ip: [[IP_ADDRESS:148.252.129.30]]
stack: java.lang.NullPointerException at com.example.app.Checkout.onCreate(Checkout.java:88)""",
    # Welsh
    """Annwyl [[PERSON:Meinir]], fel Cydlynydd Data newydd ein swyddfa yn [[LOCATION:Aberystwyth]], anfonwch eich manylion banc: IBAN [[IBAN_CODE:GB86BARC75480932930015]], BIC BARCGB22. Eich cyfeiriad cartref yw [[ADDRESS:Fflat 2, 15 Stryd y Popty]], [[ZIP_CODE:SY23 1JY]], a'ch dyddiad geni yw [[DATE_TIME:08/05/1993]].""",
    """FFURFLEN GOFRESTRU - Cyn-filwyr
Enw: [[PERSON:Emyr Llwyd]]
Dyddiad geni: [[DATE_TIME:2 Tachwedd 1970]]
Rhif gwasanaeth: [[ID_NUMBER:24801167]]
Cyfeiriad: [[ADDRESS:Tŷ Gwyn, 7 Lôn yr Eglwys]], [[LOCATION:Llanrwst]], [[ZIP_CODE:LL26 0DE]]
Ffôn: [[PHONE_NUMBER:01492 641 337]]
E-bost: [[EMAIL_ADDRESS:emyr.llwyd@btinternet.com]]""",
    """Annwyl [[PERSON:Mrs Bethan Huws]],
Ysgrifennaf ynglŷn â rhyddhau eich mab, [[PERSON:Gethin Huws]] (rhif carchar [[ID_NUMBER:A3390HB]]), o CEF Berwyn ar [[DATE_TIME:21 Mawrth 2025]]. Bydd yn byw yn [[ADDRESS:14 Ffordd Penlan]], [[LOCATION:Wrecsam]], a bydd ei swyddog prawf, [[PERSON:Siôn Edwards]], yn cysylltu â chi cyn hynny.
Yn gywir,
[[PERSON:Nia Pritchard]]""",
    """{"enw": "[[PERSON:Cerys ap Rhys]]", "ebost": "[[EMAIL_ADDRESS:cerys.aprhys@gmail.com]]", "ffon": "[[PHONE_NUMBER:07825 903 114]]", "dyddiad_geni": "[[DATE_TIME:1999-01-21]]", "cod_post": "[[ZIP_CODE:SA48 7ED]]", "cyfeiriad_ip": "[[IP_ADDRESS:94.1.202.77]]", "iaith": "cy"}""",
    """Cofnod claf gan [[PERSON:Dr. Elin Mathias]]. Claf: [[PERSON:Gwilym Jones]], [[AGE:72]] oed, rhif GIG [[ID_NUMBER:657 737 3191]], [[ADDRESS:Y Berllan, Heol y Wern]], [[LOCATION:Caerfyrddin]]. Gwelwyd yn y clinig ar [[DATE_TIME:10 Ionawr 2025]] gyda phoen yn y frest; cyfeiriwyd i'r adran gardioleg.""",
    # Irish
    """A [[PERSON:Shéamais]], mar Bhainisteoir Sonraí nua inár n-oifig i [[LOCATION:gCorcaigh]], seol uimhir do chárta, [[CREDIT_CARD:4957143595973820]] (dul in éag 03/28, CVV 771), agus do sheoladh baile, [[ADDRESS:22 Sráid an Chaisleáin]], [[ZIP_CODE:T12 RX40]], roimh do chéad lá oibre, an [[DATE_TIME:30/09/2025]].""",
    """FOIRM IARRATAIS - Óglaigh na hÉireann
Ainm: [[PERSON:Eimear Nic Giolla Bhríde]]
Dáta breithe: [[DATE_TIME:03/07/2002]]
Uimhir PSP: [[ID_NUMBER:2717625QA]]
Seoladh: [[ADDRESS:9 Cnoc na Gaoithe]], [[LOCATION:Gaoth Dobhair]], [[LOCATION:Co. Dhún na nGall]], [[ZIP_CODE:F92 KX37]]
Fón póca: [[PHONE_NUMBER:083 447 1902]]""",
    """FÓGRA - Seirbhís Phríosúin na hÉireann
Príosúnach: [[PERSON:Micheál Ó Flatharta]], uimhir [[ID_NUMBER:P-118204]].
Aistreofar é ó Phríosún Chaisleán an Chomair go Príosún Loch Garman [[DATE_TIME:Dé Luain 7 Aibreán 2025]]. Cuirfear a mháthair, [[PERSON:Bríd Uí Fhlatharta]], ar an eolas ag [[PHONE_NUMBER:091 593 208]].""",
    """{"ainm": "[[PERSON:Donncha Mac Cárthaigh]]", "ríomhphost": "[[EMAIL_ADDRESS:donncha.maccarthaigh@gmail.com]]", "IBAN": "[[IBAN_CODE:IE38IPBS76618213151066]]", "seoladh_IP": "[[IP_ADDRESS:37.228.251.14]]", "dáta_breithe": "[[DATE_TIME:1986-10-14]]", "contae": "[[LOCATION:Ciarraí]]"}""",
    """Tuairisc ón tSeirbhís Promhaidh: bhuail an t-oifigeach promhaidh [[PERSON:Niamh de Paor]] le [[PERSON:Cian Ó Dochartaigh]] ([[AGE:19]]) in oifig [[LOCATION:Shligigh]] [[DATE_TIME:Déardaoin 13 Feabhra ag 11:00]]. Tá sé ina chónaí lena dheirfiúr [[PERSON:Siobhán]] ag [[ADDRESS:5 Ardán na Mara]], [[LOCATION:Sligeach]], [[ZIP_CODE:F91 W2C8]].""",
]

TABLE = [
    """emp_id,first_name,last_name,dept,start_date,mobile
[[ID_NUMBER:E1042]],[[PERSON:Morven]],[[PERSON:Cairns]],Finance,[[DATE_TIME:2023-04-03]],[[PHONE_NUMBER:07712 300 418]]
[[ID_NUMBER:E1043]],[[PERSON:Adebayo]],[[PERSON:Ogunbiyi]],IT,[[DATE_TIME:2023-04-17]],[[PHONE_NUMBER:07400 812 559]]
[[ID_NUMBER:E1047]],[[PERSON:Iona]],[[PERSON:MacRae]],Operations,[[DATE_TIME:2023-05-02]],[[PHONE_NUMBER:07851 226 940]]""",
    """CHI	Name	DOB	Clinic	Time
[[ID_NUMBER:0208916393]]	[[PERSON:Euan Blackwood]]	[[DATE_TIME:02/08/1991]]	Ortho	09:20
[[ID_NUMBER:1812861346]]	[[PERSON:Rachel Ng]]	[[DATE_TIME:18/12/1986]]	Ortho	09:40
[[ID_NUMBER:2211734685]]	[[PERSON:Catriona Bell]]	[[DATE_TIME:22/11/1973]]	Physio	10:00""",
    """| Volunteer | Phone | Email | Shift |
|---|---|---|---|
| [[PERSON:Gareth Powell]] | [[PHONE_NUMBER:07968 441 203]] | [[EMAIL_ADDRESS:gpowell1962@gmail.com]] | Sat AM |
| [[PERSON:Shirin Farahani]] | [[PHONE_NUMBER:07311 850 776]] | [[EMAIL_ADDRESS:shirin.f@yahoo.co.uk]] | Sat PM |
| [[PERSON:Tom O'Neill]] | [[PHONE_NUMBER:07887 020 314]] | [[EMAIL_ADDRESS:tomoneill.swansea@outlook.com]] | Sun |""",
    """PRISON_NO  SURNAME        FORENAME   DOB         LOCATION   IEP
[[ID_NUMBER:A1734BX]]    [[PERSON:KOWALSKI]]       [[PERSON:PAWEL]]      [[DATE_TIME:14/02/1991]]  B2-04      STD
[[ID_NUMBER:A2290DL]]    [[PERSON:MCBRIDE]]        [[PERSON:SEAN]]       [[DATE_TIME:03/09/1979]]  B2-11      ENH
[[ID_NUMBER:A8815KT]]    [[PERSON:ABDI]]           [[PERSON:MOHAMED]]    [[DATE_TIME:27/06/2000]]  C1-02      BAS""",
    """{"cust_no": "[[ID_NUMBER:CU-88012]]", "name": "[[PERSON:Kayla Brooks]]", "email": "[[EMAIL_ADDRESS:kbrooks94@gmail.com]]", "state": "[[LOCATION:OH]]", "zip": "[[ZIP_CODE:43215]]", "tier": "gold"}
{"cust_no": "[[ID_NUMBER:CU-88013]]", "name": "[[PERSON:Andre Lavoie]]", "email": "[[EMAIL_ADDRESS:andre.lavoie@videotron.ca]]", "state": "[[LOCATION:QC]]", "zip": "[[ZIP_CODE:H2J 3K5]]", "tier": "silver"}
{"cust_no": "[[ID_NUMBER:CU-88019]]", "name": "[[PERSON:Rosa Delgado-Price]]", "email": "[[EMAIL_ADDRESS:rosadp@comcast.net]]", "state": "[[LOCATION:NM]]", "zip": "[[ZIP_CODE:87106]]", "tier": "bronze"}""",
    """- name: [[TITLE:Pte]] [[PERSON:Callum Baird]]
  service_no: "[[ID_NUMBER:30447812]]"
  nok: [[PERSON:Angela Baird]]
  nok_relationship: mother
  nok_phone: "[[PHONE_NUMBER:01387 262 410]]"
- name: [[TITLE:LCpl]] [[PERSON:Jerome Asante]]
  service_no: "[[ID_NUMBER:25198830]]"
  nok: [[PERSON:Efua Asante]]
  nok_relationship: wife
  nok_phone: "[[PHONE_NUMBER:07939 602 118]]"
- name: [[TITLE:Cpl]] [[PERSON:Kirsty Lowe]]
  service_no: "[[ID_NUMBER:30512276]]"
  nok: [[PERSON:Alan Lowe]]
  nok_relationship: father
  nok_phone: "[[PHONE_NUMBER:01506 431 877]]\"""",
    """Name: [[PERSON:Daniel Oyelowo]]
DOB: [[DATE_TIME:19 Jul 1990]]
NI No: [[ID_NUMBER:SC 62 40 19 B]]
Tax code: 1257L
Bank: acc [[ID_NUMBER:50281173]] / s.c. 60-83-71
---
Name: [[PERSON:Rebecca Hale]]
DOB: [[DATE_TIME:02 Mar 1985]]
NI No: [[ID_NUMBER:PW 17 55 83 A]]
Tax code: BR
Bank: acc [[ID_NUMBER:13374410]] / s.c. 40-11-62""",
    """order_id,sku,qty,customer,postcode,dispatched
ORD-55102,TEA-EB-250,2,[[PERSON:M. Jaworska]],[[ZIP_CODE:G12 8QQ]],yes
ORD-55103,MUG-STN-01,1,[[PERSON:Ali Reza Karimi]],[[ZIP_CODE:EH11 2PF]],no
ORD-55107,TEA-LS-500,4,[[PERSON:Fiona Ure]],[[ZIP_CODE:KA7 1UJ]],yes
ORD-55110,GIFT-BOX-3,1,[[PERSON:Bill McKechnie]],[[ZIP_CODE:PA19 1QY]],yes""",
    """| Staff no | Employee | NINO | Grade | Hire date |
|----------|----------|------|-------|-----------|
| [[ID_NUMBER:70331]] | [[PERSON:Olusegun Bakare]] | [[ID_NUMBER:JH 33 81 07 C]] | Band 5 | [[DATE_TIME:04/09/2017]] |
| [[ID_NUMBER:70364]] | [[PERSON:Gemma Fitzgerald]] | [[ID_NUMBER:NZ 52 64 90 D]] | Band 6 | [[DATE_TIME:15/01/2019]] |
| [[ID_NUMBER:70411]] | [[PERSON:Rohan Desai]] | [[ID_NUMBER:AB 90 17 46 A]] | Band 4 | [[DATE_TIME:28/06/2022]] |""",
    """Member	County	Mobile	Team
[[PERSON:Cillian Ó Murchú]]	[[LOCATION:Kerry]]	[[PHONE_NUMBER:087 771 0923]]	Senior
[[PERSON:Aisling Fahy]]	[[LOCATION:Galway]]	[[PHONE_NUMBER:085 149 3380]]	Camogie
[[PERSON:Darragh Kinsella]]	[[LOCATION:Wexford]]	[[PHONE_NUMBER:086 402 5517]]	Minor
[[PERSON:Ruth Adeyemi]]	[[LOCATION:Dublin]]	[[PHONE_NUMBER:083 918 2204]]	Junior""",
    """student_no | name | course | email
[[ID_NUMBER:2231847]] | [[PERSON:Eilidh Paterson]] | BSc Nursing | [[EMAIL_ADDRESS:eilidh.paterson99@gmail.com]]
[[ID_NUMBER:2230912]] | [[PERSON:Yusuf Demir]] | MEng Civil | [[EMAIL_ADDRESS:ydemir.eng@outlook.com]]
[[ID_NUMBER:2232265]] | [[PERSON:Chloe Ferrie]] | MA History | [[EMAIL_ADDRESS:chloeferrie@icloud.com]]""",
    """name,age,service,years,lunch_choice
[[PERSON:Jim Bradley]],[[AGE:84]],Royal Artillery,22,fish
[[PERSON:Margaret]] "[[PERSON:Peggy]]" [[PERSON:Lynch]],[[AGE:79]],WRAC,6,soup
[[PERSON:Anil Thapa]],[[AGE:61]],Royal Gurkha Rifles,24,curry
[[PERSON:Stevie Goudie]],[[AGE:55]],Royal Scots,12,fish""",
    """ACCOUNT HOLDER         IBAN                          CURRENCY  OPENED
[[PERSON:Eoghan Lenihan]]         [[IBAN_CODE:IE62PTSB35368735491487]]        EUR       2019
[[PERSON:Maeve Costigan]]         [[IBAN_CODE:IE43BOFI91851482268619]]        EUR       2021
[[PERSON:Piotr Zawadzki]]         [[IBAN_CODE:IE33ULSB04526515958231]]        EUR       2016""",
    """{"username": "[[USERNAME:mkeenan]]", "full_name": "[[PERSON:Marie Keenan]]", "last_login": "[[DATE_TIME:2025-02-28T08:12:44Z]]", "last_ip": "[[IP_ADDRESS:81.2.69.160]]", "mfa": true}
{"username": "[[USERNAME:tokoye]]", "full_name": "[[PERSON:Tunde Okoye]]", "last_login": "[[DATE_TIME:2025-02-27T17:40:02Z]]", "last_ip": "[[IP_ADDRESS:2a00:23c7:9e1a:d401::5c]]", "mfa": false}
{"username": "[[USERNAME:svc_backup]]", "full_name": null, "last_login": "2025-03-01T02:00:00Z", "last_ip": "10.0.3.14", "mfa": false}""",
    """oncall:
  primary:
    name: [[PERSON:Hamza Qureshi]]
    phone: "[[PHONE_NUMBER:+44 7700 900 481]]"
    email: [[EMAIL_ADDRESS:hamza.qureshi@northbridge.dev]]
  secondary:
    name: [[PERSON:Lucy Tennant]]
    phone: "[[PHONE_NUMBER:+44 7700 900 736]]"
    email: [[EMAIL_ADDRESS:lucy.tennant@northbridge.dev]]
  escalation: incidents@northbridge.dev
  rota_week: 9""",
    """PATIENT:  [[PERSON:WHELAN]], [[PERSON:Bridie]]
DOB:      [[DATE_TIME:11-Apr-1939]]   AGE: [[AGE:85]]
H&C No:   [[ID_NUMBER:335 525 1372]]
WARD:     7B   BED: 14
CONSULT:  [[PERSON:Dr. S. Mahendran]]
ALLERGY:  penicillin""",
    """employee,ssn,state,hire_date,salary
[[PERSON:Brandon Whitfield]],[[US_SSN:219-40-7718]],[[LOCATION:MD]],[[DATE_TIME:2021-08-16]],74000
[[PERSON:Yesenia Morales]],[[US_SSN:562-09-3341]],[[LOCATION:CA]],[[DATE_TIME:2022-01-10]],81500
[[PERSON:Terrence Akers]],[[US_SSN:408-77-1295]],[[LOCATION:TN]],[[DATE_TIME:2019-03-04]],69250""",
    """| Tenant | Address | Move-in | Rent |
| --- | --- | --- | --- |
| [[PERSON:Sorcha Duffy]] | [[ADDRESS:Flat 1, 23 Botanic Avenue]], [[LOCATION:Belfast]] [[ZIP_CODE:BT7 1JJ]] | [[DATE_TIME:01/09/2023]] | £850 |
| [[PERSON:Mateusz Król]] | [[ADDRESS:Flat 2, 23 Botanic Avenue]], [[LOCATION:Belfast]] [[ZIP_CODE:BT7 1JJ]] | [[DATE_TIME:15/02/2024]] | £825 |
| [[PERSON:Hannah]] & [[PERSON:Joel Reid]] | [[ADDRESS:Flat 3, 23 Botanic Avenue]], [[LOCATION:Belfast]] [[ZIP_CODE:BT7 1JJ]] | [[DATE_TIME:01/07/2022]] | £990 |""",
    """Prison No	Name	Nationality	Religion	Diet
[[ID_NUMBER:A4410CF]]	[[PERSON:Hassan Jama]]	[[NRP:Somali]]	[[NRP:Muslim]]	Halal
[[ID_NUMBER:A5182DR]]	[[PERSON:Valentin Popescu]]	[[NRP:Romanian]]	[[NRP:Orthodox]]	Standard
[[ID_NUMBER:A6027BK]]	[[PERSON:Gurpreet Singh]]	[[NRP:British]]	[[NRP:Sikh]]	Vegetarian
[[ID_NUMBER:A6119LM]]	[[PERSON:Paul Carmody]]	[[NRP:Irish]]	[[NRP:Catholic]]	Standard""",
    """yp_ref,initials,age,order_type,start_date,worker
[[ID_NUMBER:YJ0441]],[[PERSON:K.M.]],[[AGE:15]],Referral Order,[[DATE_TIME:2024-10-07]],[[PERSON:Lauren]]
[[ID_NUMBER:YJ0452]],[[PERSON:D.O.]],[[AGE:17]],YRO,[[DATE_TIME:2024-11-21]],[[PERSON:Mo]]
[[ID_NUMBER:YJ0458]],[[PERSON:T.A.-B.]],[[AGE:14]],Out of court,[[DATE_TIME:2025-01-13]],[[PERSON:Lauren]]""",
    """| Employee | SIN | Province | Start |
|:--|:--|:--|:--|
| [[PERSON:Jean-François Tremblay]] | [[ID_NUMBER:197 871 023]] | [[LOCATION:QC]] | [[DATE_TIME:2024-05-06]] |
| [[PERSON:Harpreet Dhaliwal]] | [[ID_NUMBER:564 803 468]] | [[LOCATION:BC]] | [[DATE_TIME:2023-09-18]] |
| [[PERSON:Mary-Kate Doucette]] | [[ID_NUMBER:719 770 505]] | [[LOCATION:NS]] | [[DATE_TIME:2022-02-28]] |""",
    """cardholder | card | exp | status | note
[[PERSON:Graham Lusk]] | [[CREDIT_CARD:5225 0599 7346 1340]] | 07/26 | BLOCKED | reported stolen in [[LOCATION:Stirling]]
[[PERSON:Anjali Varma]] | [[CREDIT_CARD:4282 6172 5605 3333]] | 12/27 | ACTIVE | -
[[PERSON:Dylan Roche]] | [[CREDIT_CARD:3460 626568 57599]] | 03/25 | EXPIRED | replacement sent""",
    """NHS NUMBER    SURNAME       FORENAME    REFERRED     WAIT(WKS)
[[ID_NUMBER:946 140 8315]]  [[PERSON:Okafor]]        [[PERSON:Blessing]]    [[DATE_TIME:2024-06-12]]   38
[[ID_NUMBER:650 086 9931]]  [[PERSON:Llewellyn]]     [[PERSON:Huw]]         [[DATE_TIME:2024-07-01]]   35
[[ID_NUMBER:606 736 5324]]  [[PERSON:Hussain]]       [[PERSON:Mariam]]      [[DATE_TIME:2024-08-19]]   28""",
    """{"driver": "[[PERSON:Bogdan Ionescu]]", "plate": "[[ID_NUMBER:LK70 HWP]]", "depot": "Bellshill", "phone": "[[PHONE_NUMBER:07438 990 124]]", "route": "ML4-07"}
{"driver": "[[PERSON:Kenny Lafferty]]", "plate": "[[ID_NUMBER:SJ19 XOA]]", "depot": "Bellshill", "phone": "[[PHONE_NUMBER:07514 602 813]]", "route": "ML1-02"}
{"driver": "[[PERSON:Precious Ndlovu]]", "plate": "[[ID_NUMBER:SV22 KEU]]", "depot": "Livingston", "phone": "[[PHONE_NUMBER:07862 117 450]]", "route": "EH54-11"}""",
    """pupil,class,parent_carer,contact_no,address
[[PERSON:Oisín Maguire]],P5,[[PERSON:Clodagh Maguire]],[[PHONE_NUMBER:028 8224 1906]],"[[ADDRESS:4 Killyclogher Road]], [[LOCATION:Omagh]]"
[[PERSON:Lily-Rose Boyd]],P5,[[PERSON:Stephen Boyd]],[[PHONE_NUMBER:07821 440 392]],"[[ADDRESS:17 Gortin Road]], [[LOCATION:Omagh]]"
[[PERSON:Nathaniel Adewale]],P6,[[PERSON:Funmi Adewale]],[[PHONE_NUMBER:07706 258 931]],"[[ADDRESS:2 Mullaghmore Drive]], [[LOCATION:Omagh]]\"""",
    """SERVICE USER:     [[PERSON:Craig Dunleavy]]
CRN:              [[ID_NUMBER:F630184]]
DOB:              [[DATE_TIME:08/10/1992]]
ADDRESS:          [[ADDRESS:21 Clydesdale Street]], [[LOCATION:Hamilton]] [[ZIP_CODE:ML3 0DD]]
PHONE:            [[PHONE_NUMBER:07933 274 601]]
OFFENDER MANAGER: [[PERSON:Angela McGarvey]]
TIER:             B2
NEXT APPT:        [[DATE_TIME:Thu 6 March 2025 10:15]]""",
    """Member	Suburb	State	Joined	Mobile
[[PERSON:Liam Nguyen]]	[[LOCATION:Footscray]]	[[LOCATION:VIC]]	[[DATE_TIME:12/03/2021]]	[[PHONE_NUMBER:0412 558 903]]
[[PERSON:Aroha Wihongi]]	[[LOCATION:Fortitude Valley]]	[[LOCATION:QLD]]	[[DATE_TIME:05/11/2022]]	[[PHONE_NUMBER:0438 120 647]]
[[PERSON:Georgia Papadakis]]	[[LOCATION:Marrickville]]	[[LOCATION:NSW]]	[[DATE_TIME:28/01/2024]]	[[PHONE_NUMBER:0401 779 215]]""",
    """| Speaker | Affiliation | Homepage | Talk |
|---|---|---|---|
| [[PERSON:Dr. Aideen Moriarty]] | UCD | [[URL:https://aideenmoriarty.ie]] | Privacy in the census |
| [[PERSON:Prof. Kwabena Mensah]] | University of Glasgow | [[URL:https://kmensah.github.io]] | Synthetic data at scale |
| [[PERSON:Siân Lloyd-Williams]] | Bangor University | [[URL:https://sianlw.cymru]] | Bilingual NER |""",
    """member_id,surname,first,dob,class
[[ID_NUMBER:GYM-10293]],[[PERSON:Castillo]],[[PERSON:Marisol]],[[DATE_TIME:04/17/1995]],spin
[[ID_NUMBER:GYM-10318]],[[PERSON:Washington]],[[PERSON:Tyrell]],[[DATE_TIME:11/02/1988]],boxing
[[ID_NUMBER:GYM-10322]],[[PERSON:Feldman]],[[PERSON:Rachel]],[[DATE_TIME:09/30/1979]],pilates
[[ID_NUMBER:GYM-10340]],[[PERSON:Yamamoto]],[[PERSON:Ken]],[[DATE_TIME:01/05/2001]],spin""",
    """landlords:
  - name: "[[PERSON:Fergal Nolan]]"
    phone: "[[PHONE_NUMBER:+353 86 240 1178]]"
    property: "[[ADDRESS:12 Mary Street]], [[LOCATION:Clonmel]], [[ZIP_CODE:E91 W7K2]]"
    rtb_reg: "RT0041872"
  - name: "[[PERSON:Bernie Walsh]]"
    phone: "[[PHONE_NUMBER:+353 87 965 0032]]"
    property: "[[ADDRESS:Apt 3, The Maltings, Green Street]], [[LOCATION:Callan]]"
    rtb_reg: "RT0042209\"""",
    """Name,PAN,City,Mobile,Joined
[[PERSON:Ritu Saxena]],[[ID_NUMBER:BQWPS4821K]],[[LOCATION:Pune]],[[PHONE_NUMBER:+91 98220 41357]],[[DATE_TIME:03-Jan-2022]]
[[PERSON:Mohammed Irfan Shaikh]],[[ID_NUMBER:AKRPS0917D]],[[LOCATION:Hyderabad]],[[PHONE_NUMBER:+91 90000 72418]],[[DATE_TIME:17-Aug-2023]]
[[PERSON:Lakshmi Narayanan]],[[ID_NUMBER:CFZPN3306M]],[[LOCATION:Chennai]],[[PHONE_NUMBER:+91 94440 18290]],[[DATE_TIME:01-Apr-2021]]""",
    """{"sender": "[[PERSON:Achieng Otieno]]", "msisdn": "[[PHONE_NUMBER:+254 712 448 091]]", "amount_kes": 2500, "receiver": "[[PERSON:Brian Mwangi]]", "receiver_msisdn": "[[PHONE_NUMBER:+254 733 106 582]]"}
{"sender": "[[PERSON:Ifeanyi Nwosu]]", "msisdn": "[[PHONE_NUMBER:+234 806 551 3004]]", "amount_kes": null, "receiver": "[[PERSON:Ngozi Nwosu]]", "receiver_msisdn": "[[PHONE_NUMBER:+234 703 220 9187]]"}
{"sender": "[[PERSON:Wairimu Njoroge]]", "msisdn": "[[PHONE_NUMBER:+254 701 930 274]]", "amount_kes": 800, "receiver": "Safaricom Paybill 247247", "receiver_msisdn": null}""",
    """enw,cyfeiriad,cod_post,ffon,dyddiad_geni
[[PERSON:Llŷr Tudur]],"[[ADDRESS:3 Stryd Fawr]], [[LOCATION:Dolgellau]]",[[ZIP_CODE:LL40 1AU]],[[PHONE_NUMBER:01341 422 608]],[[DATE_TIME:21/03/1958]]
[[PERSON:Mererid Hopwood]],"[[ADDRESS:Bryn Teg, Ffordd y Traeth]], [[LOCATION:Cricieth]]",[[ZIP_CODE:LL52 0EL]],[[PHONE_NUMBER:07787 310 452]],[[DATE_TIME:09/10/1964]]
[[PERSON:Osian Wyn]],"[[ADDRESS:Fflat 5, 40 Heol y Frenhines]], [[LOCATION:Caerdydd]]",[[ZIP_CODE:CF10 2BX]],[[PHONE_NUMBER:07512 993 021]],[[DATE_TIME:30/06/2001]]""",
    """| Disgybl | Oed | Rhiant | E-bost |
|---|---|---|---|
| [[PERSON:Gwion Pennant]] | [[AGE:11]] | [[PERSON:Delyth Pennant]] | [[EMAIL_ADDRESS:delyth.pennant@gmail.com]] |
| [[PERSON:Efa Jôns]] | [[AGE:10]] | [[PERSON:Rhodri Jôns]] | [[EMAIL_ADDRESS:rhodrijones81@hotmail.co.uk]] |
| [[PERSON:Alys Mahmood]] | [[AGE:11]] | [[PERSON:Samira Mahmood]] | [[EMAIL_ADDRESS:samira.mahmood@outlook.com]] |""",
    """Ainm	Uimhir PSP	Contae	Fón
[[PERSON:Pádraigín Ní Cheallaigh]]	[[ID_NUMBER:6242070B]]	[[LOCATION:Maigh Eo]]	[[PHONE_NUMBER:087 552 0194]]
[[PERSON:Colm Ó Gallchóir]]	[[ID_NUMBER:5633571T]]	[[LOCATION:Dún na nGall]]	[[PHONE_NUMBER:086 830 4471]]
[[PERSON:Aoife Nic an tSaoi]]	[[ID_NUMBER:7942427EW]]	[[LOCATION:Port Láirge]]	[[PHONE_NUMBER:085 207 6638]]""",
]

CHAT = [
    """[10:02] [[PERSON:Lewis]] (agent): Hi, you're through to Clydeside Building Society, you're chatting with [[PERSON:Lewis]]. Can I take your full name please?
[10:02] Customer: [[PERSON:Marion Galbraith]]
[10:03] [[PERSON:Lewis]] (agent): Thanks [[PERSON:Marion]]. And your date of birth and postcode?
[10:03] Customer: [[DATE_TIME:2nd May 1957]], [[ZIP_CODE:G77 6PL]]
[10:04] [[PERSON:Lewis]] (agent): Lovely, that's you verified. What can I help with today?
[10:05] Customer: my late husband [[PERSON:Archie]]'s savings account, number [[ID_NUMBER:40018853]], I need to close it. He passed on the [[DATE_TIME:9th of January]]
[10:06] [[PERSON:Lewis]] (agent): I'm so sorry for your loss. I'll send the bereavement pack to [[ADDRESS:14 Eaglesham Road]], is that still right?
[10:06] Customer: yes thats right""",
    """Mam: Has anyone heard from [[PERSON:Ciarán]]? His flight from [[LOCATION:Perth]] was meant to land at 6
[[PERSON:Aoife]]: he texted me, delayed in [[LOCATION:Doha]], new number while he's away is [[PHONE_NUMBER:+61 423 559 018]]
Mam: thanks love. Dad will collect him so
[[PERSON:Sinéad]]: tell him nana's 90th is [[DATE_TIME:Saturday the 14th]] at the hotel in [[LOCATION:Mullingar]], he better not forget
[[PERSON:Aoife]]: 😂 I'll remind him""",
    """#ops-oncall
[[USERNAME:priya.s]]: anyone know why the billing job died at 02:10?
[[USERNAME:tom_mcgarry]]: yeah, the db box [[IP_ADDRESS:10.20.4.17]] ran out of disk. i've cleared the old dumps
[[USERNAME:priya.s]]: thanks [[PERSON:tom]]. can you add [[PERSON:Jess]] to the rota? her number is [[PHONE_NUMBER:07711 045 982]]
[[USERNAME:tom_mcgarry]]: done. [[PERSON:Jess Okonkwo]] added for w/c 10 March
[[USERNAME:jess.okonkwo]]: 👍 got the invite on [[EMAIL_ADDRESS:jess.okonkwo@hollowayfin.com]]""",
    """Veterans Breakfast Club - Lanarkshire (group chat)
[[PERSON:Big Tam]]: Morning all, breakfast is at the Railway Inn [[DATE_TIME:Saturday 1st March]], 9 sharp
[[PERSON:Jacqui Muir]]: I'll bring [[PERSON:Andy]], he's just out of hospital. Anyone got a lift from [[LOCATION:Wishaw]]?
[[PERSON:Hugh]] (ex-Para): I can pick him up, send me the address
[[PERSON:Jacqui Muir]]: [[ADDRESS:7 Caledonian Road]], [[LOCATION:Wishaw]], thanks [[PERSON:Hugh]]
[[PERSON:Big Tam]]: Also the Combat Stress lady [[PERSON:Denise]] is coming, she said text her on [[PHONE_NUMBER:07846 390 112]] if you want a chat beforehand""",
    """Customer: Hi I need to change the email on my account
Bot: Sure! Please enter your account number.
Customer: [[ID_NUMBER:100-482-7731]]
Agent [[PERSON:Kerry]]: Hi, [[PERSON:Kerry]] here. I can see the account is in the name of [[PERSON:Declan Boyle]], is that you?
Customer: yes. new email is [[EMAIL_ADDRESS:declanboyle.derry@gmail.com]] and i moved too, its [[ADDRESS:55 Northland Road]], [[LOCATION:Derry]] [[ZIP_CODE:BT48 0AP]] now
Agent [[PERSON:Kerry]]: Thanks [[PERSON:Declan]], updated. For security I've sent a code to [[PHONE_NUMBER:07594 221 078]].
Customer: got it, 448201""",
    """[[USERNAME:NightOwl_Rhys]]: gg lads
[[USERNAME:kezzaboo]]: who carried lol
[[USERNAME:NightOwl_Rhys]]: me obviously. add me on the other platform, im [[USERNAME:rhys.prosser04]]
[[USERNAME:kezzaboo]]: bro dont post your real name in here, [[PERSON:rhys]]
[[USERNAME:Mod_Faye]]: reminder, no personal info in public channels pls. [[USERNAME:NightOwl_Rhys]] DM me if you need your account recovery sorted""",
    """Prison Advice Web Chat
Adviser: Hello, you're through to the families helpline chat. How can I help?
Visitor: my brother [[PERSON:Jake Moffat]] got moved to HMP Addiewell on [[DATE_TIME:Tuesday 4 Feb]] and I cant get through on the phone to book a visit
Adviser: I'm sorry to hear that. Do you have his prisoner number?
Visitor: its [[ID_NUMBER:0943318]], and I'm [[PERSON:Toni Moffat]], DOB [[DATE_TIME:11/03/1994]]
Adviser: Thanks [[PERSON:Toni]]. The visits line opens at 8.30; I'll email you the booking form at the address you gave.
Visitor: its [[EMAIL_ADDRESS:tonimoffat94@gmail.com]] ta""",
    """Nain: Helo cariad, wyt ti wedi cyrraedd [[LOCATION:Caerdydd]] yn saff?
[[PERSON:Cai]]: Do diolch Nain! Fy nghyfeiriad newydd ydy [[ADDRESS:Fflat 8, 21 Heol Salisbury]], [[LOCATION:Cathays]], [[ZIP_CODE:CF24 4AB]]
Nain: Da iawn. Mi wna i yrru cerdyn at dy ben-blwydd ar [[DATE_TIME:12 Hydref]]
[[PERSON:Cai]]: 😊 a dyma rif [[PERSON:Elin]] fy nghyd-letywr os na fedri di gael gafael arna i: [[PHONE_NUMBER:07866 512 903]]""",
]

LOOKALIKE = [
    """Your order BB-2025-0417733 has shipped! Tracking: JD014600006251234567 (DPD). Items: SKU KTL-4419-BLK x1, SKU FLT-0092 x2. Invoice INV/25/00981 is attached. Questions? Call us on 0345 600 2210 (Mon-Fri 9-5) or email orders@brewandbean.co.uk. Delivery to: [[PERSON:Fraser Dunn]], [[ADDRESS:29 Albert Street]], [[LOCATION:Aberdeen]] [[ZIP_CODE:AB25 1XX]].""",
    """Release notes - firmware 10.4.2.118 (build 7f3e9c1a2b)
- Fixes boot loop on units with serial prefix SN-4471-8820 and later.
- Default gateway now 192.168.0.1 instead of 10.0.0.1 on factory reset.
- Support for controller board rev 2.0.0.14.
- SHA-256: 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b
- Known issue ticket KB-00419: LED stays amber after update 4.12.0.3.
Contact: support@routerworks.example, +44 20 7946 0018.""",
    """Reading list, semester 2 (all in the short-loan collection, Nelson Mandela Place branch):
ISBN 978-1-84453-331-2, ISBN 978-1-78478-932-9, ISBN 978-0-95880-407-3, ISBN 978-0-71238-625-8.
Queries to library.enquiries@strath-example.ac.uk or 0141 548 4618. Please return reserved items to the desk on Rottenrow. Hold placed by [[PERSON:Imogen Sutherland]], library card [[ID_NUMBER:2100483366]].""",
    """INVOICE 2025-00417   Date: 03/02/2025   Due: 05/03/2025
From: Harbour Lights Catering Ltd, Co. Reg. SC612233, VAT GB 291 4478 06, 0131 555 7021, accounts@harbourlights.example
To: Kingsgate Events, PO ref PO-88120
Item 1: Buffet for 120 (menu code MN-22) £2,880.00
Item 2: Staff x6, 5 hrs (rate card RC-2024-B) £630.00
Booking contact on the day: [[PERSON:Rukhsana Ali]], [[PHONE_NUMBER:07401 336 920]]. BACS to sort code 83-91-20, account 00441873 (company account).""",
    """Change request CHG0041187: upgrade core switch stack from 16.12.4 to 17.9.4a; OID 1.3.6.1.4.1.9.9.109 to be monitored; MAC table flush on port-channel 12. Asset tags IT-00882, IT-00883. Approved by CAB on 04/03. Implementer: [[PERSON:Gintaras Petrauskas]] ([[EMAIL_ADDRESS:g.petrauskas@westfieldhealth.example]]). Rollback image hash md5 9e107d9d372bb6826bd81d3542a419d6.""",
    """Fógra pleanála: Comhairle Contae na Gaillimhe, tagairt phleanála 24/61873. Tá cead á lorg ag [[PERSON:Máirtín Ó Ceallaigh]] le síneadh a thógáil ar theach ar Bhóthar an Phiarsaigh. Is féidir an t-iarratas a fheiceáil in oifig na Comhairle, Áras an Chontae, nó glaoch ar 091 509 000. Uimhir chláraithe na cuideachta: 418827. Táille: €65.""",
    """Stores return, 2nd Battalion: NSN 8465-99-132-5402 (bergen, 100 litre) x12; NSN 8415-99-978-3368 (jacket, windproof) x30; NSN 5855-99-123-7712 (NVG mount) x4. Deliver to Wellington Lines, Montgomery Block, BFPO 801. Queries to the QM's department on 01980 674 210 or 2battqm-group@mod.example. Signed for by [[TITLE:CSgt]] [[PERSON:Mehmet Yilmaz]].""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind97", STYLES, OUT)


if __name__ == "__main__":
    main()

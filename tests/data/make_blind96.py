"""Build tests/data/blind96.jsonl: a ninety-sixth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind96.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines; line 121 is the opening of its
first record, which came with that range) and its tail from `STYLES = {` to
the end of the file (the scaffolding copied below); gold_sets.py (whole
file); and lines 1-64 of make_handwritten.py (conventions, the MARK and
TITLE_IN_NAME regexes, `parse()`). Not read: minimize/, recognizers/, any
test, bench/, the README, any *.jsonl (the output of this script included),
any other make_*.py, anything under /tmp; no git command was run at all.
The detector, the bench and the tests were never run. Do not tune the
detector against this set: once used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py. Card
numbers pass Luhn and IBANs pass mod-97 with their country's length (the
Spanish IBANs' national check digits and the Dutch account numbers' 11-test
are right too); national ids with a public check digit (NHS number, SIN,
Aadhaar, BSN, CPF, NIE, South African ID, TFN, Irish PPSN, Singapore
NRIC/FIN, NZ NHI, Australian Medicare) got a valid one, the South African
ids agreeing with sex and birth date, and the ISBN-13 look-alikes are valid
too. All were worked out with throwaway Python fed on stdin while writing
(no scratch file); nothing here is generated. UK NI numbers, US SSNs, PAN,
UK driving licences (built from the name and birth date by hand), Kenyan
ids, KRA PINs, NSSF and NHIF numbers, Tanzanian NIDA numbers, Philippine
SSS, PhilHealth and TIN numbers, Nigerian NIN and BVN, passports, plates and
account, staff, student and member numbers were not checked.

Styles (ids `blind96-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences dense with names, job titles, streets with
  building numbers, secondary addresses, IPs, MACs, user agents, cards with
  CVV and expiry, IBAN and BIC), gretel-pii-masking-en-v1 (claims,
  contracts, medical, loan, tenancy and HR forms, notices, invoices) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML / Kubernetes and git config,
  code, tickets and forms).
- `gen` (90): one to four LLM-style sentences with personal data in prose,
  names at the start, middle and end, lowercase and possessive.
- `table` (35): one small table per record as text (CSV, semicolon CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks);
  header rows unlabeled.
- `chat` (8): support chats, a flatmates' group, team chat (Slack, Teams),
  Viber and WhatsApp threads.
- `lookalike` (7): texts full of non-PII that looks like PII (tracking,
  order, invoice, statement and permit refs, SKUs / EANs, ISBNs, IP-shaped
  versions, hashes, UUIDs, serials, MPAN / MPRN, prepaid tokens, company
  phones, role mailboxes, eponyms and brands, streets named after people
  without a number), the few real PII values labeled; one (release notes)
  has no PII at all.
About a third of the `gen` and `bench` records are about construction and
the trades, home repairs, utilities and energy suppliers and meter
readings; the rest spread over banking, health, insurance, HR, housing,
travel, retail, telecoms, schools, policing and courts, gaming and IT.
Languages: 216 records in English (US, UK, Ireland, Canada, Australia, New
Zealand, India, Singapore, South Africa, Nigeria, Ghana, Kenya, Jamaica and
others, with names from the many cultures living there); 10 in
Tagalog / Filipino (4 gen, 4 bench, 1 table, 1 chat) and 14 in Swahili
(5 gen, 6 bench, 2 table, 1 chat).

Labeling conventions: those of make_blind22.py, in short:
- PERSON: any part of a name, lowercase or not, initials, nicknames; a
  possessive "'s" outside. TITLE: honorifics and ranks attached to a name,
  apart from it; job titles are not TITLE, family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / block and lot), PO
  boxes, house and building names; city, district, county, state and
  country are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates with a day or a month, in any shape; a
  weekday or clock time said with the date is inside the span, a time or
  weekday alone is not; not bare years, durations, or dates not tied to a
  person (invoice, statement, bill, release, sale dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security / health ids, patient,
  staff, student, customer, member and utility account numbers, bank
  account numbers, non-US passports and licences, plates; US_SSN,
  US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents,
  MACs, sort codes, BSB, BIC, CVVs, expiries, order / ticket / claim /
  policy / quote / permit / job references, company phones and role
  mailboxes, versions, hashes, serials, partial numbers ("ending 6621"),
  pets, eponyms and brands named after people, header rows.
- Calls made while writing this set: meter serials and meter numbers,
  MPAN, MPRN and NMI supply-point numbers, readings and prepaid tokens are
  unlabeled, while a supplier's customer or account number is ID_NUMBER; a
  tradesperson's own licence, card or registration number (CSCS card, Gas
  Safe ID card, electrical licence, CEC accreditation, architect's
  registration) is ID_NUMBER, a firm's VAT number or ABN is not, a UK UTR
  is; a reading date is DATE_TIME when a named person took or submitted the
  reading, statement reading dates are not; a person's transaction, return,
  booking or account-creation date is DATE_TIME, an invoice or receipt date
  is not; log-line prefix timestamps are unlabeled, while named fields of a
  person (last_login, submitted_at, created, visit) are DATE_TIME; an IP of
  a person, their session or their device is IP_ADDRESS, infrastructure
  IPs (gateways, VPN peers, printers) are not; a date range is two spans;
  Swahili "tarehe" and English "the" before a date stay outside it; the
  honorifics Engr., Gng., Mang, Bw., Bi., Dkt., Professor, Sergeant, Cpl.
  and Rev. are TITLE, while kinship words (Ate, Mama, Aunty, auntie,
  Grandpa) and trade words (fundi) stay outside; "Jr." is inside PERSON; a
  "Surname, Given" cell is one PERSON span; chat speaker labels are PERSON;
  a street given in its own field without its number is ADDRESS; a VIN is
  unlabeled like a serial; dummy rows in code ("test user",
  noreply@example.com) and a company's own bank details on a bill are
  unlabeled; in a table a "sex", "dept", "role" or "status" column is
  unlabeled, an "age" column is AGE, a "country" column LOCATION and a
  "nationality" column NRP.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind96.jsonl")

GEN = [
    """Hi, this is [[PERSON:Darnell Okafor]] at [[ADDRESS:2218 Whitcomb Ave]], [[LOCATION:Dayton]], [[LOCATION:OH]] [[ZIP_CODE:45409]]. The water heater you installed last winter is leaking again and the plumber you sent on [[DATE_TIME:Tuesday, March 4]], [[PERSON:Rick]], never showed up. Please call me back at [[PHONE_NUMBER:(937) 274-6618]].""",
    """Site induction for [[PERSON:Mateusz Kowalczyk]] (CSCS card [[ID_NUMBER:08713364]]) is booked for [[DATE_TIME:Monday 3 March at 7:30am]] at the [[LOCATION:Salford Quays]] site; he is [[AGE:29]], has his own PPE and will be working under the groundworks foreman, [[PERSON:Gary Pilkington]].""",
    """[[PERSON:margaret o'shea]] phoned in an electricity reading of 48213 on [[DATE_TIME:12/02/2024]] for account [[ID_NUMBER:8800 4417 2296]]. The meter is in the hall cupboard at [[ADDRESS:Flat 3, 19 Ormeau Road]], [[LOCATION:Belfast]] [[ZIP_CODE:BT7 1SH]], and she asked for the engineer to ring [[PHONE_NUMBER:07812 330 594]] before calling round.""",
    """My daughter [[PERSON:Zara Qureshi]] turned [[AGE:16]] on [[DATE_TIME:9 August]] and wants to open her first savings account with us; her student card number is [[ID_NUMBER:S2219847]] and our home address is [[ADDRESS:44 Beechwood Crescent]], [[LOCATION:Leicester]] [[ZIP_CODE:LE3 6TQ]].""",
    """After the storm, roofer [[PERSON:Tane Ngata]] inspected [[PERSON:Helen Whitcombe]]'s house at [[ADDRESS:17 Kowhai Street]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]] on [[DATE_TIME:22 February]] and quoted $6,840 to replace the flashing and twelve broken tiles. Helen can be reached on [[PHONE_NUMBER:021 448 3092]].""",
    """Patient [[PERSON:Olumide Adeyemi-Cole]], DOB [[DATE_TIME:1961-11-03]], NHS No. [[ID_NUMBER:485 777 3457]], was seen in the diabetic foot clinic and referred back to his GP with a review in six weeks.""",
    """Can you update the mailing address for policy HX-30-998217? The insured, [[PERSON:Siobhán Ní Bhriain]], moved on [[DATE_TIME:1 October 2023]] to [[ADDRESS:Apartment 12, The Moorings, 3 Fitzwilliam Quay]], [[LOCATION:Dublin 4]], [[ZIP_CODE:D04 X2K7]]. Her PPS number on file is [[ID_NUMBER:8413762B]].""",
    """the gas engineer's name was [[PERSON:kev]] i think, he did the annual boiler service at [[ADDRESS:8 Larch Close]] on the [[DATE_TIME:14th]] and left the certificate under the door but the flue reading looks wrong to me - [[PERSON:Dorothy Pym]], [[PHONE_NUMBER:01903 762 114]]""",
    """We are pleased to confirm that [[PERSON:Arjun Mehta]] has been offered the position of Site Quantity Surveyor starting [[DATE_TIME:2 June 2025]]. Please send the signed contract to [[EMAIL_ADDRESS:arjun.mehta88@gmail.com]] and bring your PAN card ([[ID_NUMBER:BQTPM4417K]]) on your first day.""",
    """I'm [[PERSON:Keisha Robinson-Barrett]], [[AGE:41]], and I've lived at [[ADDRESS:305 Flatbush Avenue, Apt 4C]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11217]] since [[DATE_TIME:April 2016]]. My landlord has raised the rent twice this year even though the unit is rent-stabilized.""",
    """Our new smart meter was fitted on [[DATE_TIME:Thursday 6 June]] by an engineer called [[PERSON:Priyanka]], and since then the in-home display shows zero. The account holder is my husband, [[PERSON:Tomasz Wiśniewski]], customer number [[ID_NUMBER:7001289455]].""",
    """Magandang araw po! Ako si [[PERSON:Maricel Dela Cruz]], [[AGE:34]] taong gulang, nakatira sa [[ADDRESS:Blk 12 Lot 8, Phase 2, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]]. Mula pa noong [[DATE_TIME:Marso 5]] ay mali ang basa ng metro namin; pakitawagan po ako sa [[PHONE_NUMBER:0917 482 3306]].""",
    """Habari, jina langu ni [[PERSON:Amina Wanjiku]]. Nimelipa ada ya shule ya mwanangu ya muhula uliopita lakini bado nimepokea ujumbe wa deni. Namba yangu ya akaunti ni [[ID_NUMBER:2041-778-09]] na simu yangu ni [[PHONE_NUMBER:0722 418 905]].""",
    """When [[PERSON:Lindiwe Mthembu]] collected her prescription on [[DATE_TIME:18 January 2024]], the pharmacist noticed her ID number, [[ID_NUMBER:9507220127083]], had been typed with the wrong birth year on the script from the clinic in [[LOCATION:Pietermaritzburg]].""",
    """Thanks for your enquiry, [[PERSON:Mr. Halvorsen]]. Our electrician can rewire the kitchen ring main at [[ADDRESS:62 Seaview Terrace]], [[LOCATION:Oban]] [[ZIP_CODE:PA34 5DJ]] in the week beginning [[DATE_TIME:10 November]]; we'll text [[PHONE_NUMBER:07700 948 221]] the evening before.""",
    """Ticket from [[PERSON:wei ling tan]]: your movers dropped my fridge in the lift lobby of my block at [[ADDRESS:Blk 418 Bedok North Ave 2, #09-117]], [[LOCATION:Singapore]] [[ZIP_CODE:460418]] on [[DATE_TIME:3 Sep]]. NRIC [[ID_NUMBER:S8734215H]], handphone [[PHONE_NUMBER:9127 5583]].""",
    """Please note that [[PERSON:Dr. Ifeoma Nwachukwu]] will be on leave from [[DATE_TIME:April 14]] to [[DATE_TIME:April 25]]; her patients at the [[LOCATION:Enugu]] clinic can book with [[PERSON:Dr. Chidi Ezeh]] by calling [[PHONE_NUMBER:0803 552 1904]].""",
    """My landlord, [[PERSON:Mr. Bhupinder Sandhu]], still hasn't fixed the damp in the back bedroom of [[ADDRESS:27a Cranbrook Road]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 4PU]] even though I reported it by email on [[DATE_TIME:5 December 2023]] and again on [[DATE_TIME:8 January]].""",
    """Every Sunday Grandpa [[PERSON:Eusebio]] walks to the church on Rizal Street, but since his [[AGE:80]]th birthday on [[DATE_TIME:June 19]] my aunt [[PERSON:Corazon]] drives him instead.""",
    """Hello, I need to cancel the loft insulation survey booked for [[DATE_TIME:Wed 21 Feb, 1pm]]. Name on the booking is [[PERSON:Catriona McAllister]], postcode [[ZIP_CODE:G41 2RT]], email [[EMAIL_ADDRESS:cat.mcallister@btinternet.com]].""",
    """The contractor's licence of [[PERSON:Brendan Tuhiwai]] was suspended on [[DATE_TIME:August 30, 2024]] after an inspector found unpermitted electrical work at a house on Garnet Road; Brendan, [[AGE:52]], says he will appeal.""",
    """Jambo, mimi ni [[TITLE:Bw.]] [[PERSON:Hassan Omari]] kutoka [[LOCATION:Mombasa]]. Fundi wa umeme alikuja [[DATE_TIME:Jumatatu tarehe 12 Februari]] lakini mita bado haifanyi kazi. Kitambulisho changu ni [[ID_NUMBER:28417396]], nipigie kwa [[PHONE_NUMBER:+254 733 905 218]].""",
    """Refund request: [[PERSON:Jessica Tran]] returned a cordless drill (order 114-2287713-0091) on [[DATE_TIME:7/15/2024]] and wants the money back on her Visa ending 6621 instead of store credit. Her rewards member ID is [[ID_NUMBER:RW-55810347]].""",
    """I'm writing on behalf of my mother, [[PERSON:Rukhsana Begum]] ([[AGE:73]]), who was disconnected by Yorkshire Water without notice on [[DATE_TIME:28 May]] while she was in hospital. Her address is [[ADDRESS:11 Back Lane]], [[LOCATION:Bradford]] [[ZIP_CODE:BD8 9LW]] and her customer reference is [[ID_NUMBER:53 2290 8817]].""",
    """[[PERSON:Kwame Asante]] (born [[DATE_TIME:3rd March 1990]]) and [[PERSON:Efua Mensah]] (born [[DATE_TIME:22nd October 1992]]) were married at the registry office in [[LOCATION:Kumasi]]; the certificate lists their address as [[ADDRESS:House No. 14, Ahodwo Roundabout Lane]].""",
    """Your booking is confirmed! [[PERSON:Ananya]] will clean your gutters and downpipes at [[ADDRESS:9 Wattle Grove]], [[LOCATION:Ringwood]] [[LOCATION:VIC]] [[ZIP_CODE:3134]] on [[DATE_TIME:Saturday 12 April between 9 and 11am]]. Questions? Reply to this SMS.""",
    """[[PERSON:Rahul Venkataraman]]'s Aadhaar ([[ID_NUMBER:7341 8826 0592]]) was linked to the electricity connection at [[ADDRESS:No. 23, 4th Cross, Indiranagar 2nd Stage]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]] on [[DATE_TIME:11-01-2024]].""",
    """i think someone used my card?? there's a charge from a hardware store in [[LOCATION:Phoenix]] on [[DATE_TIME:Nov 2]] and i've never been to [[LOCATION:arizona]]. card is [[CREDIT_CARD:4716 2290 5581 3044]], I'm [[PERSON:Brianna Castillo]], cell [[PHONE_NUMBER:480.771.2093]]""",
    """As discussed, [[PERSON:Aled Pritchard]] will start the extension at [[PERSON:Mrs. Bethan Roberts]]'s bungalow on the [[DATE_TIME:17th of March]]; building control have been notified and the skip will arrive the Friday before.""",
    """The tenant in unit 6, [[PERSON:Fatima Zahra El Idrissi]], reported a smell of gas at about 10pm and the emergency engineer capped the supply. She is [[AGE:27]] and lives with her two children; an Arabic-speaking support worker was requested.""",
    """On [[DATE_TIME:February 19, 2025]], [[PERSON:Hamid Karimi]], a [[NRP:Afghan]] national residing at [[ADDRESS:1540 Kingsway, Suite 210]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V5N 2S2]], filed a complaint about his renovation contractor. His SIN is [[ID_NUMBER:527 193 643]].""",
    """Nagpadala ako ng reklamo kay [[TITLE:Engr.]] [[PERSON:Ramon Villanueva]] noong [[DATE_TIME:ika-8 ng Enero]] dahil hindi pa tapos ang bubong ng bahay namin sa [[LOCATION:Marikina]]. Pakisabi po na ang contact ko ay [[EMAIL_ADDRESS:jenny.bautista22@yahoo.com]] — [[PERSON:Jenny Bautista]].""",
    """Hey [[PERSON:Lachlan]], just confirming the tiler ([[PERSON:Nikos Papadakis]], [[PHONE_NUMBER:0412 887 305]]) can start on the ensuite next week. He's quoted per square metre and wants a 30% deposit.""",
    """Congratulations to [[PERSON:Ngozi Okonkwo]], who at [[AGE:19]] becomes the youngest graduate of our [[LOCATION:Lagos]] coding bootcamp. She presented her final project on [[DATE_TIME:June 27]].""",
    """I'd like to report a fault with the street meter outside [[ADDRESS:48 Kingfisher Drive]], [[LOCATION:Swindon]]. My name is [[PERSON:Paul Harrington]], phone [[PHONE_NUMBER:+44 1793 520 448]]. I noticed water bubbling up around the cover on [[DATE_TIME:Monday morning, 9 September]].""",
    """[[PERSON:Ayesha Siddiqui]], [[AGE:35]], of [[LOCATION:Karachi]] applied for a visitor visa to the UK on [[DATE_TIME:04/03/2024]] with passport number [[ID_NUMBER:AB4829173]] to attend her brother's graduation.""",
    """When I moved into [[ADDRESS:Unit 2, 88 Marine Parade]], [[LOCATION:Napier]], the previous tenant [[PERSON:Stacey]] had left the power account in her name, so Mercury kept billing her until I switched it over on [[DATE_TIME:5 July]]. — [[PERSON:Rawiri Te Whata]]""",
    """Reminder: [[PERSON:Devon]]'s orthodontist appointment is on [[DATE_TIME:Thursday, October 10 at 3:45 PM]] with [[PERSON:Dr. Sharon Liebowitz]]. Please bring insurance card, member ID [[ID_NUMBER:XKE903318204]].""",
    """The survey was carried out by [[PERSON:Imran Chaudhry]] MRICS on [[DATE_TIME:15 April 2024]] at the request of the purchasers, [[TITLE:Mr.]] and [[PERSON:Mrs. Oduya]], and found rising damp in the front elevation and a structural crack above the kitchen lintel.""",
    """Mteja [[PERSON:Neema Mollel]] wa [[LOCATION:Arusha]] aliripoti kuwa mita ya LUKU haikubali tokeni tangu tarehe [[DATE_TIME:2 Aprili]]. Namba ya NIDA: [[ID_NUMBER:19870312-11101-00004-22]], simu [[PHONE_NUMBER:0754 331 872]].""",
    """My ex-husband [[PERSON:Derek Ames]] keeps ringing my work number even though the court order from [[DATE_TIME:March 3rd]] says he can only contact me through my solicitor, [[PERSON:Ms. Olivia Grant]].""",
    """[[PERSON:Mr Sandeep]] from the IT helpdesk replaced the monitor in Room 212 and also looked at the jammed printer in [[TITLE:Professor]] [[PERSON:Hughes]]'s office; no personal data was shared during the visit.""",
    """Good afternoon, I'm [[PERSON:Chukwuemeka Obi]], the homeowner at [[ADDRESS:7 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]. Your solar installer took my [[DATE_TIME:15th May]] deposit of ₦850,000 and has not returned since. My BVN is [[ID_NUMBER:22381940576]].""",
    """[[PERSON:Sofía Ramírez]] (she/her), [[AGE:23]], is a [[NRP:Colombian]] exchange student at the University of Toronto; her student number is [[ID_NUMBER:1009843276]] and her residence room is in Chestnut.""",
    """Can someone fix the heating in 4B? It's been out since [[DATE_TIME:Friday the 13th]] and [[PERSON:Mrs. Abernathy]] upstairs is [[AGE:91]]. I've left three voicemails with the building super. — [[PERSON:Marcus]] in 4A""",
    """The home insurance claim for [[PERSON:Jonathan Pereira]] concerns escape of water at [[ADDRESS:31 Wellington Road]], [[LOCATION:Bournemouth]] [[ZIP_CODE:BH8 8JN]] discovered on [[DATE_TIME:2 January 2025]]; the loss adjuster will visit on [[DATE_TIME:9 January at 2pm]].""",
    """Pls send the invoice to [[EMAIL_ADDRESS:h.oyelaran@outlook.com]] — [[PERSON:Habib Oyelaran]]. Also the photographer said the album needs two more pages, can u add that to the quote?""",
    """Welcome aboard, [[PERSON:Tamsin]]! Your desk is on the third floor, your laptop will arrive on [[DATE_TIME:Jan 6]], and your employee number is [[ID_NUMBER:E-204518]]. Your manager [[PERSON:Ravi Subramanian]] will meet you at reception.""",
    """Ang aming plumber na si [[TITLE:Mang]] [[PERSON:Tonyo]] ay pupunta sa [[ADDRESS:142 Kalye Mabini]], [[LOCATION:Lungsod ng Batangas]] sa [[DATE_TIME:Sabado, ika-22 ng Hunyo, alas-nuwebe ng umaga]]. Para sa tanong, tumawag kay [[PERSON:Liza Macaraeg]] sa [[PHONE_NUMBER:+63 928 551 0472]].""",
    """Our records show that [[PERSON:Baraka Otieno]] paid the final instalment on his car loan on [[DATE_TIME:30/09/2024]] from account [[ID_NUMBER:0102948376500]] at Equity Bank, [[LOCATION:Kisumu]].""",
    """Voter registration update: [[PERSON:Yusuf Abdirahman]], [[AGE:45]], moved from [[LOCATION:Minneapolis]] to [[ADDRESS:2600 Cedar Ave S, Apt 1107]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55404]]; last four of SSN on the form were 8821.""",
    """Last week's heat pump installation at the [[PERSON:Fairbairn]] residence went well — [[PERSON:Eilidh Fairbairn]] said the house in [[LOCATION:Perth]] has never been so warm, and she's happy for us to use her quote on our website.""",
    """Dear [[PERSON:Mr. Mokoena]], your prepaid electricity account [[ID_NUMBER:04219877315]] was credited with R500 on [[DATE_TIME:2024/08/19 14:02]]. If you did not make this purchase, call us or reply STOP.""",
    """[[PERSON:Leilani Kahananui]] from [[LOCATION:Hilo]] won the county spelling bee on [[DATE_TIME:April 5th]]; she's [[AGE:12]] and hopes to compete in [[LOCATION:Washington]] next year.""",
    """We spoke to [[PERSON:Ashok]] at the water board, who confirmed the burst main on Elphinstone Road will be repaired by Thursday; residents like [[PERSON:Mrs. Kamala Iyer]] at [[ADDRESS:No. 5 Elphinstone Road]] will be sent bottled water meanwhile.""",
    """Please find attached the snagging list for plot 47. The buyer, [[PERSON:Oluwaseun Bakare]], viewed the property on [[DATE_TIME:22/11/2024]] and listed 31 defects, including a missing extractor fan and an uneven kitchen floor. Contact: [[PHONE_NUMBER:07459 118 302]].""",
    """According to his profile at [[URL:https://www.linkedin.com/in/gavin-mcbride-electrical]], [[PERSON:Gavin McBride]] has been a self-employed electrician in [[LOCATION:Derry]] since 2011.""",
    """Hey it's [[PERSON:Tui]] — the guy from the energy company ([[PERSON:Mark]]?) came to read the meter while you were at work and said the reading was 72514, a lot higher than last quarter. Might be worth ringing them.""",
    """Following the flood on [[DATE_TIME:18 March 2025]], the council rehoused [[PERSON:Saoirse Doherty]], [[AGE:38]], and her son [[PERSON:Cian]], [[AGE:9]], in temporary accommodation at [[ADDRESS:Room 14, Riverside Court]], [[LOCATION:Letterkenny]].""",
    """I'm emailing from my personal account [[EMAIL_ADDRESS:rohit_b1984@rediffmail.com]] because my work one is locked. My name is [[PERSON:Rohit Bansal]], date of birth [[DATE_TIME:02.04.1984]], and I need a copy of my Form 16 for last year.""",
    """To whom it may concern: [[PERSON:Akosua Boateng]] has worked for us as a pharmacy assistant since [[DATE_TIME:September 2019]] and is reliable, punctual and skilled. — [[PERSON:Jim Hargreaves]], director""",
    """Mwanafunzi [[PERSON:Faraji Said]], mwenye umri wa miaka [[AGE:17]], alizaliwa tarehe [[DATE_TIME:9 Novemba 2007]] huko [[LOCATION:Zanzibar]]. Mzazi wake, [[PERSON:Mwanaisha Ali]], anapatikana kwa simu [[PHONE_NUMBER:0777 482 110]].""",
    """The broadband engineer [[PERSON:Sunil]] rescheduled twice, and now Openreach says the appointment for [[PERSON:Ms. Gwen Llewellyn]] at [[ADDRESS:Ty Gwyn, Heol y Bryn]], [[LOCATION:Llandeilo]] [[ZIP_CODE:SA19 6RL]] is [[DATE_TIME:Tuesday 29 October, 8am–1pm]].""",
    """Your order has shipped! Hi [[PERSON:Connor]], your new sofa and two armchairs will be delivered to [[ADDRESS:1127 Prairie Rose Lane]], [[LOCATION:Sioux Falls]], [[LOCATION:SD]] [[ZIP_CODE:57108]]. A driver will call [[PHONE_NUMBER:605-338-9021]] 30 minutes before arrival.""",
    """[[PERSON:Mei Chen]] and her partner [[PERSON:Joaquín Herrera]] are selling their townhouse at [[ADDRESS:6/14 Albert Street]], [[LOCATION:Brunswick]] [[LOCATION:VIC]] [[ZIP_CODE:3056]]; the open inspection is [[DATE_TIME:Saturday 8 March, 11:00–11:30am]].""",
    """Employee [[PERSON:Tariq Hussain]] slipped on a wet floor while stacking shelves in the chilled aisle on [[DATE_TIME:21/05/2024 at 11:15]] and was taken to hospital in [[LOCATION:Rotherham]]; his NI number is [[ID_NUMBER:JT 48 22 91 C]].""",
    """My name is [[PERSON:Precious Dlamini]] and I'm a [[NRP:Christian]] youth leader in [[LOCATION:Soweto]]. We are raising funds to fix the church roof; you can reach me at [[PHONE_NUMBER:072 918 4450]].""",
    """Hi team — [[PERSON:Bongani]] can't do the stock audit at the Rosebank store on [[DATE_TIME:Thursday the 20th]], so [[PERSON:Thandeka Zulu]] will cover. Her staff number is [[ID_NUMBER:JW-33819]].""",
    """Please help! My account [[USERNAME:nightowl_kez]] was hacked and the email changed to something I don't recognise. The original email was [[EMAIL_ADDRESS:kezia.ward@icloud.com]] and I last logged in from my home IP [[IP_ADDRESS:86.142.77.203]] on [[DATE_TIME:Dec 30]].""",
    """In [[DATE_TIME:July 2022]], [[PERSON:Obinna Chukwu]], then [[AGE:31]], bought a two-bedroom flat at [[ADDRESS:Flat 9, Harbour View, 2 Dock Street]], [[LOCATION:Leith]], and spent the next year training for the Edinburgh marathon.""",
    """Hindi ko ma-access ang account ko sa Maynilad. Ang pangalan ng may-ari ay [[PERSON:Rodel Santos Jr.]], ang account number ay [[ID_NUMBER:60218834712]], at ang huling bayad ko ay noong [[DATE_TIME:Pebrero 28, 2025]].""",
    """Dear [[PERSON:Prof. Adaeze Uchenna]], thank you for agreeing to examine the doctoral thesis on malaria vectors from our [[LOCATION:Abuja]] campus. We'll courier the bound copy to [[ADDRESS:Plot 1109, Cadastral Zone B06, Mabushi]] by [[DATE_TIME:Friday 16 May]].""",
    """Hey [[PERSON:jamal]], the driving instructor I mentioned is [[PERSON:Petru Moldovan]] — he got me through my test on the second try. His number's [[PHONE_NUMBER:(614) 903-2276]], tell him [[PERSON:Shaniqua]] sent you.""",
    """Meter reading submitted by [[PERSON:Gwendolyn Pryce]] on [[DATE_TIME:01/06/2025 at 19:42]]: gas 03318, electricity day 22190, night 10455. Supply address [[ADDRESS:2 Orchard Cottages]], [[LOCATION:Ledbury]] [[ZIP_CODE:HR8 2PX]].""",
    """[[TITLE:Sergeant]] [[PERSON:Malik]] took a statement from [[PERSON:Lucy Fenwick]], [[AGE:58]], who said the two men posing as bank staff came to her door claiming they needed to collect her old debit card.""",
    """I have been a customer since 2009. I'm [[PERSON:Vikram Nair]], my card [[CREDIT_CARD:5425 2334 3010 9101]] was declined at your [[LOCATION:Pune]] store on [[DATE_TIME:14 Feb]] and I was embarrassed in front of my family. Please call [[PHONE_NUMBER:+91 98450 27716]].""",
    """The job sheet shows [[PERSON:Darragh Kinsella]] fitted a new immersion heater and thermostat at [[ADDRESS:Apt 5, Castle Mews]], [[LOCATION:Kilkenny]] [[ZIP_CODE:R95 F6X3]]; customer signed off on [[DATE_TIME:Wed 12/03/25]].""",
    """Nipo [[LOCATION:Nakuru]], naitwa [[PERSON:Wanjiru Kamau]]. Nataka kulipa deni la umeme kwa awamu; namba yangu ya KRA PIN ni [[ID_NUMBER:A009814726K]] na barua pepe [[EMAIL_ADDRESS:wanjiru.kamau@gmail.com]].""",
    """[[PERSON:Mrs. Hollis]] asked me to tell you her appointment at the eye clinic got pushed to [[DATE_TIME:November 4]] — she's [[AGE:87]] and doesn't use email, so please ring her landline, [[PHONE_NUMBER:(802) 457-1139]].""",
    """[[PERSON:Ismail Yilmaz]] presented his [[NRP:Turkish]] passport [[ID_NUMBER:U18237465]] at check-in for flight TK1980 on [[DATE_TIME:6 August 2024]]; the boarding pass was issued for seat 23A.""",
    """The photo shows [[PERSON:Harriet]] and [[PERSON:George Millbank]] on the day they got the keys to [[ADDRESS:The Old Forge, Church Lane]], [[LOCATION:Little Wenham]] — the cottage they had been saving for since their wedding.""",
    """We received a complaint from a resident, [[PERSON:Anthony D'Souza]], aged [[AGE:66]], stating that the outdoor seating of a new café outside [[ADDRESS:21 Mill Road]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB1 2AD]] blocked his wheelchair access from [[DATE_TIME:3 June]] to [[DATE_TIME:17 June]].""",
    """Here's the summary of your call: you spoke with [[PERSON:Jade]] about switching [[PERSON:Nomvula Khumalo]]'s gas and electricity to the fixed tariff from [[DATE_TIME:1 November]]; a confirmation has been sent to [[EMAIL_ADDRESS:nomvula.k@webmail.co.za]].""",
    """[[PERSON:Haruto Sato]] (age [[AGE:44]]), a [[NRP:Japanese]] citizen living in [[LOCATION:Auckland]], renewed his work visa on [[DATE_TIME:12 December 2024]]; his employer, a freight forwarder in [[LOCATION:Mount Wellington]], sponsored the application.""",
    """It was auntie [[PERSON:Grace]] who found the leak — she was staying with us at [[ADDRESS:14 Tamarind Close]], [[LOCATION:Kingston 8]] and heard someone trying the back door at 2 in the morning.""",
    """Kindly settle the outstanding balance on your water account [[ID_NUMBER:WA-118-20937]] before [[DATE_TIME:31 March]] to avoid disconnection. Account holder: [[PERSON:Mr. Emmanuel Tetteh]], [[ADDRESS:Hse No. 22, Ring Road Central]], [[LOCATION:Accra]].""",
    """Re: tenancy at [[ADDRESS:88B Station Road]] — [[PERSON:Chloe]] and [[PERSON:Hamza]] want to end the tenancy on [[DATE_TIME:30 April 2025]]; the check-out inspection will be done by [[PERSON:Patricia Okoro]] on [[DATE_TIME:1 May at 10am]].""",
    """[[PERSON:Ruth Abernethy-Cole]] rang the switching line on [[DATE_TIME:3 February]] to say her closing reading for the old supplier (gas 09921) was never passed on, and now she's being billed by both companies for [[ADDRESS:5 Ferry Road]], [[LOCATION:Lowestoft]] [[ZIP_CODE:NR32 1PD]]. Her new account number is [[ID_NUMBER:AB-3390-1182]].""",
    """Bella the spaniel was seen by [[PERSON:Dr. Kirsty Munro]] on [[DATE_TIME:16 July]] for her booster. The owner, [[PERSON:Moses Adebisi-Grant]], paid with his card ending 0092 and asked for the vaccination certificate to be emailed to [[EMAIL_ADDRESS:moses.ag@gmail.com]].""",
    """[[PERSON:Caitlyn Morrow]], [[AGE:31]], of [[LOCATION:Boise]], [[LOCATION:Idaho]], lost her passport ([[US_PASSPORT:A04418273]]) on a trip to [[LOCATION:Lisbon]] on [[DATE_TIME:June 2]]; the embassy issued an emergency one the next morning.""",
]

BENCH = [
    """Attention [[PERSON:Ms. Delphine Okoro-Baptiste]], your request to move the electricity supply for meter serial MTR-44981-B to your new home has been processed. New supply address: [[ADDRESS:4411 Harmon Crossing, Suite 702]], [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28205-3307]]. The change was requested from [[IP_ADDRESS:203.118.64.29]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36.""",
    """Dear [[PERSON:Yevgenia]], as Principal Site Reliability Engineer you are required to attend the safety briefing at [[ADDRESS:58 Hollis Wharf, Building C]] on [[DATE_TIME:04/11/2024]]. Please bring ID; your workstation MAC 3C:52:82:1A:9F:0D stays registered to badge [[ID_NUMBER:EMP-77320]] until then.""",
    """Claim Number: CLM-2024-118273
Policyholder: [[PERSON:Thaddeus Okonjo-Williams]]
Date of Birth: [[DATE_TIME:17 Sep 1978]]
Property Address: [[ADDRESS:12 Ashgrove Terrace]], [[LOCATION:Harrogate]], [[LOCATION:North Yorkshire]] [[ZIP_CODE:HG1 5EL]]
Date of Loss: [[DATE_TIME:03/02/2024]]
Description: A contractor installing a new combi boiler failed to secure a compression fitting, causing water to flood the ground floor. Repair estimate from Harrogate Heating Ltd: £14,230.
Contact Phone: [[PHONE_NUMBER:01423 556 781]]
Adjuster: [[PERSON:Rosalind Achterberg]]""",
    """{"customer": {"id": "[[ID_NUMBER:CUST-0048217]]", "first_name": "[[PERSON:Anh]]", "last_name": "[[PERSON:Nguyen]]", "email": "[[EMAIL_ADDRESS:anh.nguyen.91@protonmail.com]]", "phone": "[[PHONE_NUMBER:+61 2 9018 4472]]", "dob": "[[DATE_TIME:1991-05-23]]", "address": {"street": "[[ADDRESS:77 Parramatta Road]]", "unit": "[[ADDRESS:Unit 14]]", "city": "[[LOCATION:Annandale]]", "state": "[[LOCATION:NSW]]", "postcode": "[[ZIP_CODE:2038]]"}, "tfn": "[[ID_NUMBER:459 817 239]]", "plan": "Family 24", "contract": "monthly"}}""",
    """2024-06-11T08:14:22.331Z INFO auth.login success user=[[USERNAME:rkapoor_ops]] ip=[[IP_ADDRESS:10.42.17.211]] session=7f3e1a90c2 ua="okhttp/4.12.0"
2024-06-11T08:14:25.902Z WARN billing.update user=[[USERNAME:rkapoor_ops]] changed payee for account [[ID_NUMBER:ACC-30918827]] to [[PERSON:Rakesh Kapoor]]
2024-06-11T08:15:01.117Z INFO audit.export by=system rows=1204""",
    """INSERT INTO contractors (contractor_id, full_name, trade, licence_no, mobile, email, postcode, insured_until) VALUES ('C-1187', '[[PERSON:Declan Moriarty]]', 'electrician', '[[ID_NUMBER:REC-44018-E]]', '[[PHONE_NUMBER:087 615 2204]]', '[[EMAIL_ADDRESS:declan@moriartyelectrical.ie]]', '[[ZIP_CODE:T12 K8AF]]', '2025-08-31');""",
    """[[PERSON:Mr. Oyelaran]] asked whether the IBAN [[IBAN_CODE:GB92 LOYD 3094 2451 6729 30]] (BIC LOYDGB21F42) could be used for the retention payment on the loft conversion, as the previous payment to [[PERSON:Funmilayo Oyelaran]]'s Nationwide account bounced on [[DATE_TIME:March 8th]].""",
    """Her Master Card [[CREDIT_CARD:5168 4411 2290 8372]] (exp 09/27, CVV 418) was charged twice by the airline. [[PERSON:Chiara]], a Chief Tactics Officer living at [[ADDRESS:390 Willow Brook Rd]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]], asked us to refund one charge to the same card.""",
    """<workOrder id="WO-558120" priority="high">
  <customer>
    <name>[[PERSON:Samantha Achebe]]</name>
    <phone type="mobile">[[PHONE_NUMBER:+1 416 809 2273]]</phone>
    <email>[[EMAIL_ADDRESS:sam.achebe@rogers.com]]</email>
    <serviceAddress>[[ADDRESS:1912 Danforth Ave, Unit 3]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M4C 1J5]]</serviceAddress>
  </customer>
  <job trade="plumbing">Replace shut-off valve under kitchen sink; tech to call ahead.</job>
  <scheduled>[[DATE_TIME:2024-10-03T09:00:00-04:00]]</scheduled>
  <technician>[[PERSON:Luis Cardoso]]</technician>
</workOrder>""",
    """LOAN APPLICATION — PERSONAL
Applicant: [[PERSON:Marisol Etxeberria Ruiz]]    DOB: [[DATE_TIME:29/12/1987]]    Age: [[AGE:36]]
Nationality: [[NRP:Spanish]]    NIE: [[ID_NUMBER:X4172536Z]]
Address: [[ADDRESS:Flat 2, 91 Gloucester Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS7 8AT]]
Employer: Avon Freight Ltd    Occupation: Transport planner    Annual income: £41,500
Purpose of loan: Debt consolidation
Bank: IBAN [[IBAN_CODE:ES58 0049 1500 0429 1038 8574]]
Signature date: [[DATE_TIME:14 May 2024]]""",
    """The Senior Directives Officer, [[PERSON:Omari]], updated his profile: username [[USERNAME:omari.kiplagat]], password Tr!ck3y#2024, new phone [[PHONE_NUMBER:+254 711 209 384]], and requested that statements go to [[ADDRESS:P.O. Box 41882-00100]], [[LOCATION:Nairobi]].""",
    """Ticket #INC0092214 | Opened by: [[PERSON:Hiroko Tanabe]] ([[EMAIL_ADDRESS:h.tanabe@kenwright-retail.co.uk]]) | Priority: P3
Summary: Sales tablet cannot sync the CRM.
Details: Device SN R58N3120KXP, Android 14, last seen from [[IP_ADDRESS:172.20.14.88]] at 07:52. User reports the issue started after the update on Monday. Call back on ext. 2231 or mobile [[PHONE_NUMBER:07934 551 028]].""",
    """Notice of Intended Entry
To: [[PERSON:Ms. Leanne Hobbs]], tenant, [[ADDRESS:Unit 4, 23 Rosella Street]], [[LOCATION:Payneham]] [[LOCATION:SA]] [[ZIP_CODE:5070]]
From: Northgate Property Management
Please be advised that the property will be entered on [[DATE_TIME:Wednesday 19 June 2024 between 10:00am and 12:00pm]] for the purpose of an electrical safety inspection and smoke alarm replacement, carried out by licensed electrician [[PERSON:Craig Dunstan]] (licence [[ID_NUMBER:PGE 227614]]).""",
    """customer_name=[[PERSON:Pradeep Kumar Reddy]]; consumer_no=[[ID_NUMBER:110049338271]]; meter_no=TS-4829917; reading_prev=18822; reading_curr=19107; units=285; bill_date=2024-05-04; mobile=[[PHONE_NUMBER:9849012775]]; aadhaar=[[ID_NUMBER:4820 5517 3625]]; area=[[LOCATION:Kukatpally]]; city=[[LOCATION:Hyderabad]]""",
    """Hi [[PERSON:Gideon]], your Direct Debit of £92.40 to Octopus Energy will be collected from account ending 3318 on or after 1 July. Your account number is [[ID_NUMBER:A-7C21F09E]] and your next meter reading is due by [[DATE_TIME:28 June]].""",
    """Job title: Lead Configuration Analyst. Name: [[PERSON:Ximena Castañeda]]. Gender: female. Height: 163 cm. Email: [[EMAIL_ADDRESS:xcastaneda@fastmail.com]]. Born: [[DATE_TIME:July 4th, 1996]]. Phone: [[PHONE_NUMBER:(212) 404-7781]]. Street: [[ADDRESS:Fulton St]]. Building: [[ADDRESS:248]]. City: [[LOCATION:New York]]. Zip: [[ZIP_CODE:10038]]. SSN: [[US_SSN:412-58-3390]].""",
    """MEDICAL INTAKE FORM
Patient name: [[PERSON:Edwin Mwangi Kariuki]]    Sex: M    Age: [[AGE:47]]
Date of visit: [[DATE_TIME:11/04/2025]]
Occupation: Teacher
Presenting complaint: fell down stairs at school in [[LOCATION:Westlands]], landed on left side, pain in left wrist and ribs.
NHIF no.: [[ID_NUMBER:R0918273]]    ID No.: [[ID_NUMBER:22659041]]
Next of kin: [[PERSON:Esther Wairimu]] (wife), [[PHONE_NUMBER:0726 334 118]]""",
    """Send the inspection report to [[EMAIL_ADDRESS:lorcan.fitzgerald@eircom.net]] and copy in [[PERSON:Lorcan]]'s partner [[PERSON:Aoibheann]] — they're both on the deed for [[ADDRESS:Rose Cottage, Ballinahown]], [[LOCATION:Co. Westmeath]], [[ZIP_CODE:N37 V2P9]]. IBAN for the refund is [[IBAN_CODE:IE47BOFI90001748213976]].""",
    """user_profile:
  username: [[USERNAME:kb_thermal]]
  display_name: "[[PERSON:Kofi Boateng]]"
  email: [[EMAIL_ADDRESS:kofi.boateng@yahoo.com]]
  role: agent
  region: [[LOCATION:Greater Accra]]
  last_login: "[[DATE_TIME:2025-02-17 18:43:09]]"
  last_ip: [[IP_ADDRESS:41.66.201.15]]
  notifications: true""",
    """The Forward Metrics Designer [[PERSON:Ottilie Brandvold]] from [[LOCATION:Bergen]] paid for the Spanish evening course with card [[CREDIT_CARD:4147 2025 6618 0939]], expiry 03/26, and gave her address as [[ADDRESS:Nygårdsgaten 57]], [[ZIP_CODE:5015]] [[LOCATION:Bergen]]; her IPv6 was [[IP_ADDRESS:2001:4646:a7c2:0:8d1:4ff:fe39:21ab]].""",
    """CONSTRUCTION SUBCONTRACT AGREEMENT
This Agreement is made on the [[DATE_TIME:2nd day of September 2024]] between Brightline Developments Ltd (the "Contractor") and [[PERSON:Kasim Rahman]] trading as KR Drylining, of [[ADDRESS:17 Coppice Way]], [[LOCATION:Walsall]] [[ZIP_CODE:WS3 1PN]] (the "Subcontractor"), UTR [[ID_NUMBER:47129 83306]].
1. The Subcontractor shall supply and fix plasterboard partitions at Plot 12–30, Meadow Rise.
2. Payment will be made monthly to sort code 40-11-62, account [[ID_NUMBER:71248391]].
Signed: [[PERSON:K. Rahman]]""",
    """[[TITLE:Gng.]] [[PERSON:Lourdes Manalo]], narito po ang detalye ng inyong bagong koneksyon sa kuryente: Account No. [[ID_NUMBER:4410-2298-37]], address [[ADDRESS:Lot 5, Blk 3, Sampaguita St., Brgy. San Isidro]], [[LOCATION:Antipolo]], [[LOCATION:Rizal]] [[ZIP_CODE:1870]]. Ang inyong TIN ay [[ID_NUMBER:418-227-905-000]] at ang petsa ng pag-install ay [[DATE_TIME:Hulyo 15, 2024]].""",
    """Mteja: [[PERSON:Joseph Kimaro]] | Simu: [[PHONE_NUMBER:+255 754 118 923]] | Barua pepe: [[EMAIL_ADDRESS:jkimaro@yahoo.co.tz]] | Anwani: [[ADDRESS:Mtaa wa Uhuru, Nyumba Na. 47]], [[LOCATION:Moshi]] | Tarehe ya kuzaliwa: [[DATE_TIME:12/03/1982]] | Namba ya mita: 24118830921 | Deni: TSh 186,400""",
    """def seed_users(db):
    db.insert("users", {"name": "[[PERSON:Harpreet Gill]]", "email": "[[EMAIL_ADDRESS:harpreet.gill@shawmail.ca]]", "phone": "[[PHONE_NUMBER:604-771-3392]]", "postal": "[[ZIP_CODE:V3W 2K8]]"})
    db.insert("users", {"name": "[[PERSON:Marco Benedetti]]", "email": "[[EMAIL_ADDRESS:mbenedetti@libero.it]]", "phone": "[[PHONE_NUMBER:+39 347 118 2290]]", "postal": "[[ZIP_CODE:20144]]"})
    db.insert("users", {"name": "test user", "email": "noreply@example.com", "phone": "000-000-0000", "postal": "00000"})""",
    """Hi, I'm contacting you regarding [[PERSON:Barnaby Quist]]'s account at [[ADDRESS:883 Crestview Blvd, Apt. 19]], [[LOCATION:Tucson]]. He was born on [[DATE_TIME:02/14/1959]] and his driver's license is [[US_DRIVER_LICENSE:D08451773]]. His Discover card [[CREDIT_CARD:6011 5540 9812 3375]] was used to pay the roofer's deposit.""",
    """NOTICE OF PLANNED SUPPLY INTERRUPTION
Dear [[PERSON:Mr. Ferdinand Osei-Tutu]],
To allow essential upgrades to the low-voltage network, your electricity supply at [[ADDRESS:42 Oakleigh Park Drive]], [[LOCATION:Leigh-on-Sea]] [[ZIP_CODE:SS9 1RX]] will be switched off on [[DATE_TIME:Thursday 23 January 2025 from 09:00 to 15:00]]. Customers on our Priority Services Register, such as yourself, will receive a welfare call on [[PHONE_NUMBER:01702 339 016]].
UK Power Networks""",
    """Invoice INV-22817 from Patel & Sons Plumbing (VAT 318 4472 19), dated 14/08/2024, is addressed to [[PERSON:Georgina Lamb]], [[ADDRESS:6 Kiln Lane]], [[LOCATION:Stourbridge]] [[ZIP_CODE:DY8 2HX]]. Work: replacement of cylinder thermostat and two TRVs. Total due £286.00 within 14 days.""",
    """[[PERSON:Ms. Priyamvada Iyengar]], a Dynamic Branding Facilitator, accessed our portal at [[DATE_TIME:3:47 PM on 12 December 2023]] from IP [[IP_ADDRESS:117.204.88.142]] and MAC 00:1A:2B:3C:4D:5E and uploaded a scan of her Aadhaar [[ID_NUMBER:9063 7124 4856]].""",
    """{"event": "meter_read_submitted", "account_id": "[[ID_NUMBER:EA-11872934]]", "account_holder": "[[PERSON:Fiona MacLeod]]", "submitted_at": "[[DATE_TIME:2025-03-31T21:04:55Z]]", "channel": "app", "reads": [{"register": "day", "value": 40218}, {"register": "night", "value": 15577}], "device": {"os": "iOS 17.4", "ip": "[[IP_ADDRESS:82.13.190.47]]"}, "mpan": "16 1200 0239 4418 71"}""",
    """Re: Application for Building Permit — 7 Jacaranda Street
Applicant: [[PERSON:Thabo Nkosi]], ID [[ID_NUMBER:8803145231089]], of [[ADDRESS:7 Jacaranda Street]], [[LOCATION:Lynnwood]], [[LOCATION:Pretoria]] [[ZIP_CODE:0081]].
Architect: [[PERSON:Leonie van der Merwe]] (SACAP reg. [[ID_NUMBER:PrArch 21847]]).
The plans for a double garage with a flat above were received on [[DATE_TIME:5 March 2024]] and are under review.""",
    """[[PERSON:Giannis Antoniou]]'s login details were sent to [[EMAIL_ADDRESS:g.antoniou77@hotmail.gr]]: username [[USERNAME:gantoniou77]], temporary password Kx9!mP2#vL. He works as a Direct Functionality Planner at the [[LOCATION:Thessaloniki]] office and his IBAN on file is for payroll only.""",
    """2025-01-09 13:22:07,441 ERROR [payment-svc] Card declined for customer [[PERSON:Adwoa Sarpong]] card=[[CREDIT_CARD:4929880312675544]] exp=11/26 amount=GBP 1,250.00 merchant="CityJet Travel" reason=INSUFFICIENT_FUNDS
2025-01-09 13:22:07,502 INFO  [notify-svc] SMS sent to [[PHONE_NUMBER:+447911304557]]""",
    """Dear Valued Customer [[PERSON:Bartholomew Kincaid]],
Our records show that the gas safety check at your rental property, [[ADDRESS:Flat 11, Caxton House, 5 Albion Street]], [[LOCATION:Leeds]] [[ZIP_CODE:LS1 5AA]], is due on [[DATE_TIME:15/09/2024]]. Your Gas Safe registered engineer, [[PERSON:Mohammed Aziz]] (ID card [[ID_NUMBER:4471902]]), will contact you to arrange access.""",
    """Patient: [[PERSON:Hemi Walker]] | NHI: [[ID_NUMBER:ZHK4128]] | DOB: [[DATE_TIME:08-Aug-1969]] | Ethnicity: [[NRP:Māori]] | Address: [[ADDRESS:34 Tui Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]] | GP: [[PERSON:Dr. Anjali Bhatt]] | Referral: respiratory clinic, persistent cough for three months.""",
    """First, [[PERSON:Rosalind]] from Accounts Payable ([[EMAIL_ADDRESS:rosalind.pike@granitefoods.com.au]]) updated the supplier record for [[PERSON:Hung Le]] (ABN 51 824 753 556) to pay into BSB 062-000 account [[ID_NUMBER:1128 4490]]; then she changed his mobile to [[PHONE_NUMBER:0433 201 985]].""",
    """SELECT * FROM service_requests WHERE customer_email = '[[EMAIL_ADDRESS:b.oduya@gmail.com]]' AND created_at > '2024-01-01';
-- returns: 3 rows | request_id=SR-30211, name=[[PERSON:Babatunde Oduya]], issue="no hot water", address=[[ADDRESS:15 Goldhawk Road]], postcode=[[ZIP_CODE:W12 8QQ]], visit=[[DATE_TIME:2024-02-07 08:00]]""",
    """Kwa: [[TITLE:Bi.]] [[PERSON:Zawadi Mushi]]
Anwani: [[ADDRESS:S.L.P. 2290]], [[LOCATION:Dodoma]]
YAH: MKATABA WA UJENZI WA NYUMBA
Tunathibitisha kuwa fundi mkuu [[PERSON:Abdallah Mfinanga]] ataanza kazi ya msingi tarehe [[DATE_TIME:3 Machi 2025]]. Malipo ya awali yatumwe kwa akaunti [[ID_NUMBER:0150 2298 4417 00]] ya CRDB. Kwa maswali piga [[PHONE_NUMBER:0713 552 041]].""",
    """The Regional Accounts Consultant, [[PERSON:Mr. Adebayo Ogunleye]], age [[AGE:39]], gave [[ADDRESS:Plot 22, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]] as his address and [[PHONE_NUMBER:+234 802 441 7709]] as his phone, and asked that his family gym membership be renewed from [[DATE_TIME:01/07/2024]].""",
    """HR RECORD
Employee: [[PERSON:Sinéad Gallagher]]
Employee ID: [[ID_NUMBER:40021877]]
Start date: [[DATE_TIME:12 Feb 2018]]
Position: Payroll Administrator
PPSN: [[ID_NUMBER:3057291TA]]
Home: [[ADDRESS:22 Clontarf Road]], [[LOCATION:Dublin 3]]
Emergency contact: [[PERSON:Ruairí Gallagher]] [[PHONE_NUMBER:+353 86 214 7730]]""",
    """Your password reset was requested from [[IP_ADDRESS:197.248.33.102]] for the account [[EMAIL_ADDRESS:achieng.odhiambo@gmail.com]]. If this wasn't you, [[PERSON:Achieng]], please contact Kenya Power customer care on 0703 070 707 or 97771 immediately.""",
    """Assessor: [[PERSON:Rupert Allingham]]. Dwelling: [[ADDRESS:3 Peacock Mews]], [[LOCATION:Tewkesbury]] [[ZIP_CODE:GL20 5QH]]. Owner: [[PERSON:Mrs. Josephine Adu]]. Survey date: [[DATE_TIME:10 October 2024]]. EPC rating D (61), potential B (83). Recommendations: cavity wall insulation, solar PV, low-energy lighting. Report reference 0370-2914-5620-2824-1104.""",
    """As requested, the payment for the bathroom refit (€7,450) was sent from [[IBAN_CODE:DE44 5001 0517 5407 3249 31]] to the contractor's account [[IBAN_CODE:AT45 2011 1824 6137 0955]] on [[DATE_TIME:24.05.2024]] by [[PERSON:Franziska Oberhuber]], who lives at [[ADDRESS:Gumpendorfer Straße 118/7]], [[ZIP_CODE:1060]] [[LOCATION:Wien]].""",
    """[[PERSON:Jerome Baptiste]] (Chief Mobility Liaison, age [[AGE:58]]) asked that his reimbursement go to card [[CREDIT_CARD:3714 496353 98431]]; his Amex expires 10/28. He can be reached on [[PHONE_NUMBER:+1-305-884-2617]] or at [[ADDRESS:7700 Biscayne Blvd, Unit 1204]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33138]].""",
    """Incident report — [[DATE_TIME:14/03/2025 at 10:40]]. Operative [[PERSON:Lukasz Zielinski]] ([[AGE:33]]) was struck by a reversing dumper at the Northfield Road site. First aid was given by [[PERSON:Sharon Beattie]]. RIDDOR reference 1288341. Witness: [[PERSON:Adeel Shah]], [[PHONE_NUMBER:07412 998 301]].""",
    """Paalala kay [[PERSON:Ricardo Lopez Mercado]] ([[AGE:52]]): ang iyong SSS No. [[ID_NUMBER:34-5821907-3]] at PhilHealth No. [[ID_NUMBER:12-050873412-6]] ay kailangang i-update bago ang [[DATE_TIME:Agosto 31]]. Ang iyong employer, JRM Construction Corp., ay nasa [[LOCATION:Pasig City]]. Email: [[EMAIL_ADDRESS:ricardo.mercado@gmail.com]]""",
    """[user]
name = [[PERSON:Björn Lindqvist]]
email = [[EMAIL_ADDRESS:bjorn.lindqvist@kth.se]]
[remote "origin"]
url = git@github.com:[[USERNAME:blindqvist]]/thesis-plots.git
[deploy]
host = lab-gpu-02.internal
key = ~/.ssh/id_ed25519""",
    """Please issue a refund of $312.18 to [[PERSON:Ms. Wanda Pełka]] for the duplicate water bill. Her account is [[ID_NUMBER:0071-44820-3]], her service address is [[ADDRESS:5518 W Belmont Ave]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60641]] and her Illinois driver's license is [[US_DRIVER_LICENSE:P412-8830-5517]].""",
    """Could [[PERSON:Ignatius]] please confirm the wire transfer of CHF 18,500 to [[IBAN_CODE:CH29 0070 0110 0054 8291 7]]? The Investment Account belongs to [[PERSON:Leopoldine Vautrin]], who lives at [[ADDRESS:Rue du Marché 14]], [[ZIP_CODE:1204]] [[LOCATION:Genève]], and the BIC is ZKBKCHZZ80A.""",
    """PRESCRIPTION
Patient: [[PERSON:Chinedu Eze]]    DOB: [[DATE_TIME:05/19/1983]]    MRN: [[ID_NUMBER:MRN-2210394]]
Address: [[ADDRESS:4102 Spring Garden St]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19104]]
Rx: Metformin 500 mg, 1 tab PO BID, #60, refills: 3
Prescriber: [[PERSON:Dr. Harriet Mbeki-Stone]]
Date written: [[DATE_TIME:03/11/2025]]""",
    """{"ticket_id": "T-88213", "channel": "web", "customer": "[[PERSON:Laleh Ahmadi]]", "email": "[[EMAIL_ADDRESS:laleh.ahmadi@gmail.com]]", "message": "I booked the [[LOCATION:Lisbon]] apartment from [[DATE_TIME:12 August]] to [[DATE_TIME:19 August]] but was charged in dollars. My card is the one ending 7730.", "ip": "[[IP_ADDRESS:5.119.44.208]]", "locale": "en-GB"}""",
    """Dear [[PERSON:Olamide]], we have received your application for the role of Senior Response Strategist. Please attend the assessment centre on [[DATE_TIME:Tuesday 15th October at 9.30am]] at our office in [[LOCATION:Canary Wharf]]. Bring your passport ([[ID_NUMBER:A03918274]]) and proof of your right to work.""",
    """The vehicle registered to [[PERSON:Aarav Malhotra]] (plate [[ID_NUMBER:KA 05 MN 4471]], VIN MA3ERLF3S00419283) was caught on camera at [[DATE_TIME:21:14 on 09-02-2025]] on the Outer Ring Road, [[LOCATION:Bengaluru]]. Fine notice sent to [[ADDRESS:No. 88, 7th Main, HSR Layout Sector 2]].""",
    """2024-11-30 22:41:07 sshd[2201]: Accepted publickey for [[USERNAME:mfarouk]] from [[IP_ADDRESS:94.206.117.33]] port 51422 ssh2
2024-11-30 22:41:09 sudo: [[USERNAME:mfarouk]] : TTY=pts/0 ; PWD=/home/[[USERNAME:mfarouk]] ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx""",
    """STUDENT ENROLMENT
Name: [[PERSON:Aaliyah Jefferson]]
Student No.: [[ID_NUMBER:20240471185]]
DOB: [[DATE_TIME:March 29, 2006]]
Guardian: [[PERSON:Tanya Jefferson]], [[PHONE_NUMBER:(404) 555-0193]]
Home address: [[ADDRESS:1180 Peachtree Battle Ave NW]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30327]]
Programme: BSc Nursing, Year 1""",
    """Our Global Group Associate, [[PERSON:Tevita Fifita]], used his Visa [[CREDIT_CARD:4556730219984103]] with CVV 902 to pay for the flights; his [[NRP:Tongan]] passport number is [[ID_NUMBER:N081724]] and he flies out of [[LOCATION:Auckland]] on [[DATE_TIME:28/02/2025]].""",
    """Hello [[PERSON:Mrs. Efosa]], this is to confirm the transfer of ₦2,400,000 from your Zenith account [[ID_NUMBER:2087713450]] to [[PERSON:Osaretin Igbinedion]]. Your NIN [[ID_NUMBER:48217705931]] has been verified. If you did not authorise this, call 0700 ZENITH PLC.""",
    """Mkulima [[PERSON:Daudi Chacha]], mwenye umri wa miaka [[AGE:61]], wa kijiji cha [[LOCATION:Tarime]], alisajiliwa kwenye mpango wa mbolea tarehe [[DATE_TIME:14 Januari 2025]]. Namba ya usajili: [[ID_NUMBER:TRM-00418]], simu: [[PHONE_NUMBER:0768 214 509]].""",
    """Court listing: R v. [[PERSON:Declan Farrelly]] — hearing set for [[DATE_TIME:10:00 on 6 May 2025]] at Snaresbrook Crown Court. Defendant DOB [[DATE_TIME:11/11/1994]], of [[ADDRESS:40 Ravensbourne Road]], [[LOCATION:Catford]]. Counsel: [[PERSON:Ms. Ayodele Martins]].""",
    """[[PERSON:Kenji Watanabe]], [[AGE:28]], Investor Interactions Technician, email [[EMAIL_ADDRESS:kenji.w@outlook.jp]], can be contacted at [[PHONE_NUMBER:+81 90-4417-2286]]; he shared his Bitbucket profile [[URL:https://bitbucket.org/kwatanabe-dev]] and his username [[USERNAME:kwatanabe_dev]].""",
    """Hotel Registration Card
Guest: [[PERSON:Mr. Jean-Baptiste Lefèvre]]
Arrival: [[DATE_TIME:14/07/2024]]    Departure: [[DATE_TIME:17/07/2024]]
Nationality: [[NRP:French]]
Passport No: [[ID_NUMBER:19FD48271]]
Home address: [[ADDRESS:23 rue des Lilas]], [[ZIP_CODE:69003]] [[LOCATION:Lyon]], [[LOCATION:France]]
Room 512, rate: Bed & Breakfast""",
    """Ang nagpadala ng remittance ay si [[PERSON:Rowena Pascual]] mula sa [[LOCATION:Dubai]], para kay [[PERSON:Efren Pascual]] sa [[LOCATION:Iloilo City]]. Ang halaga ay ₱35,000, ipinadala noong [[DATE_TIME:Oktubre 3, 2024]]. Cellphone ng tatanggap: [[PHONE_NUMBER:0918 772 4510]].""",
    """<patient>
  <id>[[ID_NUMBER:PT-0093318]]</id>
  <name given="[[PERSON:Mariam]]" family="[[PERSON:Haddad]]"/>
  <birthDate>[[DATE_TIME:1972-02-09]]</birthDate>
  <telecom system="email">[[EMAIL_ADDRESS:mariam.haddad@bigpond.com]]</telecom>
  <address city="[[LOCATION:Adelaide]]" postalCode="[[ZIP_CODE:5000]]">[[ADDRESS:201 Grenfell Street]]</address>
  <medicare>[[ID_NUMBER:2958 41739 1]]</medicare>
</patient>""",
    """The Customer Paradigm Producer [[PERSON:Ayodeji]] logged in with [[USERNAME:ayo.d_91]] from [[IP_ADDRESS:102.89.47.19]], then changed the payout IBAN to [[IBAN_CODE:GB02HBUK40127688213045]] and the payout name to [[PERSON:Ayodeji Fashola]] at 02:11 UTC.""",
    """CREDIT CARD DISPUTE FORM
Cardholder: [[PERSON:Rebecca Goldstein]]
Card number: [[CREDIT_CARD:5260 1988 7140 3529]]
Transaction date: [[DATE_TIME:06/22/2024]]  Merchant: SkyHigh Travel  Amount: $1,184.00
Reason: Flight cancelled, refund not received.
Cardholder phone: [[PHONE_NUMBER:(718) 692-3341]]   Email: [[EMAIL_ADDRESS:rgoldstein@aol.com]]
Signature: [[PERSON:R. Goldstein]]   Date: [[DATE_TIME:08/01/2024]]""",
    """Congratulations [[PERSON:Tunde]]! Your account [[USERNAME:TundeBeatsNG]] on PlayArena has reached Level 40. We noticed a new login from [[LOCATION:Ibadan]] ([[IP_ADDRESS:105.112.36.200]]) — if this was you, no action is needed.""",
    """Dossier for [[PERSON:Anneke de Vries]]: BSN [[ID_NUMBER:248150376]], born [[DATE_TIME:3 januari 1985]] in [[LOCATION:Utrecht]], lives at [[ADDRESS:Kanaalstraat 212-II]], [[ZIP_CODE:1054 XP]] [[LOCATION:Amsterdam]]. Salary is paid to [[IBAN_CODE:NL11 RABO 0331 7629 43]]. Works as a Legacy Optimization Architect.""",
    """Subject: Change of bank details — urgent
From: [[PERSON:Clive Danvers]] <[[EMAIL_ADDRESS:clive.danvers@btopenworld.com]]>
Hi, please send my pension payments to the new account below from next month:
Name: [[PERSON:Clive A. Danvers]]
Account: [[ID_NUMBER:55871203]]  Sort code: 20-45-77
NI number: [[ID_NUMBER:PW 61 38 04 A]]
Thanks, [[PERSON:Clive]]""",
    """Nurse's note, [[DATE_TIME:02/03/2025 06:15]]: [[PERSON:Mrs. Oksana Petrenko]], [[AGE:81]], found on floor of room 14B by [[PERSON:Nurse Joy Abiodun]]. No head injury. Daughter [[PERSON:Iryna]] informed on [[PHONE_NUMBER:07566 210 938]].""",
    """apiVersion: v1
kind: Secret
metadata:
  name: smtp-credentials
  annotations:
    owner: "[[PERSON:Dmitri Volkov]] <[[EMAIL_ADDRESS:dvolkov@northwind-energy.com]]>"
stringData:
  SMTP_USER: [[EMAIL_ADDRESS:dmitri.volkov.alerts@gmail.com]]
  SMTP_PASS: "Zq7#ppL!02x"
  SMTP_HOST: smtp.gmail.com""",
    """Kindly note that [[PERSON:Ms. Nandini Rao]] has been approved for a home loan of ₹48,00,000 for the flat at [[ADDRESS:B-1204, Prestige Lakeside Habitat, Varthur Road]], [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560087]]. Her PAN is [[ID_NUMBER:AKLPR7731Q]] and the first EMI is due on [[DATE_TIME:5 September 2024]].""",
    """My name is [[PERSON:Jorge Luis Ocampo]], [[AGE:44]], a Dynamic Paradigm Engineer. You'll find me at [[ADDRESS:2290 Sunset Ridge Dr]], [[LOCATION:Las Vegas]], [[LOCATION:NV]] [[ZIP_CODE:89135]]. My US passport number is [[US_PASSPORT:548213097]] and my SSN is [[US_SSN:529-71-0846]].""",
    """TENANCY AGREEMENT (ASSURED SHORTHOLD)
Landlord: [[PERSON:Harold Pemberton]], [[ADDRESS:9 The Paddocks]], [[LOCATION:Tonbridge]] [[ZIP_CODE:TN10 4JX]]
Tenants: [[PERSON:Kamil Nowak]] and [[PERSON:Agnieszka Nowak]]
Property: [[ADDRESS:Flat 3, 17 Quarry Hill Road]], [[LOCATION:Tonbridge]] [[ZIP_CODE:TN9 2RN]]
Term: 12 months from [[DATE_TIME:1 September 2024]]
Rent: £1,150 per calendar month, deposit £1,326 protected with the DPS.""",
    """[2025-04-02 09:12:55] chat.message from=[[USERNAME:lerato_m]] to=[[USERNAME:support_bot]] text="hi my id number is [[ID_NUMBER:7906058145088]] and my cell is [[PHONE_NUMBER:082 771 4038]]" client_ip=[[IP_ADDRESS:41.13.88.204]]""",
    """Please update the records of [[TITLE:Cpl.]] [[PERSON:Mathew Rangi]] — new mailing address [[ADDRESS:PO Box 4418]], [[LOCATION:Palmerston North]] [[ZIP_CODE:4442]]; date of enlistment [[DATE_TIME:19 February 2016]]; service number [[ID_NUMBER:N1048273]].""",
    """The Human Integration Director [[PERSON:Lisandro Peralta]] ([[EMAIL_ADDRESS:lisandro.peralta@icloud.com]]) lives at [[ADDRESS:Apt. 501, 8300 NW 36th St]], [[LOCATION:Doral]], [[LOCATION:FL]] [[ZIP_CODE:33166]]; his Florida driver license is [[US_DRIVER_LICENSE:P364-281-77-105-0]] and his card [[CREDIT_CARD:4024 0071 5538 9124]] expires 02/27.""",
    """INSURANCE EXPLANATION OF BENEFITS
Member: [[PERSON:Dolores Whitfield]]   Member ID: [[ID_NUMBER:WXK882013477]]   Group: 00817-42
Patient: [[PERSON:Caleb Whitfield]] (dependent)   DOB: [[DATE_TIME:10/05/2015]]
Date of service: [[DATE_TIME:06/14/2024]]   Provider: Lakeside Pediatrics
Billed: $420.00  Allowed: $188.30  You owe: $37.66""",
    """Ujumbe kutoka benki: Ndugu [[PERSON:Salim Athumani]], akaunti yako [[ID_NUMBER:0230 1128 7741]] imewekewa TSh 450,000 tarehe [[DATE_TIME:28/06/2024 saa 10:14]]. Kama si wewe, piga 0800 750 111 bure.""",
    """Background check request for [[PERSON:Darius Jamal Whitaker]], DOB [[DATE_TIME:1/22/1990]], SSN [[US_SSN:238-90-4417]], current address [[ADDRESS:671 Elm Street, Apt 2]], [[LOCATION:Hartford]], [[LOCATION:CT]] [[ZIP_CODE:06106]], previous address in [[LOCATION:Springfield]], [[LOCATION:MA]]. Consent signed on [[DATE_TIME:May 5, 2024]].""",
    """Thank you, [[PERSON:Niamh]]. We've linked the Tesco Clubcard [[ID_NUMBER:634004 0291 8377 214]] to your account [[EMAIL_ADDRESS:niamh.obrien@gmail.com]]; points from your shop on [[DATE_TIME:3 March]] will appear within 48 hours.""",
    """const order = {
  buyer: { name: "[[PERSON:Ingrid Solberg]]", email: "[[EMAIL_ADDRESS:ingrid.solberg@online.no]]", phone: "[[PHONE_NUMBER:+47 918 44 207]]" },
  shipTo: "[[ADDRESS:Thereses gate 41]], [[ZIP_CODE:0168]] [[LOCATION:Oslo]]",
  items: [{ sku: "HP-AW-8KW", qty: 1 }],
  payment: { method: "invoice", terms: "14 days" }
};""",
    """[[PERSON:Mehmet]], a Forward Usability Agent at Kartal Logistics, sent €2,300 from [[IBAN_CODE:TR12 0001 0009 8651 2347 0038 10]] to [[PERSON:Elif Aydın]]. His date of birth is [[DATE_TIME:11/09/1986]] and his phone is [[PHONE_NUMBER:+90 532 448 1720]].""",
    """GRIEVANCE FORM — Employee Relations
Employee name: [[PERSON:Tendai Moyo]]   Staff no.: [[ID_NUMBER:HR-10822]]
Department: Warehouse   Line manager: [[PERSON:Kyle Brennan]]
Date of incident: [[DATE_TIME:19/08/2024]]
Summary: Employee states he was denied overtime after raising a complaint about unsafe racking. Requests a meeting with HR.
Contact: [[EMAIL_ADDRESS:tendai.moyo83@gmail.com]]""",
    """{"type": "kyc.submitted", "user": {"username": "[[USERNAME:jiaying.lim]]", "full_name": "[[PERSON:Lim Jia Ying]]", "nric": "[[ID_NUMBER:T0261947J]]", "dob": "[[DATE_TIME:2002-06-30]]", "mobile": "[[PHONE_NUMBER:+65 8274 1903]]", "address": "[[ADDRESS:12 Jalan Bukit Merah, #14-82]], [[LOCATION:Singapore]] [[ZIP_CODE:150012]]"}, "risk": "low"}""",
    """Please find the visa details for [[PERSON:Ravindra Perera]], a [[NRP:Sri Lankan]] national: passport [[ID_NUMBER:N7721408]], date of birth [[DATE_TIME:23-Nov-1979]], intended arrival [[DATE_TIME:2 December 2024]], sponsor [[PERSON:Dilani Fernando]] of [[ADDRESS:48 Mount Street]], [[LOCATION:Preston]] [[LOCATION:VIC]] [[ZIP_CODE:3072]].""",
    """[[PERSON:Zoltán Horváth]] paid with JCB [[CREDIT_CARD:3566 0020 2036 0489]] (exp 05/29). The Senior Identity Specialist's billing address is [[ADDRESS:Andrássy út 61]], [[ZIP_CODE:1062]] [[LOCATION:Budapest]]; device MAC A4:83:E7:09:5C:1F, IP [[IP_ADDRESS:188.6.214.77]].""",
    """PAYSLIP — March 2025
Employee: [[PERSON:Precious Nwosu]]   Employee no: [[ID_NUMBER:004417]]
NI number: [[ID_NUMBER:SK 20 71 93 D]]   Tax code: 1257L
Gross pay: £2,841.67   Tax: £358.20   NI: £132.40   Net pay: £2,351.07
Paid to: account ****8841""",
    """Taarifa ya mgonjwa: [[PERSON:Rehema Kassim]], miaka [[AGE:29]], alilazwa hospitali ya Mnazi Mmoja tarehe [[DATE_TIME:5 Mei 2025]] akiwa na homa kali. Daktari: [[TITLE:Dkt.]] [[PERSON:Khamis Juma]]. Mume wake, [[PERSON:Suleiman Haji]], anapatikana kwa [[PHONE_NUMBER:+255 777 309 662]].""",
    """UPDATE members SET email='[[EMAIL_ADDRESS:olu.adeniran@yahoo.co.uk]]', phone='[[PHONE_NUMBER:07983 442 617]]', dob='[[DATE_TIME:1977-08-15]]' WHERE member_no='[[ID_NUMBER:GYM-204881]]' AND surname='[[PERSON:Adeniran]]';""",
    """The Dynamic Metrics Coordinator, [[PERSON:Sakura Ishikawa]], lives in the [[LOCATION:Kita-ku]] area of [[LOCATION:Osaka]] and pays by card [[CREDIT_CARD:5018 2347 1125 9683]]. She asked us to send the warranty to [[EMAIL_ADDRESS:sakura.ishikawa@docomo.ne.jp]] rather than to [[ADDRESS:2-14-9 Tenjinbashi]].""",
    """Application for Rental — [[PERSON:Khadija Mohamud]]
Current address: [[ADDRESS:Apt 7, 212 Eglinton Ave W]], [[LOCATION:Toronto]] [[ZIP_CODE:M4R 1A7]]
Phone: [[PHONE_NUMBER:647-555-0172]]   Email: [[EMAIL_ADDRESS:khadija.m@hotmail.ca]]
SIN: [[ID_NUMBER:718 503 428]]   Date of birth: [[DATE_TIME:1995/10/02]]
Employer: Humber River Health   Monthly income: $5,200
Move-in date requested: [[DATE_TIME:November 1]]""",
    """Ikaw ba si [[PERSON:Jomar Villareal]]? Nakita namin ang login mo mula sa [[IP_ADDRESS:112.198.77.41]] noong [[DATE_TIME:Mayo 2, 2025 alas-11:20 ng gabi]]. Kung hindi ikaw ito, palitan agad ang password ng [[USERNAME:jomar_v27]].""",
    """Dear [[TITLE:Rev.]] [[PERSON:Samuel Adjei]], the parish hall booking for [[DATE_TIME:Saturday 7 December]] has been confirmed. The deposit of £150 was received from [[IBAN_CODE:GB07 MIDL 4005 1528 7341 66]]. Keys can be collected from [[PERSON:Margaret]] at [[ADDRESS:4 Vicarage Lane]].""",
    """Member [[PERSON:Shirin Farahani]] (ID [[ID_NUMBER:LIB-0082271]]) borrowed three books on [[DATE_TIME:12/04/2025]]; overdue notices go to [[EMAIL_ADDRESS:shirin.f@gmail.com]]. Her postcode is [[ZIP_CODE:M14 5RB]] and she is registered at the [[LOCATION:Fallowfield]] branch.""",
    """customerId,firstName,lastName,email,ip,cardNumber,cvv,expiry
[[ID_NUMBER:88213]],[[PERSON:Taini]],[[PERSON:Redcloud]],[[EMAIL_ADDRESS:taini.redcloud@gmail.com]],[[IP_ADDRESS:67.161.39.102]],[[CREDIT_CARD:6011008733492018]],227,08/26""",
    """Officer's report: At approx. [[DATE_TIME:23:40 on 15 Feb 2025]] the complainant, [[PERSON:Aisha Bello]] ([[AGE:24]]), stated that her ex-partner [[PERSON:Jermaine Clarke]] ([[AGE:29]]) attended her address at [[ADDRESS:22 Stanhope Street]], [[LOCATION:Liverpool]] [[ZIP_CODE:L8 5RE]] in breach of a non-molestation order.""",
    """Welcome to the team, [[PERSON:Rohan]]! Your login is [[USERNAME:rdesai]], your temporary password is Welcome2025!, and your laptop (Dell Latitude 7440, asset tag IT-04419) will be ready on [[DATE_TIME:Monday 2 June]]. Payroll will need your TFN ([[ID_NUMBER:612 049 380]]) and your bank details.""",
    """We've confirmed your appointment, [[PERSON:Ms. Evangeline Tan]]: Dental cleaning with [[PERSON:Dr. Marcus Yeo]] on [[DATE_TIME:Friday, 22 November 2024 at 4:30pm]] at our [[LOCATION:Tampines]] clinic. Your FIN on file is [[ID_NUMBER:G5127736N]]. Reply C to confirm.""",
    """{"customer_id": "[[ID_NUMBER:100293884]]", "name": "[[PERSON:Paulo Tuilagi]]", "phone": "[[PHONE_NUMBER:+64 27 441 0938]]", "email": "[[EMAIL_ADDRESS:paulo.tuilagi@xtra.co.nz]]", "address_line1": "[[ADDRESS:19 Mangere Road]]", "suburb": "[[LOCATION:Otahuhu]]", "city": "[[LOCATION:Auckland]]", "postcode": "[[ZIP_CODE:1062]]", "loyalty_tier": "gold", "created": "[[DATE_TIME:2023-11-04]]"}""",
    """Maelezo ya mfanyakazi: Jina [[PERSON:Baraka Mwangi Njoroge]]; Namba ya NSSF [[ID_NUMBER:2003418877]]; KRA PIN [[ID_NUMBER:A011248903M]]; Tarehe ya kuanza kazi [[DATE_TIME:1 Agosti 2023]]; Kituo: [[LOCATION:Thika]]; Simu [[PHONE_NUMBER:0711 620 843]].""",
    """WARRANTY REGISTRATION — SOLAR PV & BATTERY
Installer: SunRidge Renewables Pty Ltd (CEC accreditation held by [[PERSON:Dylan Ferreira]], [[ID_NUMBER:A1184302]])
Owner: [[PERSON:Mrs. Pauline Ngata-Rhodes]]
Installation address: [[ADDRESS:Lot 14, 6 Banksia Rise]], [[LOCATION:Margaret River]] [[LOCATION:WA]] [[ZIP_CODE:6285]]
Owner phone: [[PHONE_NUMBER:0429 553 180]]   Email: [[EMAIL_ADDRESS:pauline.nr@westnet.com.au]]
Date commissioned: [[DATE_TIME:18/10/2024]]
Inverter serial: IV8K-2291-0047-AU   Battery serial: BX13-77219-C
Panels: 20 x 440 W   NMI: 8001 2234 567
Owner signature: [[PERSON:P. Ngata-Rhodes]]""",
]

TABLE = [
    """account_no,customer,supply_address,postcode,submitted,reading_kwh,channel
[[ID_NUMBER:30021877]],[[PERSON:Alison Greaves]],[[ADDRESS:14 Holly Bank]],[[ZIP_CODE:HD2 1QE]],[[DATE_TIME:2025-01-03]],22841,app
[[ID_NUMBER:30021902]],[[PERSON:Tomasz Zając]],[[ADDRESS:Flat 6, 2 Mill Yard]],[[ZIP_CODE:HD1 3LN]],[[DATE_TIME:2025-01-04]],9117,phone
[[ID_NUMBER:30022115]],[[PERSON:Gurpreet Bains]],[[ADDRESS:81 Lidget Street]],[[ZIP_CODE:HD3 3JP]],[[DATE_TIME:2025-01-04]],41502,web
[[ID_NUMBER:30022390]],[[PERSON:Elaine McCrory]],[[ADDRESS:3 Rosemary Court]],[[ZIP_CODE:HD5 8TF]],[[DATE_TIME:2025-01-06]],15330,app""",
    """| Job # | Tradesperson | Mobile | Customer | Site address | Visit |
|---|---|---|---|---|---|
| 4471 | [[PERSON:Nathan Keogh]] | [[PHONE_NUMBER:0412 338 901]] | [[PERSON:Mrs. Iris Lam]] | [[ADDRESS:22 Boundary St]], [[LOCATION:Spring Hill]] | [[DATE_TIME:Mon 14 Apr 8:00]] |
| 4472 | [[PERSON:Ali Haidari]] | [[PHONE_NUMBER:0433 910 227]] | [[PERSON:Greg Holloway]] | [[ADDRESS:9/48 Kent St]], [[LOCATION:New Farm]] | [[DATE_TIME:Mon 14 Apr 11:30]] |
| 4475 | [[PERSON:Nathan Keogh]] | [[PHONE_NUMBER:0412 338 901]] | [[PERSON:Aroha Paki]] | [[ADDRESS:117 Waterworks Rd]], [[LOCATION:Ashgrove]] | [[DATE_TIME:Tue 15 Apr 9:00]] |""",
    """name\tage\tcity\tfavourite_colour\tshoe_size
[[PERSON:Ifeanyi Okeke]]\t[[AGE:27]]\t[[LOCATION:Abuja]]\tgreen\t44
[[PERSON:Sarah Whitlock]]\t[[AGE:34]]\t[[LOCATION:Cardiff]]\tnavy\t39
[[PERSON:Pham Thi Lan]]\t[[AGE:22]]\t[[LOCATION:Da Nang]]\tyellow\t37
[[PERSON:Gustavo Reis]]\t[[AGE:51]]\t[[LOCATION:Porto Alegre]]\tred\t42""",
    """{"emp_id": "[[ID_NUMBER:E10293]]", "name": "[[PERSON:Olga Sokolova]]", "dept": "Finance", "email": "[[EMAIL_ADDRESS:olga.sokolova@hartwell.co.uk]]", "start": "[[DATE_TIME:2019-03-11]]"}
{"emp_id": "[[ID_NUMBER:E10355]]", "name": "[[PERSON:Marcus Adeyinka]]", "dept": "Site Ops", "email": "[[EMAIL_ADDRESS:marcus.adeyinka@hartwell.co.uk]]", "start": "[[DATE_TIME:2021-07-05]]"}
{"emp_id": "[[ID_NUMBER:E10412]]", "name": "[[PERSON:Chen Yu]]", "dept": "Estimating", "email": "[[EMAIL_ADDRESS:chen.yu@hartwell.co.uk]]", "start": "[[DATE_TIME:2023-01-16]]"}""",
    """Patient            DOB          NHS No.        Ward   Consultant
[[PERSON:Hughes, Bethan]]     [[DATE_TIME:14/02/1948]]   [[ID_NUMBER:401 023 2137]]   B4     [[PERSON:Dr. Oyelowo]]
[[PERSON:Kaur, Manjit]]       [[DATE_TIME:03/09/1955]]   [[ID_NUMBER:720 318 8469]]   B4     [[PERSON:Dr. Oyelowo]]
[[PERSON:Doyle, Francis]]     [[DATE_TIME:22/12/1939]]   [[ID_NUMBER:635 092 1747]]   C1     [[PERSON:Dr. Sandhu]]""",
    """contractors:
  - name: [[PERSON:Rhys Morgan]]
    trade: roofer
    phone: "[[PHONE_NUMBER:07788 230 415]]"
    insured: true
  - name: [[PERSON:Babajide Ogun]]
    trade: electrician
    phone: "[[PHONE_NUMBER:07931 604 882]]"
    insured: true
  - name: [[PERSON:Mick Carrow]]
    trade: plasterer
    phone: "[[PHONE_NUMBER:07505 119 743]]"
    insured: false""",
    """Order ID | Customer | Email | Items | Total | Status
ORD-77120 | [[PERSON:Priya Shah]] | [[EMAIL_ADDRESS:priya.shah@gmail.com]] | 3 | £84.20 | Shipped
ORD-77121 | [[PERSON:Liam O'Connor]] | [[EMAIL_ADDRESS:liamoc@hotmail.co.uk]] | 1 | £12.99 | Processing
ORD-77124 | [[PERSON:Amara Nwosu]] | [[EMAIL_ADDRESS:amara.n@outlook.com]] | 2 | £45.00 | Delivered
ORD-77130 | [[PERSON:Dev Patel]] | [[EMAIL_ADDRESS:devpatel77@yahoo.com]] | 5 | £230.15 | Cancelled""",
    """Customer: [[PERSON:Ewa Kaminska]]
Account: [[ID_NUMBER:9004418273]]
Tariff: Economy 7
Meter serial: E17UP04418
MPAN: 19 8016 0042 7712 903
Supply address: [[ADDRESS:31 Chestnut Avenue]], [[LOCATION:Eastleigh]], [[ZIP_CODE:SO50 5GH]]
Phone: [[PHONE_NUMBER:023 8061 4472]]
Move-in date: [[DATE_TIME:15 March 2024]]
Opening read (day/night): 10442 / 3318""",
    """Jina,Umri,Kijiji,Simu,Zao
[[PERSON:Mwajuma Hamisi]],[[AGE:38]],[[LOCATION:Bagamoyo]],[[PHONE_NUMBER:0715 228 403]],mihogo
[[PERSON:Elia Mbwambo]],[[AGE:52]],[[LOCATION:Lushoto]],[[PHONE_NUMBER:0784 310 977]],chai
[[PERSON:Grace Lyimo]],[[AGE:44]],[[LOCATION:Same]],[[PHONE_NUMBER:0757 902 116]],tangawizi""",
    """| Student | Grade | Homeroom | Parent/guardian | Contact |
|:--|:--:|:--:|:--|:--|
| [[PERSON:Maya Goldberg]] | 4 | 4B | [[PERSON:Rachel Goldberg]] | [[PHONE_NUMBER:(617) 442-0931]] |
| [[PERSON:Jayden Osei]] | 4 | 4B | [[PERSON:Kofi Osei]] | [[EMAIL_ADDRESS:kofi.osei@comcast.net]] |
| [[PERSON:Luna Marchetti]] | 4 | 4A | [[PERSON:Paola Marchetti]] | [[PHONE_NUMBER:(617) 555-0148]] |
| [[PERSON:Ethan Nakamura]] | 4 | 4A | [[PERSON:Keiko Nakamura]] | [[PHONE_NUMBER:(857) 301-6628]] |""",
    """quote_ref\tclient\tproperty\twork\tamount_gbp\tvalid_until
Q-2291\t[[PERSON:D. Fairweather]]\t[[ADDRESS:5 Mount Pleasant]], [[LOCATION:Frome]]\treroof rear slope\t7,900\t30/06/2025
Q-2292\t[[PERSON:S. Rahimi]]\t[[ADDRESS:Flat 1, 44 Cheap Street]], [[LOCATION:Frome]]\tlead flashing repair\t640\t30/06/2025
Q-2295\t[[PERSON:J.]] & [[PERSON:M. Tremayne]]\t[[ADDRESS:Keeper's Cottage, Nunney Road]]\tchimney repoint\t1,850\t15/07/2025""",
    """username        last_login            login_ip          plan
[[USERNAME:skylarkjess]]     [[DATE_TIME:2025-03-02 21:14]]      [[IP_ADDRESS:81.103.44.170]]     premium
[[USERNAME:t.obi_ng]]        [[DATE_TIME:2025-03-03 07:02]]      [[IP_ADDRESS:105.113.9.88]]      free
[[USERNAME:marguerite_lb]]   [[DATE_TIME:2025-03-03 12:47]]      [[IP_ADDRESS:2a02:c7c:5e1a::14]]  family
[[USERNAME:xx_darkroom_xx]]  [[DATE_TIME:2025-02-27 23:59]]      [[IP_ADDRESS:73.222.191.6]]      free""",
    """Pangalan,Edad,Barangay,Cellphone,Halaga ng Bill (₱)
[[PERSON:Josefina Ramos]],[[AGE:67]],[[LOCATION:San Roque]],[[PHONE_NUMBER:0917 330 2284]],1842.50
[[PERSON:Arnel Dizon]],[[AGE:41]],[[LOCATION:Poblacion]],[[PHONE_NUMBER:0998 441 7012]],2310.00
[[PERSON:Mylene Aquino]],[[AGE:29]],[[LOCATION:Santo Niño]],[[PHONE_NUMBER:0926 118 5530]],967.25""",
    """- id: 1
  full_name: [[PERSON:Kavya Nair]]
  dob: [[DATE_TIME:1998-12-04]]
  passport: [[ID_NUMBER:Z4418273]]
  nationality: [[NRP:Indian]]
- id: 2
  full_name: [[PERSON:Owen Price]]
  dob: [[DATE_TIME:1990-04-17]]
  passport: [[ID_NUMBER:553918204]]
  nationality: [[NRP:British]]
- id: 3
  full_name: [[PERSON:Adaeze Obi]]
  dob: [[DATE_TIME:2001-08-26]]
  passport: [[ID_NUMBER:B50218847]]
  nationality: [[NRP:Nigerian]]""",
    """Card holder            Card number            Exp    Limit
[[PERSON:Marta Sánchez Gil]]      [[CREDIT_CARD:4539 1488 0343 6715]]    07/27  €3,000
[[PERSON:Joost van Leeuwen]]      [[CREDIT_CARD:2221 0012 3456 7805]]    11/26  €1,500
[[PERSON:Ahmed El-Sayed]]         [[CREDIT_CARD:3012 447781 9058]]       02/28  €5,000""",
    """Meter,Location,Reading,Read by,Date
WM-00418,Plant room,004417,[[PERSON:Joe Kaminski]],[[DATE_TIME:02/05/2025]]
WM-00419,Block B riser,118203,[[PERSON:Joe Kaminski]],[[DATE_TIME:02/05/2025]]
EM-2201,Main switchroom,88410.4,[[PERSON:Sunita Rao]],[[DATE_TIME:03/05/2025]]
GM-0033,Boiler house,22917,[[PERSON:Sunita Rao]],[[DATE_TIME:03/05/2025]]""",
    """| Tenant | Unit | Lease start | Rent | Emergency contact |
| --- | --- | --- | --- | --- |
| [[PERSON:Kwabena Darko]] | 1A | [[DATE_TIME:01/09/2023]] | $1,450 | [[PERSON:Abena Darko]] [[PHONE_NUMBER:416-729-3381]] |
| [[PERSON:Stefania Russo]] | 2C | [[DATE_TIME:15/01/2024]] | $1,690 | [[PERSON:Marco Russo]] [[PHONE_NUMBER:905-611-2043]] |
| [[PERSON:Harjit Dhillon]] | 3B | [[DATE_TIME:01/06/2022]] | $1,380 | [[PERSON:Simran Dhillon]] [[PHONE_NUMBER:647-288-0915]] |""",
    """Surname  | Given names   | D.O.B.     | Sex | SSN
[[PERSON:Delgado]]  | [[PERSON:Rosa Maria]]    | [[DATE_TIME:03/17/1966]] | F   | [[US_SSN:601-33-2185]]
[[PERSON:Kowalski]] | [[PERSON:Henry J.]]      | [[DATE_TIME:11/02/1951]] | M   | [[US_SSN:347-20-8816]]
[[PERSON:Thompson]] | [[PERSON:Latoya Denise]] | [[DATE_TIME:08/30/1979]] | F   | [[US_SSN:455-91-3027]]""",
    """Property: [[ADDRESS:19 Oakfield Road]], [[LOCATION:Clapham]], [[ZIP_CODE:SW4 0AB]]
Landlord: [[PERSON:Felicity Arkwright]]
Certificate: Gas Safety Record (CP12)
Engineer: [[PERSON:Dean Carver]]
Gas Safe ID: [[ID_NUMBER:5520148]]
Appliances checked: 3
Inspection date: [[DATE_TIME:09/01/2025]]
Next due: [[DATE_TIME:09/01/2026]]
Result: PASS""",
    """name,email,signup_source,newsletter,country
[[PERSON:Chloé Martin]],[[EMAIL_ADDRESS:chloe.martin@orange.fr]],instagram,yes,[[LOCATION:France]]
[[PERSON:Babajide Adeyemi]],[[EMAIL_ADDRESS:bj.adeyemi@gmail.com]],referral,no,[[LOCATION:Nigeria]]
[[PERSON:Sione Taufa]],[[EMAIL_ADDRESS:sione.taufa@gmail.com]],google,yes,[[LOCATION:New Zealand]]
[[PERSON:Hannah Becker]],[[EMAIL_ADDRESS:h.becker@web.de]],podcast,yes,[[LOCATION:Germany]]""",
    """{"payee": "[[PERSON:Conor Walsh]]", "iban": "[[IBAN_CODE:IE11AIBK93331260458127]]", "amount": 1840.00, "ref": "Kitchen install stage 2"}
{"payee": "[[PERSON:Lena Hoffmann]]", "iban": "[[IBAN_CODE:DE25100200300098214576]]", "amount": 620.50, "ref": "Electrical first fix"}
{"payee": "[[PERSON:Pieter Jansen]]", "iban": "[[IBAN_CODE:NL88INGB0458127302]]", "amount": 975.00, "ref": "Tiling"}
{"payee": "[[PERSON:Luc Schmit]]", "iban": "[[IBAN_CODE:LU760030001234567000]]", "amount": 410.00, "ref": "Skip hire"}""",
    """Visitor log — site gate 2
Time in | Name                | Company            | Vehicle reg | Signed out
07:12   | [[PERSON:Craig Robertson]]     | Dunbar Steel       | [[ID_NUMBER:SN19 XKT]]    | 15:40
07:30   | [[PERSON:Farhan Malik]]        | Apex Scaffolding   | [[ID_NUMBER:KX68 RWE]]    | 16:05
08:05   | [[PERSON:Jo Pritchard]]        | (client)           | [[ID_NUMBER:YH21 LMO]]    | 09:20""",
    """first_name;last_name;phone;city;birthday
[[PERSON:Yasmin]];[[PERSON:Haddad]];[[PHONE_NUMBER:+961 3 418 227]];[[LOCATION:Beirut]];[[DATE_TIME:12.03.1994]]
[[PERSON:Karim]];[[PERSON:Benali]];[[PHONE_NUMBER:+33 6 12 48 90 37]];[[LOCATION:Marseille]];[[DATE_TIME:28.07.1988]]
[[PERSON:Noor]];[[PERSON:Al-Hashimi]];[[PHONE_NUMBER:+971 50 229 4418]];[[LOCATION:Sharjah]];[[DATE_TIME:05.11.2000]]""",
    """Name: [[PERSON:Aditi Kulkarni]]
Role: Structural Engineer (contract)
Day rate: £520
Email: [[EMAIL_ADDRESS:aditi.kulkarni@protonmail.com]]
Mobile: [[PHONE_NUMBER:+44 7700 310 662]]
Available from: [[DATE_TIME:7 July 2025]]
Right to work: yes
Bank: [[IBAN_CODE:GB13BARC20041573648201]]""",
    """| Member # | Name | Joined | Tier | Points |
|---:|---|---|---|---:|
| [[ID_NUMBER:400218]] | [[PERSON:Rosa Lindgren]] | [[DATE_TIME:2021-05-14]] | Silver | 2,840 |
| [[ID_NUMBER:400219]] | [[PERSON:Tiago Ferreira]] | [[DATE_TIME:2021-05-14]] | Bronze | 310 |
| [[ID_NUMBER:400377]] | [[PERSON:Farida Yusuf]] | [[DATE_TIME:2022-11-02]] | Gold | 11,920 |""",
    """Namba ya Mteja\tJina\tMtaa\tSimu\tDeni (KSh)
[[ID_NUMBER:KPL-220184]]\t[[PERSON:Peter Ochieng]]\t[[LOCATION:Kibera]]\t[[PHONE_NUMBER:0720 441 903]]\t3,250
[[ID_NUMBER:KPL-220197]]\t[[PERSON:Mercy Chebet]]\t[[LOCATION:Kawangware]]\t[[PHONE_NUMBER:0733 118 204]]\t0
[[ID_NUMBER:KPL-220231]]\t[[PERSON:Hussein Abdi]]\t[[LOCATION:Eastleigh]]\t[[PHONE_NUMBER:0798 662 017]]\t1,180""",
    """Room   Guest                Check-in      Nights  Notes
204    [[PERSON:Mr. Oluwafemi Ade]]     [[DATE_TIME:11 Jun 2024]]   3       late arrival
211    [[PERSON:Ms. Hana Kobayashi]]    [[DATE_TIME:11 Jun 2024]]   1       vegan breakfast
305    [[PERSON:Dr. Colm Brennan]]      [[DATE_TIME:12 Jun 2024]]   2       -""",
    """client_id: [[ID_NUMBER:CL-5520]]
client_name: [[PERSON:Lwazi Ndlovu]]
id_number: [[ID_NUMBER:9104115783087]]
address: [[ADDRESS:44 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]]
job: burst geyser replacement
geyser_size_l: 150
callout_date: [[DATE_TIME:2024-07-22]]
technician: [[PERSON:Sipho Dube]]""",
    """ip_address,hostname,owner,location,last_seen
[[IP_ADDRESS:10.10.4.21]],laptop-0419,[[PERSON:Grace Kim]],Floor 3,2025-05-01
[[IP_ADDRESS:10.10.4.37]],laptop-0422,[[PERSON:Ravi Shankar]],Floor 3,2025-05-01
10.10.9.2,printer-b2,-,Floor 2,2025-05-01
10.10.0.1,gw-core-01,-,Server room,2025-05-01""",
    """Driver        | Licence No.      | Expires     | Points
[[PERSON:Alan Whitfield]]  | [[ID_NUMBER:WHITF703154AJ9KD]] | 04/2031     | 3
[[PERSON:Neha Joshi]]      | [[ID_NUMBER:JOSHI861125NA9LR]] | 11/2029     | 0
[[PERSON:Kieran Doyle]]    | [[ID_NUMBER:DOYLE905070KP9MT]] | 08/2033     | 6""",
    """Volunteer\tPhone\tShift\tT-shirt
[[PERSON:bex]]\t[[PHONE_NUMBER:07700 900 411]]\tSat AM\tM
[[PERSON:Marcus Oyelaran]]\t[[PHONE_NUMBER:07700 900 782]]\tSat PM\tL
[[PERSON:Imogen Reid]]\t[[PHONE_NUMBER:07700 900 159]]\tSun AM\tS
[[PERSON:Tariq]]\t[[PHONE_NUMBER:07700 900 630]]\tSun PM\tXL""",
    """{"applicant": "[[PERSON:Daniela Cruz Morales]]", "dob": "[[DATE_TIME:1993-02-11]]", "cpf": "[[ID_NUMBER:418.302.976-78]]", "city": "[[LOCATION:Campinas]]", "score": 712}
{"applicant": "[[PERSON:Felipe Andrade]]", "dob": "[[DATE_TIME:1987-09-30]]", "cpf": null, "city": "[[LOCATION:Curitiba]]", "score": 655}""",
    """Borehole / water point register
ID     | Village      | Caretaker            | Phone           | Installed
BH-014 | [[LOCATION:Kaloleni]]     | [[PERSON:Kahindi Baya]]         | [[PHONE_NUMBER:0712 903 448]]    | 2019
BH-022 | [[LOCATION:Mariakani]]    | [[PERSON:Mwanajuma Salim]]      | [[PHONE_NUMBER:0728 117 630]]    | 2021
BH-031 | [[LOCATION:Rabai]]        | [[PERSON:Charo Kazungu]]        | [[PHONE_NUMBER:0741 552 906]]    | 2023""",
    """Guest list — [[PERSON:Tom]] & [[PERSON:Aisha]]'s wedding
Name | Table | Dietary
Aunty [[PERSON:Bisi Lawal]] | 1 | none
[[PERSON:Oliver Grant]] | 3 | vegetarian
[[PERSON:Fatou Diop]] | 3 | halal
[[PERSON:Callum]] & [[PERSON:Jess Reid]] | 5 | gluten free""",
    """Defect log — Plot 47, Meadow Rise
No. | Room | Defect | Raised by | Date raised | Assigned to
1 | Kitchen | Extractor fan missing | [[PERSON:O. Bakare]] | [[DATE_TIME:22/11/2024]] | [[PERSON:Lee]] (electrics)
2 | Bed 2 | Door catches on carpet | [[PERSON:O. Bakare]] | [[DATE_TIME:22/11/2024]] | [[PERSON:Stan]]
3 | Bathroom | Silicone incomplete around bath | [[PERSON:O. Bakare]] | [[DATE_TIME:22/11/2024]] | [[PERSON:Stan]]""",
]

CHAT = [
    """[09:02] Bot: Welcome to BrightSpark Energy chat. An advisor will be with you shortly.
[09:04] [[PERSON:Jordan]] (Advisor): Morning! You're through to [[PERSON:Jordan]]. Can I take the full name on the account?
[09:04] Customer: [[PERSON:Patrice Ndiaye]]
[09:05] [[PERSON:Jordan]] (Advisor): Thanks [[PERSON:Patrice]]. For security, first line of the address and your date of birth please?
[09:05] [[PERSON:Patrice Ndiaye]]: [[ADDRESS:27 Hawthorn Road]], born [[DATE_TIME:30/06/1984]]
[09:06] [[PERSON:Jordan]] (Advisor): Perfect, that's account [[ID_NUMBER:61-4420-918]]. How can I help?
[09:07] [[PERSON:Patrice Ndiaye]]: my smart meter stopped sending readings in Feb. the one on the display now is 31882. also I moved my DD date, can you check it's the 15th now
[09:09] [[PERSON:Jordan]] (Advisor): I've logged the reading and raised a comms fault for the meter. An engineer can come out on [[DATE_TIME:Thursday 22nd May, 8am–12pm]] — does that work?
[09:09] [[PERSON:Patrice Ndiaye]]: yes. they can call my mobile [[PHONE_NUMBER:07851 229 406]] when they're close""",
    """Flat 4 Group 🏠
[[PERSON:Hannah]]: has anyone else got no hot water?? shower was freezing this morning
[[PERSON:Deji]]: same. I think the boiler's locked out again
[[PERSON:Hannah]]: I'll text the landlord. [[PERSON:Deji]] do you have [[PERSON:Mr Kapoor]]'s new number?
[[PERSON:Deji]]: [[PHONE_NUMBER:07956 330 812]] — he changed it after the break-in
[[PERSON:Sophie W]]: he told me last time to call the plumber directly, [[PERSON:Gareth]], on [[PHONE_NUMBER:07425 118 093]]
[[PERSON:Hannah]]: ok messaged [[PERSON:Gareth]], he can come [[DATE_TIME:Wed 5th at 10]] but someone needs to be in
[[PERSON:Sophie W]]: I'm working from home, I'll let him in
[[PERSON:Deji]]: legend 🙏""",
    """#site-ops  |  Meadow Rise Phase 2
[[PERSON:Karen Lowe]] 07:41  Concrete pour for plots 31–34 moved to Thursday. @[[PERSON:Mick]] can you tell the gang?
[[PERSON:Mick Taylor]] 07:43  will do. pump driver is [[PERSON:Dave]] again, his mob is [[PHONE_NUMBER:07711 402 338]] if anyone needs him
[[PERSON:Priya Chandran]] 07:52  Building control inspection for plot 28 drainage is booked [[DATE_TIME:Wed 11 June 9:30]], inspector [[PERSON:Andy Forsyth]]
[[PERSON:Karen Lowe]] 07:55  thanks [[PERSON:Priya]]. Also new starter [[PERSON:Ionut Popescu]] (labourer) arriving tomorrow, CSCS [[ID_NUMBER:10488213]], please add him to the induction list
[[PERSON:Mick Taylor]] 08:02  👍""",
    """Live chat transcript — Northbank Card Services
Agent [[PERSON:Samira]]: Hi, I'm [[PERSON:Samira]]. How can I help today?
You: Hi, there's a payment I don't recognise on my credit card
Agent [[PERSON:Samira]]: I'm sorry to hear that. Could you confirm the card number and your full name?
You: [[CREDIT_CARD:5309 7742 0181 2663]], [[PERSON:Gregory Achterberg]]
Agent [[PERSON:Samira]]: Thank you [[PERSON:Gregory]]. I can see a transaction of $842.19 at an online electronics store. Did you make it?
You: no. I was at home in [[LOCATION:Calgary]] all weekend
Agent [[PERSON:Samira]]: Understood. I've blocked the card and a new one will be sent to [[ADDRESS:1147 Cedar Ridge Place SW]]. Is your phone still [[PHONE_NUMBER:403-887-2951]]?
You: yes that's right""",
    """Viber — HOA Villa Rosario Ph. 3
[[PERSON:Bing Salazar]]: Mga kapitbahay, may water interruption daw bukas mula 8am hanggang 5pm ayon sa Maynilad.
Ate [[PERSON:Lorna]]: Salamat [[PERSON:Bing]]! Sino po ba yung tubero na nag-ayos ng tubo ni [[TITLE:Mang]] [[PERSON:Dado]] last week?
[[PERSON:Bing Salazar]]: Si [[PERSON:Rolly Castro]] po, eto number niya [[PHONE_NUMBER:0927 445 1893]]. Mabait at mura maningil.
[[PERSON:Jun Tolentino]]: Pakisabi kay [[PERSON:Rolly]] na dumaan din sa amin, [[ADDRESS:Blk 7 Lot 22]], may tagas sa kusina.
Ate [[PERSON:Lorna]]: Ako na magsasabi 👍""",
    """WhatsApp
Mama [[PERSON:Neema]]: Habari za asubuhi [[PERSON:Juma]]. Fundi bomba amefika?
[[PERSON:Juma Mwakalinga]]: Bado, amesema atafika saa nne. Jina lake ni [[PERSON:Petro Massawe]], namba [[PHONE_NUMBER:0765 448 210]].
Mama [[PERSON:Neema]]: Sawa. Mwambie bili ya maji ya mwezi huu imekuja, akaunti namba [[ID_NUMBER:DAWASA-0417-2289]].
[[PERSON:Juma Mwakalinga]]: Nitamwambia. Pia mwenye nyumba, [[TITLE:Bw.]] [[PERSON:Kassim]], anataka tumlipe kodi kabla ya tarehe [[DATE_TIME:5 Julai]].""",
    """Support chat — Tel-Link Mobile
[14:20] [[PERSON:Aiden Fraser]]: Hi, I need a replacement SIM, my phone was stolen last night
[14:21] Agent [[PERSON:Rhea]]: So sorry to hear that, [[PERSON:Aiden]]. What's the mobile number on the account?
[14:21] [[PERSON:Aiden Fraser]]: [[PHONE_NUMBER:+61 438 220 917]]
[14:22] Agent [[PERSON:Rhea]]: And your date of birth and the email we have on file?
[14:22] [[PERSON:Aiden Fraser]]: [[DATE_TIME:19 Nov 1992]], [[EMAIL_ADDRESS:aiden.fraser92@gmail.com]]
[14:24] Agent [[PERSON:Rhea]]: Thanks. I've barred the old SIM. The new one will be posted to [[ADDRESS:U12/8 Ocean Street]], [[LOCATION:Bondi]] [[ZIP_CODE:2026]] — is that still right?
[14:24] [[PERSON:Aiden Fraser]]: yep""",
    """Teams — HR Ops
[[PERSON:Lucy Ambrose]] 10:14: Can someone check the start paperwork for [[PERSON:Obinna Eze]]? He starts [[DATE_TIME:Monday 7 July]] and we still don't have his NI number
[[PERSON:Tom Whitehead]] 10:16: he emailed it last night — [[ID_NUMBER:NH 34 72 19 B]]. Also his address changed to [[ADDRESS:12 Harrow Court]], [[LOCATION:Stevenage]] [[ZIP_CODE:SG1 3HZ]]
[[PERSON:Lucy Ambrose]] 10:17: great, and emergency contact?
[[PERSON:Tom Whitehead]] 10:19: his sister, [[PERSON:Chiamaka Eze]], [[PHONE_NUMBER:07466 201 553]]
[[PERSON:Lucy Ambrose]] 10:19: perfect, thanks [[PERSON:Tom]]""",
]

LOOKALIKE = [
    """Hi [[PERSON:Shauna]], your parcel is on its way! Tracking number 1Z 4E7 21W 03 8841 2297 (UPS). Order #402-8817263-1194419, invoice INV-2025-004417. Items: Bosch GSR 18V-55 drill (SKU 06019H5201), 2 x Stanley FatMax tape measures (SKU STHT0-33671). Estimated delivery window 10:30–12:30. Questions? Call our customer service line 0800 028 3990 or email support@toolstation-direct.co.uk. Please do not reply to noreply@toolstation-direct.co.uk.""",
    """Release notes — HeatCalc 4.12.0.3 (build 20250211.7)
- Fixed rounding in the Fourier-based transient model; regression tests now pass on 10.0.19045.4046 and 6.1.7601.24214.
- Bumped libjpeg to 9.6.1.0 and protobuf to 3.21.12.
- New default gateway field accepts values like 192.168.0.1 in the installer config only.
- Commit a3f9c2e7b1d04e58 reverts the Dijkstra pathfinder change from 4.11.8.2.
- Checksums: sha256 9b2e4f0c7a1d3e5b8c6f0a2d4e6b8c0a1f3e5d7b9c1a3e5f7d9b1c3e5a7f9d1b3
- Known issue: the Bézier curve editor crashes when more than 65535 control points are loaded.""",
    """HOMEWOOD ENERGY — STATEMENT
Statement no. ST-88201774   Statement date 02/04/2025   Page 1 of 2
Account holder: [[PERSON:Mr D. Onyekachi]]
Account number: [[ID_NUMBER:700 441 82 96]]
Supply address: [[ADDRESS:16 Nelson Mandela Close]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK6 3PR]]
MPAN: 22 0000 1048 2291 330   Meter serial: 19P0448172   MPRN: 8729416503
Tariff: Flexible Octo v3 (code E-1R-VAR-22-11-01-A)
Previous reading 22917 (E) on 01/03/2025 — present reading 23402 (A) on 01/04/2025
Emergency (gas) 0800 111 999 · Billing 0330 088 7411 · billing@homewood-energy.co.uk
Pay by bank transfer to sort code 30-00-02, account 44192831, quoting your account number.""",
    """Storage & Co. — Stock picking list, aisle 14
SKU 4006381333931  Philips Hue bulb E27  qty 12
SKU 5035048713026  Allen key set 9pc  qty 4
SKU 3253561929154  Stanley Bailey No.4 plane  qty 2
ISBN 9781843549185  Reader's Digest DIY Manual  qty 3
ISBN 9780099592648  The Victorian House Book  qty 1
Collect from: Wellington Street depot, bay 3.
Click & collect hold for [[PERSON:R. Balogun]], mobile [[PHONE_NUMBER:07930 448 115]], ref CC-20481.""",
    """INC-77431 (P2) — Site VPN flapping
Reporter: site office, Bridgewater Road compound.
Affected devices: FortiGate 60F SN FGT60FTK20044182, switch MAC 00:09:0F:FE:00:01, AP serials 2941-AX-11203 and 2941-AX-11209.
Firmware 7.2.8.1659; earlier builds 7.0.15.0632 unaffected.
Tunnel peers: 203.0.113.10 and 198.51.100.24 (lab test peers), internal 10.44.0.0/16.
Correlation ID 5c0e3a12-7b44-4d2f-9a81-03de5f77c1b9.
Assigned to: [[PERSON:Olusegun Afolabi]] (network team). Escalate via netops@bridgewater-civils.com or the NOC line 0161 496 0872.""",
    """Public notice — Road closure and works
Permit ref. TTRO/2025/0418. Carriageway of Martin Luther King Jr Way closed between its junctions with Kennedy Street and Adelaide Terrace from 7 to 18 July for gas main renewal by Cadent. Permit holder: Kier Utilities, works ref. KU-GM-33902. A Bailey bridge will carry pedestrians over the trench. Out of hours: 0345 835 1111. Enquiries: roadworks@cityhighways.gov.uk. Planning application 24/01882/FUL is unrelated. Site manager: [[PERSON:Gemma Raffery]], [[PHONE_NUMBER:07802 114 395]].""",
    """KPLC PREPAID TOKEN RECEIPT
Paybill 888880 · Receipt no. SDK4PX01QZ · 12/05/2025 18:42
Meter no. 37214098561
Token: 4471 2280 9913 0046 5527
Units: 34.6 kWh · Amount: KSh 1,000.00 · Debt recovered: KSh 0.00
Customer: [[PERSON:Wambui Kariuki]] · Tel. [[PHONE_NUMBER:0722 905 114]]
Keep this receipt. For help call 97771 or 0703 070 707.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind96", STYLES, OUT)


if __name__ == "__main__":
    main()

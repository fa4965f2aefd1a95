"""Build tests/data/blind91.jsonl: a ninety-first *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind91.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, git history or status, or the records
of any other gold set (no *.jsonl was opened, this set's own output
included, and no other make_*.py was read beyond what is listed here).
Only these were read, to keep the conventions and the file format: lines
1-121 of make_blind22.py (its docstring and import lines) and its closing
scaffolding from `STYLES = {` to the end (copied here), the whole of
gold_sets.py, and lines 1-64 of make_handwritten.py (its conventions, the
MARK and TITLE_IN_NAME regexes and `parse()`). Nothing under /tmp was
listed or read. The only other look at anything was a throwaway check,
run inline while writing, that printed the plain text of ten of this
file's own fixed-width table records (through `parse()`) to line their
columns up. The detector, the bench and the tests were never run on this
file. Do not tune the detector against it: once it has been used to
tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Check digits were worked out by
throwaway code run inline while writing (nothing generated here): cards
pass Luhn, IBANs pass mod-97 with their country's length (the Portuguese
NIB check digits inside the PT IBANs are right too; `gold_sets.check`
re-checks cards and IBANs), and the national ids with a public check digit
carry a valid one: NHS numbers, Canadian SINs, Aadhaar (Verhoeff), South
African ids (Luhn, agreeing with sex and birth date), Australian TFNs and
Medicare numbers, NZ IRD numbers, the Irish PPSN, Singapore NRICs, the
Dutch BSN, the Danish CPR (old mod-11), the Ontario health number, Chilean
RUTs, Argentine CUIT/CUIL and CBUs, Mexican CURPs, RFCs and CLABEs,
Portuguese NIFs and NISS, and the ISBN-13s among the look-alikes. Not
checked (no public check digit, or none used): US SSNs, passports,
licences, plates, UK NI numbers, Nigerian NIN and BVN, Kenyan ids and KRA
PINs, Argentine DNIs, Colombian cedulas, PAN, bank account, member,
patient, staff and student numbers.

Styles (ids `blind91-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Ireland, Canada, Australia, New Zealand, India,
South Africa, Nigeria, Kenya, Singapore and others, with names from the
many cultures living there); 25 are in Spanish (Mexico 7, Colombia 3,
Argentina 4, Chile 4) or European Portuguese (7), spread over every style
(gen 8, bench 8, table 6, chat 2, lookalike 1). Sports
clubs and gyms, veterinary clinics and pet insurance, and youth leagues
get extra weight (about a third of gen and bench); the rest spread widely.
- `gen` (80): one to four LLM-style sentences with personal data woven into
  prose (banking, telecoms, health, schools, HR, housing, travel, tax,
  retail, utilities, gyms, vets, youth sport), names at the start, middle
  and end, lowercase and possessive, ages, dates, addresses, phones and
  ids in many shapes.
- `bench` (85): records in the manner of ai4privacy pii-masking (odd dense
  sentences with job titles, streets with building numbers and secondary
  addresses, IPs, MACs, user agents, cards with CVV and expiry, IBAN/BIC),
  gretel-pii-masking-en-v1 (claims, contracts, medical, loan and consent
  forms, notices, letters) and Nemotron-PII (JSON, logs, SQL, XML, YAML
  config, code, HTTP requests, tickets).
- `table` (60): one small labeled table per record (CSV, TSV, pipes and
  Markdown, fixed-width, JSON lines, YAML, key: value blocks), varied
  column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, a family thread, team chat, a marketplace
  thread and parents' groups, speakers' names labeled.
- `lookalike` (7): order, tracking, invoice and build references, SKUs,
  ISBNs, EANs, IP-shaped versions, hashes, serials, company phones, role
  mailboxes, eponyms and streets named after people with no number; the
  few real PII values labeled; one record has no PII at all.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, nicknames; a
  possessive "'s" is outside. TITLE: honorifics attached to a name (Mr,
  Ms, Dr, Prof, Mx, Rev., Father, Sr., Dra.), labeled apart; job titles
  ("coach", "head coach", "profe") and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, rural
  routes, house and building names; a secondary address or building
  number in its own field is ADDRESS. City, district, neighbourhood,
  county, state / province (abbreviated too) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, visit, move, start of a
  job, hearing, letter, signature, login) with a day or month, in any
  shape; a weekday or clock time said with such a date is inside the span,
  a time or weekday alone is not; bare years, durations and dates not tied
  to a person (invoices, shipments, releases, policy periods) are not.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages.
  NRP: nationality, religion or political group.
- ID_NUMBER: national, tax and social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers (CLABE, CBU),
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER and
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MACs,
  BICs, sort codes and routing numbers, CVVs and expiries, PINs, order /
  ticket / claim / policy / tracking references, company phones and role
  mailboxes, versions, hashes, serials, microchips, partial card numbers,
  pets and their ages, eponyms, header rows.
- Calls made while writing this set: in a table a "sex", "role", "dept" or
  "status" column stays unlabeled, an "age" column is AGE, a "country",
  "state", "province" or "comuna" column is LOCATION, "nationality" is NRP
  and a "party_registration" value is NRP; every real IPv4 / IPv6 address is
  IP_ADDRESS, private ones and devices' included; a timestamp of a
  person's own login or message is DATE_TIME, a log's other timestamps are
  not; a pet's vet visit, surgery or admission is the owner's appointment
  and is DATE_TIME, but a pet's symptom onset, vaccine due date or claim
  date is not; a document's expiry (passport, WWCC, permit) is not
  DATE_TIME; certificate numbers tied to a person (DBS, lifeguard, medical
  registration) are ID_NUMBER; a city named as the place of a club, office
  or warehouse is still LOCATION, a facility's own name is not.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind91.jsonl")

GEN = [
    """Hey, it's [[PERSON:Marcus Oyelaran]]. I cancelled my broadband contract back on [[DATE_TIME:March 3rd]] but you charged me again this month anyway. Call me on [[PHONE_NUMBER:(312) 555-0187]] or email [[EMAIL_ADDRESS:m.oyelaran@fastmail.com]] so we can sort it out.""",
    """Our golden retriever Biscuit was seen by [[PERSON:Dr. Helen Marchetti]] on [[DATE_TIME:Tuesday 9 April]] for a limp, and the claim went in under policy PH-2287341 in the name of [[PERSON:Gareth Lloyd-Pryce]], [[ADDRESS:14 Heol y Felin]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6NR]].""",
    """coach [[PERSON:dana whitfield]] asked every U11 parent to send in a copy of their kid's birth certificate by friday. [[PERSON:jaylen]]'s mom [[PERSON:tasha brooks]] said she'd drop it off, her cell is [[PHONE_NUMBER:404-555-2219]].""",
    """When [[PERSON:Siobhán Ní Bhriain]] turned [[AGE:67]] she applied for the free travel pass, and the form asked for her PPS number, [[ID_NUMBER:8734219S]], and an address in [[LOCATION:Glasnevin]] to post it to.""",
    """Please update the address on library card [[ID_NUMBER:LC-20931-7]] for [[PERSON:Rahul Venkatesan]] to [[ADDRESS:Flat 3B, 27 Marlowe Court]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 1QT]], with effect from [[DATE_TIME:1 June 2024]].""",
    """I'm writing on behalf of my father, [[PERSON:Tomasz Wójcik]], born [[DATE_TIME:17/08/1949]], who was admitted to hospital in [[LOCATION:Ealing]] after a fall. His NHS number is [[ID_NUMBER:485 777 3457]] and I can be reached on [[PHONE_NUMBER:07700 900 418]].""",
    """The pet insurance renewal for Luna (2-year-old Frenchie) will be taken from the card ending 4471 on the 1st. If that's no longer right, [[PERSON:Ms Adaeze Nwachukwu]], just reply to this email or ring us before then.""",
    """Last week [[TITLE:Father]] [[PERSON:Ignatius Obi]] blessed the new community hall, and the youngest volunteer, [[PERSON:Chidera Eze]] ([[AGE:13]]), cut the ribbon alongside her grandmother [[PERSON:Mrs. Grace Eze]].""",
    """Can you resend the receipt for my daughter's school lunch top-up to [[EMAIL_ADDRESS:lena.hoffmann82@gmx.de]]? Her name is [[PERSON:Mia Hoffmann]], DOB [[DATE_TIME:05.11.2014]], class 4B.""",
    """Hi, [[PERSON:Aroha Te Whata]] here. I've moved to [[ADDRESS:61 Kohimarama Road]], [[LOCATION:Auckland]] [[ZIP_CODE:1071]] and my new number is [[PHONE_NUMBER:021 448 9120]]. Could you update my account and the direct debit for the home loan?""",
    """My IRD number is [[ID_NUMBER:113-587-024]] and my name is [[PERSON:Wiremu Parata]]; I'm attaching the donation receipt from the food bank appeal, which I paid on [[DATE_TIME:22 September 2023]].""",
    """After the appointment on [[DATE_TIME:Monday, October 14 at 4:15 PM]], [[PERSON:Dr. Ruiz]] recommended that Pepper, our beagle, go on a renal diet. Please bill the consult to [[PERSON:Camille Dubois-Grant]] at [[ADDRESS:808 Larkspur Lane, Apt 12]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83704]].""",
    """Hello, I'm [[PERSON:Farhan Siddiqui]], [[AGE:34]], applying for the data analyst opening. My portfolio is at [[URL:https://farhansiddiqui.dev]] and my GitHub is [[USERNAME:fsiddiqui-data]].""",
    """[[PERSON:Beatriz]] is going to be late to pick-up, so please let her son [[PERSON:Tiago Almeida]] wait in the school office until 6. Her mobile is [[PHONE_NUMBER:+1 617 555 0143]].""",
    """the new barista, [[PERSON:kwame asante-bonsu]], starts on the [[DATE_TIME:3rd of February]] and will need a locker key and a staff number; HR already set him up as [[ID_NUMBER:EMP-07731]].""",
    """Good morning, I'd like to close my husband's mobile contract. He passed away on [[DATE_TIME:2 January 2025]]. His name was [[PERSON:Desmond Achterberg]], the number was [[PHONE_NUMBER:07911 123 770]], and I'm his widow, [[PERSON:Ingrid Achterberg]].""",
    """Please make sure the vaccination record for our kitten shows the owner as [[PERSON:Nguyen Thi Lan]], [[ADDRESS:4/22 Hopetoun Street]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]]; the clinic had my old surname on file.""",
    """Night shift swap: [[PERSON:Owen McAllister]] will cover ward 7 on [[DATE_TIME:Saturday 12 July]] and [[PERSON:Priyanka Deshmukh]] takes his Sunday. Contact Owen on [[PHONE_NUMBER:0412 775 903]] if the roster changes again.""",
    """[[PERSON:Zanele Mokoena]]'s identity number [[ID_NUMBER:9207270142088]] was entered wrong on the bank's account-opening form; it should match the copy she brought in, and her date of birth is [[DATE_TIME:27 July 1992]].""",
    """Dear [[PERSON:Mr Haddad]], thank you for enrolling [[PERSON:Yusuf]] in the spring piano course. Please email any questions to his teacher, [[PERSON:Bella Ortiz]], at [[EMAIL_ADDRESS:bella.ortiz.music@gmail.com]].""",
    """I was born on [[DATE_TIME:the 29th of February 1988]], so every online form that asks for my birthday chokes on it. Anyway, it's Leap-Year [[PERSON:Lucy]] to my friends, [[PERSON:Lucinda Brathwaite]] on my passport.""",
    """Your appointment with [[PERSON:Dr. Ama Boateng]] has been moved to [[DATE_TIME:Wed 21 May, 9:40am]]. Please arrive ten minutes early and bring your Medicare card, [[ID_NUMBER:2950 48172 1]].""",
    """[[PERSON:Jordan]] and [[PERSON:Alexis Kowalczyk]] just adopted a rescue greyhound and want to add her to their existing pet policy; their customer number is [[ID_NUMBER:CUS-5518037]] and they live at [[ADDRESS:1190 Calle Ventura]], [[LOCATION:Santa Fe]], [[LOCATION:New Mexico]].""",
    """My SIN is [[ID_NUMBER:277 184 362]], I'm [[PERSON:Marie-Ève Gagnon]] and I started at the warehouse as a part-time picker on [[DATE_TIME:September 9, 2024]].""",
    """If found, this school bag belongs to [[PERSON:Callum Reid]], [[AGE:15]], of [[ADDRESS:9 Buchanan Crescent]], [[LOCATION:Paisley]] [[ZIP_CODE:PA1 2LT]]. Please call his dad on [[PHONE_NUMBER:07700 900 561]].""",
    """We need a new emergency contact for [[PERSON:Anjali]] before the Year 5 museum trip; her mother [[PERSON:Sunita Rao]] is travelling, so her uncle [[PERSON:Vikram Rao]] ([[PHONE_NUMBER:+91 98450 22817]]) will cover until [[DATE_TIME:30 April]].""",
    """The account holder, [[PERSON:Patrick O'Sullivan-Hale]], asked us to send the statement to his new address at [[ADDRESS:PO Box 4418]], [[LOCATION:Anchorage]], [[LOCATION:AK]] [[ZIP_CODE:99509]] from now on.""",
    """I met [[PERSON:Ifeoma]] at the fintech conference in [[LOCATION:Lagos]]; she gave me her number, [[PHONE_NUMBER:0803 417 2296]], and said her team is hiring in [[LOCATION:Ikoyi]].""",
    """My name is [[PERSON:Ahmad Zaki bin Ismail]], NRIC [[ID_NUMBER:S8734521A]], and I'd like to renew the booking of the condo function room for my son's birthday under the same details.""",
    """For security, please confirm: is your date of birth still [[DATE_TIME:04/03/1979]] and your postcode [[ZIP_CODE:BS7 8PL]], [[PERSON:Mr. Okonkwo]]?""",
    """According to the intake notes, [[PERSON:Hannah Lindqvist]], a [[AGE:42]]-year-old [[NRP:Swedish]] national, was referred by her physiotherapist after a cycling accident on [[DATE_TIME:11 March]].""",
    """Kindly transfer the deposit to my account, [[IBAN_CODE:IE80 BOFI 9000 1729 3846 15]], in the name of [[PERSON:Declan Fitzgerald]]; put the flat number as the reference please.""",
    """Hi [[PERSON:Sam]], the vet called — [[PERSON:Marguerite]] can collect Rufus after 3pm. She asked that the bill go on the card she used last time, and said to ring her at [[PHONE_NUMBER:(02) 9412 3308]] if there's a problem.""",
    """Bring your ID and proof of address to the front desk. [[PERSON:Ms. Thandiwe Dlamini]] will process the student discount; she already has your student number on file as [[ID_NUMBER:219384756]].""",
    """The scholarship went to [[PERSON:Rohan Mehta-Clarke]], [[AGE:17]], who has led the [[LOCATION:Brampton]] high-school robotics team since [[DATE_TIME:January 2022]]; his family can be reached at [[EMAIL_ADDRESS:mehtaclarke.family@outlook.com]].""",
    """Update from the hotel lobby: [[PERSON:lucas ferreira]] left his wallet at check-in. His driver's license says [[US_DRIVER_LICENSE:F623-118-74-902-0]], so we called the number on his booking, [[PHONE_NUMBER:407.555.0198]].""",
    """Our boxer Duke had surgery on [[DATE_TIME:5/19]] and the insurer paid out to the wrong account. The right one is held by [[PERSON:Lorraine Kaplan]], account number [[ID_NUMBER:4420918837]], routing 021000021.""",
    """Happy [[AGE:40]]th, [[PERSON:Tobias]]! The whole accounts team signed your card — see you at [[ADDRESS:77 Harbour Street]] on [[DATE_TIME:the 18th]] for drinks.""",
    """Please note that [[PERSON:Nkechi Adebayo-Lawson]]'s BVN, [[ID_NUMBER:22451908837]], must be verified before the loan can be disbursed.""",
    """My login at the online pharmacy is [[USERNAME:catlady_maureen71]] but it's locked. I'm [[PERSON:Maureen Fitzpatrick]] and the email on file is [[EMAIL_ADDRESS:maureen.fitz@eircom.net]].""",
    """Paramedics treated a [[AGE:52]]-year-old man at the shopping centre on [[DATE_TIME:Sunday afternoon, 6 April]]; he was later named as [[PERSON:Graham Thistlewood]] of [[LOCATION:Harrogate]].""",
    """The tenancy starts [[DATE_TIME:1st August 2025]]. Tenants: [[PERSON:Olamide Fashola]] and [[PERSON:Chen Jiayi]]. Deposit protected with scheme reference DPS-99812; the landlord is [[PERSON:Mr. Pieter van der Berg]].""",
    """Send your passport copy to HR. Mine is [[US_PASSPORT:583019742]], issued to [[PERSON:Kendra Mills]], and it expires next spring, so I'll need to renew before the [[LOCATION:Tokyo]] trip.""",
    """Grandpa [[PERSON:Joe]] ([[PERSON:Joseph Kaminski]] on the forms) is [[AGE:81]] and still ushers every Sunday at the church on [[ADDRESS:415 Elm Street]], [[LOCATION:Scranton]].""",
    """I dropped off the stool sample for Miso at 8:30 this morning. Owner: [[PERSON:Hyun-woo Park]], phone [[PHONE_NUMBER:(646) 555-0132]]. Patient number at your clinic is P-33104 I think.""",
    """Congratulations to [[PERSON:Amelia Tautahi]], [[PERSON:Lachlan Brooks]] and [[PERSON:Isla Fernández]], who were selected for the national maths olympiad team announced on [[DATE_TIME:14 June]].""",
    """Your SSN [[US_SSN:412-67-0934]] is needed to process the freelance payment, [[PERSON:Ms. Darnell]]. Please fill in the W-9 and return it to accounts payable.""",
    """Hola, soy [[PERSON:Mariana Castillo Reyes]] y quiero inscribir a mi hijo [[PERSON:Emiliano]] de [[AGE:9]] años en la liga infantil de fútbol. Vivimos en [[ADDRESS:Calle Río Lerma 214, interior 3]], col. [[LOCATION:Cuauhtémoc]], [[LOCATION:Ciudad de México]], y mi celular es [[PHONE_NUMBER:55 4812 7730]].""",
    """La consulta de Canela con la [[TITLE:Dra.]] [[PERSON:Paula Henao]] quedó para el [[DATE_TIME:jueves 8 de mayo a las 10:00]]. Cualquier cambio, escríbale a [[PERSON:Julián Restrepo]] al [[PHONE_NUMBER:+57 310 455 2871]] o a [[EMAIL_ADDRESS:julian.restrepo@hotmail.com]].""",
    """El socio [[PERSON:Federico Lanús]], DNI [[ID_NUMBER:32.418.765]], adeuda la cuota de marzo del club. Por favor contactarlo al [[PHONE_NUMBER:11 5823-4410]] o en su domicilio de [[ADDRESS:Av. Rivadavia 5120, 4° B]], [[LOCATION:Caballito]].""",
    """Mi nombre es [[PERSON:Javiera Muñoz Soto]], RUT [[ID_NUMBER:16.482.937-5]], y necesito el certificado de la clínica veterinaria para el seguro de mi perro. Nací el [[DATE_TIME:3 de diciembre de 1986]], por si lo piden.""",
    """Olá, sou a [[PERSON:Inês Carvalho]] e o meu filho [[PERSON:Duarte]] tem [[AGE:11]] anos; gostaria de o inscrever nos treinos de andebol. A nossa morada é [[ADDRESS:Rua de Cedofeita 412, 2.º Esq.]], [[ZIP_CODE:4050-174]] [[LOCATION:Porto]], e o NIF é [[ID_NUMBER:234567813]].""",
    """O seguro do gato foi ativado em nome de [[PERSON:Rui Manuel Tavares]], com o telemóvel [[PHONE_NUMBER:912 345 078]] e o email [[EMAIL_ADDRESS:rmtavares@sapo.pt]]. A primeira consulta ficou marcada para [[DATE_TIME:15/09]].""",
    """Buenas tardes, le escribe [[PERSON:Andrés Gómez Martínez]]. Quería confirmar que mi CURP [[ID_NUMBER:GOMA850312HJCMRN05]] ya quedó registrada en el banco, porque la app me sigue pidiendo el dato.""",
    """Recordatorio: el partido de la sub-12 es el [[DATE_TIME:sábado 21 de junio]] en [[LOCATION:Ñuñoa]]. El profe [[PERSON:Cristóbal Araya]] pidió que los apoderados confirmen por WhatsApp al [[PHONE_NUMBER:+56 9 8123 4470]].""",
    """Thank you for calling. Can I take your full name? — It's [[PERSON:Oluwaseun Bankole]], spelled the usual way. — And the date of birth on the account? — [[DATE_TIME:Twelfth of May, eighty-five]].""",
    """[[PERSON:Rangi]]'s mum emailed to say he can't make his dentist appointment on [[DATE_TIME:Thursday the 9th]]; she also asked to switch his contact email to [[EMAIL_ADDRESS:rangi.whanau@xtra.co.nz]].""",
    """Dear Sir or Madam, I, [[PERSON:Precious Ndlovu]], of [[ADDRESS:22 Church Street]], [[LOCATION:Pietermaritzburg]], [[ZIP_CODE:3201]], authorise my brother [[PERSON:Sipho Ndlovu]] to collect my pension payout on my behalf.""",
    """The groomers sent the pictures to the wrong person! They were meant for [[EMAIL_ADDRESS:d.kapoor@me.com]], [[PERSON:Divya Kapoor]], not her neighbour.""",
    """My Aadhaar is [[ID_NUMBER:7340 9218 8568]] and PAN [[ID_NUMBER:BQRPS4412K]]. I'm [[PERSON:Sandeep Kulkarni]] from [[LOCATION:Pune]] and I want to claim the tax benefit on my daughter's tuition fees.""",
    """We regret to inform you that the application of [[PERSON:Mr. Ebenezer Quaye]] for a private hire licence was not approved. He may reapply after [[DATE_TIME:31 December 2025]].""",
    """For the record, [[PERSON:Alisha]] was logged into the banking app from [[IP_ADDRESS:86.143.22.197]] when the transfer was made, not from her phone.""",
    """Sorry to message late, it's [[PERSON:Bronwyn]] from the dog park. [[PERSON:Theo]] found a collar with a tag that says "Ziggy – call [[PHONE_NUMBER:027 551 8824]]". Is that your neighbour's number?""",
    """According to the incident report, [[PERSON:Marisol Vega]] slipped in aisle 9 at approximately 7:20 p.m. on [[DATE_TIME:August 2]]; the store manager on duty was [[PERSON:Trent Halvorsen]].""",
    """Please process a refund of the youth league registration to card [[CREDIT_CARD:4539 7810 2264 1150]]. Parent: [[PERSON:Gloria Estefan-Ruiz]], player: [[PERSON:Mateo Ruiz]], division U8.""",
    """[[PERSON:Dr. Amara Selvaratnam]] is joining the practice as a GP. Patients with diabetes reviews due should book with her before [[DATE_TIME:the 10th of March]]; her email is [[EMAIL_ADDRESS:a.selvaratnam@northsidemedical.com.au]].""",
    """I am [[PERSON:Baraka Otieno]], ID number [[ID_NUMBER:28457193]], and I'm applying for the assistant accountant role at the [[LOCATION:Kisumu]] branch. Reach me at [[PHONE_NUMBER:0722 318 904]].""",
    """The patient, [[PERSON:Eleanor Whitcombe]], [[AGE:78]], lives alone at [[ADDRESS:3 Rose Cottage, Mill Lane]], [[LOCATION:Little Snoring]], and her cat is the reason she refused admission on [[DATE_TIME:Friday 28 February]].""",
    """Add [[PERSON:Kai Nakamura-Silva]] to the climbing gym's waiver list; DOB [[DATE_TIME:2009-06-30]], guardian [[PERSON:Renata Silva]], phone [[PHONE_NUMBER:503-555-0129]].""",
    """Hey, [[PERSON:Moana]] here — I got a text claiming to be from the pet insurer asking me to confirm my card, [[CREDIT_CARD:5167 3200 8841 2978]]. I didn't reply but I'm worried.""",
    """The class list shows [[PERSON:Daniel Abramov]], [[PERSON:Yasmin El-Sayed]] and [[PERSON:Connor Fitzhugh]] as absent on [[DATE_TIME:21 Nov]]; parents have been emailed.""",
    """Hi, I'm the owner of the lost parrot on the poster. I'm [[PERSON:Rosa Delgado]], I live at [[ADDRESS:1527 W 38th St]], and my number is [[PHONE_NUMBER:773 555 0164]]. Thank you to [[PERSON:Mr. Fontaine]] for calling it in.""",
    """[[PERSON:Liam]] ([[AGE:6]]) and his sister [[PERSON:Grace]] ([[AGE:8]]) were both booked into the school holiday club by their father, [[PERSON:Christopher Adeyemi]], on [[DATE_TIME:20 December]].""",
    """My new address from [[DATE_TIME:Monday 3 March]] is [[ADDRESS:Unit 5, 88 Beach Road]], [[LOCATION:Mount Maunganui]] [[ZIP_CODE:3116]]; please send the residents' newsletter there. — [[PERSON:Hemi Walker]]""",
    """The vet's note says owner [[PERSON:Joanna]] declined the X-ray on cost grounds. Please check with [[PERSON:Joanna Blanchard]] whether the insurer would cover it before we call her at [[PHONE_NUMBER:+44 1632 960 774]].""",
    """We're delighted to welcome Coach [[PERSON:Imani Jefferson]] to the girls' basketball program. [[PERSON:Imani]] played four seasons in college and will run practices starting [[DATE_TIME:Nov. 4]].""",
    """Service transfer confirmed for [[PERSON:Ethan Vo]]: electricity at [[ADDRESS:2204 Oakmont Drive]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]] moves into his name from [[DATE_TIME:June 15]]. Bills will go to [[EMAIL_ADDRESS:ethan.vo@yahoo.com]].""",
    """i think [[PERSON:priya]]'s husband has the spare key, ask [[PERSON:arjun]] — his number's [[PHONE_NUMBER:07456 118 302]]. the alarm code is on the fridge.""",
    """Good afternoon, my name is [[PERSON:Tunde Akinola]] and I'm calling about my tax return. I moved from [[ADDRESS:5 Abbey Grove]], [[LOCATION:Bolton]] to [[LOCATION:Manchester]] on [[DATE_TIME:the 6th of April last year]].""",
    """Just a heads-up that [[PERSON:Ms. Rebecca Osei-Tutu]] on the fourth floor has asked building management to stop sharing her phone number, [[PHONE_NUMBER:(718) 555-0176]], with delivery drivers.""",
]

BENCH = [
    """Membership Application — Riverside Athletic Club. Applicant: [[PERSON:Delphine Okafor-Reyes]], DOB [[DATE_TIME:1991-02-17]], Gender: F. Home: [[ADDRESS:4127 Marsh Hollow Road]], [[ADDRESS:Unit 6]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43215]]. Mobile [[PHONE_NUMBER:614-555-0192]]. Emergency contact: [[PERSON:Tobenna Okafor]] ([[PHONE_NUMBER:614-555-0148]]). Plan: Premium Annual. Card on file [[CREDIT_CARD:4532 0177 8812 3407]] exp 09/27 CVV 412.""",
    """{"claim_id": "VET-CLM-2024-08812", "policyholder": {"name": "[[PERSON:Soraya Haddadi]]", "email": "[[EMAIL_ADDRESS:soraya.haddadi@proton.me]]", "phone": "[[PHONE_NUMBER:+44 7700 900233]]", "address": "[[ADDRESS:19 Wellington Mews]], [[LOCATION:Brighton]] [[ZIP_CODE:BN1 3FD]]"}, "pet": {"name": "Pistachio", "species": "cat", "breed": "Maine Coon"}, "treatment_date": "[[DATE_TIME:2024-05-02]]", "vet": "[[PERSON:Dr. Colm Reddan]]", "amount_gbp": 842.50, "payout_iban": "[[IBAN_CODE:GB15BARC20325373618204]]"}""",
    """The Lead Configuration Officer [[PERSON:Yevgenia]] at [[ADDRESS:80321 Schamberger Skyway]], [[ADDRESS:Suite 904]] requested that the old handset with MAC 3c:22:fb:91:0e:7a be wiped before Friday; her device last authenticated from [[IP_ADDRESS:192.168.14.207]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15.""",
    """[[DATE_TIME:2024-11-03T07:41:18Z]] INFO auth.login user=[[USERNAME:jkaramanlis]] email=[[EMAIL_ADDRESS:j.karamanlis@hellenicshipping.gr]] src_ip=[[IP_ADDRESS:85.74.201.16]] result=SUCCESS session=7f3e9a21c0d4 plan=ENTERPRISE employee_id=[[ID_NUMBER:HG-0099173]]""",
    """INSERT INTO youth_players (first_name, last_name, dob, guardian_name, guardian_phone, school, team) VALUES ('[[PERSON:Aiden]]', '[[PERSON:Castellanos]]', '[[DATE_TIME:2013-09-22]]', '[[PERSON:Rosalind Castellanos]]', '[[PHONE_NUMBER:(520) 555-0117]]', 'Desert Vista Elementary', 'U12 Blue');""",
    """PET INSURANCE CLAIM FORM
Section A – Policyholder
Full name: [[PERSON:Mr. Benedict Arkwright]]
Policy no.: PAW-338120-B
Address: [[ADDRESS:The Old Forge, 2 Chapel Row]], [[LOCATION:Malton]], [[LOCATION:North Yorkshire]], [[ZIP_CODE:YO17 7HJ]]
Daytime tel.: [[PHONE_NUMBER:01653 692 004]]
Section B – Pet
Name: Hector   Species: Dog   Breed: Border Terrier   Age: 7
Section C – Veterinary practice
Treating vet: [[PERSON:Ms. Priti Chauhan]] MRCVS
Date of first signs: 14/03/2024   Date first seen: [[DATE_TIME:15/03/2024]]
Condition: cruciate ligament rupture (left hind)""",
    """Hi support, ticket #48213: I can't log in to the league portal. Username [[USERNAME:coach_malik_u10]], registered email [[EMAIL_ADDRESS:malik.rahmani@btinternet.com]]. I'm [[PERSON:Malik Rahmani]], head coach for the U10 Falcons. Last successful login was [[DATE_TIME:Sat 8 Feb 2025 09:12]] from [[IP_ADDRESS:2a00:23c7:1e2b:4f01::3a]]. Password was reset twice (tried Falcons2025!).""",
    """LOAN APPLICATION SUMMARY
Applicant: [[PERSON:Francesca Oduya]]
SSN: [[US_SSN:531-84-2207]]
Date of birth: [[DATE_TIME:March 30, 1987]]
Current address: [[ADDRESS:2290 Birchwood Terrace, Apt. 3F]], [[LOCATION:Raleigh]], [[LOCATION:NC]] [[ZIP_CODE:27606]]
Employer: Triangle Biologics Inc.   Position: Senior QA Analyst   Annual income: $96,400
Requested amount: $28,000   Term: 60 months
Checking account: [[ID_NUMBER:000123958817]]   Routing: 053000196""",
    """<customer>
  <id>[[ID_NUMBER:SC-77120]]</id>
  <name>[[PERSON:Ravindra Pillai]]</name>
  <dob>[[DATE_TIME:1979-12-05]]</dob>
  <email>[[EMAIL_ADDRESS:ravi.pillai79@rediffmail.com]]</email>
  <phone>[[PHONE_NUMBER:+91-80-4123-7789]]</phone>
  <address>[[ADDRESS:No. 14, 3rd Cross, Indiranagar 2nd Stage]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]</address>
  <product>Gold Savings &amp; Current</product>
</customer>""",
    """Dear [[PERSON:Ms. Achterberg-Nolan]], Following the incident at the U14 tournament on [[DATE_TIME:June 7, 2025]], the league disciplinary panel will meet on [[DATE_TIME:June 19 at 6:30 p.m.]] to review the referee's report concerning your son [[PERSON:Finn]]. You may attend or submit a written statement to [[EMAIL_ADDRESS:discipline@metroyouthsoccer.org]] before that date.""",
    """Account holder [[PERSON:Ngozi Adeyemi-Clarke]] ([[USERNAME:ngozi_ac]]) updated her payout details: IBAN [[IBAN_CODE:DE64 1009 0000 4471 0320 09]], BIC BEVODEBB. Request came from [[IP_ADDRESS:91.64.187.22]], device MAC a4:83:e7:5c:10:9d, on [[DATE_TIME:2024-10-28 22:47:03]].""",
    """Patient: [[PERSON:Olufemi Balogun]]   MRN: [[ID_NUMBER:MRN-00483912]]   DOB: [[DATE_TIME:02/14/1968]]   Age: [[AGE:56]]
Admitted: [[DATE_TIME:11/02/2024]]   Attending: [[PERSON:Dr. Sarah Kingsley-Moore]]
Insurance: BlueCross PPO, member ID [[ID_NUMBER:XJH884120377]]
Next of kin: [[PERSON:Adunni Balogun]] (wife) [[PHONE_NUMBER:(713) 555-0166]]""",
    """[[PERSON:Ms Kowalski]] from the Quality Division, born [[DATE_TIME:7th November 1983]], uploaded her new ID [[ID_NUMBER:AKL 448120]] from [[IP_ADDRESS:203.0.113.77]]; her card [[CREDIT_CARD:5400-1822-4736-1901]] with CVV 882 and expiry 03/26 was charged for the conference registration.""",
    """# config/club_admin.yaml
admin:
  name: [[PERSON:Bernadette Quinlan]]
  email: [[EMAIL_ADDRESS:b.quinlan@quinlanaccountants.ie]]
  phone: "[[PHONE_NUMBER:+353 86 219 4470]]"
smtp:
  host: mail.quinlanaccountants.ie
  port: 587
  user: [[USERNAME:bquinlan]]
  password: "Ledger#22"
backup_contact: [[PERSON:Eamon Doyle]]""",
    """RENTAL AGREEMENT. This agreement is entered into on [[DATE_TIME:the 1st day of September, 2024]] between [[PERSON:Harold Jenkins-Wu]] ("Landlord") and [[PERSON:Mirela Popescu]] ("Tenant") for the premises at [[ADDRESS:56 Cedar Hill Road, Unit 2]], [[LOCATION:Burlington]], [[LOCATION:Vermont]] [[ZIP_CODE:05401]]. Tenant's driver's license: [[US_DRIVER_LICENSE:86451207]]. Monthly rent: $1,650 due on the first of each month.""",
    """The Regional Paradigm Strategist at the [[LOCATION:Kisii]] office, [[PERSON:Kamau Wanjiru]], aged [[AGE:29]], requests reimbursement for the household relocation to his new address at [[ADDRESS:Plot 44, Ngong Road]], [[LOCATION:Nairobi]]. His KRA PIN is [[ID_NUMBER:A009381742M]].""",
    """{"event":"booking.created","ts":"2025-01-14T18:02:55+11:00","customer":{"id":"[[ID_NUMBER:C-4418203]]","first":"[[PERSON:Harriet]]","last":"[[PERSON:Ngata]]","mobile":"[[PHONE_NUMBER:0421 388 117]]","email":"[[EMAIL_ADDRESS:harriet.ngata@bigpond.com]]"},"service":"Cut & colour","salon":"Newtown","slot":"[[DATE_TIME:2025-01-16T06:30]]"}""",
    """VETERINARY DISCHARGE SUMMARY
Owner: [[PERSON:Thomas]] & [[PERSON:Elise Vandermeer]]
Client #: [[ID_NUMBER:100482]]
Address: [[ADDRESS:7 Lakeview Close]], [[LOCATION:Hamilton]] [[ZIP_CODE:3204]]
Patient: "Bruno", 9 y.o. MN Labrador
Admitted [[DATE_TIME:20/06/2024 08:15]]; discharged [[DATE_TIME:22/06/2024 16:00]]
Procedure: splenectomy. Recheck with [[PERSON:Dr. Aniket Bose]] in 10 days.""",
    """Customer [[PERSON:Sébastien Lemaire]] (born [[DATE_TIME:12/09/1975]]) paid the opera subscription with [[CREDIT_CARD:3782 882246 31007]]; billing address [[ADDRESS:3 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]]. Refund requested to [[IBAN_CODE:FR76 3000 4008 1700 0123 4567 812]].""",
    """ERROR 2025-03-02 14:11:09,284 [payments-worker-3] Charge declined for subscriber [[ID_NUMBER:M-2231907]] ([[EMAIL_ADDRESS:oscar.lindgren@telia.se]]): card [[CREDIT_CARD:4556730199284714]] insufficient_funds; retry scheduled. client_ip=[[IP_ADDRESS:78.69.12.140]]""",
    """The Internal Usability Producer, [[PERSON:Mx. Rowan Achebe]], asked to have their pronouns (they/them) and new surname added; old name [[PERSON:Rowan Pemberton]]. New address: [[ADDRESS:11 Thornbury Walk]], [[ADDRESS:Flat 2]], [[LOCATION:Bristol]], [[ZIP_CODE:BS6 5JQ]]. Passport number [[ID_NUMBER:548391027]] (GBR).""",
    """EMPLOYMENT CONTRACT (extract). Employee: [[PERSON:Lakshmi Narayanan]]. Start date: [[DATE_TIME:2 December 2024]]. Place of work: [[ADDRESS:Level 9, 120 Collins Street]], [[LOCATION:Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3000]]. Tax file number: [[ID_NUMBER:876 543 210]]. Superannuation fund member no.: [[ID_NUMBER:88120034]]. Salary: AUD 118,000 per annum.""",
    """Junior Football Registration 2025/26 — Player: [[PERSON:Oscar Brennan-Yates]] | DOB: [[DATE_TIME:14.04.2015]] | Age group: U11 | School: St Aidan's Primary | Medical: asthma (inhaler) | Parent/guardian: [[PERSON:Claire Brennan]] | Mob: [[PHONE_NUMBER:07700 900 782]] | Email: [[EMAIL_ADDRESS:claire.by@icloud.com]] | Photo consent: Yes""",
    """POST /api/v2/owners HTTP/1.1
Host: api.pawsandclaws-vet.com
Content-Type: application/json
X-Forwarded-For: [[IP_ADDRESS:66.249.71.38]]

{"owner_name":"[[PERSON:Gwendolyn Ashby]]","phone":"[[PHONE_NUMBER:+1-206-555-0181]]","street":"[[ADDRESS:3318 NE 55th St]]","city":"[[LOCATION:Seattle]]","state":"[[LOCATION:WA]]","zip":"[[ZIP_CODE:98105]]","pets":["Mochi","Tempura"]}""",
    """Notice of Data Breach. Dear [[PERSON:Mr. Alistair Penhaligon]], we are writing to inform you that on [[DATE_TIME:17 January 2025]] an unauthorised party accessed a server containing your name, date of birth ([[DATE_TIME:23/05/1962]]), address ([[ADDRESS:Trewartha, 8 Fore Street]], [[LOCATION:St Ives]], [[ZIP_CODE:TR26 1AB]]) and the last four digits of your card. Your full card number was not exposed.""",
    """[[PERSON:Dr Ifeanyi]] from the Investor Accounts team called the leasing agent [[PERSON:Lorcan Daly]] at [[PHONE_NUMBER:+353-1-555-0172]] regarding the serviced-office plan for [[PERSON:Ifeanyi]]'s 34 staff; their BIC is AIBKIE2D and IBAN [[IBAN_CODE:IE84AIBK93208845129077]].""",
    """UPDATE customers SET email = '[[EMAIL_ADDRESS:mwangi.esther@gmail.com]]', phone = '[[PHONE_NUMBER:+254 711 902 385]]', national_id = '[[ID_NUMBER:31209874]]' WHERE customer_id = 88231 AND full_name = '[[PERSON:Esther Mwangi]]';""",
    """Insurance Claim #HC-55812: Claimant [[PERSON:Diego Armando Quispe]], [[AGE:41]], of [[ADDRESS:1402 Valencia Street]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94110]], reports a bicycle collision on [[DATE_TIME:4/11/2024]] at approximately 8:05 AM. Witness: [[PERSON:Hana Sato]], [[PHONE_NUMBER:415-555-0139]]. Adjuster: [[PERSON:Kevin Marsh]], ext. 4471.""",
    """Re: Your U9 coaching accreditation. Hi [[PERSON:Siddharth]], your WWCC number [[ID_NUMBER:WWC1844720E]] expires on 30 November 2025. Please renew via Service NSW and send the new card to [[EMAIL_ADDRESS:registrar@innerwestjuniors.com.au]].""",
    """<?xml version="1.0"?><order><buyer><name>[[PERSON:Anneliese Vogt]]</name><street>[[ADDRESS:Lindenstraße 27]]</street><zip>[[ZIP_CODE:10969]]</zip><city>[[LOCATION:Berlin]]</city><iban>[[IBAN_CODE:DE44760200701023345876]]</iban></buyer><item sku="HX-4410-BLK">Espresso machine, brushed steel</item></order>""",
    """The Customer Integration Associate [[PERSON:Xiomara]] [[PERSON:Beauchamp-Oyelowo]], 5'6", eye colour hazel, [[AGE:38]] years old, lives at [[ADDRESS:662 Kertzmann Flats]], [[ADDRESS:Apt. 530]], [[LOCATION:Lake Davonte]]. She paid with [[CREDIT_CARD:6011-0087-4422-9318]] and her IPv6 was [[IP_ADDRESS:fe80::8a2c:14ff:fe3b:7d90]].""",
    """Subject: Puppy plan enrolment confirmed
Hi [[PERSON:Jamal]],
Thanks for signing Nala up to the Puppy Health Plan at our [[LOCATION:Leeds]] clinic. Your direct debit of £14.99 will be collected on the 1st of each month from account [[ID_NUMBER:41726093]] (sort code 20-45-77). Her first vaccination is booked for [[DATE_TIME:Thursday 6 March at 11:20]].
Kind regards, Reception""",
    """Coworking member: [[PERSON:Hoang Minh Tuan]]; DOB [[DATE_TIME:1996/07/03]]; Locker #112; Access card serial 00-4F-A2-91; phone [[PHONE_NUMBER:0903 441 882]]; emergency: [[PERSON:Hoang Thi Mai]] (sister) [[PHONE_NUMBER:0912 774 305]]""",
    """WARRANT OF ARREST (SUMMARY). Subject: [[PERSON:Dwayne Earl Mitchum]], DOB [[DATE_TIME:08-21-1980]], last known address [[ADDRESS:RR 2 Box 118]], [[LOCATION:Pikeville]], [[LOCATION:KY]] [[ZIP_CODE:41501]]. Vehicle: 2011 Silverado, plate [[ID_NUMBER:KY 7HB 4421]]. SSN on file [[US_SSN:403-51-8876]].""",
    """For the Senior Functionality Agent role, [[PERSON:Aurelio]] submitted the form from [[IP_ADDRESS:10.4.22.191]] with Opera/9.80 (Windows NT 6.1) Presto/2.12.388 Version/12.16, listing his address as [[ADDRESS:5 Kings Parade]], [[LOCATION:Cambridgeshire]] and his account number [[ID_NUMBER:38291047]] for the travel reimbursement.""",
    """stripe.Customer.create(
    name="[[PERSON:Priscilla Oyelowo]]",
    email="[[EMAIL_ADDRESS:prissy.oyelowo@gmail.com]]",
    phone="[[PHONE_NUMBER:+12025550164]]",
    address={"line1": "[[ADDRESS:1600 Fenwick St NE]]", "city": "[[LOCATION:Washington]]", "state": "[[LOCATION:DC]]", "postal_code": "[[ZIP_CODE:20002]]"},
    metadata={"plan": "pro", "account_no": "[[ID_NUMBER:CRC-1187]]"},
)""",
    """CONSENT FORM – YOUTH ATHLETICS CAMP
I, [[PERSON:Moira Gallagher]], parent/guardian of [[PERSON:Niamh Gallagher]] (age [[AGE:12]]), consent to my child taking part in the camp from [[DATE_TIME:14 July]] to [[DATE_TIME:18 July 2025]]. In an emergency contact me on [[PHONE_NUMBER:087 331 4092]]. Signed: [[PERSON:M. Gallagher]]  Date: [[DATE_TIME:02/06/2025]]""",
    """Ticket NV-10232 | Priority: High | Reporter: [[PERSON:Yasmin Farouk]] <[[EMAIL_ADDRESS:yasmin.farouk@brightsmiledental.co.uk]]> | "Patient [[PERSON:George Ellory]] (NHS [[ID_NUMBER:612 980 4717]]) was double-booked for [[DATE_TIME:Tue 18 Mar 14:00]]; please merge his duplicate record." """,
    """The Human Data Planner, [[PERSON:Chinonso]], whose date of birth is [[DATE_TIME:12/25/1994]] and username [[USERNAME:chinonso.dev94]], requested that the clinic's dietitian [[PERSON:Ms. Lerato Khumalo]] email the meal plan to [[EMAIL_ADDRESS:chinonso.okwu@yahoo.co.uk]].""",
    """Medical Certificate. This is to certify that [[PERSON:Mr. Arjun Sethi]], aged [[AGE:27]], resident of [[ADDRESS:B-204, Shanti Apartments, Sector 12]], [[LOCATION:Dwarka]], [[LOCATION:New Delhi]] [[ZIP_CODE:110075]], was examined by me on [[DATE_TIME:09-01-2025]] and is fit to resume his duties at the workplace. — [[PERSON:Dr. Meenakshi Iyer]], Reg. No. [[ID_NUMBER:DMC/R/18832]]""",
    """[2025-02-19 03:14:55] sshd[2211]: Failed password for invalid user admin from [[IP_ADDRESS:45.155.204.17]] port 51822 ssh2
[[[DATE_TIME:2025-02-19 03:15:02]]] sshd[2214]: Accepted publickey for [[USERNAME:tnakashima]] from [[IP_ADDRESS:133.32.78.5]] port 60112 ssh2""",
    """Bank transfer instruction: Pay [[PERSON:Ana Sofia Rebelo]], IBAN [[IBAN_CODE:PT50 0035 0681 0001 2345 6788 7]], the amount of €320.00 for the spring volleyball camp, reference U15-GIRLS. Ordered by [[PERSON:Miguel Rebelo]] on [[DATE_TIME:3 March 2025]].""",
    """The Forward Tactics Orchestrator [[PERSON:Ezinne]] lives in [[LOCATION:Montgomery County]] at [[ADDRESS:918 Gorczany Square]], owns the account [[USERNAME:ezzy_kicks]] and has a [[AGE:19]]-year-old nephew, [[PERSON:Tyrese]], who was born on [[DATE_TIME:April 3rd, 2005]].""",
    """{
  "patientId": "[[ID_NUMBER:HN-5520914]]",
  "species": "canine",
  "owner": {"fullName": "[[PERSON:Ruairí Mac Giolla]]", "mobile": "[[PHONE_NUMBER:085 772 1904]]", "eircode": "[[ZIP_CODE:D08 X2K7]]"},
  "appointments": [{"type": "vaccination", "at": "[[DATE_TIME:2025-04-22T10:30:00]]"}],
  "insurer": "PetSure IE"
}""",
    """STATEMENT OF WITNESS. Name: [[PERSON:Bongani Sithole]]. Age: [[AGE:46]]. ID No.: [[ID_NUMBER:7511025831081]]. Address: [[ADDRESS:14 Jacaranda Avenue]], [[LOCATION:Lynnwood]], [[LOCATION:Pretoria]], [[ZIP_CODE:0081]]. On [[DATE_TIME:Saturday 15 February 2025 at about 10:00]] I was at the taxi rank when the dispute between the two drivers began.""",
    """Volunteer background check: [[PERSON:Travis Bellamy]], DOB [[DATE_TIME:1985-10-11]], SSN [[US_SSN:523 88 0412]], passport [[US_PASSPORT:A03819926]], current address [[ADDRESS:77 Prairie Wind Dr]], [[LOCATION:Lincoln]], [[LOCATION:NE]] [[ZIP_CODE:68516]]. Role: assistant coach, U10 flag football. Status: CLEARED.""",
    """from the Solutions Engineer [[PERSON:nakamura]]: pls set the vpn for [[USERNAME:r.takeda]] to [[IP_ADDRESS:172.20.4.18]] and push the new cert; his laptop mac is 00:1A:2B:3C:4D:5E and he's back in office [[DATE_TIME:on the 4th]].""",
    """Policy Schedule — Companion Animal Cover. Policyholder: [[PERSON:Ms Tamsin Greaves]]. Correspondence address: [[ADDRESS:Flat 12, Beaumont House, 44 Kew Road]], [[LOCATION:Richmond]], [[ZIP_CODE:TW9 2NA]]. Date of birth: [[DATE_TIME:11 October 1990]]. Insured animal: Wilbur (rabbit). Premium: £9.40 monthly by DD from a/c [[ID_NUMBER:20914476]].""",
    """The Product Branding Manager, [[PERSON:Ludmila Sorokina]], [[AGE:52]], of [[ADDRESS:Sunset Boulevard 221]], [[ADDRESS:building 17]], [[ZIP_CODE:90028]], requested a new card; the old one, [[CREDIT_CARD:3530 1133 7720 9873]], expired 11/24.""",
    """Order #US-99102 shipped to [[PERSON:Kelechi Nwosu]], [[ADDRESS:301 Bergen Ave, Apt 7R]], [[LOCATION:Jersey City]], [[LOCATION:NJ]] [[ZIP_CODE:07304]]. Contact [[PHONE_NUMBER:201-555-0183]]. Items: 2 × phone case, 1 × USB-C charger. Tracking 1Z 999 AA1 01 2345 6784.""",
    """HR NOTE — [[DATE_TIME:11 Feb 2025]]: [[PERSON:Gaurav Bhattacharya]] (emp. [[ID_NUMBER:E-44021]]) reported that his colleague [[PERSON:Ruth Adeyemi]] shared his home address ([[ADDRESS:29 Linden Gardens]], [[LOCATION:Slough]] [[ZIP_CODE:SL1 3QE]]) in the office group chat. Investigating officer: [[PERSON:Ms. Carla Berrington]].""",
    """name=[[PERSON:Thabo Mahlangu]]&email=[[EMAIL_ADDRESS:thabo.m@webmail.co.za]]&cell=[[PHONE_NUMBER:082+554+1903]]&team=U13+Lions&dob=[[DATE_TIME:2012-03-09]]&consent=on""",
    """Certificate of Insurance. Insured: [[PERSON:Yolanda Pérez-Whitaker]] d/b/a Yoli's Bakery, [[ADDRESS:42 Main Street, Suite 3]], [[LOCATION:Taos]], [[LOCATION:NM]] [[ZIP_CODE:87571]]. Policy period: 06/01/2025 to 06/01/2026. Additional insured: [[PERSON:Hector Whitaker]].""",
    """The Dynamic Web Liaison from [[LOCATION:Greater Manchester]], [[PERSON:Adebayo]], [[AGE:63]], needs the 401k form for his IBAN [[IBAN_CODE:GB83LOYD30942187654321]]; he can be reached at [[EMAIL_ADDRESS:ade_kunle63@aol.com]] or [[PHONE_NUMBER:+44 161 496 0732]].""",
    """Referral letter
[[DATE_TIME:3 April 2025]]
Dear [[PERSON:Dr. Whitfield]],
Re: [[PERSON:Kaya Runningwater]], DOB [[DATE_TIME:19/01/2001]], [[ADDRESS:250 Spadina Road]], [[LOCATION:Toronto]] [[ZIP_CODE:M5R 2V3]], OHIP [[ID_NUMBER:4518-302-775-KT]].
Thank you for seeing this [[AGE:24]]-year-old varsity soccer player with recurrent left ankle instability.""",
    """[[PERSON:Ahmet Yıldız]] (Head of Compliance) authorised the refund of [[PERSON:Ilse Brouwer]]'s swim-club fees to [[IBAN_CODE:NL92TRIO0198347765]]; her BSN [[ID_NUMBER:234567892]] was removed from the file as requested on [[DATE_TIME:5 May 2025]].""",
    """Volunteer Roster — Harbourview Little League
Snack duty: [[PERSON:Ms. Pham]] ([[PHONE_NUMBER:604-555-0121]])
Scoreboard: [[PERSON:Glen Ostrowski]]
Umpire (Sat [[DATE_TIME:May 10]]): [[PERSON:Rajinder Gill]], [[EMAIL_ADDRESS:rgill.umpire@telus.net]]""",
    """Re: Your complaint dated [[DATE_TIME:2 February]]. Dear [[PERSON:Mrs. Olabisi Fagbemi]], we have reviewed the overcharge on your broadband account (account [[ID_NUMBER:GYM-558203]]) and will refund £62.00 to the card ending 9912 within 5–7 working days.""",
    """function seedDemoUser() {
  return {
    fullName: "[[PERSON:Priyamvada Reddy]]",
    username: "[[USERNAME:priyam_r]]",
    email: "[[EMAIL_ADDRESS:priyamvada.reddy@outlook.in]]",
    lastLoginIp: "[[IP_ADDRESS:49.205.118.73]]",
    card: "[[CREDIT_CARD:4111246813579023]]",
  };
}""",
    """The Chief Mobility Developer [[PERSON:Isidora]], born [[DATE_TIME:14/02/1994]], celebrated her [[AGE:31]]st birthday at the office, and HR sent a voucher to [[ADDRESS:6619 Quigley Mountains]], [[ADDRESS:Suite 211]], [[LOCATION:Port Abbey]], [[ZIP_CODE:62937-8831]].""",
    """Court listing: R v [[PERSON:Shane Doherty]] ([[AGE:22]]) of [[ADDRESS:15 Brookvale Park]], [[LOCATION:Derry]]. Charge: assault at a youth football match on [[DATE_TIME:16 March 2025]]. Hearing: [[DATE_TIME:Wednesday 4 June 2025, 10:00]], Court 3.""",
    """[[PERSON:Amira Benali]] | [[EMAIL_ADDRESS:amira.benali@laposte.net]] | [[PHONE_NUMBER:06 12 48 73 90]] | [[ADDRESS:18 avenue Jean Jaurès]], [[ZIP_CODE:69007]] [[LOCATION:Lyon]] | IBAN [[IBAN_CODE:FR7610278060760002178340163]] | March rent paid""",
    """The Dynamic Intranet Consultant [[PERSON:Mr. Torvald Eriksen]] signed in from [[IP_ADDRESS:2001:db8:3c4d:15::1a2f]] at 02:14 and changed the delivery address to [[ADDRESS:Storgata 41]], [[ZIP_CODE:0182]] [[LOCATION:Oslo]]; his card [[CREDIT_CARD:5299 8700 1234 5562]] (CVV 071) was used for the sofa purchase.""",
    """Pet Adoption Agreement. Adopter: [[PERSON:Carmen Villanueva]]; Phone: [[PHONE_NUMBER:(787) 555-0173]]; Address: [[ADDRESS:Calle Luna 158]], [[LOCATION:San Juan]], [[LOCATION:PR]] [[ZIP_CODE:00901]]. Animal: "Coquí", DSH female, microchip 985112004733108. Adoption date: [[DATE_TIME:January 11, 2025]].""",
    """Background: [[PERSON:Aleksandra Nowak-Jensen]] ([[NRP:Polish]] national, [[AGE:35]]) joined the [[LOCATION:Copenhagen]] office on [[DATE_TIME:1 March 2023]]; her CPR number [[ID_NUMBER:120389-4488]] and IBAN [[IBAN_CODE:PL24249010140000071200345678]] are stored for payroll.""",
    """SOLICITUD DE INSCRIPCIÓN – Club Deportivo Halcones
Nombre: [[PERSON:Valentina Ríos Cárdenas]]   Fecha de nacimiento: [[DATE_TIME:27/11/2012]]   Edad: [[AGE:12]]
Padre/Madre: [[PERSON:Jorge Ríos]]   Cel.: [[PHONE_NUMBER:+57 315 602 1148]]
Dirección: [[ADDRESS:Carrera 43A #18-95, apto 702]], [[LOCATION:Medellín]]
Cédula del acudiente: [[ID_NUMBER:71.844.230]]   EPS: Sura""",
    """Registro de paciente (Clínica Veterinaria Patitas). Propietario: [[PERSON:Luis Fernando Cervantes]]; CURP [[ID_NUMBER:RAHC010918HNLMRR01]]; correo [[EMAIL_ADDRESS:lf.cervantes@prodigy.net.mx]]; tel. [[PHONE_NUMBER:81 8340 2261]]; domicilio [[ADDRESS:Av. Constitución 1420 Pte.]], [[LOCATION:Monterrey]], [[LOCATION:N.L.]], C.P. [[ZIP_CODE:64000]]. Mascota: Tequila, chihuahua, 4 años.""",
    """Factura electrónica — Receptor: [[PERSON:Liliana Vega Peña]], RFC [[ID_NUMBER:VEPL9207049T9]], domicilio fiscal [[ADDRESS:Blvd. Agua Caliente 4558, Int. 12]], [[LOCATION:Tijuana]], [[LOCATION:B.C.]] [[ZIP_CODE:22014]]. Concepto: servicio de internet. Cuenta CLABE para devoluciones: [[ID_NUMBER:012180004587723015]].""",
    """Estimado [[TITLE:Sr.]] [[PERSON:Gonzalo Echeverría]]: le informamos que la renovación de su socio [[ID_NUMBER:4471]] en el Club Atlético San Telmo vence el [[DATE_TIME:31 de marzo]]. CUIT registrado: [[ID_NUMBER:20-40123987-2]]. Puede abonar por transferencia al CBU del club indicado en la web.""",
    """{"nombre":"[[PERSON:Agustina Ferraro]]","dni":"[[ID_NUMBER:35660214]]","cuil":"[[ID_NUMBER:27-35660214-0]]","email":"[[EMAIL_ADDRESS:agusferraro@gmail.com]]","celular":"[[PHONE_NUMBER:+54 9 341 555-2870]]","ciudad":"[[LOCATION:Rosario]]","cbu":"[[ID_NUMBER:0720168080000355120985]]","actividad":"hockey sub-16"}""",
    """Ficha de apoderado – Escuela de Fútbol Los Andes. Apoderado: [[PERSON:Rodrigo Sepúlveda Lagos]], RUT [[ID_NUMBER:12.904.551-5]]. Jugador: [[PERSON:Benjamín Sepúlveda]], nacido el [[DATE_TIME:2 de agosto de 2014]]. Domicilio: [[ADDRESS:Pasaje Los Aromos 1187]], [[LOCATION:Maipú]], [[LOCATION:Santiago]]. Fono: [[PHONE_NUMBER:+56 2 2745 3391]].""",
    """Apólice de seguro animal n.º 7718-PT. Tomador: [[PERSON:Sofia Marques Antunes]], NIF [[ID_NUMBER:214873099]], residente em [[ADDRESS:Avenida da República 91, 5.º Dto.]], [[ZIP_CODE:1050-187]] [[LOCATION:Lisboa]]. Data de nascimento: [[DATE_TIME:09/04/1983]]. Débito direto: [[IBAN_CODE:PT50 0033 0000 4536 7812 9049 1]].""",
    """Relatório de incidente — Ginásio Vitalis, [[DATE_TIME:12 de fevereiro de 2025, 19h40]]: o sócio [[PERSON:João Pedro Nogueira]] ([[AGE:44]] anos, n.º de sócio [[ID_NUMBER:VT-30918]]) lesionou-se no joelho. Testemunha: [[PERSON:Carla Mendes]], telemóvel [[PHONE_NUMBER:+351 936 204 118]].""",
    """Dear [[PERSON:Mr. Oyelaran-Banks]], your application for a firearms certificate was received on [[DATE_TIME:2 May 2025]]. Your first referee, [[TITLE:Rev.]] [[PERSON:Simon Atherley]], has replied; please note we still need a second referee who has known you for at least two years.""",
    """def test_export():
    row = {"name": "[[PERSON:Mei-Ling Chua]]", "nric": "[[ID_NUMBER:T0412398G]]", "hp": "[[PHONE_NUMBER:9176 4482]]", "postal": "[[ZIP_CODE:520418]]"}
    assert export(row)["postal"].isdigit()""",
    """The Principal Optimization Technician, [[PERSON:Kealoha]], resides at [[ADDRESS:44-120 Kahekili Hwy]], [[LOCATION:Kaneohe]], [[LOCATION:HI]] [[ZIP_CODE:96744]]; for the property tax instalment he used [[CREDIT_CARD:6011 6400 9912 7356]], and asked for receipts at [[EMAIL_ADDRESS:kealoha.k@hawaiiantel.net]].""",
    """Case notes, [[DATE_TIME:8 January 2025]]: Client [[PERSON:Ms Fatuma Hassan]] (DOB [[DATE_TIME:02.02.1977]]) attended with her son [[PERSON:Abdi]] ([[AGE:10]]). She receives Universal Credit; NI number [[ID_NUMBER:JT 44 81 27 C]]. Address [[ADDRESS:Flat 9, Ravenscroft Tower]], [[LOCATION:Tower Hamlets]], [[ZIP_CODE:E2 8HG]].""",
    """[INFO] 2025-05-30 21:03:41 Webhook from PetVax: owner_email=[[EMAIL_ADDRESS:noor.alhassan@gmail.com]] owner_name="[[PERSON:Noor Al-Hassan]]" pet="Simba" vaccine=RABIES due=2026-05-30 clinic_ip=[[IP_ADDRESS:10.0.3.12]]""",
    """Scholarship award letter. [[DATE_TIME:April 28, 2025]]. Dear [[PERSON:Jasmine Tran-Okoro]], congratulations! The Eastside Youth Basketball Foundation is pleased to award you $2,500. Please confirm your mailing address, [[ADDRESS:5112 Rainier Ave S]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98118]], and your student ID [[ID_NUMBER:2027-44810]].""",
    """[[PERSON:Lars Henriksen]] lives at [[ADDRESS:Nørrebrogade 118, 3. tv]], [[ZIP_CODE:2200]] [[LOCATION:København N]]; [[PERSON:Lars]]'s password is Tr1athlon!, his username is [[USERNAME:lhenriksen_tri]] and the dentist appointment is on [[DATE_TIME:the 12th of June at 17:30]].""",
    """Adverse event report: product "FlexiJoint Canine Chews", lot 22B0917. Reporter: [[PERSON:Dr. Oksana Petrenko]], DVM. Owner: [[PERSON:Gerald Lindqvist]], [[PHONE_NUMBER:(651) 555-0102]]. Dog started vomiting on 3/2/25 after the first dose.""",
    """The Corporate Accounts Executive [[PERSON:Adaora]] and her partner [[PERSON:Emeka Chukwu]], both [[NRP:Nigerian]], opened a joint account [[ID_NUMBER:2048817365]] at the [[LOCATION:Victoria Island]] branch; their new debit card [[CREDIT_CARD:5178 0556 9921 0349]] was linked.""",
    """AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION
Patient name: [[PERSON:Winifred Osei-Bonsu]]          Date of birth: [[DATE_TIME:June 2, 1958]]
Medical record #: [[ID_NUMBER:88-410-2297]]
I authorize Lakeshore Orthopedics to release my records for treatment dated [[DATE_TIME:01/06/2025]] through [[DATE_TIME:02/28/2025]] to: [[PERSON:Dr. Marcus Feld]], Northgate Internal Medicine, fax (312) 555-0100.
Patient signature: [[PERSON:W. Osei-Bonsu]]     Date: [[DATE_TIME:03/04/2025]]
Phone: [[PHONE_NUMBER:(773) 555-0155]]""",
    """logger.info("roster sync", extra={"league": "NorCal Youth Lacrosse", "player": "[[PERSON:Brody Kwan]]", "dob": "[[DATE_TIME:2011-01-27]]", "guardian_email": "[[EMAIL_ADDRESS:wendy.kwan@sbcglobal.net]]", "uspl_id": "[[ID_NUMBER:USL-44019287]]", "team": "U14 Gold", "request_ip": "[[IP_ADDRESS:73.92.144.210]]"})""",
    """The Global Group Facilitator [[PERSON:Ottoline]] moved her bakery franchise to [[ADDRESS:Ground Floor]], [[ADDRESS:221 Cumberland Street]], [[LOCATION:Dunedin]] [[ZIP_CODE:9016]], and asked that the refund of [[PERSON:Ottoline]]'s bond go to BNZAAU2BXXX-linked account [[ID_NUMBER:02-0912-0348871-00]]; her pin is 4471 and her secondary email [[EMAIL_ADDRESS:otti.franchise@xtra.co.nz]].""",
]

TABLE = [
    """member_id,first_name,last_name,plan,joined,phone
[[ID_NUMBER:RC-10442]],[[PERSON:Naomi]],[[PERSON:Feldstein]],Off-peak,[[DATE_TIME:2023-04-01]],[[PHONE_NUMBER:312-555-0104]]
[[ID_NUMBER:RC-10458]],[[PERSON:Obinna]],[[PERSON:Eze]],Premium,[[DATE_TIME:2023-05-17]],[[PHONE_NUMBER:312-555-0161]]
[[ID_NUMBER:RC-10471]],[[PERSON:Carmen]],[[PERSON:Solís]],Student,[[DATE_TIME:2024-01-09]],[[PHONE_NUMBER:773-555-0138]]""",
    """| Pet | Species | Owner | Owner phone | Next vaccine |
|-----|---------|-------|-------------|--------------|
| Biscuit | Dog | [[PERSON:Gemma Thornton]] | [[PHONE_NUMBER:07700 900 312]] | 2025-08-14 |
| Saffron | Cat | [[PERSON:Arif Chaudhry]] | [[PHONE_NUMBER:07700 900 655]] | 2025-09-02 |
| Noodle | Rabbit | [[PERSON:Léa Marchand]] | [[PHONE_NUMBER:07700 900 118]] | 2025-07-30 |""",
    """player\tdob\tteam\tguardian\tguardian_email
[[PERSON:Mason Adeyemi]]\t[[DATE_TIME:2014-02-11]]\tU11 Red\t[[PERSON:Kemi Adeyemi]]\t[[EMAIL_ADDRESS:kemi.adeyemi@gmail.com]]
[[PERSON:Lily-Rose Hart]]\t[[DATE_TIME:2014-07-29]]\tU11 Red\t[[PERSON:Daniel Hart]]\t[[EMAIL_ADDRESS:dhart@virginmedia.com]]
[[PERSON:Aarav Shah]]\t[[DATE_TIME:2013-12-03]]\tU11 Blue\t[[PERSON:Nisha Shah]]\t[[EMAIL_ADDRESS:nisha.shah.home@outlook.com]]""",
    """NAME                 AGE  SEX  WARD  CONSULTANT
[[PERSON:Okonkwo, Chiamaka]]    [[AGE:34]]   F    4B    [[PERSON:Dr. Hale]]
[[PERSON:Brennan, Patrick]]     [[AGE:71]]   M    2A    [[PERSON:Dr. Osei]]
[[PERSON:Yamamoto, Ren]]        [[AGE:58]]   M    2A    [[PERSON:Dr. Hale]]""",
    """{"customer": "[[PERSON:Freya Lindholm]]", "email": "[[EMAIL_ADDRESS:freya.lindholm@gmail.com]]", "tier": "gold", "points": 4210}
{"customer": "[[PERSON:Omari Blackwood]]", "email": "[[EMAIL_ADDRESS:omari.b@icloud.com]]", "tier": "silver", "points": 1185}
{"customer": "[[PERSON:Suki Tanaka]]", "email": "[[EMAIL_ADDRESS:suki.t@hotmail.co.uk]]", "tier": "bronze", "points": 260}""",
    """- name: [[PERSON:Harvey Mensah]]
  role: Head Coach
  mobile: "[[PHONE_NUMBER:+44 7700 900 441]]"
  dbs_certificate: [[ID_NUMBER:001784529931]]
- name: [[PERSON:Rachel O'Dwyer]]
  role: Assistant Coach
  mobile: "[[PHONE_NUMBER:+44 7700 900 902]]"
  dbs_certificate: [[ID_NUMBER:001790338107]]""",
    """Policyholder: [[PERSON:Devon Ashcroft]]
Policy: PET-0048813
Pet: Marble (cat, 4 yrs)
Address: [[ADDRESS:31 Gorse Hill Road]], [[LOCATION:Swindon]] [[ZIP_CODE:SN2 1HB]]
DOB: [[DATE_TIME:09/12/1986]]
Payment: Direct Debit
Account: [[ID_NUMBER:61874220]]""",
    """emp_no,name,dept,start_date,salary_band,email
[[ID_NUMBER:40017]],[[PERSON:Beatrix Kovač]],Finance,[[DATE_TIME:2019-03-04]],B3,[[EMAIL_ADDRESS:b.kovac@northwind-logistics.com]]
[[ID_NUMBER:40122]],[[PERSON:Tariq Hussain]],Ops,[[DATE_TIME:2021-08-16]],B2,[[EMAIL_ADDRESS:t.hussain@northwind-logistics.com]]
[[ID_NUMBER:40188]],[[PERSON:Joanna Pereira]],HR,[[DATE_TIME:2022-11-01]],B4,[[EMAIL_ADDRESS:j.pereira@northwind-logistics.com]]
[[ID_NUMBER:40203]],[[PERSON:Ewan MacLeod]],IT,[[DATE_TIME:2023-01-09]],B2,[[EMAIL_ADDRESS:e.macleod@northwind-logistics.com]]""",
    """Court | Time | Booked by | Contact
------|------|-----------|--------
1 | 07:00 | [[PERSON:S. Nakagawa]] | [[PHONE_NUMBER:0412 118 390]]
2 | 07:00 | [[PERSON:Marco Bellini]] | [[PHONE_NUMBER:0433 907 215]]
1 | 08:00 | [[PERSON:Ruby]] & [[PERSON:Tom Okafor]] | [[EMAIL_ADDRESS:okafor.family@bigpond.com]]""",
    """ssn,full_name,dob,state,filing_status
[[US_SSN:219-44-8013]],[[PERSON:Gregory Vance]],[[DATE_TIME:1972-06-18]],[[LOCATION:MD]],married_joint
[[US_SSN:487-20-3351]],[[PERSON:Alicia Montgomery-Reyes]],[[DATE_TIME:1989-01-30]],[[LOCATION:TX]],single
[[US_SSN:602-11-7748]],[[PERSON:Dong-hyun Lim]],[[DATE_TIME:1995-09-09]],[[LOCATION:CA]],single""",
    """# | Patient | Owner | Owner address | Visit
1 | Ziggy (dog) | [[PERSON:Hamish Crawford]] | [[ADDRESS:12 Kelvin Drive]], [[LOCATION:Glasgow]] [[ZIP_CODE:G20 8QG]] | [[DATE_TIME:03/02/2025 09:00]]
2 | Pip (ferret) | [[PERSON:Aisling Boyle]] | [[ADDRESS:4 Park Terrace]], [[LOCATION:Glasgow]] [[ZIP_CODE:G3 6BY]] | [[DATE_TIME:03/02/2025 09:30]]
3 | Olive (cat) | [[PERSON:Niamh McCann]] | [[ADDRESS:Flat 1/2, 88 Dumbarton Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6NX]] | [[DATE_TIME:03/02/2025 10:15]]""",
    """username,email,last_login_ip,country,signup
[[USERNAME:pixelfox]],[[EMAIL_ADDRESS:reuben.adler@gmail.com]],[[IP_ADDRESS:98.214.33.7]],[[LOCATION:US]],[[DATE_TIME:2022-10-03]]
[[USERNAME:moonlitmaya]],[[EMAIL_ADDRESS:maya.krishnan@yahoo.in]],[[IP_ADDRESS:117.201.88.14]],[[LOCATION:IN]],[[DATE_TIME:2023-02-19]]
[[USERNAME:k_otieno]],[[EMAIL_ADDRESS:kevin.otieno@gmail.com]],[[IP_ADDRESS:41.90.64.203]],[[LOCATION:KE]],[[DATE_TIME:2023-07-07]]""",
    """Name              Nationality   Passport      Expiry
[[PERSON:Isabella Moretti]]  [[NRP:Italian]]       [[ID_NUMBER:YA4418723]]     2029-03
[[PERSON:Kofi Asamoah]]      [[NRP:Ghanaian]]      [[ID_NUMBER:G2198430]]      2027-11
[[PERSON:Hiroshi Sato]]      [[NRP:Japanese]]      [[ID_NUMBER:TZ1188402]]     2031-06""",
    """| Team | Coach | Coach email | Practice night |
|---|---|---|---|
| U8 Comets | [[PERSON:Jen Kowalczyk]] | [[EMAIL_ADDRESS:jenk.coach@gmail.com]] | Tue |
| U10 Rockets | [[PERSON:DeShawn Price]] | [[EMAIL_ADDRESS:dprice82@yahoo.com]] | Wed |
| U12 Meteors | [[PERSON:Anh Nguyen]] | [[EMAIL_ADDRESS:anh.nguyen.soccer@gmail.com]] | Thu |
| U14 Galaxy | [[PERSON:Tom Reilly]] | [[EMAIL_ADDRESS:treilly@comcast.net]] | Thu |""",
    """card_holder;card_number;exp;amount;status
[[PERSON:Wei Zhang]];[[CREDIT_CARD:4929136605248170]];08/26;49.00;approved
[[PERSON:Maria Kowalska]];[[CREDIT_CARD:5212940038176525]];01/27;49.00;approved
[[PERSON:Oluwadamilare Ojo]];[[CREDIT_CARD:346281930455729]];12/25;89.00;declined""",
    """student_id: [[ID_NUMBER:S2024-1187]]
name: [[PERSON:Grace Whitlock]]
year: 10
homeroom: 10C
guardian: [[PERSON:Martin Whitlock]]
guardian_phone: [[PHONE_NUMBER:(08) 9381 4402]]
allergies: peanuts
address: [[ADDRESS:17 Banksia Way]], [[LOCATION:Subiaco]] [[LOCATION:WA]] [[ZIP_CODE:6008]]""",
    """Date,Description,Reference,Amount,Balance
2025-03-01,Card payment FITZONE GYM,FZ-228101,-39.99,1204.11
2025-03-03,Transfer from [[PERSON:A. MURPHY]],RENT MAR,650.00,1854.11
2025-03-04,Direct debit PETPLAN,PP99120384,-22.50,1831.61
2025-03-07,Transfer to [[PERSON:SIOBHAN MURPHY]] [[IBAN_CODE:IE29AIBK93115212345678]],BDAY,-50.00,1781.61""",
    """patient_name\tnhs_no\tdob\tgp_practice\tpostcode
[[PERSON:Edith Harrington]]\t[[ID_NUMBER:401 023 2137]]\t[[DATE_TIME:14/02/1941]]\tMill Road Surgery\t[[ZIP_CODE:CB1 2AD]]
[[PERSON:Jamal Bashir]]\t[[ID_NUMBER:736 451 2098]]\t[[DATE_TIME:30/11/1983]]\tParkside Medical\t[[ZIP_CODE:CB4 1HT]]
[[PERSON:Sinead Flanagan]]\t[[ID_NUMBER:450 332 1870]]\t[[DATE_TIME:02/07/1999]]\tMill Road Surgery\t[[ZIP_CODE:CB1 3PF]]""",
    """Athlete              Event       PB       Age  Club
[[PERSON:Chloe Amankwah]]       100m        11.92    [[AGE:17]]   Blackheath AC
[[PERSON:Fergus Lamont]]        1500m       3:58.4   [[AGE:18]]   Edinburgh AC
[[PERSON:Priya Sundaram]]       Long jump   5.81m    [[AGE:16]]   Birchfield Harriers
[[PERSON:Kwabena Owusu]]        400mH       53.10    [[AGE:18]]   Shaftesbury Barnet""",
    """{"ts":"[[DATE_TIME:2025-04-02T08:14:22Z]]","user":"[[USERNAME:dmitri.v]]","ip":"[[IP_ADDRESS:185.22.174.9]]","action":"password_reset"}
{"ts":"[[DATE_TIME:2025-04-02T08:15:03Z]]","user":"[[USERNAME:dmitri.v]]","ip":"[[IP_ADDRESS:185.22.174.9]]","action":"login_ok"}
{"ts":"[[DATE_TIME:2025-04-02T09:40:51Z]]","user":"[[USERNAME:hollis_k]]","ip":"[[IP_ADDRESS:2600:1700:5e0:9a10::42]]","action":"login_failed"}""",
    """Tenant, Unit, Lease start, Monthly rent, Emergency contact
[[PERSON:Oksana Hrytsenko]], [[ADDRESS:Apt 2B, 140 Wallace Ave]], [[DATE_TIME:2024-06-01]], $1,475, [[PERSON:Taras Hrytsenko]] [[PHONE_NUMBER:416-555-0172]]
[[PERSON:Marcus Liang]], [[ADDRESS:Apt 3A, 140 Wallace Ave]], [[DATE_TIME:2023-09-15]], $1,520, [[PERSON:Helen Liang]] [[PHONE_NUMBER:647-555-0190]]""",
    """| Horse | Owner | Livery | Farrier due |
|---|---|---|---|
| Moonshadow | [[PERSON:Philippa Carrington-Smythe]] | Full | 12 May |
| Bramble | [[PERSON:Jodie Marsh]] | DIY | 19 May |
| Captain | the [[PERSON:Okonjo]] family | Part | 26 May |""",
    """Member No. | Surname | Forename | DOB | Handicap
[[ID_NUMBER:G0331]] | [[PERSON:McAllister]] | [[PERSON:Iain]] | [[DATE_TIME:07-03-1958]] | 14.2
[[ID_NUMBER:G0348]] | [[PERSON:Choudhury]] | [[PERSON:Rehana]] | [[DATE_TIME:22-10-1974]] | 21.0
[[ID_NUMBER:G0352]] | [[PERSON:Fairweather]] | [[PERSON:Giles]] | [[DATE_TIME:01-01-1966]] | 8.7""",
    """id,name,sin,province,hire_date
1,[[PERSON:Étienne Bouchard]],[[ID_NUMBER:046 251 781]],[[LOCATION:QC]],[[DATE_TIME:2020-05-11]]
2,[[PERSON:Gurpreet Dhaliwal]],[[ID_NUMBER:519 340 269]],[[LOCATION:BC]],[[DATE_TIME:2021-02-01]]
3,[[PERSON:Shannon MacIsaac]],[[ID_NUMBER:130 792 658]],[[LOCATION:NS]],[[DATE_TIME:2024-07-22]]""",
    """Visitor log – Westfield Primary
Date       | Visitor            | Visiting         | In    | Out
[[DATE_TIME:2025-02-03]] | [[PERSON:Colin Ayres]]        | [[PERSON:Mrs. Patel]] (Y3)   | 09:10 | 09:45
[[DATE_TIME:2025-02-03]] | [[PERSON:Fatima Zahra Idrissi]] | Office          | 11:02 | 11:20
[[DATE_TIME:2025-02-04]] | [[PERSON:Rob Kinsella]]       | [[PERSON:Mr. Dunne]] (PE)    | 13:30 | 15:00""",
    """owner,pet,insurer,policy_no,claim_amount,claim_date
[[PERSON:Bethany Cole]],Rolo,PetPlan,PP-7728103,412.80,2025-01-14
[[PERSON:Marek Dvořák]],Luna,Bought By Many,BBM-003318,1290.00,2025-01-20
[[PERSON:Shanice Grant]],Ace,Animal Friends,AF-551209,88.00,2025-02-02""",
    """Name: [[PERSON:Aditya Banerjee]]
Aadhaar: [[ID_NUMBER:4861 2077 3917]]
PAN: [[ID_NUMBER:AKZPB7730Q]]
Mobile: [[PHONE_NUMBER:+91 90071 44582]]
Email: [[EMAIL_ADDRESS:aditya.banerjee@gmail.com]]
Address: [[ADDRESS:Flat 5C, Lake Gardens Residency, 21 Rashbehari Avenue]], [[LOCATION:Kolkata]] [[ZIP_CODE:700029]]
KYC status: Verified""",
    """first|last|jersey|position|parent_cell
[[PERSON:Noah]]|[[PERSON:Lindqvist]]|7|GK|[[PHONE_NUMBER:952-555-0143]]
[[PERSON:Elijah]]|[[PERSON:Boateng]]|10|MF|[[PHONE_NUMBER:952-555-0178]]
[[PERSON:Sofía]]|[[PERSON:Ramírez]]|4|DF|[[PHONE_NUMBER:612-555-0109]]
[[PERSON:Zara]]|[[PERSON:Iqbal]]|9|FW|[[PHONE_NUMBER:763-555-0125]]""",
    """account_name,iban,bic,currency
[[PERSON:Hendrik de Vries]],[[IBAN_CODE:NL89RABO0318274659]],RABONL2U,EUR
[[PERSON:Julie Peeters]],[[IBAN_CODE:BE09063217485957]],GKCCBEBB,EUR
[[PERSON:Lukas Gruber]],[[IBAN_CODE:AT463200000012398765]],RLNWATWW,EUR
[[PERSON:Nadia Keller]],[[IBAN_CODE:CH4600483509872346100]],CRESCHZZ80A,CHF""",
    """SESSION  TRAINER            CLIENT              PHONE
06:00    [[PERSON:Jonno]]              [[PERSON:Hayley Brooks]]       [[PHONE_NUMBER:0400 112 873]]
07:00    [[PERSON:Jonno]]              [[PERSON:Vikram Chandra]]      [[PHONE_NUMBER:0421 990 334]]
12:15    [[PERSON:Steph]]              [[PERSON:Lorraine Fitzgerald]] [[PHONE_NUMBER:0438 207 561]]""",
    """applicant: [[PERSON:Chukwuemeka Obi]]
date_of_birth: [[DATE_TIME:1990-08-14]]
nin: [[ID_NUMBER:48210937615]]
bvn: [[ID_NUMBER:22190384471]]
phone: "[[PHONE_NUMBER:+234 806 551 2049]]"
state_of_origin: [[LOCATION:Anambra]]
loan_amount: 750000""",
    """| Reg | Make/model | Keeper | Permit expiry |
|-----|------------|--------|---------------|
| [[ID_NUMBER:LK19 XDF]] | Ford Focus | [[PERSON:Ms. Adebola Ayinde]] | 31/08/2025 |
| [[ID_NUMBER:GN71 PRT]] | Kia Niro | [[PERSON:Mr. Simon Crouch]] | 30/11/2025 |
| [[ID_NUMBER:WR68 KLM]] | VW Golf | [[PERSON:Dr. Anita Rosenthal]] | 28/02/2026 |""",
    """name\tage\tgrade\tfavourite subject
[[PERSON:Ollie]]\t[[AGE:9]]\t4\tscience
[[PERSON:Mai]]\t[[AGE:8]]\t3\tart
[[PERSON:Kian]]\t[[AGE:10]]\t5\tmaths
[[PERSON:Zainab]]\t[[AGE:9]]\t4\treading""",
    """Dog: Bella          Owner: [[PERSON:Kirsty Maclean]]
Walk days: Mon, Wed, Fri
Key safe code: 1904
Vet: Bayview Vets
Owner mobile: [[PHONE_NUMBER:07700 900 093]]
Address: [[ADDRESS:2 Harbour View]], [[LOCATION:Oban]] [[ZIP_CODE:PA34 4LW]]""",
    """order_id,customer,shipping_address,zip,item,qty
A-77120,[[PERSON:Li Na Chow]],[[ADDRESS:88 Pell St Apt 4]],[[ZIP_CODE:10013]],yoga mat,1
A-77121,[[PERSON:Benedikt Huber]],[[ADDRESS:1200 Pine St #301]],[[ZIP_CODE:94109]],dumbbells 10lb,2
A-77122,[[PERSON:Olga Petrova]],[[ADDRESS:45 Commonwealth Ave]],[[ZIP_CODE:02116]],jump rope,3""",
    """Attendee | Company | Dietary | Badge email
[[PERSON:Rahel Tesfaye]] | Dalberg | vegetarian | [[EMAIL_ADDRESS:rahel.tesfaye@dalberg.com]]
[[PERSON:Conor Walsh]] | Stripe | none | [[EMAIL_ADDRESS:cwalsh@stripe.com]]
[[PERSON:Mariam Saeed]] | independent | halal | [[EMAIL_ADDRESS:mariam.saeed.writes@gmail.com]]""",
    """- {name: "[[PERSON:Tui Rangihuna]]", dob: "[[DATE_TIME:2010-05-02]]", club: Ponsonby Rugby, grade: U15}
- {name: "[[PERSON:Jack Ellison]]", dob: "[[DATE_TIME:2010-09-18]]", club: Ponsonby Rugby, grade: U15}
- {name: "[[PERSON:Sione Fifita]]", dob: "[[DATE_TIME:2009-12-30]]", club: Grammar TEC, grade: U16}""",
    """Owner                Pet        Microchip          Rabies due   Email
[[PERSON:Ellen Achebe]]         Dash       941000024519873    2025-10-01   [[EMAIL_ADDRESS:ellen.achebe@gmail.com]]
[[PERSON:Rodrigo Salazar]]      Churro     985141003772216    2025-06-12   [[EMAIL_ADDRESS:rsalazar77@yahoo.com]]
[[PERSON:Patience Mbeki]]       Zulu       900164001238845    2026-01-20   [[EMAIL_ADDRESS:pmbeki@webmail.co.za]]""",
    """Customer: [[PERSON:Hyacinth Bucket-Richards]]
Customer no.: [[ID_NUMBER:0049172830]]
Meter point: 1200034417829
Supply address: [[ADDRESS:9 Blossom Avenue]], [[LOCATION:Coventry]] [[ZIP_CODE:CV3 5LP]]
Moving out: [[DATE_TIME:28 March 2025]]
Forwarding address: [[ADDRESS:Flat 4, 61 Earlsdon Street]], [[LOCATION:Coventry]] [[ZIP_CODE:CV5 6EJ]]""",
    """Rank,Swimmer,Age,Club,Time
1,[[PERSON:Ava Thompson]],[[AGE:13]],Aquajets,1:04.21
2,[[PERSON:Mei Lin Goh]],[[AGE:13]],Tanjong Pagar SC,1:04.87
3,[[PERSON:Isabelle Fournier]],[[AGE:12]],Club Aquatique Laval,1:05.03""",
    """| Employee | Leave type | From | To | Approver |
|---|---|---|---|---|
| [[PERSON:Bilal Qureshi]] | Annual | [[DATE_TIME:2025-07-07]] | [[DATE_TIME:2025-07-18]] | [[PERSON:R. Stanton]] |
| [[PERSON:Hannah Kruger]] | Parental | [[DATE_TIME:2025-05-01]] | [[DATE_TIME:2025-10-31]] | [[PERSON:R. Stanton]] |
| [[PERSON:Ivo Petrović]] | Sick | [[DATE_TIME:2025-03-11]] | [[DATE_TIME:2025-03-13]] | [[PERSON:L. Moyo]] |""",
    """voter_id,name,address,ward,party_registration
[[ID_NUMBER:VA-20917734]],[[PERSON:Lydia Crenshaw]],[[ADDRESS:418 Poplar St]],Ward 3,[[NRP:Democratic]]
[[ID_NUMBER:VA-20917761]],[[PERSON:Harold Beasley]],[[ADDRESS:420 Poplar St]],Ward 3,[[NRP:Republican]]
[[ID_NUMBER:VA-20918002]],[[PERSON:Anh Thu Le]],[[ADDRESS:77 Ridge Ave]],Ward 4,Unaffiliated""",
    """Client\tDog\tClass\tStart\tPaid
[[PERSON:Fiona Gallacher]]\tMaisie (spaniel)\tPuppy foundation\t[[DATE_TIME:Sat 5 Apr]]\tyes
[[PERSON:Tomás Ó Briain]]\tBran (lurcher)\tRecall\t[[DATE_TIME:Sat 5 Apr]]\tno
[[PERSON:Preeti Malhotra]]\tCoco (poodle)\tAgility intro\t[[DATE_TIME:Sun 6 Apr]]\tyes""",
    """{"id": 1, "name": "[[PERSON:Samuel Osei]]", "aadhaar": null, "tfn": "[[ID_NUMBER:451 239 082]]", "city": "[[LOCATION:Brisbane]]"}
{"id": 2, "name": "[[PERSON:Ngaio Parker]]", "aadhaar": null, "tfn": "[[ID_NUMBER:654 321 784]]", "city": "[[LOCATION:Hobart]]"}""",
    """Booking ref  Guest               Check-in     Nights  Room
HX-20418     [[PERSON:Mr. Felix Okoro]]     [[DATE_TIME:2025-06-12]]   3       214
HX-20419     [[PERSON:Ms. Anya Kapoor]]     [[DATE_TIME:2025-06-12]]   1       118
HX-20425     [[PERSON:Prof. Hans Weber]]    [[DATE_TIME:2025-06-13]]   4       402""",
    """| Donor | Amount | Gift Aid | Postcode |
|---|---|---|---|
| [[PERSON:Margaret Oyelaran]] | £50 | Y | [[ZIP_CODE:SE15 4QN]] |
| Anonymous | £20 | N | |
| [[PERSON:Raj]] & [[PERSON:Meena Patel]] | £100 | Y | [[ZIP_CODE:HA9 8PP]] |""",
    """Reference list
1. [[PERSON:Dr. Naledi Khoza]] – line manager – [[PHONE_NUMBER:+27 11 555 0192]] – [[EMAIL_ADDRESS:naledi.khoza@wits-health.co.za]]
2. [[PERSON:Pieter Botha]] – former colleague – [[PHONE_NUMBER:083 455 1290]]
3. [[PERSON:Ms. Refilwe Molefe]] – team captain, netball club – [[PHONE_NUMBER:072 318 4406]]""",
    """region,store,manager,manager_mobile,opened
North,Leeds Kirkstall,[[PERSON:Gareth Pryce]],[[PHONE_NUMBER:07700 900 245]],2016
North,York Clifton,[[PERSON:Amina Diallo]],[[PHONE_NUMBER:07700 900 376]],2019
South,Reading Oracle,[[PERSON:Luke Hamilton]],[[PHONE_NUMBER:07700 900 529]],2021""",
    """Sample ID   Collected            Patient DOB   Sex   Result
LB-009912   [[DATE_TIME:2025-01-08 07:42]]     [[DATE_TIME:1961-03-15]]    F     negative
LB-009913   [[DATE_TIME:2025-01-08 07:55]]     [[DATE_TIME:1977-11-02]]    M     positive
LB-009914   [[DATE_TIME:2025-01-08 08:10]]     [[DATE_TIME:2002-06-27]]    M     negative""",
    """nombre,cédula,categoría,celular,correo
[[PERSON:Juan Sebastián Ortiz]],[[ID_NUMBER:1020456789]],Sub-15,[[PHONE_NUMBER:300 612 4478]],[[EMAIL_ADDRESS:jsortiz@gmail.com]]
[[PERSON:María Camila Rojas]],[[ID_NUMBER:1019872345]],Sub-17,[[PHONE_NUMBER:311 208 9931]],[[EMAIL_ADDRESS:mcrojas.futbol@hotmail.com]]
[[PERSON:Santiago Londoño]],[[ID_NUMBER:1036648201]],Sub-15,[[PHONE_NUMBER:320 774 1102]],[[EMAIL_ADDRESS:santilondono08@gmail.com]]""",
    """| Socio | DNI | Disciplina | Cuota | Teléfono |
|---|---|---|---|---|
| [[PERSON:Martina Quiroga]] | [[ID_NUMBER:41.902.376]] | Natación | Al día | [[PHONE_NUMBER:351 455-9020]] |
| [[PERSON:Tomás Benítez]] | [[ID_NUMBER:38.554.021]] | Básquet | Debe 2 | [[PHONE_NUMBER:11 6230-1847]] |
| [[PERSON:Lucía Ferreyra]] | [[ID_NUMBER:29.876.512]] | Pádel | Al día | [[PHONE_NUMBER:261 512-7733]] |""",
    """Propietario: [[PERSON:Claudia Herrera Orozco]]
RFC: [[ID_NUMBER:HECR7811233Q8]]
Mascota: Chester (gato)
Teléfono: [[PHONE_NUMBER:33 3615 8840]]
Domicilio: [[ADDRESS:Av. Chapultepec Sur 284, depto. 5]], [[LOCATION:Guadalajara]], [[LOCATION:Jalisco]]
Próxima cita: [[DATE_TIME:18/07/2025 17:30]]""",
    """nombre\trut\tcomuna\tplan
[[PERSON:Francisca Poblete]]\t[[ID_NUMBER:19.377.402-4]]\t[[LOCATION:Providencia]]\tmensual
[[PERSON:Matías Contreras]]\t[[ID_NUMBER:8.765.123-1]]\t[[LOCATION:Las Condes]]\tanual
[[PERSON:Camila Fuentes]]\t[[ID_NUMBER:21.049.836-2]]\t[[LOCATION:La Florida]]\ttrimestral""",
    """Nome,NIF,Data de nascimento,Telemóvel,Escalão
[[PERSON:Gonçalo Pires]],[[ID_NUMBER:245610936]],[[DATE_TIME:14/06/2012]],[[PHONE_NUMBER:913 448 021]],Infantis
[[PERSON:Beatriz Lopes]],[[ID_NUMBER:277190347]],[[DATE_TIME:02/02/2011]],[[PHONE_NUMBER:926 307 554]],Iniciados
[[PERSON:Tomás Azevedo]],[[ID_NUMBER:198345623]],[[DATE_TIME:30/09/2012]],[[PHONE_NUMBER:961 220 893]],Infantis""",
    """titular: [[PERSON:Helena Sousa Martins]]
niss: [[ID_NUMBER:12034567897]]
morada: [[ADDRESS:Rua Dr. António José de Almeida 33, 1.º]]
código postal: [[ZIP_CODE:3000-042]]
localidade: [[LOCATION:Coimbra]]
iban: [[IBAN_CODE:PT50000701020004928371586]]
animal: Tobias (cão, 6 anos)""",
    """ip_address,first_seen,hostname,owner
[[IP_ADDRESS:10.0.0.12]],2024-01-05,printer-2F,facilities
[[IP_ADDRESS:10.0.0.47]],2024-02-11,laptop-[[USERNAME:jmorales]],[[PERSON:Julia Morales]]
[[IP_ADDRESS:172.16.8.203]],2024-03-19,desktop-[[USERNAME:pkaur]],[[PERSON:Preet Kaur]]""",
    """Shift   | Lifeguard          | Cert no.      | Phone
AM      | [[PERSON:Connor Dooley]]      | [[ID_NUMBER:RLSS-448120]]   | [[PHONE_NUMBER:0419 338 207]]
PM      | [[PERSON:Talia Nguyen]]       | [[ID_NUMBER:RLSS-501993]]   | [[PHONE_NUMBER:0402 771 564]]
Weekend | [[PERSON:Manu Tuilagi-Fox]]   | [[ID_NUMBER:RLSS-389004]]   | [[PHONE_NUMBER:0447 120 885]]""",
    """Claimant | DOB | Injury date | Employer | Claim no.
[[PERSON:Rodney Blackburn]] | [[DATE_TIME:3/14/1976]] | [[DATE_TIME:2/2/2025]] | Apex Roofing LLC | WC-2025-0417
[[PERSON:Mercedes Alvarado]] | [[DATE_TIME:8/30/1990]] | [[DATE_TIME:1/27/2025]] | Sunbelt Foods | WC-2025-0398""",
    """Pupil: [[PERSON:Ayaan Chaudhary]]
UPN: [[ID_NUMBER:H801200301042]]
DOB: [[DATE_TIME:05/05/2016]]
Address: [[ADDRESS:63 Oakfield Road]], [[LOCATION:Walsall]] [[ZIP_CODE:WS3 2NE]]
Contact 1: [[PERSON:Farah Chaudhary]] (mother) [[PHONE_NUMBER:07700 900 834]]
Contact 2: [[PERSON:Imran Chaudhary]] (father) [[PHONE_NUMBER:07700 900 217]]
FSM: No""",
    """server,ip,os,owner_email
web-01,[[IP_ADDRESS:203.0.113.10]],Ubuntu 22.04,[[EMAIL_ADDRESS:marta.gil@acme-hosting.io]]
web-02,[[IP_ADDRESS:203.0.113.11]],Ubuntu 22.04,ops@acme-hosting.io
db-01,[[IP_ADDRESS:10.20.0.5]],Debian 12,[[EMAIL_ADDRESS:s.achterberg@acme-hosting.io]]""",
]

CHAT = [
    """[Live chat — FitHub Support]
Agent ([[PERSON:Priya]]): Hi there, thanks for contacting FitHub! Who am I speaking with?
Customer: hi it's [[PERSON:Darnell Whitaker]], I was billed twice for March
Agent ([[PERSON:Priya]]): Sorry about that, [[PERSON:Darnell]]. Can you confirm the email on the account?
Customer: [[EMAIL_ADDRESS:dwhitaker.fit@gmail.com]]
Agent ([[PERSON:Priya]]): Thanks. And your date of birth for verification?
Customer: [[DATE_TIME:july 4 1992]]
Agent ([[PERSON:Priya]]): Perfect. I can see member number [[ID_NUMBER:FH-3318027]] with two charges of $34.99. I've refunded the duplicate to the card ending 2291; it should show in 3–5 business days.
Customer: cool thanks""",
    """Mum: Has anyone rung the vet about Pepper's tablets?
[[PERSON:Ellie]]: I did, [[PERSON:Dr Kaur]] says they'll be ready Thursday
Mum: Can you pick them up? I'm at Nana's till late
[[PERSON:Ellie]]: can't, I've got netball. [[PERSON:Josh]]??
[[PERSON:Josh]]: ya fine. what name is it under
Mum: Mine — [[PERSON:Deborah Fairclough]]. Account number is on the fridge, [[ID_NUMBER:44120]] I think
[[PERSON:Josh]]: 👍""",
    """#u12-parents (Slack)
[[PERSON:Kristen Albright]] 8:02 AM
Carpool for Saturday's away game in [[LOCATION:Fresno]]? I can take 3 kids, leaving from [[ADDRESS:2210 Alder Creek Way]] at 7.
[[PERSON:Ramón Villalobos]] 8:09 AM
[[PERSON:Diego]] and [[PERSON:Mateo]] need a ride, thank you!! my cell is [[PHONE_NUMBER:559-555-0126]] if anything changes
[[PERSON:Kristen Albright]] 8:11 AM
👍 also Coach [[PERSON:Ben]] says bring the signed medical release — [[PERSON:Lucy]]'s form still shows her old birthday, should be [[DATE_TIME:3/17/2013]]""",
    """Telco support transcript
14:02 Bot: Please enter your account number.
14:02 User: [[ID_NUMBER:7710 4482 019]]
14:03 Bot: Thanks. Please confirm the postcode on the account.
14:03 User: [[ZIP_CODE:M14 5RL]]
14:04 Agent [[PERSON:Kayleigh]]: Hi, I'm [[PERSON:Kayleigh]]. I see the SIM swap request on [[PHONE_NUMBER:07700 900 664]] — was that you, [[PERSON:Mr Chaudhry]]?
14:05 User: no!! I didn't request anything. I'm [[PERSON:Asif Chaudhry]] and I'm the only one on the account
14:05 Agent [[PERSON:Kayleigh]]: I've blocked it and added a security note. You'll get a text from 150 to confirm.""",
    """WhatsApp – Clínica Veterinária Estrela
[[DATE_TIME:10/03/2025, 09:14]] - [[PERSON:Marta Figueiredo]]: Bom dia, queria marcar consulta para a minha cadela Nina, está a coxear
10/03/2025, 09:20 - Clínica Estrela: Bom dia! Temos vaga hoje às 17h30 com a [[TITLE:Dra.]] [[PERSON:Sofia]]. Confirma o seu nome completo e NIF para a fatura?
[[DATE_TIME:10/03/2025, 09:22]] - [[PERSON:Marta Figueiredo]]: [[PERSON:Marta Isabel Figueiredo]], NIF [[ID_NUMBER:508432170]]. O meu contacto é o [[PHONE_NUMBER:934 118 206]]
10/03/2025, 09:23 - Clínica Estrela: Ficou marcado. Até logo!""",
    """team-chat / #onboarding
[[PERSON:Oliver Grant]]: welcome [[PERSON:Seo-yeon]]!! 🎉
[[PERSON:Seo-yeon Park]]: thank you!! excited to be here
[[PERSON:Oliver Grant]]: IT needs your personal email for the laptop shipment + your home address
[[PERSON:Seo-yeon Park]]: [[EMAIL_ADDRESS:seoyeon.park.ux@gmail.com]], ship to [[ADDRESS:1845 Lakeshore Blvd W, Unit 2207]], [[LOCATION:Toronto]] [[ZIP_CODE:M8V 3X2]]
[[PERSON:Maribel Santos]]: I'll add you to payroll too — can you DM me your SIN? not here pls 😅
[[PERSON:Seo-yeon Park]]: haha yes sending now""",
    """Marketplace message thread — "Treadmill, barely used, $250"
Buyer: Hi is this still available?
Seller: Yes! Pick-up only.
Buyer: Great, I'm [[PERSON:Tamika]]. Could I come by Saturday morning?
Seller: Sure, I'm [[PERSON:Greg]]. Address is [[ADDRESS:3907 Maple Ridge Ct]], [[LOCATION:Naperville]]. Text me when you're close: [[PHONE_NUMBER:630-555-0191]]
Buyer: Will do. Can I pay by Zelle? My email for it is [[EMAIL_ADDRESS:tamika.jordan85@gmail.com]]""",
    """Grupo "Sub-10 Leones 🦁"
[[PERSON:Paola]]: Hola a todos! El torneo es el [[DATE_TIME:domingo 6 de abril]] en [[LOCATION:Zapopan]], hay que llegar 8:30
[[PERSON:Héctor Ibarra]]: Gracias [[PERSON:Pao]]. [[PERSON:Iker]] no puede, tiene fiebre 🤒
[[PERSON:Paola]]: Que se mejore! Para los que faltan pagar, la cuenta es CLABE [[ID_NUMBER:072180098765432103]] a nombre de [[PERSON:Paola Sánchez Rivera]]
[[PERSON:Lorena]]: Listo, ya transferí lo de [[PERSON:Santi]] 👍""",
]

LOOKALIKE = [
    """Shipment update: order #ORD-2024-118204 left the [[LOCATION:Reno]] fulfilment centre on 14/06. Tracking: 1Z 4F9 E12 03 8812 2049. Items: SKU KB-16-BLK (kettlebell, 16 kg) ×1, SKU YM-6MM-TEAL ×2. Firmware on the smart scale was updated from 10.4.2.17 to 10.4.3.2. Questions? Call 1-800-555-0199 or write to orders@ironforge-fitness.com. Delivery to: [[PERSON:Hollie Bramwell]].""",
    """Invoice INV-00488213 (issued 02/05/2025) — Northgate Veterinary Group, Jenner Road. VAT reg. GB 224 8810 93. Items: FeLV vaccine batch 4C2291, rabies vaccine batch RB-77120, consult code C-110. Practice line 01483 555 010, accounts@northgatevets.co.uk. Sort code 40-11-62. Payment due within 30 days.""",
    """The [[LOCATION:Sherman Oaks]] Little League field on Ventura Boulevard is named after Babe Ruth, like half the parks in the country, and this season's rulebook (ISBN 978-1-84794-620-1, 3rd edition) still cites the Tommy John surgery guidelines for pitch counts. Registration questions go to registrar@shermanoaksll.org or (818) 555-0100; coach contact for the Tigers is [[PERSON:Dana Whitlock]] at [[EMAIL_ADDRESS:dana.whitlock.tigers@gmail.com]].""",
    """Release notes v2.18.0.4 (build 8f3c2a1e9b). Fixed: crash when parsing dates like 31/12/1999 in import CSVs; IP-shaped version strings such as 192.168.0.1-beta no longer mis-sorted. Checksums: sha256 4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce. Device serial range SN-00A1-7781 to SN-00A1-7999 affected. Support: support@latticeworks.dev. Reported upstream by [[USERNAME:k-ostrowski]].""",
    """Reading list for the sports-science module: "Bannister's Four-Minute Mile" (ISBN 978-0-307-59417-4), "Parkinson's and Exercise" (ISBN 979-8-86912-448-7). Labs meet in the Florence Nightingale Building, room 2.14, off Wilberforce Road. Module code SPS-3021, CRN 44812. Office hours by appointment via the department mailbox, sportsci-office@uni-example.ac.uk. The module lead this year is [[PERSON:Dr. Temitope Adeyinka]].""",
    """Tu pedido MX-55012-2025 fue enviado desde el almacén de [[LOCATION:Tlalnepantla]]. Guía Estafeta 7110 2284 9912 3345 6601. Factura A-44081, serie FE. Producto: balón oficial Liga Juvenil, modelo LJ-5 (código 7501035911208). Atención a clientes: 800 123 4567 o contacto@deportesalameda.mx. Calle Benito Juárez esquina con Avenida Miguel Hidalgo.""",
    """Maintenance window: the club's booking system (v3.1.4.22) will be offline from 02:00 to 04:00 UTC on Sunday. Affected hosts: booking-api-03, booking-web-01. Ticket CHG-20931. During the outage, call the front desk on 020 7946 0000. Queries from [[PERSON:Mr. Lionel Ashworth]] about his locker have been forwarded to facilities@parkviewleisure.co.uk; he can be reached on [[PHONE_NUMBER:07700 900 127]].""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind91", STYLES, OUT)


if __name__ == "__main__":
    main()

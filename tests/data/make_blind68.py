"""Build tests/data/blind68.jsonl: a sixty-eighth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind68.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end of the file (the scaffolding, copied here), the whole of
gold_sets.py, and lines 1-64 of make_handwritten.py (conventions, the MARK
and TITLE_IN_NAME regexes, `parse()`). Not read: minimize/, recognizers/,
any other test, bench/, the README, any *.jsonl, any other make_*.py (the
records of make_blind22.py included), git history, log or status. The
detector, the bench and the tests were never run; only this script was run,
until it succeeded. Do not tune the detector against this set: once it has
been used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers (Visa, Mastercard,
Amex, Discover, Diners, and 19-digit Verve cards) pass Luhn and IBANs pass
mod-97 with the right length for their country (worked out with throwaway
code while writing, not generated here; `gold_sets.check` re-checks them).
National ids with a public check digit got a valid one the same way: NHS
numbers, Canadian SIN, Aadhaar (Verhoeff), South African ids (agreeing with
the person's sex and, where shown, birth date), Singapore NRIC, Irish PPSN,
Australian Medicare, Saudi Iqama; so did the look-alike ISBN-13s. Nigerian
NIN, BVN and voter ids, Ghana Card numbers, UK NI numbers, US SSNs, PAN,
Kenyan ids and KRA PINs, Philippine SSS numbers, Ugandan NINs, passports,
licences, plates, bank account numbers and staff, student, member and
patient numbers were not checked.

Styles (ids `blind68-<style>-NNN`; 240 records):
- `gen` (90): one to four LLM-style sentences with personal data woven in,
  with extra weight on church and community groups (harvest and welfare
  committees, ajo / susu / pardner savings groups, burial societies,
  residents' associations), school fees, small businesses and land and
  property disputes (omo-onile, stool lands, customary courts, boundary and
  deposit disputes), the rest spread over health, banking, insurance,
  telecoms, travel, HR, government services, gaming, social media, vets,
  gyms and deliveries; names at the start, middle and end, lowercase and
  possessive; ages, dates, addresses, phones and ids in many shapes.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd dense sentences with job titles, secondary addresses, IPs, MACs,
  user agents, cards with CVV and expiry, IBAN and BIC), gretel-pii-masking-
  en-v1 (claims, contracts, deeds, notices, medical, loan and enrolment
  forms, letters) and Nemotron-PII (JSON, log lines, SQL, XML, YAML, .env,
  HL7, code snippets, HTTP requests, tickets and forms).
- `table` (35): one small table per record (CSV, TSV, semicolon CSV, pipes
  and Markdown, ASCII box, fixed-width, JSON lines, JSON array, YAML,
  key: value blocks) with a header row (unlabeled) and three or four rows.
- `chat` (8): church and parents' WhatsApp groups, a bank support chat, a
  team chat, a landlord-tenant thread, a telecom support chat, Instagram
  DMs and a sports-club committee thread.
- `lookalike` (7): text full of non-PII that looks like PII (release notes,
  rider directions along streets named after people, ISBNs and SKUs, an
  invoice with company phone and role mailbox, medical eponyms, an asset
  inventory, a church bulletin) with the few real PII values labeled; the
  church bulletin has no PII at all.
About nine records in ten are in English (Nigeria, Ghana, the UK, the US,
Canada, Ireland, Australia, New Zealand, South Africa, Kenya, Uganda,
Zimbabwe, India, Singapore, the Philippines and other contexts, with names
from the many cultures living there); the remaining tenth is Nigerian
Pidgin English or English-language Nigerian and Ghanaian records dense with
Yoruba, Igbo, Hausa and Akan names and local words (owambe, aso ebi,
omo-onile, ajo, chale, Islamiyya).

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  family names used for a household; a possessive "'s" is outside;
  nicknames are PERSON. TITLE: honorifics and ranks attached to a name,
  labeled apart from it; job titles are not TITLE and family words stay
  outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names, secondary addresses given alone; city, district,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, payment, signature, letter ...) with a day or a month, in
  any shape, with a weekday or clock time said with them inside the span;
  not bare years, weekdays or times alone, relative days, durations, or
  dates not tied to a person (invoice, payment-due, release and statement
  dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion, ethnic or political group
  of a person.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, API keys, tokens and cookies, genders, job
  titles, user agents, MAC addresses, sort codes, BSB, IFSC, routing numbers
  and BIC / SWIFT codes, CVVs and expiries, PINs, order / ticket / claim /
  policy / booking / tracking / teller / case and suit references, company
  phone numbers and role mailboxes, company registration and VAT numbers,
  versions, hashes, serials, VINs, meter numbers, partial numbers ("ending
  4417"), pets, eponyms and brands named after people, streets named after
  people without a number, a header row.
- Calls made while writing this set: Chief, Alhaji, Alhaja, Malam, Pastor,
  Rev., Deacon, Deaconess, Elder, Father (a priest), Engr., Barr., Insp.,
  Miss and Nana (an Akan chief) before a name are TITLE; Brother / Bro.,
  Sister, Aunty, Uncle, Mama, Mam', Mummy and Baba stay outside as
  family or familiar words, and the name after them is PERSON (in "Mama
  Tunde" or "Tobi mummy" the child's name is PERSON); a title after a name
  in an airline record ("MENSAH/KWEKU MR") is TITLE too; a plot with its
  block in an estate or layout ("Plot 9, Block B") and a market shop number
  ("Shop C14") are ADDRESS, and a Ghana Post GPS digital address
  ("GA-184-7728") is ADDRESS; survey plans, certificates of occupancy and
  suit numbers are references and stay unlabeled; a sole trader's own
  mobile is PHONE_NUMBER while a company hotline is not; church envelope,
  tithe-card and burial-society numbers are member numbers (ID_NUMBER); an
  ethnic group or iwi of a person is NRP, but "Igbo" or "Catholic" inside an
  organisation's name is not; a log line's timestamp is DATE_TIME when the
  line records an identified person's own action (login, payment, signup,
  grade change, mail sent), like a "last login" field; every IP address is
  IP_ADDRESS, private ones included, but a CIDR range is not; in a table a
  "sex", "role", "dept", "class" or "status" column stays unlabeled, an "age"
  column is AGE, a "country", "state", "LGA" or "state of origin" column is
  LOCATION and a "nationality" or "iwi" column is NRP; a child's next
  vaccination due date is an appointment (DATE_TIME).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind68.jsonl")

GEN = [
    """Good evening brethren. The harvest thanksgiving committee will be chaired this year by [[TITLE:Deaconess]] [[PERSON:Comfort Adeyemi-Bakare]], and all pledges should be sent to her on [[PHONE_NUMBER:0803 441 7725]] so she can tick your name off the list.""",
    """[[PERSON:Mrs. Oluwakemi Fashola]] paid the second-term fees for her twins, [[PERSON:Kehinde]] and [[PERSON:Taiwo]], on [[DATE_TIME:9 January 2024]], yet the bursar's portal still shows a balance of ₦87,500 against admission number [[ID_NUMBER:GSS/2019/0412]].""",
    """The children of the late [[PERSON:Joseph Nnaemeka Okonkwo]] insist that the plot at [[ADDRESS:No. 7 Umuezeala Road]], [[LOCATION:Nnewi]], was never sold to [[PERSON:Mr. Chidi Anozie]], who says he bought it from their father in [[DATE_TIME:March 2011]] and has a receipt signed by him.""",
    """Na [[PERSON:Bukola]] from Bukky Small Chops be this o! We dey do small chops, puff-puff and asun for birthday and owambe for [[LOCATION:Ikorodu]] and environs. Call or WhatsApp me for [[PHONE_NUMBER:0806 552 1190]], no dull yourself.""",
    """At the residents' association meeting, [[PERSON:Mr. Tetteh]] of [[ADDRESS:House No. 14, 3rd Okine Close]], [[LOCATION:Adenta]], complained that his neighbour [[PERSON:Kojo Boakye-Ansah]] had built his wall two feet into his compound, and the secretary, [[PERSON:Efua]], was asked to write to the Lands Commission on his behalf.""",
    """Our small group meets at the [[PERSON:Hendersons]]' place, [[ADDRESS:4418 Larkspur Lane]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75024]], every other Thursday. If you're new, text [[PERSON:Marisol]] at [[PHONE_NUMBER:972-316-0847]] and she'll add you to the prayer chain.""",
    """Hi, I'm writing about my son [[PERSON:Ayaan Chaudhry]] in Year 9 (pupil ID [[ID_NUMBER:HW-77314]]). We set up the termly instalment plan on [[DATE_TIME:2nd September]] but the first direct debit from my account [[ID_NUMBER:41839207]] bounced. Please call me on [[PHONE_NUMBER:07912 448306]]. Thanks, [[PERSON:Rubina Chaudhry]]""",
    """The boundary dispute between [[PERSON:Gerald Mayhew]] and his neighbor [[PERSON:Dolores Quintanilla]] over the fence line behind [[ADDRESS:2207 Old Mill Road]] goes to mediation on [[DATE_TIME:April 16, 2025 at 1:30 p.m.]]; [[PERSON:Ms. Quintanilla]]'s surveyor says the corner pin was moved sometime after she bought the lot in [[DATE_TIME:June 2009]].""",
    """[[PERSON:Wanjiru Kamau]], [[AGE:34]], runs a tailoring kiosk in [[LOCATION:Githurai]] and pays for her county business permit through M-Pesa from [[PHONE_NUMBER:0722 604 318]]; her KRA PIN is [[ID_NUMBER:A004417293M]].""",
    """Church people, abeg make una remember say Brother [[PERSON:Emeka Obi]] wedding na this [[DATE_TIME:Saturday, 14th June]] for St. Paul's Anglican Church, [[LOCATION:Awka]]. Anybody wey wan contribute for the aso ebi fit send am give [[PERSON:Chinwe]] for [[PHONE_NUMBER:0813 220 9461]].""",
    """G'day, it's [[PERSON:Liam O'Rourke]]. I've moved from [[ADDRESS:12/48 Beaconsfield Parade]], [[LOCATION:St Kilda]] to [[ADDRESS:7 Wattle Grove]], [[LOCATION:Ballarat]] [[LOCATION:VIC]] [[ZIP_CODE:3350]] as of [[DATE_TIME:1 March]], so please update my Medicare details (card no. [[ID_NUMBER:2953 41761 2]]).""",
    """My father [[PERSON:Ramesh Iyer]] (age [[AGE:71]]) had his cataract surgery at Sankara Eye Hospital on [[DATE_TIME:12-08-2024]]; the claim filed under his Aadhaar [[ID_NUMBER:4862 0917 3357]] was rejected without a reason. Please advise on [[PHONE_NUMBER:+91 98450 27113]].""",
    """can someone tell [[PERSON:ifeoma]] that the ajo contribution for this month is ₦20,000 and she should pay into [[PERSON:ngozi]]'s access bank account [[ID_NUMBER:0692217834]], not mine""",
    """Dear Parent, our records show that the fees for [[PERSON:Nana Ama Serwaa Owusu]] (Form 2 Science, index no. [[ID_NUMBER:0040918223]]) remain unpaid. Kindly pay at any GCB branch and bring the slip to the accounts office. For enquiries call the housemistress, [[PERSON:Mrs. Abena Darkwa]], on [[PHONE_NUMBER:024 773 1902]].""",
    """[[PERSON:Harjit Sandhu]] says her landlord, [[PERSON:Mr. Desmond Quaye]], kept the whole £1,150 deposit when she moved out of [[ADDRESS:Flat 3, 61 Cranbrook Road]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 4PU]] on [[DATE_TIME:31/07/2023]], and that it was never protected in a scheme.""",
    """[[TITLE:Alhaji]] [[PERSON:Sani Abdullahi Danbatta]], who was elected chairman of the [[LOCATION:Sabon Gari]] traders' cooperative on [[DATE_TIME:Friday 7 March]], has asked members with outstanding dues to see the secretary, [[PERSON:Hauwa Lawal]], or call her on [[PHONE_NUMBER:0803 619 2274]].""",
    """[[PERSON:Tomasz Wiśniewski]] registered his renovation business as a sole proprietorship on [[DATE_TIME:Feb. 3, 2022]] and gave his SIN, [[ID_NUMBER:519 203 780]], for the HST account; mail goes to [[ADDRESS:1150 Eglinton Ave W, Unit 8]], [[LOCATION:Mississauga]], [[LOCATION:ON]] [[ZIP_CODE:L5V 1M3]].""",
    """Customer care, na [[PERSON:Ikechukwu Nwosu]] dey talk. I send ₦45,000 from my GTB account [[ID_NUMBER:0123856471]] for the generator since [[DATE_TIME:Monday 3rd]], una never deliver am reach [[ADDRESS:5 Ogui Road]], [[LOCATION:Enugu]]. Call me for [[PHONE_NUMBER:08035527614]] abeg.""",
    """[[PERSON:Ma. Cristina Dela Peña]], [[AGE:42]], who runs a sari-sari store in [[LOCATION:Barangay San Isidro]], [[LOCATION:Antipolo]], applied for the microloan using her SSS number [[ID_NUMBER:34-5617829-4]] and her mobile, [[PHONE_NUMBER:0917 842 3306]].""",
    """[[TITLE:Father]] [[PERSON:Declan Moriarty]] will celebrate the funeral Mass for [[PERSON:Bridget]] ([[PERSON:Bridie]]) [[PERSON:Fahy]], late of [[ADDRESS:Cloonfush House]], [[LOCATION:Tuam]], [[LOCATION:Co. Galway]], on [[DATE_TIME:Wednesday 11th December at 11am]]. House private on the morning of the funeral, please.""",
    """[[TITLE:Malam]] [[PERSON:Yusuf Garba]], the Islamiyya teacher, is collecting ₦3,500 per child for the new term; parents in [[LOCATION:Tudun Wada]] can pay him after Asr prayer or send it to [[PHONE_NUMBER:0706 114 8823]] with the child's name.""",
    """Just a reminder that [[PERSON:Jaylen]]'s tuition balance at St. Brendan Academy ($1,240) is still open. The parent portal login is [[USERNAME:kwashington82]] if you want to check it yourself. [[PERSON:Keisha Washington]], [[PHONE_NUMBER:(404) 719-3382]]""",
    """The land claim lodged by [[PERSON:Nomvula Dlamini]] (ID [[ID_NUMBER:9509270314082]]) over the family plot in [[LOCATION:KwaMashu]] says her late grandfather, [[PERSON:Jabulani Dlamini]], received his permission-to-occupy certificate on [[DATE_TIME:14 August 1972]].""",
    """hiya, [[PERSON:Dapo]] here from the barbershop at [[ADDRESS:212 Rye Lane]], [[LOCATION:Peckham]]. card machine's down so if you're paying for [[PERSON:Remi]]'s cut just transfer to me direct, sort code 20-45-17, account [[ID_NUMBER:63309184]]""",
    """Mummy [[PERSON:Chisom]], dem don pursue [[PERSON:Daniel]] comot for school again today say him never pay PTA levy, but I pay am for bank on [[DATE_TIME:12/02/2025]]. Teller number na 004417, abeg show the bursar. Uncle [[PERSON:Fidelis]]""",
    """[[PERSON:Lim Wei Jie]], NRIC [[ID_NUMBER:S8823417J]], signed the tenancy agreement for the HDB flat at [[ADDRESS:Blk 214 Bishan Street 23, #09-117]], [[LOCATION:Singapore]] [[ZIP_CODE:570214]] on [[DATE_TIME:2 May 2024]].""",
    """[[TITLE:Pastor]] [[PERSON:Otieno]]'s wife, [[PERSON:Grace Achieng Otieno]], coordinates the women's fellowship this year, and you can send your harambee contribution straight to her M-Pesa, [[PHONE_NUMBER:0711 528 004]].""",
    """Pardner hand update: [[TITLE:Miss]] [[PERSON:Hyacinth Campbell]] is banker this round. Draw order is [[PERSON:Winston]] first on [[DATE_TIME:the 5th of May]], then [[PERSON:Delroy]], then [[PERSON:Paulette]]. Hands are £50 a week, pay her at [[ADDRESS:33 Ferndale Road]], [[LOCATION:Brixton]].""",
    """Chale, [[PERSON:Kwabena]] say he no go pay the land guards again. The plot wey he buy for [[LOCATION:Kasoa]] from [[PERSON:Nii Adjetey Ankrah]] get two indentures, so make we see lawyer first. His number be [[PHONE_NUMBER:0244 180 773]].""",
    """[[PERSON:Dilnoza Rakhimova]] opened her bakery, Samarkand Bread Co., at [[ADDRESS:88-02 Queens Blvd]], [[LOCATION:Elmhurst]], [[LOCATION:NY]] [[ZIP_CODE:11373]] on [[DATE_TIME:October 14, 2023]], and listed her personal email, [[EMAIL_ADDRESS:dilnoza.rakhimova@gmail.com]], on the city permit.""",
    """Patient [[PERSON:Adaeze Okoro]], DOB [[DATE_TIME:03/11/1991]], NHS number [[ID_NUMBER:485 777 3201]], attended the sickle cell clinic on [[DATE_TIME:Tues 18 Feb 2025, 09:40]] with her mother.""",
    """i'm so done with [[PERSON:kofi]]'s landlord. he keeps saying we owe three months but [[PERSON:kofi]] has every single receipt since [[DATE_TIME:january]]""",
    """Kia ora, I'm [[PERSON:Aroha Ngata]], treasurer of the [[LOCATION:Ōtara]] kapa haka group. Koha for the regional competition can go to my ASB account [[ID_NUMBER:12-3011-0458823-00]]; please put your whānau name as the reference.""",
    """On [[DATE_TIME:22 June 2024]], [[PERSON:Mr. Babajide Olatunji]], [[AGE:58]], of [[ADDRESS:17 Aare Avenue]], [[LOCATION:New Bodija]], [[LOCATION:Ibadan]], reported that floodwater had damaged the stock in his pharmacy; his policy covers contents only up to ₦5 million.""",
    """The parish in [[LOCATION:Dagenham]] is collecting for Sister [[PERSON:Bimpe Ajayi]], whose husband passed on [[DATE_TIME:3rd January]]. Donations can go to her account, [[IBAN_CODE:GB66HBUK40127661904523]], or hand cash to [[TITLE:Pastor]] [[PERSON:Femi]] after second service.""",
    """I ported my number [[PHONE_NUMBER:+233 20 155 8843]] from Vodafone to MTN on [[DATE_TIME:5/9/24]] and now I can't receive MoMo at all. Ghana Card [[ID_NUMBER:GHA-714382095-6]], name [[PERSON:Selorm Kwaku Agbeko]].""",
    """The civil suit filed by [[PERSON:Lakshmi Narayanan]] against her brother-in-law [[PERSON:S. Venkatesh]] over the ancestral house at [[ADDRESS:No. 24, 2nd Cross, Gandhi Nagar]], [[LOCATION:Vellore]] [[ZIP_CODE:632006]] will be heard on [[DATE_TIME:19.03.2025]].""",
    """[[PERSON:Connor]] at the front desk froze [[PERSON:Jess Whitaker]]'s membership (no. [[ID_NUMBER:PF-3318274]]) from [[DATE_TIME:1 Dec]] to [[DATE_TIME:15 Jan]] while she recovers from knee surgery.""",
    """Make I yarn una: [[PERSON:Aisha]] wey dey sell fabric for Balogun Market no be fake person. I don dey buy from am since [[DATE_TIME:December 2021]] and she sabi deliver. Her WhatsApp na [[PHONE_NUMBER:+2349093104482]] and her IG na @[[USERNAME:aishas_fabrics_lagos]].""",
    """[[PERSON:Thandiwe Mokoena]] brought Bheki in for his boosters on [[DATE_TIME:Saturday 8 March]]; please email the vaccination certificate to [[EMAIL_ADDRESS:thandi.mokoena@webmail.co.za]] and bill the account under her cell number, [[PHONE_NUMBER:082 553 9014]].""",
    """The Igbo Union of Calgary welcomes [[PERSON:Dr. Obiageli Nwankwo]], who moved here from [[LOCATION:Port Harcourt]] in [[DATE_TIME:August]]. She will lead the youth cultural programme, and you can reach her at [[EMAIL_ADDRESS:obiageli.nwankwo@outlook.com]].""",
    """Passenger [[PERSON:Kwame Asante Boateng]], passport [[ID_NUMBER:G2857731]], [[NRP:Ghanaian]], born [[DATE_TIME:12 Nov 1979]], travelling [[LOCATION:Accra]] to [[LOCATION:London]] on [[DATE_TIME:27 December]], has requested a wheelchair on arrival.""",
    """Welcome aboard, [[PERSON:Siobhán Ní Bhriain]]! Your start date is [[DATE_TIME:Monday 6 January 2025]]. Payroll will need your PPS number ([[ID_NUMBER:6437129S]]) and your IBAN ([[IBAN_CODE:IE85AIBK93115224630981]]) by Friday.""",
    """[[TITLE:Chief]] [[PERSON:Adekunle Ogundimu]] told the tribunal that the omo-onile group led by one [[PERSON:Rasaki]] demanded ₦2.5 million as "foundation money" before he could build on his land at [[ADDRESS:Plot 9, Block B, Abraham Adesanya Estate]], [[LOCATION:Ajah]], which he bought on [[DATE_TIME:18/05/2018]].""",
    """someone made a fake profile with my pictures, the link is [[URL:https://www.facebook.com/chiamaka.eze.5036]]. the real me is [[PERSON:Chiamaka Eze]] and my own page is [[URL:facebook.com/chiamaka.u.eze]], please report it""",
    """Financial aid note: [[PERSON:Esperanza Villalobos]] (student ID [[ID_NUMBER:900418273]]) will have her spring tuition hold lifted once her mother, [[PERSON:Rocío]], signs the Parent PLUS form; [[PERSON:Rocío]]'s SSN ends in 4417 on the file.""",
    """Spaza owner [[PERSON:Sipho Ndlovu]] of [[ADDRESS:1187 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]] has applied for the township enterprise grant with ID number [[ID_NUMBER:7611035088084]] and cell [[PHONE_NUMBER:+27 71 448 2290]].""",
    """[[TITLE:Rev.]] [[PERSON:Ebenezer Kofi Amoah]] will officiate the marriage of [[PERSON:Yaw Ofori]] and [[PERSON:Akua Mensah]] on [[DATE_TIME:Saturday, 26th April 2025 at 10:00 a.m.]] at Wesley Chapel, [[LOCATION:Cape Coast]]. Kindly RSVP to [[PERSON:Akua]]'s sister [[PERSON:Esi]] on [[PHONE_NUMBER:055 918 2247]].""",
    """Hello, my name is [[PERSON:Oluwaseun Babatunde Adeyemi]]. My BVN is [[ID_NUMBER:22184759031]] and someone withdrew ₦350,000 from my account [[ID_NUMBER:2084471930]] with a card ending 8841 on [[DATE_TIME:14 Feb at 11:52pm]] while I was asleep.""",
    """[[PERSON:Nguyen Thi Lan]] and [[PERSON:Tran Van Minh]] are disputing who owns the granny flat at the back of [[ADDRESS:56 Railway Parade]], [[LOCATION:Cabramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2166]] since they separated on [[DATE_TIME:30/06/2022]].""",
    """Abeg una no send money to any [[PERSON:Musa Ibrahim]] wey dey call from [[PHONE_NUMBER:0909 552 7781]] say him be landlord for the self-contain for [[LOCATION:Lugbe]]. Na scam, my sister don lose ₦400k.""",
    """Prescription for [[PERSON:Farida Hussain]], [[AGE:67]], of [[ADDRESS:9 Oak Terrace]], [[LOCATION:Bradford]] [[ZIP_CODE:BD8 7QL]]: metformin 500 mg, ready for her to collect after [[DATE_TIME:3pm on 12 March]].""",
    """[[PERSON:Mwangi]], your daughter [[PERSON:Wairimu]]'s Form 3 fees balance is KSh 18,400. Pay via the school paybill using her admission number [[ID_NUMBER:ADM4417]] as the account before she reports back on [[DATE_TIME:6th January]].""",
    """Plot 14 in the community garden goes to [[PERSON:Hamid Rahimi]] this season; his spot off the waitlist was confirmed on [[DATE_TIME:3/2/2025]]. Reach him at [[EMAIL_ADDRESS:hrahimi.garden@yahoo.com]] or [[PHONE_NUMBER:612.408.3391]].""",
    """tell auntie [[PERSON:funmi]] the tailor in [[LOCATION:surulere]] that [[PERSON:yemisi]] will come for the aso ebi on [[DATE_TIME:friday the 21st]], she should not give it to anybody else""",
    """[[PERSON:Chinedu Okafor]], a [[NRP:Nigerian]] national, was granted a Health and Care Worker visa on [[DATE_TIME:4 April 2023]]; his BRP number is [[ID_NUMBER:ZX4417829]] and his National Insurance number is [[ID_NUMBER:SN 82 41 77 C]].""",
    """The [[LOCATION:Gbawe]] stool has written to [[PERSON:Mr. Emmanuel Tetteh Quarshie]] of [[ADDRESS:GA-184-7728]] asking him to produce the lease he says he signed on [[DATE_TIME:2nd March 2016]], failing which his block wall will be pulled down.""",
    """I sell candles on Etsy as [[USERNAME:wickandwhimsy_jo]]. My name is [[PERSON:Joanna Przybylski]] and my shop payouts go to the card [[CREDIT_CARD:4716 2093 5581 4421]], which the bank has just frozen for no reason.""",
    """Our youth coordinator, [[PERSON:Jerome Villanueva]], [[AGE:29]], will drop off the confirmation forms for [[PERSON:Angelica]] and [[PERSON:Mark Anthony Reyes]] at the rectory; their baptismal dates are [[DATE_TIME:08/15/2009]] and [[DATE_TIME:11/02/2011]].""",
    """Na [[PERSON:Uchenna Okeke]] I be, I dey write this one as evidence. On [[DATE_TIME:17 March 2024]] [[PERSON:Okezie]] and him brothers come my land for [[LOCATION:Umuahia]] with cutlass, dem say na their papa land. I don report for police, my number na [[PHONE_NUMBER:0805 771 3049]].""",
    """Booking under [[PERSON:Fatima Zahra El Idrissi]]: check-in [[DATE_TIME:Thu 3 July]], check-out [[DATE_TIME:Sun 6 July]]. Guest asked for a quiet room away from the lift and paid with the Amex [[CREDIT_CARD:3759 104821 66326]].""",
    """Payroll query: [[PERSON:Halima Bello Yakubu]], staff no. [[ID_NUMBER:FMC/ABK/4471]], says her March salary went to her old Zenith account [[ID_NUMBER:2210448371]] instead of the new one she submitted on [[DATE_TIME:26-02-2025]].""",
    """The driver couldn't find [[ADDRESS:Unit 4B, 19 Marlowe Court]], [[LOCATION:Dartford]]. The customer, [[PERSON:Priscilla Mensah-Bonsu]], says to ring her on [[PHONE_NUMBER:07451 902 337]] and leave the parcel with the neighbour if she's out.""",
    """Player [[USERNAME:NaijaSniper_007]] (real name [[PERSON:Tobiloba Akinola]], email [[EMAIL_ADDRESS:tobi.akinola07@gmail.com]]) was banned on [[DATE_TIME:2024-11-30]] after logging in from [[IP_ADDRESS:102.89.47.213]] and [[IP_ADDRESS:102.89.47.219]] at the same time.""",
    """[[PERSON:Yewande Alake-Coker]] enrolled for her NIN at the [[LOCATION:Ikeja]] centre on [[DATE_TIME:5th August 2022]]; the slip shows NIN [[ID_NUMBER:71045382619]] and tracking ID 8JK2P47QW0T. She now lives at [[ADDRESS:23B Oduduwa Crescent]], [[LOCATION:GRA]], [[LOCATION:Ikeja]].""",
    """Counsel for [[PERSON:Mrs. Grace Onyinyechi Ukaegbu]], [[TITLE:Barr.]] [[PERSON:Tochukwu Ani]], argued that the sale of the duplex at [[ADDRESS:12 Chime Avenue]], [[LOCATION:New Haven]], [[LOCATION:Enugu]] by her late husband's brother on [[DATE_TIME:9 September 2020]] was void because she never consented to it.""",
    """Refund request from [[PERSON:Brendan Kowalczyk]], [[PHONE_NUMBER:+1 (204) 481-0193]]: the toaster arrived broken at [[ADDRESS:88 Lipton Street]], [[LOCATION:Winnipeg]], [[LOCATION:MB]] [[ZIP_CODE:R3G 2G6]], and he'd like the money back on the Mastercard he used rather than store credit.""",
    """Pastor don announce say choir rehearsal don move to Thursday. Anybody wey wan join make e call Bro. [[PERSON:Kunle Adebisi]] for [[PHONE_NUMBER:0817 992 3105]] or check am for him house, [[ADDRESS:No 4 Olowu Street]], [[LOCATION:Agege]].""",
    """[[PERSON:Daniel Mwale]] and [[PERSON:Ruth Banda-Mwale]] signed the mortgage offer on [[DATE_TIME:28 Oct 2024]] for [[ADDRESS:14 Kestrel Way]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK4 3FZ]]; the deposit came out of [[PERSON:Ruth]]'s ISA.""",
    """[[PERSON:kwesi]] pls remind [[PERSON:akosua]] that [[PERSON:adjoa]]'s school fees for wesley girls must be paid before she reports on [[DATE_TIME:14th sept]]. just put her name and index no. [[ID_NUMBER:0210774508]] on the pay-in slip""",
    """I'd like to send £2,000 to my brother [[PERSON:Femi Akinyemi]] in [[LOCATION:Rotterdam]]; his IBAN is [[IBAN_CODE:NL79RABO3301298864]] and the BIC is RABONL2U. My account is in the name of [[PERSON:Olabisi Akinyemi]], date of birth [[DATE_TIME:4 April 1985]].""",
    """Electricity customer [[PERSON:Abdulrahman Sule]] (meter no. 45011872236, account [[ID_NUMBER:0141/09/8830-01]]) of [[ADDRESS:House 17, Sultan Road]], [[LOCATION:Kaduna]] is disputing the estimated bill for January, which is three times his usual.""",
    """met [[PERSON:kofi]] on hinge, he said he's [[AGE:31]] and lives in [[LOCATION:peckham]] but his insta [[USERNAME:kofi.builds]] says he's been in [[LOCATION:accra]] since [[DATE_TIME:november]] lol""",
    """The [[LOCATION:Oyo State]] scholarship board has shortlisted [[PERSON:Ifeoluwa Ogunleye]] (JAMB reg. no. [[ID_NUMBER:20234417829FA]]) for the bursary; her interview is on [[DATE_TIME:Wednesday 16 July, 10:00]] in [[LOCATION:Ibadan]].""",
    """Block party sign-up so far: [[PERSON:Ray]] and [[PERSON:Lorraine Dubois]] at [[ADDRESS:117 Magnolia St]] are bringing the grill, and [[PERSON:Mrs. Okonjo]] from [[ADDRESS:121 Magnolia St]] is doing jollof. Call [[PERSON:Lorraine]] at [[PHONE_NUMBER:504-291-7736]] with questions.""",
    """[[PERSON:Ama Korkor Tetteh]]'s TIN is [[ID_NUMBER:P0012874419]] and she files as a sole trader (hair salon) from [[ADDRESS:Shop 6, Kaneshie Market Complex]], [[LOCATION:Accra]].""",
    """The family of the late [[TITLE:Elder]] [[PERSON:Matthew Adegoke Ojo]] (JP), who died on [[DATE_TIME:2nd November 2024]] aged [[AGE:84]], announce that the service of songs will hold at his residence, [[ADDRESS:15 Ojo Street]], [[LOCATION:Ilesa]], on [[DATE_TIME:Thursday 12th December 2024]].""",
    """Claimant [[PERSON:Gurpreet Kaur Gill]] says the other driver, [[PERSON:Steven Achterberg]], reversed into her Corolla (plate [[ID_NUMBER:CJXR 471]]) in a parking lot in [[LOCATION:Brampton]] on [[DATE_TIME:Jan 22]]. His licence number is [[ID_NUMBER:A1824-77310-60412]].""",
    """[[PERSON:Blessing]] talk say the proprietress for Bright Future Nursery and Primary, [[PERSON:Mrs. Akpan]], don increase school fees from ₦35k to ₦60k, and anybody wey no pay before resumption go carry him pikin go house.""",
    """[[PERSON:Achieng Odhiambo]], [[AGE:27]], ID [[ID_NUMBER:31447820]], was admitted to the maternity ward of the county referral hospital in [[LOCATION:Kisumu]] on [[DATE_TIME:11/04/2025 at 02:15]]; her NHIF member number is [[ID_NUMBER:R0044172]].""",
    """[[PERSON:Pádraig Ó Súilleabháin]] claims a right of way across the field at the back of [[ADDRESS:Rose Cottage]], [[LOCATION:Kilmihil]], [[LOCATION:Co. Clare]] [[ZIP_CODE:V15 X2K7]], which has belonged to [[PERSON:Noreen Costello]] since [[DATE_TIME:May 1998]].""",
    """Abeg MTN, my line [[PHONE_NUMBER:0703 551 2086]] don block since I do SIM swap on [[DATE_TIME:Friday 9th May]]. Name na [[PERSON:Abdullahi Musa Kwari]], NIN [[ID_NUMBER:38104462975]]. Una help me.""",
    """[[PERSON:Kwadwo Antwi]] and his wife [[PERSON:Gifty]] are behind the new Ghanaian takeout at [[ADDRESS:2450 Kingsway]], [[LOCATION:Vancouver]]; [[PERSON:Kwadwo]], [[AGE:46]], drove for Uber for six years and paid the first month's rent out of his TFSA.""",
    """[[TITLE:Deacon]] [[PERSON:Kim Sung-ho]] is organizing rides to the Thanksgiving service this year; call him at [[PHONE_NUMBER:(213) 384-6612]] or email [[EMAIL_ADDRESS:sunghokim.la@naver.com]] and give him your pickup address.""",
    """The customary court in [[LOCATION:Ikot Ekpene]] don fix [[DATE_TIME:3rd July]] for the land matter between [[PERSON:Iquo Etim]] and her late husband people, and her lawyer say make she bring the survey plan.""",
    """Library card [[ID_NUMBER:21982004417738]] belongs to [[PERSON:Hoang Bao Chau]], [[ADDRESS:3341 SE Division St, Apt 12]], [[LOCATION:Portland]], [[LOCATION:OR]] [[ZIP_CODE:97202]]; her fines were waived on [[DATE_TIME:Jan. 5]] by [[PERSON:Margaret]] at the desk.""",
    """Assalamu alaikum. Please help [[PERSON:Zainab Umar Kabir]], a [[AGE:19]]-year-old student at ABU Zaria, raise her final-year fees. Her father, [[TITLE:Malam]] [[PERSON:Umar Kabir]], passed away on [[DATE_TIME:12 Ramadan]]. Donations to her First Bank account: [[ID_NUMBER:3084412759]].""",
    """Cover letter from [[PERSON:Adwoa Serwaa Mensah]], [[ADDRESS:P.O. Box KS 1187]], [[LOCATION:Kumasi]], tel. [[PHONE_NUMBER:+233 (0)32 202 4418]], applying for the post of bursar advertised on 3 March.""",
    """The quiet-title action over the forty acres off County Road 12 in [[LOCATION:Sumter County]], [[LOCATION:Alabama]], pits [[PERSON:Willie Mae Pettaway]]'s heirs against a timber company; [[PERSON:Ms. Pettaway]] died without a will on [[DATE_TIME:September 9, 1987]].""",
    """Landlord [[TITLE:Alhaji]] [[PERSON:Bashir]] don lock [[PERSON:Nkechi]] shop for [[ADDRESS:Shop C14, Wuse Market]], [[LOCATION:Abuja]] say she owe two months. She don pay ₦180k on [[DATE_TIME:2/4/2025]], yet e no gree open am.""",
]

BENCH = [
    """Dear [[PERSON:Mx. Adaeze Nwachukwu-Bello]], following the review meeting on [[DATE_TIME:11/08/2023]], your appointment as Senior Branding Strategist is confirmed. Kindly update your payroll IBAN [[IBAN_CODE:GB19MIDL40052290617734]] (BIC MIDLGB22) before the next cycle.""",
    """Attention [[PERSON:Ikenna]]: the Forward Operations Associate portal flagged a sign-in from [[IP_ADDRESS:197.210.54.18]] with Mozilla/5.0 (Linux; Android 13; TECNO KJ7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36. If this wasn't you, change the password Ik3nna#2023 and call [[PHONE_NUMBER:+234 802 771 4093]].""",
    """Hi [[PERSON:Evangeline]], your mindfulness session with [[PERSON:Dr. Okwuosa]] is booked for [[DATE_TIME:March 4th, 2024 at 6:15 PM]]. We'll only charge the card on file (**** 4417, exp 09/26) if you miss it without notice.""",
    """[[PERSON:Mohammed Al-Sayegh]], male, [[AGE:38]], of [[ADDRESS:Villa 27, Street 14]], [[LOCATION:Al Barsha 2]], [[LOCATION:Dubai]], transferred AED 12,500 from [[IBAN_CODE:AE210330260418837155024]] to his nephew [[PERSON:Tariq]] on [[DATE_TIME:2023-12-02]].""",
    """Account holder: [[PERSON:Jacqueline Ferreira-Hughes]]. Card [[CREDIT_CARD:5299 1847 6203 3117]], CVV 482, exp. 11/27. Billing address: [[ADDRESS:Flat 2, 4 Chancery Mews]], [[LOCATION:Cheltenham]], [[LOCATION:Gloucestershire]] [[ZIP_CODE:GL50 3PX]]. Registered device MAC 3C:22:FB:91:0A:7E.""",
    """The Internal Mobility Coordinator, [[PERSON:Kelechi Obiora Anyanwu]], badged in at [[ADDRESS:221 Herbert Macaulay Way, Suite 4]], [[LOCATION:Yaba]], on [[DATE_TIME:2022-07-19 08:03]] using employee ID [[ID_NUMBER:EMP-0093418]]; his VPN username is [[USERNAME:kanyanwu_yaba]].""",
    """Greetings [[PERSON:Mrs. Saoirse Kavanagh]], as Legacy Accountability Liaison for [[LOCATION:County Kildare]] you are asked to confirm your secondary address [[ADDRESS:Apt. 5B]], [[ADDRESS:19 Moorfield Terrace]], [[LOCATION:Newbridge]], [[ZIP_CODE:W12 Y6F4]]. Reply from [[EMAIL_ADDRESS:s.kavanagh1984@eircom.net]].""",
    """Transaction alert for [[PERSON:Nnamdi]]: NGN 84,200.00 debited via Verve card [[CREDIT_CARD:5061 0412 3388 7410 525]] at a POS terminal in [[LOCATION:Onitsha]] on [[DATE_TIME:05-Jun-2024 14:27]]. Not you? Call 0700 225 5000 immediately.""",
    """[[PERSON:Haruto Yamamoto]], [[AGE:52]], Principal Quality Engineer, joined the webinar from [[LOCATION:Osaka]] over IPv6 [[IP_ADDRESS:240b:10:2a40:8900:d9c1:6e3f:ab12:7c05]]; his Diners card [[CREDIT_CARD:3056 930902 5904]] was billed ¥4,800.""",
    """Hello [[PERSON:Pedro Gallardo]], the Customer Directives Producer role requires your SSN [[US_SSN:529-41-0086]] and your Illinois driver's license [[US_DRIVER_LICENSE:K415-7723-9904]] before your start date, [[DATE_TIME:5/14]].""",
    """CLAIM FORM - Homeowner's Policy HO-5518207
Insured: [[PERSON:Olumide Adebayo Bankole]]
Property: [[ADDRESS:39 Sandringham Drive]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 6RT]]
Date of loss: [[DATE_TIME:14/01/2025]]
Description: Burst pipe in loft flooded the kitchen ceiling. Insured was away; neighbour [[PERSON:Mrs. Pauline Ashworth]] ([[PHONE_NUMBER:0116 270 4418]]) noticed water at 07:30 and shut off the stopcock.
Settlement account: [[IBAN_CODE:GB49LOYD30964172258830]]""",
    """LOAN APPLICATION SUMMARY
Applicant: [[PERSON:Chukwuemeka J. Eze]]; Co-applicant: [[PERSON:Adanna Eze]] (spouse)
DOB: [[DATE_TIME:22 Oct 1983]] / [[DATE_TIME:7 Jul 1986]]
Residence: [[ADDRESS:1402 Wyndham Hill Ct]], [[LOCATION:Upper Marlboro]], [[LOCATION:MD]] [[ZIP_CODE:20774]]
SSN (applicant): [[US_SSN:231-70-4458]]
Employer: county public schools (teacher), annual income $71,400
Purpose: $18,000 roof replacement. Routing no. 052001633, checking account [[ID_NUMBER:4471902286]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Abena Oforiwaa Nkansah]]    MRN: [[ID_NUMBER:KBTH-0774192]]
Age/Sex: [[AGE:63]]/F
Admitted: [[DATE_TIME:02/03/2025]]    Discharged: [[DATE_TIME:09/03/2025]]
Diagnosis: Hypertensive urgency; type 2 diabetes mellitus.
Follow-up: Medical OPD with [[PERSON:Dr. K. Sarpong]] on [[DATE_TIME:23/03/2025]].
Next of kin: [[PERSON:Kofi Nkansah]] (son), [[PHONE_NUMBER:+233 24 418 7730]]""",
    """{"customer_id": "[[ID_NUMBER:C-448172]]", "first_name": "[[PERSON:Folasade]]", "last_name": "[[PERSON:Ogunbiyi]]", "dob": "[[DATE_TIME:1987-02-14]]", "phone": "[[PHONE_NUMBER:+44 7723 118904]]", "email": "[[EMAIL_ADDRESS:fola.ogunbiyi@btinternet.com]]", "address": {"street": "[[ADDRESS:58 Coldharbour Lane]]", "city": "[[LOCATION:London]]", "postcode": "[[ZIP_CODE:SE5 9NR]]"}, "card_last4": "9055", "blood_type": "O+", "loyalty_tier": "gold"}""",
    """[[DATE_TIME:2024-03-11T09:14:22Z]] INFO auth.login success user=[[USERNAME:chidi.okafor]] src_ip=[[IP_ADDRESS:41.58.112.7]] ua="okhttp/4.9.3" device=SM-A146P
[[DATE_TIME:2024-03-11T09:14:25Z]] WARN mfa.sms sent to=[[PHONE_NUMBER:+2348034417920]] user=[[USERNAME:chidi.okafor]]
[[DATE_TIME:2024-03-11T09:15:02Z]] INFO wallet.transfer amount=150000 currency=NGN from=[[ID_NUMBER:0034418822]] to=[[ID_NUMBER:2219047736]] status=OK""",
    """INSERT INTO patients (mrn, first_name, last_name, dob, ssn, phone, zip) VALUES ('[[ID_NUMBER:MRN-20048817]]', '[[PERSON:Darnell]]', '[[PERSON:Whitfield]]', '[[DATE_TIME:1979-06-02]]', '[[US_SSN:412-83-7719]]', '[[PHONE_NUMBER:(317) 846-2290]]', '[[ZIP_CODE:46218]]');""",
    """<employee>
  <staffId>[[ID_NUMBER:NG-HR-20931]]</staffId>
  <fullName>[[PERSON:Hadiza Abubakar Shehu]]</fullName>
  <dateOfBirth>[[DATE_TIME:1990-09-18]]</dateOfBirth>
  <nin>[[ID_NUMBER:54019837264]]</nin>
  <stateOfOrigin>[[LOCATION:Kano]]</stateOfOrigin>
  <religion>[[NRP:Islam]]</religion>
  <bank name="Access Bank" nuban="[[ID_NUMBER:1400873315]]" sortCode="044150149"/>
  <mobile>[[PHONE_NUMBER:0802 993 4410]]</mobile>
</employee>""",
    """# deploy/config.yaml
app:
  name: parish-giving
  env: production
admin:
  name: [[PERSON:Tendai Moyo]]
  email: [[EMAIL_ADDRESS:tendai.moyo@stmarks-harare.org]]
  phone: "[[PHONE_NUMBER:+263 77 241 8839]]"
smtp:
  host: smtp.mailgun.org
  user: postmaster@mg.stmarks-harare.org
  password: Zv8!qLr2#Tn
allowed_ips:
  - [[IP_ADDRESS:41.190.33.74]]
  - 10.0.0.0/8""",
    """def test_refund_flow():
    customer = Customer(
        name="[[PERSON:Rosalind Achebe-Whyte]]",
        email="[[EMAIL_ADDRESS:ros.achebewhyte@gmail.com]]",
        phone="[[PHONE_NUMBER:+1 876 441 2290]]",
        card="[[CREDIT_CARD:4024007188329055]]",
    )
    assert refund(customer, amount=49.99).status == "ok"  # flaky on CI""",
    """Ticket INC-0448172 | Opened by: [[PERSON:Sadia Rahman]] ([[EMAIL_ADDRESS:sadia.rahman@brightlane.co.uk]]) | Priority: P3
Summary: Laptop asset LT-22817 won't join Wi-Fi at home.
Details: User works from [[ADDRESS:27 Granby Street]], [[LOCATION:Leicester]] [[ZIP_CODE:LE1 6EJ]]; router gave the laptop [[IP_ADDRESS:192.168.1.44]], public IP [[IP_ADDRESS:86.142.77.19]]. Adapter MAC 8C:8D:28:4A:11:F0. Callback on [[PHONE_NUMBER:07823 551 902]] after 2pm.""",
    """# .env.local (do not commit)
DB_URL=postgres://app:Pa55w0rd!@[[IP_ADDRESS:10.20.4.17]]:5432/fees
OWNER_NAME=[[PERSON:Segun Afolabi]]
OWNER_EMAIL=[[EMAIL_ADDRESS:segun.afolabi@yahoo.co.uk]]
OWNER_PHONE=[[PHONE_NUMBER:+234 901 448 2276]]
PAYSTACK_SECRET=sk_live_4f9a1c2e8b7d6a5f3e2d1c0b9a8f7e6d""",
    """TENANCY AGREEMENT made this [[DATE_TIME:1st day of February 2024]] between [[TITLE:Chief]] [[PERSON:Mrs. Victoria Adunni Oyewole]] (the Landlord) of [[ADDRESS:6 Oyewole Close]], [[LOCATION:Ikoyi]], [[LOCATION:Lagos]], and [[PERSON:Mr. Ebuka Stanley Nwosu]] (the Tenant), holder of NIN [[ID_NUMBER:62718830945]], in respect of the two-bedroom flat at [[ADDRESS:Flat 3, Block A, 14 Glover Road]], [[LOCATION:Ikoyi]], for a term of two years at N4,500,000 per annum.""",
    """The Dynamic Tactics Officer [[PERSON:Lwazi Mbatha]] of [[ADDRESS:88 Jan Smuts Avenue]], [[LOCATION:Craighall Park]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2196]] was issued card [[CREDIT_CARD:4485 9012 7736 5412]] (CVV 317) on [[DATE_TIME:2021-04-09]]. His SA ID [[ID_NUMBER:8804125621083]] matches the DOB given, [[DATE_TIME:12 April 1988]].""",
    """NOTICE OF HEARING
In the matter of the estate of [[PERSON:Theophilus Kwame Addo]], deceased (died [[DATE_TIME:14 May 2023]]), late of [[ADDRESS:Hse No. C/117, Nii Okaiman Road]], [[LOCATION:Dome]], [[LOCATION:Accra]].
TAKE NOTICE that the application of [[PERSON:Georgina Addo]] for letters of administration will be heard at the High Court (Probate Division) on [[DATE_TIME:Tuesday, 15 July 2025 at 9 o'clock in the forenoon]]. Suit No. PA/0447/2024.""",
    """[[PERSON:Leilani Kahananui]] (username [[USERNAME:leilani_k808]], pw: surfboard!77) reset her account from [[IP_ADDRESS:72.234.118.40]] on [[DATE_TIME:12/19/2023]]. Her secondary address is [[ADDRESS:Unit 1207]], [[ADDRESS:1551 Kapiolani Blvd]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96814]].""",
    """Form: Change of bank details
employee_id: [[ID_NUMBER:E-77102]]
first_name: [[PERSON:Rajesh]]
last_name: [[PERSON:Kulkarni]]
date_of_birth: [[DATE_TIME:1976-12-30]]
pan: [[ID_NUMBER:AKQPK4417M]]
aadhaar: [[ID_NUMBER:7315 6204 8892]]
new_account_number: [[ID_NUMBER:50100338471926]]
ifsc: HDFC0001742
city: [[LOCATION:Pune]]
pin_code: [[ZIP_CODE:411038]]
mobile: [[PHONE_NUMBER:+91-98220-41177]]""",
    """[[IP_ADDRESS:105.112.34.201]] - - [[[DATE_TIME:12/Mar/2025:18:22:41 +0100]]] "POST /api/v1/fees/pay HTTP/1.1" 200 512 "https://portal.kingsgate.edu.ng/pay" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36" student_id=[[ID_NUMBER:KGC/2021/0388]] payer_email=[[EMAIL_ADDRESS:mrs.olaniyan.tope@gmail.com]]""",
    """Our records indicate that [[PERSON:Bartholomew Osei-Tutu]], aged [[AGE:45]], identifying as male, drives a vehicle registered [[ID_NUMBER:GR 4471-22]] and banks with IBAN [[IBAN_CODE:DE43100700240938215560]]. His card PIN 0384 must never be shared with the Corporate Solutions Architect.""",
    """PATIENT INTAKE FORM - Lakeshore Family Medicine
Name: [[PERSON:Marguerite Thibodeaux]]    DOB: [[DATE_TIME:04-27-1958]]    Sex: F
Address: [[ADDRESS:712 Rue Royale]], [[LOCATION:Lafayette]], [[LOCATION:LA]] [[ZIP_CODE:70501]]
Phone (home): [[PHONE_NUMBER:337-264-8810]]    (cell): [[PHONE_NUMBER:337-519-0042]]
Insurance: Medicare Advantage, member ID [[ID_NUMBER:H44718293]]
Emergency contact: [[PERSON:Andre Thibodeaux]] (son), [[PHONE_NUMBER:504-883-1176]]
Religion (optional): [[NRP:Catholic]]""",
    """[[PERSON:Mr. Ogechukwu Ilo]], Regional Assurance Analyst, please confirm the wire to BIC ZEIBNGLA for account [[ID_NUMBER:1013448290]]; your temporary password is Og3chuk@22 and your approving manager is [[PERSON:Ms. Temitayo Bamgbose]].""",
    """UPDATE members SET phone = '[[PHONE_NUMBER:0244-551-902]]', email = '[[EMAIL_ADDRESS:esi.quaye@gmail.com]]', last_login = '[[DATE_TIME:2025-01-17 21:04:55]]' WHERE member_no = '[[ID_NUMBER:ACC-GH-004417]]' AND surname = '[[PERSON:Quaye]]';""",
    """ERROR [payment-worker-3] c.f.s.PayoutService - Payout failed for merchant owner [[PERSON:Ngozi Ekwueme]] (bvn=[[ID_NUMBER:22310498875]], acct=[[ID_NUMBER:0157732904]]): InsufficientFundsException
    at com.fintech.settle.PayoutService.run(PayoutService.java:212)
    at java.base/java.lang.Thread.run(Thread.java:833)""",
    """EMPLOYMENT AGREEMENT
This Agreement is entered into on [[DATE_TIME:March 1, 2024]] by and between Ridgeway Logistics LLC ("Employer") and [[PERSON:Tavita Faleolo]] ("Employee"), residing at [[ADDRESS:2291 Kalihi St, Apt 3]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96819]]. Employee's Social Security Number: [[US_SSN:576-22-9041]]. Position: Dispatch Supervisor. Start date: [[DATE_TIME:March 18, 2024]]. Compensation: $27.50 per hour.""",
    """Hey [[PERSON:Rukayat]], the Principal Web Designer from [[LOCATION:Ilorin]] asked to route her bonus to [[CREDIT_CARD:5371-0442-2091-8633]] instead; she was born [[DATE_TIME:08/09/1992]] and her desk extension is 4412.""",
    """{"event":"signup","ts":"[[DATE_TIME:2024-09-02T07:41:13+01:00]]","user":{"handle":"[[USERNAME:mama_tobi_cakes]]","name":"[[PERSON:Omotola Fagbemi]]","phone":"[[PHONE_NUMBER:+2348123390714]]","city":"[[LOCATION:Abeokuta]]"},"ip":"[[IP_ADDRESS:102.91.4.166]]","referrer":"instagram"}""",
    """STATEMENT OF ACCOUNT
Account name: [[PERSON:GABRIEL ONYEKACHI UZOR]]
Account number: [[ID_NUMBER:0051238847]]
Address: [[ADDRESS:PLOT 41 TRANS-EKULU LAYOUT]], [[LOCATION:ENUGU]]
Period: 01-JAN-2025 TO 31-MAR-2025
Opening balance 312,440.18 | Closing balance 98,120.00
14-JAN-2025  TRF FROM [[PERSON:UZOR CHIDINMA]]  50,000.00 CR
22-FEB-2025  SCHOOL FEES QUEENS COLLEGE  180,000.00 DR""",
    """As a Forward Intranet Facilitator, [[PERSON:Ebere Nwachukwu]] must refill her prescription at the pharmacy on [[ADDRESS:52 Allen Avenue]], [[LOCATION:Ikeja]]; they will text [[PHONE_NUMBER:+234 816 204 7713]] when it's ready. Her HMO ID is [[ID_NUMBER:HMO-AXA-771093]] and she is [[AGE:33]].""",
    """{"resourceType": "Patient", "id": "pat-7781", "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID_NUMBER:9434765919]]"}], "name": [{"family": "[[PERSON:Boateng]]", "given": ["[[PERSON:Akosua]]", "[[PERSON:Pokuaa]]"]}], "gender": "female", "birthDate": "[[DATE_TIME:1968-05-21]]", "address": [{"line": ["[[ADDRESS:14 Wilmot Street]]"], "city": "[[LOCATION:Manchester]]", "postalCode": "[[ZIP_CODE:M15 5LD]]"}], "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:0161 226 7719]]"}]}""",
    """DEED OF ASSIGNMENT
THIS DEED is made the [[DATE_TIME:12th day of August 2019]] BETWEEN [[TITLE:ALHAJI]] [[PERSON:MUSA DANLADI]] (the Assignor) of [[ADDRESS:No. 22 Ahmadu Bello Way]], [[LOCATION:Kaduna]] AND [[TITLE:MRS.]] [[PERSON:RAHILA JOHN BAKO]] (the Assignee) of [[ADDRESS:House 8, Rock Haven Estate]], [[LOCATION:Jos]], [[LOCATION:Plateau State]].
WHEREAS the Assignor is the holder of Certificate of Occupancy No. KD 44172 over the land at [[ADDRESS:Plot 114]], [[LOCATION:Barnawa Layout]], [[LOCATION:Kaduna South]].""",
    """[[PERSON:Zofia Kamińska]] from [[LOCATION:Gdańsk]]: your Legacy Paradigm Orchestrator badge is about to lapse. Please transfer the 240 PLN renewal fee from [[IBAN_CODE:PL80109010140000133729904518]] and confirm your mobile, [[PHONE_NUMBER:+48 512 774 093]].""",
    """// seed data for staging only
var seedUsers = []User{
	{ID: 1, Name: "[[PERSON:Aminat Oladipo]]", Email: "[[EMAIL_ADDRESS:aminat.oladipo@proton.me]]", DOB: "[[DATE_TIME:1995-03-08]]"},
	{ID: 2, Name: "[[PERSON:Garba Tanko]]", Email: "[[EMAIL_ADDRESS:garbatanko77@gmail.com]]", DOB: "[[DATE_TIME:1988-11-23]]"},
}""",
    """AUTO CLAIM NOTICE - Claim No. AC-2025-118204
Policyholder: [[PERSON:Marcus DeShawn Lyles]]    DL: [[US_DRIVER_LICENSE:D4418273]] (CA)
Vehicle: 2019 Honda Civic, plate [[ID_NUMBER:8KQT417]], VIN 2HGFC2F59KH004417
Incident: rear-ended on I-405 near [[LOCATION:Inglewood]] on [[DATE_TIME:02/11/2025 at approx. 5:40 PM]]
Other party: [[PERSON:Yesenia Ocampo]], [[PHONE_NUMBER:(310) 677-2093]], insured with another carrier.""",
    """Greetings [[PERSON:Ms. Ifunanya Obi]], your order ships to [[ADDRESS:Suite 300]], [[ADDRESS:1600 Ridge Ave]], [[LOCATION:Evanston]]. Card used: [[CREDIT_CARD:2221 0038 4417 9021]], CVV 055, expiry 03/28; user agent on file: Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1.""",
    """<soap:Body>
  <ns:VerifyVoterRequest>
    <ns:voterId>[[ID_NUMBER:90F5B1E4D8295417163]]</ns:voterId>
    <ns:surname>[[PERSON:Olanrewaju]]</ns:surname>
    <ns:firstName>[[PERSON:Kayode]]</ns:firstName>
    <ns:pollingUnit>PU 024, Ward 07</ns:pollingUnit>
    <ns:lga>[[LOCATION:Ogbomoso North]]</ns:lga>
    <ns:dob>[[DATE_TIME:14/02/1979]]</ns:dob>
  </ns:VerifyVoterRequest>
</soap:Body>""",
    """[[DATE_TIME:Mar 14 02:11:09]] vpn-gw01 charon: 12[IKE] <roadwarrior|441> IKE_SA authenticated for user '[[USERNAME:akua.frimpong]]' from [[IP_ADDRESS:154.160.23.88]]
[[DATE_TIME:Mar 14 02:11:09]] vpn-gw01 charon: 12[IKE] assigning virtual IP [[IP_ADDRESS:10.8.0.57]] to peer '[[USERNAME:akua.frimpong]]'""",
    """STUDENT ENROLMENT FORM - Greenfield International School, Abuja
Pupil: [[PERSON:Oluchi Favour Ibekwe]]    Date of birth: [[DATE_TIME:17/06/2016]]    Class: Primary 4
Parent/Guardian: [[TITLE:Engr.]] [[PERSON:Nnaemeka Ibekwe]]    Occupation: Civil engineer
Phone: [[PHONE_NUMBER:0803 315 2290]]    Email: [[EMAIL_ADDRESS:n.ibekwe@ymail.com]]
Home address: [[ADDRESS:House 12, 4th Avenue, Gwarinpa Estate]], [[LOCATION:Abuja]]
Religion: [[NRP:Christian]]    Previous school: Little Angels Academy
Fees payable per term: N1,150,000 (tuition) + N85,000 (bus)""",
    """[[PERSON:Cyrus Tehrani]] has requested the [[LOCATION:Western Cape]] invoice; his MAC 00:1B:44:11:3A:B7 and IPv4 [[IP_ADDRESS:196.21.88.140]] are whitelisted, and the payout IBAN [[IBAN_CODE:CH78007620L4188220193]] stays active until the Human Mobility Planner says otherwise.""",
    """{
  "applicant": {
    "full_name": "[[PERSON:Ifeanyi Mark Obiakor]]",
    "passport_no": "[[US_PASSPORT:548113207]]",
    "ssn": "[[US_SSN:611-48-2037]]",
    "birth_date": "[[DATE_TIME:1991-07-04]]",
    "nationality": "[[NRP:American]]",
    "address": "[[ADDRESS:903 Pine Hollow Rd]], [[LOCATION:Stone Mountain]], [[LOCATION:GA]] [[ZIP_CODE:30083]]"
  },
  "client_ip": "[[IP_ADDRESS:2600:1700:5a8:e410:91c2:7fd3:aa04:3b1e]]",
  "status": "pending_review"
}""",
    """FINAL NOTICE
To: [[PERSON:Mrs. Janet Wambui Kariuki]]
Premises: [[ADDRESS:Hse 44, Road 12, Kahawa Sukari Estate]], [[LOCATION:Nairobi]]
Account No.: [[ID_NUMBER:3104417729]]
Your water supply will be disconnected unless arrears of KSh 14,860 are cleared within 14 days of this notice. For payment plans, visit our customer service centre.""",
    """We've noted that [[PERSON:Sione Tupou]] (he/him), a [[AGE:27]] year-old Lead Functionality Technician, lives at [[ADDRESS:18B Mahora Street]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]]. Please send his pay to account [[ID_NUMBER:06-0158-0932641-00]].""",
    """<?php
// TODO remove before release - test account for [[PERSON:Mrs Agyeman]]
$testUser = [
    'name'  => '[[PERSON:Priscilla Agyeman]]',
    'email' => '[[EMAIL_ADDRESS:p.agyeman@hotmail.co.uk]]',
    'card'  => '[[CREDIT_CARD:5238 4610 0972 3542]]',
    'cvv'   => '913',
    'exp'   => '07/27',
];""",
    """Dear [[PERSON:Dr. Mahlangu]],
Re: [[PERSON:Bongani Zungu]], DOB [[DATE_TIME:15/12/2001]], ID [[ID_NUMBER:0112157343081]], of [[ADDRESS:23 Umngeni Road]], [[LOCATION:Durban]], [[ZIP_CODE:4001]]
Thank you for seeing this [[AGE:23]]-year-old gentleman in the orthopaedic clinic on [[DATE_TIME:6 March 2025]]. He sustained a tibial fracture playing soccer and is now weight-bearing.
Kind regards,
[[PERSON:Dr. Ayesha Moosa]]""",
    """[[PERSON:Olamide Ajibola]], your profile [[USERNAME:olamide_aj]] was accessed from [[IP_ADDRESS:129.205.113.9]] on [[DATE_TIME:Sunday 2 February 2025, 03:12 WAT]]. If you don't recognise this, freeze your Mastercard [[CREDIT_CARD:5126 3770 0148 2561]] in the app.""",
    """LIMITED POWER OF ATTORNEY
I, [[PERSON:Bernadette Chioma Onwudiwe]], of [[ADDRESS:17 Harrowdene Gardens]], [[LOCATION:Teddington]] [[ZIP_CODE:TW11 0DH]], [[LOCATION:United Kingdom]], holder of British passport no. [[ID_NUMBER:561839274]], hereby appoint my brother [[PERSON:Ikechukwu Onwudiwe]] of [[ADDRESS:9 Zik Avenue]], [[LOCATION:Uwani]], [[LOCATION:Enugu]], to act for me in all matters concerning my land at [[ADDRESS:Plot 36, Independence Layout]], [[LOCATION:Enugu]], including the defence of Suit No. E/227/2023.
Signed this [[DATE_TIME:4th day of April 2024]].""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: oncall-contacts
data:
  escalation: "noc@fastpay.sg"
  primary: "[[PERSON:Tan Wei Ling]] <[[EMAIL_ADDRESS:weiling.tan@fastmail.com]]> [[PHONE_NUMBER:+65 9127 4418]]"
  secondary: "[[PERSON:Arjun Pillai]] <[[EMAIL_ADDRESS:arjun.pillai88@gmail.com]]> [[PHONE_NUMBER:+65 8331 0927]]\"""",
    """Dear [[PERSON:Astrid Lindqvist]], your refund of 1 250 SEK will be paid to [[IBAN_CODE:SE4950000000072210638451]] within five banking days. The claim is linked to your phone [[PHONE_NUMBER:070-482 19 33]] and to [[EMAIL_ADDRESS:astrid.lindqvist@telia.se]].""",
    """Ticket #CS-99812
Channel: WhatsApp
Customer: [[PERSON:Ejiro Oghenekaro]]
Phone: [[PHONE_NUMBER:0708 223 5514]]
Message: "Abeg, I pay ₦5,000 for data bundle with my card [[CREDIT_CARD:5060 9921 7740 5633 012]] on [[DATE_TIME:20/03/2025]] but una no give me the data till now. My account na [[ID_NUMBER:0098814472]] for UBA."
Agent: [[PERSON:Tolu]] (L1)
Status: Escalated""",
    """[[DATE_TIME:28 February 2025]]
[[PERSON:Mr. Kojo Ampofo]]
[[ADDRESS:P.O. Box 4417]]
[[LOCATION:Takoradi]]
Dear [[PERSON:Mr. Ampofo]],
RE: TERMINATION OF APPOINTMENT
Following the disciplinary hearing held on [[DATE_TIME:19 February 2025]], management has decided to terminate your appointment as Stores Officer (Staff ID [[ID_NUMBER:WRS-01172]]) with effect from [[DATE_TIME:31 March 2025]]. Your end-of-service benefits will be paid into your salary account.
Yours faithfully,
[[PERSON:Esther Boakye]]
Head, Human Resources""",
    """Please invite [[PERSON:Dr. Fernanda Queiroz]], [[AGE:41]], the Human Data Consultant, to the offsite. Her booking reference HX7Q2P was paid on the Amex [[CREDIT_CARD:3412 660937 55184]] and she needs a vegetarian meal. Send the details to [[EMAIL_ADDRESS:fernanda.queiroz@uol.com.br]].""",
    """GET /account/profile?uid=[[ID_NUMBER:884172]] HTTP/2
Host: app.shopwise.ng
Cookie: sessionid=9f8a7c2b1e4d3f6a; csrftoken=Jk3lP0qR
X-Forwarded-For: [[IP_ADDRESS:197.211.58.102]]
X-User-Email: [[EMAIL_ADDRESS:damilola.ayeni@gmail.com]]
User-Agent: Mozilla/5.0 (Linux; Android 12; Infinix X6816) AppleWebKit/537.36""",
    """CLAIM FOR FUNERAL BENEFIT
Society: Masakhane Burial Society, [[LOCATION:Mthatha]]
Member: [[PERSON:Nosipho Mahlangu]], membership no. [[ID_NUMBER:MBS-0418]]
Deceased: [[PERSON:Themba Mahlangu]] (husband), ID no. [[ID_NUMBER:6307155812087]], date of death [[DATE_TIME:02/02/2025]]
Payout of R15 000 to be made to the member's Capitec account [[ID_NUMBER:1540887213]]. Witnessed by the treasurer, Mam' [[PERSON:Zodwa Ntuli]].""",
    """The [[LOCATION:Lancashire]] branch is hiring. Contact [[PERSON:Zeynep Arslan]], Investor Group Planner, on [[PHONE_NUMBER:+44 1254 663 018]] or [[EMAIL_ADDRESS:zeynep_arslan@outlook.com]]. Her Turkish IBAN [[IBAN_CODE:TR780006101288403771520945]] will receive the relocation grant; device MAC a4:83:e7:1c:52:09.""",
    """**Support form submission**
- Full name: [[PERSON:Kemi Oduya-Hart]]
- Account email: [[EMAIL_ADDRESS:kemi.oduyahart@icloud.com]]
- Phone: [[PHONE_NUMBER:+1 (647) 882-3015]]
- Date of birth: [[DATE_TIME:Sept 30 1990]]
- Last 4 of SIN: 4078
- Issue: Can't log into my RRSP account since I changed my address to [[ADDRESS:55 Bloor St W, Apt 2304]], [[LOCATION:Toronto]] [[ZIP_CODE:M4W 1A5]].""",
    """NOTICE TO PAY RENT OR QUIT
To: [[PERSON:Darius Whitlock]] and all other occupants
Premises: [[ADDRESS:5120 N Kimball Ave, Unit 2R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60625]]
You are hereby notified that rent in the amount of $2,480.00 is past due. Within five days after service of this notice, pay the full amount to the landlord, [[PERSON:Ewa Nowicka]], at [[ADDRESS:3300 W Irving Park Rd]], or surrender possession of the premises.
Served on [[DATE_TIME:June 3, 2025]] by [[PERSON:Marco Salas]], agent.""",
    """[[PERSON:Keanu Kealoha]]'s travel profile: US passport [[US_PASSPORT:A07714229]], New York licence [[US_DRIVER_LICENSE:714 882 019]], Global Entry pending, aisle seat. Born [[DATE_TIME:1996-02-29]] in [[LOCATION:Hilo]].""",
    """[[DATE_TIME:Jan 22 10:41:07]] mx2 postfix/qmgr[1190]: 4F2A81C03B: from=<[[EMAIL_ADDRESS:yaw.darko.gh@gmail.com]]>, size=18231, nrcpt=1 (queue active)
[[DATE_TIME:Jan 22 10:41:08]] mx2 postfix/smtp[22017]: 4F2A81C03B: to=<[[EMAIL_ADDRESS:efua.darko@outlook.com]]>, relay=outlook-com.olc.protection.outlook.com[[[IP_ADDRESS:104.47.11.33]]]:25, status=sent (250 2.6.0 Queued mail for delivery)""",
    """LIFE ASSURANCE PROPOSAL
Proposer: [[TITLE:Alhaja]] [[PERSON:Kafayat Omolara Bello]]
Date of birth: [[DATE_TIME:03-03-1969]]    Age next birthday: [[AGE:57]]
Occupation: Textile trader, Oje Market
Residential address: [[ADDRESS:14 Ayeye Street]], [[LOCATION:Oje]], [[LOCATION:Ibadan]]
Beneficiary: [[PERSON:Abdulwasiu Bello]] (son), [[PHONE_NUMBER:0805 330 1748]]
Sum assured: N10,000,000    Religion: [[NRP:Muslim]]""",
    """Hi team, [[PERSON:Matteo Bianchi-Okeke]] ([[USERNAME:matteo.b]]) will be out of office from [[DATE_TIME:12 Aug]] to [[DATE_TIME:26 Aug]]; please disable his VPN IP [[IP_ADDRESS:93.41.207.18]] and device MAC F4:5C:89:B1:02:DE meanwhile. Emergency contact: [[PHONE_NUMBER:+39 347 221 8804]].""",
    r"""$ curl -X POST https://api.payroll.local/v2/employees \
  -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0NDEifQ.xQ2" \
  -d '{"name":"[[PERSON:Hamza Qureshi]]","ni_number":"[[ID_NUMBER:JT 44 71 92 B]]","iban":"[[IBAN_CODE:GB06MONZ04003318842076]]","start":"[[DATE_TIME:2025-05-06]]"}'""",
    """MEMBERSHIP REGISTRATION - Christ Apostolic Church, Oke-Ayo District
Full name: [[PERSON:Oyebanji Samuel Adeleke]]
Date of birth: [[DATE_TIME:21st November 1974]]
Marital status: Married    Spouse: [[PERSON:Bolanle Adeleke]]
Residential address: [[ADDRESS:No. 31 Oke-Ado Road]], [[LOCATION:Ibadan]]
Phone: [[PHONE_NUMBER:08023317740]]    Email: [[EMAIL_ADDRESS:samadeleke74@gmail.com]]
Date of baptism: [[DATE_TIME:April 1992]]
Department: Choir / Sanitation
Tithe card no.: [[ID_NUMBER:CAC-OA-1174]]""",
    """As an Investor Factors Agent in [[LOCATION:Kampala]], [[PERSON:Nakato Sarah]] must verify her NIN [[ID_NUMBER:CF84027104AQPK]] and mobile money number [[PHONE_NUMBER:+256 772 418 903]]. She was born [[DATE_TIME:2 Nov 1984]] and prefers Luganda for calls.""",
    """From: [[PERSON:Chiara Esposito]] <[[EMAIL_ADDRESS:chiara.esposito@libero.it]]>
To: accounts@villaggiohotels.com
Date: [[DATE_TIME:Tue, 8 Apr 2025 16:02:11 +0200]]
Subject: Refund for booking VH-22871
Please refund the 340 EUR deposit; I was charged twice on the card ending 9101. You can call me on [[PHONE_NUMBER:+39 333 918 4402]].""",
    """AGREEMENT FOR SALE OF LAND
Vendor: [[TITLE:Nana]] [[PERSON:Kwaku Duah II]], Odikro of [[LOCATION:Abrepo]], for and on behalf of the Abrepo stool
Purchaser: [[PERSON:Ms. Linda Adomako]], Ghana Card [[ID_NUMBER:GHA-001182447-3]], of [[ADDRESS:AK-039-5531]], [[LOCATION:Kumasi]]
Land: one plot (100ft x 70ft) near Abrepo Junction, as shown on the attached site plan
Consideration: GH¢ 85,000, receipt of which the Vendor acknowledges
Dated: [[DATE_TIME:10th January, 2025]]
Witness for purchaser: [[PERSON:Kofi Adomako]], [[PHONE_NUMBER:0277 418 092]]""",
    """Hello [[PERSON:Kaveh Rostami]], your transfer to the [[LOCATION:Arizona]] office is approved. Our records list [[ADDRESS:3710 E Thomas Rd, Apt 118]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85018]], SSN [[US_SSN:526-73-1184]], and Discover [[CREDIT_CARD:6011 4420 9317 2854]] for travel expenses.""",
    """{"ts":"[[DATE_TIME:2025-02-14T22:03:51Z]]","actor":"[[EMAIL_ADDRESS:b.oyelaran@unilag.edu.ng]]","action":"grade.update","student":"[[ID_NUMBER:190401117]]","old":"C","new":"A","ip":"[[IP_ADDRESS:41.184.122.15]]"}
{"ts":"[[DATE_TIME:2025-02-14T22:04:10Z]]","actor":"[[EMAIL_ADDRESS:b.oyelaran@unilag.edu.ng]]","action":"grade.update","student":"[[ID_NUMBER:190401129]]","old":"D","new":"B","ip":"[[IP_ADDRESS:41.184.122.15]]"}""",
    """POLICE EXTRACT
Complainant: [[PERSON:Emmanuel Ifeanyichukwu Obi]], [[AGE:39]] yrs, trader, of [[ADDRESS:No 18 Ezenwa Street]], [[LOCATION:Fegge]], [[LOCATION:Onitsha]]
Report: On [[DATE_TIME:22/01/2025 at about 2030hrs]] the complainant reported that his Toyota Sienna, reg. no. [[ID_NUMBER:AWK 417 HB]], was snatched at gunpoint along Upper Iweka. Suspect described as male, about 30 years, dark complexion.
IPO: [[TITLE:Insp.]] [[PERSON:Danjuma Yakubu]]""",
    """Dear [[PERSON:Mrs. Rangi]], your kura enrolment for [[PERSON:Tamati]] is complete. The term fee of NZ$120 will be taken from card [[CREDIT_CARD:4556 7320 8815 4438]] (exp 05/29, CVC 604) on the first day of term.""",
    """<Invoice>
  <InvoiceNumber>INV-2025-00417</InvoiceNumber>
  <IssueDate>2025-03-31</IssueDate>
  <Buyer>
    <Name>[[PERSON:Samira Benali]]</Name>
    <Street>[[ADDRESS:27 Avenue Road]]</Street>
    <City>[[LOCATION:Leamington Spa]]</City>
    <PostCode>[[ZIP_CODE:CV31 3PQ]]</PostCode>
    <Email>[[EMAIL_ADDRESS:samira.benali@gmail.com]]</Email>
  </Buyer>
  <Total currency="GBP">1440.00</Total>
</Invoice>""",
    """IMMUNISATION RECORD (Child Health Card)
Child: [[PERSON:Musa Abdulkadir]]    Sex: M    DOB: [[DATE_TIME:03/05/2024]]
Mother: [[PERSON:Amina Abdulkadir]]    Phone: [[PHONE_NUMBER:0813 447 2019]]
Settlement: [[LOCATION:Dala]], [[LOCATION:Kano]]
BCG/OPV0: [[DATE_TIME:04/05/2024]]
Penta1/PCV1: [[DATE_TIME:14/06/2024]]
Measles 1 due: [[DATE_TIME:03/02/2025]]""",
    """The Central Research Manager, [[PERSON:Phạm Ngọc Anh]], can be reached at [[PHONE_NUMBER:+84 90 318 4472]]. She signed in from [[IP_ADDRESS:113.161.72.45]] with Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Safari/605.1.15 and changed her date of birth to [[DATE_TIME:1993/10/06]].""",
    """INFO:kyc.verify:Verifying customer name='[[PERSON:Tunde Bakare-Olowo]]' bvn='[[ID_NUMBER:22458831076]]' dob='[[DATE_TIME:1982-08-11]]' phone='[[PHONE_NUMBER:08139077412]]'
WARNING:kyc.verify:Name mismatch: BVN record has '[[PERSON:Babatunde Bakare]]'
INFO:kyc.verify:Result=MANUAL_REVIEW ref=KYC-88201""",
    """[[DATE_TIME:May 12, 2025]]
VIA CERTIFIED MAIL
[[PERSON:Mr. Hector Villalba]]
d/b/a Villalba Landscaping
[[ADDRESS:1419 Cypress Creek Dr]]
[[LOCATION:Katy]], [[LOCATION:TX]] [[ZIP_CODE:77449]]
Re: Defective work at [[ADDRESS:22 Silverleaf Ct]]
Dear [[PERSON:Mr. Villalba]]:
This firm represents [[PERSON:Rosemary Adeola-Grant]] regarding the retaining wall your company built at her home in [[DATE_TIME:September 2024]], which collapsed on [[DATE_TIME:March 30, 2025]]. Please contact me at [[PHONE_NUMBER:(281) 394-7720]] within ten days.
Sincerely,
[[PERSON:Allison Tran]], Esq.""",
    """Dear [[PERSON:Abdul-Rahman Al-Qahtani]], the relocation package to [[LOCATION:Riyadh]] includes housing at [[ADDRESS:Building 7, Olaya Street]], with salary paid to [[IBAN_CODE:SA5080000004215538610227]]. Your Iqama [[ID_NUMBER:2417738297]] must be renewed before travel.""",
    """mutation {
  createDonor(input: {
    fullName: "[[PERSON:Deborah Ayinla]]",
    email: "[[EMAIL_ADDRESS:debbie.ayinla@gmail.com]]",
    phone: "[[PHONE_NUMBER:+44 7388 215 904]]",
    giftAidPostcode: "[[ZIP_CODE:E15 4HT]]",
    pledge: 25.00
  }) { id }
}""",
    """LAB REPORT
Patient: [[PERSON:MOYO]], [[PERSON:Tafadzwa]]    Age: [[AGE:36]]    Sex: M
Ref. doctor: [[PERSON:Dr. R. Naidoo]]
Collected: [[DATE_TIME:2025/01/20 08:15]]    Reported: 2025/01/20 16:40
Medical aid: member no. [[ID_NUMBER:388104471]]
HbA1c 7.9 % (H) | Fasting glucose 8.4 mmol/L (H)""",
    """Confirmed: [[PERSON:Rhys Llewellyn]] relocates from [[ADDRESS:4 Heol y Coed]], [[LOCATION:Pontypridd]] [[ZIP_CODE:CF37 4ND]] to the [[LOCATION:Cardiff]] office. Reimbursement goes to [[IBAN_CODE:GB40NWBK60223847715902]]; his secondary contact is [[EMAIL_ADDRESS:rhys.llewellyn@btinternet.com]].""",
    """resource "aws_instance" "fees_portal" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"
  tags = {
    Owner   = "[[EMAIL_ADDRESS:olusegun.ojo@brightpathschools.ng]]"
    Contact = "[[PHONE_NUMBER:+234 809 114 2277]]"
    Name    = "fees-portal-prod"
  }
}""",
    """PENALTY CHARGE NOTICE
Registered keeper: [[PERSON:Yetunde Coker]]
Address: [[ADDRESS:82 Bramley Road]], [[LOCATION:Southgate]], [[LOCATION:London]] [[ZIP_CODE:N14 4HS]]
Vehicle registration: [[ID_NUMBER:LR19 XKT]]
Contravention: parked in a residents' bay without a permit, Bourne Hill, on [[DATE_TIME:27/02/2025 at 10:42]]
PCN number: EN44718293""",
    """[[PERSON:Gabriela Soto]], a [[NRP:Colombian]]-born Global Intranet Executive, uses [[IP_ADDRESS:186.29.114.72]]; her gender is listed as female and her political affiliation as [[NRP:Liberal Party]]. Password hint: first pet + year.""",
    """{
  "txn_type": "P2P",
  "sender": {"msisdn": "[[PHONE_NUMBER:233244187730]]", "name": "[[PERSON:KOFI NKANSAH]]"},
  "receiver": {"msisdn": "[[PHONE_NUMBER:233209918452]]", "name": "[[PERSON:EFUA ANNAN]]"},
  "amount": "450.00",
  "currency": "GHS",
  "reference": "school fees [[PERSON:Ekua]]",
  "txn_id": "MP250301.1422.C47791"
}""",
    """CHANGE OF NAME
I, formerly known and addressed as [[TITLE:Miss]] [[PERSON:Adaobi Grace Nwankwo]], now wish to be known and addressed as [[PERSON:Mrs. Adaobi Grace Ikenna-Obi]]. All former documents remain valid. General public please take note.""",
    """CONFIRMATION OF NAME AND DATE OF BIRTH
I, [[PERSON:Oluwafunmilayo Aderonke Shittu]], also known as [[PERSON:Funmi Shittu]], of [[ADDRESS:7 Ajiboye Street]], [[LOCATION:Ogba]], [[LOCATION:Lagos]], confirm that my correct date of birth is [[DATE_TIME:14th June 1988]] and not [[DATE_TIME:14th June 1989]] as written on my WAEC certificate. Banks and NYSC please take note.""",
    """[[PERSON:Kwaku Mensah-Berger]], the Senior Group Associate, wants his bonus paid to [[IBAN_CODE:DE80500105175407736921]]. He lives at [[ADDRESS:Schillerstraße 44]], [[ZIP_CODE:60313]] [[LOCATION:Frankfurt am Main]] and is best reached on [[PHONE_NUMBER:+49 176 4418 2093]].""",
    """INSERT INTO fee_payments (student_no, payer_name, payer_phone, amount, paid_on) VALUES
  ('[[ID_NUMBER:SS3/1147]]', '[[PERSON:Comfort Eyo]]', '[[PHONE_NUMBER:08061125590]]', 95000.00, '[[DATE_TIME:2025-01-08]]'),
  ('[[ID_NUMBER:JS2/0883]]', '[[PERSON:Garba Mohammed]]', '[[PHONE_NUMBER:08035510274]]', 72500.00, '[[DATE_TIME:2025-01-09]]');""",
    """PRE-AUTHORISATION REQUEST
Member: [[PERSON:Ruvimbo Chikwanha]]    Member no.: [[ID_NUMBER:CIMAS-00447182]]
DOB: [[DATE_TIME:11.09.1985]]    Employer group: Delta Beverages
Provider: [[PERSON:Dr. T. Marufu]], [[LOCATION:Harare]]
Procedure: laparoscopic cholecystectomy, planned for [[DATE_TIME:17 April 2025]]
Contact: [[PHONE_NUMBER:+263 71 338 4419]]""",
    """Urgent: [[PERSON:Ms. Olanike Fadipe]], your Verve card [[CREDIT_CARD:6500 2148 8031 6609 171]] has been blocked after three wrong PIN attempts at an ATM in [[LOCATION:Akure]]. Visit any branch with your BVN [[ID_NUMBER:22099314578]] and a valid ID.""",
    """[CRM] Contact: [[PERSON:Ravi Shankar Menon]] | Acct: [[ID_NUMBER:CUST-8830914]] | Tier: Platinum
Notes (agent [[PERSON:Lerato]]): Customer called from [[PHONE_NUMBER:+27 82 771 4410]] about his debit order. Says he moved to [[ADDRESS:12 Protea Crescent]], [[LOCATION:Durbanville]], [[ZIP_CODE:7550]] on [[DATE_TIME:1 Feb]] and wants statements by email: [[EMAIL_ADDRESS:ravi.menon@mweb.co.za]].""",
    """[[DATE_TIME:15 August 2024]]
Dear [[PERSON:Ms. Amarachi Nwosu]],
We are pleased to inform you that you have been awarded the Foundation's tertiary scholarship for the 2024/2025 session. The award covers tuition at the University of Nigeria, Nsukka, and a monthly stipend of N50,000 paid to your account [[ID_NUMBER:3019447268]] (First Bank). Please confirm acceptance by email to scholarships@foundation.org.ng, quoting applicant number [[ID_NUMBER:SCH-24-0917]].
Yours sincerely,
[[PERSON:Prof. Ngozi Ebenebe]]
Chair, Selection Committee""",
    """Per our records, [[PERSON:Aiyana Whitehorse]] (DOB [[DATE_TIME:06/21/1987]]), Direct Infrastructure Strategist, resides at [[ADDRESS:410 Sage Brush Ln]], [[LOCATION:Rapid City]], [[LOCATION:SD]] [[ZIP_CODE:57701]]. Her Visa [[CREDIT_CARD:4147 2093 1106 5786]] (CVV 290) and phone [[PHONE_NUMBER:605.348.2217]] are on file.""",
    r"""MSH|^~\&|LAB|KATH|EHR|KATH|202503041022||ORU^R01|MSG00417|P|2.5
PID|1||[[ID_NUMBER:KATH-553190]]^^^KATH^MR||[[PERSON:Owusu]]^[[PERSON:Yaw]]^[[PERSON:Kwarteng]]||[[DATE_TIME:19720815]]|M|||[[ADDRESS:Plot 12, Block D]]^[[LOCATION:Ahodwo]]^[[LOCATION:Kumasi]]^^^GH||[[PHONE_NUMBER:0322024418]]
OBX|1|NM|2345-7^Glucose^LN||9.8|mmol/L|3.9-6.1|H|||F""",
]

TABLE = [
    """member_no,full_name,phone,zone,welfare_paid_ngn
[[ID_NUMBER:RCCG-GZ-0114]],[[PERSON:Adebola Ogunsanya]],[[PHONE_NUMBER:08034471120]],Zone 3,5000
[[ID_NUMBER:RCCG-GZ-0231]],[[PERSON:Nkechi Uwaoma]],[[PHONE_NUMBER:08127703318]],Zone 1,5000
[[ID_NUMBER:RCCG-GZ-0307]],[[PERSON:Ibrahim Adamu]],[[PHONE_NUMBER:07064415529]],Zone 3,2500
[[ID_NUMBER:RCCG-GZ-0412]],[[PERSON:Folake Bankole]],[[PHONE_NUMBER:09031187740]],Zone 2,0""",
    """| Adm. No. | Pupil | Class | Parent/Guardian | Phone | Balance (NGN) |
|---|---|---|---|---|---|
| [[ID_NUMBER:BFS/22/041]] | [[PERSON:Chidera Okoli]] | JSS 2 | [[PERSON:Mrs. Ogechi Okoli]] | [[PHONE_NUMBER:0803 221 7745]] | 45,000 |
| [[ID_NUMBER:BFS/21/118]] | [[PERSON:Abdulmalik Sadiq]] | SS 1 | [[PERSON:Mr. Sadiq Lawan]] | [[PHONE_NUMBER:0806 774 1093]] | 0 |
| [[ID_NUMBER:BFS/23/007]] | [[PERSON:Temiloluwa Ajayi]] | JSS 1 | [[PERSON:Dr. Kemi Ajayi]] | [[PHONE_NUMBER:0812 330 5581]] | 120,000 |""",
    """owner\tplot\tlayout\tallocated\tphone
[[PERSON:Olawale Adeniran]]\t[[ADDRESS:Plot 14, Block C]]\t[[LOCATION:Ogombo]]\t[[DATE_TIME:2016-03-22]]\t[[PHONE_NUMBER:+234 803 500 7712]]
[[PERSON:Chinyere Ekwueme]]\t[[ADDRESS:Plot 15, Block C]]\t[[LOCATION:Ogombo]]\t[[DATE_TIME:2016-03-22]]\t[[PHONE_NUMBER:+234 805 219 4403]]
[[PERSON:Yakubu Dogo]]\t[[ADDRESS:Plot 3, Block F]]\t[[LOCATION:Abijo]]\t[[DATE_TIME:2019-11-05]]\t[[PHONE_NUMBER:+234 703 882 1166]]""",
    """NAME                   PHONE            DAILY   AREA
[[PERSON:Akosua Frimpong]]        [[PHONE_NUMBER:024 551 8830]]     GH¢10   [[LOCATION:Madina]]
[[PERSON:Yaw Sarpong]]            [[PHONE_NUMBER:020 117 4492]]     GH¢5    [[LOCATION:Madina]]
[[PERSON:Mary Lamptey]]           [[PHONE_NUMBER:055 338 2017]]     GH¢20   [[LOCATION:Ashaiman]]
[[PERSON:Abdul-Rashid Issah]]     [[PHONE_NUMBER:027 904 6615]]     GH¢10   [[LOCATION:Nima]]""",
    """{"client": "[[PERSON:Tamika Brooks]]", "phone": "[[PHONE_NUMBER:(901) 448-2210]]", "service": "knotless braids", "appt": "[[DATE_TIME:2025-04-12 09:00]]", "deposit": 40}
{"client": "[[PERSON:Ngozi Achebe]]", "phone": "[[PHONE_NUMBER:(901) 730-5591]]", "service": "silk press", "appt": "[[DATE_TIME:2025-04-12 13:30]]", "deposit": 25}
{"client": "[[PERSON:Yolanda Pierce]]", "phone": "[[PHONE_NUMBER:(662) 281-0047]]", "service": "loc retwist", "appt": "[[DATE_TIME:2025-04-13 11:00]]", "deposit": 25}""",
    """volunteers:
  - name: [[PERSON:Siobhan Keane]]
    email: [[EMAIL_ADDRESS:siobhan.keane@gmail.com]]
    shift: Saturday food bank
    garda_vetting: complete
  - name: [[PERSON:Oisín Brennan]]
    email: [[EMAIL_ADDRESS:oisinbrennan@hotmail.com]]
    shift: Tuesday soup run
    garda_vetting: pending
  - name: [[PERSON:Gráinne Ní Mhurchú]]
    email: [[EMAIL_ADDRESS:grainne.nimhurchu@eircom.net]]
    shift: Saturday food bank
    garda_vetting: complete""",
    """Tenant: [[PERSON:Hassan Ali Warsame]]
Unit: [[ADDRESS:Flat 12, Kingsbury House]]
Move-in: [[DATE_TIME:01/09/2021]]
Phone: [[PHONE_NUMBER:07936 215 884]]
Arrears: £0.00

Tenant: [[PERSON:Ewelina Zając]]
Unit: [[ADDRESS:Flat 14, Kingsbury House]]
Move-in: [[DATE_TIME:15/03/2023]]
Phone: [[PHONE_NUMBER:07592 340 117]]
Arrears: £412.50

Tenant: [[PERSON:Marcus Boateng]]
Unit: [[ADDRESS:Flat 19, Kingsbury House]]
Move-in: [[DATE_TIME:28/07/2019]]
Phone: [[PHONE_NUMBER:07401 883 920]]
Arrears: £1,150.00""",
    """emp_id,first,last,age,sex,dept,start_date,ni_number
[[ID_NUMBER:10442]],[[PERSON:Priya]],[[PERSON:Venkataraman]],[[AGE:29]],F,Finance,[[DATE_TIME:2022-02-14]],[[ID_NUMBER:JK 41 77 20 C]]
[[ID_NUMBER:10517]],[[PERSON:Tobias]],[[PERSON:Hartley]],[[AGE:44]],M,Warehouse,[[DATE_TIME:2019-06-03]],[[ID_NUMBER:PB 82 13 65 A]]
[[ID_NUMBER:10602]],[[PERSON:Olamide]],[[PERSON:Ogunleye]],[[AGE:35]],F,IT,[[DATE_TIME:2023-09-18]],[[ID_NUMBER:SE 30 49 18 D]]
[[ID_NUMBER:10688]],[[PERSON:Callum]],[[PERSON:MacLeod]],[[AGE:51]],M,Facilities,[[DATE_TIME:2011-01-10]],[[ID_NUMBER:WL 66 02 94 B]]""",
    """| Shop | Trader | Goods | Phone | Levy paid |
|------|--------|-------|-------|-----------|
| [[ADDRESS:Shop B12]] | Mama [[PERSON:Nkechi Eze]] | provisions | [[PHONE_NUMBER:0803 117 6620]] | yes |
| [[ADDRESS:Shop B13]] | [[PERSON:Emeka Nwafor]] | phone accessories | [[PHONE_NUMBER:0806 440 2215]] | no |
| [[ADDRESS:Shop B15]] | [[PERSON:Halima Musa]] | fabrics | [[PHONE_NUMBER:0909 661 3378]] | yes |""",
    """passenger_name,nationality,passport_no,dob,seat
[[PERSON:OKONKWO]]/[[PERSON:ADANNA]] [[TITLE:MRS]],[[NRP:Nigerian]],[[ID_NUMBER:B04471829]],[[DATE_TIME:12MAR1986]],23C
[[PERSON:MENSAH]]/[[PERSON:KWEKU]] [[TITLE:MR]],[[NRP:Ghanaian]],[[ID_NUMBER:G3318702]],[[DATE_TIME:02JUL1979]],23D
[[PERSON:DIALLO]]/[[PERSON:MARIAMA]] [[TITLE:MS]],[[NRP:Guinean]],[[ID_NUMBER:R0119834]],[[DATE_TIME:28NOV1994]],24A""",
    """Student ID    Name                      Programme        Fees owed (KSh)
[[ID_NUMBER:S13/20441/21]]  [[PERSON:Kiprono Brian Kiplagat]]    BSc Nursing      42,500
[[ID_NUMBER:S13/20518/21]]  [[PERSON:Atieno Faith Owino]]        BSc Nursing      0
[[ID_NUMBER:E21/11873/22]]  [[PERSON:Mohamed Abdi Hussein]]      BEd Arts         18,200""",
    """[
  {"donor": "[[PERSON:Margaret Oyelowo]]", "email": "[[EMAIL_ADDRESS:m.oyelowo@btinternet.com]]", "gift_aid": true, "postcode": "[[ZIP_CODE:SE18 6QX]]", "amount_gbp": 50},
  {"donor": "[[PERSON:Desmond Achterberg]]", "email": "[[EMAIL_ADDRESS:des.achterberg@gmail.com]]", "gift_aid": false, "postcode": "[[ZIP_CODE:SE9 1UF]]", "amount_gbp": 20},
  {"donor": "[[PERSON:Funke Adeyemo]]", "email": "[[EMAIL_ADDRESS:funkeadeyemo@yahoo.com]]", "gift_aid": true, "postcode": "[[ZIP_CODE:DA15 7HS]]", "amount_gbp": 100}
]""",
    """Name;Telefon;Mitgliedsnummer;Stadt
[[PERSON:Kwabena Osei]];[[PHONE_NUMBER:+49 151 2284 4107]];[[ID_NUMBER:GV-0117]];[[LOCATION:Hamburg]]
[[PERSON:Comfort Asante]];[[PHONE_NUMBER:+49 160 9931 7742]];[[ID_NUMBER:GV-0123]];[[LOCATION:Bremen]]
[[PERSON:Richard Agyei]];[[PHONE_NUMBER:+49 176 3308 2219]];[[ID_NUMBER:GV-0140]];[[LOCATION:Hamburg]]""",
    """patient_id\tname\tdob\tmobile\tclinic_date\tward
[[ID_NUMBER:LUTH-00417723]]\t[[PERSON:Bamidele Oyewumi]]\t[[DATE_TIME:1961-04-30]]\t[[PHONE_NUMBER:08023351148]]\t[[DATE_TIME:2025-05-06]]\tRenal
[[ID_NUMBER:LUTH-00418802]]\t[[PERSON:Chiamaka Obidike]]\t[[DATE_TIME:1998-12-02]]\t[[PHONE_NUMBER:08160447729]]\t[[DATE_TIME:2025-05-06]]\tAntenatal
[[ID_NUMBER:LUTH-00419015]]\t[[PERSON:Sunday Akpabio]]\t[[DATE_TIME:1955-08-17]]\t[[PHONE_NUMBER:07031198824]]\t[[DATE_TIME:2025-05-07]]\tCardiology""",
    """- household: [[PERSON:Nguyen]] family
  address: [[ADDRESS:41 Cumberland St]], [[LOCATION:Cabramatta]]
  contact: [[PERSON:Lan Nguyen]], [[PHONE_NUMBER:0412 338 905]]
  hamper: yes
- household: [[PERSON:Tuilagi]] family
  address: [[ADDRESS:7/22 Cabramatta Rd E]], [[LOCATION:Cabramatta]]
  contact: [[PERSON:Losa Tuilagi]], [[PHONE_NUMBER:0433 120 786]]
  hamper: yes
- household: [[PERSON:Haddad]] family
  address: [[ADDRESS:115 John St]], [[LOCATION:Cabramatta]]
  contact: [[PERSON:Rima Haddad]], [[PHONE_NUMBER:0401 992 418]]
  hamper: no""",
    """Customer | Account | Meter | Address | Last reading
[[PERSON:Abubakar Shehu]] | [[ID_NUMBER:0141/22/4471-01]] | 45019927713 | [[ADDRESS:No. 9 Ali Akilu Road]], [[LOCATION:Kaduna]] | 18,442 kWh
[[PERSON:Esther Gambo]] | [[ID_NUMBER:0141/22/5530-01]] | 45019928805 | [[ADDRESS:No. 14 Constitution Road]], [[LOCATION:Kaduna]] | 9,120 kWh
[[PERSON:Paul Danladi]] | [[ID_NUMBER:0141/23/0082-02]] | 45020010374 | [[ADDRESS:No. 3 Kachia Road]], [[LOCATION:Kaduna]] | 22,018 kWh""",
    """"first_name","last_name","email","ip_address","signup"
"[[PERSON:Hye-jin]]","[[PERSON:Park]]","[[EMAIL_ADDRESS:hyejin.park@naver.com]]","[[IP_ADDRESS:211.36.142.58]]","[[DATE_TIME:2024-10-03]]"
"[[PERSON:Thabo]]","[[PERSON:Mokoena]]","[[EMAIL_ADDRESS:thabo.mokoena@gmail.com]]","[[IP_ADDRESS:41.13.250.7]]","[[DATE_TIME:2024-10-04]]"
"[[PERSON:Lucía]]","[[PERSON:Fernández]]","[[EMAIL_ADDRESS:lucia.fdz@outlook.es]]","[[IP_ADDRESS:2a0c:5a80:1204:9f00::3e]]","[[DATE_TIME:2024-10-04]]\"""",
    """Rank  Runner                 Club              Age  Time
1     [[PERSON:Eliud Kiprotich]]        Nandi AC          [[AGE:24]]   2:11:48
2     [[PERSON:Samuel Gebremariam]]     Addis Harriers    [[AGE:29]]   2:12:05
3     [[PERSON:Josh Whitcombe]]         Bristol & West    [[AGE:31]]   2:14:37
4     [[PERSON:Tadesse Alemu]]          unattached        [[AGE:22]]   2:15:10""",
    """| Claimant | Respondent | Property | Filed | Next hearing |
| --- | --- | --- | --- | --- |
| [[PERSON:Ruth Adjei]] | [[PERSON:Kwame Adjei]] | [[ADDRESS:Hse No. 21, Sakumono Estates]] | 2023 | [[DATE_TIME:14 May 2025]] |
| [[PERSON:Nii Lante Bruce]] | [[PERSON:Comfort Tagoe]] | [[ADDRESS:Plot 44, Kwabenya]] | 2022 | [[DATE_TIME:21 May 2025]] |
| [[PERSON:Augustina Boakye]] | Regimanuel Ltd | [[ADDRESS:Unit 7, Block C, Spintex Road]] | 2024 | [[DATE_TIME:3 June 2025]] |""",
    """cardholder,card_number,exp,cvv,billing_zip
[[PERSON:Darius Moreno]],[[CREDIT_CARD:4539812703651182]],08/27,114,[[ZIP_CODE:85716]]
[[PERSON:Keira O'Halloran]],[[CREDIT_CARD:5425233430109101]],01/26,870,[[ZIP_CODE:02127]]
[[PERSON:Vikram Bhatt]],[[CREDIT_CARD:379620511874024]],12/28,4410,[[ZIP_CODE:08817]]""",
    """name: [[PERSON:Imani Wanjiku]]
role: Treasurer
phone: [[PHONE_NUMBER:+254 712 440 981]]
mpesa_till: 5512097
---
name: [[PERSON:Otieno Ouma]]
role: Secretary
phone: [[PHONE_NUMBER:+254 733 208 615]]
mpesa_till: n/a
---
name: [[PERSON:Fatuma Hassan]]
role: Chair
phone: [[PHONE_NUMBER:+254 701 992 354]]
mpesa_till: n/a""",
    """Pupil\tYear\tParent email\tTrip consent\tMedical
[[PERSON:Aarav Kapoor]]\t5\t[[EMAIL_ADDRESS:nisha.kapoor@gmail.com]]\tY\tasthma inhaler
[[PERSON:Zara Okafor-Smith]]\t5\t[[EMAIL_ADDRESS:ijeoma.okafor@outlook.com]]\tY\tnone
[[PERSON:Finlay Morrison]]\t5\t[[EMAIL_ADDRESS:morrison.fam@btinternet.com]]\tN\tnut allergy
[[PERSON:Amira Haddad]]\t5\t[[EMAIL_ADDRESS:r.haddad@yahoo.co.uk]]\tY\tnone""",
    """+---------------------+------------------------------+-------------+
| Account holder      | IBAN                         | Country     |
+---------------------+------------------------------+-------------+
| [[PERSON:Jasper van Dijk]]     | [[IBAN_CODE:NL98ABNA0582291736]]           | [[LOCATION:Netherlands]] |
| [[PERSON:Lena Hofbauer]]       | [[IBAN_CODE:AT101904323418856071]]         | [[LOCATION:Austria]]     |
| [[PERSON:Mads Kjærgaard]]      | [[IBAN_CODE:DK8900403017558219]]           | [[LOCATION:Denmark]]     |
| [[PERSON:Yusuf Demir]]         | [[IBAN_CODE:DE49370400445081294417]]       | [[LOCATION:Germany]]     |
+---------------------+------------------------------+-------------+""",
    """S/N, NAME, AGE, SEX, STATE OF ORIGIN, LGA, PHONE
1, [[PERSON:Aminu Bala]], [[AGE:34]], M, [[LOCATION:Katsina]], [[LOCATION:Funtua]], [[PHONE_NUMBER:08065523109]]
2, [[PERSON:Grace Uche]], [[AGE:27]], F, [[LOCATION:Imo]], [[LOCATION:Owerri West]], [[PHONE_NUMBER:08134470286]]
3, [[PERSON:Tunde Ayeni]], [[AGE:41]], M, [[LOCATION:Ekiti]], [[LOCATION:Ado-Ekiti]], [[PHONE_NUMBER:07038812274]]
4, [[PERSON:Blessing Okon]], [[AGE:23]], F, [[LOCATION:Cross River]], [[LOCATION:Calabar South]], [[PHONE_NUMBER:09022156637]]""",
    """{"licensee": "[[PERSON:Sandeep Gill]]", "licence_no": "[[ID_NUMBER:DL-0420110098812]]", "dob": "[[DATE_TIME:1989-01-17]]", "state": "[[LOCATION:Punjab]]", "valid_till": "2034-01-16"}
{"licensee": "[[PERSON:Harpreet Kaur]]", "licence_no": "[[ID_NUMBER:PB-1020160044217]]", "dob": "[[DATE_TIME:1993-06-25]]", "state": "[[LOCATION:Punjab]]", "valid_till": "2036-06-24"}
{"licensee": "[[PERSON:Rohit Saini]]", "licence_no": "[[ID_NUMBER:HR-2620190031540]]", "dob": "[[DATE_TIME:1996-11-02]]", "state": "[[LOCATION:Haryana]]", "valid_till": "2039-11-01"}""",
    """Surname      Forenames            D.O.B.       Address                                   Postcode
[[PERSON:MacDonald]]    [[PERSON:Eilidh Morag]]         [[DATE_TIME:04/02/1992]]   [[ADDRESS:14 Craigie Park]], [[LOCATION:Aberdeen]]                 [[ZIP_CODE:AB25 2SJ]]
[[PERSON:Adebayo]]      [[PERSON:Oluwaseyi Daniel]]     [[DATE_TIME:19/10/1987]]   [[ADDRESS:Flat 6, 88 Union Grove]], [[LOCATION:Aberdeen]]          [[ZIP_CODE:AB10 6SA]]
[[PERSON:Kowalski]]     [[PERSON:Piotr]]                [[DATE_TIME:30/05/1979]]   [[ADDRESS:3 Don Terrace]], [[LOCATION:Aberdeen]]                   [[ZIP_CODE:AB24 2UH]]""",
    """| Username | Display name | Email | Last login | Country |
|:--|:--|:--|:--|:--|
| [[USERNAME:ade_bakes]] | [[PERSON:Adeola]] | [[EMAIL_ADDRESS:adeola.bakes@gmail.com]] | [[DATE_TIME:2025-03-02 18:44]] | [[LOCATION:Nigeria]] |
| [[USERNAME:kofi_kicks]] | [[PERSON:Kofi A.]] | [[EMAIL_ADDRESS:kofi.amankwah@yahoo.com]] | [[DATE_TIME:2025-03-01 07:12]] | [[LOCATION:Ghana]] |
| [[USERNAME:zeelovesyarn]] | [[PERSON:Zainab]] | [[EMAIL_ADDRESS:zainab.knits@hotmail.com]] | [[DATE_TIME:2025-02-27 22:05]] | [[LOCATION:UK]] |""",
    """policy,insured,dob,vehicle_reg,driver_licence,premium
MTR-884102,[[PERSON:Liam Fitzgerald]],[[DATE_TIME:1990-07-11]],[[ID_NUMBER:191-D-44187]],[[ID_NUMBER:041829377]],€612
MTR-884155,[[PERSON:Aoife Kinsella]],[[DATE_TIME:1985-03-29]],[[ID_NUMBER:222-KK-1093]],[[ID_NUMBER:039174520]],€488
MTR-884190,[[PERSON:Babatunde Ogunyemi]],[[DATE_TIME:1979-12-05]],[[ID_NUMBER:06-C-22871]],[[ID_NUMBER:027758316]],€701""",
    """Guest                  Room   Arrive       Depart       Phone
[[PERSON:Lwazi Khumalo]]          204    [[DATE_TIME:12 Dec]]       [[DATE_TIME:15 Dec]]       [[PHONE_NUMBER:+27 83 440 1927]]
[[PERSON:Hannelie du Plessis]]    207    [[DATE_TIME:12 Dec]]       [[DATE_TIME:14 Dec]]       [[PHONE_NUMBER:+27 72 118 5503]]
[[PERSON:Rajan Pillay]]           311    [[DATE_TIME:13 Dec]]       [[DATE_TIME:20 Dec]]       [[PHONE_NUMBER:+27 61 902 7734]]""",
    """id,name,email,phone,city,state,zip
1,[[PERSON:Marisol Vega]],[[EMAIL_ADDRESS:marisol.vega@icloud.com]],[[PHONE_NUMBER:915-774-2031]],[[LOCATION:El Paso]],[[LOCATION:TX]],[[ZIP_CODE:79912]]
2,[[PERSON:DeAndre Mitchell]],[[EMAIL_ADDRESS:dmitch22@gmail.com]],[[PHONE_NUMBER:214-608-3390]],[[LOCATION:Dallas]],[[LOCATION:TX]],[[ZIP_CODE:75216]]
3,[[PERSON:Chen Jiayi]],[[EMAIL_ADDRESS:jiayi.chen@utexas.edu]],[[PHONE_NUMBER:512-441-0986]],[[LOCATION:Austin]],[[LOCATION:TX]],[[ZIP_CODE:78705]]
4,[[PERSON:Obinna Eze]],[[EMAIL_ADDRESS:obinna.eze.tx@outlook.com]],[[PHONE_NUMBER:713-229-5518]],[[LOCATION:Houston]],[[LOCATION:TX]],[[ZIP_CODE:77072]]""",
    """Family                 Pledge (GH¢)   Paid   Contact
[[PERSON:Owusu-Ansah]]            500            500    [[PHONE_NUMBER:024 410 7732]]
[[PERSON:Darko]]                  300            150    [[PHONE_NUMBER:020 883 1045]]
[[PERSON:Amponsah]]               1,000          0      [[PHONE_NUMBER:054 226 9018]]""",
    """- member: [[PERSON:Rangi Parata]]
  iwi: [[NRP:Ngāti Porou]]
  phone: "[[PHONE_NUMBER:021 448 1973]]"
  dob: [[DATE_TIME:1974-09-14]]
- member: [[PERSON:Mere Tawhiri]]
  iwi: [[NRP:Tūhoe]]
  phone: "[[PHONE_NUMBER:027 330 8812]]"
  dob: [[DATE_TIME:1981-02-02]]
- member: [[PERSON:Hēmi Walker]]
  iwi: [[NRP:Ngāi Tahu]]
  phone: "[[PHONE_NUMBER:022 519 0467]]"
  dob: [[DATE_TIME:1990-11-27]]""",
    """SSN|LAST|FIRST|DOB|HIRE
[[US_SSN:318-62-4490]]|[[PERSON:KOWALCZYK]]|[[PERSON:ANNA]]|[[DATE_TIME:19830412]]|[[DATE_TIME:20150601]]
[[US_SSN:462-19-7735]]|[[PERSON:OYELARAN]]|[[PERSON:BABAJIDE]]|[[DATE_TIME:19770923]]|[[DATE_TIME:20090112]]
[[US_SSN:255-48-0163]]|[[PERSON:NAVARRO]]|[[PERSON:LUIS]]|[[DATE_TIME:19910105]]|[[DATE_TIME:20210816]]""",
    """Parishioner: [[PERSON:Teresa Wong]] | Envelope #: [[ID_NUMBER:1187]] | Address: [[ADDRESS:22 Hollis Ave]], [[LOCATION:Quincy]], [[LOCATION:MA]] [[ZIP_CODE:02171]]
Parishioner: [[PERSON:Michael Doherty]] | Envelope #: [[ID_NUMBER:1192]] | Address: [[ADDRESS:9 Beach St, Apt 3]], [[LOCATION:Quincy]], [[LOCATION:MA]] [[ZIP_CODE:02170]]
Parishioner: [[PERSON:Ifeoma Chukwu]] | Envelope #: [[ID_NUMBER:1203]] | Address: [[ADDRESS:410 Hancock St]], [[LOCATION:Quincy]], [[LOCATION:MA]] [[ZIP_CODE:02171]]""",
    """| Member | BVN | Loan (NGN) | Approved | Guarantor | Guarantor phone |
|--------|-----|------------|----------|-----------|-----------------|
| [[PERSON:Ngozi Alaribe]] | [[ID_NUMBER:22571904468]] | 250,000 | [[DATE_TIME:03/03/2025]] | [[TITLE:Chief]] [[PERSON:Okey Alaribe]] | [[PHONE_NUMBER:0803 742 1186]] |
| [[PERSON:Rashidat Lawal]] | [[ID_NUMBER:22318847705]] | 150,000 | [[DATE_TIME:03/03/2025]] | [[TITLE:Alhaji]] [[PERSON:Lawal Ayinde]] | [[PHONE_NUMBER:0805 119 6634]] |
| [[PERSON:Patience Effiong]] | [[ID_NUMBER:22690014382]] | 100,000 | [[DATE_TIME:10/03/2025]] | [[PERSON:Mrs. Arit Bassey]] | [[PHONE_NUMBER:0706 448 2291]] |""",
]

CHAT = [
    """[07:42] [[TITLE:Deaconess]] [[PERSON:Bisi]]: Good morning family. Harvest committee meets after second service today, please be punctual.
[07:45] Bro. [[PERSON:Chuks]]: Noted ma. Abeg who get [[TITLE:Pastor]] [[PERSON:Ayo]] new number? The old one no dey go.
[07:46] [[PERSON:Adaora]]: [[PHONE_NUMBER:0816 602 3391]]
[07:47] Bro. [[PERSON:Chuks]]: Thank you sis
[07:52] [[TITLE:Deaconess]] [[PERSON:Bisi]]: Also, Mama [[PERSON:Tunde]] was discharged on [[DATE_TIME:Friday 16th]] and is resting at home, [[ADDRESS:12 Adeniyi Jones Avenue]], [[LOCATION:Ikeja]]. Let us go and greet her.
[07:55] [[PERSON:Adaora]]: Amen. I fit go with [[PERSON:Kelechi]] on Tuesday evening.""",
    """[[PERSON:Holly]] (Agent): Hi, you're through to Holly at Halden Bank. Who am I speaking with today?
You: [[PERSON:Reginald Oduya]]. There's a payment of £389.99 to an electronics shop that I never made.
[[PERSON:Holly]] (Agent): Sorry to hear that, [[PERSON:Reginald]]. Could you confirm your date of birth and postcode for me?
You: [[DATE_TIME:11/07/1968]], [[ZIP_CODE:B13 9QL]]
[[PERSON:Holly]] (Agent): Thanks. I can see the card ending 6672 was used online on [[DATE_TIME:Sunday 9 March at 23:14]]. I've cancelled it and a replacement will go to [[ADDRESS:47 Yardley Wood Road]].
You: great, can you text me on [[PHONE_NUMBER:07718 402 955]] when it's posted?
[[PERSON:Holly]] (Agent): Will do. Your fraud case reference is FR-2231907.""",
    """#billing-escalations
[[PERSON:Priya Natarajan]]  9:02 AM
@[[USERNAME:marcus.bell]] can you call the customer back? [[PERSON:Denise Carver]], [[PHONE_NUMBER:(614) 338-2017]], says autopay hit her twice this month
[[PERSON:Marcus Bell]]  9:05 AM
on it. her acct is [[ID_NUMBER:88-4471920]] right?
[[PERSON:Priya Natarajan]]  9:06 AM
yep. also she moved, new address is [[ADDRESS:2290 Riverside Dr, Apt 5]], [[LOCATION:Columbus]] [[LOCATION:OH]] [[ZIP_CODE:43221]], pls update before the refund check goes out
[[PERSON:Marcus Bell]]  9:31 AM
done, refunded $84.17 to the card ending 0093""",
    """[[PERSON:Mr Boadu]]: [[PERSON:Kwesi]], your one-year advance ends on [[DATE_TIME:30th June]]. If you want to renew, it is GH¢ 18,000 now.
[[PERSON:Kwesi]]: Massa, that's 50% more than last year. The roof still leaks in the back room.
[[PERSON:Mr Boadu]]: My son [[PERSON:Kojo]] will come and fix the roof. Send the money to my MoMo [[PHONE_NUMBER:0244 903 127]] in my name, [[PERSON:Emmanuel Boadu]].
[[PERSON:Kwesi]]: I'll pay half on [[DATE_TIME:1st July]] and half by end of [[DATE_TIME:August]], ok?
[[PERSON:Mr Boadu]]: Ok but put it in writing. And tell your wife [[PERSON:Adwoa]] the gate key is with the caretaker.""",
    """JSS2 Parents Forum
[[PERSON:Mrs Okafor]]: Good evening parents. Has anybody seen the new fees schedule? Tuition don increase to ₦185,000 per term!
Baba [[PERSON:Aisha]]: Yes o. Dem talk say na because of diesel.
[[PERSON:Funmilayo Ige]]: I've paid for [[PERSON:Tobi]] already on [[DATE_TIME:Monday 6th January]]. PTA levy goes to the treasurer, [[PERSON:Mr. Onyekachi Eke]], Zenith [[ID_NUMBER:2287410963]].
[[PERSON:Mrs Okafor]]: Thanks ma. Please what's his number?
[[PERSON:Funmilayo Ige]]: [[PHONE_NUMBER:0802 551 7394]]. Tell am say na [[PERSON:Tobi]] mummy send you.""",
    """Agent [[PERSON:Ritu]]: Welcome to JioCare chat. May I know the registered name and number?
Customer: [[PERSON:Mohammed Irfan Shaikh]], [[PHONE_NUMBER:98201 44718]]
Agent [[PERSON:Ritu]]: Thank you, sir. For re-KYC please confirm your date of birth and the alternate number on file.
Customer: [[DATE_TIME:17-04-1990]], alternate is [[PHONE_NUMBER:022 2654 8813]]
Agent [[PERSON:Ritu]]: Verified. Your customer ID is [[ID_NUMBER:1100447729]]. The SIM will be reactivated within 4 hours; the new SIM's ICCID ending 5531 is already linked.
Customer: ok, and please send the bill to [[EMAIL_ADDRESS:irfan.shaikh90@rediffmail.com]] from now""",
    """@[[USERNAME:wanjiku_beads]]: Hi! Yes the Maasai collar necklace is still available, KSh 2,800.
@[[USERNAME:naliaka.w]]: Yay! Can you deliver to [[LOCATION:Kilimani]]? I'm at [[ADDRESS:Kindaruma Road, Apt 4C, Riverside Court]].
@[[USERNAME:wanjiku_beads]]: Sure, rider is [[PERSON:Omondi]], he'll call you. Pay to my M-Pesa [[PHONE_NUMBER:0712 884 031]], name [[PERSON:Wanjiku Njoroge]].
@[[USERNAME:naliaka.w]]: Sent! Confirmation SFG7K2LQ1P. My number is [[PHONE_NUMBER:0798 225 416]] for the rider.
@[[USERNAME:wanjiku_beads]]: Received, asante sana [[PERSON:Naliaka]]!""",
    """Westside Netball Club - Committee
[[PERSON:Shaz]]: Rego fees for the U13s are due. [[PERSON:Kylie]], can you chase the [[PERSON:Nguyen]] girls and [[PERSON:Ruby Tamihana]]?
[[PERSON:Kylie Brennan]]: Yep. [[PERSON:Ruby]]'s mum paid cash at training, I'll bank it. [[PERSON:Mrs Nguyen]] said she'll transfer tonight.
[[PERSON:Shaz]]: Good. Also [[PERSON:Tegan]] turned [[AGE:13]] on [[DATE_TIME:2 Feb]] so she has to move up a grade.
[[PERSON:Dave Pirozzi]]: Club BSB 633-000 acct 1722 4409 for anyone asking. Treasurer phone is mine, [[PHONE_NUMBER:0418 772 305]].""",
]

LOOKALIKE = [
    """Release 4.12.0 (build 2025.03.18-1042)
- Bumped the embedded OpenSSL to 3.0.13 and the Linux kernel headers to 6.1.82.
- Fixed a crash when the config contained a version string like 10.0.19045.3803 or 192.168.100.1-beta.
- Device serials now accept the new format SN-7F3A-22K9-0041; MACs such as 00:1A:2B:3C:4D:5E are masked in logs.
- Build hash: 9c41f0e7a2b8d6c3f1e0a9b7c5d3e1f2a4b6c8d0
- Known issue UUID 3f2c9e1a-7b44-4d0e-a1c9-82f03b6d5e77 remains open.
Thanks to [[PERSON:Ifeoma Nwachukwu]] for reporting the config crash. Questions: support@paylinehq.com or +1 800 555 0142 (Mon-Fri).""",
    """Directions to the Lekki warehouse (for all riders): from Obafemi Awolowo Way take the bridge to Herbert Macaulay Way, then left at Nnamdi Azikiwe Street, past the Murtala Muhammed flyover. Pickup code for order NG-ORD-4471192 is 7731; tracking number GIG-29184477310. Our hotline 0700 448 2000 is for riders only. Today's customer for this route is [[PERSON:Onyinye Madu]], [[PHONE_NUMBER:0813 990 2247]].""",
    """Bookshop restock, shelf 4B:
- Things Fall Apart, ISBN 978-0-385-47454-2, SKU BK-00417, qty 12
- Half of a Yellow Sun, ISBN 978-0-00-720028-3, SKU BK-00433, qty 6
- Local history reprint, ISBN 978-978-54219-8-9, SKU BK-01120, qty 20
- Ghana cookbook, ISBN 978-9988-8277-1-7, SKU BK-01121, qty 8
Invoice INV-77120 from the distributor is due on 30/04. Card terminal ID 44718290. Hold the signed copy for [[PERSON:Mrs. Temitope Alade]], who paid on [[DATE_TIME:14 April]].""",
    """INVOICE No. 2025/0417
Bright Paints Nig. Ltd, RC 1184472, 44 Ikorodu Road, Lagos. Tel: 01-2704418 | accounts@brightpaints.ng
VAT No. 08817744-0001 | PO ref: PO-AB-2291
Item PNT-EMUL-20L x 14 @ N38,500
Item PNT-GLOSS-4L x 6 @ N12,200
Bill to: [[PERSON:Ayodele Fashanu]], [[EMAIL_ADDRESS:ayo.fashanu@gmail.com]]
Bank: see remittance advice. Quote invoice number with payment.""",
    """Ward round notes, Florence Nightingale Ward: bed 12 on the Parkinson's pathway, bed 14 Hodgkin lymphoma follow-up, bed 15 Apgar 9/10 baby transferred to SCBU, bed 16 Glasgow Coma Scale 14. Clinic code NEU-07, referral ref RF-204417. Bookings on the appointments line 0161 555 0400 or outpatients@mft.example.nhs.uk. Only one named patient today: [[PERSON:Edwin Mensah]], DOB [[DATE_TIME:02/09/1951]].""",
    """Asset inventory export
host=fin-lap-0417 serial=5CG2314KXQ mac=3C:52:82:1F:0A:99 os=10.0.22631.3447 agent=7.14.2.1 uuid=4c4c4544-0052-3410-8048-b4c04f4b3132
host=fin-lap-0418 serial=5CG2314KZ7 mac=3C:52:82:1F:0B:02 os=10.0.22631.3447 agent=7.14.2.1 uuid=4c4c4544-0052-3410-8049-b4c04f4b3132
host=fin-lap-0419 serial=5CG2314L04 mac=3C:52:82:1F:0B:6E os=10.0.19045.4170 agent=7.13.0.9 assigned_to=[[EMAIL_ADDRESS:chinonso.okeke@harbourfin.com]]""",
    """Sunday bulletin: Opening hymn 221, readings from Psalm 23:1-6 and John 3:16-21, offertory hymn 402. Choir practice at 4:30 in the St. Peter's Hall. Building fund account details are on the notice board; the parish office is on Broad Street, opposite the General Post Office, phone 0302 664 118. Thanksgiving envelopes are numbered 1 to 400. Harvest bazaar on 12/10 at 10:00.""",
]


STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind68", STYLES, OUT)


if __name__ == "__main__":
    main()

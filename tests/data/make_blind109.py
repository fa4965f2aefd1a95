"""Build tests/data/blind109.jsonl: a new *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind109.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end of the file (the scaffolding copied below); gold_sets.py (whole
file); lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). Not read: minimize/, recognizers/, the
tests (beyond those lines), bench/, the README, any *.jsonl set, any other
make_*.py script, git history / log / status, anything under /tmp. The
detector, the bench and the tests were never run; git was not run at all.
Do not tune the detector against this set: once it has been used to tune,
it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (22 for BG, 19 for MK
and SI, whose national check digits were worked out too, so their check
digits come out 07 and 56 as they must); `gold_sets.check` re-checks cards
and IBANs. National ids with a public check digit were given a valid one by
hand-run throwaway code while writing (never to generate records): NHS
number, SIN, Aadhaar (Verhoeff), TFN, Medicare (AU), PPSN, NRIC, South
African id (agreeing with sex and birth date), BSN, CPF, DNI, Swiss AHV,
Greek AFM, Romanian CNP, Turkish TC Kimlik, OHIP (Luhn), NPI, Bulgarian
EGN, Macedonian EMBG and Slovenian EMSO (agreeing with birth date, sex and
region where shown), Slovenian tax number; and so were the look-alikes that
carry one (ISBN-13, IMEI, the company ABN). UK NI numbers, US SSNs, PAN,
NIN, BVN, Kenyan ids, SSS, UAN, passports, licences, plates, bank account
numbers and staff, student, member, patient and customer numbers were not
checked.

Styles (ids `blind109-<style>-NNN`; 240 records):
- `gen` (90): one to four sentences with personal data woven into prose,
  as a third-party LLM writes "realistic sentences with personal data";
  about a third on real estate, mortgages, tenancy and letting agents, the
  rest spread over banking, health, pharmacy, legal, schools, HR, travel,
  telecoms, government, gaming, social media, vets, deliveries, religion
  and politics. Names at the start, middle and end, lowercase and
  possessive; ages, dates, addresses, phones and ids in many shapes.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd mixed sentences with names, job titles, streets with
  building numbers, secondary addresses, IPs, MACs, user agents, cards with
  CVV and expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts,
  medical, loan and tenancy forms, notices, letters) and Nemotron-PII
  (JSON, log lines, SQL, XML, YAML / ini / .env config, code, HL7, tickets
  and forms); about a third on real estate, mortgages and lettings.
- `table` (35): one small labeled table per record (CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines, YAML, key: value blocks) with varied
  column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII, the few real
  PII values labeled; one has no PII at all.
About nine records in ten are in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, South Africa, Nigeria, Kenya, Singapore, the
Philippines and others, with names from the many cultures living there);
the rest (23) are in Bulgarian (8: 3 gen, 3 bench, 1 table, 1 lookalike),
Macedonian (7: 3 gen, 3 bench, 1 table) and Slovenian (8: 3 gen, 3 bench,
1 table, 1 chat).

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any shape,
  a weekday or clock time said with the date inside the span; not bare
  years, weekdays or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB, IFSC and routing numbers, CVVs and expiries,
  PINs, order / ticket / claim / policy / booking / tracking references,
  company phone numbers and role mailboxes, versions, hashes, serials,
  partial numbers ("ending 4417"), pets, eponyms and brands named after
  people, header rows.
Calls made while writing this set, in the same spirit:
- BIC / SWIFT codes are unlabeled like sort codes; VINs and IMEIs are
  unlabeled like serials; a company's ABN is unlabeled.
- Every real IPv4 / IPv6 address is IP_ADDRESS, private and server
  addresses in configs and logs included; IP-shaped versions are not.
- The leading timestamp of a log line and an event's "ts" / "placed" field
  stay unlabeled; fields for a person's own events (dob, last login,
  reported, scheduled, move-in, lease start) and an email's Date header are
  DATE_TIME; so are a person's viewing, inspection, check-in / check-out,
  completion, possession and lease dates, and a deadline set for a person
  in a letter to them; a recurring "due by the 5th" is not.
- Accounts held by a person (bank, mortgage account, utility customer,
  tenant number, insurance member id) are ID_NUMBER; application, listing,
  deposit-certificate, strata-plan, valuation, claim and policy references
  are not. Professional numbers of an individual (NMLS, NPI, the Bulgarian
  doctor's UIN) are ID_NUMBER.
- Property addresses and house names are ADDRESS even when the property is
  for sale; a street without a number is not labeled; in Bulgarian and
  Macedonian addresses "ул.", "бул.", "ж.к.", "бл.", "вх.", "ет.", "ап.",
  "бр.", "стан" are inside the ADDRESS span; a Slovenian street in the
  locative ("na Celovški cesti 112") is ADDRESS.
- Titles that TITLE_IN_NAME does not split (Capt., Chief, Engr., Father,
  Constable, д-р, г-дин, г-ѓа, Ga.) are marked [[TITLE:...]] by hand; the
  "г." (year) after a Bulgarian or Macedonian date stays outside the span.
- A named agent's mobile or own work email is labeled; an agency's
  switchboard or role mailbox (lettings@, sales.harrogate@) is not, nor a
  company's bank (client) account; a company's street address with a
  number is ADDRESS like any other.
- Chat timestamps are clock times alone and stay unlabeled; a mortgage
  fixed-rate end date or a flight date told for a named person is DATE_TIME.
- "Surname, Given" and "SURNAME/GIVEN" names are two PERSON spans; a title
  after the name ("MR", "MSTR" in a manifest) is TITLE.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind109.jsonl")

GEN = [
    """Hi, I'm [[PERSON:Dervla Keane]] and I'd love to view the two-bed at [[ADDRESS:41 Harcourt Terrace]], [[LOCATION:Dublin 2]]. Would [[DATE_TIME:Saturday 9 March at 11am]] suit the agent? Best number for me is [[PHONE_NUMBER:087 316 4420]].""",
    """The tenancy for [[ADDRESS:Flat 3, 18 Corporation Street]], [[LOCATION:Coventry]] [[ZIP_CODE:CV1 1GF]] starts on [[DATE_TIME:1 April 2024]]. The tenants, [[PERSON:Oluwaseun Adeyemi]] and [[PERSON:Grace Adeyemi]], paid a £1,150 deposit, which we protected with the DPS under certificate 8834-1190-22.""",
    """[[PERSON:jake holloway]] (dob [[DATE_TIME:02/11/1991]]) is applying for a £240,000 repayment mortgage with a 10% deposit. His salary of £58,500 goes into account [[ID_NUMBER:41882093]], sort code 20-45-73, and his employer has confirmed it in writing.""",
    """My daughter [[PERSON:Mei-Lin]] turned [[AGE:16]] on [[DATE_TIME:June 3rd]], so I'd like to open a teen checking account for her. Could you send the forms to [[EMAIL_ADDRESS:s.lin.family@outlook.com]]? Thanks, [[PERSON:Sharon Lin]]""",
    """Patient [[PERSON:Rahul Venkataraman]], [[AGE:58]], was admitted on [[DATE_TIME:12 Feb 2024]] with chest pain. NHS number [[ID_NUMBER:485 777 3023]]; registered GP [[PERSON:Dr. Siobhan Fairley]], Millbrook Surgery.""",
    """Your prescription is ready for pickup, [[PERSON:Tyrone Whitaker]]. For security we'll ask you to confirm your date of birth ([[DATE_TIME:7-19-1979]]) and the phone number on file, [[PHONE_NUMBER:(901) 462-3385]].""",
    """Can you let [[PERSON:Mrs. Okonkwo]] at [[ADDRESS:Flat 6, 22 Wellington Road]] know the gas engineer is booked for [[DATE_TIME:Thursday the 14th, 8am-12pm]]? If nobody's in he'll use the office key.""",
    """[[PERSON:Aroha Ngata]]'s parent–teacher interview is on [[DATE_TIME:Wednesday 22 May at 3.40pm]] with [[PERSON:Mr. Fenwick]] in room B12. Text [[PHONE_NUMBER:021 448 3310]] if you need to swap times.""",
    """Welcome aboard, [[PERSON:Chidinma]]! Your staff ID is [[ID_NUMBER:EMP-20417]] and your first day is [[DATE_TIME:Monday, 6 January 2025]]. Payroll still needs your TFN; you wrote [[ID_NUMBER:459 230 184]] on the form, so just confirm it's current.""",
    """Front desk note: [[PERSON:Hamid Rezaei]] and his wife [[PERSON:Shirin]] check in on [[DATE_TIME:18/08/2024]] for five nights. He travels on an [[NRP:Iranian]] passport, no. [[ID_NUMBER:K44182093]], and has asked for a quiet room away from the lift.""",
    """Hello [[PERSON:Marcus]], thanks for your offer of £412,000 on [[ADDRESS:7 Quarry Lane]], [[LOCATION:Harrogate]]. The vendors, [[PERSON:Pauline]] and [[PERSON:Derek Ashworth]], have accepted subject to your mortgage offer; please send your agreement in principle to sales.harrogate@ridingsestates.co.uk.""",
    """I'd like to port my number [[PHONE_NUMBER:+63 917 845 2210]] to another network. The postpaid account is in the name of [[PERSON:Maria Cristina Dela Cruz]], born [[DATE_TIME:April 9, 1986]], and my billing address is [[ADDRESS:Unit 1407, The Residences at Greenbelt]], [[LOCATION:Makati City]].""",
    """Bella the beagle is due for her booster on [[DATE_TIME:2 October]]. Owner: [[PERSON:Sanjay Mistry]], mobile [[PHONE_NUMBER:07812 553 019]], [[ADDRESS:88 Belgrave Gate]], [[LOCATION:Leicester]].""",
    """The hearing in [[PERSON:Mokoena]] v [[PERSON:Dlamini]] has moved to [[DATE_TIME:27 November 2024 at 09:30]] at the magistrate's court in [[LOCATION:Johannesburg]]. [[PERSON:Ms Thandiwe Mokoena]]'s ID number, [[ID_NUMBER:9308170129082]], must appear on the affidavit.""",
    """Hi, this is [[PERSON:li wei]], student number [[ID_NUMBER:s3928174]]. I was in hospital from [[DATE_TIME:3 to 7 October]] and would like an extension on my FIT2004 assignment; you can reach me at [[EMAIL_ADDRESS:li.wei.2021@student.monash.edu]].""",
    """our landlord [[PERSON:Mr Gurpreet Sandhu]] says the rent on [[ADDRESS:52B Ladypool Road]] in [[LOCATION:Sparkbrook]] is going up by £75 from [[DATE_TIME:1st July]] - can he do that without a proper Section 13 notice?? we've been there since [[DATE_TIME:August 2019]]""",
    """Congrats to [[USERNAME:xX_Vortex_Xx]] (real name [[PERSON:Callum Briggs]], [[AGE:19]], from [[LOCATION:Swansea]]) who took the regional Rocket League final last weekend and the £500 prize.""",
    """If anyone found a black wallet near [[LOCATION:Bondi Junction]] station, it's mine, [[PERSON:Isla Fitzgerald]]. My licence ([[ID_NUMBER:14982273]]) and Medicare card are in it. Please call [[PHONE_NUMBER:0412 883 091]]!""",
    """Parcel for [[PERSON:Yusuf Karaca]], [[ADDRESS:Apt 1203, 301 Queen Street West]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5V 2A4]]. Leave with the concierge if no answer; tracking 1Z4F83920311827745.""",
    """Further to our call on [[DATE_TIME:Tuesday 4 June]], [[PERSON:Anjali]] and [[PERSON:Rohan Kapoor]] now have a decision in principle for £385,000 over 30 years. Their conveyancer is [[PERSON:Fiona McBride]] ([[EMAIL_ADDRESS:fmcbride@mcbride-conveyancing.co.uk]]), and they hope to exchange by the [[DATE_TIME:end of July]].""",
    """Claim opened for [[PERSON:Beatriz Oliveira]] after a burst pipe at [[ADDRESS:1184 Sycamore Drive]], [[LOCATION:Kissimmee]], [[LOCATION:FL]] [[ZIP_CODE:34741]]. Date of loss [[DATE_TIME:08/27/2024]]; adjuster visit set for [[DATE_TIME:Sept 3 at 1:00 PM]].""",
    """hey it's [[PERSON:kwame]] - I froze my membership on [[DATE_TIME:the 2nd of Feb]] but you still charged my card ending 4417 this month. member no. [[ID_NUMBER:PF-3318872]]""",
    """User [[PERSON:Henrik Solberg]] ([[EMAIL_ADDRESS:h.solberg@fjordvik-consult.no]]) has been locked out since [[DATE_TIME:March 11]]; the failed attempts all come from [[IP_ADDRESS:84.211.37.102]], which isn't his home connection.""",
    """We received the application for a replacement Social Security card for [[PERSON:Dolores Ybarra]], SSN [[US_SSN:528-41-7790]], on [[DATE_TIME:Jan. 16, 2025]]. The card will be mailed to [[ADDRESS:4410 W Camelback Rd, Apt 27]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85031]].""",
    """Hi [[PERSON:Tomasz]], it's [[PERSON:Leanne]] from Castle Lettings. Referencing for [[ADDRESS:Flat 2, 9 Albany Street]] came back clear, so could you pop in Friday at 4 to sign? Bring your [[NRP:Polish]] ID card and the first month's rent.""",
    """Здравейте, казвам се [[PERSON:Десислава Петрова]] и търся двустаен апартамент под наем в [[LOCATION:Лозенец]] или [[LOCATION:Иван Вазов]], до 1200 лв. на месец. Моля, обадете ми се на [[PHONE_NUMBER:0888 412 307]] след 18 ч.""",
    """Клиентът [[PERSON:Николай Стоянов Иванов]], ЕГН [[ID_NUMBER:8703144526]], роден на [[DATE_TIME:14.03.1987]] г., подаде искане за жилищен кредит на [[DATE_TIME:5 юни 2024]] г. за покупка на апартамент на [[ADDRESS:ул. „Шипка“ № 23, ет. 4, ап. 11]], [[LOCATION:Пловдив]].""",
    """[[PERSON:Мария Георгиева]], на [[AGE:34]] години, има преглед при [[TITLE:д-р]] [[PERSON:Светлин Колев]] във [[DATE_TIME:вторник, 22 октомври, в 10:30]] ч. Ако не може да дойде, да позвъни на [[PHONE_NUMBER:+359 87 640 2219]].""",
    """Издавам двособен стан на [[ADDRESS:ул. Партизанска бр. 17, стан 8]], [[LOCATION:Битола]], 250 евра месечно плус режии. За разгледување јавете се на [[PHONE_NUMBER:070 318 442]], [[PERSON:Горан]].""",
    """[[PERSON:Елена Трајковска]], родена на [[DATE_TIME:3 септември 1990]] година, со ЕМБГ [[ID_NUMBER:0309990415170]], побара станбен кредит од 45.000 евра. Платата ѝ легнува на сметка [[IBAN_CODE:MK07 3007 0120 0447 169]].""",
    """Мојот син [[PERSON:Стефан Николовски]] има [[AGE:11]] години и од [[DATE_TIME:1 септември]] ќе оди во ООУ „Гоце Делчев“ во [[LOCATION:Куманово]]. Контакт: [[EMAIL_ADDRESS:biljana.nikolovska@yahoo.com]].""",
    """Pozdravljeni, sem [[PERSON:Nina Kovačič]] in me zanima ogled dvosobnega stanovanja na [[ADDRESS:Celovški cesti 112]] v [[LOCATION:Ljubljani]]. Lahko pridem v [[DATE_TIME:sredo, 16. oktobra, ob 17.00]]. Moja številka je [[PHONE_NUMBER:041 552 873]].""",
    """Vloga za stanovanjski kredit: kreditojemalec [[PERSON:Matej Zupan]], rojen [[DATE_TIME:8. 11. 1986]], EMŠO [[ID_NUMBER:0811986500241]], davčna številka [[ID_NUMBER:15643824]], stalno prebivališče [[ADDRESS:Prešernova ulica 8]], [[ZIP_CODE:4000]] [[LOCATION:Kranj]]. Plača se nakazuje na [[IBAN_CODE:SI56 0210 0178 4529 097]].""",
    """[[TITLE:Ga.]] [[PERSON:Vesna Horvat]] ([[AGE:67]] let) je bila [[DATE_TIME:3. marca]] sprejeta na internistični oddelek v [[LOCATION:Mariboru]]; hči [[PERSON:Petra]] je dosegljiva na [[PHONE_NUMBER:+386 31 204 667]].""",
    """Rental application received from [[PERSON:Destiny Harrington]] for [[ADDRESS:2250 N Lincoln Ave, Unit 4C]], [[LOCATION:Chicago]]. She's [[AGE:27]], works as a dental hygienist and wants to move in [[DATE_TIME:November 1]]; her current landlord, [[PERSON:Vic Romano]], can be reached at [[PHONE_NUMBER:773-508-2291]].""",
    """Hi [[PERSON:Priscilla]], just confirming the routine inspection of [[ADDRESS:14/62 Brunswick Street]], [[LOCATION:Fitzroy]] [[LOCATION:VIC]] [[ZIP_CODE:3065]] on [[DATE_TIME:Thu 12 Sept between 10 and 10:30am]]. You don't need to be home. Cheers, [[PERSON:Nick]] at Barton & Loh Property""",
    """Dear [[PERSON:Mr. Abimbola Ogunleye]], our records show your mortgage account [[ID_NUMBER:7003 1184 2296]] is two payments in arrears. Please call our customer support team on 0345 600 2290 before [[DATE_TIME:21 March 2025]] to discuss your options.""",
    """Tenant [[PERSON:Brian Otieno]] of [[ADDRESS:House No. 14, Kileleshwa Court, Othaya Road]], [[LOCATION:Nairobi]], is reminded that rent of KSh 45,000 is due by the 5th; pay via M-Pesa to the caretaker, [[PERSON:Mrs. Njeri Wanjiru]], on [[PHONE_NUMBER:0722 418 903]].""",
    """The buyers, [[PERSON:Harpreet Gill]] and [[PERSON:Simran Gill]], take possession of [[ADDRESS:8841 152 Street]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3R 4G2]] on [[DATE_TIME:August 30, 2024]]; keys will be released by their realtor, [[PERSON:Dwayne Choi]], once funds clear.""",
    """hi is the double room on Hubert Road in [[LOCATION:Selly Oak]] still going? I'm [[PERSON:Ama]], second year at uni, I'd move in [[DATE_TIME:mid-September]] and my mum [[PERSON:Efua Boateng]] would be guarantor. my number's [[PHONE_NUMBER:07956 201 884]]""",
    """Flat for rent in [[LOCATION:Koramangala]] 5th Block: the owner, [[PERSON:Lakshmi Narayanan]], wants a ten-month deposit. Tenant [[PERSON:Arjun Mehta]] shared his Aadhaar ([[ID_NUMBER:4821 6637 9028]]) and PAN [[ID_NUMBER:BQRPM4471K]] for the rent agreement registered on [[DATE_TIME:15-07-2024]].""",
    """[[PERSON:Darnell Fuller]] was served a 3-day notice to pay or quit at [[ADDRESS:610 Alcott St, Apt 2]], [[LOCATION:Denver]] on [[DATE_TIME:Oct 7]]; his court date is [[DATE_TIME:October 24 at 8:30 a.m.]]""",
    """[[PERSON:Yolanda Reyes]] from Sunbelt Property Management emailed [[PERSON:Connor Blake]] to say his lease at [[ADDRESS:3312 Whispering Oaks Ln]], [[LOCATION:San Antonio]], ends on [[DATE_TIME:12/31/2024]] and can be renewed at $1,845 a month if he replies by [[DATE_TIME:Nov 15]].""",
    """Agent's note: [[TITLE:Chief]] [[PERSON:Emeka Nwosu]] has agreed to let the 3-bedroom flat at [[ADDRESS:12 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]] to [[PERSON:Funmilayo Adebayo-Cole]] for two years from [[DATE_TIME:1 March 2025]]; her BVN, [[ID_NUMBER:22318406715]], was verified for the rent guarantee.""",
    """[[PERSON:Tan Wei Ming]] (NRIC [[ID_NUMBER:S8841267B]]) is selling his 4-room HDB flat at [[ADDRESS:Blk 512 Bedok North Avenue 3, #08-221]], [[LOCATION:Singapore]] [[ZIP_CODE:460512]]; the resale application was submitted on [[DATE_TIME:9 May 2024]].""",
    """We're [[PERSON:Sione]] and [[PERSON:Mele Taufa]], first-home buyers from [[LOCATION:Ōtāhuhu]], and our KiwiSaver withdrawal has just been approved for the house at [[ADDRESS:27 Church Street]], [[LOCATION:Onehunga]]. Settlement is [[DATE_TIME:Friday 28 June]], so can we book the final inspection for [[DATE_TIME:the 27th]]?""",
    """I rented [[ADDRESS:Flat 9, Marlowe House, 40 Dean Street]] through [[PERSON:Kieran Doyle]] at Hollis & Co, and he's kept £600 of my deposit for "cleaning". My name is [[PERSON:Sofia Lindqvist]], I moved out on [[DATE_TIME:30/09/2024]], and my forwarding address is [[ADDRESS:12 Rosebery Avenue]], [[LOCATION:London]] [[ZIP_CODE:EC1R 4SX]].""",
    """Completion on the sale of [[ADDRESS:The Old Forge, Mill Lane]], [[LOCATION:Little Wenham]], [[LOCATION:Suffolk]] [[ZIP_CODE:IP7 6PZ]] is set for [[DATE_TIME:Friday 13 December 2024 at noon]]; the sellers, [[PERSON:Hugh]] and [[PERSON:Penelope Travers-Lane]], have asked that the keys be left with the neighbour.""",
    """My son [[PERSON:Elijah]] is [[AGE:20]] and renting his first apartment, so I'm co-signing the lease. I'm [[PERSON:Rochelle Dawson]], SSN [[US_SSN:419-62-8830]], and my income goes into my Chase checking, account [[ID_NUMBER:000482291157]].""",
    """Hi po, I'm [[PERSON:Jerome Villanueva]], interested in the 1BR condo sa [[LOCATION:Mandaluyong]]. I can view on [[DATE_TIME:Sat, Oct 19, 2pm]]. My number is [[PHONE_NUMBER:0918 227 4410]] and email [[EMAIL_ADDRESS:jvillanueva88@gmail.com]]. Salamat!""",
    """[[PERSON:Ciarán Ó Súilleabháin]] and [[PERSON:Aoife Brennan]] have mortgage approval for €310,000; their PPS numbers are [[ID_NUMBER:6418273S]] and [[ID_NUMBER:2093541D]], and they're bidding on [[ADDRESS:5 Ard na Gréine]], [[LOCATION:Ballincollig]], [[LOCATION:Co. Cork]] [[ZIP_CODE:P31 X2V8]].""",
    """The lease between landlord [[PERSON:Pieter van der Merwe]] and tenant [[PERSON:Sizwe Khumalo]] (ID [[ID_NUMBER:880512 5084 081]]) for [[ADDRESS:Unit 7, Sea Point Mansions, 211 Main Road]], [[LOCATION:Sea Point]], [[LOCATION:Cape Town]] [[ZIP_CODE:8005]] runs from [[DATE_TIME:1 Feb 2025]] to [[DATE_TIME:31 Jan 2026]].""",
    """The surveyor, [[PERSON:Graham Pettigrew]], valued [[PERSON:Ms. Inês Carvalho]]'s flat at [[ADDRESS:3/2, 118 Hyndland Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 5PN]] at £198,000 on [[DATE_TIME:4 March]], which is £7,000 below her agreed price.""",
    """Hi, this is [[PERSON:Gloria Mensah]]. Someone used my Visa [[CREDIT_CARD:4716 0925 5583 1845]] at a gas station in [[LOCATION:Reno]] while I was home in [[LOCATION:Sacramento]] all day on [[DATE_TIME:Sunday, May 5]]. Please block it and send a new one.""",
    """[[PERSON:Declan Murphy]], [[AGE:23]], wants comprehensive cover on a 2017 Ford Fiesta, reg [[ID_NUMBER:KX17 LZP]], kept overnight at [[ADDRESS:61 Hollybush Lane]], [[LOCATION:Wolverhampton]]. He passed his test on [[DATE_TIME:14/06/2022]] and his licence number is [[ID_NUMBER:MURPH001201DJ9AB]].""",
    """From this month, salary for [[PERSON:Kavya Subramanian]] (emp. code [[ID_NUMBER:TCS-884120]]) will be credited to her SBI account [[ID_NUMBER:30918827641]], IFSC SBIN0004213; her UAN is [[ID_NUMBER:100947362218]].""",
    """Passenger [[PERSON:Obinna Eze]], seat 23C, missed his connection in [[LOCATION:Doha]] and has been rebooked on [[DATE_TIME:14 Jan 2025, 02:15]] to [[LOCATION:Lagos]]. Contact [[PHONE_NUMBER:+234 803 421 7765]].""",
    """omg [[PERSON:jess]] just posted her whole address in the uni group chat ([[ADDRESS:19 Carrow Rd]], [[LOCATION:Norwich]] [[ZIP_CODE:NR1 1HU]]) someone tell her to delete it. [[PERSON:Marnie]] says her insta [[USERNAME:jess.w.xo]] is public too""",
    """Roosevelt Middle School principal [[PERSON:Dr. Alisha Grant]] called [[PERSON:Brandon Kowalczyk]]'s mother at [[PHONE_NUMBER:(614) 229-0873]] after he was absent from [[DATE_TIME:Feb 3 to Feb 7]]; he's [[AGE:13]] and in seventh grade.""",
    """Witness [[PERSON:Fatima-Zahra Benali]], [[AGE:41]], of [[ADDRESS:4587 rue Saint-Denis]], [[LOCATION:Montréal]], told officers she saw the grey Civic, plate [[ID_NUMBER:G42 KTR]], leave the lot around 11 pm.""",
    """Thanks, [[PERSON:Mr. Ravi Chandrasekar]]: your RRSP contribution of $6,000 made on [[DATE_TIME:February 27, 2025]] is confirmed. The tax receipt, showing your SIN [[ID_NUMBER:527 180 939]], has been emailed to [[EMAIL_ADDRESS:ravi.chandrasekar@rogers.com]].""",
    """Met a guy called [[PERSON:Luca]] on Hinge, he says he's [[AGE:32]] and lives in [[LOCATION:Shoreditch]] but his insta [[USERNAME:luca_rossi_ldn]] says he's in [[LOCATION:Milan]] half the year 🤔""",
    """[[PERSON:Mrs. Evelyn Park]], your colonoscopy with [[PERSON:Dr. Hassan]] is scheduled for [[DATE_TIME:Tuesday, March 18 at 7:45 AM]] at the Mercy outpatient center. Your MRN is [[ID_NUMBER:00729314]]; reply C to confirm.""",
    """During the stop, [[PERSON:Kyle Andersen]] produced a Minnesota driver's license, [[US_DRIVER_LICENSE:K418337592014]], gave his date of birth as [[DATE_TIME:9/14/1996]] and said he'd lived at [[ADDRESS:2217 Cedar Ave S]], [[LOCATION:Minneapolis]] for two years.""",
    """[[PERSON:Natalie Brooks]]'s U.S. passport, number [[US_PASSPORT:581337204]], runs out in two months, so she has to renew it before her trip to [[LOCATION:Japan]].""",
    """Your driver [[PERSON:Abdirahman]] is arriving in a white Toyota Camry, plate [[ID_NUMBER:CJX 4471]]. Want to share your trip with [[PERSON:Hannah]]?""",
    """I'm [[PERSON:Guadalupe Ortiz-Ramírez]], [[AGE:35]], a bilingual paralegal in [[LOCATION:El Paso]], applying for the role posted on your site. I'm available from [[DATE_TIME:July 8]] and can be reached at [[EMAIL_ADDRESS:lupe.ortiz.ramirez@icloud.com]] or [[PHONE_NUMBER:915-443-2086]].""",
    """Please pay my refund to my German account: [[PERSON:Jonas Weber]], [[IBAN_CODE:DE44 5001 0517 5407 3249 31]]. I moved back to [[LOCATION:Frankfurt]] from [[LOCATION:Leeds]] on [[DATE_TIME:20 December]].""",
    """Our grandmother, [[PERSON:Rosaria Esposito]], [[AGE:89]], moves into room 14 at Willowbrook Care Home on [[DATE_TIME:Monday 10 February]]; her GP is [[PERSON:Dr. Kaur]] and her NHS number is [[ID_NUMBER:401 023 2137]].""",
    """New member: [[PERSON:Mitchell O'Brien]], DOB [[DATE_TIME:1998-11-04]], emergency contact [[PERSON:Kate O'Brien]] on [[PHONE_NUMBER:0433 190 672]]. Direct debit from BSB 062-000, account [[ID_NUMBER:1044 8127]].""",
    """Dear [[PERSON:Suresh Babu Kondapalli]], your Aadhaar [[ID_NUMBER:7390 1258 4667]] was linked to mobile [[PHONE_NUMBER:+91 98450 21337]] on [[DATE_TIME:24-Aug-2024 16:02]]. If this wasn't you, call 1947.""",
    """[[TITLE:Father]] [[PERSON:Tomás Aguilar]] will baptise [[PERSON:Gabriel]], son of [[PERSON:Marisol]] and [[PERSON:Andrés Paredes]], at St Anne's on [[DATE_TIME:Sunday 6 April at 12:30]]; both godparents must be practising [[NRP:Catholics]].""",
    """At Tuesday's town hall, lifelong [[NRP:Republican]] [[PERSON:Gary Whitfield]], [[AGE:71]], of [[LOCATION:Doylestown]], told reporters he'd be sitting this election out.""",
    """[[PERSON:Akinyi Odhiambo]], ID no. [[ID_NUMBER:28814530]], attended the antenatal clinic in [[LOCATION:Kisumu]] on [[DATE_TIME:11/03/2025]]; her next visit is [[DATE_TIME:8 April]]. NHIF no. [[ID_NUMBER:R0418832]].""",
    """Return authorised for [[PERSON:Benedict Asante]]: the blender (order #AMZ-114-8823017-2291) will be collected from [[ADDRESS:7 Tenter Close]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK12 5HS]] on [[DATE_TIME:Wed 26 Feb]]; the refund goes back to the card ending 0917.""",
    """Case worker note: [[PERSON:Tiana]] ([[AGE:6]]) and her brother [[PERSON:Malik]] ([[AGE:9]]) are staying with their aunt, [[PERSON:Shanice Cooper]], at [[ADDRESS:88 Fulton St, Apt 3R]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11216]] until the review on [[DATE_TIME:5/22]].""",
    """Hi! This is [[PERSON:Rhea Mae Santos]]. I need to update SSS number [[ID_NUMBER:34-1827640-9]] with my married name, [[PERSON:Rhea Mae Santos-Lim]]; we married on [[DATE_TIME:December 14, 2024]] in [[LOCATION:Cebu City]].""",
    """G'day, [[PERSON:Bronwyn Tait]] here. The ATO letter dated [[DATE_TIME:3 Sept]] says my TFN [[ID_NUMBER:615 409 824]] is linked to a second employer in [[LOCATION:Darwin]], and I've never worked for them.""",
    """Moving-out notice from [[PERSON:Samuel Idowu]]: the final meter reading at [[ADDRESS:23 Balmoral Crescent]], [[LOCATION:Reading]] is to be taken on [[DATE_TIME:31/10]]; customer number [[ID_NUMBER:100582931]]; please send the final bill to [[EMAIL_ADDRESS:sam.idowu@protonmail.com]].""",
    """[[PERSON:Prof. Hyun-woo Lee]] from KAIST gives the keynote. He lands at [[LOCATION:Heathrow]] on [[DATE_TIME:21 June at 07:10]] and [[PERSON:Emily]] will meet him in arrivals; her mobile is [[PHONE_NUMBER:+44 7723 118 054]].""",
    """[[PERSON:Niamh Gallagher]]'s motor tax for [[ID_NUMBER:191-D-22874]] runs out at the end of the month; she lives at [[ADDRESS:Apartment 4, Clarion Quay]], [[LOCATION:Dublin 1]] and her PPSN is [[ID_NUMBER:8832160I]].""",
    """Sawubona [[PERSON:Nomvula]]! Your FNB account [[ID_NUMBER:62874019935]] was opened on [[DATE_TIME:2024/09/12]], and your card will be couriered to [[ADDRESS:41 Jan Smuts Avenue]], [[LOCATION:Rosebank]]. Questions? WhatsApp 087 575 9404.""",
    """[[TITLE:Engr.]] [[PERSON:Babatunde Bakare]], [[AGE:44]], resumes as site manager in [[LOCATION:Port Harcourt]] on [[DATE_TIME:2nd January 2025]]; his NIN is [[ID_NUMBER:48201937556]] and he can be reached on [[PHONE_NUMBER:0803 552 1904]].""",
    """Under-12s: [[PERSON:Zain Qureshi]] (born [[DATE_TIME:11.05.2013]]) has moved down from [[LOCATION:Bradford]] and wants to join; his dad [[PERSON:Imran]] will bring him to training on [[DATE_TIME:Saturday 7 Sept at 9]].""",
    """Reminder for [[PERSON:Olivia-Rose Bennett]]: dental check-up with [[PERSON:Mr Patel]] on [[DATE_TIME:Mon 3rd March, 16:20]]. To cancel, call the practice; please bring your NHS exemption certificate.""",
    """Selling my 2015 Golf, reg [[ID_NUMBER:LD65 XKE]], 78k miles, full history. Viewings at [[ADDRESS:14 Fernhill Road]], [[LOCATION:Farnborough]]; ask for [[PERSON:Dom]] on [[PHONE_NUMBER:07700 914 226]].""",
    """[[PERSON:João Pedro Almeida]], a [[NRP:Brazilian]] engineer relocating to [[LOCATION:Houston]], sent his CPF ([[ID_NUMBER:382.916.045-33]]) and date of birth ([[DATE_TIME:19/02/1990]]) so HR could start the visa paperwork.""",
    """The Airbnb host asked [[PERSON:Lucía Fernández Ortega]] to upload her DNI, [[ID_NUMBER:48271936L]], before check-in on [[DATE_TIME:Friday 25 July]] at the flat in [[LOCATION:Gràcia]].""",
    """[[PERSON:Daan de Vries]] registered at the gemeente in [[LOCATION:Utrecht]] on [[DATE_TIME:4 November]] and got his BSN, [[ID_NUMBER:238074158]], which his new employer needs before the first payroll.""",
    """pls remind [[PERSON:abdul]] his cousin [[PERSON:farida hussain]]'s wedding is on [[DATE_TIME:the 19th of april]] in [[LOCATION:leicester]], her number is [[PHONE_NUMBER:07448 630 211]]""",
]

BENCH = [
    """Attention [[PERSON:Mr. Leopold Vasquez-Thorne]], your rental deposit of £1,420 for the apartment at [[ADDRESS:417 Kingsway]], [[ADDRESS:Apt. 32]], [[LOCATION:Hove]] [[ZIP_CODE:BN3 4FE]] has been released to [[IBAN_CODE:GB02 LOYD 3094 1277 1052 36]] (BIC LOYDGB21). Your check-out inspection on [[DATE_TIME:09/14/2023]] found no damage.""",
    """Hi [[PERSON:Zion]], as the Principal Markets Architect, please make sure the new router (MAC 4e:5a:19:c2:7b:03) at our [[LOCATION:Port Kaleigh]] branch gets the static IP [[IP_ADDRESS:10.42.117.8]]. Backup contact: [[EMAIL_ADDRESS:Zion_Hermiston41@hotmail.com]].""",
    """Your recent purchase with card [[CREDIT_CARD:5425233430109101]] (CVV 884, exp 03/26) was flagged. [[PERSON:Ms. Adaeze Nwachukwu]], please verify from your usual device: [[IP_ADDRESS:2a02:c7f:8e31:4400:95d1:6b2e:c4a:11f7]], Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1.""",
    """The mortgage statement for [[PERSON:Kofi Boateng-Reid]] ([[AGE:46]], male) lists the secured property as [[ADDRESS:88 Larkspur Crescent, Flat 2]], [[LOCATION:Slough]], [[LOCATION:Berkshire]], [[ZIP_CODE:SL1 6JR]]. Monthly payments of £1,312.44 come from account [[ID_NUMBER:29461830]] (sort 30-94-12).""",
    """Please update the emergency contact for [[PERSON:Marisol]] to her partner [[PERSON:Deshawn Okoro]], [[PHONE_NUMBER:+1-470-555-0193]], [[EMAIL_ADDRESS:d.okoro@fastmail.us]]. Her employee badge [[ID_NUMBER:BX-77120]] is tied to the [[LOCATION:Atlanta]] office, 3rd floor.""",
    """Dear [[PERSON:Dr. Ingrid Halvorsen]], the research grant reimbursement of €3,940 will be paid to [[IBAN_CODE:AT25 1200 0518 4209 6311]], BIC BKAUATWW, held at your address [[ADDRESS:Mariahilfer Straße 114/7]], [[ZIP_CODE:1070]] [[LOCATION:Wien]]. Your ORCID profile [[URL:https://orcid.org/0000-0002-4418-3906]] was used to confirm your identity.""",
    """[[PERSON:Haruto Sakamoto]] (username [[USERNAME:hsakamoto_lets]]) listed the studio at [[ADDRESS:2-14-7 Nishi-Azabu]], [[LOCATION:Minato-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:106-0031]] for short-term letting. His last login, [[DATE_TIME:2024-02-18 22:41]], came from [[IP_ADDRESS:126.88.204.17]].""",
    """Congratulations [[PERSON:Priyanka Deshmukh]]! Your new American Express [[CREDIT_CARD:3759 204817 63205]] (security code 4471, valid thru 11/28) will arrive at [[ADDRESS:Flat 1102, Lodha Bellissimo]], [[LOCATION:Mahalaxmi]], [[LOCATION:Mumbai]] [[ZIP_CODE:400011]] within 7 working days.""",
    """Global Identity Planner [[PERSON:Arturo Beltrán]] asked that the payroll for [[PERSON:Sigrid]] be moved to [[IBAN_CODE:CH73 0839 0037 1641 9000 1]]; she lives at [[ADDRESS:Rue du Marché 18]], [[ZIP_CODE:1204]] [[LOCATION:Genève]] and her AHV number is [[ID_NUMBER:756.3047.5009.62]].""",
    """The account [[USERNAME:moonlit_kestrel]] (password: Tr!ckyP4ss#22) belongs to [[PERSON:Leilani Kahananui]], [[AGE:29]], of [[LOCATION:Hilo]], [[LOCATION:Hawaii]]. The last successful sign-in, [[DATE_TIME:3/2/2024, 6:17 PM]], used IP [[IP_ADDRESS:72.235.14.190]] and MAC b8:27:eb:4d:91:0c.""",
    """We confirm the letting of [[ADDRESS:Apartment 5B]], [[ADDRESS:29 Quayside]], [[LOCATION:Newcastle upon Tyne]] [[ZIP_CODE:NE1 3DE]] to [[PERSON:Mx. Rowan Ellery]], Customer Success Associate, from [[DATE_TIME:15th January 2025]]. Rent will be collected from card [[CREDIT_CARD:4024 0071 4492 7869]] (exp 07/27).""",
    """[[PERSON:Rasmus]]'s car, VIN WVWZZZ1KZ8W217734, reg [[ID_NUMBER:CV 41 882]], was ticketed outside [[ADDRESS:Nørrebrogade 62]], [[LOCATION:København]]. The DKK 510 fine will be taken from [[IBAN_CODE:DK3153010009827144]] unless appealed.""",
    """Hi [[PERSON:Eun-ji]], Lead Accountability Consultant here. For the audit trail: your workstation [[IP_ADDRESS:172.16.40.221]], badge [[ID_NUMBER:HR-004817]], and the card [[CREDIT_CARD:6011 4820 9915 3672]] on file expired last month; please send the new one to [[EMAIL_ADDRESS:eunji.baek@kestrelgroup.io]].""",
    """Applicant [[PERSON:Amadou Diallo]], born [[DATE_TIME:5th December 1983]], [[NRP:Senegalese]] national, height 182 cm, eyes brown, currently at [[ADDRESS:Room 4, 77 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1HR]], passport [[ID_NUMBER:A02917843]].""",
    """Your mortgage of £275,000 at 4.39% fixed for 5 years has been approved, [[PERSON:Mrs. Gwendolyn Achterberg]]. Repayments will be debited from [[IBAN_CODE:GB97 MIDL 4005 1583 9200 17]] on the 1st of each month, and the charge will be registered against [[ADDRESS:The Granary, 3 Church Walk]], [[LOCATION:Ludlow]], [[ZIP_CODE:SY8 1AP]].""",
    """Reminder: [[TITLE:Capt.]] [[PERSON:Ngozi Eze-Williams]] must renew her crew ID [[ID_NUMBER:NG-CRW-30918]] before rotation. Her contact is [[PHONE_NUMBER:+234 809 118 4473]] and her home address is [[ADDRESS:Plot 17, Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] [[ZIP_CODE:101241]].""",
    """Dear [[PERSON:Ignatius]], the Dynamic Web Strategist position pays 68,000 USD. Please provide your SSN ([[US_SSN:614-30-2281]]), date of birth ([[DATE_TIME:August 2nd, 1992]]) and bank details (routing 021000021, account [[ID_NUMBER:4419027735]]) by Friday.""",
    """Participant 118: [[PERSON:Ximena Quispe Mamani]], female, [[AGE:52]], from [[LOCATION:Cusco]], [[LOCATION:Peru]], responded on [[DATE_TIME:21/04/2024]] via [[EMAIL_ADDRESS:ximena.qm@gmail.com]]; IP [[IP_ADDRESS:190.42.97.12]].""",
    """Transfer request from [[PERSON:Stellan Berg]], [[IBAN_CODE:IE44BOFI90001748263015]], to [[PERSON:Oksana Hrytsenko]], [[IBAN_CODE:DE30760501010012904471]], amount €1,150, reference RENT-APR-F3, for the flat at [[ADDRESS:Kaiserstraße 61, 2. OG]], [[ZIP_CODE:60329]] [[LOCATION:Frankfurt am Main]].""",
    """Device registration for [[PERSON:Tobias Krämer]]: hostname TK-LAPTOP-07, MAC 00:1A:2B:9C:4D:5E, IPv4 [[IP_ADDRESS:192.168.178.34]], IPv6 [[IP_ADDRESS:fe80::21a:2bff:fe9c:4d5e]], user agent Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0.""",
    """PROPERTY INSURANCE CLAIM - FIRST NOTICE OF LOSS
Policyholder: [[PERSON:Marguerite Delacroix-Hale]]
Policy number: HO3-4481902-TX
Insured location: [[ADDRESS:9021 Bluebonnet Trail]], [[LOCATION:Round Rock]], [[LOCATION:TX]] [[ZIP_CODE:78681]]
Date/time of loss: [[DATE_TIME:May 28, 2024 4:10 PM]]
Description: Hail damage to roof and two skylights. Insured reports neighbor [[PERSON:Ray Castellanos]] ([[PHONE_NUMBER:512-388-0417]]) witnessed the storm.
Contact: [[PHONE_NUMBER:(512) 904-2265]] / [[EMAIL_ADDRESS:mdhale@austin.rr.com]]""",
    """RESIDENTIAL LOAN AGREEMENT
This Agreement is made on the [[DATE_TIME:3rd day of October, 2024]] between Northfield Savings Bank ("Lender") and [[PERSON:Terrence J. Albright]] and [[PERSON:Monique L. Albright]] ("Borrowers"), of [[ADDRESS:47 Orchard Hill Road]], [[LOCATION:Montpelier]], [[LOCATION:Vermont]] [[ZIP_CODE:05602]].
1. The principal amount of $312,500.00 shall be secured by a first mortgage on the said property.
2. Application reference: NSB-APP-228817.
3. Borrower SSNs: [[US_SSN:041-72-9983]] and [[US_SSN:041-80-1127]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Harold Fennimore]]   MRN: [[ID_NUMBER:MRN-5520184]]   DOB: [[DATE_TIME:04/17/1949]]   Age: [[AGE:75]]
Admitted: [[DATE_TIME:06/02/2024]]   Discharged: [[DATE_TIME:06/09/2024]]
Attending: [[PERSON:Dr. Samira Haddad]], MD
Diagnosis: Community-acquired pneumonia; COPD exacerbation.
Plan: Follow up with PCP [[PERSON:Dr. Kenneth Lowry]] within 7 days. Patient lives with daughter [[PERSON:Anne Fennimore-Cho]] at [[ADDRESS:315 Elm St]], [[LOCATION:Bangor]], [[LOCATION:ME]] [[ZIP_CODE:04401]]; her phone [[PHONE_NUMBER:207-945-3318]].""",
    """NOTICE SEEKING POSSESSION (Form 6A)
To: [[PERSON:Liam Thackeray]] and [[PERSON:Chloe Bamford]]
Of: [[ADDRESS:Flat 4, 27 Clarendon Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS2 9NZ]]
You are required to leave the above premises after [[DATE_TIME:31 August 2025]].
Landlord: [[PERSON:Mr. Ashok Parmar]], c/o Headingley Lettings Ltd, 0113 278 4410
Signed: [[PERSON:A. Parmar]]   Date: [[DATE_TIME:28/05/2025]]""",
    """EMPLOYMENT CONTRACT
Employer: Brightwater Logistics Pty Ltd (ABN 51 824 753 556)
Employee: [[PERSON:Kirra Anderson]]
Address: [[ADDRESS:6/14 Mitchell Street]], [[LOCATION:Bendigo]] [[LOCATION:VIC]] [[ZIP_CODE:3550]]
Commencement date: [[DATE_TIME:2 September 2024]]
Position: Warehouse Supervisor
Tax File Number: [[ID_NUMBER:320 177 460]]
Superannuation fund member no.: [[ID_NUMBER:9004418273]]
Signed by the Employee on [[DATE_TIME:19 August 2024]].""",
    """Know Your Customer - Individual
Full name: [[PERSON:Deepika Raghavan]]
Date of birth: [[DATE_TIME:23 Mar 1990]]
Nationality: [[NRP:Indian]]
Residential address: [[ADDRESS:B-704, Prestige Shantiniketan]], [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560048]]
PAN: [[ID_NUMBER:AHKPR6612M]]
Aadhaar: [[ID_NUMBER:2617 4093 3189]]
Mobile: [[PHONE_NUMBER:+91 99001 74328]]
Occupation: Software engineer""",
    """CIRCUIT COURT - LAW DIVISION
[[PERSON:Marcus D. Pruitt]], Plaintiff, v. [[PERSON:Lorraine Kessler]], Defendant.   Case No. 2024-L-008813
NOTICE OF DEPOSITION
Please take notice that the deposition of [[PERSON:Lorraine Kessler]] will be taken on [[DATE_TIME:July 16, 2024 at 10:00 a.m.]] at the offices of Brennan & Tate LLP before a certified court reporter, and will continue from day to day until completed.""",
    """RENTAL APPLICATION
Applicant: [[PERSON:Sebastián Moreno]]   Date of birth: [[DATE_TIME:11/30/1994]]
Current address: [[ADDRESS:1420 Ocean Ave, Unit 6]], [[LOCATION:Santa Monica]], [[LOCATION:CA]] [[ZIP_CODE:90401]]   Time at address: 3 yrs
Current landlord: [[PERSON:Patricia Nguyen]]   Landlord phone: [[PHONE_NUMBER:310-451-7782]]
Employer: Kite Pharma   Monthly income: $7,900
Driver's license: [[US_DRIVER_LICENSE:D4820177]] (CA)
Desired move-in: [[DATE_TIME:01/15/2025]]
Co-applicant: [[PERSON:Valeria Moreno]], [[EMAIL_ADDRESS:valeria.moreno.sm@gmail.com]]""",
    """[[DATE_TIME:March 4, 2025]]

[[PERSON:Kwabena Asare]] and [[PERSON:Efua Asare]]
[[ADDRESS:2907 Glenwood Dr]]
[[LOCATION:Raleigh]], [[LOCATION:NC]] [[ZIP_CODE:27612]]

RE: Mortgage Pre-Approval

Dear [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Asare]],
We are pleased to tell you that you have been pre-approved for a conventional 30-year fixed loan of up to $425,000, subject to appraisal of the subject property and verification of income. This pre-approval is valid for 90 days.

Sincerely,
[[PERSON:Danielle Price]], Senior Loan Officer, NMLS #[[ID_NUMBER:1184203]]""",
    """PET ADDENDUM to the lease dated [[DATE_TIME:September 1, 2024]] between Oakridge Apartments (Landlord) and [[PERSON:Jasmine Pratt-Odum]] (Resident) for [[ADDRESS:Unit 214, 5500 Grand Lake Dr]], [[LOCATION:Fort Worth]], [[LOCATION:TX]] [[ZIP_CODE:76135]].
Resident may keep one dog, "Biscuit", a 2-year-old corgi weighing 28 lbs. Pet deposit: $400 (refundable). Resident's emergency contact for the pet: [[PERSON:Alvin Pratt]], [[PHONE_NUMBER:817-302-5561]].""",
    """INCIDENT REPORT #IR-2291
Date/time of incident: [[DATE_TIME:14 Nov 2024, 15:20]]
Employee involved: [[PERSON:Hemi Walker]] (staff no. [[ID_NUMBER:40772]])
Witness: [[PERSON:Rangi Parata]]
Location: loading dock B, [[LOCATION:Hamilton]]
Summary: Employee slipped on a wet surface and sprained his left wrist. First aid given by [[PERSON:Sue McAllister]]. ACC claim lodged.""",
    """STUDENT ENROLMENT FORM - Year 7, 2025
Student: [[PERSON:Aaliyah Ibrahim]]   DOB: [[DATE_TIME:08/02/2013]]   Sex: F
Home address: [[ADDRESS:17 Warrigal Road]], [[LOCATION:Hughesdale]] [[LOCATION:VIC]] [[ZIP_CODE:3166]]
Parent/guardian 1: [[PERSON:Yasmin Ibrahim]]   Mobile: [[PHONE_NUMBER:0401 227 953]]   Email: [[EMAIL_ADDRESS:yasmin.ibrahim@bigpond.com]]
Religion: [[NRP:Muslim]]
Medicare no.: [[ID_NUMBER:2953 41877 1]]""",
    """ROAD TRAFFIC COLLISION - DRIVER STATEMENT
Driver: [[PERSON:Owain Pritchard]], [[ADDRESS:3 Heol y Coed]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HP]]
Vehicle reg: [[ID_NUMBER:CY19 WNK]]
Date/time: [[DATE_TIME:Friday 7 February 2025, 08:45]] (approx.)
Third party: [[PERSON:Mrs. Bethan Lloyd]], reg [[ID_NUMBER:FD68 OXR]], insurer Admiral, policy P-77281934
Statement: I was stationary at the lights on Newport Road when the third party vehicle struck my rear bumper.""",
    """{"customer_id": "[[ID_NUMBER:CUS-0048817]]", "first_name": "[[PERSON:Ayesha]]", "last_name": "[[PERSON:Siddiqui]]", "dob": "[[DATE_TIME:1987-06-22]]", "email": "[[EMAIL_ADDRESS:ayesha.siddiqui87@gmail.com]]", "phone": "[[PHONE_NUMBER:+1 (469) 220-7713]]", "address": {"street": "[[ADDRESS:5802 Preston Oaks Rd]]", "city": "[[LOCATION:Dallas]]", "state": "[[LOCATION:TX]]", "zip": "[[ZIP_CODE:75254]]"}, "loyalty_tier": "gold", "marketing_opt_in": false}""",
    """2024-09-18T07:42:11.304Z INFO  auth-svc login ok user=[[USERNAME:mkowalski]] email=[[EMAIL_ADDRESS:marta.kowalski@brightlane.pl]] src=[[IP_ADDRESS:83.24.117.9]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/128.0"
2024-09-18T07:42:15.882Z WARN  billing  card_on_file expired user=[[USERNAME:mkowalski]] last4=0931
2024-09-18T07:43:02.017Z INFO  profile  phone updated user=[[USERNAME:mkowalski]] new=[[PHONE_NUMBER:+48 601 443 872]]""",
    """INSERT INTO tenants (tenant_id, full_name, email, phone, dob, address, lease_start, monthly_rent) VALUES
(1042, '[[PERSON:Rafael Domínguez]]', '[[EMAIL_ADDRESS:rafa.dominguez@hotmail.es]]', '[[PHONE_NUMBER:+34 612 448 903]]', '[[DATE_TIME:1991-02-14]]', '[[ADDRESS:Calle de Toledo 88, 3º B]]', '[[DATE_TIME:2024-10-01]]', 1150.00),
(1043, '[[PERSON:Chiara Bellandi]]', '[[EMAIL_ADDRESS:c.bellandi@libero.it]]', '[[PHONE_NUMBER:+39 347 882 1190]]', '[[DATE_TIME:1996-08-30]]', '[[ADDRESS:Calle de Toledo 88, 5º A]]', '[[DATE_TIME:2024-11-15]]', 980.00);""",
    """<applicant id="A-20931">
  <name><given>[[PERSON:Oluwatobi]]</given><family>[[PERSON:Bankole]]</family></name>
  <birthDate>[[DATE_TIME:1989-04-03]]</birthDate>
  <nationalId type="NIN">[[ID_NUMBER:71904832265]]</nationalId>
  <contact><email>[[EMAIL_ADDRESS:tobi.bankole@yahoo.co.uk]]</email><mobile>[[PHONE_NUMBER:+44 7491 220 638]]</mobile></contact>
  <address><line1>[[ADDRESS:Flat 12, Nightingale Court]]</line1><line2>[[ADDRESS:54 Brixton Hill]]</line2><town>[[LOCATION:London]]</town><postcode>[[ZIP_CODE:SW2 1QN]]</postcode></address>
  <employment status="employed">Staff nurse</employment>
</applicant>""",
    """# deploy/config/prod.yaml
service: tenant-portal
owner:
  name: [[PERSON:Gabriela Constantinescu]]
  email: [[EMAIL_ADDRESS:gabriela.c@homestead-lets.ro]]
  oncall_phone: "[[PHONE_NUMBER:+40 722 318 904]]"
database:
  host: [[IP_ADDRESS:10.12.4.27]]
  port: 5432
  user: svc_tenant
  password: "Wq9!zT2#pL"
smtp:
  relay: [[IP_ADDRESS:10.12.4.40]]
  from: noreply@homestead-lets.ro""",
    """def test_create_user(client):
    payload = {
        "username": "[[USERNAME:amaru.quispe]]",
        "full_name": "[[PERSON:Amaru Quispe]]",
        "email": "[[EMAIL_ADDRESS:amaru.quispe@protonmail.com]]",
        "ssn": "[[US_SSN:372-58-1049]]",
        "dob": "[[DATE_TIME:1993-10-27]]",
    }
    resp = client.post("/api/v2/users", json=payload)
    assert resp.status_code == 201""",
    """Ticket #48213 | Priority: High | Channel: email
From: [[PERSON:Cormac Whelan]] <[[EMAIL_ADDRESS:cormac.whelan@eircom.net]]>
Subject: Can't access tenant portal
Body: Hi, I'm the tenant at [[ADDRESS:Apt 7, Riverside Quarter, Sir John Rogerson's Quay]], [[LOCATION:Dublin 2]]. Since [[DATE_TIME:Tuesday 12 Nov]] the portal says my account is locked. My tenant number is [[ID_NUMBER:TN-558102]] and the phone on file is [[PHONE_NUMBER:+353 86 771 2094]]. Thanks, [[PERSON:Cormac]]""",
    """{
  "listing_id": "LST-88213",
  "property": {"address": "[[ADDRESS:16 Birchwood Avenue]]", "town": "[[LOCATION:Didsbury]]", "postcode": "[[ZIP_CODE:M20 6RD]]", "bedrooms": 3, "asking_price": 465000},
  "vendor": {"name": "[[PERSON:Margaret Oyelaran]]", "phone": "[[PHONE_NUMBER:07931 448 210]]", "email": "[[EMAIL_ADDRESS:m.oyelaran@btinternet.com]]"},
  "negotiator": "[[PERSON:Josh Whitworth]]",
  "viewings": [{"name": "[[PERSON:Adam Kerr]]", "when": "[[DATE_TIME:2025-03-08T10:30]]"}, {"name": "[[PERSON:Huda Al-Sayed]]", "when": "[[DATE_TIME:2025-03-08T11:15]]"}]
}""",
    """[[IP_ADDRESS:86.143.22.190]] - [[USERNAME:sarah.h]] [12/Mar/2025:09:14:07 +0000] "POST /landlord/api/tenancies/2291/rent-increase HTTP/1.1" 200 512 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Safari/605.1.15"
[[IP_ADDRESS:86.143.22.190]] - [[USERNAME:sarah.h]] [12/Mar/2025:09:14:31 +0000] "GET /landlord/api/tenants/[[EMAIL_ADDRESS:p.osei@outlook.com]]/profile HTTP/1.1" 200 1288 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)\"""",
    """SELECT * FROM mortgage_applications
WHERE applicant_ssn = '[[US_SSN:229-47-6618]]'
   OR (last_name = '[[PERSON:Abernathy]]' AND dob = '[[DATE_TIME:1978-01-09]]');
-- pulled by [[PERSON:Dana Whitlock]] for the underwriting review of [[DATE_TIME:Mar 3]]""",
    """Customer c = new Customer();
c.setFirstName("[[PERSON:Svetlana]]");
c.setLastName("[[PERSON:Morozova]]");
c.setEmail("[[EMAIL_ADDRESS:svetlana.morozova@mail.ru]]");
c.setCardNumber("[[CREDIT_CARD:5178056322498715]]");
c.setCardExpiry("09/27");
c.setBillingPostcode("[[ZIP_CODE:E14 9GE]]");
repository.save(c);""",
    """Patient intake - Lakeside Family Clinic
Name: [[PERSON:Ngozi Chukwuemeka]]  |  Age: [[AGE:38]]  |  DOB: [[DATE_TIME:Feb 9 1987]]
Insurance member ID: [[ID_NUMBER:XQW884120375]]  |  Group: 00418
Address: [[ADDRESS:2204 Maple Ridge Ct]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43235]]
Phone: [[PHONE_NUMBER:614.227.8891]]  |  Email: [[EMAIL_ADDRESS:ngozi.c@live.com]]
Emergency contact: [[PERSON:Chinedu Chukwuemeka]] (husband) [[PHONE_NUMBER:614.227.8890]]
Allergies: penicillin""",
    """{"event":"payment_method_added","ts":"2025-01-22T18:03:44Z","user":{"id":"u_9f31c2","name":"[[PERSON:Wiremu Te Awa]]","email":"[[EMAIL_ADDRESS:wiremu.teawa@xtra.co.nz]]"},"card":{"pan":"[[CREDIT_CARD:4556 7302 1889 4105]]","exp":"04/28","cvv":"***"},"billing":{"line1":"[[ADDRESS:12 Kowhai Street]]","city":"[[LOCATION:Rotorua]]","postcode":"[[ZIP_CODE:3010]]","country":"[[LOCATION:New Zealand]]"},"ip":"[[IP_ADDRESS:121.98.44.201]]"}""",
    """# .env.staging
ADMIN_NAME="[[PERSON:Farhan Chowdhury]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:farhan.chowdhury@letwise.co.uk]]
ADMIN_MOBILE=[[PHONE_NUMBER:+447982114305]]
STRIPE_SECRET=sk_test_51NqT8aKx0v9RbL2mWzQ4pY7c
ALLOWED_IPS=[[IP_ADDRESS:81.2.69.142]],[[IP_ADDRESS:81.2.69.160]]
SUPPORT_EMAIL=support@letwise.co.uk""",
    r"""MSH|^~\&|EPIC|STMARY|LAB|STMARY|202406110830||ORU^R01|MSG00412|P|2.5
PID|1||[[ID_NUMBER:448120975]]^^^STMARY^MR||[[PERSON:OKAFOR]]^[[PERSON:CHIAMAKA]]^[[PERSON:N]]||[[DATE_TIME:19850314]]|F|||[[ADDRESS:77 HARBOR VIEW DR]]^^[[LOCATION:NORFOLK]]^[[LOCATION:VA]]^[[ZIP_CODE:23510]]||[[PHONE_NUMBER:(757)555-0142]]
OBX|1|NM|2345-7^GLUCOSE^LN||104|mg/dL|70-99|H|||F""",
    """const seedLandlords = [
  { id: 1, name: '[[PERSON:Bartholomew Achebe]]', phone: '[[PHONE_NUMBER:+27 83 441 9028]]', idNumber: '[[ID_NUMBER:7602035771183]]', properties: ['[[ADDRESS:22 Kloof Street]]', '[[ADDRESS:9 Buitengracht Street]]'] },
  { id: 2, name: '[[PERSON:Thabo Mthembu]]', phone: '[[PHONE_NUMBER:+27 72 118 3046]]', idNumber: '[[ID_NUMBER:0109246120082]]', properties: ['[[ADDRESS:Unit 3, 41 Bree Street]]'] },
];""",
    """Received: from mail-pl1-f178.google.com ([[IP_ADDRESS:209.85.214.178]])
From: "[[PERSON:Anh Thu Nguyen]]" <[[EMAIL_ADDRESS:anhthu.nguyen1990@gmail.com]]>
To: lettings@parkviewhomes.com.au
Date: [[DATE_TIME:Mon, 14 Oct 2024 21:07:55 +1100]]
Subject: Application for [[ADDRESS:3/18 Parramatta Road]], [[LOCATION:Annandale]]

Hi, I'd like to apply for the unit. I'm [[AGE:34]], work as a pharmacist in [[LOCATION:Westmead]], and can move in from [[DATE_TIME:1 November]]. My driver licence no. is [[ID_NUMBER:19284736]].
[[PERSON:Anh Thu]]""",
    """WIRE TRANSFER REQUEST
Originator: [[PERSON:Malcolm Iyer-Forsythe]]
Originator account: [[ID_NUMBER:0041 7720 9931]]
Beneficiary: [[PERSON:Rania Haddad]]
Beneficiary IBAN: [[IBAN_CODE:AE870260001015872644801]]
SWIFT: EBILAEAD
Purpose: deposit for apartment purchase, [[ADDRESS:Marina Gate 2, Unit 3104]], [[LOCATION:Dubai Marina]]
Requested by phone from [[PHONE_NUMBER:+1 917 482 3306]] on [[DATE_TIME:Wednesday, 9 April 2025]]""",
    """[contact]
owner = [[PERSON:Bogdan Nowicki]]
owner_email = [[EMAIL_ADDRESS:b.nowicki@wp.pl]]

[network]
gateway = [[IP_ADDRESS:192.168.1.1]]
printer_mac = 3C:2A:F4:18:9B:07
vpn_user = [[USERNAME:bnowicki]]
dns = [[IP_ADDRESS:9.9.9.9]]""",
    """{"наемател": {"име": "[[PERSON:Георги Христов Маринов]]", "егн": "[[ID_NUMBER:6209090847]]", "телефон": "[[PHONE_NUMBER:+359 88 731 5520]]", "имейл": "[[EMAIL_ADDRESS:g.marinov@abv.bg]]"}, "имот": {"адрес": "[[ADDRESS:бул. „Цар Освободител“ 14, вх. Б, ет. 3, ап. 9]]", "град": "[[LOCATION:Варна]]", "пк": "[[ZIP_CODE:9000]]"}, "наем": 850, "валута": "BGN", "начало": "[[DATE_TIME:2024-11-01]]"}""",
    """ДОГОВОР ЗА НАЕМ НА ЖИЛИЩЕ
Днес, [[DATE_TIME:12.02.2025]] г., в гр. [[LOCATION:София]], между:
1. [[PERSON:Радостина Илиева Кирова]], ЕГН [[ID_NUMBER:7907301059]], с постоянен адрес [[ADDRESS:ж.к. „Младост“ 1, бл. 42, вх. А, ап. 17]], наричана НАЕМОДАТЕЛ, и
2. [[PERSON:Калоян Петков]], ЕГН [[ID_NUMBER:0142053189]], тел. [[PHONE_NUMBER:0897 220 418]], наричан НАЕМАТЕЛ,
се сключи настоящият договор. Наемната цена от 1100 лв. се превежда по сметка [[IBAN_CODE:BG38 UNCR 7000 1523 8475 61]] до 5-о число на месеца.""",
    """Амбулаторен лист № 000412
Пациент: [[PERSON:Стефка Димитрова Ненова]], ЕГН [[ID_NUMBER:9602282410]], [[AGE:29]] г.
Адрес: [[ADDRESS:ул. „Васил Левски“ 31]], [[LOCATION:Стара Загора]] [[ZIP_CODE:6000]]
Дата на прегледа: [[DATE_TIME:17.03.2025]]
Лекар: [[TITLE:д-р]] [[PERSON:Ивайло Ганчев]], УИН [[ID_NUMBER:2300013874]]
Диагноза: остър бронхит.""",
    """ДОГОВОР ЗА КУПОПРОДАЖБА НА СТАН
Продавач: [[PERSON:Александар Стојановски]], ЕМБГ [[ID_NUMBER:2701978430061]], од [[LOCATION:Охрид]], [[ADDRESS:ул. Македонски просветители бр. 22]].
Купувач: [[PERSON:Марија Ристеска]], ЕМБГ [[ID_NUMBER:1506002456421]], од [[LOCATION:Скопје]].
Предмет: стан од 68 м² на [[ADDRESS:бул. Илинден бр. 47, влез 2, кат 5, стан 19]], [[LOCATION:Скопје]].
Цена: 92.000 евра, платени на сметка [[IBAN_CODE:MK07 2106 6101 8335 723]].
Потпишано во [[LOCATION:Скопје]] на [[DATE_TIME:14.05.2025]] година.""",
    """Почитуван [[TITLE:г-дин]] [[PERSON:Владимир Петрушевски]], вашата картичка [[CREDIT_CARD:4929 3310 0857 6299]] е привремено блокирана поради сомнителна трансакција од IP-адреса [[IP_ADDRESS:77.29.183.54]]. За потврда ќе ви бараме ЕМБГ ([[ID_NUMBER:1204985451239]]) и датум на раѓање ([[DATE_TIME:12.04.1985]]). Јавете се на 02 3168 168 или пишете од [[EMAIL_ADDRESS:v.petrusevski@t-home.mk]].""",
    """<вработен>
  <име>[[PERSON:Билјана]]</име>
  <презиме>[[PERSON:Стојменова]]</презиме>
  <ембг>[[ID_NUMBER:0404954506332]]</ембг>
  <датум_на_раѓање>[[DATE_TIME:1954-04-04]]</датум_на_раѓање>
  <адреса>[[ADDRESS:ул. Гоце Делчев бр. 9]], [[ZIP_CODE:2000]] [[LOCATION:Штип]]</адреса>
  <телефон>[[PHONE_NUMBER:+389 75 214 903]]</телефон>
  <оддел>сметководство</оддел>
</вработен>""",
    """NAJEMNA POGODBA ZA STANOVANJE
Najemodajalec: [[PERSON:Bojan Kranjc]], [[ADDRESS:Tržaška cesta 45]], [[ZIP_CODE:1000]] [[LOCATION:Ljubljana]], EMŠO [[ID_NUMBER:3005971501882]], davčna št. [[ID_NUMBER:84219076]]
Najemnica: [[PERSON:Tjaša Mlakar]], rojena [[DATE_TIME:21. 2. 1993]], EMŠO [[ID_NUMBER:2102993505476]], tel. [[PHONE_NUMBER:040 718 215]]
Predmet najema: dvosobno stanovanje na naslovu [[ADDRESS:Vojkova ulica 3, stan. 12]], [[ZIP_CODE:6000]] [[LOCATION:Koper]]
Najemnina: 720 EUR mesečno, nakazilo na [[IBAN_CODE:SI56 0443 0009 8261 502]]
Začetek najema: [[DATE_TIME:1. 3. 2025]]""",
    """{"uporabnik": "[[USERNAME:spela.vidmar]]", "ime": "[[PERSON:Špela Vidmar]]", "e_posta": "[[EMAIL_ADDRESS:spela.vidmar@siol.net]]", "telefon": "[[PHONE_NUMBER:+386 41 903 227]]", "zadnja_prijava": "[[DATE_TIME:2025-01-19 20:44:03]]", "ip": "[[IP_ADDRESS:93.103.18.250]]", "kartica": "[[CREDIT_CARD:5399 1286 0045 7334]]", "naslov": "[[ADDRESS:Gosposvetska cesta 21]], [[ZIP_CODE:2000]] [[LOCATION:Maribor]]"}""",
    """ZAHTEVEK ZA POVRAČILO STROŠKOV
Zavarovanec: [[PERSON:Rok Potočnik]]
EMŠO: [[ID_NUMBER:1706983500572]]
Številka zdravstvenega zavarovanja: [[ID_NUMBER:018442907]]
Datum rojstva: [[DATE_TIME:17.06.1983]]
Datum nezgode: [[DATE_TIME:14. avgust 2024]]
Opis: zlom zapestja pri smučanju v [[LOCATION:Kranjski Gori]]; zdravljen v bolnišnici na [[LOCATION:Jesenicah]].
Izplačilo na račun: [[IBAN_CODE:SI56 1910 0100 3721 910]]""",
    """[[PERSON:Ottoline]] ([[USERNAME:otto_lets_22]]), your viewing of [[ADDRESS:Suite 1804]], [[ADDRESS:71 Harbourfront Blvd]], [[LOCATION:North Vancouver]] is confirmed for [[DATE_TIME:10/05/2024 at 16:30]]. Bring photo ID; our Regional Leasing Coordinator [[PERSON:Jaylen Frami]] will meet you in the lobby. Questions? Text Jaylen on [[PHONE_NUMBER:+1-604-919-3370]].""",
    """MORTGAGE OFFER
Applicant(s): [[PERSON:Mr. Callum Fraser]] and [[PERSON:Ms. Eilidh Robertson]]
Property: [[ADDRESS:2F1, 14 Marchmont Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HN]]
Purchase price: £289,000   Loan amount: £245,650   Term: 30 years
Product: 2-year fixed at 4.54%, then lender's variable rate
Mortgage account number: [[ID_NUMBER:80-3319-2247-01]]
This offer is valid for six months from the date of issue.
Solicitor acting: [[PERSON:Morag Dunlop]], Dunlop & Reid WS, [[EMAIL_ADDRESS:morag.dunlop@dunlopreid.co.uk]]""",
    """{"request_id": "MR-30718", "tenant": "[[PERSON:Lucinda Beaumont-Ortiz]]", "unit_address": "[[ADDRESS:Apt 3F, 1150 Peachtree St NE]]", "city": "[[LOCATION:Atlanta]]", "reported": "[[DATE_TIME:2024-12-02T19:20:00-05:00]]", "issue": "no heat", "access_permission": true, "contact": "[[PHONE_NUMBER:404-771-2308]]", "assigned_to": "[[PERSON:Hector Salgado]]", "scheduled": "[[DATE_TIME:2024-12-03T09:00:00-05:00]]"}""",
    """[2025-02-11 14:02:55] letting-portal INFO applicant.submitted applicant="[[PERSON:Tariq Mahmood]]" email=[[EMAIL_ADDRESS:tariq.mahmood@gmail.com]] property="[[ADDRESS:22 Coniston Avenue]], [[LOCATION:Sheffield]]" income=34500 nino=[[ID_NUMBER:JK 41 22 87 C]]
[2025-02-11 14:03:02] letting-portal INFO referencing.requested provider=Goodlord applicant_email=[[EMAIL_ADDRESS:tariq.mahmood@gmail.com]] guarantor="[[PERSON:Nasreen Mahmood]]"
[2025-02-11 14:03:02] letting-portal DEBUG client_ip=[[IP_ADDRESS:92.40.196.23]] session=9b2f1e77c0""",
    """CHECK-OUT REPORT
Property: [[ADDRESS:Flat 11, Alder House, 3 Canal Walk]], [[LOCATION:Birmingham]] [[ZIP_CODE:B1 2JR]]
Tenant(s): [[PERSON:Mohammed Al-Rashid]], [[PERSON:Yara Al-Rashid]]
Check-in: [[DATE_TIME:02/09/2023]]   Check-out: [[DATE_TIME:30/08/2024]]
Clerk: [[PERSON:Bernadette Coyle]]
Findings: carpet stain in bedroom 2; oven not cleaned; one key fob (serial KF-009214) not returned.
Proposed deductions: £185. Tenants may dispute via the TDS (ref 1290441).""",
    """Mortgage broker [[PERSON:Eliana Sörensen]] needs the following for [[PERSON:Mr. Obafemi Lawal]]: 3 months' payslips, a bank statement for [[IBAN_CODE:GB83 NWBK 5600 2914 4703 85]], proof of address at [[ADDRESS:109 Victoria Park Road]], [[LOCATION:Hackney]] [[ZIP_CODE:E9 7JF]], and photo ID (passport [[ID_NUMBER:549201836]]). His DOB is [[DATE_TIME:23/7/84]].""",
    """UPDATE landlords SET payout_iban = '[[IBAN_CODE:IE42AIBK93338120457716]]', payout_name = '[[PERSON:Siobhán Ní Bhriain]]', updated_by = '[[USERNAME:ops_kmurray]]' WHERE landlord_id = 771;
-- OPS-2210: landlord changed banks, confirmed by phone on [[PHONE_NUMBER:+353 85 220 4917]] on [[DATE_TIME:2025-03-21]]""",
    """NOTICE OF ANNUAL GENERAL MEETING - Strata Plan SP 48812
To: [[PERSON:Mr. Graeme Whitlam]], [[ADDRESS:Unit 22, 9-15 Ocean Street]], [[LOCATION:Bondi]] [[LOCATION:NSW]] [[ZIP_CODE:2026]]
The AGM will be held on [[DATE_TIME:Tuesday 18 March 2025 at 6:30pm]] in the common room. Owners unable to attend may appoint a proxy; proxy forms go to the secretary, [[PERSON:Mrs. Leonie Papadakis]] ([[EMAIL_ADDRESS:leonie.papadakis@optusnet.com.au]]).""",
    """<valuation ref="VAL-2025-0412">
  <client><name>[[PERSON:Rukhsana Begum]]</name><phone>[[PHONE_NUMBER:07488 311 920]]</phone></client>
  <property><address>[[ADDRESS:41 Whitechapel Road]]</address><postcode>[[ZIP_CODE:E1 1DU]]</postcode><tenure>leasehold</tenure></property>
  <inspection date="[[DATE_TIME:2025-04-02]]" surveyor="[[PERSON:D. Osei-Bonsu]]"/>
  <marketValue currency="GBP">412000</marketValue>
</valuation>""",
    """Tenant screening result for [[PERSON:Courtney Belcourt]], SSN [[US_SSN:530-18-4471]], DOB [[DATE_TIME:1990/05/17]], prior address [[ADDRESS:7720 S Rainbow Blvd #1142]], [[LOCATION:Las Vegas]], [[LOCATION:NV]] [[ZIP_CODE:89139]]: credit score 702, no evictions, income 3.1x rent. Approved for [[ADDRESS:Unit 8, Sagebrush Commons]].""",
    """DEED OF GUARANTEE
The Guarantor, [[PERSON:Rosalind Hart]] of [[ADDRESS:5 Fairfax Close]], [[LOCATION:Cheltenham]] [[ZIP_CODE:GL52 3DH]], date of birth [[DATE_TIME:17 January 1962]], guarantees the obligations of the Tenant, [[PERSON:Isaac Hart]], under the assured shorthold tenancy of [[ADDRESS:Room 3, 48 Iffley Road]], [[LOCATION:Oxford]] dated [[DATE_TIME:20 September 2024]].
Signed as a deed by the Guarantor in the presence of: [[PERSON:Helen Marsh]], [[ADDRESS:9 Lansdown Terrace]], [[LOCATION:Cheltenham]]. Occupation of witness: teacher.""",
    """# tests/test_affordability.py
APPLICANT = Applicant(
    name="[[PERSON:Hiroshi Tanaka-Whyte]]",
    dob="[[DATE_TIME:1985-03-12]]",
    ni_number="[[ID_NUMBER:SN 72 04 19 B]]",
    gross_income=61_000,
    address="[[ADDRESS:30 Bramble Way]], [[LOCATION:Bracknell]] [[ZIP_CODE:RG12 9QT]]",
)

def test_max_loan():
    assert max_loan(APPLICANT, multiple=4.5) == 274_500""",
    """Hey [[PERSON:Brennan]], the Investor Data Associate role in [[LOCATION:East Aurelio]] needs you to confirm your PIN 4471 and the card [[CREDIT_CARD:2223 0040 7613 5523]] expiring 05/29 for travel bookings. Your seat on [[DATE_TIME:June 14th]] is 12A.""",
    """Good morning [[PERSON:Dr. Kalani Akana]], your telehealth session is at [[DATE_TIME:08:15 AM on 03/22/2025]] from IP [[IP_ADDRESS:24.165.8.211]]. Please keep your patient portal username [[USERNAME:kakana_md]] and password handy; billing will charge [[CREDIT_CARD:6011203374598120]].""",
    """[[PERSON:Thelonious Baptiste]] (he/him, [[AGE:61]]) from [[LOCATION:Port-au-Prince]] now lives at [[ADDRESS:1557 Nostrand Ave, Apt 5D]], [[LOCATION:Brooklyn]]; his [[NRP:Haitian]] passport [[ID_NUMBER:PP4418207]] and green card were scanned on [[DATE_TIME:11/19/2024]].""",
    """Request from Chief Tactics Officer [[PERSON:Aurelia Mancini]]: rotate the API key for user [[USERNAME:amancini_ops]], disable MAC a4:83:e7:2b:10:f9, and block [[IP_ADDRESS:185.220.101.44]], which tried her account 14 times overnight.""",
    """[[PERSON:Eleni Papadopoulou]], your refund of €212.40 will be sent to [[IBAN_CODE:GR45 0170 1810 0000 0000 8230 411]] within 3-5 days; for questions quote your customer number [[ID_NUMBER:7730214]] and your tax ID (AFM) [[ID_NUMBER:118204930]].""",
    """HEALTH INSURANCE CLAIM FORM
Member: [[PERSON:Adebayo Ogundimu]]   Member ID: [[ID_NUMBER:HMO-NG-0049127]]
Date of birth: [[DATE_TIME:30-06-1979]]
Provider: Reddington Hospital, [[LOCATION:Ikeja]]
Date of service: [[DATE_TIME:12-01-2025]]
Diagnosis: malaria (B54)
Amount claimed: ₦184,500
Reimbursement: GTBank account [[ID_NUMBER:0123884710]]""",
    """INCIDENT REPORT - Harbour Division
Reporting person: [[PERSON:Mere Tautahi]], [[AGE:44]], of [[ADDRESS:8 Kāpiti Road]], [[LOCATION:Paraparaumu]]
Date/time reported: [[DATE_TIME:03/08/2024 21:40]]
Details: Complainant states her vehicle, a silver Mazda Demio, registration [[ID_NUMBER:KLP412]], was broken into while parked on the waterfront. Items taken: a laptop bag containing her passport ([[ID_NUMBER:LM902184]]) and a wallet.
Officer: [[TITLE:Constable]] [[PERSON:J. Harrington]]""",
    """Transcript Request
Student name: [[PERSON:Kateryna Bondarenko]]
Former name: [[PERSON:Kateryna Shevchuk]]
Student ID: [[ID_NUMBER:U1029384]]
Date of birth: [[DATE_TIME:May 2, 1997]]
Program: MSc Data Science, graduated [[DATE_TIME:June 2021]]
Send to: [[ADDRESS:Kurfürstendamm 188]], [[ZIP_CODE:10707]] [[LOCATION:Berlin]], [[LOCATION:Germany]]
Signature: [[PERSON:K. Bondarenko]]""",
    """Rx #4481207
Patient: [[PERSON:Agnes Mulligan]]   DOB: [[DATE_TIME:3/14/1941]]
Address: [[ADDRESS:22 Beacon St]], [[LOCATION:Quincy]], [[LOCATION:MA]] [[ZIP_CODE:02169]]
Prescriber: [[PERSON:Dr. Rupert Okonjo]], NPI [[ID_NUMBER:1487623096]]
Drug: Apixaban 5 mg tablets, #60, 1 tab PO BID
Refills: 2""",
    """INVITATION LETTER
[[DATE_TIME:15 January 2025]]
To the Visa Section, British High Commission, [[LOCATION:Nairobi]]
I, [[PERSON:Wanjiku Kamau]], residing at [[ADDRESS:14 Hawthorn Gardens]], [[LOCATION:Bristol]] [[ZIP_CODE:BS9 3NJ]], invite my father, [[PERSON:Joseph Kamau Mwangi]], born [[DATE_TIME:22/10/1955]], Kenyan passport [[ID_NUMBER:AK0418822]], national ID [[ID_NUMBER:10449382]], to visit me from [[DATE_TIME:1 April]] to [[DATE_TIME:30 April 2025]]. I am a [[NRP:British]] citizen and he will stay at my home.""",
    """{"order": "ORD-2024-118273", "placed": "2024-11-29T23:58:01Z", "customer": {"name": "[[PERSON:Bernadine Kowal]]", "email": "[[EMAIL_ADDRESS:bernadine.kowal@shaw.ca]]", "phone": "[[PHONE_NUMBER:780-431-2290]]"}, "ship_to": {"line1": "[[ADDRESS:10225 97 Ave NW]]", "line2": "[[ADDRESS:Suite 1706]]", "city": "[[LOCATION:Edmonton]]", "prov": "[[LOCATION:AB]]", "postal": "[[ZIP_CODE:T5K 0B5]]"}, "items": [{"sku": "KT-44-BLK", "qty": 2}], "tracking": "7731 2290 4418 2201"}""",
    """Mar  4 02:11:37 bastion-01 sshd[22841]: Accepted publickey for [[USERNAME:rvaldez]] from [[IP_ADDRESS:201.141.77.32]] port 51522 ssh2: ED25519 SHA256:k3Vq8fQ0Zx1Rr2T7uW5pLm9yN4bH6jCd0eA3sGiK2oU
Mar  4 02:11:39 bastion-01 sudo:  [[USERNAME:rvaldez]] : TTY=pts/0 ; PWD=/home/[[USERNAME:rvaldez]] ; USER=root ; COMMAND=/usr/bin/less /var/log/auth.log
Mar  4 02:14:02 bastion-01 sshd[22841]: Disconnected from user [[USERNAME:rvaldez]] [[IP_ADDRESS:201.141.77.32]] port 51522""",
    """mutation {
  updateProfile(input: {
    userId: "usr_7Hq2",
    displayName: "[[PERSON:Priya N.]]",
    handle: "[[USERNAME:priyacodes]]",
    homepage: "[[URL:https://priyanair.dev]]",
    github: "[[URL:https://github.com/priyacodes]]",
    location: "[[LOCATION:Kochi]], [[LOCATION:Kerala]]",
    birthday: "[[DATE_TIME:09-17]]"
  }) { ok }
}""",
    """[Ticket 66120] SIM swap request
Customer: [[PERSON:Rafiq Hossain]]   Account: [[ID_NUMBER:ACC-4418-2093]]
MSISDN: [[PHONE_NUMBER:+44 7405 882 190]]   IMEI: 356937112840528
Verification: DOB [[DATE_TIME:1979-12-01]] OK, postcode [[ZIP_CODE:LU1 3TQ]] OK, last payment amount OK
Agent note: customer calling from a different number ([[PHONE_NUMBER:+44 7562 019 443]]); escalated to the fraud team per policy.""",
    """Traceback (most recent call last):
  File "/app/payments/charge.py", line 88, in charge
    raise CardDeclined(f"declined for {customer.email}")
payments.errors.CardDeclined: declined for [[EMAIL_ADDRESS:luis.ferreira@sapo.pt]]
Context: customer=[[PERSON:Luís Ferreira]] card=[[CREDIT_CARD:4147 2009 1366 5875]] amount=129.90 EUR ip=[[IP_ADDRESS:2001:8a0:7ac4:1f00:5d2:9e1b:44a0:3c17]]""",
    """<form action="/apply" method="post">
  <input name="fullname" value="[[PERSON:Chanel Broussard]]">
  <input name="email" value="[[EMAIL_ADDRESS:chanelbroussard@att.net]]">
  <input name="phone" value="[[PHONE_NUMBER:(337) 298-4410]]">
  <input name="dob" value="[[DATE_TIME:1999-07-04]]">
  <input name="dl_number" value="[[US_DRIVER_LICENSE:009418273]]">
  <input name="dl_state" value="[[LOCATION:LA]]">
  <input type="hidden" name="csrf" value="f93b2c7e1d0a4b88">
</form>""",
    """Contact record
Name: [[PERSON:Geneviève Tremblay]]
Pronouns: she/her
Preferred language: French
Health card (ON): [[ID_NUMBER:4418-207-397-KT]]
Home: [[ADDRESS:58 Rideau Terrace]], [[LOCATION:Ottawa]], [[LOCATION:ON]] [[ZIP_CODE:K1M 2A1]]
Cell: [[PHONE_NUMBER:613-799-2043]]
Notes: called [[DATE_TIME:Jan 30]] about a reimbursement; prefers callbacks after 5 pm.""",
    """Dear [[PERSON:Mr. Bhattacharya]],
Re: your State Pension
Name: [[PERSON:Subhash Bhattacharya]]   National Insurance number: [[ID_NUMBER:NH 40 71 93 A]]
You will reach State Pension age on [[DATE_TIME:4 August 2025]]. Your weekly amount will be £221.20, paid every four weeks into the account ending 3391.
If you have moved away from [[ADDRESS:17 Cranbrook Road]], [[LOCATION:Ilford]], please tell us.""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: alerting
data:
  ONCALL_PRIMARY: "[[PERSON:Mateus Rocha]] <[[EMAIL_ADDRESS:mateus.rocha@pagoflux.com.br]]>"
  ONCALL_PHONE: "[[PHONE_NUMBER:+55 11 98432-7719]]"
  ESCALATION: "[[PERSON:Larissa Tavares]]"
  SLACK_WEBHOOK: "https://hooks.slack.com/services/T04QX/B07LM/9fK2pQ"
  PROM_TARGET: "[[IP_ADDRESS:10.0.14.6]]:9090"
  RETENTION_DAYS: "30\"""",
    """Student [[PERSON:Aylin Demir]] ([[AGE:17]]), from [[LOCATION:Bursa]], enrolled in the Bridge Program with student email [[EMAIL_ADDRESS:aylin.demir@student.bridge-ankara.edu.tr]]; her guardian [[PERSON:Mehmet Demir]] authorised the fee on card [[CREDIT_CARD:4400 6631 2795 1286]].""",
    """Payroll update: [[PERSON:Emre Yıldız]] (employee no. [[ID_NUMBER:4412]]), TC Kimlik No [[ID_NUMBER:38419027554]], born [[DATE_TIME:1988-09-30]], wants his salary paid to [[IBAN_CODE:TR62 0004 6000 4781 8230 6500 19]] from next month.""",
    """CLAIM FORM (N1)
Claimant: [[PERSON:Ms. Harriet Blythe-Owusu]], [[ADDRESS:29 Montpelier Road]], [[LOCATION:Brighton]] [[ZIP_CODE:BN1 3BL]]
Defendant: [[PERSON:Mr. Jordan Pike]], [[ADDRESS:Flat B, 6 Elm Grove]], [[LOCATION:Brighton]] [[ZIP_CODE:BN2 3ES]]
Brief details of claim: return of the tenancy deposit of £1,350 for the room let by the Defendant to the Claimant from [[DATE_TIME:1 October 2023]] to [[DATE_TIME:30 September 2024]], which was not protected in a government-approved scheme.
Value: £1,350 plus a penalty of up to three times the deposit.""",
    """Hi [[PERSON:Saoirse]], please call the applicant, [[PERSON:Mr. Florin Dumitrescu]], back on [[PHONE_NUMBER:+40 745 218 903]] (mobile) or [[PHONE_NUMBER:+40 21 318 4420]] (home). He was born [[DATE_TIME:19 Apr 1975]] in [[LOCATION:Iași]] and his CNP is [[ID_NUMBER:1750419226736]]. Prefers calls before 10:00.""",
    """{"type":"charge.succeeded","data":{"object":{"amount":249900,"currency":"aud","billing_details":{"name":"[[PERSON:Declan O'Rourke-Hayes]]","email":"[[EMAIL_ADDRESS:declan.orh@gmail.com]]","phone":"[[PHONE_NUMBER:+61 400 918 227]]","address":{"line1":"[[ADDRESS:4/18 Esplanade]]","city":"[[LOCATION:Cottesloe]]","state":"[[LOCATION:WA]]","postal_code":"[[ZIP_CODE:6011]]"}},"payment_method_details":{"card":{"brand":"mastercard","last4":"8873","exp_month":2,"exp_year":2027}}}}}""",
    """IMMUNISATION RECORD
Child: [[PERSON:Arjun Pillai]]   DOB: [[DATE_TIME:2021-08-09]]   Sex: M
Parent: [[PERSON:Meera Pillai]]   Contact: [[PHONE_NUMBER:+65 9123 4471]]
NRIC/FIN (parent): [[ID_NUMBER:T0219384H]]
Address: [[ADDRESS:Blk 22 Toa Payoh Lorong 7, #11-304]], [[LOCATION:Singapore]] [[ZIP_CODE:310022]]
MMR dose 2 given [[DATE_TIME:12 Feb 2025]] by [[PERSON:Nurse Farah Ismail]]""",
    r"""$ curl -X POST https://api.kycvault.io/v1/verify \
  -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.x7Yp" \
  -H "Content-Type: application/json" \
  -d '{"name":"[[PERSON:Ifeoma Nwankwo]]","dob":"[[DATE_TIME:1992-03-28]]","bvn":"[[ID_NUMBER:22481937065]]","phone":"[[PHONE_NUMBER:08034419827]]"}'""",
    """BENEFICIARY DESIGNATION CHANGE
Insured: [[PERSON:Roberto Castellano]]   DOB: [[DATE_TIME:11-08-1968]]   SSN: [[US_SSN:144-82-3307]]
Primary beneficiary: [[PERSON:Teresa Castellano]] (spouse), 100%
Contingent: [[PERSON:Marco Castellano]] (son, age [[AGE:24]]), [[PERSON:Giulia Castellano]] (daughter, age [[AGE:21]])
Owner signature: [[PERSON:R. Castellano]]   Date: [[DATE_TIME:02/18/2025]]""",
]

TABLE = [
    """tenant_name,beds,mobile,email,move_in,rent_gbp,arrears_gbp
[[PERSON:Kelechi Anyanwu]],2,[[PHONE_NUMBER:07700 918 442]],[[EMAIL_ADDRESS:kelechi.anyanwu@gmail.com]],[[DATE_TIME:2024-03-01]],1150,0
[[PERSON:Hannah Leclerc]],1,[[PHONE_NUMBER:07845 201 339]],[[EMAIL_ADDRESS:hannah.leclerc@outlook.com]],[[DATE_TIME:2023-09-15]],1095,210
[[PERSON:Piotr Zieliński]],3,[[PHONE_NUMBER:07512 664 018]],[[EMAIL_ADDRESS:pziel@wp.pl]],[[DATE_TIME:2024-07-01]],1200,0""",
    """patient_no\tpatient\tdob\tward\tbed\tconsultant
[[ID_NUMBER:H-448120]]\t[[PERSON:Mary O'Dwyer]]\t[[DATE_TIME:12/03/1946]]\t7B\t4\t[[PERSON:Dr. Ahmed]]
[[ID_NUMBER:H-450377]]\t[[PERSON:Ronan Healy]]\t[[DATE_TIME:30/11/1958]]\t7B\t9\t[[PERSON:Dr. Ahmed]]
[[ID_NUMBER:H-451902]]\t[[PERSON:Gráinne Moloney]]\t[[DATE_TIME:07/06/1971]]\t8A\t2\t[[PERSON:Dr. Cusack]]""",
    """| Emp # | Name | Dept | Start date | Work email | Desk ext |
|---|---|---|---|---|---|
| [[ID_NUMBER:E10442]] | [[PERSON:Lindiwe Ndlovu]] | Finance | [[DATE_TIME:03 Jun 2019]] | [[EMAIL_ADDRESS:lindiwe.ndlovu@corvalis.co.za]] | 2214 |
| [[ID_NUMBER:E10517]] | [[PERSON:Jacques du Plessis]] | IT | [[DATE_TIME:17 Jan 2022]] | [[EMAIL_ADDRESS:jacques.duplessis@corvalis.co.za]] | 2290 |
| [[ID_NUMBER:E10603]] | [[PERSON:Ayanda Zulu]] | HR | [[DATE_TIME:01 Mar 2024]] | [[EMAIL_ADDRESS:ayanda.zulu@corvalis.co.za]] | 2301 |""",
    """PAYEE                 IBAN                           BIC        AMOUNT   REF
[[PERSON:Orla Kennedy]]          [[IBAN_CODE:IE11BOFI90149937120584]]         BOFIIE2D   850.00   MAY-RENT
[[PERSON:Gareth Llewellyn]]      [[IBAN_CODE:GB39BUKB20198741093366]]         BUKBGB22   1200.00  MAY-RENT
[[PERSON:Anke Vogelsang]]        [[IBAN_CODE:DE75120300001068834217]]         BYLADEM1   640.00   DEPOSIT""",
    """{"app_ref": "MA-77120", "applicant": "[[PERSON:Conor Gallagher]]", "dob": "[[DATE_TIME:1988-05-19]]", "ltv": 0.85, "loan": 297500, "property": "[[ADDRESS:14 Sandymount Avenue]], [[LOCATION:Dublin 4]]", "status": "offer issued"}
{"app_ref": "MA-77121", "applicant": "[[PERSON:Nkechi Obi]]", "dob": "[[DATE_TIME:1992-12-02]]", "ltv": 0.9, "loan": 243000, "property": "[[ADDRESS:3 Bayview Court]], [[LOCATION:Howth]]", "status": "valuation"}
{"app_ref": "MA-77124", "applicant": "[[PERSON:Liang Chen]]", "dob": "[[DATE_TIME:1979-08-27]]", "ltv": 0.6, "loan": 180000, "property": "[[ADDRESS:Apt 21, The Maltings, Ringsend Road]], [[LOCATION:Dublin 4]]", "status": "declined"}""",
    """contractors:
  - name: [[PERSON:Dave Hennessy]]
    trade: plumbing
    mobile: "[[PHONE_NUMBER:07877 310 552]]"
    gas_safe: true
  - name: [[PERSON:Marek Wójcik]]
    trade: electrical
    mobile: "[[PHONE_NUMBER:07403 665 128]]"
    email: [[EMAIL_ADDRESS:marek.wojcik.electrics@gmail.com]]
  - name: [[PERSON:Sunita Rao]]
    trade: cleaning
    mobile: "[[PHONE_NUMBER:07960 224 871]]"
    day_rate_gbp: 140""",
    """Name: [[PERSON:Tomás Ibarra]]
Account: [[ID_NUMBER:CUST-390114]]
Plan: Unlimited 5G
Phone: [[PHONE_NUMBER:(210) 884-3091]]
Since: 2019

Name: [[PERSON:Evangeline Mbatha]]
Account: [[ID_NUMBER:CUST-390188]]
Plan: Family 4 lines
Phone: [[PHONE_NUMBER:(210) 775-2264]]
Since: 2021""",
    """NAME | DOB | PASSPORT | NATIONALITY | SEAT
[[PERSON:Hiroko Sato]] | [[DATE_TIME:04-Jul-1982]] | [[ID_NUMBER:TR4418207]] | [[NRP:Japanese]] | 14A
[[PERSON:Kwame Owusu-Ansah]] | [[DATE_TIME:21-Jan-1990]] | [[ID_NUMBER:G2038816]] | [[NRP:Ghanaian]] | 14B
[[PERSON:Lars Eriksen]] | [[DATE_TIME:09-Sep-1967]] | [[ID_NUMBER:FN7720931]] | [[NRP:Norwegian]] | 14C""",
    """"id","name","street","city","state","zip","phone","source"
"301","[[PERSON:Marcy Delgado]]","[[ADDRESS:418 W Holly St]]","[[LOCATION:Bellingham]]","[[LOCATION:WA]]","[[ZIP_CODE:98225]]","[[PHONE_NUMBER:360-647-2210]]","open house"
"302","[[PERSON:Trevor Ng]]","[[ADDRESS:2911 Northwest Ave, Apt 12]]","[[LOCATION:Bellingham]]","[[LOCATION:WA]]","[[ZIP_CODE:98225]]","[[PHONE_NUMBER:360-220-8173]]","zillow"
"303","[[PERSON:Beth-Ann Kowalski]]","[[ADDRESS:77 Chuckanut Dr]]","[[LOCATION:Burlington]]","[[LOCATION:WA]]","[[ZIP_CODE:98233]]","[[PHONE_NUMBER:360-755-0419]]","referral\"""",
    """student\tage\tyear\thouse\tparent_contact
[[PERSON:Maisie Thornton]]\t[[AGE:11]]\t7\tKestrel\t[[PHONE_NUMBER:07712 408 391]]
[[PERSON:Oliver Adebayo]]\t[[AGE:12]]\t7\tHeron\t[[PHONE_NUMBER:07831 662 054]]
[[PERSON:Ruby Singh-Walsh]]\t[[AGE:11]]\t7\tKestrel\t[[PHONE_NUMBER:07596 120 447]]
[[PERSON:Finlay Morrison]]\t[[AGE:12]]\t7\tOsprey\t[[PHONE_NUMBER:07428 933 610]]""",
    """| Employee | SSN | Filing status | State | W-4 received |
|:--|:--|:--|:--|:--|
| [[PERSON:Jamal Whitaker-Brown]] | [[US_SSN:287-44-1903]] | MFJ | [[LOCATION:OH]] | [[DATE_TIME:01/08/2025]] |
| [[PERSON:Sarah Lindgren]] | [[US_SSN:511-20-8834]] | Single | [[LOCATION:MN]] | [[DATE_TIME:01/10/2025]] |
| [[PERSON:Hoang Minh Tran]] | [[US_SSN:604-71-2296]] | HOH | [[LOCATION:CA]] | [[DATE_TIME:12/30/2024]] |""",
    """LICENSE NO     LAST NAME      FIRST     DOB         CLASS  RESTR
[[US_DRIVER_LICENSE:S530-4172-9918]] [[PERSON:SCHULTZ]]        [[PERSON:GRETA]]     [[DATE_TIME:03/22/1975]]  D      B
[[US_DRIVER_LICENSE:M204-8813-0457]] [[PERSON:MORALES]]        [[PERSON:ANTONIO]]   [[DATE_TIME:11/05/1988]]  CDL-A  -
[[US_DRIVER_LICENSE:O162-5590-3381]] [[PERSON:OKONKWO-REED]]   [[PERSON:DIANA]]     [[DATE_TIME:07/14/2001]]  D      A""",
    """customer_name,pan,aadhaar,mobile,city,kyc_status
[[PERSON:Ritika Sharma]],[[ID_NUMBER:BXTPS4418Q]],[[ID_NUMBER:3812 6640 9153]],[[PHONE_NUMBER:+91 98110 42277]],[[LOCATION:Gurugram]],verified
[[PERSON:Mohammed Irfan Shaikh]],[[ID_NUMBER:CKZPS7702H]],[[ID_NUMBER:9147 0352 2863]],[[PHONE_NUMBER:+91 90040 18836]],[[LOCATION:Pune]],pending
[[PERSON:Ananya Iyer]],[[ID_NUMBER:AJRPI5519C]],[[ID_NUMBER:6084 3317 7296]],[[PHONE_NUMBER:+91 94440 71205]],[[LOCATION:Chennai]],verified""",
    """{"user": "[[USERNAME:kstavros]]", "name": "[[PERSON:Kostas Stavrou]]", "last_login": "[[DATE_TIME:2025-03-02T08:14:55Z]]", "ip": "[[IP_ADDRESS:62.103.44.19]]", "mfa": true}
{"user": "[[USERNAME:nadia.r]]", "name": "[[PERSON:Nadia Rahimi]]", "last_login": "[[DATE_TIME:2025-03-02T09:01:12Z]]", "ip": "[[IP_ADDRESS:2a01:4b00:8e1c:2200::1f]]", "mfa": false}
{"user": "[[USERNAME:j_obrien]]", "name": "[[PERSON:Jack O'Brien]]", "last_login": "[[DATE_TIME:2025-02-27T17:45:30Z]]", "ip": "[[IP_ADDRESS:86.40.112.7]]", "mfa": true}""",
    """landlords:
  - name: "[[PERSON:Mrs. Philippa Okoye]]"
    licence: HMO/2023/0418
    properties:
      - "[[ADDRESS:44 Granby Street]], [[LOCATION:Liverpool]] [[ZIP_CODE:L8 2TU]]"
      - "[[ADDRESS:46 Granby Street]], [[LOCATION:Liverpool]] [[ZIP_CODE:L8 2TU]]"
    contact: [[EMAIL_ADDRESS:philippa.okoye@gmail.com]]
  - name: "[[PERSON:Derrick Ashcroft]]"
    licence: HMO/2022/1177
    properties:
      - "[[ADDRESS:Flat 1-6, 12 Lark Lane]], [[LOCATION:Liverpool]] [[ZIP_CODE:L17 8US]]"
    contact: "[[PHONE_NUMBER:0151 728 4419]]"
    notes: late with gas certificate 2024""",
    """Registered keeper: [[PERSON:Imogen Fairweather]]
Address: [[ADDRESS:Rose Cottage, 2 Back Lane]], [[LOCATION:Helmsley]], [[ZIP_CODE:YO62 5BU]]
Vehicle: Volvo XC40, blue
Registration: [[ID_NUMBER:YH21 KPO]]
First registered: 2021
Keeper since: [[DATE_TIME:14 May 2023]]
MOT due: 2026""",
    """| Time | Property | Applicant | Mobile | Agent |
|------|----------|-----------|--------|-------|
| [[DATE_TIME:Sat 8 Mar 10:00]] | [[ADDRESS:16 Birchwood Ave]] | [[PERSON:Tilly Marsden]] | [[PHONE_NUMBER:07719 204 338]] | [[PERSON:Josh]] |
| [[DATE_TIME:Sat 8 Mar 10:45]] | [[ADDRESS:2 Kingsbury Rd]] | [[PERSON:Rahim]] & [[PERSON:Salma Chowdhury]] | [[PHONE_NUMBER:07446 581 220]] | [[PERSON:Josh]] |
| [[DATE_TIME:Sat 8 Mar 11:30]] | [[ADDRESS:Flat 5, 90 Lapwing Lane]] | [[PERSON:Edward Tsang]] | [[PHONE_NUMBER:07903 116 742]] | [[PERSON:Priya]] |""",
    """member_no,first,last,joined,card_last4,visits_30d,status
[[ID_NUMBER:GY-20418]],[[PERSON:Anika]],[[PERSON:Bose]],[[DATE_TIME:2023-01-09]],2291,14,active
[[ID_NUMBER:GY-20533]],[[PERSON:Reuben]],[[PERSON:Castillo]],[[DATE_TIME:2024-06-17]],0047,0,frozen
[[ID_NUMBER:GY-20601]],[[PERSON:Zoë]],[[PERSON:Marchetti]],[[DATE_TIME:2024-11-30]],7718,9,active""",
    """employee\tsin\tprovince\thire_date\tsalary_cad
[[PERSON:Élodie Gagnon]]\t[[ID_NUMBER:130 692 544]]\t[[LOCATION:QC]]\t[[DATE_TIME:2021-04-12]]\t78000
[[PERSON:Darnell Jacobs]]\t[[ID_NUMBER:714 386 224]]\t[[LOCATION:ON]]\t[[DATE_TIME:2023-09-05]]\t64500
[[PERSON:Manpreet Dhillon]]\t[[ID_NUMBER:618 230 478]]\t[[LOCATION:BC]]\t[[DATE_TIME:2019-01-21]]\t91200""",
    """Tenant               | Property                     | Weekly rent | Bond lodged | Lease end
[[PERSON:Matilda Kaur-Hughes]]  | [[ADDRESS:3/27 Darling Street]], [[LOCATION:Balmain]] | $720        | yes         | [[DATE_TIME:30/06/2025]]
[[PERSON:Jarrah Simmons]]       | [[ADDRESS:12 Fig Tree Lane]], [[LOCATION:Bulimba]]    | $610        | yes         | [[DATE_TIME:14/01/2026]]
[[PERSON:Nguyen Thi Lan]]       | [[ADDRESS:8/101 Hay Street]], [[LOCATION:Subiaco]]    | $540        | pending     | [[DATE_TIME:31/10/2025]]""",
    """PAX  NAME                       DOB          DOC NO       FF NUMBER
1    [[PERSON:MWANGI]]/[[PERSON:PETER KARIUKI]] [[TITLE:MR]]    [[DATE_TIME:12MAR1979]]    [[ID_NUMBER:AK3391207]]    [[ID_NUMBER:KQ 40918833]]
2    [[PERSON:MWANGI]]/[[PERSON:GRACE WAIRIMU]] [[TITLE:MRS]]   [[DATE_TIME:30SEP1983]]    [[ID_NUMBER:AK3391208]]    -
3    [[PERSON:MWANGI]]/[[PERSON:TIMOTHY]] [[TITLE:MSTR]]        [[DATE_TIME:05JUN2016]]    [[ID_NUMBER:AK5502314]]    -""",
    """volunteer,phone,suburb,party,availability
[[PERSON:Hemi Tawhiri]],[[PHONE_NUMBER:027 448 1093]],[[LOCATION:Porirua]],[[NRP:Labour]],weekends
[[PERSON:Charlotte Vance]],[[PHONE_NUMBER:021 660 2874]],[[LOCATION:Karori]],[[NRP:Green]],evenings
[[PERSON:Ravi Prasad]],[[PHONE_NUMBER:022 309 7715]],[[LOCATION:Newtown]],[[NRP:Labour]],any""",
    """{"room": 412, "guest": "[[PERSON:Beatriz Souza]]", "nationality": "[[NRP:Brazilian]]", "passport": "[[ID_NUMBER:FX902184]]", "arrival": "[[DATE_TIME:2025-04-18]]", "nights": 3}
{"room": 415, "guest": "[[PERSON:Oskar Lindahl]]", "nationality": "[[NRP:Swedish]]", "passport": "[[ID_NUMBER:93318204]]", "arrival": "[[DATE_TIME:2025-04-18]]", "nights": 5}
{"room": 503, "guest": "[[PERSON:Amira Haddad]]", "nationality": "[[NRP:Lebanese]]", "passport": "[[ID_NUMBER:RL2209173]]", "arrival": "[[DATE_TIME:2025-04-19]]", "nights": 2}""",
    """| Slot | Patient | NHS no. | Clinician | Reason |
| --- | --- | --- | --- | --- |
| [[DATE_TIME:Tue 11 Mar 09:10]] | [[PERSON:Doreen Philpott]] | [[ID_NUMBER:612 839 0455]] | [[PERSON:Dr. Obi]] | BP review |
| [[DATE_TIME:Tue 11 Mar 09:20]] | [[PERSON:Kyle Brennan]] | [[ID_NUMBER:738 201 5661]] | [[PERSON:Dr. Obi]] | sick note |
| [[DATE_TIME:Tue 11 Mar 09:30]] | [[PERSON:Farzana Akhtar]] | [[ID_NUMBER:902 118 4478]] | [[PERSON:Nurse Collins]] | smear |""",
    """oncall:
  primary:
    name: [[PERSON:Ines Duarte]]
    phone: "[[PHONE_NUMBER:+351 912 448 307]]"
    email: [[EMAIL_ADDRESS:ines.duarte@lumenpay.pt]]
  secondary:
    name: [[PERSON:Kenji Mori]]
    phone: "[[PHONE_NUMBER:+81 90-4418-2293]]"
    email: [[EMAIL_ADDRESS:kenji.mori@lumenpay.pt]]
  escalation_policy: P1-30min
  rotation: weekly""",
    """Applicant: [[PERSON:Bethany Ruiz]]
Current address: [[ADDRESS:Flat 3, 71 Stokes Croft]], [[LOCATION:Bristol]] [[ZIP_CODE:BS1 3QY]]
Employer reference: received
Previous landlord: [[PERSON:Mr. Alan Pike]], [[PHONE_NUMBER:07855 409 116]]
Outcome: pass

Applicant: [[PERSON:Kai Henderson]]
Current address: [[ADDRESS:22 Cotham Brow]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 6AR]]
Employer reference: outstanding
Previous landlord: none (lived with parents)
Outcome: guarantor required""",
    """account_no,borrower,property_postcode,months_in_arrears,balance_gbp,next_action
[[ID_NUMBER:50019374412]],[[PERSON:Craig Donnelly]],[[ZIP_CODE:BT9 6GD]],3,148220.17,letter
[[ID_NUMBER:50019388207]],[[PERSON:Shauna McCann]],[[ZIP_CODE:BT36 5DS]],1,96004.55,call
[[ID_NUMBER:50019401930]],[[PERSON:Emmanuel Okafor]],[[ZIP_CODE:BT7 1JL]],6,201877.00,litigation review""",
    """name\tid_number\tbranch\tgrade
[[PERSON:Naledi Mahlangu]]\t[[ID_NUMBER:8509210147080]]\t[[LOCATION:Pretoria]]\tC2
[[PERSON:Riaan Steenkamp]]\t[[ID_NUMBER:9211035774086]]\t[[LOCATION:Gqeberha]]\tB1
[[PERSON:Fatima Cassim]]\t[[ID_NUMBER:7906152080181]]\t[[LOCATION:Durban]]\tD1""",
    """EMP | NAME                    | SSS          | PHILHEALTH     | TIN
001 | [[PERSON:Dela Rosa]], [[PERSON:Jericho M.]]   | [[ID_NUMBER:33-4419027-1]] | [[ID_NUMBER:12-050418833-7]] | [[ID_NUMBER:418-220-937-000]]
002 | [[PERSON:Manalo]], [[PERSON:Kristine Joy]]    | [[ID_NUMBER:34-0917732-5]] | [[ID_NUMBER:01-025593318-2]] | [[ID_NUMBER:502-118-406-000]]
003 | [[PERSON:Bautista]], [[PERSON:Paolo]]         | [[ID_NUMBER:02-2280194-6]] | [[ID_NUMBER:19-091134002-8]] | [[ID_NUMBER:311-904-772-000]]""",
    """receipt,date,sender_name,sender_msisdn,amount_kes,purpose
SFK4T8Q2LM,2025-02-03,[[PERSON:Wafula Barasa]],[[PHONE_NUMBER:0711 284 093]],18000,rent Feb
SFK5Z1R9PX,2025-02-04,[[PERSON:Chebet Kiprono]],[[PHONE_NUMBER:0729 660 418]],22500,rent Feb
SFK7B3D0WE,2025-02-06,[[PERSON:Hussein Abdalla]],[[PHONE_NUMBER:0754 102 887]],18000,rent Feb + water""",
    """| Matric No | Surname | Other names | NIN | State of origin | CGPA |
|---|---|---|---|---|---|
| [[ID_NUMBER:UNN/2021/244817]] | [[PERSON:Okeke]] | [[PERSON:Chisom Mary]] | [[ID_NUMBER:30481952774]] | [[LOCATION:Anambra]] | 4.21 |
| [[ID_NUMBER:UNN/2021/245002]] | [[PERSON:Abubakar]] | [[PERSON:Yusuf Danjuma]] | [[ID_NUMBER:61920384415]] | [[LOCATION:Kano]] | 3.87 |
| [[ID_NUMBER:UNN/2021/245390]] | [[PERSON:Etim]] | [[PERSON:Ekaete Grace]] | [[ID_NUMBER:75503219862]] | [[LOCATION:Akwa Ibom]] | 4.55 |""",
    """име,егн,телефон,адрес,град,наем_лв
[[PERSON:Веселина Тодорова]],[[ID_NUMBER:7506112631]],[[PHONE_NUMBER:0887 301 442]],"[[ADDRESS:ул. „Граф Игнатиев“ 8, ап. 4]]",[[LOCATION:София]],950
[[PERSON:Мартин Христов]],[[ID_NUMBER:9908170548]],[[PHONE_NUMBER:0899 114 726]],"[[ADDRESS:ж.к. „Тракия“, бл. 121, вх. В, ап. 33]]",[[LOCATION:Пловдив]],620
[[PERSON:Гергана Стоева]],[[ID_NUMBER:8802024915]],[[PHONE_NUMBER:0878 562 019]],"[[ADDRESS:ул. „Драгоман“ 3, ет. 2]]",[[LOCATION:Бургас]],700""",
    """| Име и презиме | ЕМБГ | Град | Телефон | Оддел |
|---|---|---|---|---|
| [[PERSON:Дарко Илиевски]] | [[ID_NUMBER:2203864412047]] | [[LOCATION:Прилеп]] | [[PHONE_NUMBER:071 204 558]] | продажба |
| [[PERSON:Ардита Адеми]] | [[ID_NUMBER:0907924476112]] | [[LOCATION:Тетово]] | [[PHONE_NUMBER:075 318 906]] | финансии |
| [[PERSON:Игор Ангеловски]] | [[ID_NUMBER:3001995460588]] | [[LOCATION:Струмица]] | [[PHONE_NUMBER:078 441 207]] | магацин |""",
    """Najemnik\tEMŠO\tNaslov\tTelefon\tVseljen
[[PERSON:Mojca Hribar]]\t[[ID_NUMBER:1406773505195]]\t[[ADDRESS:Trubarjeva cesta 12]], [[LOCATION:Ljubljana]]\t[[PHONE_NUMBER:031 442 918]]\t[[DATE_TIME:1. 9. 2023]]
[[PERSON:Urška Golob]]\t[[ID_NUMBER:2808945052338]]\t[[ADDRESS:Partizanska cesta 5]], [[LOCATION:Maribor]]\t[[PHONE_NUMBER:040 205 661]]\t[[DATE_TIME:15. 2. 2024]]
[[PERSON:Milena Zorko]]\t[[ID_NUMBER:1609645051201]]\t[[ADDRESS:Ulica heroja Staneta 9]], [[LOCATION:Celje]]\t[[PHONE_NUMBER:041 770 384]]\t[[DATE_TIME:1. 6. 2024]]""",
    """PARCEL          OWNER                       SITUS                        MAILING ADDRESS                              ASSESSED
14-22-301-008   [[PERSON:HALVORSEN ERIK]] & [[PERSON:LINNEA]]     [[ADDRESS:1902 LAKEVIEW DR]]             [[ADDRESS:1902 LAKEVIEW DR]] [[LOCATION:DULUTH]] [[LOCATION:MN]] [[ZIP_CODE:55803]]            312,400
14-22-301-011   [[PERSON:OYELARAN TUNDE]]              [[ADDRESS:1910 LAKEVIEW DR]]             [[ADDRESS:PO BOX 4471]] [[LOCATION:ST PAUL]] [[LOCATION:MN]] [[ZIP_CODE:55104]]                287,900
14-22-301-014   LAKEVIEW HOLDINGS LLC       [[ADDRESS:1922 LAKEVIEW DR]]             [[ADDRESS:400 S 4TH ST STE 1200]] [[LOCATION:MINNEAPOLIS]] [[LOCATION:MN]] [[ZIP_CODE:55415]]   455,000""",
]

CHAT = [
    """[09:14] Agent [[PERSON:Priya]] (HomeFirst Mortgages): Hi, thanks for getting in touch. Can I take your full name and date of birth?
[09:15] Customer: [[PERSON:Callum Reid]], [[DATE_TIME:22/04/1989]]
[09:15] Agent [[PERSON:Priya]]: Thanks [[PERSON:Callum]]. And the address of the mortgaged property?
[09:16] Customer: [[ADDRESS:19 Thistle Road]], [[LOCATION:Aberdeen]] [[ZIP_CODE:AB15 7TQ]]
[09:17] Agent [[PERSON:Priya]]: Perfect. I can see your fixed rate ends on [[DATE_TIME:31 July]]. Would you like a product transfer call with one of our advisers?
[09:17] Customer: yes please, [[DATE_TIME:Thursday 26 June after 5pm]] if possible, on [[PHONE_NUMBER:07790 412 336]]
[09:18] Agent [[PERSON:Priya]]: Booked. Your reference is PT-558201; the adviser will be [[PERSON:Graham]].""",
    """[[PERSON:Zara]]: has anyone heard back from [[PERSON:Mr Delaney]] about the boiler??
[[PERSON:Tom]]: nope. his number's [[PHONE_NUMBER:07814 330 291]] if u want to chase
[[PERSON:Zara]]: tried twice. I'm emailing the agency instead, lettings@brookfieldhomes.co.uk
[[PERSON:Femi]]: cc me pls [[EMAIL_ADDRESS:femi.adewale@gmail.com]]. also the deposit thing, mine was paid on the 3rd and still no certificate
[[PERSON:Tom]]: same. btw my sister [[PERSON:Lucy]] is staying [[DATE_TIME:fri 14th to sun 16th]], hope that's ok
[[PERSON:Zara]]: all good 👍""",
    """#people-ops
[[PERSON:Marta Reyes]] 10:02  can someone update [[PERSON:Dev Malhotra]]'s address? he moved to [[ADDRESS:Flat 7, 28 Hanbury Street]], [[LOCATION:London]] [[ZIP_CODE:E1 6QR]] on [[DATE_TIME:1 March]]
[[PERSON:Owen Talbot]] 10:05  done. his new mobile too? HR system still has [[PHONE_NUMBER:07311 904 226]]
[[PERSON:Dev Malhotra]] 10:07  new one is [[PHONE_NUMBER:07462 118 930]], thanks both
[[PERSON:Marta Reyes]] 10:08  👍 also [[PERSON:Owen]], [[PERSON:Kasia]] starts [[DATE_TIME:Monday 10 March]], her laptop is the one with serial PF3K9X21
[[PERSON:Owen Talbot]] 10:09  on it""",
    """Live chat - FlexMobile support
You: Hi, my phone was stolen last night, I need to block the SIM
[[PERSON:Aisha]] (FlexMobile): Sorry to hear that! I can help. What's the number on the account?
You: [[PHONE_NUMBER:0412 559 018]]
[[PERSON:Aisha]] (FlexMobile): And the account holder's name and date of birth?
You: [[PERSON:Nathaniel Okonedo]], [[DATE_TIME:3 August 1994]]
[[PERSON:Aisha]] (FlexMobile): Thanks [[PERSON:Nathaniel]]. SIM is now blocked. Do you have the handset IMEI for the police report? It's on the box.
You: 864519033721840
[[PERSON:Aisha]] (FlexMobile): Got it. Your replacement SIM will go to [[ADDRESS:5/22 Raglan Street]], [[LOCATION:Mosman]] [[LOCATION:NSW]] [[ZIP_CODE:2088]]. Case no. 7719-2041.""",
    """[[PERSON:Luka]]: Živjo [[TITLE:ga.]] [[PERSON:Kos]], danes sem nakazal najemnino za marec, 650 €.
[[PERSON:Marjeta Kos]]: Hvala, [[PERSON:Luka]]. Ali mi lahko pošljete še davčno številko za pogodbo?
[[PERSON:Luka]]: Seveda: [[ID_NUMBER:27183050]]. Moj novi naslov za pošto pa je [[ADDRESS:Kidričeva ulica 14]], [[ZIP_CODE:3000]] [[LOCATION:Celje]].
[[PERSON:Marjeta Kos]]: Zabeleženo. Serviser za bojler pride v [[DATE_TIME:torek, 18. marca, ob 9h]], bo kdo doma?
[[PERSON:Luka]]: Sestra [[PERSON:Eva]] bo doma, njena št. je [[PHONE_NUMBER:051 338 704]].""",
    """Marketplace - Grey 3-seater sofa, £80
[[PERSON:Chloe Barnes]]: Hi is this still available?
[[PERSON:Ibrahim Sesay]]: Yes it is
[[PERSON:Chloe Barnes]]: Great, could I collect [[DATE_TIME:Saturday 12 April around 11]]?
[[PERSON:Ibrahim Sesay]]: Sure. It's [[ADDRESS:Flat 2, 61 Abbeydale Road]], [[LOCATION:Sheffield]] [[ZIP_CODE:S7 1FE]], buzz 2. Text me when you're outside: [[PHONE_NUMBER:07521 090 843]]
[[PERSON:Chloe Barnes]]: Will do, my partner [[PERSON:Dan]] will help carry it. Cash ok?
[[PERSON:Ibrahim Sesay]]: Cash is perfect""",
    """SkyLine Airways chat
Bot: Welcome! Please enter your booking reference.
Customer: QX7R2M
Bot: Thanks. Connecting you to an agent...
[[PERSON:Gustavo]] (agent): Hello! I see a booking for 2 passengers, [[PERSON:Ms Anjali Rao]] and [[PERSON:Mr Vikram Rao]], [[LOCATION:Singapore]] to [[LOCATION:Melbourne]] on [[DATE_TIME:2 May]]. How can I help?
Customer: Hi, it's [[PERSON:Anjali]]. My husband renewed his passport; the new number is [[ID_NUMBER:Z7741208]]. Also can we add my mother [[PERSON:Saraswathi Iyer]], DOB [[DATE_TIME:14/01/1952]]?
[[PERSON:Gustavo]] (agent): Passport updated. For your mother I'll need her passport number and a contact email.
Customer: [[ID_NUMBER:T2284019]], and [[EMAIL_ADDRESS:anjali.rao.sg@gmail.com]] for all of us.""",
    """[[PERSON:Hollie]] (Lime Street Lettings): Hi [[PERSON:Mr Nowak]], just a reminder that your tenancy at [[ADDRESS:33 Sefton Park Road]] is up for renewal on [[DATE_TIME:28 Feb]]. The landlord is offering 12 months at £1,095 pcm.
[[PERSON:Adam Nowak]]: Hi [[PERSON:Hollie]], we'd like to renew but can the rent stay at £1,050? We've never been late.
[[PERSON:Hollie]] (Lime Street Lettings): I'll put it to [[PERSON:Mrs. Fenton]] today and call you back on [[PHONE_NUMBER:07946 228 501]].
[[PERSON:Hollie]] (Lime Street Lettings): Good news, she's agreed £1,060. I'll email the renewal to [[EMAIL_ADDRESS:adam.nowak82@gmail.com]] for e-signing.""",
]

LOOKALIKE = [
    """Your order #402-7781935-1120447 has shipped!
Carrier: DPD, tracking 15501234987612 (expected Thu). Items: 2 x USB-C hub (SKU HB-7C-04-GRY), 1 x HDMI 2.1 cable 2m (SKU CB-H21-2M).
Delivery to: [[PERSON:Mercy Adjei]], [[ADDRESS:11 Tannery Close]], [[LOCATION:Beckenham]] [[ZIP_CODE:BR3 4BX]]
Questions? Call 0333 300 1120 (Mon-Fri 8am-6pm) or email orders@gadgetbarn.co.uk. Invoice INV-2025-004418, VAT reg. GB 298 4471 05.""",
    """Release notes - build 10.4.2.1 (2025-03-14)
- Upgraded OpenSSL to 3.0.13; dropped TLS 1.0 on the 192.168 admin subnet template.
- Fixed a crash when the config hash (sha256 3f9a0c77e1d24b6b8a51f0e2c9d8b7a6) did not match.
- Reverted commit 9b4e1f2 ("use the loopback address for health checks"); the default is localhost again.
- Serial numbers of the form SN-2024-000187 are now accepted by the device registry.
- Known issue: version 10.4.2.0 may report itself as 10.4.2.1 in the About dialog.
Support: support@northgate-sys.com, +1 800 555 0199, ticket prefix NGS-.""",
    """Reading list for the dementia carers' group (meets at the library on Nelson Mandela Way, room 2):
- "Contented Dementia", ISBN 978-0-14-312854-0
- "Living with Alzheimer's", ISBN 978-1-84792-401-8
- "Parkinson's and You", ISBN 978-1-99774-102-2
Please return books to the desk on Darwin Street or the Carnegie branch. Reservations are held for 7 days under your library card.
Group contact: [[PERSON:Veronica Ashby]], [[PHONE_NUMBER:07722 815 604]]. Room bookings: libraries@westmere.gov.uk.""",
    """INVOICE INV-LT-2025-1183          Hale & Wren Lettings Ltd, Company No. 08841297, VAT GB 331 2094 18
Bill to: [[PERSON:Ms. Chantelle Osei]], [[ADDRESS:Flat 4, 58 Walton Street]], [[LOCATION:Oxford]] [[ZIP_CODE:OX2 6AE]]
Tenancy ref: HW-TEN-5582     Property ref: P-00917     Deposit scheme cert: DPS 7720-4418-9031
Item                         Qty   Unit      Total
Inventory check-in fee        1    £120.00   £120.00
Key cutting (fob KX-00482)    2    £15.00    £30.00
Total due                                    £150.00
Pay to: Hale & Wren Lettings, sort code 40-11-62, acc. 71204488 (client account), ref HW-TEN-5582
Queries: accounts@halewren.co.uk or 01865 550 302 (office hours).""",
    """Инвентарен опис - ИТ оборудване, офис [[LOCATION:Пловдив]]
1. Лаптоп Lenovo T14, сериен № PF4XK2B9, MAC 84:A9:38:1C:5E:02, IMEI на модема 352891047736182
2. Рутер MikroTik hAP ax2, фърмуер 7.14.2, RouterBOOT 7.12.1.3 (фабрична настройка)
3. Книга „Наръчник по мрежова сигурност“, ISBN 978-954-280-773-5
4. Лиценз Windows 11 Pro, ключ VK7JG-NPHTM-C97JM-9MPGT-3V66T
Отговорно лице: [[PERSON:Пламен Атанасов]], вътр. 214. Справки: it@agroinvest.bg, тел. 032 600 900.""",
    """Specimen label guide (lab handbook, section 4.2)
Each tube carries a barcode like LAB-24-0017731 and a lot number such as LOT 4471B (exp. 2026-09). Catalogue numbers (e.g. REF 11896-02) identify the reagent kit, not the patient.
Stains and tests named after people (Gram, Ziehl-Neelsen, Papanicolaou, Coombs) are written in full. Conditions such as Hodgkin lymphoma, Crohn's disease and Down syndrome are recorded with the ICD-10 code.
Example label: "[[PERSON:SMITH]], [[PERSON:Jonathan]]  DOB [[DATE_TIME:04/02/1961]]  MRN [[ID_NUMBER:7730418]]  Gram stain  LAB-24-0017731".""",
    """FOR SALE - £365,000 - Ref GLD-22918
A bright three-bedroom semi on Gladstone Road, minutes from Queen Victoria Park and the Florence Nightingale Hospital. EPC rating C (certificate 0378-2913-7406-2024-0181), council tax band D, freehold. Built 1936; new boiler 2022 (Worcester Bosch, serial 47-406-32).
Viewings strictly by appointment. Call the office on 01509 218 400 or email sales@charnwoodhomes.co.uk, quoting GLD-22918. Your negotiator is [[PERSON:Jade Whitmore]] ([[PHONE_NUMBER:07968 332 107]]).""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind109", STYLES, OUT)


if __name__ == "__main__":
    main()

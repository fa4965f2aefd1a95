"""Build tests/data/blind88.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind88.py

Blind: written without any knowledge of the detector. What was read, and
nothing else: lines 1-121 of make_blind22.py (its docstring with the
labeling conventions and style descriptions, its import lines and the first
line of its first record) and its closing scaffolding from `STYLES = {` to
the end of the file (copied below); gold_sets.py (whole file); and lines
1-64 of make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME
regexes and `parse()`). Not read: minimize/, recognizers/, bench/, the
README, the tests (other than those lines), every *.jsonl set, every other
make_*.py and the record lists inside them, git history, log or status.
The detector, the bench and the tests were never run, on this file or on
anything else, and the output .jsonl was never opened. Do not tune the
detector against this set: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks ("[[PERSON:Dr. Ana Ruiz]]" is split
into TITLE + PERSON by its TITLE_IN_NAME regex; other honorifics are marked
as TITLE by hand). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the national check digits inside the
Spanish and French IBANs are right too (the Italian CIN letter was not
checked). These were worked out with hand-run throwaway code while writing,
not generated here; `gold_sets.check` re-checks cards and IBANs. National
ids with a public check digit were given a valid one the same way: Aadhaar
(Verhoeff), NHS number, Canadian SIN, Australian TFN and Medicare number,
Singapore NRIC, South African ID (agreeing with the sex and birth date where
they show), Irish PPSN, Spanish DNI letter, Norwegian national identity
number, Emirates ID (Luhn), and the ISBN-13 look-alikes. Not checked: UK NI numbers, US SSNs,
PAN, Nigerian BVN and NIN, Kenyan ids, Philippine SSS and PhilHealth,
passports, licences, plates, bank account numbers and staff, student,
member, patient and loyalty numbers.

Styles (ids `blind88-<style>-NNN`; 240 records):
- `gen` (90): one to four LLM-style sentences with personal data woven into
  prose, as a third-party LLM writes "realistic sentences with personal
  data"; extra weight on family life and personal messages, events and
  weddings (invitations, RSVPs, vendors, funerals, parties) and sports
  clubs and gyms (memberships, PT sessions, junior teams, galas, races),
  the rest spread over banking, insurance, health, pharmacy, legal,
  schools, HR, retail, travel, hotels, telecoms, government, lettings,
  gaming, social media, tech support, deliveries, vets, care homes,
  charities. Names at the start, middle and end, lowercase and possessive;
  ages, dates, addresses, phones and ids in many shapes.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd mixed sentences dense with names, job titles, streets
  with building numbers, secondary addresses, IPs, MACs, user agents,
  card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims,
  contracts, medical and loan forms, notices) and Nemotron-PII (JSON, log
  lines, SQL, XML, YAML / config and code snippets, tickets and forms).
- `table` (35): one small table per record rendered as text (CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks) with
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking and invoice refs, SKUs, ISBNs, IP-shaped versions, hashes,
  serials, company phones, role mailboxes, eponyms, streets named after
  people with no number), the few real PII values labeled; one has no PII.

Languages: about nine records in ten in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Singapore, South Africa, Nigeria, Kenya,
Ghana and the Philippines, with names from the many cultures living
there); the rest in Hindi (Devanagari and romanized) and Tamil (Tamil
script and romanized).

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart; job titles are not TITLE and family
  words (mum, auntie, didi, anna, mama) stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, neighbourhood, county, state /
  province (also abbreviated) and country are LOCATION; postcodes of every
  shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, wedding, party,
  visit, start of a job, hearing, signature ...) with a day or month, in
  any shape; a weekday or clock time said with such a date is inside the
  span, a time or weekday alone is not; not bare years, durations, or
  dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB, IFSC, BIC and routing numbers, CVVs and
  expiries, PINs, order / ticket / claim / policy / booking / tracking
  references, company phone numbers and role mailboxes, versions, hashes,
  serials, partial numbers ("ending 4417"), pets, eponyms and brands or
  venues named after people, header rows.
- Calls made while writing this set: a "sex", "gender", "role", "dept",
  "status" or "plan" column stays unlabeled, an "age" column is AGE, a
  "country", "state" or "city" column is LOCATION and a "nationality" or
  "religion" column is NRP; a building number or secondary address given
  in its own field is ADDRESS; Hindi and Tamil honorifics written before a
  name (श्रीमती, चि., सौ.कां., திரு., திருமதி, செல்வி, Smt., Shri) are
  TITLE, while the respect suffixes "ji" / "जी" / "sir" and "Coach" stay
  outside; a log line's timestamp is DATE_TIME when it records a person's
  own action (a login, a sign-up), not when it stamps a system event; a
  transaction on a person's own account is a person's date; a family
  surname used for a household or an event ("the Asante family house", "the
  Nakamura-Levy wedding") is PERSON; a frequent-flyer, parkrun, club or
  loyalty number is ID_NUMBER like other member numbers; a bank's or
  gym's helpline is a company phone and stays unlabeled; every IP address
  is IP_ADDRESS, servers' and private ones included, but a service
  account's name ("svc-backup") is not a USERNAME and an internal numeric
  row id ("user_id=88213", "uid": 5521) is not an ID_NUMBER; "Nurse" and
  "Father" before a name are TITLE; a pet's name and age stay unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind88.jsonl")

GEN = [
    """Mum, it's [[PERSON:Kezia]] — my phone died so use this number till Friday: [[PHONE_NUMBER:07700 914362]]. Dad's birthday lunch is still at Auntie [[PERSON:Ruth]]'s, [[ADDRESS:22 Pemberton Close]], [[LOCATION:Stevenage]], on [[DATE_TIME:Sunday 15 June at 1pm]].""",
    """Our daughter [[PERSON:Amara Okonkwo-Hale]] was born on [[DATE_TIME:3 February 2025 at 4:12 am]] weighing 3.4 kg — thank you to everyone at the Royal Infirmary in [[LOCATION:Leicester]], and especially to midwife [[PERSON:Bernadette]].""",
    """hey it's [[PERSON:jordan]]'s sister, can you send the group photos from the christening to [[EMAIL_ADDRESS:maddie.pryce94@gmail.com]]? also [[PERSON:jordan]] says his new address is [[ADDRESS:Flat 3, 118 Harrow Road]], [[ZIP_CODE:W2 5ES]]""",
    """My grandmother, [[PERSON:Leela Venkataraman]], turned [[AGE:91]] on [[DATE_TIME:April 2]] and still insists on answering her own landline, [[PHONE_NUMBER:044-2435 7781]].""",
    """Save the date! [[PERSON:Hannah Kowalczyk]] & [[PERSON:Tomás Ibarra]] are getting married on [[DATE_TIME:Saturday, September 20, 2025]] at Willow Creek Barn, [[ADDRESS:4410 County Road 12]], [[LOCATION:Loveland]], [[LOCATION:CO]] [[ZIP_CODE:80537]]. Questions? Text [[PERSON:Hannah]]'s mom at [[PHONE_NUMBER:(970) 218-0148]].""",
    """Hi [[PERSON:Marisol]], this is [[PERSON:Brent Adeyemi]] from the [[PERSON:Carrington]] wedding — could you move our cake tasting from [[DATE_TIME:June 9]] to [[DATE_TIME:Thursday 12 June, 3:30pm]]? The deposit went on my Amex ending 1009 and the balance will come from [[PERSON:Grace]]'s account.""",
    """Member [[PERSON:Luca Bertolini]] ([[ID_NUMBER:PF-2231-0987]]) froze his membership from [[DATE_TIME:1 July]] to [[DATE_TIME:31 August]] because of a knee injury; the contact on file is [[EMAIL_ADDRESS:lbertolini@outlook.it]].""",
    """The under-12s coach, [[PERSON:Siobhán Ní Bhriain]], has asked parents to send in medical forms for [[PERSON:Oisín]] ([[AGE:11]]) and [[PERSON:Caoimhe Walsh]] ([[AGE:10]]) before the Féile trip on [[DATE_TIME:June 21st]].""",
    """Just booked my first PT session with [[PERSON:Marcus]] for [[DATE_TIME:Tue 8 April, 6:45am]] 😅 if I don't reply after that assume I've died. — [[PERSON:Fi]]""",
    """Congrats to [[PERSON:Yusuf Demir]] (M45) on his parkrun PB of 19:52 at [[LOCATION:Bushy Park]] on [[DATE_TIME:Saturday 3rd May]]! His barcode is [[ID_NUMBER:A4718832]] for anyone checking the results.""",
    """Subs for the season are £85; please pay into the club account with your name as the reference, e.g. "[[PERSON:R PATEL]] SUBS". Treasurer [[PERSON:Ravi Patel]] can be reached on [[PHONE_NUMBER:+44 7911 203 558]] if you'd rather pay cash at nets.""",
    """[[PERSON:दीपिका]] बेटा, तुम्हारे मामा [[PERSON:सुरेश वर्मा]] का नया नंबर [[PHONE_NUMBER:98110 47263]] है। वे [[DATE_TIME:12 मार्च]] को [[LOCATION:लखनऊ]] से आ रहे हैं, स्टेशन पर ले लेना।""",
    """Shaadi ka card final ho gaya! [[PERSON:Ananya]] weds [[PERSON:Rohit Malhotra]], [[DATE_TIME:24 November 2025]], sangeet [[DATE_TIME:22 Nov ko shaam 7 baje]], venue [[ADDRESS:Plot 14, Sector 29]], [[LOCATION:Gurugram]]. Koi doubt ho toh [[PERSON:Neha]] didi ko call karo [[PHONE_NUMBER:+91 98765 21430]].""",
    """அன்புடையீர், எங்கள் மகள் [[TITLE:செல்வி]] [[PERSON:கார்த்திகா]] – [[TITLE:திரு.]] [[PERSON:அருண் பிரகாஷ்]] திருமணம் [[DATE_TIME:2025 ஆகஸ்ட் 31 ஞாயிற்றுக்கிழமை காலை 9 மணிக்கு]] [[LOCATION:மதுரை]] ஸ்ரீ மீனாட்சி மஹாலில் நடைபெறும். தொடர்புக்கு: [[PHONE_NUMBER:94431 58206]].""",
    """Anna, naan [[PERSON:Vignesh]] pesuren — gym fees ₹2,500 GPay pannitten, [[PHONE_NUMBER:9840012375]] ku. Membership ID [[ID_NUMBER:FZ-CHN-04417]], [[DATE_TIME:1 Jan]] la irundhu renew pannunga.""",
    """[[PERSON:राहुल]] भाई, क्रिकेट क्लब के सदस्यता फॉर्म में अपनी जन्मतिथि [[DATE_TIME:05/09/2008]] और आधार नंबर [[ID_NUMBER:4918 3620 7515]] भरना मत भूलना। तुम्हारी उम्र [[AGE:16]] साल है, इसलिए पिता जी के हस्ताक्षर भी चाहिए।""",
    """I'm writing on behalf of my father, [[PERSON:Gerald Finch]] (DOB [[DATE_TIME:14/11/1941]]), whose pension payments stopped after his move to [[ADDRESS:7 Larkspur Gardens]], [[LOCATION:Truro]] [[ZIP_CODE:TR1 3QP]]. His National Insurance number is [[ID_NUMBER:JC 41 77 02 B]].""",
    """The patient, a [[AGE:34]]-year-old [[NRP:Somali]] woman named [[PERSON:Hodan Warsame]], was seen at the [[LOCATION:Cedar-Riverside]] clinic on [[DATE_TIME:2/19/2025]]; her MRN is [[ID_NUMBER:0048817263]] and she prefers that we call her cousin at [[PHONE_NUMBER:612-874-3390]].""",
    """please refund order #88231-B to my card, it's [[CREDIT_CARD:4532 0177 6638 2918]] exp 09/27 — the name on it is [[PERSON:A. J. Mbeki]] not [[PERSON:Ayanda Mbeki]] btw""",
    """[[PERSON:Chloé Tremblay]] has lived at [[ADDRESS:2150 rue Sherbrooke Est, app. 6]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2K 1C1]] since [[DATE_TIME:March 2019]]; her SIN is [[ID_NUMBER:273 649 152]].""",
    """The tenancy for [[ADDRESS:Unit 4/27 Beach Road]], [[LOCATION:Mordialloc]] [[LOCATION:VIC]] [[ZIP_CODE:3195]] begins on [[DATE_TIME:1 October 2025]] for [[PERSON:Mitchell Ng]] and [[PERSON:Sarah O'Loughlin]]. The $2,400 bond was paid by [[PERSON:Sarah]]'s mum, [[PERSON:Kathleen O'Loughlin]], from BSB 063-182 account [[ID_NUMBER:1047 2281]].""",
    """Reminder: [[PERSON:Mrs. Pillay]]'s cat Biscuit is due for boosters on [[DATE_TIME:Wed 16 July at 10.20]]. Please call the practice if you need to change it; the mobile we have on file for you is [[PHONE_NUMBER:082 564 2207]].""",
    """Student [[PERSON:Jaylen Brooks]], grade 7, ID [[ID_NUMBER:S20117845]], was absent on [[DATE_TIME:October 3]] and [[DATE_TIME:October 6]]; his guardian, [[PERSON:Tasha Brooks]], called from [[PHONE_NUMBER:404.318.2290]] to explain.""",
    """Please update payroll: [[PERSON:Nomvula Dlamini]], employee no. [[ID_NUMBER:E-10394]], born [[DATE_TIME:23 September 1991]], starts as a quality analyst on [[DATE_TIME:1 August 2025]]. ID number [[ID_NUMBER:9109230152084]], tax reference [[ID_NUMBER:0183442716]].""",
    """Customer [[PERSON:Bilal Qureshi]] wants his number [[PHONE_NUMBER:0412 884 019]] ported to the new SIM before [[DATE_TIME:Monday 9 June]]; account holder DOB [[DATE_TIME:22.07.1987]], address [[ADDRESS:15 Wattle St]], [[LOCATION:Lakemba]] [[LOCATION:NSW]] [[ZIP_CODE:2195]].""",
    """Booking for [[PERSON:ROSSI/ISABELLA]] [[TITLE:MS]], passport [[ID_NUMBER:YA8842917]], flying [[LOCATION:Rome]] to [[LOCATION:Toronto]] on [[DATE_TIME:14AUG]]; seat 32C, frequent flyer no. [[ID_NUMBER:AZ 1188302715]].""",
    """Guest [[PERSON:Wanjiru Kamau]] checked in on [[DATE_TIME:18 March]] and left her charger in room 512; she has asked us to courier it to [[ADDRESS:Apartment 9B, Kilimani Heights, Argwings Kodhek Road]], [[LOCATION:Nairobi]]. Her number is [[PHONE_NUMBER:+254 722 418 660]].""",
    """The hearing in [[PERSON:Okafor]] v. Sunline Logistics is set for [[DATE_TIME:November 4, 2025 at 9:00 a.m.]]; plaintiff [[PERSON:Chinedu Okafor]] resides at [[ADDRESS:881 Delancey Ave, Apt 2R]], [[LOCATION:Newark]], [[LOCATION:NJ]] [[ZIP_CODE:07106]].""",
    """Pharmacy note: pickup for [[PERSON:daniel hollis]] (dob [[DATE_TIME:6-30-58]]) authorized by his daughter [[PERSON:Renee]]; insurance member ID [[ID_NUMBER:XKH884120593]].""",
    """The account [[USERNAME:n1ghtOwl_Ren]] was banned on [[DATE_TIME:12/05/2024]] — the owner, [[PERSON:Ren Takahashi]], says his little brother played on it from [[IP_ADDRESS:203.118.44.71]] without permission.""",
    """Follow my baking journey! insta [[USERNAME:bakes.by.bisi]] and all the recipes are on [[URL:https://bisiadebayo.substack.com]] — [[PERSON:Bisi]] 🍰""",
    """User [[PERSON:Karthik S.]] reported that the VPN drops every 20 minutes; his laptop's IP is [[IP_ADDRESS:10.44.18.207]], MAC 3c:22:fb:91:0a:7e, and he's reachable on his mobile, [[PHONE_NUMBER:+91 90031 22875]].""",
    """Driver note: if [[PERSON:Mr. Adeyinka]] isn't in, leave the parcel in the green bin by the side gate at [[ADDRESS:12 Orchard Way]], [[LOCATION:Basingstoke]], [[ZIP_CODE:RG22 6PT]]. Tracking JD014600003829416.""",
    """Claimant [[PERSON:Rosa Delgado-Muñiz]], policy HO-55820193, reports water damage at [[ADDRESS:3307 W. Alvarado St]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85009]] on [[DATE_TIME:07/14/2025]]; adjuster [[PERSON:Tim Cho]] will visit on [[DATE_TIME:July 18 between 1 and 3pm]].""",
    """Your appointment to renew passport [[ID_NUMBER:C7X4R9L02]] (holder: [[PERSON:Lena Hoffmann]]) is confirmed for [[DATE_TIME:Thursday, 21 August 2025, 08:40]] at the Bürgeramt in [[LOCATION:Berlin-Neukölln]].""",
    """Hi, I'm [[PERSON:Joseph Mwangi]] and I need to change the payout account on my freelance profile to [[IBAN_CODE:GB27 BUKB 2020 1573 0491 28]]; the old one ending 4420 is closed. My login is [[EMAIL_ADDRESS:j.mwangi.design@proton.me]].""",
    """[[PERSON:Inês Carvalho]] asked us to send the €312.40 refund to [[IBAN_CODE:FR7630004028370001044382786]] (BIC BNPAFRPPXXX) rather than back to her card.""",
    """hey i'm [[PERSON:tamsin]], [[AGE:29]], just moved to [[LOCATION:bristol]] from [[LOCATION:cardiff]] — swipe right if you like climbing and terrible puns. snap: [[USERNAME:tamsin_climbs]]""",
    """Thank you, [[TITLE:Mr.]] and [[PERSON:Mrs. Haddad]], for your gift of $250 on [[DATE_TIME:December 19, 2024]]; a receipt has been mailed to [[ADDRESS:56 Maple Crescent]], [[LOCATION:Dearborn]], [[LOCATION:MI]] [[ZIP_CODE:48126]].""",
    """Library card [[ID_NUMBER:21982004417736]], belonging to [[PERSON:Pham Thi Lan]], has three overdue items; the reminder bounced from [[EMAIL_ADDRESS:lan.pham.87@yahoo.com]].""",
    """Pickup authorisation: [[PERSON:Zara]] ([[AGE:4]]) may be collected by her grandfather, [[PERSON:Imran Siddiqui]], [[PHONE_NUMBER:07852 331 904]], on [[DATE_TIME:Friday 27 June]] only.""",
    """[[PERSON:Mrs Margaret Ellison]], aged [[AGE:87]], moved into Room 14 at Heather Lodge on [[DATE_TIME:2 May]]; her son [[PERSON:Alan]] holds lasting power of attorney and his email is [[EMAIL_ADDRESS:alan.ellison@btinternet.com]].""",
    """The funeral of [[PERSON:Thomas 'Tommy' Gallagher]] will take place on [[DATE_TIME:Tuesday 10th June at 11am]] at St Brigid's Church, [[LOCATION:Ballyfermot]], followed by burial in Palmerstown Cemetery. House private, please.""",
    """You're invited! [[PERSON:Mateo]] is turning [[AGE:6]] — join us on [[DATE_TIME:Saturday, May 17, 2–4 pm]] at Jump Zone, [[ADDRESS:1820 Industrial Pkwy]], [[LOCATION:Hayward]]. RSVP to [[PERSON:Lucía]] at [[PHONE_NUMBER:510-647-2219]].""",
    """[[PERSON:Ama]] and [[PERSON:Kwabena]]'s knocking ceremony is on [[DATE_TIME:12 July 2025]] at the [[PERSON:Asante]] family house, [[ADDRESS:House No. 17, Odorna Street]], [[LOCATION:Kumasi]]. Contributions by MoMo to [[PHONE_NUMBER:024 558 9130]] ([[PERSON:Akosua Asante]]).""",
    """Hi [[PERSON:Daniel]], we've held 12 rooms for the [[PERSON:Nakamura]]–[[PERSON:Levy]] wedding under group code NLWED25. Your own stay is [[DATE_TIME:Oct 10–12]] and the card on file is a Visa ending 8841. — [[PERSON:Priscilla]], events team""",
    """Photography contract: client [[PERSON:Eleanor Voss]], [[ADDRESS:9 Kestrel Rise]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 0LT]]; wedding date [[DATE_TIME:06.09.2025]]; second contact (the bride's sister) [[PERSON:Imogen Voss]], [[EMAIL_ADDRESS:imogen.v@icloud.com]].""",
    """ok so the hen do is [[DATE_TIME:sat 23rd aug]] in [[LOCATION:Newcastle]], [[PERSON:Becca]]'s sorting the airbnb and everyone needs to send £120 to [[PERSON:Jade]] — her monzo is [[ID_NUMBER:31926819]] sort code 04-00-04""",
    """Hi Coach [[PERSON:Dre]], it's [[PERSON:Kayla Simmons]] — can't make Wednesday's 5:30 class, my daughter [[PERSON:Nia]] has her recital. Could you move my assessment to [[DATE_TIME:June 14 at 9am]]? My member # is [[ID_NUMBER:004718]].""",
    """Your membership at IronWorks [[LOCATION:Fremantle]] renews on [[DATE_TIME:01/09/2025]] and $64.95 will be debited fortnightly from the card ending 3310. Member: [[PERSON:Jarrah Wilson]] · DOB [[DATE_TIME:19/04/1996]] · [[PHONE_NUMBER:0438 227 915]]""",
    """Gala entries: [[PERSON:Aoife Brennan]] (born [[DATE_TIME:2013-02-11]], Swim Ireland no. [[ID_NUMBER:SI-118472]]) in the 50m free and 100m breast; [[PERSON:Cian Brennan]] ([[DATE_TIME:2015-08-30]], [[ID_NUMBER:SI-124930]]) in the 25m back.""",
    """Welcome to the Sunday league, [[PERSON:Kwame]]! Your player registration (FAN [[ID_NUMBER:6014223]]) is complete, and your matchday kit will be posted to [[ADDRESS:41a Coldharbour Lane]], [[LOCATION:Brixton]], [[ZIP_CODE:SW9 8LF]].""",
    """Private session with [[PERSON:Meera]] on [[DATE_TIME:Thu 19/06 at 7pm]] confirmed for [[PERSON:Lorenzo Gallo]]. We'll text the door code to [[PHONE_NUMBER:+39 347 812 5560]] an hour before.""",
    """Incident: on [[DATE_TIME:3 March 2025, 18:20]], member [[PERSON:D. Kowalski]] ([[AGE:27]]) sprained his wrist while sparring with [[PERSON:Ola Nwosu]]. First aid was given by [[PERSON:Jess]], the duty manager.""",
    """The mixed doubles final was won by [[PERSON:Farah Haidari]] and [[PERSON:Greg Lindqvist]]; [[PERSON:farah]]'s prize voucher has been emailed to [[EMAIL_ADDRESS:farah.h@gmx.de]].""",
    """Grandpa — the nurse said your next check-up is on [[DATE_TIME:22nd of July at 10:15]]. I've put it in your calendar and Uncle [[PERSON:Pete]] will drive you. Love, [[PERSON:Tilly]] x""",
    """Sorry I missed your call, [[PERSON:Ifeoma]]! Yes, [[PERSON:Chidi]]'s new address is [[ADDRESS:Flat 12, Block C, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]], and his number changed to [[PHONE_NUMBER:0803 551 2294]].""",
    """Dear [[PERSON:Mrs. Tan]], [[PERSON:Ethan]] will be absent on [[DATE_TIME:Friday 4 April]] as we are attending his cousin's wedding in [[LOCATION:Penang]]. Regards, [[PERSON:Lim Wei Ling]] (mother)""",
    """I, [[PERSON:Adaeze Nwankwo]], consent to my son [[PERSON:Tobenna Nwankwo]] (born [[DATE_TIME:09.03.2014]], passport [[ID_NUMBER:A09287154]]) travelling to [[LOCATION:Accra]] with his uncle, [[PERSON:Emeka Obi]], from [[DATE_TIME:2 to 16 August 2025]].""",
    """The rental car was picked up by [[PERSON:Kevin Tran]] on [[DATE_TIME:8/2/25]] with [[LOCATION:California]] license [[US_DRIVER_LICENSE:D4419028]] and came back two days late with a cracked mirror.""",
    """My SSN is [[US_SSN:412-66-9073]] — I know I shouldn't text it but the tax lady, [[PERSON:Doreen]], needs it by Friday or she can't file for me and [[PERSON:Marcy]].""",
    """Visa application for [[PERSON:Samantha J. Ortiz]], [[NRP:American]], US passport no. [[US_PASSPORT:583920174]], intended arrival [[DATE_TIME:5 January 2026]], address in [[LOCATION:Hanoi]]: [[ADDRESS:31 Hàng Bè]], [[LOCATION:Hoàn Kiếm]].""",
    """Our new volunteer, [[PERSON:Gurpreet Kaur]], is [[NRP:Sikh]] and has asked for Sundays off; she's [[AGE:52]] and lives in [[LOCATION:Brampton]], so the [[LOCATION:Mississauga]] shifts suit her best.""",
    """Councillor candidate [[PERSON:Hamid Rahimi]] ([[NRP:Liberal Democrat]]) canvassed our road on Saturday and left his mobile, [[PHONE_NUMBER:07438 190 662]], for anyone with questions about the bin collections.""",
    """[[PERSON:Maria Clara Santos]], a [[NRP:Filipino]] caregiver born [[DATE_TIME:July 7, 1989]], holds SSS no. [[ID_NUMBER:34-5819203-7]] and PhilHealth no. [[ID_NUMBER:12-050839217-4]]; she flies from [[LOCATION:Manila]] to [[LOCATION:Vancouver]] on [[DATE_TIME:Sept 2]].""",
    """Hi [[PERSON:Liam]], your TFN [[ID_NUMBER:876 304 521]] is now linked to your myGov account; the refund of $1,182 will go to BSB 062-692, account [[ID_NUMBER:10498832]].""",
    """[[PERSON:Mr Tariq Hussain]], NHS number [[ID_NUMBER:638 291 0473]], has been referred to the fracture clinic for [[DATE_TIME:24/06/2025 14:10]]; he lives at [[ADDRESS:Flat 2, 9 Carlton Terrace]], [[LOCATION:Bradford]] [[ZIP_CODE:BD8 7HQ]].""",
    """Tenant [[PERSON:Goh Jia Hui]] (NRIC [[ID_NUMBER:S8734219J]]) will move into [[ADDRESS:Blk 412 Tampines Street 41, #09-233]], [[LOCATION:Singapore]] [[ZIP_CODE:520412]] on [[DATE_TIME:1 Nov]].""",
    """The grant form for [[PERSON:Niamh Keane]] lists PPSN [[ID_NUMBER:6382914M]] and the address [[ADDRESS:Apt 5, The Maltings, Bow Street]], [[LOCATION:Dublin 7]], Eircode [[ZIP_CODE:D07 X2F9]].""",
    """Please update KYC for [[PERSON:Srinivas Rao Kandula]]: PAN [[ID_NUMBER:BQKPK4417M]], Aadhaar [[ID_NUMBER:7302 5841 1968]], new address [[ADDRESS:H.No. 8-2-293/A, Road No. 12]], [[LOCATION:Banjara Hills]], [[LOCATION:Hyderabad]] [[ZIP_CODE:500034]].""",
    """[[PERSON:Oluwaseun Adeyemi-Bakare]]'s BVN is [[ID_NUMBER:22184039715]] and her NIN is [[ID_NUMBER:60921847330]]; she opened the account at our [[LOCATION:Ikeja]] branch on [[DATE_TIME:4 March 2021]].""",
    """M-Pesa reversal request from [[PERSON:Brian Otieno]], ID no. [[ID_NUMBER:29184476]], phone [[PHONE_NUMBER:0712 664 318]]: KSh 3,500 went to the wrong till number last night.""",
    """[[PERSON:Raj Gill]]'s Ontario health card, [[ID_NUMBER:4417-882-190-KT]], had expired, so the walk-in clinic in [[LOCATION:Mississauga]] charged him $40 for his visit on [[DATE_TIME:Jan 23]].""",
    """Kia ora [[PERSON:Hemi Walker]], your tramping club membership ([[ID_NUMBER:TTC-0912]]) has been renewed until [[DATE_TIME:30 June 2026]]; we'll post your card to [[ADDRESS:PO Box 4418]], [[LOCATION:Rotorua]] [[ZIP_CODE:3046]].""",
    """the spare key is under the blue pot, the wifi password is on the fridge, and if anything floods call [[PERSON:dylan]]'s dad on [[PHONE_NUMBER:083 417 2290]] — thanks a million for minding the house, love [[PERSON:orla]]""",
    """Could you cc [[EMAIL_ADDRESS:p.nakashima@kellerlaw.com]] on anything about [[PERSON:Paul Nakashima]]'s deposition? He is out of the office until [[DATE_TIME:June 30]].""",
    """Viewing booked for [[PERSON:Ahmed El-Sayed]] and his partner at [[ADDRESS:14B Rosebery Avenue]], [[LOCATION:Islington]], on [[DATE_TIME:Sat 5 July, 11:15]]; they're mortgage-approved and currently renting in [[LOCATION:Walthamstow]].""",
    """Vehicle [[ID_NUMBER:KX19 BFM]], registered to [[PERSON:Sunita Chauhan]], was recorded in a bus lane on the A40 on [[DATE_TIME:2 April 2025 at 08:47]].""",
    """[[PERSON:Adebayo, Folake]] (student no. [[ID_NUMBER:2219438]]) has requested an extension; her new deadline is [[DATE_TIME:17 March, 23:59]]. Personal tutor: [[PERSON:Dr. Ruth Achterberg]].""",
    """Return authorised for [[PERSON:Conor McBride]], RMA 550921; the £89.99 goes back to the Mastercard he paid with, and the courier will collect from [[ADDRESS:3 Thistle Court]], [[LOCATION:Paisley]] [[ZIP_CODE:PA2 9LD]] on [[DATE_TIME:Tuesday 17th]].""",
    """The meter at [[PERSON:Catarina Almeida]]'s flat, [[ADDRESS:Rua das Flores 112, 3º Esq.]], [[ZIP_CODE:4050-265]] [[LOCATION:Porto]], was read on [[DATE_TIME:28/05/2025]] while she was away.""",
    """[[USERNAME:run_with_raff]] just logged a half marathon in 1:48:22 🎉 [[PERSON:Raff]] (that's [[PERSON:Rafael Moreno]], [[AGE:38]], for the club records) ran it in [[LOCATION:Valencia]] on [[DATE_TIME:26 October]].""",
    """Nana's new mobile is [[PHONE_NUMBER:07632 960 447]] — [[PERSON:Precious]] on the day shift set it up for her. Visiting is fine any day except [[DATE_TIME:Tuesday 3 June]], when she has the dentist. — [[PERSON:Sam]]""",
    """[[PERSON:பிரியா]], அப்பாவோட புது முகவரி: [[ADDRESS:பழைய எண் 12, புதிய எண் 27, காந்தி தெரு]], [[LOCATION:தாம்பரம்]], [[LOCATION:சென்னை]] – [[ZIP_CODE:600045]]. அவருக்கு [[DATE_TIME:ஜூன் 18]] அன்று கண் ஆபரேஷன்.""",
    """Bhai [[PERSON:Aman]], gym ka locker [[DATE_TIME:30 June]] tak khaali karna hai, warna [[PERSON:Sandeep]] sir taala tod denge. Receipt [[EMAIL_ADDRESS:aman.yadav1999@gmail.com]] pe bhej di hai.""",
    """प्रिय ग्राहक [[PERSON:मोहन लाल गुप्ता]], आपके खाता संख्या [[ID_NUMBER:31462078815]] से [[DATE_TIME:15/05/2025]] को ₹12,000 की निकासी हुई। यदि यह आपने नहीं किया है, तो तुरंत 1800 180 1111 पर कॉल करें।""",
    """ரன்னர்ஸ் கிளப் அறிவிப்பு: [[LOCATION:கோவை]]யைச் சேர்ந்த [[PERSON:சுந்தர் ராமன்]] ([[AGE:45]]) [[DATE_TIME:ஜனவரி 12]] மாரத்தானுக்குப் பதிவு செய்துள்ளார். தொடர்புக்கு: [[EMAIL_ADDRESS:sundar.raman@rediffmail.com]]""",
    """शुभ विवाह — [[TITLE:चि.]] [[PERSON:आदित्य शर्मा]] संग [[TITLE:सौ.कां.]] [[PERSON:पूजा तिवारी]], दिनांक [[DATE_TIME:7 दिसंबर 2025, रविवार]], स्थान: [[ADDRESS:45 सिविल लाइंस]], [[LOCATION:प्रयागराज]]। निवेदक: [[PERSON:रमेश चंद्र शर्मा]], [[PHONE_NUMBER:94150 38822]]""",
    """Mummy, [[PERSON:Riya]] ka school admission form bhar diya — DOB [[DATE_TIME:14-02-2019]], Aadhaar [[ID_NUMBER:6294 7013 3852]]. Papa ka mobile [[PHONE_NUMBER:98112 04557]] daala hai contact mein.""",
    """Congrats to our newlyweds [[PERSON:Priya]] & [[PERSON:Sam Whitfield]]! 💍 Thank-you cards go out this week — if you've moved since the wedding on [[DATE_TIME:June 7]], message [[USERNAME:priyasamwed2025]] on Insta or email [[EMAIL_ADDRESS:thewhitfields.2025@gmail.com]].""",
]

BENCH = [
    """Dear [[PERSON:Leopold]], as Lead Metrics Facilitator for the [[LOCATION:East Kaylee]] branch, please confirm the transfer of 4,518.22 EUR from [[IBAN_CODE:DE55120300001062837455]] (BIC BYLADEM1001) and ping me from [[IP_ADDRESS:172.31.209.14]] once it clears.""",
    """[[PERSON:Ms. Thora Gutkowski]], aged [[AGE:61]], female, residing at [[ADDRESS:8843 Schaden Fords, Apt. 416]], [[LOCATION:North Jarrod]], [[LOCATION:Bedfordshire]] [[ZIP_CODE:MK45 2QT]], has requested the access logs for her device with MAC 6e:14:b2:9f:3a:01.""",
    """Ticket submitted by [[USERNAME:Mervin_Koss88]] from [[IP_ADDRESS:a3f1:77c0:12be:9d04:e2aa:5f10:6b3c:d21]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15. The Principal Web Architect, [[PERSON:Delphine Okuneva]], will answer from [[EMAIL_ADDRESS:Delphine.Okuneva@hotmail.com]].""",
    """Transaction alert: card [[CREDIT_CARD:5423188904731263]] (Mastercard, CVV 417, exp 11/28) was charged $1,209.55 at 03:14. Cardholder [[PERSON:Rahsaan Wintheiser]], born [[DATE_TIME:1979-05-30]], must verify via [[PHONE_NUMBER:+1-582-419-7730]].""",
    """Regarding the mentoring programme, [[PERSON:Ezekiel Marvin Haag]], our Dynamic Intranet Strategist, will host sessions at [[ADDRESS:27 Lowe Causeway, Suite 903]], [[LOCATION:Port Alvera]]. The Wi-Fi is locked to MAC addresses, so send yours (e.g. 0a:7b:31:c4:e2:5f) to [[EMAIL_ADDRESS:ezekiel_haag@yahoo.com]] beforehand.""",
    """Patient [[PERSON:Ivory]], [[AGE:44]] years, eye colour amber, height 5'9", was discharged on [[DATE_TIME:17/08/2023]]; the bill of 842.10 GBP will be charged to [[CREDIT_CARD:4917 6120 3348 8574]] unless [[PERSON:Ivory]] calls back from [[PHONE_NUMBER:+44 20 7946 0381]] first.""",
    """The vehicle with registration [[ID_NUMBER:LR68 XKE]] belongs to [[PERSON:Kaia Runolfsdottir]], who lives in [[LOCATION:Greater Manchester]] county, zip [[ZIP_CODE:M14 5RB]]. Please update her insurance with her new job title, Senior Configuration Officer.""",
    """Hi [[PERSON:Ahmed]], the blockchain compliance review for [[PERSON:Gwendolyn Rau-Schmidt]] is scheduled for [[DATE_TIME:March 14th, 2024 at 4:45 PM]]. Please log in with username [[USERNAME:grauschmidt]] and password bX7$qLp29!z, then confirm from the office IP [[IP_ADDRESS:88.214.7.190]].""",
    """Our records show [[PERSON:Mr. Orion Bahringer]] (male, [[AGE:37]]) paid 2,300.00 USD from account number [[ID_NUMBER:58120094]] on [[DATE_TIME:11/02/2022]] for the Chief Response Planner certification.""",
    """Please send the revised floor plans to [[PERSON:Lavinia]] at [[ADDRESS:5520 Kessler Heights]], [[LOCATION:Lake Esmeralda]], [[LOCATION:ND]] [[ZIP_CODE:58102]], and copy [[EMAIL_ADDRESS:lavinia.kessler@gmail.com]]. Her browser (Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/118.0) kept rejecting the upload.""",
    """[[PERSON:Dr. Tomasz Wieczorek]], [[AGE:52]], asked that the research stipend be paid to [[IBAN_CODE:PL76 1140 2004 0000 3702 7583 1926]] (BIC BREXPLPWMBK). His second number is [[PHONE_NUMBER:+48 601 228 914]] and he lives at [[ADDRESS:ul. Mokotowska 41 m. 12]], [[ZIP_CODE:00-551]] [[LOCATION:Warszawa]].""",
    """Your ride-share account [[USERNAME:jade.whitlock]] was accessed from [[IP_ADDRESS:41.203.66.158]] with Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36. If this wasn't you, [[PERSON:Jade]], use the code we sent to [[PHONE_NUMBER:+234 809 441 7720]] and change your PIN (currently 4471).""",
    """Greetings [[PERSON:Fatima-Zahra]], your onboarding as Senior Legal Coordinator at the [[LOCATION:Suffolk]] office starts on [[DATE_TIME:2024-09-02]]. Your staff card ([[ID_NUMBER:EMP-77310]]) is waiting at reception, [[ADDRESS:14 Princes Quay, Floor 3]], [[LOCATION:Ipswich]] [[ZIP_CODE:IP4 1AX]].""",
    """Account Name: Personal Loan Account. Account holder [[PERSON:Quinton Feest]] (DOB [[DATE_TIME:07/23/1964]], SSN [[US_SSN:529-14-8830]]) owes 14,920.07 USD; the Litecoin refund request was rejected and a bank transfer to account [[ID_NUMBER:004419872231]] was issued instead.""",
    """[[PERSON:Yolanda]] from [[LOCATION:West Virginia]] reports that her Discover card [[CREDIT_CARD:6011 0094 7218 3057]], CVV 802, expiring 04/26, was used at a kiosk registered to IP [[IP_ADDRESS:185.44.120.9]].""",
    """As part of the gender-neutral restroom initiative, [[PERSON:Mx. Rowan Ellery]], Human Metrics Agent, will survey staff at [[ADDRESS:301 Wyman Drive]], [[LOCATION:Kettering]]. [[PERSON:Rowan]]'s height (172 cm) and eye colour were recorded only for the ID badge; please email [[EMAIL_ADDRESS:r.ellery@protonmail.com]] with any concerns.""",
    """The account [[ID_NUMBER:73819204]] associated with [[PERSON:Jovani Kemmer]] ([[USERNAME:jkemmer_22]]) was flagged after a login from [[IP_ADDRESS:fe80::1ff:fe23:4567:890a]] and MAC 4a:00:1c:d2:9e:77.""",
    """प्रिय [[PERSON:विनीता सहगल]], वरिष्ठ डेटा विश्लेषक के पद पर आपकी नियुक्ति [[DATE_TIME:03/11/2024]] से प्रभावी होगी। कृपया अपना पैन [[ID_NUMBER:AKRPS6619Q]] और खाता संख्या [[ID_NUMBER:50100284419902]] (IFSC HDFC0001823) अपने ईमेल [[EMAIL_ADDRESS:vineeta.sehgal@rediffmail.com]] से भेजें।""",
    """[[TITLE:श्रीमती]] [[PERSON:कमला देवी]] ([[AGE:58]] वर्ष), निवासी [[ADDRESS:मकान नं. 221, गली नं. 4]], [[LOCATION:शास्त्री नगर]], [[LOCATION:जयपुर]] [[ZIP_CODE:302016]], ने अपने कार्ड [[CREDIT_CARD:6072 1433 8805 9121]] पर अनधिकृत लेनदेन की शिकायत की है। संपर्क: [[PHONE_NUMBER:+91 94140 66218]]।""",
    """[[PERSON:Harpreet Singh Bhatia]] ji, aapka naya login [[USERNAME:hsbhatia_77]] hai aur aapke device ka IP [[IP_ADDRESS:117.212.48.3]] register ho gaya hai. Agli EMI ki tareekh [[DATE_TIME:5 July 2025]] hai, jo card [[CREDIT_CARD:8172 0066 5531 4278]] se kategi.""",
    """அன்புள்ள [[PERSON:கணேஷ் முருகன்]], உங்கள் பிறந்த தேதி [[DATE_TIME:15-08-1990]] மற்றும் ஆதார் எண் [[ID_NUMBER:3881 0274 6593]] சரிபார்க்கப்பட்டன. உங்கள் புதிய முகவரி [[ADDRESS:14/2, பெரியார் சாலை]], [[LOCATION:திருச்சி]] [[ZIP_CODE:620001]] பதிவு செய்யப்பட்டது.""",
    """The Dynamic Branding Liaison [[PERSON:Marcelo Abshire]] uses the handle [[USERNAME:marcelo.abs]] and the email [[EMAIL_ADDRESS:marcelo_abshire41@gmail.com]]. Sex: male. Age: [[AGE:29]]. Shipping to [[ADDRESS:610 Haley Plains]], [[LOCATION:Gorczanyburgh]], [[LOCATION:Vermont]] [[ZIP_CODE:05401]].""",
    """Reminder for [[PERSON:Imelda]]: your 6-month dental check is on [[DATE_TIME:8th October 2024, 10:40]]. Payment of 75 GBP will be taken from [[CREDIT_CARD:5167 3299 0184 4200]] (exp 02/27). Directions from [[ADDRESS:Flat 9, 2 Corporation Street]] are attached.""",
    """Security notice: a new device (Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148) signed into [[EMAIL_ADDRESS:k.oyelaran@outlook.com]] from [[IP_ADDRESS:102.89.33.214]] on [[DATE_TIME:2024-11-29 22:17]]. Owner on file: [[PERSON:Kehinde Oyelaran]], [[LOCATION:Ibadan]].""",
    """The relocation package for [[PERSON:Soren Lindgaard]], National Tactics Engineer, includes three months' rent at [[ADDRESS:Apartment 1204, 88 Harbour Street]], [[LOCATION:Sydney]] [[LOCATION:NSW]] [[ZIP_CODE:2000]]. Reimbursements go to [[IBAN_CODE:DE44500105175407324931]]; his TFN is [[ID_NUMBER:652 839 172]].""",
    """Kindly note: [[PERSON:Ophelia Ankunding]]'s gender was updated to non-binary at their request, and their preferred name is now [[PERSON:Fia]]. Their IPv4 ([[IP_ADDRESS:92.40.176.212]]) and phone [[PHONE_NUMBER:(0151) 496 0723]] remain unchanged.""",
    """Hello [[PERSON:Brycen]], the Ethereum payout on your account couldn't be processed, so 0.84 ETH was converted and sent by SEPA to [[IBAN_CODE:NL34 RABO 0331 7290 64]] instead. Log in as [[USERNAME:brycen_dvk]] to confirm; last access was from [[IP_ADDRESS:145.53.12.201]].""",
    """Can [[PERSON:Maximilian Zboncak]] (ZIP [[ZIP_CODE:94107]]) confirm the delivery slot for the ergonomic chairs? The courier needs [[ADDRESS:410 Townsend St, 5th Floor]] and a phone number ([[PHONE_NUMBER:415.309.2281]]) and will arrive [[DATE_TIME:Friday, 6/14, 9–11 AM]].""",
    """[[PERSON:Prof. Adaeze Chukwuemeka]], Central Data Officer, asked that her travel stipend of 1,150.00 GBP be paid to the card ending 0923 and that her passport, [[ID_NUMBER:A07719382]], be scanned before her flight on [[DATE_TIME:12 January]].""",
    """Order dispatched to [[PERSON:Wilhelmina Okafor-Reyes]], [[ADDRESS:Building 7, 2277 Pacific Coast Hwy]], [[LOCATION:Hermosa Beach]], [[LOCATION:CA]] [[ZIP_CODE:90254]]. Paid with Amex [[CREDIT_CARD:3794 550218 73319]], CVV 1847, on behalf of [[PERSON:W. Okafor-Reyes]].""",
    """Congratulations [[PERSON:Santino]] on your new role as Customer Implementation Producer! Your onboarding buddy is [[PERSON:Keely Turcotte]] ([[EMAIL_ADDRESS:keely.turcotte@company-mail.net]]). Please set up MFA on the device with MAC b8:27:eb:5c:11:a0 before your first day, [[DATE_TIME:2023-05-15]].""",
    """Dear [[PERSON:Mrs. Oyelowo]], we confirm the cancellation of your gym plan. A final charge of 39.99 GBP was taken from [[CREDIT_CARD:2223 0041 8876 5548]] on [[DATE_TIME:30/04/2024]]. Member number [[ID_NUMBER:PG0092341]] is now inactive; questions to help@pulsegyms.co.uk.""",
    """Background check for [[PERSON:Desmond Achebe]]: SSN [[US_SSN:231-58-4407]], DOB [[DATE_TIME:October 2, 1985]], prior address [[ADDRESS:1409 Ridgewood Ct]], [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28210]], current address [[ADDRESS:77 Liberty Sq, Unit 12]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30303]]; driver's license [[US_DRIVER_LICENSE:056918224]] ([[LOCATION:GA]]).""",
    """The [[LOCATION:Lower Saxony]] field team lead, [[PERSON:Jannik Oberbrunner]], needs 312.00 EUR reimbursed to [[IBAN_CODE:DE04 7015 0000 0048 7219 36]]. [[PERSON:Jannik]] can be reached on [[PHONE_NUMBER:+49 1512 3847296]] or at [[EMAIL_ADDRESS:j.oberbrunner@web.de]].""",
    """As a gentle reminder, [[PERSON:Aiyana]], your Principal Quality Designer certification exam is on [[DATE_TIME:Tuesday, 19 November 2024 at 13:00]] in [[LOCATION:Winnipeg]]. Bring photo ID; your candidate number is [[ID_NUMBER:CQD-448127]].""",
    """To: [[PERSON:Khalid Al-Mansouri]] — your salary for May has been sent to [[IBAN_CODE:AE90 0260 0010 1573 8492 001]]. Emirates ID [[ID_NUMBER:784-1988-4472910-7]] was verified from [[IP_ADDRESS:94.200.18.77]].""",
    """Fwd from [[PERSON:Nkosana Mthembu]]: please courier my documents to [[ADDRESS:Unit 5, 19 Jan Smuts Avenue]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2196]]. My ID number is [[ID_NUMBER:8804125083086]] and my cell is [[PHONE_NUMBER:083 219 7744]].""",
    """[[PERSON:Haruto Mori]] (age [[AGE:33]]) logged in at [[DATE_TIME:2025-02-11T08:03:51Z]] from [[IP_ADDRESS:126.44.201.9]]; his JCB [[CREDIT_CARD:3566 0022 1947 0834]] was charged ¥12,800 for the premium plan.""",
    """The Internal Markets Architect [[PERSON:Beatrix Lueilwitz]] lives at [[ADDRESS:93 Gleason Mews]] in [[LOCATION:Little Sophia]], [[LOCATION:Hampshire]]; her Diners Club card [[CREDIT_CARD:3056 930902 5904]] expires 08/29 and no bitcoin wallet is on file.""",
    """Subject: account recovery — [[PERSON:Tadeo Vásquez]] says he lost access to [[USERNAME:tadeo_vq]] after his phone ([[PHONE_NUMBER:+52 55 4102 8873]]) was stolen on [[DATE_TIME:9 de marzo]]. Last known IP: [[IP_ADDRESS:189.203.14.66]].""",
    """INSURANCE CLAIM FORM
Claim No.: CLM-2025-004417
Policyholder: [[PERSON:Margaret A. Whitcombe]]
Date of Birth: [[DATE_TIME:March 12, 1958]]
Policy Number: AUT-88213945
Address: [[ADDRESS:1742 Birchwood Lane]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43221]]
Phone: [[PHONE_NUMBER:(614) 273-2093]]
Date of Loss: [[DATE_TIME:January 28, 2025]]
Description: Rear-end collision at the intersection of High St and Lane Ave. The other driver, [[PERSON:Curtis Bell]], provided Ohio license [[US_DRIVER_LICENSE:TR481920]].
Adjuster: [[PERSON:Linda Okoro]]""",
    """Patient Name: [[PERSON:Ramón Figueroa]]
MRN: [[ID_NUMBER:MR-0091847]]
DOB: [[DATE_TIME:04/17/1971]]   Age: [[AGE:54]]   Sex: M
Admission: [[DATE_TIME:05/02/2025 22:40]]
Attending: [[PERSON:Dr. Helen Marsh]]
Chief complaint: chest pain radiating to the left arm, onset about two hours before arrival. History of type 2 diabetes. Emergency contact: [[PERSON:Lucia Figueroa]] (wife), [[PHONE_NUMBER:305-842-1170]].""",
    """LOAN APPLICATION SUMMARY
Applicant: [[PERSON:Tendai Moyo]]
SSN: [[US_SSN:608-42-1937]]
Employer: Greystone Freight LLC, warehouse supervisor since [[DATE_TIME:June 2017]]
Annual income: $61,400
Residence: [[ADDRESS:2209 Kingsley Ave, Apt 3C]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10467]]
Requested amount: $18,000 (auto)
Co-applicant: [[PERSON:Rutendo Moyo]], DOB [[DATE_TIME:11/09/1988]]""",
    """This Employment Agreement is entered into on [[DATE_TIME:15 January 2025]] between Halvorsen Marine AS and [[PERSON:Erik Sandvik]], residing at [[ADDRESS:Strandgata 14]], [[ZIP_CODE:5013]] [[LOCATION:Bergen]], [[LOCATION:Norway]] (national identity number [[ID_NUMBER:14038823133]]). The Employee shall commence work as Marine Electrician on [[DATE_TIME:1 March 2025]].""",
    """NOTICE TO QUIT
To: [[PERSON:Darnell Hughes]] and all other occupants
Premises: [[ADDRESS:615 W. 14th Street, Unit B]], [[LOCATION:Wilmington]], [[LOCATION:DE]] [[ZIP_CODE:19801]]
You are hereby notified that your tenancy will terminate on [[DATE_TIME:August 31, 2025]] for non-payment of rent in the amount of $2,850.00. Served by [[PERSON:Patricia Allgood]], agent for the landlord, on [[DATE_TIME:July 30, 2025]].""",
    """Dear [[PERSON:Dr. Osei]],
Re: [[PERSON:Abena Mensah]], DOB [[DATE_TIME:02.12.1979]], NHS No. [[ID_NUMBER:712 409 6383]]
I would be grateful if you could see this [[AGE:45]]-year-old teacher with a three-month history of worsening migraine. She lives at [[ADDRESS:33 Cranbrook Road]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 4PU]] and can be contacted on [[PHONE_NUMBER:07981 440 216]].
Yours sincerely,
[[PERSON:Dr. Fiona Grieve]], GP""",
    """SUPERIOR COURT — CIVIL DIVISION
Case No. RG25-118834
Plaintiff: BAYVIEW CREDIT UNION
Defendant: [[PERSON:JONATHAN P. REYES]]
NOTICE TO DEFENDANT: You are being sued. You have 30 calendar days after this summons is served on you to file a written response at this court. Defendant's last known address: [[ADDRESS:3981 Fruitvale Ave, Apt 7]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94602]]. Date served: [[DATE_TIME:June 3, 2025]].""",
    """Rx #: 4471902
Patient: [[PERSON:Hye-jin Park]]   DOB: [[DATE_TIME:1992-08-05]]
Address: [[ADDRESS:1550 Oak Grove Rd #210]], [[LOCATION:Walnut Creek]], [[LOCATION:CA]] [[ZIP_CODE:94598]]
Medication: Sertraline 50 mg, 1 tablet daily, #30, refills: 2
Prescriber: [[PERSON:Dr. Alan Whitford]]
Insurance ID: [[ID_NUMBER:WQX903318274]]""",
    """Account opening confirmation — [[PERSON:Siddharth Menon]], customer ID [[ID_NUMBER:CIF 88204517]], opened savings account [[ID_NUMBER:918010044271935]] at the [[LOCATION:Kochi]] branch on [[DATE_TIME:12-03-2024]]. Nominee: [[PERSON:Lakshmi Menon]] (mother), DOB [[DATE_TIME:21-07-1961]]. Aadhaar on file: [[ID_NUMBER:5527 0398 1468]].""",
    """INCIDENT REPORT #IR-2291
Employee: [[PERSON:Grace Liu]] (ID [[ID_NUMBER:100482]])
Date/time: [[DATE_TIME:02/14/2025 at 7:50 AM]]
Location: Loading dock, [[ADDRESS:4800 Commerce Blvd]], [[LOCATION:Reno]], [[LOCATION:NV]]
Witness: [[PERSON:Marco DeLuca]], [[PHONE_NUMBER:775-309-6612]]
Summary: Employee slipped on ice while unloading pallets and was driven to urgent care by a coworker. Supervisor notified at 8:05 AM.""",
    """RESIDENTIAL LEASE — This lease is made on the [[DATE_TIME:1st day of September, 2025]] between landlord [[PERSON:Harold Feinberg]] and tenant [[PERSON:Yasmin Farouk]] for the premises at [[ADDRESS:72 Linden Street, 2nd floor]], [[LOCATION:Somerville]], [[LOCATION:MA]] [[ZIP_CODE:02143]]. Monthly rent: $2,650, due on the first. Security deposit of $2,650 paid by check no. 1184. Tenant's emergency contact: [[PERSON:Omar Farouk]], [[PHONE_NUMBER:617-440-2958]].""",
    """Form I-94 details — Family name: [[PERSON:NGUYEN]]  Given name: [[PERSON:THANH HUONG]]  Date of birth: [[DATE_TIME:19 AUG 1995]]  Country of citizenship: [[LOCATION:VIETNAM]]  Passport no.: [[ID_NUMBER:C8821047]]  Most recent entry: [[DATE_TIME:2025 MAR 02]]  Class of admission: F1  Admit until: D/S""",
    """DISCHARGE SUMMARY
Name: [[PERSON:Eileen Brannigan]]   Age: [[AGE:78]]   Ward: 6B
Admitted [[DATE_TIME:21/01/2025]] — discharged [[DATE_TIME:30/01/2025]]
Diagnosis: community-acquired pneumonia, resolved. Follow-up with GP [[PERSON:Dr. K. Sethi]] in two weeks. Next of kin: [[PERSON:Sean Brannigan]] (son), [[PHONE_NUMBER:087 662 1409]], [[ADDRESS:4 Church View]], [[LOCATION:Naas]], [[LOCATION:Co. Kildare]].""",
    """Notice CP14 — Balance Due
[[PERSON:ALICIA M TORRES]]
[[ADDRESS:PO BOX 2281]]
[[LOCATION:SAN ANTONIO]] [[LOCATION:TX]] [[ZIP_CODE:78298-2281]]
Notice date: [[DATE_TIME:May 19, 2025]]
Taxpayer ID number: XXX-XX-4471
Tax year: 2023   Amount you owe: $1,386.40
Pay by June 9 to avoid additional penalty and interest.""",
    """Dear [[PERSON:Mr. Babatunde Ogunleye]],
We have received your claim for the water leak at [[ADDRESS:18 Palmerston Road]], [[LOCATION:Southsea]] [[ZIP_CODE:PO5 3QE]], reported on [[DATE_TIME:3 December 2024]]. Our surveyor, [[PERSON:Gillian Farrow]], will attend on [[DATE_TIME:Monday 9 December between 8am and 12pm]]. Please quote claim reference HH/2024/88127 in all correspondence.
Yours sincerely,
Claims Team""",
    """I, [[PERSON:Rosalind Mary Pettigrew]], of [[ADDRESS:Ivy Cottage, Mill Lane]], [[LOCATION:Lower Slaughter]], [[LOCATION:Gloucestershire]] [[ZIP_CODE:GL54 2HX]], born [[DATE_TIME:6 May 1939]], appoint my nephew [[PERSON:Gregory Pettigrew]] of [[ADDRESS:27 Hillside Drive]], [[LOCATION:Cheltenham]] [[ZIP_CODE:GL50 2TD]] to be my attorney for property and financial affairs. Signed [[DATE_TIME:14 February 2025]].""",
    """STUDY CONSENT — Participant: [[PERSON:Oksana Melnyk]]; participant no. [[ID_NUMBER:CT3304-017]]; DOB [[DATE_TIME:1984-10-22]]; consent obtained by [[PERSON:Dr. Priya Natarajan]] on [[DATE_TIME:2025-04-09 at 10:25]]; participant's preferred contact: [[EMAIL_ADDRESS:oksana.melnyk84@ukr.net]].""",
    """BILL OF SALE — Seller: [[PERSON:Graham Pike]], [[ADDRESS:16 Banksia Court]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]], licence no. [[ID_NUMBER:084 551 902]]. Buyer: [[PERSON:Anh Vu]], [[ADDRESS:5/31 Station St]], [[LOCATION:Ipswich]] [[LOCATION:QLD]] [[ZIP_CODE:4305]]. Vehicle: 2016 Toyota Hilux, rego [[ID_NUMBER:482 XKP]]. Price $24,500, paid by bank transfer on [[DATE_TIME:18/03/2025]].""",
    """Transcript request: [[PERSON:Kwabena Ofori-Atta]], student ID [[ID_NUMBER:10293847]], BSc Computer Science, entered [[DATE_TIME:September 2019]], graduated [[DATE_TIME:July 2023]]. Send to [[ADDRESS:21 Ring Road East]], [[LOCATION:Osu]], [[LOCATION:Accra]], or email [[EMAIL_ADDRESS:kofori.atta@gmail.com]].""",
    """DISPUTE FORM — Cardholder [[PERSON:Sinéad Ó Murchú]], card [[CREDIT_CARD:4556 7331 0098 2202]], disputes the charge of €489.00 from TRAVELZONE LTD dated [[DATE_TIME:02/03/2025]]. Cardholder statement: I did not authorise this transaction. Signed [[PERSON:S. Ó Murchú]], [[DATE_TIME:05/03/2025]]. Refund to [[IBAN_CODE:IE30 BOFI 9058 3841 0277 62]].""",
    """PRIOR AUTHORIZATION REQUEST
Member: [[PERSON:Doris Kealoha]]  Member ID: [[ID_NUMBER:HMA77124039]]  DOB: [[DATE_TIME:09/30/1950]]
Drug: Eliquis 5 mg BID
Prescriber: [[PERSON:Dr. Keoni Akana]]
Diagnosis: atrial fibrillation (I48.91)
Member phone: [[PHONE_NUMBER:(808) 261-7734]]""",
    """Purchase offer for [[ADDRESS:9 Wattle Grove]], [[LOCATION:Karori]], [[LOCATION:Wellington]] [[ZIP_CODE:6012]]: buyers [[PERSON:Tane]] and [[PERSON:Mereana Parata]]; offer price $1,085,000; deposit of 10% payable on [[DATE_TIME:22 August 2025]]; settlement [[DATE_TIME:3 October 2025]]. Buyers' solicitor: [[PERSON:Rachel Kim]], [[EMAIL_ADDRESS:rachel@kimlegal.co.nz]].""",
    """Meeting notice: an IEP review for [[PERSON:Elijah Washington]] (grade 4, DOB [[DATE_TIME:3/11/2016]]) is scheduled for [[DATE_TIME:Thursday, April 24, 2025 at 3:15 p.m.]] in Room 112. Parent/guardian: [[PERSON:Keisha Washington]], [[ADDRESS:5128 S. Prairie Ave]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60615]].""",
    """Pet insurance claim — policyholder [[PERSON:Lorraine Quigley]], [[ADDRESS:8 Seaview Terrace]], [[LOCATION:Bangor]] [[ZIP_CODE:BT20 5JA]]; pet: Monty (springer spaniel, 6 yrs); treating vet: [[PERSON:Niall Crossan]] MRCVS; payout to account [[ID_NUMBER:41822093]], sort code 98-01-77.""",
    """Change of occupancy: [[PERSON:Ngozi Eze]] moved out of [[ADDRESS:Flat 4, 61 Barking Road]], [[LOCATION:London]] [[ZIP_CODE:E6 1PW]] on [[DATE_TIME:31/05/2025]] (closing reading 48211). New occupant [[PERSON:Andrei Popescu]] from [[DATE_TIME:01/06/2025]], tel. [[PHONE_NUMBER:07414 908 335]], DOB [[DATE_TIME:17/10/1993]].""",
    """{"customer_id": "[[ID_NUMBER:CUST-004829]]", "first_name": "[[PERSON:Lorenzo]]", "last_name": "[[PERSON:Bianchi]]", "email": "[[EMAIL_ADDRESS:lorenzo.bianchi@libero.it]]", "phone": "[[PHONE_NUMBER:+39 02 8941 2207]]", "dob": "[[DATE_TIME:1986-01-19]]", "address": {"street": "[[ADDRESS:Via Solferino 27]]", "city": "[[LOCATION:Milano]]", "postal_code": "[[ZIP_CODE:20121]]", "country": "[[LOCATION:Italy]]"}, "iban": "[[IBAN_CODE:IT20K0306909606100000117392]]", "marketing_opt_in": false}""",
    """[[DATE_TIME:2025-03-18T09:14:22.481Z]] INFO  auth-service login succeeded user=[[EMAIL_ADDRESS:m.adeyemi@fintrail.io]] src_ip=[[IP_ADDRESS:197.210.54.18]] session=6f1c9e2a
2025-03-18T09:14:25.102Z WARN  auth-service mfa fallback to sms phone=[[PHONE_NUMBER:+2348034417261]] user_id=88213
2025-03-18T09:15:02.990Z INFO  billing card updated user_id=88213 card=**** **** **** 4471 name="[[PERSON:Mobolaji Adeyemi]]" status=ok""",
    """INSERT INTO patients (patient_id, full_name, dob, ssn, phone, address, city, state, zip) VALUES ('[[ID_NUMBER:P-772019]]', '[[PERSON:Dolores Whitaker]]', '[[DATE_TIME:1949-12-03]]', '[[US_SSN:318-40-7726]]', '[[PHONE_NUMBER:217-423-0192]]', '[[ADDRESS:41 N Elm St]]', '[[LOCATION:Decatur]]', '[[LOCATION:IL]]', '[[ZIP_CODE:62521]]');""",
    """<employee dept="fleet">
  <staffNo>[[ID_NUMBER:CM-004471]]</staffNo>
  <name><first>[[PERSON:Sipho]]</first><last>[[PERSON:Nkosi]]</last></name>
  <nationalId>[[ID_NUMBER:7501175261080]]</nationalId>
  <birthDate>[[DATE_TIME:1975-01-17]]</birthDate>
  <email>[[EMAIL_ADDRESS:sipho.nkosi@capemetro.co.za]]</email>
  <mobile>[[PHONE_NUMBER:+27 82 447 1903]]</mobile>
  <startDate>[[DATE_TIME:2009-06-01]]</startDate>
</employee>""",
    """# deploy/config/prod.yaml
app:
  name: orders-api
  version: 4.12.0
admin:
  name: [[PERSON:Priyanka Deshmukh]]
  email: [[EMAIL_ADDRESS:priyanka.deshmukh@orbitcart.in]]
  on_call_phone: "[[PHONE_NUMBER:+91 98200 71466]]"
smtp:
  host: smtp.orbitcart.in
  port: 587
  user: notifications@orbitcart.in
  password: "Xk9#vR2m!pQ"
allowed_ips:
  - [[IP_ADDRESS:10.20.0.15]]
  - [[IP_ADDRESS:10.20.0.16]]""",
    """def notify_owner():
    # TODO: remove the hard-coded contact before release
    owner = {"name": "[[PERSON:Gareth Llewellyn]]", "email": "[[EMAIL_ADDRESS:gareth.llewellyn@tidewater.co.uk]]"}
    send_sms("[[PHONE_NUMBER:+447700183245]]", f"Job failed for {owner['name']}")
    return owner""",
    """Ticket #SR-118204 | Priority: High | Channel: Web form
Requester: [[PERSON:Anjali Nair]] <[[EMAIL_ADDRESS:anjali.nair@keralaspices.com]]>
Phone: [[PHONE_NUMBER:0484 2371 902]]
Customer number: [[ID_NUMBER:KS-20938]]
Subject: Invoice INV-2025-0412 shows the wrong GSTIN
Message: Hi team, our GSTIN is printed as 32AAACK1234F1Z5 but it should be 32AAACK1243F1Z2. Please reissue and post it to [[ADDRESS:Door 41/1203, MG Road]], [[LOCATION:Ernakulam]] [[ZIP_CODE:682016]]. Thanks, [[PERSON:Anjali]]""",
    """[{"user": "[[USERNAME:kofi_builds]]", "ip": "[[IP_ADDRESS:154.160.7.21]]", "signup": "[[DATE_TIME:2024-07-02T18:44:10+00:00]]", "country": "[[LOCATION:Ghana]]"}, {"user": "[[USERNAME:mpho.t]]", "ip": "[[IP_ADDRESS:41.13.250.98]]", "signup": "[[DATE_TIME:2024-07-02T19:01:55+00:00]]", "country": "[[LOCATION:South Africa]]"}]""",
    """[[IP_ADDRESS:66.249.70.12]] - - [12/Mar/2025:06:25:41 +0000] "GET /robots.txt HTTP/1.1" 200 68 "-" "Googlebot/2.1"
[[IP_ADDRESS:82.132.219.4]] - [[USERNAME:hjones]] [[[DATE_TIME:12/Mar/2025:06:26:03 +0000]]] "POST /account/login HTTP/1.1" 302 0 "https://shop.example.co.uk/login" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36"
[[IP_ADDRESS:82.132.219.4]] - [[USERNAME:hjones]] [12/Mar/2025:06:26:04 +0000] "GET /account/orders?email=[[EMAIL_ADDRESS:h.jones77@btinternet.com]] HTTP/1.1" 200 5120""",
    """# .env.local — do not commit
DATABASE_URL=postgres://app:Sup3rS3cret@db.internal:5432/crm
SUPPORT_EMAIL=support@brightlane.io
OWNER_NAME=[[PERSON:Hamza Yilmaz]]
OWNER_EMAIL=[[EMAIL_ADDRESS:hamza.yilmaz@brightlane.io]]
OWNER_PHONE=[[PHONE_NUMBER:+90 532 418 22 67]]
ADMIN_ALLOWLIST=[[IP_ADDRESS:78.186.44.12]],[[IP_ADDRESS:78.186.44.13]]
LOG_LEVEL=info""",
    """SELECT id, name, email, last_login FROM users WHERE city = '[[LOCATION:Leeds]]';
 id  | name          | email                      | last_login
-----+---------------+----------------------------+---------------------
 112 | [[PERSON:Aisha Rahman]]  | [[EMAIL_ADDRESS:aisha.rahman@talktalk.net]]  | [[DATE_TIME:2025-04-01 19:22:07]]
 187 | [[PERSON:Connor Daly]]   | [[EMAIL_ADDRESS:cdaly1990@gmail.com]]        | [[DATE_TIME:2025-03-28 08:10:44]]
(2 rows)""",
    """{"event": "payment.succeeded", "created": 1717412290, "data": {"amount": 4999, "currency": "usd", "billing_details": {"name": "[[PERSON:Trevor Blackwood]]", "email": "[[EMAIL_ADDRESS:tblackwood@comcast.net]]", "address": {"line1": "[[ADDRESS:2290 Sycamore Dr]]", "line2": "[[ADDRESS:Apt 14]]", "city": "[[LOCATION:Boise]]", "state": "[[LOCATION:ID]]", "postal_code": "[[ZIP_CODE:83706]]"}}, "card": {"brand": "visa", "last4": "7755", "exp_month": 9, "exp_year": 2027}}}""",
    """शिकायत प्रपत्र
नाम: [[PERSON:संजय कुमार यादव]]
पिता का नाम: [[PERSON:रामप्रसाद यादव]]
जन्म तिथि: [[DATE_TIME:12/08/1983]]
मोबाइल: [[PHONE_NUMBER:9415 227 803]]
ईमेल: [[EMAIL_ADDRESS:sanjay.yadav83@gmail.com]]
पता: [[ADDRESS:मकान नं. 56, वार्ड नं. 7]], [[LOCATION:बिसवां]], [[LOCATION:सीतापुर]], [[LOCATION:उत्तर प्रदेश]] – [[ZIP_CODE:261201]]
शिकायत संख्या: CMP/2025/08812
विवरण: मेरे राशन कार्ड में नाम गलत छपा है।""",
    """{"பெயர்": "[[PERSON:மீனாட்சி சுந்தரம்]]", "வயது": [[AGE:36]], "கைபேசி": "[[PHONE_NUMBER:+91 98432 61570]]", "மின்னஞ்சல்": "[[EMAIL_ADDRESS:meenakshi.s@yahoo.co.in]]", "ஊர்": "[[LOCATION:திருநெல்வேலி]]", "ஆதார்": "[[ID_NUMBER:8461 2057 7235]]"}""",
    """Ticket #88217 — Naam: [[PERSON:Pooja Agarwal]], Mobile: [[PHONE_NUMBER:+91-70423-18856]], Order ID: OD42199017733. Shikayat: mera refund abhi tak nahi aaya, maine [[DATE_TIME:2 May]] ko product return kiya tha. Refund isi card pe chahiye: [[CREDIT_CARD:6516 5200 8834 1277]]. Address: [[ADDRESS:Flat 302, Shivam Apartments]], [[LOCATION:Ashok Nagar]], [[LOCATION:Ranchi]] [[ZIP_CODE:834002]].""",
    """பட்டா மாறுதல் விண்ணப்பம்
விண்ணப்பதாரர்: [[TITLE:திருமதி]] [[PERSON:வள்ளி முத்துசாமி]]
கணவர் பெயர்: [[PERSON:முத்துசாமி]]
முகவரி: [[ADDRESS:கதவு எண் 5/118, பிள்ளையார் கோவில் தெரு]], [[LOCATION:காஞ்சிபுரம்]] – [[ZIP_CODE:631501]]
கைபேசி: [[PHONE_NUMBER:97890 44321]]
சர்வே எண்: 212/3B
விண்ணப்பத் தேதி: [[DATE_TIME:10.06.2025]]""",
    """{"ts":"2025-06-02T11:47:09Z","level":"error","msg":"kyc verification failed","applicant":{"name":"[[PERSON:Chukwudi Eze]]","bvn":"[[ID_NUMBER:22419930581]]","dob":"[[DATE_TIME:1990-04-27]]","phone":"[[PHONE_NUMBER:08061129947]]"},"reason":"name mismatch","request_ip":"[[IP_ADDRESS:105.112.99.40]]"}""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Kariuki]];[[PERSON:Wambui]];;;
FN:[[PERSON:Wambui Kariuki]]
TEL;TYPE=CELL:[[PHONE_NUMBER:+254 733 902 118]]
EMAIL:[[EMAIL_ADDRESS:wambui.kariuki@gmail.com]]
ADR;TYPE=HOME:;;[[ADDRESS:Hse 22, Riverside Drive]];[[LOCATION:Nairobi]];;[[ZIP_CODE:00100]];[[LOCATION:Kenya]]
BDAY:[[DATE_TIME:1991-11-08]]
END:VCARD""",
    """commit 8f3a2c1d9e07b4a6f5c2e19d3b0a7c64e8f1d2a9
Author: [[PERSON:Sofía Benítez]] <[[EMAIL_ADDRESS:sofia.benitez.dev@gmail.com]]>

    fix(seed): stop seeding real customer rows

    Replaced the fixture row for [[PERSON:Jorge Castillo]] ([[PHONE_NUMBER:+34 612 44 90 18]], DNI [[ID_NUMBER:48215730W]]) with fake data.""",
    """Registration form — Spartan Fitness [[LOCATION:Leeds]]
Full name: [[PERSON:Callum Ferguson-Reid]]
Date of birth: [[DATE_TIME:02/02/1999]]
Gender: Male
Address: [[ADDRESS:29 Brudenell Grove]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1HR]]
Mobile: [[PHONE_NUMBER:07506 118 342]]
Emergency contact: [[PERSON:Moira Reid]] (mother) – [[PHONE_NUMBER:0113 278 4410]]
Direct debit: account [[ID_NUMBER:20483317]], sort code 20-45-77
Medical conditions: asthma (mild)
Signature: [[PERSON:C. Ferguson-Reid]]   Date: [[DATE_TIME:14/05/2025]]""",
    """{"booking_ref": "WED-25-0913", "couple": ["[[PERSON:Aisling Moran]]", "[[PERSON:Declan Fitzpatrick]]"], "event_date": "[[DATE_TIME:2025-09-13]]", "venue": "Ballymagarvey Village", "contact_email": "[[EMAIL_ADDRESS:aislingmoran.wed@gmail.com]]", "contact_phone": "[[PHONE_NUMBER:+353 86 241 7739]]", "guests": 140, "deposit_paid": true}""",
    """UPDATE members SET email = '[[EMAIL_ADDRESS:tk.osei@gmail.com]]', phone = '[[PHONE_NUMBER:+233 24 411 9075]]', address_line1 = '[[ADDRESS:House 12, Kofi Annan Street]]' WHERE member_no = '[[ID_NUMBER:AC-00417]]'; -- requested by [[PERSON:Theophilus Osei]] on [[DATE_TIME:2025-01-06]]""",
    """2025/05/20 03:12:44 [notice] 2281#2281: *91 FastCGI sent in stderr: "PHP message: password reset mail queued for [[EMAIL_ADDRESS:r.castellanos@pronto.mx]]" while reading response header from upstream, client: [[IP_ADDRESS:187.190.44.73]], server: portal.pronto.mx, request: "POST /forgot HTTP/1.1", upstream: fastcgi://unix:/run/php/php8.2-fpm.sock""",
    """TEST_USERS = [
    {"username": "[[USERNAME:lwong88]]", "full_name": "[[PERSON:Lydia Wong]]", "ssn": "[[US_SSN:547-20-3318]]", "card": "[[CREDIT_CARD:4005 5670 1238 8406]]", "zip": "[[ZIP_CODE:11354]]"},
    {"username": "[[USERNAME:dkaur_nyc]]", "full_name": "[[PERSON:Devinder Kaur]]", "ssn": "[[US_SSN:219-84-6650]]", "card": "[[CREDIT_CARD:5529 0477 1036 2189]]", "zip": "[[ZIP_CODE:11418]]"},
]""",
    """From: [[PERSON:Marguerite Dufresne]] <[[EMAIL_ADDRESS:mdufresne@videotron.ca]]>
To: payroll@maplegrove.ca
Subject: Direct deposit change

Hi, please deposit my pay into institution 815, transit 30142, account [[ID_NUMBER:4417209]] starting with the [[DATE_TIME:June 15]] pay. My SIN is [[ID_NUMBER:718 304 629]] and my employee number is [[ID_NUMBER:MG-2290]]. Thanks, [[PERSON:Marguerite]]""",
    """[[DATE_TIME:Apr 14 02:11:09]] bastion-01 sshd[18822]: Accepted publickey for [[USERNAME:okwame]] from [[IP_ADDRESS:41.66.201.117]] port 51822 ssh2: ED25519 SHA256:Qm9vT2xlYW5zQXJlTm90UElJ
Apr 14 02:11:09 bastion-01 sshd[18822]: pam_unix(sshd:session): session opened for user [[USERNAME:okwame]](uid=1004) by (uid=0)
Apr 14 02:19:47 bastion-01 sudo: [[USERNAME:okwame]] : TTY=pts/0 ; PWD=/home/[[USERNAME:okwame]] ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx""",
    """{"patient": {"mrn": "[[ID_NUMBER:00291847]]", "name": {"given": ["[[PERSON:Keira]]", "[[PERSON:Louise]]"], "family": "[[PERSON:Tamblyn]]"}, "gender": "female", "birthDate": "[[DATE_TIME:2001-06-14]]", "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:0407 339 118]]"}, {"system": "email", "value": "[[EMAIL_ADDRESS:keira.tamblyn@bigpond.com]]"}], "address": [{"line": ["[[ADDRESS:12 Gilbert Rd]]"], "city": "[[LOCATION:Preston]]", "state": "[[LOCATION:VIC]]", "postalCode": "[[ZIP_CODE:3072]]"}], "identifier": [{"system": "medicare", "value": "[[ID_NUMBER:2953 41877 1]]"}]}}""",
    """{"ग्राहक_नाम": "[[PERSON:अंजलि मिश्रा]]", "मोबाइल": "[[PHONE_NUMBER:+91 88405 19273]]", "पता": "[[ADDRESS:बी-17, विवेक खंड]], [[LOCATION:गोमती नगर]]", "शहर": "[[LOCATION:लखनऊ]]", "पिन": "[[ZIP_CODE:226010]]", "आईपी": "[[IP_ADDRESS:49.36.112.85]]", "अंतिम_लॉगिन": "[[DATE_TIME:2025-05-30 21:14]]"}""",
    """[[PERSON:ஜெயக்குமார் ராஜேந்திரன்]] அவர்களே, உங்கள் கணக்கு [[USERNAME:jk_rajendran]] [[IP_ADDRESS:106.198.33.41]] என்ற முகவரியிலிருந்து அணுகப்பட்டது. உங்கள் கார்டு [[CREDIT_CARD:4388 5760 2219 3646]] இல் ₹8,450 பிடித்தம் செய்யப்பட்டது. விவரங்கள் உங்கள் பதிவு செய்யப்பட்ட மின்னஞ்சல் [[EMAIL_ADDRESS:jayakumar.r@gmail.com]] க்கு அனுப்பப்பட்டன.""",
    """Namaste [[PERSON:Farhan Qadri]], aapka Senior Product Manager ka offer letter [[EMAIL_ADDRESS:farhan.qadri@outlook.com]] par bheja gaya hai. Joining date [[DATE_TIME:1 September 2025]] hai. Salary account [[ID_NUMBER:912010038847261]] (IFSC UTIB0000247) mein credit hogi aur PAN [[ID_NUMBER:ANZPQ7714K]] verify ho chuka hai.""",
    """<invoice number="INV-77812" date="2025-02-28">
  <billTo>
    <name>[[PERSON:Olumide Bankole]]</name>
    <street>[[ADDRESS:14 Allen Avenue]]</street>
    <city>[[LOCATION:Ikeja]]</city>
    <state>[[LOCATION:Lagos]]</state>
    <phone>[[PHONE_NUMBER:+234 802 318 4471]]</phone>
  </billTo>
  <item sku="LAP-14-8GB-512" qty="1" price="485000.00"/>
  <paymentRef>PSK_9f2a71c0e4</paymentRef>
</invoice>""",
    """[owner]
name = [[PERSON:Lindiwe Zulu]]
email = [[EMAIL_ADDRESS:lindiwe.zulu@mweb.co.za]]
mobile = [[PHONE_NUMBER:072 318 4409]]

[network]
static_ip = [[IP_ADDRESS:196.22.140.57]]
mtu = 1492
firmware = 2.4.11""",
    """Customer Service Form
Agent: [[PERSON:Beatriz Lobo]]
Customer: [[PERSON:Ewan MacLeod]]   Customer no.: [[ID_NUMBER:88-1204-557]]
Date of birth: [[DATE_TIME:30 Nov 1976]]
Address: [[ADDRESS:Croft House, 7 Harbour Brae]], [[LOCATION:Ullapool]] [[ZIP_CODE:IV26 2UT]]
Phone: [[PHONE_NUMBER:01854 612 390]]
Email: [[EMAIL_ADDRESS:ewan.macleod@hebrides.net]]
Issue: broadband drops every night; router MAC 90:9a:4a:c1:02:ee, WAN IP [[IP_ADDRESS:86.140.12.233]]
Resolution: engineer visit booked for [[DATE_TIME:Tuesday 22 April, AM slot]]""",
    """Hey [[PERSON:Cordelia]], the new [[LOCATION:Buckinghamshire]] warehouse lease lists you as guarantor: [[ADDRESS:Unit 14, 402 Bletchley Road]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK3 6DP]]. Please sign from your registered device (IPv6 [[IP_ADDRESS:2a02:c7f:9e41:ab00:5d3:e2ff:fe19:7c40]]) by [[DATE_TIME:28/02/2025]]; your Visa [[CREDIT_CARD:4895 3722 0117 4649]] will be pre-authorised for the 1,200 GBP deposit.""",
    """PATIENT STATEMENT
Statement date: 06/01/2025
Guarantor: [[PERSON:Raymond Szymański]]
Account #: [[ID_NUMBER:AC-55109283]]
Patient: [[PERSON:Agnieszka Szymańska]] (spouse)   DOB: [[DATE_TIME:08/19/1969]]
Service date: [[DATE_TIME:04/22/2025]]   Provider: [[PERSON:Dr. Samuel Ortega]]
Billing address: [[ADDRESS:1187 Archer Ave]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60632]]
Amount due: $312.58   Pay online or call our billing office at 1-800-555-0143.""",
]

TABLE = [
    """member_id,first_name,last_name,plan,joined,mobile
[[ID_NUMBER:GM-10482]],[[PERSON:Chloe]],[[PERSON:Barnes]],Off-peak,[[DATE_TIME:2024-01-09]],[[PHONE_NUMBER:07700 318 224]]
[[ID_NUMBER:GM-10483]],[[PERSON:Tunde]],[[PERSON:Bakare]],Anytime,[[DATE_TIME:2024-01-11]],[[PHONE_NUMBER:07411 902 617]]
[[ID_NUMBER:GM-10490]],[[PERSON:Małgorzata]],[[PERSON:Nowak]],Student,[[DATE_TIME:2024-01-15]],[[PHONE_NUMBER:07825 441 093]]""",
    """| Guest | Party | Meal | Table | RSVP contact |
|-------|-------|------|-------|--------------|
| [[PERSON:Bashir Hamdan]] | 2 | Lamb | 4 | [[EMAIL_ADDRESS:bashir.hamdan@gmail.com]] |
| [[PERSON:Ellie]] & [[PERSON:Josh Turner]] | 2 | Veg | 7 | [[PHONE_NUMBER:0412 557 830]] |
| Nonna [[PERSON:Rosa Esposito]] | 1 | Fish | 1 | via [[PERSON:Gianni]] |
| [[PERSON:Dr. Priya Nair]] | 1 | Veg | 9 | [[EMAIL_ADDRESS:priya.nair.md@outlook.com]] |""",
    """patient_no\tsurname\tforename\tdob\tward\tnhs_no
[[ID_NUMBER:RX4471]]\t[[PERSON:OKONJO]]\t[[PERSON:Ebere]]\t[[DATE_TIME:12/03/1961]]\tAMU\t[[ID_NUMBER:550 217 3941]]
[[ID_NUMBER:RX4479]]\t[[PERSON:HALLORAN]]\t[[PERSON:Bridget]]\t[[DATE_TIME:30/09/1944]]\tWard 7\t[[ID_NUMBER:602 448 1934]]
[[ID_NUMBER:RX4502]]\t[[PERSON:SINGH]]\t[[PERSON:Manpreet]]\t[[DATE_TIME:05/06/1988]]\tSAU\t[[ID_NUMBER:459 021 7368]]""",
    """EMP#   NAME                 DEPT        EXT   START
0112   [[PERSON:Rhys Pritchard]]       Finance     2204  [[DATE_TIME:03-Feb-2019]]
0147   [[PERSON:Adwoa Boateng]]        Logistics   2231  [[DATE_TIME:17-Aug-2020]]
0203   [[PERSON:Hiroshi Yamamoto]]     IT          2290  [[DATE_TIME:01-Mar-2022]]
0219   [[PERSON:Carys Lloyd-Evans]]    HR          2208  [[DATE_TIME:09-Jan-2023]]""",
    """{"uid": 5521, "handle": "[[USERNAME:dune_rider77]]", "email": "[[EMAIL_ADDRESS:marcus.oyelowo@gmail.com]]", "last_ip": "[[IP_ADDRESS:81.102.77.30]]", "tier": "gold"}
{"uid": 5530, "handle": "[[USERNAME:lil_mochi]]", "email": "[[EMAIL_ADDRESS:kimhana.0214@naver.com]]", "last_ip": "[[IP_ADDRESS:121.134.88.209]]", "tier": "free"}
{"uid": 5544, "handle": "[[USERNAME:TheRealGabs]]", "email": "[[EMAIL_ADDRESS:gabriela.souza.rj@hotmail.com]]", "last_ip": "[[IP_ADDRESS:177.92.14.166]]", "tier": "silver"}""",
    """# emergency contacts for the [[PERSON:Kowalski]] family trip
- traveller: [[PERSON:Piotr Kowalski]]
  contact: [[PERSON:Ewa Kowalska]]
  relation: sister
  phone: "[[PHONE_NUMBER:+48 512 338 104]]"
- traveller: [[PERSON:Zofia Kowalska]]
  age: [[AGE:9]]
  contact: [[PERSON:Piotr Kowalski]]
  relation: father
  phone: "[[PHONE_NUMBER:+44 7458 220 913]]"
- traveller: [[PERSON:Jan Kowalski]]
  age: [[AGE:6]]
  contact: [[PERSON:Piotr Kowalski]]
  relation: father
  phone: "[[PHONE_NUMBER:+44 7458 220 913]]\"""",
    """Name:            [[PERSON:Ms. Olamide Fashola]]
Date of birth:   [[DATE_TIME:21 June 1990]]
Member since:    [[DATE_TIME:March 2016]]
Home address:    [[ADDRESS:17 Bode Thomas Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]
Mobile:          [[PHONE_NUMBER:0809 334 2186]]
Email:           [[EMAIL_ADDRESS:ola.fashola@yahoo.com]]
Preferred class: Spin (evenings)
Locker:          B-114""",
    """Player,DOB,Age group,Parent/guardian,Contact no.,Medical notes
[[PERSON:Reuben Asante]],[[DATE_TIME:14/02/2015]],U10,[[PERSON:Kofi Asante]],[[PHONE_NUMBER:07944 118 302]],none
[[PERSON:Lily-Mae Hughes]],[[DATE_TIME:03/09/2014]],U11,[[PERSON:Danielle Hughes]],[[PHONE_NUMBER:07388 625 019]],inhaler
[[PERSON:Arjun Bhatt]],[[DATE_TIME:22/11/2015]],U10,[[PERSON:Sonal Bhatt]],[[PHONE_NUMBER:07502 771 640]],nut allergy
[[PERSON:Theo Martin]],[[DATE_TIME:08/07/2014]],U11,[[PERSON:Luc Martin]],[[PHONE_NUMBER:07813 044 597]],none""",
    """| Swimmer | Age | Event | Seed time | Lane |
|:--|--:|:--|--:|--:|
| [[PERSON:Maya Goldberg]] | [[AGE:14]] | 200 IM | 2:31.44 | 4 |
| [[PERSON:Precious Ndlovu]] | [[AGE:13]] | 200 IM | 2:33.10 | 5 |
| [[PERSON:Aiko Tanaka]] | [[AGE:14]] | 200 IM | 2:35.87 | 3 |
| [[PERSON:Freya Lindqvist]] | [[AGE:15]] | 200 IM | 2:36.02 | 6 |""",
    """payee;iban;amount;reference
[[PERSON:Lukas Brenner]];[[IBAN_CODE:DE89100700240938471200]];450.00;Kaution Wohnung 3
[[PERSON:Amélie Roux]];[[IBAN_CODE:FR76 2004 1010 0507 7812 9640 185]];1200.00;Loyer juin
[[PERSON:Javier Ortega Ruiz]];[[IBAN_CODE:ES46 0049 1582 8027 1028 4613]];89.90;Cuota gimnasio
[[PERSON:Femke de Vries]];[[IBAN_CODE:NL19INGB0006182943]];250.00;Bruiloft cadeau""",
    """customer\tcard_number\texp\tcvv\tbilling_zip
[[PERSON:Harrison Cole]]\t[[CREDIT_CARD:4111 1123 0984 7755]]\t07/27\t318\t[[ZIP_CODE:30305]]
[[PERSON:Mei-Ling Chow]]\t[[CREDIT_CARD:5258 1266 0934 7712]]\t12/26\t904\t[[ZIP_CODE:94109]]
[[PERSON:Darius Farahani]]\t[[CREDIT_CARD:3714 492011 76534]]\t03/28\t6621\t[[ZIP_CODE:91367]]""",
    """क्रम,नाम,उम्र,शहर,मोबाइल
1,[[PERSON:रीना पांडेय]],[[AGE:34]],[[LOCATION:वाराणसी]],[[PHONE_NUMBER:94153 20817]]
2,[[PERSON:अशोक चौहान]],[[AGE:61]],[[LOCATION:भोपाल]],[[PHONE_NUMBER:98260 44193]]
3,[[PERSON:फ़ातिमा ख़ान]],[[AGE:27]],[[LOCATION:पटना]],[[PHONE_NUMBER:70041 88326]]""",
    """| பெயர் | வயது | ஊர் | தொலைபேசி | உறுப்பினர் எண் |
|---|---|---|---|---|
| [[PERSON:அருள்மொழி செல்வம்]] | [[AGE:42]] | [[LOCATION:சேலம்]] | [[PHONE_NUMBER:94433 17862]] | [[ID_NUMBER:TNC-0441]] |
| [[PERSON:பாலு நடராஜன்]] | [[AGE:55]] | [[LOCATION:ஈரோடு]] | [[PHONE_NUMBER:98421 50637]] | [[ID_NUMBER:TNC-0452]] |
| [[PERSON:ரேவதி கண்ணன்]] | [[AGE:31]] | [[LOCATION:வேலூர்]] | [[PHONE_NUMBER:90030 62214]] | [[ID_NUMBER:TNC-0467]] |""",
    """Caterer list — [[PERSON:Sharma]]-[[PERSON:Kapoor]] shaadi
Naam | Kaam | Phone | Advance diya?
[[PERSON:Pappu]] bhaiya | halwai | [[PHONE_NUMBER:98110 33472]] | haan, 20k
[[PERSON:Sunita]] aunty | mehendi | [[PHONE_NUMBER:99580 12764]] | nahi
[[PERSON:Iqbal Qureshi]] | tent & light | [[PHONE_NUMBER:98731 60558]] | haan, 35k
DJ [[PERSON:Rocky]] | sangeet DJ | [[PHONE_NUMBER:88004 21937]] | haan, 10k""",
    """emp_id,full_name,ssn,hire_date,state,salary_band
[[ID_NUMBER:10044]],[[PERSON:Brianna K. Holloway]],[[US_SSN:384-27-5519]],[[DATE_TIME:2016-04-18]],[[LOCATION:MI]],B3
[[ID_NUMBER:10057]],[[PERSON:Luis Ángel Ramírez]],[[US_SSN:652-09-4471]],[[DATE_TIME:2018-11-05]],[[LOCATION:TX]],B2
[[ID_NUMBER:10063]],[[PERSON:Sung-min Cho]],***-**-2280,[[DATE_TIME:2021-07-12]],[[LOCATION:WA]],B4""",
    """UNIT  TENANT                     MOVE-IN      PHONE
1A    [[PERSON:Gloria]] & [[PERSON:Ben Whitaker]]       [[DATE_TIME:2019-08-01]]   [[PHONE_NUMBER:(503) 284-1197]]
1B    vacant                     —            —
2A    [[PERSON:Tomasz Zieliński]]           [[DATE_TIME:2022-02-15]]   [[PHONE_NUMBER:(503) 771-0342]]
2B    [[PERSON:Abdirahman Yusuf]]           [[DATE_TIME:2023-10-01]]   [[PHONE_NUMBER:(971) 344-8826]]""",
    """{"rsvp_id": 301, "guest": "[[PERSON:Kalinda Morgan]]", "attending": true, "plus_one": "[[PERSON:Jamie Roe]]", "dietary": "gluten-free", "email": "[[EMAIL_ADDRESS:kalinda.m@live.com.au]]"}
{"rsvp_id": 302, "guest": "[[PERSON:Vusi Dube]]", "attending": false, "plus_one": null, "dietary": null, "email": "[[EMAIL_ADDRESS:vusidube@gmail.com]]"}
{"rsvp_id": 303, "guest": "Auntie [[PERSON:Pat O'Neill]]", "attending": true, "plus_one": null, "dietary": "soft food", "email": null}""",
    """Student ID | Name | Email | Module | Grade
-----------|------|-------|--------|------
[[ID_NUMBER:u2084471]] | [[PERSON:Zainab Sheikh]] | [[EMAIL_ADDRESS:z.sheikh@student.liverpool.ac.uk]] | COMP207 | 68
[[ID_NUMBER:u2090318]] | [[PERSON:Callum Wright]] | [[EMAIL_ADDRESS:c.wright5@student.liverpool.ac.uk]] | COMP207 | 54
[[ID_NUMBER:u2101175]] | [[PERSON:Thuy Linh Do]] | [[EMAIL_ADDRESS:t.l.do@student.liverpool.ac.uk]] | COMP207 | 71""",
    """GUEST REGISTRATION
Guest name ........ [[PERSON:Mr. Anders Holm]]
Nationality ....... [[NRP:Danish]]
Passport .......... [[ID_NUMBER:208841637]]
Arrival ........... [[DATE_TIME:11.07.2025]]
Departure ......... [[DATE_TIME:15.07.2025]]
Room .............. 318 (sea view)
Home address ...... [[ADDRESS:Nørrebrogade 52, 3. th.]], [[ZIP_CODE:2200]] [[LOCATION:København N]]
Signature ......... [[PERSON:A. Holm]]""",
    """| Time | Patient | DOB | Clinician | Reason |
|------|---------|-----|-----------|--------|
| 09:00 | [[PERSON:Agnes Mutua]] | [[DATE_TIME:1957-02-27]] | [[PERSON:Dr. Kimani]] | BP review |
| 09:15 | [[PERSON:Joel Mwangi]] | [[DATE_TIME:2019-05-04]] | [[PERSON:Dr. Kimani]] | vaccination |
| 09:30 | [[PERSON:Halima Abdi]] | [[DATE_TIME:1992-12-10]] | [[PERSON:Nurse Achieng]] | antenatal |""",
    """order_no,sku,qty,ship_to_name,ship_to_address,postcode,status
ORD-558120,KB-MX-BLK,1,[[PERSON:Seren Davies]],"[[ADDRESS:8 Heol y Nant]], [[LOCATION:Cardiff]]",[[ZIP_CODE:CF14 6AS]],shipped
ORD-558121,CBL-USBC-2M,3,[[PERSON:Oluwadamilare Ojo]],"[[ADDRESS:Flat 21, 40 Stamford Street]], [[LOCATION:Manchester]]",[[ZIP_CODE:M16 9LQ]],packing
ORD-558127,MSE-ERG-01,1,[[PERSON:Agata Wiśniewska]],"[[ADDRESS:113 Kingsland Road]], [[LOCATION:London]]",[[ZIP_CODE:E2 8AH]],shipped""",
    """ACCOUNT HOLDER: [[PERSON:KAVITHA RAMASWAMY]]          ACCOUNT NO: [[ID_NUMBER:6021 3348 8127]]
DATE        DESCRIPTION                    DEBIT      CREDIT
[[DATE_TIME:02-05-25]]    SALARY ACME INFOTECH                      92,400.00
[[DATE_TIME:03-05-25]]    UPI/SWIGGY/4471                  612.00
[[DATE_TIME:05-05-25]]    NEFT/[[PERSON:R MURALI]]/RENT             18,000.00
[[DATE_TIME:07-05-25]]    ATM WDL [[LOCATION:MYLAPORE]]                 5,000.00""",
    """committee:
  chair:
    name: [[PERSON:Gwen Morgan-Price]]
    email: [[EMAIL_ADDRESS:gwen.morganprice@btinternet.com]]
  treasurer:
    name: [[PERSON:Ikenna Obi]]
    phone: "[[PHONE_NUMBER:07946 552 108]]"
  fixtures_secretary:
    name: [[PERSON:Stu Barraclough]]
    phone: "[[PHONE_NUMBER:07711 409 336]]"
club: Pontcanna Harriers
founded: 1984""",
    """| # | Player | Pos | Goals | Apps |
|---|--------|-----|-------|------|
| 9 | [[PERSON:Kwesi Mensah]] | ST | 14 | 18 |
| 10 | [[PERSON:Danny "Rocket" Ferreira]] | AM | 9 | 17 |
| 4 | [[PERSON:Lewis McAllister]] | CB | 2 | 18 |
| 1 | [[PERSON:Big Tom]] | GK | 0 | 16 |""",
    """name,nric,block,unit,postal
[[PERSON:Tan Wei Ming]],[[ID_NUMBER:S7512048F]],"[[ADDRESS:Blk 128 Bedok North Ave 1]]","[[ADDRESS:#04-1187]]",[[ZIP_CODE:460128]]
[[PERSON:Nurul Aisyah binte Rahman]],[[ID_NUMBER:T0236614I]],"[[ADDRESS:Blk 301 Ang Mo Kio Ave 3]]","[[ADDRESS:#11-2240]]",[[ZIP_CODE:560301]]
[[PERSON:Rajesh s/o Krishnan]],[[ID_NUMBER:S8829310Z]],"[[ADDRESS:Blk 85 Whampoa Drive]]","[[ADDRESS:#07-355]]",[[ZIP_CODE:320085]]""",
    """Last name\tFirst name\tSIN\tProvince\tDate of birth
[[PERSON:Gagnon]]\t[[PERSON:Martine]]\t[[ID_NUMBER:139 587 026]]\t[[LOCATION:NB]]\t[[DATE_TIME:1978-06-03]]
[[PERSON:Kaur-Dhillon]]\t[[PERSON:Simran]]\t[[ID_NUMBER:450 211 875]]\t[[LOCATION:ON]]\t[[DATE_TIME:1995-01-29]]
[[PERSON:Redcloud]]\t[[PERSON:Jesse]]\t[[ID_NUMBER:618 493 308]]\t[[LOCATION:MB]]\t[[DATE_TIME:1983-10-17]]""",
    """{"name": "[[PERSON:Thabo Molefe]]", "id_no": "[[ID_NUMBER:9606145714080]]", "sex": "M", "cell": "[[PHONE_NUMBER:071 884 2039]]", "suburb": "[[LOCATION:Soweto]]"}
{"name": "[[PERSON:Zanele Khumalo]]", "id_no": "[[ID_NUMBER:8308220243082]]", "sex": "F", "cell": "[[PHONE_NUMBER:082 610 4477]]", "suburb": "[[LOCATION:Umlazi]]"}
{"name": "[[PERSON:Lerato Mokoena]]", "id_no": "[[ID_NUMBER:7903010341087]]", "sex": "F", "cell": "[[PHONE_NUMBER:060 228 9154]]", "suburb": "[[LOCATION:Mamelodi]]"}""",
    """S/N,Customer Name,BVN,Phone,Branch,Account Type
1,[[PERSON:Emeka Nwosu]],[[ID_NUMBER:22301847765]],[[PHONE_NUMBER:0803 417 2290]],[[LOCATION:Enugu]],Savings
2,[[PERSON:Halima Bello]],[[ID_NUMBER:22178830412]],[[PHONE_NUMBER:0706 552 1184]],[[LOCATION:Kano]],Current
3,[[PERSON:Yetunde Alabi]],[[ID_NUMBER:22510093368]],[[PHONE_NUMBER:0812 990 3047]],[[LOCATION:Ibadan]],Savings""",
    """| Supplier contact | KRA PIN | M-Pesa no. | Town | Paid (KSh) |
|---|---|---|---|---|
| [[PERSON:Wafula Simiyu]] | [[ID_NUMBER:A004418273K]] | [[PHONE_NUMBER:0722 418 903]] | [[LOCATION:Bungoma]] | 18,500 |
| [[PERSON:Njeri Mwangi]] | [[ID_NUMBER:A009921045P]] | [[PHONE_NUMBER:0711 206 734]] | [[LOCATION:Nyeri]] | 7,200 |
| [[PERSON:Hassan Omar]] | [[ID_NUMBER:A012284710M]] | [[PHONE_NUMBER:0733 560 118]] | [[LOCATION:Mombasa]] | 12,000 |""",
    """driver_name: [[PERSON:Courtney L. Abernathy]]
dob: [[DATE_TIME:1987-09-14]]
license_state: [[LOCATION:FL]]
license_no: [[US_DRIVER_LICENSE:A136-482-87-654-0]]
passport_no: [[US_PASSPORT:C03917742]]
home_zip: [[ZIP_CODE:32806]]
vehicle: 2021 Honda CR-V (silver)
insurance_carrier: Coastal Mutual""",
    """username,ip,last_login,failed_attempts,mfa
[[USERNAME:jpereira]],[[IP_ADDRESS:189.6.22.14]],[[DATE_TIME:2025-06-01T07:42:10Z]],0,totp
[[USERNAME:anna.kowal]],[[IP_ADDRESS:83.24.190.5]],[[DATE_TIME:2025-05-31T22:03:55Z]],2,sms
svc-backup,[[IP_ADDRESS:10.0.4.21]],2025-06-01T03:00:00Z,0,none
[[USERNAME:r.oduya]],[[IP_ADDRESS:102.219.154.7]],[[DATE_TIME:2025-05-30T12:17:31Z]],0,totp""",
    """birthdays:
  - name: Granny [[PERSON:Joan]]
    date: [[DATE_TIME:4 March]]
    turning: [[AGE:90]]
  - name: [[PERSON:Ollie]]
    date: [[DATE_TIME:19 May]]
    turning: [[AGE:7]]
  - name: Uncle [[PERSON:Raj]]
    date: [[DATE_TIME:2 August]]
  - name: Hetty (the dog)
    date: 11 November""",
    """Class: HIIT 45 — Sat 07:00 — waitlist
pos | member            | member no. | phone
----+-------------------+------------+---------------
 1  | [[PERSON:Renata Oliveira]]   | [[ID_NUMBER:M-33017]]    | [[PHONE_NUMBER:0421 337 906]]
 2  | [[PERSON:Ben Carmichael]]    | [[ID_NUMBER:M-29940]]    | [[PHONE_NUMBER:0403 118 452]]
 3  | [[PERSON:Ayesha Karim]]      | [[ID_NUMBER:M-35102]]    | [[PHONE_NUMBER:0449 720 861]]""",
    """volunteer,nationality,religion,languages,availability
[[TITLE:Father]] [[PERSON:Emmanuel Okoye]],[[NRP:Nigerian]],[[NRP:Catholic]],"English, Igbo",weekends
[[PERSON:Layla Haddad]],[[NRP:Lebanese]],[[NRP:Muslim]],"Arabic, French, English",evenings
[[PERSON:Rivka Adler]],[[NRP:Israeli]],[[NRP:Jewish]],"Hebrew, English",Sundays
[[PERSON:Anil Thapa]],[[NRP:Nepali]],[[NRP:Hindu]],"Nepali, Hindi, English",flexible""",
    """Team | Captain | Vice-captain | Captain mobile
Chennai Strikers | [[PERSON:Karthik Subramanian]] | [[PERSON:Dinesh Raja]] | [[PHONE_NUMBER:98400 12763]]
Madurai Warriors | [[PERSON:Senthil Kumar]] | [[PERSON:Mohamed Rafiq]] | [[PHONE_NUMBER:94431 77208]]
Kovai Kings | [[PERSON:Prabhu Ganesan]] | [[PERSON:Arvind Mani]] | [[PHONE_NUMBER:99440 35126]]
Note: ellaa captain-um match-ku munnaadi [[DATE_TIME:Sunday 14 Sept kaalai 7 manikku]] ground-la irukkanum.""",
]

CHAT = [
    """[10:02] [[PERSON:Priya]] (Northbridge Bank): Hi, thanks for contacting us! Who am I speaking with today?
[10:02] Customer: hi its [[PERSON:daniel okoro]], my card got swallowed by the atm on [[LOCATION:Deansgate]]
[10:03] [[PERSON:Priya]] (Northbridge Bank): Sorry to hear that, [[PERSON:Daniel]]. Can you confirm your date of birth and postcode?
[10:04] Customer: [[DATE_TIME:14/09/1992]], [[ZIP_CODE:M15 4QF]]
[10:04] [[PERSON:Priya]] (Northbridge Bank): Thanks. I've cancelled the card ending 6621 and ordered a replacement to [[ADDRESS:Apartment 47, 3 Owen Street]]. Is [[PHONE_NUMBER:07723 508 114]] still the best number for you?
[10:05] Customer: yep thats me
[10:05] [[PERSON:Priya]] (Northbridge Bank): Done. It should arrive within 5 working days.""",
    """Family ❤️
Papa: [[PERSON:Rohan]] beta, [[PERSON:Tanvi]] ki sagai ki date fix ho gayi — [[DATE_TIME:16 Feb, Sunday, shaam 6 baje]].
[[PERSON:Rohan]]: wah! venue kya hai?
Mummy: Shanti Palace, [[ADDRESS:12 Mall Road]], [[LOCATION:Ludhiana]]. Sab log time pe aana.
[[PERSON:Tanvi]]: aur sabko bolo RSVP ke liye [[PERSON:Kunal]] ko message karein, uska number [[PHONE_NUMBER:98722 40615]] hai
[[PERSON:Rohan]]: [[PERSON:Kunal]] jiju ka? 😄
[[PERSON:Tanvi]]: chup 🙈""",
    """[[USERNAME:maria.g]]  9:14 AM
@[[USERNAME:dev.patel]] can you add the new hire to payroll? [[PERSON:Oluwakemi Adebisi]], starts [[DATE_TIME:Monday 7 July]], employee #[[ID_NUMBER:4471]]
[[USERNAME:dev.patel]]  9:16 AM
sure — need her NI number and bank details
[[USERNAME:maria.g]]  9:17 AM
NI is [[ID_NUMBER:SK 20 47 11 C]], account [[ID_NUMBER:60418822]] sort 30-90-89. her personal email is [[EMAIL_ADDRESS:kemi.adebisi@gmail.com]]
[[USERNAME:dev.patel]]  9:18 AM
👍 done. pls delete that msg after, #security will kill us""",
    """[[PERSON:கலா]]: அக்கா, மாப்பிள்ளை வீட்டு முகவரி என்ன?
[[PERSON:ராதா]]: [[ADDRESS:18, மூன்றாவது குறுக்கு தெரு]], [[LOCATION:அண்ணா நகர்]], [[LOCATION:சென்னை]] [[ZIP_CODE:600040]]
[[PERSON:கலா]]: நிச்சயதார்த்தம் எப்போ?
[[PERSON:ராதா]]: [[DATE_TIME:மார்ச் 9 ஞாயிறு மாலை 5 மணி]]. மாப்பிள்ளையின் அப்பா [[PERSON:சிவராமன்]] நம்பர் [[PHONE_NUMBER:98410 27753]], ஏதாவது தேவைன்னா அவரைக் கூப்பிடு.""",
    """Visitor: hi, can i pause my membership? i'm having surgery
[[PERSON:Ellie]] (FitHub): Of course! Could you share your full name and member number?
Visitor: [[PERSON:Rahul Menon]], [[ID_NUMBER:FH-220917]]
[[PERSON:Ellie]] (FitHub): Thanks [[PERSON:Rahul]]. When is the surgery?
Visitor: [[DATE_TIME:july 22nd]], should be back by september
[[PERSON:Ellie]] (FitHub): I've paused billing from [[DATE_TIME:22 July]] to [[DATE_TIME:22 September]]. We'll email the confirmation to [[EMAIL_ADDRESS:rahul.menon.91@gmail.com]] — is that right?
Visitor: yes perfect thanks [[PERSON:ellie]]""",
    """[[PERSON:Grace W.]]: Hi, is the pram still available?
[[PERSON:Tom]]: yes! £120, you can collect from [[ADDRESS:23 Beech Avenue]], [[LOCATION:Didsbury]]
[[PERSON:Grace W.]]: great, could I come on [[DATE_TIME:Saturday 12th at 10]]?
[[PERSON:Tom]]: sure. my number's [[PHONE_NUMBER:07951 330 862]] if you get lost
[[PERSON:Grace W.]]: perfect, is bank transfer ok?
[[PERSON:Tom]]: cash preferred tbh 😅""",
    """[[PERSON:Nkechi Obi]] 14:02: hey, my account got locked again 😩
IT Support – [[PERSON:Marco]] 14:03: no worries, what's your username?
[[PERSON:Nkechi Obi]] 14:03: [[USERNAME:nobi]]
IT Support – [[PERSON:Marco]] 14:05: I see 6 failed attempts from [[IP_ADDRESS:10.112.4.58]] — is that your laptop?
[[PERSON:Nkechi Obi]] 14:05: yes, I changed my password yesterday and Outlook kept trying the old one
IT Support – [[PERSON:Marco]] 14:06: unlocked. I'll text a temporary code to [[PHONE_NUMBER:+44 7700 452 981]]
[[PERSON:Nkechi Obi]] 14:06: got it, thanks [[PERSON:Marco]]!""",
    """[[PERSON:विकास]]: भाई कल का मैच किस समय है?
[[PERSON:अंकित]]: [[DATE_TIME:रविवार 20 जुलाई, सुबह 8 बजे]], ग्राउंड [[LOCATION:सेक्टर 21]], [[LOCATION:नोएडा]] वाला।
[[PERSON:विकास]]: फीस किसको देनी है?
[[PERSON:अंकित]]: [[PERSON:मनोज]] सर को, उनका नंबर [[PHONE_NUMBER:98103 55720]] है, उसी पर GPay कर दो।
[[PERSON:विकास]]: ठीक है 👍""",
]

LOOKALIKE = [
    """Release notes — FieldSync 10.4.2.118 (build 7f3e9a1c)
• Upgraded OpenSSL to 3.0.13 and libcurl to 8.6.0.
• Fixed a crash when parsing SKU codes such as HX-2291-44B.
• The Gauss–Newton solver now converges on meshes over 1,048,576 nodes.
• Default support line changed to 1-800-555-0199; bug reports go to bugs@fieldsync.io.
• Installer checksum (SHA-256): 9b2e4c7f01d8a3e6c54b7a90f1e2d3c4b5a69788e7f6d5c4b3a2918f7e6d5c4b
Known issue: units with serial SN-4471-0092-XK may report firmware 2.0.0.1 twice.""",
    """Order #112-4471902-8830155 confirmed!
Hi [[PERSON:Megan]], thanks for shopping with us. Items: ISBN 978-0-14-312854-0 (paperback) ×1; SKU TBL-OAK-120 ×1.
Tracking: 1Z 4E8 97A 03 1827 4410 (UPS). Invoice INV-2025-04471.
Delivering to [[ADDRESS:48 Wilson Street]], [[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04101]].
Questions? Call 1-888-280-4331 or email orders@pagesandplanks.com.""",
    """Walking directions: leave the Alexander Fleming Building, turn left onto Nelson Mandela Boulevard, continue past the Florence Nightingale Museum and the statue of Queen Victoria, then turn right on Martin Luther King Jr. Way. The clinic (open 8–6, reception 020 3299 4000) is opposite the Parkinson's UK charity shop. Ask for [[PERSON:Dr. Amina Yusuf]] — she's expecting you at [[DATE_TIME:2:30 on Thursday 5 June]].""",
    """INC-20250611-0042 — Severity 3
Affected host: build-agent-07 (asset tag AT-000418, serial C02XK1Y9JGH5)
Image: ubuntu-22.04.4-amd64, kernel 5.15.0.107
Artifact sha1: 3f786850e387550fdab836ed7e6dc881de23001b
Request ID: 7c9e6679-7425-40de-944b-e07fc1f90ae7
Reported by: [[PERSON:Lucía Fernández]] ([[EMAIL_ADDRESS:lucia.fernandez@kestrel.dev]])
Root cause: disk full after log rotation failed; no customer data involved.""",
    """Physics revision checklist (Year 12): Hooke's law; Newton's second law; Ohm's law and the Wheatstone bridge; the Doppler effect; Kirchhoff's rules; Bernoulli's principle. Formula sheet code PHY-12-R3, version 2.1.0.4. Past paper refs: 9702/42/M/J/24 and 9702/43/O/N/23. Textbook ISBN 978-93-5382-163-0. Submit answers on the class portal by Friday; queries to physics-dept@stmarks.sch.uk or to [[PERSON:Mr. Oduya]] in room B12.""",
    """INVOICE 2025-0388
Kestrel Print Ltd · VAT GB 318 4471 92 · Co. No. 08812345
Tel 0117 496 0213 · accounts@kestrelprint.co.uk
Bill to: [[PERSON:Fionnuala Byrne]], [[ADDRESS:12 Glenview Park]], [[LOCATION:Dún Laoghaire]], [[LOCATION:Co. Dublin]]
Item                     Qty   Unit     Total
Wedding invitations A6   120   €1.10   €132.00
RSVP cards               120   €0.45    €54.00
Order ref WO-55102 · PO 7781 · Batch 20250611-03
Payment due within 30 days.""",
    """Parcel update: 15501234567890 (ASOS order 7730219945) arrives today between 10:41 and 11:41. Your driver is [[PERSON:Kamil]]. Manage your delivery at dpd.co.uk/t/6634AXQ, quoting ref 6634-AXQ. Safe place chosen: porch. Reply STOP to 60777 to opt out.""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind88", STYLES, OUT)


if __name__ == "__main__":
    main()
